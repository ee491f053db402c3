"""Writes holdout256: tests/corpus/holdout256_events.jsonl and holdout256_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout256`; the output is deterministic (seeded).

Domain: a motorbike-taxi and delivery super-app ("Motoya") in Vietnam, Uganda and Colombia.
Covers riders' onboarding (CCCD / NIN / cédula and PPT numbers, driving licences, number plates,
chassis and engine numbers, SOAT and third-party insurance, KYC selfies and a Smile-Identity-shaped
result), passengers' trip requests with pickup and drop-off, place search, masked calls (a
Twilio-shaped status callback and a proxy session), cash and mobile-money payments (MoMo IPN,
MTN MoMo collection callback, a Nequi push request, PSE), cards and payment tokens, payouts to
bank accounts, a bike loan, ratings and chat, SOS presses and safety incidents, food and parcel
deliveries with recipients, family profiles, corporate rides, referrals, support tickets,
e-mail and ad-platform payloads (SendGrid, Facebook CAPI, AppsFlyer), a reverse-ETL sync, and
auto-tracked lifecycle, page and screen calls. Clients: analytics-swift (passenger iOS),
analytics-kotlin (rider Android, with a location plugin), analytics-react-native (food app),
a Flutter merchant app, analytics.js (web), and python/node/go/java/ruby/php/C# servers.
Identify, track, page, screen, group and alias calls.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the C# backend and
vendor payloads (Twilio, Smile Identity), kebab-case from the helpdesk webhook, SCREAMING_SNAKE
from the warehouse sync, and Vietnamese (`ho_ten`, `so_cccd`, `bien_so_xe`), Luganda (`erinnya`,
`essimu`, `ekifo`) and Spanish (`nombres`, `celular`, `placa`) keys from the local backends.
Names, phone formats, addresses, ids and plates follow each country's real shapes; cards pass
Luhn, CCCD numbers carry their province/century/year structure.

Labelling rules (the Privacy Portal's defaults, as briefed):
- PII is personal data about a natural person (user, recipient, contact, dependant, guarantor,
  staff). Colour = the reference matcher's default; outside the reference: red for credentials,
  secrets, tokens, card numbers, bank accounts, government ids and health ids, yellow otherwise
  (geolocation, advertising id, credit score).
- Green: ids we issue, UUIDs, numeric ids, SKUs, versions, timestamps, hashes of non-PII,
  amounts, enums, counters and booleans under PII-sounding keys, product / restaurant / company /
  pet names, places that are not the person's (a searched place, a restaurant's or a stage's
  location, an operating zone), country, province/state, locale, timezone, currency, user agents,
  OS-issued analytics device ids (IDFV, context.device.id). Card brand, last four, BIN and expiry
  green; bank codes and SWIFT codes green.
- The briefed contested-case policy is followed as written: claim numbers green; ages, marital
  status, employers and job titles green; businesses' own phones/e-mails/addresses, role
  mailboxes (support@, no-reply@, soporte@) and call-masking proxy numbers green; pets green;
  Places session tokens green. Insurance policy numbers yellow `identification`; pay, earnings,
  hourly rates and tips paid to a rider yellow `salary`; credit scores yellow `credit score`;
  plates yellow `license`; VINs, chassis and engine numbers yellow `serial`; gclid / fbclid /
  fbp / fbc yellow `advertising id`; payment-method and card tokens, one-time codes, push
  tokens, sign-in link tokens and webhook signing secrets red `token|secret`; identity document
  numbers red `national id|passport`; answers about the right to work red `visa`.
- Decisions of this corpus where the brief is silent (a careful privacy owner's choice):
  a driving-licence number is yellow `license` (the reference matcher and its colour); the
  pickup and drop-off of a booked trip or delivery, the rider's live location, a route polyline
  and a home geohash / H3 cell are the person's whereabouts: yellow `geolocation` / `address`,
  while a place typed into search and its suggestion coordinates stay green; the city and
  district (ward) of a person's own address are yellow `city` / `address`, a province green;
  hashed e-mails and phones sent to an ad platform for matching are still the person's e-mail
  and phone (yellow, not value_only); whether a trip left someone injured is health data
  (yellow `condition`); a rider flagged as deaf or hard of hearing is `disability` (red); a
  proof-of-delivery or selfie image URL is yellow `photo`; totals and fares paid by a customer
  are amounts (green).
- value_only is true when the key does not say what the value is (`value`, `input`, `q`,
  `code`, `note`, `pickup_note`, `error.message`, `to`, `partyId`, `shared_with`, `login_url`, a
  helpdesk `description`) and only the value reveals it. A key in Vietnamese, Luganda or Spanish
  that names the thing (`so_dien_thoai`, `essimu` = phone, `ekifo` = place) says what it is, so
  it is not value_only. Every value of a value_only PII path holds that PII; every free-text path
  labelled PII holds it in every value, and free text labelled green holds none.
- Also decided here: a Ugandan `district` (an administrative region) is green like a state; a
  Ugandan P.O. Box in a billing postal-code field is `zipcode|address`; an `advertisingId` that is
  sometimes all zeros (ad tracking limited) is still labelled by its key.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- the three markets ------------------------------------------------------------------------------

MARKETS = {
    "VN": {
        "cities": [
            ("Hà Nội", 21.0285, 105.8542),
            ("TP. Hồ Chí Minh", 10.7769, 106.7009),
            ("Đà Nẵng", 16.0544, 108.2022),
        ],
        "currency": "VND",
        "locale": ["vi-VN", "vi-VN", "en-VN"],
        "tz": "Asia/Ho_Chi_Minh",
        "carriers": ["Viettel", "Vinaphone", "MobiFone"],
        "country": "VN",
    },
    "UG": {
        "cities": [("Kampala", 0.3476, 32.5825), ("Entebbe", 0.0512, 32.4637), ("Mukono", 0.3533, 32.7553)],
        "currency": "UGX",
        "locale": ["en-UG", "en-GB", "lg-UG"],
        "tz": "Africa/Kampala",
        "carriers": ["MTN UG", "Airtel UG"],
        "country": "UG",
    },
    "CO": {
        "cities": [
            ("Bogotá", 4.7110, -74.0721),
            ("Medellín", 6.2442, -75.5812),
            ("Cali", 3.4516, -76.5320),
            ("Barranquilla", 10.9685, -74.7813),
        ],
        "currency": "COP",
        "locale": ["es-CO", "es-CO", "es-419"],
        "tz": "America/Bogota",
        "carriers": ["Claro", "Movistar", "Tigo"],
        "country": "CO",
    },
}

VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô"]
VN_MIDDLE = ["Văn", "Thị", "Minh", "Hoàng", "Thanh", "Quốc", "Ngọc", "Đức", "Thu", "Gia"]
VN_GIVEN = [
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hiếu",
    "Hoa",
    "Hùng",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Ngân",
    "Phúc",
    "Phương",
    "Quân",
    "Tâm",
    "Thảo",
    "Trang",
    "Tuấn",
    "Vy",
    "Yến",
]
UG_GIVEN = [
    "Joseph",
    "Sarah",
    "Brian",
    "Grace",
    "David",
    "Prossy",
    "Ivan",
    "Esther",
    "Allan",
    "Brenda",
    "Moses",
    "Shamim",
    "Ronald",
    "Juliet",
    "Isaac",
    "Winnie",
    "Hassan",
    "Patience",
    "Denis",
    "Sylvia",
]
UG_FAMILY = [
    "Ssemakula",
    "Nakato",
    "Mukasa",
    "Namubiru",
    "Okello",
    "Achieng",
    "Kato",
    "Nansubuga",
    "Tumusiime",
    "Akello",
    "Byaruhanga",
    "Nsubuga",
    "Wasswa",
    "Babirye",
    "Opio",
    "Atuhaire",
    "Kiggundu",
    "Nabirye",
    "Mugisha",
    "Lubega",
]
CO_GIVEN = [
    "María Fernanda",
    "Juan Camilo",
    "Luisa",
    "Andrés Felipe",
    "Valentina",
    "Santiago",
    "Daniela",
    "Jhon Jairo",
    "Camila",
    "Sebastián",
    "Yesenia",
    "Carlos",
    "Natalia",
    "Yeison",
    "Paola",
    "Julián",
]
CO_FAMILY = [
    "Gómez",
    "Rodríguez",
    "Martínez",
    "López",
    "Ríos",
    "Cárdenas",
    "Mejía",
    "Castaño",
    "Restrepo",
    "Ospina",
    "Zapata",
    "Vargas",
    "Quintero",
    "Hernández",
    "Moreno",
    "Álvarez",
]
WALLETS = {"VN": ["momo", "zalopay"], "UG": ["mtn_momo", "airtel_money"], "CO": ["nequi", "daviplata"]}
MAIL_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"]

VN_STREETS = [
    "Nguyễn Trãi",
    "Lê Lợi",
    "Hai Bà Trưng",
    "Trần Hưng Đạo",
    "Võ Văn Tần",
    "Cách Mạng Tháng Tám",
    "Lê Văn Sỹ",
    "Điện Biên Phủ",
    "Nguyễn Văn Linh",
    "Phạm Văn Đồng",
]
VN_HANOI_STREETS = ["Phố Huế", "Kim Mã", "Xã Đàn", "Láng Hạ", "Cầu Giấy", "Tôn Đức Thắng"]
VN_MOBILE_PREFIXES = [
    "090", "091", "093", "094", "096", "097", "098", "086", "088", "089", "032", "033", "034", "035",
    "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085",
    "056", "058",
]  # fmt: skip
VN_WARDS = ["Phường 7", "Phường Bến Nghé", "Phường Đa Kao", "Phường Láng Hạ", "Phường Dịch Vọng", "Phường 12"]
VN_DISTRICTS = ["Quận 1", "Quận 3", "Quận 10", "Bình Thạnh", "Phú Nhuận", "Đống Đa", "Cầu Giấy", "Hải Châu"]
UG_AREAS = ["Kamwokya", "Ntinda", "Kansanga", "Bukoto", "Nakawa", "Kabalagala", "Najjera", "Kyanja", "Mengo"]
UG_LANDMARKS = [
    "near Capital Shoppers",
    "behind St. Kizito church",
    "opposite Shell petrol station",
    "next to Mama Ashanti restaurant",
    "after the Total stage",
    "near the trading centre",
]
UG_ROADS = ["Kira Road", "Bukoto Street", "Ggaba Road", "Ntinda II Road", "Kyadondo Road", "Salaama Road"]
CO_BARRIOS = [
    "Chapinero",
    "El Poblado",
    "Laureles",
    "Cedritos",
    "Suba",
    "Kennedy",
    "San Fernando",
    "El Prado",
]
CO_VIAS = ["Calle", "Carrera", "Cra.", "Cl.", "Diagonal", "Transversal", "Avenida Calle"]


def ascii_fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class MarketFake(Fake):
    """Fake with a current market (`m`): names, phones, addresses and money follow the country."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.m = "VN"
        self.here = MARKETS["VN"]["cities"][0]

    # -- people
    def family(self):
        if self.m == "VN":
            return self.pick(VN_FAMILY)
        if self.m == "UG":
            return self.pick(UG_FAMILY)
        return " ".join(self.r.sample(CO_FAMILY, 2)) if self.r.random() < 0.6 else self.pick(CO_FAMILY)

    def person(self):
        if self.r.random() < 0.08:
            return self.full_name()  # visitors and expats
        if self.m == "VN":
            return f"{self.pick(VN_FAMILY)} {self.pick(VN_MIDDLE)} {self.pick(VN_GIVEN)}"
        if self.m == "UG":
            given, family = self.pick(UG_GIVEN), self.pick(UG_FAMILY)
            return f"{family.upper()} {given}" if self.r.random() < 0.3 else f"{given} {family}"
        return f"{self.pick(CO_GIVEN)} {self.family()}"

    def first_name(self):
        if self.m == "VN":
            return self.pick(VN_GIVEN)
        return self.pick(UG_GIVEN if self.m == "UG" else CO_GIVEN)

    def last_name(self):
        if self.m == "VN":
            return self.pick(VN_FAMILY)
        return self.pick(UG_FAMILY) if self.m == "UG" else self.family()

    def mail(self, name=None):
        parts = ascii_fold(name or self.person()).lower().replace("'", "").split()
        first, last = parts[-1] if self.m == "VN" else parts[0], parts[0] if self.m == "VN" else parts[-1]
        style = self.r.randrange(4)
        user = [
            f"{first}.{last}",
            f"{last}{first}{self.r.randint(80, 99)}",
            f"{first[0]}{last}{self.r.randint(1, 999)}",
            f"{first}_{last}",
        ][style]
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def mobile(self, style=None):
        r = self.r
        if self.m == "VN":
            n = self.pick(VN_MOBILE_PREFIXES) + str(r.randint(0, 9)) + self.digits(6)
            style = style if style is not None else r.randrange(5)
            return [
                n,
                f"{n[:4]} {n[4:7]} {n[7:]}",
                f"+84 {n[1:4]} {n[4:7]} {n[7:]}",
                f"+84{n[1:]}",
                f"84{n[1:]}",
            ][style]
        if self.m == "UG":
            n = "07" + self.pick(["7", "8", "0", "5", "6", "4"]) + str(r.randint(0, 9)) + self.digits(6)
            style = style if style is not None else r.randrange(5)
            return [
                f"{n[:4]} {n[4:]}",
                f"+256 {n[1:4]} {n[4:]}",
                f"256{n[1:]}",
                f"+256{n[1:]}",
                f"{n[:4]}-{n[4:7]}-{n[7:]}",
            ][style]
        n = (
            "3"
            + self.pick(["00", "01", "02", "04", "05", "10", "11", "12", "13", "14", "15", "16", "20", "50"])
            + (self.digits(7))
        )
        style = style if style is not None else r.randrange(5)
        return [
            f"{n[:3]} {n[3:6]} {n[6:]}",
            f"+57 {n[:3]} {n[3:6]} {n[6:]}",
            f"+57{n}",
            n,
            f"(+57) {n[:3]}-{n[3:6]}-{n[6:]}",
        ][style]

    def msisdn(self):
        return {"VN": "84", "UG": "256", "CO": "57"}[self.m] + "".join(
            c for c in self.mobile(0) if c.isdigit()
        ).lstrip("0")

    def home_address(self):
        r = self.r
        if self.m == "VN":
            if r.random() < 0.4:
                street, district = self.pick(VN_HANOI_STREETS), self.pick(VN_DISTRICTS[5:7])
                return f"Ngõ {r.randint(2, 200)} {street}, {district}, Hà Nội"
            hem = f"{r.randint(1, 400)}/{r.randint(1, 40)}" if r.random() < 0.5 else str(r.randint(1, 500))
            return f"{hem} {self.pick(VN_STREETS)}, {self.pick(VN_WARDS[:3])}, {self.pick(VN_DISTRICTS[:5])}"
        if self.m == "UG":
            if r.random() < 0.5:
                return f"Plot {r.randint(1, 120)}, {self.pick(UG_ROADS)}, {self.pick(UG_AREAS)}"
            return f"{self.pick(UG_AREAS)}, {self.pick(UG_LANDMARKS)}"
        via = self.pick(CO_VIAS)
        suffix = self.pick(["", "", "A", "B", "Bis"])
        line = f"{via} {r.randint(1, 170)}{suffix} # {r.randint(1, 120)}-{r.randint(1, 99):02d}"
        if r.random() < 0.5:
            line += self.pick(
                [f", Apto {r.randint(101, 1804)}", f", Torre {r.randint(1, 6)} Apto {r.randint(101, 1204)}"]
            )
        return line

    def unit(self):
        return self.pick(
            [
                f"Apto {self.r.randint(101, 1804)}",
                f"Torre {self.r.randint(1, 6)} Apto {self.r.randint(201, 1204)}",
                f"Casa {self.r.randint(1, 60)}",
                f"Interior {self.r.randint(1, 9)}",
            ]
        )

    def barrio(self):
        return self.pick({"VN": VN_WARDS, "UG": UG_AREAS, "CO": CO_BARRIOS}[self.m])

    def city_of(self):
        return self.pick(MARKETS[self.m]["cities"])[0]

    def near(self, spread=0.06):
        """A point in the message's city (`here`), so a latitude and its longitude belong together."""
        _, lat, lon = self.here
        return round(lat + self.r.uniform(-spread, spread), 6), round(
            lon + self.r.uniform(-spread, spread), 6
        )

    def lat_m(self):
        return self.near()[0]

    def lon_m(self):
        return self.near()[1]

    def cur(self):
        return MARKETS[self.m]["currency"]

    def fare(self, lo=1.0, hi=1.0):
        r = self.r
        if self.m == "VN":
            return r.randint(int(12 * lo), int(150 * hi)) * 1000
        if self.m == "UG":
            return r.randint(int(6 * lo), int(60 * hi)) * 500
        return r.randint(int(50 * lo), int(400 * hi)) * 100

    # -- documents
    def national_id(self):
        r = self.r
        if self.m == "VN":
            century_sex = r.choice("0123")
            year = r.randint(60, 99) if century_sex in "01" else r.randint(0, 5)
            return (
                self.pick(["001", "079", "048", "036", "038", "040", "031"])
                + century_sex
                + f"{year:02d}"
                + (self.digits(6))
            )
        if self.m == "UG":
            letters = "".join(r.choice("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(4))
            return f"C{self.pick('MF')}{r.randint(60, 99):02d}{r.randint(0, 999999):06d}{letters}"
        if r.random() < 0.5:
            n = "10" + self.digits(8)
            return f"{n[0]}.{n[1:4]}.{n[4:7]}.{n[7:]}" if r.random() < 0.4 else n
        n = self.digits(8)
        return f"{n[:2]}.{n[2:5]}.{n[5:]}" if r.random() < 0.4 else n

    def licence_no(self):
        if self.m == "VN":
            return self.pick(["79", "01", "48", "36"]) + self.digits(10)
        if self.m == "UG":
            return self.pick(["DL", "UG"]) + self.digits(8) + self.pick(["", "A", "B"])
        return self.national_id().replace(".", "")

    def plate(self):
        r = self.r
        letters = "ABCDEFGHKLMNPSTUVXYZ"
        if self.m == "VN":
            prov = self.pick(["29", "30", "59", "51", "43", "50", "36"])
            tail = (
                f"{r.randint(100, 999)}.{r.randint(0, 99):02d}"
                if r.random() < 0.7
                else f"{r.randint(1000, 9999)}"
            )
            return f"{prov}-{r.choice(letters)}{r.randint(1, 9)} {tail}"
        if self.m == "UG":
            return f"U{r.choice('BDEFGM')}{r.choice(letters)} {r.randint(100, 999)}{r.choice(letters)}"
        return f"{''.join(r.choice(letters) for _ in range(3))}{r.randint(0, 99):02d}{r.choice(letters)}"

    def chassis(self):
        wmi = self.pick(["RLHJF", "MD2A1", "9FKRG", "LWBPC", "MH3SE", "9C2KC"])
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return wmi + "".join(self.r.choice(chars) for _ in range(6)) + self.digits(6)

    def engine_no(self):
        return self.pick(["JF51E", "DZYWFE", "JA39E", "E3N7E", "PFZCKF"]) + "-" + self.digits(7)

    def bank_account(self):
        if self.m == "VN":
            return self.pick(["007", "190", "970", "050"]) + self.digits(10)
        if self.m == "UG":
            return self.pick(["903", "310", "01"]) + self.digits(10)
        n = self.digits(11)
        return f"{n[:3]}-{n[3:9]}-{n[9:]}" if self.r.random() < 0.3 else n

    def advertising_id(self, upper=False):
        if self.r.random() < 0.12:
            return "00000000-0000-0000-0000-000000000000"
        u = self.uuid()
        return u.upper() if upper else u

    def ip_m(self):
        r = self.r
        if r.random() < 0.15:
            prefix = {"VN": "2402:800:", "UG": "2c0f:ef18:", "CO": "2800:e2:"}[self.m]
            return prefix + ":".join(f"{r.randint(0, 65535):x}" for _ in range(5))
        first = self.pick(
            {"VN": [14, 27, 113, 115, 171], "UG": [41, 102, 154, 197], "CO": [181, 186, 190, 191]}[self.m]
        )
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))


# -- value helpers ------------------------------------------------------------------------------


def P(*items):
    return G(lambda f: f.pick(list(items)))


def C(value):
    return G(lambda f: value)


def INT(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def FLT(lo, hi, nd=2):
    return G(lambda f: round(f.r.uniform(lo, hi), nd))


BOOL = G(lambda f: f.pick([True, False]))


def geohash(lat: float, lon: float, precision: int) -> str:
    alphabet = "0123456789bcdefghjkmnpqrstuvwxyz"
    lat_r, lon_r, bits, out, even, ch, bit = [-90.0, 90.0], [-180.0, 180.0], 0, [], True, 0, 0
    while len(out) < precision:
        rng, val = (lon_r, lon) if even else (lat_r, lat)
        mid = (rng[0] + rng[1]) / 2
        if val > mid:
            ch |= 1 << (4 - bit)
            rng[0] = mid
        else:
            rng[1] = mid
        even, bit, bits = not even, bit + 1, bits + 1
        if bit == 5:
            out.append(alphabet[ch])
            ch, bit = 0, 0
    return "".join(out)


def polyline(points: list[tuple[float, float]]) -> str:
    out, prev = [], (0, 0)
    for lat, lon in points:
        cur = (round(lat * 1e5), round(lon * 1e5))
        for delta in (cur[0] - prev[0], cur[1] - prev[1]):
            v = ~(delta << 1) if delta < 0 else delta << 1
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1F)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        prev = cur
    return "".join(out)


def route(f):
    lat, lon = f.near()
    pts = [(lat, lon)]
    for _ in range(f.r.randint(4, 9)):
        lat, lon = lat + f.r.uniform(-0.004, 0.004), lon + f.r.uniform(-0.004, 0.004)
        pts.append((lat, lon))
    return polyline(pts)


def h3_cell(f):
    return "89" + f.pick(["65", "83", "8e", "66"]) + f.hexid(7) + "ffff"


def postal_code(f):
    if f.m == "VN":
        return (
            f.pick(["700000", "100000", "550000", "70000", "10000"])
            if f.r.random() < 0.2
            else str(f.r.randint(10, 99)) + f.digits(4)
        )
    if f.m == "UG":
        return f"P.O. Box {f.r.randint(1, 29999)} {f.pick(['Kampala', 'Entebbe', 'Mukono'])}"
    return f.pick(["11", "05", "76", "08"]) + f.digits(4)


def sha256(f):
    return f.hexid(64)


def money_id(f):
    return f.digits(10)


def trip_id(f):
    return "T" + f.digits(11)


def order_code(f):
    return f"{f.pick(['MF', 'MP', 'MD'])}-{f.r.randint(240101, 241231)}-{f.r.randint(0, 9999):04d}"


def dob(f, lo=1965, hi=2004):
    d = f.date(lo, hi)
    if f.m == "CO" and f.r.random() < 0.5:
        y, m, dd = d.split("-")
        return f"{dd}/{m}/{y}"
    if f.m == "VN" and f.r.random() < 0.5:
        y, m, dd = d.split("-")
        return f"{dd}/{m}/{y}"
    return d


def gender_local(f):
    return {"VN": ["Nam", "Nữ"], "UG": ["M", "F"], "CO": ["M", "F", "Masculino", "Femenino"]}[f.m][
        f.r.randrange(2 if f.m != "CO" else 4)
    ]


def fcm_token(f):
    return (
        f.alnum(22)
        + ":APA91b"
        + f.alnum(134, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    )


def pm_token(f):
    return "pm_" + f.alnum(24)


def fbclid(f):
    return "IwAR" + f.alnum(58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def gclid(f):
    return "Cj0KCQjw" + f.alnum(76, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def fbp(f):
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f):
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def role_mailbox(f):
    return {"VN": "hotro@motoya.vn", "UG": "support@motoya.ug", "CO": "soporte@motoya.co"}[f.m]


def proxy_number(f):
    return {
        "VN": "+842873001" + f.digits(3),
        "UG": "+256312300" + f.digits(3),
        "CO": "+576015800" + f.digits(3),
    }[f.m]


def place_name(f):
    return f.pick(
        {
            "VN": [
                "Chợ Bến Thành",
                "Sân bay Tân Sơn Nhất",
                "Hồ Hoàn Kiếm",
                "Vincom Đồng Khởi",
                "Bệnh viện Bạch Mai",
                "Đại học Bách Khoa",
                "Cầu Rồng",
                "Landmark 81",
            ],
            "UG": [
                "Acacia Mall",
                "Garden City",
                "Old Taxi Park",
                "Makerere University",
                "Entebbe Airport",
                "Nakasero Market",
                "Kampala Road",
                "Mulago Hospital",
            ],
            "CO": [
                "Centro Comercial Andino",
                "Aeropuerto El Dorado",
                "Parque Lleras",
                "Estación Poblado",
                "Unicentro",
                "Plaza de Bolívar",
                "Universidad de Antioquia",
                "Chipichape",
            ],
        }[f.m]
    )


def restaurant(f):
    return f.pick(
        {
            "VN": [
                "Phở Thìn",
                "Bánh Mì Huỳnh Hoa",
                "Cơm Tấm Ba Ghiền",
                "Highlands Coffee",
                "Bún Chả Hương Liên",
            ],
            "UG": ["Cafe Javas", "Javas Express Ntinda", "Mama Ashanti", "Kati Kati", "Endiro Coffee"],
            "CO": ["Crepes & Waffles", "El Corral", "Frisby", "Presto", "Juan Valdez Café", "Andrés D.C."],
        }[f.m]
    )


def dish(f):
    return f.pick(
        {
            "VN": [
                "Phở bò tái",
                "Bánh mì thịt",
                "Cơm tấm sườn bì chả",
                "Bún chả",
                "Trà sữa trân châu",
                "Cà phê sữa đá",
            ],
            "UG": ["Rolex (2 eggs)", "Chicken luwombo", "Matooke & beans", "Chapati", "Passion juice 500ml"],
            "CO": ["Bandeja paisa", "Hamburguesa Corral", "Arepa de choclo", "Ajiaco", "Limonada de coco"],
        }[f.m]
    )


def bike_model(f):
    return f.pick(
        {
            "VN": [
                "Honda Wave Alpha 110",
                "Honda Vision",
                "Yamaha Sirius",
                "Honda Air Blade 125",
                "VinFast Feliz S",
            ],
            "UG": ["Bajaj Boxer BM150", "TVS HLX 125", "Honda Ace CB125", "Bajaj Boxer X150"],
            "CO": [
                "AKT NKD 125",
                "Yamaha FZ 2.0",
                "Suzuki Gixxer 150",
                "Bajaj Pulsar NS 160",
                "Honda CB 125F",
            ],
        }[f.m]
    )


def operating_zone(f):
    return f.pick(
        {
            "VN": ["Quận 1", "Quận 7", "Thủ Đức", "Hoàn Kiếm", "Cầu Giấy", "Hải Châu"],
            "UG": ["Kampala Central", "Nakawa", "Kawempe", "Entebbe Town", "Mukono Central"],
            "CO": ["Chapinero", "Usaquén", "El Poblado", "Laureles", "Granada", "Norte Barranquilla"],
        }[f.m]
    )


def province(f):
    return f.pick(
        {
            "VN": ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Bình Dương", "Đồng Nai"],
            "UG": ["Kampala", "Wakiso", "Mukono"],
            "CO": ["Cundinamarca", "Antioquia", "Valle del Cauca", "Atlántico"],
        }[f.m]
    )


def phone_note(f):
    p = f.mobile()
    return f.pick(
        {
            "VN": [
                f"Gọi {p} khi tới cổng",
                f"Giao cho bảo vệ, sđt {p}",
                f"Nhà hẻm nhỏ, gọi em {p} ra lấy",
                f"{p} - để ở quầy lễ tân",
            ],
            "UG": [
                f"Call {p} when you reach the gate",
                f"Give to the askari, phone {p}",
                f"Ask for mama Sarah at the shop, {p}",
                f"Nkubira ku {p} bw'otuuka",
            ],
            "CO": [
                f"Llamar al {p} al llegar a la portería",
                f"Dejar con el celador, cel {p}",
                f"Timbre no sirve, marcar {p}",
                f"{p} - recibe mi hermana",
            ],
        }[f.m]
    )


def error_message(f):
    p = f.mobile()
    return f.pick(
        [
            f"phone {p} already registered to another account",
            f"OTP limit reached for {p}",
            f"Número {p} no registrado en Nequi",
            f"MSISDN {p} failed KYC lookup",
            f"Số điện thoại {p} không hợp lệ",
        ]
    )


def chat_text(f):
    return f.pick(
        {
            "VN": [
                "Em tới rồi ạ",
                "Anh đợi em 2 phút nha",
                "Em đứng ở cổng sau",
                "Ok anh",
                "Kẹt xe quá, 5 phút nữa",
            ],
            "UG": [
                "I'm at the stage",
                "Nkuli wano",
                "Coming in 2 minutes",
                "Which gate?",
                "Traffic on Jinja Road",
            ],
            "CO": [
                "Ya llegué",
                "Estoy en la portería",
                "Voy en camino",
                "¿Dónde lo espero?",
                "Mucho trancón",
            ],
        }[f.m]
    )


def rating_comment(f):
    return f.pick(
        {
            "VN": ["Tài xế thân thiện", "Chạy hơi nhanh", "Xe sạch, mũ bảo hiểm mới", "", "Rất tốt"],
            "UG": ["Very careful rider", "Helmet was dirty", "Overcharged me", "", "Good service"],
            "CO": ["Excelente servicio", "Manejó muy rápido", "No tenía casco extra", "", "Muy amable"],
        }[f.m]
    )


def saved_label(f):
    return f.pick(
        {
            "VN": ["Nhà", "Công ty", "Nhà mẹ", "Phòng gym"],
            "UG": ["Home", "Work", "Church", "Mum's place"],
            "CO": ["Casa", "Trabajo", "Universidad", "Casa de mi mamá"],
        }[f.m]
    )


def ua_mobile_web(f):
    return f.pick(
        [
            "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/123.0.6312.99 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Linux; Android 12; TECNO KI5k) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/122.0.6261.119 Mobile Safari/537.36",
        ]
    )


# -- contexts of the client libraries ----------------------------------------------------------------


def common_mobile(f, lib, version, app_name, namespace):
    return {
        "library": {"name": C(lib), "version": C(version)},
        "locale": G(lambda f: f.pick(MARKETS[f.m]["locale"])),
        "timezone": G(lambda f: MARKETS[f.m]["tz"]),
        "instanceId": G(lambda f: f.uuid()),
        "app": {
            "name": C(app_name),
            "version": P("4.21.0", "4.22.1", "4.23.0", "4.23.2"),
            "build": P("4210", "4221", "4230", "4232"),
            "namespace": C(namespace),
        },
    }


def swift_context(f):
    return {
        **common_mobile(f, "analytics-swift", "1.5.11", "Motoya", "app.motoya.passenger"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone12,1", "iPhone13,2", "iPhone14,7", "iPhone15,4", "iPhone11,8"),
            "name": C("iPhone"),
            "type": C("ios"),
            "adTrackingEnabled": BOOL,
            "advertisingId": Y(lambda f: f.advertising_id(upper=True), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "network": {"wifi": BOOL, "cellular": BOOL, "bluetooth": C(False)},
        "os": {"name": C("iOS"), "version": P("16.7.8", "17.4.1", "17.5", "18.0.1")},
        "screen": {"width": P(375, 390, 414, 393), "height": P(667, 844, 896, 852)},
        "traits": {
            "phone": Y(lambda f: f.mobile(), "phone"),
            "firstName": Y(lambda f: f.first_name(), "name"),
        },
    }


def kotlin_context(f):
    return {
        **common_mobile(f, "analytics-kotlin", "1.16.3", "Motoya Rider", "app.motoya.rider"),
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": P("samsung", "Xiaomi", "OPPO", "TECNO", "itel", "Infinix", "vivo", "realme"),
            "model": P("SM-A145F", "Redmi Note 12", "CPH2477", "TECNO KI5k", "itel A70", "X6831", "V2207"),
            "name": P("a14", "tapas", "OP5961L1", "TECNO-KI5k", "A665L"),
            "type": C("android"),
            "adTrackingEnabled": BOOL,
            "advertisingId": Y(lambda f: f.advertising_id(), "advertising id"),
        },
        "network": {
            "wifi": BOOL,
            "cellular": BOOL,
            "bluetooth": BOOL,
            "carrier": G(lambda f: f.pick(MARKETS[f.m]["carriers"])),
        },
        "os": {"name": C("Android"), "version": P("11", "12", "13", "14")},
        "screen": {"density": P(2.0, 2.625, 2.75, 3.0), "width": P(720, 1080), "height": P(1600, 2400, 2340)},
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
            "Dalvik/2.1.0 (Linux; U; Android 12; TECNO KI5k Build/SP1A.210812.016)",
            "Dalvik/2.1.0 (Linux; U; Android 14; Redmi Note 12 Build/UKQ1.230917.001)",
        ),
        "traits": {
            "name": Y(lambda f: f.person(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "riderTier": P("bronze", "silver", "gold"),
        },
        "location": {
            "latitude": Y(lambda f: f.lat_m(), "geolocation"),
            "longitude": Y(lambda f: f.lon_m(), "geolocation"),
            "speed": FLT(0, 14, 1),
            "accuracy": INT(3, 40),
        },
    }


def rn_context(f):
    return {
        **common_mobile(f, "analytics-react-native", "2.20.3", "Motoya Food", "app.motoya.food"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung", "Xiaomi", "TECNO"),
            "model": P("iPhone14,7", "SM-A536E", "Redmi 12C", "TECNO LH7n"),
            "name": P("iPhone", "a53x", "earth", "TECNO-LH7n"),
            "type": P("ios", "android"),
            "adTrackingEnabled": BOOL,
            "advertisingId": Y(lambda f: f.advertising_id(), "advertising id"),
        },
        "network": {"wifi": BOOL, "cellular": BOOL},
        "os": {"name": P("iOS", "Android"), "version": P("17.4", "13", "14", "16.6")},
        "screen": {"width": P(390, 393, 412), "height": P(844, 873, 915), "density": P(2.625, 3)},
        "traits": {"email": Y(lambda f: f.mail(), "email"), "phone": Y(lambda f: f.mobile(), "phone")},
    }


def flutter_context(f):
    return {
        "library": {"name": C("analytics_flutter"), "version": C("1.1.2")},
        "app": {
            "name": C("Motoya Merchant"),
            "version": P("2.8.0", "2.9.1"),
            "build": P("280", "291"),
            "namespace": C("app.motoya.merchant"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("samsung", "Lenovo", "Apple"),
            "model": P("SM-X200", "TB-X606F", "iPad12,1"),
            "type": P("android", "ios"),
        },
        "os": {"name": P("Android", "iPadOS"), "version": P("13", "12", "17.4")},
        "screen": {"width": P(1200, 810), "height": P(1920, 1080)},
        "locale": G(lambda f: f.pick(MARKETS[f.m]["locale"])),
        "timezone": G(lambda f: MARKETS[f.m]["tz"]),
        "network": {"wifi": C(True)},
    }


def web_context(f, page="/", title="Motoya"):
    return {
        "library": {"name": C("analytics.js"), "version": P("npm:next-1.72.0", "next-1.70.0")},
        "page": {
            "path": C(page),
            "referrer": P(
                "https://www.google.com/", "", "https://www.facebook.com/", "https://l.instagram.com/"
            ),
            "search": P("", "?utm_source=facebook&utm_medium=paid", "?lang=es", "?ref=footer"),
            "title": C(title),
            "url": G(
                lambda f: (
                    {"VN": "https://motoya.vn", "UG": "https://motoya.ug", "CO": "https://motoya.co"}[f.m]
                    + page
                )
            ),
        },
        "userAgent": G(ua_mobile_web),
        "userAgentData": {
            "brands": Many(
                {"brand": P("Chromium", "Google Chrome", "Not-A.Brand"), "version": P("124", "123", "99")}, 3
            ),
            "mobile": BOOL,
            "platform": P("Android", "Windows", "macOS"),
        },
        "locale": G(lambda f: f.pick(MARKETS[f.m]["locale"])),
        "timezone": G(lambda f: MARKETS[f.m]["tz"]),
        "ip": Y(lambda f: f.ip_m(), "ip"),
        "campaign": {
            "name": P("rider_recruitment_q2", "first_ride_50", "tet_2024", "merchant_onboarding"),
            "source": P("facebook", "google", "tiktok", "zalo"),
            "medium": P("paid_social", "cpc", "referral"),
            "content": P("video_a", "carousel_b", "static_1"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.2"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.CSharp", "2.4.0"),
}


def server_context(client):
    def make(f):
        name, version = SERVER_LIBS[client]
        ctx = {"library": {"name": C(name), "version": C(version)}}
        if client in ("node", "php"):
            ctx["ip"] = Y(lambda f: f.ip_m(), "ip")
        if client == "node":
            ctx["userAgent"] = G(ua_mobile_web)
        if client == "java":
            ctx["groupId"] = G(lambda f: "biz_" + f.digits(6))
        return ctx

    return make


CONTEXTS = {
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{name: server_context(name) for name in SERVER_LIBS},
}


# -- events ---------------------------------------------------------------------------------------


class E:
    def __init__(self, kind, name, client, body=None, market=None, n=1.0, page=None):
        self.kind, self.name, self.client, self.body = kind, name, client, body or {}
        self.market, self.n, self.page = market, n, page


def food_item():
    return {
        "product_id": G(lambda f: f.digits(8)),
        "sku": G(lambda f: f"{f.pick(['FD', 'BV', 'CB'])}-{f.r.randint(100, 9999)}"),
        "name": G(dish),
        "variant": P("Lớn", "Regular", "Grande", "Sin cebolla", "Extra egg"),
        "price": G(lambda f: f.fare(0.5, 1)),
        "quantity": INT(1, 4),
    }


EVENTS = [
    # -- passenger identity -----------------------------------------------------------------------
    E(
        "identify",
        None,
        "swift",
        {
            "firstName": Y(lambda f: f.first_name(), "name"),
            "lastName": Y(lambda f: f.last_name(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "homeCity": Y(lambda f: f.city_of(), "city"),
            "avatarUrl": Y(lambda f: "https://cdn.motoya.app/avatars/" + f.uuid() + ".jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "referralCode": G(lambda f: "MOTO" + f.alnum(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "totalTrips": INT(0, 900),
            "emailVerified": BOOL,
            "phoneVerified": C(True),
            "preferredPayment": P("cash", "momo", "card", "nequi", "mtn_momo", "airtel_money"),
            "employer": P("Viettel", "Bancolombia", "Stanbic Bank", "FPT Software", "Rappi", "self-employed"),
            "age": INT(18, 67),
            "market": G(lambda f: f.m),
        },
        n=1.2,
    ),
    E(
        "alias",
        None,
        "swift",
        n=0.5,
    ),
    E(
        "track",
        "Login Phone Entered",
        "swift",
        {
            "country_code": G(lambda f: {"VN": "+84", "UG": "+256", "CO": "+57"}[f.m]),
            "input": Y(lambda f: f.mobile(0).lstrip("0"), "phone", True),
            "is_valid": BOOL,
            "method": P("sms", "zalo", "whatsapp"),
        },
    ),
    E(
        "track",
        "Verification Code Submitted",
        "swift",
        {
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token", True),
            "attempt": INT(1, 3),
            "success": BOOL,
            "seconds_since_sent": INT(8, 170),
        },
    ),
    E(
        "track",
        "Verification Code Sent",
        "go",
        {
            "to": Y(lambda f: f.mobile(3), "phone", True),
            "channel": P("sms", "zalo", "whatsapp"),
            "template": P("otp_login_v3", "otp_signup_v2"),
            "provider": P("twilio", "esms", "africastalking", "infobip"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "token"),
            "ttl_seconds": P(120, 300),
            "request_id": G(lambda f: f.uuid()),
        },
    ),
    E(
        "track",
        "Application Opened",
        "swift",
        {"from_background": BOOL, "version": P("4.22.1", "4.23.0"), "build": P("4221", "4230")},
    ),
    E("screen", "Home", "swift", {"tab": P("ride", "food", "send", "wallet")}),
    # -- searching and booking rides --------------------------------------------------------------
    E(
        "track",
        "Destination Searched",
        "swift",
        {
            "query": G(place_name),
            "session_token": G(lambda f: f.uuid()),
            "results_count": INT(0, 8),
            "suggestion": {
                "name": G(place_name),
                "place_id": G(lambda f: "ChIJ" + f.alnum(23)),
                "lat": G(lambda f: f.lat_m()),
                "lng": G(lambda f: f.lon_m()),
                "distance_m": INT(300, 15000),
            },
        },
        n=1.2,
    ),
    E(
        "track",
        "Saved Place Added",
        "swift",
        {
            "label": G(saved_label),
            "place_type": P("home", "work", "other"),
            "value": Y(lambda f: f.home_address(), "address", True),
            "saved_places_count": INT(1, 6),
        },
    ),
    E(
        "track",
        "Ride Requested",
        "swift",
        {
            "request_id": G(lambda f: f.uuid()),
            "service_type": P("bike", "bike_plus", "bike_women", "car_4", "delivery_bike"),
            "pickup": {
                "lat": Y(lambda f: f.lat_m(), "geolocation"),
                "lng": Y(lambda f: f.lon_m(), "geolocation"),
                "address": Y(lambda f: f.home_address(), "address"),
                "place_id": G(lambda f: "ChIJ" + f.alnum(23)),
            },
            "dropoff": {
                "lat": Y(lambda f: f.lat_m(), "geolocation"),
                "lng": Y(lambda f: f.lon_m(), "geolocation"),
                "address": Y(lambda f: f.home_address(), "address"),
            },
            "estimated_fare": G(lambda f: f.fare()),
            "currency": G(lambda f: f.cur()),
            "distance_m": INT(600, 22000),
            "eta_minutes": INT(2, 14),
            "surge_multiplier": P(1.0, 1.0, 1.2, 1.5),
            "promo_code": P("", "FIRST50", "TET24", "MOTOSURA", "BODA20"),
            "payment_method": P("cash", "momo", "card", "nequi", "mtn_momo"),
            "pickup_note": Y(phone_note, "phone", True),
            "helmet_requested": BOOL,
        },
        n=1.4,
    ),
    E(
        "track",
        "Ride Cancelled",
        "rn",
        {
            "trip_id": G(trip_id),
            "cancelled_by": P("passenger", "rider", "system"),
            "reason": P("rider_too_far", "changed_plans", "rider_asked_to_cancel", "no_rider_found"),
            "cancellation_fee": G(lambda f: f.pick([0, 0, f.fare(0.3, 0.3)])),
            "minutes_waited": INT(0, 15),
        },
    ),
    E(
        "track",
        "Pet Ride Booked",
        "swift",
        {
            "trip_id": G(trip_id),
            "pet_name": P("Milo", "Luna", "Kiki", "Tommy", "Mực", "Lu", "Simba", "Rocky"),
            "pet_type": P("dog", "cat"),
            "pet_weight_kg": FLT(1, 14, 1),
            "carrier_required": BOOL,
        },
        market="CO",
        n=0.6,
    ),
    E(
        "track",
        "Trip Completed",
        "go",
        {
            "trip_id": G(trip_id),
            "rider_id": G(lambda f: f.digits(7)),
            "passenger_id": G(lambda f: f.digits(8)),
            "rider_name": Y(lambda f: f.person(), "name"),
            "rider_plate": Y(lambda f: f.plate(), "license"),
            "fare": {
                "distance": G(lambda f: f.fare(0.5, 0.6)),
                "total": G(lambda f: f.fare()),
                "currency": G(lambda f: f.cur()),
            },
            "payment_method": P("cash", "momo", "card", "nequi", "mtn_momo", "airtel_money"),
            "distance_km": FLT(0.6, 25, 2),
            "duration_s": INT(180, 3600),
            "started_at": G(lambda f: f.iso()),
            "ended_at": G(lambda f: f.iso()),
            "route_polyline": Y(route, "geolocation"),
            "pickup_address": Y(lambda f: f.home_address(), "address"),
            "dropoff_address": Y(lambda f: f.home_address(), "address"),
        },
        n=1.3,
    ),
    E(
        "track",
        "Rating Submitted",
        "rn",
        {
            "trip_id": G(trip_id),
            "stars": INT(1, 5),
            "tags": Many(P("polite", "safe_driving", "clean_helmet", "late", "rude", "unsafe_driving"), 3),
            "comment": G(rating_comment),
            "tip_amount": G(lambda f: f.pick([0, 0, f.fare(0.1, 0.2)])),
            "rated_by": P("passenger", "rider"),
        },
    ),
    E(
        "track",
        "Chat Message Sent",
        "kotlin",
        {
            "trip_id": G(trip_id),
            "text": G(chat_text),
            "sender_role": P("rider", "passenger"),
            "quick_reply": BOOL,
        },
    ),
    # -- masked calls -------------------------------------------------------------------------------
    E(
        "track",
        "Call Initiated",
        "kotlin",
        {
            "trip_id": G(trip_id),
            "caller_role": P("rider", "passenger"),
            "proxy_number": G(proxy_number),
            "call_provider": P("twilio", "stringee", "africastalking"),
            "via_voip": BOOL,
        },
    ),
    E(
        "track",
        "Masked Session Created",
        "python",
        {
            "session_id": G(lambda f: "KC" + f.hexid(32)),
            "trip_id": G(trip_id),
            "proxy_number": G(proxy_number),
            "participant_a_phone": Y(lambda f: f.mobile(2 if f.m == "CO" else 3), "phone"),
            "participant_b_phone": Y(lambda f: f.mobile(2 if f.m == "CO" else 3), "phone"),
            "ttl_seconds": P(3600, 7200),
            "provider": P("twilio_proxy", "stringee"),
        },
    ),
    E(
        "track",
        "Call Status Updated",
        "node",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": C("AC3f9c41d2b7e8a05c6f1d29e4b7a3c810"),
            "From": Y(lambda f: f.mobile(3), "phone"),
            "To": G(proxy_number),
            "Caller": Y(lambda f: f.mobile(3), "phone"),
            "Called": G(proxy_number),
            "CallStatus": P("completed", "no-answer", "busy", "failed"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 400))),
            "FromCountry": G(lambda f: f.m),
        },
    ),
    # -- safety ------------------------------------------------------------------------------------
    E(
        "track",
        "SOS Button Pressed",
        "swift",
        {
            "trip_id": G(trip_id),
            "triggered_by": P("passenger", "rider"),
            "latitude": Y(lambda f: f.lat_m(), "geolocation"),
            "longitude": Y(lambda f: f.lon_m(), "geolocation"),
            "accuracy_m": INT(3, 60),
            "speed_kmh": FLT(0, 60, 1),
            "battery_pct": INT(3, 100),
            "contacts_notified": INT(0, 3),
            "emergency_contact_phone": Y(lambda f: f.mobile(), "phone"),
            "share_url": G(lambda f: "https://motoya.app/t/" + f.alnum(10)),
            "audio_recording": BOOL,
            "call_112_shown": BOOL,
        },
        n=0.8,
    ),
    E(
        "track",
        "Emergency Contact Added",
        "swift",
        {
            "contact_name": Y(lambda f: f.person(), "name"),
            "contact_phone": Y(lambda f: f.mobile(), "phone"),
            "relationship": P("mother", "spouse", "sibling", "friend", "father", "partner"),
            "is_primary": BOOL,
            "contacts_count": INT(1, 5),
        },
    ),
    E(
        "track",
        "Trip Shared",
        "rn",
        {
            "trip_id": G(trip_id),
            "channel": P("zalo", "whatsapp", "sms", "messenger"),
            "shared_with": Y(lambda f: f.mobile(), "phone", True),
            "share_url": G(lambda f: "https://motoya.app/t/" + f.alnum(10)),
        },
    ),
    E(
        "track",
        "Safety Incident Reported",
        "dotnet",
        {
            "IncidentId": G(lambda f: f.uuid()),
            "TripId": G(trip_id),
            "Category": P("Harassment", "Accident", "Robbery", "UnsafeDriving", "LostItem"),
            "InjuryReported": Y(lambda f: f.pick([True, False]), "condition"),
            "ReporterRole": P("Passenger", "Rider", "Bystander"),
            "ReporterName": Y(lambda f: f.person(), "name"),
            "ReporterPhone": Y(lambda f: f.mobile(), "phone"),
            "AccusedRiderPlate": Y(lambda f: f.plate(), "license"),
            "AccusedRiderId": G(lambda f: f.digits(7)),
            "PoliceReportNumber": G(lambda f: f"{f.r.randint(1, 999)}/{f.r.randint(2023, 2024)}"),
            "Location": {
                "Lat": Y(lambda f: f.lat_m(), "geolocation"),
                "Lon": Y(lambda f: f.lon_m(), "geolocation"),
            },
            "AssignedAgent": {
                "Name": Y(lambda f: f.person(), "name"),
                "Email": Y(
                    lambda f: (
                        ascii_fold(f.first_name().split()[0]).lower() + "." + f.hexid(3) + "@motoya.app"
                    ),
                    "email",
                ),
                "Team": P("Safety VN", "Safety UG", "Seguridad CO"),
            },
            "Status": P("Open", "Investigating", "Closed"),
        },
    ),
    # -- rider identity and onboarding ---------------------------------------------------------------
    E(
        "identify",
        None,
        "kotlin",
        {
            "firstName": Y(lambda f: f.first_name(), "name"),
            "lastName": Y(lambda f: f.last_name(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "riderStatus": P("active", "pending_docs", "suspended", "offboarded"),
            "vehicleType": P("motorbike", "scooter", "e_bike"),
            "operatingCity": G(lambda f: f.city_of()),
            "acceptanceRate": FLT(0.4, 1, 2),
            "nationalIdVerified": BOOL,
            "licenceVerified": BOOL,
            "plateNumber": Y(lambda f: f.plate(), "license"),
            "avatar": Y(lambda f: "https://cdn.motoya.app/riders/" + f.digits(7) + "/profile.jpg", "photo"),
            "hearingImpaired": RED(lambda f: f.pick([True, False, False, False]), "disability"),
            "fcmToken": RED(fcm_token, "token"),
        },
    ),
    E(
        "track",
        "Rider Signup Form Submitted",
        "web",
        {
            "full_name": Y(lambda f: f.person(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "operating_city": G(lambda f: f.city_of()),
            "has_motorbike": BOOL,
            "bike_year": INT(2008, 2024),
            "licence_class": P("A1", "A2", "B", "Class A"),
            "how_heard": P("friend", "facebook", "tiktok", "stage_chairman", "radio"),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "consent_whatsapp": BOOL,
            "form_version": P("v7", "v8"),
        },
        page="/rider/signup",
    ),
    E(
        "page",
        "Rider Signup",
        "web",
        {
            "path": C("/rider/signup"),
            "url": G(
                lambda f: (
                    {"VN": "https://motoya.vn", "UG": "https://motoya.ug", "CO": "https://motoya.co"}[f.m]
                    + "/rider/signup"
                )
            ),
            "title": C("Become a rider | Motoya"),
            "referrer": P("https://www.google.com/", "", "https://www.facebook.com/"),
            "search": P("", "?utm_source=facebook&utm_medium=paid", "?lang=es"),
        },
        page="/rider/signup",
    ),
    E(
        "track",
        "Document Uploaded",
        "kotlin",
        {
            "document_type": P(
                "national_id_front",
                "national_id_back",
                "driving_licence",
                "soat",
                "lc1_letter",
                "vehicle_registration",
            ),
            "file_size_kb": INT(120, 4800),
            "mime_type": P("image/jpeg", "image/heic", "application/pdf"),
            "ocr_confidence": FLT(0.5, 0.99, 3),
        },
        n=1.2,
    ),
    E(
        "track",
        "Selfie Captured",
        "kotlin",
        {
            "job_id": G(lambda f: f.uuid()),
            "provider": P("smile_identity", "fpt_ekyc", "truora"),
            "liveness_score": FLT(0.3, 0.99, 3),
            "face_match_score": FLT(0.2, 0.99, 3),
            "attempt": INT(1, 3),
            "selfie_url": Y(
                lambda f: "https://kyc-motoya.s3.amazonaws.com/selfies/" + f.uuid() + ".jpg", "photo"
            ),
        },
    ),
    E(
        "track",
        "KYC Result Received",
        "python",
        {
            "ResultCode": P("1012", "1013", "1022"),
            "ResultText": P("Enroll User", "ID Number Not Found", "Partial Match"),
            "SmileJobID": G(lambda f: f.digits(10)),
            "PartnerParams": {
                "user_id": G(lambda f: "rdr_" + f.digits(7)),
                "job_id": G(lambda f: f.uuid()),
            },
            "Actions": {
                "Liveness_Check": P("Passed", "Failed"),
                "Verify_ID_Number": P("Verified", "Not Verified"),
            },
            "FullName": Y(lambda f: f.person(), "name"),
            "DOB": Y(lambda f: f.date(1965, 2004), "birthdate"),
            "Gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
            "IDType": C("NATIONAL_ID"),
            "IDNumber": RED(lambda f: f.national_id(), "national id"),
            "Country": G(lambda f: f.m),
            "ExpirationDate": G(lambda f: f.date(2025, 2034)),
            "PhoneNumber": Y(lambda f: f.msisdn(), "phone"),
        },
        market="UG",
    ),
    E(
        "track",
        "Rider Application Submitted",
        "java",
        {
            "ma_ho_so": G(lambda f: "HS" + f.digits(8)),
            "ho_ten": Y(lambda f: f.person(), "name"),
            "ngay_sinh": Y(dob, "birthdate"),
            "gioi_tinh": Y(gender_local, "gender"),
            "so_cccd": RED(lambda f: f.national_id(), "national id"),
            "ngay_cap": G(lambda f: f.date(2016, 2024)),
            "noi_cap": P("Cục Cảnh sát QLHC về TTXH", "Bộ Công an"),
            "dia_chi_thuong_tru": Y(lambda f: f.home_address(), "address"),
            "tinh_thanh": G(province),
            "so_dien_thoai": Y(lambda f: f.mobile(), "phone"),
            "so_gplx": Y(lambda f: f.licence_no(), "license"),
            "hang_gplx": P("A1", "A2"),
            "bien_so_xe": Y(lambda f: f.plate(), "license"),
            "hieu_xe": G(bike_model),
            "so_khung": Y(lambda f: f.chassis(), "serial"),
            "so_may": Y(lambda f: f.engine_no(), "serial"),
            "trang_thai": P("cho_duyet", "da_duyet", "tu_choi"),
        },
        market="VN",
    ),
    E(
        "track",
        "Rider Registered",
        "php",
        {
            "rider_ref": G(lambda f: "BOD-" + f.digits(6)),
            "erinnya": Y(lambda f: f.person(), "name"),
            "essimu": Y(lambda f: f.mobile(), "phone"),
            "nin": RED(lambda f: f.national_id(), "national id"),
            "permit_number": Y(lambda f: f.licence_no(), "license"),
            "plate_number": Y(lambda f: f.plate(), "license"),
            "stage_name": P(
                "Kamwokya Stage", "Ntinda Shell Stage", "Wandegeya Stage", "Kireka Stage", "Mukono Taxi Park"
            ),
            "stage": {"lat": FLT(0.30, 0.36, 5), "lng": FLT(32.55, 32.62, 5)},
            "district": P("Kampala", "Wakiso", "Mukono"),
            "sacco": P("Kampala Boda Boda SACCO", "Nakawa Riders SACCO", "none"),
            "ekifo": Y(lambda f: f.home_address(), "address"),
            "next_of_kin": {
                "erinnya": Y(lambda f: f.person(), "name"),
                "essimu": Y(lambda f: f.mobile(), "phone"),
                "relationship": P("wife", "brother", "mother", "uncle"),
            },
            "lc1_letter": BOOL,
            "momo_number": Y(lambda f: f.msisdn(), "phone"),
            "helmet_issued": BOOL,
        },
        market="UG",
    ),
    E(
        "track",
        "Registro Conductor Completado",
        "ruby",
        {
            "conductor_id": G(lambda f: f.digits(6)),
            "nombres": Y(lambda f: f.first_name(), "name"),
            "apellidos": Y(lambda f: f.family(), "name"),
            "tipo_documento": P("CC", "CC", "CE", "PPT"),
            "numero_documento": RED(lambda f: f.national_id(), "national id"),
            "fecha_nacimiento": Y(dob, "birthdate"),
            "celular": Y(lambda f: f.mobile(), "phone"),
            "correo": Y(lambda f: f.mail(), "email"),
            "direccion": Y(lambda f: f.home_address(), "address"),
            "barrio": Y(lambda f: f.barrio(), "address|city"),
            "ciudad": Y(lambda f: f.city_of(), "city"),
            "departamento": G(province),
            "placa": Y(lambda f: f.plate(), "license"),
            "soat": {
                "aseguradora": P(
                    "SURA", "Seguros Bolívar", "La Previsora", "Seguros Mundial", "AXA Colpatria"
                ),
                "numero_poliza": Y(lambda f: f.digits(13), "identification"),
                "vence": G(lambda f: f.date(2024, 2025)),
            },
            "licencia": {"categoria": P("A1", "A2"), "vence": G(lambda f: f.date(2025, 2034))},
            "tecnomecanica_vigente": BOOL,
            "permiso_trabajo_vigente": RED(lambda f: f.pick([True, False]), "visa"),
            "nequi_celular": Y(lambda f: f.mobile(3), "phone"),
        },
        market="CO",
    ),
    E(
        "track",
        "Vehicle Inspection Completed",
        "python",
        {
            "inspection_id": G(lambda f: f.uuid()),
            "plate": Y(lambda f: f.plate(), "license"),
            "chassis_number": Y(lambda f: f.chassis(), "serial"),
            "engine_number": Y(lambda f: f.engine_no(), "serial"),
            "bike_model": G(bike_model),
            "inspector_name": Y(lambda f: f.person(), "name"),
            "owner_name": Y(lambda f: f.person(), "name"),
            "inspection_center": P(
                "Motoya Hub Quận 7", "Motoya Hub Ntinda", "Centro Motoya Chapinero", "Hub Hải Châu"
            ),
            "passed": BOOL,
            "tyre_condition": P("good", "worn", "replace"),
            "brakes_ok": BOOL,
        },
    ),
    E(
        "track",
        "Insurance Policy Attached",
        "kotlin",
        {
            "insurer": P("Bảo Việt", "PVI", "Jubilee Insurance", "UAP Old Mutual", "SURA", "Seguros Bolívar"),
            "policy_number": Y(
                lambda f: f.pick(["BV", "PVI", "JIC", "AT"]) + "-" + f.digits(9), "identification"
            ),
            "insured_name": Y(lambda f: f.person(), "name"),
            "insured_dob": Y(dob, "birthdate"),
            "policy_type": P("third_party", "comprehensive", "soat", "personal_accident"),
            "valid_until": G(lambda f: f.date(2024, 2026)),
            "sticker_scanned": BOOL,
            "premium": G(lambda f: f.fare(2, 4)),
        },
    ),
    # -- rider shift and earnings -------------------------------------------------------------------
    E(
        "track",
        "Rider Went Online",
        "kotlin",
        {
            "shift_id": G(lambda f: f.uuid()),
            "zone_id": G(lambda f: "z" + f.digits(4)),
            "zone_name": G(operating_zone),
            "battery_pct": INT(10, 100),
            "online_minutes_today": INT(0, 600),
        },
        n=1.2,
    ),
    E(
        "track",
        "Trip Offer Received",
        "kotlin",
        {
            "offer_id": G(lambda f: f.uuid()),
            "trip_id": G(trip_id),
            "pickup_lat": Y(lambda f: f.lat_m(), "geolocation"),
            "pickup_lng": Y(lambda f: f.lon_m(), "geolocation"),
            "pickup_distance_m": INT(100, 3000),
            "fare_estimate": G(lambda f: f.fare()),
            "accepted": BOOL,
        },
        n=1.2,
    ),
    E(
        "track",
        "Location Updated",
        "kotlin",
        {
            "lat": Y(lambda f: f.lat_m(), "geolocation"),
            "lng": Y(lambda f: f.lon_m(), "geolocation"),
            "h3_index": Y(h3_cell, "geolocation"),
            "heading": INT(0, 359),
            "speed_mps": FLT(0, 16, 1),
            "accuracy_m": INT(3, 50),
            "on_trip": BOOL,
        },
        n=1.2,
    ),
    E(
        "track",
        "Earnings Summary Viewed",
        "kotlin",
        {
            "week_start": G(lambda f: f.date(2024, 2024)),
            "trips_count": INT(0, 140),
            "gross_earnings": Y(lambda f: f.fare(20, 60), "salary"),
            "hourly_rate": Y(lambda f: f.fare(0.8, 1.5), "salary"),
            "tips_total": Y(lambda f: f.fare(0.2, 3), "salary"),
            "online_hours": FLT(2, 70, 1),
            "currency": G(lambda f: f.cur()),
        },
    ),
    E(
        "track",
        "Payout Requested",
        "go",
        {
            "payout_id": G(lambda f: "po_" + f.alnum(14)),
            "method": P("bank_transfer", "momo", "mtn_momo", "nequi"),
            "destination": {
                "bank_code": P("VCB", "TCB", "MB", "SBICUGKX", "CERBUGKA", "BANCOLOMBIA", "DAVIVIENDA"),
                "account_number": RED(lambda f: f.bank_account(), "bank account"),
                "account_name": Y(lambda f: ascii_fold(f.person()).upper(), "name"),
                "account_type": P("savings", "current", "ahorros"),
            },
            "fee": G(lambda f: f.pick([0, 1100, 2000, 500])),
            "status": P("pending", "processing", "paid", "failed"),
        },
    ),
    E(
        "track",
        "Bike Loan Application Submitted",
        "python",
        {
            "application_id": G(lambda f: f.uuid()),
            "full_name": Y(lambda f: f.person(), "name"),
            "home_address": Y(lambda f: f.home_address(), "address"),
            "bike_model": G(bike_model),
            "principal": G(lambda f: f.fare(100, 300)),
            "term_months": P(12, 18, 24),
            "monthly_income": Y(lambda f: f.fare(30, 100), "salary"),
            "credit_score": Y(lambda f: f.r.randint(300, 850), "credit score"),
            "national_id": RED(lambda f: f.national_id(), "national id"),
            "marital_status": P("single", "married", "separated"),
            "dependants_count": INT(0, 6),
            "age": INT(19, 60),
            "guarantor": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "relationship": P("brother", "employer", "spouse", "friend"),
            },
            "approved": BOOL,
        },
    ),
    # -- payments and wallets -----------------------------------------------------------------------
    E(
        "track",
        "Card Added",
        "swift",
        {
            "payment_method_id": RED(pm_token, "token"),
            "brand": P("visa", "mastercard", "amex"),
            "last4": G(lambda f: f.digits(4)),
            "bin": G(lambda f: f.pick(["4", "5"]) + f.digits(5)),
            "exp_month": INT(1, 12),
            "exp_year": INT(2025, 2031),
            "country": G(lambda f: f.m),
            "cardholder_name": Y(lambda f: ascii_fold(f.person()).upper(), "name"),
            "three_d_secure": BOOL,
            "billing_address": {
                "line1": Y(lambda f: f.home_address(), "address"),
                "city": Y(lambda f: f.city_of(), "city"),
                "postal_code": Y(postal_code, "zipcode|address"),
                "country": G(lambda f: f.m),
            },
        },
    ),
    E(
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(order_code),
            "step": C(2),
            "payment_method": P("card", "pse"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "installments": P(1, 1, 3, 6, 12),
        },
        page="/checkout",
        market="CO",
        n=0.7,
    ),
    E(
        "track",
        "PSE Payment Started",
        "ruby",
        {
            "reference": G(lambda f: "PSE" + f.digits(9)),
            "financial_institution_code": P("1007", "1051", "1507", "1013"),
            "financial_institution_name": P("BANCOLOMBIA", "DAVIVIENDA", "NEQUI", "BBVA COLOMBIA"),
            "user_type": C(0),
            "user_legal_id_type": P("CC", "CC", "CE"),
            "user_legal_id": RED(lambda f: f.national_id().replace(".", ""), "national id"),
            "amount_in_cents": G(lambda f: f.fare() * 100),
            "currency": C("COP"),
            "redirect_url": C("https://motoya.co/pagos/retorno"),
        },
        market="CO",
    ),
    E(
        "track",
        "Wallet Linked",
        "rn",
        {
            "provider": G(lambda f: f.pick(WALLETS[f.m])),
            "msisdn": Y(lambda f: f.msisdn(), "phone"),
            "account_name": Y(lambda f: f.person(), "name"),
            "kyc_level": P(1, 2, 3),
            "linked_at": G(lambda f: f.iso()),
            "is_default": BOOL,
        },
    ),
    E(
        "track",
        "Send Money Recipient Searched",
        "rn",
        {
            "q": Y(lambda f: f.mobile() if f.r.random() < 0.6 else f.person(), "phone|name", True),
            "results": INT(0, 5),
            "source": P("contacts", "recent", "manual"),
        },
    ),
    E(
        "track",
        "Money Sent",
        "rn",
        {
            "transfer_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.fare(1, 10)),
            "currency": G(lambda f: f.cur()),
            "recipient_name": Y(lambda f: f.person(), "name"),
            "recipient_phone": Y(lambda f: f.mobile(), "phone"),
            "note_to_recipient": P("tiền cơm", "rent", "school fees", "pasajes", "", "for Sunday"),
            "fee": G(lambda f: f.pick([0, 500, 1000])),
            "is_first_transfer": BOOL,
        },
    ),
    E(
        "track",
        "Cash Collected",
        "kotlin",
        {
            "trip_id": G(trip_id),
            "amount_due": G(lambda f: f.fare()),
            "amount_received": G(lambda f: f.fare(1, 1.5)),
            "change_given": G(lambda f: f.fare(0, 0.3)),
            "currency": G(lambda f: f.cur()),
        },
    ),
    E(
        "track",
        "MoMo Payment Notified",
        "node",
        {
            "partnerCode": C("MOMOMOTO20230512"),
            "orderId": G(order_code),
            "amount": G(lambda f: f.fare()),
            "orderInfo": G(lambda f: "Thanh toán chuyến xe " + trip_id(f)),
            "transId": G(lambda f: int(f.digits(10))),
            "resultCode": P(0, 0, 0, 1006, 49),
            "message": P("Thành công.", "Giao dịch bị từ chối bởi người dùng.", "Giao dịch đã hết hạn."),
            "signature": G(lambda f: f.hexid(64)),
        },
        market="VN",
    ),
    E(
        "track",
        "Mobile Money Collection Callback",
        "php",
        {
            "financialTransactionId": G(lambda f: f.digits(10)),
            "externalId": G(lambda f: f.digits(12)),
            "amount": G(lambda f: str(f.fare())),
            "currency": C("UGX"),
            "payer": {"partyIdType": C("MSISDN"), "partyId": Y(lambda f: f.msisdn(), "phone", True)},
            "payerMessage": P("Boda fare", "Motoya trip", "Food order"),
            "payeeNote": P("Motoya", "MOTOYA LTD"),
            "status": P("SUCCESSFUL", "FAILED", "PENDING"),
            "reason": P("", "APPROVAL_REJECTED", "NOT_ENOUGH_FUNDS"),
        },
        market="UG",
    ),
    E(
        "track",
        "Nequi Push Payment Requested",
        "node",
        {
            "RequestMessage": {
                "RequestHeader": {
                    "Channel": C("PNP04-C001"),
                    "RequestDate": G(lambda f: f.iso()),
                    "MessageID": G(lambda f: f.digits(10)),
                },
                "RequestBody": {
                    "any": {
                        "unregisteredPaymentRQ": {
                            "phoneNumber": Y(lambda f: f.mobile(3), "phone"),
                            "code": C("NIT_1"),
                            "value": G(lambda f: str(f.fare())),
                            "reference1": G(trip_id),
                        }
                    }
                },
            }
        },
        market="CO",
        n=0.8,
    ),
    # -- food and parcel delivery ---------------------------------------------------------------
    E(
        "track",
        "Products Searched",
        "rn",
        {"query": G(dish), "filters": Many(P("free_delivery", "open_now", "halal", "promo"), 2)},
    ),
    E(
        "track",
        "Product Added",
        "rn",
        {"cart_id": G(lambda f: f.uuid()), "restaurant_name": G(restaurant), **food_item()},
    ),
    E(
        "track",
        "Order Completed",
        "rn",
        {
            "order_id": G(order_code),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.fare(1, 4)),
            "shipping": G(lambda f: f.fare(0.2, 0.4)),
            "discount": G(lambda f: f.fare(0, 0.5)),
            "coupon": P("", "FREESHIP", "MOTO20", "BODAFOOD"),
            "currency": G(lambda f: f.cur()),
            "restaurant": {
                "id": G(lambda f: "r_" + f.digits(5)),
                "name": G(restaurant),
                "lat": G(lambda f: f.lat_m()),
                "lng": G(lambda f: f.lon_m()),
                "phone": G(lambda f: {"VN": "028 3822 ", "UG": "0414 ", "CO": "601 744 "}[f.m] + f.digits(4)),
            },
            "products": Many(food_item(), 4),
            "delivery_address": {
                "recipient_name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "line1": Y(lambda f: f.home_address(), "address|street"),
                "district": Y(lambda f: f.barrio(), "address|city"),
                "city": Y(lambda f: f.city_of(), "city"),
                "lat": Y(lambda f: f.lat_m(), "geolocation"),
                "lng": Y(lambda f: f.lon_m(), "geolocation"),
            },
            "payment_method": P("cash", "momo", "card", "nequi", "mtn_momo"),
        },
        n=1.2,
    ),
    E(
        "track",
        "Food Order Placed",
        "java",
        {
            "ma_don": G(order_code),
            "ten_khach_hang": Y(lambda f: f.person(), "name"),
            "sdt_khach": Y(lambda f: f.mobile(), "phone"),
            "dia_chi_giao": Y(lambda f: f.home_address(), "address"),
            "ten_quan": G(restaurant),
            "mon_an": Many(
                {"ten_mon": G(dish), "so_luong": INT(1, 3), "gia": G(lambda f: f.fare(0.4, 1))}, 3
            ),
            "tong_tien": G(lambda f: f.fare(1, 4)),
            "phi_giao_hang": G(lambda f: f.fare(0.2, 0.3)),
            "ghi_chu": P("Ít đá", "Không hành", "Cay vừa", "Giao trước 12h", "", "Thêm tương ớt"),
            "trang_thai": P("moi", "dang_chuan_bi", "dang_giao", "hoan_thanh"),
        },
        market="VN",
    ),
    E(
        "track",
        "Domicilio Entregado",
        "ruby",
        {
            "pedido_id": G(lambda f: f.digits(9)),
            "cliente": {
                "nombre": Y(lambda f: f.person(), "name"),
                "celular": Y(lambda f: f.mobile(), "phone"),
                "direccion": Y(lambda f: f.home_address(), "address"),
                "apto": Y(lambda f: f.unit(), "address"),
                "barrio": Y(lambda f: f.barrio(), "address|city"),
                "correo": Y(lambda f: f.mail(), "email"),
            },
            "repartidor": {
                "nombre": Y(lambda f: f.person(), "name"),
                "placa": Y(lambda f: f.plate(), "license"),
            },
            "restaurante": G(restaurant),
            "valor_total": G(lambda f: f.fare(1, 4)),
            "propina": G(lambda f: f.pick([0, 1000, 2000, 3000])),
            "metodo_pago": P("efectivo", "nequi", "daviplata", "tarjeta"),
            "calificacion": INT(1, 5),
            "entregado_en": G(lambda f: f.iso()),
        },
        market="CO",
    ),
    E(
        "track",
        "Parcel Delivery Booked",
        "swift",
        {
            "parcel_id": G(lambda f: "P" + f.digits(10)),
            "size": P("S", "M", "L"),
            "weight_kg": FLT(0.1, 20, 1),
            "item_description": P("Documents", "Phone case", "Clothes", "Tài liệu", "Llaves", "Cake"),
            "sender": {"name": Y(lambda f: f.person(), "name"), "phone": Y(lambda f: f.mobile(), "phone")},
            "recipient": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "address": Y(lambda f: f.home_address(), "address"),
            },
            "pickup": {
                "lat": Y(lambda f: f.lat_m(), "geolocation"),
                "lng": Y(lambda f: f.lon_m(), "geolocation"),
            },
            "dropoff": {
                "lat": Y(lambda f: f.lat_m(), "geolocation"),
                "lng": Y(lambda f: f.lon_m(), "geolocation"),
            },
            "cod_amount": G(lambda f: f.pick([0, f.fare(2, 10)])),
            "insured_value": G(lambda f: f.fare(0, 20)),
        },
    ),
    E(
        "track",
        "Parcel Sent",
        "php",
        {
            "omugugu_id": G(lambda f: "UGP" + f.digits(8)),
            "obuzito_kg": FLT(0.2, 25, 1),
            "ssente": G(lambda f: f.fare()),
            "omusindisi": {
                "erinnya": Y(lambda f: f.person(), "name"),
                "essimu": Y(lambda f: f.mobile(), "phone"),
            },
            "oyo_agufuna": {
                "erinnya": Y(lambda f: f.person(), "name"),
                "essimu": Y(lambda f: f.mobile(), "phone"),
                "ekifo": Y(lambda f: f.home_address(), "address"),
            },
            "stage_pickup": P("Kamwokya Stage", "Ntinda Shell Stage", "Wandegeya Stage"),
            "sent_at": G(lambda f: f.iso()),
        },
        market="UG",
    ),
    E(
        "track",
        "Delivery Completed",
        "kotlin",
        {
            "delivery_id": G(lambda f: f.uuid()),
            "order_id": G(order_code),
            "proof_photo_url": Y(lambda f: "https://cdn.motoya.app/pod/" + f.hexid(16) + ".jpg", "photo"),
            "signature_captured": BOOL,
            "otp_verified": BOOL,
            "delivered_to": P("recipient", "guard", "neighbour", "reception"),
            "dropoff_lat": Y(lambda f: f.lat_m(), "geolocation"),
            "dropoff_lng": Y(lambda f: f.lon_m(), "geolocation"),
            "note": Y(phone_note, "phone", True),
            "minutes_late": INT(-5, 40),
        },
        n=1.2,
    ),
    # -- merchants --------------------------------------------------------------------------------
    E(
        "group",
        None,
        "flutter",
        {
            "name": G(restaurant),
            "industry": P("restaurant", "cafe", "grocery", "pharmacy"),
            "plan": P("basic", "plus", "enterprise"),
            "createdAt": G(lambda f: f.iso()),
            "tax_id": G(
                lambda f: {
                    "VN": f.digits(10),
                    "UG": "100" + f.digits(7),
                    "CO": f"900.{f.digits(3)}.{f.digits(3)}-{f.r.randint(0, 9)}",
                }[f.m]
            ),
            "orders_email": G(
                lambda f: (
                    f.pick(["orders@", "pedidos@", "donhang@"])
                    + f.pick(["phothin.vn", "cafejavas.co.ug", "elcorral.com"])
                )
            ),
            "support_phone": G(
                lambda f: {
                    "VN": "1900 6" + f.digits(3),
                    "UG": "0800 " + f.digits(6),
                    "CO": "601 " + f.digits(7),
                }[f.m]
            ),
            "address": {
                "street": G(
                    lambda f: f.pick(["13 Lò Đúc", "Plot 4 Kampala Road", "Cra. 11 # 82-71", "26 Lý Quốc Sư"])
                ),
                "city": G(lambda f: f.city_of()),
                "country": G(lambda f: f.m),
            },
        },
    ),
    E(
        "identify",
        None,
        "flutter",
        {
            "displayName": Y(lambda f: f.person(), "name"),
            "role": P("owner", "manager", "cashier", "kitchen"),
            "merchantId": G(lambda f: "m_" + f.digits(6)),
            "workEmail": Y(lambda f: f.mail(), "email"),
        },
        n=0.7,
    ),
    E(
        "track",
        "Order Accepted",
        "flutter",
        {
            "order_id": G(order_code),
            "prep_time_min": INT(5, 45),
            "items_count": INT(1, 9),
            "customer_first_name": Y(lambda f: f.first_name(), "name"),
            "auto_accepted": BOOL,
            "tablet_battery": INT(5, 100),
        },
    ),
    E(
        "track",
        "Menu Item Updated",
        "flutter",
        {
            "item_name": G(dish),
            "price": G(lambda f: f.fare(0.4, 1)),
            "available": BOOL,
            "sku": G(lambda f: f"{f.pick(['FD', 'BV'])}-{f.r.randint(100, 9999)}"),
        },
    ),
    E(
        "track",
        "Merchant Webhook Configured",
        "node",
        {
            "merchant_id": G(lambda f: "m_" + f.digits(6)),
            "url": P(
                "https://pos.phothin.vn/motoya/hook",
                "https://api.cafejavas.co.ug/orders/webhook",
                "https://elcorral.com/api/motoya",
            ),
            "events": Many(P("order.created", "order.cancelled", "courier.assigned"), 3),
            "signing_secret": RED(lambda f: "whsec_" + f.alnum(32), "secret"),
            "created_by_email": Y(lambda f: f.mail(), "email"),
        },
        n=0.6,
    ),
    E(
        "track",
        "Login Link Sent",
        "ruby",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "login_url": RED(
                lambda f: "https://merchant.motoya.app/auth/verify?token=" + f.alnum(40), "token", True
            ),
            "expires_in_minutes": C(15),
            "from": G(lambda f: f.pick(["no-reply@motoya.app", "merchants@motoya.app"])),
        },
        n=0.7,
    ),
    # -- family, corporate and referrals -----------------------------------------------------------
    E(
        "track",
        "Family Member Added",
        "swift",
        {
            "member_name": Y(lambda f: f.person(), "name"),
            "member_birthdate": Y(lambda f: dob(f, 2006, 2016), "birthdate"),
            "member_phone": Y(lambda f: f.mobile(), "phone"),
            "relationship": P("son", "daughter", "mother", "father", "grandmother"),
            "can_book_rides": BOOL,
            "monthly_spend_limit": G(lambda f: f.fare(5, 20)),
            "family_size": INT(2, 6),
        },
    ),
    E(
        "track",
        "Business Ride Expensed",
        "java",
        {
            "companyId": G(lambda f: "biz_" + f.digits(6)),
            "companyName": P(
                "Viettel Post", "Bancolombia", "MTN Uganda", "FPT Software", "Ecopetrol", "Stanbic Bank"
            ),
            "costCenter": P("SALES-HN", "OPS-KLA", "TI-BOG", "FIN-01"),
            "employeeName": Y(lambda f: f.person(), "name"),
            "employeeEmail": Y(
                lambda f: (
                    ascii_fold(f.first_name().split()[0]).lower()
                    + "."
                    + ascii_fold(f.last_name().split()[0]).lower()
                    + "@"
                    + f.pick(["viettelpost.com.vn", "bancolombia.com.co", "mtn.co.ug", "fpt.com"])
                ),
                "email",
            ),
            "jobTitle": P("Sales Executive", "Analista", "Field Engineer", "Kế toán"),
            "approverEmail": Y(lambda f: f.mail(), "email"),
            "tripId": G(trip_id),
            "amount": G(lambda f: f.fare()),
        },
    ),
    E(
        "track",
        "Referral Invite Sent",
        "kotlin",
        {
            "referral_code": G(lambda f: "MOTO" + f.alnum(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "channel": P("whatsapp", "sms", "zalo", "copy_link"),
            "invitee_name": Y(lambda f: f.person(), "name"),
            "invitee_phone": Y(lambda f: f.mobile(), "phone"),
            "reward_amount": G(lambda f: f.fare(1, 3)),
        },
    ),
    # -- support, e-mail, ads, warehouse ----------------------------------------------------------
    E(
        "track",
        "Support Ticket Created",
        "node",
        {
            "ticket-id": G(lambda f: int(f.digits(6))),
            "requester-name": Y(lambda f: f.person(), "name"),
            "requester-email": Y(lambda f: f.mail(), "email"),
            "requester-phone": Y(lambda f: f.mobile(), "phone"),
            "subject": P(
                "Lost item in trip", "Overcharged", "Cobro doble", "Tài xế không tới", "Account blocked"
            ),
            "description": Y(
                lambda f: f.pick(
                    [
                        "Please call me back on {p}",
                        "Llámenme al {p}, dejé el celular en la moto",
                        "Số của em là {p}, anh tài xế nhặt được ví",
                        "My other line is {p}, the app blocked this one",
                    ]
                ).format(p=f.mobile()),
                "phone",
                True,
            ),
            "channel": P("web", "email", "whatsapp", "in_app"),
            "priority": P("low", "normal", "high", "urgent"),
            "tags": Many(P("lost_item", "billing", "safety", "account"), 2),
            "assignee-name": Y(lambda f: f.person(), "name"),
            "group-name": P("Tier 1 VN", "Tier 1 UG", "Soporte CO", "Safety Team"),
            "recipient": G(role_mailbox),
        },
    ),
    E(
        "track",
        "API Error",
        "kotlin",
        {
            "endpoint": P("/v2/riders/register", "/v1/wallet/link", "/v2/auth/otp"),
            "status_code": P(400, 409, 422, 429),
            "request_id": G(lambda f: f.uuid()),
            "error": {
                "code": P("PHONE_TAKEN", "OTP_LIMIT", "KYC_FAILED", "INVALID_PHONE"),
                "message": Y(error_message, "phone", True),
                "retryable": BOOL,
            },
        },
        n=0.7,
    ),
    E(
        "track",
        "Email Opened",
        "python",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.hexid(12)}.{f.hexid(4)}@ismtpd-{f.r.randint(1, 900)}>"),
            "useragent": G(ua_mobile_web),
            "ip": Y(lambda f: f.ip_m(), "ip"),
            "marketing_campaign_name": P("tet_2024", "first_ride_50", "weekly_statement"),
            "from": G(lambda f: f.pick(["no-reply@motoya.app", "hello@motoya.app"])),
        },
    ),
    E(
        "track",
        "Conversions API Event Sent",
        "node",
        {
            "event_name": P("Purchase", "CompleteRegistration", "Lead"),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "action_source": P("app", "website"),
            "user_data": {
                "em": Many(Y(sha256, "email"), 1),
                "ph": Many(Y(sha256, "phone"), 1),
                "client_ip_address": Y(lambda f: f.ip_m(), "ip"),
                "client_user_agent": G(ua_mobile_web),
                "fbc": Y(fbc, "advertising id"),
                "fbp": Y(fbp, "advertising id"),
                "external_id": Many(G(sha256), 1),
            },
            "custom_data": {
                "currency": G(lambda f: f.cur()),
                "value": G(lambda f: f.fare()),
                "content_ids": Many(G(lambda f: f.digits(8)), 3),
            },
        },
    ),
    E(
        "track",
        "Install Attributed",
        "go",
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.advertising_id(), "advertising id"),
            "idfa": Y(lambda f: f.advertising_id(upper=True), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": P("Facebook Ads", "googleadwords_int", "tiktokglobal_int", "organic"),
            "campaign": P("rider_recruitment_q2", "first_ride_50", "tet_2024"),
            "install_time": G(lambda f: f.iso()),
            "ip": Y(lambda f: f.ip_m(), "ip"),
            "country_code": G(lambda f: f.m),
            "city": Y(lambda f: f.city_of(), "city"),
            "customer_user_id": G(lambda f: f.digits(8)),
        },
    ),
    E(
        "track",
        "Rider Churn Score Synced",
        "python",
        {
            "RIDER_ID": G(lambda f: int(f.digits(7))),
            "RIDER_FULL_NAME": Y(lambda f: f.person(), "name"),
            "RIDER_PHONE": Y(lambda f: f.msisdn(), "phone"),
            "RIDER_EMAIL": Y(lambda f: f.mail(), "email"),
            "RIDER_DOB": Y(lambda f: f.date(1965, 2004), "birthdate"),
            "CHURN_SCORE": FLT(0, 1, 4),
            "LAST_TRIP_AT": G(lambda f: f.iso()),
            "LIFETIME_TRIPS": INT(0, 9000),
            "MARKET": G(lambda f: f.m),
            "PREFERRED_LANGUAGE": P("vi", "en", "lg", "es"),
            "HOME_GEOHASH": Y(lambda f: geohash(*f.near(), 7), "geolocation"),
            "SEGMENT": P("at_risk", "loyal", "new", "dormant"),
            "_HIGHTOUCH_SYNC_ID": G(lambda f: f.digits(6)),
        },
    ),
]


# -- assembling messages ------------------------------------------------------------------------


def message(f, e: E, labels):
    msg = {"type": e.kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
    if e.kind != "alias" and f.r.random() < 0.9:
        msg["userId"] = f.digits(8)
    if e.kind == "track":
        msg["event"] = e.name
    if e.kind in ("page", "screen"):
        msg["name"] = e.name
    if e.kind == "group":
        msg["groupId"] = "m_" + f.digits(6)
    if e.kind == "alias":
        msg["userId"] = f.digits(8)
        msg["previousId"] = msg["anonymousId"]
    if e.body:
        section = "traits" if e.kind in ("identify", "group") else "properties"
        msg[section] = render(e.body, f, section, labels)
    template = web_context(f, e.page or "/") if e.client == "web" else CONTEXTS[e.client](f)
    msg["context"] = render(template, f, "context", labels)
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = MarketFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for e in EVENTS:
        for _ in range(max(6, round(repeats * e.n))):
            f.m = e.market or f.pick(["VN", "VN", "UG", "CO", "CO"])
            f.here = f.pick(MARKETS[f.m]["cities"])
            events.append(message(f, e, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=256, repeats=26)
    write(Path(__file__).parent, "holdout256_", events, labels)
