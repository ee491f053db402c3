"""Writes holdout203: tests/corpus/holdout203_events.jsonl and holdout203_labels.json.

Sealed: written from the Segment spec, the reference's default matchers and the labelling policy
only, without reading the detection engine, its vocabularies, its tests or any other corpus's
labels, and without running the engine on these events. Nothing here was tuned to the engine.

What it covers: the tracking plan of "Celebra", a wedding and event venue booking marketplace in
Italy, India and Mexico. Venue search, listings and enquiries; couples' profiles (names, wedding
date, guest counts, religion of the ceremony, budget); vendor quotes (caterers with dietary mixes,
photographers, decorators, mehendi artists, mariachis); RSVP and guest-list management with guests'
and their children's details, seating and place cards; deposits and instalments by card, SEPA
bonifico, SPEI (CLABE) and UPI; financing, wedding insurance, visa invitation letters for guests,
hotel check-in at venues; vendor onboarding, staff shifts, galleries, chat, WhatsApp and e-mail
webhooks, server-side ad conversions, a warehouse reverse-ETL identify.

Clients and their `context` blocks: analytics.js (page, userAgentData, campaign, consent),
analytics-swift (device token, IDFA, stored traits), analytics-kotlin, analytics-react-native,
analytics_flutter (the vendor app, with context.location), and server libraries python, node, go,
java, ruby, php and .NET (Analytics.NET). Message types: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; about a fifth of the paths others: PascalCase (.NET
services, Twilio webhooks), kebab-case (a photographers' CRM relay), SCREAMING_SNAKE (warehouse
reverse ETL), Italian keys (a PHP back office), Spanish keys (the Mexican back office) and romanised
Hindi keys (the Indian back office). Values are coherent per market within a message (names, phone
formats, addresses, postcodes, currencies, locales) with foreign guests mixed in; identifiers carry
their real check digits: codice fiscale check letter, Italian IBAN CIN and mod-97, Aadhaar Verhoeff,
CURP and RFC check digits, CLABE weights 3-7-1, GSTIN mod-36 and the Partita IVA's Luhn digit.

Labels (one per leaf path, flattened by portal.events.flatten): classification red / yellow /
green, the matcher name as type (`a|b` when either is fair) and value_only (the key does not say
what the value is; a value_only PII path holds that PII in every value it takes). Rules followed:
- The default colours of the reference's matchers; outside them red for credentials, secrets,
  card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we or a processor issue (booking, order, quote, Stripe pi_/cus_, Razorpay pay_, CFDI
  folio UUIDs, SPEI clave de rastreo), SKUs, versions, timestamps, amounts, counters, enums and
  booleans under PII-sounding keys (emailVerified, phones_missing, passwordStrength), hashes of
  non-PII (document and file SHA-256, a hashed user id), venue/vendor/hotel/product/pet names,
  places that are not the person's (searched destinations, a venue's address, city, phone and
  coordinates), business identifiers (GSTIN, Partita IVA, a company's 12-character RFC), bank
  routing codes (IFSC, BIC, ABI/bank names), card brand, BIN, last four and expiry, user agents,
  OS-issued device ids, wedding and event dates, ages and age bands, marital status, employers and
  job titles, a business's own e-mail/phone/address (info@, no-reply@, a Twilio business number).
- Policy cases: insurance policy numbers yellow `identification`; pay and hourly rates and income
  yellow `salary`; credit (CIBIL) scores yellow `credit score`; vehicle plates yellow `license`;
  fbp, fbc and gclid yellow `advertising id`; billing and shipping addresses of the person yellow
  `address`; a Stripe pm_ id, one-time codes and sign-in links red `token`; identity-document
  numbers (Aadhaar, PAN, CURP, a person's RFC, codice fiscale) red `national id`, passport numbers
  red `passport`; whether a guest needs a visa red `visa`.
- Special categories: the ceremony's religion, the Italian `rito` (civile / concordatario / ...)
  and a Hindu gotra are yellow `religion` (gotra `religion|ethnicity`); a couple type revealing a
  same-sex couple is yellow `sexual orientation`; a partner's role bride/groom and a guest's
  salutation yellow `gender`; a guest's dietary requirements mixing halal/kosher/jain with
  allergies yellow `religion|allergy|condition`; a guest's need for step-free access red
  `disability`. Aggregated counts (jain_count, halal_count) are green: they describe no person.
- Decisions where the policy is silent (what a careful privacy owner would flag): a UPI VPA is a
  payment account address, red `bank account`; a vendor's payout account number is red
  `bank account` even for a company (many vendors are sole traders); a SHA-256 of a person's
  e-mail or phone (ad-platform user_data) is still that person's identifier: yellow `email` /
  `phone`; an APNs device token is red `token`; a gallery download PIN is red `secret`; the last
  four of an Aadhaar number are red `national id` like the last four of an SSN; a birth time and a
  birthplace asked for a horoscope match are yellow `birthdate` and `city`; a masked destination
  ("+91 98•••••210") is green like a card's last four; a staff member's own mobile, name and work
  e-mail are personal (yellow), the venue's switchboard and role mailbox are not; a staff member's
  hourly rate is pay (yellow `salary`), a vendor's price per hour is a price (green); wedding-website
  subdomains, titles and hashtags built from the couple's first names are `name`, value_only.
- Free text is labelled by what every one of its values carries: green when none does.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and identifiers for the three markets --------------------------------------------

FIRST = {
    "IT": [
        "Giulia",
        "Francesca",
        "Chiara",
        "Martina",
        "Sara",
        "Alessia",
        "Elena",
        "Beatrice",
        "Marco",
        "Alessandro",
        "Lorenzo",
        "Matteo",
        "Andrea",
        "Davide",
        "Riccardo",
        "Tommaso",
    ],
    "IN": [
        "Priya",
        "Ananya",
        "Kavya",
        "Ishita",
        "Meera",
        "Aditi",
        "Harpreet",
        "Nandini",
        "Zoya",
        "Aarav",
        "Rohan",
        "Arjun",
        "Vikram",
        "Siddharth",
        "Gurpreet",
        "Anirudh",
        "Imran",
        "Varun",
    ],
    "MX": [
        "Sofía",
        "Valentina",
        "Ximena",
        "Guadalupe",
        "María Fernanda",
        "Daniela",
        "Regina",
        "Itzel",
        "Diego",
        "Santiago",
        "Mateo",
        "José Luis",
        "Emiliano",
        "Juan Pablo",
        "Rodrigo",
        "Luis Ángel",
    ],
    "XX": [
        "Emma",
        "Olivia",
        "Liam",
        "Wei",
        "Fatima",
        "Kofi",
        "Yuki",
        "Noor",
        "Zanele",
        "Björn",
        "Chloé",
        "Siobhán",
        "Mehmet",
        "Anastasia",
        "Tomás",
        "Thandiwe",
        "Hiroshi",
        "Amara",
    ],
}
LAST = {
    "IT": [
        "Rossi",
        "Bianchi",
        "Esposito",
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
        "Moretti",
        "Fontana",
        "D'Angelo",
    ],
    "IN": [
        "Sharma",
        "Patel",
        "Iyer",
        "Reddy",
        "Singh",
        "Gupta",
        "Nair",
        "Mehta",
        "Banerjee",
        "Kapoor",
        "Chatterjee",
        "Menon",
        "Deshmukh",
        "Agarwal",
        "Khan",
        "Joshi",
        "Pillai",
        "Malhotra",
    ],
    "MX": [
        "Hernández",
        "García",
        "Martínez",
        "López",
        "González",
        "Rodríguez",
        "Pérez",
        "Sánchez",
        "Ramírez",
        "Flores",
        "Torres",
        "Rivera",
        "Gómez",
        "Díaz",
        "Cruz",
        "Morales",
        "Reyes",
        "Castillo",
    ],
    "XX": [
        "Schmidt",
        "Brown",
        "O'Connor",
        "Chen",
        "Al-Sayed",
        "Mensah",
        "Tanaka",
        "Haddad",
        "Dlamini",
        "Lindqvist",
        "Dubois",
        "Nguyen",
        "Kowalski",
        "Okafor",
        "Öztürk",
        "Ivanova",
        "MacLeod",
        "Kim",
    ],
}
MAIL = {
    "IT": ["gmail.com", "libero.it", "outlook.it", "hotmail.it", "icloud.com", "virgilio.it"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com", "icloud.com"],
    "MX": ["gmail.com", "hotmail.com", "outlook.es", "prodigy.net.mx", "yahoo.com.mx", "icloud.com"],
    "XX": ["gmail.com", "outlook.com", "web.de", "yahoo.co.uk", "proton.me", "icloud.com"],
}
CITY_CODES = {
    "IT": [
        ("Milano", "201", "F205"),
        ("Roma", "001", "H501"),
        ("Firenze", "501", "D612"),
        ("Napoli", "801", "F839"),
        ("Bologna", "401", "A944"),
        ("Torino", "101", "L219"),
        ("Bari", "701", "A662"),
        ("Palermo", "901", "G273"),
        ("Verona", "371", "L781"),
    ],
    "IN": [
        ("Bengaluru", "5600", "KA"),
        ("New Delhi", "1100", "DL"),
        ("Mumbai", "4000", "MH"),
        ("Pune", "4110", "MH"),
        ("Jaipur", "3020", "RJ"),
        ("Kolkata", "7000", "WB"),
        ("Chennai", "6000", "TN"),
        ("Hyderabad", "5000", "TS"),
        ("Lucknow", "2260", "UP"),
    ],
    "MX": [
        ("Cuauhtémoc", "067", "DF"),
        ("Benito Juárez", "031", "DF"),
        ("Guadalajara", "446", "JC"),
        ("Zapopan", "451", "JC"),
        ("Monterrey", "640", "NL"),
        ("Mérida", "971", "YN"),
        ("Puebla", "720", "PL"),
        ("Querétaro", "760", "QT"),
        ("San Pedro Garza García", "662", "NL"),
    ],
}
IT_STREETS = [
    "Via Giuseppe Garibaldi",
    "Corso Vittorio Emanuele II",
    "Via Dante Alighieri",
    "Viale Mazzini",
    "Via XX Settembre",
    "Piazza Santo Spirito",
    "Via dei Mille",
    "Corso Cavour",
    "Vicolo del Moro",
]
IN_LINES = [
    "Flat {n}, Sai Krupa Apartments, 14th Cross, Indiranagar",
    "B-{n}, Greater Kailash II",
    "{n}/3, MG Road, Koramangala 4th Block",
    "House No. {n}, Sector 21",
    "{n}, Shanti Niketan Society, Baner Road",
    "Plot {n}, Jubilee Hills Road No. 36",
    "C-{n}, Vaishali Nagar",
]
MX_STREETS = [
    "Av. Insurgentes Sur",
    "Calle Durango",
    "Av. Chapultepec",
    "Calle Morelos",
    "Privada de los Pinos",
    "Av. Vallarta",
    "Calle 60",
    "Blvd. Díaz Ordaz",
    "Calle Hidalgo",
]
MX_COLONIAS = ["Roma Norte", "Del Valle", "Polanco", "Providencia", "Centro", "Condesa", "Del Carmen"]
MARKETS = ["IT", "IN", "MX"]
CURRENCY = {"IT": "EUR", "IN": "INR", "MX": "MXN"}
LOCALE = {"IT": "it-IT", "IN": "en-IN", "MX": "es-MX"}
TZ = {"IT": "Europe/Rome", "IN": "Asia/Kolkata", "MX": "America/Mexico_City"}
NATIONALITY = {"IT": "Italian", "IN": "Indian", "MX": "Mexican"}
XX_NATIONALITY = ["British", "German", "Nigerian", "Chinese", "Emirati", "South African", "Canadian"]
VENUES = {
    "IT": [
        "Villa Balbiano",
        "Castello di Vincigliata",
        "Borgo Santo Pietro",
        "Villa Cimbrone",
        "Tenuta Corbinaia",
        "Masseria Potenti",
    ],
    "IN": [
        "Taj Lake Palace",
        "The Leela Palace Udaipur",
        "Umaid Bhawan Palace",
        "ITC Grand Goa",
        "Chattarpur Farms by Ferns N Petals",
        "Rambagh Palace",
    ],
    "MX": [
        "Hacienda San Gabriel de las Palmas",
        "Hacienda Temozón",
        "Casa Chablé",
        "Rosewood San Miguel",
        "Jardín Los Arcos",
        "Hacienda Sotuta de Peón",
    ],
}
VENUE_CITY = {
    "IT": ["Como", "Firenze", "Ravello", "Siena", "Lecce", "Monopoli"],
    "IN": ["Udaipur", "Jaipur", "Jodhpur", "Goa", "New Delhi", "Mumbai"],
    "MX": ["Tulum", "San Miguel de Allende", "Mérida", "Cuernavaca", "Valle de Bravo", "Oaxaca"],
}
VENUE_PHONE = {
    "IT": ["+39 031 440 2010", "+39 055 599 000", "+39 089 857 111", "+39 0577 751 222"],
    "IN": ["+91 294 242 8800", "+91 141 221 1919", "+91 832 272 1234", "+91 11 4055 5555"],
    "MX": ["+52 984 871 2345", "+52 415 152 9700", "+52 999 923 8089", "+52 777 312 4455"],
}
VENDORS = {
    "IT": ["Studio Luce Fotografia", "Fiori di Campo Eventi", "Catering Da Vinci srl", "Musica Sposi"],
    "IN": [
        "Sharma Caterers Pvt Ltd",
        "Shutter Down Photography",
        "Ferns N Petals Decor",
        "Neha Mehendi Arts",
    ],
    "MX": [
        "Banquetes La Hacienda",
        "Mariachi Vargas Eventos",
        "Fotografía Luz de Luna",
        "Decoraciones Xochitl",
    ],
}
MARKET_WEIGHTS = ["IT", "IT", "IN", "IN", "IN", "MX", "MX"]


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True))
_ODD.update(
    dict(
        zip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
            strict=True,
        )
    )
)
_EVEN = {**{str(d): d for d in range(10)}, **{chr(65 + i): i for i in range(26)}}


def _it_check_letter(text: str) -> str:
    """The codice fiscale / CIN check: odd positions (1-based) by one table, even by the other."""
    total = sum(_ODD[c] if i % 2 == 0 else _EVEN[c] for i, c in enumerate(text))
    return chr(65 + total % 26)


def _mod97_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(number: str) -> str:
    c = 0
    for i, d in enumerate(reversed(number)):
        c = _VD[c][_VP[(i + 1) % 8][int(d)]]
    return str(_VINV[c])


_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
_GST_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _first_internal(word: str, vowels: bool) -> str:
    for c in word[1:]:
        if (c in "AEIOU") == vowels and c.isalpha():
            return c
    return "X"


class W(Fake):
    """Fake with a current market (IT, IN, MX) so one message's values agree with each other."""

    market = "IT"

    def mk(self, foreign=0.0):
        return "XX" if self.r.random() < foreign else self.market

    # -- names and contact details --
    def first(self, foreign=0.15):
        return self.pick(FIRST[self.mk(foreign)])

    def last(self, foreign=0.15):
        return self.pick(LAST[self.mk(foreign)])

    def full_name(self, foreign=0.15):
        m = self.mk(foreign)
        if m == "MX":
            return f"{self.pick(FIRST[m])} {self.pick(LAST[m])} {self.pick(LAST[m])}"
        return f"{self.pick(FIRST[m])} {self.pick(LAST[m])}"

    def email(self, foreign=0.1):
        m = self.mk(foreign)
        first = plain(self.pick(FIRST[m])).lower().replace(" ", "")
        last = plain(self.pick(LAST[m])).lower().replace("'", "").replace(" ", "").replace("-", "")
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(80, 99)}",
                f"{first}_{last}",
                f"{first[0]}{last}",
                f"{last}.{first}{self.r.randint(1, 9)}",
                f"{first}.{last}.{self.r.randint(1990, 2001)}",
            ]
        )
        return f"{user}@{self.pick(MAIL[m])}"

    def phone(self, style=None, foreign=0.05):
        m = self.mk(foreign)
        r = self.r
        if m == "IT":
            a, b, c = r.randint(320, 393), r.randint(100, 999), r.randint(1000, 9999)
            return self.pick([f"+39 {a} {b} {c}", f"{a} {b}{c}", f"+39{a}{b}{c}", f"{a}-{b}{c}"])
        if m == "IN":
            a, b = r.randint(70000, 99999), r.randint(10000, 99999)
            return self.pick([f"+91 {a} {b}", f"+91{a}{b}", f"0{a} {b}", f"{a}{b}", f"+91-{a}-{b}"])
        if m == "MX":
            area = self.pick(["55", "33", "81", "999", "984"])
            rest = (
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)}"
                if len(area) == 2
                else (f"{r.randint(100, 999)} {r.randint(1000, 9999)}")
            )
            return self.pick(
                [
                    f"+52 {area} {rest}",
                    f"+52 1 {area} {rest}",
                    f"{area} {rest}",
                    f"+52{area}{rest.replace(' ', '')}",
                ]
            )
        return super().phone()

    def e164(self):
        m = self.market
        if m == "IT":
            return f"+39{self.r.randint(320, 393)}{self.digits(7)}"
        if m == "IN":
            return "+91" + self.pick("9876") + self.digits(9)
        return "+52" + self.pick(["55", "33", "81"]) + self.digits(8)

    def wa_number(self):
        m = self.market
        if m == "IT":
            return "39" + str(self.r.randint(320, 393)) + self.digits(7)
        if m == "IN":
            return "91" + self.pick(["9", "8", "7"]) + self.digits(9)
        return "521" + self.pick(["55", "33", "81"]) + self.digits(8)

    # -- addresses --
    def city_row(self):
        return self.pick(CITY_CODES[self.market])

    def home_city(self):
        if self.r.random() < 0.1:
            return Fake.city(self)
        return self.city_row()[0]

    def street(self):
        m = self.market
        n = self.r.randint(1, 240)
        if m == "IT":
            return f"{self.pick(IT_STREETS)} {n}" + self.pick(["", "", ", int. 5", ", scala B"])
        if m == "IN":
            return self.pick(IN_LINES).format(n=n)
        return f"{self.pick(MX_STREETS)} {n}" + self.pick(["", " Int. 4", " Depto. 302", ""])

    def zip(self):
        m = self.market
        row = self.city_row()
        if m == "IT":
            return row[1] + f"{self.r.randint(0, 99):02d}"
        if m == "IN":
            return row[1] + f"{self.r.randint(1, 99):02d}"
        return row[1] + f"{self.r.randint(0, 99):02d}"

    def full_address(self):
        m = self.market
        city, prefix, _ = self.city_row()
        if m == "IT":
            return f"{self.street()}, {prefix}{self.r.randint(0, 99):02d} {city}"
        if m == "IN":
            return f"{self.street()}, {city} {prefix}{self.r.randint(1, 99):02d}"
        return f"{self.street()}, Col. {self.pick(MX_COLONIAS)}, {prefix}{self.r.randint(0, 99):02d} {city}"

    # -- identifiers with real check digits --
    def codice_fiscale(self):
        last = plain(self.pick(LAST["IT"])).upper().replace("'", "").replace(" ", "")
        first = plain(self.pick(FIRST["IT"])).upper()
        female = first.endswith("A") and first != "ANDREA"

        def part(word, is_name):
            cons = [c for c in word if c.isalpha() and c not in "AEIOU"]
            vows = [c for c in word if c in "AEIOU"]
            if is_name and len(cons) >= 4:
                return cons[0] + cons[2] + cons[3]
            return "".join(cons + vows + ["X", "X", "X"])[:3]

        year, month, day = self.r.randint(1975, 2000), self.r.randint(1, 12), self.r.randint(1, 28)
        body = (
            part(last, False)
            + part(first, True)
            + f"{year % 100:02d}"
            + "ABCDEHLMPRST"[month - 1]
            + f"{day + (40 if female else 0):02d}"
            + self.pick(CITY_CODES["IT"])[2]
        )
        return body + _it_check_letter(body)

    def iban_it(self, spaced=None):
        abi = self.pick(["03069", "02008", "05034", "01030", "03062", "08327"])
        cab = f"{self.r.randint(1000, 99999):05d}"
        conto = f"{self.r.randint(0, 10**12 - 1):012d}"
        cin = _it_check_letter(abi + cab + conto)
        bban = cin + abi + cab + conto
        raw = "IT" + _mod97_check("IT", bban) + bban
        spaced = self.r.random() < 0.4 if spaced is None else spaced
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw

    def aadhaar(self, spaced=None):
        body = str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        n = body + verhoeff_digit(body)
        spaced = self.r.random() < 0.6 if spaced is None else spaced
        return f"{n[:4]} {n[4:8]} {n[8:]}" if spaced else n

    def pan(self, kind="P"):
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        surname = plain(self.pick(LAST["IN"]))[0].upper()
        return (
            "".join(self.pick(letters) for _ in range(3))
            + kind
            + surname
            + f"{self.r.randint(1, 9999):04d}"
            + self.pick(letters)
        )

    def gstin(self):
        state = self.pick(["27", "29", "07", "08", "24", "33"])
        body = state + self.pan("C") + str(self.r.randint(1, 9)) + "Z"
        total = 0
        for i, c in enumerate(body):
            p = _GST_CHARS.index(c) * (1 if i % 2 == 0 else 2)
            total += p // 36 + p % 36
        return body + _GST_CHARS[(36 - total % 36) % 36]

    def partita_iva(self):
        return self.luhn_complete(f"{self.r.randint(100000, 9999999):07d}" + self.pick(["015", "037", "058"]))

    def _mx_person(self):
        pat = plain(self.pick(LAST["MX"])).upper()
        mat = plain(self.pick(LAST["MX"])).upper()
        name = plain(self.pick(FIRST["MX"])).upper().split()[0]
        year, month, day = self.r.randint(1978, 2002), self.r.randint(1, 12), self.r.randint(1, 28)
        return pat, mat, name, year, month, day

    def curp(self):
        pat, mat, name, year, month, day = self._mx_person()
        body = (
            pat[0]
            + _first_internal(pat, True)
            + mat[0]
            + name[0]
            + f"{year % 100:02d}{month:02d}{day:02d}"
            + self.pick(["H", "M"])
            + self.pick(["DF", "JC", "NL", "YN", "PL", "QT"])
            + _first_internal(pat, False)
            + _first_internal(mat, False)
            + _first_internal(name, False)
            + (str(self.r.randint(0, 9)) if year < 2000 else self.pick("ABCDEF"))
        )
        total = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def _rfc_check(self, body12: str) -> str:
        total = sum(_RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(body12))
        rest = total % 11
        return "0" if rest == 0 else ("A" if 11 - rest == 10 else str(11 - rest))

    def rfc_person(self):
        pat, mat, name, year, month, day = self._mx_person()
        alnum = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"
        body = (
            pat[0]
            + _first_internal(pat, True)
            + mat[0]
            + name[0]
            + f"{year % 100:02d}{month:02d}{day:02d}"
            + self.pick("123456789ABCDEFGHIJKLMNPQRSTUV")
            + self.pick(alnum)
        )
        return body + self._rfc_check(body)

    def rfc_company(self):
        alnum = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"
        body = (
            "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
            + f"{self.r.randint(5, 22):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            + self.pick("123456789ABCDEFGHIJKLMNPQRSTUV")
            + self.pick(alnum)
        )
        return body + self._rfc_check(" " + body)

    def clabe(self):
        body = self.pick(["002", "012", "014", "072", "021", "127"]) + self.pick(["180", "320", "580", "650"])
        body += f"{self.r.randint(0, 10**11 - 1):011d}"
        total = sum(int(d) * w % 10 for d, w in zip(body, [3, 7, 1] * 6, strict=False))
        return body + str((10 - total % 10) % 10)

    def in_account(self):
        return self.digits(self.pick([11, 12, 14, 16]))

    def payout_account(self):
        return {"IT": self.iban_it, "IN": self.in_account, "MX": self.clabe}[self.market]()

    def routing_code(self):
        m = self.market
        if m == "IT":
            return self.pick(["BCITITMM", "UNCRITMM", "BPMOIT22XXX", "BAPPIT21"])
        if m == "IN":
            return (
                self.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"]) + "0" + f"{self.r.randint(1, 99999):06d}"
            )
        return self.pick(["002", "012", "014", "072", "021"])

    def upi(self):
        first = plain(self.pick(FIRST["IN"])).lower()
        last = plain(self.pick(LAST["IN"])).lower()
        handle = self.pick(["okhdfcbank", "oksbi", "okicici", "ybl", "paytm", "axl", "ibl"])
        user = self.pick([f"{first}.{last}", f"{first}{self.r.randint(10, 99)}", "9" + self.digits(9)])
        return f"{user}@{handle}"

    def passport(self):
        m = self.mk(0.15)
        if m == "IN":
            return self.pick("JKLMNPRSTUVWZ") + self.digits(7)
        if m == "IT":
            return "Y" + self.pick("ABCDEFGH") + self.digits(7)
        if m == "MX":
            return self.pick(["G", "N"]) + self.digits(8)
        return self.pick([self.digits(9), "C" + self.hexid(8).upper()])

    def nationality(self):
        return self.pick(XX_NATIONALITY) if self.r.random() < 0.2 else NATIONALITY[self.market]

    def plate(self):
        m = self.market
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"
        if m == "IN":
            return (
                f"{self.pick(['MH', 'DL', 'KA', 'RJ', 'TS'])} {self.r.randint(1, 20):02d} "
                f"{self.pick(letters)}{self.pick(letters)} {self.r.randint(1, 9999):04d}"
            )
        if m == "IT":
            a, b, c, d = (self.pick(letters) for _ in range(4))
            return f"{a}{b} {self.r.randint(100, 999)}{c}{d}"
        a, b, c, d = (self.pick(letters) for _ in range(4))
        return f"{a}{b}{c}-{self.r.randint(100, 999)}-{d}"

    # -- dates and money --
    def wedding_date(self):
        return f"{self.r.randint(2025, 2026)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def dob(self):
        return self.date(1975, 2001)

    def iso(self):
        r = self.r
        day = f"{r.choice([2024, 2025])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        clock = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return f"{day}T{clock}.{r.randint(0, 999):03d}Z"

    def cur(self):
        return CURRENCY[self.market]

    def amount(self, lo_eur=50, hi_eur=5000):
        factor = {"IT": 1, "IN": 90, "MX": 20}[self.market]
        return round(self.r.uniform(lo_eur, hi_eur) * factor, 2)

    def venue(self):
        return self.pick(VENUES[self.market])

    def vendor(self):
        return self.pick(VENDORS[self.market])

    def sha256(self):
        return self.hexid(64)


def staff_email(f: W) -> str:
    first = plain(f.first(0)).lower().replace(" ", "")
    last = plain(f.last(0)).lower().replace("'", "").replace(" ", "")
    domain = {"IT": "studioluce.it", "IN": "shutterdown.in", "MX": "luzdeluna.mx"}[f.market]
    return f"{first}.{last}@{domain}"


# -- contexts ---------------------------------------------------------------------------------------

WEB_PAGES = [
    ("/", "Celebra | Wedding venues in Italy, India & Mexico"),
    ("/venues/italy/lake-como", "Wedding venues on Lake Como | Celebra"),
    ("/venues/india/udaipur", "Palace wedding venues in Udaipur | Celebra"),
    ("/venues/mexico/tulum", "Bodas en Tulum | Celebra"),
    ("/vendors/photographers/milano", "Fotografi matrimonio Milano | Celebra"),
    ("/planning/guest-list", "Guest list | Celebra Planner"),
    ("/planning/seating", "Seating chart | Celebra Planner"),
    ("/checkout/deposit", "Pay your deposit | Celebra"),
    ("/rsvp", "RSVP | Celebra"),
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.113 Mobile Safari/537.36",
]


def web_context(f: W, page):
    path, title = page
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.73.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.instagram.com/",
                        "https://www.pinterest.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "?utm_source=instagram&utm_medium=paid_social",
                        "?ref=nav",
                        "?guests=150&date=2025-11",
                    ]
                )
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://www.celebra.events" + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "125", "99", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick([LOCALE[f.market], "en-US", "en-GB", "hi-IN"])),
        "timezone": G(lambda f: TZ[f.market]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }
    if f.r.random() < 0.45:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(
                    ["destination_weddings_2025", "udaipur_palaces", "bodas_tulum", "sposi_lago"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "instagram", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(["lake como wedding venue", "udaipur palace wedding", "hacienda boda"])
            ),
            "content": G(lambda f: f.pick(["carousel_v2", "video_15s", "hero_banner"])),
        }
    return ctx


def mobile_traits():
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "weddingDate": G(lambda f: f.wedding_date()),
        "plan": G(lambda f: f.pick(["free", "planner_plus", "concierge"])),
    }


def swift_context(f: W):
    return {
        "app": {
            "name": G(lambda f: "Celebra"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
            "build": G(lambda f: f.pick(["4180", "4182", "4190"])),
            "namespace": G(lambda f: "events.celebra.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: LOCALE[f.market]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: TZ[f.market]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }


ANDROID_MODELS = [
    ("samsung", "SM-A546E"),
    ("Xiaomi", "23021RAAEG"),
    ("OnePlus", "CPH2487"),
    ("Google", "Pixel 7a"),
    ("motorola", "moto g54 5G"),
]


def kotlin_context(f: W):
    maker, model = f.pick(ANDROID_MODELS)
    return {
        "app": {
            "name": G(lambda f: "Celebra"),
            "version": G(lambda f: f.pick(["4.18.1", "4.19.0", "4.17.3"])),
            "build": G(lambda f: f.pick(["41801", "41900", "41703"])),
            "namespace": G(lambda f: "events.celebra.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: f.pick(["a54x", "marble", "taro", "lynx"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: f.pick([LOCALE[f.market], "hi-IN", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "IT": ["TIM", "Vodafone IT", "WINDTRE"],
                        "IN": ["Jio", "Airtel", "Vi"],
                        "MX": ["Telcel", "AT&T MX", "Movistar"],
                    }[f.market]
                )
            ),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
        },
        "timezone": G(lambda f: TZ[f.market]),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android 14; {model} Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_context(f: W):
    ios = f.r.random() < 0.5
    return {
        "app": {
            "name": G(lambda f: "Celebra RSVP"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1", "2.4.2"])),
            "build": G(lambda f: f.pick(["230", "241", "242"])),
            "namespace": G(lambda f: "events.celebra.rsvp"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(["samsung", "Xiaomi", "OnePlus"])),
            "model": G(
                lambda f: (
                    f.pick(["iPhone14,7", "iPhone15,4"])
                    if ios
                    else f.pick(["SM-M346B", "2201117TI", "CPH2449"])
                )
            ),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.18.0"])),
        },
        "locale": G(lambda f: LOCALE[f.market]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "timezone": G(lambda f: TZ[f.market]),
        "traits": mobile_traits(),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def flutter_context(f: W):
    return {
        "app": {
            "name": G(lambda f: "Celebra Partner"),
            "version": G(lambda f: f.pick(["1.9.0", "1.10.2", "1.10.3"])),
            "build": G(lambda f: f.pick(["90", "102", "103"])),
            "namespace": G(lambda f: "events.celebra.partner"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Xiaomi", "vivo"])),
            "model": G(lambda f: f.pick(["SM-S918B", "iPhone15,3", "Redmi Note 13 Pro", "V2250"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4", "1.1.1"])),
        },
        "locale": G(lambda f: LOCALE[f.market]),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.5", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1080, 1179, 1220])),
            "height": G(lambda f: f.pick([2340, 2556, 2712])),
        },
        "timezone": G(lambda f: TZ[f.market]),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(8, 46), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-105, 88), 6), "geolocation"),
            "accuracy": G(lambda f: f.pick([5.0, 12.4, 35.0, 65.0])),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.0"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.0.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3", "2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.3"]),
}


def server_context(f: W, lib: str, forwarded: bool):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if forwarded:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
        ctx["locale"] = G(lambda f: LOCALE[f.market])
    return ctx


# -- bodies -----------------------------------------------------------------------------------------


def venue_product():
    return {
        "product_id": G(lambda f: "ven_" + f.digits(6)),
        "sku": G(lambda f: f.pick(["VEN", "PKG", "EXC"]) + "-" + f.market + "-" + f.digits(4)),
        "name": G(lambda f: f.venue()),
        "category": G(
            lambda f: f.pick(["Villa", "Palace", "Hacienda", "Farmhouse", "Beach resort", "Castle"])
        ),
        "brand": G(lambda f: f.pick(["Celebra Select", "Celebra", "Partner venue"])),
        "price": G(lambda f: f.amount(2000, 40000)),
        "currency": G(lambda f: f.cur()),
        "position": G(lambda f: f.r.randint(1, 24)),
        "url": G(lambda f: "https://www.celebra.events/v/" + f.hexid(6)),
        "image_url": G(lambda f: "https://img.celebra.events/venues/" + f.hexid(10) + ".webp"),
    }


def cart_product():
    return {
        "product_id": G(lambda f: f.pick(["ven_", "pkg_", "svc_"]) + f.digits(6)),
        "sku": G(
            lambda f: (
                f.pick(["PKG-GOLD", "PKG-SILVER", "CAT-VEG-120", "PHO-FULLDAY", "DEC-MARIGOLD"])
                + "-"
                + f.market
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Pacchetto Oro",
                    "Silver Package",
                    "Veg thali buffet (per plate)",
                    "Full-day photography",
                    "Marigold mandap decor",
                    "Taquiza y barra libre",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["venue", "catering", "photography", "decor", "music"])),
        "brand": G(lambda f: f.vendor()),
        "variant": G(lambda f: f.pick(["weekend", "weekday", "peak season", "off season"])),
        "price": G(lambda f: f.amount(100, 9000)),
        "quantity": G(lambda f: f.r.randint(1, 250)),
    }


def guest_person():
    return {
        "first_name": Y(lambda f: f.first(), "name"),
        "last_name": Y(lambda f: f.last(), "name"),
        "email": Y(lambda f: f.email(0.2), "email"),
        "phone": Y(lambda f: f.phone(foreign=0.1), "phone"),
        "salutation": Y(
            lambda f: f.pick(
                {
                    "IT": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa"],
                    "IN": ["Mr", "Mrs", "Shri", "Smt", "Dr"],
                    "MX": ["Sr.", "Sra.", "Srita.", "Lic."],
                }[f.market]
            ),
            "gender",
        ),
        "side": G(lambda f: f.pick(["bride", "groom", "both", "partner_a", "partner_b"])),
        "relation": G(
            lambda f: f.pick(["cousin", "uncle", "aunt", "friend", "colleague", "neighbour", "grandparent"])
        ),
        "age_band": G(lambda f: f.pick(["0-12", "13-17", "18-34", "35-54", "55+"])),
        "meal_choice": G(lambda f: f.pick(["veg", "non_veg", "vegan", "kids_meal", "fish"])),
        "dietary_requirements": Many(
            Y(
                lambda f: f.pick(
                    [
                        "halal",
                        "kosher",
                        "jain",
                        "nut allergy",
                        "gluten free (coeliac)",
                        "lactose intolerant",
                        "shellfish allergy",
                    ]
                ),
                "religion|allergy|condition",
            ),
            2,
        ),
        "needs_step_free_access": RED(lambda f: f.pick([True, False, False]), "disability"),
    }


def phone_note(f: W) -> str:
    p = f.phone(foreign=0.0)
    return f.pick(
        [
            f"Please call me on {p} after 6pm",
            f"WhatsApp is best: {p}",
            f"Il mio numero è {p}, chiamatemi pure in pausa pranzo",
            f"Mándame la cotización por WhatsApp al {p}",
            f"Reach my mother on {p} for the menu tasting",
            f"Call {p} and ask for the bride's brother, he is handling catering",
            f"bhaiya final rate bata do, {p} pe call karo",
        ]
    )


def chat_contact(f: W) -> str:
    p, e = f.phone(foreign=0.0), f.email(0.0)
    return f.pick(
        [
            f"Can we continue on WhatsApp? {p}",
            f"Send the contract to {e} please",
            f"Mi correo es {e}, mándame el PDF",
            f"Scrivimi su {e} così ti giro la planimetria",
            f"My number is {p}, call anytime",
            f"ji mera number {p} hai, wahan baat karte hain",
            f"email me the revised quote at {e}",
        ]
    )


def causale(f: W) -> str:
    a, b = f.last(0), f.last(0)
    d = f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}"
    return f.pick(
        [
            f"Acconto matrimonio {a}-{b} {d}",
            f"Saldo ricevimento {f.first(0)} {a}",
            f"Caparra villa sposi {a} / {b}",
            f"2a rata matrimonio {a} {b} del {d}",
            f"Bonifico {a} {b} - prenotazione location",
        ]
    )


def seat_label(f: W) -> str:
    return f.pick(
        [
            f"{f.first()} {f.last()}",
            f"{f.first()} {f.last()[0]}.",
            f"Dr. {f.first()} {f.last()}",
            f"{f.first()} {f.last()} (+1)",
        ]
    )


def place_card(f: W) -> str:
    sal = {
        "IT": ["Sig.", "Sig.ra", "Dott.ssa"],
        "IN": ["Mr.", "Mrs.", "Smt."],
        "MX": ["Sr.", "Sra.", "Lic."],
    }[f.market]
    return f.pick(
        [
            f"{f.first()} {f.last()}",
            f"{f.pick(sal)} {f.first()} {f.last()}",
            f"{f.first()} & {f.first()} {f.last()}",
        ]
    )


def search_name(f: W) -> str:
    return f.pick([f.first(), f.last(), f.last().lower(), f"{f.first()} {f.last()}", f.first().lower()])


def bot_email(f: W) -> str:
    e = f.email()
    return f.pick([e, e, f" {e} ", e.capitalize(), f"{e}."])


def calendar_id(f: W) -> str:
    first = plain(f.first(0)).lower().replace(" ", "")
    last = plain(f.last(0)).lower().replace("'", "").replace(" ", "")
    return f"{first}.{last}{f.pick(['', '', str(f.r.randint(1, 99))])}@gmail.com"


ENQUIRY_MESSAGES = [
    "We're looking for an outdoor ceremony followed by dinner for around 120 guests.",
    "Is the terrace available in case of rain? We'd need a covered backup.",
    "Can you share your vegetarian menu options and a sample tasting date?",
    "Nos interesa la hacienda para la ceremonia y la recepción el mismo día.",
    "Vorremmo visitare la location a marzo, è possibile un sopralluogo nel weekend?",
    "Do you allow fireworks or a horse for the baraat?",
    "What is the minimum spend for a Saturday in peak season?",
    "¿Tienen paquete con mariachi y taquiza incluidos?",
]

EVENTS = [
    # (type, event or page/screen name, clients, market or None, weight, body or callable(f) -> body)
    (
        "page",
        None,
        ["web"],
        None,
        6,
        lambda f, page: {
            "name": G(lambda f: page[1].split(" | ")[0]),
            "category": G(lambda f: f.pick(["Venues", "Vendors", "Planner", "Checkout"])),
            "path": G(lambda f: page[0]),
            "url": G(lambda f: "https://www.celebra.events" + page[0]),
            "title": G(lambda f: page[1]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.instagram.com/",
                        "https://www.celebra.events/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?ref=nav", "?guests=150&date=2025-11", "?sort=price_asc"])),
        },
    ),
    (
        "screen",
        None,
        ["swift", "kotlin"],
        None,
        4,
        {
            "screen_class": G(
                lambda f: f.pick(
                    [
                        "VenueDetailViewController",
                        "SearchResultsFragment",
                        "GuestListView",
                        "BudgetTrackerView",
                        "InboxFragment",
                    ]
                )
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "Search", "Shortlist", "Inbox"])),
            "venue_id": G(lambda f: "ven_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "swift", "kotlin"],
        None,
        4,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "villa lake como",
                        "udaipur palace",
                        "hacienda san miguel de allende",
                        "beach resort tulum",
                        "farmhouse in chattarpur",
                        "masseria puglia",
                        "jardín para boda cdmx",
                    ]
                )
            ),
            "location": {
                "city": G(lambda f: f.pick(VENUE_CITY[f.market])),
                "country": G(lambda f: {"IT": "Italy", "IN": "India", "MX": "Mexico"}[f.market]),
                "lat": G(
                    lambda f: {"IT": 45.98, "IN": 24.58, "MX": 20.21}[f.market] + round(f.r.uniform(-2, 2), 4)
                ),
                "lng": G(
                    lambda f: {"IT": 9.26, "IN": 73.68, "MX": -87.46}[f.market] + round(f.r.uniform(-2, 2), 4)
                ),
            },
            "filters": {
                "guest_count_min": G(lambda f: f.pick([50, 100, 150, 300])),
                "guest_count_max": G(lambda f: f.pick([150, 250, 500, 1000])),
                "budget_max": G(lambda f: f.amount(5000, 80000)),
                "currency": G(lambda f: f.cur()),
                "venue_types": Many(
                    G(
                        lambda f: f.pick(
                            ["villa", "palace", "hacienda", "banquet_hall", "beach", "farmhouse"]
                        )
                    ),
                    3,
                ),
                "date_from": G(lambda f: f.wedding_date()),
                "outdoor": G(lambda f: f.pick([True, False])),
                "pet_friendly": G(lambda f: f.pick([True, False])),
            },
            "results_count": G(lambda f: f.r.randint(0, 340)),
            "sort": G(lambda f: f.pick(["relevance", "price_asc", "rating", "distance"])),
            "page": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        None,
        4,
        {
            **venue_product(),
            "capacity_seated": G(lambda f: f.pick([80, 120, 180, 250, 400, 800])),
            "capacity_standing": G(lambda f: f.pick([150, 200, 350, 600, 1200])),
            "venue_address": G(
                lambda f: f.pick(
                    {
                        "IT": [
                            "Via Balbiano 1, 22010 Ossuccio CO",
                            "Via di Vincigliata 21, 50014 Fiesole FI",
                        ],
                        "IN": ["Pichola, Udaipur, Rajasthan 313001", "Bhawani Singh Rd, Jaipur 302005"],
                        "MX": [
                            "Carretera Tulum-Cobá Km 2, 77780 Tulum",
                            "Calle Nueva 54, Centro, 37700 San Miguel de Allende",
                        ],
                    }[f.market]
                )
            ),
            "venue_phone": G(lambda f: f.pick(VENUE_PHONE[f.market])),
            "venue_lat": G(lambda f: round(f.r.uniform(18, 46), 5)),
            "venue_lng": G(lambda f: round(f.r.uniform(-100, 80), 5)),
            "wheelchair_accessible": G(lambda f: f.pick([True, False])),
            "rating": G(lambda f: f.pick([4.2, 4.5, 4.8, 4.9, 5.0])),
            "review_count": G(lambda f: f.r.randint(3, 640)),
            "coordinator": {
                "name": Y(lambda f: f.full_name(0), "name"),
                "mobile": Y(lambda f: f.phone(foreign=0.0), "phone"),
                "languages": Many(G(lambda f: f.pick(["it", "en", "hi", "es", "fr"])), 3),
            },
        },
    ),
    (
        "track",
        "Enquiry Submitted",
        ["node"],
        None,
        3,
        {
            "enquiry_id": G(lambda f: "enq_" + f.hexid(12)),
            "venue_id": G(lambda f: "ven_" + f.digits(6)),
            "venue_name": G(lambda f: f.venue()),
            "event_type": G(
                lambda f: f.pick(
                    [
                        "wedding",
                        "sangeet",
                        "reception",
                        "mehendi",
                        "engagement",
                        "civil ceremony",
                        "tornaboda",
                    ]
                )
            ),
            "event_date": G(lambda f: f.wedding_date()),
            "flexible_dates": G(lambda f: f.pick([True, False])),
            "guest_count": G(lambda f: f.pick([60, 120, 180, 250, 400, 650])),
            "budget": {
                "min": G(lambda f: f.amount(3000, 10000)),
                "max": G(lambda f: f.amount(10000, 60000)),
                "currency": G(lambda f: f.cur()),
            },
            "contact": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "preferred_contact": G(lambda f: f.pick(["whatsapp", "email", "phone_call"])),
                "city": Y(lambda f: f.home_city(), "city"),
            },
            "partner_name": Y(lambda f: f.full_name(), "name"),
            "message": G(lambda f: f.pick(ENQUIRY_MESSAGES)),
            "source": G(lambda f: f.pick(["venue_page", "search_results", "shortlist", "instagram_ad"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "_BwE", "advertising id"),
            "consent_marketing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Enquiry Form Field Completed",
        ["web"],
        None,
        3,
        lambda f, page: (
            lambda field: {
                "form_id": G(lambda f: "enquiry_v3"),
                "field": G(lambda f: field),
                "value": Y(lambda f: f.email() if field == "email" else f.phone(), "email|phone", True),
                "step": G(lambda f: f.pick([1, 2, 3])),
                "duration_ms": G(lambda f: f.r.randint(800, 24000)),
                "is_valid": G(lambda f: f.pick([True, True, False])),
            }
        )(f.pick(["email", "phone"])),
    ),
    (
        "identify",
        None,
        ["swift", "kotlin", "web"],
        None,
        4,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "role": Y(lambda f: f.pick(["bride", "groom", "partner"]), "gender"),
            "partnerFirstName": Y(lambda f: f.first(), "name"),
            "partnerLastName": Y(lambda f: f.last(), "name"),
            "partnerEmail": Y(lambda f: f.email(), "email"),
            "partnerPhone": Y(lambda f: f.phone(), "phone"),
            "coupleType": Y(
                lambda f: f.pick(["bride_groom", "bride_groom", "two_brides", "two_grooms"]),
                "sexual orientation",
            ),
            "weddingDate": G(lambda f: f.wedding_date()),
            "guestCount": G(lambda f: f.r.randint(40, 900)),
            "budget": G(lambda f: f.amount(5000, 90000)),
            "currency": G(lambda f: f.cur()),
            "ceremonyReligion": Y(
                lambda f: f.pick(
                    ["Hindu", "Catholic", "Sikh", "Muslim", "Jewish", "Interfaith", "none (civil)"]
                ),
                "religion",
            ),
            "city": Y(lambda f: f.home_city(), "city"),
            "country": G(lambda f: f.market),
            "avatarUrl": Y(lambda f: "https://img.celebra.events/avatars/" + f.hexid(12) + ".jpg", "photo"),
            "dogName": G(lambda f: f.pick(["Biscotto", "Bruno", "Coco", "Sheru", "Luna", "Tequila"])),
            "plan": G(lambda f: f.pick(["free", "planner_plus", "concierge"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "referralCode": G(lambda f: "CEL-" + f.hexid(6).upper()),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        "IT",
        2,
        {
            "id_cliente": G(lambda f: f.digits(7)),
            "nome": Y(lambda f: f.first(0), "name"),
            "cognome": Y(lambda f: f.last(0), "name"),
            "email": Y(lambda f: f.email(0), "email"),
            "telefono": Y(lambda f: f.phone(foreign=0), "phone"),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
            "indirizzo": Y(lambda f: f.street(), "address|street"),
            "cap": Y(lambda f: f.zip(), "zipcode"),
            "citta": Y(lambda f: f.city_row()[0], "city"),
            "provincia": G(lambda f: f.pick(["MI", "RM", "FI", "NA", "BO", "TO"])),
            "data_matrimonio": G(lambda f: f.wedding_date()),
            "numero_invitati": G(lambda f: f.r.randint(40, 250)),
            "rito": Y(
                lambda f: f.pick(
                    ["civile", "religioso cattolico", "concordatario", "simbolico", "religioso ebraico"]
                ),
                "religion",
            ),
            "regione_evento": G(lambda f: f.pick(["Lombardia", "Toscana", "Puglia", "Campania", "Sicilia"])),
            "newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        "MX",
        2,
        {
            "nombre": Y(lambda f: f.first(0), "name"),
            "apellidos": Y(lambda f: f"{f.last(0)} {f.last(0)}", "name"),
            "correo": Y(lambda f: f.email(0), "email"),
            "celular": Y(lambda f: f.phone(foreign=0), "phone"),
            "curp": RED(lambda f: f.curp(), "national id"),
            "fecha_nacimiento": Y(lambda f: f.dob(), "birthdate"),
            "domicilio": {
                "calle": Y(lambda f: f.street(), "street|address"),
                "colonia": Y(lambda f: f.pick(MX_COLONIAS), "address"),
                "municipio": Y(lambda f: f.city_row()[0], "city"),
                "estado": G(lambda f: f.pick(["CDMX", "Jalisco", "Nuevo León", "Yucatán", "Puebla"])),
                "codigo_postal": Y(lambda f: f.zip(), "zipcode"),
            },
            "fecha_boda": G(lambda f: f.wedding_date()),
            "num_invitados": G(lambda f: f.r.randint(50, 500)),
            "religion_ceremonia": Y(
                lambda f: f.pick(["Católica", "Civil", "Cristiana evangélica", "Judía", "Simbólica"]),
                "religion",
            ),
            "presupuesto": G(lambda f: f.amount(5000, 60000)),
            "moneda": G(lambda f: "MXN"),
            "acepta_promociones": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        None,
        2,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "PHONE_E164": Y(lambda f: f.e164(), "phone"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "HOME_CITY": Y(lambda f: f.home_city(), "city"),
            "LIFETIME_GMV_EUR": G(lambda f: round(f.r.uniform(0, 60000), 2)),
            "BOOKINGS_COUNT": G(lambda f: f.r.randint(0, 6)),
            "FIRST_BOOKING_DATE": G(lambda f: f.date(2021, 2024)),
            "LAST_ENQUIRY_AT": G(lambda f: f.iso()),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "MARKETING_OPT_IN": G(lambda f: f.pick([True, False])),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(["it", "en", "hi", "es"])),
            "WEDDING_MARKET": G(lambda f: f.market),
        },
    ),
    (
        "track",
        "Muhurat Consultation Booked",
        ["ruby"],
        "IN",
        2,
        {
            "booking_id": G(lambda f: "MUH" + f.digits(7)),
            "dulhan_ka_naam": Y(lambda f: f.full_name(0), "name"),
            "dulhe_ka_naam": Y(lambda f: f.full_name(0), "name"),
            "janm_tithi": Y(lambda f: f.dob(), "birthdate"),
            "janm_samay": Y(lambda f: f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}", "birthdate"),
            "janm_sthan": Y(
                lambda f: f.pick(["Varanasi", "Indore", "Amritsar", "Kochi", "Patna", "Nagpur", "Surat"]),
                "city",
            ),
            "gotra": Y(
                lambda f: f.pick(["Kashyap", "Bharadwaj", "Vashishtha", "Gautam", "Atri", "Vatsa"]),
                "religion|ethnicity",
            ),
            "pandit_ji_ka_naam": Y(lambda f: "Pt. " + f.full_name(0), "name"),
            "mobile_number": Y(lambda f: f.phone(foreign=0), "phone"),
            "dakshina_rashi": G(lambda f: f.pick([5100, 11000, 21000, 2100])),
            "shubh_muhurat": G(lambda f: f.iso()),
            "shaadi_ka_shahar": G(lambda f: f.pick(VENUE_CITY["IN"])),
            "kundli_milan": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Quote Requested",
        ["node"],
        None,
        3,
        {
            "quote_request_id": G(lambda f: "qr_" + f.hexid(10)),
            "vendor_id": G(lambda f: "vnd_" + f.digits(5)),
            "vendor_name": G(lambda f: f.vendor()),
            "vendor_category": G(
                lambda f: f.pick(["catering", "photography", "decor", "mehendi_artist", "mariachi", "dj"])
            ),
            "event_date": G(lambda f: f.wedding_date()),
            "guest_count": G(lambda f: f.pick([60, 120, 180, 250, 400, 650])),
            "services": Many(
                G(
                    lambda f: f.pick(
                        [
                            "dinner",
                            "welcome drinks",
                            "drone footage",
                            "mandap",
                            "floral arch",
                            "live counters",
                        ]
                    )
                ),
                3,
            ),
            "dietary_mix": {
                "veg": G(lambda f: f.r.randint(0, 300)),
                "non_veg": G(lambda f: f.r.randint(0, 300)),
                "jain": G(lambda f: f.r.randint(0, 40)),
                "vegan": G(lambda f: f.r.randint(0, 30)),
                "kids": G(lambda f: f.r.randint(0, 50)),
            },
            "couple_names": Y(lambda f: f"{f.first(0)} & {f.first(0)}", "name"),
            "cuisine_preferences": Many(
                G(
                    lambda f: f.pick(
                        [
                            "North Indian",
                            "Rajasthani",
                            "Toscana",
                            "Pugliese",
                            "Yucateca",
                            "Tex-Mex",
                            "Continental",
                        ]
                    )
                ),
                2,
            ),
            "note": Y(phone_note, "phone", True),
        },
    ),
    (
        "track",
        "Quote Sent",
        ["java"],
        None,
        3,
        {
            "quote_id": G(lambda f: "Q-" + str(f.r.randint(2024, 2025)) + "-" + f.digits(5)),
            "quote_request_id": G(lambda f: "qr_" + f.hexid(10)),
            "vendor_id": G(lambda f: "vnd_" + f.digits(5)),
            "vendor_name": G(lambda f: f.vendor()),
            "vendor_support_email": G(
                lambda f: f.pick(
                    [
                        "info@studioluce.it",
                        "bookings@shutterdown.in",
                        "hola@luzdeluna.mx",
                        "support@celebra.events",
                    ]
                )
            ),
            "vendor_contact": {
                "name": Y(lambda f: f.full_name(0), "name"),
                "mobile": Y(lambda f: f.phone(foreign=0), "phone"),
                "email": Y(staff_email, "email"),
            },
            "line_items": Many(
                {
                    "sku": G(
                        lambda f: f.pick(
                            ["CAT-VEG-120", "PHO-FULLDAY", "DEC-MARIGOLD", "MUS-TRIO", "PHO-DRONE"]
                        )
                    ),
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Veg thali per plate",
                                "Full day coverage, 2 shooters",
                                "Marigold mandap",
                                "Trío romántico 2 h",
                                "Drone footage add-on",
                            ]
                        )
                    ),
                    "unit_price": G(lambda f: f.amount(5, 4000)),
                    "quantity": G(lambda f: f.r.randint(1, 400)),
                    "tax_rate": G(lambda f: {"IT": 0.22, "IN": 0.18, "MX": 0.16}[f.market]),
                },
                4,
            ),
            "subtotal": G(lambda f: f.amount(800, 20000)),
            "tax": G(lambda f: f.amount(100, 4000)),
            "total": G(lambda f: f.amount(900, 24000)),
            "currency": G(lambda f: f.cur()),
            "deposit_percent": G(lambda f: f.pick([20, 25, 30, 50])),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        None,
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "BK-" + f.digits(8)),
            "revenue": G(lambda f: f.amount(500, 30000)),
            "tax": G(lambda f: f.amount(50, 5000)),
            "discount": G(lambda f: f.amount(0, 500)),
            "coupon": G(lambda f: f.pick(["", "SPOSI2025", "SHAADI10", "BODA500"])),
            "currency": G(lambda f: f.cur()),
            "products": Many(cart_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        None,
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "BK-" + f.digits(8)),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "upi", "spei", "oxxo", "bonifico", "netbanking"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "rupay"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["414720", "552433", "652150", "377935", "400837"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: f.full_name(0.05).upper(), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Scala B", "Apt 4", "Near Hanuman Mandir", "Depto. 302", "Interno 7"]),
                    "address|street",
                ),
                "city": Y(lambda f: f.city_row()[0], "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "state": G(
                    lambda f: f.pick(
                        {"IT": ["MI", "FI", "RM"], "IN": ["KA", "MH", "DL"], "MX": ["CDMX", "JAL", "NL"]}[
                            f.market
                        ]
                    )
                ),
                "country": G(lambda f: f.market),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["go"],
        None,
        3,
        {
            "order_id": G(lambda f: "BK-" + f.digits(8)),
            "booking_id": G(lambda f: f.uuid()),
            "payment_intent_id": G(lambda f: "pi_3" + f.hexid(23)),
            "payment_method_id": RED(
                lambda f: (
                    "pm_1"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(23)
                    )
                ),
                "token",
            ),
            "customer_id": G(
                lambda f: (
                    "cus_"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(14)
                    )
                )
            ),
            "total": G(lambda f: f.amount(500, 20000)),
            "revenue": G(lambda f: f.amount(500, 20000)),
            "currency": G(lambda f: f.cur()),
            "instalment_number": G(lambda f: f.r.randint(1, 4)),
            "instalments_total": G(lambda f: f.pick([1, 3, 4])),
            "next_due_date": G(lambda f: f.wedding_date()),
            "receipt_email": Y(lambda f: f.email(), "email"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                "country": G(lambda f: f.pick(["IT", "IN", "MX", "US", "GB"])),
            },
            "three_d_secure": G(lambda f: f.pick([True, False])),
            "risk_score": G(lambda f: f.r.randint(0, 99)),
        },
    ),
    (
        "track",
        "Bonifico Ricevuto",
        ["php"],
        "IT",
        2,
        {
            "id_prenotazione": G(lambda f: "PR" + f.digits(8)),
            "importo": G(lambda f: f.amount(500, 15000)),
            "valuta": G(lambda f: "EUR"),
            "iban_ordinante": RED(lambda f: f.iban_it(), "bank account"),
            "intestatario": Y(lambda f: f.full_name(0), "name"),
            "bic": G(lambda f: f.pick(["BCITITMM", "UNCRITMM", "BPMOIT22XXX", "BAPPIT21"])),
            "causale": Y(causale, "name", True),
            "rata_numero": G(lambda f: f.r.randint(1, 4)),
            "data_valuta": G(lambda f: f.date(2024, 2025)),
            "cro": G(lambda f: f.digits(11)),
        },
    ),
    (
        "track",
        "Pago SPEI Recibido",
        ["python"],
        "MX",
        2,
        {
            "id_reserva": G(lambda f: "RSV-" + f.digits(6)),
            "monto": G(lambda f: f.amount(300, 12000)),
            "moneda": G(lambda f: "MXN"),
            "clabe_ordenante": RED(lambda f: f.clabe(), "bank account"),
            "nombre_ordenante": Y(lambda f: f.full_name(0), "name"),
            "rfc_ordenante": RED(lambda f: f.rfc_person(), "national id"),
            "banco_ordenante": G(
                lambda f: f.pick(["BBVA México", "Banorte", "Santander", "Citibanamex", "HSBC"])
            ),
            "clave_rastreo": G(lambda f: f.pick(["MBAN", "BNET", "2024"]) + f.digits(14)),
            "referencia_numerica": G(lambda f: f.digits(7)),
            "concepto": G(
                lambda f: f.pick(
                    ["Anticipo boda", "Segundo pago banquete", "Liquidación salón", "Apartado de fecha"]
                )
            ),
            "folio_fiscal": G(lambda f: f.uuid().upper()),
        },
    ),
    (
        "track",
        "Payment Captured",
        ["ruby"],
        "IN",
        3,
        {
            "razorpay_payment_id": G(lambda f: "pay_" + f.hexid(14).upper()),
            "razorpay_order_id": G(lambda f: "order_" + f.hexid(14).upper()),
            "razorpay_signature": G(lambda f: f.hexid(64)),
            "amount": G(lambda f: f.r.randint(5000, 900000) * 100),
            "currency": G(lambda f: "INR"),
            "method": G(lambda f: f.pick(["upi", "card", "netbanking", "emi"])),
            "vpa": RED(lambda f: f.upi(), "bank account"),
            "token_id": RED(lambda f: "token_" + f.hexid(14).upper(), "token"),
            "bank": G(lambda f: f.pick(["HDFC", "ICIC", "SBIN", "UTIB"])),
            "email": Y(lambda f: f.email(0), "email"),
            "contact": Y(lambda f: "+91" + f.pick(["9", "8", "7"]) + f.digits(9), "phone", True),
            "fee": G(lambda f: f.r.randint(100, 20000)),
            "acquirer_data": {
                "rrn": G(lambda f: f.digits(12)),
                "upi_transaction_id": G(lambda f: f.hexid(32).upper()),
            },
            "notes": {
                "booking_id": G(lambda f: f.uuid()),
                "customer_name": Y(lambda f: f.full_name(0), "name"),
            },
        },
    ),
    (
        "track",
        "Instalment Reminder Sent",
        ["python"],
        None,
        2,
        {
            "booking_id": G(lambda f: f.uuid()),
            "instalment_number": G(lambda f: f.r.randint(2, 4)),
            "amount_due": G(lambda f: f.amount(300, 8000)),
            "currency": G(lambda f: f.cur()),
            "due_date": G(lambda f: f.wedding_date()),
            "channel": G(lambda f: f.pick(["whatsapp", "sms"])),
            "whatsapp_to": Y(lambda f: f.e164(), "phone"),
            "template_name": G(
                lambda f: f.pick(["instalment_due_it", "instalment_due_en", "recordatorio_pago_es"])
            ),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "failed"])),
            "destination_masked": G(
                lambda f: f.pick(["+91 98•••••210", "+39 347•••••12", "+52 55••••4821", "+91 70•••••833"])
            ),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["node"],
        None,
        3,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "whatsapp:+" + f.wa_number(), "phone", True),
            "To": G(
                lambda f: f.pick(
                    ["whatsapp:+390284561200", "whatsapp:+912249876500", "whatsapp:+525541708800"]
                )
            ),
            "Body": G(
                lambda f: f.pick(
                    [
                        "YES",
                        "Sì, confermo 2 persone",
                        "Haan, 3 log aayenge",
                        "No podremos ir 😢",
                        "STOP",
                        "1",
                        "Grazie!",
                    ]
                )
            ),
            "ProfileName": Y(lambda f: f.pick([f.first(), f.full_name()]), "name"),
            "WaId": Y(lambda f: f.wa_number(), "phone", True),
            "NumMedia": G(lambda f: f.pick(["0", "0", "1"])),
            "SmsStatus": G(lambda f: "received"),
        },
    ),
    (
        "track",
        "RSVP Submitted",
        ["rn", "web"],
        None,
        5,
        {
            "event_id": G(lambda f: "evt_" + f.hexid(10)),
            "invitation_id": G(lambda f: f.uuid()),
            "rsvp_status": G(lambda f: f.pick(["attending", "declined", "maybe"])),
            "ceremonies": Many(
                G(
                    lambda f: f.pick(
                        ["haldi", "mehendi", "sangeet", "pheras", "reception", "ceremony", "tornaboda"]
                    )
                ),
                3,
            ),
            "guest": guest_person(),
            "plus_ones": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "is_child": G(lambda f: f.pick([True, False])),
                    "email": Y(lambda f: f.email(0.2), "email"),
                    "age": G(lambda f: f.r.randint(2, 70)),
                },
                2,
            ),
            "transport_needed": G(lambda f: f.pick([True, False])),
            "arrival": {
                "flight_number": G(
                    lambda f: f.pick(["AI 131", "6E 2043", "AZ 610", "AM 648", "EK 511", "FR 2311"])
                ),
                "arrival_time": G(lambda f: f.iso()),
                "hotel_name": G(
                    lambda f: f.pick(
                        ["Grand Hotel Tremezzo", "Trident Udaipur", "Hotel Esencia", "Hyatt Regency Mérida"]
                    )
                ),
            },
            "song_request": G(
                lambda f: f.pick(
                    ["Tum Hi Ho", "La Bamba", "Volare", "Gallan Goodiyaan", "Cielito Lindo", "Perfect"]
                )
            ),
        },
    ),
    (
        "track",
        "Guest Added",
        ["web", "kotlin"],
        None,
        5,
        {
            "guest_list_id": G(lambda f: "gl_" + f.hexid(8)),
            "guest_id": G(lambda f: f.uuid()),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(0.2), "email"),
            "mobile": Y(lambda f: f.phone(foreign=0.1), "phone"),
            "mailing_address": Y(lambda f: f.full_address(), "address"),
            "household_size": G(lambda f: f.r.randint(1, 6)),
            "invite_group": G(
                lambda f: f.pick(
                    ["Family - bride", "Family - groom", "College friends", "Office", "Neighbours"]
                )
            ),
            "tags": Many(G(lambda f: f.pick(["vip", "out_of_town", "needs_hotel", "kids", "vegetarian"])), 3),
            "is_vip": G(lambda f: f.pick([True, False])),
            "save_the_date_sent": G(lambda f: f.pick([True, False])),
            "phones_missing": G(lambda f: f.r.randint(0, 40)),
            "children": Many(
                {
                    "name": Y(lambda f: f.first(), "name"),
                    "date_of_birth": Y(lambda f: f.date(2010, 2023), "birthdate"),
                    "age": G(lambda f: f.r.randint(1, 15)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Guest List Imported",
        ["python"],
        None,
        2,
        {
            "import_id": G(lambda f: f.uuid()),
            "rows": G(lambda f: f.r.randint(20, 900)),
            "rows_failed": G(lambda f: f.r.randint(0, 12)),
            "file_sha256": G(lambda f: f.sha256()),
            "file_name": G(
                lambda f: f.pick(
                    ["guest_list_final.csv", "invitati_v3.xlsx", "lista_invitados.csv", "shaadi_guests.xlsx"]
                )
            ),
            "columns": Many(G(lambda f: f.pick(["name", "email", "phone", "side", "table", "dietary"])), 6),
            "source": G(lambda f: f.pick(["csv_upload", "google_sheets", "contacts_app"])),
        },
    ),
    (
        "track",
        "Guest Searched",
        ["web"],
        None,
        2,
        {
            "q": Y(search_name, "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "guest_list_id": G(lambda f: "gl_" + f.hexid(8)),
        },
    ),
    (
        "track",
        "Seat Assigned",
        ["web"],
        None,
        3,
        {
            "table": {
                "id": G(lambda f: "tbl_" + f.digits(4)),
                "name": G(
                    lambda f: f.pick(["Head table", "Famiglia sposa", "Mesa 7", "College gang", "Table 12"])
                ),
                "number": G(lambda f: f.r.randint(1, 40)),
                "capacity": G(lambda f: f.pick([8, 10, 12])),
            },
            "seat": {"index": G(lambda f: f.r.randint(0, 11)), "label": Y(seat_label, "name", True)},
            "guest_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        None,
        2,
        {
            "order_id": G(lambda f: "ST-" + f.digits(7)),
            "affiliation": G(lambda f: "Celebra Stationery"),
            "total": G(lambda f: f.amount(40, 900)),
            "tax": G(lambda f: f.amount(5, 120)),
            "currency": G(lambda f: f.cur()),
            "coupon": G(lambda f: f.pick(["", "CARDS15", "FREESHIP"])),
            "products": Many(
                {
                    "product_id": G(lambda f: "stn_" + f.digits(5)),
                    "sku": G(lambda f: f.pick(["PC-GOLD-FOIL", "INV-SUITE-A5", "MENU-CARD", "PC-KRAFT"])),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Place cards - gold foil",
                                "Invitation suite A5",
                                "Menu card",
                                "Kraft place cards",
                            ]
                        )
                    ),
                    "price": G(lambda f: f.amount(1, 8)),
                    "quantity": G(lambda f: f.r.randint(1, 200)),
                    "personalization": {
                        "text": Y(place_card, "name", True),
                        "font": G(lambda f: f.pick(["Great Vibes", "Playfair Display", "Cormorant"])),
                        "ink_color": G(lambda f: f.pick(["gold", "#1F2A44", "rose gold"])),
                    },
                },
                3,
            ),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(0), "name"),
                "phone": Y(lambda f: f.phone(foreign=0), "phone"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city_row()[0], "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "state": G(
                    lambda f: f.pick(
                        {"IT": ["MI", "FI", "RM"], "IN": ["KA", "MH", "DL"], "MX": ["CDMX", "JAL", "NL"]}[
                            f.market
                        ]
                    )
                ),
                "country": G(lambda f: f.market),
            },
        },
    ),
    (
        "track",
        "Vendor Account Registered",
        ["java"],
        None,
        2,
        {
            "vendor_id": G(lambda f: f.digits(6)),
            "business_name": G(lambda f: f.vendor()),
            "business_type": G(
                lambda f: f.pick(["Photographer", "Caterer", "Decorator", "Musician", "Venue"])
            ),
            "tax_id": G(lambda f: {"IT": f.partita_iva, "IN": f.gstin, "MX": f.rfc_company}[f.market]()),
            "owner_full_name": Y(lambda f: f.full_name(0), "name"),
            "owner_mobile": Y(lambda f: f.phone(foreign=0), "phone"),
            "owner_email": Y(lambda f: f.email(0), "email"),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "info@studioluce.it",
                        "bookings@shutterdown.in",
                        "hola@luzdeluna.mx",
                        "eventi@fioridicampo.it",
                    ]
                )
            ),
            "business_phone": G(lambda f: f.pick(VENUE_PHONE[f.market])),
            "business_address": G(
                lambda f: f.pick(
                    [
                        "Via Tortona 31, 20144 Milano",
                        "Plot 7, Okhla Phase III, New Delhi 110020",
                        "Av. Revolución 1267, 01040 CDMX",
                        "Via Maggio 12, 50125 Firenze",
                    ]
                )
            ),
            "city": G(lambda f: f.pick(VENUE_CITY[f.market])),
            "country_code": G(lambda f: f.market),
            "temporary_password": RED(
                lambda f: (
                    f.pick(["Celebra", "Welcome", "Partner"]) + "!" + f.hexid(6) + f.pick(["#", "$", "@"])
                ),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "payout_account": {
                "account_holder": Y(lambda f: f.full_name(0), "name"),
                "account_number": RED(lambda f: f.payout_account(), "bank account"),
                "routing_code": G(lambda f: f.routing_code()),
                "currency": G(lambda f: f.cur()),
            },
        },
    ),
    (
        "group",
        None,
        ["node"],
        None,
        2,
        {
            "name": G(lambda f: f.vendor()),
            "industry": G(lambda f: f.pick(["Photography", "Catering", "Events", "Floristry"])),
            "plan": G(lambda f: f.pick(["Basic", "Pro", "Premium"])),
            "website": G(
                lambda f: f.pick(["https://studioluce.it", "https://shutterdown.in", "https://luzdeluna.mx"])
            ),
            "business_phone": G(lambda f: f.pick(VENUE_PHONE[f.market])),
            "support_email": G(
                lambda f: f.pick(["info@studioluce.it", "bookings@shutterdown.in", "hola@luzdeluna.mx"])
            ),
            "registered_office": {
                "street": G(
                    lambda f: f.pick(["Via Tortona 31", "Plot 7, Okhla Phase III", "Av. Revolución 1267"])
                ),
                "city": G(lambda f: f.pick(["Milano", "New Delhi", "Ciudad de México"])),
                "postal_code": G(lambda f: f.pick(["20144", "110020", "01040"])),
                "country": G(lambda f: f.market),
            },
        },
    ),
    (
        "track",
        "Staff Shift Assigned",
        ["flutter"],
        None,
        3,
        {
            "shift_id": G(lambda f: "sh_" + f.digits(7)),
            "event_id": G(lambda f: "evt_" + f.hexid(10)),
            "venue_name": G(lambda f: f.venue()),
            "staff": {
                "staff_id": G(lambda f: "st_" + f.digits(5)),
                "name": Y(lambda f: f.full_name(0), "name"),
                "role": G(lambda f: f.pick(["waiter", "second shooter", "decorator", "bartender", "runner"])),
                "hourly_rate": Y(
                    lambda f: {"IT": 14.5, "IN": 450, "MX": 95}[f.market] + f.r.randint(0, 10), "salary"
                ),
                "phone": Y(lambda f: f.phone(foreign=0), "phone"),
                "emergency_contact_phone": Y(lambda f: f.phone(foreign=0), "phone"),
            },
            "check_in_at": G(lambda f: f.iso()),
            "uniform_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
        },
    ),
    (
        "track",
        "Gallery Shared",
        ["node"],
        None,
        2,
        {
            "gallery_id": G(lambda f: "gal_" + f.hexid(8)),
            "gallery_slug": G(
                lambda f: (
                    f.pick(["como-june-2025", "udaipur-sangeet", "tulum-boda", "firenze-ceremony"])
                    + "-"
                    + f.hexid(4)
                )
            ),
            "recipients": Many(Y(lambda f: f.email(0.2), "email", True), 4),
            "photos_count": G(lambda f: f.r.randint(120, 2400)),
            "faces_tagged": G(lambda f: f.r.randint(0, 300)),
            "cover_photo_url": Y(
                lambda f: "https://img.celebra.events/galleries/" + f.hexid(12) + "/cover.jpg", "photo"
            ),
            "download_pin": RED(lambda f: f.digits(4), "secret"),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Wedding Insurance Purchased",
        ["java"],
        None,
        2,
        {
            "policy_number": Y(lambda f: f.pick(["WI", "POL", "AXA"]) + "-" + f.digits(8), "identification"),
            "insurer": G(lambda f: f.pick(["Allianz", "ICICI Lombard", "GNP Seguros", "AXA"])),
            "product": G(lambda f: f.pick(["Wedding Protect", "Shaadi Suraksha", "Boda Segura"])),
            "premium": G(lambda f: f.amount(30, 600)),
            "cover_amount": G(lambda f: f.amount(5000, 80000)),
            "currency": G(lambda f: f.cur()),
            "policyholder": {
                "name": Y(lambda f: f.full_name(0), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "email": Y(lambda f: f.email(0), "email"),
                "address": Y(lambda f: f.full_address(), "address"),
            },
            "start_date": G(lambda f: f.date(2025, 2025)),
            "end_date": G(lambda f: f.date(2026, 2026)),
            "claims_phone": G(lambda f: f.pick(["+39 02 7216 2000", "1800 2666", "+52 55 5227 9000"])),
        },
    ),
    (
        "track",
        "Financing Application Submitted",
        ["python"],
        "IN",
        2,
        {
            "application_id": G(lambda f: "LA" + f.digits(9)),
            "applicant_name": Y(lambda f: f.full_name(0), "name"),
            "applicant_mobile": Y(lambda f: f.phone(foreign=0), "phone"),
            "lender": G(lambda f: f.pick(["Bajaj Finserv", "HDFC Bank", "Tata Capital", "IDFC First"])),
            "loan_amount": G(lambda f: f.r.randint(2, 40) * 50000),
            "tenure_months": G(lambda f: f.pick([12, 24, 36, 48])),
            "pan_number": RED(lambda f: f.pan(), "national id"),
            "aadhaar_last4": RED(lambda f: f.digits(4), "national id"),
            "cibil_score": Y(lambda f: f.r.randint(620, 880), "credit score"),
            "monthly_income": Y(lambda f: f.r.randint(35, 400) * 1000, "salary"),
            "employer": G(
                lambda f: f.pick(
                    ["Infosys", "Tata Consultancy Services", "Self-employed", "Deloitte", "HDFC Bank"]
                )
            ),
            "job_title": G(
                lambda f: f.pick(["Software Engineer", "Chartered Accountant", "Doctor", "Sales Manager"])
            ),
            "marital_status": G(lambda f: f.pick(["single", "engaged", "married"])),
            "age": G(lambda f: f.r.randint(23, 38)),
            "kyc_status": G(lambda f: f.pick(["pending", "verified", "failed"])),
        },
    ),
    (
        "track",
        "Visa Invitation Letter Requested",
        ["node"],
        "IN",
        2,
        {
            "request_id": G(lambda f: f.uuid()),
            "guest_full_name": Y(lambda f: f.full_name(0.2), "name"),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "nationality": Y(lambda f: f.nationality(), "citizenship"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "needs_visa": RED(lambda f: f.pick([True, True, False]), "visa"),
            "home_address": Y(lambda f: f.full_address(), "address"),
            "occupation": G(
                lambda f: f.pick(["Software Engineer", "Teacher", "Retired", "Business owner", "Student"])
            ),
            "consulate": G(
                lambda f: f.pick(
                    ["VFS Global Mumbai", "VFS Global New Delhi", "Consolato Generale d'Italia Bengaluru"]
                )
            ),
            "travel_dates": {
                "arrival": G(lambda f: f.wedding_date()),
                "departure": G(lambda f: f.wedding_date()),
            },
            "destination_country": G(lambda f: "IT"),
            "invitation_letter_url": G(lambda f: "https://files.celebra.events/letters/" + f.uuid() + ".pdf"),
        },
    ),
    (
        "track",
        "Guest Checked In",
        ["ruby"],
        "IN",
        3,
        {
            "room_block_id": G(lambda f: "RB" + f.digits(5)),
            "guest_name": Y(lambda f: f.full_name(0.1), "name"),
            "guest_email": Y(lambda f: f.email(0.1), "email"),
            "mobile": Y(lambda f: f.phone(foreign=0), "phone"),
            "id_proof_type": G(lambda f: f.pick(["aadhaar", "aadhaar", "aadhaar"])),
            "id_proof_number": RED(lambda f: f.aadhaar(), "national id"),
            "room_number": G(lambda f: str(f.r.randint(101, 540))),
            "check_in": G(lambda f: f.iso()),
            "nights": G(lambda f: f.r.randint(1, 4)),
            "vehicle_number": Y(lambda f: f.plate(), "license"),
            "valet_ticket": G(lambda f: f.digits(5)),
            "hotel_name": G(
                lambda f: f.pick(["Trident Udaipur", "Fairmont Jaipur", "Taj Exotica Goa", "ITC Rajputana"])
            ),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ["swift"],
        None,
        2,
        {
            "referral_code": G(lambda f: "CEL-" + f.hexid(6).upper()),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "email", "copy_link"])),
            "invitee_name": Y(lambda f: f.full_name(), "name"),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "reward_amount": G(lambda f: f.pick([25, 50, 500, 1000])),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin"],
        None,
        3,
        {
            "version": G(lambda f: f.pick(["4.18.0", "4.18.1", "4.19.0"])),
            "build": G(lambda f: f.pick(["4180", "41801", "4190"])),
            "from_background": G(lambda f: f.pick([True, False])),
            "referring_application": G(
                lambda f: f.pick(["com.whatsapp", "com.instagram.android", "", "com.google.android.gm"])
            ),
            "url": G(
                lambda f: f.pick(
                    ["celebra://venue/" + f.digits(6), "celebra://inbox", "", "celebra://rsvp/summary"]
                )
            ),
        },
    ),
    (
        "alias",
        None,
        ["swift", "kotlin"],
        None,
        1,
        {},
    ),
    (
        "track",
        "Lead",
        ["node"],
        None,
        2,
        {
            "event_id": G(lambda f: f.uuid()),
            "event_source_url": G(lambda f: "https://www.celebra.events" + f.pick(WEB_PAGES)[0]),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10 - 1)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(30), "advertising id"),
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(lambda f: f.sha256()),
            },
            "custom_data": {"value": G(lambda f: f.pick([10, 25, 50])), "currency": G(lambda f: "EUR")},
        },
    ),
    (
        "track",
        "Off-Platform Contact Detected",
        ["python"],
        None,
        2,
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(10)),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["couple", "vendor"])),
            "text": Y(chat_contact, "phone|email", True),
            "detector": G(lambda f: f.pick(["regex_v3", "ml_contact_v1"])),
            "action": G(lambda f: f.pick(["masked", "warned", "blocked"])),
            "vendor_id": G(lambda f: "vnd_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Bot Answer Captured",
        ["node"],
        None,
        2,
        {
            "bot_flow": G(lambda f: f.pick(["lead_capture_v2", "venue_tour_booking", "rsvp_helper"])),
            "step": G(lambda f: "ask_email"),
            "input": Y(bot_email, "email", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Login Code Sent",
        ["java"],
        None,
        2,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "otp_length": G(lambda f: 6),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["ruby"],
        None,
        2,
        {
            "email": Y(lambda f: f.email(), "email"),
            "magic_link": RED(
                lambda f: "https://www.celebra.events/auth/magic?token=" + f.hexid(40), "token"
            ),
            "expires_at": G(lambda f: f.iso()),
            "redirect_path": G(lambda f: f.pick(["/planning/guest-list", "/inbox", "/checkout/deposit"])),
        },
    ),
    (
        "track",
        "Calendar Connected",
        ["go"],
        None,
        2,
        {
            "provider": G(lambda f: f.pick(["google", "google", "google"])),
            "calendar_id": Y(calendar_id, "email", True),
            "access_token": RED(lambda f: "ya29.a0" + f.hexid(60), "token"),
            "refresh_token": RED(lambda f: "1//0g" + f.hexid(40), "token"),
            "scopes": Many(G(lambda f: f.pick(["calendar.events", "calendar.readonly"])), 2),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web"],
        None,
        2,
        {
            "review_id": G(lambda f: "rev_" + f.digits(7)),
            "vendor_id": G(lambda f: "vnd_" + f.digits(5)),
            "rating": G(lambda f: f.r.randint(3, 5)),
            "title": G(
                lambda f: f.pick(
                    ["Magical day", "Servizio impeccabile", "¡Todo perfecto!", "Food was the highlight"]
                )
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "The team handled the rain plan flawlessly.",
                        "Cibo ottimo e personale gentilissimo.",
                        "El mariachi llegó puntual y tocó increíble.",
                        "Decor exceeded our expectations.",
                    ]
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
            "wedding_month": G(lambda f: f.pick(["2024-11", "2025-02", "2025-06", "2025-09"])),
            "verified_booking": G(lambda f: f.pick([True, False])),
            "photos_count": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Contract Signed",
        ["node"],
        None,
        2,
        {
            "envelope_id": G(lambda f: f.uuid()),
            "template": G(
                lambda f: f.pick(
                    ["venue_hire_v4", "catering_sla_v2", "contratto_location_it", "contrato_salon_mx"]
                )
            ),
            "signer_name": Y(lambda f: f.full_name(), "name"),
            "signer_email": Y(lambda f: f.email(), "email"),
            "signer_phone": Y(lambda f: f.phone(), "phone"),
            "signer_ip": Y(lambda f: f.ipv4(), "ip"),
            "signed_at": G(lambda f: f.iso()),
            "document_sha256": G(lambda f: f.sha256()),
            "contract_value": G(lambda f: f.amount(2000, 40000)),
        },
    ),
    (
        "track",
        "Email Opened",
        ["python"],
        None,
        2,
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: "open"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(8) + "-1-" + f.hexid(8)),
            "smtp-id": G(lambda f: "<" + f.hexid(16) + "@mail.celebra.events>"),
            "from": G(
                lambda f: f.pick(["no-reply@celebra.events", "ciao@celebra.events", "hola@celebra.events"])
            ),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "category": Many(G(lambda f: f.pick(["rsvp_reminder", "quote_ready", "instalment_due"])), 2),
        },
    ),
    (
        "track",
        "Caterer Dietary Summary Sent",
        ["java"],
        None,
        2,
        {
            "event_id": G(lambda f: "evt_" + f.hexid(10)),
            "caterer_id": G(lambda f: "vnd_" + f.digits(5)),
            "caterer_name": G(lambda f: f.vendor()),
            "total_covers": G(lambda f: f.r.randint(40, 800)),
            "veg_count": G(lambda f: f.r.randint(0, 400)),
            "jain_count": G(lambda f: f.r.randint(0, 40)),
            "halal_count": G(lambda f: f.r.randint(0, 60)),
            "allergen_matrix": Many(
                {
                    "allergen": G(
                        lambda f: f.pick(["peanuts", "tree nuts", "gluten", "shellfish", "lactose"])
                    ),
                    "guests_affected": G(lambda f: f.r.randint(1, 12)),
                },
                4,
            ),
            "special_guests": Many(
                {
                    "guest_name": Y(lambda f: f.full_name(), "name"),
                    "allergy": Y(
                        lambda f: f.pick(["peanuts", "shellfish", "gluten (coeliac)", "sesame", "lactose"]),
                        "allergy",
                    ),
                    "table": G(lambda f: f.r.randint(1, 40)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Mariachi Booking Confirmed",
        ["python"],
        "MX",
        2,
        {
            "booking_ref": G(lambda f: "MAR-" + f.digits(6)),
            "organizer_name": Y(lambda f: f.full_name(0), "name"),
            "organizer_phone": Y(lambda f: f.phone(foreign=0), "phone"),
            "musicians": G(lambda f: f.pick([5, 7, 9, 12])),
            "hours": G(lambda f: f.pick([1, 2, 3])),
            "price_per_hour": G(lambda f: f.pick([4500, 6000, 8500])),
            "setlist": Many(
                G(
                    lambda f: f.pick(
                        ["Cielito Lindo", "El Son de la Negra", "Hermoso Cariño", "Si Nos Dejan"]
                    )
                ),
                4,
            ),
            "venue_name": G(lambda f: f.venue()),
        },
    ),
    (
        "track",
        "Mehendi Booking Confirmed",
        ["ruby"],
        "IN",
        2,
        {
            "booking_id": G(lambda f: "MHD" + f.digits(6)),
            "grahak_ka_naam": Y(lambda f: f.full_name(0), "name"),
            "mobile_no": Y(lambda f: f.phone(foreign=0), "phone"),
            "ghar_ka_pata": Y(lambda f: f.street(), "address"),
            "pincode": Y(lambda f: f.zip(), "zipcode"),
            "kalakar_studio": G(
                lambda f: f.pick(["Neha Mehendi Arts", "Rangoli Henna Studio", "Mehndi by Sapna"])
            ),
            "haathon_ki_sankhya": G(lambda f: f.r.randint(2, 40)),
            "shulk": G(lambda f: f.pick([5100, 11000, 25000, 45000])),
            "tithi": G(lambda f: f.wedding_date()),
            "dulhan_ki_mehendi": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Photographer Lead Synced",
        ["go"],
        None,
        2,
        {
            "lead-id": G(lambda f: f.digits(9)),
            "lead-name": Y(lambda f: f.full_name(), "name"),
            "lead-email": Y(lambda f: f.email(), "email"),
            "lead-phone": Y(lambda f: f.phone(), "phone"),
            "event-date": G(lambda f: f.wedding_date()),
            "package-tier": G(lambda f: f.pick(["essentials", "signature", "luxe"])),
            "booking-probability": G(lambda f: round(f.r.random(), 2)),
            "crm-stage": G(lambda f: f.pick(["new", "contacted", "proposal_sent", "won", "lost"])),
            "assigned-to": Y(lambda f: f.full_name(0), "name", True),
            "source-url": G(lambda f: "https://www.celebra.events/vendors/" + f.hexid(6)),
        },
    ),
]

EVENTS += [
    (
        "track",
        "BookingConfirmed",
        ["dotnet"],
        None,
        3,
        {
            "BookingId": G(lambda f: f.uuid()),
            "VenueName": G(lambda f: f.venue()),
            "EventDate": G(lambda f: f.wedding_date() + "T00:00:00"),
            "GuestCount": G(lambda f: f.r.randint(40, 700)),
            "CustomerFirstName": Y(lambda f: f.first(), "name"),
            "CustomerLastName": Y(lambda f: f.last(), "name"),
            "CustomerEmail": Y(lambda f: f.email(), "email"),
            "CustomerPhone": Y(lambda f: f.phone(), "phone"),
            "BillingAddress": {
                "Street": Y(lambda f: f.street(), "address|street"),
                "City": Y(lambda f: f.city_row()[0], "city"),
                "PostalCode": Y(lambda f: f.zip(), "zipcode"),
                "CountryCode": G(lambda f: f.market),
            },
            "DepositAmount": G(lambda f: f.amount(500, 9000)),
            "Currency": G(lambda f: f.cur()),
            "PaymentMethodId": RED(
                lambda f: (
                    "pm_1"
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(23)
                    )
                ),
                "token",
            ),
            "CardBrand": G(lambda f: f.pick(["Visa", "MasterCard", "AmericanExpress", "RuPay"])),
            "CardLast4": G(lambda f: f.digits(4)),
            "CoordinatorName": Y(lambda f: f.full_name(0), "name"),
            "PartnerName": Y(lambda f: f.full_name(), "name"),
            "IsDestinationWedding": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Day-of Contacts Updated",
        ["kotlin", "swift"],
        None,
        2,
        {
            "event_id": G(lambda f: "evt_" + f.hexid(10)),
            "contacts": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.phone(foreign=0.1), "phone"),
                    "email": Y(lambda f: f.email(0.1), "email"),
                    "role": G(
                        lambda f: f.pick(
                            ["maid of honour", "best man", "planner", "driver", "testimone", "padrino"]
                        )
                    ),
                },
                4,
            ),
            "contacts_count": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Invitado Registrado",
        ["python"],
        "MX",
        3,
        {
            "id_invitado": G(lambda f: f.digits(6)),
            "nombre_invitado": Y(lambda f: f.full_name(0.1), "name"),
            "correo_invitado": Y(lambda f: f.email(0.1), "email"),
            "whatsapp": Y(lambda f: f.phone(foreign=0.05), "phone"),
            "acompanantes": G(lambda f: f.r.randint(0, 4)),
            "parentesco": G(lambda f: f.pick(["tía", "primo", "amiga", "padrino", "compañero de trabajo"])),
            "menu": G(lambda f: f.pick(["res", "pollo", "vegetariano", "infantil"])),
            "mesa": G(lambda f: f.r.randint(1, 40)),
            "requiere_silla_de_ruedas": RED(lambda f: f.pick([True, False, False]), "disability"),
            "confirmado": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vendor Payout Sent",
        ["go"],
        None,
        2,
        {
            "payout_id": G(lambda f: "po_" + f.hexid(12)),
            "vendor_id": G(lambda f: "vnd_" + f.digits(5)),
            "amount": G(lambda f: f.amount(200, 15000)),
            "currency": G(lambda f: f.cur()),
            "beneficiary_name": Y(lambda f: f.full_name(0), "name"),
            "beneficiary_account": RED(lambda f: f.payout_account(), "bank account"),
            "routing_code": G(lambda f: f.routing_code()),
            "utr": G(lambda f: f.pick(["UTIBR", "HDFCN", "N", "SBINR"]) + f.digits(12)),
            "status": G(lambda f: f.pick(["processing", "paid", "reversed"])),
        },
    ),
    (
        "track",
        "Profile Photo Uploaded",
        ["swift", "kotlin"],
        None,
        2,
        {
            "photo_url": Y(lambda f: "https://img.celebra.events/couples/" + f.hexid(12) + ".jpg", "photo"),
            "width": G(lambda f: f.pick([1080, 1440, 2048])),
            "height": G(lambda f: f.pick([1080, 1350, 1920])),
            "file_size_kb": G(lambda f: f.r.randint(180, 4200)),
            "face_detected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        None,
        2,
        {
            "ticket_id": G(lambda f: f.digits(6)),
            "requester": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "subject": G(
                lambda f: f.pick(
                    ["Deposit not reflected", "Cambio de fecha", "Rimborso caparra", "Vendor not responding"]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["email", "web", "whatsapp"])),
            "assignee_name": Y(lambda f: f.full_name(0), "name"),
            "tags": Many(G(lambda f: f.pick(["payments", "refund", "vendor", "rsvp", "vip"])), 3),
        },
    ),
]


def site_slug(f: W) -> str:
    a, b = plain(f.first(0)).lower().split()[0], plain(f.first(0)).lower().split()[0]
    return f.pick([f"{a}-and-{b}", f"{a}{b}{f.r.randint(2025, 2026)}", f"{a}-weds-{b}", f"{a}y{b}"])


def site_title(f: W) -> str:
    a, b = f.first(0), f.first(0)
    return f.pick(
        [f"{a} & {b}'s Wedding", f"{a} e {b} - Matrimonio", f"La boda de {a} y {b}", f"{a} weds {b}"]
    )


def hashtag(f: W) -> str:
    a, b = plain(f.first(0)).split()[0], plain(f.first(0)).split()[0]
    return f.pick([f"#{a}Weds{b}", f"#{a}And{b}2025", f"#{b}Ki{a}", f"#{a}y{b}"])


EVENTS += [
    (
        "track",
        "Wedding Website Published",
        ["web"],
        None,
        2,
        {
            "website_id": G(lambda f: "ws_" + f.hexid(8)),
            "subdomain": Y(site_slug, "name", True),
            "site_title": Y(site_title, "name", True),
            "hashtag": Y(hashtag, "name", True),
            "theme": G(lambda f: f.pick(["Amalfi", "Jaipur Pink", "Hacienda", "Minimal"])),
            "password_protected": G(lambda f: f.pick([True, False])),
            "sections": Many(
                G(lambda f: f.pick(["story", "schedule", "travel", "registry", "faq", "rsvp"])), 4
            ),
        },
    ),
    (
        "track",
        "Honeymoon Fund Contribution Received",
        ["node"],
        None,
        2,
        {
            "registry_id": G(lambda f: "reg_" + f.hexid(8)),
            "contribution_id": G(lambda f: f.uuid()),
            "contributor_name": Y(lambda f: f.full_name(), "name"),
            "contributor_email": Y(lambda f: f.email(0.2), "email"),
            "gift_item": G(
                lambda f: f.pick(
                    ["Dinner in Santorini", "Maldives water villa night", "Kyoto tea ceremony", "Safari day"]
                )
            ),
            "amount": G(lambda f: f.amount(20, 600)),
            "currency": G(lambda f: f.cur()),
            "anonymous": G(lambda f: f.pick([True, False])),
        },
    ),
]

CONTEXTS = {"web", "swift", "kotlin", "rn", "flutter", *SERVER_LIBS}


def build(seed: int, repeats: int):
    f = W(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, market, weight, body in EVENTS:
            for _ in range(weight):
                f.market = market or f.pick(MARKET_WEIGHTS)
                client = f.pick(clients)
                page = f.pick(WEB_PAGES)
                template = body(f, page) if callable(body) else body
                msg = {
                    "type": kind,
                    "messageId": f.uuid() if client not in ("web",) else "ajs-next-" + f.hexid(32),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "u_" + f.digits(8),
                }
                if kind == "track":
                    msg["event"] = name
                if kind == "page":
                    msg["name"] = page[1].split(" | ")[0]
                if kind == "screen":
                    msg["name"] = f.pick(["Venue Detail", "Search Results", "Guest List", "Budget", "Inbox"])
                if kind == "group":
                    msg["groupId"] = "vnd_" + f.digits(5)
                if kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                section = "traits" if kind in ("identify", "group") else "properties"
                if template:
                    msg[section] = render(template, f, section, labels)
                if client == "web":
                    ctx = web_context(f, page)
                elif client == "swift":
                    ctx = swift_context(f)
                elif client == "kotlin":
                    ctx = kotlin_context(f)
                elif client == "rn":
                    ctx = rn_context(f)
                elif client == "flutter":
                    ctx = flutter_context(f)
                else:
                    ctx = server_context(f, client, forwarded=f.r.random() < 0.5)
                msg["context"] = render(ctx, f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=203, repeats=14)
    write(Path(__file__).parent, "holdout203_", events, labels)
