"""Writes holdout93: tests/corpus/holdout93_events.jsonl and holdout93_labels.json.

Sealed: written from the brief, the corpus helpers (build.py, fake.py), build_holdout3.py (for
its format) and the reference product's documented default matchers, without reading the
detection engine, its vocabularies, its tests or any other corpus's labels, and without running
the engine on these events. Run: `.venv/bin/python -m tests.corpus.build_holdout93` (seeded,
deterministic).

What it covers: "Ramai", a social and creator community app in the US, India and Indonesia, as a
Segment customer sees its everyday traffic. Profiles and bios, follows, people search and
mentions, posts, comments, stories, direct messages, contacts upload and invites, live streams
(stream keys, gifts, co-hosts), polls, notifications (push bodies, transactional e-mail, SMS
status webhooks), sign-in (OTP, magic links, two-factor, request headers), creator monetisation
(memberships, tips, coins, merch e-commerce spec events, brand deals), payouts and tax details
(Stripe Connect, a .NET payout service, UPI/IFSC, Xendit, W-9, PAN/GSTIN, NPWP/NIK), content
moderation reports, decisions and appeals, age and identity verification (Persona, selfie age
estimation, Aadhaar eKYC, Indonesian KTP OCR), parental consent, blocked users, data exports
and account deletion; pets with their own profiles. Clients: analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java, ruby,
php and .NET (analytics-csharp) server libraries, with their `context` blocks (ip, traits,
device, app, library, locale, userAgent, campaign, location, externalIds). identify, track,
page, screen, group and alias calls.

Conventions: mostly camelCase and snake_case English keys; about 15 % other conventions real
customers have: PascalCase (.NET payout service, Twilio webhooks), kebab-case (Persona
webhooks, HTTP headers), SCREAMING_SNAKE (a reverse-ETL identify from the warehouse),
Indonesian backend keys (KTP OCR, creator profile, withdrawals, tax) and Hindi-transliterated
keys (a Hindi contest registration form).

Labelling rules (the Privacy Portal's default colours):
- A leaf is PII when its values are personal data about a natural person: the user, a person
  mentioned, followed, blocked, reported or messaged, a contact, a guardian, a moderator or
  support agent, a brand's contact person, a talent manager. Colour is the reference's default
  for the matcher; types outside the reference: red for credentials/secrets, card numbers, bank
  accounts, government ids, health ids; yellow otherwise (geolocation, advertising id,
  political opinion).
- Usernames/handles and display names of people are `name` (yellow). A pet's name, handle and
  birthday are green (pets' data), as are product, brand, company, community, gift, sound and
  stream titles; the credited artist of a sound in the catalogue is catalogue metadata: green.
- Green: ids we or vendors issue (user, post, order, payout, Stripe `acct_`/`ba_`/`cus_`/`pi_`,
  file ids, message SIDs, UUIDs, numeric ids, SKUs), versions, timestamps, hashes of non-PII,
  amounts of single transactions, enums, counters and booleans even under PII-sounding keys,
  ages and age bands, marital status (incl. the Indonesian PTKP status), job titles and
  employers, country, state/province, locale, language, timezone, currency, user agents,
  OS-issued device ids, bank routing numbers and IFSC codes, card brand/last four/expiry, a
  business's own phone, address, tax id (a company GSTIN) and role mailboxes (support@,
  no-reply@, billing@), the company's sending number in an SMS webhook, e-mail Message-IDs,
  UUID tokens (a Places session token, an appAccountToken), points of interest tagged on a post
  or searched (places that are not the person's home).
- Masked values: a phone masked down to its last digits is green; a masked Aadhaar showing its
  last four digits is red `national id` (by the same rule that makes an SSN's last four red).
- Hashed e-mails sent as advertising match keys (sha256 of the address) are the person's
  e-mail: yellow `email`.
- Income: declared or aggregated personal income (annual income on an application, year-to-date
  earnings) is `salary` (yellow); the amount of one payout, tip, gift or order is green.
- Policy cases: payment method tokens (`pm_`), OTP codes, magic-link and signed download links,
  push/FCM tokens, bearer tokens and stream keys are red (`token`/`secret`); an identity
  document's number (Aadhaar, PAN, NIK, NPWP, passport or ID card from a verification vendor)
  is red `national id|passport`; a sole proprietor's GSTIN embeds their PAN: red `national id`;
  UPI ids (VPAs) address a bank account: red `bank account`; right-to-work and sponsorship
  answers are red `visa`; disability and veteran status are red; ethnicity, sexual
  orientation, religion, gender and pronouns are yellow; a blood group on an ID card is health
  data, yellow `condition`; the option a user picked in an election poll is yellow `political
  opinion`; ad click ids and cookies (gclid, fbclid, ttclid, fbp, fbc) and mobile advertising
  ids are yellow `advertising id`; shipping and billing addresses are the person's: yellow.
- value_only is true when the key does not say what the value is (`q`, `input`, `label`,
  `value`, `text`, `body`, `description`, `link_url`, `download_url`, `externalIds[].id`,
  `selected_option_text`, free text such as `appeal_text`) and only the value reveals it. A
  value_only PII path holds that PII in every one of its values; free text is labelled by what
  every value carries, green when none carries PII (bios, captions, comments, moderator notes,
  gift messages here never carry contact details).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places of the three markets ----------------------------------------------------------

IN_FIRST = [
    "Aarav",
    "Priya",
    "Rohan",
    "Ananya",
    "Vikram",
    "Sneha",
    "Arjun",
    "Kavya",
    "Ishaan",
    "Meera",
    "Farhan",
    "Harpreet",
    "Lakshmi",
    "Siddharth",
    "Pooja",
    "Karthik",
    "Nandini",
    "Aditya",
    "Zoya",
    "Rahul",
]
IN_LAST = [
    "Sharma",
    "Iyer",
    "Gupta",
    "Reddy",
    "Singh",
    "Patil",
    "Nair",
    "Menon",
    "Qureshi",
    "Kaur",
    "Banerjee",
    "Deshpande",
    "Chatterjee",
    "Pillai",
    "Joshi",
    "Verma",
    "Mukherjee",
    "Rao",
    "Khan",
    "Shetty",
]
ID_FIRST = [
    "Ayu",
    "Rizky",
    "Dewi",
    "Budi",
    "Siti",
    "Putri",
    "Agus",
    "Wayan",
    "Fitri",
    "Made",
    "Rina",
    "Dimas",
    "Nurul",
    "Eko",
    "Intan",
    "Yoga",
    "Ratna",
    "Hendra",
    "Kadek",
    "Sri",
]
ID_LAST = [
    "Lestari",
    "Pratama",
    "Sartika",
    "Santoso",
    "Rahmawati",
    "Maharani",
    "Setiawan",
    "Sudarma",
    "Handayani",
    "Wirawan",
    "Saputra",
    "Wijaya",
    "Hidayat",
    "Kusuma",
    "Nugroho",
    "Siregar",
    "Simanjuntak",
    "Hasibuan",
    "Gunawan",
    "Purnamasari",
]
ID_MONONYMS = ["Suharti", "Sutrisno", "Mulyadi", "Suparman", "Wartini"]
US_FIRST = [
    "Emily",
    "Marcus",
    "Sofia",
    "Tyler",
    "Jasmine",
    "Kevin",
    "Aaliyah",
    "Ethan",
    "Hannah",
    "DeShawn",
    "Madison",
    "Luis",
    "Chloe",
    "Omar",
    "Grace",
    "Connor",
    "Mariana",
    "Jamal",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Hernández",
    "Nguyen",
    "Brown",
    "O'Connor",
    "Davis",
    "Kim",
    "Goldberg",
    "Jackson",
    "Clark",
    "Ramírez",
    "Anderson",
    "Haddad",
    "Liu",
    "Murphy",
    "Okafor",
    "Kowalski",
]
OTHER_NAMES = [
    "Chidi Okeke",
    "Yuki Tanaka",
    "Fatima Al-Sayed",
    "Lucas Oliveira",
    "Olena Kovalenko",
    "Nguyễn Thị Lan",
    "Kwame Mensah",
    "Björn Lindqvist",
    "Mei-Ling Tsai",
    "Aroha Ngata",
]

IN_CITIES = [
    "Mumbai",
    "Bengaluru",
    "New Delhi",
    "Hyderabad",
    "Chennai",
    "Pune",
    "Kolkata",
    "Jaipur",
    "Lucknow",
    "Kochi",
    "Indore",
    "Ahmedabad",
]
ID_CITIES = [
    "Jakarta Selatan",
    "Surabaya",
    "Bandung",
    "Medan",
    "Yogyakarta",
    "Denpasar",
    "Makassar",
    "Semarang",
    "Malang",
    "Bekasi",
    "Tangerang Selatan",
]
US_CITIES = [
    "Houston",
    "Brooklyn",
    "Atlanta",
    "Seattle",
    "Phoenix",
    "Chicago",
    "Los Angeles",
    "Columbus",
    "Jersey City",
    "San Jose",
]
IN_STATES = [
    "Maharashtra",
    "Karnataka",
    "Delhi",
    "Telangana",
    "Tamil Nadu",
    "West Bengal",
    "Kerala",
    "Uttar Pradesh",
    "Gujarat",
    "Rajasthan",
]
ID_PROVINCES = [
    "DKI Jakarta",
    "Jawa Barat",
    "Jawa Timur",
    "Bali",
    "Sumatera Utara",
    "DI Yogyakarta",
    "Sulawesi Selatan",
    "Jawa Tengah",
    "Banten",
]
US_STATES = ["TX", "NY", "GA", "WA", "AZ", "IL", "CA", "OH", "NJ"]
MAIL_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "yahoo.co.in",
    "yahoo.co.id",
    "outlook.com",
    "icloud.com",
    "rediffmail.com",
    "hotmail.com",
    "ymail.com",
    "proton.me",
]
POIS = [
    "Gateway of India, Apollo Bandar, Colaba, Mumbai",
    "Monas, Gambir, Jakarta Pusat",
    "Cubbon Park, Bengaluru",
    "Pantai Kuta, Badung, Bali",
    "Times Square, New York, NY",
    "Malioboro, Yogyakarta",
    "India Gate, New Delhi",
    "Pike Place Market, Seattle, WA",
    "Candi Borobudur, Magelang",
    "Marina Beach, Chennai",
]
ROUTING = ["021000021", "026009593", "121000248", "011000138", "322271627", "111000614", "071000013"]
IFSC = [
    "HDFC0001234",
    "SBIN0004567",
    "ICIC0000123",
    "UTIB0000045",
    "KKBK0000958",
    "PUNB0112000",
    "YESB0000001",
]
ID_BANKS = [("BCA", 10), ("MANDIRI", 13), ("BRI", 15), ("BNI", 10), ("CIMB", 13), ("PERMATA", 10)]
US_STREETS = ["Maple Ave", "Westheimer Rd", "Peachtree St NE", "Atlantic Ave", "N Clark St", "Camelback Rd"]
UPI_PSP = ["okhdfcbank", "okicici", "oksbi", "ybl", "paytm", "axl", "ibl"]


class F(Fake):
    """fake.py's generator plus the US/India/Indonesia values this corpus needs."""

    def market(self):
        return self.pick(["US", "IN", "ID"])

    def person(self):
        m = self.market()
        if m == "IN":
            return self.pick(IN_FIRST), self.pick(IN_LAST)
        if m == "ID":
            if self.r.random() < 0.1:
                return self.pick(ID_MONONYMS), ""
            return self.pick(ID_FIRST), self.pick(ID_LAST)
        if self.r.random() < 0.2:
            return tuple(self.pick(OTHER_NAMES).split(" ", 1))
        return self.pick(US_FIRST), self.pick(US_LAST)

    def name(self):
        first, last = self.person()
        return f"{first} {last}".strip()

    def first_name(self):
        return self.person()[0]

    def last_name(self):
        first, last = self.person()
        return last or first

    def handle(self):
        first, last = self.person()
        a = first.lower().replace("'", "")
        b = (last or "x").lower().replace("'", "").replace(" ", "")
        for src, dst in (("é", "e"), ("á", "a"), ("í", "i"), ("ö", "o"), ("ễ", "e"), ("ị", "i")):
            a, b = a.replace(src, dst), b.replace(src, dst)
        return self.pick(
            [
                f"{a}.{b}",
                f"{a}_{b[:3]}",
                f"{a}{self.r.randint(1, 99)}",
                f"{a}.{self.pick(['cooks', 'vlogs', 'fit', 'art', 'beats', 'travels', 'official'])}",
                f"the{a}{b[:1]}",
                f"{b}.{a}",
            ]
        )

    def mail(self):
        first, last = self.person()
        a = first.lower().replace("'", "").replace(" ", "")
        b = (last or "id").lower().replace("'", "").replace(" ", "")
        for src, dst in (("é", "e"), ("á", "a"), ("í", "i"), ("ö", "o"), ("ễ", "e"), ("ị", "i")):
            a, b = a.replace(src, dst), b.replace(src, dst)
        local = self.pick(
            [
                f"{a}.{b}",
                f"{a}{b}{self.r.randint(1, 99)}",
                f"{a}_{b[:4]}",
                f"{b}.{a}{self.r.randint(80, 99)}",
                f"{a}{self.r.randint(1990, 2006)}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def work_mail(self, domain):
        first, last = self.pick(
            [
                (self.pick(IN_FIRST), self.pick(IN_LAST)),
                (self.pick(ID_FIRST), self.pick(ID_LAST)),
                (self.pick(US_FIRST), self.pick(US_LAST)),
            ]
        )
        last = last.lower().replace("'", "").replace("á", "a").replace("í", "i")
        return f"{first.lower()}.{last}@{domain}"

    def in_phone(self):
        n = str(self.r.randint(6, 9)) + self.digits(9)
        return self.pick([f"+91 {n[:5]} {n[5:]}", f"+91{n}", f"{n[:5]} {n[5:]}", f"0{n}", f"+91-{n}"])

    def id_phone(self):
        body = self.pick(["812", "813", "821", "857", "878", "896", "838"]) + self.digits(
            self.r.randint(7, 8)
        )
        return self.pick(
            [
                f"+62 {body[:3]}-{body[3:7]}-{body[7:]}",
                f"0{body}",
                f"+62{body}",
                f"0{body[:3]} {body[3:7]} {body[7:]}",
            ]
        )

    def us_phone(self):
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))

    def mobile(self):
        return self.pick([self.in_phone, self.id_phone, self.us_phone])()

    def e164(self):
        m = self.market()
        if m == "IN":
            return "+91" + str(self.r.randint(6, 9)) + self.digits(9)
        if m == "ID":
            return "+628" + self.pick(["12", "13", "21", "57", "78"]) + self.digits(8)
        return self.phone("e164")

    def masked_phone(self):
        return self.pick(
            [
                "+91 ******" + self.digits(4),
                "+62 ***-****-" + self.digits(4),
                "(***) ***-" + self.digits(4),
                "•••• " + self.digits(4),
            ]
        )

    def street_any(self):
        m = self.market()
        r = self.r
        if m == "IN":
            building = self.pick(["Sai Krupa", "Shanti Niketan", "Green Glen", "Lodha Palava", "Prestige"])
            kind = self.pick(["Apartments", "Residency", "Heights"])
            road = self.pick(["14th Cross", "2nd Main", "MG Road", "Link Road"])
            area = self.pick(["Mehdipatnam", "Kukatpally", "Ameerpet"])
            return self.pick(
                [
                    f"Flat {r.randint(101, 1204)}, {building} {kind}, {road}",
                    f"H.No. {r.randint(1, 20)}-{r.randint(1, 9)}-{r.randint(100, 999)}/A, {area}",
                    f"B-{r.randint(1, 99)}, Sector {r.randint(10, 120)}",
                ]
            )
        if m == "ID":
            jalan = self.pick(
                ["Kebon Jeruk Raya", "Gatot Subroto", "Diponegoro", "Sudirman", "Cendrawasih", "Melati"]
            )
            gang = self.pick(["Mawar", "Kenanga", "Anggrek"])
            return self.pick(
                [
                    f"Jl. {jalan} No. {r.randint(1, 180)}",
                    f"Perumahan Griya Asri Blok {self.pick('ABCDE')}{r.randint(1, 9)} No. {r.randint(1, 40)}",
                    f"Gg. {gang} No. {r.randint(1, 60)}, RT {r.randint(1, 12):03d}/RW {r.randint(1, 9):03d}",
                ]
            )
        return (
            f"{r.randint(10, 9899)} {self.pick(US_STREETS)}{self.pick(['', ' Apt 5B', ' Unit 12', ' #304'])}"
        )

    def us_street(self):
        return f"{self.r.randint(10, 9899)} {self.pick(US_STREETS)}"

    def npwp_address(self):
        jalan = self.pick(["Melati", "Diponegoro", "Pemuda", "Kaliurang"])
        return f"Jl. {jalan} No. {self.r.randint(1, 120)}, {self.pick(ID_CITIES)}"

    def merch_sku(self):
        line, size = self.pick(["HD", "TS", "MG", "ST", "CP"]), self.pick(["BLK", "WHT", "M", "L", "XL"])
        return f"RM-{line}-{self.r.randint(100, 999)}-{size}"

    def xff(self):
        r = self.r
        return f"{self.ipv4()}, 10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def city_any(self):
        return self.pick(self.pick([IN_CITIES, ID_CITIES, US_CITIES]))

    def postcode(self):
        return self.pick([str(self.r.randint(110001, 799999)), str(self.r.randint(10110, 99999)), self.zip()])

    def dob(self, start=1975, end=2008):
        return self.date(start, end)

    def ts(self):
        return self.iso()

    def uid(self):
        return "17" + self.digits(16)

    def verhoeff(self, num: str) -> str:
        d = [
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
        p = [
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
            [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
            [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
            [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
            [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
            [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
            [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
        ]
        inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
        c = 0
        for i, ch in enumerate(reversed(num)):
            c = d[c][p[(i + 1) % 8][int(ch)]]
        return num + str(inv[c])

    def aadhaar(self):
        n = self.verhoeff(str(self.r.randint(2, 9)) + self.digits(10))
        return self.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}"])

    def masked_aadhaar(self):
        return self.pick(["XXXX XXXX ", "xxxxxxxx", "********"]) + self.digits(4)

    def pan(self):
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return (
            "".join(self.pick(letters) for _ in range(3))
            + "P"
            + self.pick(letters)
            + self.digits(4)
            + self.pick(letters)
        )

    def gstin(self, pan=None, state=None):
        pan = pan or self.pan()
        state = state or self.pick(["27", "29", "07", "36", "33", "19"])
        chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        body = f"{state}{pan}{self.r.randint(1, 3)}Z"
        total = 0
        for i, ch in enumerate(body):
            v = chars.index(ch) * (2 if i % 2 else 1)
            total += v // 36 + v % 36
        return body + chars[(36 - total % 36) % 36]

    def company_pan(self):
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return (
            "".join(self.pick(letters) for _ in range(3))
            + "C"
            + self.pick(letters)
            + self.digits(4)
            + self.pick(letters)
        )

    def nik(self):
        region = self.pick(["317401", "317205", "327301", "357801", "510302", "127101", "340401", "737101"])
        day = self.r.randint(1, 28) + (40 if self.r.random() < 0.5 else 0)
        year = self.r.randint(75, 99) if self.r.random() < 0.7 else self.r.randint(0, 6)
        return f"{region}{day:02d}{self.r.randint(1, 12):02d}{year:02d}{self.r.randint(1, 250):04d}"

    def npwp(self):
        if self.r.random() < 0.35:
            return self.nik()
        head = self.luhn_complete(self.pick(["01", "02", "04", "05", "07", "08", "09"]) + self.digits(6))
        tail = self.digits(3) + "000"
        return self.pick([f"{head[:2]}.{head[2:5]}.{head[5:8]}.{head[8]}-{tail[:3]}.{tail[3:]}", head + tail])

    def us_account(self):
        return self.digits(self.r.randint(9, 12))

    def in_account(self):
        return self.digits(self.r.randint(11, 16))

    def id_account(self):
        _, n = self.pick(ID_BANKS)
        return self.digits(n)

    def vpa(self):
        first = self.pick(IN_FIRST).lower()
        return (
            self.pick(
                [
                    f"{first}.{self.pick(IN_LAST).lower()}",
                    f"{self.r.randint(6, 9)}{self.digits(9)}",
                    f"{first}{self.r.randint(10, 99)}",
                ]
            )
            + "@"
            + self.pick(UPI_PSP)
        )

    def stripe(self, prefix, n=24):
        alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return prefix + "".join(self.pick(alnum) for _ in range(n))

    def gclid(self):
        alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(80))

    def fbclid(self):
        alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(57))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**8, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def ttclid(self):
        alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "E_C_P_" + "".join(self.pick(alnum) for _ in range(40))

    def sha256(self):
        return self.hexid(64)

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def avatar(self):
        size = self.pick(["256", "512", "orig"])
        return f"https://cdn.ramai.app/avatars/{self.uid()}/{self.hexid(12)}_{size}.jpg"

    def money_idr(self):
        return self.r.choice([10000, 25000, 50000, 75000, 100000, 150000, 250000, 500000, 1250000])

    def amount(self):
        return self.pick([self.money(1, 200), float(self.r.choice([49, 99, 149, 199, 499, 999]))])


def phone_text(f: F) -> str:
    p = f.mobile()
    return f.pick(
        [
            f"wa me {p} for collab",
            f"Order via WA {p} kak, COD bisa",
            f"call/whatsapp {p} for paid promotion",
            f"DM me on whatsapp {p} 🔥",
            f"Hubungi {p} untuk harga reseller",
            f"Telegram/WA: {p}",
            f"sasta followers ke liye WhatsApp karo {p}",
        ]
    )


def notif_body(f: F) -> str:
    n = f.name()
    return f.pick(
        [
            f"{n} started following you",
            f"{n} commented on your post",
            f"{n} is live now 🔴",
            f"{n} sent you a Rose 🌹",
            f"{n} mentioned you in a comment",
            f"{n} mulai mengikuti kamu",
            f"{n} ne aapki post pasand ki",
        ]
    )


def appeal_text(f: F) -> str:
    n = f.name()
    return f.pick(
        [
            f"Hi, I am {n}. My account was suspended by mistake, the video is my own cooking.",
            f"This is {n}. Someone reported my reel but it was my original dance, please review.",
            f"Saya {n}, akun saya diblokir padahal saya tidak melanggar aturan apapun.",
            f"Mera naam {n} hai. Meri live stream galti se band kar di gayi, kripya dobara dekhein.",
            f"Please restore my account. Regards, {n}",
        ]
    )


def payout_description(f: F) -> str:
    return (
        f.pick(["Pencairan saldo kreator a.n. ", "Creator payout - ", "Penarikan dana ", "Payout Ramai "])
        + f.name()
    )


def search_name(f: F) -> str:
    first, last = f.person()
    return f.pick(
        [
            f"{first} {last}".strip(),
            f"{first} {last}".strip().lower(),
            f"{first} {last[:1]}".strip(),
            f"{first.lower()} {last.lower()}".strip(),
        ]
    )


def signed_link(f: F) -> str:
    return (
        f"https://exports-ramai.s3.ap-southeast-1.amazonaws.com/{f.uid()}/export-{f.hexid(8)}.zip"
        f"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{f.hexid(16).upper()}%2F20241104%2Fap-southeast-1%2Fs3%2Faws4_request"
        f"&X-Amz-Date=20241104T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={f.hexid(64)}"
    )


def magic_link(f: F) -> str:
    return f"https://ramai.app/auth/magic?token={f.stripe('', 43)}&redirect=%2Fhome"


POLL_OPTIONS = [
    "Prabowo-Gibran",
    "Anies-Muhaimin",
    "Ganjar-Mahfud",
    "BJP",
    "INC (Congress)",
    "AAP",
    "Harris-Walz",
    "Trump-Vance",
    "Prabowo Subianto",
    "Rahul Gandhi for PM",
]
BIOS = [
    "Street food hunter 🍜",
    "Dancer | choreographer | chai lover",
    "Pemula di dunia konten ✨",
    "Making beats since 2016",
    "Mom of two, baking on weekends",
    "Gym, anime, repeat",
    "Travel + budget tips",
    "Tech reviews in Hinglish",
    "Batik & slow fashion",
    "",
]
CAPTIONS = [
    "Sunday biryani run 😋",
    "new dance challenge, tag a friend!",
    "Resep sambal matah ala Bali",
    "GRWM for Diwali ✨",
    "street style in Brooklyn",
    "Review HP 2 jutaan terbaik",
    "unboxing day",
    "chai > coffee, fight me",
    "Hari ini ke pantai 🌊",
]
COMMENTS = [
    "🔥🔥🔥",
    "mantap kak!",
    "recipe please 🙏",
    "bhai kya baat hai",
    "first!",
    "love this",
    "keren banget",
    "where is this?",
    "so underrated",
    "wkwkwk lucu",
]
MOD_NOTES = [
    "Removed for spam; second strike",
    "Borderline, kept with age gate",
    "Duplicate of earlier case",
    "Escalated to senior queue",
    "No violation found",
    "Impersonation confirmed, account disabled",
    "",
]
PRODUCTS = [
    "Ramai Originals Hoodie",
    "Creator Tee - Black",
    "Batik Kita Scarf",
    "Chai Mug 350ml",
    "Sticker Pack Vol. 2",
    "Dance Crew Cap",
    "Phone Grip - Neon",
    "Tote Bag Kahani",
]
MERCH_BRANDS = ["Ramai Originals", "Spice Route Studio", "Batik Kita", "Kahani Merch", "Neon Beats Co"]
GIFTS = ["Rose", "Rocket", "Mahkota", "Diya", "Galaxy", "Lion", "Kopi Susu", "Finger Heart"]
COMMUNITIES = [
    "Jakarta Foodies",
    "Mumbai Dance Crew",
    "Indie Beatmakers",
    "Bali Surf Club",
    "Desi Gamers Hub",
    "Brooklyn Thrift Finds",
    "Pecinta Kucing Indonesia",
]
SOUNDS = [
    ("Kesariya", "Arijit Singh"),
    ("Komang", "Raim Laode"),
    ("Espresso", "Sabrina Carpenter"),
    ("Tum Hi Ho", "Arijit Singh"),
    ("Runtuh", "Feby Putri"),
    ("original sound", "ramai"),
]

# -- contexts of the client libraries ----------------------------------------------------------------


def ctx_traits():
    return {
        "anonymousId": G(lambda f: f.uuid()),
        "userId": G(lambda f: f.uid()),
        "email": Y(lambda f: f.mail(), "email"),
        "username": Y(lambda f: f.handle(), "name"),
    }


WEB_UAS = [
    "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
]


def web_ctx(f: F):
    pages = [
        ("/", "Ramai"),
        ("/explore", "Explore · Ramai"),
        ("/live", "Live · Ramai"),
        ("/studio/earnings", "Earnings · Ramai Studio"),
        ("/shop", "Shop · Ramai"),
        ("/settings/account", "Account settings · Ramai"),
    ]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1", "npm:next-1.73.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://l.facebook.com/",
                        "https://t.co/",
                        "android-app://com.google.android.gm/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=whatsapp&utm_medium=share", "?ref=nav", "?tab=following"])
            ),
            "title": G(lambda f: f.pick(pages)[1]),
            "url": G(lambda f: "https://ramai.app" + f.pick(pages)[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not/A)Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["126", "8", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-IN", "hi-IN", "id-ID", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(
                ["America/New_York", "America/Chicago", "Asia/Kolkata", "Asia/Jakarta", "Asia/Makassar"]
            )
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["diwali_creators", "ramadan_live", "back_to_school", "creator_fund_2025"])
            ),
            "source": G(lambda f: f.pick(["instagram", "google", "whatsapp", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "email", "referral"])),
            "term": G(lambda f: f.pick(["creator app", "aplikasi live streaming", "short video app"])),
            "content": G(lambda f: f.pick(["carousel_a", "story_v2", "banner"])),
        },
    }


def swift_ctx(f: F):
    return {
        "app": {
            "name": G(lambda f: "Ramai"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: "app.ramai.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-IN", "id-ID"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Jio", "Airtel", "Telkomsel", "Indosat Ooredoo", "T-Mobile", "Verizon"])
            ),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.6", "18.0.1"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Asia/Kolkata", "Asia/Jakarta"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }


ANDROID_MODELS = [
    ("samsung", "SM-A155F", "a15"),
    ("Xiaomi", "23129RAA4G", "sapphire"),
    ("vivo", "V2312", "PD2312"),
    ("OPPO", "CPH2591", "OP5A1L"),
    ("realme", "RMX3830", "RE5C6D"),
    ("Google", "Pixel 8", "shiba"),
]


def kotlin_ctx(f: F):
    maker, model, codename = f.pick(ANDROID_MODELS)
    return {
        "app": {
            "name": G(lambda f: "Ramai"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.1"])),
            "build": G(lambda f: f.pick(["8140", "8151"])),
            "namespace": G(lambda f: "app.ramai.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: codename),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "hi-IN", "id-ID", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Jio", "Airtel", "Vi", "Telkomsel", "XL Axiata", "AT&T"])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Jakarta", "America/New_York"])),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android 14; {model} Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_ctx(f: F):
    return {
        "app": {
            "name": G(lambda f: "Ramai"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2"])),
            "build": G(lambda f: f.pick(["814", "815"])),
            "namespace": G(lambda f: f.pick(["app.ramai.android", "app.ramai.ios"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-M346B", "2201117TI"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "id-ID", "en-US"])),
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Jakarta", "America/Chicago"])),
        "traits": ctx_traits(),
        "location": {
            "city": Y(lambda f: f.city_any(), "city"),
            "country": G(lambda f: f.pick(["India", "Indonesia", "United States"])),
            "latitude": Y(lambda f: round(f.r.uniform(-8.8, 28.7), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(72.8, 115.3), 6), "geolocation"),
        },
    }


def flutter_ctx(f: F):
    return {
        "app": {
            "name": G(lambda f: "Ramai Studio"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "331"])),
            "namespace": G(lambda f: "app.ramai.studio"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921B", "iPhone15,3", "CPH2449"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.5"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1080, 1179])),
            "height": G(lambda f: f.pick([2340, 2556])),
            "density": G(lambda f: 3.0),
        },
        "locale": G(lambda f: f.pick(["en-IN", "id-ID", "en-US"])),
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Jakarta", "America/Chicago"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "userAgent": G(lambda f: f.pick(["Dart/3.4 (dart:io)", "Dart/3.5 (dart:io)"])),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2"],
    "@segment/analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.2"],
    "analytics-php": ["3.7.0", "3.8.1"],
    "analytics-csharp": ["2.3.5", "2.4.0"],
}


def server_ctx(lib: str):
    def make(f: F):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if lib == "@segment/analytics-node":
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.mail(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "analytics-python":
            ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
        if lib in ("analytics-go", "analytics-java"):
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
            ctx["userAgent"] = G(
                lambda f: f.pick(
                    ["okhttp/4.12.0", "Go-http-client/2.0", "Apache-HttpClient/4.5.14 (Java/17.0.9)"]
                )
            )
        return ctx

    return make


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "python": server_ctx("analytics-python"),
    "node": server_ctx("@segment/analytics-node"),
    "go": server_ctx("analytics-go"),
    "java": server_ctx("analytics-java"),
    "ruby": server_ctx("analytics-ruby"),
    "php": server_ctx("analytics-php"),
    "dotnet": server_ctx("analytics-csharp"),
}
MOBILE = ["swift", "kotlin", "rn"]
APPS = ["swift", "kotlin", "rn", "web"]

# -- shared blocks -----------------------------------------------------------------------------------


def merch_product():
    return {
        "product_id": G(lambda f: "prd_" + f.digits(8)),
        "sku": G(lambda f: f.merch_sku()),
        "name": G(lambda f: f.pick(PRODUCTS)),
        "brand": G(lambda f: f.pick(MERCH_BRANDS)),
        "category": G(lambda f: f.pick(["Apparel", "Accessories", "Home", "Stickers"])),
        "variant": G(lambda f: f.pick(["Black / M", "White / L", "One size", "Neon"])),
        "price": G(lambda f: f.amount()),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def postal(prefix_phone=True):
    block = {
        "name": Y(lambda f: f.name(), "name"),
        "line1": Y(lambda f: f.street_any(), "address|street"),
        "line2": Y(
            lambda f: f.pick(
                ["Near City Mall", "Kel. Kebayoran Baru", "Apt 4C", "Landmark: opp. SBI ATM", "Kec. Sukajadi"]
            ),
            "address",
        ),
        "city": Y(lambda f: f.city_any(), "city"),
        "state": G(lambda f: f.pick(US_STATES + IN_STATES + ID_PROVINCES)),
        "postal_code": Y(lambda f: f.postcode(), "zipcode"),
        "country": G(lambda f: f.pick(["US", "IN", "ID"])),
    }
    if prefix_phone:
        block["phone"] = Y(lambda f: f.mobile(), "phone")
    return block


# -- events: (type, event or screen/page name, clients, body) ------------------------------------------

EVENTS = [
    # -- identity and profile ---------------------------------------------------------------------
    (
        "identify",
        None,
        [*APPS, "flutter"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "name": Y(lambda f: f.name(), "name"),
            "firstName": Y(lambda f: f.first_name(), "name"),
            "lastName": Y(lambda f: f.last_name(), "name"),
            "username": Y(lambda f: f.handle(), "name"),
            "avatar": Y(lambda f: f.avatar(), "photo"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "description": G(lambda f: f.pick(BIOS)),
            "address": {
                "city": Y(lambda f: f.city_any(), "city"),
                "state": G(lambda f: f.pick(US_STATES + IN_STATES + ID_PROVINCES)),
                "country": G(lambda f: f.pick(["US", "IN", "ID"])),
            },
            "age": G(lambda f: f.r.randint(13, 64)),
            "createdAt": G(lambda f: f.ts()),
            "plan": G(lambda f: f.pick(["free", "ramai_plus", "creator_pro"])),
            "isCreator": G(lambda f: f.pick([True, False])),
            "followersCount": G(lambda f: f.r.randint(0, 2_000_000)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(lambda f: f.uid()),
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.first_name(), "name"),
            "LAST_NAME": Y(lambda f: f.last_name(), "name"),
            "PHONE_E164": Y(lambda f: f.e164(), "phone"),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "HOME_CITY": Y(lambda f: f.city_any(), "city"),
            "SIGNUP_IP": Y(lambda f: f.ipv4(), "ip"),
            "COUNTRY_CODE": G(lambda f: f.pick(["US", "IN", "ID"])),
            "CREATOR_TIER": G(lambda f: f.pick(["NONE", "RISING", "PARTNER", "ELITE"])),
            "FOLLOWER_COUNT": G(lambda f: f.r.randint(0, 900000)),
            "LIFETIME_GIFTS_USD": G(lambda f: f.money(0, 4000)),
            "LAST_LOGIN_AT": G(lambda f: f.ts()),
            "IS_AGE_VERIFIED": G(lambda f: f.pick([True, False])),
            "EMAIL_OPT_IN": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "agency_name": G(
                lambda f: f.pick(
                    [
                        "Kreasi Nusantara Talent",
                        "Mumbai Creators Collective",
                        "Brooklyn Beats Agency",
                        "Digital Desi Network",
                    ]
                )
            ),
            "industry": G(lambda f: "Talent Management"),
            "employees": G(lambda f: f.r.randint(3, 120)),
            "plan": G(lambda f: f.pick(["agency_basic", "agency_pro"])),
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "billing@kreasinusantara.co.id",
                        "finance@mumbaicreators.in",
                        "accounts@brooklynbeats.com",
                        "admin@digitaldesi.in",
                    ]
                )
            ),
            "office_phone": G(
                lambda f: f.pick(
                    ["+62 21 5790 1234", "+91 22 6671 8000", "+1 718-555-0142", "+91 80 4718 2200"]
                )
            ),
            "office_address": {
                "street": G(
                    lambda f: f.pick(
                        [
                            "Jl. Jend. Sudirman Kav. 52-53",
                            "Unit 402, Kamala Mills, Lower Parel",
                            "55 Water St, Floor 3",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Jakarta Selatan", "Mumbai", "Brooklyn"])),
                "postal_code": G(lambda f: f.pick(["12190", "400013", "11201"])),
                "country": G(lambda f: f.pick(["ID", "IN", "US"])),
            },
            "gstin": G(lambda f: f.gstin(f.company_pan())),
            "account_manager": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.work_mail("ramai.app"), "email"),
            },
        },
    ),
    ("alias", None, [*MOBILE, "web"], {}),
    (
        "page",
        "Explore",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/explore", "/live", "/shop", "/studio/earnings"])),
            "url": G(
                lambda f: "https://ramai.app" + f.pick(["/explore", "/live", "/shop", "/p/" + f.hexid(10)])
            ),
            "title": G(lambda f: f.pick(["Explore · Ramai", "Live · Ramai", "Shop · Ramai"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://t.co/"])),
            "search": G(lambda f: f.pick(["", "?tab=trending", "?utm_source=whatsapp"])),
            "name": G(lambda f: f.pick(["Explore", "Live Directory", "Shop"])),
        },
    ),
    (
        "screen",
        "Profile",
        [*MOBILE, "flutter"],
        {
            "profile_user_id": G(lambda f: f.uid()),
            "is_own_profile": G(lambda f: f.pick([True, False])),
            "previous_screen": G(lambda f: f.pick(["Feed", "Search", "Notifications", "Live"])),
        },
    ),
    (
        "track",
        "Profile Updated",
        MOBILE,
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["bio", "avatar", "display_name", "pronouns", "birthday_visibility"])), 3
            ),
            "display_name": Y(lambda f: f.name(), "name"),
            "previous_display_name": Y(lambda f: f.name(), "name"),
            "bio": G(lambda f: f.pick(BIOS)),
            "avatar_url": Y(lambda f: f.avatar(), "photo"),
            "birthday_visibility": G(lambda f: f.pick(["public", "followers", "only_me"])),
            "has_profile_photo": G(lambda f: True),
        },
    ),
    (
        "track",
        "Profile Viewed",
        [*MOBILE, "web"],
        {
            "profile_user_id": G(lambda f: f.uid()),
            "profile_username": Y(lambda f: f.handle(), "name"),
            "source": G(lambda f: f.pick(["feed", "search", "live", "comment", "deeplink"])),
            "is_following": G(lambda f: f.pick([True, False])),
            "mutual_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "User Followed",
        [*MOBILE, "flutter"],
        {
            "followed_user_id": G(lambda f: f.uid()),
            "followed_username": Y(lambda f: f.handle(), "name"),
            "source": G(lambda f: f.pick(["suggested", "search", "post", "live"])),
            "follower_count_after": G(lambda f: f.r.randint(1, 500000)),
            "is_follow_back": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "User Search Performed",
        MOBILE,
        {
            "q": Y(search_name, "name", True),
            "tab": G(lambda f: "people"),
            "results_count": G(lambda f: f.r.randint(0, 50)),
            "search_session_id": G(lambda f: f.uuid()),
            "latency_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Mention Suggestion Selected",
        MOBILE,
        {
            "suggestion": {
                "label": Y(lambda f: f.name(), "name", True),
                "value": G(lambda f: "u_" + f.uid()),
            },
            "position": G(lambda f: f.r.randint(0, 7)),
            "trigger": G(lambda f: "@"),
            "surface": G(lambda f: f.pick(["comment", "caption", "dm"])),
        },
    ),
    # -- content ------------------------------------------------------------------------------------
    (
        "track",
        "Post Created",
        MOBILE,
        {
            "post_id": G(lambda f: f.uid()),
            "media_type": G(lambda f: f.pick(["photo", "video", "carousel", "text"])),
            "caption": G(lambda f: f.pick(CAPTIONS)),
            "hashtags": Many(
                G(
                    lambda f: f.pick(
                        ["#foodie", "#kulinerjakarta", "#diwali", "#dancechallenge", "#ootd", "#reviewhp"]
                    )
                ),
                4,
            ),
            "location_tag": {
                "place_id": G(lambda f: "ChIJ" + f.stripe("", 23)),
                "name": G(lambda f: f.pick(POIS).split(",")[0]),
                "city": G(lambda f: f.pick(["Mumbai", "Jakarta", "Bengaluru", "New York", "Yogyakarta"])),
            },
            "mentions": Many(
                {"user_id": G(lambda f: f.uid()), "username": Y(lambda f: f.handle(), "name")}, 3
            ),
            "sound": {
                "id": G(lambda f: f.digits(12)),
                "title": G(lambda f: f.pick(SOUNDS)[0]),
                "artist": G(lambda f: f.pick(SOUNDS)[1]),
            },
            "is_sponsored": G(lambda f: f.pick([True, False])),
            "brand_partner": G(lambda f: f.pick(["Tokopedia", "boAt", "Wardah", "Nykaa", "Glossier", ""])),
        },
    ),
    (
        "track",
        "Comment Posted",
        APPS,
        {
            "comment_id": G(lambda f: f.uid()),
            "post_id": G(lambda f: f.uid()),
            "parent_comment_id": G(lambda f: f.pick([None, f.uid()])),
            "text": G(lambda f: f.pick(COMMENTS)),
            "char_count": G(lambda f: f.r.randint(1, 300)),
            "contains_mention": G(lambda f: f.pick([True, False])),
            "detected_language": G(lambda f: f.pick(["en", "id", "hi-Latn", "und"])),
        },
    ),
    (
        "track",
        "Story Viewed",
        MOBILE,
        {
            "story_id": G(lambda f: f.uid()),
            "author_id": G(lambda f: f.uid()),
            "author_username": Y(lambda f: f.handle(), "name"),
            "position": G(lambda f: f.r.randint(0, 20)),
            "watch_ms": G(lambda f: f.r.randint(300, 15000)),
        },
    ),
    (
        "track",
        "Poll Voted",
        MOBILE,
        {
            "poll_id": G(lambda f: f.uid()),
            "post_id": G(lambda f: f.uid()),
            "question": G(
                lambda f: f.pick(
                    [
                        "Pilpres 2024: siapa pilihanmu?",
                        "Who gets your vote this year?",
                        "2024 mein aapka vote kisko?",
                    ]
                )
            ),
            "selected_option_text": Y(lambda f: f.pick(POLL_OPTIONS), "political opinion", True),
            "total_votes": G(lambda f: f.r.randint(1, 90000)),
            "results_visible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pet Profile Created",
        MOBILE,
        {
            "owner_user_id": G(lambda f: f.uid()),
            "pet": {
                "name": G(lambda f: f.pick(["Mochi", "Bruno", "Oyen", "Simba", "Kopi", "Luna", "Sheru"])),
                "handle": G(
                    lambda f: f.pick(
                        ["mochi.the.shiba", "oyen_gendut", "bruno_goldie", "sheru.indie.dog", "luna.meows"]
                    )
                ),
                "species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
                "breed": G(
                    lambda f: f.pick(["Shiba Inu", "Indie", "Golden Retriever", "Kucing Kampung", "Persian"])
                ),
                "birthday": G(lambda f: f.date(2015, 2024)),
            },
        },
    ),
    # -- messages and social graph --------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        [*MOBILE, "web"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uid()),
            "recipient_user_id": G(lambda f: f.uid()),
            "recipient_username": Y(lambda f: f.handle(), "name"),
            "message_type": G(lambda f: f.pick(["text", "image", "voice", "post_share", "sticker"])),
            "e2ee": G(lambda f: True),
        },
    ),
    (
        "track",
        "User Blocked",
        MOBILE,
        {
            "blocked_user_id": G(lambda f: f.uid()),
            "blocked_username": Y(lambda f: f.handle(), "name"),
            "reason": G(lambda f: f.pick(["spam", "harassment", "impersonation", "other"])),
            "also_reported": G(lambda f: f.pick([True, False])),
            "blocked_users_count": G(lambda f: f.r.randint(1, 60)),
            "source": G(lambda f: f.pick(["dm", "profile", "comment", "live"])),
        },
    ),
    (
        "track",
        "Contacts Uploaded",
        ["rn"],
        {
            "contacts": Many(
                {
                    "givenName": Y(lambda f: f.first_name(), "name"),
                    "familyName": Y(lambda f: f.last_name(), "name"),
                    "company": G(
                        lambda f: f.pick(["", "Infosys", "Gojek", "Walmart", "Tata Consultancy Services"])
                    ),
                    "jobTitle": G(lambda f: f.pick(["", "Engineer", "Manager", "Teacher"])),
                    "phoneNumbers": Many(
                        {
                            "label": G(lambda f: f.pick(["mobile", "home", "work", "other"])),
                            "number": Y(lambda f: f.mobile(), "phone"),
                        },
                        2,
                    ),
                    "emailAddresses": Many(
                        {
                            "label": G(lambda f: f.pick(["home", "work"])),
                            "email": Y(lambda f: f.mail(), "email"),
                        },
                        2,
                    ),
                },
                4,
            ),
            "total_contacts": G(lambda f: f.r.randint(20, 1500)),
            "matched_count": G(lambda f: f.r.randint(0, 120)),
            "permission": G(lambda f: f.pick(["granted", "limited"])),
        },
    ),
    (
        "track",
        "Invite Sent",
        MOBILE,
        {
            "channel": G(lambda f: f.pick(["whatsapp", "sms"])),
            "invitee": {"type": G(lambda f: "phone"), "value": Y(lambda f: f.mobile(), "phone", True)},
            "invite_code": G(lambda f: "RMI-" + f.hexid(5).upper()),
            "text": G(lambda f: "Join me on Ramai! Use my code RMI-" + f.hexid(5).upper()),
        },
    ),
    (
        "track",
        "Referral Credited",
        ["go"],
        {
            "referrer_user_id": G(lambda f: f.uid()),
            "referee_user_id": G(lambda f: f.uid()),
            "referee_phone": Y(lambda f: f.mobile(), "phone"),
            "referral_code": G(lambda f: "RMI-" + f.hexid(5).upper()),
            "reward_coins": G(lambda f: f.pick([50, 100, 250])),
        },
    ),
    # -- sign-in --------------------------------------------------------------------------------------
    (
        "track",
        "Account Created",
        ["web"],
        {
            "method": G(lambda f: f.pick(["phone", "email", "google", "apple"])),
            "birth_date": Y(lambda f: f.dob(1990, 2011), "birthdate"),
            "age": G(lambda f: f.r.randint(13, 60)),
            "age_gate_passed": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: f.pick(["", "RMI-" + f.hexid(5).upper()])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "ttclid": Y(lambda f: f.ttclid(), "advertising id"),
            "landing_page": G(lambda f: f.pick(["/", "/creators", "/live"])),
        },
    ),
    (
        "track",
        "Login Identifier Submitted",
        [*MOBILE, "flutter"],
        {
            "input": Y(lambda f: f.pick([f.mobile(), f.mail()]), "phone|email", True),
            "identifier_type": G(lambda f: f.pick(["phone", "email"])),
            "country_code": G(lambda f: f.pick(["+91", "+62", "+1"])),
            "is_returning_user": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "OTP Sent",
        ["node"],
        {
            "phone_number": Y(lambda f: f.e164(), "phone"),
            "phone_masked": G(lambda f: f.masked_phone()),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "provider": G(lambda f: f.pick(["twilio", "msg91", "gupshup", "vonage"])),
            "otp": RED(lambda f: f.otp(), "token"),
            "code_length": G(lambda f: 6),
            "expires_in_sec": G(lambda f: f.pick([120, 300, 600])),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        ["php"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+14155550173", "+18335550199", "RAMAIA", "+6281110001234"])),
            "To": Y(lambda f: f.e164(), "phone"),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered", "failed"])),
            "ErrorCode": G(lambda f: f.pick([None, "30003", "30005", "30007"])),
        },
    ),
    (
        "track",
        "OTP Verified",
        [*MOBILE, "flutter"],
        {
            "otp_code": RED(lambda f: f.otp(), "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "latency_ms": G(lambda f: f.r.randint(1500, 60000)),
            "auto_read": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        ["web"],
        {
            "link_url": RED(magic_link, "token", True),
            "link_age_sec": G(lambda f: f.r.randint(3, 900)),
            "same_device": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Two-Factor Enabled",
        ["swift", "kotlin"],
        {
            "factor": {"type": G(lambda f: "sms"), "value": Y(lambda f: f.mobile(), "phone", True)},
            "backup_codes_generated": G(lambda f: f.pick([True, False])),
            "recovery_email": Y(lambda f: f.mail(), "email"),
            "enabled_at": G(lambda f: f.ts()),
        },
    ),
    (
        "track",
        "Login Succeeded",
        ["node"],
        {
            "method": G(lambda f: f.pick(["otp", "password", "google", "apple", "magic_link"])),
            "session_id": G(lambda f: f.uuid()),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "request": {
                "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "headers": {
                    "user-agent": G(
                        lambda f: f.pick(
                            [
                                "Ramai/8.15.2 (iPhone; iOS 17.5.1)",
                                "okhttp/4.12.0",
                                "Mozilla/5.0 (Linux; Android 14) Chrome/126.0",
                            ]
                        )
                    ),
                    "x-forwarded-for": Y(
                        lambda f: f.xff(),
                        "ip",
                    ),
                    "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                    "x-request-id": G(lambda f: f.uuid()),
                    "cf-ipcountry": G(lambda f: f.pick(["IN", "ID", "US"])),
                },
            },
        },
    ),
    (
        "track",
        "API Error",
        ["java"],
        {
            "status_code": G(lambda f: f.pick([401, 403, 429, 500, 502])),
            "error": G(lambda f: f.pick(["token_expired", "rate_limited", "upstream_timeout"])),
            "request_id": G(lambda f: f.uuid()),
            "auth_header": RED(lambda f: "Bearer " + f.jwt(), "token"),
        },
    ),
    # -- notifications --------------------------------------------------------------------------------
    (
        "track",
        "Push Notification Received",
        ["swift", "kotlin"],
        {
            "notification_id": G(lambda f: f.uuid()),
            "campaign_id": G(lambda f: f.pick([None, "cmp_" + f.digits(6)])),
            "type": G(lambda f: f.pick(["new_follower", "comment", "live_now", "gift", "mention"])),
            "title": G(lambda f: f.pick(["Ramai", "New follower", "Someone is live", "Kamu dapat hadiah!"])),
            "body": Y(notif_body, "name", True),
            "deeplink": G(lambda f: f"ramai://{f.pick(['live', 'post', 'profile'])}/{f.uid()}"),
        },
    ),
    (
        "track",
        "Push Token Registered",
        ["node"],
        {
            "fcm_token": RED(lambda f: f.stripe("", 22) + ":APA91b" + f.stripe("", 134), "token"),
            "platform": G(lambda f: f.pick(["android", "ios"])),
            "push_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Email Sent",
        ["node"],
        {
            "to": Y(lambda f: f.mail(), "email"),
            "from": G(lambda f: f.pick(["no-reply@ramai.app", "notifications@ramai.app"])),
            "reply_to": G(lambda f: f.pick(["support@ramai.app", "creators@ramai.app"])),
            "subject": G(
                lambda f: f.pick(
                    [
                        "You have a new follower",
                        "Your payout is on the way",
                        "Verify your email",
                        "Weekly creator digest",
                    ]
                )
            ),
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@mail.ramai.app>"),
        },
    ),
    (
        "track",
        "Notification Settings Changed",
        APPS,
        {
            "push_enabled": G(lambda f: f.pick([True, False])),
            "email_digest": G(lambda f: f.pick(["daily", "weekly", "off"])),
            "sms_enabled": G(lambda f: f.pick([True, False])),
            "marketing_email_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- live -----------------------------------------------------------------------------------------
    (
        "track",
        "Live Stream Started",
        ["kotlin", "swift", "flutter"],
        {
            "stream_id": G(lambda f: f.uid()),
            "title": G(
                lambda f: f.pick(
                    [
                        "Late night chai & chat",
                        "Masak rendang bareng!",
                        "Q&A: growing on Ramai",
                        "Beat making live 🎧",
                    ]
                )
            ),
            "ingest": {
                "protocol": G(lambda f: f.pick(["rtmps", "srt"])),
                "server_url": G(
                    lambda f: f.pick(
                        [
                            "rtmps://live-sin.ramai.app:443/app",
                            "rtmps://live-bom.ramai.app:443/app",
                            "srt://live-iad.ramai.app:9000",
                        ]
                    )
                ),
                "stream_key": RED(lambda f: "live_" + f.digits(9) + "_" + f.stripe("", 30), "secret"),
            },
            "co_hosts": Many(
                {"user_id": G(lambda f: f.uid()), "display_name": Y(lambda f: f.name(), "name")}, 2
            ),
            "broadcaster_location": {
                "lat": Y(lambda f: round(f.r.uniform(-8.8, 40.8), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-74.1, 115.3), 6), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Live Gift Sent",
        MOBILE,
        {
            "stream_id": G(lambda f: f.uid()),
            "gift_name": G(lambda f: f.pick(GIFTS)),
            "coin_cost": G(lambda f: f.pick([1, 5, 99, 500, 1000])),
            "streamer_id": G(lambda f: f.uid()),
            "streamer_display_name": Y(lambda f: f.name(), "name"),
        },
    ),
    (
        "track",
        "Place Autocomplete Selected",
        ["web", "flutter"],
        {
            "request": {
                "input": G(
                    lambda f: f.pick(["gateway of", "monas", "cubbon", "pantai ku", "times sq", "malioboro"])
                ),
                "sessiontoken": G(lambda f: f.uuid()),
            },
            "selected": {
                "place_id": G(lambda f: "ChIJ" + f.stripe("", 23)),
                "description": G(lambda f: f.pick(POIS)),
            },
        },
    ),
    # -- monetisation ---------------------------------------------------------------------------------
    (
        "track",
        "Subscription Started",
        ["web", "swift", "kotlin"],
        {
            "subscription_id": G(lambda f: f.stripe("sub_", 24)),
            "creator_id": G(lambda f: f.uid()),
            "creator_display_name": Y(lambda f: f.name(), "name"),
            "tier_name": G(lambda f: f.pick(["Supporter", "Super Fan", "Inner Circle", "Sahabat"])),
            "price": G(lambda f: f.pick([2.99, 4.99, 9.99, 49.0, 99.0, 15000.0])),
            "currency": G(lambda f: f.pick(["USD", "INR", "IDR"])),
            "payment_method_id": RED(lambda f: f.stripe("pm_", 24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "rupay", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
        },
    ),
    (
        "track",
        "Gift Subscription Purchased",
        ["web"],
        {
            "recipient_email": Y(lambda f: f.mail(), "email"),
            "recipient_name": Y(lambda f: f.name(), "name"),
            "sender_display_name": Y(lambda f: f.name(), "name"),
            "gift_message": G(
                lambda f: f.pick(
                    [
                        "Happy birthday! Enjoy the cooking classes 🎂",
                        "Selamat ulang tahun!",
                        "Congrats on the new job",
                        "Diwali gift 🪔",
                        "",
                    ]
                )
            ),
            "tier_name": G(lambda f: f.pick(["Supporter", "Super Fan"])),
            "months": G(lambda f: f.pick([1, 3, 12])),
            "send_at": G(lambda f: f.ts()),
        },
    ),
    (
        "track",
        "Tip Sent",
        ["rn", "web"],
        {
            "tip_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([20.0, 50.0, 100.0, 1.0, 5.0, 10000.0, 25000.0])),
            "currency": G(lambda f: f.pick(["INR", "USD", "IDR"])),
            "creator_id": G(lambda f: f.uid()),
            "message": G(
                lambda f: f.pick(["love your videos!", "for chai ☕", "semangat kak", "keep going!", ""])
            ),
            "payment_method": G(lambda f: f.pick(["upi", "gopay", "ovo", "card", "apple_pay"])),
            "upi_rrn": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "Coins Purchased",
        ["swift"],
        {
            "product_id": G(
                lambda f: f.pick(["app.ramai.coins.100", "app.ramai.coins.500", "app.ramai.coins.2500"])
            ),
            "transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
            "price": G(lambda f: f.pick([0.99, 4.99, 19.99, 89.0, 449.0])),
            "currency": G(lambda f: f.pick(["USD", "INR", "IDR"])),
            "storefront": G(lambda f: f.pick(["USA", "IND", "IDN"])),
        },
    ),
    (
        "track",
        "Brand Deal Accepted",
        ["web"],
        {
            "deal_id": G(lambda f: "deal_" + f.digits(7)),
            "brand_name": G(
                lambda f: f.pick(["Wardah", "boAt", "Glossier", "Tokopedia", "Nykaa", "Duolingo"])
            ),
            "brand_contact": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(
                    lambda f: f.work_mail(
                        f.pick(["wardahbeauty.com", "boat-lifestyle.com", "glossier.com", "nykaa.com"])
                    ),
                    "email",
                ),
                "phone": Y(lambda f: f.mobile(), "phone"),
            },
            "brand_support_email": G(
                lambda f: f.pick(
                    ["partnerships@wardahbeauty.com", "creators@boat-lifestyle.com", "influencers@nykaa.com"]
                )
            ),
            "talent_manager": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "agency": G(
                    lambda f: f.pick(
                        ["Kreasi Nusantara Talent", "Mumbai Creators Collective", "Brooklyn Beats Agency", ""]
                    )
                ),
            },
            "deliverables": Many(
                G(lambda f: f.pick(["1x reel", "3x stories", "1x live", "link in bio 7d"])), 3
            ),
            "contract_value": G(lambda f: f.r.randint(200, 25000)),
            "currency": G(lambda f: f.pick(["USD", "INR", "IDR"])),
        },
    ),
    # -- merch shop (e-commerce spec) -------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "rn"],
        {"query": G(lambda f: f.pick(["hoodie", "batik", "mug", "stickers", "kaos"]))},
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        {
            **merch_product(),
            "currency": G(lambda f: f.pick(["USD", "INR", "IDR"])),
            "value": G(lambda f: f.amount()),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "rn"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in merch_product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "value": G(lambda f: f.amount()),
            "revenue": G(lambda f: f.amount()),
            "tax": G(lambda f: f.money(0, 30)),
            "shipping": G(lambda f: f.money(0, 12)),
            "discount": G(lambda f: f.money(0, 10)),
            "coupon": G(lambda f: f.pick(["", "DIWALI20", "RAMADAN10", "FANS5"])),
            "currency": G(lambda f: f.pick(["USD", "INR", "IDR"])),
            "products": Many(merch_product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "total": G(lambda f: f.amount()),
            "subtotal": G(lambda f: f.amount()),
            "tax": G(lambda f: f.money(0, 30)),
            "shipping": G(lambda f: f.money(0, 12)),
            "currency": G(lambda f: f.pick(["USD", "INR", "IDR"])),
            "payment_method": G(lambda f: f.pick(["card", "upi", "cod", "gopay", "qris"])),
            "products": Many(merch_product(), 3),
            "shipping_address": postal(True),
            "billing_address": postal(False),
            "email": Y(lambda f: f.mail(), "email"),
            "email_sha256": Y(lambda f: f.sha256(), "email"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f.fbc(), "advertising id"),
            "tracking_number": G(
                lambda f: f.pick(
                    [
                        "JNE" + f.digits(12),
                        "SF" + f.digits(13),
                        "1Z" + f.hexid(16).upper(),
                        "DLV" + f.digits(10),
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Shipping Address Added",
        ["kotlin", "rn"],
        {
            "address": {
                "label": G(lambda f: f.pick(["Home", "Work", "Kos", "Other"])),
                "full_name": Y(lambda f: f.name(), "name"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "line1": Y(lambda f: f.street_any(), "address|street"),
                "line2": Y(
                    lambda f: f.pick(
                        ["Near Hanuman Mandir", "Kel. Cilandak Barat", "Opp. Big Bazaar", "Blok F"]
                    ),
                    "address",
                ),
                "landmark": Y(
                    lambda f: f.pick(
                        ["behind SBI ATM", "dekat Indomaret", "next to Reliance Fresh", "samping masjid"]
                    ),
                    "address",
                ),
                "city": Y(lambda f: f.city_any(), "city"),
                "state": G(lambda f: f.pick(IN_STATES + ID_PROVINCES)),
                "pincode": Y(lambda f: f.postcode(), "zipcode"),
            },
            "is_default": G(lambda f: f.pick([True, False])),
            "address_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Checkout Payment Failed",
        ["php"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "gateway": G(lambda f: "razorpay"),
            "error_code": G(lambda f: f.pick(["BAD_REQUEST_ERROR", "GATEWAY_ERROR"])),
            "raw_request": {
                "amount": G(lambda f: f.r.randint(9900, 499900)),
                "currency": G(lambda f: "INR"),
                "email": Y(lambda f: f.mail(), "email"),
                "contact": Y(lambda f: f.in_phone(), "phone"),
                "method": G(lambda f: "card"),
                "card": {
                    "number": RED(lambda f: f.card(), "credit card"),
                    "name": Y(lambda f: f.name(), "name"),
                    "expiry_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                    "expiry_year": G(lambda f: str(f.r.randint(25, 31))),
                    "cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
                },
            },
        },
    ),
    # -- payouts and tax ------------------------------------------------------------------------------
    (
        "track",
        "Payout Method Added",
        ["swift", "web"],
        {
            "method": G(lambda f: "bank_account"),
            "stripe_account_id": G(lambda f: f.stripe("acct_", 16)),
            "client_secret": RED(lambda f: f.stripe("seti_", 24) + "_secret_" + f.stripe("", 32), "secret"),
            "bank_account": {
                "id": G(lambda f: f.stripe("ba_", 24)),
                "bank_name": G(
                    lambda f: f.pick(
                        [
                            "JPMORGAN CHASE BANK, NA",
                            "BANK OF AMERICA, N.A.",
                            "WELLS FARGO BANK",
                            "CAPITAL ONE, N.A.",
                        ]
                    )
                ),
                "routing_number": G(lambda f: f.pick(ROUTING)),
                "last4": G(lambda f: f.digits(4)),
                "account_holder_name": Y(lambda f: f.name(), "name"),
                "account_holder_type": G(lambda f: "individual"),
                "fingerprint": G(lambda f: f.stripe("", 16)),
                "country": G(lambda f: "US"),
                "currency": G(lambda f: "usd"),
            },
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["dotnet"],
        {
            "CreatorId": G(lambda f: f.uid()),
            "PayoutAccountId": G(lambda f: f.uuid()),
            "BankAccountNumber": RED(lambda f: f.us_account(), "bank account"),
            "RoutingNumber": G(lambda f: f.pick(ROUTING)),
            "AccountHolderName": Y(lambda f: f.name(), "name"),
            "AccountType": G(lambda f: f.pick(["Checking", "Savings"])),
            "BankName": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Chime"])),
            "CreatedUtc": G(lambda f: f.ts()),
        },
    ),
    (
        "track",
        "UPI Payout Method Added",
        ["kotlin", "flutter"],
        {
            "vpa": RED(lambda f: f.vpa(), "bank account"),
            "vpa_verified": G(lambda f: f.pick([True, False])),
            "account_holder_name": Y(lambda f: f.pick(IN_FIRST) + " " + f.pick(IN_LAST), "name"),
            "bank_account_number": RED(lambda f: f.in_account(), "bank account"),
            "ifsc": G(lambda f: f.pick(IFSC)),
            "bank_name": G(
                lambda f: f.pick(
                    ["HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank"]
                )
            ),
            "beneficiary_id": G(lambda f: "fa_" + f.stripe("", 14)),
            "psp": G(lambda f: f.pick(["gpay", "phonepe", "paytm", "bhim"])),
        },
    ),
    (
        "track",
        "Penarikan Dana Diajukan",
        ["go"],
        {
            "id_penarikan": G(lambda f: "WD-" + f.digits(10)),
            "id_kreator": G(lambda f: f.uid()),
            "nama_bank": G(lambda f: f.pick(ID_BANKS)[0]),
            "nomor_rekening": RED(lambda f: f.id_account(), "bank account"),
            "nama_pemilik_rekening": Y(lambda f: f.pick(ID_FIRST) + " " + f.pick(ID_LAST), "name"),
            "nominal": G(lambda f: f.money_idr()),
            "biaya_admin": G(lambda f: f.pick([2500, 5000, 6500])),
            "status": G(lambda f: f.pick(["MENUNGGU", "DIPROSES", "BERHASIL", "GAGAL"])),
        },
    ),
    (
        "track",
        "Disbursement Completed",
        ["go"],
        {
            "id": G(lambda f: f.hexid(24)),
            "user_id": G(lambda f: f.hexid(24)),
            "external_id": G(lambda f: "WD-" + f.digits(10)),
            "amount": G(lambda f: f.money_idr()),
            "bank_code": G(lambda f: f.pick(ID_BANKS)[0]),
            "account_holder_name": Y(lambda f: f.pick(ID_FIRST) + " " + f.pick(ID_LAST), "name"),
            "disbursement_description": Y(payout_description, "name", True),
            "status": G(lambda f: f.pick(["COMPLETED", "FAILED"])),
            "failure_code": G(lambda f: f.pick([None, "INVALID_DESTINATION", "INSUFFICIENT_BALANCE"])),
            "email_to": Many(Y(lambda f: f.mail(), "email"), 2),
        },
    ),
    (
        "track",
        "Stripe Account Updated",
        ["ruby"],
        {
            "account": {
                "id": G(lambda f: f.stripe("acct_", 16)),
                "country": G(lambda f: "US"),
                "individual": {
                    "first_name": Y(lambda f: f.first_name(), "name"),
                    "last_name": Y(lambda f: f.last_name(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                    "phone": Y(lambda f: f.phone("e164"), "phone"),
                    "dob": {
                        "day": Y(lambda f: f.r.randint(1, 28), "birthdate"),
                        "month": Y(lambda f: f.r.randint(1, 12), "birthdate"),
                        "year": Y(lambda f: f.r.randint(1970, 2006), "birthdate"),
                    },
                    "address": {
                        "line1": Y(
                            lambda f: f.us_street(),
                            "address|street",
                        ),
                        "city": Y(lambda f: f.pick(US_CITIES), "city"),
                        "postal_code": Y(lambda f: f.zip(), "zipcode"),
                        "state": G(lambda f: f.pick(US_STATES)),
                        "country": G(lambda f: "US"),
                    },
                    "ssn_last_4_provided": G(lambda f: f.pick([True, False])),
                    "id_number_provided": G(lambda f: f.pick([True, False])),
                    "verification": {
                        "document": {"front": G(lambda f: f.pick([None, f.stripe("file_", 24)]))},
                    },
                },
                "payouts_enabled": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Tax Info Submitted",
        ["web"],
        {
            "form_type": G(lambda f: "W-9"),
            "tax_classification": G(lambda f: f.pick(["individual", "single_member_llc"])),
            "legal_name": Y(lambda f: f.pick(US_FIRST) + " " + f.pick(US_LAST), "name"),
            "business_name": G(
                lambda f: f.pick(["", "Spice Route Media LLC", "Neon Beats Co", "Brooklyn Thrift Studio LLC"])
            ),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "tax_address": {
                "line1": Y(
                    lambda f: (
                        f"{f.r.randint(10, 9899)} {f.pick(['Maple Ave', 'Atlantic Ave', 'Camelback Rd'])}"
                    ),
                    "address|street",
                ),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "zip": Y(lambda f: f.zip(), "zipcode"),
            },
            "signature_name": Y(lambda f: f.pick(US_FIRST) + " " + f.pick(US_LAST), "name"),
            "signed_at": G(lambda f: f.ts()),
            "backup_withholding": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tax Details Submitted",
        ["kotlin", "web"],
        {
            "pan": RED(lambda f: f.pan(), "national id"),
            "pan_name": Y(lambda f: f.pick(IN_FIRST) + " " + f.pick(IN_LAST), "name"),
            "pan_verified": G(lambda f: f.pick([True, False])),
            "aadhaar_linked": G(lambda f: f.pick([True, False])),
            "gst_registered": G(lambda f: f.pick([True, False])),
            "gstin": RED(lambda f: f.gstin(), "national id"),
            "residential_status": G(lambda f: f.pick(["resident", "nri"])),
        },
    ),
    (
        "track",
        "Informasi Pajak Disimpan",
        ["go"],
        {
            "npwp": RED(lambda f: f.npwp(), "national id"),
            "nik": RED(lambda f: f.nik(), "national id"),
            "nama_wajib_pajak": Y(lambda f: f.pick(ID_FIRST) + " " + f.pick(ID_LAST), "name"),
            "alamat_npwp": Y(
                lambda f: f.npwp_address(),
                "address",
            ),
            "status_ptkp": G(lambda f: f.pick(["TK/0", "TK/1", "K/0", "K/1", "K/2"])),
            "jenis_wajib_pajak": G(lambda f: f.pick(["orang_pribadi", "badan"])),
            "tarif_pph": G(lambda f: f.pick([0.5, 2.5, 5.0])),
            "tahun_pajak": G(lambda f: f.pick([2023, 2024])),
        },
    ),
    (
        "track",
        "Payout Sent",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: f.stripe("po_", 24)),
            "CreatorId": G(lambda f: f.uid()),
            "AmountMinor": G(lambda f: f.r.randint(1000, 900000)),
            "TaxWithheldMinor": G(lambda f: f.r.randint(0, 50000)),
            "Currency": G(lambda f: "USD"),
            "ArrivalDate": G(lambda f: f.date(2024, 2025)),
            "StatementDescriptor": G(lambda f: "RAMAI PAYOUT"),
            "BankAccountLast4": G(lambda f: f.digits(4)),
            "TinLast4": RED(lambda f: f.digits(4), "social security number"),
            "YtdEarningsMinor": Y(lambda f: f.r.randint(10000, 20000000), "salary"),
            "Is1099Eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Creator Fund Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: "CFA-" + f.digits(7)),
            "content_category": G(lambda f: f.pick(["food", "music", "education", "comedy"])),
            "annual_creator_income": Y(lambda f: f.r.randint(0, 150000), "salary"),
            "self_identified": {
                "ethnicity": Y(
                    lambda f: f.pick(
                        [
                            "Black or African American",
                            "Hispanic or Latino",
                            "Asian",
                            "White",
                            "Two or more",
                            "Prefer not to say",
                        ]
                    ),
                    "ethnicity",
                ),
                "gender": Y(lambda f: f.pick(["woman", "man", "non-binary", "prefer not to say"]), "gender"),
                "lgbtq": Y(lambda f: f.pick(["yes", "no", "prefer not to say"]), "sexual orientation"),
                "disability": RED(lambda f: f.pick(["yes", "no", "prefer not to say"]), "disability"),
                "veteran": RED(lambda f: f.pick(["yes", "no"]), "veteran"),
            },
            "authorized_to_work_us": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "consent_to_data_use": G(lambda f: True),
        },
    ),
    # -- trust & safety ---------------------------------------------------------------------------------
    (
        "track",
        "Content Reported",
        APPS,
        {
            "report_id": G(lambda f: f.uuid()),
            "content_id": G(lambda f: f.uid()),
            "content_type": G(lambda f: f.pick(["post", "comment", "live", "dm", "profile"])),
            "reported_user_id": G(lambda f: f.uid()),
            "reported_username": Y(lambda f: f.handle(), "name"),
            "reason": G(
                lambda f: f.pick(["spam", "harassment", "nudity", "hate_speech", "scam", "underage"])
            ),
            "details": G(
                lambda f: f.pick(
                    [
                        "spam link in every comment",
                        "fake giveaway",
                        "copying my videos",
                        "",
                        "bahasa kasar di live",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Auto Moderation Triggered",
        ["go"],
        {
            "content_id": G(lambda f: f.uid()),
            "content_type": G(lambda f: f.pick(["comment", "dm", "bio", "live_chat"])),
            "rule": G(lambda f: "off_platform_contact"),
            "matched": {
                "text": Y(phone_text, "phone", True),
                "type": G(lambda f: "phone_number"),
                "confidence": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
            },
            "action": G(lambda f: f.pick(["hidden", "flagged", "shadow_limited"])),
        },
    ),
    (
        "track",
        "Moderation Decision Made",
        ["java"],
        {
            "case_id": G(lambda f: "CASE-" + f.digits(8)),
            "report_ids": Many(G(lambda f: f.uuid()), 3),
            "queue": G(lambda f: f.pick(["harassment_en", "spam_id", "csam_escalation", "live_hi"])),
            "decision": G(lambda f: f.pick(["remove", "keep", "age_restrict", "suspend_7d", "ban"])),
            "moderator": {
                "id": G(lambda f: "mod_" + f.digits(4)),
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.work_mail("ramai.app"), "email"),
                "team": G(lambda f: f.pick(["T&S Jakarta", "T&S Hyderabad", "T&S Austin"])),
            },
            "time_to_decision_sec": G(lambda f: f.r.randint(20, 86400)),
            "strike_count": G(lambda f: f.r.randint(0, 3)),
            "note": G(lambda f: f.pick(MOD_NOTES)),
        },
    ),
    (
        "track",
        "Appeal Submitted",
        ["web", "swift"],
        {
            "appeal_id": G(lambda f: "APL-" + f.digits(8)),
            "case_id": G(lambda f: "CASE-" + f.digits(8)),
            "appeal_text": Y(appeal_text, "name", True),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "attachments_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Appeal Resolved",
        ["java"],
        {
            "appeal_id": G(lambda f: "APL-" + f.digits(8)),
            "outcome": G(lambda f: f.pick(["upheld", "overturned", "partially_overturned"])),
            "reviewer_id": G(lambda f: "mod_" + f.digits(4)),
            "reply_to": G(lambda f: "appeals@ramai.app"),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.ramai.app>"),
        },
    ),
    (
        "track",
        "Account Deletion Requested",
        ["web"],
        {
            "reason": G(lambda f: f.pick(["privacy", "too_much_time", "another_app", "other"])),
            "feedback": G(lambda f: f.pick(["", "too many ads", "need a break", "aplikasinya berat"])),
            "confirm_username": Y(lambda f: f.handle(), "name"),
            "data_export_requested": G(lambda f: f.pick([True, False])),
            "scheduled_for": G(lambda f: f.ts()),
        },
    ),
    (
        "track",
        "Data Export Ready",
        ["python"],
        {
            "export_id": G(lambda f: f.uuid()),
            "download_url": RED(signed_link, "token", True),
            "expires_at": G(lambda f: f.ts()),
            "email_sent_to": Y(lambda f: f.mail(), "email"),
        },
    ),
    # -- age and identity verification -------------------------------------------------------------------
    (
        "track",
        "Age Estimation Completed",
        ["python"],
        {
            "request_id": G(lambda f: f.uuid()),
            "age_estimation": {
                "age": G(lambda f: round(f.r.uniform(13, 45), 1)),
                "threshold": G(lambda f: f.pick([18, 21])),
                "result": G(lambda f: f.pick(["pass", "fail", "inconclusive"])),
            },
            "selfie_url": Y(lambda f: f"https://kyc-ramai.s3.amazonaws.com/selfies/{f.uuid()}.jpg", "photo"),
            "is_over_18": G(lambda f: f.pick([True, False])),
            "age_band": G(lambda f: f.pick(["13-15", "16-17", "18-24", "25-34"])),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["node"],
        {
            "inquiry": {
                "id": G(lambda f: "inq_" + f.stripe("", 24)),
                "type": G(lambda f: "inquiry"),
                "attributes": {
                    "status": G(lambda f: f.pick(["completed", "approved", "declined", "needs_review"])),
                    "reference-id": G(lambda f: f.uid()),
                    "name-first": Y(lambda f: f.first_name(), "name"),
                    "name-last": Y(lambda f: f.last_name(), "name"),
                    "birthdate": Y(lambda f: f.dob(), "birthdate"),
                    "address-street-1": Y(lambda f: f.street_any(), "address|street"),
                    "address-city": Y(lambda f: f.city_any(), "city"),
                    "address-subdivision": G(lambda f: f.pick(US_STATES + IN_STATES)),
                    "address-postal-code": Y(lambda f: f.postcode(), "zipcode"),
                    "address-country-code": G(lambda f: f.pick(["US", "IN", "ID"])),
                    "identification-class": G(lambda f: f.pick(["dl", "pp", "id"])),
                    "identification-number": RED(
                        lambda f: f.pick(
                            [f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + f.digits(7), f.digits(9), f"D{f.digits(7)}"]
                        ),
                        "national id|passport",
                    ),
                    "email-address": Y(lambda f: f.mail(), "email"),
                    "phone-number": Y(lambda f: f.e164(), "phone"),
                    "created-at": G(lambda f: f.ts()),
                },
            },
        },
    ),
    (
        "track",
        "KTP Verified",
        ["go"],
        {
            "nik": RED(lambda f: f.nik(), "national id"),
            "nama": Y(lambda f: (f.pick(ID_FIRST) + " " + f.pick(ID_LAST)).upper(), "name"),
            "tempat_lahir": Y(
                lambda f: f.pick(
                    ["JAKARTA", "SURABAYA", "BANDUNG", "MEDAN", "DENPASAR", "SLEMAN", "MAKASSAR"]
                ),
                "city",
            ),
            "tgl_lahir": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1975, 2006)}",
                "birthdate",
            ),
            "jenis_kelamin": Y(lambda f: f.pick(["LAKI-LAKI", "PEREMPUAN"]), "gender"),
            "golongan_darah": Y(lambda f: f.pick(["A", "B", "AB", "O", "-"]), "condition"),
            "alamat": Y(
                lambda f: (
                    f"JL. {f.pick(['MELATI', 'KENANGA', 'DIPONEGORO', 'PEMUDA'])} NO. {f.r.randint(1, 120)}"
                ),
                "address",
            ),
            "rt_rw": Y(lambda f: f"{f.r.randint(1, 15):03d}/{f.r.randint(1, 12):03d}", "address"),
            "kel_desa": Y(
                lambda f: f.pick(
                    ["KEBAYORAN BARU", "CILANDAK BARAT", "SUKAJADI", "DAUH PURI", "CATURTUNGGAL"]
                ),
                "address|city",
            ),
            "kecamatan": Y(
                lambda f: f.pick(["KEBAYORAN BARU", "CILANDAK", "SUKAJADI", "DENPASAR BARAT", "DEPOK"]),
                "address|city",
            ),
            "kabupaten_kota": Y(
                lambda f: f.pick(
                    ["JAKARTA SELATAN", "KOTA BANDUNG", "KOTA DENPASAR", "SLEMAN", "KOTA SURABAYA"]
                ),
                "city",
            ),
            "provinsi": G(
                lambda f: f.pick(["DKI JAKARTA", "JAWA BARAT", "BALI", "DI YOGYAKARTA", "JAWA TIMUR"])
            ),
            "agama": Y(
                lambda f: f.pick(["ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU"]), "religion"
            ),
            "status_perkawinan": G(lambda f: f.pick(["BELUM KAWIN", "KAWIN", "CERAI HIDUP"])),
            "pekerjaan": G(
                lambda f: f.pick(
                    ["PELAJAR/MAHASISWA", "KARYAWAN SWASTA", "WIRASWASTA", "MENGURUS RUMAH TANGGA"]
                )
            ),
            "kewarganegaraan": Y(lambda f: f.pick(["WNI", "WNA"]), "citizenship"),
            "berlaku_hingga": G(lambda f: "SEUMUR HIDUP"),
        },
    ),
    (
        "track",
        "Aadhaar eKYC Completed",
        ["python"],
        {
            "reference_id": G(lambda f: f.uuid()),
            "kyc_data": {
                "masked_aadhaar": RED(lambda f: f.masked_aadhaar(), "national id"),
                "name": Y(lambda f: f.pick(IN_FIRST) + " " + f.pick(IN_LAST), "name"),
                "dob": Y(
                    lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1975, 2007)}",
                    "birthdate",
                ),
                "gender": Y(lambda f: f.pick(["M", "F", "T"]), "gender"),
                "care_of": Y(
                    lambda f: (
                        f.pick(["S/O ", "D/O ", "W/O ", "C/O "]) + f.pick(IN_FIRST) + " " + f.pick(IN_LAST)
                    ),
                    "name",
                ),
                "address": {
                    "house": Y(
                        lambda f: f.pick(
                            [
                                f"{f.r.randint(1, 999)}",
                                f"Flat {f.r.randint(101, 1204)}",
                                f"H.No. {f.r.randint(1, 20)}-{f.r.randint(1, 99)}",
                            ]
                        ),
                        "address",
                    ),
                    "street": Y(
                        lambda f: f.pick(
                            ["MG Road", "Link Road", "14th Cross", "Station Road", "Gandhi Nagar Main Rd"]
                        ),
                        "street|address",
                    ),
                    "landmark": Y(
                        lambda f: (
                            f.pick(["Near Shiv Mandir", "Opp. Post Office", "Behind Govt School", ""])
                            or "Near Bus Stand"
                        ),
                        "address",
                    ),
                    "vtc": Y(lambda f: f.pick(IN_CITIES), "city"),
                    "district": Y(
                        lambda f: f.pick(["Pune", "Bengaluru Urban", "Lucknow", "Jaipur", "Ernakulam"]),
                        "city",
                    ),
                    "state": G(lambda f: f.pick(IN_STATES)),
                    "pincode": Y(lambda f: str(f.r.randint(110001, 799999)), "zipcode"),
                },
                "photo": Y(
                    lambda f: (
                        "/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a"
                        + f.stripe("", 120)
                    ),
                    "photo",
                ),
            },
            "xml_signature_valid": G(lambda f: f.pick([True, False])),
            "consent_ts": G(lambda f: f.ts()),
        },
    ),
    (
        "track",
        "Verification Badge Requested",
        ["web"],
        {
            "legal_name": Y(lambda f: f.name(), "name"),
            "category": G(lambda f: f.pick(["creator", "musician", "journalist", "athlete"])),
            "id_document_type": G(lambda f: f.pick(["passport", "national_id", "drivers_license"])),
            "id_document_number": RED(
                lambda f: f.pick([f.pick("JKLMNPRSTUVWZ") + f.digits(7), f.aadhaar(), f.nik(), f.digits(9)]),
                "national id|passport",
            ),
            "audience_country": G(lambda f: f.pick(["US", "IN", "ID"])),
            "selfie_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parental Consent Requested",
        ["web", "swift"],
        {
            "teen_user_id": G(lambda f: f.uid()),
            "teen_birthdate": Y(lambda f: f.date(2008, 2012), "birthdate"),
            "teen_age": G(lambda f: f.r.randint(13, 17)),
            "guardian": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "legal_guardian"])),
            },
            "region": G(lambda f: f.pick(["US-CA", "US-UT", "IN", "ID"])),
        },
    ),
    # -- local-language backends -----------------------------------------------------------------------
    (
        "track",
        "Pratiyogita Panjikaran",
        ["web"],
        {
            "pratibhagi_id": G(lambda f: "PRT" + f.digits(7)),
            "naam": Y(lambda f: f.pick(IN_FIRST) + " " + f.pick(IN_LAST), "name"),
            "pita_ka_naam": Y(lambda f: f.pick(IN_FIRST) + " " + f.pick(IN_LAST), "name"),
            "janm_tithi": Y(lambda f: f.dob(1985, 2009), "birthdate"),
            "umra": G(lambda f: f.r.randint(15, 39)),
            "ling": Y(lambda f: f.pick(["purush", "mahila", "anya"]), "gender"),
            "mobile_no": Y(lambda f: f.in_phone(), "phone"),
            "email_pata": Y(lambda f: f.mail(), "email"),
            "pata": Y(
                lambda f: f.pick(
                    [
                        "Gali No. 4, Shastri Nagar",
                        "Flat 12B, Sector 21",
                        "Ward 7, Mohalla Qazipura",
                        "Plot 44, Vaishali Nagar",
                    ]
                ),
                "address",
            ),
            "shahar": Y(lambda f: f.pick(IN_CITIES), "city"),
            "rajya": G(lambda f: f.pick(IN_STATES)),
            "pin_code": Y(lambda f: str(f.r.randint(110001, 799999)), "zipcode"),
            "pratiyogita_naam": G(lambda f: f.pick(["Ramai Star Hunt 2025", "Diwali Dance Dhamaka"])),
            "sahmati": G(lambda f: True),
        },
    ),
    (
        "track",
        "Profil Kreator Diperbarui",
        ["go"],
        {
            "id_pengguna": G(lambda f: f.uid()),
            "nama_pengguna": Y(lambda f: f.handle(), "name"),
            "nama_lengkap": Y(lambda f: f.pick(ID_FIRST) + " " + f.pick(ID_LAST), "name"),
            "nomor_hp": Y(lambda f: f.id_phone(), "phone"),
            "alamat_email": Y(lambda f: f.mail(), "email"),
            "kota_domisili": Y(lambda f: f.pick(ID_CITIES), "city"),
            "tanggal_lahir": Y(lambda f: f.dob(), "birthdate"),
            "jumlah_pengikut": G(lambda f: f.r.randint(0, 800000)),
            "kategori_konten": G(lambda f: f.pick(["kuliner", "musik", "komedi", "edukasi", "kecantikan"])),
            "terverifikasi": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- support ---------------------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["Payout not received", "Account hacked", "Can't go live", "Refund for coins"]
                )
            ),
            "requester": {"name": Y(lambda f: f.name(), "name"), "email": Y(lambda f: f.mail(), "email")},
            "assignee": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.work_mail("ramai.app"), "email"),
            },
            "tags": Many(
                G(lambda f: f.pick(["payouts", "account_security", "live", "coins", "vip_creator"])), 3
            ),
            "organization": G(
                lambda f: f.pick([None, "Kreasi Nusantara Talent", "Mumbai Creators Collective"])
            ),
        },
    ),
]


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.uid(),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=93, repeats=30)
    write(Path(__file__).parent, "holdout93_", events, labels)
