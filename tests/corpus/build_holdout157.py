"""Writes holdout157: tests/corpus/holdout157_events.jsonl and holdout157_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its docs, and
never scored by its author. Run with `.venv/bin/python -m tests.corpus.build_holdout157`
(deterministic, seed 157).

Domain: a blood, plasma and organ-donor registry app ("Lifeline") in the UK, Canada and India.
Donor registration and identify calls (web, iOS, Android, React Native, Flutter, server and a
reverse-ETL sync), sign-in links and OTPs, eligibility questionnaires (travel, medication, sexual
history, tattoos, pregnancy), haemoglobin and vitals checks at the chair, appointment booking,
reminders (Twilio-shaped webhooks), check-in, donation and plasma-collection records, rewards and
vouchers, Canadian plasma compensation (Interac, bank transit numbers), organ-donor consent with
next of kin, nominated representatives and witnesses (NHS register, Quebec, NOTTO pledges in
India), recipient matching and "your blood was used" notifications, community blood requests in
India, fundraising shop e-commerce (spec events, Stripe- and Razorpay-shaped payloads, Gift Aid,
GoCardless-shaped direct debits with IBANs, a legacy .NET call-centre CRM logging full card numbers),
staff identify/group/audit events, hiring checks, marketing attribution (Meta CAPI-shaped user
data, gclid/fbclid), SendGrid-shaped email events, page/screen/group/alias calls.

Conventions: mostly camelCase and snake_case English keys; about 15-20 % other: PascalCase from
.NET, kebab-case from a Node plasma service and HTTP headers, SCREAMING_SNAKE from a warehouse
reverse-ETL, French keys (Quebec), transliterated Hindi keys (India) and Welsh keys (Wales).
Values are coherent per message (one donor per message, email derived from the name), region
specific (UK, Canadian, Indian names, phone formats, postcodes, addresses), with valid checksums
where real ids have them: NHS numbers (mod 11), Aadhaar (Verhoeff), OHIP and SIN (Luhn), Luhn
cards, mod-97 IBANs, valid-prefix National Insurance numbers.

Labelling rules (the product's default colours and published policy, as given in the brief):
- PII = personal data about a natural person: donor, next of kin, representative, witness,
  patient/recipient, invitee, staff member. Reference matcher names and colours where one fits;
  outside the reference: red for credentials/tokens, card numbers, bank accounts, government ids
  and health; yellow otherwise.
- Health, settled here (no reference matcher fits measurements): blood group, haemoglobin, blood
  pressure, pulse, temperature, body weight, total protein, HLA typing, crossmatch results and the
  pass/fail of a haemoglobin check are health data: red `health`. Named conditions, deferral
  reasons, pregnancy and adverse reactions take `condition` (yellow); medications `medication`;
  past transfusions/surgery `procedure`; infection-marker results `diagnosis`; answers about sexual
  history `sex life|sexual orientation` (yellow, outside the reference). Accessibility needs are
  `disability` (red). Wanting faith or beliefs respected, and a stated religion, are `religion`.
- The generic `answer` of a screening question (the set includes health, medication and
  sexual-history questions) is flagged yellow `condition`; it is not value_only (neither key nor
  value alone tells). Travel answers, visited countries, tattoos and piercings reveal no special
  category: green. Eligibility status (eligible/deferred/pending) is a workflow state: green.
- Green: ids we issue (donor numbers, donation identification numbers, appointment, order,
  pledge-card numbers), UUIDs, versions, timestamps, amounts, counters, enums and booleans under
  PII-sounding keys (emailVerified, hasNextOfKin, passwordStrength), ages and age bands,
  relationships, job titles, employers, product, centre, hospital and campaign names, a business's
  own address/phone/role mailbox, SMS sender ids, Message-IDs, sort codes, IFSC codes, Canadian
  transit/institution numbers, card brand/last4/expiry, Places session tokens (UUIDs), places that
  are not the person's (centre cities, hospital cities, searched towns, travel destinations).
- Contested, settled by the published policy: insurance policy numbers `identification`;
  salaries and hourly rates `salary`; plates `license`; gclid/fbclid/fbp/fbc `advertising id`;
  billing addresses `address` (yellow); Stripe `pm_` ids, OTPs, sign-in link tokens, one-time
  voucher codes, push tokens and bearer tokens `token` (red); NHS, OHIP, RAMQ and ABHA numbers and
  ABHA addresses `health id` (red); passport and Aadhaar numbers `passport`/`national id` (red);
  right-to-work and sponsorship answers `visa` (red).
- Settled here: the last four digits of an Aadhaar number are red `national id` (as the last four
  of an SSN); a UPI id (VPA) addresses a bank account: red `bank account`; a staff member's own
  work e-mail, mobile and professional registration number (NMC PIN, `license|identification`)
  are their PII; a DBS certificate number is `certificate`; Meta CAPI `user_data.em`/`ph` hold
  SHA-256 hashes of the person's e-mail/phone: still their `email`/`phone` (yellow, not
  value_only: the vendor's key names them, the hash does not), while `external_id` hashes our own
  user id (green); a district (jila) is the person's `city`; a father's name is a `name`.
- value_only is true only where the key is neutral (`value`, `label`, `input`, `q`, `text`,
  `note`, Twilio `Body`/`To`, `externalIds[].id`) and every value carries the PII. Free-text
  fields either carry PII in every value (labelled by it) or in none (green: feedback comments,
  cancellation comments, push bodies, question texts).
"""

import hashlib
import string
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and ids -------------------------------------------------------------------------

FIRST = {
    "uk": [
        ("Oliver", "M"),
        ("Amelia", "F"),
        ("Harry", "M"),
        ("Isla", "F"),
        ("Siobhan", "F"),
        ("Aled", "M"),
        ("Rhian", "F"),
        ("Mohammed", "M"),
        ("Aisha", "F"),
        ("Grace", "F"),
        ("Chidi", "M"),
        ("Wei", "M"),
        ("Hannah", "F"),
        ("Tomasz", "M"),
        ("Kieran", "M"),
        ("Eilidh", "F"),
        ("Callum", "M"),
        ("Zainab", "F"),
        ("Dylan", "M"),
        ("Niamh", "F"),
        ("Gurinder", "M"),
        ("Bethan", "F"),
    ],
    "ca": [
        ("Émilie", "F"),
        ("Jean-François", "M"),
        ("Mathieu", "M"),
        ("Chloé", "F"),
        ("Liam", "M"),
        ("Olivia", "F"),
        ("Harpreet", "F"),
        ("Mei Ling", "F"),
        ("Nathan", "M"),
        ("Amir", "M"),
        ("Sophie", "F"),
        ("Gabriel", "M"),
        ("Ananya", "F"),
        ("Kwame", "M"),
        ("Isabelle", "F"),
        ("Ethan", "M"),
        ("Noor", "F"),
        ("Jasleen", "F"),
        ("Étienne", "M"),
        ("Tanis", "F"),
    ],
    "in": [
        ("Aarav", "M"),
        ("Priya", "F"),
        ("Lakshmi", "F"),
        ("Rohan", "M"),
        ("Fatima", "F"),
        ("Gurpreet", "M"),
        ("Arjun", "M"),
        ("Sneha", "F"),
        ("Thomas", "M"),
        ("Ananya", "F"),
        ("Vikram", "M"),
        ("Meenakshi", "F"),
        ("Imran", "M"),
        ("Kavya", "F"),
        ("Siddharth", "M"),
        ("Pooja", "F"),
        ("Rahul", "M"),
        ("Deepika", "F"),
        ("Harish", "M"),
        ("Nandini", "F"),
    ],
}
LAST = {
    "uk": [
        "Hughes",
        "Davies",
        "Evans",
        "Kelly",
        "Rahman",
        "Begum",
        "Adeyemi",
        "Zhang",
        "Kowalczyk",
        "Patel",
        "MacLeod",
        "Thompson",
        "O'Connor",
        "Wright",
        "Ahmed",
        "Okonkwo",
        "Llewellyn",
        "Fraser",
        "Sandhu",
        "Ap Rhys",
    ],
    "ca": [
        "Tremblay",
        "Gagnon",
        "Roy",
        "Côté",
        "MacDonald",
        "Sandhu",
        "Wong",
        "Cardinal",
        "Haddad",
        "Bouchard",
        "Nguyen",
        "Martin",
        "Singh",
        "Gill",
        "Lavoie",
        "Osei",
        "Bélanger",
        "Fortin",
    ],
    "in": [
        "Sharma",
        "Iyer",
        "Venkataraman",
        "Deshmukh",
        "Sheikh",
        "Kaur",
        "Reddy",
        "Banerjee",
        "Varghese",
        "Nair",
        "Patil",
        "Gupta",
        "Khan",
        "Mukherjee",
        "Pillai",
        "Chatterjee",
        "Rao",
        "Joshi",
        "Das",
        "Menon",
    ],
}
MAIL = {
    "uk": ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "ca": ["gmail.com", "videotron.ca", "outlook.com", "rogers.com", "sympatico.ca", "hotmail.ca"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "gmail.com"],
}
STREETS = {
    "uk": [
        "Kingsley Road",
        "Albert Street",
        "Church Lane",
        "Victoria Terrace",
        "Heol y Frenhines",
        "Mill Brae",
        "Springfield Avenue",
        "Ladysmith Road",
        "Cowbridge Road East",
    ],
    "ca": [
        "rue Sainte-Catherine Est",
        "Queen St W",
        "boul. Saint-Laurent",
        "Oak Bay Ave",
        "Spadina Ave",
        "avenue du Mont-Royal",
        "Jasper Ave NW",
        "Barrington St",
    ],
    "in": [
        "5th Cross, Indiranagar",
        "MG Road",
        "Sector 21",
        "Jubilee Hills",
        "Anna Nagar West",
        "Koregaon Park",
        "Salt Lake Sector V",
        "Kaloor",
        "Banjara Hills Road No. 12",
    ],
}
CITY_INFO = {
    "uk": [
        ("London", "England", ["SW", "E", "N", "NW", "SE"], 51.51, -0.13),
        ("Leeds", "England", ["LS"], 53.80, -1.55),
        ("Manchester", "England", ["M"], 53.48, -2.24),
        ("Cardiff", "Wales", ["CF"], 51.48, -3.18),
        ("Glasgow", "Scotland", ["G"], 55.86, -4.25),
        ("Bristol", "England", ["BS"], 51.45, -2.59),
        ("Birmingham", "England", ["B"], 52.49, -1.89),
        ("Swansea", "Wales", ["SA"], 51.62, -3.94),
        ("Belfast", "Northern Ireland", ["BT"], 54.60, -5.93),
        ("Edinburgh", "Scotland", ["EH"], 55.95, -3.19),
    ],
    "ca": [
        ("Montréal", "QC", ["H"], 45.50, -73.57),
        ("Toronto", "ON", ["M"], 43.65, -79.38),
        ("Vancouver", "BC", ["V"], 49.28, -123.12),
        ("Calgary", "AB", ["T"], 51.05, -114.07),
        ("Ottawa", "ON", ["K"], 45.42, -75.70),
        ("Québec", "QC", ["G"], 46.81, -71.21),
        ("Halifax", "NS", ["B"], 44.65, -63.58),
        ("Laval", "QC", ["H"], 45.57, -73.69),
        ("Winnipeg", "MB", ["R"], 49.90, -97.14),
    ],
    "in": [
        ("Bengaluru", "Karnataka", ["56"], 12.97, 77.59),
        ("Mumbai", "Maharashtra", ["40"], 19.08, 72.88),
        ("Chennai", "Tamil Nadu", ["60"], 13.08, 80.27),
        ("New Delhi", "Delhi", ["11"], 28.61, 77.21),
        ("Pune", "Maharashtra", ["41"], 18.52, 73.86),
        ("Kolkata", "West Bengal", ["70"], 22.57, 88.36),
        ("Hyderabad", "Telangana", ["50"], 17.39, 78.49),
        ("Kochi", "Kerala", ["68"], 9.93, 76.27),
    ],
}
CITIES = {region: [c[0] for c in cities] for region, cities in CITY_INFO.items()}
COUNTRY = {"uk": "GB", "ca": "CA", "in": "IN"}
TZ = {
    "uk": ["Europe/London"],
    "ca": ["America/Toronto", "America/Montreal", "America/Vancouver", "America/Edmonton"],
    "in": ["Asia/Kolkata"],
}
LOCALES = {"uk": ["en-GB", "cy-GB"], "ca": ["en-CA", "fr-CA"], "in": ["en-IN", "hi-IN", "ta-IN"]}
HOST = {"uk": "www.lifelineregistry.org.uk", "ca": "www.lifelineregistry.ca", "in": "www.lifelineregistry.in"}
CURRENCY = {"uk": "GBP", "ca": "CAD", "in": "INR"}
CENTRES = {
    "uk": [
        (
            "LDS01",
            "Leeds Donor Centre",
            "Bridgewater Place, Water Lane",
            "Leeds",
            "LS11 5BZ",
            "0300 123 23 23",
        ),
        ("MAN02", "Manchester Plymouth Grove", "Plymouth Grove", "Manchester", "M13 9LL", "0300 123 23 23"),
        ("CDF01", "Cardiff Donor Centre", "Ely Valley Road", "Talbot Green", "CF72 9WB", "0800 252 266"),
        ("WEM01", "West End Donor Centre", "26 Margaret Street", "London", "W1W 8NB", "0300 123 23 23"),
    ],
    "ca": [
        (
            "MTL-GLB",
            "Centre Globule Versailles",
            "7275 rue Sherbrooke Est",
            "Montréal",
            "H1N 1E9",
            "1 800 847-2525",
        ),
        (
            "TOR-COL",
            "Toronto College St Donor Centre",
            "67 College St",
            "Toronto",
            "M5G 2M1",
            "1 888 236-6283",
        ),
        ("VAN-OAK", "Vancouver Oak Street", "4750 Oak St", "Vancouver", "V6H 2N9", "1 888 236-6283"),
        ("CGY-PLS", "Calgary Plasma Centre", "737 13 Ave SW", "Calgary", "T2R 1J1", "1 888 236-6283"),
    ],
    "in": [
        (
            "BLR-RTB",
            "Rotary TTK Blood Centre",
            "Indiranagar Double Road",
            "Bengaluru",
            "560038",
            "080 2528 7903",
        ),
        ("MUM-PRL", "Parel Blood Centre", "Acharya Donde Marg, Parel", "Mumbai", "400012", "022 2410 7000"),
        ("DEL-ANG", "Ansari Nagar Blood Bank", "Ansari Nagar", "New Delhi", "110029", "011 2658 8500"),
        (
            "CHN-TRM",
            "Taramani Voluntary Blood Centre",
            "Rajiv Gandhi Salai",
            "Chennai",
            "600113",
            "044 2254 1972",
        ),
    ],
}
HOSPITALS = {
    "uk": ["St Thomas' Hospital", "Leeds General Infirmary", "University Hospital of Wales", "Royal Free"],
    "ca": ["Toronto General Hospital", "CHUM", "Vancouver General Hospital", "Foothills Medical Centre"],
    "in": ["CMC Vellore", "Tata Memorial Hospital", "Apollo Hospitals Greams Road", "AIIMS New Delhi"],
}
BLOOD = ["O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-"]
BLOOD_LONG = [
    "O RhD positive",
    "O RhD negative",
    "A RhD positive",
    "A RhD negative",
    "B RhD positive",
    "AB RhD positive",
    "B RhD negative",
]
MEDS = [
    "isotretinoin",
    "finasteride",
    "warfarin",
    "apixaban",
    "amoxicillin",
    "methotrexate",
    "levothyroxine",
    "dutasteride",
    "acitretin",
    "metformin",
]
CONDITIONS = [
    "iron deficiency anaemia",
    "type 1 diabetes",
    "epilepsy",
    "hepatitis B (past)",
    "asthma",
    "hypertension",
    "thalassaemia trait",
    "coeliac disease",
]
DEFERRALS = [
    "low_haemoglobin",
    "recent_antibiotics",
    "pregnancy",
    "recent_surgery",
    "cold_or_flu",
    "high_blood_pressure",
    "isotretinoin_use",
]
ORGANS = ["heart", "lungs", "kidneys", "liver", "pancreas", "small_bowel", "corneas", "tissue"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]

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
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


@dataclass
class Person:
    region: str
    first: str
    last: str
    sex: str
    dob: date
    email: str
    phone: str
    street: str
    city: str
    postcode: str
    province: str
    lat: float
    lon: float

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class Donors(Fake):
    """Fake with region-aware people; `p` is the donor of the message being rendered."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.begin("uk")

    def person(self, region: str) -> Person:
        first, sex = self.pick(FIRST[region])
        city, province, prefixes, lat, lon = self.pick(CITY_INFO[region])
        last = self.pick(LAST[region])
        dob = date(1955, 1, 1) + timedelta(days=self.r.randint(0, 52 * 365))
        local = (
            ascii_fold(f"{first}{self.pick(['.', '_', ''])}{last}").lower().replace(" ", "").replace("'", "")
        )
        if self.r.random() < 0.4:
            local += str(self.r.choice([dob.year % 100, self.r.randint(1, 999), dob.year]))
        return Person(
            region,
            first,
            last,
            sex,
            dob,
            f"{local}@{self.pick(MAIL[region])}",
            self.phone_for(region),
            self.street_for(region),
            city,
            self.postcode_for(region, self.pick(prefixes)),
            province,
            round(lat + self.r.uniform(-0.08, 0.08), 6),
            round(lon + self.r.uniform(-0.12, 0.12), 6),
        )

    def begin(self, region: str) -> None:
        """A new message: its donor, their donor number and the centre it is about."""
        self.p = self.person(region)
        self.donor_number = self.donor_no()
        self.centre = self.pick(CENTRES[region])

    def other(self) -> Person:
        return self.person(self.p.region)

    # phones, addresses, postcodes
    def phone_for(self, region: str) -> str:
        r = self.r
        if region == "uk":
            n = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
            return self.pick([f"0{n[:4]} {n[4:]}", f"+44{n}", f"+44 {n[:4]} {n[4:]}", f"0{n}"])
        if region == "ca":
            area = self.pick([416, 647, 514, 438, 604, 778, 403, 587, 613, 902, 418, 450])
            ex, line = r.randint(200, 989), r.randint(0, 9999)
            return self.pick(
                [
                    f"({area}) {ex}-{line:04d}",
                    f"+1 {area} {ex} {line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1{area}{ex}{line:04d}",
                ]
            )
        n = f"{r.choice('6789')}{r.randint(100000000, 999999999)}"
        return self.pick([f"+91 {n[:5]} {n[5:]}", n, f"+91-{n}", f"0{n[:5]} {n[5:]}", f"+91{n}"])

    def street_for(self, region: str) -> str:
        r = self.r
        s = self.pick(STREETS[region])
        if region == "uk":
            return self.pick([f"{r.randint(1, 240)} {s}", f"Flat {r.randint(1, 12)}, {r.randint(2, 90)} {s}"])
        if region == "ca":
            return self.pick(
                [f"{r.randint(10, 9900)} {s}", f"{r.randint(10, 900)} {s}, Apt {r.randint(101, 2408)}"]
            )
        return self.pick(
            [
                f"Flat {r.randint(101, 1204)}, {self.pick(['Shanti', 'Prestige', 'Sai Krupa'])} "
                f"Apartments, {s}",
                f"House No. {r.randint(1, 400)}, {s}",
                f"{r.randint(1, 99)}/{r.randint(1, 9)} {s}",
            ]
        )

    def postcode_for(self, region: str, area: str) -> str:
        r = self.r
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        if region == "uk":
            return f"{area}{r.randint(1, 20)} {r.randint(0, 9)}{r.choice(letters)}{r.choice(letters)}"
        if region == "ca":
            a = "ABCEGHJKLMNPRSTVXY"
            return f"{area}{r.randint(0, 9)}{r.choice(a)} {r.randint(0, 9)}{r.choice(a)}{r.randint(0, 9)}"
        return f"{area}{r.randint(0, 9999):04d}"

    def address_line(self) -> str:
        return f"{self.p.street}, {self.p.city} {self.p.postcode}"

    # dates
    def dob(self, style: str = "iso") -> str:
        d = self.p.dob
        return {
            "iso": d.isoformat(),
            "uk": d.strftime("%d/%m/%Y"),
            "in": d.strftime("%d-%m-%Y"),
            "net": d.strftime("%Y-%m-%dT00:00:00"),
            "compact": d.strftime("%Y%m%d"),
        }[style]

    def future(self) -> str:
        r = self.r
        hour = self.pick(["08", "09", "10", "11", "13", "14", "15", "17"])
        minute = self.pick(["00", "15", "30", "45"])
        return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{hour}:{minute}:00"

    def day(self) -> str:
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    # ids that are personal
    def nhs(self, spaced: bool | None = None) -> str:
        while True:
            body = [self.r.randint(4, 7)] + [self.r.randint(0, 9) for _ in range(8)]
            check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
            if check == 10:
                continue
            s = "".join(map(str, body)) + str(0 if check == 11 else check)
            spaced = self.r.random() < 0.5 if spaced is None else spaced
            return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s

    def aadhaar(self) -> str:
        digits = [self.r.randint(2, 9)] + [self.r.randint(0, 9) for _ in range(10)]
        c = 0
        for i, d in enumerate(reversed(digits)):
            c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][d]]
        s = "".join(map(str, digits)) + str(VERHOEFF_INV[c])
        return self.pick([s, f"{s[:4]} {s[4:8]} {s[8:]}"])

    def ohip(self) -> str:
        s = self.luhn_complete(
            str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        )
        vc = "".join(self.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
        return self.pick([f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}", f"{s} {vc}", s])

    def ramq(self) -> str:
        p = self.p
        last = ascii_fold(p.last).upper().replace(" ", "").replace("'", "")
        month = p.dob.month + (50 if p.sex == "F" else 0)
        initial = ascii_fold(p.first)[0].upper()
        seq = self.r.randint(10, 99)
        return f"{(last + 'XXX')[:3]}{initial} {p.dob.year % 100:02d}{month:02d} {p.dob.day:02d}{seq}"

    def sin(self) -> str:
        s = self.luhn_complete(
            str(self.pick([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        )
        return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])

    def nino(self) -> str:
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.r.choice(first) + self.r.choice(second)
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = f"{self.r.randint(0, 999999):06d}"
        suffix = self.r.choice("ABCD")
        return self.pick([f"{pre}{d}{suffix}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])

    def abha(self) -> str:
        d = "".join(str(self.r.randint(0, 9)) for _ in range(12))
        return f"91-{d[:4]}-{d[4:8]}-{d[8:]}"

    def abha_address(self) -> str:
        return (
            ascii_fold(f"{self.p.first}.{self.p.last}").lower().replace(" ", "")
            + str(self.r.randint(1, 99))
            + "@abdm"
        )

    def pan(self) -> str:
        up = string.ascii_uppercase
        return (
            "".join(self.r.choice(up) for _ in range(3))
            + "P"
            + ascii_fold(self.p.last)[0].upper()
            + f"{self.r.randint(0, 9999):04d}"
            + self.r.choice(up)
        )

    def passport(self, region: str) -> str:
        r = self.r
        if region == "uk":
            return f"{r.randint(100000000, 999999999)}"
        if region == "ca":
            up = string.ascii_uppercase
            return f"{r.choice(up)}{r.choice(up)}{r.randint(100000, 999999)}"
        return f"{r.choice('JKLMNPRSTUVWZ')}{r.randint(1000000, 9999999)}"

    def plate(self) -> str:
        r, up = self.r, "ABCDEFGHJKLMNPRSTVWXYZ"
        reg = self.p.region
        if reg == "uk":
            return (
                f"{r.choice(up)}{r.choice(up)}{r.randint(10, 74)} {r.choice(up)}{r.choice(up)}{r.choice(up)}"
            )
        if reg == "ca":
            return self.pick(
                [
                    f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{r.choice(up)} {r.randint(100, 999)}",
                    f"{r.choice(up)}{r.choice(up)}{r.choice(up)} {r.randint(100, 999)}",
                ]
            )
        state = self.pick(["KA", "MH", "TN", "DL", "KL"])
        return f"{state} {r.randint(1, 52):02d} {r.choice(up)}{r.choice(up)} {r.randint(1000, 9999)}"

    def upi(self) -> str:
        base = self.pick(
            [
                ascii_fold(self.p.first).lower() + "." + ascii_fold(self.p.last).lower(),
                self.phone_for("in")[-10:],
                ascii_fold(self.p.first).lower() + str(self.r.randint(1, 99)),
            ]
        )
        return f"{base}@{self.pick(['okhdfcbank', 'ybl', 'paytm', 'oksbi', 'okicici', 'axl'])}"

    def staff_email(self, who: Person) -> str:
        return (
            ascii_fold(f"{who.first}.{who.last}").lower().replace(" ", "").replace("'", "")
            + "@lifelineregistry.org"
        )

    # ids that are not personal
    def din(self) -> str:
        facility = self.pick(["G0814", "G0823", "C0402", "W1101"])
        return f"{facility} 24 {self.r.randint(100000, 999999)} {self.r.choice('ABCDEFGHJ')}"

    def donor_no(self) -> str:
        return self.pick(["D", "LF", ""]) + str(self.r.randint(10000000, 99999999))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pm(self) -> str:
        return "pm_1" + self.alnum(23)

    def fcm(self) -> str:
        return self.alnum(22) + ":APA91b" + self.alnum(134, string.ascii_letters + string.digits + "-_")

    def gclid(self) -> str:
        return "Cj0KCQjw" + self.alnum(80, string.ascii_letters + string.digits + "_-") + "BwE"

    def fbclid(self) -> str:
        return "IwAR" + self.alnum(57, string.ascii_letters + string.digits + "_-")

    def fbp(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def voucher(self) -> str:
        a = string.ascii_uppercase + "23456789"
        return "-".join(self.alnum(4, a) for _ in range(4))

    def otp(self) -> str:
        return f"{self.r.randint(0, 999999):06d}"

    def sha256(self, s: str) -> str:
        return hashlib.sha256(s.strip().lower().encode()).hexdigest()

    def bp(self) -> str:
        return f"{self.r.randint(100, 160)}/{self.r.randint(60, 99)}"


def region_of(f: Donors) -> str:
    return f.p.region


def centre(f: Donors):
    return f.centre


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: Donors):
    reg = f.p.region
    path = f.pick(["/", "/book", "/eligibility", "/find-a-centre", "/my-account", "/organ-donation", "/shop"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://www.bing.com/", "https://t.co/"])
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?ref=app_banner"])),
            "title": G(
                lambda f: f.pick(["Give blood | Lifeline", "Book an appointment | Lifeline", "My account"])
            ),
            "url": G(lambda f: f"https://{HOST[reg]}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[reg])),
        "timezone": G(lambda f: f.pick(TZ[reg])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["missing_type", "o_neg_appeal", "winter_stocks", "plasma_launch"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "paid_social"])),
            "term": G(lambda f: f.pick(["give blood near me", "blood donation", "plasma donation"])),
            "content": G(lambda f: f.pick(["hero_video", "carousel_2", "text_link"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def app_block(f: Donors, ios: bool):
    return {
        "name": G(lambda f: "Lifeline"),
        "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
        "build": G(lambda f: f.pick(["6400", "6402", "6500"]) if ios else f.pick(["640012", "650003"])),
        "namespace": G(lambda f: "org.lifelineregistry.donor" if ios else "org.lifelineregistry.android"),
    }


def swift_context(f: Donors):
    reg = f.p.region
    return {
        "app": app_block(f, True),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,4", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[reg])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844), "density": G(lambda f: 3)},
        "timezone": G(lambda f: f.pick(TZ[reg])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "donorNumber": G(lambda f: f.donor_number),
        },
    }


def kotlin_context(f: Donors):
    reg = f.p.region
    return {
        "app": app_block(f, False),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Pixel 8", "CPH2581", "23049PCD8I"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "OP5929L1", "marble"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[reg])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "uk": ["EE", "Vodafone UK", "O2 - UK"],
                        "ca": ["Rogers", "Bell", "Vidéotron"],
                        "in": ["Jio 4G", "Airtel", "Vi India"],
                    }[reg]
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TZ[reg])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: f.p.lat, "geolocation"),
            "longitude": Y(lambda f: f.p.lon, "geolocation"),
            "city": Y(lambda f: f.p.city, "city"),
            "country": G(lambda f: COUNTRY[reg]),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), "phone": Y(lambda f: f.p.phone, "phone")},
    }


def rn_context(f: Donors):
    reg = f.p.region
    ios = f.r.random() < 0.5
    return {
        "app": app_block(f, ios),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else "samsung"),
            "model": G(
                lambda f: f.pick(["iPhone12,1", "iPhone16,2"]) if ios else f.pick(["SM-G991B", "SM-M336BU"])
            ),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[reg])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: "17.4" if ios else "14"),
        },
        "screen": {"width": G(lambda f: 393 if ios else 412), "height": G(lambda f: 852 if ios else 915)},
        "timezone": G(lambda f: f.pick(TZ[reg])),
        "traits": {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "bloodGroup": RED(lambda f: f.pick(BLOOD), "health"),
        },
    }


def flutter_context(f: Donors):
    reg = f.p.region
    return {
        "app": {
            "name": G(lambda f: "Lifeline"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0"])),
            "build": G(lambda f: f.pick(["88", "91"])),
            "namespace": G(lambda f: "org.lifelineregistry.flutter"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A156E", "Redmi Note 13"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.5")},
        "locale": G(lambda f: f.pick(LOCALES[reg])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: 360), "height": G(lambda f: 800)},
        "timezone": G(lambda f: f.pick(TZ[reg])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
    "etl": ("analytics-python", ["2.3.3"]),
}


def server_context(f: Donors, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "dotnet"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib in ("node", "python"):
        ctx["locale"] = G(lambda f: f.pick(LOCALES[f.p.region]))
    if lib == "java":
        ctx["groupId"] = G(lambda f: f.pick(["LDS01", "TOR-COL", "BLR-RTB", "MTL-GLB", "CDF01"]))
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.p.email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "ruby":
        ctx["traits"] = {"email": Y(lambda f: f.p.email, "email")}
    return ctx


def context_for(f: Donors, client: str):
    if client == "web":
        return web_context(f)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- reusable bodies --------------------------------------------------------------------------------


def shop_product():
    return {
        "product_id": G(lambda f: str(f.r.randint(1000, 9999))),
        "sku": G(
            lambda f: f.pick(["LL-TEE-RED-M", "LL-MUG-01", "LL-PIN-DROP", "LL-HOOD-NVY-L", "LL-BOTTLE-750"])
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Lifeline Red Drop T-shirt",
                    "Donor Mug",
                    "100 Donations Pin",
                    "Navy Hoodie",
                    "Reusable Water Bottle",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Apparel", "Accessories", "Gifts"])),
        "brand": G(lambda f: "Lifeline Shop"),
        "variant": G(lambda f: f.pick(["M", "L", "Navy", "One size"])),
        "price": G(lambda f: f.money(4, 40)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def centre_obj():
    return {
        "id": G(lambda f: centre(f)[0]),
        "name": G(lambda f: centre(f)[1]),
        "address": G(lambda f: centre(f)[2]),
        "city": G(lambda f: centre(f)[3]),
        "postcode": G(lambda f: centre(f)[4]),
        "phone": G(lambda f: centre(f)[5]),
    }


def answer_text(f: Donors) -> str:
    return f.pick(["yes", "no", "no", "not_sure"])


def chat_text(f: Donors) -> str:
    p = f.p
    return f.pick(
        [
            f"Hi, my name is {p.full} and I can't see my last donation",
            f"Please update my mobile to {f.phone_for(p.region)}",
            f"I changed my email, new one is {p.email}",
            f"This is {p.full}, I need to move my appointment",
            f"Can someone call me back on {p.phone}? Thanks",
        ]
    )


def sms_body(f: Donors) -> str:
    c = centre(f)
    return f.pick(
        [
            f"Hi {f.p.first}, your appointment at {c[1]} is confirmed for {f.future()[:10]}. "
            "Reply STOP to opt out",
            f"{f.p.first}, thank you for donating today! Your next donation date is {f.future()[:10]}.",
            f"Reminder {f.p.first}: please drink plenty of water before your donation tomorrow at {c[1]}.",
        ]
    )


def nok_note(f: Donors) -> str:
    n = f.phone_for(f.p.region)
    return f.pick(
        [
            f"Works nights, best on {n}",
            f"Call {n} after 6pm",
            f"Mobile {n}, lives nearby",
            f"Sister, use {n} if no answer at home",
        ]
    )


def lookup_q(f: Donors) -> str:
    return f.pick([f.p.full, f.nhs(), f.p.phone, f.p.last + ", " + f.p.first])


def addr_input(f: Donors) -> str:
    return f.pick([f.p.street, f"{f.p.street}, {f.p.city}", f.p.street + " " + f.p.postcode])


# -- events: (kind, event or name, client, region, weight, body) ---------------------------------------

EVENTS = [
    # -- identify -------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        "*",
        3,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "sex": Y(lambda f: f.p.sex, "sex"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "ethnicity": Y(
                lambda f: f.pick(
                    [
                        "Black African",
                        "White British",
                        "Indian",
                        "Mixed - White and Black Caribbean",
                        "Chinese",
                        "Pakistani",
                        "South Asian",
                        "First Nations",
                    ]
                ),
                "ethnicity",
            ),
            "address": {
                "street": Y(lambda f: f.p.street, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
                "state": G(lambda f: f.p.province),
                "country": G(lambda f: COUNTRY[f.p.region]),
            },
            "bloodGroup": RED(lambda f: f.pick(BLOOD), "health"),
            "donorNumber": G(lambda f: f.donor_number),
            "createdAt": G(lambda f: f.iso()),
            "preferredCentre": G(lambda f: centre(f)[1]),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "donationCount": G(lambda f: f.r.randint(0, 120)),
            "lastDonationAt": G(lambda f: f.iso()),
            "isOrganDonor": G(lambda f: f.pick([True, False])),
            "hasNextOfKin": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: 2024 - f.p.dob.year),
        },
    ),
    (
        "identify",
        None,
        "swift",
        "*",
        2,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "bloodType": RED(lambda f: f.pick(BLOOD_LONG), "health"),
            "donorNumber": G(lambda f: f.donor_number),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "ageBand": G(lambda f: f.pick(["17-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "plan": G(lambda f: f.pick(["whole_blood", "plasma", "platelets"])),
        },
    ),
    (
        "identify",
        None,
        "etl",
        "uk",
        2,
        {
            "DONOR_ID": G(lambda f: str(f.r.randint(10**7, 10**8))),
            "FIRST_NAME": Y(lambda f: f.p.first.upper(), "name"),
            "LAST_NAME": Y(lambda f: f.p.last.upper(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.p.email, "email"),
            "MOBILE_NUMBER": Y(lambda f: f.p.phone, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "POSTCODE": Y(lambda f: f.p.postcode, "zipcode"),
            "ABO_RH": RED(
                lambda f: f.pick(["O POS", "O NEG", "A POS", "A NEG", "B POS", "AB POS"]), "health"
            ),
            "NHS_NUMBER": RED(lambda f: f.nhs(False), "health id"),
            "HB_LAST_G_L": RED(lambda f: f.r.randint(118, 172), "health"),
            "TOTAL_DONATIONS": G(lambda f: f.r.randint(1, 140)),
            "LAST_DONATION_DATE": G(lambda f: f.day()),
            "DONOR_STATUS": G(lambda f: f.pick(["ACTIVE", "LAPSED", "NEW", "RETIRED"])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "SEGMENT_NAME": G(lambda f: f.pick(["lapsed_12m", "o_neg_active", "new_donor_90d"])),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        "in",
        2,
        {
            "fullName": Y(lambda f: f.p.full, "name"),
            "mobile": Y(lambda f: f.p.phone, "phone"),
            "email": Y(lambda f: f.p.email, "email"),
            "city": Y(lambda f: f.p.city, "city"),
            "pincode": Y(lambda f: f.p.postcode, "zipcode"),
            "state": G(lambda f: f.p.province),
            "bloodGroup": RED(lambda f: f.pick(BLOOD), "health"),
            "aadhaarLast4": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "national id"),
            "abhaAddress": RED(lambda f: f.abha_address(), "health id"),
            "abhaLinked": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["hi", "ta", "kn", "bn", "en"])),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "whatsappOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        "ca",
        2,
        {
            "FirstName": Y(lambda f: f.p.first, "name"),
            "LastName": Y(lambda f: f.p.last, "name"),
            "Email": Y(lambda f: f.p.email, "email"),
            "PhoneNumber": Y(lambda f: f.p.phone, "phone"),
            "DateOfBirth": Y(lambda f: f.dob("net"), "birthdate"),
            "PostalCode": Y(lambda f: f.p.postcode, "zipcode"),
            "Province": G(lambda f: f.p.province),
            "HealthCardNumber": RED(lambda f: f.ohip(), "health id"),
            "PreferredLanguage": G(lambda f: f.pick(["en", "fr"])),
            "DonorId": G(lambda f: str(f.r.randint(100000, 999999))),
            "ConsentToContact": G(lambda f: f.pick([True, False])),
            "CreatedUtc": G(lambda f: f.iso()),
            "MaritalStatus": G(lambda f: f.pick(["single", "married", "common_law", "widowed"])),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        "ca",
        2,
        {
            "prenom": Y(lambda f: f.p.first, "name"),
            "nom": Y(lambda f: f.p.last, "name"),
            "courriel": Y(lambda f: f.p.email, "email"),
            "telephone": Y(lambda f: f.p.phone, "phone"),
            "date_naissance": Y(lambda f: f.dob(), "birthdate"),
            "code_postal": Y(lambda f: f.p.postcode, "zipcode"),
            "ville": Y(lambda f: f.p.city, "city"),
            "groupe_sanguin": RED(lambda f: f.pick(BLOOD), "health"),
            "numero_assurance_maladie": RED(lambda f: f.ramq(), "health id"),
            "langue": G(lambda f: f.pick(["fr", "en"])),
            "donneur_id": G(lambda f: str(f.r.randint(10**6, 10**7))),
            "nombre_dons": G(lambda f: f.r.randint(0, 80)),
        },
    ),
    (
        "identify",
        None,
        "php",
        "in",
        1,
        {
            "naam": Y(lambda f: f.p.full, "name"),
            "pita_ka_naam": Y(
                lambda f: f.pick([n for n, sex in FIRST["in"] if sex == "M"]) + " " + f.p.last, "name"
            ),
            "mobile_sankhya": Y(lambda f: f.p.phone, "phone"),
            "janm_tithi": Y(lambda f: f.dob("in"), "birthdate"),
            "pata": Y(lambda f: f.p.street, "address"),
            "jila": Y(lambda f: f.p.city, "city"),
            "rajya": G(lambda f: f.p.province),
            "pin_code": Y(lambda f: f.p.postcode, "zipcode"),
            "rakt_samooh": RED(lambda f: f.pick(BLOOD), "health"),
            "ling": Y(lambda f: f.pick(["purush", "mahila"]), "gender|sex"),
            "umar": G(lambda f: 2024 - f.p.dob.year),
        },
    ),
    (
        "identify",
        None,
        "java",
        "*",
        1,
        {
            "email": Y(lambda f: f.staff_email(f.p), "email"),
            "fullName": Y(lambda f: f.p.full, "name"),
            "role": G(
                lambda f: f.pick(["phlebotomist", "donor_carer", "nurse", "session_lead", "coordinator"])
            ),
            "jobTitle": G(
                lambda f: f.pick(
                    ["Registered Nurse", "Donor Carer", "Session Lead", "Specialist Nurse - Organ Donation"]
                )
            ),
            "employer": G(lambda f: "Lifeline Registry"),
            "centreId": G(lambda f: centre(f)[0]),
            "nmcPin": Y(
                lambda f: (
                    f"{f.r.randint(10, 99)}{f.r.choice('ABCDEFGHIJKLMNOPQRSTUVWXY')}{f.r.randint(1000, 9999)}"
                    f"{f.r.choice('ABCDEOS')}"
                ),
                "license|identification",
            ),
            "hourlyRate": Y(lambda f: f.money(14, 38), "salary"),
            "shiftPattern": G(lambda f: f.pick(["early", "late", "rotating"])),
            "isStaff": G(lambda f: True),
        },
    ),
    # -- group / alias ------------------------------------------------------------------------
    (
        "group",
        None,
        "java",
        "*",
        1,
        {
            "name": G(lambda f: centre(f)[1]),
            "centreCode": G(lambda f: centre(f)[0]),
            "region": G(lambda f: f.p.province),
            "chairs": G(lambda f: f.r.randint(6, 30)),
            "mainPhone": G(lambda f: centre(f)[5]),
            "supportEmail": G(
                lambda f: f.pick(["donor.care@lifelineregistry.org", "no-reply@lifelineregistry.org"])
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, "web", "*", 1, {}),
    # -- sign up / auth -------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        "web",
        "*",
        2,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "email": Y(lambda f: f.p.email, "email"),
            "referral_code": G(lambda f: "REF" + f.alnum(6, string.ascii_uppercase + string.digits)),
            "referrer_donor_id": G(lambda f: f.donor_no()),
            "consent_version": G(lambda f: f.pick(["2024-03", "2024-09"])),
            "age": G(lambda f: 2024 - f.p.dob.year),
            "has_accepted_terms": G(lambda f: True),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "Account Form Submitted",
        "web",
        "*",
        1,
        {
            "form_id": G(lambda f: "signup-v3"),
            "formData": {
                "email": Y(lambda f: f.p.email, "email"),
                "password": RED(
                    lambda f: f.pick(
                        [
                            "Summer2024!",
                            "donate4life",
                            "Lifeline#" + f.digits(3),
                            f.p.first.lower() + f.digits(4),
                            f.alnum(12),
                        ]
                    ),
                    "password",
                ),
                "confirmPassword": RED(lambda f: f.alnum(10), "password"),
                "postcode": Y(lambda f: f.p.postcode, "zipcode"),
            },
            "duration_ms": G(lambda f: f.r.randint(8000, 140000)),
        },
    ),
    (
        "track",
        "Sign In Link Requested",
        "node",
        "*",
        2,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "magicLinkToken": RED(
                lambda f: f.alnum(43, string.ascii_letters + string.digits + "-_"), "token"
            ),
            "expiresAt": G(lambda f: f.iso()),
            "requestIp": Y(lambda f: f.ipv4(), "ip"),
            "redirectPath": G(lambda f: f.pick(["/my-account", "/book", "/rewards"])),
        },
    ),
    (
        "track",
        "OTP Sent",
        "python",
        "in",
        2,
        {
            "mobile": Y(lambda f: f.p.phone, "phone"),
            "otp": RED(lambda f: f.otp(), "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["MSG91", "Gupshup"])),
            "dlt_template_id": G(lambda f: "1107" + f.digits(15)),
            "otp_length": G(lambda f: 6),
        },
    ),
    (
        "track",
        "Contact Detail Updated",
        "swift",
        "*",
        2,
        {
            "change": {
                "field": G(lambda f: f.pick(["email", "mobile"])),
                "value": Y(lambda f: f.pick([f.p.email, f.p.phone]), "email|phone", True),
            },
            "verified": G(lambda f: f.pick([True, False])),
            "source_screen": G(lambda f: "ProfileEdit"),
        },
    ),
    (
        "track",
        "Address Autocomplete Requested",
        "web",
        "*",
        1,
        {
            "input": Y(addr_input, "address|street", True),
            "sessionToken": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["google_places", "loqate", "canada_post"])),
            "suggestionsReturned": G(lambda f: f.r.randint(0, 5)),
            "addressLookupUsed": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- eligibility ----------------------------------------------------------------------------
    (
        "track",
        "Eligibility Question Answered",
        "rn",
        "*",
        3,
        {
            "questionId": G(
                lambda f: f.pick(
                    [
                        "Q03_TRAVEL",
                        "Q07_MEDS",
                        "Q11_NEW_PARTNER",
                        "Q14_TATTOO",
                        "Q18_PREGNANT",
                        "Q21_SURGERY",
                        "Q25_PREP_PEP",
                    ]
                )
            ),
            "questionText": G(
                lambda f: f.pick(
                    [
                        "In the past 12 months have you travelled outside the country?",
                        "Are you currently taking any medication?",
                        "In the past 3 months have you had sex with a new partner?",
                        "In the past 4 months have you had a tattoo, piercing or semi-permanent make-up?",
                        "Are you pregnant or have you been pregnant in the last 6 months?",
                    ]
                )
            ),
            "answer": Y(answer_text, "condition"),
            "section": G(lambda f: f.pick(["travel", "health", "lifestyle"])),
            "step": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Eligibility Questionnaire Submitted",
        "web",
        "*",
        3,
        {
            "questionnaireId": G(lambda f: f.uuid()),
            "version": G(lambda f: f.pick(["DHQ-2024.2", "DHQ-2024.3"])),
            "durationSec": G(lambda f: f.r.randint(120, 1400)),
            "answers": {
                "travelledOutsideCountryLast12Months": G(lambda f: f.pick([True, False])),
                "travelCountries": Many(
                    G(
                        lambda f: f.pick(
                            ["Kenya", "India", "Brazil", "Thailand", "Spain", "Ghana", "Mexico", "Pakistan"]
                        )
                    ),
                    3,
                ),
                "malariaAreaVisited": G(lambda f: f.pick([True, False])),
                "tattooOrPiercingLast4Months": G(lambda f: f.pick([True, False])),
                "currentlyTakingMedication": Y(lambda f: f.pick([True, False]), "medication"),
                "medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
                "onAntibiotics": Y(lambda f: f.pick([True, False]), "medication"),
                "newSexualPartnerLast3Months": Y(
                    lambda f: f.pick([True, False]), "sex life|sexual orientation"
                ),
                "analSexWithNewPartnerLast3Months": Y(
                    lambda f: f.pick([True, False]), "sex life|sexual orientation"
                ),
                "takenPrepOrPep": Y(lambda f: f.pick([True, False]), "medication"),
                "partnerHivPositive": Y(lambda f: f.pick([True, False]), "condition|diagnosis"),
                "pregnantOrRecentlyPregnant": Y(lambda f: f.pick([True, False]), "condition"),
                "everHadCancer": Y(lambda f: f.pick([True, False]), "condition"),
                "receivedTransfusionSince1980": Y(lambda f: f.pick([True, False]), "procedure"),
                "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 2),
                "weightKg": RED(lambda f: f.r.randint(50, 118), "health"),
            },
            "eligibilityStatus": G(lambda f: f.pick(["eligible", "deferred", "pending_review"])),
            "deferralReason": Y(lambda f: f.pick(DEFERRALS), "condition"),
            "deferralUntil": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Questionnaire de qualification soumis",
        "flutter",
        "ca",
        1,
        {
            "questionnaire_id": G(lambda f: f.uuid()),
            "voyage_hors_canada": G(lambda f: f.pick([True, False])),
            "pays_visites": Many(G(lambda f: f.pick(["Mexique", "France", "Haïti", "Cuba", "Maroc"])), 2),
            "tatouage_recent": G(lambda f: f.pick([True, False])),
            "prend_medicaments": Y(lambda f: f.pick([True, False]), "medication"),
            "medicaments": Many(
                Y(
                    lambda f: f.pick(["isotrétinoïne", "finastéride", "warfarine", "amoxicilline"]),
                    "medication",
                ),
                2,
            ),
            "grossesse": Y(lambda f: f.pick([True, False]), "condition"),
            "nouveau_partenaire_sexuel": Y(lambda f: f.pick([True, False]), "sex life|sexual orientation"),
            "admissible": G(lambda f: f.pick([True, False])),
            "duree_secondes": G(lambda f: f.r.randint(100, 1200)),
        },
    ),
    # -- at the chair ---------------------------------------------------------------------------
    (
        "track",
        "Haemoglobin Check Completed",
        "kotlin",
        "*",
        3,
        {
            "donorId": G(lambda f: f.donor_no()),
            "centreId": G(lambda f: centre(f)[0]),
            "method": G(lambda f: f.pick(["HemoCue 301", "copper_sulphate", "venous_sample"])),
            "hbGdl": RED(lambda f: round(f.r.uniform(11.0, 17.5), 1), "health"),
            "hbCheckPassed": RED(lambda f: f.pick([True, True, False]), "health"),
            "pulseBpm": RED(lambda f: f.r.randint(52, 104), "health"),
            "bloodPressure": RED(lambda f: f.bp(), "health"),
            "temperatureC": RED(lambda f: round(f.r.uniform(36.0, 37.8), 1), "health"),
            "nurseName": Y(lambda f: f.other().full, "name"),
            "nurseId": G(lambda f: "STF" + f.digits(5)),
        },
    ),
    (
        "track",
        "Donation Completed",
        "java",
        "*",
        3,
        {
            "donationId": G(lambda f: f.uuid()),
            "donationNumber": G(lambda f: f.din()),
            "donorId": G(lambda f: f.donor_no()),
            "centre": {
                "id": G(lambda f: centre(f)[0]),
                "name": G(lambda f: centre(f)[1]),
                "city": G(lambda f: centre(f)[3]),
            },
            "donationType": G(lambda f: f.pick(["whole_blood", "platelets", "plasma"])),
            "volumeMl": G(lambda f: f.pick([470, 475, 450, 350])),
            "durationMin": G(lambda f: f.r.randint(6, 16)),
            "bagLotNumber": G(lambda f: "LOT" + f.digits(7)),
            "adverseReaction": Y(
                lambda f: f.pick(["none", "vasovagal_faint", "bruise", "nerve_irritation", "none"]),
                "condition",
            ),
            "phlebotomistName": Y(lambda f: f.other().full, "name"),
            "phlebotomistId": G(lambda f: "STF" + f.digits(5)),
            "pointsEarned": G(lambda f: f.pick([50, 100, 150])),
            "nextEligibleDate": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Plasma Collection Completed",
        "node",
        "ca",
        2,
        {
            "donor-id": G(lambda f: str(f.r.randint(10**6, 10**7))),
            "collection-id": G(lambda f: f.uuid()),
            "collection-volume-ml": G(lambda f: f.pick([690, 740, 800, 880])),
            "total-protein-g-dl": RED(lambda f: round(f.r.uniform(6.0, 8.4), 1), "health"),
            "donor-weight-kg": RED(lambda f: f.r.randint(50, 125), "health"),
            "machine-serial": G(lambda f: "NX" + f.digits(8)),
            "compensation-amount": G(lambda f: f.pick([30.0, 40.0, 50.0, 70.0])),
            "site-code": G(lambda f: f.pick(["CGY-PLS", "SSK-01", "MON-02"])),
            "operator-name": Y(lambda f: f.other().full, "name"),
        },
    ),
    (
        "track",
        "DonationRecorded",
        "dotnet",
        "ca",
        1,
        {
            "DonationNumber": G(lambda f: f.din()),
            "DonorId": G(lambda f: str(f.r.randint(100000, 999999))),
            "CollectionSite": G(lambda f: centre(f)[1]),
            "CollectedUtc": G(lambda f: f.iso()),
            "VolumeMl": G(lambda f: f.pick([450, 500])),
            "ComponentType": G(lambda f: f.pick(["WholeBlood", "Plasma", "Platelets"])),
            "TechnicianName": Y(lambda f: f.other().full, "name"),
            "TechnicianId": G(lambda f: f.digits(6)),
            "HemoglobinGdl": RED(lambda f: round(f.r.uniform(12.0, 17.0), 1), "health"),
            "CmvStatus": Y(lambda f: f.pick(["negative", "positive"]), "diagnosis"),
        },
    ),
    (
        "track",
        "Mobile Session Parking Registered",
        "swift",
        "uk",
        1,
        {
            "sessionVenue": G(
                lambda f: f.pick(["St Mary's Church Hall", "Leeds Town Hall", "Cardiff City Stadium"])
            ),
            "vehiclePlate": Y(lambda f: f.plate(), "license"),
            "parkingMinutes": G(lambda f: f.pick([60, 90, 120])),
            "permitId": G(lambda f: f.digits(8)),
        },
    ),
    # -- centres and appointments ---------------------------------------------------------------
    (
        "track",
        "Donation Centre Searched",
        "web",
        "*",
        2,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "Leeds",
                        "Toronto",
                        "Bengaluru",
                        "Cardiff",
                        "Montreal",
                        "plasma",
                        "Indiranagar",
                        "west end",
                    ]
                )
            ),
            "resultsCount": G(lambda f: f.r.randint(0, 14)),
            "radiusKm": G(lambda f: f.pick([5, 10, 25, 50])),
            "donationTypeFilter": G(lambda f: f.pick(["any", "plasma", "platelets"])),
            "userLat": Y(lambda f: round(f.p.lat, 5), "geolocation"),
            "userLng": Y(lambda f: round(f.p.lon, 5), "geolocation"),
        },
    ),
    (
        "track",
        "Nearby Centres Loaded",
        "kotlin",
        "*",
        1,
        {
            "lat": Y(lambda f: f.p.lat, "geolocation"),
            "lng": Y(lambda f: f.p.lon, "geolocation"),
            "accuracyM": G(lambda f: f.r.randint(5, 200)),
            "centresFound": G(lambda f: f.r.randint(0, 9)),
            "nearestCentreKm": G(lambda f: f.money(0, 40)),
        },
    ),
    (
        "track",
        "Appointment Slot Viewed",
        "swift",
        "*",
        2,
        {
            "centreId": G(lambda f: centre(f)[0]),
            "centreName": G(lambda f: centre(f)[1]),
            "slotStart": G(lambda f: f.future()),
            "donationType": G(lambda f: f.pick(["whole_blood", "plasma", "platelets"])),
            "slotsAvailable": G(lambda f: f.r.randint(0, 24)),
        },
    ),
    (
        "track",
        "Appointment Booked",
        "rn",
        "*",
        3,
        {
            "appointmentId": G(lambda f: f.uuid()),
            "centre": centre_obj(),
            "startsAt": G(lambda f: f.future()),
            "donationType": G(lambda f: f.pick(["whole_blood", "plasma", "platelets"])),
            "bookingChannel": G(lambda f: f.pick(["app", "web", "call_centre"])),
            "remindersEnabled": G(lambda f: f.pick([True, False])),
            "reminderPhone": Y(lambda f: f.p.phone, "phone"),
            "reminderEmail": Y(lambda f: f.p.email, "email"),
            "calendarAdded": G(lambda f: f.pick([True, False])),
            "accessibilityNeeds": RED(
                lambda f: f.pick(
                    [
                        "wheelchair_access",
                        "bsl_interpreter",
                        "hearing_loop",
                        "visual_impairment_support",
                        "none",
                    ]
                ),
                "disability",
            ),
            "bringingChildren": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        "python",
        "*",
        1,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "reason_code": G(lambda f: f.pick(["CANNOT_ATTEND", "TOO_FAR", "BOOKED_ELSEWHERE", "OTHER"])),
            "cancel_comment": G(
                lambda f: f.pick(
                    [
                        "Can't get time off work",
                        "Centre too far from new job",
                        "Will rebook next month",
                        "Car is in the garage",
                        "",
                    ]
                )
            ),
            "hours_before_start": G(lambda f: f.r.randint(1, 300)),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        "go",
        "*",
        2,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "to": Y(lambda f: f.p.phone, "phone", True),
            "from": G(lambda f: f.pick(["LIFELINE", "+447380300123", "+16475550100", "LFLINE"])),
            "template_name": G(lambda f: f.pick(["reminder_48h", "reminder_24h", "hydrate_reminder"])),
            "provider": G(lambda f: "twilio"),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered"])),
            "segments": G(lambda f: f.pick([1, 2])),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        "go",
        "*",
        1,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+447380300123", "+16475550100", "+18445550199"])),
            "To": Y(lambda f: f.p.phone, "phone", True),
            "MessageStatus": G(lambda f: f.pick(["delivered", "undelivered", "sent", "failed"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
            "Body": Y(sms_body, "name", True),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Appointment Checked In",
        "kotlin",
        "*",
        2,
        {
            "appointmentId": G(lambda f: f.uuid()),
            "checkInMethod": G(lambda f: f.pick(["qr", "manual", "kiosk"])),
            "kioskId": G(lambda f: "KIOSK-" + f.digits(3)),
            "waitMinutes": G(lambda f: f.r.randint(0, 70)),
            "identityCheck": G(lambda f: f.pick(["dob_and_postcode", "donor_card", "photo_id"])),
        },
    ),
    (
        "track",
        "Rendez-vous réservé",
        "flutter",
        "ca",
        1,
        {
            "rendez_vous_id": G(lambda f: f.uuid()),
            "site_collecte": G(
                lambda f: f.pick(
                    ["Centre Globule Versailles", "Centre Globule Laval", "Collecte mobile Sherbrooke"]
                )
            ),
            "date_heure": G(lambda f: f.future()),
            "type_don": G(lambda f: f.pick(["sang_total", "plasma", "plaquettes"])),
            "courriel_rappel": Y(lambda f: f.p.email, "email"),
            "telephone_rappel": Y(lambda f: f.p.phone, "phone"),
            "premiere_fois": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Cofrestru Rhoddwr",
        "php",
        "uk",
        1,
        {
            "enw_cyntaf": Y(lambda f: f.p.first, "name"),
            "cyfenw": Y(lambda f: f.p.last, "name"),
            "cyfeiriad_ebost": Y(lambda f: f.p.email, "email"),
            "rhif_ffon": Y(lambda f: f.p.phone, "phone"),
            "cod_post": Y(lambda f: f.p.postcode, "zipcode"),
            "dyddiad_geni": Y(lambda f: f.dob("uk"), "birthdate"),
            "iaith_dewisol": G(lambda f: f.pick(["cy", "en"])),
            "canolfan": G(lambda f: f.pick(["Talbot Green", "Wrecsam", "Abertawe"])),
        },
    ),
    # -- history, rewards, shop -----------------------------------------------------------------
    (
        "screen",
        "Donation History",
        "flutter",
        "*",
        2,
        {
            "totalDonations": G(lambda f: f.r.randint(0, 120)),
            "livesSaved": G(lambda f: f.r.randint(0, 360)),
            "filter": G(lambda f: f.pick(["all", "plasma", "whole_blood"])),
        },
    ),
    (
        "screen",
        "Donor Card",
        "kotlin",
        "*",
        1,
        {
            "donorNumber": G(lambda f: f.donor_number),
            "cardHolderName": Y(lambda f: f.p.full, "name"),
            "bloodGroupShown": G(lambda f: f.pick([True, False])),
            "walletPassAdded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        "Eligibility Checker",
        "web",
        "*",
        2,
        {
            "path": G(lambda f: "/eligibility"),
            "url": G(lambda f: f"https://{HOST[f.p.region]}/eligibility"),
            "title": G(lambda f: "Can I give blood? | Lifeline"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", ""])),
            "search": G(lambda f: f.pick(["", "?src=app"])),
            "category": G(lambda f: "eligibility"),
        },
    ),
    (
        "track",
        "Reward Redeemed",
        "swift",
        "*",
        2,
        {
            "rewardId": G(lambda f: "RW" + f.digits(5)),
            "rewardName": G(
                lambda f: f.pick(
                    ["Costa Coffee £5", "Tim Hortons $10 card", "Amazon.in ₹250 voucher", "Cinema ticket"]
                )
            ),
            "partner": G(lambda f: f.pick(["Costa", "Tim Hortons", "Amazon", "Cineworld"])),
            "pointsSpent": G(lambda f: f.pick([250, 500, 750])),
            "voucherCode": RED(lambda f: f.voucher(), "token"),
            "deliveryEmail": Y(lambda f: f.p.email, "email"),
            "pointsBalance": G(lambda f: f.r.randint(0, 5000)),
        },
    ),
    (
        "track",
        "Invite Sent",
        "rn",
        "*",
        2,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "invitee": {
                "label": Y(lambda f: f.other().full if f.r.random() < 0.7 else f.other().first, "name", True),
                "value": Y(lambda f: f.pick([f.other().email, f.phone_for(f.p.region)]), "email|phone", True),
            },
            "contactsPermission": G(lambda f: f.pick([True, False])),
            "inviteCode": G(lambda f: "INV" + f.alnum(6, string.ascii_uppercase + string.digits)),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        "uk",
        2,
        {
            **shop_product(),
            "currency": G(lambda f: CURRENCY[f.p.region]),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        "*",
        1,
        {
            "order_id": G(lambda f: "LL" + f.digits(8)),
            "value": G(lambda f: f.money(5, 120)),
            "currency": G(lambda f: CURRENCY[f.p.region]),
            "products": Many(shop_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        "*",
        1,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        "*",
        2,
        {
            "order_id": G(lambda f: "LL" + f.digits(8)),
            "total": G(lambda f: f.money(5, 150)),
            "revenue": G(lambda f: f.money(5, 150)),
            "currency": G(lambda f: CURRENCY[f.p.region]),
            "products": Many(shop_product(), 3),
            "email": Y(lambda f: f.p.email, "email"),
            "billing_address": {
                "name": Y(lambda f: f.p.full, "name"),
                "line1": Y(lambda f: f.p.street, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
                "country": G(lambda f: COUNTRY[f.p.region]),
            },
            "honoree_name": Y(lambda f: f.other().full, "name"),
            "gift_aid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gift Aid Declaration Made",
        "php",
        "uk",
        1,
        {
            "declaration_id": G(lambda f: f.uuid()),
            "title": G(lambda f: f.pick(["Mr", "Mrs", "Ms", "Dr", "Mx"])),
            "first_name": Y(lambda f: f.p.first, "name"),
            "surname": Y(lambda f: f.p.last, "name"),
            "house_name_or_number": Y(lambda f: f.p.street, "address|street"),
            "postcode": Y(lambda f: f.p.postcode, "zipcode"),
            "uk_taxpayer": G(lambda f: True),
            "declared_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Stripe Charge Succeeded",
        "node",
        "*",
        1,
        {
            "type": G(lambda f: "charge.succeeded"),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_3" + f.alnum(23)),
                    "amount": G(lambda f: f.r.randint(500, 15000)),
                    "currency": G(lambda f: CURRENCY[f.p.region].lower()),
                    "customer": G(lambda f: "cus_" + f.alnum(14)),
                    "payment_method": RED(lambda f: f.pm(), "token"),
                    "receipt_email": Y(lambda f: f.p.email, "email"),
                    "billing_details": {
                        "name": Y(lambda f: f.p.full, "name"),
                        "email": Y(lambda f: f.p.email, "email"),
                        "phone": Y(lambda f: f.p.phone, "phone"),
                        "address": {
                            "line1": Y(lambda f: f.p.street, "address|street"),
                            "city": Y(lambda f: f.p.city, "city"),
                            "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
                            "country": G(lambda f: COUNTRY[f.p.region]),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard"])),
                            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        }
                    },
                    "created": G(lambda f: f.epoch_ms() // 1000),
                }
            },
        },
    ),
    (
        "track",
        "Razorpay Payment Captured",
        "python",
        "in",
        1,
        {
            "event": G(lambda f: "payment.captured"),
            "payload": {
                "payment": {
                    "entity": {
                        "id": G(lambda f: "pay_" + f.alnum(14)),
                        "order_id": G(lambda f: "order_" + f.alnum(14)),
                        "amount": G(lambda f: f.pick([10000, 50000, 100000, 250000])),
                        "currency": G(lambda f: "INR"),
                        "status": G(lambda f: "captured"),
                        "method": G(lambda f: "upi"),
                        "vpa": RED(lambda f: f.upi(), "bank account"),
                        "email": Y(lambda f: f.p.email, "email"),
                        "contact": Y(
                            lambda f: "+91" + f.p.phone.replace(" ", "").replace("-", "")[-10:], "phone"
                        ),
                        "notes": {
                            "donor_name": Y(lambda f: f.p.full, "name"),
                            "campaign": G(lambda f: f.pick(["thalassemia_drive", "camp_sponsorship"])),
                        },
                        "acquirer_data": {
                            "rrn": G(lambda f: f.digits(12)),
                            "upi_transaction_id": G(lambda f: f.hexid(32).upper()),
                        },
                        "created_at": G(lambda f: f.epoch_ms() // 1000),
                    }
                }
            },
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "php",
        "uk",
        1,
        {
            "mandate_id": G(lambda f: "MD000" + f.alnum(9, string.ascii_uppercase + string.digits)),
            "scheme": G(lambda f: "bacs"),
            "monthly_amount": G(lambda f: f.pick([3, 5, 10, 20])),
            "customer_bank_account": {
                "account_holder_name": Y(lambda f: f.p.full, "name"),
                "iban": RED(lambda f: f.iban("GB"), "bank account"),
                "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-96-26", "60-16-13"])),
                "account_number_ending": G(lambda f: f"{f.r.randint(0, 99):02d}"),
                "bank_name": G(
                    lambda f: f.pick(["BARCLAYS BANK PLC", "HSBC UK BANK PLC", "LLOYDS BANK PLC"])
                ),
                "country_code": G(lambda f: "GB"),
            },
        },
    ),
    (
        "track",
        "PhoneDonationTaken",
        "dotnet",
        "*",
        1,
        {
            "CallId": G(lambda f: f.uuid()),
            "AgentId": G(lambda f: "AGT" + f.digits(4)),
            "Amount": G(lambda f: f.pick([10, 25, 50, 100])),
            "CardholderName": Y(lambda f: f.p.full, "name"),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "GiftAidEligible": G(lambda f: f.pick([True, False])),
            "CallbackNumber": Y(lambda f: f.p.phone, "phone"),
        },
    ),
    (
        "track",
        "Plasma Compensation Paid",
        "java",
        "ca",
        1,
        {
            "paymentId": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([30.0, 40.0, 50.0, 70.0])),
            "currency": G(lambda f: "CAD"),
            "method": G(lambda f: f.pick(["interac", "direct_deposit"])),
            "interacEmail": Y(lambda f: f.p.email, "email"),
            "institutionNumber": G(lambda f: f.pick(["001", "002", "003", "004", "006", "815"])),
            "transitNumber": G(lambda f: f"{f.r.randint(0, 99999):05d}"),
            "accountNumber": RED(lambda f: f.digits(7), "bank account"),
            "t4aIssued": G(lambda f: False),
        },
    ),
    (
        "track",
        "Payout Account Added",
        "python",
        "in",
        1,
        {
            "account_holder_name": Y(lambda f: f.p.full, "name"),
            "ifsc": G(lambda f: f.pick(["HDFC0001234", "SBIN0004567", "ICIC0000321", "UTIB0002101"])),
            "bank_account_number": RED(lambda f: f.digits(f.pick([11, 12, 14])), "bank account"),
            "pan": RED(lambda f: f.pan(), "national id"),
            "verified_via": G(lambda f: f.pick(["penny_drop", "manual"])),
            "purpose": G(lambda f: "volunteer_expense_reimbursement"),
        },
    ),
    # -- organ donation -------------------------------------------------------------------------
    (
        "track",
        "Organ Donor Registration Completed",
        "web",
        "uk",
        2,
        {
            "registrationId": G(lambda f: f.uuid()),
            "decision": G(lambda f: f.pick(["opt_in", "opt_out", "nominated_representative"])),
            "organs": Many(G(lambda f: f.pick(ORGANS)), 4),
            "faithBeliefsConsideration": Y(lambda f: f.pick([True, False]), "religion"),
            "religion": Y(
                lambda f: f.pick(["Christian", "Muslim", "Hindu", "Sikh", "Jewish", "Buddhist", "None"]),
                "religion",
            ),
            "nhsNumber": RED(lambda f: f.nhs(), "health id"),
            "ethnicGroup": Y(
                lambda f: f.pick(
                    [
                        "Asian or Asian British - Indian",
                        "Black or Black British - Caribbean",
                        "White - Irish",
                        "Mixed - White and Asian",
                    ]
                ),
                "ethnicity",
            ),
            "consentChannel": G(lambda f: f.pick(["web", "driving_licence_application", "gp_registration"])),
            "nhsNumberVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Next Of Kin Added",
        "swift",
        "*",
        2,
        {
            "nextOfKin": {
                "firstName": Y(lambda f: f.other().first, "name"),
                "lastName": Y(lambda f: f.p.last, "name"),
                "relationship": G(
                    lambda f: f.pick(["spouse", "partner", "mother", "father", "sister", "son", "friend"])
                ),
                "phone": Y(lambda f: f.phone_for(f.p.region), "phone"),
                "email": Y(lambda f: f.other().email, "email"),
                "sameAddressAsDonor": G(lambda f: f.pick([True, False])),
            },
            "note": Y(nok_note, "phone", True),
            "informedOfDecision": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Nominated Representative Added",
        "python",
        "uk",
        1,
        {
            "representative_name": Y(lambda f: f.other().full, "name"),
            "representative_phone": Y(lambda f: f.phone_for("uk"), "phone"),
            "representative_email": Y(lambda f: f.other().email, "email"),
            "representative_address": Y(
                lambda f: f.street_for("uk") + ", " + f.pick(CITIES["uk"]), "address"
            ),
            "relationship": G(lambda f: f.pick(["friend", "brother", "daughter", "partner"])),
            "witness_name": Y(lambda f: f.other().full, "name"),
            "witness_signature_captured": G(lambda f: True),
            "representatives_count": G(lambda f: f.pick([1, 2])),
        },
    ),
    (
        "track",
        "Consentement au don d'organes",
        "flutter",
        "ca",
        1,
        {
            "consentement": G(lambda f: f.pick(["oui", "non", "partiel"])),
            "organes": Many(
                G(lambda f: f.pick(["coeur", "poumons", "reins", "foie", "cornées", "tissus"])), 3
            ),
            "numero_assurance_maladie": RED(lambda f: f.ramq(), "health id"),
            "nom_temoin": Y(lambda f: f.other().full, "name"),
            "courriel_proche": Y(lambda f: f.other().email, "email"),
            "telephone_proche": Y(lambda f: f.phone_for("ca"), "phone"),
            "lien_parente": G(lambda f: f.pick(["conjoint", "mère", "père", "soeur", "ami"])),
            "autocollant_carte": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Organ Pledge Submitted",
        "node",
        "in",
        2,
        {
            "pledgeId": G(lambda f: f.uuid()),
            "pledgeCardNumber": G(lambda f: "NOTTO" + f.digits(8)),
            "donorName": Y(lambda f: f.p.full, "name"),
            "fatherOrSpouseName": Y(lambda f: f.other().first + " " + f.p.last, "name"),
            "aadhaarNumber": RED(lambda f: f.aadhaar(), "national id"),
            "mobile": Y(lambda f: f.p.phone, "phone"),
            "organs": Many(G(lambda f: f.pick(ORGANS)), 4),
            "witness1": {
                "name": Y(lambda f: f.other().full, "name"),
                "mobile": Y(lambda f: f.phone_for("in"), "phone"),
                "relation": G(lambda f: f.pick(["brother", "mother", "friend", "wife"])),
            },
            "state": G(lambda f: f.p.province),
        },
    ),
    (
        "track",
        "Child Added To Organ Register",
        "web",
        "uk",
        1,
        {
            "child": {
                "firstName": Y(lambda f: f.other().first, "name"),
                "dateOfBirth": Y(
                    lambda f: f"{f.r.randint(2008, 2022)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}",
                    "birthdate",
                ),
                "nhsNumber": RED(lambda f: f.nhs(), "health id"),
            },
            "parentalResponsibilityConfirmed": G(lambda f: True),
            "childrenOnAccount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # -- matching and recipients ---------------------------------------------------------------
    (
        "track",
        "Blood Used Notification Sent",
        "ruby",
        "*",
        2,
        {
            "donation_id": G(lambda f: f.uuid()),
            "hospital_name": G(lambda f: f.pick(HOSPITALS[f.p.region])),
            "hospital_city": G(lambda f: f.pick(CITIES[f.p.region])),
            "component_type": G(lambda f: f.pick(["red_cells", "platelets", "plasma"])),
            "sent_via": G(lambda f: f.pick(["push", "sms", "email"])),
            "notification_id": G(lambda f: f.digits(9)),
            "days_since_donation": G(lambda f: f.r.randint(2, 40)),
            "recipient_age_band": G(lambda f: f.pick(["0-17", "18-39", "40-64", "65+"])),
        },
    ),
    (
        "track",
        "Recipient Match Alert",
        "java",
        "*",
        2,
        {
            "matchRunId": G(lambda f: f.uuid()),
            "donorId": G(lambda f: f.donor_no()),
            "recipientId": G(lambda f: "R" + f.digits(7)),
            "recipientHospital": G(lambda f: f.pick(HOSPITALS[f.p.region])),
            "donorHlaType": RED(
                lambda f: (
                    f"A*{f.pick(['01:01', '02:01', '24:02'])}, B*{f.pick(['07:02', '08:01', '44:02'])}, "
                    f"DRB1*{f.pick(['15:01', '03:01', '04:01'])}"
                ),
                "health",
            ),
            "recipientBloodGroup": RED(lambda f: f.pick(BLOOD), "health"),
            "hlaMismatches": G(lambda f: f.r.randint(0, 6)),
            "crossmatchResult": RED(lambda f: f.pick(["negative", "positive", "pending"]), "health"),
            "coordinatorEmail": Y(lambda f: f.staff_email(f.other()), "email"),
            "coordinatorMobile": Y(lambda f: f.phone_for(f.p.region), "phone"),
            "urgency": G(lambda f: f.pick(["routine", "urgent", "super_urgent"])),
        },
    ),
    (
        "track",
        "Blood Request Posted",
        "flutter",
        "in",
        2,
        {
            "request_id": G(lambda f: f.uuid()),
            "patient_name": Y(lambda f: f.other().full, "name"),
            "patient_blood_group": RED(lambda f: f.pick(BLOOD), "health"),
            "patient_condition": Y(
                lambda f: f.pick(
                    [
                        "thalassemia major",
                        "dengue",
                        "road accident",
                        "cardiac surgery",
                        "post-partum haemorrhage",
                    ]
                ),
                "condition|procedure",
            ),
            "units_required": G(lambda f: f.r.randint(1, 6)),
            "hospital_name": G(lambda f: f.pick(HOSPITALS["in"])),
            "hospital_city": G(lambda f: f.pick(CITIES["in"])),
            "attendant_name": Y(lambda f: f.other().full, "name"),
            "attendant_mobile": Y(lambda f: f.phone_for("in"), "phone"),
            "insurance_policy_no": Y(
                lambda f: f"P/{f.r.randint(100000, 999999)}/01/2024/{f.r.randint(0, 999999):06d}",
                "identification",
            ),
            "required_by": G(lambda f: f.future()),
            "is_emergency": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Rakt Daan Shivir Panjikaran",
        "php",
        "in",
        1,
        {
            "shivir_id": G(lambda f: "CAMP" + f.digits(5)),
            "sthan": G(
                lambda f: f.pick(["Infosys Campus, Electronic City", "Gurudwara Bangla Sahib", "IIT Madras"])
            ),
            "naam": Y(lambda f: f.p.full, "name"),
            "mobile": Y(lambda f: f.p.phone, "phone"),
            "umar": G(lambda f: 2024 - f.p.dob.year),
            "vajan_kg": RED(lambda f: f.r.randint(50, 100), "health"),
            "rakt_samooh": RED(lambda f: f.pick(BLOOD), "health"),
            "pichhla_daan": G(lambda f: f.day()),
        },
    ),
    # -- staff ----------------------------------------------------------------------------------
    (
        "track",
        "Shift Started",
        "kotlin",
        "*",
        1,
        {
            "staffId": G(lambda f: "STF" + f.digits(5)),
            "staffName": Y(lambda f: f.p.full, "name"),
            "centreId": G(lambda f: centre(f)[0]),
            "role": G(lambda f: f.pick(["phlebotomist", "donor_carer", "nurse"])),
            "pinLogin": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Donor Lookup Performed",
        "kotlin",
        "*",
        2,
        {
            "q": Y(lookup_q, "name|health id|phone", True),
            "resultsCount": G(lambda f: f.r.randint(0, 5)),
            "staffId": G(lambda f: "STF" + f.digits(5)),
            "searchMode": G(lambda f: f.pick(["quick", "advanced"])),
        },
    ),
    (
        "track",
        "DonorRecordViewed",
        "dotnet",
        "*",
        2,
        {
            "ViewedByStaffId": G(lambda f: "STF" + f.digits(5)),
            "ViewedByEmail": Y(lambda f: f.staff_email(f.other()), "email"),
            "DonorId": G(lambda f: str(f.r.randint(100000, 999999))),
            "Reason": G(lambda f: f.pick(["AppointmentCheckIn", "AdverseEventFollowUp", "DataCorrection"])),
            "RecordSections": Many(
                G(lambda f: f.pick(["Demographics", "Donations", "Deferrals", "Consent"])), 3
            ),
            "ViewedAtUtc": G(lambda f: f.iso()),
            "ClientIp": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Job Application Started",
        "web",
        "uk",
        1,
        {
            "roleId": G(lambda f: "JOB-" + f.digits(4)),
            "roleTitle": G(lambda f: f.pick(["Donor Carer", "Registered Nurse", "Driver/Donor Carer"])),
            "location": G(lambda f: f.pick(["Leeds", "Manchester", "Cardiff", "Bristol"])),
            "candidateName": Y(lambda f: f.p.full, "name"),
            "candidateEmail": Y(lambda f: f.p.email, "email"),
            "rightToWorkUk": RED(lambda f: f.pick(["yes", "no", "pending_share_code"]), "visa"),
            "visaSponsorshipRequired": RED(lambda f: f.pick([True, False]), "visa"),
            "expectedSalary": Y(lambda f: f.pick([24000, 26500, 29000, 33500]), "salary"),
            "source": G(lambda f: f.pick(["indeed", "nhs_jobs", "linkedin"])),
        },
    ),
    (
        "track",
        "Identity Check Completed",
        "python",
        "*",
        1,
        {
            "check_id": G(lambda f: f.uuid()),
            "document_type": G(lambda f: "passport"),
            "passport_number": RED(lambda f: f.passport(f.p.region), "passport"),
            "passport_expiry": G(
                lambda f: f"{f.r.randint(2025, 2034)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "issuing_country": G(lambda f: COUNTRY[f.p.region]),
            "dbs_certificate_number": Y(lambda f: "00" + f.digits(10), "certificate"),
            "national_insurance_number": RED(lambda f: f.nino(), "national id"),
            "result": G(lambda f: f.pick(["clear", "refer"])),
            "provider": G(lambda f: f.pick(["Yoti", "Onfido"])),
        },
    ),
    (
        "track",
        "Staff Onboarded",
        "java",
        "ca",
        1,
        {
            "employeeId": G(lambda f: "E" + f.digits(6)),
            "legalName": Y(lambda f: f.p.full, "name"),
            "sin": RED(lambda f: f.sin(), "national id"),
            "homeAddress": Y(lambda f: f.address_line(), "address"),
            "personalPhone": Y(lambda f: f.p.phone, "phone"),
            "annualSalary": Y(lambda f: f.r.randint(48000, 96000), "salary"),
            "jobTitle": G(
                lambda f: f.pick(["Donor Care Associate", "Registered Nurse", "Plasma Centre Supervisor"])
            ),
            "startDate": G(lambda f: f.day()),
            "unionMember": Y(lambda f: f.pick([True, False]), "trade union"),
        },
    ),
    # -- marketing, messaging, support ---------------------------------------------------------
    (
        "track",
        "Ad Click Attributed",
        "node",
        "*",
        2,
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook"])),
            "utm_campaign": G(lambda f: f.pick(["o_neg_appeal", "plasma_launch", "winter_stocks"])),
            "landing_page": G(lambda f: f.pick(["/book", "/plasma", "/"])),
            "click_ts": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        "python",
        "*",
        2,
        {
            "event_name": G(lambda f: f.pick(["CompleteRegistration", "Schedule", "Lead"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Many(Y(lambda f: f.sha256(f.p.email), "email"), 1),
                "ph": Many(Y(lambda f: f.sha256("".join(c for c in f.p.phone if c.isdigit())), "phone"), 1),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "external_id": Many(G(lambda f: f.sha256("u" + f.digits(7))), 1),
            },
        },
    ),
    (
        "track",
        "Email Event",
        "python",
        "*",
        2,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "event_type": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "smtp_id": G(lambda f: f"<{f.hexid(16)}.{f.epoch_ms()}@mail.lifelineregistry.org>"),
            "campaign_name": G(
                lambda f: f.pick(["thank_you_first_donation", "o_neg_appeal", "lapsed_winback"])
            ),
            "url": G(lambda f: f"https://{HOST[f.p.region]}/book?utm_medium=email"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "reply_to": G(lambda f: "donor.care@lifelineregistry.org"),
        },
    ),
    (
        "track",
        "Push Token Registered",
        "kotlin",
        "*",
        1,
        {
            "fcmToken": RED(lambda f: f.fcm(), "token"),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
            "channelIds": Many(G(lambda f: f.pick(["appointments", "appeals", "rewards"])), 3),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "swift",
        "*",
        1,
        {
            "campaignId": G(lambda f: f.digits(6)),
            "title": G(
                lambda f: f.pick(["O negative donors needed", "Your next donation is due", "Thank you!"])
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "Stocks are low this week. Can you book a slot?",
                        "You can donate again from next Monday.",
                        "Your donation has been sent to a hospital.",
                    ]
                )
            ),
            "deepLink": G(lambda f: f.pick(["lifeline://book", "lifeline://history"])),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        "rn",
        "*",
        2,
        {
            "conversationId": G(lambda f: f.digits(9)),
            "text": Y(chat_text, "name|phone|email", True),
            "author": G(lambda f: "donor"),
            "messageIndex": G(lambda f: f.r.randint(1, 12)),
            "channel": G(lambda f: f.pick(["in_app", "web_widget"])),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        "swift",
        "*",
        2,
        {
            "centreId": G(lambda f: centre(f)[0]),
            "npsScore": G(lambda f: f.r.randint(0, 10)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Staff were lovely",
                        "Long wait at check in",
                        "Biscuits ran out!",
                        "Easy parking, quick donation",
                        "The app kept logging me out",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Contact Synced",
        "ruby",
        "*",
        1,
        {
            "hubspot": {
                "vid": G(lambda f: f.r.randint(10**5, 10**8)),
                "firstname": Y(lambda f: f.p.first, "name"),
                "lastname": Y(lambda f: f.p.last, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.phone, "phone"),
                "lifecyclestage": G(lambda f: f.pick(["subscriber", "lead", "customer"])),
                "hs_lead_status": G(lambda f: f.pick(["NEW", "OPEN", "IN_PROGRESS"])),
            },
            "sync_direction": G(lambda f: "segment_to_hubspot"),
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        "ruby",
        "*",
        1,
        {
            "endpoint_id": G(lambda f: "we_" + f.alnum(12)),
            "request": {
                "url": G(
                    lambda f: f.pick(
                        [
                            "https://hospital-partner.example.org/hooks/lifeline",
                            "https://bloodbank.example.in/api/v2/inventory",
                        ]
                    )
                ),
                "method": G(lambda f: "POST"),
                "headers": {
                    "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                    "Content-Type": G(lambda f: "application/json"),
                    "User-Agent": G(lambda f: "Lifeline-Webhooks/2.3"),
                    "X-Request-Id": G(lambda f: f.uuid()),
                },
            },
            "response_status": G(lambda f: f.pick([500, 502, 503, 504, 401])),
            "attempt": G(lambda f: f.r.randint(1, 8)),
        },
    ),
]

CLIENT_SPLIT = {"uk": 0.45, "ca": 0.3, "in": 0.25}


def pick_region(f: Donors, region: str) -> str:
    if region != "*":
        return region
    x = f.r.random()
    return "uk" if x < CLIENT_SPLIT["uk"] else "ca" if x < CLIENT_SPLIT["uk"] + CLIENT_SPLIT["ca"] else "in"


def build(seed: int, repeats: int):
    f = Donors(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, region, weight, body in EVENTS:
            for _ in range(weight):
                f.begin(pick_region(f, region))
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": str(f.r.randint(10**6, 10**7)),
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = centre(f)[0]
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if kind != "alias":
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(f, client), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=157, repeats=16)
    write(Path(__file__).parent, "holdout157_", events, labels)
