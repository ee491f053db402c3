"""Writes holdout182: tests/corpus/holdout182_events.jsonl and holdout182_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Run once
(`.venv/bin/python -m tests.corpus.build_holdout182`); deterministic (seed 182).

What it covers: the everyday Segment traffic of "VoltRide", an EV-charging network with shared
e-scooters and e-bikes in Norway, Poland and the US. Account sign-up and driving-licence checks
(a Veriff-shaped webhook, a Checkr-shaped background check for technicians), charging sessions
(charger, EVSE and connector ids, OCPP-style meter values, kWh and prices), RFID charge cards,
home chargers, ride starts and ends with GPS, parking photos, fines, damage and incident reports
with free text, payments (Stripe-shaped methods, Vipps, BLIK), wallet top-ups, payouts to
"juicers" (people paid to charge scooters at home), B2B fleet operators (group calls, invoices),
field technicians (work orders, HR onboarding from a .NET system), support chats, a Twilio-shaped
call webhook, a Meta Conversions API forward, an AppsFlyer-shaped install postback, e-commerce
spec events for the accessories shop and ride passes, page / screen / group / alias calls.
Contexts are those of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries.

Values are coherent per message: each message draws one person (market NO, PL or US) and, where
needed, a second person (a recipient, a witness, a contact); names from many cultures, national
phone formats, real address shapes, fødselsnummer and PESEL with valid check digits, SSNs with
SSA structure, Norwegian account numbers (mod 11), IBANs (mod 97), Polish ID-card numbers with
their check digit, ABA routing numbers with their checksum, Luhn card numbers, VINs with the
North-American check digit.

Key conventions: mostly camelCase and snake_case; about 15 % PascalCase (.NET and Twilio),
kebab-case (HTML form field names, HTTP headers), SCREAMING_SNAKE (a reverse-ETL sync from the
warehouse) and Norwegian and Polish backend keys (fornavn, etternavn, kjennemerke, imie, nazwisko,
kod_pocztowy, numer_dowodu ...).

Labelling rules (the Privacy Portal's default colours):
- Personal data about a natural person (the user, a recipient, a witness, a family member, a
  staff member, a site contact) is labelled with the reference matcher's name and default colour
  (name, email, phone, address|street, city, zipcode, birthdate, gender, photo, ip, license,
  serial, salary, condition, citizenship ...); other types: `geolocation`, `advertising id` and
  `trade union` yellow; `national id`, `bank account`, `token`, `password`, `visa`,
  `social security number`, `disability`, `veteran` red.
- Green: ids we or a vendor issue (user, ride, session, charger, EVSE, connector, RFID card UID,
  e-mobility contract id, customer and member numbers, invoice and KID numbers, Stripe `cus_`/`pi_`
  ids, PSP references, police report numbers), versions, timestamps, amounts, enums, counters,
  booleans under PII-sounding keys, product, plan, station and company names, company org numbers and NIPs,
  business addresses and phones, role mailboxes, country, state, locale, timezone, currency,
  user agents, OS-issued device ids (IDFV, Android id, instanceId), card brand, last four, expiry.
- Contested cases follow the product's published policy: plates (`license`) and the user's car
  VIN (`serial`) yellow; gclid / fbclid / fbp / fbc yellow `advertising id`; pay, payouts and
  hourly rates yellow `salary`; insurer policy numbers yellow `identification`; billing and
  shipping addresses yellow; `pm_` ids, one-time codes (SMS OTP, BLIK), magic-link and reset
  tokens red `token`; an identity document's number red; right-to-work answers red `visa`; ages
  and age bands green; job titles and employers green; UUID session tokens green; Message-IDs
  green.
- Rules decided here (where the policy is silent):
  - A driving licence number is an identity document's number: red `national id|license`.
  - Coordinates are yellow `geolocation` when they are the person's position (ride start/end, the
    app's location, a technician's position, a saved place); green when they are a place that is
    not the person's (a charging station, a searched destination).
  - The service-market city of a ride or session (`Oslo`, `Kraków`) is green; the person's own
    home / billing / shipping city is yellow `city`.
  - Photos of things (a parked scooter, damage, a charger) are green; photos of the person (a
    selfie, an avatar) are yellow `photo`.
  - Serial numbers of our own fleet assets (scooter frames, chargers) are green; a customer's
    car VIN is yellow `serial`.
  - Hashed e-mail and phone sent for ad matching (Meta `em`, `ph`) stay personal data: yellow,
    typed by what was hashed; a hash of our own user id is green.
  - An injury reported in an incident is health data: yellow `condition`; asking for an adaptive
    vehicle reveals a disability: red `disability`.
  - An APNs / FCM push token is red `token` (as the main corpus labels it).
  - A birth year (a family member's) is yellow `birthdate`; an age or age band stays green.
  - A push message body personalised with the person's first name is yellow `name` (value_only).
  - A Vipps `msisdn` and a Twilio `From` are the person's phone (yellow `phone`); Twilio `To`, a
    call-masking `proxyNumber`, an installer's or a company's switchboard number are green.
- value_only is true when the key does not say what the value is (`value`, `text`, `message`,
  `body`, `statement`, `comments`, `input`, `q`, `to`, `From`, `recipient`, `contact.label`,
  `contact.value`, `deres_ref`, `x-forwarded-for`, `externalIds[].id`).
  A value_only PII path holds that PII in every one of its values; free text is labelled by what
  every one of its values carries (its templates are written so that either all or none do), and
  green when none does.
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------------

NO_FIRST_F = [
    "Ingrid",
    "Sigrid",
    "Kari",
    "Astrid",
    "Nora",
    "Solveig",
    "Mari",
    "Ida",
    "Amina",
    "Thi Lan",
    "Hedda",
]
NO_FIRST_M = [
    "Lars",
    "Øyvind",
    "Håkon",
    "Magnus",
    "Eirik",
    "Jonas",
    "Sindre",
    "Abdirahman",
    "Mohammed",
    "Kristoffer",
]
NO_LAST = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Berg",
    "Haugen",
    "Bakken",
    "Solberg",
    "Strand",
    "Sæther",
    "Aasen",
    "Dahl",
    "Ali",
    "Nguyen",
    "Hagen",
    "Løvås",
]
PL_FIRST_F = [
    "Agnieszka",
    "Małgorzata",
    "Zofia",
    "Katarzyna",
    "Joanna",
    "Anna",
    "Magdalena",
    "Ewa",
    "Yuliia",
    "Łucja",
]
PL_FIRST_M = [
    "Krzysztof",
    "Łukasz",
    "Wojciech",
    "Piotr",
    "Michał",
    "Tomasz",
    "Jakub",
    "Grzegorz",
    "Oleksandr",
    "Paweł",
]
PL_LAST = [
    ("Nowak", "Nowak"),
    ("Kowalski", "Kowalska"),
    ("Wiśniewski", "Wiśniewska"),
    ("Wójcik", "Wójcik"),
    ("Kowalczyk", "Kowalczyk"),
    ("Kamiński", "Kamińska"),
    ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"),
    ("Szymański", "Szymańska"),
    ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowska"),
    ("Mazur", "Mazur"),
    ("Krawczyk", "Krawczyk"),
    ("Shevchenko", "Shevchenko"),
    ("Grabowski", "Grabowska"),
]
US_FIRST_F = [
    "Jennifer",
    "Maria",
    "Aaliyah",
    "Priya",
    "Emily",
    "Mei",
    "Fatima",
    "Guadalupe",
    "Olivia",
    "Brianna",
    "Naomi",
]
US_FIRST_M = [
    "DeShawn",
    "Tyler",
    "Hiroshi",
    "Carlos",
    "Jamal",
    "Connor",
    "Dmitri",
    "Kenji",
    "Ahmed",
    "Minh",
    "Ethan",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Rodriguez",
    "Nguyen",
    "Kim",
    "Patel",
    "Washington",
    "O'Connor",
    "Goldberg",
    "Mohamud",
    "Hernandez",
    "Tanaka",
    "Brown",
    "Okonkwo",
    "Jackson",
    "Rivera",
    "Cohen",
    "Yazzie",
    "Schmidt",
]

# city, lat, lon, postal-code maker, state/region, timezone
NO_CITIES = [
    ("Oslo", 59.9139, 10.7522, lambda r: f"0{r.randint(150, 1295):03d}"),
    ("Bergen", 60.3913, 5.3221, lambda r: f"50{r.randint(3, 99):02d}"),
    ("Trondheim", 63.4305, 10.3951, lambda r: f"70{r.randint(10, 99):02d}"),
    ("Stavanger", 58.9700, 5.7331, lambda r: f"40{r.randint(5, 99):02d}"),
]
PL_CITIES = [
    ("Warszawa", 52.2297, 21.0122, lambda r: f"0{r.randint(0, 4)}-{r.randint(1, 999):03d}"),
    ("Kraków", 50.0647, 19.9450, lambda r: f"3{r.randint(0, 1)}-{r.randint(1, 999):03d}"),
    ("Gdańsk", 54.3520, 18.6466, lambda r: f"80-{r.randint(1, 899):03d}"),
    ("Wrocław", 51.1079, 17.0385, lambda r: f"5{r.randint(0, 4)}-{r.randint(1, 999):03d}"),
    ("Łódź", 51.7592, 19.4560, lambda r: f"9{r.randint(0, 4)}-{r.randint(1, 999):03d}"),
]
US_CITIES = [
    ("Austin", 30.2672, -97.7431, lambda r: f"787{r.randint(1, 59):02d}", "TX", "America/Chicago"),
    ("Seattle", 47.6062, -122.3321, lambda r: f"981{r.randint(1, 99):02d}", "WA", "America/Los_Angeles"),
    ("Denver", 39.7392, -104.9903, lambda r: f"802{r.randint(1, 39):02d}", "CO", "America/Denver"),
    ("Washington", 38.9072, -77.0369, lambda r: f"200{r.randint(1, 99):02d}", "DC", "America/New_York"),
    ("Brooklyn", 40.6782, -73.9442, lambda r: f"112{r.randint(1, 56):02d}", "NY", "America/New_York"),
]
NO_STREETS = [
    "Storgata",
    "Thorvald Meyers gate",
    "Bygdøy allé",
    "Kirkeveien",
    "Trondheimsveien",
    "Markveien",
    "Sandviksveien",
    "Kongens gate",
    "Møllendalsveien",
    "Professor Dahls gate",
    "Løkkeveien",
]
PL_STREETS = [
    "ul. Marszałkowska",
    "ul. Długa",
    "al. Jerozolimskie",
    "ul. Piotrkowska",
    "ul. Świętojańska",
    "ul. Grunwaldzka",
    "ul. Karmelicka",
    "ul. Puławska",
    "ul. Legnicka",
]
US_STREETS = [
    "Oak Ave",
    "Lenox Ave",
    "E Cesar Chavez St",
    "Pine St",
    "Colfax Ave",
    "Rainier Ave S",
    "Flatbush Ave",
    "Georgia Ave NW",
    "S Congress Ave",
    "Blake St",
]

DOMAINS = {
    "NO": ["gmail.com", "online.no", "hotmail.com", "outlook.com", "icloud.com", "live.no"],
    "PL": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "outlook.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com"],
}
CARRIERS = {
    "NO": ["Telenor", "Telia", "Ice"],
    "PL": ["Play", "Orange", "Plus", "T-Mobile"],
    "US": ["Verizon", "T-Mobile", "AT&T"],
}
LOCALES = {"NO": ["nb-NO", "nn-NO", "en-NO"], "PL": ["pl-PL", "uk-PL", "en-PL"], "US": ["en-US", "es-US"]}
CURRENCY = {"NO": "NOK", "PL": "PLN", "US": "USD"}
COUNTRY_NAME = {"NO": "Norway", "PL": "Poland", "US": "United States"}

FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "'": "", " ": ""})


def ascii_fold(text: str) -> str:
    text = text.translate(FOLD)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class F(Fake):
    """Fake with a coherent person per message (`p`) and a second one (`o`)."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.p = self.person()
        self.o = self.person()

    def start_message(self, market=None):
        self.p = self.person(market)
        self.o = self.person(self.p["market"])

    # -- checksummed identifiers ----------------------------------------------------------------

    def fnr(self, y: int, m: int, d: int) -> str:
        while True:
            ind = self.r.randint(0, 499) if y < 2000 else self.r.randint(500, 999)
            base = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"]
            k1 = 11 - sum(w * x for w, x in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], base)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            k2 = 11 - sum(w * x for w, x in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [*base, k1])) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return "".join(map(str, base)) + f"{k1}{k2}"

    def pesel(self, y: int, m: int, d: int, female: bool) -> str:
        mm = m + (20 if y >= 2000 else 0)
        serial = f"{self.r.randint(0, 999):03d}"
        sex = self.r.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
        base = f"{y % 100:02d}{mm:02d}{d:02d}{serial}{sex}"
        check = (10 - sum(w * int(c) for w, c in zip([1, 3, 7, 9, 1, 3, 7, 9, 1, 3], base)) % 10) % 10
        return base + str(check)

    def pl_id_card(self) -> str:
        letters = "".join(self.r.choice(string.ascii_uppercase) for _ in range(3))
        digits = [self.r.randint(0, 9) for _ in range(5)]
        values = [ord(c) - 55 for c in letters]
        check = (
            sum(w * v for w, v in zip([7, 3, 1], values))
            + sum(w * v for w, v in zip([7, 3, 1, 7, 3], digits))
        ) % 10
        return letters + str(check) + "".join(map(str, digits))

    def no_account(self) -> str:
        while True:
            base = [
                int(c) for c in self.pick(["1503", "1204", "9710", "3000", "1254", "6011"]) + self.digits(6)
            ]
            k = 11 - sum(w * x for w, x in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], base)) % 11
            if k == 10:
                continue
            k = 0 if k == 11 else k
            return "".join(map(str, base)) + str(k)

    def iban_of(self, country: str, bban: str) -> str:
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        return f"{country}{98 - int(numeric) % 97:02d}{bban}"

    def pl_nrb_bban(self) -> str:
        bank = self.pick(["1020", "1050", "1140", "1090", "2490", "1160"]) + self.digits(3)
        bank_check = (10 - sum(w * int(c) for w, c in zip([3, 9, 7, 1, 3, 9, 7], bank)) % 10) % 10
        return bank + str(bank_check) + "".join(str(self.r.randint(0, 9)) for _ in range(16))

    def spaced(self, raw: str) -> str:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def aba(self) -> str:
        while True:
            d = [int(c) for c in self.pick(["0210", "0260", "1110", "3250", "1020", "1250"]) + self.digits(4)]
            for last in range(10):
                w = [*d[:8], last]
                if (3 * (w[0] + w[3] + w[6]) + 7 * (w[1] + w[4] + w[7]) + (w[2] + w[5] + w[8])) % 10 == 0:
                    return "".join(map(str, w))

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        trans = dict(
            zip(
                "ABCDEFGHJKLMNPRSTUVWXYZ",
                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            )
        )
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        wmi = self.pick(["5YJ", "7SA", "WVW", "KMH", "1N4", "LRW", "YV1", "WBY"])
        body = (
            wmi
            + "".join(self.r.choice(chars) for _ in range(5))
            + "0"
            + self.pick("PRS")
            + "".join(self.r.choice(chars) for _ in range(1))
            + self.digits(6)
        )
        total = sum(w * (int(c) if c.isdigit() else trans[c]) for w, c in zip(weights, body))
        check = "X" if total % 11 == 10 else str(total % 11)
        return body[:8] + check + body[9:]

    def kid(self) -> str:
        base = self.digits(9)
        total = 0
        for i, c in enumerate(reversed(base)):
            n = int(c) * (2 if i % 2 == 0 else 1)
            total += n - 9 if n > 9 else n
        return base + str((10 - total % 10) % 10)

    def org_no(self) -> str:
        while True:
            base = [int(c) for c in self.pick(["9", "8"]) + self.digits(7)]
            k = 11 - sum(w * x for w, x in zip([3, 2, 7, 6, 5, 4, 3, 2], base)) % 11
            if k == 10:
                continue
            return "".join(map(str, base)) + str(0 if k == 11 else k)

    def nip(self) -> str:
        while True:
            base = [int(c) for c in self.digits(9)]
            k = sum(w * x for w, x in zip([6, 5, 7, 2, 3, 4, 5, 6, 7], base)) % 11
            if k != 10:
                return "".join(map(str, base)) + str(k)

    def pm(self) -> str:
        return "pm_1" + "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(23))

    def sha256(self, text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()

    def near(self, lat: float, lon: float, spread=0.04) -> tuple[float, float]:
        return round(lat + self.r.uniform(-spread, spread), 6), round(
            lon + self.r.uniform(-spread, spread), 6
        )

    # -- a person ---------------------------------------------------------------------------------

    def person(self, market=None) -> dict:
        r = self.r
        market = market or self.pick(["NO", "NO", "NO", "PL", "PL", "US", "US"])
        female = r.random() < 0.5
        y, m, d = r.randint(1958, 2006), r.randint(1, 12), r.randint(1, 28)
        p = {"market": market, "female": female, "dob": f"{y}-{m:02d}-{d:02d}", "birth_year": y}
        if market == "NO":
            first = self.pick(NO_FIRST_F if female else NO_FIRST_M)
            last = self.pick(NO_LAST)
            city, lat, lon, postal = self.pick(NO_CITIES)
            p["postal"] = postal(r)
            p["street"] = f"{self.pick(NO_STREETS)} {r.randint(1, 120)}{self.pick(['', '', 'B', 'A'])}"
            p["state"] = {
                "Oslo": "Oslo",
                "Bergen": "Vestland",
                "Trondheim": "Trøndelag",
                "Stavanger": "Rogaland",
            }[city]
            p["tz"] = "Europe/Oslo"
            mob = self.pick(["4", "9"]) + self.digits(7)
            p["phone"] = self.pick(
                [f"+47 {mob[:3]} {mob[3:5]} {mob[5:]}", mob, f"+47{mob}", f"{mob[:3]} {mob[3:5]} {mob[5:]}"]
            )
            p["nid"] = self.fnr(y, m, d)
            acct = self.no_account()
            p["account"] = self.pick([f"{acct[:4]}.{acct[4:6]}.{acct[6:]}", acct])
            p["iban"] = self.iban_of("NO", acct)
            p["plate"] = f"{self.pick(['EL', 'EK', 'EV', 'EB', 'EC'])} {r.randint(10000, 99999)}"
            p["licence"] = " ".join([self.digits(2), self.digits(2), self.digits(6), self.digits(1)])
        elif market == "PL":
            first = self.pick(PL_FIRST_F if female else PL_FIRST_M)
            last = self.pick(PL_LAST)[1 if female else 0]
            city, lat, lon, postal = self.pick(PL_CITIES)
            p["postal"] = postal(r)
            flat = self.pick(["", f"/{r.randint(1, 80)}", f" m. {r.randint(1, 120)}"])
            p["street"] = f"{self.pick(PL_STREETS)} {r.randint(1, 200)}{self.pick(['', 'A', ''])}{flat}"
            p["state"] = {
                "Warszawa": "mazowieckie",
                "Kraków": "małopolskie",
                "Gdańsk": "pomorskie",
                "Wrocław": "dolnośląskie",
                "Łódź": "łódzkie",
            }[city]
            p["tz"] = "Europe/Warsaw"
            mob = self.pick(["5", "6", "7", "8"]) + self.digits(8)
            p["phone"] = self.pick(
                [f"+48 {mob[:3]} {mob[3:6]} {mob[6:]}", f"{mob[:3]}-{mob[3:6]}-{mob[6:]}", mob, f"+48{mob}"]
            )
            p["nid"] = self.pesel(y, m, d, female)
            bban = self.pl_nrb_bban()
            ib = self.iban_of("PL", bban)
            p["account"] = self.pick([ib[2:], self.spaced(ib[2:])])
            p["iban"] = ib
            p["plate"] = (
                self.pick(["WA", "WI", "KR", "GD", "DW", "EL", "WX"])
                + " "
                + self.pick(
                    [
                        self.digits(5),
                        f"{r.randint(1, 9)}{self.pick('ACEFHJKLMNPRTUVWXY')}{self.digits(3)}",
                        self.digits(3) + "AB",
                    ]
                )
            )
            p["licence"] = f"{r.randint(1, 99999):05d}/{r.randint(5, 24):02d}/{r.randint(1000, 3299)}"
        else:
            first = self.pick(US_FIRST_F if female else US_FIRST_M)
            last = self.pick(US_LAST)
            city, lat, lon, postal, state, tz = self.pick(US_CITIES)
            p["postal"] = postal(r)
            p["street"] = f"{r.randint(10, 9899)} {self.pick(US_STREETS)}" + self.pick(
                ["", "", f" Apt {r.randint(1, 40)}{self.pick('ABCD')}", f" #{r.randint(100, 999)}"]
            )
            p["state"] = state
            p["tz"] = tz
            p["phone"] = self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))
            p["nid"] = self.ssn()
            p["account"] = self.digits(r.randint(9, 12))
            p["iban"] = None
            p["plate"] = self.pick(
                [
                    f"{r.randint(1, 9)}{self.pick(['ABC', 'KXR', 'TMV', 'PLD'])}{r.randint(100, 999)}",
                    f"{''.join(r.choice(string.ascii_uppercase) for _ in range(3))}-{r.randint(1000, 9999)}",
                    f"{''.join(r.choice(string.ascii_uppercase) for _ in range(3))} {r.randint(100, 999)}",
                ]
            )
            p["licence"] = self.pick(
                [
                    self.digits(8),
                    "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
                    f"{self.digits(2)}-{self.digits(3)}-{self.digits(4)}",
                ]
            )
        p["first"], p["last"], p["full"] = first, last, f"{first} {last}"
        p["city"] = city
        p["country"] = market
        sep = self.pick([".", "", "_", "."])
        local = ascii_fold(first).lower().split()[0] + sep + ascii_fold(last).lower()
        p["email"] = (
            local + self.pick(["", "", str(r.randint(1, 99)), str(y)]) + "@" + self.pick(DOMAINS[market])
        )
        p["home_lat"], p["home_lon"] = self.near(lat, lon, 0.06)
        p["lat"], p["lon"] = self.near(lat, lon)
        p["lat2"], p["lon2"] = self.near(lat, lon)
        p["city_lat"], p["city_lon"] = lat, lon
        p["locale"] = self.pick(LOCALES[market])
        p["currency"] = CURRENCY[market]
        p["carrier"] = self.pick(CARRIERS[market])
        p["ip"] = self.ipv4() if r.random() < 0.8 else self.ipv6()
        return p


def P(key):
    return lambda f: f.p[key]


def OTHER(key):
    return lambda f: f.o[key]


def money(f, lo, hi):
    scale = {"NOK": 1, "PLN": 0.4, "USD": 0.1}[f.p["currency"]]
    return round(f.r.uniform(lo, hi) * scale, 2)


# -- contexts -------------------------------------------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
WEB_PAGES = [
    ("/", "VoltRide - Lad og kjør"),
    ("/pricing", "Priser | VoltRide"),
    ("/charge/map", "Ladestasjoner | VoltRide"),
    ("/business/fleet", "VoltRide for Business"),
    ("/shop/cables", "Ladekabler - VoltRide Shop"),
    ("/pl/cennik", "Cennik | VoltRide"),
    ("/us/ride-pass", "Ride Pass | VoltRide"),
]


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0", "npm:next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.finn.no/",
                        "https://elbil.no/",
                        "https://www.bing.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?ref=app", "?lang=pl"])
            ),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "url": G(lambda f: "https://www.voltride.no" + f.pick(WEB_PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
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
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android", "Linux"])),
        },
        "locale": G(P("locale")),
        "timezone": G(P("tz")),
        "ip": Y(P("ip"), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["vinterlading_2024", "ride_pass_spring", "bf_akcesoria", "fleet_q3"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "elbil.no"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "referral"])),
            "term": G(
                lambda f: f.pick(
                    ["hurtiglader oslo", "ladowarka samochodowa", "ev charging near me", "elsparkesykkel"]
                )
            ),
            "content": G(lambda f: f.pick(["banner_a", "carousel_2", "textlink", "video_15s"])),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "VoltRide"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.1"])),
            "build": G(lambda f: f.pick(["41800", "41802", "41910"])),
            "namespace": G(lambda f: "no.voltride.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.2"])),
        },
        "locale": G(P("locale")),
        "network": {
            "carrier": G(P("carrier")),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "height": G(lambda f: f.pick([844, 852, 932])),
            "width": G(lambda f: f.pick([390, 393, 430])),
        },
        "timezone": G(P("tz")),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "usr_" + f.hexid(12)),
            "email": Y(P("email"), "email"),
            "phone": Y(P("phone"), "phone"),
        },
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "VoltRide"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.3", "4.19.0"])),
            "namespace": G(lambda f: "no.voltride.android"),
            "build": G(lambda f: f.pick(["4180", "4183", "4190"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "23049PCD8G", "CPH2581"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "marble", "OP5913L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.1", "1.16.3"])),
        },
        "locale": G(P("locale")),
        "network": {
            "carrier": G(P("carrier")),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400, 2992])),
            "width": G(lambda f: f.pick([1080, 1344])),
        },
        "timezone": G(P("tz")),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "usr_" + f.hexid(12)),
            "email": Y(P("email"), "email"),
            "firstName": Y(P("first"), "name"),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; 23049PCD8G Build/TKQ1.221114.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(P("lat"), "geolocation"),
            "longitude": Y(P("lon"), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 7), 1)),
        },
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "VoltRide"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.1", "4.19.0"])),
            "build": G(lambda f: f.pick(["1041", "1044", "1050"])),
            "namespace": G(lambda f: f.pick(["no.voltride.app", "no.voltride.android"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "cancunf"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "token": RED(
                lambda f: f.pick([f.hexid(64), "f" + f.hexid(21) + ":APA91b" + f.hexid(40)]), "token"
            ),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.17.0", "2.19.1", "2.19.2"])),
        },
        "locale": G(P("locale")),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "timezone": G(P("tz")),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "usr_" + f.hexid(12))},
        "instanceId": G(lambda f: f.uuid()),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "VoltRide Tech"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: "no.voltride.tech"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Zebra Technologies", "Apple"])),
            "model": G(lambda f: f.pick(["SM-G736B", "TC58", "iPhone12,8"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.0.3", "1.1.0", "1.1.1"])),
        },
        "locale": G(P("locale")),
        "timezone": G(P("tz")),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.2"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1080, 720, 750])),
            "height": G(lambda f: f.pick([2408, 1280, 1334])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "location": {
            "latitude": Y(P("lat"), "geolocation"),
            "longitude": Y(P("lon"), "geolocation"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.4"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.2.1", "3.3.0", "3.3.0"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.0", "3.8.1", "3.8.1"]),
}


def server_context(lib):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "ruby"):
        ctx["ip"] = Y(P("ip"), "ip")
    if lib == "node":
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
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
        ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
    if lib == "dotnet":
        ctx["timezone"] = G(P("tz"))
    return ctx


MOBILE = ["swift", "kotlin", "rn"]
CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: (lambda lib=lib: server_context(lib)) for lib in SERVER_LIBS},
}

# -- shared pieces -------------------------------------------------------------------------------------

STATIONS = [
    ("Storo Storsenter", "Vitaminveien 7", "Oslo", 59.9465, 10.7736),
    ("Gardermoen P10", "Edvard Munchs veg 1", "Gardermoen", 60.1939, 11.1004),
    ("Lagunen Bergen", "Laguneveien 1", "Bergen", 60.3264, 5.3366),
    ("Galeria Mokotów", "ul. Wołoska 12", "Warszawa", 52.1800, 21.0030),
    ("Bonarka City Center", "ul. Kamieńskiego 11", "Kraków", 50.0276, 19.9520),
    ("Whole Foods Lamar", "525 N Lamar Blvd", "Austin", 30.2704, -97.7531),
    ("Northgate Station", "10200 1st Ave NE", "Seattle", 47.7023, -122.3281),
]
CHARGER_VENDORS = ["Kempower", "Alpitronic", "ABB", "Zaptec", "Easee", "Tritium"]
CONNECTORS = ["CCS2", "Type 2", "CHAdeMO", "NACS", "CCS1"]
EV_MODELS = [
    "Tesla Model Y",
    "Volkswagen ID.4",
    "Hyundai Ioniq 5",
    "Skoda Enyaq",
    "Polestar 2",
    "Nissan Leaf",
    "Kia EV6",
]


def station_leaf():
    return {
        "name": G(lambda f: f.pick(STATIONS)[0]),
        "address": G(lambda f: f.pick(STATIONS)[1]),
        "city": G(lambda f: f.pick(STATIONS)[2]),
        "lat": G(lambda f: f.pick(STATIONS)[3]),
        "lng": G(lambda f: f.pick(STATIONS)[4]),
        "operator": G(lambda f: f.pick(["VoltRide", "Mer", "Circle K", "GreenWay", "EVgo"])),
    }


def product():
    return {
        "product_id": G(lambda f: "prd_" + f.digits(6)),
        "sku": G(
            lambda f: f.pick(
                ["CBL-T2-7M-22", "HLM-URB-M", "HLM-URB-L", "MNT-PHN-01", "RFID-CARD-STD", "PASS-30D"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Type 2 Charging Cable 7m 22 kW",
                    "Urban Helmet M",
                    "Urban Helmet L",
                    "Phone Mount",
                    "Charge Card (RFID)",
                    "Ride Pass 30 Days",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Cables", "Safety", "Accessories", "Passes"])),
        "brand": G(lambda f: f.pick(["VoltRide", "Juice Technology", "Thousand", "Quad Lock"])),
        "price": G(lambda f: money(f, 49, 2490)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def addr_block(kind: str):
    """The person's own address (billing / shipping): yellow."""
    return {
        "name": Y(P("full"), "name"),
        "line1": Y(P("street"), "address|street"),
        "city": Y(P("city"), "city"),
        "postal_code": Y(P("postal"), "zipcode"),
        "state": G(P("state")),
        "country": G(P("country")),
    }


def local(f: F, texts: dict[str, list[str]]) -> str:
    """A text in the person's language (or English, which every market also writes)."""
    return f.pick(texts[f.p["market"]] + texts.get("en", []))


def chat_with_pii(f: F) -> str:
    p = f.p
    return local(
        f,
        {
            "NO": [
                f"Hei, jeg ble trukket to ganger for samme lading. Ring meg på {p['phone']}",
                f"Kan dere sende kvitteringen til {p['email']}?",
            ],
            "PL": [
                f"Dzień dobry, hulajnoga się nie zablokowała. Mój numer: {p['phone']}",
                f"Proszę o fakturę na adres {p['email']}",
            ],
            "US": [f"Changed my email, please use {p['email']} for the account"],
            "en": [
                f"Can you send the receipt to {p['email']}? The app one bounced",
                f"The charger stopped at 40%. Reach me at {p['phone']}",
                f"Please close my account, login email {p['email']}",
            ],
        },
    )


def damage_comment(f: F) -> str:
    o = f.o
    return local(
        f,
        {
            "NO": [f"Bil rygget inn i sparkesykkelen ved krysset. Sjåfør: {o['full']}, tlf {o['phone']}"],
            "PL": [f"Samochód uderzył w hulajnogę, kierowca podał numer {o['phone']}"],
            "US": [f"Door opened into my lane. Driver's phone {o['phone']}"],
            "en": [
                f"Got clipped by a cyclist, he gave me his number {o['phone']}",
                f"Scooter was already damaged, witness {o['first']} ({o['phone']}) saw it",
            ],
        },
    )


def gift_message(f: F) -> str:
    n = f.o["first"]
    return local(
        f,
        {
            "NO": [f"Gratulerer med dagen, {n}!", f"{n}, god tur til Geilo!"],
            "PL": [f"Wszystkiego najlepszego, {n}!", f"{n}, wesołych świąt!"],
            "US": [f"For you {n}, no more bus :)"],
            "en": [f"Happy birthday {n}! Ride safe"],
        },
    )


def push_body(f: F) -> str:
    n = f.p["first"]
    return local(
        f,
        {
            "NO": [f"{n}, bilen din er ladet til 80 %"],
            "PL": [f"{n}, Twoje auto jest naładowane"],
            "US": [f"Good news {n}: 20% off your next ride"],
            "en": [f"Hi {n}, your Ride Pass renews tomorrow"],
        },
    )


def dispute_statement(f: F) -> str:
    ph = f.p["phone"]
    return local(
        f,
        {
            "NO": [f"Jeg parkerte i sonen, se bildet. Ring meg på {ph}"],
            "PL": [f"Hulajnoga stała prawidłowo. Proszę o kontakt: {ph}"],
            "US": [f"Someone else moved it after my ride ended, my number is {ph}"],
            "en": [f"I was not riding at that time. Call me {ph}"],
        },
    )


BICS = {
    "NO": ["DNBANOKKXXX", "NDEANOKKXXX", "SPRONO22XXX"],
    "PL": ["PKOPPLPWXXX", "BREXPLPWXXX", "INGBPLPWXXX"],
}


# -- events --------------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, body, weight); for identify and group the body is traits.

EVENTS = [
    # -- identity --------------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn"],
        {
            "email": Y(P("email"), "email"),
            "firstName": Y(P("first"), "name"),
            "lastName": Y(P("last"), "name"),
            "phone": Y(P("phone"), "phone"),
            "birthday": Y(P("dob"), "birthdate"),
            "address": {
                "street": Y(P("street"), "address|street"),
                "city": Y(P("city"), "city"),
                "postalCode": Y(P("postal"), "zipcode"),
                "country": G(P("country")),
            },
            "createdAt": G(lambda f: f.iso()),
            "homeMarket": G(lambda f: f.pick(["oslo", "bergen", "warszawa", "krakow", "austin", "seattle"])),
            "plan": G(lambda f: f.pick(["pay_as_you_go", "ride_pass_30", "charge_plus", "business"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "licenceVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "referralCode": G(
                lambda f: (
                    "VR-" + "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(6))
                )
            ),
            "age": G(lambda f: f.r.randint(18, 70)),
            "avatar": Y(lambda f: f"https://cdn.voltride.no/avatars/{f.hexid(20)}.jpg", "photo"),
            "preferredLanguage": G(lambda f: f.pick(["nb", "pl", "en", "uk"])),
        },
        3,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "fornavn": Y(P("first"), "name"),
            "etternavn": Y(P("last"), "name"),
            "epost": Y(P("email"), "email"),
            "mobilnummer": Y(P("phone"), "phone"),
            "fodselsdato": Y(P("dob"), "birthdate"),
            "adresse": Y(P("street"), "address|street"),
            "postnummer": Y(P("postal"), "zipcode"),
            "poststed": Y(P("city"), "city"),
            "kundenummer": G(lambda f: f.digits(8)),
            "kundetype": G(lambda f: f.pick(["privat", "bedrift", "borettslag"])),
            "samtykke_markedsforing": G(lambda f: f.pick([True, False])),
            "antall_ladebrikker": G(lambda f: f.r.randint(0, 4)),
            "opprettet": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "FIRST_NAME": Y(P("first"), "name"),
            "LAST_NAME": Y(P("last"), "name"),
            "EMAIL": Y(P("email"), "email"),
            "PHONE_NUMBER": Y(P("phone"), "phone"),
            "HOME_POSTCODE": Y(P("postal"), "zipcode"),
            "COUNTRY_CODE": G(P("country")),
            "LIFETIME_KWH": G(lambda f: round(f.r.uniform(0, 12000), 2)),
            "LIFETIME_RIDES": G(lambda f: f.r.randint(0, 900)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LAST_SESSION_AT": G(lambda f: f.iso()),
            "IS_BUSINESS": G(lambda f: f.pick([True, False])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
        2,
    ),
    (
        "track",
        "Konto Utworzone",
        ["php"],
        {
            "imie": Y(P("first"), "name"),
            "nazwisko": Y(P("last"), "name"),
            "adres_email": Y(P("email"), "email"),
            "telefon": Y(P("phone"), "phone"),
            "pesel": RED(P("nid"), "national id"),
            "data_urodzenia": Y(P("dob"), "birthdate"),
            "plec": Y(lambda f: "K" if f.p["female"] else "M", "gender|sex"),
            "ulica": Y(P("street"), "street|address"),
            "kod_pocztowy": Y(P("postal"), "zipcode"),
            "miasto": Y(P("city"), "city"),
            "wojewodztwo": G(P("state")),
            "numer_klienta": G(lambda f: "PL" + f.digits(9)),
            "zgoda_marketingowa": G(lambda f: f.pick([True, False])),
            "zrodlo": G(lambda f: f.pick(["aplikacja", "www", "partner"])),
        },
        1,
    ),
    ("alias", None, ["web", "swift", "kotlin", "python"], {}, 1),
    (
        "track",
        "Sign Up Form Submitted",
        ["web"],
        {
            "email": Y(P("email"), "email"),
            "password": RED(
                lambda f: f.pick(["Sommer2024!", "kotek123", "Voltride#88", "hunter2hunter2", "Lade!Bil77"]),
                "password",
            ),
            "confirm_password": RED(
                lambda f: f.pick(["Sommer2024!", "kotek123", "Voltride#88", "hunter2hunter2"]), "password"
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: f.pick(["", "VR-8KQ2ZD", "VR-P0L3X1", "VR-US77AB"])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(f.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(60))
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(f.r.choice(string.ascii_letters + string.digits + "_-") for _ in range(56))
                ),
                "advertising id",
            ),
            "form_version": G(lambda f: f.pick(["v3", "v4", "v4b"])),
            "time_to_submit_ms": G(lambda f: f.r.randint(8000, 190000)),
        },
        2,
    ),
    (
        "track",
        "Signup Field Completed",
        ["web", "rn"],
        {
            "form": G(lambda f: "signup"),
            "field": G(lambda f: f.pick(["email", "phone"])),
            "value": Y(lambda f: f.pick([f.p["email"], f.p["phone"]]), "email|phone", True),
            "valid": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
        2,
    ),
    (
        "track",
        "Address Autocomplete Requested",
        ["web", "swift", "kotlin"],
        {
            "input": Y(lambda f: f.p["street"] + f.pick(["", ", " + f.p["city"]]), "address|street", True),
            "sessionToken": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["google_places", "mapbox", "kartverket"])),
            "suggestionsReturned": G(lambda f: f.r.randint(0, 5)),
            "purpose": G(lambda f: f.pick(["home_address", "billing_address", "charger_install"])),
        },
        1,
    ),
    (
        "track",
        "Phone Verification Code Sent",
        ["node"],
        {
            "phone": Y(P("phone"), "phone"),
            "verificationCode": RED(lambda f: f.digits(6), "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "expiresInSec": G(lambda f: f.pick([300, 600, 900])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "sinch", "messagebird"])),
            "phoneCountry": G(P("country")),
        },
        2,
    ),
    (
        "track",
        "Magic Link Sent",
        ["node"],
        {
            "email": Y(P("email"), "email"),
            "loginUrl": RED(
                lambda f: (
                    "https://app.voltride.no/auth/magic?token="
                    + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(43))
                ),
                "token",
            ),
            "expiresAt": G(lambda f: f.iso()),
            "requestIp": Y(P("ip"), "ip"),
            "emailProvider": G(lambda f: f.pick(["postmark", "sendgrid", "ses"])),
        },
        1,
    ),
    (
        "track",
        "Signed In",
        [*MOBILE, "web"],
        {
            "method": G(lambda f: f.pick(["magic_link", "password", "apple", "google", "vipps"])),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
            "emailDomain": G(lambda f: f.pick(["gmail.com", "online.no", "wp.pl", "yahoo.com"])),
            "failedAttempts": G(lambda f: f.r.randint(0, 3)),
            "biometricUsed": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # -- licence & identity checks ------------------------------------------------------------------
    (
        "track",
        "Driving Licence Verification Completed",
        ["python"],
        {
            "status": G(lambda f: f.pick(["success", "success", "declined", "resubmission_requested"])),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "reason": G(
                    lambda f: f.pick(["", "Document expired", "Face mismatch", "Poor image quality"])
                ),
                "decisionTime": G(lambda f: f.iso()),
                "person": {
                    "firstName": Y(lambda f: f.p["first"].upper(), "name"),
                    "lastName": Y(lambda f: f.p["last"].upper(), "name"),
                    "dateOfBirth": Y(P("dob"), "birthdate"),
                    "gender": Y(lambda f: "F" if f.p["female"] else "M", "gender|sex"),
                    "nationality": Y(
                        lambda f: f.pick([f.p["country"], f.p["country"], "UA", "SE", "IN"]), "citizenship"
                    ),
                    "idNumber": RED(
                        lambda f: f.p["nid"] if f.p["market"] != "US" else f.p["licence"], "national id"
                    ),
                },
                "document": {
                    "number": RED(P("licence"), "national id|license"),
                    "type": G(lambda f: "DRIVERS_LICENSE"),
                    "country": G(P("country")),
                    "validFrom": G(lambda f: f.date(2010, 2023)),
                    "validUntil": G(lambda f: f.date(2025, 2035)),
                    "categories": Many(G(lambda f: f.pick(["B", "AM", "A1", "BE", "C1"])), 3),
                },
                "faceMatchScore": G(lambda f: round(f.r.uniform(0.4, 1), 3)),
            },
            "technicalData": {"ip": Y(P("ip"), "ip")},
            "selfieUrl": Y(lambda f: f"https://stationapi.veriff.com/v1/media/{f.uuid()}", "photo"),
        },
        2,
    ),
    (
        "screen",
        "Licence Scan",
        MOBILE,
        {
            "step": G(lambda f: f.pick(["front", "back", "selfie"])),
            "cameraPermission": G(lambda f: f.pick(["granted", "denied", "not_determined"])),
            "retries": G(lambda f: f.r.randint(0, 4)),
        },
        2,
    ),
    # -- charging -------------------------------------------------------------------------------------
    (
        "track",
        "Charging Session Started",
        MOBILE,
        {
            "sessionId": G(lambda f: f.uuid()),
            "chargePointId": G(
                lambda f: (
                    f"VRD-{f.pick(['OSL', 'BGO', 'WAW', 'KRK', 'AUS', 'SEA'])}-{f.r.randint(1, 999):04d}"
                )
            ),
            "evseId": G(
                lambda f: f"{f.pick(['NO', 'PL', 'US'])}*VRD*E{f.r.randint(100, 9999)}*{f.r.randint(1, 4)}"
            ),
            "connectorId": G(lambda f: f.r.randint(1, 4)),
            "connectorType": G(lambda f: f.pick(CONNECTORS)),
            "maxPowerKw": G(lambda f: f.pick([22, 50, 150, 300, 400])),
            "authMethod": G(lambda f: f.pick(["app", "rfid", "plug_and_charge", "qr"])),
            "rfidUid": G(lambda f: "04" + f.hexid(12).upper()),
            "vehicleModel": G(lambda f: f.pick(EV_MODELS)),
            "pricePerKwh": G(lambda f: money(f, 3.5, 7.9)),
            "currency": G(P("currency")),
            "station": station_leaf(),
        },
        4,
    ),
    (
        "track",
        "Charging Session Ended",
        ["java"],
        {
            "sessionId": G(lambda f: f.uuid()),
            "transactionId": G(lambda f: f.r.randint(100000, 99999999)),
            "chargePointId": G(
                lambda f: (
                    f"VRD-{f.pick(['OSL', 'BGO', 'WAW', 'KRK', 'AUS', 'SEA'])}-{f.r.randint(1, 999):04d}"
                )
            ),
            "connectorId": G(lambda f: f.r.randint(1, 4)),
            "chargePointVendor": G(lambda f: f.pick(CHARGER_VENDORS)),
            "chargePointSerialNumber": G(lambda f: f.pick(["KP", "HYC", "ZAP", "EH"]) + f.digits(8)),
            "firmwareVersion": G(lambda f: f.pick(["1.6.3", "2.0.1-rc2", "5.12.0.41"])),
            "meterStartWh": G(lambda f: f.r.randint(10**5, 10**8)),
            "energyKwh": G(lambda f: round(f.r.uniform(2, 95), 3)),
            "durationMin": G(lambda f: f.r.randint(6, 600)),
            "stopReason": G(
                lambda f: f.pick(["EVDisconnected", "Local", "Remote", "EnergyLimitReached", "PowerLoss"])
            ),
            "totalAmount": G(lambda f: money(f, 20, 900)),
            "currency": G(P("currency")),
            "idTag": G(lambda f: "04" + f.hexid(12).upper()),
            "contractId": G(lambda f: f"{f.pick(['NO', 'PL', 'US'])}-VRD-C{f.digits(8)}-{f.r.randint(0, 9)}"),
            "vehicle": {
                "plate": Y(P("plate"), "license"),
                "vin": Y(lambda f: f.vin(), "serial"),
                "model": G(lambda f: f.pick(EV_MODELS)),
            },
        },
        4,
    ),
    (
        "track",
        "Ladeokt Avsluttet",
        ["python"],
        {
            "ladeokt_id": G(lambda f: f.uuid()),
            "ladestasjon": G(lambda f: f.pick(STATIONS[:3])[0]),
            "kwh_levert": G(lambda f: round(f.r.uniform(2, 80), 2)),
            "pris_per_kwh": G(lambda f: round(f.r.uniform(3.5, 7.9), 2)),
            "belop": G(lambda f: round(f.r.uniform(20, 600), 2)),
            "kjennemerke": Y(
                lambda f: f"{f.pick(['EL', 'EK', 'EV', 'EB'])} {f.r.randint(10000, 99999)}", "license"
            ),
            "kundenummer": G(lambda f: f.digits(8)),
            "betalingsmetode": G(lambda f: f.pick(["vipps", "kort", "faktura", "ladebrikke"])),
            "startet": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Charge Card Ordered",
        ["web", "swift"],
        {
            "cardType": G(lambda f: f.pick(["rfid_card", "rfid_tag", "rfid_sticker"])),
            "quantity": G(lambda f: f.r.randint(1, 3)),
            "printedName": Y(P("full"), "name"),
            "deliveryAddress": {
                "line1": Y(P("street"), "address|street"),
                "postalCode": Y(P("postal"), "zipcode"),
                "city": Y(P("city"), "city"),
                "country": G(P("country")),
            },
            "fee": G(lambda f: money(f, 0, 99)),
            "currency": G(P("currency")),
        },
        1,
    ),
    (
        "track",
        "Charge Card Activated",
        ["go"],
        {
            "rfidUid": G(lambda f: "04" + f.hexid(12).upper()),
            "cardNumber": G(lambda f: f"{f.pick(['NO', 'PL', 'US'])}-VRD-C{f.digits(8)}-{f.r.randint(0, 9)}"),
            "activationCode": RED(
                lambda f: "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)), "token"
            ),
            "activatedVia": G(lambda f: f.pick(["app", "web", "support"])),
            "cardsOnAccount": G(lambda f: f.r.randint(1, 5)),
        },
        1,
    ),
    (
        "track",
        "Home Charger Installed",
        ["ruby"],
        {
            "chargerSerial": G(lambda f: f.pick(["EH", "ZAP"]) + f.digits(6)),
            "brand": G(lambda f: f.pick(["Easee", "Zaptec", "Wallbox", "ChargePoint"])),
            "model": G(lambda f: f.pick(["Easee One", "Zaptec Go", "Pulsar Plus", "Home Flex"])),
            "installerCompany": G(
                lambda f: f.pick(["Elektro Nord AS", "Laddhem Sp. z o.o.", "Qmerit", "Bravida"])
            ),
            "installerPhone": G(lambda f: f.pick(["+47 22 10 20 30", "+48 22 100 20 30", "+1 888 555 0142"])),
            "installAddress": {
                "street": Y(P("street"), "address|street"),
                "postalCode": Y(P("postal"), "zipcode"),
                "city": Y(P("city"), "city"),
                "lat": Y(P("home_lat"), "geolocation"),
                "lng": Y(P("home_lon"), "geolocation"),
            },
            "gridOperator": G(
                lambda f: f.pick(["Elvia", "BKK Nett", "Tensio", "PGE Dystrybucja", "Austin Energy"])
            ),
        },
        1,
    ),
    (
        "track",
        "Station Searched",
        [*MOBILE, "web"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "Storo",
                        "Gardermoen",
                        "Trysil",
                        "Zakopane",
                        "ul. Wołoska",
                        "Lamar Blvd",
                        "Geilo sentrum",
                    ]
                )
            ),
            "filters": {
                "connector": G(lambda f: f.pick(CONNECTORS)),
                "availableOnly": G(lambda f: f.pick([True, False])),
            },
            "resultsCount": G(lambda f: f.r.randint(0, 40)),
            "mapCenterLat": G(lambda f: f.pick(STATIONS)[3]),
            "mapCenterLng": G(lambda f: f.pick(STATIONS)[4]),
        },
        2,
    ),
    (
        "track",
        "Route Planned",
        MOBILE,
        {
            "originLat": Y(P("lat"), "geolocation"),
            "originLng": Y(P("lon"), "geolocation"),
            "destinationName": G(
                lambda f: f.pick(["Trysil", "Geilo", "Zakopane", "Sopot", "San Antonio", "Portland"])
            ),
            "destinationLat": G(lambda f: f.pick([61.3151, 60.5342, 49.2992, 54.4418, 29.4241, 45.5152])),
            "destinationLng": G(lambda f: f.pick([12.2640, 8.2011, 19.9496, 18.5601, -98.4936, -122.6784])),
            "chargingStops": G(lambda f: f.r.randint(0, 4)),
            "estimatedKwh": G(lambda f: round(f.r.uniform(10, 140), 1)),
            "vehicleModel": G(lambda f: f.pick(EV_MODELS)),
        },
        1,
    ),
    (
        "track",
        "Saved Place Added",
        MOBILE,
        {
            "label": G(lambda f: f.pick(["Home", "Work", "Hjemme", "Dom", "Praca", "Gym"])),
            "address": Y(lambda f: f"{f.p['street']}, {f.p['postal']} {f.p['city']}", "address"),
            "lat": Y(P("home_lat"), "geolocation"),
            "lng": Y(P("home_lon"), "geolocation"),
            "placesCount": G(lambda f: f.r.randint(1, 6)),
        },
        1,
    ),
    # -- rides ----------------------------------------------------------------------------------------
    (
        "track",
        "Ride Started",
        MOBILE,
        {
            "rideId": G(lambda f: "ride_" + f.hexid(16)),
            "vehicleId": G(lambda f: f"VR-{f.pick(['SC', 'EB'])}-{f.r.randint(1, 99999):05d}"),
            "vehicleType": G(lambda f: f.pick(["scooter", "ebike", "cargo_ebike"])),
            "qrCode": G(lambda f: f.digits(6)),
            "batteryLevel": G(lambda f: f.r.randint(15, 100)),
            "startLat": Y(P("lat"), "geolocation"),
            "startLng": Y(P("lon"), "geolocation"),
            "city": G(lambda f: f.pick(["Oslo", "Bergen", "Warszawa", "Kraków", "Austin", "Washington"])),
            "unlockFee": G(lambda f: money(f, 0, 10)),
            "pricePerMinute": G(lambda f: money(f, 2, 4.5)),
            "currency": G(P("currency")),
        },
        5,
    ),
    (
        "track",
        "Ride Ended",
        MOBILE,
        {
            "rideId": G(lambda f: "ride_" + f.hexid(16)),
            "vehicleId": G(lambda f: f"VR-{f.pick(['SC', 'EB'])}-{f.r.randint(1, 99999):05d}"),
            "frameNumber": G(lambda f: f.pick(["NIU", "SEG", "OKA"]) + f.digits(10)),
            "endLat": Y(P("lat2"), "geolocation"),
            "endLng": Y(P("lon2"), "geolocation"),
            "route_polyline": Y(
                lambda f: "".join(
                    f.r.choice("_@?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz{|}~`^")
                    for _ in range(f.r.randint(40, 90))
                ),
                "geolocation",
            ),
            "distanceM": G(lambda f: f.r.randint(120, 12000)),
            "durationSec": G(lambda f: f.r.randint(60, 3600)),
            "parkingPhotoUrl": G(lambda f: f"https://media.voltride.no/parking/{f.uuid()}.jpg"),
            "parkedInAllowedZone": G(lambda f: f.pick([True, False])),
            "price": G(lambda f: money(f, 15, 180)),
            "helmetDetected": G(lambda f: f.pick([True, False])),
        },
        5,
    ),
    (
        "screen",
        "Ride Summary",
        MOBILE,
        {
            "rideId": G(lambda f: "ride_" + f.hexid(16)),
            "from": G(lambda f: f.pick(["push", "map", "history"])),
            "shareButtonShown": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Parking Fine Issued",
        ["java", "python"],
        {
            "fineId": G(lambda f: "FINE-" + f.digits(7)),
            "rideId": G(lambda f: "ride_" + f.hexid(16)),
            "municipality": G(
                lambda f: f.pick(
                    ["Oslo kommune", "Bergen kommune", "Miasto Stołeczne Warszawa", "City of Austin"]
                )
            ),
            "reason": G(
                lambda f: f.pick(
                    ["blocking_sidewalk", "no_parking_zone", "outside_operating_area", "tipped_over"]
                )
            ),
            "amount": G(lambda f: money(f, 150, 1200)),
            "currency": G(P("currency")),
            "evidencePhotoUrl": G(lambda f: f"https://media.voltride.no/fines/{f.hexid(24)}.jpg"),
        },
        2,
    ),
    (
        "track",
        "Damage Reported",
        MOBILE,
        {
            "reportId": G(lambda f: f.uuid()),
            "vehicleId": G(lambda f: f"VR-{f.pick(['SC', 'EB'])}-{f.r.randint(1, 99999):05d}"),
            "damageType": G(lambda f: f.pick(["brake", "flat_tyre", "broken_stem", "display", "vandalism"])),
            "photos": Many(G(lambda f: f"https://media.voltride.no/damage/{f.uuid()}.jpg"), 3),
            "comments": Y(damage_comment, "phone", True),
            "injuryReported": Y(lambda f: f.pick([True, False]), "condition"),
            "injuryType": Y(
                lambda f: f.pick(["abrasion", "sprained wrist", "fracture", "concussion", "bruising"]),
                "condition|diagnosis",
            ),
            "reportLat": Y(P("lat"), "geolocation"),
            "reportLng": Y(P("lon"), "geolocation"),
            "thirdParty": {
                "name": Y(OTHER("full"), "name"),
                "phone": Y(OTHER("phone"), "phone"),
                "plate": Y(OTHER("plate"), "license"),
                "insurer": G(lambda f: f.pick(["Gjensidige", "If", "PZU", "Warta", "GEICO", "State Farm"])),
                "policyNumber": Y(
                    lambda f: f.pick(["GJ", "IF", "PZU", "GC"]) + f.digits(9), "identification"
                ),
            },
            "policeReportNumber": G(
                lambda f: f.pick(["", f"{f.r.randint(2023, 2024)}-{f.digits(7)}", "KRP-" + f.digits(6)])
            ),
        },
        2,
    ),
    (
        "track",
        "Adaptive Vehicle Requested",
        ["web", "swift"],
        {
            "requestId": G(lambda f: f.uuid()),
            "vehicleKind": G(lambda f: f.pick(["seated_scooter", "trike", "handcycle"])),
            "requiresMobilityAid": RED(lambda f: f.pick([True, False]), "disability"),
            "deliveryWindow": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "programName": G(lambda f: f.pick(["VoltRide Able", "Adaptive Pilot", "Able Austin"])),
        },
        1,
    ),
    # -- payments -------------------------------------------------------------------------------------
    (
        "track",
        "Payment Method Added",
        ["web", "swift", "kotlin"],
        {
            "paymentMethodId": RED(lambda f: f.pm(), "token"),
            "stripeCustomerId": G(
                lambda f: (
                    "cus_" + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(14))
                )
            ),
            "type": G(lambda f: f.pick(["card", "card", "apple_pay", "google_pay"])),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "expMonth": G(lambda f: f.r.randint(1, 12)),
                "expYear": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                "country": G(P("country")),
            },
            "billing_details": {
                "name": Y(P("full"), "name"),
                "email": Y(P("email"), "email"),
                "address": addr_block("billing"),
            },
        },
        2,
    ),
    (
        "track",
        "Wallet Topped Up",
        MOBILE,
        {
            "topUpId": G(lambda f: "top_" + f.hexid(12)),
            "amount": G(lambda f: money(f, 100, 1000)),
            "balanceAfter": G(lambda f: money(f, 100, 2500)),
            "currency": G(P("currency")),
            "method": G(lambda f: f.pick(["card", "vipps", "blik", "apple_pay", "google_pay"])),
            "paymentIntentId": G(
                lambda f: "pi_" + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(24))
            ),
        },
        3,
    ),
    (
        "track",
        "Vipps Payment Initiated",
        ["node"],
        {
            "orderId": G(lambda f: "vr-" + f.digits(10)),
            "amount": G(lambda f: f.r.randint(100, 100000)),
            "msisdn": Y(lambda f: "47" + f.pick(["4", "9"]) + f.digits(7), "phone"),
            "transactionText": G(
                lambda f: f.pick(["VoltRide påfyll 200 kr", "VoltRide lading", "Ride Pass 30 dager"])
            ),
            "flow": G(lambda f: f.pick(["WEB_REDIRECT", "PUSH_MESSAGE", "QR"])),
            "isApp": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "BLIK Payment Initiated",
        ["php"],
        {
            "blik_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "order_id": G(lambda f: "PL/" + f.digits(8)),
            "amount": G(lambda f: round(f.r.uniform(10, 400), 2)),
            "currency": G(lambda f: "PLN"),
            "psp": G(lambda f: f.pick(["przelewy24", "payu", "tpay"])),
            "psp_reference": G(lambda f: f.digits(16)),
        },
        1,
    ),
    (
        "track",
        "Payment Failed",
        ["node", "java"],
        {
            "paymentIntentId": G(
                lambda f: "pi_" + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(24))
            ),
            "declineCode": G(
                lambda f: f.pick(
                    ["insufficient_funds", "do_not_honor", "expired_card", "authentication_required"]
                )
            ),
            "amount": G(lambda f: money(f, 20, 900)),
            "currency": G(P("currency")),
            "cardBin": G(lambda f: f.pick(["457173", "535110", "414720", "492181"])),
            "cardLast4": G(lambda f: f.digits(4)),
            "pspReference": G(lambda f: f.digits(16)),
        },
        2,
    ),
    (
        "track",
        "Card Payment Captured",
        ["go"],
        {
            "merchant_reference": G(lambda f: "VR" + f.digits(10)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder": Y(lambda f: f.p["full"].upper(), "name"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "amount_minor": G(lambda f: f.r.randint(1000, 90000)),
            "currency": G(P("currency")),
            "three_ds_version": G(lambda f: f.pick(["2.1.0", "2.2.0", "2.3.1"])),
        },
        1,
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web"],
        {
            "giftCardId": G(lambda f: "gc_" + f.hexid(10)),
            "amount": G(lambda f: money(f, 200, 1000)),
            "currency": G(P("currency")),
            "recipientName": Y(OTHER("full"), "name"),
            "recipientEmail": Y(OTHER("email"), "email"),
            "message": Y(gift_message, "name", True),
            "deliverOn": G(lambda f: f.date(2024, 2025)),
            "senderName": Y(P("first"), "name"),
        },
        1,
    ),
    # -- juicers (people paid to charge scooters at home) ------------------------------------------------
    (
        "track",
        "Juicer Onboarded",
        ["ruby"],
        {
            "juicer_id": G(lambda f: "jcr_" + f.hexid(10)),
            "full_name": Y(P("full"), "name"),
            "email": Y(P("email"), "email"),
            "mobile": Y(P("phone"), "phone"),
            "home_address": Y(lambda f: f"{f.p['street']}, {f.p['postal']} {f.p['city']}", "address"),
            "pickup_radius_km": G(lambda f: f.pick([2, 5, 10])),
            "chargers_capacity": G(lambda f: f.r.randint(2, 20)),
            "has_van": G(lambda f: f.pick([True, False])),
            "ssn_last4": RED(lambda f: f.p["nid"][-4:], "social security number"),
            "tax_form": G(lambda f: f.pick(["W-9", "none", "1099-NEC"])),
            "date_of_birth": Y(P("dob"), "birthdate"),
        },
        1,
    ),
    (
        "track",
        "Payout Sent",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: "po_" + f.hexid(16)),
            "JuicerId": G(lambda f: "jcr_" + f.hexid(10)),
            "PeriodEnd": G(lambda f: f.date(2024, 2024)),
            "GrossEarnings": Y(lambda f: money(f, 300, 9000), "salary"),
            "Currency": G(P("currency")),
            "AccountHolderName": Y(P("full"), "name"),
            "AccountNumber": RED(P("account"), "bank account"),
            "RoutingNumber": G(lambda f: f.aba() if f.p["market"] == "US" else ""),
            "Iban": RED(lambda f: f.p["iban"] or "", "bank account"),
            "Bic": G(
                lambda f: f.pick(BICS.get(f.p["market"], ["CHASUS33XXX", "BOFAUS3NXXX", "WFBIUS6SXXX"]))
            ),
            "Status": G(lambda f: f.pick(["paid", "pending", "failed"])),
        },
        2,
    ),
    # -- commerce -----------------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "rn"],
        {"query": G(lambda f: f.pick(["type 2 kabel", "kask", "helmet", "phone mount", "ladekabel 10m"]))},
        1,
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        {
            **product(),
            "currency": G(P("currency")),
            "url": G(lambda f: "https://shop.voltride.no/p/" + f.digits(5)),
        },
        2,
    ),
    ("track", "Product Added", ["web", "rn"], {"cart_id": G(lambda f: f.uuid()), **product()}, 2),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "SO-" + f.digits(7)),
            "revenue": G(lambda f: money(f, 49, 4000)),
            "shipping": G(lambda f: money(f, 0, 149)),
            "tax": G(lambda f: money(f, 10, 800)),
            "coupon": G(lambda f: f.pick(["", "VINTER20", "WITAJ10", "RIDEFREE"])),
            "currency": G(P("currency")),
            "products": Many(product()),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: "SO-" + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f, 49, 4000)),
            "tax": G(lambda f: money(f, 10, 800)),
            "shipping": G(lambda f: money(f, 0, 149)),
            "discount": G(lambda f: money(f, 0, 200)),
            "currency": G(P("currency")),
            "products": Many(product()),
            "shipping_address": addr_block("shipping"),
            "billing_address": addr_block("billing"),
            "customer_email": Y(P("email"), "email"),
            "shipping_method": G(
                lambda f: f.pick(
                    ["posten_pakke_i_postkassen", "inpost_paczkomat", "ups_ground", "pickup_in_store"]
                )
            ),
            "paczkomat_id": G(lambda f: f.pick(["", "WAW123M", "KRA01N", "GDA45A"])),
        },
        2,
    ),
    (
        "track",
        "Receipt Email Sent",
        ["python"],
        {
            "to": Y(P("email"), "email", True),
            "from": G(
                lambda f: f.pick(["no-reply@voltride.no", "kvittering@voltride.no", "receipts@voltride.com"])
            ),
            "subject": G(
                lambda f: f.pick(
                    ["Kvittering for lading", "Your VoltRide receipt", "Potwierdzenie płatności"]
                )
            ),
            "template": G(lambda f: f.pick(["receipt_charge_v3", "receipt_ride_v2", "receipt_shop_v1"])),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(10)}@email.amazonses.com>"),
            "opened": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Referral Invite Sent",
        MOBILE,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp", "messenger"])),
            "recipient": Y(lambda f: f.pick([f.o["email"], f.o["phone"]]), "email|phone", True),
            "referralCode": G(
                lambda f: (
                    "VR-" + "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(6))
                )
            ),
            "rewardAmount": G(lambda f: money(f, 50, 200)),
            "invitesSentTotal": G(lambda f: f.r.randint(1, 30)),
            "contactsPermission": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Family Member Added",
        ["swift", "kotlin"],
        {
            "memberName": Y(OTHER("full"), "name"),
            "memberEmail": Y(OTHER("email"), "email"),
            "memberBirthYear": Y(lambda f: f.o["birth_year"], "birthdate"),
            "relationship": G(lambda f: f.pick(["partner", "child", "parent", "other"])),
            "role": G(lambda f: f.pick(["member", "admin"])),
            "chargeCardId": G(lambda f: "04" + f.hexid(12).upper()),
            "monthlyLimit": G(lambda f: money(f, 0, 2000)),
            "membersCount": G(lambda f: f.r.randint(2, 6)),
        },
        1,
    ),
    # -- attribution & ad forwarding -------------------------------------------------------------------
    (
        "track",
        "Install Attributed",
        ["node"],
        {
            "appsflyer_id": G(lambda f: f"{f.digits(13)}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "install_time": G(lambda f: f.iso()),
            "ip": Y(P("ip"), "ip"),
            "country_code": G(P("country")),
        },
        1,
    ),
    (
        "track",
        "Meta CAPI Event Forwarded",
        ["python"],
        {
            "event_name": G(
                lambda f: f.pick(["Purchase", "CompleteRegistration", "Subscribe", "AddPaymentInfo"])
            ),
            "event_source_url": G(lambda f: "https://www.voltride.no" + f.pick(WEB_PAGES)[0]),
            "user_data": {
                "em": Y(lambda f: f.sha256(f.p["email"].lower()), "email"),
                "ph": Y(lambda f: f.sha256("".join(c for c in f.p["phone"] if c.isdigit())), "phone"),
                "external_id": G(lambda f: f.sha256("usr_" + f.hexid(12))),
                "client_ip_address": Y(P("ip"), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: money(f, 49, 2000)),
                "currency": G(P("currency")),
                "content_ids": Many(G(lambda f: f.pick(["CBL-T2-7M-22", "PASS-30D", "HLM-URB-M"])), 2),
            },
        },
        1,
    ),
    # -- fleet operators (B2B) ---------------------------------------------------------------------------
    (
        "group",
        None,
        ["web", "java"],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Bring Cargo AS",
                        "Ruter Servicebil",
                        "InPost Flota Sp. z o.o.",
                        "Oslo Taxi",
                        "Bolt Fleet Warszawa",
                        "Capital Couriers LLC",
                    ]
                )
            ),
            "orgNumber": G(lambda f: f.org_no()),
            "nip": G(lambda f: f.nip()),
            "plan": G(lambda f: f.pick(["fleet_basic", "fleet_pro", "fleet_enterprise"])),
            "invoiceEmail": G(
                lambda f: f.pick(
                    [
                        "faktura@bringcargo.no",
                        "invoices@capitalcouriers.com",
                        "faktury@inpost-flota.pl",
                        "regnskap@oslotaxi.no",
                    ]
                )
            ),
            "officeAddress": {
                "street": G(
                    lambda f: f.pick(
                        [
                            "Postboks 1500 Sentrum",
                            "ul. Pana Tadeusza 4",
                            "1200 K St NW",
                            "Trondheimsveien 135",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Oslo", "Kraków", "Washington", "Bergen"])),
                "postalCode": G(lambda f: f.pick(["0106", "30-727", "20005", "5003"])),
                "country": G(lambda f: f.pick(["NO", "PL", "US"])),
            },
            "mainPhone": G(
                lambda f: f.pick(["+47 23 00 40 00", "+48 12 200 40 00", "+1 202 555 0170", "+47 02323"])
            ),
            "contactPerson": Y(P("full"), "name"),
            "contactPersonPhone": Y(P("phone"), "phone"),
        },
        2,
    ),
    (
        "track",
        "Fleet Vehicle Assigned",
        ["java"],
        {
            "fleetId": G(lambda f: "flt_" + f.digits(5)),
            "vehicleId": G(lambda f: "veh_" + f.hexid(8)),
            "plate": Y(P("plate"), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "driverEmployeeId": G(lambda f: "E" + f.digits(5)),
            "driverName": Y(P("full"), "name"),
            "driverEmail": Y(P("email"), "email"),
            "costCenter": G(lambda f: f.pick(["CC-4100", "CC-4200", "KOSZT-12", "OPS-US-3"])),
            "chargeCardUid": G(lambda f: "04" + f.hexid(12).upper()),
        },
        2,
    ),
    (
        "track",
        "Invoice Issued",
        ["python"],
        {
            "invoice_number": G(lambda f: f"2024-{f.digits(6)}"),
            "kid": G(lambda f: f.kid()),
            "org_number": G(lambda f: f.org_no()),
            "deres_ref": Y(P("full"), "name", True),
            "var_ref": G(lambda f: f.pick(["Fleet team", "Salg Øst", "Key Accounts"])),
            "belop_eks_mva": G(lambda f: round(f.r.uniform(1000, 250000), 2)),
            "forfallsdato": G(lambda f: f.date(2024, 2025)),
        },
        2,
    ),
    (
        "track",
        "Admin User Lookup",
        ["web"],
        {
            "q": Y(lambda f: f.pick([f.o["email"], f.o["phone"]]), "email|phone", True),
            "resultsCount": G(lambda f: f.r.randint(0, 3)),
            "adminRole": G(lambda f: f.pick(["support_l1", "support_l2", "fleet_admin"])),
            "searchedBy": G(lambda f: "adm_" + f.digits(4)),
        },
        1,
    ),
    # -- field technicians ---------------------------------------------------------------------------------
    (
        "track",
        "Work Order Completed",
        ["flutter"],
        {
            "workOrderId": G(lambda f: "WO-" + f.digits(7)),
            "chargePointId": G(
                lambda f: (
                    f"VRD-{f.pick(['OSL', 'BGO', 'WAW', 'KRK', 'AUS', 'SEA'])}-{f.r.randint(1, 999):04d}"
                )
            ),
            "technicianId": G(lambda f: "T" + f.digits(4)),
            "technicianName": Y(P("full"), "name"),
            "technicianLat": Y(P("lat"), "geolocation"),
            "technicianLng": Y(P("lon"), "geolocation"),
            "partsUsed": Many(
                {
                    "partNumber": G(
                        lambda f: f.pick(["KP-CBL-CCS2-5M", "ZAP-RELAY-02", "ABB-PSU-50", "GEN-FUSE-32A"])
                    ),
                    "description": G(
                        lambda f: f.pick(["CCS2 cable 5 m", "Relay board", "Power module 50 kW", "Fuse 32 A"])
                    ),
                    "qty": G(lambda f: f.r.randint(1, 4)),
                },
                3,
            ),
            "note": G(
                lambda f: f.pick(
                    [
                        "Replaced CCS2 cable, tested 140 kW OK",
                        "Firmware updated to 1.6.3, rebooted",
                        "Cleaned display and RFID reader",
                        "Wymieniono przekaźnik, test OK",
                        "Ground fault cleared after RCD reset",
                    ]
                )
            ),
            "siteContactName": Y(OTHER("full"), "name"),
            "siteContactPhone": Y(OTHER("phone"), "phone"),
            "fixedFirstVisit": G(lambda f: f.pick([True, False])),
            "sitePhotoUrl": G(lambda f: f"https://media.voltride.no/sites/{f.uuid()}.jpg"),
        },
        3,
    ),
    (
        "track",
        "Technician Onboarded",
        ["dotnet"],
        {
            "EmployeeNumber": G(lambda f: f.digits(6)),
            "FullName": Y(P("full"), "name"),
            "WorkEmail": Y(
                lambda f: (
                    ascii_fold(f.p["first"]).lower().split()[0]
                    + "."
                    + ascii_fold(f.p["last"]).lower()
                    + "@voltride.no"
                ),
                "email",
            ),
            "MobilePhone": Y(P("phone"), "phone"),
            "DateOfBirth": Y(P("dob"), "birthdate"),
            "JobTitle": G(
                lambda f: f.pick(
                    ["Field Service Technician", "Senior Electrician", "Serwisant", "Servicetekniker"]
                )
            ),
            "EmploymentType": G(lambda f: f.pick(["Permanent", "Contractor", "Temporary"])),
            "HourlyRate": Y(lambda f: money(f, 280, 520), "salary"),
            "Currency": G(P("currency")),
            "HomeDepot": G(lambda f: f.pick(["Alnabru", "Kokstad", "Warszawa Okęcie", "Austin North"])),
            "RequiresVisaSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "UnionDuesDeduction": Y(lambda f: f.pick([True, False]), "trade union"),
            "EmergencyContact": {
                "Name": Y(OTHER("full"), "name"),
                "Phone": Y(OTHER("phone"), "phone"),
                "Relationship": G(lambda f: f.pick(["Spouse", "Parent", "Sibling", "Friend"])),
            },
            "BankAccount": RED(P("account"), "bank account"),
            "StartDate": G(lambda f: f.date(2023, 2025)),
            "ElectricianCertificateNo": Y(
                lambda f: f.pick(["FSE-", "SEP-", "TECLR-"]) + f.digits(7), "certificate"
            ),
        },
        1,
    ),
    (
        "track",
        "Background Check Completed",
        ["ruby"],
        {
            "report_id": G(lambda f: f.hexid(24)),
            "package": G(lambda f: f.pick(["driver_pro", "tasker_standard", "essential"])),
            "status": G(lambda f: f.pick(["clear", "consider", "suspended"])),
            "candidate": {
                "first_name": Y(P("first"), "name"),
                "last_name": Y(P("last"), "name"),
                "email": Y(P("email"), "email"),
                "dob": Y(P("dob"), "birthdate"),
                "ssn": RED(P("nid"), "social security number"),
                "zipcode": Y(P("postal"), "zipcode"),
                "driver_license_number": RED(P("licence"), "national id|license"),
                "driver_license_state": G(lambda f: f.pick(["TX", "WA", "CO", "NY"])),
            },
            "adjudication": G(lambda f: f.pick(["", "engaged", "pre_adverse_action"])),
            "turnaround_hours": G(lambda f: f.r.randint(2, 120)),
        },
        1,
    ),
    (
        "track",
        "Field Call Connected",
        ["go"],
        {
            "callId": G(lambda f: "call_" + f.hexid(12)),
            "proxyNumber": G(lambda f: f.pick(["+47 59 44 10 20", "+48 22 307 11 00", "+1 512 555 0190"])),
            "durationSec": G(lambda f: f.r.randint(5, 900)),
            "initiatedBy": G(lambda f: f.pick(["technician", "site_contact", "dispatcher"])),
            "workOrderId": G(lambda f: "WO-" + f.digits(7)),
        },
        1,
    ),
    # -- support -------------------------------------------------------------------------------------------
    (
        "track",
        "Support Chat Started",
        [*MOBILE, "web"],
        {
            "conversationId": G(lambda f: f.digits(12)),
            "topic": G(
                lambda f: f.pick(["billing", "charging_issue", "ride_issue", "account", "fine_dispute"])
            ),
            "rideId": G(lambda f: "ride_" + f.hexid(16)),
            "language": G(lambda f: f.pick(["nb", "pl", "en"])),
            "botHandled": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Support Message Sent",
        MOBILE,
        {
            "conversationId": G(lambda f: f.digits(12)),
            "text": Y(chat_with_pii, "phone|email", True),
            "attachmentCount": G(lambda f: f.r.randint(0, 3)),
            "authorType": G(lambda f: "user"),
        },
        2,
    ),
    (
        "track",
        "Agent Replied",
        ["node"],
        {
            "conversationId": G(lambda f: f.digits(12)),
            "agent": {
                "id": G(lambda f: f.digits(9)),
                "name": Y(OTHER("full"), "name"),
                "email": Y(
                    lambda f: ascii_fold(f.o["first"]).lower().split()[0] + "@support.voltride.no", "email"
                ),
                "team": G(lambda f: f.pick(["Tier 1 Oslo", "Tier 1 Kraków", "Billing", "US Support"])),
            },
            "replyText": G(
                lambda f: f.pick(
                    [
                        "Thanks for reaching out! We've refunded the duplicate charge to your wallet.",
                        "Vi har restartet laderen, prøv igjen om to minutter.",
                        "Mandat zostanie anulowany w ciągu 5 dni roboczych.",
                        "Your account will be closed within 30 days.",
                    ]
                )
            ),
            "supportEmail": G(
                lambda f: f.pick(["support@voltride.no", "pomoc@voltride.pl", "help@voltride.com"])
            ),
        },
        2,
    ),
    (
        "track",
        "Support Call Completed",
        ["php"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(
                lambda f: (
                    "+"
                    + "".join(
                        c
                        for c in (
                            f.p["phone"]
                            if f.p["phone"].startswith("+")
                            else {"NO": "+47", "PL": "+48", "US": "+1"}[f.p["market"]] + f.p["phone"]
                        )
                        if c.isdigit()
                    )
                ),
                "phone",
                True,
            ),
            "To": G(lambda f: f.pick(["+4721001234", "+48221234567", "+18885550142"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
            "FromCountry": G(P("country")),
        },
        2,
    ),
    (
        "track",
        "Webhook Received",
        ["node"],
        {
            "source": G(lambda f: f.pick(["ocpp-gateway", "stripe", "veriff", "zendesk"])),
            "headers": {
                "x-request-id": G(lambda f: f.uuid()),
                "x-forwarded-for": Y(P("ip"), "ip", True),
                "user-agent": G(
                    lambda f: f.pick(
                        [
                            "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                            "Veriff-Webhook/2",
                            "Zendesk Webhook",
                            "okhttp/4.12.0",
                        ]
                    )
                ),
                "content-type": G(lambda f: "application/json"),
            },
            "status_code": G(lambda f: f.pick([200, 202, 400, 500])),
            "signature_valid": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Business Contact Form Submitted",
        ["web"],
        {
            "full-name": Y(P("full"), "name"),
            "e-mail": Y(P("email"), "email"),
            "phone-number": Y(P("phone"), "phone"),
            "company-name": G(
                lambda f: f.pick(
                    ["Bring Cargo AS", "Nordic Taxi AS", "Kurierzy24 Sp. z o.o.", "Lone Star Deliveries"]
                )
            ),
            "fleet-size": G(lambda f: f.pick(["1-10", "11-50", "51-200", "200+"])),
            "preferred-contact-time": G(lambda f: f.pick(["morning", "afternoon", "any"])),
            "job-title": G(lambda f: f.pick(["Fleet Manager", "CFO", "Daglig leder", "Kierownik floty"])),
            "gdpr-consent": G(lambda f: True),
        },
        1,
    ),
    # -- more identity, safety and messaging ------------------------------------------------------------
    (
        "track",
        "Vipps Login Completed",
        ["node"],
        {
            "userinfo": {
                "sub": G(lambda f: f.uuid()),
                "name": Y(P("full"), "name"),
                "given_name": Y(P("first"), "name"),
                "family_name": Y(P("last"), "name"),
                "email": Y(P("email"), "email"),
                "email_verified": G(lambda f: f.pick([True, False])),
                "phone_number": Y(
                    lambda f: "47" + "".join(c for c in f.p["phone"] if c.isdigit())[-8:], "phone"
                ),
                "birthdate": Y(P("dob"), "birthdate"),
                "nin": RED(P("nid"), "national id"),
                "address": {
                    "street_address": Y(P("street"), "address|street"),
                    "postal_code": Y(P("postal"), "zipcode"),
                    "region": Y(P("city"), "city"),
                    "country": G(lambda f: "NO"),
                    "formatted": Y(
                        lambda f: f"{f.p['street']}\n{f.p['postal']} {f.p['city']}\nNO", "address"
                    ),
                    "address_type": G(lambda f: f.pick(["home", "work", "other"])),
                },
                "sid": G(lambda f: f.uuid()),
            },
            "scopes": Many(
                G(lambda f: f.pick(["openid", "name", "phoneNumber", "address", "birthDate", "nin"])), 4
            ),
            "newUser": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Weryfikacja Tozsamosci",
        ["php"],
        {
            "imie": Y(P("first"), "name"),
            "nazwisko": Y(P("last"), "name"),
            "nazwisko_rodowe": Y(lambda f: f.pick(PL_LAST)[1], "name"),
            "imie_ojca": Y(lambda f: f.pick(PL_FIRST_M), "name"),
            "numer_dowodu": RED(lambda f: f.pl_id_card(), "national id"),
            "data_waznosci_dowodu": G(lambda f: f.date(2025, 2034)),
            "obywatelstwo": Y(
                lambda f: f.pick(["polskie", "polskie", "ukraińskie", "białoruskie"]), "citizenship"
            ),
            "wynik": G(lambda f: f.pick(["pozytywny", "negatywny", "do_weryfikacji"])),
            "metoda": G(lambda f: f.pick(["mObywatel", "bank", "selfie"])),
        },
        1,
    ),
    (
        "track",
        "Teen Rider Consent Given",
        ["web"],
        {
            "riderBirthDate": Y(lambda f: f.date(2007, 2008), "birthdate"),
            "guardianName": Y(OTHER("full"), "name"),
            "guardianEmail": Y(OTHER("email"), "email"),
            "guardianPhone": Y(OTHER("phone"), "phone"),
            "consentMethod": G(lambda f: f.pick(["bankid", "vipps", "signed_form"])),
            "consentVersion": G(lambda f: f.pick(["2024-01", "2024-03", "2024-06"])),
            "speedCapKmh": G(lambda f: f.pick([15, 20])),
        },
        1,
    ),
    (
        "track",
        "Emergency Contact Set",
        ["swift", "kotlin"],
        {
            "contact": {
                "label": Y(
                    lambda f: f.pick([f.o["full"], f.o["first"], f.o["first"] + " " + f.o["last"][0] + "."]),
                    "name",
                    True,
                ),
                "value": Y(OTHER("phone"), "phone", True),
                "relation": G(lambda f: f.pick(["partner", "parent", "friend", "sibling"])),
            },
            "source": G(lambda f: f.pick(["contacts_picker", "manual"])),
            "contactsCount": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    (
        "track",
        "Crash Detected",
        ["kotlin"],
        {
            "rideId": G(lambda f: "ride_" + f.hexid(16)),
            "impactG": G(lambda f: round(f.r.uniform(2.5, 14), 2)),
            "speedKmh": G(lambda f: round(f.r.uniform(5, 25), 1)),
            "crashLat": Y(P("lat"), "geolocation"),
            "crashLng": Y(P("lon"), "geolocation"),
            "riderResponded": G(lambda f: f.pick([True, False])),
            "emergencyContactNotified": G(lambda f: f.pick([True, False])),
            "emergencyContactPhone": Y(OTHER("phone"), "phone"),
            "sensorFirmware": G(lambda f: f.pick(["imu-2.1.4", "imu-2.2.0", "imu-2.2.1"])),
        },
        1,
    ),
    (
        "track",
        "Push Notification Opened",
        MOBILE,
        {
            "campaignId": G(lambda f: "cmp_" + f.digits(6)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Ladingen er ferdig",
                        "Charging complete",
                        "Ładowanie zakończone",
                        "Your pass renews soon",
                    ]
                )
            ),
            "body": Y(push_body, "name", True),
            "deepLink": G(lambda f: f.pick(["voltride://session", "voltride://pass", "voltride://offers"])),
        },
        2,
    ),
    (
        "track",
        "Transactional SMS Sent",
        ["python"],
        {
            "message": {
                "sid": G(lambda f: "SM" + f.hexid(32)),
                "to": Y(
                    lambda f: (
                        "+"
                        + {"NO": "47", "PL": "48", "US": "1"}[f.p["market"]]
                        + "".join(c for c in f.p["phone"] if c.isdigit())[
                            -10 if f.p["market"] == "US" else -(8 if f.p["market"] == "NO" else 9) :
                        ]
                    ),
                    "phone",
                    True,
                ),
                "body": G(
                    lambda f: f.pick(
                        [
                            "VoltRide: Ladingen er ferdig. 42,1 kWh, 389 kr.",
                            "VoltRide: Przejazd zakończony, 12,40 zł.",
                            "VoltRide: Your ride ended. Total $4.85",
                            "VoltRide: Laderen er ledig igjen.",
                        ]
                    )
                ),
                "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            },
            "template": G(lambda f: f.pick(["charge_done", "ride_end", "charger_free"])),
        },
        2,
    ),
    (
        "track",
        "Profile Updated",
        [*MOBILE, "web"],
        {
            "changedFields": Many(
                G(lambda f: f.pick(["email", "phone", "avatar", "language", "address"])), 3
            ),
            "previousEmail": Y(lambda f: f.email(), "email"),
            "newEmail": Y(P("email"), "email"),
            "newPhone": Y(P("phone"), "phone"),
            "emailChangeCount": G(lambda f: f.r.randint(0, 4)),
        },
        1,
    ),
    (
        "track",
        "Student Verified",
        ["node"],
        {
            "verificationId": G(lambda f: f.hexid(24)),
            "currentStep": G(lambda f: f.pick(["success", "docUpload", "pending", "error"])),
            "personInfo": {
                "firstName": Y(P("first"), "name"),
                "lastName": Y(P("last"), "name"),
                "email": Y(P("email"), "email"),
                "birthDate": Y(lambda f: f.date(1998, 2006), "birthdate"),
                "organization": {
                    "id": G(lambda f: f.r.randint(1000, 99999)),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "University of Texas at Austin",
                                "University of Oslo",
                                "Uniwersytet Jagielloński",
                                "Howard University",
                            ]
                        )
                    ),
                },
            },
        },
        1,
    ),
    (
        "track",
        "Fine Dispute Submitted",
        ["web", "swift"],
        {
            "fineId": G(lambda f: "FINE-" + f.digits(7)),
            "statement": Y(dispute_statement, "phone", True),
            "attachments": G(lambda f: f.r.randint(0, 3)),
            "outcome": G(lambda f: f.pick(["pending", "upheld", "waived"])),
        },
        1,
    ),
    (
        "track",
        "Account Deletion Requested",
        ["web", "rn"],
        {
            "reason": G(lambda f: f.pick(["moving", "privacy", "too_expensive", "other"])),
            "feedback": G(lambda f: f.pick(["", "Flytter fra Oslo", "Za drogo", "Don't use it anymore"])),
            "contactEmail": Y(P("email"), "email"),
            "walletBalance": G(lambda f: money(f, 0, 500)),
            "hasOpenFines": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    # -- page calls ------------------------------------------------------------------------------------------
    (
        "page",
        "Pricing",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/pricing", "/pl/cennik", "/us/pricing"])),
            "url": G(lambda f: "https://www.voltride.no" + f.pick(["/pricing", "/pl/cennik", "/us/pricing"])),
            "title": G(lambda f: f.pick(["Priser | VoltRide", "Cennik | VoltRide", "Pricing | VoltRide"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://elbil.no/"])),
            "search": G(lambda f: f.pick(["", "?plan=charge_plus", "?utm_source=newsletter"])),
        },
        3,
    ),
]


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                market = (
                    "US"
                    if name in ("Background Check Completed", "Juicer Onboarded", "Student Verified")
                    else None
                )
                market = (
                    "PL"
                    if name in ("Konto Utworzone", "BLIK Payment Initiated", "Weryfikacja Tozsamosci")
                    else market
                )
                market = (
                    "NO"
                    if name
                    in (
                        "Ladeokt Avsluttet",
                        "Vipps Payment Initiated",
                        "Invoice Issued",
                        "Vipps Login Completed",
                    )
                    else market
                )
                f.start_message(market)
                client = f.pick(clients)
                msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
                user_id = "usr_" + f.hexid(12)
                if kind == "alias":
                    msg["previousId"] = f.uuid()
                    msg["userId"] = user_id
                else:
                    msg["anonymousId"] = f.uuid()
                    if f.r.random() < 0.85:
                        msg["userId"] = user_id
                if kind == "track":
                    msg["event"] = name
                if kind in ("page", "screen"):
                    msg["name"] = name
                if kind == "group":
                    msg["groupId"] = "org_" + f.digits(6)
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](), f, "context", labels)
                if kind != "alias" and client in SERVER_LIBS and f.r.random() < 0.3:
                    msg["integrations"] = {"All": True, "Mixpanel": False}
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=182, repeats=14)
    write(Path(__file__).parent, "holdout182_", events, labels)
