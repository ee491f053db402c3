# ruff: noqa: RUF001  (Turkish dotless i and Yoruba diacritics are the data, not typos)
"""Writes holdout220: tests/corpus/holdout220_events.jsonl and holdout220_labels.json.

Sealed: written from the Segment spec, the reference's default matcher table and the labelling
policy alone, without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and without running the engine on these events. It is for scoring on unseen
traffic; nothing may be tuned against it.

Domain: "Shearly", a barbershop and hair-salon booking app used in Nigeria, Turkey and the US.
Covers client profiles (hair type, product allergies, scalp conditions, style photos), dependants
booked by a parent, stylist and chair-rental staff accounts (payroll, payout accounts, guarantors,
emergency contacts, right-to-work answers), appointments, walk-in queues, home-service visits,
deposits (Paystack, iyzico, Stripe-shaped), tips and payouts, loyalty stamps, reviews with
photos, SMS/WhatsApp reminders (Termii-, Twilio- and WhatsApp Cloud-shaped payloads), consent
records (Turkey's IYS), ad attribution (Meta Conversions API, AppsFlyer), a SendGrid webhook, a
home-care product shop (Segment e-commerce spec) and a warehouse reverse-ETL identify.
Message types: identify, track, page, screen, group, alias. Contexts of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python,
node, go, java, ruby, php and .NET server libraries (context.ip, context.traits, device, app,
library, locale, userAgent, campaign).

Conventions: mostly camelCase and snake_case English keys; PascalCase (.NET POS, Twilio),
kebab-case (an embeddable booking widget), SCREAMING_SNAKE (warehouse sync), Turkish keys
(ASCII-folded, as Turkish backends usually write them) and Yoruba keys from a Lagos team's
client-card service. Each message draws a market (NG / TR / US) so names, phones (+234 / +90 /
NANP), addresses, cities and ids follow it; about one person in six has a name from another
market (diaspora). Turkish ids pass the T.C. Kimlik checksum, Nigerian account numbers the NUBAN
check digit, IBANs mod-97, cards Luhn (Verve, Troy, Visa, Mastercard, Amex), SSNs the SSA rules.

Labelling rules (the product's default colours):
- PII: personal data about a natural person (the client, a guest or child they book for, a gift
  recipient, a contact, a stylist, a guarantor, an emergency contact, an applicant). Colour is the
  reference's default for the matcher; outside the reference red for credentials/secrets/tokens,
  card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we or a vendor issue (user, appointment, payment, message ids, Twilio SIDs,
  WhatsApp message ids, customer codes, loyalty numbers), versions, timestamps, amounts, enums,
  counters and booleans under PII-sounding keys, product/brand/salon/company names (also when
  they contain a person's name: "Carol's Daughter", "Kuafor Ayse Nisantasi", "Uncle Ray's"), pets'
  names, places that are not the person's (a salon's city, address, phone, coordinates; a searched
  area), state/province (a Turkish `il`), country, locale, timezone, currency, user agents, device
  ids and IDFV, card brand / last four / expiry / BIN, bank names and bank codes, routing numbers,
  job titles, ages, e-mail Message-IDs, a business's own phone/e-mail/address (the salon's
  number, a Twilio `From` that is the salon's sender, a WhatsApp business number, role mailboxes).
- Policy cases used here: loyalty numbers and customer codes green; insurance policy numbers
  yellow `identification`; pay yellow `salary` (hourly rates, commission rates, payout amounts
  and tips paid out to a stylist; a tip a client adds at checkout is an order amount: green);
  vehicle plates yellow `license`; gclid/fbp/fbc yellow `advertising id`; billing and shipping
  addresses yellow `address`; payment tokens (Paystack authorization codes, Stripe pm_ ids),
  one-time codes, magic-link and reset-link tokens, invite tokens red `token`; identity document
  numbers red `national id` / `passport`; right-to-work and sponsorship answers red `visa`.
- Special categories: booleans or enums that reveal them are PII of that category: product
  allergies and patch-test reactions `allergy`, scalp conditions and pregnancy `condition`,
  medications `medication`, wheelchair/hearing/sensory accommodations `disability` (red), a
  request for a private room to remove a hijab `religion`, EEO answers `race`/`ethnicity`/`gender`.
- Decisions where the policy is silent (what a careful privacy owner would want):
  hair type, texture, porosity and length are service attributes, green; a cosmetology licence
  number identifies its holder: yellow `license`; push tokens (APNs/FCM) reach one person's
  device: red `token`; gate and door codes of a home: red `secret`; a gift-card redemption code is
  a bearer credential: red `token`; SHA-256 hashes of an e-mail or phone sent for ad matching
  (Meta `em`, `ph`) are still that person's identifier: yellow `email` / `phone`, not value_only
  (the vendor's key names them); a hash of our own user id is green; an Instagram handle of a
  person is yellow `name` (a salon's handle is green); BVN and NIN are red `national id`; photos
  of the client or of a stylist are yellow `photo`, inspiration pictures from Pinterest and salon
  cover photos are green; a Turkish `ilce` (district of the person's home) is yellow `city`;
  IP-derived or device coordinates of the user are yellow `geolocation`.
- value_only is true when the key does not say what the value is (`value`, `text`, `q`, `note`,
  `to`, `To`, `Body`, `wa_id`, `from`, `recipient`, `message`, free-text reviews); such a path holds
  that PII in every one of its values. Free text is labelled by what every value carries, green
  when none carries PII (stylist notes, WhatsApp replies, survey comments are written without it).
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places per market -------------------------------------------------------------------

FIRST = {
    "NG": [
        "Adebayo",
        "Oluwaseun",
        "Chiamaka",
        "Ngozi",
        "Emeka",
        "Aisha",
        "Ibrahim",
        "Funmilayo",
        "Temitope",
        "Babatunde",
        "Yusuf",
        "Folake",
        "Chidinma",
        "Tunde",
        "Bisola",
        "Kelechi",
        "Zainab",
        "Olumide",
        "Amaka",
        "Segun",
        "Halima",
        "Ifeoma",
        "Damilola",
        "Obinna",
    ],
    "TR": [
        "Ayşe",
        "Mehmet",
        "Elif",
        "Emre",
        "Zeynep",
        "Burak",
        "Hülya",
        "Can",
        "Selin",
        "Oğuz",
        "Fatma",
        "Mustafa",
        "Büşra",
        "Kerem",
        "Merve",
        "Hakan",
        "Deniz",
        "Şule",
        "İbrahim",
        "Gökhan",
    ],
    "US": [
        "Jasmine",
        "DeShawn",
        "Tiana",
        "Marcus",
        "Latoya",
        "Andre",
        "Keisha",
        "Brianna",
        "Carlos",
        "María",
        "Kevin",
        "Emily",
        "Jamal",
        "Aaliyah",
        "Tyrone",
        "Destiny",
        "Luis",
        "Ashley",
        "Malik",
        "Imani",
        "Connor",
        "Mei",
    ],
}
LAST = {
    "NG": [
        "Adeyemi",
        "Okonkwo",
        "Bello",
        "Olawale",
        "Eze",
        "Abubakar",
        "Ogunleye",
        "Nwosu",
        "Balogun",
        "Okafor",
        "Adewale",
        "Musa",
        "Chukwu",
        "Afolabi",
        "Ibekwe",
        "Lawal",
        "Oyelaran",
        "Danjuma",
    ],
    "TR": [
        "Yılmaz",
        "Kaya",
        "Demir",
        "Şahin",
        "Çelik",
        "Öztürk",
        "Aydın",
        "Arslan",
        "Doğan",
        "Koç",
        "Kılıç",
        "Aslan",
        "Çetin",
        "Erdoğan",
        "Güneş",
        "Özdemir",
    ],
    "US": [
        "Johnson",
        "Williams",
        "Brown",
        "Jackson",
        "Davis",
        "Rodriguez",
        "Thompson",
        "Washington",
        "Nguyen",
        "Kim",
        "Harris",
        "Robinson",
        "Jefferson",
        "Martinez",
        "Coleman",
        "O'Neal",
        "Banks",
    ],
}
CITIES = {
    "NG": ["Lagos", "Abuja", "Ibadan", "Port Harcourt", "Benin City", "Enugu", "Abeokuta"],
    "TR": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir"],
    "US": ["Atlanta", "Houston", "Brooklyn", "Chicago", "Charlotte", "Oakland", "Newark"],
}
STATES = {
    "NG": ["Lagos", "FCT", "Oyo", "Rivers", "Edo", "Enugu", "Ogun"],
    "TR": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "US": ["GA", "TX", "NY", "IL", "NC", "CA", "NJ"],
}
ILCE = ["Kadıköy", "Beşiktaş", "Şişli", "Üsküdar", "Çankaya", "Karşıyaka", "Bornova", "Ataşehir", "Nilüfer"]
NG_STREETS = [
    "Admiralty Way",
    "Allen Avenue",
    "Bode Thomas Street",
    "Adeola Odeku Street",
    "Awolowo Road",
    "Aminu Kano Crescent",
    "Ogunlana Drive",
    "Herbert Macaulay Way",
    "Ajose Adeogun Street",
    "Oduduwa Crescent",
]
NG_AREAS = ["Lekki Phase 1", "Ikeja GRA", "Surulere", "Victoria Island", "Ikoyi", "Wuse 2", "Yaba", "Bodija"]
TR_MAH = ["Caferağa", "Moda", "Bostancı", "Kızılay", "Alsancak", "Bahçelievler", "Teşvikiye", "Göztepe"]
TR_STREETS = ["Bağdat Cad.", "Atatürk Cad.", "Cumhuriyet Cad.", "Halaskargazi Cad.", "İnönü Sok.", "Gül Sok."]
US_STREETS = [
    "Peachtree St NE",
    "Flatbush Ave",
    "Westheimer Rd",
    "MLK Jr Blvd",
    "S Halsted St",
    "Beatties Ford Rd",
    "International Blvd",
    "Springfield Ave",
]
MAIL = {
    "NG": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com"],
}
NG_PREFIX = [
    "803",
    "806",
    "813",
    "816",
    "703",
    "706",
    "810",
    "814",
    "903",
    "805",
    "807",
    "815",
    "802",
    "808",
    "809",
]
TR_PREFIX = ["530", "532", "533", "535", "536", "541", "542", "544", "505", "506", "551", "553", "555"]
FOLD = str.maketrans("şŞğĞıİöÖüÜçÇéáíñ'", "sSgGiIoOuUcCeain ")

SALONS = {
    "NG": [
        "Fade Republic Lekki",
        "Cutz by Tunde",
        "Braids & Beyond Ikeja",
        "Hair Palace Wuse 2",
        "Kinky Kurls Studio",
        "Gentlemen's Den VI",
    ],
    "TR": [
        "Kuaför Ayşe Nişantaşı",
        "Mr. Ahmet Erkek Kuaförü",
        "Saç Atölyesi Kadıköy",
        "Berber Osman",
        "Bella Güzellik",
    ],
    "US": [
        "Crown & Glory Atlanta",
        "Fresh Cutz Brooklyn",
        "Kinks & Coils Houston",
        "The Braid Bar",
        "Uncle Ray's Barbershop",
    ],
}
SERVICES = {
    "NG": [
        "Low cut",
        "Skin fade + beard",
        "Knotless braids (medium)",
        "Ghana weaving",
        "Frontal wig install",
        "Shuku",
    ],
    "TR": ["Saç kesimi", "Sakal tıraşı", "Fön", "Keratin bakım", "Balyaj", "Çocuk saç kesimi"],
    "US": [
        "Low fade",
        "Silk press",
        "Loc retwist",
        "Box braids",
        "Kids cut",
        "Hot towel shave",
        "Wash & set",
    ],
}
PRODUCTS = [
    ("Cantu Shea Butter Leave-In Conditioning Repair Cream", "Cantu", "Leave-in"),
    ("Mielle Rosemary Mint Scalp & Hair Strengthening Oil", "Mielle", "Oils"),
    ("Carol's Daughter Black Vanilla Leave-In", "Carol's Daughter", "Leave-in"),
    ("Aunt Jackie's Curl La La Defining Curl Custard", "Aunt Jackie's", "Styling"),
    ("Olaplex No.3 Hair Perfector", "Olaplex", "Treatment"),
    ("Morfose Milk Therapy 2 Phase Conditioner", "Morfose", "Conditioner"),
    ("ORS Olive Oil Edge Control", "ORS", "Styling"),
    ("Uncle Jimmy Beard Oil", "Uncle Jimmy", "Beard"),
    ("Urban Care Argan Oil Şampuan", "Urban Care", "Shampoo"),
    ('X-pression Ultra Braid 82"', "X-pression", "Braiding hair"),
    ("Wahl Magic Clip Cordless", "Wahl", "Tools"),
]
CURRENCY = {"NG": "NGN", "TR": "TRY", "US": "USD"}
TZ = {"NG": "Africa/Lagos", "TR": "Europe/Istanbul", "US": "America/New_York"}
OFFSET = {"NG": "+01:00", "TR": "+03:00", "US": "-05:00"}
LOCALES = {"NG": ["en-NG", "en-GB", "yo-NG"], "TR": ["tr-TR", "en-US"], "US": ["en-US", "es-US"]}
ROUTING = ["061000104", "021000021", "111000025", "026009593", "063100277"]
HAIR_TYPES = ["1A", "2B", "3A", "3C", "4A", "4B", "4C", "straight", "wavy", "coily"]
ALLERGIES = [
    "PPD (paraphenylenediamine)",
    "latex",
    "fragrance",
    "nickel",
    "ammonium thioglycolate",
    "lanolin",
]
ALERJI = ["PPD (boya)", "lateks", "parfüm", "nikel", "amonyak"]
SCALP = ["seborrheic dermatitis", "scalp psoriasis", "traction alopecia", "alopecia areata", "eczema"]
MEDS = ["minoxidil", "isotretinoin", "finasteride", "levothyroxine", "spironolactone"]


class SalonFake(Fake):
    """Fake values that follow the market (`cc`) of the message being rendered."""

    cc = "NG"

    def market(self):
        if self.r.random() < 0.17:
            return self.pick([c for c in FIRST if c != self.cc])
        return self.cc

    def first(self):
        return self.pick(FIRST[self.market()])

    def last(self):
        return self.pick(LAST[self.market()])

    def full_name(self):
        m = self.market()
        return f"{self.pick(FIRST[m])} {self.pick(LAST[m])}"

    def email(self):
        first, last = self.full_name().split(" ", 1)
        first = first.translate(FOLD).lower()
        last = last.translate(FOLD).lower().replace(" ", "")
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first}_{last}",
                f"{first[0]}{last}",
                f"{first}{self.r.randint(1980, 2006)}",
            ]
        )
        return f"{user}@{self.pick(MAIL[self.cc])}"

    def phone(self, style=None):
        if self.cc == "NG":
            p, a, b = self.pick(NG_PREFIX), self.digits(3), self.digits(4)
            return self.pick(
                [f"+234 {p} {a} {b}", f"0{p}{a}{b}", f"0{p} {a} {b}", f"+234{p}{a}{b}", f"234{p}{a}{b}"]
            )
        if self.cc == "TR":
            p, a, b, c = self.pick(TR_PREFIX), self.digits(3), self.digits(2), self.digits(2)
            return self.pick(
                [f"+90 {p} {a} {b} {c}", f"0{p} {a} {b} {c}", f"0{p}{a}{b}{c}", f"+90{p}{a}{b}{c}"]
            )
        return super().phone(
            style or self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"])
        )

    def e164(self):
        digits = "".join(c for c in self.phone() if c.isdigit())
        if self.cc == "NG":
            return "+234" + digits[-10:]
        if self.cc == "TR":
            return "+90" + digits[-10:]
        return "+1" + digits[-10:]

    def street(self):
        if self.cc == "NG":
            return f"{self.r.randint(1, 120)} {self.pick(NG_STREETS)}, {self.pick(NG_AREAS)}"
        if self.cc == "TR":
            door = f"No:{self.r.randint(1, 250)}/{self.r.randint(1, 20)}"
            return f"{self.pick(TR_MAH)} Mah. {self.pick(TR_STREETS)} {door}"
        return f"{self.r.randint(10, 9899)} {self.pick(US_STREETS)}"

    def unit(self):
        if self.cc == "TR":
            return f"D:{self.r.randint(1, 24)}"
        return self.pick(
            [f"Apt {self.r.randint(1, 30)}{self.pick('ABCD')}", f"Flat {self.r.randint(1, 12)}", "Unit 4"]
        )

    def city(self):
        return self.pick(CITIES[self.cc])

    def state(self):
        return self.pick(STATES[self.cc])

    def zip(self):
        if self.cc == "NG":
            return self.pick(["100001", "101233", "105102", "900288", "200284", "101241"])
        if self.cc == "TR":
            return self.pick(["34", "06", "35", "16"]) + f"{self.r.randint(0, 999):03d}"
        return f"{self.r.randint(10001, 99950):05d}"

    def salon(self):
        return self.pick(SALONS[self.cc])

    def service(self):
        return self.pick(SERVICES[self.cc])

    def cur(self):
        return CURRENCY[self.cc]

    def price(self):
        lo, hi = {"NG": (3000, 85000), "TR": (250, 4500), "US": (25, 320)}[self.cc]
        return round(self.r.uniform(lo, hi), 0 if self.cc == "NG" else 2)

    def slot(self):
        day = f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"
        return f"{day}T{self.r.randint(8, 19):02d}:{self.pick(['00', '15', '30', '45'])}:00{OFFSET[self.cc]}"

    def when(self):
        return f"{self.r.randint(9, 19)}:{self.pick(['00', '30'])}"

    def photo(self, kind="clients"):
        return f"https://media.shearly.co/{kind}/{self.hexid(12)}/{self.hexid(20)}.jpg"

    def card_any(self):
        if self.cc == "NG" and self.r.random() < 0.5:
            return self.luhn_complete("506099" + self.digits(12))  # Verve, 19 digits
        if self.cc == "TR" and self.r.random() < 0.4:
            return self.luhn_complete("9792" + self.digits(11))  # Troy
        return self.card()

    def tckn(self):
        d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(8)]
        d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))

    def nuban(self, bank=None):
        bank = bank or self.pick(["058", "044", "057", "011", "033", "232", "214", "050"])
        serial = "".join(str(self.r.randint(0, 9)) for _ in range(9))
        weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
        total = sum(int(c) * w for c, w in zip(bank + serial, weights))
        return serial + str((10 - total % 10) % 10)

    def tr_iban(self):
        bban = self.pick(["00010", "00062", "00046", "00064", "00067", "00111"]) + "0" + self.digits(16)
        numeric = "".join(str(int(c, 36)) for c in bban + "TR00")
        raw = f"TR{98 - int(numeric) % 97:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.5 else raw

    def nin(self):
        return self.digits(11)

    def bvn(self):
        return "22" + "".join(str(self.r.randint(0, 9)) for _ in range(9))

    def sha256(self):
        return self.hexid(64)


def staff_email(f: SalonFake) -> str:
    first, last = f.full_name().split(" ", 1)
    first = first.translate(FOLD).lower()
    last = last.translate(FOLD).lower().replace(" ", "")
    domain = f.pick(["fadehouse.ng", "crownandglory.com", "kuaforayse.com.tr", "shearly.co"])
    return f"{first}.{last}@{domain}"


def review_text(f: SalonFake) -> str:
    n = f.first()
    return f.pick(
        [
            f"{n} did an amazing job on my knotless braids, will be back!",
            f"Best fade in town. Ask for {n}.",
            f"{n} was 40 minutes late but the silk press was worth it",
            f"{n} çok ilgiliydi, saçım harika oldu",
            f"Loved my wash & set. Thank you {n}!",
            f"Booked with {n} for my son's first cut, so patient with him",
        ]
    )


def reminder_text(f: SalonFake) -> str:
    n, s, t = f.first(), f.salon(), f.when()
    return f.pick(
        [
            f"Hi {n}, reminder: your appointment at {s} is tomorrow at {t}. Reply C to cancel.",
            f"Merhaba {n}, yarın saat {t} {s} randevunuz var. İptal için IPTAL yazın.",
            f"Ẹ kú àárọ̀ {n}, your appointment at {s} is today by {t}. See you!",
            f"{n}, your stylist is ready for you at {s}. Please come to chair {f.r.randint(1, 9)}.",
        ]
    )


def gift_text(f: SalonFake) -> str:
    n = f.first()
    return f.pick(
        [
            f"Happy birthday {n}! Treat yourself 💇🏾‍♀️",
            f"Enjoy your pamper day {n}, love you",
            f"İyi ki doğdun {n}! 🎉",
            f"{n}, this one's on me. Go get that fresh cut.",
        ]
    )


def chat_with_email(f: SalonFake) -> str:
    e = f.email()
    return f.pick(
        [
            f"Hi, I booked under {e} but never got the confirmation",
            f"Please send the receipt to {e}",
            f"Merhaba, {e} adresime fatura gelmedi",
            f"can you change my account email to {e}? thanks",
        ]
    )


def callback_text(f: SalonFake) -> str:
    p = f.phone()
    return f.pick(
        [
            f"Please call me on {p} about braids prices",
            f"Can someone WhatsApp me at {p}?",
            f"Beni {p} numarasından arayabilir misiniz?",
            f"Ẹ jọ̀ọ́ ẹ pè mí lórí {p}",
        ]
    )


def no_show_note(f: SalonFake) -> str:
    n = f.first()
    return f.pick(
        [
            f"Called {n} twice, no answer",
            f"{n} said she forgot, rebooked for next week",
            f"{n} aradı, trafikteymiş",
            f"{n} ko wa, phone off",
        ]
    )


STYLIST_NOTES = [
    "Irun rẹ̀ gbẹ gan, lo deep conditioner",
    "Ko fẹ́ relaxer, natural nikan",
    "Prefers a #2 guard on the sides, scissors on top",
    "Edges are thin, no tight braids",
    "Ó fẹ́ràn kí a ge e kúrú",
    "Uses 30-inch braiding hair, bring extra packs",
    "Likes a hard part on the left",
]
CLIENT_NOTES = [
    "Please bring the 30-inch braiding hair",
    "I'm running 10 mins late",
    "First time, I want something low maintenance",
    "Beard line up only please",
    "Saçım çok kabarık, fön istiyorum",
    "",
]


def rand_hex_upper(f, n):
    return f.hexid(n).upper()


# -- contexts of the client libraries ---------------------------------------------------------------


def web_context(f: SalonFake) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/", "/s/fade-republic-lekki", "/book", "/shop", "/gift-cards"])),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.instagram.com/", "https://www.google.com/", "", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=instagram&utm_medium=social", "?ref=ig_bio", "?lang=tr"])
            ),
            "title": G(
                lambda f: f.pick(["Shearly – Book your barber", "Book | Shearly", "Shop hair care | Shearly"])
            ),
            "url": G(
                lambda f: f.pick(
                    ["https://book.shearly.co/", "https://book.shearly.co/book", "https://shearly.co/shop"]
                )
            ),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Linux; Android 13; TECNO CK7n) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/121.0.6167.178 Mobile Safari/537.36",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 "
                    "(KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/122.0.0.0 Safari/537.36",
                ]
            )
        ),
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not A(Brand"])),
                    "version": G(lambda f: f.pick(["121", "122", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["detty_december", "ramazan_bayrami", "back_to_school_cuts"])),
            "source": G(lambda f: f.pick(["instagram", "google", "tiktok"])),
            "medium": G(lambda f: f.pick(["social", "cpc", "influencer"])),
            "content": G(lambda f: f.pick(["reel_01", "story_braids", "carousel_fades"])),
            "term": G(lambda f: f.pick(["barber near me", "knotless braids lagos", "kuaför kadıköy"])),
        }
    return ctx


def mobile_traits():
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "phone": Y(lambda f: f.phone(), "phone"),
        "hairType": G(lambda f: f.pick(HAIR_TYPES)),
        "loyaltyNumber": G(lambda f: "SHR" + f.digits(8)),
    }


def app_block(ns: str):
    return {
        "name": G(lambda f: "Shearly"),
        "version": G(lambda f: f.pick(["4.8.0", "4.9.1", "4.10.0"])),
        "build": G(lambda f: f.pick(["480", "491", "4100"])),
        "namespace": G(lambda f: ns),
    }


def swift_context(f: SalonFake) -> dict[str, Any]:
    tracking = f.r.random() < 0.35
    device: dict[str, Any] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
        "name": G(lambda f: "iPhone"),
        "type": G(lambda f: "ios"),
        "adTrackingEnabled": G(lambda f: tracking),
    }
    if tracking:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.5:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    return {
        "app": app_block("co.shearly.ios"),
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "16.7.5", "17.4"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context(f: SalonFake) -> dict[str, Any]:
    tracking = f.r.random() < 0.6
    device: dict[str, Any] = {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(lambda f: f.pick(["TECNO", "samsung", "Infinix", "Xiaomi", "Google"])),
        "model": G(
            lambda f: f.pick(["TECNO CK7n", "SM-A546E", "Infinix X6833B", "Redmi Note 12", "Pixel 7a"])
        ),
        "name": G(lambda f: f.pick(["CK7n", "a54x", "X6833B", "tapas", "lynx"])),
        "type": G(lambda f: "android"),
        "adTrackingEnabled": G(lambda f: tracking),
    }
    if tracking:
        device["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return {
        "app": app_block("co.shearly.android"),
        "device": device,
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "NG": ["MTN NG", "Airtel", "Glo"],
                        "TR": ["Turkcell", "Vodafone TR"],
                        "US": ["T-Mobile", "Verizon"],
                    }[f.cc]
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK7n Build/TP1A.220624.014)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def rn_context(f: SalonFake) -> dict[str, Any]:
    return {
        "app": app_block("co.shearly.staff"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X200", "iPhone14,7"])),
            "name": G(lambda f: f.pick(["iPad", "gta8wifi", "iPhone"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "Android", "iOS"])),
            "version": G(lambda f: f.pick(["17.3", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([820, 800, 390])),
            "height": G(lambda f: f.pick([1180, 1280, 844])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "staffRole": G(lambda f: f.pick(["stylist", "front_desk", "owner"])),
            "branchId": G(lambda f: "br_" + f.digits(4)),
        },
    }


def flutter_context(f: SalonFake) -> dict[str, Any]:
    return {
        "app": app_block("co.shearly.client"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "samsung", "Apple"])),
            "model": G(lambda f: f.pick(["TECNO KI5q", "SM-A146P", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "17.2"])),
        },
        "screen": {"width": G(lambda f: f.pick([720, 390])), "height": G(lambda f: f.pick([1612, 844]))},
        "traits": mobile_traits(),
    }


SERVER = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.2"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(f: SalonFake, lib: str) -> dict[str, Any]:
    name, versions = SERVER[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if f.r.random() < 0.45:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
    if f.r.random() < 0.3:
        ctx["userAgent"] = G(
            lambda f: f.pick(["okhttp/4.12.0", "Shearly/4.9.1 CFNetwork/1490.0.4 Darwin/23.2.0"])
        )
    if f.r.random() < 0.3:
        ctx["locale"] = G(lambda f: f.pick(LOCALES[f.cc]))
    return ctx


def context_for(f: SalonFake, client: str) -> dict[str, Any]:
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


MOBILE = ["swift", "kotlin", "flutter"]
CLIENT = ["web", "swift", "kotlin", "flutter"]
BACKEND = ["python", "node", "go", "java", "ruby"]


# -- message bodies -----------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f"SHR-{f.pick(['LV', 'OI', 'ST', 'TL'])}-{f.r.randint(1000, 9999)}"),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "brand": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "variant": G(lambda f: f.pick(["8 oz", "12 oz", "250 ml", "1B", "#27"])),
        "price": G(lambda f: f.price()),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "position": G(lambda f: f.r.randint(1, 24)),
        "url": G(lambda f: f"https://shearly.co/shop/p/{f.r.randint(100, 999)}"),
        "image_url": G(lambda f: f"https://media.shearly.co/products/{f.hexid(10)}.webp"),
    }


def address_block():
    return {
        "street": Y(lambda f: f.street(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "state": G(lambda f: f.state()),
        "postalCode": Y(lambda f: f.zip(), "zipcode"),
        "country": G(lambda f: f.cc),
    }


def identify_mobile(f: SalonFake) -> dict[str, Any]:
    body: dict[str, Any] = {
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "email": Y(lambda f: f.email(), "email"),
        "phone": Y(lambda f: f.phone(), "phone"),
        "birthday": Y(lambda f: f.date(1960, 2008), "birthdate"),
        "gender": Y(lambda f: f.pick(["female", "male", "non_binary"]), "gender"),
        "age": G(lambda f: f.r.randint(16, 64)),
        "hairType": G(lambda f: f.pick(HAIR_TYPES)),
        "hairLength": G(lambda f: f.pick(["short", "shoulder", "long", "tapered"])),
        "hairPorosity": G(lambda f: f.pick(["low", "medium", "high"])),
        "preferredStylistId": G(lambda f: "sty_" + f.hexid(10)),
        "homeSalon": G(lambda f: f.salon()),
        "loyaltyNumber": G(lambda f: "SHR" + f.digits(8)),
        "stampsBalance": G(lambda f: f.r.randint(0, 9)),
        "smsOptIn": G(lambda f: f.pick([True, False])),
        "whatsappOptIn": G(lambda f: f.pick([True, False])),
        "emailVerified": G(lambda f: f.pick([True, False])),
        "phoneVerified": G(lambda f: True),
        "createdAt": G(lambda f: f.iso()),
        "avatarUrl": Y(lambda f: f.photo("avatars"), "photo"),
        "referralCode": G(lambda f: rand_hex_upper(f, 6)),
        "address": address_block(),
    }
    if f.r.random() < 0.4:
        body["allergies"] = Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2)
    if f.r.random() < 0.25:
        body["scalpConditions"] = Many(Y(lambda f: f.pick(SCALP), "condition"), 2)
    return body


def identify_web(f: SalonFake) -> dict[str, Any]:
    body: dict[str, Any] = {
        "email": Y(lambda f: f.email(), "email"),
        "first_name": Y(lambda f: f.first(), "name"),
        "last_name": Y(lambda f: f.last(), "name"),
        "phone_number": Y(lambda f: f.phone(), "phone"),
        "whatsapp_number": Y(lambda f: f.e164(), "phone"),
        "instagram_handle": Y(
            lambda f: (
                "@"
                + f.first().translate(FOLD).lower()
                + f.pick(["_braids", ".fades", "x", str(f.r.randint(1, 99))])
            ),
            "name",
        ),
        "signup_source": G(lambda f: f.pick(["instagram", "walk_in_qr", "google", "referral"])),
        "preferred_language": G(lambda f: f.pick(["en", "tr", "yo"])),
        "country": G(lambda f: f.cc),
        "city": Y(lambda f: f.city(), "city"),
        "marketing_consent": G(lambda f: f.pick([True, False])),
        "created_at": G(lambda f: f.epoch_ms()),
    }
    if f.r.random() < 0.35:
        body["gclid"] = Y(
            lambda f: (
                "Cj0KCQiA" + "".join(f.pick("abcdefghijkLMNOPQRSTuvwxyz0123456789_-") for _ in range(60))
            ),
            "advertising id",
        )
    if f.r.random() < 0.35:
        body["fbclid"] = Y(
            lambda f: "IwAR" + "".join(f.pick("abcdefghijkLMNOPQRSTuvwxyz0123456789_-") for _ in range(57)),
            "advertising id",
        )
    return body


IDENTIFY_WAREHOUSE = {
    "CUSTOMER_ID": G(lambda f: f.digits(9)),
    "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
    "FIRST_NAME": Y(lambda f: f.first(), "name"),
    "LAST_NAME": Y(lambda f: f.last(), "name"),
    "MOBILE_E164": Y(lambda f: f.e164(), "phone"),
    "DOB": Y(lambda f: f.date(1960, 2006), "birthdate"),
    "HOME_BRANCH": G(lambda f: f.salon()),
    "LIFETIME_VISITS": G(lambda f: f.r.randint(1, 140)),
    "LTV_USD": G(lambda f: f.money(15, 4000)),
    "LAST_VISIT_AT": G(lambda f: f.iso()),
    "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
    "PREFERRED_SERVICE": G(lambda f: f.service()),
    "VIP_TIER": G(lambda f: f.pick(["BRONZE", "SILVER", "GOLD"])),
    "HAS_PRODUCT_ALLERGY": Y(lambda f: f.pick([True, False]), "allergy"),
    "NO_SHOW_COUNT_90D": G(lambda f: f.r.randint(0, 4)),
    "SMS_CONSENT": G(lambda f: f.pick(["Y", "N"])),
}

IDENTIFY_DOTNET = {
    "ClientId": G(lambda f: f.r.randint(100000, 999999)),
    "FullName": Y(lambda f: f.full_name(), "name"),
    "MobileNumber": Y(lambda f: f.phone(), "phone"),
    "EmailAddress": Y(lambda f: f.email(), "email"),
    "DateOfBirth": Y(lambda f: f.date(1955, 2006) + "T00:00:00", "birthdate"),
    "MemberSince": G(lambda f: f.iso()),
    "MembershipTier": G(lambda f: f.pick(["Standard", "Plus", "Platinum"])),
    "LoyaltyCardNumber": G(lambda f: "7" + f.digits(12)),
    "HomeSalonId": G(lambda f: f.r.randint(10, 99)),
    "PreferredStylist": Y(lambda f: f.full_name(), "name"),
    "ColorFormulaNotes": G(
        lambda f: f.pick(["6N + 20 vol, 35 min", "Toner 9V, 10 min", "1B roots, 4N ends", "none"])
    ),
    "IsVip": G(lambda f: f.pick([True, False])),
}

IDENTIFY_TR = {
    "musteriNo": G(lambda f: "M" + f.digits(7)),
    "ad": Y(lambda f: f.first(), "name"),
    "soyad": Y(lambda f: f.last(), "name"),
    "cepTelefonu": Y(lambda f: f.phone(), "phone"),
    "eposta": Y(lambda f: f.email(), "email"),
    "dogumTarihi": Y(lambda f: f.date(1960, 2006).replace("-", "."), "birthdate"),
    "cinsiyet": Y(lambda f: f.pick(["Kadın", "Erkek"]), "gender"),
    "il": G(lambda f: f.state()),
    "ilce": Y(lambda f: f.pick(ILCE), "city"),
    "adres": Y(lambda f: f.street(), "address"),
    "kvkkOnay": G(lambda f: True),
    "ticariIletiIzni": G(lambda f: f.pick([True, False])),
    "sacTipi": G(lambda f: f.pick(["düz", "dalgalı", "kıvırcık", "ince telli"])),
    "alerjiler": Many(Y(lambda f: f.pick(ALERJI), "allergy"), 2),
    "sadakatPuani": G(lambda f: f.r.randint(0, 2400)),
    "kayitTarihi": G(lambda f: f.iso()),
}

GROUP_SALON = {
    "name": G(lambda f: f.salon()),
    "industry": G(lambda f: f.pick(["Barbershop", "Hair Salon", "Braiding Studio"])),
    "employees": G(lambda f: f.r.randint(2, 40)),
    "plan": G(lambda f: f.pick(["starter", "pro", "chain"])),
    "chairs": G(lambda f: f.r.randint(2, 18)),
    "salon_phone": G(
        lambda f: f.pick(["+234 1 277 0045", "+90 212 231 44 10", "(404) 555-0188", "+1 713 555 0142"])
    ),
    "bookings_email": G(
        lambda f: f.pick(["bookings@fadehouse.ng", "randevu@kuaforayse.com.tr", "hello@crownandglory.com"])
    ),
    "location": {
        "street": G(
            lambda f: f.pick(
                ["12B Admiralty Way, Lekki Phase 1", "Abdi İpekçi Cad. No:42", "1180 Peachtree St NE"]
            )
        ),
        "city": G(lambda f: f.city()),
        "state": G(lambda f: f.state()),
        "postal_code": G(lambda f: f.zip()),
        "country": G(lambda f: f.cc),
    },
    "owner_name": Y(lambda f: f.full_name(), "name"),
    "owner_email": Y(lambda f: f.email(), "email"),
    "accepts_walk_ins": G(lambda f: f.pick([True, False])),
    "website": G(
        lambda f: f.pick(["https://fadehouse.ng", "https://kuaforayse.com.tr", "https://crownandglory.com"])
    ),
    "instagram": G(lambda f: f.pick(["@faderepubliclekki", "@kuaforayse", "@crownandgloryatl"])),
    "rc_number": G(lambda f: "RC" + f.digits(7)),
    "created_at": G(lambda f: f.iso()),
}


def appointment_booked(f: SalonFake) -> dict[str, Any]:
    body: dict[str, Any] = {
        "appointment_id": G(lambda f: f.uuid()),
        "salon_id": G(lambda f: "sal_" + f.hexid(8)),
        "salon_name": G(lambda f: f.salon()),
        "service_ids": Many(G(lambda f: "svc_" + f.digits(4)), 3),
        "service_names": Many(G(lambda f: f.service()), 3),
        "stylist_id": G(lambda f: "sty_" + f.hexid(10)),
        "stylist_name": Y(lambda f: f.first() + " " + f.last()[0] + ".", "name"),
        "start_time": G(lambda f: f.slot()),
        "duration_min": G(lambda f: f.pick([30, 45, 60, 180, 360])),
        "price": G(lambda f: f.price()),
        "deposit_amount": G(lambda f: f.price()),
        "currency": G(lambda f: f.cur()),
        "booking_for": G(lambda f: f.pick(["self", "child", "someone_else"])),
        "chair_number": G(lambda f: f.r.randint(1, 12)),
        "is_first_visit": G(lambda f: f.pick([True, False])),
        "client_note": G(lambda f: f.pick(CLIENT_NOTES)),
    }
    if f.r.random() < 0.3:
        body["guest"] = {
            "first_name": Y(lambda f: f.first(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
        }
    if f.r.random() < 0.4:
        body["inspiration_photo_url"] = G(
            lambda f: f"https://i.pinimg.com/736x/{f.hexid(2)}/{f.hexid(2)}/{f.hexid(32)}.jpg"
        )
    return body


def walk_in(f: SalonFake) -> dict[str, Any]:
    return {
        "queue_id": G(lambda f: f.uuid()),
        "position": G(lambda f: f.r.randint(1, 14)),
        "estimated_wait_min": G(lambda f: f.r.randint(0, 95)),
        "display_name": Y(lambda f: f.first() + " " + f.last()[0] + ".", "name"),
        "party_size": G(lambda f: f.r.randint(1, 3)),
        "mobile_for_sms": Y(lambda f: f.phone(), "phone"),
        "service": G(lambda f: f.service()),
        "kiosk_id": G(lambda f: "kiosk-" + f.digits(3)),
        "branch": G(lambda f: f.salon()),
    }


PAYSTACK = {
    "reference": G(lambda f: "SHR-" + rand_hex_upper(f, 10)),
    "amount": G(lambda f: f.r.randint(200, 5000) * 100),
    "currency": G(lambda f: "NGN"),
    "channel": G(lambda f: f.pick(["card", "bank_transfer", "ussd"])),
    "gateway_response": G(lambda f: f.pick(["Successful", "Approved"])),
    "paid_at": G(lambda f: f.iso()),
    "fees": G(lambda f: f.r.randint(50, 2000) * 100),
    "authorization": {
        "authorization_code": RED(lambda f: "AUTH_" + f.hexid(10), "token"),
        "bin": G(lambda f: f.pick(["408408", "506099", "539983", "418742"])),
        "last4": G(lambda f: f.digits(4)),
        "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
        "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
        "card_type": G(lambda f: f.pick(["visa ", "verve", "mastercard"])),
        "bank": G(lambda f: f.pick(["Guaranty Trust Bank", "Access Bank", "Zenith Bank", "Kuda Bank"])),
        "country_code": G(lambda f: "NG"),
        "brand": G(lambda f: f.pick(["visa", "verve", "mastercard"])),
        "reusable": G(lambda f: f.pick([True, False])),
    },
    "customer": {
        "id": G(lambda f: f.r.randint(10**7, 10**8)),
        "customer_code": G(lambda f: "CUS_" + f.hexid(15)),
        "email": Y(lambda f: f.email(), "email"),
        "first_name": Y(lambda f: f.first(), "name"),
        "last_name": Y(lambda f: f.last(), "name"),
        "phone": Y(lambda f: f.phone(), "phone"),
    },
    "metadata": {"appointment_id": G(lambda f: f.uuid()), "kind": G(lambda f: "deposit")},
}

IYZICO = {
    "paymentId": G(lambda f: f.digits(8)),
    "conversationId": G(lambda f: f.uuid()),
    "price": G(lambda f: f.price()),
    "paidPrice": G(lambda f: f.price()),
    "installment": G(lambda f: f.pick([1, 1, 3])),
    "currency": G(lambda f: "TRY"),
    "basketId": G(lambda f: "B" + f.digits(6)),
    "cardFamily": G(lambda f: f.pick(["Bonus", "World", "Axess", "Maximum", "Paraf"])),
    "cardAssociation": G(lambda f: f.pick(["MASTER_CARD", "VISA", "TROY"])),
    "binNumber": G(lambda f: f.pick(["552879", "979203", "454671"])),
    "lastFourDigits": G(lambda f: f.digits(4)),
    "buyer": {
        "id": G(lambda f: "BY" + f.digits(6)),
        "name": Y(lambda f: f.first(), "name"),
        "surname": Y(lambda f: f.last(), "name"),
        "gsmNumber": Y(lambda f: f.e164(), "phone"),
        "email": Y(lambda f: f.email(), "email"),
        "identityNumber": RED(lambda f: f.tckn(), "national id"),
        "registrationAddress": Y(lambda f: f.street(), "address"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "city": Y(lambda f: f.city(), "city"),
        "country": G(lambda f: "Turkey"),
        "zipCode": Y(lambda f: f.zip(), "zipcode"),
    },
}

PAYMENT_INFO = {
    "checkout_id": G(lambda f: f.uuid()),
    "order_id": G(lambda f: "ord_" + f.hexid(12)),
    "step": G(lambda f: 2),
    "payment_method": G(lambda f: f.pick(["card", "apple_pay", "cash_app_pay"])),
    "payment_method_id": RED(
        lambda f: (
            "pm_"
            + "".join(
                f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)
            )
        ),
        "token",
    ),
    "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
    "card_last4": G(lambda f: f.digits(4)),
    "card_exp_month": G(lambda f: f.r.randint(1, 12)),
    "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
    "billing_name": Y(lambda f: f.full_name(), "name"),
    "billing_postal_code": Y(lambda f: f.zip(), "zipcode"),
    "wallet": G(lambda f: f.pick(["apple_pay", "google_pay", "none"])),
}

TERMII = {
    "provider": G(lambda f: "termii"),
    "channel": G(lambda f: f.pick(["dnd", "generic", "whatsapp"])),
    "template": G(lambda f: f.pick(["appt_reminder_24h", "appt_reminder_2h", "queue_ready"])),
    "to": Y(lambda f: "".join(c for c in f.e164() if c.isdigit()), "phone", True),
    "from": G(lambda f: f.pick(["Shearly", "FadeRepub", "N-Alert"])),
    "message": Y(reminder_text, "name", True),
    "message_id": G(lambda f: f.digits(16)),
    "status": G(lambda f: f.pick(["Message Sent", "Delivered", "DND Active on Phone Number"])),
    "cost": G(lambda f: f.pick([2.5, 4.0, 6.5])),
    "appointment_id": G(lambda f: f.uuid()),
}

TWILIO = {
    "MessageSid": G(lambda f: "SM" + f.hexid(32)),
    "SmsSid": G(lambda f: "SM" + f.hexid(32)),
    "AccountSid": G(lambda f: "AC" + f.hexid(32)),
    "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
    "From": G(lambda f: f.pick(["+14045550123", "+17135550199", "+19295550147"])),
    "To": Y(lambda f: f.e164(), "phone", True),
    "Body": Y(reminder_text, "name", True),
    "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
    "SmsStatus": G(lambda f: f.pick(["sent", "delivered"])),
    "NumSegments": G(lambda f: f.pick(["1", "2"])),
    "ApiVersion": G(lambda f: "2010-04-01"),
    "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
    "ToCountry": G(lambda f: f.cc),
    "FromCountry": G(lambda f: "US"),
}

WHATSAPP_REPLIES = [
    "Yes I'll come",
    "Please move my appointment to 4pm",
    "Can I bring my daughter too?",
    "Mo n bọ̀, traffic wa ni Third Mainland",
    "Tamam, teşekkürler",
    "How much is knotless medium?",
    "👍",
]

WHATSAPP = {
    "messaging_product": G(lambda f: "whatsapp"),
    "metadata": {
        "display_phone_number": G(lambda f: f.pick(["2348090001122", "2347000042424", "905320000777"])),
        "phone_number_id": G(lambda f: f.digits(15)),
    },
    "contacts": Many(
        {
            "profile": {"name": Y(lambda f: f.full_name(), "name")},
            "wa_id": Y(lambda f: f.e164()[1:], "phone", True),
        },
        1,
    ),
    "messages": Many(
        {
            "from": Y(lambda f: f.e164()[1:], "phone", True),
            "id": G(
                lambda f: (
                    "wamid.HBgN" + "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
                )
            ),
            "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
            "type": G(lambda f: "text"),
            "text": {"body": G(lambda f: f.pick(WHATSAPP_REPLIES))},
        },
        2,
    ),
}

CHAIR_APPLICATION = {
    "application_id": G(lambda f: f.uuid()),
    "applicant_name": Y(lambda f: f.full_name(), "name"),
    "applicant_email": Y(lambda f: f.email(), "email"),
    "applicant_phone": Y(lambda f: f.phone(), "phone"),
    "cosmetology_license_number": Y(lambda f: f.pick(["CSMT", "BA", "MB"]) + f.digits(6), "license"),
    "license_state": G(lambda f: f.pick(["GA", "TX", "NY"])),
    "license_expires": G(lambda f: f.date(2025, 2028)),
    "years_experience": G(lambda f: f.r.randint(1, 25)),
    "specialties": Many(G(lambda f: f.pick(["fades", "locs", "braids", "color", "silk press"])), 3),
    "instagram_handle": Y(
        lambda f: "@" + f.first().translate(FOLD).lower() + f.pick(["cutz", "_styles", ".hair"]), "name"
    ),
    "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
    "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
    "work_authorization": RED(
        lambda f: f.pick(["US citizen", "permanent resident", "EAD", "H-4 EAD"]), "visa"
    ),
    "veteran_status": RED(
        lambda f: f.pick(["protected veteran", "not a veteran", "decline to answer"]), "veteran"
    ),
    "liability_insurance_policy": Y(
        lambda f: f.pick(["ASCP", "PLI", "EBI"]) + "-" + f.digits(8), "identification"
    ),
    "portfolio_urls": Many(Y(lambda f: f.photo("portfolio"), "photo"), 3),
    "desired_weekly_rent": G(lambda f: f.pick([150, 175, 200, 250])),
}

EEO = {
    "application_id": G(lambda f: f.uuid()),
    "race": Y(
        lambda f: f.pick(
            ["Black or African American", "Hispanic or Latino", "Asian", "White", "Two or more races"]
        ),
        "race",
    ),
    "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
    "gender_identity": Y(lambda f: f.pick(["woman", "man", "non-binary", "prefer not to say"]), "gender"),
    "disability_status": RED(lambda f: f.pick(["yes", "no", "decline"]), "disability"),
    "form_version": G(lambda f: "CC-305 (04/2023)"),
}

STYLIST_NG = {
    "stylist_id": G(lambda f: "sty_" + f.hexid(10)),
    "full_name": Y(lambda f: f.full_name(), "name"),
    "phone": Y(lambda f: f.phone(), "phone"),
    "nin": RED(lambda f: f.nin(), "national id"),
    "bvn": RED(lambda f: f.bvn(), "national id"),
    "id_type": G(lambda f: f.pick(["nin_slip", "international_passport", "drivers_licence", "voters_card"])),
    "id_number": RED(
        lambda f: f.pick(["A" + f.digits(8), f.nin(), "LAG" + f.digits(9)]), "national id|passport"
    ),
    "bank_name": G(lambda f: f.pick(["GTBank", "Access Bank", "Opay", "Moniepoint", "Zenith"])),
    "bank_code": G(lambda f: f.pick(["058", "044", "999992", "50515", "057"])),
    "account_number": RED(lambda f: f.nuban(), "bank account"),
    "account_name": Y(lambda f: f.full_name().upper(), "name"),
    "commission_rate": Y(lambda f: f.pick([0.3, 0.4, 0.5, 0.6]), "salary"),
    "role": G(lambda f: f.pick(["Senior Barber", "Braider", "Apprentice", "Colourist"])),
    "guarantor": {
        "name": Y(lambda f: f.full_name(), "name"),
        "phone": Y(lambda f: f.phone(), "phone"),
        "relationship": G(lambda f: f.pick(["uncle", "pastor", "former employer", "aunty"])),
        "address": Y(lambda f: f.street(), "address"),
        "occupation": G(lambda f: f.pick(["Civil servant", "Trader", "Teacher", "Engineer"])),
    },
}

PERSONEL_TR = {
    "personelId": G(lambda f: f.r.randint(1000, 9999)),
    "adSoyad": Y(lambda f: f.full_name(), "name"),
    "tcKimlikNo": RED(lambda f: f.tckn(), "national id"),
    "iban": RED(lambda f: f.tr_iban(), "bank account"),
    "maas": Y(lambda f: f.pick([17002, 22000, 28500, 35000]), "salary"),
    "pozisyon": G(lambda f: f.pick(["Kuaför", "Berber", "Kalfa", "Çırak", "Resepsiyon"])),
    "subeKodu": G(lambda f: "IST-" + f.digits(2)),
    "iseGirisTarihi": G(lambda f: f.date(2019, 2024)),
    "ePosta": Y(lambda f: f.email(), "email"),
    "telefon": Y(lambda f: f.phone(), "phone"),
    "aracPlaka": Y(
        lambda f: f"{f.pick(['34', '06', '35'])} {f.pick(['ABC', 'KLM', 'FR', 'TZ'])} {f.r.randint(10, 999)}",
        "license",
    ),
    "acilDurumKisisi": {
        "ad": Y(lambda f: f.full_name(), "name"),
        "telefon": Y(lambda f: f.phone(), "phone"),
        "yakinlik": G(lambda f: f.pick(["Anne", "Eş", "Kardeş", "Baba"])),
    },
}

PAYOUT = {
    "payout_id": G(lambda f: "po_" + f.hexid(14)),
    "stylist_id": G(lambda f: "sty_" + f.hexid(10)),
    "payout_amount": Y(lambda f: f.price() * 4, "salary"),
    "tips_total": Y(lambda f: round(f.price() / 3, 2), "salary"),
    "currency": G(lambda f: f.cur()),
    "period_start": G(lambda f: f.date(2024, 2024)),
    "period_end": G(lambda f: f.date(2024, 2024)),
    "services_count": G(lambda f: f.r.randint(4, 70)),
    "destination": {
        "bank_name": G(lambda f: f.pick(["Chase", "Wells Fargo", "GTBank", "Garanti BBVA"])),
        "account_last4": G(lambda f: f.digits(4)),
        "routing_number": G(lambda f: f.pick(ROUTING)),
    },
    "transfer_reference": G(lambda f: "TRF" + f.digits(12)),
}

CHAIR_RENT_DOTNET = {
    "InvoiceNumber": G(lambda f: "INV-" + f.digits(6)),
    "RenterId": G(lambda f: f.r.randint(1000, 9999)),
    "RenterFullName": Y(lambda f: f.full_name(), "name"),
    "RenterEmail": Y(lambda f: f.email(), "email"),
    "WeeklyRent": G(lambda f: f.pick([150.0, 175.0, 200.0, 225.0])),
    "DueDate": G(lambda f: f.date(2024, 2024) + "T00:00:00"),
    "LateFee": G(lambda f: f.pick([0.0, 25.0, 50.0])),
    "ChairNumber": G(lambda f: f.r.randint(1, 12)),
    "AutopayEnabled": G(lambda f: f.pick([True, False])),
    "BillingAddress": {
        "Line1": Y(lambda f: f.street(), "address"),
        "City": Y(lambda f: f.city(), "city"),
        "State": G(lambda f: f.state()),
        "Zip": Y(lambda f: f.zip(), "zipcode"),
    },
}

STAFF_SIGNIN_DOTNET = {
    "StaffId": G(lambda f: f.r.randint(100, 999)),
    "StaffEmail": Y(staff_email, "email"),
    "Role": G(lambda f: f.pick(["Stylist", "FrontDesk", "Manager"])),
    "Terminal": G(lambda f: "POS-" + f.digits(2)),
    "SignInMethod": G(lambda f: f.pick(["Password", "Pin", "MagicLink"])),
    "MfaUsed": G(lambda f: f.pick([True, False])),
    "BranchCode": G(lambda f: f.pick(["ATL-01", "HOU-02", "BKN-01"])),
    "PasswordAgeDays": G(lambda f: f.r.randint(1, 400)),
}

CLIENT_CARD_YO = {
    "onibara_id": G(lambda f: "cl_" + f.digits(6)),
    "oruko_onibara": Y(lambda f: f.full_name(), "name"),
    "nomba_foonu": Y(lambda f: f.phone(), "phone"),
    "ojo_ibi": Y(lambda f: f.date(1965, 2008), "birthdate"),
    "adiresi": Y(lambda f: f.street(), "address"),
    "oruko_stylist": Y(lambda f: f.first(), "name"),
    "iru_irun": G(lambda f: f.pick(["4C", "4B", "relaxed", "locs", "low cut"])),
    "akiyesi": G(lambda f: f.pick(STYLIST_NOTES)),
    "ede": G(lambda f: f.pick(["yo", "en", "pcm"])),
    "imudojuiwon": G(lambda f: f.iso()),
}

WIDGET_KEBAB = {
    "widget-id": G(lambda f: "wgt_" + f.hexid(8)),
    "client-email": Y(lambda f: f.email(), "email"),
    "client-phone": Y(lambda f: f.phone(), "phone"),
    "client-name": Y(lambda f: f.full_name(), "name"),
    "service-slug": G(lambda f: f.pick(["low-fade", "silk-press", "box-braids", "kids-cut"])),
    "slot-start": G(lambda f: f.slot()),
    "staff-name": Y(lambda f: f.first(), "name"),
    "price-cents": G(lambda f: f.r.randint(2500, 32000)),
    "embed-host": G(lambda f: f.pick(["crownandglory.com", "freshcutzbk.com", "thebraidbar.co"])),
    "utm-source": G(lambda f: f.pick(["google", "yelp", "instagram"])),
}

CONSULTATION = {
    "consultation_id": G(lambda f: f.uuid()),
    "treatment": G(lambda f: f.pick(["relaxer", "permanent colour", "keratin", "bleach"])),
    "pregnant_or_breastfeeding": Y(lambda f: f.pick([True, False]), "condition"),
    "scalp_conditions": Many(Y(lambda f: f.pick(SCALP), "condition"), 2),
    "current_medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
    "previous_reaction_to_dye": Y(lambda f: f.pick([True, False]), "allergy"),
    "patch_test_date": G(lambda f: f.date(2024, 2024)),
    "patch_test_result": Y(
        lambda f: f.pick(["no reaction", "mild redness", "reaction - do not proceed"]), "allergy"
    ),
    "consent_signed": G(lambda f: True),
    "chemical_history_months": G(lambda f: f.r.randint(0, 24)),
}

CAPI = {
    "event_name": G(lambda f: f.pick(["Schedule", "Purchase", "Lead"])),
    "event_time": G(lambda f: f.epoch_ms() // 1000),
    "event_id": G(lambda f: f.uuid()),
    "action_source": G(lambda f: f.pick(["website", "app"])),
    "user_data": {
        "em": Y(lambda f: f.sha256(), "email"),
        "ph": Y(lambda f: f.sha256(), "phone"),
        "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "client_user_agent": G(
            lambda f: (
                "Mozilla/5.0 (Linux; Android 13; TECNO CK7n) AppleWebKit/537.36 "
                "Chrome/121.0 Mobile Safari/537.36"
            )
        ),
        "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
        "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"),
        "external_id": G(lambda f: f.sha256()),
    },
    "custom_data": {
        "value": G(lambda f: f.price()),
        "currency": G(lambda f: f.cur()),
        "content_ids": Many(G(lambda f: "svc_" + f.digits(4)), 2),
    },
}

APPSFLYER = {
    "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
    "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
    "idfv": G(lambda f: f.uuid().upper()),
    "media_source": G(lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])),
    "campaign": G(lambda f: f.pick(["NG_Install_Braids_Q2", "TR_Berber_Android", "US_Fades_iOS"])),
    "af_adset": G(lambda f: f.pick(["lookalike_1pct", "interest_haircare", "broad"])),
    "install_time": G(lambda f: f.iso().replace("T", " ")[:19]),
    "country_code": G(lambda f: f.cc),
    "platform": G(lambda f: f.pick(["android", "ios"])),
    "ip": Y(lambda f: f.ipv4(), "ip"),
    "app_version": G(lambda f: f.pick(["4.9.1", "4.10.0"])),
}

SENDGRID = {
    "email": Y(lambda f: f.email(), "email"),
    "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
    "sg_event_id": G(
        lambda f: "".join(
            f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22)
        )
    ),
    "sg_message_id": G(
        lambda f: (
            "".join(
                f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22)
            )
            + ".filterdrecv-"
            + f.hexid(10)
            + "-1-"
            + f.digits(6)
            + "-0"
        )
    ),
    "smtp-id": G(
        lambda f: f"<{f.hexid(11)}.{f.hexid(3)}.{f.hexid(6)}@ismtpd0{f.r.randint(1, 99)}p1mdw1.sendgrid.net>"
    ),
    "timestamp": G(lambda f: f.epoch_ms() // 1000),
    "category": Many(G(lambda f: f.pick(["booking_confirmation", "receipt", "reminder"])), 2),
    "useragent": G(
        lambda f: (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Mobile/15E148"
        )
    ),
    "ip": Y(lambda f: f.ipv4(), "ip"),
    "url": G(
        lambda f: f.pick(
            ["https://book.shearly.co/a/manage", "https://shearly.co/shop", "https://book.shearly.co/review"]
        )
    ),
}


def order_completed(f: SalonFake) -> dict[str, Any]:
    return {
        "order_id": G(lambda f: "ord_" + f.hexid(12)),
        "checkout_id": G(lambda f: f.uuid()),
        "total": G(lambda f: f.price()),
        "subtotal": G(lambda f: f.price()),
        "revenue": G(lambda f: f.price()),
        "shipping": G(lambda f: f.pick([0, 1500, 49.0, 4.99])),
        "tax": G(lambda f: f.money(0, 40)),
        "discount": G(lambda f: f.money(0, 20)),
        "coupon": G(lambda f: f.pick(["", "GLOW20", "YENIMUSTERI", "FIRSTCUT"])),
        "currency": G(lambda f: f.cur()),
        "products": Many(product(), 3),
        "shipping_address": {
            "name": Y(lambda f: f.full_name(), "name"),
            "line1": Y(lambda f: f.street(), "address|street"),
            "line2": Y(lambda f: f.unit(), "address|street"),
            "city": Y(lambda f: f.city(), "city"),
            "state": G(lambda f: f.state()),
            "postal_code": Y(lambda f: f.zip(), "zipcode"),
            "country": G(lambda f: f.cc),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        "delivery_note": G(
            lambda f: f.pick(["Leave with security", "Call on arrival", "Kapıcıya bırakın", ""])
        ),
    }


def home_service(f: SalonFake) -> dict[str, Any]:
    body: dict[str, Any] = {
        "request_id": G(lambda f: f.uuid()),
        "service_id": G(lambda f: "svc_" + f.digits(4)),
        "address_line1": Y(lambda f: f.street(), "address|street"),
        "address_line2": Y(lambda f: f.unit(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "lat": Y(lambda f: round(f.r.uniform(6.40, 6.65), 6), "geolocation"),
        "lng": Y(lambda f: round(f.r.uniform(3.30, 3.60), 6), "geolocation"),
        "dogs_on_premises": G(lambda f: f.pick([True, False])),
        "travel_fee": G(lambda f: f.price() / 5),
        "scheduled_for": G(lambda f: f.slot()),
    }
    if f.r.random() < 0.4:
        body["pet_name"] = G(lambda f: f.pick(["Bruno", "Bingo", "Zeytin", "Coco", "Simba", "Pamuk"]))
    if f.r.random() < 0.5:
        body["gate_code"] = RED(lambda f: f.pick(["#", "*", ""]) + f.digits(4), "secret")
    return body


def contacts_synced(f: SalonFake) -> dict[str, Any]:
    return {
        "sync_id": G(lambda f: f.uuid()),
        "permission": G(lambda f: f.pick(["granted", "limited"])),
        "contacts_total": G(lambda f: f.r.randint(40, 1800)),
        "contacts": Many(
            {
                "displayName": Y(lambda f: f.full_name(), "name"),
                "phoneNumbers": Many(
                    {
                        "label": G(lambda f: f.pick(["mobile", "home", "work", "iPhone"])),
                        "value": Y(lambda f: f.phone(), "phone", True),
                    },
                    2,
                ),
                "emailAddresses": Many(
                    {
                        "label": G(lambda f: f.pick(["home", "work"])),
                        "value": Y(lambda f: f.email(), "email", True),
                    },
                    1,
                ),
                "isStarred": G(lambda f: f.pick([True, False])),
            },
            4,
        ),
    }


def child_profile(f: SalonFake) -> dict[str, Any]:
    body: dict[str, Any] = {
        "dependant_id": G(lambda f: "dep_" + f.hexid(8)),
        "child_first_name": Y(lambda f: f.first(), "name"),
        "child_birthdate": Y(lambda f: f.date(2012, 2022), "birthdate"),
        "child_age": G(lambda f: f.r.randint(1, 12)),
        "relationship": G(lambda f: f.pick(["son", "daughter", "nephew", "ward"])),
        "hair_type": G(lambda f: f.pick(HAIR_TYPES)),
        "first_haircut": G(lambda f: f.pick([True, False])),
    }
    if f.r.random() < 0.5:
        body["sensory_friendly_cut"] = RED(lambda f: f.pick([True, False]), "disability|condition")
    return body


def page_props():
    return {
        "path": G(lambda f: f.pick(["/", "/s/crown-and-glory-atlanta", "/book/confirm", "/gift-cards"])),
        "url": G(lambda f: f.pick(["https://book.shearly.co/", "https://book.shearly.co/book/confirm"])),
        "title": G(lambda f: f.pick(["Shearly – Book your barber", "Booking confirmed | Shearly"])),
        "referrer": G(lambda f: f.pick(["", "https://www.instagram.com/"])),
        "search": G(lambda f: f.pick(["", "?utm_source=instagram"])),
    }


# (kind, name, clients, markets, body: dict or callable(f) -> dict; None for alias)
ALL = ("NG", "TR", "US")
TEMPLATES: list[tuple[str, str | None, list[str], tuple[str, ...], Any]] = [
    # -- identities ------------------------------------------------------------------------------
    ("identify", None, MOBILE, ALL, identify_mobile),
    ("identify", None, ["web"], ALL, identify_web),
    ("identify", None, ["python", "ruby"], ALL, IDENTIFY_WAREHOUSE),
    ("identify", None, ["dotnet"], ("US",), IDENTIFY_DOTNET),
    ("identify", None, ["node"], ("TR",), IDENTIFY_TR),
    ("group", None, ["web", "node"], ALL, GROUP_SALON),
    ("alias", None, CLIENT, ALL, None),
    (
        "track",
        "Signed Up",
        CLIENT,
        ALL,
        {
            "method": G(lambda f: f.pick(["phone", "email", "google", "apple"])),
            "signup_country": G(lambda f: f.cc),
            "referral_code": G(lambda f: rand_hex_upper(f, 6)),
            "apple_relay_email": Y(lambda f: f.hexid(10) + "@privaterelay.appleid.com", "email"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_length": G(lambda f: f.r.randint(8, 20)),
            "terms_version": G(lambda f: f.pick(["2023-11", "2024-03"])),
        },
    ),
    (
        "track",
        "OTP Requested",
        CLIENT,
        ALL,
        {
            "phone": Y(lambda f: f.phone(), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "otp_length": G(lambda f: 6),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "OTP Verified",
        MOBILE,
        ALL,
        {
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "verified": G(lambda f: f.pick([True, False])),
            "seconds_to_verify": G(lambda f: f.r.randint(4, 240)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["python", "node"],
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_link": RED(lambda f: "https://book.shearly.co/reset?token=" + f.hexid(48), "token"),
            "link_expires_at": G(lambda f: f.iso()),
            "requested_via": G(lambda f: f.pick(["web", "ios", "android"])),
        },
    ),
    (
        "track",
        "Stylist Sign-In Link Sent",
        ["python"],
        ALL,
        {
            "staff_email": Y(staff_email, "email"),
            "magic_link": RED(
                lambda f: "https://staff.shearly.co/auth/callback?code=" + f.hexid(32) + "&type=magiclink",
                "token",
            ),
            "expires_in": G(lambda f: 900),
        },
    ),
    (
        "track",
        "Push Permission Granted",
        ["swift", "kotlin"],
        ALL,
        {
            "provider": G(lambda f: f.pick(["apns", "fcm"])),
            "push_token": RED(
                lambda f: f.pick([f.hexid(64), "f" + f.hexid(21) + ":APA91b" + f.hexid(134)]), "token"
            ),
            "prompt_source": G(lambda f: f.pick(["onboarding", "booking_confirmed"])),
        },
    ),
    # -- discovery -------------------------------------------------------------------------------
    (
        "track",
        "Salons Searched",
        CLIENT,
        ALL,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "braids lekki",
                        "barber near me",
                        "sakal tıraşı kadıköy",
                        "silk press atlanta",
                        "low cut",
                    ]
                )
            ),
            "service_filter": G(lambda f: f.pick(["any", "braids", "fade", "kids"])),
            "price_max": G(lambda f: f.price()),
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "radius_km": G(lambda f: f.pick([2, 5, 10, 25])),
            "results_count": G(lambda f: f.r.randint(0, 60)),
            "sort": G(lambda f: f.pick(["distance", "rating", "price"])),
            "open_now": G(lambda f: f.pick([True, False])),
            "area_searched": G(
                lambda f: f.pick(["Lekki Phase 1", "Kadıköy", "East Atlanta", "Wuse 2", "Bed-Stuy"])
            ),
        },
    ),
    (
        "track",
        "Salon Viewed",
        CLIENT,
        ALL,
        {
            "salon_id": G(lambda f: "sal_" + f.hexid(8)),
            "salon_name": G(lambda f: f.salon()),
            "salon_city": G(lambda f: f.city()),
            "salon_phone": G(lambda f: f.pick(["+234 1 277 0045", "+90 212 231 44 10", "(404) 555-0188"])),
            "salon_address": G(
                lambda f: f.pick(
                    ["12B Admiralty Way, Lekki Phase 1", "Abdi İpekçi Cad. No:42", "1180 Peachtree St NE"]
                )
            ),
            "rating": G(lambda f: round(f.r.uniform(3.2, 5.0), 1)),
            "review_count": G(lambda f: f.r.randint(0, 900)),
            "distance_km": G(lambda f: f.money(0, 20)),
            "cover_photo_url": G(lambda f: f.photo("salons")),
            "location": {
                "lat": G(lambda f: f.pick([6.4311, 41.0522, 33.7866])),
                "lng": G(lambda f: f.pick([3.4215, 28.9947, -84.3857])),
            },
        },
    ),
    (
        "page",
        "Salon Profile",
        ["web"],
        ALL,
        {
            **page_props(),
            "salon_slug": G(lambda f: f.pick(["fade-republic-lekki", "kuafor-ayse", "the-braid-bar"])),
        },
    ),
    ("page", "Booking Confirmation", ["web"], ALL, page_props()),
    (
        "screen",
        "Appointment Details",
        MOBILE,
        ALL,
        {"appointment_id": G(lambda f: f.uuid()), "from_push": G(lambda f: f.pick([True, False]))},
    ),
    (
        "screen",
        "Client Profile",
        ["rn"],
        ALL,
        {
            "client_id": G(lambda f: "cl_" + f.digits(6)),
            "client_name": Y(lambda f: f.full_name(), "name"),
            "visits": G(lambda f: f.r.randint(1, 80)),
        },
    ),
    # -- booking ---------------------------------------------------------------------------------
    ("track", "Appointment Booked", CLIENT, ALL, appointment_booked),
    (
        "track",
        "Appointment Rescheduled",
        CLIENT,
        ALL,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "old_start": G(lambda f: f.slot()),
            "new_start": G(lambda f: f.slot()),
            "reason": G(lambda f: f.pick(["running_late", "stylist_unavailable", "other"])),
            "reschedule_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        [*CLIENT, "rn"],
        ALL,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "cancelled_by": G(lambda f: f.pick(["client", "stylist", "salon"])),
            "reason": G(lambda f: f.pick(["sick", "clash", "found_another_salon", "weather"])),
            "deposit_refunded": G(lambda f: f.pick([True, False])),
            "late_cancel_fee": G(lambda f: f.price() / 4),
        },
    ),
    (
        "track",
        "Appointment Preferences Updated",
        MOBILE,
        ("NG", "TR", "US"),
        {
            "prefers_female_stylist": G(lambda f: f.pick([True, False])),
            "private_room_for_hijab": Y(lambda f: f.pick([True, False]), "religion"),
            "quiet_appointment": G(lambda f: f.pick([True, False])),
            "beverage": G(lambda f: f.pick(["water", "çay", "coffee", "zobo", "none"])),
            "wheelchair_access_needed": RED(lambda f: f.pick([True, False]), "disability"),
            "hearing_impaired": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    ("track", "Consultation Form Completed", ["web", "flutter"], ALL, CONSULTATION),
    ("track", "Child Profile Added", MOBILE, ALL, child_profile),
    ("track", "Walk-in Joined Queue", ["rn"], ALL, walk_in),
    (
        "track",
        "Queue Called",
        ["node", "go"],
        ALL,
        {
            "queue_id": G(lambda f: f.uuid()),
            "called_at": G(lambda f: f.iso()),
            "chair": G(lambda f: f.r.randint(1, 10)),
            "barber_display_name": Y(lambda f: f.first(), "name"),
            "wait_actual_min": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    ("track", "Home Service Requested", MOBILE, ("NG", "US"), home_service),
    (
        "track",
        "No-Show Recorded",
        ["rn"],
        ALL,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: "cl_" + f.digits(6)),
            "no_show_count": G(lambda f: f.r.randint(1, 5)),
            "fee_charged": G(lambda f: f.pick([True, False])),
            "note": Y(no_show_note, "name", True),
        },
    ),
    ("track", "Client Card Updated", ["python"], ("NG",), CLIENT_CARD_YO),
    (
        "track",
        "Client Lookup",
        ["rn"],
        ALL,
        {
            "q": Y(lambda f: f.phone(), "phone", True),
            "matches": G(lambda f: f.r.randint(0, 3)),
            "lookup_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    ("track", "Booking Widget Submitted", ["web"], ("US",), WIDGET_KEBAB),
    (
        "track",
        "Booking Form Field Completed",
        ["web"],
        ALL,
        {
            "form_id": G(lambda f: "book_v3"),
            "field": G(lambda f: "email"),
            "value": Y(lambda f: f.email(), "email", True),
            "duration_ms": G(lambda f: f.r.randint(300, 20000)),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        CLIENT,
        ALL,
        {
            "waitlist_id": G(lambda f: f.uuid()),
            "preferred_dates": Many(G(lambda f: f.date(2024, 2024)), 3),
            "contact_email": Y(lambda f: f.email(), "email"),
            "notify_by": G(lambda f: f.pick(["email", "sms", "whatsapp"])),
        },
    ),
    # -- payments, tips, payouts -----------------------------------------------------------------
    ("track", "Deposit Paid", ["node"], ("NG",), PAYSTACK),
    ("track", "Deposit Paid", ["java"], ("TR",), IYZICO),
    ("track", "Payment Info Entered", ["web"], ("US",), PAYMENT_INFO),
    (
        "track",
        "Tip Added",
        CLIENT,
        ALL,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "tip_amount": G(lambda f: round(f.price() / 8, 2)),
            "tip_percent": G(lambda f: f.pick([10, 15, 20, 25])),
            "stylist_id": G(lambda f: "sty_" + f.hexid(10)),
            "stylist_first_name": Y(lambda f: f.first(), "name"),
            "currency": G(lambda f: f.cur()),
            "note_to_stylist": G(
                lambda f: f.pick(["Thank you!!", "Best fade ever", "Teşekkürler 🙏", "E se gan!", ""])
            ),
        },
    ),
    (
        "track",
        "Deposit Refunded",
        ["python"],
        ("NG",),
        {
            "refund_id": G(lambda f: "rf_" + f.hexid(10)),
            "amount": G(lambda f: f.r.randint(20, 500) * 100),
            "reason": G(lambda f: f.pick(["salon_cancelled", "duplicate", "goodwill"])),
            "refund_account": {
                "bank_code": G(lambda f: f.pick(["058", "044", "057", "011"])),
                "account_number": RED(lambda f: f.nuban(), "bank account"),
                "account_name": Y(lambda f: f.full_name().upper(), "name"),
            },
        },
    ),
    ("track", "Payout Sent", ["go", "python"], ALL, PAYOUT),
    ("track", "Chair Rent Invoiced", ["dotnet"], ("US",), CHAIR_RENT_DOTNET),
    (
        "track",
        "Stylist Availability Updated",
        ["rn"],
        ALL,
        {
            "stylist_id": G(lambda f: "sty_" + f.hexid(10)),
            "day_of_week": G(lambda f: f.pick(["mon", "tue", "fri", "sat"])),
            "start": G(lambda f: f.pick(["08:00", "09:30", "12:00"])),
            "end": G(lambda f: f.pick(["17:00", "20:00", "22:00"])),
            "accepts_walk_ins": G(lambda f: f.pick([True, False])),
            "hourly_rate": Y(lambda f: f.price() / 2, "salary"),
        },
    ),
    # -- loyalty, gifts, reviews -----------------------------------------------------------------
    (
        "track",
        "Loyalty Stamp Earned",
        [*CLIENT, "rn"],
        ALL,
        {
            "loyalty_number": G(lambda f: "SHR" + f.digits(8)),
            "stamps": G(lambda f: f.r.randint(1, 10)),
            "stamps_needed": G(lambda f: 10),
            "reward_unlocked": G(lambda f: f.pick([True, False])),
            "branch_id": G(lambda f: "br_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Reward Redeemed",
        CLIENT,
        ALL,
        {
            "reward_id": G(lambda f: "rw_" + f.digits(5)),
            "reward_name": G(
                lambda f: f.pick(["Free beard trim", "Ücretsiz fön", "50% off braids", "Free kids cut"])
            ),
            "stamps_spent": G(lambda f: 10),
            "loyalty_number": G(lambda f: "SHR" + f.digits(8)),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web", "swift"],
        ALL,
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(10)),
            "amount": G(lambda f: f.price()),
            "currency": G(lambda f: f.cur()),
            "recipient": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "sender_name": Y(lambda f: f.first(), "name"),
            "message": Y(gift_text, "name", True),
            "redemption_code": RED(lambda f: "-".join(rand_hex_upper(f, 4) for _ in range(4)), "token"),
            "deliver_on": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Referral Sent",
        MOBILE,
        ALL,
        {
            "referral_code": G(lambda f: rand_hex_upper(f, 6)),
            "invitee_name": Y(lambda f: f.first(), "name"),
            "invitee_phone": Y(lambda f: f.phone(), "phone"),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
        },
    ),
    ("track", "Contacts Synced", ["swift", "kotlin"], ALL, contacts_synced),
    (
        "track",
        "Review Submitted",
        CLIENT,
        ALL,
        {
            "review_id": G(lambda f: f.uuid()),
            "salon_id": G(lambda f: "sal_" + f.hexid(8)),
            "appointment_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "title": G(
                lambda f: f.pick(
                    ["Best fade in Lekki", "Harika", "Worth the wait", "Too pricey", "Neat braids"]
                )
            ),
            "review_text": Y(review_text, "name", True),
            "photos": Many(
                {
                    "url": Y(lambda f: f.photo("reviews"), "photo"),
                    "width": G(lambda f: f.pick([1080, 1440])),
                    "height": G(lambda f: f.pick([1350, 1920])),
                },
                3,
            ),
            "reviewer_display_name": Y(lambda f: f.first() + " " + f.last()[0] + ".", "name"),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Style Photo Uploaded",
        [*MOBILE, "rn"],
        ALL,
        {
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(lambda f: f.photo("styles"), "photo"),
            "angle": G(lambda f: f.pick(["front", "back", "left", "right", "top"])),
            "is_before": G(lambda f: f.pick([True, False])),
            "client_consent_to_share": G(lambda f: f.pick([True, False])),
            "file_size_kb": G(lambda f: f.r.randint(180, 4200)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "image/heic"])),
        },
    ),
    # -- messaging -------------------------------------------------------------------------------
    ("track", "Reminder Sent", ["python"], ("NG",), TERMII),
    ("track", "SMS Status Updated", ["ruby", "php"], ("US",), TWILIO),
    ("track", "WhatsApp Message Received", ["go"], ("NG", "TR"), WHATSAPP),
    (
        "track",
        "Consent Recorded",
        ["node"],
        ("TR",),
        {
            "recipient": Y(lambda f: f.e164(), "phone", True),
            "type": G(lambda f: f.pick(["MESAJ", "ARAMA", "EPOSTA"])),
            "source": G(lambda f: f.pick(["HS_MOBIL", "HS_WEB", "HS_FIZIKSEL_ORTAM"])),
            "status": G(lambda f: f.pick(["ONAY", "RET"])),
            "consentDate": G(lambda f: f.iso().replace("T", " ")[:19]),
            "recipientType": G(lambda f: "BIREYSEL"),
            "brandCode": G(lambda f: f.digits(6)),
        },
    ),
    ("track", "Email Event", ["php"], ALL, SENDGRID),
    (
        "track",
        "Support Chat Started",
        ["web"],
        ALL,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "topic": G(lambda f: f.pick(["booking", "refund", "account"])),
            "text": Y(chat_with_email, "email", True),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "flutter"],
        ("NG", "TR"),
        {
            "ticket_id": G(lambda f: f.digits(6)),
            "details": Y(callback_text, "phone", True),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web"],
        ALL,
        {
            "search_term": G(
                lambda f: f.pick(
                    [
                        "how to cancel",
                        "refund deposit",
                        "randevu iptal",
                        "loyalty stamps",
                        "gift card balance",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Promo Code Entered",
        CLIENT,
        ALL,
        {
            "input": G(lambda f: f.pick(["GLOW20", "FIRSTCUT", "YENIMUSTERI", "DETTY10", "glow20 "])),
            "valid": G(lambda f: f.pick([True, False])),
            "discount_percent": G(lambda f: f.pick([0, 10, 20])),
        },
    ),
    (
        "track",
        "Feedback Survey Answered",
        CLIENT,
        ALL,
        {
            "survey_id": G(lambda f: "srv_" + f.digits(3)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Music was too loud",
                        "Great vibes",
                        "Bekleme süresi uzundu",
                        "More weekend slots pls",
                        "",
                    ]
                )
            ),
            "answers": Many(
                {
                    "question_id": G(lambda f: "q" + str(f.r.randint(1, 6))),
                    "label": G(
                        lambda f: f.pick(
                            ["How clean was the salon?", "Was your stylist on time?", "Would you book again?"]
                        )
                    ),
                    "value": G(lambda f: f.pick(["very", "somewhat", "not at all", "yes", "no"])),
                },
                3,
            ),
        },
    ),
    # -- staff -----------------------------------------------------------------------------------
    ("track", "Chair Rental Application Submitted", ["web"], ("US",), CHAIR_APPLICATION),
    ("track", "EEO Survey Completed", ["web"], ("US",), EEO),
    ("track", "Stylist Onboarded", ["python"], ("NG",), STYLIST_NG),
    ("track", "Personel Eklendi", ["node"], ("TR",), PERSONEL_TR),
    ("track", "StaffSignedIn", ["dotnet"], ("US",), STAFF_SIGNIN_DOTNET),
    (
        "track",
        "Staff Invited",
        ["web"],
        ALL,
        {
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_role": G(lambda f: f.pick(["stylist", "front_desk", "manager"])),
            "invited_by_user_id": G(lambda f: "usr_" + f.hexid(10)),
            "salon_id": G(lambda f: "sal_" + f.hexid(8)),
            "invite_token": RED(lambda f: f.hexid(40), "token"),
        },
    ),
    # -- ads and attribution ---------------------------------------------------------------------
    ("track", "Conversion Forwarded", ["node"], ALL, CAPI),
    ("track", "Install Attributed", ["go"], ALL, APPSFLYER),
    (
        "track",
        "Promotion Viewed",
        CLIENT,
        ALL,
        {
            "promotion_id": G(lambda f: "promo_" + f.digits(3)),
            "creative": G(lambda f: f.pick(["hero_braids", "bayram_indirimi", "fathers_day_cuts"])),
            "name": G(lambda f: f.pick(["Detty December", "Bayram İndirimi", "Father's Day Cuts"])),
            "position": G(lambda f: f.pick(["home_top", "search_banner"])),
        },
    ),
    # -- home-care shop (e-commerce spec) --------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "flutter"],
        ALL,
        {"query": G(lambda f: f.pick(["edge control", "beard oil", "argan şampuan", "braiding hair 1b"]))},
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "flutter"],
        ALL,
        {
            "list_id": G(lambda f: f.pick(["leave_in", "beard", "tools"])),
            "category": G(lambda f: f.pick(PRODUCTS)[2]),
            "products": Many(product(), 4),
        },
    ),
    ("track", "Product Viewed", ["web", "flutter"], ALL, {**product(), "currency": G(lambda f: f.cur())}),
    ("track", "Product Added", ["web", "flutter"], ALL, {"cart_id": G(lambda f: f.uuid()), **product()}),
    (
        "track",
        "Checkout Started",
        ["web", "flutter"],
        ALL,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "revenue": G(lambda f: f.price()),
            "currency": G(lambda f: f.cur()),
            "products": Many(product(), 3),
        },
    ),
    ("track", "Order Completed", ["web", "node"], ALL, order_completed),
    (
        "track",
        "Order Refunded",
        ["node"],
        ALL,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "total": G(lambda f: f.price()),
            "currency": G(lambda f: f.cur()),
        },
    ),
    (
        "track",
        "Coupon Applied",
        ["web", "flutter"],
        ALL,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "cart_id": G(lambda f: f.uuid()),
            "coupon_id": G(lambda f: "cpn_" + f.digits(4)),
            "coupon_name": G(lambda f: f.pick(["GLOW20", "FIRSTCUT", "YENIMUSTERI"])),
            "discount": G(lambda f: f.money(1, 30)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = SalonFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, markets, body in TEMPLATES:
            f.cc = f.pick(list(markets))
            client = f.pick(clients)
            msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in ("web", "swift", "kotlin", "flutter", "rn") or f.r.random() < 0.2:
                msg["anonymousId"] = f.uuid()
            msg["userId"] = "usr_" + f.hexid(10)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "sal_" + f.hexid(8)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if body is not None:
                template = body(f) if callable(body) else body
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(template, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=220, repeats=30)
    write(Path(__file__).parent, "holdout220_", events, labels)
