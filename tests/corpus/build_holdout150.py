"""Writes holdout150: tests/corpus/holdout150_events.jsonl and holdout150_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py only, without
reading the detection engine, its vocabularies, its tests or any other corpus's labels, and without
running the engine on these events. Nothing here was tuned to what the engine does.

Domain: Helio Home Energy, a rooftop-solar installer and home-energy retailer in Australia, Germany
and South Africa. Quotes (Places address autocomplete, roof photos, energy-bill upload with OCR),
site surveys, financing applications with income and credit checks (AU, DE, ZA), installation
bookings and the installer field app, smart-meter readings and meter numbers (NMI, Zählernummer,
MaLo-ID, STS prepaid meters and tokens), feed-in tariff payouts to bank accounts (BSB/account,
IBAN, South African branch code/account), outage and load-shedding reports, life-support and
concession registrations, a battery/EV-charger shop (Segment e-commerce spec), support tickets,
telephony and e-mail webhooks, Meta CAPI and Google Ads conversions, a Calendly booking webhook,
reverse-ETL identifies from the warehouse; homeowners, co-applicants, landlords, installers,
electricians, sales agents.

Clients: analytics.js, analytics-swift, analytics-kotlin (installer app, with context.location),
analytics-react-native, analytics_flutter, and server libraries python, node, go, java, ruby, php
and Analytics.NET (PascalCase keys). Calls: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; about 15 % others: PascalCase (.NET
billing service, Twilio webhooks), kebab-case (HTML form field names, SendGrid's `smtp-id`),
SCREAMING_SNAKE (warehouse reverse-ETL), German backend keys (`vorname`, `plz`, `zaehlernummer`,
`kontoinhaber` ...) and Afrikaans backend keys (`naam`, `van` = surname, `selfoonnommer`,
`rekeningnommer`, `takkode` ...).

Values: names from many cultures per country; national phone formats (AU 04xx / +61, DE 0151 /
+49, ZA 082 / +27); real-shaped addresses and postcodes; ids with valid checksums where the real
ones have them: Luhn cards, mod-97 IBANs, South African ID numbers (date + Luhn), AU tax file
numbers (mod 11), AU Medicare numbers, German Steuer-ID (ISO 7064 mod 11,10), German ID-card
numbers (ICAO 7-3-1), ABNs (mod 89), NMIs (AEMO checksum), STS meter numbers (Luhn).

Labelling rules (the Privacy Portal's defaults, as in the brief):
- PII = personal data about a natural person (the user, a co-applicant, a referee, a landlord, an
  emergency contact, staff such as installers, electricians, agents, a GP). Colour = the reference
  matcher's default; types outside the reference: red for credentials/secrets, card numbers, bank
  accounts, government ids and health ids; yellow otherwise (geolocation, advertising id, credit
  score).
- Green: ids we issue (user, quote, order, job, customer/Kundennummer/klientnommer numbers), UUIDs,
  versions, timestamps, hashes of non-PII, amounts, kWh readings, enums, counters and booleans
  under PII-sounding keys (`emailVerified`, `phoneVerified`, `passwordStrength`), product, plan,
  company and pet names, places that are not the person's (showrooms, network regions, searched
  installer areas), country, state/Bundesland/province, locale, language, timezone, currency, user
  agents, OS-issued device ids; card brand, last four and expiry; BSB, BIC and branch codes; ABNs,
  VAT ids and a business's own phone, e-mail and address; role mailboxes; ages; marital status;
  job titles and employers.
- Contested cases follow the product's published policy (brief): insurer/policy numbers yellow
  `identification`; pay, commission, income yellow `salary`; credit scores yellow `credit score`;
  VINs yellow `serial`; gclid/fbclid/fbp/fbc yellow `advertising id`; billing/shipping addresses of
  the person yellow `address`; card/payment tokens (`pm_`), one-time codes, sign-in-link tokens red
  `token`; Medicare numbers red `health id`; identity document numbers red `national id`/`passport`;
  residency / right-to-work answers red `visa`.
- Decisions where the brief is silent (what a careful privacy owner would want flagged):
  * Meter numbers that identify the household's supply point or meter (AU NMI, meter serials,
    German Zählernummer and MaLo-ID, South African STS prepaid meter numbers) and inverter /
    battery serial numbers installed at the home are yellow `serial`, like VINs.
  * An STS prepaid electricity token (20 digits that load credit onto a meter) is a one-time code:
    red `token`. A password-reset / magic link carrying its token is red `token`.
  * Photos uploaded by the homeowner or taken at their home (roof, switchboard, meter photos) are
    yellow `photo`; EXIF GPS of those photos and the site's coordinates are yellow `geolocation`;
    product and stock images are green. Uploaded file names (`IMG_2231.jpg`, `bill.pdf`) are green.
  * Bands of income and of credit scores are still income / credit information (yellow `salary`,
    `credit score`), unlike age bands which the policy makes green.
  * SHA-256 hashes of an e-mail or phone sent to ad platforms' match APIs (Meta CAPI `em`, `ph`)
    are pseudonymous identifiers of the person: yellow `email` / `phone`, value_only false (the
    vendor's key names them).
  * Life-support equipment and medical-cooling flags reveal a health condition of someone at the
    premises: yellow `condition`. A DVA Gold Card flag reveals veteran status: red `veteran`.
    Accessibility needs for the installation visit reveal disability: red `disability`. The German
    salutation `anrede` (Herr/Frau) reveals sex: yellow `gender`. Place of birth: yellow `city`.
  * Gate, lockbox and alarm codes in access notes are credentials to the home: red `secret`.
  * Centrelink concession card numbers (CRN) and tax file numbers are government ids: red
    `national id`. Electrical licence, CEC accreditation and White Card numbers of installers are
    yellow `license`.
  * A person's suburb/city and postcode are yellow `city` / `zipcode`; a state, province or country
    is green.
- value_only is true only where the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `answer`, `description`, `username`, `externalIds[].id`) and the value does; every value of a
  value_only PII path carries that PII. Free text is labelled by what every one of its values
  carries: the PII free-text fields here carry it in every value, the green ones in none.
"""

import hashlib
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

FIRST = {
    "AU": [
        "Olivia",
        "Jack",
        "Charlotte",
        "Lachlan",
        "Mia",
        "Minh",
        "Thi Lan",
        "Wei",
        "Priya",
        "Georgios",
        "Eleni",
        "Ahmad",
        "Grace",
        "Jarrah",
        "Kirra",
        "Aroha",
        "Siobhan",
        "Tuan",
        "Harpreet",
        "Isla",
    ],
    "DE": [
        "Lukas",
        "Anna",
        "Jürgen",
        "Sabine",
        "Mehmet",
        "Ayşe",
        "Katarzyna",
        "Tobias",
        "Lena",
        "Hans-Peter",
        "Jonas",
        "Marie",
        "Dimitri",
        "Fatma",
        "Sören",
        "Birgit",
        "Zeynep",
        "Maximilian",
    ],
    "ZA": [
        "Thabo",
        "Nomvula",
        "Sipho",
        "Lerato",
        "Pieter",
        "Anika",
        "Johan",
        "Zanele",
        "Ayesha",
        "Mohammed",
        "Kagiso",
        "Thandeka",
        "Riaan",
        "Elmarie",
        "Bongani",
        "Naledi",
        "Rajesh",
        "Chantelle",
    ],
}
LAST = {
    "AU": [
        "Smith",
        "Nguyen",
        "Wilson",
        "Papadopoulos",
        "Tran",
        "Kelly",
        "O'Connor",
        "Singh",
        "Chen",
        "Campbell",
        "Nikolaidis",
        "Haddad",
        "Murray",
        "Le",
        "Patel",
        "Walker",
        "Ngata",
        "Gill",
    ],
    "DE": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Y\u0131lmaz",
        "Kaya",
        "Nowak",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Wagner",
        "Zimmermann",
        "Krüger",
        "Öztürk",
        "Lehmann",
    ],
    "ZA": [
        "Mokoena",
        "Dlamini",
        "Nkosi",
        "van der Merwe",
        "Botha",
        "Pretorius",
        "Naidoo",
        "Khumalo",
        "Ndlovu",
        "Coetzee",
        "Pillay",
        "Adams",
        "Mahlangu",
        "du Plessis",
        "Jacobs",
        "Zulu",
        "Steyn",
    ],
}
MAIL = {
    "AU": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "hotmail.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "ZA": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za", "outlook.com", "icloud.com"],
}
STAFF_DOMAIN = {"AU": "helio.com.au", "DE": "helio-energie.de", "ZA": "helio.co.za"}
STREETS = {
    "AU": [
        "Banksia Street",
        "Wattle Avenue",
        "Jacaranda Crescent",
        "Kookaburra Court",
        "Bellbird Drive",
        "Station St",
        "Railway Parade",
        "Ocean View Rd",
        "Bottlebrush Way",
        "Macquarie St",
    ],
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Lindenweg",
        "Am Sonnenhang",
        "Schillerstraße",
        "Gartenstraße",
        "Birkenallee",
        "Mühlenweg",
        "Kirchplatz",
        "Goethestr.",
    ],
    "ZA": [
        "Jacaranda Avenue",
        "Protea Road",
        "Main Road",
        "Kloof Street",
        "Voortrekker Road",
        "Rivonia Road",
        "Disa Crescent",
        "Marula Street",
        "Bougainvillea Close",
        "Oak Lane",
    ],
}
# (suburb or city, postcode, state/province, city)
PLACES = {
    "AU": [
        ("Marrickville", "2204", "NSW", "Sydney"),
        ("Penrith", "2750", "NSW", "Sydney"),
        ("Brunswick", "3056", "VIC", "Melbourne"),
        ("Werribee", "3030", "VIC", "Melbourne"),
        ("Toowoomba", "4350", "QLD", "Toowoomba"),
        ("Caloundra", "4551", "QLD", "Sunshine Coast"),
        ("Joondalup", "6027", "WA", "Perth"),
        ("Glenelg", "5045", "SA", "Adelaide"),
        ("Belconnen", "2617", "ACT", "Canberra"),
        ("Palmerston", "0830", "NT", "Darwin"),
        ("Kingston", "7050", "TAS", "Hobart"),
    ],
    "DE": [
        ("München", "80331", "BY", "München"),
        ("Freiburg im Breisgau", "79098", "BW", "Freiburg im Breisgau"),
        ("Leipzig", "04109", "SN", "Leipzig"),
        ("Köln", "50667", "NW", "Köln"),
        ("Hamburg", "20095", "HH", "Hamburg"),
        ("Regensburg", "93047", "BY", "Regensburg"),
        ("Kassel", "34117", "HE", "Kassel"),
        ("Rostock", "18055", "MV", "Rostock"),
        ("Oldenburg", "26122", "NI", "Oldenburg"),
    ],
    "ZA": [
        ("Rondebosch", "7700", "WC", "Cape Town"),
        ("Durbanville", "7550", "WC", "Cape Town"),
        ("Sandton", "2196", "GP", "Johannesburg"),
        ("Centurion", "0157", "GP", "Pretoria"),
        ("Umhlanga", "4319", "KZN", "Durban"),
        ("Stellenbosch", "7600", "WC", "Stellenbosch"),
        ("Bloemfontein", "9301", "FS", "Bloemfontein"),
        ("Soweto", "1804", "GP", "Johannesburg"),
        ("Polokwane", "0699", "LP", "Polokwane"),
    ],
}
COUNTRY = {"AU": "AU", "DE": "DE", "ZA": "ZA"}
CURRENCY = {"AU": "AUD", "DE": "EUR", "ZA": "ZAR"}
LOCALES = {
    "AU": ["en-AU", "en-AU", "zh-CN", "vi-VN"],
    "DE": ["de-DE", "de-DE", "tr-TR"],
    "ZA": ["en-ZA", "af-ZA"],
}
TIMEZONES = {
    "AU": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"],
    "DE": ["Europe/Berlin"],
    "ZA": ["Africa/Johannesburg"],
}
CARRIERS = {
    "AU": ["Telstra", "Optus", "Vodafone AU"],
    "DE": ["Telekom.de", "Vodafone.de", "o2 - de"],
    "ZA": ["Vodacom", "MTN", "Cell C"],
}
LATLON = {
    "AU": ((-38.2, -12.5), (115.7, 153.4)),
    "DE": ((47.6, 54.7), (6.1, 14.9)),
    "ZA": ((-34.3, -23.4), (18.3, 31.9)),
}

PANELS = ["Jinko Tiger Neo 440W", "Trina Vertex S+ 435W", "REC Alpha Pure-R 410W", "Longi Hi-MO 6 440W"]
INVERTERS = [
    "Fronius Primo GEN24 5.0",
    "SMA Sunny Boy 5.0",
    "Sungrow SH10RS",
    "Huawei SUN2000-5KTL",
    "Enphase IQ8",
]
BATTERIES = ["Tesla Powerwall 3", "BYD Battery-Box Premium HVS 10.2", "Sungrow SBR128", "Alpha ESS Smile5"]
SHOP = [
    ("Tesla Powerwall 3", "Batteries", "Tesla", 13990.0),
    ("Zappi 7kW EV Charger", "EV Chargers", "myenergi", 1899.0),
    ("Wallbox Pulsar Plus", "EV Chargers", "Wallbox", 1249.0),
    ("Enphase IQ Battery 5P", "Batteries", "Enphase", 6990.0),
    ("Solar Panel Cleaning Kit", "Accessories", "Helio", 89.0),
    ("Smart Energy Monitor", "Accessories", "Shelly", 149.0),
    ("Sungrow SBR096", "Batteries", "Sungrow", 7450.0),
]
RETAILERS = {
    "AU": ["Origin Energy", "AGL", "EnergyAustralia", "Red Energy", "Alinta Energy"],
    "DE": ["Vattenfall", "E.ON", "EnBW", "Stadtwerke München", "Octopus Energy Germany"],
    "ZA": ["Eskom", "City of Cape Town", "City Power Johannesburg", "Tshwane Electricity"],
}
NETWORKS = {
    "AU": ["Ausgrid", "Endeavour Energy", "Citipower", "Energex", "SA Power Networks"],
    "DE": ["Bayernwerk Netz", "Netze BW", "Stromnetz Hamburg", "Rheinische NETZGesellschaft"],
    "ZA": ["Eskom Distribution", "City of Cape Town", "City Power"],
}
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
ASCII = str.maketrans(
    {
        "ü": "ue",
        "ö": "oe",
        "ä": "ae",
        "ß": "ss",
        "ş": "s",
        "\u0131": "i",
        "é": "e",
        "Ö": "Oe",
        "'": "",
        " ": "",
    }
)


class SolarFake(Fake):
    """Fake with a per-message region (AU, DE, ZA) and that region's formats."""

    region = "AU"
    _place: tuple | None = None

    def start(self, region: str) -> None:
        self.region = region if region != "any" else self.pick(["AU", "AU", "DE", "ZA"])
        self._place = None
        self._once: dict[str, Any] = {}

    def once(self, key: str, options: list) -> Any:
        """One pick per message for `key`, so related fields (a device's make, model, OS) agree."""
        if key not in self._once:
            self._once[key] = self.pick(options)
        return self._once[key]

    # names and contact details
    def first(self):
        return self.pick(FIRST[self.region])

    def last(self):
        return self.pick(LAST[self.region])

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first, last = self.first().lower().translate(ASCII), self.last().lower().translate(ASCII)
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{first[:1]}{last}",
                f"{first}_{last}{self.r.randint(70, 99)}",
            ]
        )
        return f"{local}@{self.pick(MAIL[self.region])}"

    def staff_email(self):
        first, last = self.first().lower().translate(ASCII), self.last().lower().translate(ASCII)
        return f"{first}.{last}@{STAFF_DOMAIN[self.region]}"

    def phone(self, style=None):
        d = self.digits
        if self.region == "AU":
            m = f"4{self.r.randint(0, 9)}{self.r.randint(0, 9)}"
            return self.pick(
                [
                    f"0{m} {d(3)} {d(3)}",
                    f"+61 {m} {d(3)} {d(3)}",
                    f"+61{m}{d(6)}",
                    f"0{m}{d(6)}",
                    f"({self.pick(['02', '03', '07', '08'])}) {d(4)} {d(4)}",
                ]
            )
        if self.region == "DE":
            pre = self.pick(["151", "160", "171", "176", "152"])
            return self.pick(
                [
                    f"+49 {pre} {d(8)}",
                    f"0{pre} {d(8)}",
                    f"0{pre}/{d(7)}",
                    f"+49{pre}{d(8)}",
                    f"0{self.pick(['30', '89', '221', '40'])} {d(7)}",
                ]
            )
        pre = self.pick(["82", "83", "72", "76", "61", "84"])
        return self.pick(
            [
                f"+27 {pre} {d(3)} {d(4)}",
                f"0{pre} {d(3)} {d(4)}",
                f"0{pre}{d(7)}",
                f"+27{pre}{d(7)}",
                f"0{self.pick(['21', '11', '12', '31'])} {d(3)} {d(4)}",
            ]
        )

    def mobile_e164(self):
        if self.region == "AU":
            return "+614" + self.digits(8)
        if self.region == "DE":
            return "+49" + self.pick(["151", "160", "171", "176"]) + self.digits(8)
        return "+27" + self.pick(["82", "83", "72", "76"]) + self.digits(7)

    # places
    def place(self):
        if self._place is None:
            self._place = self.pick(PLACES[self.region])
        return self._place

    def street_name(self):
        return self.pick(STREETS[self.region])

    def house_number(self):
        n = str(self.r.randint(1, 180))
        if self.region == "DE" and self.r.random() < 0.2:
            n += self.pick(["a", "b"])
        return n

    def street(self):
        if self.region == "DE":
            return f"{self.street_name()} {self.house_number()}"
        if self.region == "AU" and self.r.random() < 0.25:
            return f"{self.r.randint(1, 12)}/{self.house_number()} {self.street_name()}"
        return f"{self.house_number()} {self.street_name()}"

    def suburb(self):
        return self.place()[0]

    def postcode(self):
        return self.place()[1]

    def state(self):
        return self.place()[2]

    def city(self):
        return self.place()[3]

    def full_address(self):
        sub, pc, st, city = self.place()
        if self.region == "DE":
            return f"{self.street()}, {pc} {sub}"
        if self.region == "ZA":
            town = f"{sub}, {city}" if sub != city else sub
            return f"{self.street()}, {town}, {pc}"
        return f"{self.street()}, {sub} {st} {pc}"

    def lat(self):
        lo, hi = LATLON[self.region][0]
        return round(self.r.uniform(lo, hi), 6)

    def lon(self):
        lo, hi = LATLON[self.region][1]
        return round(self.r.uniform(lo, hi), 6)

    # regional settings
    def country(self):
        return COUNTRY[self.region]

    def currency(self):
        return CURRENCY[self.region]

    def locale(self):
        return self.pick(LOCALES[self.region])

    def tz(self):
        return self.pick(TIMEZONES[self.region])

    def carrier(self):
        return self.pick(CARRIERS[self.region])

    def retailer(self):
        return self.pick(RETAILERS[self.region])

    def network(self):
        return self.pick(NETWORKS[self.region])

    # government and financial identifiers
    def za_id(self):
        dob = self.date(1950, 2004).replace("-", "")[2:]
        body = dob + f"{self.r.randint(0, 9999):04d}" + self.pick(["0", "0", "1"]) + "8"
        return self.luhn_complete(body)

    def au_tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            ds = [self.r.randint(0, 9) for _ in range(8)]
            ds[0] = self.r.randint(1, 9)
            s = sum(w * d for w, d in zip(weights, ds, strict=False))
            last = s % 11
            if last < 10:
                tfn = "".join(map(str, ds)) + str(last)
                return self.pick([tfn, f"{tfn[:3]} {tfn[3:6]} {tfn[6:]}"])

    def de_steuer_id(self):
        while True:
            ds = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(9)]
            counts = sorted((ds.count(x) for x in set(ds)), reverse=True)
            if counts[0] in (2, 3) and counts.count(counts[0]) == 1:
                break
        product = 10
        for d in ds:
            s = (d + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        return "".join(map(str, ds)) + str(check)

    def icao_check(self, s: str) -> str:
        total = 0
        for i, c in enumerate(s):
            v = int(c) if c.isdigit() else ord(c) - 55
            total += v * (7, 3, 1)[i % 3]
        return str(total % 10)

    def de_ausweis(self):
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        body = self.pick("LMNPRT") + "".join(self.pick(alphabet) for _ in range(8))
        return body + self.icao_check(body)

    def passport(self):
        if self.region == "AU":
            return self.pick(["PA", "PB", "N", "RA"]) + self.digits(7)
        if self.region == "DE":
            body = "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
            return body
        return self.pick(["A", "M"]) + self.digits(8)

    def national_id(self):
        if self.region == "ZA":
            return self.za_id()
        if self.region == "DE":
            return self.de_ausweis()
        return self.au_tfn()

    def medicare(self):
        first = str(self.r.randint(2, 6))
        body = first + self.digits(7)
        check = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        issue = str(self.r.randint(1, 5))
        number = body + str(check) + issue
        return self.pick([number, f"{number[:4]} {number[4:9]} {number[9]}"])

    def crn(self):
        return f"{self.digits(3)} {self.digits(3)} {self.digits(3)}{self.pick('ABCHJKLX')}"

    def abn(self):
        weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
        while True:
            ds = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(10)]
            adj = [ds[0] - 1, *ds[1:]]
            if sum(w * d for w, d in zip(weights, adj, strict=True)) % 89 == 0:
                n = "".join(map(str, ds))
                return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"

    def nmi(self):
        body = self.pick(["4102", "4103", "6001", "6203", "3114", "2002", "QB"]) + self.digits(6)
        body = body[:10]
        total, double = 0, True
        for c in reversed(body):
            v = ord(c) * 2 if double else ord(c)
            double = not double
            while v:
                total += v % 10
                v //= 10
        return body + str((10 - total % 10) % 10)

    def malo_id(self):
        ds = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(9)]
        odd = sum(ds[0::2])
        even = sum(ds[1::2]) * 2
        return "".join(map(str, ds)) + str((10 - (odd + even) % 10) % 10)

    def zaehlernummer(self):
        return self.pick(["1ESY", "1EMH", "1LOG", "1ITF"]) + self.digits(8)

    def sts_meter(self):
        return self.luhn_complete(self.pick(["04", "01", "14", "37"]) + self.digits(8))

    def sts_token(self):
        t = self.digits(20)
        return self.pick([t, " ".join(t[i : i + 4] for i in range(0, 20, 4))])

    def meter_number(self):
        if self.region == "AU":
            return self.nmi()
        if self.region == "DE":
            return self.zaehlernummer()
        return self.sts_meter()

    def bank_account(self):
        if self.region == "DE":
            return self.iban("DE")
        if self.region == "ZA":
            return self.pick(["62", "10", "40", "14"]) + self.digits(self.pick([8, 9]))
        return self.pick([f"{self.digits(4)} {self.digits(4)}", self.digits(9), self.digits(6)])

    def bsb(self):
        return f"{self.pick(['062', '082', '033', '012', '063', '732'])}-{self.digits(3)}"

    def za_branch(self):
        return self.pick(["250655", "632005", "051001", "470010", "198765", "678910"])

    def bic(self):
        return self.pick(["COBADEFFXXX", "DEUTDEFF", "GENODEM1GLS", "BYLADEM1001", "SSKMDEMMXXX"])

    def credit_score(self):
        if self.region == "DE":
            return round(self.r.uniform(82, 99.6), 2)
        if self.region == "ZA":
            return self.r.randint(480, 767)
        return self.r.randint(420, 1140)

    def income(self):
        lo, hi = {"AU": (52000, 240000), "DE": (28000, 120000), "ZA": (180000, 1500000)}[self.region]
        return self.r.randrange(lo, hi, 500)

    def money_local(self, lo=50, hi=500):
        mult = {"AU": 1, "DE": 0.6, "ZA": 12}[self.region]
        return round(self.r.uniform(lo, hi) * mult, 2)

    def inverter_serial(self):
        return self.pick(
            [
                "FR" + self.digits(8),
                "A" + self.digits(9) + "B",
                "SN" + self.hexid(12).upper(),
                "HV" + self.digits(10),
            ]
        )

    def photo_url(self):
        kind = self.pick(["roof", "sb", "meter"])
        return f"https://uploads.helio.energy/sites/{self.hexid(12)}/{kind}_{self.r.randint(1, 9)}.jpg"

    def sha256(self):
        return hashlib.sha256(self.hexid(16).encode()).hexdigest()

    def gclid(self):
        return "Cj0KCQjw" + "".join(
            self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(80)
        )

    def fbclid(self):
        return "IwAR" + "".join(
            self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(55)
        )

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.digits(10)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def pm(self):
        return "pm_1" + "".join(
            self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(23)
        )


# -- rendering with optional keys ------------------------------------------------------------------


class Opt:
    """A key present in only part of the messages (probability p)."""

    def __init__(self, item: Any, p: float = 0.6):
        self.item, self.p = item, p


def render(template: Any, f: SolarFake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- contexts of the client libraries --------------------------------------------------------------

WEB_PAGES = [
    ("/", "Helio Home Energy | Solar, batteries & EV charging"),
    ("/quote", "Get a free solar quote | Helio"),
    ("/quote/roof", "Your roof | Helio"),
    ("/finance", "Solar finance from 0% | Helio"),
    ("/shop/batteries", "Home batteries | Helio Shop"),
    ("/account/meter", "My meter | Helio"),
]
WEB_HOSTS = {
    "AU": "https://www.helio.com.au",
    "DE": "https://www.helio-energie.de",
    "ZA": "https://www.helio.co.za",
}


def web_context():
    def page():
        return {
            "path": G(lambda f: f.pick(WEB_PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.facebook.com/",
                        "https://www.solarquotes.com.au/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?step=2", "?ref=fb"])),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "url": G(lambda f: WEB_HOSTS[f.region] + f.pick(WEB_PAGES)[0]),
        }

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.66.0", "npm:next-1.72.1"])),
        },
        "page": page(),
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(
                            lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                        ),
                        "version": G(lambda f: f.pick(["124", "99", "123"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
            },
            0.6,
        ),
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["solar_winter_24", "battery_rebate", "vpp_launch", "einspeisung_2024"])
                ),
                "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "solarquotes"])),
                "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "referral"])),
                "term": Opt(
                    G(
                        lambda f: f.pick(
                            [
                                "solar panels sydney",
                                "solaranlage kaufen",
                                "solar installers cape town",
                                "home battery rebate",
                            ]
                        )
                    ),
                    0.5,
                ),
                "content": Opt(G(lambda f: f.pick(["hero_video", "carousel_2", "text_link"])), 0.5),
            },
            0.4,
        ),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Helio"),
            "version": G(lambda f: f.pick(["4.12.0", "4.12.1", "4.13.0"])),
            "build": G(lambda f: f.pick(["1412", "1421", "1430"])),
            "namespace": G(lambda f: "energy.helio.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.tz()),
        "traits": Opt(
            {
                "email": Y(lambda f: f.email(), "email"),
                "firstName": Opt(Y(lambda f: f.first(), "name"), 0.7),
            },
            0.6,
        ),
    }


def kotlin_context():
    """The installer field app (staff devices, location plugin on)."""
    return {
        "app": {
            "name": G(lambda f: "Helio Field"),
            "version": G(lambda f: f.pick(["2.8.3", "2.9.0"])),
            "build": G(lambda f: f.pick(["20803", "20900"])),
            "namespace": G(lambda f: "energy.helio.field"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-T636B", "Pixel 8", "SM-G991B", "CPH2449"])),
            "name": G(lambda f: f.pick(["gts7xllite", "shiba", "o1s"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: False),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.locale()),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.4, 12.8])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.carrier()),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: f.pick([1080, 1200])),
            "height": G(lambda f: f.pick([2340, 1920])),
        },
        "timezone": G(lambda f: f.tz()),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-T636B", "Pixel 8"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "traits": {
            "email": Y(lambda f: f.staff_email(), "email"),
            "anonymousId": G(lambda f: f.uuid()),
        },
    }


RN_DEVICES = [
    ("Apple", "iPhone14,7", "iPhone", "iOS", "ios", "17.4.1"),
    ("samsung", "SM-A546E", "a54x", "Android", "android", "14"),
    ("Xiaomi", "Redmi Note 12", "tapas", "Android", "android", "13"),
]
FLUTTER_DEVICES = [
    ("samsung", "SM-A145F", "android", "Android", "13"),
    ("HUAWEI", "MAR-LX1A", "android", "Android", "10"),
    ("Apple", "iPhone12,8", "ios", "iOS", "16.7.8"),
]


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Helio"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.0"])),
            "build": G(lambda f: f.pick(["412000", "413002"])),
            "namespace": G(lambda f: "energy.helio.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if f.once("rn", RN_DEVICES)[4] == "ios" else f.hexid(16)),
            "manufacturer": G(lambda f: f.once("rn", RN_DEVICES)[0]),
            "model": G(lambda f: f.once("rn", RN_DEVICES)[1]),
            "name": G(lambda f: f.once("rn", RN_DEVICES)[2]),
            "type": G(lambda f: f.once("rn", RN_DEVICES)[4]),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.once("rn", RN_DEVICES)[3]),
            "version": G(lambda f: f.once("rn", RN_DEVICES)[5]),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.tz()),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Helio Outages"),
            "version": G(lambda f: f.pick(["1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["42", "50"])),
            "namespace": G(lambda f: "za.co.helio.outages"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.once("fl", FLUTTER_DEVICES)[0]),
            "model": G(lambda f: f.once("fl", FLUTTER_DEVICES)[1]),
            "type": G(lambda f: f.once("fl", FLUTTER_DEVICES)[2]),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.5"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {"wifi": G(lambda f: f.pick([True, False])), "carrier": G(lambda f: f.carrier())},
        "os": {
            "name": G(lambda f: f.once("fl", FLUTTER_DEVICES)[3]),
            "version": G(lambda f: f.once("fl", FLUTTER_DEVICES)[4]),
        },
        "screen": {"width": G(lambda f: f.pick([720, 1080])), "height": G(lambda f: f.pick([1600, 2400]))},
        "timezone": G(lambda f: f.tz()),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "python", "php"):
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.5)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UA_WEB)), 0.4)
    if lib == "ruby":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib in ("java", "go"):
        ctx["groupId"] = Opt(G(lambda f: "org_" + f.digits(6)), 0.5)
    if lib in ("python", "node"):
        ctx["traits"] = Opt({"email": Y(lambda f: f.email(), "email")}, 0.3)
    return ctx


def context_for(client: str):
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


# -- shared fragments ------------------------------------------------------------------------------


def money(lo=50, hi=500):
    return G(lambda f: f.money_local(lo, hi))


def customer_address():
    return {
        "street": Y(lambda f: f.street(), "address|street"),
        "suburb": Y(lambda f: f.suburb(), "city"),
        "state": G(lambda f: f.state()),
        "postcode": Y(lambda f: f.postcode(), "zipcode"),
        "country": G(lambda f: f.country()),
    }


def shop_product():
    def item(i):
        return lambda f: f.pick(SHOP)[i]

    return {
        "product_id": G(lambda f: "prod_" + f.digits(5)),
        "sku": G(lambda f: f.pick(["HEL-", "BAT-", "EVC-"]) + f.digits(4) + f.pick(["-AU", "-DE", "-ZA"])),
        "name": G(item(0)),
        "category": G(item(1)),
        "brand": G(item(2)),
        "price": G(lambda f: f.pick(SHOP)[3]),
        "quantity": G(lambda f: f.pick([1, 1, 1, 2])),
    }


def note_with_name(f: SolarFake) -> str:
    n = f.full_name()
    return f.pick(
        [
            f"Spoke with {n}, happy with panel layout",
            f"{n} not home, neighbour let us in to the side yard",
            f"Handed over app login to {n}. Explained export limits.",
            f"Owner {n} asked for isolator relocated near meter box",
            f"Tenant called {n} about access, rebooked for Thursday",
        ]
    )


def text_with_phone(f: SolarFake) -> str:
    p = f.phone()
    local = {
        "AU": [f"WhatsApp me on {p}", f"can someone call me on {p}"],
        "DE": [f"Rückruf bitte unter {p}", f"Bitte rufen Sie mich an: {p}"],
        "ZA": [f"Bel my asseblief terug: {p}", f"can you call me on {p}"],
    }[f.region]
    return f.pick([f"my number is {p} thanks", f"Hi, pls ring {p} after 5pm re my quote", *local])


def access_note(f: SolarFake) -> str:
    code = f.digits(4)
    if f.region == "DE":
        return f.pick([f"Torcode {code}, Zählerschrank im Keller", f"Schlüsselbox am Carport, Code {code}"])
    return f.pick(
        [
            f"Side gate code {code}#",
            f"Key in lockbox by the garage, code {code}",
            f"Alarm code {code} - disarm on entry, panel in hallway",
            f"Complex gate PIN {code}*, unit at the back",
        ]
    )


def support_desc(f: SolarFake) -> str:
    p = f.phone()
    if f.region == "DE":
        return f.pick(
            [
                f"Wechselrichter zeigt Fehler 567, bitte Rückruf {p}",
                f"Einspeisevergütung fehlt, erreichbar unter {p}",
            ]
        )
    return f.pick(
        [
            f"Inverter shows error F28 since yesterday's storm. Best number {p}",
            f"App says offline. Call me {p}",
            f"Battery not charging from solar, please phone {p} before 3pm",
            f"Feed-in credit missing on my last bill, reach me on {p}",
        ]
    )


def address_query(f: SolarFake) -> str:
    number, street = f.house_number(), f.street_name()
    full = f"{number} {street}" if f.region != "DE" else f"{street} {number}"
    return full[: f.r.randint(min(len(full), len(number) + 8), len(full))]


# -- events ----------------------------------------------------------------------------------------
# (kind, event name, region, clients, weight, body)

E: list[tuple[str, str | None, str, list[str], int, dict]] = []


def ev(kind, name, region, clients, weight, body):
    E.append((kind, name, region, clients, weight, body))


# identify calls --------------------------------------------------------------------------------
ev(
    "identify",
    None,
    "AU",
    ["web", "swift", "rn"],
    60,
    {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.7),
        "address": Opt(
            {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.suburb(), "city"),
                "state": G(lambda f: f.state()),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.pick(["AU", "Australia"])),
            },
            0.6,
        ),
        "createdAt": G(lambda f: f.iso()),
        "customerType": G(lambda f: f.pick(["residential", "residential", "commercial"])),
        "quoteCount": G(lambda f: f.r.randint(0, 4)),
        "preferredContact": G(lambda f: f.pick(["sms", "email", "phone"])),
        "emailVerified": G(lambda f: f.pick([True, False])),
        "phoneVerified": G(lambda f: f.pick([True, False])),
        "marketingOptIn": G(lambda f: f.pick([True, False])),
        "hasSolar": G(lambda f: f.pick([True, False])),
        "systemSizeKw": Opt(G(lambda f: f.pick([6.6, 8.2, 10.0, 13.3])), 0.5),
        "electricityRetailer": Opt(G(lambda f: f.retailer()), 0.5),
        "customerNumber": G(lambda f: "C" + f.digits(8)),
        "birthday": Opt(Y(lambda f: f.date(1945, 2000), "birthdate"), 0.3),
    },
)
ev(
    "identify",
    None,
    "DE",
    ["php", "web"],
    35,
    {
        "anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
        "titel": Opt(G(lambda f: f.pick(["Dr.", "Prof.", "Dipl.-Ing."])), 0.3),
        "vorname": Y(lambda f: f.first(), "name"),
        "nachname": Y(lambda f: f.last(), "name"),
        "email": Y(lambda f: f.email(), "email"),
        "telefon": Y(lambda f: f.phone(), "phone"),
        "strasse": Y(lambda f: f.street_name(), "street|address"),
        "hausnummer": Y(lambda f: f.house_number(), "address|street"),
        "plz": Y(lambda f: f.postcode(), "zipcode"),
        "ort": Y(lambda f: f.suburb(), "city"),
        "bundesland": G(lambda f: f.state()),
        "kundennummer": G(lambda f: "K-" + f.digits(7)),
        "geburtsdatum": Opt(
            Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1945, 2000)}",
                "birthdate",
            ),
            0.5,
        ),
        "newsletter": G(lambda f: f.pick([True, False])),
        "eigentuemer": G(lambda f: f.pick([True, True, False])),
        "sprache": G(lambda f: f.pick(["de", "en", "tr"])),
    },
)
ev(
    "identify",
    None,
    "ZA",
    ["java"],
    25,
    {
        "naam": Y(lambda f: f.first(), "name"),
        "van": Y(lambda f: f.last(), "name"),
        "epos": Y(lambda f: f.email(), "email"),
        "selfoonnommer": Y(lambda f: f.phone(), "phone"),
        "straatadres": Y(lambda f: f.street(), "address|street"),
        "voorstad": Y(lambda f: f.suburb(), "city"),
        "poskode": Y(lambda f: f.postcode(), "zipcode"),
        "provinsie": G(lambda f: f.state()),
        "klientnommer": G(lambda f: "HZ" + f.digits(7)),
        "voorkeurtaal": G(lambda f: f.pick(["Afrikaans", "English", "isiZulu", "isiXhosa"])),
        "beurtkrag_kennisgewings": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "identify",
    None,
    "any",
    ["python"],
    30,
    {  # reverse ETL from the warehouse
        "CUSTOMER_ID": G(lambda f: "C" + f.digits(8)),
        "FIRST_NAME": Y(lambda f: f.first(), "name"),
        "LAST_NAME": Y(lambda f: f.last(), "name"),
        "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
        "MOBILE_NUMBER": Y(lambda f: f.mobile_e164(), "phone"),
        "DATE_OF_BIRTH": Opt(Y(lambda f: f.date(1940, 2002), "birthdate"), 0.6),
        "SUBURB": Y(lambda f: f.suburb(), "city"),
        "POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
        "STATE": G(lambda f: f.state()),
        "COUNTRY_CODE": G(lambda f: f.country()),
        "SYSTEM_SIZE_KW": G(lambda f: f.pick([5.0, 6.6, 9.9, 13.2])),
        "INSTALL_DATE": G(lambda f: f.date(2016, 2024)),
        "LIFETIME_EXPORT_KWH": G(lambda f: round(f.r.uniform(300, 40000), 1)),
        "HAS_BATTERY": G(lambda f: f.pick([True, False])),
        "NPS_SCORE": G(lambda f: f.r.randint(0, 10)),
        "CHURN_RISK": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
        "LAST_BILL_AMOUNT": G(lambda f: f.money_local(20, 600)),
        "CUSTOMER_AGE": G(lambda f: f.r.randint(24, 88)),
    },
)
# group: commercial customers ------------------------------------------------------------------
ev(
    "group",
    None,
    "any",
    ["web", "node"],
    25,
    {
        "name": G(
            lambda f: f.pick(
                [
                    "Greenfield Dairy Pty Ltd",
                    "Bäckerei Krause GmbH",
                    "Stellenbosch Wine Estates",
                    "Coastal Storage Co",
                    "Kita Sonnenschein e.V.",
                ]
            )
        ),
        "industry": G(lambda f: f.pick(["Agriculture", "Retail", "Hospitality", "Logistics", "Education"])),
        "employees": G(lambda f: f.r.randint(4, 400)),
        "plan": G(lambda f: f.pick(["commercial_ppa", "commercial_purchase", "lease"])),
        "abn": Opt(G(lambda f: f.abn()), 0.5),
        "vat_id": Opt(G(lambda f: "DE" + f.digits(9)), 0.5),
        "billing_email": G(
            lambda f: f.pick(
                [
                    "accounts@greenfielddairy.com.au",
                    "buchhaltung@baeckerei-krause.de",
                    "finance@swe.co.za",
                    "ap@coastalstorage.com.au",
                ]
            )
        ),
        "main_phone": G(
            lambda f: f.pick(["+61 2 6332 4100", "+49 89 4521 300", "+27 21 809 1200", "1300 654 211"])
        ),
        "site_address": G(
            lambda f: f.pick(
                [
                    "14 Industrial Ave, Wacol QLD 4076",
                    "Gewerbestraße 7, 93053 Regensburg",
                    "R44, Stellenbosch 7600",
                ]
            )
        ),
        "roof_area_m2": G(lambda f: f.r.randint(200, 6000)),
        "annual_consumption_mwh": G(lambda f: round(f.r.uniform(40, 2500), 1)),
        "account_manager": Y(lambda f: f.full_name(), "name"),
    },
)
# alias (context only)
ev("alias", None, "any", ["web", "swift", "node"], 15, {})

# pages and screens ------------------------------------------------------------------------------
ev(
    "page",
    None,
    "any",
    ["web"],
    70,
    {
        "name": G(lambda f: f.pick(["Home", "Quote", "Finance", "Shop", "Meter", "Blog Post"])),
        "path": G(lambda f: f.pick(WEB_PAGES)[0]),
        "url": G(
            lambda f: (
                WEB_HOSTS[f.region]
                + f.pick(WEB_PAGES)[0]
                + f.pick(["", "?utm_source=google&utm_medium=cpc", "?step=2"])
            )
        ),
        "title": G(lambda f: f.pick(WEB_PAGES)[1]),
        "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.facebook.com/"])),
        "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?step=2"])),
    },
)
ev(
    "screen",
    None,
    "any",
    ["swift", "rn"],
    45,
    {
        "name": G(lambda f: f.pick(["Energy Dashboard", "Battery", "Bills", "Quote Summary", "Outage Map"])),
        "period": G(lambda f: f.pick(["day", "week", "month", "year"])),
        "siteId": G(lambda f: "site_" + f.hexid(10)),
    },
)

# quote funnel ------------------------------------------------------------------------------------
ev(
    "track",
    "Quote Started",
    "any",
    ["web"],
    50,
    {
        "quote_id": G(lambda f: f.uuid()),
        "entry_point": G(lambda f: f.pick(["homepage_hero", "battery_page", "calculator", "exit_intent"])),
        "postcode": Y(lambda f: f.postcode(), "zipcode"),
        "property_type": G(lambda f: f.pick(["house", "townhouse", "farm", "apartment"])),
        "storeys": G(lambda f: f.pick([1, 1, 2, 3])),
        "monthly_bill": G(lambda f: f.money_local(60, 600)),
        "roof_type": G(lambda f: f.pick(["tin", "tile", "klip-lok", "Ziegel", "flat"])),
        "interested_in": Many(G(lambda f: f.pick(["solar", "battery", "ev_charger", "heat_pump"])), 3),
        "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.4),
        "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.3),
    },
)
ev(
    "track",
    "Address Suggestion Selected",
    "any",
    ["web", "rn"],
    40,
    {
        "q": Y(address_query, "address|street", True),
        "label": Y(lambda f: f.full_address(), "address", True),
        "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
        "session_token": G(lambda f: f.uuid()),
        "position": G(lambda f: f.r.randint(0, 4)),
        "suggestions_shown": G(lambda f: f.r.randint(1, 5)),
        "provider": G(lambda f: f.pick(["google_places", "addressfinder", "here"])),
    },
)
ev(
    "track",
    "Roof Photos Uploaded",
    "any",
    ["swift", "web"],
    35,
    {
        "quoteId": G(lambda f: f.uuid()),
        "photoCount": G(lambda f: f.r.randint(1, 6)),
        "photos": Many(
            {
                "url": Y(lambda f: f.photo_url(), "photo"),
                "width": G(lambda f: f.pick([4032, 3024, 1920])),
                "height": G(lambda f: f.pick([3024, 4032, 1080])),
                "sha256": G(lambda f: f.sha256()),
                "exifLat": Y(lambda f: f.lat(), "geolocation"),
                "exifLng": Y(lambda f: f.lon(), "geolocation"),
                "takenAt": G(lambda f: f.iso()),
            },
            4,
        ),
        "roofFacing": G(lambda f: f.pick(["north", "east-west", "north-west", "south", "Süd"])),
        "shadingReported": G(lambda f: f.pick(["none", "partial", "heavy"])),
    },
)
ev(
    "track",
    "Energy Bill Uploaded",
    "any",
    ["web", "swift", "node"],
    35,
    {
        "documentId": G(lambda f: "doc_" + f.hexid(16)),
        "fileName": G(
            lambda f: f.pick(
                [
                    "IMG_2231.jpg",
                    "bill.pdf",
                    "Scan 12 Mar 2024.pdf",
                    "Rechnung_2023.pdf",
                    "image0.jpeg",
                    "eskom-statement.pdf",
                ]
            )
        ),
        "fileSizeBytes": G(lambda f: f.r.randint(80_000, 9_000_000)),
        "mimeType": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/heic"])),
        "ocr": {
            "retailer": G(lambda f: f.retailer()),
            "accountName": Y(lambda f: f.full_name().upper(), "name"),
            "supplyAddress": Y(lambda f: f.full_address(), "address"),
            "meterNumber": Y(lambda f: f.meter_number(), "serial"),
            "usageKwh": G(lambda f: f.r.randint(300, 3000)),
            "billingPeriodDays": G(lambda f: f.pick([30, 31, 61, 90, 92])),
            "totalDue": G(lambda f: f.money_local(90, 900)),
            "dailySupplyCharge": G(lambda f: round(f.r.uniform(0.8, 1.6), 4)),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
        },
    },
)
ev(
    "track",
    "Quote Generated",
    "any",
    ["node"],
    45,
    {
        "quote_id": G(lambda f: f.uuid()),
        "system_size_kw": G(lambda f: f.pick([6.6, 8.2, 10.1, 13.3, 4.9])),
        "panel_count": G(lambda f: f.r.randint(10, 36)),
        "panel_model": G(lambda f: f.pick(PANELS)),
        "inverter_model": G(lambda f: f.pick(INVERTERS)),
        "battery_model": Opt(G(lambda f: f.pick(BATTERIES)), 0.5),
        "price_incl_tax": G(lambda f: f.money_local(4000, 25000)),
        "rebate_amount": G(lambda f: f.money_local(0, 3500)),
        "annual_savings_estimate": G(lambda f: f.money_local(600, 3200)),
        "payback_years": G(lambda f: round(f.r.uniform(3.1, 9.5), 1)),
        "currency": G(lambda f: f.currency()),
        "customer": {
            "first_name": Y(lambda f: f.first(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "mobile": Y(lambda f: f.phone(), "phone"),
        },
        "sales_agent": {
            "id": G(lambda f: "agt_" + f.digits(4)),
            "name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.staff_email(), "email"),
            "territory": G(lambda f: f.pick(["Western Sydney", "Bayern Süd", "Western Cape", "SE QLD"])),
        },
    },
)
ev(
    "track",
    "Quote Accepted",
    "any",
    ["go"],
    30,
    {
        "quoteId": G(lambda f: f.uuid()),
        "envelopeId": G(lambda f: f.uuid().upper()),
        "signedAt": G(lambda f: f.iso()),
        "signerName": Y(lambda f: f.full_name(), "name"),
        "signerEmail": Y(lambda f: f.email(), "email"),
        "signerIp": Y(lambda f: f.ipv4(), "ip"),
        "depositAmount": G(lambda f: f.money_local(300, 1500)),
        "paymentMethod": G(lambda f: f.pick(["card", "bank_transfer", "finance"])),
    },
)
ev(
    "track",
    "Quote Form Submitted",
    "any",
    ["web"],
    35,
    {  # HTML form field names, kebab-case
        "form-id": G(lambda f: f.pick(["quote-long", "quote-short"])),
        "first-name": Y(lambda f: f.first(), "name"),
        "last-name": Y(lambda f: f.last(), "name"),
        "email-address": Y(lambda f: f.email(), "email"),
        "mobile-number": Y(lambda f: f.phone(), "phone"),
        "post-code": Y(lambda f: f.postcode(), "zipcode"),
        "monthly-bill": G(lambda f: f.pick(["<$150", "$150-$300", "$300-$500", ">$500"])),
        "roof-type": G(lambda f: f.pick(["tin", "tile", "flat", "not sure"])),
        "best-time-to-call": G(lambda f: f.pick(["morning", "afternoon", "evening", "anytime"])),
        "consent-marketing": G(lambda f: f.pick(["on", "off"])),
    },
)
ev(
    "track",
    "Postcode Eligibility Checked",
    "any",
    ["web", "rn"],
    30,
    {
        "postcode": Y(lambda f: f.postcode(), "zipcode"),
        "eligible": G(lambda f: f.pick([True, True, False])),
        "network_provider": G(lambda f: f.network()),
        "export_limit_kw": G(lambda f: f.pick([5, 10, 1.5, 0])),
    },
)
ev(
    "track",
    "Showroom Located",
    "any",
    ["web"],
    20,
    {
        "search_term": G(lambda f: f.pick(["Brisbane", "München", "Cape Town", "Parramatta"])),
        "showroom": {
            "id": G(lambda f: "shw_" + f.digits(3)),
            "name": G(lambda f: f.pick(["Helio Parramatta", "Helio München-Ost", "Helio Canal Walk"])),
            "phone": G(lambda f: f.pick(["(02) 8005 1234", "+49 89 1234 5600", "021 555 0199"])),
            "address": G(
                lambda f: f.pick(
                    [
                        "Shop 4, 159 Church St, Parramatta NSW 2150",
                        "Truderinger Str. 250, 81825 München",
                        "Century Blvd, Century City 7441",
                    ]
                )
            ),
            "city": G(lambda f: f.pick(["Parramatta", "München", "Cape Town"])),
        },
        "distance_km": G(lambda f: round(f.r.uniform(0.4, 60), 1)),
    },
)
ev(
    "track",
    "Calendly Booking Created",
    "any",
    ["node"],
    25,
    {
        "payload": {
            "event": G(lambda f: "invitee.created"),
            "invitee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "timezone": G(lambda f: f.tz()),
                "cancel_url": G(lambda f: "https://calendly.com/cancellations/" + f.uuid()),
            },
            "event_type": {"name": G(lambda f: f.pick(["Site survey (60 min)", "Video consult (30 min)"]))},
            "scheduled_event": {
                "start_time": G(lambda f: f.iso()),
                "location": {"type": G(lambda f: f.pick(["physical", "google_conference", "outbound_call"]))},
            },
            "questions_and_answers": Many(
                {
                    "question": G(lambda f: "Best number to reach you on the day?"),
                    "answer": Y(lambda f: f.phone(), "phone", True),
                },
                1,
            ),
        },
    },
)

# site survey ---------------------------------------------------------------------------------
ev(
    "track",
    "Site Survey Completed",
    "any",
    ["kotlin"],
    35,
    {
        "surveyId": G(lambda f: "SRV-" + f.digits(6)),
        "jobId": G(lambda f: "JOB-" + f.digits(6)),
        "surveyorId": G(lambda f: "emp_" + f.digits(4)),
        "surveyorName": Y(lambda f: f.full_name(), "name"),
        "site": {
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "address": Y(lambda f: f.full_address(), "address"),
        },
        "roof": {
            "pitchDeg": G(lambda f: f.pick([5, 15, 22.5, 30, 45])),
            "azimuthDeg": G(lambda f: f.r.randint(0, 359)),
            "material": G(
                lambda f: f.pick(["colorbond", "terracotta tile", "concrete tile", "IBR", "Schiefer"])
            ),
            "shadingPct": G(lambda f: f.r.randint(0, 40)),
        },
        "switchboard": {
            "phases": G(lambda f: f.pick([1, 3])),
            "mainSwitchA": G(lambda f: f.pick([40, 63, 80, 100])),
            "upgradeRequired": G(lambda f: f.pick([True, False])),
            "photoUrl": Y(lambda f: f.photo_url(), "photo"),
        },
        "occupants": G(lambda f: f.r.randint(1, 7)),
        "dogOnPremises": G(lambda f: f.pick([True, False])),
        "dogName": Opt(G(lambda f: f.pick(["Bella", "Max", "Luna", "Bruno", "Simba", "Rex"])), 0.4),
        "notes": G(
            lambda f: f.pick(
                [
                    "North facing, some shading from gum tree after 3pm",
                    "Meter box needs replacing",
                    "Scaffold needed on rear",
                    "Kein Problem, Dach in gutem Zustand",
                    "Roof in good condition",
                ]
            )
        ),
    },
)

# financing ------------------------------------------------------------------------------------
ev(
    "track",
    "Finance Application Started",
    "any",
    ["web", "swift"],
    30,
    {
        "application_id": G(lambda f: f.uuid()),
        "lender": G(lambda f: f.pick(["Brighte", "Plenti", "Klarna", "Sungrow Finance", "Sunfin"])),
        "loan_amount": G(lambda f: f.money_local(3000, 30000)),
        "term_months": G(lambda f: f.pick([24, 36, 60, 84, 120])),
        "income_band": Y(lambda f: f.pick(["<50k", "50k-80k", "80k-120k", "120k-180k", "180k+"]), "salary"),
        "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
        "credit_score_band": Y(
            lambda f: f.pick(["excellent", "very good", "good", "average", "below average"]), "credit score"
        ),
        "homeowner": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Finance Application Submitted",
    "AU",
    ["node"],
    40,
    {
        "applicationId": G(lambda f: f.uuid()),
        "loanAmount": G(lambda f: f.money_local(3000, 30000)),
        "termMonths": G(lambda f: f.pick([24, 36, 60, 84])),
        "applicant": {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "dateOfBirth": Y(lambda f: f.date(1945, 2004), "birthdate"),
            "email": Y(lambda f: f.email(), "email"),
            "mobile": Y(lambda f: f.phone(), "phone"),
            "residentialAddress": {
                "unitNumber": Opt(Y(lambda f: str(f.r.randint(1, 40)), "address"), 0.3),
                "streetNumber": Y(lambda f: f.house_number(), "address|street"),
                "streetName": Y(lambda f: f.street_name(), "street|address"),
                "suburb": Y(lambda f: f.suburb(), "city"),
                "state": G(lambda f: f.state()),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
            },
            "yearsAtAddress": G(lambda f: f.r.randint(0, 30)),
            "residencyStatus": RED(
                lambda f: f.pick(["citizen", "permanent_resident", "temporary_visa"]), "visa|citizenship"
            ),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "de_facto", "divorced", "widowed"])),
            "dependants": G(lambda f: f.r.randint(0, 4)),
            "age": G(lambda f: f.r.randint(19, 82)),
            "driverLicence": {
                "number": Y(lambda f: f.digits(f.pick([8, 9])), "license"),
                "cardNumber": Y(lambda f: f.pick(["", "P"]) + f.digits(f.pick([9, 10])), "license"),
                "state": G(lambda f: f.state()),
            },
            "employment": {
                "status": G(
                    lambda f: f.pick(["full_time", "part_time", "self_employed", "retired", "casual"])
                ),
                "employer": G(lambda f: f.pick(["NSW Health", "Woolworths Group", "BHP", "Self", "Canva"])),
                "occupation": G(
                    lambda f: f.pick(
                        ["Registered Nurse", "Electrician", "Teacher", "Software Engineer", "Farmer"]
                    )
                ),
                "yearsEmployed": G(lambda f: f.r.randint(0, 35)),
                "grossAnnualIncome": Y(lambda f: f.income(), "salary"),
            },
        },
        "coApplicant": Opt(
            {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "dateOfBirth": Y(lambda f: f.date(1945, 2004), "birthdate"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "parent", "sibling"])),
            },
            0.4,
        ),
        "creditCheckConsent": G(lambda f: True),
    },
)
ev(
    "track",
    "Credit Check Completed",
    "any",
    ["java"],
    35,
    {
        "applicationId": G(lambda f: f.uuid()),
        "bureau": G(lambda f: {"AU": "Equifax", "DE": "SCHUFA", "ZA": "TransUnion"}[f.region]),
        "bureauReference": G(lambda f: f.pick(["EQ", "SCH", "TU"]) + f.digits(10)),
        "creditScore": Y(lambda f: f.credit_score(), "credit score"),
        "scoreBand": Y(
            lambda f: f.pick(["Excellent", "Very Good", "Good", "Average", "Below Average"]), "credit score"
        ),
        "decision": G(lambda f: f.pick(["approved", "referred", "declined"])),
        "checkedAt": G(lambda f: f.iso()),
        "hardEnquiry": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Income Verified",
    "any",
    ["python"],
    25,
    {
        "application_id": G(lambda f: f.uuid()),
        "provider": G(lambda f: f.pick(["basiq", "illion", "finAPI", "Stitch"])),
        "provider_user_id": G(lambda f: f.uuid()),
        "institution": G(
            lambda f: f.pick(["Commonwealth Bank", "Westpac", "Sparkasse", "ING", "Capitec", "FNB"])
        ),
        "accounts_connected": G(lambda f: f.r.randint(1, 4)),
        "avg_monthly_income": Y(lambda f: round(f.income() / 12, 2), "salary"),
        "income_verified": G(lambda f: f.pick([True, False])),
        "gambling_flag": G(lambda f: f.pick([False, False, True])),
    },
)
ev(
    "track",
    "Finanzierungsanfrage Gesendet",
    "DE",
    ["php"],
    30,
    {
        "antrag_id": G(lambda f: "FIN-" + f.digits(8)),
        "vorname": Y(lambda f: f.first(), "name"),
        "nachname": Y(lambda f: f.last(), "name"),
        "geburtsdatum": Y(
            lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1945, 2003)}",
            "birthdate",
        ),
        "geburtsort": Y(
            lambda f: f.pick(["Dresden", "Izmir", "Kattowitz", "Bremen", "Nürnberg", "Almaty"]), "city"
        ),
        "staatsangehoerigkeit": Y(
            lambda f: f.pick(["deutsch", "türkisch", "polnisch", "italienisch"]), "citizenship"
        ),
        "familienstand": G(lambda f: f.pick(["ledig", "verheiratet", "geschieden", "verwitwet"])),
        "arbeitgeber": G(lambda f: f.pick(["Siemens AG", "Stadt Leipzig", "BMW Group", "selbstständig"])),
        "beruf": G(lambda f: f.pick(["Ingenieur", "Krankenpflegerin", "Lehrer", "Elektriker"])),
        "nettoeinkommen": Y(lambda f: f.r.randrange(1800, 7500, 50), "salary"),
        "ausweisnummer": RED(lambda f: f.de_ausweis(), "national id"),
        "iban": RED(lambda f: f.iban("DE"), "bank account"),
        "schufa_einwilligung": G(lambda f: True),
        "kreditbetrag": G(lambda f: f.r.randrange(5000, 40000, 500)),
    },
)
ev(
    "track",
    "Finance Application Submitted",
    "ZA",
    ["ruby"],
    25,
    {
        "application_ref": G(lambda f: "ZAF" + f.digits(7)),
        "id_number": RED(lambda f: f.za_id(), "national id"),
        "passport_number": Opt(RED(lambda f: f.passport(), "passport"), 0.4),
        "full_name": Y(lambda f: f.full_name(), "name"),
        "cell": Y(lambda f: f.phone(), "phone"),
        "monthly_net_income": Y(lambda f: f.r.randrange(9000, 95000, 100), "salary"),
        "employer_name": G(
            lambda f: f.pick(["Shoprite Holdings", "Department of Education", "Sasol", "Self-employed"])
        ),
        "bank_statements_uploaded": G(lambda f: f.pick([True, False])),
        "loan_amount": G(lambda f: f.r.randrange(30000, 250000, 1000)),
        "rent_or_bond": G(lambda f: f.pick(["bond", "rent", "paid_off"])),
        "work_permit_required": RED(lambda f: f.pick([False, False, True]), "visa"),
    },
)

# shop (e-commerce spec) -----------------------------------------------------------------------
ev(
    "track",
    "Products Searched",
    "any",
    ["web"],
    30,
    {"query": G(lambda f: f.pick(["powerwall", "ev charger", "wallbox", "battery 10kwh", "Wallbox Typ 2"]))},
)
ev(
    "track",
    "Product Viewed",
    "any",
    ["web", "swift"],
    45,
    {**shop_product(), "currency": G(lambda f: f.currency())},
)
ev(
    "track",
    "Product Added",
    "any",
    ["web"],
    30,
    {
        "cart_id": G(lambda f: f.uuid()),
        **{
            k: v for k, v in shop_product().items() if k in ("product_id", "sku", "name", "price", "quantity")
        },
    },
)
ev(
    "track",
    "Checkout Started",
    "any",
    ["web", "php"],
    30,
    {
        "order_id": G(lambda f: "SO-" + f.digits(6)),
        "revenue": G(lambda f: f.money_local(100, 14000)),
        "tax": G(lambda f: f.money_local(10, 1300)),
        "shipping": G(lambda f: f.money_local(0, 80)),
        "coupon": G(lambda f: f.pick(["", "WINTER24", "VPP100", "SONNE10"])),
        "currency": G(lambda f: f.currency()),
        "products": Many(shop_product(), 2),
    },
)
ev(
    "track",
    "Payment Info Entered",
    "any",
    ["web"],
    25,
    {
        "checkout_id": G(lambda f: f.uuid()),
        "order_id": G(lambda f: "SO-" + f.digits(6)),
        "step": G(lambda f: 3),
        "payment_method": G(lambda f: f.pick(["card", "paypal", "afterpay", "klarna"])),
        "payment_method_id": RED(lambda f: f.pm(), "token"),
        "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
        "card_last4": G(lambda f: f.digits(4)),
        "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
        "card_bin": G(lambda f: f.pick(["453210", "516361", "377311"])),
        "cardholder_name": Y(lambda f: f.full_name(), "name"),
        "save_card": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Order Completed",
    "any",
    ["php", "node"],
    40,
    {
        "order_id": G(lambda f: "SO-" + f.digits(6)),
        "checkout_id": G(lambda f: f.uuid()),
        "total": G(lambda f: f.money_local(100, 14000)),
        "subtotal": G(lambda f: f.money_local(100, 14000)),
        "tax": G(lambda f: f.money_local(10, 1300)),
        "shipping": G(lambda f: f.money_local(0, 80)),
        "coupon": G(lambda f: f.pick(["", "WINTER24", "VPP100", "SONNE10"])),
        "currency": G(lambda f: f.currency()),
        "products": Many(shop_product(), 3),
        "customer_email": Y(lambda f: f.email(), "email"),
        "billing_address": customer_address(),
        "shipping_address": {
            "name": Y(lambda f: f.full_name(), "name"),
            **customer_address(),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        "installation_required": G(lambda f: f.pick([True, False])),
        "invoice_number": G(lambda f: "INV-" + f.digits(7)),
    },
)
ev(
    "track",
    "Referral Submitted",
    "any",
    ["web", "swift"],
    25,
    {
        "referral_code": G(lambda f: "SUN-" + f.hexid(5).upper()),
        "referee": {
            "name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
        },
        "relationship": G(lambda f: f.pick(["neighbour", "friend", "family", "colleague"])),
        "reward_amount": G(lambda f: f.pick([100, 200, 250])),
    },
)

# account & auth -------------------------------------------------------------------------------
ev(
    "track",
    "Signed Up",
    "any",
    ["web", "swift", "rn"],
    35,
    {
        "email": Y(lambda f: f.email(), "email"),
        "first_name": Y(lambda f: f.first(), "name"),
        "method": G(lambda f: f.pick(["email", "google", "apple"])),
        "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        "marketing_consent": G(lambda f: f.pick([True, False])),
        "referral_code_used": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Signed In",
    "any",
    ["web", "swift", "rn"],
    40,
    {
        "login_method": G(lambda f: f.pick(["password", "magic_link", "google", "apple", "face_id"])),
        "mfa_method": G(lambda f: f.pick(["none", "sms", "totp"])),
        "failed_attempts": G(lambda f: f.r.randint(0, 3)),
        "username": Y(lambda f: f.email(), "email", True),
    },
)
ev(
    "track",
    "Magic Link Sent",
    "any",
    ["python"],
    20,
    {
        "email": Y(lambda f: f.email(), "email"),
        "magicLink": RED(lambda f: "https://my.helio.energy/auth/verify?token=" + f.hexid(48), "token"),
        "expiresInMin": G(lambda f: 15),
    },
)
ev(
    "track",
    "OTP Verified",
    "any",
    ["swift", "rn"],
    25,
    {
        "channel": G(lambda f: f.pick(["sms", "email"])),
        "otp": RED(lambda f: f.digits(6), "token"),
        "attempts": G(lambda f: f.r.randint(1, 3)),
        "success": G(lambda f: f.pick([True, True, False])),
    },
)
ev(
    "track",
    "Contact Field Autofilled",
    "any",
    ["web"],
    25,
    {
        "form": G(lambda f: f.pick(["quote-long", "callback", "outage"])),
        "field": G(lambda f: "mobile"),
        "value": Y(lambda f: f.phone(), "phone", True),
        "source": G(lambda f: f.pick(["browser_autofill", "saved_profile"])),
    },
)

# installation -----------------------------------------------------------------------------------
ev(
    "track",
    "Installation Booked",
    "any",
    ["web", "rn"],
    35,
    {
        "bookingId": G(lambda f: "BK-" + f.digits(6)),
        "jobId": G(lambda f: "JOB-" + f.digits(6)),
        "installDate": G(lambda f: f.date(2024, 2025)),
        "timeSlot": G(lambda f: f.pick(["7:00-12:00", "12:00-17:00", "all_day"])),
        "siteContactName": Y(lambda f: f.full_name(), "name"),
        "siteContactPhone": Y(lambda f: f.phone(), "phone"),
        "accessNotes": RED(access_note, "secret", True),
        "accessibilityNeeds": RED(
            lambda f: f.pick(["wheelchair user", "hearing impaired - SMS only", "low vision", "none"]),
            "disability",
        ),
        "scaffoldRequired": G(lambda f: f.pick([True, False])),
        "petOnSite": G(lambda f: f.pick([True, False])),
        "petName": Opt(G(lambda f: f.pick(["Bella", "Max", "Luna", "Coco", "Charlie", "Kaiser"])), 0.4),
    },
)
ev(
    "track",
    "Landlord Consent Requested",
    "any",
    ["node"],
    20,
    {
        "jobId": G(lambda f: "JOB-" + f.digits(6)),
        "landlord": {
            "name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        "agency": {
            "name": G(
                lambda f: f.pick(
                    [
                        "Ray White Penrith",
                        "LJ Hooker Glenelg",
                        "Pam Golding Properties",
                        "Engel & Völkers Köln",
                    ]
                )
            ),
            "phone": G(
                lambda f: f.pick(["(02) 4721 3000", "(08) 8294 1111", "+27 21 797 5300", "+49 221 9257 0"])
            ),
            "email": G(
                lambda f: f.pick(
                    ["rentals@raywhitepenrith.com.au", "pm@ljhglenelg.com.au", "lettings@pamgolding.co.za"]
                )
            ),
        },
        "sentVia": G(lambda f: f.pick(["email", "sms"])),
    },
)
ev(
    "track",
    "Installer Assigned",
    "any",
    ["java"],
    35,
    {
        "jobId": G(lambda f: "JOB-" + f.digits(6)),
        "installer": {
            "id": G(lambda f: "ins_" + f.digits(5)),
            "name": Y(lambda f: f.full_name(), "name"),
            "mobile": Y(lambda f: f.phone(), "phone"),
            "company": G(
                lambda f: f.pick(
                    [
                        "Bright Sparks Electrical Pty Ltd",
                        "Sonnenstrom Montage GmbH",
                        "Karoo Solar Installs (Pty) Ltd",
                        "Helio Direct",
                    ]
                )
            ),
            "photoUrl": Y(lambda f: "https://cdn.helio.energy/staff/" + f.hexid(8) + ".jpg", "photo"),
        },
        "crewSize": G(lambda f: f.r.randint(1, 4)),
        "scheduledStart": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Installer Onboarded",
    "AU",
    ["ruby"],
    20,
    {
        "installer_id": G(lambda f: "ins_" + f.digits(5)),
        "full_name": Y(lambda f: f.full_name(), "name"),
        "mobile": Y(lambda f: f.phone(), "phone"),
        "email": Y(lambda f: f.email(), "email"),
        "date_of_birth": Y(lambda f: f.date(1960, 2003), "birthdate"),
        "cec_accreditation_number": Y(lambda f: "A" + f.digits(7), "license|certificate"),
        "electrical_licence_number": Y(lambda f: f.pick(["EC", "REC ", ""]) + f.digits(6), "license"),
        "white_card_number": Y(lambda f: "CGI" + f.digits(8), "license"),
        "tax_file_number": RED(lambda f: f.au_tfn(), "national id"),
        "hourly_rate": Y(lambda f: f.pick([55, 62.5, 70, 85, 95]), "salary"),
        "company": {
            "name": G(
                lambda f: f.pick(
                    ["Bright Sparks Electrical Pty Ltd", "Sunline Electrical", "Coastal Volt Pty Ltd"]
                )
            ),
            "abn": G(lambda f: f.abn()),
        },
        "bank": {
            "bsb": G(lambda f: f.bsb()),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "account_name": Y(lambda f: f.full_name(), "name"),
        },
        "emergency_contact": {
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "relationship": G(lambda f: f.pick(["partner", "mother", "father", "sister", "friend"])),
        },
        "vehicle_rego": Y(
            lambda f: (
                f.pick(["1", "A", "E", "C"])
                + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
                + "-"
                + f.digits(2)
                + f.pick("ABCDEFGH")
            ),
            "license",
        ),
    },
)
ev(
    "track",
    "Job Checked In",
    "any",
    ["kotlin"],
    40,
    {
        "jobId": G(lambda f: "JOB-" + f.digits(6)),
        "installerId": G(lambda f: "ins_" + f.digits(5)),
        "checkInLat": Y(lambda f: f.lat(), "geolocation"),
        "checkInLng": Y(lambda f: f.lon(), "geolocation"),
        "distanceFromSiteM": G(lambda f: f.r.randint(0, 250)),
        "onTime": G(lambda f: f.pick([True, False])),
        "note": Y(note_with_name, "name", True),
    },
)
ev(
    "track",
    "Job Completed",
    "any",
    ["kotlin"],
    35,
    {
        "jobId": G(lambda f: "JOB-" + f.digits(6)),
        "panelsInstalled": G(lambda f: f.r.randint(8, 36)),
        "inverterSerial": Y(lambda f: f.inverter_serial(), "serial"),
        "batterySerial": Opt(Y(lambda f: f.inverter_serial(), "serial"), 0.4),
        "inverterModel": G(lambda f: f.pick(INVERTERS)),
        "commissioningTestPassed": G(lambda f: f.pick([True, True, False])),
        "customerSignedName": Y(lambda f: f.full_name(), "name"),
        "customerSignatureCaptured": G(lambda f: True),
        "photos": Many(Y(lambda f: f.photo_url(), "photo"), 4),
    },
)
ev(
    "track",
    "Compliance Certificate Issued",
    "AU",
    ["go"],
    25,
    {
        "jobId": G(lambda f: "JOB-" + f.digits(6)),
        "certificateType": G(lambda f: f.pick(["CCEW", "COES", "EWR"])),
        "certificateNumber": G(lambda f: f.pick(["CCEW", "COES", "EWR"]) + "-" + f.digits(7)),
        "electricianName": Y(lambda f: f.full_name(), "name"),
        "electricianLicenceNo": Y(lambda f: f.digits(6) + f.pick(["C", "S", ""]), "license"),
        "nmi": Y(lambda f: f.nmi(), "serial"),
        "networkProvider": G(lambda f: f.network()),
    },
)
ev(
    "track",
    "Sales Commission Calculated",
    "any",
    ["python"],
    20,
    {
        "agent": {
            "id": G(lambda f: "agt_" + f.digits(4)),
            "name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.staff_email(), "email"),
        },
        "period": G(lambda f: f.pick(["2024-05", "2024-06", "2024-07"])),
        "deals_closed": G(lambda f: f.r.randint(0, 25)),
        "commission_amount": Y(lambda f: f.money_local(0, 12000), "salary"),
        "base_salary": Y(lambda f: f.income(), "salary"),
        "territory": G(lambda f: f.pick(["Western Sydney", "Bayern Süd", "Western Cape", "SE QLD"])),
        "currency": G(lambda f: f.currency()),
    },
)

# meters, readings, payouts -----------------------------------------------------------------------
ev(
    "track",
    "Meter Reading Submitted",
    "any",
    ["web", "swift"],
    30,
    {
        "meterNumber": Y(lambda f: f.meter_number(), "serial"),
        "registerId": G(lambda f: f.pick(["E1", "B1", "1.8.0", "2.8.0"])),
        "reading": G(lambda f: f.r.randint(1000, 99999)),
        "readDate": G(lambda f: f.date(2024, 2024)),
        "photoUrl": Y(lambda f: f.photo_url(), "photo"),
        "estimated": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Smart Meter Interval Received",
    "AU",
    ["go"],
    50,
    {
        "nmi": Y(lambda f: f.nmi(), "serial"),
        "meter_serial": Y(lambda f: f.pick(["LG", "EM", "ED"]) + f.digits(8), "serial"),
        "meter_id": G(lambda f: f.uuid()),
        "interval_start": G(lambda f: f.iso()),
        "interval_minutes": G(lambda f: f.pick([5, 30])),
        "kwh_import": G(lambda f: round(f.r.uniform(0, 2.5), 3)),
        "kwh_export": G(lambda f: round(f.r.uniform(0, 3.5), 3)),
        "quality_flag": G(lambda f: f.pick(["A", "E", "S", "F"])),
    },
)
ev(
    "track",
    "Zaehlerstand Uebermittelt",
    "DE",
    ["php"],
    30,
    {
        "zaehlernummer": Y(lambda f: f.zaehlernummer(), "serial"),
        "marktlokation_id": Y(lambda f: f.malo_id(), "serial"),
        "zaehlerstand_kwh": G(lambda f: f.r.randint(1000, 99999)),
        "einspeisung_kwh": G(lambda f: f.r.randint(0, 20000)),
        "ablesedatum": G(lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.2024"),
        "ablesegrund": G(lambda f: f.pick(["Turnusablesung", "Zwischenablesung", "Einzug", "Auszug"])),
        "netzbetreiber": G(lambda f: f.network()),
        "kundennummer": G(lambda f: "K-" + f.digits(7)),
    },
)
ev(
    "track",
    "Prepaid Electricity Purchased",
    "ZA",
    ["flutter", "java"],
    30,
    {
        "meter_number": Y(lambda f: f.sts_meter(), "serial"),
        "token": RED(lambda f: f.sts_token(), "token"),
        "amount": G(lambda f: f.pick([50, 100, 200, 350, 500, 1000])),
        "units_kwh": G(lambda f: round(f.r.uniform(15, 400), 1)),
        "vendor": G(lambda f: f.pick(["Helio App", "Shoprite", "Capitec App", "Pick n Pay"])),
        "receipt_number": G(lambda f: f.digits(12)),
        "municipality": G(
            lambda f: f.pick(["City of Cape Town", "City of Tshwane", "eThekwini", "Eskom Direct"])
        ),
    },
)
ev(
    "track",
    "Inverter Telemetry",
    "any",
    ["go"],
    50,
    {
        "siteId": G(lambda f: "site_" + f.hexid(10)),
        "inverterSerial": Y(lambda f: f.inverter_serial(), "serial"),
        "firmware": G(lambda f: f.pick(["1.28.7-1", "V300R001C00SPC125", "3.4.2", "0.29.3"])),
        "pvPowerW": G(lambda f: f.r.randint(0, 10000)),
        "gridExportW": G(lambda f: f.r.randint(-3000, 8000)),
        "batterySocPct": G(lambda f: f.r.randint(0, 100)),
        "status": G(lambda f: f.pick(["normal", "standby", "fault", "grid_outage"])),
        "errorCodes": Many(G(lambda f: f.pick(["F28", "W112", "567", "E041"])), 2),
        "site": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "timezone": G(lambda f: f.tz()),
        },
        "reportedAt": G(lambda f: f.epoch_ms()),
    },
)
ev(
    "track",
    "FeedInPayoutProcessed",
    "DE",
    ["dotnet"],
    30,
    {
        "PayoutId": G(lambda f: f.uuid()),
        "CustomerNumber": G(lambda f: "K-" + f.digits(7)),
        "AccountHolderName": Y(lambda f: f.full_name(), "name"),
        "Iban": RED(lambda f: f.iban("DE"), "bank account"),
        "Bic": G(lambda f: f.bic()),
        "AmountEur": G(lambda f: round(f.r.uniform(5, 900), 2)),
        "ExportedKwh": G(lambda f: f.r.randint(50, 9000)),
        "PeriodStart": G(lambda f: f.date(2023, 2024)),
        "MandateReference": G(lambda f: "HEL-" + f.digits(8)),
        "Status": G(lambda f: f.pick(["Paid", "Pending", "Returned"])),
    },
)
ev(
    "track",
    "Einspeiseverguetung Ausgezahlt",
    "DE",
    ["php"],
    25,
    {
        "kontoinhaber": Y(lambda f: f.full_name(), "name"),
        "iban": RED(lambda f: f.iban("DE"), "bank account"),
        "bic": G(lambda f: f.bic()),
        "betrag_eur": G(lambda f: round(f.r.uniform(5, 900), 2)),
        "eingespeiste_kwh": G(lambda f: f.r.randint(50, 9000)),
        "abrechnungszeitraum": G(lambda f: f.pick(["2023", "2024-Q1", "2024-Q2"])),
        "anlagen_id": G(lambda f: "PV-" + f.digits(6)),
        "steuer_id": RED(lambda f: f.de_steuer_id(), "national id"),
    },
)
ev(
    "track",
    "Bank Details Updated",
    "AU",
    ["swift", "node"],
    25,
    {
        "bsb": G(lambda f: f.bsb()),
        "accountNumber": RED(lambda f: f.bank_account(), "bank account"),
        "accountName": Y(lambda f: f.full_name(), "name"),
        "bankName": G(lambda f: f.pick(["Commonwealth Bank", "Westpac", "ANZ", "NAB", "Bendigo Bank"])),
        "purpose": G(lambda f: f.pick(["feed_in_credit_payout", "direct_debit"])),
    },
)
ev(
    "track",
    "Bankbesonderhede Opgedateer",
    "ZA",
    ["java"],
    25,
    {
        "rekeninghouer": Y(lambda f: f.full_name(), "name"),
        "rekeningnommer": RED(lambda f: f.bank_account(), "bank account"),
        "takkode": G(lambda f: f.za_branch()),
        "bank": G(lambda f: f.pick(["Capitec", "FNB", "ABSA", "Standard Bank", "Nedbank"])),
        "rekeningtipe": G(lambda f: f.pick(["tjek", "spaar", "transmissie"])),
        "klientnommer": G(lambda f: "HZ" + f.digits(7)),
    },
)

# outages & hardship ------------------------------------------------------------------------------
ev(
    "track",
    "Outage Reported",
    "any",
    ["flutter", "rn"],
    40,
    {
        "reportId": G(lambda f: f.uuid()),
        "outageType": G(lambda f: f.pick(["no_power", "partial", "flickering", "inverter_fault"])),
        "startedAt": G(lambda f: f.iso()),
        "streetAddress": Y(lambda f: f.street(), "address|street"),
        "suburb": Y(lambda f: f.suburb(), "city"),
        "postcode": Y(lambda f: f.postcode(), "zipcode"),
        "contactNumber": Y(lambda f: f.phone(), "phone"),
        "lifeSupportAtPremises": Y(lambda f: f.pick([True, False, False]), "condition"),
        "loadSheddingStage": Opt(G(lambda f: f.r.randint(0, 6)), 0.5),
        "comments": G(
            lambda f: f.pick(
                [
                    "No power since 3pm, neighbours too",
                    "Lights flickering then out",
                    "Inverter beeping, grid light red",
                    "Trip switch keeps tripping",
                ]
            )
        ),
    },
)
ev(
    "track",
    "Kragonderbreking Aangemeld",
    "ZA",
    ["java"],
    25,
    {
        "naam": Y(lambda f: f.first(), "name"),
        "van": Y(lambda f: f.last(), "name"),
        "selfoonnommer": Y(lambda f: f.phone(), "phone"),
        "straatadres": Y(lambda f: f.street(), "address|street"),
        "voorstad": Y(lambda f: f.suburb(), "city"),
        "poskode": Y(lambda f: f.postcode(), "zipcode"),
        "beurtkrag_fase": G(lambda f: f.r.randint(0, 6)),
        "munisipaliteit": G(lambda f: f.pick(["Stad Kaapstad", "Tshwane", "Drakenstein", "Stellenbosch"])),
        "verwysingsnommer": G(lambda f: "KO" + f.digits(8)),
        "beskrywing": G(
            lambda f: f.pick(
                ["Geen krag sedert 06:00", "Hele straat is af", "Omskakelaar wys fout", "Krag kom en gaan"]
            )
        ),
    },
)
ev(
    "track",
    "Network Outage Notified",
    "any",
    ["go"],
    25,
    {
        "outageId": G(lambda f: "OUT-" + f.digits(7)),
        "network": G(lambda f: f.network()),
        "region": G(
            lambda f: f.pick(["Hills District", "Oberbayern", "Southern Suburbs", "Gold Coast Hinterland"])
        ),
        "affectedCustomers": G(lambda f: f.r.randint(20, 18000)),
        "planned": G(lambda f: f.pick([True, False])),
        "estimatedRestoration": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Life Support Registered",
    "AU",
    ["node"],
    20,
    {
        "registrationId": G(lambda f: "LS-" + f.digits(6)),
        "equipment": Y(
            lambda f: f.pick(
                [
                    "oxygen concentrator",
                    "home dialysis machine",
                    "ventilator",
                    "enteral feeding pump",
                    "CPAP machine",
                ]
            ),
            "condition",
        ),
        "registeredPerson": {
            "name": Y(lambda f: f.full_name(), "name"),
            "relationship": G(lambda f: f.pick(["self", "child", "spouse", "parent"])),
            "medicareNumber": RED(lambda f: f.medicare(), "health id"),
        },
        "gpName": Y(lambda f: "Dr " + f.full_name(), "name"),
        "medicalPractice": G(
            lambda f: f.pick(["Penrith Family Medical", "Glenelg Health Hub", "Brunswick GP Clinic"])
        ),
        "medicalConfirmationReceived": G(lambda f: f.pick([True, False])),
        "medicalCoolingConcession": Y(lambda f: f.pick([True, False]), "condition"),
        "dvaGoldCardHolder": RED(lambda f: f.pick([True, False, False]), "veteran"),
        "concessionType": G(lambda f: f.pick(["pensioner", "health_care_card", "none", "low_income"])),
        "concessionCardNumber": Opt(RED(lambda f: f.crn(), "national id"), 0.6),
        "deadline": G(lambda f: f.date(2024, 2025)),
    },
)

# support, telephony, e-mail, ads -----------------------------------------------------------------
ev(
    "track",
    "Support Ticket Created",
    "any",
    ["ruby"],
    35,
    {
        "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
        "subject": G(
            lambda f: f.pick(
                [
                    "Inverter error F28",
                    "Missing feed-in credit",
                    "App not syncing",
                    "Battery not charging",
                    "Rechnung falsch",
                ]
            )
        ),
        "description": Y(support_desc, "phone", True),
        "requester": {"name": Y(lambda f: f.full_name(), "name"), "email": Y(lambda f: f.email(), "email")},
        "assignee": {
            "name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.staff_email(), "email"),
        },
        "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
        "tags": Many(G(lambda f: f.pick(["inverter", "billing", "vpp", "warranty", "load_shedding"])), 3),
        "channel": G(lambda f: f.pick(["web", "email", "chat", "voice"])),
        "support_address": G(
            lambda f: f.pick(["support@helio.com.au", "service@helio-energie.de", "help@helio.co.za"])
        ),
    },
)
ev(
    "track",
    "Live Chat Message Sent",
    "any",
    ["web"],
    25,
    {
        "conversationId": G(lambda f: f.hexid(24)),
        "sender": G(lambda f: "visitor"),
        "text": Y(text_with_phone, "phone", True),
        "messageIndex": G(lambda f: f.r.randint(1, 12)),
    },
)
ev(
    "track",
    "Help Centre Searched",
    "any",
    ["web", "swift"],
    30,
    {
        "input": G(
            lambda f: f.pick(
                [
                    "inverter error 28",
                    "feed in tariff rates",
                    "how to read my meter",
                    "load shedding battery",
                    "Einspeisevergütung",
                    "warranty claim",
                ]
            )
        ),
        "results": G(lambda f: f.r.randint(0, 25)),
    },
)
ev(
    "track",
    "Inbound Call Completed",
    "any",
    ["node"],
    35,
    {  # Twilio status callback, forwarded as is
        "CallSid": G(lambda f: "CA" + f.hexid(32)),
        "AccountSid": G(lambda f: "AC" + f.hexid(32)),
        "From": Y(lambda f: f.mobile_e164(), "phone"),
        "To": G(lambda f: f.pick(["+61280051234", "+498912345600", "+27215550199", "+61730001234"])),
        "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
        "Direction": G(lambda f: "inbound"),
        "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
        "RecordingSid": G(lambda f: "RE" + f.hexid(32)),
    },
)
ev(
    "track",
    "Email Event",
    "any",
    ["python"],
    40,
    {  # SendGrid event webhook
        "email": Y(lambda f: f.email(), "email"),
        "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
        "sg_event_id": G(
            lambda f: "".join(
                f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22)
            )
        ),
        "sg_message_id": G(
            lambda f: (
                "".join(
                    f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(22)
                )
                + ".filterdrecv-"
                + f.digits(2)
                + ".0"
            )
        ),
        "smtp-id": G(lambda f: f"<{f.hexid(11)}.{f.hexid(3)}.{f.hexid(6)}@ismtpd-{f.digits(3)}>"),
        "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.6),
        "useragent": Opt(G(lambda f: f.pick(UA_WEB)), 0.6),
        "category": Many(
            G(lambda f: f.pick(["quote_followup", "bill_ready", "outage_update", "newsletter"])), 2
        ),
        "from": G(
            lambda f: f.pick(
                ["no-reply@helio.com.au", "kundenservice@helio-energie.de", "noreply@helio.co.za"]
            )
        ),
    },
)
ev(
    "track",
    "Lead",
    "any",
    ["node"],
    30,
    {  # Meta Conversions API shape
        "event_source_url": G(lambda f: WEB_HOSTS[f.region] + "/quote/thanks"),
        "action_source": G(lambda f: "website"),
        "user_data": {
            "em": Y(lambda f: f.sha256(), "email"),
            "ph": Y(lambda f: f.sha256(), "phone"),
            "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "client_user_agent": G(lambda f: f.pick(UA_WEB)),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Opt(Y(lambda f: f.fbc(), "advertising id"), 0.5),
            "external_id": G(lambda f: "C" + f.digits(8)),
        },
        "custom_data": {
            "value": G(lambda f: f.pick([50, 80, 120])),
            "currency": G(lambda f: f.currency()),
            "content_name": G(lambda f: f.pick(["solar_quote", "battery_quote"])),
        },
        "event_id": G(lambda f: f.uuid()),
    },
)
ev(
    "track",
    "Offline Conversion Uploaded",
    "any",
    ["python"],
    20,
    {
        "gclid": Y(lambda f: f.gclid(), "advertising id"),
        "conversion_action": G(
            lambda f: f.pick(["customers/123/conversionActions/456", "customers/123/conversionActions/789"])
        ),
        "conversion_date_time": G(lambda f: f.iso()),
        "conversion_value": G(lambda f: f.money_local(500, 20000)),
        "order_id": G(lambda f: "SO-" + f.digits(6)),
    },
)
ev(
    "track",
    "Survey Response Submitted",
    "any",
    ["web", "swift"],
    30,
    {
        "survey_id": G(lambda f: f.pick(["post_install_nps", "quote_csat"])),
        "score": G(lambda f: f.r.randint(0, 10)),
        "comment": G(
            lambda f: f.pick(
                [
                    "Great install crew, very tidy",
                    "Took too long to get network approval",
                    "",
                    "Sehr zufrieden",
                    "Battery app is confusing",
                ]
            )
        ),
        "crew_lead_name": Y(lambda f: f.first(), "name"),
    },
)
ev(
    "track",
    "VPP Enrolled",
    "AU",
    ["swift", "rn"],
    25,
    {
        "programme": G(lambda f: f.pick(["Helio VPP", "SA VPP", "Tesla Energy Plan"])),
        "battery_capacity_kwh": G(lambda f: f.pick([10.1, 13.5, 9.6, 12.8])),
        "reserve_pct": G(lambda f: f.pick([10, 20, 30])),
        "nmi": Y(lambda f: f.nmi(), "serial"),
        "sign_up_credit": G(lambda f: f.pick([100, 200, 300])),
    },
)
ev(
    "track",
    "EV Charger Session Ended",
    "any",
    ["rn"],
    30,
    {
        "session_id": G(lambda f: f.uuid()),
        "charger_serial": Y(lambda f: f.pick(["ZAPPI", "WB"]) + f.digits(8), "serial"),
        "energy_kwh": G(lambda f: round(f.r.uniform(2, 60), 2)),
        "solar_share_pct": G(lambda f: f.r.randint(0, 100)),
        "vehicle": {
            "make": G(lambda f: f.pick(["Tesla", "BYD", "Volkswagen", "MG", "Hyundai"])),
            "model": G(lambda f: f.pick(["Model Y", "Atto 3", "ID.4", "ZS EV", "Ioniq 5"])),
            "vin": Opt(
                Y(lambda f: f.pick(["LGXCE4CB", "5YJ3E7EB", "WVWZZZE1"]) + f.hexid(9).upper(), "serial"), 0.5
            ),
            "plate": Opt(
                Y(
                    lambda f: f.pick(["CXK-21P", "M-HE 4471", "CA 123-456", "1AB-2CD", "B-EV 204E"]),
                    "license",
                ),
                0.6,
            ),
        },
    },
)


def build(seed: int = 150):
    f = SolarFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, region, clients, weight, body in E:
        for _ in range(weight):
            f.start(region)
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid() if client not in ("web",) else "ajs-next-" + f.hexid(32),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            if kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
                if kind in ("page", "screen"):
                    msg["name"] = msg[section]["name"]
            msg["context"] = render(context_for(client), f, "context", labels)
            msg["integrations"] = {}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build()
    write(Path(__file__).parent, "holdout150_", events, labels)
