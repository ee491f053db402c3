"""Writes holdout177: tests/corpus/holdout177_events.jsonl and holdout177_labels.json.

Sealed: written by an independent test engineer without reading the detection engine, its
vocabularies, its tests, its documentation or any other corpus's labels, and never scored by its
author. Only the corpus helpers (build.py, fake.py) and build_holdout3.py (for the format) were read.

Domain: "Bazaro", an OLX-like classifieds and second-hand marketplace in Poland, Romania and
Nigeria. Every message picks a market first, so names, phones, addresses, ids, currencies, locales
and time zones agree with it. Covered: listings of cars (VIN, plates), flats, phones (IMEI), jobs
and pets; buyer-seller chat (free text, anti-fraud flags, meet-up points); delivery (parcel lockers,
couriers, dispatch riders, recipients); seller verification (Veriff-shaped webhook, PESEL, CNP,
NIN, BVN, ID cards, passports, selfies, OTPs, Twilio-shaped SMS callbacks); escrow checkout
(Segment e-commerce spec, Stripe-style `pm_` tokens, Paystack-shaped webhook, BLIK codes) and
payouts (.NET PascalCase service, IBANs, NRB, NUBANs); scam reports and moderation (kebab-case);
saved searches, favourites, reviews, job applications, referrals, financing, attribution
(AppsFlyer-shaped, gclid/fbclid/fbp/fbc), e-mail events (SendGrid-shaped); reverse-ETL identifies
and tracks in SCREAMING_SNAKE; Polish and Romanian backend keys. Contexts of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python, node,
go, java, ruby, php and .NET server libraries; identify, track, page, screen, group and alias.

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET payouts,
Twilio), kebab-case (moderation tool), SCREAMING_SNAKE (warehouse syncs) and Polish / Romanian
keys (imie, nazwisko, telefon, miasto, kod_pocztowy, numer_konta, pesel; nume, prenume, oras,
judet, cnp, serie_buletin). Values are generated per market: PESEL and CNP with valid check
digits, Polish ID-card numbers with their check digit, Polish NIP / REGON and Romanian CUI of
companies with valid checksums, mod-97 IBANs (PL, RO; NRB without the country prefix), NUBAN
account numbers with the CBN check digit, Luhn cards (Visa, Mastercard, 19-digit Verve), IMEIs
(Luhn), VINs with the check digit, national phone formats (+48, +40, +234, with and without the
trunk prefix), postal codes (00-950, 6-digit Romanian and Nigerian), coordinates near real cities.

Labelling rules (the Privacy Portal's default colours):
- A path is PII when its values are personal data about a natural person: the user, a buyer or
  seller, a recipient, a referred contact, a reported user, a staff member (moderators, dispatch
  riders, recruiters). Colour: the reference's default for the matcher; outside the reference, red
  for credentials / secrets / one-time codes, card numbers, bank accounts, government ids and
  health ids, yellow otherwise (geolocation, advertising id, credit score).
- Green: ids we or vendors issue (user, ad, order, conversation, shipment, payout, Paystack
  customer / transfer / recipient codes, Twilio SIDs, Message-IDs), UUID tokens (Places session
  token), versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans under
  PII-sounding keys (phoneVerified, emailVerified, bvn_verified, password_strength, email_domain),
  card brand, BIN,
  last four, expiry, masked cards, bank names, bank codes, SWIFT/BIC, listing titles, car makes and
  models, company names, employers, job titles, ages, marital status, pets' names and data (breed,
  microchip number), a business's own phone / e-mail / address / NIP / REGON / CUI (dealers,
  agencies, parcel lockers, call-masking proxy numbers, role mailboxes, SMS sender ids),
  country, state / voivodeship / judet / Nigerian state and LGA, locale, language, time zone,
  currency, user agents, OS-issued device ids (device.id, IDFV), AppsFlyer ids.
- Contested cases follow the product's published policy: insurance policy numbers are yellow
  `identification`; salaries, expected pay and (by the policy, even on a job ad) advertised salary
  ranges are yellow `salary`; credit scores (BIK) yellow `credit score`; plates yellow `license`,
  VINs and IMEIs yellow `serial`; gclid / fbclid / fbp / fbc and IDFA / GAID yellow `advertising
  id`; billing and shipping addresses yellow `address`; payment tokens (`pm_`, Paystack
  authorization codes), BLIK and SMS one-time codes, password-reset links' tokens red `token`;
  identity-document numbers red `national id|passport`; right-to-work / sponsorship answers red
  `visa`; a push token red `token`.
- A boolean that reveals a special category (needs a workplace accommodation) is that category's
  PII (`disability`, red); a roommate profile's religion is yellow `religion`.
- Decisions taken where the policy is silent (what a careful privacy owner would want flagged):
  a listing's city / district / region is the item's public, coarse location: green; a meet-up
  point's coordinates are the person's precise location at a time: yellow `geolocation`, while the
  named public venue (a mall, a metro station) is green; a seller's pickup address and a courier
  drop-off are the person's: yellow; `context.location.city` is the user's current city: yellow.
  BVN is labelled `national id` (red). A CV file name built from the applicant's name is yellow
  `name`, value-only.
- value_only is true when the key does not say what the value is (`value`, `input`, `q`, `text`,
  `details`, `recipient`, `cta_url`, `cv_file_name`, `externalIds[].id`) and only the value tells.
  Every free-text path is generated so that either all its values carry the labelled PII (a
  flagged chat message always holds a phone, a scam report's details always hold the scammer's
  phone) or none does (ordinary chat previews, reviews, courier notes: green).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- market data ----------------------------------------------------------------------------------

PL_FIRST_M = ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Jakub", "Wojciech", "Marek"]
PL_FIRST_F = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Zofia", "Ewa"]
PL_LAST = [
    ("Nowak", "Nowak"),
    ("Kowalski", "Kowalska"),
    ("Wiśniewski", "Wiśniewska"),
    ("Wójcik", "Wójcik"),
    ("Kamiński", "Kamińska"),
    ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"),
    ("Szymański", "Szymańska"),
    ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowska"),
    ("Mazur", "Mazur"),
    ("Krawczyk", "Krawczyk"),
]
UA_IN_PL = [("Oksana", "Shevchenko"), ("Dmytro", "Bondarenko"), ("Olena", "Kovalenko"), ("Andriy", "Melnyk")]
RO_FIRST = [
    "Andrei",
    "Alexandru",
    "Mihai",
    "Ionuț",
    "Ștefan",
    "Răzvan",
    "Elena",
    "Ioana",
    "Maria",
    "Andreea",
    "Mihaela",
    "Bianca",
    "Oana",
    "Levente",
    "Zsófia",
]
RO_LAST = [
    "Popescu",
    "Ionescu",
    "Popa",
    "Pop",
    "Dumitru",
    "Stoica",
    "Gheorghe",
    "Munteanu",
    "Ciobanu",
    "Rusu",
    "Constantin",
    "Lungu",
    "Nagy",
    "Kovács",
    "Dobre",
]
NG_FIRST = [
    "Chinedu",
    "Ngozi",
    "Emeka",
    "Oluwaseun",
    "Adebayo",
    "Funmilayo",
    "Aisha",
    "Ibrahim",
    "Musa",
    "Amina",
    "Chiamaka",
    "Tunde",
    "Yetunde",
    "Obinna",
    "Zainab",
    "Efosa",
    "Halima",
]
NG_LAST = [
    "Okafor",
    "Adeyemi",
    "Okonkwo",
    "Balogun",
    "Bello",
    "Abubakar",
    "Eze",
    "Nwosu",
    "Ogunleye",
    "Mohammed",
    "Obi",
    "Olawale",
    "Danjuma",
    "Osagie",
    "Akande",
    "Igwe",
]

MAIL = {
    "pl": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "op.pl"],
    "ro": ["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"],
}

# city, postcode prefix, region, lat, lon
PL_CITIES = [
    ("Warszawa", "0", "mazowieckie", 52.2297, 21.0122),
    ("Kraków", "3", "małopolskie", 50.0647, 19.9450),
    ("Łódź", "9", "łódzkie", 51.7592, 19.4560),
    ("Wrocław", "5", "dolnośląskie", 51.1079, 17.0385),
    ("Poznań", "6", "wielkopolskie", 52.4064, 16.9252),
    ("Gdańsk", "8", "pomorskie", 54.3520, 18.6466),
    ("Lublin", "2", "lubelskie", 51.2465, 22.5684),
]
RO_CITIES = [
    ("București", "0", "București", 44.4268, 26.1025),
    ("Cluj-Napoca", "400", "Cluj", 46.7712, 23.6236),
    ("Iași", "700", "Iași", 47.1585, 27.6014),
    ("Timișoara", "300", "Timiș", 45.7489, 21.2087),
    ("Constanța", "900", "Constanța", 44.1598, 28.6348),
    ("Brașov", "500", "Brașov", 45.6427, 25.5887),
]
NG_CITIES = [
    ("Lagos", "10", "Lagos", 6.5244, 3.3792),
    ("Abuja", "90", "FCT", 9.0765, 7.3986),
    ("Port Harcourt", "50", "Rivers", 4.8156, 7.0498),
    ("Ibadan", "20", "Oyo", 7.3775, 3.9470),
    ("Kano", "70", "Kano", 12.0022, 8.5920),
    ("Enugu", "40", "Enugu", 6.4584, 7.5464),
]
CITIES = {"pl": PL_CITIES, "ro": RO_CITIES, "ng": NG_CITIES}
DISTRICTS = {
    "pl": ["Mokotów", "Śródmieście", "Wola", "Podgórze", "Krzyki", "Wrzeszcz", "Bałuty", "Jeżyce"],
    "ro": ["Sector 3", "Sector 6", "Mănăștur", "Gheorgheni", "Copou", "Tomis Nord", "Complexul Studențesc"],
    "ng": ["Ikeja", "Lekki", "Yaba", "Wuse 2", "Gwarinpa", "GRA Phase 2", "Bodija", "Surulere"],
}
LGAS = ["Ikeja", "Eti-Osa", "Alimosho", "Surulere", "Kosofe", "AMAC", "Bwari", "Obio/Akpor", "Ibadan North"]
STREETS = {
    "pl": [
        "ul. Marszałkowska",
        "ul. Puławska",
        "ul. Piotrkowska",
        "ul. Długa",
        "ul. Grunwaldzka",
        "al. Jerozolimskie",
        "ul. Lipowa",
        "ul. Słowackiego",
        "os. Kombatantów",
    ],
    "ro": [
        "Str. Mihai Eminescu",
        "Bd. Unirii",
        "Calea Victoriei",
        "Str. Avram Iancu",
        "Aleea Teilor",
        "Str. Observatorului",
        "Bd. 21 Decembrie 1989",
    ],
    "ng": [
        "Adeola Odeku Street",
        "Ahmadu Bello Way",
        "Allen Avenue",
        "Awolowo Road",
        "3rd Avenue, Gwarinpa",
        "Aba Road",
        "Admiralty Way",
        "Herbert Macaulay Way",
    ],
}
CURRENCY = {"pl": "PLN", "ro": "RON", "ng": "NGN"}
LOCALE = {"pl": "pl-PL", "ro": "ro-RO", "ng": "en-NG"}
TZ = {"pl": "Europe/Warsaw", "ro": "Europe/Bucharest", "ng": "Africa/Lagos"}
COUNTRY = {"pl": "PL", "ro": "RO", "ng": "NG"}
HOST = {"pl": "https://www.bazaro.pl", "ro": "https://www.bazaro.ro", "ng": "https://www.bazaro.com.ng"}
CARRIERS = {
    "pl": ["Play", "Orange PL", "T-Mobile.pl", "Plus"],
    "ro": ["Digi.Mobil", "Orange RO", "Vodafone RO", "Telekom.ro"],
    "ng": ["MTN NG", "Airtel NG", "Glo", "9mobile"],
}
PAYOUT_METHODS = {"pl": ["elixir", "express_elixir", "sepa"], "ro": ["transfond", "sent", "sepa"]}
PRICE_SCALE = {"pl": 1, "ro": 1.2, "ng": 350}

CAR_MAKES = [
    ("Volkswagen", ["Golf", "Passat", "Tiguan"], "WVW"),
    ("Škoda", ["Octavia", "Fabia", "Superb"], "TMB"),
    ("Dacia", ["Logan", "Duster", "Sandero"], "UU1"),
    ("Toyota", ["Corolla", "Camry", "RAV4"], "JTD"),
    ("BMW", ["320d", "X3", "520i"], "WBA"),
    ("Renault", ["Clio", "Megane", "Captur"], "VF1"),
    ("Honda", ["Accord", "Civic", "CR-V"], "JHM"),
    ("Lexus", ["RX 350", "ES 350", "GX 460"], "JTJ"),
]
PHONES = [
    ("Apple", "iPhone 13 128GB"),
    ("Apple", "iPhone 14 Pro 256GB"),
    ("Samsung", "Galaxy S23"),
    ("Samsung", "Galaxy A54"),
    ("Xiaomi", "Redmi Note 12"),
    ("Tecno", "Camon 20"),
    ("Infinix", "Hot 30"),
]
EMPLOYERS = [
    "Żabka Polska",
    "InPost",
    "eMAG",
    "Dante International",
    "Jumia Nigeria",
    "Dangote Group",
    "Allegro",
]
JOB_TITLES = [
    "Kurier",
    "Magazynier",
    "Sales Representative",
    "Dispatch Rider",
    "Operator stivuitor",
    "Barista",
]
VENUES = {
    "pl": [
        "Galeria Mokotów, wejście główne",
        "Stacja metra Centrum",
        "Manufaktura, przy fontannie",
        "Orlen, Puławska",
    ],
    "ro": ["Mall Băneasa, intrarea 2", "Piața Unirii, la fântâni", "Iulius Mall Cluj", "Gara de Nord"],
    "ng": ["Ikeja City Mall car park", "Shoprite Lekki", "Jabi Lake Mall", "Tejuosho Market gate"],
}
BANKS = {
    "pl": [
        ("PKO BP", "BPKOPLPW", "1020"),
        ("mBank", "BREXPLPW", "1140"),
        ("ING Bank Śląski", "INGBPLPW", "1050"),
    ],
    "ro": [
        ("Banca Transilvania", "BTRLRO22", "BTRL"),
        ("BRD", "BRDEROBU", "BRDE"),
        ("ING Bank", "INGBROBU", "INGB"),
    ],
    "ng": [
        ("GTBank", "GTBINGLA", "058"),
        ("Access Bank", "ABNGNGLA", "044"),
        ("Zenith Bank", "ZEIBNGLA", "057"),
    ],
}


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ț", "t").replace("ș", "s")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Fk(Fake):
    """Fake with a current market (pl, ro, ng)."""

    m = "pl"
    state: dict = {}

    def new_message(self, market):
        self.m = market
        self.state = {}

    def _sticky(self, key, make):
        if key not in self.state:
            self.state[key] = make()
        return self.state[key]

    def bank_row(self):
        """One bank per message, so the name, BIC and account agree."""
        return self._sticky("bank", lambda: self.pick(BANKS[self.m]))

    def car_row(self):
        return self._sticky("car", lambda: self.pick(CAR_MAKES))

    # -- people
    def person(self):
        m = self.m
        if m == "pl":
            if self.r.random() < 0.12:
                return self.pick(UA_IN_PL)
            if self.r.random() < 0.5:
                return self.pick(PL_FIRST_M), self.pick(PL_LAST)[0]
            return self.pick(PL_FIRST_F), self.pick(PL_LAST)[1]
        if m == "ro":
            return self.pick(RO_FIRST), self.pick(RO_LAST)
        if self.r.random() < 0.08:
            return self.pick(FIRST), self.pick(LAST)
        return self.pick(NG_FIRST), self.pick(NG_LAST)

    def fn(self):
        return self.person()[0]

    def ln(self):
        return self.person()[1]

    def name(self):
        first, last = self.person()
        return f"{first} {last}"

    def short_name(self):
        first, last = self.person()
        return f"{first} {last[0]}."

    def mail(self):
        first, last = (ascii_fold(x).lower().replace("'", "") for x in self.person())
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
                f"{first}_{last}",
            ]
        )
        return f"{user}@{self.pick(MAIL[self.m])}"

    def tel(self):
        r = self.r
        if self.m == "pl":
            a, b, c = (
                r.choice([50, 51, 53, 57, 60, 66, 69, 72, 78, 79, 88]) * 10 + r.randint(0, 9),
                r.randint(0, 999),
                r.randint(0, 999),
            )
            return self.pick(
                [
                    f"+48 {a} {b:03d} {c:03d}",
                    f"{a}{b:03d}{c:03d}",
                    f"+48{a}{b:03d}{c:03d}",
                    f"{a}-{b:03d}-{c:03d}",
                    f"{a} {b:03d} {c:03d}",
                ]
            )
        if self.m == "ro":
            a, b, c = (
                r.choice([721, 722, 723, 724, 740, 745, 752, 762, 766, 770, 788]),
                r.randint(0, 999),
                r.randint(0, 999),
            )
            return self.pick(
                [
                    f"+40 {a} {b:03d} {c:03d}",
                    f"0{a} {b:03d} {c:03d}",
                    f"0{a}{b:03d}{c:03d}",
                    f"+40{a}{b:03d}{c:03d}",
                    f"0{a}.{b:03d}.{c:03d}",
                ]
            )
        a, b, c = (
            r.choice([803, 806, 813, 816, 703, 706, 802, 808, 805, 807, 809, 817, 903, 906]),
            r.randint(0, 999),
            r.randint(0, 9999),
        )
        return self.pick(
            [
                f"+234 {a} {b:03d} {c:04d}",
                f"0{a}{b:03d}{c:04d}",
                f"0{a} {b:03d} {c:04d}",
                f"+234{a}{b:03d}{c:04d}",
                f"234{a}{b:03d}{c:04d}",
            ]
        )

    # -- places
    def cityrow(self):
        return self.pick(CITIES[self.m])

    def town(self):
        return self.cityrow()[0]

    def region(self):
        return self.cityrow()[2]

    def district(self):
        return self.pick(DISTRICTS[self.m])

    def postcode(self):
        row = self.cityrow()
        if self.m == "pl":
            return f"{row[1]}{self.r.randint(0, 9)}-{self.r.randint(0, 999):03d}"
        prefix = row[1]
        return prefix + "".join(str(self.r.randint(0, 9)) for _ in range(6 - len(prefix)))

    def street_line(self):
        s = self.pick(STREETS[self.m])
        n = self.r.randint(1, 180)
        if self.m == "pl":
            return self.pick(
                [f"{s} {n}", f"{s} {n}/{self.r.randint(1, 60)}", f"{s} {n}A m. {self.r.randint(1, 40)}"]
            )
        if self.m == "ro":
            return self.pick(
                [
                    f"{s} nr. {n}",
                    f"{s} nr. {n}, bl. A{self.r.randint(1, 9)}, ap. {self.r.randint(1, 60)}",
                    f"{s} {n}, sc. B, et. 3, ap. 12",
                ]
            )
        return self.pick(
            [
                f"{n} {s}",
                f"{n}B {s}",
                f"Plot {self.r.randint(100, 2999)}, {s}",
                f"Flat {self.r.randint(1, 12)}, {n} {s}",
            ]
        )

    def full_address(self):
        row = self.cityrow()
        if self.m == "pl":
            return f"{self.street_line()}, {self.postcode()} {row[0]}"
        if self.m == "ro":
            return f"{self.street_line()}, {row[0]}, jud. {row[2]}, {self.postcode()}"
        return f"{self.street_line()}, {self.district()}, {row[0]}, {row[2]} State"

    def near(self):
        row = self.cityrow()
        return round(row[3] + self.r.uniform(-0.08, 0.08), 6), round(row[4] + self.r.uniform(-0.08, 0.08), 6)

    def nlat(self):
        return self.near()[0]

    def nlon(self):
        return self.near()[1]

    # -- money
    def price(self, lo, hi):
        return round(self.r.uniform(lo, hi) * PRICE_SCALE[self.m], 2)

    def cur(self):
        return CURRENCY[self.m]

    # -- government ids
    def pesel(self):
        y, mo, d = self.r.randint(1950, 2006), self.r.randint(1, 12), self.r.randint(1, 28)
        mm = mo + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}{self.r.randint(0, 9999):04d}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return body + str((10 - sum(int(c) * k for c, k in zip(body, w)) % 10) % 10)

    def cnp(self):
        y, mo, d = self.r.randint(1950, 2006), self.r.randint(1, 12), self.r.randint(1, 28)
        s = self.pick([1, 2]) if y < 2000 else self.pick([5, 6])
        body = f"{s}{y % 100:02d}{mo:02d}{d:02d}{self.r.randint(1, 46):02d}{self.r.randint(1, 999):03d}"
        c = sum(int(a) * int(b) for a, b in zip(body, "279146358279")) % 11
        return body + str(1 if c == 10 else c)

    def pl_id_card(self):
        letters = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3))
        digits = [self.r.randint(0, 9) for _ in range(5)]
        vals = [ord(c) - 55 for c in letters]
        total = 7 * vals[0] + 3 * vals[1] + vals[2] + sum(d * w for d, w in zip(digits, [7, 3, 1, 7, 3]))
        return f"{letters}{total % 10}{''.join(map(str, digits))}"

    def ro_id_card(self):
        return f"{self.pick(['RX', 'RT', 'XT', 'KX', 'CJ', 'IZ', 'TZ', 'BV'])} {self.digits(6)}"

    def ng_nin(self):
        return self.digits(11)

    def bvn(self):
        return "22" + "".join(str(self.r.randint(0, 9)) for _ in range(9))

    def passport(self):
        if self.m == "pl":
            return self.pick(["EA", "EK", "ER", "FE"]) + self.digits(7)
        if self.m == "ro":
            return "0" + self.digits(8)
        return self.pick(["A", "B"]) + self.digits(8)

    def doc_number(self):
        if self.m == "pl":
            return self.pl_id_card()
        if self.m == "ro":
            return self.ro_id_card().replace(" ", "")
        return self.ng_nin()

    def national_id(self):
        return {"pl": self.pesel, "ro": self.cnp, "ng": self.ng_nin}[self.m]()

    def nip(self):
        while True:
            body = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(8)]
            c = sum(d * w for d, w in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
            if c != 10:
                s = "".join(map(str, body)) + str(c)
                return self.pick([s, f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"])

    def regon(self):
        body = [self.r.randint(0, 9) for _ in range(8)]
        c = sum(d * w for d, w in zip(body, [8, 9, 2, 3, 4, 5, 6, 7])) % 11 % 10
        return "".join(map(str, body)) + str(c)

    def cui(self):
        body = self.digits(self.r.randint(6, 8))
        key = "753217532"[-len(body) :]
        c = sum(int(a) * int(b) for a, b in zip(body, key)) * 10 % 11 % 10
        return self.pick(["RO", ""]) + body + str(c)

    # -- banking
    def _iban(self, country, bban, spaced):
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw

    def bank_account(self):
        spaced = self.r.random() < 0.5
        if self.m == "pl":
            iban = self._iban("PL", self.bank_row()[2] + self.digits(4) + self.digits(16), spaced)
            if self.r.random() < 0.4:  # the domestic NRB: the IBAN without "PL"
                return iban[2:].lstrip()
            return iban
        if self.m == "ro":
            tail = "".join(self.r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
            return self._iban("RO", self.bank_row()[2] + tail + self.digits(12), spaced)
        return self.nuban()

    def nuban(self, bank=None):
        bank = bank or self.bank_row()[2]
        serial = "".join(str(self.r.randint(0, 9)) for _ in range(9))
        total = sum(int(d) * w for d, w in zip("000" + bank + serial, [3, 7, 3] * 5))
        check = (10 - total % 10) % 10
        return serial + str(check)

    def pay_card(self):
        if self.m == "ng" and self.r.random() < 0.4:
            return self.luhn_complete("506099" + "".join(str(self.r.randint(0, 9)) for _ in range(12)))
        return self.card()

    def bin6(self):
        return self.pick(["412345", "516732", "539923", "506099", "427138", "535522"])

    # -- things
    def vin(self):
        wmi = self.car_row()[2]
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        body = (
            wmi
            + "".join(self.r.choice(chars) for _ in range(5))
            + "0"
            + "".join(self.r.choice(chars) for _ in range(8))
        )
        trans = {
            **{str(i): i for i in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9))),
            **dict(zip("JKLMN", range(1, 6))),
        }
        trans.update({"P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))})
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        c = sum(trans[ch] * w for ch, w in zip(body, weights)) % 11
        return body[:8] + ("X" if c == 10 else str(c)) + body[9:]

    def plate(self):
        r = self.r
        if self.m == "pl":
            return self.pick(
                [
                    f"WA {r.randint(10000, 99999)}",
                    f"KR {r.randint(1, 9)}{self.hexid(3).upper()}",
                    f"PO {r.randint(100, 999)}GH",
                    f"DW {r.randint(1000, 9999)}K",
                ]
            )
        if self.m == "ro":
            return self.pick(
                [
                    f"B {r.randint(100, 999)} {self.letters(3)}",
                    f"CJ {r.randint(10, 99)} {self.letters(3)}",
                    f"IS-{r.randint(10, 99)}-{self.letters(3)}",
                ]
            )
        return self.pick(
            [
                f"LAG {r.randint(100, 999)} {self.letters(2)}",
                f"ABJ-{r.randint(100, 999)}-{self.letters(2)}",
                f"KJA {r.randint(100, 999)} {self.letters(2)}",
            ]
        )

    def letters(self, n):
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def imei(self):
        return self.luhn_complete(self.pick(["35", "86", "01", "35"]) + self.digits(12))

    def ad_id(self):
        return self.pick([self.digits(9), "ID" + self.letters(2) + self.hexid(3).upper(), self.digits(10)])

    def title(self):
        return self.pick(
            {
                "pl": [
                    "iPhone 13 128GB stan idealny",
                    "Mieszkanie 2 pokoje Mokotów, balkon",
                    "Volkswagen Golf VII 1.6 TDI 2015",
                    'Rower górski Kross 29"',
                    "Kotek Luna szuka domu",
                    "Wózek inwalidzki składany, jak nowy",
                ],
                "ro": [
                    "Vând Dacia Logan 2017, primul proprietar",
                    "Apartament 3 camere Mănăștur",
                    "Samsung Galaxy A54, garanție",
                    "Cățel Bella, vaccinat, caută familie",
                    "Cărucior copii 3 în 1",
                ],
                "ng": [
                    "Toyota Camry 2012 Tokunbo, buy and drive",
                    "Self-contained apartment Lekki Phase 1",
                    "Samsung Galaxy A54 UK used",
                    "Lexus RX 350 2010, foreign used",
                    "2.5KVA Solar Inverter",
                ],
            }[self.m]
        )


# -- contexts -------------------------------------------------------------------------------------


def campaign(f):
    return {
        "name": G(lambda f: f.pick(["spring_auto", "mieszkania_q2", "black_friday_ng", "reactivare"])),
        "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
        "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "display"])),
        "term": G(lambda f: f.pick(["używane auta", "apartamente de vanzare", "tokunbo cars", "iphone"])),
        "content": G(lambda f: f.pick(["carousel_a", "text_1", "video_15s"])),
    }


def web_ctx(f: Fk):
    path = f.pick(
        ["/", "/d/oferta/", "/motoryzacja/", "/nieruchomosci/", "/d/anunt/", "/cars/", "/myaccount/"]
    )
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.facebook.com/", "https://l.instagram.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?search%5Border%5D=created_at%3Adesc", "?courier=1", "?utm_source=newsletter"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Bazaro.pl - Ogłoszenia",
                        "Bazaro.ro - Anunțuri gratuite",
                        "Bazaro Nigeria: Buy & Sell",
                        "Moje konto",
                    ]
                )
            ),
            "url": G(lambda f: HOST[f.m] + path),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "locale": G(lambda f: LOCALE[f.m]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["122", "8", "121"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = campaign(f)
    return ctx


UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A546B) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 12; TECNO CK7n) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/120.0.6099.230 Mobile Safari/537.36",
]


def app(f, namespace):
    return {
        "name": G(lambda f: "Bazaro"),
        "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
        "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
        "namespace": G(lambda f: namespace),
    }


def mobile_traits(f):
    t = {}
    if f.r.random() < 0.7:
        t["email"] = Y(lambda f: f.mail(), "email")
    if f.r.random() < 0.4:
        t["phone"] = Y(lambda f: f.tel(), "phone")
    if f.r.random() < 0.5:
        t["userId"] = G(lambda f: f.digits(9))
    if f.r.random() < 0.3:
        t["firstName"] = Y(lambda f: f.fn(), "name")
    return t


def swift_ctx(f: Fk):
    ctx = {
        "app": app(f, "com.bazaro.ios"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: LOCALE[f.m]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "16.7.5", "17.4"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(lambda f: TZ[f.m]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.3:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
    if f.r.random() < 0.5:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def kotlin_ctx(f: Fk):
    dev = f.pick(
        [
            ("samsung", "SM-A546B", "a54x"),
            ("Xiaomi", "Redmi Note 12", "tapas"),
            ("TECNO", "TECNO CK7n", "CK7n"),
            ("motorola", "moto g54 5G", "cancunf"),
        ]
    )
    ctx = {
        "app": app(f, "com.bazaro.android"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: dev[0]),
            "model": G(lambda f: dev[1]),
            "name": G(lambda f: dev[2]),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: LOCALE[f.m]),
        "network": {
            "carrier": G(lambda f: f.pick(CARRIERS[f.m])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: f.pick([2400, 2340, 1600])),
            "width": G(lambda f: f.pick([1080, 720])),
        },
        "timezone": G(lambda f: TZ[f.m]),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; TECNO CK7n Build/SP1A.210812.016)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; 23021RAA2Y Build/TKQ1.221114.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.6:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    if f.r.random() < 0.25:
        ctx["location"] = {
            "latitude": Y(lambda f: f.nlat(), "geolocation"),
            "longitude": Y(lambda f: f.nlon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 13.4])),
        }
    return ctx


def rn_ctx(f: Fk):
    dev = f.pick(
        [
            ("Apple", "iPhone13,2", "iPhone", "ios", "com.bazaro.ios", "iOS", "17.2"),
            ("samsung", "SM-G991B", "o1s", "android", "com.bazaro.android", "Android", "14"),
            ("Infinix", "Infinix X6831", "Infinix-X6831", "android", "com.bazaro.android", "Android", "13"),
            ("Apple", "iPhone14,7", "iPhone", "ios", "com.bazaro.ios", "iOS", "16.7.2"),
        ]
    )
    ctx = {
        "app": app(f, dev[4]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: dev[0]),
            "model": G(lambda f: dev[1]),
            "name": G(lambda f: dev[2]),
            "type": G(lambda f: dev[3]),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.17.0"])),
        },
        "locale": G(lambda f: LOCALE[f.m]),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: dev[5]),
            "version": G(lambda f: dev[6]),
        },
        "screen": {
            "height": G(lambda f: f.pick([844, 915, 800])),
            "width": G(lambda f: f.pick([390, 412, 360])),
        },
        "timezone": G(lambda f: TZ[f.m]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.3:
        ctx["location"] = {
            "latitude": Y(lambda f: f.nlat(), "geolocation"),
            "longitude": Y(lambda f: f.nlon(), "geolocation"),
            "city": Y(lambda f: f.town(), "city"),
            "country": G(lambda f: f.pick(["Poland", "Romania", "Nigeria"])),
        }
    return ctx


def flutter_ctx(f: Fk):
    return {
        "app": app(f, "com.bazaro.lite"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "itel", "samsung"])),
            "model": G(lambda f: f.pick(["TECNO BG6", "itel A70", "SM-A155F"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.2", "1.0.1"])),
        },
        "locale": G(lambda f: LOCALE[f.m]),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "12", "14"]))},
        "screen": {
            "height": G(lambda f: f.pick([1612, 1600, 2408])),
            "width": G(lambda f: f.pick([720, 1080])),
        },
        "timezone": G(lambda f: TZ[f.m]),
        "network": {
            "carrier": G(lambda f: f.pick(CARRIERS[f.m])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.0.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.1.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.7.3", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_ctx(f: Fk, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "ruby") and f.r.random() < 0.5:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS_WEB))
    if lib in ("python", "node") and f.r.random() < 0.3:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.mail(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if f.r.random() < 0.2:
        ctx["groupId"] = G(lambda f: "biz_" + f.digits(6))
    return ctx


def context(f: Fk, client: str):
    if client == "web":
        return web_ctx(f)
    if client == "swift":
        return swift_ctx(f)
    if client == "kotlin":
        return kotlin_ctx(f)
    if client == "rn":
        return rn_ctx(f)
    if client == "flutter":
        return flutter_ctx(f)
    return server_ctx(f, client)


MOBILE = ["swift", "kotlin", "rn", "flutter"]
CLIENT_APPS = ["web", "web", *MOBILE]

# -- shared sub-templates ----------------------------------------------------------------------


def money(lo, hi):
    return G(lambda f: f.price(lo, hi))


CURR = G(lambda f: f.cur())
AD_ID = G(lambda f: f.ad_id())
UID = G(lambda f: f.digits(9))
CATEGORY = G(
    lambda f: f.pick(
        [
            "motoryzacja",
            "nieruchomosci",
            "elektronika",
            "praca",
            "auto-moto-ambarcatiuni",
            "cars",
            "mobile-phones",
            "zwierzeta",
        ]
    )
)


def listing_location():
    return {
        "city": G(lambda f: f.town()),
        "district": G(lambda f: f.district()),
        "region": G(lambda f: f.region()),
    }


def contact_block():
    return {
        "name": Y(lambda f: f.pick([f.fn(), f.name()]), "name"),
        "phone": Y(lambda f: f.tel(), "phone"),
        "phone_hidden": G(lambda f: f.pick([True, False])),
        "preferred_channel": G(lambda f: f.pick(["chat", "phone", "whatsapp"])),
    }


def product_item():
    return {
        "product_id": AD_ID,
        "sku": G(lambda f: "AD-" + f.digits(9)),
        "name": G(lambda f: f.title()),
        "category": CATEGORY,
        "price": money(20, 4000),
        "quantity": G(lambda f: 1),
        "seller_id": UID,
        "condition": G(lambda f: f.pick(["used", "new", "damaged", "like_new"])),
        "image_url": G(
            lambda f: f"https://frankfurt.apollo.bazaro.cdn/v1/files/{f.hexid(12)}-PL/image;s=1000x700"
        ),
    }


def postal_address():
    return {
        "name": Y(lambda f: f.name(), "name"),
        "street": Y(lambda f: f.street_line(), "address|street"),
        "postal_code": Y(lambda f: f.postcode(), "zipcode"),
        "city": Y(lambda f: f.town(), "city"),
        "country": G(lambda f: COUNTRY[f.m]),
        "phone": Y(lambda f: f.tel(), "phone"),
    }


def opt(f, p, d):
    return d if f.r.random() < p else {}


# -- events ----------------------------------------------------------------------------------------
# (kind, event name, clients, markets, body: a template dict or a function of f giving one)

PL, RO, NG = ["pl"], ["ro"], ["ng"]
ALL = ["pl", "ro", "ng"]

# free text, per market: each path either always carries the labelled PII ({p}) or never does
TEXTS = {
    "preview": {
        "pl": [
            "Dzień dobry, czy ogłoszenie jest aktualne?",
            "Mogę odebrać jutro po 17?",
            "Wysyłka InPost możliwa?",
        ],
        "ro": ["Bună ziua, mai este disponibil?", "Care e ultimul preț?", "Se poate livrare prin easybox?"],
        "ng": [
            "Hello, is this still available? Last price?",
            "Can you do 250k? I'm in Yaba",
            "Is it UK used?",
        ],
    },
    "flagged": {
        "pl": ["Napisz na WhatsApp {p}, tu rzadko wchodzę", "Zadzwoń {p} po 18", "Lepiej SMS na {p}"],
        "ro": ["Sunați-mă la {p}", "Scrie-mi pe WhatsApp: {p}", "Dă-mi un mesaj la {p} te rog"],
        "ng": [
            "Call me on {p}, I dey Ikeja",
            "Pls whatsapp {p} for more pics",
            "Chat me on {p} let's talk price",
        ],
    },
    "courier": {
        "pl": ["Proszę dzwonić domofonem", "Paczkę zostawić u sąsiada pod 5", "Po 16 w domu"],
        "ro": ["Nu sunați la interfon, copil mic", "Livrare după ora 17", "Lăsați la portar"],
        "ng": ["Leave with security at the gate", "Fragile - glass", "Call before coming, estate gate"],
    },
    "report": {
        "pl": [
            "Sprzedawca prosi o przelew poza Bazaro i podaje numer {p}",
            "Chciał zaliczkę na BLIK na numer {p}",
        ],
        "ro": ["Vânzătorul cere avans, numărul lui e {p}", "Mi-a cerut datele cardului pe WhatsApp {p}"],
        "ng": [
            "Fake agent, collecting inspection fee. His number {p}",
            "Asked me to pay first and call {p} after",
        ],
    },
    "review": {
        "pl": ["Polecam, wszystko zgodnie z opisem", "Towar nie taki jak na zdjęciach", "Ok"],
        "ro": ["Vânzător de încredere", "Produs conform descrierii", "Livrare rapidă, mulțumesc"],
        "ng": ["Fast delivery, legit seller", "Phone was as described", "Ok"],
    },
    "contact": {
        "pl": [
            "Proszę o kontakt w sprawie oglądania",
            "Czy jest miejsce parkingowe?",
            "Czy czynsz zawiera media?",
        ],
        "ro": ["Aș dori o vizionare sâmbătă", "Se acceptă animale?", "Chiria include utilitățile?"],
        "ng": ["Is the rent negotiable?", "Is there light and water?", "Can I inspect on Saturday?"],
    },
    "about": {
        "pl": ["Sprzedaję rzeczy po dzieciach", "Komis, 20 lat na rynku", ""],
        "ro": ["Dealer auto Cluj din 2009", "Vând lucruri din casă", ""],
        "ng": ["Genuine UK used phones, Ikeja", "Fairly used laptops, Computer Village", ""],
    },
}

SLUGS = ["iphone-13", "golf-vii", "apartament-2-camere", "toyota-camry"]

EVENTS = [
    # -- identities -------------------------------------------------------------------------------
    (
        "identify",
        None,
        CLIENT_APPS,
        ALL,
        lambda f: {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.fn(), "name"),
            "lastName": Y(lambda f: f.ln(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "city": Y(lambda f: f.town(), "city"),
            "createdAt": G(lambda f: f.iso()),
            "accountType": G(lambda f: f.pick(["private", "business", "dealer"])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "activeListings": G(lambda f: f.r.randint(0, 40)),
            "language": G(lambda f: f.pick(["pl", "ro", "en", "uk"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            **opt(
                f,
                0.6,
                {"avatarUrl": Y(lambda f: f"https://img.bazaro.cdn/avatars/{f.hexid(16)}.jpg", "photo")},
            ),
            **opt(
                f,
                0.4,
                {
                    "age": G(lambda f: f.r.randint(18, 75)),
                    "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
                },
            ),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ALL,
        {
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "PHONE_NUMBER": Y(lambda f: f.tel(), "phone"),
            "FIRST_NAME": Y(lambda f: f.fn(), "name"),
            "LAST_NAME": Y(lambda f: f.ln(), "name"),
            "HOME_CITY": Y(lambda f: f.town(), "city"),
            "SIGNUP_DATE": G(lambda f: f.date(2015, 2024)),
            "LIFETIME_GMV": G(lambda f: f.price(0, 20000)),
            "LISTINGS_ACTIVE": G(lambda f: f.r.randint(0, 55)),
            "IS_BUSINESS": G(lambda f: f.pick([True, False])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LAST_SEEN_AT": G(lambda f: f.iso()),
            "PREFERRED_CATEGORY": CATEGORY,
            "KYC_STATUS": G(lambda f: f.pick(["none", "pending", "verified", "rejected"])),
            "MARKET": G(lambda f: COUNTRY[f.m]),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        PL,
        {
            "imie": Y(lambda f: f.fn(), "name"),
            "nazwisko": Y(lambda f: f.ln(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "telefon": Y(lambda f: f.tel(), "phone"),
            "miasto": Y(lambda f: f.town(), "city"),
            "kod_pocztowy": Y(lambda f: f.postcode(), "zipcode"),
            "wojewodztwo": G(lambda f: f.region()),
            "data_rejestracji": G(lambda f: f.date(2012, 2024)),
            "typ_konta": G(lambda f: f.pick(["prywatne", "firmowe", "dealer"])),
            "zgoda_marketingowa": G(lambda f: f.pick([True, False])),
            "liczba_ogloszen": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "identify",
        None,
        ["java", "php"],
        RO,
        {
            "nume": Y(lambda f: f.ln(), "name"),
            "prenume": Y(lambda f: f.fn(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "telefon": Y(lambda f: f.tel(), "phone"),
            "oras": Y(lambda f: f.town(), "city"),
            "judet": G(lambda f: f.region()),
            "data_inregistrarii": G(lambda f: f.date(2012, 2024)),
            "tip_cont": G(lambda f: f.pick(["persoana_fizica", "firma", "dealer_auto"])),
            "numar_anunturi": G(lambda f: f.r.randint(0, 60)),
            "abonat_newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        NG,
        lambda f: {
            "full_name": Y(lambda f: f.name(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone_number": Y(lambda f: f.tel(), "phone"),
            "whatsapp_number": Y(lambda f: f.tel(), "phone"),
            "state": G(lambda f: f.region()),
            "lga": G(lambda f: f.pick(LGAS)),
            "referral_code": G(lambda f: "BZ" + f.letters(2) + f.digits(4)),
            "bvn_verified": G(lambda f: f.pick([True, False])),
            "seller_rating": G(lambda f: round(f.r.uniform(2.5, 5), 1)),
            "created_at": G(lambda f: f.iso()),
            **opt(f, 0.5, {"marital_status": G(lambda f: f.pick(["single", "married", "divorced"]))}),
            **opt(f, 0.5, {"address": Y(lambda f: f.full_address(), "address")}),
        },
    ),
    (
        "group",
        None,
        ["node", "php", "java"],
        ALL,
        lambda f: {
            "name": G(
                lambda f: f.pick(
                    [
                        "Auto Komis Jan-Pol Sp. z o.o.",
                        "AutoGlobal Dealer SRL",
                        "Cars45 Ikeja",
                        "Nieruchomości Dom-Invest",
                        "Imobiliare Premium SRL",
                    ]
                )
            ),
            "business_email": G(
                lambda f: f.pick(
                    [
                        "kontakt@komis-janpol.pl",
                        "office@autoglobal.ro",
                        "sales@cars45.ng",
                        "biuro@dom-invest.pl",
                    ]
                )
            ),
            "business_phone": G(
                lambda f: f.pick(
                    ["+48 22 654 10 20", "+40 21 310 44 55", "+234 1 453 2200", "+48 12 411 22 33"]
                )
            ),
            "office_address": G(
                lambda f: f.pick(
                    [
                        "ul. Modlińska 190, 03-119 Warszawa",
                        "Șos. Pipera 42, București",
                        "22 Obafemi Awolowo Way, Ikeja",
                    ]
                )
            ),
            "industry": G(
                lambda f: f.pick(["automotive", "real_estate", "recruitment", "electronics_retail"])
            ),
            "plan": G(lambda f: f.pick(["business_start", "business_pro", "dealer_unlimited"])),
            "createdAt": G(lambda f: f.iso()),
            **opt(
                f, 1.0, {"nip": G(lambda f: f.nip()), "regon": G(lambda f: f.regon())} if f.m == "pl" else {}
            ),
            **opt(f, 1.0, {"cui": G(lambda f: f.cui())} if f.m == "ro" else {}),
            **opt(f, 1.0, {"rc_number": G(lambda f: "RC" + f.digits(7))} if f.m == "ng" else {}),
        },
    ),
    (
        "track",
        "Signed Up",
        CLIENT_APPS,
        ALL,
        {
            "method": G(lambda f: f.pick(["email", "google", "facebook", "phone", "apple"])),
            "email": Y(lambda f: f.mail(), "email"),
            "referral_code": G(lambda f: f.pick(["", "BZAB1234", "FRIEND50", "BZKQ7781"])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "has_phone": G(lambda f: f.pick([True, False])),
            "signup_source": G(lambda f: f.pick(["post_ad", "header", "chat_gate", "favourites"])),
        },
    ),
    # -- listings ---------------------------------------------------------------------------------
    (
        "track",
        "Ad Posted",
        CLIENT_APPS,
        ALL,
        lambda f: {
            "ad_id": AD_ID,
            "category": G(lambda f: "cars"),
            "title": G(lambda f: f.title()),
            "price": money(8000, 120000),
            "currency": CURR,
            "make": G(lambda f: f.car_row()[0]),
            "model": G(lambda f: f.pick(f.car_row()[1])),
            "year": G(lambda f: f.r.randint(2003, 2023)),
            "mileage_km": G(lambda f: f.r.randint(5000, 320000)),
            "fuel_type": G(lambda f: f.pick(["diesel", "petrol", "lpg", "hybrid", "electric"])),
            "gearbox": G(lambda f: f.pick(["manual", "automatic"])),
            "vin": Y(lambda f: f.vin(), "serial"),
            "registration_number": Y(lambda f: f.plate(), "license"),
            "photos_count": G(lambda f: f.r.randint(1, 30)),
            "location": listing_location(),
            "contact": contact_block(),
            "negotiable": G(lambda f: f.pick([True, False])),
            "is_private_seller": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Flat Ad Posted",
        CLIENT_APPS,
        ALL,
        {
            "ad_id": AD_ID,
            "title": G(lambda f: f.title()),
            "offer_type": G(lambda f: f.pick(["rent", "sale", "short_let"])),
            "price": money(1500, 900000),
            "currency": CURR,
            "rooms": G(lambda f: f.r.randint(1, 5)),
            "area_m2": G(lambda f: f.r.randint(22, 140)),
            "floor": G(lambda f: f.pick(["parter", "1", "4", "10+"])),
            "furnished": G(lambda f: f.pick([True, False])),
            "pets_allowed": G(lambda f: f.pick([True, False])),
            "location": listing_location(),
            "contact": contact_block(),
        },
    ),
    (
        "track",
        "Phone Ad Posted",
        ["kotlin", "rn", "flutter", "web"],
        ALL,
        {
            "ad_id": AD_ID,
            "title": G(lambda f: f.title()),
            "brand": G(lambda f: f.pick(PHONES)[0]),
            "device_model": G(lambda f: f.pick(PHONES)[1]),
            "storage_gb": G(lambda f: f.pick([64, 128, 256, 512])),
            "imei": Y(lambda f: f.imei(), "serial"),
            "condition": G(lambda f: f.pick(["used", "new", "damaged", "uk_used"])),
            "price": money(200, 5000),
            "currency": CURR,
            "location": listing_location(),
            "contact": contact_block(),
        },
    ),
    (
        "track",
        "Job Ad Posted",
        ["web", "node"],
        ALL,
        {
            "ad_id": AD_ID,
            "job_title": G(lambda f: f.pick(JOB_TITLES)),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "contract_type": G(
                lambda f: f.pick(["umowa_o_prace", "b2b", "contract", "full_time", "part_time"])
            ),
            "salary_from": Y(lambda f: f.price(3000, 6000), "salary"),
            "salary_to": Y(lambda f: f.price(6000, 14000), "salary"),
            "salary_period": G(lambda f: f.pick(["month", "hour", "week"])),
            "remote": G(lambda f: f.pick([True, False])),
            "location": listing_location(),
            "recruiter": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "title": G(lambda f: f.pick(["HR Specialist", "Talent Acquisition Partner", "Recruiter"])),
            },
            "apply_email": G(
                lambda f: f.pick(
                    ["rekrutacja@zabka.pl", "careers@emag.ro", "jobs@jumia.com.ng", "hr@inpost.pl"]
                )
            ),
        },
    ),
    (
        "track",
        "Pet Ad Posted",
        ["web", "kotlin", "swift"],
        ["pl", "ro"],
        {
            "ad_id": AD_ID,
            "title": G(lambda f: f.title()),
            "pet_name": G(lambda f: f.pick(["Luna", "Burek", "Azor", "Mițu", "Bella", "Rex"])),
            "species": G(lambda f: f.pick(["cat", "dog", "rabbit"])),
            "breed": G(lambda f: f.pick(["mieszaniec", "Maine Coon", "Labrador", "Ciobanesc Mioritic"])),
            "age_months": G(lambda f: f.r.randint(2, 96)),
            "vaccinated": G(lambda f: f.pick([True, False])),
            "microchip_number": G(lambda f: "616" + f.digits(12)),
            "adoption_fee": money(0, 300),
            "location": listing_location(),
        },
    ),
    (
        "track",
        "Ad Viewed",
        CLIENT_APPS,
        ALL,
        {
            "ad_id": AD_ID,
            "category": CATEGORY,
            "price": money(20, 90000),
            "currency": CURR,
            "seller_id": UID,
            "seller_type": G(lambda f: f.pick(["private", "business", "dealer"])),
            "position": G(lambda f: f.r.randint(1, 40)),
            "is_promoted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Seller Phone Revealed",
        CLIENT_APPS,
        ALL,
        {
            "ad_id": AD_ID,
            "seller_id": UID,
            "proxy_number": G(
                lambda f: f.pick(
                    ["+48 22 104 55 10", "+48 22 104 55 11", "+40 31 630 02 02", "+234 1 700 0101"]
                )
            ),
            "masked": G(lambda f: f.pick([True, False])),
            "reveals_today": G(lambda f: f.r.randint(1, 12)),
            "phone_verified_badge": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Phone Field Validated",
        ["web", "rn"],
        ALL,
        {
            "field_id": G(lambda f: f.pick(["contact_phone", "ad_phone", "profile_phone"])),
            "value": Y(lambda f: f.tel(), "phone", True),
            "valid": G(lambda f: f.pick([True, False])),
            "country_code": G(lambda f: COUNTRY[f.m]),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Ad Promoted",
        ["web", "swift", "kotlin", "dotnet"],
        ALL,
        {
            "ad_id": AD_ID,
            "package": G(lambda f: f.pick(["top_ad_7d", "highlight", "refresh_x3", "vip_30"])),
            "price": money(5, 120),
            "currency": CURR,
            "invoice_number": G(lambda f: f"FV/{f.r.randint(1, 12):02d}/2024/{f.digits(6)}"),
            "payment_method": G(lambda f: f.pick(["blik", "card", "wallet", "bank_transfer", "ussd"])),
        },
    ),
    # -- search -------------------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        CLIENT_APPS,
        ALL,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "iphone 13",
                        "golf vii kombi",
                        "mieszkanie 2 pokoje",
                        "apartament 2 camere",
                        "toyota camry tokunbo",
                        "ps5",
                        "rower",
                    ]
                )
            ),
            "category": CATEGORY,
            "filters": {
                "price_from": G(lambda f: f.pick([0, 500, 20000])),
                "price_to": G(lambda f: f.pick([1500, 50000, 3000000])),
                "city": G(lambda f: f.town()),
                "radius_km": G(lambda f: f.pick([0, 5, 15, 50])),
                "courier": G(lambda f: f.pick([True, False])),
            },
            "results_count": G(lambda f: f.r.randint(0, 12000)),
            "sort": G(lambda f: f.pick(["created_at:desc", "price:asc", "relevance"])),
            "page": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Saved Search Created",
        CLIENT_APPS,
        ALL,
        {
            "search_id": G(lambda f: f.uuid()),
            "query": G(
                lambda f: f.pick(
                    ["iphone 13", "dacia logan", "kawalerka wola", "garsoniera cluj", "generator"]
                )
            ),
            "category": CATEGORY,
            "filters": {
                "price_to": G(lambda f: f.pick([1500, 50000, 3000000])),
                "city": G(lambda f: f.town()),
            },
            "alert_frequency": G(lambda f: f.pick(["instant", "daily", "weekly"])),
            "alert_email": Y(lambda f: f.mail(), "email"),
            "notify_email": G(lambda f: f.pick([True, False])),
            "notify_push": G(lambda f: f.pick([True, False])),
            "saved_searches_count": G(lambda f: f.r.randint(1, 20)),
        },
    ),
    (
        "track",
        "Product Added to Wishlist",
        CLIENT_APPS,
        ALL,
        {
            "product_id": AD_ID,
            "wishlist_id": G(lambda f: f.hexid(12)),
            "wishlist_name": G(lambda f: f.pick(["Ulubione", "Auta", "Mieszkanie", "De cumpărat", "Phones"])),
            "price": money(20, 90000),
            "category": CATEGORY,
            "seller_id": UID,
        },
    ),
    # -- chat -----------------------------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        CLIENT_APPS,
        ALL,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "sender_role": G(lambda f: f.pick(["buyer", "seller"])),
            "message_length": G(lambda f: f.r.randint(2, 600)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "message_preview": G(lambda f: f.pick(TEXTS["preview"][f.m])),
            "response_time_s": G(lambda f: f.r.randint(3, 90000)),
        },
    ),
    (
        "track",
        "Chat Message Flagged",
        ["go"],
        ALL,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "rule": G(
                lambda f: f.pick(["off_platform_contact", "contact_in_first_message", "whatsapp_redirect"])
            ),
            "text": Y(
                lambda f: f.pick(TEXTS["flagged"][f.m]).format(p=f.tel()),
                "phone",
                True,
            ),
            "detected": G(lambda f: "phone_number"),
            "sender_ip": Y(lambda f: f.ipv4(), "ip"),
            "action": G(lambda f: f.pick(["warn", "hide", "allow"])),
            "model_version": G(lambda f: f.pick(["contact-detector-3.1", "contact-detector-3.2"])),
        },
    ),
    (
        "track",
        "Meetup Proposed",
        MOBILE,
        ALL,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "place_name": G(lambda f: f.pick(VENUES[f.m])),
            "meetup_point": {
                "lat": Y(lambda f: f.nlat(), "geolocation"),
                "lng": Y(lambda f: f.nlon(), "geolocation"),
            },
            "proposed_for": G(lambda f: f.iso()),
            "proposer_role": G(lambda f: f.pick(["buyer", "seller"])),
            "safety_tips_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- delivery -------------------------------------------------------------------------------------
    (
        "track",
        "Delivery Option Selected",
        CLIENT_APPS,
        ALL,
        {
            "ad_id": AD_ID,
            "method": G(
                lambda f: {
                    "pl": f.pick(["inpost_paczkomat", "dpd_courier", "orlen_paczka"]),
                    "ro": f.pick(["sameday_easybox", "fan_courier"]),
                    "ng": f.pick(["gig_logistics", "dispatch_rider"]),
                }[f.m]
            ),
            "point_id": G(
                lambda f: f.pick(["WAW22M", "KRA01N", "POZ118M", "EBX-B-1042", "EBX-CJ-215", "GIG-IKJ-03"])
            ),
            "point_address": G(
                lambda f: f.pick(
                    [
                        "ul. Puławska 145 (przy Żabce)",
                        "Lidl Drumul Taberei 34",
                        "GIG Hub, 7 Obafemi Awolowo Way, Ikeja",
                        "Kaufland Mărăști",
                    ]
                )
            ),
            "price": money(5, 25),
            "currency": CURR,
            "eta_days": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Delivery Booked",
        ["node", "java"],
        ALL,
        lambda f: {
            "shipment_id": G(lambda f: f.uuid()),
            "carrier": G(lambda f: f.pick(["InPost", "DPD", "Sameday", "FAN Courier", "GIG Logistics"])),
            "tracking_number": G(
                lambda f: f.pick(["6" + f.digits(23), "1ONB" + f.digits(11), "GIG" + f.digits(9)])
            ),
            "parcel_size": G(lambda f: f.pick(["A", "B", "C", "XL"])),
            "recipient": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
                **opt(
                    f,
                    0.6,
                    {
                        "address": {
                            "street": Y(lambda f: f.pick(STREETS[f.m]), "street|address"),
                            "building_number": Y(lambda f: str(f.r.randint(1, 200)), "address|street"),
                            "flat_number": Y(lambda f: str(f.r.randint(1, 90)), "address|street"),
                            "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                            "city": Y(lambda f: f.town(), "city"),
                            "country_code": G(lambda f: COUNTRY[f.m]),
                        }
                    },
                ),
            },
            "sender": {"name": Y(lambda f: f.name(), "name"), "phone": Y(lambda f: f.tel(), "phone")},
            "cod_amount": G(lambda f: f.pick([0, 0, f.price(50, 900)])),
            "insurance_amount": money(0, 5000),
            "courier_note": G(lambda f: f.pick(TEXTS["courier"][f.m])),
        },
    ),
    (
        "track",
        "Address Autocomplete Requested",
        ["web", "rn"],
        ALL,
        {
            "input": Y(lambda f: f.street_line(), "address|street", True),
            "sessiontoken": G(lambda f: f.uuid()),
            "components": G(lambda f: "country:" + COUNTRY[f.m].lower()),
            "language": G(lambda f: LOCALE[f.m][:2]),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Rider Assigned",
        ["node"],
        NG,
        {
            "delivery_id": G(lambda f: "DLV-" + f.digits(8)),
            "rider": {
                "rider_id": G(lambda f: f.digits(5)),
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "bike_plate": Y(lambda f: f.plate(), "license"),
                "rating": G(lambda f: round(f.r.uniform(3, 5), 1)),
            },
            "pickup_address": Y(lambda f: f.full_address(), "address"),
            "dropoff": {
                "lat": Y(lambda f: f.nlat(), "geolocation"),
                "lng": Y(lambda f: f.nlon(), "geolocation"),
            },
            "eta_minutes": G(lambda f: f.r.randint(10, 180)),
            "fee": money(1, 15),
        },
    ),
    # -- escrow checkout ------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        CLIENT_APPS,
        ALL,
        {
            "order_id": G(lambda f: f.uuid()),
            "total": money(20, 4000),
            "revenue": money(1, 80),
            "shipping": money(0, 25),
            "buyer_protection_fee": money(1, 30),
            "currency": CURR,
            "products": Many(product_item(), 1),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin", "rn"],
        ALL,
        lambda f: {
            "order_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_method": G(lambda f: f.pick(["card", "blik", "apple_pay", "google_pay", "transfer"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "verve", "maestro"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.bin6()),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
            "cardholder_name": Y(lambda f: f.name().upper(), "name"),
            **opt(
                f,
                0.4,
                {
                    "blik_code": RED(lambda f: f.digits(6), "token"),
                    "blik_attempt": G(lambda f: f.r.randint(1, 3)),
                }
                if f.m == "pl"
                else {},
            ),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "java", "web"],
        ALL,
        lambda f: {
            "order_id": G(lambda f: f.uuid()),
            "checkout_id": G(lambda f: f.hexid(20)),
            "total": money(20, 4000),
            "revenue": money(1, 80),
            "shipping": money(0, 25),
            "currency": CURR,
            "escrow_status": G(lambda f: f.pick(["held", "released", "disputed"])),
            "products": Many(product_item(), 1),
            "shipping_address": postal_address(),
            **opt(f, 0.5, {"billing_address": Y(lambda f: f.full_address(), "address")}),
            "buyer_email": Y(lambda f: f.mail(), "email"),
            "coupon": G(lambda f: f.pick(["", "DOSTAWA0", "LIVRARE10", "FREESHIP"])),
        },
    ),
    (
        "track",
        "Card Payment Attempted",
        ["php"],
        NG,
        {
            "transaction_ref": G(lambda f: "BZ-" + f.hexid(10).upper()),
            "card_number": RED(lambda f: f.pay_card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_type": G(lambda f: f.pick(["verve", "visa", "mastercard"])),
            "amount_kobo": G(lambda f: f.r.randint(100000, 90000000)),
            "response_code": G(lambda f: f.pick(["00", "51", "55", "91"])),
            "gateway": G(lambda f: f.pick(["paystack", "flutterwave", "interswitch"])),
        },
    ),
    (
        "track",
        "Charge Succeeded",
        ["node"],
        NG,
        {
            "event": G(lambda f: "charge.success"),
            "data": {
                "id": G(lambda f: int(f.digits(10))),
                "reference": G(lambda f: "T" + f.digits(15)),
                "amount": G(lambda f: f.r.randint(100000, 90000000)),
                "currency": G(lambda f: "NGN"),
                "channel": G(lambda f: f.pick(["card", "bank", "ussd", "bank_transfer"])),
                "ip_address": Y(lambda f: f.ipv4(), "ip"),
                "authorization": {
                    "authorization_code": RED(lambda f: "AUTH_" + f.hexid(10), "token"),
                    "bin": G(lambda f: f.bin6()),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                    "exp_year": G(lambda f: str(f.r.randint(2025, 2031))),
                    "card_type": G(lambda f: f.pick(["visa ", "mastercard ", "verve "])),
                    "bank": G(
                        lambda f: f.pick(
                            ["Guaranty Trust Bank", "Access Bank", "Zenith Bank", "First Bank of Nigeria"]
                        )
                    ),
                    "reusable": G(lambda f: f.pick([True, False])),
                    "signature": G(lambda f: "SIG_" + f.hexid(20)),
                },
                "customer": {
                    "id": G(lambda f: int(f.digits(8))),
                    "customer_code": G(lambda f: "CUS_" + f.hexid(15)),
                    "first_name": Y(lambda f: f.fn(), "name"),
                    "last_name": Y(lambda f: f.ln(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                    "phone": Y(lambda f: f.tel(), "phone"),
                },
            },
        },
    ),
    # -- payouts --------------------------------------------------------------------------------------
    (
        "track",
        "Payout Requested",
        ["dotnet"],
        ["pl", "ro"],
        {
            "PayoutId": G(lambda f: f.uuid()),
            "SellerId": UID,
            "Amount": money(20, 4000),
            "Currency": CURR,
            "Iban": RED(lambda f: f.bank_account(), "bank account"),
            "AccountHolderName": Y(lambda f: f.name(), "name"),
            "BankName": G(lambda f: f.bank_row()[0]),
            "SwiftCode": G(lambda f: f.bank_row()[1]),
            "Method": G(lambda f: f.pick(PAYOUT_METHODS[f.m])),
            "RequestedAtUtc": G(lambda f: f.iso()),
            "IsFirstPayout": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payout Failed",
        ["dotnet"],
        ["pl", "ro"],
        {
            "PayoutId": G(lambda f: f.uuid()),
            "SellerId": UID,
            "ErrorCode": G(lambda f: f.pick(["AC01", "AC04", "AM04", "RR03"])),
            "Recipient": Y(lambda f: f.name(), "name", True),
            "RetryCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Withdrawal Initiated",
        ["node"],
        NG,
        {
            "transfer_code": G(lambda f: "TRF_" + f.hexid(12)),
            "recipient_code": G(lambda f: "RCP_" + f.hexid(12)),
            "account_number": RED(lambda f: f.nuban(), "bank account"),
            "bank_code": G(lambda f: f.bank_row()[2]),
            "bank_name": G(lambda f: f.bank_row()[0]),
            "account_name": Y(lambda f: f.name().upper(), "name"),
            "amount": G(lambda f: f.r.randint(5000, 2500000)),
            "currency": G(lambda f: "NGN"),
            "wallet_balance": G(lambda f: f.r.randint(0, 5000000)),
        },
    ),
    (
        "track",
        "Wyplata Zlecona",
        ["php"],
        PL,
        {
            "id_wyplaty": G(lambda f: f.digits(8)),
            "numer_konta": RED(lambda f: f.bank_account(), "bank account"),
            "wlasciciel_konta": Y(lambda f: f.name(), "name"),
            "kwota": money(20, 4000),
            "waluta": G(lambda f: "PLN"),
            "tytul_przelewu": G(
                lambda f: f.pick(["Wypłata środków Bazaro", "Sprzedaż ogłoszenia " + f.digits(9), "Zwrot"])
            ),
        },
    ),
    # -- verification ---------------------------------------------------------------------------------
    (
        "track",
        "Verification Decision Received",
        ["python", "node"],
        ALL,
        {
            "status": G(lambda f: "success"),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "code": G(lambda f: f.pick([9001, 9102, 9103])),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
                "reason": G(lambda f: f.pick(["", "Document expired", "Face not clearly visible"])),
                "person": {
                    "firstName": Y(lambda f: f.fn().upper(), "name"),
                    "lastName": Y(lambda f: f.ln().upper(), "name"),
                    "dateOfBirth": Y(lambda f: f.date(1955, 2005), "birthdate"),
                    "idNumber": RED(lambda f: f.national_id(), "national id"),
                    "nationality": Y(lambda f: f.pick(["PL", "RO", "NG", "UA", "MD"]), "citizenship"),
                    "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
                    "placeOfBirth": Y(lambda f: f.town().upper(), "city"),
                    "addresses": Many({"fullAddress": Y(lambda f: f.full_address(), "address")}, 1),
                },
                "document": {
                    "number": RED(lambda f: f.doc_number(), "national id|passport"),
                    "type": G(
                        lambda f: f.pick(["ID_CARD", "PASSPORT", "DRIVERS_LICENSE", "RESIDENCE_PERMIT"])
                    ),
                    "country": G(lambda f: COUNTRY[f.m]),
                    "validFrom": G(lambda f: f.date(2015, 2024)),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
                "decisionTime": G(lambda f: f.iso()),
            },
            "technicalData": {"ip": Y(lambda f: f.ipv4(), "ip")},
        },
    ),
    (
        "track",
        "Verificare Identitate Trimisa",
        ["java"],
        RO,
        {
            "cnp": RED(lambda f: f.cnp(), "national id"),
            "serie_buletin": RED(lambda f: f.ro_id_card(), "national id"),
            "nume": Y(lambda f: f.ln(), "name"),
            "prenume": Y(lambda f: f.fn(), "name"),
            "data_nasterii": Y(lambda f: f.date(1955, 2005), "birthdate"),
            "adresa_domiciliu": Y(lambda f: f.full_address(), "address"),
            "cetatenie": Y(lambda f: f.pick(["română", "moldovenească", "maghiară"]), "citizenship"),
            "tip_document": G(lambda f: f.pick(["CI", "pasaport", "permis"])),
            "status": G(lambda f: f.pick(["in_asteptare", "aprobat", "respins"])),
            "incercari": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Weryfikacja Sprzedawcy",
        ["php"],
        PL,
        {
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "nr_dowodu": RED(lambda f: f.pl_id_card(), "national id"),
            "imie": Y(lambda f: f.fn(), "name"),
            "nazwisko": Y(lambda f: f.ln(), "name"),
            "adres_zamieszkania": Y(lambda f: f.full_address(), "address"),
            "metoda": G(lambda f: f.pick(["mojeID", "przelew_weryfikacyjny", "dowod_selfie"])),
            "wynik": G(lambda f: f.pick(["pozytywny", "negatywny", "do_recznej_weryfikacji"])),
        },
    ),
    (
        "track",
        "BVN Verified",
        ["node", "flutter"],
        NG,
        {
            "bvn": RED(lambda f: f.bvn(), "national id"),
            "first_name": Y(lambda f: f.fn(), "name"),
            "middle_name": Y(lambda f: f.pick(NG_FIRST), "name"),
            "last_name": Y(lambda f: f.ln(), "name"),
            "enrollment_bank": G(lambda f: f.pick(["058", "044", "057", "033"])),
            "watch_listed": G(lambda f: f.pick([True, False])),
            "nin": RED(lambda f: f.ng_nin(), "national id"),
            "phone_number": Y(lambda f: f.tel(), "phone"),
            "date_of_birth": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "selfie_url": Y(lambda f: f"https://kyc.bazaro.cdn/selfies/{f.uuid()}.jpg", "photo"),
            "match_score": G(lambda f: round(f.r.uniform(0.4, 1.0), 3)),
            "provider": G(lambda f: f.pick(["smile_id", "youverify", "dojah"])),
            "passed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Passport Uploaded",
        ["python"],
        ALL,
        {
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "issuing_country": G(lambda f: COUNTRY[f.m]),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "mrz_valid": G(lambda f: f.pick([True, False])),
            "file_sha256": G(lambda f: f.hexid(64)),
            "pages": G(lambda f: f.pick([1, 2])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["go", "ruby"],
        ALL,
        {
            "phone": Y(lambda f: f.tel(), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "provider": G(lambda f: f.pick(["twilio", "termii", "smsapi"])),
            "verification_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Phone Verified",
        MOBILE,
        ALL,
        {
            "verification_id": G(lambda f: f.uuid()),
            "otp": RED(lambda f: f.digits(6), "token"),
            "autofilled": G(lambda f: f.pick([True, False])),
            "seconds_to_enter": G(lambda f: f.r.randint(4, 300)),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        ["ruby"],
        ALL,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["Bazaro", "+48732106464", "+40376300200", "BAZARO-NG"])),
            "To": Y(lambda f: "+" + "".join(c for c in f.tel() if c.isdigit()).lstrip("0"), "phone"),
            "MessageStatus": G(lambda f: f.pick(["delivered", "undelivered", "failed", "sent"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30008"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    # -- e-mail ---------------------------------------------------------------------------------------
    (
        "track",
        "Email Delivered",
        ["python"],
        ALL,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0001p1lon1.sendgrid.net>"),
            "category": Many(
                G(lambda f: f.pick(["transactional", "new_message", "price_drop", "saved_search"])), 2
            ),
            "template": G(lambda f: f.pick(["new_message", "ad_expiring", "price_drop", "payout_sent"])),
            "from": G(
                lambda f: f.pick(["no-reply@bazaro.pl", "notificari@bazaro.ro", "hello@bazaro.com.ng"])
            ),
            "useragent": G(lambda f: f.pick(UAS_WEB)),
            "opener_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["python", "go"],
        ALL,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "cta_url": RED(lambda f: f"{HOST[f.m]}/account/reset?token={f.hexid(40)}", "token", True),
            "expires_in_minutes": G(lambda f: f.pick([15, 30, 60])),
            "requested_from": G(lambda f: f.pick(["login_page", "app", "support"])),
            "reset_count_24h": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # -- trust & safety ----------------------------------------------------------------------------------
    (
        "track",
        "Report Submitted",
        CLIENT_APPS,
        ALL,
        {
            "report_id": G(lambda f: f.uuid()),
            "ad_id": AD_ID,
            "reported_user_id": UID,
            "reason": G(lambda f: f.pick(["scam", "fake_item", "prohibited_item", "offensive", "duplicate"])),
            "details": Y(
                lambda f: f.pick(TEXTS["report"][f.m]).format(p=f.tel()),
                "phone",
                True,
            ),
            "reported_user_name": Y(lambda f: f.name(), "name"),
            "reporter_email": Y(lambda f: f.mail(), "email"),
            "evidence_count": G(lambda f: f.r.randint(0, 6)),
            "lost_money": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Moderation Decision",
        ["go"],
        ALL,
        {
            "case-id": G(lambda f: "MOD-" + f.digits(8)),
            "ad-id": AD_ID,
            "decision": G(lambda f: f.pick(["approve", "reject", "ban_user", "request_changes"])),
            "policy-code": G(
                lambda f: f.pick(["P-12 scam", "P-03 prohibited", "P-07 duplicate", "P-21 misleading"])
            ),
            "moderator-name": Y(lambda f: f.name(), "name"),
            "moderator-email": Y(
                lambda f: ascii_fold(f.fn()).lower() + "." + ascii_fold(f.ln()).lower() + "@bazaro-group.com",
                "email",
            ),
            "queue": G(lambda f: f.pick(["cars-pl", "imobiliare-ro", "phones-ng", "jobs-pl"])),
            "time-to-decision-s": G(lambda f: f.r.randint(5, 7200)),
            "auto-flagged": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Admin User Lookup",
        ["ruby"],
        ALL,
        {
            "q": Y(lambda f: f.pick([f.mail(), f.tel()]), "email|phone", True),
            "results": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "agent_" + f.digits(4)),
            "tool": G(lambda f: f.pick(["backoffice", "zendesk_app", "retool"])),
            "reason_code": G(lambda f: f.pick(["ticket", "fraud_review", "law_enforcement"])),
        },
    ),
    (
        "track",
        "Account Suspended",
        ["java", "go"],
        ALL,
        {
            "user_id": UID,
            "reason": G(lambda f: f.pick(["scam", "multi_account", "chargebacks", "fake_documents"])),
            "linked_accounts": G(lambda f: f.r.randint(0, 8)),
            "last_login_ip": Y(lambda f: f.ipv4(), "ip"),
            "device_fingerprint": G(lambda f: f.hexid(32)),
            "email_domain": G(lambda f: f.pick(["gmail.com", "wp.pl", "yahoo.com", "mailinator.com"])),
            "phone_country": G(lambda f: COUNTRY[f.m]),
            "appeal_allowed": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- reviews, referrals ------------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        CLIENT_APPS,
        ALL,
        {
            "review_id": G(lambda f: f.hexid(24)),
            "transaction_id": G(lambda f: f.uuid()),
            "seller_id": UID,
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(lambda f: f.pick(TEXTS["review"][f.m])),
            "reviewer_display_name": Y(lambda f: f.short_name(), "name"),
            "tags": Many(G(lambda f: f.pick(["fast_reply", "as_described", "friendly", "late"])), 3),
        },
    ),
    (
        "track",
        "Referral Sent",
        MOBILE,
        ALL,
        {
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "contacts"])),
            "invitee_name": Y(lambda f: f.pick([f.fn(), f.name()]), "name"),
            "invitee_phone": Y(lambda f: f.tel(), "phone"),
            "invitee_email": Y(lambda f: f.mail(), "email"),
            "referral_code": G(lambda f: "BZ" + f.letters(2) + f.digits(4)),
            "reward": money(5, 50),
            "contacts_permission": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- jobs, housing, financing ------------------------------------------------------------------
    (
        "track",
        "Job Applied",
        ["web", "kotlin", "node"],
        ALL,
        lambda f: {
            "job_ad_id": AD_ID,
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "job_title": G(lambda f: f.pick(JOB_TITLES)),
            "cv_file_name": Y(
                lambda f: (
                    "CV_" + ascii_fold(f.name()).replace(" ", "_") + f.pick([".pdf", "_2024.pdf", ".docx"])
                ),
                "name",
                True,
            ),
            "applicant": {
                "full_name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "expected_salary": Y(lambda f: f.price(3500, 12000), "salary"),
                "years_experience": G(lambda f: f.r.randint(0, 25)),
                "age": G(lambda f: f.r.randint(18, 60)),
                "has_driving_licence": G(lambda f: f.pick([True, False])),
                "right_to_work": RED(lambda f: f.pick(["yes", "no", "need_permit"]), "visa"),
                "needs_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
                "requires_accommodation": RED(lambda f: f.pick([True, False]), "disability"),
                "current_employer": G(lambda f: f.pick(EMPLOYERS)),
                "city": Y(lambda f: f.town(), "city"),
                "date_of_birth": Y(lambda f: f.date(1965, 2006), "birthdate"),
            },
            **opt(f, 0.5, {"cover_letter_words": G(lambda f: f.r.randint(50, 600))}),
        },
    ),
    (
        "track",
        "Viewing Scheduled",
        ["web", "swift", "kotlin"],
        ALL,
        {
            "ad_id": AD_ID,
            "viewing_at": G(lambda f: f.iso()),
            "landlord_id": UID,
            "tenant": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
                "occupation": G(
                    lambda f: f.pick(["programista", "student", "asistentă medicală", "banker", "teacher"])
                ),
                "monthly_income": Y(lambda f: f.price(3000, 20000), "salary"),
                "household_size": G(lambda f: f.r.randint(1, 5)),
                "has_pets": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Roommate Profile Updated",
        ["flutter", "kotlin"],
        NG,
        {
            "profile_id": G(lambda f: f.uuid()),
            "gender": Y(lambda f: f.pick(["male", "female"]), "gender"),
            "age": G(lambda f: f.r.randint(19, 45)),
            "religion": Y(
                lambda f: f.pick(["christian", "muslim", "traditional", "prefer_not_to_say"]), "religion"
            ),
            "occupation": G(lambda f: f.pick(["banker", "student", "software developer", "trader"])),
            "budget_ngn": G(lambda f: f.r.randint(150000, 2500000)),
            "preferred_areas": Many(G(lambda f: f.pick(["Yaba", "Lekki", "Gbagada", "Wuse 2"])), 3),
            "smoker": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Financing Prequalified",
        ["java", "dotnet"],
        ["pl", "ro"],
        {
            "application_id": G(lambda f: f.uuid()),
            "ad_id": AD_ID,
            "loan_amount": money(10000, 150000),
            "term_months": G(lambda f: f.pick([24, 36, 48, 60, 72])),
            "monthly_installment": money(300, 4000),
            "bik_score": Y(lambda f: f.r.randint(192, 631), "credit score"),
            "net_income": Y(lambda f: f.price(3000, 25000), "salary"),
            "approved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Car Insurance Quote Viewed",
        ["web"],
        ["pl", "ro"],
        {
            "ad_id": AD_ID,
            "insurer": G(lambda f: f.pick(["PZU", "Warta", "Allianz-Țiriac", "Groupama"])),
            "premium_yearly": money(600, 4000),
            "current_policy_number": Y(
                lambda f: f.pick(["PZU", "WAR", "ROCA"]) + f.digits(10), "identification"
            ),
            "no_claims_years": G(lambda f: f.r.randint(0, 15)),
            "driver_age": G(lambda f: f.r.randint(18, 80)),
        },
    ),
    # -- attribution, notifications ---------------------------------------------------------------
    (
        "track",
        "Session Started",
        ["web"],
        ALL,
        lambda f: {
            "utm_source": G(lambda f: f.pick(["google", "facebook", "tiktok", "newsletter"])),
            "utm_medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "utm_campaign": G(lambda f: f.pick(["spring_auto", "imobiliare_q2", "tokunbo_deals"])),
            "landing_page": G(lambda f: f.pick(["/motoryzacja/", "/imobiliare/", "/cars/", "/"])),
            "is_returning": G(lambda f: f.pick([True, False])),
            **opt(f, 0.4, {"gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(30) + "_BwE", "advertising id")}),
            **opt(f, 0.4, {"fbclid": Y(lambda f: "IwAR" + f.hexid(40), "advertising id")}),
            **opt(
                f,
                0.5,
                {
                    "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                    "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
                },
            ),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["python"],
        ALL,
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "campaign": G(lambda f: f.pick(["UAC_PL_sellers", "RO_cars_install", "NG_phones_install"])),
            "install_time": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Address Saved",
        CLIENT_APPS,
        ALL,
        {
            "address_id": G(lambda f: f.uuid()),
            "label": G(lambda f: f.pick(["Dom", "Praca", "Acasă", "Home", "Office"])),
            "address_line1": Y(lambda f: f.street_line(), "address|street"),
            "zip": Y(lambda f: f.postcode(), "zipcode"),
            "town": Y(lambda f: f.town(), "city"),
            "is_default": G(lambda f: f.pick([True, False])),
            "address_type": G(lambda f: f.pick(["home", "work", "other"])),
            "addresses_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "SELLER_TIER_CHANGED",
        ["python"],
        ALL,
        {
            "SELLER_ID": UID,
            "NEW_TIER": G(lambda f: f.pick(["silver", "gold", "platinum"])),
            "GMV_90D": G(lambda f: f.price(0, 50000)),
            "CONTACT_EMAIL": Y(lambda f: f.mail(), "email"),
            "ACCOUNT_MANAGER": Y(lambda f: f.name(), "name"),
            "COMPUTED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["web"],
        ALL,
        {
            "ad_id": AD_ID,
            "agency_id": G(lambda f: "biz_" + f.digits(6)),
            "sender_name": Y(lambda f: f.name(), "name"),
            "sender_email": Y(lambda f: f.mail(), "email"),
            "sender_phone": Y(lambda f: f.tel(), "phone"),
            "message": G(lambda f: f.pick(TEXTS["contact"][f.m])),
            "gdpr_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Livrare Creata",
        ["java"],
        RO,
        {
            "awb": G(lambda f: "1" + f.digits(12)),
            "curier": G(lambda f: f.pick(["Sameday", "FAN Courier", "Cargus", "DPD"])),
            "destinatar_nume": Y(lambda f: f.name(), "name"),
            "destinatar_telefon": Y(lambda f: f.tel(), "phone"),
            "adresa_livrare": Y(lambda f: f.street_line(), "address|street"),
            "localitate": Y(lambda f: f.town(), "city"),
            "cod_postal": Y(lambda f: f.postcode(), "zipcode"),
            "judet": G(lambda f: f.region()),
            "ramburs": money(0, 2000),
            "greutate_kg": G(lambda f: round(f.r.uniform(0.2, 25), 1)),
            "deschidere_colet": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dealer Lead Created",
        ["dotnet"],
        ["pl", "ro"],
        {
            "LeadId": G(lambda f: f.uuid()),
            "DealerName": G(
                lambda f: f.pick(
                    ["Auto Komis Jan-Pol", "AutoGlobal Dealer", "Toyota Bemo Motors", "Porsche Inter Auto"]
                )
            ),
            "DealerPhone": G(lambda f: f.pick(["+48 22 654 10 20", "+40 21 310 44 55", "+48 61 830 20 20"])),
            "FullName": Y(lambda f: f.name(), "name"),
            "EmailAddress": Y(lambda f: f.mail(), "email"),
            "MobilePhone": Y(lambda f: f.tel(), "phone"),
            "PostCode": Y(lambda f: f.postcode(), "zipcode"),
            "TradeInVin": Y(lambda f: f.vin(), "serial"),
            "TradeInPlate": Y(lambda f: f.plate(), "license"),
            "FinanceRequired": G(lambda f: f.pick([True, False])),
            "PreferredContactTime": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Rider Onboarded",
        ["node"],
        NG,
        {
            "rider_id": G(lambda f: f.digits(5)),
            "full_name": Y(lambda f: f.name(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "home_address": Y(lambda f: f.full_address(), "address"),
            "date_of_birth": Y(lambda f: f.date(1975, 2004), "birthdate"),
            "drivers_licence_number": Y(
                lambda f: f.letters(3) + f.digits(5) + f.letters(2) + f.digits(2), "license"
            ),
            "nin": RED(lambda f: f.ng_nin(), "national id"),
            "guarantor": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "relationship": G(lambda f: f.pick(["brother", "uncle", "employer", "pastor"])),
                "address": Y(lambda f: f.full_address(), "address"),
            },
            "bike_plate": Y(lambda f: f.plate(), "license"),
            "payout_account": RED(lambda f: f.nuban(), "bank account"),
            "zone": G(lambda f: f.pick(["Lagos Mainland", "Lagos Island", "Abuja Central"])),
        },
    ),
    (
        "track",
        "Profile Updated",
        CLIENT_APPS,
        ALL,
        lambda f: {
            "fields_changed": Many(
                G(lambda f: f.pick(["display_name", "avatar", "whatsapp", "email", "about"])), 3
            ),
            "display_name": Y(lambda f: f.pick([f.fn(), f.name(), f.short_name()]), "name"),
            "about": G(lambda f: f.pick(TEXTS["about"][f.m])),
            "whatsapp": Y(lambda f: f.tel(), "phone"),
            **opt(
                f,
                0.5,
                {"old_email": Y(lambda f: f.mail(), "email"), "new_email": Y(lambda f: f.mail(), "email")},
            ),
        },
    ),
    (
        "track",
        "Plata Esuata",
        ["php"],
        RO,
        {
            "id_comanda": G(lambda f: f.digits(8)),
            "suma": money(20, 4000),
            "numar_card": G(lambda f: f.bin6() + "******" + f.digits(4)),
            "titular_card": Y(lambda f: f.name().upper(), "name"),
            "email_client": Y(lambda f: f.mail(), "email"),
            "ip_client": Y(lambda f: f.ipv4(), "ip"),
            "cod_eroare": G(lambda f: f.pick(["34", "51", "99", "3DS_FAIL"])),
            "procesator": G(lambda f: f.pick(["netopia", "euplatesc", "stripe"])),
        },
    ),
    (
        "track",
        "Historia Pojazdu Sprawdzona",
        ["web"],
        PL,
        {
            "ad_id": AD_ID,
            "nr_rejestracyjny": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "data_pierwszej_rejestracji": G(lambda f: f.date(2003, 2023)),
            "liczba_wlascicieli": G(lambda f: f.r.randint(1, 6)),
            "przebieg_ostatni_odczyt": G(lambda f: f.r.randint(5000, 320000)),
            "wynik": G(lambda f: f.pick(["zgodny", "rozbieżność przebiegu", "brak danych"])),
        },
    ),
    # -- page / screen ----------------------------------------------------------------------------------
    (
        "page",
        "Ad Detail",
        ["web"],
        ALL,
        {
            "path": G(
                lambda f: (
                    f"/d/oferta/{f.pick(SLUGS)}-CID{f.r.randint(5, 99)}"
                    f"-ID{f.letters(2)}{f.hexid(3).upper()}.html"
                )
            ),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://www.bazaro.pl/motoryzacja/"])
            ),
            "search": G(lambda f: f.pick(["", "?reason=observed_ad", "?bs=homepage_reco"])),
            "title": G(lambda f: f.title() + " • Bazaro"),
            "url": G(lambda f: f"{HOST[f.m]}/d/oferta/{f.hexid(8)}.html"),
            "category": CATEGORY,
            "ad_id": AD_ID,
        },
    ),
    (
        "page",
        "Search Results",
        ["web"],
        ALL,
        {
            "path": G(
                lambda f: f.pick(
                    ["/motoryzacja/osobowe/", "/imobiliare/apartamente/", "/mobile-phones/", "/praca/"]
                )
            ),
            "url": G(
                lambda f: HOST[f.m] + f.pick(["/motoryzacja/osobowe/", "/imobiliare/", "/mobile-phones/"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Samochody osobowe • Bazaro",
                        "Apartamente de vânzare • Bazaro",
                        "Mobile Phones in Lagos",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 12000)),
        },
    ),
    (
        "screen",
        "Chat",
        MOBILE,
        ALL,
        {
            "name": G(lambda f: "Chat"),
            "conversation_id": G(lambda f: f.uuid()),
            "unread_count": G(lambda f: f.r.randint(0, 30)),
            "counterparty_name": Y(lambda f: f.pick([f.fn(), f.short_name()]), "name"),
        },
    ),
]

WEIGHTS = {"pl": 0.45, "ro": 0.3, "ng": 0.25}


def pick_market(f: Fk, markets):
    if len(markets) == 1:
        return markets[0]
    weights = [WEIGHTS[m] for m in markets]
    return f.r.choices(markets, weights)[0]


def build(seed: int, repeats: int):
    f = Fk(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, markets, body in EVENTS:
            f.new_message(pick_market(f, markets))
            client = f.pick(clients)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            if f.r.random() < 0.85 or kind in ("identify", "group"):
                msg["userId"] = f.digits(9)
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "biz_" + f.digits(6)
            section = "traits" if kind in ("identify", "group") else "properties"
            template = body(f) if callable(body) else body
            msg[section] = render(template, f, section, labels)
            msg["context"] = render(context(f, client), f, "context", labels)
            events.append(msg)
        # an alias now and then, as a login on a new device sends it
        if f.r.random() < 0.5:
            f.new_message(pick_market(f, ALL))
            client = f.pick(["web", *MOBILE])
            msg = {
                "type": "alias",
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "previousId": f.uuid(),
                "userId": f.digits(9),
            }
            msg["context"] = render(context(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=177, repeats=30)
    write(Path(__file__).parent, "holdout177_", events, labels)
