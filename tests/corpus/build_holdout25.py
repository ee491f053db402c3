"""Writes the twenty-fifth holdout: tests/corpus/holdout25_events.jsonl and holdout25_labels.json.

Sealed: written from the brief, REFERENCE.md and the corpus helpers only, without reading the
detection engine, its vocabularies, its tests or the other holdouts' labels, and without running
the engine on these events. Run: `.venv/bin/python -m tests.corpus.build_holdout25`.

Domain: travel and hospitality, three Segment workspaces' worth of everyday traffic.
- Skyward, an airline (US, Mexico, Germany): flight search, booking with adults, children and
  infants, seats, meals, special assistance (SSR codes), APIS / Secure Flight data, check-in,
  boarding passes (IATA BCBP barcodes), Skyward Miles loyalty, a co-branded card application,
  disruptions, EU261 claims, refunds, lost bags; Spanish keys from the Mexican partner backend and
  German keys from the German handling partner.
- Lodgewell, a hotel chain: search, reservations, guest profiles from a .NET PMS (PascalCase),
  preferences, mobile room keys, in-stay requests, folio charges, a Stripe-shaped payment
  payload, reviews, a German registration form (Meldeschein), a warehouse reverse-ETL identify
  (SCREAMING_SNAKE), corporate accounts (group calls).
- Tripnest, an online travel agency: packages, travel-insurance add-ons, e-visa applications,
  car rental with drivers' licences and a rental partner's kebab-case webhook, saved travellers,
  support chat, ad-platform conversion uploads.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter,
and server libraries for Python, Node, Go, Java, Ruby, PHP and .NET, with their `context` blocks
(ip, traits, device, app, library, locale, userAgent, campaign, location, externalIds).
Calls: identify, track, page, screen, group, alias (alias carries no scanned fields).

Conventions: mostly camelCase and snake_case; PascalCase (.NET PMS), kebab-case (car-rental
partner), SCREAMING_SNAKE (warehouse sync), Spanish and German keys (partner backends).
Values: names from many cultures (Mexican double surnames, German, Turkish, Japanese, Korean,
Nigerian, Vietnamese ...), national phone formats (US, MX, DE and others), addresses by country,
Luhn-valid cards, mod-97 IBANs, CLABEs with their check digit, CURPs and RFCs with their check
characters, structurally valid SSNs, passport numbers shaped per issuing country.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a co-traveller, an emergency contact, a
  recipient, a dependant, a staff member. Colour: the reference's default for the matcher
  (name, email, phone, address, street, city, zipcode, birthdate, gender, citizenship, license,
  photo, salary, ip, medication, allergy, condition: yellow; passport, visa, credit card, token,
  password, social security number, disability, veteran: red). Types outside the reference:
  bank account, national id, secret, criminal record: red; geolocation, advertising id: yellow.
- Special categories revealed by a boolean or an enum are red in that category: SSR codes for
  wheelchairs, blind or deaf passengers and service animals (disability); religious and medical
  meal codes and dietary restrictions such as kosher, halal, diabetic (religion|condition);
  pregnancy, medical oxygen, "has a pre-existing condition" (condition); military status
  (veteran). A list of named conditions, medications or allergies keeps the reference's yellow.
- Green: ids we or our partners issue (user, order, PNR / booking reference, e-ticket number,
  confirmation number, loyalty / frequent-flyer numbers, policy and application ids, bag tags,
  key ids, UUIDs), versions, timestamps, amounts, counts, enums, booleans under PII-sounding keys
  (`emailVerified`, `passport_scanned`, `tsa_precheck`, `has_known_traveler_number`), card brand,
  last four, BIN and expiry, BICs, document expiry and issue dates, issuing countries, product /
  fare / plan / hotel / company / pet names, places that are not the person's (searched
  destinations, airports, a hotel's or rental branch's address and phone), seat and room numbers,
  ages used as search parameters (not birth dates), occupations and employers, user agents, OS
  analytics ids and ad-platform browser ids (`fbp`), hashes of ids we issue (`external_id`).
- A traveller's own address, including where they stay abroad (APIS destination address) and
  where a delayed bag should be delivered, is personal; a hotel's or branch's address is not.
- Name-like honorifics (Mr / Mrs / Ms / Mx) reveal gender: yellow gender.
- Government-issued traveller ids (Known Traveler Number, redress number, CURP, RFC, German
  Personalausweis number) are `national id`, red; the last four of an SSN are red.
- Hashes of personal data sent for ad matching (hashed e-mail / phone) stay personal: yellow with
  the hashed datum's type. Push tokens, mobile-key credentials and password-reset links (with their
  token) are red tokens.
- value_only: true when the key does not say what the value is: neutral keys (`value`, `input`,
  `text`, `label`, `to`, `sent_to`, `id`, `description`, `comments`, `special_requests`,
  `AdjustmentNote`, `barcode_data`, `manage_booking_url`, `reset_link`); false when the key names
  the datum or names the person whose datum it holds in its natural form (`cardholder_name`,
  `PostedBy`, `driver-name`, `passenger_name`: a name). A value_only PII path holds that PII in
  every one of its values; free text is labelled by what every one of its values carries and is
  green when none carries PII (`notes`, `comment`, `message`, `review_text`, `bag_description`).
- Where a case is truly undecidable, the label is what a careful privacy owner at a mid-size
  company would want flagged: honorifics, hashed e-mails and phones, dietary restrictions and
  whole SSR / meal-code fields are flagged even though some of their values are harmless alone.
"""

import base64
import hashlib
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

NAMES = {
    "US": (
        ["Michael", "Tyrone", "Brandon", "Ethan", "Carlos", "DeShawn", "Kevin", "Austin"],
        ["Emily", "Jasmine", "Megan", "Ashley", "Hannah", "Kayla", "Brittany", "Madison"],
        ["Johnson", "Williams", "Brown", "Jackson", "Miller", "Davis", "Rodriguez", "Anderson", "Thompson"],
    ),
    "MX": (
        ["José Luis", "Juan Carlos", "Alejandro", "Diego", "Jesús", "Emiliano", "Santiago", "Rodrigo"],
        ["María Fernanda", "Guadalupe", "Ximena", "Itzel", "Sofía", "Valeria", "Citlali", "Paola"],
        ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Sánchez", "Ramírez", "Cruz"],
    ),
    "DE": (
        ["Lukas", "Jürgen", "Maximilian", "Mehmet", "Jonas", "Felix", "Dieter", "Moritz"],
        ["Anna", "Sabine", "Lea", "Katharina", "Ursula", "Zeynep", "Jana", "Brigitte"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Yılmaz", "Hoffmann"],  # noqa: RUF001
    ),
    "GB": (
        ["Oliver", "Harry", "George"],
        ["Amelia", "Isla", "Sophie"],
        ["Taylor", "Evans", "Patel", "Hughes"],
    ),
    "FR": (
        ["Théo", "Lucas", "Mathéo"],
        ["Camille", "Inès", "Léa"],
        ["Martin", "Bernard", "Lefèvre", "Dubois"],
    ),
    "ES": (["Hugo", "Pablo", "Álvaro"], ["Lucía", "Martina", "Carmen"], ["Fernández", "Navarro", "Iglesias"]),
    "JP": (["Haruto", "Sota", "Ren"], ["Yui", "Aoi", "Sakura"], ["Sato", "Suzuki", "Takahashi", "Watanabe"]),
    "IN": (
        ["Aarav", "Vivaan", "Rohan"],
        ["Ananya", "Diya", "Priya"],
        ["Sharma", "Iyer", "Reddy", "Banerjee"],
    ),
    "BR": (
        ["João", "Gabriel", "Rafael"],
        ["Ana Clara", "Beatriz", "Larissa"],
        ["Silva", "Oliveira", "Souza"],
    ),
    "NG": (["Chinedu", "Oluwaseun", "Emeka"], ["Ngozi", "Aisha", "Folake"], ["Okafor", "Adeyemi", "Eze"]),
    "KR": (
        ["Min-jun", "Seo-jun", "Do-yoon"],
        ["Ji-woo", "Seo-yeon", "Ha-eun"],
        ["Kim", "Lee", "Park", "Choi"],
    ),
    "CA": (["Liam", "Owen", "Félix"], ["Chloé", "Emma", "Maude"], ["Tremblay", "Gagnon", "MacDonald"]),
    "TR": (["Emre", "Burak", "Mustafa"], ["Elif", "Ayşe", "Zehra"], ["Kaya", "Demir", "Çelik"]),
    "VN": (["Minh", "Quang", "Huy"], ["Linh", "Thảo", "Mai"], ["Nguyễn", "Trần", "Phạm"]),
    "PL": (
        ["Jakub", "Wojciech", "Kacper"],
        ["Zofia", "Małgorzata", "Agnieszka"],
        ["Nowak", "Wiśniewski", "Wójcik"],
    ),
    "EG": (["Omar", "Youssef", "Karim"], ["Layla", "Mariam", "Nour"], ["Haddad", "El-Sayed", "Mansour"]),
}
COUNTRY_WEIGHTS = {"US": 30, "MX": 24, "DE": 22, **{c: 2 for c in NAMES if c not in ("US", "MX", "DE")}}
NATIONALITY = {
    "US": "American",
    "MX": "Mexican",
    "DE": "German",
    "GB": "British",
    "FR": "French",
    "ES": "Spanish",
    "JP": "Japanese",
    "IN": "Indian",
    "BR": "Brazilian",
    "NG": "Nigerian",
    "KR": "South Korean",
    "CA": "Canadian",
    "TR": "Turkish",
    "VN": "Vietnamese",
    "PL": "Polish",
    "EG": "Egyptian",
}
MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "MX": ["hotmail.com", "gmail.com", "yahoo.com.mx", "prodigy.net.mx", "outlook.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
}
CITIES = {
    "US": [
        ("Chicago", "IL", "606"),
        ("Houston", "TX", "770"),
        ("Brooklyn", "NY", "112"),
        ("Denver", "CO", "802"),
        ("San Jose", "CA", "951"),
        ("Atlanta", "GA", "303"),
        ("Tampa", "FL", "336"),
        ("Seattle", "WA", "981"),
    ],
    "MX": [
        ("Ciudad de México", "CDMX", "06"),
        ("Guadalajara", "JAL", "44"),
        ("Monterrey", "NL", "64"),
        ("Puebla", "PUE", "72"),
        ("Mérida", "YUC", "97"),
        ("Querétaro", "QRO", "76"),
        ("Tijuana", "BC", "22"),
    ],
    "DE": [
        ("Berlin", "BE", "10"),
        ("München", "BY", "80"),
        ("Hamburg", "HH", "20"),
        ("Köln", "NW", "50"),
        ("Frankfurt am Main", "HE", "60"),
        ("Leipzig", "SN", "04"),
        ("Stuttgart", "BW", "70"),
    ],
    "GB": [("Manchester", "ENG", "M"), ("Leeds", "ENG", "LS")],
    "FR": [("Lyon", "ARA", "69"), ("Toulouse", "OCC", "31")],
    "ES": [("Valencia", "VC", "46"), ("Sevilla", "AN", "41")],
    "JP": [("Osaka", "27", "530"), ("Yokohama", "14", "220")],
    "IN": [("Bengaluru", "KA", "560"), ("Pune", "MH", "411")],
    "BR": [("Curitiba", "PR", "80"), ("Recife", "PE", "50")],
    "NG": [("Lagos", "LA", "100"), ("Abuja", "FC", "900")],
    "KR": [("Busan", "26", "48"), ("Seoul", "11", "04")],
    "CA": [("Montréal", "QC", "H2"), ("Calgary", "AB", "T2")],
    "TR": [("İzmir", "35", "35"), ("Ankara", "06", "06")],
    "VN": [("Hà Nội", "HN", "10"), ("Đà Nẵng", "DN", "55")],
    "PL": [("Kraków", "MA", "30"), ("Gdańsk", "PM", "80")],
    "EG": [("Alexandria", "ALX", "21"), ("Giza", "GZ", "12")],
}
US_STREETS = [
    "Oak Ave",
    "W Division St",
    "Maple Dr",
    "N Lamar Blvd",
    "Elm St",
    "Sunset Ridge Rd",
    "Peachtree St NE",
]
MX_STREETS = [
    "Av. Insurgentes Sur",
    "Calle Hidalgo",
    "Av. Vallarta",
    "Calle 60",
    "Blvd. Díaz Ordaz",
    "Calle Durango",
]
MX_COLONIAS = ["Col. Roma Norte", "Col. Del Valle", "Col. Americana", "Col. Centro", "Col. Del Valle Oriente"]
DE_STREETS = ["Friedrichstraße", "Hauptstr.", "Schönhauser Allee", "Leopoldstraße", "Am Gänsemarkt", "Zeil"]
OTHER_STREETS = [
    "Rue de la République",
    "Calle Mayor",
    "Station Road",
    "ul. Długa",
    "Rua das Flores",
    "Gangnam-daero",
]
AIRPORTS = [
    "JFK",
    "LAX",
    "ORD",
    "DFW",
    "MIA",
    "SFO",
    "MEX",
    "CUN",
    "GDL",
    "MTY",
    "SJD",
    "FRA",
    "MUC",
    "BER",
    "HAM",
    "DUS",
]
DESTINATIONS = [
    "Cancún",
    "Tulum",
    "Oaxaca",
    "Berlin",
    "Munich",
    "New York",
    "Chicago",
    "Puerto Vallarta",
    "Hamburg",
]
HOTELS = [
    "Lodgewell Reforma",
    "Lodgewell Midtown East",
    "Lodgewell Berlin Mitte",
    "Lodgewell Cancún Beach Resort",
    "Lodgewell Suites O'Hare",
    "Lodgewell Munich Schwabing",
    "Lodgewell Guadalajara Providencia",
]
HOTEL_ADDRESSES = [
    "Paseo de la Reforma 325",
    "141 E 44th St",
    "Unter den Linden 77",
    "Blvd. Kukulcán Km 9.5",
    "6810 N Mannheim Rd",
    "Leopoldstraße 130",
    "Av. Providencia 2577",
]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
]


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i")  # noqa: RUF001
    return "".join(
        c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c) and ord(c) < 128
    )


class Trip(Fake):
    """Fake with the travel generators; `country` picks from the corpus' mix of markets, `cc` is the
    market of the message being rendered (the user's own country)."""

    cc = "US"

    memo: dict = {}

    def remember(self, key: str, value):
        """Keeps a rendered value so a later sibling can agree with it (a form's field and value)."""
        self.memo = {**self.memo, key: value}
        return value

    def country(self) -> str:
        return self.r.choices(list(COUNTRY_WEIGHTS), weights=list(COUNTRY_WEIGHTS.values()))[0]

    def gender(self) -> str:
        return self.pick(["M", "F"])

    def given(self, country=None, gender=None) -> str:
        male, female, _ = NAMES[country or self.country()]
        return self.pick(male if (gender or self.gender()) == "M" else female)

    def family(self, country=None) -> str:
        c = country or self.country()
        last = NAMES[c][2]
        if c == "MX" and self.r.random() < 0.6:
            return f"{self.pick(last)} {self.pick(last)}"
        return self.pick(last)

    def person_name(self, country=None) -> str:
        c = country or self.country()
        return f"{self.given(c)} {self.family(c)}"

    def mail(self, country=None) -> str:
        c = country or self.country()
        first = ascii_fold(self.given(c)).lower().replace(" ", "")
        last = ascii_fold(self.family(c).split(" ")[0]).lower().replace("-", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}.{first}",
                f"{first}_{last}{self.r.randint(70, 99)}",
            ]
        )
        return f"{local}@{self.pick(MAIL.get(c, ['gmail.com', 'outlook.com', 'yahoo.com']))}"

    def tel(self, country=None) -> str:
        c = country or self.country()
        r = self.r
        if c in ("US", "CA"):
            a, b, n = r.randint(201, 989), r.randint(202, 989), r.randint(0, 9999)
            return self.pick(
                [f"+1{a}{b}{n:04d}", f"({a}) {b}-{n:04d}", f"{a}-{b}-{n:04d}", f"+1 {a}-{b}-{n:04d}"]
            )
        if c == "MX":
            area = self.pick(["55", "33", "81", "222", "998"])
            rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
            spaced = f"{rest[: len(rest) - 4]} {rest[-4:]}"
            return self.pick(
                [f"+52 {area} {spaced}", f"{area} {spaced}", f"+52{area}{rest}", f"+52 1 {area} {spaced}"]
            )
        if c == "DE":
            mobile = self.pick(["151", "160", "170", "171", "176", "157"])
            n = "".join(str(r.randint(0, 9)) for _ in range(8))
            return self.pick(
                [f"+49 {mobile} {n}", f"0{mobile} {n[:4]} {n[4:]}", f"+49{mobile}{n}", f"030 {n[:4]}{n[4:7]}"]
            )
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        return {
            "GB": f"+44 7{d(3)} {d(6)}",
            "FR": f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            "ES": f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
            "JP": f"+81 90-{d(4)}-{d(4)}",
            "IN": f"+91 9{d(4)} {d(5)}",
            "BR": f"+55 11 9{d(4)}-{d(4)}",
            "NG": f"+234 803 {d(3)} {d(4)}",
            "KR": f"+82 10-{d(4)}-{d(4)}",
            "TR": f"+90 532 {d(3)} {d(2)} {d(2)}",
            "VN": f"+84 90 {d(3)} {d(4)}",
            "PL": f"+48 {r.randint(500, 799)} {d(3)} {d(3)}",
            "EG": f"+20 10 {d(4)} {d(4)}",
        }[c]

    def street_line(self, country=None) -> str:
        c = country or self.country()
        n = self.r.randint(1, 2999)
        if c == "US":
            return f"{n} {self.pick(US_STREETS)}"
        if c == "MX":
            return f"{self.pick(MX_STREETS)} {self.r.randint(1, 1999)}, {self.pick(MX_COLONIAS)}"
        if c == "DE":
            return f"{self.pick(DE_STREETS)} {self.r.randint(1, 180)}{self.pick(['', '', 'a', 'b'])}"
        return f"{self.r.randint(1, 200)} {self.pick(OTHER_STREETS)}"

    def line2(self) -> str:
        return self.pick(
            ["Apt 4B", "Unit 12", "Depto. 302", "Int. 5", "3. OG links", "Hinterhaus", "#1107", "Piso 2"]
        )

    def home_city(self, country=None) -> str:
        return self.pick(CITIES[country or self.country()])[0]

    def postcode(self, country=None) -> str:
        c = country or self.country()
        _, _, prefix = self.pick(CITIES[c])
        r = self.r
        if c == "US":
            return prefix + f"{r.randint(0, 99):02d}" + self.pick(["", "", f"-{r.randint(1000, 9999)}"])
        if c in ("MX", "DE"):
            return prefix + f"{r.randint(0, 999):03d}"
        if c == "GB":
            return f"{prefix}{r.randint(1, 20)} {r.randint(1, 9)}{self.pick(['AB', 'DL', 'XQ'])}"
        if c == "CA":
            return f"{prefix}{self.pick('ABCEGHJ')} {r.randint(1, 9)}{self.pick('KLMNP')}{r.randint(1, 9)}"
        if c == "JP":
            return f"{prefix}-{r.randint(0, 9999):04d}"
        return prefix + "".join(str(r.randint(0, 9)) for _ in range(5 - len(prefix)))

    def region(self, country=None) -> str:
        return self.pick(CITIES[country or self.country()])[1]

    def dob(self, kind="adult") -> str:
        years = {"adult": (1948, 2004), "child": (2012, 2021), "infant": (2023, 2024)}[kind]
        return self.date(*years)

    def passport_no(self, country=None) -> str:
        c = country or self.country()
        r = self.r
        dig = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        up = lambda k: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))  # noqa: E731
        if c == "US":
            return self.pick([dig(9), "A" + dig(8)])
        if c == "MX":
            return self.pick(["G", "N"]) + dig(8)
        if c == "DE":
            return self.pick("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        return {
            "GB": dig(9),
            "FR": dig(2) + up(2) + dig(5),
            "ES": up(3) + dig(6),
            "JP": up(2) + dig(7),
            "IN": up(1) + dig(7),
            "BR": up(2) + dig(6),
            "NG": "A" + dig(8),
            "KR": "M" + dig(8),
            "CA": up(2) + dig(6),
            "TR": "U" + dig(8),
            "VN": "C" + dig(7),
            "PL": up(2) + dig(7),
            "EG": "A" + dig(8),
        }[c]

    def personalausweis(self) -> str:
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        return self.pick("LMNPRTVWXY") + "".join(self.r.choice(alphabet) for _ in range(8))

    def ktn(self) -> str:
        return self.pick(["98", "15", "TT"]) + self.digits(7)

    def redress(self) -> str:
        return self.digits(7)

    def curp(self, given: str, family: str, dob: str, sex: str) -> str:
        def clean(s):
            return ascii_fold(s).upper().replace("-", "")

        names = clean(given).split()
        first = names[1] if names[0] in ("JOSE", "MARIA", "MA", "J") and len(names) > 1 else names[0]
        surnames = clean(family).split()
        pat = surnames[0]
        mat = surnames[1] if len(surnames) > 1 else "X"
        vowel = next((c for c in pat[1:] if c in "AEIOU"), "X")
        cons = lambda s: next((c for c in s[1:] if c.isalpha() and c not in "AEIOU"), "X")  # noqa: E731
        y, m, d = dob.split("-")
        state = self.pick(["DF", "JC", "NL", "PL", "YN", "QT", "BC", "MC"])
        diff = self.pick("0123456789") if int(y) < 2000 else self.pick("ABCDEFGH")
        body = f"{pat[0]}{vowel}{mat[0]}{first[0]}{y[2:]}{m}{d}{'H' if sex == 'M' else 'M'}{state}"
        body += f"{cons(pat)}{cons(mat)}{cons(first)}{diff}"
        table = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        total = sum(table.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def rfc(self, curp: str) -> str:
        body = curp[:10] + "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2))
        table = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
        total = sum(table.index(c) * (13 - i) for i, c in enumerate(body))
        check = 11 - total % 11
        return body + ("0" if check == 11 else "A" if check == 10 else str(check))

    def mx_person(self) -> dict:
        sex = self.gender()
        given = self.given("MX", sex)
        pat, mat = self.pick(NAMES["MX"][2]), self.pick(NAMES["MX"][2])
        dob = self.dob()
        curp = self.curp(given, f"{pat} {mat}", dob, sex)
        return {"given": given, "pat": pat, "mat": mat, "dob": dob, "curp": curp, "rfc": self.rfc(curp)}

    def clabe(self) -> str:
        body = self.pick(["002", "012", "014", "021", "072", "127"]) + self.digits(3) + self.digits(11)
        weights = [3, 7, 1] * 6
        total = sum((int(c) * w) % 10 for c, w in zip(body, weights))
        return body + str((10 - total % 10) % 10)

    def us_licence(self) -> str:
        return self.pick(
            [
                "D" + self.digits(7),  # California
                self.digits(8),  # Texas
                self.digits(9),  # New York
                f"S{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-0",  # Florida
                # Illinois
                f"{self.pick('ABCDEFGHJKLMNPRSTW')}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
            ]
        )

    def de_licence(self) -> str:
        alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return (
            f"{self.pick('BFGHJKMN')}{self.digits(3)}"
            + "".join(self.r.choice(alnum) for _ in range(5))
            + (f"{self.r.randint(0, 9)}{self.pick('123')}")
        )

    def licence_no(self, country) -> str:
        if country == "DE":
            return self.de_licence()
        if country == "MX":
            return self.pick(["A", "B", "C"]) + self.digits(8)
        return self.us_licence()

    def pnr(self) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def flight(self) -> str:
        return f"KW{self.r.randint(100, 2999)}"

    def ticket(self) -> str:
        return "615" + self.digits(10)

    def seat(self) -> str:
        return f"{self.r.randint(1, 38)}{self.pick('ABCDEF')}"

    def miles_no(self) -> str:
        return self.digits(10)

    def airport(self) -> str:
        return self.pick(AIRPORTS)

    def day(self, start=2024, end=2025) -> str:
        return f"{self.r.randint(start, end)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def sha256(self, text: str) -> str:
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()

    def bcbp(self) -> str:
        c = self.country()
        name = ascii_fold(f"{self.family(c).split(' ')[0]}/{self.given(c).replace(' ', '')}").upper()[:20]
        r = self.r
        route = f"{self.airport()}{self.airport()}KW  {r.randint(100, 2999):04d} "
        seat = f"{r.randint(1, 38):03d}{self.pick('ABCDEF')}"
        return f"M1{name:<20}E{self.pnr():<7}{route}{r.randint(1, 365):03d}Y{seat}{r.randint(1, 300):04d} 100"

    def card_digits(self) -> str:
        return self.card(formatted=False)


# -- free text --------------------------------------------------------------------------------------


def special_request(f: Trip) -> str:
    return f.pick(
        [
            f"Arriving late (flight lands 23:40), please hold the room. Mobile {f.tel()}",
            f"Anniversary trip! If anything is unclear call me on {f.tel()}",
            f"Need a crib for the baby. You can WhatsApp me at {f.tel()}",
            f"Quiet room away from the elevator please. Reachable at {f.tel()}",
            f"Early check-in if possible, text {f.tel()} when the room is ready",
        ]
    )


def assistance_comment(f: Trip) -> str:
    return f.pick(
        [
            "My father uses a wheelchair and cannot climb the aircraft stairs.",
            "I am blind and travel with my guide dog, please seat us in a bulkhead row.",
            "Passenger is deaf, please give gate announcements in writing.",
            "My daughter has cerebral palsy and needs an aisle chair to reach her seat.",
            "I had knee surgery last month and cannot walk long distances at the terminal.",
            "Power wheelchair with lithium battery, user cannot transfer without help.",
        ]
    )


def chat_text(f: Trip) -> str:
    return f.pick(
        [
            f"Hi, I never got my confirmation, my email is {f.mail()}",
            f"please call me back on {f.tel()} about the visa",
            f"Wrong email on the booking, it should be {f.mail()}",
            f"my number changed, new one is {f.tel()}",
            f"can you send the invoice to {f.mail()} instead?",
        ]
    )


def passport_complaint(f: Trip) -> str:
    c = f.pick(["US", "MX", "DE", "GB", "IN"])
    return f.pick(
        [
            f"Typo in my passport number, it is {f.passport_no(c)} not what I entered",
            f"Passport renewed, new number {f.passport_no(c)}, please update my APIS",
            f"The app rejects passport {f.passport_no(c)} although it is valid until 2031",
        ]
    )


def folio_note(f: Trip) -> str:
    return f.pick(
        [
            f"Courtesy credit for {f.person_name()} - noise complaint",
            f"Late checkout approved for {f.person_name()} by front office",
            f"Minibar charge disputed by guest {f.person_name()}, removed",
            f"Rate match for {f.person_name()} (found lower on OTA)",
        ]
    )


def review_text(f: Trip) -> str:
    return f.pick(
        [
            "Great location, the rooftop bar is a must. Room was small but spotless.",
            "Check-in took 40 minutes, staff seemed overwhelmed. Breakfast was excellent.",
            "Perfect for a family stay, the kids loved the pool.",
            "Bed was comfortable but the AC was noisy all night.",
            "Muy buena ubicación, el desayuno buffet vale la pena.",
            "Sehr sauber, freundliches Personal, gerne wieder.",
        ]
    )


def manage_link(f: Trip) -> str:
    last = ascii_fold(f.family().split(" ")[0])
    return f"https://www.skyward.example/manage?pnr={f.pnr()}&lastName={last}"


# -- contexts ---------------------------------------------------------------------------------------

BRAND = {
    "skyward": ("Skyward", "com.skyward.app", "https://www.skyward.example"),
    "lodgewell": ("Lodgewell", "com.lodgewell.guest", "https://www.lodgewell.example"),
    "tripnest": ("Tripnest", "com.tripnest.mobile", "https://www.tripnest.example"),
}


def web_context(f: Trip, brand: str, page: str):
    title, _, host = BRAND[brand]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://www.kayak.com/", host + "/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?lang=es", "?currency=MXN"])
            ),
            "title": G(lambda f: f.pick([f"{title} | Book", f"{title} – Offers", f"{title}"])),  # noqa: RUF001
            "url": G(lambda f: host + page),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not/A)Brand"])),
                    "version": G(lambda f: f.pick(["126", "8", "125"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "de-DE", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/Mexico_City", "Europe/Berlin", "America/New_York"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["summer_sale_2024", "cancun_flash", "miles_double"])),
            "source": G(lambda f: f.pick(["google", "newsletter", "facebook", "kayak"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "metasearch"])),
            "term": G(lambda f: f.pick(["cheap flights to cancun", "hotel berlin mitte", "vuelos a cdmx"])),
            "content": G(lambda f: f.pick(["hero_banner", "deal_card_3", "textlink"])),
        },
    }


def swift_context(f: Trip, brand: str):
    name, ns, _ = BRAND[brand]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.2", "7.5.0"])),
            "build": G(lambda f: f.pick(["74012", "74207", "75001"])),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "de-DE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["AT&T", "Telcel", "Telekom.de", "Verizon", "Movistar"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 375])),
            "height": G(lambda f: f.pick([852, 932, 667])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Mexico_City", "Europe/Berlin"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "memberTier": G(lambda f: f.pick(["blue", "silver", "gold", "platinum"])),
        },
    }


def kotlin_context(f: Trip, brand: str):
    name, ns, _ = BRAND[brand]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.2", "7.5.0"])),
            "build": G(lambda f: f.pick(["704000", "704020", "705000"])),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Pixel 8", "moto g54 5G", "23021RAAEG"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "cancunf", "tapas"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "de-DE"])),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Telcel", "Vodafone.de", "AT&T"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Mexico_City", "Europe/Berlin"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g54 5G Build/U1TD34.94-12-7)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Trip, brand: str):
    name, ns, _ = BRAND[brand]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(["4.21.0", "4.22.1", "4.23.0"])),
            "build": G(lambda f: f.pick(["4210", "4221", "4230"])),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-S918B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([430, 412])), "height": G(lambda f: f.pick([932, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "de-DE", "pt-BR"])),
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "America/Mexico_City", "Europe/Berlin"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "anonymousId": G(lambda f: f.uuid()),
        },
    }


def flutter_context(f: Trip, brand: str):
    name, ns, _ = BRAND[brand]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "331"])),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-G991B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4.1", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 360])), "height": G(lambda f: f.pick([844, 800]))},
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "de-DE"])),
        "timezone": G(lambda f: f.pick(["America/Cancun", "Europe/Berlin", "America/New_York"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.4.0", "2.4.1"]),
}


def server_context(f: Trip, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "ruby"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    if lib == "node":
        ctx["traits"] = {"email": Y(lambda f: f.mail(), "email")}
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.mail(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "python":
        ctx["groupId"] = G(lambda f: f.pick(["skyward-us", "skyward-mx", "skyward-de"]))
    return ctx


def context_for(f: Trip, client: str, brand: str, page: str):
    if client == "web":
        return web_context(f, brand, page)
    if client == "swift":
        return swift_context(f, brand)
    if client == "kotlin":
        return kotlin_context(f, brand)
    if client == "rn":
        return rn_context(f, brand)
    if client == "flutter":
        return flutter_context(f, brand)
    return server_context(f, client)


# -- shared shapes ----------------------------------------------------------------------------------

FLIGHT_PRODUCTS = [
    "MEX-JFK Main Cabin",
    "CUN-ORD Basic",
    "FRA-MEX Business Flex",
    "GDL-LAX Comfort+",
    "Checked bag 23 kg",
    "Extra legroom seat",
    "Priority boarding",
    "Lounge day pass",
]


def product_item():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(["FARE-MAIN", "FARE-BASIC", "BAG-23", "SEAT-XL", "PRIO-BRD", "LNG-DAY"])),
        "name": G(lambda f: f.pick(FLIGHT_PRODUCTS)),
        "category": G(lambda f: f.pick(["flight", "ancillary", "room", "package"])),
        "price": G(lambda f: f.money(15, 1400)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "variant": G(lambda f: f.pick(["ADT", "CHD", "INF", "standard"])),
    }


def address_block(street_key, city_key, zip_key, state_key="state", country_key="country", line2_key=None):
    block = {
        street_key: Y(lambda f: f.street_line(f.cc), "address|street"),
        city_key: Y(lambda f: f.home_city(f.cc), "city"),
        state_key: G(lambda f: f.region(f.cc)),
        zip_key: Y(lambda f: f.postcode(f.cc), "zipcode"),
        country_key: G(lambda f: f.cc),
    }
    if line2_key:
        block[line2_key] = Y(lambda f: f.line2(), "address|street")
    return block


def passengers_entered():
    return {
        "passenger_type": G(lambda f: f.pick(["ADT", "ADT", "CHD", "INF"])),
        "title": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Mx", "Miss", "Mstr"]), "gender"),
        "first_name": Y(lambda f: f.given(), "name"),
        "middle_name": Y(lambda f: f.pick(["Ann", "José", "Maria", "Lee", "Wilhelm", "Del Carmen"]), "name"),
        "last_name": Y(lambda f: f.family(), "name"),
        "date_of_birth": Y(lambda f: f.dob(f.pick(["adult", "adult", "child", "infant"])), "birthdate"),
        "gender": Y(lambda f: f.pick(["M", "F", "X"]), "gender"),
        "loyalty_number": G(lambda f: f.pick([f.miles_no(), ""])),
        "known_traveler_number": RED(lambda f: f.ktn(), "national id"),
        "redress_number": RED(lambda f: f.pick([f.redress(), "", ""]), "national id"),
        "lap_infant": G(lambda f: f.pick([True, False, False])),
        "is_lead": G(lambda f: f.pick([True, False])),
    }


def apis_passenger():
    return {
        "surname": Y(lambda f: ascii_fold(f.family()).upper(), "name"),
        "given_names": Y(lambda f: ascii_fold(f.given()).upper(), "name"),
        "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
        "gender": Y(lambda f: f.pick(["M", "F", "X"]), "gender"),
        "nationality": Y(lambda f: f.pick(["USA", "MEX", "DEU", "GBR", "IND", "KOR", "TUR"]), "citizenship"),
        "residence_country": G(lambda f: f.pick(["USA", "MEX", "DEU"])),
        "document": {
            "type": G(lambda f: "P"),
            "number": RED(lambda f: f.passport_no(), "passport"),
            "issuing_country": G(lambda f: f.pick(["USA", "MEX", "DEU", "GBR", "IND"])),
            "expiry_date": G(lambda f: f.day(2025, 2034)),
        },
        "destination_address": {
            "street": Y(lambda f: f.street_line("US"), "address|street"),
            "city": Y(lambda f: f.home_city("US"), "city"),
            "state": G(lambda f: f.region("US")),
            "zip_code": Y(lambda f: f.postcode("US"), "zipcode"),
        },
        "known_traveler_number": RED(lambda f: f.ktn(), "national id"),
        "redress_number": RED(lambda f: f.redress(), "national id"),
    }


def work_mail(f: Trip) -> str:
    first = ascii_fold(f.given()).lower().replace(" ", "")
    last = ascii_fold(f.family().split(" ")[0]).lower()
    domain = f.pick(
        ["globex.example", "cdn-norte.example.mx", "muellersoehne.example.de", "aurorabio.example"]
    )
    return f"{first}.{last}@{domain}"


def group_traits():
    return {
        "name": G(
            lambda f: f.pick(
                [
                    "Globex Logistics",
                    "Cervecería del Norte S.A. de C.V.",
                    "Müller & Söhne GmbH",
                    "Northwind Consulting",
                    "Aurora Biotech Inc.",
                ]
            )
        ),
        "industry": G(lambda f: f.pick(["logistics", "consulting", "manufacturing", "biotech"])),
        "employees": G(lambda f: f.r.randint(40, 12000)),
        "plan": G(lambda f: f.pick(["Corporate Negotiated", "SMB Saver", "Enterprise"])),
        "website": G(
            lambda f: f.pick(
                ["https://globex.example", "https://cdn-norte.example.mx", "https://muellersoehne.example.de"]
            )
        ),
        "vat_id": G(lambda f: f.pick(["DE" + f.digits(9), "CNO" + f.digits(6) + "A1B", "US" + f.digits(9)])),
        "travel_manager": {
            "name": Y(lambda f: f.person_name(), "name"),
            "email": Y(lambda f: work_mail(f), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
        },
    }


def mx_reservation():
    return {
        "clave_reservacion": G(lambda f: f.pnr()),
        "nombre": Y(lambda f: f.mx["given"], "name"),
        "apellido_paterno": Y(lambda f: f.mx["pat"], "name"),
        "apellido_materno": Y(lambda f: f.mx["mat"], "name"),
        "correo_electronico": Y(lambda f: f.mail("MX"), "email"),
        "telefono_celular": Y(lambda f: f.tel("MX"), "phone"),
        "fecha_nacimiento": Y(lambda f: f.mx["dob"], "birthdate"),
        "curp": RED(lambda f: f.mx["curp"], "national id"),
        "rfc": RED(lambda f: f.mx["rfc"], "national id"),
        "numero_pasaporte": RED(lambda f: f.passport_no("MX"), "passport"),
        "nacionalidad": Y(
            lambda f: f.pick(
                ["mexicana", "mexicana", "estadounidense", "guatemalteca", "colombiana", "española"]
            ),
            "citizenship",
        ),
        "domicilio": {
            "calle": Y(lambda f: f.pick(MX_STREETS) + f" {f.r.randint(1, 1999)}", "address|street"),
            "colonia": Y(lambda f: f.pick(MX_COLONIAS), "address"),
            "codigo_postal": Y(lambda f: f.postcode("MX"), "zipcode"),
            "municipio": Y(lambda f: f.home_city("MX"), "city"),
            "estado": G(lambda f: f.region("MX")),
        },
        "monto_total": G(lambda f: f.money(1500, 45000)),
        "forma_pago": G(lambda f: f.pick(["tarjeta_credito", "oxxo", "spei", "paypal"])),
        "meses_sin_intereses": G(lambda f: f.pick([0, 3, 6, 9, 12])),
        "tarjeta_ultimos_4": G(lambda f: f.digits(4)),
        "requiere_factura": G(lambda f: f.pick([True, False])),
    }


# -- Skyward, the airline ---------------------------------------------------------------------------

APP = ["swift", "kotlin"]
WEB_APP = ["web", "swift", "kotlin"]

SKYWARD = [
    (
        "track",
        "Flights Searched",
        WEB_APP,
        "/flights/search",
        {
            "search_id": G(lambda f: f.uuid()),
            "origin": G(lambda f: f.airport()),
            "destination": G(lambda f: f.airport()),
            "departure_date": G(lambda f: f.day()),
            "return_date": G(lambda f: f.pick([f.day(), None])),
            "trip_type": G(lambda f: f.pick(["round_trip", "one_way", "multi_city"])),
            "cabin_class": G(lambda f: f.pick(["economy", "premium_economy", "business"])),
            "passengers": {
                "adults": G(lambda f: f.r.randint(1, 4)),
                "children": G(lambda f: f.r.randint(0, 3)),
                "infants": G(lambda f: f.r.randint(0, 1)),
            },
            "flexible_dates": G(lambda f: f.pick([True, False])),
            "results_count": G(lambda f: f.r.randint(0, 140)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
        },
    ),
    (
        "track",
        "Flight Selected",
        WEB_APP,
        "/flights/results",
        {
            "search_id": G(lambda f: f.uuid()),
            "flight_number": G(lambda f: f.flight()),
            "operating_carrier": G(lambda f: f.pick(["KW", "KW", "LH", "AM"])),
            "departure_time": G(lambda f: f.iso()),
            "arrival_time": G(lambda f: f.iso()),
            "stops": G(lambda f: f.r.randint(0, 2)),
            "fare_family": G(lambda f: f.pick(["Basic", "Main", "Comfort+", "Business Flex"])),
            "price": G(lambda f: f.money(79, 2400)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift"],
        "/booking/review",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "revenue": G(lambda f: f.money(90, 3000)),
            "tax": G(lambda f: f.money(10, 300)),
            "coupon": G(lambda f: f.pick(["", "VERANO24", "SOMMER15"])),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
            "products": Many(product_item(), 4),
        },
    ),
    (
        "track",
        "Passenger Details Entered",
        ["web", "kotlin"],
        "/booking/passengers",
        {
            "booking_session_id": G(lambda f: f.uuid()),
            "passenger_count": G(lambda f: f.r.randint(1, 6)),
            "passengers": Many(passengers_entered(), 4),
            "contact": {
                "email": Y(lambda f: f.mail(f.cc), "email"),
                "phone": Y(lambda f: f.tel(f.cc), "phone"),
                "phone_country_code": G(lambda f: f.pick(["+1", "+52", "+49"])),
                "sms_updates": G(lambda f: f.pick([True, False])),
            },
            "emergency_contact": {
                "name": Y(lambda f: f.person_name(f.cc), "name"),
                "phone": Y(lambda f: f.tel(f.cc), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
                "declined": G(lambda f: False),
            },
        },
    ),
    (
        "track",
        "Seat Selected",
        WEB_APP,
        "/booking/seats",
        {
            "pnr": G(lambda f: f.pnr()),
            "flight_number": G(lambda f: f.flight()),
            "seat_number": G(lambda f: f.seat()),
            "seat_type": G(lambda f: f.pick(["window", "aisle", "middle"])),
            "cabin": G(lambda f: f.pick(["Main", "Comfort+", "Business"])),
            "price": G(lambda f: f.pick([0, 19.0, 35.5, 62.0])),
            "is_exit_row": G(lambda f: f.pick([True, False])),
            "passenger_index": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Special Meal Requested",
        ["web", "swift"],
        "/trips/meals",
        {
            "pnr": G(lambda f: f.pnr()),
            "segment_id": G(lambda f: f.digits(9)),
            "passenger_index": G(lambda f: f.r.randint(0, 3)),
            "meal_code": RED(
                lambda f: f.pick(["KSML", "MOML", "HNML", "DBML", "GFML", "LSML"]), "religion|condition"
            ),
            "meal_preorder": G(
                lambda f: f.pick(["Chicken mole", "Pasta arrabbiata", "Käsespätzle", "Fruit plate"])
            ),
        },
    ),
    (
        "track",
        "Special Assistance Requested",
        ["web", "kotlin"],
        "/trips/assistance",
        {
            "pnr": G(lambda f: f.pnr()),
            "passenger_index": G(lambda f: f.r.randint(0, 3)),
            "ssr_codes": Many(
                RED(lambda f: f.pick(["WCHR", "WCHS", "WCHC", "BLND", "DEAF", "SVAN", "DPNA"]), "disability"),
                2,
            ),
            "travelling_with_service_animal": RED(lambda f: f.pick([True, False]), "disability"),
            "requires_medical_oxygen": RED(lambda f: f.pick([True, False]), "condition"),
            "is_pregnant": RED(lambda f: f.pick([True, False, False]), "condition"),
            "assistance_at": G(lambda f: f.pick(["departure", "arrival", "both", "connection"])),
            "comments": RED(assistance_comment, "disability|condition", True),
            "request_channel": G(lambda f: f.pick(["web", "app", "call_center"])),
        },
    ),
    (
        "track",
        "APIS Submitted",
        ["python"],
        None,
        {
            "pnr": G(lambda f: f.pnr()),
            "flight_number": G(lambda f: f.flight()),
            "departure_date": G(lambda f: f.day()),
            "passengers": Many(apis_passenger(), 3),
            "secure_flight_status": G(lambda f: f.pick(["cleared", "inhibited", "pending"])),
            "submitted_via": G(lambda f: f.pick(["checkin_web", "checkin_app", "airport_kiosk"])),
        },
    ),
    (
        "track",
        "Order Completed",
        WEB_APP,
        "/booking/confirmation",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "pnr": G(lambda f: f.pnr()),
            "ticket_numbers": Many(G(lambda f: f.ticket()), 4),
            "total": G(lambda f: f.money(90, 3000)),
            "revenue": G(lambda f: f.money(90, 3000)),
            "tax": G(lambda f: f.money(10, 300)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
            "coupon": G(lambda f: f.pick(["", "VERANO24", "SOMMER15"])),
            "affiliation": G(lambda f: f.pick(["skyward.example", "Skyward iOS", "Skyward Android"])),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "oxxo", "sofort", "miles"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", ""])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["414720", "552461", "371214", "491653"])),
            "installments": G(lambda f: f.pick([1, 1, 3, 6, 12])),
            "booker_email": Y(lambda f: f.mail(f.cc), "email"),
            "products": Many(product_item(), 4),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        "/booking/payment",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 4),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "oxxo", "sofort", "miles"])),
            "cardholder_name": Y(lambda f: f.person_name(f.cc), "name"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "save_card": G(lambda f: f.pick([True, False])),
            "billing_address": address_block("line1", "city", "postal_code", line2_key="line2"),
        },
    ),
    (
        "track",
        "Check-in Completed",
        APP,
        None,
        {
            "pnr": G(lambda f: f.pnr()),
            "flight_number": G(lambda f: f.flight()),
            "passengers_checked_in": G(lambda f: f.r.randint(1, 5)),
            "bags_checked": G(lambda f: f.r.randint(0, 4)),
            "boarding_group": G(lambda f: f.pick(["1", "2", "3", "4", "5", "PRE"])),
            "seat_number": G(lambda f: f.seat()),
            "checkin_channel": G(lambda f: f.pick(["app", "web", "kiosk"])),
            "passport_scanned": G(lambda f: f.pick([True, False])),
            "has_known_traveler_number": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Boarding Pass Issued",
        ["go"],
        None,
        {
            "pnr": G(lambda f: f.pnr()),
            "flight_number": G(lambda f: f.flight()),
            "boarding_pass_id": G(lambda f: f.uuid()),
            "barcode_format": G(lambda f: f.pick(["PDF417", "AZTEC", "QR"])),
            "barcode_data": Y(lambda f: f.bcbp(), "name", True),
            "gate": G(lambda f: f.pick(["B12", "A3", "C40", "Z51", "T2-17"])),
            "boarding_time": G(lambda f: f.iso()),
            "tsa_precheck": G(lambda f: f.pick([True, False])),
            "added_to_wallet": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Itinerary Shared",
        APP,
        None,
        {
            "pnr": G(lambda f: f.pnr()),
            "channel": G(lambda f: f.pick(["email", "sms", "whatsapp"])),
            "recipients": Many(
                {"name": Y(lambda f: f.person_name(), "name"), "email": Y(lambda f: f.mail(), "email")}, 3
            ),
            "message": G(
                lambda f: f.pick(
                    ["See you in Cancún!", "Flight details for pickup", "", "Landing Sunday night"]
                )
            ),
            "include_boarding_pass": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Manage Booking Opened",
        ["web"],
        "/manage",
        {
            "pnr": G(lambda f: f.pnr()),
            "source": G(lambda f: f.pick(["confirmation_email", "reminder_email", "sms"])),
            "manage_booking_url": Y(manage_link, "name", True),
            "days_to_departure": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    (
        "identify",
        None,
        WEB_APP,
        "/account",
        {
            "email": Y(lambda f: f.mail(f.cc), "email"),
            "firstName": Y(lambda f: f.given(f.cc), "name"),
            "lastName": Y(lambda f: f.family(f.cc), "name"),
            "phone": Y(lambda f: f.tel(f.cc), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "address": address_block("street", "city", "postalCode"),
            "skywardMilesNumber": G(lambda f: f.miles_no()),
            "memberTier": G(lambda f: f.pick(["blue", "silver", "gold", "platinum"])),
            "milesBalance": G(lambda f: f.r.randint(0, 400000)),
            "memberSince": G(lambda f: f.day(2009, 2024)),
            "preferredDepartureAirport": G(lambda f: f.airport()),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "de"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Military Verification Completed",
        ["web"],
        "/military",
        {
            "verification_provider": G(lambda f: f.pick(["ID.me", "SheerID"])),
            "military_status": RED(
                lambda f: f.pick(["active_duty", "veteran", "reserve", "national_guard"]), "veteran"
            ),
            "branch": RED(
                lambda f: f.pick(["Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"]), "veteran"
            ),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Miles Transferred",
        ["java"],
        None,
        {
            "transfer_id": G(lambda f: f.uuid()),
            "from_member_number": G(lambda f: f.miles_no()),
            "to_member_number": G(lambda f: f.miles_no()),
            "to_member_name": Y(lambda f: f.person_name(), "name"),
            "miles": G(lambda f: f.pick([1000, 2500, 5000, 10000, 25000])),
            "note": G(lambda f: f.pick(["Happy birthday!", "for our Cancún trip", "", "Gracias por todo"])),
        },
    ),
    (
        "track",
        "Flight Disrupted",
        ["go"],
        None,
        {
            "flight_number": G(lambda f: f.flight()),
            "disruption_type": G(lambda f: f.pick(["delay", "cancellation", "diversion", "gate_change"])),
            "delay_minutes": G(lambda f: f.r.randint(0, 600)),
            "rebooked_flight_number": G(lambda f: f.flight()),
            "affected_passengers": G(lambda f: f.r.randint(20, 240)),
            "notification": {
                "channel": G(lambda f: f.pick(["email", "sms"])),
                "sent_to": Y(lambda f: f.pick([f.mail(), f.tel()]), "email|phone", True),
            },
            "eu261_eligible": G(lambda f: f.pick([True, False])),
            "compensation_eur": G(lambda f: f.pick([0, 250, 400, 600])),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["python"],
        None,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "pnr": G(lambda f: f.pnr()),
            "refund_amount": G(lambda f: f.money(20, 1800)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
            "refund_reason": G(
                lambda f: f.pick(["schedule_change", "cancellation", "24h_free_cancel", "eu261"])
            ),
            "refund_method": G(lambda f: "bank_transfer"),
            "bank_transfer": {
                "account_holder": Y(lambda f: f.person_name(f.pick(["DE", "ES", "FR"])), "name"),
                "iban": RED(lambda f: f.iban(f.pick(["DE", "DE", "ES", "FR", "NL"])), "bank account"),
                "bic": G(
                    lambda f: f.pick(["DEUTDEFFXXX", "COBADEFFXXX", "CAIXESBBXXX", "BNPAFRPPXXX", "INGBNL2A"])
                ),
            },
        },
    ),
    (
        "track",
        "Passagierdaten übermittelt",
        ["java"],
        None,
        {
            "Buchungscode": G(lambda f: f.pnr()),
            "Flugnummer": G(lambda f: f.flight()),
            "Nachname": Y(lambda f: f.family("DE"), "name"),
            "Vorname": Y(lambda f: f.given("DE"), "name"),
            "Geburtsdatum": Y(lambda f: ".".join(reversed(f.dob().split("-"))), "birthdate"),
            "Geschlecht": Y(lambda f: f.pick(["männlich", "weiblich", "divers"]), "gender"),
            "Staatsangehörigkeit": Y(
                lambda f: f.pick(["deutsch", "türkisch", "österreichisch", "polnisch"]), "citizenship"
            ),
            "Reisepassnummer": RED(lambda f: f.passport_no("DE"), "passport"),
            "Personalausweisnummer": RED(lambda f: f.personalausweis(), "national id"),
            "Ausweis_gueltig_bis": G(lambda f: f.day(2025, 2034)),
            "Wohnanschrift": {
                "Strasse": Y(lambda f: f.street_line("DE"), "address|street"),
                "PLZ": Y(lambda f: f.postcode("DE"), "zipcode"),
                "Ort": Y(lambda f: f.home_city("DE"), "city"),
            },
            "Telefon": Y(lambda f: f.tel("DE"), "phone"),
            "E-Mail": Y(lambda f: f.mail("DE"), "email"),
            "Gepaeckstuecke": G(lambda f: f.r.randint(0, 3)),
            "Sitzplatz": G(lambda f: f.seat()),
        },
    ),
    (
        "track",
        "Entschaedigung beantragt",
        ["java"],
        None,
        {
            "Antragsnummer": G(lambda f: "EU261-" + f.digits(7)),
            "Buchungscode": G(lambda f: f.pnr()),
            "Verspaetung_Minuten": G(lambda f: f.r.randint(180, 900)),
            "Entschaedigung_EUR": G(lambda f: f.pick([250, 400, 600])),
            "Kontoinhaber": Y(lambda f: f.person_name("DE"), "name"),
            "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
            "BIC": G(lambda f: f.pick(["DEUTDEFFXXX", "COBADEFFXXX", "GENODEM1GLS", "SSKMDEMMXXX"])),
        },
    ),
    (
        "track",
        "Reservación Confirmada",
        ["php"],
        None,
        mx_reservation(),
    ),
    (
        "track",
        "Reembolso Solicitado",
        ["php"],
        None,
        {
            "folio_reembolso": G(lambda f: "RMB" + f.digits(8)),
            "clave_reservacion": G(lambda f: f.pnr()),
            "monto": G(lambda f: f.money(500, 30000)),
            "motivo": G(lambda f: f.pick(["cancelación", "cambio de itinerario", "duplicado"])),
            "titular_cuenta": Y(lambda f: f.person_name("MX"), "name"),
            "clabe": RED(lambda f: f.clabe(), "bank account"),
            "banco": G(lambda f: f.pick(["BBVA México", "Banorte", "Santander", "Banamex", "Azteca"])),
        },
    ),
    (
        "track",
        "Credit Card Application Submitted",
        ["ruby"],
        None,
        {
            "application_id": G(lambda f: "APP-" + f.digits(10)),
            "card_product": G(lambda f: f.pick(["Skyward Visa Signature", "Skyward Visa Infinite"])),
            "applicant": {
                "first_name": Y(lambda f: f.given("US"), "name"),
                "last_name": Y(lambda f: f.family("US"), "name"),
                "ssn": RED(lambda f: f.pick([f.ssn(), f.ssn().replace("-", "")]), "social security number"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "annual_income": Y(lambda f: f.r.randrange(25000, 400000, 500), "salary"),
                "employment_status": G(lambda f: f.pick(["employed", "self_employed", "retired", "student"])),
                "employer": G(lambda f: f.pick(["Globex Logistics", "Walmart", "Kaiser Permanente", "Self"])),
                "housing_status": G(lambda f: f.pick(["rent", "own", "other"])),
                "email": Y(lambda f: f.mail("US"), "email"),
                "mobile_phone": Y(lambda f: f.tel("US"), "phone"),
            },
            "decision": G(lambda f: f.pick(["approved", "pending_review", "declined"])),
            "credit_line": G(lambda f: f.pick([0, 2500, 5000, 12000])),
        },
    ),
    (
        "track",
        "Application Status Checked",
        ["web"],
        "/card/status",
        {
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "zip_code": Y(lambda f: f.postcode("US"), "zipcode"),
            "result": G(lambda f: f.pick(["approved", "pending_review", "not_found"])),
        },
    ),
    (
        "track",
        "Bag Reported Missing",
        ["java"],
        None,
        {
            "file_reference": G(lambda f: f.pick(["MEXKW", "JFKKW", "FRAKW"]) + f.digits(5)),
            "bag_tag_number": G(lambda f: "0615" + f.digits(6)),
            "bag_description": G(
                lambda f: f.pick(
                    ["Black Samsonite spinner, red ribbon", "Blue duffel", "Grey hard case, 24 inch"]
                )
            ),
            "passenger_name": Y(lambda f: ascii_fold(f"{f.family()}/{f.given()}").upper(), "name"),
            "contact_phone": Y(lambda f: f.tel(), "phone"),
            "delivery_address": {
                "line1": Y(lambda f: f.street_line(f.cc), "address|street"),
                "city": Y(lambda f: f.home_city(f.cc), "city"),
                "postal_code": Y(lambda f: f.postcode(f.cc), "zipcode"),
                "country": G(lambda f: f.cc),
            },
        },
    ),
    (
        "track",
        "Signed In",
        WEB_APP,
        "/login",
        {
            "method": G(lambda f: f.pick(["password", "apple", "google", "magic_link"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web"],
        "/login/forgot",
        {
            "email": Y(lambda f: f.mail(f.cc), "email"),
            "reset_link": RED(
                lambda f: "https://www.skyward.example/reset-password?token=" + f.hexid(48), "token", True
            ),
            "expires_in_minutes": G(lambda f: 30),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        APP,
        None,
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(6)),
            "title": G(lambda f: f.pick(["Time to check in", "Gate change", "Your bag is on board"])),
            "body": G(
                lambda f: f.pick(
                    [
                        f"Your flight {f.flight()} to MEX is boarding at gate B12",
                        "Check in now for your trip to Cancún",
                        "Double miles weekend starts now",
                    ]
                )
            ),
            "deep_link": G(
                lambda f: f.pick(["skyward://trips", "skyward://boarding-pass", "skyward://offers"])
            ),
        },
    ),
]


# -- Lodgewell, the hotel chain ---------------------------------------------------------------------

GUEST_APP = ["flutter", "web"]


def key_credential(f: Trip) -> str:
    return base64.b64encode(bytes(f.r.getrandbits(8) for _ in range(66))).decode()


LODGEWELL = [
    (
        "track",
        "Hotels Searched",
        GUEST_APP,
        "/hotels",
        {
            "destination": G(lambda f: f.pick(DESTINATIONS)),
            "check_in": G(lambda f: f.day()),
            "check_out": G(lambda f: f.day()),
            "nights": G(lambda f: f.r.randint(1, 14)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "child_ages": Many(G(lambda f: f.r.randint(0, 17)), 3),
            "rate_type": G(lambda f: f.pick(["best_available", "member", "AAA", "government", "corporate"])),
            "results_count": G(lambda f: f.r.randint(0, 140)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
        },
    ),
    (
        "track",
        "Nearby Hotels Viewed",
        ["flutter"],
        None,
        {
            "user_location": {
                "lat": Y(lambda f: round(f.r.uniform(19.2, 52.6), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-99.3, 13.5), 6), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(5, 80)),
            },
            "radius_km": G(lambda f: f.pick([2, 5, 10, 25])),
            "results_count": G(lambda f: f.r.randint(0, 140)),
            "location_permission": G(lambda f: f.pick(["while_in_use", "always", "precise_off"])),
        },
    ),
    (
        "track",
        "Product Viewed",
        GUEST_APP,
        "/hotels/room",
        {
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(lambda f: f.pick(["DLXK-CV", "STDQ-QQ", "JRSTE-OV", "ACCK-RI"])),
            "name": G(
                lambda f: f.pick(
                    ["Deluxe King, City View", "Standard Two Queens", "Junior Suite, Ocean View"]
                )
            ),
            "brand": G(lambda f: f.pick(["Lodgewell", "Lodgewell Suites", "Tripnest Deals"])),
            "category": G(lambda f: f.pick(["room", "package"])),
            "variant": G(lambda f: f.pick(["Flexible", "Non-refundable", "Breakfast included"])),
            "price": G(lambda f: f.money(89, 900)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
            "hotel_id": G(lambda f: "LW" + f.digits(4)),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "hotel_city": G(
                lambda f: f.pick(["Mexico City", "New York", "Berlin", "Cancún", "Chicago", "Munich"])
            ),
            "is_accessible": G(lambda f: f.pick([True, False])),
            "refundable": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        GUEST_APP,
        "/hotels/confirmation",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "confirmation_number": G(lambda f: f.digits(8)),
            "total": G(lambda f: f.money(90, 3000)),
            "tax": G(lambda f: f.money(10, 300)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "oxxo", "sofort", "miles"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", ""])),
            "card_last4": G(lambda f: f.digits(4)),
            "hotel": {
                "id": G(lambda f: "LW" + f.digits(4)),
                "name": G(lambda f: f.pick(HOTELS)),
                "address": G(lambda f: f.pick(HOTEL_ADDRESSES)),
                "city": G(lambda f: f.pick(["Mexico City", "New York", "Berlin", "Cancún", "Chicago"])),
                "phone": G(lambda f: f.pick(["+52 55 5128 5000", "+1 212-555-0190", "+49 30 2022 0"])),
                "country": G(lambda f: f.pick(["MX", "US", "DE"])),
            },
            "guest": {
                "first_name": Y(lambda f: f.given(f.cc), "name"),
                "last_name": Y(lambda f: f.family(f.cc), "name"),
                "email": Y(lambda f: f.mail(f.cc), "email"),
                "phone": Y(lambda f: f.tel(f.cc), "phone"),
                "loyalty_id": G(lambda f: "LW" + f.digits(9)),
            },
            "additional_guests": Many(
                {
                    "first_name": Y(lambda f: f.given(), "name"),
                    "last_name": Y(lambda f: f.family(), "name"),
                },
                2,
            ),
            "special_requests": Y(special_request, "phone", True),
            "arrival_time": G(lambda f: f.pick(["14:00", "18:30", "23:45", "unknown"])),
            "pet": {
                "name": G(lambda f: f.pick(["Biscuit", "Luna", "Firulais", "Bello", "Max", "Canela"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "weight_kg": G(lambda f: f.money(2, 35)),
            },
            "products": Many(product_item(), 2),
        },
    ),
    (
        "track",
        "Guest Profile Updated",
        ["dotnet"],
        None,
        {
            "GuestId": G(lambda f: f.digits(9)),
            "Salutation": Y(
                lambda f: f.pick(["Mr", "Mrs", "Ms", "Mx", "Sr.", "Sra.", "Herr", "Frau"]), "gender"
            ),
            "FirstName": Y(lambda f: f.given(f.cc), "name"),
            "LastName": Y(lambda f: f.family(f.cc), "name"),
            "Email": Y(lambda f: f.mail(f.cc), "email"),
            "MobilePhone": Y(lambda f: f.tel(f.cc), "phone"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "Nationality": Y(lambda f: f.cc, "citizenship"),
            "HomeAddress": {
                "Line1": Y(lambda f: f.street_line(f.cc), "address|street"),
                "Line2": Y(lambda f: f.line2(), "address|street"),
                "City": Y(lambda f: f.home_city(f.cc), "city"),
                "PostalCode": Y(lambda f: f.postcode(f.cc), "zipcode"),
                "Region": G(lambda f: f.region(f.cc)),
                "CountryCode": G(lambda f: f.cc),
            },
            "PreferredLanguage": G(lambda f: f.pick(["en-US", "es-MX", "de-DE"])),
            "VipCode": G(lambda f: f.pick(["", "V1", "V2", "VVIP"])),
            "MarketingConsent": G(lambda f: f.pick([True, False])),
            "Allergies": Y(
                lambda f: f.pick(["shellfish", "peanuts", "feathers", "latex", "penicillin"]), "allergy"
            ),
            "CompanyName": G(
                lambda f: f.pick(["Globex Logistics", "Müller & Söhne GmbH", "", "Aurora Biotech Inc."])
            ),
            "LoyaltyNumber": G(lambda f: "LW" + f.digits(9)),
            "ProfileCreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Preferences Updated",
        GUEST_APP,
        "/account/preferences",
        {
            "pillow_type": G(lambda f: f.pick(["firm", "soft", "memory_foam", "hypoallergenic"])),
            "room_temperature_c": G(lambda f: f.pick([19, 20, 21, 22, 23])),
            "floor_preference": G(lambda f: f.pick(["high", "low", "none"])),
            "dietary_restrictions": Many(
                RED(
                    lambda f: f.pick(["kosher", "halal", "diabetic", "gluten_free", "low_sodium"]),
                    "religion|condition",
                ),
                2,
            ),
            "accessibility_needs": Many(
                RED(
                    lambda f: f.pick(
                        ["roll_in_shower", "hearing_kit", "visual_alarm", "mobility_accessible"]
                    ),
                    "disability",
                ),
                2,
            ),
            "connecting_rooms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Mobile Key Issued",
        ["flutter", "swift"],
        None,
        {
            "reservation_id": G(lambda f: f.digits(8)),
            "key_id": G(lambda f: f.uuid()),
            "room_number": G(lambda f: f"{f.r.randint(2, 31)}{f.r.randint(1, 40):02d}"),
            "key_credential": RED(key_credential, "token"),
            "valid_from": G(lambda f: f.iso()),
            "valid_until": G(lambda f: f.iso()),
            "shared_with_email": Y(lambda f: f.mail(), "email"),
        },
    ),
    (
        "track",
        "Room Door Unlocked",
        ["flutter"],
        None,
        {
            "key_id": G(lambda f: f.uuid()),
            "lock_id": G(lambda f: "LK-" + f.hexid(6).upper()),
            "room_number": G(lambda f: f"{f.r.randint(2, 31)}{f.r.randint(1, 40):02d}"),
            "rssi": G(lambda f: f.r.randint(-95, -40)),
            "success": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "In-Stay Request Created",
        GUEST_APP,
        "/stay/requests",
        {
            "request_id": G(lambda f: f.uuid()),
            "request_type": G(
                lambda f: f.pick(["housekeeping", "extra_towels", "maintenance", "late_checkout"])
            ),
            "room_number": G(lambda f: f"{f.r.randint(2, 31)}{f.r.randint(1, 40):02d}"),
            "notes": G(
                lambda f: f.pick(
                    ["Two extra pillows please", "AC is dripping", "Can we check out at 2pm?", ""]
                )
            ),
            "preferred_time": G(lambda f: f.pick(["asap", "10:00", "after 15:00"])),
            "assigned_staff": {
                "staff_id": G(lambda f: "E" + f.digits(5)),
                "name": Y(lambda f: f.person_name(f.pick(["MX", "US", "DE"])), "name"),
            },
        },
    ),
    (
        "track",
        "Folio Charge Posted",
        ["dotnet"],
        None,
        {
            "FolioId": G(lambda f: f.digits(10)),
            "ReservationId": G(lambda f: f.digits(8)),
            "RoomNumber": G(lambda f: f"{f.r.randint(2, 31)}{f.r.randint(1, 40):02d}"),
            "ChargeCode": G(lambda f: f.pick(["RMSV", "MINI", "SPA", "PARK", "ADJ"])),
            "Description": G(
                lambda f: f.pick(["Room service - club sandwich", "Minibar", "Valet parking", "Spa 60min"])
            ),
            "Amount": G(lambda f: f.money(-150, 600)),
            "Currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
            "PostedBy": Y(lambda f: f.person_name(f.pick(["MX", "US", "DE"])), "name"),
            "AdjustmentNote": Y(folio_note, "name", True),
        },
    ),
    (
        "track",
        "Booking Form Submitted",
        ["php"],
        None,
        {
            "form_id": G(lambda f: "booking_v2"),
            "hotel_code": G(lambda f: "LW" + f.digits(4)),
            "arrival": G(lambda f: f.day()),
            "departure": G(lambda f: f.day()),
            "guest_name": Y(lambda f: f.person_name(f.cc), "name"),
            "guest_email": Y(lambda f: f.mail(f.cc), "email"),
            "guest_phone": Y(lambda f: f.tel(f.cc), "phone"),
            "cc_type": G(lambda f: f.pick(["VI", "MC", "AX"])),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
            "cc_cvv": RED(lambda f: str(f.r.randint(100, 9999)), "credit card"),
            "cc_holder": Y(lambda f: f.person_name(f.cc), "name"),
            "create_account": G(lambda f: f.pick(["on", "off"])),
            "account_password": RED(
                lambda f: f.pick(["Cancun2024!", "Summer#88", "lodgewell123", "P@ssw0rd2024", "Mariposa.77"]),
                "password",
            ),
        },
    ),
    (
        "track",
        "Payment Captured",
        ["node"],
        None,
        {
            "payment_intent": {
                "id": G(lambda f: "pi_3" + f.hexid(21)),
                "amount": G(lambda f: f.r.randint(8900, 300000)),
                "currency": G(lambda f: f.pick(["usd", "mxn", "eur"])),
                "status": G(lambda f: "succeeded"),
                "receipt_email": Y(lambda f: f.mail(f.cc), "email"),
                "payment_method_details": {
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "country": G(lambda f: f.pick(["US", "MX", "DE"])),
                    }
                },
                "billing_details": {
                    "name": Y(lambda f: f.person_name(f.cc), "name"),
                    "email": Y(lambda f: f.mail(f.cc), "email"),
                    "phone": Y(lambda f: f.tel(f.cc), "phone"),
                    "address": address_block("line1", "city", "postal_code", line2_key="line2"),
                },
                "metadata": {
                    "reservation_id": G(lambda f: f.digits(8)),
                    "hotel_code": G(lambda f: "LW" + f.digits(4)),
                },
            },
        },
    ),
    (
        "track",
        "Review Submitted",
        GUEST_APP,
        "/stay/review",
        {
            "hotel_id": G(lambda f: "LW" + f.digits(4)),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_title": G(lambda f: f.pick(["Great stay", "Not bad", "Ruido toda la noche", "Top Lage"])),
            "review_text": G(review_text),
            "trip_type": G(lambda f: f.pick(["business", "family", "couple", "solo"])),
            "reviewer_display_name": Y(lambda f: f"{f.given()} {f.family()[0]}.", "name"),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "NPS Survey Submitted",
        ["web"],
        "/survey",
        {
            "survey_id": G(lambda f: "nps_" + f.digits(4)),
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(lambda f: f.pick(["Love the app keys", "Wifi was slow", "", "Excelente servicio"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        None,
        {
            "GUEST_KEY": G(lambda f: f.digits(9)),
            "FIRST_NAME": Y(lambda f: f.given(f.cc), "name"),
            "LAST_NAME": Y(lambda f: f.family(f.cc), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(f.cc), "email"),
            "PHONE_NUMBER": Y(lambda f: f.tel(f.cc), "phone"),
            "HOME_CITY": Y(lambda f: f.home_city(f.cc), "city"),
            "HOME_COUNTRY": G(lambda f: f.cc),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "LIFETIME_NIGHTS": G(lambda f: f.r.randint(0, 400)),
            "LIFETIME_REVENUE_USD": G(lambda f: f.money(0, 90000)),
            "LOYALTY_TIER": G(lambda f: f.pick(["MEMBER", "SILVER", "GOLD", "DIAMOND"])),
            "PREFERRED_HOTEL": G(lambda f: f.pick(HOTELS)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "EMAIL_OPT_IN": G(lambda f: f.pick([True, False])),
            "IS_VIP": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        None,
        {
            "email": Y(lambda f: f.mail(f.cc), "email"),
            "firstName": Y(lambda f: f.given(f.cc), "name"),
            "lastName": Y(lambda f: f.family(f.cc), "name"),
            "phone": Y(lambda f: f.tel(f.cc), "phone"),
            "loyaltyId": G(lambda f: "LW" + f.digits(9)),
            "pushOptIn": G(lambda f: f.pick([True, False])),
            "tier": G(lambda f: f.pick(["member", "silver", "gold", "diamond"])),
        },
    ),
    ("group", None, ["web", "java"], "/business", group_traits()),
    (
        "track",
        "Meldeschein ausgefüllt",
        ["java"],
        None,
        {
            "Anreisedatum": G(lambda f: f.day()),
            "Abreisedatum": G(lambda f: f.day()),
            "Zimmernummer": G(lambda f: f"{f.r.randint(2, 9)}{f.r.randint(1, 40):02d}"),
            "Familienname": Y(lambda f: f.family(f.pick(["DE", "DE", "TR", "PL", "US"])), "name"),
            "Vorname": Y(lambda f: f.given("DE"), "name"),
            "Geburtsdatum": Y(lambda f: ".".join(reversed(f.dob().split("-"))), "birthdate"),
            "Staatsangehörigkeit": Y(
                lambda f: f.pick(["deutsch", "türkisch", "österreichisch", "polnisch"]), "citizenship"
            ),
            "Anschrift": Y(
                lambda f: f"{f.street_line('DE')}, {f.postcode('DE')} {f.home_city('DE')}", "address"
            ),
            "Mitreisende": Many(
                {
                    "Name": Y(lambda f: f.person_name("DE"), "name"),
                    "Geburtsdatum": Y(lambda f: ".".join(reversed(f.dob("child").split("-"))), "birthdate"),
                },
                3,
            ),
            "Unterschrift_erfasst": G(lambda f: f.pick([True, False])),
        },
    ),
]


# -- Tripnest, the online travel agency -------------------------------------------------------------

TN_APP = ["rn", "web"]

TRIPNEST = [
    (
        "track",
        "Products Searched",
        TN_APP,
        "/search",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "cancun all inclusive",
                        "berlin wochenende",
                        "tulum",
                        "oaxaca food tour",
                        "new york christmas",
                        "crucero riviera maya",
                    ]
                )
            ),
            "search_type": G(lambda f: f.pick(["package", "hotel", "car", "flight+hotel"])),
        },
    ),
    (
        "track",
        "Product Viewed",
        TN_APP,
        "/packages/detail",
        {
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(lambda f: "PKG-" + f.pick(["CUN", "TQO", "BER", "NYC"]) + "-" + f.digits(4)),
            "name": G(
                lambda f: f.pick(["Cancún 5 nights All-Inclusive", "Berlin City Break", "Tulum Eco Retreat"])
            ),
            "category": G(lambda f: f.pick(["room", "package"])),
            "price": G(lambda f: f.money(89, 900)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "nights": G(lambda f: f.r.randint(1, 14)),
            "airline": G(lambda f: f.pick(["Skyward", "Aeroméxico", "Lufthansa", "Volaris"])),
            "destination": G(lambda f: f.pick(DESTINATIONS)),
        },
    ),
    (
        "track",
        "Product Added",
        TN_APP,
        "/packages/detail",
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(lambda f: "PKG-" + f.pick(["CUN", "TQO", "BER", "NYC"]) + "-" + f.digits(4)),
            "price": G(lambda f: f.money(89, 900)),
            "quantity": G(lambda f: 1),
        },
    ),
    (
        "track",
        "Travel Insurance Added",
        ["rn", "web", "node"],
        "/checkout/insurance",
        {
            "quote_id": G(lambda f: f.uuid()),
            "plan_name": G(lambda f: f.pick(["Essential", "Comprehensive", "Cancel For Any Reason"])),
            "provider": G(lambda f: f.pick(["Safeguard Travel", "Allianz Partners", "AXA Assistance"])),
            "premium": G(lambda f: f.money(19, 480)),
            "trip_cost": G(lambda f: f.money(300, 9000)),
            "country_of_residence": G(lambda f: f.pick(["US", "MX", "DE"])),
            "insured_travellers": Many(
                {
                    "first_name": Y(lambda f: f.given(), "name"),
                    "last_name": Y(lambda f: f.family(), "name"),
                    "date_of_birth": Y(lambda f: f.dob(f.pick(["adult", "child"])), "birthdate"),
                    "relationship": G(lambda f: f.pick(["self", "spouse", "child", "parent"])),
                },
                4,
            ),
            "has_pre_existing_condition": RED(lambda f: f.pick([True, False]), "condition"),
            "pre_existing_conditions": Many(
                Y(
                    lambda f: f.pick(["asthma", "type 2 diabetes", "hypertension", "COPD", "epilepsy"]),
                    "condition",
                ),
                2,
            ),
            "medications": Many(
                Y(lambda f: f.pick(["metformin", "lisinopril", "albuterol", "levetiracetam"]), "medication"),
                2,
            ),
            "is_pregnant": RED(lambda f: f.pick([True, False, False]), "condition"),
        },
    ),
    (
        "track",
        "Visa Application Submitted",
        ["node"],
        None,
        {
            "application_id": G(lambda f: "VA-" + f.digits(9)),
            "destination_country": G(lambda f: f.pick(["IN", "TR", "VN", "EG", "KE", "US", "GB"])),
            "visa_type": G(lambda f: f.pick(["tourist_evisa", "business_evisa", "ESTA", "ETA"])),
            "entries": G(lambda f: f.pick(["single", "multiple"])),
            "fee": G(lambda f: f.money(20, 180)),
            "applicant": {
                "first_name": Y(lambda f: f.given(f.cc), "name"),
                "last_name": Y(lambda f: f.family(f.cc), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "place_of_birth": Y(lambda f: f.home_city(f.cc), "city"),
                "nationality": Y(lambda f: NATIONALITY[f.cc], "citizenship"),
                "passport_number": RED(lambda f: f.passport_no(f.cc), "passport"),
                "passport_issue_date": G(lambda f: f.day(2015, 2024)),
                "passport_expiry": G(lambda f: f.day(2025, 2034)),
                "occupation": G(
                    lambda f: f.pick(["Software engineer", "Teacher", "Nurse", "Retired", "Student"])
                ),
                "email": Y(lambda f: f.mail(f.cc), "email"),
                "phone": Y(lambda f: f.tel(f.cc), "phone"),
                "home_address": Y(
                    lambda f: f"{f.street_line(f.cc)}, {f.home_city(f.cc)} {f.postcode(f.cc)}", "address"
                ),
                "photo_url": Y(
                    lambda f: f"https://uploads.tripnest.example/visa/{f.uuid()}/passport-photo.jpg", "photo"
                ),
                "has_criminal_record": RED(lambda f: f.pick([True, False, False, False]), "criminal record"),
                "previously_refused": G(lambda f: f.pick([True, False])),
                "previous_visa_number": RED(lambda f: f.pick(["E", "V", ""])[:1] + f.digits(8), "visa"),
            },
        },
    ),
    (
        "track",
        "Visa Decision Received",
        ["node"],
        None,
        {
            "application_id": G(lambda f: "VA-" + f.digits(9)),
            "status": G(lambda f: f.pick(["granted", "refused", "additional_documents"])),
            "visa_number": RED(lambda f: f.pick(["E", "V", "T"]) + f.digits(8), "visa"),
            "valid_from": G(lambda f: f.iso()),
            "valid_until": G(lambda f: f.iso()),
            "entries": G(lambda f: f.pick(["single", "multiple"])),
        },
    ),
    (
        "track",
        "Car Rental Searched",
        TN_APP,
        "/cars",
        {
            "pickup_location": G(lambda f: f.airport()),
            "dropoff_location": G(lambda f: f.airport()),
            "pickup_at": G(lambda f: f.iso()),
            "dropoff_at": G(lambda f: f.iso()),
            "driver_age": G(lambda f: f.r.randint(21, 78)),
            "car_class": G(lambda f: f.pick(["economy", "compact", "suv", "van"])),
            "results_count": G(lambda f: f.r.randint(0, 140)),
        },
    ),
    (
        "track",
        "Car Rental Booked",
        ["rn", "node"],
        "/cars/confirmation",
        {
            "rental_id": G(lambda f: "CR" + f.digits(10)),
            "supplier": G(lambda f: f.pick(["Sixt", "Hertz", "Europcar", "Mex Rent a Car"])),
            "car_model": G(
                lambda f: f.pick(["VW Jetta or similar", "Nissan Versa or similar", "BMW 1er oder ähnlich"])
            ),
            "car_class": G(lambda f: f.pick(["economy", "compact", "suv", "van"])),
            "daily_rate": G(lambda f: f.money(18, 160)),
            "total": G(lambda f: f.money(90, 3000)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
            "flight_number": G(lambda f: f.flight()),
            "pickup_branch": {
                "name": G(lambda f: f.pick(["Cancún Airport T3", "München Flughafen", "Chicago O'Hare"])),
                "address": G(
                    lambda f: f.pick(
                        ["Carretera Cancún-Chetumal Km 22", "Nordallee 25", "10000 W O'Hare Ave"]
                    )
                ),
                "phone": G(lambda f: f.pick(["+52 998 886 0100", "+49 89 9759 0", "+1 773-555-0142"])),
            },
            "driver": {
                "first_name": Y(lambda f: f.given(f.cc), "name"),
                "last_name": Y(lambda f: f.family(f.cc), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "license_number": Y(lambda f: f.licence_no(f.cc), "license"),
                "license_country": G(lambda f: f.cc),
                "license_class": G(lambda f: f.pick(["B", "C", "A", "D"])),
                "license_expiry": G(lambda f: f.day(2025, 2034)),
            },
            "additional_drivers": Many(
                {
                    "full_name": Y(lambda f: f.person_name(f.cc), "name"),
                    "license_number": Y(lambda f: f.licence_no(f.cc), "license"),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Rental Agreement Opened",
        ["go"],
        None,
        {
            "rental-agreement-id": G(lambda f: "RA-" + f.digits(9)),
            "reservation-ref": G(lambda f: "CR" + f.digits(10)),
            "branch-code": G(lambda f: f.pick(["CUNT3", "MUCF1", "ORDA2"])),
            "driver-name": Y(lambda f: f.person_name(), "name"),
            "licence-number": Y(lambda f: f.licence_no(f.pick(["US", "MX", "DE"])), "license"),
            "licence-country": G(lambda f: f.pick(["US", "MX", "DE"])),
            "vehicle-vin": G(
                lambda f: "3VW" + "".join(f.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
            ),
            "plate-number": G(lambda f: f.pick(["M-SX 4821", "YZR-123-C", "7KQP219"])),
            "odometer-km": G(lambda f: f.r.randint(900, 90000)),
            "damage-notes": G(
                lambda f: f.pick(["Scratch rear bumper", "none", "Chip in windscreen", "Kratzer Tür links"])
            ),
            "deposit-card-last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "identify",
        None,
        TN_APP,
        "/account",
        {
            "first_name": Y(lambda f: f.given(f.cc), "name"),
            "last_name": Y(lambda f: f.family(f.cc), "name"),
            "email": Y(lambda f: f.mail(f.cc), "email"),
            "phone": Y(lambda f: f.tel(f.cc), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "city": Y(lambda f: f.home_city(f.cc), "city"),
            "country": G(lambda f: f.cc),
            "newsletter_opt_in": G(lambda f: f.pick([True, False])),
            "trips_booked": G(lambda f: f.r.randint(0, 40)),
            "preferred_currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
        },
    ),
    (
        "track",
        "Traveller Added",
        TN_APP,
        "/account/travellers",
        {
            "traveller_id": G(lambda f: f.uuid()),
            "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "friend", "colleague"])),
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "date_of_birth": Y(lambda f: f.dob(f.pick(["adult", "child", "infant"])), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "passport_number": RED(lambda f: f.passport_no(), "passport"),
            "passport_country": G(lambda f: f.pick(["US", "MX", "DE", "IN", "KR"])),
            "passport_expiry": G(lambda f: f.day(2025, 2034)),
            "frequent_flyer_programs": Many(
                {
                    "airline": G(lambda f: f.pick(["KW", "LH", "AM", "UA"])),
                    "number": G(lambda f: f.pick([f.miles_no(), "992" + f.digits(12), f.digits(9)])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Saved Traveller Selected",
        ["rn"],
        None,
        {
            "label": Y(
                lambda f: f.pick([f.person_name(), f.given() + " (" + f.pick(["Mom", "Dad", "Kid"]) + ")"]),
                "name",
                True,
            ),
            "position": G(lambda f: f.r.randint(0, 5)),
            "travellers_count": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        "/checkout/contact",
        {
            "form_id": G(lambda f: "checkout_contact"),
            "field": G(lambda f: f.remember("field", f.pick(["email", "phone"]))),
            "value": Y(
                lambda f: f.mail(f.cc) if f.memo["field"] == "email" else f.tel(f.cc), "email|phone", True
            ),
            "duration_ms": G(lambda f: f.r.randint(400, 30000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Booking Lookup Attempted",
        ["web"],
        "/trips/find",
        {
            "lookup_type": G(lambda f: "email"),
            "input": Y(lambda f: f.mail(f.cc), "email", True),
            "success": G(lambda f: f.pick([True, False])),
            "attempts": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web"],
        "/help",
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "change flight date",
                        "refund status",
                        "visa for india",
                        "cancelar reserva",
                        "Gepäck verloren",
                        "infant on lap",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["node"],
        None,
        {
            "conversation_id": G(lambda f: f.hexid(16)),
            "author_role": G(lambda f: "customer"),
            "channel": G(lambda f: f.pick(["web_widget", "whatsapp", "in_app"])),
            "text": Y(chat_text, "email|phone", True),
            "language": G(lambda f: f.pick(["en", "es", "de"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        None,
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "category": G(lambda f: f.pick(["passport_mismatch", "apis_error", "document_update"])),
            "priority": G(lambda f: f.pick(["normal", "high", "urgent"])),
            "description": RED(passport_complaint, "passport", True),
            "assignee": {
                "agent_id": G(lambda f: "ag_" + f.digits(4)),
                "agent_name": Y(lambda f: f.person_name(f.pick(["MX", "US", "IN"])), "name"),
                "agent_email": Y(
                    lambda f: (
                        ascii_fold(f.given("MX")).lower().replace(" ", ".") + "@support.tripnest.example"
                    ),
                    "email",
                ),
            },
        },
    ),
    (
        "track",
        "Price Alert Created",
        TN_APP,
        "/alerts",
        {
            "alert_id": G(lambda f: f.uuid()),
            "route": G(lambda f: f"{f.airport()}-{f.airport()}"),
            "target_price": G(lambda f: f.money(60, 900)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
            "notify_email": Y(lambda f: f.mail(f.cc), "email"),
            "frequency": G(lambda f: f.pick(["daily", "weekly", "instant"])),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        "/newsletter",
        {
            "email": Y(lambda f: f.mail(f.cc), "email"),
            "list_id": G(lambda f: f.pick(["deals_weekly", "ofertas_mx", "angebote_de"])),
            "source": G(lambda f: f.pick(["footer", "exit_intent", "checkout"])),
            "double_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn"],
        None,
        {
            "referral_code": G(lambda f: "TN-" + f.hexid(6).upper()),
            "invitee_email": Y(lambda f: f.mail(), "email"),
            "invitee_name": Y(lambda f: f.person_name(), "name"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
            "reward_usd": G(lambda f: f.pick([10, 25, 50])),
        },
    ),
    (
        "track",
        "Conversion Uploaded",
        ["python"],
        None,
        {
            "platform": G(lambda f: f.pick(["meta_capi", "google_enhanced_conversions", "tiktok_events"])),
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "AddToCart"])),
            "user_data": {
                "hashed_email": Y(lambda f: f.sha256(f.mail()), "email"),
                "hashed_phone": Y(lambda f: f.sha256(f.tel().replace(" ", "")), "phone"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbp": G(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}"),
                "external_id": G(lambda f: f.sha256(f.uuid())),
            },
            "custom_data": {
                "value": G(lambda f: f.money(50, 4000)),
                "currency": G(lambda f: f.pick(["USD", "MXN", "EUR"])),
                "content_ids": Many(G(lambda f: "PKG-" + f.digits(4)), 3),
            },
        },
    ),
    (
        "track",
        "Email Delivered",
        ["go"],
        None,
        {
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(4)),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "to": Y(lambda f: f.mail(), "email", True),
            "subject": G(
                lambda f: f.pick(
                    ["Your Tripnest itinerary", "Tu reservación está confirmada", "Ihre Buchung"]
                )
            ),
            "status": G(lambda f: f.pick(["delivered", "deferred", "bounce"])),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Agent Booking Created",
        ["java"],
        None,
        {
            "booking_ref": G(lambda f: f.pnr()),
            "channel": G(lambda f: "phone"),
            "agent": {
                "id": G(lambda f: "ag_" + f.digits(4)),
                "name": Y(lambda f: f.person_name(f.pick(["MX", "US", "IN"])), "name"),
                "extension": G(lambda f: f.digits(4)),
            },
            "customer_phone": Y(lambda f: f.tel(), "phone"),
            "caller_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    ("group", None, ["node"], None, group_traits()),
]


# -- page and screen calls, aliases ----------------------------------------------------------------

PAGES = [
    ("skyward", "Home", "/"),
    ("skyward", "Flight Results", "/flights/results"),
    ("skyward", "Manage Booking", "/manage"),
    ("lodgewell", "Hotel Detail", "/hotels/room"),
    ("lodgewell", "Offers", "/offers"),
    ("tripnest", "Package Detail", "/packages/detail"),
    ("tripnest", "Visa Checker", "/visa"),
]


def page_body(page: str):
    return {
        "name": G(
            lambda f: f.pick(["Home", "Flight Results", "Hotel Detail", "Package Detail", "Visa Checker"])
        ),
        "path": G(lambda f: page),
        "url": G(lambda f: f.pick([BRAND[b][2] for b in BRAND]) + page),
        "title": G(lambda f: f.pick(["Skyward | Book", "Lodgewell – Offers", "Tripnest"])),  # noqa: RUF001
        "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.kayak.com/"])),
        "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?lang=es"])),
    }


SCREEN_BODY = {
    "previous_screen": G(
        lambda f: f.pick(["Home", "Trips", "Boarding Pass", "Hotel Detail", "Search Results"])
    ),
    "trip_id": G(lambda f: f.pick([f.pnr(), ""])),
}
SCREENS = ["Home", "Trips", "Boarding Pass", "Trip Details", "Hotel Detail", "Room Key", "Search Results"]


# -- messages ---------------------------------------------------------------------------------------

USER_ID = {
    "skyward": lambda f: f.miles_no(),
    "lodgewell": lambda f: "guest_" + f.hexid(12),
    "tripnest": lambda f: f.uuid(),
}


def message(f: Trip, kind, name, client, brand, page, body, labels) -> dict:
    f.cc = f.country()
    f.mx = f.mx_person()
    timestamp = f.iso()
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": ("ajs-next-" if client == "web" else "") + f.uuid(),
        "timestamp": timestamp,
        "anonymousId": f.uuid(),
    }
    if kind != "alias" and f.r.random() < 0.8:
        msg["userId"] = USER_ID[brand](f)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["userId"] = USER_ID[brand](f)
        msg["groupId"] = "acct_" + f.digits(6)
    elif kind == "alias":
        msg["userId"] = USER_ID[brand](f)
        msg["previousId"] = msg["anonymousId"]
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    context = render(context_for(f, client, brand, page or "/"), f, "context", labels)
    if client == "web" and f.r.random() < 0.6:
        context.pop("campaign", None)
    msg["context"] = context
    if f.r.random() < 0.3:
        msg["integrations"] = {"All": True, "Amplitude": {"session_id": f.epoch_ms()}}
    sent = datetime.fromisoformat(timestamp.replace("Z", "+00:00")) + timedelta(seconds=f.r.uniform(0.2, 40))
    msg["sentAt"] = sent.strftime("%Y-%m-%dT%H:%M:%S.") + f"{sent.microsecond // 1000:03d}Z"
    return msg


def build(seed: int, repeats: int):
    f = Trip(seed)
    labels: dict[str, dict] = {}
    events = []
    catalogue = [("skyward", e) for e in SKYWARD] + [("lodgewell", e) for e in LODGEWELL]
    catalogue += [("tripnest", e) for e in TRIPNEST]
    for _ in range(repeats):
        for brand, (kind, name, clients, page, body) in catalogue:
            events.append(message(f, kind, name, f.pick(clients), brand, page, body, labels))
        for brand, name, page in PAGES:
            events.append(message(f, "page", name, "web", brand, page, page_body(page), labels))
        for _ in range(3):
            client = f.pick(["swift", "kotlin", "rn", "flutter"])
            brand = {"swift": "skyward", "kotlin": "skyward", "rn": "tripnest", "flutter": "lodgewell"}[
                client
            ]
            events.append(message(f, "screen", f.pick(SCREENS), client, brand, None, SCREEN_BODY, labels))
        if f.r.random() < 0.5:
            events.append(
                message(f, "alias", None, f.pick(["web", "rn"]), "tripnest", "/signup", None, labels)
            )
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=2525, repeats=30)
    write(Path(__file__).parent, "holdout25_", events, labels)
