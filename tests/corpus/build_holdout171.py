"""Writes holdout171: tests/corpus/holdout171_events.jsonl and holdout171_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run through the engine by its author. Only the shared
helpers (build.py, fake.py), build_holdout3.py's format and the reference matcher table were read.

Domain: a gold-loan, pawn-shop and microinsurance chain ("Sona") with branches and an app in
India, the Philippines and Thailand. Covers branch KYC (Aadhaar with Verhoeff check digits, PAN,
PhilSys card numbers, Thai citizen ids with their mod-11 check digit, UIDAI eKYC responses, a Thai
card reader on a .NET backend), pledged items (weights, karat, fineness, HUID hallmarks), loan
tickets, renewals, release and auction notices, interest payments by UPI, GCash (a PayMongo-shaped
webhook) and PromptPay, disbursement and penny-drop bank checks, nominees, beneficiaries and
dependants, policies and claims with free-text descriptions, credit bureau pulls, branch staff
actions (logins, overrides, cash drawers, PIN resets, incentives), telephony and e-mail vendor
webhooks (Twilio, Exotel, SendGrid), Meta CAPI and ad click ids, a jewellery web shop selling
unredeemed gold (Segment e-commerce spec) and page / screen / group / alias calls.

Clients: analytics.js, analytics-swift, analytics-kotlin (customer and branch-tablet apps),
analytics-react-native, analytics_flutter, and server libraries python, node, go, java, ruby, php
and Analytics.NET, each with the context block it really sends (context.ip, traits, device, app,
library, locale, userAgent, campaign, location where apps add it).

Conventions: mostly camelCase and snake_case English keys; PascalCase from the Thai .NET backend,
kebab-case from a Node gateway, SCREAMING_SNAKE from a warehouse reverse-ETL identify, Twilio /
Exotel PascalCase webhooks, and keys in Hindi transliteration (grahak_naam, pita_ka_naam, pata,
janm_tithi), Tagalog (pangalan, tirahan, kaarawan, benepisyaryo) and romanised Thai (chue,
namsakun, thorasap, thi_yu, lek_bat_prachachon). Values: names from Indian, Filipino, Thai (Latin
and Thai script) and other cultures; national phone formats (+91, 09xx / +63, 08x / +66); local
address shapes; ids with valid checksums where real ones have them (Luhn cards incl. RuPay,
Verhoeff Aadhaar, mod-11 Thai ids).

Labelling rules (the Privacy Portal's default colours, as given to the author):
- PII is personal data about a natural person: the user, a nominee, beneficiary, dependant,
  claimant, recipient, auction buyer or a staff member. Colour is the reference matcher's default;
  outside the reference, red for credentials/secrets, card numbers, bank accounts, government ids
  and health ids, yellow otherwise. Types use the reference's names where one fits; `a|b` when
  either is fair.
- Green: ids we issue (customer, loan account, ticket, claim, packet-seal, payment ids, UUIDs),
  versions, timestamps, amounts, weights, purity, enums, counters, booleans under PII-sounding keys,
  product / scheme / insurer / bank / branch names, a branch's own address, phone, role mailbox and
  coordinates, a searched or rate city, country, state, locale, timezone, currency, user agents,
  card brand / last four / expiry, IFSC codes and Thai bank codes (they identify the bank), masked
  bank account numbers showing only the last four, jewellery HUIDs and photos of pledged items
  (things, not people), ages, marital status, occupations and employers.
- Published policy followed as given: claim and customer numbers green; policy numbers and
  insurer member ids yellow `identification`; credit scores yellow `credit score`; pay and staff
  incentives yellow `salary`; plates yellow `license` and chassis numbers yellow `serial`; gclid,
  fbclid, fbp, fbc yellow `advertising id`; billing and shipping addresses yellow `address`;
  payment-method tokens, one-time codes, sign-in link tokens red `token`; health ids (ABHA,
  PhilHealth) red `health id`; identity document numbers red `national id` / `passport`;
  telephony numbers belonging to the business (SMS sender ids, Exotel virtual numbers, call-masking
  proxy numbers for field agents) green; e-mail Message-IDs green.
- Author's decisions where the rules are silent (what a careful privacy owner would flag):
  UPI VPAs, GCash wallet numbers and PromptPay ids are payment accounts: red `bank account`.
  A masked Aadhaar that still shows its last four digits is red `national id` (as an SSN's last
  four). A CKYC registry number is red `national id`. A death certificate number is yellow
  `certificate`. Blood type and smoker flags are yellow `condition`; disability flags red
  `disability`. A person's district, village/town or place of birth is yellow `city`. SHA-256
  hashes of a person's e-mail or phone sent for ad matching (Meta CAPI `em`, `ph`) keep the type
  of what they hash (yellow) because they are matchable identifiers. A push token in
  context.device.token is red `token` (as in the main corpus). Platform user ids (LINE userId) are
  ids: green; a LINE display name is a name. A photo or signature image of a person is yellow
  `photo`. The serial of a branch-owned tablet is green. A staff member's name-based work e-mail
  is yellow `email`.
- value_only is true when the key does not say what the value is (value, q, input, note, text,
  Body, To, CallFrom, description, username holding e-mails or mobiles, URLs carrying a sign-in
  token) and only the value reveals it. Every value of a value_only PII path carries that PII (the
  builder checks this with its own patterns); free text that never carries PII is green.
"""

import re
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, UAS, Fake

# -- people and places ------------------------------------------------------------------------------

IN_FIRST = [
    "Ravi", "Priya", "Lakshmi", "Suresh", "Anitha", "Mohammed", "Farhan", "Gurpreet", "Deepa",
    "Venkatesh", "Kavya", "Arjun", "Meenakshi", "Sandeep", "Ayesha", "Joseph", "Sreeja", "Rahul",
    "Fathima", "Harish", "Nandini", "Abdul", "Selvi", "Manoj",
]  # fmt: skip
IN_LAST = [
    "Kumar", "Sharma", "Nair", "Reddy", "Iyer", "Patel", "Khan", "Singh", "Menon", "Das", "Pillai",
    "Bhat", "D'Souza", "Mukherjee", "Rao", "Thomas", "Varghese", "Yadav", "Gowda", "Sheikh",
]  # fmt: skip
PH_FIRST = [
    "Maria", "Jose", "Juan", "Ana", "Mark Anthony", "Kristine", "Jericho", "Rowena", "Jasmine",
    "Rommel", "Liza", "Ma. Cristina", "Jun", "Princess", "Rodel", "Marites", "Angelica", "Noel",
]  # fmt: skip
PH_LAST = [
    "Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza", "Villanueva", "Aquino",
    "Ramos", "Castillo", "Macaraeg", "Dimaculangan", "Tolentino", "Pascual", "Lim",
]  # fmt: skip
TH_FIRST = [
    "Somchai", "Siriporn", "Nattapong", "Kanya", "Pimchanok", "Anan", "Wanida", "Thanakorn", "Suda",
    "Kittipong", "Ploy", "Supachai", "Arunee", "Chaiwat",
]  # fmt: skip
TH_LAST = [
    "Saetang", "Srisuk", "Chaiyaphum", "Wongsawat", "Rattanakorn", "Jaidee", "Boonmee", "Kittisak",
    "Sukprasert", "Thongdee", "Phromma", "Charoenphol",
]  # fmt: skip
TH_FIRST_SCRIPT = ["สมชาย", "ศิริพร", "ณัฐพงษ์", "กัญญา", "พิมพ์ชนก", "อนันต์", "วนิดา", "สุดา", "ชัยวัฒน์"]
TH_LAST_SCRIPT = ["แซ่ตั้ง", "ศรีสุข", "วงศ์สวัสดิ์", "ใจดี", "บุญมี", "ทองดี", "พรหมมา", "เจริญผล"]

IN_CITIES = [
    "Chennai", "Bengaluru", "Hyderabad", "Kochi", "Thrissur", "Coimbatore", "Mumbai", "Pune",
    "Jaipur", "Lucknow", "Madurai", "Vijayawada", "Kozhikode", "Mysuru",
]  # fmt: skip
IN_STATES = ["Tamil Nadu", "Karnataka", "Telangana", "Kerala", "Maharashtra", "Rajasthan", "Uttar Pradesh"]
PH_CITIES = [
    "Quezon City",
    "Cebu City",
    "Davao City",
    "Bacoor",
    "Iloilo City",
    "Caloocan",
    "Pasig",
    "Angeles",
]
TH_CITIES = ["Bangkok", "Chiang Mai", "Khon Kaen", "Nakhon Ratchasima", "Hat Yai", "Udon Thani", "Nonthaburi"]
EMAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "rediffmail.com",
    "yahoo.com.ph",
    "hotmail.com",
    "icloud.com",
]

BRANCHES = [
    ("IN0423", "Sona Gold Loan - T. Nagar", "Chennai", "+91 44 2434 5566"),
    ("IN0118", "Sona Gold Loan - Indiranagar", "Bengaluru", "080 4110 2233"),
    ("IN0771", "Sona Gold Loan - MG Road Kochi", "Kochi", "+91 484 235 7788"),
    ("PH0042", "Sona Pawnshop - Cubao", "Quezon City", "(02) 8911 2345"),
    ("PH0107", "Sona Pawnshop - Colon St", "Cebu City", "+63 32 255 8800"),
    ("TH0015", "Sona Thong - Yaowarat", "Bangkok", "02-221-4455"),
    ("TH0033", "Sona Thong - Nimman", "Chiang Mai", "+66 53 210 990"),
]
ITEMS = ["chain", "bangle", "ring", "necklace", "earrings", "mangalsutra", "bracelet", "pendant", "coin"]
INSURERS = ["Bharat Shield General", "Pinoy Mutual Life", "Siam Cover Insurance", "Kalinga Health Co-op"]
PSPS = ["okhdfcbank", "okicici", "oksbi", "ybl", "ibl", "paytm", "axl"]
DIAGNOSES = [
    "dengue fever", "typhoid", "fractured wrist", "appendicitis", "pneumonia", "gallstones",
    "dengue with low platelets", "acute gastroenteritis", "cataract", "malaria", "hypertension crisis",
]  # fmt: skip
IN_BUILDINGS = ["Sai Krupa", "Lakshmi Nivas", "Green Park", "Sri Balaji"]
IN_ROADS = ["Gandhi Street", "Nehru Road", "5th Cross", "Temple St"]
PH_STREETS = ["Rizal St.", "Mabini St.", "Bonifacio Ave.", "P. Burgos St."]
TH_ROADS = ["Nimmanhaemin", "Charoen Krung", "Mittraphap"]
PH_CONDOS = ["SMDC Grass", "Avida Towers", "Camella Manors"]
HOSPITALS = [
    "St. Luke's Medical Center",
    "Apollo Hospitals",
    "Bumrungrad",
    "Amrita Hospital",
    "Vicente Sotto Memorial",
]


def _ascii(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower().replace("ma. ", "ma"))


class SF(Fake):
    """Fake with Indian, Filipino and Thai shapes."""

    # names
    def first_in(self):
        return self.pick(IN_FIRST)

    def first_ph(self):
        return self.pick(PH_FIRST)

    def first_th(self):
        return self.pick(TH_FIRST)

    def name_in(self):
        return f"{self.first_in()} {self.pick(IN_LAST)}"

    def name_ph(self):
        middle = self.pick(["", "", self.pick("ABCDEGLMPRST") + ". "])
        suffix = self.pick(["", "", "", " Jr."])
        return f"{self.first_ph()} {middle}{self.pick(PH_LAST)}{suffix}"

    def name_th(self):
        return f"{self.first_th()} {self.pick(TH_LAST)}"

    def name_th_script(self):
        return f"{self.pick(TH_FIRST_SCRIPT)} {self.pick(TH_LAST_SCRIPT)}"

    def name_other(self):
        return self.full_name()

    def person(self):
        return self.pick([self.name_in, self.name_in, self.name_ph, self.name_th, self.name_other])()

    def first_any(self):
        return self.pick([self.first_in, self.first_ph, self.first_th, self.first])()

    def last_any(self):
        return self.pick(
            [lambda: self.pick(IN_LAST), lambda: self.pick(PH_LAST), lambda: self.pick(TH_LAST)]
        )()

    def email_of(self, name: str | None = None):
        name = name or self.person()
        parts = [_ascii(p) for p in name.split() if _ascii(p)]
        first, last = parts[0], parts[-1]
        user = self.pick([f"{first}.{last}", f"{first}{last[:1]}", f"{first}_{last}{self.r.randint(1, 99)}",
                          f"{first}{self.r.randint(70, 2005)}"])  # fmt: skip
        return f"{user}@{self.pick(EMAIL_DOMAINS)}"

    def email_any(self):
        return self.email_of()

    # phones
    def phone_in(self):
        n = str(self.r.randint(6, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(9))
        return self.pick([f"+91 {n[:5]} {n[5:]}", n, f"+91{n}", f"0{n[:5]} {n[5:]}", f"+91-{n}"])

    def phone_ph(self):
        n = "9" + self.pick(["17", "18", "20", "27", "55", "66", "77", "95"]) + self.digits(7)
        return self.pick([f"0{n}", f"+63 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"+63{n}"])

    def phone_th(self):
        n = self.pick(["8", "9", "6"]) + str(self.r.randint(0, 9)) + self.digits(7)
        return self.pick([f"0{n[:2]}-{n[2:5]}-{n[5:]}", f"+66 {n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"+66{n}"])

    def mobile_in_digits(self):
        return str(self.r.randint(6, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(9))

    def phone_any(self):
        return self.pick([self.phone_in, self.phone_ph, self.phone_th])()

    # addresses
    def street_in(self):
        r = self.r
        return self.pick(
            [
                f"Flat {r.randint(1, 12)}{self.pick('ABCD')}, {self.pick(IN_BUILDINGS)} Apartments",
                f"No. {r.randint(1, 240)}, {self.pick(IN_ROADS)}",
                f"H.No. {r.randint(1, 9)}-{r.randint(1, 12)}-{r.randint(10, 400)}/{self.pick('AB')}",
                f"{r.randint(1, 99)}, {self.pick(['MG Road', 'Anna Salai', 'Link Road', 'Station Road'])}",
            ]
        )

    def street_ph(self):
        r = self.r
        return self.pick(
            [
                f"Blk {self.r.randint(1, 40)} Lot {self.r.randint(1, 30)}, Phase {self.r.randint(1, 4)}",
                f"{r.randint(1, 999)} {self.pick(PH_STREETS)}",
                f"Unit {r.randint(101, 2210)}, {self.pick(['Tower 2', 'Bldg C'])} {self.pick(PH_CONDOS)}",
            ]
        )

    def street_th(self):
        r = self.r
        return self.pick(
            [
                f"{self.r.randint(1, 199)}/{self.r.randint(1, 90)} Moo {self.r.randint(1, 12)}",
                f"{self.r.randint(1, 499)} Soi Sukhumvit {self.r.randint(1, 101)}",
                f"{r.randint(1, 99)}/{r.randint(1, 30)} Thanon {self.pick(TH_ROADS)}",
            ]
        )

    def pin_in(self):
        return f"{self.r.randint(11, 85)}{self.r.randint(0, 9999):04d}"

    def zip_ph(self):
        return f"{self.r.randint(1000, 9811)}"

    def zip_th(self):
        return f"{self.r.randint(10, 96)}{self.r.randint(0, 2)}{self.r.randint(0, 9)}0"

    def address_in(self):
        return f"{self.street_in()}, {self.pick(IN_CITIES)} {self.pin_in()}"

    def address_ph(self):
        brgy = self.pick(["Brgy. San Isidro", "Brgy. Molino III", "Brgy. Lahug", "Brgy. Kamuning"])
        return f"{self.street_ph()}, {brgy}, {self.pick(PH_CITIES)} {self.zip_ph()}"

    def address_th(self):
        return f"{self.street_th()}, {self.pick(TH_CITIES)} {self.zip_th()}"

    def address_th_script(self):
        return (
            f"{self.r.randint(1, 199)}/{self.r.randint(1, 90)} หมู่ {self.r.randint(1, 12)} "
            f"ต.{self.pick(['บางพลีใหญ่', 'สุเทพ', 'ในเมือง'])} อ.{self.pick(['บางพลี', 'เมือง'])} "
            f"จ.{self.pick(['สมุทรปราการ', 'เชียงใหม่', 'ขอนแก่น'])} {self.zip_th()}"
        )

    def address_any(self):
        return self.pick([self.address_in, self.address_ph, self.address_th])()

    # ids
    _D = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]  # fmt: skip
    _P = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]  # fmt: skip
    _INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]

    def aadhaar_raw(self):
        body = str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        c = 0
        for i, d in enumerate(reversed(body + "0")):
            c = self._D[c][self._P[i % 8][int(d)]]
        return body + str(self._INV[c])

    def aadhaar(self):
        a = self.aadhaar_raw()
        return self.pick([a, f"{a[:4]} {a[4:8]} {a[8:]}", f"{a[:4]}-{a[4:8]}-{a[8:]}"])

    def pan(self, surname: str | None = None):
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        s = (surname or self.pick(IN_LAST))[0].upper()
        return "".join(self.pick(up) for _ in range(3)) + "P" + s + self.digits(4) + self.pick(up)

    def voter_id(self):
        return "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + self.digits(7)

    def thai_id_raw(self):
        body = str(self.r.randint(1, 8)) + "".join(str(self.r.randint(0, 9)) for _ in range(11))
        check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(body)) % 11) % 10
        return body + str(check)

    def thai_id(self):
        t = self.thai_id_raw()
        return self.pick(
            [
                t,
                f"{t[0]}-{t[1:5]}-{t[5:10]}-{t[10:12]}-{t[12]}",
                f"{t[0]} {t[1:5]} {t[5:10]} {t[10:12]} {t[12]}",
            ]
        )

    def philsys_pcn(self):
        d = self.digits(16)
        return self.pick([d, f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"])

    def umid(self):
        return f"0111-{self.digits(7)}-{self.r.randint(0, 9)}"

    def passport_any(self):
        return self.pick(
            [
                lambda: self.pick("JKLMNPRSTUVZ") + self.digits(7),
                lambda: "P" + self.digits(7) + self.pick("ABC"),
                lambda: self.pick(["AA", "AB", "AC"]) + self.digits(7),
            ]
        )()

    def gov_id_any(self):
        return self.pick([self.aadhaar, self.pan, self.voter_id, self.philsys_pcn, self.thai_id, self.umid])()

    def ckyc(self):
        return self.digits(14)

    def abha(self):
        d = "91" + self.digits(12)
        return self.pick([d, f"{d[:2]}-{d[2:6]}-{d[6:10]}-{d[10:]}"])

    def philhealth(self):
        d = self.digits(12)
        return self.pick([d, f"{d[:2]}-{d[2:11]}-{d[11]}"])

    # money and accounts
    def upi(self, name: str | None = None):
        name = name or self.person()
        parts = [_ascii(p) for p in name.split() if _ascii(p)]
        user = self.pick(
            [f"{parts[0]}.{parts[-1]}", f"{parts[0]}{self.r.randint(1, 999)}", self.phone_in()[-10:]]
        )
        return f"{user}@{self.pick(PSPS)}"

    def acct_in(self):
        return self.digits(self.pick([11, 12, 14, 15, 16]))

    def acct_ph(self):
        return self.pick(
            [self.digits(12), f"{self.digits(4)}-{self.digits(4)}-{self.digits(4)}", self.digits(10)]
        )

    def acct_th(self):
        d = self.digits(10)
        return self.pick([d, f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"])

    def acct_any(self):
        return self.pick([self.acct_in, self.acct_ph, self.acct_th])()

    def ifsc(self):
        return self.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "FDRL", "CNRB"]) + "0" + self.digits(6)

    def promptpay_id(self):
        return self.pick([lambda: "0" + self.pick("869") + self.digits(8), self.thai_id_raw])()

    def gcash(self):
        return "09" + self.pick(["17", "27", "55", "66", "95"]) + self.digits(7)

    def rupay_or_card(self):
        if self.r.random() < 0.4:
            body = self.pick(["6521", "6522", "6070", "8172"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(11)
            )
            n = self.luhn_complete(body)
            return self.pick([n, " ".join(n[i : i + 4] for i in range(0, 16, 4))])
        return self.card()

    def utr(self):
        return self.digits(12)

    # misc
    def dob(self):
        y, m, d = self.r.randint(1952, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}"])

    def ticket(self):
        b = self.pick(BRANCHES)[0]
        return self.pick([f"GL/{b}/{self.digits(6)}", f"PT-{b}-{self.digits(7)}", f"{b}{self.digits(8)}"])

    def loan_acct(self):
        return "SGL" + self.digits(10)

    def branch(self):
        return self.pick(BRANCHES)

    def gclid(self):
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQ" + "".join(self.pick(chars) for _ in range(self.r.randint(60, 84)))

    def fbclid(self):
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(chars) for _ in range(56))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def plate(self):
        return self.pick(
            [
                lambda: (
                    f"{self.pick(['TN', 'KA', 'KL', 'MH'])} {self.r.randint(1, 99):02d} "
                    f"{self.pick(['AB', 'CK', 'MN', 'BZ'])} {self.digits(4)}"
                ),
                lambda: f"{''.join(self.pick('ABCDNPTUVWXZ') for _ in range(3))} {self.digits(4)}",
                lambda: f"{self.digits(3)} {''.join(self.pick('ABCDNPTUVWXZ') for _ in range(3))}",
                lambda: f"{self.r.randint(1, 9)}{self.pick(['กข', 'ขค', 'งจ', 'ฆฎ'])} {self.digits(4)}",
            ]
        )()

    def chassis(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["MD2A", "MBLH", "MH1J", "MLHJ"]) + "".join(self.pick(chars) for _ in range(13))

    def photo_b64(self):
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + "".join(self.pick(chars) for _ in range(90))

    def huid(self):
        return "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def be_date(self):
        return f"{self.r.randint(2495, 2547)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def net_dt(self):
        return f"{self.date()}T00:00:00"

    def sha256(self):
        return self.hexid(64)


# -- contexts ---------------------------------------------------------------------------------------

WEB_PAGES = [
    ("/in/gold-loan", "Gold Loan at 0.79% p.m. | Sona"),
    ("/ph/sangla", "Sangla ng Alahas | Sona Pawnshop"),
    ("/th/jamnam", "Sona Thong | Gold Pawn"),
    ("/shop/chains", "Gold Chains | Sona Jewels"),
    ("/insurance/hospicash", "Hospicash Cover | Sona Protect"),
    ("/branch-locator", "Find a Branch | Sona"),
    ("/my/loans", "My Loans | Sona"),
]
MOBILE_UAS = [
    "Mozilla/5.0 (Linux; Android 13; SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.6167.143 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; RMX3511) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.210 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; 23108RN04Y) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.6261.64 Mobile Safari/537.36",
    *UAS,
]
LOCALES = ["en-IN", "hi-IN", "ta-IN", "ml-IN", "en-PH", "fil-PH", "th-TH", "en-US"]
TIMEZONES = ["Asia/Kolkata", "Asia/Manila", "Asia/Bangkok", "Asia/Calcutta"]
CARRIERS = ["Jio", "Airtel", "Vi India", "Globe", "Smart", "DITO", "AIS", "TrueMove H", "dtac"]


def web_ctx(f: SF):
    path, title = f.pick(WEB_PAGES)
    search = f.pick(
        ["", "", "?utm_source=google&utm_medium=cpc&utm_campaign=gold_loan_q3", "?ref=sms", "?lang=hi"]
    )
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://m.facebook.com/", "https://www.google.co.in/"]
                )
            ),
            "search": G(lambda f: search),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://www.sona.example" + path + search),
        },
        "userAgent": G(lambda f: f.pick(MOBILE_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand"])),
                    "version": G(lambda f: f.pick(["121", "122", "8", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if "utm_source" in search or f.r.random() < 0.25:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["gold_loan_q3", "diwali_gold", "pasko_sangla", "songkran_cash"])),
            "source": G(lambda f: f.pick(["google", "facebook", "sms", "whatsapp"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "referral", "broadcast"])),
            "term": G(lambda f: f.pick(["gold loan near me", "sangla alahas", "lowest gold loan interest"])),
            "content": G(lambda f: f.pick(["hero_banner", "carousel_2", "text_ad_b"])),
        }
    return ctx


def swift_ctx(f: SF):
    ctx = {
        "app": {
            "name": G(lambda f: "Sona"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["640", "642", "650"])),
            "namespace": G(lambda f: "com.sona.gold"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone12,1", "iPhone15,4", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "16.7.5", "17.4"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 375, 430])),
            "height": G(lambda f: f.pick([844, 667, 932])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.5:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def kotlin_ctx(f: SF, staff=False):
    ctx = {
        "app": {
            "name": G(lambda f: "Sona Branch" if staff else "Sona"),
            "version": G(
                lambda f: f.pick(["3.2.0", "3.2.1", "3.3.0"] if staff else ["6.4.0", "6.4.1", "6.5.0"])
            ),
            "build": G(lambda f: f.pick(["320", "321", "330", "6401", "6500"])),
            "namespace": G(lambda f: "com.sona.branch" if staff else "com.sona.gold"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "realme", "OPPO", "Lenovo"])),
            "model": G(lambda f: f.pick(["SM-A146B", "23108RN04Y", "RMX3511", "CPH2591", "TB328FU"])),
            "name": G(lambda f: f.pick(["a14", "sky", "RE58B2", "TB328FU"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIERS)),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 2.75])),
            "width": G(lambda f: f.pick([720, 1080, 1200])),
            "height": G(lambda f: f.pick([1600, 2400, 1920])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A146B Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; 23108RN04Y Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; TB328FU Build/SP1A.210812.016)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }
    if not staff and f.r.random() < 0.6:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return ctx


def rn_ctx(f: SF):
    return {
        "app": {
            "name": G(lambda f: "Sona"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["640", "642", "650"])),
            "namespace": G(lambda f: "com.sona.gold"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "vivo", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-M146B", "V2207", "2201117TI"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.18.2"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 412])),
            "height": G(lambda f: f.pick([844, 873, 915])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS)),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": {
            "email": Y(lambda f: f.email_any(), "email"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "first_name": Y(lambda f: f.first_any(), "name"),
            "customer_number": G(lambda f: "C" + f.digits(9)),
            "kyc_status": G(lambda f: f.pick(["verified", "pending", "rejected", "min_kyc"])),
        },
    }


def flutter_ctx(f: SF):
    ctx = {
        "app": {
            "name": G(lambda f: "Sona"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["640", "641", "650"])),
            "namespace": G(lambda f: "com.sona.gold"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "OPPO", "Apple", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-A055F", "CPH2579", "iPhone14,5", "MAR-LX2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.1"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([360, 393, 414])),
            "height": G(lambda f: f.pick([800, 852, 896])),
        },
        "locale": G(lambda f: f.pick(["en-PH", "fil-PH", "th-TH", "en-IN"])),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "network": {"wifi": G(lambda f: f.pick([True, False])), "carrier": G(lambda f: f.pick(CARRIERS))},
        "traits": {
            "email": Y(lambda f: f.email_any(), "email"),
            "customer_number": G(lambda f: "C" + f.digits(9)),
        },
    }
    if f.r.random() < 0.6:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(7.0, 18.8), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(98.3, 125.6), 6), "geolocation"),
            "accuracy": G(lambda f: f.pick([5.0, 12.5, 30.0, 65.0])),
            "country": G(lambda f: f.pick(["PH", "TH", "IN"])),
        }
    return ctx


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.6.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_ctx(f: SF, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "ruby", "dotnet") and f.r.random() < 0.7:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(MOBILE_UAS))
    if lib == "java" and f.r.random() < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email_any(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "python" and f.r.random() < 0.3:
        ctx["groupId"] = G(lambda f: f.branch()[0])
    return ctx


def context_for(f: SF, client: str):
    if client == "web":
        return web_ctx(f)
    if client == "swift":
        return swift_ctx(f)
    if client == "kotlin":
        return kotlin_ctx(f)
    if client == "staff":
        return kotlin_ctx(f, staff=True)
    if client == "rn":
        return rn_ctx(f)
    if client == "flutter":
        return flutter_ctx(f)
    return server_ctx(f, client)


APP = ["swift", "kotlin", "rn", "flutter"]
SERVERS = ["python", "node", "go", "java", "ruby", "php"]

# -- free text --------------------------------------------------------------------------------------


def claim_text(f: SF) -> str:
    dx = f.pick(DIAGNOSES)
    return f.pick(
        [
            f"Admitted at {f.pick(HOSPITALS)} for {dx}, {f.r.randint(2, 7)} days",
            f"Hospitalised with {dx}. Discharge summary attached.",
            f"Patient treated for {dx}; bills uploaded",
            f"{dx.capitalize()} - admitted {f.r.randint(1, 28)}/{f.r.randint(1, 12)}, "
            f"discharged after {f.r.randint(2, 9)} days",
        ]
    )


def staff_note(f: SF) -> str:
    p = f.phone_any()
    return f.pick(
        [
            f"Alt number {p} - call after 6pm",
            f"Son {f.first_any()} will pay interest, his no. {p}",
            f"Customer changed mobile, new no {p}, update pending KYC",
            f"Reach on WhatsApp {p} for renewal",
            f"Wife's number {p}, customer abroad",
        ]
    )


def chat_text(f: SF) -> str:
    n = f.person()
    return f.pick(
        [
            f"Hi, this is {n}, I want to renew my loan",
            f"Good morning po, {n} here. Pwede po bang mag-renew online?",
            f"My name is {n}, interest paid but not reflecting",
            f"{n} - please share auction date for my ticket",
        ]
    )


def sms_body(f: SF) -> str:
    n = f.first_any()
    return f.pick(
        [
            f"Dear {n}, interest of Rs.{f.r.randint(300, 9000)} on your gold loan is due on "
            f"{f.r.randint(1, 28)}/{f.r.randint(1, 12)}. Pay via UPI in the Sona app.",
            f"Hi {n}! Your sangla ticket is due in 3 days. Renew at any Sona branch or via GCash.",
            f"{n}, your Sona Protect claim is approved. Amount will be credited within 3 working days.",
            f"Dear {n}, your pledged gold is scheduled for auction. Visit your branch to avoid it.",
        ]
    )


def ocr_pan_text(f: SF) -> str:
    n = f.name_in().upper()
    father = f.name_in().upper()
    return f"INCOME TAX DEPARTMENT GOVT. OF INDIA {n} {father} {f.dob()} Permanent Account Number {f.pan()}"


# -- events -----------------------------------------------------------------------------------------


EVENTS = [
    # ---- identify ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["rn", "swift"],
        {
            "email": Y(lambda f: f.email_any(), "email"),
            "phone": Y(lambda f: f.phone_in(), "phone"),
            "first_name": Y(lambda f: f.first_in(), "name"),
            "last_name": Y(lambda f: f.pick(IN_LAST), "name"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "other"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street_in(), "street|address"),
                "city": Y(lambda f: f.pick(IN_CITIES), "city"),
                "state": G(lambda f: f.pick(IN_STATES)),
                "postalCode": Y(lambda f: f.pin_in(), "zipcode"),
                "country": G(lambda f: "IN"),
            },
            "preferred_language": G(lambda f: f.pick(["ta", "hi", "ml", "kn", "te", "en"])),
            "kyc_status": G(lambda f: f.pick(["verified", "pending", "rejected", "min_kyc"])),
            "aadhaar_verified": G(lambda f: f.pick([True, False])),
            "pan_linked": G(lambda f: f.pick([True, False])),
            "customer_number": G(lambda f: "C" + f.digits(9)),
            "created_at": G(lambda f: f.iso()),
            "age": G(lambda f: f.r.randint(21, 72)),
            "marital_status": G(lambda f: f.pick(["married", "single", "widowed"])),
            "occupation": G(lambda f: f.pick(["farmer", "shop owner", "salaried", "driver", "homemaker"])),
            "monthly_income": Y(lambda f: f.r.randint(8000, 150000), "salary"),
            "home_branch": G(lambda f: f.branch()[0]),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "pangalan": Y(lambda f: f.first_ph(), "name"),
            "apelyido": Y(lambda f: f.pick(PH_LAST), "name"),
            "email": Y(lambda f: f.email_any(), "email"),
            "mobile": Y(lambda f: f.phone_ph(), "phone"),
            "kaarawan": Y(lambda f: f.dob(), "birthdate"),
            "tirahan": Y(lambda f: f.address_ph(), "address"),
            "philsys_verified": G(lambda f: f.pick([True, False])),
            "suki_card_no": G(lambda f: "SK" + f.digits(8)),
            "sangay": G(
                lambda f: f.pick(
                    [b[1] for b in BRANCHES if b[0].startswith("PH")] + ["Sona Pawnshop - Divisoria"]
                )
            ),
            "wika": G(lambda f: f.pick(["fil", "en", "ceb"])),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(lambda f: f.first_th(), "name"),
            "LastName": Y(lambda f: f.pick(TH_LAST), "name"),
            "FullNameTh": Y(lambda f: f.name_th_script(), "name"),
            "MobileNo": Y(lambda f: f.phone_th(), "phone"),
            "Email": Y(lambda f: f.email_any(), "email"),
            "DateOfBirth": Y(lambda f: f.net_dt(), "birthdate"),
            "LineUserId": G(lambda f: "U" + f.hexid(32)),
            "PreferredBranch": G(lambda f: f.pick(["TH0015", "TH0033", "TH0051"])),
            "MemberSince": G(lambda f: f.net_dt()),
            "CustomerCode": G(lambda f: "TH-" + f.digits(8)),
            "IsKycComplete": G(lambda f: f.pick([True, False])),
            "RiskGrade": G(lambda f: f.pick(["A", "B", "C", "D"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "CUSTOMER_ID": G(lambda f: "C" + f.digits(9)),
            "EMAIL": Y(lambda f: f.email_any(), "email"),
            "FIRST_NAME": Y(lambda f: f.first_any(), "name"),
            "LAST_NAME": Y(lambda f: f.last_any(), "name"),
            "PHONE_E164": Y(lambda f: "+91" + f.mobile_in_digits(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1955, 2003), "birthdate"),
            "CUSTOMER_CITY": Y(lambda f: f.pick(IN_CITIES + PH_CITIES), "city"),
            "STATE": G(lambda f: f.pick([*IN_STATES, "Metro Manila", "Cebu"])),
            "PINCODE": Y(lambda f: f.pin_in(), "zipcode"),
            "CIBIL_SCORE": Y(lambda f: f.r.randint(560, 880), "credit score"),
            "LTV_INR": G(lambda f: f.r.randint(2000, 900000)),
            "ACTIVE_LOANS": G(lambda f: f.r.randint(0, 5)),
            "LAST_PLEDGE_DATE": G(lambda f: f.date(2023, 2024)),
            "RISK_BUCKET": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
            "HOME_BRANCH_ID": G(lambda f: f.branch()[0]),
        },
    ),
    # ---- KYC --------------------------------------------------------------------------------------
    (
        "track",
        "KYC Document Captured",
        ["staff"],
        {
            "document_type": G(lambda f: f.pick(["aadhaar", "pan", "voter_id", "passport"])),
            "aadhaar_number": RED(lambda f: f.aadhaar(), "national id"),
            "pan_number": RED(lambda f: f.pan(), "national id"),
            "name_as_per_pan": Y(lambda f: f.name_in().upper(), "name"),
            "fathers_name": Y(lambda f: f.name_in(), "name"),
            "dob_on_document": Y(lambda f: f.dob(), "birthdate"),
            "ckyc_number": RED(lambda f: f.ckyc(), "national id|identification"),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(40, 99), 1)),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "captured_by_staff_id": G(lambda f: "EMP" + f.digits(5)),
            "branch_code": G(lambda f: f.branch()[0]),
            "document_image_url": Y(lambda f: f"https://kyc-docs.sona.example/{f.uuid()}/front.jpg", "photo"),
        },
    ),
    (
        "track",
        "Aadhaar eKYC Completed",
        ["java"],
        {
            "request_id": G(lambda f: f.uuid()),
            "txn_id": G(lambda f: "UKC:" + f.hexid(32)),
            "auth_mode": G(lambda f: f.pick(["otp", "fingerprint", "iris", "face"])),
            "uidai_response_code": G(lambda f: f.hexid(32)),
            "aadhaar_last4": RED(lambda f: f.digits(4), "national id"),
            "masked_aadhaar": RED(lambda f: "XXXXXXXX" + f.aadhaar_raw()[-4:], "national id"),
            "ekyc": {
                "name": Y(lambda f: f.name_in(), "name"),
                "gender": Y(lambda f: f.pick(["M", "F", "T"]), "gender"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "care_of": Y(lambda f: "S/O " + f.name_in(), "name"),
                "house": Y(lambda f: f.pick(["12/4", "H.No 5-3-221", "Flat 3B", "No 44"]), "address"),
                "street": Y(
                    lambda f: f.pick(["Gandhi Street", "Temple Road", "2nd Main", "Canal Bank Rd"]),
                    "street|address",
                ),
                "landmark": Y(
                    lambda f: f.pick(["Near Bus Stand", "Opp. Govt School", "Behind Shiva Temple"]), "address"
                ),
                "vtc": Y(lambda f: f.pick([*IN_CITIES, "Tiruvallur", "Perumbavoor", "Hosur"]), "city"),
                "dist": Y(
                    lambda f: f.pick(["Chennai", "Ernakulam", "Krishnagiri", "Bengaluru Urban"]),
                    "city|address",
                ),
                "state": G(lambda f: f.pick(IN_STATES)),
                "pc": Y(lambda f: f.pin_in(), "zipcode"),
                "photo": Y(lambda f: f.photo_b64(), "photo"),
            },
            "consent_given": G(lambda f: True),
            "latency_ms": G(lambda f: f.r.randint(300, 6000)),
        },
    ),
    (
        "track",
        "PhilSys ID Verified",
        ["flutter"],
        {
            "pcn": RED(lambda f: f.philsys_pcn(), "national id"),
            "full_name": Y(lambda f: f.name_ph(), "name"),
            "birth_date": Y(lambda f: f.dob(), "birthdate"),
            "place_of_birth": Y(lambda f: f.pick([*PH_CITIES, "Tacloban", "Legazpi"]), "city"),
            "sex": Y(lambda f: f.pick(["Male", "Female"]), "sex|gender"),
            "blood_type": Y(lambda f: f.pick(["O+", "A+", "B+", "AB-", "O-"]), "condition"),
            "marital_status": G(lambda f: f.pick(["Single", "Married", "Widowed"])),
            "verification_method": G(lambda f: f.pick(["qr_scan", "ephilid", "nfc"])),
            "qr_signature_valid": G(lambda f: f.pick([True, False])),
            "verified_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "ThaiIdCardRead",
        ["dotnet"],
        {
            "CitizenId": RED(lambda f: f.thai_id(), "national id"),
            "FirstNameEn": Y(lambda f: f.first_th(), "name"),
            "LastNameEn": Y(lambda f: f.pick(TH_LAST), "name"),
            "FullNameTh": Y(lambda f: f.name_th_script(), "name"),
            "BirthDate": Y(lambda f: f.be_date(), "birthdate"),
            "Address": Y(lambda f: f.address_th_script(), "address"),
            "IssueDate": G(lambda f: f.be_date()),
            "ExpiryDate": G(
                lambda f: f"{f.r.randint(2568, 2576)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "CardReaderSerial": G(lambda f: "ACR39U-" + f.hexid(8).upper()),
            "ReaderBranch": G(lambda f: f.pick(["TH0015", "TH0033", "TH0051"])),
            "ChipReadOk": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "KYC Rejected",
        ["go", "java"],
        {
            "kyc_case_id": G(lambda f: "KYC-" + f.digits(8)),
            "rejection_reason": G(
                lambda f: f.pick(["name_mismatch", "blurred_photo", "dob_mismatch", "expired_document"])
            ),
            "mismatch_fields": Many(G(lambda f: f.pick(["name", "dob", "address", "photo"])), 3),
            "reviewer_id": G(lambda f: "EMP" + f.digits(5)),
            "resubmission_allowed": G(lambda f: f.pick([True, False])),
            "pan_number": RED(lambda f: f.pan(), "national id"),
        },
    ),
    (
        "track",
        "Video KYC Completed",
        ["node"],
        {
            "session_id": G(lambda f: f.uuid()),
            "agent_id": G(lambda f: "VK" + f.digits(4)),
            "agent_name": Y(lambda f: f.name_in(), "name"),
            "duration_sec": G(lambda f: f.r.randint(120, 900)),
            "customer_ip": Y(lambda f: f.ipv4(), "ip"),
            "geo_lat": Y(lambda f: round(f.r.uniform(8.1, 28.7), 6), "geolocation"),
            "geo_lng": Y(lambda f: round(f.r.uniform(72.8, 88.4), 6), "geolocation"),
            "recording_id": G(lambda f: "rec_" + f.hexid(20)),
            "pan_match": G(lambda f: f.pick([True, False])),
            "outcome": G(lambda f: f.pick(["approved", "rejected", "dropped"])),
        },
    ),
    (
        "track",
        "OCR Text Extracted",
        ["go"],
        {
            "job_id": G(lambda f: f.uuid()),
            "doc_kind": G(lambda f: "pan_card"),
            "engine": G(lambda f: f.pick(["textract", "vision-v1", "tesseract-5.3"])),
            "text": RED(ocr_pan_text, "national id|name", True),
            "pages": G(lambda f: 1),
            "mean_confidence": G(lambda f: round(f.r.uniform(0.7, 0.99), 2)),
        },
    ),
    # ---- pledges, loans ------------------------------------------------------------------------------
    (
        "track",
        "Gold Pledged",
        ["staff"],
        {
            "ticket_no": G(lambda f: f.ticket()),
            "loan_account_no": G(lambda f: f.loan_acct()),
            "customer_id": G(lambda f: "C" + f.digits(9)),
            "principal_amount": G(lambda f: f.r.randint(5000, 1500000)),
            "interest_rate_pct": G(lambda f: f.pick([9.9, 12.0, 18.0, 22.0, 24.0])),
            "ltv_pct": G(lambda f: round(f.r.uniform(50, 75), 1)),
            "gold_rate_per_gram": G(lambda f: f.r.randint(5400, 6800)),
            "items": Many(
                {
                    "item_type": G(lambda f: f.pick(ITEMS)),
                    "gross_weight_g": G(lambda f: round(f.r.uniform(1.5, 80), 2)),
                    "net_weight_g": G(lambda f: round(f.r.uniform(1.2, 75), 2)),
                    "purity_karat": G(lambda f: f.pick([18, 20, 22, 24])),
                    "fineness": G(lambda f: f.pick([750, 833, 916, 999])),
                    "hallmark_huid": G(lambda f: f.huid()),
                    "appraised_value": G(lambda f: f.r.randint(3000, 400000)),
                    "item_photo_url": G(lambda f: f"https://vault.sona.example/items/{f.hexid(12)}.jpg"),
                },
                4,
            ),
            "appraiser_id": G(lambda f: "EMP" + f.digits(5)),
            "appraiser_name": Y(lambda f: f.name_in(), "name"),
            "packet_seal_no": G(lambda f: "PKT" + f.digits(8)),
            "branch_code": G(lambda f: f.branch()[0]),
        },
    ),
    (
        "track",
        "Loan Disbursed",
        ["node"],
        {
            "loan_id": G(lambda f: f.uuid()),
            "loan_account_no": G(lambda f: f.loan_acct()),
            "amount": G(lambda f: f.r.randint(5000, 1500000)),
            "currency": G(lambda f: f.pick(["INR", "PHP", "THB"])),
            "mode": G(lambda f: f.pick(["upi", "neft", "imps", "cash", "gcash", "promptpay"])),
            "beneficiary_vpa": RED(lambda f: f.upi(), "bank account"),
            "beneficiary_account_number": RED(lambda f: f.acct_in(), "bank account"),
            "beneficiary_ifsc": G(lambda f: f.ifsc()),
            "beneficiary_name": Y(lambda f: f.name_in(), "name"),
            "bank_name": G(
                lambda f: f.pick(["HDFC Bank", "State Bank of India", "Federal Bank", "Canara Bank"])
            ),
            "account_number_masked": G(lambda f: "XXXXXXXX" + f.digits(4)),
            "utr": G(lambda f: f.utr()),
            "disbursed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Bank Account Verified",
        ["python"],
        {
            "verification_id": G(lambda f: "bav_" + f.hexid(14)),
            "account_number": RED(lambda f: f.acct_any(), "bank account"),
            "ifsc": G(lambda f: f.ifsc()),
            "name_at_bank": Y(lambda f: f.person().upper(), "name"),
            "name_match_score": G(lambda f: f.r.randint(40, 100)),
            "penny_drop_utr": G(lambda f: f.utr()),
            "status": G(lambda f: f.pick(["verified", "name_mismatch", "invalid_account", "pending"])),
            "provider": G(lambda f: f.pick(["cashfree", "razorpayx", "decentro"])),
        },
    ),
    (
        "track",
        "Interest Payment Completed",
        ["rn", "web"],
        {
            "payment_id": G(lambda f: "pay_" + f.hexid(14)),
            "loan_account_no": G(lambda f: f.loan_acct()),
            "ticket_no": G(lambda f: f.ticket()),
            "amount": G(lambda f: f.r.randint(300, 60000)),
            "currency": G(lambda f: "INR"),
            "method": G(lambda f: f.pick(["upi", "upi_intent", "upi_collect", "upi_autopay"])),
            "upi": {
                "vpa": RED(lambda f: f.upi(), "bank account"),
                "psp_app": G(lambda f: f.pick(["PhonePe", "Google Pay", "Paytm", "BHIM"])),
                "payer_name": Y(lambda f: f.name_in(), "name"),
                "txn_ref": G(lambda f: f.utr()),
            },
            "days_overdue": G(lambda f: f.r.randint(0, 120)),
            "next_due_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "GCash Payment Completed",
        ["node"],
        {
            "data": {
                "id": G(lambda f: "pay_" + f.hexid(24)),
                "type": G(lambda f: "payment"),
                "attributes": {
                    "amount": G(lambda f: f.r.randint(10000, 2500000)),
                    "currency": G(lambda f: "PHP"),
                    "status": G(lambda f: f.pick(["paid", "failed", "pending"])),
                    "description": G(lambda f: "Renewal " + f.ticket()),
                    "paid_at": G(lambda f: f.epoch_ms() // 1000),
                    "source": {
                        "id": G(lambda f: "src_" + f.hexid(24)),
                        "type": G(lambda f: f.pick(["gcash", "grab_pay", "paymaya"])),
                    },
                    "billing": {
                        "name": Y(lambda f: f.name_ph(), "name"),
                        "email": Y(lambda f: f.email_any(), "email"),
                        "phone": Y(lambda f: f.phone_ph(), "phone"),
                    },
                },
            },
            "gcash_number": RED(lambda f: f.gcash(), "bank account|phone"),
        },
    ),
    (
        "track",
        "PromptPayQrPaid",
        ["dotnet"],
        {
            "TransactionRef": G(lambda f: f.digits(6) + "API" + f.digits(9)),
            "AmountThb": G(lambda f: f.money(200, 90000)),
            "PromptPayId": RED(lambda f: f.promptpay_id(), "bank account"),
            "PayerBankCode": G(lambda f: f.pick(["002", "004", "006", "014", "025"])),
            "PayerAccountName": Y(lambda f: f.pick([f.name_th().upper(), f.name_th_script()]), "name"),
            "PayerAccountNo": RED(lambda f: f.acct_th(), "bank account"),
            "SlipVerified": G(lambda f: f.pick([True, False])),
            "QrPayload": G(
                lambda f: (
                    "00020101021230830016A00000067701011201150105560068"
                    + f.digits(10)
                    + "5303764540"
                    + str(f.r.randint(3, 6))
                )
            ),
            "PaidAt": G(lambda f: f.net_dt()),
            "TicketNo": G(lambda f: f.ticket()),
        },
    ),
    (
        "track",
        "Loan Renewed",
        ["rn", "web", "kotlin"],
        {
            "ticket_no": G(lambda f: f.ticket()),
            "renewal_type": G(lambda f: f.pick(["interest_only", "top_up", "part_release"])),
            "interest_paid": G(lambda f: f.r.randint(300, 60000)),
            "new_maturity_date": G(lambda f: f.date(2024, 2025)),
            "ltv_pct": G(lambda f: round(f.r.uniform(50, 75), 1)),
        },
    ),
    (
        "track",
        "Gold Released",
        ["staff"],
        {
            "ticket_no": G(lambda f: f.ticket()),
            "released_to": G(lambda f: f.pick(["self", "nominee", "authorised_person"])),
            "authorised_person_name": Y(lambda f: f.name_in(), "name"),
            "authorised_person_id_type": G(lambda f: f.pick(["aadhaar", "voter_id", "pan"])),
            "authorised_person_id_number": RED(
                lambda f: f.pick([f.aadhaar, f.voter_id, f.pan])(), "national id"
            ),
            "items_released": G(lambda f: f.r.randint(1, 6)),
            "signature_image_url": Y(
                lambda f: f"https://kyc-docs.sona.example/sign/{f.hexid(16)}.png", "photo"
            ),
            "packet_seal_intact": G(lambda f: f.pick([True, False])),
            "branch_code": G(lambda f: f.branch()[0]),
        },
    ),
    (
        "track",
        "girvi_entry_created",
        ["php"],
        {
            "girvi_sankhya": G(lambda f: f.ticket()),
            "grahak_naam": Y(lambda f: f.name_in(), "name"),
            "pita_ka_naam": Y(lambda f: f.name_in(), "name"),
            "mobile_sankhya": Y(lambda f: f.phone_in(), "phone"),
            "pata": Y(lambda f: f.address_in(), "address"),
            "janm_tithi": Y(lambda f: f.dob(), "birthdate"),
            "vastu_vivaran": G(
                lambda f: f.pick(["sone ki chain 1 nag", "kangan 2 nag", "anguthi 3 nag", "jhumke 1 jodi"])
            ),
            "vajan_gram": G(lambda f: round(f.r.uniform(2, 90), 2)),
            "shuddhta": G(lambda f: f.pick(["22K", "20K", "18K", "916"])),
            "rashi": G(lambda f: f.r.randint(5000, 500000)),
            "byaj_dar": G(lambda f: f.pick([1.0, 1.25, 1.5, 2.0])),
            "shakha_code": G(lambda f: f.pick(["IN0423", "IN0118", "IN0771", "IN0902"])),
            "namini_naam": Y(lambda f: f.name_in(), "name"),
        },
    ),
    (
        "track",
        "sangla_created",
        ["php", "ruby"],
        {
            "numero_ng_tiket": G(lambda f: f.ticket()),
            "pangalan_ng_kliyente": Y(lambda f: f.name_ph(), "name"),
            "numero_ng_telepono": Y(lambda f: f.phone_ph(), "phone"),
            "tirahan": Y(lambda f: f.address_ph(), "address"),
            "kaarawan": Y(lambda f: f.dob(), "birthdate"),
            "uri_ng_alahas": G(lambda f: f.pick(["kwintas", "singsing", "hikaw", "pulseras"])),
            "timbang_gramo": G(lambda f: round(f.r.uniform(1, 60), 2)),
            "karat": G(lambda f: f.pick([14, 18, 21, 24])),
            "halaga_ng_pautang": G(lambda f: f.r.randint(500, 250000)),
            "petsa_ng_pagtubos": G(lambda f: f.date(2024, 2025)),
            "sangay": G(
                lambda f: f.pick(
                    [b[1] for b in BRANCHES if b[0].startswith("PH")] + ["Sona Pawnshop - Divisoria"]
                )
            ),
            "benepisyaryo": Y(lambda f: f.name_ph(), "name"),
        },
    ),
    (
        "track",
        "jamnam_ticket_created",
        ["dotnet", "flutter"],
        {
            "lek_thi_tua": G(lambda f: f.ticket()),
            "chue": Y(lambda f: f.pick([f.first_th(), f.pick(TH_FIRST_SCRIPT)]), "name"),
            "namsakun": Y(lambda f: f.pick([f.pick(TH_LAST), f.pick(TH_LAST_SCRIPT)]), "name"),
            "lek_bat_prachachon": RED(lambda f: f.thai_id(), "national id"),
            "thorasap": Y(lambda f: f.phone_th(), "phone"),
            "thi_yu": Y(lambda f: f.pick([f.address_th(), f.address_th_script()]), "address"),
            "nam_nak_baht": G(lambda f: f.pick([0.25, 0.5, 1, 2, 5])),
            "khwam_borisut": G(lambda f: f.pick(["96.5%", "99.99%", "90%"])),
            "jamnuan_ngoen": G(lambda f: f.r.randint(1000, 300000)),
            "sakha": G(lambda f: f.pick(["Yaowarat", "Nimman", "Khon Kaen Central", "Hat Yai"])),
            "wan_krop_kamnot": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Auction Notice Sent",
        ["python"],
        {
            "notice_id": G(lambda f: "AN-" + f.digits(8)),
            "ticket_no": G(lambda f: f.ticket()),
            "customer_name": Y(lambda f: f.person(), "name"),
            "channel": G(lambda f: f.pick(["sms", "registered_post", "whatsapp", "email"])),
            "recipient_phone": Y(lambda f: f.phone_any(), "phone"),
            "postal_address": Y(lambda f: f.address_any(), "address"),
            "auction_date": G(lambda f: f.date(2024, 2025)),
            "auction_venue": G(
                lambda f: f.pick(
                    [
                        "Sona Gold Loan, 14 Usman Road, T. Nagar, Chennai 600017",
                        "Sona Pawnshop, 880 Aurora Blvd, Cubao, Quezon City",
                        "Sona Thong, 212 Yaowarat Rd, Bangkok 10100",
                    ]
                )
            ),
            "outstanding_amount": G(lambda f: f.r.randint(2000, 900000)),
            "days_overdue": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Auction Lot Sold",
        ["go"],
        {
            "lot_id": G(lambda f: "LOT-" + f.digits(6)),
            "ticket_no": G(lambda f: f.ticket()),
            "reserve_price": G(lambda f: f.r.randint(10000, 800000)),
            "hammer_price": G(lambda f: f.r.randint(10000, 900000)),
            "bidder_id": G(lambda f: "BD" + f.digits(6)),
            "winning_bidder_name": Y(lambda f: f.person(), "name"),
            "bidder_pan": RED(lambda f: f.pan(), "national id"),
            "surplus_refund_due": G(lambda f: f.r.randint(0, 50000)),
            "bids_received": G(lambda f: f.r.randint(1, 14)),
        },
    ),
    (
        "track",
        "Credit Check Completed",
        ["java"],
        {
            "bureau": G(lambda f: f.pick(["CIBIL", "Experian", "CIC", "NCB"])),
            "report_id": G(lambda f: f.hexid(20)),
            "score": Y(lambda f: f.r.randint(300, 900), "credit score"),
            "pan_number": RED(lambda f: f.pan(), "national id"),
            "enquiry_count_6m": G(lambda f: f.r.randint(0, 12)),
            "dpd_30_plus_count": G(lambda f: f.r.randint(0, 5)),
            "active_accounts": G(lambda f: f.r.randint(0, 9)),
            "consent_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Doorstep Loan Requested",
        ["flutter", "rn"],
        {
            "request_id": G(lambda f: f.uuid()),
            "pickup_address": {
                "line1": Y(lambda f: f.street_in(), "address|street"),
                "line2": Y(
                    lambda f: f.pick(["2nd floor", "Near Bus Stand", "Opp. SBI ATM", "Behind Ration Shop"]),
                    "address",
                ),
                "city": Y(lambda f: f.pick(IN_CITIES), "city"),
                "pincode": Y(lambda f: f.pin_in(), "zipcode"),
            },
            "pickup_location": {
                "lat": Y(lambda f: round(f.r.uniform(8.1, 28.7), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(72.8, 88.4), 6), "geolocation"),
            },
            "preferred_slot": G(lambda f: f.pick(["10:00-12:00", "12:00-14:00", "16:00-18:00"])),
            "estimated_weight_g": G(lambda f: f.r.randint(5, 120)),
            "agent_assigned_id": G(lambda f: "FA" + f.digits(4)),
            "agent_name": Y(lambda f: f.name_in(), "name"),
            "agent_phone": G(lambda f: f"+91 80 4719 {f.r.randint(1000, 9999)}"),
        },
    ),
    # ---- nominees, insurance ------------------------------------------------------------------------
    (
        "track",
        "Nominee Added",
        ["rn", "kotlin"],
        {
            "nominee": {
                "name": Y(lambda f: f.name_in(), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "mother", "brother"])),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "mobile": Y(lambda f: f.phone_in(), "phone"),
                "is_minor": G(lambda f: f.pick([True, False])),
                "guardian_name": Y(lambda f: f.name_in(), "name"),
                "share_pct": G(lambda f: f.pick([100, 50, 25])),
                "address_same_as_customer": G(lambda f: f.pick([True, False])),
            },
            "nominee_count": G(lambda f: f.r.randint(1, 3)),
            "loan_account_no": G(lambda f: f.loan_acct()),
        },
    ),
    (
        "track",
        "Policy Purchased",
        ["web", "rn"],
        {
            "policy_number": Y(lambda f: f.pick(["SPH/", "PML-", "SCI"]) + f.digits(10), "identification"),
            "product_name": G(
                lambda f: f.pick(
                    [
                        "Sona Suraksha Hospicash",
                        "Ginto Protect 500",
                        "Sona Thong Accident Care",
                        "Gold Loan Shield",
                    ]
                )
            ),
            "insurer_name": G(lambda f: f.pick(INSURERS)),
            "insurer_member_id": Y(lambda f: "MBR" + f.digits(9), "identification"),
            "premium": G(lambda f: f.pick([99, 199, 249, 500, 1200])),
            "sum_insured": G(lambda f: f.pick([25000, 50000, 100000, 200000])),
            "payment_frequency": G(lambda f: f.pick(["monthly", "annual", "single"])),
            "coverage_start": G(lambda f: f.date(2024, 2024)),
            "insured": {
                "full_name": Y(lambda f: f.person(), "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "gender": Y(lambda f: f.pick(["male", "female"]), "gender"),
                "relationship": G(lambda f: f.pick(["self", "spouse", "parent", "child"])),
            },
            "has_pre_existing_condition": Y(lambda f: f.pick([True, False]), "condition"),
            "is_smoker": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
    (
        "track",
        "Dependants Added",
        ["flutter", "web"],
        {
            "policy_number": Y(lambda f: f.pick(["SPH/", "PML-", "SCI"]) + f.digits(10), "identification"),
            "dependants": Many(
                {
                    "name": Y(lambda f: f.person(), "name"),
                    "age": G(lambda f: f.r.randint(1, 80)),
                    "relationship": G(lambda f: f.pick(["child", "spouse", "parent", "parent_in_law"])),
                    "gender": Y(lambda f: f.pick(["male", "female"]), "gender"),
                    "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
                },
                4,
            ),
            "dependant_count": G(lambda f: f.r.randint(1, 5)),
            "plan": G(lambda f: f.pick(["family_floater", "individual", "parents_cover"])),
        },
    ),
    (
        "track",
        "Claim Submitted",
        ["rn", "swift"],
        {
            "claim_number": G(lambda f: "CLM" + f.digits(9)),
            "policy_number": Y(lambda f: f.pick(["SPH/", "PML-", "SCI"]) + f.digits(10), "identification"),
            "claim_type": G(lambda f: f.pick(["hospicash", "accident", "death", "critical_illness"])),
            "hospital_name": G(lambda f: f.pick(HOSPITALS)),
            "admission_date": G(lambda f: f.date(2024, 2024)),
            "diagnosis": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "description": Y(claim_text, "diagnosis|condition", True),
            "claimed_amount": G(lambda f: f.r.randint(2000, 200000)),
            "documents_uploaded": G(lambda f: f.r.randint(1, 8)),
            "abha_number": RED(lambda f: f.abha(), "health id"),
            "payout_account": RED(lambda f: f.acct_in(), "bank account"),
            "payout_ifsc": G(lambda f: f.ifsc()),
        },
    ),
    (
        "track",
        "Claim Filed",
        ["flutter"],
        {
            "claim_number": G(lambda f: "CLM" + f.digits(9)),
            "policy_number": Y(lambda f: f.pick(["SPH/", "PML-", "SCI"]) + f.digits(10), "identification"),
            "philhealth_pin": RED(lambda f: f.philhealth(), "health id"),
            "hospital_name": G(lambda f: f.pick(HOSPITALS)),
            "confinement_days": G(lambda f: f.r.randint(1, 14)),
            "illness_description": Y(claim_text, "diagnosis|condition", True),
            "payout_channel": G(lambda f: f.pick(["gcash", "bank", "branch_cash"])),
            "payout_gcash_number": RED(lambda f: f.gcash(), "bank account|phone"),
            "claimed_amount": G(lambda f: f.r.randint(2000, 200000)),
        },
    ),
    (
        "track",
        "Death Claim Initiated",
        ["java"],
        {
            "claim_number": G(lambda f: "CLM" + f.digits(9)),
            "policy_number": Y(lambda f: f.pick(["SPH/", "PML-", "SCI"]) + f.digits(10), "identification"),
            "insured_name": Y(lambda f: f.person(), "name"),
            "cause_of_death": Y(
                lambda f: f.pick(
                    ["cardiac arrest", "road accident", "stroke", "cancer", "covid-19 pneumonia"]
                ),
                "condition|diagnosis",
            ),
            "death_certificate_no": Y(lambda f: f.pick(["DC/", "D-", "LCR-"]) + f.digits(8), "certificate"),
            "claimant": {
                "name": Y(lambda f: f.person(), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "parent"])),
                "mobile": Y(lambda f: f.phone_any(), "phone"),
                "email": Y(lambda f: f.email_any(), "email"),
                "id_type": G(lambda f: f.pick(["aadhaar", "pan", "philsys", "thai_id", "umid"])),
                "id_number": RED(lambda f: f.gov_id_any(), "national id"),
            },
            "sum_assured": G(lambda f: f.pick([50000, 100000, 200000])),
            "contestable": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Beneficiaries Updated",
        ["flutter", "swift"],
        {
            "policy_number": Y(lambda f: f.pick(["SPH/", "PML-", "SCI"]) + f.digits(10), "identification"),
            "beneficiaries": Many(
                {
                    "name": Y(lambda f: f.name_ph(), "name"),
                    "relationship": G(lambda f: f.pick(["asawa", "anak", "magulang", "kapatid"])),
                    "birthdate": Y(lambda f: f.dob(), "birthdate"),
                    "share_percent": G(lambda f: f.pick([100, 50, 34, 33])),
                    "contact_number": Y(lambda f: f.phone_ph(), "phone"),
                    "is_revocable": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "updated_via": G(lambda f: f.pick(["app", "branch", "call_center"])),
        },
    ),
    (
        "track",
        "Motor Policy Quoted",
        ["flutter", "dotnet"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "plate_number": Y(lambda f: f.plate(), "license"),
            "chassis_number": Y(lambda f: f.chassis(), "serial"),
            "vehicle_model": G(
                lambda f: f.pick(["Honda Click 125i", "Yamaha NMAX", "Honda Wave 110i", "TVS Jupiter"])
            ),
            "engine_cc": G(lambda f: f.pick([110, 125, 155])),
            "owner_name": Y(lambda f: f.person(), "name"),
            "premium_amount": G(lambda f: f.money(300, 4000)),
            "cover_type": G(lambda f: f.pick(["compulsory", "third_party", "comprehensive"])),
        },
    ),
    # ---- customer app, e-commerce ----------------------------------------------------------------------
    (
        "track",
        "Branch Searched",
        APP,
        {
            "query": G(lambda f: f.pick(["Andheri East", "Cubao", "Nimman", "T Nagar", "Kakkanad", "Ayala"])),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "user_lat": Y(lambda f: round(f.r.uniform(7.0, 28.7), 6), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(72.8, 125.6), 6), "geolocation"),
            "selected_branch": {
                "id": G(lambda f: f.branch()[0]),
                "name": G(lambda f: f.branch()[1]),
                "city": G(lambda f: f.branch()[2]),
                "phone": G(lambda f: f.branch()[3]),
                "lat": G(lambda f: f.pick([13.0418, 12.9719, 9.9816, 14.6197, 10.2969, 13.7413, 18.7996])),
                "lng": G(
                    lambda f: f.pick([80.2341, 77.6412, 76.2999, 121.0563, 123.9010, 100.5103, 98.9678])
                ),
            },
        },
    ),
    (
        "track",
        "Gold Rate Checked",
        ["web", "rn", "kotlin"],
        {
            "city": G(lambda f: f.pick([*IN_CITIES, "Manila", "Bangkok"])),
            "karat": G(lambda f: f.pick([18, 22, 24])),
            "rate_per_gram": G(lambda f: f.r.randint(5400, 6800)),
            "currency": G(lambda f: f.pick(["INR", "PHP", "THB"])),
            "rate_timestamp": G(lambda f: f.iso()),
            "source": G(lambda f: f.pick(["ibja", "lbma_am", "gta"])),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(
                    ["22k chain 20 gram", "jhumka", "gold coin 8g", "mangalsutra", "kwintas 18k"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        {
            "product_id": G(lambda f: "AUC-" + f.digits(6)),
            "sku": G(
                lambda f: (
                    f.pick(["CH", "BG", "RG", "CN"]) + "-" + f.digits(4) + "-" + f.pick(["22K", "18K", "24K"])
                )
            ),
            "name": G(
                lambda f: f.pick(
                    [
                        "22K Rope Chain 20g",
                        "Antique Temple Bangle Pair",
                        "18K Solitaire Ring",
                        "24K Lakshmi Coin 8g",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["chains", "bangles", "rings", "coins"])),
            "price": G(lambda f: f.money(4000, 400000)),
            "currency": G(lambda f: "INR"),
            "url": G(lambda f: f"https://www.sona.example/shop/p/{f.digits(6)}"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "upi", "netbanking", "emi"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "rupay", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["652150", "459150", "512345", "438857"])),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "card_number": RED(lambda f: f.rupay_or_card(), "credit card"),
            "name_on_card": Y(lambda f: f.person().upper(), "name"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "rn"],
        {
            "order_id": G(lambda f: "SJ" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(4000, 500000)),
            "currency": G(lambda f: "INR"),
            "coupon": G(lambda f: f.pick(["", "DIWALI5", "AKSHAYA10", "FIRSTBUY"])),
            "products": Many(
                {
                    "product_id": G(lambda f: "AUC-" + f.digits(6)),
                    "sku": G(
                        lambda f: (
                            f.pick(["CH", "BG", "RG", "CN"])
                            + "-"
                            + f.digits(4)
                            + "-"
                            + f.pick(["22K", "18K", "24K"])
                        )
                    ),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "22K Rope Chain 20g",
                                "Antique Temple Bangle Pair",
                                "18K Solitaire Ring",
                                "24K Lakshmi Coin 8g",
                            ]
                        )
                    ),
                    "price": G(lambda f: f.money(4000, 400000)),
                    "quantity": G(lambda f: 1),
                    "hallmark_huid": G(lambda f: f.huid()),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(lambda f: f.name_in(), "name"),
                "line1": Y(lambda f: f.street_in(), "address|street"),
                "city": Y(lambda f: f.pick(IN_CITIES), "city"),
                "state": G(lambda f: f.pick(IN_STATES)),
                "pincode": Y(lambda f: f.pin_in(), "zipcode"),
                "phone": Y(lambda f: f.phone_in(), "phone"),
            },
            "billing_address": Y(lambda f: f.address_in(), "address"),
            "email": Y(lambda f: f.email_any(), "email"),
            "is_gift": G(lambda f: f.pick([True, False])),
            "gift_recipient_name": Y(lambda f: f.name_in(), "name"),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["gl_hero", "gl_footer", "ins_quote"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f.fbc(), "advertising id"),
            "lead": {
                "full_name": Y(lambda f: f.person(), "name"),
                "phone_number": Y(lambda f: f.phone_any(), "phone"),
                "preferred_branch_city": G(lambda f: f.pick(IN_CITIES)),
                "gold_weight_estimate": G(lambda f: f.pick(["<10g", "10-50g", "50-100g", ">100g"])),
                "whatsapp_consent": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Meta CAPI Event Sent",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["Lead", "Purchase", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Many(Y(lambda f: f.sha256(), "email"), 1),
                "ph": Many(Y(lambda f: f.sha256(), "phone"), 1),
                "external_id": Many(G(lambda f: f.sha256()), 1),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(MOBILE_UAS)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(100, 90000)),
                "currency": G(lambda f: f.pick(["INR", "PHP", "THB"])),
            },
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "flutter"],
        {
            "referral_code": G(lambda f: "SONA" + f.hexid(5).upper()),
            "referee_name": Y(lambda f: f.person(), "name"),
            "referee_mobile": Y(lambda f: f.phone_any(), "phone"),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link", "viber", "line"])),
            "reward_amount": G(lambda f: f.pick([100, 250, 500])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["gl_hero", "callback", "ins_quote"])),
            "field_name": G(lambda f: f.pick(["mobile", "email_or_mobile", "whatsapp"])),
            "value": Y(lambda f: f.pick([f.phone_any(), f.phone_any(), f.email_any()]), "phone|email", True),
            "duration_ms": G(lambda f: f.r.randint(300, 12000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Login Failed",
        ["web", "rn"],
        {
            "username": Y(lambda f: f.pick([f.email_any(), f.phone_any()]), "email|phone", True),
            "reason": G(lambda f: f.pick(["bad_otp", "locked", "unknown_user", "expired_otp"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "mpin_length": G(lambda f: f.pick([4, 6])),
            "password_reset_offered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "OTP Requested",
        ["go"],
        {
            "request_id": G(lambda f: f.uuid()),
            "mobile_number": Y(lambda f: f.phone_any(), "phone"),
            "otp_code": RED(lambda f: f.otp(), "token"),
            "otp_length": G(lambda f: 6),
            "otp_channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "expires_in_sec": G(lambda f: f.pick([120, 180, 300])),
            "sms_gateway": G(lambda f: f.pick(["msg91", "twilio", "semaphore", "thaibulksms"])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["ruby"],
        {
            "email": Y(lambda f: f.email_any(), "email"),
            "link_url": RED(
                lambda f: "https://my.sona.example/auth/verify?token=" + f.hexid(40), "token", True
            ),
            "magic_link_token": RED(lambda f: f.hexid(40), "token"),
            "expires_at": G(lambda f: f.iso()),
            "portal": G(lambda f: f.pick(["customer", "agent", "partner"])),
        },
    ),
    (
        "track",
        "Chatbot Message Sent",
        ["node"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "bot_step": G(lambda f: "ask_registered_mobile"),
            "input": Y(lambda f: f.phone_any(), "phone", True),
            "channel": G(lambda f: f.pick(["whatsapp", "messenger", "line", "web"])),
            "locale": G(lambda f: f.pick(LOCALES)),
            "intent": G(lambda f: f.pick(["renewal", "interest_due", "branch_hours"])),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["web", "rn"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "author_type": G(lambda f: "user"),
            "message": Y(chat_text, "name", True),
            "attachments": G(lambda f: f.r.randint(0, 2)),
            "first_message": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        APP,
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Quick service at branch",
                        "Staff was very helpful",
                        "App is slow on OTP",
                        "Sobrang bilis, salamat!",
                        "ดีมาก",
                        "",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        {
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "language": G(lambda f: f.pick(["ta", "hi", "en", "fil", "th"])),
            "topic": G(lambda f: f.pick(["gold_loan", "insurance", "auction", "renewal"])),
        },
    ),
    (
        "track",
        "Gold Price Alert Subscribed",
        ["rn", "kotlin", "swift"],
        {
            "whatsapp_number": Y(lambda f: f.phone_any(), "phone"),
            "target_rate": G(lambda f: f.r.randint(5400, 7000)),
            "karat": G(lambda f: f.pick([18, 22, 24])),
            "city": G(lambda f: f.pick([*IN_CITIES, "Manila", "Bangkok"])),
            "alert_channel": G(lambda f: f.pick(["whatsapp", "push", "sms"])),
        },
    ),
    (
        "track",
        "Consent Recorded",
        ["python", "node"],
        {
            "consent_id": G(lambda f: f.uuid()),
            "purposes": Many(
                G(lambda f: f.pick(["marketing", "credit_bureau", "insurance_crosssell", "whatsapp"])), 3
            ),
            "consent_artifact_hash": G(lambda f: f.sha256()),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "granted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin", "flutter"],
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "url": G(
                lambda f: f.pick(
                    ["", "sona://loan/renew", "sona://pay?ticket=" + f.ticket(), "https://sona.example/r/abc"]
                )
            ),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin", "rn"],
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "message_id": G(lambda f: f.uuid()),
            "title": G(
                lambda f: f.pick(
                    ["Interest due tomorrow", "Gold rate up 1.2% today", "Your renewal is confirmed"]
                )
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "Pay now in 2 taps with UPI",
                        "Check how much more you can borrow",
                        "Tap to view your new ticket",
                    ]
                )
            ),
        },
    ),
    # ---- vendor webhooks ------------------------------------------------------------------------------
    (
        "track",
        "SMS Status Updated",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["SONAGL", "+12015550123", "SONAPWN", "+639178880000"])),
            "To": Y(
                lambda f: f.pick(["+91" + f.mobile_in_digits(), "+639" + f.digits(9), "+668" + f.digits(8)]),
                "phone",
                True,
            ),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered", "failed"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
            "Body": Y(sms_body, "name", True),
        },
    ),
    (
        "track",
        "Call Completed",
        ["node"],
        {
            "CallSid": G(lambda f: f.hexid(32)),
            "CallFrom": Y(lambda f: "0" + f.mobile_in_digits(), "phone", True),
            "CallTo": G(lambda f: f.pick(["08047192000", "04471118800", "08069891234"])),
            "DialWhomNumber": Y(lambda f: "0" + f.mobile_in_digits(), "phone", True),
            "Direction": G(lambda f: f.pick(["incoming", "outbound-dial"])),
            "DialCallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "StartTime": G(
                lambda f: (
                    f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d} "
                    f"{f.r.randint(8, 20):02d}:{f.r.randint(0, 59):02d}:00"
                )
            ),
            "Status": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
        },
    ),
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(lambda f: f.email_any(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@mail.sona.example>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        *MOBILE_UAS,
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com "
                        "GoogleImageProxy)",
                    ]
                )
            ),
            "sender": G(
                lambda f: f.pick(["no-reply@sona.example", "statements@sona.example", "care@sona.example"])
            ),
        },
    ),
    (
        "track",
        "LINE Account Linked",
        ["node", "dotnet"],
        {
            "lineUserId": G(lambda f: "U" + f.hexid(32)),
            "displayName": Y(lambda f: f.pick([f.first_th(), f.pick(TH_FIRST_SCRIPT), f.name_th()]), "name"),
            "pictureUrl": Y(lambda f: "https://profile.line-scdn.net/0h" + f.hexid(30), "photo"),
            "statusMessage": G(lambda f: f.pick(["", "Happy everyday", "สู้ๆ", "Work hard play hard"])),
            "language": G(lambda f: f.pick(["th", "en", "ja"])),
            "linkedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "api-error",
        ["go", "node"],
        {
            "endpoint": G(
                lambda f: f.pick(
                    ["/v2/loans/renew", "/v1/kyc/ekyc", "/v1/payments/upi/collect", "/v1/bureau/pull"]
                )
            ),
            "status-code": G(lambda f: f.pick([500, 502, 504, 429])),
            "error-message": G(
                lambda f: f.pick(
                    ["upstream timeout", "bureau unavailable", "rate limited by psp", "connection reset"]
                )
            ),
            "request-id": G(lambda f: f.uuid()),
            "latency-ms": G(lambda f: f.r.randint(50, 30000)),
            "request-headers": {
                "user-agent": G(
                    lambda f: f.pick(["okhttp/4.12.0", "Sona/6.4.0 CFNetwork/1490.0.4", "axios/1.6.7"])
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
            },
        },
    ),
    # ---- staff ----------------------------------------------------------------------------------
    (
        "track",
        "Staff Logged In",
        ["staff"],
        {
            "staff_id": G(lambda f: "EMP" + f.digits(5)),
            "staff_name": Y(lambda f: f.person(), "name"),
            "staff_email": Y(
                lambda f: _ascii(f.first_any()) + "." + _ascii(f.last_any()) + "@sona.example", "email"
            ),
            "role": G(lambda f: f.pick(["appraiser", "branch_manager", "teller", "field_agent"])),
            "branch_code": G(lambda f: f.branch()[0]),
            "device_serial": G(lambda f: "R9" + f.hexid(9).upper()),
            "biometric_auth": G(lambda f: f.pick([True, False])),
            "login_method": G(lambda f: f.pick(["fingerprint", "mpin", "sso"])),
        },
    ),
    (
        "track",
        "Appraisal Overridden",
        ["staff"],
        {
            "ticket_no": G(lambda f: f.ticket()),
            "original_value": G(lambda f: f.r.randint(3000, 400000)),
            "override_value": G(lambda f: f.r.randint(3000, 400000)),
            "reason": G(
                lambda f: f.pick(
                    ["stone weight deducted", "purity retest 20K", "wax filling found", "manager discretion"]
                )
            ),
            "approver_staff_id": G(lambda f: "EMP" + f.digits(5)),
            "approver_name": Y(lambda f: f.person(), "name"),
            "xrf_purity": G(lambda f: round(f.r.uniform(75, 99.9), 2)),
        },
    ),
    (
        "track",
        "CashDrawerReconciled",
        ["dotnet"],
        {
            "BranchCode": G(lambda f: f.branch()[0]),
            "TellerId": G(lambda f: "EMP" + f.digits(5)),
            "TellerName": Y(lambda f: f.person(), "name"),
            "Variance": G(lambda f: f.pick([0, 0, -50, 100, 20])),
            "ReconciledAt": G(lambda f: f.net_dt()),
        },
    ),
    (
        "track",
        "StaffPinReset",
        ["dotnet"],
        {
            "StaffCode": G(lambda f: "EMP" + f.digits(5)),
            "ResetBy": G(lambda f: "EMP" + f.digits(5)),
            "TemporaryPin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "password"),
            "PinLength": G(lambda f: 4),
            "ExpiresAt": G(lambda f: f.net_dt()),
            "Reason": G(lambda f: f.pick(["forgotten", "locked_out", "new_device"])),
        },
    ),
    (
        "track",
        "Incentive Credited",
        ["python"],
        {
            "staff_id": G(lambda f: "EMP" + f.digits(5)),
            "period": G(lambda f: f.pick(["2024-01", "2024-02", "2024-03", "2024-04"])),
            "incentive_amount": Y(lambda f: f.r.randint(500, 40000), "salary"),
            "monthly_salary": Y(lambda f: f.r.randint(15000, 90000), "salary"),
            "loans_sourced": G(lambda f: f.r.randint(0, 120)),
            "designation": G(lambda f: f.pick(["Gold Loan Officer", "Branch Manager", "Field Executive"])),
        },
    ),
    (
        "track",
        "Customer Searched",
        ["staff", "web"],
        {
            "q": Y(lambda f: f.phone_any(), "phone", True),
            "search_by": G(lambda f: "mobile"),
            "results": G(lambda f: f.r.randint(0, 3)),
            "staff_id": G(lambda f: "EMP" + f.digits(5)),
        },
    ),
    (
        "track",
        "Customer Note Added",
        ["web"],
        {
            "note_id": G(lambda f: f.digits(8)),
            "customer_id": G(lambda f: "C" + f.digits(9)),
            "category": G(lambda f: f.pick(["contact", "collections", "kyc"])),
            "note": Y(staff_note, "phone", True),
            "pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Collections Call Logged",
        ["staff"],
        {
            "call_id": G(lambda f: f.uuid()),
            "customer_id": G(lambda f: "C" + f.digits(9)),
            "outcome": G(lambda f: f.pick(["promise_to_pay", "not_reachable", "paid", "refused"])),
            "promise_to_pay_date": G(lambda f: f.date(2024, 2025)),
            "called_number": Y(lambda f: f.phone_any(), "phone"),
            "remarks": G(
                lambda f: f.pick(
                    ["Will visit branch Monday", "Switched off", "Asked for 1 week", "Paid at branch"]
                )
            ),
        },
    ),
    (
        "track",
        "Saved Payee Selected",
        ["rn", "kotlin"],
        {
            "payee_id": G(lambda f: f.uuid()),
            "label": G(lambda f: f.pick(["Home", "Self - savings", "Business account", "Primary"])),
            "type": G(lambda f: f.pick(["upi", "bank", "gcash"])),
            "last_used_days_ago": G(lambda f: f.r.randint(0, 200)),
        },
    ),
]

PAGES = [
    (
        "page",
        lambda f: f.pick(["Home", "Gold Loan", "Insurance", "Branch Locator", "Shop"]),
        ["web"],
        {
            "path": G(lambda f: f.pick([p for p, _ in WEB_PAGES])),
            "url": G(lambda f: "https://www.sona.example" + f.pick([p for p, _ in WEB_PAGES])),
            "title": G(lambda f: f.pick([t for _, t in WEB_PAGES])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://l.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?lang=ta", "?utm_source=sms"])),
            "category": G(lambda f: f.pick(["loans", "insurance", "shop", "support"])),
        },
    ),
    (
        "screen",
        lambda f: f.pick(["Loan Details", "Pay Interest", "KYC Upload", "Gold Rate", "Claims"]),
        APP,
        {
            "screen_class": G(
                lambda f: f.pick(["LoanDetailViewController", "PayInterestFragment", "KycUploadScreen"])
            ),
            "ticket_no": G(lambda f: f.ticket()),
            "from_screen": G(lambda f: f.pick(["Home", "Loans", "Notifications"])),
        },
    ),
    (
        "group",
        None,
        ["python", "java"],
        {
            "name": G(lambda f: f.branch()[1]),
            "branch_code": G(lambda f: f.branch()[0]),
            "city": G(lambda f: f.branch()[2]),
            "branch_phone": G(lambda f: f.branch()[3]),
            "contact_email": G(lambda f: f"br{f.branch()[0].lower()}@sona.example"),
            "street_address": G(
                lambda f: f.pick(
                    [
                        "14 Usman Road, T. Nagar",
                        "100 Feet Road, HAL 2nd Stage",
                        "880 Aurora Blvd, Cubao",
                        "212 Yaowarat Rd",
                    ]
                )
            ),
            "manager_name": Y(lambda f: f.person(), "name"),
            "manager_mobile": Y(lambda f: f.phone_any(), "phone"),
            "opened_at": G(lambda f: f.date(2005, 2023)),
            "staff_count": G(lambda f: f.r.randint(3, 25)),
            "lat": G(lambda f: f.pick([13.0418, 12.9719, 9.9816, 14.6197, 10.2969, 13.7413])),
            "lng": G(lambda f: f.pick([80.2341, 77.6412, 76.2999, 121.0563, 123.9010, 100.5103])),
        },
    ),
]


def make_message(f: SF, kind: str, event, clients: list[str], body: dict, labels: dict) -> dict:
    client = f.pick(clients)
    msg: dict = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
    if client not in ("python", "node", "go", "java", "ruby", "php", "dotnet") or f.r.random() < 0.9:
        msg["userId"] = f.pick(["C" + f.digits(9), "usr_" + f.hexid(12), f.digits(7)])
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event(f)
    elif kind == "group":
        msg["groupId"] = f.branch()[0]
    section = "traits" if kind in ("identify", "group") else "properties"
    if body:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(f, client), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = SF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS + PAGES:
            events.append(make_message(f, kind, event, clients, body, labels))
        # alias: anonymous visitor becomes a known customer
        alias = make_message(f, "alias", None, ["web", "rn", "swift"], {}, labels)
        alias["previousId"] = alias["anonymousId"]
        events.append(alias)
    f.r.shuffle(events)
    return events, labels


# -- self-check: every value of a value_only PII path carries its PII (author's own patterns) -------

CHECKS = {
    "phone": re.compile(r"(\+?\d[\d\s-]{8,}\d)"),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    "ip": re.compile(r"^(\d{1,3}\.){3}\d{1,3}$|^[0-9a-f:]+:[0-9a-f:]+$"),
    "token": re.compile(r"token=[0-9a-f]{20,}"),
    "national id": re.compile(r"[A-Z]{5}\d{4}[A-Z]"),
}
NAME_WORDS = set(IN_FIRST + PH_FIRST + TH_FIRST + FIRST + IN_LAST + PH_LAST + TH_LAST + LAST)


def carries(type_: str, value) -> bool:
    s = str(value)
    for t in type_.split("|"):
        if t == "name" and any(w in s or w.upper() in s for w in NAME_WORDS):
            return True
        if t in ("diagnosis", "condition") and any(d in s.lower() for d in DIAGNOSES):
            return True
        if t in CHECKS and CHECKS[t].search(s):
            return True
    return False


def self_check(events, labels):
    from portal.events import flatten

    bad = []
    for event in events:
        for path, value in flatten(event):
            label = labels[path]
            if (
                label["value_only"]
                and label["classification"] != "green"
                and not carries(label["type"], value)
            ):
                bad.append((path, value))
    if bad:
        raise SystemExit(f"value_only paths with values lacking their PII: {bad[:5]}")


if __name__ == "__main__":
    events, labels = build(seed=171, repeats=27)
    self_check(events, labels)
    write(Path(__file__).parent, "holdout171_", events, labels)
