"""Writes holdout140: tests/corpus/holdout140_events.jsonl and holdout140_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other holdouts' labels, and never scored by its author. Only tests/corpus/build.py and
fake.py (helpers), build_holdout3.py (format) and the reference's matcher table were read.

Domain: "Ovella", a fertility, pregnancy and period-tracking app with clinic partnerships in the
UK (NHS referrals, private clinics), the US (clinic EHR bridges, insurance and fertility-benefit
eligibility, IVF financing) and Poland (clinic backend with Polish keys: imie, nazwisko, pesel,
kod_pocztowy, numer_konta, kod_blik ...). Covers cycle, symptom, mood and basal temperature logs,
ovulation and pregnancy tests, pregnancy mode (due dates, weeks), births, partner sharing and
invites, IVF appointments, medication schedules, lab results and scans, subscriptions (Stripe and
app stores), a shop (spec e-commerce events), community posts, careers, support, messaging
webhooks (Twilio, SendGrid), Calendly bookings, Meta CAPI, treatment-abroad travel to Polish
clinics, clinic deposits and EHR integrations, consent and lifecycle events.

Messages are identify / track / page / screen / group / alias calls with the `context` blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python / node / go / java / ruby / php / .NET server libraries. Keys are mostly camelCase and
snake_case; PascalCase (.NET, Twilio), kebab-case (a quiz form, SendGrid), SCREAMING_SNAKE
(warehouse reverse-ETL) and Polish keys make up the rest.

Conventions: one label per flattened leaf path (`properties.products[].sku`); type is the
reference's matcher name where one fits (`a|b` when either is fair), else bank account,
geolocation, secret, national id, health id, advertising id, credit score, token. value_only is
true when the key does not say what the value is; every value of a value_only PII path carries
that PII (checked when the builder runs); free text whose values carry none is green.

Labelling rules (the product's default colours and its published policy for contested cases):
- PII: personal data about a natural person: the user, partners, babies, emergency contacts,
  friends, clinicians and other staff, job applicants. Colour is the reference's default for the
  matcher; outside the reference red for credentials, tokens, card numbers, bank accounts,
  government ids and health ids, yellow otherwise.
- Green: ids we or partners issue (user, order, invoice, cycle, appointment, Stripe customer ids,
  UUIDs, SKUs), versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys
  (emailVerified, partnerCount ...), product / plan / clinic / lab / employer / pharmacy names,
  a clinic's or pharmacy's own address, phone, coordinates and role mailboxes, the app's sending
  numbers, searched places, country, state, locale, timezone, currency, user agents, OS-issued
  device ids, card brand / last four / expiry / BIN, sort and routing codes, insurance group
  numbers, ages and age bands, job titles, Message-IDs, UUID tokens (appAccountToken).
- Policy: insurance member and policy numbers yellow identification; rx numbers yellow
  medication; salary yellow; credit score yellow; vehicle registrations yellow license; gclid,
  fbclid, fbp, fbc yellow advertising id; billing and shipping addresses yellow; payment-method
  tokens, one-time codes (SMS codes, BLIK codes, partner invite codes), OAuth tokens and sign-in
  links red token; webhook signing secrets red secret; full card numbers red credit card; MRN and
  NHS number red health id; PESEL and Polish ID card numbers red national id; passport numbers
  red passport; the last four of an SSN red social security number; right to work / visa
  sponsorship answers red visa; nationality yellow citizenship. Hotels, flights and packages of
  a treatment-abroad trip are green; the travelling companion's name is yellow.
- Health in this domain (the author's rule where the policy is silent): whatever describes the
  person's body, cycle, pregnancy or care is health data, yellow under the reference's health
  matchers: `condition` for symptoms, flow, mood, basal temperature, cycle and period lengths,
  cycle day and days past ovulation, test results, pregnancy status, weeks and due dates,
  previous losses, scan measurements and lab values; `diagnosis` for diagnoses; `procedure` for
  treatments, protocols and appointment types at a fertility clinic; `medication` for drug names.
  Quantities that only qualify another field (dose, dose unit, symptom severity, counts of logs)
  and appointment times are green. Sexual activity logs are yellow `sex|condition`; a family path
  that says same-sex couple is yellow `sexual orientation`; wheelchair access is red disability.
- Photos of a person's body or test (ultrasound, test strip) are yellow `photo|condition`.
  Names picked from the app's baby-name catalogue, and the catalogue's gender of a name, are
  catalogue content: green. A user-assigned device name ("Priya's iPhone") is yellow name.
  Push titles that state the person's predicted cycle are yellow condition (value only).
"""

import re
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- values ------------------------------------------------------------------------------------------

WOMEN = [
    "Emily",
    "Sophie",
    "Hannah",
    "Chloe",
    "Megan",
    "Aoife",
    "Siobhán",
    "Anna",
    "Katarzyna",
    "Magdalena",
    "Agnieszka",
    "Zofia",
    "Małgorzata",
    "Chiamaka",
    "Ngozi",
    "Adaeze",
    "Funmilayo",
    "Priya",
    "Ananya",
    "Kavya",
    "Ayesha",
    "Sana",
    "Fatima",
    "Xiaoling",
    "Mei",
    "Camila",
    "María José",
    "Guadalupe",
    "Layla",
    "Noor",
    "Ji-woo",
    "Thu Trang",
    "Miriam",
    "Keisha",
    "Imani",
    "Ingrid",
    "Yuki",
    "Olena",
    "Amara",
    "Rachel",
]
MEN = [
    "James",
    "Oliver",
    "Tomasz",
    "Piotr",
    "Jakub",
    "Chinedu",
    "Rahul",
    "Wei",
    "Diego",
    "Omar",
    "Dmitri",
    "Kwame",
    "Liam",
    "Mateusz",
    "Darnell",
    "Hiroshi",
    "Arjun",
    "Sean",
    "Marcus",
    "Yusuf",
]
SURNAMES = [
    "Smith",
    "Jones",
    "Williams",
    "Taylor",
    "Nowak",
    "Kowalska",
    "Wiśniewska",
    "Wójcik",
    "Kamińska",
    "Lewandowska",
    "Okafor",
    "Adeyemi",
    "Patel",
    "Sharma",
    "Khan",
    "Hussain",
    "Chen",
    "Wang",
    "Nguyen",
    "García",
    "Hernández",
    "Rodríguez",
    "Murphy",
    "O'Connor",
    "Kim",
    "Cohen",
    "Washington",
    "Jackson",
    "Müller",
    "Rossi",
    "Abdullah",
    "Mensah",
    "Sato",
    "Kovalenko",
    "Zielińska",
    "Dąbrowska",
    "Ferreira",
    "Ali",
    "MacDonald",
    "Evans",
]
PL_WOMEN = ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Zofia", "Małgorzata", "Joanna", "Ewa"]
PL_SURNAMES = [
    "Nowak",
    "Kowalska",
    "Wiśniewska",
    "Wójcik",
    "Kamińska",
    "Lewandowska",
    "Zielińska",
    "Szymańska",
    "Woźniak",
    "Dąbrowska",
    "Kozłowska",
    "Jankowska",
]
PL_MEN = ["Tomasz", "Piotr", "Jakub", "Mateusz", "Krzysztof", "Paweł", "Michał"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "wp.pl", "onet.pl"]
UK_STREETS = ["Victoria Road", "Hillside Crescent", "Church Lane", "Station Road", "Albert Street"]
US_STREETS = ["Maple Ave", "W Lake St", "Peachtree Rd NE", "Elm Street", "Mission St", "Sunset Blvd"]
PL_STREETS = ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "al. Jana Pawła II", "ul. Floriańska"]
UK_CITIES = ["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Birmingham", "Cardiff"]
US_CITIES = ["Austin", "Brooklyn", "Chicago", "San Jose", "Atlanta", "Denver", "Houston"]
PL_CITIES = ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"]
CLINICS = [
    "Harley Fertility Centre",
    "Northern Lights Fertility",
    "Bay Reproductive Medicine",
    "Lone Star IVF",
    "Klinika Nova Vita",
    "Centrum Leczenia Niepłodności Bocian",
]
PRODUCTS = [
    ("Ovulation Test Strips x20", "Tests", 14.99),
    ("Early Pregnancy Test x3", "Tests", 9.99),
    ("Ovella Smart Thermometer", "Devices", 59.0),
    ("Prenatal Multivitamin 60 caps", "Supplements", 18.5),
    ("Myo-Inositol Powder", "Supplements", 24.0),
    ("Maternity Support Pillow", "Comfort", 39.99),
]
SYMPTOMS = [
    "cramps",
    "bloating",
    "headache",
    "breast tenderness",
    "spotting",
    "nausea",
    "acne",
    "back pain",
    "fatigue",
    "insomnia",
]
MOODS = ["calm", "happy", "anxious", "irritable", "sad", "sensitive", "energetic"]
MEDS = [
    "Gonal-f",
    "Menopur",
    "Cetrotide",
    "Ovitrelle",
    "Cyclogest 400mg",
    "Estradiol valerate",
    "Letrozole 2.5mg",
    "Clomid",
    "Utrogestan",
    "Prednisolone",
]
DIAGNOSES = ["PCOS", "endometriosis", "unexplained infertility", "low ovarian reserve", "tubal factor"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Mobile Safari/537.36",
]
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class F(Fake):
    """fake.Fake plus the people, numbers and documents of this domain."""

    def woman(self):
        return self.pick(WOMEN)

    def man(self):
        return self.pick(MEN)

    def surname(self):
        return self.pick(SURNAMES)

    def full(self):
        return f"{self.woman()} {self.surname()}"

    def any_full(self):
        return f"{self.pick(WOMEN + MEN)} {self.surname()}"

    def pl_full(self):
        return f"{self.pick(PL_WOMEN)} {self.pick(PL_SURNAMES)}"

    def mail(self, first=None, last=None):
        first = ascii_fold(first or self.pick(WOMEN + MEN)).lower().replace(" ", "")
        last = ascii_fold(last or self.surname()).lower().replace("'", "")
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{first}_{last}",
                f"{last}.{first}{self.r.randint(80, 99)}",
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def work_mail(self, domain):
        return f"{ascii_fold(self.woman()).lower()}.{ascii_fold(self.surname()).lower()}@{domain}"

    def clinician(self):
        return f"Dr {self.pick(WOMEN + MEN)} {self.surname()}"

    def uk_mobile(self):
        n = f"7{self.r.randint(100, 999)}{self.r.randint(100000, 999999)}"
        return self.pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])

    def us_phone(self):
        a, b, c = self.r.randint(201, 989), self.r.randint(201, 989), self.r.randint(0, 9999)
        return self.pick(
            [f"({a}) {b}-{c:04d}", f"+1 {a}-{b}-{c:04d}", f"+1{a}{b}{c:04d}", f"{a}.{b}.{c:04d}"]
        )

    def pl_phone(self):
        n = f"{self.pick(['5', '6', '7', '8'])}{self.r.randint(10, 99)}{self.r.randint(100000, 999999)}"
        return self.pick(
            [
                f"+48 {n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]} {n[3:6]} {n[6:]}",
                f"+48{n}",
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
            ]
        )

    def tel(self):
        return self.pick([self.uk_mobile, self.us_phone, self.pl_phone])()

    def uk_postcode(self):
        area = self.pick(["SW", "E", "N", "M", "LS", "BS", "G", "B", "CF", "EH", "NW"])
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{self.r.randint(1, 20)} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def us_zip(self):
        z = f"{self.r.randint(10000, 98999)}"
        return z if self.r.random() < 0.7 else f"{z}-{self.r.randint(1000, 9999)}"

    def pl_postcode(self):
        return f"{self.r.randint(0, 99):02d}-{self.r.randint(0, 999):03d}"

    def postcode(self):
        return self.pick([self.uk_postcode, self.us_zip, self.pl_postcode])()

    def uk_street(self):
        return self.pick(
            [
                f"{self.r.randint(1, 240)} {self.pick(UK_STREETS)}",
                f"Flat {self.r.randint(1, 30)}, {self.r.randint(1, 90)} {self.pick(UK_STREETS)}",
            ]
        )

    def us_street(self):
        return f"{self.r.randint(100, 9999)} {self.pick(US_STREETS)}"

    def pl_street(self):
        return f"{self.pick(PL_STREETS)} {self.r.randint(1, 120)}/{self.r.randint(1, 40)}"

    def street_any(self):
        return self.pick([self.uk_street, self.us_street, self.pl_street])()

    def city_any(self):
        return self.pick(UK_CITIES + US_CITIES + PL_CITIES)

    def nhs_number(self):
        while True:
            digits = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, digits)) + str(check)
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def pesel(self, female=True):
        y, m, d = self.r.randint(1978, 2003), self.r.randint(1, 12), self.r.randint(1, 28)
        mm = m + (20 if y >= 2000 else 0)
        serial = f"{self.r.randint(0, 999):03d}"
        sex = self.pick([0, 2, 4, 6, 8]) if female else self.pick([1, 3, 5, 7, 9])
        body = f"{y % 100:02d}{mm:02d}{d:02d}{serial}{sex}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        check = (10 - sum(int(c) * k for c, k in zip(body, w, strict=True)) % 10) % 10
        return body + str(check)

    def pl_iban(self):
        bban = self.digits(8) + "".join(str(self.r.randint(0, 9)) for _ in range(16))
        check = 98 - int(bban + "2521" + "00") % 97
        raw = f"PL{check:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)), raw[2:]])

    def mrn(self):
        return self.pick([self.digits(8), "MRN" + self.digits(7), "E" + self.digits(9)])

    def member_id(self):
        return self.pick(
            [
                "W" + self.digits(9),
                "XYZ" + self.digits(9),
                "U" + self.digits(8) + "01",
                "ZGP" + self.digits(9),
            ]
        )

    def uk_reg(self):
        L = "ABCDEFGHJKLMNOPRSTUVWXY"
        return (
            f"{self.pick(L)}{self.pick(L)}{self.r.randint(51, 74)} {''.join(self.pick(L) for _ in range(3))}"
        )

    def stripe(self, prefix, n=24):
        return prefix + "".join(self.pick(ALNUM) for _ in range(n))

    def gclid(self):
        return "Cj0KCQjw" + "".join(self.pick(ALNUM + "-_") for _ in range(70)) + "_BwE"

    def fbclid(self):
        return "IwAR" + "".join(self.pick(ALNUM + "_-") for _ in range(58))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.digits(10)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def day(self, year=2024):
        return f"{year}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def dob(self):
        return self.pick(
            [
                self.date(1978, 2002),
                f"{self.r.randint(1, 28):02d}/{self.r.randint(1, 12):02d}/{self.r.randint(1978, 2002)}",
            ]
        )

    def bbt(self):
        return self.pick([round(self.r.uniform(36.1, 37.3), 2), round(self.r.uniform(97.0, 99.1), 1)])

    def pl_id_card(self):
        letters = "".join(self.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
        digits = [self.r.randint(0, 9) for _ in range(5)]
        values = [int(c, 36) for c in letters] + digits
        check = sum(v * w for v, w in zip(values, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10
        return letters + str(check) + "".join(map(str, digits))

    def passport(self):
        return self.pick(
            [
                self.digits(9),
                "E" + self.digits(8),
                "A" + self.digits(8),
                "EA" + self.digits(7),
                "FC" + self.digits(7),
            ]
        )

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def invite_code(self):
        return "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))

    def b64url(self, n):
        return "".join(self.pick(ALNUM + "-_") for _ in range(n))


# -- contexts ----------------------------------------------------------------------------------------

CAMPAIGNS = ["ttc_spring", "ivf_awareness_week", "brand_uk", "pl_launch", "retarget_trial"]


def web_context(f: F, pages):
    page = f.pick(pages)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.instagram.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=instagram&utm_medium=paid", "?ref=blog", "?lang=pl"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Ovella \u2013 Period & Fertility Tracker",
                        "Find a clinic | Ovella",
                        "Shop | Ovella",
                        "Careers at Ovella",
                    ]
                )
            ),
            "url": G(lambda f: "https://ovella.app" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "pl-PL", "pl", "en"])),
        "timezone": G(
            lambda f: f.pick(["Europe/London", "America/Chicago", "Europe/Warsaw", "America/New_York"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(CAMPAIGNS)),
            "source": G(lambda f: f.pick(["instagram", "google", "tiktok", "newsletter"])),
            "medium": G(lambda f: f.pick(["paid_social", "cpc", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["ovulation calculator", "ivf clinic london", "period tracker app", "test owulacyjny"]
                )
            ),
            "content": G(lambda f: f.pick(["reel_03", "carousel_b", "hero_cta"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def swift_context(f: F):
    return {
        "app": {
            "name": G(lambda f: "Ovella"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.1", "8.6.0"])),
            "build": G(lambda f: f.pick(["2024.84.0", "2024.85.3", "2024.86.1"])),
            "namespace": G(lambda f: "app.ovella.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "pl-PL"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "America/Los_Angeles", "Europe/Warsaw"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: F):
    return {
        "app": {
            "name": G(lambda f: "Ovella"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.1"])),
            "build": G(lambda f: f.pick(["80400", "80501", "80502"])),
            "namespace": G(lambda f: "app.ovella.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "2201116SG", "CPH2449"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "pl-PL", "en-US"])),
        "network": {
            "bluetooth": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone UK", "Play", "Orange PL", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Warsaw", "America/Chicago"])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S918B", "Pixel 8"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.mail(), "email"),
        },
    }


def rn_context(f: F):
    def device_name(f):
        return f.pick(["{}'s iPhone", "iPhone de {}", "{}\u2019s iPad", "{} iPhone 15"]).format(f.woman())

    return {
        "app": {
            "name": G(lambda f: "Ovella Community"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.2"])),
            "build": G(lambda f: f.pick(["230", "232"])),
            "namespace": G(lambda f: "app.ovella.community"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,1", "iPhone14,7", "iPad13,18"])),
            "name": Y(device_name, "name"),
            "type": G(lambda f: "ios"),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "pl-PL"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.6"]))},
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "timezone": G(lambda f: f.pick(["Europe/London", "America/New_York"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "username": Y(
                lambda f: (
                    f.pick(["sunshine_", "hopeful", "ttc", "mama"])
                    + ascii_fold(f.woman()).lower()
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
        },
    }


def flutter_context(f: F):
    return {
        "app": {
            "name": G(lambda f: "Ovella Bump"),
            "version": G(lambda f: f.pick(["1.9.0", "1.10.2"])),
            "build": G(lambda f: f.pick(["190", "1102"])),
            "namespace": G(lambda f: "app.ovella.bump"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-A546B", "moto g84 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "locale": G(lambda f: f.pick(["en_GB", "pl_PL", "en_US"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/Warsaw", "Europe/London", "America/Denver"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(49.5, 55.8), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-3.5, 23.5), 6), "geolocation"),
            "country": G(lambda f: f.pick(["GB", "PL"])),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.2",
    "@segment/analytics-node": "2.1.0",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server_context(lib, ip=False, ua=False, traits=False):
    def build(f: F):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}}
        if ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if ua:
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if traits:
            ctx["traits"] = {
                "email": Y(lambda f: f.mail(), "email"),
                "plan": G(lambda f: f.pick(["free", "plus", "pro"])),
            }
        return ctx

    return build


CONTEXTS = {
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python", ip=True),
    "python_plain": server_context("analytics-python"),
    "node": server_context("@segment/analytics-node", ip=True, ua=True, traits=True),
    "node_plain": server_context("@segment/analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby", traits=True),
    "php": server_context("analytics-php", ip=True),
    "dotnet": server_context("Analytics.NET"),
}

# -- shared pieces ------------------------------------------------------------------------------------


def shop_product():
    def prod(f):
        return f.pick(PRODUCTS)

    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(
            lambda f: f.pick(["OV-OPK-20", "OV-HCG-03", "OV-THERM-2", "OV-PNV-60", "OV-MYO-30", "OV-PIL-01"])
        ),
        "name": G(lambda f: prod(f)[0]),
        "brand": G(lambda f: f.pick(["Ovella", "Clearblue", "Pregnacare"])),
        "category": G(lambda f: prod(f)[1]),
        "variant": G(lambda f: f.pick(["20 pack", "3 pack", "Rose", "Mint", "60 caps"])),
        "price": G(lambda f: prod(f)[2]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(
            lambda f: (
                "https://ovella.app/shop/" + f.pick(["ovulation-tests", "pregnancy-tests", "thermometer"])
            )
        ),
        "image_url": G(lambda f: f"https://cdn.ovella.app/shop/{f.hexid(10)}.webp"),
    }


def shipping_address():
    return {
        "name": Y(lambda f: f.full(), "name"),
        "line1": Y(lambda f: f.street_any(), "address|street"),
        "line2": Y(lambda f: f.pick(["Flat 2", "Apt 4B", "m. 12", "Unit 7", "Floor 3"]), "address|street"),
        "city": Y(lambda f: f.city_any(), "city"),
        "postal_code": Y(lambda f: f.postcode(), "zipcode"),
        "state": G(lambda f: f.pick(["", "TX", "CA", "mazowieckie", "England"])),
        "country": G(lambda f: f.pick(["GB", "US", "PL"])),
    }


def free_text_phone(f: F):
    return f.pick(
        [
            lambda f: f"Please call me on {f.tel()} after 6pm",
            lambda f: f"Best number is {f.tel()}, I work nights",
            lambda f: f"Text {f.tel()} if the slot moves",
            lambda f: f"My partner will answer: {f.tel()}",
        ]
    )(f)


POST_TEXTS = [
    "CD{n} and still no peak on my OPKs, anyone else with long cycles?",
    "{n}dpo, BFN this morning. Trying not to symptom spot...",
    "Just had my egg collection, {n} eggs retrieved! Cramping but happy",
    "Day {n} of stims on Gonal-f and Menopur, feeling so bloated",
    "Got my BFP at {n}dpo after 2 years TTC with PCOS!!",
    "Beta came back at {n}0, nurse says it's a good start",
    "2WW after FET, day {n}. Spotting a little, is that normal?",
]

PUSH_TITLES = [
    "Your period is due in {n} days",
    "Your fertile window starts tomorrow",
    "Ovulation predicted today - day {n} of your cycle",
    "Period {n} days late? Log a test",
    "You're {n} weeks pregnant today",
]

# -- events ------------------------------------------------------------------------------------------
# (kind, event or page/screen name, client(s), body, weight)

WEB_PAGES = ["/", "/clinics", "/shop", "/pricing", "/careers", "/blog/ovulation-signs", "/pl/kliniki"]

EVENTS = [
    # -- marketing site and web app (analytics.js) ---------------------------------------------------
    (
        "page",
        ["Home", "Pricing", "Blog Post", "Clinics", "Shop"],
        "web",
        {
            "path": G(lambda f: f.pick(WEB_PAGES)),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=tiktok", "?ref=podcast"])),
            "title": G(
                lambda f: f.pick(
                    ["Ovella \u2013 Period & Fertility Tracker", "Pricing | Ovella", "Blog | Ovella"]
                )
            ),
            "url": G(lambda f: "https://ovella.app" + f.pick(WEB_PAGES)),
            "category": G(lambda f: f.pick(["marketing", "blog", "shop"])),
        },
        3,
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.woman(), "name"),
            "lastName": Y(lambda f: f.surname(), "name"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "plus", "pro"])),
            "goal": Y(
                lambda f: f.pick(
                    ["track_cycle", "trying_to_conceive", "pregnant", "ivf_treatment", "perimenopause"]
                ),
                "condition",
            ),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "country": G(lambda f: f.pick(["GB", "US", "PL"])),
            "signupSource": G(lambda f: f.pick(["web", "quiz", "clinic_invite"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "email": Y(lambda f: f.mail(), "email"),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "utm_campaign": G(lambda f: f.pick(CAMPAIGNS)),
            "age_bracket": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
            "consent_marketing": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: "OVL-" + f.invite_code()[:6]),
        },
        1,
    ),
    (
        "track",
        "Lead",
        "web",
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            },
            "custom_data": {
                "content_name": G(lambda f: f.pick(["Fertility quiz", "IVF cost guide", "Free trial"])),
                "value": G(lambda f: f.pick([0, 5, 10])),
                "currency": G(lambda f: f.pick(["GBP", "USD", "PLN"])),
            },
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
        },
        1,
    ),
    (
        "track",
        "Clinic Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "ivf near leeds",
                        "Kraków",
                        "egg freezing London",
                        "SW1",
                        "Austin TX",
                        "klinika in vitro Gdańsk",
                    ]
                )
            ),
            "treatment": G(lambda f: f.pick(["IVF", "IUI", "egg freezing", "any"])),
            "radius_km": G(lambda f: f.pick([10, 25, 50])),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "nhs_funded_only": G(lambda f: f.pick([True, False])),
            "sort": G(lambda f: f.pick(["distance", "success_rate", "price"])),
        },
        1,
    ),
    (
        "track",
        "Clinic Viewed",
        "web",
        {
            "clinic": {
                "id": G(lambda f: f.digits(4)),
                "name": G(lambda f: f.pick(CLINICS)),
                "city": G(lambda f: f.pick(["London", "Leeds", "Austin", "Gdańsk", "Kraków"])),
                "postcode": G(lambda f: f.pick(["W1G 9PF", "LS1 3EX", "78705", "80-309"])),
                "phone": G(lambda f: f.pick(["+44 20 7123 4500", "+1 512-555-0110", "+48 58 555 01 20"])),
                "email": G(
                    lambda f: f.pick(
                        [
                            "info@harleyfertility.example",
                            "hello@lonestarivf.example",
                            "rejestracja@novavita.example",
                        ]
                    )
                ),
                "lat": G(lambda f: f.pick([51.5203, 53.7997, 30.2849, 54.3722])),
                "lng": G(lambda f: f.pick([-0.1479, -1.5492, -97.7341, 18.6383])),
                "rating": G(lambda f: f.pick([4.2, 4.6, 4.8])),
                "nhsFunded": G(lambda f: f.pick([True, False])),
            },
            "position": G(lambda f: f.r.randint(1, 10)),
            "success_rate_shown": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Consultation Requested",
        "web",
        {
            "clinic_id": G(lambda f: f.digits(4)),
            "full_name": Y(lambda f: f.full(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "partner_name": Y(lambda f: f.any_full(), "name"),
            "treatment_interest": Y(
                lambda f: f.pick(["IVF", "IUI", "egg freezing", "donor eggs", "ICSI"]), "procedure"
            ),
            "preferred_date": G(lambda f: f.day()),
            "message": Y(free_text_phone, "phone", True),
            "hear_about_us": G(lambda f: f.pick(["Instagram", "GP", "friend", "Google"])),
            "consent_contact": G(lambda f: True),
        },
        1,
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": G(lambda f: f.pick(["partner-invite", "signup", "newsletter"])),
            "field": G(lambda f: f.pick(["email", "partner_email", "contact_email"])),
            "input": Y(lambda f: f.mail(), "email", True),
            "duration_ms": G(lambda f: f.r.randint(400, 12000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "fertility-quiz-completed",
        "web",
        {
            "quiz-id": G(lambda f: "fq-" + f.digits(3)),
            "age-band": G(lambda f: f.pick(["under-30", "30-34", "35-39", "40+"])),
            "trying-duration-months": Y(lambda f: f.pick([3, 6, 12, 18, 24, 36]), "condition"),
            "has-pcos-diagnosis": Y(lambda f: f.pick([True, False]), "diagnosis|condition"),
            "cycle-regularity": Y(lambda f: f.pick(["regular", "irregular", "not-sure"]), "condition"),
            "result-segment": G(lambda f: f.pick(["explore", "see-specialist", "track-first"])),
            "email-optin": G(lambda f: f.pick([True, False])),
            "contact-email": Y(lambda f: f.mail(), "email"),
        },
        1,
    ),
    # -- shop (e-commerce spec) -----------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    ["ovulation test", "pregnancy test", "thermometer", "prenatal vitamins", "test ciążowy"]
                )
            )
        },
        1,
    ),
    (
        "track",
        "Product Viewed",
        "web",
        {**shop_product(), "currency": G(lambda f: f.pick(["GBP", "USD", "PLN"]))},
        1,
    ),
    (
        "track",
        "Product Added",
        "web",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in shop_product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
        1,
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "value": G(lambda f: f.money(9, 120)),
            "revenue": G(lambda f: f.money(9, 120)),
            "shipping": G(lambda f: f.pick([0, 2.99, 4.5])),
            "tax": G(lambda f: f.money(0, 20)),
            "discount": G(lambda f: f.pick([0, 5, 10])),
            "coupon": G(lambda f: f.pick(["", "TTC10", "WELCOME15"])),
            "currency": G(lambda f: f.pick(["GBP", "USD", "PLN"])),
            "products": Many(shop_product()),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "blik"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "card_bin": G(lambda f: f.pick(["424242", "535522", "476173"])),
            "cardholder_name": Y(lambda f: f.full(), "name"),
            "billing_postcode": Y(lambda f: f.postcode(), "zipcode"),
            "payment_method_id": RED(lambda f: f.stripe("pm_1P", 22), "token"),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(9, 120)),
            "subtotal": G(lambda f: f.money(9, 120)),
            "tax": G(lambda f: f.money(0, 20)),
            "shipping": G(lambda f: f.pick([0, 2.99, 4.5])),
            "currency": G(lambda f: f.pick(["GBP", "USD", "PLN"])),
            "products": Many(shop_product()),
            "shipping_address": shipping_address(),
            "email": Y(lambda f: f.mail(), "email"),
            "discreet_packaging": G(lambda f: f.pick([True, False])),
            "tracking_number": G(lambda f: f.pick(["JD0002" + f.digits(12), "1Z" + f.hexid(16).upper()])),
        },
        1,
    ),
    (
        "track",
        "Order Refunded",
        "web",
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "refund_reason": G(lambda f: f.pick(["damaged", "no longer needed", "wrong item"])),
            "refund_amount": G(lambda f: f.money(5, 60)),
        },
        1,
    ),
    # -- careers page --------------------------------------------------------------------------------
    (
        "track",
        "Job Application Submitted",
        "web",
        {
            "job_id": G(lambda f: f.pick(["ENG-114", "CLN-022", "MKT-031"])),
            "job_title": G(
                lambda f: f.pick(["Senior iOS Engineer", "Fertility Nurse Advisor", "Growth Marketer"])
            ),
            "applicant": {
                "first_name": Y(lambda f: f.pick(WOMEN + MEN), "name"),
                "last_name": Y(lambda f: f.surname(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.tel(), "phone"),
            },
            "cv_filename": Y(
                lambda f: f.pick(["CV_{}_{}.pdf", "{} {} - Resume.pdf", "{}{}_CV_2024.docx"]).format(
                    f.pick(WOMEN + MEN), ascii_fold(f.surname())
                ),
                "name",
                True,
            ),
            "right_to_work_uk": RED(
                lambda f: f.pick(["yes", "no_need_sponsorship", "yes_settled_status"]), "visa"
            ),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "salary_expectation": Y(lambda f: f.pick([45000, 62000, 80000, 95000]), "salary"),
            "years_experience": G(lambda f: f.r.randint(1, 15)),
            "source": G(lambda f: f.pick(["LinkedIn", "Otta", "referral"])),
        },
        1,
    ),
    # -- IVF financing widget (US) --------------------------------------------------------------------
    (
        "track",
        "Financing Prequalified",
        "web",
        {
            "applicant": {
                "firstName": Y(lambda f: f.woman(), "name"),
                "lastName": Y(lambda f: f.surname(), "name"),
                "dob": Y(lambda f: f.date(1980, 2000), "birthdate"),
            },
            "ssnLast4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "annualIncome": Y(lambda f: f.r.randint(35, 240) * 1000, "salary"),
            "creditScore": Y(lambda f: f.r.randint(560, 820), "credit score"),
            "loanAmount": G(lambda f: f.pick([12000, 18000, 25000, 30000])),
            "termMonths": G(lambda f: f.pick([24, 36, 60])),
            "apr": G(lambda f: f.money(5, 24)),
            "employer": G(
                lambda f: f.pick(["Dell Technologies", "H-E-B", "Whole Foods Market", "Self-employed"])
            ),
            "jobTitle": G(lambda f: f.pick(["Teacher", "Nurse", "Software Engineer", "Store Manager"])),
            "decision": G(lambda f: f.pick(["approved", "declined", "manual_review"])),
            "lender": G(lambda f: f.pick(["Ovella Pay by FinCo", "CapStone Lending"])),
        },
        1,
    ),
    # -- clinic portal (staff side, web) -------------------------------------------------------------
    (
        "track",
        "Patient Searched",
        "web",
        {
            "q": Y(lambda f: f.pick([f.full(), f.mail()]), "name|email", True),
            "results": G(lambda f: f.r.randint(0, 5)),
            "scope": G(lambda f: f.pick(["all_patients", "my_patients"])),
            "portal_role": G(lambda f: f.pick(["coordinator", "nurse", "consultant"])),
        },
        1,
    ),
    (
        "track",
        "Patient Note Added",
        "web",
        {
            "note_id": G(lambda f: f.uuid()),
            "patient_id": G(lambda f: f.digits(6)),
            "author": Y(lambda f: f.clinician(), "name"),
            "coordinator_note": Y(free_text_phone, "phone", True),
            "visibility": G(lambda f: f.pick(["care_team", "private"])),
            "char_count": G(lambda f: f.r.randint(20, 400)),
        },
        1,
    ),
    # -- iOS app (analytics-swift) -------------------------------------------------------------------
    (
        "screen",
        ["Today", "Insights", "Cycle History", "Settings"],
        "swift",
        {
            "tab": G(lambda f: f.pick(["today", "calendar", "insights", "community"])),
            "source": G(lambda f: f.pick(["launch", "push", "widget", "deeplink"])),
            "premium": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.woman(), "name"),
            "birthday": Y(lambda f: f.date(1978, 2006), "birthdate"),
            "avgCycleLength": Y(lambda f: f.r.randint(23, 38), "condition"),
            "avgPeriodLength": Y(lambda f: f.r.randint(3, 8), "condition"),
            "goal": Y(
                lambda f: f.pick(
                    ["track_cycle", "trying_to_conceive", "pregnant", "ivf_treatment", "perimenopause"]
                ),
                "condition",
            ),
            "pregnancyMode": Y(lambda f: f.pick([True, False]), "condition"),
            "units": G(lambda f: f.pick(["metric", "imperial"])),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
            "premium": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(19, 46)),
            "partnerCount": G(lambda f: f.pick([0, 1])),
        },
        1,
    ),
    (
        "track",
        "Period Logged",
        "swift",
        {
            "log_id": G(lambda f: f.uuid()),
            "cycle_id": G(lambda f: f.digits(7)),
            "start_date": Y(lambda f: f.day(), "condition"),
            "flow": Y(lambda f: f.pick(["spotting", "light", "medium", "heavy"]), "condition"),
            "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 4),
            "note": Y(
                lambda f: f.pick(
                    [
                        "Cramps all morning, took ibuprofen",
                        "Heavier than usual, clots on day 2",
                        "Came 5 days early again",
                        "Migraine before it started",
                        "Very light, might be implantation bleeding?",
                    ]
                ),
                "condition",
                True,
            ),
            "logged_via": G(lambda f: f.pick(["calendar", "widget", "watch"])),
            "entry_count": G(lambda f: f.r.randint(1, 300)),
            "prediction_hit": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Symptom Logged",
        "swift",
        {
            "symptom": Y(lambda f: f.pick(SYMPTOMS), "condition"),
            "severity": G(lambda f: f.r.randint(1, 5)),
            "cycle_day": Y(lambda f: f.r.randint(1, 35), "condition"),
            "logged_at": G(lambda f: f.iso()),
            "source_screen": G(lambda f: f.pick(["today", "calendar"])),
        },
        2,
    ),
    (
        "track",
        "Temperature Logged",
        "swift",
        {
            "bbt": Y(lambda f: f.bbt(), "condition"),
            "unit": G(lambda f: f.pick(["C", "F"])),
            "measured_at": G(lambda f: f.iso()),
            "method": G(lambda f: f.pick(["oral", "wearable", "manual"])),
            "thermometer": {
                "model": G(lambda f: f.pick(["Ovella Smart Thermometer", "Tempdrop", "Braun ThermoScan"])),
                "serial": Y(lambda f: "OVT" + f.hexid(10).upper(), "serial"),
                "mac": Y(lambda f: f.mac(), "mac"),
                "firmware": G(lambda f: f.pick(["2.0.4", "2.1.0"])),
                "battery_pct": G(lambda f: f.r.randint(5, 100)),
            },
        },
        2,
    ),
    (
        "track",
        "Ovulation Test Logged",
        "swift",
        {
            "result": Y(lambda f: f.pick(["low", "high", "peak"]), "condition"),
            "brand": G(lambda f: f.pick(["Clearblue Digital", "Easy@Home", "Ovella"])),
            "cycle_day": Y(lambda f: f.r.randint(1, 35), "condition"),
            "photo_url": Y(lambda f: f"https://uploads.ovella.app/tests/{f.uuid()}.jpg", "photo|condition"),
            "ai_read": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Pregnancy Test Logged",
        "swift",
        {
            "result": Y(lambda f: f.pick(["positive", "negative", "faint_line", "invalid"]), "condition"),
            "dpo": Y(lambda f: f.r.randint(7, 16), "condition"),
            "brand": G(lambda f: f.pick(["Clearblue Digital", "First Response", "Ovella"])),
            "test_count_this_cycle": G(lambda f: f.r.randint(1, 6)),
        },
        1,
    ),
    (
        "track",
        "Pregnancy Mode Enabled",
        "swift",
        {
            "estimated_due_date": Y(lambda f: f.day(2025), "condition"),
            "lmp_date": Y(lambda f: f.day(), "condition"),
            "gestational_week": Y(lambda f: f.r.randint(4, 40), "condition"),
            "conception_method": Y(
                lambda f: f.pick(["natural", "IUI", "IVF", "FET", "donor egg IVF"]), "procedure"
            ),
            "multiples": Y(lambda f: f.pick([True, False]), "condition"),
            "previous_losses": Y(lambda f: f.pick([0, 1, 2, 3]), "condition"),
            "hospital": G(
                lambda f: f.pick(["St Thomas' Hospital", "Leeds General Infirmary", "Szpital Św. Zofii"])
            ),
            "share_with_partner": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Week Article Viewed",
        "swift",
        {
            "article_id": G(lambda f: f.digits(5)),
            "article_title": G(
                lambda f: f.pick(
                    [
                        "Your baby is the size of a lime",
                        "Second trimester checklist",
                        "What is a glucose test?",
                    ]
                )
            ),
            "article_week": G(lambda f: f.r.randint(4, 40)),
            "category": G(lambda f: f.pick(["pregnancy", "nutrition", "wellbeing"])),
            "read_time_sec": G(lambda f: f.r.randint(5, 600)),
        },
        1,
    ),
    (
        "track",
        "Partner Invited",
        "swift",
        {
            "invite_id": G(lambda f: f.uuid()),
            "partner_first_name": Y(lambda f: f.pick(MEN + WOMEN), "name"),
            "partner_email": Y(lambda f: f.mail(), "email"),
            "partner_phone": Y(lambda f: f.tel(), "phone"),
            "invite_code": RED(lambda f: f.invite_code(), "token"),
            "share_scopes": Many(
                G(lambda f: f.pick(["period", "fertile_window", "appointments", "pregnancy"])), 3
            ),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp", "link"])),
        },
        1,
    ),
    (
        "track",
        "Appointment Booked",
        "swift",
        {
            "appointment_id": G(lambda f: "APT-" + f.digits(7)),
            "clinic_id": G(lambda f: f.digits(4)),
            "clinic_name": G(lambda f: f.pick(CLINICS)),
            "clinician": {
                "name": Y(lambda f: f.clinician(), "name"),
                "role": G(lambda f: f.pick(["consultant", "embryologist", "fertility nurse", "sonographer"])),
                "email": Y(lambda f: f.work_mail("harleyfertility.example"), "email"),
            },
            "appointment_type": Y(
                lambda f: f.pick(
                    ["baseline scan", "egg collection", "embryo transfer", "follicle tracking scan", "IUI"]
                ),
                "procedure",
            ),
            "starts_at": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([15, 30, 45, 60])),
            "location": {
                "address": G(
                    lambda f: f.pick(["134 Harley Street", "1 Park Row", "ul. Powstańców Warszawy 7"])
                ),
                "city": G(lambda f: f.pick(["London", "Leeds", "Gdańsk"])),
                "postcode": G(lambda f: f.pick(["W1G 7JY", "LS1 5HD", "80-299"])),
            },
            "needs_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "interpreter_language": G(lambda f: f.pick(["none", "Polish", "Urdu", "Spanish"])),
            "reminder_set": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Insurance Card Scanned",
        "swift",
        {
            "payer": G(
                lambda f: f.pick(["Aetna", "UnitedHealthcare", "Blue Cross Blue Shield of Texas", "Cigna"])
            ),
            "member_id": Y(lambda f: f.member_id(), "identification"),
            "group_number": G(lambda f: f.digits(6)),
            "card_front_url": Y(
                lambda f: f"https://uploads.ovella.app/insurance/{f.uuid()}-front.jpg", "photo|identification"
            ),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
        },
        1,
    ),
    (
        "track",
        "Baby Name Favourited",
        "swift",
        {
            "babyName": G(
                lambda f: f.pick(["Olivia", "Amelia", "Zofia", "Noah", "Aarav", "Maya", "Leo", "Hanna"])
            ),
            "origin": G(lambda f: f.pick(["Latin", "Hebrew", "Slavic", "Sanskrit"])),
            "gender": G(lambda f: f.pick(["girl", "boy", "unisex"])),
            "list_size": G(lambda f: f.r.randint(1, 40)),
            "shared_list": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Birth Reported",
        "swift",
        {
            "baby": {
                "name": Y(
                    lambda f: (
                        f.pick(["Olivia", "Amelia", "Zofia", "Noah", "Aarav", "Maya", "Leo", "Hanna"])
                        + " "
                        + f.surname()
                    ),
                    "name",
                ),
                "birth_date": Y(lambda f: f.day(), "birthdate"),
                "sex": Y(lambda f: f.pick(["female", "male"]), "sex|gender"),
                "weight_grams": Y(lambda f: f.r.randint(2300, 4400), "condition"),
            },
            "delivery_type": Y(lambda f: f.pick(["vaginal", "c-section", "assisted"]), "procedure"),
            "weeks_at_birth": Y(lambda f: f.r.randint(34, 42), "condition"),
            "hospital": G(
                lambda f: f.pick(["St Thomas' Hospital", "Leeds General Infirmary", "Szpital Św. Zofii"])
            ),
        },
        1,
    ),
    (
        "track",
        "Magic Link Opened",
        "swift",
        {
            "link": RED(lambda f: f"https://ovella.app/auth/verify?token={f.b64url(43)}", "token", True),
            "link_age_sec": G(lambda f: f.r.randint(5, 900)),
            "success": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    # -- Android app (analytics-kotlin) --------------------------------------------------------------
    (
        "screen",
        ["Calendar", "Log Symptoms", "Medication Plan", "Partner Sharing"],
        "kotlin",
        {
            "tab": G(lambda f: f.pick(["today", "calendar", "insights", "community"])),
            "source": G(lambda f: f.pick(["launch", "push", "widget", "deeplink"])),
            "view_mode": G(lambda f: f.pick(["month", "week"])),
        },
        3,
    ),
    (
        "track",
        "Medication Scheduled",
        "kotlin",
        {
            "schedule_id": G(lambda f: f.uuid()),
            "medication_name": Y(lambda f: f.pick(MEDS), "medication"),
            "dose": G(lambda f: f.pick([75, 150, 225, 0.25, 1, 400])),
            "dose_unit": G(lambda f: f.pick(["IU", "mg", "mcg"])),
            "route": G(lambda f: f.pick(["subcutaneous", "oral", "vaginal"])),
            "times_per_day": G(lambda f: f.pick([1, 2, 3])),
            "first_dose_date": G(lambda f: f.day()),
            "protocol": Y(
                lambda f: f.pick(["antagonist", "long protocol", "FET natural cycle", "mini IVF"]),
                "procedure",
            ),
            "prescribed_by": Y(lambda f: f.clinician(), "name"),
            "rx_number": Y(lambda f: "RX" + f.digits(8), "medication"),
            "pharmacy": {
                "name": G(lambda f: f.pick(["Boots", "CVS Specialty", "Apteka Gemini", "Alto Pharmacy"])),
                "phone": G(lambda f: f.pick(["+44 345 070 8090", "+1 800-237-2767", "+48 58 733 00 00"])),
                "postcode": G(lambda f: f.pick(["NG90 1BS", "02895", "81-537"])),
            },
        },
        1,
    ),
    (
        "track",
        "Medication Dose Taken",
        "kotlin",
        {
            "schedule_id": G(lambda f: f.uuid()),
            "medication_name": Y(lambda f: f.pick(MEDS), "medication"),
            "dose": G(lambda f: f.pick([75, 150, 225, 0.25, 1, 400])),
            "taken_at": G(lambda f: f.iso()),
            "on_time": G(lambda f: f.pick([True, False])),
            "reminder_offset_min": G(lambda f: f.pick([-5, 0, 10, 30])),
            "streak_days": G(lambda f: f.r.randint(0, 14)),
        },
        2,
    ),
    (
        "track",
        "Emergency Contact Saved",
        "kotlin",
        {
            "contact_id": G(lambda f: f.uuid()),
            "contact": {
                "label": G(lambda f: f.pick(["Mum", "Partner", "Sister", "Best friend", "Mama", "Mąż"])),
                "value": Y(lambda f: f.tel(), "phone", True),
                "type": G(lambda f: f.pick(["mobile", "home", "work"])),
            },
            "is_primary": G(lambda f: f.pick([True, False])),
            "contacts_total": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    (
        "track",
        "Clinic Check-in",
        "kotlin",
        {
            "clinic_id": G(lambda f: f.digits(4)),
            "checkin_method": G(lambda f: f.pick(["geofence", "qr", "manual"])),
            "latitude": Y(lambda f: round(f.r.uniform(51.3, 54.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-1.8, 18.7), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "queue_number": G(lambda f: f.r.randint(1, 40)),
            "vehicle_reg": Y(lambda f: f.uk_reg(), "license"),
        },
        1,
    ),
    (
        "track",
        "Health Data Synced",
        "kotlin",
        {
            "source": G(lambda f: f.pick(["Health Connect", "Oura", "Garmin"])),
            "records_synced": G(lambda f: f.r.randint(0, 500)),
            "record_types": Many(
                G(lambda f: f.pick(["BasalBodyTemperature", "MenstruationFlow", "Steps", "SleepSession"])), 3
            ),
            "last_sync": G(lambda f: f.iso()),
            "duration_ms": G(lambda f: f.r.randint(100, 9000)),
        },
        1,
    ),
    (
        "track",
        "Push Notification Opened",
        "kotlin",
        {
            "campaign_id": G(lambda f: f.digits(6)),
            "message_title": Y(lambda f: f.pick(PUSH_TITLES).format(n=f.r.randint(2, 30)), "condition", True),
            "deep_link": G(lambda f: f.pick(["ovella://today", "ovella://log/test", "ovella://calendar"])),
            "opened_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Deep Link Opened",
        "kotlin",
        {
            "link": RED(lambda f: "ovella://partner/accept?code=" + f.invite_code(), "token", True),
            "referring_application": G(
                lambda f: f.pick(["com.whatsapp", "com.google.android.gm", "com.android.chrome"])
            ),
        },
        1,
    ),
    (
        "track",
        "Application Opened",
        "kotlin",
        {
            "version": G(lambda f: f.pick(["8.4.0", "8.5.1"])),
            "build": G(lambda f: f.pick(["80400", "80501"])),
            "from_background": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # -- community app (analytics-react-native) ------------------------------------------------------
    (
        "identify",
        None,
        "rn",
        {
            "username": Y(
                lambda f: (
                    f.pick(["sunshine_", "hopeful", "ttc", "mama"])
                    + ascii_fold(f.woman()).lower()
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "avatar_url": Y(lambda f: f"https://avatars.ovella.app/{f.hexid(12)}.jpg", "photo"),
            "bio": Y(
                lambda f: f.pick(
                    [
                        "TTC #{n}, PCOS warrior",
                        "IVF round {n}, endo survivor",
                        "{n} losses, still hoping",
                        "FET #{n} done, waiting for beta",
                    ]
                ).format(n=f.r.randint(1, 4)),
                "condition",
                True,
            ),
            "location_display": Y(
                lambda f: f.pick(["Manchester, UK", "Kraków", "Austin, TX", "Bristol", "Brooklyn, NY"]),
                "city",
            ),
            "community_joined_at": G(lambda f: f.iso()),
            "posts_count": G(lambda f: f.r.randint(0, 500)),
        },
        1,
    ),
    (
        "track",
        "Community Post Created",
        "rn",
        {
            "post_id": G(lambda f: f.digits(8)),
            "forum": G(
                lambda f: f.pick(
                    ["TTC over 35", "IVF warriors", "Pregnancy after loss", "Bumps due Jan 2025"]
                )
            ),
            "text": Y(lambda f: f.pick(POST_TEXTS).format(n=f.r.randint(3, 14)), "condition", True),
            "has_image": G(lambda f: f.pick([True, False])),
            "anonymous": G(lambda f: f.pick([True, False])),
            "mentions": Many(
                Y(
                    lambda f: "@" + f.pick(["bumpwatch", "ivfmama", "ttc_"]) + ascii_fold(f.woman()).lower(),
                    "name",
                ),
                2,
            ),
            "word_count": G(lambda f: f.r.randint(5, 300)),
        },
        2,
    ),
    (
        "track",
        "Comment Posted",
        "rn",
        {
            "comment_id": G(lambda f: f.digits(9)),
            "post_id": G(lambda f: f.digits(8)),
            "body": G(
                lambda f: f.pick(
                    [
                        "Sending baby dust!",
                        "Fingers crossed for you x",
                        "Same here, hang in there",
                        "Following!",
                        "So happy for you!!",
                    ]
                )
            ),
            "reply_to_user_id": G(lambda f: "usr_" + f.hexid(12)),
        },
        2,
    ),
    (
        "track",
        "Post Reported",
        "rn",
        {
            "post_id": G(lambda f: f.digits(8)),
            "reason": G(lambda f: f.pick(["spam", "medical_misinformation", "harassment"])),
            "reported_username": Y(
                lambda f: (
                    f.pick(["sunshine_", "hopeful", "ttc", "mama"])
                    + ascii_fold(f.woman()).lower()
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "reporter_user_id": G(lambda f: "usr_" + f.hexid(12)),
        },
        1,
    ),
    (
        "track",
        "Profile Updated",
        "rn",
        {
            "fields_changed": Many(G(lambda f: f.pick(["email", "phone", "avatar", "bio", "birthday"])), 3),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "avatar_changed": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Clinic Review Submitted",
        "rn",
        {
            "clinic_id": G(lambda f: f.digits(4)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": Y(
                lambda f: f.pick(
                    [
                        "{} and the nurses were wonderful through our whole cycle",
                        "Long waits but {} explained everything",
                        "Would not go back, {} never returned our calls",
                        "{} did my transfer, so gentle",
                    ]
                ).format(f.clinician()),
                "name",
                True,
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    # -- pregnancy app (analytics_flutter) -----------------------------------------------------------
    (
        "track",
        "Cycle Prediction Viewed",
        "flutter",
        {
            "next_period_date": Y(lambda f: f.day(), "condition"),
            "fertile_window_start": Y(lambda f: f.day(), "condition"),
            "fertile_window_end": Y(lambda f: f.day(), "condition"),
            "prediction_confidence": G(lambda f: f.pick(["low", "medium", "high"])),
            "model_version": G(lambda f: f.pick(["cyc-3.2", "cyc-3.3"])),
            "cycles_used": G(lambda f: f.r.randint(1, 12)),
        },
        2,
    ),
    (
        "track",
        "Daily Log Saved",
        "flutter",
        {
            "log_date": G(lambda f: f.day()),
            "cervical_mucus": Y(lambda f: f.pick(["dry", "sticky", "creamy", "egg white"]), "condition"),
            "intercourse": Y(lambda f: f.pick(["none", "protected", "unprotected"]), "sex|condition"),
            "mood": Many(Y(lambda f: f.pick(MOODS), "condition"), 3),
            "water_glasses": G(lambda f: f.r.randint(0, 12)),
            "sleep_hours": G(lambda f: f.pick([5, 6, 6.5, 7, 8, 9])),
            "entries_count": G(lambda f: f.r.randint(1, 9)),
        },
        2,
    ),
    (
        "track",
        "Kick Count Completed",
        "flutter",
        {
            "kicks": G(lambda f: f.r.randint(5, 20)),
            "duration_min": G(lambda f: f.r.randint(8, 120)),
            "gestational_week": Y(lambda f: f.r.randint(28, 40), "condition"),
            "started_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Ankieta Wypełniona",
        "flutter",
        {
            "id_ankiety": G(lambda f: f.digits(5)),
            "wiek": G(lambda f: f.r.randint(22, 44)),
            "staranie_od_miesiecy": Y(lambda f: f.pick([3, 6, 12, 24, 36]), "condition"),
            "rozpoznanie": Y(
                lambda f: f.pick(
                    ["PCOS", "endometrioza", "niedrożność jajowodów", "niepłodność idiopatyczna"]
                ),
                "diagnosis",
            ),
            "wojewodztwo": G(lambda f: f.pick(["mazowieckie", "małopolskie", "pomorskie", "śląskie"])),
            "adres_email": Y(lambda f: f.mail(f.pick(PL_WOMEN), f.pick(PL_SURNAMES)), "email"),
            "zgoda_na_kontakt": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    # -- backend: subscriptions and billing (node) ---------------------------------------------------
    (
        "track",
        "Subscription Started",
        "node",
        {
            "subscription_id": G(lambda f: f.stripe("sub_1P", 22)),
            "plan": G(lambda f: f.pick(["plus_monthly", "plus_annual", "pro_annual"])),
            "interval": G(lambda f: f.pick(["month", "year"])),
            "price": G(lambda f: f.pick([6.99, 49.99, 89.99, 29.99])),
            "currency": G(lambda f: f.pick(["GBP", "USD", "PLN"])),
            "trial_days": G(lambda f: f.pick([0, 7, 14])),
            "store": G(lambda f: f.pick(["stripe", "app_store", "play_store"])),
            "customer_id": G(lambda f: f.stripe("cus_", 14)),
            "payment_method_id": RED(lambda f: f.stripe("pm_1P", 22), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
        },
        1,
    ),
    (
        "track",
        "Invoice Paid",
        "node",
        {
            "invoice_id": G(lambda f: f.stripe("in_1P", 22)),
            "invoice_number": G(lambda f: f"OVL-{f.hexid(8).upper()}-{f.r.randint(1, 20):04d}"),
            "amount_paid": G(lambda f: f.pick([699, 4999, 8999])),
            "due_date": G(lambda f: f.day()),
            "customer_email": Y(lambda f: f.mail(), "email"),
            "customer_name": Y(lambda f: f.full(), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.street_any(), "address|street"),
                "city": Y(lambda f: f.city_any(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.pick(["GB", "US", "PL"])),
            },
            "hosted_invoice_url": G(lambda f: "https://invoice.stripe.com/i/acct_1N" + f.hexid(12)),
            "tax_id": G(lambda f: f.pick(["", "GB123456789", "PL5252248481"])),
        },
        1,
    ),
    (
        "track",
        "Payment Failed",
        "node",
        {
            "invoice_id": G(lambda f: f.stripe("in_1P", 22)),
            "failure_code": G(lambda f: f.pick(["card_declined", "expired_card", "insufficient_funds"])),
            "attempt_count": G(lambda f: f.r.randint(1, 4)),
            "next_attempt_at": G(lambda f: f.epoch_ms()),
        },
        1,
    ),
    (
        "track",
        "Charge Succeeded",
        "node_plain",
        {
            "type": G(lambda f: "charge.succeeded"),
            "data": {
                "object": {
                    "id": G(lambda f: f.stripe("ch_3P", 22)),
                    "amount": G(lambda f: f.pick([699, 4999, 8999])),
                    "currency": G(lambda f: f.pick(["gbp", "usd", "pln"])),
                    "billing_details": {
                        "name": Y(lambda f: f.full(), "name"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "phone": Y(lambda f: f.tel(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street_any(), "address|street"),
                            "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                            "country": G(lambda f: f.pick(["GB", "US", "PL"])),
                        },
                    },
                    "payment_method": RED(lambda f: f.stripe("pm_1P", 22), "token"),
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(lambda f: f.pick(["GB", "US", "PL"])),
                        }
                    },
                    "receipt_email": Y(lambda f: f.mail(), "email"),
                    "receipt_url": G(lambda f: "https://pay.stripe.com/receipts/payment/" + f.b64url(40)),
                }
            },
        },
        1,
    ),
    (
        "group",
        None,
        "node_plain",
        {
            "name": G(lambda f: f.pick(CLINICS)),
            "industry": G(lambda f: "Healthcare"),
            "employees": G(lambda f: f.pick([25, 60, 140, 300])),
            "plan": G(lambda f: f.pick(["clinic_basic", "clinic_pro"])),
            "website": G(lambda f: f.pick(["https://harleyfertility.example", "https://novavita.example"])),
            "contactEmail": G(
                lambda f: f.pick(
                    [
                        "info@harleyfertility.example",
                        "rejestracja@novavita.example",
                        "support@lonestarivf.example",
                    ]
                )
            ),
            "contactPhone": G(lambda f: f.pick(["+44 20 7123 4500", "+48 58 555 01 20", "+1 512-555-0110"])),
            "hq_city": G(lambda f: f.pick(["London", "Gdańsk", "Austin"])),
            "createdAt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Login Failed",
        "node",
        {
            "email_attempted": Y(lambda f: f.mail(), "email"),
            "reason": G(lambda f: f.pick(["wrong_password", "unknown_user", "locked"])),
            "attempt_count": G(lambda f: f.r.randint(1, 6)),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
        1,
    ),
    (
        "track",
        "Partner Joined",
        "node",
        {
            "partner_user_id": G(lambda f: "usr_" + f.hexid(12)),
            "inviter_user_id": G(lambda f: "usr_" + f.hexid(12)),
            "partner_email": Y(lambda f: f.mail(), "email"),
            "relationship": G(lambda f: f.pick(["partner", "spouse", "co-parent", "donor"])),
            "partner_sex": Y(lambda f: f.pick(["male", "female"]), "sex|gender"),
            "family_path": Y(
                lambda f: f.pick(
                    [
                        "same_sex_couple",
                        "female_couple",
                        "male_couple_surrogacy",
                        "opposite_sex_couple",
                        "solo",
                    ]
                ),
                "sexual orientation",
            ),
            "scopes_granted": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Referral Sent",
        "node",
        {
            "referral_code": G(lambda f: "OVL-" + f.invite_code()[:6]),
            "friend_name": Y(lambda f: f.full(), "name"),
            "friend_email": Y(lambda f: f.mail(), "email"),
            "channel": G(lambda f: f.pick(["email", "sms", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([5, 10])),
        },
        1,
    ),
    (
        "track",
        "Support Ticket Created",
        "node",
        {
            "ticket_id": G(lambda f: f.digits(6)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Can't log my period",
                        "Refund request",
                        "Partner can't see my calendar",
                        "Sync with Oura broken",
                    ]
                )
            ),
            "description": Y(
                lambda f: f.pick(
                    [
                        lambda f: f"Please reply to {f.mail()}, I no longer use the app login",
                        lambda f: f"Charged twice. Call me on {f.tel()}",
                        lambda f: f"My partner {f.mail()} never got the invite",
                        lambda f: f"Can someone ring {f.tel()}? The app crashes on the calendar",
                    ]
                )(f),
                "email|phone",
                True,
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "requester": {"name": Y(lambda f: f.full(), "name"), "email": Y(lambda f: f.mail(), "email")},
            "assignee": Y(lambda f: f.any_full(), "name"),
            "tags": Many(G(lambda f: f.pick(["billing", "android", "ios", "partner_sharing"])), 2),
        },
        1,
    ),
    (
        "track",
        "Consultation Booked",
        "node_plain",
        {
            "event_type": G(lambda f: f.pick(["Free 15-min fertility nurse call", "IVF cost consult"])),
            "start_time": G(lambda f: f.iso()),
            "invitee": {
                "name": Y(lambda f: f.full(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "timezone": G(lambda f: f.pick(["Europe/London", "America/Chicago", "Europe/Warsaw"])),
            },
            "questions_and_answers": Many(
                {
                    "question": G(lambda f: f.pick(["Phone number", "Mobile for SMS reminders"])),
                    "answer": Y(lambda f: f.tel(), "phone", True),
                    "position": G(lambda f: f.r.randint(0, 3)),
                },
                2,
            ),
            "cancel_url": G(lambda f: "https://calendly.com/cancellations/" + f.uuid()),
            "location": {
                "type": G(lambda f: "zoom"),
                "join_url": G(lambda f: "https://us06web.zoom.us/j/" + f.digits(11)),
            },
        },
        1,
    ),
    # -- backend: auth and messaging (python, go) ----------------------------------------------------
    (
        "track",
        "Magic Link Requested",
        "python",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "link": RED(
                lambda f: f"https://ovella.app/auth/verify?token={f.b64url(43)}&redirect=%2Ftoday",
                "token",
                True,
            ),
            "expires_in": G(lambda f: 900),
            "client": G(lambda f: f.pick(["ios", "android", "web"])),
        },
        1,
    ),
    (
        "track",
        "Verification Code Sent",
        "python",
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "phone_number": Y(lambda f: f.tel(), "phone"),
            "code": RED(lambda f: f.otp(), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "messagebird"])),
        },
        1,
    ),
    (
        "track",
        "NHS Login Linked",
        "python",
        {
            "nhs_number": RED(lambda f: f.nhs_number(), "health id"),
            "nhs_login_sub": G(lambda f: f.uuid()),
            "identity_proofing_level": G(lambda f: f.pick(["P5", "P9"])),
            "gp_ods_code": G(lambda f: f.pick(["Y02906", "F84003", "B82005"])),
            "linked_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Clinic Referral Sent",
        "python",
        {
            "referral_id": G(lambda f: f.uuid()),
            "nhs_number": RED(lambda f: f.nhs_number(), "health id"),
            "patient": {
                "first_name": Y(lambda f: f.woman(), "name"),
                "last_name": Y(lambda f: f.surname(), "name"),
                "date_of_birth": Y(lambda f: f.date(1980, 2002), "birthdate"),
                "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
                "gp_practice": G(
                    lambda f: f.pick(["Riverside Medical Centre", "The Grove Surgery", "Park Lane Practice"])
                ),
            },
            "referring_clinician": Y(lambda f: f.clinician(), "name"),
            "diagnosis": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "amh_pmol_l": Y(lambda f: round(f.r.uniform(0.5, 45), 1), "condition"),
            "funding": G(lambda f: f.pick(["NHS", "self_funded", "ICB_exception"])),
            "clinic_name": G(lambda f: f.pick(CLINICS)),
        },
        1,
    ),
    (
        "track",
        "SMS Status Webhook",
        "go",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.pick([f.uk_mobile(), f.pl_phone(), f.us_phone()]), "phone", True),
            "From": G(lambda f: f.pick(["+447700155123", "+48732100200", "+15125550177", "OVELLA"])),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
        1,
    ),
    (
        "track",
        "Email Event",
        "go",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.b64url(22)),
            "sg_message_id": G(lambda f: f.b64url(22) + ".filterdrecv-" + f.hexid(8)),
            "smtp-id": G(lambda f: f"<{f.b64url(22)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
            "category": Many(G(lambda f: f.pick(["cycle_reminder", "weekly_digest", "receipt"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "from": G(lambda f: f.pick(["no-reply@ovella.app", "hello@ovella.app"])),
        },
        1,
    ),
    (
        "track",
        "Integration Connected",
        "go",
        {
            "provider": G(lambda f: f.pick(["oura", "fitbit", "garmin"])),
            "access_token": RED(lambda f: f.b64url(64), "token"),
            "refresh_token": RED(lambda f: f.b64url(48), "token"),
            "scopes": Many(G(lambda f: f.pick(["daily", "heartrate", "temperature", "sleep"])), 3),
            "expires_in": G(lambda f: f.pick([3600, 86400])),
        },
        1,
    ),
    # -- US clinic EHR bridge (java, .NET), eligibility (ruby) ---------------------------------------
    (
        "track",
        "Lab Result Received",
        "java",
        {
            "resultId": G(lambda f: f.uuid()),
            "mrn": RED(lambda f: f.mrn(), "health id"),
            "patientDob": Y(lambda f: f.date(1980, 2002), "birthdate"),
            "testCode": G(lambda f: f.pick(["83112-3", "15067-2", "2243-4", "21440-3"])),
            "testName": Y(
                lambda f: f.pick(["Anti-Mullerian hormone", "FSH", "Estradiol", "hCG quantitative"]),
                "procedure",
            ),
            "resultValue": Y(lambda f: round(f.r.uniform(0.2, 900), 2), "condition"),
            "unit": G(lambda f: f.pick(["ng/mL", "mIU/mL", "pg/mL"])),
            "abnormalFlag": Y(lambda f: f.pick(["H", "L", "N"]), "condition"),
            "collectedAt": G(lambda f: f.iso()),
            "orderingProvider": Y(lambda f: f.clinician(), "name"),
            "lab": G(lambda f: f.pick(["Quest Diagnostics", "Labcorp"])),
            "insurance": {
                "payer": G(lambda f: f.pick(["Aetna", "Cigna", "UnitedHealthcare"])),
                "memberId": Y(lambda f: f.member_id(), "identification"),
                "groupNumber": G(lambda f: f.digits(6)),
                "subscriberName": Y(lambda f: f.any_full(), "name"),
                "relationship": G(lambda f: f.pick(["self", "spouse", "child"])),
            },
        },
        1,
    ),
    (
        "track",
        "Ultrasound Scan Uploaded",
        "java",
        {
            "scanId": G(lambda f: f.uuid()),
            "patientId": G(lambda f: f.digits(7)),
            "imageUrl": Y(
                lambda f: f"https://pacs.ovella-partners.example/scans/{f.uuid()}.png", "photo|condition"
            ),
            "follicleCount": Y(lambda f: f.r.randint(2, 24), "condition"),
            "endometriumMm": Y(lambda f: round(f.r.uniform(4, 14), 1), "condition"),
            "sonographer": Y(lambda f: f.any_full(), "name"),
            "scannedAt": G(lambda f: f.iso()),
            "modality": G(lambda f: "US"),
            "sha256": G(lambda f: f.hexid(64)),
        },
        1,
    ),
    (
        "track",
        "Data Export Requested",
        "java",
        {
            "requestId": G(lambda f: f.uuid()),
            "requesterEmail": Y(lambda f: f.mail(), "email"),
            "scope": G(lambda f: f.pick(["all", "cycle_data", "community"])),
            "status": G(lambda f: f.pick(["received", "verifying", "completed"])),
            "verifiedVia": G(lambda f: f.pick(["email_link", "in_app"])),
        },
        1,
    ),
    (
        "identify",
        None,
        "java",
        {
            "USER_ID": G(lambda f: "usr_" + f.hexid(12)),
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.woman(), "name"),
            "LIFETIME_VALUE": G(lambda f: f.money(0, 400)),
            "CYCLES_LOGGED": G(lambda f: f.r.randint(0, 60)),
            "IS_PREMIUM": G(lambda f: f.pick([True, False])),
            "LAST_SEEN_AT": G(lambda f: f.iso()),
            "COUNTRY_CODE": G(lambda f: f.pick(["GB", "US", "PL"])),
            "PREGNANCY_STATUS": Y(
                lambda f: f.pick(["not_pregnant", "pregnant", "postpartum", "ttc"]), "condition"
            ),
            "AGE": G(lambda f: f.r.randint(19, 46)),
            "HOME_POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
        },
        1,
    ),
    (
        "track",
        "Eligibility Checked",
        "ruby",
        {
            "employer": G(lambda f: f.pick(["Acme Health Systems", "Texas Instruments", "Wells Fargo"])),
            "benefit_provider": G(lambda f: f.pick(["Progyny", "Carrot Fertility", "Maven"])),
            "member_id": Y(lambda f: f.member_id(), "identification"),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "subscriber_dob": Y(lambda f: f.date(1975, 2000), "birthdate"),
            "plan_tier": G(lambda f: f.pick(["core", "premium"])),
            "smart_cycles_remaining": G(lambda f: f.pick([0, 1, 2, 3])),
            "benefit_remaining_usd": G(lambda f: f.pick([0, 5000, 20000, 30000])),
            "coverage_active": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Account Deleted",
        "ruby",
        {
            "reason": G(
                lambda f: f.pick(["privacy_concerns", "switched_app", "too_expensive", "not_useful"])
            ),
            "data_retention_days": G(lambda f: 30),
            "had_partner": G(lambda f: f.pick([True, False])),
            "account_age_days": G(lambda f: f.r.randint(1, 2000)),
        },
        1,
    ),
    (
        "track",
        "PatientRegistered",
        "dotnet",
        {
            "PatientId": G(lambda f: f.digits(7)),
            "Mrn": RED(lambda f: f.mrn(), "health id"),
            "FirstName": Y(lambda f: f.woman(), "name"),
            "LastName": Y(lambda f: f.surname(), "name"),
            "DateOfBirth": Y(lambda f: f.date(1980, 2002) + "T00:00:00", "birthdate"),
            "Sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex|gender"),
            "Email": Y(lambda f: f.mail(), "email"),
            "MobilePhone": Y(lambda f: f.us_phone(), "phone"),
            "HomeAddress": {
                "Street": Y(lambda f: f.us_street(), "street|address"),
                "City": Y(lambda f: f.pick(US_CITIES), "city"),
                "State": G(lambda f: f.pick(["TX", "NY", "CA", "GA", "CO"])),
                "ZipCode": Y(lambda f: f.us_zip(), "zipcode"),
            },
            "InsuranceProvider": G(lambda f: f.pick(["Aetna", "Cigna", "UnitedHealthcare", "Self-pay"])),
            "PolicyNumber": Y(lambda f: f.member_id(), "identification"),
            "Ethnicity": Y(
                lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", "Declined"]), "ethnicity"
            ),
            "Religion": Y(lambda f: f.pick(["Catholic", "Jewish", "Muslim", "None", "Declined"]), "religion"),
            "ReferralSource": G(lambda f: f.pick(["Ovella app", "OBGYN", "Website"])),
            "CreatedUtc": G(lambda f: f.iso()),
            "IsActive": G(lambda f: True),
        },
        1,
    ),
    (
        "track",
        "EmbryoTransferScheduled",
        "dotnet",
        {
            "CycleId": G(lambda f: f.digits(6)),
            "PatientId": G(lambda f: f.digits(7)),
            "TransferDate": G(lambda f: f.day() + "T09:30:00"),
            "EmbryoCount": G(lambda f: f.pick([1, 2])),
            "Protocol": Y(lambda f: f.pick(["FET natural cycle", "FET HRT", "fresh transfer"]), "procedure"),
            "Embryologist": Y(lambda f: f.any_full(), "name"),
            "Consultant": Y(lambda f: f.clinician(), "name"),
            "ClinicSite": G(lambda f: f.pick(["Austin Central", "Round Rock"])),
            "EstimatedCost": G(lambda f: f.pick([4500, 6200])),
        },
        1,
    ),
    # -- Polish clinic backend (php) -----------------------------------------------------------------
    (
        "track",
        "Wizyta Umówiona",
        "php",
        {
            "id_wizyty": G(lambda f: f.digits(8)),
            "imie": Y(lambda f: f.pick(PL_WOMEN), "name"),
            "nazwisko": Y(lambda f: f.pick(PL_SURNAMES), "name"),
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "seria_i_numer_dowodu": RED(lambda f: f.pl_id_card(), "national id"),
            "telefon": Y(lambda f: f.pl_phone(), "phone"),
            "email": Y(lambda f: f.mail(f.pick(PL_WOMEN), f.pick(PL_SURNAMES)), "email"),
            "data_urodzenia": Y(lambda f: f.date(1980, 2002), "birthdate"),
            "adres": {
                "ulica": Y(lambda f: f.pl_street(), "street|address"),
                "kod_pocztowy": Y(lambda f: f.pl_postcode(), "zipcode"),
                "miasto": Y(lambda f: f.pick(PL_CITIES), "city"),
            },
            "klinika": G(lambda f: f.pick(["Klinika Nova Vita", "Centrum Leczenia Niepłodności Bocian"])),
            "lekarz": Y(
                lambda f: "dr n. med. " + f.pick(PL_WOMEN + PL_MEN) + " " + f.pick(PL_SURNAMES), "name"
            ),
            "rodzaj_wizyty": Y(
                lambda f: f.pick(
                    ["punkcja jajników", "transfer zarodka", "inseminacja", "monitoring owulacji"]
                ),
                "procedure",
            ),
            "termin": G(lambda f: f.day() + " " + f.pick(["08:30", "11:00", "14:15"])),
            "cena": G(lambda f: f.pick([350, 450, 9800])),
            "waluta": G(lambda f: "PLN"),
            "nip_placowki": G(lambda f: f.pick(["5842736129", "6762474853"])),
            "zgoda_marketingowa": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Płatność Zrealizowana",
        "php",
        {
            "numer_faktury": G(lambda f: f"FV/{f.r.randint(1, 999)}/2024"),
            "kwota": G(lambda f: f.pick([350, 450, 9800, 12500])),
            "waluta": G(lambda f: "PLN"),
            "metoda": G(lambda f: f.pick(["BLIK", "przelew", "karta"])),
            "kod_blik": RED(lambda f: f.otp(), "token"),
            "numer_konta": RED(lambda f: f.pl_iban(), "bank account"),
            "nazwa_platnika": Y(lambda f: f.pl_full(), "name"),
            "id_transakcji": G(
                lambda f: "P24-" + f.hexid(3).upper() + "-" + f.hexid(3).upper() + "-" + f.hexid(3).upper()
            ),
        },
        1,
    ),
    (
        "track",
        "Refund Issued",
        "python_plain",
        {
            "refund_id": G(lambda f: f.stripe("re_3P", 22)),
            "amount": G(lambda f: f.money(5, 90)),
            "currency": G(lambda f: "GBP"),
            "bank": {
                "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-99-50", "60-16-13"])),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
                "account_name": Y(lambda f: f.full(), "name"),
            },
            "reason": G(lambda f: f.pick(["duplicate", "requested_by_customer"])),
        },
        1,
    ),
    (
        "track",
        "Treatment Abroad Package Booked",
        "php",
        {
            "pakiet_id": G(lambda f: f.digits(6)),
            "package": G(
                lambda f: f.pick(["IVF Gdańsk 7 nights", "Egg donation Kraków", "FET weekend Warszawa"])
            ),
            "patient_passport_number": RED(lambda f: f.passport(), "passport"),
            "nationality": Y(lambda f: f.pick(["British", "Irish", "Norwegian", "American"]), "citizenship"),
            "companion": {
                "full_name": Y(lambda f: f.pick(MEN + WOMEN) + " " + f.surname(), "name"),
                "relationship": G(lambda f: f.pick(["partner", "mother", "friend", "sister"])),
            },
            "flight_number": G(lambda f: f.pick(["W6 1348", "FR 2561", "LO 282", "BA 852"])),
            "arrival_date": G(lambda f: f.day()),
            "hotel_name": G(
                lambda f: f.pick(["Hotel Gdańsk Boutique", "Radisson Blu Kraków", "Puro Warszawa"])
            ),
            "hotel_city": G(lambda f: f.pick(PL_CITIES)),
            "transfer_from_airport": G(lambda f: f.pick([True, False])),
            "total_eur": G(lambda f: f.pick([3900, 4600, 6200])),
        },
        1,
    ),
    (
        "track",
        "DepositPaymentAttempted",
        "dotnet",
        {
            "DepositId": G(lambda f: f.uuid()),
            "PatientId": G(lambda f: f.digits(7)),
            "Amount": G(lambda f: f.pick([500, 1000, 2500])),
            "Currency": G(lambda f: "USD"),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardHolder": Y(lambda f: f.full(), "name"),
            "ExpiryMonth": G(lambda f: f.r.randint(1, 12)),
            "ExpiryYear": G(lambda f: f.r.randint(2025, 2031)),
            "Bin": G(lambda f: f.pick(["414720", "546616", "371385"])),
            "AuthCode": G(lambda f: f.hexid(6).upper()),
            "GatewayResponse": G(lambda f: f.pick(["Approved", "Do Not Honor", "Insufficient Funds"])),
            "AttemptedUtc": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Clinic Integration Configured",
        "go",
        {
            "clinic_id": G(lambda f: f.digits(4)),
            "endpoint_url": G(
                lambda f: f.pick(
                    [
                        "https://api.harleyfertility.example/ovella/webhook",
                        "https://novavita.example/hooks/ovella",
                    ]
                )
            ),
            "signing_secret": RED(lambda f: "whsec_" + "".join(f.pick(ALNUM) for _ in range(32)), "secret"),
            "events": Many(G(lambda f: f.pick(["appointment.booked", "result.ready", "cycle.started"])), 3),
            "ehr_vendor": G(lambda f: f.pick(["eIVF", "Meditex", "IDEAS"])),
            "enabled": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    ("alias", None, "python_plain", None, 1),
]

WEB_PAGES_BY_EVENT = {
    "Clinic Searched": ["/clinics"],
    "Clinic Viewed": ["/clinics/harley-fertility-centre", "/clinics/lone-star-ivf", "/pl/kliniki/nova-vita"],
    "Job Application Submitted": ["/careers/apply"],
    "Patient Searched": ["/portal/patients"],
    "Patient Note Added": ["/portal/patients/notes"],
}

# -- checks for value-only labels ---------------------------------------------------------------------

PHONE_RE = re.compile(
    r"(\+\d[\d \-]{8,}|\(\d{3}\) \d{3}-\d{4}|\b0\d{4} ?\d{6}\b|\b\d{3}[ .\-]\d{3}[ .\-]\d{3,4}\b)"
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
VALUE_CHECKS = {
    "email": lambda v: bool(EMAIL_RE.search(str(v))),
    "phone": lambda v: bool(PHONE_RE.search(str(v))),
    "name": lambda v: any(
        n in str(v)
        for n in WOMEN + MEN + SURNAMES + PL_WOMEN + PL_SURNAMES + [ascii_fold(s) for s in SURNAMES]
    ),
    "token": lambda v: "token=" in str(v) or "code=" in str(v),
    "condition": lambda v: bool(str(v).strip()),
}


def check_value_only(events, labels):
    from portal.events import flatten

    values: dict[str, list] = {}
    for event in events:
        for path, value in flatten(event):
            values.setdefault(path, []).append(value)
    for path, label in labels.items():
        if not (label["value_only"] and label["classification"] != "green"):
            continue
        types = label["type"].split("|")
        for value in values.get(path, []):
            if not any(VALUE_CHECKS[t](value) for t in types if t in VALUE_CHECKS):
                raise SystemExit(f"value-only path {path} holds {value!r} without its PII")


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body, weight in EVENTS:
            for _ in range(weight):
                msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
                if client in ("web", "swift", "kotlin", "rn", "flutter"):
                    msg["anonymousId"] = f.uuid()
                msg["userId"] = "usr_" + f.hexid(12)
                label = f.pick(name) if isinstance(name, list) else name
                if kind == "track":
                    msg["event"] = label
                elif kind in ("page", "screen"):
                    msg["name"] = label
                elif kind == "group":
                    msg["groupId"] = "clinic_" + f.digits(4)
                elif kind == "alias":
                    msg["previousId"] = f.uuid()
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                if client == "web":
                    pages = WEB_PAGES_BY_EVENT.get(label, WEB_PAGES)
                    ctx = web_context(f, pages)
                else:
                    ctx = CONTEXTS[client](f)
                msg["context"] = render(ctx, f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=140, repeats=22)
    check_value_only(events, labels)
    write(Path(__file__).parent, "holdout140_", events, labels)
