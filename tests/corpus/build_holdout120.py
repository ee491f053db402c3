"""Writes holdout120: tests/corpus/holdout120_events.jsonl and holdout120_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md, build.py, fake.py and the format of
build_holdout3.py only, without reading the detection engine, its vocabularies, its tests or any
other corpus's labels, and without running the engine on these events. Not tuned to anything.

Domain: "Kontora", an online bank and investment app in Germany, Austria and Spain. Account
opening with video identification (an IDnow-shaped webhook whose leaves sit under `…value`),
Steuer-ID, NIF/NIE and the Austrian social insurance number, SEPA transfers, Bizum, standing
orders, payee verification, card management and wallet provisioning, card authorisations from
the processor, Stripe top-ups, savings plans and brokerage orders, tax reports and exemption
orders (with a spouse's data), FATCA self-certification, residence permits, joint accounts and
children's accounts, SCHUFA credit checks and overdrafts, support chat, push notifications,
sign-in, TANs and password resets, Twilio-shaped call and SMS webhooks, powers of attorney, rent
deposit accounts, expense splits, payroll direct deposit, marketing attribution (gclid, fbp/fbc),
an insurance partner's quote, group / page / screen / alias calls. Each message describes one
household: its city, postcode, country and bank agree.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter and
the python, node, go, java, ruby, php and .NET server libraries, with their usual `context`
blocks (ip, traits, device incl. advertisingId and push token, app, library, locale, timezone,
userAgent, campaign, page, location, network, externalIds).

Conventions: mostly camelCase and snake_case English keys; about one path in five uses another
convention: PascalCase (.NET, Austrian core banking), kebab-case (a web team's events),
SCREAMING_SNAKE (a warehouse reverse-ETL identify), German keys (SCHUFA response, the German
backend's transfer events, onboarding traits) and Spanish keys (the Spanish PHP backend).

Values: names from many cultures, DE/AT/ES and other national phone formats, DE/AT/ES
addresses with matching postcodes, IBANs with correct mod-97 check digits (and the Spanish
internal control digits), Luhn-valid Visa/Mastercard numbers, Steuer-IDs with their ISO 7064
check digit, DNI/NIE letters, Austrian SV numbers with their check digit, valid-structure SSNs.

Labelling (the Privacy Portal's default colours): classification red / yellow / green, type = the
reference's matcher name or bank account, geolocation, secret, national id, health id,
advertising id, credit card, credit score, token, visa; `a|b` when either name is fair.
- PII is personal data about a natural person (the customer, a joint holder, a child, a spouse, a
  payee, an attorney, a private landlord, friends in a split, a support agent, an adviser, a
  relationship manager). Colours follow the reference's default table; outside it:
  red for credentials, tokens, card numbers, bank accounts (IBANs, depot numbers), government
  ids and health ids; yellow otherwise.
- Green: ids we issue (customer numbers, account/order/transfer ids, UUIDs), ISINs, WKNs, BICs
  and bank codes (they identify the bank), versions, timestamps, hashes of non-PII, amounts,
  enums, counters and booleans under PII-sounding keys (`emailVerified`, `usPerson`, `isPep`,
  `nameMatch`), product, ETF, merchant, company and pet names, a merchant's or branch's city,
  address and phone, a searched place and a map's centre, countries, provinces, Bundesländer,
  locales, timezones, currencies, user agents, OS-issued device ids, card brand, BIN, last four
  and expiry, document issue and expiry dates, the issuing authority, masked IBANs and masked
  phone numbers (only a few digits left: they can no longer reach or identify anyone), the
  bank's own numbers and senders in telephony and SMS webhooks (`call.To`, `sms.From`), role
  mailboxes (support@, no-reply@), a company's tax id (CIF), card authorisation codes.
- The published policy's contested cases are followed: credit scores and SCHUFA score classes
  are yellow `credit score`; incomes and income bands yellow `salary`; insurance policy numbers
  yellow `identification`; gclid/fbclid/fbp/fbc yellow `advertising id`; card/payment tokens
  (`pm_…`, a wallet token reference), TANs, activation codes and reset-link tokens red `token`;
  identity-document numbers red `national id|passport`; residence-permit type and a right-to-work
  answer red `visa`; a Places session token (a UUID) green; marital status, job titles,
  employers and ages green.
- Special categories told by a boolean or enum: a church-tax flag or Kirchensteuer code reveals
  religion (yellow `religion`); a sign-language interpreter request for video identification
  reveals a disability (red `disability`); pre-existing conditions and smoker status in an
  insurance quote are yellow `condition`. A salutation (Herr / Frau / Sr. / Sra.) reveals
  gender: yellow `gender`. A birthplace is the person's own: yellow `city`. A city derived from
  the sign-in IP, or a caller's city in a telephony webhook, is the person's approximate
  location: yellow `city`. An SMS body always carrying a one-time code is red `token`.
- value_only is true when the leaf key does not say what the value is (`q`, `label`, `alias`,
  `text`, `input`, `to`, `link`, `details`, `body`, `Body`, `deviceName`, `value`,
  `changes[].value`, `externalIds[].id`). A
  vendor wrapper whose generic leaf (`value`) sits under a key that names the content
  (`userdata.firstname.value`) is labelled as that key says, value_only false: the path tells.
- Free text under a neutral key is labelled by what every one of its values carries: each such
  PII path carries that PII in every value (support messages always hold a phone or an e-mail,
  dispute details always an IBAN, push bodies always a person's name, device names always the
  owner's first name); free-text fields that never carry PII (transfer references, Bizum
  concepts, agent notes, feedback comments) are green.
- Where undecidable, what a careful privacy owner at a mid-size bank would want flagged: a
  user-chosen device name carrying the owner's first name is yellow `name`; a payee search query
  (`q`, always a name typed to find a person) is yellow `name`; an IBAN a user pasted or typed
  under a neutral key is red `bank account` whether or not it is the user's own.
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

FIRST = [
    "Lukas", "Hannah", "Mehmet", "Ayşe", "Jonas", "Leonie", "Javier", "Lucía", "María José",
    "Alejandro", "Nuria", "Iker", "Aitana", "Wojciech", "Dragana", "Thi Lan", "Florian", "Johanna",
    "Sebastian", "Katharina", "Emir", "Elif", "Valentina", "Santiago", "Chiara", "Dmytro", "Oksana",
    "Kwabena", "Amani", "Sofía", "Pablo", "Laia", "Jordi", "Mohammed", "Fatma", "Hiroshi", "Ananya",
    "Niamh", "Matthias", "Ingrid", "Reza", "Zeynep", "Ángel", "Mireia", "Babajide", "Jürgen",
    "Theresa", "Maximilian", "Selin", "Carmen",
]  # fmt: skip
LAST = [
    "Müller", "Schmidt", "Y\u0131lmaz", "Kowalczyk", "Fernández López", "García-Ruiz", "Öztürk",
    "Hoffmann", "Nguyen", "Popescu", "Gruber", "Huber", "Pichler", "Moser", "Sánchez Martín",
    "Martínez", "Okonkwo", "Al-Sayed", "Papadopoulos", "Ivanović", "Wagner", "Becker", "Schneider",
    "Fischer", "Weber", "Bauer", "Steiner", "Hofer", "Rodríguez", "Pérez Gómez", "Jiménez",
    "Iglesias", "Puig", "Etxeberria", "Kaya", "Demir", "Horvat", "Novak", "Schwarz", "Zimmermann",
    "Tanaka", "Kapoor", "Mensah", "Rossi", "Brandstätter", "Aigner",
]  # fmt: skip
MAIL_DOMAINS = [
    "gmx.de", "web.de", "gmail.com", "t-online.de", "icloud.com", "outlook.es", "hotmail.com",
    "yahoo.es", "aon.at", "posteo.de", "gmx.at", "telefonica.net", "outlook.de", "proton.me",
]  # fmt: skip

CITIES = {
    "DE": [
        ("Berlin", 10115, 14199, "Berlin"),
        ("München", 80331, 81929, "Bayern"),
        ("Hamburg", 20095, 22769, "Hamburg"),
        ("Köln", 50667, 51149, "Nordrhein-Westfalen"),
        ("Frankfurt am Main", 60306, 60599, "Hessen"),
        ("Leipzig", 4103, 4357, "Sachsen"),
        ("Stuttgart", 70173, 70629, "Baden-Württemberg"),
    ],
    "AT": [
        ("Wien", 1010, 1230, "Wien"),
        ("Graz", 8010, 8055, "Steiermark"),
        ("Linz", 4020, 4040, "Oberösterreich"),
        ("Salzburg", 5020, 5026, "Salzburg"),
        ("Innsbruck", 6020, 6080, "Tirol"),
    ],
    "ES": [
        ("Madrid", 28001, 28055, "Madrid"),
        ("Barcelona", 8001, 8042, "Barcelona"),
        ("Valencia", 46001, 46026, "Valencia"),
        ("Sevilla", 41001, 41020, "Sevilla"),
        ("Bilbao", 48001, 48015, "Bizkaia"),
        ("Málaga", 29001, 29018, "Málaga"),
        ("Zaragoza", 50001, 50021, "Zaragoza"),
    ],
}
STREETS = {
    "DE": [
        "Hauptstraße", "Schönhauser Allee", "Karl-Marx-Straße", "Bahnhofstr.", "Lindenweg",
        "Am Mühlbach", "Goethestraße", "Friedrichstraße", "Kastanienallee", "Leopoldstraße",
        "Venloer Str.", "Eisenbahnstraße",
    ],
    "AT": [
        "Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Linzer Gasse",
        "Annenstraße", "Getreidegasse", "Maria-Theresien-Straße", "Favoritenstraße",
    ],
    "ES": [
        "Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución", "Calle Mayor",
        "Gran Vía", "Passeig de Gràcia", "Calle Sierpes", "Calle Ercilla", "Calle Larios",
    ],
}  # fmt: skip

BANKS = {
    "DE": [
        ("10010010", "PBNKDEFFXXX"), ("37040044", "COBADEFFXXX"), ("50010517", "INGDDEFFXXX"),
        ("10011001", "NTSBDEB1XXX"), ("70150000", "SSKMDEMMXXX"), ("12030000", "BYLADEM1001"),
    ],
    "AT": [
        ("20111", "GIBAATWWXXX"), ("12000", "BKAUATWWXXX"), ("32000", "RLNWATWWXXX"),
        ("14000", "BAWAATWWXXX"),
    ],
    "ES": [
        ("2100", "CAIXESBBXXX"), ("0049", "BSCHESMMXXX"), ("0182", "BBVAESMMXXX"),
        ("0081", "BSABESBBXXX"), ("1465", "INGDESMMXXX"), ("2085", "CAZRES2ZXXX"),
    ],
}  # fmt: skip

INSTRUMENTS = [
    ("IE00B4L5Y983", "A0RPWH", "EUNL", "iShares Core MSCI World UCITS ETF"),
    ("IE00BK5BQT80", "A2PKXG", "VWCE", "Vanguard FTSE All-World UCITS ETF (USD) Acc"),
    ("LU0274208692", "DBX1MW", "XDWD", "Xtrackers MSCI World Swap UCITS ETF 1C"),
    ("IE00BKM4GZ66", "A111X9", "IS3N", "iShares Core MSCI EM IMI UCITS ETF"),
    ("DE0005190003", "519000", "BMW", "Bayerische Motoren Werke AG"),
    ("DE0007164600", "716460", "SAP", "SAP SE"),
    ("ES0113900J37", "858872", "SAN", "Banco Santander S.A."),
    ("AT0000937503", "897200", "VOE", "voestalpine AG"),
    ("US0378331005", "865985", "AAPL", "Apple Inc."),
    ("ES0148396007", "A0M46B", "ITX", "Industria de Diseño Textil S.A."),
]
MERCHANTS = [
    ("REWE Markt GmbH", "5411", "Köln", "DE"),
    ("Lidl sagt Danke", "5411", "Berlin", "DE"),
    ("MERCADONA", "5411", "Valencia", "ES"),
    ("BILLA DANKT", "5411", "Wien", "AT"),
    ("DB Vertrieb GmbH", "4112", "Frankfurt am Main", "DE"),
    ("RENFE VIAJEROS", "4112", "Madrid", "ES"),
    ("El Corte Inglés", "5311", "Madrid", "ES"),
    ("dm-drogerie markt", "5912", "München", "DE"),
    ("WIENER LINIEN", "4111", "Wien", "AT"),
    ("Spotify P2A8C4", "4899", "Stockholm", "SE"),
    ("UBER *TRIP", "4121", "Amsterdam", "NL"),
    ("Amazon.de*2K4LM", "5942", "Luxembourg", "LU"),
]
UAS_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.51",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
]


class BankFake(Fake):
    """fake.py plus the DE/AT/ES values this corpus needs."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self._home: tuple[str, str, str, str] | None = None

    def new_message(self):
        """Each message describes one household: its city, postcode and country agree."""
        self._home = None

    def home(self):
        if self._home is None:
            self._home = self.place(self.pick(["DE", "DE", "DE", "AT", "ES", "ES"]))
        return self._home

    def country(self):
        return self.home()[3]

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def _ascii(self, s):
        s = s.replace("\u0131", "i").replace("ß", "ss")
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")

    def email(self):
        first, last = self._ascii(self.first()), self._ascii(self.last())
        shape = self.r.randint(0, 4)
        if shape == 0:
            user = f"{first}.{last}"
        elif shape == 1:
            user = f"{first[0]}{last}{self.r.randint(1, 99)}"
        elif shape == 2:
            user = f"{first}_{last[:5]}{self.r.randint(70, 99)}"
        elif shape == 3:
            user = f"{last}.{first}"
        else:
            user = f"{first}{self.r.randint(1980, 2006)}"
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def phone(self, country=None):
        country = country or self.pick(["DE", "DE", "AT", "ES", "ES", "FR", "TR", "PL", "IT", "GB", "RO"])
        r = self.r
        if country == "DE":
            pre = self.pick(
                ["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"]
            )
            sub = str(r.randint(1000000, 99999999))
            return self.pick(
                [
                    f"+49 {pre} {sub}",
                    f"+49{pre}{sub}",
                    f"0{pre} {sub}",
                    f"0{pre}/{sub}",
                    f"+49 (0){pre} {sub}",
                ]
            )
        if country == "AT":
            pre = self.pick(["664", "660", "676", "650", "699", "681"])
            a, b, c = r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)
            return self.pick([f"+43 {pre} {a}{b}{c}", f"0{pre} {a} {b} {c}", f"+43{pre}{a}{b}{c}"])
        if country == "ES":
            first = self.pick(["6", "7"]) + f"{r.randint(0, 99):02d}"
            a, b = r.randint(100, 999), r.randint(100, 999)
            rest = f"{a}{b}"
            return self.pick(
                [
                    f"+34 {first} {a} {b}",
                    f"{first} {rest[:2]} {rest[2:4]} {rest[4:]}",
                    f"+34{first}{rest}",
                    f"{first}{rest}",
                    f"{first} {a} {b}",
                ]
            )
        if country == "FR":
            return "+33 6 " + " ".join(f"{r.randint(0, 99):02d}" for _ in range(4))
        if country == "TR":
            return f"+90 5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
        if country == "PL":
            return f"+48 {r.randint(500, 799)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if country == "IT":
            return f"+39 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        if country == "GB":
            return f"+44 7{r.randint(400, 999)} {r.randint(100000, 999999)}"
        return f"+40 7{r.randint(20, 89)} {r.randint(100, 999)} {r.randint(100, 999)}"

    def place(self, country=None):
        country = country or self.country()
        city, lo, hi, region = self.pick(CITIES[country])
        width = 4 if country == "AT" else 5
        code = self.r.randint(lo, hi)
        if country == "AT":
            code = code // 10 * 10 if city == "Wien" else code
        return city, f"{code:0{width}d}", region, country

    def street_line(self, country=None):
        country = country or self.country()
        name = self.pick(STREETS[country])
        n = self.r.randint(1, 180)
        if country == "DE":
            return f"{name} {n}{self.pick(['', '', '', 'a', 'b'])}"
        if country == "AT":
            return f"{name} {n}" + self.pick(
                ["", f"/{self.r.randint(1, 9)}", f"/{self.r.randint(1, 4)}/{self.r.randint(1, 30)}"]
            )
        return f"{name}, {n}" + self.pick(
            [
                "",
                f", {self.r.randint(1, 8)}º {self.pick('ABCD')}",
                f", {self.r.randint(1, 6)}-{self.r.randint(1, 4)}",
            ]
        )

    def city(self):
        return self.home()[0]

    def zip(self):
        return self.home()[1]

    def dob(self, start=1945, end=2006):
        return self.date(start, end)

    # -- bank accounts ------------------------------------------------------------------------

    def _num(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    @staticmethod
    def _es_dc(ten: str) -> str:
        weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        d = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 11
        return str({11: 0, 10: 1}.get(d, d))

    def bank(self, country=None):
        country = country or self.country()
        code, bic = self.pick(BANKS[country])
        if country == "DE":
            bban = code + self._num(10)
        elif country == "AT":
            bban = code + self._num(11)
        else:
            branch, account = self._num(4), self._num(10)
            dc = self._es_dc("00" + code + branch) + self._es_dc(account)
            bban = code + branch + dc + account
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return raw, bic

    def iban(self, country=None):
        raw = self.bank(country)[0]
        if self.r.random() < 0.45:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def bic(self, country=None):
        return self.bank(country)[1]

    def masked_iban(self):
        raw = self.bank()[0]
        return (
            f"{raw[:4]} **** **** **** {raw[-4:]}"
            if self.r.random() < 0.5
            else f"{raw[:2]}** {'•' * 4} {raw[-4:]}"
        )

    def card_number(self):
        prefix = self.pick(["4", "4", "51", "53", "55", "2221", "2720"])
        body = prefix + self._num(15 - len(prefix))
        number = self.luhn_complete(body)
        return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if self.r.random() < 0.4 else number

    def depot_number(self):
        return self.pick([self._num(10), self._num(3) + " " + self._num(7), "DEP" + self._num(9)])

    # -- government ids -----------------------------------------------------------------------

    def steuer_id(self, spaced=None):
        while True:
            digits = self.r.sample(range(10), 9)
            digits.append(self.pick(digits))
            self.r.shuffle(digits)
            if digits[0] != 0:
                break
        product = 10
        for d in digits:
            s = (d + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        raw = "".join(map(str, digits)) + str(check)
        spaced = self.r.random() < 0.3 if spaced is None else spaced
        return f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}" if spaced else raw

    def dni(self):
        n = self.r.randint(1000000, 99999999)
        return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]

    def nie(self):
        prefix = self.r.randint(0, 2)
        n = self.r.randint(0, 9999999)
        return "XYZ"[prefix] + f"{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(f"{prefix}{n:07d}") % 23]

    def nif(self):
        return self.dni() if self.r.random() < 0.75 else self.nie()

    def tax_id(self):
        return self.steuer_id() if self.r.random() < 0.6 else self.nif()

    def svnr(self):
        weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
        while True:
            serial = f"{self.r.randint(100, 999)}"
            birth = f"{self.r.randint(1, 28):02d}{self.r.randint(1, 12):02d}{self.r.randint(0, 99):02d}"
            digits = serial + "0" + birth
            check = sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11
            if check < 10:
                raw = serial + str(check) + birth
                return raw if self.r.random() < 0.6 else f"{raw[:4]} {raw[4:]}"

    def at_tax_number(self):
        return f"{self.r.randint(3, 98):02d}-{self.r.randint(100, 999)}/{self.r.randint(1000, 9999)}"

    def id_document_number(self):
        alnum = "CFGHJKLMNPRTVWXYZ0123456789"
        kind = self.r.randint(0, 3)
        if kind == 0:
            return self.pick("LMNPRTVWXY") + "".join(self.pick(alnum) for _ in range(8))
        if kind == 1:
            return "C" + "".join(self.pick(alnum) for _ in range(8))
        if kind == 2:
            return self.dni()
        return self.pick(["PA", "PB", "AA"]) + self.pick(string.ascii_uppercase) + self._num(6)

    # -- tokens and devices -------------------------------------------------------------------

    def fcm_token(self):
        alnum = string.ascii_letters + string.digits + "-_"
        head = "".join(self.pick(alnum) for _ in range(22))
        return head + ":APA91b" + "".join(self.pick(alnum) for _ in range(134))

    def apns_token(self):
        return self.hexid(64)

    def push_token(self):
        return self.fcm_token() if self.r.random() < 0.5 else self.apns_token()

    def url_token(self, n=43):
        alnum = string.ascii_letters + string.digits + "-_"
        return "".join(self.pick(alnum) for _ in range(n))

    def ident_id(self):
        return "KON-" + "".join(self.pick(string.ascii_uppercase) for _ in range(5))

    def customer_number(self):
        return self.digits(10)

    def gclid(self):
        return "Cj0KCQjw" + self.url_token(60)

    def fbclid(self):
        return "IwAR" + self.url_token(54)

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def ts(self):
        return self.iso()

    def day(self, start=2024, end=2025):
        return self.date(start, end)


# -- free text generators ---------------------------------------------------------------------------

REFERENCES = [
    "Miete Mai", "Nebenkosten 2024", "Rechnung 2024-0815", "Geburtstagsgeschenk", "Urlaub Kasse",
    "Alquiler junio", "Cena viernes", "Kaution Wohnung", "Strom Abschlag", "Spende", "Sparen",
    "Taschengeld", "Handwerker Bad", "Fitnessstudio Q3", "Gutschrift Rücksendung", "Abo Zeitung",
]  # fmt: skip
CONCEPTOS = [
    "cena",
    "regalo cumple",
    "lotería navidad",
    "🍕🍺",
    "gasolina",
    "entradas concierto",
    "alquiler",
    "bote piso",
    "padel",
]
AGENT_NOTES = [
    "Kunde fragt nach Kartenlimit, erklärt.",
    "Karte gesperrt, Ersatz bestellt.",
    "Cliente pregunta por comisiones de retirada.",
    "Rückbuchung angestoßen, Ticket an Zahlungsverkehr.",
    "Explained savings plan execution dates.",
    "Freistellungsauftrag angepasst, keine weiteren Fragen.",
    "Incidencia resuelta, sin más acciones.",
    "Video-Ident neu gestartet, Verbindung war schlecht.",
]
COMMENTS = [
    "Super App, schnelle Überweisungen!",
    "Die Depotansicht lädt sehr langsam.",
    "Me encanta Bizum en la app",
    "Bitte Dark Mode für das Widget.",
    "Push-Benachrichtigungen kommen zu spät.",
    "Fehlende Steuerübersicht für Österreich.",
    "Todo bien, pero el login con Face ID falla a veces.",
    "",
]


def support_text(f: BankFake) -> str:
    return f.pick(
        [
            f"Hallo, bitte ruft mich zurück unter {f.phone()}, danke!",
            f"Meine neue E-Mail-Adresse ist {f.email()}, bitte im Profil ändern.",
            f"Hola, mi número nuevo es {f.phone('ES')}",
            f"Could you send the statement to {f.email()}?",
            f"Erreichbar ab 17 Uhr: {f.phone('DE')}",
            f"Podéis escribirme a {f.email()} por favor",
            f"Bin unter {f.phone('AT')} erreichbar, SMS-TAN kommt nicht an",
        ]
    )


def dispute_details(f: BankFake) -> str:
    return f.pick(
        [
            f"Ich habe versehentlich an {f.iban()} überwiesen, bitte zurückholen.",
            f"Transferencia duplicada a {f.iban('ES')}",
            f"Empfänger-IBAN {f.iban()} war falsch, Betrag {f.money(20, 900)} €",
            f"Wrong recipient account {f.iban()} - please recall",
            f"Lastschrift von {f.iban('DE')} nicht autorisiert",
        ]
    )


def push_body(f: BankFake) -> str:
    amount = f"{f.money(5, 300):.2f}".replace(".", ",")
    return f.pick(
        [
            f"{f.full_name()} hat dir {amount} € gesendet",
            f"{f.first()} möchte {amount} € von dir",
            f"{f.full_name()} te ha enviado {amount} € por Bizum",
            f"{f.first()} hat deine Einladung zum Gemeinschaftskonto angenommen",
            f"Taschengeld für {f.first()} wurde überwiesen",
        ]
    )


def device_name(f: BankFake) -> str:
    first = f.first()
    return f.pick(
        [
            f"iPhone von {first}",
            f"{first}s iPhone",
            f"iPhone de {first}",
            f"Galaxy S23 von {first}",
            f"{first}'s Pixel 8",
            f"iPad de {first}",
        ]
    )


def payee_label(f: BankFake) -> str:
    return f.pick(
        [
            f.full_name(),
            f"{f.last()}, {f.first()}",
            f"{f.first()} (WG)",
            f"{f.last()} Vermieter",
            f"{f.first()} Fitness",
        ]
    )


def search_q(f: BankFake) -> str:
    return f.pick([f.first(), f.last(), f.full_name(), f.first().lower(), f.full_name().lower()])


def request_to(f: BankFake) -> str:
    return f.email() if f.r.random() < 0.5 else f.phone()


def reset_link(f: BankFake) -> str:
    host = f.pick(["app.kontora.de", "app.kontora.at", "app.kontora.es"])
    return f"https://{host}/passwort-zuruecksetzen?token={f.url_token()}"


def tan_phone_mask(f: BankFake) -> str:
    return f.pick(
        [
            f"+49 1{f.r.randint(50, 79)} ****{f.digits(3)}",
            f"+34 6** *** {f.digits(3)}",
            f"+43 6** ***{f.digits(2)}",
        ]
    )


def id_value(gen, type_, cls="yellow"):
    """An IDnow-style leaf: {"value": ..., "status": ...}."""
    leaf = Y(gen, type_) if cls == "yellow" else (RED(gen, type_) if cls == "red" else G(gen))
    return {"value": leaf, "status": G(lambda f: f.pick(["MATCH", "MATCH", "CHANGE", "NEW"]))}


# -- contexts ---------------------------------------------------------------------------------------


def app_block():
    return {
        "name": G(lambda f: "Kontora"),
        "version": G(lambda f: f.pick(["7.14.0", "7.15.2", "7.16.0"])),
        "build": G(lambda f: f.pick(["71400", "71502", "71600", "2024.18.3"])),
        "namespace": G(lambda f: f.pick(["de.kontora.app", "de.kontora.ios"])),
    }


def mobile_common(f: BankFake, library: str, version: str, os_name: str):
    ctx: dict[str, Any] = {
        "app": app_block(),
        "library": {"name": G(lambda f: library), "version": G(lambda f: version)},
        "locale": G(lambda f: f.pick(["de-DE", "de-AT", "es-ES", "ca-ES", "en-GB", "tr-TR"])),
        "timezone": G(
            lambda f: f.pick(["Europe/Berlin", "Europe/Vienna", "Europe/Madrid", "Atlantic/Canary"])
        ),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    ["Telekom.de", "Vodafone.de", "o2-de", "A1", "Magenta", "Movistar", "Orange", "DIGI"]
                )
            ),
        },
        "os": {
            "name": G(lambda f: os_name),
            "version": G(
                lambda f: (
                    f.pick(["17.4.1", "17.5", "16.7.8"]) if os_name == "iOS" else f.pick(["14", "13", "12"])
                )
            ),
        },
    }
    if f.r.random() < 0.5:
        ctx["ip"] = Y(lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6(), "ip")
    if f.r.random() < 0.35:
        ctx["traits"] = {
            "userId": G(lambda f: "ktr_" + f.digits(8)),
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
        }
    return ctx


def ios_device(f: BankFake):
    device: dict[str, Any] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone13,2"])),
        "name": G(lambda f: "iPhone"),
        "type": G(lambda f: "ios"),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
    }
    if f.r.random() < 0.4:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.5:
        device["token"] = RED(lambda f: f.apns_token(), "token")
    return device


def android_device(f: BankFake):
    device: dict[str, Any] = {
        "id": G(lambda f: f.hexid(16) if f.r.random() < 0.6 else f.uuid()),
        "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
        "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "2201117TG", "CPH2449"])),
        "name": G(lambda f: f.pick(["dm3q", "shiba", "spes", "OP5958L1"])),
        "type": G(lambda f: "android"),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
    }
    if f.r.random() < 0.5:
        device["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    if f.r.random() < 0.5:
        device["token"] = RED(lambda f: f.fcm_token(), "token")
    return device


def swift_context(f: BankFake):
    ctx = mobile_common(f, "analytics-swift", "1.5.11", "iOS")
    ctx["device"] = ios_device(f)
    ctx["screen"] = {
        "width": G(lambda f: f.pick([390, 393, 430])),
        "height": G(lambda f: f.pick([844, 852, 932])),
    }
    ctx["instanceId"] = G(lambda f: f.uuid())
    return ctx


def kotlin_context(f: BankFake):
    ctx = mobile_common(f, "analytics-kotlin", "1.16.3", "Android")
    ctx["device"] = android_device(f)
    ctx["screen"] = {
        "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
        "width": G(lambda f: 1080),
        "height": G(lambda f: f.pick([2340, 2400])),
    }
    ctx["userAgent"] = G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)")
    ctx["instanceId"] = G(lambda f: f.uuid())
    if f.r.random() < 0.4:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(36.5, 54.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-6.0, 16.5), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        }
    return ctx


def rn_context(f: BankFake):
    ios = f.r.random() < 0.5
    ctx = mobile_common(f, "analytics-react-native", "2.20.1", "iOS" if ios else "Android")
    ctx["device"] = ios_device(f) if ios else android_device(f)
    ctx["screen"] = {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))}
    ctx["instanceId"] = G(lambda f: f.uuid())
    return ctx


def flutter_context(f: BankFake):
    ios = f.r.random() < 0.4
    ctx = mobile_common(f, "analytics_flutter", "1.1.4", "iOS" if ios else "Android")
    ctx["device"] = ios_device(f) if ios else android_device(f)
    ctx["screen"] = {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))}
    return ctx


def web_context(f: BankFake):
    path = f.pick(["/", "/konto-eroeffnen", "/depot", "/ueberweisung", "/es/abrir-cuenta", "/at/sparplan"])
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f, p=path: p),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.finanzfluss.de/", "https://www.idealo.de/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?ref=app_banner", "?lang=es"])),
            "title": G(
                lambda f: f.pick(
                    ["Kontora \u2013 Konto eröffnen", "Depot | Kontora", "Kontora: Abrir cuenta"]
                )
            ),
            "url": G(lambda f, p=path: "https://www.kontora.de" + p),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "locale": G(lambda f: f.pick(["de-DE", "de-AT", "es-ES", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Vienna", "Europe/Madrid"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["depot_fruehling", "cuenta_nomina_q2", "junior_konto"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "finanzfluss"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "affiliate"])),
            "term": G(lambda f: f.pick(["girokonto kostenlos", "etf sparplan", "cuenta sin comisiones"])),
            "content": G(lambda f: f.pick(["banner_a", "video_15s", "textlink"])),
        }
    if f.r.random() < 0.3:
        ctx["traits"] = {
            "userId": G(lambda f: "ktr_" + f.digits(8)),
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
        }
    return ctx


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "@segment/analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}
SERVER_LIB = {
    "py": "analytics-python",
    "node": "@segment/analytics-node",
    "go": "analytics-go",
    "java": "analytics-java",
    "ruby": "analytics-ruby",
    "php": "analytics-php",
    "net": "Analytics.NET",
}


def server_context(f: BankFake, client: str):
    lib = SERVER_LIB[client]
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}
    }
    if client in ("node", "php", "java") and f.r.random() < 0.5:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS_WEB))
    if client in ("php", "ruby") and f.r.random() < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if client == "net":
        ctx["groupId"] = G(lambda f: "AT-" + f.digits(6))
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]
CLIENT = ["web", *MOBILE]


# -- reusable blocks --------------------------------------------------------------------------------


def pick_instrument(i):
    return lambda f: f.pick(INSTRUMENTS)[i]


def pick_merchant(i):
    return lambda f: f.pick(MERCHANTS)[i]


def address_block(street_key, zip_key, city_key, country_key, house_key=None):
    block = {street_key: Y(lambda f: f.street_line(), "address|street")}
    if house_key:
        block[house_key] = Y(
            lambda f: str(f.r.randint(1, 180)) + f.pick(["", "", "a", "/3"]), "address|street"
        )
    block[zip_key] = Y(lambda f: f.zip(), "zipcode")
    block[city_key] = Y(lambda f: f.city(), "city")
    block[country_key] = G(lambda f: f.country())
    return block


def agent_block():
    return {
        "id": G(lambda f: f.r.randint(100, 999)),
        "name": Y(lambda f: f.full_name(), "name"),
        "email": Y(
            lambda f: f"{f._ascii(f.first())}.{f._ascii(f.last())}@kontora.{f.pick(['de', 'at', 'es'])}",
            "email",
        ),
    }


# -- events: (type, event or name, clients, body) ---------------------------------------------------

EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- identify -----------------------------------------------------------------------------
    (
        "identify",
        None,
        CLIENT,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street_line(), "address|street"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
                "country": G(lambda f: f.country()),
            },
            "createdAt": G(lambda f: f.ts()),
            "customerNumber": G(lambda f: f.customer_number()),
            "plan": G(lambda f: f.pick(["Basic", "Plus", "Premium", "Metal"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "kycStatus": G(lambda f: f.pick(["pending", "verified", "rejected"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["de", "es", "en", "ca"])),
            "accountsCount": G(lambda f: f.r.randint(1, 5)),
            "hasJointAccount": G(lambda f: f.pick([True, False])),
            "gender": Y(lambda f: f.pick(["female", "male", "diverse"]), "gender"),
            "nationality": Y(
                lambda f: f.pick(["DE", "AT", "ES", "TR", "PL", "UA", "IT", "RO"]), "citizenship"
            ),
        },
    ),
    (
        "identify",
        None,
        ["py"],
        {
            "CUSTOMER_ID": G(lambda f: f.customer_number()),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "MOBILE_PHONE": Y(lambda f: f.phone(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "POSTAL_CODE": Y(lambda f: f.zip(), "zipcode"),
            "CITY": Y(lambda f: f.city(), "city"),
            "COUNTRY_CODE": G(lambda f: f.country()),
            "CUSTOMER_SEGMENT": G(lambda f: f.pick(["MASS", "AFFLUENT", "YOUNG_PRO", "STUDENT"])),
            "LIFETIME_DEPOSITS_EUR": G(lambda f: f.money(0, 250000)),
            "CREDIT_SCORE_BAND": Y(lambda f: f.pick(["A", "B", "C", "D", "E"]), "credit score"),
            "CHURN_RISK": G(lambda f: round(f.r.random(), 3)),
            "KYC_STATUS": G(lambda f: f.pick(["VERIFIED", "PENDING"])),
            "LAST_LOGIN_AT": G(lambda f: f.ts()),
            "IS_JOINT_HOLDER": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "nombre": Y(lambda f: f.first(), "name"),
            "apellidos": Y(lambda f: f.last() + " " + f.last(), "name"),
            "nif": RED(lambda f: f.nif(), "national id"),
            "fecha_nacimiento": Y(lambda f: f.dob(), "birthdate"),
            "telefono_movil": Y(lambda f: f.phone("ES"), "phone"),
            "correo_electronico": Y(lambda f: f.email(), "email"),
            "direccion": {
                "via": Y(lambda f: f.pick(STREETS["ES"]), "address|street"),
                "numero": Y(lambda f: str(f.r.randint(1, 200)), "address|street"),
                "piso": Y(lambda f: f"{f.r.randint(1, 9)}º {f.pick('ABCD')}", "address|street"),
                "codigo_postal": Y(lambda f: f.place("ES")[1], "zipcode"),
                "municipio": Y(lambda f: f.place("ES")[0], "city"),
                "provincia": G(lambda f: f.place("ES")[2]),
            },
            "situacion_laboral": G(lambda f: f.pick(["asalariado", "autonomo", "estudiante", "jubilado"])),
            "ingresos_mensuales": Y(lambda f: f.r.randint(900, 6500), "salary"),
            "estado_civil": G(lambda f: f.pick(["soltero", "casado", "pareja_de_hecho", "divorciado"])),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "titel": G(lambda f: f.pick(["", "Dr.", "Mag.", "DI", "Prof. Dr."])),
            "vorname": Y(lambda f: f.first(), "name"),
            "nachname": Y(lambda f: f.last(), "name"),
            "geburtsdatum": Y(lambda f: f.dob(), "birthdate"),
            "geburtsort": Y(
                lambda f: f.pick(["Köln", "Ankara", "Kraków", "Graz", "Sevilla", "Lagos", "Dresden"]), "city"
            ),
            "staatsangehoerigkeit": Y(
                lambda f: f.pick(["deutsch", "österreichisch", "türkisch", "spanisch", "polnisch"]),
                "citizenship",
            ),
            "familienstand": G(lambda f: f.pick(["ledig", "verheiratet", "geschieden", "verwitwet"])),
            "beruf": G(
                lambda f: f.pick(
                    ["Softwareentwicklerin", "Pflegefachkraft", "Lehrer", "Student", "Elektriker"]
                )
            ),
            "arbeitgeber": G(
                lambda f: f.pick(["Siemens AG", "Charité", "Stadt Wien", "selbstständig", "Bosch"])
            ),
            "steuerliche_ansaessigkeit": G(lambda f: f.pick(["DE", "AT", "ES"])),
            "kundennummer": G(lambda f: f.customer_number()),
        },
    ),
    (
        "identify",
        None,
        ["net"],
        {
            "CustomerNumber": G(lambda f: f.customer_number()),
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "Email": Y(lambda f: f.email(), "email"),
            "MobileNumber": Y(lambda f: f.phone("AT"), "phone"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "SocialSecurityNumber": RED(lambda f: f.svnr(), "social security number|national id"),
            "Street": Y(lambda f: f.street_line("AT"), "address|street"),
            "ZipCode": Y(lambda f: f.place("AT")[1], "zipcode"),
            "City": Y(lambda f: f.place("AT")[0], "city"),
            "Country": G(lambda f: "AT"),
            "Segment": G(lambda f: f.pick(["Retail", "Private", "Youth"])),
            "RelationshipManager": Y(lambda f: f.full_name(), "name"),
        },
    ),
    # -- onboarding -----------------------------------------------------------------------------
    (
        "track",
        "Signup Started",
        CLIENT,
        {
            "signupFlow": G(lambda f: f.pick(["v3_short", "v3_full", "partner"])),
            "referralCode": G(
                lambda f: "KON" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(6))
            ),
            "product": G(
                lambda f: f.pick(["girokonto", "depot", "juniorkonto", "cuenta_online", "gemeinschaftskonto"])
            ),
            "country": G(lambda f: f.country()),
            "emailDomain": G(lambda f: f.pick(MAIL_DOMAINS)),
        },
    ),
    (
        "track",
        "Personal Details Submitted",
        CLIENT,
        {
            "salutation": Y(lambda f: f.pick(["Herr", "Frau", "Sr.", "Sra.", "Divers"]), "gender"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "birthName": Y(lambda f: f.last(), "name"),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "placeOfBirth": Y(
                lambda f: f.pick(["Wien", "Izmir", "Zaragoza", "Hamburg", "Lviv", "Kumasi", "Bilbao"]), "city"
            ),
            "nationality": Y(
                lambda f: f.pick(["DE", "AT", "ES", "TR", "PL", "UA", "IT", "GH"]), "citizenship"
            ),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "divorced", "civil_partnership"])),
            "occupation": G(
                lambda f: f.pick(["employee", "civil_servant", "self_employed", "student", "retired"])
            ),
            "employer": G(
                lambda f: f.pick(["Siemens AG", "Telefónica", "Stadt Graz", "BMW Group", "Inditex", "-"])
            ),
            "monthlyNetIncome": Y(lambda f: f.r.randint(800, 9000), "salary"),
            "isPep": G(lambda f: False),
            "stepDurationMs": G(lambda f: f.r.randint(8000, 240000)),
        },
    ),
    (
        "track",
        "Address Submitted",
        CLIENT,
        {
            "street": Y(lambda f: f.pick(STREETS[f.country()]), "address|street"),
            "houseNumber": Y(
                lambda f: str(f.r.randint(1, 180)) + f.pick(["", "", "a", "/2/14"]), "address|street"
            ),
            "postalCode": Y(lambda f: f.zip(), "zipcode"),
            "city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: f.country()),
            "addressSource": G(lambda f: f.pick(["autocomplete", "manual"])),
            "placesSessionToken": G(lambda f: f.uuid()),
            "suggestionsShown": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Tax Details Submitted",
        CLIENT,
        {
            "taxCountry": G(lambda f: f.country()),
            "taxId": RED(lambda f: f.tax_id(), "national id"),
            "usPerson": G(lambda f: f.pick([False, False, True])),
            "churchTaxLiable": Y(lambda f: f.pick([True, False]), "religion"),
            "hasSecondTaxResidency": G(lambda f: f.pick([True, False])),
            "taxIdValid": G(lambda f: True),
        },
    ),
    (
        "track",
        "Video Identification Started",
        MOBILE,
        {
            "provider": G(lambda f: f.pick(["IDnow", "WebID", "POSTIDENT"])),
            "identId": G(lambda f: f.ident_id()),
            "queuePosition": G(lambda f: f.r.randint(0, 40)),
            "estimatedWaitSec": G(lambda f: f.r.randint(10, 900)),
            "signLanguageRequested": RED(lambda f: f.pick([False, False, True]), "disability"),
            "cameraPermission": G(lambda f: f.pick(["granted", "denied"])),
            "language": G(lambda f: f.pick(["de", "es", "en", "tr"])),
        },
    ),
    (
        "track",
        "Video Identification Completed",
        ["java"],
        {
            "identificationprocess": {
                "result": G(
                    lambda f: f.pick(
                        ["SUCCESS", "SUCCESS_DATA_CHANGED", "FRAUD_SUSPICION_CONFIRMED", "REVIEW_PENDING"]
                    )
                ),
                "reason": G(lambda f: f.pick(["", "WRONG_DOCUMENT", "SELFIE_MISMATCH", ""])),
                "companyid": G(lambda f: "kontora"),
                "id": G(lambda f: f.ident_id()),
                "transactionnumber": G(lambda f: f.uuid()),
                "identificationtime": G(lambda f: f.ts().replace("Z", "+01:00")),
                "type": G(lambda f: f.pick(["APP", "WEB"])),
            },
            "userdata": {
                "firstname": id_value(lambda f: f.first(), "name"),
                "lastname": id_value(lambda f: f.last(), "name"),
                "birthday": id_value(lambda f: f.dob(), "birthdate"),
                "birthplace": id_value(
                    lambda f: f.pick(["MÜNCHEN", "ISTANBUL", "MADRID", "LINZ", "PORTO", "ACCRA"]), "city"
                ),
                "nationality": id_value(
                    lambda f: f.pick(["DE", "AT", "ES", "TR", "PT", "GH"]), "citizenship"
                ),
                "address": {
                    "street": id_value(lambda f: f.pick(STREETS[f.country()]), "address|street"),
                    "streetnumber": id_value(lambda f: str(f.r.randint(1, 180)), "address|street"),
                    "zipcode": id_value(lambda f: f.zip(), "zipcode"),
                    "city": id_value(lambda f: f.city(), "city"),
                    "country": id_value(lambda f: f.country(), None, "green"),
                },
            },
            "identificationdocument": {
                "type": id_value(lambda f: f.pick(["IDCARD", "PASSPORT", "RESIDENCE_PERMIT"]), None, "green"),
                "number": id_value(lambda f: f.id_document_number(), "national id|passport", "red"),
                "issuedby": id_value(
                    lambda f: f.pick(
                        ["Stadt Köln", "BH Graz-Umgebung", "DGP Madrid", "Bürgeramt Berlin-Mitte"]
                    ),
                    None,
                    "green",
                ),
                "dateissued": id_value(lambda f: f.day(2015, 2024), None, "green"),
                "validuntil": id_value(lambda f: f.day(2026, 2034), None, "green"),
            },
            "contactdata": {
                "mobilephone": id_value(lambda f: f.phone(), "phone"),
                "email": id_value(lambda f: f.email(), "email"),
            },
            "attachments": {
                "pdf": G(lambda f: f.ident_id() + ".pdf"),
                "xml": G(lambda f: f.ident_id() + ".xml"),
            },
        },
    ),
    (
        "track",
        "Account Opened",
        ["net"],
        {
            "AccountId": G(lambda f: f.uuid()),
            "Iban": RED(lambda f: f.iban("AT"), "bank account"),
            "Bic": G(lambda f: f.bic("AT")),
            "AccountType": G(lambda f: f.pick(["Girokonto", "Sparkonto", "Depot", "Jugendkonto"])),
            "OpenedAt": G(lambda f: f.ts()),
            "Channel": G(lambda f: f.pick(["App", "Web", "Filiale"])),
            "CustomerNumber": G(lambda f: f.customer_number()),
            "InitialDeposit": G(lambda f: f.money(0, 5000)),
        },
    ),
    # -- credit ---------------------------------------------------------------------------------
    (
        "track",
        "Credit Check Completed",
        ["py"],
        {
            "product": G(lambda f: f.pick(["dispo", "kreditkarte", "ratenkredit"])),
            "requestedLimit": G(lambda f: f.pick([500, 1000, 2000, 5000, 10000])),
            "schufa": {
                "anfrage_id": G(lambda f: "SA" + f.digits(12)),
                "basisscore": Y(lambda f: round(f.r.uniform(80, 99.99), 2), "credit score"),
                "score_klasse": Y(lambda f: f.pick(list("ABCDEFGHIKLM")), "credit score"),
                "negativmerkmale": G(lambda f: f.pick([0, 0, 0, 1, 2])),
                "ergebnis": G(lambda f: f.pick(["positiv", "manuelle_pruefung", "negativ"])),
            },
            "decision": G(lambda f: f.pick(["approved", "declined", "review"])),
            "modelVersion": G(lambda f: f.pick(["risk-2024.3", "risk-2024.4"])),
        },
    ),
    (
        "track",
        "Overdraft Requested",
        MOBILE,
        {
            "requestedLimit": G(lambda f: f.pick([500, 1000, 2000, 5000, 10000])),
            "monthlyNetIncome": Y(lambda f: f.r.randint(800, 9000), "salary"),
            "employmentType": G(lambda f: f.pick(["permanent", "fixed_term", "self_employed"])),
            "employedSince": G(lambda f: f.day(2005, 2024)),
            "housingCosts": G(lambda f: f.r.randint(300, 2200)),
            "dependents": G(lambda f: f.r.randint(0, 4)),
            "decision": G(lambda f: f.pick(["approved", "declined", "review"])),
        },
    ),
    # -- payments -------------------------------------------------------------------------------
    (
        "track",
        "Transfer Sent",
        CLIENT,
        {
            "transferId": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(1, 4000)),
            "currency": G(lambda f: "EUR"),
            "recipientName": Y(lambda f: f.full_name(), "name"),
            "recipientIban": RED(lambda f: f.iban(), "bank account"),
            "recipientBic": G(lambda f: f.bic()),
            "reference": G(lambda f: f.pick(REFERENCES)),
            "instant": G(lambda f: f.pick([True, False])),
            "scheduledFor": G(lambda f: f.day()),
            "savedPayee": G(lambda f: f.pick([True, False])),
            "fee": G(lambda f: f.pick([0, 0, 0.5, 1.0])),
            "vopResult": G(lambda f: f.pick(["match", "close_match", "no_match", "not_possible"])),
        },
    ),
    (
        "track",
        "Überweisung ausgeführt",
        ["go"],
        {
            "buchungs_id": G(lambda f: "B" + f.digits(14)),
            "betrag": G(lambda f: f.money(1, 4000)),
            "waehrung": G(lambda f: "EUR"),
            "empfaenger_name": Y(lambda f: f.full_name(), "name"),
            "empfaenger_iban": RED(lambda f: f.iban(f.pick(["DE", "AT"])), "bank account"),
            "empfaenger_bic": G(lambda f: f.bic("DE")),
            "auftraggeber_konto": RED(lambda f: f.iban("DE"), "bank account"),
            "verwendungszweck": G(lambda f: f.pick(REFERENCES)),
            "ausfuehrungsdatum": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Bizum Enviado",
        ["php"],
        {
            "id_bizum": G(lambda f: f.digits(16)),
            "telefono_destinatario": Y(lambda f: f.phone("ES"), "phone"),
            "nombre_destinatario": Y(lambda f: f.full_name(), "name"),
            "importe": G(lambda f: f.money(1, 500)),
            "concepto": G(lambda f: f.pick(CONCEPTOS)),
            "tipo": G(lambda f: f.pick(["envio", "solicitud"])),
        },
    ),
    (
        "track",
        "Standing Order Created",
        CLIENT,
        {
            "standingOrderId": G(lambda f: "SO-" + f.digits(8)),
            "recipientName": Y(lambda f: f.full_name(), "name"),
            "recipientIban": RED(lambda f: f.iban(), "bank account"),
            "amount": G(lambda f: f.money(10, 2000)),
            "interval": G(lambda f: f.pick(["monthly", "quarterly", "weekly", "yearly"])),
            "executionDay": G(lambda f: f.pick([1, 15, 28, "last"])),
            "firstExecution": G(lambda f: f.day()),
            "reference": G(lambda f: f.pick(REFERENCES)),
        },
    ),
    (
        "track",
        "Payee Saved",
        MOBILE,
        {
            "payeeId": G(lambda f: f.uuid()),
            "label": Y(payee_label, "name", True),
            "iban": RED(lambda f: f.iban(), "bank account"),
            "isFavorite": G(lambda f: f.pick([True, False])),
            "payeeCount": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    (
        "track",
        "Payee Searched",
        MOBILE,
        {
            "q": Y(search_q, "name", True),
            "resultsCount": G(lambda f: f.r.randint(0, 12)),
            "source": G(lambda f: f.pick(["payees", "contacts", "recent"])),
        },
    ),
    (
        "track",
        "Payee Verification Result",
        ["node"],
        {
            "verificationId": G(lambda f: f.uuid()),
            "input": RED(lambda f: f.iban(), "bank account", True),
            "nameEntered": Y(lambda f: f.full_name(), "name"),
            "suggestedName": Y(lambda f: f.full_name(), "name"),
            "result": G(lambda f: f.pick(["MTCH", "CMTC", "NMTC", "NOAP"])),
            "responseTimeMs": G(lambda f: f.r.randint(40, 1800)),
            "responderBic": G(lambda f: f.bic()),
        },
    ),
    (
        "track",
        "Money Request Sent",
        MOBILE,
        {
            "requestId": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(2, 300)),
            "to": Y(request_to, "email|phone", True),
            "message": G(lambda f: f.pick(["Pizza 🍕", "Konzertkarten", "Tankrechnung", "WG-Einkauf"])),
            "shareChannel": G(lambda f: f.pick(["whatsapp", "sms", "email", "link"])),
        },
    ),
    # -- cards ----------------------------------------------------------------------------------
    (
        "track",
        "Card Ordered",
        CLIENT,
        {
            "cardId": G(lambda f: "crd_" + f.hexid(20)),
            "cardType": G(lambda f: f.pick(["debit", "credit", "virtual"])),
            "network": G(lambda f: f.pick(["visa", "mastercard"])),
            "design": G(lambda f: f.pick(["Midnight", "Metal Graphite", "Coral", "Recycled White"])),
            "nameOnCard": Y(lambda f: f.full_name().upper(), "name"),
            "deliveryAddress": {
                "street": Y(lambda f: f.street_line(), "address|street"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
                "country": G(lambda f: f.country()),
            },
            "expressDelivery": G(lambda f: f.pick([True, False])),
            "fee": G(lambda f: f.pick([0, 0, 0.5, 1.0])),
        },
    ),
    (
        "track",
        "Card Activated",
        MOBILE,
        {
            "cardId": G(lambda f: "crd_" + f.hexid(20)),
            "last4": G(lambda f: f.digits(4)),
            "activationCode": RED(lambda f: f.digits(6), "token"),
            "method": G(lambda f: f.pick(["code", "nfc_tap", "first_pin_transaction"])),
        },
    ),
    (
        "track",
        "Card Locked",
        CLIENT,
        {
            "cardId": G(lambda f: "crd_" + f.hexid(20)),
            "reason": G(lambda f: f.pick(["lost", "stolen", "temporary", "fraud_suspected"])),
            "last4": G(lambda f: f.digits(4)),
            "lockedAt": G(lambda f: f.ts()),
            "replacementOrdered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Card Limit Changed",
        MOBILE,
        {
            "cardId": G(lambda f: "crd_" + f.hexid(20)),
            "limitType": G(lambda f: f.pick(["atm_daily", "pos_daily", "online_monthly", "abroad"])),
            "previousLimit": G(lambda f: f.pick([500, 1000, 2000, 5000])),
            "newLimit": G(lambda f: f.pick([200, 1000, 2500, 10000])),
            "currency": G(lambda f: "EUR"),
        },
    ),
    (
        "track",
        "Card Added To Wallet",
        ["swift", "kotlin"],
        {
            "cardId": G(lambda f: "crd_" + f.hexid(20)),
            "wallet": G(lambda f: f.pick(["apple_pay", "google_pay", "garmin_pay"])),
            "panSuffix": G(lambda f: f.digits(4)),
            "deviceAccountNumberSuffix": G(lambda f: f.digits(4)),
            "tokenReferenceId": RED(lambda f: "DNITHE" + f.digits(18), "token"),
            "provisioningStatus": G(lambda f: f.pick(["success", "requires_verification", "failed"])),
        },
    ),
    (
        "track",
        "Card Payment Authorized",
        ["go"],
        {
            "authorization_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(1, 600)),
            "currency": G(lambda f: f.pick(["EUR", "EUR", "USD", "GBP", "SEK"])),
            "merchant": {
                "name": G(pick_merchant(0)),
                "mcc": G(pick_merchant(1)),
                "city": G(pick_merchant(2)),
                "country": G(pick_merchant(3)),
            },
            "entry_mode": G(lambda f: f.pick(["contactless", "chip", "ecommerce", "wallet"])),
            "pan": RED(lambda f: f.card_number(), "credit card"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["459735", "535522", "222100", "490762"])),
            "auth_code": G(
                lambda f: "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(6))
            ),
            "terminal_id": G(lambda f: f.digits(8)),
            "fx_rate": G(lambda f: f.pick([1.0, 1.0, 1.0832, 0.8571])),
            "declined": G(lambda f: f.pick([False, False, True])),
            "decline_reason": G(lambda f: f.pick(["", "insufficient_funds", "card_locked", ""])),
        },
    ),
    (
        "track",
        "Top Up Completed",
        ["node"],
        {
            "topup_id": G(lambda f: "tu_" + f.hexid(16)),
            "amount": G(lambda f: f.money(10, 1000)),
            "currency": G(lambda f: "EUR"),
            "payment_method_id": RED(
                lambda f: "pm_1" + f.url_token(23).replace("-", "A").replace("_", "b"), "token"
            ),
            "stripe_customer_id": G(
                lambda f: "cus_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(14))
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_country": G(lambda f: f.pick(["DE", "ES", "AT", "FR"])),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 31)}"),
            "funding": G(lambda f: f.pick(["debit", "credit", "prepaid"])),
            "three_d_secure": G(lambda f: f.pick(["authenticated", "frictionless", "not_required"])),
        },
    ),
    # -- investing ------------------------------------------------------------------------------
    (
        "track",
        "Savings Plan Created",
        CLIENT,
        {
            "planId": G(lambda f: "sp_" + f.hexid(12)),
            "isin": G(pick_instrument(0)),
            "instrumentName": G(pick_instrument(3)),
            "rate": G(lambda f: f.pick([25, 50, 100, 150, 250, 500])),
            "interval": G(lambda f: f.pick(["monthly", "quarterly", "weekly", "yearly"])),
            "executionDay": G(lambda f: f.pick([1, 15, 28, "last"])),
            "dynamicIncrease": G(lambda f: f.pick([0, 2, 5])),
        },
    ),
    (
        "track",
        "Order Placed",
        CLIENT,
        {
            "orderId": G(lambda f: f.uuid()),
            "isin": G(pick_instrument(0)),
            "wkn": G(pick_instrument(1)),
            "ticker": G(pick_instrument(2)),
            "instrumentName": G(pick_instrument(3)),
            "side": G(lambda f: f.pick(["buy", "sell"])),
            "orderType": G(lambda f: f.pick(["market", "limit", "stop"])),
            "limitPrice": G(lambda f: f.money(5, 300)),
            "quantity": G(lambda f: f.r.randint(1, 200)),
            "venue": G(lambda f: f.pick(["XETR", "TGAT", "LSX", "XMAD", "GETTEX"])),
            "estimatedCosts": G(lambda f: f.pick([0, 1, 4.9, 9.9])),
            "currency": G(lambda f: "EUR"),
        },
    ),
    (
        "track",
        "Order Executed",
        ["java"],
        {
            "orderId": G(lambda f: f.uuid()),
            "executionPrice": G(lambda f: f.money(5, 300)),
            "executedQuantity": G(lambda f: f.r.randint(1, 200)),
            "venue": G(lambda f: f.pick(["XETR", "TGAT", "LSX", "XMAD", "GETTEX"])),
            "executedAt": G(lambda f: f.ts()),
            "fees": G(lambda f: f.pick([0, 1, 4.9])),
            "depotNumber": RED(lambda f: f.depot_number(), "bank account"),
            "settlementDate": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Depot Transfer Requested",
        ["web"],
        {
            "transferRequestId": G(lambda f: f.uuid()),
            "previousBroker": G(
                lambda f: f.pick(["comdirect", "Trade Republic", "flatex", "Scalable Capital", "DEGIRO"])
            ),
            "depotNumberAtPreviousBroker": RED(lambda f: f.depot_number(), "bank account"),
            "accountHolder": Y(lambda f: f.full_name(), "name"),
            "positionsCount": G(lambda f: f.r.randint(1, 40)),
            "fullTransfer": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- tax ------------------------------------------------------------------------------------
    (
        "track",
        "Tax Report Downloaded",
        CLIENT,
        {
            "year": G(lambda f: f.pick([2022, 2023, 2024])),
            "reportType": G(
                lambda f: f.pick(["Jahressteuerbescheinigung", "Ertragsaufstellung", "Verlustbescheinigung"])
            ),
            "format": G(lambda f: f.pick(["pdf", "csv"])),
            "fileSizeKb": G(lambda f: f.r.randint(40, 900)),
            "documentSha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Exemption Order Set",
        ["web", "swift", "kotlin"],
        {
            "amount": G(lambda f: f.pick([0, 500, 801, 1000, 1602, 2000])),
            "validFrom": G(lambda f: f.pick(["2024-01-01", "2025-01-01"])),
            "joint": G(lambda f: f.pick([True, False])),
            "churchTax": Y(lambda f: f.pick(["rk", "ev", "--", "ak", "lt"]), "religion"),
            "spouse": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "taxId": RED(lambda f: f.steuer_id(), "national id"),
                "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            },
        },
    ),
    (
        "track",
        "KESt Report Generated",
        ["net"],
        {
            "TaxYear": G(lambda f: f.pick([2023, 2024])),
            "KestAmount": G(lambda f: f.money(0, 3000)),
            "CustomerNumber": G(lambda f: f.customer_number()),
            "TaxNumber": RED(lambda f: f.at_tax_number(), "national id"),
        },
    ),
    (
        "track",
        "FATCA Self-Certification Submitted",
        ["java"],
        {
            "usPerson": G(lambda f: True),
            "usTin": RED(lambda f: f.ssn(), "social security number"),
            "taxResidencies": Many(G(lambda f: f.pick(["DE", "US", "ES", "AT"])), 2),
            "certifiedAt": G(lambda f: f.ts()),
            "formVersion": G(lambda f: f.pick(["W-9 (Rev. 3-2024)", "W-9 (Rev. 10-2018)"])),
        },
    ),
    (
        "track",
        "Permiso Residencia Subido",
        ["php"],
        {
            "tipo_documento": G(lambda f: f.pick(["TIE", "certificado_registro_UE"])),
            "nie": RED(lambda f: f.nie(), "national id"),
            "tipo_permiso": RED(
                lambda f: f.pick(["residencia_temporal_trabajo", "estudiante", "larga_duracion", "arraigo"]),
                "visa",
            ),
            "permite_trabajar": RED(lambda f: f.pick([True, False]), "visa"),
            "fecha_caducidad": G(lambda f: f.day(2025, 2030)),
        },
    ),
    # -- joint and children's accounts --------------------------------------------------------
    (
        "track",
        "Joint Account Invitation Sent",
        MOBILE,
        {
            "invitationId": G(lambda f: f.uuid()),
            "inviteeFirstName": Y(lambda f: f.first(), "name"),
            "inviteeLastName": Y(lambda f: f.last(), "name"),
            "inviteeEmail": Y(lambda f: f.email(), "email"),
            "inviteePhone": Y(lambda f: f.phone(), "phone"),
            "relationship": G(lambda f: f.pick(["spouse", "partner", "parent", "sibling", "flatmate"])),
            "accountId": G(lambda f: f.uuid()),
            "expiresAt": G(lambda f: f.ts()),
        },
    ),
    (
        "track",
        "Joint Account Holder Added",
        ["py"],
        {
            "account_id": G(lambda f: f.uuid()),
            "holder": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "tax_id": RED(lambda f: f.tax_id(), "national id"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "address": address_block("line1", "postal_code", "city", "country_code"),
            },
            "holder_role": G(lambda f: f.pick(["secondary", "primary"])),
            "signature_rule": G(lambda f: f.pick(["einzeln", "gemeinsam", "indistinta", "mancomunada"])),
            "kyc_status": G(lambda f: f.pick(["verified", "pending"])),
        },
    ),
    (
        "track",
        "Child Account Opened",
        MOBILE,
        {
            "childAccountId": G(lambda f: f.uuid()),
            "child": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "dateOfBirth": Y(lambda f: f.dob(2008, 2023), "birthdate"),
                "ageYears": G(lambda f: f.r.randint(0, 17)),
                "taxId": RED(lambda f: f.steuer_id(), "national id"),
            },
            "guardianRole": G(lambda f: f.pick(["mother", "father", "legal_guardian"])),
            "secondGuardianConsent": G(lambda f: f.pick(["pending", "given", "sole_custody"])),
            "secondGuardian": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "pocketMoneyAmount": G(lambda f: f.pick([5, 10, 20, 30, 50])),
            "pocketMoneyInterval": G(lambda f: f.pick(["weekly", "monthly"])),
        },
    ),
    (
        "track",
        "Pocket Money Sent",
        MOBILE,
        {
            "childAccountId": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([5, 10, 20, 30, 50])),
            "childName": Y(lambda f: f.first(), "name"),
            "recurring": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- support and notifications ------------------------------------------------------------
    (
        "track",
        "Support Chat Message Sent",
        ["ruby"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "message_id": G(lambda f: f.digits(10)),
            "author_type": G(lambda f: "user"),
            "text": Y(support_text, "phone|email", True),
            "channel": G(lambda f: f.pick(["in_app", "web", "email"])),
            "language": G(lambda f: f.pick(["de", "es", "en"])),
            "agent": agent_block(),
            "assigned_team": G(lambda f: f.pick(["cards", "payments", "onboarding", "securities"])),
            "tags": Many(G(lambda f: f.pick(["card_blocked", "sepa", "video_ident", "tax", "login"])), 3),
            "first_response_sec": G(lambda f: f.r.randint(20, 7200)),
        },
    ),
    (
        "track",
        "Support Conversation Closed",
        ["ruby"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "csat": G(lambda f: f.r.randint(1, 5)),
            "resolution": G(lambda f: f.pick(["solved", "escalated", "no_reply"])),
            "note": G(lambda f: f.pick(AGENT_NOTES)),
            "reopened": G(lambda f: f.pick([True, False])),
            "duration_sec": G(lambda f: f.r.randint(60, 86400)),
            "agent": agent_block(),
            "support_mailbox": G(
                lambda f: f.pick(["support@kontora.de", "ayuda@kontora.es", "service@kontora.at"])
            ),
        },
    ),
    (
        "track",
        "Transfer Dispute Opened",
        ["web"],
        {
            "disputeId": G(lambda f: "DSP-" + f.digits(7)),
            "transferId": G(lambda f: f.uuid()),
            "category": G(lambda f: f.pick(["wrong_recipient", "duplicate", "unauthorised_debit"])),
            "details": RED(dispute_details, "bank account", True),
        },
    ),
    (
        "track",
        "Push Notification Sent",
        ["node"],
        {
            "notification_id": G(lambda f: f.uuid()),
            "template": G(
                lambda f: f.pick(["p2p_received", "money_request", "joint_invite_accepted", "pocket_money"])
            ),
            "title": G(
                lambda f: f.pick(["Geld erhalten", "Zahlungsanforderung", "Dinero recibido", "Kontora"])
            ),
            "body": Y(push_body, "name", True),
            "push_token": RED(lambda f: f.push_token(), "token"),
            "platform": G(lambda f: f.pick(["ios", "android"])),
            "collapse_key": G(lambda f: f.pick(["p2p", "requests", "family"])),
            "ttl_sec": G(lambda f: f.pick([3600, 86400])),
            "deep_link": G(lambda f: "kontora://transactions/" + f.uuid()),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        MOBILE,
        {
            "notificationId": G(lambda f: f.uuid()),
            "template": G(
                lambda f: f.pick(["p2p_received", "money_request", "joint_invite_accepted", "pocket_money"])
            ),
            "openedAfterSec": G(lambda f: f.r.randint(1, 20000)),
            "action": G(lambda f: f.pick(["open", "dismiss", "reply"])),
        },
    ),
    # -- security -------------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        CLIENT,
        {
            "method": G(lambda f: f.pick(["password", "face_id", "fingerprint", "passkey"])),
            "mfaMethod": G(lambda f: f.pick(["push", "sms", "totp", "none"])),
            "newDevice": G(lambda f: f.pick([True, False])),
            "failedAttempts": G(lambda f: f.r.randint(0, 3)),
            "rememberMe": G(lambda f: f.pick([True, False])),
            "sessionId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "link": RED(reset_link, "token", True),
            "expiresInMin": G(lambda f: f.pick([15, 30, 60])),
            "requestIp": Y(lambda f: f.ipv4(), "ip"),
            "emailProvider": G(lambda f: f.pick(["postmark", "ses"])),
            "sender": G(lambda f: f.pick(["no-reply@kontora.de", "no-reply@kontora.es"])),
        },
    ),
    (
        "track",
        "TAN Requested",
        ["go"],
        {
            "tan_method": G(lambda f: f.pick(["pushTAN", "smsTAN", "photoTAN"])),
            "challenge_id": G(lambda f: f.uuid()),
            "tan": RED(lambda f: f.digits(6), "token"),
            "mobile_masked": G(tan_phone_mask),
            "transaction_type": G(
                lambda f: f.pick(["sepa_transfer", "standing_order", "limit_change", "device_binding"])
            ),
            "expires_at": G(lambda f: f.ts()),
        },
    ),
    (
        "track",
        "Device Bound",
        MOBILE,
        {
            "deviceBindingId": G(lambda f: f.uuid()),
            "deviceName": Y(device_name, "name", True),
            "biometricsEnabled": G(lambda f: f.pick([True, False])),
            "previousDevices": G(lambda f: f.r.randint(0, 4)),
            "osVersion": G(lambda f: f.pick(["17.4.1", "14", "13"])),
        },
    ),
    (
        "track",
        "Profile Updated",
        CLIENT,
        {
            "changes": Many(
                {
                    "field": G(lambda f: f.pick(["email", "mobilePhone"])),
                    "value": Y(lambda f: f.email() if f.r.random() < 0.5 else f.phone(), "email|phone", True),
                },
                2,
            ),
            "source": G(lambda f: f.pick(["settings", "support_prompt"])),
            "verificationRequired": G(lambda f: True),
        },
    ),
    # -- marketing ------------------------------------------------------------------------------
    (
        "track",
        "Referral Invite Sent",
        MOBILE,
        {
            "referralCode": G(
                lambda f: "KON" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(6))
            ),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "link"])),
            "inviteeEmail": Y(lambda f: f.email(), "email"),
            "rewardAmount": G(lambda f: f.pick([25, 50, 75])),
        },
    ),
    (
        "track",
        "Signed Up",
        ["node"],
        {
            "signup_id": G(lambda f: f.uuid()),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f.fbc(), "advertising id"),
            "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
            "event_source_url": G(
                lambda f: "https://www.kontora.de/konto-eroeffnen?step=" + str(f.r.randint(1, 5))
            ),
            "action_source": G(lambda f: "website"),
            "external_id": G(lambda f: f.customer_number()),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        {
            "email-address": Y(lambda f: f.email(), "email"),
            "double-opt-in": G(lambda f: f.pick([True, False])),
            "source-page": G(lambda f: f.pick(["/blog/etf-sparplan", "/es/blog/bizum", "/"])),
            "topics": Many(G(lambda f: f.pick(["investing", "product_news", "tax_tips"])), 3),
            "consent-version": G(lambda f: f.pick(["2024-03", "2024-09"])),
        },
    ),
    (
        "track",
        "Loan Calculator Used",
        ["web"],
        {
            "loan-amount": G(lambda f: f.pick([2000, 5000, 10000, 25000, 50000])),
            "term-months": G(lambda f: f.pick([12, 24, 36, 60, 84])),
            "monthly-rate": G(lambda f: f.money(50, 900)),
            "interest-rate": G(lambda f: f.money(3, 12)),
            "purpose": G(lambda f: f.pick(["auto", "umschuldung", "modernisierung", "freie_verwendung"])),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["web"],
        {
            "appointment-id": G(lambda f: f.digits(7)),
            "topic": G(lambda f: f.pick(["baufinanzierung", "altersvorsorge", "depot_beratung"])),
            "advisor-name": Y(lambda f: f.full_name(), "name"),
            "advisor-email": Y(
                lambda f: f"{f._ascii(f.first())[0]}.{f._ascii(f.last())}@kontora.at", "email"
            ),
            "customer-phone": Y(lambda f: f.phone(), "phone"),
            "slot-start": G(lambda f: f.ts()),
            "branch": G(lambda f: f.pick(["Wien Innere Stadt", "Graz Jakomini", "Linz Hauptplatz"])),
            "branch-phone": G(lambda f: f.pick(["+43 1 53120 0", "+43 316 80 40 0", "+43 732 7070 0"])),
            "video-call": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "ATM Search",
        MOBILE,
        {
            "query": G(
                lambda f: f.pick(
                    ["Alexanderplatz", "Sol, Madrid", "Stephansplatz", "Flughafen München", "Plaça Catalunya"]
                )
            ),
            "radiusKm": G(lambda f: f.pick([1, 2, 5, 10])),
            "resultsCount": G(lambda f: f.r.randint(0, 25)),
            "center": {
                "lat": G(lambda f: f.pick([52.521918, 40.416775, 48.208354, 48.353783, 41.387017])),
                "lng": G(lambda f: f.pick([13.413215, -3.703790, 16.372504, 11.786086, 2.170047])),
            },
            "filter": G(lambda f: f.pick(["free_withdrawal", "all", "cash_deposit"])),
            "useLocation": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Login Risk Evaluated",
        ["py"],
        {
            "evaluation_id": G(lambda f: f.uuid()),
            "ip_address": Y(lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6(), "ip"),
            "geo": {
                "city": Y(lambda f: f.city(), "city"),
                "country": G(lambda f: f.country()),
                "asn": G(lambda f: f.pick([3320, 3352, 8447, 12430, 6805])),
            },
            "risk_score": G(lambda f: round(f.r.random(), 3)),
            "risk_level": G(lambda f: f.pick(["low", "medium", "high"])),
            "rules_triggered": Many(
                G(lambda f: f.pick(["new_device", "impossible_travel", "tor_exit", "velocity"])), 2
            ),
        },
    ),
    (
        "track",
        "Insurance Quote Requested",
        ["web"],
        {
            "partner": G(lambda f: f.pick(["Getsafe", "Mapfre", "Uniqa"])),
            "product": G(lambda f: f.pick(["berufsunfaehigkeit", "risikoleben", "hausrat"])),
            "preExistingConditions": Many(
                Y(
                    lambda f: f.pick(
                        ["Asthma", "Bandscheibenvorfall", "Depression", "Diabetes Typ 2", "keine"]
                    ),
                    "condition",
                ),
                2,
            ),
            "smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "coverageAmount": G(lambda f: f.pick([1000, 1500, 2000, 100000, 250000])),
            "premiumMonthly": G(lambda f: f.money(8, 140)),
            "policyNumber": Y(lambda f: f.pick(["GS-", "MAP", "UQ"]) + f.digits(9), "identification"),
        },
    ),
    (
        "track",
        "Savings Goal Created",
        MOBILE,
        {
            "goalId": G(lambda f: f.uuid()),
            "goalName": G(
                lambda f: f.pick(
                    ["Urlaub Mallorca", "Notgroschen", "Tierarzt Bello", "Coche nuevo", "Neues Fahrrad"]
                )
            ),
            "targetAmount": G(lambda f: f.pick([500, 1000, 3000, 10000])),
            "targetDate": G(lambda f: f.day(2025, 2027)),
            "roundUps": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contacts Synced",
        MOBILE,
        {
            "contactsCount": G(lambda f: f.r.randint(0, 900)),
            "matchedCount": G(lambda f: f.r.randint(0, 40)),
            "permission": G(lambda f: f.pick(["granted", "limited", "denied"])),
            "durationMs": G(lambda f: f.r.randint(100, 4000)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        MOBILE,
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(lambda f: f.pick(COMMENTS)),
            "screen": G(lambda f: f.pick(["Dashboard", "Depot", "Überweisung", "Bizum"])),
        },
    ),
    # -- added paths: powers of attorney, address changes, beneficiaries, telephony, loans ------
    (
        "track",
        "Power Of Attorney Granted",
        ["web", "swift", "kotlin"],
        {
            "mandateId": G(lambda f: "POA-" + f.digits(8)),
            "attorney": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "dateOfBirth": Y(lambda f: f.dob(1940, 2004), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "address": {
                    "street": Y(lambda f: f.street_line(), "address|street"),
                    "postalCode": Y(lambda f: f.zip(), "zipcode"),
                    "city": Y(lambda f: f.city(), "city"),
                    "country": G(lambda f: f.country()),
                },
            },
            "scope": G(lambda f: f.pick(["full", "payments_only", "view_only", "post_mortem"])),
            "validUntil": G(lambda f: f.pick(["", "2026-12-31", "2030-06-30"])),
            "accountsCovered": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Address Changed",
        ["net"],
        {
            "CustomerNumber": G(lambda f: f.customer_number()),
            "OldAddress": {
                "Street": Y(lambda f: f.street_line("AT"), "address|street"),
                "ZipCode": Y(lambda f: f.place("AT")[1], "zipcode"),
                "City": Y(lambda f: f.place("AT")[0], "city"),
            },
            "NewAddress": {
                "Street": Y(lambda f: f.street_line("AT"), "address|street"),
                "ZipCode": Y(lambda f: f.place("AT")[1], "zipcode"),
                "City": Y(lambda f: f.place("AT")[0], "city"),
            },
            "EffectiveFrom": G(lambda f: f.day() + "T00:00:00"),
            "MeldezettelVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Alta Beneficiario",
        ["php"],
        {
            "id_beneficiario": G(lambda f: f.digits(9)),
            "nombre_completo": Y(lambda f: f.full_name(), "name"),
            "iban": RED(lambda f: f.iban("ES"), "bank account"),
            "alias": Y(
                lambda f: f.pick([f.first(), f"{f.first()} {f.last()[0]}.", f"tía {f.first()}"]), "name", True
            ),
            "email_aviso": Y(lambda f: f.email(), "email"),
            "favorito": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Clipboard Suggestion Shown",
        MOBILE,
        {
            "kind": G(lambda f: "iban"),
            "value": RED(lambda f: f.iban(), "bank account", True),
            "accepted": G(lambda f: f.pick([True, False])),
            "screen": G(lambda f: f.pick(["TransferForm", "PayeeForm"])),
        },
    ),
    (
        "track",
        "Support Call Completed",
        ["ruby"],
        {
            "call": {
                "CallSid": G(lambda f: "CA" + f.hexid(32)),
                "From": Y(lambda f: "+" + f.pick(["4915", "4917", "43664", "346"]) + f.digits(8), "phone"),
                "To": G(lambda f: f.pick(["+4930555012345", "+4315550199", "+34910555012"])),
                "CallerName": Y(lambda f: f.last().upper() + " " + f.first().upper(), "name"),
                "FromCity": Y(lambda f: f.city().upper(), "city"),
                "FromCountry": G(lambda f: f.country()),
                "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
                "CallDuration": G(lambda f: str(f.r.randint(5, 1800))),
            },
            "queue": G(lambda f: f.pick(["karten", "zahlungsverkehr", "depot", "es_general"])),
            "ivr_path": G(lambda f: f.pick(["1>2", "3", "1>4>1"])),
        },
    ),
    (
        "track",
        "OTP SMS Delivered",
        ["go"],
        {
            "sms": {
                "MessageSid": G(lambda f: "SM" + f.hexid(32)),
                "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
                "To": Y(lambda f: f.phone(), "phone"),
                "From": G(lambda f: "Kontora"),
                "Body": RED(
                    lambda f: f.pick(
                        [
                            f"Dein Kontora-Code: {f.digits(6)}. Niemals weitergeben!",
                            f"Tu código Kontora es {f.digits(6)}",
                            f"{f.digits(6)} ist deine smsTAN für die Überweisung über {f.money(10, 900)} EUR",
                        ]
                    ),
                    "token",
                    True,
                ),
                "MessageStatus": G(lambda f: f.pick(["delivered", "undelivered", "sent"])),
            },
            "latency_ms": G(lambda f: f.r.randint(800, 25000)),
        },
    ),
    (
        "track",
        "Nomina Domiciliada",
        ["php"],
        {
            "empresa": G(
                lambda f: f.pick(["Telefónica S.A.", "Mercadona S.A.", "Ayuntamiento de Bilbao", "Inditex"])
            ),
            "cif_empresa": G(lambda f: f.pick(["A82018474", "A46103834", "P4802000J", "A15075062"])),
            "importe_nomina": Y(lambda f: f.money(950, 4800), "salary"),
            "fecha_cobro": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Card Shipment Update",
        ["py"],
        {
            "tracking_number": G(lambda f: "00340434" + f.digits(12)),
            "carrier": G(lambda f: f.pick(["DHL", "Österreichische Post", "Correos"])),
            "status": G(lambda f: f.pick(["in_transit", "out_for_delivery", "delivered", "returned"])),
            "recipient": {
                "name": Y(lambda f: f.full_name(), "name"),
                "street": Y(lambda f: f.street_line(), "address|street"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
            },
            "card_id": G(lambda f: "crd_" + f.hexid(20)),
        },
    ),
    (
        "track",
        "Verificacion Contacto",
        ["php"],
        {
            "email_nuevo": Y(lambda f: f.email(), "email"),
            "telefono_nuevo": Y(lambda f: f.phone("ES"), "phone"),
            "codigo_otp": RED(lambda f: f.digits(6), "token"),
        },
    ),
    (
        "track",
        "Loan Application Submitted",
        ["web"],
        {
            "applicationId": G(lambda f: "LA-" + f.digits(9)),
            "loanAmount": G(lambda f: f.pick([2000, 5000, 10000, 25000, 50000])),
            "termMonths": G(lambda f: f.pick([12, 24, 36, 60, 84])),
            "purpose": G(lambda f: f.pick(["car", "refinancing", "renovation", "other"])),
            "applicant": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "birthDate": Y(lambda f: f.dob(1950, 2004), "birthdate"),
                "grossAnnualIncome": Y(lambda f: f.r.randint(18000, 140000), "salary"),
                "employer": G(
                    lambda f: f.pick(["Siemens AG", "Telefónica", "Stadt Graz", "BMW Group", "Inditex"])
                ),
                "jobTitle": G(
                    lambda f: f.pick(["Pflegefachkraft", "Product Manager", "Profesora", "Elektriker"])
                ),
                "payoutIban": RED(lambda f: f.iban(), "bank account"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "existingCustomer": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Rent Deposit Account Opened",
        ["web", "swift", "kotlin"],
        {
            "depositAccountId": G(lambda f: f.uuid()),
            "depositAmount": G(lambda f: f.pick([1500, 2400, 2850, 3600, 4200])),
            "monthlyRent": G(lambda f: f.pick([650, 800, 950, 1200, 1400])),
            "landlord": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "rentalAddress": {
                "street": Y(lambda f: f.street_line("DE"), "address|street"),
                "postalCode": Y(lambda f: f.place("DE")[1], "zipcode"),
                "city": Y(lambda f: f.place("DE")[0], "city"),
            },
            "pledgedToLandlord": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Expense Split Created",
        MOBILE,
        {
            "splitId": G(lambda f: f.uuid()),
            "totalAmount": G(lambda f: f.money(10, 600)),
            "participants": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "share": G(lambda f: f.money(2, 200)),
                    "isKontoraUser": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "title": G(lambda f: f.pick(["Mallorca 2025", "WG Einkauf", "Cena cumple", "Skiurlaub"])),
        },
    ),
]

PAGES = [
    ("Konto eröffnen", "/konto-eroeffnen", "Kontora \u2013 Konto eröffnen"),
    ("Depot", "/depot", "Depot | Kontora"),
    ("Abrir cuenta", "/es/abrir-cuenta", "Kontora: Abrir cuenta"),
    ("Sparplan", "/at/sparplan", "ETF-Sparplan | Kontora"),
    ("Preise", "/preise", "Preise | Kontora"),
]
SCREENS = [
    "Dashboard",
    "Transactions",
    "TransferReview",
    "CardSettings",
    "Depot",
    "TaxCenter",
    "JuniorKonto",
    "Bizum",
]


def page_body(f: BankFake):
    name, path, title = f.pick(PAGES)
    return {
        "name": G(lambda f: name),
        "path": G(lambda f: path),
        "title": G(lambda f: title),
        "url": G(lambda f: "https://www.kontora.de" + path),
        "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.kontora.de/"])),
        "search": G(lambda f: f.pick(["", "?utm_source=google", "?lang=de"])),
    }


def screen_body(f: BankFake):
    screen = f.pick(SCREENS)
    return {
        "name": G(lambda f: screen),
        "tab": G(lambda f: f.pick(["overview", "details", "history"])),
        "loadTimeMs": G(lambda f: f.r.randint(80, 3000)),
    }


def group_body():
    return {
        "name": G(
            lambda f: f.pick(["Gemeinschaftskonto", "Haushalt", "Cuenta común", "Urlaubskasse", "Junior"])
        ),
        "accountType": G(lambda f: f.pick(["joint", "junior", "single"])),
        "holderCount": G(lambda f: f.r.randint(1, 3)),
        "createdAt": G(lambda f: f.ts()),
        "currency": G(lambda f: "EUR"),
        "product": G(lambda f: f.pick(["girokonto", "cuenta_online", "juniorkonto"])),
    }


def context_for(f: BankFake, client: str):
    if client in CONTEXTS:
        return CONTEXTS[client](f)
    return server_context(f, client)


def message(f: BankFake, kind: str, name: str | None, client: str, body: dict | None, labels: dict) -> dict:
    f.new_message()
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.ts()}
    if client in CONTEXTS:
        msg["anonymousId"] = f.uuid()
        msg["sentAt"] = msg["timestamp"]
    msg["userId"] = "ktr_" + f.digits(8)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = body["name"].gen(f) if body else name
    elif kind == "group":
        msg["groupId"] = "acc_" + f.hexid(12)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId", f.uuid())
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(f, client), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = BankFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, f.pick(clients), body, labels))
        for _ in range(2):
            events.append(message(f, "page", None, "web", page_body(f), labels))
            events.append(message(f, "screen", None, f.pick(MOBILE), screen_body(f), labels))
        events.append(message(f, "group", None, f.pick(CLIENT), group_body(), labels))
        events.append(message(f, "alias", None, f.pick(["web", "node", "py"]), None, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=120, repeats=30)
    write(Path(__file__).parent, "holdout120_", events, labels)
