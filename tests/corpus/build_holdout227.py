"""Writes holdout 227: tests/corpus/holdout227_events.jsonl and holdout227_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other holdout's labels, and without running the engine on these events. It is for scoring the
engine on events it has never seen; nothing here was tuned to the engine.

Domain: a freight trucking and driver-dispatch platform working in Poland, Mexico and the US.
Carrier and driver onboarding (applications, identity checks, CDL / prawo jazdy / licencia
federal, DOT medical cards, Polish and Mexican national ids), load boards, bids and bookings, GPS
pings and ELD hours-of-service logs, proof of delivery (signatures, photos), fuel cards and
purchases, driver settlements and direct deposit (US accounts, Polish IBANs, Mexican CLABEs),
roadside incidents and inspections, border crossings, benefits, recruiting leads, an equipment
shop (Segment e-commerce spec), and vendor-shaped payloads (a Samsara-style location webhook, a
Motive-style driver sync, a Twilio-style SMS record, a Stripe-style payment method, a
Persona-style identity check, a Hightouch-style warehouse sync).

Clients: analytics.js (shipper/broker web portal), analytics-swift and analytics-kotlin (driver
apps, the Android one with a location plugin), analytics-react-native (carrier onboarding app),
analytics_flutter (broker app) and server libraries (python, node, go, java, ruby, php, .NET),
with their usual `context` blocks (ip, traits, device, app, library, locale, userAgent,
campaign). Calls: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET settlement
and fuel services; kebab-case from an ELD vendor's webhook; SCREAMING_SNAKE from a warehouse
sync; Polish keys (driver records of the Polish operation) and Spanish keys (Mexican
"operadores" and incident reports).

Labelling rules (the product's default colours):
- PII = personal data about a natural person (the user, a recipient, a contact, a dependant, a
  staff member): names, contact details, the person's own address or precise location, birth
  dates, government ids, financial accounts, full card numbers, health and other special
  categories, credentials and secrets the person holds, IP addresses, advertising ids. Colour is
  the reference matcher's default; outside the reference: red for credentials / secrets, card
  numbers, bank accounts, government ids and health ids; yellow otherwise.
- Green: ids we issue (user, load, booking, driver, truck and trailer unit numbers, UUIDs, BOL
  and PRO numbers, seal numbers), versions, timestamps, hashes of non-PII, amounts, enums,
  counters and booleans under PII-sounding keys, company / product / facility names, places that
  are not the person's (load origins and destinations, truck stops, ports of entry, a carrier's
  or facility's address), country, state, locale, timezone, currency, user agents, OS-issued
  analytics device ids. Card brand, last four, expiry and BIN are green; bank routing numbers
  are green; the last four of an SSN are red.
- Published policy for contested cases, followed as written: green for member / customer / claim
  numbers a business issues, ages, marital status, job titles and employers, a business's own
  phone / e-mail / address (brokerages' main lines, dispatch@ mailboxes, the company's sending
  number in an SMS record), pets, UUID tokens (a Places session token); yellow for insurance
  policy and insurer member numbers (`identification`), pay and rates (`salary`), credit scores,
  vehicle plates (`license`) and VINs (`serial`), ad click ids (gclid, fbclid, _fbp:
  `advertising id`), the person's billing and shipping addresses, trade union membership; red
  for payment-method tokens, one-time and verification codes, sign-in link tokens, health-system
  numbers, identity-document numbers (`national id` / `passport`) and answers about the right to
  work or visa status (`visa`).
- A boolean or enum revealing a special category (a medical restriction, a positive drug test,
  an injury, tobacco use, union membership, veteran status) is labelled as that category.
- value_only is true when the key does not say what the value is (`value`, `q`, `text`, `label`,
  Twilio's `To` / `Body`, a link URL). A value_only PII path holds that PII in every value;
  free text is labelled by what every value carries, green when no value carries PII (free text
  in this corpus either always carries the PII or never does).
- Own rules where the policy is silent (what a careful privacy owner would flag): the precise
  position of a truck (GPS, ELD location descriptions, reverse-geocoded places, geohashes, a
  search centred on the driver) is the driver's geolocation; a handwritten signature image and
  proof-of-delivery photos are `photo`; a driver's licence number is `license` (yellow) while a
  passport / national id card / voter card number is red; a hashed e-mail sent for ad matching is
  still the e-mail (yellow); a staff member's direct mobile or work e-mail is theirs (yellow),
  a company's main line is not; blood type and a medical "unfit" result are `condition`; a DOT
  medical examiner's public registry number and a fuel processor's authorisation code are green;
  a card processor's card fingerprint is an id it issues (green); the substances a drug panel
  tests for are green (only the result says anything about the person).
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and ids of the three countries -------------------------------------------------

PL_FIRST = ["Katarzyna", "Małgorzata", "Piotr", "Krzysztof", "Tomasz", "Agnieszka", "Paweł", "Łukasz"]
PL_FIRST += ["Zbigniew", "Grzegorz", "Ewa", "Wojciech", "Jadwiga", "Mariusz", "Dorota", "Sławomir"]
PL_LAST = ["Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński"]
PL_LAST += ["Szymańska", "Dąbrowski", "Woźniak", "Mazur", "Krawczyk", "Piątek", "Grabowska", "Jabłoński"]
MX_FIRST = ["José Luis", "María Guadalupe", "Juan Carlos", "Alejandro", "Verónica", "Jesús", "Ana Karen"]
MX_FIRST += ["Miguel Ángel", "Rosa Elena", "Francisco", "Itzel", "Rogelio", "Yesenia", "Efraín", "Xóchitl"]
MX_LAST = ["Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez"]
MX_LAST += ["Ramírez", "Flores", "Cruz", "Villarreal", "Treviño", "Cárdenas", "Ibarra", "Zúñiga"]
US_FIRST = ["Darnell", "Tyler", "Brandi", "Jamal", "Dwayne", "Kimberly", "Raj", "Svetlana", "Oluwaseun"]
US_FIRST += ["Mohammed", "Minh", "Lakshmi", "Cody", "Shanice", "Bao", "Travis", "Guadalupe", "Ji-woo"]
US_LAST = ["Washington", "Jenkins", "Holloway", "Robinson", "Nguyen", "Patel", "Petrova", "Adeyemi"]
US_LAST += ["Al-Sayed", "Iyer", "McAllister", "Yazzie", "O'Neal", "Schmidt", "Park", "Begay", "Thibodeaux"]

PL_PLACES = [
    ("Warszawa", "00-", "ul. Marszałkowska"),
    ("Kraków", "30-", "ul. Długa"),
    ("Łódź", "90-", "ul. Piotrkowska"),
    ("Wrocław", "50-", "ul. Legnicka"),
    ("Poznań", "60-", "os. Jana III Sobieskiego"),
    ("Gdańsk", "80-", "ul. Grunwaldzka"),
    ("Stryków", "95-", "ul. Kolejowa"),
    ("Lublin", "20-", "al. Kraśnicka"),
    ("Katowice", "40-", "ul. Mikołowska"),
]
VOIVODESHIPS = {
    "Warszawa": "mazowieckie",
    "Kraków": "małopolskie",
    "Łódź": "łódzkie",
    "Wrocław": "dolnośląskie",
    "Poznań": "wielkopolskie",
    "Gdańsk": "pomorskie",
    "Stryków": "łódzkie",
    "Lublin": "lubelskie",
    "Katowice": "śląskie",
}
MX_PLACES = [
    ("Nuevo Laredo", "Tamaulipas", "882", "Col. Guerrero"),
    ("Monterrey", "Nuevo León", "64", "Col. Mitras Centro"),
    ("Guadalajara", "Jalisco", "44", "Col. Americana"),
    ("Ciudad de México", "CDMX", "07", "Col. Lindavista"),
    ("Saltillo", "Coahuila", "25", "Col. República"),
    ("Querétaro", "Querétaro", "76", "Col. Carrizal"),
    ("Tijuana", "Baja California", "22", "Col. Libertad"),
    ("Ciudad Juárez", "Chihuahua", "32", "Col. Bellavista"),
]
MX_STREETS = [
    "Av. Reforma",
    "Calle Hidalgo",
    "Blvd. Colosio",
    "Av. Insurgentes Sur",
    "Calle Morelos",
    "Privada Los Pinos",
]
US_PLACES = [
    ("Laredo", "TX", "780"),
    ("Dallas", "TX", "752"),
    ("Memphis", "TN", "381"),
    ("Columbus", "OH", "432"),
    ("Joliet", "IL", "604"),
    ("Ontario", "CA", "917"),
    ("Atlanta", "GA", "303"),
    ("Gary", "IN", "464"),
    ("Fresno", "CA", "937"),
    ("El Paso", "TX", "799"),
]
US_STREETS = [
    "W Saunders St",
    "Oak Hollow Dr",
    "County Rd 42",
    "Magnolia Ave",
    "N Main St",
    "Pecan Ln",
    "Lakeview Ter",
]
CONSUMER_DOMAINS = {
    "PL": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx"],
    "US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com"],
}
CDL_FORMATS = {
    "TX": (None, 8),
    "CA": ("A", 7),
    "IL": ("R", 11),
    "FL": ("H", 12),
    "GA": (None, 9),
    "OH": ("TQ", 6),
}

# Lanes, facilities and businesses: not personal.
CITIES_ANY = [
    "Laredo, TX",
    "Dallas, TX",
    "Chicago, IL",
    "Monterrey, NL",
    "Querétaro, QRO",
    "Stryków",
    "Poznań",
]
CITIES_ANY += ["Atlanta, GA", "Memphis, TN", "Guadalajara, JAL", "Gliwice", "Ontario, CA", "Columbus, OH"]
FACILITIES = [
    "Walmart DC 6094",
    "Home Depot RDC Joliet",
    "Amazon MEM4",
    "Carrier Wareh. Apodaca",
    "Lidl CD Stryków",
]
FACILITIES += [
    "Costco Depot Tolleson",
    "Nestlé Planta Toluca",
    "Raben Logistics Gądki",
    "Cargill Plant Dodge City",
]
FACILITY_ADDR = ["2200 Logistics Pkwy, Joliet, IL 60436", "Carr. Miguel Alemán km 24.5, Apodaca, NL 66600"]
FACILITY_ADDR += [
    "ul. Magazynowa 1, 95-010 Stryków",
    "4800 Airways Blvd, Memphis, TN 38116",
    "Av. Industria 301, Toluca",
]
BROKERS = [
    "TQL",
    "Coyote Logistics",
    "Echo Global",
    "Trans-Mex Brokerage",
    "Raben Freight",
    "Arrive Logistics",
]
COMMODITIES = ["auto parts", "frozen berries", "beer", "paper rolls", "steel coils", "electronics", "produce"]
EQUIPMENT = ["dry_van", "reefer", "flatbed", "step_deck", "plandeka", "caja_seca", "tanker"]
TRUCK_STOPS = [
    "Pilot #389",
    "Love's #632",
    "TA Laredo",
    "Petro Oklahoma City",
    "Orlen Stryków",
    "Pemex 4821 Saltillo",
]
TRUCK_STOPS += ["Circle K Gdańsk", "Flying J Gary"]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 13; SM-A145M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 "
    "Mobile Safari/537.36",
]


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class TruckFake(Fake):
    """Fake, plus the people and ids of a Polish / Mexican / US freight platform."""

    def person(self, country=None):
        country = country or self.pick(["PL", "MX", "US", "US", "MX"])
        if country == "PL":
            first, last = self.pick(PL_FIRST), self.pick(PL_LAST)
            # Polish surnames in -ski / -cki agree with the (first name's) gender.
            female = first.endswith("a")
            if female and last.endswith(("ski", "cki")):
                last = last[:-1] + "a"
            elif not female and last.endswith(("ska", "cka")):
                last = last[:-1] + "i"
        elif country == "MX":
            first, last = self.pick(MX_FIRST), f"{self.pick(MX_LAST)} {self.pick(MX_LAST)}"
        else:
            first, last = self.pick(US_FIRST), self.pick(US_LAST)
        return {"country": country, "first": first, "last": last, "full": f"{first} {last}"}

    def new_persona(self):
        self.p = self.person()
        self.p["home"] = self.home(self.p["country"])

    def local(self, country):
        """A person of one country for a backend that only knows that country (its keys read f.lp)."""
        self.lp = self.person(country)
        return self.lp

    def new_home(self, country):
        """A fresh address whose parts the following keys of the same object read (render keeps order)."""
        self.cur = self.home(country)
        return self.cur["line"]

    # names and contacts
    def nm(self, country=None):
        return self.person(country)["full"]

    def email_of(self, p):
        first = ascii_fold(p["first"].split()[0]).lower()
        last = ascii_fold(p["last"].split()[0]).lower().replace("'", "").replace("-", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}_{first}",
            ]
        )
        return f"{local}@{self.pick(CONSUMER_DOMAINS[p['country']])}"

    def mail(self):
        return self.email_of(self.person())

    def work_email(self):
        p = self.person(self.pick(["US", "MX", "PL"]))
        first = ascii_fold(p["first"].split()[0]).lower()
        last = ascii_fold(p["last"].split()[0]).lower().replace("'", "")
        domain = self.pick(["tql.com", "coyote.com", "echo.com", "arrivelogistics.com", "raben-group.com"])
        return f"{first[0]}{last}@{domain}"

    def phone_pl(self):
        n = f"{self.pick('5678')}{self.r.randint(10, 99)}{self.r.randint(100, 999)}{self.r.randint(100, 999)}"
        style = self.pick(["intl", "plain", "dash", "e164"])
        return {
            "intl": f"+48 {n[:3]} {n[3:6]} {n[6:]}",
            "plain": f"{n[:3]} {n[3:6]} {n[6:]}",
            "dash": f"{n[:3]}-{n[3:6]}-{n[6:]}",
            "e164": f"+48{n}",
        }[style]

    def phone_mx(self):
        area = self.pick(["55", "81", "33", "867", "899", "844", "442", "664", "656"])
        rest = self.digits(10 - len(area))
        style = self.pick(["intl", "paren", "plain", "e164", "old"])
        grouped = f"{rest[: len(rest) - 4]} {rest[-4:]}"
        return {
            "intl": f"+52 {area} {grouped}",
            "paren": f"({area}) {grouped}",
            "plain": f"{area}{rest}",
            "e164": f"+52{area}{rest}",
            "old": f"+52 1 {area} {grouped}",
        }[style]

    def tel(self, country=None):
        country = country or self.pick(["PL", "MX", "US"])
        if country == "PL":
            return self.phone_pl()
        if country == "MX":
            return self.phone_mx()
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))

    # addresses (the person's own)
    def home(self, country=None):
        country = country or self.pick(["PL", "MX", "US"])
        if country == "PL":
            city, zp, street = self.pick(PL_PLACES)
            line = f"{street} {self.r.randint(1, 140)}" + self.pick(
                ["", f"/{self.r.randint(1, 60)}", " m. 4"]
            )
            return {"line": line, "city": city, "zip": f"{zp}{self.r.randint(1, 999):03d}", "region": "PL"}
        if country == "MX":
            city, state, zp, col = self.pick(MX_PLACES)
            line = f"{self.pick(MX_STREETS)} {self.r.randint(1, 3000)}" + self.pick(
                ["", " Int. 4", " Depto. 12"]
            )
            cp = (zp + self.digits(5))[:5]
            return {"line": line, "city": city, "zip": cp, "region": state, "colonia": col}
        city, state, zp = self.pick(US_PLACES)
        line = f"{self.r.randint(100, 19999)} {self.pick(US_STREETS)}" + self.pick(
            ["", " Apt 3", " Lot 17", " Unit B"]
        )
        return {"line": line, "city": city, "zip": f"{zp}{self.r.randint(1, 99):02d}", "region": state}

    def home_line(self):
        h = self.home()
        return (
            f"{h['line']}, {h['zip']} {h['city']}"
            if h["region"] == "PL"
            else f"{h['line']}, {h['city']} {h['zip']}"
        )

    # government and document ids
    def pesel(self):
        year, month, day = self.r.randint(1958, 2003), self.r.randint(1, 12), self.r.randint(1, 28)
        mm = month + (20 if year >= 2000 else 0)
        body = f"{year % 100:02d}{mm:02d}{day:02d}{self.r.randint(0, 9999):04d}"
        weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        check = (10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10
        return body + str(check)

    def dowod(self):
        letters = "".join(self.pick(string.ascii_uppercase) for _ in range(3))
        rest = self.digits(5)
        values = [int(c, 36) for c in letters] + [0] + [int(c) for c in rest]
        weights = [7, 3, 1, 9, 7, 3, 1, 7, 3]
        s = sum(v * w for v, w in zip(values, weights, strict=True))
        return f"{letters}{s % 10}{rest}"

    def _mx_letters(self, p):
        last = ascii_fold(p["last"]).upper().split()
        first = ascii_fold(p["first"]).upper().split()[0]
        vowel = next((c for c in last[0][1:] if c in "AEIOU"), "X")
        return last[0][0] + vowel + (last[1][0] if len(last) > 1 else "X") + first[0], last, first

    def curp(self, p=None):
        p = p or self.person("MX")
        head, last, first = self._mx_letters(p)
        year = self.r.randint(1960, 2004)
        birth = f"{year % 100:02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        state = self.pick(["TS", "NL", "JC", "DF", "CL", "QT", "BC", "CH", "SP", "VZ"])

        def cons(word):
            return next((c for c in word[1:] if c not in "AEIOU"), "X")

        body = head + birth + self.pick("HM") + state + cons(last[0]) + cons(last[-1]) + cons(first)
        body += "0" if year < 2000 else "A"
        alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        s = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - s % 10) % 10)

    def rfc(self, p=None):
        p = p or self.person("MX")
        head, _, _ = self._mx_letters(p)
        birth = f"{self.r.randint(60, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        body = head + birth + "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2))
        alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
        s = sum(alphabet.index(c) * (13 - i) for i, c in enumerate(body))
        rem = s % 11
        check = "0" if rem == 0 else ("A" if 11 - rem == 10 else str(11 - rem))
        return body + check

    def nss(self):
        return self.luhn_complete(
            f"{self.r.randint(1, 99):02d}{self.r.randint(0, 24):02d}{self.r.randint(60, 99)}{self.digits(4)}"
        )

    def ine(self, p=None):
        p = p or self.person("MX")
        last = ascii_fold(p["last"]).upper().replace(" ", "")
        first = ascii_fold(p["first"]).upper().replace(" ", "")
        letters = (last[:2] + last[-2:] + first[:2]).ljust(6, "X")
        birth = f"{self.r.randint(60, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        return f"{letters}{birth}{self.r.randint(1, 32):02d}{self.pick('HM')}{self.digits(3)}"

    def passport_no(self, country=None):
        country = country or self.pick(["PL", "MX", "US"])
        if country == "PL":
            return "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + self.digits(7)
        if country == "MX":
            return self.pick("GN") + self.digits(8)
        return self.pick(["", "A"]) + self.digits(9 if self.r.random() < 0.5 else 8)

    def cdl(self, state=None):
        state = state or self.pick(list(CDL_FORMATS))
        prefix, n = CDL_FORMATS[state]
        return (prefix or "") + self.digits(n)

    def prawo_jazdy(self):
        return f"{self.r.randint(1, 99999):05d}/{self.r.randint(5, 24):02d}/{self.r.randint(201, 3263):04d}"

    def licencia_federal(self):
        return self.pick(["LFD", "MEX", "NLE", "TAM"]) + self.digits(7)

    def karta_kierowcy(self):
        return f"PL{self.digits(14)}"

    # vehicles
    def vin(self):
        values = dict(
            zip(
                "ABCDEFGHJKLMNPRSTUVWXYZ",
                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                strict=True,
            )
        )
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = self.pick(["1FU", "1XK", "1XP", "4V4", "3AK", "1M1", "YS2", "WMA", "XLR", "VF6"])
        vds = "".join(self.pick(chars) for _ in range(5))
        tail = self.pick("GHJKLMNPR") + self.pick(chars) + self.digits(6)
        body = wmi + vds + "0" + tail
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        s = sum((int(c) if c.isdigit() else values[c]) * w for c, w in zip(body, weights, strict=True))
        check = "X" if s % 11 == 10 else str(s % 11)
        return body[:8] + check + body[9:]

    def plate(self, country=None):
        country = country or self.pick(["PL", "MX", "US"])
        up = string.ascii_uppercase
        if country == "PL":
            county = self.pick(["WX", "KR", "PO", "EL", "DW", "GD", "SK", "PZ", "WPI"])
            return f"{county} {self.digits(3)}{self.pick(up)}{self.pick(up + string.digits)}"
        if country == "MX":
            letters = self.pick(up) + self.pick(up)
            return f"{self.r.randint(10, 99)}-{letters}-{self.r.randint(1, 9)}{self.pick(up)}"
        return self.pick(
            [
                f"P{self.digits(6)}",
                f"{self.r.randint(1, 9)}{self.pick(up)}{self.pick(up)} {self.digits(4)}",
                f"R{self.digits(5)}",
            ]
        )

    # money
    def iban_pl(self):
        bban = self.pick(["10205561", "11402004", "10901014", "12401037", "10501764"]) + self.digits(16)
        numeric = bban + "252100"
        check = 98 - int(numeric) % 97
        raw = f"PL{check:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.5 else raw

    def clabe(self):
        body = self.pick(["002", "012", "014", "072", "021", "044"]) + self.pick(["180", "580", "320", "010"])
        body += self.digits(11)
        weights = [3, 7, 1] * 6
        s = sum((int(d) * w) % 10 for d, w in zip(body, weights, strict=False))
        return body + str((10 - s % 10) % 10)

    def us_account(self):
        return self.digits(self.pick([9, 10, 12]))

    def payout_account(self):
        return self.pick([self.iban_pl(), self.clabe(), self.us_account()])

    def fleet_card(self):
        prefix, length = self.pick(
            [("690046", 16), ("7071", 19), ("708305", 19), ("556766", 16), ("707685", 19)]
        )
        return self.luhn_complete(prefix + self.digits(length - len(prefix) - 1))

    # positions: on the road in the three countries
    def pos(self):
        box = self.pick([(49.5, 54.5, 14.5, 23.5), (19.0, 27.5, -108.0, -98.0), (29.0, 45.0, -118.0, -80.0)])
        return round(self.r.uniform(box[0], box[1]), 6), round(self.r.uniform(box[2], box[3]), 6)

    def la(self):
        """A latitude; the next lo() returns the longitude of the same point (keys come in that order)."""
        lat, self._lon = self.pos()
        return lat

    def lo(self):
        lon = getattr(self, "_lon", None)
        self._lon = None
        return lon if lon is not None else self.pos()[1]

    def geohash(self):
        return "".join(self.pick("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(self.pick([7, 8, 9])))

    def near(self):
        place = self.pick(
            ["Laredo, TX", "Pecos, TX", "Saltillo, COAH", "Toruń", "Effingham, IL", "Matehuala, SLP"]
        )
        return f"{self.money(0.5, 9.5):.1f} mi {self.pick(['N', 'NE', 'SSW', 'W', 'ESE'])} {place}"

    # ad ids
    def gclid(self):
        alnum = string.ascii_letters + string.digits
        return "Cj0KCQjw" + "".join(self.pick(alnum + "-_") for _ in range(72)) + "BwE"

    def fbclid(self):
        alnum = string.ascii_letters + string.digits
        return "IwAR" + "".join(self.pick(alnum + "_-") for _ in range(57))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.digits(10)}"

    def apns(self):
        return self.hexid(64)

    def fcm(self):
        alnum = string.ascii_letters + string.digits
        return (
            "".join(self.pick(alnum) for _ in range(11))
            + ":APA91b"
            + "".join(self.pick(alnum + "-_") for _ in range(134))
        )

    def dob(self):
        return self.date(1958, 2003)


def P(attr):
    """A generator reading the current message's persona."""
    return lambda f: f.p[attr]


def email_p(f):
    return f.email_of(f.p)


def phone_p(f):
    return f.tel(f.p["country"])


# -- contexts of the client libraries --------------------------------------------------------------

PAGES = [
    ("/loads", "Load Board | FreightLane"),
    ("/loads/search", "Find Loads | FreightLane"),
    ("/carriers/onboarding", "Carrier Onboarding | FreightLane"),
    ("/apply/cdl-a", "Drive With Us - CDL-A Jobs | FreightLane"),
    ("/shop/eld", "ELD & Dash Cams | FreightLane Shop"),
    ("/settlements", "Settlements | FreightLane"),
]


def web_ctx(f):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.66.0", "next-1.70.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.page[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.dat.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=es", "?ref=nav"])),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: "https://app.freightlane.example" + f.page[0]),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "pl-PL", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/Monterrey", "Europe/Warsaw", "America/New_York"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["cdl_recruiting_q2", "carrier_signup", "reefer_lanes_tx"])),
            "source": G(lambda f: f.pick(["google", "facebook", "indeed", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "job_board"])),
            "term": G(
                lambda f: f.pick(["cdl a jobs laredo", "owner operator loads", "praca kierowca c+e", ""])
            ),
            "content": G(lambda f: f.pick(["hero_cta", "banner_es", "textlink"])),
        },
    }


def swift_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "FreightLane Driver"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
            "build": G(lambda f: f.pick(["4180", "4182", "4190"])),
            "namespace": G(lambda f: "com.freightlane.driver"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.apns(), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "pl-PL"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["AT&T", "Telcel", "Play", "T-Mobile", "Orange PL"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 414])),
            "height": G(lambda f: f.pick([844, 852, 896])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Mexico_City", "Europe/Warsaw"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def kotlin_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "FreightLane ELD"),
            "version": G(lambda f: f.pick(["7.3.1", "7.4.0"])),
            "build": G(lambda f: f.pick(["70301", "70400", "70402"])),
            "namespace": G(lambda f: "com.freightlane.eld"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Zebra Technologies", "Google"])),
            "model": G(lambda f: f.pick(["SM-T227U", "moto g power (2022)", "TC26", "Pixel 6a"])),
            "name": G(lambda f: f.pick(["gta7litewifi", "tonga", "TC26", "bluejay"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.fcm(), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "pl-PL", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Verizon", "AT&T", "Telcel", "Movistar", "Plus", "Orange"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.5, 2.0, 2.625])),
            "width": G(lambda f: f.pick([800, 1080, 1200])),
            "height": G(lambda f: f.pick([1280, 2400, 1920])),
        },
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/Monterrey", "Europe/Warsaw", "America/Denver"])
        ),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-T227U Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 11; TC26 Build/11-49-09)",
                ]
            )
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "location": {
            "latitude": Y(lambda f: f.la(), "geolocation"),
            "longitude": Y(lambda f: f.lo(), "geolocation"),
            "speed": G(lambda f: f.money(0, 31)),
            "accuracy": G(lambda f: f.pick([3.9, 4.7, 12.0, 35.5])),
        },
    }


def rn_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "FreightLane Carriers"),
            "version": G(lambda f: f.pick(["2.9.0", "2.10.1"])),
            "build": G(lambda f: f.pick(["290", "2101"])),
            "namespace": G(lambda f: "com.freightlane.carriers"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546E", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "tapas"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "en-US", "pl-PL"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Monterrey", "America/Chicago", "Europe/Warsaw"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(email_p, "email"),
            "name": Y(P("full"), "name"),
            "phone": Y(phone_p, "phone"),
            "carrierId": G(lambda f: "car_" + f.digits(6)),
        },
    }


def flutter_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "LaneBoard"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["87", "91"])),
            "namespace": G(lambda f: "mx.laneboard.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone16,1", "SM-S918B", "moto e13"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "en-US"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 892]))},
        "timezone": G(lambda f: f.pick(["America/Mexico_City", "America/Chicago"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.1",
    "Analytics.NET": "3.8.1",
}


def server_ctx(lib, ip=False, ua=False, traits=False, group=False, external=False):
    def make(f):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}}
        if ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        if ua:
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if traits:
            ctx["traits"] = {
                "email": Y(email_p, "email"),
                "userType": G(lambda f: f.pick(["driver", "dispatcher", "owner_operator"])),
            }
        if group:
            ctx["groupId"] = G(lambda f: "car_" + f.digits(6))
        if external:
            ctx["externalIds"] = Many(
                {
                    "id": G(lambda f: f.digits(7)),
                    "type": G(lambda f: f.pick(["samsara_driver_id", "motive_driver_id"])),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                2,
            )
        return ctx

    return make


CTX = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "py": server_ctx("analytics-python", ip=True, traits=True),
    "node": server_ctx("analytics-node", ip=True, ua=True, group=True),
    "go": server_ctx("analytics-go", external=True),
    "java": server_ctx("analytics-java", group=True),
    "ruby": server_ctx("analytics-ruby", traits=True),
    "php": server_ctx("analytics-php", ip=True),
    "dotnet": server_ctx("Analytics.NET", group=True),
    "hightouch": server_ctx("analytics-python"),
}

# -- shared shapes ---------------------------------------------------------------------------------


def shop_product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(
            lambda f: f.pick(
                ["ELD-LTE-9PIN", "ELD-LTE-OBD", "CAM-DUAL-4K", "CBL-J1939-Y", "TAB-8-RUGGED", "MNT-RAM-02"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "FL ELD LTE (9-pin)",
                    "Dual-Facing Dash Cam 4K",
                    "J1939 Y-Cable",
                    'Rugged Tablet 8"',
                    "RAM Mount Kit",
                ]
            )
        ),
        "brand": G(lambda f: f.pick(["FreightLane", "Garmin", "RAM Mounts", "Samsung"])),
        "category": G(lambda f: f.pick(["ELD", "Cameras", "Cables", "Tablets", "Mounts"])),
        "price": G(lambda f: f.pick([149.0, 299.99, 24.5, 389.0, 59.95])),
        "quantity": G(lambda f: f.r.randint(1, 40)),
    }


def person_address():
    return {
        "line1": Y(lambda f: f.p["home"]["line"], "address|street"),
        "line2": Y(lambda f: f.pick(["", "Apt 3", "Int. 4", "m. 12", "Lot 17"]), "address|street"),
        "city": Y(lambda f: f.p["home"]["city"], "city"),
        "state": G(lambda f: f.p["home"]["region"]),
        "postal_code": Y(lambda f: f.p["home"]["zip"], "zipcode"),
        "country": G(lambda f: f.p["country"]),
    }


def note_free(f):
    return f.pick(
        [
            "Detention 2h at receiver, lumper paid cash",
            "Seal #4471023 intact, 26 pallets",
            "Reefer set to -10F, pulp temps ok",
            "Appt moved to 14:00 per receiver",
            "Rozładunek na rampie 7",
            "Cliente pidió cita para mañana 08:00",
            "Tarp required, 48k lbs coils",
            "Driver running late, traffic on I-35",
        ]
    )


def msg_with_phone(f):
    ph = f.tel()
    return f.pick(
        [
            f"call me at {ph} when you're at the gate",
            f"my new number is {ph}",
            f"Llámame al {ph} por favor",
            f"Zadzwoń na {ph}, jestem na parkingu",
            f"receiver contact {ph} (ask for shipping office)",
            f"{ph} is my wife's cell if I don't pick up",
        ]
    )


# -- the events ------------------------------------------------------------------------------------

EVENTS = [
    # -- driver onboarding --------------------------------------------------------------------------
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(email_p, "email"),
            "firstName": Y(P("first"), "name"),
            "lastName": Y(P("last"), "name"),
            "phone": Y(phone_p, "phone"),
            "address": {
                "street": Y(lambda f: f.p["home"]["line"], "address|street"),
                "city": Y(lambda f: f.p["home"]["city"], "city"),
                "state": G(lambda f: f.p["home"]["region"]),
                "postalCode": Y(lambda f: f.p["home"]["zip"], "zipcode"),
                "country": G(lambda f: f.p["country"]),
            },
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "createdAt": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["driver", "owner_operator", "dispatcher"])),
            "carrierId": G(lambda f: "car_" + f.digits(6)),
            "homeTerminal": G(lambda f: f.pick(["Laredo, TX", "Stryków", "Monterrey", "Joliet, IL"])),
            "cdlClass": G(lambda f: f.pick(["A", "B", "C+E", "E"])),
            "endorsements": Many(G(lambda f: f.pick(["H", "N", "T", "X", "TWIC"])), 3),
            "yearsExperience": G(lambda f: f.r.randint(0, 35)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "avatarUrl": Y(lambda f: f"https://cdn.freightlane.example/avatars/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Driver Application Started",
        "web",
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "position_applied": G(
                lambda f: f.pick(["OTR Company Driver", "Regional Reefer", "Owner Operator", "Team Driver"])
            ),
            "first_name": Y(P("first"), "name"),
            "last_name": Y(P("last"), "name"),
            "email": Y(email_p, "email"),
            "phone": Y(phone_p, "phone"),
            "zip_code": Y(lambda f: f.p["home"]["zip"], "zipcode"),
            "cdl_experience_months": G(lambda f: f.r.randint(0, 240)),
            "has_cdl_a": G(lambda f: f.pick([True, False])),
            "authorized_to_work_us": RED(lambda f: f.pick(["yes", "no"]), "visa"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "veteran_status": RED(
                lambda f: f.pick(["protected veteran", "not a veteran", "prefer not to say"]), "veteran"
            ),
            "age_range": G(lambda f: f.pick(["21-24", "25-34", "35-44", "45-54", "55+"])),
            "step": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Driver Application Submitted",
        "node",
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "applicant": {
                "full_name": Y(P("full"), "name"),
                "middle_name": Y(lambda f: f.pick([None, "Lee", "Marie", "José", "Ann"]), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "cdl": {
                    "number": Y(lambda f: f.cdl(), "license"),
                    "state": G(lambda f: f.pick(list(CDL_FORMATS))),
                    "class": G(lambda f: f.pick(["A", "B", "C"])),
                    "expiration_date": G(lambda f: f.date(2025, 2030)),
                    "endorsements": Many(G(lambda f: f.pick(["H", "N", "T", "X"])), 2),
                },
                "address_history": Many(
                    {
                        "street": Y(lambda f: f.new_home("US"), "address|street"),
                        "city": Y(lambda f: f.cur["city"], "city"),
                        "state": G(lambda f: f.cur["region"]),
                        "zip": Y(lambda f: f.cur["zip"], "zipcode"),
                        "years_at_address": G(lambda f: f.r.randint(0, 15)),
                    },
                    3,
                ),
            },
            "previous_employers": Many(
                {
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Swift Transportation",
                                "Werner Enterprises",
                                "Schneider",
                                "J.B. Hunt",
                                "Transportes Castores",
                            ]
                        )
                    ),
                    "position": G(lambda f: f.pick(["Company Driver", "Yard Jockey", "Local P&D"])),
                    "start_date": G(lambda f: f.date(2008, 2020)),
                    "end_date": G(lambda f: f.date(2020, 2024)),
                    "reason_for_leaving": G(
                        lambda f: f.pick(["better pay", "home time", "company closed", "relocation"])
                    ),
                },
                3,
            ),
            "accidents_last_3_years": G(lambda f: f.r.randint(0, 2)),
            "dot_medical_card_expires": G(lambda f: f.date(2024, 2026)),
            "medical_examiner_registry_no": G(lambda f: f.digits(10)),
            "recruiter_id": G(lambda f: "usr_" + f.digits(5)),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        "py",
        {
            "inquiry_id": G(
                lambda f: "inq_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(24))
            ),
            "status": G(lambda f: f.pick(["approved", "declined", "needs_review"])),
            "verification": {
                "document_country": G(lambda f: f.p["country"]),
                "document_type": G(lambda f: f.pick(["passport", "id_card", "voter_card"])),
                "document_number": RED(
                    lambda f: {"PL": f.dowod(), "MX": f.ine(f.p), "US": f.passport_no("US")}[f.p["country"]],
                    "national id|passport",
                ),
                "name_first": Y(P("first"), "name"),
                "name_last": Y(P("last"), "name"),
                "birthdate": Y(lambda f: f.dob(), "birthdate"),
                "expiration_date": G(lambda f: f.date(2026, 2034)),
                "selfie_url": Y(
                    lambda f: f"https://files.withpersona.example/selfie/{f.hexid(32)}.jpg", "photo"
                ),
                "liveness_score": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
                "face_match_score": G(lambda f: round(f.r.uniform(0.4, 1), 3)),
            },
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Medical Card Uploaded",
        "swift",
        {
            "medical_card_id": G(lambda f: f.uuid()),
            "examiner_registry_number": G(lambda f: f.digits(10)),
            "issued_on": G(lambda f: f.date(2022, 2024)),
            "expiration_date": G(lambda f: f.date(2024, 2026)),
            "certificate_duration_months": G(lambda f: f.pick([24, 12, 3])),
            "restrictions": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "wearing corrective lenses",
                            "wearing hearing aid",
                            "accompanied by a waiver/exemption",
                            "insulin-treated diabetes mellitus assessment",
                            "skill performance evaluation certificate",
                        ]
                    ),
                    "condition",
                ),
                2,
            ),
            "cpap_compliance_required": Y(lambda f: f.pick([True, False]), "condition"),
            "intrastate_only": G(lambda f: f.pick([True, False])),
            "upload_source": G(lambda f: f.pick(["camera", "photo_library", "files"])),
            "file_name": G(
                lambda f: f.pick(
                    [
                        f"IMG_{f.r.randint(1000, 9999)}.HEIC",
                        f"scan{f.r.randint(1, 40):04d}.pdf",
                        f"PXL_2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}_{f.digits(6)}.jpg",
                    ]
                )
            ),
        },
    ),
    (
        "identify",
        None,
        "go",
        {
            "imie": Y(lambda f: f.local("PL")["first"], "name"),
            "nazwisko": Y(lambda f: f.lp["last"], "name"),
            "telefon": Y(lambda f: f.phone_pl(), "phone"),
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "data_urodzenia": Y(lambda f: f.dob(), "birthdate"),
            "adres": {
                "ulica": Y(lambda f: f.new_home("PL"), "street|address"),
                "kod_pocztowy": Y(lambda f: f.cur["zip"], "zipcode"),
                "miejscowosc": Y(lambda f: f.cur["city"], "city"),
                "wojewodztwo": G(lambda f: VOIVODESHIPS[f.cur["city"]]),
            },
            "numer_prawa_jazdy": Y(lambda f: f.prawo_jazdy(), "license"),
            "kategorie_prawa_jazdy": Many(G(lambda f: f.pick(["B", "C", "C+E", "D"])), 3),
            "numer_karty_kierowcy": Y(lambda f: f.karta_kierowcy(), "license|identification"),
            "swiadectwo_kwalifikacji_wazne_do": G(lambda f: f.date(2025, 2029)),
            "czlonek_zwiazku_zawodowego": Y(lambda f: f.pick([True, False]), "trade union"),
            "stan_cywilny": G(lambda f: f.pick(["kawaler", "żonaty", "zamężna", "rozwiedziony"])),
            "liczba_dzieci": G(lambda f: f.r.randint(0, 4)),
            "baza": G(lambda f: f.pick(["Stryków", "Gądki", "Gliwice", "Kutno"])),
            "data_zatrudnienia": G(lambda f: f.date(2010, 2024)),
        },
    ),
    (
        "track",
        "Operador Registrado",
        "php",
        {
            "id_operador": G(lambda f: f.digits(6)),
            "nombre": Y(lambda f: f.local("MX")["first"], "name"),
            "apellido_paterno": Y(lambda f: f.lp["last"].split()[0], "name"),
            "apellido_materno": Y(lambda f: f.lp["last"].split()[1], "name"),
            "curp": RED(lambda f: f.curp(f.lp), "national id"),
            "rfc": RED(lambda f: f.rfc(f.lp), "national id"),
            "nss": RED(lambda f: f.nss(), "national id|social security number|health id"),
            "licencia_federal": {
                "numero": Y(lambda f: f.licencia_federal(), "license"),
                "tipo": G(lambda f: f.pick(["B", "E", "C"])),
                "vigencia": G(lambda f: f.date(2025, 2029)),
            },
            "telefono_celular": Y(lambda f: f.phone_mx(), "phone"),
            "correo_electronico": Y(lambda f: f.email_of(f.lp), "email"),
            "domicilio": {
                "calle": Y(lambda f: f.new_home("MX"), "street|address"),
                "colonia": Y(lambda f: f.cur["colonia"], "address"),
                "codigo_postal": Y(lambda f: f.cur["zip"], "zipcode"),
                "municipio": Y(lambda f: f.cur["city"], "city"),
                "estado": G(lambda f: f.cur["region"]),
            },
            "fecha_nacimiento": Y(lambda f: f.dob(), "birthdate"),
            "tipo_sangre": Y(lambda f: f.pick(["O+", "A+", "B+", "O-", "AB+"]), "condition"),
            "contacto_emergencia": {
                "nombre": Y(lambda f: f.nm("MX"), "name"),
                "telefono": Y(lambda f: f.phone_mx(), "phone"),
                "parentesco": G(lambda f: f.pick(["esposa", "madre", "hermano", "hija"])),
            },
            "resultado_examen_medico": Y(
                lambda f: f.pick(["apto", "no apto", "apto con restricciones"]), "condition"
            ),
            "sindicalizado": Y(lambda f: f.pick([True, False]), "trade union"),
            "estado_civil": G(lambda f: f.pick(["casado", "soltero", "unión libre"])),
            "base": G(lambda f: f.pick(["Nuevo Laredo", "Monterrey", "Querétaro"])),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "rn",
        {
            "input": Y(
                lambda f: (
                    f.p["home"]["line"]
                    if f.r.random() < 0.6
                    else f"{f.p['home']['line']}, {f.p['home']['city']}"
                ),
                "address|street",
                True,
            ),
            "session_token": G(lambda f: f.uuid()),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "form_step": G(lambda f: f.pick(["home_address", "mailing_address"])),
        },
    ),
    (
        "track",
        "Documents Uploaded",
        "kotlin",
        {
            "document_id": G(lambda f: f.uuid()),
            "document_type": G(
                lambda f: f.pick(
                    ["cdl_front", "cdl_back", "medical_card", "w9", "insurance_certificate", "bol"]
                )
            ),
            "file_name": G(
                lambda f: f.pick(
                    [
                        f"IMG_{f.r.randint(1000, 9999)}.HEIC",
                        f"scan{f.r.randint(1, 40):04d}.pdf",
                        f"PXL_2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}_{f.digits(6)}.jpg",
                    ]
                )
            ),
            "file_size_bytes": G(lambda f: f.r.randint(80_000, 6_000_000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "image/heic", "application/pdf"])),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    # -- carriers ----------------------------------------------------------------------------------
    (
        "group",
        None,
        "ruby",
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Rodríguez Trucking LLC",
                        "Transportes del Norte SA de CV",
                        "TRANS-POL Sp. z o.o.",
                        "Blue Ox Freight Inc",
                        "Lone Star Reefer LLC",
                    ]
                )
            ),
            "dotNumber": G(lambda f: f.digits(7)),
            "mcNumber": G(lambda f: "MC-" + f.digits(6)),
            "fleetSize": G(lambda f: f.r.randint(1, 400)),
            "headquarters": {
                "street": G(
                    lambda f: f.pick(
                        ["9801 Mines Rd", "Carr. Nacional km 12", "ul. Łódzka 88", "1201 Industrial Blvd"]
                    )
                ),
                "city": G(lambda f: f.pick(["Laredo", "Apodaca", "Kutno", "Dallas"])),
                "state": G(lambda f: f.pick(["TX", "NL", "łódzkie"])),
                "postalCode": G(lambda f: f.pick(["78045", "66600", "99-300", "75212"])),
                "country": G(lambda f: f.pick(["US", "MX", "PL"])),
            },
            "mainPhone": G(
                lambda f: f.pick(
                    ["+1 956-555-0140", "+52 81 8000 1200", "+48 24 355 10 00", "(214) 555-0190"]
                )
            ),
            "dispatchEmail": G(
                lambda f: f.pick(
                    [
                        "dispatch@bluoxfreight.com",
                        "trafico@tdn.com.mx",
                        "biuro@trans-pol.pl",
                        "safety@lonestarreefer.com",
                    ]
                )
            ),
            "plan": G(lambda f: f.pick(["starter", "fleet", "enterprise"])),
            "createdAt": G(lambda f: f.iso()),
            "ownerName": Y(lambda f: f.nm(), "name"),
            "ownerMobile": Y(lambda f: f.tel(), "phone"),
            "eldProvider": G(lambda f: f.pick(["Samsara", "Motive", "Geotab", "FreightLane ELD"])),
            "safetyRating": G(lambda f: f.pick(["Satisfactory", "Unrated", "Conditional"])),
        },
    ),
    (
        "track",
        "Carrier Onboarded",
        "web",
        {
            "carrier_id": G(lambda f: "car_" + f.digits(6)),
            "legal_name": G(
                lambda f: f.pick(["Rodríguez Trucking LLC", "TRANS-POL Sp. z o.o.", "Blue Ox Freight Inc"])
            ),
            "authority_status": G(lambda f: f.pick(["active", "pending", "revoked"])),
            "power_units": G(lambda f: f.r.randint(1, 250)),
            "hazmat_certified": G(lambda f: f.pick([True, False])),
            "factoring_company": G(lambda f: f.pick(["RTS Financial", "Triumph", "OTR Capital", None])),
            "primary_contact": {
                "name": Y(P("full"), "name"),
                "email": Y(email_p, "email"),
                "phone": Y(phone_p, "phone"),
                "title": G(lambda f: f.pick(["Owner", "Dispatcher", "Safety Manager", "Gerente de Tráfico"])),
            },
        },
    ),
    (
        "track",
        "Driver Synced",
        "go",
        {
            "provider": G(lambda f: "motive"),
            "driver": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "first_name": Y(P("first"), "name"),
                "last_name": Y(P("last"), "name"),
                "username": Y(
                    lambda f: (
                        ascii_fold(f.p["first"].split()[0]).lower()
                        + ascii_fold(f.p["last"][0]).lower()
                        + str(f.r.randint(1, 99))
                    ),
                    "name",
                ),
                "email": Y(email_p, "email"),
                "phone": Y(phone_p, "phone"),
                "phone_ext": G(lambda f: f.pick([None, "", "204"])),
                "time_zone": G(lambda f: f.pick(["Central Time (US & Canada)", "Mexico City", "Warsaw"])),
                "carrier_name": G(
                    lambda f: f.pick(["Blue Ox Freight Inc", "Lone Star Reefer LLC", "Rio Bravo Carriers"])
                ),
                "carrier_street": G(
                    lambda f: f.pick(["9801 Mines Rd", "1201 Industrial Blvd", "4420 Santa Maria Ave"])
                ),
                "carrier_city": G(lambda f: f.pick(["Laredo", "Dallas", "McAllen"])),
                "carrier_zip": G(lambda f: f.pick(["78045", "75212", "78503"])),
                "driver_company_id": G(lambda f: f.pick(["D" + f.digits(4), f.digits(5)])),
                "exception_24_hour_restart": G(lambda f: f.pick([True, False])),
                "drivers_license_number": Y(lambda f: f.cdl(), "license"),
                "drivers_license_state": G(lambda f: f.pick(list(CDL_FORMATS))),
            },
        },
    ),
    # -- load board and bookings ---------------------------------------------------------------------
    (
        "page",
        None,
        "web",
        {
            "name": G(lambda f: f.page[1].split(" |")[0]),
            "path": G(lambda f: f.page[0]),
            "url": G(lambda f: "https://app.freightlane.example" + f.page[0]),
            "title": G(lambda f: f.page[1]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.dat.com/"])),
            "search": G(lambda f: f.pick(["", "?origin=Laredo%2C%20TX&equip=reefer", "?lang=es"])),
        },
    ),
    (
        "track",
        "Loads Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "Laredo TX",
                        "reefer Chicago",
                        "flatbed Monterrey",
                        "Stryków - Poznań",
                        "caja seca Querétaro",
                    ]
                )
            ),
            "origin": {
                "city": G(lambda f: f.pick(CITIES_ANY)),
                "radius_mi": G(lambda f: f.pick([50, 100, 150, 250])),
            },
            "destination": {
                "city": G(lambda f: f.pick(CITIES_ANY)),
                "state": G(lambda f: f.pick(["TX", "IL", "NL", "GA", ""])),
            },
            "equipment_type": G(lambda f: f.pick(EQUIPMENT)),
            "pickup_date_from": G(lambda f: f.date(2024, 2024)),
            "results_count": G(lambda f: f.r.randint(0, 480)),
        },
    ),
    (
        "track",
        "Load Viewed",
        "flutter",
        {
            "load_id": G(lambda f: "LD" + f.digits(8)),
            "reference_number": G(
                lambda f: f.pick(["PO " + f.digits(7), "PRO " + f.digits(9), f.digits(10)])
            ),
            "origin_city": G(lambda f: f.pick(CITIES_ANY)),
            "destination_city": G(lambda f: f.pick(CITIES_ANY)),
            "pickup_window_start": G(lambda f: f.iso()),
            "rate_usd": G(lambda f: f.r.randint(450, 6800)),
            "rate_per_mile": G(lambda f: f.money(1.6, 4.2)),
            "miles": G(lambda f: f.r.randint(80, 2200)),
            "commodity": G(lambda f: f.pick(COMMODITIES)),
            "equipment": G(lambda f: f.pick(EQUIPMENT)),
            "broker_name": G(lambda f: f.pick(BROKERS)),
            "broker_mc": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Load Booked",
        "java",
        {
            "load_id": G(lambda f: "LD" + f.digits(8)),
            "booking_id": G(lambda f: f.uuid()),
            "carrier_id": G(lambda f: "car_" + f.digits(6)),
            "driver_id": G(lambda f: "drv_" + f.digits(6)),
            "truck_number": G(lambda f: f.pick(["T-", "U", "#"]) + str(f.r.randint(100, 2999))),
            "trailer_number": G(lambda f: f.pick(["53R", "TR", "N"]) + f.digits(4)),
            "tractor_plate": Y(lambda f: f.plate(), "license"),
            "driver_cell": Y(lambda f: f.tel(), "phone"),
            "rate": G(lambda f: f.money(450, 6800)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "PLN", "EUR"])),
            "broker": {
                "name": G(lambda f: f.pick(BROKERS)),
                "mc_number": G(lambda f: "MC" + f.digits(6)),
                "phone": G(
                    lambda f: f.pick(
                        ["(800) 580-3101", "+1 866-483-7729", "+48 61 896 78 00", "+52 81 8115 4400"]
                    )
                ),
                "agent_name": Y(lambda f: f.nm(), "name"),
                "agent_email": Y(lambda f: f.work_email(), "email"),
            },
            "pickup": {
                "facility_name": G(lambda f: f.pick(FACILITIES)),
                "address": G(lambda f: f.pick(FACILITY_ADDR)),
                "appointment": G(lambda f: f.iso()),
            },
            "delivery": {
                "facility_name": G(lambda f: f.pick(FACILITIES)),
                "address": G(lambda f: f.pick(FACILITY_ADDR)),
                "appointment": G(lambda f: f.iso()),
            },
            "stops": G(lambda f: f.r.randint(2, 5)),
        },
    ),
    (
        "track",
        "Rate Confirmation Signed",
        "web",
        {
            "rate_con_id": G(lambda f: "RC-" + f.digits(7)),
            "load_id": G(lambda f: "LD" + f.digits(8)),
            "signed_by_name": Y(P("full"), "name"),
            "signer_title": G(lambda f: f.pick(["Owner", "Dispatcher", "Despachador", "Spedytor"])),
            "signed_at": G(lambda f: f.iso()),
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
            "document_hash": G(lambda f: f.hexid(64)),
            "pages": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Bid Submitted",
        "flutter",
        {
            "load_id": G(lambda f: "LD" + f.digits(8)),
            "bid_amount": G(lambda f: f.r.randint(400, 7000)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "PLN", "EUR"])),
            "counter_offer": G(lambda f: f.pick([True, False])),
            "note": G(note_free),
        },
    ),
    # -- GPS and ELD ------------------------------------------------------------------------------
    (
        "track",
        "Location Updated",
        "kotlin",
        {
            "latitude": Y(lambda f: f.la(), "geolocation"),
            "longitude": Y(lambda f: f.lo(), "geolocation"),
            "geohash": Y(lambda f: f.geohash(), "geolocation"),
            "heading": G(lambda f: f.r.randint(0, 359)),
            "speed_mph": G(lambda f: f.money(0, 70)),
            "accuracy_m": G(lambda f: f.money(2, 40)),
            "odometer_mi": G(lambda f: f.r.randint(20_000, 900_000)),
            "engine_state": G(lambda f: f.pick(["on", "off", "idle"])),
            "recorded_at": G(lambda f: f.epoch_ms()),
            "truck_id": G(lambda f: f.r.randint(100, 2999)),
        },
    ),
    (
        "track",
        "Duty Status Changed",
        "kotlin",
        {
            "status": G(lambda f: f.pick(["OFF", "SB", "D", "ON", "PC", "YM"])),
            "previous_status": G(lambda f: f.pick(["OFF", "SB", "D", "ON"])),
            "event_sequence_id": G(lambda f: f.hexid(4).upper()),
            "odometer_miles": G(lambda f: f.r.randint(20_000, 900_000)),
            "engine_hours": G(lambda f: f.money(100, 40000)),
            "location_description": Y(lambda f: f.near(), "geolocation"),
            "lat": Y(lambda f: round(f.la(), 2), "geolocation"),
            "lng": Y(lambda f: round(f.lo(), 2), "geolocation"),
            "eld_id": G(lambda f: "FLELD" + f.digits(1)),
            "co_driver_id": G(lambda f: f.pick([None, "drv_" + f.digits(6)])),
            "annotation": G(
                lambda f: f.pick(
                    [
                        "Fuel stop",
                        "Pre-trip inspection",
                        "Waiting at shipper",
                        "Personal conveyance to truck stop",
                        "",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "HOS Violation Detected",
        "node",
        {
            "driver-id": G(lambda f: "drv_" + f.digits(6)),
            "driver-name": Y(lambda f: f.nm(), "name"),
            "violation-type": G(lambda f: f.pick(["11_hour", "14_hour", "30_min_break", "70_hour_cycle"])),
            "started-at": G(lambda f: f.iso()),
            "duration-minutes": G(lambda f: f.r.randint(1, 240)),
            "cycle-rule": G(lambda f: f.pick(["USA 70 hour / 8 day", "USA 60 hour / 7 day", "EU 561/2006"])),
            "vehicle-vin": Y(lambda f: f.vin(), "serial"),
            "home-terminal": G(lambda f: f.pick(["Laredo, TX", "Stryków", "Monterrey"])),
        },
    ),
    (
        "track",
        "Logs Certified",
        "swift",
        {
            "log_date": G(lambda f: f.date(2024, 2024)),
            "driver_id": G(lambda f: "drv_" + f.digits(6)),
            "certification_count": G(lambda f: f.r.randint(1, 3)),
            "has_unidentified_driving": G(lambda f: f.pick([True, False])),
            "signature": Y(lambda f: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + f.hexid(48), "photo"),
        },
    ),
    (
        "track",
        "Vehicle Location Webhook",
        "go",
        {
            "eventId": G(lambda f: f.uuid()),
            "eventType": G(lambda f: "VehicleLocationUpdated"),
            "happenedAtTime": G(lambda f: f.iso()),
            "data": {
                "vehicle": {
                    "id": G(lambda f: f.digits(15)),
                    "name": G(lambda f: f.pick(["Truck 1042", "T-207", "Unidad 33", "Ciągnik 12"])),
                    "vin": Y(lambda f: f.vin(), "serial"),
                    "licensePlate": Y(lambda f: f.plate(), "license"),
                },
                "location": {
                    "latitude": Y(lambda f: f.la(), "geolocation"),
                    "longitude": Y(lambda f: f.lo(), "geolocation"),
                    "headingDegrees": G(lambda f: f.r.randint(0, 359)),
                    "speedMilesPerHour": G(lambda f: f.money(0, 70)),
                    "reverseGeo": {
                        "formattedLocation": Y(
                            lambda f: f.pick(
                                [
                                    "I-35, Laredo, TX 78045",
                                    "Carretera Federal 57, Matehuala, SLP",
                                    "A2, 95-010 Stryków",
                                    "US-287, Amarillo, TX",
                                ]
                            ),
                            "geolocation",
                        )
                    },
                },
                "driver": {"id": G(lambda f: f.digits(8)), "name": Y(lambda f: f.nm(), "name")},
            },
        },
    ),
    # -- proof of delivery ---------------------------------------------------------------------------
    (
        "track",
        "Delivery Completed",
        "swift",
        {
            "load_id": G(lambda f: "LD" + f.digits(8)),
            "stop_id": G(lambda f: f.uuid()),
            "bol_number": G(lambda f: f.digits(10)),
            "delivered_at": G(lambda f: f.iso()),
            "consignee": {
                "company": G(lambda f: f.pick(FACILITIES)),
            },
            "received_by": Y(lambda f: f.nm(), "name"),
            "signature_url": Y(lambda f: f"https://pod.freightlane.example/sig/{f.uuid()}.png", "photo"),
            "pod_photo_urls": Many(
                Y(lambda f: f"https://pod.freightlane.example/photo/{f.uuid()}.jpg", "photo"), 3
            ),
            "pallets": G(lambda f: f.r.randint(1, 26)),
            "osd_notes": G(
                lambda f: f.pick(
                    ["", "2 pallets shrink wrap torn", "1 case short", "Todo conforme", "Uszkodzona paleta"]
                )
            ),
            "seal_number": G(lambda f: f.digits(7)),
            "geofence_verified": G(lambda f: f.pick([True, False])),
            "latitude": Y(lambda f: f.la(), "geolocation"),
            "longitude": Y(lambda f: f.lo(), "geolocation"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "py",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+19565550123", "+18885550199", "+48732100200"])),
            "To": Y(lambda f: f.tel(), "phone", True),
            "Body": RED(
                lambda f: f.pick(
                    [
                        f"FreightLane: your verification code is {f.digits(6)}",
                        f"Tu código de FreightLane es {f.digits(6)}. No lo compartas.",
                        f"Twój kod FreightLane: {f.digits(6)}",
                    ]
                ),
                "token",
                True,
            ),
            "NumSegments": G(lambda f: f.pick(["1", "2", "3"])),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        },
    ),
    (
        "track",
        "ETA Notification Sent",
        "py",
        {
            "load_id": G(lambda f: "LD" + f.digits(8)),
            "message": {
                "to": Y(lambda f: f.tel(), "phone", True),
                "from": G(lambda f: "+18885550199"),
                "body": G(
                    lambda f: f.pick(
                        [
                            f"Truck {f.r.randint(100, 2999)} arriving ~{f.r.randint(6, 20)}:"
                            f"{f.pick(['00', '30'])} at dock {f.r.randint(1, 40)}",
                            "Your shipment is out for delivery",
                            "Tu carga llegará hoy",
                        ]
                    )
                ),
                "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            },
            "eta": G(lambda f: f.iso()),
            "minutes_late": G(lambda f: f.r.randint(-30, 240)),
        },
    ),
    # -- fuel -------------------------------------------------------------------------------------
    (
        "track",
        "Fuel Purchased",
        "dotnet",
        {
            "TransactionId": G(lambda f: f.digits(12)),
            "CardNumber": RED(lambda f: f.fleet_card(), "credit card"),
            "CardLast4": G(lambda f: f.digits(4)),
            "DriverIdPrompt": G(lambda f: f.digits(6)),
            "UnitNumber": G(lambda f: str(f.r.randint(100, 2999))),
            "OdometerPrompt": G(lambda f: f.r.randint(20_000, 900_000)),
            "TruckStopName": G(lambda f: f.pick(TRUCK_STOPS)),
            "TruckStopCity": G(lambda f: f.pick(["Laredo", "Gary", "Saltillo", "Stryków", "Oklahoma City"])),
            "Gallons": G(lambda f: f.money(20, 220)),
            "PricePerGallon": G(lambda f: f.money(3.2, 5.1)),
            "TotalAmount": G(lambda f: f.money(80, 1100)),
            "AuthorizationCode": G(lambda f: f.pick(string.ascii_uppercase) + f.digits(5)),
            "TransactionDate": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Fuel Card PIN Reset",
        "swift",
        {
            "card_id": G(lambda f: f.uuid()),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(lambda f: f.pick(["WEX", "Comdata", "EFS", "DKV"])),
            "new_pin": RED(lambda f: f.digits(4), "password"),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "reset_method": G(lambda f: f.pick(["sms", "email"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Fuel Stops Searched",
        "flutter",
        {
            "search_term": G(
                lambda f: f.pick(["Pilot Laredo", "diesel cerca", "Love's I-40", "Orlen A2", "DEF"])
            ),
            "session_token": G(lambda f: f.uuid()),
            "search_center": {
                "lat": Y(lambda f: f.la(), "geolocation"),
                "lng": Y(lambda f: f.lo(), "geolocation"),
            },
            "radius_mi": G(lambda f: f.pick([10, 25, 50])),
            "brand_filter": G(lambda f: f.pick(["pilot", "loves", "ta", "all"])),
            "results_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    # -- settlements and pay --------------------------------------------------------------------------
    (
        "track",
        "Settlement Posted",
        "dotnet",
        {
            "SettlementId": G(lambda f: "STL-" + f.digits(8)),
            "DriverId": G(lambda f: "drv_" + f.digits(6)),
            "PeriodStart": G(lambda f: f.date(2024, 2024)),
            "PeriodEnd": G(lambda f: f.date(2024, 2024)),
            "GrossPay": Y(lambda f: f.money(800, 6000), "salary"),
            "NetPay": Y(lambda f: f.money(500, 4500), "salary"),
            "Deductions": Many(
                {
                    "Code": G(lambda f: f.pick(["FUEL", "ESCROW", "ELD", "OCC_ACC", "ADV"])),
                    "Description": G(
                        lambda f: f.pick(
                            [
                                "Fuel advance",
                                "Escrow",
                                "ELD lease",
                                "Occupational accident ins.",
                                "Cash advance",
                            ]
                        )
                    ),
                    "Amount": G(lambda f: f.money(10, 900)),
                },
                4,
            ),
            "PayeeName": Y(lambda f: f.nm(), "name"),
            "PayoutAccount": RED(lambda f: f.payout_account(), "bank account"),
            "PaymentMethod": G(lambda f: f.pick(["ACH", "SPEI", "SEPA", "Przelew"])),
            "Currency": G(lambda f: f.pick(["USD", "MXN", "PLN"])),
            "Reference": G(lambda f: f"Settlement wk {f.r.randint(1, 52)} / T-{f.r.randint(100, 2999)}"),
        },
    ),
    (
        "track",
        "Direct Deposit Updated",
        "web",
        {
            "bank_name": G(
                lambda f: f.pick(["Chase", "Wells Fargo", "BBVA México", "Banorte", "PKO BP", "mBank"])
            ),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "routing_number": G(lambda f: f.pick(["111000614", "121000248", "114000093", "021000021"])),
            "account_number": RED(lambda f: f.us_account(), "bank account"),
            "account_last4": G(lambda f: f.digits(4)),
            "account_holder_name": Y(P("full"), "name"),
            "verified_via": G(lambda f: f.pick(["plaid", "micro_deposits", "manual"])),
            "split_percent": G(lambda f: f.pick([100, 50, 80])),
        },
    ),
    (
        "screen",
        None,
        "swift",
        {
            "statement_id": G(lambda f: "STL-" + f.digits(8)),
            "week": G(lambda f: f.r.randint(1, 52)),
            "tab": G(lambda f: f.pick(["summary", "loads", "deductions"])),
        },
    ),
    (
        "identify",
        None,
        "hightouch",
        {
            "DRIVER_ID": G(lambda f: "drv_" + f.digits(6)),
            "FIRST_NAME": Y(P("first"), "name"),
            "LAST_NAME": Y(P("last"), "name"),
            "EMAIL": Y(email_p, "email"),
            "PHONE_NUMBER": Y(phone_p, "phone"),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "SSN_LAST4": RED(lambda f: f.digits(4), "social security number"),
            "CDL_NUMBER": Y(lambda f: f.cdl(), "license"),
            "CDL_STATE": G(lambda f: f.pick(list(CDL_FORMATS))),
            "HOME_ZIP": Y(lambda f: f.home("US")["zip"], "zipcode"),
            "HOME_TERMINAL": G(lambda f: f.pick(["LRD", "DAL", "JOL", "MEM"])),
            "HIRE_DATE": G(lambda f: f.date(2010, 2024)),
            "TERMINATION_DATE": G(lambda f: f.pick([None, f.date(2022, 2024)])),
            "SAFETY_SCORE": G(lambda f: f.r.randint(40, 100)),
            "PAY_RATE_CPM": Y(lambda f: f.pick([0.52, 0.58, 0.61, 0.65, 0.7]), "salary"),
            "IS_OWNER_OPERATOR": G(lambda f: f.pick([True, False])),
            "TEAMSTERS_MEMBER": Y(lambda f: f.pick([True, False]), "trade union"),
            "AGE": G(lambda f: f.r.randint(21, 72)),
        },
    ),
    (
        "track",
        "Lease Purchase Application Submitted",
        "web",
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "truck_model": G(
                lambda f: f.pick(["Freightliner Cascadia 2022", "Kenworth T680", "Volvo VNL 860"])
            ),
            "down_payment": G(lambda f: f.r.randint(0, 15000)),
            "credit_score": Y(lambda f: f.r.randint(480, 820), "credit score"),
            "monthly_income": Y(lambda f: f.r.randint(2500, 14000), "salary"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "co_signer": {
                "name": Y(lambda f: f.nm(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling"])),
            },
            "term_months": G(lambda f: f.pick([36, 48, 60])),
        },
    ),
    # -- incidents and inspections --------------------------------------------------------------------
    (
        "track",
        "Roadside Incident Reported",
        "kotlin",
        {
            "incident_id": G(lambda f: f.uuid()),
            "incident_type": G(
                lambda f: f.pick(["collision", "breakdown", "cargo_theft", "tire_blowout", "jackknife"])
            ),
            "occurred_at": G(lambda f: f.iso()),
            "latitude": Y(lambda f: f.la(), "geolocation"),
            "longitude": Y(lambda f: f.lo(), "geolocation"),
            "location_text": Y(
                lambda f: (
                    f.pick(["I-35 NB MM 12", "Carr. 85 km 143", "A1 km 312 kier. Gdańsk", "I-40 EB exit 287"])
                    + " near "
                    + f.pick(["Laredo", "Sabinas Hidalgo", "Toruń", "Amarillo"])
                ),
                "geolocation",
            ),
            "driver_injured": Y(lambda f: f.pick([True, False]), "condition"),
            "injury_description": Y(
                lambda f: f.pick(
                    ["whiplash, seen at ER", "cut on left hand", "back pain", "no injuries reported"]
                ),
                "condition",
            ),
            "police_report_number": G(lambda f: f.pick(["TX-", "NL-", "KMP/"]) + f.digits(8)),
            "other_party": {
                "name": Y(lambda f: f.nm(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "plate": Y(lambda f: f.plate(), "license"),
                "insurer": G(
                    lambda f: f.pick(["Progressive", "GNP Seguros", "Qualitas", "PZU", "State Farm"])
                ),
                "policy_number": Y(lambda f: f.pick(["PGR", "QLT", "PZU"]) + f.digits(9), "identification"),
            },
            "tow_company_phone": G(
                lambda f: f.pick(["(956) 555-0111", "+52 81 8333 0000", "+48 42 200 20 20"])
            ),
        },
    ),
    (
        "track",
        "Accidente Reportado",
        "php",
        {
            "folio": G(lambda f: "ACC-" + f.digits(6)),
            "fecha_hora": G(lambda f: f.iso()),
            "ubicacion": {
                "latitud": Y(lambda f: f.la(), "geolocation"),
                "longitud": Y(lambda f: f.lo(), "geolocation"),
            },
            "descripcion": G(
                lambda f: f.pick(
                    [
                        "Alcance en caseta",
                        "Volcadura de remolque",
                        "Robo de mercancía en Puebla",
                        "Ponchadura de llanta",
                    ]
                )
            ),
            "operador_lesionado": Y(lambda f: f.pick([True, False]), "condition"),
            "unidad": G(lambda f: "U" + str(f.r.randint(10, 400))),
            "tercero": {
                "nombre": Y(lambda f: f.nm("MX"), "name"),
                "telefono": Y(lambda f: f.phone_mx(), "phone"),
                "placas": Y(lambda f: f.plate("MX"), "license"),
                "aseguradora": G(lambda f: f.pick(["Qualitas", "GNP", "AXA", "HDI"])),
                "poliza": Y(lambda f: f.digits(10), "identification"),
            },
            "monto_estimado": G(lambda f: f.r.randint(2000, 400000)),
        },
    ),
    (
        "track",
        "Breakdown Assistance Requested",
        "swift",
        {
            "request_id": G(lambda f: f.uuid()),
            "unit_number": G(lambda f: str(f.r.randint(100, 2999))),
            "fault_codes": Many(
                G(lambda f: f.pick(["SPN 3251 FMI 0", "SPN 5246 FMI 15", "P0420", "SPN 110 FMI 16"])), 3
            ),
            "tire_position": G(lambda f: f.pick(["LF steer", "RR drive outer", "trailer axle 2", None])),
            "callback_number": Y(lambda f: f.tel(), "phone"),
            "details": G(
                lambda f: f.pick(
                    ["Derate, DEF warning", "Flat on trailer", "Air leak at glad hands", "No arranca"]
                )
            ),
            "vendor": G(lambda f: f.pick(["TA Truck Service", "Love's Truck Care", "Servicio Chávez"])),
        },
    ),
    (
        "track",
        "Inspection Completed",
        "kotlin",
        {
            "dvir_id": G(lambda f: f.uuid()),
            "inspection_type": G(lambda f: f.pick(["pre_trip", "post_trip"])),
            "defects": Many(
                {
                    "component": G(
                        lambda f: f.pick(["brakes", "lights", "tires", "coupling", "reefer unit"])
                    ),
                    "severity": G(lambda f: f.pick(["minor", "major"])),
                    "note": G(note_free),
                },
                3,
            ),
            "safe_to_operate": G(lambda f: f.pick([True, False])),
            "mechanic_name": Y(lambda f: f.nm(), "name"),
            "mechanic_signed_at": G(lambda f: f.iso()),
            "vehicle_vin": Y(lambda f: f.vin(), "serial"),
            "trailer_plate": Y(lambda f: f.plate(), "license"),
            "odometer_mi": G(lambda f: f.r.randint(20_000, 900_000)),
        },
    ),
    (
        "track",
        "Border Crossing Completed",
        "kotlin",
        {
            "crossing_id": G(lambda f: f.uuid()),
            "port_of_entry": G(
                lambda f: f.pick(
                    ["Laredo - World Trade Bridge", "Pharr-Reynosa", "Otay Mesa", "Koroszczyn", "Ysleta"]
                )
            ),
            "direction": G(lambda f: f.pick(["northbound", "southbound", "eastbound"])),
            "fast_card_number": RED(lambda f: "4" + f.digits(8), "national id"),
            "visa_type": RED(lambda f: f.pick(["B-1", "B1/B2", "none", "laser_visa"]), "visa"),
            "driver_nationality": Y(
                lambda f: f.pick(["Mexican", "American", "Polish", "Ukrainian"]), "citizenship"
            ),
            "ace_trip_number": G(lambda f: f.pick(["ABCD", "RTMX", "BLOX"]) + f.digits(10)),
            "wait_minutes": G(lambda f: f.r.randint(5, 400)),
            "crossed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Drug Test Result Recorded",
        "java",
        {
            "test_id": G(lambda f: f.uuid()),
            "test_type": G(
                lambda f: f.pick(["pre_employment", "random", "post_accident", "reasonable_suspicion"])
            ),
            "ccf_number": G(lambda f: f.digits(10)),
            "collection_site": G(lambda f: f.pick(["Concentra Laredo", "LabCorp Joliet", "Quest Memphis"])),
            "result": Y(
                lambda f: f.pick(["negative", "positive", "refused", "negative_dilute"]),
                "diagnosis|condition",
            ),
            "panel_substances": Many(
                G(lambda f: f.pick(["THC", "amphetamines", "cocaine", "opioids", "PCP"])), 5
            ),
            "scheduled_at": G(lambda f: f.iso()),
        },
    ),
    # -- benefits and HR ------------------------------------------------------------------------------
    (
        "track",
        "Benefits Enrolled",
        "web",
        {
            "plan_name": G(
                lambda f: f.pick(["Driver PPO 1500", "HDHP + HSA", "Occupational Accident Basic"])
            ),
            "coverage_tier": G(lambda f: f.pick(["employee", "employee_spouse", "family"])),
            "member_id": Y(lambda f: "BCB" + f.digits(9), "identification"),
            "tobacco_user": Y(lambda f: f.pick([True, False]), "condition"),
            "beneficiary_name": Y(lambda f: f.nm(), "name"),
            "dependents": Many(
                {
                    "first_name": Y(lambda f: f.person(f.p["country"])["first"], "name"),
                    "last_name": Y(P("last"), "name"),
                    "date_of_birth": Y(lambda f: f.date(1990, 2023), "birthdate"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "domestic_partner"])),
                },
                3,
            ),
            "monthly_premium": G(lambda f: f.money(40, 900)),
            "effective_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Referral Sent",
        "rn",
        {
            "referrer_id": G(lambda f: "drv_" + f.digits(6)),
            "referee_name": Y(lambda f: f.nm(), "name"),
            "referee_phone": Y(lambda f: f.tel(), "phone"),
            "bonus_amount": G(lambda f: f.pick([500, 1000, 1500, 2500])),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "copy_link"])),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "rn",
        {
            "contact_name": Y(lambda f: f.nm(), "name"),
            "contact_phone": Y(lambda f: f.tel(), "phone"),
            "relationship": G(lambda f: f.pick(["spouse", "mother", "brother", "esposa", "żona"])),
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- accounts and auth ----------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        "swift",
        {
            "method": G(lambda f: f.pick(["password", "sms_code", "face_id", "sso"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
            "login_count": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "OTP Requested",
        "node",
        {
            "phone_number": Y(lambda f: f.tel(), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "expires_in": G(lambda f: 300),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "node",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "link_url": RED(
                lambda f: "https://app.freightlane.example/auth/verify?token=" + f.hexid(40), "token", True
            ),
            "expires_at": G(lambda f: f.iso()),
            "template": G(lambda f: f.pick(["magic_link_en", "magic_link_es", "magic_link_pl"])),
        },
    ),
    (
        "track",
        "Password Changed",
        "web",
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_length": G(lambda f: f.r.randint(8, 24)),
            "previous_password_age_days": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "API Key Created",
        "web",
        {
            "key_id": G(lambda f: "key_" + f.hexid(16)),
            "key": RED(lambda f: "fl_live_" + f.hexid(40), "secret"),
            "key_name": G(lambda f: f.pick(["McLeod integration", "TMW sync", "Aljex", "Zapier"])),
            "scopes": Many(
                G(lambda f: f.pick(["loads:read", "loads:write", "tracking:read", "settlements:read"])), 3
            ),
        },
    ),
    # -- shop (e-commerce spec) -----------------------------------------------------------------------
    ("track", "Product Viewed", "web", {**shop_product(), "currency": G(lambda f: "USD")}),
    (
        "track",
        "Product Added",
        "web",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in shop_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "FL-" + f.digits(7)),
            "coupon": G(lambda f: f.pick(["", "FLEET10", "ELDSWITCH"])),
            "currency": G(lambda f: "USD"),
            "products": Many(shop_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "FL-" + f.digits(7)),
            "payment_method": RED(
                lambda f: "pm_1" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(23)),
                "token",
            ),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "fingerprint": G(
                    lambda f: "".join(f.pick(string.ascii_letters + string.digits) for _ in range(16))
                ),
            },
            "billing_details": {
                "name": Y(P("full"), "name"),
                "email": Y(email_p, "email"),
                "address": {
                    "line1": Y(lambda f: f.p["home"]["line"], "address|street"),
                    "postal_code": Y(lambda f: f.p["home"]["zip"], "zipcode"),
                    "country": G(lambda f: f.p["country"]),
                },
            },
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: "FL-" + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(25, 9000)),
            "subtotal": G(lambda f: f.money(25, 9000)),
            "currency": G(lambda f: "USD"),
            "products": Many(shop_product(), 3),
            "shipping_address": {"name": Y(P("full"), "name"), **person_address()},
            "customer_email": Y(email_p, "email"),
            "customer_id": G(
                lambda f: "cus_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(14))
            ),
            "is_fleet_order": G(lambda f: f.pick([True, False])),
            "tracking_number": G(lambda f: "1Z" + f.hexid(16).upper()),
        },
    ),
    (
        "track",
        "Order Refunded",
        "node",
        {
            "order_id": G(lambda f: "FL-" + f.digits(7)),
            "refund_reason": G(
                lambda f: f.pick(["device_defective", "ordered_wrong_cable", "fleet_downsized"])
            ),
            "refund_amount": G(lambda f: f.money(20, 900)),
        },
    ),
    # -- marketing and dispatcher tools ---------------------------------------------------------------
    (
        "track",
        "Lead Form Submitted",
        "web",
        {
            "form_id": G(
                lambda f: f.pick(["cdl_a_apply_short", "owner_op_interest", "formulario_operadores"])
            ),
            "first_name": Y(P("first"), "name"),
            "phone": Y(phone_p, "phone"),
            "email": Y(email_p, "email"),
            "zip_code": Y(lambda f: f.p["home"]["zip"], "zipcode"),
            "cdl_years": G(lambda f: f.pick(["<1", "1-2", "3-5", "5+"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "email_sha256": Y(lambda f: f.hexid(64), "email"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "indeed"])),
            "consent_sms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": G(lambda f: f.pick(["cdl_a_apply_short", "carrier_signup"])),
            "field_name": G(lambda f: f.pick(["contact", "reach_me"])),
            "value": Y(lambda f: f.pick([f.tel(), f.mail()]), "phone|email", True),
            "time_to_fill_ms": G(lambda f: f.r.randint(400, 20000)),
        },
    ),
    (
        "track",
        "Driver Searched",
        "web",
        {
            "q": Y(
                lambda f: f.pick([f.nm(), f.mail(), f.tel(), f.person()["last"]]), "name|email|phone", True
            ),
            "results_count": G(lambda f: f.r.randint(0, 14)),
            "filters": {
                "status": G(lambda f: f.pick(["active", "all", "on_duty"])),
                "terminal": G(lambda f: f.pick(["LRD", "DAL", "STR"])),
            },
        },
    ),
    (
        "track",
        "Dispatch Message Sent",
        "swift",
        {
            "thread_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "sender_role": G(lambda f: f.pick(["driver", "dispatcher"])),
            "text": Y(msg_with_phone, "phone", True),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
            "language": G(lambda f: f.pick(["en", "es", "pl"])),
        },
    ),
    (
        "track",
        "Dispatch Note Added",
        "web",
        {
            "load_id": G(lambda f: "LD" + f.digits(8)),
            "note": G(note_free),
            "pinned": G(lambda f: f.pick([True, False])),
            "visibility": G(lambda f: f.pick(["internal", "carrier"])),
        },
    ),
    (
        "track",
        "Contact Selected",
        "flutter",
        {
            "label": Y(lambda f: f.nm(), "name", True),
            "source": G(lambda f: f.pick(["address_book", "recent", "favorites"])),
            "contact_count": G(lambda f: f.r.randint(1, 900)),
            "purpose": G(lambda f: f.pick(["share_tracking", "emergency_contact"])),
        },
    ),
    (
        "track",
        "Detention Reported",
        "swift",
        {
            "load_id": G(lambda f: "LD" + f.digits(8)),
            "facility_name": G(lambda f: f.pick(FACILITIES)),
            "arrived_at": G(lambda f: f.iso()),
            "detention_minutes": G(lambda f: f.r.randint(30, 720)),
            "amount_requested": G(lambda f: f.r.randint(50, 600)),
            "lumper_receipt_number": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "App Feedback Submitted",
        "flutter",
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    ["Map freezes on I-10", "Me gusta la app", "Need dark mode", "Za dużo powiadomień", ""]
                )
            ),
            "screen_name": G(lambda f: f.pick(["load_detail", "map", "settlements"])),
        },
    ),
    (
        "screen",
        None,
        "kotlin",
        {
            "load_id": G(lambda f: "LD" + f.digits(8)),
            "tab": G(lambda f: f.pick(["summary", "stops", "documents"])),
            "offline": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, "java", None),
]

# ~Weights: how many messages of each template per round (GPS and ELD dominate real traffic).
HEAVY = {
    "Location Updated": 3,
    "Duty Status Changed": 2,
    "Vehicle Location Webhook": 2,
    "Loads Searched": 2,
    "Load Viewed": 2,
}


def build(seed: int, rounds: int):
    f = TruckFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(rounds):
        for kind, event, client, body in EVENTS:
            for _ in range(HEAVY.get(event, 1)):
                f.new_persona()
                f.page = f.pick(PAGES)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.pick(["drv_", "usr_"]) + f.digits(6),
                }
                if event:
                    msg["event"] = event
                if kind == "screen":
                    msg["name"] = "Pay Statement" if client == "swift" else "Load Detail"
                if kind == "group":
                    msg["groupId"] = "car_" + f.digits(6)
                if kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CTX[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=227, rounds=28)
    write(Path(__file__).parent, "holdout227_", events, labels)
