"""Writes holdout206: tests/corpus/holdout206_events.jsonl and holdout206_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py's format
only, without reading the detection engine, its vocabularies, its tests or any other corpus's
labels, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout206` (seeded, deterministic).

What it covers: the traffic of a tattoo and piercing studio booking app ("InkPass") with studios
in the US, the UK and Thailand. Artist portfolios and search, booking requests, reschedules and
cancellations, deposits (Stripe-shaped card payments, UK bank refunds, Thai PromptPay / bank
transfers), consent forms (age verification with an identity document, a guardian's consent for
a minor's piercing, medical questions: blood thinners, pregnancy, skin conditions, allergies,
diabetes, communicable disease, a GP's name), aftercare reminders by SMS (Twilio status-callback
shape) and WhatsApp (Cloud API webhook shape), aftercare check-ins with symptoms, an aftercare
shop with the e-commerce spec events, gift cards, referrals, reviews, sign-in with passwords,
magic links and one-time codes, studio staff onboarding (pay, licences, right to work, payroll
bank details), a front-desk POS on .NET, a Census-style reverse-ETL identify from the warehouse,
a Meta Conversions-API-shaped server event, group calls for studios and alias calls.

Conventions: contexts as the real client libraries send them: analytics.js (page, userAgent,
userAgentData, campaign, ip), analytics-swift (reports `analytics-ios`), analytics-kotlin,
analytics-react-native (with a location plugin), analytics_flutter, and server libraries
(python, node with externalIds, go, java, ruby, php, .NET). Keys are mostly camelCase and
snake_case; about a fifth (121 of 640 paths) are PascalCase (.NET POS, Twilio), kebab-case (a
booking widget's webhook), SCREAMING_SNAKE (warehouse sync) and Thai (the Bangkok branch's
backend). Values
are generated per region (US / UK / TH) with national phone formats, postcodes, names from many
cultures (Thai in Latin and Thai script), Luhn-valid cards, mod-97 IBANs, SSA-structured SSNs,
UK NINOs with valid prefixes and Thai national ids with their check digit.

Labelling rules (the product's default colours):
- Every leaf path has a classification, a type (the reference matcher's name, or `bank account`,
  `geolocation`, `secret`, `national id`, `health id`, `advertising id`; `a|b` when either is
  fair) and value_only (the key does not say what the value is; only the value can tell).
- Personal data about a natural person (the user, a gift recipient, a referred friend, a
  guardian or minor, an emergency contact, a GP, a staff member) is yellow in the reference's
  colour; credentials, secrets, one-time and gift-card codes, card numbers, bank accounts,
  identity-document numbers, visa / right-to-work answers and the last four of an SSN are red.
- Green: ids we or our vendors issue (booking, order, Stripe `pi_`/`ch_`/`cus_`/`re_`, Twilio
  SIDs, WhatsApp message ids, verification-session ids, loyalty numbers), versions, timestamps
  and dates of appointments, amounts, enums, counters and booleans under PII-sounding keys
  (`emailVerified`, `smsOptIn`, `dobVerified`), ages and age bands, card brand / last four /
  expiry / BIN, sort codes and routing numbers, product, studio, hotel and pet names, the
  studio's own phone, e-mail (role mailboxes) and address, searched places, studio coordinates,
  user agents and OS-issued analytics device ids, hashes of our own ids.
- Special categories: a boolean or enum that reveals health (pregnant, takes blood thinners, has
  diabetes, symptoms after a tattoo) carries that category (`condition`, `medication`,
  `allergy`), yellow as the reference has them. Nationality is `citizenship`.
- Contested cases follow the product's published policy: pay, hourly rates and commission splits
  are `salary`; ad click / browser ids (gclid, fbclid, fbp, fbc) are `advertising id`; billing
  and shipping addresses are `address`; a Stripe `pm_` id, OAuth tokens, a magic link's token
  and verification codes are `token`; identity-document numbers are `national id` / `passport`
  (a guardian's or a POS's "ID number" may be a driving licence: `national id|passport|license`).
- Decisions of my own, as a careful privacy owner would want them: a LINE ID (a chat handle the
  person chose) is `name|identification`; a UK right-to-work share code is `visa`; a gift card's
  redemption code and PIN are bearer secrets (`token|secret`, red); a photo of the person's skin
  (placement, healing, review photos) and of an ID document is `photo`; an APNs push token is a
  red `token`; body placement, style and piercing type are green (cosmetic, not health);
  customers' free-text replies and design ideas carry no PII in these events and are green.
- Free text is labelled by what every one of its values carries: each value_only PII path holds
  that PII in every value (the SMS body and gift message always greet the person by name; the
  chatbot's answer to "best number or e-mail?" is always one of the two); free text with no
  PII in any value is green.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places, per region ------------------------------------------------------------------

US_FIRST = [
    "Madison",
    "Tyler",
    "Jasmine",
    "DeShawn",
    "Brianna",
    "Cody",
    "Ximena",
    "José",
    "Kayla",
    "Hunter",
    "Aaliyah",
    "Jordan",
    "Marisol",
    "Trevor",
    "Keanu",
    "Savannah",
]
US_LAST = [
    "Johnson",
    "Martinez",
    "Williams",
    "Nguyen",
    "Robinson",
    "Hernandez",
    "Kim",
    "Washington",
    "Rodriguez",
    "Miller",
    "Begay",
    "Sullivan",
    "Kowalczyk",
    "Abernathy",
    "Delgado",
]
UK_FIRST = [
    "Oliver",
    "Amelia",
    "Harry",
    "Isla",
    "George",
    "Aoife",
    "Callum",
    "Niamh",
    "Rhys",
    "Eilidh",
    "Freya",
    "Alfie",
    "Zainab",
    "Tomasz",
    "Imogen",
    "Kofi",
]
UK_LAST = [
    "Thompson",
    "Evans",
    "Walsh",
    "MacLeod",
    "Hughes",
    "Patel",
    "Begum",
    "Okonkwo",
    "Davies",
    "Ahmed",
    "Fitzgerald",
    "Wright",
    "Nowak",
    "Campbell",
    "Ó Súilleabháin",
]
TH_FIRST = [
    "Somchai",
    "Nattaya",
    "Kittipong",
    "Pimchanok",
    "Thanawat",
    "Siriporn",
    "Anurak",
    "Kanokwan",
    "Wichai",
    "Ploy",
    "Chayanin",
    "Supaporn",
    "Arthit",
    "Malee",
    "Jirapat",
]
TH_LAST = [
    "Jaidee",
    "Srisuk",
    "Wongsawat",
    "Boonmee",
    "Chaiyaporn",
    "Saetang",
    "Phromma",
    "Kongkaew",
    "Sukprasert",
    "Thongdee",
    "Intharasuk",
    "Rattanapong",
    "Charoenkul",
]
TH_SCRIPT = [
    ("สมชาย", "ใจดี"),
    ("ณัฐธิดา", "ศรีสุข"),
    ("กิตติพงษ์", "วงศ์สวัสดิ์"),
    ("พิมพ์ชนก", "บุญมี"),
    ("ธนวัฒน์", "ชัยพร"),
    ("ศิริพร", "แซ่ตั้ง"),
    ("อนุรักษ์", "พรหมมา"),
    ("กนกวรรณ", "ทองดี"),
    ("วิชัย", "สุขประเสริฐ"),
    ("มาลี", "อินทรสุข"),
    ("จิราพัชร", "เจริญกุล"),
]
WORLD = [
    ("Yuki", "Tanaka"),
    ("Min-jun", "Park"),
    ("Wei", "Zhang"),
    ("Priya", "Raghunathan"),
    ("Mohammed", "Al-Farsi"),
    ("Chidinma", "Eze"),
    ("Agnieszka", "Nowak"),
    ("Lukas", "Schmidt"),
    ("Sofía", "Castillo"),
    ("Dmitri", "Volkov"),
    ("Ana Luísa", "Ferreira"),
    ("Kwabena", "Asante"),
    ("Ingrid", "Johansson"),
    ("Fatma", "Y\u0131lmaz"),
    ("Thi Mai", "Tran"),
    ("Léa", "Moreau"),
    ("Arjun", "Menon"),
    ("Siobhán", "Ní Bhriain"),
    ("Mateus", "Oliveira"),
    ("Hamid", "Karimi"),
]
FIRSTS = {"us": US_FIRST, "uk": UK_FIRST, "th": TH_FIRST}
LASTS = {"us": US_LAST, "uk": UK_LAST, "th": TH_LAST}

CITIES = {
    "us": ["Chicago", "Brooklyn", "Portland", "Austin", "Los Angeles", "New Orleans", "Atlanta", "Miami"],
    "uk": ["London", "Bristol", "Manchester", "Glasgow", "Leeds", "Brighton", "Cardiff", "Edinburgh"],
    "th": ["Bangkok", "Chiang Mai", "Phuket", "Pattaya", "Nonthaburi", "Khon Kaen", "Hat Yai"],
}
STREETS = {
    "us": [
        "N Milwaukee Ave",
        "Bedford Ave",
        "SE Hawthorne Blvd",
        "E 6th St",
        "Magazine St",
        "Peachtree St NE",
        "Collins Ave",
        "W Sunset Blvd",
    ],
    "uk": [
        "Brick Lane",
        "Stokes Croft",
        "Deansgate",
        "Sauchiehall Street",
        "Kirkgate",
        "North Road",
        "Mill Lane",
        "Church Street",
        "Victoria Road",
    ],
    "th": [
        "Sukhumvit Soi 31",
        "Nimmanhaemin Soi 7",
        "Rat-U-Thit 200 Pi Rd",
        "Moo 4, Chalong",
        "Charoen Krung Rd",
        "Tha Phae Rd",
        "Phahonyothin Rd",
    ],
}
STATES = {
    "us": ["IL", "NY", "OR", "TX", "CA", "LA", "GA", "FL"],
    "uk": ["England", "Scotland", "Wales"],
    "th": ["Bangkok", "Chiang Mai", "Phuket", "Chon Buri", "Nonthaburi"],
}
COUNTRY = {"us": "US", "uk": "GB", "th": "TH"}
CURRENCY = {"us": "USD", "uk": "GBP", "th": "THB"}
LOCALE = {"us": ["en-US", "es-US"], "uk": ["en-GB"], "th": ["th-TH", "en-TH", "en-US", "de-DE"]}
TZ = {
    "us": ["America/Chicago", "America/New_York", "America/Los_Angeles"],
    "uk": ["Europe/London"],
    "th": ["Asia/Bangkok"],
}
STUDIOS = {
    "us": [
        ("stu_chi01", "Iron Lotus Tattoo", "Chicago", "+1 312-555-0147", "1532 N Milwaukee Ave"),
        ("stu_bk02", "Saint Sailor Tattoo Co.", "Brooklyn", "+1 718-555-0199", "218 Bedford Ave"),
        ("stu_pdx03", "Rose City Piercing", "Portland", "+1 503-555-0123", "3520 SE Hawthorne Blvd"),
    ],
    "uk": [
        ("stu_ldn01", "Inkhaus Shoreditch", "London", "+44 20 7946 0321", "91 Brick Lane"),
        ("stu_bri02", "Bristol Needleworks", "Bristol", "+44 117 496 0477", "40 Stokes Croft"),
        ("stu_man03", "Northern Lights Tattoo", "Manchester", "+44 161 496 0852", "12 Oldham Street"),
    ],
    "th": [
        ("stu_bkk01", "Bangkok Ink Society", "Bangkok", "+66 2 123 4567", "27 Sukhumvit Soi 11"),
        ("stu_cnx02", "Nimman Needle Studio", "Chiang Mai", "+66 53 222 910", "9 Nimmanhaemin Soi 9"),
        ("stu_hkt03", "Patong Pirates Tattoo", "Phuket", "+66 76 340 118", "88 Bangla Rd"),
        ("stu_usm04", "Sak Yant Samui", "Koh Samui", "+66 77 413 226", "14/3 Moo 2, Bo Phut"),
    ],
}
STUDIO_LATLNG = {
    "Chicago": (41.9097, -87.6774),
    "Brooklyn": (40.7178, -73.9577),
    "Portland": (45.5120, -122.6270),
    "London": (51.5216, -0.0717),
    "Bristol": (51.4623, -2.5898),
    "Manchester": (53.4830, -2.2357),
    "Bangkok": (13.7433, 100.5551),
    "Chiang Mai": (18.7990, 98.9680),
    "Phuket": (7.8931, 98.2970),
    "Koh Samui": (9.5570, 100.0280),
}
STYLES = [
    "fine line",
    "blackwork",
    "american traditional",
    "neo-traditional",
    "japanese irezumi",
    "realism",
    "sak yant",
    "dotwork",
    "micro realism",
    "script",
    "watercolor",
]
PLACEMENTS = [
    "inner forearm",
    "outer forearm",
    "upper arm",
    "ribs",
    "sternum",
    "ankle",
    "calf",
    "thigh",
    "shoulder blade",
    "behind ear",
    "wrist",
    "full back",
    "half sleeve",
]
PIERCINGS = [
    "earlobe",
    "helix",
    "conch",
    "daith",
    "tragus",
    "nostril",
    "septum",
    "industrial",
    "rook",
    "navel",
    "eyebrow",
    "lip",
]
PRODUCTS = [
    ("prod_1001", "SAL-100", "Sterile Saline Wound Wash 100ml", "NeilMed", "Aftercare", 9.5),
    ("prod_1002", "BAL-030", "Tattoo Balm 30g", "Hustle Butter", "Aftercare", 14.0),
    ("prod_1003", "FLM-ROLL", "Second Skin Film Roll 10m", "Saniderm", "Aftercare", 24.0),
    ("prod_2001", "TI-LAB-16-8", "Titanium Labret 16g 8mm", "InkPass Jewelry", "Jewelry", 28.0),
    ("prod_2002", "AU-SEP-14K", "Septum Clicker 14k Gold", "InkPass Jewelry", "Jewelry", 120.0),
    ("prod_2003", "TI-HOOP-18", "Seamless Titanium Hoop 18g", "InkPass Jewelry", "Jewelry", 32.0),
    ("prod_3001", "SOAP-UNS", "Unscented Antibacterial Soap 250ml", "Dr. Bronner's", "Aftercare", 11.0),
    ("prod_4001", "TEE-FLASH", "Flash Sheet Tee", "InkPass", "Merch", 30.0),
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Safari Line/14.3.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 "
    "Mobile Safari/537.36 Instagram 327.0.0.42.91 Android",
]
EMAIL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "proton.me"],
    "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "icloud.com", "yahoo.co.uk"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th", "icloud.com"],
}
ALNUM = string.ascii_letters + string.digits


def ascii_fold(text: str) -> str:
    text = text.translate(str.maketrans({"\u0131": "i", "ł": "l", "ø": "o", "đ": "d"}))
    return "".join(c for c in unicodedata.normalize("NFKD", text) if ord(c) < 128)


class Studio(Fake):
    """fake.Fake with a region (us / uk / th) set per message, so formats agree within an event."""

    region = "us"

    def _person(self):
        if self.r.random() < 0.25:
            return self.pick(WORLD)
        return self.pick(FIRSTS[self.region]), self.pick(LASTS[self.region])

    def first(self):
        return self._person()[0]

    def last(self):
        return self._person()[1]

    def full_name(self):
        first, last = self._person()
        return f"{first} {last}"

    def th_script_name(self):
        first, last = self.pick(TH_SCRIPT)
        return f"{first} {last}"

    def email(self):
        first, last = self._person()
        user = ascii_fold(first).lower().replace(" ", "")
        last = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
        shape = self.pick(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{f}{n}", "{fi}{l}", "{f}.{l}{n}"])
        local = shape.format(f=user, l=last[:10], n=self.r.randint(1, 99), fi=user[:1])
        return f"{local}@{self.pick(EMAIL_DOMAINS[self.region])}"

    def phone(self, style=None):
        r = self.r
        if self.region == "uk":
            body = f"7{r.randint(100, 999)}{r.randint(100000, 999999)}"
            return self.pick(
                [
                    f"+44 {body[:4]} {body[4:]}",
                    f"0{body[:4]} {body[4:]}",
                    f"+44{body}",
                    f"0{body}",
                    f"+44 (0){body[:4]} {body[4:]}",
                ]
            )
        if self.region == "th":
            body = f"{self.pick(['6', '8', '9'])}{r.randint(1, 9)}{r.randint(1000000, 9999999)}"
            return self.pick(
                [
                    f"+66 {body[:2]} {body[2:5]} {body[5:]}",
                    f"0{body[:2]}-{body[2:5]}-{body[5:]}",
                    f"0{body}",
                    f"+66{body}",
                ]
            )
        area, ex, line = r.randint(201, 989), r.randint(201, 989), r.randint(0, 9999)
        return self.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"+1 {area}-{ex}-{line:04d}",
                f"{area}.{ex}.{line:04d}",
            ]
        )

    def e164(self):
        digits = "".join(c for c in self.phone() if c.isdigit())
        if self.region == "uk":
            return "+44" + digits[-10:]
        if self.region == "th":
            return "+66" + digits[-9:]
        return "+1" + digits[-10:]

    def street(self):
        n = self.r.randint(1, 2400)
        if self.region == "th":
            return f"{self.r.randint(1, 199)}/{self.r.randint(1, 60)} {self.pick(STREETS['th'])}"
        if self.region == "uk" and self.r.random() < 0.3:
            return f"Flat {self.r.randint(1, 12)}, {self.r.randint(1, 200)} {self.pick(STREETS['uk'])}"
        return f"{n} {self.pick(STREETS[self.region])}"

    def line2(self):
        return self.pick(
            {
                "us": ["Apt 3R", "Unit 12", "Apt 407", "#2F"],
                "uk": ["Top floor", "Flat B", "Basement"],
                "th": ["Condo One X, 18th fl", "Baan Suan Village", "Room 1204"],
            }[self.region]
        )

    def city(self):
        return self.pick(CITIES[self.region])

    def state(self):
        return self.pick(STATES[self.region])

    def zip(self):
        if self.region == "uk":
            area = self.pick(["E", "N", "SW", "SE", "NW", "M", "BS", "G", "LS", "BN", "CF", "EH"])
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            inward = f"{self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"
            return f"{area}{self.r.randint(1, 20)} {inward}"
        if self.region == "th":
            return self.pick(
                ["10110", "10330", "10500", "50200", "50100", "83150", "84320", "20150", "11000"]
            )
        z = f"{self.r.randint(10001, 99950)}"
        return z if self.r.random() < 0.8 else f"{z}-{self.r.randint(1000, 9999)}"

    def address_line(self):
        return f"{self.street()}, {self.city()} {self.zip()}"

    def thai_id(self, formatted=None):
        digits = [self.r.randint(1, 8)] + [self.r.randint(0, 9) for _ in range(11)]
        check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
        raw = "".join(map(str, digits)) + str(check)
        formatted = self.r.random() < 0.4 if formatted is None else formatted
        if formatted:
            return f"{raw[0]}-{raw[1:5]}-{raw[5:10]}-{raw[10:12]}-{raw[12]}"
        return raw

    def nino(self):
        first = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        while first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        d = self.digits(6)
        suffix = self.pick("ABCD")
        if self.r.random() < 0.5:
            return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
        return f"{first}{second}{d}{suffix}"

    def passport(self):
        kind = self.pick(["us", "uk", "th", "de", "au"]) if self.region == "th" else self.region
        if kind == "th":
            return "A" + self.pick("ABCDEFGHJ") + self.digits(7)
        if kind == "de":
            return "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if kind == "au":
            return self.pick(["PA", "PB", "N"]) + self.digits(7)
        if kind == "us":
            return self.pick(["A", "", "5"]) + self.digits(8)
        return self.digits(9)

    def id_document(self):
        if self.region == "th" and self.r.random() < 0.5:
            return self.thai_id()
        if self.region == "uk" and self.r.random() < 0.4:
            last = ascii_fold(self.last()).upper().replace(" ", "").replace("-", "")[:5].ljust(5, "9")
            initials = self.pick("ABCJMS") + self.pick("ABCJMS")
            return f"{last}{self.digits(6)}{initials}9{self.pick('AB')}{self.r.randint(10, 99)}"
        if self.region == "us" and self.r.random() < 0.5:
            return self.pick(["D", "S", "M", "W"]) + self.digits(self.pick([7, 8, 12]))
        return self.passport()

    def bank_account(self):
        if self.region == "th":
            d = self.digits(10)
            return self.pick([d, f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"])
        if self.region == "uk":
            return self.digits(8)
        return self.digits(self.pick([9, 10, 12]))

    def sort_code(self):
        return self.pick(["20-00-00", "40-47-84", "30-96-34", "60-16-13", "09-01-28", "04-00-04"])

    def routing(self):
        return self.pick(["021000021", "071000013", "123000220", "026009593", "322271627"])

    def money_r(self, lo, hi):
        scale = {"us": 1, "uk": 0.8, "th": 30}[self.region]
        return round(self.r.uniform(lo, hi) * scale, 0 if self.region == "th" else 2)

    def code(self, n, alphabet=string.ascii_uppercase + string.digits):
        return "".join(self.pick(alphabet) for _ in range(n))

    def stripe(self, prefix, n=24):
        return prefix + "".join(self.pick(ALNUM) for _ in range(n))

    def studio(self):
        """The message's studio (chosen once per message, so id, name and city agree)."""
        return self._studio

    def any_studio(self):
        return self.pick(STUDIOS[self.region])

    def new_product(self):
        self._product = self.pick(PRODUCTS)
        return self._product

    def future(self):
        r = self.r
        day = f"2024-{r.randint(6, 12):02d}-{r.randint(1, 28):02d}"
        clock = f"{r.choice([10, 11, 12, 13, 14, 15, 16, 17]):02d}:{r.choice(['00', '30'])}:00"
        offset = {"us": "-05:00", "uk": "+01:00", "th": "+07:00"}[self.region]
        return f"{day}T{clock}{offset}"

    def day(self):
        return f"2024-{self.r.randint(6, 12):02d}-{self.r.randint(1, 28):02d}"

    def near(self, value, spread=0.08):
        return round(value + self.r.uniform(-spread, spread), 6)


def g(fn):
    return G(fn)


# -- contexts as the client libraries send them -----------------------------------------------------


def web_context(f: Studio):
    pages = [
        "/",
        "/artists",
        "/artists/portfolio",
        "/book",
        "/book/deposit",
        "/shop",
        "/shop/checkout",
        "/gift-cards",
        "/consent",
        "/account",
    ]
    return {
        "library": {
            "name": g(lambda f: "analytics.js"),
            "version": g(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": g(lambda f: f.pick(pages)),
            "referrer": g(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://l.instagram.com/",
                        "https://www.tiktok.com/",
                        "https://line.me/",
                    ]
                )
            ),
            "search": g(
                lambda f: f.pick(
                    [
                        "",
                        "?utm_source=instagram&utm_medium=social",
                        "?style=fine-line",
                        "?ref=artist_profile",
                        "?lang=th",
                    ]
                )
            ),
            "title": g(
                lambda f: f.pick(
                    [
                        "InkPass | Book tattoo & piercing artists",
                        "Artists \u2013 InkPass",
                        "Pay your deposit \u2013 InkPass",
                        "Aftercare shop \u2013 InkPass",
                    ]
                )
            ),
            "url": g(lambda f: "https://inkpass.app" + f.pick(pages)),
        },
        "userAgent": g(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": g(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": g(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": g(lambda f: f.pick([True, False])),
            "platform": g(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": g(lambda f: f.pick(LOCALE[f.region])),
        "timezone": g(lambda f: f.pick(TZ[f.region])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": g(lambda f: f.pick(["flash_friday", "spring_piercing", "songkran24", "gift_card_xmas"])),
            "source": g(lambda f: f.pick(["instagram", "google", "tiktok", "newsletter", "line_oa"])),
            "medium": g(lambda f: f.pick(["social", "cpc", "email", "paid_social"])),
            "term": g(
                lambda f: f.pick(
                    ["fine line tattoo near me", "helix piercing", "sak yant bangkok", "tattoo shop"]
                )
            ),
            "content": g(lambda f: f.pick(["reel_03", "carousel_a", "story_link"])),
        },
    }


def swift_context(f: Studio):
    return {
        "app": {
            "name": g(lambda f: "InkPass"),
            "version": g(lambda f: f.pick(["4.12.0", "4.12.1", "4.13.0"])),
            "build": g(lambda f: f.pick(["4120", "4121", "4130"])),
            "namespace": g(lambda f: "app.inkpass.ios"),
        },
        "device": {
            "id": g(lambda f: f.uuid().upper()),
            "manufacturer": g(lambda f: "Apple"),
            "model": g(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": g(lambda f: f.pick(["iPhone", "iPad"])),
            "type": g(lambda f: "ios"),
            "adTrackingEnabled": g(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "os": {"name": g(lambda f: "iOS"), "version": g(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": g(lambda f: f.pick([390, 393, 430])),
            "height": g(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": g(lambda f: f.pick([True, False])),
            "cellular": g(lambda f: f.pick([True, False])),
            "bluetooth": g(lambda f: False),
        },
        "library": {"name": g(lambda f: "analytics-ios"), "version": g(lambda f: "1.5.11")},
        "locale": g(lambda f: f.pick(LOCALE[f.region])),
        "timezone": g(lambda f: f.pick(TZ[f.region])),
        "instanceId": g(lambda f: f.uuid()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def kotlin_context(f: Studio):
    return {
        "app": {
            "name": g(lambda f: "InkPass"),
            "version": g(lambda f: f.pick(["4.12.0", "4.13.0"])),
            "build": g(lambda f: f.pick(["412000", "413002"])),
            "namespace": g(lambda f: "app.inkpass.android"),
        },
        "device": {
            "id": g(lambda f: f.hexid(64)),
            "manufacturer": g(lambda f: f.pick(["samsung", "Google", "OPPO", "Xiaomi", "vivo"])),
            "model": g(lambda f: f.pick(["SM-A546E", "Pixel 8", "CPH2581", "23049PCD8G", "V2250"])),
            "name": g(lambda f: f.pick(["a54x", "shiba", "OP5961L1", "marble"])),
            "type": g(lambda f: "android"),
            "adTrackingEnabled": g(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "os": {"name": g(lambda f: "Android"), "version": g(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": g(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": g(lambda f: 1080),
            "height": g(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": g(lambda f: f.pick([True, False])),
            "cellular": g(lambda f: f.pick([True, False])),
            "bluetooth": g(lambda f: False),
            "carrier": g(
                lambda f: f.pick(
                    {
                        "us": ["T-Mobile", "Verizon"],
                        "uk": ["EE", "Vodafone UK", "O2 - UK"],
                        "th": ["AIS", "TRUE-H", "dtac"],
                    }[f.region]
                )
            ),
        },
        "library": {"name": g(lambda f: "analytics-kotlin"), "version": g(lambda f: "1.16.3")},
        "locale": g(lambda f: f.pick(LOCALE[f.region])),
        "timezone": g(lambda f: f.pick(TZ[f.region])),
        "instanceId": g(lambda f: f.uuid()),
        "userAgent": g(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "anonymousId": g(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
    }


def rn_context(f: Studio):
    return {
        "app": {
            "name": g(lambda f: "InkPass"),
            "version": g(lambda f: f.pick(["4.12.0", "4.13.0"])),
            "build": g(lambda f: f.pick(["220", "231"])),
            "namespace": g(lambda f: "app.inkpass"),
        },
        "device": {
            "id": g(lambda f: f.uuid()),
            "manufacturer": g(lambda f: f.pick(["Apple", "samsung"])),
            "model": g(lambda f: f.pick(["iPhone14,5", "SM-S918B"])),
            "name": g(lambda f: f.pick(["iPhone", "dm3q"])),
            "type": g(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": g(lambda f: "analytics-react-native"), "version": g(lambda f: "2.19.2")},
        "os": {
            "name": g(lambda f: f.pick(["iOS", "Android"])),
            "version": g(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": g(lambda f: 428), "height": g(lambda f: 926)},
        "network": {
            "wifi": g(lambda f: f.pick([True, False])),
            "cellular": g(lambda f: f.pick([True, False])),
        },
        "locale": g(lambda f: f.pick(LOCALE[f.region])),
        "timezone": g(lambda f: f.pick(TZ[f.region])),
        "instanceId": g(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: f.near(STUDIO_LATLNG[f.studio()[2]][0], 0.2), "geolocation"),
            "longitude": Y(lambda f: f.near(STUDIO_LATLNG[f.studio()[2]][1], 0.2), "geolocation"),
            "accuracy": g(lambda f: f.pick([5, 12.5, 35, 65])),
        },
        "traits": {"email": Y(lambda f: f.email(), "email"), "firstName": Y(lambda f: f.first(), "name")},
    }


def flutter_context(f: Studio):
    return {
        "app": {
            "name": g(lambda f: "InkPass Studio"),
            "version": g(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": g(lambda f: f.pick(["57", "61"])),
            "namespace": g(lambda f: "app.inkpass.studio"),
        },
        "device": {
            "id": g(lambda f: f.uuid()),
            "manufacturer": g(lambda f: f.pick(["Apple", "samsung", "Lenovo"])),
            "model": g(lambda f: f.pick(["iPad13,16", "SM-X710", "TB350FU"])),
            "type": g(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": g(lambda f: "analytics_flutter"), "version": g(lambda f: "1.1.4")},
        "os": {
            "name": g(lambda f: f.pick(["iPadOS", "Android"])),
            "version": g(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": g(lambda f: 1180), "height": g(lambda f: 820)},
        "locale": g(lambda f: f.pick(LOCALE[f.region])),
        "timezone": g(lambda f: f.pick(TZ[f.region])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib):
    def make(f: Studio):
        name, version = SERVER_LIBS[lib]
        ctx = {"library": {"name": g(lambda f: name), "version": g(lambda f: version)}}
        if lib == "node":
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
            ctx["userAgent"] = g(lambda f: f.pick(UAS))
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": g(lambda f: "email"),
                    "collection": g(lambda f: "users"),
                    "encoding": g(lambda f: "none"),
                },
                1,
            )
        if lib == "python":
            ctx["traits"] = {"email": Y(lambda f: f.email(), "email")}
        if lib == "dotnet":
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}
APPS = ["web", "swift", "kotlin", "rn"]
SERVERS = ["python", "node", "go", "java", "ruby"]


# -- shared pieces ----------------------------------------------------------------------------------


def cur():
    return g(lambda f: CURRENCY[f.region])


def product(keys=None):
    p = {
        "product_id": g(lambda f: f.new_product()[0]),
        "sku": g(lambda f: f._product[1]),
        "name": g(lambda f: f._product[2]),
        "brand": g(lambda f: f._product[3]),
        "category": g(lambda f: f._product[4]),
        "price": g(lambda f: round(f._product[5] * {"us": 1, "uk": 0.8, "th": 30}[f.region], 2)),
        "quantity": g(lambda f: f.r.randint(1, 3)),
        "variant": g(lambda f: f.pick(["16g 8mm", "14g 10mm", "100ml", "Gold", "Titanium", "M", "L"])),
        "position": g(lambda f: f.r.randint(1, 24)),
        "url": g(lambda f: f"https://inkpass.app/shop/{f._product[1].lower()}"),
        "image_url": g(lambda f: f"https://cdn.inkpass.app/products/{f.hexid(10)}.webp"),
    }
    return {k: v for k, v in p.items() if keys is None or k in keys}


def greeting(f: Studio, name: str) -> str:
    if f.region == "th" and f.r.random() < 0.5:
        return f"สวัสดีค่ะคุณ{name} อย่าลืมทาครีมบำรุงรอยสักวันละ 2-3 ครั้งนะคะ"
    return f.pick(
        [
            f"Hi {name}! Day 3 check: wash gently with unscented soap and pat dry. Reply STOP to opt out.",
            f"Hey {name}, your tattoo is 2 weeks old today 🎉 Send us a healed photo for a free touch-up "
            "check.",
            f"{name}, reminder: your appointment with InkPass is tomorrow. Eat beforehand and bring your ID.",
            f"Hi {name}, keep your new piercing dry and don't twist the jewelry. Questions? Just reply.",
        ]
    )


def gift_message(f: Studio) -> str:
    name = f.first()
    if f.region == "th" and f.r.random() < 0.4:
        return f"สุขสันต์วันเกิดนะ {name} ไปสักลายที่อยากได้เลย"
    return f.pick(
        [
            f"Happy birthday {name}! Get that sleeve finished x",
            f"{name} \u2013 for the piercing you keep talking about. Love, Mum",
            f"Congrats on the new job {name}!! Treat yourself 🖤",
            f"Merry Christmas {name}, book something silly",
        ]
    )


def desk_note(f: Studio) -> str:
    phone = f.phone()
    return f.pick(
        [
            f"Client asked for a callback on {phone} about moving the session",
            f"Deposit query - ring {phone} after 3pm",
            f"Wants to add a helix piercing, text {phone} with a price",
            f"Left voicemail on {phone}, no answer yet",
        ]
    )


# -- events: (type, event or screen name, clients, body, regions) -------------------------------------

EVENTS = [
    # -- identity -------------------------------------------------------------------------------
    (
        "identify",
        None,
        APPS,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.date(1962, 2006), "birthdate"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "she/they"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": g(lambda f: f.state()),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": g(lambda f: COUNTRY[f.region]),
            },
            "avatar": Y(lambda f: f"https://cdn.inkpass.app/avatars/{f.hexid(16)}.jpg", "photo"),
            "createdAt": g(lambda f: f.iso()),
            "emailVerified": g(lambda f: f.pick([True, False])),
            "phoneVerified": g(lambda f: f.pick([True, False])),
            "smsOptIn": g(lambda f: f.pick([True, False])),
            "whatsappOptIn": g(lambda f: f.pick([True, False])),
            "preferredStudioId": g(lambda f: f.studio()[0]),
            "loyaltyNumber": g(lambda f: "IPL" + f.digits(8)),
            "referralCode": g(lambda f: "INK-" + f.code(6)),
            "tattooCount": g(lambda f: f.r.randint(0, 14)),
            "favoriteStyles": Many(g(lambda f: f.pick(STYLES)), 3),
            "plan": g(lambda f: f.pick(["free", "inkpass_plus"])),
        },
        None,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "CUSTOMER_ID": g(lambda f: f.digits(7)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_E164": Y(lambda f: f.e164(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1962, 2006), "birthdate"),
            "HOME_POSTCODE": Y(lambda f: f.zip(), "zipcode"),
            "HOME_COUNTRY": g(lambda f: COUNTRY[f.region]),
            "LIFETIME_VALUE_USD": g(lambda f: f.money(0, 4200)),
            "TOTAL_BOOKINGS": g(lambda f: f.r.randint(1, 30)),
            "LAST_VISIT_AT": g(lambda f: f.iso()),
            "PREFERRED_STUDIO": g(lambda f: f.studio()[1]),
            "VIP_TIER": g(lambda f: f.pick(["NONE", "SILVER", "GOLD", "BLACK"])),
            "MARKETING_CONSENT": g(lambda f: f.pick([True, False])),
            "CHURN_SCORE": g(lambda f: round(f.r.random(), 3)),
            "LOYALTY_NUMBER": g(lambda f: "IPL" + f.digits(8)),
            "AGE_BAND": g(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "DBT_UPDATED_AT": g(lambda f: f.iso()),
        },
        None,
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "ชื่อ": Y(lambda f: f.pick(TH_SCRIPT)[0], "name"),
            "นามสกุล": Y(lambda f: f.pick(TH_SCRIPT)[1], "name"),
            "ชื่อเล่น": Y(lambda f: f.pick(["น้ำ", "บีม", "ปอ", "มิว", "ต้น", "แพรว", "Ploy", "Bank"]), "name"),
            "เบอร์โทรศัพท์": Y(lambda f: f.phone(), "phone"),
            "อีเมล": Y(lambda f: f.email(), "email"),
            "ไลน์ไอดี": Y(
                lambda f: (
                    f.pick(["@", ""])
                    + ascii_fold(f.first()).lower()
                    + f.pick([".", "_", ""])
                    + str(f.r.randint(1, 999))
                ),
                "name|identification",
            ),
            "วันเกิด": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(2505, 2549)}",
                "birthdate",
            ),
            "สาขาประจำ": g(lambda f: f.pick(["สุขุมวิท", "นิมมาน", "ป่าตอง", "สมุย"])),
            "สมาชิก": g(lambda f: f.pick(["ทั่วไป", "ซิลเวอร์", "โกลด์"])),
            "คะแนนสะสม": g(lambda f: f.r.randint(0, 4000)),
            "วันที่สมัคร": g(lambda f: f.iso()),
        },
        ["th"],
    ),
    (
        "group",
        None,
        ["web", "python", "ruby"],
        {
            "name": g(lambda f: f.studio()[1]),
            "industry": g(lambda f: "Tattoo & Piercing"),
            "employees": g(lambda f: f.r.randint(2, 25)),
            "plan": g(lambda f: f.pick(["studio_basic", "studio_pro", "multi_location"])),
            "website": g(
                lambda f: f"https://{f.pick(['ironlotus.tattoo', 'inkhaus.co.uk', 'bangkokink.co.th'])}"
            ),
            "createdAt": g(lambda f: f.iso()),
            "bookingEmail": g(
                lambda f: f.pick(
                    [
                        "bookings@inkhaus.co.uk",
                        "hello@ironlotus.tattoo",
                        "info@bangkokink.co.th",
                        "studio@rosecitypiercing.com",
                    ]
                )
            ),
            "studioPhone": g(lambda f: f.studio()[3]),
            "location": {
                "street": g(lambda f: f.studio()[4]),
                "city": g(lambda f: f.studio()[2]),
                "country": g(lambda f: COUNTRY[f.region]),
            },
            "chairs": g(lambda f: f.r.randint(2, 9)),
            "shopDog": g(lambda f: f.pick(["Mochi", "Biscuit", "Moo Deng", "Rocco", "Pepper"])),
            "licensedPiercers": g(lambda f: f.r.randint(0, 4)),
        },
        None,
    ),
    ("alias", None, ["web", "swift", "kotlin"], {}, None),
    # -- browsing -------------------------------------------------------------------------------
    (
        "page",
        "Artist Portfolio",
        ["web"],
        {
            "path": g(lambda f: "/artists/" + f.pick(["a_1042", "a_2210", "a_3307", "a_0871"])),
            "url": g(lambda f: "https://inkpass.app/artists/" + f.pick(["a_1042", "a_2210", "a_3307"])),
            "title": g(lambda f: "Portfolio \u2013 InkPass"),
            "referrer": g(lambda f: f.pick(["", "https://www.google.com/", "https://l.instagram.com/"])),
            "search": g(lambda f: f.pick(["", "?style=blackwork", "?tab=healed"])),
            "name": g(lambda f: "Artist Portfolio"),
            "artist_id": g(lambda f: f.pick(["a_1042", "a_2210", "a_3307", "a_0871"])),
        },
        None,
    ),
    (
        "page",
        "Landing",
        ["web"],
        {
            "path": g(lambda f: f.pick(["/lp/fine-line", "/lp/piercing", "/lp/gift-cards"])),
            "url": g(lambda f: "https://inkpass.app" + f.pick(["/lp/fine-line", "/lp/piercing"])),
            "name": g(lambda f: "Landing"),
            "gclid": Y(
                lambda f: "Cj0KCQjw" + "".join(f.pick(ALNUM + "-_") for _ in range(72)) + "BwE",
                "advertising id",
            ),
            "utm_campaign": g(lambda f: f.pick(["fine_line_q3", "piercing_always_on", "xmas_giftcards"])),
            "utm_source": g(lambda f: "google"),
            "utm_term": g(lambda f: f.pick(["tattoo artist near me", "ear piercing", "tattoo gift card"])),
        },
        None,
    ),
    (
        "page",
        "Instagram Landing",
        ["web"],
        {
            "path": g(lambda f: "/lp/flash-day"),
            "name": g(lambda f: "Instagram Landing"),
            "fbclid": Y(
                lambda f: "IwAR" + "".join(f.pick(ALNUM + "_-") for _ in range(56)), "advertising id"
            ),
            "utm_source": g(lambda f: "instagram"),
            "utm_content": g(lambda f: f.pick(["reel_flash_03", "story_swipe", "carousel_koi"])),
        },
        None,
    ),
    (
        "screen",
        "Artist Profile",
        ["swift", "kotlin", "rn"],
        {
            "artist_id": g(lambda f: f.pick(["a_1042", "a_2210", "a_3307", "a_0871"])),
            "from_tab": g(lambda f: f.pick(["explore", "search", "favorites", "deep_link"])),
            "portfolio_count": g(lambda f: f.r.randint(12, 340)),
            "screen_class": g(lambda f: f.pick(["ArtistProfileViewController", "ArtistProfileFragment"])),
        },
        None,
    ),
    (
        "track",
        "Artist Portfolio Viewed",
        APPS,
        {
            "artist_id": g(lambda f: f.pick(["a_1042", "a_2210", "a_3307", "a_0871", "a_5120"])),
            "artist_display_name": Y(
                lambda f: f.pick([f.full_name(), f.first() + " " + f.last()[0] + "."]), "name"
            ),
            "artist_styles": Many(g(lambda f: f.pick(STYLES)), 3),
            "studio_id": g(lambda f: f.studio()[0]),
            "studio_name": g(lambda f: f.studio()[1]),
            "studio_city": g(lambda f: f.studio()[2]),
            "images_viewed": g(lambda f: f.r.randint(1, 60)),
            "follower_count": g(lambda f: f.r.randint(300, 250000)),
            "rating_avg": g(lambda f: round(f.r.uniform(4.1, 5.0), 2)),
            "books_open": g(lambda f: f.pick([True, False])),
            "guest_artist": g(lambda f: f.pick([True, False])),
            "portfolio_item_ids": Many(g(lambda f: int(f.digits(8))), 4),
        },
        None,
    ),
    (
        "track",
        "Artists Searched",
        APPS,
        {
            "query": g(
                lambda f: f.pick(
                    [
                        "fine line",
                        "koi sleeve",
                        "sak yant",
                        "septum",
                        "ear curation",
                        "blackwork",
                        "cover up",
                        "minimalist",
                        "ลายไทย",
                    ]
                )
            ),
            "filters": {
                "style": g(lambda f: f.pick(STYLES)),
                "city": g(
                    lambda f: f.pick(["Chiang Mai", "London", "Chicago", "Phuket", "Brooklyn", "Bristol"])
                ),
                "max_price": g(lambda f: f.pick([150, 300, 500, 5000])),
                "available_this_week": g(lambda f: f.pick([True, False])),
            },
            "results_count": g(lambda f: f.r.randint(0, 80)),
            "sort": g(lambda f: f.pick(["relevance", "distance", "rating", "price_asc"])),
        },
        None,
    ),
    (
        "track",
        "Portfolio Image Liked",
        APPS,
        {
            "image_id": g(lambda f: int(f.digits(8))),
            "artist_id": g(lambda f: f.pick(["a_1042", "a_2210", "a_3307"])),
            "style": g(lambda f: f.pick(STYLES)),
            "tags": Many(
                g(lambda f: f.pick(["floral", "snake", "moth", "script", "geometric", "tiger", "lotus"])), 3
            ),
            "likes_count": g(lambda f: f.r.randint(1, 9000)),
            "is_healed_photo": g(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Studio Directions Requested",
        ["swift", "kotlin", "rn"],
        {
            "studio_id": g(lambda f: f.studio()[0]),
            "studio_lat": g(lambda f: STUDIO_LATLNG[f.studio()[2]][0]),
            "studio_lng": g(lambda f: STUDIO_LATLNG[f.studio()[2]][1]),
            "origin_lat": Y(lambda f: f.near(STUDIO_LATLNG[f.studio()[2]][0], 0.15), "geolocation"),
            "origin_lng": Y(lambda f: f.near(STUDIO_LATLNG[f.studio()[2]][1], 0.15), "geolocation"),
            "distance_km": g(lambda f: round(f.r.uniform(0.3, 24), 1)),
            "travel_mode": g(lambda f: f.pick(["driving", "transit", "walking", "grab"])),
            "maps_provider": g(lambda f: f.pick(["apple", "google"])),
        },
        None,
    ),
    # -- bookings -------------------------------------------------------------------------------
    (
        "track",
        "Booking Started",
        APPS,
        {
            "booking_flow_id": g(lambda f: f.uuid()),
            "artist_id": g(lambda f: f.pick(["a_1042", "a_2210", "a_3307", "a_0871"])),
            "studio_id": g(lambda f: f.studio()[0]),
            "service_type": g(lambda f: f.pick(["tattoo", "piercing", "consultation", "touch_up"])),
            "entry_point": g(lambda f: f.pick(["artist_profile", "flash_sheet", "home_banner", "deep_link"])),
        },
        None,
    ),
    (
        "track",
        "Booking Requested",
        APPS,
        {
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "artist_id": g(lambda f: f.pick(["a_1042", "a_2210", "a_3307", "a_0871"])),
            "studio_id": g(lambda f: f.studio()[0]),
            "service_type": g(lambda f: f.pick(["tattoo", "piercing", "consultation"])),
            "style": g(lambda f: f.pick(STYLES)),
            "placement": g(lambda f: f.pick(PLACEMENTS)),
            "size_cm": g(lambda f: f.r.randint(3, 40)),
            "is_color": g(lambda f: f.pick([True, False])),
            "is_cover_up": g(lambda f: f.pick([True, False])),
            "first_tattoo": g(lambda f: f.pick([True, False])),
            "appointment_start": g(lambda f: f.future()),
            "duration_minutes": g(lambda f: f.pick([30, 60, 120, 180, 240, 360])),
            "estimated_price": g(lambda f: f.money_r(80, 900)),
            "currency": cur(),
            "deposit_amount": g(lambda f: f.money_r(30, 150)),
            "idea_description": g(
                lambda f: f.pick(
                    [
                        "Fine line peony with a small moth, about palm sized",
                        "Cover up an old tribal band, open to ideas",
                        "Matching sun and moon with my sister, tiny",
                        "Traditional panther head, bold colours",
                        "ยันต์ห้าแถวแบบดั้งเดิม",
                        "Koi swimming up the calf, black and grey",
                    ]
                )
            ),
            "reference_image_count": g(lambda f: f.r.randint(0, 6)),
            "placement_photo_url": Y(
                lambda f: f"https://uploads.inkpass.app/placement/{f.uuid()}.heic", "photo"
            ),
            "preferred_contact": g(lambda f: f.pick(["email", "sms", "whatsapp", "line"])),
            "customer": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "is_returning": g(lambda f: f.pick([True, False])),
            },
            "companions": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "age": g(lambda f: f.r.randint(18, 60)),
                    "service_type": g(lambda f: f.pick(["tattoo", "piercing", "watching"])),
                },
                2,
            ),
            "hotel_name": g(
                lambda f: f.pick(["", "Avani+ Riverside", "Kata Rocks", "Ibis Styles Patong", "The Standard"])
            ),
        },
        None,
    ),
    (
        "track",
        "Booking Rescheduled",
        [*APPS, "ruby"],
        {
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "previous_start": g(lambda f: f.future()),
            "new_start": g(lambda f: f.future()),
            "reason": g(lambda f: f.pick(["artist_unavailable", "client_request", "weather", "travel"])),
            "reschedule_count": g(lambda f: f.r.randint(1, 3)),
            "fee_charged": g(lambda f: f.pick([0, 0, 15, 25])),
            "initiated_by": g(lambda f: f.pick(["client", "artist", "front_desk"])),
        },
        None,
    ),
    (
        "track",
        "Booking Cancelled",
        [*APPS, "ruby"],
        {
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "cancellation_reason": g(
                lambda f: f.pick(["changed_mind", "price", "found_other_artist", "no_show", "schedule"])
            ),
            "hours_before_start": g(lambda f: f.r.randint(1, 400)),
            "deposit_refunded": g(lambda f: f.pick([True, False])),
            "refund_amount": g(lambda f: f.money_r(0, 150)),
            "currency": cur(),
        },
        None,
    ),
    (
        "track",
        "Booking Widget Submitted",
        ["php"],
        {
            "booking-id": g(lambda f: f.digits(6)),
            "customer-name": Y(lambda f: f.full_name(), "name"),
            "customer-email": Y(lambda f: f.email(), "email"),
            "customer-phone": Y(lambda f: f.phone(), "phone"),
            "customer-dob": Y(
                lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}/{f.r.randint(1962, 2006)}",
                "birthdate",
            ),
            "preferred-date": g(lambda f: f.day()),
            "tattoo-size": g(
                lambda f: f.pick(["small (under 5cm)", "medium (5-15cm)", "large (15cm+)", "sleeve"])
            ),
            "tattoo-placement": g(lambda f: f.pick(PLACEMENTS)),
            "budget-range": g(lambda f: f.pick(["100-250", "250-500", "500-1000", "1000+"])),
            "artist-id": g(lambda f: f.digits(3)),
            "heard-about-us": g(lambda f: f.pick(["instagram", "friend", "google", "walked past"])),
            "over-18": g(lambda f: True),
            "reference-count": g(lambda f: f.r.randint(0, 5)),
            "widget-version": g(lambda f: f.pick(["2.4.1", "2.5.0"])),
            "submitted-at": g(lambda f: f.epoch_ms()),
        },
        ["us", "uk"],
    ),
    (
        "track",
        "จองคิว",
        ["node"],
        {
            "เลขที่การจอง": g(lambda f: "BK" + f.digits(8)),
            "ชื่อลูกค้า": Y(lambda f: f.pick([f.th_script_name(), f.full_name()]), "name"),
            "เบอร์โทร": Y(lambda f: f.phone(), "phone"),
            "ไลน์ไอดี": Y(
                lambda f: (
                    f.pick(["@", ""])
                    + ascii_fold(f.first()).lower()
                    + f.pick([".", "_", ""])
                    + str(f.r.randint(1, 999))
                ),
                "name|identification",
            ),
            "อีเมล": Y(lambda f: f.email(), "email"),
            "ช่างสัก": Y(lambda f: f.pick(["อาจารย์หนู", "ช่างเอ็ม", "ช่างปู", "Nok Sirikul", "ช่างต้น"]), "name"),
            "สาขา": g(lambda f: f.pick(["สุขุมวิท", "นิมมาน", "ป่าตอง", "สมุย"])),
            "วันที่นัด": g(lambda f: f.day()),
            "เวลา": g(lambda f: f.pick(["10:30", "13:00", "15:30", "18:00"])),
            "ลาย": g(lambda f: f.pick(["ยันต์ห้าแถว", "หนุมาน", "เสือเผ่น", "ดอกบัว", "ลายเส้นมินิมอล"])),
            "ตำแหน่ง": g(lambda f: f.pick(["แขนด้านใน", "หลัง", "ต้นคอ", "ข้อเท้า", "ไหล่"])),
            "ขนาด": g(lambda f: f.pick(["เล็ก", "กลาง", "ใหญ่"])),
            "ราคาประเมิน": g(lambda f: f.pick([1500, 2500, 3500, 6000, 12000])),
            "สัญชาติ": Y(
                lambda f: f.pick(["ไทย", "อังกฤษ", "อเมริกัน", "เยอรมัน", "จีน", "ออสเตรเลีย"]), "citizenship"
            ),
            "หมายเหตุ": g(
                lambda f: f.pick(
                    [
                        "ลูกค้าขอลายสักยันต์แบบดั้งเดิม",
                        "มาพร้อมเพื่อน 2 คน",
                        "ต้องการสีแดงเพิ่ม",
                        "ขอเลื่อนได้ถ้าฝนตก",
                        "ลูกค้าต่างชาติ ต้องการล่าม",
                    ]
                )
            ),
        },
        ["th"],
    ),
    # -- deposits and payments --------------------------------------------------------------------
    (
        "track",
        "Deposit Paid",
        ["go"],
        {
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "payment_intent_id": g(lambda f: f.stripe("pi_3P")),
            "charge_id": g(lambda f: f.stripe("ch_3P")),
            "stripe_customer_id": g(lambda f: f.stripe("cus_", 14)),
            "payment_method_id": RED(lambda f: f.stripe("pm_1P"), "token"),
            "amount": g(lambda f: f.money_r(30, 150)),
            "amount_minor": g(lambda f: f.r.randint(3000, 15000)),
            "currency": cur(),
            "payment_method_type": g(lambda f: f.pick(["card", "card", "promptpay", "link"])),
            "card_brand": g(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
            "card_last4": g(lambda f: f.digits(4)),
            "card_exp_month": g(lambda f: f.r.randint(1, 12)),
            "card_exp_year": g(lambda f: f.r.randint(2025, 2031)),
            "card_country": g(lambda f: f.pick(["US", "GB", "TH", "AU", "DE"])),
            "wallet": g(lambda f: f.pick(["apple_pay", "google_pay", None])),
            "three_d_secure": g(lambda f: f.pick(["authenticated", "not_required", "attempt_acknowledged"])),
            "receipt_email": Y(lambda f: f.email(), "email"),
            "billing_details": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.e164(), "phone"),
                "address": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "postal_code": Y(lambda f: f.zip(), "zipcode"),
                    "country": g(lambda f: COUNTRY[f.region]),
                },
            },
            "deposit_policy": g(lambda f: f.pick(["non_refundable", "refundable_48h", "credit_only"])),
            "livemode": g(lambda f: True),
        },
        None,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": g(lambda f: f.uuid()),
            "order_id": g(lambda f: "IP-" + f.digits(7)),
            "step": g(lambda f: 2),
            "payment_method": g(lambda f: f.pick(["card", "apple_pay", "paypal", "promptpay"])),
            "shipping_method": g(
                lambda f: f.pick(["royal_mail_tracked", "usps_ground", "kerry_express", "pickup"])
            ),
            "card_bin": g(lambda f: f.pick(["424242", "555555", "378282", "411111", "520082"])),
            "card_last4": g(lambda f: f.digits(4)),
            "name_on_card": Y(lambda f: f.full_name().upper(), "name"),
            "billing_postcode": Y(lambda f: f.zip(), "zipcode"),
            "save_card": g(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Card Details Submitted",
        ["web"],
        {
            "form_id": g(lambda f: "deposit_card_form"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": g(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cvc_length": g(lambda f: f.pick([3, 4])),
            "cardholder": Y(lambda f: f.full_name(), "name"),
            "autofilled": g(lambda f: f.pick([True, False])),
            "validation_errors": g(lambda f: f.r.randint(0, 2)),
        },
        None,
    ),
    (
        "track",
        "ชำระมัดจำ",
        ["node"],
        {
            "เลขที่การจอง": g(lambda f: "BK" + f.digits(8)),
            "ยอดเงิน": g(lambda f: f.pick([500, 1000, 1500, 2000])),
            "สกุลเงิน": g(lambda f: "THB"),
            "ช่องทาง": g(lambda f: f.pick(["พร้อมเพย์", "โอนผ่านธนาคาร", "บัตรเครดิต"])),
            "ชื่อผู้โอน": Y(lambda f: f.pick([f.th_script_name(), f.full_name()]), "name"),
            "ธนาคาร": g(lambda f: f.pick(["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา"])),
            "เลขบัญชีผู้โอน": RED(lambda f: f.bank_account(), "bank account"),
            "เวลาโอน": g(lambda f: f.iso()),
            "สถานะ": g(lambda f: f.pick(["ยืนยันแล้ว", "รอตรวจสอบ"])),
            "เลขอ้างอิง": g(lambda f: f.digits(6) + f.code(4) + f.digits(8)),
        },
        ["th"],
    ),
    (
        "track",
        "Bank Refund Initiated",
        ["java"],
        {
            "refund_id": g(lambda f: "rf_" + f.hexid(20)),
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "amount": g(lambda f: f.money_r(30, 150)),
            "currency": g(lambda f: "GBP"),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "sort_code": g(lambda f: f.sort_code()),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "iban": RED(lambda f: f.iban("GB"), "bank account"),
            "payment_reference": g(lambda f: "INKPASS REF " + f.digits(6)),
            "scheme": g(lambda f: f.pick(["faster_payments", "bacs"])),
            "confirmation_of_payee": g(lambda f: f.pick(["match", "close_match", "no_match"])),
        },
        ["uk"],
    ),
    (
        "track",
        "Refund Issued",
        ["go"],
        {
            "refund_id": g(lambda f: f.stripe("re_3P")),
            "charge_id": g(lambda f: f.stripe("ch_3P")),
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "amount": g(lambda f: f.money_r(30, 150)),
            "currency": cur(),
            "reason": g(lambda f: f.pick(["requested_by_customer", "duplicate", "artist_cancelled"])),
            "status": g(lambda f: f.pick(["succeeded", "pending"])),
        },
        None,
    ),
    # -- consent, age verification and medical questions --------------------------------------------
    (
        "track",
        "Consent Form Submitted",
        ["web", "flutter", "swift"],
        {
            "consent_form_id": g(lambda f: f.uuid()),
            "form_version": g(lambda f: f.pick(["2024.03", "2024.06-uk", "2024.05-th"])),
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "signed_at": g(lambda f: f.iso()),
            "client_full_name": Y(lambda f: f.full_name(), "name"),
            "client_email": Y(lambda f: f.email(), "email"),
            "client_address": Y(lambda f: f.address_line(), "address"),
            "date_of_birth": Y(lambda f: f.date(1958, 2006), "birthdate"),
            "age": g(lambda f: f.r.randint(18, 66)),
            "is_over_18": g(lambda f: True),
            "id_document_type": g(lambda f: f.pick(["passport", "driving_licence", "national_id_card"])),
            "id_document_number": RED(lambda f: f.id_document(), "national id|passport"),
            "id_document_country": g(lambda f: f.pick(["US", "GB", "TH", "DE", "AU", "IE"])),
            "id_document_expiry": g(lambda f: f.date(2025, 2034)),
            "id_photo_url": Y(lambda f: f"https://uploads.inkpass.app/id/{f.uuid()}.jpg", "photo"),
            "dob_verified": g(lambda f: f.pick([True, False])),
            "takes_blood_thinners": Y(lambda f: f.pick([True, False, False, False]), "medication"),
            "current_medications": Y(
                lambda f: f.pick(
                    ["none", "warfarin", "aspirin 81mg", "isotretinoin", "sertraline 50mg", "apixaban"]
                ),
                "medication",
            ),
            "is_pregnant_or_nursing": Y(lambda f: f.pick([False, False, False, True]), "condition"),
            "skin_conditions": Many(
                Y(
                    lambda f: f.pick(["eczema", "psoriasis", "keloid scarring", "vitiligo", "none"]),
                    "condition",
                ),
                2,
            ),
            "allergies": Many(
                Y(
                    lambda f: f.pick(["latex", "nickel", "lidocaine", "green soap", "penicillin", "none"]),
                    "allergy",
                ),
                2,
            ),
            "has_diabetes": Y(lambda f: f.pick([True, False, False]), "condition"),
            "has_heart_condition": Y(lambda f: f.pick([True, False, False, False]), "condition"),
            "has_epilepsy": Y(lambda f: f.pick([True, False, False, False, False]), "condition"),
            "communicable_disease": Y(lambda f: f.pick([False, False, False, True]), "condition|diagnosis"),
            "medical_notes": Y(
                lambda f: f.pick(
                    [
                        "On warfarin since 2021, bruises easily",
                        "Mild eczema on left forearm, flares in winter",
                        "Type 1 diabetic, insulin pump on right arm",
                        "Fainted during last piercing (vasovagal)",
                        "Keloids on both earlobes after previous piercings",
                        "Takes propranolol for anxiety",
                    ]
                ),
                "condition|medication",
            ),
            "gp_name": Y(lambda f: "Dr " + f.full_name(), "name"),
            "gp_practice": g(
                lambda f: f.pick(["Spitalfields Practice", "Clifton Medical Centre", "Bumrungrad Clinic"])
            ),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": g(lambda f: f.pick(["partner", "mother", "friend", "brother", "wife"])),
            },
            "signature_name": Y(lambda f: f.full_name(), "name"),
            "photo_release": g(lambda f: f.pick([True, False])),
            "aftercare_acknowledged": g(lambda f: True),
            "questions_answered": g(lambda f: f.r.randint(14, 22)),
            "kiosk_id": g(lambda f: "kiosk-" + f.digits(2)),
        },
        None,
    ),
    (
        "track",
        "Minor Piercing Consent Signed",
        ["web", "flutter"],
        {
            "consent_form_id": g(lambda f: f.uuid()),
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "minor_first_name": Y(lambda f: f.first(), "name"),
            "minor_last_name": Y(lambda f: f.last(), "name"),
            "minor_date_of_birth": Y(lambda f: f.date(2008, 2016), "birthdate"),
            "minor_age": g(lambda f: f.r.randint(8, 17)),
            "guardian_full_name": Y(lambda f: f.full_name(), "name"),
            "guardian_relationship": g(
                lambda f: f.pick(["mother", "father", "legal_guardian", "grandparent"])
            ),
            "guardian_phone": Y(lambda f: f.phone(), "phone"),
            "guardian_email": Y(lambda f: f.email(), "email"),
            "guardian_id_type": g(
                lambda f: f.pick(["passport", "driving_licence", "state_id", "national_id_card"])
            ),
            "guardian_id_number": RED(lambda f: f.id_document(), "national id|passport|license"),
            "guardian_id_verified": g(lambda f: f.pick([True, False])),
            "proof_of_guardianship": g(
                lambda f: f.pick(["birth_certificate", "court_order", "none_required"])
            ),
            "piercing_procedure": g(lambda f: f.pick(PIERCINGS[:6])),
            "jewelry_material": g(lambda f: f.pick(["implant_titanium", "14k_gold", "niobium"])),
            "piercer_id": g(lambda f: "st_" + f.digits(4)),
        },
        ["us", "uk"],
    ),
    (
        "track",
        "ID Verification Completed",
        ["java"],
        {
            "verification_session_id": g(lambda f: f.stripe("vs_1P", 22)),
            "status": g(lambda f: f.pick(["verified", "requires_input", "canceled"])),
            "document": {
                "type": g(lambda f: f.pick(["passport", "driving_license", "id_card"])),
                "issuing_country": g(lambda f: f.pick(["US", "GB", "TH", "DE", "FR", "AU"])),
                "number": RED(lambda f: f.id_document(), "national id|passport"),
                "expiration_date": g(lambda f: f.date(2025, 2034)),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "dob": Y(lambda f: f.date(1958, 2006), "birthdate"),
                "address": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "postal_code": Y(lambda f: f.zip(), "zipcode"),
                    "country": g(lambda f: COUNTRY[f.region]),
                },
            },
            "selfie_check": g(lambda f: f.pick(["match", "no_match", "not_performed"])),
            "selfie_file_id": g(lambda f: f.stripe("file_1P", 22)),
            "liveness_score": g(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
            "risk_level": g(lambda f: f.pick(["low", "medium", "high"])),
            "age_at_verification": g(lambda f: f.r.randint(16, 70)),
            "last_error_code": g(lambda f: f.pick([None, "document_expired", "selfie_face_mismatch"])),
        },
        None,
    ),
    (
        "track",
        "แบบฟอร์มยินยอม",
        ["node"],
        {
            "ชื่อ": Y(lambda f: f.pick(TH_SCRIPT)[0], "name"),
            "นามสกุล": Y(lambda f: f.pick(TH_SCRIPT)[1], "name"),
            "เลขบัตรประชาชน": RED(lambda f: f.thai_id(), "national id"),
            "วันเกิด": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(2505, 2549)}",
                "birthdate",
            ),
            "ชื่อเล่น": Y(lambda f: f.pick(["น้ำ", "บีม", "ปอ", "มิว", "ต้น", "แพรว", "Ploy", "Bank"]), "name"),
            "อายุ": g(lambda f: f.r.randint(18, 62)),
            "อีเมล": Y(lambda f: f.email(), "email"),
            "เบอร์โทร": Y(lambda f: f.phone(), "phone"),
            "ที่อยู่": Y(
                lambda f: f.pick(
                    [
                        "99/12 ซอยสุขุมวิท 31 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110",
                        "45 หมู่ 3 ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200",
                        "18/7 ถนนราษฎร์อุทิศ 200 ปี ตำบลป่าตอง อำเภอกะทู้ ภูเก็ต 83150",
                        "221 ซอยลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง กรุงเทพฯ 10310",
                        "7/3 หมู่ 1 ตำบลบ่อผุด อำเภอเกาะสมุย สุราษฎร์ธานี 84320",
                    ]
                ),
                "address",
            ),
            "แพ้ยา": Y(lambda f: f.pick(["ไม่มี", "เพนิซิลลิน", "ยาชา ลิโดเคน", "แอสไพริน"]), "allergy"),
            "โรคประจำตัว": Y(
                lambda f: f.pick(["ไม่มี", "เบาหวาน", "ความดันโลหิตสูง", "โรคหอบหืด", "ลมชัก"]), "condition"
            ),
            "ตั้งครรภ์": Y(lambda f: f.pick([False, False, False, True]), "condition"),
            "ยาละลายลิ่มเลือด": Y(lambda f: f.pick([False, False, True]), "medication"),
            "ช่างสัก": Y(lambda f: f.pick(["อาจารย์หนู", "ช่างเอ็ม", "ช่างปู", "Nok Sirikul", "ช่างต้น"]), "name"),
            "สาขา": g(lambda f: f.pick(["สุขุมวิท", "นิมมาน", "ป่าตอง", "สมุย"])),
            "เลขที่การจอง": g(lambda f: "BK" + f.digits(8)),
            "ยินยอมถ่ายรูป": g(lambda f: f.pick([True, False])),
            "ลงนามเมื่อ": g(lambda f: f.iso()),
        },
        ["th"],
    ),
    (
        "track",
        "Tourist Consent Submitted",
        ["node"],
        {
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "full_name": Y(lambda f: f.pick(WORLD)[0] + " " + f.pick(WORLD)[1], "name"),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "nationality": Y(
                lambda f: f.pick(
                    ["Australian", "German", "British", "American", "Chinese", "Swedish", "Indian", "Israeli"]
                ),
                "citizenship",
            ),
            "hotel_name": g(
                lambda f: f.pick(
                    [
                        "Avani+ Riverside",
                        "Kata Rocks",
                        "Ibis Styles Patong",
                        "Lub d Bangkok Silom",
                        "Akyra Manor Chiang Mai",
                    ]
                )
            ),
            "arrival_date": g(lambda f: f.day()),
            "departure_date": g(lambda f: f.day()),
            "swimming_in_next_2_weeks": g(lambda f: f.pick([True, False])),
            "whatsapp_number": Y(
                lambda f: f.pick(
                    [
                        f.e164(),
                        "+61 4" + f.digits(2) + " " + f.digits(3) + " " + f.digits(3),
                        "+49 15" + f.digits(9),
                    ]
                ),
                "phone",
            ),
            "interpreter_needed": g(lambda f: f.pick([True, False])),
            "thai_sim_number": Y(lambda f: f.phone(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "sak_yant_rules_acknowledged": g(lambda f: f.pick([True, False])),
        },
        ["th"],
    ),
    # -- aftercare reminders by SMS and WhatsApp -------------------------------------------------
    (
        "track",
        "Aftercare Reminder Scheduled",
        ["ruby", "python"],
        {
            "reminder_id": g(lambda f: f.uuid()),
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "channel": g(lambda f: f.pick(["sms", "whatsapp", "line", "email"])),
            "template": g(
                lambda f: f.pick(["day_1_wrap_off", "day_3_wash", "day_14_healed_photo", "piercing_week_6"])
            ),
            "send_at": g(lambda f: f.iso()),
            "recipient_phone": Y(lambda f: f.e164(), "phone"),
            "recipient_first_name": Y(lambda f: f.first(), "name"),
            "locale": g(lambda f: f.pick(LOCALE[f.region])),
            "quiet_hours_applied": g(lambda f: f.pick([True, False])),
            "sequence_step": g(lambda f: f.r.randint(1, 5)),
        },
        None,
    ),
    (
        "track",
        "SMS Status Updated",
        ["ruby"],
        {
            "MessageSid": g(lambda f: "SM" + f.hexid(32)),
            "AccountSid": g(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": g(lambda f: "MG" + f.hexid(32)),
            "From": g(lambda f: f.pick(["+13125550147", "+447700158200", "InkPass", "+17185550199"])),
            "To": Y(lambda f: f.e164(), "phone", True),
            "Body": Y(lambda f: greeting(f, f.first()), "name", True),
            "MessageStatus": g(lambda f: f.pick(["queued", "sent", "delivered", "undelivered", "failed"])),
            "NumSegments": g(lambda f: f.pick(["1", "2", "3"])),
            "ErrorCode": g(lambda f: f.pick([None, None, "30003", "30005", "21610"])),
            "ApiVersion": g(lambda f: "2010-04-01"),
            "Price": g(lambda f: f.pick(["-0.00790", "-0.04000", "-0.02150"])),
            "PriceUnit": g(lambda f: f.pick(["USD", "GBP"])),
        },
        ["us", "uk"],
    ),
    (
        "track",
        "WhatsApp Reply Received",
        ["python"],
        {
            "messaging_product": g(lambda f: "whatsapp"),
            "metadata": {
                "display_phone_number": g(lambda f: f.pick(["447700158200", "6621234567", "13125550147"])),
                "phone_number_id": g(lambda f: f.digits(15)),
            },
            "contacts": Many(
                {
                    "profile": {
                        "name": Y(lambda f: f.pick([f.full_name(), f.first(), f.th_script_name()]), "name")
                    },
                    "wa_id": Y(lambda f: f.e164().lstrip("+"), "phone", True),
                },
                1,
            ),
            "messages": Many(
                {
                    "from": Y(lambda f: f.e164().lstrip("+"), "phone", True),
                    "id": g(lambda f: "wamid.HBgL" + "".join(f.pick(ALNUM) for _ in range(40)) + "=="),
                    "timestamp": g(lambda f: str(f.epoch_ms() // 1000)),
                    "type": g(lambda f: "text"),
                    "text": {
                        "body": g(
                            lambda f: f.pick(
                                [
                                    "Thanks!",
                                    "Will do 👍",
                                    "Can I move my touch-up to next week?",
                                    "Healing well so far",
                                    "What time do you open on Saturday?",
                                    "ขอบคุณค่ะ",
                                    "Is it ok to go to the gym tomorrow?",
                                ]
                            )
                        )
                    },
                },
                1,
            ),
            "business_account_id": g(lambda f: f.digits(15)),
        },
        None,
    ),
    (
        "track",
        "Reminder Delivery Failed",
        ["ruby"],
        {
            "reminder_id": g(lambda f: f.uuid()),
            "channel": g(lambda f: f.pick(["sms", "whatsapp"])),
            "destination": Y(lambda f: f.e164(), "phone", True),
            "provider": g(lambda f: f.pick(["twilio", "messagebird", "360dialog"])),
            "error_code": g(lambda f: f.pick(["30003", "30006", "63016", "131026"])),
            "error_message": g(
                lambda f: f.pick(
                    [
                        "Unreachable destination handset",
                        "Landline or unreachable carrier",
                        "Message failed to send because more than 24 hours have passed",
                    ]
                )
            ),
            "retry_scheduled": g(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "SMS Unsubscribed",
        ["ruby"],
        {
            "phone": Y(lambda f: f.e164(), "phone"),
            "keyword": g(lambda f: f.pick(["STOP", "STOPALL", "UNSUBSCRIBE", "Stop"])),
            "channel": g(lambda f: "sms"),
            "unsubscribed_at": g(lambda f: f.iso()),
            "messages_received": g(lambda f: f.r.randint(1, 20)),
        },
        ["us", "uk"],
    ),
    (
        "track",
        "Aftercare Check-In Completed",
        ["swift", "kotlin", "rn"],
        {
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "reminder_id": g(lambda f: f.uuid()),
            "day_number": g(lambda f: f.pick([1, 3, 7, 14, 30, 42])),
            "checklist_completed": g(lambda f: f.pick([True, False])),
            "ointment_used": g(lambda f: f.pick(["Hustle Butter", "Bepanthen", "Aquaphor", "none"])),
            "symptoms": Many(
                Y(
                    lambda f: f.pick(
                        ["redness", "swelling", "itching", "oozing", "raised lines", "bump near piercing"]
                    ),
                    "condition",
                ),
                2,
            ),
            "healing_photo_url": Y(lambda f: f"https://uploads.inkpass.app/healing/{f.uuid()}.jpg", "photo"),
            "needs_artist_review": g(lambda f: f.pick([True, False])),
            "satisfaction": g(lambda f: f.r.randint(1, 5)),
        },
        None,
    ),
    # -- aftercare shop (e-commerce spec) ---------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "swift", "kotlin"],
        {
            "query": g(lambda f: f.pick(["saline", "titanium labret", "tattoo balm", "septum ring", "film"])),
        },
        None,
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {
            **product(),
            "currency": cur(),
            "material": g(lambda f: f.pick(["implant titanium", "14k gold", "n/a"])),
        },
        None,
    ),
    (
        "track",
        "Product Added",
        ["web", "swift", "kotlin"],
        {
            "cart_id": g(lambda f: f.uuid()),
            **product(["product_id", "sku", "name", "price", "quantity", "variant"]),
        },
        None,
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin", "php"],
        {
            "order_id": g(lambda f: "IP-" + f.digits(7)),
            "revenue": g(lambda f: f.money_r(10, 200)),
            "shipping": g(lambda f: f.money_r(0, 8)),
            "tax": g(lambda f: f.money_r(0, 20)),
            "discount": g(lambda f: f.money_r(0, 10)),
            "coupon": g(lambda f: f.pick(["", "FIRSTINK10", "HEALED15", "SONGKRAN"])),
            "currency": cur(),
            "products": Many(product(["product_id", "sku", "name", "price", "quantity", "category"]), 3),
        },
        None,
    ),
    (
        "track",
        "Order Completed",
        ["php", "web"],
        {
            "order_id": g(lambda f: "IP-" + f.digits(7)),
            "checkout_id": g(lambda f: f.uuid()),
            "total": g(lambda f: f.money_r(10, 200)),
            "subtotal": g(lambda f: f.money_r(10, 200)),
            "tax": g(lambda f: f.money_r(0, 20)),
            "shipping": g(lambda f: f.money_r(0, 8)),
            "currency": cur(),
            "coupon": g(lambda f: f.pick(["", "FIRSTINK10", "HEALED15"])),
            "products": Many(
                product(["product_id", "sku", "name", "price", "quantity", "category", "brand"]), 3
            ),
            "email": Y(lambda f: f.email(), "email"),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(lambda f: f.line2(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": g(lambda f: f.state()),
                "postcode": Y(lambda f: f.zip(), "zipcode"),
                "country": g(lambda f: COUNTRY[f.region]),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "shipping_method": g(
                lambda f: f.pick(["royal_mail_tracked", "usps_ground", "kerry_express", "pickup"])
            ),
            "tracking_number": g(
                lambda f: f.pick(["9400" + f.digits(18), "TT" + f.digits(9) + "GB", "KEX" + f.digits(10)])
            ),
            "is_gift": g(lambda f: f.pick([True, False])),
            "woocommerce_order_key": g(lambda f: "wc_order_" + "".join(f.pick(ALNUM) for _ in range(13))),
        },
        None,
    ),
    (
        "track",
        "Coupon Applied",
        ["web", "swift", "kotlin"],
        {
            "order_id": g(lambda f: "IP-" + f.digits(7)),
            "cart_id": g(lambda f: f.uuid()),
            "coupon_id": g(lambda f: "cpn_" + f.digits(5)),
            "coupon_name": g(lambda f: f.pick(["FIRSTINK10", "HEALED15", "SONGKRAN", "BFCM25"])),
            "discount": g(lambda f: f.money_r(1, 20)),
        },
        None,
    ),
    (
        "track",
        "Order Refunded",
        ["php"],
        {
            "order_id": g(lambda f: "IP-" + f.digits(7)),
            "total": g(lambda f: f.money_r(10, 200)),
            "currency": cur(),
            "refund_reason": g(lambda f: f.pick(["wrong gauge", "damaged", "changed mind", "arrived late"])),
        },
        None,
    ),
    # -- gift cards -------------------------------------------------------------------------------
    (
        "track",
        "Gift Card Purchased",
        ["web", "swift", "kotlin"],
        {
            "gift_card_id": g(lambda f: "gc_" + f.hexid(16)),
            "order_id": g(lambda f: "IP-" + f.digits(7)),
            "amount": g(lambda f: f.pick([25, 50, 100, 150, 250, 1000, 3000])),
            "currency": cur(),
            "design": g(lambda f: f.pick(["koi", "flash_sheet", "minimal_black", "songkran", "xmas"])),
            "delivery_method": g(lambda f: f.pick(["email", "sms", "print_at_home"])),
            "deliver_on": g(lambda f: f.day()),
            "recipient": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "sender_name": Y(lambda f: f.first(), "name"),
            "sender_email": Y(lambda f: f.email(), "email"),
            "message": Y(gift_message, "name", True),
            "valid_studios": Many(g(lambda f: f.any_studio()[0]), 2),
        },
        None,
    ),
    (
        "track",
        "Gift Card Redeemed",
        ["node", "go"],
        {
            "gift_card_id": g(lambda f: "gc_" + f.hexid(16)),
            "code": RED(
                lambda f: "-".join(f.code(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)),
                "token|secret",
            ),
            "pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "token|secret|password"),
            "amount_applied": g(lambda f: f.money_r(20, 150)),
            "balance_remaining": g(lambda f: f.money_r(0, 100)),
            "currency": cur(),
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "redeemed_at_studio": g(lambda f: f.studio()[0]),
        },
        None,
    ),
    # -- referrals and reviews -------------------------------------------------------------------
    (
        "track",
        "Referral Sent",
        APPS,
        {
            "referral_code": g(lambda f: "INK-" + f.code(6)),
            "friend_email": Y(lambda f: f.email(), "email"),
            "friend_first_name": Y(lambda f: f.first(), "name"),
            "friend_phone": Y(lambda f: f.phone(), "phone"),
            "channel": g(lambda f: f.pick(["email", "whatsapp", "copy_link", "line"])),
            "reward_amount": g(lambda f: f.money_r(5, 20)),
            "currency": cur(),
            "referrals_sent_total": g(lambda f: f.r.randint(1, 12)),
        },
        None,
    ),
    (
        "track",
        "Review Submitted",
        APPS,
        {
            "review_id": g(lambda f: "rv_" + f.digits(8)),
            "booking_id": g(lambda f: "bk_" + f.digits(9)),
            "artist_id": g(lambda f: f.pick(["a_1042", "a_2210", "a_3307", "a_0871"])),
            "rating": g(lambda f: f.r.randint(1, 5)),
            "healing_rating": g(lambda f: f.r.randint(1, 5)),
            "review_title": g(
                lambda f: f.pick(
                    ["Amazing linework", "So gentle", "Worth the wait", "Bit rushed", "Clean studio"]
                )
            ),
            "review_text": g(
                lambda f: f.pick(
                    [
                        "Super clean studio and the linework is crisp. Healed perfectly.",
                        "Barely felt the helix, great aftercare advice.",
                        "Took longer than quoted but the result is stunning.",
                        "บรรยากาศดี ช่างใจดีมาก แนะนำเลยค่ะ",
                        "Friendly front desk, easy parking, would come back.",
                    ]
                )
            ),
            "reviewer_display_name": Y(lambda f: f.first() + " " + f.last()[0] + ".", "name"),
            "photos": Many(Y(lambda f: f"https://uploads.inkpass.app/reviews/{f.uuid()}.jpg", "photo"), 3),
            "would_recommend": g(lambda f: f.pick([True, False])),
            "days_after_session": g(lambda f: f.r.randint(1, 90)),
        },
        None,
    ),
    # -- sign-in, forms and support ----------------------------------------------------------------
    (
        "track",
        "Signed In",
        APPS,
        {
            "method": g(lambda f: f.pick(["password", "google", "apple", "magic_link", "line"])),
            "email": Y(lambda f: f.email(), "email"),
            "success": g(lambda f: f.pick([True, True, False])),
            "failure_reason": g(lambda f: f.pick([None, "wrong_password", "locked", "expired_link"])),
            "twofa_enabled": g(lambda f: f.pick([True, False])),
            "login_count": g(lambda f: f.r.randint(1, 300)),
            "password_strength": g(lambda f: f.pick(["weak", "fair", "strong"])),
        },
        None,
    ),
    (
        "track",
        "Sign Up Form Submitted",
        ["web"],
        {
            "form_id": g(lambda f: "signup_v3"),
            "fields": {
                "email": Y(lambda f: f.email(), "email"),
                "password": RED(
                    lambda f: f.pick(
                        [
                            "Inkaddict2024!",
                            "koi-fish-88",
                            "hunter2hunter2",
                            "P@ssw0rd123",
                            "bangkok_ink_99",
                            "MySleeve#1",
                        ]
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Inkaddict2024!", "koi-fish-88", "P@ssw0rd123"]), "password"
                ),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.date(1962, 2006), "birthdate"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "marketing_opt_in": g(lambda f: f.pick([True, False])),
                "terms_accepted": g(lambda f: True),
            },
            "time_to_complete_ms": g(lambda f: f.r.randint(8000, 120000)),
            "autofill_used": g(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Magic Link Requested",
        ["node", "python"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "magicLink": RED(
                lambda f: (
                    "https://inkpass.app/auth/verify?token="
                    + "".join(f.pick(ALNUM + "-_") for _ in range(43))
                ),
                "token",
            ),
            "expiresInSeconds": g(lambda f: 900),
            "requestIp": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "emailProvider": g(lambda f: f.pick(["postmark", "ses"])),
        },
        None,
    ),
    (
        "track",
        "Verification Code Sent",
        ["node", "go"],
        {
            "phone_number": Y(lambda f: f.e164(), "phone"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": g(lambda f: f.pick(["sms", "whatsapp"])),
            "attempt": g(lambda f: f.r.randint(1, 3)),
            "code_length": g(lambda f: 6),
            "expires_at": g(lambda f: f.iso()),
            "verify_service_sid": g(lambda f: "VA" + f.hexid(32)),
        },
        None,
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form": g(lambda f: f.pick(["booking_request", "consent", "waitlist"])),
            "field": g(lambda f: "fullName"),
            "label": g(lambda f: f.pick(["Your name", "Full name (as on ID)", "ชื่อ-นามสกุล"])),
            "value": Y(lambda f: f.pick([f.full_name(), f.th_script_name()]), "name", True),
            "duration_ms": g(lambda f: f.r.randint(400, 12000)),
            "corrections": g(lambda f: f.r.randint(0, 4)),
        },
        None,
    ),
    (
        "track",
        "Chatbot Answer Received",
        ["web", "swift"],
        {
            "conversation_id": g(lambda f: "conv_" + f.hexid(12)),
            "prompt_id": g(lambda f: "ask_contact"),
            "text": g(
                lambda f: f.pick(
                    ["What's the best number or email to reach you?", "Where should we send your quote?"]
                )
            ),
            "input": Y(lambda f: f.pick([f.phone(), f.email()]), "phone|email", True),
            "turn": g(lambda f: f.r.randint(2, 9)),
            "intent": g(lambda f: f.pick(["booking_quote", "piercing_question", "reschedule"])),
            "bot_version": g(lambda f: f.pick(["1.8.2", "1.9.0"])),
        },
        None,
    ),
    (
        "track",
        "Waitlist Joined",
        ["web", "swift", "kotlin"],
        {
            "artist_id": g(lambda f: f.pick(["a_1042", "a_2210", "a_3307"])),
            "email": Y(lambda f: f.email(), "email"),
            "preferred_months": Many(g(lambda f: f.pick(["2024-09", "2024-10", "2024-11", "2025-01"])), 3),
            "waitlist_position": g(lambda f: f.r.randint(1, 400)),
            "notify_by_sms": g(lambda f: f.pick([True, False])),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        None,
    ),
    (
        "track",
        "Guest Account Claimed",
        ["node", "python"],
        {
            "guest_identifier": Y(lambda f: f.email(), "email", True),
            "merged_bookings": g(lambda f: f.r.randint(1, 6)),
            "method": g(lambda f: f.pick(["magic_link", "password_set", "apple"])),
            "guest_created_at": g(lambda f: f.iso()),
        },
        None,
    ),
    (
        "track",
        "Support Ticket Created",
        ["python"],
        {
            "ticket_id": g(lambda f: int(f.digits(6))),
            "subject": g(
                lambda f: f.pick(
                    [
                        "Deposit refund",
                        "Change of artist",
                        "Piercing aftercare question",
                        "Gift card not received",
                        "Booking app crash",
                    ]
                )
            ),
            "description": g(
                lambda f: f.pick(
                    [
                        "I paid the deposit twice by mistake, can one be refunded?",
                        "The app logs me out every time I open the booking page.",
                        "Gift card email never arrived, checked spam already.",
                        "Can I swap my session to a different artist at the same studio?",
                    ]
                )
            ),
            "requester": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "via": {"channel": g(lambda f: f.pick(["web", "email", "mobile_sdk", "whatsapp"]))},
            "priority": g(lambda f: f.pick(["low", "normal", "high"])),
            "tags": Many(g(lambda f: f.pick(["deposit", "refund", "app_bug", "gift_card", "vip"])), 3),
            "assignee_id": g(lambda f: int(f.digits(11))),
            "group_id": g(lambda f: int(f.digits(11))),
        },
        None,
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "list_id": g(lambda f: f.hexid(10)),
            "source": g(lambda f: f.pick(["footer", "exit_intent", "checkout"])),
            "double_opt_in": g(lambda f: f.pick([True, False])),
        },
        None,
    ),
    # -- studio operations -----------------------------------------------------------------------
    (
        "track",
        "Customer Lookup",
        ["dotnet", "flutter"],
        {
            "q": Y(lambda f: f.pick([f.phone(), f.email()]), "phone|email", True),
            "results": g(lambda f: f.r.randint(0, 3)),
            "staff_id": g(lambda f: "st_" + f.digits(4)),
            "matched": g(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Walk-In Checked In",
        ["dotnet"],
        {
            "CustomerId": g(lambda f: int(f.digits(6))),
            "CustomerFullName": Y(lambda f: f.full_name(), "name"),
            "MobileNumber": Y(lambda f: f.phone(), "phone"),
            "EmailAddress": Y(lambda f: f.email(), "email"),
            "DateOfBirth": Y(lambda f: f.date(1960, 2006) + "T00:00:00", "birthdate"),
            "ServiceType": g(lambda f: f.pick(["Piercing", "Tattoo", "Jewellery Change", "Touch Up"])),
            "ArtistName": Y(lambda f: f.full_name(), "name"),
            "ChairNumber": g(lambda f: f.r.randint(1, 8)),
            "DepositPaid": g(lambda f: f.money_r(0, 100)),
            "PaymentMethod": g(lambda f: f.pick(["Card", "Cash", "GiftCard"])),
            "CardLast4": g(lambda f: f.digits(4)),
            "CardBrand": g(lambda f: f.pick(["Visa", "Mastercard", "Amex"])),
            "ReceiptNumber": g(lambda f: f"R{f.r.randint(1, 9)}-{f.digits(6)}"),
            "TerminalId": g(lambda f: "WPE-" + f.digits(5)),
            "StudioCode": g(lambda f: f.studio()[0].upper()),
            "AgeVerified": g(lambda f: f.pick([True, False])),
            "IdType": g(lambda f: f.pick(["Passport", "DrivingLicence", "StateId", "CitizenCard"])),
            "IdNumber": RED(lambda f: f.id_document(), "national id|passport|license"),
            "Note": Y(desk_note, "phone", True),
            "CheckedInAtUtc": g(lambda f: f.iso()),
        },
        ["us", "uk"],
    ),
    (
        "track",
        "Staff Shift Clocked",
        ["dotnet"],
        {
            "StaffId": g(lambda f: "st_" + f.digits(4)),
            "StaffName": Y(lambda f: f.full_name(), "name"),
            "Role": g(lambda f: f.pick(["Tattoo Artist", "Piercer", "Front Desk", "Apprentice"])),
            "ShiftStart": g(lambda f: f.iso()),
            "ShiftEnd": g(lambda f: f.iso()),
            "HoursWorked": g(lambda f: round(f.r.uniform(3, 11), 2)),
            "HourlyRate": Y(lambda f: f.money_r(14, 45), "salary"),
            "StudioCode": g(lambda f: f.studio()[0].upper()),
            "Overtime": g(lambda f: f.pick([True, False])),
        },
        ["us", "uk"],
    ),
    (
        "track",
        "Artist Onboarded",
        ["python", "java"],
        {
            "artist_id": g(lambda f: f"a_{f.r.randint(1000, 9999)}"),
            "display_name": Y(lambda f: f.full_name(), "name"),
            "legal_name": Y(lambda f: f.full_name(), "name"),
            "work_email": Y(
                lambda f: (
                    f.first().lower().replace(" ", "")
                    + "@"
                    + f.pick(["inkhaus.co.uk", "ironlotus.tattoo", "bangkokink.co.th"])
                ),
                "email",
            ),
            "personal_phone": Y(lambda f: f.phone(), "phone"),
            "date_of_birth": Y(lambda f: f.date(1965, 2004), "birthdate"),
            "home_address": Y(lambda f: f.address_line(), "address"),
            "next_of_kin_name": Y(lambda f: f.full_name(), "name"),
            "next_of_kin_phone": Y(lambda f: f.phone(), "phone"),
            "studio_id": g(lambda f: f.studio()[0]),
            "employment_type": g(lambda f: f.pick(["employee", "contractor", "guest", "apprentice"])),
            "start_date": g(lambda f: f.day()),
            "commission_pct": Y(lambda f: f.pick([40, 50, 55, 60, 70]), "salary"),
            "hourly_rate": Y(lambda f: f.money_r(18, 60), "salary"),
            "body_art_license_number": Y(lambda f: f.pick(["BA-", "TAT", "BP"]) + f.digits(6), "license"),
            "license_state": g(lambda f: f.state()),
            "bbp_certificate_id": Y(lambda f: "BBP-" + f.digits(4) + "-" + f.code(5), "certificate"),
            "bbp_certificate_expiry": g(lambda f: f.date(2025, 2027)),
            "years_experience": g(lambda f: f.r.randint(1, 30)),
            "payout": {
                "account_holder": Y(lambda f: f.full_name(), "name"),
                "routing_or_sort_code": g(lambda f: f.pick([f.sort_code(), f.routing()])),
                "account_number": RED(lambda f: f.bank_account(), "bank account"),
            },
        },
        None,
    ),
    (
        "track",
        "UK Staff Right To Work Checked",
        ["java"],
        {
            "staff_id": g(lambda f: "st_" + f.digits(4)),
            "ni_number": RED(lambda f: f.nino(), "national id"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False, False]), "visa"),
            "right_to_work_status": RED(
                lambda f: f.pick(
                    [
                        "british_citizen",
                        "settled_status",
                        "pre_settled_status",
                        "skilled_worker_visa",
                        "graduate_visa",
                    ]
                ),
                "visa",
            ),
            "share_code": RED(lambda f: f"{f.code(3)} {f.code(3)} {f.code(3)}", "visa"),
            "check_completed_at": g(lambda f: f.iso()),
            "checked_by": g(lambda f: "st_" + f.digits(4)),
            "follow_up_due": g(lambda f: f.pick([None, f.date(2025, 2026)])),
        },
        ["uk"],
    ),
    (
        "track",
        "US Staff Payroll Enrolled",
        ["java"],
        {
            "staff_id": g(lambda f: "st_" + f.digits(4)),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "w4_filing_status": g(
                lambda f: f.pick(["single", "married_filing_jointly", "head_of_household"])
            ),
            "annual_salary": Y(lambda f: f.r.randint(32000, 95000), "salary"),
            "pay_frequency": g(lambda f: f.pick(["weekly", "biweekly"])),
            "direct_deposit_routing": g(lambda f: f.routing()),
            "direct_deposit_account": RED(lambda f: f.bank_account(), "bank account"),
            "home_address": Y(lambda f: f.address_line(), "address"),
            "i9_completed": g(lambda f: f.pick([True, False])),
        },
        ["us"],
    ),
    (
        "track",
        "Calendar Connected",
        ["node", "ruby"],
        {
            "provider": g(lambda f: "google"),
            "calendar_id": Y(lambda f: f.email(), "email", True),
            "access_token": RED(
                lambda f: "ya29.a0" + "".join(f.pick(ALNUM + "-_") for _ in range(110)), "token"
            ),
            "refresh_token": RED(
                lambda f: "1//0" + "".join(f.pick(ALNUM + "-_") for _ in range(96)), "token"
            ),
            "scope": g(lambda f: "https://www.googleapis.com/auth/calendar.events"),
            "expires_in": g(lambda f: 3599),
            "artist_id": g(lambda f: f.pick(["a_1042", "a_2210", "a_3307", "a_0871"])),
            "sync_enabled": g(lambda f: True),
        },
        None,
    ),
    (
        "track",
        "Purchase Sent To Meta",
        ["python"],
        {
            "event_id": g(lambda f: f.uuid()),
            "event_name": g(lambda f: f.pick(["Purchase", "Schedule", "Lead"])),
            "action_source": g(lambda f: f.pick(["website", "app", "physical_store"])),
            "event_source_url": g(
                lambda f: "https://inkpass.app" + f.pick(["/book/deposit", "/shop/checkout"])
            ),
            "user_data": {
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": g(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(
                    lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + "".join(f.pick(ALNUM) for _ in range(40)),
                    "advertising id",
                ),
                "external_id": g(lambda f: f.hexid(64)),
            },
            "custom_data": {"value": g(lambda f: f.money_r(30, 400)), "currency": cur()},
            "test_event_code": g(lambda f: f.pick([None, "TEST4821"])),
        },
        None,
    ),
]

REGION_WEIGHTS = ["us", "us", "uk", "uk", "th", "th"]


def build(seed: int, repeats: int):
    f = Studio(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, regions in EVENTS:
            f.region = f.pick(regions or REGION_WEIGHTS)
            f._studio = f.any_studio()
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = f.studio()[0]
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            if client in ("web", "swift", "kotlin", "rn", "flutter"):
                msg["sentAt"] = msg["timestamp"]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=206, repeats=30)
    write(Path(__file__).parent, "holdout206_", events, labels)
