"""Writes holdout80: tests/corpus/holdout80_events.jsonl and holdout80_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its scores or
any other corpus's labels (only build.py, fake.py and build_holdout3.py, for the format, and the
reference's matcher table). Nobody ran the engine on these events while writing them.

Domain: "Relaypost", a parcel carrier and e-commerce returns platform in the UK, Ireland, Poland
and Italy. Merchants create shipments in a web portal and through server integrations (Shopify-
and Magento-shaped order payloads); recipients follow parcels on a tracking site and in apps and
set delivery preferences (safe place, neighbour, parcel locker, redelivery); drivers scan parcels
with GPS, capture proof-of-delivery photos and signatures, verify ages and report incidents;
customers start returns, book collections and get refunds; parcels to non-EU countries carry
customs declarations with the private sender's tax id; notifications go out by SMS (Twilio-shaped
status callbacks) and conversions go to ad platforms (Meta CAPI-shaped `user_data`).

Clients and their `context` blocks: analytics.js (page, userAgent, userAgentData, campaign, ip),
analytics-swift, analytics-kotlin (recipient app, and the driver app with `context.location`),
analytics-react-native, analytics_flutter (recipient and driver apps), and the server libraries
for Python, Node (with `context.externalIds`), Go, Java, Ruby, PHP and .NET. identify, track,
page, screen, group and alias calls.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths are PascalCase
(.NET services), SCREAMING_SNAKE (a warehouse job that sends identify/track from Snowflake
columns), kebab-case (HTTP header maps) and Polish (nadawca, odbiorca, kod_pocztowy, pesel) or
Italian (destinatario, mittente, indirizzo, cap, codice_fiscale) backend keys.

Values: people from the four countries and from the communities living there (Irish, Polish,
Italian, Nigerian, Indian, Vietnamese, Ukrainian, Moroccan... names), each with a national phone
format, a street address, postcode or Eircode, city and coordinates inside that country.
National ids carry valid checksums: PESEL, codice fiscale (check character), Irish PPSN (mod 23),
UK National Insurance numbers (valid prefixes). IBANs for GB, IE, PL and IT pass mod-97 (Italian
ones with a correct CIN), UK VAT numbers pass the mod-97 weights, UPU S10 tracking numbers carry
their check digit, Italian partita IVA its Luhn-like digit.

Labelling rules (the Privacy Portal's default colours, as the brief sets them):
- PII = personal data about a natural person: the user, a recipient, a private sender, a
  neighbour, a driver, a witness, warehouse staff, an emergency contact. Colour = the reference's
  default for the matcher; outside the reference: red for credentials/secrets/codes, payment
  tokens, bank accounts, government ids; yellow for geolocation, advertising ids (IDFA/GAID,
  gclid, fbclid, _fbp, _fbc).
- Green: ids Relaypost or merchants issue (tracking and parcel numbers, UUIDs, customer and claim
  numbers), versions, timestamps, hashes of non-PII (photo checksums, webhook HMACs), amounts,
  enums, counters and booleans under PII-sounding keys (`phone_verified`, `signature_required`,
  `photo_count`, `address_changed`), ages and age bands, job titles and employers, product names,
  pets' names, companies and their own addresses, phones, e-mails, VAT/EORI/IOSS numbers
  (merchants are businesses: a merchant's `registeredAddress`, `mittente.sede`, Twilio `From`
  (our sender number) are green), places that are not a person's (depots, parcel lockers and
  their coordinates, drop-off shops, destination countries), user agents, OS-issued device ids.
- Contested cases follow the product's policy: insurance (parcel cover) policy numbers are
  yellow `identification`; pay rates yellow `salary`; vehicle plates yellow `license`, VINs
  yellow `serial`; billing and shipping addresses of the person yellow `address`; payment
  tokens, locker pickup codes and building access codes red `secret|token`; merchants' API keys
  and webhook secrets red `secret`.
- A boolean or enum that itself reveals a special category about the person is labelled as that
  category: `accessibility_needs` (every value names an impairment) and
  `RequiresReasonableAdjustments` are red `disability`, `IsArmedForcesVeteran` red `veteran`,
  `injury_type` yellow `condition`, `RightToWorkStatus` red `visa`, Magento's numeric `gender`
  (1/2/3) yellow `gender`.
- Proof-of-delivery photos (they show the recipient's door) and signature images are yellow
  `photo`. The precise point where a driver scanned or delivered a parcel is the driver's or the
  recipient's location: yellow `geolocation`.
- Hashes of a person's e-mail or phone sent for ad matching (Meta CAPI `user_data.em`, `.ph`) stay
  personal data (pseudonymous and matchable): yellow with the matcher of what was hashed.
- value_only is true when the key, read alone, does not say what kind of data the value is
  (`value`, `label`, `q`, `To`, `notes`, `message_body`, `driver_comment`, `x-forwarded-for`,
  `externalIds[].id`); a value_only PII path holds that PII in every one of its values. Free text
  is labelled by what every one of its values carries: the PII-bearing free-text fields here are
  written so that each value carries it (a name, a phone number), the others carry none and are
  green (`safe_place_note`, `text`, `input`, `first_message`, return and claim comments).
- When undecidable: what a careful privacy owner at a mid-size carrier would want flagged.

Run: `.venv/bin/python -m tests.corpus.build_holdout80`. Deterministic (seeded).
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and ids of the four countries ----------------------------------------------------

NAMES = {
    "GB": {
        "m": ["Oliver", "Harry", "George", "Callum", "Mohammed", "Jack", "Rhys", "Arjun", "Kwame", "Thomas"],
        "f": ["Amelia", "Isla", "Olivia", "Priya", "Aisha", "Hannah", "Grace", "Chloe", "Zainab", "Ellie"],
        "last": [
            "Smith",
            "Jones",
            "Taylor",
            "Williams",
            "Patel",
            "Khan",
            "Begum",
            "Okonkwo",
            "Campbell",
            "MacLeod",
            "Evans",
            "Hughes",
            "Thompson",
            "Wright",
            "Ahmed",
            "Clarke",
        ],
    },
    "IE": {
        "m": ["Cian", "Oisín", "Pádraig", "Eoin", "Seán", "Darragh", "Conor", "Tadhg"],
        "f": ["Aoife", "Siobhán", "Saoirse", "Róisín", "Niamh", "Ciara", "Gráinne", "Orla"],
        "last": [
            "Murphy",
            "O'Sullivan",
            "Kelly",
            "Byrne",
            "Walsh",
            "Fitzgerald",
            "Ní Bhriain",
            "Ó Briain",
            "McCarthy",
            "Doyle",
            "Gallagher",
            "Ó Néill",
        ],
    },
    "PL": {
        "m": ["Krzysztof", "Piotr", "Wojciech", "Łukasz", "Jędrzej", "Tomasz", "Michał", "Paweł", "Grzegorz"],
        "f": ["Małgorzata", "Agnieszka", "Zofia", "Katarzyna", "Joanna", "Ewa", "Magdalena", "Aleksandra"],
        "last": [
            ("Nowak", "Nowak"),
            ("Kowalski", "Kowalska"),
            ("Wiśniewski", "Wiśniewska"),
            ("Wójcik", "Wójcik"),
            ("Kamiński", "Kamińska"),
            ("Lewandowski", "Lewandowska"),
            ("Zieliński", "Zielińska"),
            ("Szymański", "Szymańska"),
            ("Dąbrowski", "Dąbrowska"),
            ("Woźniak", "Woźniak"),
            ("Mazur", "Mazur"),
            ("Krawczyk", "Krawczyk"),
        ],
    },
    "IT": {
        "m": ["Alessandro", "Lorenzo", "Matteo", "Giuseppe", "Francesco", "Davide", "Riccardo", "Gabriele"],
        "f": ["Giulia", "Francesca", "Chiara", "Sofia", "Martina", "Giorgia", "Alessia", "Federica"],
        "last": [
            "Rossi",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "De Luca",
            "Conti",
            "Mancini",
            "Ferrari",
            "Gallo",
        ],
    },
}
# People from communities living in the four countries, with that country's address and phone.
DIASPORA = [
    ("Oluwaseun", "Adeyemi", "m"),
    ("Chiamaka", "Eze", "f"),
    ("Nguyễn Thị", "Lan", "f"),
    ("Văn An", "Trần", "m"),
    ("Fatima Zahra", "El Idrissi", "f"),
    ("Youssef", "Benali", "m"),
    ("Oleksandr", "Kovalenko", "m"),
    ("Olena", "Shevchenko", "f"),
    ("Anjali", "Nair", "f"),
    ("Gurpreet", "Singh", "m"),
    ("Wei", "Zhang", "m"),
    ("Ana-Maria", "Popescu", "f"),
    ("Mehmet", "Yılmaz", "m"),  # noqa: RUF001 (Turkish dotless i)
    ("Aminata", "Diallo", "f"),
    ("João", "Ferreira", "m"),
]
STREETS = {
    "GB": [
        "Victoria Road",
        "Church Lane",
        "Station Road",
        "Acacia Avenue",
        "Kingsway",
        "Albert Street",
        "Mill Lane",
        "Queen's Drive",
        "Hawthorn Close",
        "Cromwell Road",
    ],
    "IE": [
        "Main Street",
        "Griffith Avenue",
        "Ormond Quay",
        "Bóthar na Trá",
        "Ballymun Road",
        "Patrick Street",
        "Castle Street",
        "Sandymount Avenue",
    ],
    "PL": [
        "Marszałkowska",
        "Floriańska",
        "Piotrkowska",
        "Długa",
        "Jana Pawła II",
        "Grunwaldzka",
        "Świętokrzyska",
        "Mickiewicza",
        "Krakowskie Przedmieście",
    ],
    "IT": [
        "Via Roma",
        "Corso Buenos Aires",
        "Via Toledo",
        "Viale Monza",
        "Via Garibaldi",
        "Corso Vittorio Emanuele",
        "Via dei Mille",
        "Via Nazionale",
        "Via Mazzini",
    ],
}
CITIES = {
    "GB": [
        ("London", "SW", 51.50, -0.12),
        ("Manchester", "M", 53.48, -2.24),
        ("Leeds", "LS", 53.80, -1.55),
        ("Glasgow", "G", 55.86, -4.25),
        ("Birmingham", "B", 52.48, -1.90),
        ("Bristol", "BS", 51.45, -2.59),
        ("Cardiff", "CF", 51.48, -3.18),
        ("Edinburgh", "EH", 55.95, -3.19),
    ],
    "IE": [
        ("Dublin", "D0", 53.35, -6.26),
        ("Cork", "T12", 51.90, -8.47),
        ("Galway", "H91", 53.27, -9.05),
        ("Limerick", "V94", 52.66, -8.63),
        ("Drogheda", "A92", 53.72, -6.35),
    ],
    "PL": [
        ("Warszawa", "0", 52.23, 21.01),
        ("Kraków", "3", 50.06, 19.94),
        ("Gdańsk", "80", 54.35, 18.65),
        ("Wrocław", "5", 51.11, 17.03),
        ("Łódź", "9", 51.76, 19.46),
        ("Poznań", "6", 52.41, 16.93),
    ],
    "IT": [
        ("Milano", "201", 45.46, 9.19),
        ("Roma", "001", 41.90, 12.50),
        ("Napoli", "801", 40.85, 14.27),
        ("Torino", "101", 45.07, 7.69),
        ("Bologna", "401", 44.49, 11.34),
        ("Palermo", "901", 38.12, 13.36),
    ],
}
BELFIORE = {
    "Milano": "F205",
    "Roma": "H501",
    "Napoli": "F839",
    "Torino": "L219",
    "Bologna": "A944",
    "Palermo": "G273",
}
PROVINCE = {"Milano": "MI", "Roma": "RM", "Napoli": "NA", "Torino": "TO", "Bologna": "BO", "Palermo": "PA"}
MAIL = {
    "GB": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "hotmail.co.uk"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "icloud.com", "hotmail.com"],
    "PL": ["gmail.com", "wp.pl", "o2.pl", "interia.pl", "onet.pl"],
    "IT": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it", "alice.it", "icloud.com"],
}
MERCHANTS = [
    "Hearth & Loom Ltd",
    "Northbay Outdoor",
    "Dún Laoghaire Books",
    "TechNest Ireland",
    "Bottega Sartori",
    "Libreria Dante",
    "Pracownia Ceramiki Glina",
    "Kawa i Herbata Sp. z o.o.",
    "Moda Milano Outlet",
    "Little Acorns Kidswear",
]
PRODUCTS = [
    "Merino crew jumper",
    "Trail running shoes",
    "Ceramic mug set (4)",
    "Moka pot 6-cup",
    "Wireless earbuds",
    "Kids' raincoat",
    "Linen duvet cover",
    "Leather phone case",
    "Hardback atlas",
    "Wool scarf",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
    )
)
CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mod97_iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def cf_check(s: str) -> str:
    total = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s))
    return ALPHA[total % 26]


class F(Fake):
    """Fake with a current recipient (`p`), second person (`q`) and driver (`d`), new for every event."""

    p: dict
    q: dict
    d: dict
    locker: tuple
    depot: tuple

    def country(self):
        return self.r.choices(["GB", "IE", "PL", "IT"], [35, 15, 25, 25])[0]

    def person(self, country=None):
        c = country or self.country()
        sex = self.pick("mf")
        if self.r.random() < 0.2:
            first, last, sex = self.pick(DIASPORA)
        else:
            first = self.pick(NAMES[c][sex])
            last = self.pick(NAMES[c]["last"])
            if isinstance(last, tuple):
                last = last[0] if sex == "m" else last[1]
        city, pc, lat, lon = self.pick(CITIES[c])
        p = {"country": c, "first": first, "last": last, "sex": sex, "city": city}
        p["full"] = f"{first} {last}"
        p["phone"] = self.mobile(c)
        p["email"] = self.mail(first, last, c)
        p["street"], p["house"], p["flat"] = self.pick(STREETS[c]), str(self.r.randint(1, 180)), ""
        if self.r.random() < 0.4:
            p["flat"] = str(self.r.randint(1, 40))
        p["line1"] = self.line1(p)
        p["postcode"] = self.postcode(c, pc)
        p["lat"] = round(lat + self.r.uniform(-0.08, 0.08), 6)
        p["lon"] = round(lon + self.r.uniform(-0.12, 0.12), 6)
        p["dob"] = self.date(1945, 2005)
        return p

    def line1(self, p):
        c, street, house, flat = p["country"], p["street"], p["house"], p["flat"]
        if c == "PL":
            return f"ul. {street} {house}/{flat}" if flat else f"ul. {street} {house}"
        if c == "IT":
            return f"{street} {house}" + (f", int. {flat}" if flat else "")
        if flat:
            return self.pick([f"Flat {flat}, {house} {street}", f"Apt {flat}, {house} {street}"])
        return f"{house} {street}"

    def mobile(self, c):
        r = self.r
        if c == "GB":
            n = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
            return self.pick([f"+44{n}", f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}"])
        if c == "IE":
            n = f"8{self.pick('35679')}{r.randint(1000000, 9999999)}"
            return self.pick([f"+353{n}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"+353 {n[:2]} {n[2:5]} {n[5:]}"])
        if c == "PL":
            n = f"{self.pick('5678')}{r.randint(10000000, 99999999)}"
            return self.pick([f"+48{n}", f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
        n = f"3{self.pick(['20', '28', '33', '39', '40', '47', '49'])}{r.randint(1000000, 9999999)}"
        return self.pick([f"+39{n}", f"+39 {n[:3]} {n[3:]}", f"{n[:3]} {n[3:]}"])

    def mail(self, first, last, c):
        a = ascii_fold(first.split()[0]).lower()
        b = ascii_fold(last).lower().replace("'", "").replace(" ", "")
        local = self.pick(
            [f"{a}.{b}", f"{a}{b}{self.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}", f"{b}.{a}"]
        )
        return f"{local}@{self.pick(MAIL[c])}"

    def postcode(self, c, prefix):
        r = self.r
        if c == "GB":
            inward = (
                f"{r.randint(0, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            )
            return f"{prefix}{r.randint(1, 20)} {inward}"
        if c == "IE":
            key = f"D{r.randint(1, 24):02d}" if prefix == "D0" else prefix
            return f"{key} {self.pick('ACDEFHKNPRTVWXY')}" + "".join(
                self.pick("ACDEFHKNPRTVWXY0123456789") for _ in range(3)
            )
        if c == "PL":
            d = prefix + "".join(str(r.randint(0, 9)) for _ in range(5 - len(prefix)))
            return f"{d[:2]}-{d[2:]}"
        return prefix + f"{r.randint(0, 99):02d}"

    # -- national ids ---------------------------------------------------------------------------

    def pesel(self, p=None):
        y, m, d = (int(x) for x in (p or self.p)["dob"].split("-"))
        mm = m + 20 if y >= 2000 else m
        sex = (p or self.p)["sex"]
        sex_digit = self.pick("13579" if sex == "m" else "02468")
        body = f"{y % 100:02d}{mm:02d}{d:02d}{self.r.randint(0, 999):03d}{sex_digit}"
        total = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
        return body + str((10 - total % 10) % 10)

    def codice_fiscale(self, p=None):
        p = p or self.p

        def parts(s):
            s = ascii_fold(s).upper()
            s = "".join(ch for ch in s if ch.isalpha())
            return [ch for ch in s if ch not in "AEIOU"], [ch for ch in s if ch in "AEIOU"]

        cons, vow = parts(p["last"])
        sur = ("".join(cons + vow) + "XXX")[:3]
        cons, vow = parts(p["first"])
        name = cons[0] + cons[2] + cons[3] if len(cons) >= 4 else ("".join(cons + vow) + "XXX")[:3]
        y, m, d = (int(x) for x in p["dob"].split("-"))
        day = d + 40 if p["sex"] == "f" else d
        town = BELFIORE.get(p["city"], self.pick(list(BELFIORE.values())))
        body = f"{sur}{name}{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{day:02d}{town}"
        return body + cf_check(body)

    def ppsn(self):
        digits = [self.r.randint(0, 9) for _ in range(7)]
        rem = sum(dg * w for dg, w in zip(digits, range(8, 1, -1))) % 23
        return "".join(map(str, digits)) + ("W" if rem == 0 else chr(64 + rem))

    def nino(self):
        while True:
            pre = self.pick("ABCEGHJKLMNOPRSTWXYZ") + self.pick("ABCEGHJKLMNPRSTWXYZ")
            if pre not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
                break
        d = self.digits(6)
        suf = self.pick("ABCD")
        return self.pick([f"{pre}{d}{suf}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"])

    def national_id(self, p=None):
        c = (p or self.p)["country"]
        if c == "PL":
            return self.pesel(p)
        if c == "IT":
            return self.codice_fiscale(p)
        if c == "IE":
            return self.ppsn()
        return self.nino()

    # -- money ----------------------------------------------------------------------------------

    def iban_local(self, c=None):
        c = c or self.p["country"]
        dg = lambda n: "".join(str(self.r.randint(0, 9)) for _ in range(n))  # noqa: E731
        if c == "GB":
            raw = mod97_iban("GB", self.pick(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + dg(14))
        elif c == "IE":
            bank = self.pick([("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99")])
            raw = mod97_iban("IE", bank[0] + bank[1] + dg(12))
        elif c == "PL":
            raw = mod97_iban("PL", self.pick(["1020", "1140", "1050", "1090", "2490"]) + dg(20))
        else:
            abi_cab_acct = self.pick(["03069", "02008", "05034", "03062"]) + dg(5) + dg(12)
            cin = ALPHA[
                sum((CF_ODD if i % 2 == 0 else CF_EVEN)[ch] for i, ch in enumerate(abi_cab_acct)) % 26
            ]
            raw = mod97_iban("IT", cin + abi_cab_acct)
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def uk_vat(self):
        d = [self.r.randint(0, 9) for _ in range(7)]
        total = sum(x * w for x, w in zip(d, range(8, 1, -1)))
        return "GB" + "".join(map(str, d)) + f"{(-total) % 97:02d}"

    def partita_iva(self):
        d = [self.r.randint(0, 9) for _ in range(10)]
        total = 0
        for i, x in enumerate(d):
            if i % 2:
                x *= 2
                x -= 9 if x > 9 else 0
            total += x
        return "".join(map(str, d)) + str((10 - total % 10) % 10)

    def s10(self, service="RP", country="GB"):
        d = [self.r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(x * w for x, w in zip(d, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
        c = 0 if c == 10 else 5 if c == 11 else c
        return f"{service}{''.join(map(str, d))}{c}{country}"

    def tracking(self):
        return self.pick(
            [
                self.s10(self.pick(["RP", "RL", "CP"]), self.pick(["GB", "IE", "PL", "IT"])),
                "RLP" + self.digits(12),
            ]
        )

    # -- vehicles, ads, network -----------------------------------------------------------------

    def plate(self):
        r, up = self.r, "ABCDEFGHJKLMNPRSTVWXYZ"
        c = self.country()
        if c == "GB":
            return (
                self.pick(["LD", "MA", "YK", "BD", "SF", "GX"])
                + self.pick(["19", "21", "23", "71", "72"])
                + " "
                + "".join(self.pick(up) for _ in range(3))
            )
        if c == "IE":
            year = self.pick(["191", "202", "221", "232", "241"])
            return f"{year}-{self.pick(['D', 'C', 'G', 'L', 'KE'])}-{r.randint(1, 49999)}"
        if c == "PL":
            return f"{self.pick(['WA', 'KR', 'GD', 'DW', 'PO', 'EL'])} {r.randint(10000, 99999)}"
        return f"{self.pick(up)}{self.pick(up)} {r.randint(100, 999)} {self.pick(up)}{self.pick(up)}"

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["WF0", "WV1", "VF1", "ZFA", "WDB", "VF7"]) + "".join(
            self.pick(chars) for _ in range(14)
        )

    def ip(self):
        if self.r.random() < 0.2:
            pre = self.pick(["2a00:23c6", "2a02:c7c", "2001:bb6", "2a01:110f", "2a01:e11"])
            return pre + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(7 - pre.count(":")))
        return self.ipv4()

    def b64(self, n):
        return "".join(
            self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n)
        )

    def gclid(self):
        return "Cj0KCQjw" + self.b64(70) + "_BwE"

    def fbclid(self):
        return "IwAR" + self.b64(56)

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def idfa(self):
        return self.uuid().upper()

    def pickup_code(self):
        return self.digits(6)


def P(field):
    """A field of the event's recipient."""
    return lambda f: f.p[field]


def Q(field):
    """A field of the event's second person (sender, neighbour, witness...)."""
    return lambda f: f.q[field]


def D(field):
    """A field of the event's driver (the user of the driver app)."""
    return lambda f: f.d[field]


def local_date(f: F) -> str:
    return f"2024-{f.r.randint(3, 11):02d}-{f.r.randint(1, 28):02d}"


def window(f: F) -> str:
    h = f.r.randint(7, 19)
    m = f.pick(["00", "15", "30", "45"])
    return f"{h:02d}:{m}-{h + 1:02d}:{m}"


# -- contexts sent by the client libraries ----------------------------------------------------------

LOCALES = ["en-GB", "en-IE", "pl-PL", "it-IT", "en-US", "uk-UA"]
ZONES = ["Europe/London", "Europe/Dublin", "Europe/Warsaw", "Europe/Rome"]
SITES = {
    "merchant": (
        "https://ship.relaypost.com",
        ["/shipments/new", "/shipments", "/imports", "/settings/api"],
        ["New shipment | Relaypost", "Shipments | Relaypost", "Import | Relaypost"],
    ),
    "track": (
        "https://track.relaypost.com",
        ["/t/RP482910375GB", "/t/CP119204577PL", "/t/RLP500119283744", "/delivery-options"],
        ["Track your parcel | Relaypost", "Delivery options | Relaypost", "Śledzenie przesyłki | Relaypost"],
    ),
    "returns": (
        "https://returns.relaypost.com",
        ["/start", "/items", "/method", "/confirm"],
        ["Start a return", "Choose items", "How would you like to return?", "Return confirmed"],
    ),
}


def web_ctx(site):
    host, paths, titles = SITES[site]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://l.facebook.com/",
                        "android-app://com.google.android.gm/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=sms&utm_medium=notification", "?lang=pl", "?ref=email"])
            ),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: host + f.pick(paths)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(ZONES)),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["delivery_today", "returns_reminder", "spring_promo"])),
            "source": G(lambda f: f.pick(["sms", "email", "google"])),
            "medium": G(lambda f: f.pick(["notification", "cpc", "email"])),
            "content": G(lambda f: f.pick(["track_button", "eta_link", "banner"])),
        },
    }


def swift_ctx():
    return {
        "app": {
            "name": G(lambda f: "Relaypost"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["4180", "4192", "4200"])),
            "namespace": G(lambda f: "com.relaypost.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone12,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(ZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": {
            "email": Y(P("email"), "email"),
            "firstName": Y(P("first"), "name"),
            "lastName": Y(P("last"), "name"),
            "userId": G(lambda f: "cus_" + f.digits(8)),
        },
    }


def kotlin_ctx(driver=False):
    ctx = {
        "app": {
            "name": G(lambda f: "Relaypost Driver" if driver else "Relaypost"),
            "version": G(lambda f: f.pick(["7.3.1", "7.4.0"] if driver else ["4.18.0", "4.19.1"])),
            "build": G(lambda f: f.pick(["731", "740", "418", "419"])),
            "namespace": G(lambda f: "com.relaypost.driver" if driver else "com.relaypost.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "Zebra Technologies"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "2201117TY", "TC58"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "spes", "TC58"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "bluetooth": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone IE", "Play", "TIM", "Three"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "height": G(lambda f: f.pick([2340, 2400, 1280])),
            "width": G(lambda f: f.pick([1080, 720])),
        },
        "timezone": G(lambda f: f.pick(ZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; TC58 Build/13-11-10.00-TG-U15-STD)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": {
            "email": Y(P("email"), "email"),
            "firstName": Y(P("first"), "name"),
            "phone": Y(P("phone"), "phone"),
            "userId": G(lambda f: "cus_" + f.digits(8)),
        },
    }
    if driver:
        ctx["traits"] = {
            "email": Y(D("email"), "email"),
            "firstName": Y(D("first"), "name"),
            "depotCode": G(lambda f: f.pick(["LHR2", "MAN1", "DUB3", "WAW1", "MXP2"])),
        }
        ctx["location"] = {
            "latitude": Y(P("lat"), "geolocation"),
            "longitude": Y(P("lon"), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 14), 1)),
        }
    else:
        ctx["device"]["adTrackingEnabled"] = G(lambda f: f.pick([True, False]))
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return ctx


def rn_ctx():
    return {
        "app": {
            "name": G(lambda f: "Relaypost"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2"])),
            "build": G(lambda f: f.pick(["1052", "1060"])),
            "namespace": G(lambda f: "com.relaypost.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "CPH2449"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "OP5958L1"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.pick([f.idfa(), f.uuid()]), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"height": G(lambda f: f.pick([844, 915, 892])), "width": G(lambda f: f.pick([390, 412]))},
        "timezone": G(lambda f: f.pick(ZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": {
            "email": Y(P("email"), "email"),
            "firstName": Y(P("first"), "name"),
            "lastName": Y(P("last"), "name"),
        },
    }


def flutter_ctx(driver=False):
    return {
        "app": {
            "name": G(lambda f: "Relaypost Driver" if driver else "Relaypost"),
            "version": G(lambda f: f.pick(["7.3.1", "7.4.0"] if driver else ["4.18.0", "4.19.1"])),
            "build": G(lambda f: f.pick(["731", "740", "418"])),
            "namespace": G(lambda f: "com.relaypost.driver" if driver else "com.relaypost.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "motorola"])),
            "model": G(lambda f: f.pick(["SM-G991B", "iPhone14,5", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["14", "13", "17.4.1"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([2400, 2532])),
            "width": G(lambda f: f.pick([1080, 1170])),
            "density": G(lambda f: f.pick([3.0, 2.75])),
        },
        "timezone": G(lambda f: f.pick(ZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": {"email": Y(P("email"), "email"), "firstName": Y(P("first"), "name")},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "batch": ("analytics-python", ["2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_ctx(lib):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("python", "ruby", "php"):
        ctx["ip"] = Y(lambda f: f.ip(), "ip")
    if lib == "python":
        ctx["traits"] = {"email": Y(P("email"), "email"), "customerNumber": G(lambda f: "C" + f.digits(9))}
    if lib == "php":
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib == "node":
        ctx["externalIds"] = Many(
            {
                "id": Y(P("email"), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "java":
        ctx["groupId"] = G(lambda f: "mer_" + f.digits(6))
    return ctx


def context_for(client):
    if client.startswith("web_"):
        return web_ctx(client[4:])
    return {
        "swift": swift_ctx,
        "kotlin": kotlin_ctx,
        "driver_kotlin": lambda: kotlin_ctx(True),
        "rn": rn_ctx,
        "flutter": flutter_ctx,
        "driver_flutter": lambda: flutter_ctx(True),
    }.get(client, lambda: server_ctx(client))()


LOCKERS = [
    ("KRA01M", "Paczkomat KRA01M - Galeria Krakowska", "ul. Pawia 5, 31-154 Kraków", 50.0677, 19.9449),
    (
        "WAW22A",
        "Paczkomat WAW22A - Dworzec Centralny",
        "al. Jerozolimskie 54, 00-024 Warszawa",
        52.2289,
        21.0031,
    ),
    ("DUB-0412", "Locker Tesco Rathmines", "Lower Rathmines Rd, Dublin 6", 53.3237, -6.2646),
    ("MI-LOC-118", "Locker Esselunga Viale Papiniano", "Viale Papiniano 29, 20123 Milano", 45.4587, 9.1678),
    (
        "MAN-0077",
        "Relaypost Locker Piccadilly Station",
        "Piccadilly Station, Manchester M60 7RA",
        53.4774,
        -2.2309,
    ),
    ("RM-LOC-042", "Locker Stazione Termini", "Piazza dei Cinquecento, 00185 Roma", 41.9010, 12.5016),
]
DEPOTS = [
    ("Depot Heathrow 2", 51.4700, -0.4543),
    ("Depot Trafford Park", 53.4631, -2.3105),
    ("Depot Dublin 12", 53.3220, -6.3390),
    ("Magazyn Warszawa Okęcie", 52.1700, 20.9700),
    ("Deposito Milano Linate", 45.4500, 9.2800),
]
RECIPIENT_APPS = ["swift", "kotlin", "rn", "flutter"]
DRIVER_APPS = ["driver_kotlin", "driver_flutter"]

# -- free text ------------------------------------------------------------------------------------


def sms_body(f: F) -> str:
    first, m, link = f.p["first"], f.pick(MERCHANTS), "https://rlp.st/" + f.b64(7)
    by_country = {
        "PL": [
            f"Cześć {first}! Twoja paczka od {m} jest w drodze. Śledź: {link}",
            f"{first}, twoja paczka czeka w Paczkomacie. Kod odbioru w aplikacji. {link}",
        ],
        "IT": [
            f"Ciao {first}, il tuo pacco da {m} arriva oggi tra le {window(f)}. {link}",
            f"{first}, il tuo pacco è stato consegnato. Vedi la foto: {link}",
        ],
    }
    english = [
        f"Hi {first}, your Relaypost parcel from {m} arrives today {window(f)}. Track: {link}",
        f"{first}, your parcel was delivered to your safe place. See the photo: {link}",
        f"Hi {first}, we missed you today. Choose a new day: {link}",
    ]
    return f.pick(by_country.get(f.p["country"], english))


def driver_comment(f: F) -> str:
    ph = f.p["phone"]
    by_country = {
        "PL": [f"Tel. {ph} nie odbiera, awizo zostawione", f"Dzwoniłem na {ph}, brak odpowiedzi"],
        "IT": [
            f"Chiamato {ph}, nessuna risposta. Lasciato avviso",
            f"Cliente al {ph} chiede consegna dopo le 18",
        ],
    }
    english = [
        f"Called {ph}, no answer",
        f"No answer at door, rang customer on {ph} - voicemail",
        f"Customer asked to ring {ph} when 5 min away",
        f"Gate locked. Tried {ph} twice",
    ]
    return f.pick(by_country.get(f.p["country"], english))


def collection_notes(f: F) -> str:
    first, full = f.p["first"], f.p["full"]
    return f.pick(
        [
            f"Ask for {first} at reception",
            f"{full} works from home on Tuesdays, ring twice",
            f"If nobody answers, {first}'s mum is in the flat upstairs",
            f"Parcel will be handed over by {full}",
            f"Chiedere di {first} in portineria",
            f"Paczkę wyda {full}, proszę dzwonić domofonem",
        ]
    )


SAFE_PLACE_NOTES = [
    "Behind the green bin by the side gate",
    "In the porch, the door is never locked",
    "Inside the garden shed",
    "Under the bench on the patio",
    "Leave in the meter cupboard",
    "Nella cassetta sotto il portico",
    "Za furtką, przy schodach",
    "Behind the wheelie bins at the back",
    "In the recycling box (blue lid)",
]
CHAT_TEXT = [
    "Running about 10 minutes late",
    "Please leave it at the back door",
    "Thanks!",
    "I'm outside now",
    "Sono al cancello",
    "Jestem pod blokiem",
    "Can't find the entrance, which block?",
    "Ok no problem",
]
BOT_INPUT = [
    "track parcel",
    "where is my parcel",
    "talk to an agent",
    "return label",
    "Zwrot",
    "reso",
    "change delivery day",
    "parcel says delivered but not here",
]
RETURN_COMMENTS = [
    "Too small in the shoulders",
    "Colour is darker than in the photo",
    "Arrived damaged",
    "Changed my mind",
    "Ordered two sizes",
    "Troppo stretto",
    "Za duże",
    "",
    "Zip broken after one use",
]
CLAIM_TEXT = [
    "Box crushed, two mugs broken",
    "Parcel marked delivered but never arrived",
    "Wet, contents ruined",
    "Pacco aperto, manca un articolo",
    "Uszkodzony karton, pęknięty dzbanek",
    "Items missing from box",
]

# -- events ---------------------------------------------------------------------------------------


def dims():
    return {
        "length_cm": G(lambda f: f.r.randint(10, 120)),
        "width_cm": G(lambda f: f.r.randint(5, 60)),
        "height_cm": G(lambda f: f.r.randint(2, 60)),
    }


EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- merchant portal ---------------------------------------------------------------------------
    (
        "page",
        "New Shipment",
        ["web_merchant"],
        {
            "name": G(lambda f: "New Shipment"),
            "path": G(lambda f: "/shipments/new"),
            "url": G(
                lambda f: (
                    "https://ship.relaypost.com/shipments/new"
                    + f.pick(["", "?from=import", "?copy=" + f.digits(8)])
                )
            ),
            "title": G(lambda f: "New shipment | Relaypost"),
            "referrer": G(lambda f: f.pick(["https://ship.relaypost.com/shipments", ""])),
            "search": G(lambda f: f.pick(["", "?from=import", "?copy=" + f.digits(8)])),
        },
    ),
    (
        "track",
        "Shipment Created",
        ["web_merchant", "node", "python"],
        {
            "shipment_id": G(lambda f: f.uuid()),
            "tracking_number": G(lambda f: f.tracking()),
            "service": G(lambda f: f.pick(["next_day", "standard", "48h", "international_economy"])),
            "parcel_count": G(lambda f: f.r.randint(1, 4)),
            "weight_kg": G(lambda f: round(f.r.uniform(0.1, 25), 2)),
            "dimensions": dims(),
            "declared_value": G(lambda f: f.money(5, 800)),
            "currency": G(lambda f: f.pick(["GBP", "EUR", "PLN"])),
            "merchant_id": G(lambda f: "mer_" + f.digits(6)),
            "merchant_name": G(lambda f: f.pick(MERCHANTS)),
            "merchant_order_ref": G(
                lambda f: f.pick([f.lucky_order_number(), "#" + f.digits(5), "SO-" + f.digits(7)])
            ),
            "recipient": {
                "first_name": Y(P("first"), "name"),
                "last_name": Y(P("last"), "name"),
                "email": Y(P("email"), "email"),
                "phone": Y(P("phone"), "phone"),
                "company": G(lambda f: f.pick(["", "", "Globex Ltd", "Studio Bianchi", "Apteka Zdrowie"])),
                "address_line1": Y(P("line1"), "address|street"),
                "address_line2": Y(
                    lambda f: f.pick(["", "Unit 4", "Floor 2", "Scala B", "klatka C"]), "address|street"
                ),
                "city": Y(P("city"), "city"),
                "postcode": Y(P("postcode"), "zipcode"),
                "country_code": G(P("country")),
            },
            "return_address": {
                "company": G(lambda f: f.pick(MERCHANTS)),
                "line1": G(
                    lambda f: f.pick(
                        [
                            "Unit 7, Trafford Park Road",
                            "Unit 12 Ballymount Industrial Estate",
                            "ul. Logistyczna 4",
                            "Via dell'Industria 22",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Manchester", "Dublin", "Stryków", "Piacenza"])),
                "postcode": G(lambda f: f.pick(["M17 1AB", "D24 X2K5", "95-010", "29122"])),
            },
            "signature_required": G(lambda f: f.pick([True, False])),
            "age_check_required": G(lambda f: f.pick([True, False])),
            "recipient_notified": G(lambda f: f.pick([True, False])),
            "insurance_cover": G(lambda f: f.pick([0, 100, 250, 1000])),
            "label_format": G(lambda f: f.pick(["PDF_A6", "ZPL", "PNG"])),
            "collection_date": G(local_date),
        },
    ),
    (
        "track",
        "Shipment Label Printed",
        ["web_merchant"],
        {
            "shipment_id": G(lambda f: f.uuid()),
            "tracking_number": G(lambda f: f.tracking()),
            "label_id": G(lambda f: "lbl_" + f.hexid(20)),
            "label_format": G(lambda f: f.pick(["PDF_A6", "ZPL", "PNG"])),
            "printer_type": G(lambda f: f.pick(["thermal", "laser", "inkjet"])),
            "labels_count": G(lambda f: f.r.randint(1, 50)),
            "reprint": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bulk Shipments Imported",
        ["web_merchant"],
        {
            "import_id": G(lambda f: f.uuid()),
            "file_name": G(
                lambda f: f.pick(
                    ["orders_2024-05-01.csv", "shopify_export.csv", "zamowienia_maj.xlsx", "spedizioni.csv"]
                )
            ),
            "rows_total": G(lambda f: f.r.randint(5, 900)),
            "rows_failed": G(lambda f: f.r.randint(0, 12)),
            "errors": Many(
                {
                    "row": G(lambda f: f.r.randint(2, 900)),
                    "column": G(lambda f: f.pick(["recipient_phone", "postcode", "email", "weight"])),
                    "message": G(
                        lambda f: f.pick(
                            [
                                "Invalid postcode",
                                "Phone number too short",
                                "Missing email",
                                "Weight must be > 0",
                            ]
                        )
                    ),
                },
                3,
            ),
            "duration_ms": G(lambda f: f.r.randint(300, 40000)),
        },
    ),
    (
        "track",
        "Address Validation Failed",
        ["python"],
        {
            "shipment_id": G(lambda f: f.uuid()),
            "input_postcode": Y(P("postcode"), "zipcode"),
            "suggested_postcode": Y(
                lambda f: f.postcode(f.p["country"], f.pick(CITIES[f.p["country"]])[1]), "zipcode"
            ),
            "input_city": Y(P("city"), "city"),
            "reason": G(lambda f: f.pick(["postcode_city_mismatch", "unknown_street", "po_box_not_allowed"])),
            "validator": G(lambda f: f.pick(["loqate", "google_places", "internal"])),
            "match_score": G(lambda f: round(f.r.uniform(0.2, 0.9), 2)),
            "auto_corrected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["web_merchant"],
        {
            "email": Y(
                lambda f: (
                    ascii_fold(f.p["first"]).lower()
                    + "@"
                    + f.pick(["hearthandloom.co.uk", "northbay.ie", "bottegasartori.it", "glina.pl"])
                ),
                "email",
            ),
            "firstName": Y(P("first"), "name"),
            "lastName": Y(P("last"), "name"),
            "phone": Y(P("phone"), "phone"),
            "title": G(
                lambda f: f.pick(
                    ["Warehouse Manager", "Founder", "Customer Service Lead", "Responsabile logistica"]
                )
            ),
            "role": G(lambda f: f.pick(["admin", "shipper", "viewer"])),
            "merchantId": G(lambda f: "mer_" + f.digits(6)),
            "createdAt": G(lambda f: f.iso()),
            "company": {"name": G(lambda f: f.pick(MERCHANTS)), "id": G(lambda f: "mer_" + f.digits(6))},
        },
    ),
    (
        "group",
        None,
        ["node", "web_merchant"],
        {
            "name": G(lambda f: f.pick(MERCHANTS)),
            "industry": G(lambda f: f.pick(["Apparel", "Books", "Homeware", "Electronics"])),
            "plan": G(lambda f: f.pick(["Starter", "Business", "Enterprise"])),
            "employees": G(lambda f: f.r.randint(2, 400)),
            "monthlyParcels": G(lambda f: f.r.randint(50, 40000)),
            "billingEmail": G(
                lambda f: f.pick(
                    [
                        "accounts@hearthandloom.co.uk",
                        "billing@northbay.ie",
                        "amministrazione@bottegasartori.it",
                        "faktury@glina.pl",
                    ]
                )
            ),
            "supportPhone": G(
                lambda f: f.pick(
                    ["+44 161 496 0000", "+353 1 555 0142", "+39 02 8088 1234", "+48 22 100 20 30"]
                )
            ),
            "registeredAddress": {
                "line1": G(
                    lambda f: f.pick(
                        [
                            "3 Pollard Street",
                            "Unit 5 Sandyford Business Park",
                            "Via Tortona 31",
                            "ul. Prosta 51",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Manchester", "Dublin", "Milano", "Warszawa"])),
                "postcode": G(lambda f: f.pick(["M4 7AJ", "D18 K7W4", "20144", "00-838"])),
                "country": G(lambda f: f.pick(["GB", "IE", "IT", "PL"])),
            },
            "vatNumber": G(lambda f: f.pick([f.uk_vat(), "IT" + f.partita_iva(), "IE" + f.digits(7) + "W"])),
            "eori": G(lambda f: f.uk_vat() + "000"),
            "website": G(
                lambda f: f.pick(["https://hearthandloom.co.uk", "https://northbay.ie", "https://glina.pl"])
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "API Key Created",
        ["web_merchant"],
        {
            "key_id": G(lambda f: "key_" + f.hexid(12)),
            "api_key": RED(lambda f: "rp_live_" + f.b64(32), "secret"),
            "environment": G(lambda f: f.pick(["live", "sandbox"])),
            "scopes": Many(G(lambda f: f.pick(["shipments:write", "tracking:read", "returns:write"])), 3),
            "webhook_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "created_by_role": G(lambda f: "admin"),
        },
    ),
    # -- tracking site ------------------------------------------------------------------------------
    (
        "page",
        "Tracking",
        ["web_track"],
        {
            "name": G(lambda f: "Tracking"),
            "path": G(lambda f: f.pick(["/t/", "/t/details"])),
            "url": G(lambda f: "https://track.relaypost.com/t/" + f.tracking()),
            "title": G(
                lambda f: f.pick(
                    [
                        "Track your parcel | Relaypost",
                        "Śledzenie przesyłki | Relaypost",
                        "Traccia il pacco | Relaypost",
                    ]
                )
            ),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "android-app://com.google.android.gm/"])
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=sms&utm_medium=notification", "?lang=it"])),
            "tracking_number": G(lambda f: f.tracking()),
            "status": G(lambda f: f.pick(["in_transit", "out_for_delivery", "delivered", "exception"])),
        },
    ),
    (
        "track",
        "Tracking Number Searched",
        ["web_track", "swift", "kotlin"],
        {
            "query": G(lambda f: f.tracking()),
            "results_count": G(lambda f: f.pick([0, 1, 1, 1])),
            "source": G(lambda f: f.pick(["homepage", "app_search", "deeplink"])),
        },
    ),
    (
        "track",
        "Tracking Page Viewed",
        ["web_track"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "parcel_status": G(
                lambda f: f.pick(["in_transit", "out_for_delivery", "delivered", "held_at_depot"])
            ),
            "eta_window": G(window),
            "events_count": G(lambda f: f.r.randint(1, 14)),
            "delivery_attempts": G(lambda f: f.r.randint(0, 3)),
            "is_recipient": G(lambda f: f.pick([True, False])),
            "merchant_name": G(lambda f: f.pick(MERCHANTS)),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
        },
    ),
    (
        "track",
        "Postcode Verified",
        ["web_track"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "postcode_entered": Y(P("postcode"), "zipcode"),
            "verified": G(lambda f: f.pick([True, True, False])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Address Lookup Used",
        ["web_track", "web_returns"],
        {
            "q": Y(P("postcode"), "zipcode", True),
            "suggestions_count": G(lambda f: f.r.randint(1, 40)),
            "selected": {
                "id": G(lambda f: f"{f.p['country']}|RM|A|{f.digits(8)}"),
                "label": Y(lambda f: f"{f.p['line1']}, {f.p['city']} {f.p['postcode']}", "address", True),
                "position": G(lambda f: f.r.randint(1, 10)),
            },
            "provider": G(lambda f: f.pick(["loqate", "google_places"])),
        },
    ),
    (
        "track",
        "Tracking Updates Subscribed",
        ["web_track"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "email": Y(P("email"), "email"),
            "channel": G(lambda f: f.pick(["email", "sms", "whatsapp"])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web_track", "web_returns"],
        {
            "form_id": G(lambda f: f.pick(["delivery_contact", "return_contact"])),
            "field": G(lambda f: "mobile"),
            "value": Y(P("phone"), "phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 20000)),
            "is_valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Promo Landing Viewed",
        ["web_track"],
        {
            "landing_page": G(lambda f: f.pick(["/send-a-parcel", "/lockers", "/business"])),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_medium": G(lambda f: f.pick(["cpc", "paid_social"])),
            "utm_campaign": G(lambda f: f.pick(["lockers_pl_q2", "send_uk_spring", "returns_it"])),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f.fbc(), "advertising id"),
            "click_ts": G(lambda f: f.epoch_ms()),
        },
    ),
    # -- recipient apps -----------------------------------------------------------------------------
    (
        "identify",
        None,
        [*RECIPIENT_APPS, "web_track"],
        {
            "email": Y(P("email"), "email"),
            "firstName": Y(P("first"), "name"),
            "lastName": Y(P("last"), "name"),
            "phone": Y(P("phone"), "phone"),
            "address": {
                "street": Y(P("line1"), "street|address"),
                "city": Y(P("city"), "city"),
                "postalCode": Y(P("postcode"), "zipcode"),
                "country": G(P("country")),
            },
            "preferredLocker": G(lambda f: f.pick(["KRA01M", "WAW22A", "DUB-0412", "MI-LOC-118", ""])),
            "notificationChannel": G(lambda f: f.pick(["push", "sms", "email"])),
            "customerNumber": G(lambda f: "C" + f.digits(9)),
            "language": G(lambda f: f.pick(["en", "pl", "it", "ga"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, [*RECIPIENT_APPS, "web_track"], {}),
    (
        "screen",
        "Parcel Details",
        RECIPIENT_APPS,
        {
            "name": G(lambda f: "Parcel Details"),
            "tracking_number": G(lambda f: f.tracking()),
            "status": G(lambda f: f.pick(["in_transit", "out_for_delivery", "delivered", "exception"])),
            "from_push": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Account Created",
        RECIPIENT_APPS,
        {
            "signup_method": G(lambda f: f.pick(["apple", "google", "email", "phone"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "has_password": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "referral_code": G(lambda f: f.hexid(8).upper()),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Safe Place Selected",
        [*RECIPIENT_APPS, "web_track"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "safe_place_option": G(
                lambda f: f.pick(["porch", "garage", "shed", "back_door", "meter_box", "other"])
            ),
            "safe_place_note": G(lambda f: f.pick(SAFE_PLACE_NOTES)),
            "dog_on_premises": G(lambda f: f.pick([True, False])),
            "dog_name": G(lambda f: f.pick(["Burek", "Luna", "Biscuit", "Fido", "Rex", "Milo"])),
            "photo_consent": G(lambda f: f.pick([True, False])),
            "address_changed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Neighbour Selected",
        [*RECIPIENT_APPS, "web_track"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "neighbour_name": Y(Q("full"), "name"),
            "neighbour_address": Y(
                lambda f: f"{f.r.randint(1, 90)} {f.pick(STREETS[f.p['country']])}", "address|street"
            ),
            "neighbour_phone": Y(Q("phone"), "phone"),
            "neighbour_consented": G(lambda f: f.pick([True, False])),
            "saved_for_future": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Locker Selected",
        [*RECIPIENT_APPS, "web_track"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "locker_id": G(lambda f: f.locker[0]),
            "locker_name": G(lambda f: f.locker[1]),
            "locker_address": G(lambda f: f.locker[2]),
            "locker_lat": G(lambda f: f.locker[3]),
            "locker_lng": G(lambda f: f.locker[4]),
            "distance_m": G(lambda f: f.r.randint(80, 4000)),
            "compartment_size": G(lambda f: f.pick(["A", "B", "C"])),
        },
    ),
    (
        "track",
        "Redelivery Booked",
        [*RECIPIENT_APPS, "web_track"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "new_date": G(local_date),
            "time_slot": G(window),
            "building_access_code": RED(
                lambda f: f.pick([f.digits(4), f.digits(4) + "#", "C" + f.digits(4), "*" + f.digits(5)]),
                "secret|token",
            ),
            "accessibility_needs": RED(
                lambda f: f.pick(
                    ["wheelchair_user", "hearing_impaired", "visually_impaired", "limited_mobility"]
                ),
                "disability",
            ),
            "fee": G(lambda f: f.pick([0, 0, 2.99, 3.5])),
        },
    ),
    (
        "track",
        "Proof Of Delivery Viewed",
        [*RECIPIENT_APPS, "web_track"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "pod_type": G(lambda f: f.pick(["photo", "signature", "locker"])),
            "pod_photo_url": Y(lambda f: f"https://pod.relaypost.com/p/{f.uuid()}.jpg", "photo"),
            "viewed_from": G(lambda f: f.pick(["push", "email", "tracking_page"])),
            "dispute_opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Driver Chat Message Sent",
        RECIPIENT_APPS,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["recipient", "driver"])),
            "text": G(lambda f: f.pick(CHAT_TEXT)),
            "masked_channel": G(lambda f: True),
            "char_count": G(lambda f: f.r.randint(3, 120)),
        },
    ),
    (
        "track",
        "Parcel Sent",
        ["rn", "flutter"],
        {
            "order_id": G(lambda f: f.uuid()),
            "tracking_number": G(lambda f: f.tracking()),
            "sender": {
                "fullName": Y(Q("full"), "name"),
                "phoneNumber": Y(Q("phone"), "phone"),
                "email": Y(Q("email"), "email"),
                "address": {
                    "line1": Y(Q("line1"), "address|street"),
                    "city": Y(Q("city"), "city"),
                    "postcode": Y(Q("postcode"), "zipcode"),
                    "countryCode": G(Q("country")),
                },
            },
            "recipient": {
                "fullName": Y(P("full"), "name"),
                "phoneNumber": Y(P("phone"), "phone"),
                "email": Y(P("email"), "email"),
                "city": Y(P("city"), "city"),
                "postcode": Y(P("postcode"), "zipcode"),
            },
            "parcelSize": G(lambda f: f.pick(["S", "M", "L", "XL"])),
            "contentsDescription": G(lambda f: f.pick([*PRODUCTS, "Documents", "Birthday present"])),
            "dropOffShopId": G(lambda f: "shop_" + f.digits(5)),
            "price": G(lambda f: f.money(2.5, 30)),
            "insuranceCover": G(lambda f: f.pick([0, 50, 250])),
        },
    ),
    (
        "track",
        "Delivery Address Changed",
        [*RECIPIENT_APPS, "web_track"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "old_address": {
                "line1": Y(P("line1"), "address|street"),
                "city": Y(P("city"), "city"),
                "postcode": Y(P("postcode"), "zipcode"),
            },
            "new_address": {
                "line1": Y(
                    lambda f: f.line1(
                        {**f.p, "street": f.pick(STREETS[f.p["country"]]), "house": str(f.r.randint(1, 99))}
                    ),
                    "address|street",
                ),
                "line2": Y(lambda f: f.pick(["", "c/o Reception", "Unit 2", "Scala A"]), "address|street"),
                "city": Y(P("city"), "city"),
                "postcode": Y(
                    lambda f: f.postcode(f.p["country"], f.pick(CITIES[f.p["country"]])[1]), "zipcode"
                ),
            },
            "change_reason": G(lambda f: f.pick(["moved", "at_work", "holiday", "typo"])),
            "change_fee": G(lambda f: f.pick([0, 1.5, 2.99])),
            "address_change_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Contact Details Updated",
        RECIPIENT_APPS,
        {
            "previous_email": Y(lambda f: f.mail(f.p["first"], f.p["last"], f.p["country"]), "email"),
            "new_email": Y(P("email"), "email"),
            "new_phone": Y(P("phone"), "phone"),
            "changed_fields": Many(G(lambda f: f.pick(["email", "phone", "name"])), 2),
            "verification_method": G(lambda f: f.pick(["sms_code", "email_link"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Parcel not received",
                        "Wrong address",
                        "Damaged parcel",
                        "Reso non ricevuto",
                        "Gdzie jest moja paczka?",
                    ]
                )
            ),
            "status": G(lambda f: f.pick(["new", "open", "pending"])),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "tags": Many(G(lambda f: f.pick(["wismo", "claim", "returns", "pl", "it"])), 3),
            "first_message": G(
                lambda f: f.pick(
                    [
                        "Where is my parcel " + f.tracking() + "?",
                        "My parcel says delivered but I can't find it",
                        "Can I change the delivery date?",
                        "Gdzie jest moja paczka?",
                        "Il pacco risulta in giacenza",
                    ]
                )
            ),
            "requester": {"name": Y(P("full"), "name"), "email": Y(P("email"), "email")},
            "via": {
                "channel": G(lambda f: "email"),
                "source": {
                    "from": {"address": Y(P("email"), "email"), "name": Y(P("full"), "name")},
                    "to": {
                        "address": G(
                            lambda f: f.pick(
                                ["support@relaypost.com", "pomoc@relaypost.pl", "assistenza@relaypost.it"]
                            )
                        ),
                        "name": G(lambda f: "Relaypost Support"),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Payment Completed",
        ["rn", "flutter", "web_track"],
        {
            "order_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(2.5, 60)),
            "currency": G(lambda f: f.pick(["GBP", "EUR", "PLN"])),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "blik", "paypal"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["424242", "535522", "455673", "518791"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "masked_pan": G(lambda f: f.pick(["424242", "535522", "455673"]) + "******" + f.digits(4)),
            "payment_token": RED(lambda f: f.pick(["pm_1P", "tok_1P"]) + f.b64(22), "token"),
            "three_ds": G(lambda f: f.pick(["frictionless", "challenge", "not_required"])),
        },
    ),
    (
        "track",
        "Parcel Claim Submitted",
        ["rn", "web_track", "swift"],
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "tracking_number": G(lambda f: f.tracking()),
            "claim_type": G(lambda f: f.pick(["lost", "damaged", "contents_missing"])),
            "claimed_amount": G(lambda f: f.money(10, 1000)),
            "description": G(lambda f: f.pick(CLAIM_TEXT)),
            "photos_count": G(lambda f: f.r.randint(0, 6)),
            "cover_policy_number": Y(lambda f: "RPC-" + f.digits(9), "identification"),
            "payout_iban": RED(lambda f: f.iban_local(), "bank account"),
        },
    ),
    (
        "track",
        "Chatbot Message Sent",
        ["web_track", "swift", "kotlin"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "input": G(lambda f: f.pick(BOT_INPUT)),
            "intent": G(lambda f: f.pick(["track", "handoff", "return", "reschedule"])),
            "confidence": G(lambda f: round(f.r.uniform(0.3, 1), 2)),
            "turn": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Delivery Survey Submitted",
        ["web_track", "swift", "kotlin"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "driver_rating": G(lambda f: f.r.randint(1, 5)),
            "driver_first_name": Y(Q("first"), "name"),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Driver was lovely",
                        "Left parcel in the rain",
                        "Super fast",
                        "Il corriere è stato gentilissimo",
                        "Kurier bardzo miły",
                        "Photo was blurry",
                        "",
                    ]
                )
            ),
        },
    ),
    # -- notifications and ads (server) -------------------------------------------------------------
    (
        "track",
        "Delivery Notification Sent",
        ["node", "ruby"],
        {
            "notification_id": G(lambda f: f.uuid()),
            "template_id": G(
                lambda f: f.pick(
                    ["eta_today_v3", "delivered_safe_place_v2", "locker_ready_pl_v5", "eta_today_it_v1"]
                )
            ),
            "channel": G(lambda f: f.pick(["sms", "email", "push"])),
            "recipient_phone": Y(P("phone"), "phone"),
            "recipient_email": Y(P("email"), "email"),
            "message_body": Y(sms_body, "name", True),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "tracking_number": G(lambda f: f.tracking()),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+447723400100", "+35312345670", "RELAYPOST"])),
            "To": Y(P("phone"), "phone", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered", "failed"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Parcel Ready For Pickup",
        ["python", "java"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "locker_id": G(lambda f: f.locker[0]),
            "locker_name": G(lambda f: f.locker[1]),
            "pickup_code": RED(lambda f: f.pickup_code(), "secret|token"),
            "pickup_deadline": G(lambda f: f.iso()),
            "recipient_phone": Y(P("phone"), "phone"),
            "reminder_number": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Purchase Sent To Meta",
        ["python"],
        {
            "event_name": G(lambda f: "Purchase"),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(2.5, 60)),
                "currency": G(lambda f: f.pick(["GBP", "EUR"])),
                "content_ids": Many(G(lambda f: f.pick(["send_s", "send_m", "send_l", "locker_addon"])), 2),
            },
        },
    ),
    (
        "track",
        "Tracking API Request",
        ["go"],
        {
            "endpoint": G(
                lambda f: f.pick(["/v2/shipments", "/v2/tracking/{id}", "/v2/returns", "/v2/labels"])
            ),
            "method": G(lambda f: f.pick(["GET", "POST"])),
            "status-code": G(lambda f: f.pick([200, 200, 201, 400, 404, 429])),
            "latency-ms": G(lambda f: f.r.randint(8, 2400)),
            "merchant-id": G(lambda f: "mer_" + f.digits(6)),
            "headers": {
                "request-id": G(lambda f: f.uuid()),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip", True),
                "user-agent": G(
                    lambda f: f.pick(
                        [
                            "Relaypost-PHP-SDK/2.4.1",
                            "python-requests/2.31.0",
                            "WooCommerce/8.8.2",
                            "okhttp/4.12.0",
                        ]
                    )
                ),
                "accept-language": G(
                    lambda f: f.pick(["en-GB,en;q=0.9", "pl-PL,pl;q=0.9,en;q=0.8", "it-IT,it;q=0.9"])
                ),
                "x-api-key": RED(lambda f: "rp_live_" + f.b64(32), "secret"),
                "content-type": G(lambda f: "application/json"),
            },
        },
    ),
    (
        "track",
        "Merchant Webhook Delivered",
        ["ruby"],
        {
            "webhook_id": G(lambda f: "wh_" + f.hexid(16)),
            "event_type": G(lambda f: f.pick(["parcel.delivered", "parcel.exception", "return.received"])),
            "target_url": G(
                lambda f: f.pick(
                    [
                        "https://hearthandloom.co.uk/hooks/relaypost",
                        "https://api.northbay.ie/webhooks/carrier",
                        "https://glina.pl/wp-json/relaypost/v1/hook",
                    ]
                )
            ),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "response-code": G(lambda f: f.pick([200, 200, 500, 410])),
            "x-relaypost-signature": G(lambda f: "sha256=" + f.hexid(64)),
            "x-relaypost-event": G(lambda f: f.pick(["parcel.delivered", "return.received"])),
            "shipment": {
                "tracking_number": G(lambda f: f.tracking()),
                "status": G(lambda f: f.pick(["delivered", "exception", "returned"])),
                "delivered_at": G(lambda f: f.iso()),
                "signedForByName": Y(P("full"), "name"),
                "location_description": G(
                    lambda f: f.pick(["Front door", "Safe place: porch", "Neighbour", "Locker", "Reception"])
                ),
            },
        },
    ),
    # -- driver apps --------------------------------------------------------------------------------
    (
        "identify",
        None,
        DRIVER_APPS,
        {
            "email": Y(D("email"), "email"),
            "firstName": Y(D("first"), "name"),
            "lastName": Y(D("last"), "name"),
            "phone": Y(D("phone"), "phone"),
            "depotCode": G(lambda f: f.pick(["LHR2", "MAN1", "DUB3", "WAW1", "MXP2"])),
            "employmentType": G(lambda f: f.pick(["employee", "self_employed", "agency"])),
            "employer": G(
                lambda f: f.pick(
                    [
                        "Relaypost UK Ltd",
                        "Hays Logistics",
                        "Kurier Partner Sp. z o.o.",
                        "Relaypost Italia S.r.l.",
                    ]
                )
            ),
            "hourlyRate": Y(lambda f: f.pick([11.44, 12.5, 13.1, 14.0, 27.7, 9.8]), "salary"),
            "drivingLicenceNumber": Y(
                lambda f: (
                    ascii_fold(f.d["last"]).upper().replace(" ", "").replace("'", "")[:5].ljust(5, "9")
                    + f.digits(6)
                    + ascii_fold(f.d["first"])[0].upper()
                    + "9"
                    + f.digits(1)
                    + f.pick(ALPHA)
                    + f.pick(ALPHA)
                ),
                "license",
            ),
            "vehicleType": G(lambda f: f.pick(["van", "cargo_bike", "car"])),
            "startDate": G(lambda f: f.date(2018, 2024)),
        },
    ),
    (
        "track",
        "Route Started",
        DRIVER_APPS,
        {
            "route_id": G(lambda f: "R-" + f.digits(7)),
            "depot": G(lambda f: f.depot[0]),
            "depot_lat": G(lambda f: f.depot[1]),
            "depot_lng": G(lambda f: f.depot[2]),
            "stops_count": G(lambda f: f.r.randint(40, 160)),
            "parcels_count": G(lambda f: f.r.randint(60, 260)),
            "van_registration": Y(lambda f: f.plate(), "license"),
            "odometer_start_km": G(lambda f: f.r.randint(10000, 240000)),
            "shift_start": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Parcel Scanned",
        DRIVER_APPS,
        {
            "scan_type": G(
                lambda f: f.pick(["collected", "loaded", "out_for_delivery", "delivered", "failed"])
            ),
            "barcode": G(lambda f: f.pick(["JJD" + f.digits(18), f.tracking()])),
            "route_id": G(lambda f: "R-" + f.digits(7)),
            "stop_sequence": G(lambda f: f.r.randint(1, 160)),
            "driver_id": G(lambda f: "DRV" + f.digits(5)),
            "vehicle_id": G(lambda f: "VAN-" + f.digits(4)),
            "gps": {
                "lat": Y(P("lat"), "geolocation"),
                "lng": Y(P("lon"), "geolocation"),
                "accuracy_m": G(lambda f: round(f.r.uniform(2, 60), 1)),
            },
            "location_permission": G(lambda f: f.pick(["always", "while_in_use"])),
            "scanned_at": G(lambda f: f.epoch_ms()),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
            "offline_queue_size": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Delivery Completed",
        DRIVER_APPS,
        {
            "tracking_number": G(lambda f: f.tracking()),
            "delivered_to": G(lambda f: f.pick(["recipient", "neighbour", "safe_place", "reception"])),
            "signatory_name": Y(P("full"), "name"),
            "signature_image_url": Y(lambda f: f"https://pod.relaypost.com/s/{f.uuid()}.png", "photo"),
            "pod_photo_url": Y(lambda f: f"https://pod.relaypost.com/p/{f.uuid()}.jpg", "photo"),
            "pod_photo_sha256": G(lambda f: f.hexid(64)),
            "photo_count": G(lambda f: f.r.randint(1, 3)),
            "signature_required": G(lambda f: f.pick([True, False])),
            "delivery_lat": Y(P("lat"), "geolocation"),
            "delivery_lng": Y(P("lon"), "geolocation"),
            "left_with_neighbour": {
                "name": Y(Q("full"), "name"),
                "address": Y(
                    lambda f: f"{f.r.randint(1, 90)} {f.pick(STREETS[f.p['country']])}", "address|street"
                ),
            },
            "driver_notes": G(
                lambda f: f.pick(
                    [
                        "Left in porch as requested",
                        "Handed to recipient",
                        "Placed in shed",
                        "Consegnato al portiere",
                        "Doręczono osobiście",
                        "",
                    ]
                )
            ),
            "attempt_number": G(lambda f: f.r.randint(1, 3)),
            "time_at_stop_s": G(lambda f: f.r.randint(20, 600)),
        },
    ),
    (
        "track",
        "Delivery Failed",
        DRIVER_APPS,
        {
            "tracking_number": G(lambda f: f.tracking()),
            "reason": G(
                lambda f: f.pick(["no_answer", "access_issue", "refused", "address_not_found", "unsafe_dog"])
            ),
            "calling_card_number": G(lambda f: "CC" + f.digits(8)),
            "card_left": G(lambda f: f.pick([True, False])),
            "driver_comment": Y(driver_comment, "phone", True),
            "next_attempt_date": G(local_date),
            "attempt_number": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Age Verification Completed",
        DRIVER_APPS,
        {
            "tracking_number": G(lambda f: f.tracking()),
            "method": G(lambda f: f.pick(["id_scan", "manual_check"])),
            "document_type": G(lambda f: f.pick(["passport", "national_id_card"])),
            "id_document_number": RED(
                lambda f: f.pick([f.pick("CPX") + f.digits(8), "CA" + f.digits(7), "E" + f.digits(8)]),
                "passport|national id",
            ),
            "recipient_birth_date": Y(P("dob"), "birthdate"),
            "recipient_age": G(lambda f: 2024 - int(f.p["dob"][:4])),
            "passed": G(lambda f: f.pick([True, True, False])),
            "challenge_25": G(lambda f: True),
        },
    ),
    (
        "track",
        "Vehicle Inspection Submitted",
        DRIVER_APPS,
        {
            "vehicle_id": G(lambda f: "VAN-" + f.digits(4)),
            "van_registration": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "odometer_km": G(lambda f: f.r.randint(10000, 240000)),
            "defects": Many(
                G(lambda f: f.pick(["none", "tyre_wear", "mirror_cracked", "brake_light_out"])), 2
            ),
            "tyre_pressure_ok": G(lambda f: f.pick([True, False])),
            "inspection_duration_s": G(lambda f: f.r.randint(60, 900)),
        },
    ),
    (
        "track",
        "Incident Reported",
        DRIVER_APPS,
        {
            "incident_id": G(lambda f: f.uuid()),
            "incident_type": G(lambda f: f.pick(["vehicle_damage", "injury", "dog_attack", "theft"])),
            "injury_type": Y(
                lambda f: f.pick(["dog bite", "back strain", "sprained ankle", "cut hand", "whiplash"]),
                "condition",
            ),
            "location": {"lat": Y(P("lat"), "geolocation"), "lng": Y(P("lon"), "geolocation")},
            "van_registration": Y(lambda f: f.plate(), "license"),
            "witness_name": Y(Q("full"), "name"),
            "witness_phone": Y(Q("phone"), "phone"),
            "police_reference": G(lambda f: f.pick(["CAD" + f.digits(4), "PR/" + f.digits(6) + "/24"])),
            "reported_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Driver Location Updated",
        ["go"],
        {
            "driver_id": G(lambda f: "DRV" + f.digits(5)),
            "route_id": G(lambda f: "R-" + f.digits(7)),
            "lat": Y(P("lat"), "geolocation"),
            "lon": Y(P("lon"), "geolocation"),
            "heading": G(lambda f: f.r.randint(0, 359)),
            "speed_kmh": G(lambda f: round(f.r.uniform(0, 70), 1)),
            "accuracy": G(lambda f: round(f.r.uniform(2, 40), 1)),
            "recorded_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Driver Onboarded",
        ["dotnet"],
        {
            "DriverId": G(lambda f: "DRV" + f.digits(5)),
            "FullName": Y(P("full"), "name"),
            "DateOfBirth": Y(P("dob"), "birthdate"),
            "NationalInsuranceNumber": RED(lambda f: f.nino(), "national id"),
            "Nationality": Y(
                lambda f: f.pick(["British", "Polish", "Irish", "Romanian", "Indian", "Italian", "Nigerian"]),
                "citizenship",
            ),
            "RightToWorkStatus": RED(
                lambda f: f.pick(
                    [
                        "British or Irish citizen",
                        "EU Settled Status",
                        "EU Pre-Settled Status",
                        "Skilled Worker visa",
                        "Graduate visa",
                    ]
                ),
                "visa",
            ),
            "DrivingLicenceNumber": Y(
                lambda f: (
                    ascii_fold(f.p["last"]).upper().replace(" ", "").replace("'", "")[:5].ljust(5, "9")
                    + f.digits(6)
                    + "AB9"
                    + f.pick(ALPHA)
                    + f.pick(ALPHA)
                ),
                "license",
            ),
            "SortCode": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-93-41", "60-16-13"])),
            "AccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "PayoutIban": RED(lambda f: f.iban_local("GB"), "bank account"),
            "HourlyRate": Y(lambda f: f.pick([11.44, 12.5, 13.1, 14.0]), "salary"),
            "RequiresReasonableAdjustments": RED(lambda f: f.pick([True, False]), "disability"),
            "IsArmedForcesVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "EmergencyContact": {
                "Name": Y(Q("full"), "name"),
                "Phone": Y(Q("phone"), "phone"),
                "Relationship": G(lambda f: f.pick(["Partner", "Mother", "Brother", "Friend"])),
            },
            "ContractType": G(lambda f: f.pick(["Permanent", "FixedTerm", "Agency"])),
            "DepotCode": G(lambda f: f.pick(["LHR2", "MAN1", "BHX1"])),
            "CreatedAtUtc": G(lambda f: f.iso()),
        },
    ),
    # -- returns ------------------------------------------------------------------------------------
    (
        "track",
        "Return Started",
        ["web_returns"],
        {
            "return_id": G(lambda f: "RET-" + f.digits(8)),
            "order_id": G(lambda f: f.pick(["#" + f.digits(5), "SO-" + f.digits(7)])),
            "merchant_name": G(lambda f: f.pick(MERCHANTS)),
            "customer_email": Y(P("email"), "email"),
            "order_postcode": Y(P("postcode"), "zipcode"),
            "items": Many(
                {
                    "sku": G(lambda f: f.sku()),
                    "product_name": G(lambda f: f.pick(PRODUCTS)),
                    "quantity": G(lambda f: f.r.randint(1, 2)),
                    "gender": G(lambda f: f.pick(["womens", "mens", "unisex", "kids"])),
                    "condition": G(lambda f: f.pick(["unworn_with_tags", "opened", "damaged"])),
                    "reason": G(
                        lambda f: f.pick(
                            ["too_small", "too_big", "not_as_described", "damaged", "changed_mind"]
                        )
                    ),
                    "reason_comment": G(lambda f: f.pick(RETURN_COMMENTS)),
                },
                3,
            ),
            "return_method": G(lambda f: f.pick(["drop_off", "collection", "locker"])),
            "refund_method": G(lambda f: f.pick(["original_payment", "store_credit", "bank_transfer"])),
        },
    ),
    (
        "track",
        "Return Label Created",
        ["php"],
        {
            "return_id": G(lambda f: "RET-" + f.digits(8)),
            "label_url": G(lambda f: f"https://labels.relaypost.com/r/{f.hexid(24)}.pdf"),
            "qr_code_data": G(lambda f: f"RLP:RT{f.digits(10)}:{f.hexid(8).upper()}"),
            "drop_off_point_id": G(lambda f: "shop_" + f.digits(5)),
            "carrier_code": G(lambda f: f.pick(["RLP", "RLP_LOCKER"])),
            "plugin_version": G(lambda f: f.pick(["2.4.1", "2.5.0"])),
        },
    ),
    (
        "track",
        "Return Collection Booked",
        ["php", "web_returns"],
        {
            "return_id": G(lambda f: "RET-" + f.digits(8)),
            "collection_date": G(local_date),
            "collection_address": {
                "line1": Y(P("line1"), "address|street"),
                "town": Y(P("city"), "city"),
                "postcode": Y(P("postcode"), "zipcode"),
                "country": G(P("country")),
            },
            "contact_name": Y(P("full"), "name"),
            "contact_phone": Y(P("phone"), "phone"),
            "parcel_count": G(lambda f: f.r.randint(1, 3)),
            "notes": Y(collection_notes, "name", True),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "Email": Y(P("email"), "email"),
            "FirstName": Y(P("first"), "name"),
            "LastName": Y(P("last"), "name"),
            "Phone": Y(P("phone"), "phone"),
            "CustomerNumber": G(lambda f: "C" + f.digits(9)),
            "PreferredLanguage": G(lambda f: f.pick(["en-GB", "pl-PL", "it-IT"])),
            "MarketingConsent": G(lambda f: f.pick([True, False])),
            "ReturnsCount": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["dotnet"],
        {
            "ReturnId": G(lambda f: "RET-" + f.digits(8)),
            "OrderId": G(lambda f: "SO-" + f.digits(7)),
            "RefundAmount": G(lambda f: f.money(5, 400)),
            "Currency": G(lambda f: f.pick(["GBP", "EUR", "PLN"])),
            "RefundMethod": G(lambda f: f.pick(["BankTransfer", "OriginalPayment"])),
            "RefundIban": RED(lambda f: f.iban_local(), "bank account"),
            "AccountHolderName": Y(P("full"), "name"),
            "CardLast4": G(lambda f: f.digits(4)),
            "CardBrand": G(lambda f: f.pick(["Visa", "Mastercard"])),
            "PaymentToken": RED(lambda f: "pm_1P" + f.b64(22), "token"),
            "ProcessedAtUtc": G(lambda f: f.iso()),
            "ReasonCode": G(lambda f: f.pick(["RET_OK", "RET_PARTIAL", "RET_DAMAGED"])),
        },
    ),
    (
        "track",
        "Return Received At Warehouse",
        ["batch"],
        {
            "RETURN_ID": G(lambda f: "RET-" + f.digits(8)),
            "SKU": G(lambda f: f.sku()),
            "CONDITION_GRADE": G(lambda f: f.pick(["A", "B", "C", "SCRAP"])),
            "WAREHOUSE_CODE": G(lambda f: f.pick(["MAN-RET1", "STRYKOW-R", "PC-RESI"])),
            "RECEIVED_AT": G(lambda f: f.iso()),
            "CUSTOMER_EMAIL": Y(P("email"), "email"),
            "CUSTOMER_POSTCODE": Y(P("postcode"), "zipcode"),
            "INSPECTOR_NAME": Y(Q("full"), "name"),
            "RESTOCKABLE": G(lambda f: f.pick([True, False])),
            "REFUND_AMOUNT": G(lambda f: f.money(5, 300)),
        },
    ),
    (
        "identify",
        None,
        ["batch"],
        {
            "EMAIL": Y(P("email"), "email"),
            "FIRST_NAME": Y(P("first"), "name"),
            "LAST_NAME": Y(P("last"), "name"),
            "PHONE_NUMBER": Y(P("phone"), "phone"),
            "POSTCODE": Y(P("postcode"), "zipcode"),
            "CUSTOMER_NUMBER": G(lambda f: "C" + f.digits(9)),
            "LIFETIME_PARCELS": G(lambda f: f.r.randint(1, 400)),
            "LAST_DELIVERY_AT": G(lambda f: f.iso()),
            "PREFERRED_LOCKER_ID": G(lambda f: f.pick(["KRA01M", "WAW22A", "DUB-0412", ""])),
            "RETURN_RATE": G(lambda f: round(f.r.uniform(0, 0.6), 3)),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "MARKETING_OPT_IN": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- merchant integrations (vendor-shaped) ------------------------------------------------------
    (
        "track",
        "Order Synced",
        ["node"],
        {
            "source": G(lambda f: "shopify"),
            "order_number": G(lambda f: f.r.randint(1001, 99999)),
            "id": G(lambda f: int(f.digits(13))),
            "total_price": G(lambda f: str(f.money(10, 500))),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "gateway": G(lambda f: f.pick(["shopify_payments", "paypal", "klarna"])),
            "note": G(
                lambda f: f.pick(
                    ["Please gift wrap", "", "No invoice in the parcel please", "Leave with reception"]
                )
            ),
            "customer": {
                "id": G(lambda f: int(f.digits(13))),
                "email": Y(P("email"), "email"),
                "accepts_marketing": G(lambda f: f.pick([True, False])),
                "orders_count": G(lambda f: f.r.randint(1, 40)),
                "tags": G(lambda f: f.pick(["", "vip", "wholesale, repeat"])),
            },
            "shipping_address": {
                "first_name": Y(P("first"), "name"),
                "last_name": Y(P("last"), "name"),
                "name": Y(P("full"), "name"),
                "address1": Y(P("line1"), "address|street"),
                "address2": Y(lambda f: f.pick(["", "Unit 4", "Floor 2", "Scala B"]), "address|street"),
                "city": Y(P("city"), "city"),
                "province": G(lambda f: f.pick(["England", "Dublin", "Mazowieckie", "Lombardia", ""])),
                "zip": Y(P("postcode"), "zipcode"),
                "country_code": G(P("country")),
                "phone": Y(P("phone"), "phone"),
                "company": G(lambda f: f.pick(["", "", "Studio Bianchi"])),
                "latitude": Y(P("lat"), "geolocation"),
                "longitude": Y(P("lon"), "geolocation"),
            },
            "billing_address": {
                "name": Y(P("full"), "name"),
                "address1": Y(P("line1"), "address"),
                "city": Y(P("city"), "city"),
                "zip": Y(P("postcode"), "zipcode"),
                "country_code": G(P("country")),
            },
            "line_items": Many(
                {
                    "id": G(lambda f: int(f.digits(14))),
                    "sku": G(lambda f: f.sku()),
                    "title": G(lambda f: f.pick(PRODUCTS)),
                    "vendor": G(lambda f: f.pick(MERCHANTS)),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                    "price": G(lambda f: str(f.money(3, 200))),
                    "grams": G(lambda f: f.r.randint(50, 5000)),
                    "requires_shipping": G(lambda f: True),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Customer Address Saved",
        ["php"],
        {
            "customer": {
                "id": G(lambda f: f.r.randint(100, 999999)),
                "email": Y(P("email"), "email"),
                "firstname": Y(P("first"), "name"),
                "lastname": Y(P("last"), "name"),
                "dob": Y(P("dob"), "birthdate"),
                "gender": Y(lambda f: f.pick([1, 2, 3]), "gender"),
                "group_id": G(lambda f: f.pick([1, 2, 4])),
                "store_id": G(lambda f: f.pick([1, 2])),
                "website_id": G(lambda f: 1),
                "created_at": G(lambda f: f.iso().replace("T", " ")[:19]),
                "default_billing": G(lambda f: str(f.r.randint(100, 99999))),
                "default_shipping": G(lambda f: str(f.r.randint(100, 99999))),
            },
            "addresses": Many(
                {
                    "id": G(lambda f: f.r.randint(100, 99999)),
                    "firstname": Y(P("first"), "name"),
                    "lastname": Y(P("last"), "name"),
                    "street": Many(Y(P("line1"), "street|address"), 2),
                    "city": Y(P("city"), "city"),
                    "postcode": Y(P("postcode"), "zipcode"),
                    "telephone": Y(P("phone"), "phone"),
                    "country_id": G(P("country")),
                    "region": {
                        "region_code": G(lambda f: f.pick(["MI", "RM", "", "MZ"])),
                        "region": G(lambda f: f.pick(["Milano", "Roma", "", "mazowieckie"])),
                        "region_id": G(lambda f: f.r.randint(0, 800)),
                    },
                    "default_shipping": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
        },
    ),
    # -- customs ------------------------------------------------------------------------------------
    (
        "track",
        "Customs Declaration Submitted",
        ["java"],
        {
            "declaration_id": G(lambda f: "CN23-" + f.digits(9)),
            "tracking_number": G(lambda f: f.s10(f.pick(["RP", "CP"]), f.pick(["GB", "IE", "PL", "IT"]))),
            "destination_country": G(lambda f: f.pick(["CH", "NO", "US", "GB", "UA", "CA", "AU"])),
            "contents_type": G(
                lambda f: f.pick(["gift", "sale_of_goods", "documents", "returned_goods", "sample"])
            ),
            "items": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Wool jumper",
                                "Books",
                                "Handmade ceramic bowl",
                                "Used clothing",
                                "Coffee beans 1kg",
                                "Phone case",
                                "Olive oil 500ml",
                            ]
                        )
                    ),
                    "hs_code": G(
                        lambda f: f.pick(
                            ["611011", "490199", "691200", "630900", "090121", "392690", "150920"]
                        )
                    ),
                    "quantity": G(lambda f: f.r.randint(1, 5)),
                    "value": G(lambda f: f.money(3, 300)),
                    "weight_kg": G(lambda f: round(f.r.uniform(0.05, 5), 2)),
                    "origin_country": G(lambda f: f.pick(["GB", "IE", "PL", "IT", "CN"])),
                },
                3,
            ),
            "total_value": G(lambda f: f.money(10, 900)),
            "currency": G(lambda f: f.pick(["GBP", "EUR", "PLN"])),
            "incoterm": G(lambda f: f.pick(["DAP", "DDP"])),
            "sender": {
                "name": Y(Q("full"), "name"),
                "tax_id": RED(lambda f: f.national_id(f.q), "national id"),
                "email": Y(Q("email"), "email"),
                "phone": Y(Q("phone"), "phone"),
            },
            "consignee": {
                "name": Y(P("full"), "name"),
                "phone": Y(P("phone"), "phone"),
                "address": Y(lambda f: f"{f.p['line1']}, {f.p['postcode']} {f.p['city']}", "address"),
            },
            "exporter_eori": G(lambda f: f.pick(["", f.uk_vat() + "000", "IT" + f.partita_iva()])),
            "ioss_number": G(lambda f: f.pick(["", "IM3720000124", "IM3800012345"])),
            "commercial_invoice_number": G(lambda f: "INV-" + f.digits(6)),
        },
    ),
    (
        "track",
        "Przesyłka Nadana",
        ["go"],
        {
            "numer_przesylki": G(lambda f: f.s10("CP", "PL")),
            "data_nadania": G(local_date),
            "usluga": G(lambda f: f.pick(["paczkomat", "kurier", "kurier_pobranie"])),
            "gabaryt": G(lambda f: f.pick(["A", "B", "C"])),
            "waga_kg": G(lambda f: round(f.r.uniform(0.1, 25), 2)),
            "paczkomat_docelowy": G(lambda f: f.pick(["KRA01M", "WAW22A", "GDA08N", "POZ14M", "WRO03A"])),
            "nadawca": {
                "imie": Y(Q("first"), "name"),
                "nazwisko": Y(Q("last"), "name"),
                "telefon": Y(Q("phone"), "phone"),
                "email": Y(Q("email"), "email"),
            },
            "odbiorca": {
                "imie": Y(P("first"), "name"),
                "nazwisko": Y(P("last"), "name"),
                "telefon": Y(P("phone"), "phone"),
                "email": Y(P("email"), "email"),
                "adres": {
                    "ulica": Y(lambda f: "ul. " + f.p["street"], "street|address"),
                    "nr_domu": Y(P("house"), "address|street"),
                    "nr_lokalu": Y(lambda f: f.p["flat"] or str(f.r.randint(1, 60)), "address|street"),
                    "kod_pocztowy": Y(P("postcode"), "zipcode"),
                    "miejscowosc": Y(P("city"), "city"),
                },
            },
            "pobranie": {
                "kwota": G(lambda f: f.money(20, 900)),
                "numer_rachunku": RED(lambda f: f.iban_local("PL"), "bank account"),
            },
            "ubezpieczenie_kwota": G(lambda f: f.pick([0, 500, 1000, 5000])),
        },
    ),
    (
        "track",
        "Zgłoszenie Celne Wysłane",
        ["go"],
        {
            "numer_przesylki": G(lambda f: f.s10("CP", "PL")),
            "kraj_docelowy": G(lambda f: f.pick(["UA", "GB", "CH", "NO", "US"])),
            "zawartosc": G(
                lambda f: f.pick(["Odzież używana", "Książki", "Kosmetyki", "Prezent urodzinowy", "Słodycze"])
            ),
            "wartosc_pln": G(lambda f: f.money(20, 2000)),
            "kod_hs": G(lambda f: f.pick(["630900", "490199", "330499", "170490"])),
            "nadawca": {
                "imie": Y(Q("first"), "name"),
                "nazwisko": Y(Q("last"), "name"),
                "pesel": RED(lambda f: f.pesel(f.q), "national id"),
            },
            "czy_prezent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Spedizione Creata",
        ["java"],
        {
            "codice_spedizione": G(lambda f: f.s10("RP", "IT")),
            "servizio": G(lambda f: f.pick(["standard", "express", "fermoposta", "locker"])),
            "colli": G(lambda f: f.r.randint(1, 4)),
            "peso_kg": G(lambda f: round(f.r.uniform(0.1, 30), 2)),
            "contrassegno": G(lambda f: f.pick([0, 0, f.money(10, 300)])),
            "mittente": {
                "ragione_sociale": G(
                    lambda f: f.pick(
                        ["Bottega Sartori S.r.l.", "Libreria Dante", "Moda Milano Outlet S.p.A."]
                    )
                ),
                "partita_iva": G(lambda f: f.partita_iva()),
                "sede": {
                    "via": G(
                        lambda f: f.pick(["Via Tortona 31", "Via dell'Artigianato 8", "Corso Sempione 12"])
                    ),
                    "cap": G(lambda f: f.pick(["20144", "40127", "20154"])),
                    "citta": G(lambda f: f.pick(["Milano", "Bologna"])),
                },
            },
            "destinatario": {
                "nome": Y(P("first"), "name"),
                "cognome": Y(P("last"), "name"),
                "telefono": Y(P("phone"), "phone"),
                "email": Y(P("email"), "email"),
                "indirizzo": {
                    "via": Y(P("street"), "street|address"),
                    "civico": Y(P("house"), "address|street"),
                    "cap": Y(P("postcode"), "zipcode"),
                    "citta": Y(P("city"), "city"),
                    "provincia": G(lambda f: PROVINCE.get(f.p["city"], "MI")),
                    "nazione": G(P("country")),
                },
                "note_consegna": G(
                    lambda f: f.pick(
                        ["Lasciare in portineria", "Consegnare dopo le 14", "Scala B, terzo piano", ""]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Dichiarazione Doganale Inviata",
        ["java"],
        {
            "numero_dichiarazione": G(lambda f: "DD-" + f.digits(9)),
            "paese_destinazione": G(lambda f: f.pick(["CH", "GB", "US", "NO", "SM"])),
            "contenuto": G(
                lambda f: f.pick(
                    ["Abbigliamento usato", "Libri", "Olio extravergine", "Regalo di compleanno"]
                )
            ),
            "valore_dichiarato": G(lambda f: f.money(10, 800)),
            "codice_sa": G(lambda f: f.pick(["630900", "490199", "150920"])),
            "mittente": {
                "nome": Y(Q("first"), "name"),
                "cognome": Y(Q("last"), "name"),
                "codice_fiscale": RED(lambda f: f.codice_fiscale(f.q), "national id"),
                "indirizzo": {
                    "via": Y(Q("line1"), "street|address"),
                    "cap": Y(Q("postcode"), "zipcode"),
                    "citta": Y(Q("city"), "city"),
                },
            },
            "destinatario": {"nome": Y(P("first"), "name"), "cognome": Y(P("last"), "name")},
            "regalo": G(lambda f: f.pick([True, False])),
        },
    ),
]

# The Italian and Polish events are about Italian and Polish people.
COUNTRY_OF = {
    "Przesyłka Nadana": "PL",
    "Zgłoszenie Celne Wysłane": "PL",
    "Spedizione Creata": "IT",
    "Dichiarazione Doganale Inviata": "IT",
}


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            country = COUNTRY_OF.get(name)
            f.p = f.person(country)
            f.locker, f.depot = f.pick(LOCKERS), f.pick(DEPOTS)
            f.d = f.person(f.pick(["GB", "IE", "PL", "IT"]))
            f.q = f.person(country or f.p["country"] if f.r.random() < 0.7 else None)
            client = f.pick(clients)
            msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client.startswith("web_") or client in RECIPIENT_APPS or f.r.random() < 0.3:
                msg["anonymousId"] = f.uuid()
            msg["userId"] = f.pick(["cus_" + f.digits(8), "usr_" + f.hexid(12), f.digits(7)])
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "mer_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = f.uuid()
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif kind != "alias":
                msg["properties"] = render(body, f, "properties", labels)
            msg["context"] = render(context_for(client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=80, repeats=36)
    write(Path(__file__).parent, "holdout80_", events, labels)
