"""Writes holdout 86: tests/corpus/holdout86_events.jsonl and holdout86_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers only, without
reading the detection engine, its vocabularies, its tests or any other corpus's labels, and
without running the engine on these events. Nothing here was tuned to the engine.

Domain: a school communication and classroom app ("Nestling", ClassDojo/Seesaw-like) used in the
US, the UK and Mexico. Teachers run classes and rosters, invite parents, award behaviour points,
post portfolio photos of children's work, take attendance; parents report absences (illness),
sign permission slips, top up lunch balances, pay fees and trips, keep emergency contacts,
allergies and medical notes; school staff record special educational needs and safeguarding
concerns. Mexican families use a Flutter app (English keys, Mexican values: CURP, RFC, CLABE,
IMSS NSS, INE voter key); Mexican schools' PHP, Go and Node backends send Spanish keys.
Messages are identify / track / page / screen / group / alias calls with the context blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the python, node, go, java, ruby, php and .NET server libraries; Stripe-, GoCardless-, Twilio-,
SendGrid-, Zendesk-, Meta-CAPI- and MIS-shaped vendor payloads; a reverse-ETL identify with
SCREAMING_SNAKE warehouse columns; e-commerce spec events for fees, trips and uniform.

Conventions: mostly camelCase (web and mobile) and snake_case (server, e-commerce spec); just under
a fifth of paths are PascalCase (.NET MIS sync, Twilio), kebab-case (the lunch-benefit service),
SCREAMING_SNAKE (warehouse sync) or Spanish. A path is one identity wherever it occurs (e.g.
`properties.text` means the same in every event that sends it), so every path has one label.

Labelling rules (the brief's, followed exactly):
- classification red / yellow / green; type is the reference's default matcher name where one
  fits, else `geolocation`, `secret`, `national id`, `health id`, `bank account`, `credit card`,
  `advertising id`; `a|b` when either is fair. Colours are the reference's defaults (disability,
  social security number, token, password, credit card red; name, email, phone, address, city,
  zipcode, birthdate, gender, photo, condition, allergy, medication, religion, ethnicity, race,
  certificate, license, salary, ip ... yellow); outside the reference: secrets, cards, bank
  accounts, government ids, health ids red, geolocation and advertising ids yellow.
- PII covers the user and everyone else named in an event: children, parents, guardians,
  emergency and pickup contacts, teachers and staff, volunteers, support requesters.
- Green: ids the app, school or a vendor issues (student ids, matricula, invoice and receipt
  numbers, payroll numbers, mandates, Twilio/SendGrid ids, OXXO references), versions,
  timestamps, hashes of files, amounts, enums, counters and booleans under PII-sounding keys
  (emailVerified, phoneVerified, passwordStrength, parentsConnectedCount, photoConsent), class,
  school, product, trip and pet names, the school's own phone, e-mail and address (group traits,
  Twilio `From`), places that are not a person's (trip venue, calendar location), country,
  state, locale, language, timezone, currency, user agents, OS-issued device ids (IDFV, Android
  app-set ids).
  Card brand, last four and expiry, sort codes and a bank-account ending are green; the last four
  of an SSN are red. Relationship to the child, job role, age and year group are green.
- Policy cases: billing addresses yellow `address`; vehicle plates yellow `license`; hourly
  rates yellow `salary`; gclid/fbclid/fbp/fbc yellow `advertising id`; payment-method tokens,
  invite codes, class join codes, one-time codes and reset tokens red `token|secret`.
- value_only is true when the key does not say what the value is (`value`, `q`, `label`,
  `text`, `note`, `input`, `body`, `description`, `loginIdentifier`, `personalisation`,
  `joinUrl`, `file_name` ...). Every value of a value_only PII path carries that PII (each
  message text names a person, each join URL carries its passcode); free text whose values
  carry none (announcements, captions, app feedback) is green. Free text under a key that names
  its content (`medicalNotes`) is labelled by the key, though some values are "None".
Decisions the brief leaves open, taken as a careful privacy owner at a mid-size company would:
- An absence reason (`absenceReason`, Spanish `motivo_falta`) is yellow `condition`
  even though some values are "holiday": the field exists to record illness of a child.
  A safeguarding concern category (which lists self-harm and neglect) is yellow `condition`.
- Means-tested eligibility (free or reduced lunch, free school meals) reveals household income:
  yellow `salary`, like the household income itself.
- A dietary requirement whose values include halal, kosher and gluten-free is yellow
  `religion|allergy`; a boolean that reveals an allergy or a need for medication at school is
  yellow `allergy` / `medication`; SEN status, primary need, EHC plans, access arrangements and
  SEN provisions are red `disability`; blood type is yellow `condition`.
- Government pupil and citizen numbers (UK UPN, CURP, RFC, INE voter key) are red `national id`;
  the NHS number is red `health id`; the IMSS social-security number red `national id|health id`;
  a UK DBS certificate number is yellow `certificate`.
- Media uploaded to a child's portfolio or journal, profile photos, ID-card photos: yellow
  `photo`. Push-notification device tokens: red `token` (they let anyone message the device).
- Hashed e-mail, phone and names sent to Meta's Conversions API (`user_data.em`, `ph`, `fn`,
  `ln`) are still the person's identifiers: yellow `email` / `phone` / `name`, not value_only
  (the vendor's keys say what was hashed); `external_id` (our user id, hashed) is green.
- A meeting join URL carrying its passcode (`pwd=`) is red `password|secret`, value_only.
- The recipient of an open/click e-mail webhook is a person: its `ip` is yellow `ip`.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

FIRST = [
    "Olivia", "Liam", "Aaliyah", "Jayden", "Sofía", "Santiago", "Ximena", "Diego", "Valentina",
    "Mateo", "Oliver", "Amelia", "Isla", "Harry", "Freya", "Muhammad", "Aisha", "Zainab", "Yusuf",
    "Priya", "Arjun", "Anaya", "Rohan", "Chloe", "Ethan", "Mia", "Noah", "Ava", "Lucas", "Wei",
    "Jia", "Min-jun", "Seo-yeon", "Hiroshi", "Yuki", "Chidi", "Ngozi", "Adebayo", "Amara", "Kofi",
    "Ama", "Zofia", "Jakub", "Oksana", "Dmitri", "Siobhan", "Cian", "Ffion", "Rhys", "Layla",
    "Omar", "Thandiwe", "Sipho", "Linh", "Bao", "Malia", "Keanu", "Dakota", "Imani", "DeShawn",
    "Brooklyn", "Harper", "Elijah", "Grace", "Tomasz", "Ines", "Rafael", "Leilani", "Nia",
]  # fmt: skip
LAST = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "García", "Martínez", "Hernández", "López",
    "González", "Rodríguez", "Pérez", "Patel", "Khan", "Ahmed", "Begum", "Singh", "Kaur",
    "Okafor", "Adeyemi", "Mensah", "Nguyen", "Tran", "Kim", "Park", "Wang", "Zhang", "Tanaka",
    "Kowalski", "Nowak", "O'Connor", "Murphy", "Evans", "Davies", "Taylor", "Wright", "Hughes",
    "Robinson", "Jackson", "Cohen", "Haddad", "Nasser", "Santos", "Okonkwo", "Washington",
    "Yazzie", "Reyes", "Campbell", "MacLeod", "Bhatt", "Chowdhury", "Abdi", "Osei", "Ferreira",
]  # fmt: skip
MX_FIRST = [
    "Ximena", "Regina", "Emiliano", "Santiago", "Valentina", "Camila", "Leonardo", "Fernanda",
    "José Luis", "María Fernanda", "Itzel", "Diego", "Renata", "Sebastián", "Guadalupe", "Alejandro",
    "Daniela", "Mauricio", "Andrea", "Iker", "Citlali", "Rodrigo", "Brenda", "Juan Pablo",
]  # fmt: skip
MX_LAST = [
    "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez",
    "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz",
    "Torres", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Castillo", "Chávez", "Xolalpa",
]  # fmt: skip
MAIL = [
    "gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "btinternet.com",
    "prodigy.net.mx", "hotmail.com", "live.com.mx", "aol.com", "sky.com", "comcast.net",
]  # fmt: skip
SCHOOL_DOMAINS = ["lincolnelem.org", "stmarys.sch.uk", "oakridge.k12.tx.us", "colegio-cumbres.edu.mx",
                  "westfieldprimary.org.uk", "riverside-usd.org"]  # fmt: skip
US_STREETS = ["Maple Ave", "Oak St", "W 63rd St", "Elm Dr", "Sunset Blvd", "Pine Ridge Rd", "Cedar Ln",
              "N Halsted St", "Brookside Ct", "Magnolia Way"]  # fmt: skip
UK_STREETS = ["Church Lane", "Victoria Road", "Park Avenue", "Mill Street", "Kingsway", "Station Road",
              "Beech Grove", "Hollybank Close", "Queen's Drive"]  # fmt: skip
MX_STREETS = ["Av. Insurgentes Sur", "Calle Hidalgo", "Av. Vallarta", "Calle Morelos", "Av. Juárez",
              "Calle 60", "Privada de los Pinos", "Av. Constitución"]  # fmt: skip
MX_COLONIAS = ["Col. Del Valle", "Col. Roma Norte", "Col. Providencia", "Col. Centro", "Col. Narvarte",
               "Fracc. Las Américas", "Col. Mitras Centro"]  # fmt: skip
US_CITIES = ["Chicago", "Houston", "Fresno", "Columbus", "Phoenix", "Albuquerque", "Atlanta", "Newark"]
UK_CITIES = ["Leeds", "Bristol", "Manchester", "Croydon", "Cardiff", "Leicester", "Glasgow", "Norwich"]
MX_CITIES = ["Guadalajara", "Monterrey", "Puebla", "Ciudad de México", "Mérida", "Querétaro", "Tijuana"]
UK_OUTWARD = ["LS6", "M14", "BS3", "SE15", "B29", "NG7", "CF24", "EH9", "LE2", "CR0", "NR2", "G12"]
CITY_COORDS = [(41.88, -87.63), (29.76, -95.37), (36.74, -119.79), (53.80, -1.55), (51.45, -2.59),
               (53.48, -2.24), (20.67, -103.35), (25.69, -100.32), (19.43, -99.13),
               (21.0, -89.62)]  # fmt: skip
SKILLS = ["Helping others", "On task", "Teamwork", "Working hard", "Participating", "Persistence",
          "Kindness", "Off task", "Talking out of turn", "Unprepared"]  # fmt: skip
CLASS_NAMES = ["Year 4 Maple", "Room 12", "3rd Grade Math", "Reception Owls", "5B", "Kindergarten AM",
               "2do A", "Year 6 Science", "Grade 1 Sunflowers"]  # fmt: skip
TRIPS = ["Science Museum Visit", "Zoo Trip", "Year 6 Residential", "Pumpkin Patch", "Museo Papalote",
         "Swimming Gala", "Planetarium"]  # fmt: skip
WEB_UAS = [
    "Mozilla/5.0 (X11; CrOS x86_64 15633.69.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.212 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


class SchoolFake(Fake):
    """Fake with names, phones, addresses and ids from the US, the UK and Mexico."""

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def mx_first(self):
        return self.pick(MX_FIRST)

    def mx_last(self):
        return self.pick(MX_LAST)

    def mx_full(self):
        return f"{self.mx_first()} {self.mx_last()} {self.mx_last()}"

    def teacher(self):
        return f"{self.pick(['Ms.', 'Mr.', 'Mrs', 'Miss', 'Mx.', 'Maestra', 'Profe'])} {self.last()}"

    @staticmethod
    def _ascii(s):
        table = str.maketrans("áéíóúñüÁÉÍÓÚÑ", "aeiounuAEIOUN")
        return s.translate(table).replace("'", "").replace(" ", "").replace("-", "")

    def email(self, first=None, last=None):
        first = self._ascii(first or self.first()).lower()
        last = self._ascii(last or self.last()).lower()
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
                f"{first}_{last[:4]}",
            ]
        )
        return f"{user}@{self.pick(MAIL)}"

    def mx_email(self):
        return self.email(self.mx_first(), self.mx_last())

    def staff_email(self):
        user = f"{self._ascii(self.first())[0].lower()}{self._ascii(self.last()).lower()}"
        return f"{user}@{self.pick(SCHOOL_DOMAINS)}"

    def phone_us(self):
        a, e, n = self.r.randint(201, 989), self.r.randint(201, 999), self.r.randint(0, 9999)
        return self.pick([f"+1{a}{e}{n:04d}", f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"{a}.{e}.{n:04d}"])

    def phone_uk(self):
        a, b = self.r.randint(7000, 7999), self.r.randint(100000, 999999)
        return self.pick(
            [f"0{a} {b}", f"+44 {a} {b}", f"+44{a}{b}", f"020 {self.r.randint(7000, 8999)} {self.digits(4)}"]
        )

    def phone_mx(self):
        area = self.pick(["55", "33", "81", "222", "999"])
        rest = self.digits(10 - len(area))
        cut = 4 if len(area) == 2 else 3
        head, tail = rest[:cut], rest[cut:]
        return self.pick(
            [
                f"+52 {area} {head} {tail}",
                f"+521{area}{rest}",
                f"{area} {head} {tail}",
                f"({area}) {head}-{tail}",
            ]
        )

    def phone(self, style=None):
        return self.pick([self.phone_us, self.phone_uk, self.phone_mx])()

    def street(self):
        return self.pick(
            [
                lambda: f"{self.r.randint(100, 9999)} {self.pick(US_STREETS)}",
                lambda: f"{self.r.randint(1, 220)} {self.pick(UK_STREETS)}",
                lambda: f"{self.pick(MX_STREETS)} {self.r.randint(10, 3200)}, {self.pick(MX_COLONIAS)}",
            ]
        )()

    def city(self):
        return self.pick(self.pick([US_CITIES, UK_CITIES, MX_CITIES]))

    def uk_postcode(self):
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{self.pick(UK_OUTWARD)} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def zip(self):
        return self.pick(
            [
                lambda: f"{self.r.randint(10000, 99999)}",
                lambda: f"{self.r.randint(10000, 99999)}-{self.r.randint(1000, 9999)}",
                self.uk_postcode,
                lambda: f"{self.r.randint(1000, 99999):05d}",
            ]
        )()

    def full_address(self):
        return self.pick(
            [
                lambda: (
                    f"{self.r.randint(100, 9999)} {self.pick(US_STREETS)}, {self.pick(US_CITIES)}, IL "
                    f"{self.r.randint(60000, 60999)}"
                ),
                lambda: (
                    f"{self.r.randint(1, 220)} {self.pick(UK_STREETS)}, {self.pick(UK_CITIES)} "
                    f"{self.uk_postcode()}"
                ),
                lambda: (
                    f"{self.pick(MX_STREETS)} {self.r.randint(10, 3200)}, {self.pick(MX_COLONIAS)}, "
                    f"C.P. {self.r.randint(1000, 99999):05d}, {self.pick(MX_CITIES)}"
                ),
            ]
        )()

    def child_dob(self):
        return f"{self.r.randint(2011, 2020)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def near(self):
        lat, lon = self.pick(CITY_COORDS)
        return round(lat + self.r.uniform(-0.08, 0.08), 6), round(lon + self.r.uniform(-0.08, 0.08), 6)

    def ipv4(self):
        return ".".join(
            str(x) for x in (self.pick([24, 73, 81, 86, 92, 98, 109, 174, 187, 189, 201]), *self._octets(3))
        )

    def _octets(self, n):
        return [self.r.randint(0, 255) for _ in range(n - 1)] + [self.r.randint(1, 254)]

    def ipv6(self):
        head = self.pick(["2a02:c7c", "2600:1700", "2806:2f0", "2a00:23c5", "2601:240"])
        return head + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def ip(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def code(self, n=6):
        return self.alnum(n, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def nhs(self):
        while True:
            body = [self.r.randint(0, 9) for _ in range(9)]
            body[0] = self.r.randint(4, 6)
            check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, body)) + str(check)
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def upn(self):
        digits = self.digits(12)
        total = sum(int(d) * w for d, w in zip(digits, range(2, 14), strict=True))
        return "ABCDEFGHJKLMNPQRTUVWXYZ"[total % 23] + digits

    def curp(self):
        cons = "BCDFGHJKLMNPQRSTVWXZ"
        year = self.r.randint(2011, 2020) if self.r.random() < 0.6 else self.r.randint(1975, 1995)
        body = (
            self.pick(cons)
            + self.pick("AEIOU")
            + self.pick(cons)
            + self.pick(cons + "AEIOU")
            + f"{year % 100:02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            + self.pick("HM")
            + self.pick(["DF", "JC", "NL", "PL", "YN", "QT", "BC", "MC"])
            + "".join(self.pick(cons) for _ in range(3))
            + (self.pick(string.digits) if year < 2000 else self.pick(string.ascii_uppercase))
        )
        alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        total = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def rfc(self):
        body = (
            "".join(self.pick(string.ascii_uppercase) for _ in range(4))
            + f"{self.r.randint(70, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            + self.alnum(2, "ABCDEFGHJKLMNPQRSTUVWXYZ123456789")
        )
        alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
        total = sum(alphabet.index(c) * (13 - i) for i, c in enumerate(body))
        check = 11 - total % 11
        return body + ("0" if check == 11 else "A" if check == 10 else str(check))

    def clabe(self):
        body = self.pick(["012", "072", "014", "002", "021", "137"]) + self.digits(3) + self.digits(11)
        total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def nss(self):
        return self.luhn_complete(self.digits(10))

    def ine(self):
        letters = "".join(self.pick(string.ascii_uppercase) for _ in range(6))
        dob = f"{self.r.randint(70, 99)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        return f"{letters}{dob}{self.r.randint(1, 32):02d}{self.pick('HM')}{self.digits(3)}"

    def plate(self):
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.pick(
            [
                lambda: f"{self.r.randint(1, 9)}{self.alnum(3, letters)}{self.digits(3)}",
                lambda: f"{self.alnum(2, letters)}{self.r.randint(10, 74)} {self.alnum(3, letters)}",
                lambda: f"{self.alnum(3, letters)}-{self.digits(3)}-{self.pick('ABCDEFGH')}",
            ]
        )()

    def gclid(self):
        return "Cj0KCQjw" + self.alnum(60, string.ascii_letters + string.digits + "-_") + "_BwE"

    def fbclid(self):
        return "IwAR" + self.alnum(58, string.ascii_letters + string.digits + "-_")

    def short_date(self):
        return f"2024-{self.r.randint(9, 12):02d}-{self.r.randint(1, 28):02d}"

    def uk_date(self):
        return f"{self.r.randint(1, 28):02d}/{self.r.randint(1, 12):02d}/2024"


# -- free text ---------------------------------------------------------------------------------------


def message_text(f: SchoolFake) -> str:
    kid = f.first()
    return f.pick(
        [
            f"Hi, {kid} will be picked up by her grandma {f.first()} today at 3:15.",
            f"{kid} had a great day, thank you!",
            f"Just a reminder that {kid} needs her PE kit tomorrow.",
            f"Hello {f.teacher()}, is there homework for {kid} this week?",
            f"Can {kid} stay for the after-school club on Thursday?",
            f"{kid} forgot his water bottle in class 🙂",
            f"Gracias maestra, {kid} ya está mejor.",
        ]
    )


def absence_note(f: SchoolFake) -> str:
    kid = f.first()
    return f.pick(
        [
            f"{kid} has a fever since last night, keeping him home.",
            f"{kid} was sick this morning (stomach bug).",
            f"{kid} has an ear infection, back Monday with antibiotics.",
            f"{kid} has had an asthma flare-up, doctor says 2 days rest.",
            f"{kid} tiene gripa y calentura, no asistirá hoy.",
            f"Migraine again for {kid}, she will come in after lunch.",
        ]
    )


def safeguarding_details(f: SchoolFake) -> str:
    kid = f.first()
    return f.pick(
        [
            f"{kid} arrived with bruising on left forearm, said he fell off a bike.",
            f"{kid} told TA she has not eaten since yesterday and feels dizzy.",
            f"{kid} disclosed self-harm (cuts on wrist) during PSHE, DSL informed.",
            f"{kid} appears very tired and withdrawn, complained of headaches all week.",
            f"Mum reports {kid} has panic attacks before school since September.",
        ]
    )


def teacher_comment(f: SchoolFake) -> str:
    kid = f.first()
    return f.pick(
        [
            f"Great teamwork from {kid} in maths today!",
            f"{kid} helped tidy the reading corner",
            f"Kind words to {kid} at lunch",
            f"{kid} and {f.first()} finished the science project together",
            f"{kid} needs reminders to stay on task",
        ]
    )


def student_journal(f: SchoolFake) -> str:
    kid = f.first()
    return f.pick(
        [
            f"My name is {kid} and I like dinosaurs",
            f"Today {kid} and me built a volcano",
            f"I am {kid}. My favourite food is pizza",
            f"{kid} read 3 books this week!!",
            f"Me llamo {kid} y me gusta dibujar",
        ]
    )


def push_body(f: SchoolFake) -> str:
    return f.pick(
        [
            f"{f.teacher()} sent you a message",
            f"{f.first()} received 3 points for Teamwork",
            f"{f.teacher()} posted a new photo in {f.pick(CLASS_NAMES)}",
            f"{f.first()} was marked absent today",
            f"New post on {f.first()}'s journal",
        ]
    )


def chat_input(f: SchoolFake) -> str:
    return f.pick(
        [
            f"I can't see {f.first()}'s points anymore",
            f"my email is {f.email()} but the invite went to my old one",
            f"how do I add {f.first()} to my account",
            f"please change my email to {f.email()}",
            f"{f.first()} {f.last()} is in the wrong class",
        ]
    )


def ticket_description(f: SchoolFake) -> str:
    return f.pick(
        [
            f"Not getting notifications. Please call me on {f.phone()}",
            f"I signed up with {f.email()} and cannot log in",
            f"Two accounts, one is {f.email()} please merge",
            f"Reach me at {f.phone()} after 6pm about the lunch refund",
        ]
    )


def announcement(f: SchoolFake) -> str:
    return f.pick(
        [
            "No habrá clases el lunes 16 de septiembre.",
            "Recuerden traer material para la feria de ciencias.",
            "Junta de padres el viernes a las 8:00 am en el auditorio.",
            "Festival del Día de Muertos: traer pan de muerto para la ofrenda.",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------


def app_block(name, namespace, versions):
    return {
        "name": G(lambda f: name),
        "version": G(lambda f: f.pick(versions)),
        "build": G(lambda f: f.pick(["4120", "4131", "4207", "4210"])),
        "namespace": G(lambda f: namespace),
    }


def mobile_traits():
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "role": G(lambda f: f.pick(["parent", "guardian", "teacher"])),
        "schoolId": G(lambda f: f.r.randint(10000, 99999)),
    }


def web_context(
    f: SchoolFake, pages=("/classes", "/classes/4821/roster", "/messages", "/reports", "/portfolio")
):
    page = f.pick(list(pages))
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0", "npm:next-1.70.2"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://classroom.google.com/"])),
            "search": G(lambda f: f.pick(["", "?tab=students", "?utm_source=newsletter&utm_medium=email"])),
            "title": G(
                lambda f: f.pick(["Nestling for Teachers", "Roster | Nestling", "Messages | Nestling"])
            ),
            "url": G(lambda f: "https://teach.nestling.app" + page),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["119", "124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: False),
            "platform": G(lambda f: f.pick(["Chrome OS", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-MX", "es-US"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "America/Mexico_City"])),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["back_to_school_2024", "teacher_referral", "parent_night"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "term": G(lambda f: f.pick(["classroom app", "behaviour chart", "parent messaging"])),
            "content": G(lambda f: f.pick(["hero_cta", "footer_link", "video_ad_a"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def swift_context(f: SchoolFake):
    return {
        "app": app_block("Nestling", "com.nestling.parent", ["4.12.0", "4.13.1", "4.14.0"]),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPad13,18", "iPhone12,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(
                lambda f: f.pick(
                    [f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]
                ),
                "advertising id",
            ),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-MX"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 820])),
            "height": G(lambda f: f.pick([844, 852, 1180])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/London", "America/Monterrey"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context(f: SchoolFake):
    return {
        "app": app_block("Nestling", "com.nestling.parent", ["4.12.0", "4.13.2"]),
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "moto g54 5G", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "cancunf", "tapas"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-MX", "pl-PL"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["T-Mobile", "EE", "Telcel", "Vodafone UK", "AT&T"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2400, 2340, 2209])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "America/Mexico_City"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def rn_context(f: SchoolFake):
    return {
        "app": app_block("Nestling Kids", "com.nestling.kids", ["2.3.0", "2.4.1", "2.5.0"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Amazon"])),
            "model": G(lambda f: f.pick(["iPad12,1", "SM-X200", "KFTRWI"])),
            "name": G(lambda f: f.pick(["iPad", "gta8wifi", "trona"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.20.3", "2.19.5"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-MX"])),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([810, 1340])), "height": G(lambda f: f.pick([1080, 800]))},
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Europe/London", "America/Mexico_City"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "firstName": Y(lambda f: f.first(), "name"),
            "role": G(lambda f: "student"),
            "schoolId": G(lambda f: f.r.randint(10000, 99999)),
        },
    }


def flutter_context(f: SchoolFake):
    return {
        "app": app_block("Nestling Escuelas", "mx.nestling.escuelas", ["1.8.0", "1.9.3"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Apple", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-A145M", "moto e22", "iPhone13,2", "MAR-LX3A"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.0.6"])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "es-419", "en-US"])),
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["13", "17.4.1"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 390])),
            "height": G(lambda f: f.pick([1600, 2408, 844])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "timezone": G(lambda f: f.pick(["America/Mexico_City", "America/Monterrey", "America/Merida"])),
        "traits": {
            "firstName": Y(lambda f: f.mx_first(), "name"),
            "email": Y(lambda f: f.mx_email(), "email"),
            "role": G(lambda f: f.pick(["padre", "madre", "tutor"])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.8.1", "3.7.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.7.0"]),
}


def server_context(client):
    name, versions = SERVER_LIBS[client]

    def build(f: SchoolFake):
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if client in ("node", "php"):
            ctx["ip"] = Y(lambda f: f.ip(), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        if client == "node":
            ctx["groupId"] = G(lambda f: "sch_" + f.digits(5))
        if client == "java":
            ctx["active"] = G(lambda f: False)
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{client: server_context(client) for client in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin"]

# -- shared body fragments ----------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(["UNI-", "TRIP-", "CLUB-"]) + str(f.r.randint(1000, 9999))),
        "name": G(
            lambda f: f.pick(["Sweatshirt with logo", "Year 6 Residential", "Book Fair Voucher", "PE Shorts"])
        ),
        "category": G(lambda f: f.pick(["uniform", "trips", "clubs", "fees"])),
        "variant": G(lambda f: f.pick(["Age 7-8", "Age 9-10", "Deposit", "Full payment"])),
        "price": G(lambda f: f.money(3, 250)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def personal_address(snake=True):
    keys = (
        ("line1", "city", "postal_code", "state", "country")
        if snake
        else ("street", "city", "postalCode", "state", "country")
    )
    return {
        keys[0]: Y(lambda f: f.street(), "address|street"),
        keys[1]: Y(lambda f: f.city(), "city"),
        keys[2]: Y(lambda f: f.zip(), "zipcode"),
        keys[3]: G(lambda f: f.pick(["IL", "TX", "CA", "Jalisco", "England", "Nuevo León"])),
        keys[4]: G(lambda f: f.pick(["US", "GB", "MX"])),
    }


# -- events: (type, event or screen/page name, clients, body) ---------------------------------------------

EVENTS = [
    # ---- teacher dashboard (analytics.js) ------------------------------------------------------------
    (
        "identify",
        None,
        ["web"],
        {
            "email": Y(lambda f: f.staff_email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "displayName": Y(lambda f: f.teacher(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "role": G(lambda f: f.pick(["teacher", "teaching_assistant", "headteacher", "counselor"])),
            "schoolId": G(lambda f: f.r.randint(10000, 99999)),
            "schoolName": G(
                lambda f: f.pick(["Lincoln Elementary", "St Mary's C of E Primary", "Colegio Cumbres"])
            ),
            "gradeLevels": Many(G(lambda f: f.pick(["K", "1", "2", "3", "4", "5"])), 3),
            "createdAt": G(lambda f: f.iso()),
            "classCount": G(lambda f: f.r.randint(1, 8)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "plan": G(lambda f: f.pick(["free", "school", "district"])),
            "avatarUrl": Y(lambda f: f"https://media.nestling.app/avatars/{f.hexid(16)}.jpg", "photo"),
            "hasProfilePhoto": G(lambda f: f.pick([True, False])),
            "employeeId": G(lambda f: "E" + f.digits(6)),
            "parentsConnectedCount": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "group",
        None,
        ["web"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Lincoln Elementary", "St Mary's C of E Primary", "Colegio Cumbres", "Oakridge ISD"]
                )
            ),
            "district": G(
                lambda f: f.pick(
                    ["Chicago Public Schools", "Leeds City Council", "SEP Jalisco", "Oakridge ISD"]
                )
            ),
            "officePhone": G(lambda f: f.pick(["+1 773-535-1200", "0113 378 4420", "+52 33 3641 2200"])),
            "officeEmail": G(
                lambda f: f.pick(
                    ["office@lincolnelem.org", "admin@stmarys.sch.uk", "contacto@cumbres.edu.mx"]
                )
            ),
            "streetAddress": G(lambda f: f.pick(["1200 W Addison St", "Church Lane", "Av. Patria 1501"])),
            "city": G(lambda f: f.pick(["Chicago", "Leeds", "Zapopan"])),
            "postalCode": G(lambda f: f.pick(["60613", "LS6 2QE", "45110"])),
            "state": G(lambda f: f.pick(["IL", "West Yorkshire", "Jalisco"])),
            "country": G(lambda f: f.pick(["US", "GB", "MX"])),
            "schoolType": G(lambda f: f.pick(["public", "academy", "private", "charter"])),
            "studentCount": G(lambda f: f.r.randint(120, 1400)),
            "principalName": Y(lambda f: f.teacher(), "name"),
            "principalEmail": Y(lambda f: f.staff_email(), "email"),
            "website": G(lambda f: f.pick(["https://lincolnelem.org", "https://stmarys.leeds.sch.uk"])),
            "plan": G(lambda f: f.pick(["free", "school", "district"])),
            "ncesId": G(lambda f: f.digits(12)),
            "urn": G(lambda f: f.digits(6)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "page",
        "Roster",
        ["web"],
        {
            "path": G(
                lambda f: f.pick(["/classes/4821/roster", "/classes/5102/roster", "/classes/3390/roster"])
            ),
            "url": G(lambda f: "https://teach.nestling.app/classes/" + f.digits(4) + "/roster"),
            "title": G(lambda f: "Roster | Nestling"),
            "referrer": G(lambda f: f.pick(["", "https://teach.nestling.app/classes"])),
            "search": G(lambda f: f.pick(["", "?sort=last_name", "?view=grid"])),
        },
    ),
    (
        "track",
        "Class Created",
        ["web"],
        {
            "classId": G(lambda f: f.r.randint(100000, 999999)),
            "className": G(lambda f: f.pick(CLASS_NAMES)),
            "gradeLevel": G(lambda f: f.pick(["K", "1", "3", "5", "Year 4", "2do"])),
            "subject": G(lambda f: f.pick(["math", "science", "homeroom", "ESL"])),
            "studentCount": G(lambda f: f.r.randint(12, 34)),
            "coTeacherEmails": Many(Y(lambda f: f.staff_email(), "email"), 2),
            "importMethod": G(lambda f: f.pick(["clever", "google_classroom", "csv", "manual", "wonde"])),
            "schoolYear": G(lambda f: f.pick(["2024-2025", "2023-2024"])),
        },
    ),
    (
        "track",
        "Student Added",
        ["web"],
        {
            "classId": G(lambda f: f.r.randint(100000, 999999)),
            "studentId": G(lambda f: f.r.randint(1000000, 9999999)),
            "studentFirstName": Y(lambda f: f.first(), "name"),
            "studentLastName": Y(lambda f: f.last(), "name"),
            "birthDate": Y(lambda f: f.child_dob(), "birthdate"),
            "studentGender": Y(
                lambda f: f.pick(["girl", "boy", "non-binary", "prefer not to say"]), "gender"
            ),
            "parentEmail": Y(lambda f: f.email(), "email"),
            "parentPhone": Y(lambda f: f.phone(), "phone"),
            "addedVia": G(lambda f: f.pick(["manual", "csv", "clever"])),
            "rosterSize": G(lambda f: f.r.randint(12, 34)),
            "hasParentConnected": G(lambda f: f.pick([True, False])),
            "avatar": G(lambda f: f"monster_{f.r.randint(1, 40):02d}"),
        },
    ),
    (
        "track",
        "Roster Imported",
        ["web"],
        {
            "importSource": G(lambda f: f.pick(["csv", "clever", "classlink", "google_classroom"])),
            "rowsImported": G(lambda f: f.r.randint(10, 300)),
            "rowsFailed": G(lambda f: f.r.randint(0, 12)),
            "fileName": G(
                lambda f: f.pick(
                    ["roster.csv", "Year 5 roster 2024.csv", "lista_2do_A.xlsx", "export (3).csv"]
                )
            ),
            "errors": Many(
                {
                    "row": G(lambda f: f.r.randint(2, 300)),
                    "column": G(lambda f: f.pick(["parent_email", "dob", "student_id", "grade"])),
                    "message": G(
                        lambda f: f.pick(["invalid format", "duplicate student id", "missing value"])
                    ),
                },
                3,
            ),
            "durationMs": G(lambda f: f.r.randint(300, 20000)),
        },
    ),
    (
        "track",
        "Points Awarded",
        ["web", "swift"],
        {
            "studentId": G(lambda f: f.r.randint(1000000, 9999999)),
            "studentName": Y(lambda f: f.full_name(), "name"),
            "skillName": G(lambda f: f.pick(SKILLS)),
            "points": G(lambda f: f.pick([1, 1, 2, -1])),
            "category": G(lambda f: f.pick(["positive", "needs_work"])),
            "classId": G(lambda f: f.r.randint(100000, 999999)),
            "awardedBy": G(lambda f: "tch_" + f.hexid(10)),
            "isWholeClass": G(lambda f: f.pick([True, False])),
            "comment": Y(teacher_comment, "name", True),
        },
    ),
    (
        "track",
        "Portfolio Item Posted",
        ["web", "rn"],
        {
            "itemId": G(lambda f: f.uuid()),
            "mediaType": G(lambda f: f.pick(["photo", "video", "drawing", "pdf"])),
            "photoUrl": Y(lambda f: f"https://media.nestling.app/portfolio/{f.hexid(20)}.jpg", "photo"),
            "thumbnailUrl": Y(lambda f: f"https://media.nestling.app/thumbs/{f.hexid(20)}_320.jpg", "photo"),
            "caption": G(
                lambda f: f.pick(["My volcano project", "Fractions poster", "Our class garden", "Mi dibujo"])
            ),
            "studentIds": Many(G(lambda f: f.r.randint(1000000, 9999999)), 3),
            "taggedStudentNames": Many(Y(lambda f: f.first(), "name"), 3),
            "approvedByTeacher": G(lambda f: f.pick([True, False])),
            "fileSizeBytes": G(lambda f: f.r.randint(40000, 9000000)),
            "activityTitle": G(lambda f: f.pick(["Science fair", "Reading log", "Art week"])),
        },
    ),
    (
        "track",
        "Message Sent",
        ["web", "swift", "kotlin"],
        {
            "conversationId": G(lambda f: f.hexid(24)),
            "recipientType": G(lambda f: f.pick(["parent", "teacher", "class", "school"])),
            "recipientCount": G(lambda f: f.r.randint(1, 30)),
            "recipientName": Y(lambda f: f.pick([f.full_name(), f.teacher()]), "name"),
            "text": Y(message_text, "name", True),
            "hasAttachment": G(lambda f: f.pick([True, False])),
            "translatedTo": G(lambda f: f.pick(["es", "en", "ar", "pl", "vi", None])),
            "characterCount": G(lambda f: f.r.randint(10, 400)),
        },
    ),
    (
        "track",
        "Parent Invited",
        ["web"],
        {
            "inviteId": G(lambda f: f.uuid()),
            "studentId": G(lambda f: f.r.randint(1000000, 9999999)),
            "inviteMethod": G(lambda f: f.pick(["email", "sms", "printout"])),
            "parentEmail": Y(lambda f: f.email(), "email"),
            "parentPhone": Y(lambda f: f.phone(), "phone"),
            "inviteCode": RED(lambda f: f.code(8), "token|secret"),
            "relationship": G(
                lambda f: f.pick(["mother", "father", "grandparent", "guardian", "foster carer"])
            ),
            "language": G(lambda f: f.pick(["en", "es", "ur", "pl"])),
            "reminderCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Attendance Taken",
        ["web"],
        {
            "classId": G(lambda f: f.r.randint(100000, 999999)),
            "date": G(lambda f: f.short_date()),
            "presentCount": G(lambda f: f.r.randint(15, 30)),
            "absentCount": G(lambda f: f.r.randint(0, 5)),
            "lateCount": G(lambda f: f.r.randint(0, 4)),
            "absences": Many(
                {
                    "studentId": G(lambda f: f.r.randint(1000000, 9999999)),
                    "studentName": Y(lambda f: f.full_name(), "name"),
                    "status": G(lambda f: f.pick(["absent", "late", "excused"])),
                    "absenceReason": Y(
                        lambda f: f.pick(
                            ["illness", "medical appointment", "family emergency", "holiday", "unknown"]
                        ),
                        "condition",
                    ),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Students Searched",
        ["web"],
        {
            "q": Y(lambda f: f.pick([f.first(), f.full_name(), f.last().lower()]), "name", True),
            "resultCount": G(lambda f: f.r.randint(0, 6)),
            "scope": G(lambda f: f.pick(["class", "school"])),
        },
    ),
    (
        "track",
        "Resource Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(["fractions worksheet", "growth mindset video", "phonics", "día de muertos"])
            ),
            "resultsReturned": G(lambda f: f.r.randint(0, 80)),
            "gradeFilter": G(lambda f: f.pick(["K-2", "3-5", "all"])),
        },
    ),
    (
        "track",
        "Form Field Changed",
        ["web"],
        {
            "formId": G(lambda f: f.pick(["parent_signup", "add_child", "emergency_contact"])),
            "field": G(lambda f: f.pick(["email", "mobile", "child_name"])),
            "value": Y(lambda f: f.pick([f.email(), f.phone(), f.full_name()]), "email|phone|name", True),
            "step": G(lambda f: f.r.randint(1, 4)),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Login Failed",
        ["web"],
        {
            "loginIdentifier": Y(lambda f: f.pick([f.email(), f.staff_email()]), "email", True),
            "failureReason": G(lambda f: f.pick(["wrong_password", "account_locked", "sso_mismatch"])),
            "attemptCount": G(lambda f: f.r.randint(1, 6)),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
            "sso": G(lambda f: f.pick(["google", "microsoft", "clever", "none"])),
        },
    ),
    (
        "track",
        "Account Created",
        ["web"],
        {
            "signupMethod": G(lambda f: f.pick(["email", "google", "apple", "class_invite"])),
            "accountType": G(lambda f: f.pick(["teacher", "parent", "school_leader"])),
            "emailOptIn": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "referralCode": G(lambda f: "REF" + f.digits(5)),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "utmSource": G(lambda f: f.pick(["google", "facebook", "teacher_referral"])),
            "utmCampaign": G(lambda f: f.pick(["bts24", "free_trial", "district_pilot"])),
            "invitedByTeacher": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Staff Member Invited",
        ["web"],
        {
            "staffId": G(lambda f: f.r.randint(5000, 99999)),
            "inviteeEmail": Y(lambda f: f.staff_email(), "email"),
            "inviteeName": Y(lambda f: f.full_name(), "name"),
            "inviteePhone": Y(lambda f: f.phone(), "phone"),
            "staffRole": G(lambda f: f.pick(["TA", "office", "SENCO", "DSL", "lunch_supervisor"])),
            "department": G(lambda f: f.pick(["KS1", "KS2", "SEN", "Admin"])),
            "inviterUserId": G(lambda f: "usr_" + f.hexid(12)),
            "dbsCertificateNumber": Y(lambda f: "00" + f.digits(10), "certificate"),
            "dbsCheckedAt": G(lambda f: f.uk_date()),
            "startDate": G(lambda f: f.short_date()),
            "hourlyRate": Y(lambda f: f.money(11, 24), "salary"),
        },
    ),
    (
        "track",
        "Safeguarding Concern Logged",
        ["web", "java"],
        {
            "concernId": G(lambda f: "CN-" + f.digits(7)),
            "studentId": G(lambda f: f.r.randint(1000000, 9999999)),
            "concernCategory": Y(
                lambda f: f.pick(
                    ["neglect", "physical", "emotional", "self_harm", "online_safety", "attendance"]
                ),
                "condition",
            ),
            "severity": G(lambda f: f.pick(["low", "medium", "high", "urgent"])),
            "dslNotified": G(lambda f: f.pick([True, False])),
            "details": Y(safeguarding_details, "name|condition", True),
            "witnessedBy": Y(lambda f: f.teacher(), "name"),
            "bodyMapAttached": G(lambda f: f.pick([True, False])),
            "externalAgency": G(lambda f: f.pick(["none", "MASH", "school_nurse", "police"])),
        },
    ),
    (
        "track",
        "Teacher Note Added",
        ["web"],
        {
            "noteId": G(lambda f: f.uuid()),
            "studentId": G(lambda f: f.r.randint(1000000, 9999999)),
            "visibility": G(lambda f: f.pick(["private", "shared_with_parents", "staff"])),
            "noteText": Y(teacher_comment, "name", True),
            "tags": Many(G(lambda f: f.pick(["reading", "behaviour", "maths", "social"])), 2),
        },
    ),
    (
        "track",
        "Video Call Scheduled",
        ["web"],
        {
            "meetingId": G(lambda f: f.digits(11)),
            "provider": G(lambda f: "zoom"),
            "joinUrl": RED(
                lambda f: f"https://us02web.zoom.us/j/{f.digits(11)}?pwd={f.alnum(32)}",
                "password|secret",
                True,
            ),
            "startsAt": G(lambda f: f.iso()),
            "durationMin": G(lambda f: f.pick([10, 15, 20, 30])),
            "attendeeEmails": Many(Y(lambda f: f.email(), "email"), 3),
            "teacherName": Y(lambda f: f.teacher(), "name"),
            "interpreterLanguage": G(lambda f: f.pick(["es", "pl", "ar", "ur", None])),
            "meetingType": G(lambda f: f.pick(["parent_teacher_conference", "iep_review", "check_in"])),
        },
    ),
    (
        "track",
        "Calendar Event Created",
        ["web"],
        {
            "calendarEventId": G(lambda f: f.uuid()),
            "title": G(lambda f: f.pick(["Parents' evening", "Bake sale", "Sports day", "Junta de padres"])),
            "location": G(lambda f: f.pick(["School hall", "Room 12", "Auditorio", "Playing field"])),
            "startsAt": G(lambda f: f.iso()),
            "allDay": G(lambda f: f.pick([True, False])),
            "rsvpCount": G(lambda f: f.r.randint(0, 120)),
            "audience": G(lambda f: f.pick(["class", "school", "year_group"])),
        },
    ),
    # ---- parent apps (analytics-swift / analytics-kotlin) -----------------------------------------------
    (
        "identify",
        None,
        MOBILE,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": personal_address(snake=False),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "pl", "ar", "vi"])),
            "role": G(lambda f: f.pick(["parent", "guardian"])),
            "childrenCount": G(lambda f: f.r.randint(1, 4)),
            "createdAt": G(lambda f: f.iso()),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "avatarUrl": Y(lambda f: f"https://media.nestling.app/avatars/{f.hexid(16)}.jpg", "photo"),
        },
    ),
    (
        "screen",
        "Child Profile",
        MOBILE,
        {
            "childId": G(lambda f: f.r.randint(1000000, 9999999)),
            "tab": G(lambda f: f.pick(["timeline", "portfolio", "reports", "attendance"])),
            "unreadCount": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    (
        "track",
        "Class Story Viewed",
        MOBILE,
        {
            "postId": G(lambda f: f.hexid(24)),
            "classId": G(lambda f: f.r.randint(100000, 999999)),
            "teacherName": Y(lambda f: f.teacher(), "name"),
            "postType": G(lambda f: f.pick(["photo", "video", "text", "announcement"])),
            "likeCount": G(lambda f: f.r.randint(0, 40)),
            "secondsOnPost": G(lambda f: f.r.randint(1, 90)),
        },
    ),
    (
        "track",
        "Absence Reported",
        MOBILE,
        {
            "childId": G(lambda f: f.r.randint(1000000, 9999999)),
            "childFirstName": Y(lambda f: f.first(), "name"),
            "date": G(lambda f: f.short_date()),
            "absenceReason": Y(
                lambda f: f.pick(
                    ["illness", "medical appointment", "family emergency", "holiday", "religious observance"]
                ),
                "condition",
            ),
            "symptoms": Many(
                Y(lambda f: f.pick(["fever", "vomiting", "cough", "headache", "rash"]), "condition"), 2
            ),
            "note": Y(absence_note, "name|condition", True),
            "expectedReturnDate": G(lambda f: f.short_date()),
            "notifiedVia": G(lambda f: f.pick(["app", "widget", "push_reply"])),
        },
    ),
    (
        "track",
        "Permission Slip Signed",
        [*MOBILE, "web"],
        {
            "slipId": G(lambda f: "PS-" + f.digits(6)),
            "tripName": G(lambda f: f.pick(TRIPS)),
            "childId": G(lambda f: f.r.randint(1000000, 9999999)),
            "consentGiven": G(lambda f: f.pick([True, True, False])),
            "signatureName": Y(lambda f: f.full_name(), "name"),
            "emergencyContact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["aunt", "grandfather", "neighbour", "father"])),
            },
            "medicalNotes": Y(
                lambda f: f.pick(
                    ["Uses inhaler for asthma", "Takes methylphenidate at lunch", "Mild eczema", "None"]
                ),
                "condition|medication",
            ),
            "photoConsent": G(lambda f: f.pick([True, False])),
            "amountDue": G(lambda f: f.pick([0, 5.5, 12, 35])),
        },
    ),
    (
        "track",
        "Pickup Check-In",
        MOBILE,
        {
            "schoolId": G(lambda f: f.r.randint(10000, 99999)),
            "childId": G(lambda f: f.r.randint(1000000, 9999999)),
            "pickupPersonName": Y(lambda f: f.full_name(), "name"),
            "pickupPersonRelationship": G(
                lambda f: f.pick(["mother", "grandmother", "childminder", "uncle"])
            ),
            "latitude": Y(lambda f: f.near()[0], "geolocation"),
            "longitude": Y(lambda f: f.near()[1], "geolocation"),
            "distanceFromSchoolM": G(lambda f: f.r.randint(5, 900)),
            "carPlate": Y(lambda f: f.plate(), "license"),
            "gateNumber": G(lambda f: f.pick(["A", "B", "1", "2"])),
            "etaMinutes": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "Lunch Balance Topped Up",
        MOBILE,
        {
            "topUpId": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([5, 10, 20, 25, 50])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "MXN"])),
            "paymentMethod": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "cardLast4": G(lambda f: f.digits(4)),
            "paymentMethodId": RED(lambda f: "pm_1" + f.alnum(23), "token"),
            "newBalance": G(lambda f: f.money(0, 80)),
            "billingPostalCode": Y(lambda f: f.zip(), "zipcode"),
            "childId": G(lambda f: f.r.randint(1000000, 9999999)),
            "autoTopUp": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lunch Order Placed",
        MOBILE,
        {
            "orderId": G(lambda f: "LO" + f.digits(8)),
            "childId": G(lambda f: f.r.randint(1000000, 9999999)),
            "mealDate": G(lambda f: f.short_date()),
            "mealName": G(
                lambda f: f.pick(["Chicken tikka", "Veggie burrito", "Fish fingers", "Jacket potato"])
            ),
            "dietaryRequirement": Y(
                lambda f: f.pick(["none", "halal", "kosher", "vegetarian", "gluten_free", "dairy_free"]),
                "religion|allergy",
            ),
            "price": G(lambda f: f.pick([2.6, 2.85, 3.1, 3.25])),
            "balanceAfter": G(lambda f: f.money(0, 60)),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        MOBILE,
        {
            "childId": G(lambda f: f.r.randint(1000000, 9999999)),
            "contactName": Y(lambda f: f.full_name(), "name"),
            "contactPhone": Y(lambda f: f.phone(), "phone"),
            "contactEmail": Y(lambda f: f.email(), "email"),
            "contactAddress": Y(lambda f: f.full_address(), "address"),
            "contactRelationship": G(
                lambda f: f.pick(["aunt", "grandparent", "family friend", "stepfather"])
            ),
            "isAuthorizedForPickup": G(lambda f: f.pick([True, False])),
            "priority": G(lambda f: f.r.randint(1, 3)),
            "contactsOnFile": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Phone Verification Submitted",
        MOBILE,
        {
            "phoneNumber": Y(lambda f: f.phone(), "phone"),
            "countryCallingCode": G(lambda f: f.pick(["+1", "+44", "+52"])),
            "verificationCode": RED(lambda f: f.digits(6), "token|secret"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        MOBILE,
        {
            "campaignId": G(lambda f: f.hexid(12)),
            "notificationType": G(lambda f: f.pick(["message", "points", "story_post", "attendance"])),
            "body": Y(push_body, "name", True),
            "openedFrom": G(lambda f: f.pick(["lock_screen", "notification_center", "banner"])),
            "deliveredAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Allergy Alert Acknowledged",
        ["kotlin", "web"],
        {
            "studentId": G(lambda f: f.r.randint(1000000, 9999999)),
            "allergen": Y(
                lambda f: f.pick(["peanuts", "tree nuts", "dairy", "eggs", "shellfish", "sesame"]), "allergy"
            ),
            "allergySeverity": Y(lambda f: f.pick(["mild", "moderate", "anaphylaxis"]), "allergy"),
            "epiPenRequired": Y(lambda f: f.pick([True, False]), "allergy"),
            "acknowledgedBy": G(lambda f: "stf_" + f.digits(5)),
            "servingLine": G(lambda f: f.pick(["A", "B", "hot", "deli"])),
        },
    ),
    (
        "track",
        "Volunteer Signed Up",
        ["swift", "web"],
        {
            "volunteerName": Y(lambda f: f.full_name(), "name"),
            "volunteerPhone": Y(lambda f: f.phone(), "phone"),
            "volunteerEmail": Y(lambda f: f.email(), "email"),
            "dateOfBirth": Y(lambda f: f.date(1960, 2000), "birthdate"),
            "shift": G(lambda f: f.pick(["book_fair_am", "trip_chaperone", "reading_buddy", "bake_sale"])),
            "dbsCertificateNumber": Y(lambda f: "00" + f.digits(10), "certificate"),
            "tShirtSize": G(lambda f: f.pick(["S", "M", "L", "XL"])),
            "canDrive": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "App Rating Submitted",
        ["swift", "kotlin", "flutter"],
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "feedback": G(
                lambda f: f.pick(
                    ["love the app", "too many notifications", "translations are great", "", "se traba"]
                )
            ),
            "promptSource": G(lambda f: f.pick(["after_message", "settings", "story"])),
        },
    ),
    (
        "track",
        "Help Chat Message Sent",
        ["web", "swift", "kotlin"],
        {
            "conversationId": G(lambda f: f.hexid(24)),
            "input": Y(chat_input, "name|email", True),
            "botIntent": G(lambda f: f.pick(["account_access", "add_child", "billing", "other"])),
            "turn": G(lambda f: f.r.randint(1, 8)),
            "handedToAgent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Chip Tapped",
        MOBILE,
        {
            "label": Y(lambda f: f.pick([f.teacher(), f.full_name(), f.first()]), "name", True),
            "chipIndex": G(lambda f: f.r.randint(0, 5)),
            "section": G(lambda f: f.pick(["recents", "class_parents", "staff"])),
        },
    ),
    # ---- e-commerce spec (parent web portal) ------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web"],
        {
            **{k: v for k, v in product().items() if k != "quantity"},
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "url": G(lambda f: "https://pay.nestling.app/shop/" + f.digits(4)),
            "image_url": G(lambda f: f"https://cdn.nestling.app/shop/{f.hexid(8)}.png"),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "revenue": G(lambda f: f.money(5, 400)),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "coupon": G(lambda f: f.pick(["", "SIBLING10", "PTA5"])),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(
                lambda f: f.pick(["Lincoln Elementary", "St Mary's C of E Primary", "Westfield PTA"])
            ),
            "total": G(lambda f: f.money(5, 400)),
            "subtotal": G(lambda f: f.money(5, 400)),
            "tax": G(lambda f: f.money(0, 30)),
            "discount": G(lambda f: f.money(0, 20)),
            "coupon": G(lambda f: f.pick(["", "SIBLING10", "PTA5"])),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay"])),
            "student_id": G(lambda f: f.r.randint(1000000, 9999999)),
            "products": Many(
                {
                    **product(),
                    "personalisation": Y(
                        lambda f: f.pick([f.full_name(), f.first() + " " + f.last()[0] + "."]), "name", True
                    ),
                },
                3,
            ),
            "billing_address": personal_address(snake=True),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["php"],
        {
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "cc_type": G(lambda f: f.pick(["VISA", "MC", "AMEX", "DISC"])),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card"])),
            "amount": G(lambda f: f.pick([5, 10, 20, 25, 50])),
            "student_ref": G(lambda f: "STU" + f.digits(6)),
            "parent_email": Y(lambda f: f.email(), "email"),
            "gateway": G(lambda f: f.pick(["authorize_net", "payflow"])),
        },
    ),
    # ---- student app (analytics-react-native) -----------------------------------------------------------
    (
        "track",
        "Student Signed In",
        ["rn"],
        {
            "loginMethod": G(lambda f: f.pick(["qr_code", "class_code", "google", "text_code"])),
            "classCode": RED(lambda f: f.code(6), "token|secret"),
            "studentId": G(lambda f: f.r.randint(1000000, 9999999)),
            "studentFirstName": Y(lambda f: f.first(), "name"),
            "deviceShared": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Journal Entry Submitted",
        ["rn"],
        {
            "entryId": G(lambda f: f.uuid()),
            "activityId": G(lambda f: f.hexid(16)),
            "entryType": G(lambda f: f.pick(["drawing", "photo", "video", "text"])),
            "mediaUrl": Y(lambda f: f"https://media.nestling.app/journal/{f.hexid(20)}.jpg", "photo"),
            "text": Y(student_journal, "name", True),
            "wordCount": G(lambda f: f.r.randint(0, 120)),
            "recordingDurationSec": G(lambda f: f.r.randint(0, 180)),
            "teacherApprovalRequired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Avatar Customized",
        ["rn"],
        {
            "avatarId": G(lambda f: f"monster_{f.r.randint(1, 40):02d}"),
            "monsterName": G(lambda f: f.pick(["Fuzzy", "Blorp", "Captain Sprinkles", "Moco"])),
            "color": G(lambda f: f.pick(["teal", "orange", "purple"])),
            "accessories": Many(G(lambda f: f.pick(["hat", "glasses", "cape", "crown"])), 3),
        },
    ),
    (
        "track",
        "Class Pet Fed",
        ["rn"],
        {
            "petName": G(lambda f: f.pick(["Nibbles", "Sir Hops-a-lot", "Coco", "Peanut"])),
            "petSpecies": G(lambda f: f.pick(["hamster", "rabbit", "guinea pig", "axolotl"])),
            "feedCount": G(lambda f: f.r.randint(1, 30)),
            "classId": G(lambda f: f.r.randint(100000, 999999)),
        },
    ),
    (
        "screen",
        "Activity",
        ["rn"],
        {
            "activityId": G(lambda f: f.hexid(16)),
            "subject": G(lambda f: f.pick(["math", "science", "reading"])),
            "secondsOnScreen": G(lambda f: f.r.randint(3, 600)),
        },
    ),
    # ---- Mexico: the Flutter app (English keys, Mexican values) ----------------------------------------
    (
        "identify",
        None,
        ["flutter"],
        {
            "firstName": Y(lambda f: f.mx_first(), "name"),
            "paternalSurname": Y(lambda f: f.mx_last(), "name"),
            "maternalSurname": Y(lambda f: f.mx_last(), "name"),
            "email": Y(lambda f: f.mx_email(), "email"),
            "mobilePhone": Y(lambda f: f.phone_mx(), "phone"),
            "birthDate": Y(lambda f: f.date(1970, 2000), "birthdate"),
            "curp": RED(lambda f: f.curp(), "national id"),
            "role": G(lambda f: f.pick(["padre", "madre", "tutor"])),
            "schoolName": G(
                lambda f: f.pick(["Colegio Cumbres", "Primaria Benito Juárez", "Instituto Miguel Ángel"])
            ),
            "language": G(lambda f: f.pick(["es", "en"])),
            "createdAt": G(lambda f: f.iso()),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "childrenCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Pago de Colegiatura Realizado",
        ["flutter"],
        {
            "receiptNumber": G(lambda f: "F" + f.digits(7)),
            "amount": G(lambda f: f.pick([2850.0, 3200.0, 4100.5, 1500.0])),
            "currency": G(lambda f: "MXN"),
            "concept": G(
                lambda f: f.pick(["Colegiatura septiembre", "Inscripción 2024-2025", "Cuota de materiales"])
            ),
            "paymentMethod": G(lambda f: f.pick(["SPEI", "tarjeta", "OXXO", "domiciliacion"])),
            "oxxoReference": G(lambda f: "9300" + f.digits(10)),
            "payerClabe": RED(lambda f: f.clabe(), "bank account"),
            "bank": G(lambda f: f.pick(["BBVA", "Banorte", "Santander", "Banamex"])),
            "student": {
                "enrollmentNumber": G(lambda f: f"2024{f.digits(5)}"),
                "fullName": Y(lambda f: f.mx_full(), "name"),
                "grade": G(lambda f: f.pick(["1°", "2°", "3°", "4°", "5°", "6°"])),
                "group": G(lambda f: f.pick(["A", "B", "C"])),
            },
            "invoiceRequested": G(lambda f: f.pick([True, False])),
            "rfc": RED(lambda f: f.rfc(), "national id"),
            "invoiceEmail": Y(lambda f: f.mx_email(), "email"),
            "taxPostalCode": Y(lambda f: f"{f.r.randint(1000, 99999):05d}", "zipcode"),
            "cfdiUse": G(lambda f: f.pick(["D10", "G03", "S01"])),
        },
    ),
    (
        "track",
        "Ficha Medica Actualizada",
        ["flutter"],
        {
            "studentId": G(lambda f: f.r.randint(100000, 999999)),
            "bloodType": Y(lambda f: f.pick(["O+", "A+", "B+", "O-", "AB+"]), "condition"),
            "allergies": Many(
                Y(lambda f: f.pick(["penicilina", "cacahuate", "mariscos", "polen"]), "allergy"), 2
            ),
            "conditions": Many(
                Y(lambda f: f.pick(["asma", "diabetes tipo 1", "TDAH", "epilepsia"]), "condition"), 2
            ),
            "medications": Many(
                Y(lambda f: f.pick(["salbutamol", "insulina", "metilfenidato"]), "medication"), 2
            ),
            "imssNumber": RED(lambda f: f.nss(), "national id|health id"),
            "emergencyContact": {
                "name": Y(lambda f: f.mx_full(), "name"),
                "phone": Y(lambda f: f.phone_mx(), "phone"),
                "relationship": G(lambda f: f.pick(["abuela", "tío", "madrina", "padre"])),
            },
            "treatingPhysician": Y(lambda f: "Dr. " + f.mx_first() + " " + f.mx_last(), "name"),
            "needsMedicationAtSchool": Y(lambda f: f.pick([True, False]), "medication"),
            "updatedBy": G(lambda f: "usr_" + f.hexid(10)),
        },
    ),
    (
        "track",
        "Persona Autorizada Agregada",
        ["flutter"],
        {
            "studentId": G(lambda f: f.r.randint(100000, 999999)),
            "authorizedPersonName": Y(lambda f: f.mx_full(), "name"),
            "relationship": G(lambda f: f.pick(["abuela", "tío", "chofer", "vecina"])),
            "phone": Y(lambda f: f.phone_mx(), "phone"),
            "voterKey": RED(lambda f: f.ine(), "national id"),
            "idPhotoUrl": Y(lambda f: f"https://media.nestling.app/mx/ine/{f.hexid(20)}.jpg", "photo"),
            "validUntil": G(lambda f: f.pick(["2025-07-15", "2025-12-20", "2026-07-10"])),
        },
    ),
    (
        "screen",
        "Boleta de Calificaciones",
        ["flutter"],
        {
            "studentId": G(lambda f: f.r.randint(100000, 999999)),
            "term": G(lambda f: f.pick(["1er trimestre", "2do trimestre", "3er trimestre"])),
            "average": G(lambda f: f.pick([8.5, 9.1, 7.8, 9.6])),
        },
    ),
    (
        "track",
        "Asistencia Registrada",
        ["go"],
        {
            "alumno_id": G(lambda f: f.r.randint(100000, 999999)),
            "fecha": G(lambda f: f.short_date()),
            "estatus": G(lambda f: f.pick(["presente", "falta", "retardo", "justificada"])),
            "motivo_falta": Y(
                lambda f: f.pick(["enfermedad", "cita médica", "asunto familiar", "viaje", ""]), "condition"
            ),
            "hora_entrada": G(lambda f: f"07:{f.r.randint(30, 59)}"),
            "registrado_por": G(lambda f: "doc_" + f.digits(4)),
            "escuela_id": G(lambda f: f.r.randint(100, 999)),
        },
    ),
    (
        "track",
        "Aviso Enviado",
        ["node"],
        {
            "aviso_id": G(lambda f: f.uuid()),
            "titulo": G(lambda f: f.pick(["Suspensión de clases", "Feria de ciencias", "Junta de padres"])),
            "cuerpo": G(announcement),
            "destinatarios": G(lambda f: f.r.randint(20, 800)),
            "canal": G(lambda f: f.pick(["push", "whatsapp", "sms", "correo"])),
            "escuela_id": G(lambda f: f.r.randint(100, 999)),
        },
    ),
    (
        "track",
        "Credencial Generada",
        ["php"],
        {
            "matricula": G(lambda f: f"2024{f.digits(5)}"),
            "nombre_alumno": Y(lambda f: f.mx_full(), "name"),
            "curp_alumno": RED(lambda f: f.curp(), "national id"),
            "foto_url": Y(lambda f: f"https://media.nestling.app/mx/credenciales/{f.hexid(20)}.jpg", "photo"),
            "grado": G(lambda f: f.pick(["1°", "2°", "3°", "4°", "5°", "6°"])),
            "grupo": G(lambda f: f.pick(["A", "B", "C"])),
            "ciclo_escolar": G(lambda f: "2024-2025"),
            "domicilio": Y(lambda f: f.full_address(), "address"),
        },
    ),
    # ---- server: notifications (python), messaging (node), billing (ruby), lunch (go) -------------------
    (
        "track",
        "Notification Sent",
        ["python"],
        {
            "notification_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["email", "sms", "push"])),
            "template": G(
                lambda f: f.pick(["absence_alert", "points_digest", "fee_reminder", "new_message"])
            ),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "recipient_phone": Y(lambda f: f.phone(), "phone"),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_device_token": RED(lambda f: f.alnum(22) + ":APA91b" + f.alnum(134), "token"),
            "student_id": G(lambda f: f.r.randint(1000000, 9999999)),
            "provider": G(lambda f: f.pick(["twilio", "sendgrid", "fcm", "apns"])),
            "provider_message_id": G(lambda f: f.pick(["SM" + f.hexid(32), f.alnum(22)])),
            "status": G(lambda f: f.pick(["queued", "sent", "failed"])),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "cost_usd": G(lambda f: f.pick([0.0079, 0.0158, 0.0, 0.0237])),
            "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-MX"])),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+13125550147", "+447700900123", "+525541698830"])),
            "To": Y(lambda f: f.pick(["+1", "+44", "+52"]) + f.digits(10), "phone"),
            "MessageStatus": G(lambda f: f.pick(["delivered", "undelivered", "sent", "failed"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Engagement",
        ["python"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["open", "click"])),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.digits(3)),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Y(lambda f: f.ip(), "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "category": Many(G(lambda f: f.pick(["weekly_digest", "transactional", "absence_alert"])), 2),
            "asm_group_id": G(lambda f: f.r.randint(10000, 30000)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "channel": G(lambda f: f.pick(["email", "sms"])),
            "request_ip": Y(lambda f: f.ip(), "ip"),
            "reset_token": RED(lambda f: f.alnum(40), "token|secret"),
            "token_expires_at": G(lambda f: f.iso()),
            "account_type": G(lambda f: f.pick(["parent", "teacher"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Can't add my second child",
                        "Login problem",
                        "Refund lunch money",
                        "Invite not received",
                    ]
                )
            ),
            "description": Y(ticket_description, "email|phone", True),
            "requester": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "tags": Many(G(lambda f: f.pick(["parent", "billing", "ios", "android", "login"])), 3),
            "via": G(lambda f: f.pick(["web", "email", "chat"])),
        },
    ),
    (
        "track",
        "Lead Captured",
        ["node"],
        {
            "event_name": G(lambda f: "Lead"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "fn": Y(lambda f: f.hexid(64), "name"),
                "ln": Y(lambda f: f.hexid(64), "name"),
                "external_id": G(lambda f: f.hexid(64)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
            },
            "custom_data": {
                "lead_type": G(lambda f: f.pick(["district_demo", "school_quote"])),
                "school_size": G(lambda f: f.pick(["<200", "200-500", "500+"])),
            },
        },
    ),
    (
        "track",
        "Refund Requested",
        ["node"],
        {
            "refund_id": G(lambda f: "RF" + f.digits(7)),
            "amount": G(lambda f: f.pick([5, 10, 20, 25, 50])),
            "payee_name": Y(lambda f: f.full_name(), "name"),
            "payee_sort_code": G(
                lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"
            ),
            "payee_account_number": RED(lambda f: f.digits(8), "bank account"),
            "refund_reason": G(lambda f: f.pick(["child_left_school", "trip_cancelled", "overpayment"])),
        },
    ),
    (
        "track",
        "Fee Reminder Scheduled",
        ["ruby"],
        {
            "invoice_number": G(lambda f: "INV-2024-" + f.digits(5)),
            "amount_due": G(lambda f: f.money(5, 300)),
            "due_date": G(lambda f: f.short_date()),
            "guardian_name": Y(lambda f: f.full_name(), "name"),
            "guardian_email": Y(lambda f: f.email(), "email"),
            "items": Many(
                {
                    "description": G(
                        lambda f: f.pick(["Breakfast club", "Year 6 Residential deposit", "Uniform"])
                    ),
                    "amount": G(lambda f: f.money(2, 150)),
                },
                3,
            ),
            "days_overdue": G(lambda f: f.r.randint(0, 60)),
            "reminder_number": G(lambda f: f.r.randint(1, 3)),
            "school_id": G(lambda f: f.r.randint(10000, 99999)),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["ruby"],
        {
            "mandate_id": G(lambda f: "MD000" + f.code(9)),
            "customer_id": G(lambda f: "CU000" + f.code(9)),
            "account_holder_name": Y(lambda f: f.full_name().upper(), "name"),
            "sort_code": G(lambda f: f"{f.r.randint(10, 99)}{f.r.randint(10, 99)}{f.r.randint(10, 99)}"),
            "account_number_ending": G(lambda f: f.digits(2)),
            "iban": RED(lambda f: f.iban("GB"), "bank account"),
            "bank_name": G(lambda f: f.pick(["BARCLAYS BANK PLC", "HSBC UK BANK PLC", "MONZO BANK LIMITED"])),
            "scheme": G(lambda f: "bacs"),
            "next_possible_charge_date": G(lambda f: f.short_date()),
        },
    ),
    (
        "track",
        "Behaviour Incident Recorded",
        ["go"],
        {
            "incident_id": G(lambda f: f.uuid()),
            "student_id": G(lambda f: f.r.randint(1000000, 9999999)),
            "incident_type": G(lambda f: f.pick(["disruption", "physical", "bullying", "damage"])),
            "location": G(lambda f: f.pick(["playground", "classroom", "corridor", "lunch hall"])),
            "staff_name": Y(lambda f: f.teacher(), "name"),
            "involved_students": Many(
                {
                    "student_id": G(lambda f: f.r.randint(1000000, 9999999)),
                    "role": G(lambda f: f.pick(["target", "instigator", "witness"])),
                },
                3,
            ),
            "exclusion_days": G(lambda f: f.pick([0, 0, 1, 2])),
            "parent_contacted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Document Uploaded",
        ["node"],
        {
            "document_type": G(
                lambda f: f.pick(["birth_certificate", "proof_of_address", "immunization_record"])
            ),
            "file_name": Y(
                lambda f: (
                    f"{f.first()}_{f._ascii(f.last())}_{f.pick(['birth_cert', 'utility_bill', 'shots'])}."
                    + f.pick(["pdf", "jpg"])
                ),
                "name",
                True,
            ),
            "file_size": G(lambda f: f.r.randint(20000, 4000000)),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/jpeg"])),
            "sha256": G(lambda f: f.hexid(64)),
            "storage_key": G(lambda f: f"uploads/{f.uuid()}/document"),
        },
    ),
    (
        "track",
        "Meal Benefit Application Submitted",
        ["go"],
        {
            "application-id": G(lambda f: "MBA-" + f.digits(8)),
            "submitted-at": G(lambda f: f.iso()),
            "household-size": G(lambda f: f.r.randint(2, 9)),
            "annual-household-income": Y(lambda f: f.r.randint(9000, 68000), "salary"),
            "ssn-last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "signature-name": Y(lambda f: f.full_name(), "name"),
            "children": Many(
                {
                    "first-name": Y(lambda f: f.first(), "name"),
                    "last-name": Y(lambda f: f.last(), "name"),
                    "school-id": G(lambda f: f.r.randint(10000, 99999)),
                    "grade": G(lambda f: f.pick(["K", "1", "4", "7", "10"])),
                },
                3,
            ),
            "eligibility-result": Y(lambda f: f.pick(["free", "reduced", "denied"]), "salary"),
            "ethnicity": Y(
                lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", ""]), "ethnicity"
            ),
            "races": Many(
                Y(
                    lambda f: f.pick(
                        ["White", "Black or African American", "Asian", "American Indian or Alaska Native"]
                    ),
                    "race",
                ),
                2,
            ),
            "language": G(lambda f: f.pick(["en", "es"])),
        },
    ),
    # ---- UK MIS integration (.NET, PascalCase) ---------------------------------------------------------
    (
        "track",
        "Pupil Record Synced",
        ["dotnet"],
        {
            "PupilId": G(lambda f: f.r.randint(10000, 99999)),
            "Upn": RED(lambda f: f.upn(), "national id"),
            "Forename": Y(lambda f: f.first(), "name"),
            "Surname": Y(lambda f: f.last(), "name"),
            "LegalSurname": Y(lambda f: f.last(), "name"),
            "PreferredName": Y(lambda f: f.first(), "name"),
            "DateOfBirth": Y(lambda f: f.child_dob() + "T00:00:00", "birthdate"),
            "Gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
            "YearGroup": G(lambda f: f.pick(["R", "1", "2", "3", "4", "5", "6"])),
            "RegGroup": G(lambda f: f.pick(["4M", "5B", "RO", "6H"])),
            "NhsNumber": RED(lambda f: f.nhs(), "health id"),
            "Ethnicity": Y(lambda f: f.pick(["WBRI", "WIRI", "AIND", "BAFR", "MPAK", "REFU"]), "ethnicity"),
            "Religion": Y(
                lambda f: f.pick(["Christian", "Muslim", "Hindu", "Sikh", "No religion"]), "religion"
            ),
            "FirstLanguage": G(lambda f: f.pick(["ENG", "URD", "POL", "PAN", "SOM"])),
            "FsmEligible": Y(lambda f: f.pick([True, False]), "salary"),
            "MedicalConditions": Many(
                Y(lambda f: f.pick(["Asthma", "Epilepsy", "Type 1 diabetes"]), "condition"), 2
            ),
            "Allergies": Many(Y(lambda f: f.pick(["Nuts", "Latex", "Penicillin", "Egg"]), "allergy"), 2),
            "AdmissionDate": G(lambda f: f.uk_date()),
            "SchoolUrn": G(lambda f: f.digits(6)),
            "Contacts": Many(
                {
                    "Forename": Y(lambda f: f.first(), "name"),
                    "Surname": Y(lambda f: f.last(), "name"),
                    "Relationship": G(lambda f: f.pick(["Mother", "Father", "Carer", "Grandparent"])),
                    "Email": Y(lambda f: f.email(), "email"),
                    "Mobile": Y(lambda f: f.phone_uk(), "phone"),
                    "WorkPhone": Y(lambda f: f.phone_uk(), "phone"),
                    "HomePhone": Y(lambda f: "0" + f.digits(4) + " " + f.digits(6), "phone"),
                    "ParentalResponsibility": G(lambda f: f.pick([True, False])),
                    "Priority": G(lambda f: f.r.randint(1, 4)),
                    "Address": {
                        "Line1": Y(lambda f: f"{f.r.randint(1, 220)} {f.pick(UK_STREETS)}", "address|street"),
                        "Town": Y(lambda f: f.pick(UK_CITIES), "city"),
                        "Postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
                    },
                },
                2,
            ),
        },
    ),
    (
        "track",
        "SEN Plan Updated",
        ["dotnet"],
        {
            "PupilId": G(lambda f: f.r.randint(10000, 99999)),
            "Upn": RED(lambda f: f.upn(), "national id"),
            "SenStatus": RED(lambda f: f.pick(["K", "E", "N"]), "disability"),
            "PrimaryNeed": RED(
                lambda f: f.pick(["SLCN", "ASD", "SEMH", "SPLD", "MLD", "HI", "VI"]), "disability"
            ),
            "HasEhcp": RED(lambda f: f.pick([True, False]), "disability"),
            "AccessArrangements": Many(
                RED(lambda f: f.pick(["25% extra time", "Reader", "Scribe", "Rest breaks"]), "disability"), 2
            ),
            "Provisions": Many(
                RED(
                    lambda f: f.pick(
                        ["1:1 reading support", "Speech and language therapy", "Sensory breaks"]
                    ),
                    "disability",
                ),
                2,
            ),
            "SencoName": Y(lambda f: f.teacher(), "name"),
            "SencoEmail": Y(lambda f: f.staff_email(), "email"),
            "EducationalPsychologist": Y(lambda f: "Dr " + f.full_name(), "name"),
            "ReviewDate": G(lambda f: f.uk_date()),
            "LastUpdatedBy": G(lambda f: f.r.randint(100, 999)),
            "SchoolUrn": G(lambda f: f.digits(6)),
        },
    ),
    # ---- warehouse reverse-ETL (analytics-java, SCREAMING_SNAKE) -------------------------------------------
    (
        "identify",
        None,
        ["java"],
        {
            "USER_ID": G(lambda f: f.r.randint(1000000, 9999999)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "HOME_POSTCODE": Y(lambda f: f.zip(), "zipcode"),
            "SCHOOL_ID": G(lambda f: f.r.randint(10000, 99999)),
            "LIFETIME_MESSAGES_SENT": G(lambda f: f.r.randint(0, 900)),
            "LAST_ACTIVE_AT": G(lambda f: f.iso()),
            "CHILDREN_COUNT": G(lambda f: f.r.randint(0, 4)),
            "PLAN_TIER": G(lambda f: f.pick(["FREE", "PLUS"])),
            "NPS_SCORE": G(lambda f: f.r.randint(0, 10)),
            "IS_DISTRICT_ADMIN": G(lambda f: f.pick([True, False])),
            "CHURN_RISK": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
            "ACQUISITION_CHANNEL": G(lambda f: f.pick(["ORGANIC", "TEACHER_INVITE", "PAID_SOCIAL"])),
        },
    ),
    (
        "track",
        "Inscripcion Solicitada",
        ["php"],
        {
            "solicitud_id": G(lambda f: f.r.randint(10000, 99999)),
            "nombre_tutor": Y(lambda f: f.mx_full(), "name"),
            "correo_tutor": Y(lambda f: f.mx_email(), "email"),
            "celular_tutor": Y(lambda f: f.phone_mx(), "phone"),
            "nombre_alumno": Y(lambda f: f.mx_full(), "name"),
            "fecha_nacimiento_alumno": Y(lambda f: f.child_dob(), "birthdate"),
            "curp_alumno": RED(lambda f: f.curp(), "national id"),
            "domicilio": Y(lambda f: f.full_address(), "address"),
            "codigo_postal": Y(lambda f: f"{f.r.randint(1000, 99999):05d}", "zipcode"),
            "municipio": Y(lambda f: f.pick(MX_CITIES), "city"),
            "religion": Y(
                lambda f: f.pick(["católica", "cristiana", "ninguna", "testigo de Jehová"]), "religion"
            ),
            "escuela_procedencia": G(
                lambda f: f.pick(["Jardín de Niños Frida Kahlo", "Primaria Benito Juárez", ""])
            ),
            "grado_solicitado": G(lambda f: f.pick(["1°", "2°", "3°", "4°", "5°", "6°"])),
            "observaciones": Y(
                lambda f: f.pick(
                    [
                        f"Llamar a la abuela al {f.phone_mx()}",
                        f"Horario de contacto 9 a 2, tel. {f.phone_mx()}",
                        f"Si no contesto, marcar a {f.phone_mx()} (papá)",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Staff Absence Logged",
        ["dotnet"],
        {
            "StaffId": G(lambda f: f.r.randint(100, 999)),
            "PayrollNumber": G(lambda f: "P" + f.digits(6)),
            "StaffMemberName": Y(lambda f: f.teacher(), "name"),
            "SicknessReason": Y(
                lambda f: f.pick(["Flu", "Back pain", "Stress", "Surgery recovery", "Covid-19"]), "condition"
            ),
            "CoverTeacherName": Y(lambda f: f.full_name(), "name"),
            "DaysAbsent": G(lambda f: f.r.randint(1, 10)),
            "StartDate": G(lambda f: f.uk_date()),
            "SchoolUrn": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Child Added",
        MOBILE,
        {
            "childId": G(lambda f: f.r.randint(1000000, 9999999)),
            "childFirstName": Y(lambda f: f.first(), "name"),
            "childLastName": Y(lambda f: f.last(), "name"),
            "childDateOfBirth": Y(
                lambda f: f.uk_date().replace("2024", str(f.r.randint(2011, 2020))), "birthdate"
            ),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "schoolName": G(
                lambda f: f.pick(["Lincoln Elementary", "St Mary's C of E Primary", "Westfield Primary"])
            ),
            "connectedVia": G(lambda f: f.pick(["invite_code", "qr_code", "teacher_request"])),
            "siblingsLinked": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], None),
]


def build(seed: int, repeats: int):
    f = SchoolFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in ("web", "swift", "kotlin", "rn", "flutter"):
                msg["anonymousId"] = f.uuid()
            msg["userId"] = f.pick(["u" + f.digits(7), f.uuid(), f.digits(6)])
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "sch_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=86, repeats=30)
    write(Path(__file__).parent, "holdout86_", events, labels)
