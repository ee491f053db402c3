"""Writes holdout100: tests/corpus/holdout100_events.jsonl and holdout100_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' labels or builders (only build_holdout3.py, for the format) and never scored by its
author. Run `.venv/bin/python -m tests.corpus.build_holdout100`; deterministic (seed 100).

Domain: a nutrition, meal-planning and weight-management app ("NutriPlate") in the US and Brazil.
Food logging with barcode scans (valid EAN-13 / UPC-A check digits), food search, recipes, daily
calories and macros, weight and body measurements, goals, fasting, health profiles (conditions,
allergies, medications, pregnancy) used to build meal plans, lab results and insurance
eligibility for covered dietitian visits, coaching chats and video sessions with dietitians,
wearables and smart-scale sync (Fitbit-shaped webhooks, CGMs), subscriptions (Stripe-,
RevenueCat- and App Store-shaped payloads, PIX and boleto in Brazil), a supplements shop (the
e-commerce spec), family members on shared plans, employer wellness programmes (group calls),
support tickets, e-mail and SMS vendor webhooks (SendGrid-, Twilio-shaped), Meta CAPI audience
payloads, reverse-ETL identifies from the warehouse, coach payouts and onboarding.

Calls and contexts: identify, track, page, screen, group and alias from analytics.js (page,
campaign, userAgent, ip), analytics-swift, analytics-kotlin (with location), analytics-react-native
and the Flutter library (context.traits, device, app, network, os, screen, locale, timezone) and the
python, node, go, java, ruby, php and .NET server libraries.

Key conventions: mostly camelCase and snake_case English; the rest PascalCase (.NET services and
Twilio webhooks), kebab-case (a Go fulfilment service), SCREAMING_SNAKE (warehouse reverse ETL),
`$`-prefixed vendor attributes (RevenueCat) and Brazilian Portuguese backend keys (`nome_completo`,
`cpf`, `data_nascimento`, `endereco.logradouro`, `cartao_sus`, `chave_pix` ...).

Values: names from many cultures (Brazilian compound names among them), US and Brazilian phone
formats, US and Brazilian addresses (CEP), CPFs and CNS (cartão SUS) numbers with valid check
digits, Luhn-valid cards, ABA routing numbers with a valid checksum, valid-structure SSNs and
Medicare MBIs, ad-click ids shaped like Google's and Meta's, Stripe-shaped ids.

Labelling (the product's default colours): classification red / yellow / green, type = the
reference's default matcher name (or `bank account`, `geolocation`, `secret`, `national id`,
`health id`, `advertising id`, `credit card`, `token` ...; `a|b` when either is fair) and value_only.
- PII is personal data about a natural person: the user, a family member, a recipient, an
  emergency contact, a coach or physician (staff). Colours are the reference's defaults; outside
  the reference, red for credentials / secrets / tokens, card numbers, bank accounts, government
  ids and health ids, yellow otherwise.
- Green: ids we or a vendor issue (user, order, session, device, message, Stripe customer /
  subscription / invoice ids, Fitbit user ids, RevenueCat app_user_id), UUIDs, SKUs, barcodes,
  versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys
  (`emailVerified`, `allergies_count`, `phone_on_file`), product / recipe / plan / company /
  pharmacy / lab names, store and business contact details, countries, states (UF), locales,
  timezones, currencies, user agents, OS-issued device ids, referral codes.
- The product's contested-cases policy is followed as published: insurer member numbers yellow
  `identification`, rx numbers yellow `medication`, coaches' pay and hourly rates yellow `salary`,
  gclid / fbclid / fbp / fbc yellow `advertising id`, billing and shipping addresses yellow
  `address`, Stripe `pm_` ids, one-time codes, invite and sign-in tokens red `token`, MRN /
  Medicare MBI / cartão SUS red `health id`, CPF red `national id`, visa-sponsorship answers red
  `visa`, the last four of an SSN red; ages, age bands, employers and job titles green.
- A boolean or enum that itself reveals a special category is that category (`has_diabetes`,
  `is_pregnant`, `gestante`, `due_date`, `diabetes_mode_enabled`: `condition`; `takes_glp1`:
  `medication`; `has_food_allergy`: `allergy`; `ramadan_mode`, `religious_diet`: `religion`;
  `mobility_aid`: `disability`, red).
- Decisions where the brief leaves room (a careful privacy owner's choice):
  * Wellness measurements a consumer scale, tracker or food log produces (weight, height, BMI,
    body fat, waist, steps, calories, macros, heart rate, sleep) are green: they neither identify
    a person nor name a condition. Clinical values (blood glucose, HbA1c, LDL, blood pressure)
    are health data: yellow `condition`.
  * A progress photo of the user's body is yellow `photo`; a photo of a meal is green.
  * A hash of a personal value (Meta CAPI `em`, `ph`, `fn`, `ln`) is labelled as that value:
    hashing pseudonymises, it does not anonymise. A hashed user id is green.
  * A PIX key (an e-mail, phone, CPF or random key that routes payments to an account) is red
    `bank account`; a boleto's digitable line is green (a payment slip, like an invoice).
  * A serial number of a smart scale or CGM sensor is yellow `serial`; a scale's MAC address is
    yellow `mac`; an APNs / FCM push token is red `token`.
  * A dietitian's registration number (CRN, CDR) is yellow `license`.
  * Coaches, physicians and family members are natural persons: their names and contacts are PII.
- value_only is judged on the leaf key: true when the leaf key does not say what the value is
  (`text`, `note`, `value`, `input`, `q`, `answer`, `topic`, RevenueCat's `$email.value`), false for
  descriptive keys and their abbreviations (`em`, `ph`, `tel`). Every value of a value_only PII
  path carries that PII; free text that never carries PII is green (chat previews, reviews).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

FIRST = [
    "Emily", "Michael", "Aaliyah", "DeShawn", "Jennifer", "Carlos", "Mei-Ling", "Tyler", "Priya",
    "Jamal", "Hannah", "Tomás", "Ximena", "Wei", "Anh", "Olumide", "Fatou", "Dmitri", "Siobhan",
    "Arjun", "Leilani", "Yusuf", "Ingrid", "Kenji", "Chiara", "Zanele", "Rahel", "Kaveh", "Ashley",
    "João Pedro", "Ana Beatriz", "Maria Eduarda", "Thiago", "Gabriela", "Luiz Felipe", "Larissa",
    "Rafael", "Camila", "Bruno", "Letícia", "Vinícius", "Isadora", "Gustavo", "Júlia", "Francisca",
]  # fmt: skip
LAST = [
    "Johnson", "Williams", "Hernández", "Nguyen", "Kim", "Okonkwo", "Cohen", "Goldberg",
    "Kowalczyk", "Rahman", "Yamamoto", "Papadopoulos", "O'Connor", "Abdullah", "Van der Berg",
    "Washington", "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida",
    "Nascimento", "Lima", "Araújo", "Fernandes", "Carvalho", "Gomes", "Ribeiro", "dos Santos",
]  # fmt: skip
MAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com.br", "exemplo.example.br"]
US_CITIES = [
    ("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"), ("Fresno", "CA"), ("Newark", "NJ"),
    ("Spokane", "WA"), ("Raleigh", "NC"), ("Tucson", "AZ"), ("Des Moines", "IA"), ("Brooklyn", "NY"),
]  # fmt: skip
BR_CITIES = [
    ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR"),
    ("Porto Alegre", "RS"), ("Recife", "PE"), ("Salvador", "BA"), ("Fortaleza", "CE"),
    ("Campinas", "SP"), ("Florianópolis", "SC"),
]  # fmt: skip
US_STREETS = ["Maple Ave", "W 34th St", "Oak Ridge Dr", "N Lamar Blvd", "Cedar Ln", "Elm St", "Lakeview Ct"]
BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua das Laranjeiras", "Rua XV de Novembro", "Av. Boa Viagem"]
BAIRROS = ["Pinheiros", "Copacabana", "Savassi", "Batel", "Moinhos de Vento", "Boa Viagem", "Centro"]
FOODS = [
    "Greek yogurt, plain", "Banana, medium", "Chicken breast, grilled", "Arroz branco", "Feijão carioca",
    "Oatmeal, rolled oats", "Avocado toast", "Pão de queijo", "Açaí bowl", "Black coffee",
    "Scrambled eggs", "Quinoa salad", "Tapioca com queijo", "Peanut butter, 2 tbsp",
]  # fmt: skip
BRANDS = ["Chobani", "Quaker", "Nestlé", "Danone", "Kirkland", "Yoki", "Camil", "Trader Joe's", ""]
RECIPES = [
    "High-Protein Overnight Oats", "Sheet-Pan Salmon & Broccoli", "Frango com Batata Doce",
    "Lentil Soup", "Moqueca de Peixe Light", "Turkey Chili", "Cauliflower Fried Rice",
    "Escondidinho Fit", "Chickpea Buddha Bowl",
]  # fmt: skip
CONDITIONS = [
    "type 2 diabetes", "prediabetes", "hypertension", "PCOS", "celiac disease", "IBS",
    "hypothyroidism", "high cholesterol", "gestational diabetes", "chronic kidney disease",
]  # fmt: skip
CONDITIONS_PT = ["diabetes tipo 2", "hipertensão", "doença celíaca", "SOP", "hipotireoidismo"]
MEDS = ["metformin", "semaglutide", "Ozempic", "levothyroxine", "lisinopril", "atorvastatin", "Mounjaro"]
MEDS_PT = ["metformina", "losartana", "levotiroxina", "sinvastatina", "Ozempic"]
ALLERGENS = ["peanuts", "tree nuts", "shellfish", "milk", "eggs", "soy", "wheat", "sesame"]
ALLERGENS_PT = ["amendoim", "camarão", "leite", "ovo", "glúten", "soja"]
SUPPLEMENTS = [
    ("Whey Protein Isolate 2lb", "Supplements"), ("Creatine Monohydrate 300g", "Supplements"),
    ("Meal Prep Containers (10)", "Kitchen"), ("Digital Food Scale", "Kitchen"),
    ("Electrolyte Powder - Lemon", "Supplements"), ("Omega-3 Softgels", "Supplements"),
]  # fmt: skip
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]
PAGES = [
    ("/", "NutriPlate - Eat well, your way"),
    ("/pricing", "Plans & Pricing | NutriPlate"),
    ("/recipes/high-protein-overnight-oats", "High-Protein Overnight Oats | NutriPlate"),
    ("/pt-br/planos", "Planos | NutriPlate Brasil"),
    ("/dietitians", "Find a registered dietitian | NutriPlate"),
    ("/shop/whey-protein-isolate", "Whey Protein Isolate | NutriPlate Shop"),
]


class NF(Fake):
    """Fake with the generators this domain needs."""

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        name = f"{self.first()} {self.last()}"
        if self.r.random() < 0.2:
            name = f"{self.first().split()[0]} {self.pick(['de Souza', 'Maria', 'J.', 'Lee'])} {self.last()}"
        return name

    def ascii(self, s):
        return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()

    def email(self):
        first = self.ascii(self.first()).replace(" ", "")
        last = self.ascii(self.last()).replace(" ", "").replace("'", "")
        user = self.pick([f"{first}.{last}", f"{first}{last[:1]}", f"{first}_{last}{self.r.randint(1, 99)}"])
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def us_phone(self):
        area = self.pick([212, 312, 415, 512, 617, 713, 786, 813, 919, 971, 602, 305])
        ex, line = self.r.randint(201, 989), self.r.randint(0, 9999)
        return self.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"+1 {area} {ex} {line:04d}",
            ]
        )

    def br_phone(self):
        ddd = self.pick([11, 21, 31, 41, 51, 61, 71, 81, 85, 19, 48])
        a, b = self.r.randint(1000, 9999), self.r.randint(1000, 9999)
        return self.pick([f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}", f"{ddd} 9{a} {b}"])

    def phone_any(self):
        return self.us_phone() if self.r.random() < 0.55 else self.br_phone()

    def us_street(self):
        s = f"{self.r.randint(10, 9899)} {self.pick(US_STREETS)}"
        return s + self.pick(["", "", f" Apt {self.r.randint(1, 40)}{self.pick('ABCD')}", " Unit 2"])

    def br_street(self):
        return f"{self.pick(BR_STREETS)}, {self.r.randint(10, 3999)}" + self.pick(
            ["", f" - ap {self.r.randint(11, 154)}"]
        )

    def us_city(self):
        return self.pick(US_CITIES)[0]

    def br_city(self):
        return self.pick(BR_CITIES)[0]

    def us_zip(self):
        z = f"{self.r.randint(1001, 99950):05d}"
        return z if self.r.random() < 0.8 else f"{z}-{self.r.randint(1, 9999):04d}"

    def cep(self):
        return f"{self.r.randint(1000, 99999):05d}-{self.r.randint(0, 999):03d}"

    def dob(self, fmt="iso", start=1950, end=2006):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        return {"iso": f"{y}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y}", "br": f"{d:02d}/{m:02d}/{y}"}[
            fmt
        ]

    def cpf(self, formatted=None):
        base = [self.r.randint(0, 9) for _ in range(9)]
        if len(set(base)) == 1:
            base[0] = (base[0] + 1) % 10
        d1 = 11 - sum(d * (10 - i) for i, d in enumerate(base)) % 11
        d1 = 0 if d1 >= 10 else d1
        d2 = 11 - sum(d * (11 - i) for i, d in enumerate([*base, d1])) % 11
        d2 = 0 if d2 >= 10 else d2
        s = "".join(map(str, [*base, d1, d2]))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s

    def cns(self):
        """A definitive cartão SUS number (starts with 1 or 2), weighted mod-11 valid."""
        while True:
            pis = str(self.r.randint(1, 2)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
            total = sum(int(c) * (15 - i) for i, c in enumerate(pis))
            dv = 11 - total % 11
            if dv == 11:
                dv = 0
            if dv == 10:
                continue
            number = pis + "000" + str(dv)
            if sum(int(c) * (15 - i) for i, c in enumerate(number)) % 11 == 0:
                return (
                    number
                    if self.r.random() < 0.5
                    else f"{number[:3]} {number[3:7]} {number[7:11]} {number[11:]}"
                )

    def mbi(self):
        letters = "ACDEFGHJKMNPQRTUVWXY"
        alnum = letters + "0123456789"
        r = self.r
        parts = [
            str(r.randint(1, 9)), r.choice(letters), r.choice(alnum), str(r.randint(0, 9)),
            r.choice(letters), r.choice(alnum), str(r.randint(0, 9)), r.choice(letters),
            r.choice(letters), str(r.randint(0, 9)), str(r.randint(0, 9)),
        ]  # fmt: skip
        s = "".join(parts)
        return s if r.random() < 0.6 else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def aba(self):
        while True:
            d = [int(c) for c in self.pick(["01", "02", "03", "05", "06", "07", "11", "12", "21", "26"])]
            d += [self.r.randint(0, 9) for _ in range(6)]
            for check in range(10):
                x = [*d, check]
                if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                    return "".join(map(str, x))

    def ean13(self):
        body = self.pick(["789", "789", "0", "07", "841"])
        body += "".join(str(self.r.randint(0, 9)) for _ in range(12 - len(body)))
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        return body + str((10 - s % 10) % 10)

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def gclid(self):
        return (
            "Cj0KCQjw"
            + self.alnum(72, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            + "_BwE"
        )

    def fbclid(self):
        return "IwAR" + self.alnum(57, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def ssn_last4(self):
        return f"{self.r.randint(1, 9999):04d}"

    def crn(self):
        return f"CRN-{self.r.randint(1, 10)} {self.r.randint(1000, 99999)}"

    def cdr(self):
        return f"{self.r.randint(80000, 1199999)}"

    def push_token(self):
        if self.r.random() < 0.5:
            return self.hexid(64)
        return (
            self.alnum(22)
            + ":APA91b"
            + self.alnum(134, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        )

    def sha256(self):
        return self.hexid(64)

    def weight(self):
        return round(self.r.uniform(48, 140), 1)

    def cents(self, lo=499, hi=19999):
        return self.r.randint(lo, hi)


# -- free text whose every value carries the labelled PII ------------------------------------------


def contact_text(f: NF) -> str:
    p = f.phone_any()
    return f.pick(
        [
            f"can you text me at {p} instead?",
            f"meu whatsapp é {p}",
            f"Call me {p} after 6pm",
            f"my new number is {p}, the old one is off",
            f"me liga no {p} por favor",
        ]
    )


def ticket_text(f: NF) -> str:
    n = f.full_name()
    return f.pick(
        [
            f"Hi, this is {n}. I was charged twice for the annual plan.",
            f"The barcode scanner doesn't find my yogurt. Thanks, {n}",
            f"Olá, sou {n} e não consigo sincronizar meu relógio Garmin.",
            f"Please cancel my subscription. - {n}",
            f"My scale stopped syncing since the update. Regards, {n}",
        ]
    )


def session_note(f: NF) -> str:
    c = f.pick(CONDITIONS)
    return f.pick(
        [
            f"Client with {c}; reduce refined carbs, target 25g fiber/day.",
            f"Follow-up: {c}. Tolerating plan well, keep sodium under 2g.",
            f"{c} - reviewed food log, swap juice for whole fruit.",
            f"Intake visit. Hx of {c}. Start 1800 kcal plan.",
        ]
    )


def visit_reason(f: NF) -> str:
    return f.pick(
        [
            "managing my " + f.pick(CONDITIONS),
            "I was just diagnosed with " + f.pick(CONDITIONS),
            "meal ideas for " + f.pick(CONDITIONS),
            "controlar " + f.pick(CONDITIONS_PT),
        ]
    )


def chat_preview(f: NF) -> str:
    return f.pick(
        [
            "Great job hitting your protein target!",
            "See you Thursday 🙂",
            "Can we swap the salmon recipe?",
            "Obrigada pela dica do café da manhã",
            "I logged everything except dinner",
            "How are the new snacks working out?",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------


def set_page(f: NF):
    f.page = f.pick(PAGES)
    return f.page[0]


def web_context(f: NF):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "npm:next-1.72.2"])),
        },
        "page": {
            "path": G(set_page),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.instagram.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=instagram&utm_medium=paid_social", "?ref=blog"])),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: "https://www.nutriplate.app" + f.page[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/New_York", "America/Chicago", "America/Sao_Paulo", "America/Recife"])
        ),
        "ip": Y(lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["new_year_reset", "summer_shred", "volta_as_aulas", "glp1_support"])),
            "source": G(lambda f: f.pick(["google", "instagram", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(lambda f: f.pick(["calorie counter app", "dieta low carb", "meal planner"])),
            "content": G(lambda f: f.pick(["video_a", "carousel_3", "hero_cta"])),
        },
    }


def swift_context(f: NF):
    return {
        "app": {
            "name": G(lambda f: "NutriPlate"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6402", "6500"])),
            "namespace": G(lambda f: "app.nutriplate.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "trackingStatus": G(lambda f: f.pick(["authorized", "denied", "notDetermined"])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR"])),
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "America/Sao_Paulo", "America/New_York"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def kotlin_context(f: NF):
    return {
        "app": {
            "name": G(lambda f: "NutriPlate"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0"])),
            "build": G(lambda f: f.pick(["640012", "650003"])),
            "namespace": G(lambda f: "app.nutriplate.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Google", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546E", "moto g84 5G", "Pixel 8", "Redmi Note 13"])),
            "name": G(lambda f: f.pick(["a54x", "fogos", "shiba", "sapphire"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-30.1, -3.7), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-51.2, -34.9), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vivo", "Claro BR", "TIM", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "locale": G(lambda f: f.pick(["pt-BR", "en-US"])),
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/Bahia", "America/Chicago"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(f: NF):
    return {
        "app": {
            "name": G(lambda f: "NutriPlate Coach"),
            "version": G(lambda f: f.pick(["2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["231", "240"])),
            "namespace": G(lambda f: "app.nutriplate.coach"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B"])),
            "name": G(lambda f: f.pick(["iPhone", "b0q"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR"])),
        "timezone": G(lambda f: f.pick(["America/Denver", "America/Sao_Paulo"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def flutter_context(f: NF):
    return {
        "app": {
            "name": G(lambda f: "NutriPlate Fast"),
            "version": G(lambda f: f.pick(["1.9.0", "1.9.3"])),
            "build": G(lambda f: f.pick(["190", "193"])),
            "namespace": G(lambda f: "app.nutriplate.fast"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-G991B", "moto e32"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["16.7", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([414, 360])), "height": G(lambda f: f.pick([896, 800]))},
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "en-GB"])),
        "timezone": G(lambda f: f.pick(["America/Phoenix", "America/Sao_Paulo", "America/Manaus"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.6", "2.4.0"]),
}


def server_context(lib: str):
    def make(f: NF):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php"):
            # forwarded from the user's request by the API layer
            ctx["ip"] = Y(lambda f: f.ipv4() if f.r.random() < 0.85 else f.ipv6(), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        if lib == "node":
            ctx["traits"] = {"email": Y(lambda f: f.email(), "email")}
        if lib == "java":
            ctx["externalIds"] = Many(
                {
                    "id": G(lambda f: "cus_" + f.alnum(14)),
                    "type": G(lambda f: "stripe_customer_id"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
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
MOBILE = ["swift", "kotlin"]
APPS = ["swift", "kotlin", "web"]


# -- shared shapes ----------------------------------------------------------------------------------


def shop_product():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(
            lambda f: f"NP-{f.pick(['WPI', 'CRE', 'MPC', 'DFS', 'ELY', 'OMG'])}-{f.r.randint(100, 999)}"
        ),
        "name": G(lambda f: f.pick(SUPPLEMENTS)[0]),
        "category": G(lambda f: f.pick(SUPPLEMENTS)[1]),
        "brand": G(lambda f: "NutriPlate"),
        "variant": G(lambda f: f.pick(["Vanilla", "Chocolate", "Unflavored", "Lemon", "Default"])),
        "price": G(lambda f: f.money(9, 89)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(
            lambda f: (
                "https://www.nutriplate.app/shop/"
                + f.pick(["whey-protein-isolate", "creatine", "food-scale"])
            )
        ),
    }


def food_item():
    return {
        "food_id": G(lambda f: f.digits(8)),
        "name": G(lambda f: f.pick(FOODS)),
        "brand": G(lambda f: f.pick(BRANDS)),
        "barcode": G(lambda f: f.pick([f.ean13(), ""])),
        "servings": G(lambda f: f.pick([0.5, 1, 1.5, 2])),
        "serving_unit": G(lambda f: f.pick(["g", "cup", "oz", "colher de sopa", "unidade"])),
        "calories": G(lambda f: f.r.randint(5, 750)),
        "protein_g": G(lambda f: round(f.r.uniform(0, 45), 1)),
        "carbs_g": G(lambda f: round(f.r.uniform(0, 90), 1)),
    }


# -- events: (type, event or screen/page name, clients, body) ----------------------------------------

EVENTS = [
    # -- identity and onboarding -----------------------------------------------------------------
    (
        "identify",
        None,
        [*APPS, "rn"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "username": Y(
                lambda f: (
                    f.ascii(f.first()).replace(" ", "")
                    + f.pick(["_fit", ".eats", "", "_np"])
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.us_street(), "street|address"),
                "city": Y(lambda f: f.us_city(), "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "postalCode": Y(lambda f: f.us_zip(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "BR"])),
            },
            "avatar": Y(lambda f: f"https://cdn.nutriplate.app/avatars/{f.uuid()}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "premium_monthly", "premium_annual", "family"])),
            "age": G(lambda f: f.r.randint(18, 74)),
            "heightCm": G(lambda f: f.r.randint(150, 198)),
            "startingWeightKg": G(lambda f: f.weight()),
            "goalWeightKg": G(lambda f: f.weight()),
            "activityLevel": G(lambda f: f.pick(["sedentary", "lightly_active", "active", "very_active"])),
            "dietType": G(
                lambda f: f.pick(["balanced", "low_carb", "keto", "vegetarian", "vegan", "mediterranean"])
            ),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "referralCode": G(lambda f: f.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "company": G(lambda f: f.pick(["Acme Health", "Globex", "Itaú Unibanco", "Walmart", ""])),
            "title": G(lambda f: f.pick(["Nurse", "Software Engineer", "Teacher", "Analista de RH", ""])),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "signup_platform": G(lambda f: f.pick(["web", "ios", "android"])),
            "referral_code": G(lambda f: f.pick(["", f.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "_fbp": Y(lambda f: f.fbp(), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "instagram", "tiktok"])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "track",
        "Onboarding Step Completed",
        ["swift", "kotlin", "flutter"],
        {
            "step": G(lambda f: f.r.randint(1, 9)),
            "step_name": G(
                lambda f: f.pick(["goal", "body_stats", "activity", "diet", "health", "notifications"])
            ),
            "goal": G(lambda f: f.pick(["lose_weight", "maintain", "gain_muscle", "eat_healthier"])),
            "sex_at_birth": Y(lambda f: f.pick(["female", "male"]), "sex|gender"),
            "height_cm": G(lambda f: f.r.randint(150, 198)),
            "current_weight_kg": G(lambda f: f.weight()),
            "target_weight_kg": G(lambda f: f.weight()),
            "birth_year": Y(lambda f: f.r.randint(1950, 2006), "birthdate"),
        },
    ),
    (
        "track",
        "Field Completed",
        ["web"],
        {
            "form": G(lambda f: "onboarding_contact"),
            "field": G(lambda f: "mobile_number"),
            "value": Y(lambda f: f.phone_any(), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(300, 12000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Validation Failed",
        ["web", "node"],
        {
            "form_id": G(lambda f: f.pick(["signup", "checkout", "profile"])),
            "field_name": G(lambda f: "email"),
            "error_code": G(lambda f: f.pick(["invalid_format", "already_registered", "disposable_domain"])),
            "input": Y(lambda f: f.email(), "email", True),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "OTP Requested",
        ["swift", "kotlin"],
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "phone_number": Y(lambda f: f.phone_any(), "phone"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in_s": G(lambda f: f.pick([300, 600])),
            "resend_count": G(lambda f: f.r.randint(0, 3)),
            "phone_country": G(lambda f: f.pick(["US", "BR"])),
        },
    ),
    (
        "track",
        "Signed In",
        APPS,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "apple", "otp"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "session_id": G(lambda f: f.uuid()),
            "email_on_file": G(lambda f: True),
            "phone_on_file": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node", "python"],
        {
            "email_address": Y(lambda f: f.email(), "email"),
            "sign_in_token": RED(
                lambda f: f.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                "token",
            ),
            "expires_at": G(lambda f: f.iso()),
            "redirect_path": G(lambda f: f.pick(["/diary", "/plans", "/coach"])),
            "request_id": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Password Changed",
        ["node"],
        {
            "new_password": RED(
                lambda f: f.pick(["Summer2024!", "nutri" + f.digits(4), "Br@sil" + f.digits(2), f.alnum(12)]),
                "password",
            ),
            "password_length": G(lambda f: f.r.randint(8, 24)),
            "forced_reset": G(lambda f: f.pick([True, False])),
            "sessions_revoked": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    ("alias", None, ["swift", "kotlin", "web"], {}),
    # -- food logging --------------------------------------------------------------------------
    (
        "track",
        "Food Logged",
        ["swift", "kotlin", "rn"],
        {
            "meal": G(lambda f: f.pick(["breakfast", "lunch", "dinner", "snack"])),
            "log_date": G(lambda f: f.date(2024, 2024)),
            "logged_at": G(lambda f: f.iso()),
            "source": G(lambda f: f.pick(["search", "barcode", "recent", "photo_ai", "recipe"])),
            "food": food_item(),
            "is_custom_food": G(lambda f: f.pick([True, False])),
            "meal_photo_url": G(lambda f: f"https://cdn.nutriplate.app/meals/{f.hexid(16)}.jpg"),
        },
    ),
    (
        "track",
        "Barcode Scanned",
        ["swift", "kotlin"],
        {
            "barcode": G(lambda f: f.ean13()),
            "format": G(lambda f: f.pick(["EAN_13", "UPC_A"])),
            "match_found": G(lambda f: f.pick([True, False])),
            "product_name": G(lambda f: f.pick(FOODS)),
            "brand_name": G(lambda f: f.pick(BRANDS)),
            "scan_duration_ms": G(lambda f: f.r.randint(120, 4000)),
        },
    ),
    (
        "track",
        "Food Searched",
        ["swift", "kotlin", "web"],
        {
            "query": G(
                lambda f: f.pick(
                    ["greek yogurt", "pão de queijo", "chipotle bowl", "big mac", "tapioca", "banana"]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 80)),
            "selected_position": G(lambda f: f.r.randint(0, 10)),
        },
    ),
    (
        "track",
        "Daily Summary Computed",
        ["python"],
        {
            "summary_date": G(lambda f: f.date(2024, 2024)),
            "calories_consumed": G(lambda f: f.r.randint(800, 3600)),
            "calories_burned": G(lambda f: f.r.randint(1400, 3400)),
            "calorie_goal": G(lambda f: f.pick([1500, 1800, 2000, 2200])),
            "macros": {
                "protein_g": G(lambda f: f.r.randint(30, 220)),
                "carbs_g": G(lambda f: f.r.randint(40, 400)),
                "fat_g": G(lambda f: f.r.randint(20, 140)),
            },
            "streak_days": G(lambda f: f.r.randint(0, 400)),
            "goal_met": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Diary",
        MOBILE,
        {
            "tab": G(lambda f: f.pick(["today", "week", "insights"])),
            "from_screen": G(lambda f: f.pick(["home", "notification", "widget"])),
            "diary_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    # -- recipes --------------------------------------------------------------------------------
    (
        "track",
        "Recipe Viewed",
        APPS,
        {
            "recipe_id": G(lambda f: f.digits(6)),
            "name": G(lambda f: f.pick(RECIPES)),
            "category": G(lambda f: f.pick(["breakfast", "dinner", "snacks", "lanches"])),
            "calories_per_serving": G(lambda f: f.r.randint(120, 780)),
            "tags": Many(
                G(lambda f: f.pick(["high_protein", "gluten_free", "dairy_free", "budget", "vegan"])), 3
            ),
        },
    ),
    (
        "track",
        "Recipe Created",
        ["swift", "kotlin", "web"],
        {
            "recipe_id": G(lambda f: f.digits(6)),
            "title": G(
                lambda f: f.pick(
                    ["Vovó's Bolo de Cenoura", "Post-gym shake", "Meal prep chicken", "Overnight oats v2"]
                )
            ),
            "servings": G(lambda f: f.r.randint(1, 8)),
            "ingredients": Many(
                {
                    "name": G(
                        lambda f: f.pick(["rolled oats", "chicken breast", "cenoura", "whey", "almond milk"])
                    ),
                    "quantity": G(lambda f: f.pick([0.5, 1, 2, 100, 250])),
                    "unit": G(lambda f: f.pick(["cup", "g", "ml", "xícara"])),
                },
                5,
            ),
            "is_public": G(lambda f: f.pick([True, False])),
            "author_display_name": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Recipe Shared",
        ["swift", "kotlin"],
        {
            "recipe_id": G(lambda f: f.digits(6)),
            "share_channel": G(lambda f: f.pick(["email", "sms", "whatsapp", "copy_link"])),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "message": G(lambda f: f.pick(["try this!", "receita que te falei", "for sunday", ""])),
            "share_url": G(lambda f: "https://nutriplate.app/r/" + f.alnum(8)),
        },
    ),
    (
        "track",
        "Recipe Rated",
        APPS,
        {
            "recipe_id": G(lambda f: f.digits(6)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(
                lambda f: f.pick(["Too salty for me", "Delicioso!", "Kids loved it", "Needs more spice", ""])
            ),
        },
    ),
    # -- weight, body, goals -----------------------------------------------------------------------
    (
        "track",
        "Weight Logged",
        ["swift", "kotlin", "flutter"],
        {
            "weight_kg": G(lambda f: f.weight()),
            "weight_lb": G(lambda f: round(f.weight() * 2.2046, 1)),
            "bmi": G(lambda f: round(f.r.uniform(17.5, 44), 1)),
            "body_fat_pct": G(lambda f: round(f.r.uniform(8, 48), 1)),
            "source": G(lambda f: f.pick(["manual", "smart_scale", "apple_health", "google_fit"])),
            "weighed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Body Measurements Updated",
        ["swift", "kotlin"],
        {
            "waist_cm": G(lambda f: round(f.r.uniform(58, 140), 1)),
            "hip_cm": G(lambda f: round(f.r.uniform(80, 150), 1)),
            "progress_photo_url": Y(
                lambda f: f"https://cdn.nutriplate.app/progress/{f.uuid()}.heic", "photo"
            ),
            "photo_visibility": G(lambda f: f.pick(["private", "coach"])),
        },
    ),
    (
        "track",
        "Goal Set",
        APPS,
        {
            "goal_id": G(lambda f: f.uuid()),
            "goal_type": G(lambda f: f.pick(["weight", "steps", "protein", "water", "fasting"])),
            "target_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Fasting Started",
        ["flutter"],
        {
            "fast_id": G(lambda f: f.uuid()),
            "protocol": G(lambda f: f.pick(["16:8", "18:6", "20:4", "OMAD", "5:2"])),
            "started_at": G(lambda f: f.iso()),
            "planned_hours": G(lambda f: f.pick([16, 18, 20, 24])),
            "ramadan_mode": Y(lambda f: f.pick([True, False]), "religion"),
            "reminder_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- health profile and meal plans --------------------------------------------------------------
    (
        "track",
        "Health Profile Updated",
        ["swift", "kotlin", "node"],
        {
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition|diagnosis"), 3),
            "medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
            "allergies": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 3),
            "has_diabetes": Y(lambda f: f.pick([True, False]), "condition"),
            "has_food_allergy": Y(lambda f: f.pick([True, False]), "allergy"),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "is_breastfeeding": Y(lambda f: f.pick([True, False]), "condition"),
            "takes_glp1": Y(lambda f: f.pick([True, False]), "medication"),
            "eating_disorder_history": Y(
                lambda f: f.pick(["none", "anorexia", "binge eating", "prefer_not_to_say"]),
                "condition|diagnosis",
            ),
            "ethnicity": Y(
                lambda f: f.pick(["South Asian", "Hispanic/Latino", "Black", "White", "East Asian"]),
                "ethnicity|race",
            ),
            "religious_diet": Y(lambda f: f.pick(["halal", "kosher", "jain", "none"]), "religion"),
            "mobility_aid": RED(lambda f: f.pick(["wheelchair", "walker", "cane", "none"]), "disability"),
            "conditions_count": G(lambda f: f.r.randint(0, 4)),
            "allergies_count": G(lambda f: f.r.randint(0, 5)),
            "primary_care_physician": Y(lambda f: "Dr. " + f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Diabetes Mode Toggled",
        ["swift", "kotlin"],
        {
            "diabetes_mode_enabled": Y(lambda f: f.pick([True, False]), "condition"),
            "carb_unit": G(lambda f: f.pick(["grams", "exchanges"])),
            "insulin_to_carb_ratio": Y(lambda f: f.pick([8, 10, 12, 15]), "medication|condition"),
            "toggled_from": G(lambda f: f.pick(["settings", "onboarding"])),
        },
    ),
    (
        "track",
        "Pregnancy Details Added",
        ["swift"],
        {
            "due_date": Y(lambda f: f.date(2024, 2025), "condition"),
            "trimester": Y(lambda f: f.pick([1, 2, 3]), "condition"),
            "pre_pregnancy_weight_kg": G(lambda f: f.weight()),
            "calorie_adjustment": G(lambda f: f.pick([0, 340, 450])),
        },
    ),
    (
        "track",
        "Meal Plan Generated",
        ["python", "go"],
        {
            "plan_id": G(lambda f: f.uuid()),
            "target_calories": G(lambda f: f.pick([1400, 1600, 1800, 2000, 2400])),
            "excluded_ingredients": Many(
                G(lambda f: f.pick(["cilantro", "mushrooms", "olives", "coentro"])), 2
            ),
            "allergens_excluded": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 2),
            "conditions_considered": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 2),
            "medication_interactions_checked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medication Logged",
        ["swift", "kotlin"],
        {
            "medication_name": Y(lambda f: f.pick(MEDS), "medication"),
            "dose_mg": G(lambda f: f.pick([0.25, 0.5, 1, 2.5, 500, 1000])),
            "rx_number": Y(lambda f: f"RX{f.digits(7)}", "medication"),
            "pharmacy_name": G(
                lambda f: f.pick(["CVS Pharmacy #4821", "Walgreens", "Drogasil", "Droga Raia"])
            ),
            "pharmacy_phone": G(
                lambda f: f.pick(["(512) 474-2221", "+55 11 3003-4050", "(786) 441-0910", "1-800-746-7287"])
            ),
            "taken_at": G(lambda f: f.iso()),
            "reminder_id": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "Lab Results Imported",
        ["java"],
        {
            "import_id": G(lambda f: f.uuid()),
            "patient_mrn": RED(lambda f: f.pick(["MRN", "E", ""]) + f.digits(8), "health id"),
            "patient_name": Y(lambda f: f.full_name(), "name"),
            "patient_dob": Y(lambda f: f.dob(), "birthdate"),
            "lab_name": G(lambda f: f.pick(["Quest Diagnostics", "Labcorp", "Fleury", "Dasa"])),
            "collected_at": G(lambda f: f.iso()),
            "hba1c_pct": Y(lambda f: round(f.r.uniform(4.8, 10.5), 1), "condition"),
            "fasting_glucose_mg_dl": Y(lambda f: f.r.randint(70, 240), "condition"),
            "ldl_mg_dl": Y(lambda f: f.r.randint(60, 220), "condition"),
            "ordering_provider": Y(lambda f: f.full_name(), "name"),
            "hl7_message_control_id": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "Insurance Eligibility Checked",
        ["java", "python"],
        {
            "payer_name": G(
                lambda f: f.pick(["Aetna", "UnitedHealthcare", "Blue Cross Blue Shield of Texas", "Medicare"])
            ),
            "member_id": Y(lambda f: f.pick(["W", "XQB", "H"]) + f.digits(9), "identification"),
            "subscriber_name": Y(lambda f: f.full_name().upper(), "name"),
            "group_number": G(lambda f: f.digits(6)),
            "medicare_mbi": RED(lambda f: f.mbi(), "health id"),
            "subscriber_dob": Y(lambda f: f.dob("us"), "birthdate"),
            "eligible": G(lambda f: f.pick([True, False])),
            "covered_visits_remaining": G(lambda f: f.r.randint(0, 12)),
            "copay_usd": G(lambda f: f.pick([0, 20, 35])),
            "diagnosis_code": Y(lambda f: f.pick(["E11.9", "R73.03", "E66.01", "I10", "E78.5"]), "diagnosis"),
            "x12_trace_number": G(lambda f: f.digits(10)),
        },
    ),
    # -- coaching -----------------------------------------------------------------------------------
    (
        "track",
        "Coach Message Sent",
        ["rn", "swift", "kotlin"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "sender_role": G(lambda f: f.pick(["member", "coach"])),
            "coach_id": G(lambda f: f.digits(4)),
            "coach_name": Y(lambda f: f.full_name(), "name"),
            "message_preview": G(chat_preview),
            "char_count": G(lambda f: f.r.randint(2, 900)),
            "has_attachment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Off-Platform Contact Detected",
        ["go"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "detector": G(lambda f: f.pick(["phone_regex_v2", "ml_contact_v1"])),
            "text": Y(contact_text, "phone", True),
            "action": G(lambda f: f.pick(["masked", "flagged", "allowed"])),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
        },
    ),
    (
        "track",
        "Session Booked",
        ["web", "swift", "rn"],
        {
            "appointment_id": G(lambda f: f.digits(8)),
            "dietitian_id": G(lambda f: f.digits(4)),
            "dietitian_name": Y(lambda f: f.full_name(), "name"),
            "member_phone": Y(lambda f: f.phone_any(), "phone"),
            "scheduled_for": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 45, 60])),
            "visit_type": G(lambda f: f.pick(["initial", "follow_up"])),
            "modality": G(lambda f: f.pick(["video", "phone", "in_person"])),
            "covered_by_insurance": G(lambda f: f.pick([True, False])),
            "reason_for_visit": Y(visit_reason, "condition", True),
        },
    ),
    (
        "track",
        "Appointment Scheduled",
        ["ruby"],
        {
            "event_type": G(lambda f: f.pick(["30 Minute Nutrition Consult", "Follow-up (45 min)"])),
            "invitee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "timezone": G(lambda f: f.pick(["America/Chicago", "America/Sao_Paulo"])),
                "text_reminder_number": Y(lambda f: f.phone_any(), "phone"),
            },
            "questions_and_answers": Many(
                {
                    "question": G(lambda f: "What would you like to focus on?"),
                    "answer": Y(visit_reason, "condition", True),
                    "position": G(lambda f: 0),
                },
                1,
            ),
            "scheduled_event_uri": G(lambda f: "https://api.calendly.com/scheduled_events/" + f.uuid()),
            "start_time": G(lambda f: f.iso()),
            "location_type": G(lambda f: f.pick(["zoom", "google_conference"])),
            "host_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Coaching Session Ended",
        ["node"],
        {
            "meeting_id": G(lambda f: int(f.digits(11))),
            "meeting_uuid": G(lambda f: f.alnum(22) + "=="),
            "topic": Y(
                lambda f: f.pick(["Nutrition check-in with ", "Consulta - ", "Intake: "]) + f.full_name(),
                "name",
                True,
            ),
            "duration": G(lambda f: f.r.randint(5, 65)),
            "participants": Many(
                {
                    "user_name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "join_time": G(lambda f: f.iso()),
                    "leave_reason": G(lambda f: f.pick(["left the meeting", "host ended the meeting"])),
                },
                2,
            ),
            "recording_available": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Session Note Saved",
        ["rn"],
        {
            "client_id": G(lambda f: f.digits(7)),
            "client_name": Y(lambda f: f.full_name(), "name"),
            "note": Y(session_note, "condition", True),
            "note_type": G(lambda f: f.pick(["SOAP", "ADIME", "free"])),
            "shared_with_client": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Member Lookup",
        ["rn"],
        {
            "q": Y(lambda f: f.email(), "email", True),
            "results": G(lambda f: f.r.randint(0, 3)),
            "lookup_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "role": G(lambda f: f.pick(["dietitian", "health_coach", "coach_lead"])),
            "credentials": G(lambda f: f.pick(["RD, LD", "RDN, CDCES", "Nutricionista"])),
            "license_number": Y(lambda f: f.pick([f.cdr(), f.crn()]), "license"),
            "languages": Many(G(lambda f: f.pick(["en", "pt", "es"])), 2),
            "active_clients": G(lambda f: f.r.randint(0, 120)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        ["rn", "node"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Acme Health Wellness", "Globex Benefits", "Clínica Nutri+ Pinheiros", "Itaú Bem-Estar"]
                )
            ),
            "industry": G(lambda f: f.pick(["Healthcare", "Retail", "Banking", "Clinic"])),
            "employees": G(lambda f: f.r.randint(12, 90000)),
            "plan": G(lambda f: f.pick(["employer_basic", "employer_plus", "clinic"])),
            "seats": G(lambda f: f.r.randint(10, 5000)),
            "seats_used": G(lambda f: f.r.randint(0, 5000)),
            "website": G(
                lambda f: f.pick(["https://acmehealth.example.com", "https://nutrimais.example.br"])
            ),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "benefits@acmehealth.example.com",
                        "contato@nutrimais.example.br",
                        "wellness@globex.example.com",
                    ]
                )
            ),
            "billing_contact_email": Y(lambda f: f.email(), "email"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Coach Applied",
        ["web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "date_of_birth": Y(lambda f: f.dob("us", 1960, 2001), "birthdate"),
            "home_address": Y(lambda f: f"{f.us_street()}, {f.us_city()}, {f.pick(US_CITIES)[1]}", "address"),
            "registration_number": Y(lambda f: f.pick([f.cdr(), f.crn()]), "license"),
            "years_experience": G(lambda f: f.r.randint(0, 30)),
            "specialties": Many(
                G(lambda f: f.pick(["diabetes", "sports", "pediatrics", "weight_management"])), 3
            ),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "authorized_to_work": RED(lambda f: f.pick(["yes", "no", "with_sponsorship"]), "visa"),
            "desired_hourly_rate": Y(lambda f: f.pick([45, 55, 65, 80, 120]), "salary"),
            "resume_url": G(lambda f: "https://files.nutriplate.app/applications/" + f.uuid() + ".pdf"),
        },
    ),
    (
        "track",
        "CoachPayoutProcessed",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: "po_" + f.alnum(24)),
            "CoachId": G(lambda f: f.digits(4)),
            "CoachFullName": Y(lambda f: f.full_name(), "name"),
            "SessionsCompleted": G(lambda f: f.r.randint(0, 80)),
            "HourlyRate": Y(lambda f: f.pick([45.0, 52.5, 60.0, 75.0]), "salary"),
            "GrossPay": Y(lambda f: f.money(300, 6000), "salary"),
            "Currency": G(lambda f: f.pick(["USD", "BRL"])),
            "BankRoutingNumber": G(lambda f: f.aba()),
            "BankAccountNumber": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "SsnLast4": RED(lambda f: f.ssn_last4(), "social security number"),
            "TaxFormType": G(lambda f: f.pick(["1099-NEC", "W-9"])),
        },
    ),
    (
        "track",
        "CoachTaxProfileSubmitted",
        ["dotnet"],
        {
            "CoachId": G(lambda f: f.digits(4)),
            "LegalName": Y(lambda f: f.full_name(), "name"),
            "Ssn": RED(lambda f: f.ssn(), "social security number"),
            "MailingAddress": Y(
                lambda f: f"{f.us_street()}, {f.us_city()}, {f.pick(US_CITIES)[1]} {f.us_zip()}", "address"
            ),
            "EntityType": G(lambda f: f.pick(["individual", "llc"])),
            "SubmittedAtUtc": G(lambda f: f.iso()),
            "TinMatched": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- family plans -------------------------------------------------------------------------------
    (
        "track",
        "Family Member Added",
        ["swift", "kotlin", "web"],
        {
            "family_id": G(lambda f: f.uuid()),
            "member_first_name": Y(lambda f: f.first(), "name"),
            "member_last_name": Y(lambda f: f.last(), "name"),
            "member_email": Y(lambda f: f.email(), "email"),
            "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "partner", "filho", "filha"])),
            "member_birth_date": Y(lambda f: f.dob("iso", 1950, 2020), "birthdate"),
            "is_minor": G(lambda f: f.pick([True, False])),
            "member_allergies": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 2),
            "seats_used": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Family Invite Sent",
        ["swift", "kotlin", "node"],
        {
            "family_id": G(lambda f: f.uuid()),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_phone": Y(lambda f: f.phone_any(), "phone"),
            "inviter_name": Y(lambda f: f.full_name(), "name"),
            "invite_token": RED(lambda f: f.alnum(32), "token"),
            "invite_expires_at": G(lambda f: f.iso()),
            "channel": G(lambda f: f.pick(["email", "sms", "whatsapp"])),
        },
    ),
    (
        "track",
        "Emergency Contact Saved",
        ["swift", "kotlin"],
        {
            "contacts": Many(
                {
                    "label": G(lambda f: f.pick(["Mom", "Spouse", "Mãe", "Brother", "Coach"])),
                    "value": Y(lambda f: f.phone_any(), "phone", True),
                    "primary": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "DependentEnrolled",
        ["dotnet"],
        {
            "DependentId": G(lambda f: f.digits(8)),
            "FamilyPlanId": G(lambda f: f.uuid()),
            "DependentFirstName": Y(lambda f: f.first(), "name"),
            "DependentLastName": Y(lambda f: f.last(), "name"),
            "DependentDateOfBirth": Y(lambda f: f.dob("us", 2008, 2021), "birthdate"),
            "RelationshipCode": G(lambda f: f.pick(["CHILD", "STEPCHILD", "SPOUSE"])),
            "SpecialDietNeeds": Many(
                Y(
                    lambda f: f.pick(["celiac disease", "type 1 diabetes", "PKU", "cow's milk allergy"]),
                    "condition|allergy",
                ),
                2,
            ),
            "EnrolledAtUtc": G(lambda f: f.iso()),
        },
    ),
    # -- wearables ----------------------------------------------------------------------------------
    (
        "track",
        "Wearable Connected",
        ["swift", "kotlin", "python"],
        {
            "provider": G(lambda f: f.pick(["fitbit", "garmin", "apple_health", "google_fit", "oura"])),
            "provider_user_id": G(lambda f: f.alnum(6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "refresh_token": RED(lambda f: f.hexid(64), "token"),
            "scopes": Many(G(lambda f: f.pick(["activity", "heartrate", "sleep", "weight", "nutrition"])), 4),
            "connected_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Activity Synced",
        ["python", "go"],
        {
            "provider": G(lambda f: f.pick(["fitbit", "garmin", "apple_health", "google_fit", "oura"])),
            "sync_date": G(lambda f: f.date(2024, 2024)),
            "steps": G(lambda f: f.r.randint(0, 28000)),
            "active_calories": G(lambda f: f.r.randint(0, 1800)),
            "resting_heart_rate": G(lambda f: f.r.randint(48, 92)),
            "sleep_minutes": G(lambda f: f.r.randint(180, 600)),
        },
    ),
    (
        "track",
        "Fitbit Notification Received",
        ["python"],
        {
            "notifications": Many(
                {
                    "collectionType": G(lambda f: f.pick(["activities", "body", "foods", "sleep"])),
                    "date": G(lambda f: f.date(2024, 2024)),
                    "ownerId": G(lambda f: f.alnum(6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
                    "ownerType": G(lambda f: "user"),
                    "subscriptionId": G(lambda f: f.digits(6) + "-" + f.pick(["activities", "body"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Smart Scale Paired",
        ["swift", "kotlin"],
        {
            "scale_model": G(lambda f: f.pick(["Withings Body+", "Eufy P2 Pro", "RENPHO Elis 1"])),
            "scale_serial": Y(
                lambda f: f.pick(["WB", "T9149", "ES"]) + f.alnum(10, "0123456789ABCDEF"), "serial"
            ),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "ble_peripheral_id": G(lambda f: f.uuid().upper()),
            "nickname": G(lambda f: f.pick(["Bathroom scale", "Balança", "Gym scale"])),
        },
    ),
    (
        "track",
        "CGM Reading Synced",
        ["swift", "kotlin"],
        {
            "sensor_serial": Y(lambda f: "0M" + f.alnum(8, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), "serial"),
            "glucose_mg_dl": Y(lambda f: f.r.randint(62, 260), "condition"),
            "trend": G(lambda f: f.pick(["flat", "rising", "falling", "rising_quickly"])),
            "sensor_day": G(lambda f: f.r.randint(1, 14)),
        },
    ),
    # -- subscriptions and payments -----------------------------------------------------------------
    (
        "track",
        "Subscription Started",
        ["web", "node"],
        {
            "plan_id": G(lambda f: f.pick(["premium_monthly", "premium_annual", "family_annual"])),
            "plan_name": G(lambda f: f.pick(["Premium", "Premium Annual", "Family"])),
            "billing_period": G(lambda f: f.pick(["month", "year"])),
            "price": G(lambda f: f.pick([9.99, 59.99, 89.99, 29.9, 199.9])),
            "currency": G(lambda f: f.pick(["USD", "BRL"])),
            "trial_days": G(lambda f: f.pick([0, 7, 14])),
            "stripe_customer_id": G(lambda f: "cus_" + f.alnum(14)),
            "subscription_id": G(lambda f: "sub_" + f.alnum(24)),
            "payment_method_id": RED(lambda f: "pm_" + f.alnum(24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "elo"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["node"],
        {
            "invoice_id": G(lambda f: "in_" + f.alnum(24)),
            "amount_due": G(lambda f: f.cents()),
            "currency": G(lambda f: f.pick(["USD", "BRL"])),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "expired_card", "do_not_honor"])),
            "card_bin": G(lambda f: f.pick(["424242", "555555", "411111", "650487"])),
            "attempt_count": G(lambda f: f.r.randint(1, 4)),
            "next_payment_attempt": G(lambda f: f.epoch_ms() // 1000),
            "billing_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "pix", "boleto", "apple_pay"])),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "buyer_cpf": RED(lambda f: f.cpf(), "national id"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "billing_zip": Y(lambda f: f.pick([f.us_zip(), f.cep()]), "zipcode"),
            "client_secret": RED(lambda f: "pi_" + f.alnum(24) + "_secret_" + f.alnum(25), "secret|token"),
            "installments": G(lambda f: f.pick([1, 1, 3, 6, 12])),
        },
    ),
    (
        "track",
        "Assinatura Criada",
        ["php"],
        {
            "id_assinatura": G(lambda f: f.digits(9)),
            "plano": G(lambda f: f.pick(["premium_mensal", "premium_anual", "familia_anual"])),
            "valor": G(lambda f: f.pick([29.9, 199.9, 299.9])),
            "moeda": G(lambda f: "BRL"),
            "forma_pagamento": G(lambda f: f.pick(["pix", "boleto", "cartao_credito"])),
            "chave_pix": RED(lambda f: f.pick([f.email(), f.br_phone(), f.cpf(), f.uuid()]), "bank account"),
            "linha_digitavel": G(
                lambda f: (
                    f"34191.{f.digits(5)} {f.digits(5)}.{f.digits(6)} {f.digits(5)}.{f.digits(6)} "
                    f"{f.r.randint(1, 9)} {f.digits(14)}"
                )
            ),
            "nome_titular": Y(lambda f: f.full_name(), "name"),
            "email_titular": Y(lambda f: f.email(), "email"),
            "cpf_titular": RED(lambda f: f.cpf(), "national id"),
            "parcelas": G(lambda f: f.pick([1, 3, 6, 12])),
            "cupom": G(lambda f: f.pick(["", "VOLTA10", "NATAL25"])),
            "criado_em": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "RevenueCat Event",
        ["node"],
        {
            "type": G(lambda f: f.pick(["INITIAL_PURCHASE", "RENEWAL", "CANCELLATION", "BILLING_ISSUE"])),
            "app_user_id": G(lambda f: f.uuid()),
            "original_app_user_id": G(lambda f: "$RCAnonymousID:" + f.hexid(32)),
            "product_id": G(
                lambda f: f.pick(["np_premium_annual", "np_premium_monthly", "np_family_annual"])
            ),
            "store": G(lambda f: f.pick(["APP_STORE", "PLAY_STORE"])),
            "price_in_purchased_currency": G(lambda f: f.pick([59.99, 199.9, 9.99])),
            "currency": G(lambda f: f.pick(["USD", "BRL"])),
            "country_code": G(lambda f: f.pick(["US", "BR"])),
            "transaction_id": G(lambda f: f.digits(15)),
            "subscriber_attributes": {
                "$email": {
                    "value": Y(lambda f: f.email(), "email", True),
                    "updated_at_ms": G(lambda f: f.epoch_ms()),
                },
                "$displayName": {
                    "value": Y(lambda f: f.full_name(), "name", True),
                    "updated_at_ms": G(lambda f: f.epoch_ms()),
                },
                "$phoneNumber": {
                    "value": Y(lambda f: f.phone_any(), "phone", True),
                    "updated_at_ms": G(lambda f: f.epoch_ms()),
                },
            },
        },
    ),
    (
        "track",
        "App Store Notification",
        ["go"],
        {
            "notificationType": G(lambda f: f.pick(["SUBSCRIBED", "DID_RENEW", "EXPIRED", "REFUND"])),
            "notificationUUID": G(lambda f: f.uuid()),
            "bundleId": G(lambda f: "app.nutriplate.ios"),
            "originalTransactionId": G(lambda f: f.digits(15)),
            "appAccountToken": G(lambda f: f.uuid()),
            "productId": G(lambda f: f.pick(["np_premium_annual", "np_premium_monthly"])),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        APPS,
        {
            "plan_id": G(lambda f: f.pick(["premium_monthly", "premium_annual", "family_annual"])),
            "reason": G(lambda f: f.pick(["too_expensive", "reached_goal", "not_using", "switching_app"])),
            "feedback": G(
                lambda f: f.pick(
                    ["", "Reached my goal weight!", "Muito caro", "Scanner misses Brazilian brands"]
                )
            ),
        },
    ),
    # -- shop (e-commerce spec) ----------------------------------------------------------------------
    ("track", "Product Viewed", ["web", "swift"], {**shop_product(), "currency": G(lambda f: "USD")}),
    (
        "track",
        "Product Added",
        ["web", "swift"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in shop_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: f"NP{f.digits(8)}"),
            "revenue": G(lambda f: f.money(20, 300)),
            "shipping": G(lambda f: f.pick([0, 5.99, 9.99])),
            "tax": G(lambda f: f.money(0, 25)),
            "currency": G(lambda f: "USD"),
            "products": Many(shop_product()),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: f"NP{f.digits(8)}"),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 300)),
            "subtotal": G(lambda f: f.money(20, 300)),
            "discount": G(lambda f: f.pick([0, 5, 12.5])),
            "coupon": G(lambda f: f.pick(["", "FIT20"])),
            "currency": G(lambda f: "USD"),
            "affiliation": G(lambda f: "NutriPlate Shop"),
            "products": Many(shop_product()),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.us_street(), "address|street"),
                "city": Y(lambda f: f.us_city(), "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "postal_code": Y(lambda f: f.us_zip(), "zipcode"),
                "country": G(lambda f: "US"),
            },
            "billing_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.us_street(), "address|street"),
                "city": Y(lambda f: f.us_city(), "city"),
                "postal_code": Y(lambda f: f.us_zip(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "BR", "CA"])),
            },
        },
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(["whey", "creatine", "food scale", "meal prep containers", "electrolytes"])
            )
        },
    ),
    (
        "track",
        "order-shipped",
        ["go"],
        {
            "order-id": G(lambda f: f"NP{f.digits(8)}"),
            "carrier": G(lambda f: f.pick(["UPS", "USPS", "FedEx"])),
            "tracking-number": G(
                lambda f: f.pick(
                    ["1Z" + f.alnum(16, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), "9400" + f.digits(18)]
                )
            ),
            "recipient-name": Y(lambda f: f.full_name(), "name"),
            "ship-to-zip": Y(lambda f: f.us_zip(), "zipcode"),
            "ship-to-line1": Y(lambda f: f.us_street(), "address|street"),
            "warehouse": G(lambda f: f.pick(["RNO1", "ATL2", "DFW3"])),
            "warehouse-phone": G(lambda f: f.pick(["(775) 555-0142", "(404) 555-0187", "(972) 555-0110"])),
            "shipped-at": G(lambda f: f.iso()),
        },
    ),
    # -- Brazilian backend (Portuguese keys) ----------------------------------------------------------
    (
        "identify",
        None,
        ["php"],
        {
            "nome_completo": Y(lambda f: f.full_name(), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "data_nascimento": Y(lambda f: f.dob("br"), "birthdate"),
            "telefone": Y(lambda f: f.br_phone(), "phone"),
            "sexo": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
            "endereco": {
                "logradouro": Y(lambda f: f.br_street(), "street|address"),
                "bairro": Y(lambda f: f.pick(BAIRROS), "address"),
                "cidade": Y(lambda f: f.br_city(), "city"),
                "uf": G(lambda f: f.pick(BR_CITIES)[1]),
                "cep": Y(lambda f: f.cep(), "zipcode"),
            },
            "peso_kg": G(lambda f: f.weight()),
            "altura_cm": G(lambda f: f.r.randint(150, 195)),
            "plano": G(lambda f: f.pick(["gratuito", "premium_mensal", "premium_anual"])),
            "aceita_marketing": G(lambda f: f.pick([True, False])),
            "convenio": G(lambda f: f.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "Amil", ""])),
            "numero_carteirinha": Y(lambda f: f.digits(f.pick([16, 17])), "identification"),
            "cartao_sus": RED(lambda f: f.cns(), "health id"),
        },
    ),
    (
        "track",
        "Perfil de Saúde Atualizado",
        ["php"],
        {
            "condicoes": Many(Y(lambda f: f.pick(CONDITIONS_PT), "condition"), 2),
            "medicamentos": Many(Y(lambda f: f.pick(MEDS_PT), "medication"), 2),
            "alergias": Many(Y(lambda f: f.pick(ALLERGENS_PT), "allergy"), 2),
            "gestante": Y(lambda f: f.pick([True, False]), "condition"),
            "restricao_alimentar": G(lambda f: f.pick(["nenhuma", "vegetariano", "vegano", "low_carb"])),
            "objetivo": G(lambda f: f.pick(["emagrecer", "ganhar_massa", "manter_peso"])),
            "atualizado_em": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Consulta Agendada",
        ["php", "kotlin"],
        {
            "id_consulta": G(lambda f: f.digits(7)),
            "nutricionista_nome": Y(lambda f: f.full_name(), "name"),
            "nutricionista_crn": Y(lambda f: f.crn(), "license"),
            "paciente_cpf": RED(lambda f: f.cpf(), "national id"),
            "paciente_nome": Y(lambda f: f.full_name(), "name"),
            "paciente_email": Y(lambda f: f.email(), "email"),
            "whatsapp": Y(lambda f: f.br_phone(), "phone"),
            "data_hora": G(lambda f: f.iso()),
            "valor": G(lambda f: f.pick([150.0, 180.0, 220.0])),
            "modalidade": G(lambda f: f.pick(["online", "presencial"])),
            "clinica_endereco": G(
                lambda f: f.pick(
                    [
                        "Rua dos Pinheiros, 870 - Pinheiros, São Paulo",
                        "Av. Afonso Pena, 1500 - Centro, Belo Horizonte",
                    ]
                )
            ),
            "motivo": Y(
                lambda f: (
                    f.pick(["acompanhamento de ", "dieta para ", "reeducação alimentar - "])
                    + f.pick(CONDITIONS_PT)
                ),
                "condition",
                True,
            ),
        },
    ),
    # -- vendor webhooks and warehouse syncs ----------------------------------------------------------
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@ismtpd0{f.r.randint(1, 9)}p1mdw1.sendgrid.net>"),
            "category": Many(G(lambda f: f.pick(["weekly_recap", "meal_plan", "winback"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "url": G(lambda f: f.pick(["", "https://www.nutriplate.app/plans?utm_source=email"])),
            "from_address": G(
                lambda f: f.pick(
                    ["no-reply@nutriplate.app", "coach@nutriplate.app", "receitas@nutriplate.app"]
                )
            ),
        },
    ),
    (
        "track",
        "SMS Received",
        ["ruby"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "+1" + f.pick(["512", "305", "617"]) + f.digits(7), "phone"),
            "To": G(lambda f: f.pick(["+18335550199", "+18335550123", "+18445550177"])),
            "Body": G(lambda f: f.pick(["STOP", "YES", "Logged!", "HELP", "C"])),
            "FromCity": Y(lambda f: f.pick(["AUSTIN", "MIAMI", "BOSTON", "ROUND ROCK"]), "city"),
            "FromState": G(lambda f: f.pick(["TX", "FL", "MA"])),
            "FromZip": Y(lambda f: f.us_zip()[:5], "zipcode"),
            "FromCountry": G(lambda f: "US"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby", "python"],
        {
            "ticket_id": G(lambda f: int(f.digits(6))),
            "requester": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone_any(), "phone"),
            },
            "assignee_email": Y(lambda f: f.email(), "email"),
            "subject": G(
                lambda f: f.pick(["Double charge", "Scanner issue", "Sync problem", "Cancel subscription"])
            ),
            "description": Y(ticket_text, "name", True),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "tags": Many(G(lambda f: f.pick(["billing", "android", "ios", "wearables", "pt_br"])), 3),
            "support_address": G(
                lambda f: f.pick(["help@nutriplate.app", "suporte@nutriplate.app", "billing@nutriplate.app"])
            ),
        },
    ),
    (
        "track",
        "Audience Synced",
        ["python"],
        {
            "audience": G(lambda f: f.pick(["lapsed_premium_90d", "glp1_interest", "high_ltv_br"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["app", "website"])),
            "user_data": {
                "em": Many(Y(lambda f: f.sha256(), "email"), 1),
                "ph": Many(Y(lambda f: f.sha256(), "phone"), 1),
                "fn": Y(lambda f: f.sha256(), "name"),
                "ln": Y(lambda f: f.sha256(), "name"),
                "external_id": G(lambda f: f.sha256()),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
            },
        },
    ),
    (
        "identify",
        None,
        ["python", "java"],
        {
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.phone_any(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "HOME_ZIP": Y(lambda f: f.pick([f.us_zip(), f.cep()]), "zipcode"),
            "LIFETIME_VALUE_USD": G(lambda f: f.money(0, 900)),
            "TOTAL_MEALS_LOGGED": G(lambda f: f.r.randint(0, 5000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "PLAN_TIER": G(lambda f: f.pick(["FREE", "PREMIUM", "FAMILY"])),
            "SIGNUP_COUNTRY": G(lambda f: f.pick(["US", "BR"])),
            "HAS_COACH": G(lambda f: f.pick([True, False])),
            "GLP1_USER": Y(lambda f: f.pick([True, False]), "medication"),
            "EMPLOYER_PROGRAM": G(lambda f: f.pick(["", "ACME_HEALTH", "ITAU_BEM_ESTAR"])),
        },
    ),
    (
        "track",
        "Push Token Registered",
        MOBILE,
        {
            "push_token": RED(lambda f: f.push_token(), "token"),
            "provider": G(lambda f: f.pick(["apns", "fcm"])),
            "permission": G(lambda f: f.pick(["authorized", "provisional", "denied"])),
            "topics": Many(G(lambda f: f.pick(["meal_reminders", "coach_messages", "weekly_recap"])), 3),
        },
    ),
    (
        "track",
        "Restaurant Nearby Searched",
        ["kotlin", "swift"],
        {
            "user_lat": Y(lambda f: round(f.r.uniform(25.7, 47.6), 5), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-122.4, -71.0), 5), "geolocation"),
            "places_session_token": G(lambda f: f.uuid()),
            "results": Many(
                {
                    "place_id": G(lambda f: "ChIJ" + f.alnum(23)),
                    "name": G(
                        lambda f: f.pick(["Sweetgreen", "Chipotle Mexican Grill", "Coco Bambu", "Madero"])
                    ),
                    "address": G(
                        lambda f: f.pick(["1125 S Congress Ave, Austin, TX", "Av. Rebouças, 3970, São Paulo"])
                    ),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Referral Sent",
        APPS,
        {
            "referral_code": G(lambda f: f.pick(["", f.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")])),
            "referee_email": Y(lambda f: f.email(), "email"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "sms"])),
        },
    ),
    (
        "track",
        "Account Deletion Requested",
        ["node"],
        {
            "request_id": G(lambda f: f.uuid()),
            "confirm_email": Y(lambda f: f.email(), "email"),
            "reason": G(lambda f: f.pick(["privacy", "not_using", "other"])),
            "scheduled_for": G(lambda f: f.iso()),
        },
    ),
    # -- pages and screens -------------------------------------------------------------------------
    (
        "page",
        "Pricing",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/pricing", "/pt-br/planos"])),
            "url": G(
                lambda f: f.pick(
                    ["https://www.nutriplate.app/pricing", "https://www.nutriplate.app/pt-br/planos"]
                )
            ),
            "title": G(lambda f: f.pick(["Plans & Pricing | NutriPlate", "Planos | NutriPlate Brasil"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?gclid=redacted", "?plan=annual"])),
            "name": G(lambda f: "Pricing"),
        },
    ),
    (
        "page",
        "Recipe",
        ["web"],
        {
            "path": G(lambda f: "/recipes/" + f.pick(["lentil-soup", "turkey-chili", "escondidinho-fit"])),
            "title": G(lambda f: f.pick(RECIPES) + " | NutriPlate"),
            "name": G(lambda f: "Recipe"),
            "category": G(lambda f: f.pick(["Recipes", "Receitas"])),
        },
    ),
    (
        "screen",
        "Coach Inbox",
        ["rn", "swift"],
        {
            "unread_count": G(lambda f: f.r.randint(0, 40)),
            "from_screen": G(lambda f: f.pick(["home", "notification", "widget"])),
        },
    ),
    (
        "screen",
        "Meal Plan",
        [*MOBILE, "flutter"],
        {
            "plan_id": G(lambda f: f.uuid()),
            "day_index": G(lambda f: f.r.randint(0, 6)),
            "tab": G(lambda f: f.pick(["today", "week", "grocery_list"])),
        },
    ),
    (
        "track",
        "Grocery List Exported",
        ["swift", "kotlin", "web"],
        {
            "list_id": G(lambda f: f.uuid()),
            "items_count": G(lambda f: f.r.randint(3, 60)),
            "retailer": G(lambda f: f.pick(["Instacart", "Walmart", "Pão de Açúcar", "Carrefour"])),
            "store": {
                "name": G(
                    lambda f: f.pick(
                        ["Whole Foods Market - Lamar", "Pão de Açúcar Pinheiros", "H-E-B Mueller"]
                    )
                ),
                "phone": G(lambda f: f.pick(["(512) 476-1206", "+55 11 3031-4444", "(512) 320-8100"])),
                "city": G(lambda f: f.pick(["Austin", "São Paulo"])),
            },
            "delivery_address": Y(lambda f: f"{f.us_street()}, {f.us_city()}", "address"),
        },
    ),
    (
        "track",
        "API Error",
        ["go", "java", "python"],
        {
            "endpoint": G(lambda f: f.pick(["/v2/diary/entries", "/v2/foods/barcode", "/v1/coach/messages"])),
            "status_code": G(lambda f: f.pick([400, 404, 409, 500, 503])),
            "error_message": G(
                lambda f: f.pick(
                    ["upstream timeout", "barcode not found", "entry already exists", "rate limited"]
                )
            ),
            "request_id": G(lambda f: f.hexid(32)),
        },
    ),
]


def message(f: NF, kind: str, name, client: str, body: dict, labels: dict) -> dict:
    msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if kind != "alias" and f.r.random() < 0.25:
        msg["anonymousId"] = f.uuid()
    msg["userId"] = f.pick([str(f.r.randint(100000, 9999999)), "u_" + f.hexid(12)])
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = f.pick(["org_" + f.digits(5), f.uuid()])
    elif kind == "alias":
        msg["previousId"] = f.uuid()
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    msg["integrations"] = {}
    return msg


def build(seed: int, repeats: int):
    f = NF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=100, repeats=24)
    write(Path(__file__).parent, "holdout100_", events, labels)
