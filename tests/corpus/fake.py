"""Deterministic fake values for the evaluation corpora: valid-looking, never real people.

Card numbers pass Luhn with real issuer prefixes, IBANs carry correct mod-97 check digits, SSNs
follow the SSA's structure, so validators are exercised on what real traffic looks like.
"""

import base64
import json
import random
import string
import uuid

FIRST = [
    "Jane",
    "John",
    "Amara",
    "Luis",
    "Mei",
    "Olga",
    "Ravi",
    "Sofia",
    "Kwame",
    "Hana",
    "Pierre",
    "Fatima",
    "Noah",
    "Chloé",
    "Aiyana",
    "Björn",
    "Sipho",
    "Yuki",
    "Mateo",
    "Priya",
    "Zoe",
    "Omar",
]
LAST = [
    "Doe",
    "Smith",
    "Okafor",
    "García",
    "Chen",
    "Ivanova",
    "Patel",
    "Rossi",
    "Mensah",
    "Sato",
    "Dubois",
    "Haddad",
    "Müller",
    "O'Brien",
    "Nakamura",
    "Kowalski",
    "Nguyen",
    "Silva",
    "Khan",
]
STREETS = [
    "Main St",
    "Market Street",
    "Oak Avenue",
    "Elm Rd",
    "Baker Street",
    "Sunset Blvd",
    "Maple Lane",
    "Cedar Dr",
    "Park Place",
    "Harbor Way",
    "Pine Court",
]
CITIES = [
    "San Francisco",
    "Austin",
    "Berlin",
    "London",
    "Lagos",
    "Toronto",
    "Sydney",
    "Paris",
    "Mumbai",
    "São Paulo",
    "Osaka",
    "Chicago",
    "Denver",
]
DOMAINS = ["example.com", "mail.example.org", "example.net", "corp.example.io"]
PRODUCTS = [
    "Blue Jeans",
    "Running Shoes Pro",
    "Wireless Earbuds X2",
    "Organic Coffee 1kg",
    "Yoga Mat",
    "USB-C Cable 2m",
    "Leather Wallet",
    "Smart Watch S",
    "Desk Lamp",
]
BRANDS = ["Acme", "Northwind", "Globex", "Initech", "Umbrella"]
CATEGORIES = ["Apparel", "Electronics", "Home", "Grocery", "Sports", "Accessories"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
]


class Fake:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def pick(self, items):
        return self.r.choice(items)

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        user = self.first().lower().replace("é", "e").replace("ö", "o")
        sep = self.pick([".", "_", "", "+news."])
        last = self.last().lower().replace(chr(39), "")[:6]
        return f"{user}{sep}{last}{self.r.randint(1, 99)}@{self.pick(DOMAINS)}"

    def phone(self, style=None):
        area = self.r.randint(201, 989)
        ex = self.r.randint(200, 999)
        line = self.r.randint(0, 9999)
        style = style or self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "uk", "fr", "nanp_dot"])
        return {
            "e164": f"+1{area}{ex}{line:04d}",
            "nanp_paren": f"({area}) {ex}-{line:04d}",
            "nanp_dash": f"{area}-{ex}-{line:04d}",
            "nanp_dot": f"{area}.{ex}.{line:04d}",
            "intl_space": f"+1 {area} {ex} {line:04d}",
            "uk": f"+44 20 {self.r.randint(7000, 8999)} {line:04d}",
            "fr": "06 " + " ".join(str(self.r.randint(10, 99)) for _ in range(4)),
            "de": f"+49 30 {self.r.randint(1000000, 9999999)}",
        }[style]

    def street(self):
        return f"{self.r.randint(1, 9999)} {self.pick(STREETS)}"

    def city(self):
        return self.pick(CITIES)

    def zip(self):
        return f"{self.r.randint(10000, 99999)}"

    def luhn_complete(self, partial: str) -> str:
        digits = [int(c) for c in partial + "0"]
        total = 0
        for i, d in enumerate(reversed(digits)):
            if i % 2:
                d *= 2
                d -= 9 if d > 9 else 0
            total += d
        return partial + str((10 - total % 10) % 10)

    def card(self, formatted=None):
        prefix, length = self.pick(
            [("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("2221", 16)]
        )
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        number = self.luhn_complete(body)
        formatted = self.r.random() < 0.5 if formatted is None else formatted
        if formatted and length == 16:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def iban(self, country="DE"):
        lengths = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24}
        n = lengths[country]
        if country == "GB":
            bban = "NWBK" + "".join(str(self.r.randint(0, 9)) for _ in range(n - 8))
        elif country == "NL":
            bban = "ABNA" + "".join(str(self.r.randint(0, 9)) for _ in range(n - 8))
        else:
            bban = "".join(str(self.r.randint(0, 9)) for _ in range(n - 4))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        check = 98 - int(numeric) % 97
        raw = f"{country}{check:02d}{bban}"
        if self.r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def ssn(self):
        area = self.r.choice([a for a in range(1, 899) if a != 666])
        return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def ipv4(self):
        r = self.r
        parts = (r.randint(11, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        return ".".join(map(str, parts))

    def ipv6(self):
        return "2001:db8:" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def mac(self):
        return ":".join(f"{self.r.randint(0, 255):02X}" for _ in range(6))

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def hexid(self, n=24):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def jwt(self):
        def b64(obj):
            return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

        sig = "".join(self.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(43))
        return f"{b64({'alg': 'HS256', 'typ': 'JWT'})}.{b64({'sub': self.uuid(), 'iat': 1700000000})}.{sig}"

    def secret(self):
        alnum = string.ascii_letters + string.digits
        kind = self.pick(["stripe", "aws", "github", "slack"])
        if kind == "stripe":
            return "sk_live_" + "".join(self.r.choice(alnum) for _ in range(24))
        if kind == "aws":
            return "AKIA" + "".join(self.r.choice(string.ascii_uppercase + string.digits) for _ in range(16))
        if kind == "github":
            return "ghp_" + "".join(self.r.choice(alnum) for _ in range(36))
        return (
            "xoxb-"
            + "-".join(str(self.r.randint(10**11, 10**12)) for _ in range(2))
            + "-"
            + "".join(self.r.choice(alnum) for _ in range(24))
        )

    def date(self, start=1950, end=2005):
        return f"{self.r.randint(start, end)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def iso(self):
        r = self.r
        day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        clock = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return f"{day}T{clock}.{r.randint(0, 999):03d}Z"

    def epoch_ms(self):
        return self.r.randint(1_700_000_000_000, 1_735_000_000_000)

    def lat(self):
        return round(self.r.uniform(-60, 70), 6)

    def lon(self):
        return round(self.r.uniform(-170, 170), 6)

    def money(self, lo=1, hi=500):
        return round(self.r.uniform(lo, hi), 2)

    def sku(self):
        prefix, suffix = self.pick(["SKU", "AC", "NW"]), self.pick(["BLU", "RED", "BLK", "XL"])
        return f"{prefix}-{self.r.randint(1000, 9999)}-{suffix}"

    def lucky_order_number(self):
        """16 digits starting with 4 that happen to pass Luhn: the classic false positive."""
        return self.luhn_complete("4" + "".join(str(self.r.randint(0, 9)) for _ in range(14)))

    def digits(self, n):
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))
