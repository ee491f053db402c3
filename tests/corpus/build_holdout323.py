"""Writes holdout323: tests/corpus/holdout323_events.jsonl and holdout323_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only build.py / fake.py (helpers),
build_holdout3.py (format) and the reference's matcher table were read.

Domain: medical tourism for hair transplants, dental work and cosmetic surgery in Turkey,
Thailand and Hungary. A clinic marketplace (web: analytics.js; apps: analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter) with treatment search, quotes,
photo uploads for assessment, coordinator consultations, package bookings with hotel and airport
transfer, deposits and payments, post-operative follow-ups and reviews; server traffic from a
coordinator CRM (.NET, PascalCase keys), a WhatsApp Cloud API and telephony integration, Stripe
and bank-transfer payments, a Meta Conversions API relay, a reverse-ETL warehouse sync
(SCREAMING_SNAKE traits), a transfers micro-service (kebab-case keys), and clinic back-ends with
Turkish, Hungarian and Thai keys and values (python, node, go, java, ruby, php, .NET libraries).
Covers identify / track / page / screen / group / alias calls and real client contexts
(context.ip, context.traits, device, app, library, locale, userAgent, campaign, location).

Conventions: paths are portal.events.flatten's (dotted, arrays as `[]`); every leaf path in the
events has one label: classification, type (the reference's matcher name, or bank account,
geolocation, secret, national id, health id, advertising id, credit score; `a|b` when either
is fair) and value_only (the key does not say what the value is).

Labelling rules (the product's default colours and published policy, applied as given):
- PII is personal data about a natural person: the user, a companion or dependant, an emergency
  contact, a coordinator, doctor or driver (staff). Colour is the reference's default for the
  matcher; outside the reference, red for credentials/secrets, card numbers, bank accounts,
  government ids and health ids, yellow otherwise.
- Green: ids we or vendors issue (user, order, quote, booking, message, call ids, UUIDs, SKUs,
  Stripe customer / charge / payment-intent ids, WhatsApp message ids), versions, timestamps,
  hashes of non-PII and signatures, amounts, enums, counters and booleans under PII-sounding keys
  (`email_verified`, `photo_count`, `passport_uploaded`), clinic / hotel / insurer / airline /
  company names, a business's own phone, e-mail and address (clinic, hotel, the WhatsApp
  business number, role mailboxes, a telephony webhook's `To`), places that are not the
  person's (searched destination, clinic city, airport), country, locale, language, timezone,
  currency, user agents, OS-issued device ids, flight numbers, card brand / last four / expiry /
  BIN, bank BICs and sort codes, passport expiry dates and issuing countries, loyalty,
  customer and frequent-flyer numbers, ages and age bands, marital status, occupations, job
  titles and employers; a business's own IBAN and tax number (the clinic's, not the payer's).
- Staff are people: a coordinator's, doctor's or driver's name, named work e-mail and personal
  mobile are PII (yellow), their desk extension and role mailboxes are not. A device push token
  (APNs) is labelled red `token`.
- Policy cases: insurance policy numbers `identification` (yellow); prescription numbers
  `medication`; salaries and incomes `salary`; credit scores `credit score`; vehicle plates
  `license`; gclid / fbclid / fbp / fbc `advertising id` (yellow); billing and home addresses
  `address` (yellow, sub-fields city / zipcode / street by their matcher); Stripe `pm_` ids,
  one-time codes and sign-in link tokens `token` (red); hospital numbers (HN), clinic chart
  numbers, NHS and Hungarian TAJ numbers `health id` (red); passport and national ids red
  (`passport` / `national id`, Turkish TC Kimlik, Thai ID and Hungarian tax ids carry valid
  check digits); the last four of an SSN red.
- Special categories: a field stating something about the person's own health (conditions,
  hair-loss stage, donor-area rating, pain score, symptoms, smoker, BMI, blood group, lab
  results, diagnosis codes; not height) is yellow
  `condition` / `diagnosis`; medicines `medication`; allergies `allergy`; mobility or
  wheelchair needs red `disability`; religion and ethnicity yellow. A boolean that states one
  of these (`diabetic`, `pregnant`, `on_blood_thinners`, `wheelchair_user`) is labelled like it.
- Judgement call (a careful privacy owner's line): catalogue fields are products, green even in
  orders and quotes (package names, treatment category of a listing, search queries, clinic
  specialties); a procedure stated as an attribute of the person in profiles, intake forms,
  clinical records, plans and follow-ups is yellow `procedure`. Hashed e-mails and phones sent
  for ad matching are still the person's e-mail / phone (yellow); a photo URL of the patient
  (scalp, teeth, before/after) is `photo`; clinic and hotel image URLs are green.
- Free text is labelled by what every one of its values carries: each PII-bearing free-text
  field here carries that PII in every value, the others never do (green). value_only paths
  (`value`, `label`, `text`, `note`, `q`, `input`, `From`, `wa_id`, `to`...) hold the PII in
  every value.
"""

# Turkish dotless i is meant, and user-agent strings are kept whole.
# ruff: noqa: RUF001, E501

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ----------------------------------------------------------------------------------------

ORIGINS = {
    "GB": dict(
        first=[
            "Oliver",
            "Amelia",
            "Callum",
            "Sophie",
            "Priya",
            "Mohammed",
            "Chloe",
            "Liam",
            "Grace",
            "Danny",
        ],
        last=[
            "Thompson",
            "Walker",
            "Hughes",
            "Patel",
            "Begum",
            "Evans",
            "Clarke",
            "Ahmed",
            "Wright",
            "McLeod",
        ],
        cities=["Manchester", "Leeds", "Birmingham", "Glasgow", "Cardiff", "Bristol", "Liverpool"],
        streets=["Wilmslow Road", "Kirkstall Lane", "Stratford Road", "Byres Road", "Cowbridge Road East"],
        mail=["gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "yahoo.co.uk"],
        locale="en-GB",
        tz="Europe/London",
    ),
    "IE": dict(
        first=["Aoife", "Cian", "Siobhán", "Darragh", "Niamh", "Seán"],
        last=["Murphy", "O'Sullivan", "Byrne", "Kelly", "Ní Bhriain", "Fitzgerald"],
        cities=["Dublin", "Cork", "Galway", "Limerick"],
        streets=["Rathmines Road", "Douglas Street", "Shop Street", "O'Connell Avenue"],
        mail=["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
        locale="en-IE",
        tz="Europe/Dublin",
    ),
    "DE": dict(
        first=["Lukas", "Lena", "Jonas", "Hannah", "Mehmet", "Elif", "Jürgen", "Katarzyna"],
        last=["Schneider", "Becker", "Yıldız", "Wagner", "Hoffmann", "Özdemir", "Schäfer"],
        cities=["Berlin", "Köln", "München", "Hamburg", "Duisburg", "Frankfurt am Main"],
        streets=["Sonnenallee", "Venloer Straße", "Leopoldstraße", "Weseler Straße", "Berger Straße"],
        mail=["gmail.com", "web.de", "gmx.de", "t-online.de", "outlook.de"],
        locale="de-DE",
        tz="Europe/Berlin",
    ),
    "NL": dict(
        first=["Daan", "Sanne", "Bram", "Fleur", "Youssef", "Anouk"],
        last=["de Vries", "Jansen", "Bakker", "van Dijk", "El Amrani", "Visser"],
        cities=["Rotterdam", "Utrecht", "Amsterdam", "Eindhoven"],
        streets=["Nieuwe Binnenweg", "Amsterdamsestraatweg", "Kinkerstraat", "Stratumsedijk"],
        mail=["gmail.com", "hotmail.nl", "live.nl", "ziggo.nl"],
        locale="nl-NL",
        tz="Europe/Amsterdam",
    ),
    "US": dict(
        first=["Tyler", "Madison", "Jamal", "Ashley", "Carlos", "Brianna"],
        last=["Johnson", "Rodriguez", "Nguyen", "Washington", "Miller", "Kim"],
        cities=["Houston", "Chicago", "Phoenix", "Atlanta", "Newark"],
        streets=["Westheimer Rd", "N Clark St", "E Camelback Rd", "Peachtree St NE"],
        mail=["gmail.com", "yahoo.com", "icloud.com", "aol.com"],
        locale="en-US",
        tz="America/Chicago",
    ),
    "AU": dict(
        first=["Lachlan", "Charlotte", "Mia", "Thanh", "Isla"],
        last=["Nguyen", "Smith", "Kelly", "Tran", "Papadopoulos"],
        cities=["Melbourne", "Perth", "Brisbane", "Sydney"],
        streets=["Sydney Road", "Beaufort Street", "Brunswick Street", "King Street"],
        mail=["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"],
        locale="en-AU",
        tz="Australia/Melbourne",
    ),
    "SA": dict(
        first=["Abdullah", "Noura", "Faisal", "Reem", "Sultan"],
        last=["Al-Qahtani", "Al-Harbi", "Al-Otaibi", "Al-Ghamdi", "Al-Shehri"],
        cities=["Riyadh", "Jeddah", "Dammam"],
        streets=["King Fahd Road", "Tahlia Street", "Prince Sultan Street"],
        mail=["gmail.com", "hotmail.com", "outlook.sa"],
        locale="ar-SA",
        tz="Asia/Riyadh",
    ),
    "NO": dict(
        first=["Magnus", "Ingrid", "Sigrid", "Ole", "Nora"],
        last=["Hansen", "Johansen", "Berg", "Haugen", "Løken"],
        cities=["Oslo", "Bergen", "Trondheim"],
        streets=["Thorvald Meyers gate", "Bogstadveien", "Strandgaten"],
        mail=["gmail.com", "online.no", "hotmail.no"],
        locale="nb-NO",
        tz="Europe/Oslo",
    ),
    "NG": dict(
        first=["Chinedu", "Ngozi", "Oluwaseun", "Funmilayo", "Emeka"],
        last=["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu"],
        cities=["Lagos", "Abuja", "Port Harcourt"],
        streets=["Admiralty Way", "Aminu Kano Crescent", "Allen Avenue"],
        mail=["gmail.com", "yahoo.com", "outlook.com"],
        locale="en-NG",
        tz="Africa/Lagos",
    ),
    "TR": dict(
        first=["Ayşe", "Mehmet", "Zeynep", "Emre", "Cemre", "Oğuzhan"],
        last=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın"],
        cities=["İstanbul", "Ankara", "İzmir", "Bursa"],
        streets=["Bağdat Caddesi", "Atatürk Bulvarı", "Kıbrıs Şehitleri Caddesi"],
        mail=["gmail.com", "hotmail.com", "yandex.com.tr"],
        locale="tr-TR",
        tz="Europe/Istanbul",
    ),
    "HU": dict(
        first=["Bence", "Zsófia", "Dániel", "Eszter", "Levente"],
        last=["Nagy", "Kovács", "Tóth", "Szabó", "Horváth"],
        cities=["Budapest", "Debrecen", "Győr", "Pécs"],
        streets=["Váci út", "Andrássy út", "Piac utca", "Baross utca"],
        mail=["gmail.com", "freemail.hu", "citromail.hu"],
        locale="hu-HU",
        tz="Europe/Budapest",
    ),
    "TH": dict(
        first=["Somchai", "Siriporn", "Nattapong", "Kanokwan", "Apinya"],
        last=["Srisuk", "Wongsakul", "Boonmee", "Chaiyaporn", "Thongdee"],
        cities=["Bangkok", "Chiang Mai", "Khon Kaen", "Nonthaburi"],
        streets=["Sukhumvit Road", "Nimmanhaemin Road", "Mittraphap Road"],
        mail=["gmail.com", "hotmail.com", "outlook.co.th"],
        locale="th-TH",
        tz="Asia/Bangkok",
    ),
}
ABROAD = ["GB", "GB", "IE", "DE", "DE", "NL", "US", "AU", "SA", "NO", "NG"]
THAI_SCRIPT = {
    "Somchai": "สมชาย",
    "Siriporn": "ศิริพร",
    "Nattapong": "ณัฐพงศ์",
    "Kanokwan": "กนกวรรณ",
    "Apinya": "อภิญญา",
    "Srisuk": "ศรีสุข",
    "Wongsakul": "วงศ์สกุล",
    "Boonmee": "บุญมี",
    "Chaiyaporn": "ชัยพร",
    "Thongdee": "ทองดี",
}
COORDINATORS = [
    ("Selin", "Çelik", "TR"),
    ("Burak", "Aydın", "TR"),
    ("Elif", "Koç", "TR"),
    ("Pimchanok", "Saetang", "TH"),
    ("Thanawat", "Rattanakorn", "TH"),
    ("Katalin", "Horváth", "HU"),
    ("Gábor", "Varga", "HU"),
    ("Hannah", "Mitchell", "GB"),
]
DOCTORS = [
    "Dr. Murat Öztürk",
    "Dr. Serkan Arslan",
    "Op. Dr. Deniz Kılıç",
    "Dr. Thitima Rattanakorn",
    "Dr. Chanin Pongsiri",
    "Dr. Farkas Péter",
    "Dr. Molnár Anna",
    "Dr. Ece Güneş",
]
CLINICS = [
    (101, "Bosphorus Hair Institute", "İstanbul", "TR", "hair"),
    (102, "Anatolia Dental Studio", "Antalya", "TR", "dental"),
    (103, "Nişantaşı Aesthetic Surgery", "İstanbul", "TR", "cosmetic"),
    (201, "Siam Aesthetic Hospital", "Bangkok", "TH", "cosmetic"),
    (202, "Sukhumvit Smile Dental", "Bangkok", "TH", "dental"),
    (203, "Andaman Plastic Surgery Centre", "Phuket", "TH", "cosmetic"),
    (301, "Buda Dental Arts", "Budapest", "HU", "dental"),
    (302, "Danube Implant Centre", "Budapest", "HU", "dental"),
    (303, "Győr Smile Clinic", "Győr", "HU", "dental"),
]
PACKAGES = [
    ("HT-FUE-3000", "FUE Hair Transplant 3000 grafts + 3 nights", "hair", 1950),
    ("HT-DHI-4000", "DHI Choi Pen 4000 grafts VIP package", "hair", 2890),
    ("HT-BEARD-2000", "Beard Transplant 2000 grafts", "hair", 1650),
    ("DN-VEN-20", "20 E.max Veneers Hollywood Smile", "dental", 4200),
    ("DN-ALLON4", "All-on-4 Implants (one arch)", "dental", 5900),
    ("DN-ZIRC-CROWN", "Zirconia Crown", "dental", 210),
    ("DN-STRAUMANN", "Straumann Implant + Abutment", "dental", 780),
    ("CS-RHINO", "Rhinoplasty (open technique) + 6 nights", "cosmetic", 3100),
    ("CS-BBL", "Brazilian Butt Lift package", "cosmetic", 4650),
    ("CS-GASTRIC-SLV", "Gastric Sleeve all-inclusive", "cosmetic", 3500),
    ("CS-BLEPH", "Upper Blepharoplasty", "cosmetic", 1450),
]
HOTELS = [
    "Radisson Blu Hotel Istanbul Şişli",
    "Hilton Garden Inn Istanbul Airport",
    "Novotel Bangkok Sukhumvit 20",
    "Amari Phuket",
    "Hotel Moments Budapest",
    "Danubius Hotel Helia",
    "Rixos Downtown Antalya",
]
AIRPORTS = ["IST", "SAW", "AYT", "BKK", "HKT", "BUD"]
AIRLINES = [
    ("TK", "Turkish Airlines"),
    ("PC", "Pegasus"),
    ("TG", "Thai Airways"),
    ("W6", "Wizz Air"),
    ("EK", "Emirates"),
]
CURRENCIES = ["GBP", "EUR", "USD", "TRY", "THB", "HUF", "SAR"]
DESTINATIONS = ["Istanbul", "Antalya", "Izmir", "Bangkok", "Phuket", "Budapest", "Győr"]
TZS = ["Europe/Istanbul", "Asia/Bangkok", "Europe/Budapest"]


def fold(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I").replace("ø", "o").replace("ß", "ss").replace("'", "")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace(" ", "")


@dataclass
class Person:
    country: str
    first: str
    last: str
    email: str
    phone: str
    phone_local: str
    wa: str
    city: str
    street: str
    postcode: str
    dob: str
    locale: str
    tz: str

    @property
    def name(self):
        return f"{self.first} {self.last}"


class HF(Fake):
    """Fake with coherent people from many countries and the domain's ids."""

    p: Person

    def person(self, country=None) -> Person:
        c = country or self.pick(ABROAD)
        o = ORIGINS[c]
        first, last = self.pick(o["first"]), self.pick(o["last"])
        e164, local = self.phone_for(c)
        user = self.pick(
            [
                f"{fold(first)}.{fold(last)}",
                f"{fold(first)}{fold(last)[:1]}{self.r.randint(1, 99)}",
                f"{fold(first)}_{fold(last)}{self.r.randint(70, 99)}",
                f"{fold(last)}.{fold(first)[:1]}",
            ]
        )
        return Person(
            country=c,
            first=first,
            last=last,
            email=f"{user}@{self.pick(o['mail'])}",
            phone=e164,
            phone_local=local,
            wa=e164.replace("+", "").replace(" ", ""),
            city=self.pick(o["cities"]),
            street=self.street_for(c, o),
            postcode=self.postcode_for(c),
            dob=self.date(1958, 2003),
            locale=o["locale"],
            tz=o["tz"],
        )

    def new_person(self, country=None):
        self.p = self.person(country)
        return self.p

    def d(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def phone_for(self, c):
        r = self.r
        if c == "GB":
            n = "7" + self.pick(["700", "911", "824", "463", "590"]) + self.d(6)
            return self.pick([f"+44 {n[:4]} {n[4:]}", f"+44{n}"]), f"0{n[:4]} {n[4:]}"
        if c == "IE":
            n = self.pick(["83", "85", "86", "87"]) + self.d(7)
            return f"+353 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}"
        if c == "DE":
            n = self.pick(["151", "160", "171", "176"]) + self.d(8)
            return self.pick([f"+49 {n[:3]} {n[3:]}", f"+49{n}"]), f"0{n[:3]} {n[3:]}"
        if c == "NL":
            n = "6" + self.d(8)
            return f"+31 6 {n[1:]}", f"06-{n[1:]}"
        if c == "US":
            a, b, x = r.randint(201, 989), r.randint(202, 989), r.randint(0, 9999)
            return f"+1{a}{b}{x:04d}", self.pick([f"({a}) {b}-{x:04d}", f"{a}-{b}-{x:04d}"])
        if c == "AU":
            n = "4" + self.d(8)
            return f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}"
        if c == "SA":
            n = "5" + self.pick(["0", "3", "5", "6"]) + self.d(7)
            return f"+966 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}"
        if c == "NO":
            n = self.pick(["4", "9"]) + self.d(7)
            return f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}"
        if c == "NG":
            n = self.pick(["803", "806", "813", "905"]) + self.d(7)
            return f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}"
        if c == "TR":
            n = "5" + self.pick(["32", "33", "42", "05", "55"]) + self.d(7)
            return f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"
        if c == "HU":
            n = self.pick(["20", "30", "70"]) + self.d(7)
            return f"+36 {n[:2]} {n[2:5]} {n[5:]}", f"06 {n[:2]} {n[2:5]} {n[5:]}"
        if c == "TH":
            n = self.pick(["81", "86", "89", "92", "95"]) + self.d(7)
            return f"+66 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:5]}-{n[5:]}"
        raise KeyError(c)

    def street_for(self, c, o):
        no = self.r.randint(1, 240)
        s = self.pick(o["streets"])
        if c in ("DE", "NL", "NO", "HU"):
            return f"{s} {no}"
        if c == "TR":
            return f"{s} No:{no} D:{self.r.randint(1, 20)}"
        if c == "TH":
            return f"{no}/{self.r.randint(1, 90)} {s}"
        return f"{no} {s}"

    def postcode_for(self, c):
        r = self.r
        L = "ABCDEFGHJKLMNPRSTUWXY"
        if c == "GB":
            return f"{self.pick(['M', 'LS', 'B', 'G', 'CF', 'BS', 'L'])}{r.randint(1, 20)} {r.randint(1, 9)}{self.pick(L)}{self.pick(L)}"
        if c == "IE":
            return f"{self.pick(['D04', 'D08', 'T12', 'H91', 'V94'])} {self.pick(L)}{r.randint(1, 9)}{self.pick(L)}{r.randint(1, 9)}"
        if c == "NL":
            return f"{r.randint(1011, 9999)} {self.pick(L)}{self.pick(L)}"
        if c == "NO":
            return f"{r.randint(150, 7099):04d}"
        if c in ("HU",):
            return str(r.randint(1011, 9999))
        if c == "AU":
            return str(r.randint(2000, 6999))
        if c == "NG":
            return str(r.randint(100001, 900001))
        return f"{r.randint(10000, 99999)}"

    # -- government, health and bank identifiers with real check digits -------------------------

    def tckn(self):
        d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d.append(d10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))

    def thai_id(self):
        d = [self.r.randint(1, 8)] + [self.r.randint(0, 9) for _ in range(11)]
        check = (11 - sum(x * (13 - i) for i, x in enumerate(d)) % 11) % 10
        s = "".join(map(str, d)) + str(check)
        return self.pick([s, f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"])

    def taj(self):
        d = [self.r.randint(0, 9) for _ in range(8)]
        d.append(sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10)
        s = "".join(map(str, d))
        return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])

    def hu_tax_id(self):
        while True:
            d = [8] + [self.r.randint(0, 9) for _ in range(8)]
            check = sum(x * (i + 1) for i, x in enumerate(d)) % 11
            if check < 10:
                return "".join(map(str, d)) + str(check)

    def nhs(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, d)) + str(check)
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def iban_any(self, country):
        if country in ("DE", "GB", "FR", "NL", "ES"):
            return self.iban(country)
        bban = {
            "TR": lambda: self.pick(["00010", "00062", "00046", "00012"]) + "0" + self.d(16),
            "HU": lambda: self.pick(["117", "104", "120"]) + self.d(21),
            "IE": lambda: self.pick(["AIBK", "BOFI"]) + self.d(14),
            "NO": lambda: self.d(11),
        }[country]()
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def passport(self, c=None):
        c = c or self.p.country
        if c == "AU":
            return self.pick(["PA", "PB", "N"]) + self.digits(7)
        if c in ("GB", "US"):
            return self.digits(9)
        if c == "DE":
            return "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
        if c == "NL":
            return (
                self.pick(["NW", "NX", "BR"])
                + "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
                + self.d(5)
            )
        if c in ("TR", "HU"):
            return self.pick(["U", "S", "BE"]) + self.d(7 if c == "HU" else 8)
        return self.pick(["A", "P", "N"]) + self.d(8)

    def photo_url(self, kind):
        return f"https://uploads.carevoyage.health/assess/{self.uuid()}/{kind}_{self.r.randint(1, 6)}.jpg"

    def sha256(self, text):
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()

    def coordinator(self):
        return self.pick(COORDINATORS)

    def coord_name(self):
        first, last, _ = self.coordinator()
        return f"{first} {last}"

    def coord_email(self):
        first, last, _ = self.coordinator()
        return f"{fold(first)}.{fold(last)}@carevoyage.health"

    def clinic(self):
        return self.pick(CLINICS)

    def package(self):
        return self.pick(PACKAGES)

    def flight(self):
        code, _ = self.pick(AIRLINES)
        return f"{code}{self.r.randint(10, 2999)}"

    def booking_ref(self):
        return f"CV-{self.pick(['TR', 'TH', 'HU'])}-24-{self.d(5)}"

    def set(self, name, value):
        setattr(self, name, value)
        return value

    def ip(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()


def other_name(f: HF):
    return f.person().name


# -- contexts of the client libraries ----------------------------------------------------------------

WEB_PAGES = [
    ("/", "CareVoyage | Hair, dental & cosmetic treatment abroad"),
    ("/hair-transplant/turkey", "Hair Transplant in Turkey: prices & clinics | CareVoyage"),
    ("/dental/budapest", "Dental Implants in Budapest | CareVoyage"),
    ("/cosmetic-surgery/thailand", "Cosmetic Surgery in Thailand | CareVoyage"),
    ("/quote", "Get your free quote | CareVoyage"),
    ("/checkout", "Secure deposit | CareVoyage"),
]


def web_context(f: HF):
    def page(field):
        def gen(f):
            path, title = f.set("web_page", f.pick(WEB_PAGES)) if field == "path" else f.web_page
            return {"path": path, "title": title, "url": "https://www.carevoyage.health" + path}[field]

        return G(gen)

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.74.0", "next-1.76.1", "npm:next-1.75.0"])),
        },
        "page": {
            "path": page("path"),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.facebook.com/",
                        "https://www.trustpilot.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=whatsapp", "?lang=de"])
            ),
            "title": page("title"),
            "url": page("url"),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.p.locale),
        "timezone": G(lambda f: f.p.tz),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["hair_tr_uk_q2", "dental_hu_de", "rhino_th_au", "brand_search"])),
            "source": G(lambda f: f.pick(["google", "facebook", "tiktok", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "hair transplant turkey cost",
                        "veneers budapest",
                        "nose job bangkok price",
                        "fue istanbul",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["before_after_carousel", "price_table", "video_testimonial"])),
        },
    }


def mobile_common(f: HF, lib, version):
    return {
        "app": {
            "name": G(lambda f: "CareVoyage"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["4800", "4822", "4901"])),
            "namespace": G(lambda f: "health.carevoyage.app"),
        },
        "library": {"name": G(lambda f: lib), "version": G(lambda f: version)},
        "locale": G(lambda f: f.p.locale),
        "timezone": G(lambda f: f.p.tz),
        "ip": Y(lambda f: f.ip(), "ip"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Vodafone UK", "EE", "Turkcell", "AIS", "Telekom.de", "STC", "Yettel HU"])
            ),
        },
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
        },
    }


def swift_context(f: HF):
    c = mobile_common(f, "analytics-swift", "1.5.11")
    c["device"] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
        "name": G(lambda f: "iPhone"),
        "type": G(lambda f: "ios"),
        "advertisingId": Y(
            lambda f: f.pick([f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]), "advertising id"
        ),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        "token": RED(lambda f: f.hexid(64), "token"),
    }
    c["os"] = {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))}
    c["screen"] = {
        "width": G(lambda f: f.pick([390, 393, 430])),
        "height": G(lambda f: f.pick([844, 852, 932])),
    }
    return c


def kotlin_context(f: HF):
    c = mobile_common(f, "analytics-kotlin", "1.16.3")
    c["device"] = {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "OPPO"])),
        "model": G(lambda f: f.pick(["SM-A546B", "23021RAAEG", "Pixel 7", "CPH2581"])),
        "name": G(lambda f: f.pick(["a54x", "sapphire", "panther"])),
        "type": G(lambda f: "android"),
        "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
    }
    c["os"] = {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))}
    c["screen"] = {
        "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
        "width": G(lambda f: 1080),
        "height": G(lambda f: f.pick([2340, 2400])),
    }
    c["userAgent"] = G(
        lambda f: f.pick(
            [
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; 23021RAAEG Build/TKQ1.221114.001)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP1A.240405.002)",
            ]
        )
    )
    return c


RN_DEVICES = [
    ("Apple", "iPhone14,5", "iPhone", "ios", "iOS", "17.4.1", 390, 844),
    ("Apple", "iPhone15,3", "iPhone", "ios", "iOS", "17.5", 430, 932),
    ("samsung", "SM-S918B", "dm3q", "android", "Android", "14", 412, 915),
    ("Xiaomi", "2201117TY", "spes", "android", "Android", "13", 393, 873),
]


def rn_context(f: HF):
    c = mobile_common(f, "analytics-react-native", f.pick(["2.19.2", "2.20.0"]))
    c["device"] = {
        "id": G(lambda f: f.set("dev", f.pick(RN_DEVICES)) and f.uuid()),
        "manufacturer": G(lambda f: f.dev[0]),
        "model": G(lambda f: f.dev[1]),
        "name": G(lambda f: f.dev[2]),
        "type": G(lambda f: f.dev[3]),
    }
    c["os"] = {"name": G(lambda f: f.dev[4]), "version": G(lambda f: f.dev[5])}
    c["screen"] = {"width": G(lambda f: f.dev[6]), "height": G(lambda f: f.dev[7])}
    c["traits"]["phone"] = Y(lambda f: f.p.phone, "phone")
    return c


def flutter_context(f: HF):
    c = mobile_common(f, "analytics_flutter", "1.1.4")
    c["device"] = {
        "id": G(lambda f: f.set("dev", f.pick(RN_DEVICES)) and f.uuid()),
        "manufacturer": G(lambda f: f.dev[0]),
        "model": G(lambda f: f.dev[1]),
        "type": G(lambda f: f.dev[3]),
    }
    c["os"] = {"name": G(lambda f: f.dev[4]), "version": G(lambda f: f.dev[5])}
    c["location"] = {
        "latitude": Y(lambda f: round(f.r.uniform(35.0, 60.0), 6), "geolocation"),
        "longitude": Y(lambda f: round(f.r.uniform(-8.0, 45.0), 6), "geolocation"),
        "city": Y(lambda f: f.p.city, "city"),
        "country": G(lambda f: f.p.country),
        "speed": G(lambda f: f.pick([0.0, 0.4, 12.1])),
    }
    return c


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib_key):
    def ctx(f: HF):
        name, versions = SERVER_LIBS[lib_key]
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib_key == "php":
            c["library"]["consumer"] = G(lambda f: f.pick(["LibCurl", "ForkCurl"]))
        if lib_key in ("node", "python", "ruby"):
            c["ip"] = Y(lambda f: f.ip(), "ip")
            c["userAgent"] = G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                        "WhatsApp/2.24.8.78 A",
                    ]
                )
            )
        if lib_key in ("node", "java"):
            c["traits"] = {
                "email": Y(lambda f: f.p.email, "email"),
                "name": Y(lambda f: f.p.name, "name"),
            }
        if lib_key == "go":
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.p.phone.replace(" ", ""), "phone", True),
                    "type": G(lambda f: "whatsapp_number"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib_key == "dotnet":
            c["groupId"] = G(lambda f: f"clinic_{f.clinic()[0]}")
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{k: server_context(k) for k in SERVER_LIBS},
}
APPS = ["swift", "kotlin", "rn", "flutter"]
WEB_APPS = ["web", "web", *APPS]

# -- reusable pieces ---------------------------------------------------------------------------------


def product_item():
    def pk(i):
        return lambda f: f.pkg[i]

    return {
        "product_id": G(lambda f: str(f.r.randint(10000, 99999))),
        "sku": G(lambda f: f.set("pkg", f.package())[0]),
        "name": G(pk(1)),
        "category": G(pk(2)),
        "brand": G(lambda f: f.clinic()[1]),
        "price": G(lambda f: float(f.pkg[3])),
        "quantity": G(lambda f: f.pick([1, 1, 1, 2])),
        "url": G(lambda f: f"https://www.carevoyage.health/p/{f.pkg[0].lower()}"),
        "image_url": G(lambda f: f"https://cdn.carevoyage.health/packages/{f.hexid(10)}.webp"),
    }


def free_pii_phone(f: HF):
    ph = f.p.phone
    return f.pick(
        [
            f"Please call me on {ph}, after 6pm UK time",
            f"WhatsApp is best: {ph}",
            f"My number changed, new one is {ph}",
            f"Can the coordinator ring {ph} tomorrow morning?",
        ]
    )


def note_with_phone(f: HF):
    return f.pick(
        [
            f"Prefers WhatsApp on {f.p.phone}",
            f"Alt number from patient: {f.p.phone_local}",
            f"Husband's mobile for transfer day: {f.person(f.p.country).phone}",
            f"Call back on {f.p.phone_local} re deposit",
        ]
    )


def chatbot_text(f: HF):
    return f.pick(
        [
            f"my email is {f.p.email}",
            f"{f.p.email}",
            f"you can reach me at {f.p.phone}",
            f"whatsapp me {f.p.phone_local} pls",
            f"email: {f.p.email} thanks",
        ]
    )


def crm_query(f: HF):
    return f.pick([f.p.name, f.p.last, f.p.email, f.p.phone_local, f.p.wa, f"{f.p.first} {f.p.last[:3]}"])


# -- events ------------------------------------------------------------------------------------------

MARKETPLACE = [
    (
        "page",
        "Treatment Landing",
        ["web"],
        {
            "path": G(lambda f: f.pick(WEB_PAGES)[0]),
            "url": G(lambda f: "https://www.carevoyage.health" + f.pick(WEB_PAGES)[0]),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://www.reddit.com/r/tressless/"])
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=whatsapp"])),
            "treatment_category": G(lambda f: f.pick(["hair", "dental", "cosmetic"])),
            "destination": G(lambda f: f.pick(DESTINATIONS)),
            "ab_variant": G(lambda f: f.pick(["control", "price_first", "video_hero"])),
        },
    ),
    (
        "screen",
        "Clinic Detail",
        APPS,
        {
            "clinic_id": G(lambda f: f.clinic()[0]),
            "from_screen": G(lambda f: f.pick(["Search Results", "Favourites", "Home"])),
            "tab": G(lambda f: f.pick(["overview", "doctors", "reviews", "before_after", "prices"])),
            "scroll_depth": G(lambda f: f.pick([25, 50, 75, 100])),
        },
    ),
    (
        "track",
        "Treatments Searched",
        WEB_APPS,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "fue 4000 grafts",
                        "veneers",
                        "all on 4 budapest",
                        "rhinoplasty",
                        "bbl turkey",
                        "dhi vs fue",
                        "gastric sleeve antalya",
                    ]
                )
            ),
            "destination": G(lambda f: f.pick([*DESTINATIONS, "Any"])),
            "treatment_category": G(lambda f: f.pick(["hair", "dental", "cosmetic"])),
            "budget_max": G(lambda f: f.pick([1500, 2500, 4000, 8000])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "travel_month": G(lambda f: f.pick(["2024-09", "2024-10", "2025-01", "flexible"])),
            "results_count": G(lambda f: f.r.randint(0, 64)),
            "sort": G(lambda f: f.pick(["recommended", "price_asc", "rating"])),
            "filters": {
                "jci_accredited": G(lambda f: f.pick([True, False])),
                "includes_hotel": G(lambda f: f.pick([True, False])),
                "language": G(lambda f: f.pick(["en", "de", "ar", "nl"])),
            },
        },
    ),
    (
        "track",
        "Clinic Viewed",
        WEB_APPS,
        {
            "clinic_id": G(lambda f: f.set("cl", f.clinic())[0]),
            "clinic_name": G(lambda f: f.cl[1]),
            "clinic_city": G(lambda f: f.cl[2]),
            "clinic_country": G(lambda f: f.cl[3]),
            "specialty": G(lambda f: f.cl[4]),
            "rating": G(lambda f: round(f.r.uniform(4.1, 5.0), 1)),
            "reviews_count": G(lambda f: f.r.randint(12, 2400)),
            "lead_surgeon": Y(lambda f: f.pick(DOCTORS), "name"),
            "accreditation": G(lambda f: f.pick(["JCI", "ISO 9001", "TEMOS", "none"])),
            "price_from": G(lambda f: f.pick([1450, 1950, 210, 3100])),
            "clinic_phone": G(lambda f: f.pick(["+90 212 555 40 40", "+66 2 079 0000", "+36 1 555 0123"])),
            "clinic_email": G(
                lambda f: f.pick(
                    ["info@bosphorushair.com.tr", "hello@budadentalarts.hu", "contact@siamaesthetic.co.th"]
                )
            ),
            "clinic_address": G(
                lambda f: f.pick(
                    [
                        "Halaskargazi Cd. No:38, 34371 Şişli/İstanbul",
                        "Váci út 22, 1132 Budapest",
                        "999 Sukhumvit Rd, Khlong Toei, Bangkok 10110",
                    ]
                )
            ),
            "position": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Product Viewed",
        WEB_APPS,
        {**product_item(), "currency": G(lambda f: f.pick(["GBP", "EUR", "USD"]))},
    ),
    (
        "track",
        "Product Added",
        WEB_APPS,
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: str(f.r.randint(10000, 99999))),
            "sku": G(lambda f: f.package()[0]),
            "price": G(lambda f: float(f.package()[3])),
            "quantity": G(lambda f: f.pick([1, 1, 2])),
            "addons": Many(
                G(lambda f: f.pick(["vip_transfer", "extra_night", "prp_session", "translator"])), 3
            ),
        },
    ),
    (
        "track",
        "Quote Requested",
        WEB_APPS,
        {
            "quote_id": G(lambda f: "Q" + f.digits(8)),
            "treatment": G(
                lambda f: f.pick(
                    ["hair_transplant", "beard_transplant", "veneers", "implants", "rhinoplasty", "bbl"]
                )
            ),
            "grafts_requested": G(lambda f: f.pick([2500, 3000, 4000, 5000])),
            "norwood_scale": Y(lambda f: f.pick(["NW2", "NW3", "NW3V", "NW4", "NW5", "NW6"]), "condition"),
            "preferred_month": G(lambda f: f.pick(["September", "October", "January", "not sure"])),
            "travellers": G(lambda f: f.pick([1, 1, 2, 3])),
            "contact_preference": G(lambda f: f.pick(["whatsapp", "email", "phone"])),
            "whatsapp_opt_in": G(lambda f: f.pick([True, False])),
            "full_name": Y(lambda f: f.p.name, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "country_of_residence": G(lambda f: f.p.country),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "BwE", "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(28), "advertising id"),
            "photos_attached": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Assessment Photos Uploaded",
        [*APPS, "web"],
        {
            "upload_id": G(lambda f: f.uuid()),
            "quote_id": G(lambda f: "Q" + f.digits(8)),
            "photo_count": G(lambda f: f.r.randint(1, 6)),
            "angles": Many(G(lambda f: f.pick(["front", "top", "crown", "left", "right", "donor"])), 4),
            "photo_urls": Many(Y(lambda f: f.photo_url(f.pick(["scalp", "smile", "profile"])), "photo"), 4),
            "thumbnail_url": Y(lambda f: f.photo_url("thumb"), "photo"),
            "file_size_bytes": G(lambda f: f.r.randint(180_000, 6_500_000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "image/heic", "image/png"])),
            "exif_stripped": G(lambda f: f.pick([True, False])),
            "photo_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Consultation Booked",
        WEB_APPS,
        {
            "consultation_id": G(lambda f: f.uuid()),
            "coordinator_id": G(lambda f: f.r.randint(1000, 1099)),
            "coordinator_name": Y(lambda f: f.coord_name(), "name"),
            "channel": G(lambda f: f.pick(["whatsapp_video", "zoom", "phone"])),
            "scheduled_at": G(lambda f: f.iso()),
            "scheduled_timezone": G(lambda f: f.p.tz),
            "language": G(lambda f: f.pick(["en", "de", "ar", "tr", "nl"])),
            "meeting_url": G(lambda f: f"https://carevoyage.zoom.us/j/{f.digits(11)}"),
            "patient_whatsapp": Y(lambda f: f.p.phone, "phone"),
            "interpreter_needed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Checkout Started",
        WEB_APPS,
        {
            "order_id": G(lambda f: f.booking_ref()),
            "package_name": G(lambda f: f.package()[1]),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "hotel_nights": G(lambda f: f.pick([3, 4, 6, 8, 10])),
            "airport_transfer": G(lambda f: f.pick([True, False])),
            "arrival_date": G(lambda f: f.date(2024, 2025)),
            "deposit": G(lambda f: f.pick([150.0, 250.0, 300.0, 500.0])),
            "revenue": G(lambda f: f.money(800, 7000)),
            "currency": G(lambda f: f.pick(["GBP", "EUR", "USD"])),
            "coupon": G(lambda f: f.pick(["", "SUMMER150", "REFER100", "NEWSMILE"])),
            "products": Many(product_item(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin", "rn"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(
                lambda f: f.pick(["card", "apple_pay", "google_pay", "bank_transfer", "klarna"])
            ),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.d(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "card_bin": G(lambda f: f.pick(["454313", "522135", "374245", "492181"])),
            "card_country": G(lambda f: f.p.country),
            "cardholder_name": Y(lambda f: f.pick([f.p.name, f.p.name.upper()]), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.p.street, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
                "country": G(lambda f: f.p.country),
            },
            "installments": G(lambda f: f.pick([1, 3, 6])),
        },
    ),
    (
        "track",
        "Order Completed",
        [*WEB_APPS, "node"],
        {
            "order_id": G(lambda f: f.booking_ref()),
            "checkout_id": G(lambda f: f.uuid()),
            "booking_number": G(lambda f: f.lucky_order_number()),
            "total": G(lambda f: f.money(800, 7000)),
            "deposit_paid": G(lambda f: f.pick([150.0, 250.0, 300.0])),
            "balance_due_on_arrival": G(lambda f: f.money(500, 6500)),
            "currency": G(lambda f: f.pick(["GBP", "EUR", "USD"])),
            "coupon": G(lambda f: f.pick(["", "SUMMER150", "REFER100"])),
            "products": Many(product_item(), 2),
            "clinic_id": G(lambda f: f.clinic()[0]),
            "receipt_email": Y(lambda f: f.p.email, "email"),
            "is_first_booking": G(lambda f: f.pick([True, False])),
            "companions": G(lambda f: f.pick([0, 0, 1, 2])),
        },
    ),
    (
        "identify",
        None,
        WEB_APPS,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "birthday": Y(lambda f: f.p.dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "male", "prefer_not_to_say"]), "gender"),
            "whatsappNumber": Y(lambda f: f.p.phone, "phone"),
            "address": {
                "street": Y(lambda f: f.p.street, "street|address"),
                "city": Y(lambda f: f.p.city, "city"),
                "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
                "country": G(lambda f: f.p.country),
            },
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.p.locale[:2]),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "treatmentInterest": G(lambda f: f.pick(["hair", "dental", "cosmetic"])),
            "quotesRequested": G(lambda f: f.r.randint(0, 5)),
            "loyaltyNumber": G(lambda f: "CVL" + f.digits(8)),
            "avatar": Y(lambda f: f"https://uploads.carevoyage.health/avatars/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Signed Up",
        WEB_APPS,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "whatsapp_otp"])),
            "email": Y(lambda f: f.p.email, "email"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "referral_code": G(lambda f: f.pick(["", "SARAH-K9F2", "CV-" + f.hexid(6).upper()])),
            "terms_version": G(lambda f: f.pick(["2024-03", "2024-06"])),
        },
    ),
    (
        "track",
        "Sign-in Link Requested",
        ["python"],
        {
            "email": Y(lambda f: f.p.email, "email"),
            "magic_link_token": RED(lambda f: f.hexid(48), "token"),
            "expires_in_sec": G(lambda f: 900),
            "requested_from_ip": Y(lambda f: f.ip(), "ip"),
            "email_template_id": G(lambda f: f.pick(["d-4f1a9c", "d-77b2e0"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "destination_phone": Y(lambda f: f.p.phone, "phone"),
            "otp_code": RED(lambda f: f.d(6), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "vonage", "netgsm"])),
            "phone_count": G(lambda f: f.pick([1, 1, 2])),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["login", "register"])),
            "form_fields": {
                "email": Y(lambda f: f.p.email, "email"),
                "password": RED(
                    lambda f: f.pick(["Summer2024!", "hairgoals88", "Istanbul#1", f.hexid(10)]), "password"
                ),
                "remember_me": G(lambda f: f.pick([True, False])),
            },
            "duration_ms": G(lambda f: f.r.randint(3000, 90000)),
        },
    ),
    (
        "track",
        "Contact Field Completed",
        WEB_APPS,
        {
            "form_id": G(lambda f: f.pick(["quote", "callback"])),
            "field_name": G(lambda f: f.pick(["whatsapp", "mobile", "phone"])),
            "value": Y(lambda f: f.pick([f.p.phone, f.p.phone_local]), "phone", True),
            "valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Newsletter Inline Form Submitted",
        ["web"],
        {
            "placement": G(lambda f: f.pick(["footer", "blog_sidebar", "exit_intent"])),
            "input": Y(lambda f: f.p.email, "email", True),
            "list": G(lambda f: f.pick(["price-alerts", "weekly"])),
        },
    ),
    (
        "track",
        "Saved Traveller Selected",
        APPS,
        {
            "traveller_id": G(lambda f: f.uuid()),
            "label": Y(lambda f: f.person(f.p.country).name, "name", True),
            "index": G(lambda f: f.r.randint(0, 3)),
            "is_self": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Chatbot Lead Captured",
        ["node"],
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
            "intent": G(lambda f: "share_contact"),
            "text": Y(chatbot_text, "email|phone", True),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "bot_version": G(lambda f: f.pick(["2.3.1", "2.4.0"])),
        },
    ),
    (
        "track",
        "Callback Requested",
        WEB_APPS,
        {
            "request_id": G(lambda f: f.uuid()),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "message": Y(free_pii_phone, "phone", True),
            "source_page": G(lambda f: f.pick(WEB_PAGES)[0]),
        },
    ),
    (
        "track",
        "Companion Added",
        WEB_APPS,
        {
            "booking_id": G(lambda f: f.booking_ref()),
            "companion_first_name": Y(lambda f: f.person(f.p.country).first, "name"),
            "companion_last_name": Y(lambda f: f.p.last, "name"),
            "companion_relationship": G(lambda f: f.pick(["spouse", "friend", "parent", "sibling", "child"])),
            "companion_dob": Y(lambda f: f.date(1950, 2015), "birthdate"),
            "companion_passport_number": RED(lambda f: f.passport(), "passport"),
            "shares_room": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Flight Details Added",
        [*APPS, "web"],
        {
            "booking_id": G(lambda f: f.booking_ref()),
            "airline": G(lambda f: f.pick(AIRLINES)[1]),
            "flight_number": G(lambda f: f.flight()),
            "arrival_airport": G(lambda f: f.pick(AIRPORTS)),
            "arrival_at": G(lambda f: f.iso()),
            "departure_at": G(lambda f: f.iso()),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "passport_country": G(lambda f: f.p.country),
            "passport_expiry": G(lambda f: f.date(2025, 2034)),
            "frequent_flyer_number": G(lambda f: f.pick(["TK", "TG", "EK"]) + f.digits(9)),
            "passport_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Review Submitted",
        WEB_APPS,
        {
            "review_id": G(lambda f: f.r.randint(100000, 999999)),
            "clinic_id": G(lambda f: f.clinic()[0]),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Life changing!",
                        "Great result at 6 months",
                        "Communication could be better",
                        "Worth every penny",
                    ]
                )
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "The clinic was spotless and the transfer was on time. Hotel was fine.",
                        "12 months post op and the density is amazing, very happy with the result.",
                        "Translator was super helpful, the whole process took two days.",
                        "A bit of swelling for a week but nothing unexpected. Would recommend.",
                        "Price was as quoted, no hidden extras.",
                    ]
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{f.p.first} {f.p.last[0]}.", "name"),
            "reviewer_country": G(lambda f: f.p.country),
            "treatment": G(lambda f: f.pick(["FUE", "DHI", "Veneers", "Implants", "Rhinoplasty"])),
            "before_after_photos": Many(Y(lambda f: f.photo_url("review"), "photo"), 2),
            "verified_patient": G(lambda f: f.pick([True, False])),
            "months_since_procedure": G(lambda f: f.r.randint(1, 18)),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Post-Op Check-in Completed",
        APPS,
        {
            "followup_id": G(lambda f: f.uuid()),
            "booking_id": G(lambda f: f.booking_ref()),
            "day": G(lambda f: f.pick([1, 3, 7, 10, 30, 90, 180])),
            "pain_score": Y(lambda f: f.r.randint(0, 10), "condition"),
            "symptoms": Many(
                Y(
                    lambda f: f.pick(["swelling", "itching", "scabbing", "numbness", "redness", "none"]),
                    "condition",
                ),
                3,
            ),
            "antibiotics_taken": Y(lambda f: f.pick([True, False]), "medication"),
            "photos": Many(Y(lambda f: f.photo_url("postop"), "photo"), 3),
            "coordinator_notified": G(lambda f: f.pick([True, False])),
            "next_checkin_at": G(lambda f: f.iso()),
            "checkin_streak": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Referral Sent",
        WEB_APPS,
        {
            "referral_code": G(lambda f: "CV-" + f.hexid(6).upper()),
            "invitee_email": Y(lambda f: f.person().email, "email"),
            "invitee_name": Y(lambda f: f.person().first, "name"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([50, 100])),
        },
    ),
    (
        "track",
        "Consent Updated",
        WEB_APPS,
        {
            "consent_id": G(lambda f: f.uuid()),
            "marketing_email": G(lambda f: f.pick([True, False])),
            "marketing_whatsapp": G(lambda f: f.pick([True, False])),
            "health_data_processing": G(lambda f: True),
            "share_photos_with_clinic": G(lambda f: f.pick([True, False])),
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "policy_version": G(lambda f: f.pick(["v7", "v8"])),
        },
    ),
    (
        "track",
        "Quote Shared",
        WEB_APPS,
        {
            "quote_id": G(lambda f: "Q" + f.digits(8)),
            "share_channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
            "recipient": Y(lambda f: f.person().email, "email", True),
            "include_photos": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, WEB_APPS, None),
]

CLINICAL = [
    (
        "track",
        "Medical Intake Submitted",
        [*APPS, "web"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "form_version": G(lambda f: f.pick(["3.2", "3.3"])),
            "patient": {
                "first_name": Y(lambda f: f.p.first, "name"),
                "last_name": Y(lambda f: f.p.last, "name"),
                "date_of_birth": Y(lambda f: f.p.dob, "birthdate"),
                "sex": Y(lambda f: f.pick(["male", "female"]), "sex|gender"),
                "nationality": Y(
                    lambda f: f.pick(
                        ["British", "Irish", "German", "Dutch", "Saudi", "Norwegian", "Nigerian"]
                    ),
                    "citizenship",
                ),
                "occupation": G(
                    lambda f: f.pick(["Teacher", "Software engineer", "Nurse", "Self-employed", "Retired"])
                ),
                "marital_status": G(lambda f: f.pick(["single", "married", "divorced"])),
                "height_cm": G(lambda f: f.r.randint(152, 196)),
            },
            "emergency_contact": {
                "name": Y(lambda f: other_name(f), "name"),
                "phone": Y(lambda f: f.person(f.p.country).phone, "phone"),
                "relationship": G(lambda f: f.pick(["wife", "husband", "mother", "brother", "friend"])),
            },
            "medical": {
                "allergies": Many(
                    Y(lambda f: f.pick(["penicillin", "latex", "none", "lidocaine", "ibuprofen"]), "allergy"),
                    2,
                ),
                "current_medications": Many(
                    Y(
                        lambda f: f.pick(
                            ["finasteride 1mg", "minoxidil 5%", "sertraline", "levothyroxine", "none"]
                        ),
                        "medication",
                    ),
                    3,
                ),
                "conditions": Many(
                    Y(
                        lambda f: f.pick(
                            ["hypertension", "type 2 diabetes", "asthma", "hepatitis B", "none"]
                        ),
                        "condition",
                    ),
                    2,
                ),
                "smoker": Y(lambda f: f.pick(["never", "former", "current"]), "condition"),
                "on_blood_thinners": Y(lambda f: f.pick([True, False]), "medication"),
                "diabetic": Y(lambda f: f.pick([True, False]), "condition"),
                "pregnant": Y(lambda f: f.pick([False, False, True]), "condition"),
                "previous_surgeries": Many(
                    Y(lambda f: f.pick(["appendectomy", "FUE 2019", "none", "C-section"]), "procedure"), 2
                ),
                "bmi": Y(lambda f: round(f.r.uniform(19, 38), 1), "condition"),
            },
            "home_address": Y(lambda f: f"{f.p.street}, {f.p.postcode} {f.p.city}", "address"),
            "nhs_number": RED(lambda f: f.nhs(), "health id"),
            "consent_signed": G(lambda f: True),
            "completed_at": G(lambda f: f.iso()),
            "fields_skipped": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Hair Assessment Completed",
        ["python", "java"],
        {
            "assessment_id": G(lambda f: f.uuid()),
            "quote_id": G(lambda f: "Q" + f.digits(8)),
            "assessed_by": Y(lambda f: f.pick(DOCTORS), "name"),
            "norwood_scale": Y(lambda f: f.pick(["NW2", "NW3", "NW3V", "NW4", "NW5", "NW6"]), "condition"),
            "donor_area_rating": Y(lambda f: f.pick(["poor", "average", "good", "excellent"]), "condition"),
            "ethnicity": Y(
                lambda f: f.pick(
                    ["White European", "Middle Eastern", "Black African", "South Asian", "East Asian"]
                ),
                "ethnicity",
            ),
            "hair_texture": G(lambda f: f.pick(["straight", "wavy", "curly", "afro"])),
            "recommended_technique": Y(lambda f: f.pick(["FUE", "DHI", "Sapphire FUE"]), "procedure"),
            "recommended_grafts": G(lambda f: f.pick([2500, 3000, 3500, 4000, 4500])),
            "eligible": G(lambda f: f.pick([True, True, False])),
            "quote_amount": G(lambda f: f.pick([1650.0, 1950.0, 2400.0, 2890.0])),
            "currency": G(lambda f: "EUR"),
            "model_version": G(lambda f: "hairseg-2024.05"),
        },
    ),
    (
        "track",
        "Dental Treatment Plan Created",
        ["php"],
        {
            "plan_id": G(lambda f: "TP-" + f.digits(6)),
            "clinic_id": G(lambda f: f.pick([301, 302, 303, 102, 202])),
            "dentist_name": Y(lambda f: f.pick(DOCTORS), "name"),
            "items": Many(
                {
                    "code": G(
                        lambda f: f.pick(
                            ["IMPL-STRAUMANN", "CROWN-ZIRC", "VEN-EMAX", "EXT-SIMPLE", "BONE-GRAFT"]
                        )
                    ),
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Straumann implant",
                                "Zirconia crown",
                                "E.max veneer",
                                "Simple extraction",
                                "Bone graft",
                            ]
                        )
                    ),
                    "unit_price": G(lambda f: f.pick([780.0, 210.0, 290.0, 40.0, 350.0])),
                    "qty": G(lambda f: f.r.randint(1, 20)),
                },
                4,
            ),
            "requires_bone_graft": Y(lambda f: f.pick([True, False]), "procedure"),
            "periodontitis": Y(lambda f: f.pick([True, False]), "condition|diagnosis"),
            "panoramic_xray_url": Y(
                lambda f: f"https://uploads.carevoyage.health/xray/{f.uuid()}.dcm", "photo"
            ),
            "visits_required": G(lambda f: f.pick([1, 2])),
            "total_eur": G(lambda f: f.money(400, 12000)),
            "total_huf": G(lambda f: f.r.randint(150_000, 4_800_000)),
        },
    ),
    (
        "track",
        "Kezelési Terv Elfogadva",
        ["php"],
        {
            "paciens_azonosito": RED(lambda f: "BDA-" + f.digits(6), "health id"),
            "nev": Y(lambda f: f"{f.p.last} {f.p.first}", "name"),
            "szuletesi_datum": Y(lambda f: f.p.dob.replace("-", "."), "birthdate"),
            "taj_szam": RED(lambda f: f.taj(), "health id"),
            "telefonszam": Y(lambda f: f.p.phone, "phone"),
            "email_cim": Y(lambda f: f.p.email, "email"),
            "kezeles": Y(
                lambda f: f.pick(["implantáció", "gyökérkezelés", "héjkerámia", "foghúzás"]), "procedure"
            ),
            "fogorvos": Y(
                lambda f: f.pick(["Dr. Farkas Péter", "Dr. Molnár Anna", "Dr. Kiss Zoltán"]), "name"
            ),
            "rendelo": G(lambda f: f.pick(["Buda Dental Arts", "Danube Implant Centre"])),
            "osszeg": G(lambda f: f.r.randint(150_000, 4_800_000)),
            "penznem": G(lambda f: "HUF"),
            "elfogadva": G(lambda f: f.pick([True, False])),
            "idopont": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Hasta Kaydı Oluşturuldu",
        ["python", "go"],
        {
            "hasta_no": RED(lambda f: str(f.r.randint(200000, 899999)), "health id"),
            "ad": Y(lambda f: f.p.first, "name"),
            "soyad": Y(lambda f: f.p.last, "name"),
            "tc_kimlik_no": RED(lambda f: f.tckn(), "national id"),
            "cep_telefonu": Y(lambda f: f.p.phone_local, "phone"),
            "e_posta": Y(lambda f: f.p.email, "email"),
            "dogum_tarihi": Y(lambda f: ".".join(reversed(f.p.dob.split("-"))), "birthdate"),
            "il": Y(lambda f: f.pick(["İstanbul", "Ankara", "Köln", "Berlin", "Amsterdam"]), "city"),
            "islem": Y(
                lambda f: f.pick(["Saç ekimi FUE", "Saç ekimi DHI", "Burun estetiği", "Zirkonyum kaplama"]),
                "procedure",
            ),
            "greft_sayisi": G(lambda f: f.pick([2500, 3000, 3500, 4000])),
            "doktor": Y(
                lambda f: f.pick(["Dr. Murat Öztürk", "Op. Dr. Deniz Kılıç", "Dr. Ece Güneş"]), "name"
            ),
            "operasyon_tarihi": G(lambda f: f.date(2024, 2025)),
            "ucret": G(lambda f: f.pick([1950, 2400, 2890])),
            "para_birimi": G(lambda f: f.pick(["EUR", "TRY", "GBP"])),
            "durum": G(lambda f: f.pick(["onaylandi", "beklemede", "iptal"])),
            "kvkk_onayi": G(lambda f: True),
        },
    ),
    (
        "track",
        "Hospital Admission Synced",
        ["java"],
        {
            "hn": RED(lambda f: f"{f.r.randint(60, 67)}-{f.d(6)}", "health id"),
            "patient_name_en": Y(lambda f: f.p.name, "name"),
            "patient_name_th": Y(
                lambda f: " ".join(THAI_SCRIPT.get(x, x) for x in (f.p.first, f.p.last)), "name"
            ),
            "passport_no": RED(lambda f: f.passport(), "passport"),
            "nationality": Y(
                lambda f: f.pick(["British", "Australian", "Saudi", "Thai", "Norwegian"]), "citizenship"
            ),
            "religion": Y(lambda f: f.pick(["Buddhist", "Muslim", "Christian", "None"]), "religion"),
            "blood_group": Y(lambda f: f.pick(["A+", "O+", "B-", "AB+"]), "condition"),
            "marital_status": G(lambda f: f.pick(["single", "married"])),
            "age": G(lambda f: f.r.randint(21, 64)),
            "ward": G(lambda f: f.pick(["International Ward 9", "Cosmetic Day Surgery", "ICU"])),
            "room_no": G(lambda f: f.pick(["903", "911", "DS-04"])),
            "diagnosis_icd10": Y(lambda f: f.pick(["L64.9", "M95.0", "E66.9", "K08.1"]), "diagnosis"),
            "procedure_icd9cm": Y(lambda f: f.pick(["86.64", "21.87", "86.83", "23.6"]), "procedure"),
            "attending_physician": Y(
                lambda f: f.pick(["Dr. Thitima Rattanakorn", "Dr. Chanin Pongsiri", "Dr. Wiroj Sukprasert"]),
                "name",
            ),
            "admit_date": G(lambda f: f.date(2024, 2024)),
            "discharge_date": G(lambda f: f.date(2024, 2024)),
            "insurer": G(lambda f: f.pick(["Allianz Care", "Bupa Global", "Cigna", "self-pay"])),
            "insurance_policy_no": Y(lambda f: f.pick(["ALZ", "BUP", "CGN"]) + f.digits(9), "identification"),
            "mobility_assistance": RED(lambda f: f.pick(["none", "wheelchair", "walker"]), "disability"),
        },
    ),
    (
        "track",
        "ฟอร์มลงทะเบียนผู้ป่วย",
        ["node"],
        {
            "ชื่อ": Y(lambda f: THAI_SCRIPT[f.p.first], "name"),
            "นามสกุล": Y(lambda f: THAI_SCRIPT[f.p.last], "name"),
            "เลขบัตรประชาชน": RED(lambda f: f.thai_id(), "national id"),
            "เบอร์โทรศัพท์": Y(lambda f: f.p.phone_local, "phone"),
            "อีเมล": Y(lambda f: f.p.email, "email"),
            "หัตถการ": Y(lambda f: f.pick(["เสริมจมูก", "ตาสองชั้น", "ดูดไขมัน", "ทำฟัน"]), "procedure"),
            "สาขา": G(lambda f: f.pick(["สุขุมวิท", "สีลม", "ภูเก็ต"])),
            "line_user_id": G(lambda f: "U" + f.hexid(32)),
            "รับข่าวสาร": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pre-Op Blood Test Uploaded",
        ["python", "kotlin"],
        {
            "test_id": G(lambda f: f.uuid()),
            "lab_name": G(lambda f: f.pick(["Synlab", "Randox Health", "Acıbadem Labmed", "Bumrungrad Lab"])),
            "sample_collected_at": G(lambda f: f.iso()),
            "hba1c_percent": Y(lambda f: round(f.r.uniform(4.8, 8.9), 1), "condition|diagnosis"),
            "hemoglobin_g_dl": Y(lambda f: round(f.r.uniform(10.5, 17.2), 1), "condition|diagnosis"),
            "hiv_result": Y(lambda f: f.pick(["negative", "negative", "reactive"]), "condition|diagnosis"),
            "hbsag_result": Y(lambda f: f.pick(["negative", "positive"]), "condition|diagnosis"),
            "fit_for_surgery": G(lambda f: f.pick([True, True, False])),
            "reviewed_by": Y(lambda f: f.pick(DOCTORS), "name"),
            "pages": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Coordinator Shift Started",
        ["java"],
        {
            "coordinator_id": G(lambda f: f.r.randint(1000, 1099)),
            "coordinator_email": Y(lambda f: f.coord_email(), "email"),
            "personal_mobile": Y(lambda f: f.phone_for(f.coordinator()[2])[0], "phone"),
            "desk_extension": G(lambda f: f.pick(["201", "214", "230", "245"])),
            "hourly_rate": Y(lambda f: f.pick([9.5, 11.0, 14.25, 18.0]), "salary"),
            "office": G(lambda f: f.pick(["Istanbul HQ", "Bangkok", "Budapest", "Remote"])),
            "languages": Many(G(lambda f: f.pick(["en", "tr", "de", "ar", "th", "hu"])), 3),
            "shift_start": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Prescription Issued",
        ["ruby"],
        {
            "prescription_id": G(lambda f: f.uuid()),
            "rx_number": Y(lambda f: "RX" + f.digits(7), "medication"),
            "drug": Y(
                lambda f: f.pick(
                    ["Amoxicillin 500mg", "Finasteride 1mg", "Prednisolone 5mg", "Tramadol 50mg"]
                ),
                "medication",
            ),
            "dosage": Y(lambda f: f.pick(["1x daily", "3x daily for 5 days", "2x daily"]), "medication"),
            "prescriber": Y(lambda f: f.pick(DOCTORS), "name"),
            "pharmacy": G(lambda f: f.pick(["Boots Online", "Eczane Nişantaşı", "Fascino Pharmacy"])),
            "issued_at": G(lambda f: f.iso()),
            "refills": G(lambda f: f.pick([0, 1])),
        },
    ),
]

TRAVEL = [
    (
        "track",
        "Airport Transfer Scheduled",
        ["node"],
        {
            "transfer-id": G(lambda f: f.uuid()),
            "booking-ref": G(lambda f: f.booking_ref()),
            "flight-number": G(lambda f: f.flight()),
            "arrival-airport": G(lambda f: f.pick(AIRPORTS)),
            "pickup-at": G(lambda f: f.iso()),
            "pickup-hotel": G(lambda f: f.pick(HOTELS)),
            "driver-name": Y(
                lambda f: f.pick(["Hakan Yurt", "Somsak Inthong", "Tamás Balogh", "Yusuf Erdem"]), "name"
            ),
            "driver-phone": Y(
                lambda f: f.pick([f.phone_for("TR")[0], f.phone_for("TH")[0], f.phone_for("HU")[0]]), "phone"
            ),
            "vehicle-plate": Y(
                lambda f: f.pick(
                    [
                        f"34 {f.pick('ABCDEFGH')}{f.pick('KLMNPR')} {f.r.randint(100, 9999)}",
                        f"กข {f.r.randint(1000, 9999)}",
                        f"AA{f.pick('BCDEF')}-{f.r.randint(100, 999)}",
                    ]
                ),
                "license",
            ),
            "vehicle-type": G(lambda f: f.pick(["Mercedes Vito", "Toyota Commuter", "Skoda Superb"])),
            "passenger-count": G(lambda f: f.pick([1, 2, 3])),
            "passengers": Many(
                {
                    "full-name": Y(lambda f: f.person(f.p.country).name, "name"),
                    "passport-no": RED(lambda f: f.passport(), "passport"),
                    "wheelchair-user": RED(lambda f: f.pick([False, False, True]), "disability"),
                },
                3,
            ),
            "lead-passenger-mobile": Y(lambda f: f.p.phone, "phone"),
            "meet-and-greet-sign": Y(lambda f: f"{f.p.first.upper()} {f.p.last.upper()}", "name", True),
        },
    ),
    (
        "track",
        "Hotel Booking Confirmed",
        ["java", "node"],
        {
            "hotel_booking_id": G(lambda f: "HB" + f.digits(9)),
            "supplier": G(lambda f: f.pick(["Hotelbeds", "WebBeds", "direct"])),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "hotel_address": G(
                lambda f: f.pick(
                    [
                        "Halaskargazi Cd. 259, 34381 Şişli/İstanbul",
                        "Soi Sukhumvit 20, Bangkok 10110",
                        "Kossuth Lajos u. 1, 1053 Budapest",
                    ]
                )
            ),
            "hotel_phone": G(lambda f: f.pick(["+90 212 375 30 00", "+66 2 009 4999", "+36 1 889 5600"])),
            "check_in": G(lambda f: f.date(2024, 2025)),
            "check_out": G(lambda f: f.date(2024, 2025)),
            "room_type": G(lambda f: f.pick(["Superior Double", "Twin Room", "Junior Suite"])),
            "board": G(lambda f: f.pick(["BB", "HB", "RO"])),
            "guests": Many(
                {
                    "first_name": Y(lambda f: f.person(f.p.country).first, "name"),
                    "last_name": Y(lambda f: f.p.last, "name"),
                    "age": G(lambda f: f.r.randint(4, 70)),
                    "is_child": G(lambda f: f.pick([False, False, True])),
                },
                3,
            ),
            "special_requests": G(
                lambda f: f.pick(
                    ["Late check-in", "Twin beds please", "High floor", "Extra pillows after surgery", ""]
                )
            ),
            "cost_net": G(lambda f: f.money(120, 900)),
            "currency": G(lambda f: "EUR"),
        },
    ),
    (
        "track",
        "Travel Insurance Purchased",
        ["python"],
        {
            "policy_number": Y(lambda f: "CVP-" + f.digits(9), "identification"),
            "insurer": G(lambda f: f.pick(["Battleface", "Medical Travel Shield", "Allianz Partners"])),
            "cover_level": G(lambda f: f.pick(["complications", "complications_plus", "standard"])),
            "premium": G(lambda f: f.money(39, 190)),
            "beneficiary_name": Y(lambda f: other_name(f), "name"),
            "beneficiary_relationship": G(lambda f: f.pick(["spouse", "parent", "child"])),
            "trip_start": G(lambda f: f.date(2024, 2025)),
            "trip_end": G(lambda f: f.date(2024, 2025)),
            "pre_existing_declared": G(lambda f: f.pick([True, False])),
        },
    ),
]

PAYMENTS = [
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "charge_id": G(lambda f: "ch_" + f.hexid(24)),
            "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
            "amount": G(lambda f: f.pick([15000, 25000, 30000, 50000])),
            "currency": G(lambda f: f.pick(["gbp", "eur", "usd"])),
            "billing_details": {
                "name": Y(lambda f: f.p.name, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.phone, "phone"),
                "address": {
                    "line1": Y(lambda f: f.p.street, "address|street"),
                    "city": Y(lambda f: f.p.city, "city"),
                    "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
                    "country": G(lambda f: f.p.country),
                },
            },
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.d(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "fingerprint": G(
                    lambda f: "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(16)
                    )
                ),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
                "three_d_secure": G(lambda f: f.pick(["authenticated", "attempted", "not_required"])),
            },
            "receipt_url": G(lambda f: f"https://pay.stripe.com/receipts/payment/{f.hexid(40)}"),
            "livemode": G(lambda f: True),
        },
    ),
    (
        "track",
        "Card Payment Failed",
        ["php"],
        {
            "merchant_oid": G(lambda f: "CV" + f.digits(10)),
            "status": G(lambda f: "failed"),
            "failed_reason_code": G(lambda f: f.pick(["0", "2", "6", "99"])),
            "failed_reason_msg": G(
                lambda f: f.pick(["Yetersiz bakiye", "Kart limiti yetersiz", "3D doğrulama başarısız"])
            ),
            "total_amount": G(lambda f: f.pick(["850000", "1200000", "495000"])),
            "hash": G(lambda f: f.hexid(44)),
            "installment_count": G(lambda f: f.pick([1, 3, 6])),
            "card_pan": RED(lambda f: f.card(), "credit card"),
            "card_holder": Y(lambda f: f.p.name, "name"),
        },
    ),
    (
        "track",
        "Bank Transfer Received",
        ["go", "php"],
        {
            "transfer_ref": G(lambda f: "BT" + f.digits(10)),
            "payer_name": Y(lambda f: f.p.name, "name"),
            "payer_iban": RED(
                lambda f: f.iban_any(f.pick(["GB", "DE", "NL", "IE", "NO", "TR"])), "bank account"
            ),
            "payer_bic": G(lambda f: f.pick(["NWBKGB2L", "DEUTDEFF", "ABNANL2A", "AIBKIE2D", "DNBANOKK"])),
            "beneficiary_iban": G(
                lambda f: f.pick(["HU77 1170 0024 0000 0000 1234 5670", "TR33 0006 1005 1978 6457 8413 26"])
            ),
            "remittance_info": G(lambda f: f.booking_ref()),
            "amount": G(lambda f: f.pick([150.0, 250.0, 300.0, 500.0])),
            "currency": G(lambda f: f.pick(["EUR", "GBP"])),
            "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "60-16-13"])),
            "matched": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Deposit Refunded",
        ["dotnet"],
        {
            "RefundId": G(lambda f: f.uuid()),
            "BookingRef": G(lambda f: f.booking_ref()),
            "Amount": G(lambda f: f.pick([150.0, 250.0, 300.0])),
            "Currency": G(lambda f: f.pick(["EUR", "GBP"])),
            "Reason": G(lambda f: f.pick(["not_eligible", "changed_mind", "medical_clearance_failed"])),
            "RefundIban": RED(lambda f: f.iban_any(f.pick(["GB", "DE", "IE", "NL"])), "bank account"),
            "AccountHolder": Y(lambda f: f.p.name, "name"),
            "ApprovedBy": Y(lambda f: f.coord_email(), "email"),
            "ProcessedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Financing Application Submitted",
        ["ruby"],
        {
            "application_id": G(lambda f: f.uuid()),
            "lender": G(lambda f: f.pick(["Klarna", "MedLend US", "Zopa"])),
            "amount_requested": G(lambda f: f.pick([2000, 3500, 5000])),
            "term_months": G(lambda f: f.pick([6, 12, 24])),
            "annual_income": Y(lambda f: f.r.randint(18000, 140000), "salary"),
            "employer": G(lambda f: f.pick(["NHS Trust", "Tesco", "Amazon", "self-employed"])),
            "job_title": G(lambda f: f.pick(["Nurse", "Warehouse operative", "Engineer", "Driver"])),
            "credit_score": Y(lambda f: f.r.randint(520, 850), "credit score"),
            "ssn_last4": RED(lambda f: f.d(4), "social security number"),
            "ssn_verified": G(lambda f: f.pick([True, False])),
            "decision": G(lambda f: f.pick(["approved", "declined", "referred"])),
            "apr": G(lambda f: round(f.r.uniform(0, 29.9), 1)),
        },
    ),
    (
        "track",
        "Invoice Issued",
        ["dotnet"],
        {
            "InvoiceNumber": G(lambda f: f"INV-2024-{f.d(5)}"),
            "CustomerNumber": G(lambda f: "C" + f.digits(7)),
            "CustomerName": Y(lambda f: f.p.name, "name"),
            "CustomerEmail": Y(lambda f: f.p.email, "email"),
            "CustomerTaxId": RED(lambda f: f.hu_tax_id(), "national id"),
            "NetAmount": G(lambda f: f.money(100, 5000)),
            "VatRate": G(lambda f: f.pick([0, 27])),
            "IssuedUtc": G(lambda f: f.iso()),
            "PdfUrl": G(lambda f: f"https://billing.carevoyage.health/invoices/{f.uuid()}.pdf"),
        },
    ),
]

CRM = [
    (
        "track",
        "Lead Assigned",
        ["dotnet"],
        {
            "LeadId": G(lambda f: f.r.randint(500000, 999999)),
            "PatientFullName": Y(lambda f: f.p.name, "name"),
            "PatientPhone": Y(lambda f: f.p.phone, "phone"),
            "PatientEmail": Y(lambda f: f.p.email, "email"),
            "CoordinatorName": Y(lambda f: f.coord_name(), "name"),
            "CoordinatorEmail": Y(lambda f: f.coord_email(), "email"),
            "LeadSource": G(lambda f: f.pick(["Google Ads", "Meta Lead Form", "Organic", "Referral"])),
            "LeadScore": G(lambda f: f.r.randint(1, 100)),
            "Stage": G(lambda f: f.pick(["New", "Contacted", "Quoted", "Deposit Paid", "Lost"])),
            "Language": G(lambda f: f.pick(["EN", "DE", "AR", "NL"])),
            "EstimatedValue": G(lambda f: f.money(800, 7000)),
            "CreatedUtc": G(lambda f: f.iso()),
            "Tags": Many(G(lambda f: f.pick(["hot", "price_sensitive", "vip", "repeat"])), 3),
            "EmailBounced": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lead Note Added",
        ["dotnet"],
        {
            "LeadId": G(lambda f: f.r.randint(500000, 999999)),
            "AuthorId": G(lambda f: f.r.randint(1000, 1099)),
            "note": Y(note_with_phone, "phone", True),
            "Pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Patient Searched",
        ["web"],
        {
            "q": Y(crm_query, "name|email|phone", True),
            "results": G(lambda f: f.r.randint(0, 5)),
            "scope": G(lambda f: f.pick(["all", "my_leads"])),
            "crm_user_id": G(lambda f: f.r.randint(1000, 1099)),
        },
    ),
    (
        "group",
        None,
        ["web", "python"],
        {
            "name": G(lambda f: f.clinic()[1]),
            "industry": G(lambda f: "Healthcare"),
            "specialty": G(lambda f: f.clinic()[4]),
            "plan": G(lambda f: f.pick(["partner_basic", "partner_pro"])),
            "employees": G(lambda f: f.pick([12, 35, 80, 240])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://bosphorushair.com.tr",
                        "https://budadentalarts.hu",
                        "https://siamaesthetic.co.th",
                    ]
                )
            ),
            "front_desk_phone": G(
                lambda f: f.pick(["+90 212 555 40 40", "+36 1 555 0123", "+66 2 079 0000"])
            ),
            "partner_inbox": G(
                lambda f: f.pick(
                    ["info@bosphorushair.com.tr", "partners@budadentalarts.hu", "intl@siamaesthetic.co.th"]
                )
            ),
            "hq_address": {
                "street": G(lambda f: f.pick(["Halaskargazi Cd. No:38", "Váci út 22", "999 Sukhumvit Rd"])),
                "city": G(lambda f: f.pick(["İstanbul", "Budapest", "Bangkok"])),
                "country": G(lambda f: f.pick(["TR", "HU", "TH"])),
            },
            "tax_number": G(lambda f: f.pick(["7350512345", "24587123-2-42", "0105559012345"])),
            "contact_person": Y(
                lambda f: f.pick(
                    ["Dr. Murat Öztürk", "Dr. Molnár Anna", "Dr. Chanin Pongsiri", "Selin Çelik"]
                ),
                "name",
            ),
            "contact_person_email": Y(
                lambda f: f.pick(
                    [
                        "murat.ozturk@bosphorushair.com.tr",
                        "anna.molnar@budadentalarts.hu",
                        "chanin.p@siamaesthetic.co.th",
                    ]
                ),
                "email",
            ),
            "commission_rate": G(lambda f: f.pick([0.12, 0.15, 0.18])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.last, "name"),
            "PHONE_E164": Y(lambda f: f.p.phone.replace(" ", ""), "phone"),
            "HOME_CITY": Y(lambda f: f.p.city, "city"),
            "HOME_COUNTRY": G(lambda f: f.p.country),
            "LTV_EUR": G(lambda f: f.money(0, 12000)),
            "BOOKINGS_COUNT": G(lambda f: f.r.randint(0, 3)),
            "FIRST_BOOKING_DATE": G(lambda f: f.date(2021, 2024)),
            "LAST_PROCEDURE": Y(
                lambda f: f.pick(["FUE hair transplant", "Veneers", "Rhinoplasty", "Dental implants"]),
                "procedure",
            ),
            "NPS_LAST": G(lambda f: f.r.randint(0, 10)),
            "CHURN_RISK": G(lambda f: f.pick(["low", "medium", "high"])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
]

MESSAGING = [
    (
        "track",
        "WhatsApp Message Received",
        ["node"],
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "metadata": {
                "display_phone_number": G(lambda f: f.pick(["447418343210", "905322100400"])),
                "phone_number_id": G(lambda f: f.pick(["106540352242922", "113204918823310"])),
            },
            "contacts": Many(
                {
                    "profile": {"name": Y(lambda f: f.pick([f.p.first, f.p.name]), "name")},
                    "wa_id": Y(lambda f: f.p.wa, "phone", True),
                },
                1,
            ),
            "messages": Many(
                {
                    "from": Y(lambda f: f.p.wa, "phone", True),
                    "id": G(lambda f: "wamid.HBgM" + f.hexid(40).upper()),
                    "timestamp": G(lambda f: str(f.r.randint(1_710_000_000, 1_730_000_000))),
                    "type": G(lambda f: f.pick(["text", "image", "audio"])),
                },
                1,
            ),
        },
    ),
    (
        "track",
        "WhatsApp Template Sent",
        ["go"],
        {
            "to": Y(lambda f: f.p.wa, "phone", True),
            "template_name": G(lambda f: f.pick(["quote_ready_v3", "arrival_reminder", "postop_day7"])),
            "template_language": G(lambda f: f.pick(["en_GB", "de", "ar"])),
            "params": {
                "patient_first_name": Y(lambda f: f.p.first, "name"),
                "clinic": G(lambda f: f.clinic()[1]),
                "date": G(lambda f: f.date(2024, 2025)),
            },
            "wamid": G(lambda f: "wamid.HBgM" + f.hexid(40).upper()),
            "pricing_category": G(lambda f: f.pick(["utility", "marketing"])),
        },
    ),
    (
        "track",
        "Call Completed",
        ["ruby"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: f.p.phone.replace(" ", ""), "phone", True),
            "To": G(lambda f: f.pick(["+442038085120", "+902129003040", "+3615550123"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "Direction": G(lambda f: f.pick(["inbound", "outbound-api"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
            "FromCountry": G(lambda f: f.p.country),
            "ToCity": G(lambda f: f.pick(["LONDON", "ISTANBUL", "BUDAPEST"])),
            "AnsweredBy": G(lambda f: f.pick(["human", "machine_start", "unknown"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(40000, 99999)),
            "subject": G(
                lambda f: f.pick(
                    ["Change of travel dates", "Refund status", "Swelling after day 5", "Invoice request"]
                )
            ),
            "requester": {"name": Y(lambda f: f.p.name, "name"), "email": Y(lambda f: f.p.email, "email")},
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "tags": Many(G(lambda f: f.pick(["postop", "billing", "travel", "vip"])), 3),
            "via": G(lambda f: f.pick(["email", "web", "whatsapp"])),
            "assignee_email": G(
                lambda f: f.pick(["support@carevoyage.health", "aftercare@carevoyage.health"])
            ),
        },
    ),
    (
        "track",
        "Video Consultation Ended",
        ["node"],
        {
            "meeting_id": G(lambda f: f.digits(11)),
            "duration_min": G(lambda f: f.r.randint(4, 55)),
            "recording_enabled": G(lambda f: f.pick([True, False])),
            "participants": Many(
                {
                    "user_name": Y(lambda f: f.pick([f.p.name, f.coord_name()]), "name"),
                    "join_time": G(lambda f: f.iso()),
                    "role": G(lambda f: f.pick(["host", "attendee"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Lead Conversion Relayed",
        ["python"],
        {
            "event_name": G(lambda f: f.pick(["Lead", "Purchase", "Schedule"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha256(f.p.email), "email"),
                "ph": Y(lambda f: f.sha256(f.p.wa), "phone"),
                "fn": Y(lambda f: f.sha256(f.p.first), "name"),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(
                    lambda f: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
                ),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(24)}", "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "external_id": G(lambda f: f.sha256(f.uuid())),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([150.0, 250.0])),
                "currency": G(lambda f: f.pick(["GBP", "EUR"])),
                "content_category": G(lambda f: f.pick(["hair", "dental", "cosmetic"])),
            },
            "fb_response_events_received": G(lambda f: 1),
        },
    ),
]

EVENTS = MARKETPLACE + CLINICAL + TRAVEL + PAYMENTS + CRM + MESSAGING

# Back-ends that only hold their own country's residents (national and health-insurance ids).
LOCAL_PATIENTS = {
    "ฟอร์มลงทะเบียนผู้ป่วย": "TH",
    "Hasta Kaydı Oluşturuldu": "TR",
    "Kezelési Terv Elfogadva": "HU",
    "Invoice Issued": "HU",
}

# Identify and alias calls are sent more often than a single event; the rest once per round.
WEIGHTS = {"identify": 2, "alias": 1}


def build(seed: int, repeats: int):
    f = HF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            for _ in range(WEIGHTS.get(kind, 1)):
                client = f.pick(clients)
                f.new_person(LOCAL_PATIENTS.get(event))
                msg = {
                    "type": kind,
                    "messageId": f.pick([f.uuid(), f"ajs-next-{f.hexid(32)}"])
                    if client == "web"
                    else f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f"usr_{f.digits(7)}",
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = f"clinic_{f.clinic()[0]}"
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=323, repeats=30)
    write(Path(__file__).parent, "holdout323_", events, labels)
