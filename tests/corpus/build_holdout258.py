"""Writes holdout258: tests/corpus/holdout258_events.jsonl and holdout258_labels.json.

Sealed: written from the brief, tests/corpus/build.py, fake.py, build_holdout3.py (format only),
REFERENCE.md and DESIGN.md, without reading the detection engine, its vocabularies, its tests or
any other corpus's labels, and never scored by its author. Run once
(`.venv/bin/python -m tests.corpus.build_holdout258`); the output is committed.

Domain: "Glydo", a diabetes management and continuous glucose monitoring (CGM) service in the
US, Sweden and India. Covered: sign-up, sign-in (passwords, SMS one-time codes, magic links,
Swedish BankID), identify calls from the apps, a warehouse reverse-ETL sync (SCREAMING_SNAKE),
a Swedish backend (Swedish keys) and an Indian backend (romanised Hindi keys); CGM sensor, pump
and smart-pen pairing (serial numbers, BLE MACs, lot numbers); glucose readings, alerts and device
alerts; insulin doses, meals and carbs; HbA1c and other lab results; pregnancy and fasting modes;
sharing with clinicians (clinic codes, care teams, a clinician portal with patient search and
notes), family followers and their SMS notifications (a Twilio-shaped PascalCase payload);
dependants (a parent managing a child's account, school nurses); insurance, Medicare, patient
assistance (income, SSN last four), pharmacy refills (a .NET integration in PascalCase, Swedish
e-prescriptions, Indian medicine orders); the device shop (e-commerce spec events, Stripe,
Klarna, Swish and Razorpay-shaped payments, refunds to bank accounts), shipping (a Go service in
kebab-case) and replacements; Meta Conversions API and install attribution; page, screen, group
and alias calls. Contexts are those of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and C#
server libraries.

Conventions: a leaf path is labelled once (the same path carries the same label in every event,
as the inventory keys fields by path, not by event). Values are generated per event from a
persona (the user) and, where the event needs them, another person (follower, dependant,
recipient) and a staff member (clinician, nurse, pharmacist, support agent), in the event's
region, so names, e-mails, phones and addresses are coherent. Card numbers pass Luhn, IBANs
mod-97, Swedish personnummer carry their Luhn digit, Aadhaar numbers their Verhoeff digit, PAN
and Medicare MBIs their published structure, SSNs the SSA's.

Labelling rules: the brief's (the Privacy Portal's default colours, and the published policy for
contested cases). Decisions this corpus had to make, where the brief is silent:
- Health: the person's own glucose readings, trends and glucose alert kinds, time in range, GMI,
  HbA1c and other lab values, a lab's out-of-range flag, mood and distress scores, pregnancy and
  its due date, diabetes type, complications, reasons for a visit, skin reactions:
  `condition` (lab values `condition|diagnosis`), yellow, the reference's colour. Insulin and drug
  names, doses, insulin on board, therapy (pump, injections, tablets), NDC codes, rx numbers:
  `medication`, yellow. A lab test's name: `procedure`. Diagnosis codes and year: `diagnosis`.
- Green in this domain: carbohydrate grams, meal kinds and food names (nutrition, not clinical);
  height and weight (as other corpora's heightCm); alert thresholds, target ranges and units the
  user sets; device alerts (signal loss, sensor expiring, occlusion); dose kinds (bolus, basal);
  counts of readings; product names and SKUs of sensors and pods in shop orders (product names);
  the insurer, payer, coverage type and group number (the group number is the employer's plan,
  not the person's); sensor lot numbers (a batch); a clinician's NPI and a care unit's HSA-id
  (public professional registries); a Swedish organisationsnummer (a company's id); an IFSC,
  clearing number or ABA routing number (the bank's); payment ids issued by processors (Razorpay
  `pay_`, Swish references), which are not tokens that can charge; the AppsFlyer install id (an
  SDK-issued install id like anonymousId); our own Twilio sender number and merchant Swish number.
- PII in this domain: CGM, pump and pen serial numbers (`serial`, like VINs); a device push token
  (`token`, red); a Medicaid id, an ABHA number and an ABHA address (`health id`, red, like
  Medicare); the last four digits of an SSN or of an Aadhaar number (red, as the SSN's last four);
  a UPI id (a payment address that routes to the person's bank account: `bank account`, red); a
  sharing code a patient gives a clinic and an invite link's token (`token`, red, as activation
  codes); hashes of a person's e-mail or phone sent to an ad platform (Meta CAPI `em`, `ph`:
  `email` / `phone`, yellow); a staff member's name, direct line and work e-mail (yellow), but a
  clinic's, pharmacy's or school's own phone, e-mail and address are green; a searched postcode
  or a pharmacy's city is green, the user's own location while searching is `geolocation`.
- value_only is true where the key does not say what the value is (`value`, `label`, `q`,
  `input`, `note`, `Body`, `To`, `contact`, `identifier`, `payer_alias`, `link`, `id`); every
  value of a value_only PII path carries that PII. Free text is labelled by the PII every one of
  its values carries, green when none does; the type names what all its values carry.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake


class Opt:
    """A template present in only some events (probability p)."""

    def __init__(self, item: Any, p: float = 0.5):
        self.item = item
        self.p = p


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
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
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- people and values in three countries -------------------------------------------------------

NAMES = {
    "US": (
        [
            "James",
            "Maria",
            "DeShawn",
            "Emily",
            "Carlos",
            "Ashley",
            "Tyler",
            "Keisha",
            "Hannah",
            "Michael",
            "Guadalupe",
            "Brandon",
            "Mei-Ling",
            "Tuan",
            "Aaliyah",
            "José",
            "Olivia",
            "Ethan",
            "Shanice",
            "Connor",
            "Lakisha",
            "Dakota",
        ],
        [
            "Johnson",
            "Williams",
            "Rodriguez",
            "Nguyen",
            "Kim",
            "Washington",
            "Hernandez",
            "O'Connor",
            "Thompson",
            "Begay",
            "Yazzie",
            "Kowalski",
            "Goldberg",
            "Jackson",
            "Chen",
            "Martinez",
            "Brooks",
            "Abernathy",
            "Fitzgerald",
            "Okonkwo",
        ],
    ),
    "SE": (
        [
            "Erik",
            "Anna",
            "Lars",
            "Ebba",
            "Johan",
            "Maja",
            "Karin",
            "Björn",
            "Åsa",
            "Oskar",
            "Linnea",
            "Nils",
            "Ingrid",
            "Ali",
            "Amira",
            "Mohammed",
            "Elin",
            "Sven",
            "Astrid",
            "Hugo",
            "Saga",
            "Göran",
        ],
        [
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Lindqvist",
            "Åberg",
            "Öberg",
            "Bergström",
            "Lundgren",
            "Sjöberg",
            "Holm",
            "Hassan",
            "Yilmaz",
            "Korhonen",
            "Svensson",
            "Wikström",
            "Ali",
            "Nordin",
        ],
    ),
    "IN": (
        [
            "Ravi",
            "Priya",
            "Aarav",
            "Ananya",
            "Vikram",
            "Sunita",
            "Rajesh",
            "Lakshmi",
            "Arjun",
            "Kavya",
            "Mohammed",
            "Fatima",
            "Gurpreet",
            "Harpreet",
            "Sandeep",
            "Deepika",
            "Venkatesh",
            "Meenakshi",
            "Anil",
            "Pooja",
            "Sreeja",
            "Abdul",
        ],
        [
            "Sharma",
            "Patel",
            "Reddy",
            "Iyer",
            "Nair",
            "Singh",
            "Gupta",
            "Khan",
            "Das",
            "Banerjee",
            "Menon",
            "Kulkarni",
            "Chatterjee",
            "Joshi",
            "Pillai",
            "Rao",
            "Mukherjee",
            "Desai",
            "Qureshi",
            "Venkataraman",
        ],
    ),
}
EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
    "SE": ["gmail.com", "hotmail.se", "telia.com", "outlook.com", "live.se", "icloud.com"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
}
US_PLACES = [
    ("Houston", "TX", "770"),
    ("Phoenix", "AZ", "850"),
    ("Columbus", "OH", "432"),
    ("Atlanta", "GA", "303"),
    ("Minneapolis", "MN", "554"),
    ("Albuquerque", "NM", "871"),
    ("Seattle", "WA", "981"),
    ("Charlotte", "NC", "282"),
    ("Brooklyn", "NY", "112"),
    ("Fresno", "CA", "937"),
]
US_STREETS = [
    "Maple Ave",
    "W 34th St",
    "Oak Street",
    "Magnolia Dr",
    "Lincoln Blvd",
    "Ridgeview Ct",
    "N Main St",
]
SE_PLACES = [
    ("Stockholm", "113"),
    ("Göteborg", "413"),
    ("Malmö", "211"),
    ("Uppsala", "753"),
    ("Umeå", "903"),
    ("Linköping", "582"),
    ("Örebro", "702"),
    ("Västerås", "722"),
]
SE_STREETS = [
    "Storgatan",
    "Drottninggatan",
    "Kungsvägen",
    "Sveavägen",
    "Skolgatan",
    "Björkvägen",
    "Ringvägen",
]
IN_PLACES = [
    ("Bengaluru", "Karnataka", "560"),
    ("Mumbai", "Maharashtra", "400"),
    ("Chennai", "Tamil Nadu", "600"),
    ("Hyderabad", "Telangana", "500"),
    ("Pune", "Maharashtra", "411"),
    ("Kolkata", "West Bengal", "700"),
    ("New Delhi", "Delhi", "110"),
    ("Kochi", "Kerala", "682"),
    ("Lucknow", "Uttar Pradesh", "226"),
]
IN_LOCALITIES = [
    "Indiranagar",
    "Andheri West",
    "Adyar",
    "Banjara Hills",
    "Kothrud",
    "Salt Lake",
    "Lajpat Nagar",
]
IN_BUILDINGS = ["Sai Krupa Apartments", "Prestige Lakeside", "Green Valley Society", "Shanti Niketan"]
CITY_ONLY = {
    "US": [c for c, _, _ in US_PLACES],
    "SE": [c for c, _ in SE_PLACES],
    "IN": [c for c, _, _ in IN_PLACES],
}

SENSORS = ["Dexcom G7", "Dexcom G6", "FreeStyle Libre 3", "FreeStyle Libre 2 Plus", "Eversense 365"]
PUMPS = ["Omnipod 5", "t:slim X2", "MiniMed 780G", "Mobi", "Ypsopump"]
INSULINS = ["Humalog", "NovoRapid", "Fiasp", "Lyumjev", "Lantus", "Tresiba", "Basaglar", "Toujeo", "Admelog"]
ORAL_MEDS = ["Metformin 500 mg", "Jardiance 10 mg", "Januvia 100 mg", "Glimepiride 2 mg", "Ozempic 0.5 mg"]
NDCS = ["0002-7510-01", "0169-7501-11", "0088-2220-33", "0002-8797-59", "0169-6339-10", "0169-4132-12"]
CONDITIONS = ["type 1", "type 2", "LADA", "gestational", "MODY", "prediabetes"]
COMPLICATIONS = [
    "retinopathy",
    "neuropathy",
    "nephropathy",
    "hypertension",
    "celiac disease",
    "frozen shoulder",
]
CLINICS = {
    "US": [
        "Joslin Diabetes Center",
        "Houston Methodist Endocrinology",
        "Kaiser Permanente Fresno",
        "UNM Health",
    ],
    "SE": [
        "Diabetesmottagningen Karolinska",
        "Sahlgrenska Diabetescentrum",
        "Vårdcentralen Tensta",
        "Akademiska",
    ],
    "IN": [
        "Apollo Sugar Clinic",
        "Dr. Mohan's Diabetes Specialities Centre",
        "Fortis C-DOC",
        "Manipal Hospital",
    ],
}
PHARMACIES = {
    "US": ["CVS Pharmacy #4471", "Walgreens #10288", "Walmart Pharmacy 10-2341", "Express Scripts Mail"],
    "SE": ["Apoteket Hjärtat Odenplan", "Kronans Apotek Triangeln", "Apotek Hjärtat Umeå", "Apoteket AB"],
    "IN": ["Apollo Pharmacy", "MedPlus", "Netmeds", "Tata 1mg"],
}
INSURERS = [
    "Blue Cross Blue Shield of Texas",
    "Aetna",
    "UnitedHealthcare",
    "Cigna",
    "Humana",
    "Kaiser Permanente",
]
IN_INSURERS = ["Star Health", "HDFC ERGO", "Niva Bupa", "ICICI Lombard", "Care Health"]
SE_INSURERS = ["Skandia", "If Skadeförsäkring", "Folksam", "Länsförsäkringar"]

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
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class D(Fake):
    """Fake plus the three countries of this corpus and a persona per event."""

    region = "US"
    p: dict = {}
    o: dict = {}
    c: dict = {}

    def person(self, region: str | None = None) -> dict:
        region = region or self.region
        firsts, lasts = NAMES[region]
        first, last = self.pick(firsts), self.pick(lasts)
        plain = (
            (first + "." + last)
            .lower()
            .replace("å", "a")
            .replace("ä", "a")
            .replace("ö", "o")
            .replace("é", "e")
            .replace("'", "")
            .replace("-", "")
        )
        local = self.pick(
            [
                plain,
                plain.replace(".", ""),
                plain.split(".")[0] + str(self.r.randint(1, 99)),
                plain[0] + plain.split(".")[1],
            ]
        )
        dob = self.date(1948, 2006)
        return {
            "region": region,
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "email": f"{local}@{self.pick(EMAIL_DOMAINS[region])}",
            "phone": self.phone_in(region),
            "dob": dob,
            "gender": self.pick(["female", "male", "female", "male", "non-binary"]),
            **self.place(region),
        }

    def place(self, region: str) -> dict:
        if region == "US":
            city, state, z = self.pick(US_PLACES)
            street = f"{self.r.randint(12, 9899)} {self.pick(US_STREETS)}"
            line2 = self.pick(
                [
                    "",
                    "",
                    f"Apt {self.r.randint(1, 30)}{self.pick('ABCD')}",
                    f"Unit {self.r.randint(100, 999)}",
                ]
            )
            postal = (
                z + f"{self.r.randint(1, 99):02d}" + self.pick(["", "", f"-{self.r.randint(1000, 9999)}"])
            )
            return {
                "street": street,
                "line2": line2,
                "city": city,
                "state": state,
                "postal": postal,
                "country": "US",
            }
        if region == "SE":
            city, z = self.pick(SE_PLACES)
            street = f"{self.pick(SE_STREETS)} {self.r.randint(1, 88)}{self.pick(['', '', 'A', 'B'])}"
            line2 = self.pick(
                ["", "", f"lgh {self.r.randint(1001, 1504)}", f"c/o {self.pick(NAMES['SE'][1])}"]
            )
            postal = f"{z} {self.r.randint(10, 99)}"
            return {
                "street": street,
                "line2": line2,
                "city": city,
                "state": "",
                "postal": postal,
                "country": "SE",
            }
        city, state, z = self.pick(IN_PLACES)
        street = self.pick(
            [
                f"Flat {self.r.randint(101, 1204)}, {self.pick(IN_BUILDINGS)}, {self.pick(IN_LOCALITIES)}",
                f"H.No. {self.r.randint(1, 40)}-{self.r.randint(1, 9)}-{self.r.randint(100, 999)}, "
                + self.pick(IN_LOCALITIES),
                f"{self.pick('ABCDE')}-{self.r.randint(1, 240)}, Sector {self.r.randint(1, 70)}",
            ]
        )
        line2 = self.pick(
            ["", f"Near {self.pick(['SBI ATM', 'Hanuman Mandir', 'Metro Station', 'Big Bazaar'])}"]
        )
        postal = z + f"{self.r.randint(1, 99):03d}"
        return {
            "street": street,
            "line2": line2,
            "city": city,
            "state": state,
            "postal": postal,
            "country": "IN",
        }

    def phone_in(self, region: str) -> str:
        if region == "US":
            return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))
        if region == "SE":
            pre = self.pick(["70", "72", "73", "76", "79"])
            a, b, c = self.r.randint(100, 999), self.r.randint(10, 99), self.r.randint(10, 99)
            return self.pick(
                [f"0{pre}-{a} {b} {c}", f"+46 {pre} {a} {b} {c}", f"+46{pre}{a}{b}{c}", f"0{pre}{a}{b}{c}"]
            )
        head = str(self.r.randint(6, 9)) + self.digits(4)
        tail = self.digits(5)
        return self.pick(
            [f"+91 {head} {tail}", f"+91-{head}{tail}", f"0{head}{tail}", f"{head}{tail}", f"+91{head}{tail}"]
        )

    def e164(self, p: dict) -> str:
        """The persona's phone as E.164 digits without the plus (Swish, Twilio, Razorpay)."""
        digits = "".join(ch for ch in p["phone"] if ch.isdigit())
        national = digits[-10:] if p["region"] != "SE" else digits[-9:]
        return {"US": "1", "SE": "46", "IN": "91"}[p["region"]] + national

    def full_address(self, p: dict) -> str:
        parts = [p["street"], p["line2"], p["city"], (p["state"] + " " + p["postal"]).strip()]
        if p["region"] == "SE":
            parts = [p["street"], p["line2"], f"{p['postal']} {p['city']}"]
        return ", ".join(x for x in parts if x)

    def dob_fmt(self, dob: str) -> str:
        y, m, d = dob.split("-")
        return self.pick([dob, f"{m}/{d}/{y}", f"{d}/{m}/{y}", f"{d}-{m}-{y}"])

    # -- identifiers with their checksums --

    def personnummer(self, dob: str | None = None, long: bool | None = None) -> str:
        y, m, d = (dob or self.date(1940, 2008)).split("-")
        body = y[2:] + m + d + f"{self.r.randint(0, 999):03d}"
        number = self.luhn_complete(body)
        long = self.r.random() < 0.5 if long is None else long
        century = y[:2] if long else ""
        sep = "" if long and self.r.random() < 0.5 else "-"
        return f"{century}{number[:6]}{sep}{number[6:]}"

    def aadhaar(self) -> str:
        body = [self.r.randint(2, 9)] + [self.r.randint(0, 9) for _ in range(10)]
        c = 0
        for i, digit in enumerate(reversed([*body, 0])):
            c = VERHOEFF_D[c][VERHOEFF_P[i % 8][digit]]
        n = "".join(map(str, body)) + str(VERHOEFF_INV[c])
        return self.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"])

    def pan(self, last: str) -> str:
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return (
            "".join(self.pick(up) for _ in range(3)) + "P" + last[0].upper() + self.digits(4) + self.pick(up)
        )

    def mbi(self) -> str:
        def an():
            return self.pick(MBI_LETTERS + "0123456789")

        s = (
            str(self.r.randint(1, 9)) + self.pick(MBI_LETTERS) + an() + str(self.r.randint(0, 9))
            + self.pick(MBI_LETTERS) + an() + str(self.r.randint(0, 9))
            + self.pick(MBI_LETTERS) + self.pick(MBI_LETTERS)
            + str(self.r.randint(0, 9)) + str(self.r.randint(0, 9))
        )  # fmt: skip
        return s if self.r.random() < 0.6 else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def abha(self) -> str:
        n = "91" + "".join(str(self.r.randint(0, 9)) for _ in range(12))
        return f"{n[:2]}-{n[2:6]}-{n[6:10]}-{n[10:]}"

    def abha_address(self, p: dict) -> str:
        return f"{p['first'].lower()}.{p['last'].lower()}{self.r.randint(1, 99)}@{self.pick(['abdm', 'sbx'])}"

    def iban_raw(self, country: str, bban: str) -> str:
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def se_iban(self) -> str:
        return self.iban_raw("SE", self.pick(["500", "800", "600", "300"]) + self.digits(17))

    def in_account(self) -> str:
        return self.digits(self.pick([11, 12, 14]))

    def ifsc(self) -> str:
        return self.pick(["HDFC", "SBIN", "ICIC", "UTIB", "KKBK"]) + "0" + self.digits(6)

    def upi(self, p: dict) -> str:
        handle = self.pick(["okhdfcbank", "okicici", "oksbi", "ybl", "paytm", "axl"])
        local = self.pick(
            [
                p["first"].lower() + "." + p["last"].lower(),
                p["phone"][-10:],
                p["first"].lower() + self.digits(3),
            ]
        )
        return f"{local}@{handle}"

    def card_any(self) -> str:
        if self.region == "IN" and self.r.random() < 0.5:
            return self.luhn_complete(self.pick(["6522", "6081", "5085"]) + self.digits(11))
        return self.card()

    def pm(self) -> str:
        return "pm_1" + "".join(self.pick(ALNUM) for _ in range(23))

    def gclid(self) -> str:
        return self.pick(["Cj0KCQiA", "EAIaIQob", "CjwKCAjw"]) + "".join(
            self.pick(ALNUM + "-_") for _ in range(60)
        )

    def fbclid(self) -> str:
        return "IwAR" + "".join(self.pick(ALNUM + "-_") for _ in range(56))

    def fbp(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def otp(self) -> str:
        return f"{self.r.randint(0, 999999):06d}"

    def ble_mac(self) -> str:
        return self.mac()

    def sensor_serial(self) -> str:
        return self.pick(
            [
                "0M000" + "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
                self.digits(12),
                "8G" + "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4)),
            ]
        )

    def pump_serial(self) -> str:
        return self.pick(
            [
                "NG" + self.digits(7) + self.pick("HKLM"),
                self.digits(7),
                "PDM" + self.digits(8),
                "YP" + self.digits(8),
            ]
        )

    def sha256(self) -> str:
        return self.hexid(64)

    def when(self) -> str:
        return self.pick([self.iso(), self.iso().replace("T", " ")[:19], self.iso()[:19] + "+05:30"])


def p(key):
    return lambda f: f.p[key]


def o(key):
    return lambda f: f.o[key]


def c(key):
    return lambda f: f.c[key]


def glucose(f: D) -> float | int:
    if f.region == "SE":
        return round(f.r.uniform(2.4, 21.0), 1)
    return f.r.randint(42, 380)


TREND = [
    "flat",
    "rising",
    "rising_quickly",
    "falling",
    "falling_quickly",
    "rising_slightly",
    "falling_slightly",
]

# -- contexts of the client libraries -----------------------------------------------------------

LOCALES = {"US": ["en-US", "es-US"], "SE": ["sv-SE", "en-SE"], "IN": ["en-IN", "hi-IN", "ta-IN"]}
TZ = {
    "US": ["America/Chicago", "America/New_York", "America/Phoenix", "America/Los_Angeles"],
    "SE": ["Europe/Stockholm"],
    "IN": ["Asia/Kolkata"],
}
CARRIERS = {
    "US": ["T-Mobile", "Verizon", "AT&T"],
    "SE": ["Telia", "Tele2", "Telenor", "Tre"],
    "IN": ["Jio", "Airtel", "Vi"],
}


def loc(f: D):
    return f.pick(LOCALES[f.region])


def tz(f: D):
    return f.pick(TZ[f.region])


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Glydo"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
            "build": G(lambda f: f.pick(["41800", "41802", "41900"])),
            "namespace": G(lambda f: "health.glydo.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.35),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(loc),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.6", "18.0.1"]))},
        "screen": {
            "height": G(lambda f: f.pick([844, 852, 932])),
            "width": G(lambda f: f.pick([390, 393, 430])),
        },
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Glydo"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.0"])),
            "build": G(lambda f: f.pick(["4180012", "4190004"])),
            "namespace": G(lambda f: "health.glydo.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "CPH2449", "23049PCD8I"])),
            "name": G(lambda f: f.pick(["e1s", "shiba", "OP5958L1", "marble"])),
            "type": G(lambda f: "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.4),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(loc),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
                "speed": G(lambda f: round(f.r.uniform(0, 2), 2)),
            },
            0.5,
        ),
        "network": {
            "bluetooth": G(lambda f: True),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.region])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "15"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: f.pick([2340, 2400])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(tz),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Glydo Follow"),
            "version": G(lambda f: f.pick(["2.6.0", "2.7.1"])),
            "build": G(lambda f: f.pick(["260", "271"])),
            "namespace": G(lambda f: "health.glydo.follow"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546E"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(loc),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"height": G(lambda f: 844), "width": G(lambda f: 390)},
        "timezone": G(tz),
        "traits": {
            "email": Y(p("email"), "email"),
            "firstName": Y(p("first"), "name"),
            "plan": G(lambda f: f.pick(["follower", "free"])),
        },
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Glydo Lite"),
            "version": G(lambda f: f.pick(["1.9.3", "1.10.0"])),
            "build": G(lambda f: f.pick(["93", "100"])),
            "namespace": G(lambda f: "in.glydo.lite"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Xiaomi", "realme", "vivo", "samsung"])),
            "model": G(lambda f: f.pick(["Redmi Note 12", "RMX3686", "V2250", "SM-M146B"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "locale": G(loc),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {"height": G(lambda f: 2400), "width": G(lambda f: 1080), "density": G(lambda f: 2.75)},
        "timezone": G(tz),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def web_context(paths):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.bing.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=app_banner"])),
            "title": G(lambda f: f.pick(["Glydo", "Glydo Shop", "Checkout | Glydo", "Glydo Clinic"])),
            "url": G(
                lambda f: (
                    "https://"
                    + f.pick(["shop.glydo.health", "app.glydo.health", "clinic.glydo.health"])
                    + f.pick(paths)
                )
            ),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/126.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                    "(KHTML, like Gecko) Version/17.5 Safari/605.1.15",
                    "Mozilla/5.0 (Linux; Android 13; RMX3686) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/125.0.0.0 Mobile Safari/537.36",
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not/A)Brand"])),
                    "version": G(lambda f: f.pick(["126", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(loc),
        "timezone": G(tz),
        "campaign": Opt(
            {
                "name": G(lambda f: f.pick(["g7_launch", "libre3_switch", "diwali_offer", "sommarrea"])),
                "source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
                "term": G(lambda f: f.pick(["cgm sensor", "libre 3 price", "dexcom g7 india"])),
                "content": G(lambda f: f.pick(["hero_a", "carousel_2"])),
            },
            0.35,
        ),
        "referrer": Opt(
            {"type": G(lambda f: "google"), "id": Y(lambda f: f.gclid(), "advertising id", True)}, 0.2
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0"]),
    "dotnet": ("Analytics-CSharp", ["2.3.6"]),
}


def server_context(lib):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "ruby", "php"):
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
    if lib == "php":
        ctx["userAgent"] = G(
            lambda f: (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
            )
        )
    if lib == "python":
        ctx["locale"] = G(loc)
        ctx["timezone"] = G(tz)
    if lib == "java":
        ctx["active"] = G(lambda f: False)
    return ctx


WEB_PATHS = ["/", "/shop/g7", "/checkout", "/account", "/clinic/patients", "/share", "/pricing"]


def context_for(client: str):
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    if client == "web":
        return web_context(WEB_PATHS)
    return server_context(client)


APPS = ["swift", "kotlin", "flutter"]
MOBILE = ["swift", "kotlin"]

# -- free text ---------------------------------------------------------------------------------


def follower_sms(f: D) -> str:
    unit = "mmol/L" if f.region == "SE" else "mg/dL"
    g = f"{glucose(f)} {unit}"
    low = f"{round(f.r.uniform(2.2, 3.8), 1) if f.region == 'SE' else f.r.randint(40, 69)} {unit}"
    name = f.p["first"]
    return f.pick(
        [
            f"Glydo: {name}'s glucose is {g} and falling. Open the app to check in.",
            f"Glydo alert: {name} is LOW ({low}). Tap to view.",
            f"Glydo: {name} has been above range for 2 hrs ({g}).",
            f"Glydo: signal lost for {name} for 20 min. Last reading {g}.",
        ]
    )


def clinic_note(f: D) -> str:
    name = f.pick([f.p["full"], f.p["first"]])
    return f.pick(
        [
            f"Reviewed {name}'s 14-day CGM report; reduce overnight basal by 10%.",
            f"{name} reports frequent lows after exercise. Discussed carb loading.",
            f"Called {name}, no answer. Left voicemail re: A1c follow-up.",
            f"{name} to start Omnipod 5 next month, training booked.",
            f"Spoke with {name} and mother about school plan.",
        ]
    )


def chat_input(f: D) -> str:
    ph = f.p["phone"]
    return f.pick(
        [
            f"my sensor fell off after 3 days, pls call me on {ph}",
            f"replacement needed, reach me at {ph}",
            f"{ph} - please call, pod failed twice today",
            f"Hi, order not delivered yet. My number is {ph}",
            f"can someone call {ph}? app keeps saying signal loss",
        ]
    )


MEAL_NOTES = [
    "oatmeal with berries",
    "dal chawal and raita",
    "pasta at work, pre-bolused 15 min",
    "köttbullar med potatis",
    "skipped lunch",
    "pizza night, extended bolus",
    "idli sambar",
    "",
]

# -- events -------------------------------------------------------------------------------------
# (kind, event/name, clients, regions, weight, body)

EVENTS: list[tuple[str, str | None, list[str], list[str], int, dict]] = [
    # -- identity -----------------------------------------------------------------------------
    (
        "identify",
        None,
        [*APPS, "web", "rn"],
        ["US", "US", "SE", "IN"],
        70,
        {
            "firstName": Y(p("first"), "name"),
            "lastName": Y(p("last"), "name"),
            "email": Y(p("email"), "email"),
            "phone": Y(p("phone"), "phone"),
            "birthday": Y(p("dob"), "birthdate"),
            "gender": Opt(Y(p("gender"), "gender"), 0.6),
            "address": Opt(
                {
                    "street": Y(p("street"), "address|street"),
                    "city": Y(p("city"), "city"),
                    "state": G(lambda f: f.p["state"] or "Stockholms län"),
                    "postalCode": Y(p("postal"), "zipcode"),
                    "country": G(p("country")),
                },
                0.6,
            ),
            "avatar": Opt(Y(lambda f: f"https://cdn.glydo.health/avatars/{f.uuid()}.jpg", "photo"), 0.4),
            "createdAt": G(lambda f: f.iso()),
            "diabetesType": Y(lambda f: f.pick(CONDITIONS), "condition"),
            "diagnosisYear": Opt(Y(lambda f: f.r.randint(1975, 2024), "diagnosis"), 0.7),
            "therapy": Y(
                lambda f: f.pick(
                    ["insulin pump", "multiple daily injections", "oral medication", "basal only"]
                ),
                "medication",
            ),
            "glucoseUnit": G(lambda f: "mmol/L" if f.region == "SE" else "mg/dL"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "plan": G(lambda f: f.pick(["free", "plus", "clinic_sponsored"])),
            "age": G(lambda f: f.r.randint(8, 84)),
            "followersCount": G(lambda f: f.r.randint(0, 5)),
            "heightCm": Opt(G(lambda f: f.r.randint(120, 198)), 0.5),
            "weightKg": Opt(G(lambda f: round(f.r.uniform(28, 130), 1)), 0.5),
            "country": G(p("country")),
            "preferredLanguage": G(lambda f: f.pick(["en", "sv", "hi", "ta", "es"])),
        },
    ),
    (
        "identify",
        None,
        ["python", "node"],
        ["US", "US", "SE", "IN"],
        40,
        {
            "USER_ID": G(lambda f: f.digits(8)),
            "EMAIL": Y(p("email"), "email"),
            "FIRST_NAME": Y(p("first"), "name"),
            "LAST_NAME": Y(p("last"), "name"),
            "ZIP5": Y(lambda f: f.p["postal"][:5], "zipcode"),
            "STATE": G(p("state")),
            "DIABETES_TYPE": Y(lambda f: f.pick(CONDITIONS), "condition"),
            "LAST_A1C_PCT": Y(lambda f: round(f.r.uniform(5.4, 11.8), 1), "condition|diagnosis"),
            "LAST_A1C_DATE": G(lambda f: f.date(2023, 2024)),
            "LIFETIME_ORDERS": G(lambda f: f.r.randint(0, 40)),
            "LTV_USD": G(lambda f: f.money(0, 9000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "COVERAGE_TYPE": G(lambda f: f.pick(["commercial", "medicare", "medicaid", "cash", "va"])),
            "PAYER_NAME": G(lambda f: f.pick(INSURERS)),
            "MEMBER_ID": Y(lambda f: f.pick(["XEH", "ZGP", "W"]) + f.digits(9), "identification"),
            "SENSOR_MODEL": G(lambda f: f.pick(SENSORS)),
            "DAYS_SINCE_LAST_SYNC": G(lambda f: f.r.randint(0, 60)),
            "IS_PUMP_USER": Y(lambda f: f.pick([True, False]), "medication|condition"),
            "SYNCED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ["SE"],
        35,
        {
            "förnamn": Y(p("first"), "name"),
            "efternamn": Y(p("last"), "name"),
            "personnummer": RED(lambda f: f.personnummer(f.p["dob"]), "national id"),
            "e_post": Y(p("email"), "email"),
            "mobilnummer": Y(p("phone"), "phone"),
            "adress": {
                "gatuadress": Y(p("street"), "address|street"),
                "postnummer": Y(p("postal"), "zipcode"),
                "ort": Y(p("city"), "city"),
            },
            "vårdcentral": G(lambda f: f.pick(CLINICS["SE"])),
            "region": G(
                lambda f: f.pick(
                    ["Region Stockholm", "Västra Götalandsregionen", "Region Skåne", "Region Uppsala"]
                )
            ),
            "diabetestyp": Y(
                lambda f: f.pick(["typ 1", "typ 2", "LADA", "graviditetsdiabetes"]), "condition"
            ),
            "samtycke_forskning": G(lambda f: f.pick([True, False])),
            "språk": G(lambda f: f.pick(["sv", "en", "ar", "fi"])),
            "skapad": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        ["IN"],
        35,
        {
            "naam": Y(p("full"), "name"),
            "mobile_sankhya": Y(p("phone"), "phone"),
            "pata": {
                "ghar": Y(p("street"), "address|street"),
                "shahar": Y(p("city"), "city"),
                "rajya": G(p("state")),
                "pin_code": Y(p("postal"), "zipcode"),
            },
            "janm_tithi": Y(lambda f: f.dob_fmt(f.p["dob"]), "birthdate"),
            "ling": Y(lambda f: f.pick(["purush", "mahila", "anya"]), "gender"),
            "umar": G(lambda f: f.r.randint(12, 80)),
            "aadhaar_sankhya": Opt(RED(lambda f: f.aadhaar(), "national id"), 0.5),
            "pan": Opt(RED(lambda f: f.pan(f.p["last"]), "national id"), 0.4),
            "abha_sankhya": RED(lambda f: f.abha(), "health id"),
            "abha_pata": RED(lambda f: f.abha_address(f.p), "health id"),
            "madhumeh_prakar": Y(lambda f: f.pick(["type 1", "type 2", "gestational"]), "condition"),
            "bhasha": G(lambda f: f.pick(["hi", "ta", "te", "bn", "en"])),
            "upyogkarta_id": G(lambda f: "IN" + f.digits(9)),
            "panjikaran_dinank": G(lambda f: f.date(2022, 2024)),
        },
    ),
    (
        "group",
        None,
        ["web", "ruby"],
        ["US", "SE", "IN"],
        30,
        {
            "name": G(lambda f: f.pick(CLINICS[f.region])),
            "industry": G(lambda f: f.pick(["Endocrinology", "Primary care", "Pediatrics"])),
            "employees": G(lambda f: f.r.randint(4, 900)),
            "plan": G(lambda f: f.pick(["clinic_basic", "clinic_pro"])),
            "website": G(
                lambda f: f.pick(
                    ["https://www.joslin.org", "https://www.karolinska.se", "https://www.apollosugar.com"]
                )
            ),
            "ehr": G(lambda f: f.pick(["Epic", "Cerner", "Cosmic", "TakeCare", "Practo"])),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "diabetes.team@clinic.example.org",
                        "no-reply@apollosugar.example.in",
                        "info@vardcentralen.example.se",
                    ]
                )
            ),
            "main_phone": G(
                lambda f: f.pick(
                    ["+1 617 732 2400", "+46 8 517 700 00", "+91 44 4396 8888", "(505) 272-2111"]
                )
            ),
            "location": {
                "street": G(
                    lambda f: f.pick(["1 Joslin Place", "Eugeniavägen 3", "No. 6B, Conran Smith Road"])
                ),
                "city": G(lambda f: f.pick(["Boston", "Solna", "Chennai"])),
                "postal_code": G(lambda f: f.pick(["02215", "171 76", "600086"])),
            },
            "npi_group": Opt(G(lambda f: "1" + f.digits(9)), 0.5),
            "patients_enrolled": G(lambda f: f.r.randint(0, 4000)),
        },
    ),
    # -- sign-in and account --------------------------------------------------------------------
    (
        "track",
        "Account Created",
        ["web", *APPS],
        ["US", "SE", "IN"],
        40,
        {
            "email": Y(p("email"), "email"),
            "password": Opt(
                RED(
                    lambda f: f.pick(
                        ["Sugar2024!", "glydo#" + f.digits(4), "Summer!" + f.digits(2), f.p["first"] + "123"]
                    ),
                    "password",
                ),
                0.3,
            ),
            "first_name": Y(p("first"), "name"),
            "last_name": Y(p("last"), "name"),
            "phone_number": Opt(Y(p("phone"), "phone"), 0.6),
            "accepted_terms": G(lambda f: True),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "signup_source": G(lambda f: f.pick(["app_store", "clinic_invite", "web", "pharmacy_leaflet"])),
            "referral_code": Opt(G(lambda f: "GLY-" + f.hexid(6).upper()), 0.4),
            "clinic_invite_id": Opt(G(lambda f: f.uuid()), 0.3),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Signed In",
        [*APPS, "web", "rn"],
        ["US", "SE", "IN"],
        45,
        {
            "method": G(lambda f: f.pick(["password", "sms_otp", "magic_link", "bankid", "apple", "google"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
            "login_count": G(lambda f: f.r.randint(1, 900)),
            "biometric": G(lambda f: f.pick([True, False])),
            "remember_device": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sign In Failed",
        ["node", "java"],
        ["US", "SE", "IN"],
        30,
        {
            "identifier": Y(p("email"), "email", True),
            "reason": G(lambda f: f.pick(["wrong_password", "locked", "unknown_user", "mfa_timeout"])),
            "attempt": G(lambda f: f.r.randint(1, 6)),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(
                lambda f: f.pick(
                    [
                        "Glydo/4.18.0 (iPhone; iOS 17.5.1)",
                        "okhttp/4.12.0",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                    ]
                )
            ),
            "locked_until": G(lambda f: f.pick([None, f.iso()])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        ["US", "SE", "IN"],
        25,
        {
            "email": Y(p("email"), "email"),
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "expires_in_minutes": G(lambda f: 30),
            "requested_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["flutter", "kotlin", "node"],
        ["IN"],
        30,
        {
            "mobile": Y(p("phone"), "phone"),
            "otp": RED(lambda f: f.otp(), "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "verified": G(lambda f: f.pick([True, True, False])),
            "provider": G(lambda f: f.pick(["msg91", "twilio_verify"])),
            "request_id": G(lambda f: f.hexid(24)),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["python", "node"],
        ["US", "SE"],
        25,
        {
            "email": Y(p("email"), "email"),
            "login_url": RED(
                lambda f: "https://app.glydo.health/auth/verify?token=" + f.hexid(40), "token", True
            ),
            "expires_at": G(lambda f: f.iso()),
            "template": G(lambda f: f.pick(["magic_link_v2", "magic_link_sv"])),
        },
    ),
    (
        "track",
        "BankID Sign-in Completed",
        ["python"],
        ["SE"],
        30,
        {
            "orderRef": G(lambda f: f.uuid()),
            "status": G(lambda f: "complete"),
            "completionData": {
                "user": {
                    "personalNumber": RED(
                        lambda f: f.personnummer(f.p["dob"], long=True).replace("-", ""), "national id"
                    ),
                    "name": Y(p("full"), "name"),
                    "givenName": Y(p("first"), "name"),
                    "surname": Y(p("last"), "name"),
                },
                "device": {"ipAddress": Y(lambda f: f.ipv4(), "ip")},
                "bankIdIssueDate": G(lambda f: f.date(2019, 2024)),
            },
            "hintCode": G(lambda f: f.pick([None, "userSign"])),
            "durationMs": G(lambda f: f.r.randint(4000, 60000)),
        },
    ),
    (
        "track",
        "Session Refreshed",
        ["go", "java"],
        ["US", "SE", "IN"],
        25,
        {
            "refresh_token": RED(lambda f: f.jwt(), "token"),
            "session_id": G(lambda f: f.uuid()),
            "access_token_expires_in": G(lambda f: 3600),
            "client": G(lambda f: f.pick(["ios", "android", "web"])),
        },
    ),
    (
        "track",
        "Clinic API Credentials Created",
        ["ruby"],
        ["US", "SE"],
        20,
        {
            "client_id": G(lambda f: "cli_" + f.hexid(16)),
            "client_secret": RED(lambda f: "gsk_live_" + "".join(f.pick(ALNUM) for _ in range(32)), "secret"),
            "scopes": Many(G(lambda f: f.pick(["patients.read", "reports.read", "devices.read"])), 3),
            "created_by_role": G(lambda f: f.pick(["clinic_admin", "owner"])),
            "expires_in_days": G(lambda f: f.pick([90, 365])),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        ["swift", "kotlin", "web"],
        ["US", "SE", "IN"],
        35,
        {
            "field": G(lambda f: "mobile_phone"),
            "value": Y(p("phone"), "phone", True),
            "previous_value_set": G(lambda f: f.pick([True, False])),
            "screen": G(lambda f: f.pick(["profile", "onboarding_contact"])),
        },
    ),
    # -- devices ----------------------------------------------------------------------------
    (
        "track",
        "Sensor Paired",
        MOBILE,
        ["US", "SE", "IN"],
        55,
        {
            "sensor_model": G(lambda f: f.pick(SENSORS)),
            "sensor_serial": Y(lambda f: f.sensor_serial(), "serial"),
            "transmitter_id": Opt(Y(lambda f: "8G" + f.hexid(4).upper(), "serial"), 0.4),
            "lot_number": G(lambda f: f.digits(7)),
            "ble_address": Opt(Y(lambda f: f.ble_mac(), "mac"), 0.5),
            "pairing_method": G(lambda f: f.pick(["nfc", "bluetooth", "code"])),
            "warmup_minutes": G(lambda f: f.pick([30, 60, 120])),
            "expires_at": G(lambda f: f.iso()),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, True, False])),
            "sensor_session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Pump Paired",
        MOBILE,
        ["US", "SE"],
        35,
        {
            "pump_model": G(lambda f: f.pick(PUMPS)),
            "pump_serial": Y(lambda f: f.pump_serial(), "serial"),
            "firmware_version": G(lambda f: f.pick(["7.6.1", "2.4.0.19", "1.3.2"])),
            "pod_lot": Opt(G(lambda f: "L" + f.digits(8)), 0.5),
            "basal_programs": G(lambda f: f.r.randint(1, 4)),
            "automated_mode": G(lambda f: f.pick([True, False])),
            "paired_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Smart Pen Connected",
        ["kotlin", "swift"],
        ["SE", "US"],
        25,
        {
            "pen_model": G(lambda f: f.pick(["NovoPen 6", "InPen", "NovoPen Echo Plus"])),
            "pen_serial": Y(lambda f: f.pick(["NP6", "INP"]) + f.digits(8), "serial"),
            "insulin_loaded": Y(lambda f: f.pick(INSULINS), "medication"),
            "doses_imported": G(lambda f: f.r.randint(0, 120)),
            "nfc": G(lambda f: True),
        },
    ),
    (
        "track",
        "Device Alert",
        MOBILE,
        ["US", "SE", "IN"],
        40,
        {
            "alert_id": G(lambda f: f.uuid()),
            "device_alert": G(
                lambda f: f.pick(
                    ["signal_loss", "sensor_expiring", "pod_occlusion", "low_reservoir", "sensor_error"]
                )
            ),
            "device_type": G(lambda f: f.pick(["cgm", "pump", "pen"])),
            "battery_pct": G(lambda f: f.r.randint(3, 100)),
            "minutes_since_last_reading": G(lambda f: f.r.randint(0, 180)),
            "acknowledged": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- glucose, insulin, meals, labs -----------------------------------------------------------
    (
        "track",
        "Glucose Readings Synced",
        [*MOBILE, "flutter"],
        ["US", "SE", "IN"],
        60,
        {
            "readings": Many(
                {
                    "glucose": Y(glucose, "condition"),
                    "trend": Y(lambda f: f.pick(TREND), "condition"),
                    "recorded_at": G(lambda f: f.iso()),
                    "source": G(lambda f: f.pick(["cgm", "cgm", "fingerstick"])),
                },
                5,
            ),
            "unit": G(lambda f: "mmol/L" if f.region == "SE" else "mg/dL"),
            "count": G(lambda f: f.r.randint(1, 288)),
            "sensor_session_id": G(lambda f: f.uuid()),
            "sync_latency_ms": G(lambda f: f.r.randint(40, 9000)),
            "backfilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Glucose Alert Triggered",
        [*MOBILE, "flutter"],
        ["US", "SE", "IN"],
        50,
        {
            "alert_id": G(lambda f: f.uuid()),
            "alert_type": Y(
                lambda f: f.pick(
                    ["urgent_low", "low", "high", "rising_fast", "falling_fast", "urgent_low_soon"]
                ),
                "condition",
            ),
            "glucose_value": Y(glucose, "condition"),
            "threshold": G(lambda f: f.pick([55, 70, 180, 250, 3.9, 10.0])),
            "acknowledged": G(lambda f: f.pick([True, False])),
            "snoozed_minutes": G(lambda f: f.pick([0, 15, 30, 60])),
            "followers_notified": G(lambda f: f.r.randint(0, 4)),
            "sound": G(lambda f: f.pick(["default", "siren", "vibrate"])),
        },
    ),
    (
        "track",
        "Insulin Dose Logged",
        [*MOBILE, "flutter"],
        ["US", "SE", "IN"],
        50,
        {
            "insulin_name": Y(lambda f: f.pick(INSULINS), "medication"),
            "dose_units": Y(lambda f: round(f.r.uniform(0.5, 40), 1), "medication"),
            "dose_type": G(lambda f: f.pick(["bolus", "basal", "correction"])),
            "delivery": G(lambda f: f.pick(["pen", "pump", "syringe"])),
            "iob_units": Opt(Y(lambda f: round(f.r.uniform(0, 8), 2), "medication"), 0.5),
            "logged_at": G(lambda f: f.iso()),
            "entry_method": G(lambda f: f.pick(["manual", "pen_sync", "pump_sync"])),
            "carbs_g": Opt(G(lambda f: f.r.randint(0, 120)), 0.6),
        },
    ),
    (
        "track",
        "Meal Logged",
        [*APPS, "rn"],
        ["US", "SE", "IN"],
        45,
        {
            "meal_type": G(lambda f: f.pick(["breakfast", "lunch", "dinner", "snack"])),
            "carbs_g": G(lambda f: f.r.randint(0, 140)),
            "foods": Many(
                {
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Oatmeal",
                                "Basmati rice",
                                "Chapati",
                                "Knäckebröd",
                                "Apple",
                                "Greek yogurt",
                                "Masala dosa",
                            ]
                        )
                    ),
                    "carbs_g": G(lambda f: f.r.randint(0, 60)),
                    "portion": G(lambda f: f.pick(["1 cup", "100 g", "2 pcs", "1 medium"])),
                },
                4,
            ),
            "comment": G(lambda f: f.pick(MEAL_NOTES)),
            "photo_attached": G(lambda f: f.pick([True, False])),
            "logged_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Lab Result Added",
        ["web", *MOBILE],
        ["US", "SE", "IN"],
        40,
        {
            "test_name": Y(
                lambda f: f.pick(
                    ["HbA1c", "Fasting plasma glucose", "eGFR", "LDL cholesterol", "Urine albumin", "TSH"]
                ),
                "procedure",
            ),
            "result_value": Y(lambda f: round(f.r.uniform(4.8, 140), 1), "condition|diagnosis"),
            "result_unit": G(lambda f: f.pick(["%", "mmol/mol", "mg/dL", "mL/min/1.73m2"])),
            "reference_range": G(lambda f: f.pick(["4.0-5.6", "70-99", ">60", "<100"])),
            "out_of_range": Y(lambda f: f.pick([True, False]), "condition"),
            "collected_at": G(lambda f: f.date(2023, 2024)),
            "lab_name": G(
                lambda f: f.pick(
                    [
                        "Quest Diagnostics",
                        "Labcorp",
                        "Unilabs",
                        "Karolinska Universitetslaboratoriet",
                        "Thyrocare",
                        "Dr Lal PathLabs",
                    ]
                )
            ),
            "source": G(lambda f: f.pick(["manual", "fhir_import", "photo_ocr"])),
            "ordering_clinician": Opt(Y(lambda f: "Dr. " + f.c["full"], "name"), 0.5),
        },
    ),
    (
        "track",
        "Health Profile Updated",
        [*MOBILE, "web"],
        ["US", "SE", "IN"],
        35,
        {
            "complications": Many(Y(lambda f: f.pick(COMPLICATIONS), "condition"), 2),
            "other_medications": Many(Y(lambda f: f.pick(ORAL_MEDS), "medication"), 2),
            "allergies": Opt(
                Many(Y(lambda f: f.pick(["penicillin", "sulfa", "adhesive tape", "latex"]), "allergy"), 2),
                0.5,
            ),
            "icd10_codes": Opt(
                Many(Y(lambda f: f.pick(["E10.9", "E11.65", "E11.9", "O24.419", "E10.649"]), "diagnosis"), 2),
                0.5,
            ),
            "impaired_hypo_awareness": Y(lambda f: f.pick([True, False]), "condition"),
            "sex_at_birth": Y(lambda f: f.pick(["female", "male"]), "sex"),
            "target_low": G(lambda f: f.pick([70, 80, 3.9])),
            "target_high": G(lambda f: f.pick([180, 160, 10.0])),
            "profile_completion": G(lambda f: round(f.r.random(), 2)),
        },
    ),
    (
        "track",
        "Pregnancy Mode Enabled",
        MOBILE,
        ["US", "SE", "IN"],
        25,
        {
            "is_pregnant": Y(lambda f: True, "condition"),
            "due_date": Y(lambda f: f.date(2024, 2025), "condition"),
            "weeks_pregnant": Y(lambda f: f.r.randint(5, 38), "condition"),
            "target_range": G(lambda f: f.pick(["63-140", "3.5-7.8"])),
            "clinician_approved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Fasting Mode Enabled",
        [*MOBILE, "flutter"],
        ["IN", "SE", "US"],
        25,
        {
            "fasting_type": Y(
                lambda f: f.pick(["ramadan", "navratri", "ekadashi", "yom_kippur", "intermittent"]),
                "religion",
            ),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "days": G(lambda f: f.pick([1, 9, 30])),
            "reduce_basal_pct": G(lambda f: f.pick([0, 10, 20])),
        },
    ),
    (
        "track",
        "Wellbeing Check-in Completed",
        [*MOBILE, "rn"],
        ["US", "SE", "IN"],
        25,
        {
            "mood": Y(lambda f: f.pick(["anxious", "burnt out", "low", "okay", "good"]), "condition"),
            "distress_score": Y(lambda f: f.r.randint(0, 17), "condition"),
            "completed_in_sec": G(lambda f: f.r.randint(20, 300)),
            "prompt_variant": G(lambda f: f.pick(["dds2", "who5"])),
        },
    ),
    (
        "track",
        "Research Consent Given",
        ["web", "swift"],
        ["US"],
        25,
        {
            "study_id": G(lambda f: "STUDY-" + f.digits(4)),
            "consent_version": G(lambda f: f.pick(["v3.1", "v3.2"])),
            "race": Y(
                lambda f: f.pick(
                    [
                        "Black or African American",
                        "White",
                        "Asian",
                        "American Indian or Alaska Native",
                        "Native Hawaiian or Other Pacific Islander",
                    ]
                ),
                "race",
            ),
            "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "share_deidentified": G(lambda f: f.pick([True, False])),
            "signature_name": Y(p("full"), "name"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    # -- sharing: clinicians and followers ------------------------------------------------------
    (
        "track",
        "Report Shared",
        [*MOBILE, "web"],
        ["US", "SE", "IN"],
        40,
        {
            "clinician_name": Y(lambda f: "Dr. " + f.c["full"], "name"),
            "clinician_email": Y(c("email"), "email"),
            "clinic_name": G(lambda f: f.pick(CLINICS[f.region])),
            "clinic_phone": G(
                lambda f: f.pick(["+1 617 732 2400", "08-517 700 00", "+91 44 4396 8888", "(713) 441-5000"])
            ),
            "sharing_code": Opt(
                RED(lambda f: "".join(f.pick("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8)), "token"),
                0.5,
            ),
            "share_method": G(lambda f: f.pick(["pdf_email", "clinic_portal", "print"])),
            "report_type": G(lambda f: f.pick(["agp", "daily_overview", "logbook"])),
            "date_range_days": G(lambda f: f.pick([7, 14, 30, 90])),
            "include_notes": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Follower Invited",
        [*MOBILE, "flutter"],
        ["US", "SE", "IN"],
        40,
        {
            "invite_id": G(lambda f: f.uuid()),
            "follower_name": Y(o("full"), "name"),
            "follower_email": Opt(Y(o("email"), "email"), 0.7),
            "follower_phone": Opt(Y(o("phone"), "phone"), 0.6),
            "relationship": G(
                lambda f: f.pick(["parent", "spouse", "partner", "child", "friend", "caregiver"])
            ),
            "notify_urgent_low": G(lambda f: f.pick([True, False])),
            "notify_high": G(lambda f: f.pick([True, False])),
            "invite_expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Follower Invite Opened",
        ["rn"],
        ["US", "SE", "IN"],
        30,
        {
            "link": RED(
                lambda f: "https://share.glydo.health/join/" + "".join(f.pick(ALNUM) for _ in range(22)),
                "token",
                True,
            ),
            "platform": G(lambda f: f.pick(["ios", "android"])),
            "app_installed": G(lambda f: f.pick([True, False])),
            "opened_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Follower Notification Sent",
        ["node"],
        ["US", "SE", "IN"],
        40,
        {
            "channel": G(lambda f: "sms"),
            "followerId": G(lambda f: f.uuid()),
            "twilio": {
                "MessageSid": G(lambda f: "SM" + f.hexid(32)),
                "AccountSid": G(lambda f: "AC" + f.hexid(32)),
                "To": Y(lambda f: "+" + f.e164(f.o), "phone", True),
                "From": G(lambda f: f.pick(["+18335550199", "+46766861004", "GLYDOA"])),
                "Body": Y(follower_sms, "name|condition", True),
                "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
                "NumSegments": G(lambda f: f.pick(["1", "2"])),
                "Price": G(lambda f: f.pick([None, "-0.00790", "-0.0450"])),
                "ErrorCode": G(lambda f: f.pick([None, None, 30003, 30006])),
            },
            "alert_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        ["flutter", "swift"],
        ["US", "SE", "IN"],
        30,
        {
            "emergency_contact": {
                "name": Y(o("full"), "name"),
                "phone": Y(o("phone"), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "spouse", "sibling", "neighbour"])),
            },
            "medical_id_enabled": G(lambda f: f.pick([True, False])),
            "show_on_lock_screen": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dependant Profile Added",
        ["swift", "web"],
        ["US", "SE", "IN"],
        30,
        {
            "dependant_id": G(lambda f: f.uuid()),
            "child_first_name": Y(o("first"), "name"),
            "child_birthdate": Y(lambda f: f.date(2008, 2021), "birthdate"),
            "child_diabetes_type": Y(lambda f: f.pick(["type 1", "type 1", "MODY"]), "condition"),
            "school_name": G(
                lambda f: f.pick(
                    ["Lincoln Elementary", "Vasaskolan", "Kendriya Vidyalaya No. 2", "Delhi Public School"]
                )
            ),
            "school_nurse_name": Opt(Y(lambda f: f.c["full"], "name"), 0.6),
            "school_nurse_phone": Opt(Y(c("phone"), "phone"), 0.5),
            "school_office_phone": Opt(
                G(lambda f: f.pick(["(602) 555-0142", "08-508 440 00", "011 2649 3581"])), 0.5
            ),
            "guardian_relationship": G(lambda f: f.pick(["mother", "father", "legal_guardian"])),
            "is_under_13": G(lambda f: f.pick([True, False])),
            "dependants_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- clinician portal -----------------------------------------------------------------------
    (
        "track",
        "Care Team Member Added",
        ["web"],
        ["US", "SE", "IN"],
        30,
        {
            "label": Y(lambda f: "Dr. " + f.c["full"], "name", True),
            "role": G(
                lambda f: f.pick(["endocrinologist", "CDCES", "dietitian", "diabetessköterska", "nurse"])
            ),
            "npi": Opt(G(lambda f: "1" + f.digits(9)), 0.5),
            "work_email": Y(c("email"), "email"),
            "can_adjust_settings": G(lambda f: f.pick([True, False])),
            "clinic_id": G(lambda f: "cl_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Patient Searched",
        ["web"],
        ["US", "SE", "IN"],
        35,
        {
            "q": Y(
                lambda f: f.pick(
                    [
                        f.p["full"],
                        f.p["last"],
                        f.p["last"] + ", " + f.p["first"],
                        f.p["first"] + " " + f.p["last"][0],
                    ]
                ),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "filters": {
                "risk": G(lambda f: f.pick(["all", "high", "tir_below_50"])),
                "last_sync": G(lambda f: f.pick(["24h", "7d", "any"])),
            },
            "page": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Patient Record Opened",
        ["web"],
        ["US", "SE", "IN"],
        35,
        {
            "patient_id": G(lambda f: f.uuid()),
            "mrn": RED(lambda f: f.pick(["MRN", "", "E"]) + f.digits(f.pick([7, 8, 10])), "health id"),
            "patient_dob": Y(lambda f: f.dob_fmt(f.p["dob"]), "birthdate"),
            "tab": G(lambda f: f.pick(["overview", "agp", "devices", "notes"])),
            "time_in_range_pct": Y(lambda f: f.r.randint(18, 96), "condition"),
            "gmi": Y(lambda f: round(f.r.uniform(5.6, 10.4), 1), "condition"),
            "viewed_by_role": G(lambda f: f.pick(["physician", "nurse", "dietitian"])),
            "load_ms": G(lambda f: f.r.randint(120, 4000)),
        },
    ),
    (
        "track",
        "Clinic Note Saved",
        ["web"],
        ["US", "SE", "IN"],
        30,
        {
            "note": Y(clinic_note, "name", True),
            "note_type": G(lambda f: f.pick(["phone_call", "visit", "message"])),
            "word_count": G(lambda f: f.r.randint(8, 300)),
            "signed": G(lambda f: f.pick([True, False])),
            "note_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Vårdgivare Ansluten",
        ["python"],
        ["SE"],
        25,
        {
            "vårdgivare": G(
                lambda f: f.pick(["Region Stockholm", "Capio Vårdcentral Västra Frölunda", "Aleris Diabetes"])
            ),
            "hsa_id": G(lambda f: "SE2321000016-" + f.hexid(4).upper()),
            "organisationsnummer": G(
                lambda f: f.pick(["556013-9999", "232100-0016", "556742-0410", "556630-4045"])
            ),
            "kontaktperson": Y(c("full"), "name"),
            "kontakt_epost": Y(c("email"), "email"),
            "växelnummer": G(lambda f: f.pick(["08-123 700 00", "031-342 10 00", "010-104 00 00"])),
            "antal_patienter": G(lambda f: f.r.randint(1, 2500)),
            "ansluten": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["web", "swift", "php"],
        ["US", "SE", "IN"],
        35,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "provider_name": Y(lambda f: "Dr. " + f.c["full"], "name"),
            "specialty": G(lambda f: f.pick(["endocrinology", "podiatry", "ophthalmology", "nutrition"])),
            "visit_type": G(lambda f: f.pick(["telehealth", "in_person"])),
            "starts_at": G(lambda f: f.iso()),
            "visit_reason": Y(
                lambda f: f.pick(
                    [
                        "frequent lows",
                        "high A1c",
                        "foot ulcer",
                        "retinopathy follow-up",
                        "pregnancy planning",
                        "new diagnosis",
                    ]
                ),
                "condition",
            ),
            "location_name": G(lambda f: f.pick(CLINICS[f.region])),
            "reminder_sms": G(lambda f: f.pick([True, False])),
            "copay": G(lambda f: f.pick([0, 25, 40])),
        },
    ),
    # -- insurance and pharmacy -----------------------------------------------------------------
    (
        "track",
        "Insurance Added",
        ["web", "swift", "kotlin"],
        ["US"],
        40,
        {
            "payer_name": G(lambda f: f.pick(INSURERS)),
            "member_id": Y(lambda f: f.pick(["XEH", "ZGP", "W", "U"]) + f.digits(9), "identification"),
            "group_number": G(lambda f: f.digits(f.pick([6, 7, 8]))),
            "plan_type": G(lambda f: f.pick(["PPO", "HMO", "HDHP", "EPO"])),
            "subscriber_name": Y(lambda f: f.pick([f.p["full"], f.o["full"]]), "name"),
            "subscriber_dob": Y(lambda f: f.date(1950, 2000), "birthdate"),
            "subscriber_relationship": G(lambda f: f.pick(["self", "spouse", "parent"])),
            "rx_bin": G(lambda f: f.pick(["610014", "004336", "003858", "610502"])),
            "rx_pcn": G(lambda f: f.pick(["ADV", "MEDDPRIME", "A4", "9999"])),
            "rx_group": G(lambda f: f.pick(["RX1234", "HUMANA", "CVS"])),
            "card_front_uploaded": G(lambda f: f.pick([True, False])),
            "is_veteran": Opt(RED(lambda f: f.pick([True, False]), "veteran"), 0.5),
            "medicaid_id": Opt(RED(lambda f: f.pick(["", "TX"]) + f.digits(9), "health id"), 0.3),
        },
    ),
    (
        "track",
        "Medicare Coverage Verified",
        ["ruby", "java"],
        ["US"],
        30,
        {
            "mbi": RED(lambda f: f.mbi(), "health id"),
            "part_b_active": G(lambda f: f.pick([True, False])),
            "eligibility_status": G(lambda f: f.pick(["eligible", "ineligible", "pending_docs"])),
            "dme_supplier": G(lambda f: f.pick(["Byram Healthcare", "Edgepark", "CCS Medical"])),
            "verified_at": G(lambda f: f.iso()),
            "beneficiary_last_name": Y(p("last"), "name"),
            "beneficiary_dob": Y(lambda f: f.date(1935, 1959), "birthdate"),
        },
    ),
    (
        "track",
        "Patient Assistance Application Submitted",
        ["web", "php"],
        ["US"],
        25,
        {
            "program": G(lambda f: f.pick(["Lilly Cares", "NovoCare PAP", "Glydo Access"])),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "annual_income": Y(lambda f: f.r.randint(9000, 95000), "salary"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "medicare_part_d": G(lambda f: f.pick([True, False])),
            "income_proof_uploaded": G(lambda f: f.pick([True, False])),
            "application_id": G(lambda f: "PAP-" + f.digits(7)),
            "employer": Opt(G(lambda f: f.pick(["Walmart", "H-E-B", "self-employed", "Amazon"])), 0.5),
        },
    ),
    (
        "track",
        "Prescription Refill Requested",
        ["swift", "kotlin", "web"],
        ["US"],
        40,
        {
            "rx_number": Y(lambda f: f.pick(["RX", "", "7"]) + f.digits(7), "medication"),
            "medication_name": Y(
                lambda f: f.pick(
                    [
                        "Dexcom G7 Sensor",
                        "Humalog KwikPen",
                        "Omnipod 5 Pods",
                        "Lantus SoloStar",
                        "Metformin ER 750 mg",
                    ]
                ),
                "medication",
            ),
            "ndc": Y(lambda f: f.pick(NDCS), "medication"),
            "quantity": G(lambda f: f.pick([1, 3, 5, 10])),
            "days_supply": G(lambda f: f.pick([30, 90])),
            "pharmacy": {
                "name": G(lambda f: f.pick(PHARMACIES["US"])),
                "phone": G(lambda f: f.pick(["(713) 555-0182", "800-745-7000", "(505) 842-6111"])),
                "address": G(
                    lambda f: f.pick(
                        ["4500 Montrose Blvd, Houston, TX 77006", "1 Express Way, St. Louis, MO 63121"]
                    )
                ),
                "ncpdp": G(lambda f: f.digits(7)),
            },
            "prescriber_name": Y(lambda f: "Dr. " + f.c["full"], "name"),
            "refills_remaining": G(lambda f: f.r.randint(0, 11)),
            "auto_refill": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "PharmacyClaimAdjudicated",
        ["dotnet"],
        ["US"],
        35,
        {
            "ClaimId": G(lambda f: "C" + f.digits(11)),
            "PatientId": G(lambda f: f.uuid()),
            "PatientFirstName": Y(p("first"), "name"),
            "PatientLastName": Y(p("last"), "name"),
            "PatientDateOfBirth": Y(lambda f: f.p["dob"] + "T00:00:00", "birthdate"),
            "MemberId": Y(lambda f: f.pick(["XEH", "ZGP", "W"]) + f.digits(9), "identification"),
            "GroupNumber": G(lambda f: f.digits(7)),
            "PrescriptionNumber": Y(lambda f: f.digits(8), "medication"),
            "DrugName": Y(
                lambda f: f.pick(
                    ["HUMALOG KWIKPEN 100 U/ML", "DEXCOM G7 SENSOR", "OMNIPOD 5 G6 PODS", "TRESIBA FLEXTOUCH"]
                ),
                "medication",
            ),
            "Ndc": Y(lambda f: f.pick(NDCS).replace("-", ""), "medication"),
            "DaysSupply": G(lambda f: f.pick([30, 90])),
            "Copay": G(lambda f: f.money(0, 120)),
            "PlanPaid": G(lambda f: f.money(10, 900)),
            "PharmacyNpi": G(lambda f: "1" + f.digits(9)),
            "PrescriberNpi": G(lambda f: "1" + f.digits(9)),
            "PrescriberName": Y(lambda f: f.c["last"].upper() + ", " + f.c["first"].upper(), "name"),
            "Status": G(lambda f: f.pick(["Paid", "Rejected", "Reversed"])),
            "RejectCode": G(lambda f: f.pick([None, "75", "79", "MR"])),
            "AdjudicatedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Recept Förnyat",
        ["python"],
        ["SE"],
        35,
        {
            "receptnummer": Y(lambda f: f.digits(10), "medication"),
            "läkemedel": Y(
                lambda f: f.pick(
                    [
                        "NovoRapid FlexPen",
                        "Tresiba",
                        "Fiasp PumpCart",
                        "Dexcom G7 sensor",
                        "Metformin Sandoz 500 mg",
                    ]
                ),
                "medication",
            ),
            "dosering": Y(
                lambda f: f.pick(["enligt ordination", "10 E till kvällen", "1 tablett 2 gånger dagligen"]),
                "medication",
            ),
            "personnummer": RED(lambda f: f.personnummer(f.p["dob"]), "national id"),
            "apotek": G(lambda f: f.pick(PHARMACIES["SE"])),
            "förskrivare": Y(lambda f: f.c["full"], "name"),
            "uttag_kvar": G(lambda f: f.r.randint(0, 4)),
            "e_recept": G(lambda f: True),
            "högkostnadsskydd": G(lambda f: f.pick([True, False])),
            "tidpunkt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Dawai Order Placed",
        ["node", "flutter"],
        ["IN"],
        35,
        {
            "order_id": G(lambda f: "GLY" + f.digits(10)),
            "mareez_ka_naam": Y(p("full"), "name"),
            "mobile_sankhya": Y(p("phone"), "phone"),
            "pata": Y(lambda f: f.full_address(f.p), "address"),
            "pin_code": Y(p("postal"), "zipcode"),
            "dawai": Many(
                {
                    "naam": Y(
                        lambda f: f.pick(
                            [
                                "Glycomet 500",
                                "Lantus SoloStar",
                                "Huminsulin R",
                                "Janumet 50/500",
                                "Basalog One",
                            ]
                        ),
                        "medication",
                    ),
                    "khurak": Y(
                        lambda f: f.pick(["1 goli subah-shaam", "10 unit raat ko", "khane ke pehle 6 unit"]),
                        "medication",
                    ),
                    "matra": G(lambda f: f.r.randint(1, 5)),
                },
                3,
            ),
            "doctor_ka_naam": Y(lambda f: "Dr. " + f.c["full"], "name"),
            "parchi_upload": G(lambda f: f.pick([True, False])),
            "dawakhana": G(lambda f: f.pick(PHARMACIES["IN"])),
            "rashi": G(lambda f: f.money(150, 6000)),
            "bhugtan_vidhi": G(lambda f: f.pick(["UPI", "COD", "card", "netbanking"])),
            "beema_policy_sankhya": Opt(
                Y(lambda f: f.digits(4) + "/" + f.digits(6) + "/" + f.digits(2) + "/000", "identification"),
                0.3,
            ),
        },
    ),
    # -- shop, payment, shipping -----------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "kotlin"],
        ["US", "SE", "IN"],
        30,
        {
            "query": G(
                lambda f: f.pick(
                    ["g7 sensor", "omnipod pods", "overpatch", "libre 3", "test strips", "sensor adhesive"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        ["US", "SE", "IN"],
        45,
        {
            "product_id": G(lambda f: f.digits(6)),
            "sku": G(lambda f: f.pick(["STS-GS-003", "MT25229", "71534-01", "OP5-G7-10", "GLY-PATCH-25"])),
            "name": G(
                lambda f: f.pick(
                    [
                        "Dexcom G7 Sensor 10-day",
                        "FreeStyle Libre 3 Plus",
                        "Omnipod 5 Pods (10)",
                        "Glydo Overpatch 25-pack",
                        "Skin Tac wipes",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["CGM", "Pump supplies", "Accessories"])),
            "brand": G(lambda f: f.pick(["Dexcom", "Abbott", "Insulet", "Glydo"])),
            "price": G(lambda f: f.money(9, 420)),
            "currency": G(lambda f: {"US": "USD", "SE": "SEK", "IN": "INR"}[f.region]),
            "variant": G(lambda f: f.pick(["single", "3-pack", "tan", "clear"])),
            "url": G(lambda f: "https://shop.glydo.health/p/" + f.digits(6)),
            "image_url": G(lambda f: "https://cdn.glydo.health/p/" + f.hexid(10) + ".png"),
            "prescription_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin"],
        ["US", "SE", "IN"],
        45,
        {
            "order_id": G(lambda f: f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 1200)),
            "subtotal": G(lambda f: f.money(20, 1200)),
            "shipping": G(lambda f: f.money(0, 25)),
            "tax": G(lambda f: f.money(0, 90)),
            "discount": G(lambda f: f.money(0, 40)),
            "coupon": G(lambda f: f.pick([None, "WELCOME10", "DIWALI15", "SOMMAR"])),
            "currency": G(lambda f: {"US": "USD", "SE": "SEK", "IN": "INR"}[f.region]),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(6)),
                    "sku": G(lambda f: f.pick(["STS-GS-003", "MT25229", "71534-01", "OP5-G7-10"])),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Dexcom G7 Sensor 10-day",
                                "FreeStyle Libre 3 Plus",
                                "Omnipod 5 Pods (10)",
                                "Glydo Overpatch 25-pack",
                            ]
                        )
                    ),
                    "price": G(lambda f: f.money(9, 420)),
                    "quantity": G(lambda f: f.r.randint(1, 9)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(lambda f: f.pick([f.p["full"], f.o["full"]]), "name"),
                "line1": Y(p("street"), "address|street"),
                "line2": Y(
                    lambda f: f.p["line2"] or f.pick(["Apt 2", "lgh 1203", "Near Metro Station"]),
                    "address|street",
                ),
                "city": Y(p("city"), "city"),
                "state": G(p("state")),
                "postal_code": Y(p("postal"), "zipcode"),
                "country": G(p("country")),
            },
            "payment_method": G(lambda f: f.pick(["card", "klarna", "upi", "hsa_card", "swish"])),
            "card_brand": Opt(G(lambda f: f.pick(["visa", "mastercard", "amex", "rupay"])), 0.6),
            "card_last4": Opt(G(lambda f: f"{f.r.randint(0, 9999):04d}"), 0.6),
            "payment_method_id": Opt(RED(lambda f: f.pm(), "token"), 0.5),
            "is_subscription": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        ["US", "SE", "IN"],
        30,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "klarna", "upi", "hsa_card", "swish"])),
            "card_number": RED(lambda f: f.card_any(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.p["full"].upper(), "name"),
            "billing_postal_code": Y(p("postal"), "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Method Added",
        ["node", "web"],
        ["US", "SE"],
        30,
        {
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                "country": G(lambda f: f.pick(["US", "SE"])),
                "iin": G(lambda f: f.pick(["424242", "510510", "601100", "457173"])),
            },
            "billing_details": {
                "name": Y(p("full"), "name"),
                "email": Y(p("email"), "email"),
                "address": {
                    "line1": Y(p("street"), "address|street"),
                    "postal_code": Y(p("postal"), "zipcode"),
                    "country": G(p("country")),
                },
            },
            "hsa_fsa": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Swish Payment Completed",
        ["python"],
        ["SE"],
        30,
        {
            "payment_reference": G(lambda f: f.hexid(32).upper()),
            "payer_alias": Y(lambda f: f.e164(f.p), "phone", True),
            "payee_alias": G(lambda f: "1231181189"),
            "amount": G(lambda f: f.money(99, 4000)),
            "currency": G(lambda f: "SEK"),
            "message": G(lambda f: "Glydo order " + f.digits(9)),
            "status": G(lambda f: f.pick(["PAID", "DECLINED", "ERROR"])),
            "date_paid": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Razorpay Payment Captured",
        ["node"],
        ["IN"],
        35,
        {
            "event": G(lambda f: "payment.captured"),
            "payload": {
                "payment": {
                    "entity": {
                        "id": G(lambda f: "pay_" + "".join(f.pick(ALNUM) for _ in range(14))),
                        "amount": G(lambda f: f.r.randint(15000, 600000)),
                        "currency": G(lambda f: "INR"),
                        "status": G(lambda f: "captured"),
                        "order_id": G(lambda f: "order_" + "".join(f.pick(ALNUM) for _ in range(14))),
                        "method": G(lambda f: "upi"),
                        "vpa": RED(lambda f: f.upi(f.p), "bank account"),
                        "email": Y(p("email"), "email"),
                        "contact": Y(lambda f: "+" + f.e164(f.p), "phone", True),
                        "fee": G(lambda f: f.r.randint(100, 9000)),
                        "tax": G(lambda f: f.r.randint(10, 1600)),
                        "created_at": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
                        "acquirer_data": {
                            "rrn": G(lambda f: f.digits(12)),
                            "upi_transaction_id": G(lambda f: f.hexid(32).upper()),
                        },
                        "notes": {"glydo_order": G(lambda f: "GLY" + f.digits(10))},
                    }
                }
            },
        },
    ),
    (
        "track",
        "Refund Issued",
        ["node", "python"],
        ["IN", "SE"],
        30,
        {
            "refund_id": G(lambda f: "rfnd_" + f.hexid(14)),
            "amount": G(lambda f: f.money(100, 5000)),
            "reason": G(lambda f: f.pick(["sensor_failed", "order_cancelled", "duplicate_payment"])),
            "refund_account": {
                "account_number": RED(
                    lambda f: f.in_account() if f.region == "IN" else f.se_iban().replace(" ", ""),
                    "bank account",
                ),
                "ifsc": Opt(G(lambda f: f.ifsc()), 0.5),
                "beneficiary_name": Y(p("full"), "name"),
                "bank_name": G(
                    lambda f: f.pick(["HDFC Bank", "State Bank of India", "Swedbank", "SEB", "Handelsbanken"])
                ),
            },
            "speed": G(lambda f: f.pick(["normal", "optimum"])),
        },
    ),
    (
        "track",
        "Återbetalning Begärd",
        ["python"],
        ["SE"],
        25,
        {
            "belopp": G(lambda f: f.money(99, 3000)),
            "valuta": G(lambda f: "SEK"),
            "clearingnummer": G(lambda f: f.pick(["8327-9", "6000", "5000", "3300"])),
            "kontonummer": RED(
                lambda f: f.pick(
                    [f.digits(10), f.digits(3) + " " + f.digits(3) + " " + f.digits(3) + "-" + f.digits(1)]
                ),
                "bank account",
            ),
            "kontohavare": Y(p("full"), "name"),
            "orsak": G(lambda f: f.pick(["sensorfel", "dubbelbetalning", "ångerrätt"])),
            "ärendenummer": G(lambda f: "ÄR-" + f.digits(6)),
        },
    ),
    (
        "track",
        "order-shipped",
        ["go"],
        ["US", "SE", "IN"],
        40,
        {
            "order-id": G(lambda f: f.digits(9)),
            "tracking-number": G(
                lambda f: f.pick(
                    [
                        "1Z" + f.hexid(16).upper(),
                        "9400" + f.digits(18),
                        "JJD" + f.digits(18),
                        "EZ" + f.digits(9) + "IN",
                    ]
                )
            ),
            "carrier": G(lambda f: f.pick(["ups", "usps", "postnord", "bluedart", "delhivery"])),
            "service-level": G(lambda f: f.pick(["ground", "2day", "express"])),
            "ship-to-name": Y(lambda f: f.pick([f.p["full"], f.o["full"]]), "name"),
            "ship-to-phone": Y(p("phone"), "phone"),
            "ship-to-address": Y(lambda f: f.full_address(f.p), "address"),
            "ship-to-postal": Y(p("postal"), "zipcode"),
            "ship-to-country": G(p("country")),
            "package-weight-g": G(lambda f: f.r.randint(80, 2400)),
            "estimated-delivery": G(lambda f: f.date(2024, 2025)),
            "signature-required": G(lambda f: f.pick([True, False])),
            "cold-chain": G(lambda f: f.pick([True, False])),
            "warehouse": G(lambda f: f.pick(["RNO1", "ARN-DC", "BLR-DC2"])),
            "warehouse-address": G(
                lambda f: f.pick(
                    ["1200 Distribution Way, Reno, NV 89502", "Logistikvägen 4, 195 61 Arlandastad"]
                )
            ),
        },
    ),
    (
        "track",
        "delivery-exception",
        ["go"],
        ["US", "SE", "IN"],
        25,
        {
            "tracking-number": G(
                lambda f: f.pick(["1Z" + f.hexid(16).upper(), "9400" + f.digits(18), "JJD" + f.digits(18)])
            ),
            "exception-code": G(lambda f: f.pick(["NA", "AD", "WX", "RS"])),
            "driver-note": G(
                lambda f: f.pick(
                    ["No safe place to leave", "Business closed", "Weather delay", "Gate locked"]
                )
            ),
            "recipient-contact": Y(lambda f: f.p["phone"], "phone", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Sensor Replacement Requested",
        ["java", "web"],
        ["US", "SE", "IN"],
        35,
        {
            "case_number": G(lambda f: "CS-" + f.digits(8)),
            "sensor_serial": Y(lambda f: f.sensor_serial(), "serial"),
            "lot_number": G(lambda f: f.digits(7)),
            "failure_reason": G(lambda f: f.pick(["fell_off", "sensor_error", "early_expiry", "inaccurate"])),
            "days_worn": G(lambda f: f.r.randint(0, 14)),
            "skin_reaction": Y(lambda f: f.pick([True, False]), "allergy|condition"),
            "skin_reaction_description": Opt(
                Y(
                    lambda f: f.pick(
                        ["redness and itching around adhesive", "blistering", "rash after 2 days"]
                    ),
                    "allergy|condition",
                ),
                0.4,
            ),
            "ship_to": {
                "first_name": Y(p("first"), "name"),
                "last_name": Y(p("last"), "name"),
                "street": Y(p("street"), "address|street"),
                "city": Y(p("city"), "city"),
                "zip": Y(p("postal"), "zipcode"),
                "phone": Y(p("phone"), "phone"),
            },
            "replacement_order_id": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["web", "swift", "kotlin"],
        ["US", "SE", "IN"],
        30,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "input": Y(chat_input, "phone", True),
            "topic": G(lambda f: f.pick(["sensor", "order", "app", "billing"])),
            "agent_name": Opt(Y(c("first"), "name"), 0.6),
            "attachments": G(lambda f: f.r.randint(0, 2)),
            "sentiment": G(lambda f: f.pick(["negative", "neutral"])),
        },
    ),
    (
        "track",
        "Pharmacy Locator Used",
        ["kotlin", "swift"],
        ["US", "SE", "IN"],
        30,
        {
            "user_lat": Y(lambda f: f.lat(), "geolocation"),
            "user_lng": Y(lambda f: f.lon(), "geolocation"),
            "search_postcode": G(lambda f: f.pick(["77006", "113 51", "560038", "98101"])),
            "radius_km": G(lambda f: f.pick([2, 5, 10])),
            "results": Many(
                {
                    "name": G(lambda f: f.pick(PHARMACIES[f.region])),
                    "city": G(lambda f: f.pick(CITY_ONLY[f.region])),
                    "phone": G(lambda f: f.pick(["(713) 555-0182", "0771-450 450", "1860 500 0101"])),
                    "distance_km": G(lambda f: round(f.r.uniform(0.2, 9.9), 1)),
                    "stocks_sensors": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
        },
    ),
    # -- marketing and attribution --------------------------------------------------------------
    (
        "track",
        "Install Attributed",
        ["java"],
        ["US", "IN", "SE"],
        30,
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "organic", "tiktokglobal_int"])
            ),
            "campaign": G(lambda f: f.pick(["g7_launch_us", "cgm_india_q3", "sommarrea_se"])),
            "adset": G(lambda f: f.pick(["t1d_parents", "t2_lookalike", None])),
            "install_time": G(lambda f: f.iso()),
            "is_retargeting": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["ios", "android"])),
        },
    ),
    (
        "track",
        "Signup Landing Viewed",
        ["web"],
        ["US", "SE", "IN"],
        30,
        {
            "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.5),
            "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.5),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Opt(Y(lambda f: f.fbc(), "advertising id"), 0.5),
            "landing_variant": G(lambda f: f.pick(["a", "b"])),
            "utm_campaign": G(lambda f: f.pick(["g7_launch", "libre3_switch", "diwali_offer"])),
        },
    ),
    (
        "track",
        "Lead Sent To Meta",
        ["php"],
        ["US", "IN"],
        30,
        {
            "event_name": G(lambda f: f.pick(["Lead", "Purchase", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(
                lambda f: "https://shop.glydo.health" + f.pick(["/", "/shop/g7", "/checkout"])
            ),
            "user_data": {
                "em": Many(Y(lambda f: f.sha256(), "email"), 1),
                "ph": Many(Y(lambda f: f.sha256(), "phone"), 1),
                "external_id": Many(G(lambda f: f.sha256()), 1),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(
                    lambda f: (
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                        "Chrome/126.0 Safari/537.36"
                    )
                ),
                "fbc": Opt(Y(lambda f: f.fbc(), "advertising id"), 0.5),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(0, 500)),
                "currency": G(lambda f: f.pick(["USD", "INR"])),
            },
        },
    ),
    (
        "track",
        "Email Link Clicked",
        ["python"],
        ["US", "SE", "IN"],
        25,
        {
            "email_id": G(lambda f: f.hexid(16)),
            "email_subject": G(
                lambda f: f.pick(["Your sensor ships today", "Time to reorder?", "Din sensor är på väg"])
            ),
            "link_url": G(
                lambda f: (
                    "https://shop.glydo.health/reorder?utm_source=email&utm_campaign="
                    + f.pick(["reorder", "winback"])
                )
            ),
            "message_id": G(lambda f: f"<{f.hexid(20)}@mail.glydo.health>"),
            "from_address": G(lambda f: "no-reply@glydo.health"),
            "emails_sent": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    # -- page, screen -----------------------------------------------------------------------------
    (
        "page",
        "Shop",
        ["web"],
        ["US", "SE", "IN"],
        60,
        {
            "path": G(lambda f: f.pick(WEB_PATHS)),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://glydo.health/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=app"])),
            "title": G(lambda f: f.pick(["Glydo Shop", "Dexcom G7 | Glydo", "Checkout | Glydo"])),
            "url": G(lambda f: "https://shop.glydo.health" + f.pick(WEB_PATHS)),
        },
    ),
    (
        "screen",
        "Glucose Dashboard",
        [*APPS, "rn"],
        ["US", "SE", "IN"],
        60,
        {
            "from_screen": G(lambda f: f.pick(["home", "alerts", "history", "settings"])),
            "tab": G(lambda f: f.pick(["3h", "6h", "12h", "24h"])),
            "dark_mode": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sugar Reading Darj",
        ["flutter", "node"],
        ["IN"],
        30,
        {
            "sharkara_star": Y(glucose, "condition"),
            "samay": G(lambda f: f.iso()),
            "bhojan_ke_baad": G(lambda f: f.pick([True, False])),
            "upkaran": G(
                lambda f: f.pick(["Accu-Chek Instant", "OneTouch Select Plus", "Dr Morepen BG-03", "Libre 3"])
            ),
            "tippani": G(lambda f: f.pick(["", "khana thoda zyada", "walk ke baad", "upvas"])),
        },
    ),
    (
        "alias",
        None,
        ["swift", "kotlin", "web"],
        ["US", "SE", "IN"],
        20,
        {},
    ),
]


def message(f: D, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["usr_", "", "u-"]) + f.digits(8),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "clinic_" + f.digits(5)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, scale: float):
    f = D(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, regions, weight, body in EVENTS:
        for _ in range(max(6, round(weight * scale))):
            f.region = f.pick(regions)
            f.p = f.person()
            f.o = f.person(f.region if f.r.random() < 0.85 else f.pick(["US", "SE", "IN"]))
            f.c = f.person()
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=258, scale=1.0)
    write(Path(__file__).parent, "holdout258_", events, labels)
