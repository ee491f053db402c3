"""Writes holdout112: tests/corpus/holdout112_events.jsonl and holdout112_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and without running the engine on these events; only build.py,
fake.py and build_holdout3.py (for the format) were read. Run with
`.venv/bin/python -m tests.corpus.build_holdout112`; seeded, so the output is reproducible.

Domain: public transport ticketing and micromobility in the Netherlands, Belgium and Poland, as
one Segment workspace of a journey-planner and ticketing app ("Transito") would see it: sign-up,
sign-in (passwords, magic links, SMS codes, itsme), journey planning (searches, saved places,
nearby stops), ticket and pass sales (e-commerce spec: Product Viewed ... Order Completed,
refunds), payments (cards, iDEAL via a Mollie webhook, SEPA direct debit, BLIK, Stripe), transit
cards (OV-chipkaart-style engraved numbers, contactless EMV), check-in / check-out taps from
validators, reduced fares (students, seniors, low income, disability and companion cards,
veterans, Belgian BIM, Polish ulgi, temporary protection), family passes with children, e-scooter,
e-bike and e-moped rides with GPS, driving-licence checks, inspections and fines, delay refunds,
lost property, support tickets (Zendesk-shaped), SMS (Twilio-shaped) and e-mail (SendGrid-shaped)
webhooks, ad-conversion forwarding, business mobility budgets (.NET PascalCase), a warehouse
reverse-ETL identify (SCREAMING_SNAKE), Dutch, Belgian-French and Polish backend keys (naam,
achternaam, geboortedatum, imię, nazwisko, telefon, adres ...), identify / track / page / screen /
group / alias calls, and the `context` blocks of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries.

Conventions: paths are flattened as in portal.events.flatten (dotted, arrays as `[]`). Each leaf
carries classification (red / yellow / green), type (the reference's matcher name, or bank
account, geolocation, secret, national id, health id, advertising id, credit card, password, ip
address names; `a|b` when either is fair) and value_only (the key does not say what the value is).

Labelling rules, as briefed: personal data about a natural person (rider, child, recipient,
companion, third party, inspector or other staff member) is PII, in the reference's default colour
for its matcher; red for credentials, secrets, tokens, one-time codes, card numbers, bank accounts,
government ids, health ids, disability, veteran and visa. Green: ids we or other businesses issue
(user, order, ride, tap, card and fine numbers, customer and member numbers, an OV-chipkaart's
engraved number, mandate ids, Twilio and Stripe object ids), versions, timestamps, hashes,
amounts, enums, counters and booleans under PII-sounding keys, product / operator / company / pet
names, ages and age bands, job titles and employers, a business's own phone, e-mail and address,
stop and station names and codes, searched destinations, country, locale, currency, user agents,
OS-issued device ids, card brand / last four / expiry / BIN, BICs. Contested cases follow the
product's published policy (insurer member numbers: yellow identification; salaries and incomes:
yellow salary; plates: yellow license; gclid / fbclid / fbp / fbc: yellow advertising id; payment
tokens, activation and one-time codes, sign-in link tokens: red token; identity-document numbers:
red national id or passport; temporary-protection / residence status: red visa; UUID tokens such
as a Places session token: green).

Decisions where the brief leaves room (what a careful privacy owner would want flagged):
- Coordinates recorded with a person's own tap, ride or phone (validator GPS on a check-in, a
  scooter's start / end / route, the phone's position for nearby stops, context.location) are the
  person's location: yellow geolocation. Coordinates of a stop, station or searched destination in
  planning events are green, and stop names and codes are green everywhere.
- Saved places (home, work, grandma's) are the person's addresses: yellow; their labels ("Thuis",
  "Work") are green. A partial home address typed into an autocomplete is the person's address.
- A boolean or enum whose values disclose a special category for the person is labelled with that
  category: assistance type, disability concession, companion card, degree of disability (red
  disability), veteran pass (red veteran), an injury flag (yellow condition).
- A salutation (aanhef: Dhr. / Mevr.) discloses gender: yellow gender. A birth year is a birthdate.
- A push token (context.device.token) is a credential the device holds: red token.
- Free text is labelled by what every one of its values carries; where no value carries PII it is
  green. Neutral keys (`field.value`, `text`, `note`, `link`, `identifier`, `recipient`, `to`,
  `Body`, `card_label`, `lead_passenger`, `input`, `context.referrer.id`, `externalIds[].id`)
  are value_only: a key that names a role or a container, not the kind of data, says nothing.
- A transit card's engraved number is an id the operator issues: green, even in the few values
  that pass Luhn by chance. A business's own address, phone and mailbox (invoice address, lost
  property office, a Twilio sender number, a company billing mailbox) are green.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRSTS = [
    "Daan", "Sanne", "Lotte", "Thijs", "Femke", "Bram", "Noor", "Jesse", "Anouk", "Sem", "Wouter",
    "Lien", "Jelle", "Elke", "Amélie", "Maxime", "Louis", "Camille", "Piotr", "Katarzyna", "Agnieszka",
    "Krzysztof", "Małgorzata", "Łukasz", "Zofia", "Wojciech", "Oleksandr", "Olena", "Mykola", "Emre",
    "Ayşe", "Mohamed", "Fatima", "Yasmina", "Soufiane", "Priya", "Arjun", "Wei", "Mei Ling", "Chinedu",
    "Ngozi", "João", "Yonas", "Saba", "Inês", "Giulia", "Siobhán", "Kofi", "Dewi", "Rohan",
]  # fmt: skip
LASTS = [
    "de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "van Dijk",
    "Mulder", "Peeters", "Janssens", "Maes", "Claes", "Wuyts", "Dubois", "Lambert", "Dupont", "Nowak",
    "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Zieliński", "Szymańska", "Lewandowski",
    "Shevchenko", "Kovalenko", "Y\u0131lmaz", "Demir", "El Amrani", "Bouzid", "Benali", "Ramdin", "Sharma",
    "Wang", "Okeke", "Santos", "Tesfaye", "Nguyễn", "Haddad", "O'Connor", "Sitompul", "Brzęczyszczykiewicz",
]  # fmt: skip
MAIL_DOMAINS = [
    "gmail.com", "outlook.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "telenet.be", "skynet.be",
    "wp.pl", "onet.pl", "o2.pl", "interia.pl", "proton.me", "icloud.com", "live.be", "yahoo.com",
]  # fmt: skip
NL_STREETS = [
    "Kerkstraat", "Dorpsstraat", "Prinsengracht", "Laan van Nieuw Oost-Indië", "Stationsweg",
    "Molenweg", "Julianalaan", "Hoofdstraat", "Vondelstraat", "Oudegracht", "Beukenlaan",
    "Van Woustraat", "Burgemeester de Withstraat", "Nieuwe Binnenweg",
]  # fmt: skip
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Haarlem",
             "Nijmegen", "Tilburg", "Almere", "Delft", "Amersfoort", "Leiden"]  # fmt: skip
BE_STREETS = ["Kerkstraat", "Rue Haute", "Avenue Louise", "Meir", "Overpoortstraat", "Chaussée de Wavre",
              "Naamsestraat", "Rue de la Régence", "Lange Kievitstraat", "Boulevard d'Avroy"]  # fmt: skip
BE_CITIES = ["Antwerpen", "Gent", "Bruxelles", "Leuven", "Liège", "Brugge", "Namur", "Mechelen",
             "Charleroi", "Hasselt"]  # fmt: skip
PL_STREETS = ["ul. Marszałkowska", "ul. Floriańska", "al. Jerozolimskie", "ul. Długa", "ul. Piotrkowska",
              "ul. Świętokrzyska", "os. Złotego Wieku", "ul. Grunwaldzka", "ul. Kościuszki",
              "al. Niepodległości"]  # fmt: skip
PL_CITIES = ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Lublin", "Katowice",
             "Szczecin", "Białystok"]  # fmt: skip
STOPS = [
    ("ASD", "Amsterdam Centraal", "Amsterdam", 52.378901, 4.900272),
    ("RTD", "Rotterdam Centraal", "Rotterdam", 51.924420, 4.469300),
    ("UT", "Utrecht Centraal", "Utrecht", 52.089444, 5.110278),
    ("GVC", "Den Haag Centraal", "Den Haag", 52.080280, 4.324994),
    ("EHV", "Eindhoven Centraal", "Eindhoven", 51.443100, 5.481200),
    ("SHL", "Schiphol Airport", "Haarlemmermeer", 52.309444, 4.761944),
    ("30005073", "Leidseplein", "Amsterdam", 52.363650, 4.883270),
    ("8821006", "Antwerpen-Centraal", "Antwerpen", 51.217200, 4.421100),
    ("8892007", "Gent-Sint-Pieters", "Gent", 51.035600, 3.710600),
    ("8814001", "Bruxelles-Midi / Brussel-Zuid", "Bruxelles", 50.835700, 4.336500),
    ("8833001", "Leuven", "Leuven", 50.881300, 4.716500),
    ("5100065", "Warszawa Centralna", "Warszawa", 52.228900, 21.003300),
    ("7014", "Metro Centrum", "Warszawa", 52.230900, 21.010900),
    ("5100028", "Kraków Główny", "Kraków", 50.067400, 19.947500),
    ("1209", "Rondo Mogilskie", "Kraków", 50.065600, 19.958600),
    ("5100009", "Gdańsk Główny", "Gdańsk", 54.355900, 18.643700),
]
OPERATORS = ["NS", "GVB", "RET", "HTM", "Arriva", "Qbuzz", "De Lijn", "STIB-MIVB", "NMBS-SNCB", "TEC",
             "ZTM Warszawa", "MPK Kraków", "PKP Intercity", "Koleje Mazowieckie"]  # fmt: skip
MOBILITY_OPS = ["Dott", "TIER", "Bolt", "Lime", "Felyx", "Check", "GO Sharing", "Donkey Republic",
                "Veturilo", "Villo!", "Blue-bike", "OV-fiets"]  # fmt: skip
TICKETS = [
    ("NS-DV", "Dal Voordeel", "subscription", 5.60),
    ("NS-AV", "Altijd Vrij", "subscription", 352.00),
    ("NS-WV", "Weekend Vrij", "subscription", 34.00),
    ("GVB-24", "GVB 24 uur", "day_ticket", 9.00),
    ("GVB-72", "GVB 72 uur", "day_ticket", 22.50),
    ("DL-10", "De Lijn 10-rittenkaart", "multi_ride", 20.00),
    ("MIVB-BRUPASS", "Brupass", "day_ticket", 8.00),
    ("SNCB-STD", "Standard Ticket", "single", 11.40),
    ("ZTM-20", "Bilet 20-minutowy", "single", 3.40),
    ("ZTM-24H", "Bilet dobowy", "day_ticket", 15.00),
    ("ZTM-30U", "Bilet 30-dniowy ulgowy", "pass", 55.00),
    ("MPK-50", "Bilet 50-minutowy", "single", 6.00),
    ("PKPIC-TLK", "TLK Warszawa-Kraków", "single", 69.00),
    ("TR-FAM", "Transito Family Pass", "pass", 19.90),
]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
]


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("\u0131", "i").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def mod97(digits: str) -> int:
    return int(digits) % 97


class T(Fake):
    """Fake plus Dutch, Belgian and Polish personal data with valid check digits."""

    def first(self):
        return self.pick(FIRSTS)

    def last(self):
        return self.pick(LASTS)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first = ascii_fold(self.first()).lower().replace(" ", "")
        last = ascii_fold(self.last()).lower().replace(" ", "")
        local = self.pick(
            [f"{first}.{last}", f"{first}{last[:1]}", f"{first[:1]}{last}",
             f"{first}_{self.r.randint(70, 99)}", f"{last}.{first}{self.r.randint(1, 9)}"]
        )  # fmt: skip
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def work_email(self, domain):
        first = ascii_fold(self.first()).lower().replace(" ", "")
        last = ascii_fold(self.last()).lower().replace(" ", "")
        return f"{first}.{last}@{domain}"

    # phones
    def phone_nl(self):
        n = self.digits(8)
        return self.pick(
            [f"06-{n}", f"+31 6 {n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+316{n}", f"06{n}"]
        )

    def phone_be(self):
        p = self.pick(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "496"])
        a, b, c = self.r.randint(10, 99), self.r.randint(10, 99), self.r.randint(10, 99)
        return self.pick(
            [f"+32 {p} {a} {b} {c}", f"0{p} {a} {b} {c}", f"+32{p}{a}{b}{c}", f"0{p}/{a}.{b}.{c}"]
        )

    def phone_pl(self):
        n = self.pick(["5", "6", "7", "8"]) + self.digits(8)[:8]
        return self.pick(
            [
                f"+48 {n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
                f"+48{n}",
                f"{n[:3]} {n[3:6]} {n[6:]}",
            ]
        )

    def phone_other(self):
        return self.pick(
            [
                f"+49 1{self.r.randint(51, 79)} {self.digits(8)}",
                f"+380 {self.pick(['67', '50', '93'])} {self.digits(3)} {self.digits(2)} {self.digits(2)}",
                f"+44 7700 {self.r.randint(900000, 900999)}",
                "+33 6 " + " ".join(str(self.r.randint(10, 99)) for _ in range(4)),
                f"+90 5{self.r.randint(30, 59)} {self.digits(3)} {self.digits(4)}",
            ]
        )  # fmt: skip

    def phone(self, style=None):
        return self.pick(
            [self.phone_nl, self.phone_nl, self.phone_be, self.phone_pl, self.phone_pl, self.phone_other]
        )()

    # addresses
    def postcode_nl(self):
        letters = "ABCDEGHJKLMNPRSTVWXZ"
        return f"{self.r.randint(1011, 9999)} {self.r.choice(letters)}{self.r.choice(letters)}"

    def postcode_be(self):
        return str(self.pick([1000, 1050, 1180, 2000, 2018, 3000, 4000, 5000, 8000, 9000, 3500, 2800]))

    def postcode_pl(self):
        return f"{self.r.randint(0, 99):02d}-{self.r.randint(1, 999):03d}"

    def street_nl(self):
        suffix = self.pick(["", "", "-2", " A", "-hs", " bis"])
        return f"{self.pick(NL_STREETS)} {self.r.randint(1, 320)}{suffix}"

    def street_be(self):
        suffix = self.pick(["", "", f" bus {self.r.randint(1, 12)}", f"/{self.r.randint(1, 8)}"])
        return f"{self.pick(BE_STREETS)} {self.r.randint(1, 250)}{suffix}"

    def street_pl(self):
        suffix = self.pick(["", f"/{self.r.randint(1, 90)}", f" m. {self.r.randint(1, 60)}"])
        return f"{self.pick(PL_STREETS)} {self.r.randint(1, 140)}{suffix}"

    def street(self):
        return self.pick([self.street_nl, self.street_be, self.street_pl])()

    def city(self):
        return self.pick([*NL_CITIES, *BE_CITIES, *PL_CITIES])

    def zip(self):
        return self.pick([self.postcode_nl, self.postcode_be, self.postcode_pl])()

    def full_address(self):
        country = self.pick(["NL", "BE", "PL"])
        if country == "NL":
            return f"{self.street_nl()}, {self.postcode_nl()} {self.pick(NL_CITIES)}"
        if country == "BE":
            return f"{self.street_be()}, {self.postcode_be()} {self.pick(BE_CITIES)}"
        return f"{self.street_pl()}, {self.postcode_pl()} {self.pick(PL_CITIES)}"

    # government ids
    def pesel(self):
        y, m, dd = self.r.randint(1950, 2012), self.r.randint(1, 12), self.r.randint(1, 28)
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{dd:02d}{self.r.randint(0, 9999):04d}"
        check = (10 - sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9] * 3, strict=False)) % 10) % 10
        return body + str(check)

    def rrn(self):
        """Belgian national register number, YY.MM.DD-SSS.CC with the mod-97 check."""
        y, m, dd = self.r.randint(1945, 2010), self.r.randint(1, 12), self.r.randint(1, 28)
        seq = self.r.randint(1, 997)
        base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
        check = 97 - mod97(("2" + base) if y >= 2000 else base)
        raw = f"{base}{check:02d}"
        if self.r.random() < 0.5:
            return raw
        return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}-{raw[6:9]}.{raw[9:]}"

    def pl_id_card(self):
        """Polish dowód osobisty: three letters, a check digit, five digits."""
        letters = "".join(self.r.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(3))
        tail = [self.r.randint(0, 9) for _ in range(5)]
        values = [int(c, 36) for c in letters]
        total = sum(v * w for v, w in zip(values, [7, 3, 1], strict=True))
        total += sum(v * w for v, w in zip(tail, [7, 3, 1, 7, 3], strict=True))
        return letters + str(total % 10) + "".join(map(str, tail))

    def nl_document(self):
        alnum = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"
        return (
            "".join(self.r.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(2))
            + "".join(self.r.choice(alnum) for _ in range(6))
            + str(self.r.randint(0, 9))
        )

    def be_eid_card(self):
        base = f"{self.r.randint(590, 599)}{self.digits(7)}"
        check = mod97(base) or 97
        return f"{base[:3]}-{base[3:10]}-{check:02d}"

    def id_document(self):
        return self.pick([self.pl_id_card, self.nl_document, self.be_eid_card])()

    # bank accounts and cards
    def iban(self, country="NL"):
        if country == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"]) + self.digits(10)
        elif country == "BE":
            first = self.digits(10)
            bban = first + f"{(mod97(first) or 97):02d}"
        elif country == "PL":
            bban = self.digits(24)
        else:
            return super().iban(country)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def any_iban(self):
        return self.iban(self.pick(["NL", "NL", "BE", "PL", "DE"]))

    def card(self, formatted=None):
        if self.r.random() < 0.2:
            number = self.luhn_complete("6703" + self.digits(12))  # Bancontact, 17 digits
            return number
        return super().card(formatted)

    # transit and mobility
    def new_message(self):
        self._stop = self.pick(STOPS)

    def stop(self):
        """The stop this message is about (one per message, so code, name and GPS agree)."""
        return self._stop

    def any_stop(self):
        return self.pick(STOPS)

    def ov_card(self):
        n = "3528" + "0" + self.digits(11)
        return self.pick([n, " ".join(n[i : i + 4] for i in range(0, 16, 4))])

    def gps(self):
        _, _, _, lat, lon = self.stop()
        return round(lat + self.r.uniform(-0.04, 0.04), 6), round(lon + self.r.uniform(-0.06, 0.06), 6)

    def glat(self):
        return self.gps()[0]

    def glon(self):
        return self.gps()[1]

    def plate(self):
        letters = "BDFGHJKLNPRSTVXZ"
        l3 = "".join(self.r.choice(letters) for _ in range(3))
        return self.pick(
            [
                f"{l3[:2]}-{self.r.randint(100, 999)}-{self.r.choice(letters)}",
                f"{self.r.randint(1, 99)}-{l3}-{self.r.randint(1, 9)}",
                f"1-{l3}-{self.r.randint(100, 999)}",
                f"{self.pick(['WA', 'KR', 'WI', 'GD', 'PO'])} {self.r.randint(10000, 99999)}",
                f"D{self.r.choice(letters)}-{self.r.randint(100, 999)}-{self.r.choice(letters)}",
            ]
        )  # fmt: skip

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.r.choice(alnum) for _ in range(80)) + "_BwE"

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.r.choice(alnum) for _ in range(57))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def token(self, n=32):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.r.choice(alnum) for _ in range(n))

    def polyline(self):
        """A Google encoded polyline of a short ride near a stop (precision 5)."""
        lat, lon = self.gps()
        out, prev = [], (0, 0)
        for _ in range(self.r.randint(4, 12)):
            lat += self.r.uniform(-0.002, 0.002)
            lon += self.r.uniform(-0.003, 0.003)
            point = (round(lat * 1e5), round(lon * 1e5))
            for value in (point[0] - prev[0], point[1] - prev[1]):
                value = ~(value << 1) if value < 0 else value << 1
                while value >= 0x20:
                    out.append(chr((0x20 | (value & 0x1F)) + 63))
                    value >>= 5
                out.append(chr(value + 63))
            prev = point
        return "".join(out)

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def dob(self):
        return self.date(1940, 2008)

    def child_dob(self):
        return self.date(2010, 2021)

    def iso_date(self):
        return self.iso()[:10]


# -- small template helpers ---------------------------------------------------------------------


def P(*items):
    return G(lambda f: f.pick(list(items)))


def C(value):
    return G(lambda f: value)


def ticket_product():
    return {
        "product_id": G(lambda f: f.pick(TICKETS)[0]),
        "sku": G(lambda f: f.pick(TICKETS)[0] + "-" + f.pick(["2KL", "1KL", "STD", "ULG"])),
        "name": G(lambda f: f.pick(TICKETS)[1]),
        "category": G(lambda f: f.pick(TICKETS)[2]),
        "price": G(lambda f: f.pick(TICKETS)[3]),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "variant": P("2nd class", "1st class", "ulgowy", "normalny", "adult", "child"),
    }


def tap_location():
    return {"lat": Y(lambda f: f.glat(), "geolocation"), "lon": Y(lambda f: f.glon(), "geolocation")}


# -- contexts sent by the client libraries ----------------------------------------------------------

APP_VERSIONS = ["4.18.0", "4.18.2", "4.19.0", "4.20.1"]


def app_block(namespace):
    return {
        "name": C("Transito"),
        "version": G(lambda f: f.pick(APP_VERSIONS)),
        "build": G(lambda f: str(f.r.randint(41800, 42099))),
        "namespace": C(namespace),
    }


def consent_block(f: T):
    return {
        "consent": {
            "categoryPreferences": {
                "Analytics": G(lambda f: f.pick([True, True, False])),
                "Advertising": G(lambda f: f.pick([True, False])),
                "Functional": C(True),
            }
        }
    }


def web_context(f: T, page):
    path, title = page
    ctx = {
        "library": {
            "name": C("analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": C(path),
            "referrer": P("https://www.google.com/", "", "https://www.ns.nl/", "https://duckduckgo.com/"),
            "search": P("", "?lang=nl", "?ref=app_banner", "?utm_source=newsletter&utm_medium=email"),
            "title": C(title),
            "url": G(lambda f: f.pick(["https://transito.eu", "https://www.transito.pl"]) + path),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "locale": P("nl-NL", "nl-BE", "fr-BE", "pl-PL", "en-GB", "uk-UA"),
        "timezone": P("Europe/Amsterdam", "Europe/Brussels", "Europe/Warsaw"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["userAgentData"] = {
            "brands": Many(
                {"brand": P("Chromium", "Google Chrome", "Not-A.Brand"), "version": P("124", "24", "99")}, 3
            ),
            "mobile": P(True, False),
            "platform": P("Windows", "macOS", "Android"),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": P("zomer_dagkaart", "ulga_studencka_2024", "brupass_launch", "family_pass_q3"),
            "source": P("google", "facebook", "newsletter", "tiktok"),
            "medium": P("cpc", "paid_social", "email"),
            "term": P("ov dagkaart", "bilet miesięczny", "goedkoop reizen", "e-step huren"),
            "content": P("banner_a", "carousel_2", "textlink"),
        }
    if f.r.random() < 0.2:
        ctx["referrer"] = {"type": C("adwords"), "id": Y(lambda f: f.gclid(), "advertising id", True)}
    if f.r.random() < 0.5:
        ctx.update(consent_block(f))
    return ctx


def mobile_traits(f: T):
    traits = {"email": Y(lambda f: f.email(), "email")}
    if f.r.random() < 0.6:
        traits["firstName"] = Y(lambda f: f.first(), "name")
    if f.r.random() < 0.3:
        traits["phone"] = Y(lambda f: f.phone(), "phone")
    return traits


def swift_context(f: T):
    ctx = {
        "app": app_block("eu.transito.ios"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone15,3", "iPhone14,5", "iPhone16,1", "iPhone12,8"),
            "name": C("iPhone"),
            "type": C("ios"),
            "adTrackingEnabled": P(True, False),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0")},
        "locale": P("nl-NL", "pl-PL", "nl-BE", "en-NL"),
        "network": {"wifi": P(True, False), "cellular": P(True, False), "bluetooth": C(False)},
        "os": {"name": C("iOS"), "version": P("17.5.1", "17.4", "16.7.8")},
        "screen": {"width": P(390, 393, 430), "height": P(844, 852, 932), "density": C(3)},
        "timezone": P("Europe/Amsterdam", "Europe/Warsaw", "Europe/Brussels"),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.4:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.7:
        ctx["traits"] = mobile_traits(f)
    return ctx


def kotlin_context(f: T):
    ctx = {
        "app": app_block("eu.transito.android"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Google", "Xiaomi", "OnePlus"),
            "model": P("SM-A546B", "Pixel 8", "2201117TY", "CPH2449"),
            "name": P("a54x", "shiba", "spes", "OP5958L1"),
            "type": C("android"),
            "adTrackingEnabled": P(True, False),
        },
        "library": {"name": C("analytics-kotlin"), "version": P("1.15.0", "1.16.3")},
        "locale": P("nl-NL", "pl-PL", "fr-BE", "uk-UA"),
        "network": {"wifi": P(True, False), "cellular": P(True, False), "bluetooth": P(True, False)},
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 3.0, 2.75), "width": C(1080), "height": P(2340, 2400)},
        "timezone": P("Europe/Amsterdam", "Europe/Warsaw", "Europe/Brussels"),
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240505.004)",
        ),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    if f.r.random() < 0.6:
        ctx["traits"] = mobile_traits(f)
    return ctx


def rn_context(f: T):
    ctx = {
        "app": app_block("eu.transito.app"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung", "motorola"),
            "model": P("iPhone13,2", "SM-S918B", "moto g84 5G"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics-react-native"), "version": P("2.19.2", "2.20.0")},
        "locale": P("nl-NL", "pl-PL", "nl-BE", "en-US"),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14")},
        "screen": {"width": P(390, 412), "height": P(844, 915)},
        "timezone": P("Europe/Amsterdam", "Europe/Warsaw", "Europe/Brussels"),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    return ctx


def flutter_context(f: T):
    return {
        "app": app_block("eu.transito.flutter"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung", "Google"),
            "model": P("iPhone14,7", "SM-G991B", "Pixel 7a"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics_flutter"), "version": P("1.1.1", "1.1.3")},
        "locale": P("nl-NL", "pl-PL", "fr-BE"),
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14")},
        "screen": {"width": P(390, 412), "height": P(844, 915), "density": P(3, 2.625)},
        "timezone": P("Europe/Amsterdam", "Europe/Warsaw", "Europe/Brussels"),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(f: T, lib):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": C(name), "version": G(lambda f: f.pick(versions))}}
    if f.r.random() < 0.4:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
    if f.r.random() < 0.25:
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    if f.r.random() < 0.2:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": C("email"),
                "collection": C("users"),
                "encoding": C("none"),
            },
            1,
        )
    if f.r.random() < 0.2:
        ctx["active"] = C(False)
    return ctx


def context_for(f: T, client, page):
    if client == "web":
        return web_context(f, page)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


MOBILE = ["swift", "kotlin", "rn", "flutter"]
APPS = ["web", *MOBILE]
SERVER = list(SERVER_LIBS)


# -- events -----------------------------------------------------------------------------------------


def E(kind, name, clients, body, weight=1.0, page=("/", "Transito"), location=False):
    return {"kind": kind, "name": name, "clients": clients, "body": body, "weight": weight, "page": page,
            "location": location}  # fmt: skip


def note_with_name(f: T) -> str:
    name = f.full_name()
    return f.pick(
        [
            f"Pasażer {name} okazał nieważną legitymację studencką",
            f"Reiziger {name} had geen geldig vervoerbewijs, weigerde eerst ID te tonen",
            f"Passenger {name} checked in with an expired student card",
            f"{name} claims the validator at the rear door was broken",
            f"Contrôle: {name} sans titre de transport valable",
        ]
    )


def chat_with_contact(f: T) -> str:
    return f.pick(
        [
            f"Kunnen jullie me terugbellen op {f.phone_nl()}?",
            f"Mój numer to {f.phone_pl()}, proszę o kontakt",
            f"please email me at {f.email()} about the refund",
            f"My new email is {f.email()}, the old one no longer works",
            f"Bel me even op {f.phone_be()} a.u.b.",
            f"proszę odpisać na {f.email()}",
        ]
    )


def sms_body(f: T) -> str:
    code = f.otp()
    return f.pick(
        [
            f"Je Transito-code is {code}. Deel deze code met niemand.",
            f"Twój kod Transito: {code}. Nie udostępniaj go nikomu.",
            f"Your Transito verification code is {code}",
            f"Votre code Transito : {code}",
        ]
    )


IDENTIFY = [
    E(
        "identify",
        None,
        APPS,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
                "country": P("NL", "BE", "PL"),
            },
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": P("nl", "fr", "pl", "en", "uk"),
            "homeRegion": P("Randstad", "Vlaanderen", "Mazowieckie", "Małopolskie", "Bruxelles-Capitale"),
            "emailVerified": P(True, False),
            "phoneVerified": P(True, False),
            "marketingOptIn": P(True, False),
            "ageGroup": P("18-25", "26-35", "36-50", "51-64", "65+"),
            "plan": P("free", "family", "altijd_vrij", "student"),
            "totalTrips": G(lambda f: f.r.randint(0, 900)),
            "hasTransitCard": P(True, False),
            "avatar": Y(lambda f: f"https://cdn.transito.eu/avatars/{f.uuid()}.jpg", "photo"),
        },
        weight=2,
    ),
    E(
        "identify",
        None,
        ["dotnet"],
        {
            "CustomerId": G(lambda f: f.uuid()),
            "CustomerNumber": G(lambda f: "TR" + f.digits(8)),
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "EmailAddress": Y(lambda f: f.email(), "email"),
            "MobilePhone": Y(lambda f: f.phone(), "phone"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "HouseNumber": Y(
                lambda f: str(f.r.randint(1, 300)) + f.pick(["", "A", "-2", " bis"]), "address|street"
            ),
            "PostalCode": Y(lambda f: f.zip(), "zipcode"),
            "CountryCode": P("NL", "BE", "PL"),
            "IsStudent": P(True, False),
            "PreferredLanguage": P("nl-NL", "fr-BE", "pl-PL"),
            "CreatedOn": G(lambda f: f.iso()),
            "LoyaltyTier": P("Brons", "Zilver", "Goud"),
        },
    ),
    E(
        "identify",
        None,
        ["python"],
        {
            "RIDER_ID": G(lambda f: f.digits(9)),
            "RIDER_EMAIL": Y(lambda f: f.email(), "email"),
            "RIDER_FIRST_NAME": Y(lambda f: f.first(), "name"),
            "HOME_CITY": Y(lambda f: f.city(), "city"),
            "LIFETIME_TRIPS": G(lambda f: f.r.randint(0, 2500)),
            "LIFETIME_SPEND_EUR": G(lambda f: f.money(0, 4000)),
            "LAST_TRIP_AT": G(lambda f: f.iso()),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "PREFERRED_MODE": P("train", "tram", "bus", "metro", "escooter", "ebike"),
            "IS_SUBSCRIBER": P(True, False),
            "AGE_BAND": P("18-24", "25-34", "35-44", "45-54", "55+"),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    E(
        "identify",
        None,
        ["php", "ruby"],
        {
            "imię": Y(lambda f: f.first(), "name"),
            "nazwisko": Y(lambda f: f.last(), "name"),
            "telefon": Y(lambda f: f.phone_pl(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "adres": Y(lambda f: f.street_pl(), "address|street"),
            "kod_pocztowy": Y(lambda f: f.postcode_pl(), "zipcode"),
            "miasto": Y(lambda f: f.pick(PL_CITIES), "city"),
            "data_urodzenia": Y(lambda f: f.dob(), "birthdate"),
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "zgoda_marketingowa": P(True, False),
            "numer_karty_miejskiej": G(lambda f: f.digits(10)),
            "ulga": P("studencka 51%", "uczniowska 49%", "senior 70+", "Karta Dużej Rodziny", "brak"),
            "data_rejestracji": G(lambda f: f.iso()),
        },
    ),
    E(
        "identify",
        None,
        ["java", "go"],
        {
            "naam": Y(lambda f: f.full_name(), "name"),
            "achternaam": Y(lambda f: f.last(), "name"),
            "geboortedatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1945, 2007)}",
                "birthdate",
            ),
            "telefoonnummer": Y(lambda f: f.phone_nl(), "phone"),
            "emailadres": Y(lambda f: f.email(), "email"),
            "aanhef": Y(lambda f: f.pick(["Dhr.", "Mevr.", "Mx."]), "gender"),
            "adres": {
                "straat": Y(lambda f: f.pick(NL_STREETS), "street|address"),
                "huisnummer": Y(lambda f: str(f.r.randint(1, 320)), "address|street"),
                "postcode": Y(lambda f: f.postcode_nl(), "zipcode"),
                "woonplaats": Y(lambda f: f.pick(NL_CITIES), "city"),
            },
            "klantnummer": G(lambda f: f.digits(9)),
            "reisproduct": P("Dal Voordeel", "Altijd Vrij", "Weekend Vrij", "geen"),
            "nieuwsbrief": P(True, False),
        },
    ),
    E(
        "group",
        None,
        ["node", "web"],
        {
            "name": P(
                "Initech B.V.", "Globex Polska sp. z o.o.", "Umbrella NV", "Bol Logistics", "Stad Gent"
            ),
            "industry": P("logistics", "public sector", "software", "healthcare"),
            "employees": G(lambda f: f.r.randint(10, 8000)),
            "plan": P("business", "business_plus"),
            "kvkNumber": G(lambda f: f.digits(8)),
            "vatNumber": G(lambda f: f.pick(["NL", "BE0", "PL"]) + f.digits(9)),
            "billingEmail": P(
                "facturen@initech.nl", "ksiegowosc@globex.pl", "ap@umbrella.be", "finance@bol-logistics.nl"
            ),
            "mobilityBudgetEur": G(lambda f: f.r.randint(50, 400)),
            "website": P("https://initech.nl", "https://globex.pl", "https://umbrella.be"),
            "createdAt": G(lambda f: f.iso()),
        },
        weight=0.5,
    ),
    E("alias", None, ["web", "swift", "kotlin"], {}, weight=0.5),
]

ACCOUNT = [
    E(
        "track",
        "Signed Up",
        APPS,
        {
            "signup_method": P("email", "apple", "google", "itsme"),
            "email": Y(lambda f: f.email(), "email"),
            "referral_code": G(lambda f: f.token(8).upper()),
            "marketing_consent": P(True, False),
            "country": P("NL", "BE", "PL"),
            "terms_version": P("2024-03", "2024-06"),
        },
    ),
    E(
        "track",
        "Signed In",
        APPS,
        {
            "method": P("password", "magic_link", "apple", "google"),
            "identifier": Y(lambda f: f.pick([f.email(), f.email(), f.phone()]), "email|phone", True),
            "success": P(True, True, True, False),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "mfa_used": P(True, False),
            "session_id": G(lambda f: f.uuid()),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Magic Link Opened",
        ["web", "swift", "kotlin"],
        {
            "link": RED(
                lambda f: (
                    f.pick(
                        ["https://transito.eu/auth/verify?token=", "https://www.transito.pl/login/magic?t="]
                    )
                    + f.token(43)
                ),
                "token",
                True,
            ),
            "expires_in_sec": P(600, 900),
        },
    ),
    E(
        "track",
        "Verification Code Entered",
        MOBILE,
        {
            "otp_code": RED(lambda f: f.otp(), "token"),
            "channel": P("sms", "whatsapp", "email"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "valid": P(True, True, False),
            "phone_country": P("NL", "BE", "PL", "UA"),
        },
    ),
    E(
        "track",
        "Password Changed",
        ["web", "swift", "kotlin"],
        {
            "password_strength": P("weak", "fair", "strong", "very_strong"),
            "logout_other_devices": P(True, False),
        },
        weight=0.6,
    ),
    E(
        "track",
        "Form Submitted",
        ["web"],
        {
            "form_id": P("signup-form", "register_modal", "rejestracja"),
            "form_name": P("Create account", "Account aanmaken", "Załóż konto"),
            "fields": {
                "email": Y(lambda f: f.email(), "email"),
                "password": RED(
                    lambda f: f.token(f.r.randint(9, 16)) + f.pick(["!", "#", "2024", ""]), "password"
                ),
                "first_name": Y(lambda f: f.first(), "name"),
                "accept_terms": C("on"),
                "newsletter": P("on", "off"),
            },
            "duration_ms": G(lambda f: f.r.randint(4000, 90000)),
        },
        weight=0.6,
        page=("/signup", "Account aanmaken | Transito"),
    ),
    E(
        "track",
        "Profile Updated",
        APPS,
        {
            "fields_changed": Many(P("email", "phone", "address", "birthday", "language", "avatar"), 3),
            "new_email": Y(lambda f: f.email(), "email"),
            "old_email": Y(lambda f: f.email(), "email"),
            "source": P("settings", "checkout", "support_agent"),
            "email_changed": P(True, False),
        },
    ),
    E(
        "track",
        "itsme Login Completed",
        ["node"],
        {
            "provider": C("itsme"),
            "acr": P(
                "http://itsme.services/v2/claim/acr_basic", "http://itsme.services/v2/claim/acr_advanced"
            ),
            "claims": {
                "sub": G(lambda f: f.token(30).lower()),
                "name": Y(lambda f: f.full_name(), "name"),
                "given_name": Y(lambda f: f.first(), "name"),
                "family_name": Y(lambda f: f.last(), "name"),
                "birthdate": Y(lambda f: f.dob(), "birthdate"),
                "gender": Y(lambda f: f.pick(["male", "female"]), "gender"),
                "locale": P("nl", "fr", "de"),
                "phone_number": Y(lambda f: f.phone_be(), "phone"),
                "phone_number_verified": C(True),
                "email_verified": P(True, False),
                "be_national_number": RED(lambda f: f.rrn(), "national id"),
                "address": {
                    "street_address": Y(lambda f: f.street_be(), "street|address"),
                    "postal_code": Y(lambda f: f.postcode_be(), "zipcode"),
                    "locality": Y(lambda f: f.pick(BE_CITIES), "city"),
                    "country": C("BE"),
                },
            },
            "latency_ms": G(lambda f: f.r.randint(300, 4000)),
        },
    ),
]

PLANNING = [
    E(
        "track",
        "Journey Searched",
        APPS,
        {
            "search_id": G(lambda f: f.uuid()),
            "origin": {
                "name": G(lambda f: f.stop()[1]),
                "stop_id": G(lambda f: f.stop()[0]),
                "lat": G(lambda f: f.stop()[3]),
                "lng": G(lambda f: f.stop()[4]),
            },
            "destination": {
                "name": G(
                    lambda f: f.pick(
                        [f.any_stop()[1], "Rijksmuseum", "Atomium", "Wawel", "Ziggo Dome", "Stadion Narodowy"]
                    )
                ),
                "city": G(lambda f: f.any_stop()[2]),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Museumstraat 1, Amsterdam",
                            "Place de l'Atomium 1, Bruxelles",
                            "Wawel 5, Kraków",
                            "De Passage 100, Amsterdam",
                        ]
                    )
                ),
                "lat": G(lambda f: f.any_stop()[3]),
                "lng": G(lambda f: f.any_stop()[4]),
            },
            "depart_at": G(lambda f: f.iso()),
            "modes": Many(P("train", "bus", "tram", "metro", "escooter", "bike"), 4),
            "passengers": G(lambda f: f.r.randint(1, 5)),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "used_current_location": P(True, False),
        },
        weight=2.5,
    ),
    E(
        "track",
        "Trip Option Selected",
        APPS,
        {
            "search_id": G(lambda f: f.uuid()),
            "itinerary_id": G(lambda f: f.hexid(16)),
            "legs": Many(
                {
                    "mode": P("train", "bus", "tram", "metro", "walk"),
                    "line": P("IC 3500", "Sprinter 4000", "Tram 5", "M1", "Bus 175", "S1", "TLK 18104"),
                    "from_stop": G(lambda f: f.any_stop()[1]),
                    "to_stop": G(lambda f: f.any_stop()[1]),
                },
                4,
            ),
            "duration_min": G(lambda f: f.r.randint(6, 240)),
            "transfers": G(lambda f: f.r.randint(0, 3)),
            "price_eur": G(lambda f: f.money(1, 60)),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Saved Place Added",
        APPS,
        {
            "place_id": G(lambda f: f.uuid()),
            "label": P("Thuis", "Werk", "Home", "Dom", "Praca", "School", "Sportschool", "Oma", "Maison"),
            "address": Y(lambda f: f.full_address(), "address"),
            "latitude": Y(lambda f: f.glat(), "geolocation"),
            "longitude": Y(lambda f: f.glon(), "geolocation"),
        },
    ),
    E(
        "track",
        "Home Address Autocomplete Used",
        ["web", "rn", "flutter"],
        {
            "input": Y(
                lambda f: (
                    f.pick([f.street_nl(), f.street_pl(), f.street_be()])
                    + f.pick(["", "", ", ", ", " + f.city()[:3]])
                ),
                "address|street",
                True,
            ),
            "provider": P("google_places", "pdok_locatieserver", "here"),
            "session_token": G(lambda f: f.uuid()),
            "suggestions_count": G(lambda f: f.r.randint(0, 5)),
            "purpose": C("home_address"),
        },
    ),
    E(
        "track",
        "Nearby Stops Viewed",
        MOBILE,
        {
            "latitude": Y(lambda f: f.glat(), "geolocation"),
            "longitude": Y(lambda f: f.glon(), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 80)),
            "radius_m": P(250, 500, 1000),
            "stops_returned": G(lambda f: f.r.randint(0, 25)),
        },
        weight=1.5,
        location=True,
    ),
    E(
        "screen",
        "Departure Board",
        MOBILE,
        {
            "station_code": G(lambda f: f.stop()[0]),
            "station_name": G(lambda f: f.stop()[1]),
            "platform_filter": P("all", "1", "5a", "12"),
            "refresh_count": G(lambda f: f.r.randint(0, 10)),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Journey Shared",
        MOBILE,
        {
            "share_channel": P("whatsapp", "sms", "copy_link", "messenger"),
            "recipient_name": Y(lambda f: f.first(), "name"),
            "eta_minutes": G(lambda f: f.r.randint(3, 120)),
            "share_url": G(lambda f: "https://transito.eu/s/" + f.token(10)),
        },
    ),
    E(
        "track",
        "Help Center Searched",
        ["web"],
        {
            "q": P(
                "refund delay",
                "ov chipkaart kwijt",
                "jak zwrócić bilet",
                "uitchecken vergeten",
                "mandat",
                "remboursement",
                "student ov",
                "scooter helmet",
                "bilet rodzinny",
            ),
            "results_count": G(lambda f: f.r.randint(0, 30)),
        },
        page=("/help", "Help | Transito"),
    ),
    E(
        "page",
        "Home",
        ["web"],
        {
            "path": C("/"),
            "url": G(lambda f: f.pick(["https://transito.eu/", "https://www.transito.pl/"])),
            "title": C("Transito - plan, pay, ride"),
            "referrer": P("", "https://www.google.com/", "https://www.bing.com/"),
            "search": P("", "?utm_source=google&utm_medium=cpc", "?lang=pl"),
        },
        weight=2,
        page=("/", "Transito - plan, pay, ride"),
    ),
    E(
        "page",
        "Pricing",
        ["web"],
        {
            "path": C("/pricing"),
            "url": G(lambda f: f.pick(["https://transito.eu/pricing", "https://www.transito.pl/pricing"])),
            "title": C("Prices and passes | Transito"),
            "referrer": P("", "https://transito.eu/"),
            "search": P("", "?plan=family"),
        },
        page=("/pricing", "Prices and passes | Transito"),
    ),
]

COMMERCE = [
    E(
        "track",
        "Product List Viewed",
        APPS,
        {
            "list_id": P("passes", "day_tickets", "bilety_okresowe", "family"),
            "category": P("subscription", "day_ticket", "pass", "single"),
            "products": Many({**ticket_product(), "position": G(lambda f: f.r.randint(1, 12))}, 4),
        },
    ),
    E(
        "track",
        "Product Viewed",
        APPS,
        {
            **ticket_product(),
            "currency": P("EUR", "PLN"),
            "valid_days": P(1, 3, 30, 365),
            "zones": Many(P("A", "B", "1", "2", "Strefa 1"), 2),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Product Added",
        APPS,
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.pick(TICKETS)[0]),
            "sku": G(lambda f: f.pick(TICKETS)[0] + "-STD"),
            "price": G(lambda f: f.pick(TICKETS)[3]),
            "quantity": G(lambda f: f.r.randint(1, 4)),
            "traveller_type": P("adult", "child", "senior", "student", "dog", "bike"),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Checkout Started",
        APPS,
        {
            "order_id": G(lambda f: f.digits(10)),
            "value": G(lambda f: f.money(2, 400)),
            "revenue": G(lambda f: f.money(2, 400)),
            "tax": G(lambda f: f.money(0, 30)),
            "coupon": P("", "ZOMER24", "STUDENT10", "WELKOM"),
            "currency": P("EUR", "PLN"),
            "products": Many(ticket_product(), 3),
        },
    ),
    E(
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(10)),
            "step": C(3),
            "payment_method": P("card", "ideal", "bancontact", "blik", "apple_pay"),
            "card": {
                "brand": P("visa", "mastercard", "maestro", "bancontact"),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "bin": G(lambda f: f.pick(["4" + f.digits(5), "5" + f.digits(5), "670300"])),
            },
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
                "country": P("NL", "BE", "PL"),
            },
            "save_card": P(True, False),
        },
    ),
    E(
        "track",
        "Order Completed",
        [*APPS, "node"],
        {
            "order_id": G(lambda f: f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(2, 400)),
            "revenue": G(lambda f: f.money(2, 400)),
            "tax": G(lambda f: f.money(0, 30)),
            "currency": P("EUR", "PLN"),
            "payment_method": P("card", "ideal", "bancontact", "blik", "apple_pay", "google_pay"),
            "transaction_number": G(lambda f: f.lucky_order_number()),
            "products": Many(ticket_product(), 3),
            "passengers": Many(
                {
                    "first_name": Y(lambda f: f.first(), "name"),
                    "last_name": Y(lambda f: f.last(), "name"),
                    "birth_date": Y(lambda f: f.dob(), "birthdate"),
                    "passenger_type": P("adult", "youth", "senior", "child"),
                    "seat": G(lambda f: f"{f.r.randint(11, 128)}{f.pick(['', 'A', 'B'])}"),
                    "coach": G(lambda f: f.r.randint(1, 14)),
                },
                3,
            ),
            "confirmation_email": Y(lambda f: f.email(), "email"),
            "booking_reference": G(lambda f: f.token(6).upper()),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Order Refunded",
        ["node", "python"],
        {
            "order_id": G(lambda f: f.digits(10)),
            "refund_id": G(lambda f: "re_" + f.token(24)),
            "amount": G(lambda f: f.money(1, 300)),
            "currency": P("EUR", "PLN"),
            "reason": P("duplicate", "delay", "strike", "requested_by_customer"),
            "refund_iban": RED(lambda f: f.any_iban(), "bank account"),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "bic": P("INGBNL2A", "RABONL2U", "ABNANL2A", "GEBABEBB", "KREDBEBB", "BPKOPLPW", "BREXPLPW"),
        },
    ),
    E(
        "track",
        "Ticket Activated",
        MOBILE,
        {
            "ticket_id": G(lambda f: f.uuid()),
            "product_name": G(lambda f: f.pick(TICKETS)[1]),
            "valid_from": G(lambda f: f.iso()),
            "valid_until": G(lambda f: f.iso()),
            "zones": Many(P("A", "B", "1", "2"), 2),
            "barcode_type": P("aztec", "qr"),
            "activation_delay_s": G(lambda f: f.r.randint(0, 600)),
        },
        weight=1.5,
    ),
    E(
        "screen",
        "Ticket Detail",
        MOBILE,
        {
            "ticket_id": G(lambda f: f.uuid()),
            "holder_name": Y(lambda f: f.full_name(), "name"),
            "brightness_boosted": P(True, False),
            "seconds_visible": G(lambda f: f.r.randint(1, 300)),
            "offline": P(True, False),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Ticket Gifted",
        APPS,
        {
            "ticket_id": G(lambda f: f.uuid()),
            "recipient": Y(lambda f: f.email(), "email", True),
            "sender_display_name": Y(lambda f: f.first(), "name"),
            "message": P(
                "Veel plezier in Amsterdam!",
                "Wszystkiego najlepszego!",
                "Bon voyage :)",
                "Enjoy the weekend",
                "Miłej podróży!",
            ),
            "product_name": G(lambda f: f.pick(TICKETS)[1]),
        },
    ),
    E(
        "track",
        "Subscription Started",
        ["web", "node"],
        {
            "subscription_id": G(lambda f: "sub_" + f.token(14)),
            "plan": P("Altijd Vrij", "Dal Voordeel", "Weekend Vrij", "Transito Family Pass"),
            "billing_interval": P("month", "year"),
            "price": G(lambda f: f.money(5, 360)),
            "mandate_id": G(lambda f: "mdt_" + f.token(10)),
            "iban": RED(lambda f: f.iban(f.pick(["NL", "BE"])), "bank account"),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
        },
    ),
    E(
        "track",
        "Subscription Cancelled",
        APPS,
        {
            "subscription_id": G(lambda f: "sub_" + f.token(14)),
            "plan": P("Altijd Vrij", "Dal Voordeel", "Weekend Vrij", "Transito Family Pass"),
            "reason": P("too_expensive", "moved", "working_from_home", "switched_to_bike", "other"),
            "reason_text": P(
                "Ik werk nu thuis",
                "Za drogo",
                "Moved abroad",
                "",
                "Ik fiets liever",
                "Przeprowadzka do innego miasta",
            ),
        },
    ),
    E(
        "track",
        "Mollie Payment Webhook",
        ["php"],
        {
            "id": G(lambda f: "tr_" + f.token(10)),
            "status": P("paid", "failed", "expired", "canceled"),
            "method": C("ideal"),
            "amount": {"value": G(lambda f: f"{f.money(2, 400):.2f}"), "currency": C("EUR")},
            "description": G(lambda f: "Transito order " + f.digits(10)),
            "details": {
                "consumerName": Y(lambda f: f.full_name(), "name"),
                "consumerAccount": RED(lambda f: f.iban("NL").replace(" ", ""), "bank account"),
                "consumerBic": P("INGBNL2A", "RABONL2U", "ABNANL2A", "SNSBNL2A", "BUNQNL2A"),
            },
        },
    ),
    E(
        "track",
        "Stripe Charge Succeeded",
        ["node"],
        {
            "id": G(lambda f: "evt_" + f.token(24)),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + f.token(24)),
                    "amount": G(lambda f: f.r.randint(200, 40000)),
                    "currency": P("eur", "pln"),
                    "customer": G(lambda f: "cus_" + f.token(14)),
                    "payment_method": RED(lambda f: "pm_" + f.token(24), "token"),
                    "billing_details": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone": Y(lambda f: f.phone(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "city": Y(lambda f: f.city(), "city"),
                            "postal_code": Y(lambda f: f.zip(), "zipcode"),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": P("visa", "mastercard", "amex"),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": P("NL", "BE", "PL", "DE"),
                        },
                        "type": C("card"),
                    },
                    "receipt_email": Y(lambda f: f.email(), "email"),
                },
            },
        },
    ),
    E(
        "track",
        "BLIK Payment Submitted",
        ["web", "kotlin"],
        {
            "blik_code": RED(lambda f: f.otp(), "token"),
            "order_id": G(lambda f: f.digits(10)),
            "amount_pln": G(lambda f: f.money(3, 300)),
            "bank": P("PKO BP", "mBank", "ING Bank Śląski", "Santander", "Pekao"),
            "save_alias": P(True, False),
        },
    ),
    E(
        "track",
        "Card Payment Failed",
        ["java"],
        {
            "order_id": G(lambda f: f.digits(10)),
            "psp_reference": G(lambda f: f.digits(16)),
            "refusal_reason": P("Not enough balance", "Expired Card", "3D Not Authenticated", "Refused"),
            "pan": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "shopper_ip": Y(lambda f: f.ipv4(), "ip"),
        },
        weight=0.6,
    ),
    E(
        "track",
        "Invoice Requested",
        ["dotnet"],
        {
            "InvoiceNumber": G(lambda f: "INV-2024-" + f.digits(6)),
            "CompanyName": P("Initech B.V.", "Globex Polska sp. z o.o.", "Umbrella NV", "Bol Logistics"),
            "VatNumber": G(lambda f: f.pick(["NL", "BE0", "PL"]) + f.digits(9)),
            "ContactPerson": Y(lambda f: f.full_name(), "name"),
            "ContactEmail": Y(lambda f: f.email(), "email"),
            "CostCenter": G(lambda f: "CC-" + f.digits(4)),
            "TotalExclVat": G(lambda f: f.money(5, 3000)),
            "InvoiceAddress": P(
                "Herengracht 420, 1017 BZ Amsterdam",
                "ul. Prosta 51, 00-838 Warszawa",
                "Rue Royale 2, 1000 Bruxelles",
            ),
        },
        weight=0.6,
    ),
]

CARDS_AND_TAPS = [
    E(
        "track",
        "Contactless Card Linked",
        MOBILE,
        {
            "card_brand": P("visa", "mastercard", "maestro", "vpay"),
            "last4": G(lambda f: f.digits(4)),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "wallet": P("apple_pay", "google_pay", "physical"),
            "card_token": RED(lambda f: "tok_" + f.token(24), "token"),
            "issuer_country": P("NL", "BE", "PL", "DE"),
            "cards_linked": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    E(
        "track",
        "Transit Card Registered",
        APPS,
        {
            "card_number": G(lambda f: f.ov_card()),
            "card_type": P("personal", "anonymous", "business"),
            "expiry_date": G(lambda f: f.date(2025, 2030)),
            "has_photo": P(True, False),
            "holder": {
                "name": Y(lambda f: f.full_name(), "name"),
                "birth_date": Y(lambda f: f.dob(), "birthdate"),
            },
            "photo_url": Y(lambda f: f"https://cdn.transito.eu/pasfoto/{f.uuid()}.jpg", "photo"),
            "products_loaded": Many(
                P("Dal Voordeel", "Studentenreisproduct", "Keuzedag", "Reizen op saldo"), 2
            ),
        },
    ),
    E(
        "track",
        "Card Topped Up",
        APPS,
        {
            "card_number": G(lambda f: f.ov_card()),
            "amount": P(10, 20, 30, 50),
            "method": P("ideal", "bancontact", "card", "autoload"),
            "balance_after": G(lambda f: f.money(0, 150)),
        },
    ),
    E(
        "track",
        "Check In",
        ["java", "go"],
        {
            "tap_id": G(lambda f: f.uuid()),
            "media_type": P("transit_card", "emv", "qr", "ov_pay"),
            "card_number": G(lambda f: f.ov_card()),
            "validator_id": G(lambda f: "VAL-" + f.digits(6)),
            "stop_code": G(lambda f: f.stop()[0]),
            "stop_name": G(lambda f: f.stop()[1]),
            "operator": G(lambda f: f.pick(OPERATORS)),
            "line": P("IC", "Sprinter", "5", "13", "M1", "175", "N85"),
            "location": tap_location(),
            "tapped_at": G(lambda f: f.iso()),
        },
        weight=4,
    ),
    E(
        "track",
        "Check Out",
        ["java", "go"],
        {
            "tap_id": G(lambda f: f.uuid()),
            "journey_id": G(lambda f: f.uuid()),
            "media_type": P("transit_card", "emv", "qr", "ov_pay"),
            "card_number": G(lambda f: f.ov_card()),
            "validator_id": G(lambda f: "VAL-" + f.digits(6)),
            "stop_code": G(lambda f: f.stop()[0]),
            "stop_name": G(lambda f: f.stop()[1]),
            "operator": G(lambda f: f.pick(OPERATORS)),
            "location": tap_location(),
            "tapped_at": G(lambda f: f.iso()),
            "fare": G(lambda f: f.money(0.9, 30)),
            "distance_km": G(lambda f: round(f.r.uniform(0.5, 180), 1)),
            "discount_applied": P("none", "dal_40", "student", "senior_34"),
            "balance_after": G(lambda f: f.money(0, 100)),
        },
        weight=4,
    ),
    E(
        "track",
        "Missing Check-out Correction Requested",
        ["web", "rn"],
        {
            "card_number": G(lambda f: f.ov_card()),
            "journey_date": G(lambda f: f.iso_date()),
            "from_station": G(lambda f: f.stop()[1]),
            "to_station": G(lambda f: f.any_stop()[1]),
            "correction_amount": G(lambda f: f.money(1, 20)),
            "explanation": P(
                "Paal was kapot",
                "Forgot to tap out, train was full",
                "Trein was te laat, haast",
                "Kasownik nie działał",
                "Validator at platform 3 did not respond",
            ),
        },
        page=("/service/uitchecken-vergeten", "Uitchecken vergeten | Transito"),
    ),
    E(
        "track",
        "Park And Ride Session Ended",
        ["python"],
        {
            "session_id": G(lambda f: f.uuid()),
            "facility": P("P+R Zeeburg", "P+R Sloterdijk", "P+R Kraków Czerwone Maki", "Park+Ride Wezembeek"),
            "kenteken": Y(lambda f: f.plate(), "license"),
            "entry_time": G(lambda f: f.iso()),
            "exit_time": G(lambda f: f.iso()),
            "pr_tariff_applied": P(True, False),
            "ov_checkins_verified": G(lambda f: f.r.randint(0, 2)),
        },
    ),
]

CONCESSIONS = [
    E(
        "track",
        "Concession Application Submitted",
        ["web", "swift", "kotlin"],
        {
            "application_id": G(lambda f: f.uuid()),
            "concession_type": P("student", "senior", "youth", "low_income", "jobseeker"),
            "proof_document_type": P("student_card", "id_card", "municipal_pass", "benefit_letter"),
            "institution": P(
                "Universiteit Utrecht",
                "KU Leuven",
                "Uniwersytet Jagielloński",
                "Hogeschool Rotterdam",
                "ULB",
                "Politechnika Warszawska",
            ),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "household_income": Y(lambda f: f.r.randint(9000, 42000), "salary"),
            "household_size": G(lambda f: f.r.randint(1, 6)),
            "disability_concession": RED(lambda f: f.pick([True, False, False]), "disability"),
            "companion_card": RED(lambda f: f.pick([True, False, False]), "disability"),
            "upload_id": G(lambda f: f.uuid()),
            "documents_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    E(
        "track",
        "Ulga Przyznana",
        ["php"],
        {
            "imię": Y(lambda f: f.first(), "name"),
            "nazwisko": Y(lambda f: f.last(), "name"),
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "data_urodzenia": Y(lambda f: f.dob(), "birthdate"),
            "rodzaj_ulgi": P(
                "studencka", "uczniowska", "senior", "honorowy dawca krwi", "Karta Dużej Rodziny"
            ),
            "orzeczenie_o_niepelnosprawnosci": RED(lambda f: f.pick([True, False]), "disability"),
            "stopien_niepelnosprawnosci": RED(
                lambda f: f.pick(["lekki", "umiarkowany", "znaczny"]), "disability"
            ),
            "numer_karty_duzej_rodziny": G(lambda f: f.digits(8)),
        },
    ),
    E(
        "track",
        "Veteran Free Travel Activated",
        ["java"],
        {
            "veteranenpas": RED(lambda f: True, "veteran"),
            "veteranenpas_nummer": RED(lambda f: "VP" + f.digits(7), "veteran"),
            "geldig_tot": G(lambda f: f.date(2025, 2030)),
            "klantnummer": G(lambda f: f.digits(9)),
        },
        weight=0.6,
    ),
    E(
        "track",
        "Tarif Préférentiel BIM Demandé",
        ["ruby"],
        {
            "statut_bim": P(True, False),
            "mutualité": P("Mutualité chrétienne", "Solidaris", "Partena", "Helan", "CM"),
            "numero_affiliation_mutualite": Y(lambda f: f.digits(3) + "/" + f.digits(7), "identification"),
            "numéro_registre_national": RED(lambda f: f.rrn(), "national id"),
            "date_de_naissance": Y(lambda f: f.dob(), "birthdate"),
            "prénom": Y(lambda f: f.first(), "name"),
            "nom": Y(lambda f: f.last(), "name"),
            "abonnement": P("MOBIB Basic", "Brupass XL", "Buzzy Pazz"),
        },
        weight=0.7,
    ),
    E(
        "track",
        "Travel Assistance Booked",
        ["web", "swift", "kotlin"],
        {
            "booking_id": G(lambda f: f.digits(8)),
            "from_station": G(lambda f: f.stop()[1]),
            "to_station": G(lambda f: f.any_stop()[1]),
            "travel_date": G(lambda f: f.iso()),
            "assistance_type": RED(
                lambda f: f.pick(
                    ["wheelchair_ramp", "visual_impairment_guidance", "mobility_scooter", "hearing_loop"]
                ),
                "disability",
            ),
            "travels_with_guide_dog": RED(lambda f: f.pick([True, False]), "disability"),
            "companion_name": Y(lambda f: f.full_name(), "name"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "meeting_point": P("Servicebalie", "Meeting point hal", "Punkt obsługi podróżnych"),
        },
    ),
    E(
        "track",
        "Temporary Protection Travel Registered",
        ["python"],
        {
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "nationality": Y(lambda f: f.pick(["UA", "Ukrainian", "BY"]), "citizenship"),
            "temporary_protection_status": RED(lambda f: f.pick(["granted", "pending", "UKR"]), "visa"),
            "residence_card_number": RED(lambda f: f.pick(["RP", "PL"]) + f.digits(7), "national id"),
        },
        weight=0.6,
    ),
]

FAMILY = [
    E(
        "track",
        "Family Member Added",
        APPS,
        {
            "family_pass_id": G(lambda f: f.uuid()),
            "member": {
                "first_name": Y(lambda f: f.first(), "name"),
                "birth_date": Y(lambda f: f.child_dob(), "birthdate"),
                "relationship": P("child", "partner", "grandchild"),
                "age": G(lambda f: f.r.randint(4, 17)),
                "card_label": Y(
                    lambda f: f.pick(["Kaart ", "Karta ", "", "Carte "]) + f.first(), "name", True
                ),
            },
        },
    ),
    E(
        "track",
        "Kids Travel Free Ticket Issued",
        ["node", "swift"],
        {
            "ticket_id": G(lambda f: f.uuid()),
            "accompanying_adult_id": G(lambda f: f.digits(9)),
            "children": Many(
                {
                    "name": Y(lambda f: f.first(), "name"),
                    "birth_year": Y(lambda f: f.r.randint(2012, 2021), "birthdate"),
                    "age_band": P("4-11", "0-3"),
                },
                3,
            ),
        },
    ),
    E(
        "track",
        "Guardian Consent Given",
        ["web"],
        {
            "minor_user_id": G(lambda f: f.uuid()),
            "guardian_name": Y(lambda f: f.full_name(), "name"),
            "guardian_email": Y(lambda f: f.email(), "email"),
            "guardian_phone": Y(lambda f: f.phone(), "phone"),
            "relation": P("mother", "father", "legal_guardian"),
            "minor_age": G(lambda f: f.r.randint(12, 17)),
        },
        page=("/ouder-toestemming", "Toestemming ouder | Transito"),
    ),
    E(
        "track",
        "Dog Ticket Purchased",
        APPS,
        {
            "ticket_id": G(lambda f: f.uuid()),
            "dog": {
                "name": P("Bobby", "Luna", "Max", "Fikus", "Nala", "Reksio", "Guus"),
                "breed": P("labrador", "jack russell", "kundel", "border collie"),
            },
            "price": P(3.5, 4.0, 3.4),
            "owner_name": Y(lambda f: f.full_name(), "name"),
        },
        weight=0.6,
    ),
]

MICROMOBILITY = [
    E(
        "track",
        "Vehicle Unlocked",
        MOBILE,
        {
            "ride_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: f.pick(["SC", "EB", "MP"]) + f.digits(6)),
            "vehicle_type": P("escooter", "ebike", "emoped"),
            "qr_code": G(lambda f: f.token(6).upper()),
            "operator": G(lambda f: f.pick(MOBILITY_OPS)),
            "battery_pct": G(lambda f: f.r.randint(12, 100)),
            "start_lat": Y(lambda f: f.glat(), "geolocation"),
            "start_lng": Y(lambda f: f.glon(), "geolocation"),
        },
        weight=2.5,
        location=True,
    ),
    E(
        "track",
        "Ride Ended",
        MOBILE,
        {
            "ride_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: f.pick(["SC", "EB", "MP"]) + f.digits(6)),
            "end_lat": Y(lambda f: f.glat(), "geolocation"),
            "end_lng": Y(lambda f: f.glon(), "geolocation"),
            "distance_m": G(lambda f: f.r.randint(200, 12000)),
            "duration_s": G(lambda f: f.r.randint(90, 4000)),
            "fare": G(lambda f: f.money(1, 25)),
            "currency": P("EUR", "PLN"),
            "parking_zone_id": G(lambda f: "PZ-" + f.digits(5)),
        },
        weight=2.5,
        location=True,
    ),
    E(
        "track",
        "Ride Route Uploaded",
        ["go"],
        {
            "ride_id": G(lambda f: f.uuid()),
            "points": Many(
                {
                    "lat": Y(lambda f: f.glat(), "geolocation"),
                    "lng": Y(lambda f: f.glon(), "geolocation"),
                    "ts": G(lambda f: f.epoch_ms()),
                    "speed_kmh": G(lambda f: round(f.r.uniform(0, 25), 1)),
                },
                6,
            ),
            "polyline": Y(lambda f: f.polyline(), "geolocation"),
        },
    ),
    E(
        "track",
        "Emoped Rental Started",
        MOBILE,
        {
            "ride_id": G(lambda f: f.uuid()),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "helmet_taken": P(True, False),
            "driver_license_verified": C(True),
            "operator": P("Felyx", "Check", "GO Sharing"),
        },
    ),
    E(
        "track",
        "Driving Licence Check Completed",
        ["node"],
        {
            "check_id": G(lambda f: f.uuid()),
            "result": P("clear", "consider", "rejected"),
            "document_type": C("driving_licence"),
            "document_number": Y(
                lambda f: f.pick(
                    [
                        f.digits(10),
                        "Q" + f.digits(6) + "0",
                        f.digits(5) + "/" + f.digits(2) + "/" + f.digits(4),
                    ]
                ),
                "license",
            ),
            "issuing_country": P("NLD", "BEL", "POL", "DEU", "UKR"),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "selfie_url": Y(lambda f: f"https://files.transito.eu/kyc/{f.uuid()}/selfie.jpg", "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
        },
    ),
    E(
        "track",
        "Parking Fine Passed On",
        ["python"],
        {
            "fine_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(15, 110)),
            "reason": P("outside_parking_zone", "blocking_sidewalk", "no_parking_area"),
            "municipality": P(
                "Gemeente Amsterdam", "Stad Gent", "Miasto Stołeczne Warszawa", "Gemeente Utrecht"
            ),
            "vehicle_id": G(lambda f: f.pick(["SC", "EB", "MP"]) + f.digits(6)),
            "parked_location": tap_location(),
        },
        weight=0.7,
    ),
    E(
        "track",
        "Damage Reported",
        MOBILE,
        {
            "vehicle_id": G(lambda f: f.pick(["SC", "EB", "MP"]) + f.digits(6)),
            "damage_type": P("flat_tyre", "brake", "display", "kickstand", "other"),
            "description": P(
                "Rem werkt niet goed",
                "Front brake squeaks",
                "Nie działa wyświetlacz",
                "Stuur zit los",
                "Bell missing",
            ),
            "photos_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    E(
        "track",
        "Accident Reported",
        ["rn", "kotlin"],
        {
            "incident_id": G(lambda f: f.uuid()),
            "ride_id": G(lambda f: f.uuid()),
            "injury_reported": Y(lambda f: f.pick([True, False]), "condition"),
            "injuries": Y(
                lambda f: f.pick(
                    [
                        "sprained wrist",
                        "skręcona kostka",
                        "hoofdwond",
                        "broken collarbone",
                        "schaafwonden knie",
                    ]
                ),
                "condition|diagnosis",
            ),
            "third_party_involved": P(True, False),
            "third_party_name": Y(lambda f: f.full_name(), "name"),
            "third_party_phone": Y(lambda f: f.phone(), "phone"),
            "police_report_number": G(lambda f: "PL" + f.digits(4) + "-" + f.digits(6)),
            "location": tap_location(),
        },
        weight=0.6,
    ),
]

INSPECTION = [
    E(
        "track",
        "Inspection Performed",
        ["kotlin"],
        {
            "inspection_id": G(lambda f: f.uuid()),
            "inspector_id": G(lambda f: "INS-" + f.digits(4)),
            "inspector_name": Y(lambda f: f.full_name(), "name"),
            "line": P("IC 3500", "Tram 5", "M2", "Bus 175", "Tram 52"),
            "stop_name": G(lambda f: f.stop()[1]),
            "result": P("valid", "valid", "invalid", "no_ticket", "not_checked_in"),
            "media_checked": P("transit_card", "emv", "qr", "paper"),
            "handheld_serial": G(lambda f: "HH" + f.digits(8)),
        },
        weight=2,
    ),
    E(
        "track",
        "Fine Issued",
        ["kotlin", "java"],
        {
            "fine_number": G(lambda f: f.pick(["WZ/", "PV-", "BOETE-"]) + f.digits(8)),
            "amount": P(50, 75, 266, 107, 550),
            "currency": P("EUR", "PLN"),
            "offender": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "birth_date": Y(lambda f: f.dob(), "birthdate"),
                "address": Y(lambda f: f.full_address(), "address"),
                "id_document_type": P("dowod_osobisty", "identiteitskaart", "paspoort", "eid"),
                "id_document_number": RED(lambda f: f.id_document(), "national id|passport"),
            },
            "inspector_badge": G(lambda f: f.digits(5)),
            "note": Y(note_with_name, "name", True),
        },
        weight=1.2,
    ),
    E(
        "track",
        "Wezwanie Do Zapłaty Wystawione",
        ["php"],
        {
            "numer_wezwania": G(lambda f: "KB/" + f.digits(6) + "/2024"),
            "imię": Y(lambda f: f.first(), "name"),
            "nazwisko": Y(lambda f: f.last(), "name"),
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "adres": Y(lambda f: f.full_address(), "address"),
            "numer_dowodu": RED(lambda f: f.pl_id_card(), "national id"),
            "kwota": P(266, 302, 150),
            "linia": P("175", "13", "M1", "520"),
            "kontroler_id": G(lambda f: f.digits(4)),
        },
        weight=0.8,
    ),
    E(
        "track",
        "Boete Betaald",
        ["java"],
        {
            "boetenummer": G(lambda f: "BOETE-" + f.digits(8)),
            "bedrag": P(50, 75, 107),
            "betaalmethode": P("ideal", "overboeking", "acceptgiro"),
            "rekeningnummer": RED(lambda f: f.iban("NL"), "bank account"),
            "naam_rekeninghouder": Y(lambda f: f.full_name(), "name"),
            "betaald_op": G(lambda f: f.iso()),
        },
        weight=0.8,
    ),
    E(
        "track",
        "Fine Appealed",
        ["web"],
        {
            "fine_number": G(lambda f: f.pick(["WZ/", "PV-", "BOETE-"]) + f.digits(8)),
            "appeal_reason": P("had_valid_ticket", "validator_broken", "app_crashed", "other"),
            "statement": P(
                "My phone died right before the check",
                "Het incheckpaaltje was defect",
                "Bilet był skasowany w aplikacji",
                "I bought the ticket 1 minute before boarding",
            ),
            "attachments_count": G(lambda f: f.r.randint(0, 3)),
        },
        page=("/boete/bezwaar", "Bezwaar maken | Transito"),
    ),
    E(
        "track",
        "Inspector Shift Started",
        ["kotlin"],
        {
            "shift_id": G(lambda f: f.uuid()),
            "inspector_id": G(lambda f: "INS-" + f.digits(4)),
            "inspector_email": Y(lambda f: f.work_email("transito.eu"), "email"),
            "team": P("Noord", "Centrum", "Zespół Praga", "Equipe Bruxelles"),
            "hourly_rate": Y(lambda f: f.money(16, 28), "salary"),
            "region": P("NL-NH", "PL-14", "BE-BRU"),
        },
        weight=0.7,
    ),
]

SUPPORT = [
    E(
        "track",
        "Delay Refund Requested",
        ["web", "swift", "kotlin"],
        {
            "refund_id": G(lambda f: f.uuid()),
            "train_number": G(lambda f: str(f.r.randint(800, 39999))),
            "delay_minutes": G(lambda f: f.r.randint(30, 240)),
            "journey_date": G(lambda f: f.iso_date()),
            "amount": G(lambda f: f.money(2, 60)),
            "iban": RED(lambda f: f.any_iban(), "bank account"),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "compensation_type": P("money", "voucher"),
        },
        page=("/geld-terug", "Geld terug bij vertraging | Transito"),
    ),
    E(
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": P(
                    "Dubbel betaald",
                    "Refund not received",
                    "Problem z doładowaniem",
                    "Scooter would not lock",
                    "Carte MOBIB bloquée",
                ),
                "description": P(
                    "I was charged twice for the same day ticket.",
                    "Mijn kaart is geblokkeerd na het opladen.",
                    "Nie mogę aktywować biletu w aplikacji.",
                    "The scooter did not end my ride.",
                    "Je n'ai pas reçu mon remboursement.",
                ),
                "priority": P("low", "normal", "high", "urgent"),
                "tags": Many(P("refund", "card", "scooter", "vip", "pl", "nl"), 3),
                "requester": {
                    "id": G(lambda f: f.r.randint(10**11, 10**12)),
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                },
                "assignee": {
                    "id": G(lambda f: f.r.randint(10**11, 10**12)),
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.work_email("transito.eu"), "email"),
                },
                "custom_fields": Many(
                    {
                        "id": P(360001234567, 360007654321, 360009999111),
                        "value": G(
                            lambda f: f.pick([f.ov_card(), "refund_request", f.digits(10), "nl", None])
                        ),
                    },
                    3,
                ),
            },
        },
    ),
    E(
        "track",
        "Support Chat Message Sent",
        ["rn", "web"],
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "author_type": C("user"),
            "text": Y(chat_with_contact, "phone|email", True),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
            "language_detected": P("nl", "pl", "en", "fr"),
        },
    ),
    E(
        "track",
        "Lost Item Reported",
        ["web", "kotlin"],
        {
            "report_id": G(lambda f: "LF-" + f.digits(7)),
            "item_category": P("wallet", "phone", "backpack", "keys", "umbrella", "laptop"),
            "item_description": P(
                "black Eastpak backpack with a laptop",
                "blauwe paraplu",
                "czarny portfel skórzany",
                "Sleutelbos met Ajax-hanger",
                "grey Samsung phone in a red case",
            ),
            "lost_at_stop": G(lambda f: f.stop()[1]),
            "contact_email": Y(lambda f: f.email(), "email"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "office_phone": P("+31 88 671 7070", "+32 2 528 28 28", "+48 22 19 115"),
            "office_email": P(
                "gevondenvoorwerpen@transito.eu",
                "rzeczy.znalezione@transito.pl",
                "objets.trouves@transito.eu",
            ),
            "office_address": P(
                "Stationsplein 15, 1012 AB Amsterdam",
                "ul. Senatorska 37, 00-099 Warszawa",
                "Avenue Fonsny 47B, 1060 Bruxelles",
            ),
        },
    ),
    E(
        "track",
        "SMS Sent",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": P("+3197010250420", "Transito", "+48732106207", "+32460230040"),
            "To": Y(
                lambda f: f.pick([f"+316{f.digits(8)}", f"+48{f.digits(9)}", f"+324{f.digits(8)}"]), "phone"
            ),
            "Body": RED(sms_body, "token", True),
            "MessageStatus": P("delivered", "sent", "undelivered", "failed"),
            "ToCountry": P("NL", "PL", "BE"),
        },
    ),
    E(
        "track",
        "Email Event Received",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": P("delivered", "open", "click", "bounce", "unsubscribe"),
            "sg_message_id": G(lambda f: f.token(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.token(16)}@transito.eu>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UA_WEB)),
            "category": Many(P("receipt", "delay_alert", "newsletter", "password_reset"), 2),
            "url": P(
                "https://transito.eu/tickets",
                "https://transito.eu/geld-terug",
                "https://www.transito.pl/ulgi",
            ),
        },
    ),
    E(
        "track",
        "NPS Survey Submitted",
        APPS,
        {
            "survey_id": G(lambda f: "nps_" + f.digits(4)),
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": P(
                "Great app, but the scooter map is slow",
                "Te duur geworden",
                "Super, polecam",
                "Check-out failed twice",
                "",
                "Très pratique à Bruxelles",
            ),
            "wants_contact": P(True, False),
        },
    ),
    E(
        "track",
        "Delay Alert Subscribed",
        APPS,
        {
            "route_id": G(lambda f: f.hexid(12)),
            "notify_via": P("push", "sms", "whatsapp", "email"),
            "whatsapp_number": Y(lambda f: f.phone(), "phone"),
            "window_start": P("07:00", "07:30", "08:15"),
        },
    ),
    E(
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": P("delay_refund", "lost_item", "contact"),
            "field": {
                "name": P("contact", "reach_me", "kontakt"),
                "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            },
            "duration_ms": G(lambda f: f.r.randint(300, 15000)),
            "autofilled": P(True, False),
        },
    ),
    E(
        "track",
        "Verification Started",
        ["python", "go"],
        {
            "sid": G(lambda f: "VE" + f.hexid(32)),
            "service_sid": G(lambda f: "VA" + f.hexid(32)),
            "to": Y(
                lambda f: f.pick([f"+316{f.digits(8)}", f"+48{f.digits(9)}", f.email()]), "phone|email", True
            ),
            "channel": P("sms", "email", "whatsapp"),
            "status": C("pending"),
        },
    ),
    E(
        "track",
        "Seat Reserved",
        ["web", "swift", "kotlin"],
        {
            "reservation_id": G(lambda f: f.token(8).upper()),
            "train_number": G(lambda f: str(f.r.randint(800, 39999))),
            "coach": G(lambda f: f.r.randint(1, 14)),
            "seat": G(lambda f: f"{f.r.randint(11, 128)}"),
            "lead_passenger": Y(lambda f: f.full_name(), "name", True),
            "party_size": G(lambda f: f.r.randint(1, 6)),
        },
    ),
]

BUSINESS = [
    E(
        "track",
        "Mobility Budget Assigned",
        ["dotnet"],
        {
            "EmployeeId": G(lambda f: "E" + f.digits(6)),
            "EmployerName": P("Initech B.V.", "Globex Polska sp. z o.o.", "Umbrella NV", "Bol Logistics"),
            "JobTitle": P(
                "Warehouse Operator", "Software Engineer", "Account Manager", "Nurse", "Kierownik zmiany"
            ),
            "MonthlyBudgetEur": G(lambda f: f.r.randint(50, 400)),
            "CostCenter": G(lambda f: "CC-" + f.digits(4)),
            "EmployeeEmail": Y(lambda f: f.email(), "email"),
            "ManagerName": Y(lambda f: f.full_name(), "name"),
            "HomePostcode": Y(lambda f: f.zip(), "zipcode"),
            "CommuteDistanceKm": G(lambda f: round(f.r.uniform(1, 80), 1)),
            "AnnualSalary": Y(lambda f: f.r.randint(28000, 95000), "salary"),
        },
    ),
    E(
        "track",
        "Referral Sent",
        APPS,
        {
            "referral_code": G(lambda f: f.token(8).upper()),
            "channel": P("email", "whatsapp", "copy_link"),
            "referee_email": Y(lambda f: f.email(), "email"),
            "reward_eur": P(5, 10),
        },
    ),
    E(
        "track",
        "Ad Conversion Forwarded",
        ["node"],
        {
            "event_name": P("Purchase", "CompleteRegistration", "Subscribe"),
            "event_id": G(lambda f: f.uuid()),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f.fbc(), "advertising id"),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "client_user_agent": G(lambda f: f.pick(UA_WEB)),
            "value": G(lambda f: f.money(2, 400)),
            "currency": P("EUR", "PLN"),
        },
    ),
    E(
        "track",
        "Integration Webhook Configured",
        ["ruby"],
        {
            "integration": P("payroll_export", "expense_tool", "hr_sync"),
            "endpoint_url": P("https://hooks.initech.nl/transito", "https://api.globex.pl/webhooks/mobility"),
            "signing_secret": RED(lambda f: "whsec_" + f.token(32), "secret"),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "configured_by_user_id": G(lambda f: f.uuid()),
        },
        weight=0.5,
    ),
]

LIFECYCLE = [
    E(
        "track",
        "Application Opened",
        MOBILE,
        {
            "version": G(lambda f: f.pick(APP_VERSIONS)),
            "build": G(lambda f: str(f.r.randint(41800, 42099))),
            "from_background": P(True, False),
            "url": P("", "transito://ticket/today", "https://transito.eu/t/active"),
        },
        weight=2,
    ),
    E(
        "track",
        "Push Notification Opened",
        MOBILE,
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "message_title": P(
                "Je trein is vertraagd", "Twój bilet wygasa za 10 min", "Ton abonnement expire"
            ),
            "deep_link": P("transito://disruptions", "transito://tickets", "transito://scooters"),
        },
    ),
]

EVENTS = (
    IDENTIFY + ACCOUNT + PLANNING + COMMERCE + CARDS_AND_TAPS + CONCESSIONS + FAMILY + MICROMOBILITY
    + INSPECTION + SUPPORT + BUSINESS + LIFECYCLE
)  # fmt: skip


def message(f: T, spec: dict, labels: dict) -> dict:
    f.new_message()
    client = f.pick(spec["clients"])
    kind = spec["kind"]
    msg: dict = {
        "type": kind,
        "messageId": f.uuid() if client != "web" else "ajs-next-" + f.hexid(32),
        "timestamp": f.iso(),
    }
    if f.r.random() < 0.85 or kind == "alias":
        msg["userId"] = f.pick(["usr_" + f.token(12), f.digits(9), f.uuid()])
    if client in APPS or "userId" not in msg:
        msg["anonymousId"] = f.uuid()
    if kind == "track":
        msg["event"] = spec["name"]
    elif kind in ("page", "screen"):
        msg["name"] = spec["name"]
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId", f.uuid())
    section = "traits" if kind in ("identify", "group") else "properties"
    if spec["body"]:
        msg[section] = render(spec["body"], f, section, labels)
    context = context_for(f, client, spec["page"])
    if spec["location"] and client in MOBILE and f.r.random() < 0.7:
        context["location"] = {
            "latitude": Y(lambda f: f.glat(), "geolocation"),
            "longitude": Y(lambda f: f.glon(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 6), 2)),
        }
    msg["context"] = render(context, f, "context", labels)
    if client != "web":
        msg["integrations"] = f.pick([{}, {"All": True}, {"Braze": False}])
    return msg


def build(seed: int, scale: float):
    f = T(seed)
    labels: dict[str, dict] = {}
    events = []
    for spec in EVENTS:
        for _ in range(max(4, round(spec["weight"] * scale))):
            events.append(message(f, spec, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=112, scale=22)
    write(Path(__file__).parent, "holdout112_", events, labels)
