"""Writes holdout116: tests/corpus/holdout116_events.jsonl and holdout116_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only build.py, fake.py, build_holdout3.py for the format, REFERENCE.md and
DESIGN.md were read), and never scored by its author.

Domain: the app of a pharmacy and drugstore chain in the US and Canada ("Cedarline"): prescription
refills, transfers and pickup, delivery, immunization and flu-shot booking with screening
questions, in-store clinic visits, insurance cards on file, caregiver access to a family member's
prescriptions, loyalty points and coupons, photo printing, e-commerce for health and beauty
products (the Segment e-commerce spec), sign-in, attribution, and vendor-shaped payloads (an
AppsFlyer install, Facebook Conversions API, a Twilio status callback, a SendGrid event, Google
Places autocomplete), plus a staff side (pharmacists, technicians, couriers, job applicants).
Messages are identify / track / page / screen / group / alias calls with the `context` blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python / node / go / java / ruby / php / .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % others: PascalCase from the
.NET point-of-sale and staff services, kebab-case from a web form builder, SCREAMING_SNAKE from a
warehouse reverse-ETL sync, and French-Canadian keys from the Québec app (`courriel`, `prenom`,
`numero_assurance_maladie`, `numero_ordonnance` ...). Values: names from many cultures, NANP phone
formats (Canada and US) and a few international ones, Canadian postal codes and US ZIP(+4) codes,
Luhn-valid card numbers, Ontario health numbers with their Luhn check digit, Québec RAMQ numbers,
Medicare MBIs in the CMS format, SSNs with valid structure, UPC-A codes with a valid check digit.

Labelling (the product's default colours): each leaf path has a classification, a type (the
reference's matcher name, or geolocation / advertising id / health id / national id / bank account
/ token / secret / password / credit card; `a|b` when either is fair) and value_only (the key does
not say what the value is). Green: ids we issue, loyalty and claim numbers, SKUs, UPCs, versions,
timestamps, hashes of non-PII, amounts, enums, counters and booleans under PII-sounding keys,
product, insurer, plan, store and pet names, a store's own phone / address / postal code, a
searched place, country, province, state, locale, timezone, user agents, IDFV and OS analytics ids.
Policy cases: insurer member ids yellow `identification`; rx numbers yellow `medication`; pay
yellow `salary`; plates yellow `license`; gclid / fbclid / fbp / fbc / msclkid yellow `advertising
id`; billing, shipping and delivery addresses yellow; `pm_` payment methods, one-time codes, reset
and sign-in link tokens red; health card numbers, RAMQ, MBI and MRN red `health id`; answers about
the right to work or sponsorship red `visa`; the last four of an SSN red; a courier's masked proxy
phone green; a UUID app account token or Places session token green; a Message-ID green.

Decisions this corpus had to make (a careful privacy owner's choice):
- A drug code (DIN) inside the patient's own prescription event is the drug the person takes:
  yellow `medication`; the same kind of code on a shop product (UPC) is green. A vaccine the
  person books or received is yellow `medication|procedure`; the service category
  (`immunization`, `minor_ailment`) is green. A pet's medication and data are green.
- Screening answers that are booleans about the person (pregnant, immunocompromised, egg allergy,
  taking blood thinners, gbMSM eligibility, Indigenous identity) carry their category's type and
  colour; the computed `eligible` result and a consent flag are green.
- Vital signs the person logs (blood pressure, pulse) are health data: yellow `condition`.
- A SHA-256 of an e-mail or phone sent for ad matching (CAPI `em`, `ph`) is still the person's
  identifier: yellow `email` / `phone`. A hash of a user id or a file is green.
- An id number whose document type varies (driver's licence, passport, provincial photo card)
  under a generic key is an identity document's number: red `national id|license`. A
  pharmacist's professional registration number is yellow `license`.
- A group call's `name` that is a family's surname ("Tremblay family") is yellow `name`.
- Rx BIN, PCN and group numbers identify a benefit plan shared by many, like a routing number:
  green. A bank's institution and transit numbers are green; the account number is red.
- A building door code on a delivery address is a secret the person holds: red `secret`. A push
  token (`context.device.token`) lets anyone holding it message the device: red `token`.
- Free text is labelled by what every one of its values carries: the generators here either put
  the PII in every value (then labelled, value_only when the key is neutral) or never (green).
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

FIRST = [
    "Marie-Ève", "Jean-François", "Geneviève", "Mathieu", "Chantal", "Gurpreet", "Harjit", "Ngozi",
    "Oluwaseun", "Tremaine", "DeShawn", "Guadalupe", "Xiaoming", "Wei", "Thanh", "Ji-woo", "Min-jun",
    "Anjali", "Rohan", "Fatuma", "Abdirahman", "Siobhan", "Ewa", "Tomasz", "Dmitri", "Leilani",
    "Kateri", "Tenzin", "Rosa", "Ahmed", "Layla", "Yusuf", "Esther", "Miriam", "Carlos", "Isabella",
    "Ethan", "Olivia", "Liam", "Emma", "Noah", "Ava", "Mohammed", "Rahul", "Joaquín", "Chloé",
    "Maple", "Hiroshi", "Aiyana", "Bogdan", "Precious", "Darnell", "Shira", "Nadia", "Luc",
]  # fmt: skip
LAST = [
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Lavoie", "Singh", "Kaur",
    "Dhillon", "Sandhu", "Nguyen", "Tran", "Pham", "Kim", "Park", "Lee", "Wong", "Chan", "Li",
    "Zhang", "Patel", "Shah", "Okonkwo", "Adeyemi", "Mensah", "Hassan", "Abdi", "Warsame",
    "Rodriguez", "Hernández", "Martinez", "López", "Johnson", "Williams", "Brown", "Miller",
    "Davis", "Wilson", "O'Connor", "MacDonald", "Kowalczyk", "Novak", "Petrov", "Yamamoto",
    "Cohen", "Begay", "Yazzie", "Cardinal", "Whitehorse", "Santos", "dela Cruz", "Bautista",
    "Haddad", "Khoury", "Kaya", "Ferreira", "Papadopoulos", "Jovanović", "St-Pierre",
]  # fmt: skip
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.ca", "hotmail.com", "icloud.com", "videotron.ca",
                "sympatico.ca", "shaw.ca", "proton.me", "comcast.net"]  # fmt: skip
CA_AREAS = [416, 647, 437, 905, 289, 514, 438, 450, 604, 778, 403, 587, 780, 613, 819, 418, 204, 306,
            902, 709]  # fmt: skip
US_AREAS = [212, 718, 312, 213, 415, 617, 305, 713, 206, 602, 404, 503, 716, 313, 612, 505]
STREET_NAMES = [
    "Queen St W", "Yonge St", "Bloor St E", "Dundas St", "King St E", "Lakeshore Blvd W",
    "Sherbrooke St W", "Granville St", "Jasper Ave", "Portage Ave", "Maple Grove Dr", "Elm St",
    "W Addison St", "Lincoln Ave", "Pine Ridge Rd", "Cedar Ln", "Broadway", "Main St",
]  # fmt: skip
FR_STREETS = ["rue Saint-Denis", "boul. René-Lévesque O", "rue Sainte-Catherine E", "av. du Parc",
              "rue Principale", "ch. de la Côte-des-Neiges", "boul. Laurier"]  # fmt: skip
PERSON_CITIES = [
    "Toronto", "Mississauga", "Brampton", "Montréal", "Laval", "Québec", "Gatineau", "Ottawa",
    "Vancouver", "Surrey", "Calgary", "Edmonton", "Winnipeg", "Halifax", "Saskatoon", "Chicago",
    "Houston", "Phoenix", "Seattle", "Buffalo", "Detroit", "Miami", "Boston", "Albuquerque",
]  # fmt: skip
PROVINCES = ["ON", "QC", "BC", "AB", "MB", "NS", "SK", "IL", "TX", "AZ", "WA", "NY", "MI", "FL", "MA"]
STORES = [
    {"id": "0412", "name": "Cedarline #0412 Queen & Spadina", "phone": "(416) 599-0412",
     "address": "455 Queen St W", "city": "Toronto", "province": "ON", "postal": "M5V 2A9"},
    {"id": "1107", "name": "Cedarline #1107 Plateau", "phone": "514-842-1107",
     "address": "4120, rue Saint-Denis", "city": "Montréal", "province": "QC", "postal": "H2W 2M5"},
    {"id": "2230", "name": "Cedarline #2230 Kitsilano", "phone": "604.733.2230",
     "address": "2685 W Broadway", "city": "Vancouver", "province": "BC", "postal": "V6K 2G2"},
    {"id": "3318", "name": "Cedarline #3318 Wicker Park", "phone": "+1 773-486-3318",
     "address": "1500 N Milwaukee Ave", "city": "Chicago", "province": "IL", "postal": "60622"},
    {"id": "0975", "name": "Cedarline #0975 Kanata", "phone": "613-592-0975",
     "address": "700 Eagleson Rd", "city": "Ottawa", "province": "ON", "postal": "K2M 2G9"},
    {"id": "4402", "name": "Cedarline #4402 Heights", "phone": "(713) 864-4402",
     "address": "1920 N Shepherd Dr", "city": "Houston", "province": "TX", "postal": "77008"},
]  # fmt: skip
DRUGS = [
    "atorvastatin 20 mg tablet", "metformin ER 500 mg", "levothyroxine 75 mcg", "lisinopril 10 mg",
    "amlodipine 5 mg", "sertraline 50 mg", "escitalopram 10 mg", "salbutamol HFA 100 mcg inhaler",
    "insulin glargine 100 U/mL pen", "Ozempic 0.5 mg pen", "rosuvastatin 10 mg", "pantoprazole 40 mg",
    "Eliquis 5 mg", "Truvada 200/300 mg", "Concerta 18 mg", "montelukast 10 mg",
    "amoxicillin 500 mg capsule", "bupropion XL 150 mg", "quetiapine 25 mg", "Synthroid 100 mcg",
]  # fmt: skip
VACCINES = [
    "Influenza (Fluzone High-Dose)", "Influenza (FluMist)", "COVID-19 (Comirnaty 2024-2025)",
    "Shingrix dose 2", "Tdap (Boostrix)", "Hepatitis B (Engerix-B)", "HPV (Gardasil 9)",
    "RSV (Arexvy)", "Pneumococcal (Prevnar 20)", "Mpox (Imvamune)", "Typhoid (Vivotif)",
]  # fmt: skip
CONDITIONS = ["type 2 diabetes", "hypertension", "asthma", "hypothyroidism", "depression", "ADHD",
              "atrial fibrillation", "COPD", "high cholesterol", "GERD", "migraine"]  # fmt: skip
ALLERGIES = ["penicillin", "sulfa drugs", "codeine", "latex", "eggs", "peanuts", "none known", "ASA"]
SYMPTOMS = ["sore throat", "fever", "burning when urinating", "itchy eyes", "cough", "rash",
            "ear pain", "cold sore", "nasal congestion", "heartburn"]  # fmt: skip
ICD10 = [("J02.0", "Streptococcal pharyngitis"), ("N39.0", "Urinary tract infection"),
         ("H10.9", "Conjunctivitis, unspecified"), ("J30.2", "Seasonal allergic rhinitis"),
         ("B00.1", "Herpes simplex labialis"), ("K21.9", "GERD without esophagitis"),
         ("L30.9", "Dermatitis, unspecified"), ("I10", "Essential hypertension")]  # fmt: skip
INSURERS = ["Sun Life", "Manulife", "Canada Life", "Ontario Blue Cross", "Desjardins Assurances",
            "Express Scripts Canada", "Aetna", "Cigna", "UnitedHealthcare", "Humana"]  # fmt: skip
OTC = [
    ("Advil Liqui-Gels 200 mg 72ct", "Advil", "Pain Relief"),
    ("Reactine 24hr 10 mg 30ct", "Reactine", "Allergy"),
    ("Cedarline Vitamin D3 1000 IU 180ct", "Cedarline", "Vitamins"),
    ("CeraVe Moisturizing Cream 453 g", "CeraVe", "Skin Care"),
    ("La Roche-Posay Anthelios SPF 50", "La Roche-Posay", "Sun Care"),
    ("Nicorette Gum 4 mg Mint 105ct", "Nicorette", "Smoking Cessation"),
    ("Tylenol Extra Strength 100ct", "Tylenol", "Pain Relief"),
    ("Huggies Little Snugglers Size 1", "Huggies", "Baby"),
    ("Oral-B iO Series 5 Toothbrush", "Oral-B", "Oral Care"),
    ("Maybelline Sky High Mascara", "Maybelline", "Cosmetics"),
    ("Cedarline Digital Thermometer", "Cedarline", "Home Health Care"),
    ("Ensure Plus Vanilla 6x235 mL", "Ensure", "Nutrition"),
]  # fmt: skip
OTC_QUERIES = ["vitamin d", "sunscreen spf 50", "allergy relief", "diapers size 1", "advil",
               "cerave", "electric toothbrush", "mascara", "thermometer", "nicorette",
               "hand sanitizer", "protein shake"]  # fmt: skip
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921W) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.6478.71 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
]
CA_LETTERS = "ABCEGHJKLMNPRSTVXY"
CA_INNER = "ABCEGHJKLMNPRSTVWXYZ"


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class PFake(Fake):
    """fake.py's generator with North American pharmacy values."""

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first = ascii_fold(self.first()).lower().replace("-", "")
        last = ascii_fold(self.last()).lower().replace("'", "").replace(" ", "")
        style = self.pick(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{i}{l}", "{f}.{l}{n}"])
        user = style.format(f=first, l=last, n=self.r.randint(1, 99), i=first[0])
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def work_email(self):
        first = ascii_fold(self.first()).lower().replace("-", "")
        last = ascii_fold(self.last()).lower().replace("'", "").replace(" ", "")
        return f"{first}.{last}@cedarline.ca"

    def phone(self, style=None):
        area = self.pick(CA_AREAS + US_AREAS)
        ex = self.pick([x for x in range(201, 999) if x != 555])
        line = self.r.randint(0, 9999)
        style = style or self.pick(
            ["e164", "paren", "dash", "dot", "intl", "dash", "paren", "plain", "ph", "in", "mx"]
        )
        return {
            "e164": f"+1{area}{ex}{line:04d}",
            "paren": f"({area}) {ex}-{line:04d}",
            "dash": f"{area}-{ex}-{line:04d}",
            "dot": f"{area}.{ex}.{line:04d}",
            "intl": f"+1 {area} {ex} {line:04d}",
            "plain": f"1{area}{ex}{line:04d}",
            "ph": f"+63 917 {self.r.randint(100, 999)} {line:04d}",
            "in": f"+91 98{self.r.randint(100, 999)} {self.r.randint(10000, 99999)}",
            "mx": f"+52 55 {self.r.randint(1000, 9999)} {line:04d}",
        }[style]

    def nanp(self):
        return self.phone(self.pick(["e164", "paren", "dash", "intl"]))

    def street(self):
        if self.r.random() < 0.3:
            return f"{self.r.randint(10, 9999)}, {self.pick(FR_STREETS)}"
        return f"{self.r.randint(1, 9999)} {self.pick(STREET_NAMES)}"

    def unit(self):
        return self.pick(["Apt 1203", "Unit 4", "app. 12", "Suite 210", "#807", "Apt 3B", "PH 2", "Unit 17"])

    def city(self):
        return self.pick(PERSON_CITIES)

    def postal(self):
        if self.r.random() < 0.65:
            r = self.r
            a = r.choice(CA_LETTERS) + str(r.randint(0, 9)) + r.choice(CA_INNER)
            b = str(r.randint(0, 9)) + r.choice(CA_INNER) + str(r.randint(0, 9))
            return f"{a} {b}" if r.random() < 0.8 else a + b
        z = f"{self.r.randint(10001, 99950)}"
        return z if self.r.random() < 0.7 else f"{z}-{self.r.randint(1, 9999):04d}"

    def address_line(self):
        return f"{self.street()}, {self.city()}, {self.pick(PROVINCES)} {self.postal()}"

    def dob(self):
        return self.date(1932, 2006)

    def child_dob(self):
        return self.date(2009, 2023)

    def rx_number(self):
        return self.pick(
            [
                self.digits(7),
                f"RX{self.digits(7)}",
                f"{self.digits(7)}-{self.digits(5)}",
                f"Rx# {self.digits(6)}",
            ]
        )

    def din(self):
        return f"0{self.digits(7)}"

    def upc(self):
        body = "0" + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        odd = sum(int(c) for c in body[0::2])
        even = sum(int(c) for c in body[1::2])
        return body + str((10 - (odd * 3 + even) % 10) % 10)

    def member_id(self):
        return self.pick(
            [
                self.digits(9),
                f"{self.pick(['XYZ', 'ZGP', 'MKL'])}{self.digits(9)}",
                f"W{self.digits(9)}",
                f"{self.digits(7)}-{self.r.randint(0, 9)}",
            ]
        )

    def ohip(self):
        number = self.luhn_complete(self.digits(9))
        vc = "".join(self.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
        if self.r.random() < 0.5:
            return f"{number[:4]}-{number[4:7]}-{number[7:]}-{vc}"
        return number

    def ramq(self):
        last = ascii_fold(self.last()).upper().replace(" ", "").replace("'", "").replace("-", "")
        first = ascii_fold(self.first()).upper()
        year = self.r.randint(30, 99)
        month = self.r.randint(1, 12) + self.pick([0, 50])
        day, admin = self.r.randint(1, 28), self.r.randint(10, 19)
        code = f"{(last + 'XXX')[:3]}{first[0]}{year:02d}{month:02d}{day:02d}{admin}"
        return " ".join([code[:4], code[4:8], code[8:]]) if self.r.random() < 0.5 else code

    def bc_phn(self):
        while True:
            d = [9] + [self.r.randint(0, 9) for _ in range(8)]
            total = sum((d[i] * w) % 11 for i, w in zip(range(1, 9), [2, 4, 8, 5, 10, 9, 7, 3]))
            check = 11 - total % 11
            if check < 10:
                return "".join(map(str, d)) + str(check)

    def health_card(self):
        return self.pick([self.ohip, self.ohip, self.ramq, self.bc_phn])()

    def mbi(self):
        alpha = "ACDEFGHJKMNPQRTUVWXY"
        alnum = alpha + "0123456789"
        r = self.r
        c = [str(r.randint(1, 9)), r.choice(alpha), r.choice(alnum), str(r.randint(0, 9)), r.choice(alpha),
             r.choice(alnum), str(r.randint(0, 9)), r.choice(alpha), r.choice(alpha), str(r.randint(0, 9)),
             str(r.randint(0, 9))]  # fmt: skip
        s = "".join(c)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.5 else s

    def mrn(self):
        return self.pick([self.digits(8), f"MRN{self.digits(7)}", f"E{self.digits(9)}"])

    def sha256(self):
        return hashlib.sha256(self.hexid(16).encode()).hexdigest()

    def sha256_of(self, text: str) -> str:
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()

    def store(self):
        """Picks a store; the fields after it in the same block repeat that store (`cur_store`)."""
        self._store = self.pick(STORES)
        return self._store

    def cur_store(self):
        return getattr(self, "_store", None) or self.store()

    def product(self):
        self._product = self.pick(OTC)
        return self._product

    def cur_product(self):
        return getattr(self, "_product", None) or self.product()

    def plate(self):
        def letters(n):
            return "".join(self.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))

        return self.pick(
            [
                f"{letters(4)} {self.digits(3)}",
                f"{self.digits(3)} {letters(3)}",
                f"{self.digits(1)}{letters(2)}{self.digits(4)}",
                f"{letters(3)}-{self.digits(4)}",
            ]
        )

    def ca_lat(self):
        return round(self.r.uniform(42.0, 53.6), 6)

    def ca_lon(self):
        return round(self.r.uniform(-123.3, -63.5), 6)

    def slot(self):
        day = f"2024-{self.r.randint(9, 12):02d}-{self.r.randint(1, 28):02d}"
        return f"{day}T{self.r.randint(9, 19):02d}:{self.pick(['00', '15', '30', '45'])}:00-04:00"

    def alnum(self, n):
        return "".join(
            self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
        )


# -- contexts of the client libraries ---------------------------------------------------------------

WEB_PAGES = [
    ("/", "Cedarline Pharmacy | Health, Beauty & Prescriptions"),
    ("/pharmacy/refill", "Refill a prescription | Cedarline"),
    ("/pharmacy/transfer", "Transfer your prescription | Cedarline"),
    ("/immunizations/book", "Book a flu shot or vaccine | Cedarline"),
    ("/fr/immunisation/reserver", "Réserver une vaccination | Cedarline"),
    ("/shop/vitamins", "Vitamins & Supplements | Cedarline"),
    ("/checkout", "Checkout | Cedarline"),
    ("/photo/upload", "Photo Centre | Cedarline"),
    ("/clinic/book", "Book a clinic visit | Cedarline"),
    ("/account/family", "Family & caregivers | Cedarline"),
]


def web_context(f: PFake):
    page = f.pick(WEB_PAGES)
    host = f.pick(["https://www.cedarline.ca", "https://www.cedarline.com"])
    search = f.pick(["", "?utm_source=flyer&utm_medium=print", "?store=0412", "?lang=fr", "?ref=app_banner"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0", "npm:next-1.70.2"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.bing.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(lambda f: search),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: host + page[0] + search),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not/A)Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["126", "8", "125"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-CA", "fr-CA", "en-US", "en-US", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Toronto", "America/Montreal", "America/Vancouver", "America/Chicago"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["flu_season_2024", "points_event_oct", "rx_transfer_bonus", "beauty_week"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "flyer"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "print"])),
            "term": G(
                lambda f: f.pick(["flu shot near me", "pharmacy transfer", "vaccin grippe", "sunscreen"])
            ),
            "content": G(lambda f: f.pick(["hero_banner", "cta_button", "carousel_2"])),
        },
    }


def mobile_traits():
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "loyaltyId": G(lambda f: "6030" + f.digits(12)),
        "preferredStoreId": G(lambda f: f.store()["id"]),
    }


def swift_context(f: PFake):
    return {
        "app": {
            "name": G(lambda f: "Cedarline"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: "ca.cedarline.pharmacy"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,5", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["en-CA", "fr-CA", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Rogers", "Bell", "TELUS", "Vidéotron", "Verizon", "AT&T"])),
        },
        "os": {
            "name": G(lambda f: "iOS"),
            "version": G(lambda f: f.pick(["17.5.1", "17.6", "18.0", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(
            lambda f: f.pick(["America/Toronto", "America/Montreal", "America/Edmonton", "America/Chicago"])
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context(f: PFake):
    model = f.pick(["SM-S921W", "Pixel 8", "SM-A546W", "moto g power 5G"])
    return {
        "app": {
            "name": G(lambda f: "Cedarline"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.1", "8.16.0"])),
            "build": G(lambda f: f.pick(["814000", "815100", "816000"])),
            "namespace": G(lambda f: "ca.cedarline.pharmacy"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola"])),
            "model": G(lambda f: model),
            "name": G(lambda f: f.pick(["e1q", "shiba", "a54x", "devonn"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "locale": G(lambda f: f.pick(["en-CA", "fr-CA", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Rogers", "Fido", "Bell", "Koodo", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "15"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["America/Toronto", "America/Vancouver", "America/Halifax"])),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android 14; {model} Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {**mobile_traits(), "anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(f: PFake):
    return {
        "app": {
            "name": G(lambda f: "Cedarline"),
            "version": G(lambda f: f.pick(["8.14.0", "8.16.0", "8.15.2"])),
            "build": G(lambda f: f.pick(["1042", "1050", "1047"])),
            "namespace": G(lambda f: "ca.cedarline.pharmacy"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-G991W", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "o1q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.18.0"])),
        },
        "locale": G(lambda f: f.pick(["en-CA", "fr-CA", "en-US"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5.1", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Toronto", "America/Winnipeg", "America/Regina"])),
        "traits": mobile_traits(),
        "location": {
            "latitude": Y(lambda f: f.ca_lat(), "geolocation"),
            "longitude": Y(lambda f: f.ca_lon(), "geolocation"),
            "accuracy": G(lambda f: f.pick([5, 12.5, 35, 65])),
        },
    }


def flutter_context(f: PFake):
    return {
        "app": {
            "name": G(lambda f: "Cedarline Santé"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1", "3.1.4"])),
            "build": G(lambda f: f.pick(["320", "331", "314"])),
            "namespace": G(lambda f: "ca.cedarline.sante"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-S918W", "SM-A156W"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.2", "1.0.9"])),
        },
        "locale": G(lambda f: f.pick(["fr-CA", "fr-CA", "en-CA"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "15"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([414, 412, 384])),
            "height": G(lambda f: f.pick([896, 915, 854])),
        },
        "timezone": G(lambda f: "America/Montreal"),
        "traits": mobile_traits(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.2.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.9.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: PFake):
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "python", "php"):
            out["ip"] = Y(lambda f: f.ipv4(), "ip")
        if lib in ("node", "ruby"):
            out["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "python":
            out["traits"] = {"email": Y(lambda f: f.email(), "email")}
        if lib == "java":
            out["active"] = G(lambda f: False)
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}


# -- shared bodies ------------------------------------------------------------------------------


def otc_product(full=True):
    p = {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(lambda f: f"CL-{f.digits(6)}"),
        "name": G(lambda f: f.product()[0]),
        "brand": G(lambda f: f.cur_product()[1]),
        "category": G(lambda f: f.cur_product()[2]),
        "price": G(lambda f: f.money(3, 120)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
    }
    if full:
        p.update(
            {
                "upc": G(lambda f: f.upc()),
                "variant": G(lambda f: f.pick(["30ct", "Unscented", "Mint", "Black", "Size 1"])),
                "position": G(lambda f: f.r.randint(1, 24)),
                "url": G(lambda f: f"https://www.cedarline.ca/shop/p/{f.digits(7)}"),
                "image_url": G(lambda f: f"https://images.cedarline.ca/products/{f.digits(7)}_1.jpg"),
            }
        )
    return p


def person_address():
    return {
        "name": Y(lambda f: f.full_name(), "name"),
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Y(lambda f: f.unit(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "province": G(lambda f: f.pick(PROVINCES)),
        "postal_code": Y(lambda f: f.postal(), "zipcode"),
        "country": G(lambda f: f.pick(["CA", "US"])),
    }


def store_block():
    return {
        "id": G(lambda f: f.store()["id"]),
        "name": G(lambda f: f.cur_store()["name"]),
        "phone": G(lambda f: f.cur_store()["phone"]),
        "address": G(lambda f: f.cur_store()["address"]),
        "city": G(lambda f: f.cur_store()["city"]),
        "province": G(lambda f: f.cur_store()["province"]),
        "postal_code": G(lambda f: f.cur_store()["postal"]),
    }


def patient_block():
    return {
        "first_name": Y(lambda f: f.first(), "name"),
        "last_name": Y(lambda f: f.last(), "name"),
        "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
        "phone": Y(lambda f: f.phone(), "phone"),
    }


def dropoff_note(f: PFake) -> str:
    p = f.nanp()
    return f.pick(
        [
            f"Call {p} when you arrive, buzzer doesn't work",
            f"Text me at {p}",
            f"If no answer ring my daughter {p}",
            f"Concierge desk, or call {p}",
            f"Side door. Cell: {p}",
        ]
    )


def chatbot_input(f: PFake) -> str:
    rx = f.digits(7)
    return f.pick(
        [
            f"refill {rx}",
            f"is rx {rx} ready",
            f"Renouveler {rx} svp",
            f"status of {rx}?",
            f"{rx}",
            f"can I get {rx} delivered",
        ]
    )


def support_text(f: PFake) -> str:
    return f.pick(
        [
            f"I can't log in, my account email is {f.email()}",
            f"Please call me back at {f.nanp()} about my order",
            f"Changed my number, new one is {f.phone()}",
            f"Receipt never arrived at {f.email()}",
            f"Mon courriel est {f.email()}, je n'arrive pas à me connecter",
        ]
    )


def sms_body(f: PFake) -> str:
    first = f.first()
    return f.pick(
        [
            f"Hi {first}, your prescription is ready for pickup at Cedarline. Reply STOP to opt out.",
            f"Cedarline: {first}, your flu shot is booked for tomorrow. Reply C to confirm.",
            f"Bonjour {first}, votre ordonnance est prête. Répondez STOP pour vous désabonner.",
            f"{first}, your Cedarline delivery is on its way.",
        ]
    )


def photo_caption(f: PFake) -> str:
    first = f.first()
    return f.pick(
        [
            f"Happy 80th, Grandma {first}!",
            f"{first}'s first day of school",
            f"Joyeux anniversaire {first} ❤️",
            f"Love you {first} - Mom & Dad",
            f"{first} & {f.first()} - Summer 2024",
        ]
    )


def ocr_text(f: PFake) -> str:
    return (
        f"{f.pick(INSURERS).upper()}\nPlan member: {f.full_name()}\nID {f.member_id()}\n"
        f"Group {f.digits(6)}  RxBIN 610{f.digits(3)}"
    )


def signin_url(f: PFake) -> str:
    return f"https://www.cedarline.ca/auth/magic?token={f.alnum(43)}&redirect=%2Fpharmacy"


def autocomplete_input(f: PFake) -> str:
    s = f.street()
    return s[: f.r.randint(max(8, len(s) - 6), len(s))]


def auth_header(f: PFake) -> str:
    return f.pick([f"Bearer {f.jwt()}", f"Basic {f.alnum(40)}=="])


# -- events -------------------------------------------------------------------------------------

EVENTS = [
    # -- identify ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "unit": Y(lambda f: f.unit(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "province": G(lambda f: f.pick(PROVINCES)),
                "postalCode": Y(lambda f: f.postal(), "zipcode"),
                "country": G(lambda f: f.pick(["CA", "US"])),
            },
            "preferredLanguage": G(lambda f: f.pick(["en", "fr", "es"])),
            "preferredStoreId": G(lambda f: f.store()["id"]),
            "loyaltyNumber": G(lambda f: "6030" + f.digits(12)),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "dependentsCount": G(lambda f: f.r.randint(0, 4)),
            "accountType": G(lambda f: f.pick(["patient", "caregiver", "shopper"])),
            "ageRange": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "PATIENT_ID": G(lambda f: "P" + f.digits(9)),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "MOBILE_PHONE": Y(lambda f: f.phone("e164"), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "POSTAL_CODE": Y(lambda f: f.postal(), "zipcode"),
            "PROVINCE": G(lambda f: f.pick(PROVINCES)),
            "AGE": G(lambda f: f.r.randint(18, 92)),
            "LIFETIME_SPEND_CAD": G(lambda f: f.money(0, 9000)),
            "LAST_FILL_DATE": G(lambda f: f.date(2024, 2024)),
            "ACTIVE_RX_COUNT": G(lambda f: f.r.randint(0, 11)),
            "PREFERRED_STORE_ID": G(lambda f: f.store()["id"]),
            "LOYALTY_TIER": G(lambda f: f.pick(["BASE", "SILVER", "GOLD", "PLATINUM"])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "IS_CAREGIVER": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "courriel": Y(lambda f: f.email(), "email"),
            "prenom": Y(lambda f: f.first(), "name"),
            "nom": Y(lambda f: f.last(), "name"),
            "telephone": Y(lambda f: f.phone(f.pick(["dash", "paren", "intl"])), "phone"),
            "date_naissance": Y(lambda f: f.dob(), "birthdate"),
            "adresse": Y(lambda f: f"{f.r.randint(10, 9999)}, {f.pick(FR_STREETS)}", "address|street"),
            "ville": Y(
                lambda f: f.pick(["Montréal", "Laval", "Québec", "Gatineau", "Sherbrooke", "Longueuil"]),
                "city",
            ),
            "code_postal": Y(lambda f: f.postal(), "zipcode"),
            "province": G(lambda f: "QC"),
            "langue": G(lambda f: f.pick(["fr", "en"])),
            "numero_carte_fidelite": G(lambda f: "6030" + f.digits(12)),
            "consentement_sms": G(lambda f: f.pick([True, False])),
            "date_inscription": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "EmployeeId": G(lambda f: "E" + f.digits(6)),
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "WorkEmail": Y(lambda f: f.work_email(), "email"),
            "MobilePhone": Y(lambda f: f.nanp(), "phone"),
            "Role": G(lambda f: f.pick(["Pharmacist", "PharmacyTechnician", "Cashier", "StoreManager"])),
            "Title": G(
                lambda f: f.pick(["Staff Pharmacist", "Pharmacy Manager", "Registered Pharmacy Technician"])
            ),
            "StoreNumber": G(lambda f: f.store()["id"]),
            "LicenseNumber": Y(lambda f: f.pick(["RPh ", "", "OCP-"]) + f.digits(6), "license"),
            "LicenseProvince": G(lambda f: f.pick(["ON", "QC", "BC", "AB"])),
            "HourlyRate": Y(lambda f: f.money(18, 72), "salary"),
            "HireDate": G(lambda f: f.date(2005, 2024)),
            "IsActive": G(lambda f: True),
        },
    ),
    # -- group / page / screen ----------------------------------------------------------------------
    (
        "group",
        None,
        "web",
        {
            "name": Y(lambda f: f.pick(["{} family", "Famille {}", "{} household"]).format(f.last()), "name"),
            "members": G(lambda f: f.r.randint(2, 6)),
            "plan": G(lambda f: f.pick(["family_free", "family_plus"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        "dotnet",
        {
            "Name": G(lambda f: f.store()["name"]),
            "StoreNumber": G(lambda f: f.cur_store()["id"]),
            "Phone": G(lambda f: f.cur_store()["phone"]),
            "Address": G(lambda f: f.cur_store()["address"]),
            "City": G(lambda f: f.cur_store()["city"]),
            "Province": G(lambda f: f.cur_store()["province"]),
            "EmployeeCount": G(lambda f: f.r.randint(8, 45)),
        },
    ),
    (
        "page",
        None,
        "web",
        {
            "path": G(lambda f: f.pick(WEB_PAGES)[0]),
            "url": G(lambda f: "https://www.cedarline.ca" + f.pick(WEB_PAGES)[0]),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.cedarline.ca/"])),
            "search": G(lambda f: f.pick(["", "?store=0412", "?lang=fr"])),
        },
    ),
    (
        "screen",
        None,
        "swift",
        {
            "previous_screen": G(lambda f: f.pick(["Home", "Pharmacy", "Shop", "Rewards"])),
            "tab": G(lambda f: f.pick(["pharmacy", "shop", "rewards", "account"])),
            "rx_count": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    ("alias", None, "kotlin", {}),
    # -- prescriptions ------------------------------------------------------------------------------
    (
        "track",
        "Prescription Refill Requested",
        "swift",
        {
            "rx_number": Y(lambda f: f.rx_number(), "medication"),
            "medication_name": Y(lambda f: f.pick(DRUGS), "medication"),
            "din": Y(lambda f: f.din(), "medication"),
            "quantity": G(lambda f: f.pick([30, 60, 90, 100])),
            "days_supply": G(lambda f: f.pick([30, 90])),
            "refills_remaining": G(lambda f: f.r.randint(0, 5)),
            "pickup_store_id": G(lambda f: f.store()["id"]),
            "fulfillment": G(lambda f: f.pick(["pickup", "delivery", "drive_thru"])),
            "patient_id": G(lambda f: "P" + f.digits(9)),
            "is_for_dependent": G(lambda f: f.pick([True, False])),
            "auto_refill": G(lambda f: f.pick([True, False])),
            "copay_estimate": G(lambda f: f.money(0, 60)),
            "currency": G(lambda f: f.pick(["CAD", "USD"])),
            "requested_ready_time": G(lambda f: f.slot()),
        },
    ),
    (
        "track",
        "Prescription Ready",
        "node",
        {
            "rx_id": G(lambda f: f.uuid()),
            "rx_number": Y(lambda f: f.rx_number(), "medication"),
            "ready_at": G(lambda f: f.iso()),
            "store": store_block(),
            "bin_location": G(lambda f: f"{f.pick('ABCDEFG')}-{f.r.randint(1, 40)}"),
            "notification_channel": G(lambda f: f.pick(["sms", "email", "push"])),
            "patient_first_name": Y(lambda f: f.first(), "name"),
        },
    ),
    (
        "track",
        "Prescription Transfer Submitted",
        "web",
        {
            "transfer_id": G(lambda f: f.uuid()),
            "from_pharmacy": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "Shoppers Drug Mart #1234",
                            "Rexall - Bay St",
                            "Jean Coutu 045",
                            "Walgreens #07721",
                            "CVS Pharmacy #2290",
                        ]
                    )
                ),
                "phone": G(
                    lambda f: f.pick(["(416) 977-0911", "514-521-3050", "(312) 664-8686", "604-738-3138"])
                ),
                "city": G(lambda f: f.pick(["Toronto", "Montréal", "Chicago", "Vancouver"])),
            },
            "rx_numbers": Many(Y(lambda f: f.rx_number(), "medication"), 3),
            "medications": Many(Y(lambda f: f.pick(DRUGS), "medication"), 3),
            "prescriber": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "clinic_phone": G(
                    lambda f: f.pick(["(416) 340-4800", "514-890-8000", "(312) 926-2000", "604-875-4111"])
                ),
            },
            "patient": patient_block(),
            "transfer_all": G(lambda f: f.pick([True, False])),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Please call before filling",
                        "Transfer all active",
                        "Moving closer to work",
                        "",
                        "Need it by Friday",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "PrescriptionPickedUp",
        "dotnet",
        {
            "RxNumber": Y(lambda f: f.rx_number(), "medication"),
            "PatientId": G(lambda f: "P" + f.digits(9)),
            "StoreNumber": G(lambda f: f.store()["id"]),
            "TerminalId": G(lambda f: f"POS{f.r.randint(1, 6):02d}"),
            "PickedUpBy": G(lambda f: f.pick(["Self", "Caregiver", "Agent"])),
            "PickupPersonName": Y(lambda f: f.full_name(), "name"),
            "IdChecked": G(lambda f: f.pick([True, False])),
            "CopayAmount": G(lambda f: f.money(0, 80)),
            "Currency": G(lambda f: f.pick(["CAD", "USD"])),
            "CounselingAccepted": G(lambda f: f.pick([True, False])),
            "PharmacistId": G(lambda f: "E" + f.digits(6)),
            "PharmacistName": Y(lambda f: f.full_name(), "name"),
            "CompletedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Auto Refill Enrolled",
        "kotlin",
        {
            "rx_number": Y(lambda f: f.rx_number(), "medication"),
            "medication_name": Y(lambda f: f.pick(DRUGS), "medication"),
            "reminder_channel": G(lambda f: f.pick(["sms", "push", "email"])),
            "next_fill_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Dose Reminder Set",
        "flutter",
        {
            "reminder_id": G(lambda f: f.uuid()),
            "medication": Y(lambda f: f.pick(DRUGS), "medication"),
            "reminder_times": Many(G(lambda f: f.pick(["08:00", "12:30", "20:00", "22:00"])), 3),
            "frequency": G(lambda f: f.pick(["daily", "twice_daily", "weekly"])),
        },
    ),
    (
        "track",
        "Pet Prescription Added",
        "web",
        {
            "pet": {
                "name": G(lambda f: f.pick(["Biscuit", "Luna", "Max", "Poutine", "Mochi", "Rocky"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "breed": G(lambda f: f.pick(["Labrador", "Maine Coon", "Beagle", "mixed"])),
                "weight_kg": G(lambda f: f.money(2, 45)),
                "birth_date": G(lambda f: f.date(2012, 2023)),
                "medication": G(
                    lambda f: f.pick(
                        ["Apoquel 16 mg", "Vetmedin 5 mg", "Rimadyl 75 mg", "Methimazole 2.5 mg"]
                    )
                ),
            },
            "vet_clinic": {
                "name": G(
                    lambda f: f.pick(
                        ["Riverdale Animal Hospital", "Clinique vétérinaire Plateau", "Kits Vet"]
                    )
                ),
                "phone": G(lambda f: f.pick(["(416) 461-8118", "514-527-3221", "604-736-8133"])),
            },
            "pet_rx_id": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Prescription Verified",
        "java",
        {
            "rxId": G(lambda f: f.uuid()),
            "rxNumber": Y(lambda f: f.rx_number(), "medication"),
            "verifiedBy": {
                "employeeId": G(lambda f: "E" + f.digits(6)),
                "name": Y(lambda f: f.full_name(), "name"),
                "licenseNumber": Y(lambda f: f.digits(6), "license"),
            },
            "verificationMs": G(lambda f: f.r.randint(8000, 400000)),
            "drugInteractionAlerts": G(lambda f: f.r.randint(0, 3)),
            "storeNumber": G(lambda f: f.store()["id"]),
        },
    ),
    (
        "track",
        "Renouvellement demandé",
        "flutter",
        {
            "numero_ordonnance": Y(lambda f: f.rx_number(), "medication"),
            "medicament": Y(lambda f: f.pick(DRUGS), "medication"),
            "succursale": G(lambda f: f.pick(["1107", "1120", "1185"])),
            "mode_cueillette": G(lambda f: f.pick(["en_magasin", "livraison", "service_au_volant"])),
            "date_souhaitee": G(lambda f: f.date(2024, 2024)),
            "pour_personne_a_charge": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- immunization ----------------------------------------------------------------------------
    (
        "track",
        "Immunization Appointment Booked",
        "web",
        {
            "appointment_id": G(lambda f: f.digits(9)),
            "appointment_type": G(lambda f: "immunization"),
            "vaccine": Y(lambda f: f.pick(VACCINES), "medication|procedure"),
            "dose_number": G(lambda f: f.r.randint(1, 3)),
            "store_id": G(lambda f: f.store()["id"]),
            "slot_start": G(lambda f: f.slot()),
            "booked_for": G(lambda f: f.pick(["self", "dependent"])),
            "booking_channel": G(lambda f: f.pick(["web", "app", "phone"])),
            "patient": {
                **patient_block(),
                "email": Y(lambda f: f.email(), "email"),
                "health_card_number": RED(lambda f: f.health_card(), "health id"),
                "province": G(lambda f: f.pick(["ON", "QC", "BC"])),
            },
        },
    ),
    (
        "track",
        "Screening Questionnaire Submitted",
        "web",
        {
            "appointment_id": G(lambda f: f.digits(9)),
            "questionnaire_version": G(lambda f: f.pick(["flu-2024.2", "covid-2024.1", "gen-3.4"])),
            "answers": {
                "feeling_unwell_today": Y(lambda f: f.pick([True, False]), "condition"),
                "fever_last_24h": Y(lambda f: f.pick([True, False]), "condition"),
                "egg_allergy": Y(lambda f: f.pick([True, False]), "allergy"),
                "previous_severe_reaction": Y(lambda f: f.pick([True, False]), "allergy|condition"),
                "is_pregnant": Y(lambda f: f.pick(["yes", "no", "not_applicable"]), "condition"),
                "immunocompromised": Y(lambda f: f.pick([True, False]), "condition"),
                "bleeding_disorder": Y(lambda f: f.pick([True, False]), "condition"),
                "taking_anticoagulants": Y(lambda f: f.pick([True, False]), "medication"),
                "indigenous_identity": Y(
                    lambda f: f.pick(["first_nations", "inuit", "metis", "none", "prefer_not_to_say"]),
                    "ethnicity",
                ),
            },
            "consent_given": G(lambda f: True),
            "completed_ms": G(lambda f: f.r.randint(20000, 300000)),
        },
    ),
    (
        "track",
        "Mpox Eligibility Checked",
        "web",
        {
            "gbmsm": Y(lambda f: f.pick([True, False]), "sexual orientation"),
            "recent-sti-diagnosis": Y(lambda f: f.pick([True, False]), "diagnosis"),
            "eligible": G(lambda f: f.pick([True, False])),
            "age-band": G(lambda f: f.pick(["18-29", "30-39", "40-49", "50+"])),
            "province": G(lambda f: f.pick(["ON", "QC", "BC"])),
        },
    ),
    (
        "track",
        "Immunization Record Viewed",
        "swift",
        {
            "record_id": G(lambda f: f.uuid()),
            "vaccine": Y(lambda f: f.pick(VACCINES), "medication|procedure"),
            "administered_at": G(lambda f: f.iso()),
            "lot_number": G(lambda f: f"{f.pick(['FL', 'GH', 'U'])}{f.digits(5)}{f.pick(['A', 'B', 'AA'])}"),
            "administered_by": Y(lambda f: f.full_name(), "name"),
            "site": G(lambda f: f.pick(["left deltoid", "right deltoid", "intranasal"])),
        },
    ),
    (
        "track",
        "Rendez-vous réservé",
        "web",
        {
            "type_service": G(lambda f: f.pick(["vaccination", "consultation", "depistage"])),
            "vaccin": Y(lambda f: f.pick(VACCINES), "medication|procedure"),
            "prenom": Y(lambda f: f.first(), "name"),
            "nom": Y(lambda f: f.last(), "name"),
            "courriel": Y(lambda f: f.email(), "email"),
            "telephone": Y(lambda f: f.phone(f.pick(["dash", "paren"])), "phone"),
            "date_naissance": Y(lambda f: f.dob(), "birthdate"),
            "numero_assurance_maladie": RED(lambda f: f.ramq(), "health id"),
            "succursale": G(lambda f: f.pick(["1107", "1120", "1185"])),
            "heure": G(lambda f: f.slot()),
        },
    ),
    # -- clinic -------------------------------------------------------------------------------------
    (
        "track",
        "Clinic Visit Booked",
        "rn",
        {
            "visit_id": G(lambda f: f.uuid()),
            "visit_type": G(lambda f: f.pick(["minor_ailment", "travel_health", "strep_test", "med_review"])),
            "reason_for_visit": Y(
                lambda f: f.pick(
                    [
                        f"{f.pick(SYMPTOMS)} for {f.r.randint(2, 9)} days",
                        f"{f.pick(SYMPTOMS)} and {f.pick(SYMPTOMS)}",
                        "think I have a UTI again",
                        f"renew my {f.pick(CONDITIONS)} meds",
                    ]
                ),
                "condition",
            ),
            "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 3),
            "clinician": {
                "id": G(lambda f: "E" + f.digits(6)),
                "name": Y(lambda f: f.full_name(), "name"),
                "designation": G(lambda f: f.pick(["RPh", "NP", "PharmD"])),
            },
            "clinic": {
                "store_id": G(lambda f: f.store()["id"]),
                "store_city": G(lambda f: f.cur_store()["city"]),
            },
            "slot": G(lambda f: f.slot()),
            "accommodations": {
                "interpreter_language": G(
                    lambda f: f.pick(["none", "Punjabi", "Mandarin", "Spanish", "Tagalog"])
                ),
                "asl_interpreter": RED(lambda f: f.pick([True, False]), "disability"),
                "wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            },
        },
    ),
    (
        "track",
        "Clinic Visit Completed",
        "java",
        {
            "visitId": G(lambda f: f.uuid()),
            "mrn": RED(lambda f: f.mrn(), "health id"),
            "diagnosisCode": Y(lambda f: f.pick(ICD10)[0], "diagnosis"),
            "diagnosisDescription": Y(lambda f: f.pick(ICD10)[1], "diagnosis"),
            "prescribed": Many(Y(lambda f: f.pick(DRUGS), "medication"), 2),
            "vitals": {
                "systolic": Y(lambda f: f.r.randint(98, 178), "condition"),
                "diastolic": Y(lambda f: f.r.randint(58, 108), "condition"),
                "temperatureC": Y(lambda f: round(f.r.uniform(36.1, 39.4), 1), "condition"),
            },
            "durationMin": G(lambda f: f.r.randint(8, 40)),
            "billedTo": G(lambda f: f.pick(["OHIP", "RAMQ", "private", "self_pay", "MSP"])),
            "clinicianId": G(lambda f: "E" + f.digits(6)),
        },
    ),
    (
        "track",
        "Minor Ailment Assessment Submitted",
        "web",
        {
            "assessmentId": G(lambda f: f.digits(10)),
            "ailment": Y(
                lambda f: f.pick(
                    [
                        "uncomplicated UTI",
                        "pink eye",
                        "allergic rhinitis",
                        "cold sores",
                        "impetigo",
                        "acid reflux",
                    ]
                ),
                "condition",
            ),
            "ohipNumber": RED(lambda f: f.ohip(), "health id"),
            "currentMedications": Many(Y(lambda f: f.pick(DRUGS), "medication"), 3),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "chronicConditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 2),
            "sexAtBirth": Y(lambda f: f.pick(["female", "male", "intersex"]), "sex"),
            "ageYears": G(lambda f: f.r.randint(18, 90)),
        },
    ),
    (
        "track",
        "Travel Health Consult Booked",
        "web",
        {
            "consult_id": G(lambda f: f.digits(8)),
            "destination_country": G(lambda f: f.pick(["Ghana", "India", "Peru", "Vietnam", "Kenya"])),
            "departure_date": G(lambda f: f.date(2024, 2025)),
            "traveller_name": Y(lambda f: f.full_name(), "name"),
            "passport_number": RED(lambda f: f.pick(["AB", "GA", "HP"]) + f.digits(6), "passport"),
            "yellow_fever_certificate": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Blood Pressure Logged",
        "flutter",
        {
            "reading_id": G(lambda f: f.uuid()),
            "systolic": Y(lambda f: f.r.randint(98, 178), "condition"),
            "diastolic": Y(lambda f: f.r.randint(58, 108), "condition"),
            "pulse": Y(lambda f: f.r.randint(52, 110), "condition"),
            "device_model": G(lambda f: f.pick(["Omron BP7450", "Withings BPM Connect", "A&D UA-651"])),
            "measured_at": G(lambda f: f.iso()),
        },
    ),
    # -- insurance ----------------------------------------------------------------------------------
    (
        "track",
        "Insurance Card Added",
        "swift",
        {
            "insurer": G(lambda f: f.pick(INSURERS)),
            "plan_type": G(lambda f: f.pick(["group", "individual", "provincial", "medicare_part_d"])),
            "member_id": Y(lambda f: f.member_id(), "identification"),
            "group_number": G(lambda f: f.digits(6)),
            "rx_bin": G(lambda f: f.pick(["610014", "004336", "610502", "003858"])),
            "rx_pcn": G(lambda f: f.pick(["ADV", "MEDDADV", "CNRX", "9999"])),
            "rx_group": G(lambda f: f.pick(["RX1234", "SUNLF01", "GRP7741"])),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "relationship_to_cardholder": G(lambda f: f.pick(["self", "spouse", "dependent"])),
            "card_front_image_url": Y(
                lambda f: f"https://uploads.cedarline.ca/insurance/{f.uuid()}/front.jpg", "photo"
            ),
        },
    ),
    (
        "track",
        "Insurance Eligibility Checked",
        "go",
        {
            "member_id": Y(lambda f: f.member_id(), "identification"),
            "eligibility_status": G(lambda f: f.pick(["active", "terminated", "not_found"])),
            "coverage_pct": G(lambda f: f.pick([80, 90, 100])),
            "dispensing_fee": G(lambda f: f.money(4, 13)),
            "claim_number": G(lambda f: f.digits(12)),
            "adjudication_ms": G(lambda f: f.r.randint(80, 2500)),
            "payer_id": G(lambda f: f.pick(["SUNL", "MANU", "ESC", "OBC"])),
        },
    ),
    (
        "track",
        "Insurance Card Scanned",
        "kotlin",
        {
            "scan": {
                "text": Y(ocr_text, "name|identification", True),
                "confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
                "engine": G(lambda f: f.pick(["mlkit-text-v2", "textract"])),
            },
            "fields_extracted": G(lambda f: f.r.randint(2, 7)),
        },
    ),
    (
        "track",
        "Medicare Plan Added",
        "web",
        {
            "mbi": RED(lambda f: f.mbi(), "health id"),
            "part_d_plan": G(
                lambda f: f.pick(
                    ["SilverScript Choice", "AARP Medicare Rx Preferred", "Wellcare Value Script"]
                )
            ),
            "effective_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    # -- caregivers ---------------------------------------------------------------------------------
    (
        "track",
        "Caregiver Access Requested",
        "web",
        {
            "request_id": G(lambda f: f.uuid()),
            "caregiver": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "dependent": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.pick([f.dob(), f.child_dob()]), "birthdate"),
                "relationship": G(lambda f: f.pick(["parent", "child", "spouse", "other"])),
            },
            "access_level": G(lambda f: f.pick(["view", "refill", "full"])),
            "power_of_attorney": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Profile Switched",
        "swift",
        {
            "profile_id": G(lambda f: f.uuid()),
            "label": Y(
                lambda f: f.pick([f.first(), f.full_name(), f"{f.first()} {f.last()[0]}."]), "name", True
            ),
            "relationship": G(lambda f: f.pick(["parent", "child", "spouse", "other"])),
        },
    ),
    (
        "track",
        "Dependent Added",
        "flutter",
        {
            "dependent": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.pick([f.dob(), f.child_dob()]), "birthdate"),
                "relationship": G(lambda f: f.pick(["parent", "child", "spouse", "other"])),
                "health_card_number": RED(lambda f: f.health_card(), "health id"),
                "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex"),
                "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            },
        },
    ),
    # -- loyalty ------------------------------------------------------------------------------------
    (
        "track",
        "Points Earned",
        "ruby",
        {
            "loyalty_number": G(lambda f: "6030" + f.digits(12)),
            "points": G(lambda f: f.r.randint(10, 20000)),
            "balance": G(lambda f: f.r.randint(0, 250000)),
            "tier": G(lambda f: f.pick(["base", "silver", "gold"])),
            "transaction_id": G(lambda f: f.digits(14)),
            "store_id": G(lambda f: f.store()["id"]),
        },
    ),
    (
        "track",
        "Coupon Clipped",
        "rn",
        {
            "coupon_id": G(lambda f: f.digits(6)),
            "coupon_code": G(lambda f: f.pick(["FLU10", "BEAUTY20", "RXBONUS", "VITD2FOR1"])),
            "offer_name": G(lambda f: f.pick(["20x points on beauty", "$5 off vitamins", "Bonus 5000 pts"])),
            "discount": G(lambda f: f.money(1, 25)),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Loyalty Card Linked",
        "kotlin",
        {
            "loyalty_card": {
                "card_number": G(lambda f: "6030 " + " ".join(f.digits(4) for _ in range(3))),
                "program": G(lambda f: f.pick(["Cedarline Rewards", "Cedarline Plus"])),
            },
            "points_migrated": G(lambda f: f.r.randint(0, 60000)),
        },
    ),
    (
        "track",
        "Subscription Started",
        "swift",
        {
            "product_id": G(lambda f: f.pick(["ca.cedarline.plus.monthly", "ca.cedarline.plus.annual"])),
            "app_account_token": G(lambda f: f.uuid()),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "price": G(lambda f: f.pick([4.99, 49.99])),
            "currency": G(lambda f: f.pick(["CAD", "USD"])),
        },
    ),
    (
        "track",
        "Military Discount Verified",
        "web",
        {
            "verification_provider": G(lambda f: f.pick(["ID.me", "SheerID"])),
            "military_status": RED(
                lambda f: f.pick(["veteran", "active_duty", "reservist", "retired"]), "veteran"
            ),
            "verified_at": G(lambda f: f.iso()),
        },
    ),
    # -- photo --------------------------------------------------------------------------------------
    (
        "track",
        "Photo Uploaded",
        "web",
        {
            "upload_id": G(lambda f: f.uuid()),
            "file_name": G(
                lambda f: f"IMG_{f.r.randint(1000, 9999)}.{f.pick(['HEIC', 'JPG', 'jpeg', 'PNG'])}"
            ),
            "file_size_bytes": G(lambda f: f.r.randint(200000, 9000000)),
            "sha256": G(lambda f: f.sha256()),
            "width": G(lambda f: f.pick([4032, 3024, 1920, 2048])),
            "photo_url": Y(lambda f: f"https://photos.cedarline.ca/u/{f.hexid(12)}/{f.uuid()}.jpg", "photo"),
            "exif": {
                "camera_model": G(lambda f: f.pick(["iPhone 15 Pro", "Pixel 8", "Canon EOS R6"])),
                "taken_at": G(lambda f: f.iso()),
                "gps_latitude": Y(lambda f: f.ca_lat(), "geolocation"),
                "gps_longitude": Y(lambda f: f.ca_lon(), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Photo Order Placed",
        "web",
        {
            "order_id": G(lambda f: f.digits(10)),
            "photo_product": G(
                lambda f: f.pick(["4x6 prints", "photo book 8x8", "canvas 16x20", "mug 11oz", "calendar"])
            ),
            "quantity": G(lambda f: f.r.randint(1, 60)),
            "pickup_store_id": G(lambda f: f.store()["id"]),
            "caption": Y(photo_caption, "name", True),
            "price": G(lambda f: f.money(0.39, 80)),
        },
    ),
    # -- e-commerce ---------------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web",
        {"query": G(lambda f: f.pick(OTC_QUERIES)), "results": G(lambda f: f.r.randint(0, 240))},
    ),
    (
        "track",
        "Product List Viewed",
        "kotlin",
        {
            "list_id": G(lambda f: f.pick(["vitamins", "allergy", "skin-care", "baby"])),
            "category": G(lambda f: f.pick(OTC)[2]),
            "products": Many(otc_product(full=False), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        "kotlin",
        {
            **otc_product(),
            "currency": G(lambda f: f.pick(["CAD", "USD"])),
            "value": G(lambda f: f.money(3, 120)),
            "requires_pharmacist": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Product Added",
        "rn",
        {"cart_id": G(lambda f: f.uuid()), **otc_product(full=False)},
    ),
    (
        "track",
        "Cart Viewed",
        "swift",
        {
            "cart_id": G(lambda f: f.uuid()),
            "cart_hash": G(lambda f: f.sha256()),
            "products": Many(otc_product(full=False), 4),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: f.digits(10)),
            "affiliation": G(lambda f: f.pick(["cedarline.ca", "Cedarline App"])),
            "value": G(lambda f: f.money(10, 400)),
            "revenue": G(lambda f: f.money(10, 400)),
            "shipping": G(lambda f: f.pick([0, 4.99, 7.99])),
            "tax": G(lambda f: f.money(0, 50)),
            "discount": G(lambda f: f.money(0, 20)),
            "coupon": G(lambda f: f.pick(["", "BEAUTY20", "FREESHIP"])),
            "currency": G(lambda f: f.pick(["CAD", "USD"])),
            "products": Many(otc_product(full=False), 4),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "interac"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["451014", "520082", "373953", "454618"])),
            "payment_method_id": RED(lambda f: "pm_" + f.alnum(24), "token"),
            "hsa_fsa_card": G(lambda f: f.pick([True, False])),
            "billing_postal_code": Y(lambda f: f.postal(), "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(10, 400)),
            "subtotal": G(lambda f: f.money(10, 380)),
            "tax": G(lambda f: f.money(0, 50)),
            "shipping": G(lambda f: f.pick([0, 4.99, 7.99])),
            "discount": G(lambda f: f.money(0, 20)),
            "coupon": G(lambda f: f.pick(["", "BEAUTY20", "FREESHIP"])),
            "currency": G(lambda f: f.pick(["CAD", "USD"])),
            "products": Many(otc_product(full=False), 4),
            "shipping_address": person_address(),
            "billing_address": person_address(),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "fulfillment": G(lambda f: f.pick(["ship", "pickup", "same_day"])),
            "gift": {
                "is_gift": G(lambda f: f.pick([True, False])),
                "recipient_name": Y(lambda f: f.full_name(), "name"),
                "message": G(
                    lambda f: f.pick(
                        ["Get well soon!", "Happy birthday!!", "Enjoy the spa day", "Thinking of you", ""]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Order Refunded",
        "node",
        {
            "order_id": G(lambda f: f.digits(10)),
            "refund_amount": G(lambda f: f.money(3, 200)),
            "reason": G(lambda f: f.pick(["damaged", "wrong_item", "late", "changed_mind"])),
        },
    ),
    (
        "track",
        "Product Reviewed",
        "web",
        {
            "product_id": G(lambda f: f.digits(7)),
            "review_id": G(lambda f: f.digits(9)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_body": G(
                lambda f: f.pick(
                    [
                        "Works great, no smell.",
                        "Too greasy for my skin",
                        "Best price in town",
                        "Arrived quickly",
                        "Meh.",
                    ]
                )
            ),
            "display_name": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
            "verified_purchase": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Back In Stock Alert Set",
        "web",
        {
            "product_id": G(lambda f: f.digits(7)),
            "sku": G(lambda f: f"CL-{f.digits(6)}"),
            "notify_email": Y(lambda f: f.email(), "email"),
            "store_id": G(lambda f: f.store()["id"]),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "web",
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([25, 50, 100])),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "sender_name": Y(lambda f: f.first(), "name"),
            "message": G(
                lambda f: f.pick(
                    ["Get well soon!", "Happy birthday!!", "Enjoy the spa day", "Thinking of you", ""]
                )
            ),
            "gift_card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Checkout Form Submitted",
        "php",
        {
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cc_name": Y(lambda f: f.full_name(), "name"),
            "cc_cvv": RED(lambda f: f"{f.r.randint(100, 9999)}", "credit card"),
            "pwd": RED(
                lambda f: f.pick(["Summer2024!", "cedar" + f.digits(4), f.alnum(12), "Tr0ub4dor&3"]),
                "password",
            ),
            "form_version": G(lambda f: f.pick(["legacy-3.2", "legacy-3.3"])),
        },
    ),
    (
        "track",
        "Pre-Authorized Debit Set Up",
        "php",
        {
            "institution_number": G(lambda f: f.pick(["001", "002", "003", "004", "006", "815"])),
            "transit_number": G(lambda f: f.digits(5)),
            "account_number": RED(lambda f: f.digits(f.pick([7, 8, 12])), "bank account"),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "mandate_id": G(lambda f: "PAD-" + f.digits(8)),
        },
    ),
    # -- pickup / delivery / stores ------------------------------------------------------------------
    (
        "track",
        "Delivery Scheduled",
        "swift",
        {
            "delivery_id": G(lambda f: f.uuid()),
            "window_start": G(lambda f: f.slot()),
            "window_end": G(lambda f: f.slot()),
            "fee": G(lambda f: f.pick([0, 3.99, 6.99])),
            "delivery_address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "unit": Y(lambda f: f.unit(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "province": G(lambda f: f.pick(PROVINCES)),
                "postal_code": Y(lambda f: f.postal(), "zipcode"),
                "door_code": RED(lambda f: f.pick(["#", "*", ""]) + f.digits(4), "secret"),
                "lat": Y(lambda f: f.ca_lat(), "geolocation"),
                "lng": Y(lambda f: f.ca_lon(), "geolocation"),
            },
            "instructions": G(
                lambda f: f.pick(
                    ["Leave at front desk", "Ring bell", "Do not leave unattended", "Side door", ""]
                )
            ),
            "dropoff_note": Y(dropoff_note, "phone", True),
            "requires_refrigeration": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Delivery Status Updated",
        "go",
        {
            "delivery_id": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["assigned", "picked_up", "en_route", "arriving"])),
            "courier": {
                "id": G(lambda f: "dr_" + f.hexid(10)),
                "first_name": Y(lambda f: f.first(), "name"),
                "vehicle_plate": Y(lambda f: f.plate(), "license"),
                "vehicle": G(lambda f: f.pick(["Toyota Corolla, grey", "Honda Civic, blue", "e-bike"])),
                "phone": G(lambda f: f.pick(["+1 647-931-2087", "+1 438-800-1177", "+1 604-239-7710"])),
                "latitude": Y(lambda f: f.ca_lat(), "geolocation"),
                "longitude": Y(lambda f: f.ca_lon(), "geolocation"),
            },
            "eta_minutes": G(lambda f: f.r.randint(2, 60)),
            "provider": G(lambda f: f.pick(["uber_direct", "doordash_drive"])),
        },
    ),
    (
        "track",
        "DeliveryCompleted",
        "dotnet",
        {
            "DeliveryId": G(lambda f: f.uuid()),
            "CompletedAt": G(lambda f: f.iso()),
            "RecipientName": Y(lambda f: f.full_name(), "name"),
            "AgeVerified": G(lambda f: f.pick([True, False])),
            "IdScanned": G(lambda f: f.pick([True, False])),
            "DropoffLatitude": Y(lambda f: f.ca_lat(), "geolocation"),
            "DropoffLongitude": Y(lambda f: f.ca_lon(), "geolocation"),
        },
    ),
    (
        "track",
        "AgeRestrictedSaleLogged",
        "dotnet",
        {
            "LogEntryId": G(lambda f: f.digits(10)),
            "IdType": G(lambda f: f.pick(["DriversLicense", "Passport", "StateId", "ProvincialPhotoCard"])),
            "IdNumber": RED(
                lambda f: f.pick(
                    [
                        f"D{f.digits(7)}",
                        f.pick(["AB", "GA"]) + f.digits(6),
                        f"{f.r.choice('ABCDEFGH')}{f.digits(4)}-{f.digits(5)}-{f.digits(5)}",
                    ]
                ),
                "national id|license",
            ),
            "DateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "Age": G(lambda f: f.r.randint(18, 80)),
            "Product": G(
                lambda f: f.pick(["Sudafed 12 Hour 10ct", "Claritin-D 24hr 15ct", "Nicorette Gum 4 mg"])
            ),
            "StoreNumber": G(lambda f: f.store()["id"]),
        },
    ),
    (
        "track",
        "Stores Searched",
        "rn",
        {
            "q": G(
                lambda f: f.pick(["Oakville", "M5V", "Plateau Mont-Royal", "60622", "Kitsilano", "near me"])
            ),
            "radius_km": G(lambda f: f.pick([5, 10, 25])),
            "results_count": G(lambda f: f.r.randint(0, 20)),
            "filters": Many(G(lambda f: f.pick(["open_24h", "drive_thru", "clinic", "photo_lab"])), 3),
            "user_location": {
                "latitude": Y(lambda f: f.ca_lat(), "geolocation"),
                "longitude": Y(lambda f: f.ca_lon(), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Store Selected",
        "web",
        {
            "store": {**store_block(), "hours": G(lambda f: f.pick(["8-22", "24h", "9-21"]))},
            "distance_km": G(lambda f: f.money(0.2, 25)),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        {
            "request": {
                "input": Y(autocomplete_input, "address|street", True),
                "sessiontoken": G(lambda f: f.uuid()),
                "components": G(lambda f: f.pick(["country:ca", "country:us", "country:ca|country:us"])),
            },
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_place_id": G(lambda f: "ChIJ" + f.alnum(23)),
        },
    ),
    (
        "track",
        "Address Added",
        "flutter",
        {
            "address_id": G(lambda f: f.uuid()),
            "address_label": G(lambda f: f.pick(["Home", "Work", "Cottage", "Maison", "Chalet"])),
            "address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.postal(), "zipcode"),
                "province": G(lambda f: f.pick(PROVINCES)),
            },
            "is_default": G(lambda f: f.pick([True, False])),
            "geocode": {
                "lat": Y(lambda f: f.ca_lat(), "geolocation"),
                "lng": Y(lambda f: f.ca_lon(), "geolocation"),
            },
        },
    ),
    # -- chat / support ------------------------------------------------------------------------------
    (
        "track",
        "Pharmacist Chat Started",
        "swift",
        {
            "chat_id": G(lambda f: f.uuid()),
            "topic": G(
                lambda f: f.pick(["side_effects", "drug_interaction", "otc_advice", "refill_question"])
            ),
            "pharmacist": {
                "id": G(lambda f: "E" + f.digits(6)),
                "display_name": Y(lambda f: f"{f.first()} {f.last()[0]}., RPh", "name"),
            },
            "wait_seconds": G(lambda f: f.r.randint(5, 900)),
        },
    ),
    (
        "track",
        "Chatbot Message Sent",
        "web",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "turn": G(lambda f: f.r.randint(1, 12)),
            "input": Y(chatbot_input, "medication", True),
            "intent": G(lambda f: f.pick(["refill_request", "rx_status", "delivery_request"])),
        },
    ),
    (
        "track",
        "Support Message Sent",
        "flutter",
        {
            "thread_id": G(lambda f: f.digits(8)),
            "text": Y(support_text, "email|phone", True),
            "channel": G(lambda f: f.pick(["in_app", "web_widget"])),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        "php",
        {
            "first-name": Y(lambda f: f.first(), "name"),
            "last-name": Y(lambda f: f.last(), "name"),
            "email-address": Y(lambda f: f.email(), "email"),
            "phone-number": Y(lambda f: f.phone(), "phone"),
            "preferred-store": G(lambda f: f.store()["name"]),
            "inquiry-type": G(lambda f: f.pick(["product", "pharmacy", "photo", "careers", "feedback"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "Do you carry the La Roche-Posay kids sunscreen?",
                        "Store hours on holidays?",
                        "Great service at the counter today",
                        "Can you price match?",
                    ]
                )
            ),
            "consent-marketing": G(lambda f: f.pick([True, False])),
            "page-uri": G(lambda f: f.pick(["/contact", "/fr/contact"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form": G(lambda f: f.pick(["signup", "transfer", "immunization_booking"])),
            "element": {
                "tag": G(lambda f: "input"),
                "name": G(lambda f: f.pick(["email", "tel", "contact"])),
                "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            },
            "duration_ms": G(lambda f: f.r.randint(400, 20000)),
        },
    ),
    # -- auth ---------------------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        "web",
        {
            "method": G(lambda f: f.pick(["email", "apple", "google"])),
            "email": Y(lambda f: f.email(), "email"),
            "referral_code": G(lambda f: f.pick(["", "FRIEND5K", "RXTRANSFER"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Signed In",
        "kotlin",
        {
            "method": G(lambda f: f.pick(["password", "biometric", "magic_link"])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none"])),
            "login_attempts": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "node",
        {
            "otp_channel": G(lambda f: f.pick(["sms", "voice", "email"])),
            "destination": Y(lambda f: f.phone("e164"), "phone", True),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "expires_in": G(lambda f: 600),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "web",
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_token": RED(lambda f: f.alnum(40), "token"),
            "requested_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        "swift",
        {"signin_url": RED(signin_url, "token", True), "link_age_seconds": G(lambda f: f.r.randint(3, 900))},
    ),
    (
        "track",
        "Pharmacy Sync Failed",
        "python",
        {
            "request": {
                "method": G(lambda f: f.pick(["GET", "POST"])),
                "url": G(
                    lambda f: f.pick(
                        [
                            "https://pms.cedarline.internal/api/v2/rx",
                            "https://pms.cedarline.internal/api/v2/patients/sync",
                        ]
                    )
                ),
                "headers": {
                    "Authorization": RED(auth_header, "token|secret"),
                    "X-Request-Id": G(lambda f: f.uuid()),
                },
            },
            "response": {
                "status": G(lambda f: f.pick([500, 502, 504, 429])),
            },
            "error": {
                "message": G(
                    lambda f: f.pick(["upstream timeout", "connection reset by peer", "rate limited"])
                )
            },
        },
    ),
    # -- attribution / vendors ------------------------------------------------------------------------
    (
        "track",
        "Install Attributed",
        "kotlin",
        {
            "af_status": G(lambda f: f.pick(["Organic", "Non-organic"])),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "campaign": G(lambda f: f.pick(["CA_Rx_Transfer_Android", "US_Flu_2024", "None"])),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "install_time": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Install Attributed",
        "swift",
        {
            "af_status": G(lambda f: f.pick(["Organic", "Non-organic"])),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "att_status": G(lambda f: f.pick(["authorized", "denied", "not_determined"])),
            "skan_conversion_value": G(lambda f: f.r.randint(0, 63)),
        },
    ),
    (
        "track",
        "Landing Page Viewed",
        "web",
        {
            "gclid": Y(lambda f: "Cj0KCQjw" + f.alnum(80), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.alnum(56), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.alnum(40)}", "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "landing_page": G(
                lambda f: f.pick(["/lp/flu-shot", "/lp/transfer-bonus", "/fr/lp/vaccin-grippe"])
            ),
            "variant": G(lambda f: f.pick(["A", "B"])),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        "python",
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Schedule", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: f.sha256_of(f.email()), "email"),
                "ph": Y(lambda f: f.sha256_of("1" + f.digits(10)), "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "external_id": G(lambda f: f.sha256()),
            },
            "custom_data": {
                "value": G(lambda f: f.money(5, 300)),
                "currency": G(lambda f: f.pick(["CAD", "USD"])),
            },
        },
    ),
    (
        "track",
        "SMS Status Callback",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.phone("e164"), "phone", True),
            "From": G(lambda f: f.pick(["+18885550142", "73322", "+14375550199"])),
            "Body": Y(sms_body, "name", True),
            "SmsStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered", "failed"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30006"])),
        },
    ),
    (
        "track",
        "Email Event",
        "ruby",
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce", "unsubscribe"])),
            "sg_message_id": G(lambda f: f"{f.alnum(22)}.filterdrecv-{f.digits(4)}"),
            "smtp-id": G(lambda f: f"<{f.alnum(20)}@ismtpd0{f.r.randint(1, 9)}p1iad2.sendgrid.net>"),
            "category": Many(G(lambda f: f.pick(["rx_ready", "flu_reminder", "weekly_flyer", "receipt"])), 2),
            "useragent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "timestamp": G(lambda f: f.r.randint(1_720_000_000, 1_735_000_000)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "rn",
        {
            "campaign_id": G(lambda f: f.uuid()),
            "canvas_name": G(lambda f: f.pick(["Rx Ready", "Flu Reminder", "Points Expiring"])),
            "notification_title": G(
                lambda f: f.pick(
                    ["Your prescription is ready", "Time for your flu shot?", "Points expire soon"]
                )
            ),
            "deep_link": G(
                lambda f: f.pick(["cedarline://pharmacy/rx", "cedarline://book/flu", "cedarline://rewards"])
            ),
        },
    ),
    # -- staff / careers ------------------------------------------------------------------------------
    (
        "track",
        "ShiftClockedIn",
        "dotnet",
        {
            "EmployeeId": G(lambda f: "E" + f.digits(6)),
            "StoreNumber": G(lambda f: f.store()["id"]),
            "Role": G(lambda f: f.pick(["Pharmacist", "PharmacyTechnician", "Cashier"])),
            "ShiftStart": G(lambda f: f.iso()),
            "HourlyRate": Y(lambda f: f.money(18, 72), "salary"),
            "TerminalId": G(lambda f: f"POS{f.r.randint(1, 6):02d}"),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        "web",
        {
            "requisition_id": G(lambda f: "REQ-" + f.digits(5)),
            "position": G(
                lambda f: f.pick(
                    ["Staff Pharmacist", "Pharmacy Assistant", "Cosmetician", "Photo Lab Associate"]
                )
            ),
            "store_id": G(lambda f: f.store()["id"]),
            "candidate": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "current_employer": G(
                    lambda f: f.pick(["Shoppers Drug Mart", "Walgreens", "Loblaw", "Costco", "none"])
                ),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "pharmacist_license_number": Y(lambda f: f.digits(6), "license"),
            },
            "legally_entitled_to_work": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "years_experience": G(lambda f: f.r.randint(0, 30)),
            "expected_hourly_rate": Y(lambda f: f.money(17, 75), "salary"),
        },
    ),
    (
        "track",
        "Patient Registered",
        "node",
        {
            "patient_id": G(lambda f: "P" + f.digits(9)),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "state": G(lambda f: f.pick(["IL", "TX", "NY", "WA"])),
            "hipaa_ack": G(lambda f: True),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        "rn",
        {
            "sms_enabled": G(lambda f: f.pick([True, False])),
            "phone_number": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "track",
        "Application Opened",
        "kotlin",
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.1", "8.16.0"])),
            "build": G(lambda f: f.pick(["814000", "815100", "816000"])),
            "url": G(
                lambda f: f.pick(["", "cedarline://pharmacy/rx", "https://www.cedarline.ca/app/rewards"])
            ),
        },
    ),
]


def build(seed: int, repeats: int):
    f = PFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid() if client not in ("swift", "kotlin") else f.uuid().upper(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["u_", "", "cl-"]) + f.digits(8),
            }
            if event:
                msg["event"] = event
            if kind == "page":
                msg["name"] = f.pick(["Home", "Refill", "Shop", "Checkout"])
            if kind == "screen":
                msg["name"] = f.pick(["Pharmacy", "Rx Detail", "Rewards", "Cart"])
            if kind == "group":
                msg["groupId"] = f.pick(["fam_", "store_"]) + f.digits(6)
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            section = "traits" if kind in ("identify", "group") else "properties"
            if body:
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            msg["integrations"] = {"All": True}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=116, repeats=22)
    write(Path(__file__).parent, "holdout116_", events, labels)
