"""Writes holdout235: tests/corpus/holdout235_events.jsonl and holdout235_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its docs, and
never run through it; another engineer scores it. Run once with
`.venv/bin/python -m tests.corpus.build_holdout235` (seeded, deterministic).

Covers a fuel-station chain's loyalty and convenience-store app in Thailand, Nigeria and Canada:
pay-at-pump sessions with station locations, fleet fuel cards (.NET back office, PascalCase),
car-wash subscriptions (a kebab-case tunnel controller webhook), loyalty points, coupons and gift
cards, c-store orders (Segment e-commerce spec), licence-plate recognition at the forecourt, EV
charging, receipts and tax invoices, KYC and wallet funding in Nigeria (Paystack-shaped payloads,
Nigerian-English keys such as `surname`, `other_names`, `state_of_origin`, `lga`, `bvn`), a Thai
back office with Thai keys (ใบกำกับภาษี), a warehouse reverse-ETL identify in SCREAMING_SNAKE,
a telephony webhook (Twilio-shaped), Meta Conversions API payloads, a careers page and a staff app.
Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python/node/go/java/ruby/php/C# server libraries. Each message picks a
country (TH, NG, CA) and its names, phone formats, addresses, postcodes, plates and ids follow it.
Checksummed ids are valid: Luhn cards (fleet cards use the petroleum MII 7), Thai national ids
(mod 11), Canadian SINs (Luhn), Nigerian NUBAN account numbers (CBN check digit), VINs (check
digit), EAN-13 barcodes.

Conventions: field paths as portal.events.flatten gives them (`properties.products[].sku`); each
path has one label: classification (red/yellow/green), type (the reference matcher name or one of
`geolocation`, `national id`, `bank account`, `credit card`, `token`, `secret`, `password`,
`advertising id`, `ip`, `credit score`, `trade union`; `a|b` when either is fair) and value_only
(true when the key does not say what the value is and only the value does).

Labelling rules (the product's default colours and published policy):
- PII is data about a natural person: the user, a recipient, a contact, next of kin, a fleet
  driver, a job applicant, a cashier or attendant (staff). Colour: the reference matcher's
  default; outside the reference, red for credentials/secrets/tokens/PINs, full card numbers, bank
  account numbers, government ids (BVN, NIN, Thai ID, SIN) and disability/veteran status;
  yellow otherwise (geolocation, ip, advertising ids, credit score, trade union).
- Green: ids we issue (user/order/session/device ids, loyalty and member numbers, eMAID contract
  ids, RFID wash-tag ids, customer codes), UUIDs, SKUs, EAN barcodes, invoice and receipt numbers,
  versions, timestamps, amounts, enums, counters, booleans under PII-sounding keys
  (`emailVerified`, `has_drivers_licence`, `pin_length`), ages and age bands, job titles and
  employers, product / plan / company / station / pet names, a business's own address, phone and
  role mailbox (station, fleet company in a group call, the company number in the telephony
  webhook, call-masking numbers), card brand / BIN / last four / expiry, masked PANs and masked
  phone numbers, bank and institution codes, transit numbers, country, state, province, locale,
  timezone, currency, user agents, OS-issued device ids, Places session tokens, Message-IDs.
- Station coordinates and a station's city are green (a business's place) even in the same event
  as the user's own device coordinates (yellow geolocation). A job's city on a careers page is the
  station's city: green.
- Yellow by policy: insurance policy and insurer member numbers (`identification`), pay and hourly
  wages (`salary`), credit scores, plates (`license`), VINs (`serial`), gclid/fbclid/_fbp/_fbc
  (`advertising id`), billing and delivery addresses (`address`). Red by policy: payment tokens
  (Stripe `pm_`, Paystack `AUTH_`, Omise `tokn_`), activation and one-time codes, magic-link
  tokens, push tokens (`token`); identity document numbers (`national id`); right to work and
  sponsorship answers (`visa`).
- Decisions of this corpus where the policy is silent, as a careful privacy owner would want: a
  full fleet fuel-card number is a payment card number: red `credit card`, even though the card
  belongs to a fleet. Driver's licence numbers take the reference `license` matcher's yellow
  (national ID cards and passports are red). A gift card's PIN and an Interac security answer are
  secrets the person holds: red. Hashed e-mail and phone sent for ad matching (Meta `em`, `ph`)
  are labelled as the contact detail they hash (yellow, not value_only): they exist to identify
  the person. A Nigerian state of origin reveals ethnic origin: yellow `ethnicity|citizenship`. An
  LGA, a delivery `area` or a `landmark` in the person's own address is part of that address:
  yellow `address` (`address|city` for LGA and area). An ISO 15118 EVCCID is the car's MAC
  address: yellow `mac`. A plate snapshot URL shows the plate: yellow `license|photo`. The BVN is
  a biometric identity number issued through the banks: red `national id`. The Thai personal tax
  id is the national id number: red `national id`. A LINE display name is a name: yellow. Blood
  group and genotype on a Nigerian driver form are health data: the reference's `condition`
  matcher, yellow. A telephony webhook's caller city and postcode (FromCity, FromZip) are the
  caller's: yellow. A synced phone contact's display name is a name even when it reads "Siriporn
  Mechanic". `properties.description` (incident reports) always names the offending plate: yellow
  `license`.
- value_only PII paths hold that PII in every value; free text is labelled by what every one of
  its values carries and is green when none does (its templates are written so that either all or
  none of its values carry PII).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- country-aware fake values -----------------------------------------------------------------------

FIRST = {
    "TH": [
        "Somchai",
        "Siriporn",
        "Nattapong",
        "Kanokwan",
        "Thanawat",
        "Pimchanok",
        "Apinya",
        "Wichai",
        "Chalermchai",
        "Ploypailin",
        "Arthit",
        "Sasithorn",
        "Kittipong",
        "Rungnapa",
    ],
    "NG": [
        "Chinedu",
        "Ngozi",
        "Oluwaseun",
        "Adaeze",
        "Emeka",
        "Funmilayo",
        "Ibrahim",
        "Aisha",
        "Tunde",
        "Blessing",
        "Chukwuemeka",
        "Yetunde",
        "Musa",
        "Zainab",
        "Efosa",
        "Hauwa",
    ],
    "CA": [
        "Émilie",
        "Liam",
        "Priya",
        "Wei",
        "Marc-André",
        "Fatima",
        "Noah",
        "Siobhan",
        "Jaspreet",
        "Kateri",
        "Olivia",
        "Mathieu",
        "Amir",
        "Chloé",
        "Daniel",
        "Mei-Ling",
    ],
}
LAST = {
    "TH": [
        "Srisuk",
        "Wongsawat",
        "Chaiyaphum",
        "Saetang",
        "Boonmee",
        "Thongchai",
        "Jaidee",
        "Kittikachorn",
        "Phromma",
        "Sukprasert",
        "Rattanaporn",
        "Chantarasiri",
    ],
    "NG": [
        "Okonkwo",
        "Adeyemi",
        "Balogun",
        "Eze",
        "Nwachukwu",
        "Abubakar",
        "Okafor",
        "Olawale",
        "Bello",
        "Igwe",
        "Danjuma",
        "Osagie",
        "Ogunleye",
        "Yusuf",
    ],
    "CA": [
        "Tremblay",
        "MacDonald",
        "Sandhu",
        "Zhang",
        "Gagnon",
        "Haidari",
        "Roy",
        "O'Neill",
        "Gill",
        "Jacobs",
        "Nguyen",
        "Bélanger",
        "Wilson",
        "Campbell",
        "Mohamud",
    ],
}
THAI_SCRIPT_NAMES = [
    "สมชาย ใจดี",
    "ศิริพร บุญมี",
    "ณัฐพงษ์ ศรีสุข",
    "กนกวรรณ แซ่ตั้ง",
    "ธนวัฒน์ วงศ์สวัสดิ์",
    "พิมพ์ชนก พรหมมา",
    "อภิญญา สุขประเสริฐ",
]
MAIL = {
    "TH": ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th"],
    "NG": ["gmail.com", "yahoo.com", "ymail.com", "outlook.com"],
    "CA": ["gmail.com", "hotmail.ca", "outlook.com", "videotron.ca", "icloud.com", "rogers.com"],
}
STREET = {
    "TH": [
        "Soi Sukhumvit 55",
        "Thanon Ratchadaphisek",
        "Soi Ari 4",
        "Thanon Nimmanhaemin",
        "Thanon Mittraphap",
        "Soi Lat Phrao 101",
        "Thanon Phahonyothin",
    ],
    "NG": [
        "Admiralty Way",
        "Adeola Odeku Street",
        "Allen Avenue",
        "Aminu Kano Crescent",
        "Ogui Road",
        "Awolowo Road",
        "Herbert Macaulay Way",
        "Trans-Amadi Road",
    ],
    "CA": [
        "Queen St W",
        "Rue Sainte-Catherine O",
        "Jasper Ave NW",
        "Robson St",
        "Portage Ave",
        "Barrington St",
        "Bank St",
        "17 Ave SW",
    ],
}
CITY = {
    "TH": ["Bangkok", "Chiang Mai", "Khon Kaen", "Nonthaburi", "Pattaya", "Hat Yai", "Nakhon Ratchasima"],
    "NG": ["Lagos", "Abuja", "Port Harcourt", "Ibadan", "Kano", "Enugu", "Benin City"],
    "CA": ["Toronto", "Calgary", "Montréal", "Vancouver", "Winnipeg", "Halifax", "Mississauga", "Ottawa"],
}
REGION = {
    "TH": ["Bangkok", "Chiang Mai", "Chon Buri", "Nonthaburi", "Khon Kaen", "Songkhla"],
    "NG": ["Lagos", "FCT", "Rivers", "Oyo", "Kano", "Enugu", "Edo"],
    "CA": ["ON", "QC", "BC", "AB", "MB", "NS"],
}
CURRENCY = {"TH": "THB", "NG": "NGN", "CA": "CAD"}
LOCALE = {
    "TH": ["th-TH", "en-TH", "th"],
    "NG": ["en-NG", "en-GB", "yo-NG"],
    "CA": ["en-CA", "fr-CA", "en-US"],
}
TZ = {
    "TH": ["Asia/Bangkok"],
    "NG": ["Africa/Lagos"],
    "CA": ["America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax"],
}
CENTRE = {"TH": (13.75, 100.5), "NG": (6.5, 3.4), "CA": (43.7, -79.4)}
STATIONS = {
    "TH": [
        "Meridian Sukhumvit 71",
        "Meridian Ratchada",
        "Meridian Nimman",
        "Meridian Bang Na km.3",
        "Meridian Rama 2",
    ],
    "NG": [
        "Meridian Lekki Phase 1",
        "Meridian Ikorodu Road",
        "Meridian Wuse II",
        "Meridian Trans-Amadi",
        "Meridian Ring Road Ibadan",
    ],
    "CA": [
        "Meridian Yonge & Eglinton",
        "Meridian Hwy 401 Whitby",
        "Meridian Deerfoot Trail",
        "Meridian Boul. Taschereau",
        "Meridian Kingsway",
    ],
}
STATION_ADDRESSES = {
    "TH": [
        "1600 Sukhumvit Rd, Phra Khanong, Bangkok 10110",
        "88 Ratchadaphisek Rd, Din Daeng, Bangkok 10400",
        "12 Nimmanhaemin Rd, Mueang, Chiang Mai 50200",
    ],
    "NG": [
        "1 Admiralty Way, Lekki Phase 1, Lagos",
        "14 Ikorodu Rd, Maryland, Lagos",
        "Plot 112 Aminu Kano Cres, Wuse II, Abuja",
    ],
    "CA": [
        "2300 Yonge St, Toronto, ON M4P 1E4",
        "1650 Victoria St E, Whitby, ON L1N 9L4",
        "7711 Macleod Trail SE, Calgary, AB T2H 0M1",
    ],
}
# name, street, city, state, postcode, phone, role mailbox, domain
COMPANIES = {
    "NG": [
        (
            "Dangote Logistics Ltd",
            "Plot 3, Block K, Apapa Wharf Road",
            "Lagos",
            "Lagos",
            "102273",
            "+234 1 280 6000",
            "accounts",
            "dangote-logistics.ng",
        ),
        (
            "Gokada",
            "24 Adeola Odeku Street",
            "Lagos",
            "Lagos",
            "101241",
            "+234 201 888 0400",
            "billing",
            "gokada.ng",
        ),
        (
            "Chisco Transport",
            "Km 18 Lekki-Epe Expressway",
            "Lagos",
            "Lagos",
            "105102",
            "+234 1 453 0011",
            "fleet",
            "chiscotransport.ng",
        ),
    ],
    "TH": [
        (
            "SCGJWD Logistics",
            "1 Rama 9 Road",
            "Bangkok",
            "Bangkok",
            "10310",
            "+66 2 586 3333",
            "fleet",
            "scgjwd.co.th",
        ),
        (
            "Kerry Express Thailand",
            "89 Chaeng Watthana Rd",
            "Nonthaburi",
            "Nonthaburi",
            "11120",
            "+66 2 238 5558",
            "ap",
            "kerryexpress.co.th",
        ),
    ],
    "CA": [
        (
            "TranzCan Freight Inc.",
            "2500 Commerce Way",
            "Mississauga",
            "ON",
            "L5T 2Y9",
            "+1 905-555-0147",
            "ap",
            "tranzcan.ca",
        ),
        (
            "Purolator Courier Ltd",
            "5995 Avebury Rd",
            "Mississauga",
            "ON",
            "L5R 3T8",
            "+1 888-744-7123",
            "fleet.billing",
            "purolator.com",
        ),
        (
            "Northern Haul Ltd",
            "4410 52 Ave SE",
            "Calgary",
            "AB",
            "T2C 4N1",
            "+1 403-555-0199",
            "accounts",
            "northernhaul.ca",
        ),
    ],
}
CARRIERS = {
    "TH": ["AIS", "dtac", "TrueMove H"],
    "NG": ["MTN NG", "Airtel NG", "Glo"],
    "CA": ["Rogers", "Bell", "TELUS"],
}
FUEL_GRADES = {
    "TH": ["Gasohol 95", "Gasohol E20", "Diesel B7", "Premium 97"],
    "NG": ["PMS", "AGO", "DPK", "Premium PMS"],
    "CA": ["Regular 87", "Plus 89", "Supreme 91", "Diesel"],
}
CSTORE = [
    ("Red Bull 250ml", "Red Bull", "Beverages"),
    ("Meridian Brew Coffee Large", "Meridian", "Hot Drinks"),
    ("Lay's Classic 50g", "Lay's", "Snacks"),
    ("Windshield Washer -40 4L", "Prestone", "Auto Care"),
    ("Castrol EDGE 5W-30 1L", "Castrol", "Auto Care"),
    ("Indomie Chicken 70g", "Indomie", "Grocery"),
    ("Mama Tom Yum Koong", "Mama", "Grocery"),
    ("Coca-Cola 500ml", "Coca-Cola", "Beverages"),
    ("Phone Charger USB-C", "Anker", "Electronics"),
    ("Propane Tank Exchange 20lb", "Meridian", "Outdoor"),
]
WEB_UAS = [
    "Mozilla/5.0 (Linux; Android 13; TECNO KI7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.6167.101 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; itel A665L) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.210 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.2 Safari/605.1.15",
]


class F(Fake):
    """Fake values that follow the message's country (`cc`)."""

    cc = "CA"
    last_bank_code = "058"
    company_index = 0

    def first(self):
        return self.pick(FIRST[self.cc])

    def last(self):
        return self.pick(LAST[self.cc])

    def full_name(self):
        if self.cc == "TH" and self.r.random() < 0.3:
            return self.pick(THAI_SCRIPT_NAMES)
        if self.cc == "NG" and self.r.random() < 0.3:
            return f"{self.last().upper()} {self.first()} {self.pick(FIRST['NG'])}"
        return f"{self.first()} {self.last()}"

    def email(self):
        first = self.first().lower().replace("é", "e").replace("-", "")
        last = self.last().lower().replace("'", "").replace("é", "e")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:4]}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{self.r.randint(1980, 2004)}",
            ]
        )
        return f"{local}@{self.pick(MAIL[self.cc])}"

    def work_email(self, domain):
        first = self.first().lower().replace("é", "e").replace("-", "")
        return f"{first}.{self.last().lower().replace(chr(39), '').replace('é', 'e')}@{domain}"

    def phone(self, style=None):
        r = self.r
        if self.cc == "TH":
            a, b, c = (
                self.pick(["81", "82", "86", "89", "92", "95", "98"]),
                r.randint(100, 999),
                r.randint(1000, 9999),
            )
            return self.pick([f"+66 {a} {b} {c}", f"0{a}-{b}-{c}", f"0{a}{b}{c}", f"+66{a}{b}{c}"])
        if self.cc == "NG":
            a, b, c = (
                self.pick(["803", "806", "813", "816", "703", "805", "807", "809", "802"]),
                r.randint(100, 999),
                r.randint(1000, 9999),
            )
            return self.pick([f"+234 {a} {b} {c}", f"0{a}{b}{c}", f"0{a} {b} {c}", f"+234{a}{b}{c}"])
        a = self.pick(["416", "647", "437", "514", "438", "604", "778", "403", "587", "902", "613"])
        b, c = r.randint(200, 999), r.randint(1000, 9999)
        return self.pick([f"+1 {a}-{b}-{c}", f"({a}) {b}-{c}", f"+1{a}{b}{c}", f"{a}.{b}.{c}"])

    def street(self):
        n = self.r.randint(1, 999)
        if self.cc == "TH":
            return self.pick(
                [
                    f"{n}/{self.r.randint(1, 99)} {self.pick(STREET['TH'])}",
                    f"{n} Moo {self.r.randint(1, 12)}, {self.pick(STREET['TH'])}",
                ]
            )
        if self.cc == "NG":
            return self.pick(
                [
                    f"{n} {self.pick(STREET['NG'])}",
                    f"Plot {n}, {self.pick(STREET['NG'])}",
                    f"Flat {self.r.randint(1, 12)}, Block {self.r.randint(1, 40)}, {self.pick(STREET['NG'])}",
                ]
            )
        return self.pick(
            [
                f"{n} {self.pick(STREET['CA'])}",
                f"Apt {self.r.randint(101, 2405)}, {n} {self.pick(STREET['CA'])}",
            ]
        )

    def city(self):
        return self.pick(CITY[self.cc])

    def region(self):
        return self.pick(REGION[self.cc])

    def zip(self):
        if self.cc == "TH":
            return self.pick(["10110", "10400", "50200", "11120", "40000", "20150", "90110"])
        if self.cc == "NG":
            return self.pick(["101233", "105102", "900288", "500272", "200284", "100001"])
        letters = "ABCEGHJKLMNPRSTVXY"
        r = self.r
        fsa = f"{self.pick('MHKLTVJ')}{r.randint(1, 9)}{r.choice(letters)}"
        return f"{fsa} {r.randint(0, 9)}{r.choice(letters)}{r.randint(0, 9)}"

    def address_line(self):
        return f"{self.street()}, {self.city()} {self.zip()}"

    def lat(self):
        return round(CENTRE[self.cc][0] + self.r.uniform(-0.35, 0.35), 6)

    def lon(self):
        return round(CENTRE[self.cc][1] + self.r.uniform(-0.35, 0.35), 6)

    def cur(self):
        return CURRENCY[self.cc]

    def amount(self, lo_cad=5, hi_cad=150):
        rate = {"TH": 26.0, "NG": 1100.0, "CA": 1.0}[self.cc]
        return round(self.r.uniform(lo_cad, hi_cad) * rate, 2)

    def hourly_wage(self):
        lo, hi = {"TH": (45, 120), "NG": (450, 2200), "CA": (16.55, 38)}[self.cc]
        return round(self.r.uniform(lo, hi), 2 if self.cc == "CA" else 0)

    def company(self):
        companies = COMPANIES[self.cc]
        return companies[self.company_index % len(companies)]

    def station_id(self):
        return f"ST-{self.cc}-{self.r.randint(100, 999):04d}"

    def station(self):
        return self.pick(STATIONS[self.cc])

    def grade(self):
        return self.pick(FUEL_GRADES[self.cc])

    def plate(self):
        r = self.r
        if self.cc == "TH":
            cons = "กขคงจฉชฌญฎฐทธนบผพฟภมยรลวศษสหฬอฮ"
            return self.pick(
                [
                    f"{r.randint(1, 9)}{r.choice(cons)}{r.choice(cons)} {r.randint(1, 9999)}",
                    f"{r.choice(cons)}{r.choice(cons)} {r.randint(1, 9999)}",
                ]
            )
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if self.cc == "NG":
            code = self.pick(["LND", "KJA", "ABJ", "EPE", "AAA", "GGE", "FST", "KTU"])
            return self.pick(
                [
                    f"{code}-{r.randint(100, 999)}{r.choice(up)}{r.choice(up)}",
                    f"{code} {r.randint(100, 999)} {r.choice(up)}{r.choice(up)}",
                ]
            )
        return self.pick(
            [
                f"{''.join(r.choice(up) for _ in range(4))} {r.randint(100, 999)}",
                f"{r.choice(up)}{r.randint(10, 99)} {''.join(r.choice(up) for _ in range(3))}",
                f"{r.choice(up)}{r.choice(up)}{r.randint(1, 9)}-{r.randint(10, 99)}{r.choice(up)}",
            ]
        )

    def plate_region(self):
        return {
            "TH": self.pick(["กรุงเทพมหานคร", "เชียงใหม่", "ชลบุรี", "นนทบุรี"]),
            "NG": self.pick(["LA", "FC", "RI", "OY"]),
            "CA": self.pick(["ON", "QC", "AB", "BC"]),
        }[self.cc]

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        values = dict(zip("ABCDEFGH", range(1, 9), strict=True)) | dict(
            zip("JKLMN", range(1, 6), strict=True)
        )
        values |= {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10), strict=True))
        values |= {str(d): d for d in range(10)}
        wmi = self.pick(["JTD", "1HG", "2T1", "KMH", "WVW", "3VW", "5YJ", "MR0"])
        body = (
            wmi
            + "".join(self.r.choice(chars) for _ in range(5))
            + "0"
            + self.pick("MNPR")
            + "".join(self.r.choice(chars) for _ in range(7))
        )
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        check = sum(values[c] * w for c, w in zip(body, weights, strict=True)) % 11
        return body[:8] + ("X" if check == 10 else str(check)) + body[9:]

    def thai_id(self):
        digits = [self.r.randint(1, 8)] + [self.r.randint(0, 9) for _ in range(11)]
        check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
        raw = "".join(map(str, digits)) + str(check)
        if self.r.random() < 0.4:
            return f"{raw[0]}-{raw[1:5]}-{raw[5:10]}-{raw[10:12]}-{raw[12]}"
        return raw

    def sin(self):
        number = self.luhn_complete(str(self.pick([1, 2, 3, 4, 5, 6, 7, 9])) + self.digits(7)[:7])
        return self.pick(
            [number, f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}"]
        )

    def national_id(self):
        if self.cc == "TH":
            return self.thai_id()
        if self.cc == "NG":
            return self.digits(11)
        return self.sin()

    def nuban(self, bank="058"):
        self.last_bank_code = bank
        serial = self.digits(9)
        weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
        total = sum(int(c) * w for c, w in zip(bank + serial, weights, strict=True))
        return serial + str((10 - total % 10) % 10)

    def bank_account(self):
        if self.cc == "NG":
            return self.nuban(self.pick(["058", "044", "011", "057", "033"]))
        if self.cc == "TH":
            d = self.digits(10)
            return self.pick([d, f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"])
        return self.digits(self.pick([7, 7, 12]))

    def fleet_card(self, formatted=None):
        prefix = self.pick(["707138", "708305", "7071", "556789", "4"])
        number = self.luhn_complete(
            prefix + "".join(str(self.r.randint(0, 9)) for _ in range(15 - len(prefix)))
        )
        if formatted if formatted is not None else self.r.random() < 0.5:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def loyalty_number(self):
        return self.luhn_complete("6337" + self.digits(11))

    def ean13(self):
        body = self.pick(["885", "615", "062", "057", "885"]) + "".join(
            str(self.r.randint(0, 9)) for _ in range(9)
        )
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def dl_number(self):
        r = self.r
        if self.cc == "TH":
            return self.digits(8)
        if self.cc == "NG":
            up = "ABCDEFGHJKLMNPRSTUVWXYZ"
            head = "".join(r.choice(up) for _ in range(3))
            return f"{head}{self.digits(5)}{r.choice(up)}{r.choice(up)}{self.digits(2)}"
        return f"{self.last()[0].upper()}{self.digits(4)}-{self.digits(5)}-{self.digits(5)}"

    def pay_token(self):
        alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        tail = "".join(self.r.choice(alnum) for _ in range(24))
        return {"TH": "tokn_" + tail[:19].lower(), "NG": "AUTH_" + tail[:10].lower(), "CA": "pm_1" + tail}[
            self.cc
        ]

    def sha256(self):
        return self.hexid(64)

    def code(self, n=6):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))


def money(f: F, lo=5, hi=150):
    return f.amount(lo, hi)


def station_lat(f: F):
    return round(CENTRE[f.cc][0] + f.pick([0.0213, -0.1182, 0.0871, 0.2104, -0.0435]), 4)


def station_lng(f: F):
    return round(CENTRE[f.cc][1] + f.pick([0.0412, -0.0917, 0.1533, -0.2011, 0.0066]), 4)


# -- contexts of the client libraries ----------------------------------------------------------------


def campaign():
    return {
        "name": G(
            lambda f: f.pick(["songkran_fuel_promo", "rainy_season_wash", "detty_december", "winter_ready"])
        ),
        "source": G(lambda f: f.pick(["google", "facebook", "line", "instagram", "newsletter"])),
        "medium": G(lambda f: f.pick(["cpc", "social", "email", "display"])),
        "term": G(
            lambda f: f.pick(["gas station near me", "car wash membership", "diesel price", "ev charging"])
        ),
        "content": G(lambda f: f.pick(["banner_a", "carousel_2", "text_link"])),
    }


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(
                    ["/stations", "/rewards", "/fleet", "/fleet/drivers", "/careers/apply", "/receipts"]
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://l.facebook.com/", "https://www.bing.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=th", "?ref=app_banner"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Find a station | Meridian",
                        "Meridian Rewards",
                        "Fleet cards | Meridian Business",
                        "Careers at Meridian",
                    ]
                )
            ),
            "url": G(
                lambda f: (
                    "https://www.meridianfuels.com"
                    + f.pick(["/stations", "/rewards", "/fleet", "/careers/apply"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not A(Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["121", "122", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": campaign(),
    }


def app_block(namespace):
    return {
        "name": G(lambda f: "Meridian"),
        "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
        "build": G(lambda f: f.pick(["6400", "6402", "6500", "6501"])),
        "namespace": G(lambda f: namespace),
    }


def swift_context():
    return {
        "app": app_block("com.meridianfuels.app"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "17.4", "16.7.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "loyaltyNumber": G(lambda f: f.loyalty_number()),
        },
    }


def kotlin_context():
    return {
        "app": app_block("com.meridianfuels.android"),
        "device": {
            "id": G(lambda f: f.sha256()),
            "manufacturer": G(
                lambda f: f.pick(
                    {
                        "TH": ["OPPO", "vivo", "samsung"],
                        "NG": ["TECNO", "Infinix", "itel"],
                        "CA": ["Google", "samsung", "motorola"],
                    }[f.cc]
                )
            ),
            "model": G(
                lambda f: f.pick(
                    {
                        "TH": ["CPH2239", "V2207", "SM-A546E"],
                        "NG": ["TECNO KI7", "Infinix X6816", "itel A665L"],
                        "CA": ["Pixel 7", "SM-S918W", "moto g power 5G"],
                    }[f.cc]
                )
            ),
            "name": G(lambda f: f.pick(["OP4F2F", "KI7", "panther", "dm3q"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 13.9, 0.4])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.75, 3.0])),
            "width": G(lambda f: f.pick([720, 1080])),
            "height": G(lambda f: f.pick([1600, 2400, 2340])),
        },
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android "
                + f.pick(["12", "13", "14"])
                + "; "
                + f.pick(["TECNO KI7", "CPH2239", "Pixel 7"])
                + " Build/TP1A.220624.014)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "phone": Y(lambda f: f.phone(), "phone"),
            "name": Y(lambda f: f.full_name(), "name"),
        },
    }


def rn_context():
    return {
        "app": app_block("com.meridianfuels.ng"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "TECNO", "samsung", "Infinix"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "TECNO CK7n", "SM-A145F", "Infinix X6711"])),
            "name": G(lambda f: f.pick(["iPhone", "CK7n", "a14", "X6711"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.17.0", "2.19.1", "2.20.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["13", "17.2", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([360, 390, 412])),
            "height": G(lambda f: f.pick([800, 844, 915])),
        },
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def flutter_context():
    return {
        "app": app_block("com.meridianfuels.th"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["OPPO", "Apple", "vivo", "Xiaomi"])),
            "model": G(lambda f: f.pick(["CPH2387", "iPhone14,7", "V2202", "2201117TY"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.0.2", "1.1.0", "1.1.2"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["13", "14", "17.1"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([2400, 2532, 1600])),
            "width": G(lambda f: f.pick([1080, 1170, 720])),
            "density": G(lambda f: f.pick([2.0, 3.0, 2.625])),
        },
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.2.1"],
    "analytics-java": ["3.5.1", "3.4.0"],
    "analytics-ruby": ["2.4.3", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.0"],
    "Analytics.CSharp": ["2.3.4", "2.4.0"],
}


def server_context(library):
    ctx = {
        "library": {"name": G(lambda f: library), "version": G(lambda f: f.pick(SERVER_VERSIONS[library]))},
    }
    if library in ("analytics-node", "analytics-php", "Analytics.CSharp", "analytics-go"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
    if library in ("analytics-php", "analytics-node"):
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if library == "analytics-java":
        ctx["externalIds"] = Many(
            {
                "id": G(lambda f: f.loyalty_number()),
                "type": G(lambda f: "loyalty_number"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if library == "Analytics.CSharp":
        ctx["groupId"] = G(lambda f: "FLT-" + f.digits(6))
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": lambda: server_context("analytics-python"),
    "node": lambda: server_context("analytics-node"),
    "go": lambda: server_context("analytics-go"),
    "java": lambda: server_context("analytics-java"),
    "ruby": lambda: server_context("analytics-ruby"),
    "php": lambda: server_context("analytics-php"),
    "dotnet": lambda: server_context("Analytics.CSharp"),
}

MOBILE = ["swift", "kotlin", "rn", "flutter"]
ALL = ("TH", "NG", "CA")

# -- free text -------------------------------------------------------------------------------------


def chat_text(f: F) -> str:
    return f.pick(
        [
            f"Pump 4 took my money but didn't dispense, please call me on {f.phone()}",
            f"Hi, my points didn't show after fuelling. My number is {f.phone()}",
            f"Receipt never came, send it to {f.email()} please",
            f"I was charged twice at {f.station()}. Reach me at {f.email()}",
            f"Car wash gate didn't open. {f.phone()} is my whatsapp",
        ]
    )


def assignment_note(f: F) -> str:
    return f.pick(
        [
            f"Assigned to {f.full_name()} for the {f.pick(['Lagos-Ibadan', 'Bang Na', 'Hwy 401'])} route",
            f"Handover from {f.full_name()}, tank at 1/4",
            f"{f.full_name()} covering night shift this week",
            f"Driver {f.full_name()} - spare key at depot",
        ]
    )


def incident_text(f: F) -> str:
    return f.pick(
        [
            f"{f.pick(['Silver', 'White', 'Black'])} Corolla, plate {f.plate()}, drove off",
            f"Customer in {f.plate()} refused to pay for pump {f.r.randint(1, 12)}",
            f"Plate {f.plate()} hit the air pump while reversing",
            f"Drive-off at pump {f.r.randint(1, 12)}: {f.plate()}, about {f.r.randint(20, 80)} litres",
        ]
    )


# -- events ----------------------------------------------------------------------------------------
# (type, event, clients, countries, body); identify/group bodies are traits.

EVENTS = [
    (
        "identify",
        None,
        MOBILE,
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.date(1955, 2005), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.region()),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "loyaltyNumber": G(lambda f: f.loyalty_number()),
            "loyaltyTier": G(lambda f: f.pick(["Blue", "Silver", "Gold", "Platinum"])),
            "pointsBalance": G(lambda f: f.r.randint(0, 48000)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "preferredStationId": G(lambda f: f.station_id()),
            "preferredFuelGrade": G(lambda f: f.grade()),
            "vehicleCount": G(lambda f: f.r.randint(0, 4)),
            "createdAt": G(lambda f: f.iso()),
            "avatarUrl": Y(
                lambda f: f"https://cdn.meridianfuels.com/avatars/{f.uuid()}.jpg?v={f.r.randint(1, 9)}",
                "photo",
            ),
            "whatsapp": Y(lambda f: f.phone(), "phone"),
            "referralCode": G(lambda f: "MRD-" + f.hexid(5).upper()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ALL,
        {
            "CUSTOMER_ID": G(lambda f: int(f.digits(8))),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "FULL_NAME": Y(lambda f: f.full_name(), "name"),
            "MOBILE_NO": Y(lambda f: f.phone(), "phone"),
            "HOME_PROVINCE": G(lambda f: f.region()),
            "HOME_POSTAL_CODE": Y(lambda f: f.zip(), "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "LIFETIME_SPEND": G(lambda f: money(f, 20, 9000)),
            "LAST_VISIT_STATION": G(lambda f: f.station()),
            "VISITS_90D": G(lambda f: f.r.randint(0, 60)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LOYALTY_SEGMENT": G(lambda f: f.pick(["COMMUTER", "ROAD_WARRIOR", "WEEKENDER", "LAPSED"])),
            "IS_FLEET_DRIVER": G(lambda f: f.pick([True, False])),
            "EV_OWNER": G(lambda f: f.pick([True, False])),
            "CAR_WASH_SUBSCRIBER": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        ("TH",),
        {
            "line_user_id": G(lambda f: "U" + f.hexid(32)),
            "display_name": Y(
                lambda f: f.pick(
                    [
                        f.first(),
                        f.first() + " 🌸",
                        f.full_name(),
                        f.first().lower() + "_" + f.last()[:3].lower(),
                    ]
                ),
                "name",
            ),
            "picture_url": Y(lambda f: "https://profile.line-scdn.net/0h" + f.hexid(30), "photo"),
            "status_message": G(
                lambda f: f.pick(["", "Work hard play hard", "☕️", "สู้ๆ", "Weekend road trip!"])
            ),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "thai_id_verified": G(lambda f: f.pick([True, False])),
            "province": G(lambda f: f.region()),
            "preferred_language": G(lambda f: f.pick(["th", "en", "zh"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        ALL,
        {
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "WorkEmail": Y(
                lambda f: f.work_email(
                    f.pick(["dangote-logistics.ng", "scgjwd.co.th", "tranzcan.ca", "gokada.ng"])
                ),
                "email",
            ),
            "DirectLine": Y(lambda f: f.phone(), "phone"),
            "JobTitle": G(
                lambda f: f.pick(
                    ["Fleet Manager", "Transport Coordinator", "Accounts Payable", "Operations Director"]
                )
            ),
            "CompanyName": G(
                lambda f: f.pick(
                    ["Dangote Logistics Ltd", "SCGJWD Logistics", "TranzCan Freight Inc.", "Gokada"]
                )
            ),
            "FleetAccountId": G(lambda f: "FLT-" + f.digits(6)),
            "Role": G(lambda f: f.pick(["Admin", "Approver", "Viewer"])),
            "LastLoginUtc": G(lambda f: f.iso()),
            "TwoFactorEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["dotnet", "web"],
        ALL,
        {
            "name": G(lambda f: f.company()[0]),
            "industry": G(lambda f: f.pick(["Logistics", "Ride hailing", "Construction", "Courier"])),
            "employees": G(lambda f: f.r.randint(12, 9000)),
            "plan": G(lambda f: f.pick(["Fleet Basic", "Fleet Plus", "Fleet Enterprise"])),
            "fleetSize": G(lambda f: f.r.randint(3, 800)),
            "hqAddress": {
                "street": G(lambda f: f.company()[1]),
                "city": G(lambda f: f.company()[2]),
                "state": G(lambda f: f.company()[3]),
                "postalCode": G(lambda f: f.company()[4]),
                "country": G(lambda f: f.cc),
            },
            "mainPhone": G(lambda f: f.company()[5]),
            "billingEmail": G(lambda f: f.company()[6] + "@" + f.company()[7]),
            "taxId": G(
                lambda f: {
                    "NG": "RC-" + f.digits(6),
                    "TH": "0105" + f.digits(9),
                    "CA": f.digits(9) + "RT0001",
                }[f.cc]
            ),
            "createdAt": G(lambda f: f.iso()),
            "accountManager": Y(lambda f: f.full_name(), "name"),
            "billingContactEmail": Y(lambda f: f.work_email(f.company()[7]), "email"),
        },
    ),
    (
        "track",
        "Pump Session Started",
        MOBILE,
        ALL,
        {
            "session_id": G(lambda f: f.uuid()),
            "station_id": G(lambda f: f.station_id()),
            "station_name": G(lambda f: f.station()),
            "station_address": G(lambda f: f.pick(STATION_ADDRESSES[f.cc])),
            "station_city": G(lambda f: f.city()),
            "station_lat": G(station_lat),
            "station_lng": G(station_lng),
            "pump_number": G(lambda f: f.r.randint(1, 16)),
            "fuel_grade": G(lambda f: f.grade()),
            "payment_method": G(
                lambda f: f.pick(
                    ["saved_card", "apple_pay", "google_pay", "wallet", "promptpay", "fleet_card"]
                )
            ),
            "preauth_amount": G(lambda f: money(f, 50, 150)),
            "currency": G(lambda f: f.cur()),
            "device_lat": Y(lambda f: f.lat(), "geolocation"),
            "device_lng": Y(lambda f: f.lon(), "geolocation"),
            "distance_to_pump_m": G(lambda f: round(f.r.uniform(0.5, 40), 1)),
            "loyalty_number": G(lambda f: f.loyalty_number()),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "receipt_email": Y(lambda f: f.email(), "email"),
            "geofence_confirmed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pump Session Completed",
        ["node"],
        ALL,
        {
            "sessionId": G(lambda f: f.uuid()),
            "stationId": G(lambda f: f.station_id()),
            "pumpNumber": G(lambda f: f.r.randint(1, 16)),
            "fuelGrade": G(lambda f: f.grade()),
            "litres": G(lambda f: round(f.r.uniform(5, 70), 2)),
            "pricePerLitre": G(
                lambda f: {
                    "TH": round(f.r.uniform(31, 44), 2),
                    "NG": round(f.r.uniform(617, 1030), 2),
                    "CA": round(f.r.uniform(1.39, 1.79), 3),
                }[f.cc]
            ),
            "total": G(lambda f: money(f, 20, 140)),
            "currency": G(lambda f: f.cur()),
            "pointsEarned": G(lambda f: f.r.randint(0, 900)),
            "couponCode": G(lambda f: f.pick(["", "FILLUP10", "SONGKRAN5", "WASH50", "DETTY500"])),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard", "verve", "amex", "interac"])),
            "cardLast4": G(lambda f: f.code(4)),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardBin": G(lambda f: f.pick(["453201", "539983", "506099", "451015", "374245"])),
            "paymentToken": RED(lambda f: f.pay_token(), "token"),
            "receiptNumber": G(lambda f: f"R{f.r.randint(100, 999)}-{f.digits(8)}"),
            "completedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Order Completed",
        [*MOBILE, "web"],
        ALL,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.station()),
            "store_id": G(lambda f: f.station_id()),
            "total": G(lambda f: money(f, 3, 60)),
            "subtotal": G(lambda f: money(f, 3, 55)),
            "tax": G(lambda f: money(f, 0.2, 7)),
            "discount": G(lambda f: money(f, 0, 5)),
            "coupon": G(lambda f: f.pick(["", "COFFEE2FOR1", "SNACKDEAL", "FREEWASH"])),
            "currency": G(lambda f: f.cur()),
            "points_redeemed": G(lambda f: f.r.randint(0, 2000)),
            "fulfillment": G(lambda f: f.pick(["in_store", "curbside", "pickup_at_pump"])),
            "pickup_contact_name": Y(lambda f: f.full_name(), "name"),
            "pickup_contact_phone": Y(lambda f: f.phone(), "phone"),
            "products": Many(
                {
                    "product_id": G(lambda f: "P" + f.digits(6)),
                    "sku": G(lambda f: "CS-" + f.digits(6)),
                    "upc": G(lambda f: f.ean13()),
                    "name": G(lambda f: f.pick(CSTORE)[0]),
                    "brand": G(lambda f: f.pick(CSTORE)[1]),
                    "category": G(lambda f: f.pick(CSTORE)[2]),
                    "price": G(lambda f: money(f, 1, 25)),
                    "quantity": G(lambda f: f.r.randint(1, 4)),
                    "age_restricted": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Stations Searched",
        ["web", "rn"],
        ALL,
        {
            "q": G(
                lambda f: f.pick(
                    ["Sukhumvit", "Lekki", "Hwy 401 Whitby", "near airport", "Wuse", "Deerfoot", "Rama 2"]
                )
            ),
            "filters": Many(
                G(lambda f: f.pick(["car_wash", "ev_charging", "24h", "diesel", "atm", "tyre_air"])), 3
            ),
            "results": G(lambda f: f.r.randint(0, 25)),
            "radius_km": G(lambda f: f.pick([2, 5, 10, 25])),
            "user_lat": Y(lambda f: f.lat(), "geolocation"),
            "user_lng": Y(lambda f: f.lon(), "geolocation"),
            "places_session_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Fuel Card Issued",
        ["dotnet"],
        ALL,
        {
            "CardId": G(lambda f: f.digits(9)),
            "CardNumber": RED(lambda f: f.fleet_card(), "credit card"),
            "MaskedPan": G(lambda f: f"{f.pick(['7071', '7083', '5567', '4539'])} **** **** {f.code(4)}"),
            "ExpiryMonth": G(lambda f: f.r.randint(1, 12)),
            "ExpiryYear": G(lambda f: f.r.randint(2025, 2030)),
            "CardholderName": Y(lambda f: f.full_name(), "name"),
            "EmbossLine2": G(lambda f: f.pick(["DANGOTE LOGISTICS", "SCGJWD", "TRANZCAN FREIGHT", "GOKADA"])),
            "DriverEmployeeNo": G(lambda f: "E" + f.digits(5)),
            "FleetAccountId": G(lambda f: "FLT-" + f.digits(6)),
            "FleetName": G(
                lambda f: f.pick(["Dangote Logistics Ltd", "SCGJWD Logistics", "TranzCan Freight Inc."])
            ),
            "SpendLimitDaily": G(lambda f: money(f, 100, 600)),
            "AllowedProducts": Many(G(lambda f: f.pick(["FUEL", "DIESEL", "CARWASH", "DEF", "OIL"])), 3),
            "PinMailerSent": G(lambda f: f.pick([True, False])),
            "ActivationCode": RED(lambda f: f.code(6), "token"),
            "CreatedBy": Y(
                lambda f: f.work_email(f.pick(["dangote-logistics.ng", "scgjwd.co.th", "tranzcan.ca"])),
                "email",
                True,
            ),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Fuel Card Transaction Authorized",
        ["java"],
        ALL,
        {
            "txn_id": G(lambda f: f.uuid()),
            "card_number_masked": G(lambda f: f"{f.pick(['707138', '708305', '556789'])}******{f.code(4)}"),
            "card_last4": G(lambda f: f.code(4)),
            "driver_pin_verified": G(lambda f: f.pick([True, False])),
            "driver_id": G(lambda f: "E" + f.digits(5)),
            "driver_name": Y(lambda f: f.full_name(), "name"),
            "driver_mobile": Y(lambda f: f.phone(), "phone"),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "odometer_km": G(lambda f: f.r.randint(5000, 420000)),
            "station_id": G(lambda f: f.station_id()),
            "merchant_category_code": G(lambda f: f.pick(["5542", "5541", "5499"])),
            "product_code": G(lambda f: f.pick(["001", "019", "032", "105"])),
            "litres": G(lambda f: round(f.r.uniform(20, 400), 2)),
            "amount": G(lambda f: money(f, 40, 600)),
            "currency": G(lambda f: f.cur()),
            "decline_reason": G(lambda f: f.pick(["", "limit_exceeded", "product_not_allowed", "wrong_pin"])),
            "fleet_account_id": G(lambda f: "FLT-" + f.digits(6)),
            "prompted_data": {
                "odometer": G(lambda f: f.r.randint(5000, 420000)),
                "driver_code": G(lambda f: f.code(4)),
                "job_number": G(lambda f: "J" + f.digits(5)),
            },
        },
    ),
    (
        "track",
        "Driver Added",
        ["web"],
        ALL,
        {
            "driverId": G(lambda f: "E" + f.digits(5)),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "mobile": Y(lambda f: f.phone(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "licenceNumber": Y(lambda f: f.dl_number(), "license"),
            "licenceExpiry": G(lambda f: f.date(2025, 2031)),
            "licenceClass": G(lambda f: f.pick(["G", "AZ", "DZ", "B", "C", "E"])),
            "employeeNumber": G(lambda f: f.digits(6)),
            "jobTitle": G(lambda f: f.pick(["Truck Driver", "Courier", "Dispatch Rider", "Van Driver"])),
            "depot": G(lambda f: f.pick(["Apapa", "Lat Krabang", "Brampton", "Kano North"])),
            "hourlyRate": Y(lambda f: f.hourly_wage(), "salary"),
            "assignedVehicleVin": Y(lambda f: f.vin(), "serial"),
            "cardLimit": G(lambda f: money(f, 100, 900)),
            "emergencyContact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "brother", "mother", "friend"])),
            },
        },
    ),
    (
        "track",
        "Vehicle Assigned",
        ["web"],
        ALL,
        {
            "vehicleId": G(lambda f: "V" + f.digits(5)),
            "driverId": G(lambda f: "E" + f.digits(5)),
            "note": Y(assignment_note, "name", True),
        },
    ),
    (
        "track",
        "Car Wash Subscription Started",
        ["swift", "kotlin"],
        ALL,
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "plan_id": G(lambda f: f.pick(["wash_basic_m", "wash_shine_m", "wash_ultimate_y"])),
            "plan_name": G(lambda f: f.pick(["Basic Monthly", "Unlimited Shine", "Ultimate Ceramic Annual"])),
            "price": G(lambda f: money(f, 19, 45)),
            "currency": G(lambda f: f.cur()),
            "billing_interval": G(lambda f: f.pick(["month", "year"])),
            "trial_days": G(lambda f: f.pick([0, 7, 14])),
            "vehicle": {
                "plate": Y(lambda f: f.plate(), "license"),
                "make": G(lambda f: f.pick(["Toyota", "Honda", "Isuzu", "Ford", "Hyundai", "Lexus"])),
                "model": G(lambda f: f.pick(["Corolla", "Civic", "D-Max", "F-150", "Tucson", "RX 350"])),
                "color": G(lambda f: f.pick(["white", "silver", "black", "grey", "red"])),
                "year": G(lambda f: f.r.randint(2008, 2024)),
                "nickname": G(lambda f: f.pick(["Daily", "Work truck", "Big Red", "The Vios", "Mum's car"])),
                "vin": Y(lambda f: f.vin(), "serial"),
            },
            "payment_method_id": RED(lambda f: f.pay_token(), "token"),
            "rfid_tag_id": G(lambda f: "E200" + f.hexid(20).upper()),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "auto_renew": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Car Wash Redeemed",
        ["go"],
        ALL,
        {
            "wash-id": G(lambda f: f.digits(10)),
            "site-code": G(lambda f: f.pick(["MRD-TOR-04", "MRD-LOS-11", "MRD-BKK-02", "MRD-CGY-07"])),
            "tunnel-id": G(lambda f: f.r.randint(1, 3)),
            "package": G(lambda f: f.pick(["Express", "Deluxe", "Ceramic Shield", "Underbody Flush"])),
            "lpr-plate": Y(lambda f: f.plate(), "license"),
            "lpr-confidence": G(lambda f: round(f.r.uniform(0.6, 0.999), 3)),
            "member-id": G(lambda f: "M" + f.digits(8)),
            "redeemed-at": G(lambda f: f.iso()),
            "add-ons": Many(G(lambda f: f.pick(["tyre-shine", "rain-repel", "wax", "mat-clean"])), 2),
            "attendant-name": Y(lambda f: f.first(), "name"),
        },
    ),
    (
        "track",
        "Plate Recognized",
        ["python"],
        ALL,
        {
            "event_id": G(lambda f: f.uuid()),
            "camera_id": G(lambda f: f"cam-{f.cc.lower()}-{f.r.randint(1, 60):03d}"),
            "station_id": G(lambda f: f.station_id()),
            "plate_text": Y(lambda f: f.plate(), "license"),
            "plate_region": G(lambda f: f.plate_region()),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 0.999), 3)),
            "vehicle_make": G(
                lambda f: f.pick(["Toyota", "Honda", "Isuzu", "Ford", "Mercedes-Benz", "Lexus"])
            ),
            "vehicle_color": G(lambda f: f.pick(["white", "silver", "black", "grey", "red", "blue"])),
            "vehicle_type": G(lambda f: f.pick(["car", "pickup", "suv", "motorcycle", "truck"])),
            "matched_member": G(lambda f: f.pick([True, False])),
            "greeting_name": Y(lambda f: f.first(), "name"),
            "member_id": G(lambda f: "M" + f.digits(8)),
            "snapshot_url": Y(
                lambda f: f"https://lpr.meridianfuels.com/snap/{f.station_id()}/{f.hexid(16)}.jpg",
                "license|photo",
            ),
            "captured_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "EV Charging Session Started",
        ["rn", "flutter", "swift"],
        ("TH", "CA"),
        {
            "session_id": G(lambda f: f.uuid()),
            "charger_id": G(lambda f: f"{f.cc}*MRD*E{f.digits(5)}*{f.r.randint(1, 4)}"),
            "connector_type": G(lambda f: f.pick(["CCS2", "CCS1", "CHAdeMO", "Type 2", "NACS"])),
            "evccid": Y(lambda f: f.mac().replace(":", "").lower() if f.r.random() < 0.5 else f.mac(), "mac"),
            "start_soc": G(lambda f: f.r.randint(3, 80)),
            "plug_and_charge": G(lambda f: f.pick([True, False])),
            "contract_id": G(lambda f: f"{f.cc}-MRD-C{f.digits(8)}-{f.r.randint(0, 9)}"),
            "station_id": G(lambda f: f.station_id()),
        },
    ),
    (
        "track",
        "EV Charging Session Ended",
        ["rn", "flutter", "swift"],
        ("TH", "CA"),
        {
            "session_id": G(lambda f: f.uuid()),
            "charger_id": G(lambda f: f"{f.cc}*MRD*E{f.digits(5)}*{f.r.randint(1, 4)}"),
            "connector_type": G(lambda f: f.pick(["CCS2", "CCS1", "CHAdeMO", "Type 2", "NACS"])),
            "kwh_delivered": G(lambda f: round(f.r.uniform(3, 85), 3)),
            "duration_min": G(lambda f: f.r.randint(8, 180)),
            "cost": G(lambda f: money(f, 4, 60)),
            "currency": G(lambda f: f.cur()),
            "vehicle_model": G(
                lambda f: f.pick(["BYD Atto 3", "Tesla Model Y", "MG4", "Hyundai Ioniq 5", "ORA Good Cat"])
            ),
            "battery_start_pct": G(lambda f: f.r.randint(3, 80)),
        },
    ),
    (
        "track",
        "Coupon Redeemed",
        MOBILE,
        ALL,
        {
            "coupon_id": G(lambda f: f.uuid()),
            "coupon_code": G(
                lambda f: f.pick(["FILLUP10", "COFFEE2FOR1", "WASH50", "DETTY500", "SONGKRAN5"])
            ),
            "campaign": G(lambda f: f.pick(["songkran_fuel_promo", "detty_december", "winter_ready"])),
            "discount_value": G(lambda f: money(f, 0.5, 10)),
            "discount_type": G(lambda f: f.pick(["percent", "fixed", "free_item"])),
            "store_id": G(lambda f: f.station_id()),
            "cashier_id": G(lambda f: f.digits(4)),
            "cashier_name": Y(lambda f: f.first(), "name"),
            "basket_total": G(lambda f: money(f, 3, 80)),
        },
    ),
    (
        "track",
        "Points Transferred",
        ["rn", "flutter"],
        ALL,
        {
            "transfer_id": G(lambda f: f.uuid()),
            "points": G(lambda f: f.pick([100, 250, 500, 1000, 2000])),
            "recipient_loyalty_number": G(lambda f: f.loyalty_number()),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_phone": Y(lambda f: f.phone(), "phone"),
            "message": G(
                lambda f: f.pick(
                    ["Enjoy the free coffee!", "for the road trip", "thanks for the ride", "", "🎉"]
                )
            ),
        },
    ),
    (
        "track",
        "Receipt Emailed",
        ["ruby"],
        ALL,
        {
            "receipt_id": G(lambda f: f.hexid(24)),
            "invoice_number": G(lambda f: f"INV-{f.cc}-2024-{f.digits(6)}"),
            "to": Y(lambda f: f.email(), "email"),
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@mail.meridianfuels.com>"),
            "provider": G(lambda f: f.pick(["sendgrid", "ses", "postmark"])),
            "template": G(lambda f: f.pick(["receipt_v3", "receipt_fleet", "tax_invoice_th"])),
            "sent_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Tax Invoice Requested",
        ["flutter", "web"],
        ("TH",),
        {
            "invoice_number": G(lambda f: f"INV-{f.cc}-2024-{f.digits(6)}"),
            "receipt_id": G(lambda f: f.hexid(24)),
            "tax_invoice": {
                "buyer_name": Y(lambda f: f.full_name(), "name"),
                "buyer_tax_id": RED(lambda f: f.thai_id(), "national id"),
                "buyer_address": Y(lambda f: f.address_line(), "address"),
                "branch_code": G(lambda f: f.pick(["00000", "00001", "00012"])),
                "vat_amount": G(lambda f: money(f, 0.5, 10)),
            },
        },
    ),
    (
        "track",
        "ออกใบกำกับภาษี",
        ["php"],
        ("TH",),
        {
            "เลขที่ใบกำกับ": G(lambda f: f"TX{f.digits(10)}"),
            "ชื่อผู้ซื้อ": Y(lambda f: f.full_name(), "name"),
            "เลขประจำตัวผู้เสียภาษี": RED(lambda f: f.thai_id(), "national id"),
            "ที่อยู่": Y(lambda f: f.address_line(), "address"),
            "เบอร์โทร": Y(lambda f: f.phone(), "phone"),
            "ยอดรวม": G(lambda f: money(f, 10, 120)),
            "ภาษีมูลค่าเพิ่ม": G(lambda f: money(f, 0.7, 8)),
            "สาขา": G(lambda f: f.pick(["สาขาสุขุมวิท 71", "สาขารัชดา", "สาขานิมมาน", "สำนักงานใหญ่"])),
            "วันที่": G(lambda f: f.date(2024, 2024)),
            "ทะเบียนรถ": Y(lambda f: f.plate(), "license"),
            "จังหวัด": G(lambda f: f.plate_region()),
        },
    ),
    (
        "track",
        "KYC Submitted",
        ["node"],
        ("NG",),
        {
            "surname": Y(lambda f: f.last(), "name"),
            "other_names": Y(lambda f: f.first() + " " + f.first(), "name"),
            "phone_no": Y(lambda f: f.phone(), "phone"),
            "bvn": RED(lambda f: "22" + f.digits(9), "national id"),
            "nin": RED(lambda f: f.digits(11), "national id"),
            "date_of_birth": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "state_of_origin": Y(
                lambda f: f.pick(["Anambra", "Ogun", "Kano", "Edo", "Imo", "Oyo", "Borno"]),
                "ethnicity|citizenship",
            ),
            "lga": Y(
                lambda f: f.pick(["Eti-Osa", "Ikeja", "Alimosho", "Bwari", "Obio/Akpor", "Ibadan North"]),
                "address|city",
            ),
            "residential_address": Y(lambda f: f.street(), "address"),
            "next_of_kin": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone_no": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["Spouse", "Brother", "Sister", "Father", "Mother"])),
            },
            "id_type": G(lambda f: f.pick(["nin_slip", "voters_card", "intl_passport", "drivers_licence"])),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Wallet Funded",
        ["node"],
        ("NG",),
        {
            "reference": G(lambda f: "T" + f.digits(15)),
            "amount": G(lambda f: f.r.randint(50, 2000) * 10000),
            "channel": G(lambda f: f.pick(["card", "bank", "ussd", "bank_transfer"])),
            "authorization": {
                "authorization_code": RED(lambda f: f.pay_token(), "token"),
                "bin": G(lambda f: f.pick(["408408", "539983", "506099", "533477"])),
                "last4": G(lambda f: f.code(4)),
                "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
                "card_type": G(lambda f: f.pick(["visa ", "mastercard", "verve"])),
                "bank": G(
                    lambda f: f.pick(
                        ["Guaranty Trust Bank", "Access Bank", "Zenith Bank", "First Bank of Nigeria"]
                    )
                ),
                "reusable": G(lambda f: f.pick([True, False])),
                "signature": G(lambda f: "SIG_" + f.hexid(20)),
            },
            "customer": {
                "email": Y(lambda f: f.email(), "email"),
                "customer_code": G(lambda f: "CUS_" + f.hexid(15)),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "gateway_response": G(lambda f: f.pick(["Successful", "Approved", "Declined"])),
            "paid_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Airtime Purchased",
        ["rn"],
        ("NG",),
        {
            "recipient": Y(lambda f: f.phone(), "phone", True),
            "network": G(lambda f: f.pick(["MTN", "Glo", "Airtel", "9mobile"])),
            "amount": G(lambda f: f.pick([100, 200, 500, 1000, 2000])),
            "beneficiary_is_self": G(lambda f: f.pick([True, False])),
            "store_id": G(lambda f: f.station_id()),
        },
    ),
    (
        "track",
        "Payout Sent",
        ["node"],
        ("NG",),
        {
            "transfer_code": G(lambda f: "TRF_" + f.hexid(12)),
            "recipient_account": {
                "account_number": RED(lambda f: f.bank_account(), "bank account"),
                "bank_code": G(lambda f: f.last_bank_code),
                "account_name": Y(lambda f: f.full_name().upper(), "name"),
                "type": G(lambda f: "nuban"),
            },
            "amount": G(lambda f: f.r.randint(50, 5000) * 100),
            "reason": G(
                lambda f: f.pick(["Refund for failed dispense", "Dealer commission", "Wallet withdrawal"])
            ),
            "status": G(lambda f: f.pick(["success", "pending", "failed"])),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["ruby"],
        ("CA",),
        {
            "refund_id": G(lambda f: "re_" + f.hexid(20)),
            "order_id": G(lambda f: f.hexid(24)),
            "method": G(lambda f: f.pick(["interac_etransfer", "card", "points"])),
            "interac_email": Y(lambda f: f.email(), "email"),
            "customer_name": Y(lambda f: f.full_name(), "name"),
            "amount": G(lambda f: money(f, 2, 120)),
            "currency": G(lambda f: f.cur()),
            "reason": G(lambda f: f.pick(["Pump fault", "Duplicate charge", "Wash not completed"])),
            "security_question": G(
                lambda f: f.pick(["Favourite station?", "What did you buy?", "Colour of your car?"])
            ),
            "security_answer": RED(
                lambda f: f.pick(["yonge", "coffee", "blue", "deerfoot", "Timbits", "silver"]),
                "password|secret",
            ),
        },
    ),
    (
        "track",
        "Pre-Authorized Debit Set Up",
        ["web"],
        ("CA",),
        {
            "transit_number": G(lambda f: f.digits(5)),
            "institution_number": G(lambda f: f.pick(["001", "002", "003", "004", "006", "815"])),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "mandate_id": G(lambda f: "PAD-" + f.digits(8)),
            "agreed_at": G(lambda f: f.iso()),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "plan_id": G(lambda f: f.pick(["wash_basic_m", "wash_shine_m", "wash_ultimate_y"])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["dotnet"],
        ALL,
        {
            "InvoiceNumber": G(lambda f: f"FI-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "InvoiceDate": G(lambda f: f.date(2024, 2024)),
            "FleetAccountId": G(lambda f: "FLT-" + f.digits(6)),
            "AmountDue": G(lambda f: money(f, 500, 40000)),
            "AmountPaid": G(lambda f: money(f, 500, 40000)),
            "Currency": G(lambda f: f.cur()),
            "PaymentMethod": G(lambda f: f.pick(["EFT", "Cheque", "BankTransfer", "DirectDebit"])),
            "PaidBy": Y(lambda f: f.full_name(), "name", True),
            "VatNumber": G(
                lambda f: f.pick(["0105" + f.digits(9), f.digits(8) + "-0001", f.digits(9) + "RT0001"])
            ),
            "LineItems": Many(
                {
                    "Description": G(
                        lambda f: f.pick(
                            ["Diesel B7", "Fleet card fee", "AGO bulk", "Regular 87", "Car wash"]
                        )
                    ),
                    "Quantity": G(lambda f: round(f.r.uniform(1, 4000), 2)),
                    "UnitPrice": G(lambda f: money(f, 1, 3)),
                    "Sku": G(lambda f: f.pick(["FUEL-DSL", "FEE-CARD", "FUEL-AGO", "FUEL-R87", "WASH-EXP"])),
                },
                4,
            ),
        },
    ),
    (
        "page",
        "Stations",
        ["web"],
        ALL,
        {
            "path": G(lambda f: f.pick(["/stations", "/rewards", "/fleet", "/careers/apply", "/receipts"])),
            "url": G(lambda f: "https://www.meridianfuels.com" + f.pick(["/stations", "/rewards", "/fleet"])),
            "title": G(
                lambda f: f.pick(
                    ["Find a station | Meridian", "Meridian Rewards", "Fleet cards | Meridian Business"]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://l.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?lang=th", "?utm_source=line", "?province=ON"])),
            "name": G(lambda f: f.pick(["Stations", "Rewards", "Fleet", "Careers"])),
            "category": G(lambda f: f.pick(["marketing", "account", "business"])),
        },
    ),
    (
        "screen",
        "Pump Select",
        MOBILE,
        ALL,
        {
            "name": G(lambda f: f.pick(["Pump Select", "Wallet", "Rewards", "Car Wash", "Receipts"])),
            "previous_screen": G(lambda f: f.pick(["Home", "Map", "Station Detail", "Offers"])),
        },
    ),
    (
        "track",
        "Fleet Lead Submitted",
        ["web"],
        ALL,
        {
            "lead_id": G(lambda f: f.uuid()),
            "company_name": G(
                lambda f: f.pick(
                    ["Kerry Express", "Chisco Transport", "Northern Haul Ltd", "Bolt Drivers Coop"]
                )
            ),
            "company_size": G(lambda f: f.pick(["1-10", "11-50", "51-200", "200+"])),
            "fleet_size": G(lambda f: f.r.randint(2, 600)),
            "contact_name": Y(lambda f: f.full_name(), "name"),
            "contact_email": Y(lambda f: f.email(), "email"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "job_title": G(lambda f: f.pick(["Owner", "Fleet Manager", "Logistics Lead", "CFO"])),
            "province": G(lambda f: f.region()),
            "gclid": Y(lambda f: "Cj0KCQ" + f.hexid(18) + "_BwE", "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(40), "advertising id"),
            "consent_marketing": G(lambda f: f.pick([True, False])),
            "message": G(
                lambda f: f.pick(
                    [
                        "Need cards for 40 trucks",
                        "Interested in diesel bulk pricing",
                        "",
                        "Do you support telematics integration?",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Support Message Sent",
        MOBILE,
        ALL,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@mail.meridianfuels.com>"),
            "sender": G(lambda f: f.pick(["user", "user", "bot"])),
            "text": Y(chat_text, "phone|email", True),
            "channel": G(lambda f: f.pick(["in_app", "whatsapp", "line"])),
        },
    ),
    (
        "track",
        "OTP Submitted",
        ["rn", "flutter", "kotlin"],
        ALL,
        {
            "input": RED(lambda f: f.code(6), "token", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "masked_destination": G(
                lambda f: f.pick(["+234 803 *** **67", "08*-***-4471", "j***@gmail.com", "+1 416-***-**12"])
            ),
            "success": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Guest Receipt Lookup",
        ["web"],
        ALL,
        {
            "lookup_type": G(lambda f: "email"),
            "value": Y(lambda f: f.email(), "email", True),
            "found": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Saved Place Added",
        MOBILE,
        ALL,
        {
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "label": G(lambda f: f.pick(["Home", "Work", "Gym", "School run", "Mum's place"])),
            "address": Y(lambda f: f.address_line(), "address"),
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "session_token": G(lambda f: f.uuid()),
            "category": G(lambda f: f.pick(["home", "work", "other"])),
        },
    ),
    (
        "track",
        "Vehicle Added",
        MOBILE,
        ALL,
        {
            "vehicle_id": G(lambda f: f.uuid()),
            "label": G(lambda f: f.pick(["My Vios", "Work truck", "Big Red", "The Camry", "Weekend bike"])),
            "make": G(lambda f: f.pick(["Toyota", "Honda", "Isuzu", "Ford", "Hyundai", "Kia"])),
            "model": G(lambda f: f.pick(["Vios", "City", "D-Max", "F-150", "Elantra", "Sportage"])),
            "year": G(lambda f: f.r.randint(2005, 2024)),
            "fuel_type": G(lambda f: f.pick(["gasoline", "diesel", "hybrid", "electric"])),
            "plate_number": Y(lambda f: f.plate(), "license"),
            "province": G(lambda f: f.region()),
            "vin": Y(lambda f: f.vin(), "serial"),
            "is_default": G(lambda f: f.pick([True, False])),
            "odometer_km": G(lambda f: f.r.randint(5000, 420000)),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ["web"],
        ("CA", "NG"),
        {
            "job_id": G(lambda f: "REQ-" + f.digits(5)),
            "position": G(
                lambda f: f.pick(
                    [
                        "Customer Service Representative",
                        "Store Manager",
                        "Car Wash Attendant",
                        "Forecourt Attendant",
                    ]
                )
            ),
            "station_id": G(lambda f: f.station_id()),
            "city": G(lambda f: f.city()),
            "applicant_name": Y(lambda f: f.full_name(), "name"),
            "applicant_email": Y(lambda f: f.email(), "email"),
            "applicant_phone": Y(lambda f: f.phone(), "phone"),
            "years_experience": G(lambda f: f.r.randint(0, 15)),
            "legally_entitled_to_work": RED(lambda f: f.pick(["yes", "no", "yes_with_permit"]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "expected_hourly_wage": Y(lambda f: f.hourly_wage(), "salary"),
            "available_start": G(lambda f: f.date(2024, 2025)),
            "has_drivers_licence": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["indeed", "jobberman", "careers_site", "referral"])),
        },
    ),
    (
        "track",
        "Shift Started",
        ["kotlin"],
        ALL,
        {
            "employee_id": G(lambda f: "S" + f.digits(5)),
            "employee_name": Y(lambda f: f.full_name(), "name"),
            "role": G(lambda f: f.pick(["cashier", "forecourt", "supervisor", "wash"])),
            "station_id": G(lambda f: f.station_id()),
            "shift_id": G(lambda f: f.uuid()),
            "float_amount": G(lambda f: money(f, 100, 300)),
            "clock_in_lat": Y(lambda f: f.lat(), "geolocation"),
            "clock_in_lng": Y(lambda f: f.lon(), "geolocation"),
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
        },
    ),
    (
        "track",
        "Age Verification Completed",
        ["java"],
        ALL,
        {
            "verification_id": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["id_scan", "visual", "id_scan"])),
            "id_type": G(lambda f: f.pick(["drivers_licence", "drivers_licence", "photo_card"])),
            "dob": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "age": G(lambda f: f.r.randint(17, 74)),
            "passed": G(lambda f: f.pick([True, False])),
            "dl_number": Y(lambda f: f.dl_number(), "license"),
            "id_expiry": G(lambda f: f.date(2024, 2030)),
            "product_category": G(lambda f: f.pick(["tobacco", "alcohol", "lottery", "vape"])),
            "cashier_id": G(lambda f: f.digits(4)),
            "store_id": G(lambda f: f.station_id()),
        },
    ),
    (
        "track",
        "Discount Applied",
        ["swift", "kotlin"],
        ("CA",),
        {
            "order_id": G(lambda f: f.hexid(24)),
            "veteran_verified": RED(lambda f: f.pick([True, False]), "veteran"),
            "senior_discount": G(lambda f: f.pick([True, False])),
            "discount_amount": G(lambda f: money(f, 0.5, 8)),
        },
    ),
    (
        "track",
        "Pump Assistance Requested",
        ["swift", "kotlin"],
        ("CA",),
        {
            "request_id": G(lambda f: f.uuid()),
            "station_id": G(lambda f: f.station_id()),
            "pump_number": G(lambda f: f.r.randint(1, 16)),
            "uses_mobility_aid": RED(lambda f: f.pick([True, False]), "disability"),
            "accessible_parking_permit": RED(lambda f: f.pick("ABCDEFG") + f.digits(7), "disability"),
            "vehicle_color": G(lambda f: f.pick(["white", "silver", "black", "grey", "red", "blue"])),
            "callback_phone": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "track",
        "Roadside Assistance Requested",
        MOBILE,
        ALL,
        {
            "request_id": G(lambda f: f.uuid()),
            "coverage": {
                "insurer": G(lambda f: f.pick(["AXA Mansard", "Viriyah Insurance", "Intact", "AIICO"])),
                "policy_number": Y(
                    lambda f: f.pick(["AXA", "VIR", "INT", "AIC"]) + "-" + f.digits(8), "identification"
                ),
                "member_number": Y(lambda f: f.digits(10), "identification"),
            },
            "location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 80)),
            },
            "vehicle_vin": Y(lambda f: f.vin(), "serial"),
            "plate": Y(lambda f: f.plate(), "license"),
            "issue": G(
                lambda f: f.pick(["flat_tyre", "out_of_fuel", "battery", "lockout", "ev_out_of_charge"])
            ),
            "callback_phone": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "track",
        "Signed In",
        ["go"],
        ALL,
        {
            "method": G(lambda f: f.pick(["magic_link", "otp", "password", "google", "line"])),
            "success": G(lambda f: f.pick([True, False])),
            "magic_link_token": RED(lambda f: f.hexid(12) + f.hexid(20), "token"),
            "failed_attempts": G(lambda f: f.r.randint(0, 5)),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Card PIN Changed",
        ["kotlin", "swift"],
        ALL,
        {
            "card_last4": G(lambda f: f.code(4)),
            "new_pin": RED(lambda f: f.code(4), "password"),
            "pin_length": G(lambda f: 4),
            "channel": G(lambda f: f.pick(["app", "ivr", "web"])),
        },
    ),
    (
        "track",
        "Inbound Call",
        ["node"],
        ("CA",),
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "+1" + f.pick(["416", "647", "403", "514", "604"]) + f.digits(7), "phone"),
            "To": G(lambda f: f.pick(["+18005550142", "+18885550199", "+14165550100"])),
            "Direction": G(lambda f: "inbound"),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed", "no-answer"])),
            "FromCity": Y(
                lambda f: f.pick(["TORONTO", "CALGARY", "MONTREAL", "OTTAWA", "MISSISSAUGA"]), "city"
            ),
            "FromState": G(lambda f: f.pick(["ON", "AB", "QC"])),
            "FromZip": Y(lambda f: f.zip(), "zipcode"),
            "FromCountry": G(lambda f: "CA"),
            "CallerName": Y(lambda f: f.last().upper() + " " + f.first().upper(), "name"),
            "Duration": G(lambda f: f.r.randint(0, 900)),
        },
    ),
    (
        "track",
        "Conversions API Event",
        ["python"],
        ALL,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Subscribe", "Lead"])),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "action_source": G(lambda f: f.pick(["app", "website", "physical_store"])),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "fn": Y(lambda f: f.sha256(), "name"),
                "ln": Y(lambda f: f.sha256(), "name"),
                "db": Y(lambda f: f.sha256(), "birthdate"),
                "zp": Y(lambda f: f.sha256(), "zipcode"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "external_id": G(lambda f: f.sha256()),
                "country": G(lambda f: f.sha256()),
            },
            "custom_data": {
                "value": G(lambda f: money(f, 5, 120)),
                "currency": G(lambda f: f.cur()),
                "content_ids": Many(G(lambda f: "CS-" + f.digits(6)), 3),
                "content_type": G(lambda f: "product"),
            },
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "flutter"],
        ALL,
        {
            "referral_code": G(lambda f: "MRD-" + f.hexid(5).upper()),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "line", "copy_link"])),
            "invitee_phone": Y(lambda f: f.phone(), "phone"),
            "invitee_name": Y(lambda f: f.first(), "name"),
            "reward_points": G(lambda f: f.pick([250, 500, 1000])),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web", "swift"],
        ALL,
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "gift_card_number": G(lambda f: "6036" + f.digits(15)),
            "gift_card_pin": RED(lambda f: f.code(4), "password|secret"),
            "amount": G(lambda f: f.pick([25, 50, 100, 500, 1000, 5000])),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "sender_name": Y(lambda f: f.first(), "name"),
            "gift_message": G(
                lambda f: f.pick(
                    ["Happy birthday!", "Drive safe", "Thanks for everything", "Merry Christmas 🎄"]
                )
            ),
            "delivery_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Fuel Delivery Ordered",
        ["rn", "web"],
        ("NG",),
        {
            "order_id": G(lambda f: f.hexid(24)),
            "product": G(lambda f: f.pick(["AGO", "PMS", "DPK"])),
            "litres": G(lambda f: f.pick([100, 200, 500, 1000, 3300])),
            "delivery_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "area": Y(
                    lambda f: f.pick(
                        ["Lekki Phase 1", "Ikoyi", "Maitama", "GRA Phase 2", "Bodija", "Victoria Island"]
                    ),
                    "address|city",
                ),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.region()),
                "landmark": Y(
                    lambda f: f.pick(
                        [
                            "Opposite Shoprite",
                            "Behind Mega Plaza",
                            "Close to Access Bank",
                            "Beside the mosque",
                            "After the second roundabout",
                        ]
                    ),
                    "address",
                ),
            },
            "site_contact_name": Y(lambda f: f.full_name(), "name"),
            "site_contact_phone": Y(lambda f: f.phone(), "phone"),
            "driver_masked_number": G(
                lambda f: f.pick(["+234 201 330 0101", "+234 201 330 0102", "+234 201 330 0144"])
            ),
            "scheduled_for": G(lambda f: f.iso()),
            "generator_kva": G(lambda f: f.pick([20, 60, 100, 250, 500])),
        },
    ),
    (
        "track",
        "Pet Wash Booked",
        ["swift", "kotlin"],
        ("CA",),
        {
            "booking_id": G(lambda f: f.uuid()),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Maple", "Luna", "Rocky", "Poutine"])),
            "pet_breed": G(lambda f: f.pick(["Labrador", "Husky", "Poodle mix", "Bernese"])),
            "pet_weight_kg": G(lambda f: round(f.r.uniform(4, 55), 1)),
            "owner_name": Y(lambda f: f.full_name(), "name"),
            "owner_phone": Y(lambda f: f.phone(), "phone"),
            "slot_time": G(lambda f: f.iso()),
            "station_id": G(lambda f: f.station_id()),
        },
    ),
    (
        "track",
        "Station Rated",
        MOBILE,
        ALL,
        {
            "station_id": G(lambda f: f.station_id()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    ["Clean washrooms", "Pump 3 is slow", "", "Great coffee", "Card reader broken again"]
                )
            ),
            "tags": Many(G(lambda f: f.pick(["cleanliness", "speed", "staff", "price", "safety"])), 3),
        },
    ),
    (
        "track",
        "PromptPay QR Paid",
        ["flutter"],
        ("TH",),
        {
            "qr_ref": G(lambda f: "PP" + f.digits(14)),
            "amount": G(lambda f: money(f, 2, 80)),
            "payer_bank": G(lambda f: f.pick(["KBANK", "SCB", "BBL", "KTB", "TTB"])),
            "payer_account_masked": G(lambda f: f"xxx-x-x{f.code(4)}-x"),
            "payer_name": Y(
                lambda f: f.pick(
                    [
                        f.full_name(),
                        "นาย " + f.pick(THAI_SCRIPT_NAMES),
                        "MR. " + f.first().upper() + " " + f.last().upper(),
                    ]
                ),
                "name",
            ),
            "transaction_ref": G(lambda f: f.digits(8) + f.hexid(12).upper()),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "POS Card Payment",
        ["java"],
        ("NG",),
        {
            "terminal_id": G(lambda f: "2058" + f.hexid(4).upper()),
            "rrn": G(lambda f: f.digits(12)),
            "pan_masked": G(lambda f: f"{f.pick(['539983', '506099', '418742'])}******{f.code(4)}"),
            "card_holder": Y(lambda f: f"{f.last().upper()}/{f.first().upper()}", "name"),
            "response_code": G(lambda f: f.pick(["00", "51", "55", "91"])),
            "amount": G(lambda f: f.r.randint(10, 900) * 1000),
            "aid": G(lambda f: f.pick(["A0000000041010", "A0000000031010", "A0000003710001"])),
        },
    ),
    (
        "track",
        "Loyalty Points Earned",
        ["ruby"],
        ALL,
        {
            "member_number": G(lambda f: f.loyalty_number()),
            "points": G(lambda f: f.r.randint(5, 1500)),
            "balance": G(lambda f: f.r.randint(0, 60000)),
            "source": G(lambda f: f.pick(["fuel", "cstore", "wash", "ev"])),
            "tier": G(lambda f: f.pick(["Blue", "Silver", "Gold", "Platinum"])),
            "station_id": G(lambda f: f.station_id()),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "expires_at": G(lambda f: f.date(2025, 2026)),
        },
    ),
    (
        "track",
        "Account Deleted",
        ["php"],
        ALL,
        {
            "reason": G(lambda f: f.pick(["moving", "too_many_emails", "switched_brand", "other"])),
            "had_saved_card": G(lambda f: f.pick([True, False])),
            "address_count": G(lambda f: f.r.randint(0, 3)),
            "erasure_mode": G(lambda f: f.pick(["soft", "hard", "anonymise"])),
            "points_forfeited": G(lambda f: f.r.randint(0, 20000)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        ALL,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([2, 3, 4])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "verve"])),
            "save_card": G(lambda f: f.pick([True, False])),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Unit 4", "Suite 210", "Floor 3", "Room 1502", "Flat 2B"]),
                    "address|street",
                ),
                "city": Y(lambda f: f.city(), "city"),
                "province": G(lambda f: f.region()),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
        },
    ),
    (
        "track",
        "Fleet Credit Application Submitted",
        ["web"],
        ("CA",),
        {
            "application_id": G(lambda f: "APP-" + f.digits(7)),
            "business_name": G(
                lambda f: f.pick(["Northern Haul Ltd", "Gill Bros Trucking", "Maple Courier Inc."])
            ),
            "business_number": G(lambda f: f.digits(9) + "RT0001"),
            "monthly_fuel_spend": G(lambda f: f.r.randint(2, 200) * 500),
            "requested_limit": G(lambda f: f.r.randint(2, 100) * 1000),
            "guarantor": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "date_of_birth": Y(lambda f: f.date(1950, 1999), "birthdate"),
                "sin": RED(lambda f: f.sin(), "national id|social security number"),
                "home_address": Y(lambda f: f.address_line(), "address"),
                "personal_credit_score": Y(lambda f: f.r.randint(540, 850), "credit score"),
                "annual_income": Y(lambda f: f.r.randint(40, 320) * 1000, "salary"),
            },
            "bank_reference": {
                "institution": G(
                    lambda f: f.pick(["RBC Royal Bank", "TD Canada Trust", "Desjardins", "BMO"])
                ),
                "transit_number": G(lambda f: f.digits(5)),
                "account_number": RED(lambda f: f.bank_account(), "bank account"),
            },
        },
    ),
    (
        "track",
        "Driver Profile Updated",
        ["kotlin", "rn"],
        ("NG",),
        {
            "driver_id": G(lambda f: "E" + f.digits(5)),
            "gsm_no": Y(lambda f: f.phone(), "phone"),
            "alt_phone_no": Y(lambda f: f.phone(), "phone"),
            "home_address": Y(lambda f: f.street(), "address"),
            "state_of_residence": G(lambda f: f.region()),
            "marital_status": G(lambda f: f.pick(["Single", "Married", "Divorced", "Widowed"])),
            "date_of_birth": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "drivers_licence_no": Y(lambda f: f.dl_number(), "license"),
            "guarantor_name": Y(lambda f: f.full_name(), "name"),
            "guarantor_phone": Y(lambda f: f.phone(), "phone"),
            "passport_photo_url": Y(
                lambda f: f"https://res.cloudinary.com/meridian-ng/image/upload/v1/drivers/{f.hexid(20)}.jpg",
                "photo",
            ),
            "blood_group": Y(lambda f: f.pick(["O+", "A+", "B+", "AB+", "O-"]), "condition"),
            "genotype": Y(lambda f: f.pick(["AA", "AS", "SS", "AC"]), "condition|diagnosis"),
        },
    ),
    (
        "track",
        "Fuel Delivery Completed",
        ["rn"],
        ("NG",),
        {
            "order_id": G(lambda f: f.hexid(24)),
            "litres_delivered": G(lambda f: f.pick([98.5, 200.0, 497.2, 1000.0, 3290.4])),
            "meter_start": G(lambda f: f.r.randint(100000, 999999)),
            "signed_by": Y(lambda f: f.full_name(), "name", True),
            "delivered_lat": Y(lambda f: f.lat(), "geolocation"),
            "delivered_lng": Y(lambda f: f.lon(), "geolocation"),
        },
    ),
    (
        "track",
        "Contacts Synced",
        ["rn"],
        ("NG", "TH"),
        {
            "permission": G(lambda f: f.pick(["granted", "limited"])),
            "contacts_count": G(lambda f: f.r.randint(20, 900)),
            "contacts": Many(
                {
                    "displayName": Y(
                        lambda f: f.pick(
                            [
                                f.full_name(),
                                f.first(),
                                f.first() + " " + f.pick(["Work", "Mechanic", "Landlord"]),
                            ]
                        ),
                        "name",
                    ),
                    "phoneNumbers": Many(Y(lambda f: f.phone(), "phone"), 2),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Incident Reported",
        ["kotlin"],
        ALL,
        {
            "incident_id": G(lambda f: f.uuid()),
            "incident_type": G(lambda f: f.pick(["drive_off", "spill", "slip_and_fall", "pump_damage"])),
            "station_id": G(lambda f: f.station_id()),
            "reported_by": Y(lambda f: f.full_name(), "name", True),
            "offender_plate": Y(lambda f: f.plate(), "license"),
            "description": Y(incident_text, "license", True),
            "witness_phone": Y(lambda f: f.phone(), "phone"),
            "cctv_clip_id": G(lambda f: f.hexid(16)),
        },
    ),
    (
        "alias",
        None,
        MOBILE,
        ALL,
        None,
    ),
]


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, countries, body in EVENTS:
            f.cc = f.pick(countries)
            f.company_index = f.r.randint(0, 5)
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": {"web": "ajs-next-", "node": "node-next-"}.get(client, "") + f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(9),
            }
            if kind in ("track", "screen", "page") and event:
                msg["event" if kind == "track" else "name"] = event
            if kind == "group":
                msg["groupId"] = "FLT-" + f.digits(6)
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=235, repeats=34)
    write(Path(__file__).parent, "holdout235_", events, labels)
