"""Writes holdout198: tests/corpus/holdout198_events.jsonl and holdout198_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run against the engine by its author. Only the corpus
helpers (build.py, fake.py) and build_holdout3.py (for the format) were read.

Domain: Caravela, a moving, storage and relocation company working in Canada, Saudi Arabia and
Portugal. The traffic a Segment customer of that shape sends: quote requests with origin and
destination addresses and room-by-room inventories, a packing-supplies shop (e-commerce spec
events), crew dispatch and a crew app with truck tracking, telematics webhooks, self-storage unit
rentals with gate codes and alternate-access contacts, corporate relocation for employees (visa
and right-to-work answers, family members, pets, school search, temporary housing, expenses),
damage claims with payouts, payments (Stripe-, Moyasar/mada-, Multibanco- and MB WAY-shaped),
e-mail / SMS / telephony webhooks, ad-platform conversion payloads, warehouse reverse-ETL
identifies, group and alias calls.

Clients: analytics.js (web), analytics-swift (iOS customer app), analytics-kotlin (Android crew
app), analytics-react-native (storage app), analytics_flutter (Saudi customer app) and the
server libraries python, node, go, java, ruby, php and .NET, with the context blocks each sends
(context.ip, context.traits, device, app, library, locale, userAgent, campaign, location,
externalIds). Keys are mostly camelCase and snake_case English; about 15 % follow other real
conventions: PascalCase (.NET), kebab-case (a dispatch vendor's webhook), SCREAMING_SNAKE
(warehouse reverse ETL), Portuguese keys (the Portuguese PHP back office) and romanised Arabic
keys (the Saudi operations system). Values are generated per region: names from Canadian,
Québécois, Chinese, Punjabi, Filipino, Saudi, Egyptian, Indian, Portuguese, Brazilian and Cape
Verdean families (some Saudi names in Arabic script), national phone formats (+1, +966, +351),
Canadian postal codes, Saudi national addresses (building, district, additional number, short
address), Portuguese postal codes, Luhn-valid cards (including mada BINs), SINs and Saudi
national / iqama numbers, mod-11 NIFs, Cartão de Cidadão numbers with their check characters,
mod-97 IBANs (SA, PT, with a valid NIB) and VINs with their check digit.

Conventions: each leaf template carries its label; a path has one label wherever it occurs
(the helpers refuse a conflict). Top-level fields (userId, anonymousId, messageId ...) are not
scanned and not labelled. Group calls' traits describe a company and therefore use keys that
identify calls never use (a path has one label).

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a recipient, a contact, a dependant, a
  staff member (crew, dispatchers, account managers), a tenant. Names, contact details, the
  person's own address (origin and destination of their move, their home, billing and shipping
  address) and precise location, birth dates, government ids, financial accounts and full card
  numbers, health and other special categories, credentials, IP addresses, advertising ids.
  Colour: the reference's default for the matcher; otherwise red for credentials/secrets, card
  numbers, bank accounts, government ids and health ids, yellow for the rest.
- Green: ids we or our vendors issue (user/order/quote/booking/job/unit/claim numbers, UUIDs,
  Stripe customer and charge ids, Multibanco references), versions, timestamps (a planned move
  date too), amounts (a quoted hourly price is a price, not pay), enums, counters and booleans
  even under PII-sounding keys, product / company / hotel / school / facility / pet names,
  places that are not the person's (a searched city, a depot, a storage facility, a hotel), a
  business's own phone, e-mail and address (branch numbers, role mailboxes, the company side of
  a telephony webhook), country, province/state/district-level region, locale, timezone,
  currency, user agents, OS-issued analytics device ids, masked card numbers (BIN + last four),
  card brand, expiry, bank transit / institution numbers, e-mail Message-IDs, UUID tokens.
- Contested cases follow the product's published policy (see the brief): loyalty / member /
  claim numbers, ages, marital status, job titles, employers, pets: green; insurance policy and
  insurer member numbers (`identification`), rx numbers, pay and allowances (`salary`), plates
  (`license`), VINs (`serial`), gclid / fbclid / fbp / fbc (`advertising id`), billing and
  shipping addresses: yellow; payment-method tokens (Stripe `pm_`), one-time and verification
  codes, sign-in link tokens, gate and door codes (`secret`), push tokens, health-card / SNS
  numbers (`health id`), identity document numbers, visa and right-to-work answers: red.
- Special categories: a boolean or enum that reveals one (uses a wheelchair, a dependant's
  special-education need, veteran status, union local) carries that matcher's colour.
- Decisions this corpus had to make itself (what a careful privacy owner would flag):
  a truck's live GPS position is the crew's precise location (yellow geolocation), while a
  depot's or facility's coordinates are green; a storage tenant's gate code and the buzzer /
  lockbox codes in a quote's access notes are secrets the person holds (red); SHA-256 hashes of
  an e-mail or phone sent to an ad platform for matching stay personal (yellow, typed as what
  was hashed), while a hash of our own user id is green; a named staff member's work e-mail is
  personal (yellow), a role mailbox is not; a crew member's hourly wage is `salary`, the price
  per hour quoted to a customer is not; the destination city of a customer's move is their
  future home city (yellow), a city typed into a school or hotel search is not.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `body`, `to`, `From`, `externalIds[].id`, `access_notes`) and only the value
  can tell. A value_only PII path holds that PII in every value; free text is labelled by what
  every one of its values carries, and is green when none of its values carries PII.
"""

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

CA_FIRST = [
    "Liam",
    "Olivia",
    "Émilie",
    "Jean-François",
    "Mathieu",
    "Gabrielle",
    "Wei",
    "Jia Hui",
    "Harpreet",
    "Gurpreet",
    "Arjun",
    "Aaliyah",
    "Chloe",
    "Ethan",
    "Maëlle",
    "Siobhan",
    "Tariq",
    "Marisol",
    "Kenji",
    "Thi Lan",
    "Nathaniel",
    "Ayesha",
    "Dmitri",
    "Rosalind",
    "Joel",
    "Mariel",
]
CA_LAST = [
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "MacDonald",
    "Campbell",
    "Wong",
    "Li",
    "Singh",
    "Dhillon",
    "Sandhu",
    "Nguyen",
    "Patel",
    "Friesen",
    "Bergeron",
    "Chen",
    "Okonkwo",
    "Dela Cruz",
    "Cardinal",
    "Thompson",
    "Lefebvre",
    "Morrison",
    "St-Pierre",
    "Baptiste",
]
SA_FIRST = [
    "Abdullah",
    "Mohammed",
    "Faisal",
    "Khalid",
    "Saud",
    "Turki",
    "Nawaf",
    "Noura",
    "Sara",
    "Reem",
    "Lama",
    "Haya",
    "Abeer",
    "Jawaher",
    "Yousef",
    "Omar",
    "Hessa",
    "Raghad",
    "Rajesh",
    "Anil",
    "Maria Luisa",
    "Jose Mari",
    "Imran",
    "Mahmoud",
    "Priya",
    "Fatimah",
]
SA_LAST = [
    "Al-Qahtani",
    "Alotaibi",
    "Al-Ghamdi",
    "Al-Harbi",
    "Al-Zahrani",
    "Al-Dosari",
    "Al-Shehri",
    "Al-Mutairi",
    "Alshammari",
    "Al-Subaie",
    "Khan",
    "Nair",
    "Reyes",
    "Hassan",
    "Farouk",
    "Menon",
    "Qureshi",
    "Bakr",
    "Al-Amoudi",
    "Bamatraf",
]
SA_ARABIC = [
    "عبدالله القحطاني",
    "نورة الحربي",
    "فيصل العتيبي",
    "ريم الزهراني",
    "سارة الغامدي",
    "خالد الدوسري",
    "هيا الشهري",
    "تركي المطيري",
    "لمى الشمري",
    "يوسف العمودي",
]
PT_FIRST = [
    "João",
    "Inês",
    "Beatriz",
    "Tiago",
    "Rui",
    "Ana Sofia",
    "Mariana",
    "Duarte",
    "Francisca",
    "Gonçalo",
    "Leonor",
    "Miguel",
    "Rafaela",
    "Nuno",
    "Carolina",
    "Diogo",
    "Sónia",
    "Vítor",
    "Thiago",
    "Luana",
    "Djamila",
    "Edson",
    "Margarida",
    "Henrique",
]
PT_LAST = [
    "Silva",
    "Santos",
    "Ferreira",
    "Pereira",
    "Oliveira",
    "Costa",
    "Rodrigues",
    "Martins",
    "Sousa Pinto",
    "Fernandes",
    "Gonçalves",
    "Lopes",
    "Marques",
    "Almeida",
    "Ribeiro",
    "Carvalho",
    "Teixeira",
    "Moreira",
    "Correia",
    "Tavares",
    "Brito",
    "Monteiro",
    "Semedo",
    "Vaz Cardoso",
]

CA_CITIES = [
    # city, province, postal-code letter, lat, lon, area codes
    ("Toronto", "ON", "M", 43.6532, -79.3832, ["416", "647", "437"]),
    ("Mississauga", "ON", "L", 43.5890, -79.6441, ["905", "289"]),
    ("Ottawa", "ON", "K", 45.4215, -75.6972, ["613", "343"]),
    ("Montréal", "QC", "H", 45.5019, -73.5674, ["514", "438"]),
    ("Laval", "QC", "H", 45.6066, -73.7124, ["450", "579"]),
    ("Québec", "QC", "G", 46.8139, -71.2080, ["418", "581"]),
    ("Vancouver", "BC", "V", 49.2827, -123.1207, ["604", "778"]),
    ("Burnaby", "BC", "V", 49.2488, -122.9805, ["604", "236"]),
    ("Calgary", "AB", "T", 51.0447, -114.0719, ["403", "587"]),
    ("Edmonton", "AB", "T", 53.5461, -113.4938, ["780", "825"]),
    ("Halifax", "NS", "B", 44.6488, -63.5752, ["902", "782"]),
    ("Winnipeg", "MB", "R", 49.8951, -97.1384, ["204", "431"]),
]
CA_STREETS = [
    "Queen St W",
    "Yonge St",
    "Bloor St E",
    "Rue Sherbrooke Ouest",
    "Avenue du Parc",
    "Boulevard Saint-Laurent",
    "Robson St",
    "Kingsway",
    "17 Ave SW",
    "Jasper Ave",
    "Bank St",
    "Spring Garden Rd",
    "Dundas St W",
    "Rue Saint-Denis",
    "Main St",
    "Portage Ave",
    "Lakeshore Blvd W",
    "Avenue Cartier",
]
CA_UNITS = ["Apt 1204", "Unit 5", "#302", "Suite 210", "App. 3", "PH2", "Basement"]
SA_CITIES = [
    # city, region, postal prefix, lat, lon, districts
    (
        "Riyadh",
        "Riyadh Province",
        "1",
        24.7136,
        46.6753,
        ["Al Olaya", "Al Malqa", "Al Nakheel", "Hittin", "Al Yasmin"],
    ),
    ("Jeddah", "Makkah Province", "2", 21.5433, 39.1728, ["Al Rawdah", "Al Shati", "Al Zahra", "Al Hamra"]),
    ("Dammam", "Eastern Province", "3", 26.4207, 50.0888, ["Al Faisaliyah", "Al Shati", "Al Mazruiyah"]),
    ("Al Khobar", "Eastern Province", "3", 26.2172, 50.1971, ["Al Ulaya", "Al Aqrabiyah", "Al Yarmouk"]),
    ("Dhahran", "Eastern Province", "3", 26.2361, 50.0393, ["Al Doha", "Dhahran Hills"]),
    ("Madinah", "Madinah Province", "4", 24.5247, 39.5692, ["Al Aziziyah", "Quba"]),
]
SA_STREETS = [
    "King Fahd Rd",
    "Prince Sultan St",
    "Olaya St",
    "Tahlia St",
    "Al Imam Saud Bin Abdulaziz Rd",
    "Prince Mohammed Bin Abdulaziz St",
    "Al Madinah Al Munawwarah Rd",
    "Anas Ibn Malik Rd",
    "Al Urubah Rd",
]
PT_CITIES = [
    # city, distrito, postal prefix, lat, lon, landline prefix
    ("Lisboa", "Lisboa", "1", 38.7223, -9.1393, "21"),
    ("Porto", "Porto", "4", 41.1579, -8.6291, "22"),
    ("Braga", "Braga", "47", 41.5454, -8.4265, "253"),
    ("Faro", "Faro", "80", 37.0194, -7.9304, "289"),
    ("Coimbra", "Coimbra", "30", 40.2033, -8.4103, "239"),
    ("Cascais", "Lisboa", "27", 38.6979, -9.4215, "21"),
    ("Setúbal", "Setúbal", "29", 38.5244, -8.8882, "265"),
]
PT_STREETS = [
    "Rua Augusta",
    "Avenida da Liberdade",
    "Rua de Santa Catarina",
    "Travessa do Carmo",
    "Rua do Ouro",
    "Avenida da Boavista",
    "Rua Direita",
    "Largo do Rato",
    "Rua Cândido dos Reis",
    "Avenida de Roma",
]
PT_FLOORS = ["3º Esq", "5º Dto", "R/C", "1º B", "2º Frente", "4º Esq.", ""]
DOMAINS = {
    "CA": ["example.ca", "mail.example.com", "example.com", "videotron.example"],
    "SA": ["example.sa", "example.com", "mail.example.net"],
    "PT": ["example.pt", "mail.example.pt", "example.com"],
}
WORK_DOMAINS = ["northwind-energy.example", "globex.example", "initech.example", "umbrella-pharma.example"]
EMPLOYERS = [
    "Northwind Energy",
    "Globex Corporation",
    "Initech Canada",
    "Umbrella Pharma KSA",
    "Vistaprint PT",
]
CA_AREA_ALL = [a for c in CA_CITIES for a in c[5]]


def fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


@dataclass
class Person:
    region: str
    first: str
    last: str
    full: str
    email: str
    phone: str
    street: str
    unit: str | None
    city: str
    province: str
    postal: str
    country: str
    lat: float
    lon: float
    district: str = ""


class F(Fake):
    """Fake with regional generators and the personas of the message being written."""

    p: Person  # the user
    o: Person  # another person in the same message (a contact, a recipient, a dependant)
    s: Person  # a staff member (crew lead, dispatcher, account manager)

    # phones -------------------------------------------------------------------------------------
    def phone_in(self, region: str, mobile: bool = True) -> str:
        r = self.r
        if region == "CA":
            area = self.pick(CA_AREA_ALL)
            ex, line = r.randint(201, 989), r.randint(0, 9999)
            return self.pick(
                [
                    f"+1{area}{ex}{line:04d}",
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1 {area} {ex} {line:04d}",
                    f"{area}.{ex}.{line:04d}",
                ]
            )
        if region == "SA":
            op = self.pick(["50", "53", "54", "55", "56", "59"])
            a, b = r.randint(100, 999), r.randint(1000, 9999)
            return self.pick([f"+966 {op} {a} {b}", f"0{op}{a}{b}", f"+966{op}{a}{b}", f"0{op} {a} {b}"])
        if mobile:
            op = self.pick(["91", "92", "93", "96"])
            a, b = r.randint(100, 999), r.randint(100, 999)
            return self.pick(
                [
                    f"+351 {op}{r.randint(0, 9)} {a} {b}",
                    f"{op}{r.randint(0, 9)} {a} {b}",
                    f"+351{op}{r.randint(0, 9)}{a}{b}",
                    f"{op}{r.randint(0, 9)}{a}{b}",
                ]
            )
        return f"{self.pick(['21', '22', '239'])} {r.randint(100, 999)} {r.randint(1000, 9999)}"

    # postal codes -------------------------------------------------------------------------------
    def ca_postal(self, letter: str) -> str:
        letters = "ABCEGHJKLMNPRSTVXY"
        r = self.r
        fsa = f"{letter}{r.randint(0, 9)}{self.pick(letters)}"
        return f"{fsa} {r.randint(0, 9)}{self.pick(letters)}{r.randint(0, 9)}"

    def pt_postal(self, prefix: str) -> str:
        head = (prefix + "".join(str(self.r.randint(0, 9)) for _ in range(4)))[:4]
        return f"{head}-{self.r.randint(0, 999):03d}"

    # a person -----------------------------------------------------------------------------------
    def person(self, region: str | None = None) -> Person:
        r = self.r
        region = region or self.pick(["CA", "CA", "CA", "SA", "SA", "PT", "PT"])
        if region == "CA":
            first, last = self.pick(CA_FIRST), self.pick(CA_LAST)
            city, prov, letter, lat, lon, _ = self.pick(CA_CITIES)
            street = f"{r.randint(1, 3999)} {self.pick(CA_STREETS)}"
            unit = self.pick([*CA_UNITS, None, None])
            postal, country, district = self.ca_postal(letter), "CA", ""
            full = f"{first} {last}"
        elif region == "SA":
            first, last = self.pick(SA_FIRST), self.pick(SA_LAST)
            city, prov, pre, lat, lon, districts = self.pick(SA_CITIES)
            district = self.pick(districts)
            street = f"{r.randint(1000, 9999)} {self.pick(SA_STREETS)}"
            unit = self.pick([f"Villa {r.randint(1, 40)}", f"Apt {r.randint(1, 30)}", None])
            postal, country = f"{pre}{r.randint(1000, 4999)}", "SA"
            full = self.pick(SA_ARABIC) if r.random() < 0.25 else f"{first} {last}"
        else:
            first, last = self.pick(PT_FIRST), self.pick(PT_LAST)
            city, prov, pre, lat, lon, _ = self.pick(PT_CITIES)
            street = f"{self.pick(PT_STREETS)} {r.randint(1, 480)}"
            unit = self.pick(PT_FLOORS) or None
            postal, country, district = self.pt_postal(pre), "PT", ""
            full = f"{first} {last}"
        user = fold(first.split()[0])
        surname = fold(last.split()[-1])
        local = self.pick(
            [
                f"{user}.{surname}",
                f"{user}{surname}",
                f"{user[0]}{surname}",
                f"{user}_{surname}{r.randint(1, 99)}",
                f"{user}.{surname}{r.randint(70, 99)}",
                f"{surname}.{user}",
            ]
        )
        email = f"{local}@{self.pick(DOMAINS[region])}"
        return Person(
            region,
            first,
            last,
            full,
            email,
            self.phone_in(region),
            street,
            unit,
            city,
            prov,
            postal,
            country,
            round(lat + r.uniform(-0.08, 0.08), 6),
            round(lon + r.uniform(-0.08, 0.08), 6),
            district,
        )

    def other(self, region: str | None = None) -> Person:
        return self.person(region or self.p.region)

    def work_email(self, person: Person | None = None) -> str:
        person = person or self.p
        return f"{fold(person.first.split()[0])}.{fold(person.last.split()[-1])}@{self.pick(WORK_DOMAINS)}"

    def staff_email(self, person: Person) -> str:
        return f"{fold(person.first.split()[0])[0]}.{fold(person.last.split()[-1])}@caravela.example"

    def address_line(self, person: Person | None = None) -> str:
        p = person or self.p
        unit = f", {p.unit}" if p.unit else ""
        if p.region == "CA":
            return f"{p.street}{unit}, {p.city}, {p.province} {p.postal}"
        if p.region == "SA":
            return f"{p.street}, {p.district}, {p.city} {p.postal} {self.r.randint(2000, 9999)}"
        return f"{p.street}{(' ' + p.unit) if p.unit else ''}, {p.postal} {p.city}"

    def sa_short_address(self) -> str:
        return "".join(self.pick("ABDEGHJKMRST") for _ in range(4)) + f"{self.r.randint(1000, 9999)}"

    # identifiers with check digits --------------------------------------------------------------
    def sin(self) -> str:
        number = self.luhn_complete(str(self.pick([1, 2, 3, 4, 5, 6, 7, 9])) + self.digits(7))
        return self.pick(
            [number, f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}"]
        )

    def saudi_id(self, kind: str | None = None) -> str:
        lead = kind or self.pick(["1", "2"])
        return self.luhn_complete(lead + self.digits(8))

    def nif(self) -> str:
        body = self.pick(["1", "2", "2", "3"]) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        total = sum(int(d) * (9 - i) for i, d in enumerate(body))
        check = 0 if total % 11 < 2 else 11 - total % 11
        return body + str(check)

    def cartao_cidadao(self) -> str:
        def valid(doc: str) -> bool:
            total = 0
            for i, ch in enumerate(reversed(doc)):
                value = int(ch, 36)
                if i % 2:
                    value *= 2
                    value -= 9 if value > 9 else 0
                total += value
            return total % 10 == 0

        base = "".join(str(self.r.randint(0, 9)) for _ in range(8))
        check = str(self.r.randint(0, 9))
        letters = self.pick(["ZZ", "ZY", "ZX", "ZW", "Z0", "ZZ"])
        for last in range(10):
            doc = f"{base}{check}{letters}{last}"
            if valid(doc):
                return f"{base} {check} {letters}{last}"
        return self.cartao_cidadao()

    def iban_sa(self) -> str:
        bank = self.pick(["80", "10", "20", "45", "05", "15"])
        bban = bank + "".join(str(self.r.randint(0, 9)) for _ in range(18))
        return self._iban("SA", bban)

    def iban_pt(self) -> str:
        nib19 = self.pick(["0035", "0033", "0007", "0010", "0036"]) + "".join(
            str(self.r.randint(0, 9)) for _ in range(15)
        )
        check = 98 - (int(nib19) * 100) % 97
        return self._iban("PT", f"{nib19}{check:02d}")

    def _iban(self, country: str, bban: str) -> str:
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        trans = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
        trans.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        wmi = self.pick(["1FT", "1GC", "3HA", "1FV", "WDB", "JAL"])
        body = list(
            wmi
            + "".join(self.pick(chars) for _ in range(5))
            + "0"
            + self.pick("LMNPR")
            + "".join(self.pick(chars) for _ in range(7))
        )
        total = sum(trans[c] * w for c, w in zip(body, weights))
        body[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(body)

    def plate(self, region: str | None = None) -> str:
        region = region or self.pick(["CA", "SA", "PT"])
        letters = "ABCDEFGHJKLMNPRSTUVWXZ"
        if region == "CA":
            return self.pick(
                [
                    f"{''.join(self.pick(letters) for _ in range(4))} {self.r.randint(100, 999)}",
                    f"{self.pick(letters)}{self.r.randint(10, 99)} {self.pick(letters)}{self.pick(letters)}"
                    f"{self.pick(letters)}",
                    f"AA{self.r.randint(10000, 99999)}",
                ]
            )
        if region == "SA":
            return f"{self.r.randint(1000, 9999)} {''.join(self.pick('ABDEGHJKLNRSTUVXZ') for _ in range(3))}"
        head, tail = self.pick(letters) + self.pick(letters), self.pick(letters) + self.pick(letters)
        return f"{head}-{self.r.randint(10, 99)}-{tail}"

    def passport(self, region: str | None = None) -> str:
        region = region or self.p.region
        if region == "CA":
            return self.pick(["GA", "AB", "HK", "AK"]) + self.digits(6)
        if region == "SA":
            return self.pick(["A", "K", "R"]) + self.digits(7)
        return self.pick(["CB", "CC", "P"]) + self.digits(6)

    def mada(self) -> str:
        return self.luhn_complete(
            self.pick(["588845", "440647", "446404", "968208", "636120"]) + self.digits(9)
        )

    def ohip(self) -> str:
        version = self.pick(["AB", "KT", "MX", "ZR"])
        return f"{self.digits(4)}-{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-{version}"

    # ad and payment identifiers -----------------------------------------------------------------
    def b64ish(self, n: int) -> str:
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "".join(self.pick(alphabet) for _ in range(n))

    def gclid(self) -> str:
        return "Cj0KCQjw" + self.b64ish(70) + "_BwE"

    def fbclid(self) -> str:
        return "IwAR" + self.b64ish(55)

    def fbp(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def stripe_id(self, prefix: str, n: int = 24) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return prefix + "1P" + "".join(self.pick(alnum) for _ in range(n - 2))

    def sha256(self, text: str) -> str:
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()

    def date_between(self, y0: int, y1: int) -> str:
        return self.date(y0, y1)

    def e164(self, person: Person) -> str:
        digits = "".join(ch for ch in person.phone if ch.isdigit())
        code, n = {"CA": ("1", 10), "SA": ("966", 9), "PT": ("351", 9)}[person.region]
        return f"+{code}{digits[-n:]}"

    def remember_dob(self, y0: int, y1: int) -> str:
        self._dob = self.date(y0, y1)
        return self._dob

    def age_from_dob(self) -> int:
        year, month = int(self._dob[:4]), int(self._dob[5:7])
        return 2024 - year - (1 if month > 6 else 0)

    def ip(self) -> str:
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()


# -- tiny template helpers -------------------------------------------------------------------------


def c(value):
    return lambda f: value


def pk(*values):
    return lambda f: f.pick(list(values))


def ri(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def mo(lo, hi):
    return lambda f: f.money(lo, hi)


def yes_no():
    return lambda f: f.pick([True, False])


ISO = lambda f: f.iso()  # noqa: E731
UUID = lambda f: f.uuid()  # noqa: E731
EPOCH = lambda f: f.epoch_ms()  # noqa: E731
MOVE_DATE = lambda f: f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"  # noqa: E731


def quote_no(f):
    return f"Q-{f.pick(['CA', 'SA', 'PT'])}-{f.digits(6)}"


def booking_no(f):
    return f"CRV-{f.r.randint(24, 25)}{f.digits(5)}"


def job_no(f):
    return f"J{f.digits(7)}"


def unit_no(f):
    return f"{f.pick(['A', 'B', 'C', 'D'])}{f.r.randint(1, 3)}{f.r.randint(1, 60):02d}"


# -- contexts sent by the client libraries -----------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67",
]
WEB_UAS_NO_HINTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0",
]
REGION_LOCALES = {
    "CA": ["en-CA", "fr-CA", "en-US"],
    "SA": ["ar-SA", "en-SA", "en-US", "en-IN"],
    "PT": ["pt-PT", "pt-BR", "en-GB"],
}
REGION_TZ = {
    "CA": ["America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax", "America/Winnipeg"],
    "SA": ["Asia/Riyadh"],
    "PT": ["Europe/Lisbon", "Atlantic/Azores"],
}
SITE = {
    "CA": "https://www.caravela.example",
    "SA": "https://sa.caravela.example",
    "PT": "https://www.caravela.example/pt",
}


def web_context(f: F, page: str, title: str):
    region = f.p.region
    ua_hints = f.r.random() < 0.75
    ctx: dict[str, Any] = {
        "library": {
            "name": G(c("analytics.js")),
            "version": G(pk("npm:next-1.72.0", "npm:next-1.70.2", "next-1.74.1")),
        },
        "page": {
            "path": G(c(page)),
            "referrer": G(
                pk(
                    "https://www.google.com/",
                    "",
                    "https://www.bing.com/",
                    "https://www.caravela.example/",
                    "https://l.facebook.com/",
                    "https://www.kijiji.example/",
                )
            ),
            "search": G(
                pk(
                    "",
                    "",
                    "?utm_source=google&utm_medium=cpc&utm_campaign=movers_toronto",
                    "?ref=storage_banner",
                    "?step=2",
                    "?lang=fr",
                )
            ),
            "title": G(c(title)),
            "url": G(lambda f: SITE[region] + page),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS if ua_hints else WEB_UAS_NO_HINTS)),
        "locale": G(lambda f: f.pick(REGION_LOCALES[region])),
        "timezone": G(lambda f: f.pick(REGION_TZ[region])),
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if ua_hints:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(pk("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pk("124", "123", "99", "8")),
                },
                3,
            ),
            "mobile": G(yes_no()),
            "platform": G(pk("Windows", "macOS", "Android")),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": G(
                pk("movers_toronto", "storage_spring", "mudancas_lisboa", "riyadh_relocation", "corporate_q3")
            ),
            "source": G(pk("google", "facebook", "newsletter", "bing", "snapchat")),
            "medium": G(pk("cpc", "email", "social", "paid_social")),
            "term": G(
                pk(
                    "movers near me",
                    "storage units calgary",
                    "empresa de mudanças porto",
                    "moving company riyadh",
                    "",
                )
            ),
            "content": G(pk("ad_a", "hero_banner", "text_link", "carousel_2")),
        }
    return ctx


def swift_context(f: F):
    tracking = f.r.random() < 0.3
    device: dict[str, Any] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(c("Apple")),
        "model": G(pk("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2", "iPad13,18")),
        "name": G(pk("iPhone", "iPad")),
        "type": G(c("ios")),
        "adTrackingEnabled": G(c(tracking)),
    }
    if tracking:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.4:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    ctx: dict[str, Any] = {
        "app": {
            "name": G(c("Caravela")),
            "version": G(pk("4.8.0", "4.8.2", "4.9.0")),
            "build": G(pk("4800", "4820", "4901")),
            "namespace": G(c("com.caravela.moving")),
        },
        "device": device,
        "library": {"name": G(c("analytics-swift")), "version": G(pk("1.5.11", "1.6.0", "1.6.2"))},
        "locale": G(lambda f: f.pick(REGION_LOCALES[f.p.region])),
        "network": {"wifi": G(yes_no()), "cellular": G(yes_no())},
        "os": {"name": G(c("iOS")), "version": G(pk("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pk(390, 393, 430, 820)), "height": G(pk(844, 852, 932, 1180))},
        "timezone": G(lambda f: f.pick(REGION_TZ[f.p.region])),
        "instanceId": G(UUID),
    }
    if f.r.random() < 0.7:
        ctx["traits"] = {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "userId": G(lambda f: "usr_" + f.digits(8)),
        }
    return ctx


CARRIERS = {
    "CA": ["Rogers", "Bell", "TELUS"],
    "SA": ["STC", "Mobily", "Zain SA"],
    "PT": ["MEO", "NOS", "Vodafone P"],
}
DEPOTS = {
    "CA": ["Toronto-Etobicoke", "Montréal-Anjou", "Calgary-Foothills"],
    "SA": ["Riyadh-Sulay", "Jeddah-South", "Dammam-2nd-Industrial"],
    "PT": ["Lisboa-Loures", "Porto-Maia"],
}
CREW_DEVICES = [
    ("samsung", "SM-G736W", "xcover6pro"),
    ("Zebra Technologies", "TC58", "TC58"),
    ("Google", "Pixel 7a", "lynx"),
    ("samsung", "SM-A546E", "a54x"),
]


def kotlin_context(f: F):
    """The crew app on company Android phones: location is on, traits describe the crew member."""
    maker, model, codename = f.pick(CREW_DEVICES)
    return {
        "app": {
            "name": G(c("Caravela Crew")),
            "version": G(pk("2.31.0", "2.32.1", "2.33.0")),
            "build": G(pk("231000", "232100", "233004")),
            "namespace": G(c("com.caravela.crew")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(c(maker)),
            "model": G(c(model)),
            "name": G(c(codename)),
            "type": G(c("android")),
        },
        "library": {"name": G(c("analytics-kotlin")), "version": G(pk("1.16.3", "1.17.0"))},
        "locale": G(lambda f: f.pick(REGION_LOCALES[f.s.region])),
        "location": {
            "latitude": Y(lambda f: round(f.s.lat + f.r.uniform(-0.2, 0.2), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.s.lon + f.r.uniform(-0.2, 0.2), 6), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 27), 2)),
        },
        "network": {
            "wifi": G(yes_no()),
            "cellular": G(yes_no()),
            "carrier": G(lambda f: f.pick(CARRIERS[f.s.region])),
            "bluetooth": G(yes_no()),
        },
        "os": {"name": G(c("Android")), "version": G(pk("14", "13", "12"))},
        "screen": {
            "density": G(pk(2.625, 2.75, 3.0)),
            "width": G(pk(1080, 720)),
            "height": G(pk(2400, 1600, 2340)),
        },
        "timezone": G(lambda f: f.pick(REGION_TZ[f.s.region])),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; {model} Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(UUID),
        "traits": {
            "employeeId": G(lambda f: "E" + f.digits(5)),
            "name": Y(lambda f: f.s.full, "name"),
            "role": G(pk("driver", "crew_lead", "mover", "packer")),
            "depot": G(lambda f: f.pick(DEPOTS[f.s.region])),
        },
    }


def rn_context(f: F):
    tracking = f.r.random() < 0.5
    device: dict[str, Any] = {
        "id": G(UUID),
        "manufacturer": G(pk("Apple", "samsung", "Google", "OnePlus")),
        "model": G(pk("iPhone14,7", "SM-S911W", "Pixel 8", "CPH2451")),
        "name": G(pk("iPhone", "dm1q", "shiba", "OP5958L1")),
        "type": G(pk("ios", "android")),
        "adTrackingEnabled": G(c(tracking)),
    }
    if tracking:
        device["advertisingId"] = Y(UUID, "advertising id")
    ctx: dict[str, Any] = {
        "app": {
            "name": G(c("Caravela Storage")),
            "version": G(pk("3.4.0", "3.4.1", "3.5.0")),
            "build": G(pk("340", "341", "350")),
            "namespace": G(c("com.caravela.storage")),
        },
        "device": device,
        "library": {"name": G(c("analytics-react-native")), "version": G(pk("2.19.2", "2.20.0"))},
        "locale": G(lambda f: f.pick(REGION_LOCALES[f.p.region])),
        "network": {"wifi": G(yes_no()), "cellular": G(yes_no())},
        "os": {"name": G(pk("iOS", "Android")), "version": G(pk("17.4", "14", "13"))},
        "screen": {"width": G(pk(390, 412, 360)), "height": G(pk(844, 915, 800))},
        "timezone": G(lambda f: f.pick(REGION_TZ[f.p.region])),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = {
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "tenantId": G(lambda f: "T-" + f.digits(6)),
        }
    return ctx


def flutter_context(f: F):
    """The Saudi customer app."""
    ctx: dict[str, Any] = {
        "app": {
            "name": G(c("Caravela KSA")),
            "version": G(pk("1.12.0", "1.12.3", "1.13.0")),
            "build": G(pk("112", "1123", "113")),
            "namespace": G(c("sa.caravela.app")),
        },
        "device": {
            "id": G(UUID),
            "manufacturer": G(pk("Apple", "samsung", "HUAWEI", "Xiaomi")),
            "model": G(pk("iPhone15,3", "SM-S928B", "ALN-LX9", "23049PCD8G")),
            "type": G(pk("ios", "android")),
        },
        "library": {"name": G(c("analytics_flutter")), "version": G(pk("1.1.3", "1.1.5"))},
        "locale": G(pk("ar-SA", "en-SA", "ar")),
        "network": {"wifi": G(yes_no()), "cellular": G(yes_no())},
        "os": {"name": G(pk("iOS", "Android")), "version": G(pk("17.5", "14", "12"))},
        "screen": {"width": G(pk(393, 412)), "height": G(pk(852, 915))},
        "timezone": G(c("Asia/Riyadh")),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = {
            "name": Y(lambda f: f.p.full, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
        }
    return ctx


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(f: F, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(c(name)), "version": G(lambda f: f.pick(versions))}}
    if f.r.random() < 0.55:
        ctx["ip"] = Y(lambda f: f.ip(), "ip")
    if f.r.random() < 0.3:
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS + WEB_UAS_NO_HINTS))
    if f.r.random() < 0.3:
        ctx["locale"] = G(lambda f: f.pick(REGION_LOCALES[f.p.region]))
    if f.r.random() < 0.25:
        ctx["traits"] = {"email": Y(lambda f: f.p.email, "email")}
    if f.r.random() < 0.2:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.p.email, "email", True),
                "type": G(c("email")),
                "collection": G(c("users")),
                "encoding": G(c("none")),
            },
            1,
        )
    if f.r.random() < 0.15:
        ctx["groupId"] = G(lambda f: "acct_" + f.digits(5))
    return ctx


# -- shared body fragments ---------------------------------------------------------------------------


def move_address(prefix: str):
    """Origin or destination of the customer's move: their home, now or next."""
    who = (lambda f: f.p) if prefix == "origin" else (lambda f: f.o)
    return {
        "street": Y(lambda f: who(f).street, "address|street"),
        "unit": Y(lambda f: who(f).unit, "address"),
        "city": Y(lambda f: who(f).city, "city"),
        "province": G(lambda f: who(f).province),
        "postal_code": Y(lambda f: who(f).postal, "zipcode"),
        "country": G(lambda f: who(f).country),
        "floor": G(ri(0, 22)),
        "has_elevator": G(yes_no()),
    }


INVENTORY_ITEMS = [
    ("Sofa 3-seat", "living_room", 45),
    ("Queen bed frame", "bedroom", 30),
    ("Mattress (queen)", "bedroom", 25),
    ("Dining table", "dining_room", 30),
    ("Dining chair", "dining_room", 5),
    ("Wardrobe 2-door", "bedroom", 40),
    ("Refrigerator", "kitchen", 45),
    ("Washing machine", "laundry", 20),
    ("Upright piano", "living_room", 60),
    ("Box - medium", "misc", 3),
    ("Box - wardrobe", "bedroom", 10),
    ("TV 65in", "living_room", 8),
    ("Desk", "office", 20),
    ("Bookshelf", "office", 18),
    ("Majlis floor cushions", "majlis", 12),
    ("Treadmill", "garage", 35),
    ("Bicycle", "garage", 8),
]


def inventory_line():
    return {
        "item": G(lambda f: f.pick(INVENTORY_ITEMS)[0]),
        "room": G(lambda f: f.pick(INVENTORY_ITEMS)[1]),
        "quantity": G(ri(1, 6)),
        "cubic_feet": G(lambda f: f.pick(INVENTORY_ITEMS)[2]),
        "fragile": G(yes_no()),
    }


SUPPLIES = [
    ("BOX-SM-25", "Small moving box (25 pack)", "Boxes", 39.99),
    ("BOX-MD-15", "Medium moving box (15 pack)", "Boxes", 44.5),
    ("BOX-WR-3", "Wardrobe box with bar", "Boxes", 29.0),
    ("TAPE-6", "Packing tape, 6 rolls", "Tape", 17.99),
    ("WRAP-BUB-50", "Bubble wrap 50 m", "Protection", 24.99),
    ("MAT-COVER-Q", "Mattress cover queen", "Protection", 9.99),
    ("KIT-2BR", "2-bedroom moving kit", "Kits", 149.0),
    ("LOCK-DISC", "Disc padlock", "Storage", 19.99),
    ("DOLLY-RENT", "Furniture dolly rental (day)", "Rentals", 12.0),
]


def supply_product():
    return {
        "product_id": G(lambda f: str(f.r.randint(10000, 99999))),
        "sku": G(lambda f: f.pick(SUPPLIES)[0]),
        "name": G(lambda f: f.pick(SUPPLIES)[1]),
        "category": G(lambda f: f.pick(SUPPLIES)[2]),
        "brand": G(pk("Caravela", "Uline", "3M")),
        "price": G(lambda f: f.pick(SUPPLIES)[3]),
        "quantity": G(ri(1, 5)),
        "position": G(ri(1, 24)),
        "url": G(lambda f: f"https://www.caravela.example/shop/{f.pick(SUPPLIES)[0].lower()}"),
        "image_url": G(lambda f: f"https://cdn.caravela.example/shop/{f.hexid(10)}.webp"),
    }


def note_with_phone(f: F) -> str:
    o = f.o
    phone = f.phone_in(f.p.region)
    return f.pick(
        [
            f"Client asked us to call {phone} 30 min before arrival",
            f"Call {o.first} on {phone} at the gate, buzzer broken",
            f"Ligar ao cliente {phone} antes de chegar",
            f"Neighbour has the key, phone {phone}",
            f"Building super: {phone}, freight elevator booked 8-12",
            f"Customer's wife will be on site, mobile {phone}",
        ]
    )


def access_note(f: F) -> str:
    code = f.digits(4)
    return f.pick(
        [
            f"Buzz {f.r.randint(100, 2400)} then code {code}#",
            f"Lockbox at side door, code {code}",
            f"Concierge code {code}, loading dock on the left",
            f"Garage door code {code}*",
            f"Código do portão {code}",
            f"Gate code {code}, villa is the 3rd on the right",
        ]
    )


# -- the events --------------------------------------------------------------------------------------
# (kind, event or name, client, region or None, weight, body: dict or callable(f) -> dict)


def quote_requested(f: F):
    body: dict[str, Any] = {
        "quote_id": G(quote_no),
        "move_type": G(pk("local", "long_distance", "international", "office", "student")),
        "move_date": G(MOVE_DATE),
        "flexible_dates": G(yes_no()),
        "home_size": G(pk("studio", "1_bedroom", "2_bedroom", "3_bedroom", "4_plus", "villa")),
        "origin": move_address("origin"),
        "destination": move_address("destination"),
        "contact": {
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "preferred_contact_method": G(pk("phone", "email", "whatsapp", "sms")),
            "best_time_to_call": G(pk("morning", "afternoon", "evening", "any")),
        },
        "inventory": Many(inventory_line(), 6),
        "estimated_volume_m3": G(mo(4, 90)),
        "estimated_weight_kg": G(ri(300, 9000)),
        "packing_service": G(yes_no()),
        "storage_needed": G(yes_no()),
        "special_items": Many(G(pk("piano", "pool_table", "artwork", "safe", "hot_tub", "motorcycle")), 2),
        "how_did_you_hear": G(pk("google", "friend", "realtor", "employer", "instagram", "radio")),
        "access_notes": RED(access_note, "secret", True),
        "currency": G(lambda f: {"CA": "CAD", "SA": "SAR", "PT": "EUR"}[f.p.region]),
    }
    if f.r.random() < 0.3:
        body["gclid"] = Y(lambda f: f.gclid(), "advertising id")
    return body


EVENTS: list[tuple[str, str | None, str, str | None, int, Any]] = [
    # -- web: quotes ----------------------------------------------------------------------------------
    (
        "page",
        "Get a Quote",
        "web:/quote:Get a free moving quote | Caravela",
        None,
        3,
        {
            "path": G(c("/quote")),
            "url": G(lambda f: SITE[f.p.region] + "/quote"),
            "title": G(c("Get a free moving quote | Caravela")),
            "referrer": G(pk("https://www.google.com/", "", "https://www.caravela.example/")),
            "search": G(pk("", "?step=1", "?utm_source=google&utm_medium=cpc")),
        },
    ),
    (
        "page",
        "Storage Locations",
        "web:/storage/locations:Self storage near you | Caravela",
        None,
        2,
        {
            "path": G(c("/storage/locations")),
            "url": G(lambda f: SITE[f.p.region] + "/storage/locations"),
            "title": G(c("Self storage near you | Caravela")),
            "category": G(c("Storage")),
        },
    ),
    (
        "track",
        "Quote Started",
        "web:/quote:Get a free moving quote | Caravela",
        None,
        3,
        {
            "quoteId": G(quote_no),
            "moveType": G(pk("local", "long_distance", "international", "office")),
            "originCountry": G(pk("CA", "SA", "PT", "US", "GB", "IN", "PH")),
            "destinationCountry": G(pk("CA", "SA", "PT", "AE", "US")),
            "homeSize": G(pk("studio", "1br", "2br", "3br", "4br+")),
            "step": G(c(1)),
        },
    ),
    ("track", "Quote Requested", "web:/quote/details:Your move details | Caravela", None, 3, quote_requested),
    (
        "track",
        "Address Suggestion Selected",
        "web:/quote/details:Your move details | Caravela",
        None,
        2,
        {
            "field": G(pk("origin", "destination")),
            "label": Y(lambda f: f.address_line(), "address", True),
            "placeId": G(lambda f: "ChIJ" + f.b64ish(23)),
            "sessionToken": G(UUID),
            "suggestionIndex": G(ri(0, 4)),
            "charactersTyped": G(ri(3, 25)),
        },
    ),
    (
        "track",
        "Address Autocomplete Shown",
        "web:/quote/details:Your move details | Caravela",
        None,
        1,
        {
            "text": Y(lambda f: f.address_line(), "address", True),
            "predictionsCount": G(ri(1, 5)),
            "provider": G(pk("google_places", "canada_post_addresscomplete", "spl_national_address")),
            "latencyMs": G(ri(40, 900)),
        },
    ),
    (
        "track",
        "Contact Field Completed",
        "web:/quote/contact:Contact details | Caravela",
        None,
        2,
        lambda f: (
            lambda kind: {
                "form_id": G(c("quote_contact")),
                "field_label": G(
                    c({"email": "Email address", "phone": "Mobile number", "name": "Full name"}[kind])
                ),
                "value": Y(
                    lambda f: {"email": f.p.email, "phone": f.p.phone, "name": f.p.full}[kind],
                    "email|phone|name",
                    True,
                ),
                "time_to_complete_ms": G(ri(800, 24000)),
                "corrections": G(ri(0, 4)),
            }
        )(f.pick(["email", "phone", "name"])),
    ),
    (
        "track",
        "Estimate Field Changed",
        "web:/quote/details:Your move details | Caravela",
        None,
        2,
        {
            "field": G(pk("bedrooms", "boxes", "floor", "move_date", "packing")),
            "input": G(pk("3", "25", "2nd floor", "2025-07-01", "full packing", "no", "10")),
            "previous": G(pk("2", "20", "ground", "", "none")),
            "estimate_delta": G(mo(-300, 600)),
        },
    ),
    (
        "track",
        "Booking Looked Up",
        "web:/manage-booking:Manage my booking | Caravela",
        None,
        2,
        {
            "q": Y(lambda f: f.pick([f.p.email, f.p.phone]), "email|phone", True),
            "found": G(yes_no()),
            "results": G(ri(0, 2)),
            "lookup_method": G(pk("contact", "contact_and_postcode")),
        },
    ),
    (
        "track",
        "Quote Accepted",
        "web:/quote/review:Review your quote | Caravela",
        None,
        2,
        {
            "quote_id": G(quote_no),
            "booking_reference": G(booking_no),
            "total": G(mo(600, 14000)),
            "deposit": G(mo(100, 1000)),
            "currency": G(lambda f: {"CA": "CAD", "SA": "SAR", "PT": "EUR"}[f.p.region]),
            "crew_size": G(ri(2, 6)),
            "hourly_rate": G(pk(159.0, 189.0, 229.0, 350.0, 95.0)),
            "valuation_option": G(pk("basic_0.60_per_lb", "full_value_protection", "seguro_total")),
            "coupon": G(pk("", "SPRING25", "NEWHOME10", "MUDAR15")),
        },
    ),
    (
        "identify",
        None,
        "web:/quote/contact:Contact details | Caravela",
        None,
        3,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "address": {
                "street": Y(lambda f: f.p.street, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "state": G(lambda f: f.p.province),
                "postalCode": Y(lambda f: f.p.postal, "zipcode"),
                "country": G(lambda f: f.p.country),
            },
            "createdAt": G(ISO),
            "preferredLanguage": G(pk("en", "fr", "ar", "pt")),
            "marketingOptIn": G(yes_no()),
            "customerType": G(pk("residential", "corporate_relocation", "business")),
        },
    ),
    ("alias", None, "web:/quote/contact:Contact details | Caravela", None, 1, {}),
    (
        "track",
        "Callback Requested",
        "web:/contact:Contact us | Caravela",
        None,
        2,
        {
            "callback_phone": Y(lambda f: f.p.phone, "phone"),
            "contact_name": Y(lambda f: f.p.full, "name"),
            "topic": G(pk("quote", "storage", "claim", "corporate", "billing")),
            "branch": G(pk("Toronto", "Montréal", "Vancouver", "Riyadh", "Jeddah", "Lisboa", "Porto")),
            "branch_phone": G(
                pk("+1 416 800 2210", "+1 514 700 4412", "+966 11 510 2200", "+351 21 120 4400")
            ),
            "branch_email": G(
                pk("toronto@caravela.example", "riyadh@caravela.example", "porto@caravela.example")
            ),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        "web:/blog/moving-checklist:The ultimate moving checklist",
        None,
        1,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "list": G(pk("moving_tips", "storage_deals", "expat_guides")),
            "language": G(pk("en", "fr", "ar", "pt")),
        },
    ),
    (
        "track",
        "Referral Sent",
        "web:/account/refer:Refer a friend | Caravela",
        None,
        1,
        {
            "referral_code": G(lambda f: f.p.first.split()[0].upper()[:5] + f.digits(3)),
            "friend_name": Y(lambda f: f.o.full, "name"),
            "friend_email": Y(lambda f: f.o.email, "email"),
            "channel": G(pk("email", "whatsapp", "copy_link")),
        },
    ),
    (
        "track",
        "Live Chat Started",
        "web:/contact:Contact us | Caravela",
        None,
        1,
        {
            "chat_id": G(lambda f: "ch_" + f.hexid(16)),
            "topic": G(pk("quote", "storage", "claim", "billing")),
            "visitor_name": Y(lambda f: f.p.first, "name"),
            "visitor_email": Y(lambda f: f.p.email, "email"),
            "visitor_phone": Y(lambda f: f.p.phone, "phone"),
        },
    ),
    # -- web: packing-supplies shop (e-commerce spec) ---------------------------------------------------
    (
        "track",
        "Products Searched",
        "web:/shop:Packing supplies | Caravela",
        None,
        2,
        {
            "query": G(pk("wardrobe box", "bubble wrap", "tape", "mattress bag", "caixas", "padlock")),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web:/shop:Packing supplies | Caravela",
        None,
        2,
        lambda f: {
            **{k: v for k, v in supply_product().items() if k != "position"},
            "currency": G(lambda f: {"CA": "CAD", "SA": "SAR", "PT": "EUR"}[f.p.region]),
        },
    ),
    (
        "track",
        "Product Added",
        "web:/shop:Packing supplies | Caravela",
        None,
        2,
        {
            "cart_id": G(UUID),
            **{
                k: v
                for k, v in supply_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        "web:/shop/checkout:Checkout | Caravela",
        None,
        2,
        {
            "order_id": G(lambda f: "SO-" + f.digits(7)),
            "revenue": G(mo(20, 400)),
            "shipping": G(pk(0.0, 9.99, 14.99)),
            "tax": G(mo(2, 50)),
            "coupon": G(pk("", "BOXES10", "FREESHIP")),
            "currency": G(lambda f: {"CA": "CAD", "SA": "SAR", "PT": "EUR"}[f.p.region]),
            "products": Many(supply_product(), 4),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web:/shop/checkout:Checkout | Caravela",
        None,
        2,
        {
            "checkout_id": G(UUID),
            "order_id": G(lambda f: "SO-" + f.digits(7)),
            "step": G(c(3)),
            "payment_method": G(pk("card", "apple_pay", "interac", "mada", "mbway", "multibanco")),
            "card_brand": G(pk("visa", "mastercard", "amex", "mada")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.p.full, "name"),
            "billing_postal_code": Y(lambda f: f.p.postal, "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        "web:/shop/confirmation:Thank you | Caravela",
        None,
        2,
        {
            "checkout_id": G(UUID),
            "order_id": G(lambda f: "SO-" + f.digits(7)),
            "total": G(mo(20, 400)),
            "tax": G(mo(2, 50)),
            "currency": G(lambda f: {"CA": "CAD", "SA": "SAR", "PT": "EUR"}[f.p.region]),
            "products": Many(supply_product(), 4),
            "shipping_method": G(pk("delivery_with_move", "canada_post", "smsa", "ctt_expresso", "pickup")),
            "shipping_address": {
                "name": Y(lambda f: f.p.full, "name"),
                "line1": Y(lambda f: f.p.street, "address|street"),
                "line2": Y(lambda f: f.p.unit, "address"),
                "city": Y(lambda f: f.p.city, "city"),
                "postal_code": Y(lambda f: f.p.postal, "zipcode"),
                "country": G(lambda f: f.p.country),
            },
            "delivery_phone": Y(lambda f: f.p.phone, "phone"),
            "tracking_number": G(
                lambda f: f.pick(["7" + f.digits(15), "RR" + f.digits(9) + "PT", "SMSA" + f.digits(10)])
            ),
        },
    ),
    # -- web: corporate relocation portal ---------------------------------------------------------------
    (
        "page",
        "Relocation Portal",
        "web:/relocation/home:My relocation | Caravela Global Mobility",
        None,
        1,
        {
            "path": G(c("/relocation/home")),
            "url": G(lambda f: SITE[f.p.region] + "/relocation/home"),
            "title": G(c("My relocation | Caravela Global Mobility")),
            "category": G(c("Relocation")),
        },
    ),
    (
        "track",
        "School Search Performed",
        "web:/relocation/schools:School search",
        None,
        2,
        {
            "search_term": G(
                pk(
                    "british school riyadh",
                    "IB school lisbon",
                    "french immersion calgary",
                    "american curriculum jeddah",
                    "escola internacional porto",
                )
            ),
            "city": G(
                pk("Riyadh", "Jeddah", "Lisboa", "Cascais", "Porto", "Toronto", "Calgary", "Vancouver")
            ),
            "curriculum": Many(G(pk("British", "IB", "American", "French", "Canadian", "Portuguese")), 2),
            "grades": Many(G(pk("KG2", "Grade 3", "Year 7", "Grade 10", "9º ano")), 3),
            "child_age": G(ri(3, 17)),
        },
    ),
    (
        "track",
        "School Shortlisted",
        "web:/relocation/schools:School search",
        None,
        1,
        {
            "school_id": G(lambda f: "sch_" + f.digits(5)),
            "school_name": G(
                pk(
                    "Kings' Academy Riyadh",
                    "St. Julian's School",
                    "Oporto British School",
                    "Upper Canada College",
                    "Lycée Français de Jeddah",
                    "Calgary French & International School",
                )
            ),
            "school_city": G(pk("Riyadh", "Carcavelos", "Porto", "Toronto", "Jeddah", "Calgary")),
            "school_phone": G(pk("+966 11 482 8100", "+351 21 458 5300", "+1 416 488 1125")),
        },
    ),
    (
        "track",
        "Temporary Housing Booked",
        "web:/relocation/housing:Temporary housing",
        None,
        1,
        {
            "booking_id": G(lambda f: "TH-" + f.digits(6)),
            "hotel_name": G(
                pk(
                    "Fraser Suites Riyadh",
                    "Marriott Executive Apartments",
                    "Lisbon Serviced Apartments - Chiado",
                    "Sonder at The Hudson",
                    "Homewood Suites Calgary",
                )
            ),
            "hotel_city": G(pk("Riyadh", "Jeddah", "Lisboa", "Toronto", "Calgary")),
            "check_in": G(MOVE_DATE),
            "nights": G(ri(7, 60)),
            "guests": G(ri(1, 6)),
            "guest_names": Many(Y(lambda f: f.other().full, "name"), 4),
        },
    ),
    (
        "track",
        "Document Uploaded",
        "ios",
        None,
        2,
        {
            "doc_type": G(
                pk("passport", "lease", "inventory_list", "employment_letter", "iqama", "utility_bill")
            ),
            "file_name": G(
                pk("IMG_2231.HEIC", "scan_0012.pdf", "lease_2024.pdf", "Document.pdf", "IMG_0918.JPG")
            ),
            "file_size_bytes": G(ri(80_000, 9_000_000)),
            "relocation_id": G(lambda f: "REL-" + f.digits(6)),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    # -- iOS customer app ------------------------------------------------------------------------------
    (
        "screen",
        "Move Tracker",
        "ios",
        None,
        3,
        {
            "booking_reference": G(booking_no),
            "status": G(pk("scheduled", "crew_en_route", "loading", "in_transit", "unloading", "completed")),
            "eta_minutes": G(ri(0, 240)),
            "crew_size": G(ri(2, 6)),
        },
    ),
    (
        "track",
        "Truck Location Viewed",
        "ios",
        None,
        3,
        {
            "booking_reference": G(booking_no),
            "truck_id": G(lambda f: "TRK-" + f.digits(3)),
            "truck_lat": Y(lambda f: round(f.p.lat + f.r.uniform(-0.3, 0.3), 6), "geolocation"),
            "truck_lng": Y(lambda f: round(f.p.lon + f.r.uniform(-0.3, 0.3), 6), "geolocation"),
            "eta_minutes": G(ri(0, 240)),
            "distance_km": G(mo(0, 400)),
        },
    ),
    (
        "track",
        "Crew Rated",
        "ios",
        None,
        2,
        {
            "booking_reference": G(booking_no),
            "rating": G(ri(1, 5)),
            "crew_lead_name": Y(lambda f: f.s.full, "name"),
            "tip_amount": G(pk(0, 20, 40, 50, 100)),
            "comment": G(
                pk(
                    "Great job, very careful with the piano",
                    "A bit late but friendly",
                    "Excelente equipa!",
                    "Two boxes were crushed",
                    "",
                    "Fast and professional",
                )
            ),
        },
    ),
    (
        "identify",
        None,
        "ios",
        None,
        2,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "upcomingMoveDate": G(MOVE_DATE),
            "emailVerified": G(yes_no()),
            "phoneVerified": G(yes_no()),
        },
    ),
    (
        "track",
        "Sign In Link Requested",
        "ios",
        None,
        1,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "link_token": RED(lambda f: f.b64ish(43), "token|secret"),
            "expires_in_s": G(c(900)),
            "redirect_path": G(pk("/bookings", "/storage", "/claims")),
        },
    ),
    (
        "track",
        "Account Verified",
        "ios",
        None,
        1,
        {
            "method": G(pk("sms", "email", "whatsapp")),
            "verification_code": RED(lambda f: f.digits(6), "token|secret"),
            "attempts": G(ri(1, 3)),
            "phoneVerified": G(yes_no()),
        },
    ),
    # -- Android crew app ------------------------------------------------------------------------------
    (
        "track",
        "Job Started",
        "kotlin",
        None,
        3,
        {
            "job_id": G(job_no),
            "booking_reference": G(booking_no),
            "crew_id": G(lambda f: "CR-" + f.digits(3)),
            "truck_id": G(lambda f: "TRK-" + f.digits(3)),
            "truck_plate": Y(lambda f: f.plate(f.s.region), "license"),
            "customer_name": Y(lambda f: f.p.full, "name"),
            "customer_phone": Y(lambda f: f.p.phone, "phone"),
            "pickup_address": Y(lambda f: f.address_line(), "address"),
            "started_at": G(ISO),
        },
    ),
    (
        "track",
        "Item Scanned",
        "kotlin",
        None,
        3,
        {
            "job_id": G(job_no),
            "tag": G(lambda f: f"{f.pick(['CRV', 'LOT'])}-{f.digits(6)}"),
            "item": G(lambda f: f.pick(INVENTORY_ITEMS)[0]),
            "condition_at_pickup": G(pk("good", "scratched", "dented", "pre_existing_damage")),
        },
    ),
    (
        "track",
        "Job Note Added",
        "kotlin",
        None,
        2,
        {
            "job_id": G(job_no),
            "note": Y(note_with_phone, "phone", True),
            "visibility": G(pk("crew", "dispatch", "customer")),
        },
    ),
    (
        "track",
        "Signature Captured",
        "kotlin",
        None,
        2,
        {
            "job_id": G(job_no),
            "stage": G(pk("pickup", "delivery")),
            "signer_name": Y(lambda f: f.p.full, "name"),
            "signed_at": G(ISO),
        },
    ),
    (
        "track",
        "Shift Clocked In",
        "kotlin",
        None,
        2,
        {
            "crew_member": {
                "employee_id": G(lambda f: "E" + f.digits(5)),
                "name": Y(lambda f: f.s.full, "name"),
                "role": G(pk("driver", "crew_lead", "mover", "packer")),
                "hourly_rate": Y(lambda f: f.pick([22.5, 24.0, 27.75, 31.0, 18.0]), "salary"),
            },
            "depot": G(pk("Toronto-Etobicoke", "Montréal-Anjou", "Riyadh-Sulay", "Lisboa-Loures")),
            "depot_lat": G(pk(43.6205, 45.6061, 24.5837, 38.8306)),
            "depot_lng": G(pk(-79.5132, -73.5512, 46.8311, -9.1680)),
            "clock_in": G(ISO),
        },
    ),
    # -- React Native storage app ----------------------------------------------------------------------
    (
        "track",
        "Storage Unit Reserved",
        "rn",
        None,
        2,
        {
            "unit_id": G(unit_no),
            "facility_id": G(lambda f: "FAC-" + f.digits(3)),
            "facility_name": G(
                pk(
                    "Caravela Storage Etobicoke",
                    "Caravela Storage Laval",
                    "Caravela Storage Riyadh Sulay",
                    "Caravela Self Storage Loures",
                )
            ),
            "facility_city": G(pk("Toronto", "Laval", "Riyadh", "Loures")),
            "unit_size": G(pk("5x5", "5x10", "10x10", "10x15", "10x20")),
            "monthly_rate": G(mo(60, 450)),
            "move_in_date": G(MOVE_DATE),
            "protection_plan": G(pk("basic_2000", "premium_5000", "none")),
            "protection_certificate_no": Y(lambda f: "TPP-" + f.digits(8), "identification"),
        },
    ),
    (
        "track",
        "Gate Code Issued",
        "rn",
        None,
        2,
        {
            "unit_id": G(unit_no),
            "gate_code": RED(lambda f: f.digits(f.pick([4, 5, 6])), "secret|password"),
            "code_expires_at": G(ISO),
            "access_hours": G(pk("06:00-22:00", "24h", "07:00-21:00")),
        },
    ),
    (
        "track",
        "Gate Accessed",
        "rn",
        None,
        3,
        {
            "facility_id": G(lambda f: "FAC-" + f.digits(3)),
            "access_method": G(pk("bluetooth", "keypad", "qr")),
            "unit_id": G(unit_no),
            "accessed_at": G(EPOCH),
            "granted": G(yes_no()),
        },
    ),
    (
        "track",
        "Alternate Contact Added",
        "rn",
        None,
        1,
        {
            "unit_id": G(unit_no),
            "contact": {
                "name": Y(lambda f: f.o.full, "name"),
                "relationship": G(pk("spouse", "parent", "sibling", "friend", "business_partner")),
                "phone": Y(lambda f: f.o.phone, "phone"),
                "email": Y(lambda f: f.o.email, "email"),
            },
            "can_access_unit": G(yes_no()),
        },
    ),
    (
        "track",
        "Autopay Enabled",
        "rn",
        None,
        1,
        {
            "payment_method_id": RED(lambda f: f.stripe_id("pm_"), "token"),
            "card_brand": G(pk("visa", "mastercard", "amex")),
            "last4": G(lambda f: f.digits(4)),
            "exp_month": G(ri(1, 12)),
            "exp_year": G(ri(2025, 2031)),
            "billing_postal_code": Y(lambda f: f.p.postal, "zipcode"),
        },
    ),
    (
        "track",
        "Storage Payment Failed",
        "server:node",
        None,
        1,
        {
            "invoice_id": G(lambda f: f.stripe_id("in_")),
            "unit_id": G(unit_no),
            "amount_due": G(mo(60, 450)),
            "failure_code": G(pk("card_declined", "expired_card", "insufficient_funds")),
            "card_last4": G(lambda f: f.digits(4)),
        },
    ),
    # -- Flutter Saudi customer app --------------------------------------------------------------------
    (
        "screen",
        "الرئيسية",
        "flutter",
        "SA",
        2,
        {
            "tab": G(pk("home", "bookings", "offers")),
        },
    ),
    (
        "track",
        "Booking Confirmed",
        "flutter",
        "SA",
        3,
        {
            "bookingReference": G(booking_no),
            "moveType": G(pk("villa_move", "apartment_move", "office_move", "furniture_assembly")),
            "moveDate": G(MOVE_DATE),
            "nationalAddress": {
                "buildingNumber": Y(lambda f: f.p.street.split()[0], "address|street"),
                "streetName": Y(lambda f: f.p.street.split(" ", 1)[1], "address|street"),
                "district": Y(lambda f: f.p.district, "address"),
                "city": Y(lambda f: f.p.city, "city"),
                "postalCode": Y(lambda f: f.p.postal, "zipcode"),
                "additionalNumber": Y(lambda f: str(f.r.randint(2000, 9999)), "address"),
                "shortAddress": Y(lambda f: f.sa_short_address(), "address"),
            },
            "locationPin": {
                "lat": Y(lambda f: f.p.lat, "geolocation"),
                "lng": Y(lambda f: f.p.lon, "geolocation"),
            },
            "workers": G(ri(2, 8)),
            "includesCarpentry": G(yes_no()),
            "totalSar": G(mo(600, 9000)),
        },
    ),
    (
        "track",
        "Payment Completed",
        "flutter",
        "SA",
        2,
        {
            "paymentGateway": G(c("moyasar")),
            "paymentId": G(UUID),
            "method": G(pk("mada", "creditcard", "applepay", "stcpay")),
            "maskedPan": G(lambda f: (lambda n: n[:6] + "******" + n[-4:])(f.mada())),
            "stcPayMobile": Y(lambda f: f.phone_in("SA"), "phone"),
            "amountHalalas": G(ri(60000, 900000)),
            "currency": G(c("SAR")),
            "status": G(pk("paid", "failed", "initiated")),
        },
    ),
    (
        "track",
        "Tamara Checkout Approved",
        "flutter",
        "SA",
        1,
        {
            "tamaraOrderId": G(UUID),
            "instalments": G(pk(3, 4)),
            "customerPhone": Y(lambda f: f.p.phone, "phone"),
            "amountSar": G(mo(600, 5000)),
        },
    ),
    # -- servers: corporate relocation (python) -------------------------------------------------------
    (
        "track",
        "Corporate Relocation Initiated",
        "server:python",
        None,
        2,
        {
            "relocation_id": G(lambda f: "REL-" + f.digits(6)),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "employee": {
                "employee_number": G(lambda f: f.digits(6)),
                "full_name": Y(lambda f: f.p.full, "name"),
                "work_email": Y(lambda f: f.work_email(), "email"),
                "personal_phone": Y(lambda f: f.p.phone, "phone"),
                "date_of_birth": Y(lambda f: f.remember_dob(1963, 2000), "birthdate"),
                "home_address": Y(lambda f: f.address_line(), "address"),
                "job_title": G(
                    pk(
                        "Senior Petroleum Engineer",
                        "Data Scientist",
                        "Plant Manager",
                        "Nurse Educator",
                        "VP Finance",
                    )
                ),
                "base_salary": Y(lambda f: f.r.randint(60, 420) * 1000, "salary"),
                "housing_allowance": Y(lambda f: f.r.randint(2, 15) * 1000, "salary"),
                "nationality": Y(
                    lambda f: f.pick(["Canadian", "Portuguese", "Indian", "Filipino", "British", "Egyptian"]),
                    "citizenship",
                ),
                "marital_status": G(pk("single", "married", "divorced")),
                "age": G(lambda f: f.age_from_dob()),
                "start_date": G(MOVE_DATE),
            },
            "assignment": {
                "origin_city": Y(lambda f: f.p.city, "city"),
                "destination_city": Y(lambda f: f.o.city, "city"),
                "destination_country": G(lambda f: f.o.country),
                "assignment_type": G(
                    pk("permanent_transfer", "long_term_assignment", "new_hire", "rotation")
                ),
                "duration_months": G(pk(12, 24, 36, None)),
                "policy_tier": G(pk("gold", "silver", "lump_sum")),
            },
            "family": Many(
                {
                    "relation": G(pk("spouse", "child", "child", "parent")),
                    "first_name": Y(lambda f: f.other().first, "name"),
                    "date_of_birth": Y(lambda f: f.remember_dob(1958, 2022), "birthdate"),
                    "age": G(lambda f: f.age_from_dob()),
                    "passport_number": RED(lambda f: f.passport(), "passport"),
                },
                4,
            ),
            "pets": Many(
                {
                    "name": G(pk("Luna", "Max", "Simba", "Bolinha", "Coco", "Tiger")),
                    "species": G(pk("dog", "cat", "parrot")),
                    "microchip": G(lambda f: "985" + f.digits(12)),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Right to Work Check Completed",
        "server:python",
        "CA",
        1,
        {
            "relocation_id": G(lambda f: "REL-" + f.digits(6)),
            "has_work_permit": RED(yes_no(), "visa"),
            "requires_sponsorship": RED(yes_no(), "visa"),
            "permit_type": RED(
                pk(
                    "LMIA-exempt (C12)",
                    "Open work permit",
                    "Permanent resident",
                    "Citizen",
                    "CUSMA professional",
                ),
                "visa",
            ),
            "sin": RED(lambda f: f.sin(), "social security number|national id"),
            "checked_by": G(lambda f: "hr_" + f.digits(3)),
            "checked_at": G(ISO),
        },
    ),
    (
        "track",
        "Visa Application Updated",
        "server:node",
        None,
        2,
        {
            "case_id": G(lambda f: "IMM-" + f.digits(6)),
            "applicant_name": Y(lambda f: f.p.full, "name"),
            "passport_no": RED(lambda f: f.passport(), "passport"),
            "applicant_dob": Y(lambda f: f.date(1960, 2003), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["Canadian", "Filipino", "Indian", "Brazilian", "Egyptian", "Pakistani"]),
                "citizenship",
            ),
            "passport_expiry": G(lambda f: f.date(2026, 2034)),
            "visa_type": RED(
                pk(
                    "Work Visit Visa",
                    "Iqama - Professional",
                    "D1 - Trabalho Subordinado",
                    "Digital Nomad (D8)",
                    "Intra-company transferee",
                ),
                "visa",
            ),
            "application_stage": G(
                pk("documents_pending", "submitted", "biometrics_booked", "approved", "stamped")
            ),
        },
    ),
    (
        "track",
        "Health Insurance Enrolled",
        "server:python",
        None,
        1,
        {
            "relocation_id": G(lambda f: "REL-" + f.digits(6)),
            "insurer": G(pk("Bupa Arabia", "Tawuniya", "Médis", "Sun Life", "Cigna Global")),
            "member_number": Y(lambda f: f.digits(8), "identification"),
            "plan": G(pk("VIP", "A+", "Essential")),
            "pre_existing_conditions": Many(
                Y(pk("asthma", "type 1 diabetes", "hypertension", "hypothyroidism"), "condition"), 2
            ),
            "special_education_needs": Y(
                pk("dyslexia", "autism spectrum", "ADHD", "hearing impairment"),
                "condition|disability|diagnosis",
            ),
            "ohip_number": RED(lambda f: f.ohip(), "health id"),
        },
    ),
    (
        "track",
        "Expense Reimbursement Submitted",
        "server:python",
        "CA",
        1,
        {
            "expense_id": G(lambda f: "EXP-" + f.digits(6)),
            "employee_number": G(lambda f: f.digits(6)),
            "category": G(
                pk("househunting_trip", "temporary_housing", "meals", "car_rental", "immigration_fees")
            ),
            "amount": G(mo(20, 4000)),
            "currency": G(pk("CAD", "USD")),
            "receipt_url": G(lambda f: f"https://files.caravela.example/receipts/{f.uuid()}.pdf"),
            "payout": {
                "institution_number": G(pk("001", "002", "003", "004", "006", "815")),
                "transit_number": G(lambda f: f"{f.r.randint(0, 99999):05d}"),
                "account_number": RED(lambda f: f.digits(f.pick([7, 8, 10, 12])), "bank account"),
                "account_holder": Y(lambda f: f.p.full, "name"),
            },
        },
    ),
    # -- servers: dispatch, telematics ----------------------------------------------------------------
    (
        "track",
        "crew-dispatched",
        "server:node",
        None,
        2,
        {
            "job-id": G(job_no),
            "crew-lead": Y(lambda f: f.s.full, "name"),
            "crew-lead-phone": Y(lambda f: f.s.phone, "phone"),
            "truck-unit": G(lambda f: "TRK-" + f.digits(3)),
            "dispatch-window-start": G(ISO),
            "dispatch-window-end": G(ISO),
            "customer-first-name": Y(lambda f: f.p.first, "name"),
            "origin-postal": Y(lambda f: f.p.postal, "zipcode"),
            "dispatcher-email": Y(lambda f: f.staff_email(f.other()), "email"),
        },
    ),
    (
        "track",
        "Vehicle Location Reported",
        "server:go",
        None,
        3,
        {
            "vehicle": {
                "id": G(lambda f: f.digits(15)),
                "name": G(lambda f: f"Truck {f.r.randint(1, 60)} - {f.pick(['26ft', '16ft', 'Tractor'])}"),
                "vin": Y(lambda f: f.vin(), "serial"),
                "licensePlate": Y(lambda f: f.plate(), "license"),
            },
            "location": {
                "latitude": Y(lambda f: round(f.s.lat + f.r.uniform(-0.3, 0.3), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.s.lon + f.r.uniform(-0.3, 0.3), 6), "geolocation"),
                "headingDegrees": G(ri(0, 359)),
                "speedMilesPerHour": G(lambda f: round(f.r.uniform(0, 68), 1)),
                "time": G(ISO),
                "reverseGeo": {
                    "formattedLocation": Y(lambda f: f.address_line(f.s), "address|geolocation"),
                },
            },
            "driver": {
                "id": G(lambda f: f.digits(8)),
                "name": Y(lambda f: f.s.full, "name"),
            },
            "engineState": G(pk("On", "Off", "Idle")),
            "gatewaySerial": G(
                lambda f: f"G{f.pick('ABCDEFGHJK')}{f.pick('ABCDEFGHJK')}-{f.digits(3)}-{f.hexid(3).upper()}"
            ),
        },
    ),
    (
        "track",
        "Vehicle Inspection Completed",
        "server:go",
        None,
        1,
        {
            "inspection_id": G(UUID),
            "vin": Y(lambda f: f.vin(), "serial"),
            "plate": Y(lambda f: f.plate(), "license"),
            "inspector_employee_id": G(lambda f: "E" + f.digits(5)),
            "passed": G(yes_no()),
        },
    ),
    # -- servers: damage claims (java) ----------------------------------------------------------------
    (
        "track",
        "Damage Claim Submitted",
        "server:java",
        None,
        2,
        {
            "claimNumber": G(lambda f: "CLM-" + f.digits(7)),
            "bookingReference": G(booking_no),
            "claimant": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.phone, "phone"),
                "address": Y(lambda f: f.address_line(), "address"),
            },
            "items": Many(
                {
                    "description": G(
                        pk(
                            "Dining table leg snapped",
                            "TV screen cracked",
                            "Scratch on dresser top",
                            "Mirror shattered",
                            "Sofa fabric torn",
                            "Perna da mesa partida",
                        )
                    ),
                    "category": G(pk("furniture", "electronics", "decor", "appliance")),
                    "claimedAmount": G(mo(40, 3000)),
                    "photoUrls": Many(
                        G(lambda f: f"https://files.caravela.example/claims/{f.hexid(12)}.jpg"), 3
                    ),
                },
                4,
            ),
            "totalClaimed": G(mo(40, 8000)),
            "incidentDate": G(MOVE_DATE),
            "liabilityOption": G(pk("basic_0.60_per_lb", "full_value_protection", "third_party")),
            "insurerPolicyNumber": Y(
                lambda f: f.pick(["POL-", "AVV-", "TW-"]) + f.digits(9), "identification"
            ),
            "payout": {
                "method": G(pk("bank_transfer", "cheque", "card_refund")),
                "iban": RED(lambda f: f.iban_pt() if f.p.region == "PT" else f.iban_sa(), "bank account"),
                "accountHolder": Y(lambda f: f.p.full, "name"),
            },
        },
    ),
    (
        "track",
        "Claim Status Changed",
        "server:java",
        None,
        1,
        {
            "claimNumber": G(lambda f: "CLM-" + f.digits(7)),
            "toStatus": G(pk("under_review", "approved", "partially_approved", "denied")),
            "approvedAmount": G(mo(0, 5000)),
            "adjusterName": Y(lambda f: f.other().full, "name"),
        },
    ),
    # -- servers: billing (ruby, Stripe-shaped) -------------------------------------------------------
    (
        "track",
        "Invoice Paid",
        "server:ruby",
        "CA",
        2,
        {
            "invoice_number": G(lambda f: f"CRV-INV-{f.digits(6)}"),
            "stripe_customer": G(lambda f: f.stripe_id("cus_", 14)),
            "charge": G(lambda f: f.stripe_id("ch_")),
            "payment_method_id": RED(lambda f: f.stripe_id("pm_"), "token"),
            "receipt_email": Y(lambda f: f.p.email, "email"),
            "amount_paid": G(ri(6000, 1_400_000)),
            "currency": G(c("cad")),
            "billing_details": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.phone, "phone"),
                "address": {
                    "line1": Y(lambda f: f.p.street, "address|street"),
                    "line2": Y(lambda f: f.p.unit, "address"),
                    "city": Y(lambda f: f.p.city, "city"),
                    "state": G(lambda f: f.p.province),
                    "postal_code": Y(lambda f: f.p.postal, "zipcode"),
                    "country": G(c("CA")),
                },
            },
            "card": {
                "brand": G(pk("visa", "mastercard", "amex")),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(ri(1, 12)),
                "exp_year": G(ri(2025, 2031)),
            },
            "client_secret": RED(lambda f: f.stripe_id("pi_") + "_secret_" + f.b64ish(25), "secret|token"),
        },
    ),
    # -- servers: Portuguese back office (php) --------------------------------------------------------
    (
        "track",
        "Pedido de Orçamento Recebido",
        "server:php",
        "PT",
        2,
        {
            "nome": Y(lambda f: f.p.first, "name"),
            "apelido": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "telemovel": Y(lambda f: f.p.phone, "phone"),
            "morada": Y(lambda f: f"{f.p.street}{(' ' + f.p.unit) if f.p.unit else ''}", "address"),
            "codigo_postal": Y(lambda f: f.p.postal, "zipcode"),
            "localidade": Y(lambda f: f.p.city, "city"),
            "distrito": G(lambda f: f.p.province),
            "nif": RED(lambda f: f.nif(), "national id"),
            "data_mudanca": G(MOVE_DATE),
            "tipologia": G(pk("T0", "T1", "T2", "T3", "T4", "Moradia V3")),
            "elevador": G(yes_no()),
            "valor_estimado": G(mo(250, 6000)),
            "observacoes": G(
                pk(
                    "Tem piano",
                    "Sem elevador no destino",
                    "Desmontagem de roupeiros",
                    "",
                    "Rua estreita, camião pequeno",
                )
            ),
        },
    ),
    (
        "track",
        "Pagamento Multibanco Gerado",
        "server:php",
        "PT",
        1,
        {
            "entidade": G(pk("21312", "11249", "12101")),
            "referencia": G(lambda f: f"{f.digits(3)} {f.digits(3)} {f.digits(3)}"),
            "valor": G(mo(50, 3000)),
            "data_limite": G(MOVE_DATE),
            "encomenda": G(lambda f: f"CRV-PT-{f.digits(6)}"),
        },
    ),
    (
        "track",
        "Pagamento MB WAY Pedido",
        "server:php",
        "PT",
        1,
        {
            "telemovel_mbway": Y(lambda f: f.phone_in("PT"), "phone"),
            "valor": G(mo(50, 3000)),
            "estado": G(pk("pendente", "pago", "expirado", "recusado")),
            "id_transacao": G(lambda f: f.hexid(20).upper()),
        },
    ),
    (
        "identify",
        None,
        "server:php",
        "PT",
        2,
        {
            "nome_completo": Y(lambda f: f.p.full, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "telemovel": Y(lambda f: f.p.phone, "phone"),
            "nif": RED(lambda f: f.nif(), "national id"),
            "numero_cartao_cidadao": RED(lambda f: f.cartao_cidadao(), "national id"),
            "numero_utente": RED(lambda f: f.digits(9), "health id"),
            "data_nascimento": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "concelho": Y(lambda f: f.p.city, "city"),
            "consentimento_marketing": G(yes_no()),
            "cliente_desde": G(lambda f: f.date(2015, 2024)),
        },
    ),
    # -- servers: Saudi operations system (node, romanised Arabic keys) ------------------------------
    (
        "track",
        "Moving Request Created",
        "server:node",
        "SA",
        2,
        {
            "raqm_al_talab": G(lambda f: "SA-" + f.digits(7)),
            "ism_al_ameel": Y(lambda f: f.p.full, "name"),
            "raqm_al_jawwal": Y(lambda f: f.p.phone, "phone"),
            "raqm_al_hawiya": RED(lambda f: f.saudi_id(), "national id"),
            "al_jinsiya": Y(
                pk("سعودي", "Saudi", "Indian", "Egyptian", "Filipino", "Pakistani"), "citizenship"
            ),
            "al_madina": Y(lambda f: f.p.city, "city"),
            "al_hay": Y(lambda f: f.p.district, "address"),
            "tarikh_al_naql": G(MOVE_DATE),
            "tarikh_hijri": G(lambda f: f"1446-{f.r.randint(1, 12):02d}-{f.r.randint(1, 29):02d}"),
            "adad_al_ghuraf": G(ri(1, 9)),
            "al_mablagh": G(mo(500, 9000)),
            "naw_al_daf": G(pk("mada", "cash", "stc_pay", "bank_transfer")),
            "mulahazat": G(
                pk("يوجد مصعد", "فك وتركيب غرف النوم", "", "Needs AC uninstall", "الدور الثالث بدون مصعد")
            ),
        },
    ),
    (
        "track",
        "Iqama Renewal Reminder Sent",
        "server:node",
        "SA",
        1,
        {
            "relocation_id": G(lambda f: "REL-" + f.digits(6)),
            "iqama_number": RED(lambda f: f.saudi_id("2"), "national id"),
            "iqama_expiry_hijri": G(
                lambda f: f"14{f.r.randint(46, 48)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 29):02d}"
            ),
            "sponsor": G(lambda f: f.pick(EMPLOYERS)),
            "days_to_expiry": G(ri(1, 90)),
            "channel": G(pk("sms", "email", "whatsapp")),
        },
    ),
    # -- servers: storage contracts (.NET, PascalCase) ------------------------------------------------
    (
        "track",
        "StorageContractSigned",
        "server:dotnet",
        None,
        2,
        {
            "ContractId": G(UUID),
            "CustomerFullName": Y(lambda f: f.p.full, "name"),
            "CustomerEmail": Y(lambda f: f.p.email, "email"),
            "CustomerPhone": Y(lambda f: f.p.phone, "phone"),
            "UnitNumber": G(unit_no),
            "FacilityCode": G(pk("YYZ-ETB", "YUL-LAV", "RUH-SUL", "LIS-LRS")),
            "MonthlyRent": G(mo(60, 450)),
            "StartDate": G(ISO),
            "GovernmentIdType": G(pk("DriversLicence", "Passport", "NationalId", "CartaoCidadao")),
            "GovernmentIdNumber": RED(
                lambda f: f.pick([f.passport(), f.saudi_id(), f.cartao_cidadao()]), "national id|passport"
            ),
            "EmergencyContactName": Y(lambda f: f.o.full, "name"),
            "EmergencyContactPhone": Y(lambda f: f.o.phone, "phone"),
            "VeteranDiscountApplied": RED(yes_no(), "veteran"),
            "NeedsAccessibleUnit": RED(yes_no(), "disability"),
        },
    ),
    (
        "track",
        "PaymentCaptured",
        "server:dotnet",
        None,
        1,
        {
            "PaymentId": G(UUID),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardNumberMasked": G(
                lambda f: (lambda n: n[:4] + " **** **** " + n[-4:])(f.card(formatted=False))
            ),
            "CardHolderName": Y(lambda f: f.p.full, "name"),
            "ExpiryMonth": G(ri(1, 12)),
            "ExpiryYear": G(ri(2025, 2031)),
            "Amount": G(mo(60, 900)),
            "Currency": G(pk("CAD", "SAR", "EUR")),
            "AuthCode": G(lambda f: f.hexid(6).upper()),
        },
    ),
    (
        "track",
        "CrewMemberOnboarded",
        "server:dotnet",
        None,
        1,
        {
            "EmployeeId": G(lambda f: "E" + f.digits(5)),
            "FullName": Y(lambda f: f.s.full, "name"),
            "PersonalEmail": Y(lambda f: f.s.email, "email"),
            "MobilePhone": Y(lambda f: f.s.phone, "phone"),
            "DateOfBirth": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "DriverLicenceClass": G(pk("AZ", "DZ", "G", "C", "Heavy")),
            "DriverLicenceNumber": Y(
                lambda f: f"{f.s.last[0].upper()}{f.digits(4)}-{f.digits(5)}-{f.digits(5)}", "license"
            ),
            "HourlyWage": Y(lambda f: f.pick([21.5, 24.0, 26.25, 30.0]), "salary"),
            "UnionLocal": Y(pk("Teamsters Local 419", "Teamsters Local 31", "SITRA", "none"), "trade union"),
            "EmergencyContact": {
                "Name": Y(lambda f: f.o.full, "name"),
                "Relationship": G(pk("spouse", "mother", "brother", "friend")),
                "Phone": Y(lambda f: f.o.phone, "phone"),
            },
        },
    ),
    # -- servers: warehouse reverse ETL (SCREAMING_SNAKE) --------------------------------------------
    (
        "identify",
        None,
        "server:python",
        None,
        2,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.last, "name"),
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "PHONE_NUMBER": Y(lambda f: f.p.phone, "phone"),
            "HOME_CITY": Y(lambda f: f.p.city, "city"),
            "LIFETIME_VALUE_CAD": G(mo(0, 30000)),
            "TOTAL_MOVES": G(ri(0, 6)),
            "LAST_MOVE_DATE": G(lambda f: f.date(2018, 2024)),
            "IS_CORPORATE": G(yes_no()),
            "MARKETING_CONSENT": G(yes_no()),
            "PREFERRED_LANGUAGE": G(pk("EN", "FR", "AR", "PT")),
            "LOYALTY_NUMBER": G(lambda f: "CRV" + f.digits(9)),
        },
    ),
    # -- servers: group ---------------------------------------------------------------------------------
    (
        "group",
        None,
        "server:python",
        None,
        2,
        {
            "name": G(lambda f: f.pick(EMPLOYERS)),
            "industry": G(pk("Energy", "Pharmaceuticals", "Software", "Manufacturing")),
            "employees": G(pk(800, 12000, 65000, 240)),
            "plan": G(pk("global_mobility_gold", "lump_sum_basic", "enterprise")),
            "website": G(
                pk("https://northwind-energy.example", "https://globex.example", "https://initech.example")
            ),
            "contract_value": G(ri(50_000, 3_000_000)),
            "hq_country": G(pk("CA", "SA", "PT", "US")),
            "account_manager_email": Y(lambda f: f.staff_email(f.s), "email"),
            "hr_mailbox": G(
                pk(
                    "mobility@northwind-energy.example",
                    "hr-relocation@globex.example",
                    "people@initech.example",
                )
            ),
        },
    ),
    # -- servers: messaging and telephony webhooks -----------------------------------------------------
    (
        "track",
        "Email Delivered",
        "server:node",
        None,
        2,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.r.randint(1000, 9999)}@mail.caravela.example>"),
            "sg_event_id": G(lambda f: f.b64ish(22)),
            "template": G(
                pk("quote_ready", "booking_confirmed", "crew_on_the_way", "invoice", "storage_rent_due")
            ),
            "subject": G(
                pk(
                    "Your moving quote is ready",
                    "O seu orçamento está pronto",
                    "تم تأكيد حجزك",
                    "Your crew is on the way",
                )
            ),
            "from": G(pk("no-reply@caravela.example", "bookings@caravela.example")),
        },
    ),
    (
        "track",
        "Email Opened",
        "server:node",
        None,
        2,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "ip": Y(lambda f: f.ip(), "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS + WEB_UAS_NO_HINTS)),
            "template": G(pk("quote_ready", "booking_confirmed", "invoice")),
        },
    ),
    (
        "track",
        "SMS Sent",
        "server:node",
        None,
        2,
        {
            "to": Y(lambda f: f.e164(f.p), "phone", True),
            "from": G(pk("CARAVELA", "+14168002210", "+966115102200", "+351211204400")),
            "body": RED(
                lambda f: f.pick(
                    [
                        "Your Caravela verification code is {c}",
                        "Código Caravela: {c}. Não partilhe.",
                        "رمز التحقق الخاص بك: {c}",
                        "{c} is your Caravela sign-in code",
                    ]
                ).format(c=f.digits(6)),
                "token|secret",
                True,
            ),
            "provider_sid": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Booking Reminder Sent",
        "server:node",
        None,
        2,
        {
            "channel": G(pk("sms", "whatsapp", "push")),
            "message": G(
                pk(
                    "Your move is tomorrow. Crew arrives 8:00-9:00. Reply STOP to opt out.",
                    "A sua mudança é amanhã entre as 8h e as 9h.",
                    "موعد نقل عفشك غداً الساعة ٨ صباحاً",
                    "Storage rent due in 3 days.",
                )
            ),
            "booking_reference": G(booking_no),
            "delivered": G(yes_no()),
        },
    ),
    (
        "track",
        "Call Completed",
        "server:node",
        None,
        2,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: f.e164(f.p), "phone", True),
            "To": G(pk("+14168002210", "+15147004412", "+966115102200", "+351211204400")),
            "ForwardedFrom": G(pk("+14168009000", "+351211209999", "")),
            "CallStatus": G(pk("completed", "no-answer", "busy")),
            "CallDuration": G(ri(0, 1800)),
            "Direction": G(pk("inbound", "outbound-api")),
        },
    ),
    # -- servers: ad platforms --------------------------------------------------------------------------
    (
        "track",
        "Lead",
        "server:node",
        None,
        2,
        {
            "event_id": G(UUID),
            "action_source": G(c("website")),
            "user_data": {
                "em": Y(lambda f: f.sha256(f.p.email), "email"),
                "ph": Y(lambda f: f.sha256("".join(ch for ch in f.p.phone if ch.isdigit())), "phone"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS + WEB_UAS_NO_HINTS)),
                "external_id": G(lambda f: f.sha256("usr_" + f.digits(8))),
            },
            "custom_data": {
                "value": G(mo(400, 12000)),
                "currency": G(pk("CAD", "SAR", "EUR")),
                "content_name": G(pk("Moving quote", "Storage reservation", "Corporate relocation")),
            },
        },
    ),
    (
        "track",
        "Ad Click Recorded",
        "web:/landing/movers:Trusted movers | Caravela",
        None,
        2,
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "landing_variant": G(pk("a", "b")),
            "ad_group": G(pk("movers_generic", "storage_units", "corporate")),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "server:ruby",
        None,
        1,
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(
                pk("Change my move date", "Missing box", "Invoice question", "Storage gate not opening")
            ),
            "description": G(
                pk(
                    "Can we move the pickup to Saturday?",
                    "One box labelled KITCHEN 4 did not arrive.",
                    "I was charged twice for April.",
                    "The keypad at the loading dock is not working.",
                )
            ),
            "priority": G(pk("low", "normal", "high")),
            "channel": G(pk("web", "email", "phone", "whatsapp")),
            "requester_email": Y(lambda f: f.p.email, "email"),
        },
    ),
    (
        "track",
        "Certificate Of Insurance Requested",
        "web:/account/coi:Building insurance certificate",
        "CA",
        1,
        {
            "booking_reference": G(booking_no),
            "building_name": G(
                pk("The Yorkville", "Le Roccabella", "Shangri-La Residences", "Evolution Tower")
            ),
            "building_contact_email": G(
                pk(
                    "concierge@theyorkville.example",
                    "loadingdock@roccabella.example",
                    "frontdesk@evolution.example",
                )
            ),
            "move_date": G(MOVE_DATE),
        },
    ),
]


CLIENT_CONTEXT = {
    "ios": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}


def context_for(f: F, client: str):
    if client.startswith("web:"):
        _, page, title = client.split(":", 2)
        return web_context(f, page, title)
    if client.startswith("server:"):
        return server_context(f, client.split(":", 1)[1])
    return CLIENT_CONTEXT[client](f)


def message(f: F, kind, name, client, region, body, labels):
    f.p = f.person(region)
    f.o = f.person(f.pick([f.p.region, f.p.region, None]))
    f.s = f.person(f.p.region)
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f"ajs-next-{f.hexid(32)}" if client.startswith("web:") else f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": "usr_" + f.digits(8),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "acct_" + f.digits(5)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    template = body(f) if callable(body) else body
    if kind in ("identify", "group"):
        msg["traits"] = render(template, f, "traits", labels)
    elif template:
        msg["properties"] = render(template, f, "properties", labels)
    msg["context"] = render(context_for(f, client), f, "context", labels)
    if client.startswith("web:"):
        msg["integrations"] = {}
        msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, region, weight, body in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, name, client, region, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=198, repeats=14)
    write(Path(__file__).parent, "holdout198_", events, labels)
