"""Writes holdout105: tests/corpus/holdout105_events.jsonl and holdout105_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the detection docs, and never run through the engine; the labels are the
privacy owner's, set from the policy below before any score exists.

Domain: a Scandinavian marketplace for vacation rentals, cabins (stugor, hytter, sommerhuse) and
campsites in Sweden, Norway and Denmark, with guests from all over Europe and beyond. Covered:
search and maps (destinations, map viewports, "near me"), e-commerce spec events for bookings
(listings as products), guests with children, pets and accessibility needs, host identify calls
from Swedish, Norwegian and Danish backends (förnamn/fornavn, efternamn/etternavn/efternavn,
personnummer/fødselsnummer/CPR, telefon, adress/adresse, e_post/epost), host listings, payout
methods (IBAN, clearing and account numbers, Swish/Vipps/MobilePay), tax info (DAC7), smart
locks, key boxes and door codes, campsite check-in registration, ID verification (Veriff-shaped),
BankID and Vipps Login payloads, reviews, guest/host messaging, call masking, damage claims,
travel insurance, gift cards, fishing licences, boat rentals, sauna slots and ski passes, cleaners
(identify, tasks, a warehouse timesheet export), Stripe and Twilio shaped webhooks, reverse-ETL
warehouse traits, a legacy campsite backend that still forwards the card number. Clients:
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python, node, go, java, ruby, php and C# server libraries, with their `context` blocks (ip,
traits, device, app, library, locale, userAgent, campaign, location, externalIds).

Conventions: mostly camelCase and snake_case English keys; about 18 % of paths use others:
PascalCase (the C# backend), kebab-case (a form-tracking plugin and a node microservice),
SCREAMING_SNAKE (warehouse reverse-ETL), and Swedish, Norwegian and Danish keys.

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the user, a co-traveller, a child, an emergency
  contact, a host who is a private person, a cleaner, a support agent. Colour is the reference
  matcher's default (name, email, phone, address, street, city, zipcode, birthdate, gender, ip,
  photo, license, citizenship, salary, allergy, condition, identification: yellow; passport,
  disability, token, password, credit card: red); outside the table: national id (personnummer,
  fødselsnummer, CPR, written `national id|social security number`), bank account and secret
  are red; geolocation and advertising id are yellow.
- Green: ids we issue (booking, order, listing, claim, member, Camping Key numbers), UUIDs (BankID
  orderRef and autoStartToken, Places session tokens), OCR/KID payment references, a 16-digit
  transaction id that happens to pass Luhn, timestamps, amounts, counters, enums and booleans
  under PII-sounding keys (`emailVerified`, `contains_contact_info`, `has-bankid`,
  `password_strength`), listing, campsite, company and pet names, searched destinations, map
  viewports, country, locale, currency, user agents, OS-issued device ids, card brand/last
  four/expiry/BIN/fingerprint, clearing and registration numbers and BICs (they identify the
  bank), a company's own e-mail, phone and address, and a call-masking proxy number.
- Contested cases, per the published policy: insurance policy numbers are yellow
  `identification`; cleaners' hourly rates and per-task pay are yellow `salary`; vehicle plates
  are yellow `license`; gclid/fbclid/fbp/fbc are yellow `advertising id`; a guest's billing
  address is yellow `address`; a Stripe `pm_` id, a PaymentIntent client secret, magic-link and
  invite tokens and one-time codes are red `token|secret`; identity-document numbers are red.
- Decisions this corpus had to make (a careful privacy owner's choice):
  * Door codes, key-box codes, cleaners' access codes and a cabin's Wi-Fi password are secrets
    the guest/host holds: red (`secret`, `password` for the Wi-Fi).
  * A private host's cabin street address is the host's property address: yellow
    `address|street`; the listing's municipality, region and its public map pin (rounded to two
    decimals, about a kilometre) are green. A company's campsite address is green.
  * A host's payout amount is business revenue (green); a cleaner's pay is salary (yellow).
  * A listing amenity or a search filter (`wheelchair_accessible`, `pets_allowed`) describes
    the rental: green; a statement about the guest's own needs (`uses_wheelchair`,
    `allergies`, `preexisting_condition_declared`) is special-category PII in its matcher's
    colour (disability red; allergy and condition yellow).
  * A SHA-256 of an e-mail sent for audience matching is still the person's e-mail
    (pseudonymous): yellow `email`.
  * The APNs push token in `context.device.token` is red `token`, as in the main corpus.
  * A zeroed IDFA (ATT denied) sometimes appears under `context.device.advertisingId`; the path
    is labelled by its key: yellow.
  * Children's ages and age bands are green (policy: ages); their names and birth dates are PII.
  * A boat skipper's certificate number is the person's: yellow `certificate`; a ski-pass
    keycard number is issued by the resort like a member number: green; the pass holder's photo
    is yellow `photo`, a damage photo or a listing photo is green.
  * Names and e-mails in one event are generated independently (they need not match).
- value_only is true where the key does not say what the value is (`value`, `q`, `input`,
  `label`, `text`, `snippet`, `to`, `recipient`, `identifier`, `inviter`, `From`, `Caller`,
  `remote`, `error_message`, `data.object.id`, `externalIds[].id`); each such PII path carries
  that PII in every value.
  Free text is labelled by what every value carries: the green free-text fields (reviews,
  special requests, cleaning notes, message previews, damage descriptions) never carry PII.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRST_N = [
    "Anna",
    "Erik",
    "Lars",
    "Karin",
    "Maja",
    "Oskar",
    "Elsa",
    "Johan",
    "Ingrid",
    "Astrid",
    "Nils",
    "Sigrid",
    "Håkon",
    "Ingeborg",
    "Magnus",
    "Solveig",
    "Eirik",
    "Kari",
    "Torbjørn",
    "Mette",
    "Søren",
    "Freja",
    "Mads",
    "Signe",
    "Rasmus",
    "Jens",
    "Aino",
    "Juha",
    "Máret",
    "Áilu",
    "Lukas",
    "Hannah",
    "Sanne",
    "Daan",
    "Katarzyna",
    "Tomasz",
    "Hodan",
    "Abdirahman",
    "Yusuf",
    "Layla",
    "Darya",
    "Reza",
    "Emre",
    "Kavitha",
    "Linh",
    "Wei",
    "Haruto",
    "Olivia",
    "James",
    "Lucía",
    "Giulia",
    "Oksana",
    "Selam",
    "Chidi",
]
LAST_N = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Lindqvist",
    "Bergström",
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Haugen",
    "Bakken",
    "Jensen",
    "Nielsen",
    "Pedersen",
    "Sørensen",
    "Christensen",
    "Virtanen",
    "Müller",
    "de Vries",
    "Kowalczyk",
    "Mohamed",
    "Hassan",
    "Al-Sayed",
    "Rezaei",
    "Y\u0131lmaz",
    "Nguyen",
    "Chen",
    "Sato",
    "Smith",
    "García",
    "Rossi",
    "Shevchenko",
    "Tesfaye",
    "Ødegård",
    "Sandberg",
    "Eze",
    "Åkesson",
]
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "live.se",
    "telia.com",
    "online.no",
    "yahoo.dk",
    "gmx.de",
    "web.de",
    "wp.pl",
    "proton.me",
    "hotmail.no",
    "jubii.dk",
]
STREETS = {
    "SE": [
        "Storgatan",
        "Drottninggatan",
        "Kungsvägen",
        "Björkvägen",
        "Skolgatan",
        "Hornsgatan",
        "Södra Vägen",
        "Vasagatan",
        "Ringvägen",
    ],
    "NO": ["Storgata", "Kirkegata", "Thereses gate", "Bygdøy allé", "Markveien", "Trondheimsveien"],
    "DK": ["Nørrebrogade", "Vesterbrogade", "Jagtvej", "Amagerbrogade", "Østerbrogade"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Lindenallee"],
    "NL": ["Prinsengracht", "Kerkstraat"],
    "PL": ["ul. Marszałkowska", "ul. Długa"],
}
POSTAL = {
    "SE": [
        ("113 51", "Stockholm"),
        ("411 04", "Göteborg"),
        ("211 22", "Malmö"),
        ("753 20", "Uppsala"),
        ("831 30", "Östersund"),
        ("903 26", "Umeå"),
    ],
    "NO": [
        ("0257", "Oslo"),
        ("5003", "Bergen"),
        ("7011", "Trondheim"),
        ("9008", "Tromsø"),
        ("4006", "Stavanger"),
    ],
    "DK": [("2200", "København N"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg")],
    "DE": [("10115", "Berlin"), ("20095", "Hamburg"), ("80331", "München")],
    "NL": [("1015 CJ", "Amsterdam"), ("3511 LX", "Utrecht")],
    "PL": [("00-001", "Warszawa"), ("30-001", "Kraków")],
}
LISTINGS = [
    "Stuga Björkbacken",
    "Fjällstuga Tännäs",
    "Fjellhytte Rondane",
    "Sommerhus ved Skagen",
    "Glampingtält Kosterhavet",
    "Rorbu Henningsvær",
    "Strandhuset på Ven",
    "Hytte Trysil Sør",
    "Timmerstuga vid Siljan",
    "Sommerhus Rømø Klit",
    "Campingstuga 12",
    "Tältplats 41 Ström",
    "Fiskebu Lofoten",
    "Skärgårdsstuga Möja",
]
DESTINATIONS = [
    "Åre",
    "Sälen",
    "Lofoten",
    "Trysil",
    "Skagen",
    "Bornholm",
    "Gotland",
    "Hemsedal",
    "Öland",
    "Geilo",
    "Røros",
    "Kosterhavet",
    "Jotunheimen",
    "Rømø",
    "Siljan",
    "Senja",
]
COMPANIES = [
    "Nordic Hytter AS",
    "Fjällstugor i Sälen AB",
    "Feriepartner Skagen ApS",
    "First Camp Sverige AB",
    "Topcamp Lofoten AS",
    "Bornholm Ferie ApS",
    "Kosterhavets Camping AB",
]
CLEANING_COS = ["Städproffsen i Åre AB", "Renhold Trysil AS", "Rengøring Nord ApS", "Sälens Stugservice AB"]
PETS = ["Bamse", "Luna", "Molly", "Ronja", "Kasper", "Sixten", "Frøya", "Bella", "Otto"]
LOCALES = ["sv-SE", "nb-NO", "da-DK", "en-GB", "de-DE", "nl-NL", "pl-PL", "en-US"]
TZS = ["Europe/Stockholm", "Europe/Oslo", "Europe/Copenhagen", "Europe/Berlin", "Europe/Amsterdam"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
ALNUM = string.ascii_letters + string.digits
TRANSLIT = str.maketrans(
    {
        "å": "a",
        "ä": "a",
        "ö": "o",
        "ø": "o",
        "æ": "ae",
        "ü": "u",
        "é": "e",
        "á": "a",
        "í": "i",
        "\u0131": "i",
        "ł": "l",
        "'": "",
        " ": "",
        "-": "",
    }
)


class NordicFake(Fake):
    def first(self):
        return self.pick(FIRST_N)

    def last(self):
        return self.pick(LAST_N)

    def email(self, first=None, last=None):
        first = (first or self.first()).lower().translate(TRANSLIT)
        last = (last or self.last()).lower().translate(TRANSLIT)
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:4]}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def initial_name(self):
        return f"{self.first()} {self.last()[0]}."

    def phone(self, style=None):
        r = self.r
        style = style or self.pick(
            ["se", "se_local", "se_e164", "no", "no_local", "dk", "dk_local", "de", "nl", "pl", "uk"]
        )
        if style == "se":
            return f"+46 7{r.choice('0236')} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
        if style == "se_local":
            return f"07{r.choice('0236')}-{r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
        if style == "se_e164":
            return f"+467{r.choice('0236')}{r.randint(1000000, 9999999)}"
        if style == "no":
            return f"+47 {r.choice('49')}{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(100, 999)}"
        if style == "no_local":
            return f"{r.choice('49')}{r.randint(1000000, 9999999)}"
        if style == "dk":
            return f"+45 {r.randint(20, 61)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        if style == "dk_local":
            return f"{r.randint(20, 61)}{r.randint(100000, 999999)}"
        if style == "de":
            return f"+49 15{r.randint(1, 9)} {r.randint(1000000, 99999999)}"
        if style == "nl":
            return f"+31 6 {r.randint(10000000, 99999999)}"
        if style == "pl":
            return f"+48 {r.randint(500, 799)} {r.randint(100, 999)} {r.randint(100, 999)}"
        return f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}"

    def e164(self):
        return self.pick(
            [
                f"+467{self.r.randint(10000000, 99999999)}",
                f"+474{self.r.randint(1000000, 9999999)}",
                f"+45{self.r.randint(20000000, 61999999)}",
                f"+4915{self.r.randint(10000000, 99999999)}",
            ]
        )

    def country(self):
        return self.pick(["SE", "SE", "NO", "NO", "DK", "DE", "NL", "PL"])

    def street(self, cc=None):
        cc = cc or self.country()
        name = self.pick(STREETS[cc])
        number = f"{self.r.randint(1, 120)}{self.pick(['', '', 'A', 'B'])}"
        if cc == "DK":
            return f"{name} {number}, {self.r.randint(1, 5)}. {self.pick(['tv', 'th', 'mf'])}"
        if cc == "SE" and self.r.random() < 0.3:
            return f"{name} {number} lgh {self.r.randint(1001, 1604)}"
        if cc == "PL":
            return f"{name} {number}/{self.r.randint(1, 60)}"
        return f"{name} {number}"

    def postcode(self):
        return self.pick(POSTAL[self.country()])[0]

    def city(self):
        return self.pick(POSTAL[self.country()])[1]

    def full_address(self):
        cc = self.country()
        code, town = self.pick(POSTAL[cc])
        return f"{self.street(cc)}, {code} {town}"

    def birth(self):
        y, m, d = self.r.randint(1944, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        return y, m, d

    def child_birthdate(self):
        return f"{self.r.randint(2008, 2023)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def pnr(self):
        y, m, d = self.birth()
        body = self.luhn_complete(f"{y % 100:02d}{m:02d}{d:02d}{self.r.randint(0, 999):03d}")
        style = self.pick(["short", "long", "long_dash"])
        if style == "short":
            return f"{body[:6]}-{body[6:]}"
        century = str(y)[:2]
        return f"{century}{body[:6]}-{body[6:]}" if style == "long_dash" else f"{century}{body}"

    def pnr12(self):
        y, m, d = self.birth()
        return f"{y}{m:02d}{d:02d}" + self.luhn_complete(f"{y % 100:02d}{m:02d}{d:02d}{self.num(3)}")[6:]

    def fnr(self):
        while True:
            y, m, d = self.birth()
            ind = self.r.randint(0, 499) if y < 2000 else self.r.randint(500, 999)
            digits = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"]
            k1 = 11 - sum(w * x for w, x in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], digits, strict=True)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            digits.append(k1)
            k2 = 11 - sum(w * x for w, x in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], digits, strict=True)) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return "".join(map(str, digits)) + str(k2)

    def cpr(self):
        while True:
            y, m, d = self.birth()
            serial = self.r.randint(0, 3999) if y < 2000 else self.r.randint(4000, 4999)
            digits = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{serial:04d}"]
            if sum(w * x for w, x in zip([4, 3, 2, 7, 6, 5, 4, 3, 2, 1], digits, strict=True)) % 11 == 0:
                s = "".join(map(str, digits))
                return self.pick([f"{s[:6]}-{s[6:]}", s])

    def national_id(self):
        return self.pick([self.pnr, self.fnr, self.cpr])()

    def num(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def iban(self, country="SE"):
        if country == "SE":
            bban = self.pick(["500", "800", "600", "300", "120"]) + self.num(17)
        elif country == "NO":
            bban = self.no_account().replace(".", "")
        elif country in ("DK", "FI"):
            bban = self.num(14)
        elif country == "PL":
            bban = self.num(24)
        elif country == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO"]) + self.num(10)
        elif country == "GB":
            bban = self.pick(["NWBK", "BARC", "HBUK"]) + self.num(14)
        else:
            bban = self.num(18)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def no_account(self):
        while True:
            digits = [int(c) for c in str(self.r.randint(1000, 9999)) + self.num(6)]
            k = 11 - sum(w * x for w, x in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], digits, strict=True)) % 11
            k = 0 if k == 11 else k
            if k != 10:
                s = "".join(map(str, digits)) + str(k)
                return f"{s[:4]}.{s[4:6]}.{s[6:]}"

    def se_account(self):
        return self.pick(
            [f"{self.num(3)} {self.num(3)} {self.num(3)}-{self.num(1)}", self.num(10), self.num(7)]
        )

    def plate(self):
        letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
        le = lambda n: "".join(self.r.choice(letters) for _ in range(n))  # noqa: E731
        return self.pick(
            [
                f"{le(3)} {self.r.randint(100, 999)}",
                f"{le(3)} {self.r.randint(10, 99)}{le(1)}",
                f"{self.pick(['EL', 'EK', 'BT', 'DN', 'SV'])} {self.r.randint(10000, 99999)}",
                f"{le(2)} {self.r.randint(10, 99)} {self.r.randint(100, 999)}",
                f"{self.pick(['HH', 'B', 'M', 'HB'])}-{le(2)} {self.r.randint(100, 9999)}",
                f"WA {self.r.randint(10000, 99999)}",
            ]
        )

    def passport(self):
        alnum = "CFGHJKLMNPRTVWXYZ0123456789"
        return self.pick(
            [
                self.num(8),
                "FH" + self.num(7),
                self.num(9),
                "C" + "".join(self.r.choice(alnum) for _ in range(8)),
                self.pick(["AB", "EC", "ER"]) + self.num(7),
                "NX" + "".join(self.r.choice(alnum) for _ in range(7)),
            ]
        )

    def door_code(self):
        return self.pick([self.num(4), self.num(6), self.num(4) + "#", self.num(5)])

    def booking_ref(self):
        return "".join(self.r.choice("ABCDEFHJKMNPQRSTWXYZ23456789") for _ in range(8))

    def listing(self):
        return self.pick(LISTINGS)

    def stay_date(self):
        return f"2025-{self.r.randint(5, 9):02d}-{self.r.randint(1, 28):02d}"

    def lat_n(self):
        return round(self.r.uniform(55.4, 69.6), 6)

    def lon_n(self):
        return round(self.r.uniform(8.1, 24.0), 6)

    def idfa(self):
        return "00000000-0000-0000-0000-000000000000" if self.r.random() < 0.2 else self.uuid().upper()

    def alnum(self, n):
        return "".join(self.r.choice(ALNUM) for _ in range(n))

    def gclid(self):
        return "Cj0KCQjw" + self.alnum(60) + "_BwE"

    def fbclid(self):
        return "IwAR" + self.alnum(56)

    def ocr(self):
        return self.luhn_complete(self.num(self.r.randint(9, 14)))

    def org_nr(self):
        return self.pick(
            [
                "556" + self.num(3) + "-" + self.num(4),
                "559" + self.num(3) + "-" + self.num(4),
                "9" + self.num(8),
                self.num(8),
            ]
        )

    def sek(self, lo=400, hi=25000):
        return self.r.randint(lo, hi)


# -- free text ----------------------------------------------------------------------------------------


def contact_snippet(f: NordicFake) -> str:
    return f.pick(
        [
            f"Ring mig istället på {f.phone('se_local')} så löser vi det",
            f"Kan du maila mig på {f.email()}?",
            f"Skriv til meg på {f.email()} så ordner vi det utenom appen",
            f"Mitt nummer er {f.phone('no')}",
            f"Send mig en sms på {f.phone('dk_local')}",
            f"Min mail er {f.email()}",
            f"Text me at {f.phone('uk')}, easier than the app",
            f"WhatsApp: {f.phone('de')}",
        ]
    )


def door_code_sms(f: NordicFake) -> str:
    code, listing = f.door_code(), f.listing()
    return f.pick(
        [
            f"Välkommen till {listing}! Din dörrkod är {code}. Incheckning från 15:00.",
            f"Velkommen til {listing}! Dørkoden din er {code}. Innsjekk fra kl. 16.",
            f"Velkommen til {listing}! Din dørkode er {code}. God tur.",
            f"Welcome to {listing}! Your door code is {code}. Check-in from 4 pm.",
            f"Koden til nøkkelboksen: {code}. Nøkkelen henger i gangen.",
        ]
    )


def id_error(f: NordicFake) -> str:
    return f.pick(
        [
            f"BankID collect failed for personalNumber={f.pnr()}: userCancel",
            f"Folkeregisteret lookup: no person found for {f.fnr()}",
            f"CPR {f.cpr()} not found in CPR-registret (status 404)",
            f"Skatteverket navet timeout after 30s for {f.pnr()}",
            f"ValidationError: host tax id {f.national_id()} already registered to another account",
        ]
    )


REVIEWS = [
    "Fantastisk utsikt över sjön, bastun var perfekt!",
    "Mysig stuga men lite kallt på natten.",
    "Perfekt for familien, barna elsket kanoen.",
    "Dejligt sommerhus tæt på stranden, vi kommer igen.",
    "Great cabin, spotless and cosy. The wood stove was a highlight.",
    "Hytta var som beskrevet, men veien opp var bratt.",
    "Lite trångt för sex personer, annars toppen.",
]
REQUESTS = [
    "Tidig incheckning om möjligt",
    "Vi behöver en barnsäng",
    "Kan vi få låne kano?",
    "Late arrival, around 22:00",
    "Vi har en liten hund med",
    "Ønsker sengetøy og håndklær",
    "",
]
PREVIEWS = [
    "Hej! Finns det ved till kaminen?",
    "Hei, er det mulig å sjekke ut kl 12?",
    "Tak for sidst, vi har glemt en oplader i stuen",
    "Hi, is the sauna wood-fired?",
    "Vi är framme om en timme",
    "Hvor finner vi søppelkassene?",
]
DAMAGE = [
    "Sprucket glas i ytterdörren",
    "Rødvinsflekk på sofaen",
    "Brandskada på köksbänken",
    "Knust vindu i soverommet",
    "Ødelagt havemøbel",
    "Missing kayak paddle",
]
CLEAN_NOTES = [
    "Byt sängkläder i alla rum och kontrollera bastun",
    "Ekstra vask av kjøleskap, gjester hadde fisk",
    "Tjek at brændeovnen er tom",
    "Fyll på ved och tändpapper",
    "Husk å slå av varmtvannsberederen",
]

# -- contexts -----------------------------------------------------------------------------------------


def web_context(f, path):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.se/", "", "https://www.finn.no/", "https://www.bing.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?ref=map", "?adults=2&children=1"])),
            "title": G(
                lambda f: f.pick(
                    ["Stugby - hyr stugor i Norden", "Stugby | Boka", "Stugby - hytter og sommerhus"]
                )
            ),
            "url": G(lambda f: "https://www.stugby.com" + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["sommar_2025", "fjall_vinter", "sommerhus_dk"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(["stuga åre", "hytte til leie", "sommerhus skagen", "camping gotland"])
            ),
        },
    }


def ios_context(f, path):
    return {
        "app": {
            "name": G(lambda f: "Stugby"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.2", "6.6.0"])),
            "build": G(lambda f: f.pick(["6400", "6520", "6601"])),
            "namespace": G(lambda f: "com.stugby.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telia", "Tele2", "Telenor", "TDC NET", "Ice", "3"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
        },
    }


def android_context(f, path):
    return {
        "app": {
            "name": G(lambda f: "Stugby"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.1", "6.6.0"])),
            "build": G(lambda f: f.pick(["640012", "651003", "660001"])),
            "namespace": G(lambda f: "com.stugby.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2449", "23049PCD8G"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP594DL1", "marble"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telia", "Telenor", "3 DK", "Tele2", "Ice"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: f.pick([1080, 1440])),
            "height": G(lambda f: f.pick([2340, 2400, 3088])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2449 Build/TP1A.220905.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
            "anonymousId": G(lambda f: f.uuid()),
        },
    }


def rn_context(f, path):
    return {
        "app": {
            "name": G(lambda f: "Stugby Host"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.4", "3.3.0"])),
            "build": G(lambda f: f.pick(["310", "324", "330"])),
            "namespace": G(lambda f: "com.stugby.host"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546B", "Pixel 7a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TZS)),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        "location": {
            "latitude": Y(lambda f: f.lat_n(), "geolocation"),
            "longitude": Y(lambda f: f.lon_n(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.2, 13.9])),
        },
    }


def flutter_context(f, path):
    return {
        "app": {
            "name": G(lambda f: "Stugby Städ"),
            "version": G(lambda f: f.pick(["2.0.3", "2.1.0"])),
            "build": G(lambda f: f.pick(["203", "210", "211"])),
            "namespace": G(lambda f: "com.stugby.cleaning"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A256B", "iPhone12,8", "moto g84 5G"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.6"])),
        },
        "locale": G(lambda f: f.pick(["sv-SE", "nb-NO", "da-DK", "pl-PL", "uk-UA"])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "13", "17.5"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1080, 828])),
            "height": G(lambda f: f.pick([2340, 1792])),
            "density": G(lambda f: f.pick([2.625, 2.0])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.4"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.4.0"],
    "analytics-java": ["3.5.1", "3.5.4"],
    "analytics-ruby": ["2.4.1", "2.5.0"],
    "analytics-php": ["3.8.0", "3.8.1"],
    "Analytics.CSharp": ["2.3.6", "2.4.0"],
}


def server_context(library):
    def ctx(f, path):
        base = {
            "library": {
                "name": G(lambda f: library),
                "version": G(lambda f: f.pick(SERVER_VERSIONS[library])),
            }
        }
        if library in ("analytics-python", "analytics-php", "analytics-node"):
            base["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if library == "analytics-node":
            base["userAgent"] = G(lambda f: f.pick(UAS))
            base["traits"] = {
                "email": Y(lambda f: f.email(), "email"),
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
            }
        if library == "analytics-go":
            base["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if library == "analytics-java":
            base["groupId"] = G(lambda f: "org_" + f.digits(6))
        if library == "analytics-ruby":
            base["direct"] = G(lambda f: True)
        return base

    return ctx


CONTEXTS = {
    "web": web_context,
    "ios": ios_context,
    "android": android_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.CSharp"),
}
GUEST_APPS = ["web", "ios", "android"]
SERVERS = ["python", "node", "go", "java", "ruby", "php"]

# -- shared shapes ----------------------------------------------------------------------------------


def listing_product():
    return {
        "product_id": G(lambda f: "lst_" + f.digits(7)),
        "sku": G(lambda f: f.pick(["STUGA", "HYTTE", "SOMMERHUS", "CAMP", "GLAMP"]) + "-" + f.digits(5)),
        "name": G(lambda f: f.listing()),
        "category": G(lambda f: f.pick(["Stuga", "Hytte", "Sommerhus", "Campingplats", "Glamping"])),
        "brand": G(lambda f: f.pick([*COMPANIES, "Privat värd"])),
        "variant": G(lambda f: f.pick(["4 bäddar", "6 senger", "8 personer", "Husvagnsplats med el"])),
        "price": G(lambda f: f.sek(450, 4800)),
        "quantity": G(lambda f: f.r.randint(1, 14)),
        "position": G(lambda f: f.r.randint(1, 48)),
        "url": G(lambda f: f"https://www.stugby.com/l/{f.digits(7)}"),
        "image_url": G(lambda f: f"https://img.stugby.com/l/{f.hexid(12)}.webp"),
    }


def ecom_product():
    p = listing_product()
    return {k: p[k] for k in ("product_id", "sku", "name", "category", "price", "quantity")}


CURRENCY = G(lambda f: f.pick(["SEK", "NOK", "DKK", "EUR"]))

# -- events: (kind, event/name, clients, body, weight) -------------------------------------------------

EVENTS = [
    # -- search and maps ---------------------------------------------------------------------------
    (
        "page",
        "Home",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Home", "Search Results", "Listing", "Checkout"])),
            "path": G(lambda f: f.pick(["/", "/sok", "/l/2290311", "/checkout"])),
            "url": G(lambda f: "https://www.stugby.com" + f.pick(["/", "/sok", "/l/2290311"])),
            "title": G(lambda f: f.pick(["Stugby - hyr stugor i Norden", "Sök stugor | Stugby"])),
            "referrer": G(lambda f: f.pick(["https://www.google.se/", "", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?destination=%C3%85re", "?ref=nav"])),
            "category": G(lambda f: f.pick(["discovery", "booking", "account"])),
        },
        3,
    ),
    (
        "track",
        "Products Searched",
        [*GUEST_APPS, "rn"],
        {
            "query": G(
                lambda f: f.pick([*DESTINATIONS, "stuga med bastu", "hytte ved sjøen", "hundvänlig stuga"])
            ),
            "destination": {
                "name": G(lambda f: f.pick(DESTINATIONS)),
                "country": G(lambda f: f.pick(["SE", "NO", "DK"])),
            },
            "check_in": G(lambda f: f.stay_date()),
            "check_out": G(lambda f: f.stay_date()),
            "adults": G(lambda f: f.r.randint(1, 8)),
            "children": G(lambda f: f.r.randint(0, 4)),
            "children_ages": Many(G(lambda f: f.r.randint(0, 17)), 3),
            "filters": {
                "sauna": G(lambda f: f.pick([True, False])),
                "wifi": G(lambda f: f.pick([True, False])),
                "pets_allowed": G(lambda f: f.pick([True, False])),
                "wheelchair_accessible": G(lambda f: f.pick([True, False, False])),
                "property_type": G(lambda f: f.pick(["cabin", "cottage", "campsite", "glamping"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 900)),
            "map_visible": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "track",
        "Map Moved",
        ["ios", "android", "rn"],
        {
            "bounds": {
                "ne_lat": G(lambda f: round(f.r.uniform(56, 70), 4)),
                "ne_lng": G(lambda f: round(f.r.uniform(9, 25), 4)),
                "sw_lat": G(lambda f: round(f.r.uniform(55, 69), 4)),
                "sw_lng": G(lambda f: round(f.r.uniform(8, 24), 4)),
            },
            "zoom": G(lambda f: f.r.randint(5, 15)),
            "pins_visible": G(lambda f: f.r.randint(0, 250)),
        },
        2,
    ),
    (
        "track",
        "Nearby Search",
        ["rn", "android", "ios"],
        {
            "user_location": {
                "lat": Y(lambda f: f.lat_n(), "geolocation"),
                "lng": Y(lambda f: f.lon_n(), "geolocation"),
                "accuracy_m": G(lambda f: f.pick([5, 12, 35, 65])),
            },
            "radius_km": G(lambda f: f.pick([10, 25, 50])),
            "near_me": G(lambda f: True),
            "results_count": G(lambda f: f.r.randint(0, 120)),
        },
        1,
    ),
    (
        "track",
        "Place Suggestion Selected",
        ["web"],
        {
            "typed_text": G(lambda f: f.pick(["Åre", "lofo", "skag", "Bornh", "trysil", "öla"])),
            "session_token": G(lambda f: f.uuid()),
            "description": G(
                lambda f: f.pick(["Åre, Sverige", "Lofoten, Norge", "Skagen, Danmark", "Bornholm, Danmark"])
            ),
            "types": Many(G(lambda f: f.pick(["locality", "political", "natural_feature"])), 2),
            "provider": G(lambda f: "google_places"),
        },
        1,
    ),
    (
        "screen",
        "Listing Details",
        ["ios", "android"],
        {
            "name": G(lambda f: f.pick(["Listing Details", "Photo Gallery", "Booking Confirmation"])),
            "listing_id": G(lambda f: "lst_" + f.digits(7)),
            "listing_name": G(lambda f: f.listing()),
            "host_type": G(lambda f: f.pick(["private", "company"])),
            "nightly_price": G(lambda f: f.sek(450, 4800)),
            "rating": G(lambda f: round(f.r.uniform(3.6, 5.0), 2)),
        },
        2,
    ),
    (
        "track",
        "Product Viewed",
        GUEST_APPS,
        {
            **listing_product(),
            "currency": CURRENCY,
            "listing": {
                "lat": G(lambda f: round(f.lat_n(), 2)),
                "lng": G(lambda f: round(f.lon_n(), 2)),
                "municipality": G(
                    lambda f: f.pick(
                        ["Åre kommun", "Trysil kommune", "Frederikshavn Kommune", "Region Gotland"]
                    )
                ),
                "country": G(lambda f: f.pick(["SE", "NO", "DK"])),
            },
            "host": {
                "host_id": G(lambda f: "usr_" + f.digits(8)),
                "display_name": Y(lambda f: f.first(), "name"),
                "superhost": G(lambda f: f.pick([True, False])),
            },
        },
        2,
    ),
    (
        "track",
        "Product Added to Wishlist",
        GUEST_APPS,
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "wishlist_name": G(
                lambda f: f.pick(["Sommar 2025", "Skidresa", "Midsommar med gänget", "Hyttetur"])
            ),
            "product_id": G(lambda f: "lst_" + f.digits(7)),
            "sku": G(lambda f: "STUGA-" + f.digits(5)),
            "name": G(lambda f: f.listing()),
        },
        1,
    ),
    # -- bookings ---------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        GUEST_APPS,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "checkout_id": G(lambda f: f.uuid()),
            "revenue": G(lambda f: f.sek(900, 40000)),
            "tax": G(lambda f: f.sek(100, 5000)),
            "discount": G(lambda f: f.pick([0, 0, 250, 500])),
            "coupon": G(lambda f: f.pick(["", "SOMMAR15", "HYTTE10", "VELKOMMEN"])),
            "currency": CURRENCY,
            "products": Many(ecom_product(), 1),
            "check_in": G(lambda f: f.stay_date()),
            "check_out": G(lambda f: f.stay_date()),
            "nights": G(lambda f: f.r.randint(1, 14)),
            "guests": {
                "adults": G(lambda f: f.r.randint(1, 6)),
                "children": G(lambda f: f.r.randint(0, 4)),
                "pets": G(lambda f: f.r.randint(0, 2)),
            },
        },
        2,
    ),
    (
        "track",
        "Lead Guest Details Entered",
        ["web", "rn"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "guest": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "country": G(lambda f: f.country()),
                "date_of_birth": Y(lambda f: f.date(1944, 2004), "birthdate"),
            },
            "special_requests": G(lambda f: f.pick(REQUESTS)),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "email_valid": G(lambda f: f.pick([True, True, False])),
            "phone_country_code": G(lambda f: f.pick(["+46", "+47", "+45", "+49"])),
        },
        1,
    ),
    (
        "track",
        "Guests Added",
        ["ios", "android", "web"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "guests": Many(
                {
                    "first_name": Y(lambda f: f.first(), "name"),
                    "last_name": Y(lambda f: f.last(), "name"),
                    "age": G(lambda f: f.r.randint(0, 80)),
                    "is_child": G(lambda f: f.pick([True, False])),
                    "birth_date": Y(lambda f: f.child_birthdate(), "birthdate"),
                },
                4,
            ),
            "children_count": G(lambda f: f.r.randint(0, 4)),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "ios"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "payment_method": G(lambda f: f.pick(["card", "klarna", "swish", "vipps", "mobilepay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.num(4)),
            "card_bin": G(lambda f: f.pick(["457173", "535110", "492560", "516730"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
                "country": G(lambda f: f.country()),
            },
            "save_card": G(lambda f: f.pick([True, False])),
            "three_ds_required": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        ["node", "python"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "checkout_id": G(lambda f: f.uuid()),
            "booking_reference": G(lambda f: f.booking_ref()),
            "order_number": G(lambda f: f.digits(10)),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "total": G(lambda f: f.sek(900, 40000)),
            "revenue": G(lambda f: f.sek(800, 36000)),
            "tax": G(lambda f: f.sek(100, 5000)),
            "discount": G(lambda f: f.pick([0, 0, 250, 500])),
            "coupon": G(lambda f: f.pick(["", "SOMMAR15", "HYTTE10"])),
            "currency": CURRENCY,
            "payment_method": G(lambda f: f.pick(["card", "klarna", "swish", "vipps"])),
            "products": Many(ecom_product(), 2),
            "check_in": G(lambda f: f.stay_date()),
            "check_out": G(lambda f: f.stay_date()),
            "email": Y(lambda f: f.email(), "email"),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
        },
        2,
    ),
    (
        "track",
        "Coupon Applied",
        ["web", "ios"],
        {
            "coupon_id": G(lambda f: "cpn_" + f.digits(5)),
            "coupon_name": G(lambda f: f.pick(["SOMMAR15", "HYTTE10", "VELKOMMEN", "FJALL500"])),
            "discount": G(lambda f: f.pick([150, 250, 500])),
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
        },
        1,
    ),
    (
        "track",
        "Booking Request Sent",
        GUEST_APPS,
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "listing_id": G(lambda f: "lst_" + f.digits(7)),
            "message_to_host": G(lambda f: f.pick(PREVIEWS)),
            "guest_verified": G(lambda f: f.pick([True, False])),
            "id_verified": G(lambda f: f.pick([True, False])),
            "instant_book": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Pet Details Added",
        ["ios", "android"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "pets": Many(
                {
                    "name": G(lambda f: f.pick(PETS)),
                    "species": G(lambda f: f.pick(["dog", "cat"])),
                    "breed": G(
                        lambda f: f.pick(["Labrador", "Norsk elghund", "Dansk-svensk gårdshund", "Mixed"])
                    ),
                },
                2,
            ),
            "pet_fee": G(lambda f: f.pick([0, 200, 350])),
        },
        1,
    ),
    (
        "track",
        "Accessibility Needs Saved",
        ["web"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "step_free_access_required": RED(lambda f: f.pick([True, False]), "disability"),
            "allergies": Many(
                Y(lambda f: f.pick(["pälsdjur", "pollen", "nötter", "dammkvalster"]), "allergy"), 2
            ),
            "notify_host": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Trip Invite Sent",
        ["ios", "android", "web"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "invitees": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "role": G(lambda f: f.pick(["co_traveller", "co_payer"])),
                },
                3,
            ),
            "message": G(
                lambda f: f.pick(["Häng med till fjällen!", "Bli med på hyttetur!", "Join our trip!"])
            ),
        },
        1,
    ),
    (
        "track",
        "Trip Shared",
        ["ios"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "recipients": Many(
                {
                    "label": Y(
                        lambda f: f.pick([f.full_name(), f.email(), f"{f.full_name()} <{f.email()}>"]),
                        "name|email",
                        True,
                    ),
                    "kind": G(lambda f: f.pick(["contact", "manual"])),
                },
                3,
            ),
        },
        1,
    ),
    (
        "track",
        "Receipt Forwarded",
        ["node"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "recipient": Y(lambda f: f.email(), "email", True),
            "format": G(lambda f: f.pick(["pdf", "html"])),
            "invoice_number": G(lambda f: "INV-2025-" + f.digits(6)),
        },
        1,
    ),
    (
        "track",
        "Travel Insurance Purchased",
        ["php"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "insurer": G(lambda f: f.pick(["Gouda Reiseforsikring", "Europæiske ERV", "Solid Försäkring"])),
            "policy_number": Y(lambda f: f.pick(["GRF", "ERV", "SOL"]) + "-" + f.digits(9), "identification"),
            "premium": G(lambda f: f.sek(89, 900)),
            "insured_persons": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "date_of_birth": Y(lambda f: f.date(1944, 2020), "birthdate"),
                },
                4,
            ),
            "preexisting_condition_declared": Y(lambda f: f.pick([True, False]), "condition"),
        },
        1,
    ),
    (
        "track",
        "Deposit Authorized",
        ["node"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "payment_intent_id": G(lambda f: "pi_" + f.alnum(24)),
            "client_secret": RED(lambda f: "pi_" + f.alnum(24) + "_secret_" + f.alnum(25), "token|secret"),
            "payment_method_id": RED(lambda f: "pm_" + f.alnum(24), "token"),
            "customer_id": G(lambda f: "cus_" + f.alnum(14)),
            "amount": G(lambda f: f.pick([150000, 200000, 300000])),
            "currency": G(lambda f: f.pick(["sek", "nok", "dkk"])),
        },
        1,
    ),
    (
        "track",
        "Stripe Webhook Received",
        ["node"],
        {
            "id": G(lambda f: "evt_" + f.alnum(24)),
            "type": G(lambda f: "payment_method.attached"),
            "created": G(lambda f: f.epoch_ms() // 1000),
            "data": {
                "object": {
                    "id": RED(lambda f: "pm_" + f.alnum(24), "token", True),
                    "object": G(lambda f: "payment_method"),
                    "customer": G(lambda f: "cus_" + f.alnum(14)),
                    "type": G(lambda f: "card"),
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard"])),
                        "last4": G(lambda f: f.num(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "fingerprint": G(lambda f: f.alnum(16)),
                        "country": G(lambda f: f.pick(["SE", "NO", "DK", "DE"])),
                        "checks": {"cvc_check": G(lambda f: f.pick(["pass", "unchecked"]))},
                    },
                    "billing_details": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone": Y(lambda f: f.e164(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "city": Y(lambda f: f.city(), "city"),
                            "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                            "country": G(lambda f: f.country()),
                        },
                    },
                }
            },
        },
        1,
    ),
    # -- local-language booking backends -----------------------------------------------------------
    (
        "track",
        "Bokning Skapad",
        ["python"],
        {
            "bokningsnummer": G(lambda f: f.digits(8)),
            "stuga": G(lambda f: f.listing()),
            "incheckning": G(lambda f: f.stay_date()),
            "gäst": {
                "förnamn": Y(lambda f: f.first(), "name"),
                "efternamn": Y(lambda f: f.last(), "name"),
                "e_post": Y(lambda f: f.email(), "email"),
                "mobilnummer": Y(lambda f: f.phone(f.pick(["se", "se_local"])), "phone"),
            },
            "barn": Many(
                {"namn": Y(lambda f: f.first(), "name"), "ålder": G(lambda f: f.r.randint(0, 17))},
                3,
            ),
            "husdjur": G(lambda f: f.pick([True, False])),
            "totalbelopp": G(lambda f: f.sek(900, 30000)),
        },
        1,
    ),
    (
        "track",
        "Hyttebooking Fullført",
        ["go"],
        {
            "bestillingsnummer": G(lambda f: f.digits(9)),
            "hytte_navn": G(lambda f: f.listing()),
            "ankomstdato": G(lambda f: f.stay_date()),
            "kontaktperson": {
                "navn": Y(lambda f: f.full_name(), "name"),
                "mobil": Y(lambda f: f.phone(f.pick(["no", "no_local"])), "phone"),
                "epost": Y(lambda f: f.email(), "email"),
            },
            "fødselsdato": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1944, 2004)}",
                "birthdate",
            ),
            "totalpris": G(lambda f: f.sek(1200, 40000)),
            "kid_nummer": G(lambda f: f.ocr()),
            "kommune": G(lambda f: f.pick(["Trysil", "Hemsedal", "Vågan", "Røros", "Lom"])),
        },
        1,
    ),
    (
        "track",
        "Campingplads Booket",
        ["php"],
        {
            "booking_nr": G(lambda f: f.digits(7)),
            "plads_nr": G(lambda f: f.pick(["A12", "B07", "C33", "Telt 4", "Hytte 9"])),
            "ankomst": G(lambda f: f.stay_date()),
            "gæst_navn": Y(lambda f: f.full_name(), "name"),
            "gæst_email": Y(lambda f: f.email(), "email"),
            "gæst_telefon": Y(lambda f: f.phone(f.pick(["dk", "dk_local", "de"])), "phone"),
            "nummerplade": Y(lambda f: f.plate(), "license"),
            "campingpas_nr": G(lambda f: "CKE" + f.digits(8)),
            "kortnummer": RED(lambda f: f.card(), "credit card"),
            "kort_udløb": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "beløb": G(lambda f: f.sek(150, 6000)),
        },
        1,
    ),
    (
        "track",
        "BookingConfirmed",
        ["dotnet"],
        {
            "BookingId": G(lambda f: f.uuid()),
            "ListingId": G(lambda f: f.r.randint(100000, 999999)),
            "GuestFirstName": Y(lambda f: f.first(), "name"),
            "GuestLastName": Y(lambda f: f.last(), "name"),
            "GuestEmail": Y(lambda f: f.email(), "email"),
            "GuestPhone": Y(lambda f: f.phone(), "phone"),
            "CheckInDate": G(lambda f: f.stay_date() + "T00:00:00"),
            "TotalAmount": G(lambda f: float(f.sek(900, 30000))),
        },
        1,
    ),
    # -- identity ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        [*GUEST_APPS, "rn"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.date(1944, 2004), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.country()),
            },
            "avatar": Y(lambda f: f"https://img.stugby.com/u/{f.hexid(16)}/avatar.jpg", "photo"),
            "preferredLanguage": G(lambda f: f.pick(["sv", "nb", "da", "en", "de"])),
            "createdAt": G(lambda f: f.iso()),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "bookingsCount": G(lambda f: f.r.randint(0, 30)),
            "loyaltyTier": G(lambda f: f.pick(["bas", "silver", "guld"])),
            "memberNumber": G(lambda f: "SB" + f.digits(9)),
        },
        2,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "förnamn": Y(lambda f: f.first(), "name"),
            "efternamn": Y(lambda f: f.last(), "name"),
            "personnummer": RED(lambda f: f.pnr(), "national id|social security number"),
            "telefon": Y(lambda f: f.phone(f.pick(["se", "se_local", "se_e164"])), "phone"),
            "e_post": Y(lambda f: f.email(), "email"),
            "adress": Y(lambda f: f.street("SE"), "address|street"),
            "postnummer": Y(lambda f: f.pick(POSTAL["SE"])[0], "zipcode"),
            "ort": Y(lambda f: f.pick(POSTAL["SE"])[1], "city"),
            "värdtyp": G(lambda f: f.pick(["privat", "företag"])),
            "bankid_verifierad": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "fornavn": Y(lambda f: f.first(), "name"),
            "etternavn": Y(lambda f: f.last(), "name"),
            "fødselsnummer": RED(lambda f: f.fnr(), "national id|social security number"),
            "telefon": Y(lambda f: f.phone(f.pick(["no", "no_local"])), "phone"),
            "epost": Y(lambda f: f.email(), "email"),
            "adresse": Y(lambda f: f.street("NO"), "address|street"),
            "postnummer": Y(lambda f: f.pick(POSTAL["NO"])[0], "zipcode"),
            "poststed": Y(lambda f: f.pick(POSTAL["NO"])[1], "city"),
        },
        1,
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "fornavn": Y(lambda f: f.first(), "name"),
            "efternavn": Y(lambda f: f.last(), "name"),
            "cpr_nummer": RED(lambda f: f.cpr(), "national id|social security number"),
            "telefon": Y(lambda f: f.phone(f.pick(["dk", "dk_local"])), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "adresse": Y(lambda f: f.street("DK"), "address|street"),
            "postnr": Y(lambda f: f.pick(POSTAL["DK"])[0], "zipcode"),
            "by": Y(lambda f: f.pick(POSTAL["DK"])[1], "city"),
            "mitid_verificeret": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "GUEST_EMAIL": Y(lambda f: f.email(), "email"),
            "EMAIL_SHA256": Y(lambda f: f.hexid(64), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "MOBILE_PHONE": Y(lambda f: f.e164(), "phone"),
            "HOME_COUNTRY": G(lambda f: f.country()),
            "HOME_POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
            "LIFETIME_BOOKINGS": G(lambda f: f.r.randint(0, 40)),
            "LAST_STAY_AT": G(lambda f: f.iso()),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
        1,
    ),
    (
        "track",
        "Signed Up",
        GUEST_APPS,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "bankid", "vipps"])),
            "email": Y(lambda f: f.email(), "email"),
            "referral_code": G(lambda f: f.pick(["", "STUG-" + f.alnum(5).upper()])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
        1,
    ),
    (
        "track",
        "Signed In",
        [*GUEST_APPS, "rn"],
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "bankid", "vipps"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "mfa_used": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Login Attempted",
        ["go"],
        {
            "remote": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip", True),
            "outcome": G(lambda f: f.pick(["ok", "bad_password", "locked"])),
            "failed_attempts": G(lambda f: f.r.randint(0, 5)),
        },
        1,
    ),
    (
        "track",
        "Password Reset Requested",
        GUEST_APPS,
        {
            "identifier": Y(lambda f: f.pick([f.email(), f.email(), f.phone()]), "email|phone", True),
            "channel": G(lambda f: f.pick(["email", "sms"])),
            "account_found": G(lambda f: f.pick([True, True, False])),
        },
        1,
    ),
    (
        "track",
        "Trip Invite Accepted",
        ["ios", "android"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "inviter": Y(lambda f: f.full_name(), "name", True),
            "accepted_via": G(lambda f: f.pick(["link", "push", "email"])),
        },
        1,
    ),
    (
        "track",
        "Twilio Voice Call",
        ["python"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.e164(), "phone", True),
            "Caller": Y(lambda f: f.e164(), "phone", True),
            "To": G(lambda f: f.pick(["+46766860100", "+4759445100", "+4578790100"])),
        },
        1,
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "link_token": RED(lambda f: f.alnum(43), "token"),
            "expires_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Verification Code Sent",
        ["go"],
        {
            "channel": G(lambda f: f.pick(["sms", "voice"])),
            "to": Y(lambda f: f.e164(), "phone", True),
            "otp_code": RED(lambda f: f.num(6), "token|secret"),
            "provider": G(lambda f: "twilio_verify"),
        },
        1,
    ),
    (
        "track",
        "BankID Authentication Completed",
        ["java"],
        {
            "orderRef": G(lambda f: f.uuid()),
            "autoStartToken": G(lambda f: f.uuid()),
            "completionData": {
                "user": {
                    "personalNumber": RED(lambda f: f.pnr12(), "national id|social security number"),
                    "name": Y(lambda f: f.full_name(), "name"),
                    "givenName": Y(lambda f: f.first(), "name"),
                    "surname": Y(lambda f: f.last(), "name"),
                },
                "device": {"ipAddress": Y(lambda f: f.ipv4(), "ip")},
                "bankIdIssueDate": G(lambda f: f.date(2019, 2025)),
                "stepUp": {"mrtd": G(lambda f: f.pick([True, False]))},
            },
        },
        1,
    ),
    (
        "track",
        "Vipps Login Completed",
        ["node"],
        {
            "userinfo": {
                "sub": G(lambda f: f.uuid()),
                "name": Y(lambda f: f.full_name(), "name"),
                "given_name": Y(lambda f: f.first(), "name"),
                "family_name": Y(lambda f: f.last(), "name"),
                "phone_number": Y(lambda f: "47" + f.num(8), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "email_verified": G(lambda f: f.pick([True, False])),
                "birthdate": Y(lambda f: f.date(1944, 2004), "birthdate"),
                "nnin": RED(lambda f: f.fnr(), "national id|social security number"),
                "address": {
                    "street_address": Y(lambda f: f.street("NO"), "address|street"),
                    "postal_code": Y(lambda f: f.pick(POSTAL["NO"])[0], "zipcode"),
                    "region": Y(lambda f: f.pick(POSTAL["NO"])[1], "city"),
                    "country": G(lambda f: "NO"),
                },
            },
        },
        1,
    ),
    (
        "alias",
        None,
        ["web", "ios", "android"],
        {},
        1,
    ),
    # -- hosts, listings, payouts ------------------------------------------------------------------
    (
        "track",
        "Listing Published",
        ["web", "rn"],
        {
            "listing_id": G(lambda f: "lst_" + f.digits(7)),
            "listing_name": G(lambda f: f.listing()),
            "property_type": G(
                lambda f: f.pick(["cabin", "cottage", "summer_house", "campsite", "glamping"])
            ),
            "host_type": G(lambda f: f.pick(["private", "private", "company"])),
            "address": {
                "street": Y(lambda f: f.street(f.pick(["SE", "NO", "DK"])), "address|street"),
                "municipality": G(
                    lambda f: f.pick(
                        ["Åre kommun", "Trysil kommune", "Frederikshavn Kommune", "Region Gotland"]
                    )
                ),
                "region": G(lambda f: f.pick(["Jämtland", "Innlandet", "Nordjylland", "Gotland"])),
                "country": G(lambda f: f.pick(["SE", "NO", "DK"])),
            },
            "map_pin": {
                "lat": G(lambda f: round(f.lat_n(), 2)),
                "lng": G(lambda f: round(f.lon_n(), 2)),
            },
            "sleeps": G(lambda f: f.r.randint(2, 12)),
            "amenities": {
                "sauna": G(lambda f: f.pick([True, False])),
                "wifi": G(lambda f: f.pick([True, False])),
                "wheelchair_accessible": G(lambda f: f.pick([True, False])),
                "pets_allowed": G(lambda f: f.pick([True, False])),
            },
            "nightly_price": G(lambda f: f.sek(450, 4800)),
            "cleaning_fee": G(lambda f: f.pick([0, 450, 600, 900])),
            "instant_book": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Listing Photo Uploaded",
        ["rn", "web"],
        {
            "listing_id": G(lambda f: "lst_" + f.digits(7)),
            "photo_id": G(lambda f: f.uuid()),
            "room_type": G(lambda f: f.pick(["bedroom", "kitchen", "sauna", "exterior", "view"])),
            "exif_stripped": G(lambda f: True),
            "file_sha1": G(lambda f: f.hexid(40)),
        },
        1,
    ),
    (
        "track",
        "Channel Manager Connected",
        ["ruby"],
        {
            "provider": G(lambda f: f.pick(["Smoobu", "Lodgify", "Guesty", "Hostaway"])),
            "account_id": G(lambda f: f.digits(6)),
            "api_key": RED(lambda f: f.alnum(40), "secret"),
            "webhook_url": G(lambda f: "https://api.stugby.com/hooks/cm/" + f.digits(6)),
        },
        1,
    ),
    (
        "track",
        "Co-host Invited",
        ["web"],
        {
            "listing_id": G(lambda f: "lst_" + f.digits(7)),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_name": Y(lambda f: f.full_name(), "name"),
            "invite_token": RED(lambda f: f.alnum(32), "token"),
        },
        1,
    ),
    (
        "track",
        "Bank Account Added",
        ["web"],
        {
            "payout_method_id": G(lambda f: "pom_" + f.digits(8)),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "iban": RED(lambda f: f.iban(f.pick(["SE", "NO", "DK", "DE", "FI"])), "bank account"),
            "bic": G(
                lambda f: f.pick(["ESSESESS", "DNBANOKK", "DABADKKK", "HANDSESS", "NDEANOKK", "SWEDSESS"])
            ),
            "country": G(lambda f: f.pick(["SE", "NO", "DK"])),
            "currency": CURRENCY,
            "is_default": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Swedish Bank Account Added",
        ["python"],
        {
            "payout_method_id": G(lambda f: "pom_" + f.digits(8)),
            "clearing_number": G(lambda f: f.pick(["8327-9", "6789", "5214", "9660", "3000", "8105-9"])),
            "account_number": RED(lambda f: f.se_account(), "bank account"),
            "bank_name": G(lambda f: f.pick(["Swedbank", "Handelsbanken", "SEB", "Nordea", "Avanza"])),
        },
        1,
    ),
    (
        "track",
        "Mobile Payout Added",
        ["rn"],
        {
            "provider": G(lambda f: f.pick(["swish", "vipps", "mobilepay"])),
            "mobile_number": Y(lambda f: f.phone(f.pick(["se_local", "no", "dk"])), "phone"),
            "holder_name": Y(lambda f: f.full_name(), "name"),
            "verified": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Payout Sent",
        ["java"],
        {
            "payout_id": G(lambda f: "po_" + f.alnum(18)),
            "host_id": G(lambda f: "usr_" + f.digits(8)),
            "amount": G(lambda f: f.sek(500, 90000)),
            "currency": CURRENCY,
            "account_last4": G(lambda f: f.num(4)),
            "norwegian_account": RED(lambda f: f.no_account(), "bank account"),
            "arrival_date": G(lambda f: f.stay_date()),
            "payout_reference": G(lambda f: "PO-2025-" + f.digits(6)),
        },
        1,
    ),
    (
        "track",
        "Danish Payout Account Saved",
        ["php"],
        {
            "reg_nr": G(lambda f: f.pick(["3409", "9570", "1551", "5301", "7890"])),
            "konto_nr": RED(lambda f: f.num(10), "bank account"),
            "kontohaver": Y(lambda f: f.full_name(), "name"),
        },
        1,
    ),
    (
        "track",
        "TaxInfoSubmitted",
        ["dotnet"],
        {
            "HostId": G(lambda f: f.r.randint(10**6, 10**7)),
            "TaxResidenceCountry": G(lambda f: f.pick(["SE", "NO", "DK"])),
            "LegalName": Y(lambda f: f.full_name(), "name"),
            "DateOfBirth": Y(lambda f: f.date(1944, 2004) + "T00:00:00", "birthdate"),
            "PersonalIdentityNumber": RED(lambda f: f.national_id(), "national id|social security number"),
            "OrganisationNumber": G(lambda f: f.org_nr()),
            "Dac7Reportable": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "group",
        None,
        ["node", "java"],
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "organization_number": G(lambda f: f.org_nr()),
            "employees": G(lambda f: f.r.randint(1, 120)),
            "plan": G(lambda f: f.pick(["host_free", "host_pro", "campsite_enterprise"])),
            "support_email": G(
                lambda f: f.pick(
                    ["bokning@fjallstugor.se", "post@nordichytter.no", "booking@feriepartner-skagen.dk"]
                )
            ),
            "reception_phone": G(lambda f: f.pick(["+46 280 123 00", "+47 62 45 10 00", "+45 98 44 12 00"])),
            "visiting_address": G(
                lambda f: f.pick(
                    ["Campingvägen 1, 780 67 Sälen", "Kirkeveien 5, 2420 Trysil", "Fyrvej 10, 9990 Skagen"]
                )
            ),
            "listings_count": G(lambda f: f.r.randint(1, 300)),
            "createdAt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Host Onboarding Step Completed",
        ["node"],
        {
            "step-name": G(lambda f: f.pick(["profile", "listing", "payout", "tax", "house-rules"])),
            "host-id": G(lambda f: "usr_" + f.digits(8)),
            "has-bankid": G(lambda f: f.pick([True, False])),
            "phone-verified": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form-id": G(lambda f: f.pick(["host-signup", "host-signup-v2"])),
            "form-name": G(lambda f: "Bli värd"),
            "fields": {
                "full-name": Y(lambda f: f.full_name(), "name"),
                "e-mail": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "password": RED(
                    lambda f: f.pick(["Sommar2025!", "hytta123", "Fjallet#88", "Bamse2019", "kanelbulle7"]),
                    "password",
                ),
                "accept-terms": G(lambda f: True),
                "listing-count": G(lambda f: f.pick(["1", "2-5", "6+"])),
            },
        },
        1,
    ),
    (
        "track",
        "Invoice Paid",
        ["ruby"],
        {
            "invoice_number": G(lambda f: "INV-2025-" + f.digits(6)),
            "amount": G(lambda f: f.pick([199, 1990, 4990, 249])),
            "ocr_reference": G(lambda f: f.ocr()),
            "bankgiro": G(lambda f: "5050-1055"),
            "paid_at": G(lambda f: f.iso()),
        },
        1,
    ),
    # -- smart locks, key boxes, check-in ----------------------------------------------------------
    (
        "track",
        "Door Code Generated",
        ["go"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "lock_id": G(lambda f: f.pick(["IGK3", "NUKI", "YALE"]) + f.hexid(8).upper()),
            "lock_vendor": G(lambda f: f.pick(["igloohome", "Nuki", "Yale Doorman", "Glue", "Danalock"])),
            "door_code": RED(lambda f: f.door_code(), "secret"),
            "valid_from": G(lambda f: f.stay_date() + "T15:00:00+02:00"),
            "code_type": G(lambda f: f.pick(["duration", "one_time", "recurring"])),
            "code_length": G(lambda f: f.pick([4, 5, 6])),
        },
        1,
    ),
    (
        "track",
        "Key Box Code Viewed",
        ["ios", "android"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "listing_id": G(lambda f: "lst_" + f.digits(7)),
            "keybox_location": G(
                lambda f: f.pick(
                    [
                        "Vid ytterdörren, till vänster",
                        "På veggen ved garasjen",
                        "Under trappen",
                        "By the woodshed",
                    ]
                )
            ),
            "keybox_code": RED(lambda f: f.num(4), "secret"),
        },
        1,
    ),
    (
        "track",
        "Smart Lock Event",
        ["python"],
        {
            "deviceId": G(lambda f: f.r.randint(10**8, 10**9)),
            "action": G(lambda f: f.pick(["unlock", "lock", "unlatch"])),
            "trigger": G(lambda f: f.pick(["keypad", "app", "auto_lock", "manual"])),
            "auth": {
                "id": G(lambda f: f.r.randint(10**6, 10**7)),
                "name": Y(lambda f: f.full_name(), "name"),
                "type": G(lambda f: f.pick(["keypad_code", "app_user"])),
            },
            "date": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Check-in Instructions Viewed",
        ["ios", "android", "web"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "wifi_network": G(
                lambda f: f.pick(["Bjorkbacken_Gast", "Hytta5G", "Sommerhus-GUEST", "Telia-3F2A"])
            ),
            "wifi_password": RED(
                lambda f: f.pick(["bastu2024", "Fjell!hytte", "sommer" + f.num(4), f.alnum(10)]), "password"
            ),
            "checkin_time": G(lambda f: f.pick(["15:00", "16:00"])),
            "host_phone": Y(lambda f: f.phone(), "phone"),
            "emergency_number": G(lambda f: "112"),
        },
        1,
    ),
    (
        "track",
        "SMS Sent",
        ["python"],
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: f.e164(), "phone", True),
            "text": RED(door_code_sms, "secret", True),
            "template": G(lambda f: f.pick(["door_code_v2", "keybox_code"])),
        },
        1,
    ),
    (
        "track",
        "Twilio Inbound SMS",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.e164(), "phone", True),
            "To": G(lambda f: f.pick(["+46766860100", "+4759445100", "+4578790100"])),
            "Body": G(lambda f: f.pick(["JA", "Vi kommer ca 17:00", "STOP", "Tack!", "Takk, vi er framme"])),
        },
        1,
    ),
    (
        "track",
        "Call Masking Session Created",
        ["node"],
        {
            "session_sid": G(lambda f: "KC" + f.hexid(32)),
            "proxy_number": G(
                lambda f: f.pick(["+46766860150", "+46766860151", "+4759445150", "+4578790150"])
            ),
            "guest_phone": Y(lambda f: f.e164(), "phone"),
            "host_phone": Y(lambda f: f.e164(), "phone"),
        },
        1,
    ),
    (
        "track",
        "Check-in Form Submitted",
        ["web"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "site_number": G(lambda f: f.pick(["A12", "B07", "C33", "T4"])),
            "nationality": Y(
                lambda f: f.pick(["Svensk", "Norsk", "Dansk", "Deutsch", "Nederlands", "Polska"]),
                "citizenship",
            ),
            "id_document_type": G(lambda f: f.pick(["passport", "national_id_card", "drivers_licence"])),
            "id_document_number": RED(lambda f: f.passport(), "passport|national id"),
            "date_of_birth": Y(lambda f: f.date(1944, 2004), "birthdate"),
            "vehicle_registration": Y(lambda f: f.plate(), "license"),
            "camping_key_number": G(lambda f: "CKE" + f.digits(8)),
            "home_address": Y(lambda f: f.full_address(), "address"),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relation": G(lambda f: f.pick(["partner", "parent", "sibling", "friend"])),
            },
            "accompanying": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "birth_date": Y(lambda f: f.date(1950, 2023), "birthdate"),
                },
                4,
            ),
            "arrival_date": G(lambda f: f.stay_date()),
        },
        1,
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: "checkin_" + f.digits(3)),
            "field": G(lambda f: f.pick(["email", "phone"])),
            "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
        },
        1,
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web"],
        {
            "input": Y(lambda f: f.street(), "address|street", True),
            "provider": G(lambda f: f.pick(["loqate", "google_places", "dawa"])),
            "places_session_token": G(lambda f: f.uuid()),
        },
        1,
    ),
    (
        "track",
        "ID Verification Completed",
        ["node"],
        {
            "verification": {
                "id": G(lambda f: f.uuid()),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
                "person": {
                    "firstName": Y(lambda f: f.first().upper(), "name"),
                    "lastName": Y(lambda f: f.last().upper(), "name"),
                    "idNumber": RED(lambda f: f.national_id(), "national id|social security number"),
                    "dateOfBirth": Y(lambda f: f.date(1944, 2004), "birthdate"),
                    "nationality": Y(lambda f: f.pick(["SE", "NO", "DK", "DE", "PL", "NL"]), "citizenship"),
                },
                "document": {
                    "number": RED(lambda f: f.passport(), "passport|national id"),
                    "type": G(lambda f: f.pick(["PASSPORT", "ID_CARD", "DRIVERS_LICENSE"])),
                    "country": G(lambda f: f.pick(["SE", "NO", "DK", "DE"])),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
                "riskScore": G(lambda f: round(f.r.random(), 2)),
            },
            "vendor": G(lambda f: "veriff"),
        },
        1,
    ),
    # -- reviews and messages ---------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        ["ios", "web", "android"],
        {
            "review_id": G(lambda f: f.uuid()),
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "listing_id": G(lambda f: "lst_" + f.digits(7)),
            "rating_overall": G(lambda f: f.r.randint(1, 5)),
            "rating_cleanliness": G(lambda f: f.r.randint(1, 5)),
            "rating_value_for_money": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(lambda f: f.pick(REVIEWS)),
            "reviewer_display_name": Y(lambda f: f.initial_name(), "name"),
            "reviewer_country": G(lambda f: f.country()),
            "trip_type": G(lambda f: f.pick(["family", "couple", "friends", "solo", "with_pets"])),
        },
        2,
    ),
    (
        "track",
        "Guest Reviewed by Host",
        ["ruby"],
        {
            "guest_user_id": G(lambda f: "usr_" + f.digits(8)),
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "would_host_again": G(lambda f: f.pick([True, False])),
            "house_rules_followed": G(lambda f: f.pick([True, False])),
            "private_note": G(
                lambda f: f.pick(["Lämnade stugan i fint skick", "Glemte å tømme søppel", "Super gæster"])
            ),
        },
        1,
    ),
    (
        "track",
        "Message Sent",
        [*GUEST_APPS, "rn"],
        {
            "thread_id": G(lambda f: "thr_" + f.hexid(16)),
            "message_id": G(lambda f: "msg_" + f.hexid(16)),
            "sender_role": G(lambda f: f.pick(["guest", "host", "cohost"])),
            "recipient_role": G(lambda f: f.pick(["guest", "host"])),
            "message_length": G(lambda f: f.r.randint(1, 1200)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "contains_contact_info": G(lambda f: f.pick([True, False, False])),
            "auto_translated": G(lambda f: f.pick([True, False])),
            "preview": G(lambda f: f.pick(PREVIEWS)),
        },
        3,
    ),
    (
        "track",
        "Off-Platform Contact Detected",
        ["python"],
        {
            "thread_id": G(lambda f: "thr_" + f.hexid(16)),
            "message_id": G(lambda f: "msg_" + f.hexid(16)),
            "detector": G(lambda f: f.pick(["regex_v3", "ml_contact_v1"])),
            "snippet": Y(contact_snippet, "phone|email", True),
            "action": G(lambda f: f.pick(["masked", "blocked", "warned"])),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 2)),
        },
        1,
    ),
    (
        "track",
        "Guest Lookup",
        ["web"],
        {
            "q": Y(lambda f: f.pick([f.full_name(), f.last(), f.full_name().lower()]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 6)),
            "status_filter": G(lambda f: f.pick(["upcoming", "past", "all"])),
        },
        1,
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby", "web"],
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(
                lambda f: f.pick(
                    ["Problem med dörrkoden", "Refusjon", "Spørsmål om depositum", "Payout delayed"]
                )
            ),
            "category": G(lambda f: f.pick(["access", "payments", "cancellation", "damage"])),
            "requester": {
                "email": Y(lambda f: f.email(), "email"),
                "name": Y(lambda f: f.full_name(), "name"),
            },
            "assignee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "team": G(lambda f: f.pick(["Tier 1 Stockholm", "Tier 2 Oslo", "Payments"])),
            },
            "channel": G(lambda f: f.pick(["chat", "email", "phone"])),
        },
        1,
    ),
    (
        "track",
        "Error Occurred",
        ["node"],
        {
            "error_code": G(lambda f: f.pick(["E_ID_LOOKUP", "E_BANKID_COLLECT", "E_VALIDATION"])),
            "error_message": RED(id_error, "national id|social security number", True),
            "service": G(lambda f: f.pick(["identity-svc", "payout-svc"])),
            "endpoint": G(lambda f: f.pick(["/v2/hosts/tax", "/v1/auth/bankid/collect"])),
        },
        1,
    ),
    (
        "track",
        "Referral Sent",
        ["ios", "android"],
        {
            "referral_code": G(lambda f: "STUG-" + f.alnum(5).upper()),
            "referee_email": Y(lambda f: f.email(), "email"),
            "channel": G(lambda f: f.pick(["email", "link", "sms"])),
        },
        1,
    ),
    (
        "track",
        "Application Opened",
        ["ios", "android"],
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["6.5.2", "6.6.0"])),
            "build": G(lambda f: f.pick(["6520", "6601"])),
            "url": G(lambda f: f.pick(["", "stugby://booking/8823", "https://www.stugby.com/l/2290311"])),
            "referring_application": G(
                lambda f: f.pick(["", "com.apple.mobilesafari", "com.google.android.gm"])
            ),
        },
        2,
    ),
    (
        "track",
        "Loyalty Points Earned",
        ["java"],
        {
            "member_number": G(lambda f: "SB" + f.digits(9)),
            "points": G(lambda f: f.r.randint(10, 4000)),
            "tier": G(lambda f: f.pick(["bas", "silver", "guld"])),
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
        },
        1,
    ),
    (
        "track",
        "Host Profile Updated",
        ["web", "rn"],
        {
            "hostId": G(lambda f: "usr_" + f.digits(8)),
            "displayName": Y(lambda f: f.pick([f.first(), f.initial_name()]), "name"),
            "bio": G(
                lambda f: f.pick(
                    [
                        "Vi hyr ut vår stuga vid sjön sedan 2015.",
                        "Hytta ligger rett ved skiløypa.",
                        "Sommerhuset har været i familien i tre generationer.",
                        "Cosy cabin hosts who love the mountains.",
                    ]
                )
            ),
            "profilePhotoUrl": Y(lambda f: f"https://img.stugby.com/u/{f.hexid(16)}/profile.jpg", "photo"),
            "responseTimeHours": G(lambda f: f.pick([1, 2, 6, 12, 24])),
            "hostSince": G(lambda f: f.date(2012, 2024)),
            "govIdVerified": G(lambda f: f.pick([True, False])),
            "spokenLanguages": Many(G(lambda f: f.pick(["sv", "nb", "da", "en", "de"])), 3),
        },
        1,
    ),
    (
        "track",
        "Cabin Access Shared",
        ["ios", "android"],
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_phone": Y(lambda f: f.phone(), "phone"),
            "access_type": G(lambda f: f.pick(["digital_key", "door_code", "view_only"])),
            "expires_at": G(lambda f: f.stay_date() + "T11:00:00Z"),
        },
        1,
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web"],
        {
            "gift_card_id": G(lambda f: "gc_" + f.digits(10)),
            "amount": G(lambda f: f.pick([500, 1000, 2000, 3000])),
            "currency": CURRENCY,
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "sender_name": Y(lambda f: f.full_name(), "name"),
            "personal_message": G(
                lambda f: f.pick(
                    [
                        "Grattis på födelsedagen!",
                        "God jul og godt nyttår!",
                        "Tillykke med brylluppet",
                        "Enjoy a weekend away",
                    ]
                )
            ),
            "delivery_date": G(lambda f: f.stay_date()),
            "design": G(lambda f: f.pick(["fjall", "sjo", "vinter"])),
        },
        1,
    ),
    (
        "track",
        "Fishing Licence Purchased",
        ["ios", "android"],
        {
            "licence_type": G(lambda f: f.pick(["day", "week", "season"])),
            "fishing_zone": G(lambda f: f.pick(["Klarälven nedre", "Trysilelva", "Gudenå", "Torne älv"])),
            "holder_name": Y(lambda f: f.full_name(), "name"),
            "holder_birth_date": Y(lambda f: f.date(1944, 2010), "birthdate"),
            "price": G(lambda f: f.pick([120, 250, 690])),
            "includes_salmon": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Boat Rental Booked",
        ["web", "ios"],
        {
            "boat_id": G(lambda f: "boat_" + f.digits(4)),
            "boat_name": G(lambda f: f.pick(["Sjöbris", "Havørn", "Måken", "Lilla Lo"])),
            "engine_hp": G(lambda f: f.pick([6, 15, 40, 60])),
            "skipper_certificate_number": Y(
                lambda f: f.pick(["FI-", "KB-", ""]) + f.digits(7), "certificate"
            ),
            "life_jackets": G(lambda f: f.r.randint(2, 8)),
            "rental_hours": G(lambda f: f.pick([2, 4, 8, 24])),
        },
        1,
    ),
    (
        "track",
        "Sauna Slot Booked",
        ["ios", "android", "web"],
        {
            "sauna_name": G(lambda f: f.pick(["Flytbastun", "Badstua ved brygga", "Strandsauna"])),
            "slot_start": G(lambda f: f.stay_date() + "T" + f.pick(["18:00", "19:30", "21:00"])),
            "people": G(lambda f: f.r.randint(1, 8)),
        },
        1,
    ),
    (
        "track",
        "Ski Pass Added",
        ["ios", "android"],
        {
            "pass_holder_name": Y(lambda f: f.full_name(), "name"),
            "pass_holder_photo": Y(lambda f: f"https://img.stugby.com/skipass/{f.hexid(12)}.jpg", "photo"),
            "keycard_number": G(lambda f: f"01-{f.digits(4)}-{f.digits(4)}-{f.digits(3)}"),
            "resort": G(lambda f: f.pick(["Åre", "Sälen", "Trysil", "Hemsedal"])),
            "days": G(lambda f: f.pick([1, 3, 6])),
            "age_category": G(lambda f: f.pick(["adult", "youth", "child", "senior"])),
        },
        1,
    ),
    # -- damage claims ----------------------------------------------------------------------------
    (
        "track",
        "Damage Claim Filed",
        ["web", "rn"],
        {
            "claim_number": G(lambda f: "DC-" + f.digits(7)),
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "listing_id": G(lambda f: "lst_" + f.digits(7)),
            "guest_name": Y(lambda f: f.full_name(), "name"),
            "guest_email": Y(lambda f: f.email(), "email"),
            "incident_date": G(lambda f: f.stay_date()),
            "description": G(lambda f: f.pick(DAMAGE)),
            "damaged_items": Many(
                {
                    "item": G(lambda f: f.pick(["ytterdörr", "sofa", "kajakpaddel", "vindu", "grill"])),
                    "estimated_cost": G(lambda f: f.sek(200, 15000)),
                },
                3,
            ),
            "photos": Many({"url": G(lambda f: f"https://img.stugby.com/claims/{f.hexid(12)}.jpg")}, 4),
            "claimed_amount": G(lambda f: f.sek(200, 30000)),
            "currency": CURRENCY,
            "insurance": {
                "provider": G(
                    lambda f: f.pick(["If Skadeförsäkring", "Gjensidige", "Tryg", "Länsförsäkringar"])
                ),
                "policy_number": Y(
                    lambda f: f.pick(["IF", "GJ", "TRY", "LF"]) + f.digits(9), "identification"
                ),
            },
        },
        1,
    ),
    (
        "track",
        "DamageClaimResolved",
        ["dotnet"],
        {
            "ClaimNumber": G(lambda f: "DC-" + f.digits(7)),
            "ApprovedAmount": G(lambda f: float(f.sek(0, 20000))),
            "PaidToIban": RED(lambda f: f.iban(f.pick(["SE", "NO", "DK"])), "bank account"),
            "AdjusterName": Y(lambda f: f.full_name(), "name"),
        },
        1,
    ),
    # -- cleaners ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["flutter"],
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "email_address": Y(lambda f: f.email(), "email"),
            "hourly_rate": Y(lambda f: f.pick([165, 180, 195, 210, 240]), "salary"),
            "employer": G(lambda f: f.pick(CLEANING_COS)),
            "role": G(lambda f: "cleaner"),
            "has_drivers_license": G(lambda f: f.pick([True, False])),
            "created_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Cleaning Task Assigned",
        ["ruby"],
        {
            "task_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "listing_id": G(lambda f: "lst_" + f.digits(7)),
            "cleaner_id": G(lambda f: "cln_" + f.digits(5)),
            "cleaner_name": Y(lambda f: f.full_name(), "name"),
            "cleaner_phone": Y(lambda f: f.phone(), "phone"),
            "scheduled_start": G(lambda f: f.stay_date() + "T11:00:00Z"),
            "note": G(lambda f: f.pick(CLEAN_NOTES)),
            "pay_amount": Y(lambda f: f.pick([450, 600, 750, 900]), "salary"),
            "access_code": RED(lambda f: f.door_code(), "secret"),
        },
        1,
    ),
    (
        "track",
        "Cleaning Task Completed",
        ["flutter"],
        {
            "task_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "completed_at": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.r.randint(45, 240)),
            "issues_reported": G(lambda f: f.r.randint(0, 3)),
            "gps": {
                "lat": Y(lambda f: f.lat_n(), "geolocation"),
                "lng": Y(lambda f: f.lon_n(), "geolocation"),
            },
        },
        1,
    ),
    (
        "track",
        "Timesheet Exported",
        ["python"],
        {
            "CLEANER_ID": G(lambda f: "cln_" + f.digits(5)),
            "CLEANER_FULL_NAME": Y(lambda f: f.full_name(), "name"),
            "CLEANER_PERSONNUMMER": RED(lambda f: f.pnr(), "national id|social security number"),
            "HOURS_WORKED": G(lambda f: round(f.r.uniform(4, 160), 1)),
            "HOURLY_RATE_SEK": Y(lambda f: f.pick([165, 180, 195, 210]), "salary"),
            "GROSS_PAY_SEK": Y(lambda f: f.sek(2000, 32000), "salary"),
            "BANK_ACCOUNT": RED(lambda f: f.se_account(), "bank account"),
            "TAX_TABLE": G(lambda f: f.pick([29, 31, 32, 33, 34])),
        },
        1,
    ),
]

USER_IDS = ["usr_{}", "{}", "host_{}"]


def build(seed: int, repeats: int):
    f = NordicFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, body, weight in EVENTS:
        for _ in range(repeats * weight):
            client = f.pick(clients)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in [*GUEST_APPS, "rn", "flutter"]:
                msg["anonymousId"] = f.uuid()
            msg["userId"] = f.pick(USER_IDS).format(f.digits(8))
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = f.uuid()
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            path = (
                "/" if kind != "track" else f.pick(["/", "/sok", "/checkout", "/host/listings", "/bokningar"])
            )
            msg["context"] = render(CONTEXTS[client](f, path), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=105, repeats=24)
    write(Path(__file__).parent, "holdout105_", events, labels)
