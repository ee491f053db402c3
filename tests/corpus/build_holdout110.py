"""Writes holdout110: tests/corpus/holdout110_events.jsonl and holdout110_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
holdouts' labels, and never run against the engine by its author. Only the corpus helpers
(`build.py`, `fake.py`), `build_holdout3.py` (for its format) and the reference's matcher table
were read.

Domain: children's education apps and parental controls in the US and Brazil, as one Segment
customer ("Owlbright", with its Brazilian brand "Corujinha") would send them: parent accounts
and child profiles with COPPA verifiable parental consent, lessons, quizzes and progress,
reading logs and read-aloud recordings, school and class codes, rostering from SIS/Clever,
teacher dashboards and notes, in-app messages between parents and teachers, tutors and their
payouts, screen-time limits, device enrolment, family location and geofences, subscriptions paid
by parents (Segment e-commerce spec, Stripe-shaped webhooks, Brazilian PIX/boleto), support
tickets, ad attribution, and warehouse syncs.

Sources: analytics.js (parents' site, teachers' dashboard), analytics-swift (kids' iPad app),
analytics-kotlin (parental-control agent on the child's Android phone), analytics-react-native
(parents' app), analytics_flutter (Corujinha, pt-BR), and the python, node, go, java, ruby, php
and .NET server libraries. Calls: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths are PascalCase
(.NET roster and staff sync), kebab-case (Go screen-time service), SCREAMING_SNAKE (warehouse
reverse-ETL identify) or Portuguese (nome, responsável, data_nascimento, escola, série, cpf,
cep, celular, chave_pix ...).

Labelling rules (the product's default colours):
- PII = personal data about a natural person: the parent, the child (a dependant), a teacher,
  tutor or staff member, an emergency or allowed contact, a gift recipient. Colour and type are
  the reference's default matcher (name, email, phone, address|street, city, zipcode, birthdate,
  gender, ip, photo, serial, mac, license, identification, salary, condition, allergy,
  medication, disability, social security number, passport, visa, token, password, credit
  card); outside the reference: `national id` (CPF, a state id number) red, `bank account` red,
  `secret`/`token` red, `geolocation` yellow, `advertising id` yellow.
- Green: ids we or a business issue (user, child-profile, class, school, NCES, order, invoice,
  Stripe customer and charge ids, student numbers a school issues), class and join codes,
  versions, timestamps, amounts, enums, counters and booleans even under PII-sounding keys
  (`emailVerified`, `phoneVerified`, `password_strength`, `EMAIL_BOUNCED`, `email_domain`),
  hashes of files and ids, quiz answers and spelling input, ages, age bands and grades,
  relationship enums (mother, avó), job titles, product / plan / book / school / district /
  company names, virtual pets' names, app-generated kid usernames (BraveOtter42), a
  school's own phone, address and postal code, role mailboxes, places that are not the person's
  (a school's city, a searched topic), country, state/UF, locale, timezone, currency, user
  agents, OS-issued device ids, card brand / last four / expiry / BIN, bank and branch codes
  (routing number, banco, agência), UUID session tokens (Google Places), boleto lines.
- Contested cases settled by the product's policy: insurer member numbers `identification`
  yellow; prescription numbers `medication` yellow; pay rates and salaries (a tutor's hourly
  rate, a staff salary, a household income band) `salary` yellow; gclid / fbclid / fbp / fbc
  `advertising id` yellow; the person's billing address `address` yellow; Stripe `pm_` ids,
  one-time / enrolment codes, magic-link and OAuth tokens red `token`; the last four of an SSN
  red; right-to-work answers red `visa`.
- Special categories from booleans and enums: an IEP / 504 plan flag or a learning-support enum
  (dyslexia, ADHD, autism) is `disability` red; has_asthma is `condition` yellow.
- Decisions where the rules are silent (what a careful privacy owner would want flagged):
  a device name that carries the owner's first name ("Sofia's iPad") is `name` yellow,
  value_only; a recording of a child's voice is yellow `photo|voice`; a state-issued student
  identifier (SSID) is yellow `identification`, like an insurer's member number; a SHA-256 of an
  e-mail sent for ad matching stays yellow `email` (a pseudonym of a person, not a hash of
  non-PII); a PIX key (CPF, e-mail, phone or random key) routes money to a person's account:
  red `bank account`; book authors are catalogue metadata: green; a typed e-signature is `name`;
  race and ethnicity from a student information system are `race` / `ethnicity` yellow; a
  driver's or state id number captured for consent is an identity document: red.
- value_only: true when the key does not say what the value is (field.value, label, text, body,
  response, alt, note, q, to, recipient, identifier, mensagem, data.body, allowed_contacts[].value,
  conversation.source.body, externalIds[].id, remote, device_name) so only the value reveals it.
  Every value of a value_only PII path carries that PII (free-text generators always embed it).
  Neutral keys and free text that never carry PII (input, answer, query, instructions,
  reading-log comments, app feedback) are green.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ---------------------------------------------------------------------------

US_FIRST = [
    "Emma", "Liam", "Aaliyah", "Jayden", "Sofia", "Mateo", "Ximena", "Darnell", "Mei-Ling",
    "Arjun", "Fatima", "Kenji", "Nia", "Santiago", "Chloe", "Ethan", "Amina", "Diego", "Hannah",
    "Isaiah", "Leilani", "Yusuf", "Priya", "Tyrone", "Zara", "Dmitri", "Keanu", "Olivia", "Noor",
    "Camila", "Ava", "Giovanni", "Sun-hee", "Tomasz", "Adaeze", "Ibrahim", "Maya", "Elijah",
    "Valentina", "Siobhan", "Kwame", "Hiroshi", "Rania", "Thandiwe", "Arnav", "Brooklyn",
]  # fmt: skip
US_LAST = [
    "Johnson", "Williams", "Nguyen", "Martinez", "Kim", "Patel", "Okafor", "Goldberg", "O'Connor",
    "Rodriguez", "Washington", "Yamamoto", "Haddad", "Kowalski", "Schmidt", "Brown", "Chen",
    "Hernández", "Adeyemi", "Friedman", "Singh", "Jackson", "Reyes", "Thompson", "Nakamura",
    "Abdullah", "Lopez", "Murphy", "Park", "Ivanov", "Begay", "Mensah", "Tran", "Fitzgerald",
]  # fmt: skip
BR_FIRST = [
    "João", "Ana Beatriz", "Luíza", "Thiago", "Pedro Henrique", "Maria Eduarda", "Gabriel", "Júlia",
    "Rafael", "Letícia", "Enzo", "Valentina", "Miguel", "Isabela", "Arthur", "Helena", "Davi",
    "Lorena", "Bernardo", "Yasmin", "Heitor", "Manuela", "Caio", "Beatriz", "Vitória", "Kauã",
    "Ayla", "Giovanna", "Francisco", "Raimunda",
]  # fmt: skip
BR_LAST = [
    "Silva", "Souza", "Oliveira", "Santos", "Pereira", "Lima", "Carvalho", "Ferreira", "Rodrigues",
    "Almeida", "Costa", "Gomes", "Ribeiro", "Martins", "Araújo", "Barbosa", "Nascimento", "Rocha",
    "Moura", "Cavalcanti", "Tanaka", "Yamada", "Nogueira", "dos Santos", "de Oliveira",
]  # fmt: skip
KID_FIRST = [
    "Emma", "Noah", "Mia", "Leo", "Aria", "Mateo", "Zoe", "Kai", "Luna", "Elijah", "Amara", "Theo",
    "Priya", "Omar", "Hana", "Miguel", "Bia", "Davi", "Lucas", "Sofia", "Yuki", "Nia", "Jonah",
    "Ximena", "Aiden", "Maëlle", "Tariq", "Ivy",
]  # fmt: skip
US_STREETS = [
    "Oak Ave", "Maple St", "W 34th St", "Pecan Grove Dr", "Sycamore Ln", "Magnolia Blvd",
    "N Lincoln Ave", "Cedar Ridge Ct", "Bayshore Rd", "E Colfax Ave", "Peachtree St NE", "Elm Way",
]  # fmt: skip
BR_STREETS = [
    "Rua Augusta", "Av. Paulista", "Rua das Laranjeiras", "Rua Oscar Freire", "Av. Boa Viagem",
    "Rua XV de Novembro", "Av. Afonso Pena", "Rua da Bahia", "Travessa São José", "Rua Padre Chagas",
]  # fmt: skip
US_CITIES = [
    ("Austin", "TX"), ("Houston", "TX"), ("Chicago", "IL"), ("Phoenix", "AZ"), ("Seattle", "WA"),
    ("Atlanta", "GA"), ("Miami", "FL"), ("Denver", "CO"), ("Columbus", "OH"), ("Fresno", "CA"),
    ("Newark", "NJ"), ("Albuquerque", "NM"), ("Raleigh", "NC"), ("Boise", "ID"),
]  # fmt: skip
BR_CITIES = [
    ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR"),
    ("Recife", "PE"), ("Porto Alegre", "RS"), ("Salvador", "BA"), ("Fortaleza", "CE"),
    ("Campinas", "SP"), ("Manaus", "AM"), ("Florianópolis", "SC"),
]  # fmt: skip
BAIRROS = ["Pinheiros", "Copacabana", "Savassi", "Batel", "Boa Viagem", "Moinhos de Vento", "Tijuca", "Mooca"]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.com",
    "aol.com",
    "example.com",
]
BR_MAIL = ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "yahoo.com.br"]
SCHOOL_DOMAINS = ["lakesideusd.org", "riverdaleisd.net", "maplewood.k12.oh.us", "sunridge-schools.org"]
SCHOOLS = [
    "Lakeside Elementary", "Riverdale Middle School", "Maplewood Academy", "Cesar Chavez Elementary",
    "Sunridge K-8", "Harriet Tubman Elementary", "Escola Municipal Monteiro Lobato",
    "Colégio Santa Cecília", "EMEF Paulo Freire",
]  # fmt: skip
DISTRICTS = ["Lakeside USD", "Riverdale ISD", "Maplewood City Schools", "Sunridge Unified", "SME São Paulo"]
LESSONS = [
    "Counting to 20", "Short Vowels", "Adding with Regrouping", "Sight Words Set 3",
    "Fractions on a Number Line", "The Water Cycle", "Frações", "Sílabas Simples", "Telling Time",
    "Multiplication Facts 6-9",
]  # fmt: skip
BOOKS = [
    ("Charlotte's Web", "E. B. White", "9780064400558"),
    ("The Very Hungry Caterpillar", "Eric Carle", "9780399226908"),
    ("Matilda", "Roald Dahl", "9780142410370"),
    ("Dog Man", "Dav Pilkey", "9780545581608"),
    ("O Menino Maluquinho", "Ziraldo", "9788506080432"),
    ("Last Stop on Market Street", "Matt de la Peña", "9780399257742"),
    ("Amelia Bedelia", "Peggy Parish", "9780062094957"),
    ("Reinações de Narizinho", "Monteiro Lobato", "9788525056104"),
]
BADGES = ["Bookworm", "Math Wizard", "7-Day Streak", "Super Speller", "Explorer", "Estrela da Leitura"]
APPS = [
    ("com.roblox.client", "Roblox", "games"),
    ("com.zhiliaoapp.musically", "TikTok", "social"),
    ("com.google.android.youtube", "YouTube", "video"),
    ("com.mojang.minecraftpe", "Minecraft", "games"),
    ("com.whatsapp", "WhatsApp", "messaging"),
    ("com.duolingo", "Duolingo", "education"),
    ("com.instagram.android", "Instagram", "social"),
]
PLANS = [
    ("owl_family_monthly", "Owlbright Family Monthly", 12.99),
    ("owl_family_annual", "Owlbright Family Annual", 89.99),
    ("owl_guard_addon", "Owlbright Guard Add-on", 4.99),
    ("owl_tutor_pack_4", "Live Tutoring 4-Pack", 119.0),
]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]  # fmt: skip


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class K(Fake):
    """Fake plus US / Brazil generators for this corpus."""

    def us_first(self):
        return self.pick(US_FIRST)

    def us_last(self):
        return self.pick(US_LAST)

    def br_first(self):
        return self.pick(BR_FIRST)

    def br_last(self):
        return self.pick(BR_LAST)

    def kid(self):
        return self.pick(KID_FIRST)

    def us_name(self):
        return f"{self.us_first()} {self.us_last()}"

    def br_name(self):
        return f"{self.br_first()} {self.br_last()} {self.br_last()}"

    def any_name(self):
        return self.us_name() if self.r.random() < 0.65 else self.br_name()

    def teacher_title(self):
        return f"{self.pick(['Ms.', 'Mr.', 'Mrs.', 'Mx.', 'Dr.'])} {self.us_last()}"

    def mail(self, first=None, last=None, br=False):
        first = ascii_fold(first or (self.br_first() if br else self.us_first())).lower().replace(" ", "")
        last = ascii_fold(last or (self.br_last() if br else self.us_last())).lower().replace(" ", "")
        last = last.replace("'", "")
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last[:4]}",
            ]
        )
        return f"{user}@{self.pick(BR_MAIL if br else MAIL_DOMAINS)}"

    def parent_email(self):
        return self.mail(br=self.r.random() < 0.3)

    def teacher_email(self):
        last = ascii_fold(self.us_last()).lower().replace(chr(39), "")
        return f"{ascii_fold(self.us_first()[0]).lower()}{last}@{self.pick(SCHOOL_DOMAINS)}"

    def us_phone(self):
        area = self.pick([512, 713, 312, 602, 206, 404, 305, 720, 614, 559, 973, 505, 919, 208])
        ex, line = self.r.randint(201, 989), self.r.randint(0, 9999)
        return self.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"{area}.{ex}.{line:04d}",
            ]
        )

    def br_phone(self):
        ddd = self.pick([11, 21, 31, 41, 81, 51, 71, 85, 19, 92, 48])
        a, b = self.r.randint(1000, 9999), self.r.randint(0, 9999)
        return self.pick(
            [
                f"+55 {ddd} 9{a}-{b:04d}",
                f"({ddd}) 9{a}-{b:04d}",
                f"+55{ddd}9{a}{b:04d}",
                f"{ddd} 9{a} {b:04d}",
            ]
        )

    def phone_any(self):
        r = self.r.random()
        if r < 0.55:
            return self.us_phone()
        if r < 0.85:
            return self.br_phone()
        return self.pick(
            [f"+52 55 {self.r.randint(1000, 9999)} {self.r.randint(1000, 9999)}", self.phone("uk")]
        )

    def cpf(self):
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(v * w for v, w in zip(d, range(n, 1, -1), strict=False))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        s = "".join(map(str, d))
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if self.r.random() < 0.7 else s

    def cep(self):
        return f"{self.r.randint(1000, 99999):05d}-{self.r.randint(0, 999):03d}"

    def us_zip(self):
        z = f"{self.r.randint(10001, 99950):05d}"
        return z if self.r.random() < 0.8 else f"{z}-{self.r.randint(1000, 9999)}"

    def us_street(self):
        return f"{self.r.randint(12, 9870)} {self.pick(US_STREETS)}"

    def br_street(self):
        return f"{self.pick(BR_STREETS)}, {self.r.randint(10, 3200)}"

    def us_city(self):
        return self.pick(US_CITIES)[0]

    def br_city(self):
        return self.pick(BR_CITIES)[0]

    def us_address_line(self):
        city, st = self.pick(US_CITIES)
        return f"{self.us_street()}, {city}, {st} {self.us_zip()}"

    def br_address_line(self):
        city, uf = self.pick(BR_CITIES)
        return f"{self.br_street()} - {self.pick(BAIRROS)}, {city} - {uf}, {self.cep()}"

    def lat_us(self):
        return round(self.r.uniform(25.5, 47.5), 6)

    def lon_us(self):
        return round(self.r.uniform(-122.5, -75.0), 6)

    def lat_br(self):
        return round(self.r.uniform(-30.0, -3.0), 6)

    def lon_br(self):
        return round(self.r.uniform(-60.0, -35.0), 6)

    def lat(self):
        """A latitude in the US or Brazil; the next lon() falls in the same country."""
        self._in_us = self.r.random() < 0.6
        return self.lat_us() if self._in_us else self.lat_br()

    def lon(self):
        return self.lon_us() if getattr(self, "_in_us", True) else self.lon_br()

    def class_code(self):
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "".join(self.r.choice(alphabet) for _ in range(6))

    def kid_username(self):
        adj = self.pick(["Brave", "Sunny", "Clever", "Swift", "Cosmic", "Happy", "Mighty"])
        animal = self.pick(["Otter", "Owl", "Panda", "Fox", "Dolphin", "Tiger", "Capybara"])
        return f"{adj}{animal}{self.r.randint(1, 99)}"

    def money_br(self, lo, hi):
        return round(self.r.uniform(lo, hi), 2)

    def pm(self):
        return "pm_1" + "".join(
            self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(23)
        )

    def stripe_id(self, prefix):
        return prefix + "".join(
            self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)
        )

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def us_dob_parent(self):
        return self.date(1965, 1998)

    def kid_dob(self):
        return self.date(2011, 2020)

    def grade(self):
        return self.pick(["K", "1", "2", "3", "4", "5", "6", "7", "8"])

    def serie(self):
        return self.pick(["1º ano", "2º ano", "3º ano", "4º ano", "5º ano", "6º ano", "Educação Infantil"])

    def ssid(self):
        return self.pick(["TX", "S", ""]) + self.digits(10)

    def routing(self):
        return self.pick(["111000025", "021000021", "121000358", "026009593", "061000104"])

    def vin(self):
        return "1FM" + "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))


# -- contexts sent by the client libraries -------------------------------------------------------


def web_parent_ctx():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.67.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/", "/account", "/kids", "/plans", "/checkout", "/reports"])),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.facebook.com/",
                        "https://family.owlbright.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?ref=app", "?tab=progress"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Owlbright | Family", "Choose a plan - Owlbright", "Progress report - Owlbright"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://family.owlbright.com" + f.pick(["/", "/account", "/kids", "/plans", "/checkout"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(["en-US", "es-US", "pt-BR", "en-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/New_York", "America/Sao_Paulo", "America/Denver"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["back_to_school_24", "summer_reading", "holiday_family"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "pinterest"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(["reading app for kids", "math games 2nd grade", "parental control app"])
            ),
        },
    }


def web_teacher_ctx():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.67.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/classes", "/classes/roster", "/insights", "/messages", "/assignments"])
            ),
            "referrer": G(
                lambda f: f.pick(["", "https://classroom.google.com/", "https://clever.com/in/lakeside"])
            ),
            "search": G(lambda f: f.pick(["", "?period=week", "?sort=lowest_score"])),
            "title": G(
                lambda f: f.pick(["Classroom - Owlbright", "Insights - Owlbright", "Messages - Owlbright"])
            ),
            "url": G(
                lambda f: "https://classroom.owlbright.com" + f.pick(["/classes", "/insights", "/messages"])
            ),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "es-US"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Los_Angeles", "America/Sao_Paulo"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "groupId": G(lambda f: "sch_" + f.digits(6)),
    }


def swift_kid_ctx():
    return {
        "app": {
            "name": G(lambda f: "Owlbright Kids"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6502"])),
            "namespace": G(lambda f: "com.owlbright.kids"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPad13,18", "iPad12,1", "iPhone14,7", "iPad7,11"])),
            "name": G(lambda f: f.pick(["iPad", "iPhone"])),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "iOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.5"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([820, 810, 390])),
            "height": G(lambda f: f.pick([1180, 1080, 844])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, True, False])),
            "cellular": G(lambda f: f.pick([False, True])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "pt-BR"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Chicago", "America/Phoenix"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"childProfileId": G(lambda f: "cp_" + f.hexid(10))},
    }


def kotlin_guard_ctx():
    return {
        "app": {
            "name": G(lambda f: "Owlbright Guard"),
            "version": G(lambda f: f.pick(["3.2.1", "3.3.0", "3.3.2"])),
            "build": G(lambda f: f.pick(["30201", "30300", "30302"])),
            "namespace": G(lambda f: "com.owlbright.guard"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Google", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A145M", "moto g54 5G", "Pixel 7a", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["a14", "cancunf", "lynx", "tapas"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "es-MX"])),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 13.4])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Vivo", "Claro", "TIM", "Verizon"])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {"width": G(lambda f: 1080), "height": G(lambda f: f.pick([2340, 2400, 2408]))},
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/New_York", "America/Chicago"])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-A145M", "Pixel 7a"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_parent_ctx():
    return {
        "app": {
            "name": G(lambda f: "Owlbright Parents"),
            "version": G(lambda f: f.pick(["4.9.0", "4.10.1", "4.10.3"])),
            "build": G(lambda f: f.pick(["490", "4101", "4103"])),
            "namespace": G(lambda f: "com.owlbright.parents"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone13,2", "SM-S918U", "Pixel 8"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "shiba"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "16.6.1"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 430])),
            "height": G(lambda f: f.pick([852, 915, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "es-US"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Sao_Paulo", "America/Los_Angeles"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.parent_email(), "email"),
            "firstName": Y(lambda f: f.pick([f.us_first(), f.br_first()]), "name"),
            "lastName": Y(lambda f: f.pick([f.us_last(), f.br_last()]), "name"),
            "plan": G(lambda f: f.pick(["free", "family_monthly", "family_annual"])),
        },
    }


def flutter_br_ctx():
    return {
        "app": {
            "name": G(lambda f: "Corujinha"),
            "version": G(lambda f: f.pick(["2.1.0", "2.1.3", "2.2.0"])),
            "build": G(lambda f: f.pick(["210", "213", "220"])),
            "namespace": G(lambda f: "br.com.corujinha.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A055M", "moto e13", "Redmi 12C", "iPad (9th generation)"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.7"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.4"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 810])),
            "height": G(lambda f: f.pick([1600, 2400, 1080])),
        },
        "locale": G(lambda f: "pt-BR"),
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/Recife", "America/Manaus"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vivo", "Claro", "TIM", "Oi"])),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2"],
    "analytics-go": ["3.3.0", "3.2.1"],
    "analytics-java": ["3.5.1", "3.4.0"],
    "analytics-ruby": ["2.4.3", "2.4.1"],
    "analytics-php": ["3.7.0", "3.8.1"],
    "Segment.Analytics.CSharp": ["2.3.5", "2.4.0"],
}


def server_ctx(library, with_ip=False, external_ids=False):
    ctx = {
        "library": {"name": G(lambda f: library), "version": G(lambda f: f.pick(SERVER_VERSIONS[library]))}
    }
    if with_ip:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if external_ids:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.parent_email(), "email", True),
                "type": G(lambda f: "parent_email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    return ctx


CONTEXTS = {
    "web": web_parent_ctx,
    "teacher": web_teacher_ctx,
    "swift": swift_kid_ctx,
    "kotlin": kotlin_guard_ctx,
    "rn": rn_parent_ctx,
    "flutter": flutter_br_ctx,
    "python": lambda: server_ctx("analytics-python"),
    "node": lambda: server_ctx("@segment/analytics-node", with_ip=True, external_ids=True),
    "go": lambda: server_ctx("analytics-go"),
    "java": lambda: server_ctx("analytics-java"),
    "ruby": lambda: server_ctx("analytics-ruby", with_ip=True),
    "php": lambda: server_ctx("analytics-php", with_ip=True),
    "dotnet": lambda: server_ctx("Segment.Analytics.CSharp"),
}

# -- free text -------------------------------------------------------------------------------------


def text_call_me(f: K) -> str:
    ph = f.phone_any()
    return f.pick(
        [
            f"Hi {f.teacher_title()}, could you call me at {ph} about the reading homework?",
            f"{f.kid()} was sick today, sorry. My cell is {ph} if you need me.",
            f"Can we set up a conference? Text me at {ph} any time after 3.",
            f"Please use my new number {ph}, the old one is disconnected.",
            f"Pickup is grandma today. Her phone: {ph}",
        ]
    )


def body_with_names(f: K) -> str:
    kid, t = f.kid(), f.teacher_title()
    return f.pick(
        [
            f"Hi {t}, {kid} will be absent Friday for a doctor's appointment.",
            f"Thank you {t}! {kid} loved the volcano project.",
            f"{kid} forgot the library book at home, we'll bring it tomorrow. Thanks, {f.us_first()}",
            f"Dear {t}, is there extra practice {kid} can do for fractions?",
            f"Olá professora {f.br_first()}, o {kid} não vai à aula amanhã.",
        ]
    )


def note_with_email(f: K) -> str:
    em = f.parent_email()
    return f.pick(
        [
            f"Dad prefers email: {em}",
            f"Sent progress report to {em}",
            f"Mom asked to cc {em} on all updates",
            f"Parent email bounced, new one is {em}",
        ]
    )


def push_body(f: K) -> str:
    kid = f.kid()
    return f.pick(
        [
            f"{kid} finished {f.r.randint(2, 9)} lessons today!",
            f"{kid} earned the {f.pick(BADGES)} badge",
            f"{kid} reached today's screen-time limit",
            f"{kid} arrived at school",
            f"{kid} asked for 30 more minutes on Minecraft",
        ]
    )


def writing_text(f: K) -> str:
    return f.pick(
        [
            f"My best friend is {f.kid()}. We play tag at recess.",
            f"My little brother {f.kid()} is 3 and he is silly.",
            f"I went to the zoo with my grandma {f.us_first()} and saw a giraffe.",
            f"Meu nome é {f.kid()} e eu gosto de desenhar.",
            f"My teacher {f.teacher_title()} has a hamster named Peanut.",
        ]
    )


def gift_message(f: K) -> str:
    return f.pick(
        [
            f"Happy birthday {f.kid()}! Love, Grandma {f.us_first()}",
            f"For {f.kid()} - keep reading! Uncle {f.us_first()}",
            f"Feliz aniversário, {f.kid()}! Beijos da tia {f.br_first()}",
            f"{f.kid()}, enjoy your new lessons. From the {f.us_last()} family",
        ]
    )


def mensagem_br(f: K) -> str:
    ph = f.br_phone()
    return f.pick(
        [
            f"Oi professora, pode me ligar no {ph}?",
            f"Boa tarde! Meu WhatsApp mudou: {ph}",
            f"Quem busca hoje é o avô, telefone {ph}",
        ]
    )


def comment_green(f: K) -> str:
    return f.pick(
        [
            "Loved it!",
            "Read it twice before bed",
            "Too many hard words",
            "We read the first 3 chapters together",
            "Adorou a história do sítio",
            "",
        ]
    )


def feedback_green(f: K) -> str:
    return f.pick(
        [
            "The math games are great but the app crashes on the old iPad",
            "Please add more Spanish books",
            "Screen time limits reset at the wrong hour",
            "Love the dinosaur lessons",
            "Too expensive for two kids",
            "Falta conteúdo para o 5º ano",
        ]
    )


# -- events ----------------------------------------------------------------------------------------


def plan_product():
    def pick_plan(f):
        return f.pick(PLANS)

    return {
        "product_id": G(lambda f: pick_plan(f)[0]),
        "sku": G(lambda f: f.pick(["OWL-FAM-M", "OWL-FAM-Y", "OWL-GRD-M", "OWL-TUT-4"])),
        "name": G(lambda f: pick_plan(f)[1]),
        "price": G(lambda f: pick_plan(f)[2]),
        "quantity": G(lambda f: f.pick([1, 1, 2, 3])),
        "category": G(lambda f: f.pick(["subscription", "add-on", "tutoring"])),
    }


def billing_address():
    return {
        "name": Y(lambda f: f.any_name(), "name"),
        "line1": Y(lambda f: f.us_street(), "address|street"),
        "line2": Y(lambda f: f.pick(["Apt 4B", "Unit 12", "Suite 300", "Apt 1102"]), "address|street"),
        "city": Y(lambda f: f.us_city(), "city"),
        "state": G(lambda f: f.pick(["TX", "IL", "CA", "GA", "NJ"])),
        "postal_code": Y(lambda f: f.us_zip(), "zipcode"),
        "country": G(lambda f: "US"),
    }


EVENTS = [
    # -- parent accounts ---------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        30,
        {
            "email": Y(lambda f: f.parent_email(), "email"),
            "firstName": Y(lambda f: f.us_first(), "name"),
            "lastName": Y(lambda f: f.us_last(), "name"),
            "phoneNumber": Y(lambda f: f.us_phone(), "phone"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["parent", "guardian", "homeschool_parent"])),
            "plan": G(lambda f: f.pick(["free", "family_monthly", "family_annual"])),
            "childrenCount": G(lambda f: f.r.randint(1, 4)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "pt"])),
            "stripeCustomerId": G(lambda f: f.stripe_id("cus_")),
            "referralCode": G(lambda f: "OWL-" + f.class_code()[:5]),
            "coppaConsentStatus": G(lambda f: f.pick(["granted", "pending", "revoked"])),
            "avatarUrl": Y(lambda f: f"https://cdn.owlbright.com/avatars/parents/{f.hexid(12)}.jpg", "photo"),
            "city": Y(lambda f: f.us_city(), "city"),
            "zipCode": Y(lambda f: f.us_zip(), "zipcode"),
            "birthday": Y(lambda f: f.us_dob_parent(), "birthdate"),
        },
    ),
    (
        "track",
        "Account Created",
        "rn",
        28,
        {
            "signup_method": G(lambda f: f.pick(["email", "apple", "google"])),
            "email": Y(lambda f: f.parent_email(), "email"),
            "email_domain": G(lambda f: f.pick(["gmail.com", "yahoo.com", "icloud.com", "hotmail.com"])),
            "account_type": G(lambda f: f.pick(["parent", "teacher", "homeschool"])),
            "is_homeschool": G(lambda f: f.pick([True, False])),
            "referrer_user_id": G(lambda f: f.pick(["usr_" + f.digits(8), None])),
        },
    ),
    (
        "track",
        "Signed In",
        "web",
        30,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "clever"])),
            "identifier": Y(lambda f: f.parent_email(), "email", True),
            "remember_me": G(lambda f: f.pick([True, False])),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        "node",
        20,
        {
            "link_token": RED(lambda f: f.hexid(40), "token"),
            "expires_at": G(lambda f: f.iso()),
            "redirect_path": G(lambda f: f.pick(["/kids", "/reports", "/plans"])),
            "expired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Changed",
        "ruby",
        20,
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_length": G(lambda f: f.r.randint(8, 24)),
            "reset_via": G(lambda f: f.pick(["email", "sms", "settings"])),
            "sessions_revoked": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Verification Code Submitted",
        "rn",
        22,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "otp": RED(lambda f: f.otp(), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, False])),
            "phone_country_code": G(lambda f: f.pick(["+1", "+55", "+52"])),
        },
    ),
    (
        "alias",
        None,
        "web",
        20,
        {},
    ),
    # -- child profiles and COPPA consent ----------------------------------------------------------
    (
        "identify",
        None,
        "swift",
        30,
        {
            "childProfileId": G(lambda f: "cp_" + f.hexid(10)),
            "nickname": Y(lambda f: f.kid(), "name"),
            "username": G(lambda f: f.kid_username()),
            "avatar": G(lambda f: f.pick(["owl_blue", "fox_orange", "panda_green", "robot_silver"])),
            "ageBand": G(lambda f: f.pick(["3-5", "6-8", "9-12"])),
            "age": G(lambda f: f.r.randint(4, 12)),
            "birthYear": Y(lambda f: f.r.randint(2011, 2020), "birthdate"),
            "gradeLevel": G(lambda f: f.grade()),
            "readingLevel": G(lambda f: f.pick(["A", "D", "J", "M", "Q"])),
            "parentId": G(lambda f: "usr_" + f.digits(8)),
            "parentalConsent": G(lambda f: f.pick([True, False])),
            "learningSupport": RED(
                lambda f: f.pick(["dyslexia", "ADHD", "autism", "speech delay"]), "disability"
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Child Profile Created",
        "rn",
        28,
        {
            "child_profile_id": G(lambda f: "cp_" + f.hexid(10)),
            "child_first_name": Y(lambda f: f.kid(), "name"),
            "child_birthdate": Y(lambda f: f.kid_dob(), "birthdate"),
            "child_gender": Y(lambda f: f.pick(["girl", "boy", "prefer_not_to_say"]), "gender|sex"),
            "grade": G(lambda f: f.grade()),
            "school_name": G(lambda f: f.pick(SCHOOLS)),
            "profiles_on_account": G(lambda f: f.r.randint(1, 4)),
            "relationship": G(lambda f: f.pick(["mother", "father", "grandparent", "guardian"])),
            "has_asthma": Y(lambda f: f.pick([True, False]), "condition"),
            "photo_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parental Consent Requested",
        "node",
        24,
        {
            "consent_request_id": G(lambda f: f.uuid()),
            "child_profile_id": G(lambda f: "cp_" + f.hexid(10)),
            "parent_email": Y(lambda f: f.parent_email(), "email"),
            "consent_method": G(
                lambda f: f.pick(["card_verification", "id_upload", "signed_form", "knowledge_based"])
            ),
            "email_sent": G(lambda f: f.pick([True, False])),
            "expires_at": G(lambda f: f.iso()),
            "regulation": G(lambda f: f.pick(["COPPA", "LGPD", "COPPA+CCPA"])),
        },
    ),
    (
        "track",
        "Parental Consent Verified",
        "python",
        24,
        {
            "consent_id": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["card_verification", "knowledge_based", "signed_form"])),
            "signature_name": Y(lambda f: f.any_name(), "name"),
            "consent_ip": Y(lambda f: f.ipv4(), "ip"),
            "consent_text_version": G(lambda f: f.pick(["coppa-v3", "coppa-v4", "coppa-v4-es"])),
            "child_first_name": Y(lambda f: f.kid(), "name"),
            "verification": {
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "charge_id": G(lambda f: f.stripe_id("ch_")),
                "charge_amount": G(lambda f: f.pick([0.5, 0.3, 1.0])),
                "payment_method": RED(lambda f: f.pm(), "token"),
                "kba_questions_passed": G(lambda f: f.r.randint(3, 5)),
            },
            "verified_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "ID Document Submitted",
        "python",
        20,
        {
            "consent_id": G(lambda f: f.uuid()),
            "document_type": G(lambda f: f.pick(["drivers_license", "state_id", "passport"])),
            "document_number": RED(lambda f: f.pick(["D", "S", ""]) + f.digits(8), "national id|passport"),
            "issuing_state": G(lambda f: f.pick(["TX", "CA", "IL", "FL"])),
            "holder_dob": Y(lambda f: f.us_dob_parent(), "birthdate"),
            "selfie_url": Y(lambda f: f"https://kyc.owlbright.com/selfies/{f.uuid()}.jpg", "photo"),
            "match_score": G(lambda f: f.money(0, 1)),
            "vendor": G(lambda f: f.pick(["Persona", "Veriff", "Onfido"])),
        },
    ),
    (
        "track",
        "Parental Consent Revoked",
        "php",
        18,
        {
            "child_profile_id": G(lambda f: "cp_" + f.hexid(10)),
            "reason": G(lambda f: f.pick(["no_longer_using", "privacy_concerns", "child_aged_out"])),
            "delete_data_requested": G(lambda f: f.pick([True, False])),
            "requested_by_email": Y(lambda f: f.parent_email(), "email"),
            "days_since_consent": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "Accessibility Settings Changed",
        "swift",
        20,
        {
            "child_profile_id": G(lambda f: "cp_" + f.hexid(10)),
            "dyslexia_font": G(lambda f: f.pick([True, False])),
            "text_to_speech": G(lambda f: f.pick([True, False])),
            "font_scale": G(lambda f: f.pick([1.0, 1.25, 1.5])),
            "high_contrast": G(lambda f: f.pick([True, False])),
            "has_iep_on_file": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    # -- lessons, quizzes and progress --------------------------------------------------------------
    (
        "screen",
        "Lesson Map",
        "swift",
        28,
        {
            "screen_class": G(lambda f: "LessonMapViewController"),
            "unit": G(lambda f: f.pick(["Numbers", "Phonics", "Science", "Shapes"])),
        },
    ),
    (
        "track",
        "Lesson Started",
        "swift",
        34,
        {
            "lesson_id": G(lambda f: "les_" + f.digits(5)),
            "lesson_title": G(lambda f: f.pick(LESSONS)),
            "subject": G(lambda f: f.pick(["math", "reading", "science", "spanish"])),
            "difficulty": G(lambda f: f.pick(["easy", "medium", "hard"])),
            "session_id": G(lambda f: f.uuid()),
            "offline": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Lesson Completed",
        "swift",
        34,
        {
            "lesson_id": G(lambda f: "les_" + f.digits(5)),
            "lesson_title": G(lambda f: f.pick(LESSONS)),
            "duration_seconds": G(lambda f: f.r.randint(60, 1500)),
            "stars_earned": G(lambda f: f.r.randint(0, 3)),
            "accuracy": G(lambda f: f.money(0.3, 1.0)),
            "streak_days": G(lambda f: f.r.randint(0, 60)),
            "completed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Question Answered",
        "kotlin",
        30,
        {
            "question_id": G(lambda f: "q_" + f.digits(6)),
            "quiz_id": G(lambda f: "qz_" + f.digits(5)),
            "question_type": G(lambda f: f.pick(["multiple_choice", "spelling", "drag_drop"])),
            "input": G(lambda f: f.pick(["because", "elephant", "14", "3/4", "gato", "friend"])),
            "correct": G(lambda f: f.pick([True, False])),
            "time_to_answer_ms": G(lambda f: f.r.randint(900, 40000)),
            "hint_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Quiz Completed",
        "flutter",
        26,
        {
            "quiz_id": G(lambda f: "qz_" + f.digits(5)),
            "score": G(lambda f: f.r.randint(0, 10)),
            "passed": G(lambda f: f.pick([True, False])),
            "time_spent_ms": G(lambda f: f.r.randint(30000, 600000)),
        },
    ),
    (
        "track",
        "Writing Prompt Submitted",
        "swift",
        24,
        {
            "prompt_id": G(lambda f: "wp_" + f.digits(4)),
            "prompt": G(
                lambda f: f.pick(
                    ["Write about someone in your family", "Tell us about your weekend", "Who is your hero?"]
                )
            ),
            "response": Y(writing_text, "name", True),
            "word_count": G(lambda f: f.r.randint(5, 80)),
            "spellcheck_fixes": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    (
        "track",
        "Badge Earned",
        "swift",
        24,
        {
            "badge_id": G(lambda f: "bdg_" + f.digits(3)),
            "badge_name": G(lambda f: f.pick(BADGES)),
            "total_badges": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Virtual Pet Named",
        "swift",
        20,
        {
            "pet_species": G(lambda f: f.pick(["owl", "dragon", "puppy", "axolotl"])),
            "pet_name": G(
                lambda f: f.pick(["Biscuit", "Luna", "Max", "Sir Hoots", "Pipoca", "Charlie", "Nugget"])
            ),
        },
    ),
    (
        "track",
        "Progress Report Viewed",
        "web",
        26,
        {
            "child_id": G(lambda f: "cp_" + f.hexid(10)),
            "child_name": Y(lambda f: f.kid(), "name"),
            "report_period": G(lambda f: f.pick(["week", "month", "term"])),
            "lessons_completed": G(lambda f: f.r.randint(0, 60)),
            "avg_score": G(lambda f: f.money(40, 100)),
            "strengths": Many(G(lambda f: f.pick(["addition", "phonics", "sight words", "shapes"])), 3),
            "shared_with_teacher": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parent Gate Passed",
        "swift",
        22,
        {
            "gate_type": G(lambda f: f.pick(["math_question", "hold_button", "birth_year"])),
            "answer": G(lambda f: str(f.r.randint(10, 99))),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "destination": G(lambda f: f.pick(["settings", "store", "external_link"])),
        },
    ),
    # -- reading -----------------------------------------------------------------------------------
    (
        "track",
        "Book Opened",
        "swift",
        28,
        {
            "book_id": G(lambda f: "bk_" + f.digits(6)),
            "isbn": G(lambda f: f.pick(BOOKS)[2]),
            "title": G(lambda f: f.pick(BOOKS)[0]),
            "author": G(lambda f: f.pick(BOOKS)[1]),
            "lexile": G(lambda f: f.pick(["420L", "680L", "AD300L", "890L"])),
            "source": G(lambda f: f.pick(["library", "assigned", "search"])),
        },
    ),
    (
        "track",
        "Reading Log Entry Added",
        "web",
        26,
        {
            "log_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: "cp_" + f.hexid(10)),
            "book_title": G(lambda f: f.pick(BOOKS)[0]),
            "minutes_read": G(lambda f: f.r.randint(5, 60)),
            "pages": G(lambda f: f.r.randint(1, 80)),
            "reading_date": G(lambda f: f.date(2024, 2024)),
            "logged_by": G(lambda f: f.pick(["parent", "child", "teacher"])),
            "parent_signature": Y(lambda f: f.any_name(), "name"),
            "comment": G(comment_green),
            "mood": G(lambda f: f.pick(["happy", "tired", "excited"])),
        },
    ),
    (
        "track",
        "Read Aloud Recorded",
        "swift",
        22,
        {
            "recording_id": G(lambda f: f.uuid()),
            "audio_url": Y(lambda f: f"https://media.owlbright.com/readaloud/{f.uuid()}.m4a", "photo|voice"),
            "duration_seconds": G(lambda f: f.r.randint(20, 400)),
            "words_per_minute": G(lambda f: f.r.randint(20, 160)),
            "shared_with_teacher": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- schools and classes -----------------------------------------------------------------------
    (
        "identify",
        None,
        "teacher",
        26,
        {
            "email": Y(lambda f: f.teacher_email(), "email"),
            "first_name": Y(lambda f: f.us_first(), "name"),
            "last_name": Y(lambda f: f.us_last(), "name"),
            "display_name": Y(lambda f: f.teacher_title(), "name"),
            "title": G(
                lambda f: f.pick(["3rd Grade Teacher", "Reading Specialist", "Math Coach", "Librarian"])
            ),
            "role": G(lambda f: "teacher"),
            "school_id": G(lambda f: "sch_" + f.digits(6)),
            "school_name": G(lambda f: f.pick(SCHOOLS)),
            "grades_taught": Many(G(lambda f: f.grade()), 3),
            "classroom_count": G(lambda f: f.r.randint(1, 6)),
            "verified_educator": G(lambda f: f.pick([True, False])),
            "sso_provider": G(lambda f: f.pick(["google", "clever", "classlink", "microsoft"])),
            "mobile_phone": Y(lambda f: f.us_phone(), "phone"),
        },
    ),
    (
        "group",
        None,
        "teacher",
        24,
        {
            "name": G(lambda f: f.pick(SCHOOLS)),
            "type": G(lambda f: f.pick(["public", "charter", "private"])),
            "district": G(lambda f: f.pick(DISTRICTS)),
            "nces_id": G(lambda f: f.digits(12)),
            "phone": G(
                lambda f: f.pick(["(512) 414-2300", "+1 312-535-8100", "(559) 457-3400", "+55 11 3396-0400"])
            ),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://lakeside.lakesideusd.org",
                        "https://rms.riverdaleisd.net",
                        "https://www.maplewood.k12.oh.us",
                    ]
                )
            ),
            "address": {
                "street": G(lambda f: f.pick(["1200 Oak Ave", "455 W Cermak Rd", "3132 N Fresno St"])),
                "city": G(lambda f: f.pick(["Austin", "Chicago", "Fresno"])),
                "state": G(lambda f: f.pick(["TX", "IL", "CA"])),
                "postalCode": G(lambda f: f.pick(["78704", "60616", "93703"])),
            },
            "principal_name": Y(lambda f: f.us_name(), "name"),
            "billing_contact_email": Y(lambda f: f.teacher_email(), "email"),
            "plan": G(lambda f: f.pick(["school_basic", "school_pro", "district"])),
            "seats": G(lambda f: f.r.randint(50, 1200)),
            "title_i": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Class Created",
        "teacher",
        24,
        {
            "class_id": G(lambda f: "cls_" + f.digits(7)),
            "class_name": G(
                lambda f: f.pick(["Room 12 Math", "3B Reading", "Homeroom 2", "Turma 4A", "Period 5 Science"])
            ),
            "class_code": G(lambda f: f.class_code()),
            "grade": G(lambda f: f.grade()),
            "subject": G(lambda f: f.pick(["math", "reading", "science", "ELA"])),
            "co_teacher_email": Y(lambda f: f.teacher_email(), "email"),
            "school_year": G(lambda f: f.pick(["2023-2024", "2024-2025", "2025"])),
        },
    ),
    (
        "track",
        "Class Joined",
        "swift",
        26,
        {
            "class_code": G(lambda f: f.class_code()),
            "class_id": G(lambda f: "cls_" + f.digits(7)),
            "teacher_id": G(lambda f: "usr_" + f.digits(8)),
            "join_method": G(lambda f: f.pick(["code", "qr", "clever_badge"])),
        },
    ),
    (
        "track",
        "Students Rostered",
        "teacher",
        22,
        {
            "class_id": G(lambda f: "cls_" + f.digits(7)),
            "import_source": G(lambda f: f.pick(["clever", "google_classroom", "csv"])),
            "students_added": G(lambda f: f.r.randint(1, 30)),
            "students": Many(
                {
                    "student_number": G(lambda f: f.digits(7)),
                    "state_student_id": Y(lambda f: f.ssid(), "identification"),
                    "student_name": Y(lambda f: f"{f.kid()} {f.us_last()}", "name"),
                    "guardian_email": Y(lambda f: f.parent_email(), "email"),
                    "grade": G(lambda f: f.grade()),
                    "ell": G(lambda f: f.pick([True, False])),
                    "has_504_plan": RED(lambda f: f.pick([True, False]), "disability"),
                },
                4,
            ),
        },
    ),
    (
        "page",
        "Class Insights",
        "teacher",
        26,
        {
            "name": G(lambda f: "Class Insights"),
            "path": G(lambda f: "/insights"),
            "url": G(lambda f: "https://classroom.owlbright.com/insights?class=cls_" + f.digits(7)),
            "title": G(lambda f: "Insights - Owlbright"),
            "referrer": G(
                lambda f: f.pick(["", "https://classroom.owlbright.com/classes", "https://clever.com/"])
            ),
            "students_at_risk": G(lambda f: f.r.randint(0, 8)),
            "filter": G(lambda f: f.pick(["all", "below_benchmark", "inactive_7d"])),
        },
    ),
    (
        "track",
        "Student Searched",
        "teacher",
        22,
        {
            "q": Y(lambda f: f.pick([f.kid(), f"{f.kid()} {f.us_last()}", f.us_last()]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 5)),
            "scope": G(lambda f: f.pick(["class", "school", "district"])),
        },
    ),
    (
        "track",
        "Student Flagged",
        "teacher",
        22,
        {
            "student_id": G(lambda f: "stu_" + f.digits(7)),
            "student_name": Y(lambda f: f"{f.kid()} {f.us_last()}", "name"),
            "reason": G(lambda f: f.pick(["low_engagement", "below_benchmark", "frequent_absence"])),
            "note": Y(note_with_email, "email", True),
            "notify_parent": G(lambda f: f.pick([True, False])),
            "parent_phone": Y(lambda f: f.phone_any(), "phone"),
        },
    ),
    (
        "track",
        "Assignment Created",
        "teacher",
        24,
        {
            "assignment_id": G(lambda f: "asg_" + f.digits(6)),
            "class_id": G(lambda f: "cls_" + f.digits(7)),
            "lesson_ids": Many(G(lambda f: "les_" + f.digits(5)), 4),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "instructions": G(
                lambda f: f.pick(["Finish by Friday", "Practice 10 min a day", "Leiam juntos em casa", ""])
            ),
        },
    ),
    (
        "track",
        "Integration Connected",
        "node",
        16,
        {
            "provider": G(lambda f: f.pick(["google_classroom", "canvas", "schoology"])),
            "scopes": Many(
                G(
                    lambda f: f.pick(
                        ["classroom.rosters.readonly", "classroom.coursework.students", "userinfo.email"]
                    )
                ),
                3,
            ),
            "access_token": RED(lambda f: "ya29.a0" + f.hexid(60), "token"),
            "token_expires_in": G(lambda f: 3599),
            "connected_by_user_id": G(lambda f: "usr_" + f.digits(8)),
        },
    ),
    # -- messages between parents and teachers -----------------------------------------------------
    (
        "track",
        "Message Sent",
        "rn",
        30,
        {
            "thread_id": G(lambda f: "thr_" + f.hexid(12)),
            "sender_role": G(lambda f: f.pick(["parent", "teacher", "school_admin"])),
            "recipient_id": G(lambda f: "usr_" + f.digits(8)),
            "recipient_name": Y(lambda f: f.pick([f.teacher_title(), f.us_name()]), "name"),
            "body": Y(body_with_names, "name", True),
            "translated": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["en", "es", "pt", "vi"])),
        },
    ),
    (
        "track",
        "Teacher Contacted",
        "web",
        22,
        {
            "teacher_id": G(lambda f: "usr_" + f.digits(8)),
            "channel": G(lambda f: f.pick(["in_app", "email"])),
            "subject": G(lambda f: f.pick(["Absence", "Homework question", "Conference request"])),
            "text": Y(text_call_me, "phone", True),
            "urgent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parent Invite Sent",
        "go",
        20,
        {
            "invite_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: "sms"),
            "to": Y(lambda f: f.phone_any(), "phone", True),
            "class_id": G(lambda f: "cls_" + f.digits(7)),
            "template": G(lambda f: f.pick(["parent_invite_en", "parent_invite_es", "convite_pt"])),
            "twilio_sid": G(lambda f: "SM" + f.hexid(32)),
            "from_number": G(lambda f: f.pick(["+15125550199", "+13125550142", "+12065550117"])),
        },
    ),
    (
        "track",
        "Push Notification Received",
        "kotlin",
        24,
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "data": {
                "title": G(lambda f: f.pick(["Daily update", "Screen time", "New badge!"])),
                "body": Y(push_body, "name", True),
                "deeplink": G(
                    lambda f: f.pick(["owlbright://reports", "owlbright://screentime", "owlbright://badges"])
                ),
            },
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- screen time and device management ---------------------------------------------------------
    (
        "track",
        "Screen Time Limit Set",
        "rn",
        26,
        {
            "child_profile_id": G(lambda f: "cp_" + f.hexid(10)),
            "daily_limit_minutes": G(lambda f: f.pick([30, 60, 90, 120])),
            "bedtime_start": G(lambda f: f.pick(["19:30", "20:00", "21:00"])),
            "bedtime_end": G(lambda f: f.pick(["06:30", "07:00", "06:45"])),
            "blocked_categories": Many(G(lambda f: f.pick(["social", "games", "video", "messaging"])), 3),
            "apply_to_device_ids": Many(G(lambda f: "dev_" + f.hexid(8)), 2),
        },
    ),
    (
        "track",
        "App Blocked",
        "kotlin",
        30,
        {
            "package_name": G(lambda f: f.pick(APPS)[0]),
            "app_name": G(lambda f: f.pick(APPS)[1]),
            "app_category": G(lambda f: f.pick(APPS)[2]),
            "reason": G(lambda f: f.pick(["daily_limit", "bedtime", "category_blocked", "parent_block"])),
            "minutes_used_today": G(lambda f: f.r.randint(0, 240)),
        },
    ),
    (
        "track",
        "Web Filter Hit",
        "kotlin",
        24,
        {
            "domain": G(
                lambda f: f.pick(["roblox.com", "tiktok.com", "discord.com", "reddit.com", "poki.com"])
            ),
            "category": G(lambda f: f.pick(["games", "social", "chat", "adult"])),
            "action": G(lambda f: f.pick(["blocked", "warned", "allowed_once"])),
        },
    ),
    (
        "track",
        "More Time Requested",
        "kotlin",
        20,
        {
            "request_id": G(lambda f: f.uuid()),
            "minutes_requested": G(lambda f: f.pick([15, 30, 60])),
            "app_name": G(lambda f: f.pick(APPS)[1]),
            "approved": G(lambda f: f.pick([True, False, None])),
        },
    ),
    (
        "track",
        "Device Enrolled",
        "kotlin",
        20,
        {
            "device_name": Y(
                lambda f: f"{f.kid()}'s {f.pick(['Phone', 'Galaxy A14', 'Moto G', 'Tablet'])}", "name", True
            ),
            "serial_number": Y(lambda f: f.pick(["R58", "ZY2", "9B1"]) + f.hexid(8).upper(), "serial"),
            "imei": Y(lambda f: f.luhn_complete("35" + f.digits(12)), "serial|identification"),
            "wifi_mac": Y(lambda f: f.mac(), "mac"),
            "enrollment_code": RED(lambda f: f.otp(), "token"),
            "mdm_profile_id": G(lambda f: "mdm_" + f.hexid(8)),
            "os_version": G(lambda f: f.pick(["12", "13", "14"])),
            "is_supervised": G(lambda f: True),
        },
    ),
    (
        "track",
        "Daily Usage Summary",
        "go",
        26,
        {
            "child-profile-id": G(lambda f: "cp_" + f.hexid(10)),
            "device-id": G(lambda f: "dev_" + f.hexid(8)),
            "total-minutes": G(lambda f: f.r.randint(10, 400)),
            "limit-reached": G(lambda f: f.pick([True, False])),
            "top-apps": Many(G(lambda f: f.pick(APPS)[1]), 3),
            "child-name": Y(lambda f: f.kid(), "name"),
            "report-date": G(lambda f: f.date(2024, 2024)),
            "remote": Y(lambda f: f.ipv4(), "ip", True),
        },
    ),
    (
        "track",
        "Location Checked",
        "rn",
        26,
        {
            "child_profile_id": G(lambda f: "cp_" + f.hexid(10)),
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 80)),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
            "address": Y(
                lambda f: f.us_address_line() if f.r.random() < 0.6 else f.br_address_line(), "address"
            ),
            "place_label": G(lambda f: f.pick(["Home", "School", "Unknown", "Soccer practice"])),
        },
    ),
    (
        "track",
        "Geofence Alert",
        "java",
        22,
        {
            "geofence_id": G(lambda f: "gf_" + f.digits(5)),
            "geofence_name": G(lambda f: f.pick(["Home", "School", "Casa da vovó", "Swim club"])),
            "center": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "radius_m": G(lambda f: f.pick([100, 150, 300])),
            "transition": G(lambda f: f.pick(["enter", "exit", "dwell"])),
            "notified_guardians": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "rn",
        20,
        {
            "contact_id": G(lambda f: "ec_" + f.digits(6)),
            "contact": {
                "name": Y(lambda f: f.any_name(), "name"),
                "relationship": G(lambda f: f.pick(["grandmother", "aunt", "neighbor", "avó"])),
                "phone": Y(lambda f: f.phone_any(), "phone"),
                "email": Y(lambda f: f.parent_email(), "email"),
            },
            "is_primary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Allowed Contacts Updated",
        "kotlin",
        20,
        {
            "child_profile_id": G(lambda f: "cp_" + f.hexid(10)),
            "allowed_contacts": Many(
                {
                    "label": G(lambda f: f.pick(["Mom", "Dad", "Grandma", "Coach", "Mamãe", "Vovô"])),
                    "value": Y(lambda f: f.phone_any(), "phone", True),
                    "type": G(lambda f: "phone"),
                },
                4,
            ),
            "allow_unknown_callers": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- family members, pickup, shipping, photos -------------------------------------------------
    (
        "track",
        "Co-Parent Invited",
        "rn",
        22,
        {
            "invite_id": G(lambda f: f.uuid()),
            "invitee_name": Y(lambda f: f.any_name(), "name"),
            "invitee_email": Y(lambda f: f.parent_email(), "email"),
            "invitee_phone": Y(lambda f: f.phone_any(), "phone"),
            "invitee_role": G(lambda f: f.pick(["co_parent", "caregiver", "grandparent"])),
            "permissions": Many(G(lambda f: f.pick(["view_reports", "manage_screen_time", "billing"])), 3),
            "invited_by_name": Y(lambda f: f.us_first(), "name"),
        },
    ),
    (
        "track",
        "Pickup Authorization Added",
        "web",
        20,
        {
            "authorization_id": G(lambda f: "pu_" + f.digits(6)),
            "student_id": G(lambda f: "stu_" + f.digits(7)),
            "authorized_person": {
                "full_name": Y(lambda f: f.any_name(), "name"),
                "phone": Y(lambda f: f.us_phone(), "phone"),
                "relationship": G(lambda f: f.pick(["grandfather", "nanny", "neighbor", "aunt"])),
                "photo_url": Y(lambda f: f"https://cdn.owlbright.com/pickup/{f.uuid()}.jpg", "photo"),
            },
            "vehicle": {
                "plate": Y(
                    lambda f: f.pick(["TX ", "IL ", "CA "]) + f.class_code()[:3] + "-" + f.digits(4),
                    "license",
                ),
                "make": G(lambda f: f.pick(["Toyota", "Honda", "Ford", "Chevrolet"])),
                "color": G(lambda f: f.pick(["silver", "white", "black", "blue"])),
            },
            "valid_until": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Workbook Box Shipped",
        "go",
        20,
        {
            "shipment-id": G(lambda f: f.uuid()),
            "carrier": G(lambda f: f.pick(["USPS", "UPS", "Correios"])),
            "tracking-number": G(lambda f: "9400" + f.digits(18)),
            "ship-to": {
                "recipient-name": Y(lambda f: f.any_name(), "name"),
                "address-1": Y(lambda f: f.us_street(), "address|street"),
                "address-2": Y(
                    lambda f: f.pick(["Apt 2", "Unit 5C", "PO Box 114", "Fl 3"]), "address|street"
                ),
                "city": Y(lambda f: f.us_city(), "city"),
                "state": G(lambda f: f.pick(["TX", "IL", "OH", "FL"])),
                "zip": Y(lambda f: f.us_zip(), "zipcode"),
                "phone": Y(lambda f: f.us_phone(), "phone"),
            },
            "box-theme": G(lambda f: f.pick(["Dinosaurs", "Space", "Oceans"])),
            "weight-oz": G(lambda f: f.r.randint(12, 60)),
        },
    ),
    (
        "track",
        "Class Photo Posted",
        "teacher",
        20,
        {
            "post_id": G(lambda f: "post_" + f.digits(7)),
            "photo_url": Y(lambda f: f"https://media.owlbright.com/class/{f.uuid()}.jpg", "photo"),
            "alt": Y(
                lambda f: (
                    f"{f.kid()} and {f.kid()} at the {f.pick(['science fair', 'book parade', 'field day'])}"
                ),
                "name",
                True,
            ),
            "tagged_students": Many(Y(lambda f: f"{f.kid()} {f.us_last()[0]}.", "name"), 3),
            "visible_to": G(lambda f: f.pick(["class_parents", "tagged_parents", "school"])),
            "likes": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Sibling Linked",
        "rn",
        18,
        {
            "sibling": {
                "first_name": Y(lambda f: f.kid(), "name"),
                "date_of_birth": Y(lambda f: f.kid_dob(), "birthdate"),
                "school": G(lambda f: f.pick(SCHOOLS)),
                "grade": G(lambda f: f.grade()),
            },
            "linked_profiles": G(lambda f: f.r.randint(2, 4)),
        },
    ),
    (
        "track",
        "Conversation Started",
        "node",
        20,
        {
            "conversation": {
                "id": G(lambda f: f.digits(12)),
                "source": {
                    "delivered_as": G(
                        lambda f: f.pick(["customer_initiated", "automated", "admin_initiated"])
                    ),
                    "body": Y(
                        lambda f: f.pick(
                            [
                                f"<p>Hi, my daughter {f.kid()} can't log in on her iPad</p>",
                                f"<p>{f.kid()}'s screen time didn't reset today</p>",
                                f"<p>How do I add {f.kid()} to my plan?</p>",
                            ]
                        ),
                        "name",
                        True,
                    ),
                },
                "contact": {
                    "name": Y(lambda f: f.any_name(), "name"),
                    "email": Y(lambda f: f.parent_email(), "email"),
                    "external_id": G(lambda f: "usr_" + f.digits(8)),
                    "location": {
                        "city_name": Y(lambda f: f.us_city(), "city"),
                        "country_name": G(lambda f: f.pick(["United States", "Brazil", "Mexico"])),
                    },
                },
                "team_assignee": G(lambda f: f.pick(["Billing", "Tier 1", "Escola"])),
            },
        },
    ),
    # -- subscriptions paid by parents -------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        "web",
        28,
        {**plan_product(), "currency": G(lambda f: "USD"), "value": G(lambda f: f.pick(PLANS)[2])},
    ),
    (
        "track",
        "Checkout Started",
        "web",
        26,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "value": G(lambda f: f.money(4, 200)),
            "currency": G(lambda f: f.pick(["USD", "BRL"])),
            "coupon": G(lambda f: f.pick(["", "BACK2SCHOOL", "TEACHER20"])),
            "products": Many(plan_product(), 2),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        "web",
        20,
        {
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "session_token": G(lambda f: f.uuid()),
            "label": Y(lambda f: f.us_address_line(), "address", True),
            "position": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        26,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["424242", "535310", "601100", "371449"])),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "billing_address": billing_address(),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        28,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "checkout_id": G(lambda f: f.uuid()),
            "subscription_id": G(lambda f: f.stripe_id("sub_")),
            "total": G(lambda f: f.money(4, 250)),
            "revenue": G(lambda f: f.money(4, 250)),
            "tax": G(lambda f: f.money(0, 20)),
            "discount": G(lambda f: f.money(0, 25)),
            "coupon": G(lambda f: f.pick(["", "BACK2SCHOOL", "GIFT"])),
            "currency": G(lambda f: "USD"),
            "trial_days": G(lambda f: f.pick([0, 7, 14])),
            "products": Many(plan_product(), 2),
            "is_gift": G(lambda f: f.pick([True, False])),
            "recipient": Y(lambda f: f.parent_email(), "email", True),
            "gift_message": Y(gift_message, "name", True),
        },
    ),
    (
        "track",
        "Invoice Paid",
        "node",
        24,
        {
            "invoice_id": G(lambda f: f.stripe_id("in_")),
            "invoice_number": G(lambda f: f"OWL-{f.r.randint(1000, 9999)}-{f.r.randint(1, 30):04d}"),
            "customer": G(lambda f: f.stripe_id("cus_")),
            "customer_email": Y(lambda f: f.parent_email(), "email"),
            "customer_name": Y(lambda f: f.any_name(), "name"),
            "amount_paid": G(lambda f: f.pick([1299, 8999, 499, 11900])),
            "currency": G(lambda f: "usd"),
            "billing_reason": G(
                lambda f: f.pick(["subscription_create", "subscription_cycle", "subscription_update"])
            ),
            "hosted_invoice_url": G(lambda f: "https://invoice.stripe.com/i/acct_1Nx/test_" + f.hexid(20)),
        },
    ),
    (
        "track",
        "Payment Failed",
        "node",
        20,
        {
            "invoice_id": G(lambda f: f.stripe_id("in_")),
            "failure_code": G(lambda f: f.pick(["card_declined", "expired_card", "insufficient_funds"])),
            "decline_code": G(lambda f: f.pick(["generic_decline", "do_not_honor", "insufficient_funds"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "next_payment_attempt": G(lambda f: f.iso()),
            "customer_phone": Y(lambda f: f.us_phone(), "phone"),
            "dunning_step": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        "ruby",
        20,
        {
            "subscription_id": G(lambda f: f.stripe_id("sub_")),
            "plan": G(lambda f: f.pick([p[0] for p in PLANS])),
            "cancel_reason": G(
                lambda f: f.pick(["too_expensive", "child_lost_interest", "switching", "other"])
            ),
            "feedback": G(feedback_green),
            "refund_amount": G(lambda f: f.money(0, 90)),
        },
    ),
    (
        "track",
        "Gift Card Redeemed",
        "php",
        16,
        {
            "gift_code": RED(lambda f: "-".join(f.class_code()[:4] for _ in range(3)), "token"),
            "amount": G(lambda f: f.pick([25, 50, 90])),
            "purchaser_email": Y(lambda f: f.parent_email(), "email"),
            "redeemed_for": G(lambda f: f.pick([p[0] for p in PLANS])),
        },
    ),
    # -- tutoring ----------------------------------------------------------------------------------
    (
        "track",
        "Tutor Session Booked",
        "web",
        22,
        {
            "session_id": G(lambda f: f.uuid()),
            "tutor_id": G(lambda f: "tut_" + f.digits(5)),
            "tutor_name": Y(lambda f: f.any_name(), "name"),
            "subject": G(lambda f: f.pick(["math", "reading", "english", "portuguese"])),
            "session_price": G(lambda f: f.pick([29.0, 35.0, 45.0])),
            "tutor_hourly_rate": Y(lambda f: f.pick([18.0, 22.5, 25.0, 30.0]), "salary"),
            "starts_at": G(lambda f: f.iso()),
            "duration_minutes": G(lambda f: f.pick([30, 45, 60])),
            "child_name": Y(lambda f: f.kid(), "name"),
            "child_age": G(lambda f: f.r.randint(5, 13)),
        },
    ),
    (
        "track",
        "Tutor Application Submitted",
        "ruby",
        18,
        {
            "application_id": G(lambda f: "app_" + f.digits(6)),
            "full_name": Y(lambda f: f.us_name(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "mobile": Y(lambda f: f.us_phone(), "phone"),
            "date_of_birth": Y(lambda f: f.date(1960, 2003), "birthdate"),
            "home_address": Y(lambda f: f.us_address_line(), "address"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "authorized_to_work_in_us": RED(lambda f: f.pick([True, False]), "visa"),
            "needs_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "teaching_license_number": Y(
                lambda f: f.pick(["TX", "IL", "CA"]) + f.digits(7), "license|certificate"
            ),
            "years_experience": G(lambda f: f.r.randint(0, 25)),
            "current_employer": G(
                lambda f: f.pick(["Riverdale ISD", "Kumon", "Self-employed", "Sylvan Learning"])
            ),
            "background_check_status": G(lambda f: f.pick(["pending", "clear", "consider"])),
            "resume_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payout Account Added",
        "python",
        16,
        {
            "tutor_id": G(lambda f: "tut_" + f.digits(5)),
            "account_holder_name": Y(lambda f: f.us_name(), "name"),
            "routing_number": G(lambda f: f.routing()),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "bank_name": G(lambda f: f.pick(["Chase", "Wells Fargo", "Bank of America", "Frost Bank"])),
            "tutor_email": Y(lambda f: f.mail(), "email"),
        },
    ),
    # -- school health forms -----------------------------------------------------------------------
    (
        "track",
        "Field Trip Form Submitted",
        "web",
        20,
        {
            "form_id": G(lambda f: "frm_" + f.digits(5)),
            "trip_name": G(lambda f: f.pick(["Science Museum", "Zoo Day", "Planetarium"])),
            "permission_granted": G(lambda f: f.pick([True, False])),
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "tree nuts", "bee stings", "penicillin"]), "allergy"), 2
            ),
            "medications": Many(
                Y(lambda f: f.pick(["albuterol inhaler", "EpiPen", "methylphenidate"]), "medication"), 2
            ),
            "insurance_provider": G(
                lambda f: f.pick(["Blue Cross Blue Shield", "Aetna", "Medicaid", "Kaiser"])
            ),
            "insurance_member_id": Y(lambda f: f.pick(["XGH", "W", "ZAB"]) + f.digits(9), "identification"),
            "emergency_contact_name": Y(lambda f: f.any_name(), "name"),
            "emergency_contact_phone": Y(lambda f: f.us_phone(), "phone"),
            "physician_name": Y(lambda f: "Dr. " + f.us_name(), "name"),
            "chaperone_volunteer": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- support, attribution --------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        "php",
        20,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["Billing question", "Can't log in", "Screen time not working", "Cancel subscription"]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "requester": {
                "name": Y(lambda f: f.any_name(), "name"),
                "email": Y(lambda f: f.parent_email(), "email"),
            },
            "assignee_email": G(
                lambda f: f.pick(
                    ["support@owlbright.com", "billing@owlbright.com", "suporte@corujinha.com.br"]
                )
            ),
            "via": G(lambda f: f.pick(["web", "email", "chat"])),
            "tags": Many(G(lambda f: f.pick(["billing", "ios", "guard", "coppa"])), 3),
        },
    ),
    (
        "track",
        "Trial Signup Completed",
        "web",
        22,
        {
            "gclid": Y(lambda f: "Cj0KCQiA" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(44), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**8, 10**10)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["bts_24_search", "summer_slide", "guard_launch"])),
            "landing_page": G(lambda f: f.pick(["/lp/reading", "/lp/math", "/lp/guard"])),
            "trial_plan": G(lambda f: f.pick(["family_monthly", "family_annual", "guard_monthly"])),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        "python",
        18,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "StartTrial", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            },
            "value": G(lambda f: f.money(0, 120)),
            "currency": G(lambda f: "USD"),
            "action_source": G(lambda f: "website"),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        22,
        {
            "form_id": G(lambda f: "signup_parent"),
            "field": {
                "name": G(lambda f: "email"),
                "type": G(lambda f: "email"),
                "value": Y(lambda f: f.parent_email(), "email", True),
            },
            "duration_ms": G(lambda f: f.r.randint(400, 12000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- warehouse reverse-ETL (SCREAMING_SNAKE) ----------------------------------------------------
    (
        "identify",
        None,
        "java",
        24,
        {
            "PARENT_EMAIL": Y(lambda f: f.parent_email(), "email"),
            "PARENT_FIRST_NAME": Y(lambda f: f.us_first(), "name"),
            "HOME_ZIP": Y(lambda f: f.us_zip(), "zipcode"),
            "HOUSEHOLD_INCOME_BAND": Y(lambda f: f.pick(["<50k", "50-100k", "100-150k", "150k+"]), "salary"),
            "LTV_USD": G(lambda f: f.money(0, 600)),
            "CHILDREN_COUNT": G(lambda f: f.r.randint(1, 5)),
            "CHURN_SCORE": G(lambda f: f.money(0, 1)),
            "LAST_ACTIVE_AT": G(lambda f: f.iso()),
            "PLAN_TIER": G(lambda f: f.pick(["free", "family", "family_plus"])),
            "IS_HOMESCHOOL": G(lambda f: f.pick([True, False])),
            "PRIMARY_LANGUAGE": G(lambda f: f.pick(["English", "Spanish", "Portuguese"])),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- district SIS sync (.NET, PascalCase) ------------------------------------------------------
    (
        "track",
        "Roster Synced",
        "dotnet",
        20,
        {
            "DistrictId": G(lambda f: "dst_" + f.digits(4)),
            "SchoolId": G(lambda f: "sch_" + f.digits(6)),
            "SourceSystem": G(lambda f: f.pick(["PowerSchool", "Infinite Campus", "Skyward"])),
            "StudentsCreated": G(lambda f: f.r.randint(0, 300)),
            "StudentsUpdated": G(lambda f: f.r.randint(0, 900)),
            "ErrorCount": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Staff Member Imported",
        "dotnet",
        20,
        {
            "StaffId": G(lambda f: f.digits(6)),
            "FullName": Y(lambda f: f.us_name(), "name"),
            "EmailAddress": Y(lambda f: f.teacher_email(), "email"),
            "PersonalEmail": Y(lambda f: f.mail(), "email"),
            "JobTitle": G(lambda f: f.pick(["Teacher", "Paraprofessional", "Counselor", "Principal"])),
            "DateOfBirth": Y(lambda f: f.date(1958, 2000), "birthdate"),
            "AnnualSalary": Y(lambda f: f.r.randint(42000, 98000), "salary"),
            "HireDate": G(lambda f: f.date(2000, 2024)),
            "BackgroundCheckPassed": G(lambda f: f.pick([True, False])),
            "HomePhone": Y(lambda f: f.us_phone(), "phone"),
            "IsActive": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Student Enrollment Changed",
        "dotnet",
        20,
        {
            "StudentNumber": G(lambda f: f.digits(7)),
            "StateStudentId": Y(lambda f: f.ssid(), "identification"),
            "FirstName": Y(lambda f: f.kid(), "name"),
            "LastName": Y(lambda f: f.us_last(), "name"),
            "BirthDate": Y(lambda f: f.kid_dob(), "birthdate"),
            "Gender": Y(lambda f: f.pick(["F", "M", "X"]), "gender|sex"),
            "Ethnicity": Y(
                lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", "Declined to state"]),
                "ethnicity",
            ),
            "Race": Y(
                lambda f: f.pick(["White", "Black or African American", "Asian", "American Indian"]), "race"
            ),
            "GradeLevel": G(lambda f: f.grade()),
            "EnrollmentStatus": G(lambda f: f.pick(["Active", "Withdrawn", "Transferred"])),
            "HomeAddress": Y(lambda f: f.us_address_line(), "address"),
            "SpecialEducation": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    # -- Brazil (Corujinha, Portuguese keys) -------------------------------------------------------
    (
        "identify",
        None,
        "python",
        26,
        {
            "nome": Y(lambda f: f.br_name(), "name"),
            "email": Y(lambda f: f.mail(br=True), "email"),
            "celular": Y(lambda f: f.br_phone(), "phone"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "data_nascimento": Y(lambda f: f.date(1970, 2000), "birthdate"),
            "endereco": {
                "logradouro": Y(lambda f: f.pick(BR_STREETS), "address|street"),
                "numero": Y(lambda f: str(f.r.randint(10, 3200)), "address|street"),
                "complemento": Y(
                    lambda f: f.pick(["apto 32", "casa 2", "bloco B apto 104", "fundos"]), "address|street"
                ),
                "bairro": Y(lambda f: f.pick(BAIRROS), "address|city"),
                "cidade": Y(lambda f: f.br_city(), "city"),
                "uf": G(lambda f: f.pick(BR_CITIES)[1]),
                "cep": Y(lambda f: f.cep(), "zipcode"),
            },
            "perfil": G(lambda f: "responsavel"),
            "plano": G(lambda f: f.pick(["gratuito", "familia_mensal", "familia_anual"])),
            "aceite_termos": G(lambda f: True),
            "aceite_lgpd_em": G(lambda f: f.iso()),
            "qtd_filhos": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Perfil Criado",
        "flutter",
        26,
        {
            "perfil_id": G(lambda f: "cp_" + f.hexid(10)),
            "nome": Y(lambda f: f.br_first(), "name"),
            "data_nascimento": Y(lambda f: f.kid_dob(), "birthdate"),
            "idade": G(lambda f: f.r.randint(4, 12)),
            "escola": G(lambda f: f.pick(SCHOOLS[6:])),
            "série": G(lambda f: f.serie()),
            "turma": G(lambda f: f.pick(["A", "B", "4ºA", "Manhã 2"])),
            "responsável": Y(lambda f: f.br_name(), "name"),
            "foto_url": Y(lambda f: f"https://cdn.corujinha.com.br/perfis/{f.hexid(16)}.jpg", "photo"),
            "parentesco": G(lambda f: f.pick(["mãe", "pai", "avó", "tio"])),
            "necessidades_especiais": RED(
                lambda f: f.pick(["TDAH", "TEA", "dislexia", "baixa visão"]), "disability"
            ),
        },
    ),
    (
        "track",
        "Aula Concluída",
        "flutter",
        26,
        {
            "aula_id": G(lambda f: "aula_" + f.digits(5)),
            "titulo": G(lambda f: f.pick(["Frações", "Sílabas Simples", "Ciclo da Água", "Tabuada do 7"])),
            "disciplina": G(lambda f: f.pick(["matemática", "português", "ciências"])),
            "acertos": G(lambda f: f.r.randint(0, 10)),
            "duracao_segundos": G(lambda f: f.r.randint(60, 1200)),
            "estrelas": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Mensagem Enviada",
        "flutter",
        22,
        {
            "conversa_id": G(lambda f: f.uuid()),
            "remetente": G(lambda f: f.pick(["responsavel", "professor", "coordenacao"])),
            "professor_nome": Y(lambda f: f"Prof. {f.br_first()} {f.br_last()}", "name"),
            "mensagem": Y(mensagem_br, "phone", True),
            "lida": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pagamento Aprovado",
        "python",
        24,
        {
            "pedido_id": G(lambda f: "ped_" + f.digits(8)),
            "valor": G(lambda f: f.pick([19.9, 149.9, 29.9])),
            "moeda": G(lambda f: "BRL"),
            "forma_pagamento": G(lambda f: f.pick(["pix", "boleto", "cartao_credito"])),
            "parcelas": G(lambda f: f.pick([1, 1, 3, 6])),
            "nome_pagador": Y(lambda f: f.br_name(), "name"),
            "cpf_pagador": RED(lambda f: f.cpf(), "national id"),
            "chave_pix": RED(
                lambda f: f.pick([f.cpf(), f.mail(br=True), f.br_phone(), f.uuid()]), "bank account"
            ),
            "linha_digitavel": G(
                lambda f: "34191.79001 " + f.digits(5) + "." + f.digits(6) + " 61000.000008 1 " + f.digits(14)
            ),
            "nsu": G(lambda f: f.digits(9)),
            "bandeira": G(lambda f: f.pick(["visa", "mastercard", "elo", "hipercard"])),
        },
    ),
    (
        "track",
        "Matrícula Realizada",
        "php",
        20,
        {
            "matricula_id": G(lambda f: "mat_" + f.digits(7)),
            "aluno": {
                "nome": Y(lambda f: f.br_name(), "name"),
                "data_nascimento": Y(lambda f: f.kid_dob(), "birthdate"),
                "rg": RED(
                    lambda f: f"{f.r.randint(10, 59)}.{f.digits(3)}.{f.digits(3)}-{f.r.randint(0, 9)}",
                    "national id",
                ),
                "escola": G(lambda f: f.pick(SCHOOLS[6:])),
                "série": G(lambda f: f.serie()),
            },
            "responsavel_financeiro": {
                "nome": Y(lambda f: f.br_name(), "name"),
                "cpf": RED(lambda f: f.cpf(), "national id"),
                "email": Y(lambda f: f.mail(br=True), "email"),
                "telefone": Y(lambda f: f.br_phone(), "phone"),
                "profissao": G(lambda f: f.pick(["professora", "engenheiro", "autônoma", "enfermeira"])),
            },
            "endereco_cobranca": Y(lambda f: f.br_address_line(), "address"),
            "mensalidade": G(lambda f: f.pick([29.9, 49.9, 19.9])),
            "bolsa_percentual": G(lambda f: f.pick([0, 25, 50])),
        },
    ),
    (
        "track",
        "Repasse Configurado",
        "python",
        16,
        {
            "tutor_id": G(lambda f: "tut_" + f.digits(5)),
            "titular": Y(lambda f: f.br_name(), "name"),
            "cpf_titular": RED(lambda f: f.cpf(), "national id"),
            "banco": G(lambda f: f.pick(["001", "237", "341", "260", "104"])),
            "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "conta": RED(lambda f: f"{f.r.randint(10000, 9999999)}-{f.r.randint(0, 9)}", "bank account"),
            "tipo_conta": G(lambda f: f.pick(["corrente", "poupança", "pagamento"])),
            "valor_hora": Y(lambda f: f.pick([35.0, 40.0, 55.0, 60.0]), "salary"),
        },
    ),
]


def build(seed: int):
    f = K(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, event, client, count, body in EVENTS:
        for _ in range(count):
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "sch_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=110)
    write(Path(__file__).parent, "holdout110_", events, labels)
