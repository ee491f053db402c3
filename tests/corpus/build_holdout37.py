"""Writes holdout37: tests/corpus/holdout37_events.jsonl and holdout37_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other holdouts' labels, and never run through the engine by its author. Only build.py's
helpers, fake.py and build_holdout3.py's format were read.

Domain: restaurants and hospitality tech in the US, UK, Spain and Australia.
- TableTime, restaurant reservations: diners' profiles, searches, party size, occasions, dietary
  notes and allergies, deposits (Stripe-shaped charges), cancellations and no-shows, reviews, the
  SMS waitlist (Twilio-shaped outbound messages and inbound webhooks), the embeddable booking
  widget (kebab-case keys), form-field tracking, private-event enquiries, staff invitations,
  guest-profile merges and a reverse-ETL sync from the warehouse (SCREAMING_SNAKE traits).
- OrderPoint, restaurant POS and online ordering: menu browsing and e-commerce spec events,
  orders with tips and delivery addresses, card-present payments (a C# service, PascalCase),
  DoorDash-Drive-shaped delivery dispatches, e-mailed receipts, kitchen tickets and allergy
  alerts, staff profiles, shift clock-ins with geofences, customer look-ups, loyalty accounts, gift
  cards, restaurant accounts (group calls) and the Spanish TPV integration written in .NET
  (PascalCase Spanish keys) and a Spanish snake_case loyalty sync.
- Sip&Stay, a boutique-hotel group's loyalty app: members, hotel searches, bookings, online
  check-in with the Spanish guest register (document numbers, nationality), digital room keys,
  room service, spa bookings with a health questionnaire, concierge chat, guest Wi-Fi, valet,
  travel companions, the kids' club, GoCardless-shaped Direct Debit mandates for the paid club,
  points transfers and referrals.
Calls: identify, track, page, screen, group and alias, with the `context` blocks of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python, node,
go, java, ruby, php and C# server libraries (context.ip, context.traits, device, app, library,
locale, userAgent, userAgentData, campaign, consent, location, externalIds).

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET, Twilio
webhooks), kebab-case (booking widget), SCREAMING_SNAKE (warehouse sync) and Spanish keys.
Values come from our own generators for four countries: names of many cultures (Spanish double
surnames), national phone formats, street addresses and postcodes, Spanish DNI/NIE with the right
check letter, UK National Insurance numbers, Australian TFNs with a valid checksum, US SSNs,
mod-97 IBANs, ABA routing numbers with a valid checksum, Luhn card numbers.

Labelling rules (the Privacy Portal's default colours):
- A path is PII when its values are personal data about a natural person: the diner, the guest,
  a recipient, another member of the party, a staff member. Colour is the reference's default
  for the matcher (yellow for name, email, phone, address, city, zipcode, birthdate, gender, sex,
  citizenship, certificate, license, photo, salary, mac, ip, allergy, condition, religion...; red
  for passport, visa, disability, social security number, password, token, credit card). Types
  outside the reference: red for credentials and secrets, card numbers, bank accounts, national
  ids and health; yellow for geolocation and advertising ids.
- Green: ids we issue, confirmation codes, numeric ids, SKUs, versions, timestamps, hashes of
  non-PII, amounts (order tips included), enums, counters and booleans under PII-sounding keys,
  product, dish, restaurant, hotel and company names, places that are not the person's (a
  searched area, a restaurant's city, address, phone number or coordinates, a hotel's city),
  country, state/province, locale, language, timezone, currency, user agents, OS-issued device
  ids. Card brand, last four, BIN, masked PAN and expiry are green, and so are a bank account's
  last two digits; sort codes, BSBs and routing numbers are green; the last four of an SSN are
  red. Food photos in reviews are green (`photo` is a picture of a person).
- A boolean or enum that itself reveals a special category about the person (allergy flag,
  wheelchair access, pregnancy, blood pressure, step-free room need, halal/kosher diet) is that
  category, red. Lists and free text naming the person's allergens or conditions take the
  reference colour of that matcher (allergy, condition: yellow).
- value_only is true when the key does not name the kind of data it holds: neutral keys (`value`,
  `label`, `text`, `note`, `q`, `identifier`, `body`, `to`) and person-role keys without a
  data-type word (`From`, `recipient`, `booked_for`, `approved_by`, `Camarero`, `Repartidor`,
  `staff_shoutout`). A value_only PII path holds that PII in every value; free text is labelled
  by what every value carries and green when no value does (all free text here either always
  carries the PII or never does).
Choices where a careful privacy owner had to decide:
- A business's own contact data (restaurant phone, venue address, Twilio sender numbers, an
  access point's MAC, POS terminal serial numbers) is green even under PII-sounding keys.
- Staff pay (hourly rate, declared cash tips) is personal income: yellow salary.
- Gift-card numbers and PINs, digital room-key tokens, push tokens and integration secrets are
  red (secret, password, token) whoever holds them: anyone holding them can spend or enter.
- A vehicle's licence plate at the valet is yellow `license`; a passenger's flight number is
  green; children's ages in a hotel search are green (no person is identified by them).
- A birthday given as month only is green; day and month (no year) is yellow birthdate.
- Twilio's `FromCity` (the city of the sender's number) is the person's city: yellow.
- A dietary-preference enum whose values include halal and kosher is red `religion|condition`
  even though most values (vegetarian, none) reveal nothing.

Run: `cd /work/main && .venv/bin/python -m tests.corpus.build_holdout37`.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and identifiers of four countries --------------------------------------------

FIRST = {
    "us": [
        "Emily",
        "Michael",
        "Jasmine",
        "DeShawn",
        "Madison",
        "Tyler",
        "Brianna",
        "Carlos",
        "Hannah",
        "Marcus",
    ],
    "uk": ["Oliver", "Amelia", "Harry", "Isla", "Callum", "Niamh", "Rhys", "Siobhan", "Imran", "Aaliyah"],
    "es": [
        "Lucía",
        "Hugo",
        "Martina",
        "Pablo",
        "Álvaro",
        "Carmen",
        "Javier",
        "Nerea",
        "Iker",
        "Montserrat",
        "Jordi",
    ],
    "au": [
        "Charlotte",
        "Jack",
        "Matilda",
        "Lachlan",
        "Kirra",
        "Jarrah",
        "Tahlia",
        "Sione",
        "Ngaio",
        "Cooper",
    ],
    "world": [
        "Wei",
        "Xiaoling",
        "Thanh",
        "Priya",
        "Arjun",
        "Harpreet",
        "Aisha",
        "Mohammed",
        "Chidi",
        "Adaeze",
        "Kwabena",
        "Yuki",
        "Ji-woo",
        "Mateus",
        "Giulia",
        "Olena",
        "Zeynep",
        "Nikos",
    ],
}
LAST = {
    "us": ["Johnson", "Williams", "Rodriguez", "Washington", "Nguyen", "Kim", "Jackson", "Murphy"],
    "uk": ["Taylor", "Evans", "Hughes", "O'Neill", "MacLeod", "Begum", "Khan", "Ahmed", "Wright"],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Gómez",
        "Ruiz",
        "Navarro",
        "Etxeberria",
        "Puig",
    ],
    "au": ["Smith", "Wilson", "Tran", "Papadopoulos", "Kelly", "Ryan", "Morrison", "Te Awa"],
    "world": [
        "Chen",
        "Wang",
        "Patel",
        "Sharma",
        "Singh",
        "Okafor",
        "Mensah",
        "Tanaka",
        "Park",
        "Silva",
        "Y\u0131lmaz",
    ],
}
STREETS = {
    "us": ["Valencia St", "N Damen Ave", "Peachtree Rd NE", "Bedford Ave", "SE Hawthorne Blvd", "W 4th St"],
    "uk": [
        "Albion Road",
        "Kingsland High Street",
        "Deansgate",
        "Church Lane",
        "Victoria Terrace",
        "Mill Road",
    ],
    "es": [
        "Calle de Alcalá",
        "Carrer de Mallorca",
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle Larios",
    ],
    "au": ["Brunswick St", "Crown St", "Oxford St", "Chapel St", "James St", "Hay St"],
}
CITIES = {
    "us": ["Austin", "Brooklyn", "Chicago", "Portland", "Atlanta", "San Diego"],
    "uk": ["London", "Manchester", "Leeds", "Bristol", "Edinburgh", "Cardiff"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao"],
    "au": ["Melbourne", "Sydney", "Brisbane", "Perth", "Adelaide", "Hobart"],
}
COUNTRIES = ["us", "uk", "es", "au"]
EMAIL_DOMAINS = ["example.com", "example.co.uk", "example.es", "example.com.au", "mail.example.net"]
RESTAURANTS = [
    "Lupa Trattoria",
    "Casa Lola",
    "The Golden Fleece",
    "Sakura Izakaya",
    "Bar Pinotxo",
    "Ember & Ash",
    "Little Saigon Kitchen",
    "Bondi Fish Co.",
    "El Rincón de Pepe",
    "Nonna's Table",
]
HOTELS = ["Sip&Stay Soho", "Sip&Stay Born", "Sip&Stay Fitzroy", "Sip&Stay Malasaña", "Sip&Stay Brooklyn"]
DISHES = [
    "Patatas Bravas",
    "Cacio e Pepe",
    "Fish & Chips",
    "Chicken Katsu Curry",
    "Smashed Avo on Sourdough",
    "Pulled Pork Tacos",
    "Margherita Pizza",
    "Pho Bo",
    "Flat White",
    "Sticky Toffee Pudding",
]
CUISINES = ["italian", "spanish", "japanese", "vietnamese", "modern australian", "british", "mexican"]


class HFake(Fake):
    """Fake with hospitality values for the US, the UK, Spain and Australia."""

    recalled = None

    def remember(self, value):
        """Keeps a field's value so the next field of the same event agrees with it."""
        self.recalled = value
        return value

    def country(self):
        return self.pick(COUNTRIES)

    def first(self):
        return self.pick(FIRST[self.pick([*COUNTRIES, "world", "world"])])

    def last(self):
        return self.pick(LAST[self.pick([*COUNTRIES, "world"])])

    def full_name(self):
        if self.r.random() < 0.2:
            return f"{self.pick(FIRST['es'])} {self.pick(LAST['es'])} {self.pick(LAST['es'])}"
        return f"{self.first()} {self.last()}"

    def initial_name(self):
        return f"{self.first()} {self.last()[0]}."

    def email(self):
        plain = str.maketrans("áéíóúñçüı'Á ", "aeiouncui-a.")
        first, last = self.first().lower().translate(plain), self.last().lower().translate(plain)
        user = self.pick(
            [f"{first}.{last}", f"{first}{self.r.randint(1, 99)}", f"{first[0]}{last}", f"{first}_{last}"]
        )
        return f"{user}@{self.pick(EMAIL_DOMAINS)}"

    def phone(self, country=None):
        c = country or self.country()
        r = self.r
        if c == "us":
            a, e, n = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
            return self.pick(
                [f"+1{a}{e}{n:04d}", f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"+1 {a} {e} {n:04d}"]
            )
        if c == "uk":
            m = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
            return self.pick(
                [
                    f"0{m[:4]} {m[4:]}",
                    f"+44 {m[:4]} {m[4:]}",
                    f"+44{m}",
                    f"020 7{r.randint(100, 999)} {r.randint(1000, 9999)}",
                ]
            )
        if c == "es":
            m = f"6{r.randint(10, 99)}{r.randint(100000, 999999)}"
            return self.pick(
                [
                    f"+34 {m[:3]} {m[3:6]} {m[6:]}",
                    f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}",
                    f"+34{m}",
                    f"91 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                ]
            )
        m = f"4{r.randint(10, 99)}{r.randint(100000, 999999)}"
        return self.pick(
            [
                f"0{m[:3]} {m[3:6]} {m[6:]}",
                f"+61 {m[:3]} {m[3:6]} {m[6:]}",
                f"+61{m}",
                f"(02) 9{r.randint(100, 999)} {r.randint(1000, 9999)}",
            ]
        )

    def mobile_e164(self):
        return self.pick(
            [
                lambda: f"+1{self.r.randint(201, 989)}{self.r.randint(2000000, 9999999)}",
                lambda: f"+447{self.r.randint(400000000, 999999999)}",
                lambda: f"+346{self.r.randint(10000000, 99999999)}",
                lambda: f"+614{self.r.randint(10000000, 99999999)}",
            ]
        )()

    def street(self, country=None):
        c = country or self.country()
        n = self.r.randint(1, 480)
        if c == "es":
            return f"{self.pick(STREETS['es'])}, {n}" + self.pick(
                ["", f", {self.r.randint(1, 6)}º {self.pick('ABCD')}"]
            )
        if c == "uk":
            return self.pick(["", f"Flat {self.r.randint(1, 12)}, "]) + f"{n} {self.pick(STREETS['uk'])}"
        return f"{n} {self.pick(STREETS[c])}" + self.pick(["", "", f", Apt {self.r.randint(1, 30)}"])

    def city(self, country=None):
        return self.pick(CITIES[country or self.country()])

    def postcode(self, country=None):
        c = country or self.country()
        r = self.r
        if c == "us":
            return f"{r.randint(10001, 99950)}"
        if c == "uk":
            out = self.pick(["E8", "N16", "M1", "LS6", "BS1", "EH3", "CF10", "SW11", "SE15"])
            unit = "ABDEFGHJLNPQRSTUWXYZ"
            return f"{out} {r.randint(1, 9)}{self.pick(unit)}{self.pick(unit)}"
        if c == "es":
            return f"{r.randint(1, 52):02d}{r.randint(0, 999):03d}"
        return f"{r.randint(2000, 7999)}"

    def full_address(self):
        c = self.country()
        return f"{self.street(c)}, {self.city(c)} {self.postcode(c)}"

    def dob(self):
        y, m, d = self.r.randint(1952, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}"])

    def dni(self):
        n = self.r.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self):
        prefix = self.pick("XYZ")
        n = self.r.randint(0, 9999999)
        return f"{prefix}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int('XYZ'.index(prefix) * 10**7 + n) % 23]}"

    def nino(self):
        letters = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.pick(letters) + self.pick(letters.replace("O", ""))
            if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                break
        d = f"{self.r.randint(0, 999999):06d}"
        return self.pick(
            [f"{pre}{d}{self.pick('ABCD')}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {self.pick('ABCD')}"]
        )

    def tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            digits = [self.r.randint(0, 9) for _ in range(8)]
            s = sum(d * w for d, w in zip(digits, weights))
            if s % 11 <= 9:
                digits.append(s % 11)
                t = "".join(map(str, digits))
                return self.pick([t, f"{t[:3]} {t[3:6]} {t[6:]}"])

    def aba(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            d.append((10 - s % 10) % 10)
            if d[0] in (0, 1, 2, 3):
                return "".join(map(str, d))

    def passport(self):
        c = self.country()
        if c == "es":
            return self.pick(["PA", "PB", "XD"]) + self.pick("ABCDEFGHJK") + self.digits(6)
        if c == "au":
            return self.pick(["PA", "PB", "N", "E"]) + self.digits(7)
        return self.digits(9)

    def plate(self):
        c = self.country()
        up = "ABCDEFGHJKLMNPRSTVWXYZ"
        if c == "uk":
            tail = "".join(self.pick(up) for _ in range(3))
            return f"{self.pick(up)}{self.pick(up)}{self.r.randint(10, 74)} {tail}"
        if c == "es":
            tail = "".join(self.pick("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
            return f"{self.r.randint(0, 9999):04d} {tail}"
        if c == "au":
            return f"{self.digits(1)}{''.join(self.pick(up) for _ in range(3))}{self.r.randint(100, 999)}"
        return f"{self.digits(1)}{''.join(self.pick(up) for _ in range(3))}{self.r.randint(100, 999)}"

    def uk_sort_code(self):
        return f"{self.r.randint(10, 99)}-{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"

    def bsb(self):
        return f"{self.pick(['062', '033', '083', '012', '732'])}-{self.r.randint(0, 999):03d}"

    def confirmation(self, prefix):
        return prefix + "".join(self.pick("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))

    def restaurant(self):
        return self.pick(RESTAURANTS)

    def hotel(self):
        return self.pick(HOTELS)

    def dish(self):
        return self.pick(DISHES)

    def local_iso(self):
        r = self.r
        day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        clock = f"{r.randint(11, 22):02d}:{self.pick(['00', '15', '30', '45'])}:00"
        return day + "T" + clock + self.pick(["-05:00", "+00:00", "+01:00", "+10:00", "+11:00"])

    def day(self):
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def hhmm(self):
        return f"{self.r.randint(11, 22):02d}:{self.pick(['00', '15', '30', '45'])}"

    def sha1(self):
        return self.hexid(40)

    def sha256(self):
        return self.hexid(64)


# -- contexts sent by the client libraries ------------------------------------------------------------


def consent():
    return {
        "categoryPreferences": {
            "Analytics": G(lambda f: True),
            "Advertising": G(lambda f: f.pick([True, False])),
            "Functional": G(lambda f: f.pick([True, False])),
        }
    }


def campaign():
    return {
        "name": G(lambda f: f.pick(["date_night_2024", "xmas_parties", "mothers_day", "brunch_launch"])),
        "source": G(lambda f: f.pick(["google", "instagram", "newsletter", "tiktok"])),
        "medium": G(lambda f: f.pick(["cpc", "social", "email"])),
        "term": G(
            lambda f: f.pick(["tapas near me", "birthday dinner", "brunch bondi", "italian restaurant"])
        ),
        "content": G(lambda f: f.pick(["carousel_2", "hero", "textlink"])),
    }


def web_tabletime(f):
    slug = f.pick(["/r/lupa-trattoria", "/r/casa-lola", "/search", "/", "/account/bookings"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: slug),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.instagram.com/",
                        "https://tabletime.example/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?party=2&date=2024-11-09", "?utm_source=newsletter&utm_medium=email"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["TableTime \u2013 Book a table", "Casa Lola | TableTime", "My bookings \u2013 TableTime"]
                )
            ),
            "url": G(lambda f: "https://tabletime.example" + slug),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "125", "8", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-ES", "en-AU", "ca-ES"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/London", "Europe/Madrid", "Australia/Sydney"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": campaign(),
        "consent": consent(),
    }


def web_orderpoint(f):
    slug = f.pick(["/order/ember-and-ash/menu", "/order/casa-lola/checkout", "/order/bondi-fish-co/menu"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: slug),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://maps.google.com/"])),
            "search": G(lambda f: f.pick(["", "?fulfilment=pickup", "?table=12"])),
            "title": G(
                lambda f: f.pick(["Order online \u2013 Ember & Ash", "Casa Lola · Pedir online", "Checkout"])
            ),
            "url": G(lambda f: "https://order.orderpoint.example" + slug),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-ES", "en-AU"])),
        "timezone": G(
            lambda f: f.pick(["America/Los_Angeles", "Europe/London", "Europe/Madrid", "Australia/Melbourne"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": campaign(),
    }


WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.6422.53 Mobile Safari/537.36",
]


def ctx_traits():
    """What analytics-swift, -kotlin, -react-native and flutter copy from identify into context.traits."""
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "phone": Y(lambda f: f.phone(), "phone"),
        "memberTier": G(lambda f: f.pick(["silver", "gold", "platinum", "bronze"])),
    }


def swift_tabletime(f):
    return {
        "app": {
            "name": G(lambda f: "TableTime"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "com.tabletime.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-AU", "es-ES", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Australia/Sydney", "Europe/Madrid"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }


def swift_sipstay(f):
    base = swift_tabletime(f)
    base["app"] = {
        "name": G(lambda f: "Sip&Stay"),
        "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
        "build": G(lambda f: f.pick(["320", "331"])),
        "namespace": G(lambda f: "com.sipandstay.guest"),
    }
    return base


def kotlin_sipstay(f):
    return {
        "app": {
            "name": G(lambda f: "Sip&Stay"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["30200", "30301"])),
            "namespace": G(lambda f: "com.sipandstay.guest"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2449", "2311DRK48G"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP594DL1", "marble"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "es-ES", "en-AU"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Movistar", "Vodafone UK", "Telstra", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Madrid", "Europe/London", "Australia/Melbourne"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-38, 52), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123, 153), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
    }


# (manufacturer, model, device name, type, os name, os versions): one phone or tablet per message.
RN_DEVICES = [
    ("Apple", "iPad13,16", "iPad", "ios", "iPadOS", ["17.5", "17.4.1"]),
    ("Apple", "iPad14,1", "iPad", "ios", "iPadOS", ["17.5", "16.7"]),
    ("samsung", "SM-X200", "gta8wifi", "android", "Android", ["14", "13"]),
]
FLUTTER_DEVICES = [
    ("Apple", "iPhone14,7", "iPhone", "ios", "iOS", ["17.4.1", "17.5"]),
    ("samsung", "SM-A546B", "a54x", "android", "Android", ["14", "13"]),
    ("Google", "Pixel 7a", "lynx", "android", "Android", ["14"]),
]


def device_block(devices):
    def pick_device(f):
        f.device = f.pick(devices)
        return f.uuid().upper() if f.device[3] == "ios" else f.hexid(16)

    return {
        "id": G(pick_device),
        "manufacturer": G(lambda f: f.device[0]),
        "model": G(lambda f: f.device[1]),
        "name": G(lambda f: f.device[2]),
        "type": G(lambda f: f.device[3]),
    }


def os_block():
    return {"name": G(lambda f: f.device[4]), "version": G(lambda f: f.pick(f.device[5]))}


def rn_orderpoint(f):
    return {
        "app": {
            "name": G(lambda f: "OrderPoint Staff"),
            "version": G(lambda f: f.pick(["12.8.0", "12.9.3"])),
            "build": G(lambda f: f.pick(["1280", "1293"])),
            "namespace": G(lambda f: "com.orderpoint.staff"),
        },
        "device": device_block(RN_DEVICES),
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-AU", "es-ES"])),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "os": os_block(),
        "screen": {"width": G(lambda f: f.pick([820, 1340])), "height": G(lambda f: f.pick([1180, 800]))},
        "timezone": G(lambda f: f.pick(["America/Chicago", "Australia/Brisbane", "Europe/Madrid"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "firstName": Y(lambda f: f.first(), "name"),
            "staffRole": G(lambda f: f.pick(["server", "bartender", "host", "manager", "runner"])),
            "locationId": G(lambda f: f.r.randint(1000, 1400)),
        },
    }


def flutter_orderpoint(f):
    return {
        "app": {
            "name": G(lambda f: "OrderPoint"),
            "version": G(lambda f: f.pick(["4.1.0", "4.2.2"])),
            "build": G(lambda f: f.pick(["410", "422"])),
            "namespace": G(lambda f: "com.orderpoint.app"),
        },
        "device": device_block(FLUTTER_DEVICES),
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "en-GB", "en-US", "es-ES"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": os_block(),
        "screen": {
            "width": G(lambda f: f.pick([390, 412])),
            "height": G(lambda f: f.pick([844, 915])),
            "density": G(lambda f: f.pick([3.0, 2.625])),
        },
        "timezone": G(lambda f: f.pick(["Australia/Sydney", "Europe/London", "America/Denver"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.0", "2.1.2"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.4"],
    "analytics-ruby": ["2.4.1", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.0"],
    "analytics-csharp": ["2.4.0", "2.4.1"],
}


def server(name, extra=None):
    def build(f):
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(SERVER_VERSIONS[name]))}}
        ctx.update(extra() if extra else {})
        return ctx

    return build


def python_extra():
    return {
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "traits": {"email": Y(lambda f: f.email(), "email")},
    }


def node_extra():
    return {"groupId": G(lambda f: "venue_" + f.digits(5))}


def ruby_extra():
    return {
        "externalIds": Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    }


def php_extra():
    return {
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(["es-ES", "en-GB"])),
    }


def csharp_extra():
    return {
        "locale": G(lambda f: "es-ES"),
        "timezone": G(lambda f: f.pick(["Europe/Madrid", "Atlantic/Canary"])),
    }


CONTEXTS = {
    "web_tt": web_tabletime,
    "web_op": web_orderpoint,
    "swift_tt": swift_tabletime,
    "swift_ss": swift_sipstay,
    "kotlin_ss": kotlin_sipstay,
    "rn_op": rn_orderpoint,
    "flutter_op": flutter_orderpoint,
    "python": server("analytics-python", python_extra),
    "node": server("analytics-node", node_extra),
    "go": server("analytics-go"),
    "java": server("analytics-java"),
    "ruby": server("analytics-ruby", ruby_extra),
    "php": server("analytics-php", php_extra),
    "csharp": server("analytics-csharp", csharp_extra),
    "csharp_pay": server("analytics-csharp"),
}

# -- shared shapes ------------------------------------------------------------------------------------


def menu_item():
    return {
        "product_id": G(lambda f: "itm_" + f.hexid(10)),
        "sku": G(lambda f: f"{f.pick(['FOOD', 'BEV', 'DSRT'])}-{f.r.randint(100, 999)}"),
        "name": G(lambda f: f.dish()),
        "category": G(lambda f: f.pick(["Starters", "Mains", "Desserts", "Drinks", "Sides"])),
        "price": G(lambda f: f.money(3, 34)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "variant": G(lambda f: f.pick(["Regular", "Large", "Half", "Oat milk"])),
        "modifiers": Many(
            {
                "name": G(
                    lambda f: f.pick(
                        ["Extra cheese", "No onion", "Add chorizo", "Gluten-free base", "Extra shot"]
                    )
                ),
                "price": G(lambda f: f.pick([0, 0.5, 1.5, 2.0])),
            },
            2,
        ),
    }


def card_summary():
    return {
        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "eftpos_au"])),
        "last4": G(lambda f: f.digits(4)),
        "exp_month": G(lambda f: f.r.randint(1, 12)),
        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
        "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
        "country": G(lambda f: f.pick(["US", "GB", "ES", "AU"])),
        "wallet": G(lambda f: f.pick(["apple_pay", "google_pay", "none"])),
    }


def delivery_address():
    return {
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Y(
            lambda f: f.pick(["Apt 4B", "Flat 2", "Unit 7", "Piso 3º A", "Level 2"]), "address|street"
        ),
        "city": Y(lambda f: f.city(), "city"),
        "postcode": Y(lambda f: f.postcode(), "zipcode"),
        "state": G(lambda f: f.pick(["TX", "NSW", "VIC", "Madrid", "Greater London", "CA"])),
        "country": G(lambda f: f.pick(["US", "GB", "ES", "AU"])),
        "lat": Y(lambda f: round(f.r.uniform(-38, 52), 6), "geolocation"),
        "lng": Y(lambda f: round(f.r.uniform(-123, 153), 6), "geolocation"),
    }


def restaurant_ref():
    return {
        "id": G(lambda f: f.r.randint(10000, 99999)),
        "name": G(lambda f: f.restaurant()),
        "city": G(lambda f: f.city()),
        "phone": G(lambda f: f.phone()),
        "lat": G(lambda f: round(f.r.uniform(-38, 52), 5)),
        "lng": G(lambda f: round(f.r.uniform(-123, 153), 5)),
    }


DIETS = ["none", "vegetarian", "vegan", "pescatarian", "halal", "kosher", "gluten_free"]
ALLERGENS = [
    "peanuts",
    "tree nuts",
    "shellfish",
    "sesame",
    "gluten",
    "dairy",
    "eggs",
    "soy",
    "fish",
    "mustard",
]


def allergy_note(f):
    a = f.pick(ALLERGENS)
    return f.pick(
        [
            f"SEVERE {a.upper()} ALLERGY - seat {f.r.randint(1, 8)}, clean board",
            f"Guest allergic to {a}, carries EpiPen",
            f"{a.capitalize()} allergy table {f.r.randint(1, 40)} - no cross contact",
            "Coeliac - strictly no gluten, "
            + f.pick(["fried in shared oil?", "check sauces", "separate fryer"]),
            f"ALLERGY: {a} (anaphylactic)",
        ]
    )


# -- events -----------------------------------------------------------------------------------------

TABLETIME = [
    (
        "identify",
        None,
        "web_tt",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "totalBookings": G(lambda f: f.r.randint(0, 80)),
            "noShowCount": G(lambda f: f.r.randint(0, 3)),
            "vipTier": G(lambda f: f.pick(["none", "regular", "insider", "black"])),
            "favouriteCuisines": Many(G(lambda f: f.pick(CUISINES)), 3),
            "dietaryPreference": RED(lambda f: f.pick(DIETS), "religion|condition"),
            "avatarUrl": Y(lambda f: f"https://cdn.tabletime.example/avatars/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "page",
        "Restaurant",
        "web_tt",
        {
            "name": G(lambda f: "Restaurant"),
            "path": G(lambda f: f.pick(["/r/lupa-trattoria", "/r/casa-lola", "/r/bondi-fish-co"])),
            "url": G(
                lambda f: (
                    "https://tabletime.example"
                    + f.pick(["/r/lupa-trattoria", "/r/casa-lola", "/r/sakura-izakaya"])
                )
            ),
            "title": G(lambda f: f.restaurant() + " | TableTime"),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://tabletime.example/search"])
            ),
            "search": G(lambda f: f.pick(["", "?party=4", "?date=2024-12-24"])),
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
        },
    ),
    (
        "track",
        "Restaurants Searched",
        "web_tt",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "tapas",
                        "sushi",
                        "brunch bondi",
                        "rooftop bar",
                        "private dining room",
                        "dog friendly pub",
                    ]
                )
            ),
            "location": G(
                lambda f: f.pick(
                    [
                        "Soho, London",
                        "Gràcia, Barcelona",
                        "Surry Hills NSW",
                        "Wicker Park, Chicago",
                        "Fitzroy",
                    ]
                )
            ),
            "near_me": G(lambda f: f.pick([True, False])),
            "user_location": {
                "lat": Y(lambda f: round(f.r.uniform(-38, 52), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-123, 153), 6), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(5, 80)),
            },
            "party_size": G(lambda f: f.r.randint(1, 10)),
            "date": G(lambda f: f.day()),
            "time": G(lambda f: f.hhmm()),
            "cuisines": Many(G(lambda f: f.pick(CUISINES)), 2),
            "price_band": G(lambda f: f.pick(["$", "$$", "$$$", "$$$$"])),
        },
    ),
    (
        "track",
        "Restaurant Viewed",
        "swift_tt",
        {
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "restaurant_name": G(lambda f: f.restaurant()),
            "cuisine": G(lambda f: f.pick(CUISINES)),
            "neighbourhood": G(
                lambda f: f.pick(["Shoreditch", "Malasaña", "El Born", "Newtown", "Williamsburg"])
            ),
            "city": G(lambda f: f.city()),
            "rating": G(lambda f: round(f.r.uniform(3.2, 4.9), 1)),
            "distance_km": G(lambda f: f.money(0, 15)),
            "position": G(lambda f: f.r.randint(1, 30)),
            "list": G(lambda f: f.pick(["search_results", "near_you", "trending", "saved"])),
        },
    ),
    (
        "track",
        "Availability Checked",
        "swift_tt",
        {
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "party_size": G(lambda f: f.r.randint(1, 10)),
            "date": G(lambda f: f.day()),
            "requested_time": G(lambda f: f.hhmm()),
            "slots_returned": G(lambda f: f.r.randint(0, 12)),
            "seating_area": G(lambda f: f.pick(["any", "indoor", "terrace", "bar", "chef's counter"])),
        },
    ),
    (
        "track",
        "Reservation Completed",
        "python",
        {
            "reservation_id": G(lambda f: f.uuid()),
            "confirmation_code": G(lambda f: f.confirmation("TT-")),
            "restaurant": restaurant_ref(),
            "party_size": G(lambda f: f.r.randint(1, 10)),
            "reservation_time": G(lambda f: f.local_iso()),
            "occasion": G(
                lambda f: f.pick(["none", "birthday", "anniversary", "date_night", "business", "celebration"])
            ),
            "special_requests": G(
                lambda f: f.pick(
                    [
                        "Window table please",
                        "High chair for a toddler",
                        "Quiet corner if possible",
                        "We may be 10 mins late",
                        "",
                        "Outside table, we have a dog",
                    ]
                )
            ),
            "dietary_notes": Y(lambda f: allergy_note(f), "allergy|condition"),
            "allergies": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 2),
            "allergies_flagged": RED(lambda f: f.pick([True, False]), "allergy"),
            "wheelchair_access_required": RED(lambda f: f.pick([True, False]), "disability"),
            "guest": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "visit_count": G(lambda f: f.r.randint(0, 40)),
            },
            "booked_for": Y(lambda f: f.full_name(), "name", True),
            "additional_guests": Many(
                {"name": Y(lambda f: f.full_name(), "name"), "email": Y(lambda f: f.email(), "email")}, 3
            ),
            "channel": G(lambda f: f.pick(["web", "ios", "android", "widget", "phone"])),
            "deposit_required": G(lambda f: f.pick([True, False])),
            "cake_message": Y(
                lambda f: f.pick(
                    ["Happy Birthday {}!", "Happy 40th {}", "Congratulations {}!!", "Feliz cumpleaños {}"]
                ).format(f.first()),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Deposit Paid",
        "python",
        {
            "reservation_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([10, 20, 25, 50, 100])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR", "AUD"])),
            "charge": {
                "id": G(lambda f: "ch_3" + f.hexid(23)),
                "payment_intent": G(lambda f: "pi_3" + f.hexid(23)),
                "status": G(lambda f: f.pick(["succeeded", "pending", "failed"])),
                "billing_details": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.mobile_e164(), "phone"),
                    "address": {
                        "line1": Y(lambda f: f.street(), "address|street"),
                        "city": Y(lambda f: f.city(), "city"),
                        "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                        "country": G(lambda f: f.pick(["US", "GB", "ES", "AU"])),
                    },
                },
                "payment_method_details": {"card": card_summary()},
                "receipt_url": G(lambda f: f"https://pay.stripe.com/receipts/payment/{f.hexid(40)}"),
                "livemode": G(lambda f: True),
            },
        },
    ),
    (
        "track",
        "Reservation Cancelled",
        "swift_tt",
        {
            "reservation_id": G(lambda f: f.uuid()),
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "reason": G(lambda f: f.pick(["plans_changed", "illness", "weather", "found_other", "other"])),
            "cancelled_by": G(lambda f: f.pick(["guest", "restaurant", "system"])),
            "hours_before": G(lambda f: f.r.randint(0, 240)),
            "fee_charged": G(lambda f: f.pick([0, 0, 15, 25])),
            "party_size": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "No Show Recorded",
        "python",
        {
            "reservation_id": G(lambda f: f.uuid()),
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "guest_email": Y(lambda f: f.email(), "email"),
            "guest_phone": Y(lambda f: f.phone(), "phone"),
            "no_show_fee": G(lambda f: f.pick([0, 20, 30, 50])),
            "no_show_count": G(lambda f: f.r.randint(1, 5)),
            "marked_by_staff_id": G(lambda f: f.r.randint(100, 9999)),
        },
    ),
    (
        "track",
        "Review Submitted",
        "swift_tt",
        {
            "review_id": G(lambda f: f.uuid()),
            "reservation_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "food_rating": G(lambda f: f.r.randint(1, 5)),
            "service_rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(
                lambda f: f.pick(
                    [
                        "Amazing croquetas, will be back!",
                        "Food was great but we waited 40 minutes for mains.",
                        "Lovely spot for a birthday, the staff brought a candle.",
                        "Too noisy on a Friday. Good cocktails though.",
                        "Best pho in town, generous portions.",
                    ]
                )
            ),
            "reviewer_display_name": Y(lambda f: f.initial_name(), "name"),
            "staff_shoutout": Y(lambda f: f.first(), "name", True),
            "photo_urls": Many(G(lambda f: f"https://cdn.tabletime.example/reviews/{f.hexid(12)}.jpg"), 3),
            "visit_date": G(lambda f: f.day()),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        "node",
        {
            "waitlist_id": G(lambda f: "wl_" + f.hexid(12)),
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "party_size": G(lambda f: f.r.randint(1, 8)),
            "guest_name": Y(lambda f: f.pick([f.first(), f.full_name()]), "name"),
            "mobile": Y(lambda f: f.phone(), "phone"),
            "quoted_wait_minutes": G(lambda f: f.pick([10, 15, 20, 30, 45])),
            "position": G(lambda f: f.r.randint(1, 25)),
            "sms_consent": G(lambda f: True),
            "source": G(lambda f: f.pick(["host_stand", "qr_code", "app"])),
        },
    ),
    (
        "track",
        "Waitlist SMS Sent",
        "node",
        {
            "waitlist_id": G(lambda f: "wl_" + f.hexid(12)),
            "sms": {
                "to": Y(lambda f: f.mobile_e164(), "phone", True),
                "from": G(
                    lambda f: f.pick(["+14155550123", "+447700900321", "+61480000123", "+34600000321"])
                ),
                "body": Y(
                    lambda f: f.pick(
                        [
                            "Hi {n}, your table at {r} is ready! Please come to the host stand in 10 min.",
                            "{n}, you're #2 in line at {r}. Reply C to cancel.",
                            "Hola {n}, tu mesa en {r} está lista. Responde 1 para confirmar.",
                        ]
                    ).format(n=f.first(), r=f.restaurant()),
                    "name",
                    True,
                ),
                "sid": G(lambda f: "SM" + f.hexid(32)),
                "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
                "num_segments": G(lambda f: f.pick([1, 1, 2])),
            },
            "template": G(lambda f: f.pick(["table_ready", "position_update", "table_ready_es"])),
        },
    ),
    (
        "track",
        "Waitlist SMS Reply Received",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.mobile_e164(), "phone", True),
            "To": G(lambda f: f.pick(["+14155550123", "+447700900321", "+61480000123", "+34600000321"])),
            "Body": G(lambda f: f.pick(["1", "C", "Y", "on our way", "running 10 min late sorry", "2"])),
            "NumMedia": G(lambda f: "0"),
            "FromCountry": G(lambda f: f.pick(["US", "GB", "AU", "ES"])),
            "FromState": G(lambda f: f.pick(["CA", "NY", "", "NSW"])),
            "FromCity": Y(lambda f: f.pick(["SAN FRANCISCO", "BROOKLYN", "AUSTIN", "CHICAGO"]), "city"),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Reservation Form Field Completed",
        "web_tt",
        {
            "form_id": G(lambda f: f.pick(["booking-step-2", "guest-details"])),
            "field": G(lambda f: f.remember(f.pick(["email", "phone"]))),
            "value": Y(lambda f: f.email() if f.recalled == "email" else f.phone(), "email|phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(900, 40000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Reservation Shared",
        "swift_tt",
        {
            "reservation_id": G(lambda f: f.uuid()),
            "share_channel": G(lambda f: f.pick(["imessage", "whatsapp", "contacts", "copy_link"])),
            "label": Y(
                lambda f: f.pick([f.full_name(), f.first() + " " + f.last()[0], f.first()]), "name", True
            ),
            "invitees_count": G(lambda f: f.r.randint(1, 8)),
            "calendar_added": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Widget Booking Submitted",
        "web_tt",
        {
            "widget-id": G(lambda f: "w_" + f.hexid(8)),
            "booking-ref": G(lambda f: f.confirmation("TT-")),
            "party-size": G(lambda f: f.r.randint(1, 10)),
            "guest-name": Y(lambda f: f.full_name(), "name"),
            "guest-email": Y(lambda f: f.email(), "email"),
            "guest-mobile": Y(lambda f: f.phone(), "phone"),
            "newsletter-opt-in": G(lambda f: f.pick([True, False])),
            "host-domain": G(
                lambda f: f.pick(["casalola.example", "lupatrattoria.example", "bondifish.example"])
            ),
        },
    ),
    (
        "track",
        "Account Created",
        "web_tt",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "form": {
                "email": Y(lambda f: f.email(), "email"),
                "full_name": Y(lambda f: f.full_name(), "name"),
                "password": RED(
                    lambda f: f.pick(
                        ["Summer2024!", "tapas4life", "Fl4tWh1te#", "qwerty123", "BondiBeach99"]
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Summer2024!", "tapas4life", "Fl4tWh1te#", "qwerty123"]), "password"
                ),
                "terms_accepted": G(lambda f: True),
                "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            },
            "referral_code": G(lambda f: f.confirmation("REF")),
        },
    ),
    (
        "track",
        "Signed In",
        "swift_tt",
        {
            "method": G(lambda f: f.remember(f.pick(["email", "phone_otp"]))),
            "identifier": Y(
                lambda f: f.email() if f.recalled == "email" else f.mobile_e164(), "email|phone", True
            ),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "python",
        {
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "expires_at": G(lambda f: f.iso()),
            "email_sent": G(lambda f: True),
            "requests_last_24h": G(lambda f: f.r.randint(1, 4)),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "ip_country": G(lambda f: f.pick(["US", "GB", "ES", "AU"])),
        },
    ),
    (
        "screen",
        "Booking Details",
        "swift_tt",
        {
            "reservation_id": G(lambda f: f.uuid()),
            "tab": G(lambda f: f.pick(["details", "menu", "directions"])),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "MOBILE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
            "LIFETIME_VALUE": G(lambda f: f.money(0, 4000)),
            "TOTAL_VISITS": G(lambda f: f.r.randint(0, 120)),
            "LAST_VISIT_DATE": G(lambda f: f.day()),
            "FAVOURITE_VENUE": G(lambda f: f.restaurant()),
            "IS_VIP": G(lambda f: f.pick([True, False])),
            "BIRTHDAY_MONTH": G(lambda f: f.r.randint(1, 12)),
            "HAS_EMAIL": G(lambda f: True),
        },
    ),
    (
        "track",
        "Private Event Enquiry Submitted",
        "web_tt",
        {
            "enquiry_id": G(lambda f: f.uuid()),
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "contact_name": Y(lambda f: f.full_name(), "name"),
            "contact_email": Y(lambda f: f.email(), "email"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "company": G(lambda f: f.pick(["Globex Ltd", "Initech", "", "Acme Pty Ltd", "Telefónica"])),
            "event_type": G(
                lambda f: f.pick(["christmas_party", "wedding_rehearsal", "birthday", "corporate_dinner"])
            ),
            "guest_count": G(lambda f: f.r.randint(10, 120)),
            "event_date": G(lambda f: f.day()),
            "message": G(
                lambda f: f.pick(
                    [
                        "Looking for a set menu with wine pairing.",
                        "Do you have a private room with AV for a short speech?",
                        "Can we bring our own cake?",
                        "Need a vegetarian option for about a third of the group.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Restaurant Staff Invited",
        "node",
        {
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "invitee_name": Y(lambda f: f.full_name(), "name"),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_phone": Y(lambda f: f.phone(), "phone"),
            "role": G(lambda f: f.pick(["host", "manager", "owner", "marketing"])),
            "invited_by_user_id": G(lambda f: f.r.randint(100, 99999)),
        },
    ),
    (
        "track",
        "Guest Profiles Merged",
        "python",
        {
            "surviving_guest_id": G(lambda f: f.r.randint(100000, 9999999)),
            "merged_guest_ids": Many(G(lambda f: f.r.randint(100000, 9999999)), 3),
            "merged_emails": Many(Y(lambda f: f.email(), "email"), 3),
            "merged_phones": Many(Y(lambda f: f.phone(), "phone"), 2),
            "match_rule": G(lambda f: f.pick(["email_exact", "phone_exact", "name_and_phone"])),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        "web_tt",
        {
            "email": Y(lambda f: f.email(), "email"),
            "list": G(lambda f: f.pick(["weekly_picks", "new_openings", "city_guides"])),
            "double_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "alias",
        None,
        "swift_tt",
        {},
    ),
]

ORDERPOINT = [
    (
        "page",
        "Menu",
        "web_op",
        {
            "name": G(lambda f: "Menu"),
            "path": G(lambda f: f.pick(["/order/ember-and-ash/menu", "/order/casa-lola/menu"])),
            "url": G(
                lambda f: (
                    "https://order.orderpoint.example"
                    + f.pick(
                        ["/order/ember-and-ash/menu", "/order/casa-lola/menu", "/order/nonnas-table/menu"]
                    )
                )
            ),
            "title": G(lambda f: f.pick(["Order online \u2013 Ember & Ash", "Casa Lola · Pedir online"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://maps.google.com/"])),
            "search": G(lambda f: f.pick(["", "?fulfilment=pickup", "?table=12"])),
            "venue_id": G(lambda f: f.r.randint(1000, 1400)),
            "menu_version": G(lambda f: f.pick(["2024.11.3", "2024.12.1", "2025.01.0"])),
        },
    ),
    (
        "track",
        "Product List Viewed",
        "flutter_op",
        {
            "list_id": G(lambda f: f.pick(["mains", "starters", "drinks", "specials"])),
            "category": G(lambda f: f.pick(["Starters", "Mains", "Desserts", "Drinks"])),
            "venue_id": G(lambda f: f.r.randint(1000, 1400)),
            "products": Many(
                {
                    "product_id": G(lambda f: "itm_" + f.hexid(10)),
                    "name": G(lambda f: f.dish()),
                    "price": G(lambda f: f.money(3, 34)),
                    "position": G(lambda f: f.r.randint(1, 20)),
                    "dietary_tags": Many(G(lambda f: f.pick(["V", "VG", "GF", "DF", "contains nuts"])), 2),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Product Added",
        "flutter_op",
        {
            "cart_id": G(lambda f: f.uuid()),
            "venue_id": G(lambda f: f.r.randint(1000, 1400)),
            **{k: v for k, v in menu_item().items()},
            "item_note": G(
                lambda f: f.pick(
                    ["no onions", "medium rare", "sauce on the side", "extra hot", "", "cut in half for kids"]
                )
            ),
        },
    ),
    (
        "track",
        "Coupon Applied",
        "web_op",
        {
            "cart_id": G(lambda f: f.uuid()),
            "input": G(
                lambda f: f.pick(["WELCOME10", "FREEDELIVERY", "TACOTUESDAY", "BRUNCH5", "welcome10"])
            ),
            "coupon_id": G(lambda f: "cpn_" + f.hexid(8)),
            "discount": G(lambda f: f.money(1, 15)),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web_op",
        {
            "order_id": G(lambda f: f.uuid()),
            "venue_id": G(lambda f: f.r.randint(1000, 1400)),
            "revenue": G(lambda f: f.money(8, 180)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR", "AUD"])),
            "fulfillment": G(lambda f: f.pick(["pickup", "delivery", "dine_in"])),
            "products": Many(menu_item(), 4),
            "guest_checkout": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "web_op",
        {
            "order_id": G(lambda f: f.uuid()),
            "order_number": G(lambda f: f.r.randint(1000, 99999)),
            "checkout_id": G(lambda f: f.uuid()),
            "venue_id": G(lambda f: f.r.randint(1000, 1400)),
            "venue_name": G(lambda f: f.restaurant()),
            "total": G(lambda f: f.money(8, 220)),
            "subtotal": G(lambda f: f.money(8, 200)),
            "tax": G(lambda f: f.money(0, 20)),
            "tip": G(lambda f: f.money(0, 30)),
            "tip_percent": G(lambda f: f.pick([0, 10, 12.5, 15, 18, 20])),
            "discount": G(lambda f: f.pick([0, 5, 10])),
            "coupon": G(lambda f: f.pick(["", "WELCOME10", "BRUNCH5"])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR", "AUD"])),
            "fulfillment": G(lambda f: f.pick(["pickup", "delivery", "dine_in"])),
            "products": Many(menu_item(), 4),
            "customer": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "is_new": G(lambda f: f.pick([True, False])),
            },
            "delivery_address": delivery_address(),
            "delivery_instructions": G(
                lambda f: f.pick(
                    [
                        "Leave at the door",
                        "Ring buzzer, 2nd floor",
                        "",
                        "Side gate is open",
                        "Don't knock, baby sleeping",
                    ]
                )
            ),
            "scheduled_for": G(lambda f: f.local_iso()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "cash"])),
            "receipt_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Order Refunded",
        "java",
        {
            "order_id": G(lambda f: f.uuid()),
            "refund_id": G(lambda f: "re_" + f.hexid(24)),
            "amount": G(lambda f: f.money(2, 120)),
            "reason": G(lambda f: f.pick(["late_delivery", "missing_item", "wrong_order", "quality"])),
            "approved_by": Y(lambda f: f.full_name(), "name", True),
            "partial": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Processed",
        "csharp_pay",
        {
            "PaymentId": G(lambda f: "pay_" + f.hexid(20)),
            "OrderId": G(lambda f: f.uuid()),
            "TerminalId": G(lambda f: "T" + f.digits(7)),
            "TerminalSerial": G(lambda f: f.pick(["WPC32", "P400P", "S1F2"]) + f.digits(9)),
            "EntryMode": G(lambda f: f.pick(["chip", "contactless", "swipe", "keyed"])),
            "CardBrand": G(lambda f: f.pick(["VISA", "MASTERCARD", "AMEX", "EFTPOS"])),
            "CardBin": G(lambda f: f.pick(["411111", "545454", "374245", "510510"])),
            "MaskedPan": G(lambda f: f.pick(["411111", "545454", "510510"]) + "******" + f.digits(4)),
            "CardholderName": Y(lambda f: f"{f.last().upper()}/{f.first().upper()}", "name"),
            "AuthCode": G(lambda f: f.digits(6)),
            "Amount": G(lambda f: f.money(4, 400)),
            "TipAmount": G(lambda f: f.money(0, 60)),
            "Currency": G(lambda f: f.pick(["USD", "AUD", "GBP", "EUR"])),
            "Approved": G(lambda f: f.pick([True, True, False])),
            "ServerEmployeeId": G(lambda f: f.r.randint(100, 9999)),
        },
    ),
    (
        "track",
        "Card Payment Keyed",
        "java",
        {
            "paymentId": G(lambda f: "pay_" + f.hexid(20)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "avs_zip": Y(lambda f: f.postcode("us"), "zipcode"),
            "reason": G(lambda f: f.pick(["chip_failure", "phone_order", "offline"])),
            "keyed_by_employee_id": G(lambda f: f.r.randint(100, 9999)),
        },
    ),
    (
        "track",
        "Kitchen Ticket Sent",
        "go",
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "order_id": G(lambda f: f.uuid()),
            "station": G(lambda f: f.pick(["grill", "fry", "pass", "bar", "pastry"])),
            "table": G(lambda f: f.pick(["12", "T4", "Bar 3", "Patio 2", "Takeaway"])),
            "course": G(lambda f: f.pick(["starter", "main", "dessert"])),
            "covers": G(lambda f: f.r.randint(1, 12)),
            "items": Many(
                {
                    "name": G(lambda f: f.dish()),
                    "qty": G(lambda f: f.r.randint(1, 4)),
                    "mods": Many(
                        G(lambda f: f.pick(["NO ONION", "XTRA CHEESE", "MED RARE", "SUB FRIES"])), 2
                    ),
                    "note": G(lambda f: f.pick(["sauce on side", "well done", "", "rush"])),
                    "seat": G(lambda f: f.r.randint(1, 8)),
                },
                5,
            ),
            "allergen_alert": RED(lambda f: f.pick([True, False]), "allergy"),
            "allergens": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 2),
            "fired_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Allergy Alert Printed",
        "go",
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "printer": G(lambda f: f.pick(["kitchen-1", "expo", "bar"])),
            "note": Y(lambda f: allergy_note(f), "allergy|condition", True),
            "acknowledged": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shift Clocked In",
        "rn_op",
        {
            "employeeId": G(lambda f: f.r.randint(100, 9999)),
            "employeeName": Y(lambda f: f.full_name(), "name"),
            "role": G(
                lambda f: f.pick(["server", "bartender", "host", "line_cook", "dishwasher", "manager"])
            ),
            "locationId": G(lambda f: f.r.randint(1000, 1400)),
            "clockInAt": G(lambda f: f.epoch_ms()),
            "scheduledStart": G(lambda f: f.local_iso()),
            "hourlyRate": Y(lambda f: f.pick([15.5, 17.25, 24.1, 11.44, 12.0, 28.6]), "salary"),
            "geo": {
                "lat": Y(lambda f: round(f.r.uniform(-38, 52), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-123, 153), 6), "geolocation"),
            },
            "withinGeofence": G(lambda f: f.pick([True, True, False])),
            "deviceLabel": G(lambda f: f.pick(["Bar iPad 2", "Host stand", "Back office"])),
            "pinUsed": G(lambda f: True),
        },
    ),
    (
        "track",
        "Shift Clocked Out",
        "rn_op",
        {
            "employeeId": G(lambda f: f.r.randint(100, 9999)),
            "shiftId": G(lambda f: f.uuid()),
            "clockOutAt": G(lambda f: f.epoch_ms()),
            "hoursWorked": G(lambda f: round(f.r.uniform(3, 11), 2)),
            "breakMinutes": G(lambda f: f.pick([0, 15, 30, 45])),
            "cashTipsDeclared": Y(lambda f: f.money(0, 180), "salary"),
            "cardTipsPooled": G(lambda f: f.money(0, 400)),
            "managerApproval": Y(lambda f: f.full_name(), "name", True),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        "rn_op",
        {
            "search_by": G(lambda f: f.remember(f.pick(["phone", "name"]))),
            "q": Y(
                lambda f: f.phone() if f.recalled == "phone" else f.pick([f.last(), f.full_name()]),
                "phone|name",
                True,
            ),
            "matches": G(lambda f: f.r.randint(0, 6)),
            "selected_customer_id": G(lambda f: f.r.randint(10000, 999999)),
        },
    ),
    (
        "identify",
        None,
        "java",
        {
            "employee_number": G(lambda f: "E" + f.digits(5)),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "work_email": Y(lambda f: f.email(), "email"),
            "mobile_phone": Y(lambda f: f.phone(), "phone"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "hire_date": G(lambda f: f.day()),
            "role": G(lambda f: f.pick(["server", "bartender", "host", "line_cook", "manager"])),
            "hourly_rate": Y(lambda f: f.pick([15.5, 17.25, 24.1, 11.44, 12.0]), "salary"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "ni_number": RED(lambda f: f.nino(), "national id"),
            "tfn": RED(lambda f: f.tfn(), "national id"),
            "payroll": {
                "routing_number": G(lambda f: f.aba()),
                "sort_code": G(lambda f: f.uk_sort_code()),
                "bsb": G(lambda f: f.bsb()),
                "account_number": RED(lambda f: f.digits(f.pick([8, 9, 10])), "bank account"),
                "account_holder": Y(lambda f: f.full_name(), "name"),
                "pay_frequency": G(lambda f: f.pick(["weekly", "fortnightly", "biweekly"])),
            },
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["partner", "mother", "father", "sibling", "friend"])),
            },
            "food_handler_cert": Y(lambda f: f.pick(["FH-", "SC-", "FSS"]) + f.digits(7), "certificate"),
            "rsa_certificate_number": Y(lambda f: "RSA" + f.digits(8), "certificate"),
            "visa_subclass": RED(lambda f: f.pick(["482", "417", "500", "462", "citizen"]), "visa"),
            "right_to_work_checked": G(lambda f: f.pick([True, False])),
            "home_address": Y(lambda f: f.full_address(), "address"),
            "profile_photo": Y(lambda f: f"https://files.orderpoint.example/staff/{f.uuid()}.png", "photo"),
        },
    ),
    (
        "track",
        "Loyalty Account Created",
        "flutter_op",
        {
            "loyalty_id": G(lambda f: f.uuid()),
            "member_number": G(lambda f: f.digits(10)),
            "tier": G(lambda f: f.pick(["green", "gold", "reserve"])),
            "points_balance": G(lambda f: f.r.randint(0, 2000)),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "birthday_reward_claimed": G(lambda f: f.pick([True, False])),
            "email_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Loyalty Points Redeemed",
        "flutter_op",
        {
            "loyalty_id": G(lambda f: f.uuid()),
            "points": G(lambda f: f.pick([100, 250, 500])),
            "reward": G(lambda f: f.pick(["Free coffee", "Free dessert", "$10 off", "Free pint"])),
            "order_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "web_op",
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(14)),
            "amount": G(lambda f: f.pick([25, 50, 75, 100, 150])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR", "AUD"])),
            "design": G(lambda f: f.pick(["birthday", "thank_you", "christmas", "classic"])),
            "delivery_method": G(lambda f: f.pick(["email", "sms", "print"])),
            "deliver_on": G(lambda f: f.day()),
            "recipient": Y(lambda f: f.full_name(), "name", True),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "recipient_phone": Y(lambda f: f.phone(), "phone"),
            "sender_name": Y(lambda f: f.first(), "name"),
            "personal_message": Y(
                lambda f: f.pick(
                    [
                        "Happy birthday {}! Dinner's on us x",
                        "{}, thanks for everything",
                        "Merry Christmas {} - enjoy!",
                        "Para ti, {}. ¡Disfruta!",
                    ]
                ).format(f.first()),
                "name",
                True,
            ),
            "card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Gift Card Redeemed",
        "java",
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(14)),
            "gift_card_number": RED(lambda f: f.luhn_complete("603628" + f.digits(12)), "secret"),
            "gift_card_pin": RED(lambda f: f.digits(4), "password"),
            "amount_redeemed": G(lambda f: f.money(5, 100)),
            "remaining_balance": G(lambda f: f.money(0, 100)),
            "venue_id": G(lambda f: f.r.randint(1000, 1400)),
        },
    ),
    (
        "group",
        None,
        "java",
        {
            "name": G(lambda f: f.restaurant()),
            "industry": G(lambda f: "Restaurants"),
            "plan": G(lambda f: f.pick(["starter", "growth", "enterprise"])),
            "locations_count": G(lambda f: f.r.randint(1, 40)),
            "employees": G(lambda f: f.r.randint(4, 600)),
            "website": G(
                lambda f: f.pick(
                    ["https://casalola.example", "https://emberandash.example", "https://bondifish.example"]
                )
            ),
            "owner_name": Y(lambda f: f.full_name(), "name"),
            "owner_email": Y(lambda f: f.email(), "email"),
            "venue_address": G(lambda f: f.full_address()),
            "venue_phone": G(lambda f: f.phone()),
            "abn": G(lambda f: f.digits(11)),
            "vat_number": G(lambda f: f.pick(["GB", "ESB"]) + f.digits(8)),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Integration Connected",
        "java",
        {
            "integration": G(lambda f: f.pick(["xero", "deliveroo", "uber_eats", "doordash", "tabletime"])),
            "venue_id": G(lambda f: f.r.randint(1000, 1400)),
            "webhook_url": G(lambda f: f"https://hooks.orderpoint.example/in/{f.hexid(16)}"),
            "webhook_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "connected_by_user_id": G(lambda f: f.r.randint(100, 9999)),
        },
    ),
    (
        "track",
        "Delivery Dispatched",
        "go",
        {
            "external_delivery_id": G(lambda f: "D-" + f.digits(7)),
            "delivery_status": G(
                lambda f: f.pick(["created", "confirmed", "enroute_to_pickup", "picked_up"])
            ),
            "pickup_business_name": G(lambda f: f.restaurant()),
            "pickup_address": G(lambda f: f.full_address()),
            "pickup_phone_number": G(lambda f: f.phone()),
            "dropoff_address": Y(lambda f: f.full_address(), "address"),
            "dropoff_contact_given_name": Y(lambda f: f.first(), "name"),
            "dropoff_contact_family_name": Y(lambda f: f.last(), "name"),
            "dropoff_phone_number": Y(lambda f: f.mobile_e164(), "phone"),
            "dropoff_instructions": G(
                lambda f: f.pick(["Leave at the door", "Hand it to me", "Meet at lobby", ""])
            ),
            "dasher_name": Y(lambda f: f.initial_name(), "name"),
            "dasher_dropoff_phone_number": Y(lambda f: f.mobile_e164(), "phone"),
            "dasher_location": {
                "lat": Y(lambda f: round(f.r.uniform(-38, 52), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-123, 153), 6), "geolocation"),
            },
            "fee": G(lambda f: f.r.randint(499, 1299)),
            "tracking_url": G(lambda f: "https://track.doordash.example/share/" + f.hexid(20)),
        },
    ),
    (
        "track",
        "Receipt Emailed",
        "go",
        {
            "order_id": G(lambda f: f.uuid()),
            "to": Y(lambda f: f.email(), "email", True),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Your receipt from Casa Lola",
                        "Thanks for dining at Ember & Ash",
                        "Tu ticket de Bar Pinotxo",
                    ]
                )
            ),
            "provider_message_id": G(lambda f: f"<{f.hexid(24)}@mail.orderpoint.example>"),
        },
    ),
    (
        "track",
        "Table Seated",
        "rn_op",
        {
            "table": G(lambda f: f.pick(["12", "T4", "Bar 3", "Patio 2", "Takeaway"])),
            "party_size": G(lambda f: f.r.randint(1, 10)),
            "guest_name": Y(lambda f: f.pick([f.first(), f.full_name()]), "name"),
            "server_name": Y(lambda f: f.first(), "name"),
            "reservation_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "screen",
        "Floor Plan",
        "rn_op",
        {
            "section": G(lambda f: f.pick(["Main", "Patio", "Bar", "Mezzanine"])),
            "tables_open": G(lambda f: f.r.randint(0, 30)),
            "tables_seated": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    # -- the Spanish TPV (point of sale) integration, .NET ------------------------------------------
    (
        "track",
        "Ticket Cerrado",
        "csharp",
        {
            "NumeroTicket": G(lambda f: f"T{f.r.randint(1, 9)}-{f.digits(6)}"),
            "IdLocal": G(lambda f: f.r.randint(1000, 1400)),
            "NombreLocal": G(lambda f: f.pick(["Casa Lola", "El Rincón de Pepe", "Bar Pinotxo"])),
            "Mesa": G(lambda f: f.pick(["M12", "Terraza 3", "Barra 2", "S-4"])),
            "Comensales": G(lambda f: f.r.randint(1, 12)),
            "Camarero": Y(lambda f: f.pick(FIRST["es"]) + " " + f.pick(LAST["es"]), "name", True),
            "Total": G(lambda f: f.money(8, 400)),
            "Iva": G(lambda f: f.money(0, 40)),
            "Propina": G(lambda f: f.money(0, 30)),
            "FormaPago": G(lambda f: f.pick(["Tarjeta", "Efectivo", "Bizum", "Mixto"])),
            "Lineas": Many(
                {
                    "Articulo": G(
                        lambda f: f.pick(
                            [
                                "Caña",
                                "Patatas bravas",
                                "Croquetas de jamón",
                                "Pulpo a la gallega",
                                "Tortilla",
                                "Café con leche",
                            ]
                        )
                    ),
                    "Cantidad": G(lambda f: f.r.randint(1, 6)),
                    "PrecioUnitario": G(lambda f: f.money(1, 24)),
                    "Observaciones": G(lambda f: f.pick(["sin cebolla", "poco hecho", "", "para compartir"])),
                },
                5,
            ),
            "FechaHora": G(lambda f: f.local_iso()),
            "Terminal": G(lambda f: f.pick(["TPV-01", "TPV-02", "PDA-03"])),
        },
    ),
    (
        "track",
        "Pedido a Domicilio Creado",
        "csharp",
        {
            "NumeroPedido": G(lambda f: f.digits(8)),
            "IdLocal": G(lambda f: f.r.randint(1000, 1400)),
            "ClienteNombre": Y(lambda f: f.full_name(), "name"),
            "ClienteTelefono": Y(lambda f: f.phone("es"), "phone"),
            "ClienteEmail": Y(lambda f: f.email(), "email"),
            "ClienteNif": RED(lambda f: f.pick([f.dni(), f.dni(), f.nie()]), "national id"),
            "DireccionEntrega": Y(lambda f: f.street("es"), "address|street"),
            "CodigoPostal": Y(lambda f: f.postcode("es"), "zipcode"),
            "Poblacion": Y(lambda f: f.city("es"), "city"),
            "Provincia": G(
                lambda f: f.pick(["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bizkaia"])
            ),
            "Alergenos": Many(
                Y(
                    lambda f: f.pick(["gluten", "frutos secos", "marisco", "lácteos", "huevo", "sésamo"]),
                    "allergy",
                ),
                2,
            ),
            "Repartidor": Y(lambda f: f.pick(FIRST["es"]) + " " + f.pick(LAST["es"]), "name", True),
            "ImporteTotal": G(lambda f: f.money(12, 120)),
            "GastosEnvio": G(lambda f: f.pick([0, 1.99, 2.5])),
            "FacturaSolicitada": G(lambda f: f.pick([True, False])),
            "Canal": G(lambda f: f.pick(["Glovo", "JustEat", "Web", "Teléfono"])),
        },
    ),
    (
        "identify",
        None,
        "csharp",
        {
            "nombre": Y(lambda f: f.pick(FIRST["es"]), "name"),
            "apellidos": Y(lambda f: f"{f.pick(LAST['es'])} {f.pick(LAST['es'])}", "name"),
            "correo_electronico": Y(lambda f: f.email(), "email"),
            "telefono_movil": Y(lambda f: f.phone("es"), "phone"),
            "fecha_nacimiento": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1955, 2004)}",
                "birthdate",
            ),
            "dni": RED(lambda f: f.dni(), "national id"),
            "socio_desde": G(lambda f: f.day()),
            "puntos": G(lambda f: f.r.randint(0, 3000)),
            "nivel": G(lambda f: f.pick(["bronce", "plata", "oro"])),
            "acepta_publicidad": G(lambda f: f.pick([True, False])),
            "idioma": G(lambda f: f.pick(["es", "ca", "eu", "gl"])),
            "local_favorito": G(lambda f: f.pick(["Casa Lola", "Bar Pinotxo", "El Rincón de Pepe"])),
            "cuenta_bancaria": RED(lambda f: f.iban("ES"), "bank account"),
        },
    ),
]

SIPSTAY = [
    (
        "identify",
        None,
        "swift_ss",
        {
            "member_id": G(lambda f: "SS" + f.digits(8)),
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "nationality": Y(
                lambda f: f.pick(["British", "Spanish", "Australian", "American", "Irish", "Mexican"]),
                "citizenship",
            ),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.pick(["GB", "ES", "AU", "US"])),
            },
            "tier": G(lambda f: f.pick(["Sip", "Stay", "Savour", "Soirée"])),
            "points": G(lambda f: f.r.randint(0, 90000)),
            "pillow_preference": G(lambda f: f.pick(["soft", "firm", "feather", "hypoallergenic"])),
            "accessibility_needs": RED(
                lambda f: f.pick(["none", "step_free_room", "hearing_kit", "roll_in_shower"]), "disability"
            ),
            "passport_on_file": G(lambda f: f.pick([True, False])),
            "preferred_language": G(lambda f: f.pick(["en", "es", "ca"])),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Hotel Searched",
        "kotlin_ss",
        {
            "destination": G(
                lambda f: f.pick(["Barcelona", "Madrid", "London", "Melbourne", "New York", "Sóller"])
            ),
            "check_in": G(lambda f: f.day()),
            "check_out": G(lambda f: f.day()),
            "nights": G(lambda f: f.r.randint(1, 9)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "children_ages": Many(G(lambda f: f.r.randint(0, 15)), 3),
            "rooms": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Booking Completed",
        "kotlin_ss",
        {
            "booking_id": G(lambda f: f.uuid()),
            "confirmation_number": G(lambda f: f.digits(9)),
            "hotel": {
                "id": G(lambda f: f.r.randint(10, 60)),
                "name": G(lambda f: f.hotel()),
                "city": G(lambda f: f.pick(["London", "Barcelona", "Melbourne", "Madrid", "New York"])),
                "country": G(lambda f: f.pick(["GB", "ES", "AU", "US"])),
            },
            "room_type": G(lambda f: f.pick(["Cosy Queen", "Terrace King", "Loft Suite", "Twin Garden"])),
            "rate_plan": G(lambda f: f.pick(["BAR", "MEMBER10", "NONREF", "BB"])),
            "nights": G(lambda f: f.r.randint(1, 9)),
            "total": G(lambda f: f.money(120, 3200)),
            "currency": G(lambda f: f.pick(["GBP", "EUR", "AUD", "USD"])),
            "points_earned": G(lambda f: f.r.randint(100, 9000)),
            "guests": Many(
                {
                    "first_name": Y(lambda f: f.first(), "name"),
                    "last_name": Y(lambda f: f.last(), "name"),
                    "is_primary": G(lambda f: f.pick([True, False])),
                    "age_band": G(lambda f: f.pick(["adult", "child", "infant"])),
                },
                3,
            ),
            "special_requests": G(
                lambda f: f.pick(
                    [
                        "High floor please",
                        "Celebrating our anniversary",
                        "Late check-in around midnight",
                        "",
                        "Twin beds if possible",
                    ]
                )
            ),
            "payment": {
                "method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "pay_at_hotel"])),
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
            },
        },
    ),
    (
        "track",
        "Online Check-in Completed",
        "ruby",
        {
            "booking_id": G(lambda f: f.uuid()),
            "hotel_id": G(lambda f: f.r.randint(10, 60)),
            "registration": {
                "document_type": G(lambda f: f.pick(["passport", "dni", "nie", "id_card"])),
                "document_number": RED(
                    lambda f: f.pick([f.passport(), f.dni(), f.nie()]), "passport|national id"
                ),
                "document_issuing_country": G(lambda f: f.pick(["GBR", "ESP", "AUS", "USA", "IRL"])),
                "document_expiry": G(
                    lambda f: f"{f.r.randint(2025, 2034)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
                ),
                "nationality": Y(lambda f: f.pick(["GBR", "ESP", "AUS", "USA", "MEX", "IND"]), "citizenship"),
                "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "given_names": Y(lambda f: f.first(), "name"),
                "surnames": Y(lambda f: f.last(), "name"),
                "id_photo_url": Y(
                    lambda f: f"https://pms.sipandstay.example/registrations/{f.uuid()}/front.jpg", "photo"
                ),
                "signature_captured": G(lambda f: True),
            },
            "arrival_flight": G(lambda f: f.pick(["IB3170", "BA478", "QF1", "VY6221", "UA904"])),
            "ses_hospedajes_submitted": G(lambda f: f.pick([True, False])),
            "pms": G(lambda f: f.pick(["mews", "cloudbeds", "opera"])),
        },
    ),
    (
        "track",
        "Digital Key Issued",
        "ruby",
        {
            "key_id": G(lambda f: f.uuid()),
            "booking_id": G(lambda f: f.uuid()),
            "room_number": G(lambda f: str(f.r.randint(101, 640))),
            "mobile_key_token": RED(lambda f: f.jwt(), "token"),
            "valid_from": G(lambda f: f.iso()),
            "valid_to": G(lambda f: f.iso()),
            "lock_vendor": G(lambda f: f.pick(["ASSA ABLOY", "dormakaba", "Salto"])),
            "ble_enabled": G(lambda f: True),
        },
    ),
    (
        "track",
        "Room Service Ordered",
        "kotlin_ss",
        {
            "order_id": G(lambda f: f.uuid()),
            "room_number": G(lambda f: str(f.r.randint(101, 640))),
            "products": Many(menu_item(), 3),
            "total": G(lambda f: f.money(8, 180)),
            "currency": G(lambda f: f.pick(["GBP", "EUR", "AUD", "USD"])),
            "tip": G(lambda f: f.pick([0, 2, 5, 10])),
            "charge_to_room": G(lambda f: f.pick([True, False])),
            "allergies": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 2),
        },
    ),
    (
        "track",
        "Spa Appointment Booked",
        "swift_ss",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "treatment": G(
                lambda f: f.pick(
                    ["Deep Tissue Massage 60", "Signature Facial", "Hot Stone 90", "Couples Massage"]
                )
            ),
            "price": G(lambda f: f.pick([65, 95, 140, 220])),
            "therapist_name": Y(lambda f: f.first(), "name"),
            "therapist_gender_preference": G(lambda f: f.pick(["no_preference", "female", "male"])),
            "health_questionnaire": {
                "pregnant": RED(lambda f: f.pick([True, False]), "condition"),
                "high_blood_pressure": RED(lambda f: f.pick([True, False]), "condition"),
                "recent_surgery": RED(lambda f: f.pick([True, False]), "condition|procedure"),
                "medications": Many(
                    Y(
                        lambda f: f.pick(["sertraline", "warfarin", "levothyroxine", "ibuprofen"]),
                        "medication",
                    ),
                    2,
                ),
                "completed": G(lambda f: True),
            },
            "hotel_id": G(lambda f: f.r.randint(10, 60)),
        },
    ),
    (
        "track",
        "Concierge Message Sent",
        "swift_ss",
        {
            "thread_id": G(lambda f: f.uuid()),
            "text": Y(
                lambda f: f.pick(
                    [
                        "Could you book us a taxi to the airport at 6am? My mobile is {p}",
                        "Running late, arriving after midnight - call {p} if needed",
                        "Can you call me on {p} about the dinner reservation?",
                        "¿Me podéis llamar al {p}? Gracias",
                    ]
                ).format(p=f.phone()),
                "phone",
                True,
            ),
            "language": G(lambda f: f.pick(["en", "es"])),
            "attachments": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Guest WiFi Connected",
        "php",
        {
            "hotel_id": G(lambda f: f.r.randint(10, 60)),
            "ssid": G(lambda f: f.pick(["SipStay-Guest", "SipStay-Lounge"])),
            "client_mac": Y(lambda f: f.mac(), "mac"),
            "ap_mac": G(lambda f: f.pick(["00:1A:1E:3F:22:10", "00:1A:1E:3F:22:11", "F0:9F:C2:10:AA:04"])),
            "client_ip": Y(
                lambda f: f"10.{f.r.randint(10, 40)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", "ip"
            ),
            "login_method": G(lambda f: f.pick(["room_number_surname", "member_login", "voucher"])),
            "room_number": G(lambda f: str(f.r.randint(101, 640))),
            "surname": Y(lambda f: f.last(), "name"),
            "session_minutes": G(lambda f: f.r.randint(1, 600)),
        },
    ),
    (
        "track",
        "Valet Ticket Created",
        "php",
        {
            "ticket_number": G(lambda f: f.digits(5)),
            "hotel_id": G(lambda f: f.r.randint(10, 60)),
            "licence_plate": Y(lambda f: f.plate(), "license|identification"),
            "vehicle_make": G(lambda f: f.pick(["Tesla", "SEAT", "Toyota", "Volkswagen", "Ford"])),
            "vehicle_colour": G(lambda f: f.pick(["white", "black", "grey", "blue", "red"])),
            "parking_bay": G(lambda f: f"P{f.r.randint(1, 3)}-{f.r.randint(1, 80)}"),
            "overnight": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Points Transferred",
        "swift_ss",
        {
            "transfer_id": G(lambda f: f.uuid()),
            "points": G(lambda f: f.pick([500, 1000, 2500, 5000])),
            "to_member_email": Y(lambda f: f.email(), "email"),
            "to_member_id": G(lambda f: "SS" + f.digits(8)),
            "fee_points": G(lambda f: f.pick([0, 50])),
        },
    ),
    (
        "track",
        "Referral Sent",
        "kotlin_ss",
        {
            "referral_code": G(lambda f: f.confirmation("SIP")),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_first_name": Y(lambda f: f.first(), "name"),
        },
    ),
    (
        "track",
        "Stay Feedback Submitted",
        "php",
        {
            "booking_id": G(lambda f: f.uuid()),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "cleanliness": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Gorgeous rooftop bar",
                        "Room was a bit small but spotless",
                        "Breakfast could open earlier",
                        "Perfect location, would stay again",
                    ]
                )
            ),
            "would_return": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Travel Companion Added",
        "swift_ss",
        {
            "companion": {
                "id": G(lambda f: f.uuid()),
                "relationship": G(lambda f: f.pick(["partner", "child", "parent", "friend", "colleague"])),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "passport_number": RED(lambda f: f.passport(), "passport"),
                "nationality": Y(
                    lambda f: f.pick(["British", "Spanish", "Australian", "American"]), "citizenship"
                ),
                "is_minor": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Kids Club Registered",
        "kotlin_ss",
        {
            "registration_id": G(lambda f: f.uuid()),
            "child_first_name": Y(lambda f: f.first(), "name"),
            "child_dob": Y(
                lambda f: f"{f.r.randint(2012, 2021)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}",
                "birthdate",
            ),
            "epipen_required": RED(lambda f: f.pick([True, False]), "allergy"),
            "child_allergies": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 2),
            "parent_mobile": Y(lambda f: f.phone(), "phone"),
            "authorised_pickups": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "relationship": G(lambda f: f.pick(["grandparent", "nanny", "aunt", "uncle"])),
                },
                2,
            ),
            "session": G(lambda f: f.pick(["morning", "afternoon", "full_day"])),
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "ruby",
        {
            "mandate_id": G(lambda f: "MD" + f.hexid(12).upper()),
            "scheme": G(lambda f: f.pick(["bacs", "sepa_core", "becs"])),
            "plan": G(lambda f: f.pick(["club_monthly", "club_annual"])),
            "customer": {
                "given_name": Y(lambda f: f.first(), "name"),
                "family_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "address_line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "country_code": G(lambda f: f.pick(["GB", "ES", "AU"])),
            },
            "customer_bank_account": {
                "account_holder_name": Y(lambda f: f.full_name().upper(), "name"),
                "account_number_ending": G(lambda f: f.digits(2)),
                "bank_name": G(
                    lambda f: f.pick(
                        ["BARCLAYS BANK PLC", "BANCO SANTANDER", "COMMONWEALTH BANK", "CAIXABANK"]
                    )
                ),
                "iban": RED(lambda f: f.iban(f.pick(["GB", "ES"])), "bank account"),
            },
        },
    ),
    (
        "track",
        "Member Email Changed",
        "swift_ss",
        {
            "previous_email": Y(lambda f: f.email(), "email"),
            "new_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "screen",
        "Member Card",
        "kotlin_ss",
        {
            "tier": G(lambda f: f.pick(["Sip", "Stay", "Savour", "Soirée"])),
            "brightness_boosted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        "ruby",
        {
            "name": G(lambda f: f.hotel()),
            "industry": G(lambda f: "Hospitality"),
            "plan": G(lambda f: f.pick(["portfolio", "single_property"])),
            "rooms_count": G(lambda f: f.r.randint(18, 140)),
            "star_rating": G(lambda f: f.pick([4, 5])),
            "employees": G(lambda f: f.r.randint(20, 180)),
            "website": G(
                lambda f: "https://sipandstay.example/" + f.pick(["soho", "born", "fitzroy", "malasana"])
            ),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "page",
        "Offers",
        "php",
        {
            "name": G(lambda f: "Offers"),
            "path": G(lambda f: f.pick(["/offers", "/es/ofertas", "/offers/members"])),
            "url": G(
                lambda f: "https://sipandstay.example" + f.pick(["/offers", "/es/ofertas", "/offers/members"])
            ),
            "title": G(lambda f: f.pick(["Offers | Sip&Stay", "Ofertas | Sip&Stay"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.es/", "https://www.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?promo=spring"])),
        },
    ),
]

EVENTS = TABLETIME + ORDERPOINT + SIPSTAY


def build(seed: int, repeats: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            msg["userId"] = f.pick(["tt_", "op_", "ss_"]) + f.digits(8)
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = f.pick(["venue_", "acct_"]) + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=37, repeats=30)
    write(Path(__file__).parent, "holdout37_", events, labels)
