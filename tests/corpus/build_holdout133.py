"""Writes holdout133: tests/corpus/holdout133_events.jsonl and holdout133_labels.json.

Sealed: written by an independent test engineer without reading the detection engine, its
vocabularies, its tests, its documentation or the other corpora's labels, and without running the
engine on these events. Nothing here is tuned to the engine; it is scored by someone else.

Domain: "Covia", an online car-sharing and ride-pooling commuter app in France, Italy and Spain.
Driver and passenger profiles with driving-licence checks, published trips with meeting points
and routes, bookings and payments (Segment e-commerce spec), reviews, in-app chat, ID
verification (vendor-shaped webhooks), payouts to drivers (Stripe-Connect-like), insurance claims
after incidents, employer commuter programmes (group calls), referrals, notifications (Twilio /
SendGrid-shaped), support tickets, ad attribution (Facebook CAPI-shaped), a back office.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and server libraries python, node, go, java, ruby, php and .NET
(analytics-csharp), each with the `context` its library really sends (mobile libraries copy the
user's traits into `context.traits`; server code forwards `context.ip` and `context.userAgent`).
Calls: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; about 15 % other conventions that real
customers have: PascalCase (.NET services and Twilio webhooks), kebab-case (a node service),
SCREAMING_SNAKE (a warehouse reverse-ETL sync) and French, Italian and Spanish keys.

Values: names from many cultures, French/Italian/Spanish and other national phone formats, local
addresses and postcodes; ids with real checksums: Luhn card numbers, mod-97 IBANs (FR, IT, ES,
DE, BE, PT), French NIR with its key, Italian codici fiscali with their check letter, Spanish
DNI/NIE with their check letter; VINs, plates and licence numbers in national formats; encoded
route polylines and geohashes; ad-platform click ids.

Labelling rules (the Privacy Portal's default colours, as the brief gives them):
- Each leaf path: classification (red/yellow/green), type (the reference's matcher name, or
  `bank account`, `geolocation`, `secret`, `national id`, `health id`, `advertising id`,
  `credit card`, `token`, `ip`...; `a|b` when either is fair) and value_only (the key does not
  say what the value is; then every value of the path carries that PII).
- PII: personal data about a natural person (the user, a passenger booked for, a contact, an
  emergency contact, a witness or other driver, staff): names, contact details, the person's own
  address or precise location, birth dates, government ids, bank accounts and full card numbers,
  health and special categories, credentials/secrets, IP addresses, advertising ids.
  Colours: the reference's default colour for its matchers; outside them red for credentials and
  secrets, card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we issue, versions, timestamps, hashes of non-PII, amounts, enums, counters and
  booleans under PII-sounding keys, product/plan/company/pet/car names, places that are not the
  person's, country/state/province, locale, language, timezone, currency, user agents, OS-issued
  device ids; card brand, last four, expiry and BIN; BICs.
- Contested cases follow the product's published policy: loyalty/member/claim numbers, ages,
  marital status, job titles, employers, a business's own phone/e-mail/address (including role
  mailboxes, call-masking proxy numbers and the company's number in a telephony webhook), pets,
  UUID tokens (Places session tokens) and e-mail Message-IDs are green; insurance policy numbers
  (`identification`), pay and earnings (`salary`), plates (`license`), VINs (`serial`), ad click
  ids gclid/fbclid/fbp/fbc/msclkid (`advertising id`) and billing addresses (`address`) are
  yellow; payment-method tokens (`pm_`), one-time and pickup codes, sign-in links' tokens
  (`token`), patient/health-card numbers (`health id`) and identity document numbers
  (`national id` / `passport`) are red.
- A boolean that reveals a special category (uses a wheelchair, travels with a guide dog: red
  `disability`; motion sickness, pregnant: yellow `condition`) carries that category.
Decisions this corpus had to make, stated so the scorer can see them:
- A driving licence number is labelled yellow `license` (the reference's licence matcher), not a
  national id; a residence permit's number is red `national id|visa`.
- Trips: city-level origins, destinations and waypoints of a published trip are places, green
  (like a searched destination); a curated public meeting point (station, park-and-ride) and its
  coordinates are green; the user's own departure/drop-off address, device GPS fixes, an encoded
  route polyline and a drop-off geohash are the person's precise location: yellow.
- Hashed personal data sent for ad matching (Facebook CAPI `em`, `ph`, `fn`...) keeps its type and
  colour (it still identifies the person); a hash of our own user id is green.
- A masked card number (`4970 **** **** 1234`) is green (only BIN/last four remain); an unmasked
  one is red. Photos of a car or of damage are green; a selfie or profile photo is yellow `photo`.
- A device push token (APNs/FCM) is red `token`; the IDFA/GAID is yellow `advertising id`.
- Free text is labelled by what every one of its values carries: each free-text path here either
  carries the stated PII in every value (value_only when the key is neutral) or carries none
  (green); no path mixes the two.
"""

# Real names and places carry en dashes and letters such as the Turkish dotless i: they are data.
# ruff: noqa: RUF001

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and documents of three countries (and the people who live there) -------------

FIRST_F = [
    "Camille",
    "Léa",
    "Manon",
    "Inès",
    "Chloé",
    "Giulia",
    "Francesca",
    "Chiara",
    "Martina",
    "Sofia",
    "Lucía",
    "Carmen",
    "Nerea",
    "Montserrat",
    "Aitana",
    "Yasmine",
    "Nour",
    "Aminata",
    "Fatou",
    "Ioana",
    "Beatriz",
    "Thi Lan",
    "Xiaoling",
    "Katarzyna",
    "Oksana",
    "Elif",
    "Ananya",
    "Maëlle",
]
FIRST_M = [
    "Hugo",
    "Théo",
    "Mathis",
    "Julien",
    "Matteo",
    "Lorenzo",
    "Alessandro",
    "Giuseppe",
    "Javier",
    "Alejandro",
    "Íñigo",
    "Jordi",
    "Aitor",
    "Karim",
    "Mehdi",
    "Moussa",
    "Ousmane",
    "Andrei",
    "João",
    "Minh",
    "Wei",
    "Emre",
    "Arjun",
    "Gaëtan",
    "Nicolò",
    "Sergio",
]
FIRST = FIRST_F + FIRST_M
LAST = [
    "Martin",
    "Bernard",
    "Lefebvre",
    "Dupont-Moreau",
    "Girard",
    "Benali",
    "Diallo",
    "Traoré",
    "Nguyen",
    "Rossi",
    "Esposito",
    "Bianchi",
    "Russo",
    "Ferrari",
    "De Luca",
    "Colombo",
    "García",
    "Fernández",
    "López",
    "Martínez",
    "Sánchez Ruiz",
    "Pérez",
    "Núñez",
    "Etxeberria",
    "Puig",
    "Popescu",
    "Silva",
    "Ferreira",
    "Kowalska",
    "Chen",
    "Yılmaz",
    "Kovalenko",
    "Haddad",
    "El Amrani",
    "Le Goff",
    "D'Angelo",
    "Iyer",
]
MAIL_DOMAINS = [
    "gmail.com",
    "orange.fr",
    "free.fr",
    "libero.it",
    "hotmail.es",
    "yahoo.fr",
    "outlook.com",
    "icloud.com",
    "tiscali.it",
    "protonmail.com",
    "gmx.es",
    "laposte.net",
]
WORK_DOMAINS = ["renault.example", "enel.example", "telefonica.example", "airbus.example"]

# (city, postcode, province/department, lat, lon, country)
HOMES = [
    ("Lyon", "69003", "Rhône", 45.7578, 4.8520, "FR"),
    ("Villeurbanne", "69100", "Rhône", 45.7719, 4.8902, "FR"),
    ("Grenoble", "38000", "Isère", 45.1885, 5.7245, "FR"),
    ("Toulouse", "31500", "Haute-Garonne", 43.6047, 1.4442, "FR"),
    ("Bordeaux", "33800", "Gironde", 44.8378, -0.5792, "FR"),
    ("Nantes", "44000", "Loire-Atlantique", 47.2184, -1.5536, "FR"),
    ("Milano", "20137", "MI", 45.4642, 9.1900, "IT"),
    ("Torino", "10128", "TO", 45.0703, 7.6869, "IT"),
    ("Bologna", "40126", "BO", 44.4949, 11.3426, "IT"),
    ("Sesto San Giovanni", "20099", "MI", 45.5369, 9.2306, "IT"),
    ("Madrid", "28045", "Madrid", 40.4168, -3.7038, "ES"),
    ("Getafe", "28901", "Madrid", 40.3057, -3.7329, "ES"),
    ("Barcelona", "08013", "Barcelona", 41.3874, 2.1686, "ES"),
    ("Valencia", "46005", "Valencia", 39.4699, -0.3763, "ES"),
    ("Sevilla", "41011", "Sevilla", 37.3891, -5.9845, "ES"),
]
STREETS = {
    "FR": [
        "rue de la République",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "chemin des Vignes",
        "allée des Tilleuls",
        "impasse du Moulin",
        "rue Paul Bert",
        "cours Gambetta",
    ],
    "IT": [
        "Via Roma",
        "Corso Vittorio Emanuele II",
        "Viale Monza",
        "Via Giuseppe Garibaldi",
        "Via dei Mille",
        "Via Nizza",
        "Via Emilia Levante",
    ],
    "ES": [
        "Calle Mayor",
        "Avenida de la Constitución",
        "Carrer de Mallorca",
        "Calle de Alcalá",
        "Paseo de la Castellana",
        "Calle Sierpes",
        "Carrer de Sants",
    ],
}
# published-trip corridors: places, not anybody's address
CORRIDORS = [
    ("Lyon", "Grenoble"),
    ("Milano", "Bergamo"),
    ("Madrid", "Guadalajara"),
    ("Toulouse", "Montauban"),
    ("Barcelona", "Sabadell"),
    ("Torino", "Ivrea"),
    ("Bordeaux", "Libourne"),
    ("Bologna", "Modena"),
    ("Valencia", "Castellón de la Plana"),
    ("Paris", "Marne-la-Vallée"),
    ("Nantes", "Saint-Nazaire"),
    ("Sevilla", "Dos Hermanas"),
]
# curated public meeting points (id, name, lat, lon)
MEETING_POINTS = [
    ("mp_lyon_partdieu", "Lyon Part-Dieu – parking Villette", 45.760580, 4.861710),
    ("mp_gre_gare", "Grenoble Gare – parvis Europole", 45.191330, 5.714580),
    ("mp_voreppe_pr", "Aire de covoiturage Voreppe (A48)", 45.284020, 5.633010),
    ("mp_mi_cadorna", "Milano Cadorna – uscita Via Paleocapa", 45.468310, 9.175420),
    ("mp_to_lingotto", "Torino Lingotto – parcheggio Oval", 45.033450, 7.666880),
    ("mp_mad_atocha", "Madrid Atocha – salida Méndez Álvaro", 40.406620, -3.689230),
    ("mp_bcn_sants", "Barcelona Sants – Plaça dels Països Catalans", 41.379130, 2.140030),
    ("mp_tls_matabiau", "Toulouse Matabiau – dépose minute", 43.611340, 1.453620),
    ("mp_bo_centrale", "Bologna Centrale – Piazza Medaglie d'Oro", 44.505900, 11.342800),
    ("mp_vlc_sorolla", "València Joaquín Sorolla – aparcamiento", 39.460050, -0.383810),
]
CARS = [
    ("Renault", "Clio V"),
    ("Peugeot", "208"),
    ("Dacia", "Sandero"),
    ("Fiat", "Panda"),
    ("Volkswagen", "Golf"),
    ("SEAT", "León"),
    ("Toyota", "Yaris Hybrid"),
    ("Citroën", "C3"),
    ("Tesla", "Model 3"),
    ("Alfa Romeo", "Giulietta"),
    ("Škoda", "Octavia"),
    ("Kia", "Niro EV"),
]
VIN_WMI = ["VF1", "VF3", "VF7", "UU1", "ZFA", "ZAR", "WVW", "VSS", "TMB", "JTD", "5YJ", "KNE"]
COLOURS = ["blanc", "gris", "noir", "rosso", "blu", "azul", "plata", "bleu"]
BICS = [
    "BNPAFRPPXXX",
    "SOGEFRPP",
    "CRLYFRPP",
    "AGRIFRPP882",
    "UNCRITMM",
    "BCITITMM",
    "BSCHESMM",
    "CAIXESBBXXX",
    "BBVAESMM",
    "CCRIES2A",
]
BANKS = [
    "BNP Paribas",
    "Crédit Agricole",
    "Intesa Sanpaolo",
    "UniCredit",
    "CaixaBank",
    "BBVA",
    "Banco Santander",
    "Boursorama",
    "Fineco",
    "N26",
]
INSURERS = ["AXA", "Generali", "Mapfre", "Allianz", "MAIF", "UnipolSai", "Mutua Madrileña"]
COMPANIES = [
    "Renault Group",
    "Enel",
    "Telefónica",
    "Airbus",
    "Schneider Electric",
    "Leroy Merlin",
    "Iberdrola",
    "Pirelli",
    "Decathlon",
    "Inditex",
]
PLANS = [
    "Pass Navetteur Mensuel",
    "Abbonamento Pendolare",
    "Bono Mensual Commuter",
    "Pay as you go",
    "Pass Entreprise Illimité",
]
CARRIERS = [
    "Orange F",
    "SFR",
    "Bouygues Telecom",
    "Free",
    "TIM",
    "Vodafone IT",
    "WINDTRE",
    "Iliad",
    "Movistar",
    "Orange SP",
    "Vodafone ES",
]
LOCALES = ["fr-FR", "it-IT", "es-ES", "ca-ES", "en-GB", "fr-BE", "pt-PT"]
TIMEZONES = ["Europe/Paris", "Europe/Rome", "Europe/Madrid"]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
]
APP_UAS = [
    "Covia/4.12.0 (app.covia.ios; build:41200; iOS 17.4.1) Alamofire/5.9.1",
    "Covia/4.12.1 (Android 14; Pixel 8) okhttp/4.12.0",
    "Covia/4.11.3 (Android 13; SM-A536B) okhttp/4.12.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
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
        strict=True,
    )
)
BELFIORE = ["F205", "H501", "L219", "F839", "A944", "D612", "G273", "A662"]
IBAN_LAYOUT = {"FR": 23, "IT": 23, "ES": 20, "DE": 18, "BE": 12, "PT": 21}


def ascii_upper(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if c.isalpha() and ord(c) < 128).upper()


class F(Fake):
    """fake.Fake plus the people, documents and places of this domain."""

    # people
    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first = ascii_upper(self.first()).lower()
        last = ascii_upper(self.last()).lower()[:8]
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def work_email(self):
        first, last = ascii_upper(self.first()).lower(), ascii_upper(self.last()).lower()
        return f"{first}.{last}@{self.pick(WORK_DOMAINS)}"

    def phone(self, country=None):
        c = country or self.pick(["FR", "FR", "IT", "IT", "ES", "ES", "PT", "MA", "RO", "DE", "BE", "GB"])
        d = lambda n: "".join(str(self.r.randint(0, 9)) for _ in range(n))  # noqa: E731
        if c == "FR":
            mob = self.pick(["6", "7"]) + d(8)
            pairs = " ".join(mob[i : i + 2] for i in range(1, 9, 2))
            return self.pick(
                [
                    f"+33 {mob[0]} {pairs}",
                    f"+33{mob}",
                    f"0{mob[0]} {pairs}",
                    f"0{mob[0]}.{pairs.replace(' ', '.')}",
                    f"0{mob}",
                ]
            )
        if c == "IT":
            mob = "3" + self.pick(["20", "28", "33", "35", "38", "40", "47", "49", "66", "89"]) + d(7)
            return self.pick(
                [
                    f"+39 {mob[:3]} {mob[3:6]} {mob[6:]}",
                    f"+39{mob}",
                    f"{mob[:3]} {mob[3:]}",
                    mob,
                    f"0039 {mob}",
                ]
            )
        if c == "ES":
            mob = self.pick(["6", "7"]) + d(8)
            return self.pick(
                [
                    f"+34 {mob[:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}",
                    f"+34{mob}",
                    f"{mob[:3]} {mob[3:6]} {mob[6:]}",
                    mob,
                ]
            )
        return {
            "PT": f"+351 9{self.pick(['1', '2', '3', '6'])}{d(1)} {d(3)} {d(3)}",
            "MA": f"+212 6{d(2)}-{d(6)}",
            "RO": f"+40 7{d(2)} {d(3)} {d(3)}",
            "DE": f"+49 15{d(1)} {d(8)}",
            "BE": f"+32 47{d(1)} {d(2)} {d(2)} {d(2)}",
            "GB": f"+44 7{d(3)} {d(6)}",
        }[c]

    def birthdate(self, fmt=None):
        y, m, dd = self.r.randint(1958, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        fmt = fmt or self.pick(["iso", "eu"])
        return f"{y}-{m:02d}-{dd:02d}" if fmt == "iso" else f"{dd:02d}/{m:02d}/{y}"

    # places
    def home(self, country=None):
        """The home of the person this message is about: city, postcode and province agree."""
        if country and self.hm[5] != country:
            self.hm = self.pick([h for h in HOMES if h[5] == country])
        return self.hm

    def plat(self):
        self.pt = self.near()
        return self.pt[0]

    def plon(self):
        return self.pt[1]

    def street(self, country=None):
        c = country or self.pick(["FR", "IT", "ES"])
        n = self.r.randint(1, 180)
        s = self.pick(STREETS[c])
        if c == "FR":
            return self.pick([f"{n} {s}", f"{n} bis {s}", f"{n}, {s}"])
        if c == "IT":
            return self.pick([f"{s} {n}", f"{s}, {n}", f"{s} {n}/B"])
        return self.pick([f"{s} {n}, {self.r.randint(1, 8)}º {self.pick('ABCD')}", f"{s}, {n}", f"{s} {n}"])

    def address(self, country=None):
        city, cp, _, _, _, c = self.pick([h for h in HOMES if country is None or h[5] == country])
        return f"{self.street(c)}, {cp} {city}"

    def near(self, jitter=0.06):
        _, _, _, lat, lon, _ = self.pick(HOMES)
        return (
            round(lat + self.r.uniform(-jitter, jitter), 6),
            round(lon + self.r.uniform(-jitter, jitter), 6),
        )

    def polyline(self):
        lat, lon = self.near()
        pts = [(lat, lon)]
        for _ in range(self.r.randint(6, 14)):
            lat += self.r.uniform(-0.01, 0.02)
            lon += self.r.uniform(-0.01, 0.02)
            pts.append((lat, lon))
        out, plat, plon = [], 0, 0
        for la, lo in pts:
            ila, ilo = round(la * 1e5), round(lo * 1e5)
            for v in (ila - plat, ilo - plon):
                v = ~(v << 1) if v < 0 else v << 1
                while v >= 0x20:
                    out.append(chr((0x20 | (v & 0x1F)) + 63))
                    v >>= 5
                out.append(chr(v + 63))
            plat, plon = ila, ilo
        return "".join(out)

    def geohash(self, precision=8):
        lat, lon = self.near()
        chars, bits, ch, even = "0123456789bcdefghjkmnpqrstuvwxyz", 0, 0, True
        la, lo, out = [-90.0, 90.0], [-180.0, 180.0], []
        while len(out) < precision:
            rng, v = (lo, lon) if even else (la, lat)
            mid = (rng[0] + rng[1]) / 2
            if v > mid:
                ch |= 1 << (4 - bits)
                rng[0] = mid
            else:
                rng[1] = mid
            even = not even
            bits += 1
            if bits == 5:
                out.append(chars[ch])
                bits, ch = 0, 0
        return "".join(out)

    # documents and accounts
    def iban(self, country=None):
        c = country or self.pick(["FR", "FR", "IT", "IT", "ES", "ES", "DE", "BE", "PT"])
        n = IBAN_LAYOUT[c]
        bban = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if c == "IT":
            bban = self.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") + bban[1:]
        numeric = "".join(str(int(ch, 36)) for ch in bban + c + "00")
        raw = f"{c}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def nir(self):
        sex = self.pick(["1", "2"])
        body = (
            sex
            + f"{self.r.randint(58, 99):02d}{self.r.randint(1, 12):02d}"
            + self.pick(["69", "75", "13", "31", "33", "38", "44", "2A"])
        )
        body += f"{self.r.randint(1, 990):03d}{self.r.randint(1, 999):03d}"
        num = int(body.replace("2A", "19"))
        key = 97 - num % 97
        if self.r.random() < 0.5:
            return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
        return f"{body}{key:02d}"

    def codice_fiscale(self):
        female = self.r.random() < 0.5
        first = ascii_upper(
            self.pick(
                ["Giulia", "Francesca", "Chiara", "Martina", "Sofia"]
                if female
                else ["Matteo", "Lorenzo", "Alessandro", "Giuseppe", "Nicolò"]
            )
        )
        last = ascii_upper(
            self.pick(["Rossi", "Esposito", "Bianchi", "Russo", "Ferrari", "De Luca", "Colombo"])
        )

        def part(s, is_name):
            cons = [c for c in s if c not in "AEIOU"]
            vows = [c for c in s if c in "AEIOU"]
            if is_name and len(cons) >= 4:
                cons = [cons[0], cons[2], cons[3]]
            return ("".join(cons + vows) + "XXX")[:3]

        day = self.r.randint(1, 28) + (40 if female else 0)
        code = (
            part(last, False)
            + part(first, True)
            + f"{self.r.randint(58, 99):02d}"
            + "ABCDEHLMPRST"[self.r.randint(0, 11)]
            + f"{day:02d}"
            + self.pick(BELFIORE)
        )
        total = 0
        for i, ch in enumerate(code):
            total += CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
        return code + chr(65 + total % 26)

    def dni(self):
        n = self.r.randint(10_000_000, 79_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self):
        p = self.pick("XYZ")
        n = self.r.randint(1_000_000, 9_999_999)
        return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p)) + str(n)) % 23]}"

    def spanish_id(self):
        return self.dni() if self.r.random() < 0.7 else self.nie()

    def id_number(self, country):
        return {"FR": self.fr_id_card, "IT": self.codice_fiscale, "ES": self.spanish_id}[country]()

    def fr_id_card(self):
        alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "".join(self.pick(alnum) for _ in range(9))

    def passport(self):
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.pick(
            [
                f"{self.r.randint(10, 24)}{self.pick(up)}{self.pick(up)}{self.digits(5)}",  # FR
                f"Y{self.pick(up)}{self.digits(7)}",  # IT
                f"PA{self.pick(up)}{self.digits(6)}",  # ES
            ]
        )

    def licence_number(self):
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.pick(
            [
                self.digits(12),  # FR, pre-2013
                f"{self.r.randint(13, 24)}{self.pick(up)}{self.pick(up)}{self.digits(5)}",  # FR, EU format
                f"{self.pick(['MI', 'TO', 'BO', 'RM'])}{self.digits(7)}{self.pick(up)}",  # IT
                f"U1{self.pick(up)}{self.digits(5)}{self.pick(up)}{self.pick(up)}",  # IT, new
                self.dni(),  # ES: the DNI number
            ]
        )

    def plate(self):
        up = "ABCDEFGHJKLMNPRSTVWXYZ"
        cons = "BCDFGHJKLMNPRSTVWXYZ"
        return self.pick(
            [
                f"{self.pick(up)}{self.pick(up)}-{self.digits(3)}-{self.pick(up)}{self.pick(up)}",
                f"{self.pick(up)}{self.pick(up)} {self.digits(3)} {self.pick(up)}{self.pick(up)}",
                f"{self.pick(up)}{self.pick(up)}{self.digits(3)}{self.pick(up)}{self.pick(up)}",
                f"{self.digits(4)} {self.pick(cons)}{self.pick(cons)}{self.pick(cons)}",
            ]
        )

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(VIN_WMI) + "".join(self.pick(chars) for _ in range(8)) + self.digits(6)

    def stripe_id(self, prefix, n=24):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return prefix + "".join(self.pick(alnum) for _ in range(n))

    def b64ish(self, n):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "".join(self.pick(alnum) for _ in range(n))

    def gclid(self):
        return "Cj0KCQjw" + self.b64ish(78)

    def fbclid(self):
        return "IwAR" + self.b64ish(57)

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def push_token(self):
        if self.r.random() < 0.5:
            return self.hexid(64)
        return self.b64ish(22) + ":APA91b" + self.b64ish(134)

    def ip(self):
        r = self.r
        if r.random() < 0.7:
            first = self.pick([2, 5, 31, 37, 46, 62, 77, 79, 82, 83, 86, 88, 90, 93, 151, 176, 188, 212, 213])
            return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        prefix = self.pick(["2a01:cb00", "2a01:e0a", "2a02:8108", "2001:b07", "2a0c:5a80", "2a01:4c8"])
        return prefix + ":" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(6))

    def sha256(self):
        return self.hexid(64)

    def ride_id(self):
        return f"{self.r.randint(3_100_000_000, 3_299_999_999)}"

    def booking_ref(self):
        return "CV-" + "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def local_dt(self):
        r = self.r
        minute = self.pick(["00", "15", "30", "40", "45"])
        return f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(5, 20):02d}:{minute}"

    def user_id(self):
        return "usr_" + self.hexid(12)


# -- free text: each path carries the same PII in every value, or none ----------------------------


def chat_body(f: F) -> str:
    return f.pick(
        [
            "J'arrive dans 5 minutes, je suis la Clio grise.",
            "Sono in ritardo di 10 minuti, scusate!",
            "Estoy en la puerta principal de la estación.",
            "On se retrouve au parking comme d'habitude ?",
            "Ho una valigia piccola, va bene?",
            "Perfecto, hasta mañana a las 7:40.",
            "Merci pour le trajet, à lundi !",
            "Il treno era in sciopero, menomale che ci sei tu",
        ]
    )


def contact_snippet(f: F) -> str:
    return f.pick(
        [
            f"appelle-moi au {f.phone('FR')} si tu ne me trouves pas",
            f"scrivimi su whatsapp {f.phone('IT')}",
            f"llámame al {f.phone('ES')} cuando llegues",
            f"mon mail perso {f.email()} pour la facture",
            f"mejor por email: {f.email()}",
            f"questo è il mio numero {f.phone()}",
        ]
    )


def push_body(f: F) -> str:
    n = f.first()
    return f.pick(
        [
            f"{n} a accepté votre réservation pour demain 07:40",
            f"{n} ha accettato la tua richiesta di passaggio",
            f"{n} te ha enviado un mensaje",
            f"{n} arrive dans 5 min au point de rendez-vous",
            f"Nuovo messaggio da {n}",
            f"{n} ha cancelado el viaje de mañana",
        ]
    )


def payout_failure_note(f: F) -> str:
    i = f.iban()
    return f.pick(
        [
            f"Virement rejeté : IBAN {i} - compte clôturé (AC04)",
            f"SEPA return MS03 for {i}",
            f"Bonifico respinto, IBAN {i} non valido (AC01)",
            f"Devolución SEPA AC01, cuenta {i}",
        ]
    )


def ticket_description(f: F) -> str:
    return f.pick(
        [
            f"Bonjour, je n'ai pas reçu mon remboursement. Vous pouvez me joindre au {f.phone('FR')}.",
            f"Il conducente non si è presentato. Richiamatemi al {f.phone('IT')} grazie",
            f"Me cobraron dos veces el mismo viaje, mi teléfono es {f.phone('ES')}",
            f"Please call me back on {f.phone()} about my account",
        ]
    )


def review_comment(f: F) -> str:
    return f.pick(
        [
            "Conduite très souple, ponctuel, je recommande.",
            "Puntualissimo e simpatico, auto pulita.",
            "Muy amable, buena conversación.",
            "Un peu en retard mais bien prévenu.",
            "Musica troppo alta ma per il resto ok",
            "Todo perfecto 👍",
            "",
        ]
    )


# -- contexts of the client libraries -------------------------------------------------------------


def mobile_traits(keys):
    all_traits = {
        "userId": G(lambda f: f.user_id()),
        "anonymousId": G(lambda f: f.uuid()),
        "email": Y(lambda f: f.email(), "email"),
        "name": Y(lambda f: f.full_name(), "name"),
        "firstName": Y(lambda f: f.first(), "name"),
        "phone": Y(lambda f: f.phone(), "phone"),
        "role": G(lambda f: f.pick(["driver", "passenger", "both"])),
        "emailVerified": G(lambda f: f.pick([True, False])),
    }
    return {k: all_traits[k] for k in keys}


def network():
    return {
        "wifi": G(lambda f: f.pick([True, False])),
        "cellular": G(lambda f: f.pick([True, False])),
        "carrier": G(lambda f: f.pick(CARRIERS)),
    }


def app(namespace):
    return {
        "name": G(lambda f: "Covia"),
        "version": G(lambda f: f.pick(["4.11.3", "4.12.0", "4.12.1", "4.13.0"])),
        "build": G(lambda f: f.pick(["41103", "41200", "41201", "41300"])),
        "namespace": G(lambda f: namespace),
    }


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.74.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/fr/trajets", "/it/viaggi", "/es/viajes", "/fr/mon-compte", "/checkout"])
            ),
            "referrer": G(
                lambda f: f.pick(["https://www.google.fr/", "https://www.google.it/", "", "https://t.co/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?from=Lyon&to=Grenoble", "?utm_source=newsletter", "?ref=app_banner"])
            ),
            "title": G(
                lambda f: f.pick(["Covia – covoiturage domicile-travail", "Covia | Viaggi", "Covia · Pago"])
            ),
            "url": G(
                lambda f: (
                    "https://www.covia.app" + f.pick(["/fr/trajets", "/it/viaggi", "/es/viajes", "/checkout"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "campaign": {
            "name": G(
                lambda f: f.pick(["rentree_2024", "pendolari_autunno", "vuelta_al_cole", "sciopero_treni"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "linkedin"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    ["covoiturage lyon grenoble", "car pooling milano", "compartir coche madrid"]
                )
            ),
            "content": G(lambda f: f.pick(["banner_a", "video_15s", "carousel_3"])),
        },
    }


def swift_context():
    return {
        "app": app("app.covia.ios"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone13,2"])),
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
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": network(),
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
            "density": G(lambda f: 3),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(["userId", "anonymousId", "email", "name", "role"]),
    }


def kotlin_context():
    return {
        "app": app("app.covia.android"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "23049PCD8G", "CPH2449"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "sky", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {**network(), "bluetooth": G(lambda f: f.pick([True, False]))},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; 23049PCD8G Build/TKQ1.221114.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: f.plat(), "geolocation"),
            "longitude": Y(lambda f: f.plon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 12.4, 31.8, 88.2])),
        },
        "traits": mobile_traits(["anonymousId", "userId", "email", "phone", "emailVerified"]),
    }


def rn_context():
    return {
        "app": app("app.covia.rn"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-S911B", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "dm1q", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.18.0", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": network(),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 430])),
            "height": G(lambda f: f.pick([852, 915, 932])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": mobile_traits(["userId", "email", "firstName", "phone"]),
    }


def flutter_context():
    return {
        "app": app("app.covia.flutter"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-G991B", "moto g84 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.2", "1.0.9"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "network": network(),
        "traits": mobile_traits(["userId", "anonymousId", "email", "name"]),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.1.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0", "2.3.0"]),
    "php": ("analytics-php", ["3.7.0", "3.6.0", "3.8.0"]),
    "dotnet": ("analytics-csharp", ["2.3.6", "2.3.5", "2.4.0"]),
}


def server_context(client):
    name, versions = SERVER_LIBS[client]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "python", "php", "ruby", "dotnet"):
        # web back ends forward the end user's request data
        ctx["ip"] = Y(lambda f: f.ip(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS + APP_UAS))
        ctx["locale"] = G(lambda f: f.pick(LOCALES))
    if client == "node":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
        ctx["traits"] = mobile_traits(["email", "userId"])
    if client == "python":
        ctx["groupId"] = G(lambda f: "org_" + f.digits(5))
    return ctx


def context_for(client):
    if client == "web":
        return web_context()
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(client)


MOBILE = ["swift", "kotlin", "rn", "flutter"]
APPS = ["web", *MOBILE]
WEB_BACKENDS = ["node", "python", "php", "ruby"]


# -- shared fragments ------------------------------------------------------------------------------


def card_checkout():
    return {
        "payment_method": G(
            lambda f: f.pick(["card", "apple_pay", "google_pay", "paypal", "bizum", "satispay"])
        ),
        "card_brand": G(lambda f: f.pick(["visa", "mastercard", "cb", "amex"])),
        "card_last4": G(lambda f: f.digits(4)),
        "card_exp_month": G(lambda f: f.r.randint(1, 12)),
        "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
        "card_bin": G(lambda f: f.pick(["497010", "513691", "453226", "535522", "374245"])),
    }


def ride_product():
    return {
        "product_id": G(lambda f: f.ride_id()),
        "sku": G(lambda f: f.pick(["SEAT-STD", "SEAT-FRONT", "SEAT-FLEX", "PASS-M"])),
        "name": G(
            lambda f: "{} → {} {:02d}:{}".format(
                *f.pick(CORRIDORS), f.r.randint(6, 9), f.pick(["00", "15", "40"])
            )
        ),
        "category": G(lambda f: f.pick(["commute", "weekend", "event"])),
        "price": G(lambda f: f.money(2, 18)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "coupon": G(lambda f: f.pick(["", "BIENVENUE5", "PRIMO10", "COMMUTE3"])),
        "position": G(lambda f: f.r.randint(1, 12)),
        "url": G(lambda f: f"https://www.covia.app/t/{f.ride_id()}"),
        "image_url": G(lambda f: f"https://cdn.covia.app/maps/static/{f.hexid(12)}.png"),
    }


def corridor_from(f):
    return f.pick(CORRIDORS)[0]


def corridor_to(f):
    return f.pick(CORRIDORS)[1]


EVENTS = [
    # -- identity: passengers and drivers ----------------------------------------------------------
    (
        "identify",
        None,
        APPS,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.birthdate("iso"), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "undisclosed"]), "gender"),
            "avatar": Y(lambda f: f"https://cdn.covia.app/avatars/{f.uuid()}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["driver", "passenger", "both"])),
            "plan": G(lambda f: f.pick(PLANS)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "ridesCompleted": G(lambda f: f.r.randint(0, 640)),
            "referralCode": G(lambda f: f.pick(["CAMI", "MATT", "LUCI", "HUGO", "KARI"]) + f.digits(3)),
            "age": G(lambda f: f.r.randint(19, 66)),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.home()[0], "city"),
                "postalCode": Y(lambda f: f.home()[1], "zipcode"),
                "state": G(lambda f: f.home()[2]),
                "country": G(lambda f: f.pick(["FR", "IT", "ES"])),
            },
            "company": {
                "name": G(lambda f: f.pick(COMPANIES)),
                "id": G(lambda f: "org_" + f.digits(5)),
            },
            "title": G(
                lambda f: f.pick(
                    ["Ingénieure méthodes", "Responsabile logistica", "Enfermera", "Développeur"]
                )
            ),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python", "go"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "date_of_birth": Y(lambda f: f.birthdate("iso"), "birthdate"),
            "driving_licence_number": Y(lambda f: f.licence_number(), "license"),
            "licence_issue_date": G(lambda f: f.date(1985, 2022)),
            "licence_country": G(lambda f: f.pick(["FR", "IT", "ES", "PT", "RO"])),
            "licence_points": G(lambda f: f.r.randint(0, 15)),
            "driver_since": G(lambda f: f.date(2019, 2024)),
            "id_verified": G(lambda f: f.pick([True, False])),
            "background_check_status": G(lambda f: f.pick(["clear", "pending", "consider", "not_started"])),
            "vehicle": {
                "make": G(lambda f: f.car[0]),
                "model": G(lambda f: f.car[1]),
                "color": G(lambda f: f.pick(COLOURS)),
                "year": G(lambda f: f.r.randint(2008, 2024)),
                "seats": G(lambda f: f.r.randint(2, 6)),
                "plate": Y(lambda f: f.plate(), "license"),
            },
            "payout_method": G(lambda f: f.pick(["sepa", "paypal", "lydia", "none"])),
            "languages_spoken": Many(G(lambda f: f.pick(["fr", "it", "es", "en", "ar", "ro", "pt"])), 3),
            "smoking_allowed": G(lambda f: f.pick([True, False])),
            "pets_allowed": G(lambda f: f.pick([True, False])),
            "home_city": Y(lambda f: f.home()[0], "city"),
            "user_id": G(lambda f: f.user_id()),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            # HR sync of a corporate commuter programme (.NET, PascalCase)
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "Email": Y(lambda f: f.work_email(), "email"),
            "MobilePhone": Y(lambda f: f.phone(), "phone"),
            "EmployeeNumber": G(lambda f: "E" + f.digits(6)),
            "Department": G(lambda f: f.pick(["Logistique", "Produzione", "Recursos Humanos", "IT"])),
            "JobTitle": G(
                lambda f: f.pick(["Technicienne de maintenance", "Operaio specializzato", "Analista"])
            ),
            "Employer": G(lambda f: f.pick(COMPANIES)),
            "OfficeSite": G(
                lambda f: f.pick(
                    [
                        "Technocentre Guyancourt",
                        "Sede Viale Regina Margherita 137",
                        "Distrito Telefónica, Ronda de la Comunicación s/n",
                    ]
                )
            ),
            "HomePostcode": Y(lambda f: f.home()[1], "zipcode"),
            "CommuteDistanceKm": G(lambda f: f.money(3, 70)),
            "StartDate": G(lambda f: f.date(2005, 2024)),
            "ManagerEmail": Y(lambda f: f.work_email(), "email"),
            "HasParkingPermit": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            # French back office written with French keys
            "nom": Y(lambda f: f.last(), "name"),
            "prenom": Y(lambda f: f.first(), "name"),
            "courriel": Y(lambda f: f.email(), "email"),
            "telephone_portable": Y(lambda f: f.phone("FR"), "phone"),
            "date_naissance": Y(lambda f: f.birthdate("eu"), "birthdate"),
            "adresse": Y(lambda f: f.street("FR"), "address|street"),
            "code_postal": Y(lambda f: f.home("FR")[1], "zipcode"),
            "ville": Y(lambda f: f.home("FR")[0], "city"),
            "numero_permis": Y(lambda f: f.licence_number(), "license"),
            "inscrit_le": G(lambda f: f.iso()),
            "est_conducteur": G(lambda f: f.pick([True, False])),
            "situation_familiale": G(lambda f: f.pick(["célibataire", "marié(e)", "pacsé(e)"])),
        },
    ),
    (
        "identify",
        None,
        ["ruby"],
        {
            # Italian operations team
            "nome": Y(lambda f: f.first(), "name"),
            "cognome": Y(lambda f: f.last(), "name"),
            "cellulare": Y(lambda f: f.phone("IT"), "phone"),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
            "data_di_nascita": Y(lambda f: f.birthdate("eu"), "birthdate"),
            "indirizzo": Y(lambda f: f.street("IT"), "address|street"),
            "cap": Y(lambda f: f.home("IT")[1], "zipcode"),
            "comune": Y(lambda f: f.home("IT")[0], "city"),
            "provincia": G(lambda f: f.home("IT")[2]),
            "patente_numero": Y(lambda f: f.licence_number(), "license"),
            "fascia_eta": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            # Spanish partner integration
            "nombre": Y(lambda f: f.first(), "name"),
            "apellidos": Y(lambda f: f.last() + " " + f.last(), "name"),
            "movil": Y(lambda f: f.phone("ES"), "phone"),
            "dni_nie": RED(lambda f: f.spanish_id(), "national id"),
            "fecha_nacimiento": Y(lambda f: f.birthdate("eu"), "birthdate"),
            "direccion": Y(lambda f: f.street("ES"), "address|street"),
            "codigo_postal": Y(lambda f: f.home("ES")[1], "zipcode"),
            "localidad": Y(lambda f: f.home("ES")[0], "city"),
            "provincia_es": G(lambda f: f.home("ES")[2]),
            "correo_electronico": Y(lambda f: f.email(), "email"),
            "tipo_usuario": G(lambda f: f.pick(["conductor", "pasajero", "ambos"])),
        },
    ),
    (
        "group",
        None,
        ["python", "web"],
        {
            # employer commuter programme (B2B account)
            "company_name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(lambda f: f.pick(["Automotive", "Energy", "Telecom", "Aerospace", "Retail"])),
            "employees": G(lambda f: f.pick([450, 1200, 8000, 35000])),
            "plan": G(lambda f: f.pick(PLANS)),
            "program_id": G(lambda f: "prg_" + f.hexid(8)),
            "seats_purchased": G(lambda f: f.r.randint(20, 2000)),
            "subsidy_percent": G(lambda f: f.pick([50, 75, 100])),
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "comptabilite@renault.example",
                        "fatture@enel.example",
                        "facturas@telefonica.example",
                        "ap@airbus.example",
                    ]
                )
            ),
            "office_address": G(
                lambda f: f.pick(
                    [
                        "13-15 quai Le Gallo, 92100 Boulogne-Billancourt",
                        "Viale Regina Margherita 137, 00198 Roma",
                        "Ronda de la Comunicación s/n, 28050 Madrid",
                    ]
                )
            ),
            "vat_number": G(
                lambda f: f.pick(["FR66441639465", "IT00811720580", "ESA28015865", "FR24383474814"])
            ),
            "account_manager": Y(lambda f: f.full_name(), "name"),
            "account_manager_email": Y(
                lambda f: f"{ascii_upper(f.first()).lower()}.{ascii_upper(f.last()).lower()}@covia.app",
                "email",
            ),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin", "node"], {}),
    # -- search and discovery ----------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        APPS,
        {
            "query": G(lambda f: f"{corridor_from(f)} → {corridor_to(f)}"),
            "from_city": G(corridor_from),
            "to_city": G(corridor_to),
            "departure_date": G(lambda f: f.date(2024, 2024)),
            "seats_requested": G(lambda f: f.r.randint(1, 3)),
            "results_count": G(lambda f: f.r.randint(0, 45)),
            "filters": {
                "ladies_only": G(lambda f: f.pick([True, False])),
                "instant_booking": G(lambda f: f.pick([True, False])),
                "max_price": G(lambda f: f.pick([5, 8, 10, 15])),
            },
            "session_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        APPS,
        {
            "input": Y(lambda f: f.street(), "address|street", True),
            "place": {
                "place_id": G(lambda f: "ChIJ" + f.b64ish(23)),
                "description": Y(lambda f: f.address(), "address", True),
                "types": Many(G(lambda f: f.pick(["street_address", "premise", "route", "geocode"])), 2),
            },
            "field": G(lambda f: f.pick(["home", "work", "departure", "arrival"])),
            "prediction_index": G(lambda f: f.r.randint(0, 4)),
            "sessiontoken": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["google_places", "mapbox", "here"])),
        },
    ),
    (
        "track",
        "Saved Place Added",
        MOBILE,
        {
            "label": G(
                lambda f: f.pick(["Maison", "Travail", "Casa", "Ufficio", "Crèche", "Palestra", "Trabajo"])
            ),
            "place_type": G(lambda f: f.pick(["home", "work", "other"])),
            "address_line": Y(lambda f: f.street(), "address|street"),
            "postcode": Y(lambda f: f.home()[1], "zipcode"),
            "lat": Y(lambda f: f.plat(), "geolocation"),
            "lng": Y(lambda f: f.plon(), "geolocation"),
        },
    ),
    (
        "track",
        "Product Viewed",
        APPS,
        {
            **{k: v for k, v in ride_product().items() if k not in ("quantity", "position", "coupon")},
            "currency": G(lambda f: "EUR"),
            "value": G(lambda f: f.money(2, 18)),
            "driver_id": G(lambda f: f.user_id()),
            "driver_first_name": Y(lambda f: f.first(), "name"),
            "driver_rating": G(lambda f: round(f.r.uniform(3.8, 5), 1)),
            "driver_verified": G(lambda f: f.pick([True, False])),
            "seats_left": G(lambda f: f.r.randint(0, 4)),
            "meeting_point": {
                "id": G(lambda f: f.pick(MEETING_POINTS)[0]),
                "name": G(lambda f: f.pick(MEETING_POINTS)[1]),
                "lat": G(lambda f: f.pick(MEETING_POINTS)[2]),
                "lng": G(lambda f: f.pick(MEETING_POINTS)[3]),
            },
        },
    ),
    # -- publishing a trip (driver) ----------------------------------------------------------------
    (
        "track",
        "Trip Published",
        [*MOBILE, "web"],
        {
            "trip_id": G(lambda f: f.ride_id()),
            "origin": {
                "city": G(corridor_from),
                "address": Y(lambda f: f.address(), "address"),
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plon(), "geolocation"),
            },
            "destination": {
                "city": G(corridor_to),
                "meeting_point_id": G(lambda f: f.pick(MEETING_POINTS)[0]),
            },
            "waypoints": Many(
                {
                    "city": G(
                        lambda f: f.pick(["Voreppe", "Bergamo", "Alcalá de Henares", "Monza", "Rivalta"])
                    ),
                    "meeting_point_id": G(lambda f: f.pick(MEETING_POINTS)[0]),
                },
                2,
            ),
            "departure_time": G(lambda f: f.iso()),
            "recurring_days": Many(G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri"])), 5),
            "seats_offered": G(lambda f: f.r.randint(1, 4)),
            "price_per_seat": G(lambda f: f.money(2, 15)),
            "currency": G(lambda f: "EUR"),
            "distance_km": G(lambda f: f.money(8, 95)),
            "duration_min": G(lambda f: f.r.randint(12, 90)),
            "route_polyline": Y(lambda f: f.polyline(), "geolocation"),
            "auto_accept": G(lambda f: f.pick([True, False])),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Départ devant la boulangerie, bagage cabine max.",
                        "Partenza puntuale, niente bagagli grandi.",
                        "Salgo por la A-2, puedo parar en Alcalá.",
                        "Pas de détour possible le vendredi.",
                    ]
                )
            ),
            "vehicle_id": G(lambda f: "veh_" + f.hexid(10)),
        },
    ),
    (
        "track",
        "Vehicle Added",
        MOBILE,
        {
            "vehicle_id": G(lambda f: "veh_" + f.hexid(10)),
            "make": G(lambda f: f.car[0]),
            "model": G(lambda f: f.car[1]),
            "colour": G(lambda f: f.pick(COLOURS)),
            "licence_plate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "fuel_type": G(lambda f: f.pick(["petrol", "diesel", "hybrid", "electric", "lpg"])),
            "seats": G(lambda f: f.r.randint(2, 7)),
            "photo_url": G(lambda f: f"https://cdn.covia.app/vehicles/{f.hexid(16)}.jpg"),
            "nickname": G(lambda f: f.pick(["La Titine", "Panda Rossa", "El Gris", "Bluette"])),
            "insurance": {
                "insurer": G(lambda f: f.pick(INSURERS)),
                "policy_number": Y(
                    lambda f: f.pick(["AXA", "GEN", "MAP", "ALZ"]) + "-" + f.digits(9), "identification"
                ),
                "expires_on": G(lambda f: f.date(2024, 2026)),
            },
        },
    ),
    # -- booking and paying (e-commerce spec) ------------------------------------------------------
    (
        "track",
        "Product Added",
        APPS,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in ride_product().items()
                if k in ("product_id", "sku", "price", "quantity", "name")
            },
            "pickup_point_id": G(lambda f: f.pick(MEETING_POINTS)[0]),
        },
    ),
    (
        "track",
        "Checkout Started",
        APPS,
        {
            "order_id": G(lambda f: f.booking_ref()),
            "affiliation": G(lambda f: f.pick(["Covia Web", "Covia iOS", "Covia Android"])),
            "value": G(lambda f: f.money(2, 60)),
            "revenue": G(lambda f: f.money(0.5, 6)),
            "tax": G(lambda f: f.money(0, 2)),
            "discount": G(lambda f: f.money(0, 5)),
            "coupon": G(lambda f: f.pick(["", "BIENVENUE5", "PRIMO10", "COMMUTE3"])),
            "currency": G(lambda f: "EUR"),
            "products": Many(
                {
                    k: v
                    for k, v in ride_product().items()
                    if k in ("product_id", "sku", "name", "price", "quantity", "category")
                },
                2,
            ),
            "booking_for_someone_else": G(lambda f: f.pick([True, False])),
            "passengers": Many(
                {
                    "first_name": Y(lambda f: f.first(), "name"),
                    "last_name": Y(lambda f: f.last(), "name"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "age": G(lambda f: f.r.randint(14, 70)),
                    "is_minor": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        APPS,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.booking_ref()),
            "step": G(lambda f: f.pick([2, 3])),
            **card_checkout(),
            "payment_method_id": RED(lambda f: f.stripe_id("pm_"), "token"),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.home()[0], "city"),
                "postal_code": Y(lambda f: f.home()[1], "zipcode"),
                "country": G(lambda f: f.pick(["FR", "IT", "ES", "BE"])),
            },
            "three_ds_result": G(lambda f: f.pick(["authenticated", "attempted", "not_required", "failed"])),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        [*APPS, "node"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.booking_ref()),
            "total": G(lambda f: f.money(2, 60)),
            "revenue": G(lambda f: f.money(0.5, 6)),
            "service_fee": G(lambda f: f.money(0.3, 3)),
            "currency": G(lambda f: "EUR"),
            "products": Many(
                {
                    k: v
                    for k, v in ride_product().items()
                    if k in ("product_id", "sku", "name", "price", "quantity", "category")
                },
                2,
            ),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "paypal", "bizum"])),
            "employer_subsidy": G(lambda f: f.money(0, 4)),
            "invoice_number": G(lambda f: f"FAC-2024-{f.digits(6)}"),
            "receipt_email": Y(lambda f: f.email(), "email"),
            "is_first_booking": G(lambda f: f.pick([True, False])),
            "loyalty_number": G(lambda f: "CVL" + f.digits(9)),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node", "python"],
        {
            "order_id": G(lambda f: f.booking_ref()),
            "refund_amount": G(lambda f: f.money(1, 40)),
            "currency": G(lambda f: "EUR"),
            "reason": G(lambda f: f.pick(["driver_cancelled", "no_show_driver", "duplicate", "goodwill"])),
        },
    ),
    (
        "track",
        "Booking Accepted",
        ["go", "java"],
        {
            "booking_id": G(lambda f: f.booking_ref()),
            "trip_id": G(lambda f: f.ride_id()),
            "driver_id": G(lambda f: f.user_id()),
            "passenger_id": G(lambda f: f.user_id()),
            "accepted_after_sec": G(lambda f: f.r.randint(4, 7200)),
            "auto_accepted": G(lambda f: f.pick([True, False])),
            "proxy_number": G(
                lambda f: f.pick(["+33 9 70 73 12 40", "+39 02 8088 4410", "+34 910 60 22 17"])
            ),
            "pickup_code": RED(lambda f: f.digits(4), "token"),
        },
    ),
    # -- riding ------------------------------------------------------------------------------------
    (
        "track",
        "Trip Started",
        MOBILE,
        {
            "trip_id": G(lambda f: f.ride_id()),
            "start_location": {
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lon": Y(lambda f: f.plon(), "geolocation"),
                "accuracy_m": G(lambda f: f.pick([4.7, 9.1, 16.0, 35.2])),
            },
            "passengers_on_board": G(lambda f: f.r.randint(0, 4)),
            "started_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Pickup Confirmed",
        MOBILE,
        {
            "booking_id": G(lambda f: f.booking_ref()),
            "pickupLatitude": Y(lambda f: f.plat(), "geolocation"),
            "pickupLongitude": Y(lambda f: f.plon(), "geolocation"),
            "meetingPointId": G(lambda f: f.pick(MEETING_POINTS)[0]),
            "waitedMinutes": G(lambda f: f.r.randint(0, 15)),
            "codeEntered": RED(lambda f: f.digits(4), "token"),
            "codeMatched": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Trip Completed",
        ["go", "java", "python"],
        {
            "trip_id": G(lambda f: f.ride_id()),
            "distance_km": G(lambda f: f.money(8, 95)),
            "duration_min": G(lambda f: f.r.randint(12, 110)),
            "co2_saved_kg": G(lambda f: f.money(0.5, 18)),
            "passengers": G(lambda f: f.r.randint(1, 4)),
            "dropoff_address": Y(lambda f: f.address(), "address"),
            "dropoff_geohash": Y(lambda f: f.geohash(), "geolocation"),
            "completed_at": G(lambda f: f.iso()),
            "eligible_cee_bonus": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Route Computed",
        ["node"],
        {
            # Google Directions-shaped response kept by the routing service
            "routes": Many(
                {
                    "summary": G(lambda f: f.pick(["A43 et A41", "A4/E64", "A-2", "Tangenziale Est"])),
                    "overview_polyline": {"points": Y(lambda f: f.polyline(), "geolocation", True)},
                    "legs": Many(
                        {
                            "distance": {
                                "text": G(lambda f: f"{f.r.randint(5, 95)} km"),
                                "value": G(lambda f: f.r.randint(5000, 95000)),
                            },
                            "start_address": Y(lambda f: f.address(), "address"),
                            "end_address": G(lambda f: f.pick(MEETING_POINTS)[1]),
                            "start_location": {
                                "lat": Y(lambda f: f.plat(), "geolocation"),
                                "lng": Y(lambda f: f.plon(), "geolocation"),
                            },
                        },
                        2,
                    ),
                },
                2,
            ),
            "status": G(lambda f: f.pick(["OK", "OK", "ZERO_RESULTS"])),
        },
    ),
    (
        "track",
        "SOS Triggered",
        MOBILE,
        {
            "trip_id": G(lambda f: f.ride_id()),
            "location": {
                "latitude": Y(lambda f: f.plat(), "geolocation"),
                "longitude": Y(lambda f: f.plon(), "geolocation"),
                "horizontalAccuracy": G(lambda f: f.pick([5.0, 12.5, 30.0])),
            },
            "emergency_number_dialed": G(lambda f: f.pick(["112", "15", "118", "17"])),
            "shared_with": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "relationship": G(lambda f: f.pick(["spouse", "parent", "friend", "sibling"])),
                },
                2,
            ),
            "triggered_by": G(lambda f: f.pick(["passenger", "driver"])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        MOBILE,
        {
            "contact": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "phoneNumber": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["mère", "madre", "partner", "hermano", "amico"])),
            },
            "contactsCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- preferences, accessibility ----------------------------------------------------------------
    (
        "track",
        "Ride Preferences Updated",
        APPS,
        {
            "music": G(lambda f: f.pick(["yes", "no", "depends"])),
            "smoking": G(lambda f: f.pick([True, False])),
            "travels_with_pet": G(lambda f: f.pick([True, False])),
            "pet": {
                "name": G(lambda f: f.pick(["Rex", "Filou", "Luna", "Trufa", "Birba"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "weight_kg": G(lambda f: f.money(2, 30)),
            },
            "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
            "guide_dog": RED(lambda f: f.pick([True, False]), "disability"),
            "motion_sickness": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "ladies_only": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- reviews and chat --------------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        APPS,
        {
            "review_id": G(lambda f: f.uuid()),
            "trip_id": G(lambda f: f.ride_id()),
            "reviewee_id": G(lambda f: f.user_id()),
            "reviewee_role": G(lambda f: f.pick(["driver", "passenger"])),
            "reviewee_name": Y(lambda f: f.first() + " " + f.last()[0] + ".", "name"),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "tags": Many(
                G(lambda f: f.pick(["punctual", "friendly", "clean_car", "safe_driving", "late"])), 3
            ),
            "comment": G(review_comment),
            "language": G(lambda f: f.pick(["fr", "it", "es"])),
            "is_public": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Message Sent",
        MOBILE,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "sender_role": G(lambda f: f.pick(["driver", "passenger"])),
            "recipient_id": G(lambda f: f.user_id()),
            "message_body": G(chat_body),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "contains_phone_number": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Chat Contact Info Detected",
        ["node"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "detected_type": G(lambda f: f.pick(["phone", "email"])),
            "action": G(lambda f: f.pick(["masked", "warned", "allowed"])),
            "text": Y(contact_snippet, "phone|email", True),
            "rule_version": G(lambda f: f.pick(["2024.03", "2024.05", "2024.06"])),
        },
    ),
    (
        "track",
        "Push Notification Received",
        MOBILE,
        {
            "campaign_id": G(
                lambda f: f.pick(
                    ["txn_booking_accepted", "txn_new_message", "txn_driver_arriving", "txn_cancelled"]
                )
            ),
            "title": G(
                lambda f: f.pick(["Covia", "Réservation confirmée", "Nuovo messaggio", "Viaje cancelado"])
            ),
            "body": Y(push_body, "name", True),
            "deep_link": G(lambda f: f.pick(["covia://booking", "covia://inbox", "covia://trip/live"])),
            "collapse_key": G(lambda f: f.hexid(8)),
            "foreground": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- verification ------------------------------------------------------------------------------
    (
        "track",
        "Identity Verification Completed",
        ["node", "python"],
        {
            # Veriff-shaped decision webhook, forwarded as a track event
            "status": G(lambda f: f.pick(["success", "fail"])),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
                "reason": G(
                    lambda f: f.pick(
                        ["", "Document expired", "Face not clearly visible", "Physical document not used"]
                    )
                ),
                "decisionTime": G(lambda f: f.iso()),
                "person": {
                    "firstName": Y(lambda f: ascii_upper(f.first()), "name"),
                    "lastName": Y(lambda f: ascii_upper(f.last()), "name"),
                    "dateOfBirth": Y(lambda f: f.birthdate("iso"), "birthdate"),
                    "gender": Y(lambda f: f.pick(["M", "F"]), "gender|sex"),
                    "nationality": Y(lambda f: f.pick(["FR", "IT", "ES", "MA", "RO", "SN"]), "citizenship"),
                    "idNumber": RED(lambda f: f.id_number(f.pick(["FR", "IT", "ES"])), "national id"),
                },
                "document": {
                    "number": RED(
                        lambda f: f.pick([f.passport(), f.fr_id_card(), f.dni()]), "national id|passport"
                    ),
                    "type": G(lambda f: f.pick(["PASSPORT", "ID_CARD", "RESIDENCE_PERMIT"])),
                    "country": G(lambda f: f.pick(["FR", "IT", "ES"])),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
                "riskScore": G(lambda f: round(f.r.uniform(0, 1), 3)),
            },
            "selfie_url": Y(lambda f: f"https://stationapi.veriff.com/v1/media/{f.uuid()}", "photo"),
        },
    ),
    (
        "track",
        "Driving Licence Checked",
        ["java"],
        {
            "check_id": G(lambda f: f.uuid()),
            "licence_number": Y(lambda f: f.licence_number(), "license"),
            "holder_name": Y(lambda f: f.full_name(), "name"),
            "categories": Many(G(lambda f: f.pick(["B", "B1", "BE", "AM"])), 2),
            "issue_date": G(lambda f: f.date(1985, 2022)),
            "expiry_date": G(lambda f: f.date(2028, 2039)),
            "issuing_country": G(lambda f: f.pick(["FR", "IT", "ES"])),
            "points_balance": G(lambda f: f.r.randint(0, 15)),
            "status": G(lambda f: f.pick(["valid", "suspended", "expired", "not_found"])),
            "provider": G(lambda f: f.pick(["ANTS", "Motorizzazione", "DGT"])),
        },
    ),
    (
        "track",
        "Residence Permit Submitted",
        ["php"],
        {
            "document_type": G(lambda f: f.pick(["titre_de_sejour", "permesso_di_soggiorno", "tie"])),
            "residencePermitNumber": RED(lambda f: f.pick([f.nie(), f.digits(10)]), "national id|visa"),
            "permitValidUntil": G(lambda f: f.date(2024, 2029)),
            "rightToWork": RED(lambda f: f.pick(["yes", "no", "pending"]), "visa"),
            "nationality": Y(
                lambda f: f.pick(["Moroccan", "Romanian", "Senegalese", "Brazilian", "Ukrainian"]),
                "citizenship",
            ),
            "submission_channel": G(lambda f: f.pick(["app", "web", "agency"])),
        },
    ),
    (
        "track",
        "Employer Email Verified",
        APPS,
        {
            "work_email": Y(lambda f: f.work_email(), "email"),
            "email_domain": G(lambda f: f.pick(WORK_DOMAINS)),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "employer_name": G(lambda f: f.pick(COMPANIES)),
            "attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- authentication ----------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        APPS,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "apple", "otp"])),
            "login_email": Y(lambda f: f.email(), "email"),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "OTP Requested",
        ["node", "python"],
        {
            "phone_e164": Y(lambda f: f.phone(), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "otp": RED(lambda f: f.digits(6), "token"),
            "provider": G(lambda f: f.pick(["twilio_verify", "vonage", "infobip"])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "magic_link": RED(lambda f: f"https://www.covia.app/auth/verify?token={f.b64ish(43)}", "token"),
        },
    ),
    (
        "track",
        "Account Created",
        ["web"],
        {
            # a form plugin serialises the whole sign-up form
            "form": {
                "email": Y(lambda f: f.email(), "email"),
                "password": RED(
                    lambda f: f.pick(["Covoit2024!", "milano#1987", "Barca_2023", "soleil74", "T0r1n0!!"]),
                    "password",
                ),
                "phone": Y(lambda f: f.phone(), "phone"),
                "accept_terms": G(lambda f: True),
                "newsletter": G(lambda f: f.pick([True, False])),
            },
            "signup_source": G(lambda f: f.pick(["organic", "referral", "employer_invite"])),
        },
    ),
    # -- payouts to drivers ------------------------------------------------------------------------
    (
        "track",
        "Payout Sent",
        ["go", "python"],
        {
            "payout_id": G(lambda f: f.stripe_id("po_")),
            "amount": G(lambda f: f.money(10, 600)),
            "currency": G(lambda f: "EUR"),
            "arrival_date": G(lambda f: f.date(2024, 2024)),
            "trips_count": G(lambda f: f.r.randint(1, 44)),
            "destination": {
                "bank_name": G(lambda f: f.pick(BANKS)),
                "last4": G(lambda f: f.digits(4)),
                "iban": RED(lambda f: f.iban(), "bank account"),
                "bic": G(lambda f: f.pick(BICS)),
                "account_holder_name": Y(lambda f: f.full_name(), "name"),
                "country": G(lambda f: f.pick(["FR", "IT", "ES"])),
            },
            "method": G(lambda f: f.pick(["standard", "instant"])),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["dotnet"],
        {
            "PayoutMethodId": G(lambda f: f.uuid()),
            "Iban": RED(lambda f: f.iban(), "bank account"),
            "Bic": G(lambda f: f.pick(BICS)),
            "AccountHolder": Y(lambda f: f.full_name(), "name"),
            "IsDefault": G(lambda f: f.pick([True, False])),
            "VerifiedAt": G(lambda f: f.iso()),
            "TaxIdentificationNumber": RED(
                lambda f: f.pick([f.codice_fiscale(), f.dni(), f.pick("0123") + f.digits(12)]), "national id"
            ),
        },
    ),
    (
        "track",
        "Payout Failed",
        ["go"],
        {
            "payout_id": G(lambda f: f.stripe_id("po_")),
            "failure_code": G(lambda f: f.pick(["account_closed", "invalid_account_number", "no_account"])),
            "note": RED(payout_failure_note, "bank account", True),
            "retry_scheduled": G(lambda f: f.pick([True, False])),
            "amount": G(lambda f: f.money(10, 600)),
        },
    ),
    (
        "track",
        "Earnings Statement Generated",
        ["python"],
        {
            "statement_id": G(lambda f: "st_" + f.hexid(10)),
            "period": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05", "2024-06"])),
            "gross_earnings": Y(lambda f: f.money(40, 900), "salary"),
            "net_earnings": Y(lambda f: f.money(30, 800), "salary"),
            "km_driven": G(lambda f: f.r.randint(80, 3000)),
            "trips_count": G(lambda f: f.r.randint(1, 44)),
            "fees_withheld": G(lambda f: f.money(0, 60)),
        },
    ),
    # -- insurance claims after incidents ----------------------------------------------------------
    (
        "track",
        "Insurance Claim Filed",
        ["ruby", "php"],
        {
            "claim_number": G(lambda f: "SIN-" + f.digits(8)),
            "policy_number": Y(
                lambda f: f.pick(["AXA", "GEN", "MAP", "ALZ"]) + "-" + f.digits(9), "identification"
            ),
            "insurer": G(lambda f: f.pick(INSURERS)),
            "incident_date": G(lambda f: f.date(2024, 2024)),
            "incident_type": G(lambda f: f.pick(["collision", "parking_damage", "windscreen", "theft"])),
            "incident_location": {
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plon(), "geolocation"),
            },
            "injury_description": Y(
                lambda f: f.pick(
                    ["whiplash", "fracture du poignet", "contusione alla spalla", "latigazo cervical"]
                ),
                "diagnosis|condition",
            ),
            "medical_treatment_required": Y(lambda f: f.pick([True, False]), "condition"),
            "other_driver": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "plate": Y(lambda f: f.plate(), "license"),
                "insurer": G(lambda f: f.pick(INSURERS)),
                "policy_number": Y(lambda f: f.digits(10), "identification"),
            },
            "witness_email": Y(lambda f: f.email(), "email"),
            "police_report_number": G(lambda f: f"PV{f.digits(9)}"),
            "damage_photos": Many(G(lambda f: f"https://files.covia.app/claims/{f.hexid(16)}.jpg"), 3),
            "estimated_damage_eur": G(lambda f: f.money(150, 9000)),
            "passengers_involved": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Denuncia Sinistro Inviata",
        ["ruby"],
        {
            # Italian claims partner: an injured passenger's health card
            "numero_sinistro": G(lambda f: f.digits(10)),
            "nome_ferito": Y(lambda f: f.full_name(), "name"),
            "tessera_sanitaria": RED(lambda f: "80380" + f.digits(15), "health id"),
            "codice_fiscale_ferito": RED(lambda f: f.codice_fiscale(), "national id"),
            "pronto_soccorso": Y(lambda f: f.pick([True, False]), "condition"),
            "targa_veicolo": Y(lambda f: f.plate(), "license"),
        },
    ),
    (
        "track",
        "Déclaration Accident",
        ["php"],
        {
            "numero_securite_sociale": RED(lambda f: f.nir(), "social security number|health id"),
            "date_accident": G(lambda f: f.date(2024, 2024)),
            "lieu_accident": Y(lambda f: f.address("FR"), "address"),
            "blessures": Y(lambda f: f.pick([True, False]), "condition"),
            "immatriculation": Y(lambda f: f.plate(), "license"),
        },
    ),
    # -- commuter programme money ------------------------------------------------------------------
    (
        "track",
        "Prime Covoiturage Demandée",
        ["php"],
        {
            "nom_beneficiaire": Y(lambda f: f.full_name(), "name"),
            "numero_permis": Y(lambda f: f.licence_number(), "license"),
            "iban": RED(lambda f: f.iban("FR"), "bank account"),
            "montant": G(lambda f: f.pick([25, 50, 100])),
            "employeur": G(lambda f: f.pick(COMPANIES)),
            "adresse_domicile": Y(lambda f: f.address("FR"), "address"),
        },
    ),
    (
        "track",
        "Rimborso Richiesto",
        ["ruby"],
        {
            "codice_prenotazione": G(lambda f: f.booking_ref()),
            "nome_titolare": Y(lambda f: f.full_name(), "name"),
            "iban": RED(lambda f: f.iban("IT"), "bank account"),
            "importo": G(lambda f: f.money(2, 40)),
            "telefono_contatto": Y(lambda f: f.phone("IT"), "phone"),
        },
    ),
    (
        "track",
        "Viaje Reservado",
        ["java"],
        {
            "id_viaje": G(lambda f: f.ride_id()),
            "fecha_salida": G(lambda f: f.local_dt()),
            "origen": G(lambda f: f.pick(["Madrid", "Barcelona", "Valencia", "Sevilla"])),
            "destino": G(
                lambda f: f.pick(["Guadalajara", "Sabadell", "Castellón de la Plana", "Dos Hermanas"])
            ),
            "nombre_pasajero": Y(lambda f: f.full_name(), "name"),
            "telefono_pasajero": Y(lambda f: f.phone("ES"), "phone"),
            "documento_pasajero": RED(lambda f: f.spanish_id(), "national id"),
            "comentario": G(lambda f: f.pick(["", "Llevo una maleta pequeña", "Voy con prisa", "Gracias!"])),
        },
    ),
    # -- growth ------------------------------------------------------------------------------------
    (
        "track",
        "Referral Sent",
        APPS,
        {
            "referral_code": G(lambda f: f.pick(["CAMI", "MATT", "LUCI", "HUGO"]) + f.digits(3)),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "email", "copy_link"])),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_name": Y(lambda f: f.first(), "name"),
            "reward_amount": G(lambda f: f.pick([5, 10, 15])),
            "invites_sent_total": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Contacts Invited",
        MOBILE,
        {
            "source": G(lambda f: f.pick(["address_book", "whatsapp_share"])),
            "contacts": Many(
                {
                    "displayName": Y(
                        lambda f: f.pick([f.full_name(), f.first(), f.first() + " " + f.last()[0] + "."]),
                        "name",
                    ),
                    "phoneNumbers": Many(Y(lambda f: f.phone(), "phone"), 2),
                    "emails": Many(Y(lambda f: f.email(), "email"), 1),
                },
                4,
            ),
            "contacts_permission": G(lambda f: f.pick(["granted", "limited"])),
            "invited_count": G(lambda f: f.r.randint(1, 20)),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        ["web"],
        {
            # employer partnership form, generic form tracker
            "form_id": G(lambda f: f.pick(["b2b_contact", "b2b_demo", "b2b_quote"])),
            "fields": Many(
                {
                    "name": G(lambda f: f.pick(["email", "phone"])),
                    "value": Y(lambda f: f.pick([f.work_email(), f.phone()]), "email|phone", True),
                },
                2,
            ),
            "company_size": G(lambda f: f.pick(["50-249", "250-999", "1000+"])),
            "company": G(lambda f: f.pick(COMPANIES)),
            "job_title": G(
                lambda f: f.pick(["DRH", "Mobility manager", "Responsable RSE", "Facility manager"])
            ),
        },
    ),
    (
        "track",
        "Ad Click Attributed",
        ["web", "node"],
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "bing", "instagram"])),
            "utm_medium": G(lambda f: f.pick(["cpc", "paid_social", "display"])),
            "utm_campaign": G(lambda f: f.pick(["rentree_2024", "pendolari_autunno", "vuelta_al_cole"])),
            "landing_page": G(
                lambda f: f.pick(["/fr/entreprise", "/it/pendolari", "/es/empresas", "/fr/trajets"])
            ),
            "click_timestamp": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Conversion API Event Sent",
        ["node"],
        {
            # Facebook Conversions API-shaped payload (hashes of personal data keep their type)
            "event_name": G(lambda f: f.pick(["Purchase", "CompleteRegistration", "Lead"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "fn": Y(lambda f: f.sha256(), "name"),
                "ln": Y(lambda f: f.sha256(), "name"),
                "ct": Y(lambda f: f.sha256(), "city"),
                "zp": Y(lambda f: f.sha256(), "zipcode"),
                "country": G(lambda f: f.sha256()),
                "external_id": G(lambda f: f.sha256()),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(2, 60)),
                "currency": G(lambda f: "EUR"),
                "content_ids": Many(G(lambda f: f.ride_id()), 2),
            },
        },
    ),
    (
        "track",
        "Consent Updated",
        ["web", "swift", "kotlin"],
        {
            "consent_id": G(lambda f: f.uuid()),
            "categories": Many(
                G(lambda f: f.pick(["necessary", "analytics", "advertising", "functional"])), 4
            ),
            "analytics": G(lambda f: f.pick([True, False])),
            "advertising": G(lambda f: f.pick([True, False])),
            "att_status": G(lambda f: f.pick(["authorized", "denied", "notDetermined", "restricted"])),
        },
    ),
    # -- messaging vendors -------------------------------------------------------------------------
    (
        "track",
        "SMS Status Updated",
        ["node"],
        {
            # Twilio messaging status callback (PascalCase)
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "To": Y(lambda f: f.phone(), "phone"),
            "From": G(lambda f: f.pick(["COVIA", "+33 7 57 59 10 20", "+39 345 000 1122"])),
            "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered", "failed"])),
        },
    ),
    (
        "track",
        "Call Connected",
        ["node"],
        {
            # Twilio voice status callback: the masking proxy dials the other party
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": G(lambda f: f.pick(["COVIA", "+33 7 57 59 10 20", "+39 345 000 1122"])),
            "Caller": G(lambda f: f.pick(["+33 9 70 73 12 40", "+39 02 8088 4410", "+34 910 60 22 17"])),
            "To": Y(lambda f: f.phone(), "phone"),
            "Called": Y(lambda f: f.phone(), "phone"),
            "CallerCity": G(lambda f: f.pick(["PARIS", "MILANO", "MADRID"])),
            "CalledCity": Y(lambda f: f.home()[0].upper(), "city"),
            "CalledZip": Y(lambda f: f.home()[1], "zipcode"),
            "CalledCountry": G(lambda f: f.home()[5]),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed", "no-answer"])),
            "Direction": G(lambda f: f.pick(["outbound-api", "outbound-dial"])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        {
            # SendGrid event webhook entry
            "email": Y(lambda f: f.email(), "email"),
            "sg_message_id": G(lambda f: f.b64ish(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.b64ish(22)}@ismtpd0{f.r.randint(1, 99)}p1mdw1.sendgrid.net>"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "category": Many(G(lambda f: f.pick(["receipt", "booking", "marketing", "payout"])), 2),
            "from": G(lambda f: f.pick(["no-reply@covia.app", "reservations@covia.app", "hello@covia.app"])),
        },
    ),
    (
        "track",
        "Receipt Emailed",
        ["java", "go"],
        {
            "receipt_number": G(lambda f: f"FAC-2024-{f.digits(6)}"),
            "recipient": Y(lambda f: f.email(), "email", True),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.covia.app>"),
            "amount": G(lambda f: f.money(2, 60)),
            "company_vat_id": G(lambda f: f.pick(["FR40123456824", "IT12345678901", "ESB12345678"])),
        },
    ),
    # -- support and back office -------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            # Zendesk-shaped
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Remboursement non reçu",
                            "Conducente assente",
                            "Cobro duplicado",
                            "Problème d'application",
                        ]
                    )
                ),
                "description": Y(ticket_description, "phone", True),
                "tags": Many(G(lambda f: f.pick(["refund", "no_show", "billing", "app_bug"])), 3),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                },
                "assignee": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(
                        lambda f: (
                            f"{ascii_upper(f.first()).lower()}.{ascii_upper(f.last()).lower()}@covia.app"
                        ),
                        "email",
                    ),
                },
                "group": G(lambda f: f.pick(["Support FR", "Supporto IT", "Soporte ES"])),
            },
            "support_email": G(lambda f: f.pick(["aide@covia.app", "aiuto@covia.app", "ayuda@covia.app"])),
            "support_phone": G(
                lambda f: f.pick(["+33 1 86 95 40 00", "+39 02 8088 4400", "+34 910 60 22 00"])
            ),
        },
    ),
    (
        "track",
        "Admin User Searched",
        ["node"],
        {
            "q": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            "results": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        APPS,
        {
            "change": {
                "field": G(lambda f: f.pick(["email", "phone"])),
                "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
                "source": G(lambda f: f.pick(["settings", "onboarding", "support"])),
            },
            "fields_completed": G(lambda f: f.r.randint(3, 12)),
            "profile_completeness": G(lambda f: f.pick([0.4, 0.6, 0.8, 1.0])),
        },
    ),
    (
        "track",
        "Help Article Searched",
        ["web", "rn"],
        {
            "query": G(
                lambda f: f.pick(
                    ["annuler trajet", "rimborso prenotazione", "cambiar método de pago", "prime covoiturage"]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 20)),
            "locale": G(lambda f: f.pick(LOCALES)),
        },
    ),
    (
        "track",
        "Lost Item Reported",
        MOBILE,
        {
            "trip_id": G(lambda f: f.ride_id()),
            "item_description": G(
                lambda f: f.pick(["parapluie noir", "AirPods Pro", "zaino blu Eastpak", "chaqueta vaquera"])
            ),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "track",
        "Wallet Topped Up",
        ["php"],
        {
            # legacy PHP checkout for the prepaid wallet
            "montant": G(lambda f: f.pick([10, 20, 50])),
            "pan": RED(lambda f: f.card(), "credit card"),
            "masked_card": G(lambda f: f"{f.pick(['4970', '5136', '4532'])} **** **** {f.digits(4)}"),
            "transaction_ref": G(lambda f: f.digits(12)),
        },
    ),
    # -- kebab-case node service and warehouse sync ------------------------------------------------
    (
        "track",
        "trip-share-link-opened",
        ["node"],
        {
            "share-id": G(lambda f: f.hexid(10)),
            "trip-id": G(lambda f: f.ride_id()),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "telegram"])),
            "recipient-phone": Y(lambda f: f.phone(), "phone"),
            "recipient-name": Y(lambda f: f.first(), "name"),
            "opener-ip": Y(lambda f: f.ip(), "ip"),
            "live-eta-min": G(lambda f: f.r.randint(1, 60)),
            "link-expires-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Driver Quality Scored",
        ["python"],
        {
            # reverse-ETL from the warehouse, column names as the warehouse has them
            "DRIVER_ID": G(lambda f: f.user_id()),
            "DRIVER_EMAIL": Y(lambda f: f.email(), "email"),
            "DRIVER_FULL_NAME": Y(lambda f: f.full_name(), "name"),
            "HOME_CITY": Y(lambda f: f.home()[0], "city"),
            "PLATE_NUMBER": Y(lambda f: f.plate(), "license"),
            "LIFETIME_TRIPS": G(lambda f: f.r.randint(1, 900)),
            "CANCELLATION_RATE": G(lambda f: round(f.r.uniform(0, 0.3), 3)),
            "AVG_RATING": G(lambda f: round(f.r.uniform(3.5, 5), 2)),
            "LAST_TRIP_AT": G(lambda f: f.iso()),
            "IBAN_LAST4": G(lambda f: f.digits(4)),
            "HOURLY_EARNINGS_EUR": Y(lambda f: f.money(4, 22), "salary"),
            "SEGMENT": G(lambda f: f.pick(["power_driver", "occasional", "dormant"])),
        },
    ),
    # -- pages and screens -------------------------------------------------------------------------
    (
        "page",
        "Trip Details",
        ["web"],
        {
            "path": G(lambda f: f"/fr/trajet/{f.ride_id()}"),
            "url": G(lambda f: f"https://www.covia.app/fr/trajet/{f.ride_id()}"),
            "title": G(lambda f: "{} → {} | Covia".format(*f.pick(CORRIDORS))),
            "referrer": G(
                lambda f: f.pick(["https://www.google.fr/", "", "https://www.covia.app/fr/trajets"])
            ),
            "search": G(lambda f: f.pick(["", "?seats=1", "?seats=2", "?from=search"])),
            "category": G(lambda f: "trip"),
        },
    ),
    (
        "page",
        "Account Settings",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/fr/mon-compte", "/it/profilo", "/es/mi-cuenta"])),
            "url": G(
                lambda f: "https://www.covia.app" + f.pick(["/fr/mon-compte", "/it/profilo", "/es/mi-cuenta"])
            ),
            "title": G(lambda f: f.pick(["Mon compte | Covia", "Profilo | Covia", "Mi cuenta | Covia"])),
            "tab": G(lambda f: f.pick(["profile", "payments", "payouts", "notifications"])),
        },
    ),
    (
        "screen",
        "Live Trip",
        MOBILE,
        {
            "trip_id": G(lambda f: f.ride_id()),
            "eta_min": G(lambda f: f.r.randint(1, 45)),
            "driver_name": Y(lambda f: f.first(), "name"),
            "map_zoom": G(lambda f: f.pick([13, 14, 15, 16])),
            "is_driver": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Booking Summary",
        MOBILE,
        {
            "booking_id": G(lambda f: f.booking_ref()),
            "from": G(corridor_from),
            "to": G(corridor_to),
            "source_screen": G(lambda f: f.pick(["search", "push", "deeplink", "home"])),
        },
    ),
    (
        "track",
        "Application Opened",
        MOBILE,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.11.3", "4.12.0", "4.12.1"])),
            "url": G(
                lambda f: f.pick(["", "covia://trip/live", "covia://inbox", "https://www.covia.app/t/share"])
            ),
        },
    ),
    (
        "track",
        "Push Token Registered",
        MOBILE,
        {
            "push_token": RED(lambda f: f.push_token(), "token"),
            "provider": G(lambda f: f.pick(["apns", "fcm"])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            f.hm = f.pick(HOMES)  # the person's home and car, consistent within a message
            f.car = f.pick(CARS)
            msg = {
                "type": kind,
                "messageId": "ajs-next-" + f.hexid(32) if client == "web" else f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.user_id(),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "properties" if kind in ("track", "page", "screen") else "traits"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=133, repeats=30)
    write(Path(__file__).parent, "holdout133_", events, labels)
