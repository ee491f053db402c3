"""Writes holdout97: tests/corpus/holdout97_events.jsonl and holdout97_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' labels or their builders (only build.py, fake.py and build_holdout3.py, for the format),
and never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout97`; seeded,
so the output is deterministic.

Domain: restaurant reservations and point of sale (OpenTable / Toast-like) in the US and Italy.
Diners book tables (party size, occasion, seating, accessibility, allergies, guest notes), join
SMS waitlists (Twilio-shaped webhooks), order online and at the table, pay by card and tip,
buy gift cards, earn loyalty points, write reviews; hosts look guests up, tag them and park their
cars; servers and managers clock in, swap shifts and get paid; Italian back offices post
reservations and hires with Italian keys (nome, cognome, telefono, email, note_prenotazione,
allergie, codice_fiscale, iban); a warehouse reverse-ETL syncs SCREAMING_SNAKE traits; a .NET back
office sends PascalCase; a private-events form sends kebab-case. Contexts of analytics.js,
analytics-swift, analytics-kotlin (diner phone and host tablet), analytics-react-native,
analytics_flutter and the python / node / go / java / ruby / php / .NET server libraries, with
context.ip, context.traits, device, app, library, locale, userAgent, campaign, externalIds.
identify / track / page / screen / group / alias calls.

Conventions: a path is labelled once, for every event that carries it (paths are shared across
events: `properties.email` is always a person's e-mail; group calls use their own keys so
`traits.*` never means a restaurant in one call and a diner in another). Values are fake but
well-formed: Luhn-valid cards, mod-97 Italian IBANs, valid ABA routing numbers, SSA-structured
SSNs, codici fiscali with a correct check letter, real-format phone numbers of IT, US and
visitors' countries.

Labelling rules (the product's default colours, and its published policy on contested cases):
- PII is data about a natural person: the diner, their guests, a gift recipient, a referred
  friend, an emergency contact, a child being celebrated, servers, hosts, managers, couriers.
  Colour is the reference's default for the matcher; outside the reference: red for card
  numbers, bank accounts, government ids, secrets / tokens / passwords, one-time codes and
  sign-in link tokens, payment-method tokens (`pm_`); yellow for geolocation, advertising ids
  (IDFA / GAID, gclid, fbclid, fbp, fbc) and other personal data.
- Green: ids we or a vendor issue (reservation, check, order, guid, Twilio SIDs, Stripe `ch_` /
  `cus_` ids, loyalty numbers, confirmation numbers, gift-card last four, ticket numbers), amounts
  including a diner's tip on a check, counters, enums, booleans under PII-sounding keys
  (`sms_opt_in`, `phone_verified`, `emailConsent`), timestamps, versions, hashes, dishes, wines,
  restaurants, companies, pets, a restaurant's own phone / role mailbox / address / coordinates /
  city, a searched neighbourhood, ages and age bands, job titles, W-4 filing status (marital
  status), card brand / last four / expiry, bank routing numbers, user agents, OS-issued device ids.
- A dish's allergen list is a property of the dish: green. A person's allergies, an allergy
  flag, dietary notes that state a condition: yellow (`allergy|condition`).
  A wheelchair / accessibility need of the diner: red `disability`.
- A staff member's pay (hourly rate, gross / net pay, tips paid out to them) is yellow `salary`;
  a tip a diner leaves on a check is an amount: green.
- Salutations (Mr / Ms / Sig.ra) reveal gender: yellow `gender` (my call for this corpus).
- A place of birth is yellow `city`; a birthday without year is still `birthdate`.
- Delivery: the customer's intercom label (`citofono`, a surname) is a value_only name; a
  courier's call-masking proxy number is green; the courier's first name is yellow.
- EEO / HR self-identification (race or ethnicity, veteran status, disability, Italian
  `categoria_protetta`), union membership (`union_member`, `iscritto_sindacato`), citizenship
  and a residence-permit number are the person's special-category or identity data, coloured
  as the matcher's default (veteran / disability / visa red; ethnicity, trade union,
  citizenship yellow). Optional fields that are sometimes empty (`middle_name`,
  `numero_permesso_soggiorno`) keep the label their key names.
- A zeroed IDFA (ATT denied) stays under the advertisingId key, which names it: the path is
  labelled by its key, yellow `advertising id`.
- value_only is true when the key does not name what the value is (`value`, `q`, `input`, `text`,
  `From`, `to`, `destination`, `body`, `NoteText`, `note_prenotazione`, `login_url`...). Every
  value of a value_only PII path carries that PII; free-text fields are labelled by what all of
  their values carry, and are green when none of them carries PII (special requests, reviews).
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

IT_FIRST = [
    "Giulia",
    "Alessandro",
    "Chiara",
    "Matteo",
    "Francesca",
    "Lorenzo",
    "Beatrice",
    "Giuseppe",
    "Sara",
]
IT_LAST = [
    "Bianchi",
    "Esposito",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "De Luca",
    "Ferrari",
]
US_FIRST = [
    "Aaliyah",
    "DeShawn",
    "Ngozi",
    "Santiago",
    "Tomás",
    "Anjali",
    "Wei",
    "Hyun-woo",
    "Fatou",
    "Dmitri",
]
US_LAST = ["Johnson", "Williams", "Hernández", "Kim", "Nwosu", "Goldberg", "Tran", "Kowalczyk", "Abdullah"]
IT_CITIES = [("Roma", "00153", "H501"), ("Milano", "20121", "F205"), ("Firenze", "50123", "D612")]
IT_CITIES += [("Napoli", "80132", "F839"), ("Torino", "10123", "L219"), ("Bologna", "40126", "A944")]
IT_STREETS = [
    "Via Roma",
    "Via Garibaldi",
    "Corso Buenos Aires",
    "Via dei Coronari",
    "Viale Mazzini",
    "Via Toledo",
]
US_CITIES = ["New York", "Chicago", "San Francisco", "Austin", "Boston", "Miami", "Seattle"]
US_STREETS = ["W 45th St", "N Halsted St", "Valencia St", "E 6th St", "Newbury St", "Collins Ave", "Pike St"]
RESTAURANTS = ["Trattoria da Enzo", "Nonna Rosa", "Osteria Nero", "The Copper Table", "Bluefin Oyster Bar"]
RESTAURANTS += ["Pizzeria Gigi", "Harvest & Vine", "Sushi Kame", "La Pergola Cafe"]
DISHES = ["Cacio e Pepe", "Margherita", "Carbonara", "Burrata", "Tiramisù", "Ribeye 16oz", "Caesar Salad"]
DISHES += ["Spicy Tuna Roll", "Risotto ai Funghi", "Negroni", "Chianti Classico 2019", "Lobster Roll"]
IT_MOBILE = ["320", "328", "333", "338", "339", "340", "347", "349", "366", "380", "388", "392"]
ROUTING = ["021000021", "011000015", "121000358", "026009593", "322271627", "111000025", "071000013"]
BANKS_IT = ["03069", "02008", "05034", "01030", "03062"]
RN_DEVICES = [
    ("Apple", "iPhone13,2", "ios", "iOS", ["17.4", "17.5.1", "16.7"]),
    ("samsung", "SM-A546B", "android", "Android", ["14", "13"]),
    ("motorola", "moto g 5G", "android", "Android", ["13", "12"]),
]
FLUTTER_DEVICES = [
    ("Apple", "iPhone12,1", "ios", "iOS", ["17.3", "16.6.1"]),
    ("samsung", "SM-G991B", "android", "Android", ["14", "13"]),
    ("OnePlus", "CPH2449", "android", "Android", ["14"]),
]
CAMPAIGNS = ["summer_patio", "restaurant_week", "valentines_2024", "nye_prix_fixe", "aperitivo_club"]
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
]
CF_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True))
CF_ODD.update(
    dict(
        zip(
            string.ascii_uppercase,
            [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
            strict=True,
        )
    )
)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace(" ", "")


class R(Fake):
    """Fake with Italian and US restaurant-world generators."""

    def given(self):
        return self.pick(FIRST + IT_FIRST + US_FIRST)

    def family(self):
        return self.pick(LAST + IT_LAST + US_LAST)

    def name(self):
        return f"{self.given()} {self.family()}"

    def it_name(self):
        return f"{self.pick(IT_FIRST)} {self.pick(IT_LAST)}"

    def mail(self, first=None, last=None):
        first = ascii_fold(first or self.given()).replace("-", "")
        last = ascii_fold(last or self.family()).replace("'", "")
        local = self.pick([f"{first}.{last}", f"{first}{self.r.randint(1, 99)}", f"{first[0]}{last}", first])
        dom = self.pick(["gmail.com", "icloud.com", "libero.it", "yahoo.com", "outlook.com", "example.net"])
        return f"{local}@{dom}"

    def it_phone(self):
        pre = self.pick(IT_MOBILE)
        a, b = self.r.randint(100, 999), self.r.randint(1000, 9999)
        return self.pick([f"+39 {pre} {a} {b}", f"+39{pre}{a}{b}", f"{pre} {a}{b}", f"0039 {pre} {a} {b}"])

    def us_phone(self):
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))

    def intl_phone(self):
        r = self.r
        return self.pick(
            [
                f"+44 7700 {r.randint(900000, 900999)}",
                f"+49 151 {r.randint(1000000, 9999999)}",
                f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"+81 90-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}",
                f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            ]
        )

    def any_phone(self):
        roll = self.r.random()
        return self.it_phone() if roll < 0.4 else self.us_phone() if roll < 0.8 else self.intl_phone()

    def us_street(self):
        return f"{self.r.randint(1, 2999)} {self.pick(US_STREETS)}"

    def it_street(self):
        return f"{self.pick(IT_STREETS)} {self.r.randint(1, 180)}"

    def any_street(self):
        return self.it_street() if self.r.random() < 0.4 else self.us_street()

    def us_zip(self):
        z = f"{self.r.randint(1001, 99950):05d}"
        return z if self.r.random() < 0.8 else f"{z}-{self.r.randint(1000, 9999)}"

    def it_cap(self):
        return self.pick(IT_CITIES)[1][:3] + f"{self.r.randint(10, 99)}"

    def any_zip(self):
        return self.it_cap() if self.r.random() < 0.4 else self.us_zip()

    def any_city(self):
        return self.pick(US_CITIES + [c[0] for c in IT_CITIES])

    def near_lat(self):
        return round(
            self.pick([40.7128, 41.8781, 37.7749, 41.9028, 45.4642, 43.7696]) + self.r.uniform(-0.05, 0.05), 6
        )

    def near_lon(self):
        return round(
            self.pick([-74.006, -87.6298, -122.4194, 12.4964, 9.19, 11.2558]) + self.r.uniform(-0.05, 0.05), 6
        )

    def idfa(self):
        return "00000000-0000-0000-0000-000000000000" if self.r.random() < 0.25 else self.uuid().upper()

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pm(self):
        return "pm_" + self.alnum(24)

    def sid(self, prefix):
        return prefix + self.hexid(32)

    def it_iban(self):
        bban = (
            self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + self.pick(BANKS_IT) + self.digits(5) + self.digits(12)
        )
        numeric = "".join(str(int(c, 36)) for c in bban + "IT00")
        raw = f"IT{98 - int(numeric) % 97:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.4 else raw

    def codice_fiscale(self):
        def code(word, given):
            letters = [c for c in ascii_fold(word).upper() if c.isalpha()]
            cons = [c for c in letters if c not in "AEIOU"]
            vows = [c for c in letters if c in "AEIOU"]
            if given and len(cons) >= 4:
                cons = [cons[0], cons[2], cons[3]]
            return "".join(cons + vows + ["X", "X", "X"])[:3]

        day = self.r.randint(1, 28) + self.pick([0, 40])
        body = (
            code(self.pick(IT_LAST), False)
            + code(self.pick(IT_FIRST), True)
            + f"{self.r.randint(50, 99):02d}"
            + self.pick("ABCDEHLMPRST")
            + f"{day:02d}"
            + self.pick(IT_CITIES)[2]
        )
        total = sum(
            CF_ODD[c] if i % 2 == 0 else int(c, 36) % 36 - (0 if c.isdigit() else 10)
            for i, c in enumerate(body)
        )
        return body + chr(ord("A") + total % 26)

    def phone_model(self, devices):
        """Picks a device; the device and os leaves rendered after it read `dev`."""
        self.dev = self.pick(devices)
        return self.dev

    def external_id(self):
        """An externalIds[].id; its `type`, rendered next, reads `ext_type`."""
        self.ext_type = self.pick(["email", "phone_number"])
        return self.mail() if self.ext_type == "email" else self.phone("e164")

    def ordinal(self, n):
        return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

    def e164(self):
        return self.pick(
            [
                self.phone("e164"),
                "+393" + self.digits(9),
                "+447700" + self.digits(6),
                "+49151" + self.digits(7),
            ]
        )

    def gclid(self):
        return "Cj0KCQjw" + self.alnum(80, string.ascii_letters + string.digits + "-_")

    def fbclid(self):
        return "IwAR" + self.alnum(57, string.ascii_letters + string.digits + "_-")

    def hhmm(self):
        return f"{self.r.randint(17, 22)}:{self.pick(['00', '15', '30', '45'])}"

    def day(self):
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def plate(self):
        r = self.r
        up = string.ascii_uppercase
        return self.pick(
            [
                f"{self.alnum(2, up)} {r.randint(100, 999)}{self.alnum(2, up)}",
                f"{self.alnum(3, up)}-{r.randint(1000, 9999)}",
                f"{r.randint(1, 9)}{self.alnum(3, up)}{r.randint(100, 999)}",
                f"{self.alnum(2, up)}{r.randint(10, 99)} {self.alnum(3, up)}",
            ]
        )


# -- contexts ---------------------------------------------------------------------------------------

PAGES = [
    ("/", "Tavola | Book the best restaurants"),
    ("/r/trattoria-da-enzo-roma", "Trattoria da Enzo - Roma | Tavola"),
    ("/r/the-copper-table-chicago", "The Copper Table - Chicago | Tavola"),
    ("/checkout", "Complete your reservation | Tavola"),
    ("/gift-cards", "Gift Cards | Tavola"),
]


def web_context(f: R):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.70.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.instagram.com/"])),
            "search": G(
                lambda f: f.pick(["", "?utm_source=instagram&utm_medium=social", "?covers=4&date=2024-06-14"])
            ),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "url": G(lambda f: "https://www.tavola.example" + f.pick(PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(["en-US", "it-IT", "en-GB", "es-US"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Rome", "America/Chicago"])),
        "ip": Y(lambda f: f.ipv4() if f.r.random() < 0.85 else f.ipv6(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(CAMPAIGNS)),
            "source": G(lambda f: f.pick(["google", "instagram", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["italian restaurant near me", "best pasta chicago", "ristorante roma centro"]
                )
            ),
        },
    }


def swift_context(f: R):
    return {
        "app": {
            "name": G(lambda f: "Tavola"),
            "version": G(lambda f: f.pick(["8.4.0", "8.4.1", "8.5.0"])),
            "build": G(lambda f: f.pick(["8400", "8412", "8501"])),
            "namespace": G(lambda f: "com.tavola.diner"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "it-IT", "fr-FR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["AT&T", "Verizon", "TIM", "Vodafone IT", "iliad"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Rome", "America/Los_Angeles"])),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "loyaltyTier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
        },
    }


def kotlin_context(f: R):
    return {
        "app": {
            "name": G(lambda f: "Tavola"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.0", "8.5.2"])),
            "build": G(lambda f: f.pick(["840010", "850003", "850207"])),
            "namespace": G(lambda f: "com.tavola.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "2201117TG"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "spes"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["it-IT", "en-US", "de-DE"])),
        "location": {
            "latitude": Y(lambda f: f.near_lat(), "geolocation"),
            "longitude": Y(lambda f: f.near_lon(), "geolocation"),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {"density": G(lambda f: f.pick([2.625, 3.0, 2.75])), "width": G(lambda f: 1080)},
        "timezone": G(lambda f: f.pick(["Europe/Rome", "America/Chicago", "America/New_York"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
        },
    }


def tablet_context(f: R):
    """The host-stand / POS tablet: analytics-kotlin, no advertising id, no location."""
    return {
        "app": {
            "name": G(lambda f: "Tavola Host"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.4", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "324", "331"])),
            "namespace": G(lambda f: "com.tavola.host"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo", "PAX"])),
            "model": G(lambda f: f.pick(["SM-X200", "TB-X606F", "A920Pro"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(lambda f: f.pick(["it-IT", "en-US"])),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "12", "13"]))},
        "timezone": G(lambda f: f.pick(["Europe/Rome", "America/New_York", "America/Chicago"])),
        "groupId": G(lambda f: "rest_" + f.digits(5)),
    }


def rn_context(f: R):
    return {
        "app": {
            "name": G(lambda f: "Tavola Rewards"),
            "version": G(lambda f: f.pick(["2.7.0", "2.7.3", "2.8.0"])),
            "build": G(lambda f: f.pick(["270", "273", "280"])),
            "namespace": G(lambda f: "com.tavola.rewards"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.phone_model(RN_DEVICES)[0]),
            "model": G(lambda f: f.dev[1]),
            "type": G(lambda f: f.dev[2]),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "os": {
            "name": G(lambda f: f.dev[3]),
            "version": G(lambda f: f.pick(f.dev[4])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "WindTre"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "it-IT"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Rome"])),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "loyaltyNumber": G(lambda f: "TV" + f.digits(9)),
        },
    }


def flutter_context(f: R):
    return {
        "app": {
            "name": G(lambda f: "Tavola Menu"),
            "version": G(lambda f: f.pick(["1.4.0", "1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["40", "42", "50"])),
            "namespace": G(lambda f: "com.tavola.menu"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.phone_model(FLUTTER_DEVICES)[0]),
            "model": G(lambda f: f.dev[1]),
            "type": G(lambda f: f.dev[2]),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3"])),
        },
        "os": {
            "name": G(lambda f: f.dev[3]),
            "version": G(lambda f: f.pick(f.dev[4])),
        },
        "locale": G(lambda f: f.pick(["it-IT", "en-US", "ja-JP"])),
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/Rome", "America/New_York"])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str, forwarded: bool):
    name, versions = SERVER_LIBS[lib]

    def build(f: R):
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if forwarded:
            ctx["ip"] = Y(lambda f: f.ipv4() if f.r.random() < 0.85 else f.ipv6(), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.external_id(), "email|phone", True),
                    "type": G(lambda f: f.ext_type),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                2,
            )
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "tablet": tablet_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
for _lib in SERVER_LIBS:
    CONTEXTS[_lib] = server_context(_lib, False)
    CONTEXTS[_lib + "+fwd"] = server_context(_lib, True)


# -- shared templates -------------------------------------------------------------------------------


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def rid(f: R):
    return f.digits(6)


def restaurant_block():
    """The restaurant itself: a business, so its contact data is green."""
    return {
        "id": G(lambda f: f.digits(5)),
        "name": G(lambda f: f.pick(RESTAURANTS)),
        "phone": G(
            lambda f: f.pick(["+39 06 6880 1234", "(312) 555-0142", "+1 415-555-0190", "+39 02 8725 3300"])
        ),
        "email": G(
            lambda f: f.pick(
                ["prenotazioni@trattoriadaenzo.it", "reservations@coppertable.example", "info@nonnarosa.it"]
            )
        ),
        "address": G(
            lambda f: f.pick(
                [
                    "Via dei Vascellari 29, 00153 Roma",
                    "1555 N Wells St, Chicago, IL 60610",
                    "Via Solferino 12, 20121 Milano",
                ]
            )
        ),
        "city": G(lambda f: f.pick(["Roma", "Chicago", "Milano", "San Francisco"])),
        "latitude": G(lambda f: f.pick([41.8881, 41.9106, 45.4771, 37.7599])),
        "longitude": G(lambda f: f.pick([12.4771, -87.6347, 9.1872, -122.4148])),
    }


def dish():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(lambda f: f.pick(["FOOD", "BEV", "WINE"]) + "-" + f.digits(4)),
        "name": G(lambda f: f.pick(DISHES)),
        "category": G(lambda f: f.pick(["Antipasti", "Primi", "Secondi", "Dolci", "Drinks", "Sushi"])),
        "price": G(money(4, 68)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "modifiers": Many(
            G(lambda f: f.pick(["no cheese", "extra spicy", "gluten-free pasta", "medium rare"])), 2
        ),
    }


SPECIAL_REQUESTS = [
    "Window table if possible",
    "Quiet corner please",
    "Celebrating, could we get a candle on dessert?",
    "We'll have a stroller",
    "Outdoor seating preferred",
    "Running a bit late, hold the table",
    "",
]


# -- events -----------------------------------------------------------------------------------------

EVENTS = [
    # -- diner accounts -------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "birthday": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "salutation": Y(lambda f: f.pick(["Mr", "Ms", "Mrs", "Sig.ra", "Sig.", "Dr"]), "gender"),
            "address": {
                "street": Y(lambda f: f.any_street(), "street|address"),
                "city": Y(lambda f: f.any_city(), "city"),
                "state": G(lambda f: f.pick(["NY", "IL", "CA", "RM", "MI"])),
                "postalCode": Y(lambda f: f.any_zip(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "IT"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "totalReservations": G(lambda f: f.r.randint(0, 140)),
            "noShowCount": G(lambda f: f.r.randint(0, 3)),
            "vipStatus": G(lambda f: f.pick(["none", "regular", "vip", "industry"])),
            "favoriteCuisine": G(lambda f: f.pick(["Italian", "Japanese", "Steakhouse", "Seafood"])),
            "dietaryPreference": G(lambda f: f.pick(["none", "vegetarian", "vegan", "pescatarian"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "it", "es"])),
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple"])),
            "email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            # a form auto-capture plugin serialising the whole sign-up form
            "password": RED(
                lambda f: f.pick(["Pasta!2024", "chicago1987", "Tr4ttoria#", "sunset_blvd99"]) + f.alnum(2),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "zip": Y(lambda f: f.any_zip(), "zipcode"),
            "terms_accepted": G(lambda f: True),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: f.alnum(8, string.ascii_uppercase + string.digits)),
        },
    ),
    (
        "track",
        "Signed In",
        "swift",
        {
            "method": G(lambda f: f.pick(["apple", "password", "magic_link"])),
            "email": Y(
                lambda f: f.pick(
                    [f.mail(), f.alnum(10, string.ascii_lowercase) + "@privaterelay.appleid.com"]
                ),
                "email",
            ),
            "login_count": G(lambda f: f.r.randint(1, 400)),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "node+fwd",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "login_url": RED(
                lambda f: (
                    "https://www.tavola.example/auth/verify?token="
                    + f.alnum(43, string.ascii_letters + string.digits + "-_")
                ),
                "token",
                True,
            ),
            "expires_in_sec": G(lambda f: f.pick([600, 900])),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "reply_to": G(
                lambda f: f.pick(
                    ["no-reply@tavola.example", "support@tavola.example", "reservations@tavola.example"]
                )
            ),
            "message_id": G(lambda f: f"<{f.hexid(20)}@mail.tavola.example>"),
        },
    ),
    (
        "track",
        "Verification Code Submitted",
        "rn",
        {
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "phone_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "alias",
        None,
        "swift",
        {},
    ),
    # -- discovery ------------------------------------------------------------------------------
    (
        "track",
        "Restaurants Searched",
        "swift",
        {
            "query": G(
                lambda f: f.pick(["pizza", "sushi omakase", "Trattoria da Enzo", "rooftop bar", "brunch"])
            ),
            "location_text": G(
                lambda f: f.pick(
                    ["Trastevere, Roma", "River North", "Navigli", "Mission District", "Current location"]
                )
            ),
            "latitude": Y(lambda f: f.near_lat(), "geolocation"),
            "longitude": Y(lambda f: f.near_lon(), "geolocation"),
            "party_size": G(lambda f: f.r.randint(1, 10)),
            "date": G(lambda f: f.day()),
            "time": G(lambda f: f.hhmm()),
            "results_count": G(lambda f: f.r.randint(0, 80)),
            "filters": Many(
                G(lambda f: f.pick(["outdoor", "open_now", "$$", "vegan_options", "wheelchair_accessible"])),
                3,
            ),
        },
    ),
    (
        "track",
        "Restaurant Viewed",
        "kotlin",
        {
            "restaurant_id": G(lambda f: f.digits(5)),
            "restaurant_name": G(lambda f: f.pick(RESTAURANTS)),
            "cuisine": G(lambda f: f.pick(["Italian", "Japanese", "American", "Seafood"])),
            "price_band": G(lambda f: f.pick(["$$", "$$$", "$$$$"])),
            "neighborhood": G(lambda f: f.pick(["Trastevere", "Brera", "River North", "Hayes Valley"])),
            "city": G(lambda f: f.pick(["Roma", "Milano", "Chicago", "San Francisco"])),
            "restaurant_phone": G(
                lambda f: f.pick(["+39 06 5833 2110", "(312) 555-0142", "+39 02 4547 9011"])
            ),
            "distance_km": G(money(0, 25)),
            "rating": G(lambda f: round(f.r.uniform(3.2, 4.9), 1)),
            "review_count": G(lambda f: f.r.randint(3, 4000)),
            "source": G(lambda f: f.pick(["search", "map", "home_carousel", "deep_link"])),
        },
    ),
    (
        "page",
        None,
        "web",
        {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "url": G(lambda f: "https://www.tavola.example" + f.pick(PAGES)[0]),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://t.co/x1Yz"])),
            "search": G(lambda f: f.pick(["", "?covers=2", "?utm_campaign=restaurant_week"])),
            "name": G(lambda f: f.pick(["Home", "Restaurant", "Checkout", "Gift Cards"])),
            "restaurant_slug": G(
                lambda f: f.pick(["trattoria-da-enzo-roma", "the-copper-table-chicago", "nonna-rosa-milano"])
            ),
        },
    ),
    (
        "screen",
        "Dish Viewed",
        "flutter",
        {
            "dish_id": G(lambda f: f.digits(7)),
            "dish_name": G(lambda f: f.pick(DISHES)),
            "menu_section": G(lambda f: f.pick(["Antipasti", "Primi", "Secondi", "Dolci"])),
            "allergens": Many(G(lambda f: f.pick(["gluten", "dairy", "nuts", "shellfish", "egg", "soy"])), 3),
            "calories": G(lambda f: f.r.randint(120, 1400)),
            "price": G(money(4, 68)),
            "is_vegan": G(lambda f: f.pick([True, False])),
            "spice_level": G(lambda f: f.r.randint(0, 3)),
            "restaurant": {"id": G(lambda f: f.digits(5)), "name": G(lambda f: f.pick(RESTAURANTS))},
        },
    ),
    # -- reservations ---------------------------------------------------------------------------
    (
        "track",
        "Reservation Started",
        "web",
        {
            "restaurant_id": G(lambda f: f.digits(5)),
            "slot_time": G(lambda f: f.iso()),
            "party_size": G(lambda f: f.r.randint(1, 12)),
            "occasion": G(lambda f: f.pick(["none", "birthday", "anniversary", "date_night", "business"])),
            "seating_preference": G(lambda f: f.pick(["indoor", "patio", "bar", "chef_counter"])),
            "experience_id": G(lambda f: f.pick(["", "exp_" + f.digits(4)])),
            "bringing_dog": G(lambda f: f.pick([True, False])),
            "dog_name": G(lambda f: f.pick(["Biscotto", "Luna", "Max", "Pepper", "Nala"])),
        },
    ),
    (
        "track",
        "Reservation Completed",
        "web",
        {
            "reservation_id": G(lambda f: f.digits(9)),
            "confirmation_number": G(lambda f: f.alnum(6, string.ascii_uppercase + string.digits)),
            "restaurant": restaurant_block(),
            "party_size": G(lambda f: f.r.randint(1, 12)),
            "occasion": G(lambda f: f.pick(["none", "birthday", "anniversary", "date_night", "business"])),
            "guest": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
            },
            "invitees": Many(
                {"name": Y(lambda f: f.name(), "name"), "email": Y(lambda f: f.mail(), "email")}, 3
            ),
            "special_requests": G(lambda f: f.pick(SPECIAL_REQUESTS)),
            "has_food_allergy": Y(lambda f: f.pick([True, False]), "allergy"),
            "wheelchair_accessible_table": RED(lambda f: f.pick([True, False]), "disability"),
            "highchairs": G(lambda f: f.r.randint(0, 2)),
            "deposit_amount": G(lambda f: f.pick([0, 25, 50, 100])),
            "deposit_card_last4": G(lambda f: f.digits(4)),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "booked_via": G(lambda f: f.pick(["web", "instagram", "google_reserve"])),
            "currency": G(lambda f: f.pick(["USD", "EUR"])),
            "value": G(money(20, 600)),
        },
    ),
    (
        "track",
        "Birthday Party Booked",
        "rn",
        {
            "reservation_id": G(lambda f: f.digits(9)),
            "package": G(lambda f: f.pick(["Pizza Party", "Dolce Vita", "Kids Cooking Class"])),
            "celebrant": {
                "first_name": Y(lambda f: f.given(), "name"),
                "age_turning": G(lambda f: f.r.randint(3, 14)),
            },
            "children_count": G(lambda f: f.r.randint(4, 20)),
            "adults_count": G(lambda f: f.r.randint(2, 10)),
            "cake_message": Y(
                lambda f: (
                    f"Buon compleanno {f.given()}!"
                    if f.r.random() < 0.5
                    else f"Happy {f.ordinal(f.r.randint(3, 14))} birthday {f.given()}!"
                ),
                "name",
                True,
            ),
            "balloons": G(lambda f: f.pick([True, False])),
            "parent_name": Y(lambda f: f.name(), "name"),
            "parent_phone": Y(lambda f: f.any_phone(), "phone"),
        },
    ),
    (
        "track",
        "Reservation Modified",
        "kotlin",
        {
            "reservation_id": G(lambda f: f.digits(9)),
            "old_party_size": G(lambda f: f.r.randint(1, 10)),
            "new_party_size": G(lambda f: f.r.randint(1, 10)),
            "old_time": G(lambda f: f.iso()),
            "new_time": G(lambda f: f.iso()),
            "changed_fields": Many(G(lambda f: f.pick(["party_size", "time", "date", "seating"])), 2),
        },
    ),
    (
        "track",
        "Reservation Cancelled",
        "rn",
        {
            "reservation_id": G(lambda f: f.digits(9)),
            "cancel_reason": G(
                lambda f: f.pick(["plans_changed", "sick", "weather", "found_other", "other"])
            ),
            "hours_before": G(lambda f: f.r.randint(0, 96)),
            "cancellation_fee": G(lambda f: f.pick([0, 10, 25])),
            "refunded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Reservation Synced",
        "python",
        {
            "rid": G(lambda f: f.digits(6)),
            "reservation_id": G(lambda f: f.digits(9)),
            "state": G(lambda f: f.pick(["booked", "seated", "done", "no_show", "cancelled"])),
            "scheduled_time": G(lambda f: f.iso()),
            "party_size": G(lambda f: f.r.randint(1, 12)),
            "guest": {
                "guest_id": G(lambda f: f.digits(8)),
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": {
                    "number": Y(lambda f: f.any_phone(), "phone"),
                    "country_code": G(lambda f: f.pick(["US", "IT", "GB"])),
                    "type": G(lambda f: f.pick(["mobile", "home", "work"])),
                },
                "visit_count": G(lambda f: f.r.randint(0, 60)),
                "loyalty_points": G(lambda f: f.r.randint(0, 9000)),
                "birthday": Y(lambda f: f.date(1950, 2004), "birthdate"),
                "company": G(lambda f: f.pick(["", "Initech", "Deloitte", "Banca Sella"])),
            },
            "tags": Many(
                G(lambda f: f.pick(["VIP", "Regular", "Birthday", "Anniversary", "Press", "Industry"])), 3
            ),
            "table_numbers": Many(G(lambda f: f.pick(["12", "14", "P3", "B1", "21"])), 2),
            "server_name": Y(lambda f: f.given() + f.pick(["", " " + f.family()[0] + "."]), "name"),
            "created_by": G(lambda f: "emp_" + f.digits(4)),
            "dietary_notes": Y(
                lambda f: f.pick(
                    [
                        "Severe peanut allergy - EpiPen carried",
                        "Celiac, strict gluten free",
                        "Shellfish allergy",
                        "Pregnant, no raw fish or unpasteurised cheese",
                        "Lactose intolerant",
                        "Type 1 diabetic, needs to eat on arrival",
                    ]
                ),
                "allergy|condition",
                True,
            ),
        },
    ),
    (
        "track",
        "Prenotazione Creata",
        "php",
        {
            "codice_prenotazione": G(lambda f: "PR" + f.digits(8)),
            "locale": G(
                lambda f: f.pick(["Trattoria da Enzo", "Nonna Rosa", "Osteria Nero", "Pizzeria Gigi"])
            ),
            "citta_locale": G(lambda f: f.pick(["Roma", "Milano", "Firenze", "Napoli"])),
            "nome": Y(lambda f: f.pick(IT_FIRST + FIRST), "name"),
            "cognome": Y(lambda f: f.pick(IT_LAST + LAST), "name"),
            "telefono": Y(lambda f: f.it_phone() if f.r.random() < 0.8 else f.intl_phone(), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "coperti": G(lambda f: f.r.randint(1, 12)),
            "data_prenotazione": G(lambda f: f.day()),
            "ora": G(lambda f: f.hhmm()),
            "sala": G(lambda f: f.pick(["interna", "dehors", "veranda"])),
            "tavolo": G(lambda f: f.r.randint(1, 40)),
            "occasione": G(lambda f: f.pick(["nessuna", "compleanno", "anniversario", "lavoro"])),
            "allergie": Many(
                Y(
                    lambda f: f.pick(["glutine", "lattosio", "frutta a guscio", "crostacei", "uova"]),
                    "allergy",
                ),
                2,
            ),
            "note_prenotazione": Y(
                lambda f: f.pick(
                    [
                        f"Tavolo a nome di {f.it_name()}",
                        f"Arriva anche {f.it_name()} alle 21",
                        f"Festa a sorpresa per {f.it_name()}, non dire nulla",
                        f"Prenotato dalla segretaria per il dott. {f.pick(IT_LAST)}",
                    ]
                ),
                "name",
                True,
            ),
            "consenso_marketing": G(lambda f: f.pick([True, False])),
            "fonte": G(lambda f: f.pick(["sito", "telefono", "thefork", "instagram"])),
        },
    ),
    # -- host stand and waitlist ----------------------------------------------------------------
    (
        "track",
        "Waitlist Joined",
        "tablet",
        {
            "waitlist_id": G(lambda f: f.uuid()),
            "party_name": Y(lambda f: f.pick([f.given(), f.name(), f.family()]), "name"),
            "phone_number": Y(lambda f: f.any_phone(), "phone"),
            "party_size": G(lambda f: f.r.randint(1, 12)),
            "quoted_wait_min": G(lambda f: f.pick([10, 15, 20, 30, 45, 60])),
            "position": G(lambda f: f.r.randint(1, 25)),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "seating_area": G(lambda f: f.pick(["any", "bar", "patio", "dining_room"])),
            "high_chair": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Waitlist SMS Sent",
        "go",
        {
            "message_sid": G(lambda f: f.sid("SM")),
            "template": G(lambda f: f.pick(["table_ready", "confirm_spot", "running_late"])),
            "to": Y(lambda f: f.e164(), "phone", True),
            "from": G(lambda f: f.pick(["+13125550199", "+390694801122", "+14155550123"])),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"Hi {f.given()}, your table at {f.pick(RESTAURANTS)} is ready! Reply C to cancel.",
                        f"{f.given()}, you're #{f.r.randint(1, 9)} on the waitlist. We'll text you soon.",
                        f"Ciao {f.pick(IT_FIRST)}, il tuo tavolo è pronto! Rispondi C per annullare.",
                    ]
                ),
                "name",
                True,
            ),
            "segments": G(lambda f: f.pick([1, 2])),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        "node",
        {
            "MessageSid": G(lambda f: f.sid("SM")),
            "AccountSid": G(lambda f: f.sid("AC")),
            "From": Y(lambda f: f.e164(), "phone", True),
            "To": G(lambda f: f.pick(["+13125550199", "+390694801122", "+14155550123"])),
            "Body": G(
                lambda f: f.pick(["Y", "C", "Running 10 min late", "ok grazie", "On our way!", "STOP"])
            ),
            "NumMedia": G(lambda f: "0"),
            "FromCountry": G(lambda f: f.pick(["US", "IT"])),
            "SmsStatus": G(lambda f: "received"),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Guest Looked Up",
        "tablet",
        {
            "q": Y(lambda f: f.pick([f.family(), f.name(), f.any_phone(), f.us_phone()]), "name|phone", True),
            "results_count": G(lambda f: f.r.randint(0, 6)),
            "lookup_ms": G(lambda f: f.r.randint(20, 900)),
            "search_scope": G(lambda f: f.pick(["today", "all_guests"])),
        },
    ),
    (
        "track",
        "Guest Tagged",
        "tablet",
        {
            "guest_id": G(lambda f: f.digits(8)),
            "label": G(
                lambda f: f.pick(["VIP", "Regular", "Industry", "Press", "Big spender", "Allergy alert"])
            ),
            "color": G(lambda f: f.pick(["gold", "red", "blue", "green"])),
            "tagged_by": G(lambda f: "emp_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Guest Note Added",
        "dotnet",
        {
            "GuestId": G(lambda f: f.digits(8)),
            "RestaurantId": G(lambda f: f.digits(5)),
            "NoteText": Y(
                lambda f: f.pick(
                    [
                        f"Prefers booth 12. Assistant books, call {f.us_phone()}",
                        f"VIP - owner's friend. Cell {f.any_phone()}",
                        f"Complained last visit, GM to follow up on {f.any_phone()}",
                        f"Regular Friday 7pm; wife's number {f.any_phone()}",
                    ]
                ),
                "phone",
                True,
            ),
            "Category": G(lambda f: f.pick(["Preference", "Service", "Vip"])),
            "AuthorEmployeeId": G(lambda f: f.digits(5)),
            "IsVip": G(lambda f: f.pick([True, False])),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Valet Ticket Issued",
        "tablet",
        {
            "ticket_number": G(lambda f: f.digits(5)),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_make": G(lambda f: f.pick(["Fiat", "Tesla", "BMW", "Toyota", "Alfa Romeo"])),
            "vehicle_color": G(lambda f: f.pick(["black", "white", "silver", "red"])),
            "guest_phone": Y(lambda f: f.any_phone(), "phone"),
            "guest_name": Y(lambda f: f.pick([f.family(), f.name()]), "name"),
            "parking_spot": G(lambda f: f.pick(["A1", "A7", "B3", "C12"])),
            "key_tag": G(lambda f: f.r.randint(1, 200)),
        },
    ),
    # -- ordering and payment -------------------------------------------------------------------
    (
        "track",
        "Tab Opened",
        "node",
        {
            "guid": G(lambda f: f.uuid()),
            "entityType": G(lambda f: "Check"),
            "tabName": Y(lambda f: f.pick([f.given(), f.name(), f.given() + " " + f.family()[0]]), "name"),
            "tableName": G(lambda f: f.pick(["Bar 3", "Patio 4", "12", "Chef Counter"])),
            "serverGuid": G(lambda f: f.uuid()),
            "revenueCenter": G(lambda f: f.pick(["Bar", "Dining Room", "Patio"])),
            "guestCount": G(lambda f: f.r.randint(1, 8)),
            "openedDate": G(lambda f: f.iso()),
            "diningOption": G(lambda f: f.pick(["Dine In", "Bar", "Take Out"])),
            "preauthCardLast4": G(lambda f: f.digits(4)),
            "preauthCardholderName": Y(lambda f: f.name().upper(), "name"),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.pick(RESTAURANTS)),
            "total": G(money(12, 240)),
            "revenue": G(money(10, 200)),
            "tax": G(money(1, 20)),
            "tip": G(money(0, 40)),
            "discount": G(money(0, 15)),
            "coupon": G(lambda f: f.pick(["", "PASTA10", "FREEDELIVERY"])),
            "currency": G(lambda f: f.pick(["USD", "EUR"])),
            "fulfillment": G(lambda f: f.pick(["pickup", "delivery", "curbside"])),
            "pickup_time": G(lambda f: f.iso()),
            "products": Many(dish(), 4),
            "customer_name": Y(lambda f: f.name(), "name"),
            "customer_email": Y(lambda f: f.mail(), "email"),
            "customer_phone": Y(lambda f: f.any_phone(), "phone"),
            "delivery_address": {
                "line1": Y(lambda f: f.any_street(), "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Apt 4B", "Interno 7", "Scala B, piano 3", "Suite 210"]),
                    "address|street",
                ),
                "city": Y(lambda f: f.any_city(), "city"),
                "postal_code": Y(lambda f: f.any_zip(), "zipcode"),
                "state": G(lambda f: f.pick(["IL", "NY", "RM", "MI"])),
                "country": G(lambda f: f.pick(["US", "IT"])),
            },
            "delivery_instructions": G(
                lambda f: f.pick(["Leave at door", "Call on arrival", "Extra napkins", "No contact"])
            ),
            "courier_first_name": Y(lambda f: f.given(), "name"),
            "courier_contact_number": G(lambda f: "+1 " + f.pick(["872", "415"]) + " 555 0" + f.digits(3)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "paypal"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: f.name().upper() if f.r.random() < 0.3 else f.name(), "name"),
            "billing_zip": Y(lambda f: f.any_zip(), "zipcode"),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Check Paid",
        "node",
        {
            "checkGuid": G(lambda f: f.uuid()),
            "displayNumber": G(lambda f: str(f.r.randint(1, 999))),
            "totalAmount": G(money(15, 600)),
            "payments": Many(
                {
                    "guid": G(lambda f: f.uuid()),
                    "type": G(lambda f: f.pick(["CREDIT", "CASH", "GIFTCARD"])),
                    "cardType": G(lambda f: f.pick(["VISA", "MASTERCARD", "AMEX"])),
                    "last4Digits": G(lambda f: f.digits(4)),
                    "amount": G(money(10, 300)),
                    "tipAmount": G(money(0, 90)),
                    "cardEntryMode": G(lambda f: f.pick(["EMV_CHIP_SIGN", "CONTACTLESS", "SWIPED", "KEYED"])),
                    "paymentStatus": G(lambda f: f.pick(["CAPTURED", "AUTHORIZED"])),
                },
                2,
            ),
            "customer": {
                "firstName": Y(lambda f: f.given(), "name"),
                "lastName": Y(lambda f: f.family(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.us_phone(), "phone"),
            },
            "receiptDelivery": G(lambda f: f.pick(["PRINT", "EMAIL", "SMS", "NONE"])),
            "restaurantGuid": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Receipt Requested",
        "tablet",
        {
            "check_id": G(lambda f: f.digits(8)),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "destination": Y(
                lambda f: f.mail() if f.r.random() < 0.5 else f.any_phone(), "email|phone", True
            ),
            "split_count": G(lambda f: f.r.randint(1, 6)),
            "tip_percent": G(lambda f: f.pick([0, 15, 18, 20, 22, 25])),
        },
    ),
    (
        "track",
        "Tip Adjusted",
        "java",
        {
            "check_guid": G(lambda f: f.uuid()),
            "original_tip": G(money(0, 50)),
            "new_tip": G(money(0, 60)),
            "adjusted_by_employee_id": G(lambda f: f.digits(5)),
            "reason": G(lambda f: f.pick(["handwritten_tip", "customer_request", "typo"])),
            "batch_closed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Phone Order Card Keyed",
        "dotnet",
        {
            "OrderNumber": G(lambda f: f.digits(7)),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "ExpiryDate": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "CardholderName": Y(lambda f: f.name(), "name"),
            "AmountCharged": G(money(20, 300)),
            "KeyedByEmployeeId": G(lambda f: f.digits(5)),
            "TerminalId": G(lambda f: "T" + f.digits(6)),
        },
    ),
    (
        "track",
        "Deposit Charged",
        "node",
        {
            "stripe_event_id": G(lambda f: "evt_" + f.alnum(24)),
            "type": G(lambda f: f.pick(["charge.succeeded", "charge.captured", "charge.updated"])),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + f.alnum(24)),
                    "object": G(lambda f: "charge"),
                    "amount": G(lambda f: f.pick([2500, 5000, 10000])),
                    "currency": G(lambda f: f.pick(["usd", "eur"])),
                    "customer": G(lambda f: "cus_" + f.alnum(14)),
                    "payment_method": RED(lambda f: f.pm(), "token"),
                    "billing_details": {
                        "name": Y(lambda f: f.name(), "name"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "phone": Y(lambda f: f.any_phone(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.any_street(), "address|street"),
                            "postal_code": Y(lambda f: f.any_zip(), "zipcode"),
                            "country": G(lambda f: f.pick(["US", "IT", "GB"])),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(lambda f: f.pick(["US", "IT", "DE"])),
                            "funding": G(lambda f: f.pick(["credit", "debit"])),
                        },
                    },
                    "receipt_email": Y(lambda f: f.mail(), "email"),
                    "statement_descriptor": G(lambda f: f.pick(["TAVOLA*ENZO ROMA", "TAVOLA*COPPER TBL"])),
                    "livemode": G(lambda f: True),
                },
            },
        },
    ),
    (
        "track",
        "No Show Recorded",
        "ruby",
        {
            "reservation_id": G(lambda f: f.digits(9)),
            "guest_id": G(lambda f: f.digits(8)),
            "no_show_count": G(lambda f: f.r.randint(1, 5)),
            "fee_charged": G(lambda f: f.pick([0, 25, 50])),
            "card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Order Refunded",
        "python",
        {
            "order_id": G(lambda f: f.digits(10)),
            "total": G(money(5, 120)),
            "currency": G(lambda f: f.pick(["USD", "EUR"])),
            "refund_reason": G(
                lambda f: f.pick(["cold_food", "missing_item", "late_delivery", "duplicate_charge"])
            ),
            "products": Many(dish(), 2),
        },
    ),
    # -- gift cards, loyalty, reviews -----------------------------------------------------------
    (
        "track",
        "Gift Card Purchased",
        "web",
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([25, 50, 100, 150])),
            "design": G(lambda f: f.pick(["birthday", "thank_you", "holiday", "classic"])),
            "recipient_name": Y(lambda f: f.name(), "name"),
            "recipient_email": Y(lambda f: f.mail(), "email"),
            "recipient_phone": Y(lambda f: f.any_phone(), "phone"),
            "sender_name": Y(lambda f: f.given(), "name"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Enjoy a night out on us!",
                        "Congrats on the new job!",
                        "Buon appetito!",
                        "Thank you for everything",
                    ]
                )
            ),
            "delivery_date": G(lambda f: f.day()),
            "gift_card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Loyalty Enrolled",
        "rn",
        {
            "loyalty_number": G(lambda f: "TV" + f.digits(9)),
            "tier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "age_range": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "referred_by_email": Y(lambda f: f.mail(), "email"),
            "mobile_number": Y(lambda f: f.any_phone(), "phone"),
            "points_balance": G(lambda f: f.r.randint(0, 500)),
            "sms_consent": G(lambda f: f.pick([True, False])),
            "email_consent": G(lambda f: f.pick([True, False])),
            "favorite_location": G(
                lambda f: f.pick(["Trattoria da Enzo - Trastevere", "The Copper Table - River North"])
            ),
        },
    ),
    (
        "track",
        "Points Redeemed",
        "rn",
        {
            "loyalty_number": G(lambda f: "TV" + f.digits(9)),
            "points": G(lambda f: f.pick([100, 250, 500])),
            "reward_name": G(lambda f: f.pick(["Free Tiramisù", "$10 off", "Aperitivo for two"])),
            "location_id": G(lambda f: f.digits(5)),
            "remaining_points": G(lambda f: f.r.randint(0, 4000)),
        },
    ),
    (
        "track",
        "Review Submitted",
        "swift",
        {
            "review_id": G(lambda f: f.uuid()),
            "restaurant_id": G(lambda f: f.digits(5)),
            "overall_rating": G(lambda f: f.r.randint(1, 5)),
            "food_rating": G(lambda f: f.r.randint(1, 5)),
            "service_rating": G(lambda f: f.r.randint(1, 5)),
            "noise_level": G(lambda f: f.pick(["quiet", "moderate", "energetic"])),
            "reviewer_display_name": Y(lambda f: f"{f.given()} {f.family()[0]}.", "name"),
            "reviewer_avatar_url": Y(
                lambda f: "https://img.tavola.example/avatars/" + f.hexid(16) + ".jpg", "photo"
            ),
            "review_text": G(
                lambda f: f.pick(
                    [
                        "Best carbonara outside Rome. Will be back!",
                        "Service was slow but the tiramisu made up for it.",
                        "Too loud for a date night.",
                        "Perfect anniversary dinner, the staff were lovely.",
                        "Overpriced for the portion size.",
                    ]
                )
            ),
            "dishes_mentioned": Many(G(lambda f: f.pick(DISHES)), 3),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "visit_date": G(lambda f: f.day()),
            "photos_count": G(lambda f: f.r.randint(0, 6)),
            "reviewer_city": Y(lambda f: f.any_city(), "city"),
        },
    ),
    (
        "track",
        "Review Response Posted",
        "ruby",
        {
            "review_id": G(lambda f: f.uuid()),
            "responder_title": G(lambda f: f.pick(["General Manager", "Owner", "Chef"])),
            "response_text": Y(
                lambda f: f.pick(
                    [
                        f"Thank you for visiting! We hope to see you again soon. - {f.given()}, GM",
                        f"Grazie mille! Un saluto da tutto lo staff. {f.pick(IT_FIRST)}",
                        f"Sorry to hear that. Please email me directly. {f.name()}, Owner",
                    ]
                ),
                "name",
                True,
            ),
            "response_delay_hours": G(lambda f: f.r.randint(1, 240)),
        },
    ),
    (
        "screen",
        "Feedback Survey",
        "flutter",
        {
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comments": G(
                lambda f: f.pick(["", "Great menu app", "QR code didn't scan at first", "Add more photos"])
            ),
            "would_return": G(lambda f: f.pick([True, False])),
            "contact_me": G(lambda f: f.pick([True, False])),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "contact_phone": Y(lambda f: f.any_phone(), "phone"),
            "table_qr_id": G(lambda f: "qr_" + f.hexid(10)),
        },
    ),
    # -- chat, forms, attribution ---------------------------------------------------------------
    (
        "track",
        "Concierge Message Sent",
        "web",
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi, can you call me at {f.any_phone()} about a table for 8?",
                        f"Please send the private dining menu to {f.mail()}",
                        f"My number changed, it's now {f.any_phone()}",
                        f"Booking under my email {f.mail()}, can you add a cake?",
                    ]
                ),
                "email|phone",
                True,
            ),
            "author_type": G(lambda f: "user"),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Reservation Form Field Completed",
        "web",
        {
            "form_id": G(lambda f: f.pick(["checkout_guest", "waitlist_web"])),
            "field": {
                "name": G(lambda f: f.pick(["email", "confirm_email"])),
                "type": G(lambda f: "email"),
                "value": Y(lambda f: f.mail(), "email", True),
            },
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Reservation Lookup",
        "web",
        {
            "input": Y(lambda f: f.mail(), "email", True),
            "method": G(lambda f: f.pick(["email_and_code", "email_only"])),
            "found": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Promo Code Applied",
        "web",
        {
            "code": G(lambda f: f.pick(["PASTA10", "WELCOME15", "RW2024", "APERITIVO"])),
            "valid": G(lambda f: f.pick([True, False])),
            "discount_percent": G(lambda f: f.pick([10, 15, 20])),
        },
    ),
    (
        "track",
        "Conversion Uploaded",
        "go+fwd",
        {
            "event_id": G(lambda f: f.uuid()),
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
            "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
            "value": G(money(20, 600)),
            "currency": G(lambda f: f.pick(["USD", "EUR"])),
        },
    ),
    (
        "track",
        "Private Event Inquiry Submitted",
        "web",
        {
            "event-type": G(
                lambda f: f.pick(["corporate-dinner", "wedding-rehearsal", "birthday", "holiday-party"])
            ),
            "guest-count": G(lambda f: f.r.randint(15, 120)),
            "preferred-date": G(lambda f: f.day()),
            "budget-range": G(lambda f: f.pick(["<2k", "2k-5k", "5k-10k", "10k+"])),
            "company-name": G(lambda f: f.pick(["Initech", "Banca Sella", "Globex", "Studio Legale Ricci"])),
            "contact-name": Y(lambda f: f.name(), "name"),
            "contact-email": Y(lambda f: f.mail(), "email"),
            "contact-phone": Y(lambda f: f.any_phone(), "phone"),
            "job-title": G(
                lambda f: f.pick(["Office Manager", "Executive Assistant", "HR Coordinator", "CEO"])
            ),
            "how-did-you-hear": G(lambda f: f.pick(["google", "instagram", "friend", "returning-guest"])),
        },
    ),
    # -- B2B: restaurant accounts ---------------------------------------------------------------
    (
        "group",
        None,
        "node",
        {
            "name": G(lambda f: f.pick(RESTAURANTS)),
            "industry": G(lambda f: "Restaurants"),
            "plan": G(lambda f: f.pick(["core", "pro", "enterprise"])),
            "locations": G(lambda f: f.r.randint(1, 14)),
            "employees": G(lambda f: f.r.randint(8, 400)),
            "website": G(
                lambda f: f.pick(
                    ["https://trattoriadaenzo.it", "https://coppertable.example", "https://nonnarosa.it"]
                )
            ),
            "reservationsPhone": G(
                lambda f: f.pick(["+39 06 6880 1234", "(312) 555-0142", "+39 02 8725 3300"])
            ),
            "reservationsEmail": G(
                lambda f: f.pick(
                    ["prenotazioni@trattoriadaenzo.it", "book@coppertable.example", "info@nonnarosa.it"]
                )
            ),
            "businessAddress": {
                "street": G(
                    lambda f: f.pick(["Via dei Vascellari 29", "1555 N Wells St", "Via Solferino 12"])
                ),
                "city": G(lambda f: f.pick(["Roma", "Chicago", "Milano"])),
                "postalCode": G(lambda f: f.pick(["00153", "60610", "20121"])),
            },
            "partitaIva": G(lambda f: f.pick(["IT01234560581", "IT09876540157", "IT04433221009"])),
            "ownerName": Y(lambda f: f.name(), "name"),
            "ownerEmail": Y(lambda f: f.mail(), "email"),
            "posProvider": G(lambda f: f.pick(["toast", "square", "lightspeed", "cassa_in_cloud"])),
        },
    ),
    (
        "track",
        "POS Integration Connected",
        "python",
        {
            "integration": G(lambda f: f.pick(["toast", "square", "lightspeed"])),
            "restaurant_guid": G(lambda f: f.uuid()),
            "access_token": RED(
                lambda f: "EAAA" + f.alnum(60, string.ascii_letters + string.digits + "-_"), "token"
            ),
            "scopes": Many(
                G(lambda f: f.pick(["orders.read", "menus.read", "labor.read", "guests.read"])), 3
            ),
            "connected_by_user_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "PHONE_NUMBER": Y(lambda f: f.any_phone(), "phone"),
            "BIRTH_DATE": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "HOME_POSTAL_CODE": Y(lambda f: f.any_zip(), "zipcode"),
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "LIFETIME_VISITS": G(lambda f: f.r.randint(1, 200)),
            "LIFETIME_SPEND_USD": G(money(30, 20000)),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "FAVORITE_LOCATION": G(
                lambda f: f.pick(["Roma Trastevere", "Chicago River North", "Milano Brera"])
            ),
            "IS_VIP": G(lambda f: f.pick([True, False])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "AVG_PARTY_SIZE": G(lambda f: round(f.r.uniform(1.5, 6), 1)),
            "DINER_SEGMENT": G(lambda f: f.pick(["date_night", "family", "business", "tourist"])),
            "TOTAL_NO_SHOWS": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    # -- staff ----------------------------------------------------------------------------------
    (
        "track",
        "Shift Clocked In",
        "tablet",
        {
            "employee_id": G(lambda f: f.digits(5)),
            "employee_name": Y(lambda f: f.name(), "name"),
            "job_title": G(
                lambda f: f.pick(["Server", "Bartender", "Host", "Line Cook", "Sous Chef", "Busser"])
            ),
            "location_id": G(lambda f: f.digits(5)),
            "clock_in_at": G(lambda f: f.iso()),
            "scheduled_start": G(lambda f: f.iso()),
            "hourly_rate": Y(lambda f: f.pick([7.25, 9.5, 15.0, 18.5, 22.0, 11.35]), "salary"),
            "overtime_eligible": G(lambda f: f.pick([True, False])),
            "clock_in_lat": Y(lambda f: f.near_lat(), "geolocation"),
            "clock_in_lng": Y(lambda f: f.near_lon(), "geolocation"),
            "break_minutes": G(lambda f: f.pick([0, 15, 30])),
        },
    ),
    (
        "track",
        "Shift Swap Approved",
        "dotnet",
        {
            "ShiftId": G(lambda f: f.uuid()),
            "FromEmployeeId": G(lambda f: f.digits(5)),
            "FromEmployeeName": Y(lambda f: f.name(), "name"),
            "ToEmployeeId": G(lambda f: f.digits(5)),
            "ToEmployeeName": Y(lambda f: f.name(), "name"),
            "ToEmployeePhone": Y(lambda f: f.us_phone(), "phone"),
            "Role": G(lambda f: f.pick(["Server", "Bartender", "Host"])),
            "ApprovedByEmail": Y(lambda f: f.mail(), "email"),
            "ShiftDate": G(lambda f: f.day()),
            "Reason": G(lambda f: f.pick(["Personal", "School", "Illness", "Other"])),
        },
    ),
    (
        "track",
        "Payout Processed",
        "python",
        {
            "employee_id": G(lambda f: f.digits(5)),
            "pay_period_start": G(lambda f: f.day()),
            "pay_period_end": G(lambda f: f.day()),
            "gross_pay": Y(money(300, 2500), "salary"),
            "net_pay": Y(money(250, 2000), "salary"),
            "cash_tips": Y(money(0, 900), "salary"),
            "card_tips": Y(money(0, 1500), "salary"),
            "payout_method": G(lambda f: f.pick(["direct_deposit", "instant", "paper_check"])),
            "routing_number": G(lambda f: f.pick(ROUTING)),
            "account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "instant_fee": G(lambda f: f.pick([0, 1.99, 2.99])),
            "pay_stub_id": G(lambda f: "ps_" + f.hexid(12)),
        },
    ),
    (
        "track",
        "Employee Onboarded",
        "ruby",
        {
            "employee_id": G(lambda f: f.digits(5)),
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "middle_name": Y(lambda f: f.pick(["", "Marie", "José", "Ann", "Oluwaseun", "Lee"]), "name"),
            "preferred_name": Y(lambda f: f.given(), "name"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "decline_to_state"]), "gender"),
            "race_ethnicity": Y(
                lambda f: f.pick(
                    ["hispanic_or_latino", "black", "asian", "white", "two_or_more", "decline_to_state"]
                ),
                "ethnicity|race",
            ),
            "veteran_status": RED(
                lambda f: f.pick(["not_a_veteran", "protected_veteran", "decline_to_state"]), "veteran"
            ),
            "disability_self_id": RED(lambda f: f.pick(["yes", "no", "decline_to_state"]), "disability"),
            "date_of_birth": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "home_address": {
                "street": Y(lambda f: f.us_street(), "street|address"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(lambda f: f.pick(["NY", "IL", "CA", "TX"])),
                "zip": Y(lambda f: f.us_zip(), "zipcode"),
            },
            "emergency_contact": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.us_phone(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "spouse", "roommate", "brother"])),
            },
            "work_authorization": RED(
                lambda f: f.pick(["us_citizen", "permanent_resident", "ead", "requires_sponsorship"]), "visa"
            ),
            "i9_document_type": G(
                lambda f: f.pick(["us_passport", "green_card", "drivers_license_and_ssn_card"])
            ),
            "i9_document_number": RED(
                lambda f: f.pick(
                    [f.digits(9), "A" + f.digits(8), f.alnum(3, string.ascii_uppercase) + f.digits(10)]
                ),
                "passport|national id",
            ),
            "w4_filing_status": G(
                lambda f: f.pick(["single", "married_filing_jointly", "head_of_household"])
            ),
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "position": G(lambda f: f.pick(["Server", "Line Cook", "Dishwasher", "Host"])),
            "hourly_rate": Y(lambda f: f.pick([7.25, 9.5, 15.0, 18.5, 22.0, 11.35]), "salary"),
            "badge_photo_url": Y(lambda f: "https://hr.tavola.example/badges/" + f.uuid() + ".png", "photo"),
            "direct_deposit": {
                "routing_number": G(lambda f: f.pick(ROUTING)),
                "account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
                "account_type": G(lambda f: f.pick(["checking", "savings"])),
            },
        },
    ),
    (
        "track",
        "Employee Verified",
        "ruby",
        {
            "employee_id": G(lambda f: f.digits(5)),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "e_verify_case_number": G(lambda f: "2024" + f.digits(11)),
            "e_verify_result": G(lambda f: f.pick(["employment_authorized", "tentative_nonconfirmation"])),
            "verified_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Dipendente Assunto",
        "java",
        {
            "matricola": G(lambda f: f.digits(6)),
            "nome": Y(lambda f: f.pick(IT_FIRST + FIRST), "name"),
            "cognome": Y(lambda f: f.pick(IT_LAST + LAST), "name"),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
            "data_di_nascita": Y(lambda f: f.date(1965, 2006), "birthdate"),
            "luogo_di_nascita": Y(
                lambda f: f.pick([c[0] for c in IT_CITIES] + ["Dakar", "Tirana", "Lima"]), "city"
            ),
            "indirizzo": Y(lambda f: f.it_street(), "address"),
            "cap": Y(lambda f: f.it_cap(), "zipcode"),
            "citta": Y(lambda f: f.pick([c[0] for c in IT_CITIES]), "city"),
            "telefono": Y(lambda f: f.it_phone() if f.r.random() < 0.8 else f.intl_phone(), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "iban": RED(lambda f: f.it_iban(), "bank account"),
            "cittadinanza": Y(
                lambda f: f.pick(["italiana", "senegalese", "albanese", "peruviana", "rumena"]), "citizenship"
            ),
            "numero_permesso_soggiorno": RED(
                lambda f: f.pick(["", "I" + f.alnum(1, string.ascii_uppercase) + f.digits(7)]),
                "visa|national id",
            ),
            "categoria_protetta": RED(lambda f: f.pick([True, False]), "disability"),
            "mansione": G(
                lambda f: f.pick(["cameriere", "cuoco", "lavapiatti", "barista", "responsabile di sala"])
            ),
            "livello_ccnl": G(lambda f: f.pick(["4", "5", "6S", "3"])),
            "tipo_contratto": G(
                lambda f: f.pick(["indeterminato", "determinato", "apprendistato", "stagionale"])
            ),
            "paga_oraria": Y(lambda f: f.pick([8.95, 9.4, 10.2, 11.75]), "salary"),
            "data_assunzione": G(lambda f: f.day()),
            "iscritto_sindacato": Y(lambda f: f.pick([True, False]), "trade union"),
        },
    ),
    (
        "track",
        "Comp Approved",
        "tablet",
        {
            "check_id": G(lambda f: f.digits(8)),
            "manager_employee_id": G(lambda f: f.digits(5)),
            "manager_name": Y(lambda f: f.name(), "name"),
            "comp_reason": G(lambda f: f.pick(["kitchen_error", "long_wait", "vip", "birthday"])),
            "guest_name": Y(lambda f: f.pick([f.family(), f.name()]), "name"),
            "item_name": G(lambda f: f.pick(DISHES)),
            "amount": G(money(4, 80)),
        },
    ),
    # -- added: catering, Italian delivery, profiles, voice, tip pools, HR, security, privacy ---------
    (
        "track",
        "Catering Order Placed",
        "web",
        {
            "cateringOrderId": G(lambda f: "CAT-" + f.digits(6)),
            "headcount": G(lambda f: f.r.randint(10, 200)),
            "eventDate": G(lambda f: f.day()),
            "company": G(lambda f: f.pick(["", "Initech", "Deloitte", "Banca Sella"])),
            "contact": {
                "fullName": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "mobile": Y(lambda f: f.any_phone(), "phone"),
            },
            "onsiteContact": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
            },
            "deliveryAddress": {
                "street": Y(lambda f: f.any_street(), "street|address"),
                "suite": Y(
                    lambda f: f.pick(["Floor 12", "Suite 400", "Piano 3", "Reception"]), "address|street"
                ),
                "city": Y(lambda f: f.any_city(), "city"),
                "zip": Y(lambda f: f.any_zip(), "zipcode"),
            },
            "dropoffNotes": G(
                lambda f: f.pick(["Use loading dock", "Check in at security", "Set up by 11:30"])
            ),
            "utensils": G(lambda f: f.pick([True, False])),
            "total": G(money(150, 4000)),
        },
    ),
    (
        "track",
        "Ordine Consegnato",
        "php",
        {
            "id_ordine": G(lambda f: f.digits(8)),
            "locale": G(
                lambda f: f.pick(["Trattoria da Enzo", "Nonna Rosa", "Osteria Nero", "Pizzeria Gigi"])
            ),
            "nome_cliente": Y(lambda f: f.it_name(), "name"),
            "telefono_cliente": Y(lambda f: f.it_phone(), "phone"),
            "indirizzo_consegna": Y(lambda f: f.it_street(), "address|street"),
            "cap_consegna": Y(lambda f: f.it_cap(), "zipcode"),
            "citofono": Y(lambda f: f.pick(IT_LAST), "name", True),
            "piano": G(lambda f: f.pick(["terra", "1", "2", "4"])),
            "note_rider": G(
                lambda f: f.pick(["", "Lasciare in portineria", "Suonare due volte", "Cane in giardino"])
            ),
            "rider_nome": Y(lambda f: f.given(), "name"),
            "importo": G(money(12, 90)),
            "mancia": G(lambda f: f.pick([0, 1, 2, 3.5, 5])),
            "metodo_pagamento": G(lambda f: f.pick(["carta", "contanti", "satispay"])),
            "minuti_consegna": G(lambda f: f.r.randint(15, 70)),
        },
    ),
    (
        "track",
        "Guest Profile Updated",
        "rn",
        {
            "updated_fields": Many(
                G(lambda f: f.pick(["partner", "children", "allergies", "home_phone"])), 3
            ),
            "partner": {
                "first_name": Y(lambda f: f.given(), "name"),
                "birthday": Y(lambda f: f.date(1955, 2003), "birthdate"),
            },
            "children": Many(
                {
                    "first_name": Y(lambda f: f.given(), "name"),
                    "birthday": Y(lambda f: f.date(2010, 2022), "birthdate"),
                },
                3,
            ),
            "home_phone": Y(lambda f: f.any_phone(), "phone"),
            "work_email": Y(lambda f: f.mail(), "email"),
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "tree nuts", "shellfish", "gluten", "sesame"]), "allergy"), 2
            ),
            "anniversary_reminders": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Reservation Line Call",
        "node",
        {
            "CallSid": G(lambda f: f.sid("CA")),
            "AccountSid": G(lambda f: f.sid("AC")),
            "Caller": Y(lambda f: f.e164(), "phone", True),
            "CallerName": Y(lambda f: f.name().upper(), "name"),
            "Called": G(lambda f: f.pick(["+13125550199", "+390694801122", "+14155550123"])),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed", "no-answer"])),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 600))),
        },
    ),
    (
        "track",
        "Tip Pool Distributed",
        "java",
        {
            "pool_id": G(lambda f: f.uuid()),
            "shift_date": G(lambda f: f.day()),
            "total_pool": G(money(200, 3000)),
            "distributions": Many(
                {
                    "employee_id": G(lambda f: f.digits(5)),
                    "employee_name": Y(lambda f: f.name(), "name"),
                    "role": G(lambda f: f.pick(["Server", "Busser", "Bartender", "Runner"])),
                    "hours_worked": G(lambda f: round(f.r.uniform(3, 10), 2)),
                    "share_amount": Y(money(20, 400), "salary"),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Food Handler Certificate Uploaded",
        "web",
        {
            "employee_id": G(lambda f: f.digits(5)),
            "employee_name": Y(lambda f: f.name(), "name"),
            "certificate_number": Y(
                lambda f: f.pick(["FH-", "SERV-", "HACCP/"]) + f.digits(8), "certificate"
            ),
            "issuing_authority": G(lambda f: f.pick(["ServSafe", "NYC DOHMH", "Regione Lazio"])),
            "expires_on": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Login Failed",
        "python+fwd",
        {
            "attempted_email": Y(lambda f: f.mail(), "email"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "failure_reason": G(lambda f: f.pick(["bad_password", "unknown_user", "mfa_failed", "locked"])),
            "attempts_in_window": G(lambda f: f.r.randint(1, 10)),
            "account_locked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Reminder Email Sent",
        "go",
        {
            "to_email": Y(lambda f: f.mail(), "email"),
            "to_name": Y(lambda f: f.name(), "name"),
            "subject": G(
                lambda f: f.pick(["Your table tonight", "See you tomorrow!", "A presto! La tua prenotazione"])
            ),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filter" + f.digits(4)),
            "hours_before": G(lambda f: f.pick([2, 24, 48])),
        },
    ),
    (
        "track",
        "Data Request Submitted",
        "web",
        {
            "request_type": G(lambda f: f.pick(["access", "deletion", "opt_out_of_sale", "correction"])),
            "requester_email": Y(lambda f: f.mail(), "email"),
            "requester_full_name": Y(lambda f: f.name(), "name"),
            "state_of_residence": G(lambda f: f.pick(["CA", "CO", "VA", "IT"])),
            "verification_method": G(lambda f: f.pick(["email_link", "account_login"])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = R(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.digits(8),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("screen", "page"):
                msg["name"] = event or f.pick(["Home", "Restaurant", "Checkout"])
            elif kind == "group":
                msg["groupId"] = "rest_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=97, repeats=34)
    write(Path(__file__).parent, "holdout97_", events, labels)
