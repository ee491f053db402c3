"""Writes holdout226: tests/corpus/holdout226_events.jsonl and holdout226_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and never scored by its author. Run
`.venv/bin/python -m tests.corpus.build_holdout226` (seeded, deterministic).

Domain: an online sports-betting and lottery operator licensed in Kenya, Ireland and Colombia.
Player registration with KYC and age checks (Smile Identity, Truora and Onfido shaped results),
geolocation checks, deposits and withdrawals (M-Pesa STK push and B2C results as our backend maps
them, the raw Daraja C2B confirmation, Nequi, PSE and Efecty, cards through a Stripe-shaped
webhook, IBAN and local bank payouts), bet slips and odds, lottery tickets sold through the
e-commerce spec (Product Added, Order Completed) and prize claims, responsible-gambling limits,
self- and third-party exclusion, affordability checks, bonuses, affiliate and ad-platform click
tracking, referrals, support chats and tickets, SMS / e-mail delivery webhooks, fraud checks (SEON
shaped), install attribution, reverse-ETL identifies from the warehouse, group calls for retail
agents and partners, alias, page and screen calls.

Conventions: contexts as the real libraries send them (analytics.js with userAgentData and
campaign, analytics-swift with IDFA and push token, analytics-kotlin, analytics-react-native and
analytics_flutter with context.traits, flutter with context.location, and the python, node, go,
java, ruby, php and .NET server libraries, some forwarding context.ip / context.traits). Keys are
mostly camelCase and snake_case English; about a fifth of the leaf paths use the other conventions
real customers have: PascalCase (.NET backend and vendor payloads such as the Daraja C2B callback,
Smile Identity and Twilio), kebab-case (a web form data layer), SCREAMING_SNAKE (warehouse reverse
ETL), Swahili keys (the Kenyan python backend) and Spanish keys (the Colombian php backend). Values
are country-aware: Kenyan, Irish and Colombian names (plus diaspora names), national phone formats
(+254 / 07.., +353 / 08.., +57 / 3..), Eircodes, Colombian `Calle 45 # 12-34` addresses, Kenyan
P.O. boxes, Irish PPSNs with their mod-23 check letter, Luhn-valid card numbers, mod-97 IBANs.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the player, a payer or payee, a referred friend,
  a family member asking for an exclusion, a prize claimant, staff (support agents, VIP and
  affiliate managers). Colour is the reference matcher's default (name, email, phone, address,
  street, city, zipcode, birthdate, gender, photo, salary, ip ... yellow; password, passport,
  token, credit card, social security number, visa ... red). Types outside the reference:
  `national id`, `bank account`, `credit card`, `token`, `secret`, `health id` red;
  `geolocation`, `advertising id`, `credit score` yellow.
- Green: ids the operator or a vendor issues (player, bet, slip, deposit, M-Pesa receipt, job,
  check, conversation ids, numeric or not), booking codes, claim and customer numbers, amounts,
  odds, enums, counters and booleans even under PII-sounding keys (`phoneVerified`,
  `email_changed`, `passwordStrength`), timestamps including Daraja's 14-digit TransTime,
  versions, hashes and HMAC signatures of non-PII, country / county / departamento / locale /
  timezone / currency, user agents, OS-issued device ids, card brand / last four / BIN / expiry,
  BIC and bank / branch codes, paybill and till numbers, a business's own phone, e-mail and
  address (betting shops, role mailboxes, SMS sender ids), age and age bands, employer and
  occupation, team, horse and product names.
- Contested cases decided by the published policy: ad-platform click ids (gclid, fbclid, _fbp,
  _fbc) yellow `advertising id`; billing addresses yellow `address`; pay and declared income
  yellow `salary` (an income band too: it is a salary range); credit scores yellow; payment
  method tokens (`pm_`), one-time codes and magic-link tokens red `token`; identity document
  numbers red (`national id|passport` when the document kind varies); Kenyan KRA PINs and Irish
  PPSNs red `national id`.
- Decisions of this corpus where the policy is silent: athletes, teams and horses named in a
  betting market (`participant`, `selection`) are green: the market's subject, not data about
  the player. A winner's public display name ("Wanjiru K.") and home town are yellow: still a
  real person. An e-mail delivery's Message-ID (`smtp-id`) is green. A username the player
  chose is yellow `name`; a device name the owner typed ("Aoife's iPhone") is yellow `name`.
  Nationality is yellow `citizenship`. A betting shop's or agent's licence number is a
  business's id: green. An identity document's expiry date is green (like a card's expiry). An
  SMS body carrying a one-time code is red `token`. Typo'd e-mail addresses are still e-mail.
  M-Pesa's B2C `receiver_party_public_name` ("2547.. - NAME") is yellow `phone|name`.
- value_only is true when the key does not say what the value is (`destination`, `identifier`,
  `label`, `input`, `query`, `value`, `suggestion`, `recipient`, `text`, `Body`, `description`,
  `document_numbers[].value`, `device_name`); such a path holds that
  PII in every value. Free text is labelled by what every one of its values carries, green when
  none carries any (help-centre queries, CSAT comments, compliance notes, ticket subjects).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- country-aware values ---------------------------------------------------------------------------

NAMES = {
    "KE": (
        [
            "Wanjiru",
            "Achieng",
            "Kiprop",
            "Chebet",
            "Otieno",
            "Njeri",
            "Akinyi",
            "Wekesa",
            "Halima",
            "Abdi",
            "Nyambura",
            "Kibet",
            "Mutua",
            "Faith",
            "Brian",
            "Kevin",
            "Mercy",
            "Dennis",
            "Zawadi",
            "Baraka",
        ],
        [
            "Kamau",
            "Otieno",
            "Mwangi",
            "Ochieng",
            "Kiprotich",
            "Wanjiku",
            "Njoroge",
            "Mutua",
            "Wafula",
            "Odhiambo",
            "Chege",
            "Korir",
            "Mohamed",
            "Hassan",
            "Patel",
            "Shah",
            "Nyaga",
            "Kariuki",
            "Omondi",
        ],
    ),
    "IE": (
        [
            "Aoife",
            "Ciarán",
            "Siobhán",
            "Seán",
            "Niamh",
            "Oisín",
            "Gráinne",
            "Darragh",
            "Saoirse",
            "Cian",
            "Róisín",
            "Eoin",
            "Katarzyna",
            "Tomasz",
            "Chidi",
            "Ana",
            "Mihai",
            "Priya",
            "Pádraig",
            "Ailbhe",
        ],
        [
            "Murphy",
            "O'Sullivan",
            "Kelly",
            "Ó Briain",
            "Byrne",
            "Ní Dhomhnaill",
            "Walsh",
            "McCarthy",
            "Fitzgerald",
            "Nowak",
            "Kowalczyk",
            "Okonkwo",
            "Popescu",
            "Sharma",
            "Doyle",
            "Mac Giolla Phádraig",
        ],
    ),
    "CO": (
        [
            "Juan David",
            "Valentina",
            "Andrés Felipe",
            "María José",
            "Santiago",
            "Daniela",
            "Camilo",
            "Luisa Fernanda",
            "Jhon Jairo",
            "Yuliana",
            "Sebastián",
            "Mariana",
            "Wilmer",
            "Leidy",
            "Ximena",
        ],
        [
            "Rodríguez",
            "Gómez",
            "Martínez",
            "Ramírez",
            "García",
            "Hernández",
            "López",
            "Moreno",
            "Castaño",
            "Restrepo",
            "Quintero",
            "Mosquera",
            "Palacios",
            "Zapata",
            "Ospina",
            "Cárdenas",
        ],
    ),
}
MAIL_DOMAINS = {
    "KE": ["gmail.com", "yahoo.com", "outlook.com", "students.uonbi.ac.ke", "example.co.ke"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "example.ie"],
    "CO": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.es", "example.com.co"],
}
CITIES = {
    "KE": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika", "Machakos", "Kakamega"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Drogheda", "Sligo", "Tralee"],
    "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira", "Soacha"],
}
REGIONS = {
    "KE": ["Nairobi", "Kiambu", "Mombasa", "Kisumu", "Nakuru", "Uasin Gishu", "Machakos", "Kakamega"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Kerry", "Donegal", "Meath", "Wexford"],
    "CO": ["Cundinamarca", "Antioquia", "Valle del Cauca", "Atlántico", "Bolívar", "Santander", "Risaralda"],
}
CENTRES = {
    "KE": [(-1.2864, 36.8172), (-4.0435, 39.6682), (-0.0917, 34.7680), (-0.3031, 36.0800)],
    "IE": [(53.3498, -6.2603), (51.8985, -8.4756), (53.2707, -9.0568), (52.6638, -8.6267)],
    "CO": [(4.7110, -74.0721), (6.2442, -75.5812), (3.4516, -76.5320), (10.9685, -74.7813)],
}
CURRENCY = {"KE": "KES", "IE": "EUR", "CO": "COP"}
LOCALES = {
    "KE": ["en-KE", "sw-KE", "en-GB"],
    "IE": ["en-IE", "ga-IE", "en-GB"],
    "CO": ["es-CO", "es-419", "es-ES"],
}
TIMEZONES = {"KE": "Africa/Nairobi", "IE": "Europe/Dublin", "CO": "America/Bogota"}
CARRIERS = {
    "KE": ["Safaricom", "Airtel", "Telkom Kenya"],
    "IE": ["Vodafone IE", "Three", "eir"],
    "CO": ["Claro", "Movistar", "Tigo", "WOM"],
}
SITES = {"KE": "https://www.betpoa.co.ke", "IE": "https://www.betpoa.ie", "CO": "https://www.betpoa.com.co"}
EIRCODE_KEYS = ["D02", "D04", "D08", "D15", "D24", "T12", "T23", "H91", "V94", "X91", "A92", "F91", "R95"]
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
KE_ROADS = [
    "Ngong Road",
    "Moi Avenue",
    "Thika Road",
    "Waiyaki Way",
    "Jogoo Road",
    "Lang'ata Road",
    "Kimathi Street",
]
KE_ESTATES = [
    "Kilimani",
    "Westlands",
    "Kasarani",
    "Umoja",
    "Buruburu",
    "South B",
    "Ruaka",
    "Kileleshwa",
    "Nyali",
]
IE_STREETS = [
    "Main Street",
    "Patrick Street",
    "Shop Street",
    "Church Road",
    "Bóthar na Trá",
    "Dublin Road",
    "Abbey Road",
]
IE_TOWNS = ["Ballincollig", "Swords", "Salthill", "Tralee", "Navan", "Letterkenny", "Rathmines", "Ennis"]
CO_BARRIOS = [
    "Chapinero",
    "El Poblado",
    "Laureles",
    "San Fernando",
    "Kennedy",
    "Suba",
    "Envigado",
    "El Prado",
]
TEAMS = {
    "KE": ["Gor Mahia", "AFC Leopards", "Tusker FC", "Kakamega Homeboyz", "Shabana FC", "Arsenal", "Man Utd"],
    "IE": ["Leinster", "Munster", "Shamrock Rovers", "Bohemians", "Kerry", "Dublin", "Liverpool", "Chelsea"],
    "CO": ["Atlético Nacional", "Millonarios", "América de Cali", "Junior", "Deportivo Cali", "Real Madrid"],
}
PARTICIPANTS = ["Harry Kane", "Luis Díaz", "Eliud Kipchoge", "Galopin Des Champs", "Constitution Hill"]
PARTICIPANTS += ["Mohamed Salah", "James Rodríguez", "Faith Kipyegon", "Rory McIlroy", "Egan Bernal"]
PAYOUT_PROVIDERS = {
    "KE": ["M-Pesa", "Equity", "KCB"],
    "IE": ["AIB", "Bank of Ireland", "Revolut"],
    "CO": ["Nequi", "Bancolombia", "Daviplata"],
}
CARD_BRANDS = ["visa", "mastercard", "amex", "discover"]


WEB_UAS = [
    "Mozilla/5.0 (Linux; Android 13; TECNO KI5k) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.6261.105 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 "
    "Chrome/117.0.0.0 Mobile Safari/537.36",
]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class F(Fake):
    """Fake with a current country (`cc`): KE, IE or CO."""

    cc = "KE"

    # people
    def first(self):
        if self.r.random() < 0.12:
            return self.pick(FIRST)
        return self.pick(NAMES[self.cc][0])

    def last(self):
        if self.r.random() < 0.12:
            return self.pick(LAST)
        surname = self.pick(NAMES[self.cc][1])
        if self.cc == "CO" and self.r.random() < 0.6:
            surname += " " + self.pick(NAMES["CO"][1])
        return surname

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first = ascii_fold(self.first()).lower().replace(" ", "")
        last = ascii_fold(self.last()).lower().replace(" ", "").replace("'", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}_{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[self.cc])}"

    def phone(self, style=None):
        r = self.r
        if self.cc == "KE":
            n = (
                self.pick(["7", "1"])
                + self.pick(["0", "1", "2", "4", "9"])
                + "".join(str(r.randint(0, 9)) for _ in range(7))
            )
            forms = [f"+254{n}", f"0{n}", f"254{n}", f"+254 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:]}"]
        elif self.cc == "IE":
            n = "8" + self.pick(["3", "5", "6", "7", "9"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
            forms = [f"+353{n}", f"0{n}", f"+353 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}"]
        else:
            n = (
                "3"
                + self.pick(["00", "01", "04", "10", "11", "13", "15", "20", "23"])
                + "".join(str(r.randint(0, 9)) for _ in range(7))
            )
            forms = [f"+57{n}", n, f"+57 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"]
        if style == "msisdn":
            return {"KE": "254", "IE": "353", "CO": "57"}[self.cc] + n
        return self.pick(forms)

    def typo_email(self):
        local, domain = self.email().split("@")
        name, _, tld = domain.rpartition(".")
        return self.pick(
            [
                f"{local}@{name}.{self.pick(['con', 'cm', 'comm', 'co'])}"
                if tld == "com"
                else f"{local}@{name}{tld}",
                f"{local}@{name[0]}{name[2]}{name[1]}{name[3:]}.{tld}",
                f"{local}@{name[:-1]}.{tld}",
            ]
        )

    def city(self):
        return self.pick(CITIES[self.cc])

    def region(self):
        return self.pick(REGIONS[self.cc])

    def street(self):
        r = self.r
        if self.cc == "KE":
            return self.pick(
                [
                    f"{self.pick(KE_ROADS)}, {self.pick(KE_ESTATES)}, House No. {r.randint(1, 240)}",
                    f"Apt {self.pick('ABCDEF')}{r.randint(1, 30)}, {self.pick(KE_ESTATES)} Court",
                    f"P.O. Box {r.randint(100, 99999)}-{self.zip()}",
                ]
            )
        if self.cc == "IE":
            return self.pick(
                [
                    f"{r.randint(1, 180)} {self.pick(IE_STREETS)}, {self.pick(IE_TOWNS)}",
                    f"Apt {r.randint(1, 60)}, "
                    + self.pick(["The Maltings", "Grand Canal Dock", "Clarion Quay"]),
                    f"{r.randint(1, 40)} {self.pick(['Ashfield', 'Cluain Mhuire', 'Oakpark'])} Drive",
                ]
            )
        road = self.pick(["Calle", "Carrera", "Cra", "Cl", "Avenida Calle", "Transversal", "Diagonal"])
        suffix = self.pick(["", "A", "B", " Bis"])
        base = f"{road} {r.randint(1, 150)}{suffix} # {r.randint(1, 99)}-{r.randint(1, 99)}"
        return base + self.pick(
            ["", f" Apto {r.randint(101, 1804)}", f" Torre {r.randint(1, 6)} Apto {r.randint(101, 1204)}"]
        )

    def street2(self):
        if self.cc == "CO":
            return "Barrio " + self.pick(CO_BARRIOS)
        if self.cc == "KE":
            return self.pick(KE_ESTATES) + " Estate"
        return self.pick(IE_TOWNS)

    def zip(self):
        if self.cc == "KE":
            return self.pick(["00100", "00200", "00500", "00606", "80100", "40100", "20100", "30100"])
        if self.cc == "IE":
            return f"{self.pick(EIRCODE_KEYS)} {''.join(self.pick(EIRCODE_CHARS) for _ in range(4))}"
        return self.pick(["110111", "110221", "111711", "050021", "055420", "760042", "080002", "130001"])

    def coords(self):
        lat, lon = self.pick(CENTRES[self.cc])
        return round(lat + self.r.uniform(-0.06, 0.06), 6), round(lon + self.r.uniform(-0.06, 0.06), 6)

    def lat(self):
        return self.coords()[0]

    def lon(self):
        return self.coords()[1]

    # identifiers
    def national_id(self):
        r = self.r
        if self.cc == "KE":
            return str(r.randint(10_000_000, 39_999_999))
        if self.cc == "IE":
            return self.ppsn()
        number = str(
            r.randint(1_000_000_000, 1_199_999_999) if r.random() < 0.7 else r.randint(10_000_000, 99_999_999)
        )
        if r.random() < 0.35:
            return f"{int(number):,}".replace(",", ".")
        return number

    def ppsn(self):
        digits = [self.r.randint(0, 9) for _ in range(7)]
        suffix = self.pick(["", "", "", "A"])
        total = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=True))
        total += (ord(suffix) - 64) * 9 if suffix else 0
        rem = total % 23
        return "".join(map(str, digits)) + ("W" if rem == 0 else chr(64 + rem)) + suffix

    def kra_pin(self):
        return "A" + self.digits(9).rjust(9, "0") + self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")

    def passport(self):
        if self.cc == "KE":
            return self.pick(["AK", "BK", "CK"]) + self.digits(7)
        if self.cc == "IE":
            return self.pick(["P", "L", "T"]) + self.pick("ABCDEFGHJKLMNPRSTWX") + self.digits(7)
        return self.pick(["AV", "AT", "PE"]) + self.digits(6)

    def id_document(self):
        return self.passport() if self.r.random() < 0.35 else self.national_id()

    def ie_iban(self):
        bank, sort_prefix = self.pick(
            [("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99"), ("ULSB", "98"), ("PTSB", "99")]
        )
        bban = bank + sort_prefix + self.digits(4) + self.digits(8)
        numeric = "".join(str(int(c, 36)) for c in bban + "IE00")
        raw = f"IE{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def bank_account(self):
        if self.cc == "KE":
            return self.pick(["01", "11", "0110"]) + self.digits(self.pick([8, 11]))
        if self.cc == "IE":
            return self.ie_iban()
        account = self.digits(11)
        return self.pick([account, f"{account[:3]}-{account[3:9]}-{account[9:]}", self.digits(12)])

    def mpesa_receipt(self):
        return self.pick(["S", "T", "R"]) + "".join(
            self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)
        )

    def daraja_time(self):
        r = self.r
        return f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{self.clock('')}"

    def clock(self, sep=":"):
        r = self.r
        return f"{r.randint(0, 23):02d}{sep}{r.randint(0, 59):02d}{sep}{r.randint(0, 59):02d}"

    def staff_email(self):
        first = ascii_fold(self.first()).lower().replace(" ", "")
        last = ascii_fold(self.last()).lower().replace(" ", "").replace("'", "")
        return f"{first}.{last}@betpoa.example"

    def player_id(self):
        return self.r.randint(1_000_000, 99_999_999)

    def alnum(self, n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
        return "".join(self.pick(alphabet) for _ in range(n))

    def b64ish(self, n):
        return self.alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")

    def amount(self):
        lo, hi = {"KE": (20, 20000), "IE": (5, 500), "CO": (5000, 800000)}[self.cc]
        value = self.r.uniform(lo, hi)
        return round(value) if self.cc != "IE" else round(value, 2)

    def currency(self):
        return CURRENCY[self.cc]

    def locale(self):
        return self.pick(LOCALES[self.cc])

    def odds(self):
        return round(self.r.uniform(1.05, 12.0), 2)

    def team(self):
        return self.pick(TEAMS[self.cc])


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.66.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/", "/sports/football", "/cashier/deposit", "/lotto", "/promotions"])
            ),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://m.facebook.com/",
                        "https://www.tipsterhub.example/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?btag=a_4211b_88c_", "?utm_source=affiliate&utm_medium=banner", "?tab=live"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["BetPoa | Sports Betting", "Cashier - BetPoa", "Lotto Results | BetPoa", "Promociones"]
                )
            ),
            "url": G(lambda f: SITES[f.cc] + f.pick(["/", "/sports/football", "/cashier/deposit", "/lotto"])),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not:A-Brand"])),
                    "version": G(lambda f: f.pick(["122", "123", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["afcon_boost", "cheltenham_2024", "mundial_clubes", "mega_jackpot"])),
            "source": G(lambda f: f.pick(["google", "facebook", "affiliate", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "banner", "sms"])),
            "term": G(
                lambda f: f.pick(
                    ["betting odds kenya", "free bet", "apuestas deportivas", "horse racing tips"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_v2", "odds_boost", "text_link"])),
        },
    }


def app_block(f, namespace):
    return {
        "name": G(lambda f: "BetPoa"),
        "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.1"])),
        "build": G(lambda f: f.pick(["41800", "41902", "42010"])),
        "namespace": G(lambda f: namespace),
    }


def network(f):
    return {
        "wifi": G(lambda f: f.pick([True, False])),
        "cellular": G(lambda f: f.pick([True, False])),
        "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
    }


def swift_context(f):
    return {
        "app": app_block(f, "com.betpoa.ios"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
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
        "locale": G(lambda f: f.locale()),
        "network": network(f),
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "16.7.5", "17.4"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 375])),
            "height": G(lambda f: f.pick([844, 852, 667])),
        },
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def kotlin_context(f):
    return {
        "app": app_block(f, "com.betpoa.android"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "samsung", "Infinix", "Xiaomi"])),
            "model": G(lambda f: f.pick(["TECNO KI5k", "SM-A145F", "Infinix X6525", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["TECNO-KI5k", "a14", "X6525", "tapas"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": network(f),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.75, 3.0])),
            "width": G(lambda f: 720),
            "height": G(lambda f: f.pick([1600, 1612, 1520])),
        },
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android "
                + f.pick(["12; TECNO KI5k", "13; SM-A145F", "14; Infinix X6525"])
                + " Build/TP1A.220624.014)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "phone": Y(lambda f: f.phone(), "phone"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def rn_context(f):
    return {
        "app": app_block(f, "com.betpoa.app"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.17.0", "2.20.1"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": network(f),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
    }


def flutter_context(f):
    return {
        "app": app_block(f, "com.betpoa.lotto"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "TECNO"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A245F", "TECNO CK7n"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6", "1.0.2"])),
        },
        "locale": G(lambda f: f.locale()),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.1", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(lambda f: f.email(), "email")},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.1"]),
}


def server_context(client):
    name, versions = SERVER_LIBS[client]

    def make(f):
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if client in ("node", "php", "dotnet"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(
                lambda f: f.pick(
                    [
                        "okhttp/4.12.0",
                        "BetPoa/4.19.2 (iPhone; iOS 17.3)",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/123.0.0.0",
                    ]
                )
            )
        if client in ("python", "java"):
            ctx["traits"] = {"phone": Y(lambda f: f.phone(), "phone")}
        if client == "go":
            ctx["groupId"] = G(lambda f: f.pick(["ke_retail", "ie_online", "co_online"]))
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
CONTEXTS.update({lib: server_context(lib) for lib in SERVER_LIBS})
MOBILE = ["swift", "kotlin", "rn", "flutter"]
CLIENT = ["web", *MOBILE]
ALL = ["KE", "IE", "CO"]


# -- free text --------------------------------------------------------------------------------------


def chat_with_phone(f):
    p = f.phone()
    return f.pick(
        {
            "KE": [
                f"Nimeweka pesa kupitia M-Pesa lakini haijaingia, namba yangu ni {p}",
                f"Deposit of KES {f.amount()} not reflecting. I paid from {p}",
                f"Please call me on {p} about my withdrawal",
                f"hi I sent from {p} but wallet still 0??",
            ],
            "IE": [
                f"Can someone ring me on {p}? Withdrawal stuck since Monday",
                f"my new mobile is {p} please update it",
                f"Verification text never arrives on {p}",
            ],
            "CO": [
                f"Hola, hice un depósito por Nequi desde el {p} y no aparece",
                f"Mi número es {p}, llámenme por favor",
                f"no me llega el código al {p}",
            ],
        }[f.cc]
    )


def ticket_with_email(f):
    e = f.email()
    return f.pick(
        [
            f"Hi, I can't log in. My account email is {e}",
            f"Please close my account ({e}) and refund the balance",
            f"Hola, mi correo registrado es {e} y no me llega el código",
            f"Send the payout confirmation to {e} pls",
            f"Habari, nimesahau password. Email yangu ni {e}",
        ]
    )


# -- events -----------------------------------------------------------------------------------------

BET_SELECTION = {
    "event_id": G(lambda f: f"sr:match:{f.r.randint(40_000_000, 49_999_999)}"),
    "event_name": G(lambda f: f"{f.team()} vs {f.team()}"),
    "sport": G(lambda f: f.pick(["football", "rugby", "horse_racing", "basketball", "tennis", "cycling"])),
    "competition": G(
        lambda f: f.pick(
            ["FKF Premier League", "Premier League", "Liga BetPlay", "URC", "Cheltenham Festival"]
        )
    ),
    "market": G(
        lambda f: f.pick(
            ["1X2", "Over/Under 2.5", "Both Teams To Score", "Anytime Goalscorer", "Win", "Each Way"]
        )
    ),
    "selection": G(lambda f: f.pick(["1", "X", "2", "Over", "Yes", "No"])),
    "participant": G(lambda f: f.pick(PARTICIPANTS + TEAMS[f.cc])),
    "odds": G(lambda f: f.odds()),
    "is_live": G(lambda f: f.pick([True, False])),
    "start_time": G(lambda f: f.iso()),
}

EVENTS = [
    # -- registration, identity and KYC -----------------------------------------------------------
    (
        "identify",
        None,
        CLIENT,
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "M", "F", "prefer_not_to_say"]), "gender"),
            "nationality": Y(
                lambda f: {
                    "KE": f.pick(["Kenyan", "Kenyan", "Ugandan", "Somali"]),
                    "IE": f.pick(["Irish", "Irish", "Polish", "Brazilian", "Nigerian"]),
                    "CO": f.pick(["Colombiana", "Colombiana", "Venezolana"]),
                }[f.cc],
                "citizenship",
            ),
            "avatar": Y(lambda f: f"https://avatars.betpoa.example/{f.uuid()}.png", "photo"),
            "username": Y(
                lambda f: (
                    ascii_fold(f.first()).lower().replace(" ", "")
                    + f.pick(["_", "", "."])
                    + str(f.r.randint(1, 999))
                ),
                "name",
            ),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "state": G(lambda f: f.region()),
                "country": G(lambda f: f.cc),
            },
            "createdAt": G(lambda f: f.iso()),
            "currency": G(lambda f: f.currency()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "kycStatus": G(lambda f: f.pick(["pending", "verified", "rejected", "manual_review"])),
            "vipLevel": G(lambda f: f.pick(["bronze", "silver", "gold", "platinum"])),
            "age": G(lambda f: f.r.randint(18, 74)),
            "playerId": G(lambda f: f.player_id()),
            "favouriteTeam": G(lambda f: f.team()),
            "oddsFormat": G(lambda f: f.pick(["decimal", "fractional", "american"])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        ["CO"],
        {
            "nombre": Y(lambda f: f.first(), "name"),
            "apellidos": Y(lambda f: f.last(), "name"),
            "correo": Y(lambda f: f.email(), "email"),
            "celular": Y(lambda f: f.phone(), "phone"),
            "fecha_nacimiento": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "tipo_documento": G(lambda f: f.pick(["CC", "CE", "PA", "PPT"])),
            "numero_documento": RED(lambda f: f.national_id(), "national id"),
            "direccion": Y(lambda f: f.street(), "address|street"),
            "ciudad": Y(lambda f: f.city(), "city"),
            "departamento": G(lambda f: f.region()),
            "genero": Y(lambda f: f.pick(["masculino", "femenino", "otro"]), "gender"),
            "edad": G(lambda f: f.r.randint(18, 70)),
            "acepta_terminos": G(lambda f: True),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ["KE"],
        {
            "jina_kamili": Y(lambda f: f.full_name(), "name"),
            "nambari_ya_simu": Y(lambda f: f.phone(), "phone"),
            "barua_pepe": Y(lambda f: f.email(), "email"),
            "kitambulisho": RED(lambda f: f.national_id(), "national id"),
            "pin_ya_kra": RED(lambda f: f.kra_pin(), "national id"),
            "tarehe_ya_kuzaliwa": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "jinsia": Y(lambda f: f.pick(["mwanaume", "mwanamke", "male", "female"]), "gender"),
            "kaunti": G(lambda f: f.region()),
            "mji": Y(lambda f: f.city(), "city"),
            "sanduku_la_posta": Y(lambda f: f"P.O. Box {f.r.randint(100, 99999)}-{f.zip()}", "address"),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        ALL,
        {
            "PLAYER_ID": G(lambda f: f.player_id()),
            "EMAIL_ADDRESS": Y(lambda f: f.email().upper() if f.r.random() < 0.2 else f.email(), "email"),
            "MOBILE_NO": Y(lambda f: f.phone("msisdn"), "phone"),
            "FIRST_NAME": Y(lambda f: f.first().upper(), "name"),
            "LAST_NAME": Y(lambda f: f.last().upper(), "name"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "GENDER": Y(lambda f: f.pick(["M", "F", "U"]), "gender"),
            "HOME_CITY": Y(lambda f: f.city().upper(), "city"),
            "POSTCODE": Y(lambda f: f.zip(), "zipcode"),
            "LAST_LOGIN_IP": Y(lambda f: f.ipv4(), "ip"),
            "COUNTRY_CODE": G(lambda f: f.cc),
            "VIP_TIER": G(lambda f: f.pick(["T1", "T2", "T3", "NONE"])),
            "FIRST_DEPOSIT_DATE": G(lambda f: f.date(2019, 2024)),
            "LIFETIME_DEPOSITS": G(lambda f: f.money(0, 90000)),
            "SELF_EXCLUDED": G(lambda f: f.pick([0, 1, 0, 0])),
            "LAST_LOGIN_TS": G(lambda f: f.iso().replace("T", " ").rstrip("Z")),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        ["IE"],
        {
            "FirstName": Y(lambda f: f.first(), "name"),
            "Surname": Y(lambda f: f.last(), "name"),
            "MobileNumber": Y(lambda f: f.phone(), "phone"),
            "DateOfBirth": Y(lambda f: f.date(1955, 2006) + "T00:00:00", "birthdate"),
            "AddressLine1": Y(lambda f: f.street(), "address|street"),
            "Town": Y(lambda f: f.pick(IE_TOWNS + CITIES["IE"]), "city"),
            "Eircode": Y(lambda f: f.zip(), "zipcode"),
            "County": G(lambda f: f.region()),
            "CustomerNumber": G(lambda f: "C" + f.digits(8)),
        },
    ),
    (
        "track",
        "Signed Up",
        CLIENT,
        ALL,
        {
            "method": G(lambda f: f.pick(["phone", "email", "google", "apple"])),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "referral_code": G(lambda f: f.pick(["", "POA" + f.alnum(5), "POA" + f.alnum(5)])),
            "promo_code": G(lambda f: f.pick(["", "WELCOME100", "KARIBU50", "BIENVENIDO"])),
            "age_confirmed": G(lambda f: True),
            "terms_version": G(lambda f: f.pick(["2024-01", "2023-11", "2024-03"])),
            "signup_duration_sec": G(lambda f: f.r.randint(25, 400)),
        },
    ),
    (
        "track",
        "Registration Step Completed",
        ["web"],
        ["IE", "KE"],
        {
            "step-name": G(lambda f: f.pick(["details", "contact", "limits", "confirm"])),
            "step-number": G(lambda f: f.r.randint(1, 4)),
            "form-id": G(lambda f: "reg-v3"),
            "field-errors": G(lambda f: f.r.randint(0, 3)),
            "first-name": Y(lambda f: f.first(), "name"),
            "mobile-number": Y(lambda f: f.phone(), "phone"),
            "promo-code": G(lambda f: f.pick(["", "WELCOME100", "CHELT24"])),
        },
    ),
    (
        "track",
        "OTP Requested",
        MOBILE,
        ALL,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "destination": Y(lambda f: f.phone(), "phone", True),
            "otpLength": G(lambda f: f.pick([4, 6])),
            "resendCount": G(lambda f: f.r.randint(0, 3)),
            "purpose": G(lambda f: f.pick(["signup", "login", "withdrawal", "phone_change"])),
        },
    ),
    (
        "track",
        "Phone Verification Attempted",
        ["node"],
        ALL,
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "verified": G(lambda f: f.pick([True, True, False])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "latency_ms": G(lambda f: f.r.randint(80, 4000)),
        },
    ),
    (
        "track",
        "Login Failed",
        ["kotlin", "web"],
        ["KE"],
        {
            "identifier": Y(lambda f: f.phone(), "phone", True),
            "loginMethod": G(lambda f: f.pick(["phone_pin", "phone_password", "otp"])),
            "reason": G(
                lambda f: f.pick(["wrong_pin", "account_locked", "unknown_account", "self_excluded"])
            ),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "pinLength": G(lambda f: 4),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["ruby"],
        ["IE"],
        {
            "recipient": Y(lambda f: f.email(), "email", True),
            "link_token": RED(lambda f: f.b64ish(43), "token"),
            "expires_at": G(lambda f: f.iso()),
            "template": G(lambda f: f.pick(["login_link_v2", "login_link_v3", "reactivation"])),
        },
    ),
    (
        "track",
        "Age Verification Completed",
        ["node"],
        ALL,
        {
            "provider": G(lambda f: f.pick(["smile_identity", "truora", "onfido", "gbg"])),
            "checkId": G(lambda f: f.uuid()),
            "result": G(lambda f: f.pick(["clear", "consider", "rejected"])),
            "ageVerified": G(lambda f: f.pick([True, False])),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "documentType": G(lambda f: f.pick(["national_id", "passport", "driving_licence", "cedula"])),
            "documentNumber": RED(lambda f: f.id_document(), "national id|passport"),
            "documentExpiry": G(lambda f: f.date(2025, 2034)),
            "fullName": Y(lambda f: f.full_name(), "name"),
            "dateOfBirth": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "livenessScore": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "retryCount": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "KYC Result Received",
        ["node"],
        ["KE"],
        {
            "SmileJobID": G(lambda f: f.digits(10).rjust(10, "0")),
            "ResultCode": G(lambda f: f.pick(["1012", "1013", "1022", "1014"])),
            "ResultText": G(
                lambda f: f.pick(
                    ["ID Number Validated", "Invalid ID", "No Match", "Unsupported ID Number Format"]
                )
            ),
            "PartnerParams": {
                "job_id": G(lambda f: "job-" + f.uuid()),
                "user_id": G(lambda f: str(f.player_id())),
                "job_type": G(lambda f: f.pick([5, 6, 1])),
            },
            "IDType": G(lambda f: f.pick(["NATIONAL_ID", "ALIEN_CARD", "PASSPORT", "KRA_PIN"])),
            "IDNumber": RED(lambda f: f.national_id(), "national id"),
            "FullName": Y(lambda f: f.full_name().upper(), "name"),
            "DOB": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "Gender": Y(lambda f: f.pick(["M", "F", "Male", "Female"]), "gender"),
            "PhoneNumber": Y(lambda f: f.phone("msisdn"), "phone"),
            "Country": G(lambda f: "KE"),
            "signature": G(lambda f: f.b64ish(44) + "="),
            "timestamp": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ["php"],
        ["CO"],
        {
            "check": {
                "check_id": G(lambda f: "CHK" + f.hexid(32)),
                "country": G(lambda f: "CO"),
                "creation_date": G(lambda f: f.iso()),
                "national_id": RED(lambda f: f.national_id(), "national id"),
                "first_name": Y(lambda f: f.first().upper(), "name"),
                "last_name": Y(lambda f: f.last().upper(), "name"),
                "date_of_birth": Y(lambda f: f.date(1955, 2006), "birthdate"),
                "score": G(lambda f: round(f.r.uniform(0.2, 1), 2)),
                "status": G(lambda f: f.pick(["completed", "delayed", "error"])),
                "type": G(lambda f: "person"),
            }
        },
    ),
    (
        "track",
        "Document Check Completed",
        ["go"],
        ["IE"],
        {
            "payload": {
                "resource_type": G(lambda f: "check"),
                "action": G(lambda f: f.pick(["check.completed", "check.withdrawn", "check.form_completed"])),
                "object": {
                    "id": G(lambda f: f.uuid()),
                    "status": G(lambda f: f.pick(["complete", "withdrawn", "in_progress"])),
                    "completed_at_iso8601": G(lambda f: f.iso()),
                },
            },
            "document_numbers": Many(
                {
                    "type": G(lambda f: "document_number"),
                    "value": RED(lambda f: f.id_document(), "national id|passport", True),
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Proof Of Address Submitted",
        ["web"],
        ["IE"],
        {
            "documentType": G(lambda f: f.pick(["utility_bill", "bank_statement", "revenue_letter"])),
            "addressLine1": Y(lambda f: f.street(), "address|street"),
            "addressLine2": Y(lambda f: f.street2(), "address|street"),
            "town": Y(lambda f: f.pick(IE_TOWNS + CITIES["IE"]), "city"),
            "eircode": Y(lambda f: f.zip(), "zipcode"),
            "county": G(lambda f: f.region()),
            "issueDate": G(lambda f: f.date(2023, 2024)),
            "uploadId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Selfie Uploaded",
        MOBILE,
        ALL,
        {
            "upload_id": G(lambda f: f.uuid()),
            "file_name": G(
                lambda f: f"IMG_2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}_{f.digits(6)}.jpg"
            ),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "image/heic", "image/png"])),
            "size_bytes": G(lambda f: f.r.randint(200_000, 4_000_000)),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.betpoa.example/selfies/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Geolocation Checked",
        ["flutter", "rn", "web"],
        ALL,
        {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "accuracyMeters": G(lambda f: f.r.randint(5, 1500)),
            "jurisdiction": G(lambda f: f.cc),
            "allowed": G(lambda f: f.pick([True, True, False])),
            "vpnDetected": G(lambda f: f.pick([False, False, True])),
            "provider": G(lambda f: f.pick(["geocomply", "device_gps", "ip_lookup"])),
            "ipAddress": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    # -- deposits and withdrawals -------------------------------------------------------------------
    (
        "track",
        "Deposit Initiated",
        CLIENT,
        ALL,
        {
            "depositId": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "method": G(
                lambda f: {
                    "KE": f.pick(["mpesa", "airtel_money", "card"]),
                    "IE": f.pick(["card", "apple_pay", "bank_transfer"]),
                    "CO": f.pick(["pse", "nequi", "efecty", "card"]),
                }[f.cc]
            ),
            "isFirstDeposit": G(lambda f: f.pick([True, False, False])),
            "depositCount": G(lambda f: f.r.randint(0, 240)),
            "bonusCode": G(lambda f: f.pick(["", "DEP100", "RELOAD25", "KARIBU50"])),
        },
    ),
    (
        "track",
        "M-Pesa STK Push Sent",
        ["python"],
        ["KE"],
        {
            "merchant_request_id": G(
                lambda f: f"{f.r.randint(1000, 99999)}-{f.r.randint(1000000, 99999999)}-1"
            ),
            "checkout_request_id": G(lambda f: f"ws_CO_{f.daraja_time()[2:]}{f.digits(10)}"),
            "paybill": G(lambda f: f.pick(["290290", "4079383", "888555"])),
            "msisdn": Y(lambda f: int(f.phone("msisdn")), "phone"),
            "amount": G(lambda f: f.amount()),
            "account_reference": G(lambda f: "BP" + str(f.player_id())),
            "response_code": G(lambda f: f.pick(["0", "0", "1", "1032"])),
        },
    ),
    (
        "track",
        "M-Pesa Paybill Payment Received",
        ["python"],
        ["KE"],
        {
            "TransactionType": G(lambda f: f.pick(["Pay Bill", "CustomerPayBillOnline"])),
            "TransID": G(lambda f: f.mpesa_receipt()),
            "TransTime": G(lambda f: f.daraja_time()),
            "TransAmount": G(lambda f: f"{f.r.randint(10, 70000)}.00"),
            "BusinessShortCode": G(lambda f: f.pick(["290290", "4079383", "888555"])),
            "BillRefNumber": G(lambda f: "BP" + str(f.player_id())),
            "MSISDN": Y(lambda f: f.phone("msisdn"), "phone"),
            "FirstName": Y(lambda f: f.first().upper(), "name"),
            "MiddleName": Y(lambda f: f.pick(NAMES["KE"][0]).upper(), "name"),
            "LastName": Y(lambda f: f.last().upper(), "name"),
        },
    ),
    (
        "track",
        "M-Pesa Withdrawal Result",
        ["python"],
        ["KE"],
        {
            "result": {
                "result_code": G(lambda f: f.pick([0, 0, 2001, 1])),
                "result_desc": G(
                    lambda f: f.pick(
                        [
                            "The service request is processed successfully.",
                            "The initiator information is invalid.",
                            "The balance is insufficient for the transaction.",
                        ]
                    )
                ),
                "conversation_id": G(lambda f: "AG_2024" + f.digits(4) + "_" + f.hexid(20)),
                "transaction_id": G(lambda f: f.mpesa_receipt()),
                "transaction_amount": G(lambda f: f.r.randint(50, 150000)),
                "receiver_party_public_name": Y(
                    lambda f: f"{f.phone('msisdn')} - {f.full_name().upper()}", "phone|name"
                ),
                "completed_at": G(
                    lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.2024 {f.clock()}"
                ),
                "recipient_is_registered_customer": G(lambda f: f.pick(["Y", "N", "Y"])),
            }
        },
    ),
    (
        "track",
        "Payment Reconciled",
        ["python"],
        ["KE"],
        {
            "nambari_ya_muamala": G(lambda f: f.mpesa_receipt()),
            "kiasi": G(lambda f: f.amount()),
            "sarafu": G(lambda f: "KES"),
            "jina_la_mlipaji": Y(lambda f: f.full_name(), "name"),
            "simu_ya_mlipaji": Y(lambda f: f.phone(), "phone"),
            "hali": G(lambda f: f.pick(["imekamilika", "inasubiri", "imeshindwa"])),
        },
    ),
    (
        "track",
        "Deposit Completed",
        ["node", "go"],
        ["IE", "CO"],
        {
            "depositId": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "cardBrand": G(lambda f: f.pick(CARD_BRANDS)),
            "cardLast4": G(lambda f: f.digits(4)),
            "cardBin": G(lambda f: f.pick(["414720", "535522", "457173", "222300", "377935"])),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "paymentMethodId": RED(lambda f: "pm_" + f.b64ish(24), "token"),
            "threeDSecure": G(lambda f: f.pick(["authenticated", "attempted", "not_required"])),
            "cardholderName": Y(lambda f: f.full_name(), "name"),
            "isFirstDeposit": G(lambda f: f.pick([True, False, False])),
        },
    ),
    (
        "track",
        "Stripe Payment Succeeded",
        ["node"],
        ["IE"],
        {
            "id": G(lambda f: "evt_" + f.b64ish(24)),
            "type": G(lambda f: f.pick(["payment_intent.succeeded", "charge.succeeded", "charge.refunded"])),
            "created": G(lambda f: f.epoch_ms() // 1000),
            "data": {
                "object": {
                    "id": G(lambda f: "pi_" + f.b64ish(24)),
                    "amount": G(lambda f: f.r.randint(500, 50000)),
                    "currency": G(lambda f: "eur"),
                    "customer": G(lambda f: "cus_" + f.b64ish(14)),
                    "payment_method": RED(lambda f: "pm_" + f.b64ish(24), "token"),
                    "receipt_email": Y(lambda f: f.email(), "email"),
                    "status": G(lambda f: f.pick(["succeeded", "requires_capture", "processing"])),
                    "metadata": {
                        "player_id": G(lambda f: str(f.player_id())),
                        "deposit_id": G(lambda f: f.uuid()),
                    },
                    "billing_details": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone": Y(lambda f: f.phone(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "line2": Y(lambda f: f.street2(), "address|street"),
                            "city": Y(lambda f: f.city(), "city"),
                            "postal_code": Y(lambda f: f.zip(), "zipcode"),
                            "country": G(lambda f: "IE"),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(CARD_BRANDS)),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(lambda f: f.pick(["IE", "GB", "PL"])),
                            "funding": G(lambda f: f.pick(["debit", "credit", "prepaid"])),
                        }
                    },
                }
            },
        },
    ),
    (
        "track",
        "Cashier Error",
        ["web"],
        ["IE", "CO"],
        {
            "errorCode": G(
                lambda f: f.pick(["card_declined", "3ds_failed", "invalid_expiry", "do_not_honor"])
            ),
            "errorMessage": G(
                lambda f: f.pick(
                    ["Your card was declined.", "Authentication failed", "La tarjeta fue rechazada"]
                )
            ),
            "step": G(lambda f: f.pick(["card_entry", "3ds", "confirm"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "retry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "PSE Payment Started",
        ["php"],
        ["CO"],
        {
            "bank": G(
                lambda f: f.pick(["BANCOLOMBIA", "DAVIVIENDA", "BANCO DE BOGOTA", "NEQUI", "BBVA COLOMBIA"])
            ),
            "document_type": G(lambda f: f.pick(["CC", "CE", "NIT"])),
            "document_number": RED(lambda f: f.national_id(), "national id"),
            "amount": G(lambda f: f.amount()),
            "currency": G(lambda f: "COP"),
            "reference": G(lambda f: "PSE" + f.digits(10)),
            "payer_email": Y(lambda f: f.email(), "email"),
            "payer_name": Y(lambda f: f.full_name(), "name"),
            "status": G(lambda f: f.pick(["PENDING", "OK", "NOT_AUTHORIZED", "FAILED"])),
            "client_ip": Y(lambda f: f.ipv4(), "ip"),
            "ticket_id": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "Nequi Deposit Requested",
        ["php", "flutter"],
        ["CO"],
        {
            "nequi_phone": Y(lambda f: f.phone(), "phone"),
            "amount": G(lambda f: f.amount()),
            "reference": G(lambda f: "NQ" + f.digits(10)),
            "status": G(lambda f: f.pick(["PENDING", "OK", "FAILED"])),
            "transaction_code": G(lambda f: "M" + f.digits(8) + "-" + f.digits(4)),
        },
    ),
    (
        "track",
        "Withdrawal Requested",
        ["dotnet"],
        ["IE"],
        {
            "WithdrawalId": G(lambda f: f.uuid()),
            "Amount": G(lambda f: f.amount()),
            "Currency": G(lambda f: "EUR"),
            "Iban": RED(lambda f: f.ie_iban(), "bank account"),
            "Bic": G(lambda f: f.pick(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D"])),
            "AccountHolderName": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Bank Withdrawal Requested",
        ["go"],
        ["KE"],
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.amount()),
            "bank_name": G(
                lambda f: f.pick(["Equity Bank", "KCB", "Co-operative Bank", "NCBA", "Absa Kenya"])
            ),
            "bank_code": G(lambda f: f.pick(["68", "01", "11", "07", "03"])),
            "branch_code": G(lambda f: f.digits(3)),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "account_name": Y(lambda f: f.full_name().upper(), "name"),
            "swift_code": G(lambda f: f.pick(["EQBLKENA", "KCBLKENX", "KCOOKENA"])),
            "status": G(lambda f: f.pick(["queued", "sent", "failed"])),
        },
    ),
    (
        "track",
        "Retiro Solicitado",
        ["php"],
        ["CO"],
        {
            "id_retiro": G(lambda f: f.digits(8)),
            "monto": G(lambda f: f.amount()),
            "banco": G(lambda f: f.pick(["BANCOLOMBIA", "DAVIVIENDA", "BANCO DE BOGOTA", "BBVA COLOMBIA"])),
            "tipo_cuenta": G(lambda f: f.pick(["ahorros", "corriente"])),
            "numero_cuenta": RED(lambda f: f.bank_account(), "bank account"),
            "titular": Y(lambda f: f.full_name(), "name"),
            "cedula_titular": RED(lambda f: f.national_id(), "national id"),
            "estado": G(lambda f: f.pick(["PENDIENTE", "APROBADO", "RECHAZADO"])),
        },
    ),
    (
        "track",
        "Payout Account Added",
        ["rn", "kotlin"],
        ALL,
        {
            "accountType": G(lambda f: f.pick(["mobile_money", "bank", "card"])),
            "label": Y(
                lambda f: f"{f.full_name()} · " + f.pick(PAYOUT_PROVIDERS[f.cc]) + " ****" + f.digits(4),
                "name",
                True,
            ),
            "provider": G(lambda f: f.pick(["mpesa", "equity", "aib", "bancolombia", "nequi"])),
            "isDefault": G(lambda f: f.pick([True, False])),
            "maskedNumber": G(lambda f: "****" + f.digits(4)),
        },
    ),
    # -- betting and lottery ------------------------------------------------------------------------
    (
        "track",
        "Bet Placed",
        CLIENT,
        ALL,
        {
            "bet_id": G(lambda f: f.digits(12)),
            "betslip_id": G(lambda f: f.uuid()),
            "bet_type": G(lambda f: f.pick(["single", "multiple", "system", "jackpot"])),
            "stake": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "total_odds": G(lambda f: round(f.r.uniform(1.1, 300), 2)),
            "potential_payout": G(lambda f: f.money(10, 900000)),
            "selections": Many(BET_SELECTION, 4),
            "free_bet_used": G(lambda f: f.pick([True, False, False])),
            "booking_code": G(lambda f: f.alnum(6)),
            "cashout_available": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bet Settled",
        ["java"],
        ALL,
        {
            "bet_id": G(lambda f: f.digits(12)),
            "result": G(lambda f: f.pick(["won", "lost", "void", "half_won"])),
            "payout": G(lambda f: f.money(0, 50000)),
            "excise_tax": G(lambda f: f.money(0, 500)),
            "withholding_tax": G(lambda f: f.money(0, 5000)),
            "settled_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Cash Out Accepted",
        MOBILE,
        ALL,
        {
            "bet_id": G(lambda f: f.digits(12)),
            "cashout_amount": G(lambda f: f.amount()),
            "stake": G(lambda f: f.amount()),
            "partial": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Betslip",
        MOBILE,
        ALL,
        {
            "selectionsCount": G(lambda f: f.r.randint(1, 20)),
            "tab": G(lambda f: f.pick(["single", "multi", "system"])),
            "fromDeeplink": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        "Sportsbook",
        ["web"],
        ALL,
        {
            "path": G(lambda f: f.pick(["/sports/football", "/sports/horse-racing", "/live", "/lotto"])),
            "url": G(lambda f: SITES[f.cc] + f.pick(["/sports/football", "/live", "/lotto"])),
            "title": G(lambda f: f.pick(["Football Betting | BetPoa", "Live Betting", "Lotto"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://t.co/"])),
            "search": G(lambda f: f.pick(["", "?league=epl", "?date=today"])),
            "name": G(lambda f: "Sportsbook"),
        },
    ),
    (
        "track",
        "Lottery Ticket Purchased",
        ["web", "flutter"],
        ALL,
        {
            "ticket_id": G(lambda f: "LT-" + f.digits(10)),
            "game": G(
                lambda f: {
                    "KE": "Mega Jackpot Pro",
                    "IE": f.pick(["EuroMillions Bet", "Irish Lotto Bet"]),
                    "CO": f.pick(["Baloto", "Chance"]),
                }[f.cc]
            ),
            "draw_id": G(lambda f: f.r.randint(2000, 2600)),
            "draw_date": G(lambda f: f.date(2024, 2024)),
            "numbers": Many(G(lambda f: f.r.randint(1, 49)), 7),
            "lucky_dip": G(lambda f: f.pick([True, False])),
            "price": G(lambda f: f.amount()),
        },
    ),
    (
        "track",
        "Prize Claim Submitted",
        ["ruby"],
        ["IE", "CO"],
        {
            "claim_number": G(lambda f: "CLM" + f.digits(7)),
            "ticket_id": G(lambda f: "LT-" + f.digits(10)),
            "prize_tier": G(lambda f: f.pick(["match_5", "match_4_plus_bonus", "jackpot", "match_3"])),
            "prize_amount": G(lambda f: f.money(50, 250000)),
            "claimant_name": Y(lambda f: f.full_name(), "name"),
            "claimant_phone": Y(lambda f: f.phone(), "phone"),
            "claimant_address": Y(lambda f: f"{f.street()}, {f.city()}", "address"),
            "claimant_email": Y(lambda f: f.email(), "email"),
            "claimant_id_number": RED(lambda f: f.national_id(), "national id"),
            "payout_method": G(lambda f: f.pick(["bank_transfer", "cheque", "wallet"])),
        },
    ),
    (
        "track",
        "Jackpot Winner Announced",
        ["node"],
        ALL,
        {
            "game": G(lambda f: f.pick(["Mega Jackpot Pro", "Daily Jackpot", "Baloto Revancha"])),
            "amount": G(lambda f: f.money(10000, 50000000)),
            "winner_display_name": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
            "winner_town": Y(lambda f: f.city(), "city"),
            "winner_photo_url": Y(
                lambda f: f"https://cdn.betpoa.example/winners/{f.r.randint(2024000, 2024999)}.jpg", "photo"
            ),
        },
    ),
    # -- responsible gambling -----------------------------------------------------------------------
    (
        "track",
        "Deposit Limit Set",
        CLIENT,
        ALL,
        {
            "limit_type": G(lambda f: f.pick(["deposit", "loss", "wager", "session_time"])),
            "limit_period": G(lambda f: f.pick(["daily", "weekly", "monthly"])),
            "limit_amount": G(lambda f: f.amount()),
            "previous_limit": G(lambda f: f.pick([None, f.amount()])),
            "cooling_off_hours": G(lambda f: f.pick([0, 24, 168])),
        },
    ),
    (
        "track",
        "Self Exclusion Requested",
        CLIENT,
        ALL,
        {
            "exclusion_period": G(lambda f: f.pick(["6_months", "1_year", "5_years", "permanent"])),
            "reason": G(lambda f: f.pick(["taking_a_break", "spending_too_much", "time_spent", "other"])),
            "scheme": G(lambda f: {"KE": "BCLB", "IE": "operator", "CO": "Coljuegos"}[f.cc]),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "confirmation_sent_to": Y(lambda f: f.email(), "email", True),
        },
    ),
    (
        "track",
        "Affordability Check Completed",
        ["node"],
        ["IE"],
        {
            "checkId": G(lambda f: f.uuid()),
            "declaredAnnualIncome": Y(lambda f: f.r.randint(18, 160) * 1000, "salary"),
            "incomeBand": Y(lambda f: f.pick(["<25k", "25k-50k", "50k-75k", "75k-100k", "100k+"]), "salary"),
            "employmentStatus": G(
                lambda f: f.pick(["employed", "self_employed", "student", "retired", "unemployed"])
            ),
            "employer": G(lambda f: f.pick(["HSE", "Intel Ireland", "Dunnes Stores", "Self", "Kerry Group"])),
            "occupation": G(
                lambda f: f.pick(["Nurse", "Software Engineer", "Farmer", "Electrician", "Teacher"])
            ),
            "sourceOfFunds": G(lambda f: f.pick(["salary", "savings", "inheritance", "business"])),
            "creditScore": Y(lambda f: f.r.randint(300, 850), "credit score"),
            "outcome": G(lambda f: f.pick(["pass", "refer", "fail"])),
        },
    ),
    (
        "track",
        "Third Party Exclusion Request Received",
        ["ruby"],
        ["IE"],
        {
            "request_id": G(lambda f: f.uuid()),
            "requester_name": Y(lambda f: f.full_name(), "name"),
            "requester_relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "partner"])),
            "requester_phone": Y(lambda f: f.phone(), "phone"),
            "requester_email": Y(lambda f: f.email(), "email"),
            "player_email": Y(lambda f: f.email(), "email"),
            "evidence_provided": G(lambda f: f.pick([True, False])),
            "status": G(lambda f: f.pick(["received", "under_review", "actioned"])),
        },
    ),
    # -- bonuses, affiliates, referrals -------------------------------------------------------------
    (
        "track",
        "Bonus Claimed",
        CLIENT,
        ALL,
        {
            "bonus_id": G(lambda f: f.r.randint(1000, 9999)),
            "bonus_code": G(lambda f: f.pick(["DEP100", "FREEBET50", "KARIBU50", "SUPERCUOTA"])),
            "bonus_type": G(lambda f: f.pick(["free_bet", "deposit_match", "odds_boost", "free_spins"])),
            "bonus_amount": G(lambda f: f.amount()),
            "wagering_requirement": G(lambda f: f.pick([1, 3, 5, 35])),
        },
    ),
    (
        "track",
        "Affiliate Click Tracked",
        ["node"],
        ALL,
        {
            "affiliate_id": G(lambda f: "AFF" + f.digits(5)),
            "btag": G(lambda f: f"a_{f.r.randint(1000, 9999)}b_{f.r.randint(10, 999)}c_"),
            "sub_id": G(lambda f: f.pick(["tipsters_home", "banner_300x250", "telegram", "ig_story"])),
            "landing_page": G(lambda f: SITES[f.cc] + f.pick(["/welcome", "/promo/jackpot", "/"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.b64ish(80), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.b64ish(56), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(100000000, 2147483647)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.b64ish(56)}", "advertising id"),
        },
    ),
    (
        "track",
        "Affiliate Commission Calculated",
        ["go"],
        ALL,
        {
            "affiliate": {
                "id": G(lambda f: "AFF" + f.digits(5)),
                "company": G(
                    lambda f: f.pick(
                        ["TipsterHub Ltd", "Apuestas Pro SAS", "Kenya Odds Media", "Green Baize Affiliates"]
                    )
                ),
                "manager_name": Y(lambda f: f.full_name(), "name"),
                "manager_email": Y(
                    lambda f: f.staff_email(),
                    "email",
                ),
                "payments_email": G(
                    lambda f: f.pick(
                        [
                            "payments@tipsterhub.example",
                            "finanzas@apuestaspro.example",
                            "accounts@kenyaodds.example",
                        ]
                    )
                ),
            },
            "commission_plan": G(lambda f: f.pick(["CPA", "RevShare", "Hybrid"])),
            "ngr": G(lambda f: f.money(-1000, 80000)),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ["kotlin", "rn"],
        ALL,
        {
            "referral_code": G(lambda f: "POA" + f.alnum(5)),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "telegram", "copy_link"])),
            "friend_name": Y(lambda f: f.full_name(), "name"),
            "friend_phone": Y(lambda f: f.phone(), "phone"),
            "friend_email": Y(lambda f: f.email(), "email"),
            "contact_source": G(lambda f: f.pick(["address_book", "manual", "recent"])),
        },
    ),
    (
        "track",
        "Free Bet Gifted",
        ["kotlin", "flutter"],
        ["KE"],
        {
            "recipientPhone": Y(lambda f: f.phone(), "phone"),
            "recipientName": Y(lambda f: f.full_name(), "name"),
            "amount": G(lambda f: f.amount()),
            "giftId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["node"],
        ALL,
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "af_adset": G(lambda f: f.pick(["ke_android_18-34", "co_ios_lal", "ie_racing"])),
            "install_time": G(lambda f: f.iso().replace("T", " ")[:19]),
            "city": Y(lambda f: f.city(), "city"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Fraud Check Completed",
        ["go"],
        ALL,
        {
            "id": G(lambda f: f.hexid(12)),
            "fraud_score": G(lambda f: round(f.r.uniform(0, 100), 2)),
            "state": G(lambda f: f.pick(["APPROVE", "REVIEW", "DECLINE"])),
            "request": {
                "user_fullname": Y(lambda f: f.full_name(), "name"),
                "user_dob": Y(lambda f: f.date(1955, 2006), "birthdate"),
                "user_street": Y(lambda f: f.street(), "address|street"),
                "user_city": Y(lambda f: f.city(), "city"),
                "user_zip": Y(lambda f: f.zip(), "zipcode"),
                "user_country": G(lambda f: f.cc),
            },
            "email_details": {
                "email": Y(lambda f: f.email(), "email"),
                "deliverable": G(lambda f: f.pick([True, False])),
                "domain_details": {
                    "domain": G(lambda f: f.pick(["gmail.com", "yahoo.com", "hotmail.com"])),
                    "free": G(lambda f: True),
                },
            },
            "phone_details": {
                "number": Y(lambda f: f.phone("msisdn"), "phone"),
                "type": G(lambda f: f.pick(["MOBILE", "LANDLINE", "VOIP"])),
                "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
                "valid": G(lambda f: True),
            },
            "ip_details": {
                "ip": Y(lambda f: f.ipv4(), "ip"),
                "isp_name": G(
                    lambda f: f.pick(["Safaricom Limited", "Eircom", "Colombia Movil", "Vodafone Ireland"])
                ),
                "vpn": G(lambda f: f.pick([False, False, True])),
            },
        },
    ),
    # -- support ------------------------------------------------------------------------------------
    (
        "track",
        "Support Chat Started",
        CLIENT,
        ALL,
        {
            "chat_id": G(lambda f: f.uuid()),
            "topic": G(
                lambda f: f.pick(
                    ["deposit", "withdrawal", "verification", "responsible_gambling", "bet_settlement"]
                )
            ),
            "queue": G(lambda f: f.pick(["ke_sw", "ke_en", "ie_en", "co_es"])),
            "agent": {
                "id": G(lambda f: "agt_" + f.digits(4)),
                "name": Y(lambda f: f.first() + " " + f.last()[0] + ".", "name"),
                "team": G(lambda f: f.pick(["Payments", "KYC", "Safer Gambling"])),
            },
            "wait_seconds": G(lambda f: f.r.randint(2, 900)),
            "user_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Support Message Sent",
        ["node"],
        ALL,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": G(lambda f: "user"),
            "text": Y(chat_with_phone, "phone", True),
            "body_length": G(lambda f: f.r.randint(10, 200)),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        ALL,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Withdrawal pending",
                            "Bonus not credited",
                            "Cambio de datos",
                            "Account locked",
                            "Bet settled wrongly",
                        ]
                    )
                ),
                "description": Y(ticket_with_email, "email", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(G(lambda f: f.pick(["payments", "kyc", "vip", "sw", "es"])), 3),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                },
                "via": {"channel": G(lambda f: f.pick(["web", "email", "whatsapp", "chat"]))},
            }
        },
    ),
    (
        "track",
        "Chatbot Slot Filled",
        ["web"],
        ["KE"],
        {
            "slot": G(lambda f: "mpesa_number"),
            "input": Y(lambda f: f.phone(), "phone", True),
            "turn": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web"],
        ALL,
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "how to withdraw to mpesa",
                        "deposit limit",
                        "self exclusion",
                        "cómo retirar",
                        "verify my account",
                        "jackpot results",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "CSAT Submitted",
        ["web", "rn"],
        ALL,
        {
            "score": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "quick answer thanks",
                        "agent was helpful",
                        "took too long",
                        "Muy buena atención",
                        "Asante sana",
                        "",
                    ]
                )
            ),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Account Note Added",
        ["java"],
        ALL,
        {
            "note_id": G(lambda f: f.r.randint(10000, 99999)),
            "note": G(
                lambda f: f.pick(
                    [
                        "Source of funds docs received, limits unchanged",
                        "Customer called re: pending withdrawal",
                        "EDD completed",
                        "Bonus abuse review - no action",
                        "Affordability review scheduled",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["aml", "support", "rg", "fraud"])),
            "player_name": Y(lambda f: f.full_name(), "name"),
            "author_email": Y(
                lambda f: f.staff_email(),
                "email",
            ),
        },
    ),
    (
        "track",
        "VIP Manager Assigned",
        ["java"],
        ALL,
        {
            "tier": G(lambda f: f.pick(["gold", "platinum", "diamond"])),
            "vip_manager": {
                "id": G(lambda f: "vip_" + f.digits(3)),
                "name": Y(lambda f: f.full_name(), "name"),
                "mobile": Y(lambda f: f.phone(), "phone"),
            },
            "assigned_at": G(lambda f: f.iso()),
        },
    ),
    # -- messaging vendors ------------------------------------------------------------------------
    (
        "track",
        "SMS Delivered",
        ["node"],
        ALL,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.phone("msisdn") if f.r.random() < 0.3 else "+" + f.phone("msisdn"), "phone"),
            "From": G(
                lambda f: {
                    "KE": f.pick(["BETPOA", "29029"]),
                    "IE": f.pick(["BetPoa", "+353766801234"]),
                    "CO": f.pick(["890123", "+576015089999"]),
                }[f.cc]
            ),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered", "failed"])),
            "Body": RED(
                lambda f: f.pick(
                    [
                        "Your BetPoa code is {c}",
                        "{c} ni nambari yako ya uthibitisho ya BetPoa",
                        "Tu código BetPoa es {c}. No lo compartas",
                    ]
                ).format(c=f"{f.r.randint(0, 999999):06d}"),
                "token",
                True,
            ),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "processed", "deferred"])),
            "sg_event_id": G(lambda f: f.b64ish(22)),
            "sg_message_id": G(lambda f: f"{f.b64ish(22)}.filterdrecv-{f.r.randint(100, 999)}-1"),
            "smtp-id": G(lambda f: f"<{f.b64ish(22)}@ismtpd0{f.r.randint(10, 99)}p1mdw1.sendgrid.net>"),
            "category": Many(G(lambda f: f.pick(["transactional", "kyc", "promo", "withdrawal"])), 2),
        },
    ),
    (
        "track",
        "Email Opened",
        ["node"],
        ALL,
        {
            "email_id": G(lambda f: f.b64ish(20)),
            "recipient": Y(lambda f: f.email(), "email", True),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Your withdrawal is on its way",
                        "Karibu! Your free bet",
                        "Tu retiro fue aprobado",
                        "Cheltenham odds boosts",
                    ]
                )
            ),
            "campaign_id": G(lambda f: f.r.randint(10, 400)),
        },
    ),
    (
        "track",
        "Efecty Voucher Generated",
        ["php"],
        ["CO"],
        {
            "codigo_pago": G(lambda f: f.digits(9)),
            "nombre_completo": Y(lambda f: f.full_name(), "name"),
            "cedula": RED(lambda f: f.national_id(), "national id"),
            "monto": G(lambda f: f.amount()),
            "fecha_vencimiento": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Login Succeeded",
        ["node"],
        ALL,
        {
            "login_method": G(lambda f: f.pick(["password", "otp", "biometric", "magic_link"])),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "device_name": Y(
                lambda f: f.pick(["{n}'s iPhone", "iPhone ya {n}", "{n}'s Galaxy A14", "iPad de {n}"]).format(
                    n=f.first()
                ),
                "name",
                True,
            ),
            "new_device": G(lambda f: f.pick([True, False, False])),
            "two_factor": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Back Office Player Searched",
        ["java"],
        ["KE"],
        {
            "query_type": G(lambda f: "msisdn"),
            "query": Y(lambda f: f.phone(), "phone", True),
            "results": G(lambda f: f.r.randint(0, 3)),
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Email Typo Suggested",
        ["web"],
        ALL,
        {
            "value": Y(
                lambda f: f.typo_email(),
                "email",
                True,
            ),
            "suggestion": Y(lambda f: f.email(), "email", True),
            "accepted": G(lambda f: f.pick([True, False])),
            "form": G(lambda f: f.pick(["signup", "profile", "checkout"])),
        },
    ),
    (
        "track",
        "Identity Document Uploaded",
        CLIENT,
        ALL,
        {
            "documentType": G(lambda f: f.pick(["national_id", "passport", "driving_licence", "cedula"])),
            "documentSide": G(lambda f: f.pick(["front", "back"])),
            "issuingCountry": G(lambda f: f.pick([f.cc, f.cc, "UG", "VE", "PL"])),
            "documentNumberEntered": RED(lambda f: f.id_document(), "national id|passport"),
            "nationality": Y(lambda f: f.pick(["KE", "IE", "CO", "UG", "VE", "PL", "BR"]), "citizenship"),
            "uploadId": G(lambda f: f.uuid()),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "KYC Manual Review Assigned",
        ["java"],
        ALL,
        {
            "review_id": G(lambda f: f.r.randint(100000, 999999)),
            "reviewer_name": Y(lambda f: f.full_name(), "name"),
            "reviewer_email": Y(
                lambda f: f.staff_email(),
                "email",
            ),
            "player_full_name": Y(lambda f: f.full_name(), "name"),
            "reason": G(lambda f: f.pick(["name_mismatch", "dob_mismatch", "document_blurry", "pep_hit"])),
            "sla_hours": G(lambda f: f.pick([4, 24, 48])),
        },
    ),
    (
        "track",
        "Winnings Tax Certificate Requested",
        ["python"],
        ["KE"],
        {
            "kra_pin": RED(lambda f: f.kra_pin(), "national id"),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "tax_year": G(lambda f: f.pick([2022, 2023, 2024])),
            "total_withheld": G(lambda f: f.money(0, 90000)),
        },
    ),
    (
        "track",
        "Safer Gambling Callback Requested",
        CLIENT,
        ["IE", "KE"],
        {
            "callback_phone": Y(lambda f: f.phone(), "phone"),
            "callback_name": Y(lambda f: f.first(), "name"),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "topic": G(lambda f: f.pick(["limits", "time_out", "self_exclusion", "general"])),
        },
    ),
    (
        "track",
        "Affiliate Signed Up",
        ["web"],
        ALL,
        {
            "company_name": G(
                lambda f: f.pick(
                    ["TipsterHub Ltd", "Apuestas Pro SAS", "Kenya Odds Media", "Green Baize Affiliates"]
                )
            ),
            "website": G(
                lambda f: f.pick(
                    ["https://tipsterhub.example", "https://apuestaspro.example", "https://kenyaodds.example"]
                )
            ),
            "traffic_type": G(lambda f: f.pick(["seo", "social", "telegram", "ppc"])),
            "contact_name": Y(lambda f: f.full_name(), "name"),
            "contact_email": Y(lambda f: f.email(), "email"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "flutter"],
        ["IE", "CO"],
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(
                lambda f: f.pick(["euromillions-bet", "irish-lotto-bet", "baloto", "powerball-bet"])
            ),
            "sku": G(lambda f: f.pick(["LOT-EM-2L", "LOT-IL-4L", "LOT-BAL-1", "LOT-PB-3L"])),
            "name": G(
                lambda f: f.pick(["EuroMillions Bet", "Irish Lotto Bet", "Baloto", "US Powerball Bet"])
            ),
            "price": G(lambda f: f.amount()),
            "quantity": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "flutter"],
        ["IE", "CO"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.amount()),
            "revenue": G(lambda f: f.amount()),
            "discount": G(lambda f: f.pick([0, 0, 2.5, 5])),
            "coupon": G(lambda f: f.pick(["", "LOTTO5", "PRIMERA"])),
            "currency": G(lambda f: f.currency()),
            "products": Many(
                {
                    "product_id": G(
                        lambda f: f.pick(["euromillions-bet", "irish-lotto-bet", "baloto", "powerball-bet"])
                    ),
                    "sku": G(lambda f: f.pick(["LOT-EM-2L", "LOT-IL-4L", "LOT-BAL-1", "LOT-PB-3L"])),
                    "name": G(
                        lambda f: f.pick(
                            ["EuroMillions Bet", "Irish Lotto Bet", "Baloto", "US Powerball Bet"]
                        )
                    ),
                    "category": G(lambda f: f.pick(["lotto", "jackpot", "scratchcard"])),
                    "price": G(lambda f: f.amount()),
                    "quantity": G(lambda f: f.r.randint(1, 10)),
                },
                3,
            ),
        },
    ),
    # -- places -----------------------------------------------------------------------------------
    (
        "track",
        "Betting Shop Located",
        ["web", "rn"],
        ["KE", "IE"],
        {
            "shop": {
                "name": G(
                    lambda f: f.pick(
                        ["BetPoa Kenyatta Ave", "BetPoa Westlands", "BetPoa Patrick St", "BetPoa Eyre Square"]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Kenyatta Avenue, Nairobi",
                            "Sarit Centre, Westlands",
                            "12 Patrick Street, Cork",
                            "Eyre Square, Galway",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["+254 20 765 4321", "+353 21 427 0000", "+353 91 561 234"])),
                "email": G(
                    lambda f: f.pick(
                        ["westlands@betpoa.example", "cork@betpoa.example", "shops@betpoa.example"]
                    )
                ),
                "latitude": G(lambda f: f.pick([-1.2841, -1.2607, 51.8979, 53.2743])),
                "longitude": G(lambda f: f.pick([36.8230, 36.8028, -8.4706, -9.0490])),
            },
            "distance_km": G(lambda f: f.money(0, 25)),
            "search_query": G(lambda f: f.pick(["Nairobi CBD", "Westlands", "Cork city", "Galway"])),
        },
    ),
    # -- profile ----------------------------------------------------------------------------------
    (
        "track",
        "Profile Updated",
        CLIENT,
        ALL,
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["email", "phone", "address", "odds_format", "language"])), 3
            ),
            "email_changed": G(lambda f: f.pick([True, False])),
            "phone_changed": G(lambda f: f.pick([True, False])),
            "new_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Datos De Contacto Confirmados",
        ["php"],
        ["CO"],
        {
            "correo": Y(lambda f: f.email(), "email"),
            "celular": Y(lambda f: f.phone(), "phone"),
            "direccion_residencia": Y(lambda f: f.street(), "address|street"),
            "barrio": Y(lambda f: f.pick(CO_BARRIOS), "address"),
            "ciudad": Y(lambda f: f.city(), "city"),
        },
    ),
    (
        "group",
        None,
        ["java"],
        ALL,
        {
            "name": G(
                lambda f: f.pick(
                    ["Kibera Sports Bar", "Murphy's Bookmakers", "Tienda El Paisa", "Westlands Agent 014"]
                )
            ),
            "industry": G(lambda f: f.pick(["retail_agent", "affiliate", "bar", "bookmaker"])),
            "employees": G(lambda f: f.r.randint(1, 40)),
            "plan": G(lambda f: f.pick(["agent_basic", "agent_plus", "partner"])),
            "licence_number": G(
                lambda f: f.pick(
                    ["BCLB/" + f.digits(4) + "/2024", "RBL" + f.digits(5), "COLJ-" + f.digits(6)]
                )
            ),
            "region": G(lambda f: f.region()),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, CLIENT, ALL, None),
]


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, countries, body in EVENTS:
            f.cc = f.pick(countries)
            client = f.pick(clients)
            anon = f.uuid()
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": anon}
            msg["userId"] = str(f.player_id())
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = anon
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=226, repeats=30)
    write(Path(__file__).parent, "holdout226_", events, labels)
