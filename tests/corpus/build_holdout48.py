"""Writes the forty-eighth holdout: tests/corpus/holdout48_events.jsonl and holdout48_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for the format) and the
shared REFERENCE.md / DESIGN.md only, without reading the detection engine, its vocabularies,
its tests, its documentation or any other corpus's labels, and without running the engine on
these events. Run `.venv/bin/python -m tests.corpus.build_holdout48`; deterministic (seed 4848).

Domain: telehealth for mental, sexual and reproductive health, run by one company ("Solace
Health") with a therapy booking and video-session product, a fertility and period tracker
("Solace Cycle"), an online pharmacy for contraception and PrEP, mood journaling, insurance
eligibility checks, and a Brazilian arm whose backend speaks Portuguese (nome, sobrenome, cpf,
data_nascimento, endereco, celular, chave_pix ...). People: US and Brazilian patients, their
partners, emergency contacts and dependants, therapists, clinicians and pharmacists.

Covers: identify / track / page / screen / group / alias calls with the context blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, the Flutter library and
the python, node, go, java, ruby, php and .NET server libraries (context.ip, context.traits,
device, app, library, locale, userAgent, userAgentData, campaign, location, externalIds);
e-commerce spec events for the pharmacy; vendor-shaped payloads (a video-room webhook with
forwarded request headers, a Meta Conversions API `user_data` block, an X12 270/271-style
eligibility response, a pharmacy-partner fill feed, Stripe-like payment objects, Pix refunds);
reverse-ETL traits in SCREAMING_SNAKE from a warehouse; PascalCase from the .NET eligibility
service; kebab-case from the pharmacy partner and forwarded HTTP headers; Portuguese keys.
Hard cases: numeric ids, SKUs, NDC codes, versions, timestamps, UUIDs, hashes; booleans, counters
and enums under PII-sounding keys (`emailVerified`, `phoneCount`, `has_partner`); PII under
neutral keys (`value`, `label`, `text`, `input`, `q`, `to`, `contact`); free text that carries
PII; other people's data (partners, emergency contacts, dependants, clinicians, subscribers);
things' names (plans, products, clinics, payers, employers, pets).

Conventions: each leaf path gets classification (red / yellow / green), type (the reference's
default matcher name, or `bank account`, `geolocation`, `secret`, `national id`, `health id`,
`advertising id`, `credit card`; `a|b` when either name is fair) and value_only (the key does
not say what the value is; only the value can tell). Paths are `flatten`'s: dotted, arrays `[]`.

Labelling rules, as the brief gives them (the Privacy Portal's default colours):
- PII is personal data about a natural person (user, partner, contact, dependant, clinician,
  subscriber): names, contact details, the person's own address or precise location, birth
  dates, government ids, financial accounts and full card numbers, health and other special
  categories, credentials and secrets, IP addresses, advertising ids. Colour: the reference's
  default for that matcher; outside the reference, red for credentials / secrets, card numbers,
  bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we issue (user / order / session / device / appointment ids, UUIDs, SKUs, invoice
  numbers), versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans under
  PII-sounding keys, product / plan / clinic / company / pet names, places that are not the
  person's (a clinic's or pharmacy's city, a searched state), country, state, locale, language,
  timezone, currency, user agents, OS-issued analytics device ids. Card brand, last four and
  expiry are green; routing numbers and bank branch codes (agência) are green; the last four of
  an SSN are red.
- A boolean or enum that itself reveals a special category (pregnant, HIV status, on PrEP,
  trying to conceive, gender identity) is PII of that category in the matcher's colour.
- The product's published policy on contested cases: green for member / customer / claim
  numbers, ages and age bands, marital status, job titles and employers, a business's own
  phone / e-mail / address, pets; yellow for insurance policy and member numbers
  (`identification`), prescription / rx numbers (`medication`), pay and salaries (`salary`),
  click and browser ids from ad platforms (gclid, fbclid, fbp, fbc: `advertising id`), the
  person's billing and shipping addresses (`address`); red for payment and card tokens,
  activation and one-time codes (`token`/`secret`).
- value_only PII paths hold that PII in every value; free text is labelled by what every one of
  its values carries, green when none does (the generators below are written so a free-text
  field either always or never carries the PII it is labelled with).

This corpus's own decisions where the brief leaves room (what a careful privacy owner at a
telehealth company would want flagged; the FTC's BetterHelp and GoodRx orders treat these as
health data):
- Health content is `condition` (yellow) unless a narrower reference name fits: the concern a
  patient picks or states for themselves (anxiety, grief, erectile dysfunction), mood entries
  and mood scores, PHQ-9 / GAD-7 screening scores (`condition|diagnosis`), and every cycle
  measurement the period tracker logs (flow, symptoms, cycle length, last period date, basal
  temperature, ovulation and pregnancy test results), even when numeric or a date. App counters
  around them (entries logged, streak days, reminders on) are green.
- In the pharmacy the drug or therapeutic category a signed-in patient searches, views or orders
  (product name, category, query) is `medication` (yellow); SKUs, NDC codes, prices, brands
  (manufacturers) and pack sizes are green. A clinician's listed specialties are green (an
  attribute of a professional listing, not a patient's condition).
- Clinician identifiers from public professional registries (US NPI, Brazil's CRP / CRM) are
  green, like a business's own number; clinicians' names and personal contact details are PII.
- Hashed e-mails and phones sent to an ad platform (Meta's `em`, `ph`) stay `email` / `phone`
  yellow: a hash of PII is still linkable to the person; a hash of our own user id is green.
- Push / device tokens (context.device.token) are red `token`, as in the main corpus; video
  room join tokens, bearer headers and Stripe payment tokens are red `token`.
- CNS (Brazil's national health card number) is red `national id|health id`; a medical record
  number is red `health id`; an insurance member / carteirinha number is yellow
  `identification` (the policy's insurance rule).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ---------------------------------------------------------------------------

US_FIRST = [
    "Aaliyah",
    "DeShawn",
    "Madison",
    "Connor",
    "Ximena",
    "Guadalupe",
    "Jamal",
    "Keisha",
    "Tyler",
    "Brianna",
    "Minh",
    "Ji-woo",
    "Aarav",
    "Fatima",
    "Elijah",
    "Hannah",
    "Dakota",
    "Nizhoni",
    "Mohammed",
    "Esther",
    "Rosa",
    "Kenji",
    "Lakshmi",
    "Oluwaseun",
    "Maya",
    "Caleb",
    "Zainab",
]
US_LAST = [
    "Washington",
    "Jackson",
    "Hernández",
    "Rivera",
    "Nguyen",
    "Kim",
    "Park",
    "Cohen",
    "Goldberg",
    "Kowalczyk",
    "O'Connell",
    "Begay",
    "Yazzie",
    "Adeyemi",
    "Ahmadi",
    "Gupta",
    "Iyer",
    "Fitzgerald",
    "Thompson",
    "Martinez",
    "Yamamoto",
    "Abdi",
    "Russo",
    "Schwartz",
    "Tran",
]
BR_FIRST = [
    "Ana",
    "João",
    "Maria Eduarda",
    "Thiago",
    "Larissa",
    "Gabriel",
    "Beatriz",
    "Lucas",
    "Juliana",
    "Rafael",
    "Letícia",
    "Caio",
    "Fernanda",
    "Kauã",
    "Yasmin",
    "Luiz Henrique",
    "Camila",
    "Bruno",
    "Iracema",
    "Raimundo",
]
BR_LAST = [
    "Souza",
    "Oliveira",
    "Santos",
    "Pereira",
    "Ferreira",
    "Rodrigues",
    "Almeida",
    "Costa",
    "Carvalho",
    "Lima",
    "Nascimento",
    "da Silva",
    "Gonçalves",
    "Ribeiro",
    "Araújo",
    "Barbosa",
    "dos Santos",
    "Tanaka",
    "Haddad",
]
US_STREETS = [
    "Mission St",
    "W 34th Street",
    "Peachtree Rd NE",
    "Lake Shore Dr",
    "Elm Avenue",
    "N Broad St",
    "Sunset Blvd",
    "Maple Lane",
    "Cedar Ridge Dr",
    "E Colfax Ave",
    "Harbor Way",
    "MLK Jr Blvd",
]
US_CITY_STATE = [
    ("Oakland", "CA", "946"),
    ("Atlanta", "GA", "303"),
    ("Chicago", "IL", "606"),
    ("Austin", "TX", "787"),
    ("Brooklyn", "NY", "112"),
    ("Philadelphia", "PA", "191"),
    ("Denver", "CO", "802"),
    ("Seattle", "WA", "981"),
    ("Albuquerque", "NM", "871"),
    ("Miami", "FL", "331"),
    ("Minneapolis", "MN", "554"),
]
BR_CITY_UF = [
    ("São Paulo", "SP", "01"),
    ("Rio de Janeiro", "RJ", "22"),
    ("Belo Horizonte", "MG", "30"),
    ("Recife", "PE", "50"),
    ("Porto Alegre", "RS", "90"),
    ("Salvador", "BA", "40"),
    ("Curitiba", "PR", "80"),
    ("Fortaleza", "CE", "60"),
    ("Manaus", "AM", "69"),
]
BR_STREETS = [
    "Rua Augusta",
    "Av. Paulista",
    "Rua das Laranjeiras",
    "Rua Oscar Freire",
    "Av. Boa Viagem",
    "Rua da Bahia",
    "Av. Sete de Setembro",
    "Rua Padre Chagas",
    "Travessa do Ouvidor",
]
BR_BAIRROS = ["Consolação", "Bela Vista", "Laranjeiras", "Boa Viagem", "Savassi", "Moinhos de Vento"]
BR_DDD = ["11", "21", "31", "81", "51", "71", "41", "85", "92"]
CONCERNS = [
    "anxiety",
    "depression",
    "grief",
    "relationship issues",
    "trauma",
    "insomnia",
    "postpartum depression",
    "gender identity",
    "erectile dysfunction",
    "OCD",
    "eating disorder",
]
MOTIVOS = [
    "ansiedade",
    "depressão",
    "luto",
    "insônia",
    "crise no relacionamento",
    "burnout",
    "síndrome do pânico",
    "TDAH",
]
MOODS = ["anxious", "low", "calm", "irritable", "hopeless", "okay", "grateful", "panicky"]
SYMPTOMS = ["cramps", "bloating", "headache", "tender breasts", "acne", "spotting", "nausea", "low libido"]
RX_PRODUCTS = [
    "Truvada 200mg/300mg",
    "Descovy 200mg/25mg",
    "Sprintec 0.25mg/0.035mg",
    "Junel Fe 1/20",
    "Plan B One-Step 1.5mg",
    "ella 30mg",
    "Slynd 4mg",
    "NuvaRing",
    "Valtrex 1g",
    "Sildenafil 50mg",
    "Fluconazole 150mg",
    "Nitrofurantoin 100mg",
]
RX_CATEGORIES = [
    "Birth Control",
    "HIV Prevention (PrEP)",
    "Emergency Contraception",
    "Herpes Treatment",
    "Erectile Dysfunction",
    "UTI Treatment",
    "Yeast Infection",
]
BR_REMEDIOS = [
    "Selene 2mg/0,035mg",
    "Yasmin 3mg/0,03mg",
    "Truvada (PrEP SUS)",
    "Postinor Uno 1,5mg",
    "Sertralina 50mg",
    "Escitalopram 10mg",
    "Tadalafila 5mg",
]
PAYERS = [
    ("Aetna", "60054"),
    ("Cigna", "62308"),
    ("UnitedHealthcare", "87726"),
    ("Blue Shield of California", "94036"),
    ("Kaiser Permanente", "94134"),
    ("Anthem BCBS", "00227"),
]
CONVENIOS = ["Unimed", "Bradesco Saúde", "SulAmérica", "Amil", "Hapvida", "NotreDame Intermédica"]
EMPLOYERS = [
    "Globex Logistics",
    "Initech",
    "Northwind Traders",
    "Hooli",
    "Vandelay Industries",
    "Pied Piper",
    "Banco Estrela S.A.",
    "Magazine Central Ltda",
]
PLANS = ["Therapy Monthly", "Therapy + Psychiatry", "Couples Plan", "Cycle Premium", "PrEP Care"]
CLINICS = ["Solace Clinic - Bay Area", "Solace Telehealth PC", "Clínica Solace Paulista", "Solace Care NY"]
PHARMACIES = [
    ("Solace Pharmacy Fulfillment", "Memphis", "TN"),
    ("CityRx #2214", "Atlanta", "GA"),
    ("Drogaria Solace", "São Paulo", "SP"),
]
PETS = ["Biscuit", "Luna", "Paçoca", "Mochi", "Rex", "Pepper", "Tofu"]
THERAPIST_SPECIALTIES = ["CBT", "EMDR", "DBT", "LGBTQ+ affirming", "perinatal", "couples", "addiction"]
IOS_UAS = [
    "Solace/4.18.0 (com.solacehealth.ios; build:4180; iOS 17.5.1) Alamofire/5.9.1",
    "Solace/4.19.2 (com.solacehealth.ios; build:4192; iOS 18.0.0) Alamofire/5.9.1",
]
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.67",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.6478.71 Mobile Safari/537.36",
]


def us_first(f: Fake) -> str:
    return f.pick([*US_FIRST, "Jane", "Sofia", "Omar", "Priya", "Noah"])


def us_last(f: Fake) -> str:
    return f.pick([*US_LAST, "Doe", "Chen", "Patel", "Okafor"])


def us_name(f: Fake) -> str:
    return f"{us_first(f)} {us_last(f)}"


def br_first(f: Fake) -> str:
    return f.pick(BR_FIRST)


def br_last(f: Fake) -> str:
    return f.pick(BR_LAST)


def br_name(f: Fake) -> str:
    return f"{br_first(f)} {br_last(f)} {br_last(f)}"


def any_name(f: Fake) -> str:
    return f.pick([us_name, br_name, lambda f: f.full_name()])(f)


def ascii_fold(s: str) -> str:
    table = str.maketrans("áàâãäéêíóôõöúüçñÁÉÍÓÚÇ ", "aaaaaeeioooouucnAEIOUC.", "'")
    return s.translate(table).lower()


def email_for(f: Fake, name: str, domains=None) -> str:
    domains = domains or ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com"]
    parts = ascii_fold(name).split(".")
    user = f.pick([parts[0] + "." + parts[-1], parts[0] + parts[-1][:1], parts[0] + str(f.r.randint(7, 99))])
    return f"{user}@{f.pick(domains)}"


def us_email(f: Fake) -> str:
    return email_for(f, us_name(f))


def br_email(f: Fake) -> str:
    return email_for(f, br_name(f), ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"])


def any_email(f: Fake) -> str:
    return f.pick([us_email, br_email, lambda f: f.email()])(f)


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def br_phone(f: Fake) -> str:
    ddd = f.pick(BR_DDD)
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick(
        [
            f"+55 {ddd} 9{a}-{b}",
            f"({ddd}) 9{a}-{b}",
            f"+55{ddd}9{a}{b}",
            f"{ddd}9{a}{b}",
            f"({ddd}) 9 {a}-{b}",
        ]
    )


def any_phone(f: Fake) -> str:
    return f.pick([us_phone, br_phone, lambda f: f.phone()])(f)


def e164_phone(f: Fake) -> str:
    ddd = f.pick(BR_DDD)
    return f.pick([f.phone("e164"), f"+55{ddd}9{f.digits(8)}", f"+44 7{f.digits(9)}"])


def cpf(f: Fake, formatted=None) -> str:
    base = [f.r.randint(0, 9) for _ in range(9)]
    while len(set(base)) == 1:
        base = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        total = sum(d * w for d, w in zip(base, range(n, 1, -1)))
        check = (total * 10) % 11
        base.append(0 if check == 10 else check)
    s = "".join(map(str, base))
    formatted = f.r.random() < 0.6 if formatted is None else formatted
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s


def cns(f: Fake) -> str:
    """A definitive Cartão Nacional de Saúde number (starts 1 or 2, mod-11 over the PIS part)."""
    while True:
        pis = str(f.r.randint(1, 2)) + f.digits(10)[:10]
        total = sum(int(d) * w for d, w in zip(pis, range(15, 4, -1)))
        dv = 11 - total % 11
        if dv == 11:
            dv = 0
        if dv == 10:
            total += 2
            dv = 11 - total % 11
            number = pis + "001" + str(dv)
        else:
            number = pis + "000" + str(dv)
        if len(number) == 15:
            return f.pick([number, f"{number[:3]} {number[3:7]} {number[7:11]} {number[11:]}"])


def rg(f: Fake) -> str:
    return (
        f"{f.r.randint(10, 59)}.{f.r.randint(100, 999)}.{f.r.randint(100, 999)}-{f.pick(list('0123456789X'))}"
    )


def cep(f: Fake) -> str:
    _, _, prefix = f.pick(BR_CITY_UF)
    return f"{prefix}{f.r.randint(100, 999)}-{f.r.randint(0, 999):03d}"


def us_zip(f: Fake) -> str:
    _, _, prefix = f.pick(US_CITY_STATE)
    z = f"{prefix}{f.r.randint(0, 99):02d}"
    return z if f.r.random() < 0.75 else f"{z}-{f.r.randint(1, 9999):04d}"


def us_street(f: Fake) -> str:
    return f"{f.r.randint(2, 9899)} {f.pick(US_STREETS)}"


def us_line2(f: Fake) -> str:
    return f.pick(["Apt 3C", "Unit 12", "Apt 1204", "# 5", "Suite 210", "Apt B", "Fl 2"])


def us_city(f: Fake) -> str:
    return f.pick(US_CITY_STATE)[0]


def us_state(f: Fake) -> str:
    return f.pick(US_CITY_STATE)[1]


def br_city(f: Fake) -> str:
    return f.pick(BR_CITY_UF)[0]


def br_uf(f: Fake) -> str:
    return f.pick(BR_CITY_UF)[1]


def us_full_address(f: Fake) -> str:
    city, state, prefix = f.pick(US_CITY_STATE)
    return f"{us_street(f)}, {city}, {state} {prefix}{f.r.randint(0, 99):02d}"


def br_endereco(f: Fake) -> str:
    extra = f.pick(["", " - apto 42", ", bloco B ap 103", " casa 2"])
    return f"{f.pick(BR_STREETS)}, {f.r.randint(10, 3999)}{extra}"


def dob(f: Fake) -> str:
    return f.date(1962, 2006)


def dob_us(f: Fake) -> str:
    d = f.date(1962, 2006)
    y, m, dd = d.split("-")
    return f.pick([d, f"{m}/{dd}/{y}"])


def dob_br(f: Fake) -> str:
    y, m, d = f.date(1962, 2006).split("-")
    return f"{d}/{m}/{y}"


def child_dob(f: Fake) -> str:
    return f.date(2008, 2023)


def ipv4(f: Fake) -> str:
    return f.ipv4()


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2600:1700", "2804:14c", "2601:647", "2804:7f0", "2a02:26f0"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def any_ip(f: Fake) -> str:
    return ipv4(f) if f.r.random() < 0.7 else ipv6(f)


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def gaid(f: Fake) -> str:
    return f.uuid()


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "Cj0KCQjw" + "".join(f.pick(alnum) for _ in range(f.r.randint(60, 80))) + "BwE"


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(58))


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**8, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def sha256ish(f: Fake) -> str:
    return f.hexid(64)


def jwt(f: Fake) -> str:
    return f.jwt()


def apns_token(f: Fake) -> str:
    return f.hexid(64)


def fcm_token(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return f.hexid(11) + ":APA91b" + "".join(f.pick(alnum) for _ in range(134))


def stripe_id(f: Fake, prefix: str, n=24) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "".join(f.pick(alnum) for _ in range(n))


def luhn10(f: Fake, prefix: str, total: int) -> str:
    body = prefix + "".join(str(f.r.randint(0, 9)) for _ in range(total - len(prefix) - 1))
    return f.luhn_complete(body)


def npi(f: Fake) -> str:
    # NPI check digit: Luhn over "80840" + the first nine digits.
    body = f.pick(["1", "2"]) + "".join(str(f.r.randint(0, 9)) for _ in range(8))
    full = f.luhn_complete("80840" + body)
    return body + full[-1]


def ndc(f: Fake) -> str:
    return f"{f.r.randint(10000, 99999)}-{f.r.randint(100, 999)}-{f.r.randint(10, 99)}"


def rx_number(f: Fake) -> str:
    return f.pick(["RX", "", "Rx#"]) + f.digits(7)


def mrn(f: Fake) -> str:
    return f.pick(["MRN", "SOL-", ""]) + f.digits(8)


def member_id(f: Fake) -> str:
    return f.pick(["W", "XEH", "U", "H"]) + f.digits(9)


def carteirinha(f: Fake) -> str:
    return f"{f.digits(4)} {f.digits(4)} {f.digits(4)} {f.digits(4)}"


def chave_pix(f: Fake) -> str:
    return f.pick([cpf, br_email, lambda f: "+55" + f.pick(BR_DDD) + "9" + f.digits(8), lambda f: f.uuid()])(
        f
    )


def br_conta(f: Fake) -> str:
    return f"{f.digits(f.pick([5, 6, 8]))}-{f.r.randint(0, 9)}"


def us_account(f: Fake) -> str:
    return f.digits(f.pick([9, 10, 12]))


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def version(f: Fake) -> str:
    return f"{f.r.randint(1, 5)}.{f.r.randint(0, 30)}.{f.r.randint(0, 9)}"


def epoch_s(f: Fake) -> int:
    return f.r.randint(1_700_000_000, 1_735_000_000)


def lat_us(f: Fake) -> float:
    return round(f.r.uniform(25.5, 47.8), 6)


def lon_us(f: Fake) -> float:
    return round(f.r.uniform(-123.0, -71.0), 6)


def lat_br(f: Fake) -> float:
    return round(f.r.uniform(-30.1, -3.0), 6)


def lon_br(f: Fake) -> float:
    return round(f.r.uniform(-60.0, -34.9), 6)


def last4(f: Fake) -> str:
    return f"{f.r.randint(0, 9999):04d}"


# -- free text: each generator either always or never carries the PII it is labelled with ----


def chat_with_contact(f: Fake) -> str:
    return f.pick(
        [
            "can you text me instead? " + us_phone(f),
            "my email changed, it's " + any_email(f) + " now",
            "if the video drops call me at " + any_phone(f),
            "pode me mandar o link no whats " + br_phone(f) + "?",
            "Please send the superbill to " + any_email(f),
            "new number: " + any_phone(f) + " (old one is disconnected)",
        ]
    )


def journal_entry(f: Fake) -> str:
    return f.pick(
        [
            "Panic attack on the train again. Used the 5-4-3-2-1 thing, it helped a bit.",
            "Couldn't get out of bed until noon. Everything feels heavy.",
            "First week on sertraline, nauseous but sleeping better.",
            "Argued with my partner about the IVF costs, cried after.",
            "Felt numb at work, skipped lunch again. Binged after dinner.",
            "Intrusive thoughts were bad today, checked the stove 6 times.",
            "Dia difícil, a ansiedade voltou forte depois da reunião.",
            "Spotting again and so anxious about the miscarriage happening again.",
            "Sober 41 days. Cravings at the party but I left early.",
        ]
    )


def session_note_plain(f: Fake) -> str:
    return f.pick(
        [
            "Client arrived on time, connection stable.",
            "Rescheduled by client, no-show fee waived.",
            "Audio issues first 5 min, switched to phone bridge.",
            "Intake forms complete.",
            "",
        ]
    )


def delivery_note(f: Fake) -> str:
    return f.pick(
        [
            "Discreet packaging please",
            "Leave with doorman",
            "No signature",
            "",
            "Ring the bell twice",
            "Deixar na portaria",
            "Não tocar a campainha",
        ]
    )


def support_body_with_pii(f: Fake) -> str:
    return f.pick(
        [
            "Charged twice this month, please refund. You can reach me at " + us_phone(f),
            "I can't log in, my account email is " + any_email(f),
            "My prescription never arrived. Call " + any_phone(f) + " anytime after 3pm.",
            "Quero cancelar a assinatura, meu email é " + br_email(f),
            "Please update my insurance, contact me on " + any_email(f),
        ]
    )


def help_search(f: Fake) -> str:
    return f.pick(
        [
            "cancel subscription",
            "change therapist",
            "insurance accepted",
            "reset password",
            "video not working",
            "como cancelar",
            "refund policy",
            "how does prep work",
        ]
    )


def pharmacy_query(f: Fake) -> str:
    return f.pick(
        [
            "prep",
            "truvada",
            "birth control",
            "plan b",
            "morning after pill",
            "descovy cost",
            "sildenafil",
            "valtrex",
            "uti antibiotics",
            "pilula do dia seguinte",
            "anticoncepcional",
        ]
    )


# -- contexts of the client libraries -----------------------------------------------------------

WEB_PAGES = [
    ("/therapists", "Find a therapist | Solace"),
    ("/book", "Book your first session | Solace"),
    ("/pharmacy/prep", "PrEP online | Solace Pharmacy"),
    ("/pharmacy/birth-control", "Birth control delivered | Solace Pharmacy"),
    ("/account/billing", "Billing | Solace"),
    ("/insurance", "Check your coverage | Solace"),
]


def web_context(f: Fake, traits: bool):
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.1", "next-1.70.0", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://solacehealth.com/",
                        "https://www.instagram.com/",
                        "https://l.facebook.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "?utm_source=google&utm_medium=cpc&utm_campaign=prep_brand",
                        "?ref=nav",
                        "?step=2",
                        "?utm_source=newsletter",
                    ]
                )
            ),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "url": G(lambda f: "https://app.solacehealth.com" + f.pick(WEB_PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not/A)Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["126", "125", "8", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "pt-BR", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(
                ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo"]
            )
        ),
        "ip": Y(any_ip, "ip"),
    }
    if f.r.random() < 0.5:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["prep_brand", "therapy_nonbrand", "bc_retarget", "pride_2024"])),
            "source": G(lambda f: f.pick(["google", "facebook", "tiktok", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["online therapist", "prep near me", "birth control online", "therapy covered by aetna"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_v2", "carousel_3", "text_link"])),
        }
    if traits:
        ctx["traits"] = {
            "email": Y(us_email, "email"),
            "firstName": Y(us_first, "name"),
            "plan": G(lambda f: f.pick(PLANS)),
        }
    return ctx


def swift_context(f: Fake, traits: bool):
    ctx = {
        "app": {
            "name": G(lambda f: "Solace"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["4180", "4192", "4200"])),
            "namespace": G(lambda f: "com.solacehealth.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "pt-BR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "18.0", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 390])),
            "height": G(lambda f: f.pick([852, 932, 844])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Denver", "America/Sao_Paulo"])),
        "userAgent": G(lambda f: f.pick(IOS_UAS)),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.6:
        ctx["device"]["advertisingId"] = Y(idfa, "advertising id")
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
    if f.r.random() < 0.5:
        ctx["device"]["token"] = RED(apns_token, "token")
    if traits:
        ctx["traits"] = {
            "email": Y(us_email, "email"),
            "firstName": Y(us_first, "name"),
            "userId": G(lambda f: "usr_" + f.digits(8)),
        }
    return ctx


def kotlin_context(f: Fake, traits: bool):
    ctx = {
        "app": {
            "name": G(lambda f: "Solace"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1"])),
            "build": G(lambda f: f.pick(["41800", "41910"])),
            "namespace": G(lambda f: "com.solacehealth.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Pixel 8", "moto g54 5G", "23021RAAEG"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "cancunf", "tapas"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Vivo", "Claro BR", "TIM", "Verizon"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/Recife", "America/Chicago"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.6:
        ctx["device"]["advertisingId"] = Y(gaid, "advertising id")
    if f.r.random() < 0.4:
        ctx["location"] = {
            "latitude": Y(lat_br, "geolocation"),
            "longitude": Y(lon_br, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        }
    if traits:
        ctx["traits"] = {
            "email": Y(any_email, "email"),
            "firstName": Y(lambda f: f.pick([us_first, br_first])(f), "name"),
            "userId": G(lambda f: "usr_" + f.digits(8)),
        }
    return ctx


def rn_context(f: Fake, traits: bool):
    ctx = {
        "app": {
            "name": G(lambda f: "Solace Cycle"),
            "version": G(lambda f: f.pick(["2.7.0", "2.8.3"])),
            "build": G(lambda f: f.pick(["270", "283"])),
            "namespace": G(lambda f: "com.solacehealth.cycle"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "es-MX"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "America/Sao_Paulo"])),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["device"]["token"] = RED(lambda f: f.pick([apns_token, fcm_token])(f), "token")
    if traits:
        ctx["traits"] = {
            "email": Y(any_email, "email"),
            "firstName": Y(lambda f: f.pick([us_first, br_first])(f), "name"),
            "userId": G(lambda f: "usr_" + f.digits(8)),
        }
    return ctx


def flutter_context(f: Fake, traits: bool):
    ctx = {
        "app": {
            "name": G(lambda f: "Solace Mood"),
            "version": G(lambda f: f.pick(["1.9.0", "1.10.2"])),
            "build": G(lambda f: f.pick(["190", "1102"])),
            "namespace": G(lambda f: "com.solacehealth.mood"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-G991B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 360])), "height": G(lambda f: f.pick([844, 800]))},
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Sao_Paulo"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }
    if traits:
        ctx["traits"] = {
            "email": Y(any_email, "email"),
            "firstName": Y(lambda f: f.pick([us_first, br_first])(f), "name"),
            "userId": G(lambda f: "usr_" + f.digits(8)),
        }
    return ctx


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.1", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(f: Fake, client: str, traits: bool):
    name, versions = SERVER_LIBS[client]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "php", "ruby"):
        # web backends forward the browser's address and agent
        ctx["ip"] = Y(any_ip, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if client == "node" and f.r.random() < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": G(lambda f: "cus_" + stripe_id(f, "", 14)),
                "type": G(lambda f: "stripe_customer_id"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if client in ("python", "go") and f.r.random() < 0.4:
        ctx["groupId"] = G(lambda f: "org_" + f.digits(5))
    if traits:
        ctx["traits"] = {
            "email": Y(any_email, "email"),
            "name": Y(any_name, "name"),
        }
    return ctx


def context_for(f: Fake, client: str):
    traits = f.r.random() < 0.35
    if client == "web":
        return web_context(f, traits)
    if client == "swift":
        return swift_context(f, traits)
    if client == "kotlin":
        return kotlin_context(f, traits)
    if client == "rn":
        return rn_context(f, traits)
    if client == "flutter":
        return flutter_context(f, traits)
    return server_context(f, client, traits and client in ("node", "python"))


# -- events -------------------------------------------------------------------------------------


def rx_item():
    return {
        "product_id": G(lambda f: "prod_" + f.digits(5)),
        "sku": G(
            lambda f: f.pick(["RX", "OTC", "KIT"]) + "-" + f.digits(4) + "-" + f.pick(["28", "30", "90", "1"])
        ),
        "name": Y(lambda f: f.pick(RX_PRODUCTS), "medication"),
        "brand": G(
            lambda f: f.pick(["Gilead", "Teva", "Foundation Consumer Healthcare", "Pfizer", "Glenmark"])
        ),
        "category": Y(lambda f: f.pick(RX_CATEGORIES), "medication|condition"),
        "variant": G(
            lambda f: f.pick(["28 tablets", "30-day supply", "90-day supply", "1 tablet", "3 rings"])
        ),
        "price": G(lambda f: f.money(0, 90)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "ndc": G(ndc),
        "requires_prescription": G(lambda f: f.pick([True, False])),
    }


TELEHEALTH = [
    # -- therapy: directory, booking, video sessions -------------------------------------------
    (
        "page",
        "Therapist Directory",
        ["web"],
        6,
        lambda f: {
            "path": G(lambda f: "/therapists"),
            "url": G(
                lambda f: "https://app.solacehealth.com/therapists" + f.pick(["", "?page=2", "?state=CA"])
            ),
            "title": G(lambda f: "Find a therapist | Solace"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?page=2", "?state=CA"])),
            "concern": Y(lambda f: f.pick(CONCERNS), "condition"),
            "state": G(us_state),
            "insurance_filter": G(lambda f: f.pick([p[0] for p in PAYERS] + ["self-pay"])),
            "results_count": G(lambda f: f.r.randint(0, 140)),
            **({"gclid": Y(gclid, "advertising id")} if f.r.random() < 0.4 else {}),
        },
    ),
    (
        "track",
        "Therapist Profile Viewed",
        ["web", "swift", "kotlin"],
        5,
        {
            "therapist_id": G(lambda f: "thr_" + f.digits(6)),
            "therapist_name": Y(us_name, "name"),
            "credentials": G(lambda f: f.pick(["LCSW", "LMFT", "PsyD", "LPC", "PMHNP-BC"])),
            "npi": G(npi),
            "specialties": Many(G(lambda f: f.pick(THERAPIST_SPECIALTIES)), 3),
            "languages": Many(
                G(lambda f: f.pick(["English", "Spanish", "Portuguese", "Mandarin", "ASL"])), 2
            ),
            "years_experience": G(lambda f: f.r.randint(2, 30)),
            "accepts_insurance": G(lambda f: f.pick([True, False])),
            "next_available": G(lambda f: f.iso()),
            "position": G(lambda f: f.r.randint(1, 24)),
        },
    ),
    (
        "track",
        "Intake Form Submitted",
        ["web"],
        4,
        {
            "intake_id": G(lambda f: f.uuid()),
            "preferred_name": Y(us_first, "name"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "she/they"]), "gender"),
            "date_of_birth": Y(dob_us, "birthdate"),
            "age": G(lambda f: f.r.randint(18, 64)),
            "gender_identity": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "transgender man", "genderqueer"]), "gender"
            ),
            "sexual_orientation": Y(
                lambda f: f.pick(["straight", "gay", "lesbian", "bisexual", "queer", "prefer not to say"]),
                "sexual orientation",
            ),
            "relationship_status": G(lambda f: f.pick(["single", "married", "partnered", "divorced"])),
            "presenting_concerns": Many(Y(lambda f: f.pick(CONCERNS), "condition"), 3),
            "phq9_score": Y(lambda f: f.r.randint(0, 27), "condition|diagnosis"),
            "gad7_score": Y(lambda f: f.r.randint(0, 21), "condition|diagnosis"),
            "suicidal_ideation": Y(lambda f: f.pick([True, False]), "condition"),
            "previous_therapy": G(lambda f: f.pick([True, False])),
            "current_medications": Many(
                Y(
                    lambda f: f.pick(["sertraline", "bupropion", "lamotrigine", "none", "escitalopram"]),
                    "medication",
                ),
                2,
            ),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "job_title": G(
                lambda f: f.pick(["Nurse", "Software Engineer", "Teacher", "Barista", "Paralegal"])
            ),
            "household": {
                "children_count": G(lambda f: f.r.randint(0, 4)),
                "pet_names": Many(G(lambda f: f.pick(PETS)), 2),
            },
            "emergency_contact": {
                "name": Y(us_name, "name"),
                "phone": Y(us_phone, "phone"),
                "relationship": G(lambda f: f.pick(["mother", "spouse", "friend", "sibling", "partner"])),
            },
            "home_address": {
                "line1": Y(us_street, "address|street"),
                "line2": Y(us_line2, "address|street"),
                "city": Y(us_city, "city"),
                "state": G(us_state),
                "zip": Y(us_zip, "zipcode"),
            },
            "form_version": G(lambda f: f.pick(["intake-v7", "intake-v8"])),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["web", "swift", "kotlin"],
        6,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "therapist_id": G(lambda f: "thr_" + f.digits(6)),
            "provider_name": Y(us_name, "name"),
            "clinic_name": G(lambda f: f.pick(CLINICS)),
            "visit_type": G(lambda f: f.pick(["video", "phone", "messaging"])),
            "session_length_min": G(lambda f: f.pick([30, 45, 50, 60])),
            "starts_at": G(lambda f: f.iso()),
            "is_first_session": G(lambda f: f.pick([True, False])),
            "reason_for_visit": Y(lambda f: f.pick(CONCERNS), "condition"),
            "payment_type": G(lambda f: f.pick(["insurance", "self_pay", "employer_benefit"])),
            "copay": G(lambda f: f.money(0, 60)),
            "coupon": G(lambda f: f.pick(["", "FIRSTMONTH20", "EAP2024"])),
            "reminder_sms_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Waiting Room",
        ["swift", "kotlin"],
        5,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "camera_permission": G(lambda f: f.pick(["granted", "denied", "not_determined"])),
            "mic_permission": G(lambda f: f.pick(["granted", "denied"])),
            "minutes_early": G(lambda f: f.r.randint(-5, 15)),
        },
    ),
    (
        "track",
        "Video Session Joined",
        ["swift", "kotlin", "web"],
        6,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "room_sid": G(lambda f: "RM" + f.hexid(32)),
            "participant_sid": G(lambda f: "PA" + f.hexid(32)),
            "join_token": RED(jwt, "token"),
            "role": G(lambda f: f.pick(["patient", "provider", "observer"])),
            "network_quality": G(lambda f: f.r.randint(0, 5)),
            "codec": G(lambda f: f.pick(["VP8", "H264"])),
            "bandwidth_kbps": G(lambda f: f.r.randint(300, 4000)),
            "background_blur": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Video Session Ended",
        ["node"],
        5,
        {
            "appointmentId": G(lambda f: f.uuid()),
            "roomSid": G(lambda f: "RM" + f.hexid(32)),
            "durationSec": G(lambda f: f.r.randint(60, 3600)),
            "endedBy": G(lambda f: f.pick(["patient", "provider", "timeout"])),
            "patientName": Y(lambda f: f.pick([us_name, br_name])(f), "name"),
            "clinicianEmail": Y(lambda f: email_for(f, us_name(f), ["solacehealth.com"]), "email"),
            "diagnosisCodes": Many(
                Y(lambda f: f.pick(["F41.1", "F33.1", "F43.10", "F32.A", "F50.81", "Z31.41"]), "diagnosis"), 2
            ),
            "cptCode": G(lambda f: f.pick(["90834", "90837", "90791", "99213"])),
            "noShow": G(lambda f: f.pick([True, False])),
            "sessionNote": G(session_note_plain),
        },
    ),
    (
        "track",
        "Room Webhook Received",
        ["go"],
        4,
        {
            "provider": G(lambda f: "twilio-video"),
            "status-callback-event": G(
                lambda f: f.pick(["participant-connected", "participant-disconnected", "room-ended"])
            ),
            "room-name": G(lambda f: "appt-" + f.uuid()),
            "participant-identity": G(lambda f: "usr_" + f.digits(8)),
            "headers": {
                "x-forwarded-for": Y(
                    lambda f: f"{ipv4(f)}, 10.0.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}", "ip"
                ),
                "user-agent": G(lambda f: f.pick(["TwilioProxy/1.1", "Go-http-client/2.0"])),
                "x-twilio-signature": G(lambda f: f.hexid(28)),
                "x-request-id": G(lambda f: f.uuid()),
                "authorization": RED(lambda f: "Bearer " + jwt(f), "token"),
                "content-type": G(lambda f: "application/x-www-form-urlencoded"),
            },
            "received-at": G(lambda f: f.iso()),
            "retry-count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Message Sent",
        ["swift", "kotlin", "web"],
        6,
        {
            "thread_id": G(lambda f: "thd_" + f.hexid(12)),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["patient", "therapist"])),
            "length": G(lambda f: f.r.randint(3, 800)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "text": Y(chat_with_contact, "phone|email", True),
            "to": Y(us_name, "name", True),
            "read_receipt": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "php"],
        3,
        {
            "request_id": G(lambda f: f.uuid()),
            "topic": G(lambda f: f.pick(["billing", "insurance", "pharmacy", "scheduling"])),
            "preferred_window": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "note": Y(
                lambda f: f.pick(
                    [
                        "Best number is " + any_phone(f) + ", leave a voicemail if no answer",
                        "Call my work line " + us_phone(f) + " not my cell please",
                        "pode ligar no " + br_phone(f) + " depois das 18h",
                        "Text first: " + any_phone(f),
                    ]
                ),
                "phone",
                True,
            ),
            "language": G(lambda f: f.pick(["en", "es", "pt"])),
        },
    ),
    (
        "track",
        "Session Rated",
        ["swift", "kotlin", "web"],
        4,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "switch_requested": G(lambda f: f.pick([True, False])),
            "feedback_tags": Many(
                G(lambda f: f.pick(["good listener", "late", "audio issues", "felt heard"])), 2
            ),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["swift", "kotlin"],
        4,
        {
            "contact_id": G(lambda f: f.uuid()),
            "selected": {
                "label": Y(lambda f: f.pick([us_name, br_name])(f), "name", True),
                "value": Y(lambda f: f.pick([us_phone, br_phone])(f), "phone", True),
            },
            "relationship": G(
                lambda f: f.pick(["mother", "spouse", "friend", "sibling", "partner", "roommate"])
            ),
            "source": G(lambda f: f.pick(["address_book", "manual"])),
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Crisis Resources Viewed",
        ["swift", "kotlin", "web"],
        4,
        {
            "trigger": G(lambda f: f.pick(["phq9_item9", "keyword_detected", "manual"])),
            "hotline_number": G(lambda f: f.pick(["988", "1-800-273-8255", "188"])),
            "hotline_name": G(
                lambda f: f.pick(["988 Suicide & Crisis Lifeline", "CVV - Centro de Valorização da Vida"])
            ),
            "called": G(lambda f: f.pick([True, False])),
            "safety_plan_exists": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- mood journaling ------------------------------------------------------------------------
    (
        "screen",
        "Mood Check-in",
        ["flutter"],
        6,
        {
            "mood": Y(lambda f: f.pick(MOODS), "condition"),
            "mood_score": Y(lambda f: f.r.randint(1, 10), "condition"),
            "energy_level": G(lambda f: f.pick(["low", "medium", "high"])),
            "streak_days": G(lambda f: f.r.randint(0, 120)),
            "check_in_count": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "Journal Entry Saved",
        ["flutter"],
        7,
        {
            "entry_id": G(lambda f: f.uuid()),
            "entry": Y(journal_entry, "condition", True),
            "word_count": G(lambda f: f.r.randint(5, 400)),
            "mood_tags": Many(Y(lambda f: f.pick(MOODS), "condition"), 3),
            "shared_with_therapist": G(lambda f: f.pick([True, False])),
            "prompt_id": G(lambda f: f.pick(["gratitude_3", "cbt_thought_record", "free_write"])),
            "sleep_hours": G(lambda f: f.money(2, 10)),
            "location_tag": G(lambda f: f.pick(["home", "work", "commute", "other"])),
            "created_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Reminder Scheduled",
        ["flutter"],
        4,
        {
            "reminder_type": G(lambda f: f.pick(["mood_checkin", "journal", "medication"])),
            "time_of_day": G(lambda f: f.pick(["08:00", "21:30", "12:15"])),
            "days": Many(G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])), 4),
            "push_enabled": G(lambda f: f.pick([True, False])),
            "reminders_active": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    # -- period and fertility tracker -----------------------------------------------------------
    (
        "track",
        "Period Logged",
        ["rn"],
        7,
        {
            "log_id": G(lambda f: f.uuid()),
            "cycle_day": Y(lambda f: f.r.randint(1, 35), "condition"),
            "flow": Y(lambda f: f.pick(["light", "medium", "heavy", "spotting"]), "condition"),
            "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 3),
            "period_start_date": Y(lambda f: f.date(2024, 2024), "condition"),
            "cycle_length_days": Y(lambda f: f.r.randint(21, 40), "condition"),
            "entries_logged": G(lambda f: f.r.randint(1, 600)),
            "source": G(lambda f: f.pick(["manual", "apple_health", "reminder"])),
        },
    ),
    (
        "track",
        "Fertility Data Logged",
        ["rn"],
        5,
        {
            "bbt_celsius": Y(lambda f: round(f.r.uniform(36.1, 37.3), 2), "condition"),
            "ovulation_test": Y(lambda f: f.pick(["positive", "negative", "peak", "high"]), "condition"),
            "cervical_mucus": Y(lambda f: f.pick(["dry", "sticky", "creamy", "egg white"]), "condition"),
            "sex_logged": Y(lambda f: f.pick(["protected", "unprotected", "none"]), "condition|sex"),
            "trying_to_conceive": Y(lambda f: f.pick([True, False]), "condition"),
            "device": G(lambda f: f.pick(["Oura Ring", "Tempdrop", "manual thermometer"])),
            "reading_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Pregnancy Mode Enabled",
        ["rn"],
        4,
        {
            "pregnant": Y(lambda f: True, "condition"),
            "pregnancy_week": Y(lambda f: f.r.randint(4, 40), "condition"),
            "due_date": Y(lambda f: f.date(2024, 2025), "condition"),
            "pregnancy_test_result": Y(
                lambda f: f.pick(["positive", "faint positive", "positive (digital, 3+ weeks)"]), "condition"
            ),
            "previous_pregnancies": Y(lambda f: f.r.randint(0, 4), "condition"),
            "mode_switch_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Partner Invited",
        ["rn"],
        4,
        {
            "invite_id": G(lambda f: f.uuid()),
            "partner_name": Y(lambda f: f.pick([us_first, br_first])(f), "name"),
            "partner_email": Y(any_email, "email"),
            "partner_phone": Y(e164_phone, "phone"),
            "share_level": G(lambda f: f.pick(["fertile_window", "period_only", "everything"])),
            "invites_sent": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        5,
        {
            "email": Y(any_email, "email"),
            "firstName": Y(lambda f: f.pick([us_first, br_first])(f), "name"),
            "birthYear": Y(lambda f: f.r.randint(1975, 2006), "birthdate"),
            "goal": Y(
                lambda f: f.pick(["track_period", "get_pregnant", "avoid_pregnancy", "perimenopause"]),
                "condition",
            ),
            "averageCycleLength": Y(lambda f: f.r.randint(24, 35), "condition"),
            "contraceptionMethod": Y(
                lambda f: f.pick(["pill", "IUD", "condoms", "none", "implant"]), "medication"
            ),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "appleHealthConnected": G(lambda f: f.pick([True, False])),
            "premium": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "screen",
        "Cycle Calendar",
        ["rn"],
        6,
        {
            "month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "view": G(lambda f: f.pick(["month", "week"])),
            "predictions_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- pharmacy: e-commerce spec ------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "swift"],
        5,
        {
            "q": Y(pharmacy_query, "medication", True),
            "results": G(lambda f: f.r.randint(0, 12)),
            "search_id": G(lambda f: f.hexid(16)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        6,
        {
            **{k: v for k, v in rx_item().items() if k not in ("quantity",)},
            "currency": G(lambda f: "USD"),
            "url": G(lambda f: "https://app.solacehealth.com/pharmacy/p/" + f.digits(5)),
            "image_url": G(lambda f: "https://cdn.solacehealth.com/rx/" + f.hexid(10) + ".png"),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "swift", "kotlin"],
        4,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in rx_item().items() if k in ("product_id", "sku", "name", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        4,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "value": G(lambda f: f.money(0, 200)),
            "revenue": G(lambda f: f.money(0, 200)),
            "shipping": G(lambda f: f.pick([0, 4.99, 9.99])),
            "tax": G(lambda f: f.money(0, 10)),
            "currency": G(lambda f: "USD"),
            "products": Many(
                {
                    k: v
                    for k, v in rx_item().items()
                    if k in ("product_id", "sku", "name", "price", "quantity")
                },
                3,
            ),
            "insurance_applied": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        4,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "hsa_fsa_card", "apple_pay", "paypal"])),
            "payment_token": RED(lambda f: stripe_id(f, "tok_"), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(last4),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["414720", "542418", "601100", "371449"])),
            "billing_address": {
                "name": Y(us_name, "name"),
                "line1": Y(us_street, "address|street"),
                "city": Y(us_city, "city"),
                "state": G(us_state),
                "postal_code": Y(us_zip, "zipcode"),
                "country": G(lambda f: "US"),
            },
            "hsa_fsa": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        6,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "checkout_id": G(lambda f: f.uuid()),
            "invoice_number": G(lambda f: "INV-" + f.digits(7)),
            "total": G(lambda f: f.money(0, 250)),
            "subtotal": G(lambda f: f.money(0, 250)),
            "shipping": G(lambda f: f.pick([0, 4.99])),
            "tax": G(lambda f: f.money(0, 10)),
            "currency": G(lambda f: "USD"),
            "coupon": G(lambda f: f.pick(["", "PREP0", "BC3FREE"])),
            "products": Many({k: v for k, v in rx_item().items() if k != "requires_prescription"}, 3),
            "rx_number": Y(rx_number, "medication"),
            "prescriber_name": Y(lambda f: "Dr. " + us_name(f), "name"),
            "prescriber_npi": G(npi),
            "pharmacy": {
                "name": G(lambda f: f.pick(PHARMACIES)[0]),
                "city": G(lambda f: f.pick(PHARMACIES)[1]),
                "phone": G(lambda f: f.pick(["(901) 555-0142", "(404) 555-0199", "+55 11 3555-0190"])),
                "ncpdp_id": G(lambda f: f.digits(7)),
            },
            "shipping_address": {
                "name": Y(us_name, "name"),
                "street1": Y(us_street, "address|street"),
                "street2": Y(us_line2, "address|street"),
                "city": Y(us_city, "city"),
                "state": G(us_state),
                "zip": Y(us_zip, "zipcode"),
            },
            "customer_email": Y(us_email, "email"),
            "delivery_note": G(delivery_note),
            "discreet_packaging": G(lambda f: f.pick([True, False])),
            "tracking_number": G(lambda f: "9400" + f.digits(18)),
            "payment_intent": G(lambda f: stripe_id(f, "pi_")),
        },
    ),
    (
        "track",
        "Prescription Approved",
        ["python"],
        5,
        {
            "prescription_id": G(lambda f: f.uuid()),
            "rx_number": Y(rx_number, "medication"),
            "medication_name": Y(
                lambda f: f.pick(
                    [
                        "emtricitabine/tenofovir disoproxil",
                        "norgestimate/ethinyl estradiol",
                        "drospirenone",
                        "valacyclovir",
                        "sildenafil",
                    ]
                ),
                "medication",
            ),
            "dosage": Y(
                lambda f: f.pick(["1 tablet daily", "200/300 mg", "0.25/0.035 mg", "1 g twice daily"]),
                "medication",
            ),
            "refills": G(lambda f: f.r.randint(0, 11)),
            "days_supply": G(lambda f: f.pick([28, 30, 84, 90])),
            "prescriber_id": G(lambda f: "clin_" + f.digits(5)),
            "prescriber_npi": G(npi),
            "hiv_test_result": Y(
                lambda f: f.pick(["non-reactive", "reactive", "pending"]), "condition|diagnosis"
            ),
            "creatinine_clearance": Y(lambda f: f.r.randint(55, 130), "condition|diagnosis"),
            "on_prep": Y(lambda f: f.pick([True, False]), "medication|condition"),
            "approved_at": G(lambda f: f.iso()),
            "state_of_license": G(us_state),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node"],
        3,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "refund_id": G(lambda f: stripe_id(f, "re_")),
            "amount": G(lambda f: f.money(1, 120)),
            "reason": G(lambda f: f.pick(["out_of_stock", "duplicate", "requested_by_customer"])),
            "currency": G(lambda f: "USD"),
        },
    ),
    (
        "track",
        "Fill Status Updated",
        ["java"],
        5,
        {
            "fill-id": G(lambda f: "F" + f.digits(9)),
            "rx-number": Y(rx_number, "medication"),
            "ndc": G(ndc),
            "drug-name": Y(lambda f: f.pick(RX_PRODUCTS), "medication"),
            "patient-first-name": Y(us_first, "name"),
            "patient-last-name": Y(us_last, "name"),
            "patient-dob": Y(dob, "birthdate"),
            "ship-to-zip": Y(us_zip, "zipcode"),
            "pharmacist-name": Y(lambda f: us_name(f) + ", PharmD", "name"),
            "status": G(lambda f: f.pick(["received", "filled", "shipped", "on_hold"])),
            "fill-date": G(lambda f: f.date(2024, 2024)),
            "days-supply": G(lambda f: f.pick([30, 90])),
            "carrier": G(lambda f: f.pick(["USPS", "UPS"])),
            "partner-id": G(lambda f: "ptn_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Lab Kit Ordered",
        ["python"],
        4,
        {
            "kit_id": G(lambda f: "KIT-" + f.digits(8)),
            "kit_type": Y(
                lambda f: f.pick(["HIV/STI panel", "PrEP quarterly labs", "Pregnancy test", "Hormone panel"]),
                "procedure",
            ),
            "lab_partner": G(lambda f: f.pick(["Quest Diagnostics", "Labcorp", "Fleury"])),
            "ship_to": Y(us_full_address, "address"),
            "requisition_number": G(lambda f: f.digits(10)),
            "collection_method": G(lambda f: f.pick(["home_kit", "lab_visit"])),
        },
    ),
    # -- insurance eligibility -------------------------------------------------------------------
    (
        "track",
        "EligibilityCheckCompleted",
        ["dotnet"],
        6,
        {
            "TraceNumber": G(lambda f: f.digits(9)),
            "PayerName": G(lambda f: f.pick(PAYERS)[0]),
            "PayerId": G(lambda f: f.pick(PAYERS)[1]),
            "MemberId": Y(member_id, "identification"),
            "GroupNumber": G(lambda f: f.digits(6)),
            "SubscriberFirstName": Y(us_first, "name"),
            "SubscriberLastName": Y(us_last, "name"),
            "SubscriberDateOfBirth": Y(dob, "birthdate"),
            "RelationshipToSubscriber": G(lambda f: f.pick(["self", "spouse", "child"])),
            "CoverageActive": G(lambda f: f.pick([True, False])),
            "MentalHealthCovered": G(lambda f: f.pick([True, False])),
            "CopayAmount": G(lambda f: f.money(0, 60)),
            "DeductibleRemaining": G(lambda f: f.money(0, 3000)),
            "PlanName": G(
                lambda f: f.pick(["Choice POS II", "Open Access Plus", "PPO 1500", "HMO Silver 70"])
            ),
            "RequestedAt": G(lambda f: f.iso()),
            "ResponseMs": G(lambda f: f.r.randint(200, 9000)),
        },
    ),
    (
        "track",
        "Eligibility Response Received",
        ["java"],
        4,
        {
            "controlNumber": G(lambda f: f.digits(9)),
            "tradingPartnerServiceId": G(lambda f: f.pick(PAYERS)[1]),
            "subscriber": {
                "memberId": Y(member_id, "identification"),
                "firstName": Y(us_first, "name"),
                "lastName": Y(us_last, "name"),
                "dateOfBirth": Y(lambda f: f.date(1962, 2006).replace("-", ""), "birthdate"),
                "gender": Y(lambda f: f.pick(["F", "M", "U"]), "gender"),
                "address": {
                    "address1": Y(us_street, "address|street"),
                    "city": Y(us_city, "city"),
                    "state": G(us_state),
                    "postalCode": Y(lambda f: us_zip(f).replace("-", ""), "zipcode"),
                },
            },
            "dependents": Many(
                {
                    "firstName": Y(us_first, "name"),
                    "dateOfBirth": Y(lambda f: child_dob(f).replace("-", ""), "birthdate"),
                    "relationToSubscriberCode": G(lambda f: f.pick(["19", "01"])),
                },
                2,
            ),
            "planStatus": Many(
                {
                    "statusCode": G(lambda f: f.pick(["1", "6"])),
                    "status": G(lambda f: f.pick(["Active Coverage", "Inactive"])),
                    "serviceTypeCodes": Many(G(lambda f: f.pick(["30", "MH", "A8", "88"])), 3),
                },
                2,
            ),
            "benefitsInformation": Many(
                {
                    "code": G(lambda f: f.pick(["B", "C", "G", "1"])),
                    "name": G(
                        lambda f: f.pick(
                            ["Co-Payment", "Deductible", "Out of Pocket (Stop Loss)", "Active Coverage"]
                        )
                    ),
                    "benefitAmount": G(lambda f: str(f.r.randint(0, 5000))),
                    "inPlanNetworkIndicatorCode": G(lambda f: f.pick(["Y", "N", "W"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Insurance Card Uploaded",
        ["swift", "kotlin"],
        4,
        {
            "upload_id": G(lambda f: f.uuid()),
            "side": G(lambda f: f.pick(["front", "back"])),
            "card_image_url": Y(
                lambda f: "https://uploads.solacehealth.com/cards/" + f.uuid() + ".jpg", "photo"
            ),
            "ocr_member_id": Y(member_id, "identification"),
            "ocr_payer": G(lambda f: f.pick(PAYERS)[0]),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
            "file_size_kb": G(lambda f: f.r.randint(80, 4000)),
            "sha256": G(sha256ish),
        },
    ),
    # -- accounts, auth, billing ------------------------------------------------------------------
    (
        "track",
        "Assistance Application Submitted",
        ["ruby"],
        4,
        {
            "application_id": G(lambda f: "PAP-" + f.digits(7)),
            "program": G(
                lambda f: f.pick(["Gilead Advancing Access", "Ready, Set, PrEP", "Solace Sliding Scale"])
            ),
            "applicant_ssn": RED(lambda f: f.ssn(), "social security number"),
            "applicant_dob": Y(dob_us, "birthdate"),
            "household_size": G(lambda f: f.r.randint(1, 6)),
            "household_income": Y(lambda f: f.r.randint(9000, 80000), "salary"),
            "insurance_status": G(lambda f: f.pick(["uninsured", "underinsured", "medicaid"])),
            "hiv_negative_attested": Y(lambda f: f.pick([True, False]), "condition"),
            "veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "submitted_via": G(lambda f: f.pick(["web", "ios", "android"])),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["node"],
        4,
        {
            "inquiry-id": G(lambda f: "inq_" + stripe_id(f, "", 24)),
            "reference-id": G(lambda f: "usr_" + f.digits(8)),
            "status": G(lambda f: f.pick(["completed", "failed", "needs_review"])),
            "name-first": Y(lambda f: f.pick([us_first, br_first])(f), "name"),
            "name-last": Y(lambda f: f.pick([us_last, br_last])(f), "name"),
            "birthdate": Y(dob, "birthdate"),
            "identification-class": G(lambda f: f.pick(["dl", "pp", "id"])),
            "identification-number": Y(
                lambda f: f.pick(["D", "F", "S"]) + f.digits(7), "license|identification"
            ),
            "address-street-1": Y(us_street, "address|street"),
            "address-city": Y(us_city, "city"),
            "address-subdivision": G(us_state),
            "address-postal-code": Y(us_zip, "zipcode"),
            "selfie-photo-url": Y(
                lambda f: "https://files.withpersona.com/selfie/" + f.hexid(32) + ".jpg", "photo"
            ),
            "expiration-date": G(lambda f: f.date(2025, 2032)),
            "checks-passed": G(lambda f: f.r.randint(4, 12)),
        },
    ),
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        7,
        {
            "email": Y(us_email, "email"),
            "firstName": Y(us_first, "name"),
            "lastName": Y(us_last, "name"),
            "phone": Y(us_phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "state": G(us_state),
            "plan": G(lambda f: f.pick(PLANS)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "phoneCount": G(lambda f: f.r.randint(0, 2)),
            "hasEmergencyContact": G(lambda f: f.pick([True, False])),
            "has_partner": G(lambda f: f.pick([True, False])),
            "sessionsCompleted": G(lambda f: f.r.randint(0, 80)),
            "therapistName": Y(us_name, "name"),
            "payer": G(lambda f: f.pick(PAYERS)[0]),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift"],
        5,
        {
            "method": G(lambda f: f.pick(["email", "apple", "google"])),
            "email": Y(any_email, "email"),
            "referral_code": G(lambda f: f.hexid(8).upper()),
            "referred_by_email": Y(us_email, "email"),
            "accepted_terms_version": G(lambda f: f.pick(["2024-03", "2024-06"])),
            "hipaa_authorization": G(lambda f: f.pick([True, False])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["ruby"],
        4,
        {
            "channel": G(lambda f: f.pick(["sms", "voice", "whatsapp"])),
            "destination": Y(lambda f: f.pick([us_phone, br_phone])(f), "phone", True),
            "code": RED(otp, "token|secret"),
            "expires_in": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "provider": G(lambda f: f.pick(["twilio_verify", "sendgrid"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Password Changed",
        ["ruby"],
        3,
        {
            "password_length": G(lambda f: f.r.randint(8, 32)),
            "new_password": RED(
                lambda f: f.pick(["Sunflower!2024", "ilovemycat99", "P@ssw0rd#Sol", "correcthorse7"]),
                "password",
            ),
            "forced_reset": G(lambda f: f.pick([True, False])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "sessions_revoked": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "HSA Reimbursement Requested",
        ["php"],
        4,
        {
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "amount": G(lambda f: f.money(20, 600)),
            "account_holder_name": Y(us_name, "name"),
            "routing_number": G(lambda f: f.pick(["021000021", "121000358", "061000104", "111000025"])),
            "account_number": RED(us_account, "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "ssn_last4": RED(last4, "social security number"),
            "superbill_id": G(lambda f: f.uuid()),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "annual_salary": Y(lambda f: f.r.randint(32000, 190000), "salary"),
        },
    ),
    (
        "track",
        "Card Updated",
        ["php"],
        3,
        {
            "customer_id": G(lambda f: "cus_" + stripe_id(f, "", 14)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cvc_check": G(lambda f: f.pick(["pass", "fail", "unchecked"])),
            "brand": G(lambda f: f.pick(["Visa", "MasterCard", "American Express", "Discover"])),
            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["php"],
        4,
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(
                lambda f: f.pick(
                    ["Billing question", "Can't join video", "Prescription delay", "Cancel account"]
                )
            ),
            "body": Y(support_body_with_pii, "phone|email", True),
            "priority": G(lambda f: f.pick(["low", "normal", "urgent"])),
            "assignee_email": G(
                lambda f: f.pick(
                    ["support@solacehealth.com", "billing@solacehealth.com", "pharmacy@solacehealth.com"]
                )
            ),
            "support_phone": G(lambda f: "+1 (888) 555-0134"),
            "attachments": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Help Article Searched",
        ["web"],
        4,
        {
            "query": G(help_search),
            "results": G(lambda f: f.r.randint(0, 30)),
            "locale": G(lambda f: f.pick(["en-US", "pt-BR"])),
        },
    ),
    (
        "page",
        "Insurance Check",
        ["web"],
        4,
        lambda f: {
            "path": G(lambda f: "/insurance"),
            "url": G(lambda f: "https://app.solacehealth.com/insurance"),
            "title": G(lambda f: "Check your coverage | Solace"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            **({"fbclid": Y(fbclid, "advertising id")} if f.r.random() < 0.5 else {}),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        6,
        {
            "form_id": G(lambda f: f.pick(["intake", "insurance", "checkout"])),
            "field_name": G(lambda f: "phone"),
            "input": Y(lambda f: f.pick([us_phone, br_phone])(f), "phone", True),
            "valid": G(lambda f: f.pick([True, False])),
            "time_to_complete_ms": G(lambda f: f.r.randint(200, 20000)),
        },
    ),
    (
        "track",
        "Lead Captured",
        ["web"],
        3,
        {
            "form": G(lambda f: f.pick(["employer_demo", "newsletter"])),
            "contact": Y(us_email, "email", True),
            "company": G(lambda f: f.pick(EMPLOYERS)),
            "employees": G(lambda f: f.pick(["51-200", "201-1000", "1000+"])),
            "job_title": G(lambda f: f.pick(["HR Director", "Benefits Manager", "CPO"])),
            "company_phone": G(
                lambda f: f.pick(["+1 (415) 555-0100", "+1 (212) 555-0175", "+1 (312) 555-0123"])
            ),
        },
    ),
    (
        "group",
        None,
        ["python"],
        4,
        {
            "name": G(lambda f: f.pick(EMPLOYERS)),
            "industry": G(lambda f: f.pick(["Logistics", "Software", "Retail", "Banking"])),
            "employees": G(lambda f: f.r.randint(50, 20000)),
            "plan": G(lambda f: f.pick(["EAP Basic", "EAP Plus", "Enterprise"])),
            "benefitsAdminEmail": Y(
                lambda f: email_for(f, us_name(f), ["globex.com", "initech.com", "hooli.com"]), "email"
            ),
            "hqCity": G(lambda f: f.pick(["Chicago", "São Paulo", "Seattle"])),
            "website": G(
                lambda f: f.pick(["https://globex.com", "https://initech.com", "https://hooli.com"])
            ),
            "contractStart": G(lambda f: f.date(2022, 2024)),
        },
    ),
    (
        "track",
        "Dependent Added",
        ["node"],
        3,
        {
            "dependentId": G(lambda f: f.uuid()),
            "dependentFirstName": Y(us_first, "name"),
            "dependentDob": Y(child_dob, "birthdate"),
            "relationship": G(lambda f: f.pick(["child", "stepchild", "spouse"])),
            "guardianConsent": G(lambda f: True),
            "dependentsCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["python"],
        4,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_time": G(epoch_s),
            "action_source": G(lambda f: "website"),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(sha256ish, "email"),
                "ph": Y(sha256ish, "phone"),
                "external_id": G(sha256ish),
                "client_ip_address": Y(any_ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(0, 300)),
                "currency": G(lambda f: "USD"),
                "content_type": G(lambda f: "product"),
            },
        },
    ),
    (
        "track",
        "Clinician Shift Started",
        ["go"],
        3,
        {
            "clinician_id": G(lambda f: "clin_" + f.digits(5)),
            "clinician_name": Y(us_name, "name"),
            "clinician_mobile": Y(us_phone, "phone"),
            "hourly_rate": Y(lambda f: f.money(45, 160), "salary"),
            "licensed_states": Many(G(us_state), 4),
            "caseload": G(lambda f: f.r.randint(5, 40)),
            "shift_start": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        5,
        {
            "PATIENT_ID": G(lambda f: "usr_" + f.digits(8)),
            "FIRST_NAME": Y(lambda f: f.pick([us_first, br_first])(f), "name"),
            "LAST_NAME": Y(lambda f: f.pick([us_last, br_last])(f), "name"),
            "EMAIL": Y(any_email, "email"),
            "ZIP_CODE": Y(us_zip, "zipcode"),
            "STATE": G(us_state),
            "PLAN_TIER": G(lambda f: f.pick(["basic", "plus", "premium"])),
            "LIFETIME_SESSIONS": G(lambda f: f.r.randint(0, 150)),
            "LAST_SESSION_AT": G(lambda f: f.iso()),
            "HAS_ACTIVE_RX": G(lambda f: f.pick([True, False])),
            "PRIMARY_DIAGNOSIS": Y(lambda f: f.pick(["F41.1", "F33.1", "F43.10", "F32.9"]), "diagnosis"),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "LTV_USD": G(lambda f: f.money(0, 5000)),
            "PAYER_NAME": G(lambda f: f.pick(PAYERS)[0]),
            "MARITAL_STATUS": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
        },
    ),
    (
        "track",
        "SESSION_COMPLETED",
        ["python"],
        4,
        {
            "SESSION_ID": G(lambda f: f.uuid()),
            "THERAPIST_NAME": Y(us_name, "name"),
            "MODALITY": G(lambda f: f.pick(["CBT", "EMDR", "DBT", "psychodynamic"])),
            "DURATION_MIN": G(lambda f: f.pick([30, 45, 50, 53])),
            "BILLED_AMOUNT": G(lambda f: f.money(60, 250)),
            "CLAIM_NUMBER": G(lambda f: "CLM" + f.digits(9)),
            "PAYER_ID": G(lambda f: f.pick(PAYERS)[1]),
            "SESSION_DATE": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "alias",
        None,
        ["web", "swift"],
        3,
        {},
    ),
    # -- Brazil: Portuguese backend ---------------------------------------------------------------
    (
        "identify",
        None,
        ["node", "java"],
        7,
        {
            "nome": Y(br_first, "name"),
            "sobrenome": Y(lambda f: f"{br_last(f)} {br_last(f)}", "name"),
            "cpf": RED(cpf, "national id"),
            "rg": RED(rg, "national id"),
            "data_nascimento": Y(dob_br, "birthdate"),
            "celular": Y(br_phone, "phone"),
            "email": Y(br_email, "email"),
            "genero": Y(
                lambda f: f.pick(["feminino", "masculino", "não binário", "prefiro não dizer"]), "gender"
            ),
            "endereco": {
                "logradouro": Y(lambda f: f.pick(BR_STREETS), "address|street"),
                "numero": Y(lambda f: str(f.r.randint(10, 3999)), "address|street"),
                "complemento": Y(
                    lambda f: f.pick(["apto 42", "bloco B ap 103", "casa 2", "sala 1204"]), "address|street"
                ),
                "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address"),
                "cidade": Y(br_city, "city"),
                "uf": G(br_uf),
                "cep": Y(cep, "zipcode"),
            },
            "convenio": G(lambda f: f.pick(CONVENIOS)),
            "numero_carteirinha": Y(carteirinha, "identification"),
            "cns": RED(cns, "national id|health id"),
            "idade": G(lambda f: f.r.randint(18, 65)),
            "aceita_whatsapp": G(lambda f: f.pick([True, False])),
            "plano": G(lambda f: f.pick(["Terapia Mensal", "Terapia + Psiquiatria", "PrEP Cuidado"])),
            "criado_em": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Consulta Agendada",
        ["node"],
        6,
        {
            "consulta_id": G(lambda f: f.uuid()),
            "profissional_id": G(lambda f: "prof_" + f.digits(5)),
            "profissional_nome": Y(br_name, "name"),
            "crp": G(lambda f: f"CRP {f.pick(['06', '05', '04', '02'])}/{f.digits(6)}"),
            "especialidade": G(
                lambda f: f.pick(["Psicologia", "Psiquiatria", "Ginecologia", "Infectologia"])
            ),
            "motivo_consulta": Y(lambda f: f.pick(MOTIVOS), "condition"),
            "data_consulta": G(lambda f: f.iso()),
            "valor": G(lambda f: f.money(80, 350)),
            "forma_pagamento": G(lambda f: f.pick(["pix", "cartao_credito", "boleto", "convenio"])),
            "primeira_consulta": G(lambda f: f.pick([True, False])),
            "cupom": G(lambda f: f.pick(["", "BEMVINDO10", "SETEMBROAMARELO"])),
        },
    ),
    (
        "track",
        "Pedido Realizado",
        ["java"],
        5,
        {
            "pedido_id": G(lambda f: "PED-" + f.digits(8)),
            "itens": Many(
                {
                    "sku": G(lambda f: "BR-" + f.digits(6)),
                    "nome": Y(lambda f: f.pick(BR_REMEDIOS), "medication"),
                    "quantidade": G(lambda f: f.r.randint(1, 3)),
                    "preco_unitario": G(lambda f: f.money(5, 180)),
                    "registro_anvisa": G(lambda f: "1" + f.digits(12)),
                },
                3,
            ),
            "numero_receita": Y(lambda f: "REC-" + f.digits(9), "medication"),
            "endereco_entrega": {
                "destinatario": Y(br_name, "name"),
                "rua": Y(br_endereco, "address|street"),
                "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address"),
                "cidade": Y(br_city, "city"),
                "uf": G(br_uf),
                "cep": Y(cep, "zipcode"),
            },
            "frete": G(lambda f: f.pick([0, 9.9, 14.9])),
            "total": G(lambda f: f.money(10, 500)),
            "moeda": G(lambda f: "BRL"),
            "pagamento": {
                "metodo": G(lambda f: f.pick(["pix", "cartao_credito", "boleto"])),
                "txid": G(lambda f: f.hexid(26)),
                "parcelas": G(lambda f: f.pick([1, 2, 3, 6])),
                "bandeira": G(lambda f: f.pick(["Visa", "Mastercard", "Elo", "Hipercard"])),
            },
            "observacao": G(delivery_note),
        },
    ),
    (
        "track",
        "Reembolso Solicitado",
        ["node"],
        4,
        {
            "pedido_id": G(lambda f: "PED-" + f.digits(8)),
            "valor": G(lambda f: f.money(10, 500)),
            "motivo": G(lambda f: f.pick(["produto_avariado", "atraso", "desistencia"])),
            "tipo_chave": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "chave_pix": RED(chave_pix, "bank account"),
            "banco": G(lambda f: f.pick(["341", "260", "001", "237"])),
            "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "conta": RED(br_conta, "bank account"),
            "titular": Y(br_name, "name"),
            "cpf_titular": RED(cpf, "national id"),
        },
    ),
    (
        "screen",
        "Diário de Humor",
        ["kotlin"],
        5,
        {
            "humor": Y(lambda f: f.pick(["ansioso", "triste", "calmo", "irritado", "bem"]), "condition"),
            "nota_humor": Y(lambda f: f.r.randint(1, 10), "condition"),
            "dias_seguidos": G(lambda f: f.r.randint(0, 90)),
            "tema": G(lambda f: f.pick(["claro", "escuro"])),
        },
    ),
    (
        "track",
        "Cadastro Iniciado",
        ["flutter"],
        4,
        {
            "etapa": G(lambda f: f.pick(["dados_pessoais", "endereco", "convenio"])),
            "campo": G(lambda f: "cpf"),
            "entrada": RED(cpf, "national id", True),
            "cpf_valido": G(lambda f: f.pick([True, False])),
            "tentativas": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Teste Rápido Registrado",
        ["kotlin"],
        4,
        {
            "teste_id": G(lambda f: f.uuid()),
            "tipo_teste": Y(lambda f: f.pick(["HIV autoteste", "sífilis", "gravidez"]), "procedure"),
            "resultado": Y(
                lambda f: f.pick(["não reagente", "reagente", "inconclusivo"]), "condition|diagnosis"
            ),
            "unidade_saude": G(lambda f: f.pick(["UBS Vila Mariana", "CTA Henfil", "UBS Boa Viagem"])),
            "latitude": Y(lat_br, "geolocation"),
            "longitude": Y(lon_br, "geolocation"),
            "registrado_em": G(lambda f: f.iso()),
        },
    ),
]


def message(f: Fake, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict = {
        "type": kind,
        "messageId": {
            "web": "ajs-next-" + f.hexid(32),
            "node": "node-next-" + f.hexid(13) + "-" + f.hexid(7),
        }.get(client, f.uuid()),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": "usr_" + f.digits(8),
    }
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(5)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if callable(body):
        body = body(f)
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(f, client), f, "context", labels)
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, weight, body in TELEHEALTH:
            for _ in range(weight):
                events.append(message(f, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=4848, repeats=6)
    write(Path(__file__).parent, "holdout48_", events, labels)
