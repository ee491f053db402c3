"""Writes holdout145: tests/corpus/holdout145_events.jsonl and holdout145_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author (only build.py, fake.py, the format of
build_holdout3.py, REFERENCE.md and DESIGN.md were read). Run with
`.venv/bin/python -m tests.corpus.build_holdout145`; deterministic (seed 145).

Domain: "Vela Drive", a usage-based car-insurance telematics app sold in Italy and the UK. Quote
funnel on the web (driver details, licence points and endorsements, named drivers, vehicle look-up
by registration, address look-up, credit check), identify calls from the apps, an Italian Go
backend with Italian keys, a reverse-ETL warehouse sync with SCREAMING_SNAKE traits, a .NET
claims system (PascalCase) and a kebab-case body-shop booking webhook; black box and phone sensor
trips (GPS samples, geohashes, encoded polylines, harsh events), driving scores, crash detection
and emergency contacts, first notice of loss with third parties, witnesses, injured parties and
damage photos, claims handling and payouts, repair bookings, renewals, cards, direct debits and
SEPA mandates, Stripe, Twilio, SendGrid, Onfido, Meta Conversions API and Zendesk shaped payloads,
page / screen / group / alias calls, and the context blocks of analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java, ruby,
php and .NET server libraries.

Conventions: dotted paths from the message root, arrays as `[]`, only properties / traits /
context (flatten() from portal.events). Each leaf carries classification (red / yellow / green),
type (the reference's matcher name where one fits, else `bank account`, `geolocation`,
`national id`, `health id`, `advertising id`, `credit card`, `token`, `secret`, `credit score`,
`criminal record`; `a|b` when either is fair) and value_only (the key does not say what the value
is; then every value of the path holds that PII).

Labelling rules (the product's default colours and published policy, followed as written):
- PII is personal data about a natural person: the user, named drivers, third parties, witnesses,
  injured people, emergency contacts, referral recipients and staff (claims handlers, loss
  adjusters, technicians). Colour is the reference matcher's default; outside the reference, red
  for credentials / secrets / tokens, card numbers, bank accounts, government ids and health ids,
  yellow otherwise.
- Green: ids we or a vendor issue (user, quote, trip, claim, booking, mandate, Stripe customer and
  payment-intent ids, Twilio SIDs), customer / member / claim numbers, police incident
  references, versions, timestamps, hashes of non-PII (a SHA-256 of our user id sent to Meta as
  `external_id`, file checksums), amounts, scores, enums, counters and booleans under
  PII-sounding keys, ages, marital status, occupations, employers, company / product / insurer /
  repair-shop names and their phones, e-mails (role mailboxes), addresses and bank accounts, sort
  codes, card brand / last four / expiry / BIN, countries, provinces and counties, locales, time
  zones, user agents, OS-issued device ids (IDFV, app instance ids), Places session tokens,
  e-mail Message-IDs, vehicle makes, models and nicknames.
- Yellow by policy: insurance policy numbers (`identification`), vehicle plates (`license`), VINs
  (`serial`), credit scores, pay rates (`salary`), ad click ids (gclid, fbclid, fbp, fbc:
  `advertising id`), billing addresses (`address`), the person's postcode (`zipcode`).
- Red by policy: Stripe `pm_` ids, one-time codes (including an OTP inside an SMS text),
  sign-in / password-reset links' tokens, DVLA licence-check share codes, redeemable voucher codes
  (`token|secret`), identity-document numbers (`passport|national id`), codice fiscale and
  National Insurance numbers (`national id`), IBANs and account numbers of people.
- Decisions where the policy is silent (what a careful privacy owner would want flagged):
  driving-licence numbers are `license` (yellow, the reference matcher for them), not the red
  identity-document rule; hardware serials, IMEIs and SIM ICCIDs of the black box fitted in one
  person's car are `serial` (yellow), like its VIN; motoring endorsement / conviction codes (SP30,
  DR10) are yellow `criminal record`, while points totals are green counters; booleans revealing a
  health condition (a DVLA-notifiable condition, the driver was injured) are yellow `condition`,
  and disability booleans (a disability-adapted vehicle, Italian legge 104) are red `disability`;
  an armed-forces discount flag is red `veteran`; honorifics (Mr / Mrs / Ms / Mx) reveal sex and
  are yellow `gender`; a trip's start / end / GPS fixes, geohashes, polylines, what3words and
  map links are yellow `geolocation`; the place of an accident given as an address is yellow
  `address`; a person's birthplace or town of residence is yellow `city`; SHA-256 hashes of an
  e-mail or phone sent to an ad platform are yellow `email|advertising id` / `phone|advertising
  id`; photos of damaged cars are green (things), photos of people (selfies) are yellow `photo`;
  the insurer's own IBAN on a bank-transfer page is green (a business's account).
- Free text is either PII in every value (labelled by that PII, value_only when the key is
  neutral) or carries none (green); no path mixes the two. `context.page.search` sometimes holds
  a gclid and is green, since not every value does.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

IT_FIRST = [
    "Giulia", "Alessandro", "Chiara", "Lorenzo", "Francesca", "Matteo", "Sofia", "Giuseppe", "Martina",
    "Davide", "Elena", "Salvatore", "Federica", "Antonio", "Beatrice", "Gianluca", "Valentina", "Nicolò",
    "Ilaria", "Carmine",
]  # fmt: skip
IT_LAST = [
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
    "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Lombardi", "Barbieri",
    "Fontana", "D'Angelo", "Caruso",
]  # fmt: skip
UK_FIRST = [
    "Oliver", "Amelia", "Harry", "Isla", "George", "Olivia", "Jack", "Emily", "Charlie", "Poppy", "Thomas",
    "Sophie", "Callum", "Niamh", "Rhys", "Eilidh", "Siobhán", "Dylan", "Imogen", "Alfie",
]  # fmt: skip
UK_LAST = [
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
    "Wright", "Hughes", "Murphy", "O'Connor", "MacDonald", "Campbell", "Davies", "Edwards", "Clarke",
    "Pritchard",
]  # fmt: skip
WORLD = [
    ("Wei", "Zhang"), ("Aisha", "Bello"), ("Oksana", "Kovalenko"), ("Mohammed", "Al-Farsi"),
    ("Ana-Maria", "Popescu"), ("Rajesh", "Iyer"), ("Kofi", "Asante"), ("Thi Mai", "Nguyen"),
    ("Fatou", "Diop"), ("Yusuf", "Demir"), ("Agnieszka", "Nowak"), ("Hiroshi", "Tanaka"),
    ("Priyanka", "Sharma"), ("Mehmet", "Y\u0131lmaz"), ("Lucía", "Fernández"), ("Chukwuemeka", "Okonkwo"),
    ("Ioana", "Dumitru"), ("Bilal", "Hussain"), ("Xin", "Liu"), ("Svetlana", "Petrova"),
    ("Jamal", "Haddad"), ("Nomvula", "Dlamini"), ("Dimitris", "Papadopoulos"), ("Zainab", "Qureshi"),
    ("Kenji", "Watanabe"), ("Mariana", "Oliveira"), ("Tomasz", "Wiśniewski"), ("Elif", "Kaya"),
]  # fmt: skip

IT_STREET_NAMES = [
    "Roma", "Giuseppe Garibaldi", "Camillo Benso di Cavour", "Dante Alighieri", "Giuseppe Mazzini",
    "Vittorio Emanuele II", "XX Settembre", "della Repubblica", "Guglielmo Marconi", "Aldo Moro",
    "dei Mille", "San Francesco d'Assisi", "Trieste", "Giacomo Matteotti", "Giacomo Leopardi",
    "delle Rose", "Nazionale", "Libertà",
]  # fmt: skip
UK_STREET_NAMES = [
    "Victoria", "Church", "Station", "Park", "High", "Mill", "Queens", "Grange", "Albert", "Manor",
    "Windsor", "Beech", "Orchard", "Meadow", "Chester", "Cromwell",
]  # fmt: skip
UK_STREET_TYPES = [
    "Road",
    "Street",
    "Lane",
    "Avenue",
    "Close",
    "Drive",
    "Gardens",
    "Crescent",
    "Way",
    "Terrace",
]

# city, province, CAP values, Belfiore code, centre
IT_CITIES = [
    ("Milano", "MI", ["20121", "20135", "20144", "20159", "20162"], "F205", (45.4642, 9.1900)),
    ("Roma", "RM", ["00118", "00136", "00153", "00184", "00197"], "H501", (41.9028, 12.4964)),
    ("Torino", "TO", ["10121", "10138", "10149", "10153"], "L219", (45.0703, 7.6869)),
    ("Napoli", "NA", ["80121", "80132", "80141", "80143"], "F839", (40.8518, 14.2681)),
    ("Bologna", "BO", ["40121", "40126", "40133", "40139"], "A944", (44.4949, 11.3426)),
    ("Firenze", "FI", ["50122", "50127", "50136", "50144"], "D612", (43.7696, 11.2558)),
    ("Bari", "BA", ["70121", "70124", "70126"], "A662", (41.1171, 16.8719)),
    ("Palermo", "PA", ["90133", "90141", "90145"], "G273", (38.1157, 13.3615)),
    ("Genova", "GE", ["16121", "16129", "16146"], "D969", (44.4056, 8.9463)),
    ("Verona", "VR", ["37121", "37135", "37138"], "L781", (45.4384, 10.9916)),
    ("Bergamo", "BG", ["24121", "24125", "24128"], "A794", (45.6983, 9.6773)),
    ("Catania", "CT", ["95121", "95124", "95129"], "C351", (37.5079, 15.0830)),
]
FOREIGN_BIRTH = [
    ("Romania", "Z129"),
    ("Albania", "Z100"),
    ("Marocco", "Z330"),
    ("Cina", "Z210"),
    ("Ucraina", "Z138"),
]
# town, county, postcode area, centre
UK_TOWNS = [
    ("London", "Greater London", ["SW11", "E17", "N7", "SE15", "W5", "NW6"], (51.5072, -0.1276)),
    ("Manchester", "Greater Manchester", ["M14", "M20", "M4"], (53.4808, -2.2426)),
    ("Leeds", "West Yorkshire", ["LS6", "LS8", "LS17"], (53.8008, -1.5491)),
    ("Birmingham", "West Midlands", ["B13", "B29", "B17"], (52.4862, -1.8904)),
    ("Bristol", "Bristol", ["BS6", "BS3", "BS16"], (51.4545, -2.5879)),
    ("Glasgow", "Glasgow City", ["G12", "G41", "G3"], (55.8642, -4.2518)),
    ("Edinburgh", "City of Edinburgh", ["EH6", "EH10", "EH3"], (55.9533, -3.1883)),
    ("Cardiff", "South Glamorgan", ["CF11", "CF24", "CF14"], (51.4816, -3.1791)),
    ("Liverpool", "Merseyside", ["L15", "L18", "L8"], (53.4084, -2.9916)),
    ("Sheffield", "South Yorkshire", ["S7", "S10", "S11"], (53.3811, -1.4701)),
    ("Nottingham", "Nottinghamshire", ["NG5", "NG7", "NG2"], (52.9548, -1.1581)),
    ("Belfast", "County Antrim", ["BT7", "BT9", "BT4"], (54.5973, -5.9301)),
    ("Newcastle upon Tyne", "Tyne and Wear", ["NE2", "NE6", "NE4"], (54.9783, -1.6178)),
    ("Reading", "Berkshire", ["RG1", "RG4", "RG30"], (51.4543, -0.9781)),
]
POSTCODE_UNIT = "ABDEFGHJLNPQRSTUWXYZ"
EMAIL_DOMAINS = [
    "gmail.com", "gmail.com", "libero.it", "hotmail.it", "outlook.com", "yahoo.co.uk", "icloud.com",
    "btinternet.com", "virgilio.it", "tiscali.it", "alice.it", "hotmail.co.uk", "live.it", "proton.me",
]  # fmt: skip
IT_MOBILE = [
    "320",
    "324",
    "327",
    "328",
    "329",
    "333",
    "334",
    "335",
    "338",
    "339",
    "340",
    "342",
    "345",
    "347",
    "348",
    "349",
    "351",
    "366",
    "368",
    "380",
    "388",
    "389",
    "391",
    "392",
    "393",
]
MAKES_MODELS = [
    ("Fiat", "Panda"), ("Fiat", "500"), ("Volkswagen", "Golf"), ("Ford", "Fiesta"), ("Vauxhall", "Corsa"),
    ("Toyota", "Yaris"), ("Renault", "Clio"), ("Peugeot", "208"), ("Lancia", "Ypsilon"),
    ("Nissan", "Qashqai"),
    ("Kia", "Sportage"), ("Dacia", "Sandero"), ("BMW", "1 Series"), ("Alfa Romeo", "Giulietta"),
    ("Tesla", "Model 3"), ("MINI", "Cooper"),
]  # fmt: skip
WMI = [
    "ZFA",
    "WVW",
    "WF0",
    "W0L",
    "JTD",
    "VF1",
    "VF3",
    "ZLA",
    "SJN",
    "KNA",
    "UU1",
    "WBA",
    "ZAR",
    "5YJ",
    "WMW",
]
INSURERS = [
    "Generali",
    "UnipolSai",
    "Allianz",
    "AXA",
    "Aviva",
    "Direct Line",
    "Admiral",
    "LV=",
    "Zurich",
    "Reale Mutua",
    "Prima Assicurazioni",
    "Hastings Direct",
    "Cattolica",
]
REPAIR_SHOPS = [
    ("Carrozzeria Lombarda Srl", "+39 02 4819 2270", "Via Privata Bastia 9, 20139 Milano", "20139"),
    ("Autofficina F.lli Greco", "+39 06 5530 1184", "Via Ostiense 231, 00146 Roma", "00146"),
    ("Carrozzeria Il Ponte", "+39 011 740 9931", "Corso Vercelli 122, 10155 Torino", "10155"),
    ("Northside Accident Repair Centre", "0161 205 4410", "Unit 4, Hulme Hall Lane, Manchester", "M40 8HH"),
    ("Bristol Bodyshop Ltd", "0117 977 3010", "Feeder Road, St Philips, Bristol", "BS2 0TQ"),
    ("Leith Walk Motors", "0131 554 0987", "12 Bonnington Road Lane, Edinburgh", "EH6 5BJ"),
]
PLANS = [
    ("prd_rca", "VD-RCA-2024", "RC Auto Vela Drive"),
    ("prd_fi", "VD-FI-2024", "Furto e Incendio"),
    ("prd_kasko", "VD-KSK-24", "Kasko Completa"),
    ("prd_assist", "VD-ASS-24", "Breakdown Cover Plus"),
    ("prd_legal", "VD-LEG-24", "Motor Legal Protection"),
]
COMPANY_IBANS = ["IT60X0542811101000000123456", "IT48L0306909606100000063125", "IT64S0200801633000105012345"]
UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64URL = ALNUM + "-_"
GEOHASH32 = "0123456789bcdefghjkmnpqrstuvwxyz"
W3W_IT = [
    "tavolo",
    "sedia",
    "lampada",
    "fiume",
    "vela",
    "pane",
    "gatto",
    "strada",
    "nuvola",
    "torre",
    "porta",
]
W3W_EN = ["filled", "count", "soap", "index", "home", "raft", "slurs", "lions", "tiger", "crate", "plan"]


def ascii_fold(s: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return folded.replace("\u0131", "i")


class TF(Fake):
    """Fake values for Italian and British policyholders (and the many others who live there)."""

    # people
    def person(self):
        x = self.r.random()
        if x < 0.4:
            return self.pick(IT_FIRST), self.pick(IT_LAST)
        if x < 0.75:
            return self.pick(UK_FIRST), self.pick(UK_LAST)
        return self.pick(WORLD)

    # A first or full name picks the person; a following last name or e-mail address is theirs.
    def first(self):
        self._who = self.person()
        return self._who[0]

    def it_first(self):
        self._who = (self.pick(IT_FIRST), self.pick(IT_LAST))
        return self._who[0]

    def last(self):
        who = getattr(self, "_who", None) or self.person()
        return who[1]

    def full_name(self):
        self._who = self.person()
        return " ".join(self._who)

    def initial_name(self):
        first, last = self.person()
        return f"{first} {last[0]}."

    def _local_parts(self):
        who, self._who = getattr(self, "_who", None) or self.person(), None
        fi = ascii_fold(who[0]).lower().replace(" ", "").replace("-", "")
        la = ascii_fold(who[1]).lower().replace(" ", "").replace("'", "").replace("-", "")
        return fi, la

    def email(self):
        fi, la = self._local_parts()
        local = self.pick(
            [
                f"{fi}.{la}",
                f"{fi}{la}{self.r.randint(1, 99)}",
                f"{fi[0]}{la}",
                f"{la}.{fi}{self.r.randint(70, 99)}",
                f"{fi}_{la}",
                f"{fi}.{la}{self.r.randint(1980, 2005)}",
            ]
        )
        return f"{local}@{self.pick(EMAIL_DOMAINS)}"

    def staff_email(self):
        fi, la = self._local_parts()
        return f"{fi}.{la}@{self.pick(['velaassicurazioni.it', 'veladrive.co.uk'])}"

    def phone(self, style=None):
        if style == "e164_any":  # what Twilio and SMS providers send: E.164, no spaces
            kind = self.pick(["it", "uk", "uk", "it_land", "uk_land"])
            raw = self.phone(kind)
            digits = "".join(c for c in raw if c.isdigit())
            if kind.startswith("it"):
                return "+" + digits if raw.startswith("+39") else "+39" + digits
            if raw.startswith("+44 (0)"):
                return "+44" + digits[3:]
            return "+" + digits if raw.startswith("+") else "+44" + digits[1:]
        style = style or self.pick(["it", "it", "uk", "uk", "it_land", "uk_land", "other"])
        r = self.r
        if style == "it":
            p, a, b = self.pick(IT_MOBILE), r.randint(100, 999), r.randint(1000, 9999)
            return self.pick(
                [f"+39 {p} {a} {b}", f"{p}{a}{b}", f"+39{p}{a}{b}", f"{p} {a} {b}", f"{p}-{a}{b}"]
            )
        if style == "uk":
            p, n = f"7{r.choice('4579')}{r.randint(10, 99)}", f"{r.randint(100000, 999999)}"
            return self.pick([f"0{p} {n}", f"+44 {p} {n}", f"+44{p}{n}", f"0{p}{n}", f"+44 (0){p} {n}"])
        if style == "it_land":
            return self.pick(
                [
                    f"+39 02 {r.randint(2000, 9999)} {r.randint(1000, 9999)}",
                    f"06 {r.randint(4000, 9999)} {r.randint(1000, 9999)}",
                    f"011 {r.randint(200, 999)} {r.randint(1000, 9999)}",
                    f"+39 081 {r.randint(100, 999)} {r.randint(1000, 9999)}",
                ]
            )
        if style == "uk_land":
            return self.pick(
                [
                    f"020 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
                    f"0161 {r.randint(200, 999)} {r.randint(1000, 9999)}",
                    f"+44 113 {r.randint(200, 999)} {r.randint(1000, 9999)}",
                    f"0131 {r.randint(200, 999)} {r.randint(1000, 9999)}",
                ]
            )
        return self.pick(
            [
                f"+353 8{r.randint(3, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"+40 7{r.randint(20, 89)} {r.randint(100, 999)} {r.randint(100, 999)}",
                f"+48 5{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                f"+49 15{r.randint(10, 99)} {r.randint(1000000, 9999999)}",
                f"+1 {r.randint(201, 989)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
                f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}",
            ]
        )

    def mobile(self):
        return self.phone(self.pick(["it", "uk"]))

    # places: a street starts a new place; city, postcode, region and country follow it, so one
    # address in an event is coherent. A latitude fixes the point its longitude then completes.
    def new_place(self, country=None):
        country = country or ("IT" if self.r.random() < 0.5 else "GB")
        if country == "IT":
            city, prov, caps, _, _ = self.pick(IT_CITIES)
            self._place = {"country": "IT", "city": city, "region": prov, "postal": self.pick(caps)}
        else:
            town, county, areas, _ = self.pick(UK_TOWNS)
            unit = self.pick(POSTCODE_UNIT) + self.pick(POSTCODE_UNIT)
            postal = f"{self.pick(areas)} {self.r.randint(1, 9)}{unit}"
            self._place = {"country": "GB", "city": town, "region": county, "postal": postal}
        return self._place

    def place(self, country=None):
        current = getattr(self, "_place", None)
        if current is None or (country and current["country"] != country):
            return self.new_place(country)
        return current

    def it_street(self):
        self.new_place("IT")
        kind = self.pick(["Via", "Via", "Viale", "Corso", "Piazza", "Largo"])
        n = self.r.randint(1, 220)
        return self.pick(
            [
                f"{kind} {self.pick(IT_STREET_NAMES)} {n}",
                f"{kind} {self.pick(IT_STREET_NAMES)}, {n}",
                f"{kind} {self.pick(IT_STREET_NAMES)} {n}/{self.pick('ABC')}",
                f"{kind} {self.pick(IT_STREET_NAMES)} {n}, int. {self.r.randint(1, 20)}",
            ]
        )

    def uk_street(self):
        self.new_place("GB")
        n = self.r.randint(1, 180)
        road = f"{self.pick(UK_STREET_NAMES)} {self.pick(UK_STREET_TYPES)}"
        return self.pick(
            [f"{n} {road}", f"{n} {road}", f"Flat {self.r.randint(1, 24)}, {n} {road}", f"{n}a {road}"]
        )

    def street(self):
        return self.it_street() if self.r.random() < 0.5 else self.uk_street()

    def uk_postcode(self):
        return self.place("GB")["postal"]

    def it_cap(self):
        return self.place("IT")["postal"]

    def zip(self):
        return self.place()["postal"]

    def city(self):
        return self.place()["city"]

    def region(self):
        return self.place()["region"]

    def country_code(self):
        return self.place()["country"]

    def country_name(self):
        return {"IT": "Italy", "GB": "United Kingdom"}[self.place()["country"]]

    def it_province_new(self):
        return self.new_place("IT")["region"]

    def full_address(self):
        street = self.street()
        pl = self.place()
        if pl["country"] == "IT":
            return f"{street}, {pl['postal']} {pl['city']} ({pl['region']})"
        return f"{street}, {pl['city']} {pl['postal']}"

    def centre(self):
        return self.pick(IT_CITIES)[4] if self.r.random() < 0.55 else self.pick(UK_TOWNS)[3]

    def latlon(self):
        # a phone stays in one area for a while: fixes cluster around the last centre
        if getattr(self, "_centre", None) is None or self.r.random() < 0.3:
            self._centre = self.centre()
        lat, lon = self._centre
        return lat + self.r.uniform(-0.09, 0.09), lon + self.r.uniform(-0.12, 0.12)

    def glat(self):
        lat, lon = self.latlon()
        digits = self.pick([5, 6, 6, 7])
        self._lon = round(lon, digits)
        return round(lat, digits)

    def glon(self):
        lon, self._lon = getattr(self, "_lon", None), None
        return lon if lon is not None else round(self.latlon()[1], 6)

    def sticky(self, key, items, i, first=False):
        """Field i of one item of `items`; the first field of a record picks the item."""
        store = self.__dict__.setdefault("_sticky", {})
        if first or key not in store:
            store[key] = self.pick(items)
        return store[key][i]

    def geohash(self, precision=None):
        lat, lon = self.latlon()
        precision = precision or self.pick([7, 8, 9])
        lat_rng, lon_rng, bits, even, out, ch = [-90.0, 90.0], [-180.0, 180.0], 0, True, "", 0
        while len(out) < precision:
            rng, val = (lon_rng, lon) if even else (lat_rng, lat)
            mid = (rng[0] + rng[1]) / 2
            ch <<= 1
            if val >= mid:
                ch |= 1
                rng[0] = mid
            else:
                rng[1] = mid
            even, bits = not even, bits + 1
            if bits == 5:
                out, bits, ch = out + GEOHASH32[ch], 0, 0
        return out

    def polyline(self, n=None):
        lat, lon = self.latlon()
        points = []
        for _ in range(n or self.r.randint(4, 9)):
            lat, lon = lat + self.r.uniform(-0.01, 0.01), lon + self.r.uniform(-0.01, 0.01)
            points.append((lat, lon))
        out, plat, plon = [], 0, 0
        for lat, lon in points:
            ilat, ilon = round(lat * 1e5), round(lon * 1e5)
            for delta in (ilat - plat, ilon - plon):
                v = ~(delta << 1) if delta < 0 else delta << 1
                while v >= 0x20:
                    out.append(chr((0x20 | (v & 0x1F)) + 63))
                    v >>= 5
                out.append(chr(v + 63))
            plat, plon = ilat, ilon
        return "".join(out)

    def w3w(self):
        words = W3W_IT if self.r.random() < 0.5 else W3W_EN
        return "///" + ".".join(self.r.sample(words, 3))

    def maps_link(self):
        lat, lon = self.latlon()
        return self.pick(
            [
                f"https://maps.google.com/?q={lat:.6f},{lon:.6f}",
                f"https://www.google.com/maps/search/?api=1&query={lat:.5f}%2C{lon:.5f}",
                f"https://maps.apple.com/?ll={lat:.6f},{lon:.6f}",
            ]
        )

    # dates
    def dob(self, style="iso"):
        y, m, d = self.r.randint(1950, 2006), self.r.randint(1, 12), self.r.randint(1, 28)
        if style == "dmy":
            return f"{d:02d}/{m:02d}/{y}"
        if style == "isoz":
            return f"{y}-{m:02d}-{d:02d}T00:00:00.000Z"
        return f"{y}-{m:02d}-{d:02d}"

    def day(self, start=2023, end=2025):
        return f"{self.r.randint(start, end)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    # documents and numbers
    def codice_fiscale(self):
        first, last = self.pick(IT_FIRST), self.pick(IT_LAST)
        vowels = "AEIOU"

        def letters(s):
            return [c for c in ascii_fold(s).upper() if c.isalpha()]

        def part(s, is_name):
            cons = [c for c in letters(s) if c not in vowels]
            vows = [c for c in letters(s) if c in vowels]
            if is_name and len(cons) >= 4:
                return cons[0] + cons[2] + cons[3]
            return "".join((cons + vows + ["X", "X", "X"])[:3])

        female = self.r.random() < 0.5
        y, m, d = self.r.randint(1950, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        place = self.pick(IT_CITIES)[3] if self.r.random() < 0.85 else self.pick(FOREIGN_BIRTH)[1]
        body = f"{part(last, False)}{part(first, True)}{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}"
        body += f"{d + 40 if female else d:02d}{place}"
        odd = dict(
            zip(
                "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [
                    1,
                    0,
                    5,
                    7,
                    9,
                    13,
                    15,
                    17,
                    19,
                    21,
                    1,
                    0,
                    5,
                    7,
                    9,
                    13,
                    15,
                    17,
                    19,
                    21,
                    2,
                    4,
                    18,
                    20,
                    11,
                    3,
                    6,
                    8,
                    12,
                    14,
                    16,
                    10,
                    22,
                    25,
                    24,
                    23,
                ],
            )
        )
        even = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
        total = sum(odd[c] if i % 2 == 0 else even[c] for i, c in enumerate(body))
        return body + chr(65 + total % 26)

    def uk_licence(self):
        _, last = self.person()
        first = self.first()
        sur = "".join(c for c in ascii_fold(last).upper() if c.isalpha())[:5].ljust(5, "9")
        y, m, d = self.r.randint(1950, 2006), self.r.randint(1, 12), self.r.randint(1, 28)
        m += 50 if self.r.random() < 0.5 else 0
        init = ascii_fold(first).upper()[0] + self.pick(["9", "A", "J", "M", "R"])
        check = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(2))
        return f"{sur}{(y // 10) % 10}{m:02d}{d:02d}{y % 10}{init}9{check}"

    def patente(self):
        if self.r.random() < 0.5:
            return f"{self.pick(IT_CITIES)[1]}{self.digits(7)}{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
        mid = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(7))
        return f"U1{mid}{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"

    def licence(self):
        return self.patente() if self.r.random() < 0.45 else self.uk_licence()

    def ni_number(self):
        first = self.r.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = self.r.choice("ABCEGHJKLMNPRSTWXYZ")
        while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            second = self.r.choice("ABCEGHJKLMNPRSTWXYZ")
        d = self.digits(6)
        suffix = self.r.choice("ABCD")
        if self.r.random() < 0.5:
            return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
        return f"{first}{second}{d}{suffix}"

    def passport(self):
        if self.r.random() < 0.5:
            return self.digits(9)  # UK
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + self.digits(7)  # IT

    def plate(self):
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        if self.r.random() < 0.5:
            a = "".join(self.r.choice(L) for _ in range(2))
            b = "".join(self.r.choice(L) for _ in range(2))
            n = self.r.randint(100, 999)
            return self.pick([f"{a}{n}{b}", f"{a} {n} {b}", f"{a}{n}{b}"])
        area = "".join(self.r.choice("ABCDEFGHKLMNOPRSVWY") for _ in range(2))
        age = self.pick(["15", "18", "19", "21", "22", "23", "24", "65", "68", "70", "71", "73", "74"])
        tail = "".join(self.r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
        return self.pick([f"{area}{age} {tail}", f"{area}{age}{tail}"])

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        body = list(self.pick(WMI) + "".join(self.r.choice(chars) for _ in range(5)) + "0")
        body += [self.r.choice("LMNPRS"), self.r.choice(chars)] + [
            str(self.r.randint(0, 9)) for _ in range(6)
        ]
        groups = ["", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ"]
        translit = {c: v for v, group in enumerate(groups) for c in group}
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        total = sum((int(c) if c.isdigit() else translit[c]) * w for c, w in zip(body, weights, strict=True))
        body[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(body)

    def imei(self):
        return self.luhn_complete(self.pick(["35", "86", "35", "01"]) + self.digits(12))

    def iccid(self):
        return self.luhn_complete(
            "89" + self.pick(["44", "39"]) + self.pick(["10", "30", "01", "88"]) + self.digits(12)
        )

    def _mod97(self, country, bban):
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        return f"{country}{98 - int(numeric) % 97:02d}{bban}"

    def person_iban(self):
        if self.r.random() < 0.6:
            bban = self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + self.pick(
                ["03069", "02008", "05034", "03062", "01030"]
            )
            bban += self.digits(5) + self.digits(12).rjust(12, "0")
            raw = self._mod97("IT", bban)
        else:
            raw = self._mod97(
                "GB", self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(6) + self.digits(8)
            )
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def sort_code(self):
        return self.pick(["20-32-06", "40-47-84", "30-99-50", "60-16-13", "09-01-28", "11-00-01", "77-91-24"])

    def gclid(self):
        return "Cj0KCQjw" + "".join(self.r.choice(B64URL) for _ in range(76)) + "_BwE"

    def fbclid(self):
        return "IwAR" + "".join(self.r.choice(B64URL) for _ in range(58))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def stripe(self, prefix, n=24):
        return prefix + "".join(self.r.choice(ALNUM) for _ in range(n))

    def sid(self, prefix):
        return prefix + self.hexid(32)

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def ipaddr(self):
        if self.r.random() < 0.8:
            return self.ipv4()
        prefix = self.pick(["2a00:23c5", "2a02:c7c", "2001:b07", "2a01:4b00", "2a02:8084", "2a0e:97c0"])
        return prefix + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))


# -- contexts of the client libraries ---------------------------------------------------------------

WEB_PAGES = [
    ("/preventivo", "Preventivo assicurazione auto | Vela", "https://www.velaassicurazioni.it"),
    ("/preventivo/veicolo", "Il tuo veicolo | Vela", "https://www.velaassicurazioni.it"),
    ("/quote/driver", "Your details | Vela Drive", "https://www.veladrive.co.uk"),
    ("/quote/vehicle", "Your car | Vela Drive", "https://www.veladrive.co.uk"),
    ("/claims/new", "Make a claim | Vela Drive", "https://www.veladrive.co.uk"),
    ("/area-clienti/pagamenti", "Pagamenti | Area clienti Vela", "https://www.velaassicurazioni.it"),
    ("/my-account/renewal", "Your renewal | Vela Drive", "https://www.veladrive.co.uk"),
]


def web_context(f: TF):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "4.16.1"])),
        },
        "page": {
            "path": G(lambda f: f.sticky("page", WEB_PAGES, 0, True)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "https://www.google.it/",
                        "",
                        "https://www.comparethemarket.com/",
                        "https://www.facile.it/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "",
                        "?step=2",
                        "?utm_source=google&utm_medium=cpc",
                        "?gclid=" + f.gclid(),
                        "?ref=renewal_email",
                    ]
                )
            ),
            "title": G(lambda f: f.sticky("page", WEB_PAGES, 1)),
            "url": G(lambda f: f.sticky("page", WEB_PAGES, 2) + f.sticky("page", WEB_PAGES, 0)),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["it-IT", "en-GB", "it", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Europe/London"])),
        "ip": Y(lambda f: f.ipaddr(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["rc_auto_primavera", "blackbox_young_drivers", "renewal_q2", "brand_it"])
            ),
            "source": G(
                lambda f: f.pick(["google", "facebook", "newsletter", "facile.it", "moneysupermarket"])
            ),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "affiliate"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "assicurazione auto scatola nera",
                        "black box insurance",
                        "cheap car insurance young drivers",
                        "rc auto online",
                    ]
                )
            ),
        },
    }


def app_traits():
    return {
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "email": Y(lambda f: f.email(), "email"),
        "phone": Y(lambda f: f.mobile(), "phone"),
        "customer_number": G(lambda f: "VC" + f.digits(8)),
        "plan": G(lambda f: f.pick(["Vela Drive", "Vela Drive Plus", "Vela Young Driver"])),
    }


def swift_context(f: TF):
    return {
        "app": {
            "name": G(lambda f: "Vela Drive"),
            "version": G(lambda f: f.pick(["4.12.0", "4.12.1", "4.13.0"])),
            "build": G(lambda f: f.pick(["41200", "41201", "41305"])),
            "namespace": G(lambda f: "it.velaassicurazioni.drive"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "trackingStatus": G(lambda f: f.pick(["authorized", "denied", "notDetermined"])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["it-IT", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["TIM", "Vodafone IT", "WINDTRE", "iliad", "EE", "O2 - UK", "Three"])
            ),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": app_traits(),
    }


def kotlin_context(f: TF):
    return {
        "app": {
            "name": G(lambda f: "Vela Drive"),
            "version": G(lambda f: f.pick(["4.12.0", "4.12.2", "4.13.0"])),
            "build": G(lambda f: f.pick(["412000", "412002", "413000"])),
            "namespace": G(lambda f: "it.velaassicurazioni.drive"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "2201117TY", "CPH2449", "SM-S918B"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "spes", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["it-IT", "en-GB"])),
        "location": {
            "latitude": Y(lambda f: f.glat(), "geolocation"),
            "longitude": Y(lambda f: f.glon(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 35), 2)),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["TIM", "Vodafone IT", "WINDTRE", "iliad", "EE", "vodafone UK", "giffgaff"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Europe/London"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                ]
            )
        ),
        "traits": {**app_traits(), "anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(f: TF):
    return {
        "app": {
            "name": G(lambda f: "Vela Drive UK"),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.3", "2.9.0"])),
            "build": G(lambda f: f.pick(["280", "283", "290"])),
            "namespace": G(lambda f: "uk.co.veladrive.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-G991B", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.18.0"])),
        },
        "locale": G(lambda f: "en-GB"),
        "location": {
            "latitude": Y(lambda f: f.glat(), "geolocation"),
            "longitude": Y(lambda f: f.glon(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 35), 2)),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "timezone": G(lambda f: "Europe/London"),
        "traits": app_traits(),
    }


def flutter_context(f: TF):
    return {
        "app": {
            "name": G(lambda f: "Vela Claims"),
            "version": G(lambda f: f.pick(["1.4.0", "1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["40", "42", "50"])),
            "namespace": G(lambda f: "it.velaassicurazioni.claims"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-A346B", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.9"])),
        },
        "locale": G(lambda f: f.pick(["it_IT", "en_GB"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4.1", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412])),
            "height": G(lambda f: f.pick([844, 915])),
            "density": G(lambda f: f.pick([3.0, 2.625])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Europe/London"])),
        "traits": {"name": Y(lambda f: f.full_name(), "name"), "email": Y(lambda f: f.email(), "email")},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2", "2.2.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.0", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.3.1"],
    "analytics-java": ["3.5.1", "3.5.0", "3.4.0"],
    "analytics-ruby": ["2.4.1", "2.4.3", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.0", "3.6.0"],
    "analytics-csharp": ["2.3.5", "2.4.0", "2.3.2"],
}


def server_context(f: TF, lib: str):
    ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
    if lib == "@segment/analytics-node":
        ctx["ip"] = Y(lambda f: f.ipaddr(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS_WEB))
        ctx["groupId"] = G(lambda f: "brk_" + f.digits(5))
    elif lib == "analytics-php":
        ctx["library"]["consumer"] = G(lambda f: f.pick(["LibCurl", "ForkCurl", "Socket"]))
    elif lib == "analytics-java":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    elif lib == "analytics-go":
        ctx["timezone"] = G(lambda f: "Europe/Rome")
    elif lib == "analytics-csharp":
        ctx["instanceId"] = G(lambda f: f.uuid())
    return ctx


CLIENTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": lambda f: server_context(f, "analytics-python"),
    "node": lambda f: server_context(f, "@segment/analytics-node"),
    "go": lambda f: server_context(f, "analytics-go"),
    "java": lambda f: server_context(f, "analytics-java"),
    "ruby": lambda f: server_context(f, "analytics-ruby"),
    "php": lambda f: server_context(f, "analytics-php"),
    "dotnet": lambda f: server_context(f, "analytics-csharp"),
}
APPS = ["swift", "kotlin", "rn"]
MOBILE = ["swift", "kotlin", "rn", "flutter"]

# -- free text ----------------------------------------------------------------------------------------


def phone_note(f: TF):
    p = f.phone()
    return f.pick(
        [
            f"Call {p} before 6pm",
            f"Cliente chiede di essere richiamato al {p}",
            f"Ring customer on {p} when the car is ready",
            f"Use mobile {p}, landline not answered",
            f"Contattare il {p} per il ritiro dell'auto",
            f"Wife will collect, her number is {p}",
        ]
    )


def name_note(f: TF):
    n = f.full_name()
    return f.pick(
        [
            f"Spoke to {n}, awaiting photos of rear bumper",
            f"Left voicemail for {n}",
            f"{n} confirmed liability accepted by third party insurer",
            f"Email from {n}: repair invoice attached",
            f"Sentito {n}, invierà il CID firmato entro venerdì",
            f"Chased {n} for police report",
        ]
    )


def email_chat(f: TF):
    e = f.email()
    return f.pick(
        [
            f"my new email is {e}",
            f"can you send the certificate to {e} please",
            f"Potete mandare il preventivo a {e}?",
            f"{e} is my wife's address, she's a named driver",
            f"hi I changed email to {e} but still get mails on the old one",
            f"scrivetemi a {e} grazie",
        ]
    )


def otp_sms(f: TF):
    c = f.otp()
    return f.pick(
        [
            f"Il tuo codice di verifica Vela è {c}. Non condividerlo con nessuno.",
            f"Your Vela Drive code is {c}. It expires in 10 minutes.",
            f"{c} is your Vela verification code",
            f"Codice Vela: {c}",
        ]
    )


def typed_address(f: TF):
    """What a person types into an address finder: their street and number, or their postcode."""
    if f.r.random() < 0.5:
        street = f.it_street()
        return f.pick([street, street.lower(), f"{street}, {f.city()[:4]}"])
    street = f.uk_street().split(", ")[-1]
    number = street.split(" ")[0]
    return f.pick([street[: f.r.randint(len(number) + 4, len(street))], street.lower(), f.uk_postcode()])


GREEN_INCIDENT = [
    "Rear-ended at traffic lights on the ring road",
    "Tamponamento al semaforo, danni al paraurti posteriore",
    "Hit a pothole, front tyre and alloy damaged",
    "Reversed into a bollard in the supermarket car park",
    "Urto con veicolo in manovra nel parcheggio",
    "Windscreen cracked by a stone on the motorway",
    "Car keyed overnight while parked on the street",
    "Grandine, carrozzeria ammaccata",
]
GREEN_STATEMENT = [
    "I saw the white van pull out without stopping",
    "Il furgone non si è fermato allo stop",
    "The blue car was going too fast for the wet road",
    "Ho visto l'auto rossa passare col rosso",
    "Both cars were moving slowly, the other driver braked late",
]
GREEN_COMMENT = [
    "I was a passenger, my friend was driving",
    "Ero in treno, non in auto",
    "This was a bus journey",
    "Great service, car back in 3 days",
    "Took too long to get an estimate",
    "Ottimo servizio, auto riconsegnata pulita",
    "App keeps logging trips when I cycle",
]

# -- events -------------------------------------------------------------------------------------------


def conviction():
    return {
        "code": Y(
            lambda f: f.pick(["SP30", "SP50", "CU80", "IN10", "MS90", "DR10", "TS10"]), "criminal record"
        ),
        "date": G(lambda f: f.day(2019, 2024)),
        "points": G(lambda f: f.pick([3, 3, 6, 4, 10])),
        "fine_gbp": G(lambda f: f.pick([100, 200, 450, 1000])),
    }


def plan_product():
    return {
        "product_id": G(lambda f: f.sticky("plan", PLANS, 0, True)),
        "sku": G(lambda f: f.sticky("plan", PLANS, 1)),
        "name": G(lambda f: f.sticky("plan", PLANS, 2)),
        "price": G(lambda f: f.money(15, 900)),
        "quantity": G(lambda f: 1),
    }


IDENTIFY_APP = {
    "firstName": Y(lambda f: f.first(), "name"),
    "lastName": Y(lambda f: f.last(), "name"),
    "email": Y(lambda f: f.email(), "email"),
    "phone": Y(lambda f: f.mobile(), "phone"),
    "birthday": Y(lambda f: f.dob("isoz"), "birthdate"),
    "gender": Y(lambda f: f.pick(["female", "male", "F", "M", "non-binary"]), "gender"),
    "address": {
        "street": Y(lambda f: f.street(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "postalCode": Y(lambda f: f.zip(), "zipcode"),
        "state": G(lambda f: f.region()),
        "country": G(lambda f: f.pick([f.country_code(), f.country_name()])),
    },
    "createdAt": G(lambda f: f.iso()),
    "customer_number": G(lambda f: "VC" + f.digits(8)),
    "policy_number": Y(lambda f: f.pick(["VD", "VL"]) + "-" + f.digits(9), "identification"),
    "plan": G(lambda f: f.pick(["Vela Drive", "Vela Drive Plus", "Vela Young Driver"])),
    "marketing_opt_in": G(lambda f: f.pick([True, False])),
    "preferred_language": G(lambda f: f.pick(["it", "en"])),
    "telematics_enabled": G(lambda f: f.pick([True, False])),
    "drivers_on_policy": G(lambda f: f.r.randint(1, 4)),
    "age": G(lambda f: f.r.randint(18, 82)),
    "email_verified": G(lambda f: f.pick([True, False])),
    "avatar": Y(lambda f: f"https://cdn.veladrive.co.uk/avatars/{f.uuid()}.jpg", "photo"),
}

IDENTIFY_IT = {
    "nome": Y(lambda f: f.it_first(), "name"),
    "cognome": Y(lambda f: f.last(), "name"),
    "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
    "cellulare": Y(lambda f: f.phone("it"), "phone"),
    "email": Y(lambda f: f.email(), "email"),
    "indirizzo_residenza": Y(lambda f: f.it_street(), "address|street"),
    "cap": Y(lambda f: f.it_cap(), "zipcode"),
    "comune": Y(lambda f: f.city(), "city"),
    "provincia": G(lambda f: f.region()),
    "data_nascita": Y(lambda f: f.dob("dmy"), "birthdate"),
    "luogo_nascita": Y(
        lambda f: f.pick([c[0] for c in IT_CITIES] + ["Bucarest", "Tirana", "Casablanca"]), "city"
    ),
    "cittadinanza": Y(
        lambda f: f.pick(["italiana", "italiana", "rumena", "albanese", "marocchina", "cinese"]),
        "citizenship",
    ),
    "stato_civile": G(lambda f: f.pick(["celibe/nubile", "coniugato/a", "divorziato/a", "vedovo/a"])),
    "professione": G(
        lambda f: f.pick(["impiegato", "libero professionista", "insegnante", "pensionato", "studente"])
    ),
    "numero_cliente": G(lambda f: f.digits(8)),
    "classe_merito": G(lambda f: f.r.randint(1, 18)),
    "agevolazione_legge_104": RED(lambda f: f.pick([True, False]), "disability"),
    "consenso_marketing": G(lambda f: f.pick([True, False])),
}

IDENTIFY_WAREHOUSE = {
    "FIRST_NAME": Y(lambda f: f.first(), "name"),
    "LAST_NAME": Y(lambda f: f.last(), "name"),
    "EMAIL": Y(lambda f: f.email(), "email"),
    "PHONE_NUMBER": Y(lambda f: f.mobile(), "phone"),
    "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
    "ADDRESS_LINE_1": Y(lambda f: f.street(), "address|street"),
    "TOWN": Y(lambda f: f.city(), "city"),
    "POSTCODE": Y(lambda f: f.zip(), "zipcode"),
    "POLICY_NUMBER": Y(lambda f: "VD-" + f.digits(9), "identification"),
    "POLICY_STATUS": G(lambda f: f.pick(["ACTIVE", "LAPSED", "CANCELLED", "PENDING_RENEWAL"])),
    "CUSTOMER_ID": G(lambda f: f.digits(7)),
    "LIFETIME_PREMIUM_GBP": G(lambda f: f.money(300, 6000)),
    "DRIVING_SCORE_90D": G(lambda f: f.r.randint(40, 100)),
    "CLAIMS_COUNT": G(lambda f: f.r.randint(0, 4)),
    "HAS_OPEN_CLAIM": G(lambda f: f.pick([True, False])),
    "RENEWAL_DATE": G(lambda f: f.day(2024, 2025)),
    "CREDIT_SCORE": Y(lambda f: f.r.randint(300, 999), "credit score"),
    "MARITAL_STATUS": G(lambda f: f.pick(["MARRIED", "SINGLE", "DIVORCED", "CIVIL_PARTNERSHIP"])),
}

GROUP_DOTNET = {
    "Name": G(
        lambda f: f.pick(["Rapid Couriers Ltd", "Trasporti Bianchi Srl", "GreenCab Leeds", "Edil Nord SpA"])
    ),
    "Industry": G(lambda f: f.pick(["Logistics", "Construction", "Taxi & private hire", "Trasporti"])),
    "FleetSize": G(lambda f: f.r.randint(3, 120)),
    "VatNumber": G(lambda f: f.pick(["IT12345670153", "GB123456789", "IT09876540968", "GB987654321"])),
    "BillingEmail": G(
        lambda f: f.pick(
            ["accounts@rapidcouriers.co.uk", "amministrazione@trasportibianchi.it", "fleet@greencab.co.uk"]
        )
    ),
    "Website": G(
        lambda f: f.pick(
            ["https://rapidcouriers.co.uk", "https://www.trasportibianchi.it", "https://greencab.co.uk"]
        )
    ),
    "CreatedAt": G(lambda f: f.iso()),
    "AccountManagerName": Y(lambda f: f.full_name(), "name"),
}

GROUP_WEB = {
    "name": G(
        lambda f: f.pick(
            ["Northern Insurance Brokers", "Broker Adriatico Snc", "Kent Motor Brokers", "QuoteHub Ltd"]
        )
    ),
    "industry": G(lambda f: "Insurance broking"),
    "plan": G(lambda f: f.pick(["broker_standard", "broker_plus"])),
    "website": G(
        lambda f: f.pick(["https://nib.co.uk", "https://brokeradriatico.it", "https://quotehub.co.uk"])
    ),
    "broker_code": G(lambda f: "BRK" + f.digits(5)),
    "fca_firm_reference": G(lambda f: f.digits(6)),
    "office_phone": G(
        lambda f: f.pick(["0113 496 0000", "+39 071 220 1188", "01622 555 010", "0207 946 0001"])
    ),
    "createdAt": G(lambda f: f.iso()),
}

# (type, event or screen / page name, clients, body, weight)
EVENTS = [
    # -- acquisition and quotes ---------------------------------------------------------------------
    (
        "page",
        "Quote",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Vehicle", "Driver", "Cover", "Summary"])),
            "category": G(lambda f: "Quote"),
            "path": G(lambda f: f.sticky("page", WEB_PAGES, 0, True)),
            "url": G(lambda f: f.sticky("page", WEB_PAGES, 2) + f.sticky("page", WEB_PAGES, 0)),
            "title": G(lambda f: f.sticky("page", WEB_PAGES, 1)),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.facile.it/"])),
            "search": G(lambda f: f.pick(["", "?step=2", "?utm_source=newsletter"])),
        },
        3,
    ),
    (
        "track",
        "Quote Started",
        ["web"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "product": G(lambda f: f.pick(["car", "van", "young_driver"])),
            "entry_point": G(lambda f: f.pick(["homepage", "aggregator", "renewal_email", "app"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "aggregator_ref": G(lambda f: f.pick(["CTM", "MSM", "FACILE", "SEGUGIO"]) + "-" + f.digits(9)),
        },
        1,
    ),
    (
        "track",
        "Vehicle Looked Up",
        ["web", "rn"],
        {
            "q": Y(lambda f: f.plate(), "license", True),
            "result_make": G(lambda f: f.sticky("car", MAKES_MODELS, 0, True)),
            "result_model": G(lambda f: f.sticky("car", MAKES_MODELS, 1)),
            "result_year": G(lambda f: f.r.randint(2008, 2024)),
            "fuel_type": G(lambda f: f.pick(["petrol", "diesel", "hybrid", "electric", "GPL"])),
            "abi_code": G(lambda f: f.digits(8)),
            "lookup_provider": G(lambda f: f.pick(["DVLA VES", "ANIA", "Motorweb", "CAP HPI"])),
            "match_found": G(lambda f: f.pick([True, True, False])),
            "estimated_value": G(lambda f: f.r.randint(1500, 45000)),
        },
        1,
    ),
    (
        "track",
        "Driver Details Entered",
        ["web"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(2, 4)),
            "driver": {
                "salutation": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Miss", "Mx"]), "gender"),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob("dmy"), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "marital_status": G(
                    lambda f: f.pick(["married", "single", "divorced", "civil_partner", "widowed"])
                ),
                "occupation": G(
                    lambda f: f.pick(
                        ["Nurse", "Software Engineer", "Teacher", "Retired", "Electrician", "Student"]
                    )
                ),
                "employer_industry": G(
                    lambda f: f.pick(["Healthcare", "IT", "Education", "Construction", "Retail"])
                ),
                "licence_type": G(lambda f: f.pick(["full_uk", "provisional", "full_eu", "international"])),
                "licence_held_years": G(lambda f: f.r.randint(0, 50)),
                "licence_number": Y(lambda f: f.uk_licence(), "license"),
                "licence_points": G(lambda f: f.pick([0, 0, 3, 6, 9])),
                "uk_resident_since": G(lambda f: f.r.randint(1960, 2023)),
                "homeowner": G(lambda f: f.pick([True, False])),
                "dvla_medical_condition": Y(lambda f: f.pick([True, False]), "condition"),
                "disability_adapted_vehicle": RED(lambda f: f.pick([True, False]), "disability"),
                "forces_discount": RED(lambda f: f.pick([True, False]), "veteran"),
                "convictions": Many(conviction(), 2),
            },
        },
        1,
    ),
    (
        "track",
        "Named Driver Added",
        ["web", "swift", "kotlin"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "named_driver": {
                "name": Y(lambda f: f.full_name(), "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "partner", "sibling"])),
                "licence_points": G(lambda f: f.pick([0, 0, 3, 6])),
                "occupation": G(lambda f: f.pick(["Student", "Accountant", "Chef", "Retired", "Nurse"])),
                "licence_number": Y(lambda f: f.licence(), "license"),
                "email": Y(lambda f: f.email(), "email"),
                "age": G(lambda f: f.r.randint(17, 85)),
            },
            "named_drivers_count": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Medical Declaration Submitted",
        ["web"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "condition": Y(
                lambda f: f.pick(
                    ["epilepsy", "type 1 diabetes", "sleep apnoea", "glaucoma", "heart condition"]
                ),
                "condition",
            ),
            "medication": Y(
                lambda f: f.pick(["insulin", "levetiracetam", "CPAP therapy", "bisoprolol", "latanoprost"]),
                "medication",
            ),
            "dvla_notified": G(lambda f: f.pick([True, False])),
            "declared_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Address Lookup Used",
        ["web"],
        {
            "query": Y(typed_address, "address|zipcode", True),
            "provider": G(lambda f: f.pick(["loqate", "google_places", "getaddress.io"])),
            "session_token": G(lambda f: f.uuid()),
            "results_count": G(lambda f: f.r.randint(0, 10)),
        },
        1,
    ),
    (
        "track",
        "Address Selected",
        ["web"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "address": {
                "line1": Y(lambda f: f.uk_street(), "address|street"),
                "town": Y(lambda f: f.city(), "city"),
                "county": G(lambda f: f.region()),
                "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
                "country": G(lambda f: f.pick(["GB", "United Kingdom"])),
            },
            "address_source": G(lambda f: f.pick(["lookup", "manual"])),
            "overnight_parking": G(lambda f: f.pick(["driveway", "garage", "street", "car_park"])),
            "postcode_valid": G(lambda f: f.pick([True, True, False])),
        },
        1,
    ),
    (
        "track",
        "Quote Calculated",
        ["node"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "premium_annual": G(lambda f: f.money(280, 2400)),
            "premium_monthly": G(lambda f: f.money(25, 210)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "insurer_panel": Many(G(lambda f: f.pick(INSURERS)), 4),
            "credit_score": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "credit_check_provider": G(lambda f: f.pick(["Experian", "Equifax", "TransUnion", "CRIF"])),
            "risk_band": G(lambda f: f.pick(["A", "B", "C", "D"])),
            "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            "policy_start_date": G(lambda f: f.day(2024, 2025)),
            "black_box_required": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Preventivo Calcolato",
        ["go"],
        {
            "id_preventivo": G(lambda f: f.digits(10)),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
            "targa": Y(lambda f: f.plate(), "license"),
            "classe_cu": G(lambda f: f.r.randint(1, 18)),
            "premio_annuo": G(lambda f: f.money(300, 1800)),
            "data_decorrenza": G(lambda f: f.day(2024, 2025)),
            "provincia_residenza": G(lambda f: f.it_province_new()),
            "comune_residenza": Y(lambda f: f.city(), "city"),
            "cap_residenza": Y(lambda f: f.it_cap(), "zipcode"),
            "data_nascita": Y(lambda f: f.dob("dmy"), "birthdate"),
            "sesso": Y(lambda f: f.pick(["M", "F"]), "gender|sex"),
            "professione": G(lambda f: f.pick(["impiegato", "artigiano", "insegnante", "pensionato"])),
            "garanzie": Many(
                G(
                    lambda f: f.pick(
                        [
                            "furto_incendio",
                            "kasko",
                            "assistenza_stradale",
                            "cristalli",
                            "infortuni_conducente",
                        ]
                    )
                ),
                3,
            ),
            "scatola_nera": G(lambda f: f.pick([True, False])),
            "numero_pratica": G(lambda f: "3" + f.digits(9)),
            "canale": G(lambda f: f.pick(["web", "app", "agenzia", "comparatore"])),
        },
        1,
    ),
    (
        "track",
        "Quote Retrieved",
        ["web"],
        {
            "quote_ref": G(lambda f: "Q" + f.digits(8)),
            "retrieve_email": Y(lambda f: f.email(), "email"),
            "days_since_quote": G(lambda f: f.r.randint(0, 30)),
            "price_changed": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Broker Quote Received",
        ["dotnet"],
        {
            "BrokerCode": G(lambda f: "BRK" + f.digits(5)),
            "QuoteReference": G(lambda f: "BQ-" + f.digits(7)),
            "ProposerName": Y(lambda f: f.full_name(), "name"),
            "ProposerDob": Y(lambda f: f.dob("isoz"), "birthdate"),
            "VehicleReg": Y(lambda f: f.plate(), "license"),
            "AnnualPremium": G(lambda f: f.money(300, 2500)),
            "CommissionPct": G(lambda f: f.pick([7.5, 10.0, 12.5])),
            "InsurerName": G(lambda f: f.pick(INSURERS)),
            "BrokerEmail": G(
                lambda f: f.pick(
                    ["quotes@nib.co.uk", "preventivi@brokeradriatico.it", "newbusiness@quotehub.co.uk"]
                )
            ),
            "BrokerPhone": G(lambda f: f.pick(["0113 496 0000", "+39 071 220 1188", "0207 946 0001"])),
            "ReceivedUtc": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Lead Captured",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["quote_save", "callback", "newsletter_footer"])),
            "step": G(lambda f: f.r.randint(1, 5)),
            "field": {"name": G(lambda f: "email"), "value": Y(lambda f: f.email(), "email", True)},
        },
        1,
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        {
            "input": Y(lambda f: f.phone(), "phone", True),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "reason": G(lambda f: f.pick(["quote_help", "claim", "renewal", "black_box"])),
            "consent_given": G(lambda f: True),
        },
        1,
    ),
    ("identify", None, ["web", "swift", "kotlin", "rn"], IDENTIFY_APP, 2),
    ("identify", None, ["go"], IDENTIFY_IT, 1),
    ("identify", None, ["node"], IDENTIFY_WAREHOUSE, 1),
    ("group", None, ["dotnet"], GROUP_DOTNET, 1),
    ("group", None, ["web"], GROUP_WEB, 1),
    ("alias", None, ["web", "swift", "kotlin"], None, 1),
    # -- onboarding -----------------------------------------------------------------------------------
    (
        "track",
        "Sign Up Completed",
        APPS,
        {
            "method": G(lambda f: f.pick(["email", "apple", "google", "spid"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: f.pick(["VELA", "DRIVE", "AMICO"]) + f.digits(4)),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
        1,
    ),
    (
        "track",
        "OTP Sent",
        ["python"],
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "otp_code": RED(lambda f: f.otp(), "token"),
            "expires_in_s": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "vonage", "aws_sns"])),
            "phone_country": G(lambda f: f.pick(["IT", "GB", "IE", "RO"])),
        },
        1,
    ),
    (
        "track",
        "OTP Verified",
        APPS,
        {
            "otp_attempts": G(lambda f: f.r.randint(1, 3)),
            "verified": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Password Reset Requested",
        ["ruby"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_link": RED(
                lambda f: (
                    "https://account.veladrive.co.uk/reset?token="
                    + "".join(f.r.choice(B64URL) for _ in range(43))
                ),
                "token",
            ),
            "requested_ip": Y(lambda f: f.ipaddr(), "ip"),
            "link_expires_at": G(lambda f: f.iso()),
            "account_locked": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Telematics Permissions Updated",
        APPS,
        {
            "location_permission": G(lambda f: f.pick(["always", "while_in_use", "denied"])),
            "precise_location": G(lambda f: f.pick([True, False])),
            "motion_permission": G(lambda f: f.pick(["granted", "denied"])),
        },
        1,
    ),
    (
        "track",
        "Black Box Installed",
        ["java"],
        {
            "box_serial": Y(lambda f: "TBX" + f.digits(10), "serial"),
            "box_imei": Y(lambda f: f.imei(), "serial"),
            "sim_iccid": Y(lambda f: f.iccid(), "serial"),
            "installer_company": G(
                lambda f: f.pick(["Octo Telematics", "Viasat", "Wunelli Installs", "AutoFit UK"])
            ),
            "installer_technician_name": Y(lambda f: f.full_name(), "name"),
            "install_appointment_at": G(lambda f: f.iso()),
            "vehicle_vin": Y(lambda f: f.vin(), "serial"),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "firmware": G(lambda f: f.pick(["03.27.14", "03.28.02", "04.00.01"])),
            "install_postcode": Y(lambda f: f.zip(), "zipcode"),
        },
        1,
    ),
    (
        "track",
        "Sensor Tag Paired",
        APPS,
        {
            "tag_mac": Y(lambda f: f.mac(), "mac"),
            "tag_firmware": G(lambda f: f.pick(["1.2.0", "1.3.1", "1.3.4"])),
            "tag_battery_pct": G(lambda f: f.r.randint(5, 100)),
        },
        1,
    ),
    (
        "track",
        "Intestatario Veicolo Aggiunto",
        ["go"],
        {
            "targa": Y(lambda f: f.plate(), "license"),
            "intestatario": {
                "tipo": G(lambda f: f.pick(["persona_fisica", "persona_fisica", "coniuge", "genitore"])),
                "nome_cognome": Y(lambda f: f"{f.pick(IT_FIRST)} {f.pick(IT_LAST)}", "name"),
                "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
                "indirizzo": Y(lambda f: f.full_address(), "address"),
            },
            "coincide_con_contraente": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Emergency Contacts Updated",
        ["swift", "kotlin"],
        {
            "contacts": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.mobile(), "phone"),
                    "relationship": G(
                        lambda f: f.pick(["partner", "mother", "father", "friend", "sibling", "figlio"])
                    ),
                },
                2,
            ),
            "crash_alerts_enabled": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Vehicle Added",
        MOBILE,
        {
            "vehicle": {
                "make": G(lambda f: f.sticky("car", MAKES_MODELS, 0, True)),
                "model": G(lambda f: f.sticky("car", MAKES_MODELS, 1)),
                "year": G(lambda f: f.r.randint(2006, 2024)),
                "fuel": G(lambda f: f.pick(["petrol", "diesel", "hybrid", "electric"])),
                "vin": Y(lambda f: f.vin(), "serial"),
                "plate": Y(lambda f: f.plate(), "license"),
                "nickname": G(
                    lambda f: f.pick(
                        ["La Panda", "Blue Beast", "Nonna's car", "The van", "Pandina", "Work car"]
                    )
                ),
            },
            "vehicles_on_policy": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    # -- trips and scores ---------------------------------------------------------------------------
    (
        "screen",
        "Trip Detail",
        APPS,
        {
            "trip_id": G(lambda f: f.uuid()),
            "trip_score": G(lambda f: f.r.randint(30, 100)),
        },
        2,
    ),
    (
        "screen",
        "Dashboard",
        MOBILE,
        {
            "score_current": G(lambda f: f.r.randint(30, 100)),
            "has_open_claim": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Trip Started",
        APPS,
        {
            "trip_id": G(lambda f: f.uuid()),
            "started_at": G(lambda f: f.epoch_ms()),
            "start_lat": Y(lambda f: f.glat(), "geolocation"),
            "start_lng": Y(lambda f: f.glon(), "geolocation"),
            "start_accuracy_m": G(lambda f: round(f.r.uniform(3, 60), 1)),
            "detection_mode": G(lambda f: f.pick(["auto", "manual", "bluetooth_tag", "black_box"])),
            "vehicle_id": G(lambda f: "veh_" + f.hexid(10)),
        },
        2,
    ),
    (
        "track",
        "Trip Completed",
        APPS,
        {
            "trip_id": G(lambda f: f.uuid()),
            "distance_km": G(lambda f: f.money(0.5, 320)),
            "duration_s": G(lambda f: f.r.randint(120, 14000)),
            "max_speed_kmh": G(lambda f: f.r.randint(30, 175)),
            "avg_speed_kmh": G(lambda f: f.money(12, 110)),
            "harsh_braking_count": G(lambda f: f.r.randint(0, 8)),
            "phone_handling_s": G(lambda f: f.r.randint(0, 300)),
            "score": {
                "overall": G(lambda f: f.r.randint(30, 100)),
                "braking": G(lambda f: f.r.randint(30, 100)),
                "phone_use": G(lambda f: f.r.randint(30, 100)),
            },
            "start": {
                "lat": Y(lambda f: f.glat(), "geolocation"),
                "lng": Y(lambda f: f.glon(), "geolocation"),
                "geohash": Y(lambda f: f.geohash(), "geolocation"),
            },
            "end": {
                "lat": Y(lambda f: f.glat(), "geolocation"),
                "lng": Y(lambda f: f.glon(), "geolocation"),
                "geohash": Y(lambda f: f.geohash(), "geolocation"),
            },
            "route_polyline": Y(lambda f: f.polyline(), "geolocation"),
            "driver_confirmed": G(lambda f: f.pick([True, False])),
            "passenger_trip": G(lambda f: f.pick([True, False, False])),
        },
        3,
    ),
    (
        "track",
        "Harsh Event Detected",
        ["kotlin", "swift"],
        {
            "trip_id": G(lambda f: f.uuid()),
            "event_type": G(lambda f: f.pick(["braking", "acceleration", "cornering", "phone_use"])),
            "g_force": G(lambda f: round(f.r.uniform(0.25, 0.9), 2)),
            "speed_kmh": G(lambda f: f.r.randint(10, 150)),
            "speed_limit_kmh": G(lambda f: f.pick([30, 50, 70, 90, 110, 130])),
            "lat": Y(lambda f: f.glat(), "geolocation"),
            "lon": Y(lambda f: f.glon(), "geolocation"),
            "occurred_at": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Trip Log Uploaded",
        ["go"],
        {
            "device_imei": Y(lambda f: f.imei(), "serial"),
            "trip_ref": G(lambda f: f.digits(11)),
            "samples": Many(
                {
                    "ts": G(lambda f: f.epoch_ms()),
                    "lat": Y(lambda f: f.glat(), "geolocation"),
                    "lon": Y(lambda f: f.glon(), "geolocation"),
                    "spd": G(lambda f: f.r.randint(0, 140)),
                    "ax": G(lambda f: round(f.r.uniform(-0.6, 0.6), 3)),
                },
                5,
            ),
            "file_sha256": G(lambda f: f.hexid(64)),
            "firmware": G(lambda f: f.pick(["03.27.14", "03.28.02", "04.00.01"])),
        },
        2,
    ),
    (
        "track",
        "Driving Score Updated",
        ["python"],
        {
            "score_30d": G(lambda f: f.r.randint(30, 100)),
            "score_delta": G(lambda f: f.r.randint(-15, 15)),
            "percentile": G(lambda f: f.r.randint(1, 99)),
            "band": G(lambda f: f.pick(["A", "B", "C", "D", "E"])),
            "discount_earned_pct": G(lambda f: f.pick([0, 5, 10, 15, 20])),
            "next_review_at": G(lambda f: f.day(2024, 2025)),
        },
        1,
    ),
    (
        "track",
        "Trip Disputed",
        ["swift", "rn"],
        {
            "trip_id": G(lambda f: f.uuid()),
            "reason": G(lambda f: f.pick(["passenger", "not_my_car", "public_transport", "cycling"])),
            "comment": G(lambda f: f.pick(GREEN_COMMENT)),
        },
        1,
    ),
    (
        "track",
        "Trip Shared",
        ["swift", "kotlin"],
        {
            "trip_id": G(lambda f: f.uuid()),
            "shared_with_name": Y(lambda f: f.first(), "name"),
            "shared_with_email": Y(lambda f: f.email(), "email"),
            "share_live_location": G(lambda f: f.pick([True, False])),
            "share_expires_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Driver Switched",
        ["swift"],
        {
            "driver_id": G(lambda f: "drv_" + f.hexid(8)),
            "label": Y(lambda f: f.pick([f.full_name(), f.initial_name()]), "name", True),
            "drivers_on_policy": G(lambda f: f.r.randint(2, 4)),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Saved Place Added",
        ["kotlin", "rn"],
        {
            "place": {
                "label": G(lambda f: f.pick(["Home", "Work", "Casa", "Palestra", "School run", "Ufficio"])),
                "lat": Y(lambda f: f.glat(), "geolocation"),
                "lng": Y(lambda f: f.glon(), "geolocation"),
                "radius_m": G(lambda f: f.pick([100, 150, 250])),
            },
        },
        1,
    ),
    # -- crash detection and FNOL -------------------------------------------------------------------
    (
        "track",
        "Crash Detected",
        ["kotlin", "swift"],
        {
            "crash_id": G(lambda f: f.uuid()),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "peak_g": G(lambda f: round(f.r.uniform(2.5, 12), 1)),
            "speed_before_kmh": G(lambda f: f.r.randint(10, 120)),
            "lat": Y(lambda f: f.glat(), "geolocation"),
            "lng": Y(lambda f: f.glon(), "geolocation"),
            "detected_at": G(lambda f: f.iso()),
            "user_response": G(lambda f: f.pick(["im_ok", "call_help", "no_response"])),
            "emergency_call_placed": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Emergency Contact Notified",
        ["node"],
        {
            "crash_id": G(lambda f: f.uuid()),
            "contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "relationship": G(lambda f: f.pick(["partner", "mother", "father", "friend", "sibling"])),
            },
            "channel": G(lambda f: f.pick(["sms", "call"])),
            "message_sid": G(lambda f: f.sid("SM")),
            "driver_location_link": Y(lambda f: f.maps_link(), "geolocation"),
            "notified_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "FNOL Started",
        ["web", "flutter"],
        {
            "claim_id": G(lambda f: f.uuid()),
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "policy_number": Y(lambda f: f.pick(["VD", "VL"]) + "-" + f.digits(9), "identification"),
            "incident_type": G(lambda f: f.pick(["collision", "theft", "glass", "vandalism", "weather"])),
            "incident_datetime": G(lambda f: f.iso()),
            "incident_address": Y(lambda f: f.full_address(), "address"),
            "police_attended": G(lambda f: f.pick([True, False])),
            "police_reference": G(lambda f: f.pick(["CAD", "MPS", "GMP"]) + f.digits(6)),
            "third_party_involved": G(lambda f: f.pick([True, False])),
            "driver_injured": Y(lambda f: f.pick([True, False]), "condition"),
            "vehicle_driveable": G(lambda f: f.pick([True, False])),
            "description": G(lambda f: f.pick(GREEN_INCIDENT)),
            "channel": G(lambda f: f.pick(["web", "app", "phone"])),
        },
        1,
    ),
    (
        "track",
        "Third Party Details Added",
        ["flutter"],
        {
            "claim_id": G(lambda f: f.uuid()),
            "third_party": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "plate": Y(lambda f: f.plate(), "license"),
                "insurer": G(lambda f: f.pick(INSURERS)),
                "policy_number": Y(lambda f: f.pick(["AX", "GEN", "DL"]) + f.digits(8), "identification"),
                "vehicle": G(lambda f: " ".join(f.pick(MAKES_MODELS))),
                "address": Y(lambda f: f.full_address(), "address"),
            },
            "details_exchanged": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Witness Added",
        ["flutter", "web"],
        {
            "claim_id": G(lambda f: f.uuid()),
            "witness": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "address": Y(lambda f: f.full_address(), "address"),
                "statement": G(lambda f: f.pick(GREEN_STATEMENT)),
            },
            "witness_index": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    (
        "track",
        "Damage Photo Uploaded",
        ["flutter", "rn"],
        {
            "claim_id": G(lambda f: f.uuid()),
            "photo_id": G(lambda f: f.uuid()),
            "url": G(
                lambda f: f"https://claims-media.velaassicurazioni.it/{f.hexid(12)}/{f.r.randint(1, 9)}.jpg"
            ),
            "sha256": G(lambda f: f.hexid(64)),
            "taken_at": G(lambda f: f.iso()),
            "lat": Y(lambda f: f.glat(), "geolocation"),
            "lng": Y(lambda f: f.glon(), "geolocation"),
            "angle": G(lambda f: f.pick(["front", "rear", "front_left", "rear_right", "interior"])),
        },
        1,
    ),
    (
        "track",
        "Injury Details Provided",
        ["web"],
        {
            "claim_id": G(lambda f: f.uuid()),
            "injured_party": {
                "name": Y(lambda f: f.full_name(), "name"),
                "role": G(lambda f: f.pick(["driver", "passenger", "pedestrian", "cyclist"])),
                "injury_type": Y(
                    lambda f: f.pick(
                        ["whiplash", "fractured wrist", "concussion", "bruising", "colpo di frusta"]
                    ),
                    "condition|diagnosis",
                ),
                "ni_number": RED(lambda f: f.ni_number(), "national id"),
                "gp_surgery": G(
                    lambda f: f.pick(
                        ["Hulme Medical Centre", "Clifton Village Practice", "Leith Links Surgery"]
                    )
                ),
            },
            "injured_count": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Sinistro Aperto",
        ["java"],
        {
            "numero_sinistro": G(lambda f: "SIN" + f.digits(9)),
            "numero_polizza": Y(lambda f: "VL" + f.digits(9), "identification"),
            "data_sinistro": G(lambda f: f.day(2023, 2024)),
            "luogo_sinistro": Y(lambda f: f.full_address(), "address"),
            "targa_controparte": Y(lambda f: f.plate(), "license"),
            "compagnia_controparte": G(lambda f: f.pick(INSURERS)),
            "cid_firmato": G(lambda f: f.pick([True, False])),
            "numero_feriti": G(lambda f: f.r.randint(0, 3)),
            "danni_stimati_eur": G(lambda f: f.money(200, 15000)),
            "descrizione": G(lambda f: f.pick(GREEN_INCIDENT)),
            "perito_assegnato": Y(lambda f: f"{f.pick(IT_FIRST)} {f.pick(IT_LAST)}", "name"),
        },
        1,
    ),
    (
        "track",
        "ClaimAssigned",
        ["dotnet"],
        {
            "ClaimNumber": G(lambda f: "CLM-" + f.digits(8)),
            "HandlerId": G(lambda f: f.digits(5)),
            "HandlerName": Y(lambda f: f.full_name(), "name"),
            "HandlerEmail": Y(lambda f: f.staff_email(), "email"),
            "HandlerTeam": G(
                lambda f: f.pick(["Motor Claims UK", "Sinistri Auto Nord", "Total Loss", "Bodily Injury"])
            ),
            "ReserveAmount": G(lambda f: f.money(300, 25000)),
            "FraudScore": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "CustomerPhone": Y(lambda f: f.phone(), "phone"),
        },
        1,
    ),
    (
        "track",
        "ClaimStatusChanged",
        ["dotnet"],
        {
            "ClaimNumber": G(lambda f: "CLM-" + f.digits(8)),
            "PreviousStatus": G(lambda f: f.pick(["Open", "AwaitingDocuments", "Assessment"])),
            "NewStatus": G(lambda f: f.pick(["Assessment", "Approved", "Settled", "Rejected"])),
            "ChangedAtUtc": G(lambda f: f.iso()),
            "Note": Y(name_note, "name", True),
        },
        1,
    ),
    (
        "track",
        "Claim Payment Issued",
        ["php"],
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "payee_name": Y(lambda f: f.full_name(), "name"),
            "payee_iban": RED(lambda f: f.person_iban(), "bank account"),
            "amount": G(lambda f: f.money(100, 12000)),
            "currency": G(lambda f: f.pick(["EUR", "GBP"])),
            "payment_ref": G(lambda f: f.lucky_order_number()),
            "method": G(lambda f: f.pick(["sepa_credit", "faster_payments", "bacs"])),
            "approved_by": Y(lambda f: f.staff_email(), "email"),
        },
        1,
    ),
    (
        "track",
        "Claim Document Uploaded",
        ["web", "flutter"],
        {
            "claim_id": G(lambda f: f.uuid()),
            "document_type": G(
                lambda f: f.pick(["police_report", "repair_estimate", "cid_form", "v5c", "invoice"])
            ),
            "file_name": G(
                lambda f: f.pick(
                    ["IMG_4821.jpg", "preventivo_carrozzeria.pdf", "scan0001.pdf", "estimate.pdf", "CID.pdf"]
                )
            ),
            "sha256": G(lambda f: f.hexid(64)),
        },
        1,
    ),
    (
        "track",
        "Roadside Assistance Requested",
        ["kotlin", "rn"],
        {
            "request_id": G(lambda f: f.uuid()),
            "breakdown_lat": Y(lambda f: f.glat(), "geolocation"),
            "breakdown_lng": Y(lambda f: f.glon(), "geolocation"),
            "what3words": Y(lambda f: f.w3w(), "geolocation"),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "issue_type": G(
                lambda f: f.pick(["flat_battery", "puncture", "wont_start", "accident", "out_of_fuel"])
            ),
            "provider": G(lambda f: f.pick(["ACI Global", "Europ Assistance", "RAC", "Green Flag"])),
            "callback_number": Y(lambda f: f.mobile(), "phone"),
        },
        1,
    ),
    # -- repairs --------------------------------------------------------------------------------------
    (
        "track",
        "Repair Booked",
        ["node"],
        {
            "booking-ref": G(lambda f: "BK-" + f.digits(6)),
            "shop-name": G(lambda f: f.sticky("shop", REPAIR_SHOPS, 0, True)),
            "shop-phone": G(lambda f: f.sticky("shop", REPAIR_SHOPS, 1)),
            "shop-address": G(lambda f: f.sticky("shop", REPAIR_SHOPS, 2)),
            "shop-postcode": G(lambda f: f.sticky("shop", REPAIR_SHOPS, 3)),
            "slot-start": G(lambda f: f.iso()),
            "courtesy-car": G(lambda f: f.pick([True, False])),
            "customer-name": Y(lambda f: f.full_name(), "name"),
            "customer-mobile": Y(lambda f: f.mobile(), "phone"),
            "vehicle-reg": Y(lambda f: f.plate(), "license"),
            "estimate-eur": G(lambda f: f.money(150, 6000)),
            "note": Y(phone_note, "phone", True),
        },
        1,
    ),
    (
        "track",
        "Repair Status Updated",
        ["python"],
        {
            "booking_ref": G(lambda f: "BK-" + f.digits(6)),
            "status": G(
                lambda f: f.pick(["vehicle_received", "awaiting_parts", "in_repair", "ready_for_collection"])
            ),
            "eta": G(lambda f: f.day(2024, 2024)),
            "technician_first_name": Y(lambda f: f.first(), "name"),
            "parts_ordered": Many(
                {
                    "part_number": G(
                        lambda f: f.pick(["5Q0 807 221", "735 634 291", "1K8 941 005", "9812 3456 80"])
                    ),
                    "description": G(
                        lambda f: f.pick(
                            ["Rear bumper cover", "Headlamp LH", "Paraurti anteriore", "Wing mirror glass"]
                        )
                    ),
                    "price": G(lambda f: f.money(20, 900)),
                },
                3,
            ),
        },
        1,
    ),
    # -- renewals and payments ----------------------------------------------------------------------
    (
        "track",
        "Renewal Offered",
        ["python"],
        {
            "policy_number": Y(lambda f: f.pick(["VD", "VL"]) + "-" + f.digits(9), "identification"),
            "renewal_premium": G(lambda f: f.money(250, 2200)),
            "previous_premium": G(lambda f: f.money(250, 2200)),
            "renewal_date": G(lambda f: f.day(2024, 2025)),
            "auto_renew": G(lambda f: f.pick([True, False])),
            "channel": G(lambda f: f.pick(["email", "app", "post"])),
        },
        1,
    ),
    (
        "screen",
        "Policy",
        ["flutter", "rn"],
        {
            "policy_number": Y(lambda f: f.pick(["VD", "VL"]) + "-" + f.digits(9), "identification"),
            "cover_level": G(lambda f: f.pick(["comprehensive", "tpft", "rc_base"])),
            "days_to_renewal": G(lambda f: f.r.randint(0, 365)),
        },
        1,
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(lambda f: f.money(200, 2400)),
            "tax": G(lambda f: f.money(20, 300)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "coupon": G(lambda f: f.pick(["", "SAFE10", "BENVENUTO", "LOYAL5"])),
            "products": Many(plan_product(), 3),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(
                lambda f: f.pick(["card", "paypal", "apple_pay", "direct_debit", "bonifico"])
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "maestro"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["453275", "535522", "374245", "676770", "492181"])),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.country_code()),
            },
            "instalments": G(lambda f: f.pick([1, 10, 12])),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(200, 2400)),
            "tax": G(lambda f: f.money(20, 300)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "payment_method_id": RED(lambda f: f.stripe("pm_1"), "token"),
            "payment_intent_id": G(lambda f: f.stripe("pi_3")),
            "stripe_customer_id": G(lambda f: f.stripe("cus_", 14)),
            "receipt_email": Y(lambda f: f.email(), "email"),
            "products": Many(plan_product(), 3),
        },
        1,
    ),
    (
        "track",
        "Direct Debit Set Up",
        ["ruby"],
        {
            "mandate_id": G(lambda f: "MD000" + f.hexid(9).upper()),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "sort_code": G(lambda f: f.sort_code()),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "bank_name": G(lambda f: f.pick(["Barclays", "NatWest", "Lloyds Bank", "Monzo", "HSBC UK"])),
            "first_collection_date": G(lambda f: f.day(2024, 2025)),
            "instalments": G(lambda f: f.pick([10, 11, 12])),
        },
        1,
    ),
    (
        "track",
        "Addebito SEPA Attivato",
        ["go"],
        {
            "iban": RED(lambda f: f.person_iban(), "bank account"),
            "intestatario_conto": Y(lambda f: f"{f.pick(IT_FIRST)} {f.pick(IT_LAST)}", "name"),
            "id_mandato": G(lambda f: "VELA-" + f.digits(10)),
            "banca": G(
                lambda f: f.pick(["Intesa Sanpaolo", "UniCredit", "BPER Banca", "Fineco", "Banco BPM"])
            ),
            "giorno_addebito": G(lambda f: f.pick([1, 5, 10, 15, 27])),
            "importo_rata": G(lambda f: f.money(25, 180)),
        },
        1,
    ),
    (
        "track",
        "Payment Instructions Shown",
        ["web"],
        {
            "beneficiary_name": G(lambda f: "Vela Assicurazioni S.p.A."),
            "beneficiary_iban": G(lambda f: f.pick(COMPANY_IBANS)),
            "causale": G(lambda f: "RINNOVO Q" + f.digits(8)),
            "amount": G(lambda f: f.money(200, 2000)),
            "due_date": G(lambda f: f.day(2024, 2025)),
        },
        1,
    ),
    (
        "track",
        "Legacy Gateway Error",
        ["php"],
        {
            "gateway": G(lambda f: f.pick(["nexi_xpay", "worldpay_legacy"])),
            "error_code": G(lambda f: f.pick(["E05", "E51", "E14"])),
            "pan": RED(lambda f: f.card(), "credit card"),
            "exp": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
            "amount_cents": G(lambda f: f.r.randint(2500, 200000)),
            "terminal_id": G(lambda f: f.digits(8)),
        },
        1,
    ),
    (
        "track",
        "Policy Cancelled",
        ["python"],
        {
            "policy_number": Y(lambda f: f.pick(["VD", "VL"]) + "-" + f.digits(9), "identification"),
            "reason": G(
                lambda f: f.pick(["sold_vehicle", "found_cheaper", "unhappy_with_app", "moved_abroad"])
            ),
            "refund_amount": G(lambda f: f.money(0, 800)),
            "effective_date": G(lambda f: f.day(2024, 2025)),
            "feedback": G(lambda f: f.pick(GREEN_COMMENT)),
        },
        1,
    ),
    (
        "track",
        "Policy Documents Sent",
        ["python"],
        {
            "recipient_email": Y(lambda f: f.email(), "email"),
            "template": G(lambda f: f.pick(["certificate_of_insurance", "renewal_pack", "set_informativo"])),
            "message_id": G(
                lambda f: (
                    f"<{f.r.randint(20240101000000, 20241231235959)}.{f.hexid(10)}@mail.velaassicurazioni.it>"
                )
            ),
            "documents": Many(
                G(lambda f: f.pick(["certificate.pdf", "schedule.pdf", "ipid.pdf", "set_informativo.pdf"])), 3
            ),
            "reply_to": G(lambda f: f.pick(["noreply@veladrive.co.uk", "assistenza@velaassicurazioni.it"])),
        },
        1,
    ),
    (
        "track",
        "Referral Sent",
        APPS,
        {
            "referral_code": G(lambda f: f.pick(["VELA", "DRIVE", "AMICO"]) + f.digits(4)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "copy_link"])),
            "recipient_phone": Y(lambda f: f.mobile(), "phone"),
            "recipient_first_name": Y(lambda f: f.first(), "name"),
            "reward_amount": G(lambda f: f.pick([20, 25, 30])),
        },
        1,
    ),
    (
        "track",
        "Reward Redeemed",
        APPS,
        {
            "member_number": G(lambda f: "VM" + f.digits(9)),
            "reward_name": G(
                lambda f: f.pick(["Amazon £10 voucher", "Buono Esso 15€", "Free car wash", "Netflix 1 month"])
            ),
            "points_spent": G(lambda f: f.pick([500, 1000, 1500])),
            "voucher_code": RED(
                lambda f: "-".join(
                    "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
                    for _ in range(3)
                ),
                "token|secret",
            ),
        },
        1,
    ),
    (
        "track",
        "Notification Preferences Updated",
        MOBILE,
        {
            "email_marketing": G(lambda f: f.pick([True, False])),
            "sms_marketing": G(lambda f: f.pick([True, False])),
            "phone_calls": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Profile Updated",
        ["swift", "kotlin"],
        {
            "fields_changed": Many(G(lambda f: f.pick(["email", "phone", "address", "occupation"])), 3),
            "email_changed": G(lambda f: f.pick([True, False])),
            "new_email": Y(lambda f: f.email(), "email"),
            "address_changed": G(lambda f: f.pick([True, False])),
            "previous_postcode": Y(lambda f: f.zip(), "zipcode"),
            "phone_count": G(lambda f: f.r.randint(1, 2)),
        },
        1,
    ),
    (
        "track",
        "Licence Check Completed",
        ["java"],
        {
            "licence_number": Y(lambda f: f.uk_licence(), "license"),
            "check_code": RED(
                lambda f: " ".join("".join(f.r.choice(ALNUM) for _ in range(2)) for _ in range(4)), "token"
            ),
            "points_total": G(lambda f: f.pick([0, 0, 3, 6, 9])),
            "endorsements": Many(
                {
                    "code": Y(lambda f: f.pick(["SP30", "CU80", "MS90", "IN10", "DR10"]), "criminal record"),
                    "offence_date": G(lambda f: f.day(2019, 2024)),
                    "points": G(lambda f: f.pick([3, 6, 10])),
                },
                2,
            ),
            "licence_status": G(lambda f: f.pick(["valid", "valid", "expired", "revoked"])),
            "categories": Many(G(lambda f: f.pick(["B", "BE", "AM", "A1", "C1"])), 3),
        },
        1,
    ),
    (
        "track",
        "Identity Check Completed",
        ["node"],
        {
            "applicant_id": G(lambda f: f.uuid()),
            "check_id": G(lambda f: f.uuid()),
            "result": G(lambda f: f.pick(["clear", "consider"])),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "dob": Y(lambda f: f.dob(), "birthdate"),
            "document": {
                "type": G(lambda f: f.pick(["passport", "national_identity_card", "driving_licence"])),
                "issuing_country": G(lambda f: f.pick(["GBR", "ITA", "ROU", "POL"])),
                "number": RED(lambda f: f.passport(), "passport|national id"),
                "expiry_date": G(lambda f: f.day(2025, 2034)),
                "nationality": Y(lambda f: f.pick(["GBR", "ITA", "ROU", "POL", "IND"]), "citizenship"),
            },
            "selfie_url": Y(lambda f: f"https://idv-media.veladrive.co.uk/selfies/{f.uuid()}.jpg", "photo"),
            "face_similarity_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
        },
        1,
    ),
    # -- vendor-shaped payloads -------------------------------------------------------------------------
    (
        "track",
        "Inbound Call Received",
        ["node"],
        {
            "CallSid": G(lambda f: f.sid("CA")),
            "AccountSid": G(lambda f: "AC" + "3f9a1c0e7b2d4a6f8e1c3b5d7f9a0c2e"),
            "From": Y(lambda f: f.phone("e164_any"), "phone"),
            "Caller": Y(lambda f: f.phone("e164_any"), "phone"),
            "To": G(lambda f: f.pick(["+442039362100", "+390299887700", "+441613020500"])),
            "Called": G(lambda f: f.pick(["+442039362100", "+390299887700", "+441613020500"])),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed"])),
            "Direction": G(lambda f: "inbound"),
            "CallerCountry": G(lambda f: f.pick(["GB", "IT", "IE"])),
        },
        1,
    ),
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: "".join(f.r.choice(B64URL) for _ in range(22))),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.r.randint(1, 9)}-{f.hexid(5)}"),
            "smtp-id": G(lambda f: f"<{f.hexid(12)}.{f.hexid(6)}@ismtpd-{f.r.randint(100, 999)}>"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "useragent": G(lambda f: f.pick(UAS_WEB)),
            "ip": Y(lambda f: f.ipaddr(), "ip"),
            "category": Many(G(lambda f: f.pick(["renewal", "transactional", "claims", "marketing"])), 2),
        },
        1,
    ),
    (
        "track",
        "Lead",
        ["node"],
        {
            "event_name": G(lambda f: "Lead"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email|advertising id"),
                "ph": Y(lambda f: f.hexid(64), "phone|advertising id"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "client_ip_address": Y(lambda f: f.ipaddr(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(200, 2000)),
                "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            },
        },
        1,
    ),
    (
        "track",
        "Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["Trips missing", "Cambio targa", "Renewal price query", "Black box not working"]
                )
            ),
            "requester": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "assignee_name": Y(lambda f: f.full_name(), "name"),
            "tags": Many(G(lambda f: f.pick(["telematics", "app", "billing", "vip"])), 3),
            "description": G(
                lambda f: f.pick(
                    [
                        "Can't see my trips for last week",
                        "L'app non registra i viaggi",
                        "Why did my price go up?",
                        "The black box LED is flashing red",
                    ]
                )
            ),
        },
        1,
    ),
    (
        "track",
        "Chat Message Sent",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": G(lambda f: "user"),
            "body": Y(email_chat, "email", True),
            "attachments": G(lambda f: f.r.randint(0, 2)),
        },
        1,
    ),
    (
        "track",
        "SMS Sent",
        ["go"],
        {
            "to": Y(lambda f: f.phone("e164_any"), "phone", True),
            "from": G(lambda f: f.pick(["VELA", "VelaDrive", "+447480801234"])),
            "text": RED(otp_sms, "token", True),
            "message_sid": G(lambda f: f.sid("SM")),
            "segments": G(lambda f: f.pick([1, 1, 2])),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered"])),
        },
        1,
    ),
    (
        "track",
        "Handler Onboarded",
        ["dotnet"],
        {
            "EmployeeId": G(lambda f: f.digits(5)),
            "FullName": Y(lambda f: f.full_name(), "name"),
            "WorkEmail": Y(lambda f: f.staff_email(), "email"),
            "PersonalMobile": Y(lambda f: f.mobile(), "phone"),
            "DateOfBirth": Y(lambda f: f.dob("isoz"), "birthdate"),
            "HourlyRate": Y(lambda f: f.money(12, 32), "salary"),
            "Role": G(lambda f: f.pick(["Claims Handler", "Senior Handler", "Team Leader", "Perito"])),
            "Site": G(lambda f: f.pick(["Manchester", "Milano", "Bari"])),
            "StartDate": G(lambda f: f.day(2023, 2024)),
        },
        1,
    ),
]


def build(seed: int, repeats: int):
    f = TF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "u_" + f.digits(8),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "grp_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CLIENTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=145, repeats=24)
    write(Path(__file__).parent, "holdout145_", events, labels)
