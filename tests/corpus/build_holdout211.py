"""Writes holdout211: tests/corpus/holdout211_events.jsonl and holdout211_labels.json.

Sealed: written from the labelling rules alone, without reading the detection engine, its
vocabularies, its documentation, its tests or any other corpus's labels, and never scored by its
author. Run `.venv/bin/python -m tests.corpus.build_holdout211` (seeded: the output is the same
on every run).

What it covers: the everyday Segment traffic of a city-services (311) platform white-labelled for
three cities, in the US (Austin), Spain (Valencia) and India (Pune). Residents sign in with OTPs
and magic links, report potholes, graffiti and noise with pinned locations and photos, follow
case updates written by city staff and crews, apply for permits and licences (building, block
party, business, trade, pet), look up and pay parking tickets (Stripe, Redsys, Razorpay/UPI),
pay property tax (eCheck, SEPA direct debit, UPI), look up waste-collection schedules and book
bulk pickups, sign up to speak at council meetings, request certificates, book city clinic
appointments, buy compost bins from the city store (e-commerce spec events) and answer resident
surveys. Vendor-shaped payloads: Twilio SMS webhooks, SendGrid event webhooks, Stripe and
Razorpay ids, Redsys `Ds_*` notifications, a form builder's `answers[]`, an HTTP log's headers.

Conventions: `context` blocks of analytics.js (page, userAgentData, campaign, ip),
analytics-swift, analytics-kotlin, analytics-react-native and analytics-flutter (app, device,
network, os, screen, advertisingId, push token, context.traits) and the server libraries
(python, node with externalIds, go, java, ruby, php, .NET), with locale and timezone per city.
Keys are mostly camelCase and snake_case English; about 15 % are PascalCase (.NET permit and
case backends), kebab-case (a noise-complaint form service), SCREAMING_SNAKE (a warehouse
reverse-ETL identify), Spanish (Valencia's backend: `nombre`, `domicilio`, `dni_nie`, `iban`),
Hindi transliterated into Latin script (Pune's backend: `naam`, `pata`, `shahar`, `dharm`) and a
Hindi form whose question labels in Devanagari are the keys. Values are built per city: names
from Spanish, Indian, American and immigrant families; +34, +91 and NANP phone formats; Spanish,
Indian and US street addresses and postcodes; DNI/NIE with their check letter, Aadhaar with its
Verhoeff digit, PAN with the holder-type letter, Spanish IBANs with valid CCC control digits
and mod-97, Spanish social security numbers with their mod-97 control, ABA routing numbers that
pass their checksum, VINs with a valid check digit, Luhn card numbers.

Labelling rules (the Privacy Portal's default colours):
- Each leaf path has a classification, a type (the reference matcher's name, or `bank account`,
  `geolocation`, `secret`, `national id`, `health id`, `advertising id`, `credit card`, `token`,
  `political opinion`; `a|b` when either is fair) and value_only (the key does not say what the
  value is; then every value of the path carries that PII).
- PII is personal data about a natural person: the resident, a payer, a recipient, an emergency
  contact, a child, a neighbour complained about, a witness, and city staff (names, personal work
  e-mails, their location and pay). Colour: the reference matcher's default; outside the
  reference, red for credentials and secrets, card numbers, bank accounts, government ids and
  health ids, yellow otherwise.
- Green: ids the city or a vendor issues (request, case, citation, permit, licence, parcel,
  catastral, property-tax account, challan, receipt, Stripe `pi_`, Razorpay `pay_`/`order_`, UTR,
  Message-IDs), versions, timestamps, hashes of files, amounts, counts, enums and booleans under
  PII-sounding keys (`emailVerified`, `aadhaar_link_status`, `phone_count`), product, pet,
  business, clinic and venue names, a business's own phone, e-mail and address (contractors,
  shops, the city's own SMS number, role mailboxes), ages and age bands, places that are not the
  person's (the city served, ward, district, barrio, zone), country, state, locale, language,
  timezone, currency, user agents, OS-issued device ids, UUID session tokens, bank routing
  numbers and IFSC codes, card brand/last four/expiry.
- Contested cases follow the product's published policy: member, claim and loyalty numbers
  green; insurance member numbers yellow `identification`; pay rates and household income (even
  as a band: unlike ages, income has no banding exception) yellow `salary`; vehicle plates
  yellow `license`, VINs yellow `serial`; billing and shipping addresses yellow `address`;
  ad-platform click ids yellow `advertising id`; a stance on a council agenda item and a signed
  public comment yellow `political opinion`; payment-method tokens (`pm_`, a Redsys card-on-file
  identifier, a Razorpay `token_`), OTPs, magic-link tokens and bearer tokens red `token`;
  Medicaid and ABHA numbers red `health id`; DNI, NIE, NIF, Aadhaar and PAN red `national id`,
  passports red `passport`, a Spanish social security number and an SSN's last four red
  `social security number`; right to work and sponsorship answers red `visa`.
- Booleans or enums that reveal a special category are PII of that category in its colour:
  a disabled-veteran exemption red `veteran`, a disability placard or mobility need red
  `disability`, pregnancy yellow `condition`, religion (`dharm`) yellow `religion`, race,
  Hispanic origin and caste category yellow `race`/`ethnicity`.
- Decisions where the rules leave room (what a careful privacy owner would want flagged):
  a service request's pinned coordinates and street address are yellow (`geolocation`,
  `address`): they come from the resident's device at the time of the report and, for noise
  and code complaints, are usually the resident's own block or a neighbour's home; coarse areas
  (ward, district, barrio, municipality served) stay green. A parked car's phone GPS is the
  person's location, yellow. Photos of the reported issue are green (they describe the thing);
  a profile photo is yellow `photo`. A driver's licence number is yellow `license` (the
  reference matcher's colour). A UPI id (VPA) is a payment address tied to one bank account: red
  `bank account`. A gate or door code is red `secret`. A push-notification device token is red
  `token`. A resident's own city in an address (or a Twilio `FromCity`) is yellow `city`; a place
  of birth is yellow `city`. Free text under a neutral key is PII only when every value carries
  it (SMS bodies that always greet the resident by first name, staff call notes that always quote
  the phone number dialled); descriptions of potholes and feedback text never carry PII here and
  are green.
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- values ---------------------------------------------------------------------------------------

US_FIRST = ["Jamal", "Emily", "Carlos", "Tyler", "Keisha", "DeShawn", "Hannah", "Maria", "Brandon", "Ashley"]
US_FIRST += ["Tran", "Lakshmi", "Connor", "Aaliyah", "Miguel", "Grace", "Dmitri", "Olivia", "Darnell", "Bao"]
US_LAST = ["Washington", "Nguyen", "Hernandez", "Brooks", "Johnson", "Carter", "Kim", "Gonzalez", "Miller"]
US_LAST += ["Okonkwo", "Patel", "Rodriguez", "Nakamura", "Schmidt", "Begay", "O'Connor", "Lee", "Alvarado"]
ES_FIRST = ["María José", "Javier", "Lucía", "Alejandro", "Carmen", "Pau", "Nerea", "Sergio", "Inmaculada"]
ES_FIRST += ["Jordi", "Marta", "Álvaro", "Rocío", "Vicent", "Aitana", "Youssef", "Amparo", "Xavier", "Ioana"]
ES_LAST = ["Fernández", "Martínez", "Navarro", "Ruiz", "Gil", "Sanchis", "Ferrer", "Llopis", "Moreno"]
ES_LAST += ["Romero", "Giménez", "Soler", "Castillo", "Iglesias", "Peña", "El Amrani", "Popescu", "Ortega"]
IN_FIRST = ["Aarav", "Priya", "Sandeep", "Anjali", "Mohammed", "Harpreet", "Venkatesh", "Sneha", "Rohan"]
IN_FIRST += ["Fatima", "Aditya", "Kavya", "Imran", "Meenakshi", "Rahul", "Pooja", "Siddharth", "Nandini"]
IN_LAST = ["Sharma", "Iyer", "Kulkarni", "Deshpande", "Siddiqui", "Kaur", "Reddy", "Joshi", "Patil", "Shaikh"]
IN_LAST += ["Nair", "Gupta", "Banerjee", "Pawar", "Menon", "Chaudhary", "Gokhale", "Singh", "Fernandes"]

US_STREETS = ["E 7th St", "Guadalupe St", "S Congress Ave", "Riverside Dr", "Manor Rd", "Burnet Rd"]
US_STREETS += ["W Oltorf St", "Airport Blvd", "Cesar Chavez St", "N Lamar Blvd", "Slaughter Ln"]
US_UNITS = ["", "", "", " Apt 3B", " Unit 210", " #14", " Apt 1107"]
US_CITIES = ["Austin", "Pflugerville", "Round Rock", "Del Valle", "Manor"]
US_ZIPS = ["78702", "78704", "78745", "78753", "78758", "78660", "78617", "78723", "78741", "78751"]
ES_STREETS = ["Calle de Colón", "Avinguda del Port", "Carrer de Sueca", "Calle San Vicente Mártir"]
ES_STREETS += ["Avenida Blasco Ibáñez", "Carrer de Cuba", "Calle de Alboraya", "Carrer de la Reina"]
ES_FLOORS = ["3º B", "1º 2ª", "bajo", "5º pta 14", "ático", "2º izq", "4º pta 8"]
ES_CITIES = ["Valencia", "València", "Burjassot", "Mislata", "Paterna", "Torrent"]
IN_FLATS = ["Flat 302", "B-14", "Flat No. 7", "Row House 11", "A-1203", "C wing 504", "Bungalow 3"]
IN_SOCIETIES = ["Sai Krupa Apartments", "Shivneri Heights", "Green Valley CHS", "Kumar Pebbles Park"]
IN_SOCIETIES += ["Rohan Leher", "Mantri Serene", "Gokul Nagari", "Panchsheel Towers"]
IN_AREAS = ["Baner", "Kothrud", "Hadapsar", "Aundh", "Viman Nagar", "Wakad", "Kasba Peth", "Kharadi"]
IN_CITIES = ["Pune", "Pimpri-Chinchwad", "Pune", "Khadki"]
IN_PINS = ["411045", "411038", "411028", "411007", "411014", "411057", "411011", "411014", "411003"]
EXTRA_FIRST = FIRST
EXTRA_LAST = LAST

CITY = {
    "US": {
        "lat": 30.2672,
        "lng": -97.7431,
        "locale": ["en-US", "es-US", "vi-US"],
        "tz": "America/Chicago",
        "app": "ATX 311",
        "ns": "gov.austintexas.atx311",
        "host": "https://311.austin.example.gov",
        "mail": "austintexas.example.gov",
        "served": "Austin",
        "sms": "+15125550311",
        "wards": ["District 1", "District 3", "District 4", "District 7", "District 9"],
        "carrier": ["T-Mobile", "Verizon", "AT&T"],
    },
    "ES": {
        "lat": 39.4699,
        "lng": -0.3763,
        "locale": ["es-ES", "ca-ES", "en-GB"],
        "tz": "Europe/Madrid",
        "app": "València al Dia",
        "ns": "es.valencia.aldia",
        "host": "https://sede.valencia.example.es",
        "mail": "valencia.example.es",
        "served": "València",
        "sms": "+34 960 000 010",
        "wards": ["Ciutat Vella", "Russafa", "Benimaclet", "El Cabanyal", "Patraix"],
        "carrier": ["Movistar", "Vodafone ES", "Orange"],
    },
    "IN": {
        "lat": 18.5204,
        "lng": 73.8567,
        "locale": ["en-IN", "hi-IN", "mr-IN"],
        "tz": "Asia/Kolkata",
        "app": "Pune Nagrik",
        "ns": "in.gov.pmc.nagrik",
        "host": "https://nagrik.pmc.example.in",
        "mail": "pmc.example.in",
        "served": "Pune",
        "sms": "PMCARE",
        "wards": ["Ward 12", "Ward 27", "Ward 8", "Ward 41", "Ward 3"],
        "carrier": ["Jio", "Airtel", "Vi"],
    },
}
PERSONAL_DOMAINS = {
    "US": ["example.com", "example.net", "mail.example.org", "example.us"],
    "ES": ["correo.example.es", "example.es", "example.com", "mail.example.org"],
    "IN": ["example.co.in", "mail.example.in", "example.com", "example.net"],
}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 2, 4, 1],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
VIN_VALUES = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])
)
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
ROUTING = ["111000614", "121000248", "111000025", "114000093", "113000023", "314074269"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class CityFake(Fake):
    """Fake values for the city the current message comes from (`region`)."""

    region = "US"
    dev_slot = 0
    page_slot = 0
    me = ("Jane", "Doe")

    def dev(self, profiles, field):
        """A field of this message's device profile: model, maker and OS agree."""
        return profiles[self.dev_slot % len(profiles)][field]

    def page(self, field):
        path, title = PAGES[self.page_slot % len(PAGES)]
        return {"path": path, "title": title.format(app=self.c("app")), "url": self.c("host") + path}[field]

    def c(self, key):
        return CITY[self.region][key]

    def pfirst(self):
        if self.r.random() < 0.12:
            return self.pick(EXTRA_FIRST)
        return self.pick({"US": US_FIRST, "ES": ES_FIRST, "IN": IN_FIRST}[self.region])

    def plast(self):
        if self.r.random() < 0.12:
            return self.pick(EXTRA_LAST)
        if self.region == "ES":
            return f"{self.pick(ES_LAST)} {self.pick(ES_LAST)}"
        return self.pick({"US": US_LAST, "IN": IN_LAST}[self.region])

    def pname(self):
        if self.region == "IN" and self.r.random() < 0.25:
            return f"{self.pfirst()} {self.pick('ABDGKMRSV')}. {self.plast()}"
        return f"{self.pfirst()} {self.plast()}"

    def pemail(self, first=None, last=None):
        first = ascii_fold(first or self.pfirst()).lower().replace(" ", "")
        last = ascii_fold(last or self.plast()).lower().replace(" ", "").replace("'", "")
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{first}_{last}{self.r.randint(70, 2005)}",
                f"{first[:1]}{last}",
                f"{last}.{first}",
            ]
        )
        return f"{user}@{self.pick(PERSONAL_DOMAINS[self.region])}"

    def pphone(self):
        r = self.r
        if self.region == "ES":
            n = f"{r.choice('67')}{r.randint(10, 99)}{r.randint(100000, 999999)}"
            return self.pick(
                [
                    f"+34 {n[:3]} {n[3:6]} {n[6:]}",
                    f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                    f"+34{n}",
                    n,
                    f"96{r.randint(1, 3)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                ]
            )
        if self.region == "IN":
            n = f"{r.choice('6789')}{r.randint(100000000, 999999999)}"
            return self.pick(
                [
                    f"+91 {n[:5]} {n[5:]}",
                    f"+91-{n}",
                    f"0{n}",
                    n,
                    f"+91{n}",
                    f"020-{r.randint(24000000, 27999999)}",
                ]
            )
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))

    def pstreet(self):
        r = self.r
        if self.region == "ES":
            return f"{self.pick(ES_STREETS)} {r.randint(1, 180)}, {self.pick(ES_FLOORS)}"
        if self.region == "IN":
            return f"{self.pick(IN_FLATS)}, {self.pick(IN_SOCIETIES)}, {self.pick(IN_AREAS)}"
        return f"{r.randint(100, 13999)} {self.pick(US_STREETS)}{self.pick(US_UNITS)}"

    def pcity(self):
        return self.pick({"US": US_CITIES, "ES": ES_CITIES, "IN": IN_CITIES}[self.region])

    def pzip(self):
        if self.region == "ES":
            return f"460{self.r.randint(1, 26):02d}"
        return self.pick({"US": US_ZIPS, "IN": IN_PINS}[self.region])

    def paddress(self):
        if self.region == "ES":
            return f"{self.pstreet()}, {self.pzip()} {self.pcity()}"
        if self.region == "IN":
            return f"{self.pstreet()}, {self.pcity()} {self.pzip()}"
        return f"{self.pstreet()}, {self.pcity()}, TX {self.pzip()}"

    def spot(self):
        """Where a reported issue is: a street spot, as residents and the map pin describe it."""
        r = self.r
        if self.region == "ES":
            return self.pick(
                [
                    f"{self.pick(ES_STREETS)} {r.randint(1, 180)}",
                    f"{self.pick(ES_STREETS)}, frente al nº {r.randint(1, 180)}",
                    f"Cruce {self.pick(ES_STREETS)} con {self.pick(ES_STREETS)}",
                ]
            )
        if self.region == "IN":
            return self.pick(
                [
                    f"Near {self.pick(IN_SOCIETIES)}, {self.pick(IN_AREAS)}",
                    f"Opp. {self.pick(IN_SOCIETIES)} gate, {self.pick(IN_AREAS)} Road",
                    f"Lane {r.randint(1, 14)}, {self.pick(IN_AREAS)}",
                ]
            )
        return self.pick(
            [
                f"{r.randint(100, 13999)} {self.pick(US_STREETS)}",
                f"{r.randint(1, 139)}00 block of {self.pick(US_STREETS)}",
                f"{self.pick(US_STREETS)} & {self.pick(US_STREETS)}",
            ]
        )

    def plat(self):
        return round(self.c("lat") + self.r.uniform(-0.09, 0.09), 6)

    def plng(self):
        return round(self.c("lng") + self.r.uniform(-0.09, 0.09), 6)

    def pdob(self, start=1940, end=2004):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        if self.region == "US":
            return self.pick([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}"])
        return self.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])

    def plate(self):
        r = self.r
        if self.region == "ES":
            letters = "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
            return self.pick([f"{r.randint(0, 9999):04d} {letters}", f"{r.randint(0, 9999):04d}{letters}"])
        if self.region == "IN":
            series = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
            return self.pick(
                [f"MH 12 {series} {r.randint(1, 9999):04d}", f"MH14{series}{r.randint(1, 9999):04d}"]
            )
        letters = "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
        return self.pick([f"{letters}-{r.randint(0, 9999):04d}", f"{letters}{r.randint(0, 9999):04d}"])

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        body = [self.pick(["1", "2", "3", "5", "J", "W", "K"])] + [self.r.choice(chars) for _ in range(16)]
        total = sum((int(ch) if ch.isdigit() else VIN_VALUES[ch]) * w for ch, w in zip(body, VIN_WEIGHTS))
        check = total % 11
        body[8] = "X" if check == 10 else str(check)
        return "".join(body)

    def dni(self):
        n = self.r.randint(10000000, 79999999)
        return self.pick([f"{n}{DNI_LETTERS[n % 23]}", f"{n}-{DNI_LETTERS[n % 23]}"])

    def nie(self):
        prefix = self.pick("XYZ")
        n = self.r.randint(1000000, 9999999)
        return f"{prefix}{n}{DNI_LETTERS[int(str('XYZ'.index(prefix)) + str(n)) % 23]}"

    def aadhaar(self):
        digits = [self.r.randint(2, 9)] + [self.r.randint(0, 9) for _ in range(10)]
        c = 0
        for i, item in enumerate(reversed(digits)):
            c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][item]]
        number = "".join(map(str, digits)) + str(VERHOEFF_INV[c])
        return self.pick([number, f"{number[:4]} {number[4:8]} {number[8:]}"])

    def pan(self):
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        head = "".join(self.r.choice(up) for _ in range(3))
        return f"{head}P{self.r.choice(up)}{self.r.randint(1000, 9999)}{self.r.choice(up)}"

    def es_iban(self):
        bank = self.pick(["2100", "0049", "0182", "2080", "3058", "0081"])
        branch = f"{self.r.randint(1, 9999):04d}"
        account = self.digits(10)

        def dc(digits: str) -> str:
            weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            value = 11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
            return str({11: 0, 10: 1}.get(value, value))

        bban = bank + branch + dc("00" + bank + branch) + dc(account) + account
        check = 98 - int(bban + "142800") % 97
        raw = f"ES{check:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, 24, 4))])

    def es_nss(self):
        prov = self.pick([46, 46, 28, 3, 12])
        number = self.r.randint(10000000, 99999999)
        control = (prov * 10**8 + number) % 97
        return self.pick([f"{prov:02d}/{number}/{control:02d}", f"{prov:02d}{number}{control:02d}"])

    def passport(self):
        if self.region == "ES":
            return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + self.digits(6)
        if self.region == "IN":
            return self.r.choice("JKLMNPRSTUVZ") + self.digits(7)
        return self.digits(9)

    def upi(self):
        first = ascii_fold(self.pick(IN_FIRST)).lower()
        handle = self.pick(["okhdfcbank", "oksbi", "ybl", "paytm", "okicici", "axl"])
        user = self.pick([f"{first}.{ascii_fold(self.pick(IN_LAST)).lower()}", f"9{self.digits(9)}", first])
        return f"{user}@{handle}"

    def token(self, prefix, n=24):
        return prefix + "".join(self.r.choice(ALNUM) for _ in range(n))

    def ref(self, prefix, n):
        return f"{prefix}{self.digits(n)}"

    def staff_email(self, name):
        first, last = name.split(" ", 1)
        last = ascii_fold(last.split(" ")[0]).lower().replace("'", "")
        return f"{ascii_fold(first).lower()[:1]}.{last}@{self.c('mail')}"

    def ua(self):
        return self.pick(
            [
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/124.0.0.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                "like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/124.0.6367.82 Mobile Safari/537.36",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                "Version/17.3 Safari/605.1.15",
                "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
            ]
        )


@dataclass
class Opt:
    """A key sent only in some messages (probability p)."""

    template: Any
    p: float = 0.5


def render(template: Any, f: CityFake, path: str, labels: dict[str, dict]) -> Any:
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
                value = value.template
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- shared leaves --------------------------------------------------------------------------------


def me_first():
    return Y(lambda f: f.me[0], "name")


def me_last():
    return Y(lambda f: f.me[1], "name")


def me_name():
    return Y(lambda f: f"{f.me[0]} {f.me[1]}", "name")


def me_email():
    return Y(lambda f: f.pemail(*f.me), "email")


def name_():
    return Y(lambda f: f.pname(), "name")


def first_():
    return Y(lambda f: f.pfirst(), "name")


def last_():
    return Y(lambda f: f.plast(), "name")


def email_():
    return Y(lambda f: f.pemail(), "email")


def phone_():
    return Y(lambda f: f.pphone(), "phone")


def street_():
    return Y(lambda f: f.pstreet(), "address|street")


def address_():
    return Y(lambda f: f.paddress(), "address")


def city_():
    return Y(lambda f: f.pcity(), "city")


def zip_():
    return Y(lambda f: f.pzip(), "zipcode")


def dob_():
    return Y(lambda f: f.pdob(), "birthdate")


def lat_():
    return Y(lambda f: f.plat(), "geolocation")


def lng_():
    return Y(lambda f: f.plng(), "geolocation")


def iso_():
    return G(lambda f: f.iso())


def uuid_():
    return G(lambda f: f.uuid())


def ward_():
    return G(lambda f: f.pick(f.c("wards")))


def money_(lo=1, hi=500):
    return G(lambda f: f.money(lo, hi))


def count_(lo=0, hi=20):
    return G(lambda f: f.r.randint(lo, hi))


def flag_():
    return G(lambda f: f.pick([True, False]))


def one_of(*items):
    return G(lambda f: f.pick(list(items)))


def request_id_():
    return G(lambda f: f"SR-{f.pick(['24', '25'])}-{f.digits(7)}")


def sr(f):
    return f"SR-{f.pick(['24', '25'])}-{f.digits(7)}"


# -- contexts -------------------------------------------------------------------------------------


def locale_():
    return G(lambda f: f.pick(f.c("locale")))


def tz_():
    return G(lambda f: f.c("tz"))


PAGES = [
    ("/", "Home | {app}"),
    ("/report", "Report an issue | {app}"),
    ("/requests", "My requests | {app}"),
    ("/parking/pay", "Pay a parking ticket | {app}"),
    ("/property-tax", "Property tax | {app}"),
    ("/trash-schedule", "Collection schedule | {app}"),
    ("/council/speak", "Sign up to speak | {app}"),
    ("/permits/apply", "Apply for a permit | {app}"),
]


ANDROIDS = [
    ("samsung", "SM-A546E", "a54x", "14"),
    ("Xiaomi", "Redmi Note 12", "tapas", "13"),
    ("Google", "Pixel 7a", "lynx", "14"),
    ("OnePlus", "CPH2581", "OP5913L1", "14"),
    ("motorola", "moto g54 5G", "cancunf", "13"),
]
RN_DEVICES = [
    ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", "17.4"),
    ("samsung", "SM-S918B", "dm3q", "android", "Android", "14"),
    ("Google", "Pixel 8", "shiba", "android", "Android", "14"),
    ("Apple", "iPhone15,3", "iPhone", "ios", "iOS", "16.6"),
]
FLUTTER_DEVICES = [
    ("Apple", "iPhone14,7", "ios", "iOS", "17.4"),
    ("samsung", "SM-M346B", "android", "Android", "13"),
    ("Xiaomi", "23021RAA2Y", "android", "Android", "14"),
]


def web_context():
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": one_of("npm:next-1.70.0", "next-1.72.1")},
        "page": {
            "path": G(lambda f: f.page("path")),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", f.c("host") + "/", "https://t.co/"])
            ),
            "search": one_of("", "", "?utm_source=newsletter&utm_medium=email", "?lang=es", "?ref=sms"),
            "title": G(lambda f: f.page("title")),
            "url": G(lambda f: f.page("url")),
        },
        "userAgent": G(lambda f: f.ua()),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": one_of("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                        "version": one_of("124", "8", "99", "123"),
                    },
                    3,
                ),
                "mobile": flag_(),
                "platform": one_of("Windows", "Android", "macOS", "Chrome OS"),
            },
            0.6,
        ),
        "locale": locale_(),
        "timezone": tz_(),
        "ip": Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.8),
        "campaign": Opt(
            {
                "name": one_of("recycling_week", "pay_online", "speak_up_2024", "app_launch"),
                "source": one_of("newsletter", "facebook", "google", "nextdoor"),
                "medium": one_of("email", "cpc", "social", "sms"),
            },
            0.2,
        ),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: f.c("app")),
            "version": one_of("4.2.0", "4.3.1", "4.3.2"),
            "build": one_of("4201", "4310", "4322"),
            "namespace": G(lambda f: f.c("ns")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": one_of("iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,8"),
            "name": one_of("iPhone", "iPad"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": flag_(),
            "advertisingId": Opt(
                Y(
                    lambda f: f.pick([f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]),
                    "advertising id",
                ),
                0.5,
            ),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": one_of("1.5.11", "1.6.0", "1.5.14")},
        "locale": locale_(),
        "network": {"wifi": flag_(), "cellular": flag_(), "carrier": G(lambda f: f.pick(f.c("carrier")))},
        "os": {"name": G(lambda f: "iOS"), "version": one_of("17.4.1", "16.7.8", "17.5")},
        "screen": {"width": one_of(390, 393, 430), "height": one_of(844, 852, 932)},
        "timezone": tz_(),
        "instanceId": uuid_(),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: f.c("app")),
            "version": one_of("4.2.0", "4.3.1", "4.3.2"),
            "build": one_of("420", "431", "432"),
            "namespace": G(lambda f: f.c("ns")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.dev(ANDROIDS, 0)),
            "model": G(lambda f: f.dev(ANDROIDS, 1)),
            "name": G(lambda f: f.dev(ANDROIDS, 2)),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": flag_(),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": one_of("1.15.0", "1.16.3", "1.14.2")},
        "locale": locale_(),
        "network": {
            "wifi": flag_(),
            "cellular": flag_(),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(f.c("carrier"))),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.dev(ANDROIDS, 3))},
        "screen": {
            "density": one_of(2.625, 3.0, 2.75),
            "width": one_of(1080, 1220),
            "height": one_of(2340, 2400),
        },
        "timezone": tz_(),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.dev(ANDROIDS, 3)}; {f.dev(ANDROIDS, 1)} "
                "Build/UP1A.231005.007)"
            )
        ),
        "instanceId": uuid_(),
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: f.c("app")),
            "version": one_of("4.2.0", "4.3.1", "4.3.2"),
            "build": one_of("420", "431", "4322"),
            "namespace": G(lambda f: f.c("ns")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.dev(RN_DEVICES, 0)),
            "model": G(lambda f: f.dev(RN_DEVICES, 1)),
            "name": G(lambda f: f.dev(RN_DEVICES, 2)),
            "type": G(lambda f: f.dev(RN_DEVICES, 3)),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": one_of("2.19.2", "2.20.1", "2.18.0"),
        },
        "locale": locale_(),
        "network": {"cellular": flag_(), "wifi": flag_()},
        "os": {"name": G(lambda f: f.dev(RN_DEVICES, 4)), "version": G(lambda f: f.dev(RN_DEVICES, 5))},
        "screen": {"height": one_of(844, 915, 932), "width": one_of(390, 412, 430)},
        "timezone": tz_(),
        "instanceId": uuid_(),
        "traits": Opt(
            {
                "email": Opt(me_email(), 0.7),
                "name": Opt(me_name(), 0.6),
                "ward": Opt(ward_(), 0.5),
            },
            0.6,
        ),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: f.c("app")),
            "version": one_of("4.2.0", "4.3.1", "4.3.2"),
            "build": one_of("420", "431", "432"),
            "namespace": G(lambda f: f.c("ns")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.dev(FLUTTER_DEVICES, 0)),
            "model": G(lambda f: f.dev(FLUTTER_DEVICES, 1)),
            "type": G(lambda f: f.dev(FLUTTER_DEVICES, 2)),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": one_of("1.1.0", "1.1.2", "1.0.5")},
        "locale": locale_(),
        "network": {"wifi": flag_(), "cellular": flag_()},
        "os": {
            "name": G(lambda f: f.dev(FLUTTER_DEVICES, 3)),
            "version": G(lambda f: f.dev(FLUTTER_DEVICES, 4)),
        },
        "screen": {
            "width": one_of(390, 393, 412),
            "height": one_of(844, 873, 915),
            "density": one_of(3.0, 2.75),
        },
        "timezone": tz_(),
        "traits": Opt({"email": Opt(me_email(), 0.7), "ward": Opt(ward_(), 0.5)}, 0.4),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "1.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
        "ip": Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.4),
        "userAgent": Opt(G(lambda f: f.ua()), 0.2),
        "locale": Opt(locale_(), 0.3),
        "traits": Opt({"email": Opt(me_email(), 0.8), "phone": Opt(phone_(), 0.4)}, 0.25),
    }
    if lib == "node":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: f.pemail(*f.me), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.3,
        )
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: (lambda lib=lib: server_context(lib)) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]
APPS = [*MOBILE, "web"]
SERVER = list(SERVER_LIBS)

# -- free text ------------------------------------------------------------------------------------

ISSUE_TEXT = [
    "Deep pothole in the right lane, cars swerving around it",
    "Streetlight has been out for three nights",
    "Graffiti on the bus shelter glass",
    "Overflowing bins, bags torn open",
    "Fallen branch blocking the bike lane",
    "Water leaking from the hydrant since this morning",
    "Sinkhole forming next to the storm drain",
    "Bache muy profundo en el carril derecho",
    "Kachra 3 din se pada hai, koi uthane nahi aaya",
    "Traffic signal stuck on red",
]
FEEDBACK_TEXT = [
    "The map pin was easy to drop.",
    "Took too long to hear back.",
    "Please add a dark mode",
    "Crew fixed it in two days, thanks!",
    "La app va lenta al subir fotos",
    "Hindi translation has some mistakes",
    "",
]
STANCES = ["support", "oppose", "neutral", "support with amendments"]
COMMENTS = [
    "I oppose the rezoning of the corridor: it will push out long-time renters.",
    "Please fund more protected bike lanes, they make our streets safer.",
    "Estoy en contra de la nueva ordenanza de terrazas.",
    "I support the library bond. Our branch needs longer hours.",
    "Please stop the tree cutting on this road, we need the shade.",
    "The police budget increase is not what this district needs.",
]


def sms_body(f: CityFake) -> str:
    first, case = f.pfirst(), sr(f)
    if f.region == "ES":
        state = f.pick(["resuelta", "en curso", "asignada"])
        return f"Hola {first}, tu incidencia {case} ha cambiado a: {state}."
    if f.region == "IN":
        state = f.pick(["hal ho gayi hai", "assign ho gayi hai"])
        return f"Namaste {first} ji, aapki shikayat {case} {state}. -PMC"
    state = f.pick(["closed", "in progress", "assigned"])
    return f"Hi {first}, your 311 request {case} is now {state}. Reply STOP to opt out."


def call_note(f: CityFake) -> str:
    p = f.pphone()
    return f.pick(
        [
            f"Called resident at {p}, no answer, left voicemail",
            f"Spoke with resident on {p}; crew scheduled for Thursday",
            f"Resident asked for a callback at {p} after 5pm",
            f"Texted {p} with the crew ETA",
        ]
    )


def public_comment(f: CityFake) -> str:
    return f"{f.pick(COMMENTS)} — {f.pname()}, {f.pick(f.c('wards'))}"


def form_answer(f: CityFake):
    kind = f.pick(["name", "email", "phone"])
    return {"name": f.pname, "email": f.pemail, "phone": f.pphone}[kind]()


# -- events ---------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, region or None for any, weight, body)

PRODUCTS = [
    ("BIN-CMP-80", "Compost Bin 80L", "Compost", 45.0),
    ("BARREL-RAIN-50", "Rain Barrel 50 gal", "Water", 89.0),
    ("CART-RCY-96", "Replacement Recycling Cart 96 gal", "Carts", 65.0),
    ("KIT-KTCH-02", "Kitchen Scraps Caddy", "Compost", 12.5),
    ("TREE-ADOPT", "Adopt-a-Tree Sapling", "Trees", 0.0),
]


def product_fields():
    return {
        "product_id": G(lambda f: f.pick(PRODUCTS)[0]),
        "sku": G(lambda f: f.pick(PRODUCTS)[0] + "-" + f.pick(["GRN", "BLK", "STD"])),
        "name": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "price": G(lambda f: f.pick(PRODUCTS)[3]),
        "quantity": count_(1, 3),
    }


IDENTIFY_EVENTS = [
    (
        "identify",
        None,
        APPS,
        None,
        130,
        {
            "email": me_email(),
            "firstName": me_first(),
            "lastName": me_last(),
            "phone": Opt(phone_(), 0.7),
            "address": Opt(
                {
                    "street": street_(),
                    "city": city_(),
                    "state": G(
                        lambda f: {"US": "TX", "ES": "Comunitat Valenciana", "IN": "Maharashtra"}[f.region]
                    ),
                    "postalCode": zip_(),
                    "country": G(lambda f: {"US": "US", "ES": "ES", "IN": "IN"}[f.region]),
                },
                0.6,
            ),
            "avatar": Opt(Y(lambda f: f"https://cdn.example.com/avatars/{f.hexid(16)}.jpg", "photo"), 0.3),
            "birthday": Opt(dob_(), 0.3),
            "ageRange": Opt(one_of("18-24", "25-34", "35-44", "45-54", "55-64", "65+"), 0.5),
            "preferredLanguage": one_of("en", "es", "ca", "hi", "mr", "vi"),
            "ward": ward_(),
            "createdAt": iso_(),
            "requestsSubmitted": count_(0, 60),
            "emailVerified": flag_(),
            "phoneVerified": flag_(),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        "US",
        50,
        {
            "EMAIL_ADDRESS": me_email(),
            "MOBILE_NUMBER": phone_(),
            "FIRST_NAME": me_first(),
            "LAST_NAME": me_last(),
            "HOME_ZIP": zip_(),
            "COUNCIL_DISTRICT": ward_(),
            "LIFETIME_REQUESTS": count_(0, 120),
            "PREFERRED_LANGUAGE": one_of("English", "Spanish", "Vietnamese", "Chinese"),
            "SMS_OPT_IN": flag_(),
            "HOUSEHOLD_SIZE": count_(1, 7),
            "IS_PROPERTY_OWNER": flag_(),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        "US",
        40,
        {
            "FirstName": me_first(),
            "LastName": me_last(),
            "Email": me_email(),
            "PhoneNumber": phone_(),
            "DateOfBirth": dob_(),
            "DriversLicenseNumber": Y(lambda f: f.digits(8), "license"),
            "MailingAddress": address_(),
            "PortalAccountId": G(lambda f: f.digits(7)),
            "AccountCreatedUtc": iso_(),
            "TwoFactorEnabled": flag_(),
            "PasswordLastChangedUtc": iso_(),
            "IsContractor": flag_(),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        "ES",
        45,
        {
            "nombre": me_first(),
            "apellidos": me_last(),
            "correo_electronico": me_email(),
            "telefono_movil": phone_(),
            "dni_nie": RED(lambda f: f.pick([f.dni, f.dni, f.nie])(), "national id"),
            "fecha_nacimiento": dob_(),
            "domicilio": street_(),
            "codigo_postal": zip_(),
            "municipio": city_(),
            "provincia": G(lambda f: "Valencia"),
            "idioma": one_of("es", "va", "en"),
            "nacionalidad": Y(
                lambda f: f.pick(["española", "rumana", "marroquí", "colombiana", "italiana"]), "citizenship"
            ),
            "empadronado": flag_(),
            "fecha_alta": iso_(),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        "IN",
        45,
        {
            "naam": me_name(),
            "pita_ka_naam": Y(lambda f: f"{f.pfirst()} {f.me[1]}", "name"),
            "mobile_sankhya": phone_(),
            "email_id": me_email(),
            "pata": street_(),
            "shahar": city_(),
            "pin_code": zip_(),
            "janm_tithi": dob_(),
            "ward_kramank": count_(1, 48),
            "bhasha": one_of("hi", "mr", "en"),
            "aadhaar_link_status": one_of("linked", "not_linked", "pending"),
            "panjikaran_tithi": iso_(),
        },
    ),
    (
        "group",
        None,
        ["web", "node", "ruby"],
        None,
        40,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Mueller Neighborhood Association",
                        "Associació de Veïns de Russafa",
                        "Baner Residents Welfare Association",
                        "Holly Street Block Club",
                        "AMPA CEIP Cervantes",
                        "Kothrud Citizens Forum",
                    ]
                )
            ),
            "type": one_of("neighborhood_association", "school", "business", "nonprofit"),
            "member_count": count_(5, 900),
            "district": ward_(),
            "contact_email": G(
                lambda f: f.pick(
                    [
                        "info@mueller-na.example.org",
                        "junta@avvrussafa.example.es",
                        "board@hollyblock.example.org",
                        "rwa.baner@example.in",
                    ]
                )
            ),
            "office_phone": G(lambda f: f.pick(["+1 512-555-0142", "+34 963 00 12 34", "+91 20 2567 1100"])),
            "verified": flag_(),
        },
    ),
]

AUTH_EVENTS = [
    (
        "track",
        "Signed In",
        APPS,
        None,
        70,
        {
            "method": one_of("otp_sms", "magic_link", "password", "apple", "google"),
            "session_id": uuid_(),
            "login_attempts": count_(1, 4),
            "biometric_enabled": flag_(),
            "success": flag_(),
            "password_strength": Opt(one_of("weak", "fair", "strong"), 0.3),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["python", "node"],
        None,
        40,
        {
            "phone": phone_(),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": one_of("sms", "whatsapp", "voice"),
            "attempts": count_(1, 3),
            "expires_in_s": one_of(300, 600, 120),
            "verified": flag_(),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        None,
        35,
        {
            "email": email_(),
            "link": RED(
                lambda f: f"{f.c('host')}/auth/verify?token={f.token('', 43)}&redirect=%2Frequests",
                "token",
                True,
            ),
            "redirect_path": one_of("/requests", "/parking/pay", "/"),
            "expires_at": iso_(),
            "client": one_of("web", "ios", "android"),
        },
    ),
    (
        "track",
        "Account Form Submitted",
        ["web"],
        None,
        30,
        {
            "form_id": one_of("signup", "reset-password", "change-password"),
            "form_name": one_of("Create account", "Reset your password", "Change password"),
            "inputs": {
                "username": Y(lambda f: f.pemail(), "email", True),
                "password": RED(lambda f: f.token("", f.r.randint(8, 14)), "password"),
                "password_confirm": RED(lambda f: f.token("", f.r.randint(8, 14)), "password"),
                "remember_me": flag_(),
                "accept_terms": G(lambda f: True),
            },
            "duration_ms": count_(4000, 90000),
            "validation_errors": count_(0, 3),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        MOBILE,
        None,
        25,
        {
            "contact": {
                "first_name": first_(),
                "last_name": last_(),
                "phone": phone_(),
                "relationship": one_of("spouse", "daughter", "son", "neighbor", "caregiver", "friend"),
            },
            "contacts_count": count_(1, 3),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        APPS,
        None,
        35,
        {
            "email_enabled": flag_(),
            "sms_enabled": flag_(),
            "push_enabled": flag_(),
            "phone_count": count_(0, 2),
            "email_verified": flag_(),
        },
    ),
    ("alias", None, SERVER, None, 40, None),
]

REPORT_EVENTS = [
    (
        "track",
        "Service Request Submitted",
        APPS,
        None,
        170,
        {
            "request_id": request_id_(),
            "service_code": one_of("POTHOLE", "GRAFFITI", "STREETLIGHT", "DUMPING", "SIGNAL", "TREE"),
            "category": one_of("Streets", "Parks", "Waste", "Traffic", "Water"),
            "subcategory": one_of("Pothole", "Illegal dumping", "Light out", "Fallen tree", "Leak"),
            "description": G(lambda f: f.pick(ISSUE_TEXT)),
            "location": {
                "lat": lat_(),
                "lng": lng_(),
                "accuracy_m": count_(3, 65),
                "address": Y(lambda f: f.spot(), "address"),
                "source": one_of("gps", "pin", "search"),
            },
            "ward": ward_(),
            "municipality": G(lambda f: f.c("served")),
            "photos": Opt(
                Many(
                    {
                        "url": G(lambda f: f"https://media.example.com/sr/{f.hexid(20)}.jpg"),
                        "sha256": G(lambda f: f.hexid(64)),
                        "width": one_of(3024, 4032, 1080),
                        "height": one_of(4032, 3024, 1920),
                        "exif_gps": Y(lambda f: f"{f.plat()},{f.plng()}", "geolocation"),
                    },
                    3,
                ),
                0.7,
            ),
            "photo_count": count_(0, 3),
            "anonymous": flag_(),
            "contact_preference": one_of("email", "sms", "push", "none"),
            "is_emergency": flag_(),
            "submitted_offline": flag_(),
        },
    ),
    (
        "track",
        "Noise Complaint Submitted",
        ["web"],
        "US",
        55,
        {
            "complaint-id": G(lambda f: f"NC-{f.digits(8)}"),
            "noise-type": one_of("amplified music", "barking dog", "construction", "vehicle", "party"),
            "source-type": one_of("residential", "commercial", "construction", "street"),
            "started-at": iso_(),
            "is-ongoing": flag_(),
            "offender-address": Y(lambda f: f.paddress(), "address"),
            "venue-name": Opt(one_of("The Parish", "Stubb's", "Cheer Up Charlies", "Hotel Vegas"), 0.4),
            "offender-name": Opt(name_(), 0.3),
            "reporter-name": name_(),
            "reporter-phone": phone_(),
            "reporter-email": email_(),
            "recurrence": one_of("first time", "weekly", "nightly"),
            "decibel-estimate": count_(55, 110),
        },
    ),
    (
        "track",
        "Incidencia Grafiti Registrada",
        ["flutter", "java"],
        "ES",
        50,
        {
            "incidencia_id": G(lambda f: f"INC{f.digits(9)}"),
            "tipo": one_of("pintada", "cartel", "vandalismo", "pegatinas"),
            "superficie": one_of("fachada", "mobiliario urbano", "persiana", "muro"),
            "ubicacion": {"lat": lat_(), "lon": lng_(), "direccion": Y(lambda f: f.spot(), "address")},
            "barrio": ward_(),
            "distrito": one_of("Ciutat Vella", "L'Eixample", "Extramurs", "Camins al Grau"),
            "es_propiedad_privada": flag_(),
            "consentimiento_limpieza": flag_(),
            "num_fotos": count_(0, 4),
            "comentario": G(
                lambda f: f.pick(
                    [
                        "Pintadas nuevas desde el fin de semana",
                        "Reincidente",
                        "Tapa el cartel de la parada",
                        "",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Shikayat Darj Ki Gayi",
        ["kotlin", "rn"],
        "IN",
        50,
        {
            "shikayat_sankhya": G(lambda f: f"PMC/{f.pick(['2024', '2025'])}/{f.digits(6)}"),
            "prakar": one_of("kachra", "gaddha", "streetlight", "paani", "nala"),
            "vivaran": one_of(
                "Kachra 3 din se pada hai",
                "Road par bada gaddha hai",
                "Streetlight band hai",
                "Paani ki pipeline leak",
            ),
            "sthan": {"akshansh": lat_(), "deshantar": lng_(), "pata": Y(lambda f: f.spot(), "address")},
            "ward_kramank": count_(1, 48),
            "prabhag": one_of(
                "Aundh-Baner", "Kothrud-Bavdhan", "Hadapsar-Mundhwa", "Nagar Road-Vadgaon Sheri"
            ),
            "naagrik_naam": name_(),
            "naagrik_mobile": phone_(),
            "tasveer_url": G(lambda f: f"https://media.example.com/pmc/{f.hexid(20)}.jpg"),
        },
    ),
    (
        "track",
        "Photo Uploaded",
        MOBILE,
        None,
        60,
        {
            "request_id": request_id_(),
            "upload_id": uuid_(),
            "bytes": count_(180000, 6000000),
            "storage_key": G(lambda f: f"sr/{f.pick(['2024', '2025'])}/{f.hexid(20)}.jpg"),
        },
    ),
    (
        "track",
        "Case Updated",
        ["dotnet"],
        None,
        90,
        {
            "CaseId": G(lambda f: f.digits(8)),
            "CaseNumber": G(lambda f: sr(f)),
            "Status": one_of("Assigned", "In Progress", "Closed", "Referred"),
            "AssignedStaffName": name_(),
            "AssignedStaffEmail": Y(lambda f: f.staff_email(f.pname()), "email"),
            "Department": one_of(
                "Transportation & Public Works", "Resource Recovery", "Parks", "Code Compliance"
            ),
            "SlaDueUtc": iso_(),
            "ResolutionCode": one_of("REPAIRED", "NO_ISSUE_FOUND", "DUPLICATE", "REFERRED_TXDOT"),
            "PublicNote": one_of(
                "Crew dispatched, repair scheduled within 5 business days.",
                "Location inspected; issue has been resolved.",
                "This request duplicates an existing case.",
                "Reparado por la brigada de vía pública.",
            ),
            "StaffEmployeeId": G(lambda f: f"E{f.digits(6)}"),
            "ResidentEmail": email_(),
            "ResidentNotified": flag_(),
        },
    ),
    (
        "track",
        "Work Order Closed",
        ["java"],
        None,
        40,
        {
            "work_order_id": G(lambda f: f"WO-{f.digits(7)}"),
            "crew_lead_name": name_(),
            "crew_size": count_(1, 6),
            "labor_hours": money_(0.5, 16),
            "crew_lead_hourly_rate": Y(lambda f: f.money(19, 48), "salary"),
            "materials": Many(
                {
                    "sku": one_of("ASPH-COLD-50", "PAINT-GRY-5G", "LED-150W", "SIGN-R1-1"),
                    "description": one_of(
                        "Cold patch asphalt 50lb", "Graffiti cover paint", "LED cobra head", "Stop sign"
                    ),
                    "qty": count_(1, 12),
                    "unit_cost": money_(5, 300),
                },
                3,
            ),
            "closed_at": iso_(),
            "closeout_gps": {"lat": lat_(), "lng": lng_()},
        },
    ),
    (
        "track",
        "Resident Contacted",
        ["ruby"],
        None,
        40,
        {
            "request_id": request_id_(),
            "staff_id": G(lambda f: f"E{f.digits(6)}"),
            "staff_name": name_(),
            "channel": one_of("phone", "sms", "email"),
            "call_duration_s": count_(0, 900),
            "outcome": one_of("reached", "voicemail", "no_answer", "wrong_number"),
            "note": Y(call_note, "phone", True),
            "resident_language": one_of("en", "es", "hi", "mr", "vi"),
        },
    ),
    (
        "track",
        "Case Shared",
        MOBILE,
        None,
        25,
        {
            "request_id": request_id_(),
            "share_channel": one_of("email", "whatsapp", "copy_link"),
            "recipient": Y(lambda f: f.pemail(), "email", True),
            "include_photos": flag_(),
        },
    ),
]

MESSAGING_EVENTS = [
    (
        "track",
        "SMS Notification Sent",
        ["node"],
        None,
        60,
        {
            "sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: f.pphone(), "phone", True),
            "from": G(lambda f: f.c("sms")),
            "body": Y(sms_body, "name", True),
            "status": one_of("queued", "sent", "delivered", "undelivered"),
            "num_segments": count_(1, 3),
            "template": one_of("case_status", "case_closed", "crew_eta"),
            "price": G(lambda f: f.pick(["-0.00790", "-0.04120", "-0.00830"])),
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        ["python"],
        "US",
        40,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.phone("e164"), "phone", True),
            "To": G(lambda f: f.c("sms")),
            "Body": one_of("STOP", "YES", "Pothole still there on my street", "Thanks!", "HELP", "1"),
            "FromCity": Y(lambda f: f.pick(["AUSTIN", "ROUND ROCK", "PFLUGERVILLE", "KYLE"]), "city"),
            "FromState": G(lambda f: "TX"),
            "FromZip": zip_(),
            "FromCountry": G(lambda f: "US"),
            "NumMedia": count_(0, 2),
            "SmsStatus": G(lambda f: "received"),
        },
    ),
    (
        "track",
        "Email Opened",
        ["go"],
        None,
        50,
        {
            "email": email_(),
            "event": G(lambda f: "open"),
            "sg_event_id": G(lambda f: f.token("", 22)),
            "sg_message_id": G(lambda f: f.token("", 22) + ".filterdrecv-" + f.digits(2)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@{f.c('mail')}>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "category": Many(one_of("case_update", "newsletter", "tax_reminder"), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.ua()),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "asm_group_id": one_of(18211, 18212, 20450),
        },
    ),
    (
        "track",
        "Form Response Received",
        ["node"],
        "IN",
        20,
        {
            "form_id": G(lambda f: f"frm_{f.hexid(10)}"),
            "answers": {
                "नाम": name_(),
                "मोबाइल नंबर": phone_(),
                "वार्ड": count_(1, 48),
                "शिकायत का प्रकार": one_of("कचरा", "सड़क", "पानी", "स्ट्रीट लाइट"),
                "विवरण": one_of("तीन दिन से कचरा नहीं उठाया गया", "सड़क पर गड्ढा है", "पानी नहीं आ रहा"),
            },
            "submitted_at": iso_(),
        },
    ),
    (
        "track",
        "Feedback Form Submitted",
        ["web"],
        None,
        30,
        {
            "form_id": G(lambda f: f"fb_{f.hexid(8)}"),
            "answers": Many(
                {
                    "label": one_of("Your name", "Email", "Phone number", "Best way to reach you"),
                    "value": Y(form_answer, "name|email|phone", True),
                    "field_type": one_of("short_text", "email", "phone_number"),
                },
                3,
            ),
            "rating": count_(1, 5),
            "feedback": G(lambda f: f.pick(FEEDBACK_TEXT)),
            "submitted_at": iso_(),
        },
    ),
]

PERMIT_EVENTS = [
    (
        "track",
        "Permit Application Submitted",
        ["dotnet"],
        "US",
        60,
        {
            "ApplicationId": G(lambda f: f"{f.pick(['2024', '2025'])}-{f.digits(6)} BP"),
            "PermitType": one_of("Residential Remodel", "Block Party", "Food Truck", "Tree Removal", "Fence"),
            "ApplicantFirstName": first_(),
            "ApplicantLastName": last_(),
            "ApplicantEmail": email_(),
            "ApplicantPhone": phone_(),
            "ProjectAddress": address_(),
            "ParcelId": G(lambda f: f"0{f.digits(9)}"),
            "EstimatedValuation": count_(1500, 250000),
            "ContractorCompany": one_of(
                "Lone Star Remodeling LLC", "Capital City Fence Co", "Hill Country Builders"
            ),
            "ContractorPhone": one_of("+1 512-555-0188", "(512) 555-0175", "512.555.0123"),
            "FeeTotal": money_(35, 2400),
            "SubmittedUtc": iso_(),
            "Attachments": Opt(
                Many(
                    {
                        "FileName": one_of(
                            "site_plan.pdf", "survey.pdf", "elevations.dwg", "photo_front.jpg"
                        ),
                        "SizeBytes": count_(20000, 9000000),
                    },
                    3,
                ),
                0.7,
            ),
        },
    ),
    (
        "track",
        "Block Party Permit Requested",
        ["web"],
        "US",
        35,
        {
            "permitId": G(lambda f: f"BPP-{f.digits(6)}"),
            "eventDate": G(lambda f: f.date(2024, 2025)),
            "streetSegment": Y(lambda f: f"{f.r.randint(1, 139)}00 block of {f.pick(US_STREETS)}", "address"),
            "expectedAttendees": count_(15, 300),
            "onSiteContact": {
                "name": name_(),
                "phone": phone_(),
                "relationship": one_of("organizer", "neighbor", "HOA board"),
            },
            "needsBarricades": flag_(),
            "alcoholServed": flag_(),
        },
    ),
    (
        "track",
        "Business License Renewed",
        ["php"],
        "US",
        35,
        {
            "license_number": G(lambda f: f"BL-{f.digits(7)}"),
            "business_name": one_of(
                "Tacos El Güero", "Sunrise Nails", "Eastside Bike Shop", "Pho Saigon Express"
            ),
            "dba": one_of("Güero's", "", "Eastside Bikes", "Pho Express"),
            "business_phone": one_of("+1 512-555-0101", "(512) 555-0199", "512-555-0160"),
            "business_email": one_of(
                "info@tacoselguero.example.com",
                "hello@eastsidebikes.example.com",
                "orders@phosaigon.example.com",
            ),
            "naics_code": one_of("722513", "812113", "441227", "722511"),
            "owner_name": name_(),
            "owner_ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "employee_count": count_(1, 40),
            "renewal_fee": money_(50, 600),
            "paid_at": iso_(),
        },
    ),
    (
        "track",
        "Pet License Purchased",
        ["web", "swift"],
        None,
        45,
        {
            "license_tag": G(lambda f: f"{f.pick(['24', '25'])}-{f.digits(5)}"),
            "pet_name": one_of("Luna", "Max", "Coco", "Bruno", "Tofu", "Moti", "Canela", "Sheru"),
            "species": one_of("dog", "cat"),
            "breed": one_of(
                "Labrador Retriever", "Indie", "Chihuahua", "Pastor Alemán", "Domestic Shorthair"
            ),
            "spayed_neutered": flag_(),
            "rabies_vaccination_date": G(lambda f: f.date(2023, 2025)),
            "microchip_id": G(lambda f: f"9851{f.digits(11)}"),
            "owner_first_name": first_(),
            "owner_phone": phone_(),
            "owner_email": Opt(email_(), 0.6),
            "owner_address": address_(),
            "fee": money_(5, 40),
        },
    ),
    (
        "track",
        "Solicitud Licencia de Obra",
        ["java"],
        "ES",
        35,
        {
            "expediente": G(lambda f: f"E-03801-{f.pick(['2024', '2025'])}-{f.digits(6)}"),
            "tipo_obra": one_of(
                "reforma interior",
                "cambio de ventanas",
                "instalación placas solares",
                "cerramiento de terraza",
            ),
            "referencia_catastral": G(
                lambda f: f"{f.digits(7)}YJ{f.digits(4)}S{f.digits(4)}{f.pick(['AB', 'KL', 'XZ'])}"
            ),
            "emplazamiento": address_(),
            "solicitante": {
                "nombre": name_(),
                "nif": RED(lambda f: f.pick([f.dni, f.nie])(), "national id"),
                "telefono": phone_(),
                "email": email_(),
            },
            "presupuesto_eur": count_(1200, 90000),
            "tasa_icio": money_(40, 3500),
            "representante": Opt(
                {
                    "razon_social": one_of(
                        "Reformas Turia S.L.", "Solar Llevant S.L.", "Construcciones Ferrer e Hijos S.A."
                    ),
                    "cif": one_of("B46123456", "B98765432", "A46011223"),
                    "telefono": one_of("963 51 22 10", "+34 961 44 55 66", "960 11 22 33"),
                },
                0.6,
            ),
        },
    ),
    (
        "track",
        "Trade Licence Applied",
        ["ruby"],
        "IN",
        35,
        {
            "application_no": G(lambda f: f"TL/{f.pick(['2024', '2025'])}/{f.digits(6)}"),
            "business_naam": one_of(
                "Shree Ganesh Kirana Stores", "Hotel Vaishali", "Om Sai Tailors", "Patil Auto Works"
            ),
            "vyavsay_prakar": one_of("kirana", "restaurant", "tailoring", "auto repair"),
            "malik_naam": name_(),
            "malik_mobile": phone_(),
            "pan_number": RED(lambda f: f.pan(), "national id"),
            "aadhaar_ank": RED(lambda f: f.aadhaar(), "national id"),
            "dukan_pata": one_of(
                "Shop 4, FC Road, Shivajinagar", "12 Laxmi Road, Sadashiv Peth", "Gala 7, Market Yard"
            ),
            "shulk": money_(500, 12000),
            "ward_kramank": count_(1, 48),
        },
    ),
    (
        "track",
        "Job Application Started",
        ["web"],
        "US",
        30,
        {
            "job_id": G(lambda f: f"REQ{f.digits(6)}"),
            "job_title": one_of(
                "Equipment Operator II", "311 Call Center Agent", "Park Ranger", "Code Inspector"
            ),
            "department": one_of(
                "Transportation & Public Works", "Parks and Recreation", "Austin 311", "Development Services"
            ),
            "applicant_name": name_(),
            "applicant_email": email_(),
            "authorized_to_work_us": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "veteran_preference": RED(lambda f: f.pick([True, False]), "veteran"),
            "expected_salary": Y(lambda f: f.r.randint(38000, 92000), "salary"),
            "source": one_of("governmentjobs", "linkedin", "city_site"),
        },
    ),
]

PARKING_EVENTS = [
    (
        "track",
        "Parking Ticket Looked Up",
        ["web", "swift", "kotlin"],
        "US",
        55,
        {
            "citation_number": G(lambda f: f"{f.digits(9)}"),
            "plate": Y(lambda f: f.plate(), "license"),
            "plate_state": one_of("TX", "TX", "CA", "OK", "LA"),
            "lookup_method": one_of("citation", "plate"),
            "found": flag_(),
            "amount_due": money_(20, 250),
        },
    ),
    (
        "track",
        "Parking Ticket Paid",
        ["node"],
        "US",
        55,
        {
            "citation_number": G(lambda f: f"{f.digits(9)}"),
            "amount": money_(20, 250),
            "currency": G(lambda f: "usd"),
            "payment_intent_id": G(lambda f: f.token("pi_3P", 21)),
            "payment_method_id": RED(lambda f: f.token("pm_1P", 21), "token"),
            "card_brand": one_of("visa", "mastercard", "amex", "discover"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": count_(1, 12),
            "card_exp_year": count_(2025, 2031),
            "payer_name": name_(),
            "payer_email": email_(),
            "billing_zip": zip_(),
            "receipt_number": G(lambda f: f"{f.digits(4)}-{f.digits(4)}"),
            "convenience_fee": one_of(2.5, 3.0, 1.75),
        },
    ),
    (
        "track",
        "Multa Pagada",
        ["php"],
        "ES",
        35,
        {
            "Ds_Order": G(lambda f: f"{f.digits(4)}{f.token('', 8).upper()}"),
            "Ds_Amount": G(lambda f: str(f.pick([4500, 9000, 10000, 20000]))),
            "Ds_Currency": G(lambda f: "978"),
            "Ds_Response": one_of("0000", "0099", "0190"),
            "Ds_AuthorisationCode": G(lambda f: f"{f.r.randint(0, 999999):06d}"),
            "Ds_Card_Brand": one_of("1", "2", "8"),
            "Ds_Merchant_Identifier": Opt(RED(lambda f: f.hexid(40), "token"), 0.6),
            "Ds_SecurePayment": one_of("0", "1"),
            "boletin": G(lambda f: f"{f.digits(10)}"),
            "matricula": Y(lambda f: f.plate(), "license"),
            "importe_reducido": flag_(),
        },
    ),
    (
        "track",
        "Challan Paid",
        ["python"],
        "IN",
        35,
        {
            "challan_no": G(lambda f: f"MH{f.digits(14)}"),
            "vehicle_no": Y(lambda f: f.plate(), "license"),
            "owner_name": name_(),
            "driving_licence_no": Opt(
                Y(
                    lambda f: f"MH{f.pick(['12', '14'])} {f.pick(['2011', '2016', '2019'])}{f.digits(7)}",
                    "license",
                ),
                0.5,
            ),
            "violation": one_of("No parking", "Signal jump", "No helmet", "Wrong side driving"),
            "amount_inr": one_of(500, 1000, 200, 1500),
            "razorpay_payment_id": G(lambda f: f.token("pay_", 14)),
            "razorpay_order_id": G(lambda f: f.token("order_", 14)),
            "upi_vpa": Opt(RED(lambda f: f.upi(), "bank account"), 0.6),
            "method": one_of("upi", "card", "netbanking"),
        },
    ),
    (
        "track",
        "Residential Parking Permit Applied",
        ["flutter"],
        None,
        35,
        {
            "permit_zone": G(lambda f: f"RPP-{f.pick(['A', 'B', 'C', 'H'])}{f.r.randint(1, 12)}"),
            "vehicle": {
                "plate": Y(lambda f: f.plate(), "license"),
                "vin": Y(lambda f: f.vin(), "serial"),
                "make": one_of("Toyota", "Honda", "SEAT", "Maruti Suzuki", "Ford"),
                "model": one_of("Corolla", "Civic", "Ibiza", "Swift", "F-150"),
                "year": count_(2006, 2024),
                "color": one_of("white", "silver", "black", "red", "blue"),
            },
            "proof_of_residency_type": one_of("utility_bill", "lease", "padron", "electricity_bill"),
            "resident_address": address_(),
            "is_disabled_placard_holder": RED(lambda f: f.pick([True, False]), "disability"),
            "placard_number": Opt(RED(lambda f: f"{f.pick(['P', 'DP'])}{f.digits(7)}", "disability"), 0.3),
        },
    ),
    (
        "track",
        "Parking Session Started",
        MOBILE,
        None,
        50,
        {
            "zone_code": G(lambda f: f"{f.r.randint(1000, 9999)}"),
            "meter_id": G(lambda f: f"M-{f.digits(5)}"),
            "duration_min": one_of(30, 60, 90, 120, 240),
            "rate_per_hour": one_of(1.2, 2.0, 2.5, 20),
            "plate": Y(lambda f: f.plate(), "license"),
            "location": {"lat": lat_(), "lng": lng_()},
            "auto_extend": flag_(),
        },
    ),
]

TAX_EVENTS = [
    (
        "track",
        "Property Tax Bill Viewed",
        ["web"],
        "US",
        50,
        {
            "account_number": G(lambda f: f.digits(11)),
            "parcel_id": G(lambda f: f"0{f.digits(9)}"),
            "owner_name": name_(),
            "situs_address": address_(),
            "assessed_value": count_(180000, 1400000),
            "amount_due": money_(1200, 28000),
            "due_date": one_of("2025-01-31", "2024-01-31", "2026-01-31"),
            "homestead_exemption": flag_(),
            "over65_exemption": flag_(),
            "disabled_veteran_exemption": RED(lambda f: f.pick([True, False]), "veteran"),
        },
    ),
    (
        "track",
        "Property Tax Paid",
        ["java"],
        "US",
        35,
        {
            "account_number": G(lambda f: f.digits(11)),
            "amount": money_(300, 28000),
            "payment_type": one_of("echeck", "echeck", "installment"),
            "routing_number": G(lambda f: f.pick(ROUTING)),
            "bank_account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "account_holder_name": name_(),
            "confirmation_number": G(lambda f: f"PTX{f.digits(9)}"),
            "scheduled": flag_(),
        },
    ),
    (
        "track",
        "Domiciliación IBI Confirmada",
        ["java"],
        "ES",
        35,
        {
            "referencia_recibo": G(lambda f: f"{f.digits(12)}"),
            "ejercicio": one_of(2024, 2025),
            "referencia_catastral": G(
                lambda f: f"{f.digits(7)}YJ{f.digits(4)}S{f.digits(4)}{f.pick(['AB', 'KL', 'XZ'])}"
            ),
            "titular": name_(),
            "nif_titular": RED(lambda f: f.pick([f.dni, f.nie])(), "national id"),
            "iban": RED(lambda f: f.es_iban(), "bank account"),
            "importe": money_(90, 1800),
            "fraccionado": flag_(),
            "bonificacion_familia_numerosa": flag_(),
        },
    ),
    (
        "track",
        "Sampatti Kar Bhugtan",
        ["node"],
        "IN",
        35,
        {
            "property_id": G(lambda f: f"{f.digits(2)}-{f.digits(5)}-{f.digits(3)}"),
            "kar_varsh": one_of("2023-24", "2024-25", "2025-26"),
            "malik_ka_naam": name_(),
            "mobile_no": phone_(),
            "sampatti_pata": address_(),
            "kar_rashi": money_(1500, 60000),
            "bhugtan_madhyam": one_of("UPI", "Net Banking", "Debit Card"),
            "upi_id": Opt(RED(lambda f: f.upi(), "bank account"), 0.7),
            "ifsc": one_of("HDFC0000146", "SBIN0001110", "ICIC0000039", "KKBK0001767"),
            "utr_number": G(lambda f: f.digits(12)),
        },
    ),
]

WASTE_EVENTS = [
    (
        "track",
        "Collection Schedule Looked Up",
        ["web"],
        None,
        60,
        {
            "q": Y(
                lambda f: f.pstreet() if f.region != "US" else f.pstreet().split(" Apt")[0], "address", True
            ),
            "matched_address": address_(),
            "route_id": G(
                lambda f: f"{f.pick(['MON', 'TUE', 'WED', 'THU', 'FRI'])}-{f.r.randint(1, 40):02d}"
            ),
            "collection_day": one_of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
            "next_pickup_date": G(lambda f: f.date(2024, 2025)),
            "places_session_token": uuid_(),
        },
    ),
    (
        "track",
        "Pickup Reminder Subscribed",
        MOBILE,
        None,
        40,
        {
            "channel": one_of("sms", "push", "email", "whatsapp"),
            "phone": phone_(),
            "reminder_time": one_of("18:00", "19:30", "07:00"),
            "streams": Many(one_of("trash", "recycling", "compost", "bulk", "yard"), 3),
            "route_id": G(
                lambda f: f"{f.pick(['MON', 'TUE', 'WED', 'THU', 'FRI'])}-{f.r.randint(1, 40):02d}"
            ),
            "language": one_of("en", "es", "va", "hi", "mr"),
        },
    ),
    (
        "track",
        "Bulk Item Pickup Scheduled",
        ["ruby"],
        None,
        35,
        {
            "booking_id": G(lambda f: f"BLK{f.digits(7)}"),
            "items": Many(
                {
                    "item_type": one_of("sofa", "mattress", "fridge", "tv", "armchair"),
                    "quantity": count_(1, 3),
                },
                3,
            ),
            "pickup_date": G(lambda f: f.date(2024, 2025)),
            "address": address_(),
            "gate_code": Opt(
                RED(
                    lambda f: f.pick([f"#{f.r.randint(1000, 9999)}", f"{f.r.randint(100, 9999)}*"]), "secret"
                ),
                0.5,
            ),
            "contact_name": name_(),
            "contact_phone": phone_(),
            "fee": money_(0, 45),
        },
    ),
    (
        "track",
        "Assisted Collection Requested",
        ["web"],
        "US",
        25,
        {
            "request_id": request_id_(),
            "reason": RED(
                lambda f: f.pick(
                    [
                        "wheelchair user",
                        "uses a walker",
                        "blind or low vision",
                        "recovering from hip surgery, mobility limited",
                    ]
                ),
                "disability",
                True,
            ),
            "has_mobility_impairment": RED(lambda f: f.pick([True, False]), "disability"),
            "household_members_over_18": count_(0, 3),
            "certifying_physician": name_(),
            "expires_on": G(lambda f: f.date(2025, 2027)),
        },
    ),
]

CIVIC_EVENTS = [
    (
        "track",
        "Council Meeting Speaker Signup",
        ["web"],
        None,
        45,
        {
            "meeting_id": G(lambda f: f"CM-{f.date(2024, 2025)}"),
            "agenda_item": G(lambda f: f"Item {f.r.randint(1, 60)}"),
            "speaker_name": name_(),
            "speaker_email": email_(),
            "speaker_phone": Opt(phone_(), 0.7),
            "representing": one_of(
                "Self", "Self", "Mueller Neighborhood Association", "Bike Austin", "AV Russafa"
            ),
            "stance": Y(lambda f: f.pick(STANCES), "political opinion"),
            "needs_interpreter": flag_(),
            "interpreter_language": Opt(one_of("Spanish", "ASL", "Vietnamese", "Marathi"), 0.3),
        },
    ),
    (
        "track",
        "Public Comment Submitted",
        ["node"],
        None,
        30,
        {
            "comment_id": uuid_(),
            "meeting_id": G(lambda f: f"CM-{f.date(2024, 2025)}"),
            "agenda_item": G(lambda f: f"Item {f.r.randint(1, 60)}"),
            "comment": Y(public_comment, "political opinion|name", True),
            "commenter_district": ward_(),
            "attachments": count_(0, 2),
            "submitted_at": iso_(),
        },
    ),
    (
        "track",
        "Inscripción Reunión Vecinal",
        ["flutter"],
        "ES",
        25,
        {
            "reunion_id": G(lambda f: f"RV-{f.digits(5)}"),
            "asociacion": one_of("AV Russafa", "AV Benimaclet", "AV Cabanyal-Canyamelar"),
            "nombre_completo": name_(),
            "correo": email_(),
            "acompanantes": count_(0, 3),
            "menores": Opt(Many({"nombre": first_(), "edad": count_(1, 15)}, 2), 0.5),
            "necesita_accesibilidad": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Resident Survey Completed",
        ["web"],
        "US",
        35,
        {
            "survey_id": G(lambda f: "RS-2024-Q" + str(f.r.randint(1, 4))),
            "nps": count_(0, 10),
            "district": ward_(),
            "age_band": one_of("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
            "race": Y(
                lambda f: f.pick(
                    ["White", "Black or African American", "Asian", "American Indian", "Two or more"]
                ),
                "race",
            ),
            "hispanic_or_latino": Y(lambda f: f.pick([True, False]), "ethnicity"),
            "household_income": Y(
                lambda f: f.pick(["<$25k", "$25k-$50k", "$50k-$100k", "$100k-$150k", "$150k+"]), "salary"
            ),
            "gender_identity": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "prefer not to say"]), "gender"
            ),
            "primary_language": one_of("English", "Spanish", "Vietnamese", "Mandarin"),
            "open_feedback": G(lambda f: f.pick(FEEDBACK_TEXT)),
        },
    ),
]

VITAL_EVENTS = [
    (
        "track",
        "Birth Certificate Requested",
        ["python"],
        "IN",
        30,
        {
            "request_id": G(lambda f: f"BC/{f.digits(8)}"),
            "child_name": name_(),
            "date_of_birth": Y(lambda f: f.pdob(2005, 2024), "birthdate"),
            "place_of_birth": city_(),
            "mother_name": name_(),
            "father_name": name_(),
            "hospital_name": one_of(
                "Sassoon General Hospital",
                "Ruby Hall Clinic",
                "Kamla Nehru Hospital",
                "Deenanath Mangeshkar Hospital",
            ),
            "copies": count_(1, 5),
            "delivery_mode": one_of("speed_post", "pickup", "digilocker"),
            "applicant_relationship": one_of("mother", "father", "self", "guardian"),
            "caste_category": Y(lambda f: f.pick(["General", "OBC", "SC", "ST", "NT-B"]), "ethnicity|race"),
        },
    ),
    (
        "track",
        "Vivah Panjikaran Submitted",
        ["node"],
        "IN",
        25,
        {
            "registration_no": G(lambda f: f"MR/{f.pick(['2024', '2025'])}/{f.digits(5)}"),
            "var_naam": name_(),
            "vadhu_naam": name_(),
            "dharm": Y(
                lambda f: f.pick(["Hindu", "Muslim", "Sikh", "Christian", "Jain", "Buddhist"]), "religion"
            ),
            "sakshi": Many({"naam": name_(), "aadhaar": RED(lambda f: f.aadhaar(), "national id")}, 3),
            "sthal": one_of(
                "Arya Samaj Mandir, Narayan Peth", "Sub-Registrar Office Haveli 4", "Blue Diamond Banquet"
            ),
            "shulk": money_(100, 1000),
        },
    ),
    (
        "track",
        "Clinic Appointment Booked",
        MOBILE,
        "US",
        40,
        {
            "appointment_id": G(lambda f: f"APT{f.digits(8)}"),
            "clinic_name": one_of(
                "Rosewood-Zaragosa Neighborhood Center", "Montopolis Clinic", "Shots for Tots - St. Johns"
            ),
            "clinic_phone": one_of("(512) 555-0145", "512-555-0160", "+1 512 555 0122"),
            "service": Y(
                lambda f: f.pick(
                    ["flu vaccine", "TB skin test", "STI testing", "prenatal visit", "WIC nutrition visit"]
                ),
                "procedure",
                True,
            ),
            "slot_start": iso_(),
            "medicaid_id": Opt(RED(lambda f: f.digits(9), "health id"), 0.4),
            "insurance_member_id": Opt(
                Y(lambda f: f"{f.pick(['BCB', 'AET', 'UHC'])}{f.digits(9)}", "identification"), 0.4
            ),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "allergies": Opt(
                Many(Y(lambda f: f.pick(["penicillin", "latex", "eggs", "sulfa drugs"]), "allergy"), 2), 0.4
            ),
            "interpreter_needed": flag_(),
            "patient": {"first_name": first_(), "dob": dob_()},
            "for_dependant": flag_(),
        },
    ),
    (
        "track",
        "ABHA Linked",
        ["kotlin"],
        "IN",
        25,
        {
            "abha_number": RED(
                lambda f: f"{f.digits(2)}-{f.digits(4)}-{f.digits(4)}-{f.digits(4)}", "health id"
            ),
            "abha_address": RED(
                lambda f: f"{ascii_fold(f.pfirst()).lower()}.{f.digits(4)}@abdm", "health id"
            ),
            "linked_at": iso_(),
            "consent_artefact_id": uuid_(),
            "facility_id": G(lambda f: f"IN27{f.digits(8)}"),
        },
    ),
    (
        "track",
        "Certificado Empadronamiento Solicitado",
        ["java"],
        "ES",
        30,
        {
            "solicitud_id": G(lambda f: f"PAD-{f.digits(8)}"),
            "nombre": first_(),
            "primer_apellido": Y(lambda f: f.pick(ES_LAST), "name"),
            "segundo_apellido": Y(lambda f: f.pick(ES_LAST), "name"),
            "nie": RED(lambda f: f.nie(), "national id"),
            "pasaporte": Opt(RED(lambda f: f.passport(), "passport"), 0.4),
            "nacionalidad": Y(
                lambda f: f.pick(["española", "rumana", "marroquí", "colombiana", "ucraniana"]), "citizenship"
            ),
            "domicilio": street_(),
            "telefono": phone_(),
            "fecha_nacimiento": dob_(),
            "numero_seguridad_social": Opt(RED(lambda f: f.es_nss(), "social security number"), 0.5),
            "convivientes": count_(0, 6),
            "motivo": one_of("Matrícula escolar", "Tarjeta sanitaria", "Ayudas municipales", "Otros"),
            "formato": one_of("pdf", "papel"),
        },
    ),
]

COMMERCE_EVENTS = [
    (
        "track",
        "Product Viewed",
        ["web"],
        None,
        40,
        {**product_fields(), "currency": one_of("USD", "EUR", "INR")},
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        None,
        30,
        {
            "order_id": G(lambda f: f"CS-{f.digits(8)}"),
            "value": money_(10, 300),
            "currency": one_of("USD", "EUR", "INR"),
            "products": Many(product_fields(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        None,
        40,
        {
            "order_id": G(lambda f: f"CS-{f.digits(8)}"),
            "total": money_(10, 300),
            "revenue": money_(10, 300),
            "tax": money_(0, 25),
            "coupon": one_of("", "RECYCLE10", "", "EARTHDAY"),
            "currency": one_of("USD", "EUR", "INR"),
            "products": Many(product_fields(), 3),
            "shipping_address": {
                "name": name_(),
                "line1": street_(),
                "city": city_(),
                "postal_code": zip_(),
                "state": one_of("TX", "Valencia", "Maharashtra"),
                "country": one_of("US", "ES", "IN"),
            },
            "delivery_instructions": one_of(
                "Leave by the garage", "", "Deliver with next trash pickup", "Ring bell"
            ),
        },
    ),
    (
        "track",
        "Facility Booked",
        ["web", "flutter"],
        None,
        30,
        {
            "booking_id": G(lambda f: f"FAC-{f.digits(7)}"),
            "facility_name": one_of(
                "Zilker Park Pavilion 3",
                "Centre Cívic Russafa Sala 2",
                "Balgandharva Rang Mandir",
                "Pan Am Rec Center Gym",
            ),
            "booking_date": G(lambda f: f.date(2024, 2025)),
            "party_size": count_(5, 250),
            "organizer_name": name_(),
            "organizer_phone": phone_(),
            "organizer_email": email_(),
            "purpose": one_of("birthday", "community meeting", "wedding reception", "yoga class"),
        },
    ),
]

MISC_EVENTS = [
    (
        "page",
        None,
        ["web"],
        None,
        150,
        {
            "name": G(lambda f: f.page("title").split(" | ")[0]),
            "path": G(lambda f: f.page("path")),
            "url": G(lambda f: f.page("url")),
            "title": G(lambda f: f.page("title")),
            "referrer": one_of(
                "", "https://www.google.com/", "https://www.bing.com/", "https://nextdoor.com/"
            ),
            "search": one_of("", "", "?utm_source=newsletter&utm_medium=email", "?lang=es"),
        },
    ),
    (
        "page",
        None,
        ["web"],
        None,
        40,
        {
            "name": one_of("Alerts signup", "Pay online"),
            "path": one_of("/alerts", "/pay"),
            "url": G(lambda f: f.c("host") + f.pick(["/alerts", "/pay"])),
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.token("", 60), "advertising id"), 0.6),
            "fbclid": Opt(Y(lambda f: "IwAR" + f.token("", 57), "advertising id"), 0.4),
        },
    ),
    (
        "screen",
        None,
        MOBILE,
        None,
        120,
        {
            "name": one_of("Home", "Map", "Report Issue", "My Requests", "Case Detail", "Pay", "Settings"),
            "previous_screen": one_of("Home", "Map", "My Requests", ""),
            "tab": one_of("home", "map", "requests", "account"),
        },
    ),
    (
        "track",
        "Search Performed",
        APPS,
        None,
        50,
        {
            "query": one_of(
                "pothole",
                "bulk pickup",
                "dog license",
                "recogida de muebles",
                "property tax receipt",
                "kachra",
            ),
            "results_count": count_(0, 40),
            "filter": one_of("all", "services", "faq", "news"),
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        ["go"],
        None,
        25,
        {
            "webhook_id": G(lambda f: f"wh_{f.hexid(12)}"),
            "endpoint": one_of(
                "https://crm.partner.example.com/hooks/311", "https://gis.example.gov/api/cases"
            ),
            "status_code": one_of(401, 500, 502, 504),
            "attempt": count_(1, 5),
            "request_headers": {
                "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "Content-Type": G(lambda f: "application/json"),
                "X-Request-Id": uuid_(),
            },
            "error": one_of("timeout", "connection reset", "HTTP 401 Unauthorized"),
        },
    ),
    (
        "track",
        "Payment Kiosk Transaction",
        ["php"],
        "US",
        25,
        {
            "kiosk_id": G(lambda f: f"KSK-{f.r.randint(1, 60):03d}"),
            "txn_ref": G(lambda f: f.digits(12)),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cardholder_name": name_(),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
            "masked_pan": G(lambda f: "************" + f"{f.r.randint(0, 9999):04d}"),
            "amount": money_(1, 250),
            "approved": flag_(),
        },
    ),
    (
        "track",
        "Error Shown",
        APPS,
        None,
        30,
        {
            "error_code": one_of(
                "E_UPLOAD_TIMEOUT", "E_GEOCODE_FAILED", "E_PAYMENT_DECLINED", "E_SESSION_EXPIRED"
            ),
            "message": one_of(
                "Upload timed out",
                "We couldn't find that address",
                "Your card was declined",
                "Please sign in again",
            ),
            "screen": one_of("Report Issue", "Pay", "Map", "Home"),
            "stack_hash": G(lambda f: f.hexid(40)),
        },
    ),
]

EVENTS = (
    IDENTIFY_EVENTS
    + AUTH_EVENTS
    + REPORT_EVENTS
    + MESSAGING_EVENTS
    + PERMIT_EVENTS
    + PARKING_EVENTS
    + TAX_EVENTS
    + WASTE_EVENTS
    + CIVIC_EVENTS
    + VITAL_EVENTS
    + COMMERCE_EVENTS
    + MISC_EVENTS
)


def message(f: CityFake, kind: str, name: str | None, client: str, body: dict | None, labels: dict) -> dict:
    f.dev_slot, f.page_slot = f.r.randrange(60), f.r.randrange(len(PAGES))
    f.me = (f.pfirst(), f.plast())
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid()}
    if client in MOBILE or client == "web":
        msg["anonymousId"] = f.uuid()
    if kind == "alias" or f.r.random() < 0.85:
        msg["userId"] = f.pick([f"u_{f.digits(7)}", f.uuid(), f"{f.region.lower()}-{f.digits(6)}"])
    if kind == "alias":
        msg["previousId"] = f.uuid()
    if kind == "group":
        msg["groupId"] = f"grp_{f.digits(5)}"
    if kind == "track":
        msg["event"] = name
    if kind in ("page", "screen"):
        msg["name"] = None
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
        if kind in ("page", "screen"):
            msg["name"] = msg[section].get("name")
    msg["context"] = render(CONTEXTS[client](), f, "context", labels)
    msg["timestamp"] = f.iso()
    return msg


def build(seed: int, scale: float):
    f = CityFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, region, weight, body in EVENTS:
        for _ in range(max(3, round(weight * scale))):
            f.region = region or f.pick(["US", "US", "ES", "IN"])
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=211, scale=0.85)
    write(Path(__file__).parent, "holdout211_", events, labels)
