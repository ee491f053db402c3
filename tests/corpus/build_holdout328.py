"""Writes holdout328: tests/corpus/holdout328_events.jsonl and holdout328_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its labels,
and never run through it; only build.py / fake.py (helpers) and build_holdout3.py (format) were
read. Run once with `.venv/bin/python -m tests.corpus.build_holdout328`; seeded, deterministic.

Covers a locksmith, home-security installer and alarm-monitoring business ("Clavis") working in
Italy, Poland and Canada: the consumer site and apps (emergency lock-out call-outs, key cutting,
smart-lock and alarm quotes, installation bookings, the lock's guest access, vacation mode,
keyholders), the technician app (job sheets, access codes, photos, parts, location, timesheets),
the monitoring centre (alarm signals, keyholder call lists, guard dispatch, telecare), and
subscriptions and payments (BLIK, Przelewy24, Satispay, Interac, card, Italian e-invoices,
Canadian financing). Clients: analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, flutter, and server libraries python / node / go / java / ruby / php /
.NET, with their real `context` blocks (ip, traits, device, app, library, locale, userAgent,
campaign, location). Vendor-shaped payloads: Stripe payment methods, Twilio status callbacks,
Przelewy24 notifications, Satispay payments, Meta CAPI user_data, reverse-ETL warehouse syncs.

Conventions: mostly camelCase and snake_case English keys; about a fifth of the paths (a little
over the 15 % asked for) are PascalCase (.NET, Twilio), kebab-case (a node dispatch service),
SCREAMING_SNAKE (a warehouse sync) or Italian, Polish and Canadian-French keys.

Values: names from Italian, Polish, Québécois, English-Canadian, Ukrainian, Romanian, Albanian,
West-African, Arab, South-Asian and East-Asian families; national phone formats;
local addresses and postal codes; codici fiscali with their check letter, PESEL and Polish ID-card
numbers with their check digits, NIP with its mod-11 digit, SINs and Ontario health numbers that
pass Luhn, Luhn card numbers, mod-97 IBANs (Italian ones with a correct CIN), VINs with their
check digit.

Labelling rules (the Privacy Portal's default colours): each leaf path gets a classification, a
type (the reference matcher's name, or bank account / geolocation / secret / national id /
health id / advertising id / credit score / trade union; `a|b` when either is fair) and
value_only (true when the key does not say what the value is). Personal data about any natural
person (user, recipient, keyholder, neighbour, guest, technician, operator) is PII; the
reference's colour for its matcher; outside the reference: red for credentials, secrets, cards,
bank accounts, government and health ids; yellow otherwise. Green: ids we issue, versions,
timestamps, hashes of non-personal data, amounts, enums, counters and booleans under
PII-sounding keys, product / plan / company / pet / camera / zone names, places that are not the
person's, country, region, locale, timezone, currency, user agents, OS analytics device ids,
card brand / last four / expiry, bank transit and institution numbers. The product's published
policy settles the contested cases: loyalty, member, customer and monitoring-account numbers,
ages, marital status, job titles, employers, a business's own phone / e-mail / address, call-
masking proxy numbers and UUID tokens are green; insurance policy numbers (`identification`),
pay and hourly rates (`salary`), credit scores, plates (`license`), VINs and device serials
(`serial`), ad click ids (gclid, fbclid, fbp, fbc: `advertising id`), billing and shipping
addresses are yellow; payment-method tokens, one-time and BLIK codes, sign-in links' tokens,
health numbers, identity documents and right-to-work answers are red.

Rules this corpus had to settle itself (what a careful privacy owner would want flagged):
- Codes that open a person's home are secrets, red: alarm user / duress codes, key-safe and gate
  codes, temporary keypad PINs, a key's security-card number (it lets anyone cut a copy), the
  monitoring centre's verbal password (`password`), Wi-Fi passwords (`password`). An installer's
  panel code is a credential too: red `secret`.
- Photos taken in a customer's home (door, lock, signature) are yellow `photo`; an ID-document
  scan is red `national id`.
- A monitoring site's name ("Residenza Rossi") carries the subscriber's surname: yellow `name`.
- Hashes of personal data sent for ad matching (Meta CAPI `em`, `ph`) stay yellow with the type
  of what was hashed; hashes of files and signatures are green.
- A boolean that reveals a special category is labelled as that category (a wheelchair user or
  hearing impairment: red `disability`; a veteran's discount: red `veteran`; union dues: yellow
  `trade union`).
- Business tax ids (partita IVA, NIP of a company, NEQ) and the SDI recipient code are green;
  a Canadian SIN is red `social security number|national id`.
- Our own collection IBANs printed on Polish invoices, the e-mail provider's sending IP in a
  delivery webhook, an e-mail's domain alone ("gmail.com") and Twilio's `From` (our number) are
  green: none of them is about a natural person.
- Searches of products, help articles and a lock-out car park's description are green; a partly
  typed address in the autocomplete `input` is the person's address (yellow, value_only).
- A field's type is `address|street` when it holds a street line (or a full address under a key
  that another event uses for a street line), `address` when it always holds a full address.
- Free text is labelled by what every one of its values carries; a value_only PII path holds that
  PII in every value.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and ids of Italy, Poland and Canada ---------------------------------------------

FIRST = {
    "IT": [
        "Giulia",
        "Marco",
        "Francesca",
        "Alessandro",
        "Chiara",
        "Lorenzo",
        "Sofia",
        "Matteo",
        "Federica",
        "Giuseppe",
        "Elena",
        "Davide",
        "Martina",
        "Salvatore",
        "Valentina",
        "Antonio",
        "Ilaria",
    ],
    "PL": [
        "Anna",
        "Piotr",
        "Katarzyna",
        "Krzysztof",
        "Małgorzata",
        "Tomasz",
        "Agnieszka",
        "Paweł",
        "Magdalena",
        "Michał",
        "Zofia",
        "Jakub",
        "Joanna",
        "Łukasz",
        "Ewa",
        "Wojciech",
    ],
    "CA": [
        "Émilie",
        "Jean-François",
        "Mathieu",
        "Geneviève",
        "Olivier",
        "Marie-Ève",
        "Étienne",
        "Catherine",
        "Liam",
        "Olivia",
        "Noah",
        "Emma",
        "Harpreet",
        "Wei",
        "Aaliyah",
        "Mohamed",
    ],
    # immigrant communities of the three markets
    "UA": ["Oleksandr", "Olena", "Andriy", "Iryna", "Yulia"],
    "RO": ["Ioana", "Andrei", "Mihai", "Elena"],
    "AL": ["Arjola", "Erion", "Klodian"],
    "WAF": ["Fatou", "Mamadou", "Chinedu", "Ngozi", "Kwame", "Aminata"],
    "ARB": ["Ahmed", "Mariam", "Youssef", "Fatima Zahra"],
    "SAS": ["Rahul", "Ananya", "Gurpreet", "Priya"],
    "EAS": ["Hiroshi", "Mei Ling", "Minh", "Xiaoyu"],
}
LAST = {
    "IT": [
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Costa",
        "Lombardi",
        "D'Angelo",
    ],
    "PL": [
        "Nowak",
        "Kowalski",
        "Wiśniewska",
        "Wójcik",
        "Kamiński",
        "Lewandowska",
        "Zieliński",
        "Szymańska",
        "Woźniak",
        "Dąbrowski",
        "Kozłowska",
        "Jankowski",
        "Mazur",
        "Krawczyk",
    ],
    "CA": [
        "Tremblay",
        "Gagnon",
        "Roy",
        "Côté",
        "Bouchard",
        "Gauthier",
        "Morin",
        "Lavoie",
        "Fortin",
        "Pelletier",
        "MacDonald",
        "Singh",
        "Nguyen",
        "Patel",
        "Chen",
        "Dhillon",
        "Wilson",
    ],
    "UA": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk"],
    "RO": ["Popescu", "Ionescu", "Dumitru", "Stan"],
    "AL": ["Hoxha", "Shehu", "Krasniqi"],
    "WAF": ["Diop", "Ndiaye", "Okonkwo", "Adeyemi", "Mensah", "Traoré"],
    "ARB": ["Hassan", "El Amrani", "Benali", "Haddad"],
    "SAS": ["Sharma", "Iyer", "Sandhu", "Khan"],
    "EAS": ["Tanaka", "Wong", "Tran", "Liu"],
}
COMMUNITIES = {
    "IT": ["RO", "AL", "WAF", "ARB", "SAS", "EAS"],
    "PL": ["UA", "UA", "UA", "EAS", "SAS"],
    "CA": ["ARB", "SAS", "EAS", "WAF", "UA"],
}
MAIL = {
    "IT": ["gmail.com", "libero.it", "virgilio.it", "outlook.it", "hotmail.it", "tiscali.it"],
    "PL": ["gmail.com", "wp.pl", "onet.pl", "interia.pl", "o2.pl", "op.pl"],
    "CA": ["gmail.com", "videotron.ca", "hotmail.com", "yahoo.ca", "icloud.com", "sympatico.ca"],
}
CITIES = {
    "IT": [
        ("Milano", "20", 45.464, 9.19, "MI", "F205"),
        ("Roma", "00", 41.893, 12.482, "RM", "H501"),
        ("Torino", "10", 45.07, 7.686, "TO", "L219"),
        ("Napoli", "80", 40.852, 14.268, "NA", "F839"),
        ("Bologna", "40", 44.494, 11.342, "BO", "A944"),
        ("Firenze", "50", 43.769, 11.256, "FI", "D612"),
        ("Bari", "70", 41.117, 16.872, "BA", "A662"),
        ("Verona", "37", 45.438, 10.992, "VR", "L781"),
    ],
    "PL": [
        ("Warszawa", "0", 52.23, 21.012, "mazowieckie", ""),
        ("Kraków", "3", 50.062, 19.937, "małopolskie", ""),
        ("Łódź", "9", 51.759, 19.456, "łódzkie", ""),
        ("Wrocław", "5", 51.107, 17.038, "dolnośląskie", ""),
        ("Poznań", "6", 52.406, 16.925, "wielkopolskie", ""),
        ("Gdańsk", "8", 54.352, 18.646, "pomorskie", ""),
        ("Lublin", "2", 51.246, 22.568, "lubelskie", ""),
    ],
    "CA": [
        ("Montréal", "H", 45.502, -73.567, "QC", "514"),
        ("Québec", "G", 46.813, -71.208, "QC", "418"),
        ("Laval", "H", 45.606, -73.712, "QC", "450"),
        ("Gatineau", "J", 45.477, -75.701, "QC", "819"),
        ("Toronto", "M", 43.653, -79.383, "ON", "416"),
        ("Ottawa", "K", 45.421, -75.697, "ON", "613"),
        ("Mississauga", "L", 43.589, -79.644, "ON", "905"),
        ("Vancouver", "V", 49.283, -123.121, "BC", "604"),
        ("Calgary", "T", 51.045, -114.072, "AB", "403"),
    ],
}
STREETS = {
    "IT": [
        "Via Garibaldi",
        "Via Roma",
        "Corso Buenos Aires",
        "Via dei Mille",
        "Viale Monza",
        "Piazza Cavour",
        "Via Nazionale",
        "Corso Vittorio Emanuele II",
        "Via San Vitale",
        "Via Toledo",
        "Via Mazzini",
    ],
    "PL": [
        "ul. Marszałkowska",
        "ul. Piotrkowska",
        "al. Jerozolimskie",
        "ul. Długa",
        "os. Tysiąclecia",
        "ul. Grunwaldzka",
        "ul. Świętokrzyska",
        "ul. Ogrodowa",
        "ul. Kościuszki",
        "ul. Mickiewicza",
    ],
    "CA": [
        "rue Saint-Denis",
        "boul. René-Lévesque O",
        "av. du Mont-Royal E",
        "Yonge St",
        "Queen St W",
        "Bank St",
        "ch. de la Côte-des-Neiges",
        "rue Principale",
        "Dundas St E",
        "rue Sherbrooke E",
    ],
}
COUNTRIES = ["IT", "PL", "CA"]
LOCALES = {"IT": "it-IT", "PL": "pl-PL", "CA": "fr-CA"}
TZ = {"IT": "Europe/Rome", "PL": "Europe/Warsaw", "CA": "America/Toronto"}
CURRENCY = {"IT": "EUR", "PL": "PLN", "CA": "CAD"}
LOCK_PRODUCTS = [
    ("Nuki Smart Lock 4.0 Pro", "Nuki"),
    ("Yale Linus L2", "Yale"),
    ("CISA Astral S cilindro", "CISA"),
    ("Gerda cylinder WKM 30/35", "Gerda"),
    ("Abus Bravus 3500", "Abus"),
    ("Ajax StarterKit Plus", "Ajax"),
    ("Somfy Home Alarm Advanced", "Somfy"),
    ("Mottura Champions C38", "Mottura"),
    ("Schlage Encode Plus", "Schlage"),
    ("Kwikset Halo Touch", "Kwikset"),
    ("Ajax MotionProtect", "Ajax"),
]
CATEGORIES = ["cylinders", "smart locks", "alarm kits", "sensors", "padlocks", "key safes", "door chains"]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_ok_prefix(f: Fake, prefix: str, length: int) -> str:
    body = prefix + "".join(str(f.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return f.luhn_complete(body)


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def odd_even_letter(s: str) -> str:
    """The check letter shared by the codice fiscale and the Italian IBAN's CIN."""
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def mod97_iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


class F(Fake):
    """fake.Fake with the three markets' people, addresses and ids."""

    market = "IT"

    def cc(self, country=None):
        return country or self.market

    def culture(self, country=None):
        """A name's family: the market's own, or (about one in five) an immigrant community's."""
        c = self.cc(country)
        if self.r.random() >= 0.22:
            return c
        return self.pick(COMMUNITIES[c])

    def first(self, country=None):
        return self.pick(FIRST[self.culture(country)])

    def last(self, country=None):
        return self.pick(LAST[self.culture(country)])

    def name_pair(self, country=None):
        c = self.culture(country)
        return self.pick(FIRST[c]), self.pick(LAST[c])

    def full_name(self, country=None):
        first, last = self.name_pair(country)
        return f"{first} {last}"

    def email(self, country=None):
        c = self.cc(country)
        first, last = self.name_pair(c)
        first = ascii_fold(first).lower().replace(" ", "").replace("-", "")
        last = ascii_fold(last).lower().replace(" ", "").replace("'", "")
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first}_{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(MAIL[c])}"

    def work_email(self, country=None):
        c = self.cc(country)
        first, last = self.name_pair(c)
        first = ascii_fold(first).lower().replace(" ", "").replace("-", "")
        last = ascii_fold(last).lower().replace(" ", "").replace("'", "")
        return f"{first[0]}.{last}@clavis.{ {'IT': 'it', 'PL': 'pl', 'CA': 'ca'}[c] }"

    def phone(self, country=None, style=None):
        c = self.cc(country)
        r = self.r
        if c == "IT":
            p, a, b = (
                r.choice(["320", "328", "333", "338", "340", "347", "348", "366", "380", "393"]),
                r.randint(100, 999),
                r.randint(1000, 9999),
            )
            return self.pick(
                [
                    f"+39 {p} {a} {b}",
                    f"{p} {a}{b}",
                    f"+39{p}{a}{b}",
                    f"{p}-{a}{b}",
                    f"02 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                ]
            )
        if c == "PL":
            p = r.choice(["501", "502", "505", "510", "530", "600", "601", "604", "660", "691", "720", "790"])
            a, b = r.randint(100, 999), r.randint(100, 999)
            return self.pick(
                [
                    f"+48 {p} {a} {b}",
                    f"{p}-{a}-{b}",
                    f"+48{p}{a}{b}",
                    f"{p} {a} {b}",
                    f"+48 22 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                ]
            )
        area = self.pick(["514", "438", "418", "450", "819", "416", "647", "613", "905", "604", "403"])
        ex, line = r.randint(201, 989), r.randint(0, 9999)
        return self.pick(
            [
                f"({area}) {ex}-{line:04d}",
                f"+1{area}{ex}{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"+1 {area} {ex} {line:04d}",
                f"{area}.{ex}.{line:04d}",
            ]
        )

    home = None

    def city_row(self, country=None):
        """The event's own city (one per message, so street, postcode and coordinates agree)."""
        if self.home is not None and (country is None or country == self.market):
            return self.home
        return self.pick(CITIES[self.cc(country)])

    def city(self, country=None):
        return self.city_row(country)[0]

    def postal(self, country=None):
        c = self.cc(country)
        row = self.city_row(c)
        r = self.r
        if c == "IT":
            return f"{row[1]}{r.randint(100, 199):03d}"
        if c == "PL":
            return f"{row[1]}{r.randint(0, 9)}-{r.randint(0, 999):03d}"
        L = "ABCEGHJKLMNPRSTVXY"
        return f"{row[1]}{r.randint(1, 9)}{r.choice(L)} {r.randint(0, 9)}{r.choice(L)}{r.randint(0, 9)}"

    def street(self, country=None):
        c = self.cc(country)
        r = self.r
        s = self.pick(STREETS[c])
        if c == "IT":
            return f"{s} {r.randint(1, 220)}" + self.pick(["", "", "/B", ", int. 5", ", scala C"])
        if c == "PL":
            return f"{s} {r.randint(1, 180)}" + self.pick(
                ["", f"/{r.randint(1, 60)}", f" m. {r.randint(1, 90)}", "A"]
            )
        return f"{r.randint(10, 9800)} {s}" + self.pick(
            ["", "", f", app. {r.randint(1, 20)}", f", Unit {r.randint(100, 2200)}"]
        )

    def full_address(self, country=None):
        c = self.cc(country)
        row = self.city_row(c)
        if c == "IT":
            return f"{self.street(c)}, {self.postal(c)} {row[0]} ({row[4]})"
        if c == "PL":
            return f"{self.street(c)}, {self.postal(c)} {row[0]}"
        return f"{self.street(c)}, {row[0]} {row[4]} {self.postal(c)}"

    def geo(self, country=None):
        row = self.city_row(country)
        return round(row[2] + self.r.uniform(-0.08, 0.08), 6), round(row[3] + self.r.uniform(-0.1, 0.1), 6)

    def lat(self, country=None):
        return self.geo(country)[0]

    def lon(self, country=None):
        return self.geo(country)[1]

    # -- government, health and bank ids -------------------------------------------------------------

    def codice_fiscale(self):
        def cons(s):
            return [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]

        def vows(s):
            return [c for c in s.upper() if c in "AEIOU"]

        last = ascii_fold(self.pick(LAST["IT"])).replace("'", "").replace(" ", "")
        first = ascii_fold(self.pick(FIRST["IT"]))
        sur = "".join((cons(last) + vows(last) + ["X"] * 3)[:3])
        fc = cons(first)
        nam = "".join([fc[0], fc[2], fc[3]]) if len(fc) >= 4 else "".join((fc + vows(first) + ["X"] * 3)[:3])
        female = first.endswith("a") and first != "Luca"
        day = self.r.randint(1, 28) + (40 if female else 0)
        body = (
            f"{sur}{nam}{self.r.randint(40, 99):02d}{self.pick('ABCDEHLMPRST')}{day:02d}"
            f"{self.city_row('IT')[5]}"
        )
        return body + odd_even_letter(body)

    def pesel(self):
        y = self.r.randint(1945, 2004)
        m = self.r.randint(1, 12) + (20 if y >= 2000 else 0)
        d = self.r.randint(1, 28)
        s = f"{y % 100:02d}{m:02d}{d:02d}{self.r.randint(0, 9999):04d}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)

    def dowod(self):
        letters = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        digits = [self.r.randint(0, 9) for _ in range(5)]
        vals = [ord(c) - 55 for c in letters] + digits
        check = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
        return letters + str(check) + "".join(map(str, digits))

    def nip(self):
        while True:
            s = f"{self.r.randint(100, 999)}{self.r.randint(0, 999999):06d}"
            check = sum(int(a) * b for a, b in zip(s, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
            if check != 10:
                n = s + str(check)
                return self.pick([n, f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}", "PL" + n])

    def sin(self):
        n = luhn_ok_prefix(self, self.pick("1234567"), 9)
        return self.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])

    def ohip(self):
        n = luhn_ok_prefix(self, str(self.r.randint(1, 9)), 10)
        return f"{n[:4]}-{n[4:7]}-{n[7:]}-{self.pick(['AB', 'KT', 'XY', 'MN'])}"

    def ramq(self):
        last = ascii_fold(self.pick(LAST["CA"][:10])).upper()[:3]
        first = ascii_fold(self.pick(FIRST["CA"])).upper()[0]
        month = self.r.randint(1, 12) + self.pick([0, 50])
        born = f"{self.r.randint(40, 99):02d}{month:02d}"
        return f"{last}{first} {born} {self.r.randint(1, 28):02d}{self.r.randint(10, 99)}"

    def carta_identita(self):
        return (
            "C"
            + self.pick("ABCDEFGH")
            + f"{self.r.randint(0, 99999):05d}"
            + "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        )

    def passport(self, country=None):
        c = self.cc(country)
        if c == "IT":
            return "Y" + self.pick("ABCDEFGH") + self.digits(7)
        if c == "PL":
            return "E" + self.pick("ABCDEFGHJKLMN") + self.digits(7)
        return self.pick("ABGHKP") + self.pick("ABCDEFGHJK") + self.digits(6)

    def iban_it(self):
        abi, cab = (
            self.pick(["03069", "02008", "05034", "03062", "01030"]),
            f"{self.r.randint(1000, 99999):05d}",
        )
        conto = self.digits(12) if self.r.random() < 0.5 else f"{self.r.randint(0, 999999):012d}"
        bban = odd_even_letter(abi + cab + conto) + abi + cab + conto
        raw = mod97_iban("IT", bban)
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def iban_pl(self):
        bank = self.pick(["10205", "11402", "10901", "12401", "10501", "19401"]) + self.digits(3)
        raw = mod97_iban("PL", bank + self.digits(16))
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def iban(self, country=None):
        c = self.cc(country)
        return self.iban_it() if c == "IT" else self.iban_pl() if c == "PL" else self.digits(7)

    def plate(self, country=None):
        c = self.cc(country)
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        if c == "IT":
            return f"{self.pick(L)}{self.pick(L)}{self.r.randint(100, 999)}{self.pick(L)}{self.pick(L)}"
        if c == "PL":
            return f"{self.pick(['WA', 'KR', 'PO', 'GD', 'WX', 'EL', 'DW'])} {self.r.randint(10000, 99999)}"
        return self.pick(
            [
                f"{self.r.randint(100, 999)} {self.pick(L)}{self.pick(L)}{self.pick(L)}",
                f"{self.pick(L)}{self.pick(L)}{self.pick(L)}{self.pick(L)} {self.r.randint(100, 999)}",
            ]
        )

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        trans = {
            **{str(i): i for i in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9))),
            **dict(zip("JKLMN", range(1, 6))),
            "P": 7,
            "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10))),
        }
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        v = list(
            self.pick(["ZFA", "WVW", "SUF", "2T1", "1FT", "VF1", "TMB"])
            + "".join(self.pick(chars) for _ in range(14))
        )
        v[8] = "0"
        c = sum(trans[ch] * w for ch, w in zip(v, weights)) % 11
        v[8] = "X" if c == 10 else str(c)
        return "".join(v)

    def idfa(self):
        return self.uuid().upper()

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQiA" + "".join(self.pick(alnum) for _ in range(60)) + "_BwE"

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(56))

    def code(self, n=6):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def job_id(self):
        return f"JOB-{self.pick(COUNTRIES)}-2024-{self.r.randint(1000, 99999):06d}"

    def ts(self):
        return self.iso()


def one_of(*gens):
    return lambda f: f.pick(gens)(f)


def ch(*items):
    return lambda f: f.pick(list(items))


def ri(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def hexid(n):
    return lambda f: f.hexid(n)


def uid(f):
    return f.uuid()


def cur(f):
    return CURRENCY[f.market]


def tld(f):
    return {"IT": "it", "PL": "pl", "CA": "ca"}[f.market]


def nm(f):
    return f.full_name()


def fn(f):
    return f.first()


def ln(f):
    return f.last()


def em(f):
    return f.email()


def ph(f):
    return f.phone()


def when(f):
    return f.iso()


def day(f):
    return f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def bool_(f):
    return f.pick([True, False])


B = G(bool_)
ID = G(uid)
TS = G(when)
CUR = G(cur)

# -- contexts of the client libraries -----------------------------------------------------------------

WEB_PATHS = {
    "IT": [
        "/",
        "/fabbro-pronto-intervento",
        "/preventivo-allarme",
        "/serrature-smart",
        "/duplicazione-chiavi",
    ],
    "PL": ["/", "/slusarz-24h", "/alarmy/wycena", "/zamki-elektroniczne", "/dorabianie-kluczy"],
    "CA": ["/", "/serrurier-urgence", "/fr/soumission-alarme", "/en/smart-locks", "/fr/reproduction-de-cles"],
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
SEARCH_TERMS = {
    "IT": [
        "fabbro urgente milano",
        "serratura smart nuki",
        "allarme casa senza fili",
        "cambio cilindro europeo",
    ],
    "PL": ["ślusarz warszawa 24h", "alarm do domu cena", "wymiana wkładki", "zamek elektroniczny do drzwi"],
    "CA": [
        "serrurier montréal",
        "locksmith toronto 24/7",
        "système d'alarme maison",
        "smart lock installation",
    ],
}


# (manufacturer, model, name, type, os, os version)
RN_DEVICES = [
    ("Apple", "iPhone15,2", "iPhone", "ios", "iOS", "17.4.1"),
    ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", "16.7.8"),
    ("samsung", "SM-A546B", "a54x", "android", "Android", "14"),
    ("Xiaomi", "2201117TG", "spes", "android", "Android", "13"),
    ("Google", "Pixel 7", "panther", "android", "Android", "14"),
]
FLUTTER_DEVICES = [
    ("samsung", "SM-A145R", "a14", "android", "Android", "14"),
    ("Xiaomi", "Redmi Note 12", "tapas", "android", "Android", "13"),
    ("motorola", "moto g54 5G", "cancunf", "android", "Android", "14"),
    ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", "17.4"),
]
KOTLIN_DEVICES = [
    ("samsung", "SM-G736B", "xcover6pro"),
    ("Zebra Technologies", "TC26", "TC26"),
    ("Google", "Pixel 8", "shiba"),
]


def device(rows, i):
    """One device per message: the first field rendered picks the row, the others read it."""

    def gen(f):
        if i == 0:
            f.device_row = f.pick(rows)
        return f.device_row[i]

    return G(gen)


def web_ctx():
    def page_path(f):
        return f.pick(WEB_PATHS[f.market])

    return {
        "library": {
            "name": G(ch("analytics.js")),
            "version": G(ch("npm:next-1.74.0", "next-1.76.0", "next-1.72.1")),
        },
        "page": {
            "path": G(page_path),
            "referrer": G(
                ch("https://www.google.com/", "", "https://www.facebook.com/", "https://www.bing.com/")
            ),
            "search": G(ch("", "?utm_source=google&utm_medium=cpc", "?ref=sms", "?lang=fr")),
            "title": G(
                ch(
                    "Clavis | Fabbro e sicurezza",
                    "Clavis \u2013 Ślusarz i alarmy",
                    "Clavis Sécurité",
                    "Preventivo gratuito",
                )
            ),
            "url": G(lambda f: f"https://www.clavis.{tld(f)}{page_path(f)}"),
        },
        "userAgent": G(ch(*UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(ch("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(ch("124", "99", "123")),
                },
                3,
            ),
            "mobile": B,
            "platform": G(ch("Windows", "Android", "macOS")),
        },
        "locale": G(lambda f: f.pick([LOCALES[f.market], "en-US", "en-CA" if f.market == "CA" else "en-GB"])),
        "timezone": G(lambda f: TZ[f.market]),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(ch("brand_search", "emergenza_24h", "alarm_wiosna", "soumission_automne")),
            "source": G(ch("google", "facebook", "newsletter")),
            "medium": G(ch("cpc", "paid_social", "email")),
            "term": G(lambda f: f.pick(SEARCH_TERMS[f.market])),
            "content": G(ch("rsa_1", "carousel_b", "hero_cta")),
        },
    }


def rn_ctx():
    return {
        "app": {
            "name": G(ch("Clavis")),
            "version": G(ch("4.12.0", "4.12.3", "4.13.0")),
            "build": G(ch("41200", "41203", "41300")),
            "namespace": G(ch("com.clavis.consumer")),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": device(RN_DEVICES, 0),
            "model": device(RN_DEVICES, 1),
            "name": device(RN_DEVICES, 2),
            "type": device(RN_DEVICES, 3),
        },
        "library": {
            "name": G(ch("@segment/analytics-react-native")),
            "version": G(ch("2.19.2", "2.20.1", "2.18.0")),
        },
        "locale": G(lambda f: LOCALES[f.market]),
        "network": {"cellular": B, "wifi": B},
        "os": {"name": device(RN_DEVICES, 4), "version": device(RN_DEVICES, 5)},
        "screen": {
            "density": G(ch(3, 2.75, 2.625)),
            "height": G(ch(844, 2340, 2400)),
            "width": G(ch(390, 1080)),
        },
        "timezone": G(lambda f: TZ[f.market]),
        "traits": {"email": Y(em, "email"), "phone": Y(ph, "phone")},
    }


def swift_ctx():
    def idfa(f):
        return f.pick([f.idfa(), f.idfa(), "00000000-0000-0000-0000-000000000000"])

    return {
        "app": {
            "name": G(ch("Clavis Home")),
            "version": G(ch("2.8.1", "2.9.0", "2.9.2")),
            "build": G(ch("281", "290", "292")),
            "namespace": G(ch("com.clavis.home")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(ch("Apple")),
            "model": G(ch("iPhone14,5", "iPhone15,3", "iPhone16,1", "iPad13,18")),
            "name": G(ch("iPhone", "iPad")),
            "type": G(ch("ios")),
            "adTrackingEnabled": B,
            "advertisingId": Y(idfa, "advertising id"),
        },
        "instanceId": ID,
        "library": {"name": G(ch("analytics-swift")), "version": G(ch("1.5.11", "1.6.0", "1.5.9"))},
        "locale": G(lambda f: LOCALES[f.market]),
        "network": {"cellular": B, "wifi": B},
        "os": {"name": G(ch("iOS", "iPadOS")), "version": G(ch("17.4.1", "17.5", "16.7.8"))},
        "screen": {"height": G(ch(844, 852, 932)), "width": G(ch(390, 393, 430))},
        "timezone": G(lambda f: TZ[f.market]),
        "traits": {
            "email": Y(em, "email"),
            "firstName": Y(fn, "name"),
            "plan": G(ch("base", "plus", "premium_guard")),
        },
    }


def flutter_ctx():
    return {
        "app": {
            "name": G(ch("Clavis Alarm")),
            "version": G(ch("1.4.0", "1.4.2", "1.5.0")),
            "build": G(ch("140", "142", "150")),
            "namespace": G(ch("pl.clavis.alarm")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": device(FLUTTER_DEVICES, 0),
            "model": device(FLUTTER_DEVICES, 1),
            "type": device(FLUTTER_DEVICES, 3),
        },
        "library": {"name": G(ch("analytics_flutter")), "version": G(ch("1.1.3", "1.1.5", "1.0.9"))},
        "locale": G(ch("pl-PL", "pl", "uk-UA")),
        "network": {"cellular": B, "wifi": B},
        "os": {"name": device(FLUTTER_DEVICES, 4), "version": device(FLUTTER_DEVICES, 5)},
        "screen": {"height": G(ch(2408, 2400, 844)), "width": G(ch(1080, 390))},
        "timezone": G(ch("Europe/Warsaw")),
    }


def kotlin_ctx():
    return {
        "app": {
            "name": G(ch("Clavis Pro")),
            "version": G(ch("7.3.0", "7.3.1", "7.4.0")),
            "build": G(ch("7300", "7301", "7400")),
            "namespace": G(ch("com.clavis.pro")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": device(KOTLIN_DEVICES, 0),
            "model": device(KOTLIN_DEVICES, 1),
            "name": device(KOTLIN_DEVICES, 2),
            "type": G(ch("android")),
        },
        "instanceId": ID,
        "library": {"name": G(ch("analytics-kotlin")), "version": G(ch("1.15.1", "1.16.0", "1.16.3"))},
        "locale": G(lambda f: LOCALES[f.market]),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(money(0, 25)),
        },
        "network": {
            "carrier": G(ch("TIM", "Play", "Orange", "Bell", "Vodafone IT", "Rogers")),
            "cellular": B,
            "wifi": B,
        },
        "os": {"name": G(ch("Android")), "version": G(ch("13", "14"))},
        "screen": {"density": G(ch(2.625, 2.0, 3.0)), "height": G(ch(2340, 1280)), "width": G(ch(1080, 720))},
        "timezone": G(lambda f: TZ[f.market]),
        "traits": {
            "email": Y(lambda f: f.work_email(), "email"),
            "name": Y(nm, "name"),
            "employeeId": G(lambda f: "T" + f.digits(5)),
            "role": G(ch("technician", "senior_technician", "installer", "apprentice")),
        },
        "userAgent": G(
            ch(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-G736B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; TC26 Build/13-27-13.00-TG-U00-STD)",
            )
        ),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.0"]),
}


def server_ctx(lib):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(ch(name)), "version": G(ch(*versions))}}
    if lib in ("node", "php"):
        # The web backends forward the visitor's address and agent.
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(ch(*UAS))
    if lib == "ruby":
        ctx["externalIds"] = Many(
            {
                "id": Y(em, "email", True),
                "type": G(ch("email")),
                "collection": G(ch("users")),
                "encoding": G(ch("none")),
            },
            1,
        )
    return ctx


CONTEXTS = {
    "web": web_ctx,
    "rn": rn_ctx,
    "swift": swift_ctx,
    "flutter": flutter_ctx,
    "kotlin": kotlin_ctx,
    **{lib: (lambda lib=lib: server_ctx(lib)) for lib in SERVER_LIBS},
}


# -- free text ------------------------------------------------------------------------------------


def by_market(f, options):
    return f.pick(options[f.market])


def job_note(f):  # every value carries a phone number
    p = f.phone()
    return by_market(
        f,
        {
            "IT": [
                f"Cliente chiede di chiamare prima di arrivare: {p}",
                f"Portinaia presente fino alle 12, tel. {p}",
                f"Chiavi dalla vicina, chiamare {p}",
            ],
            "PL": [f"Klucze u sąsiada, zadzwonić {p}", f"Klient prosi o telefon przed przyjazdem: {p}"],
            "CA": [
                f"Appeler la concierge au {p} pour l'accès au garage",
                f"Tenant works nights, call {p} after 2pm",
                f"Call landlord {p} for the spare key",
            ],
        },
    )


def operator_note(f):  # every value names a person
    n = f.full_name()
    return by_market(
        f,
        {
            "IT": [f"Richiamato {n}: nessuna risposta al primo tentativo", f"Parlato con {n}, falso allarme"],
            "PL": [f"Rozmowa z {n}, fałszywy alarm", f"{n} potwierdził hasło, błąd użytkownika"],
            "CA": [
                f"Spoken to keyholder {n}, false alarm (cat in hallway)",
                f"{n} confirmed user error, codeword OK",
                f"Parlé à {n}, erreur d'utilisateur, annulé",
            ],
        },
    )


def access_instructions(f):  # every value carries a code that opens the site
    c4, c6 = f.code(4), f.code(6)
    return by_market(
        f,
        {
            "IT": [f"Cancello carraio codice {c4}#, chiavi nella cassetta", f"Keybox sul retro, codice {c4}"],
            "PL": [
                f"Domofon {f.r.randint(1, 80)}, kod do furtki {c4}",
                f"Sejf na klucze przy garażu, kod {c4}",
            ],
            "CA": [
                f"Buzzer {f.r.randint(100, 2200)}, code porte {c6}#",
                f"Key safe left of the door, code {c4}",
                f"Garage keypad {c4}, then side door",
            ],
        },
    )


def support_text(f):  # every value carries a phone number
    p = f.phone()
    return by_market(
        f,
        {
            "IT": [
                f"Sono chiusa fuori casa, richiamatemi al {p}",
                f"Il tecnico non è ancora arrivato, il mio numero è {p}",
            ],
            "PL": [f"Zatrzasnąłem klucze w mieszkaniu, mój numer {p}", f"Proszę o kontakt pod numerem {p}"],
            "CA": [
                f"Je suis barré dehors, rappelez-moi au {p} svp",
                f"Locked out with my kid inside, please call {p}",
            ],
        },
    )


def site_name(f):  # monitoring sites are named after the subscriber
    first, last = f.name_pair()
    return by_market(
        f,
        {
            "IT": [f"Residenza {last}", f"{last} {first}", f"{last} - casa vacanze"],
            "PL": [f"{last} {first} - dom", f"Dom {last}", f"{last} - działka"],
            "CA": [f"Résidence {last}", f"{first} {last} home", f"Chalet {last}"],
        },
    )


def pec(f):  # a person's certified e-mail box, where Italian e-invoices are delivered
    first, last = f.name_pair("IT")
    user = ascii_fold(f"{last}.{first}").lower().replace(" ", "").replace("'", "")
    return f"{user}@{f.pick(['pec.it', 'legalmail.it', 'pec.libero.it', 'arubapec.it'])}"


def e164(f):  # Twilio writes numbers in E.164
    return (
        "+"
        + {"IT": "39", "PL": "48", "CA": "1"}[f.market]
        + "".join(
            c for c in f.phone().removeprefix("+39").removeprefix("+48").removeprefix("+1") if c.isdigit()
        )
    )


def lock_user_label(f):
    return f.pick(
        [
            f.first(),
            f"{f.first()} {f.last()[0]}.",
            f"{f.first()} (babysitter)",
            f"{f.first()} - sprzątanie",
            f"{f.first()} {f.last()}",
        ]
    )


MEDICAL_NOTES = [
    "Diabetic (type 1), insulin in fridge",
    "Heart failure, pacemaker fitted 2019",
    "Epilessia: crisi notturne",
    "Demencja - może nie odebrać telefonu",
    "BPCO, ossigeno domiciliare",
    "Parkinson's, falls risk",
    "Insuffisance rénale, dialyse lun/mer/ven",
]

# -- events --------------------------------------------------------------------------------------------

# Our own collection accounts, printed on every Polish invoice: a business's, not a person's (green).
SELLER_ACCOUNTS = [
    mod97_iban("PL", b)
    for b in (
        "10901014" + "0000071219812874",
        "11402004" + "0000300201355387",
        "10500086" + "1000002345678901",
    )
]

PRODUCT = {
    "product_id": G(lambda f: f.digits(6)),
    "sku": G(
        lambda f: (
            f"{f.pick(['NUK', 'YAL', 'CIS', 'GER', 'ABU', 'AJX', 'SMF'])}-{f.r.randint(1000, 9999)}"
            f"-{f.pick(['NI', 'BK', 'CR', '3035', '4040'])}"
        )
    ),
    "name": G(lambda f: f.pick(LOCK_PRODUCTS)[0]),
    "brand": G(lambda f: f.pick(LOCK_PRODUCTS)[1]),
    "category": G(ch(*CATEGORIES)),
    "price": G(money(9, 690)),
    "quantity": G(ri(1, 4)),
}
PAGE = {
    "path": G(lambda f: f.pick(WEB_PATHS[f.market])),
    "referrer": G(ch("https://www.google.com/", "", "https://www.facebook.com/")),
    "search": G(ch("", "?utm_source=google&utm_medium=cpc", "?ref=sms")),
    "title": G(ch("Clavis | Fabbro e sicurezza", "Clavis \u2013 Ślusarz i alarmy", "Clavis Sécurité")),
    "url": G(lambda f: f"https://www.clavis.{tld(f)}/"),
}

EVENTS = [
    # -- consumer site (analytics.js) -----------------------------------------------------------------
    ("page", "Home", "web", None, PAGE),
    (
        "page",
        "Pronto Intervento",
        "web",
        "IT",
        {**PAGE, "category": G(ch("servizi", "emergenza", "prodotti"))},
    ),
    (
        "track",
        "Products Searched",
        "web",
        None,
        {
            "query": G(
                ch(
                    "cilindro europeo",
                    "nuki",
                    "wkładka gerda",
                    "serrure intelligente",
                    "key safe",
                    "ajax hub",
                )
            ),
            "results_count": G(ri(0, 80)),
            "filters": {
                "brand": G(ch("Nuki", "CISA", "Gerda", "Yale", "")),
            },
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        None,
        {
            **{k: v for k, v in PRODUCT.items() if k != "quantity"},
            "variant": G(ch("nickel", "black", "30/35", "40/40", "white")),
            "currency": CUR,
            "url": G(lambda f: f"https://www.clavis.{tld(f)}/p/{f.r.randint(1000, 9999)}"),
            "image_url": G(lambda f: f"https://cdn.clavis.eu/img/{f.hexid(10)}.webp"),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        None,
        {
            "cart_id": ID,
            **PRODUCT,
            "currency": CUR,
            "key_profile": G(ch("CISA AP3", "Gerda WKM", "Mottura Champions", "Abus EC660")),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        None,
        {
            "order_id": G(lambda f: f.digits(8)),
            "revenue": G(money(20, 900)),
            "shipping": G(money(0, 15)),
            "tax": G(money(4, 160)),
            "discount": G(money(0, 40)),
            "coupon": G(ch("", "PRIMAVERA10", "WIOSNA15", "BIENVENUE")),
            "currency": CUR,
            "products": Many(PRODUCT, 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        "IT",
        {
            "checkout_id": ID,
            "step": G(ri(2, 4)),
            "payment_method": G(ch("card", "satispay", "paypal", "bonifico")),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder_name": Y(nm, "name"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "installments": G(ch(1, 3, 6)),
        },
    ),
    (
        "track",
        "Order Completed",
        "php",
        None,
        {
            "order_id": G(lambda f: f.digits(8)),
            "checkout_id": ID,
            "total": G(money(20, 900)),
            "tax": G(money(4, 160)),
            "shipping": G(money(0, 15)),
            "currency": CUR,
            "payment_method": G(ch("card", "blik", "przelewy24", "satispay", "interac", "paypal")),
            "products": Many(PRODUCT, 3),
            "shipping_address": {
                "name": Y(nm, "name"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.postal(), "zipcode"),
                "province": G(lambda f: f.city_row()[4]),
                "country": G(lambda f: f.market),
            },
            "billing_same_as_shipping": B,
            "customer_email": Y(em, "email"),
            "customer_phone": Y(ph, "phone"),
            "is_gift": B,
            "gift_note": G(ch("Buon compleanno!", "Wszystkiego najlepszego", "Bonne crémaillère!", "")),
            "tracking_number": G(lambda f: f.pick(["1Z", "JJD", "RR"]) + f.digits(12)),
            "loyalty_number": G(lambda f: "CLV" + f.digits(8)),
        },
    ),
    (
        "track",
        "Key Copy Ordered",
        "web",
        None,
        {
            "order_id": G(lambda f: f.digits(8)),
            "key_profile": G(ch("CISA Astral S", "Gerda Maxi", "Mottura Champions C38", "Medeco X4")),
            "security_card_number": RED(lambda f: f.code(f.pick([8, 10, 12])), "secret"),
            "copies": G(ri(1, 5)),
            "owner_name": Y(nm, "name"),
            "id_checked_in_store": B,
            "pickup_store": {
                "name": G(
                    ch("Clavis Milano Porta Romana", "Clavis Kraków Kazimierz", "Clavis Montréal Plateau")
                ),
                "address": G(
                    ch(
                        "Corso di Porta Romana 61, 20122 Milano",
                        "ul. Starowiślna 33, 31-038 Kraków",
                        "1410 av. du Mont-Royal E, Montréal QC H2J 1Y9",
                    )
                ),
                "phone": G(ch("+39 02 5831 4410", "+48 12 421 33 90", "+1 514-524-7730")),
                "email": G(ch("milano@clavis.it", "krakow@clavis.pl", "plateau@clavis.ca")),
            },
            "price": G(money(8, 120)),
            "currency": CUR,
        },
    ),
    (
        "track",
        "Lead Submitted",
        "web",
        None,
        {
            "form_id": G(ch("f_alarm_quote", "f_smartlock_quote", "f_callback")),
            "lead_type": G(ch("alarm", "smart_lock", "door", "cctv")),
            "first_name": Y(fn, "name"),
            "last_name": Y(ln, "name"),
            "email": Y(em, "email"),
            "phone": Y(ph, "phone"),
            "postal_code": Y(lambda f: f.postal(), "zipcode"),
            "property_type": G(ch("apartment", "house", "shop", "office")),
            "message": G(
                ch(
                    "Vorrei un preventivo per 2 porte blindate",
                    "Proszę o wycenę alarmu dla domu",
                    "Soumission pour serrure intelligente svp",
                    "Need a quote for 3 cameras",
                    "",
                )
            ),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "consent_marketing": B,
            "consent_privacy": G(ch(True)),
        },
    ),
    (
        "track",
        "Richiesta Preventivo Serratura Smart",
        "web",
        "IT",
        {
            "nome": Y(lambda f: f.first("IT"), "name"),
            "cognome": Y(lambda f: f.last("IT"), "name"),
            "email": Y(em, "email"),
            "telefono": Y(ph, "phone"),
            "indirizzo": Y(lambda f: f.street("IT"), "address|street"),
            "cap": Y(lambda f: f.postal("IT"), "zipcode"),
            "citta": Y(lambda f: f.city("IT"), "city"),
            "provincia": G(lambda f: f.city_row("IT")[4]),
            "tipo_porta": G(ch("blindata", "legno", "portoncino", "vetro")),
            "numero_porte": G(ri(1, 4)),
            "modello_interesse": G(ch("Nuki Smart Lock 4.0 Pro", "Yale Linus L2", "CISA Smart Code")),
            "messaggio": G(
                ch(
                    "Porta blindata Dierre del 2010",
                    "Ho già il cilindro europeo",
                    "Preferisco la mattina",
                    "",
                )
            ),
            "consenso_privacy": G(ch(True)),
            "orario_preferito": G(ch("mattina", "pomeriggio", "sera")),
        },
    ),
    (
        "track",
        "Zapytanie o System Alarmowy",
        "web",
        "PL",
        {
            "imie": Y(lambda f: f.first("PL"), "name"),
            "nazwisko": Y(lambda f: f.last("PL"), "name"),
            "telefon": Y(lambda f: f.phone("PL"), "phone"),
            "e-mail": Y(lambda f: f.email("PL"), "email"),
            "kod_pocztowy": Y(lambda f: f.postal("PL"), "zipcode"),
            "miejscowosc": Y(lambda f: f.city("PL"), "city"),
            "typ_obiektu": G(ch("dom", "mieszkanie", "firma", "garaż")),
            "powierzchnia_m2": G(ri(30, 400)),
            "zwierzeta_domowe": B,
            "zgoda_marketingowa": B,
            "zrodlo": G(ch("google", "polecenie", "facebook", "olx")),
        },
    ),
    (
        "track",
        "Demande de soumission",
        "web",
        "CA",
        {
            "prenom": Y(lambda f: f.first("CA"), "name"),
            "nom": Y(lambda f: f.last("CA"), "name"),
            "courriel": Y(lambda f: f.email("CA"), "email"),
            "telephone": Y(lambda f: f.phone("CA"), "phone"),
            "adresse": Y(lambda f: f.street("CA"), "address|street"),
            "ville": Y(lambda f: f.city("CA"), "city"),
            "code_postal": Y(lambda f: f.postal("CA"), "zipcode"),
            "province": G(lambda f: f.city_row("CA")[4]),
            "type_propriete": G(ch("maison", "condo", "duplex", "commerce")),
            "proprietaire": B,
            "service_souhaite": G(ch("alarme", "serrure_intelligente", "cameras", "telesurveillance")),
            "meilleur_moment": G(ch("matin", "apres-midi", "soir")),
            "langue_preferee": G(ch("fr", "en", "es")),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        None,
        {
            "input": Y(lambda f: f.street(), "address|street", True),
            "session_token": ID,
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "form": G(ch("lockout", "quote", "booking")),
        },
    ),
    (
        "track",
        "Support Message Sent",
        "web",
        None,
        {
            "conversation_id": G(lambda f: f.digits(10)),
            "channel": G(ch("web_chat", "whatsapp")),
            "text": Y(support_text, "phone", True),
            "language": G(lambda f: LOCALES[f.market][:2]),
            "agent_id": G(lambda f: "ag_" + f.digits(4)),
            "is_first_message": B,
        },
    ),
    (
        "track",
        "Help Center Searched",
        "web",
        None,
        {
            "q": G(
                ch(
                    "reset codice allarme",
                    "jak zmienić baterię w czujniku",
                    "annuler abonnement",
                    "nuki bridge offline",
                    "batteria bassa sensore",
                )
            ),
            "results": G(ri(0, 30)),
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        None,
        {
            "method": G(ch("email", "google", "apple")),
            "email": Y(em, "email"),
            "email_domain": G(lambda f: f.pick(MAIL[f.market])),
            "password_strength": G(ch("weak", "medium", "strong")),
            "marketing_consent": B,
            "referral_code": G(lambda f: "REF-" + f.hexid(6).upper()),
            "signup_source": G(ch("lockout_flow", "shop", "quote_form")),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    # -- consumer app (React Native) ----------------------------------------------------------------
    (
        "identify",
        None,
        "rn",
        None,
        {
            "email": Y(em, "email"),
            "firstName": Y(fn, "name"),
            "lastName": Y(ln, "name"),
            "phone": Y(ph, "phone"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.postal(), "zipcode"),
                "state": G(lambda f: f.city_row()[4]),
                "country": G(lambda f: f.market),
            },
            "createdAt": TS,
            "preferredLanguage": G(ch("it", "pl", "fr", "en")),
            "marketingOptIn": B,
            "emailVerified": B,
            "phoneVerified": B,
            "homeType": G(ch("apartment", "house", "condo")),
            "householdSize": G(ri(1, 6)),
            "age": G(ri(19, 84)),
            "plan": G(ch("none", "base", "plus", "premium_guard")),
            "customerNumber": G(lambda f: f.digits(7)),
        },
    ),
    ("alias", None, "rn", None, {}),
    (
        "track",
        "Emergency Lockout Requested",
        "rn",
        None,
        {
            "request_id": ID,
            "service_type": G(ch("lockout", "broken_key", "lock_change_after_burglary")),
            "lockout_kind": G(ch("home", "office", "garage")),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.postal(), "zipcode"),
                "floor": G(ch("0", "2", "5", "PT", "RDC")),
                "country": G(lambda f: f.market),
            },
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "accuracy_m": G(ri(3, 60)),
            "callback_phone": Y(ph, "phone"),
            "contact_name": Y(nm, "name"),
            "quoted_price": G(money(79, 290)),
            "after_hours_surcharge": G(money(0, 80)),
            "eta_minutes": G(ri(15, 75)),
            "children_or_pets_inside": B,
            "door_type": G(ch("armoured", "wooden", "pvc", "glass")),
        },
    ),
    (
        "track",
        "Car Lockout Requested",
        "rn",
        None,
        {
            "request_id": ID,
            "vehicle_make": G(ch("Fiat", "Skoda", "Toyota", "Volkswagen", "Ford", "Renault")),
            "vehicle_model": G(ch("Panda", "Octavia", "RAV4", "Golf", "F-150", "Clio")),
            "plate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "parking_description": G(
                ch(
                    "Parcheggio Esselunga, livello -1",
                    "Galeria Mokotów, P2",
                    "Stationnement Carrefour Laval, section C",
                    "street parking",
                )
            ),
            "callback_phone": Y(ph, "phone"),
        },
    ),
    (
        "track",
        "Proof Of Residence Uploaded",
        "rn",
        None,
        {
            "request_id": ID,
            "document_type": G(ch("id_card", "passport", "drivers_licence", "utility_bill")),
            "document_number": RED(
                lambda f: f.pick([f.carta_identita(), f.dowod(), f.passport()]), "national id|passport"
            ),
            "id_scan_url": RED(lambda f: f"https://uploads.clavis.eu/kyc/{f.uuid()}.jpg", "national id"),
            "document_expiry": G(
                lambda f: f"20{f.r.randint(25, 34)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "address_matches_job": B,
            "selfie_url": Y(lambda f: f"https://uploads.clavis.eu/selfie/{f.hexid(16)}.jpg", "photo"),
        },
    ),
    (
        "screen",
        "Job Tracking",
        "rn",
        None,
        {
            "name": G(ch("Job Tracking")),
            "job_id": G(lambda f: f.job_id()),
            "proxy_phone": G(
                ch("+39 02 9475 1000", "+48 22 307 11 00", "+1 514-800-2210", "+1 647-800-4417")
            ),
            "technician_name": Y(fn, "name"),
            "technician_photo_url": Y(lambda f: f"https://cdn.clavis.eu/staff/{f.hexid(8)}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Technician Rated",
        "rn",
        None,
        {
            "job_id": G(lambda f: f.job_id()),
            "technician_first_name": Y(fn, "name"),
            "rating": G(ri(1, 5)),
            "comment": G(
                ch("Veloce e gentile", "Bardzo profesjonalnie", "Travail propre, merci", "Too expensive", "")
            ),
        },
    ),
    (
        "track",
        "Referral Sent",
        "rn",
        None,
        {
            "referral_code": G(lambda f: "REF-" + f.hexid(6).upper()),
            "referee_email": Y(em, "email"),
            "referee_name": Y(nm, "name"),
            "channel": G(ch("whatsapp", "sms", "email", "copy_link")),
        },
    ),
    (
        "track",
        "Installation Booked",
        "rn",
        None,
        {
            "booking_id": G(lambda f: "BK" + f.digits(7)),
            "service": G(ch("alarm_install", "smart_lock_install", "camera_install", "lock_change")),
            "slot_start": TS,
            "slot_end": TS,
            "technician_assigned": Y(nm, "name"),
            "address": Y(lambda f: f.full_address(), "address|street"),
            "postal_code": Y(lambda f: f.postal(), "zipcode"),
            "access_notes": RED(access_instructions, "secret", True),
            "military_discount": RED(bool_, "veteran"),
            "deposit": G(money(0, 150)),
            "currency": CUR,
        },
    ),
    # -- smart home app (analytics-swift) -------------------------------------------------------------
    (
        "screen",
        "Arm Panel",
        "swift",
        None,
        {"name": G(ch("Arm Panel")), "panel_id": G(hexid(12)), "partition": G(ri(1, 4))},
    ),
    (
        "track",
        "Guest Access Shared",
        "swift",
        None,
        {
            "lock_id": G(hexid(12)),
            "guest_name": Y(nm, "name"),
            "guest_phone": Y(ph, "phone"),
            "access_code": RED(lambda f: f.code(f.pick([4, 6])), "secret"),
            "invite_link": RED(lambda f: f"https://go.clavis.app/i/{f.hexid(32)}", "token", True),
            "valid_from": TS,
            "valid_until": TS,
            "recurring": B,
            "days": Many(G(ch("mon", "tue", "wed", "thu", "fri", "sat")), 3),
        },
    ),
    (
        "track",
        "Vacation Mode Enabled",
        "swift",
        None,
        {
            "start_date": G(day),
            "end_date": G(day),
            "notify_neighbour": B,
            "neighbour_name": Y(nm, "name"),
            "neighbour_phone": Y(ph, "phone"),
        },
    ),
    (
        "track",
        "Keyholder Added",
        "swift",
        None,
        {
            "keyholder": {
                "firstName": Y(fn, "name"),
                "lastName": Y(ln, "name"),
                "mobile": Y(ph, "phone"),
                "relationship": G(ch("neighbour", "son", "daughter", "friend", "spouse", "landlord")),
                "hasKey": B,
                "callOrder": G(ri(1, 4)),
            },
            "total_keyholders": G(ri(1, 4)),
        },
    ),
    (
        "track",
        "Camera Clip Viewed",
        "swift",
        None,
        {
            "clip_id": ID,
            "camera_name": G(ch("Ingresso", "Garage", "Cour arrière", "Ogród", "Front door")),
            "duration_s": G(ri(5, 120)),
            "person_detected": B,
            "familiar_face": Y(fn, "name", True),
        },
    ),
    (
        "track",
        "Household Profile Updated",
        "swift",
        None,
        {
            "pets": Many(
                {
                    "name": G(ch("Luna", "Burek", "Milo", "Pixel", "Kira", "Biscotto")),
                    "species": G(ch("dog", "cat", "rabbit")),
                    "weight_kg": G(money(3, 40)),
                },
                2,
            ),
            "resident_uses_wheelchair": RED(bool_, "disability"),
            "resident_hearing_impaired": RED(bool_, "disability"),
            "preferred_contact": G(ch("sms", "call", "push")),
        },
    ),
    # -- lock vendor webhook (go) ---------------------------------------------------------------------
    (
        "track",
        "Smart Lock Activity",
        "go",
        None,
        {
            "lock_id": G(hexid(12)),
            "event": G(ch("unlocked", "locked", "unlatched", "jammed")),
            "method": G(ch("keypad", "app", "fingerprint", "nfc_card", "auto_lock")),
            "user_slot": G(ri(1, 30)),
            "user_label": Y(lock_user_label, "name", True),
            "battery_pct": G(ri(3, 100)),
            "firmware": G(ch("3.9.4", "4.0.2", "4.1.0")),
            "occurred_at": TS,
        },
    ),
    # -- Polish alarm app (flutter) -------------------------------------------------------------------
    (
        "identify",
        None,
        "flutter",
        "PL",
        {
            "imie": Y(lambda f: f.first("PL"), "name"),
            "nazwisko": Y(lambda f: f.last("PL"), "name"),
            "email": Y(em, "email"),
            "telefon": Y(lambda f: f.phone("PL"), "phone"),
            "adres": {
                "ulica": Y(lambda f: f.pick(STREETS["PL"]), "address|street"),
                "nr_domu": Y(lambda f: f"{f.r.randint(1, 180)}{f.pick(['', 'A', 'B'])}", "address|street"),
                "nr_lokalu": Y(lambda f: str(f.r.randint(1, 90)), "address|street"),
                "kod_pocztowy": Y(lambda f: f.postal("PL"), "zipcode"),
                "miasto": Y(lambda f: f.city("PL"), "city"),
                "wojewodztwo": G(lambda f: f.city_row("PL")[4]),
            },
            "klient_od": G(day),
            "numer_klienta": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "BLIK Payment Authorized",
        "flutter",
        "PL",
        {
            "order_id": G(lambda f: f.digits(9)),
            "amount": G(money(49, 1500)),
            "currency": G(ch("PLN")),
            "blik_code": RED(lambda f: f.code(6), "token"),
            "p24_session_id": ID,
            "bank": G(ch("PKO BP", "mBank", "ING Bank Śląski", "Santander", "Pekao")),
            "status": G(ch("authorized", "pending", "rejected")),
            "alias_saved": B,
        },
    ),
    # -- technician app (analytics-kotlin) -------------------------------------------------------------
    (
        "identify",
        None,
        "kotlin",
        None,
        {
            "name": Y(nm, "name"),
            "email": Y(lambda f: f.work_email(), "email"),
            "phone": Y(ph, "phone"),
            "employeeId": G(lambda f: "T" + f.digits(5)),
            "role": G(ch("technician", "senior_technician", "installer", "apprentice")),
            "region": G(ch("Lombardia", "Lazio", "mazowieckie", "małopolskie", "Montréal-Nord", "GTA West")),
            "certifications": Many(
                G(ch("EN 50131 Grade 2", "Ajax PRO", "SEP 1kV", "CAA Locksmith", "ULC")), 3
            ),
            "vanPlate": Y(lambda f: f.plate(), "license"),
            "hireDate": G(day),
            "languages": Many(G(ch("it", "pl", "fr", "en", "uk")), 2),
        },
    ),
    (
        "screen",
        "Job Detail",
        "kotlin",
        None,
        {
            "name": G(ch("Job Detail")),
            "job_id": G(lambda f: f.job_id()),
            "tab": G(ch("overview", "parts", "photos", "codes")),
        },
    ),
    (
        "track",
        "Job Accepted",
        "kotlin",
        None,
        {
            "job_id": G(lambda f: f.job_id()),
            "job_type": G(ch("lockout", "alarm_install", "lock_change", "maintenance", "key_cutting")),
            "priority": G(ch("P1", "P2", "P3")),
            "customer_name": Y(nm, "name"),
            "customer_phone": Y(ph, "phone"),
            "proxy_number": G(ch("+39 02 9475 1000", "+48 22 307 11 00", "+1 514-800-2210")),
            "site_address": Y(lambda f: f.full_address(), "address"),
            "distance_km": G(money(0.4, 45)),
            "accepted_at": TS,
            "sla_minutes": G(ch(30, 60, 120, 240)),
        },
    ),
    (
        "track",
        "Job Sheet Completed",
        "kotlin",
        None,
        {
            "job_id": G(lambda f: f.job_id()),
            "work_performed": G(
                ch(
                    "door_opened_non_destructive",
                    "cylinder_replaced",
                    "alarm_installed",
                    "lock_repaired",
                    "key_cut",
                )
            ),
            "labour_minutes": G(ri(15, 360)),
            "parts": Many(
                {
                    "sku": PRODUCT["sku"],
                    "description": G(lambda f: f.pick(LOCK_PRODUCTS)[0]),
                    "quantity": G(ri(1, 3)),
                    "unit_price": G(money(5, 400)),
                    "serial_number": Y(lambda f: f.pick(["NK", "AJ", "YL"]) + f.hexid(10).upper(), "serial"),
                },
                3,
            ),
            "total_amount": G(money(60, 1800)),
            "currency": CUR,
            "customer_signature_url": Y(lambda f: f"https://uploads.clavis.eu/sig/{f.uuid()}.png", "photo"),
            "customer_present": B,
            "door_condition": G(ch("good", "damaged_frame", "forced_entry")),
            "photos": Many(
                {
                    "url": Y(lambda f: f"https://uploads.clavis.eu/jobs/{f.hexid(12)}.jpg", "photo"),
                    "sha256": G(hexid(64)),
                    "taken_at": TS,
                },
                4,
            ),
            "note": Y(job_note, "phone", True),
            "follow_up_required": B,
        },
    ),
    (
        "track",
        "Access Codes Recorded",
        "kotlin",
        None,
        {
            "job_id": G(lambda f: f.job_id()),
            "panel_model": G(ch("Ajax Hub 2 Plus", "Satel Integra 64", "DSC PowerSeries Neo", "Bentel BW64")),
            "panel_serial": Y(lambda f: f.hexid(8).upper() + f.digits(4), "serial"),
            "installer_code": RED(lambda f: f.code(f.pick([4, 6])), "secret"),
            "master_user_code": RED(lambda f: f.code(f.pick([4, 6])), "secret"),
            "duress_code": RED(lambda f: f.code(4), "secret"),
            "key_safe_code": RED(lambda f: f.code(4), "secret"),
            "gate_code": RED(lambda f: f.code(f.pick([4, 5])), "secret"),
            "wifi_ssid": G(
                lambda f: (
                    f.pick(["FASTWEB-", "TIM-", "Orange_Swiatlowod_", "BELL", "Vodafone-"])
                    + f.hexid(4).upper()
                )
            ),
            "wifi_password": RED(
                lambda f: f.hexid(4) + f.pick(["Casa!", "Dom2024", "Maison#", "Home_"]) + f.code(3),
                "password",
            ),
            "codes_changed_from_default": B,
        },
    ),
    (
        "track",
        "Technician Location Updated",
        "kotlin",
        None,
        {
            "shift_id": G(lambda f: "S" + f.digits(6)),
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "accuracy_m": G(ri(3, 60)),
            "speed_kmh": G(money(0, 90)),
            "on_job": B,
        },
    ),
    # -- back office (.NET, node) -----------------------------------------------------------------------
    (
        "track",
        "TimesheetSubmitted",
        "dotnet",
        None,
        {
            "TechnicianId": G(lambda f: "T" + f.digits(5)),
            "TechnicianName": Y(nm, "name"),
            "WeekStarting": G(day),
            "HoursWorked": G(money(10, 50)),
            "HourlyRate": Y(money(14, 48), "salary"),
            "CallOutBonus": Y(money(0, 300), "salary"),
            "PayrollNumber": G(lambda f: f.digits(6)),
            "PayoutIban": RED(lambda f: f.iban(), "bank account"),
            "UnionMember": Y(bool_, "trade union"),
            "Region": G(ch("North", "Centre", "Mazovia", "Quebec", "Ontario")),
            "ApprovedBy": Y(nm, "name"),
            "SubmittedAtUtc": TS,
        },
    ),
    (
        "track",
        "Job Application Submitted",
        "node",
        "CA",
        {
            "position": G(ch("Alarm Installer", "Locksmith Technician", "Monitoring Operator", "Apprentice")),
            "location": G(ch("Montréal", "Laval", "Toronto", "Ottawa")),
            "first_name": Y(fn, "name"),
            "last_name": Y(ln, "name"),
            "email": Y(em, "email"),
            "phone": Y(ph, "phone"),
            "legally_entitled_to_work": RED(bool_, "visa"),
            "requires_sponsorship": RED(bool_, "visa"),
            "security_licence_number": Y(lambda f: f.pick(["", "SG-", "P"]) + f.digits(7), "license"),
            "years_experience": G(ri(0, 25)),
            "has_drivers_licence": B,
            "expected_hourly_rate": Y(money(19, 42), "salary"),
        },
    ),
    # -- monitoring centre (java, .NET, go, node) --------------------------------------------------------
    (
        "track",
        "Alarm Signal Received",
        "java",
        None,
        {
            "signal_id": G(lambda f: f.digits(12)),
            "account_number": G(lambda f: f"{f.r.randint(1000, 9999)}"),
            "receiver": G(ch("RCV-01", "RCV-02", "IP-RX-3")),
            "protocol": G(ch("SIA-DCS", "ADM-CID", "SIA-DC09")),
            "event_code": G(ch("E130", "R130", "E120", "E110", "E401", "R401", "E301")),
            "event_description": G(ch("Burglary", "Panic", "Fire", "Open/Close by user", "AC loss")),
            "zone": G(ri(1, 64)),
            "zone_name": G(
                ch("Porta ingresso", "Salon PIR", "Garage door", "Kuchnia czujka", "Fenêtre chambre")
            ),
            "partition": G(ri(1, 4)),
            "priority": G(ri(1, 5)),
            "panel_ip": Y(lambda f: f.ipv4(), "ip"),
            "raw_message": G(
                lambda f: (
                    f'"SIA-DCS"{f.digits(4)}L0#{f.r.randint(1000, 9999)}[#'
                    f"{f.r.randint(1000, 9999)}|Nri1/BA{f.r.randint(1, 64):02d}]"
                )
            ),
            "received_at": TS,
            "site": {
                "name": Y(site_name, "name", True),
                "address": Y(lambda f: f.full_address(), "address"),
                "city": Y(lambda f: f.city(), "city"),
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
        },
    ),
    (
        "track",
        "AlarmHandled",
        "dotnet",
        None,
        {
            "AlarmId": G(lambda f: f.digits(10)),
            "AccountNo": G(lambda f: f"{f.r.randint(1000, 9999)}"),
            "SiteName": Y(site_name, "name", True),
            "OperatorId": G(lambda f: "OP" + f.digits(3)),
            "OperatorName": Y(nm, "name"),
            "Outcome": G(ch("FalseAlarm", "UserError", "PoliceDispatched", "GuardDispatched", "NoResponse")),
            "HandlingSeconds": G(ri(20, 1800)),
            "PoliceDispatched": B,
            "PoliceIncidentRef": G(lambda f: f.pick(["INC", "RSP", "NR"]) + f.digits(8)),
            "Notes": Y(operator_note, "name", True),
            "ClosedAtUtc": TS,
        },
    ),
    (
        "track",
        "Keyholder Call List Processed",
        "java",
        None,
        {
            "alarm_id": G(lambda f: f.digits(10)),
            "account_number": G(lambda f: f"{f.r.randint(1000, 9999)}"),
            "keyholders": Many(
                {
                    "order": G(ri(1, 4)),
                    "name": Y(nm, "name"),
                    "phone": Y(ph, "phone"),
                    "relationship": G(ch("neighbour", "son", "daughter", "friend", "spouse")),
                    "outcome": G(ch("answered", "voicemail", "no_answer", "busy")),
                },
                4,
            ),
            "verbal_password_verified": B,
        },
    ),
    (
        "track",
        "Codeword Check",
        "java",
        None,
        {
            "alarm_id": G(lambda f: f.digits(10)),
            "account_number": G(lambda f: f"{f.r.randint(1000, 9999)}"),
            "codeword_given": RED(
                ch("girasole", "Tatry1999", "caribou", "pomarańcza", "Bella2012", "lighthouse"), "password"
            ),
            "codeword_correct": B,
            "caller_name": Y(nm, "name"),
            "caller_phone": Y(ph, "phone"),
            "duress": B,
        },
    ),
    (
        "track",
        "Guard Dispatched",
        "node",
        None,
        {
            "dispatch-id": ID,
            "alarm-id": G(lambda f: f.digits(10)),
            "guard-name": Y(nm, "name"),
            "guard-phone": Y(ph, "phone"),
            "patrol-unit": G(ch("P-12", "MOB-3", "UNIT-44")),
            "eta-minutes": G(ri(6, 40)),
            "site-address": Y(lambda f: f.full_address(), "address"),
            "access-instructions": RED(access_instructions, "secret", True),
            "priority": G(ch("high", "normal")),
            "created-at": TS,
        },
    ),
    (
        "track",
        "Telecare Alarm Raised",
        "java",
        None,
        {
            "alarm_id": G(lambda f: f.digits(10)),
            "device_serial": Y(lambda f: "TC" + f.digits(9), "serial"),
            "trigger": G(ch("pendant", "fall_detector", "smoke", "inactivity")),
            "resident_name": Y(nm, "name"),
            "date_of_birth": Y(lambda f: f.date(1928, 1960), "birthdate"),
            "sex": Y(ch("F", "M"), "gender|sex"),
            "medical_notes": Y(ch(*MEDICAL_NOTES), "condition"),
            "medications": Many(
                Y(ch("metformina", "warfarin", "Bisoprolol", "levodopa", "insulin glargine"), "medication"), 3
            ),
            "allergies": Many(Y(ch("penicillin", "aspirin", "lattice", "orzechy"), "allergy"), 2),
            "health_card_number": RED(
                lambda f: f.pick([f.ohip(), f.ramq(), f.codice_fiscale()]), "health id"
            ),
            "gp_name": Y(lambda f: "Dr " + f.full_name(), "name"),
            "uses_walking_aid": RED(bool_, "disability"),
            "ambulance_called": B,
        },
    ),
    (
        "track",
        "Panel Heartbeat Missed",
        "go",
        None,
        {
            "panel_id": G(hexid(12)),
            "account_number": G(lambda f: f"{f.r.randint(1000, 9999)}"),
            "last_seen_at": TS,
            "path": G(ch("ip", "gsm", "ip+gsm")),
            "sim_iccid": Y(lambda f: f.luhn_complete("8939" + f.digits(14)), "serial"),
            "imei": Y(lambda f: f.luhn_complete("35" + f.digits(12)), "serial"),
            "firmware": G(ch("2.14.1", "2.15.0", "6.09")),
        },
    ),
    # -- subscriptions and payments ------------------------------------------------------------------
    (
        "track",
        "Subscription Started",
        "ruby",
        None,
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "plan_id": G(ch("mon_base_m", "mon_plus_m", "mon_guard_y")),
            "plan_name": G(ch("Monitoraggio Base", "Ochrona Plus", "Télésurveillance Premium")),
            "billing_interval": G(ch("month", "year", "quarter")),
            "price": G(money(14, 60)),
            "currency": CUR,
            "trial_days": G(ch(0, 14, 30)),
            "payment_method": G(ch("card", "blik", "przelewy24", "satispay", "interac", "sepa_debit")),
            "promo_code": G(ch("", "ESTATE24", "WIOSNA", "AUTOMNE")),
        },
    ),
    (
        "track",
        "Payment Method Added",
        "node",
        None,
        {
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "setup_intent": G(lambda f: "seti_" + f.hexid(24)),
            "livemode": G(ch(True)),
            "payment_method": {
                "id": RED(lambda f: "pm_" + f.hexid(24), "token"),
                "type": G(ch("card")),
                "card": {
                    "brand": G(ch("visa", "mastercard", "amex")),
                    "last4": G(lambda f: f.code(4)),
                    "exp_month": G(ri(1, 12)),
                    "exp_year": G(ri(2025, 2031)),
                    "funding": G(ch("credit", "debit", "prepaid")),
                    "country": G(ch("IT", "PL", "CA")),
                },
                "billing_details": {
                    "name": Y(nm, "name"),
                    "email": Y(em, "email"),
                    "phone": Y(ph, "phone"),
                    "address": {
                        "line1": Y(lambda f: f.street(), "address|street"),
                        "city": Y(lambda f: f.city(), "city"),
                        "postal_code": Y(lambda f: f.postal(), "zipcode"),
                        "state": G(lambda f: f.city_row()[4]),
                        "country": G(lambda f: f.market),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Przelewy24 Transaction Registered",
        "php",
        "PL",
        {
            "merchantId": G(ch(184523)),
            "posId": G(ch(184523)),
            "sessionId": ID,
            "amount": G(ri(4900, 150000)),
            "currency": G(ch("PLN")),
            "description": G(
                ch("Abonament monitoring 12 mies.", "Zamówienie sklep", "Montaż alarmu - zaliczka")
            ),
            "email": Y(lambda f: f.email("PL"), "email"),
            "client": Y(lambda f: f.full_name("PL"), "name"),
            "address": Y(lambda f: f.street("PL"), "address|street"),
            "zip": Y(lambda f: f.postal("PL"), "zipcode"),
            "city": Y(lambda f: f.city("PL"), "city"),
            "country": G(ch("PL")),
            "phone": Y(lambda f: f.phone("PL"), "phone"),
            "language": G(ch("pl", "en")),
            "urlReturn": G(
                ch(
                    "https://www.clavis.pl/platnosc/powrot",
                    "https://www.clavis.pl/zamowienie/ok",
                    "https://app.clavis.pl/p24/return",
                )
            ),
            "sign": G(hexid(96)),
            "regulationAccept": G(ch(True)),
        },
    ),
    (
        "track",
        "Przelewy24 Notification",
        "php",
        "PL",
        {
            "merchantId": G(ch(184523)),
            "posId": G(ch(184523)),
            "sessionId": ID,
            "amount": G(ri(4900, 150000)),
            "originAmount": G(ri(4900, 150000)),
            "currency": G(ch("PLN")),
            "orderId": G(lambda f: int(f.digits(9))),
            "methodId": G(ch(154, 181, 25, 31)),
            "statement": G(lambda f: "p24-" + "-".join(f.hexid(3).upper() for _ in range(3))),
            "sign": G(hexid(96)),
        },
    ),
    (
        "track",
        "Satispay Payment Accepted",
        "python",
        "IT",
        {
            "id": ID,
            "code_identifier": G(lambda f: "S6Y-PAY--" + f.hexid(8).upper()),
            "type": G(ch("TO_BUSINESS")),
            "amount_unit": G(ri(900, 60000)),
            "currency": G(ch("EUR")),
            "status": G(ch("ACCEPTED", "PENDING", "CANCELED")),
            "expired": B,
            "metadata": {"order_id": G(lambda f: f.digits(8)), "job_id": G(lambda f: f.job_id())},
            "sender": {
                "id": ID,
                "type": G(ch("CONSUMER")),
                "name": Y(lambda f: f"{f.first('IT')} {f.last('IT')[0]}.", "name"),
            },
            "receiver": {"id": ID, "type": G(ch("SHOP"))},
            "insert_date": TS,
            "expire_date": TS,
            "flow": G(ch("MATCH_CODE", "MATCH_USER", "PRE_AUTHORIZED")),
        },
    ),
    (
        "track",
        "Interac e-Transfer Received",
        "ruby",
        "CA",
        {
            "reference_number": G(lambda f: "CA" + f.hexid(10).upper()),
            "amount": G(money(50, 2400)),
            "currency": G(ch("CAD")),
            "sender_name": Y(lambda f: f.full_name("CA"), "name"),
            "sender_contact": Y(lambda f: f.pick([f.email("CA"), f.phone("CA")]), "email|phone", True),
            "memo": G(ch("Facture 2024-118", "Invoice 8841", "dépôt installation", "")),
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "autodeposit": B,
            "received_at": TS,
        },
    ),
    (
        "track",
        "Fattura Emessa",
        "php",
        "IT",
        {
            "numero_fattura": G(lambda f: f"2024/{f.r.randint(1, 9999):05d}"),
            "data_fattura": G(day),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
            "codice_destinatario": G(ch("0000000", "M5UXCR1", "USAL8PV", "KRRH6B9")),
            "pec": Y(pec, "email"),
            "imponibile": G(money(50, 3000)),
            "aliquota_iva": G(ch(22, 10, 4)),
            "totale": G(money(60, 3600)),
            "metodo_pagamento": G(ch("MP05", "MP08", "MP01")),
        },
    ),
    (
        "track",
        "Faktura Wystawiona",
        "php",
        "PL",
        {
            "numer_faktury": G(lambda f: f"FV/{f.r.randint(1, 9999)}/05/2024"),
            "nip": G(lambda f: f.nip()),
            "nazwa_firmy": G(
                ch(
                    "Piekarnia Złoty Kłos Sp. z o.o.",
                    "Auto-Serwis Marek s.c.",
                    "Biuro Rachunkowe AGA",
                    "Hotel Pod Wawelem",
                )
            ),
            "adres_firmy": G(
                ch(
                    "ul. Przemysłowa 12, 30-701 Kraków",
                    "al. Krakowska 110, 02-256 Warszawa",
                    "ul. Fabryczna 3, 90-344 Łódź",
                )
            ),
            "kwota_netto": G(money(100, 9000)),
            "kwota_brutto": G(money(123, 11000)),
            "termin_platnosci": G(day),
            "forma_platnosci": G(ch("przelew", "karta", "blik")),
            "numer_rachunku": G(ch(*SELLER_ACCOUNTS)),
        },
    ),
    (
        "track",
        "Umowa Podpisana",
        "go",
        "PL",
        {
            "numer_umowy": G(lambda f: f"UM/{f.r.randint(100, 9999)}/2024"),
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "seria_numer_dowodu": RED(lambda f: f.dowod(), "national id"),
            "imie": Y(lambda f: f.first("PL"), "name"),
            "nazwisko": Y(lambda f: f.last("PL"), "name"),
            "data_urodzenia": Y(lambda f: f.date(1940, 2003), "birthdate"),
            "obywatelstwo": Y(ch("polskie", "ukraińskie", "białoruskie", "niemieckie"), "citizenship"),
            "adres_zamieszkania": Y(lambda f: f.full_address("PL"), "address"),
            "adres_instalacji": Y(lambda f: f.full_address("PL"), "address"),
            "abonament_pln": G(ch(59, 79, 99, 129)),
            "podpis_elektroniczny": B,
            "zgoda_rodo": G(ch(True)),
        },
    ),
    (
        "track",
        "Financing Application Submitted",
        "ruby",
        "CA",
        {
            "application_id": G(lambda f: "FA-" + f.digits(7)),
            "applicant": {
                "first_name": Y(lambda f: f.first("CA"), "name"),
                "last_name": Y(lambda f: f.last("CA"), "name"),
                "date_of_birth": Y(lambda f: f.date(1950, 2004), "birthdate"),
                "sin": RED(lambda f: f.sin(), "social security number|national id"),
                "phone": Y(lambda f: f.phone("CA"), "phone"),
                "email": Y(lambda f: f.email("CA"), "email"),
                "marital_status": G(ch("single", "married", "common_law", "divorced")),
                "employer": G(ch("Hydro-Québec", "Bombardier", "Desjardins", "Tim Hortons", "self-employed")),
                "job_title": G(ch("Nurse", "Electrician", "Analyst", "Teacher", "Owner")),
                "annual_income": Y(ri(32000, 180000), "salary"),
                "years_at_address": G(ri(0, 30)),
                "housing_status": G(ch("own", "rent", "with_family")),
            },
            "credit_score": Y(ri(540, 860), "credit score"),
            "bureau": G(ch("Equifax", "TransUnion", "Equifax Canada")),
            "amount_financed": G(money(900, 6000)),
            "term_months": G(ch(24, 36, 48, 60)),
            "decision": G(ch("approved", "declined", "manual_review")),
        },
    ),
    (
        "track",
        "Insurance Certificate Requested",
        "python",
        None,
        {
            "certificate_number": G(lambda f: "CERT-" + f.digits(8)),
            "insurer": G(ch("Generali", "UnipolSai", "PZU", "Warta", "Intact", "Desjardins Assurances")),
            "policy_number": Y(lambda f: f.pick(["POL", "H", "MR-"]) + f.digits(9), "identification"),
            "monitored_since": G(day),
            "devices_count": G(ri(3, 30)),
            "email_to": Y(em, "email"),
        },
    ),
    (
        "track",
        "Payment Failed",
        "ruby",
        None,
        {
            "invoice_id": G(lambda f: "in_" + f.hexid(24)),
            "attempt": G(ri(1, 4)),
            "failure_code": G(ch("card_declined", "expired_card", "insufficient_funds", "processing_error")),
            "decline_code": G(ch("do_not_honor", "generic_decline", "insufficient_funds")),
            "amount": G(money(14, 60)),
            "next_retry_at": TS,
            "card_last4": G(lambda f: f.code(4)),
            "card_brand": G(ch("visa", "mastercard", "amex")),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(24, 30)}"),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        None,
        {
            "form_id": G(ch("f_lockout", "f_callback", "f_booking")),
            "field": G(ch("telefono", "telefon", "telephone", "phone")),
            "value": Y(ph, "phone", True),
            "duration_ms": G(ri(400, 12000)),
        },
    ),
    (
        "track",
        "Contact Picked",
        "swift",
        None,
        {
            "label": Y(
                lambda f: f.pick([f.full_name(), f.first(), f"{f.first()} {f.last()[0]}."]), "name", True
            ),
            "picker": G(ch("keyholder", "guest_access", "neighbour")),
            "has_phone": B,
        },
    ),
    (
        "track",
        "Bridge Paired",
        "swift",
        None,
        {
            "bridge_mac": Y(lambda f: f.mac(), "mac"),
            "bridge_serial": Y(lambda f: f.pick(["NB", "YB", "AJ"]) + f.hexid(9).upper(), "serial"),
            "lock_id": G(hexid(12)),
            "firmware": G(ch("3.9.4", "4.0.2", "4.1.0")),
        },
    ),
    (
        "track",
        "Install Attributed",
        "rn",
        None,
        {
            "media_source": G(ch("googleadwords_int", "Facebook Ads", "organic", "tiktokglobal_int")),
            "campaign": G(ch("lockout_emergency_it", "alarm_pl_q2", "serrurier_qc")),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.pick([f.uuid(), f.idfa()]), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
        },
    ),
    (
        "track",
        "CustomerLookup",
        "dotnet",
        None,
        {
            "SearchText": Y(ph, "phone", True),
            "ResultCount": G(ri(0, 3)),
            "OperatorId": G(lambda f: "OP" + f.digits(3)),
            "Console": G(ch("MON-IT-01", "MON-PL-02", "MON-CA-01")),
        },
    ),
    (
        "track",
        "Integration Connected",
        "node",
        None,
        {
            "provider": G(ch("home_assistant", "google_home", "alexa", "ifttt")),
            "long_lived_token": RED(lambda f: f.jwt(), "token"),
            "webhook_url": G(lambda f: f"https://hooks.clavis.eu/in/{f.uuid()}"),
            "scopes": Many(G(ch("locks:read", "locks:write", "alarm:read")), 3),
        },
    ),
    # -- messaging and marketing vendors ---------------------------------------------------------------
    (
        "track",
        "SMS Status Callback",
        "python",
        None,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(ch("AC3f9a1b7e4c2d8f6a0b5e7c9d1f3a2b4c")),
            "From": G(ch("+390294751000", "+48223071100", "+15148002210", "CLAVIS")),
            "To": Y(e164, "phone", True),
            "MessageStatus": G(ch("delivered", "sent", "undelivered", "failed")),
            "SmsStatus": G(ch("delivered", "sent", "undelivered")),
            "ApiVersion": G(ch("2010-04-01")),
            "NumSegments": G(ch("1", "2")),
        },
    ),
    (
        "track",
        "Email Delivered",
        "node",
        None,
        {
            "email": Y(em, "email"),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@clavis.eu>"),
            "event": G(ch("delivered", "open", "click", "bounce")),
            "category": Many(G(ch("transactional", "job_update", "invoice", "newsletter")), 2),
            "template": G(ch("technician_on_way", "invoice_ready", "alarm_summary")),
            "ip": G(ch("167.89.118.42", "149.72.154.232", "168.245.41.17")),
        },
    ),
    (
        "track",
        "Meta CAPI Event Sent",
        "node",
        None,
        {
            "event_name": G(ch("Lead", "Purchase", "Schedule")),
            "event_id": ID,
            "action_source": G(ch("website", "system_generated", "app")),
            "user_data": {
                "em": Y(hexid(64), "email"),
                "ph": Y(hexid(64), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(ch(*UAS)),
            },
            "custom_data": {"value": G(money(20, 900)), "currency": CUR},
        },
    ),
    (
        "track",
        "Customer Profile Synced",
        "python",
        None,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(7)),
            "FIRST_NAME": Y(fn, "name"),
            "LAST_NAME": Y(ln, "name"),
            "EMAIL_ADDRESS": Y(em, "email"),
            "PHONE_NUMBER": Y(ph, "phone"),
            "POSTAL_CODE": Y(lambda f: f.postal(), "zipcode"),
            "COUNTRY_CODE": G(lambda f: f.market),
            "LIFETIME_VALUE": G(money(0, 9000)),
            "MONITORING_PLAN": G(ch("NONE", "BASE", "PLUS", "PREMIUM_GUARD")),
            "CHURN_RISK_SCORE": G(money(0, 1)),
            "LAST_ALARM_AT": TS,
        },
    ),
    # -- business accounts (group) -----------------------------------------------------------------------
    (
        "group",
        None,
        "node",
        "CA",
        {
            "company_name": G(
                ch(
                    "Boulangerie Chez Guy",
                    "Dépanneur Beaubien",
                    "Clinique Dentaire du Plateau",
                    "Garage Lavoie et Fils",
                )
            ),
            "quebec_enterprise_number": G(lambda f: "11" + f.digits(8)),
            "company_phone": G(ch("+1 514-272-0811", "(450) 668-3200", "+1 819-770-4455")),
            "company_address": G(
                ch(
                    "6520 rue Saint-Hubert, Montréal QC H2S 2M3",
                    "1800 boul. Le Corbusier, Laval QC H7S 2K1",
                    "95 boul. Gréber, Gatineau QC J8T 3P9",
                )
            ),
            "billing_email": G(
                ch(
                    "comptabilite@chezguy.ca",
                    "admin@depanneurbeaubien.ca",
                    "facturation@cliniqueduplateau.ca",
                )
            ),
            "primary_contact_name": Y(lambda f: f.full_name("CA"), "name"),
            "primary_contact_email": Y(lambda f: f.email("CA"), "email"),
            "employees": G(ri(2, 80)),
            "industry": G(ch("retail", "restaurant", "healthcare", "automotive")),
            "plan": G(ch("business_base", "business_plus", "business_24h")),
        },
    ),
    (
        "group",
        None,
        "python",
        "IT",
        {
            "company_name": G(
                ch("Farmacia San Marco", "Bar Centrale", "Ottica Vision", "Ferramenta Colombo S.r.l.")
            ),
            "vat_number": G(lambda f: "IT" + f.digits(11)),
            "industry": G(ch("retail", "horeca", "healthcare", "hardware")),
            "employees": G(ri(1, 40)),
            "plan": G(ch("business_base", "business_plus", "business_24h")),
            "company_address": G(
                ch(
                    "Via Torino 21, 20123 Milano",
                    "Piazza Maggiore 4, 40124 Bologna",
                    "Via Chiaia 150, 80121 Napoli",
                )
            ),
            "primary_contact_name": Y(lambda f: f.full_name("IT"), "name"),
            "primary_contact_phone": Y(lambda f: f.phone("IT"), "phone"),
        },
    ),
]


USER_PREFIX = {"kotlin": "T", "dotnet": "T"}


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, market, body in EVENTS:
            f.market = market or f.pick(COUNTRIES)
            f.home = f.pick(CITIES[f.market])
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in ("web", "rn", "swift", "flutter") or f.r.random() < 0.3:
                msg["anonymousId"] = f.uuid()
            msg["userId"] = USER_PREFIX.get(client, "usr_") + f.digits(6)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "acct_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](), f, "context", labels)
            msg["sentAt"] = msg["timestamp"]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=328, repeats=30)
    write(Path(__file__).parent, "holdout328_", events, labels)
