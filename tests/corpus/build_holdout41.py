"""Writes holdout41: tests/corpus/holdout41_events.jsonl and holdout41_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never run through the engine by its author. Only tests/corpus/build.py and
fake.py (the helpers), build_holdout3.py (for the format) and the reference's matcher table were
read.

Domain: dental, optical and pharmacy chains in the US, UK, Canada (English and Québec French) and
Australia.
- BrightSmile (dental clinics): patients and their dependants, appointment requests, bookings,
  SMS reminders, medical-history forms, treatment plans with CDT / ADA / ODA procedure codes,
  x-ray (DICOM) uploads, dental insurance, payment plans and autopay, practice groups.
- ClearSight (optical): eye-test bookings and results, spectacle and contact-lens prescriptions
  (sphere / cylinder / axis / add, OD / OS), frames and lenses e-commerce, virtual try-on, NHS
  optical vouchers (.NET backend, PascalCase), OHIP / RAMQ (Québec backend with French keys) and
  Australian Medicare / health-fund claims.
- CareRx loyalty (pharmacy): loyalty identify calls (app and a warehouse reverse-ETL sync with
  SCREAMING_SNAKE columns), points and rewards, flu-shot bookings with eligibility screening, NHS
  flu vaccinations, vaccinations administered, prescription-ready notifications, pickups,
  transfers, eScripts, caregivers, gift cards, pet prescriptions, a kebab-case survey webhook.
Calls: identify, track, page, screen, group and alias, from analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java, ruby,
php and C# server libraries, with their context blocks (ip, traits, device, app, os, locale,
timezone, userAgent, userAgentData, campaign, location, consent). One country per message, so the
phone, postcode, address and id formats of a message agree with each other.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET services,
SCREAMING_SNAKE from the warehouse sync, kebab-case from the survey webhook, French keys from the
Québec backend.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a dependant, a care recipient, a gift
  recipient, an emergency contact, an insurance subscriber, or staff (dentists, optometrists,
  pharmacists, prescribers). Colour is the reference's default for the matcher named as type;
  types outside the reference table are red for credentials/secrets/tokens, card numbers, bank
  accounts, government ids (`national id`) and health ids (`health id`: NHS, Medicare, OHIP,
  RAMQ numbers, insurance member / certificate / health-fund numbers), yellow otherwise
  (`geolocation`, `advertising id`).
- Green: ids we issue (patient, appointment, order, prescription (Rx) numbers, loyalty and
  reward card numbers, DICOM UIDs, Twilio SIDs), versions, timestamps, amounts, counters,
  booleans and enums under PII-sounding keys, product / frame / lens / drug-store product names,
  company, insurer, clinic and store names, a clinic's or store's own address, phone and e-mail,
  places searched for, country / state / province / county, locale, timezone, user agents,
  OS-issued analytics device ids, card brand / last four / expiry, routing numbers, sort codes,
  BSBs, transit and institution numbers, bank names, group numbers, pharmacy BIN / PCN.
- Special categories: the person's own conditions, symptoms, medications, allergies, procedures
  and diagnoses carry the reference's (yellow) `condition`, `medication`, `allergy`, `procedure`,
  `diagnosis` types. A boolean or enum that itself reveals a special category about the person
  (pregnant, egg allergy, immunocompromised, uses a wheelchair, registered sight impaired,
  veteran, controlled-substance prescription, an NHS exemption reason that can name diabetes or
  glaucoma) is red, with that category's type.
- Judgement calls made for a careful privacy owner: spectacle and contact-lens powers (sphere,
  cylinder, axis, add) and eye pressures are the person's health data, `condition|diagnosis`;
  fit measurements (pupillary distance, base curve, lens diameter, frame sizes) are green like
  clothing sizes. Clinical service codes billed or planned for the person (CDT / ADA / ODA dental
  codes, MBS item numbers) and the kind of radiograph taken are `procedure`; the bookable
  appointment-type menu (check-up, hygiene, emergency ...) is green. Tooth numbers and surfaces
  alone are green. A link to the person's x-ray, selfie or prescription photo is `photo`. A
  SHA-256 of an e-mail address is still that person's e-mail (yellow `email`); hashes of files are
  green. A salutation (Mr / Mrs / Ms / Mx) is `gender`. A pet's name and a pet's medicines are
  green. Medicines and products a person searches for or buys off the shelf are product names
  (green); a medicine dispensed or prescribed to the person is `medication`. A pharmacist's,
  optometrist's (GOC) or dentist's registration number is `license`. An Australian eScript token
  is a bearer `token` (red); a push token is red `token`. A concession card number is a
  government id (red `national id`); an HC2 certificate number is `certificate`.
- The last four of an SSN are red; card brand / last four / expiry are green. A practice's or
  employer's own address, phone and mailbox in a group call are green; the people named there
  (principal dentist, office manager, billing contact) are not. Search boxes (`query`, `q`) hold
  places and products searched for: green, even when a value is a postcode.
- value_only is true when the key does not say what the value is (`value`, `text`, `body`,
  `to`, `Input`, `label`, `note`, `reason`, `reason_for_visit`, `motif`, `ReferralReason`,
  `externalIds[].id`); keys that name the thing (`PatientName`, `EMAIL_SHA256`, `sms_number`)
  are not. A value_only PII path holds that PII in every one of its values; free text is
  labelled by what every value carries, green when none does (review comments, gift messages,
  survey free text, flu-booking notes).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

GIVEN = [
    "Amara", "Liam", "Olivia", "Noah", "Aroha", "Tane", "Siobhan", "Ciarán", "Priya", "Arjun",
    "Jaspreet", "Gurpreet", "Mohammed", "Fatima", "Aisha", "Omar", "Wei", "Mei", "Ji-woo",
    "Min-jun", "Yuki", "Haruto", "Thanh", "Linh", "Oluwaseun", "Ngozi", "Kwame", "Efua", "Sipho",
    "Thandiwe", "Isabella", "Mateo", "Sofía", "Diego", "Émilie", "Mathieu", "Geneviève",
    "Étienne", "Dmitri", "Anastasia", "Zofia", "Mateusz", "Georgios", "Eleni", "Rhys", "Cerys",
    "Hamish", "Isla", "Jack", "Charlotte", "Chloe", "Ethan", "Ava", "Lachlan", "Matilda", "Kai",
    "Leilani", "Rania", "Yusuf", "Saanvi", "Rohan", "João", "Leila", "Niamh", "Harper", "Cooper",
]  # fmt: skip
FAMILY = [
    "Okafor", "Nguyen", "Tran", "Smith", "Williams", "Brown", "Jones", "Wilson", "Taylor",
    "MacDonald", "O'Connor", "Murphy", "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Singh",
    "Kaur", "Patel", "Sharma", "Chen", "Wang", "Li", "Kim", "Park", "Lee", "Sato", "Tanaka",
    "Haddad", "Rahman", "Begum", "Hussain", "Mensah", "Adeyemi", "Dlamini", "García",
    "Rodríguez", "Silva", "Kowalski", "Nowak", "Papadopoulos", "Ivanova", "Walker", "Thompson",
    "Ngata", "Te Huia", "Campbell", "Stewart", "Hughes", "Davies", "Evans", "Müller", "Rossi",
    "Yilmaz", "Khan", "van der Berg", "Fitzgerald",
]  # fmt: skip

CITIES = {
    "US": [("New York", "NY"), ("Brooklyn", "NY"), ("Chicago", "IL"), ("Houston", "TX"),
           ("Austin", "TX"), ("Phoenix", "AZ"), ("Denver", "CO"), ("Seattle", "WA"),
           ("Atlanta", "GA"), ("Columbus", "OH"), ("Charlotte", "NC"), ("San Diego", "CA"),
           ("Portland", "OR")],
    "UK": [("London", "Greater London"), ("Manchester", "Greater Manchester"),
           ("Birmingham", "West Midlands"), ("Leeds", "West Yorkshire"), ("Glasgow", "Glasgow City"),
           ("Edinburgh", "City of Edinburgh"), ("Cardiff", "South Glamorgan"), ("Bristol", "Bristol"),
           ("Liverpool", "Merseyside"), ("Belfast", "County Antrim"), ("Nottingham", "Nottinghamshire"),
           ("Brighton", "East Sussex")],
    "CA": [("Toronto", "ON"), ("Mississauga", "ON"), ("Ottawa", "ON"), ("Vancouver", "BC"),
           ("Surrey", "BC"), ("Calgary", "AB"), ("Edmonton", "AB"), ("Winnipeg", "MB"),
           ("Halifax", "NS"), ("Montréal", "QC"), ("Laval", "QC")],
    "QC": [("Montréal", "QC"), ("Laval", "QC"), ("Québec", "QC"), ("Gatineau", "QC"),
           ("Sherbrooke", "QC"), ("Longueuil", "QC")],
    "AU": [("Sydney", "NSW"), ("Parramatta", "NSW"), ("Melbourne", "VIC"), ("Geelong", "VIC"),
           ("Brisbane", "QLD"), ("Gold Coast", "QLD"), ("Perth", "WA"), ("Adelaide", "SA"),
           ("Hobart", "TAS"), ("Canberra", "ACT"), ("Darwin", "NT")],
}  # fmt: skip
COUNTRY_NAME = {"US": "US", "UK": "GB", "CA": "CA", "QC": "CA", "AU": "AU"}
LOCALES = {"US": "en-US", "UK": "en-GB", "CA": "en-CA", "QC": "fr-CA", "AU": "en-AU"}
TIMEZONES = {
    "US": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"],
    "UK": ["Europe/London"],
    "CA": ["America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax"],
    "QC": ["America/Toronto"],
    "AU": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"],
}
CURRENCY = {"US": "USD", "UK": "GBP", "CA": "CAD", "QC": "CAD", "AU": "AUD"}
STREET_NAMES = {
    "US": ["Oak", "Maple", "Washington", "Lincoln", "Park", "Cedar", "Lakeview", "Highland", "Madison"],
    "UK": ["Church", "Victoria", "Station", "High", "Mill", "Manor", "Albert", "Windsor", "Queen's"],
    "CA": ["Queen", "Yonge", "Bloor", "Granville", "Jasper", "Portage", "Spring Garden", "Dundas"],
    "QC": ["Saint-Denis", "Sainte-Catherine", "Sherbrooke", "Saint-Laurent", "Papineau", "Laurier"],
    "AU": ["George", "Pitt", "Collins", "Bourke", "Chapel", "Beach", "Military", "Anzac", "Ocean"],
}
STREET_KINDS = {
    "US": ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct"],
    "UK": ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Gardens"],
    "CA": ["St W", "St E", "Ave", "Rd", "Blvd", "Dr"],
    "AU": ["St", "Street", "Rd", "Parade", "Ave", "Hwy", "Tce"],
}
MAIL_DOMAINS = {
    "US": ["example.com", "mail.example.com", "example.net", "example.org"],
    "UK": ["example.co.uk", "example.com", "btinternet.example.com", "example.org.uk"],
    "CA": ["example.ca", "example.com", "videotron.example.ca", "example.net"],
    "QC": ["example.ca", "videotron.example.ca", "example.com"],
    "AU": ["example.com.au", "bigpond.example.com", "example.com", "example.net.au"],
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.97",
]
CONDITIONS = [
    "Type 2 diabetes", "Hypertension", "Asthma", "Epilepsy", "Heart murmur", "Hepatitis C",
    "HIV", "Osteoporosis", "Sleep apnoea", "Hypothyroidism", "Rheumatoid arthritis", "GERD",
]  # fmt: skip
ALLERGIES = [
    "Penicillin",
    "Latex",
    "Codeine",
    "Articaine",
    "Ibuprofen",
    "Sulfa drugs",
    "Tree nuts",
    "Chlorhexidine",
]
RX_DRUGS = [
    "Atorvastatin 20 mg tablets", "Metformin 500 mg tablets", "Lisinopril 10 mg", "Levothyroxine 50 mcg",
    "Amoxicillin 500 mg capsules", "Salbutamol 100 mcg inhaler", "Sertraline 50 mg", "Omeprazole 20 mg",
    "Ozempic 0.5 mg pen", "Escitalopram 10 mg", "Rosuvastatin 5 mg", "Apixaban 5 mg",
    "Insulin glargine 100 units/mL", "Warfarin 3 mg", "Alendronate 70 mg",
]  # fmt: skip
SHOP_PRODUCTS = [
    ("Advil Liqui-Gels 200 mg 40ct", "Pain Relief"), ("Claritin 24hr 30 tablets", "Allergy"),
    ("Panadol Rapid 20 caplets", "Pain Relief"), ("Neutrogena Hydro Boost 50 ml", "Skincare"),
    ("Blackmores Fish Oil 1000 mg 400 caps", "Vitamins"), ("CeraVe Moisturising Cream 454 g", "Skincare"),
    ("Colgate Total Toothpaste 120 g", "Oral Care"), ("Vicks VapoRub 100 g", "Cold & Flu"),
    ("Nicorette QuickMist 1 mg", "Stop Smoking"), ("La Roche-Posay Anthelios SPF50", "Sun Care"),
    ("CareRx Vitamin D3 1000 IU 180ct", "Vitamins"), ("Oral-B iO Series 5", "Oral Care"),
]  # fmt: skip
FRAMES = [
    ("Ray-Ban RB5154 Clubmaster", "Ray-Ban"), ("Oakley Holbrook RX OX8156", "Oakley"),
    ("Tom Ford FT5634-B", "Tom Ford"), ("ClearSight Essentials Aria", "ClearSight"),
    ("Gucci GG0396O", "Gucci"), ("Oliver Peoples O'Malley", "Oliver Peoples"),
    ("ClearSight Kids Bolt", "ClearSight"), ("Persol PO3007V", "Persol"),
]  # fmt: skip
LENSES = [
    "Acuvue Oasys 1-Day (90 pack)",
    "Dailies Total1 (30 pack)",
    "Biofinity (6 pack)",
    "MyDay daily (90 pack)",
]
CDT = {
    "US": [("D0120", "Periodic oral evaluation"), ("D1110", "Prophylaxis - adult"),
           ("D0274", "Bitewings - four radiographic images"),
           ("D2391", "Resin composite - one surface, posterior"),
           ("D2740", "Crown - porcelain/ceramic"), ("D3330", "Endodontic therapy, molar"),
           ("D7140", "Extraction, erupted tooth"), ("D4341", "Periodontal scaling and root planing"),
           ("D6010", "Surgical placement of implant body")],
    "CA": [("01202", "Recall examination"), ("11101", "Scaling, one unit"),
           ("02144", "Bitewings, four films"),
           ("23112", "Composite, posterior, two surfaces"), ("27201", "Crown, porcelain fused to metal"),
           ("33111", "Root canal, one canal"), ("71101", "Extraction, single tooth")],
    "AU": [("011", "Comprehensive oral examination"), ("114", "Removal of calculus"),
           ("022", "Intraoral periapical radiograph"), ("532", "Adhesive restoration - two surfaces"),
           ("615", "Full crown - veneered"), ("415", "Complete chemomechanical preparation of root canal"),
           ("311", "Removal of a tooth")],
}  # fmt: skip
SYMPTOMS = [
    "Toothache lower left for 3 days", "Chipped front tooth after a fall", "Bleeding gums when brushing",
    "Sensitivity to cold on upper right", "Lost a filling", "Wisdom tooth pain and swelling",
    "Jaw clicking and pain when chewing", "Abscess - swollen cheek", "Cracked molar",
]  # fmt: skip
EYE_SYMPTOMS = [
    "Headaches when reading", "Blurred distance vision driving at night", "Floaters in right eye",
    "Dry, itchy eyes", "Double vision since last week", "Flashing lights in left eye",
    "Struggling to read small print", "Eye strain at the computer",
]  # fmt: skip
EYE_SYMPTOMS_FR = [
    "Vision floue de loin", "Maux de tête en lisant", "Yeux secs et irrités", "Corps flottants à l'œil droit",
    "Difficulté à lire les petits caractères", "Vision double depuis une semaine",
]  # fmt: skip
REFERRALS = [
    "Suspected glaucoma", "Cataract, both eyes", "Diabetic retinopathy (background)", "Macular drusen",
    "Raised intraocular pressure", "Suspected retinal detachment", "Keratoconus",
]  # fmt: skip


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class F41(Fake):
    """Fake with a country (`cc`) and a brand per message, so formats agree inside a message."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.cc = "US"
        self.brand = "brightsmile"

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    def given(self):
        return self.pick(GIVEN)

    def family(self):
        return self.pick(FAMILY)

    def person(self):
        g, fam = self.given(), self.family()
        return self.pick([f"{g} {fam}", f"{g} {fam}", f"{g} {fam[0]}. {self.family()}", f"{g} {fam}"])

    def dr(self):
        return self.pick(["Dr. ", "Dr ", ""]) + self.person()

    def mail(self):
        g = fold(self.given()).lower().replace("-", "")
        fam = fold(self.family()).lower().replace(" ", "").replace("'", "")
        local = self.pick(
            [f"{g}.{fam}", f"{g}{fam[0]}{self.n(1, 99)}", f"{g[0]}{fam}", f"{g}_{fam}{self.n(70, 99)}"]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[self.cc])}"

    def tel(self):
        cc = self.cc
        if cc in ("US", "CA", "QC"):
            area = self.pick(
                ["212", "312", "415", "512", "617", "713", "206", "303", "404", "602"]
                if cc == "US"
                else ["416", "647", "514", "438", "604", "403", "780", "613", "902", "204"]
            )
            ex, line = self.n(201, 989), self.n(0, 9999)
            return self.pick(
                [
                    f"+1{area}{ex}{line:04d}",
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"{area}.{ex}.{line:04d}",
                ]
            )
        if cc == "UK":
            a, b = self.n(7000, 7999), self.n(100000, 999999)
            return self.pick(
                [f"0{a} {b}", f"+44 {a} {b}", f"+44{a}{b}", f"020 {self.n(7000, 8999)} {self.n(1000, 9999)}"]
            )
        a, b, c = self.n(400, 499), self.n(100, 999), self.n(100, 999)
        return self.pick(
            [
                f"0{a} {b} {c}",
                f"+61 {a} {b} {c}",
                f"+61{a}{b}{c}",
                f"(02) 9{self.n(100, 999)} {self.n(1000, 9999)}",
            ]
        )

    def city_state(self):
        return self.pick(CITIES[self.cc])

    def city(self):
        return self.city_state()[0]

    def region(self):
        return self.city_state()[1]

    def country(self):
        return COUNTRY_NAME[self.cc]

    def street(self):
        cc = self.cc
        if cc == "QC":
            return f"{self.n(10, 9999)} rue {self.pick(STREET_NAMES['QC'])}"
        if cc == "AU" and self.r.random() < 0.3:
            unit, number = self.n(1, 40), self.n(1, 300)
            return f"{unit}/{number} {self.pick(STREET_NAMES['AU'])} {self.pick(STREET_KINDS['AU'])}"
        return f"{self.n(1, 2999)} {self.pick(STREET_NAMES[cc])} {self.pick(STREET_KINDS[cc])}"

    def line2(self):
        options = {
            "US": ["Apt 4B", "Suite 210", "Unit 12", "Apt 1203"],
            "UK": ["Flat 2", "Flat 14b", "The Old Rectory", "Flat 3"],
            "CA": ["Apt 1203", "Unit 5", "Suite 400", "Apt 88"],
            "QC": ["App. 4", "Bureau 210", "App. 12"],
            "AU": ["Unit 5", "Level 2", "Apt 9"],
        }[self.cc]
        return self.pick([*options, None, ""])

    def postcode(self):
        cc, r = self.cc, self.r
        if cc == "US":
            z = f"{self.n(10001, 99950):05d}"
            return z if r.random() < 0.8 else f"{z}-{self.n(1000, 9999)}"
        if cc == "UK":
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            area = self.pick(["SW", "E", "N", "M", "B", "LS", "G", "EH", "CF", "BS", "L", "BT", "NG", "BN"])
            return f"{area}{self.n(1, 20)} {self.n(1, 9)}{r.choice(letters)}{r.choice(letters)}"
        if cc in ("CA", "QC"):
            ok = "ABCEGHJKLMNPRSTVWXYZ"
            first = self.pick("HJG" if cc == "QC" else "KLMNPVTRB")
            return f"{first}{self.n(0, 9)}{r.choice(ok)} {self.n(0, 9)}{r.choice(ok)}{self.n(0, 9)}"
        return str(
            self.pick([self.n(2000, 2999), self.n(3000, 3999), self.n(4000, 4999), self.n(6000, 6999)])
        )

    def dob(self, start=1938, end=2005):
        return self.date(start, end)

    def kid_dob(self):
        return self.date(2009, 2022)

    def tz(self):
        return self.pick(TIMEZONES[self.cc])

    def currency(self):
        return CURRENCY[self.cc]

    def geo(self):
        box = {
            "US": (30.0, 47.0, -122.0, -74.0),
            "UK": (50.5, 55.9, -4.2, 0.1),
            "CA": (43.6, 53.6, -123.2, -63.5),
            "QC": (45.4, 46.9, -73.9, -71.1),
            "AU": (-37.9, -27.4, 115.8, 153.1),
        }[self.cc]
        return round(self.r.uniform(box[0], box[1]), 6), round(self.r.uniform(box[2], box[3]), 6)

    def lat41(self):
        return self.geo()[0]

    def lon41(self):
        return self.geo()[1]

    # -- identifiers with real check digits --------------------------------------------------------

    def nhs_number(self):
        while True:
            digits = [self.n(0, 9) for _ in range(9)]
            digits[0] = self.n(4, 7)
            check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
            if check == 10:
                continue
            s = "".join(map(str, digits)) + str(0 if check == 11 else check)
            return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def medicare_au(self):
        d = [self.n(2, 6)] + [self.n(0, 9) for _ in range(7)]
        check = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        s = "".join(map(str, d)) + str(check) + str(self.n(1, 5))
        return self.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])

    def ohip(self):
        s = self.luhn_complete(str(self.n(1, 9)) + "".join(str(self.n(0, 9)) for _ in range(8)))
        vc = self.pick(["AB", "KL", "XY", "MT", "PQ"])
        return self.pick([f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}", f"{s}{vc}", f"{s[:4]} {s[4:7]} {s[7:]} {vc}"])

    def ramq(self):
        fam = fold(self.family()).upper().replace(" ", "").replace("'", "")
        fam = (fam + "XXX")[:3]
        first = fold(self.given()).upper()[0]
        yy, mm, dd = self.n(40, 99), self.n(1, 12) + self.pick([0, 50]), self.n(1, 28)
        s = f"{fam}{first}{yy:02d}{mm:02d}{dd:02d}{self.n(10, 99)}"
        return self.pick([s, f"{s[:4]} {s[4:8]} {s[8:]}"])

    def aba(self):
        while True:
            d = [int(c) for c in f"{self.pick([self.n(1, 12), self.n(21, 32)]):02d}"] + [
                self.n(0, 9) for _ in range(6)
            ]
            for last in range(10):
                full = [*d, last]
                if (
                    3 * (full[0] + full[3] + full[6])
                    + 7 * (full[1] + full[4] + full[7])
                    + full[2]
                    + full[5]
                    + full[8]
                ) % 10 == 0:
                    return "".join(map(str, full))

    def member_id(self):
        cc = self.cc
        if cc == "US":
            return self.pick(
                [
                    f"U{self.digits(8)}01",
                    f"W{self.digits(9)}",
                    self.digits(11),
                    f"DDP{self.digits(9)}",
                    f"{self.digits(9)}-01",
                ]
            )
        if cc in ("CA", "QC"):
            return self.pick([self.digits(7), self.digits(9), f"{self.digits(6)}-{self.n(0, 9)}"])
        if cc == "UK":
            return self.pick([f"BUP{self.digits(8)}", self.digits(8), f"SH{self.digits(7)}"])
        return self.pick([self.digits(8), self.digits(10), f"{self.digits(8)}-{self.n(1, 4)}"])

    def sph(self):
        v = self.n(-32, 16) * 0.25
        return f"{v:+.2f}" if v else "0.00"

    def cyl(self):
        return self.pick([f"{-self.n(1, 12) * 0.25:.2f}", f"{-self.n(1, 12) * 0.25:.2f}", "DS", "0.00"])

    def brand_label(self):
        return {"brightsmile": "BrightSmile", "clearsight": "ClearSight", "carerx": "CareRx"}[self.brand]

    def rx_no(self):
        return self.pick([f"RX{self.digits(7)}", self.digits(7), f"{self.digits(6)}-{self.digits(2)}"])


# -- small helpers ----------------------------------------------------------------------------------


def const(value):
    return G(lambda f: value)


def one(*values):
    return G(lambda f: f.pick(values))


def flag():
    return G(lambda f: f.pick([True, False]))


def count(lo=0, hi=10):
    return G(lambda f: f.r.randint(lo, hi))


def amount(lo=1, hi=500):
    return G(lambda f: f.money(lo, hi))


def uid():
    return G(lambda f: f.uuid())


def ts():
    return G(lambda f: f.iso())


def name():
    return Y(lambda f: f.person(), "name")


def email():
    return Y(lambda f: f.mail(), "email")


def phone():
    return Y(lambda f: f.tel(), "phone")


def dob():
    return Y(lambda f: f.dob(), "birthdate")


def address(
    line1="line1", line2="line2", city="city", region="state", postal="postal_code", country="country"
):
    return {
        line1: Y(lambda f: f.street(), "address|street"),
        line2: Y(lambda f: f.line2(), "address|street"),
        city: Y(lambda f: f.city(), "city"),
        region: G(lambda f: f.region()),
        postal: Y(lambda f: f.postcode(), "zipcode"),
        country: G(lambda f: f.country()),
    }


def store():
    """A clinic's or store's own details: places and contacts that are not a person's."""
    return {
        "id": G(lambda f: f"{f.brand[:2].upper()}{f.n(100, 999)}"),
        "name": G(lambda f: f"{f.brand_label()} {f.city()}"),
        "city": G(lambda f: f.city()),
        "phone": G(lambda f: f.tel()),
    }


# -- contexts of the client libraries --------------------------------------------------------------

SITES = {
    "brightsmile": (
        "https://www.brightsmile.com",
        ["/", "/book", "/find-a-dentist", "/patients/portal", "/smile-gallery"],
    ),
    "clearsight": (
        "https://www.clearsight.co.uk",
        ["/", "/book-eye-test", "/glasses", "/contact-lenses", "/basket"],
    ),
    "carerx": (
        "https://www.carerx.com",
        ["/", "/rewards", "/flu-shots", "/pharmacy/refills", "/shop/vitamins"],
    ),
}
TITLES = {
    "brightsmile": ["BrightSmile Dental | Book online", "Find a dentist near you", "Patient portal"],
    "clearsight": [
        "ClearSight Opticians",
        "Book an eye test | ClearSight",
        "Glasses & frames",
        "Your basket",
    ],
    "carerx": ["CareRx Pharmacy", "CareRx Rewards", "Book a flu shot", "Prescription refills"],
}
APPS = {
    "brightsmile": ("BrightSmile", "com.brightsmile.patient"),
    "clearsight": ("ClearSight", "uk.co.clearsight.app"),
    "carerx": ("CareRx Rewards", "com.carerx.loyalty"),
}


def web_context():
    return {
        "library": {
            "name": const("analytics.js"),
            "version": one("npm:next-1.70.0", "next-1.72.1", "next-1.66.0"),
        },
        "page": {
            "path": G(lambda f: f.pick(SITES[f.brand][1])),
            "referrer": one(
                "https://www.google.com/", "", "https://www.facebook.com/", "https://www.bing.com/"
            ),
            "search": one("", "?utm_source=google&utm_medium=cpc", "?ref=email", "?location=nearby"),
            "title": G(lambda f: f.pick(TITLES[f.brand])),
            "url": G(lambda f: SITES[f.brand][0] + f.pick(SITES[f.brand][1])),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": one("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": one("124", "123", "99", "8"),
                },
                3,
            ),
            "mobile": flag(),
            "platform": one("Windows", "macOS", "Android"),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": one("spring_checkup", "flu_season_2024", "back_to_school_eyes", "rewards_relaunch"),
            "source": one("google", "facebook", "newsletter", "instagram"),
            "medium": one("cpc", "email", "social", "display"),
            "term": one("dentist near me", "emergency dentist", "eye test", "flu shot walk in", "varifocals"),
            "content": one("hero_banner", "textlink", "carousel_2"),
        },
        "consent": {
            "categoryPreferences": {
                "Analytics": flag(),
                "Advertising": flag(),
                "Functional": const(True),
            }
        },
    }


def mobile_app():
    return {
        "name": G(lambda f: APPS[f.brand][0]),
        "version": one("4.2.0", "4.3.1", "4.4.0"),
        "build": one("420", "431", "440", "441"),
        "namespace": G(lambda f: APPS[f.brand][1]),
    }


def swift_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": const("Apple"),
            "model": one("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"),
            "name": one("iPhone", "iPad"),
            "type": const("ios"),
            "adTrackingEnabled": flag(),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": const("analytics-swift"), "version": one("1.5.11", "1.6.0", "1.5.9")},
        "os": {"name": const("iOS"), "version": one("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": one(390, 393, 430, 820), "height": one(844, 852, 932, 1180)},
        "network": {"wifi": flag(), "cellular": flag()},
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.tz()),
        "instanceId": uid(),
        "traits": {
            "email": email(),
            "firstName": Y(lambda f: f.given(), "name"),
            "userId": G(lambda f: "pt_" + f.digits(7)),
        },
    }


def kotlin_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.hexid(32)),
            "manufacturer": one("samsung", "Google", "motorola", "OnePlus"),
            "model": one("SM-S918B", "Pixel 8", "moto g84 5G", "CPH2581"),
            "name": one("dm3q", "shiba", "bangkk", "OP5913L1"),
            "type": const("android"),
            "adTrackingEnabled": flag(),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": const("analytics-kotlin"), "version": one("1.16.3", "1.15.0", "1.17.0")},
        "os": {"name": const("Android"), "version": one("14", "13", "12")},
        "screen": {
            "density": one(2.625, 3.0, 2.75),
            "width": one(1080, 1440),
            "height": one(2340, 2400, 3120),
        },
        "network": {
            "wifi": flag(),
            "cellular": flag(),
            "carrier": one("Telstra", "Rogers", "EE", "Verizon", "Bell"),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.tz()),
        "userAgent": one(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
            "Dalvik/2.1.0 (Linux; U; Android 13; moto g84 5G Build/U1TC34M.22-64-17-4)",
        ),
        "instanceId": uid(),
        "location": {
            "latitude": Y(lambda f: f.lat41(), "geolocation"),
            "longitude": Y(lambda f: f.lon41(), "geolocation"),
            "speed": one(0.0, 0.0, 1.2, 13.4),
        },
        "traits": {
            "email": email(),
            "firstName": Y(lambda f: f.given(), "name"),
            "userId": G(lambda f: "pt_" + f.digits(7)),
        },
    }


def rn_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": uid(),
            "manufacturer": one("Apple", "samsung", "Google"),
            "model": one("iPhone14,5", "SM-A546E", "Pixel 7a", "iPhone15,4"),
            "name": one("iPhone", "a54x", "lynx"),
            "type": one("ios", "android"),
        },
        "library": {
            "name": const("@segment/analytics-react-native"),
            "version": one("2.19.2", "2.18.0", "2.20.1"),
        },
        "os": {"name": one("iOS", "Android"), "version": one("17.5", "14", "13")},
        "screen": {"width": one(390, 412, 393), "height": one(844, 915, 852)},
        "network": {"wifi": flag(), "cellular": flag()},
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.tz()),
        "location": {
            "city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: f.country()),
            "latitude": Y(lambda f: f.lat41(), "geolocation"),
            "longitude": Y(lambda f: f.lon41(), "geolocation"),
        },
        "traits": {
            "email": email(),
            "first_name": Y(lambda f: f.given(), "name"),
            "loyalty_tier": one("bronze", "silver", "gold", "platinum"),
        },
    }


def flutter_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": one("Apple", "samsung", "Xiaomi"),
            "model": one("iPhone13,2", "SM-G991B", "2201117TG"),
            "type": one("ios", "android"),
        },
        "library": {"name": const("analytics_flutter"), "version": one("1.1.3", "1.1.4", "1.0.9")},
        "os": {"name": one("iOS", "Android"), "version": one("17.4", "13", "14")},
        "screen": {
            "width": one(390, 393, 412),
            "height": one(844, 873, 915),
            "density": one(3.0, 2.75, 2.625),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.tz()),
        "network": {"wifi": flag(), "cellular": flag()},
        "traits": {"email": email(), "firstName": Y(lambda f: f.given(), "name")},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.0.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.1"]),
    "dotnet": ("analytics-csharp", ["2.3.5", "2.4.1", "2.3.0"]),
}


def server_context(client):
    def lib_name(f, client=client):
        return SERVER_LIBS[client][0]

    def lib_version(f, client=client):
        return f.pick(SERVER_LIBS[client][1])

    ctx = {"library": {"name": G(lib_name), "version": G(lib_version)}}
    if client in ("node", "php", "ruby"):
        # backends for the web apps forward the shopper's address and browser
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if client == "java":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.mail(), "email", True),
                "type": const("email"),
                "collection": const("users"),
                "encoding": const("none"),
            },
            1,
        )
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}

# -- BrightSmile: dental ------------------------------------------------------------------------------


def reminder_body(f):
    who = f.given()
    day, month = f.pick(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]), f.pick(["Mar", "Apr", "May", "Jun"])
    when = f"{day} {f.n(1, 28)} {month}"
    at = f"{f.n(8, 17)}:{f.pick(['00', '15', '30', '45'])}"
    clinic = f"BrightSmile {f.city()}"
    return f.pick(
        [
            f"Hi {who}, this is a reminder of your appointment at {clinic} on {when} at {at}. "
            "Reply C to confirm or R to reschedule.",
            f"{who}, your BrightSmile visit is tomorrow at {at}. Reply C to confirm.",
            f"Reminder for {who}: hygiene appointment {when}. Please arrive 10 min early. "
            "Reply STOP to opt out.",
        ]
    )


def treatment_line(f):
    return f.pick(CDT["US" if f.cc == "US" else ("AU" if f.cc == "AU" else "CA")])


BRIGHTSMILE = [
    (
        "identify",
        None,
        "web",
        ["US", "CA", "AU"],
        {
            "email": email(),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": phone(),
            "birthday": dob(),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "address": address("street", "street2", "city", "state", "postalCode", "country"),
            "createdAt": ts(),
            "patientSince": G(lambda f: f.date(2010, 2024)),
            "preferredClinicId": G(lambda f: f"BS{f.n(100, 999)}"),
            "preferredClinic": G(lambda f: f"BrightSmile {f.city()}"),
            "insuranceProvider": one(
                "Delta Dental", "Cigna", "MetLife", "Sun Life", "Manulife", "Bupa", "HCF", "none"
            ),
            "hasDentalInsurance": flag(),
            "emailVerified": flag(),
            "smsOptIn": flag(),
            "dependantsCount": count(0, 4),
        },
    ),
    (
        "track",
        "Appointment Requested",
        "web",
        ["US", "CA", "AU"],
        {
            "requestId": uid(),
            "clinicId": G(lambda f: f"BS{f.n(100, 999)}"),
            "clinicName": G(lambda f: f"BrightSmile {f.city()}"),
            "clinicCity": G(lambda f: f.city()),
            "appointmentType": one(
                "checkup",
                "hygiene",
                "new_patient_exam",
                "emergency",
                "whitening_consult",
                "invisalign_consult",
            ),
            "reason": Y(lambda f: f.pick(SYMPTOMS), "condition", True),
            "preferredDate": G(lambda f: f.date(2024, 2025)),
            "preferredTime": one("morning", "afternoon", "evening", "saturday"),
            "isNewPatient": flag(),
            "bookingFor": one("self", "child", "spouse", "parent"),
            "wheelchairAccessRequired": RED(lambda f: f.pick([True, False]), "disability"),
            "providerPreference": Y(lambda f: f.dr(), "name"),
            "patient": {
                "firstName": Y(lambda f: f.given(), "name"),
                "lastName": Y(lambda f: f.family(), "name"),
                "dob": dob(),
                "mobile": phone(),
                "email": email(),
            },
        },
    ),
    (
        "track",
        "Appointment Booked",
        "node",
        ["US", "CA", "AU"],
        {
            "appointment_id": G(lambda f: f"apt_{f.digits(9)}"),
            "practice_id": G(lambda f: f.digits(4)),
            "provider_id": G(lambda f: f"prv_{f.digits(5)}"),
            "provider_name": Y(lambda f: f.dr(), "name"),
            "hygienist_name": Y(lambda f: f.person(), "name"),
            "start_time": ts(),
            "duration_min": one(30, 45, 60, 90),
            "procedure_codes": Many(Y(lambda f: treatment_line(f)[0], "procedure"), 3),
            "patient_id": G(lambda f: f"pt_{f.digits(7)}"),
            "is_new_patient": flag(),
            "reminder_channel": one("sms", "email", "both", "none"),
            "sms_number": phone(),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Call pt on {f.tel()} to confirm insurance before visit",
                        f"Mum will bring him - her mobile {f.tel()}",
                        f"Running late? pt asked us to text {f.tel()}",
                        f"Verify new number {f.tel()} at check-in",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        "go",
        ["US", "CA", "AU"],
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: f.tel(), "phone", True),
            "from": G(lambda f: f.pick(["+14155550123", "+16475550188", "+61485850123", "+12125550147"])),
            "body": Y(reminder_body, "name", True),
            "status": one("queued", "sent", "delivered", "undelivered"),
            "num_segments": one(1, 2),
            "appointment_id": G(lambda f: f"apt_{f.digits(9)}"),
            "hours_before": one(24, 48, 2),
        },
    ),
    (
        "track",
        "Dependant Added",
        "swift",
        ["US", "CA", "AU"],
        {
            "dependant": {
                "id": G(lambda f: f"pt_{f.digits(7)}"),
                "firstName": Y(lambda f: f.given(), "name"),
                "lastName": Y(lambda f: f.family(), "name"),
                "dateOfBirth": Y(lambda f: f.kid_dob(), "birthdate"),
                "relationship": one("child", "stepchild", "spouse", "ward"),
                "sameAddressAsGuardian": flag(),
                "hasSpecialNeeds": RED(lambda f: f.pick([True, False]), "disability"),
                "medicalAlerts": Many(Y(lambda f: f.pick([a + " allergy" for a in ALLERGIES]), "allergy"), 2),
                "school": G(
                    lambda f: f.pick(
                        [
                            "Riverside Primary",
                            "St Mary's Catholic School",
                            "Lakeview Elementary",
                            "École Saint-Jean",
                        ]
                    )
                ),
            },
            "dependantCount": count(1, 5),
            "guardianConsent": const(True),
        },
    ),
    (
        "track",
        "Medical History Updated",
        "web",
        ["US", "CA", "AU"],
        {
            "formVersion": one("2023.4", "2024.1", "2024.2"),
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
            "medications": Many(Y(lambda f: f.pick(RX_DRUGS), "medication"), 3),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "isPregnant": RED(lambda f: f.pick([True, False]), "condition"),
            "tobaccoUser": RED(lambda f: f.pick([True, False]), "condition"),
            "takesBloodThinners": RED(lambda f: f.pick([True, False]), "medication"),
            "hasHeartCondition": RED(lambda f: f.pick([True, False]), "condition"),
            "physicianName": Y(lambda f: f.dr(), "name"),
            "emergencyContact": {
                "name": name(),
                "phone": phone(),
                "relationship": one("spouse", "mother", "father", "partner", "friend", "daughter"),
            },
            "conditionsCount": count(0, 6),
            "signedAt": ts(),
        },
    ),
    (
        "track",
        "Treatment Plan Accepted",
        "web",
        ["US", "CA", "AU"],
        {
            "treatment_plan_id": G(lambda f: f"tp_{f.digits(8)}"),
            "procedures": Many(
                {
                    "code": Y(lambda f: treatment_line(f)[0], "procedure"),
                    "description": Y(lambda f: treatment_line(f)[1], "procedure"),
                    "tooth": G(lambda f: f.pick([str(f.n(1, 32)), f"{f.n(1, 4)}{f.n(1, 8)}"])),
                    "surface": one("MOD", "O", "DO", "B", None),
                    "fee": amount(90, 2400),
                    "insurance_estimate": amount(0, 1200),
                    "patient_portion": amount(0, 1200),
                },
                4,
            ),
            "total_fee": amount(150, 8000),
            "financing_offered": flag(),
            "accepted_at": ts(),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "X-Ray Uploaded",
        "java",
        ["US", "CA", "AU"],
        {
            "study_uid": G(lambda f: f"1.2.840.113619.2.{f.n(100, 999)}.{f.digits(7)}.{f.digits(10)}"),
            "image_type": Y(
                lambda f: f.pick(["bitewing", "panoramic", "periapical", "cephalometric", "CBCT"]),
                "procedure",
            ),
            "PatientName": Y(lambda f: f"{fold(f.family()).upper()}^{fold(f.given()).upper()}", "name"),
            "PatientBirthDate": Y(lambda f: f.dob().replace("-", ""), "birthdate"),
            "file_name": G(lambda f: f"IMG_{f.digits(6)}.dcm"),
            "file_size_bytes": count(180_000, 24_000_000),
            "sha256": G(lambda f: f.hexid(64)),
            "signed_image_url": Y(
                lambda f: (
                    f"https://bs-imaging.s3.amazonaws.com/{f.uuid()}.dcm?X-Amz-Expires=900&X-Amz-Signature={f.hexid(64)}"
                ),
                "photo",
            ),
            "sensor": one("Schick 33", "Carestream RVG 6200", "Planmeca ProSensor", "Dexis Titanium"),
            "patient_id": G(lambda f: f"pt_{f.digits(7)}"),
        },
    ),
    (
        "track",
        "Insurance Added",
        "kotlin",
        ["US", "CA", "AU"],
        {
            "carrier": one(
                "Delta Dental",
                "Cigna Dental",
                "MetLife",
                "Guardian",
                "Sun Life",
                "Manulife",
                "Canada Life",
                "Bupa",
                "Medibank",
                "HCF",
            ),
            "plan_type": one("PPO", "DHMO", "indemnity", "extras"),
            "member_id": RED(lambda f: f.member_id(), "health id"),
            "group_number": G(
                lambda f: f.pick([f.digits(6), f"G{f.digits(7)}", f"{f.digits(5)}-{f.digits(3)}"])
            ),
            "subscriber_name": name(),
            "subscriber_dob": dob(),
            "relationship_to_subscriber": one("self", "spouse", "child", "other"),
            "employer": one(
                "Globex Corporation", "Northwind Traders", "City of Toronto", "Woolworths Group", "Initech"
            ),
            "coverage": {
                "major_pct": one(50, 40, 0),
                "annual_max": one(1000, 1500, 2000, 2500),
            },
            "card_photo_uploaded": flag(),
            "verification_status": one("pending", "verified", "failed"),
        },
    ),
    (
        "track",
        "Payment Plan Applied",
        "web",
        ["US"],
        {
            "plan_provider": one("CareCredit", "Sunbit", "Cherry", "BrightSmile In-House"),
            "amount_financed": amount(300, 12000),
            "term_months": one(6, 12, 18, 24, 48),
            "apr": one(0.0, 9.99, 17.9, 26.99),
            "monthly_payment": amount(25, 600),
            "applicant": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "dob": dob(),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
                "annual_income": Y(lambda f: f.pick([f.n(18, 250) * 1000, f.n(18000, 250000)]), "salary"),
                "employer": one("Walmart", "Kaiser Permanente", "Self-employed", "Amazon", "State of Texas"),
                "housing_status": one("rent", "own", "live_with_family"),
                "mobile": phone(),
                "email": email(),
                "ssn_provided": const(True),
            },
            "decision": one("approved", "declined", "pending_review"),
        },
    ),
    (
        "track",
        "Payment Submitted",
        "node",
        ["US", "CA", "AU"],
        {
            "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
            "amount": count(2500, 250000),
            "currency": G(lambda f: f.currency().lower()),
            "invoice_number": G(lambda f: f"INV-{f.n(2023, 2024)}-{f.digits(6)}"),
            "card": {
                "brand": one("visa", "mastercard", "amex", "discover"),
                "last4": G(lambda f: f"{f.n(0, 9999):04d}"),
                "exp_month": count(1, 12),
                "exp_year": count(2025, 2031),
                "funding": one("credit", "debit", "prepaid"),
                "country": G(lambda f: f.country()),
            },
            "billing_details": {
                "name": name(),
                "email": email(),
                "phone": phone(),
                "address": address(),
            },
            "receipt_email": email(),
            "autopay": flag(),
            "hsa_fsa_card": flag(),
        },
    ),
    (
        "track",
        "Autopay Enrolled",
        "php",
        ["US"],
        {
            "account_holder_name": name(),
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.digits(f.n(8, 12)), "bank account"),
            "account_type": one("checking", "savings"),
            "bank_name": one(
                "Chase", "Bank of America", "Wells Fargo", "Navy Federal Credit Union", "Ally Bank"
            ),
            "mandate_accepted_at": ts(),
            "mandate_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "plan_id": G(lambda f: f"pp_{f.digits(6)}"),
            "installments_remaining": count(1, 24),
        },
    ),
    (
        "screen",
        "Appointment Details",
        "swift",
        ["US", "CA", "AU"],
        {
            "appointment_id": G(lambda f: f"apt_{f.digits(9)}"),
            "can_reschedule": flag(),
            "directions_tapped": flag(),
        },
    ),
    (
        "track",
        "Pre-Authorized Debit Set Up",
        "ruby",
        ["CA"],
        {
            "institution_number": one("001", "002", "003", "004", "010", "815"),
            "transit_number": G(lambda f: f.digits(5)),
            "account_number": RED(lambda f: f.digits(f.n(7, 12)), "bank account"),
            "account_holder": name(),
            "void_cheque_uploaded": flag(),
            "pad_agreement_version": one("2022-01", "2023-06", "2024-02"),
            "plan_id": G(lambda f: f"pp_{f.digits(6)}"),
        },
    ),
    (
        "screen",
        "Check In",
        "swift",
        ["US", "CA", "AU"],
        {
            "appointment_id": G(lambda f: f"apt_{f.digits(9)}"),
            "minutes_early": count(-10, 30),
            "arrived_via": one("geofence", "qr_code", "front_desk"),
            "forms_completed": flag(),
            "photo_id_scanned": flag(),
        },
    ),
    (
        "group",
        None,
        "ruby",
        ["US", "CA", "AU"],
        {
            "name": G(lambda f: f"BrightSmile {f.city()}"),
            "industry": const("Dental"),
            "practiceType": one("general", "pediatric", "orthodontic", "multi-specialty"),
            "practiceAddress": {
                "street": G(lambda f: f.street()),
                "city": G(lambda f: f.city()),
                "state": G(lambda f: f.region()),
                "postalCode": G(lambda f: f.postcode()),
            },
            "practicePhone": G(lambda f: f.tel()),
            "practiceEmail": G(lambda f: f"{fold(f.city()).lower().replace(' ', '')}@brightsmile.com"),
            "principalDentist": Y(lambda f: f.dr(), "name"),
            "officeManagerEmail": email(),
            "employees": count(6, 60),
        },
    ),
    (
        "page",
        "Find a Dentist",
        "web",
        ["US", "CA", "AU"],
        {
            "path": const("/find-a-dentist"),
            "url": G(lambda f: "https://www.brightsmile.com/find-a-dentist"),
            "title": const("Find a dentist near you"),
            "referrer": one("https://www.google.com/", "", "https://www.brightsmile.com/"),
            "search": one("", "?near=me", "?service=emergency"),
        },
    ),
    (
        "track",
        "Clinic Searched",
        "web",
        ["US", "CA", "AU"],
        {
            "query": G(
                lambda f: f.pick([f.city(), f.postcode(), "emergency dentist", "kids dentist " + f.city()])
            ),
            "results_count": count(0, 25),
            "radius_km": one(5, 10, 25, 50),
            "used_my_location": flag(),
            "user_location": {
                "lat": Y(lambda f: f.lat41(), "geolocation"),
                "lng": Y(lambda f: f.lon41(), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Review Submitted",
        "web",
        ["US", "CA", "AU"],
        {
            "clinic_id": G(lambda f: f"BS{f.n(100, 999)}"),
            "rating": count(1, 5),
            "would_recommend": flag(),
            "nps_score": count(0, 10),
            "comment": one(
                "Super friendly team and no wait at all.",
                "Cleaning was thorough, parking is a pain.",
                "Great with my kids!",
                "Bit pricey but worth it.",
                "",
            ),
        },
    ),
    ("alias", None, "kotlin", ["US", "CA", "AU"], None),
]

# -- ClearSight: optical -----------------------------------------------------------------------------


def eye(long=True):
    if long:
        return {
            "sphere": Y(lambda f: f.sph(), "condition|diagnosis"),
            "cylinder": Y(lambda f: f.cyl(), "condition|diagnosis"),
            "axis": Y(lambda f: f.n(1, 180), "condition|diagnosis"),
            "add": Y(lambda f: f.pick([None, "+1.00", "+1.75", "+2.25", "+2.50"]), "condition|diagnosis"),
            "prism": G(lambda f: f.pick([None, None, "0.5 BI", "1.0 BU"])),
        }
    return {
        "sph": Y(lambda f: float(f.sph()), "condition|diagnosis"),
        "cyl": Y(lambda f: f.pick([0.0, -0.5, -0.75, -1.25, -2.0]), "condition|diagnosis"),
        "axis": Y(lambda f: f.n(1, 180), "condition|diagnosis"),
        "add": Y(lambda f: f.pick([0.0, 1.0, 1.5, 2.0, 2.5]), "condition|diagnosis"),
    }


def frame_product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f"CS-{f.n(10000, 99999)}-{f.pick(['BLK', 'TORT', 'GLD', 'CLR'])}"),
        "name": G(lambda f: f.pick(FRAMES)[0]),
        "brand": G(lambda f: f.pick(FRAMES)[1]),
        "category": one("Glasses", "Sunglasses", "Kids glasses"),
        "variant": one("Black", "Tortoise", "Gold", "Crystal Clear"),
        "price": amount(39, 420),
        "quantity": const(1),
        "gender": one("women", "men", "unisex", "kids"),
        "frame_size": one("S", "M", "L", "52-18-145", "54-19-140"),
    }


NHS_EXEMPTIONS = [
    "under_16", "full_time_education_16_18", "aged_60_or_over", "universal_credit", "income_support",
    "diagnosed_diabetes", "diagnosed_glaucoma", "glaucoma_family_history_40_plus",
    "registered_sight_impaired",
    "hc2_certificate",
]  # fmt: skip

CLEARSIGHT = [
    (
        "identify",
        None,
        "swift",
        ["UK", "CA", "AU"],
        {
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "email": email(),
            "mobile": phone(),
            "date_of_birth": dob(),
            "salutation": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"]), "gender"),
            "home_address": address("line1", "line2", "town", "county", "postcode", "country"),
            "customer_number": G(lambda f: f"C{f.digits(8)}"),
            "preferred_store": G(lambda f: f"ClearSight {f.city()}"),
            "marketing_opt_in": flag(),
            "sms_opt_in": flag(),
            "last_eye_test_date": G(lambda f: f.date(2021, 2024)),
        },
    ),
    (
        "track",
        "Eye Test Booked",
        "web",
        ["UK", "CA", "AU"],
        {
            "booking_ref": G(lambda f: f"CS{f.hexid(6).upper()}"),
            "store": store(),
            "test_type": one("standard", "contact_lens_check", "oct_scan", "childrens", "home_visit"),
            "slot_start": ts(),
            "optometrist_name": Y(lambda f: f.person(), "name"),
            "nhs_eligible": flag(),
            "reason_for_visit": Y(lambda f: f.pick(EYE_SYMPTOMS), "condition", True),
            "reminder_email": email(),
            "first_visit": flag(),
            "booked_for": one("myself", "my_child", "someone_else"),
        },
    ),
    (
        "track",
        "EyeTestCompleted",
        "dotnet",
        ["UK"],
        {
            "ExaminationId": uid(),
            "StoreCode": G(lambda f: f"CS{f.n(1000, 1999)}"),
            "OptometristGocNumber": Y(lambda f: f"01-{f.n(10000, 39999)}", "license"),
            "OptometristName": name(),
            "PatientNhsNumber": RED(lambda f: f.nhs_number(), "health id"),
            "Outcome": one("NewPrescription", "NoChange", "Referral", "Recall"),
            "IopRightMmHg": Y(lambda f: f.n(10, 28), "condition|diagnosis"),
            "IopLeftMmHg": Y(lambda f: f.n(10, 28), "condition|diagnosis"),
            "DilationPerformed": flag(),
            "VoucherType": one("GOS1", "GOS3", "GOS4", None),
            "CompletedUtc": ts(),
        },
    ),
    (
        "track",
        "Referral Issued",
        "dotnet",
        ["UK"],
        {
            "ReferralId": G(lambda f: f"REF{f.digits(7)}"),
            "ReferralReason": Y(lambda f: f.pick(REFERRALS), "diagnosis", True),
            "Urgency": one("Routine", "Urgent", "Emergency"),
            "GpPracticeCode": G(lambda f: f"{f.pick(['F', 'M', 'Y', 'P'])}{f.digits(5)}"),
            "GpPracticeName": one(
                "Riverside Medical Centre", "The Elms Surgery", "Park Lane Practice", "Castle Health Centre"
            ),
            "PatientNhsNumber": RED(lambda f: f.nhs_number(), "health id"),
        },
    ),
    (
        "track",
        "Prescription Issued",
        "java",
        ["UK", "CA", "AU"],
        {
            "prescription_id": G(lambda f: f"RX-{f.digits(8)}"),
            "right": eye(),
            "left": eye(),
            "pd_mm": G(lambda f: f.pick([f.n(56, 72), f"{f.n(28, 36)}/{f.n(28, 36)}"])),
            "lens_recommendation": one("single_vision", "varifocal", "bifocal", "occupational"),
            "expires_on": G(lambda f: f.date(2025, 2027)),
            "issued_by_goc": Y(lambda f: f"01-{f.n(10000, 39999)}", "license"),
            "driving_standard_met": flag(),
        },
    ),
    (
        "track",
        "Lens Order Sent To Lab",
        "java",
        ["UK", "CA", "AU"],
        {
            "job_number": G(lambda f: f"J{f.digits(7)}"),
            "lab": one("Essilor Basingstoke", "Hoya Bridgend", "Zeiss Vision Lonsdale", "IRIS Lab Montréal"),
            "rx": {"od": eye(False), "os": eye(False)},
            "lens_index": one(1.5, 1.59, 1.6, 1.67, 1.74),
            "frame_sku": G(lambda f: f"CS-{f.n(10000, 99999)}-{f.pick(['BLK', 'TORT', 'GLD'])}"),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "patient_surname": Y(lambda f: f.family(), "name"),
            "store_code": G(lambda f: f"CS{f.n(1000, 1999)}"),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "php",
        ["UK"],
        {
            "mandate_id": G(lambda f: "MD" + f.hexid(12).upper()),
            "scheme": const("bacs"),
            "reference": G(lambda f: f"CLEARSIGHT-{f.hexid(6).upper()}"),
            "bank_account": {
                "account_holder_name": name(),
                "sort_code": G(lambda f: f"{f.n(10, 99)}-{f.n(10, 99)}-{f.n(10, 99)}"),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
                "iban": RED(lambda f: f.iban("GB"), "bank account"),
                "bank_name": one("Barclays", "HSBC UK", "Lloyds Bank", "NatWest", "Monzo"),
            },
            "subscription_id": G(lambda f: f"sub_{f.hexid(14)}"),
            "first_collection_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        ["UK", "CA", "AU"],
        {
            **frame_product(),
            "url": G(lambda f: f"https://www.clearsight.co.uk/glasses/{f.digits(6)}"),
            "image_url": G(lambda f: f"https://cdn.clearsight.co.uk/frames/{f.hexid(10)}.jpg"),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Virtual Try-On Used",
        "swift",
        ["UK", "CA", "AU"],
        {
            "frame_sku": G(lambda f: f"CS-{f.n(10000, 99999)}-{f.pick(['BLK', 'TORT', 'GLD'])}"),
            "duration_s": count(5, 240),
            "frames_tried": count(1, 15),
            "face_shape": one("oval", "round", "square", "heart"),
            "snapshot_saved": flag(),
            "selfie_url": Y(lambda f: f"https://tryon.clearsight.co.uk/snap/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        ["UK", "CA", "AU"],
        {
            "cart_id": uid(),
            **{
                k: v
                for k, v in frame_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
            "lens_type": one("single_vision", "varifocal", "bifocal", "reading", "non_prescription"),
            "lens_coating": one("anti_reflective", "blue_light", "transitions", "standard"),
            "prescription_method": one("upload", "enter_manually", "use_on_file", "email_later"),
            "prescription_photo_url": Y(
                lambda f: f"https://uploads.clearsight.co.uk/rx/{f.hexid(20)}.jpg", "photo"
            ),
        },
    ),
    (
        "track",
        "Order Completed",
        "php",
        ["UK", "CA", "AU"],
        {
            "order_id": G(lambda f: f"{f.n(100000000, 999999999)}"),
            "total": amount(39, 900),
            "revenue": amount(39, 900),
            "shipping": one(0, 4.95, 6.5),
            "tax": amount(0, 150),
            "coupon": one("", "SECONDPAIR", "NHS25", "STUDENT10"),
            "currency": G(lambda f: f.currency()),
            "products": Many(
                {
                    **{
                        k: v
                        for k, v in frame_product().items()
                        if k in ("product_id", "sku", "name", "brand", "price", "quantity")
                    },
                    "lens_type": one("single_vision", "varifocal", "bifocal", "reading", "non_prescription"),
                },
                2,
            ),
            "shipping_address": {
                "name": name(),
                **address("line1", "line2", "city", "region", "postcode", "country"),
            },
            "delivery_method": one("home", "click_and_collect"),
            "nhs_voucher": {
                "voucher_type": one("A", "B", "C", "D", "E", None),
                "voucher_value": one(0, 45.7, 69.3, 152.0),
                "form_serial": G(lambda f: f"GOS3{f.digits(8)}"),
            },
            "customer_email": email(),
            "is_gift": flag(),
        },
    ),
    (
        "track",
        "NhsVoucherApplied",
        "dotnet",
        ["UK"],
        {
            "VoucherId": uid(),
            "VoucherCode": one("A", "B", "C", "D", "E", "F", "G", "H"),
            "VoucherValue": one(45.7, 69.3, 152.0, 79.2, 17.7),
            "PatientNhsNumber": RED(lambda f: f.nhs_number(), "health id"),
            "PatientDateOfBirth": dob(),
            "ExemptionCategory": RED(lambda f: f.pick(NHS_EXEMPTIONS), "condition"),
            "Hc2CertificateNumber": Y(lambda f: f"HC2/{f.digits(8)}", "certificate"),
            "ClaimSubmittedUtc": ts(),
            "StoreCode": G(lambda f: f"CS{f.n(1000, 1999)}"),
            "IsComplexLens": flag(),
        },
    ),
    (
        "identify",
        None,
        "node",
        ["QC"],
        {
            "prenom": Y(lambda f: f.given(), "name"),
            "nom_de_famille": Y(lambda f: f.family(), "name"),
            "courriel": email(),
            "telephone": phone(),
            "date_naissance": dob(),
            "adresse": {
                "rue": Y(lambda f: f.street(), "address|street"),
                "ville": Y(lambda f: f.city(), "city"),
                "code_postal": Y(lambda f: f.postcode(), "zipcode"),
                "province": const("QC"),
            },
            "numero_ramq": RED(lambda f: f.ramq(), "health id"),
            "langue_preferee": one("fr", "en"),
            "consentement_marketing": flag(),
            "succursale_preferee": G(lambda f: f"ClearSight {f.city()}"),
        },
    ),
    (
        "track",
        "Examen de la vue réservé",
        "node",
        ["QC"],
        {
            "succursale": G(lambda f: f"ClearSight {f.city()}"),
            "date_rendez_vous": ts(),
            "type_examen": one("examen_complet", "lentilles_cornéennes", "enfant", "suivi"),
            "optometriste": Y(lambda f: f.dr(), "name"),
            "motif": Y(lambda f: f.pick(EYE_SYMPTOMS_FR), "condition", True),
            "couvert_par_ramq": flag(),
            "tranche_age": one("0-17", "18-64", "65+"),
            "numero_reservation": G(lambda f: f"QC-{f.digits(7)}"),
        },
    ),
    (
        "track",
        "Eye Exam Billed",
        "java",
        ["CA"],
        {
            "claim_id": G(lambda f: f"ON{f.digits(9)}"),
            "health_card_number": RED(lambda f: f.ohip(), "health id"),
            "fee_code": Y(lambda f: f.pick(["V406", "V404", "V409", "V450"]), "procedure"),
            "billed_amount": amount(40, 120),
            "patient_age_band": one("0-19", "20-64", "65+"),
            "province": const("ON"),
        },
    ),
    (
        "track",
        "Health Fund Claim Submitted",
        "flutter",
        ["AU"],
        {
            "fund": one("Bupa", "Medibank", "HCF", "nib", "HBF", "Australian Unity"),
            "member_number": RED(lambda f: f.member_id(), "health id"),
            "member_ref": one(1, 2, 3, 4),
            "medicare_number": RED(lambda f: f.medicare_au(), "health id"),
            "medicare_irn": one(1, 2, 3, 4, 5),
            "mbs_item": Y(lambda f: f.pick(["10910", "10911", "10912", "10916"]), "procedure"),
            "claim_amount": amount(80, 800),
            "benefit_paid": amount(0, 400),
        },
    ),
    (
        "track",
        "Contact Lens Subscription Started",
        "kotlin",
        ["UK", "CA", "AU"],
        {
            "subscriptionId": G(lambda f: f"sub_{f.hexid(14)}"),
            "lensProduct": G(lambda f: f.pick(LENSES)),
            "boxesPerDelivery": count(1, 4),
            "frequencyDays": one(30, 60, 90),
            "rightEyePower": Y(lambda f: f.sph(), "condition|diagnosis"),
            "leftEyePower": Y(lambda f: f.sph(), "condition|diagnosis"),
            "baseCurve": one(8.4, 8.5, 8.6, 8.7),
            "diameter": one(14.0, 14.2, 14.3),
            "deliveryAddress": {
                "recipientName": name(),
                **address("line1", "line2", "city", "region", "postcode", "country"),
            },
        },
    ),
    (
        "track",
        "Store Locator Searched",
        "rn",
        ["UK", "CA", "AU"],
        {
            "q": G(lambda f: f.pick([f.city(), f.postcode().split(" ")[0], "near me", "open sunday"])),
            "results_count": count(0, 20),
            "nearest_store_km": amount(0, 40),
            "filter": one("open_now", "hearing", "none", "parking"),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        ["UK", "CA", "AU"],
        {
            "form_id": one("eye_test_booking", "callback_request", "contact_lens_trial"),
            "field": one("mobile", "phone", "contact_number"),
            "value": Y(lambda f: f.tel(), "phone", True),
            "duration_ms": count(400, 15000),
            "valid": flag(),
        },
    ),
    (
        "track",
        "Live Chat Message Sent",
        "web",
        ["UK", "CA", "AU"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": const("user"),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"hi my glasses order hasn't arrived, can you email me at {f.mail()}",
                        f"Can someone call me back on {f.tel()} about my varifocals?",
                        f"I changed my email to {f.mail()} please update it",
                        f"please ring {f.tel()} after 3pm, thanks",
                    ]
                ),
                "email|phone",
                True,
            ),
            "channel": one("web_widget", "whatsapp", "messenger"),
            "word_count": count(5, 40),
        },
    ),
    (
        "page",
        "Glasses",
        "web",
        ["UK", "CA", "AU"],
        {
            "path": const("/glasses"),
            "url": G(
                lambda f: (
                    "https://www.clearsight.co.uk/glasses?"
                    + f.pick(["shape=round", "brand=ray-ban", "page=2", "sort=price"])
                )
            ),
            "title": const("Glasses & frames"),
            "referrer": one("https://www.google.com/", "", "https://www.clearsight.co.uk/"),
            "search": one("?shape=round", "?brand=ray-ban", "?page=2", "?sort=price"),
            "category": const("shop"),
        },
    ),
]

# -- CareRx loyalty: pharmacy ------------------------------------------------------------------------


def shop_item():
    return {
        "sku": G(lambda f: f.digits(8)),
        "name": G(lambda f: f.pick(SHOP_PRODUCTS)[0]),
        "category": G(lambda f: f.pick(SHOP_PRODUCTS)[1]),
        "qty": count(1, 3),
        "price": amount(2, 60),
        "is_rx": const(False),
    }


def loyalty_number(f):
    return "604" + f.digits(10)


CARERX = [
    (
        "identify",
        None,
        "rn",
        ["US", "CA", "UK", "AU"],
        {
            "email": email(),
            "phone": phone(),
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "birthdate": dob(),
            "postal_code": Y(lambda f: f.postcode(), "zipcode"),
            "loyalty_number": G(loyalty_number),
            "tier": one("bronze", "silver", "gold", "platinum"),
            "points_balance": count(0, 60000),
            "member_since": G(lambda f: f.date(2015, 2024)),
            "home_store_id": G(lambda f: f"CRX{f.n(100, 999)}"),
            "pharmacy_patient": flag(),
            "flu_reminders_opt_in": flag(),
            "phone_verified": flag(),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
        },
    ),
    (
        "identify",
        None,
        "python",
        ["US", "CA", "UK", "AU"],
        {
            "EMAIL": email(),
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "PHONE_NUMBER": phone(),
            "DATE_OF_BIRTH": dob(),
            "POSTAL_CODE": Y(lambda f: f.postcode(), "zipcode"),
            "EMAIL_SHA256": Y(lambda f: f.hexid(64), "email"),
            "LIFETIME_SPEND_USD": amount(0, 9000),
            "LOYALTY_TIER": one("BRONZE", "SILVER", "GOLD", "PLATINUM"),
            "LAST_PURCHASE_AT": ts(),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "IS_SENIOR": flag(),
            "RX_CUSTOMER": flag(),
            "HOME_STORE_CITY": G(lambda f: f.city()),
        },
    ),
    (
        "track",
        "Flu Shot Booked",
        "web",
        ["US", "CA", "AU"],
        {
            "booking_id": uid(),
            "store": store(),
            "slot_start": ts(),
            "vaccine": Y(
                lambda f: f.pick(["Fluzone High-Dose", "Flucelvax Quad", "FluMist", "Afluria Quad", "Fluad"]),
                "medication",
            ),
            "patient": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "dob": dob(),
                "phone": phone(),
                "email": email(),
            },
            "insurance": {
                "carrier": one(
                    "Aetna", "Blue Cross", "UnitedHealthcare", "Green Shield", "Medicare Part B", "Bupa"
                ),
                "member_id": RED(lambda f: f.member_id(), "health id"),
                "group_number": G(lambda f: f.pick([f.digits(6), f"G{f.digits(7)}"])),
                "rx_bin": G(lambda f: f.pick(["610014", "003858", "004336", "610502"])),
                "rx_pcn": one("MEDDPRIME", "ADV", "CN", "9999"),
            },
            "screening": {
                "is_pregnant": RED(lambda f: f.pick([True, False]), "condition"),
                "egg_allergy": RED(lambda f: f.pick([True, False]), "allergy"),
                "immunocompromised": RED(lambda f: f.pick([True, False]), "condition"),
                "history_of_guillain_barre": RED(lambda f: f.pick([True, False]), "condition"),
                "fever_today": RED(lambda f: f.pick([True, False]), "condition"),
                "questions_answered": count(5, 12),
            },
            "notes": one(
                "Needs a morning slot",
                "Bringing vaccination record",
                "",
                "Nervous with needles",
                "Second dose last year",
            ),
            "for_dependant": flag(),
            "consent_signed": const(True),
            "walk_in": flag(),
        },
    ),
    (
        "track",
        "NHS Flu Vaccination Booked",
        "php",
        ["UK"],
        {
            "booking_reference": G(lambda f: f"NFV{f.digits(7)}"),
            "nhs_number": RED(lambda f: f.nhs_number(), "health id"),
            "eligibility_group": RED(
                lambda f: f.pick(
                    [
                        "65_and_over",
                        "pregnant",
                        "clinical_risk_group",
                        "carer",
                        "frontline_health_worker",
                        "household_contact_immunosuppressed",
                    ]
                ),
                "condition",
            ),
            "gp_practice": one(
                "Riverside Medical Centre", "The Elms Surgery", "Park Lane Practice", "Castle Health Centre"
            ),
            "gp_practice_code": G(lambda f: f"{f.pick(['F', 'M', 'Y', 'P'])}{f.digits(5)}"),
            "pharmacy_ods_code": G(lambda f: f"F{f.pick(['A', 'C', 'H', 'X'])}{f.n(100, 999)}"),
            "appointment_at": ts(),
            "patient_postcode": Y(lambda f: f.postcode(), "zipcode"),
            "sms_confirmation": flag(),
        },
    ),
    (
        "track",
        "Vaccination Administered",
        "go",
        ["US", "CA", "UK", "AU"],
        {
            "administration_id": uid(),
            "administered_at": ts(),
            "vaccine_product": G(
                lambda f: f.pick(["Fluzone High-Dose", "Flucelvax Quad", "Afluria Quad", "Fluad"])
            ),
            "ndc": Y(
                lambda f: f.pick(["49281-0124-10", "70461-0324-03", "33332-0324-03", "70461-0124-10"]),
                "medication",
            ),
            "lot_number": G(
                lambda f: f"{f.pick(['UT', 'UJ', 'AX', 'K'])}{f.digits(4)}{f.pick(['AA', 'BA', 'CB'])}"
            ),
            "administered_by": name(),
            "pharmacist_license_no": Y(
                lambda f: f.pick([f"RPH{f.digits(6)}", f"PHA000{f.digits(7)}", f.digits(7)]), "license"
            ),
            "registry_reported": flag(),
            "store_id": G(lambda f: f"CRX{f.n(100, 999)}"),
        },
    ),
    (
        "track",
        "Prescription Ready For Pickup",
        "go",
        ["US", "CA", "UK", "AU"],
        {
            "rx_number": G(lambda f: f.rx_no()),
            "store": store(),
            "medication_name": Y(lambda f: f.pick(RX_DRUGS), "medication"),
            "quantity": one(28, 30, 56, 90),
            "copay": amount(0, 60),
            "ready_at": ts(),
            "patient_first_name": Y(lambda f: f.given(), "name"),
            "prescriber": Y(lambda f: f.dr(), "name"),
            "is_controlled_substance": RED(lambda f: f.pick([True, False]), "medication"),
            "refills_remaining": count(0, 5),
            "auto_refill": flag(),
            "notify": {
                "channel": one("sms", "email", "push"),
                "to": Y(lambda f: f.pick([f.tel(), f.mail()]), "email|phone", True),
                "template": one("rx_ready_v3", "rx_ready_v4"),
            },
        },
    ),
    (
        "track",
        "Prescription Picked Up",
        "java",
        ["US", "CA", "UK", "AU"],
        {
            "pickup_id": uid(),
            "rx_count": count(1, 4),
            "rx_numbers": Many(G(lambda f: f.rx_no()), 3),
            "signature_captured": flag(),
            "counselling_declined": flag(),
            "picked_up_by": one("self", "caregiver", "family_member", "courier"),
            "pickup_person_name": name(),
            "id_checked": flag(),
        },
    ),
    (
        "track",
        "PrescriptionTransferRequested",
        "dotnet",
        ["US", "CA", "UK", "AU"],
        {
            "TransferId": uid(),
            "FromPharmacyName": one(
                "Walgreens #1043", "Shoppers Drug Mart", "Boots", "Chemist Warehouse", "CVS Pharmacy"
            ),
            "FromPharmacyPhone": G(lambda f: f.tel()),
            "PatientFullName": name(),
            "PatientDob": dob(),
            "PatientPhone": phone(),
            "MedicationNames": Many(Y(lambda f: f.pick(RX_DRUGS), "medication"), 3),
            "RxNumbers": Many(G(lambda f: f.rx_no()), 3),
            "RequestedAtUtc": ts(),
        },
    ),
    (
        "track",
        "eScript Uploaded",
        "flutter",
        ["AU"],
        {
            "escript_token": RED(
                lambda f: "".join(f.r.choice("23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(18)), "token"
            ),
            "medicare_number": RED(lambda f: f.medicare_au(), "health id"),
            "concession_card_number": RED(
                lambda f: f"{f.digits(3)} {f.digits(3)} {f.digits(3)}{f.pick('ABCDHJKLMNPRSTV')}",
                "national id",
            ),
            "pbs_listed": flag(),
            "safety_net_eligible": flag(),
            "upload_method": one("qr_scan", "sms_link", "email_link"),
            "store_id": G(lambda f: f"CRX{f.n(100, 999)}"),
        },
    ),
    (
        "track",
        "Points Earned",
        "python",
        ["US", "CA", "UK", "AU"],
        {
            "points": count(5, 2500),
            "basket_total": amount(3, 300),
            "store_id": G(lambda f: f"CRX{f.n(100, 999)}"),
            "transaction_id": G(lambda f: f"{f.n(100, 999)}-{f.digits(4)}-{f.digits(6)}"),
            "receipt_number": G(lambda f: f.digits(12)),
            "items": Many(shop_item(), 4),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Products Searched",
        "rn",
        ["US", "CA", "UK", "AU"],
        {
            "query": one(
                "ibuprofen",
                "vitamin d",
                "sunscreen spf 50",
                "hay fever",
                "flu shot",
                "toothpaste",
                "nicotine patches",
            ),
            "results_count": count(0, 120),
            "filters_applied": count(0, 3),
        },
    ),
    (
        "track",
        "Loyalty Card Linked",
        "swift",
        ["US", "CA", "UK", "AU"],
        {
            "card_number": G(loyalty_number),
            "link_method": one("scan", "manual", "store_lookup"),
            "wallet_pass_added": flag(),
            "physical_card_requested": flag(),
            "mailing_address": address("line1", "line2", "city", "region", "postal_code", "country"),
        },
    ),
    (
        "track",
        "Caregiver Added",
        "rn",
        ["US", "CA", "UK", "AU"],
        {
            "care_recipient": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "date_of_birth": Y(lambda f: f.dob(1930, 1960), "birthdate"),
                "relationship": one("parent", "grandparent", "spouse", "child", "client"),
                "pharmacy_profile_id": G(lambda f: f"pp_{f.digits(8)}"),
                "phone": phone(),
            },
            "label": Y(
                lambda f: (
                    f.pick(["Mum", "Dad", "Nan", "Grandpa", "Partner", "Client"])
                    + f" ({f.given()} {f.family()})"
                ),
                "name",
                True,
            ),
            "authorization_form_signed": flag(),
            "can_pickup": flag(),
            "can_view_medications": flag(),
        },
    ),
    (
        "track",
        "Pet Prescription Added",
        "rn",
        ["US", "CA", "UK", "AU"],
        {
            "pet_name": one("Biscuit", "Luna", "Milo", "Bella", "Max", "Coco", "Pepper", "Ollie"),
            "species": one("dog", "cat"),
            "pet_weight_kg": amount(2, 45),
            "pet_medication": one(
                "Apoquel 16 mg", "NexGard Spectra 7.6-15 kg", "Bravecto chew", "Metacam oral suspension"
            ),
            "vet_clinic": one(
                "Greencross Vets Balmain", "VCA Animal Hospital", "Banfield Pet Hospital", "Medivet"
            ),
            "rx_number": G(lambda f: f.rx_no()),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "web",
        ["US", "CA", "UK", "AU"],
        {
            "gift_card_id": G(lambda f: f"gc_{f.hexid(12)}"),
            "amount": one(10, 25, 50, 100),
            "currency": G(lambda f: f.currency()),
            "recipient_name": name(),
            "recipient_email": email(),
            "sender_name": name(),
            "message": one(
                "Happy birthday Mum! xx", "Get well soon", "Thanks for everything", "Treat yourself!", ""
            ),
            "delivery_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        ["US", "CA", "UK", "AU"],
        {
            "order_id": G(lambda f: f"{f.n(100000000, 999999999)}"),
            "total": amount(5, 250),
            "revenue": amount(5, 250),
            "shipping": one(0, 4.95, 6.5),
            "tax": amount(0, 30),
            "coupon": one("", "SAVE10", "FREESHIP", "REWARDS5"),
            "currency": G(lambda f: f.currency()),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(6)),
                    "sku": G(lambda f: f.digits(8)),
                    "name": G(lambda f: f.pick(SHOP_PRODUCTS)[0]),
                    "brand": one("Advil", "Blackmores", "CeraVe", "CareRx", "Neutrogena"),
                    "price": amount(2, 60),
                    "quantity": count(1, 3),
                },
                4,
            ),
            "shipping_address": {
                "name": name(),
                **address("line1", "line2", "city", "region", "postcode", "country"),
            },
            "delivery_method": one("home", "click_and_collect"),
            "customer_email": email(),
            "is_gift": flag(),
        },
    ),
    (
        "track",
        "LoginFailed",
        "dotnet",
        ["US", "CA", "UK", "AU"],
        {
            "Input": Y(lambda f: f.mail(), "email", True),
            "Reason": one("InvalidPassword", "UnknownUser", "Locked", "MfaTimeout"),
            "AttemptCount": count(1, 6),
            "CaptchaShown": flag(),
            "PasswordLength": count(6, 24),
            "ClientIp": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        "web",
        ["US", "CA", "UK", "AU"],
        {
            "form_id": const("rewards_signup"),
            "form_fields": {
                "email": email(),
                "password": RED(
                    lambda f: f.pick(
                        ["Summer2024!", "luna1234", "P@ssw0rd99", "CareRx#" + f.digits(4), f.hexid(10)]
                    ),
                    "password",
                ),
                "confirm_password_match": flag(),
                "first_name": Y(lambda f: f.given(), "name"),
                "zip": Y(lambda f: f.postcode(), "zipcode"),
                "accept_terms": const(True),
            },
            "password_strength": one("weak", "fair", "strong"),
            "referral_code": G(lambda f: f"REF{f.hexid(6).upper()}"),
        },
    ),
    (
        "track",
        "Store Visited",
        "kotlin",
        ["US", "CA", "UK", "AU"],
        {
            "storeId": G(lambda f: f"CRX{f.n(100, 999)}"),
            "dwellSeconds": count(60, 3600),
            "latitude": Y(lambda f: f.lat41(), "geolocation"),
            "longitude": Y(lambda f: f.lon41(), "geolocation"),
        },
    ),
    (
        "group",
        None,
        "python",
        ["US", "CA", "UK", "AU"],
        {
            "name": one(
                "Globex Corporation", "Northwind Traders", "Initech", "Wayne Enterprises", "Umbrella Health"
            ),
            "plan": one("wellness_basic", "wellness_plus", "enterprise"),
            "employees": count(50, 20000),
            "industry": one("Manufacturing", "Retail", "Finance", "Education"),
            "website": one(
                "https://globex.example.com", "https://northwind.example.com", "https://initech.example.com"
            ),
            "billing_contact_name": name(),
            "billing_contact_email": email(),
            "billing_contact_phone": phone(),
            "headquarters": {
                "line1": G(lambda f: f.street()),
                "city": G(lambda f: f.city()),
                "postal_code": G(lambda f: f.postcode()),
                "country": G(lambda f: f.country()),
            },
            "contract_start": G(lambda f: f.date(2022, 2024)),
        },
    ),
    (
        "track",
        "Survey Response",
        "node",
        ["US", "CA", "UK", "AU"],
        {
            "survey-id": G(lambda f: f"srv_{f.digits(4)}"),
            "respondent-email": email(),
            "respondent-name": name(),
            "nps-score": count(0, 10),
            "pharmacist-helpful": flag(),
            "free-text": one(
                "Quick service",
                "Queue was long at the pharmacy counter",
                "Love the app",
                "Staff were great",
                "",
            ),
            "submitted-at": ts(),
            "client-ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "page",
        "Flu Shots",
        "web",
        ["US", "CA", "UK", "AU"],
        {
            "path": const("/flu-shots"),
            "url": G(
                lambda f: (
                    "https://www.carerx.com/flu-shots" + f.pick(["", "?store=nearby", "?utm_source=email"])
                )
            ),
            "title": const("Book a flu shot"),
            "referrer": one("https://www.google.com/", "", "https://www.carerx.com/"),
            "search": one("", "?store=nearby", "?utm_source=email"),
        },
    ),
    ("alias", None, "rn", ["US", "CA", "UK", "AU"], None),
]

BRANDS = [("brightsmile", BRIGHTSMILE), ("clearsight", CLEARSIGHT), ("carerx", CARERX)]


def build(seed: int, repeats: int):
    f = F41(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for brand, templates in BRANDS:
            for kind, event, client, countries, body in templates:
                f.brand, f.cc = brand, f.pick(countries)
                msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
                if kind == "alias":
                    msg["previousId"] = f.uuid()
                    msg["userId"] = "pt_" + f.digits(7)
                else:
                    msg["anonymousId"] = f.uuid()
                    msg["userId"] = "pt_" + f.digits(7)
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = f"grp_{f.digits(6)}"
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                context = CONTEXTS[client]() if client in CONTEXTS else server_context(client)
                msg["context"] = render(context, f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=41, repeats=26)
    write(Path(__file__).parent, "holdout41_", events, labels)
