"""Writes holdout207: tests/corpus/holdout207_events.jsonl and holdout207_labels.json.

Sealed: written from the Segment spec, the client libraries' documented `context` blocks and
the labelling policy alone, without reading the detection engine, its vocabularies, its tests or
any other corpus's labels, and without running the engine on these events. It is scored by
someone else, once; nothing here was tuned to the engine.

Domain: "Voitura", a peer-to-peer car sharing app in France, the US and Indonesia. Every event is
rendered for one market (FR, US or ID) so names, phones, addresses, plates, ids, locales and
currencies agree within a message. Covered: driver sign-up and licence checks (document scans,
a Stripe Identity-shaped result, a Checkr-shaped US background check, an Indonesian KTP check
with Indonesian keys), vehicle listings by owners (plates, VINs with valid check digits, pickup
addresses and coordinates), search and e-commerce spec booking events (Product List Viewed,
Checkout Started, Payment Info Entered, Order Completed), trip telematics (GPS points, odometer,
fuel), damage reports with photos and third parties, insurance claims (.NET, PascalCase), deposits
(Stripe-shaped payment methods), car delivery by valets, W-9 tax info for US owners, payouts to
owners' bank accounts (FR IBAN, US ACH, Indonesian `nomor_rekening`), fines and tolls (French
ANTAI driver designation with French keys, US tolls in PascalCase), support tickets, SendGrid- and
Twilio-shaped deliveries, a Sift-shaped risk call (`$`-keys), a Conversions-API-shaped `user_data`
block, forwarded HTTP headers (kebab-case), a reverse-ETL identify (SCREAMING_SNAKE), a group call
for professional fleets, and page / screen / alias / lifecycle traffic. Contexts follow
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python, node, go, java, ruby, php and C# server libraries (context.ip, context.traits, device,
app, library, locale, userAgent, campaign, externalIds).

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths use PascalCase
(.NET, Twilio), kebab-case (headers, SendGrid's `smtp-id`), SCREAMING_SNAKE (warehouse sync),
`$`-prefixed vendor keys, French or Indonesian keys. Values: names from French, Indonesian
(including single names) and US communities; national phone formats (+33 / 06, +62 / 08xx, NANP);
Luhn-valid cards, mod-97 IBANs, ABA-valid routing numbers, SSA-structured SSNs, French NIR with
its mod-97 key, Indonesian NIK with the birth date (+40 for women) inside, VINs with the ISO 3779
check digit.

Labelling rules (the product's default colours):
- PII = personal data about a natural person (the user, a renter, an owner, a third party in a
  damage report, an additional driver, an emergency contact, a staff member): the reference's
  default colour for its matcher (name, email, phone, address, street, city, zipcode, birthdate,
  gender, photo, license, serial, identification, salary, religion, citizenship, condition: yellow;
  social security number, passport, password, token, disability: red); outside the reference
  table: bank account, national id, secret, credit card red; geolocation, advertising id,
  ip, credit score yellow.
- Green: ids we or vendors issue (booking, listing, payment intent `pi_`, customer `cus_`, Stripe
  Identity `vs_`, Twilio SIDs, claim, citation, notice and member numbers), timestamps, versions,
  amounts, counters, booleans and enums even under PII-sounding keys (`emailVerified`,
  `phone_verified`, `contains_phone_number`, `license_class`), age, marital status, job titles,
  employers, company names, car nicknames, pets' names, places that are not the person's (searched
  places, a market, a toll plaza, a speed camera's road), country, state / province, locale,
  timezone, currency, user agents, OS-issued device ids, a business's own address, phone and
  role mailbox, our Twilio and call-masking numbers, e-mail Message-IDs, card brand / last4 /
  expiry / BIN, routing numbers and BICs, bank names and codes.
- Policy cases: plates (`license`) and VINs and engine numbers (`serial`) yellow; insurance policy
  numbers (`identification`) yellow; incomes (`salary`) and credit scores yellow; gclid / fbclid /
  fbp / fbc (`advertising id`) yellow; billing addresses yellow; `pm_` ids, push tokens, sign-in
  link tokens and one-time codes red (`token`); a driving-licence number is the reference's
  `license` (yellow), while a number under a generic identity-document key whose documents
  include passports and ID cards is red (`passport|national id`); NIK, NIR, NPWP of a person red
  (`national id`); a KTP's religion yellow (`religion`), its blood type yellow (`condition`), a
  driver's `accessibility_needs` red (`disability`), `driver_injured` yellow (`condition`).
- Judgement calls made here (what a careful privacy owner would flag): a listing's pickup address
  and coordinates are the owner's home in peer-to-peer sharing, so they are PII (address / city /
  zipcode / geolocation), including the Indonesian `kota` of that address; trip GPS points and
  start / end positions are the driver's precise location; an accident address is the driver's
  location (address); a place of birth is `city`; an e-mail or phone hashed for ad matching
  (`user_data.em` / `ph`) is still the person's identifier and keeps its type (yellow); a hash of
  our own user id is green; photos of cars (check-in, damage) are green, photos of people or
  their licence / KTP (selfie, scan, avatar) are `photo`; a lockbox code is a `secret` (red);
  Midtrans virtual-account numbers (per-payment references), Midtrans signature hashes, a
  company's SIRET / VAT number, loyalty member and employee numbers are green.
- value_only is true only where the key does not say what the value is (`text`, `value`, `Body`,
  `recipient`, `description`, `pickup_instructions`, `externalIds[].id` ...) and every value of
  the path carries that PII. Free text is green when no value carries PII; every free-text PII
  path here carries it in every value.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- values ------------------------------------------------------------------------------------------

FIRST = {
    "FR": [
        "Camille",
        "Théo",
        "Inès",
        "Mamadou",
        "Léa",
        "Hugo",
        "Chloé",
        "Nathalie",
        "Karim",
        "Élodie",
        "Baptiste",
        "Aïcha",
        "Yann",
        "Manon",
        "Thi Lan",
        "Grégoire",
        "Sofiane",
        "Maëlys",
    ],
    "ID": [
        "Budi",
        "Siti",
        "Dewi",
        "Agus",
        "Rizky",
        "Putri",
        "Wayan",
        "Made",
        "Nyoman",
        "Fitri",
        "Andi",
        "Rina",
        "Hendra",
        "Yohanes",
        "Ayu",
        "Bambang",
        "Kadek",
        "Intan",
    ],
    "US": [
        "Jamal",
        "Maria",
        "Kevin",
        "Priya",
        "Minh",
        "Aaliyah",
        "Connor",
        "Sofia",
        "DeShawn",
        "Emily",
        "Jorge",
        "Mei",
        "Tyler",
        "Fatima",
        "Ethan",
        "Keisha",
        "Dakota",
        "Hyun-woo",
    ],
}
LAST = {
    "FR": [
        "Lefèvre",
        "Girard",
        "Benali",
        "Diallo",
        "Moreau",
        "Nguyen",
        "Rousseau",
        "Da Silva",
        "Fontaine",
        "Haddad",
        "Le Goff",
        "Mercier",
        "Traoré",
        "Bernard",
        "Petit",
        "Ouellet",
    ],
    "ID": [
        "Santoso",
        "Wijaya",
        "Lestari",
        "Pratama",
        "Siregar",
        "Nasution",
        "Kusuma",
        "Hidayat",
        "Saputra",
        "Simanjuntak",
        "Setiawan",
        "Gunawan",
        "Halim",
        "Tanoto",
        "Wibowo",
        "Sembiring",
    ],
    "US": [
        "Washington",
        "Hernandez",
        "O'Connor",
        "Raman",
        "Tran",
        "Johnson",
        "Kowalski",
        "Nguyen",
        "Okafor",
        "Martinez",
        "Kim",
        "Goldberg",
        "Begay",
        "Yamamoto",
        "Robinson",
        "Patel",
    ],
}
MONONYMS = ["Suharti", "Sukarni", "Mulyadi", "Sutrisno", "Wagiman", "Ponirah"]
MAIL = {
    "FR": ["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "laposte.net", "outlook.fr"],
    "ID": ["gmail.com", "yahoo.co.id", "gmail.com", "ymail.com", "outlook.co.id"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"],
}
# (city, postcode, state/region, lat, lon)
PLACES = {
    "FR": [
        ("Paris", "75011", "Île-de-France", 48.8589, 2.3800),
        ("Lyon", "69003", "Auvergne-Rhône-Alpes", 45.7600, 4.8590),
        ("Marseille", "13006", "Provence-Alpes-Côte d'Azur", 43.2890, 5.3810),
        ("Bordeaux", "33000", "Nouvelle-Aquitaine", 44.8378, -0.5792),
        ("Lille", "59000", "Hauts-de-France", 50.6292, 3.0573),
        ("Nantes", "44000", "Pays de la Loire", 47.2184, -1.5536),
        ("Montreuil", "93100", "Île-de-France", 48.8638, 2.4485),
        ("Toulouse", "31400", "Occitanie", 43.5870, 1.4560),
    ],
    "ID": [
        ("Jakarta Selatan", "12730", "DKI Jakarta", -6.2615, 106.8106),
        ("Bandung", "40135", "Jawa Barat", -6.8915, 107.6107),
        ("Surabaya", "60271", "Jawa Timur", -7.2650, 112.7500),
        ("Denpasar", "80361", "Bali", -8.6705, 115.2126),
        ("Yogyakarta", "55281", "DI Yogyakarta", -7.7829, 110.3671),
        ("Medan", "20112", "Sumatera Utara", 3.5952, 98.6722),
        ("Tangerang Selatan", "15224", "Banten", -6.2886, 106.7179),
    ],
    "US": [
        ("Austin", "78704", "TX", 30.2460, -97.7690),
        ("Los Angeles", "90026", "CA", 34.0780, -118.2600),
        ("Chicago", "60614", "IL", 41.9220, -87.6530),
        ("Miami", "33130", "FL", 25.7660, -80.2040),
        ("Seattle", "98103", "WA", 47.6690, -122.3420),
        ("Brooklyn", "11216", "NY", 40.6810, -73.9490),
        ("Denver", "80205", "CO", 39.7590, -104.9660),
        ("Atlanta", "30318", "GA", 33.7900, -84.4400),
    ],
}
STREET = {
    "FR": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "impasse des Tilleuls",
        "chemin du Moulin",
        "rue Paul Bert",
        "allée des Acacias",
    ],
    "ID": [
        "Jl. Kemang Raya",
        "Jl. Dago",
        "Jl. Raya Darmo",
        "Jl. Sunset Road",
        "Jl. Kaliurang Km 5",
        "Jl. Gatot Subroto",
        "Jl. Melati",
        "Jl. Cempaka Putih Tengah",
    ],
    "US": [
        "Oak Ave",
        "S Congress Ave",
        "W Fullerton Pkwy",
        "NE 65th St",
        "Sunset Blvd",
        "Jefferson Ave",
        "Marietta St NW",
        "Larimer St",
    ],
}
LOCALE = {"FR": ["fr-FR"], "ID": ["id-ID", "en-ID"], "US": ["en-US", "es-US"]}
TZ = {
    "FR": ["Europe/Paris"],
    "ID": ["Asia/Jakarta", "Asia/Makassar"],
    "US": ["America/Chicago", "America/Los_Angeles", "America/New_York", "America/Denver"],
}
CURRENCY = {"FR": "EUR", "ID": "IDR", "US": "USD"}
CARRIER = {
    "FR": ["Orange F", "SFR", "Bouygues Telecom", "Free"],
    "ID": ["Telkomsel", "XL Axiata", "Indosat Ooredoo", "by.U"],
    "US": ["T-Mobile", "Verizon", "AT&T"],
}
HOST = {"FR": "www.voitura.fr", "ID": "www.voitura.co.id", "US": "www.voitura.com"}
CARS = {
    "FR": [
        ("Peugeot", "208"),
        ("Renault", "Clio V"),
        ("Citroën", "C3"),
        ("Tesla", "Model 3"),
        ("Dacia", "Sandero"),
        ("Volkswagen", "Golf"),
        ("Renault", "Zoe"),
        ("Fiat", "500"),
    ],
    "ID": [
        ("Toyota", "Avanza"),
        ("Daihatsu", "Xenia"),
        ("Honda", "Brio"),
        ("Mitsubishi", "Xpander"),
        ("Toyota", "Innova Reborn"),
        ("Suzuki", "Ertiga"),
        ("Wuling", "Air ev"),
    ],
    "US": [
        ("Toyota", "Camry"),
        ("Tesla", "Model Y"),
        ("Honda", "Civic"),
        ("Jeep", "Wrangler"),
        ("Ford", "F-150"),
        ("Chevrolet", "Bolt EV"),
        ("Subaru", "Outback"),
        ("Kia", "Soul"),
    ],
}
WMI = {
    "FR": ["VF3", "VF1", "VF7", "5YJ", "WVW"],
    "ID": ["MHK", "MHF", "MHR", "MMB"],
    "US": ["1HG", "5YJ", "4T1", "1C4", "1FT", "4S4"],
}
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUE = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])
)
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ"


class CarFake(Fake):
    """Fake with a market (`cc`) chosen per message so the values of one event agree."""

    cc = "FR"

    def by(self, **choices):
        value = choices[self.cc]
        return value(self) if callable(value) else value

    def first(self):
        return self.pick(FIRST[self.cc])

    def last(self):
        return self.pick(LAST[self.cc])

    def full_name(self):
        if self.cc == "ID" and self.r.random() < 0.2:
            return self.pick(MONONYMS)
        return f"{self.first()} {self.last()}"

    def email(self):
        first = self.first().lower()
        last = self.last().lower()
        for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ï", "i"), ("'", ""), (" ", ""), ("-", "")):
            first, last = first.replace(a, b), last.replace(a, b)
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(70, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{local}@{self.pick(MAIL[self.cc])}"

    def phone(self, style=None):
        r = self.r
        if self.cc == "FR":
            d = [r.randint(10, 99) for _ in range(4)]
            mob = self.pick(["6", "7"])
            return self.pick(
                [
                    f"+33 {mob} {d[0]} {d[1]} {d[2]} {d[3]}",
                    f"0{mob} {d[0]} {d[1]} {d[2]} {d[3]}",
                    f"+33{mob}{d[0]}{d[1]}{d[2]}{d[3]}",
                    f"0{mob}.{d[0]}.{d[1]}.{d[2]}.{d[3]}",
                ]
            )
        if self.cc == "ID":
            pre = self.pick(["812", "813", "821", "852", "857", "878", "896", "838"])
            a, b = r.randint(1000, 9999), r.randint(100, 9999)
            return self.pick([f"+62 {pre}-{a}-{b}", f"0{pre} {a} {b}", f"+62{pre}{a}{b}", f"0{pre}-{a}-{b}"])
        return super().phone(self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))

    home = PLACES["FR"][0]

    def place(self):
        """The message's place: the city, postcode and region of one event agree."""
        return self.home

    def city(self):
        return self.place()[0]

    def zip(self):
        return self.place()[1]

    def street(self):
        n = self.r.randint(1, 220)
        if self.cc == "FR":
            return f"{n}{self.pick(['', '', ' bis'])} {self.pick(STREET['FR'])}"
        if self.cc == "ID":
            return f"{self.pick(STREET['ID'])} No. {n}"
        return f"{self.r.randint(100, 9999)} {self.pick(STREET['US'])}"

    def line2(self):
        return self.by(
            FR=lambda f: f.pick(["Bât. B", "3e étage, porte gauche", "Résidence Les Pins", "Appt 12"]),
            ID=lambda f: f"RT {f.r.randint(1, 12):03d}/RW {f.r.randint(1, 9):03d}",
            US=lambda f: f.pick(["Apt 4B", "Unit 210", "#1203", "Apt 2"]),
        )

    def full_address(self):
        city, postcode, region, _, _ = self.place()
        if self.cc == "FR":
            return f"{self.street()}, {postcode} {city}"
        if self.cc == "ID":
            return f"{self.street()}, {city}, {region} {postcode}"
        return f"{self.street()}, {city}, {region} {postcode}"

    def near(self, spread=0.05):
        _, _, _, lat, lon = self.place()
        return round(lat + self.r.uniform(-spread, spread), 6), round(
            lon + self.r.uniform(-spread, spread), 6
        )

    def lat(self):
        return self.near()[0]

    def lon(self):
        return self.near()[1]

    def dob(self):
        return self.date(1962, 2003)

    def dob_local(self):
        y, m, d = self.dob().split("-")
        return self.by(FR=f"{d}/{m}/{y}", ID=f"{d}-{m}-{y}", US=f"{m}/{d}/{y}")

    def plate(self):
        L = PLATE_LETTERS
        r = self.r
        if self.cc == "FR":
            return f"{self.pick(L)}{self.pick(L)}-{r.randint(100, 999)}-{self.pick(L)}{self.pick(L)}"
        if self.cc == "ID":
            region = self.pick(["B", "D", "L", "AB", "DK", "BK", "F"])
            suffix = "".join(self.pick(L) for _ in range(r.randint(1, 3)))
            return f"{region} {r.randint(1, 9999)} {suffix}"
        return self.pick(
            [
                f"{r.randint(7, 9)}{self.pick(L)}{self.pick(L)}{self.pick(L)}{r.randint(100, 999)}",
                f"{self.pick(L)}{self.pick(L)}{self.pick(L)}-{r.randint(1000, 9999)}",
                f"{self.pick(L)}{self.pick(L)}{self.pick(L)}{r.randint(1000, 9999)}",
            ]
        )

    def vin(self):
        chars = list(
            self.pick(WMI[self.cc])
            + "".join(self.pick(VIN_CHARS) for _ in range(5))
            + "0"
            + self.pick("LMNPRS")
            + self.pick(VIN_CHARS[:23])
            + f"{self.r.randint(0, 999999):06d}"
        )
        total = sum((int(c) if c.isdigit() else VIN_VALUE[c]) * w for c, w in zip(chars, VIN_WEIGHTS))
        chars[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(chars)

    def engine_no(self):
        return self.pick(["1NR", "2NR", "K15B", "L15Z", "4A91"]) + self.pick(["-", "", " "]) + self.digits(7)

    def licence_no(self):
        r = self.r
        if self.cc == "FR":
            return self.pick(
                [
                    f"{r.randint(10, 23)}{self.pick(PLATE_LETTERS)}{self.pick(PLATE_LETTERS)}"
                    f"{r.randint(0, 99999):05d}",
                    self.digits(12),
                ]
            )
        if self.cc == "ID":
            return f"{self.digits(4)}-{r.randint(0, 9999):04d}-{r.randint(0, 999999):06d}"
        return self.pick(
            [
                self.pick(PLATE_LETTERS) + self.digits(7),
                self.digits(8),
                f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                f"{self.pick(PLATE_LETTERS)}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-"
                f"{self.digits(3)}-0",
            ]
        )

    def passport_no(self):
        return self.by(
            FR=lambda f: f"{f.r.randint(10, 24)}{f.pick(PLATE_LETTERS)}{f.pick(PLATE_LETTERS)}{f.digits(5)}",
            ID=lambda f: f.pick(["X", "E", "C"]) + f.digits(7),
            US=lambda f: f.pick(["5", "6", "A"]) + f.digits(8),
        )

    def nir(self):
        sex = self.pick(["1", "2"])
        y, m = self.r.randint(62, 99), self.r.randint(1, 12)
        dept = self.pick(["75", "69", "13", "59", "33", "93", "99"])
        body = f"{sex}{y:02d}{m:02d}{dept}{self.r.randint(1, 990):03d}{self.r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        plain = f"{body}{key:02d}"
        if self.r.random() < 0.5:
            return plain
        return " ".join([plain[0], plain[1:3], plain[3:5], plain[5:7], plain[7:10], plain[10:13], plain[13:]])

    def nik(self):
        region = self.pick(["317404", "327301", "357805", "510305", "347104", "127101", "367403"])
        day = self.r.randint(1, 28) + self.pick([0, 40])
        return (
            f"{region}{day:02d}{self.r.randint(1, 12):02d}{self.r.randint(62, 99):02d}"
            f"{self.r.randint(1, 999):04d}"
        )

    def npwp(self):
        d = self.digits(15)
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"

    def routing(self):
        while True:
            base = self.pick(["0210", "0260", "1210", "3222", "1110", "0711", "0631", "3250"]) + self.digits(
                4
            )
            d = [int(c) for c in base]
            for check in range(10):
                n = [*d, check]
                s = 3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])
                if s % 10 == 0:
                    return base + str(check)

    def bank_account(self):
        return self.by(
            FR=lambda f: f.iban("FR"),
            ID=lambda f: f.pick(
                [
                    f.digits(10),
                    f.digits(13),
                    f"{f.digits(4)}-{f.digits(2)}-{f.digits(6)}-{f.digits(2)}-{f.digits(1)}",
                ]
            ),
            US=lambda f: f.digits(f.r.randint(8, 12)),
        )

    def money_local(self, lo=20, hi=400):
        if self.cc == "ID":
            return self.r.randint(lo * 10, hi * 10) * 1000
        return self.money(lo, hi)

    def ref(self):
        return "VTR-" + "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def bid(self):
        return "bk_" + self.hexid(16)

    def lid(self):
        return self.r.randint(100000, 2999999)

    def uid(self):
        return f"{self.r.randint(1000000, 9999999)}"

    def photo_url(self, kind):
        return f"https://media.voitura.com/{kind}/{self.uuid()}.jpg"

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"


# -- free text ----------------------------------------------------------------------------------------


def pickup_instructions(f: CarFake) -> str:
    p = f.phone()
    return f.by(
        FR=lambda f: f.pick(
            [
                f"La voiture est garée devant la boulangerie, appelez-moi au {p} en arrivant.",
                f"Clés dans la boîte à clés sur le portail. En cas de souci : {p}",
                f"Parking souterrain niveau -2, place 114. Mon numéro {p}",
            ]
        ),
        ID=lambda f: f.pick(
            [
                f"Mobil di parkiran basement P2, WA saya di {p} kalau sudah sampai.",
                f"Ambil kunci di pos satpam, hubungi {p} ya.",
                f"Telepon {p} 15 menit sebelum datang, nanti saya antar kuncinya.",
            ]
        ),
        US=lambda f: f.pick(
            [
                f"Car is parked in the driveway, text me at {p} when you're here.",
                f"Lockbox is on the side gate. Any issues call {p}.",
                f"Garage spot #14, ping me on {p} and I'll open the door.",
            ]
        ),
    )


def ticket_description(f: CarFake) -> str:
    p, e, r = f.phone(), f.email(), f.ref()
    return f.by(
        FR=lambda f: f.pick(
            [
                f"Bonjour, toujours pas de caution rendue pour la réservation {r}. Joignable au {p}.",
                f"Le propriétaire ne s'est pas présenté. Merci de me rappeler au {p}.",
                f"J'ai changé d'adresse mail, merci d'utiliser {e} désormais.",
            ]
        ),
        ID=lambda f: f.pick(
            [
                f"Halo, saya belum menerima pencairan dana bulan ini. Email saya {e}.",
                f"Mobil mogok di tol, tolong hubungi saya di {p} secepatnya.",
                f"Pemesanan {r} dibatalkan tapi saldo belum kembali. WA {p}",
            ]
        ),
        US=lambda f: f.pick(
            [
                f"Hi, the owner never showed up for {r}. Please call me back at {p}.",
                f"I was charged a toll I didn't drive through. You can reach me at {e}.",
                f"Please update my email to {e}, I no longer use the old one.",
            ]
        ),
    )


def chat_text(f: CarFake) -> str:
    p, e = f.phone(), f.email()
    return f.by(
        FR=lambda f: f.pick(
            [
                f"appelle moi au {p} c'est plus simple",
                f"envoie moi les photos sur {e}",
                f"mon 06 au cas où : {p}",
            ]
        ),
        ID=lambda f: f.pick([f"WA aja ya {p}", f"chat di WA {p} kak", f"kirim ke email {e} ya"]),
        US=lambda f: f.pick(
            [f"just text me {p}", f"my email is {e} if that's easier", f"call {p} when close"]
        ),
    )


def sms_body(f: CarFake) -> str:
    code = f.otp()
    return f.by(
        FR=f"Votre code Voitura : {code}. Il expire dans 10 minutes.",
        ID=f"Kode verifikasi Voitura Anda: {code}. Jangan berikan kode ini kepada siapa pun.",
        US=f"Your Voitura verification code is {code}",
    )


def damage_text(f: CarFake) -> str:
    return f.by(
        FR=lambda f: f.pick(
            [
                "Rayure sur le pare-chocs arrière",
                "Jante avant droite frottée",
                "Impact sur le pare-brise côté passager",
                "Rétroviseur gauche cassé",
            ]
        ),
        ID=lambda f: f.pick(["Penyok kecil di pintu kiri", "Baret di bemper belakang", "Kaca spion retak"]),
        US=lambda f: f.pick(
            [
                "Scratch on the rear bumper, about 4 inches",
                "Cracked windshield from a rock chip",
                "Curb rash on front right wheel",
                "Dent in driver door",
            ]
        ),
    )


def review_text(f: CarFake) -> str:
    return f.by(
        FR=lambda f: f.pick(
            [
                "Voiture propre et très pratique, je recommande !",
                "Un peu de retard à la remise des clés mais rien de grave.",
                "Parfait pour un week-end à la mer.",
            ]
        ),
        ID=lambda f: f.pick(
            [
                "Mobilnya bersih dan nyaman.",
                "Pemilik ramah, serah terima cepat.",
                "AC agak kurang dingin tapi oke.",
            ]
        ),
        US=lambda f: f.pick(
            [
                "Great car, smooth pickup.",
                "Would rent again",
                "Clean, fuel efficient, perfect for the road trip.",
                "A bit of a smell but drove fine.",
            ]
        ),
    )


def owner_message(f: CarFake) -> str:
    return f.by(
        FR=lambda f: f.pick(
            [
                "Bonjour, la voiture est-elle disponible pour un week-end à Annecy ?",
                "Bonjour, peut-on récupérer la voiture à 8h ?",
                "Nous partons à 4 avec des valises.",
            ]
        ),
        ID=lambda f: f.pick(
            [
                "Halo, apakah mobilnya bisa diantar ke bandara?",
                "Bisa lepas kunci ke Bandung?",
                "Untuk acara keluarga 3 hari.",
            ]
        ),
        US=lambda f: f.pick(
            [
                "Hi! Planning a trip to Big Sur, is the car OK on mountain roads?",
                "Hello, do you allow dogs? We have a small one.",
                "Need it for moving a couch.",
            ]
        ),
    )


# -- contexts ------------------------------------------------------------------------------------------


def campaign():
    return {
        "name": G(lambda f: f.pick(["summer_roadtrip", "weekend_getaway", "mudik_2024", "host_acquisition"])),
        "source": G(lambda f: f.pick(["google", "facebook", "tiktok", "newsletter"])),
        "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
        "term": G(
            lambda f: f.by(
                FR=lambda f: f.pick(["location voiture entre particuliers", "louer utilitaire"]),
                ID=lambda f: f.pick(["sewa mobil lepas kunci", "rental mobil bali"]),
                US=lambda f: f.pick(["car rental near me", "rent a tesla"]),
            )
        ),
        "content": G(lambda f: f.pick(["carousel_a", "video_15s", "hero_banner"])),
    }


def web_context(f: CarFake, page: str):
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.facebook.com/",
                        "https://" + HOST[f.cc] + "/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=app_banner"])),
            "title": G(
                lambda f: f.by(
                    FR="Voitura | Location de voitures entre particuliers",
                    ID="Voitura | Sewa Mobil Lepas Kunci",
                    US="Voitura | Rent cars from locals",
                )
            ),
            "url": G(lambda f: "https://" + HOST[f.cc] + page),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0",
                    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/124.0.6367.82 Mobile Safari/537.36",
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["campaign"] = campaign()
    return ctx


def mobile_traits():
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "phone": Y(lambda f: f.phone(), "phone"),
        "driverStatus": G(lambda f: f.pick(["pending", "approved", "rejected", "suspended"])),
        "licenseVerified": G(lambda f: f.pick([True, False])),
    }


def mobile_context(f: CarFake, lib: str):
    platform = (
        "ios"
        if lib == "analytics-swift"
        else ("android" if lib == "analytics-kotlin" else f.pick(["ios", "android"]))
    )
    versions = {
        "analytics-swift": "1.5.11",
        "analytics-kotlin": "1.16.3",
        "@segment/analytics-react-native": "2.20.3",
        "analytics_flutter": "1.1.6",
    }
    ios = platform == "ios"
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Voitura"),
            "version": G(lambda f: f.pick(["7.14.0", "7.15.2", "7.16.0"])),
            "build": G(lambda f: f.pick(["71400", "71502", "71600"])),
            "namespace": G(lambda f: "com.voitura.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if ios else f.hexid(16)),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(["samsung", "Google", "Xiaomi", "OPPO"])),
            "model": G(
                lambda f: (
                    f.pick(["iPhone15,3", "iPhone14,7", "iPhone16,1"])
                    if ios
                    else f.pick(["SM-A546E", "Pixel 8", "2201117TY", "CPH2483"])
                )
            ),
            "name": G(lambda f: "iPhone" if ios else f.pick(["a54x", "shiba", "spes", "OP5961L1"])),
            "type": G(lambda f: platform),
        },
        "library": {"name": G(lambda f: lib), "version": G(lambda f: versions[lib])},
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(
                lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]) if ios else f.pick(["14", "13", "12"])
            ),
        },
        "screen": {"width": G(lambda f: 393 if ios else 1080), "height": G(lambda f: 852 if ios else 2340)},
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
    }
    if not ios:
        ctx["network"]["carrier"] = G(lambda f: f.pick(CARRIER[f.cc]))
        ctx["screen"]["density"] = G(lambda f: f.pick([2.625, 3.0, 2.75]))
        ctx["userAgent"] = G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                ]
            )
        )
    if f.r.random() < 0.5:
        ctx["device"]["adTrackingEnabled"] = G(lambda f: f.pick([True, False]))
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper() if ios else f.uuid(), "advertising id")
    if ios and f.r.random() < 0.5:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.7:
        ctx["traits"] = mobile_traits()
    return ctx


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "@segment/analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "Analytics.CSharp": "2.4.0",
}


def server_context(f: CarFake, lib: str):
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}
    }
    if lib in ("@segment/analytics-node", "analytics-ruby", "analytics-php") and f.r.random() < 0.6:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["userAgent"] = G(
            lambda f: f.pick(
                [
                    "Voitura/7.15.2 (iPhone; iOS 17.5; Scale/3.00)",
                    "okhttp/4.12.0",
                    "Voitura/7.14.0 (Android 14)",
                ]
            )
        )
    if lib == "@segment/analytics-node" and f.r.random() < 0.5:
        ctx["traits"] = {"email": Y(lambda f: f.email(), "email")}
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib in ("analytics-java", "Analytics.CSharp") and f.r.random() < 0.5:
        ctx["groupId"] = G(lambda f: "org_" + f.digits(5))
    return ctx


MOBILE = ["analytics-swift", "analytics-kotlin", "@segment/analytics-react-native", "analytics_flutter"]


def context_for(f: CarFake, client: str, page: str):
    if client == "web":
        return web_context(f, page)
    if client == "mobile":
        return mobile_context(f, f.pick(MOBILE))
    if client in MOBILE:
        return mobile_context(f, client)
    return server_context(f, client)


# -- events ------------------------------------------------------------------------------------------

ALL = ["FR", "ID", "US"]


def product():
    return {
        "product_id": G(lambda f: str(f.lid())),
        "sku": G(
            lambda f: (
                f"{f.cc}-{f.pick(['PAR', 'LYS', 'JKT', 'DPS', 'AUS', 'LAX'])}-{f.r.randint(10000, 99999)}"
            )
        ),
        "name": G(lambda f: " ".join(f.pick(CARS[f.cc])) + f" {f.r.randint(2014, 2024)}"),
        "brand": G(lambda f: f.pick(CARS[f.cc])[0]),
        "category": G(lambda f: f.pick(["citadine", "SUV", "utilitaire", "MPV", "sedan", "electric"])),
        "variant": G(lambda f: f.pick(["Basic protection", "Standard protection", "Premium protection"])),
        "price": G(lambda f: f.money_local(25, 180)),
        "quantity": G(lambda f: f.r.randint(1, 9)),
        "url": G(lambda f: f"https://{HOST[f.cc]}/car/{f.lid()}"),
        "image_url": G(lambda f: f.photo_url("cars")),
    }


def dob_parts():
    return {
        "day": Y(lambda f: f.r.randint(1, 28), "birthdate"),
        "month": Y(lambda f: f.r.randint(1, 12), "birthdate"),
        "year": Y(lambda f: f.r.randint(1962, 2003), "birthdate"),
    }


EVENTS: list[tuple[str, str | None, list[str], list[str], int, dict]] = [
    # kind, event / name, clients, markets, weight, body
    # -- sign-up and licence checks -------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "mobile"],
        ALL,
        3,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "avatar": Y(lambda f: f.photo_url("avatars"), "photo"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "createdAt": G(lambda f: f.iso()),
            "signupMethod": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "referralCode": G(lambda f: f.ref()),
            "driverStatus": G(lambda f: f.pick(["pending", "approved", "rejected"])),
            "totalTrips": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "identify",
        None,
        ["analytics-python"],
        ALL,
        2,
        {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "license_number": Y(lambda f: f.licence_no(), "license"),
            "license_country": G(lambda f: f.cc),
            "license_issued_at": G(lambda f: f.date(1985, 2023)),
            "license_expires_at": G(lambda f: f.date(2025, 2039)),
            "license_category": G(lambda f: f.pick(["B", "A", "C", "BE"])),
            "years_licensed": G(lambda f: f.r.randint(2, 40)),
            "age": G(lambda f: f.r.randint(21, 75)),
            "is_young_driver": G(lambda f: f.pick([True, False])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "home_city": Y(lambda f: f.city(), "city"),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
        },
    ),
    (
        "track",
        "Driver License Submitted",
        ["mobile"],
        ALL,
        2,
        {
            "license_country": G(lambda f: f.cc),
            "license_number": Y(lambda f: f.licence_no(), "license"),
            "license_class": G(lambda f: f.pick(["B", "A", "C", "SIM A", "SIM B1"])),
            "issue_date": G(lambda f: f.date(1985, 2023)),
            "expiry_date": G(lambda f: f.date(2025, 2039)),
            "front_image_url": Y(lambda f: f.photo_url("licences"), "photo"),
            "back_image_url": Y(lambda f: f.photo_url("licences"), "photo"),
            "selfie_url": Y(lambda f: f.photo_url("selfies"), "photo"),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "verification_provider": G(lambda f: f.pick(["stripe_identity", "onfido", "veriff"])),
            "doc_scan_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["@segment/analytics-node"],
        ["FR", "US"],
        2,
        {
            "verification_session_id": G(lambda f: "vs_" + f.hexid(24)),
            "status": G(lambda f: f.pick(["verified", "requires_input", "processing"])),
            "type": G(lambda f: "document"),
            "document": {
                "type": G(lambda f: f.pick(["driving_license", "passport", "id_card"])),
                "issuing_country": G(lambda f: f.cc),
                "number": RED(
                    lambda f: f.pick([f.licence_no(), f.passport_no()]), "passport|national id|license"
                ),
                "expiration_date": G(lambda f: f.date(2025, 2035)),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "dob": dob_parts(),
            },
            "selfie": {
                "document_match": G(lambda f: f.pick([True, False])),
            },
            "last_error_code": G(lambda f: f.pick([None, "document_expired", "selfie_face_mismatch"])),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ["analytics-python"],
        ["US"],
        2,
        {
            "provider": G(lambda f: "checkr"),
            "report_id": G(lambda f: f.hexid(24)),
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": Y(lambda f: f.first(), "name"),
                "middle_name": Y(lambda f: f.pick(["Lee", "Marie", "Ann", "James", "Ray"]), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "zipcode": Y(lambda f: f.zip(), "zipcode"),
                "driver_license_number": Y(lambda f: f.licence_no(), "license"),
                "driver_license_state": G(lambda f: f.place()[2]),
            },
            "package": G(lambda f: f.pick(["driver_pro", "motor_vehicle_report"])),
            "status": G(lambda f: f.pick(["clear", "consider", "suspended"])),
            "adjudication": G(lambda f: f.pick([None, "engaged", "post_adverse_action"])),
            "mvr_violations_count": G(lambda f: f.r.randint(0, 3)),
            "completed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Deposit Waiver Checked",
        ["analytics-java"],
        ["US"],
        1,
        {
            "check_id": G(lambda f: f.uuid()),
            "bureau": G(lambda f: f.pick(["experian", "transunion"])),
            "credit_score": Y(lambda f: f.r.randint(520, 840), "credit score"),
            "monthly_income": Y(lambda f: f.r.randint(25, 150) * 100, "salary"),
            "employment_status": G(lambda f: f.pick(["employed", "self_employed", "student", "retired"])),
            "employer": G(
                lambda f: f.pick(["Amazon", "Kaiser Permanente", "H-E-B", "Delta Air Lines", "Self"])
            ),
            "job_title": G(
                lambda f: f.pick(["Nurse", "Software Engineer", "Teacher", "Warehouse Associate"])
            ),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "deposit_amount": G(lambda f: f.pick([250, 500, 750])),
            "waiver_eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verifikasi KTP Dikirim",
        ["analytics-php"],
        ["ID"],
        2,
        {
            "nik": RED(lambda f: f.nik(), "national id"),
            "nama_lengkap": Y(lambda f: f.full_name().upper(), "name"),
            "tempat_lahir": Y(lambda f: f.city().upper(), "city"),
            "tanggal_lahir": Y(lambda f: f.dob_local(), "birthdate"),
            "jenis_kelamin": Y(lambda f: f.pick(["LAKI-LAKI", "PEREMPUAN"]), "gender"),
            "golongan_darah": Y(lambda f: f.pick(["A", "B", "AB", "O", "-"]), "condition"),
            "alamat": Y(lambda f: f.street().upper(), "address|street"),
            "rt_rw": Y(lambda f: f"{f.r.randint(1, 15):03d}/{f.r.randint(1, 12):03d}", "address"),
            "kelurahan": Y(
                lambda f: f.pick(["BANGKA", "CIPETE UTARA", "DAGO", "DR. SOETOMO", "KEROBOKAN"]),
                "address|city",
            ),
            "kecamatan": Y(
                lambda f: f.pick(
                    ["MAMPANG PRAPATAN", "KEBAYORAN BARU", "COBLONG", "TEGALSARI", "KUTA UTARA"]
                ),
                "address|city",
            ),
            "provinsi": G(lambda f: f.place()[2].upper()),
            "agama": Y(lambda f: f.pick(["ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA"]), "religion"),
            "status_perkawinan": G(lambda f: f.pick(["BELUM KAWIN", "KAWIN", "CERAI HIDUP"])),
            "pekerjaan": G(lambda f: f.pick(["KARYAWAN SWASTA", "WIRASWASTA", "PELAJAR/MAHASISWA"])),
            "kewarganegaraan": Y(lambda f: f.pick(["WNI", "WNI", "WNA"]), "citizenship"),
            "foto_ktp_url": Y(lambda f: f.photo_url("ktp"), "photo"),
            "skor_kecocokan_wajah": G(lambda f: round(f.r.uniform(0.5, 0.99), 2)),
            "status_verifikasi": G(lambda f: f.pick(["berhasil", "gagal", "ditinjau"])),
        },
    ),
    (
        "identify",
        None,
        ["Analytics.CSharp"],
        ["US"],
        2,
        {
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "Email": Y(lambda f: f.email(), "email"),
            "MobilePhone": Y(lambda f: f.phone(), "phone"),
            "HomeZip": Y(lambda f: f.zip(), "zipcode"),
            "DriversLicenseState": G(lambda f: f.place()[2]),
            "DriverStatus": G(lambda f: f.pick(["Approved", "Pending", "Declined"])),
            "CreatedUtc": G(lambda f: f.iso()),
            "IsOwner": G(lambda f: f.pick([True, False])),
            "MarketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["analytics-python"],
        ALL,
        2,
        {
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_E164": Y(lambda f: f.phone().replace(" ", "").replace("-", ""), "phone"),
            "CITY": Y(lambda f: f.city(), "city"),
            "ZIP_CODE": Y(lambda f: f.zip(), "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "LIFETIME_TRIPS": G(lambda f: f.r.randint(0, 120)),
            "LIFETIME_GMV_EUR": G(lambda f: f.money(0, 9000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.uniform(0, 1), 4)),
            "IS_SUPERHOST": G(lambda f: f.pick([True, False])),
            "PREFERRED_MARKET": G(
                lambda f: f.pick(["paris", "lyon", "jakarta", "bali", "austin", "los_angeles"])
            ),
            "LOYALTY_TIER": G(lambda f: f.pick(["BRONZE", "SILVER", "GOLD"])),
            "ACQUISITION_CHANNEL": G(lambda f: f.pick(["PAID_SEARCH", "ORGANIC", "REFERRAL", "PAID_SOCIAL"])),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web"],
        ALL,
        2,
        {
            "email": Y(lambda f: f.email(), "email"),
            "signup_method": G(lambda f: f.pick(["email", "google", "apple"])),
            "user_type": G(lambda f: f.pick(["renter", "owner"])),
            "referral_code": G(lambda f: f.pick(["", f.ref()])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(60)
                    )
                    + "BwE"
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(56)
                    )
                ),
                "advertising id",
            ),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "tiktok"])),
            "accepted_terms": G(lambda f: True),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "country": G(lambda f: f.cc),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        ALL,
        1,
        {
            "form_id": G(lambda f: "signup-form"),
            "form_name": G(lambda f: f.pick(["Sign up", "Host your car"])),
            "fields": {
                "email": Y(lambda f: f.email(), "email"),
                "password": RED(
                    lambda f: f.pick(["Soleil2024!", "bandung123", "P@ssw0rd!!", "tesla4ever", "Mxq7#kz92L"]),
                    "password",
                ),
                "first_name": Y(lambda f: f.first(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "terms": G(lambda f: "on"),
            },
            "duration_ms": G(lambda f: f.r.randint(8000, 240000)),
        },
    ),
    (
        "track",
        "Form Field Changed",
        ["web"],
        ALL,
        2,
        {
            "form_id": G(lambda f: "signup-form"),
            "field": G(lambda f: f.pick(["email", "phone", "first_name", "last_name"])),
            "input": Y(
                lambda f: f.pick([f.email(), f.phone(), f.first(), f.last()]), "email|phone|name", True
            ),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Phone Verification Started",
        ["mobile"],
        ALL,
        2,
        {
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "country_code": G(lambda f: f.by(FR="+33", ID="+62", US="+1")),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "otp_length": G(lambda f: 6),
        },
    ),
    (
        "track",
        "Login Link Sent",
        ["analytics-python"],
        ALL,
        1,
        {
            "recipient": Y(lambda f: f.email(), "email", True),
            "link_token": RED(lambda f: f.hexid(40), "token"),
            "expires_in": G(lambda f: 900),
            "redirect_path": G(lambda f: f.pick(["/account", "/trips", "/host/dashboard"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web"],
        ALL,
        1,
        {
            "email": Y(lambda f: f.email(), "email"),
            "captcha_score": G(lambda f: round(f.r.uniform(0.1, 0.9), 1)),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["analytics-go"],
        ALL,
        2,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.phone().replace(" ", "").replace("-", "").replace(".", ""), "phone"),
            "From": G(lambda f: f.by(FR="+33757920144", ID="+6281299990144", US="+15125550144")),
            "Body": RED(sms_body, "token|secret", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "ErrorCode": G(lambda f: f.pick([None, "30003", "30005"])),
        },
    ),
    (
        "track",
        "Email Event",
        ["analytics-python"],
        ALL,
        2,
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@voitura.com>"),
            "category": Many(
                G(lambda f: f.pick(["booking_confirmation", "payout", "receipt", "marketing"])), 2
            ),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                        "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 "
                        "(via ggpht.com GoogleImageProxy)",
                    ]
                )
            ),
            "url": G(lambda f: f"https://{HOST[f.cc]}/trips?utm_source=email"),
            "reply_to": G(lambda f: f.pick(["no-reply@voitura.com", "support@voitura.com"])),
        },
    ),
    # -- listings and search --------------------------------------------------------------------
    (
        "track",
        "Listing Created",
        ["web", "mobile"],
        ALL,
        2,
        {
            "listing_id": G(lambda f: f.lid()),
            "make": G(lambda f: f.pick(CARS[f.cc])[0]),
            "model": G(lambda f: f.pick(CARS[f.cc])[1]),
            "year": G(lambda f: f.r.randint(2010, 2024)),
            "fuel_type": G(lambda f: f.pick(["petrol", "diesel", "electric", "hybrid"])),
            "transmission": G(lambda f: f.pick(["manual", "automatic"])),
            "seats": G(lambda f: f.pick([4, 5, 7])),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "mileage_km": G(lambda f: f.r.randint(5000, 220000)),
            "daily_price": G(lambda f: f.money_local(25, 150)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "instant_book": G(lambda f: f.pick([True, False])),
            "pickup_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(lambda f: f.line2(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "pickup_location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "features": Many(
                G(
                    lambda f: f.pick(
                        [
                            "bluetooth",
                            "child_seat",
                            "ski_rack",
                            "apple_carplay",
                            "gps",
                            "hand_controls",
                            "pet_friendly",
                        ]
                    )
                ),
                4,
            ),
            "car_nickname": G(
                lambda f: f.pick(["Titine", "Si Merah", "Big Blue", "La Petite", "Kodok", "Bessie"])
            ),
        },
    ),
    (
        "track",
        "Kendaraan Didaftarkan",
        ["analytics-php"],
        ["ID"],
        2,
        {
            "id_kendaraan": G(lambda f: f.lid()),
            "merek": G(lambda f: f.pick(CARS["ID"])[0]),
            "model": G(lambda f: f.pick(CARS["ID"])[1]),
            "tahun": G(lambda f: f.r.randint(2012, 2024)),
            "warna": G(lambda f: f.pick(["Hitam", "Putih", "Silver", "Merah"])),
            "nomor_polisi": Y(lambda f: f.plate(), "license"),
            "nomor_rangka": Y(lambda f: f.vin(), "serial"),
            "nomor_mesin": Y(lambda f: f.engine_no(), "serial"),
            "masa_berlaku_stnk": G(lambda f: f.date(2025, 2029)),
            "kapasitas_penumpang": G(lambda f: f.pick([5, 7, 8])),
            "transmisi": G(lambda f: f.pick(["Manual", "Otomatis"])),
            "alamat_penjemputan": Y(lambda f: f.full_address(), "address"),
            "kota": Y(lambda f: f.city(), "city"),
            "harga_per_hari": G(lambda f: f.money_local(25, 90)),
            "dengan_sopir": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Listing Viewed",
        ["web", "mobile"],
        ALL,
        4,
        {
            "listing_id": G(lambda f: f.lid()),
            "make": G(lambda f: f.pick(CARS[f.cc])[0]),
            "model": G(lambda f: f.pick(CARS[f.cc])[1]),
            "year": G(lambda f: f.r.randint(2010, 2024)),
            "price_per_day": G(lambda f: f.money_local(25, 150)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "distance_km": G(lambda f: round(f.r.uniform(0.2, 25), 1)),
            "rating": G(lambda f: round(f.r.uniform(4.0, 5.0), 2)),
            "reviews_count": G(lambda f: f.r.randint(0, 300)),
            "owner_id": G(lambda f: f.uid()),
            "owner_first_name": Y(lambda f: f.first(), "name"),
        },
    ),
    (
        "track",
        "Cars Searched",
        ["web", "mobile"],
        ALL,
        4,
        {
            "query": G(
                lambda f: f.pick(
                    ["Tesla Model 3", "7 places", "utilitaire", "mobil matic", "convertible", ""]
                )
            ),
            "location_query": G(
                lambda f: f.by(
                    FR=lambda f: f.pick(["Gare de Lyon", "Aéroport de Nice", "Lyon Part-Dieu"]),
                    ID=lambda f: f.pick(["Bandara Ngurah Rai", "Stasiun Gambir", "Ubud"]),
                    US=lambda f: f.pick(["LAX", "Downtown Austin", "O'Hare Airport"]),
                )
            ),
            "city": G(lambda f: f.city()),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "end_date": G(lambda f: f.date(2024, 2025)),
            "filters": {
                "instant_book": G(lambda f: f.pick([True, False])),
                "transmission": G(lambda f: f.pick(["any", "automatic", "manual"])),
                "max_price": G(lambda f: f.money_local(40, 200)),
            },
            "results_count": G(lambda f: f.r.randint(0, 400)),
            "sort": G(lambda f: f.pick(["relevance", "price_asc", "distance"])),
        },
    ),
    (
        "track",
        "Filter Applied",
        ["web", "mobile"],
        ALL,
        2,
        {
            "filter": G(lambda f: f.pick(["price", "seats", "transmission", "make"])),
            "value": G(lambda f: f.pick(["4", "50-100", "automatic", "Toyota", "Peugeot"])),
            "label": G(lambda f: f.pick(["Price", "Seats", "Gearbox", "Brand"])),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "mobile"],
        ALL,
        3,
        {
            "list_id": G(lambda f: f.pick(["search_results", "nearby", "airport_delivery", "weekend_deals"])),
            "category": G(lambda f: f.pick(["all", "electric", "suv", "van"])),
            "products": Many(product(), 4),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web"],
        ALL,
        1,
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "caution remboursement",
                        "how to cancel a trip",
                        "cara mencairkan dana",
                        "toll charges",
                        "amende",
                        "asuransi",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    # -- bookings --------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web", "mobile"],
        ALL,
        3,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.bid()),
            "value": G(lambda f: f.money_local(40, 900)),
            "revenue": G(lambda f: f.money_local(40, 900)),
            "tax": G(lambda f: f.money_local(1, 90)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "coupon": G(lambda f: f.pick(["", "WELCOME15", "ROADTRIP", "MUDIK24"])),
            "products": Many(product(), 1),
            "start_at": G(lambda f: f.iso()),
            "end_at": G(lambda f: f.iso()),
            "protection_plan": G(lambda f: f.pick(["basic", "standard", "premium"])),
            "extra_driver": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        ALL,
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.bid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "gopay", "ovo"])),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "cartes_bancaires"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["497010", "513691", "424242", "371449", "455673"])),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "billing_postal_code": Y(lambda f: f.zip(), "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["@segment/analytics-node"],
        ALL,
        3,
        {
            "order_id": G(lambda f: f.bid()),
            "booking_reference": G(lambda f: f.ref()),
            "total": G(lambda f: f.money_local(40, 900)),
            "subtotal": G(lambda f: f.money_local(40, 800)),
            "deposit_amount": G(lambda f: f.pick([250, 500, 1000])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "coupon": G(lambda f: f.pick(["", "WELCOME15", "ROADTRIP"])),
            "payment_intent_id": G(lambda f: "pi_" + f.hexid(24)),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "market": G(lambda f: f.pick(["paris", "lyon", "jakarta", "bali", "austin", "los_angeles"])),
            "products": Many(product(), 1),
            "renter": {
                "id": G(lambda f: f.uid()),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "pickup_at": G(lambda f: f.iso()),
            "return_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Booking Requested",
        ["mobile"],
        ALL,
        3,
        {
            "booking_id": G(lambda f: f.bid()),
            "listing_id": G(lambda f: f.lid()),
            "owner_id": G(lambda f: f.uid()),
            "start_at": G(lambda f: f.iso()),
            "end_at": G(lambda f: f.iso()),
            "duration_hours": G(lambda f: f.r.randint(4, 240)),
            "instant_book": G(lambda f: f.pick([True, False])),
            "message_to_owner": G(owner_message),
            "trip_purpose": G(lambda f: f.pick(["leisure", "business", "moving", "wedding"])),
            "additional_driver": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "license_number": Y(lambda f: f.licence_no(), "license"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "friend", "colleague", "sibling"])),
            },
            "has_pet": G(lambda f: f.pick([True, False])),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Milo", "Kopi", "Luna", "Rocky"])),
        },
    ),
    (
        "track",
        "Booking Accepted",
        ["analytics-python"],
        ALL,
        2,
        {
            "booking_id": G(lambda f: f.bid()),
            "owner_id": G(lambda f: f.uid()),
            "renter_id": G(lambda f: f.uid()),
            "response_time_minutes": G(lambda f: f.r.randint(1, 600)),
            "pickup_instructions": Y(pickup_instructions, "phone", True),
            "key_handover": G(lambda f: f.pick(["in_person", "lockbox", "connect"])),
            "lockbox_code": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret|password"),
            "connect_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Booking Note Added",
        ["web"],
        ALL,
        1,
        {
            "booking_id": G(lambda f: f.bid()),
            "note": G(
                lambda f: f.pick(
                    [
                        "Needs the car clean by 9am",
                        "Return with a full tank please",
                        "Rappeler pour le badge de parking",
                        "Bawa STNK asli",
                    ]
                )
            ),
            "visibility": G(lambda f: f.pick(["private", "shared"])),
        },
    ),
    (
        "track",
        "Message Sent",
        ["@segment/analytics-react-native"],
        ALL,
        3,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["owner", "renter"])),
            "length": G(lambda f: f.r.randint(2, 600)),
            "contains_phone_number": G(lambda f: f.pick([True, False])),
            "masked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Info Shared In Chat",
        ["analytics-python"],
        ALL,
        1,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "detected_type": G(lambda f: f.pick(["phone", "email"])),
            "text": Y(chat_text, "phone|email", True),
            "action": G(lambda f: f.pick(["masked", "warned", "none"])),
        },
    ),
    (
        "track",
        "Masked Call Completed",
        ["analytics-go"],
        ALL,
        1,
        {
            "call_id": G(lambda f: "CA" + f.hexid(32)),
            "session_id": G(lambda f: "KC" + f.hexid(32)),
            "caller_number": Y(lambda f: f.phone(), "phone"),
            "callee_number": Y(lambda f: f.phone(), "phone"),
            "proxy_number": G(
                lambda f: f.by(FR="+33 1 86 65 40 12", ID="+62 21 5099 1200", US="+1 512 555 0199")
            ),
            "duration_seconds": G(lambda f: f.r.randint(0, 900)),
            "status": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ["mobile"],
        ALL,
        1,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "invitee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "value": Y(lambda f: f.pick([f.phone(), f.email()]), "phone|email", True),
                "source": G(lambda f: f.pick(["contacts", "manual"])),
            },
            "invite_code": G(lambda f: f.ref()),
            "invites_sent_today": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Saved Place Added",
        ["mobile"],
        ALL,
        1,
        {
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "session_token": G(lambda f: f.uuid()),
            "place": {
                "label": G(lambda f: f.pick(["Home", "Work", "Maison", "Kantor", "Gym"])),
                "text": Y(lambda f: f.full_address(), "address", True),
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Profile Updated",
        ["mobile"],
        ALL,
        2,
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["bio", "avatar", "emergency_contact", "languages"])), 3
            ),
            "bio": G(
                lambda f: f.pick(
                    ["Car lover, weekend hiker.", "Passionné de road trips.", "Suka jalan-jalan.", ""]
                )
            ),
            "avatar_url": Y(lambda f: f.photo_url("avatars"), "photo"),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "spouse", "friend", "sibling"])),
            },
            "accessibility_needs": RED(
                lambda f: f.pick(["none", "hand_controls", "wheelchair_accessible", "swivel_seat"]),
                "disability",
            ),
        },
    ),
    (
        "track",
        "Push Token Registered",
        ["analytics_flutter"],
        ALL,
        1,
        {
            "push_token": RED(
                lambda f: f.pick([f.hexid(64), f.hexid(11) + ":APA91b" + f.hexid(134)]), "token"
            ),
            "platform": G(lambda f: f.pick(["apns", "fcm"])),
            "permission_status": G(lambda f: f.pick(["granted", "denied", "provisional"])),
        },
    ),
    (
        "track",
        "Points Earned",
        ["analytics_flutter"],
        ALL,
        1,
        {
            "member_number": G(lambda f: "VM" + f.digits(9)),
            "tier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "points": G(lambda f: f.r.randint(10, 900)),
            "balance": G(lambda f: f.r.randint(10, 20000)),
            "booking_id": G(lambda f: f.bid()),
        },
    ),
    # -- trips -----------------------------------------------------------------------------------
    (
        "track",
        "Trip Started",
        ["analytics-swift", "analytics-kotlin"],
        ALL,
        3,
        {
            "booking_id": G(lambda f: f.bid()),
            "trip_id": G(lambda f: f.uuid()),
            "odometer_start_km": G(lambda f: f.r.randint(5000, 220000)),
            "fuel_level_start": G(lambda f: f.r.randint(5, 100)),
            "start_location": {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
            "checkin_photos": Many(
                G(lambda f: f"checkin/{f.hexid(12)}/{f.pick(['front', 'rear', 'left', 'right'])}.jpg"), 4
            ),
            "connect_unlock": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Trip Telemetry Batch",
        ["analytics-go"],
        ALL,
        4,
        {
            "vehicle_id": G(lambda f: f.lid()),
            "box_id": G(lambda f: "GTX-" + f.digits(5)),
            "vin": Y(lambda f: f.vin(), "serial"),
            "points": Many(
                {
                    "ts": G(lambda f: f.epoch_ms()),
                    "lat": Y(lambda f: f.near(0.2)[0], "geolocation"),
                    "lon": Y(lambda f: f.near(0.2)[1], "geolocation"),
                    "speed_kmh": G(lambda f: f.r.randint(0, 130)),
                    "odometer_km": G(lambda f: f.r.randint(5000, 220000)),
                    "fuel_pct": G(lambda f: f.r.randint(3, 100)),
                    "ignition": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "harsh_braking_events": G(lambda f: f.r.randint(0, 5)),
            "max_speed_kmh": G(lambda f: f.r.randint(30, 160)),
            "firmware": G(lambda f: f.pick(["4.2.1", "4.3.0", "4.3.2"])),
        },
    ),
    (
        "track",
        "Trip Ended",
        ["analytics-swift", "analytics-kotlin"],
        ALL,
        3,
        {
            "booking_id": G(lambda f: f.bid()),
            "trip_id": G(lambda f: f.uuid()),
            "odometer_end_km": G(lambda f: f.r.randint(5000, 220000)),
            "distance_km": G(lambda f: round(f.r.uniform(3, 1200), 1)),
            "fuel_level_end": G(lambda f: f.r.randint(5, 100)),
            "end_location": {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
            "late_return_minutes": G(lambda f: f.pick([0, 0, 15, 45, 120])),
            "fuel_refill_charge": G(lambda f: f.pick([0, 0, f.money_local(10, 60)])),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["mobile"],
        ALL,
        2,
        {
            "booking_id": G(lambda f: f.bid()),
            "reviewer_role": G(lambda f: f.pick(["owner", "renter"])),
            "reviewee_id": G(lambda f: f.uid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(review_text),
            "would_rent_again": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- damage, insurance, deposits ---------------------------------------------------------------
    (
        "track",
        "Damage Reported",
        ["mobile", "web"],
        ALL,
        2,
        {
            "report_id": G(lambda f: f.uuid()),
            "booking_id": G(lambda f: f.bid()),
            "reported_by": G(lambda f: f.pick(["owner", "renter"])),
            "damage_type": G(lambda f: f.pick(["scratch", "dent", "glass", "wheel", "interior"])),
            "severity": G(lambda f: f.pick(["minor", "moderate", "major"])),
            "location_on_vehicle": G(
                lambda f: f.pick(["rear bumper", "driver door", "windshield", "front right wheel"])
            ),
            "description": G(damage_text),
            "photos": Many(
                {
                    "url": G(lambda f: f.photo_url("damage")),
                    "width": G(lambda f: 4032),
                    "height": G(lambda f: 3024),
                    "taken_at": G(lambda f: f.iso()),
                },
                4,
            ),
            "estimated_cost": G(lambda f: f.money_local(50, 2500)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "police_report_number": G(
                lambda f: f.pick(["", f"PV-{f.digits(8)}", f"{f.digits(4)}-{f.digits(6)}"])
            ),
            "driver_injured": Y(lambda f: f.pick([False, False, True]), "condition"),
            "third_party": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "insurer": G(
                    lambda f: f.pick(["AXA", "MAIF", "Allianz", "GEICO", "State Farm", "Asuransi Astra"])
                ),
                "policy_number": Y(
                    lambda f: f.pick(["AX", "MF", "GE", "SF"]) + f.digits(9), "identification"
                ),
                "plate": Y(lambda f: f.plate(), "license"),
            },
        },
    ),
    (
        "track",
        "ClaimOpened",
        ["Analytics.CSharp"],
        ["US", "FR"],
        2,
        {
            "ClaimNumber": G(lambda f: "CLM-" + f.digits(8)),
            "PolicyNumber": Y(lambda f: f.pick(["VTR-POL-", "HX"]) + f.digits(8), "identification"),
            "InsurerName": G(lambda f: f.pick(["Hiscox", "AXA", "Liberty Mutual"])),
            "IncidentDate": G(lambda f: f.date(2024, 2024)),
            "IncidentAddress": Y(lambda f: f.full_address(), "address"),
            "DriverFullName": Y(lambda f: f.full_name(), "name"),
            "DriverLicenseNumber": Y(lambda f: f.licence_no(), "license"),
            "AmountClaimed": G(lambda f: f.money(200, 12000)),
            "Currency": G(lambda f: CURRENCY[f.cc]),
            "Status": G(lambda f: f.pick(["Open", "UnderReview", "Settled"])),
            "AdjusterName": Y(lambda f: f.full_name(), "name"),
            "AdjusterEmail": Y(
                lambda f: (
                    f.first().lower()
                    + "."
                    + f.last().lower().replace(" ", "").replace("'", "")
                    + "@claims.voitura.com"
                ),
                "email",
            ),
            "IsThirdPartyAtFault": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Owner Insurance Added",
        ["web"],
        ALL,
        1,
        {
            "insurer": G(lambda f: f.pick(["AXA", "MAIF", "GEICO", "Progressive", "Asuransi Sinar Mas"])),
            "policy_number": Y(
                lambda f: f.pick(["AX", "MF", "GE", "PG", "SM"]) + f.digits(9), "identification"
            ),
            "coverage_type": G(
                lambda f: f.pick(["tous risques", "comprehensive", "third_party", "all_risk"])
            ),
            "policy_expiry": G(lambda f: f.date(2025, 2026)),
            "registration_doc_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Deposit Authorized",
        ["@segment/analytics-node"],
        ["FR", "US"],
        2,
        {
            "booking_id": G(lambda f: f.bid()),
            "amount": G(lambda f: f.pick([25000, 50000, 100000])),
            "currency": G(lambda f: CURRENCY[f.cc].lower()),
            "payment_intent_id": G(lambda f: "pi_" + f.hexid(24)),
            "payment_method": {
                "id": RED(lambda f: "pm_" + f.hexid(24), "token"),
                "type": G(lambda f: "card"),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "country": G(lambda f: f.cc),
                },
                "billing_details": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "address": {
                        "line1": Y(lambda f: f.street(), "address|street"),
                        "city": Y(lambda f: f.city(), "city"),
                        "postal_code": Y(lambda f: f.zip(), "zipcode"),
                        "state": G(lambda f: f.place()[2]),
                        "country": G(lambda f: f.cc),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Card Added",
        ["analytics-java"],
        ["US", "FR"],
        1,
        {
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder": Y(lambda f: f.full_name(), "name"),
            "three_d_secure": G(lambda f: f.pick(["authenticated", "attempted", "not_supported"])),
            "processor": G(lambda f: f.pick(["adyen", "stripe"])),
        },
    ),
    (
        "track",
        "Midtrans Payment Notified",
        ["analytics-php"],
        ["ID"],
        2,
        {
            "transaction_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.bid()),
            "gross_amount": G(lambda f: f"{f.money_local(30, 900)}.00"),
            "payment_type": G(lambda f: f.pick(["bank_transfer", "gopay", "qris", "credit_card"])),
            "transaction_status": G(lambda f: f.pick(["settlement", "pending", "expire", "capture"])),
            "va_numbers": Many(
                {
                    "bank": G(lambda f: f.pick(["bca", "bni", "bri", "permata"])),
                    "va_number": G(lambda f: f.digits(11)),
                },
                1,
            ),
            "signature_key": G(lambda f: f.hexid(128)),
        },
    ),
    # -- payouts ---------------------------------------------------------------------------------
    (
        "track",
        "Payout Method Added",
        ["web"],
        ["FR"],
        2,
        {
            "payout_method": G(lambda f: "sepa"),
            "iban": RED(lambda f: f.iban("FR"), "bank account"),
            "bic": G(lambda f: f.pick(["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP882", "CCBPFRPPVER"])),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "bank_name": G(
                lambda f: f.pick(["BNP Paribas", "Société Générale", "Crédit Agricole", "Boursorama"])
            ),
            "is_business_account": G(lambda f: f.pick([True, False])),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["web"],
        ["US"],
        2,
        {
            "payout_method": G(lambda f: "ach"),
            "routing_number": G(lambda f: f.routing()),
            "account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "bank_name": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Capital One"])),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payout Sent",
        ["analytics-java"],
        ["FR", "US"],
        2,
        {
            "payout_id": G(lambda f: "po_" + f.hexid(24)),
            "owner_id": G(lambda f: f.uid()),
            "amount": G(lambda f: f.money(20, 3000)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "arrival_date": G(lambda f: f.date(2024, 2024)),
            "destination": {
                "bank_name": G(lambda f: f.pick(["BNP Paribas", "Chase", "Wells Fargo", "Boursorama"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "routing_number": G(lambda f: f.routing()),
            },
        },
    ),
    (
        "track",
        "Pencairan Dana Diajukan",
        ["analytics-php"],
        ["ID"],
        2,
        {
            "id_pencairan": G(lambda f: "WD" + f.digits(10)),
            "id_pemilik": G(lambda f: f.uid()),
            "jumlah": G(lambda f: f.money_local(50, 3000)),
            "mata_uang": G(lambda f: "IDR"),
            "nama_bank": G(lambda f: f.pick(["BCA", "Mandiri", "BRI", "BNI", "CIMB Niaga"])),
            "kode_bank": G(lambda f: f.pick(["014", "008", "002", "009", "022"])),
            "nomor_rekening": RED(lambda f: f.bank_account(), "bank account"),
            "nama_pemilik_rekening": Y(lambda f: f.full_name().upper(), "name"),
            "npwp": RED(lambda f: f.npwp(), "national id"),
            "biaya_admin": G(lambda f: f.pick([0, 2500, 6500])),
            "status": G(lambda f: f.pick(["diproses", "berhasil", "gagal"])),
            "tanggal_pengajuan": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Car Delivered",
        ["analytics-kotlin"],
        ALL,
        2,
        {
            "booking_id": G(lambda f: f.bid()),
            "delivery_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "delivery_fee": G(lambda f: f.money_local(10, 60)),
            "valet": {
                "employee_id": G(lambda f: "V" + f.digits(5)),
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "delivered_at": G(lambda f: f.iso()),
            "minutes_late": G(lambda f: f.pick([0, 0, 5, 20, 45])),
        },
    ),
    (
        "track",
        "Tax Info Submitted",
        ["analytics-python"],
        ["US"],
        1,
        {
            "form_type": G(lambda f: "W-9"),
            "legal_name": Y(lambda f: f.full_name(), "name"),
            "tin_type": G(lambda f: f.pick(["SSN", "SSN", "ITIN"])),
            "tin": RED(
                lambda f: f.pick(
                    [f.ssn(), f"9{f.r.randint(0, 99):02d}-{f.r.randint(70, 88)}-{f.r.randint(0, 9999):04d}"]
                ),
                "social security number|national id",
            ),
            "tax_classification": G(lambda f: f.pick(["individual", "single_member_llc"])),
            "mailing_address": Y(lambda f: f.full_address(), "address"),
            "backup_withholding": G(lambda f: f.pick([True, False])),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    # -- fines and tolls -------------------------------------------------------------------------
    (
        "track",
        "Amende Reçue",
        ["analytics-ruby"],
        ["FR"],
        2,
        {
            "numero_avis": G(lambda f: f.digits(10)),
            "date_infraction": G(lambda f: f.iso()),
            "type_infraction": G(
                lambda f: f.pick(
                    [
                        "excès de vitesse < 20 km/h",
                        "stationnement gênant",
                        "franchissement de feu rouge",
                        "défaut de péage",
                    ]
                )
            ),
            "lieu_infraction": G(
                lambda f: f.pick(
                    ["A7 PR 23 sens Lyon-Marseille", "Bd Périphérique Porte de Bagnolet", "N118 Vélizy"]
                )
            ),
            "montant": G(lambda f: f.pick([45, 68, 90, 135])),
            "immatriculation": Y(lambda f: f.plate(), "license"),
            "reservation_id": G(lambda f: f.bid()),
            "conducteur_designe": G(lambda f: f.pick([True, False])),
            "statut": G(lambda f: f.pick(["reçue", "désignée", "payée", "contestée"])),
        },
    ),
    (
        "track",
        "Conducteur Désigné",
        ["analytics-ruby"],
        ["FR"],
        2,
        {
            "numero_avis": G(lambda f: f.digits(10)),
            "nom": Y(lambda f: f.last().upper(), "name"),
            "prenom": Y(lambda f: f.first(), "name"),
            "date_naissance": Y(lambda f: f.dob_local(), "birthdate"),
            "lieu_naissance": Y(
                lambda f: f.pick(["Paris 14e", "Lyon", "Dakar", "Alger", "Lille", "Saint-Denis"]), "city"
            ),
            "numero_permis": Y(lambda f: f.licence_no(), "license"),
            "date_delivrance_permis": G(lambda f: f.date(1985, 2023)),
            "adresse": {
                "voie": Y(lambda f: f.street(), "address|street"),
                "code_postal": Y(lambda f: f.zip(), "zipcode"),
                "commune": Y(lambda f: f.city(), "city"),
                "pays": G(lambda f: "France"),
            },
            "courriel": Y(lambda f: f.email(), "email"),
            "numero_securite_sociale": RED(lambda f: f.nir(), "national id|social security number"),
            "designe_par": G(lambda f: f.pick(["proprietaire", "gestionnaire_flotte"])),
        },
    ),
    (
        "track",
        "TollCharged",
        ["Analytics.CSharp"],
        ["US"],
        3,
        {
            "TollTransactionId": G(lambda f: f.digits(12)),
            "Agency": G(lambda f: f.pick(["E-ZPass NY", "FasTrak", "TxTag", "SunPass", "I-PASS"])),
            "EntryPlaza": G(
                lambda f: f.pick(
                    [
                        "Verrazzano-Narrows Bridge",
                        "Golden Gate Bridge",
                        "SH 130 Mainline",
                        "Dolphin Expressway",
                    ]
                )
            ),
            "Amount": G(lambda f: f.money(1, 19)),
            "Currency": G(lambda f: "USD"),
            "LicensePlate": Y(lambda f: f.plate(), "license"),
            "PlateState": G(lambda f: f.place()[2]),
            "PostedAt": G(lambda f: f.iso()),
            "BookingId": G(lambda f: f.bid()),
            "RenterUserId": G(lambda f: f.uid()),
            "ChargedToRenter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "CitationPaid",
        ["Analytics.CSharp"],
        ["US"],
        1,
        {
            "CitationNumber": G(lambda f: f.pick(["LA", "SF", "CHI"]) + f.digits(9)),
            "IssuingCity": G(lambda f: f.city()),
            "ViolationCode": G(lambda f: f.pick(["80.69BS", "7.2.22", "9-64-170"])),
            "Amount": G(lambda f: f.money(35, 150)),
            "PlateNumber": Y(lambda f: f.plate(), "license"),
            "VehicleVin": Y(lambda f: f.vin(), "serial"),
            "PaidBy": G(lambda f: f.pick(["Renter", "Owner", "Voitura"])),
        },
    ),
    # -- support, fraud, marketing ------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["@segment/analytics-node"],
        ALL,
        2,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Caution non remboursée",
                            "Owner did not show up",
                            "Toll charge dispute",
                            "Pencairan dana terlambat",
                            "Change email",
                        ]
                    )
                ),
                "description": Y(ticket_description, "phone|email", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open"])),
                "channel": G(lambda f: f.pick(["web", "email", "mobile"])),
                "tags": Many(G(lambda f: f.pick(["deposit", "payout", "no_show", "toll", "account"])), 3),
                "group": G(lambda f: f.pick(["Trust & Safety", "Payments", "Host Support"])),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                },
                "assignee": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(
                        lambda f: (
                            f.first().lower().replace("é", "e") + "." + f.last()[0].lower() + "@voitura.com"
                        ),
                        "email",
                    ),
                },
                "support_inbox": G(
                    lambda f: f.pick(["support@voitura.com", "bantuan@voitura.co.id", "aide@voitura.fr"])
                ),
            },
        },
    ),
    (
        "track",
        "Risk Assessment Completed",
        ["analytics-java"],
        ALL,
        2,
        {
            "$type": G(lambda f: f.pick(["$create_order", "$create_account", "$update_account"])),
            "$user_id": G(lambda f: f.uid()),
            "$session_id": G(lambda f: f.uuid()),
            "$user_email": Y(lambda f: f.email(), "email"),
            "$ip": Y(lambda f: f.ipv4(), "ip"),
            "$billing_address": {
                "$name": Y(lambda f: f.full_name(), "name"),
                "$address_1": Y(lambda f: f.street(), "address|street"),
                "$city": Y(lambda f: f.city(), "city"),
                "$zipcode": Y(lambda f: f.zip(), "zipcode"),
                "$country": G(lambda f: f.cc),
                "$phone": Y(lambda f: f.phone(), "phone"),
            },
            "$payment_methods": Many(
                {
                    "$payment_type": G(lambda f: f.pick(["$credit_card", "$digital_wallet"])),
                    "$card_bin": G(lambda f: f.pick(["497010", "513691", "455673"])),
                    "$card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                },
                2,
            ),
            "score": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "decision": G(lambda f: f.pick(["accept", "review", "block"])),
        },
    ),
    (
        "track",
        "API Request Rejected",
        ["@segment/analytics-node"],
        ALL,
        1,
        {
            "endpoint": G(lambda f: f.pick(["/v2/bookings", "/v2/payouts", "/v2/auth/token"])),
            "status_code": G(lambda f: f.pick([401, 403, 429])),
            "reason": G(lambda f: f.pick(["rate_limited", "expired_token", "geo_blocked"])),
            "headers": {
                "user-agent": G(
                    lambda f: f.pick(["okhttp/4.12.0", "Voitura/7.15.2 CFNetwork/1496.0.7 Darwin/23.5.0"])
                ),
                "x-forwarded-for": Y(
                    lambda f: f.pick([f.ipv4(), f"{f.ipv4()}, 10.0.{f.r.randint(0, 255)}.12"]), "ip"
                ),
                "accept-language": G(lambda f: f.pick(["fr-FR,fr;q=0.9", "id-ID", "en-US,en;q=0.8"])),
                "x-request-id": G(lambda f: f.uuid()),
                "cf-ipcountry": G(lambda f: f.cc),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            },
        },
    ),
    (
        "track",
        "Booking Conversion Reported",
        ["analytics-python"],
        ALL,
        2,
        {
            "event_name": G(lambda f: "Purchase"),
            "event_id": G(lambda f: f.bid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "external_id": G(lambda f: f.hexid(64)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(
                    lambda f: (
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                        "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
                    )
                ),
            },
            "custom_data": {
                "value": G(lambda f: f.money(30, 900)),
                "currency": G(lambda f: CURRENCY[f.cc]),
                "content_ids": Many(G(lambda f: str(f.lid())), 2),
            },
        },
    ),
    (
        "track",
        "Business Trip Expensed",
        ["analytics-java"],
        ["FR", "US"],
        1,
        {
            "expense_report_id": G(lambda f: "ER-" + f.digits(7)),
            "company_name": G(lambda f: f.pick(["Capgemini", "Decathlon", "Deloitte", "Whole Foods Market"])),
            "employee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(
                    lambda f: (
                        f.first().lower().replace("é", "e")
                        + "."
                        + f.last().lower().replace(" ", "").replace("'", "")
                        + f.pick(["@capgemini.example", "@deloitte.example"])
                    ),
                    "email",
                ),
                "employee_number": G(lambda f: "E" + f.digits(6)),
                "job_title": G(lambda f: f.pick(["Account Executive", "Consultant", "Field Engineer"])),
            },
            "amount": G(lambda f: f.money(30, 900)),
            "currency": G(lambda f: CURRENCY[f.cc]),
        },
    ),
    (
        "track",
        "Account Deleted",
        ["analytics-python"],
        ALL,
        1,
        {
            "reason": G(lambda f: f.pick(["privacy", "not_using", "moved", "bad_experience"])),
            "data_export_requested": G(lambda f: f.pick([True, False])),
            "feedback": G(
                lambda f: f.pick(["", "Je n'utilise plus le service", "Too expensive", "Sudah punya mobil"])
            ),
        },
    ),
    # -- lifecycle, pages, screens, groups --------------------------------------------------------
    (
        "track",
        "Application Opened",
        ["mobile"],
        ALL,
        3,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "url": G(lambda f: f.pick(["", f"voitura://car/{f.lid()}", "voitura://trips"])),
            "referring_application": G(
                lambda f: f.pick(["", "com.google.android.gm", "com.apple.mobilesafari"])
            ),
            "version": G(lambda f: f.pick(["7.14.0", "7.15.2", "7.16.0"])),
            "build": G(lambda f: f.pick(["71400", "71502", "71600"])),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["mobile"],
        ALL,
        1,
        {
            "provider": G(lambda f: f.pick(["AppsFlyer", "Adjust"])),
            "campaign": {
                "source": G(lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int"])),
                "name": G(lambda f: f.pick(["FR_Host_Acq_Q2", "ID_Mudik_2024", "US_Roadtrip"])),
                "ad_group": G(lambda f: f.pick(["lookalike_1pct", "broad_18_45"])),
                "ad_creative": G(lambda f: f.pick(["video_15s_v3", "static_keys"])),
            },
        },
    ),
    (
        "page",
        "Car Details",
        ["web"],
        ALL,
        3,
        {
            "path": G(lambda f: f"/car/{f.lid()}"),
            "url": G(lambda f: f"https://{HOST[f.cc]}/car/{f.lid()}"),
            "title": G(lambda f: " ".join(f.pick(CARS[f.cc])) + " | Voitura"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", f"https://{HOST[f.cc]}/search"])),
            "search": G(lambda f: f.pick(["", "?start=2024-07-12&end=2024-07-15", "?ref=map"])),
            "listing_id": G(lambda f: f.lid()),
        },
    ),
    (
        "page",
        "Home",
        ["web"],
        ALL,
        3,
        {
            "path": G(lambda f: "/"),
            "url": G(lambda f: f"https://{HOST[f.cc]}/"),
            "title": G(lambda f: "Voitura"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://t.co/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc"])),
        },
    ),
    (
        "screen",
        "Trip Map",
        ["mobile"],
        ALL,
        2,
        {
            "booking_id": G(lambda f: f.bid()),
            "source": G(lambda f: f.pick(["push", "trips_tab", "deeplink"])),
        },
    ),
    (
        "screen",
        "Car Details",
        ["mobile"],
        ALL,
        2,
        {
            "listing_id": G(lambda f: f.lid()),
            "source": G(lambda f: f.pick(["search", "favorites", "map"])),
        },
    ),
    (
        "group",
        None,
        ["@segment/analytics-node", "analytics-ruby"],
        ["FR", "US", "ID"],
        2,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Loc'Auto Lyon SARL",
                        "Bali Drive Rental",
                        "ATX Fleet Co",
                        "Parisienne de Location",
                        "PT Mobil Jaya Abadi",
                    ]
                )
            ),
            "siret": G(lambda f: f.digits(14)),
            "vat_number": G(lambda f: "FR" + f.digits(11)),
            "industry": G(lambda f: f.pick(["car_rental", "dealership", "fleet_management"])),
            "fleet_size": G(lambda f: f.r.randint(3, 250)),
            "hq_address": {
                "line1": G(
                    lambda f: f.pick(["12 quai Perrache", "Jl. Bypass Ngurah Rai No. 88", "500 E 5th St"])
                ),
                "city": G(lambda f: f.pick(["Lyon", "Denpasar", "Austin"])),
                "postal_code": G(lambda f: f.pick(["69002", "80361", "78701"])),
                "country": G(lambda f: f.pick(["FR", "ID", "US"])),
            },
            "office_phone": G(lambda f: f.pick(["+33 4 72 00 12 34", "+62 361 754 321", "+1 512-555-0110"])),
            "contact_email": G(
                lambda f: f.pick(
                    ["contact@locauto-lyon.fr", "reservations@balidrive.co.id", "fleet@atxfleet.com"]
                )
            ),
            "account_manager": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(
                    lambda f: (
                        f.first().lower().replace("é", "e") + "." + f.last()[0].lower() + "@voitura.com"
                    ),
                    "email",
                ),
            },
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["web", "analytics-python"], ALL, 1, {}),
]


WEB_PAGES = {
    "Signed Up": "/signup",
    "Form Submitted": "/signup",
    "Form Field Changed": "/signup",
    "Password Reset Requested": "/password/forgot",
    "Listing Created": "/host/new",
    "Listing Viewed": "/car",
    "Cars Searched": "/search",
    "Filter Applied": "/search",
    "Product List Viewed": "/search",
    "Help Center Searched": "/help",
    "Checkout Started": "/checkout",
    "Payment Info Entered": "/checkout/payment",
    "Booking Note Added": "/host/bookings",
    "Damage Reported": "/trips/damage",
    "Owner Insurance Added": "/host/insurance",
    "Payout Method Added": "/host/payouts",
}


def build(seed: int, repeats: int):
    f = CarFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, markets, weight, body in EVENTS:
            for _ in range(weight):
                f.cc = f.pick(markets)
                f.home = f.pick(PLACES[f.cc])
                client = f.pick(clients)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": ("ajs-next-" if client == "web" else "") + f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.uid(),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(5)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if kind != "alias":
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                page = WEB_PAGES.get(name or "", "/") if kind != "page" else "/car"
                msg["context"] = render(context_for(f, client, page), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=207, repeats=16)
    write(Path(__file__).parent, "holdout207_", events, labels)
