"""Writes holdout 137: tests/corpus/holdout137_events.jsonl and holdout137_labels.json.

Sealed: written from the brief, build.py / fake.py / build_holdout3.py (format only) and the
reference's default matcher table, without reading the detection engine, its vocabularies, its
tests or any other corpus's labels, and without running the engine on these events.

Domain: a cruise line and ferry operator ("Fjord & Aegean Lines") selling in Norway, Greece and
the US. Covers the booking funnel (sailing search, cabin and deck selection, e-commerce spec
checkout, payment with card tokens), passenger manifests with travel documents (passport, ID
card, MRZ, US Known Traveler Number, ESTA, visas), dependants and shared bookings, dietary,
medical and mobility-assistance requests, travel insurance, onboard spending on the cruise card
(POS, casino W-2G, medical centre billing), shore excursions and reviews, muster check-in and
embarkation photos, ferry vehicle bookings with plates and ANPR gate reads, travel agents (group
calls, agent portal, client look-ups), crew-facing events (shift clock-in, certificates,
payroll, medical fitness), SMS notifications and ad-platform conversion payloads.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter, and
the python, node, go, java, ruby, php and .NET server libraries, with their real `context`
shapes (ip, traits, device, app, library, locale, userAgent, campaign, location, externalIds).
Calls: identify, track, page, screen, group and alias.

Key conventions: mostly camelCase and snake_case English; about 15 % other: PascalCase (.NET
ticketing and payroll), kebab-case (an excursion partner's webhook, the muster kiosk vendor),
SCREAMING_SNAKE (an APIS manifest export from the warehouse via reverse ETL), Norwegian keys
(ferry tickets: fornavn, etternavn, fødselsnummer, registreringsnummer ...) and Greek
transliterated keys (ferry bookings: onoma, eponymo, kinito, afm, amka, arithmos_kykloforias ...).

Values: Norwegian, Greek, US and other names; +47, +30, NANP and other phone formats; Norwegian
fødselsnummer with both mod-11 control digits, Greek AMKA (Luhn) and AFM (mod-11), US SSNs of
valid structure, Luhn cards, mod-97 IBANs (NO, GR, DE, GB), Norwegian kontonummer (mod-11), ABA
routing numbers (3-7-1), VINs with check digits, ICAO MRZ lines with check digits.

Labelling rules (the product's default colours): each leaf path has classification, type (the
reference matcher name, or bank account / geolocation / secret / national id / health id /
advertising id / trade union ...; `a|b` when either is fair) and value_only (the key does not say
what the value is). PII = data about a natural person (passenger, dependant, recipient, contact,
crew member, agent). Green: ids we or vendors issue (booking refs, cruise-card ids, folio ids,
loyalty numbers, AutoPASS tag ids, Stripe customer / payment-intent ids), versions, timestamps,
hashes of documents, amounts, enums, counters, booleans under PII-sounding keys, ship, cabin,
deck, product, company and pet names, ports and destinations (places that are not the person's),
a port's coordinates, country, locale, timezone, currency, user agents, IDFV / Android ids, card
brand / last four / expiry, bank routing numbers, ages and age bands, job titles and ranks,
employers, businesses' own phones, addresses and role mailboxes, passport / document expiry dates
and issuing countries (an attribute of the document, not an identifier). Contested cases follow
the published policy: insurance policy numbers yellow `identification`; prescription numbers
yellow `medication`; hourly rates and salaries yellow `salary`; plates yellow `license`, VINs
yellow `serial`; gclid / fbclid / fbp / fbc yellow `advertising id`; billing addresses yellow;
trade-union membership yellow `trade union`; card / payment-method tokens, Stripe client secrets,
one-time codes and magic-link tokens red; patient numbers (MRN) and EHIC health-card numbers red
`health id`; passport, ID-card, seaman's-book, KTN and other identity-document numbers red; visa
and ESTA answers red `visa`. Booleans or enums that reveal a special category are PII of that
category: wheelchair / mobility aid / service animal / Greek AmeA discount / Norwegian
ledsagerbevis → red `disability`; oxygen, CPAP, pregnancy, declared pre-existing conditions,
fitness for duty, a participant's body weight for a helicopter or zipline excursion → yellow
`condition`; military status and branch → red `veteran`; union member
→ yellow `trade union`.

Judgement calls (what a careful privacy owner at a mid-size company would want flagged): an
airline-style special meal code (KSML, MOML, HNML, DBML, GFML, VGML ...) can reveal religion or
health, so the meal-code field is yellow `religion|condition`; a plain dietary preference enum
(vegetarian / vegan / pescatarian / none) is green. The AMKA is a social security number
(`national id|social security number`). An MRZ line holds the passport number: red `passport`.
Free text is labelled by what every one of its values carries (value_only), green when the
texts carry no PII; no free-text field here carries PII in only some of its values.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

NO_FIRST = [
    "Ingrid",
    "Sigrid",
    "Kari",
    "Solveig",
    "Astrid",
    "Ole",
    "Lars",
    "Magnus",
    "Eirik",
    "Håkon",
    "Nils",
    "Ragnhild",
    "Tuva",
    "Sindre",
    "Øystein",
    "Marte",
    "Jørgen",
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
    "Bakke",
    "Solberg",
    "Dahl",
    "Lunde",
    "Strand",
    "Sæther",
    "Løvås",
    "Aasen",
]
GR_FIRST = [
    "Georgios",
    "Dimitrios",
    "Konstantinos",
    "Ioannis",
    "Nikolaos",
    "Eleni",
    "Maria",
    "Aikaterini",
    "Vasiliki",
    "Sofia",
    "Panagiotis",
    "Christos",
    "Despoina",
    "Theodora",
    "Athanasios",
    "Stavroula",
]
GR_LAST = [
    "Papadopoulos",
    "Papadopoulou",
    "Nikolaidis",
    "Georgiou",
    "Oikonomou",
    "Karagiannis",
    "Vlachou",
    "Dimitriou",
    "Konstantinidis",
    "Pappas",
    "Alexiou",
    "Makris",
    "Theodorou",
    "Chatzidaki",
]
US_FIRST = [
    "Emily",
    "Michael",
    "Jessica",
    "DeShawn",
    "Ashley",
    "Tyler",
    "María José",
    "Brandon",
    "Keisha",
    "Wei",
    "Adebayo",
    "Siobhan",
    "Fatemeh",
    "Jamal",
    "Kateryna",
    "Hiroshi",
    "Aaliyah",
    "Connor",
]
US_LAST = [
    "Washington",
    "Hernández",
    "Kim",
    "Lee",
    "O'Connor",
    "Abdullah",
    "Kowalczyk",
    "Yilmaz",
    "Santos",
    "Johnson",
    "Williams",
    "Brown",
    "Nguyen",
    "Goldberg",
    "Rasmussen",
    "Okonkwo",
    "Delgado",
]

NO_STREETS = [
    "Storgata",
    "Kongens gate",
    "Bygdøy allé",
    "Thorvald Meyers gate",
    "Nedre Ullevål",
    "Strandkaien",
    "Kirkegata",
    "Sandviksveien",
    "Øvre Slottsgate",
    "Markveien",
]
NO_TOWNS = [
    ("0155", "Oslo"),
    ("5003", "Bergen"),
    ("9008", "Tromsø"),
    ("4006", "Stavanger"),
    ("6002", "Ålesund"),
    ("7011", "Trondheim"),
    ("8006", "Bodø"),
    ("0562", "Oslo"),
]
GR_STREETS = [
    "Ermou",
    "Leoforos Syngrou",
    "Tsimiski",
    "Patision",
    "Akadimias",
    "Leoforos Kifisias",
    "Egnatias",
    "Agiou Nikolaou",
    "Vasilissis Sofias",
    "Mitropoleos",
]
GR_TOWNS = [
    ("105 63", "Athina"),
    ("546 22", "Thessaloniki"),
    ("262 21", "Patra"),
    ("712 02", "Irakleio"),
    ("185 35", "Peiraias"),
    ("151 24", "Marousi"),
    ("841 00", "Ermoupoli"),
]
US_STREETS = [
    "Maple Ave",
    "NE 45th St",
    "Ocean Dr",
    "Elm Street",
    "Peachtree Rd NE",
    "W Lake St",
    "Harbor Blvd",
    "Old Mill Rd",
    "Sunset Ridge Ct",
]
US_TOWNS = [
    ("98105", "Seattle", "WA"),
    ("33139", "Miami Beach", "FL"),
    ("99801", "Juneau", "AK"),
    ("30309", "Atlanta", "GA"),
    ("60614", "Chicago", "IL"),
    ("02134", "Boston", "MA"),
    ("78704", "Austin", "TX"),
    ("10027", "New York", "NY"),
]

MAIL_DOMAINS = [
    "gmail.com",
    "online.no",
    "hotmail.com",
    "yahoo.gr",
    "outlook.com",
    "icloud.com",
    "otenet.gr",
    "live.no",
    "example.com",
]
SHIPS = [
    "MS Nordlys",
    "MS Vesterålen",
    "Aegean Star",
    "Blue Horizon",
    "Fjord Explorer",
    "MV Santorini Spirit",
]
PORTS = [
    "Bergen",
    "Geiranger",
    "Tromsø",
    "Honningsvåg",
    "Piraeus",
    "Mykonos",
    "Santorini",
    "Heraklion",
    "Rhodes",
    "Seattle",
    "Juneau",
    "Ketchikan",
    "Skagway",
    "Miami",
    "Oslo",
    "Kristiansand",
]
FERRY_ROUTES = [
    ("Mortavika", "Arsvågen"),
    ("Halhjem", "Sandvikvåg"),
    ("Moss", "Horten"),
    ("Piraeus", "Chania"),
    ("Rafina", "Tinos"),
    ("Kyllini", "Zakynthos"),
    ("Port Angeles", "Victoria"),
]
CABIN_CATEGORIES = ["Inside", "Oceanview", "Balcony", "Mini-Suite", "Owner's Suite", "Arctic Superior"]
EXCURSIONS = [
    "Geirangerfjord RIB Safari",
    "North Cape Midnight Sun",
    "Oia Sunset Walk",
    "Knossos Palace Tour",
    "Mendenhall Glacier Kayak",
    "Husky Sledding Tromsø",
    "Acropolis Skip-the-Line",
    "Whale Watching Juneau",
]
LOC_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
]

GR_PLATE_LETTERS = "ABEZHIKMNOPTYX"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def ascii_fold(s: str) -> str:
    table = str.maketrans(
        {"ø": "o", "å": "a", "æ": "ae", "é": "e", "á": "a", "ó": "o", "í": "i", "'": "", " ": ""}
    )
    return s.lower().translate(table)


def mod97_iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


class Sea(Fake):
    """Fake plus Norwegian, Greek and US identities and documents."""

    def region(self):
        return self.pick(["NO", "NO", "GR", "GR", "US", "US", "other"])

    def first_r(self, region=None):
        region = region or self.region()
        if region == "NO":
            return self.pick(NO_FIRST)
        if region == "GR":
            return self.pick(GR_FIRST)
        if region == "US":
            return self.pick(US_FIRST)
        return self.first()

    def last_r(self, region=None):
        region = region or self.region()
        if region == "NO":
            return self.pick(NO_LAST)
        if region == "GR":
            return self.pick(GR_LAST)
        if region == "US":
            return self.pick(US_LAST)
        return self.last()

    def name_r(self, region=None):
        region = region or self.region()
        return f"{self.first_r(region)} {self.last_r(region)}"

    def mail(self, region=None):
        region = region or self.region()
        first, last = ascii_fold(self.first_r(region)), ascii_fold(self.last_r(region))
        user = self.pick(
            [f"{first}.{last}", f"{first}{self.r.randint(1, 99)}", f"{first[0]}{last}", f"{last}.{first}"]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def tel(self, region=None):
        region = region or self.region()
        if region == "NO":
            n = f"{self.pick(['9', '4'])}{self.digits(7)}"
            return self.pick([f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"+47{n}", f"{n[:3]} {n[3:5]} {n[5:]}", n])
        if region == "GR":
            n = f"69{self.pick(['4', '7', '8', '9'])}{self.digits(7)}"
            return self.pick([f"+30 {n[:3]} {n[3:6]} {n[6:]}", f"+30{n}", n, f"{n[:4]} {n[4:]}"])
        if region == "US":
            return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))
        return self.phone(self.pick(["uk", "de", "fr", "intl_space"]))

    def street_r(self, region=None):
        region = region or self.region()
        if region == "NO":
            return f"{self.pick(NO_STREETS)} {self.r.randint(1, 120)}{self.pick(['', '', 'B', ' H0203'])}"
        if region == "GR":
            return f"{self.pick(GR_STREETS)} {self.r.randint(1, 180)}"
        return f"{self.r.randint(100, 9999)} {self.pick(US_STREETS)}{self.pick(['', '', ' Apt 4B', ' #210'])}"

    def town(self, region=None):
        region = region or self.pick(["NO", "GR", "US"])
        return self.pick({"NO": NO_TOWNS, "GR": GR_TOWNS, "US": US_TOWNS}[region])

    def postcode(self):
        return self.town()[0]

    def townname(self):
        return self.town()[1]

    def full_address(self):
        region = self.pick(["NO", "GR", "US"])
        street = self.street_r(region)
        t = self.town(region)
        if region == "US":
            return f"{street}, {t[1]}, {t[2]} {t[0]}"
        return f"{street}, {t[0]} {t[1]}"

    def dob(self, start=1940, end=2006):
        return self.date(start, end)

    def fnr(self):
        while True:
            d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(40, 99)
            ind = self.r.randint(0, 499)
            ds = [int(c) for c in f"{d:02d}{m:02d}{y:02d}{ind:03d}"]
            k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], ds)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [*ds, k1])) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return "".join(map(str, ds)) + f"{k1}{k2}"

    def amka(self):
        day, month, year = self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(40, 99)
        partial = f"{day:02d}{month:02d}{year:02d}{self.digits(4)}"
        return self.luhn_complete(partial)

    def afm(self):
        ds = [int(c) for c in f"{self.r.randint(0, 1)}{self.digits(7)}"]
        check = sum(d * 2 ** (8 - i) for i, d in enumerate(ds)) % 11 % 10
        return "".join(map(str, ds)) + str(check)

    def gr_id_card(self):
        letters = "".join(self.pick(GR_PLATE_LETTERS) for _ in range(2))
        return self.pick([f"{letters} {self.digits(6)}", f"{letters}{self.digits(6)}"])

    def passport_no(self):
        kind = self.pick(["NO", "GR", "US", "US2"])
        if kind == "NO":
            return self.pick(["FE", "FH", "FK"]) + self.digits(7)
        if kind == "GR":
            return self.pick(["AO", "AK", "AT", "AP"]) + self.digits(7)
        if kind == "US":
            return self.digits(9)
        return self.pick(["A", "B", "C"]) + self.digits(8)

    @staticmethod
    def mrz_check(s: str) -> str:
        def val(c):
            if c.isdigit():
                return int(c)
            if c == "<":
                return 0
            return ord(c) - 55

        return str(sum(val(c) * [7, 3, 1][i % 3] for i, c in enumerate(s)) % 10)

    def mrz(self):
        nat = self.pick(["NOR", "GRC", "USA"])
        number = self.passport_no().ljust(9, "<")[:9]
        birth = f"{self.r.randint(40, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        expiry = f"{self.r.randint(26, 34):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        sex = self.pick(["M", "F"])
        region = {"NOR": "NO", "GRC": "GR", "USA": "US"}[nat]
        surname = ascii_fold(self.last_r(region)).upper()
        given = ascii_fold(self.first_r(region)).upper()
        line1 = f"P<{nat}{surname}<<{given}".ljust(44, "<")[:44]
        personal = "<" * 14
        body = f"{number}{self.mrz_check(number)}{nat}{birth}{self.mrz_check(birth)}"
        body += f"{sex}{expiry}{self.mrz_check(expiry)}"
        body += personal + self.mrz_check(personal)
        composite = body[0:10] + body[13:20] + body[21:43]
        return f"{line1}\n{body}{self.mrz_check(composite)}"

    def iban_r(self):
        kind = self.pick(["NO", "GR", "DE", "GB"])
        if kind == "NO":
            raw = mod97_iban("NO", self.kontonummer().replace(".", "").replace(" ", ""))
        elif kind == "GR":
            raw = mod97_iban("GR", self.pick(["011", "017", "026", "014"]) + self.digits(4) + self.digits(16))
        else:
            return self.iban(kind)
        if self.r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def kontonummer(self):
        while True:
            ds = [int(c) for c in self.pick(["1503", "1506", "3000", "9710", "1254"]) + self.digits(6)]
            k = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], ds)) % 11
            k = 0 if k == 11 else k
            if k != 10:
                s = "".join(map(str, ds)) + str(k)
                return self.pick([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:4]} {s[4:6]} {s[6:]}"])

    def aba(self):
        while True:
            ds = [int(c) for c in self.pick(["0260", "0210", "1210", "3222", "0110"]) + self.digits(4)]
            total = sum(a * b for a, b in zip([3, 7, 1, 3, 7, 1, 3, 7], ds))
            check = (10 - total % 10) % 10
            return "".join(map(str, ds)) + str(check)

    def plate(self):
        kind = self.pick(["NO", "NO", "GR", "GR", "US"])
        if kind == "NO":
            return (
                self.pick(["EL", "EK", "EV", "AB", "DR", "SV", "ZE"]) + self.pick([" ", ""]) + self.digits(5)
            )
        if kind == "GR":
            letters = "".join(self.pick(GR_PLATE_LETTERS) for _ in range(3))
            return f"{letters}{self.pick(['-', ' '])}{self.digits(4)}"
        return self.pick(
            [f"{self.r.randint(1, 9)}ABC{self.digits(3)}", f"HXT-{self.digits(4)}", f"AKX {self.digits(3)}"]
        )

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        trans = dict(
            zip(
                "ABCDEFGHJKLMNPRSTUVWXYZ",
                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            )
        )
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        vin = list(
            self.pick(["5YJ", "WVW", "YV1", "1FT", "JTD", "WBA"])
            + "".join(self.pick(chars) for _ in range(14))
        )
        total = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(vin, weights))
        check = total % 11
        vin[8] = "X" if check == 10 else str(check)
        return "".join(vin)

    def pm_token(self):
        return "pm_" + "".join(self.pick(ALNUM) for _ in range(24))

    def client_secret(self):
        pi = "pi_" + "".join(self.pick(ALNUM) for _ in range(24))
        return pi + "_secret_" + "".join(self.pick(ALNUM) for _ in range(25))

    def gclid(self):
        return "Cj0KCQjw" + "".join(self.pick(ALNUM + "-_") for _ in range(self.r.randint(70, 90))) + "_BwE"

    def fbclid(self):
        return "IwAR" + "".join(self.pick(ALNUM + "-_") for _ in range(58))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def booking_ref(self):
        return "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def sailing_id(self):
        ship, year, week = self.pick(["NL", "AS", "BH", "FE"]), self.r.randint(24, 26), self.r.randint(1, 52)
        return f"{ship}{year}{week:02d}{self.pick(['A', 'B'])}"

    def cabin(self):
        return f"{self.r.randint(4, 11)}{self.r.randint(0, 3)}{self.r.randint(1, 60):02d}"

    def iso_date(self, start=2024, end=2026):
        return self.date(start, end)

    def hhmm(self):
        return f"{self.r.randint(5, 23):02d}:{self.pick(['00', '15', '30', '45'])}"

    def ktn(self):
        return self.pick(["TT", "98", "15"]) + self.digits(7)

    def ehic(self):
        return self.pick(["80578", "80300", "80276"]) + self.digits(15)

    def ship_phone(self):
        return self.pick(["+47 815 33 030", "+30 210 414 1234", "+1 206 555 0142", "+47 55 55 90 00"])

    def idfa(self):
        return self.uuid().upper()


# -- contexts of the client libraries --------------------------------------------------------------


def web_ctx(f: Sea):
    path = f.pick(
        ["/", "/cruises/norway", "/ferries/greece", "/booking/passengers", "/booking/payment", "/my-trips"]
    )
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.1", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.finn.no/reise", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?lang=no", "?ref=agent"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Fjord & Aegean Lines", "Choose your cabin | F&A Lines", "Passengers - Booking"]
                )
            ),
            "url": G(lambda f: "https://www.fjordaegean.example" + path),
        },
        "userAgent": G(lambda f: f.pick(LOC_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["nb-NO", "el-GR", "en-US", "en-GB", "de-DE"])),
        "timezone": G(
            lambda f: f.pick(["Europe/Oslo", "Europe/Athens", "America/Los_Angeles", "America/New_York"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["fjords_spring25", "aegean_early_bird", "alaska_wave"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "finn.no"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(["hurtigruten alternative", "ferry piraeus santorini", "alaska cruise 2025"])
            ),
            "content": G(lambda f: f.pick(["hero_video", "textlink", "carousel_2"])),
        },
    }


def swift_ctx(f: Sea):
    return {
        "app": {
            "name": G(lambda f: "F&A Lines"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "com.fjordaegean.app"),
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
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["nb-NO", "el-GR", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telenor", "Telia", "Cosmote", "Vodafone GR", "AT&T", "Verizon"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Oslo", "Europe/Athens", "America/Anchorage"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.first_r(), "name"),
            "lastName": Y(lambda f: f.last_r(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "loyaltyTier": G(lambda f: f.pick(["Blue", "Silver", "Gold", "Admiral"])),
        },
    }


def kotlin_ctx(f: Sea):
    return {
        "app": {
            "name": G(lambda f: "F&A Lines"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["640012", "650003", "650104"])),
            "namespace": G(lambda f: "com.fjordaegean.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2449", "2201117TY"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP594DL1", "spes"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["nb-NO", "el-GR", "en-US"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(35.0, 70.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(5.0, 30.0), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 8.4])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telenor", "ice", "Cosmote", "Nova"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Oslo", "Europe/Athens"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/UQ1A.240205.004)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; CPH2449 Build/SKQ1.220617.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_ctx(f: Sea):
    return {
        "app": {
            "name": G(lambda f: "F&A Crew"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.4", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "234", "240"])),
            "namespace": G(lambda f: "com.fjordaegean.crew"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Zebra Technologies", "samsung", "Apple"])),
            "model": G(lambda f: f.pick(["TC58", "SM-X205", "iPad14,1"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.3"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "11", "17.4"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1080, 800, 820])),
            "height": G(lambda f: f.pick([2160, 1340, 1180])),
        },
        "network": {"wifi": G(lambda f: True), "carrier": G(lambda f: f.pick(["Marlink", "KVH", ""]))},
        "locale": G(lambda f: f.pick(["en-US", "nb-NO", "tl-PH"])),
        "timezone": G(lambda f: f.pick(["Europe/Oslo", "Europe/Athens", "America/Juneau"])),
        "traits": {
            "name": Y(lambda f: f.name_r(f.pick(["other", "US", "NO", "GR"])), "name"),
            "crewId": G(lambda f: "C" + f.digits(6)),
            "rank": G(lambda f: f.pick(["AB Seaman", "Purser", "Cabin Steward", "2nd Officer", "Sous Chef"])),
        },
    }


def flutter_ctx(f: Sea):
    return {
        "app": {
            "name": G(lambda f: "Ferje & Feribot"),
            "version": G(lambda f: f.pick(["3.1.0", "3.1.2", "3.2.0"])),
            "build": G(lambda f: f.pick(["310", "312", "320"])),
            "namespace": G(lambda f: "com.fjordaegean.ferry"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "Pixel 7a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 1080])), "height": G(lambda f: f.pick([844, 2340]))},
        "locale": G(lambda f: f.pick(["nb-NO", "el-GR", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Oslo", "Europe/Athens"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(35.0, 70.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(5.0, 30.0), 6), "geolocation"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.2.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_ctx(lib: str, with_ip: bool = False, external: bool = False):
    def ctx(f: Sea):
        name, versions = SERVER_LIBS[lib]
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if with_ip:
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            out["userAgent"] = G(lambda f: f.pick(LOC_UAS))
            out["locale"] = G(lambda f: f.pick(["nb-NO", "el-GR", "en-US"]))
        if external:
            out["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.mail(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return out

    return ctx


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "python": server_ctx("python"),
    "python_ip": server_ctx("python", with_ip=True),
    "node": server_ctx("node"),
    "node_ip": server_ctx("node", with_ip=True, external=True),
    "go": server_ctx("go"),
    "java": server_ctx("java"),
    "ruby": server_ctx("ruby"),
    "php": server_ctx("php", with_ip=True),
    "dotnet": server_ctx("dotnet"),
}
APPS = ["web", "swift", "kotlin"]


# -- shared fragments ------------------------------------------------------------------------------


def cabin_product():
    return {
        "product_id": G(lambda f: "cab_" + f.hexid(10)),
        "sku": G(
            lambda f: (
                f"{f.pick(['NL', 'AS', 'BH'])}-{f.pick(['IN', 'OV', 'BA', 'MS', 'SU'])}-{f.r.randint(2, 4)}P"
            )
        ),
        "name": G(lambda f: f.pick(CABIN_CATEGORIES)),
        "category": G(lambda f: f.pick(["Cabin", "Cabin", "Deck seat", "Vehicle"])),
        "brand": G(lambda f: f.pick(SHIPS)),
        "variant": G(lambda f: f.pick(["Deck 7 aft", "Deck 9 midship", "Deck 4 forward"])),
        "price": G(lambda f: f.money(180, 6200)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "coupon": G(lambda f: f.pick(["", "EARLYFJORD", "KALOKAIRI15"])),
        "position": G(lambda f: f.r.randint(1, 24)),
        "image_url": G(lambda f: f"https://cdn.fjordaegean.example/cabins/{f.hexid(8)}.webp"),
        "accessible": G(lambda f: f.pick([True, False, False])),
    }


def postal():
    return {
        "line1": Y(lambda f: f.street_r(f.pick(["NO", "GR", "US"])), "address|street"),
        "city": Y(lambda f: f.townname(), "city"),
        "postal_code": Y(lambda f: f.postcode(), "zipcode"),
        "state": G(lambda f: f.pick(["", "WA", "FL", "Attiki", "Vestland"])),
        "country": G(lambda f: f.pick(["NO", "GR", "US"])),
    }


def sms_text(f: Sea) -> str:
    first = f.first_r()
    return f.pick(
        [
            f"Hei {first}! Ferja fra {f.pick(PORTS)} går kl {f.hhmm()}. Bookingnr {f.booking_ref()}.",
            f"Hi {first}, your cabin on {f.pick(SHIPS)} is ready. Boarding from {f.hhmm()}.",
            f"Geia sou {first}, to plio anaxorei stis {f.hhmm()} apo {f.pick(['Peiraia', 'Rafina'])}.",
        ]
    )


def agent_note(f: Sea) -> str:
    phone = f.tel()
    return f.pick(
        [
            f"Client prefers a call on {phone} before 18:00.",
            f"Pax asked to move to a balcony cabin, ring back {phone}.",
            f"Ring {phone} re: excursion refund.",
            f"Kunden ønsker oppringing på {phone}.",
        ]
    )


def review_text(f: Sea) -> str:
    return f.pick(
        [
            "Absolutely stunning scenery, worth every krone.",
            "Bus was 20 minutes late but the guide made up for it.",
            "Too crowded at the viewpoint, otherwise fine.",
            "Fantastiske fjorder, anbefales!",
            "Poli oraia ekdromi, ta paidia enthousiastikan.",
            "Kayaks were in great shape and the glacier was unreal.",
        ]
    )


def chat_input(f: Sea) -> str:
    return f.pick(
        [
            "can I bring my dog on the ferry",
            "what time does boarding close",
            "is wifi included in the drinks package",
            "hvor lang tid tar overfarten",
            "how much luggage can I take",
            "do you have EV charging on deck",
        ]
    )


# -- events ----------------------------------------------------------------------------------------

EVENTS = [
    # ---- identify / group / alias ----------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "python_ip"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.first_r(), "name"),
            "lastName": Y(lambda f: f.last_r(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "age": G(lambda f: f.r.randint(18, 86)),
            "gender": Y(lambda f: f.pick(["female", "male", "other", "prefer_not_to_say"]), "gender"),
            "address": postal(),
            "avatar": Y(lambda f: f"https://cdn.fjordaegean.example/avatars/{f.uuid()}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "loyaltyNumber": G(lambda f: "FA" + f.digits(9)),
            "loyaltyTier": G(lambda f: f.pick(["Blue", "Silver", "Gold", "Admiral"])),
            "preferredLanguage": G(lambda f: f.pick(["no", "el", "en"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "homePort": G(lambda f: f.pick(["Bergen", "Piraeus", "Seattle", "Oslo"])),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "partnered", "widowed"])),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "name": Y(lambda f: f.name_r(f.pick(["other", "US", "NO", "GR"])), "name"),
            "email": Y(
                lambda f: f"{ascii_fold(f.first_r())}.{ascii_fold(f.last_r())}@crew.fjordaegean.example",
                "email",
            ),
            "crewId": G(lambda f: "C" + f.digits(6)),
            "rank": G(lambda f: f.pick(["AB Seaman", "Purser", "Cabin Steward", "2nd Officer", "Sous Chef"])),
            "department": G(lambda f: f.pick(["Deck", "Hotel", "Galley", "Engine", "Guest Services"])),
            "vessel": G(lambda f: f.pick(SHIPS)),
            "employer": G(
                lambda f: f.pick(
                    ["Fjord & Aegean Lines AS", "Seacrew Manning Inc.", "Aegean Crew Services SA"]
                )
            ),
            "nationality": Y(
                lambda f: f.pick(["Philippines", "Norway", "Greece", "Indonesia", "Ukraine", "India"]),
                "citizenship",
            ),
            "contractEnd": G(lambda f: f.iso_date(2025, 2026)),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "agencyName": G(
                lambda f: f.pick(
                    ["Ving Norge AS", "Aegean Travel Agency", "Cruise Planners of Tacoma", "Fjordtours"]
                )
            ),
            "iataNumber": G(lambda f: f.digits(8)),
            "industry": G(lambda f: "Travel agency"),
            "officePhone": G(lambda f: f.pick(["+47 22 00 11 22", "+30 210 323 4455", "+1 253 555 0199"])),
            "bookingsEmail": G(
                lambda f: f.pick(
                    ["bookings@vingnorge.example", "info@aegeantravel.example", "groups@cptacoma.example"]
                )
            ),
            "officeAddress": {
                "street": G(lambda f: f.pick(["Karl Johans gate 12", "Filellinon 7", "1120 Pacific Ave"])),
                "city": G(lambda f: f.pick(["Oslo", "Athina", "Tacoma"])),
                "postalCode": G(lambda f: f.pick(["0154", "105 57", "98402"])),
                "country": G(lambda f: f.pick(["NO", "GR", "US"])),
            },
            "commissionRate": G(lambda f: f.pick([0.08, 0.1, 0.12])),
            "tier": G(lambda f: f.pick(["preferred", "standard", "platinum"])),
            "primaryContactName": Y(lambda f: f.name_r(), "name"),
            "primaryContactEmail": Y(
                lambda f: (
                    f"{ascii_fold(f.first_r())}@{f.pick(['vingnorge', 'aegeantravel', 'cptacoma'])}.example"
                ),
                "email",
            ),
            "agentCount": G(lambda f: f.r.randint(1, 60)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], None),
    # ---- pages and screens -----------------------------------------------------------------------
    (
        "page",
        "Sailing Search",
        ["web"],
        {
            "path": G(lambda f: "/cruises/search"),
            "url": G(
                lambda f: (
                    "https://www.fjordaegean.example/cruises/search?dest="
                    + f.pick(["geiranger", "santorini", "alaska"])
                )
            ),
            "title": G(lambda f: "Find a cruise | F&A Lines"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.no/", "https://www.bing.com/"])),
            "search": G(lambda f: "?dest=" + f.pick(["geiranger", "santorini", "alaska"])),
            "destination": G(lambda f: f.pick(PORTS)),
            "month": G(lambda f: f.pick(["2025-06", "2025-07", "2025-09"])),
        },
    ),
    (
        "screen",
        "Port Guide",
        ["swift", "kotlin", "flutter"],
        {
            "port_name": G(lambda f: f.pick(PORTS)),
            "port_latitude": G(lambda f: f.pick([62.1008, 36.3932, 58.3019, 60.3943, 37.9420])),
            "port_longitude": G(lambda f: f.pick([7.2059, 25.4615, -134.4197, 5.3221, 23.6465])),
            "terminal_address": G(
                lambda f: f.pick(
                    [
                        "Strandkaien 1, 5013 Bergen",
                        "Akti Miaouli, 185 38 Peiraias",
                        "1 Marine Way, Juneau, AK 99801",
                    ]
                )
            ),
            "terminal_phone": G(lambda f: f.ship_phone()),
            "offline_cached": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- booking funnel ------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "swift", "kotlin"],
        {
            "query": G(
                lambda f: f.pick(
                    ["Geiranger", "santorini june", "Alaska 7 nights", "Tromsø nordlys", "Mykonos Paros"]
                )
            ),
            "departure_port": G(lambda f: f.pick(PORTS)),
            "departure_date_from": G(lambda f: f.iso_date(2025, 2026)),
            "nights": G(lambda f: f.pick([3, 4, 7, 10, 12])),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "kotlin"],
        {
            "list_id": G(lambda f: "cabins_" + f.sailing_id()),
            "category": G(lambda f: "Cabins"),
            "products": Many(cabin_product(), 4),
        },
    ),
    (
        "track",
        "Sailing Selected",
        ["web", "swift", "kotlin"],
        {
            "sailingId": G(lambda f: f.sailing_id()),
            "itineraryName": G(
                lambda f: f.pick(["Classic Coastal Voyage", "Cyclades Hopper", "Inside Passage 7N"])
            ),
            "shipName": G(lambda f: f.pick(SHIPS)),
            "embarkPort": G(lambda f: f.pick(PORTS)),
            "disembarkPort": G(lambda f: f.pick(PORTS)),
            "departureDate": G(lambda f: f.iso_date(2025, 2026)),
            "currency": G(lambda f: f.pick(["NOK", "EUR", "USD"])),
        },
    ),
    (
        "track",
        "Cabin Selected",
        ["web", "swift", "kotlin"],
        {
            "cabinNumber": G(lambda f: f.cabin()),
            "deck": G(lambda f: f.r.randint(3, 11)),
            "deckName": G(lambda f: f.pick(["Lofoten", "Sky Deck", "Promenade", "Poseidon"])),
            "category": G(lambda f: f.pick(CABIN_CATEGORIES)),
            "occupancy": G(lambda f: f.r.randint(1, 4)),
            "pricePerPerson": G(lambda f: f.money(300, 3800)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "FA-" + f.booking_ref()),
            "value": G(lambda f: f.money(400, 15000)),
            "revenue": G(lambda f: f.money(400, 15000)),
            "tax": G(lambda f: f.money(0, 900)),
            "discount": G(lambda f: f.money(0, 300)),
            "currency": G(lambda f: f.pick(["NOK", "EUR", "USD"])),
            "coupon": G(lambda f: f.pick(["", "EARLYFJORD", "KALOKAIRI15", "VETS10"])),
            "products": Many(cabin_product(), 3),
        },
    ),
    (
        "track",
        "Passenger Details Entered",
        ["web", "swift", "kotlin"],
        {
            "booking_ref": G(lambda f: f.booking_ref()),
            "passenger_count": G(lambda f: f.r.randint(1, 6)),
            "passengers": Many(
                {
                    "pax_index": G(lambda f: f.r.randint(1, 6)),
                    "first_name": Y(lambda f: f.first_r(), "name"),
                    "last_name": Y(lambda f: f.last_r(), "name"),
                    "date_of_birth": Y(lambda f: f.dob(1935, 2023), "birthdate"),
                    "gender": Y(lambda f: f.pick(["F", "M", "X"]), "gender|sex"),
                    "nationality": Y(lambda f: f.pick(["NO", "GR", "US", "DE", "PH", "GB"]), "citizenship"),
                    "document_type": G(lambda f: f.pick(["passport", "id_card", "passport_card"])),
                    "document_number": RED(
                        lambda f: f.pick([f.passport_no(), f.gr_id_card()]), "passport|national id"
                    ),
                    "document_expiry": G(lambda f: f.iso_date(2025, 2034)),
                    "issuing_country": G(lambda f: f.pick(["NOR", "GRC", "USA", "DEU"])),
                    "age_band": G(lambda f: f.pick(["adult", "child", "infant", "senior"])),
                    "is_lead": G(lambda f: f.pick([True, False])),
                    "loyalty_number": G(lambda f: f.pick(["", "FA" + f.digits(9)])),
                    "middle_name": Y(
                        lambda f: f.pick([f.first_r(), f.pick(["Marie", "J.", "Elisabeth", "Andreas"])]),
                        "name",
                    ),
                    "place_of_birth": Y(
                        lambda f: f.pick(["Bergen", "Larisa", "Tacoma", "Cebu", "Drammen", "Volos"]), "city"
                    ),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Contact Details Entered",
        ["web", "swift", "kotlin"],
        {
            "booking_ref": G(lambda f: f.booking_ref()),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "contact_phone": Y(lambda f: f.tel(), "phone"),
            "country_code": G(lambda f: f.pick(["+47", "+30", "+1", "+44"])),
            "emergency_contact": {
                "name": Y(lambda f: f.name_r(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend", "child"])),
                "on_board": G(lambda f: f.pick([True, False])),
            },
            "sms_updates": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Saved Traveller Selected",
        ["swift", "kotlin"],
        {
            "traveller_id": G(lambda f: "trv_" + f.hexid(12)),
            "label": Y(lambda f: f.name_r(), "name", True),
            "slot": G(lambda f: f.r.randint(1, 6)),
            "prefilled_fields": G(lambda f: f.r.randint(3, 11)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "FA-" + f.booking_ref()),
            "payment_method": G(lambda f: f.pick(["card", "vipps", "apple_pay", "klarna", "paypal"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["457173", "535310", "374245", "416598"])),
            "payment_method_id": RED(lambda f: f.pm_token(), "token"),
            "stripe_customer_id": G(lambda f: "cus_" + "".join(f.pick(ALNUM) for _ in range(14))),
            "cardholder_name": Y(lambda f: f.name_r().upper(), "name"),
            "billing_address": postal(),
            "save_card": G(lambda f: f.pick([True, False])),
            "three_ds_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Submitted",
        ["web"],
        {
            "payment_intent": G(lambda f: "pi_" + "".join(f.pick(ALNUM) for _ in range(24))),
            "client_secret": RED(lambda f: f.client_secret(), "secret|token"),
            "amount": G(lambda f: f.r.randint(40000, 2500000)),
            "currency": G(lambda f: f.pick(["nok", "eur", "usd"])),
            "installments": G(lambda f: f.pick([1, 3, 12])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin", "node_ip"],
        {
            "order_id": G(lambda f: "FA-" + f.booking_ref()),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(400, 15000)),
            "revenue": G(lambda f: f.money(400, 15000)),
            "tax": G(lambda f: f.money(0, 900)),
            "currency": G(lambda f: f.pick(["NOK", "EUR", "USD"])),
            "affiliation": G(lambda f: f.pick(["web", "app", "agent"])),
            "products": Many(cabin_product(), 3),
            "lead_passenger_email": Y(lambda f: f.mail(), "email"),
            "balance_due_date": G(lambda f: f.iso_date(2025, 2026)),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
        },
    ),
    (
        "track",
        "Booking Shared",
        ["swift", "kotlin", "web"],
        {
            "booking_ref": G(lambda f: f.booking_ref()),
            "channel": G(lambda f: f.pick(["email", "sms", "whatsapp"])),
            "recipients": Many(
                {
                    "name": Y(lambda f: f.name_r(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                    "can_edit": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "message": G(
                lambda f: f.pick(["See you on board!", "Her er bookingen vår", "Trip details attached", ""])
            ),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["swift", "kotlin", "web"],
        {
            "booking_ref": G(lambda f: f.booking_ref()),
            "child_first_name": Y(lambda f: f.first_r(), "name"),
            "child_date_of_birth": Y(lambda f: f.dob(2008, 2024), "birthdate"),
            "child_age": G(lambda f: f.r.randint(0, 17)),
            "relationship": G(lambda f: f.pick(["son", "daughter", "grandchild", "ward"])),
            "travelling_with_both_parents": G(lambda f: f.pick([True, False])),
            "consent_letter_uploaded": G(lambda f: f.pick([True, False])),
            "guardian_name": Y(lambda f: f.name_r(), "name"),
            "crib_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Visa Requirement Checked",
        ["web", "swift"],
        {
            "nationality": Y(lambda f: f.pick(["NO", "GR", "US", "IN", "PH", "TR"]), "citizenship"),
            "destination_country": G(lambda f: f.pick(["US", "GR", "TR", "NO", "CA"])),
            "visa_required": G(lambda f: f.pick([True, False])),
            "has_valid_schengen_visa": RED(lambda f: f.pick([True, False]), "visa"),
            "esta_status": RED(lambda f: f.pick(["approved", "pending", "denied", "not_applied"]), "visa"),
            "esta_application_number": RED(lambda f: f.hexid(16).upper(), "visa"),
            "ktn": RED(lambda f: f.ktn(), "national id"),
            "checked_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Passport Scanned",
        ["swift", "kotlin"],
        {
            "scan_id": G(lambda f: f.uuid()),
            "mrz": RED(lambda f: f.mrz(), "passport"),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.7, 1.0), 3)),
            "nfc_chip_read": G(lambda f: f.pick([True, False])),
            "document_expiry": G(lambda f: f.iso_date(2025, 2034)),
            "issuing_state": G(lambda f: f.pick(["NOR", "GRC", "USA"])),
            "image_sha256": G(lambda f: f.hexid(64)),
            "sdk_version": G(lambda f: f.pick(["Regula 7.2.9811", "Regula 7.3.10002", "Regula 7.4.10188"])),
        },
    ),
    # ---- dietary, medical, mobility ----------------------------------------------------------
    (
        "track",
        "Dietary Requirements Saved",
        ["web", "swift", "kotlin"],
        {
            "booking_ref": G(lambda f: f.booking_ref()),
            "pax_index": G(lambda f: f.r.randint(1, 6)),
            "dietary_preference": G(lambda f: f.pick(["vegetarian", "vegan", "pescatarian", "none"])),
            "meal_code": Y(
                lambda f: f.pick(["KSML", "MOML", "HNML", "DBML", "GFML", "VGML", "LCML"]),
                "religion|condition",
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "shellfish", "gluten", "lactose", "sesame"]), "allergy"), 3
            ),
            "allergy_severity": Y(lambda f: f.pick(["mild", "severe", "anaphylactic"]), "allergy|condition"),
            "epipen_on_board": Y(lambda f: f.pick([True, False]), "allergy|condition"),
            "dining_time": G(lambda f: f.pick(["early", "late", "anytime"])),
            "table_size": G(lambda f: f.pick([2, 4, 6, 8])),
        },
    ),
    (
        "track",
        "Medical Information Submitted",
        ["web", "swift"],
        {
            "booking_ref": G(lambda f: f.booking_ref()),
            "medical_conditions": Many(
                Y(
                    lambda f: f.pick(["COPD", "type 1 diabetes", "epilepsy", "heart failure", "asthma"]),
                    "condition",
                ),
                2,
            ),
            "medications": Many(
                Y(
                    lambda f: f.pick(["insulin glargine", "salbutamol", "warfarin", "levetiracetam"]),
                    "medication",
                ),
                3,
            ),
            "requires_oxygen": Y(lambda f: f.pick([True, False]), "condition"),
            "cpap_device": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnancy_weeks_at_sailing": Y(lambda f: f.r.randint(6, 24), "condition"),
            "dialysis_required": Y(lambda f: f.pick([True, False]), "condition|procedure"),
            "doctor_letter_uploaded": G(lambda f: f.pick([True, False])),
            "treating_physician": Y(lambda f: "Dr. " + f.name_r(), "name"),
            "ehic_number": RED(lambda f: f.ehic(), "health id"),
            "form_version": G(lambda f: f.pick(["2024.2", "2024.3", "2025.1"])),
        },
    ),
    (
        "track",
        "Mobility Assistance Requested",
        ["web", "swift", "kotlin", "flutter"],
        {
            "request_id": G(lambda f: "SSR-" + f.digits(7)),
            "ssr_code": RED(lambda f: f.pick(["WCHR", "WCHS", "WCHC", "BLND", "DEAF"]), "disability"),
            "mobility_aid": RED(
                lambda f: f.pick(["manual_wheelchair", "power_wheelchair", "mobility_scooter", "walker"]),
                "disability",
            ),
            "needs_boarding_assistance": RED(lambda f: f.pick([True, False]), "disability"),
            "service_animal": RED(lambda f: f.pick([True, False]), "disability"),
            "service_animal_name": G(lambda f: f.pick(["Bella", "Max", "Tinka", "Argos", "Luna"])),
            "service_animal_breed": G(lambda f: f.pick(["Labrador Retriever", "Golden Retriever", "Poodle"])),
            "port": G(lambda f: f.pick(PORTS)),
        },
    ),
    (
        "track",
        "Travel Insurance Purchased",
        ["web", "node"],
        {
            "policy_number": Y(lambda f: f.pick(["TRV-", "GI", "EUR"]) + f.digits(9), "identification"),
            "insurer": G(
                lambda f: f.pick(["Gjensidige", "Europ Assistance", "Allianz Travel", "Interamerican"])
            ),
            "plan": G(lambda f: f.pick(["Basic", "Comprehensive", "Cancel For Any Reason"])),
            "premium": G(lambda f: f.money(29, 480)),
            "currency": G(lambda f: f.pick(["NOK", "EUR", "USD"])),
            "insured_persons": Many(
                {"name": Y(lambda f: f.name_r(), "name"), "age": G(lambda f: f.r.randint(0, 90))}, 4
            ),
            "beneficiary_name": Y(lambda f: f.name_r(), "name"),
            "pre_existing_conditions_declared": Y(lambda f: f.pick([True, False]), "condition"),
            "trip_cost": G(lambda f: f.money(500, 20000)),
        },
    ),
    # ---- onboard spending --------------------------------------------------------------------
    (
        "track",
        "Cruise Card Linked",
        ["swift", "kotlin"],
        {
            "cruise_card_id": G(lambda f: "CC" + f.digits(10)),
            "folio_id": G(lambda f: "F" + f.digits(8)),
            "card_brand": G(lambda f: f.pick(["Visa", "Mastercard", "American Express"])),
            "last4": G(lambda f: f.digits(4)),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "payment_method_token": RED(lambda f: f.pm_token(), "token"),
            "billing_postcode": Y(lambda f: f.postcode(), "zipcode"),
            "spending_limit": G(lambda f: f.pick([500, 1000, 2500, None])),
            "cardholder": Y(lambda f: f.name_r(), "name"),
            "minors_can_charge": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Onboard Purchase",
        ["java", "go"],
        {
            "transactionId": G(lambda f: f.uuid()),
            "folioId": G(lambda f: "F" + f.digits(8)),
            "cruiseCardId": G(lambda f: "CC" + f.digits(10)),
            "cabin": G(lambda f: f.cabin()),
            "venue": G(
                lambda f: f.pick(["Skybar", "Nordlys Spa", "Poseidon Grill", "Duty Free", "Kids Club"])
            ),
            "outletId": G(lambda f: f.r.randint(100, 180)),
            "items": Many(
                {
                    "sku": G(lambda f: f.pick(["BEV-", "SPA-", "FD-"]) + f.digits(5)),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Aquavit 4cl",
                                "Hot Stone Massage 60'",
                                "Moussaka",
                                "Mythos 0.5L",
                                "Fleece Jacket",
                            ]
                        )
                    ),
                    "price": G(lambda f: f.money(3, 220)),
                    "qty": G(lambda f: f.r.randint(1, 4)),
                },
                4,
            ),
            "amount": G(lambda f: f.money(3, 600)),
            "currency": G(lambda f: f.pick(["NOK", "EUR", "USD"])),
            "signatureCaptured": G(lambda f: f.pick([True, False])),
            "servedByCrewId": G(lambda f: "C" + f.digits(6)),
            "servedByName": Y(lambda f: f.name_r(f.pick(["other", "NO", "GR"])), "name"),
            "guestName": Y(lambda f: f.name_r(), "name"),
        },
    ),
    (
        "track",
        "Casino Jackpot Recorded",
        ["java"],
        {
            "jackpotId": G(lambda f: f.uuid()),
            "machineId": G(lambda f: "SLOT-" + f.digits(4)),
            "amountUsd": G(lambda f: f.money(1200, 25000)),
            "w2gRequired": G(lambda f: True),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "ssnLast4": RED(lambda f: f.digits(4), "social security number"),
            "winnerFullName": Y(lambda f: f.name_r("US"), "name"),
            "winnerAddress": Y(lambda f: f.full_address(), "address"),
            "withholdingUsd": G(lambda f: f.money(0, 6000)),
            "attendantId": G(lambda f: "C" + f.digits(6)),
        },
    ),
    (
        "track",
        "Medical Center Visit Billed",
        ["python"],
        {
            "visit_id": G(lambda f: f.uuid()),
            "patient_mrn": RED(lambda f: "MRN" + f.digits(8), "health id"),
            "folio_id": G(lambda f: "F" + f.digits(8)),
            "diagnosis_code": Y(
                lambda f: f.pick(["T75.3", "J06.9", "S93.401A", "R11.0", "L55.1"]), "diagnosis"
            ),
            "procedure": Y(
                lambda f: f.pick(["IV rehydration", "wound suture", "nebulizer treatment", "ECG"]),
                "procedure",
            ),
            "rx_number": Y(lambda f: "RX" + f.digits(7), "medication"),
            "charge": G(lambda f: f.money(60, 1800)),
            "currency": G(lambda f: "USD"),
            "attending_doctor": Y(lambda f: "Dr. " + f.name_r(), "name"),
            "insurance_claim_form_issued": G(lambda f: f.pick([True, False])),
            "visit_date": G(lambda f: f.iso_date(2024, 2025)),
        },
    ),
    # ---- shore excursions ----------------------------------------------------------------------
    (
        "track",
        "Excursion Booked",
        ["web", "swift", "kotlin"],
        {
            "excursion_id": G(lambda f: "EX-" + f.digits(5)),
            "excursion_name": G(lambda f: f.pick(EXCURSIONS)),
            "port": G(lambda f: f.pick(PORTS)),
            "date": G(lambda f: f.iso_date(2025, 2026)),
            "participants": G(lambda f: f.r.randint(1, 6)),
            "participant_names": Many(Y(lambda f: f.name_r(), "name"), 4),
            "child_ages": Many(G(lambda f: f.r.randint(2, 17)), 3),
            "price": G(lambda f: f.money(35, 650)),
            "pickup_point": G(
                lambda f: f.pick(["Pier 2", "Tender platform", "Hotel Union Øye", "Fira cable car"])
            ),
            "tour_operator": G(
                lambda f: f.pick(["Geiranger Fjordservice AS", "Santo Tours", "Above & Beyond Alaska"])
            ),
            "guide_name": Y(lambda f: f.name_r(f.pick(["NO", "GR", "US"])), "name"),
            "waiver_signed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "excursion-partner-confirmation",
        ["node"],
        {
            "partner-id": G(lambda f: f.pick(["p_santotours", "p_geirfjord", "p_abalaska"])),
            "confirmation-code": G(lambda f: f.booking_ref()),
            "excursion-code": G(lambda f: "EX-" + f.digits(5)),
            "lead-guest-name": Y(lambda f: f.name_r(), "name"),
            "lead-guest-mobile": Y(lambda f: f.tel(), "phone"),
            "pax-count": G(lambda f: f.r.randint(1, 8)),
            "meeting-point": G(lambda f: f.pick(["Pier 2", "Tender platform", "Fira cable car"])),
            "guest-weight-kg": Y(lambda f: f.r.randint(45, 130), "condition"),
            "voucher-url": G(lambda f: f"https://partners.fjordaegean.example/v/{f.hexid(20)}.pdf"),
            "status": G(lambda f: f.pick(["confirmed", "waitlisted", "cancelled"])),
        },
    ),
    (
        "track",
        "Excursion Review Submitted",
        ["swift", "kotlin", "web"],
        {
            "excursion_id": G(lambda f: "EX-" + f.digits(5)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(review_text),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "photo_count": G(lambda f: f.r.randint(0, 5)),
            "reviewer_display_name": Y(lambda f: f"{f.first_r()} {f.last_r()[0]}.", "name"),
        },
    ),
    # ---- muster and embarkation ---------------------------------------------------------------
    (
        "track",
        "Muster Check-In Completed",
        ["rn", "kotlin"],
        {
            "drill_id": G(lambda f: "DRL-" + f.digits(6)),
            "muster_station": G(lambda f: f.pick(["A1", "A3", "B2", "C4", "D1"])),
            "guest_id": G(lambda f: "G" + f.digits(9)),
            "cabin": G(lambda f: f.cabin()),
            "scan_method": G(lambda f: f.pick(["nfc_card", "qr_app", "face_match", "manual"])),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
            "scanned_by_crew_id": G(lambda f: "C" + f.digits(6)),
            "mobility_flag": RED(lambda f: f.pick([True, False]), "disability"),
            "checked_in_at": G(lambda f: f.epoch_ms()),
            "late": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "muster-kiosk-scan",
        ["node"],
        {
            "kiosk-id": G(lambda f: "KSK-" + f.digits(3)),
            "station": G(lambda f: f.pick(["A1", "A3", "B2"])),
            "guest-name": Y(lambda f: f.name_r(), "name"),
            "guest-photo-url": Y(
                lambda f: f"https://media.fjordaegean.example/guests/{f.uuid()}.jpg", "photo"
            ),
            "sailing": G(lambda f: f.sailing_id()),
            "firmware": G(lambda f: f.pick(["4.2.0-rc1", "4.2.1", "4.3.0"])),
            "scan-ms": G(lambda f: f.r.randint(80, 1200)),
        },
    ),
    (
        "track",
        "Embarkation Photo Captured",
        ["rn"],
        {
            "guest_id": G(lambda f: "G" + f.digits(9)),
            "photo_url": Y(lambda f: f"https://media.fjordaegean.example/embark/{f.hexid(24)}.jpg", "photo"),
            "image_sha256": G(lambda f: f.hexid(64)),
            "retakes": G(lambda f: f.r.randint(0, 3)),
            "terminal": G(lambda f: f.pick(["Bergen Skolten", "Piraeus E1", "Seattle Pier 91"])),
            "lane": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    # ---- ferries and vehicles -------------------------------------------------------------------
    (
        "track",
        "Vehicle Added",
        ["flutter", "web"],
        {
            "booking_ref": G(lambda f: f.booking_ref()),
            "vehicle_type": G(
                lambda f: f.pick(["car", "campervan", "motorcycle", "car_with_trailer", "van"])
            ),
            "licence_plate": Y(lambda f: f.plate(), "license"),
            "plate_country": G(lambda f: f.pick(["N", "GR", "USA", "S", "D"])),
            "make_model": G(
                lambda f: f.pick(["Tesla Model Y", "VW ID.4", "Toyota RAV4", "Fiat Ducato", "Volvo XC60"])
            ),
            "length_m": G(lambda f: round(f.r.uniform(3.5, 12.0), 1)),
            "height_m": G(lambda f: round(f.r.uniform(1.4, 3.6), 1)),
            "is_electric": G(lambda f: f.pick([True, False])),
            "autopass_tag_id": G(lambda f: f.digits(10)),
            "driver_name": Y(lambda f: f.name_r(), "name"),
        },
    ),
    (
        "track",
        "Rental Vehicle Registered",
        ["python"],
        {
            "rental_agreement": G(lambda f: "RA" + f.digits(8)),
            "vin": Y(lambda f: f.vin(), "serial"),
            "plate": Y(lambda f: f.plate(), "license"),
            "rental_company": G(lambda f: f.pick(["Hertz", "Avis Norge", "Sixt Hellas"])),
            "driver_license_number": Y(lambda f: f.pick(["", "WDL"]) + f.digits(9), "license"),
            "driver_license_country": G(lambda f: f.pick(["NO", "GR", "US"])),
            "deposit_amount": G(lambda f: f.money(100, 600)),
        },
    ),
    (
        "track",
        "Gate ANPR Read",
        ["go"],
        {
            "camera_id": G(lambda f: f.pick(["cam-mortavika-02", "cam-halhjem-01", "cam-piraeus-e7"])),
            "plate_read": Y(lambda f: f.plate().replace(" ", "").replace("-", ""), "license"),
            "confidence": G(lambda f: round(f.r.uniform(0.55, 0.99), 3)),
            "lane": G(lambda f: f.r.randint(1, 8)),
            "matched_booking": G(lambda f: f.pick([f.booking_ref(), None])),
            "read_at": G(lambda f: f.iso()),
            "vehicle_class": G(lambda f: f.pick(["M1", "N1", "L3", "M1+trailer"])),
        },
    ),
    (
        "track",
        "Billett Kjøpt",
        ["flutter", "python"],
        {
            "billett_id": G(lambda f: f.digits(10)),
            "rute": G(lambda f: "-".join(f.pick(FERRY_ROUTES[:3]))),
            "avgang": G(lambda f: f.iso()),
            "fornavn": Y(lambda f: f.first_r("NO"), "name"),
            "etternavn": Y(lambda f: f.last_r("NO"), "name"),
            "mobilnummer": Y(lambda f: f.tel("NO"), "phone"),
            "epost": Y(lambda f: f.mail("NO"), "email"),
            "postnummer": Y(lambda f: f.town("NO")[0], "zipcode"),
            "poststed": Y(lambda f: f.town("NO")[1], "city"),
            "registreringsnummer": Y(
                lambda f: f.pick(["EL", "EK", "DR", "SV"]) + " " + f.digits(5), "license"
            ),
            "kjøretøytype": G(lambda f: f.pick(["personbil", "bobil", "MC", "varebil"])),
            "antall_passasjerer": G(lambda f: f.r.randint(1, 7)),
            "pris_nok": G(lambda f: f.r.randint(89, 1200)),
            "betalt_med": G(lambda f: f.pick(["vipps", "kort", "autopass"])),
            "ledsagerbevis": RED(lambda f: f.pick([True, False]), "disability"),
            "fødselsnummer": RED(lambda f: f.fnr(), "national id"),
        },
    ),
    (
        "track",
        "Kratisi Oloklirothike",
        ["php"],
        {
            "kratisi_id": G(lambda f: f.digits(9)),
            "onoma": Y(lambda f: f.first_r("GR"), "name"),
            "eponymo": Y(lambda f: f.last_r("GR"), "name"),
            "patronymo": Y(lambda f: f.first_r("GR"), "name"),
            "kinito": Y(lambda f: f.tel("GR"), "phone"),
            "email": Y(lambda f: f.mail("GR"), "email"),
            "arithmos_taftotitas": RED(lambda f: f.gr_id_card(), "national id"),
            "afm": RED(lambda f: f.afm(), "national id"),
            "amka": RED(lambda f: f.amka(), "national id|social security number"),
            "diefthinsi": Y(lambda f: f.street_r("GR"), "address|street"),
            "tk": Y(lambda f: f.town("GR")[0], "zipcode"),
            "poli": Y(lambda f: f.town("GR")[1], "city"),
            "imerominia_gennisis": Y(lambda f: f.dob(), "birthdate"),
            "limani_anaxorisis": G(lambda f: f.pick(["Peiraias", "Rafina", "Lavrio", "Kyllini"])),
            "limani_afixis": G(lambda f: f.pick(["Chania", "Tinos", "Zakynthos", "Mykonos"])),
            "katigoria_eisitiriou": G(
                lambda f: f.pick(["katastroma", "aeroplanou", "kampina_4klini", "kampina_2klini"])
            ),
            "thesi": G(lambda f: f"{f.r.randint(1, 40)}{f.pick('ABCDEF')}"),
            "arithmos_kykloforias": Y(
                lambda f: f"{''.join(f.pick(GR_PLATE_LETTERS) for _ in range(3))}-{f.digits(4)}", "license"
            ),
            "ekptosi_amea": RED(lambda f: f.pick([True, False]), "disability"),
            "ekptosi_polyteknon": G(lambda f: f.pick([True, False])),
            "timi": G(lambda f: f.money(19, 320)),
        },
    ),
    (
        "track",
        "FerryTicketIssued",
        ["dotnet"],
        {
            "TicketNumber": G(lambda f: "TK" + f.digits(10)),
            "Route": G(lambda f: " - ".join(f.pick(FERRY_ROUTES))),
            "DepartureUtc": G(lambda f: f.iso()),
            "PassengerName": Y(lambda f: f.name_r(), "name"),
            "PassengerEmail": Y(lambda f: f.mail(), "email"),
            "VehiclePlate": Y(lambda f: f.plate(), "license"),
            "VehicleLengthCm": G(lambda f: f.r.randint(350, 1200)),
            "FareClass": G(lambda f: f.pick(["Standard", "Flex", "Commuter"])),
            "AmountPaid": G(lambda f: f.money(10, 300)),
            "Currency": G(lambda f: f.pick(["NOK", "EUR", "USD"])),
            "IssuedBy": G(lambda f: f.pick(["web", "kiosk", "onboard"])),
            "IsCommuterPass": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- APIS manifest export (reverse ETL from the warehouse) -----------------------------------
    (
        "track",
        "Manifest Row Exported",
        ["python"],
        {
            "MANIFEST_ID": G(lambda f: "MAN-" + f.digits(8)),
            "VOYAGE_NO": G(lambda f: f.sailing_id()),
            "PAX_SURNAME": Y(lambda f: ascii_fold(f.last_r()).upper(), "name"),
            "PAX_GIVEN_NAMES": Y(lambda f: ascii_fold(f.first_r()).upper(), "name"),
            "BIRTH_DATE": Y(lambda f: f.dob().replace("-", ""), "birthdate"),
            "SEX": Y(lambda f: f.pick(["M", "F"]), "sex|gender"),
            "NATIONALITY": Y(lambda f: f.pick(["NOR", "GRC", "USA", "PHL", "DEU"]), "citizenship"),
            "DOC_TYPE": G(lambda f: f.pick(["P", "I", "C"])),
            "DOC_NUMBER": RED(lambda f: f.passport_no(), "passport"),
            "DOC_EXPIRY": G(lambda f: f.iso_date(2025, 2034).replace("-", "")),
            "EMBARK_PORT": G(lambda f: f.pick(["NOBGO", "GRPIR", "USSEA"])),
            "DEBARK_PORT": G(lambda f: f.pick(["NOKKN", "GRJTR", "USJNU"])),
            "RESIDENCE_ADDRESS": Y(lambda f: f.full_address(), "address"),
            "CREW_FLAG": G(lambda f: f.pick(["N", "Y"])),
            "LOADED_AT": G(lambda f: f.iso()),
        },
    ),
    # ---- travel agents ---------------------------------------------------------------------------
    (
        "track",
        "Agent Booking Created",
        ["web", "ruby"],
        {
            "agent_id": G(lambda f: "AGT" + f.digits(5)),
            "agent_email": Y(
                lambda f: (
                    f"{ascii_fold(f.first_r())}.{ascii_fold(f.last_r())}@"
                    f"{f.pick(['vingnorge', 'aegeantravel', 'cptacoma'])}.example"
                ),
                "email",
            ),
            "agency_id": G(lambda f: f.digits(8)),
            "booking_ref": G(lambda f: f.booking_ref()),
            "client_name": Y(lambda f: f.name_r(), "name"),
            "client_email": Y(lambda f: f.mail(), "email"),
            "client_phone": Y(lambda f: f.tel(), "phone"),
            "gross_fare": G(lambda f: f.money(500, 20000)),
            "commission_amount": G(lambda f: f.money(40, 2000)),
            "group_booking": G(lambda f: f.pick([True, False])),
            "note": Y(agent_note, "phone", True),
        },
    ),
    (
        "track",
        "Passenger Looked Up",
        ["web", "rn"],
        {
            "q": Y(lambda f: f.pick([f.name_r(), f.last_r() + ", " + f.first_r()]), "name", True),
            "scope": G(lambda f: f.pick(["my_agency", "sailing", "all"])),
            "results": G(lambda f: f.r.randint(0, 14)),
            "took_ms": G(lambda f: f.r.randint(12, 900)),
        },
    ),
    (
        "track",
        "Agent Payout Details Updated",
        ["ruby"],
        {
            "agency_id": G(lambda f: f.digits(8)),
            "payout_iban": RED(lambda f: f.iban_r(), "bank account"),
            "bank_bic": G(lambda f: f.pick(["DNBANOKKXXX", "ETHNGRAAXXX", "PIRBGRAA", "NDEANOKK"])),
            "routing_number": G(lambda f: f.aba()),
            "us_account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "account_holder": Y(lambda f: f.name_r(), "name"),
            "tax_id": RED(
                lambda f: f.pick([f.ssn(), f.afm(), f.fnr()]), "national id|social security number"
            ),
            "payout_currency": G(lambda f: f.pick(["NOK", "EUR", "USD"])),
            "changed_by": G(lambda f: "AGT" + f.digits(5)),
        },
    ),
    # ---- crew-facing --------------------------------------------------------------------------
    (
        "track",
        "Shift Clocked In",
        ["rn"],
        {
            "crew_id": G(lambda f: "C" + f.digits(6)),
            "rank": G(lambda f: f.pick(["AB Seaman", "Purser", "Cabin Steward", "2nd Officer", "Sous Chef"])),
            "department": G(lambda f: f.pick(["Deck", "Hotel", "Galley", "Engine"])),
            "vessel": G(lambda f: f.pick(SHIPS)),
            "shift_start": G(lambda f: f.iso()),
            "hourly_rate": Y(lambda f: f.money(9, 48), "salary"),
            "overtime_hours_week": G(lambda f: f.r.randint(0, 20)),
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "rest_hours_compliant": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Crew Certificate Uploaded",
        ["rn", "python"],
        {
            "crew_id": G(lambda f: "C" + f.digits(6)),
            "certificate_type": G(
                lambda f: f.pick(["STCW Basic Safety", "ENG1 Medical", "Crowd Management", "GMDSS"])
            ),
            "certificate_number": Y(lambda f: f.pick(["STCW-", "NO-", "GR-"]) + f.digits(7), "certificate"),
            "expires_on": G(lambda f: f.iso_date(2025, 2030)),
            "seaman_book_number": RED(
                lambda f: f.pick(["NOR", "GRC", "PHL"]) + f.digits(7), "national id|passport"
            ),
            "crew_visa_type": RED(lambda f: f.pick(["C1/D", "Schengen C", "none"]), "visa"),
            "fit_for_duty": Y(lambda f: f.pick([True, False]), "condition"),
            "file_sha1": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "track",
        "CrewPayrollExported",
        ["dotnet"],
        {
            "EmployeeId": G(lambda f: "C" + f.digits(6)),
            "FullName": Y(lambda f: f.name_r(f.pick(["other", "NO", "GR"])), "name"),
            "Iban": RED(lambda f: f.iban_r(), "bank account"),
            "BaseSalary": Y(lambda f: f.r.randint(1800, 9500), "salary"),
            "Currency": G(lambda f: f.pick(["EUR", "USD", "NOK"])),
            "PayPeriod": G(lambda f: f.pick(["2024-11", "2024-12", "2025-01"])),
            "OvertimeHours": G(lambda f: f.r.randint(0, 60)),
            "TaxId": RED(lambda f: f.pick([f.fnr(), f.afm()]), "national id"),
            "TaxCountry": G(lambda f: f.pick(["NO", "GR", "PH"])),
            "JobTitle": G(lambda f: f.pick(["Chief Steward", "Bosun", "Wiper", "Bartender"])),
            "ExportBatch": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Military Discount Applied",
        ["web", "node_ip"],
        {
            "military_status": RED(
                lambda f: f.pick(["active_duty", "veteran", "retired", "reserve"]), "veteran"
            ),
            "service_branch": RED(
                lambda f: f.pick(["Navy", "Army", "Air Force", "Coast Guard", "Marine Corps"]), "veteran"
            ),
            "verification_provider": G(lambda f: "ID.me"),
            "verification_id": G(lambda f: f.uuid()),
            "discount_pct": G(lambda f: f.pick([5, 10])),
            "booking_ref": G(lambda f: f.booking_ref()),
        },
    ),
    # ---- auth, notifications, neutral keys -----------------------------------------------------
    (
        "track",
        "Sign In Code Sent",
        ["node_ip", "python_ip"],
        {
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "magic_link": RED(
                lambda f: "https://www.fjordaegean.example/auth/verify?token=" + f.hexid(48), "token"
            ),
            "expires_in_s": G(lambda f: f.pick([300, 600, 900])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Account Created",
        ["web", "swift", "kotlin"],
        {
            "method": G(lambda f: f.pick(["email", "apple", "google", "vipps"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "has_password": G(lambda f: f.pick([True, False])),
            "email_domain": G(lambda f: f.pick(MAIL_DOMAINS)),
            "newsletter": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: f.pick(["", "FRIEND-" + f.digits(4)])),
        },
    ),
    (
        "track",
        "Contact Detail Verified",
        ["swift", "kotlin", "flutter"],
        {
            "contact": {"type": G(lambda f: "phone"), "value": Y(lambda f: f.tel(), "phone", True)},
            "method": G(lambda f: f.pick(["sms_otp", "call"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "SMS Notification Sent",
        ["go"],
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: f.tel(), "phone", True),
            "from": G(lambda f: f.pick(["+4759446000", "+302104141234", "+12065550142", "FjordAegean"])),
            "text": Y(sms_text, "name", True),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "template": G(lambda f: f.pick(["boarding_reminder", "cabin_ready", "departure_notice"])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        {
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.fjordaegean.example>"),
            "recipient": Y(lambda f: f.mail(), "email", True),
            "from_address": G(
                lambda f: f.pick(["no-reply@fjordaegean.example", "bookings@fjordaegean.example"])
            ),
            "reply_to": G(lambda f: "support@fjordaegean.example"),
            "template": G(
                lambda f: f.pick(["booking_confirmation", "final_documents", "post_cruise_survey"])
            ),
            "opened": G(lambda f: f.pick([True, False])),
            "esp": G(lambda f: f.pick(["sendgrid", "postmark", "ses"])),
        },
    ),
    (
        "track",
        "Chatbot Question Asked",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "input": G(chat_input),
            "intent": G(
                lambda f: f.pick(["pets", "boarding", "packages", "luggage", "ev_charging", "duration"])
            ),
            "handed_to_agent": G(lambda f: f.pick([True, False])),
            "turn": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Pet Added To Booking",
        ["flutter", "web"],
        {
            "booking_ref": G(lambda f: f.booking_ref()),
            "pet_name": G(lambda f: f.pick(["Bamse", "Rex", "Melina", "Kira", "Cooper"])),
            "species": G(lambda f: f.pick(["dog", "cat"])),
            "weight_kg": G(lambda f: round(f.r.uniform(2, 40), 1)),
            "microchip_number": G(lambda f: f.pick(["578", "300", "985"]) + f.digits(12)),
            "kennel_required": G(lambda f: f.pick([True, False])),
            "pet_cabin": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conversion API Event",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["Purchase", "InitiateCheckout", "Lead"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(LOC_UAS)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "external_id": G(lambda f: "u" + f.digits(8)),
                "country": G(lambda f: f.pick(["no", "gr", "us"])),
            },
            "custom_data": {
                "value": G(lambda f: f.money(100, 9000)),
                "currency": G(lambda f: f.pick(["NOK", "EUR", "USD"])),
                "content_ids": Many(G(lambda f: "cab_" + f.hexid(10)), 3),
            },
        },
    ),
    (
        "track",
        "Ad Landing",
        ["web"],
        {
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "landing_page": G(lambda f: f.pick(["/cruises/norway", "/ferries/greece", "/alaska"])),
            "ad_id": G(lambda f: f.digits(17)),
            "adset_id": G(lambda f: f.digits(17)),
            "placement": G(lambda f: f.pick(["instagram_stories", "facebook_feed", "audience_network"])),
        },
    ),
    (
        "track",
        "Cabin Service Requested",
        ["swift", "kotlin"],
        {
            "request_id": G(lambda f: f.uuid()),
            "cabin": G(lambda f: f.cabin()),
            "service": G(
                lambda f: f.pick(["extra_towels", "turndown", "room_service", "maintenance", "baby_cot"])
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "assigned_steward": Y(lambda f: f.name_r(f.pick(["other", "GR", "NO"])), "name"),
            "eta_min": G(lambda f: f.r.randint(5, 60)),
        },
    ),
    (
        "track",
        "Support Ticket Opened",
        ["php", "web"],
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "topic": G(
                lambda f: f.pick(["refund", "name_change", "cabin_upgrade", "lost_property", "complaint"])
            ),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Refund for cancelled sailing",
                        "Change passenger name",
                        "Lost jacket on deck 7",
                        "Upgrade request",
                    ]
                )
            ),
            "booking_ref": G(lambda f: f.booking_ref()),
            "customer_email": Y(lambda f: f.mail(), "email"),
            "support_email": G(
                lambda f: f.pick(["support@fjordaegean.example", "kundeservice@fjordaegean.example"])
            ),
            "support_phone": G(lambda f: f.ship_phone()),
            "priority": G(lambda f: f.pick(["p1", "p2", "p3"])),
        },
    ),
    (
        "track",
        "Lost Property Reported",
        ["web", "swift"],
        {
            "claim_number": G(lambda f: "LP-" + f.digits(6)),
            "item_description": G(
                lambda f: f.pick(
                    [
                        "black North Face jacket",
                        "Kindle in blue case",
                        "child's teddy bear",
                        "prescription sunglasses",
                    ]
                )
            ),
            "found_location": G(lambda f: f.pick(["Deck 7 aft", "Skybar", "Tender 4", "Pool deck"])),
            "owner_name": Y(lambda f: f.name_r(), "name"),
            "owner_phone": Y(lambda f: f.tel(), "phone"),
            "owner_email": Y(lambda f: f.mail(), "email"),
            "owner_cabin": G(lambda f: f.cabin()),
            "ship_to_home": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Next Of Kin Updated",
        ["rn"],
        {
            "crew_id": G(lambda f: "C" + f.digits(6)),
            "kin_name": Y(lambda f: f.name_r(f.pick(["other", "NO", "GR"])), "name"),
            "kin_phone": Y(lambda f: f.tel(), "phone"),
            "kin_address": Y(lambda f: f.full_address(), "address"),
            "kin_relationship": G(
                lambda f: f.pick(["wife", "husband", "mother", "father", "sister", "partner"])
            ),
            "updated_via": G(lambda f: f.pick(["crew_app", "hr_portal"])),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web", "swift"],
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(12)),
            "amount": G(lambda f: f.pick([500, 1000, 2500, 100, 250])),
            "currency": G(lambda f: f.pick(["NOK", "EUR", "USD"])),
            "recipient_name": Y(lambda f: f.name_r(), "name"),
            "recipient_email": Y(lambda f: f.mail(), "email"),
            "sender_name": Y(lambda f: f.first_r(), "name"),
            "message": G(
                lambda f: f.pick(
                    ["Enjoy the fjords!", "God tur!", "Kalo taxidi!", "", "You deserve a break."]
                )
            ),
            "greeting": Y(
                lambda f: (
                    f.pick(["Gratulerer med dagen, ", "Happy retirement ", "Chronia polla "])
                    + f.first_r()
                    + "!"
                ),
                "name",
                True,
            ),
            "redemption_code": RED(
                lambda f: "-".join(
                    "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(4)
                ),
                "secret|token",
            ),
            "deliver_on": G(lambda f: f.iso_date(2025, 2025)),
        },
    ),
    (
        "track",
        "Wi-Fi Package Activated",
        ["python"],
        {
            "package": G(lambda f: f.pick(["Social 24h", "Stream Voyage", "Surf 3 devices"])),
            "device_mac": Y(lambda f: f.mac(), "mac"),
            "device_ip": Y(
                lambda f: f"10.{f.r.randint(40, 63)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", "ip"
            ),
            "cabin": G(lambda f: f.cabin()),
            "folio_id": G(lambda f: "F" + f.digits(8)),
            "satellite_provider": G(lambda f: f.pick(["Starlink", "Marlink", "KVH"])),
            "devices_active": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Manifest Field Corrected",
        ["rn", "java"],
        {
            "correction_id": G(lambda f: f.uuid()),
            "field": G(lambda f: "document_number"),
            "old_value": RED(lambda f: f.passport_no(), "passport", True),
            "new_value": RED(lambda f: f.passport_no(), "passport", True),
            "reason": G(lambda f: f.pick(["ocr_error", "typo", "renewed_document"])),
            "corrected_by": G(lambda f: "C" + f.digits(6)),
        },
    ),
    (
        "track",
        "Login Attempted",
        ["web", "swift", "kotlin", "node_ip"],
        {
            "identifier": Y(lambda f: f.mail(), "email", True),
            "success": G(lambda f: f.pick([True, False])),
            "failure_reason": G(lambda f: f.pick(["", "wrong_password", "locked", "unknown_user"])),
            "mfa_required": G(lambda f: f.pick([True, False])),
            "remember_me": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin", "web"],
        {
            "invitee": Y(lambda f: f.mail(), "email", True),
            "referral_code": G(lambda f: f.pick(["", "FRIEND-" + f.digits(4)])),
            "reward_nok": G(lambda f: f.pick([250, 500])),
            "share_sheet": G(lambda f: f.pick(["messages", "mail", "copy_link", "whatsapp"])),
        },
    ),
    (
        "track",
        "Group Roster Uploaded",
        ["ruby"],
        {
            "group_id": G(lambda f: "GRP-" + f.digits(6)),
            "agency_id": G(lambda f: f.digits(8)),
            "sailing_id": G(lambda f: f.sailing_id()),
            "roster": Many(
                {
                    "given_name": Y(lambda f: f.first_r(), "name"),
                    "family_name": Y(lambda f: f.last_r(), "name"),
                    "dob": Y(lambda f: f.dob(), "birthdate"),
                    "passport_no": RED(lambda f: f.passport_no(), "passport"),
                    "cabin": G(lambda f: f.cabin()),
                    "share_with": G(lambda f: f.r.randint(1, 4)),
                },
                5,
            ),
            "row_count": G(lambda f: f.r.randint(1, 60)),
            "file_name": G(lambda f: f.pick(["roster_final.xlsx", "gruppe_liste.csv", "group_pax_v2.xlsx"])),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        ["web"],
        {
            "sailing_id": G(lambda f: f.sailing_id()),
            "cabin_category": G(lambda f: f.pick(CABIN_CATEGORIES)),
            "first_name": Y(lambda f: f.first_r(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone_number": Y(lambda f: f.tel(), "phone"),
            "party_size": G(lambda f: f.r.randint(1, 6)),
            "position": G(lambda f: f.r.randint(1, 80)),
        },
    ),
    (
        "track",
        "Accessibility Profile Saved",
        ["flutter", "web"],
        {
            "profile_id": G(lambda f: f.uuid()),
            "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
            "hearing_loop_needed": RED(lambda f: f.pick([True, False]), "disability"),
            "visual_impairment": RED(lambda f: f.pick(["none", "low_vision", "blind"]), "disability"),
            "companion_name": Y(lambda f: f.name_r(), "name"),
            "companion_phone": Y(lambda f: f.tel(), "phone"),
            "preferred_font_size": G(lambda f: f.pick(["default", "large", "xl"])),
            "high_contrast": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Crew Shore Pass Issued",
        ["rn"],
        {
            "crew_id": G(lambda f: "C" + f.digits(6)),
            "crew_name": Y(lambda f: f.name_r(f.pick(["other", "GR", "NO"])), "name"),
            "i95_number": RED(lambda f: f.digits(11), "visa"),
            "port": G(lambda f: f.pick(["Seattle", "Juneau", "Ketchikan", "Skagway"])),
            "valid_until": G(lambda f: f.iso_date(2025, 2025)),
            "cbp_inspection_passed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Spa Treatment Booked",
        ["swift", "kotlin"],
        {
            "treatment": G(
                lambda f: f.pick(
                    ["Hot Stone Massage", "Arctic Sauna Ritual", "Olive Oil Facial", "Couples Massage"]
                )
            ),
            "duration_min": G(lambda f: f.pick([30, 50, 80])),
            "therapist_name": Y(lambda f: f.name_r(f.pick(["other", "GR", "NO"])), "name"),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "contraindications": Many(
                Y(
                    lambda f: f.pick(
                        ["high blood pressure", "recent surgery", "varicose veins", "skin allergy"]
                    ),
                    "condition",
                ),
                2,
            ),
            "slot": G(lambda f: f.hhmm()),
            "price": G(lambda f: f.money(69, 390)),
        },
    ),
    (
        "track",
        "Vipps Login Completed",
        ["node"],
        {
            "vipps_session": G(lambda f: f.uuid()),
            "scopes": Many(
                G(
                    lambda f: f.pick(
                        ["openid", "name", "phoneNumber", "email", "birthDate", "nin", "address"]
                    )
                ),
                5,
            ),
            "userinfo": {
                "sub": G(lambda f: f.uuid()),
                "name": Y(lambda f: f.name_r("NO"), "name"),
                "email": Y(lambda f: f.mail("NO"), "email"),
                "phone_number": Y(lambda f: "47" + f.pick(["9", "4"]) + f.digits(7), "phone"),
                "birthdate": Y(lambda f: f.dob(), "birthdate"),
                "nin": RED(lambda f: f.fnr(), "national id"),
                "email_verified": G(lambda f: f.pick([True, False])),
            },
            "linked_existing_account": G(lambda f: f.pick([True, False])),
        },
    ),
]

SERVER = {"python", "python_ip", "node", "node_ip", "go", "java", "ruby", "php", "dotnet"}


def build(seed: int, repeats: int):
    f = Sea(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in SERVER:
                msg["userId"] = f.pick(["u" + f.digits(8), "C" + f.digits(6)])
            else:
                msg["anonymousId"] = f.uuid()
                if f.r.random() < 0.7:
                    msg["userId"] = "u" + f.digits(8)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "agency_" + f.digits(8)
            elif kind == "alias":
                msg["previousId"] = msg.get("anonymousId") or f.uuid()
                msg["userId"] = "u" + f.digits(8)
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            msg["sentAt"] = msg["timestamp"]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=137, repeats=34)
    write(Path(__file__).parent, "holdout137_", events, labels)
