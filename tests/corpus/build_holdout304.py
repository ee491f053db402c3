"""Writes holdout 304: tests/corpus/holdout304_events.jsonl and holdout304_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
corpora's labels; only build.py / fake.py (helpers), build_holdout3.py (format) and the reference
facts were read. Nobody scored it while it was written.

Domain: "Aegis", an identity-theft protection, credit-monitoring and password-manager service
sold in the US, the UK and Brazil. Covered: sign-up and identity verification (SSN, National
Insurance number, CPF, RG, passport / ID-document checks from a verification vendor), monitored
items (e-mail addresses, phones, cards, bank accounts, passports, medical ids) and dark-web breach
alerts, data-broker removals, change-of-address alerts, credit-report pulls, scores and freezes
(US bureaus, Serasa), identity-restoration cases with specialists and case notes, insurance claims
for losses and their payouts, the password vault's item metadata, autofill, sharing and
emergency access, family plans with children's monitoring, billing (Stripe-, Plaid-, Twilio-,
SendGrid- and Zendesk-shaped payloads), support and an internal admin lookup tool. Clients:
analytics.js (web and the browser extension), analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python / node / go / java / ruby / php / .NET
server libraries; identify, track, page, screen, group and alias calls.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET services and
Twilio webhooks, kebab-case from a landing-page form builder, SCREAMING_SNAKE from a warehouse
reverse-ETL sync, and Brazilian Portuguese keys from the Brazilian backend (`nome`, `cpf`,
`celular`, `endereco.logradouro`, `valor`, ...).

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the user, a family member or child, a recipient,
  a trusted contact, a restoration specialist or support agent (staff), a payee. Colour is the
  reference matcher's default; outside the reference, red for credentials / secrets / tokens, card
  numbers, bank accounts, government ids and health ids, yellow otherwise (ip, advertising id,
  geolocation, credit score).
- Green: ids we or vendors issue (user, item, case, claim, inquiry, customer numbers, Stripe `pi_`
  / `cus_` ids, Twilio SIDs, Plaid account ids), versions, timestamps, amounts, enums, counters and
  booleans under PII-sounding keys (`emailVerified`, `ssnMatched`, `password_strength`), product,
  plan, company, breach, bureau, bank and data-broker names, country / state / locale / currency,
  user agents, OS analytics device ids, card brand / last four / expiry / BIN, routing numbers,
  sort codes and Brazilian `agencia` (branch) numbers, masked values that keep only the last four,
  ages and age bands, marital status, the business's own numbers and role mailboxes
  (alerts@, support@), e-mail Message-IDs, Stripe card fingerprints.
- Policy cases: insurance policy numbers and a health plan's member id are yellow
  `identification`; hourly rates and annual income yellow `salary`; credit scores yellow
  `credit score`; gclid / fbclid / fbp / fbc yellow `advertising id`; billing and property
  addresses (the person's) yellow `address`; Stripe `pm_` ids, Plaid public tokens, push tokens,
  one-time codes (also inside an SMS body) and magic-link tokens (inside a URL) red `token`;
  credit-freeze PINs red `secret`; NHS numbers, Medicare MBIs and Brazil's CNS red `health id`;
  the last four of an SSN red `social security number`; a military status enum red `veteran`;
  an accessibility-accommodation flag red `disability`; nationality yellow `citizenship`.
- Decided here (a careful privacy owner's choice): an identity document's number read by the
  verification vendor is red `passport|national id` whatever the document type (driving licences
  included, since they are used as the identity document); Brazil's RG and CPF are red
  `national id`, the UK NINO too; a family plan's group name ("The Okafor Family") carries a
  surname: yellow `name`; a user-assigned device name ("Maria's iPhone") and a data-broker listing
  URL carry the person's name: yellow `name`, value_only; a login `username` that is always an
  e-mail address is yellow `email`; a social-media handle is yellow `name`; a bairro
  (neighbourhood) is yellow `address|city`; house numbers (`numero`) are yellow `address|street`;
  an ID document's expiry date is green.
- value_only is true when the key does not say what the value is (`value`, `valor`, `q`, `input`,
  `note`, `error_message`, `sublabel`, `Body`, `To`, `to`, `link_url`, `device_name`, `listing_url`) and only
  the value reveals it. A value_only PII path holds that PII in every one of its values; free-text
  fields either carry the labelled PII in every value or carry none (then green).
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers of the three markets --------------------------------------------

US_FIRST = [
    "Emily",
    "DeShawn",
    "Maria",
    "Tyler",
    "Keisha",
    "Hannah",
    "Jamal",
    "Brittany",
    "Wei",
    "Anh",
    "Carlos",
    "Priya",
    "Ahmed",
    "Shanice",
    "Cody",
    "Yesenia",
    "Dakota",
    "Miriam",
]
US_LAST = [
    "Johnson",
    "Hernandez",
    "Nguyen",
    "Washington",
    "Kim",
    "O'Connor",
    "Kowalski",
    "Patel",
    "Goldberg",
    "Begay",
    "Okonkwo",
    "Schmidt",
    "Ramirez",
    "Liu",
    "Jefferson",
    "Romano",
]
UK_FIRST = [
    "Oliver",
    "Amelia",
    "Siobhan",
    "Rhys",
    "Aisha",
    "Callum",
    "Niamh",
    "Mohammed",
    "Harriet",
    "Kieran",
    "Chidi",
    "Freya",
    "Gurpreet",
    "Eilidh",
    "Tomasz",
    "Imogen",
]
UK_LAST = [
    "Hughes",
    "Begum",
    "McCarthy",
    "Evans",
    "Ahmed",
    "Thompson",
    "Davies",
    "Okafor",
    "MacLeod",
    "Singh",
    "Wright",
    "Nowak",
    "Fitzgerald",
    "Campbell",
    "Adeyemi",
    "Rahman",
]
BR_FIRST = [
    "João",
    "Ana Beatriz",
    "Thiago",
    "Francisca",
    "Luiz Henrique",
    "Juliana",
    "Raimundo",
    "Letícia",
    "Gabriel",
    "Maria Eduarda",
    "Kauã",
    "Antônia",
    "Rafael",
    "Yasmin",
    "Severino",
    "Camila",
]
BR_LAST = [
    "da Silva",
    "Souza",
    "Oliveira",
    "Santos",
    "Pereira",
    "Ferreira",
    "Rodrigues",
    "Almeida",
    "Nascimento",
    "Tanaka",
    "Carvalho",
    "Gonçalves",
    "Araújo",
    "Ribeiro",
    "Costa",
    "Lima",
]

US_CITIES = [
    ("Austin", "TX"),
    ("Columbus", "OH"),
    ("Fresno", "CA"),
    ("Tampa", "FL"),
    ("Tacoma", "WA"),
    ("Newark", "NJ"),
    ("Tucson", "AZ"),
    ("Raleigh", "NC"),
    ("Omaha", "NE"),
    ("Boise", "ID"),
]
UK_TOWNS = [
    "Leeds",
    "Bristol",
    "Cardiff",
    "Glasgow",
    "Norwich",
    "Leicester",
    "Belfast",
    "Brighton",
    "Sheffield",
    "Swindon",
]
BR_CITIES = [
    ("São Paulo", "SP"),
    ("Recife", "PE"),
    ("Belo Horizonte", "MG"),
    ("Porto Alegre", "RS"),
    ("Salvador", "BA"),
    ("Curitiba", "PR"),
    ("Fortaleza", "CE"),
    ("Manaus", "AM"),
    ("Campinas", "SP"),
]
BAIRROS = [
    "Pinheiros",
    "Boa Viagem",
    "Savassi",
    "Moinhos de Vento",
    "Barra",
    "Batel",
    "Aldeota",
    "Centro",
    "Vila Mariana",
    "Cambuí",
]
US_STREETS = [
    "Maple Ave",
    "W 5th St",
    "Pecan Hollow Dr",
    "Lincoln Blvd",
    "Oak Ridge Rd",
    "Magnolia Ct",
    "N Broadway",
    "Sycamore Ln",
    "Elm St",
    "Cherry Creek Dr",
]
UK_STREETS = [
    "Acacia Road",
    "Victoria Street",
    "Mill Lane",
    "Church Close",
    "Kingsway",
    "Station Road",
    "Queen's Crescent",
    "Highfield Avenue",
    "Park Terrace",
    "Orchard Way",
]
BR_STREETS = [
    "Rua Augusta",
    "Av. Boa Viagem",
    "Rua da Bahia",
    "Av. Ipiranga",
    "Rua Sete de Setembro",
    "Rua XV de Novembro",
    "Av. Beira Mar",
    "Rua das Flores",
    "Av. Paulista",
    "Rua Barão de Jaguara",
]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.co.uk",
    "btinternet.com",
    "uol.com.br",
    "bol.com.br",
    "terra.com.br",
    "proton.me",
    "aol.com",
    "live.com",
]

ASCII = str.maketrans("ãâáàêéíóôõúüçÃÂÁÊÉÍÓÔÕÚÇ'", "aaaaeeiooouucAAAEEIOOOUC ")


def market(f: Fake) -> str:
    return f.pick(["us", "us", "uk", "br"])


def first(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    return f.pick({"us": US_FIRST, "uk": UK_FIRST, "br": BR_FIRST}[m])


def last(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    return f.pick({"us": US_LAST, "uk": UK_LAST, "br": BR_LAST}[m])


def full(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    return f"{first(f, m)} {last(f, m)}"


def email(f: Fake, m: str | None = None) -> str:
    fn = first(f, m).split()[0].translate(ASCII).lower()
    ln = last(f, m).split()[-1].translate(ASCII).replace(" ", "").lower()
    user = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{ln}{f.r.randint(70, 99)}"]
    )
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    fn = first(f).split()[0].translate(ASCII).lower()
    ln = last(f).split()[-1].translate(ASCII).replace(" ", "").lower()
    return f"{fn}.{ln}@aegisid.com"


def phone_us(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))


def phone_uk(f: Fake) -> str:
    n = f"7{f.r.randint(400, 999)}{f.r.randint(100000, 999999)}"
    return f.pick([f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", f"+44{n}"])


def phone_br(f: Fake) -> str:
    ddd = f.pick(["11", "21", "31", "51", "71", "41", "85", "81", "19"])
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick([f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}"])


def e164(f: Fake) -> str:
    m = market(f)
    if m == "us":
        return f.phone("e164")
    if m == "uk":
        return f"+447{f.r.randint(400, 999)}{f.r.randint(100000, 999999)}"
    return f"+55{f.pick(['11', '21', '31', '51', '71', '85'])}9{f.r.randint(10000000, 99999999)}"


def phone(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    return {"us": phone_us, "uk": phone_uk, "br": phone_br}[m](f)


def us_street(f: Fake) -> str:
    return f"{f.r.randint(12, 9899)} {f.pick(US_STREETS)}"


def uk_street(f: Fake) -> str:
    return f"{f.r.randint(1, 220)} {f.pick(UK_STREETS)}"


def br_street(f: Fake) -> str:
    return f"{f.pick(BR_STREETS)}, {f.r.randint(10, 3500)}"


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(10000, 99950)}"
    return z if f.r.random() < 0.8 else f"{z}-{f.r.randint(1000, 9999)}"


def postcode(f: Fake) -> str:
    area = f.pick(["LS", "BS", "CF", "G", "NR", "LE", "BT", "BN", "S", "SN", "SW", "M"])
    unit = f.pick("ABDEFGHJLNPQRSTUWXYZ") + f.pick("ABDEFGHJLNPQRSTUWXYZ")
    return f"{area}{f.r.randint(1, 19)} {f.r.randint(1, 9)}{unit}"


def cep(f: Fake) -> str:
    return f"{f.r.randint(1000, 99999):05d}-{f.r.randint(0, 999):03d}"


def person_zip(f: Fake) -> str:
    return f.pick([us_zip, us_zip, postcode, cep])(f)


def person_street(f: Fake) -> str:
    return f.pick([us_street, us_street, uk_street, br_street])(f)


def person_city(f: Fake) -> str:
    return f.pick([f.pick(US_CITIES)[0], f.pick(UK_TOWNS), f.pick(BR_CITIES)[0]])


def dob(f: Fake, lo=1944, hi=2004) -> str:
    return f.date(lo, hi)


def cpf(f: Fake, formatted: bool | None = None) -> str:
    while True:
        base = [f.r.randint(0, 9) for _ in range(9)]
        if len(set(base)) > 1:
            break
    for n in (10, 11):
        total = sum(d * w for d, w in zip(base, range(n, 1, -1)))
        r = total % 11
        base.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, base))
    formatted = f.r.random() < 0.6 if formatted is None else formatted
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s


def nino(f: Fake) -> str:
    first_ok = "ABCEGHJKLMNOPRSTWXYZ"
    second_ok = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = f.pick(first_ok) + f.pick(second_ok)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = f"{f.r.randint(0, 999999):06d}"
    suffix = f.pick("ABCD")
    return f.pick([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def rg(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(8)]
    check = (11 - sum(x * w for x, w in zip(d, range(2, 10))) % 11) % 11
    c = "X" if check == 10 else str(check)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:]}-{c}"


def nhs(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(9)]
        check = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            break
    s = "".join(map(str, d)) + str(check)
    return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def mbi(f: Fake) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + string.digits

    def n():
        return str(f.r.randint(0, 9))

    s = (
        str(f.r.randint(1, 9))
        + f.pick(letters)
        + f.pick(alnum)
        + n()
        + f.pick(letters)
        + f.pick(alnum)
        + n()
        + f.pick(letters)
        + f.pick(letters)
        + n()
        + n()
    )
    return f.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def cns(f: Fake) -> str:
    # Cartão Nacional de Saúde, definitive numbers starting 1/2 (PIS-based algorithm).
    while True:
        pis = str(f.r.randint(1, 2)) + "".join(str(f.r.randint(0, 9)) for _ in range(10))
        total = sum(int(c) * w for c, w in zip(pis, range(15, 4, -1)))
        dv = 11 - total % 11
        if dv == 11:
            dv = 0
        if dv == 10:
            total += 2
            dv = 11 - total % 11
            s = pis + "001" + str(dv)
        else:
            s = pis + "000" + str(dv)
        if len(s) == 15:
            return f"{s[:3]} {s[3:7]} {s[7:11]} {s[11:]}"


def aba(f: Fake) -> str:
    while True:
        d = [int(c) for c in f.pick(["0210", "0260", "0310", "0440", "0610", "0710", "1110", "1210", "3222"])]
        d += [f.r.randint(0, 9) for _ in range(4)]
        for c in range(10):
            digits = [*d, c]
            if (
                3 * (digits[0] + digits[3] + digits[6])
                + 7 * (digits[1] + digits[4] + digits[7])
                + digits[2]
                + digits[5]
                + digits[8]
            ) % 10 == 0:
                return "".join(map(str, digits))


def sort_code(f: Fake) -> str:
    bank = f.pick(["20", "40", "30", "60", "77", "09", "11", "83"])
    return f"{bank}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"


def us_account(f: Fake) -> str:
    return f.digits(f.r.randint(9, 12))


def uk_account(f: Fake) -> str:
    return f"{f.r.randint(0, 99999999):08d}"


def br_conta(f: Fake) -> str:
    return f"{f.r.randint(10000, 999999)}-{f.r.randint(0, 9)}"


def passport(f: Fake) -> str:
    kind = f.pick(["us_new", "us_old", "uk", "br"])
    if kind == "us_new":
        return f.pick("ACDEFHJ") + f.digits(8)
    if kind == "us_old":
        return f.pick("456") + "".join(str(f.r.randint(0, 9)) for _ in range(8))
    if kind == "uk":
        return f.pick("15") + "".join(str(f.r.randint(0, 9)) for _ in range(8))
    return f.pick(["FT", "FZ", "GA", "YB"]) + f"{f.r.randint(0, 999999):06d}"


def id_document_number(f: Fake) -> str:
    kind = f.pick(["passport", "dl_ca", "dl_tx", "dl_uk", "rg"])
    if kind == "passport":
        return passport(f)
    if kind == "dl_ca":
        return f.pick("ABCDEFGNSW") + f.digits(7)
    if kind == "dl_tx":
        return f.digits(8)
    if kind == "dl_uk":
        ln = f.pick(UK_LAST).upper().replace("'", "")[:5].ljust(5, "9")
        born = f"{f.r.randint(0, 9)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.r.randint(0, 9)}"
        initials = f.pick("ABCDEHJ") + f.pick("ABCDEHJ")
        return f"{ln}{born}{initials}9{f.pick('ABCDEHJ')}{f.pick('ABCDEHJ')}"
    return rg(f)


def alnum(f: Fake, n: int, chars=string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def gclid(f: Fake) -> str:
    return (
        "Cj0KCQ"
        + f.pick(["iA", "jw", "iA7"])
        + alnum(f, 78, string.ascii_letters + string.digits + "-_")
        + "_BwE"
    )


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58, string.ascii_letters + string.digits + "-_")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def pm_id(f: Fake) -> str:
    return "pm_" + alnum(f, 24)


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def credit_score(f: Fake) -> int:
    return f.r.randint(480, 845)


def masked_last4(f: Fake) -> str:
    return f.pick(["•••• " + f.digits(4), "(•••) •••-" + f.digits(4), "••••••" + f.digits(4)])


def iso_date(f: Fake, lo=2023, hi=2025) -> str:
    return f.date(lo, hi)


def semver(f: Fake, *opts) -> str:
    return f.pick(list(opts))


# -- contexts of the client libraries ----------------------------------------------------------

WEB_PAGES = [
    ("/signup", "Create your account | Aegis"),
    ("/dashboard", "Dashboard | Aegis"),
    ("/monitoring", "Monitoring | Aegis"),
    ("/credit", "Credit | Aegis"),
    ("/vault", "Password Vault | Aegis"),
    ("/family", "Family plan | Aegis"),
    ("/checkout", "Checkout | Aegis"),
    ("/help/search", "Help Center | Aegis"),
]


def web_context(f: Fake):
    page = f.pick(WEB_PAGES)
    host = f.pick(["https://app.aegisid.com", "https://app.aegisid.co.uk", "https://app.aegisid.com.br"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.aegisid.com/pricing", "https://t.co/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=email", "?plan=family"])
            ),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: host + page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "8", "125", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Chrome OS"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "pt-BR", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/New_York", "Europe/London", "America/Sao_Paulo"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["idprotect_q2", "brand_search", "family_plan_launch", "black_friday_24"])
            ),
            "source": G(lambda f: f.pick(["google", "bing", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "affiliate"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "identity theft protection",
                        "credit monitoring",
                        "password manager",
                        "proteção de identidade",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["hero_cta", "ad_variant_b", "textlink", "carousel_3"])),
        },
    }


def extension_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "pt-BR", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/New_York", "Europe/London", "America/Sao_Paulo"])
        ),
        "app": {
            "name": G(lambda f: "Aegis Vault Extension"),
            "version": G(lambda f: f.pick(["2024.6.1", "2024.7.0", "2024.8.2"])),
            "browser": G(lambda f: f.pick(["chrome", "firefox", "edge", "safari"])),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
]


def mobile_traits():
    # analytics-swift / -kotlin / -react-native / flutter copy stored traits into every event.
    return {
        "email": Y(lambda f: email(f), "email"),
        "firstName": Y(lambda f: first(f), "name"),
        "plan": G(lambda f: f.pick(["individual", "family", "ultimate", "free_trial"])),
        "userId": G(lambda f: "usr_" + f.digits(8)),
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Aegis"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.2", "7.6.0"])),
            "build": G(lambda f: f.pick(["7402", "7521", "7603"])),
            "namespace": G(lambda f: "com.aegisid.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "pt-BR"])),
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
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Europe/London", "America/Sao_Paulo"])),
        "traits": mobile_traits(),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Aegis"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.1", "7.6.0"])),
            "namespace": G(lambda f: "com.aegisid.android"),
            "build": G(lambda f: f.pick(["70400", "70501", "70600"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Google", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546E", "moto g54 5G", "Pixel 8", "23053RN02Y"])),
            "name": G(lambda f: f.pick(["a54x", "cancunf", "shiba", "heat"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "pt-BR", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Vivo", "Claro BR", "EE", "T-Mobile", "TIM"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(
            lambda f: f.pick(["Europe/London", "America/Sao_Paulo", "America/Recife", "America/Denver"])
        ),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g54 5G Build/T1TDS33.16-13)",
                ]
            )
        ),
        "traits": mobile_traits(),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Aegis"),
            "version": G(lambda f: f.pick(["7.4.0", "7.6.0"])),
            "build": G(lambda f: f.pick(["741", "760"])),
            "namespace": G(lambda f: "com.aegisid.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B", "SM-G991U"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "o1q"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4.1", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Sao_Paulo", "Europe/London"])),
        "traits": mobile_traits(),
        "instanceId": G(lambda f: f.uuid()),
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Aegis"),
            "version": G(lambda f: f.pick(["7.5.0", "7.6.1"])),
            "build": G(lambda f: f.pick(["750", "761"])),
            "namespace": G(lambda f: "com.aegisid.flutter"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A145M", "moto e22"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["pt-BR", "en-GB", "en-US"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 360])), "height": G(lambda f: f.pick([844, 800]))},
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/Fortaleza", "Europe/London"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "traits": mobile_traits(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str, ip: bool = False):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: Fake):
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if ip:
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        return c

    return ctx


def reverse_etl_context(f: Fake):
    return {
        "library": {"name": G(lambda f: "@segment/analytics-node"), "version": G(lambda f: "2.1.2")},
        "protocols": {"sourceId": G(lambda f: "hightouch_" + f.hexid(10))},
        "hightouch": {
            "syncId": G(lambda f: f.digits(6)),
            "syncRunId": G(lambda f: f.digits(8)),
            "model": G(lambda f: f.pick(["dim_customers_marketing", "dim_customers_core"])),
        },
    }


CONTEXTS = {
    "web": web_context,
    "ext": extension_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "etl": reverse_etl_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
    **{lib + "+ip": server_context(lib, ip=True) for lib in ("node", "go", "java", "python")},
}

# -- shared property blocks ----------------------------------------------------------------------

PLANS = ["Aegis Individual", "Aegis Family", "Aegis Ultimate", "Aegis Essencial", "Aegis Família"]
BUREAUS = ["Equifax", "Experian", "TransUnion"]
BREACHES = [
    "LinkedIn 2021 scrape",
    "Ticketmaster 2024",
    "MOVEit / Progress",
    "AT&T 2024",
    "Netshoes",
    "Collection #1",
    "Dell customer portal",
    "23andMe",
]
BROKERS = ["Spokeo", "Whitepages", "BeenVerified", "MyLife", "Radaris", "PeopleFinders", "192.com"]


def us_address(prefix_line="line1"):
    return {
        prefix_line: Y(lambda f: us_street(f), "address|street"),
        "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
        "state": G(lambda f: f.pick(US_CITIES)[1]),
        "zip": Y(lambda f: us_zip(f), "zipcode"),
    }


def endereco():
    return {
        "logradouro": Y(lambda f: f.pick(BR_STREETS), "address|street"),
        "numero": Y(lambda f: str(f.r.randint(10, 3500)), "address|street"),
        "complemento": Y(
            lambda f: f.pick(["apto 42", "casa 2", "bloco B apto 1103", "fundos", "sala 7"]), "address|street"
        ),
        "bairro": Y(lambda f: f.pick(BAIRROS), "address|city"),
        "cidade": Y(lambda f: f.pick(BR_CITIES)[0], "city"),
        "uf": G(lambda f: f.pick(BR_CITIES)[1]),
        "cep": Y(lambda f: cep(f), "zipcode"),
    }


def plan_product():
    return {
        "product_id": G(lambda f: f.pick(["prod_PqR8sT2", "prod_Kx81Lm0", "prod_Zw4Nq7v"])),
        "sku": G(lambda f: f.pick(["AEG-IND-M", "AEG-FAM-Y", "AEG-ULT-M", "AEG-VAULT-Y"])),
        "name": G(lambda f: f.pick(PLANS)),
        "category": G(lambda f: f.pick(["subscription", "add-on"])),
        "price": G(lambda f: f.pick([9.99, 14.99, 24.99, 119.88, 29.9])),
        "quantity": G(lambda f: 1),
    }


def case_note(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Left voicemail for customer at {p}, will retry tomorrow.",
            f"Customer confirmed callback number {p}. Sent FTC affidavit template.",
            f"Spoke with victim on {p}; bank agreed to close the fraudulent account.",
            f"Cliente pediu retorno no {p} após as 18h.",
            f"Victim unreachable on {p}. Emailed case summary instead.",
        ]
    )


def autofill_error(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"No saved login for {e} on accounts.google.com",
            f"Multiple matches for {e}; user dismissed picker",
            f"Field detection failed after filling username {e}",
            f"Login {e} is locked on this domain by org policy",
        ]
    )


def otp_sms(f: Fake) -> str:
    code = otp(f)
    return f.pick(
        [
            f"Your Aegis verification code is {code}. It expires in 10 minutes.",
            f"Aegis: {code} is your sign-in code. Don't share it with anyone.",
            f"Seu código Aegis é {code}. Não compartilhe com ninguém.",
            f"{code} is your Aegis code. If you didn't request it, call us on 0800 048 1234.",
        ]
    )


def magic_link(f: Fake) -> str:
    tok = alnum(f, 43, string.ascii_letters + string.digits + "-_")
    host = f.pick(["https://app.aegisid.com", "https://app.aegisid.co.uk", "https://app.aegisid.com.br"])
    return f.pick([f"{host}/auth/magic?token={tok}", f"{host}/auth/verify?t={tok}&redirect=%2Fdashboard"])


def listing_url(f: Fake) -> str:
    fn = first(f, "us").split()[0]
    ln = last(f, "us").replace("'", "")
    city, st = f.pick(US_CITIES)
    return f.pick(
        [
            f"https://www.spokeo.com/{fn}-{ln}/{st}/{city.replace(' ', '-')}/p{f.digits(9)}",
            f"https://www.whitepages.com/name/{fn}-{ln}/{city.replace(' ', '-')}-{st}/{f.hexid(10)}",
            f"https://www.beenverified.com/people/{fn.lower()}-{ln.lower()}/",
            f"https://radaris.com/p/{fn}/{ln}/",
        ]
    )


def device_name(f: Fake) -> str:
    fn = first(f).split()[0]
    return f.pick(
        [
            f"{fn}'s iPhone",
            f"{fn}\u2019s MacBook Air",
            f"iPhone de {fn}",
            f"Galaxy S23 de {fn}",
            f"{fn}'s Pixel 8",
            f"{fn.upper()}-PC",
        ]
    )


# -- events --------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, body)

EVENTS = [
    # -- sign-up and identity ------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "rn"],
        {
            "email": Y(lambda f: email(f, "us"), "email"),
            "firstName": Y(lambda f: first(f, "us"), "name"),
            "lastName": Y(lambda f: last(f, "us"), "name"),
            "phone": Y(lambda f: phone_us(f), "phone"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "address": {
                "street": Y(lambda f: us_street(f), "street|address"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "postalCode": Y(lambda f: us_zip(f), "zipcode"),
                "country": G(lambda f: "US"),
            },
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["individual", "family", "ultimate", "free_trial"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "identityVerified": G(lambda f: f.pick([True, False])),
            "ssnLast4": RED(lambda f: f.digits(4), "social security number"),
            "militaryStatus": RED(
                lambda f: f.pick(["veteran", "active_duty", "military_spouse", "none"]), "veteran"
            ),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "monitoredItemsCount": G(lambda f: f.r.randint(1, 40)),
            "annualIncome": Y(lambda f: f.pick([38000, 52000, 64500, 87000, 120000, 155000]), "salary"),
        },
    ),
    (
        "identify",
        None,
        ["kotlin", "flutter"],
        {
            "email": Y(lambda f: email(f, "uk"), "email"),
            "first_name": Y(lambda f: first(f, "uk"), "name"),
            "surname": Y(lambda f: last(f, "uk"), "name"),
            "mobile_number": Y(lambda f: phone_uk(f), "phone"),
            "date_of_birth": Y(lambda f: dob(f), "birthdate"),
            "postcode": Y(lambda f: postcode(f), "zipcode"),
            "town": Y(lambda f: f.pick(UK_TOWNS), "city"),
            "county": G(lambda f: f.pick(["West Yorkshire", "Norfolk", "Glamorgan", "East Sussex"])),
            "plan_tier": G(lambda f: f.pick(["essential", "premium", "family"])),
            "nino_verified": G(lambda f: f.pick([True, False])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "marital_status": G(lambda f: f.pick(["single", "married", "civil_partnership", "divorced"])),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python", "python+ip"],
        {
            "email": Y(lambda f: email(f, "br"), "email"),
            "nome": Y(lambda f: first(f, "br"), "name"),
            "sobrenome": Y(lambda f: last(f, "br"), "name"),
            "cpf": RED(lambda f: cpf(f), "national id"),
            "celular": Y(lambda f: phone_br(f), "phone"),
            "data_nascimento": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "cep": Y(lambda f: cep(f), "zipcode"),
            "cidade": Y(lambda f: f.pick(BR_CITIES)[0], "city"),
            "uf": G(lambda f: f.pick(BR_CITIES)[1]),
            "nome_mae": Y(lambda f: full(f, "br"), "name"),
            "genero": Y(
                lambda f: f.pick(["feminino", "masculino", "não-binário", "prefiro não dizer"]), "gender"
            ),
            "plano": G(lambda f: f.pick(["essencial", "familia", "premium"])),
            "criado_em": G(lambda f: f.iso()),
            "aceita_marketing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["etl"],
        {
            "EMAIL_ADDRESS": Y(lambda f: email(f), "email"),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "LAST_NAME": Y(lambda f: last(f), "name"),
            "HOME_ZIP": Y(lambda f: person_zip(f), "zipcode"),
            "PLAN_TIER": G(lambda f: f.pick(["INDIVIDUAL", "FAMILY", "ULTIMATE"])),
            "LTV_USD": G(lambda f: f.money(10, 900)),
            "SIGNUP_TS": G(lambda f: f.iso().replace("T", " ").rstrip("Z")),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LATEST_CREDIT_SCORE": Y(lambda f: credit_score(f), "credit score"),
            "IS_FAMILY_PLAN": G(lambda f: f.pick([True, False])),
            "CUSTOMER_NUMBER": G(lambda f: "C" + f.digits(9)),
            "LAST_LOGIN_IP": Y(lambda f: f.ipv4(), "ip"),
            "OPEN_ALERTS_CNT": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "plan": G(lambda f: f.pick(["individual", "family", "ultimate", "free_trial"])),
            "trial": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: "AEG-" + alnum(f, 6, string.ascii_uppercase + string.digits)),
            "gclid": Y(lambda f: gclid(f), "advertising id"),
            "fbp": Y(lambda f: fbp(f), "advertising id"),
            "fbc": Y(lambda f: fbc(f), "advertising id"),
            "email_domain": G(lambda f: f.pick(MAIL_DOMAINS)),
            "country": G(lambda f: f.pick(["US", "GB", "BR"])),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["node"],
        {
            "inquiry_id": G(lambda f: "inq_" + alnum(f, 24)),
            "template_id": G(lambda f: f.pick(["itmpl_Gov1d2024", "itmpl_BRdoc01"])),
            "vendor": G(lambda f: f.pick(["persona", "onfido", "idwall"])),
            "verification_status": G(lambda f: f.pick(["passed", "failed", "needs_review"])),
            "document": {
                "type": G(lambda f: f.pick(["passport", "drivers_license", "id_card", "rg"])),
                "issuing_country": G(lambda f: f.pick(["US", "GB", "BR"])),
                "number": RED(lambda f: id_document_number(f), "passport|national id"),
                "expiration_date": G(lambda f: f.date(2025, 2034)),
            },
            "name_on_document": Y(lambda f: full(f).upper(), "name"),
            "dob": Y(lambda f: dob(f), "birthdate"),
            "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex|gender"),
            "nationality": Y(lambda f: f.pick(["USA", "GBR", "BRA", "NGA", "IND", "PRT"]), "citizenship"),
            "selfie_url": Y(
                lambda f: f"https://files.withpersona.com/selfies/{f.uuid()}/center.jpg", "photo"
            ),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.5, 0.99), 3)),
            "address_match": G(lambda f: f.pick([True, False])),
            "watchlist_hit": G(lambda f: f.pick([False, False, True])),
            "risk_signals": Many(G(lambda f: f.pick(["vpn_detected", "emulator", "none", "velocity"])), 2),
            "duration_ms": G(lambda f: f.r.randint(9000, 240000)),
        },
    ),
    (
        "track",
        "Credit Profile Matched",
        ["java"],
        {
            "ssn": RED(lambda f: f.pick([f.ssn(), f.ssn().replace("-", "")]), "social security number"),
            "fullName": Y(lambda f: full(f, "us"), "name"),
            "dateOfBirth": Y(lambda f: dob(f), "birthdate"),
            "currentAddress": {
                **us_address("line1"),
                "line2": Y(lambda f: f.pick(["Apt 3B", "Unit 12", "# 204", "Ste 5"]), "address|street"),
            },
            "previousAddress": us_address("line1"),
            "bureau": G(lambda f: f.pick(BUREAUS)),
            "matchResult": G(lambda f: f.pick(["EXACT", "PARTIAL", "NO_HIT"])),
            "kbaQuestionsTotal": G(lambda f: f.pick([3, 4, 5])),
            "kbaCorrect": G(lambda f: f.r.randint(0, 5)),
            "ssnMatched": G(lambda f: f.pick([True, False])),
            "creditFileFound": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "NationalInsuranceNumberVerified",
        ["dotnet"],
        {
            "NationalInsuranceNumber": RED(lambda f: nino(f), "national id"),
            "Forename": Y(lambda f: first(f, "uk"), "name"),
            "Surname": Y(lambda f: last(f, "uk"), "name"),
            "DateOfBirth": Y(lambda f: dob(f) + "T00:00:00", "birthdate"),
            "Postcode": Y(lambda f: postcode(f), "zipcode"),
            "VerificationProvider": G(lambda f: f.pick(["Experian", "GBG", "TransUnion UK"])),
            "ResultCode": G(lambda f: f.pick(["PASS", "REFER", "FAIL"])),
            "ElectoralRollMatch": G(lambda f: f.pick([True, False])),
            "CheckedAtUtc": G(lambda f: f.iso()),
            "AttemptNumber": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Cadastro Verificado",
        ["python+ip"],
        {
            "cpf": RED(lambda f: cpf(f), "national id"),
            "nome_completo": Y(lambda f: full(f, "br"), "name"),
            "data_nascimento": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "nome_mae": Y(lambda f: full(f, "br"), "name"),
            "situacao_cpf": G(lambda f: f.pick(["regular", "pendente_de_regularizacao", "suspensa"])),
            "rg": RED(lambda f: rg(f), "national id"),
            "orgao_emissor": G(lambda f: f.pick(["SSP", "DETRAN", "SDS", "PC"])),
            "uf_emissor": G(lambda f: f.pick(["SP", "PE", "MG", "RS", "BA"])),
            "endereco": endereco(),
            "celular": Y(lambda f: phone_br(f), "phone"),
            "score_antifraude": G(lambda f: f.r.randint(0, 1000)),
            "aprovado": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- monitored items ----------------------------------------------------------------------------
    (
        "track",
        "Monitored Email Added",
        ["web", "rn"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "email_address": Y(lambda f: email(f), "email"),
            "is_primary": G(lambda f: f.pick([True, False])),
            "owner_relationship": G(lambda f: f.pick(["self", "spouse", "child", "parent"])),
            "source": G(lambda f: f.pick(["onboarding", "settings", "breach_prompt"])),
            "items_monitored_total": G(lambda f: f.r.randint(1, 50)),
        },
    ),
    (
        "track",
        "Monitored Phone Added",
        ["swift", "kotlin"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "phone_number": Y(lambda f: phone(f), "phone"),
            "country_calling_code": G(lambda f: f.pick(["+1", "+44", "+55"])),
            "line_type": G(lambda f: f.pick(["mobile", "landline", "voip"])),
            "owner_relationship": G(lambda f: f.pick(["self", "spouse", "child", "parent"])),
        },
    ),
    (
        "track",
        "Monitored Card Added",
        ["node"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["414720", "542418", "379767", "601100", "222300"])),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "issuer_name": G(lambda f: f.pick(["Chase", "Capital One", "Nubank", "Barclaycard", "Itaú"])),
        },
    ),
    (
        "track",
        "Monitored Bank Account Added",
        ["python", "java"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "account_number": RED(lambda f: us_account(f), "bank account"),
            "routing_number": G(lambda f: aba(f)),
            "bank_name": G(lambda f: f.pick(["Wells Fargo", "Bank of America", "Chase", "Ally Bank", "PNC"])),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
        },
    ),
    (
        "track",
        "bank_account_monitoring_enabled",
        ["kotlin", "python"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "sort_code": G(lambda f: sort_code(f)),
            "account_number": RED(lambda f: uk_account(f), "bank account"),
            "iban": RED(lambda f: f.iban("GB"), "bank account"),
            "bank_name": G(lambda f: f.pick(["Barclays", "Monzo", "Nationwide", "HSBC UK", "Starling"])),
        },
    ),
    (
        "track",
        "Conta Bancária Monitorada",
        ["flutter", "python"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "banco": G(
                lambda f: f.pick(
                    ["341 - Itaú Unibanco", "260 - Nu Pagamentos", "001 - Banco do Brasil", "237 - Bradesco"]
                )
            ),
            "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "conta": RED(lambda f: br_conta(f), "bank account"),
            "tipo_conta": G(lambda f: f.pick(["corrente", "poupança", "pagamento"])),
        },
    ),
    (
        "track",
        "Monitored Passport Added",
        ["flutter", "swift"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "passport_number": RED(lambda f: passport(f), "passport"),
            "issuing_country": G(lambda f: f.pick(["US", "GB", "BR"])),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "owner_relationship": G(lambda f: f.pick(["self", "spouse", "child", "parent"])),
        },
    ),
    (
        "track",
        "Medical ID Monitoring Enabled",
        ["node"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "medicare_mbi": RED(lambda f: mbi(f), "health id"),
            "health_plan_member_id": Y(lambda f: f.pick(["W", "XEH", "U"]) + f.digits(9), "identification"),
            "insurer_name": G(lambda f: f.pick(["Aetna", "UnitedHealthcare", "Cigna", "Humana"])),
            "plan_name": G(lambda f: f.pick(["Choice POS II", "Medicare Advantage PPO", "Open Access Plus"])),
        },
    ),
    (
        "track",
        "nhs_number_monitoring_enabled",
        ["kotlin"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "nhs_number": RED(lambda f: nhs(f), "health id"),
            "gp_practice_code": G(lambda f: f.pick(["B86010", "Y02906", "F84003"])),
            "consent_given": G(lambda f: True),
        },
    ),
    (
        "track",
        "Cartão SUS Monitorado",
        ["flutter"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "numero_cns": RED(lambda f: cns(f), "health id"),
            "titular": G(lambda f: f.pick(["proprio", "dependente"])),
        },
    ),
    (
        "track",
        "Monitoring Item Removed",
        ["web", "swift", "kotlin"],
        {
            "item_id": G(lambda f: "mi_" + f.hexid(16)),
            "item_type": G(lambda f: f.pick(["email", "phone", "card", "bank_account", "passport"])),
            "masked_value": G(lambda f: masked_last4(f)),
            "reason": G(lambda f: f.pick(["no_longer_used", "closed_account", "duplicate", "other"])),
        },
    ),
    # -- breach alerts -------------------------------------------------------------------------------
    (
        "track",
        "Dark Web Alert Triggered",
        ["go"],
        {
            "alert_id": G(lambda f: "alr_" + f.hexid(20)),
            "breach": {
                "name": G(lambda f: f.pick(BREACHES)),
                "date": G(lambda f: f.date(2019, 2024)),
                "source_type": G(lambda f: f.pick(["forum", "paste_site", "marketplace", "telegram"])),
                "record_count": G(lambda f: f.r.randint(10_000, 500_000_000)),
            },
            "exposed_data_types": Many(
                G(lambda f: f.pick(["email", "password", "phone", "ssn", "dob", "address"])), 4
            ),
            "matched_item_type": G(lambda f: "email"),
            "matched_email": Y(lambda f: email(f), "email"),
            "severity": G(lambda f: f.pick(["low", "medium", "high", "critical"])),
            "first_seen_at": G(lambda f: f.iso()),
            "notified_via": Many(G(lambda f: f.pick(["push", "email", "sms"])), 3),
        },
    ),
    (
        "track",
        "Vazamento Encontrado",
        ["python"],
        {
            "alerta_id": G(lambda f: f.uuid()),
            "vazamento": G(lambda f: f.pick(BREACHES)),
            "tipo_dado": G(lambda f: "email"),
            "valor": Y(lambda f: email(f, "br"), "email", True),
            "detectado_em": G(lambda f: f.iso()),
            "gravidade": G(lambda f: f.pick(["baixa", "media", "alta"])),
        },
    ),
    (
        "track",
        "Alert Viewed",
        ["swift", "kotlin", "rn"],
        {
            "alert_id": G(lambda f: "alr_" + f.hexid(20)),
            "alert_type": G(
                lambda f: f.pick(
                    ["dark_web", "credit_inquiry", "new_account", "change_of_address", "ssn_trace"]
                )
            ),
            "severity": G(lambda f: f.pick(["low", "medium", "high", "critical"])),
            "time_to_open_sec": G(lambda f: f.r.randint(3, 86400)),
            "from_push": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Alert Resolved",
        ["web"],
        {
            "alert_id": G(lambda f: "alr_" + f.hexid(20)),
            "resolution": G(lambda f: f.pick(["changed_password", "not_me", "ignored", "opened_case"])),
            "password_changed": G(lambda f: f.pick([True, False])),
            "comment": G(
                lambda f: f.pick(
                    ["Changed password on the site", "Old account, closed it", "", "Enabled 2FA too"]
                )
            ),
        },
    ),
    (
        "track",
        "Alerta de Vazamento Visualizado",
        ["flutter"],
        {
            "alerta_id": G(lambda f: f.uuid()),
            "tipo_alerta": G(lambda f: f.pick(["vazamento_email", "consulta_cpf", "novo_credito"])),
            "gravidade": G(lambda f: f.pick(["baixa", "media", "alta"])),
            "origem_push": G(lambda f: f.pick([True, False])),
            "tempo_ate_abrir_seg": G(lambda f: f.r.randint(2, 7200)),
        },
    ),
    (
        "track",
        "Change Of Address Alert",
        ["java"],
        {
            "alert_id": G(lambda f: "alr_" + f.hexid(20)),
            "oldAddress": us_address("line1"),
            "newAddress": us_address("line1"),
            "effectiveDate": G(lambda f: iso_date(f)),
            "source": G(lambda f: "USPS NCOA"),
        },
    ),
    (
        "track",
        "Data Broker Removal Requested",
        ["node"],
        {
            "request_id": G(lambda f: f.uuid()),
            "broker_name": G(lambda f: f.pick(BROKERS)),
            "listing_url": Y(lambda f: listing_url(f), "name", True),
            "found_fields": Many(G(lambda f: f.pick(["name", "address", "phone", "relatives", "age"])), 4),
            "status": G(lambda f: f.pick(["submitted", "pending_verification", "removed"])),
        },
    ),
    (
        "track",
        "Suspicious Login Detected",
        ["go"],
        {
            "login_id": G(lambda f: f.uuid()),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "device_name": Y(lambda f: device_name(f), "name", True),
            "geo": {
                "city": Y(lambda f: person_city(f), "city"),
                "country": G(lambda f: f.pick(["US", "GB", "BR", "RO", "NG"])),
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            "risk_score": G(lambda f: f.r.randint(0, 100)),
            "action_taken": G(lambda f: f.pick(["challenge", "block", "allow"])),
            "user_agent": G(lambda f: f.pick(UAS)),
        },
    ),
    # -- credit --------------------------------------------------------------------------------------
    (
        "track",
        "Credit Report Pulled",
        ["java"],
        {
            "report_id": G(lambda f: f.uuid()),
            "bureau": G(lambda f: f.pick(BUREAUS)),
            "score": Y(lambda f: credit_score(f), "credit score"),
            "score_model": G(lambda f: f.pick(["VantageScore 3.0", "FICO 8"])),
            "open_accounts": G(lambda f: f.r.randint(0, 25)),
            "total_balance": G(lambda f: f.money(0, 90000)),
            "hard_inquiries": G(lambda f: f.r.randint(0, 8)),
            "derogatory_marks": G(lambda f: f.r.randint(0, 3)),
            "report_date": G(lambda f: iso_date(f)),
        },
    ),
    (
        "track",
        "Credit Score Checked",
        ["flutter", "swift", "kotlin"],
        {
            "credit_score": Y(lambda f: credit_score(f), "credit score"),
            "score_provider": G(lambda f: f.pick(["TransUnion", "Experian", "Serasa"])),
            "refresh_source": G(lambda f: f.pick(["pull_to_refresh", "scheduled", "push"])),
        },
    ),
    (
        "track",
        "CreditFreezePlaced",
        ["dotnet"],
        {
            "FreezeId": G(lambda f: f.uuid()),
            "Bureau": G(lambda f: f.pick(BUREAUS)),
            "FreezePin": RED(lambda f: f.pick([f.digits(10), f.digits(6)]), "secret|password"),
            "ConfirmationNumber": G(lambda f: f.digits(12)),
            "PlacedAtUtc": G(lambda f: f.iso()),
            "Channel": G(lambda f: f.pick(["Web", "Mobile", "Agent"])),
            "IsTemporaryLift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Consulta Score Serasa",
        ["python"],
        {
            "cpf": RED(lambda f: cpf(f), "national id"),
            "score": Y(lambda f: f.r.randint(0, 1000), "credit score"),
            "data_consulta": G(lambda f: iso_date(f)),
            "pendencias_financeiras": G(lambda f: f.r.randint(0, 6)),
            "valor_total_dividas": G(lambda f: f.money(0, 25000)),
        },
    ),
    # -- restoration cases ---------------------------------------------------------------------------
    (
        "track",
        "Restoration Case Opened",
        ["ruby"],
        {
            "case_id": G(lambda f: "RC-" + f.digits(7)),
            "case_type": G(
                lambda f: f.pick(
                    [
                        "new_account_fraud",
                        "tax_fraud",
                        "medical_identity_theft",
                        "account_takeover",
                        "sim_swap",
                    ]
                )
            ),
            "specialist": {
                "id": G(lambda f: f.digits(5)),
                "name": Y(lambda f: full(f), "name"),
                "email": Y(lambda f: staff_email(f), "email"),
                "team": G(lambda f: f.pick(["Restoration US", "Restoration UK", "Restauração BR"])),
            },
            "priority": G(lambda f: f.pick(["p1", "p2", "p3"])),
            "summary": G(
                lambda f: f.pick(
                    [
                        "Unknown credit card opened",
                        "IRS notice for a return not filed",
                        "Phone number ported without consent",
                        "Medical bill for a visit that never happened",
                    ]
                )
            ),
            "police_report_number": G(lambda f: f.pick(["2024-", "PR", "BO-"]) + f.digits(7)),
            "fraudulent_accounts_count": G(lambda f: f.r.randint(0, 6)),
            "estimated_loss": G(lambda f: f.money(0, 20000)),
            "needs_accessibility_accommodation": RED(lambda f: f.pick([True, False]), "disability"),
            "preferred_language": G(lambda f: f.pick(["en", "pt-BR", "es"])),
        },
    ),
    (
        "track",
        "Case Note Added",
        ["ruby"],
        {
            "case_id": G(lambda f: "RC-" + f.digits(7)),
            "note_id": G(lambda f: f.digits(9)),
            "author_role": G(lambda f: f.pick(["specialist", "supervisor"])),
            "note": Y(lambda f: case_note(f), "phone", True),
            "channel": G(lambda f: f.pick(["phone", "email", "chat"])),
        },
    ),
    (
        "track",
        "Limited Power of Attorney Signed",
        ["web"],
        {
            "case_id": G(lambda f: "RC-" + f.digits(7)),
            "signer_name": Y(lambda f: full(f), "name"),
            "witness_name": Y(lambda f: full(f), "name"),
            "signature_method": G(lambda f: f.pick(["docusign", "typed", "drawn"])),
            "signed_at": G(lambda f: f.iso()),
            "document_id": G(lambda f: f.uuid()),
            "document_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    # -- insurance -----------------------------------------------------------------------------------
    (
        "track",
        "insurance_claim_submitted",
        ["php"],
        {
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "policy_number": Y(lambda f: f.pick(["AIG-IDT-", "CHB-"]) + f.digits(9), "identification"),
            "loss_type": G(
                lambda f: f.pick(["stolen_funds", "lost_wages", "legal_fees", "document_replacement"])
            ),
            "loss_amount": G(lambda f: f.money(50, 25000)),
            "lost_wage_hours": G(lambda f: f.r.randint(0, 80)),
            "hourly_rate": Y(lambda f: f.money(15, 95), "salary"),
            "payout_method": G(lambda f: f.pick(["ach", "check"])),
            "payout_account": {
                "account_number": RED(lambda f: us_account(f), "bank account"),
                "routing_number": G(lambda f: aba(f)),
                "account_holder_name": Y(lambda f: full(f, "us"), "name"),
            },
            "incident_date": G(lambda f: iso_date(f)),
            "description": G(
                lambda f: f.pick(
                    [
                        "Funds withdrawn from checking after phishing call",
                        "Missed 3 shifts to meet with the bank",
                        "Attorney fees for a collections suit",
                        "Replacement passport and driver's licence fees",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Claim Payment Issued",
        ["python"],
        {
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "amount": G(lambda f: f.money(50, 25000)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "BRL"])),
            "payment_method_id": RED(lambda f: pm_id(f), "token"),
            "payee_name": Y(lambda f: full(f), "name"),
            "paid_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Sinistro Aberto",
        ["python"],
        {
            "numero_sinistro": G(lambda f: "SIN-" + f.digits(8)),
            "apolice": Y(lambda f: "APL" + f.digits(10), "identification"),
            "tipo_perda": G(lambda f: f.pick(["golpe_pix", "saque_indevido", "despesas_juridicas"])),
            "valor_prejuizo": G(lambda f: f.money(100, 30000)),
            "dados_bancarios": {
                "banco": G(
                    lambda f: f.pick(
                        [
                            "341 - Itaú Unibanco",
                            "260 - Nu Pagamentos",
                            "001 - Banco do Brasil",
                            "237 - Bradesco",
                        ]
                    )
                ),
                "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
                "conta": RED(lambda f: br_conta(f), "bank account"),
                "titular": Y(lambda f: full(f, "br"), "name"),
            },
        },
    ),
    # -- password vault ------------------------------------------------------------------------------
    (
        "track",
        "Vault Item Created",
        ["ext", "web"],
        {
            "item_id": G(lambda f: f.uuid()),
            "item_type": G(lambda f: f.pick(["login", "card", "identity", "secure_note"])),
            "folder": G(lambda f: f.pick(["Banking", "Work", "Shopping", "Social", "Streaming", ""])),
            "item_name": G(
                lambda f: f.pick(["Chase", "Netflix", "Gmail", "Nubank", "HMRC", "Amazon", "Work VPN"])
            ),
            "website_domain": G(
                lambda f: f.pick(
                    ["chase.com", "netflix.com", "accounts.google.com", "nubank.com.br", "gov.uk"]
                )
            ),
            "username": Y(lambda f: email(f), "email"),
            "has_totp": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.r.randint(0, 4)),
            "password_length": G(lambda f: f.r.randint(8, 32)),
            "reused": G(lambda f: f.pick([True, False])),
            "created_from": G(lambda f: f.pick(["save_prompt", "manual", "import"])),
        },
    ),
    (
        "track",
        "Autofill Performed",
        ["ext"],
        {
            "item_id": G(lambda f: f.uuid()),
            "domain": G(
                lambda f: f.pick(
                    ["chase.com", "netflix.com", "accounts.google.com", "nubank.com.br", "gov.uk"]
                )
            ),
            "field_types": Many(
                G(lambda f: f.pick(["username", "password", "totp", "cc-number", "email"])), 3
            ),
            "match_type": G(lambda f: f.pick(["exact", "subdomain", "equivalent_domain"])),
            "trigger": G(lambda f: f.pick(["inline_menu", "keyboard_shortcut", "popup"])),
            "success": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Inline Menu Shown",
        ["ext"],
        {
            "domain": G(
                lambda f: f.pick(
                    ["chase.com", "netflix.com", "accounts.google.com", "nubank.com.br", "gov.uk"]
                )
            ),
            "suggestions": Many(
                {
                    "item_id": G(lambda f: f.uuid()),
                    "label": G(
                        lambda f: f.pick(["Chase", "Netflix", "Gmail", "Nubank", "HMRC", "Google (work)"])
                    ),
                    "sublabel": Y(lambda f: email(f), "email", True),
                },
                3,
            ),
            "trigger": G(lambda f: f.pick(["inline_menu", "keyboard_shortcut", "popup"])),
        },
    ),
    (
        "track",
        "Autofill Failed",
        ["ext"],
        {
            "domain": G(
                lambda f: f.pick(
                    ["chase.com", "netflix.com", "accounts.google.com", "nubank.com.br", "gov.uk"]
                )
            ),
            "reason": G(
                lambda f: f.pick(["no_match", "multiple_matches", "field_not_found", "policy_blocked"])
            ),
            "error_message": Y(lambda f: autofill_error(f), "email", True),
        },
    ),
    (
        "track",
        "Password Health Report Viewed",
        ["swift", "rn"],
        {
            "weak_passwords_count": G(lambda f: f.r.randint(0, 40)),
            "reused_count": G(lambda f: f.r.randint(0, 30)),
            "compromised_count": G(lambda f: f.r.randint(0, 10)),
            "overall_score": G(lambda f: f.r.randint(0, 100)),
            "total_items": G(lambda f: f.r.randint(1, 400)),
        },
    ),
    (
        "track",
        "card_saved_to_vault",
        ["kotlin"],
        {
            "item_id": G(lambda f: f.uuid()),
            "cardholder_name": Y(lambda f: full(f).upper(), "name"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "scanned_with_camera": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Secure Note Shared",
        ["rn", "web"],
        {
            "item_id": G(lambda f: f.uuid()),
            "recipient_email": Y(lambda f: email(f), "email"),
            "share_expires_at": G(lambda f: f.iso()),
            "permissions": G(lambda f: f.pick(["view", "edit"])),
        },
    ),
    (
        "track",
        "Emergency Access Granted",
        ["web"],
        {
            "grant_id": G(lambda f: f.uuid()),
            "grantee_email": Y(lambda f: email(f), "email"),
            "grantee_name": Y(lambda f: full(f), "name"),
            "wait_period_days": G(lambda f: f.pick([1, 2, 7, 14, 30])),
            "access_level": G(lambda f: f.pick(["view", "takeover"])),
        },
    ),
    (
        "track",
        "Master Password Changed",
        ["flutter", "swift"],
        {
            "strength_score": G(lambda f: f.r.randint(0, 4)),
            "kdf_iterations": G(lambda f: f.pick([600000, 310000, 100000])),
            "hint_set": G(lambda f: f.pick([True, False])),
            "previous_change_days_ago": G(lambda f: f.r.randint(1, 1500)),
        },
    ),
    (
        "track",
        "Push Token Registered",
        ["swift", "kotlin"],
        {
            "push_token": RED(
                lambda f: f.pick(
                    [
                        f.hexid(64),
                        alnum(f, 11) + ":APA91b" + alnum(f, 134, string.ascii_letters + string.digits + "-_"),
                    ]
                ),
                "token",
            ),
            "provider": G(lambda f: f.pick(["apns", "fcm"])),
            "permission_status": G(lambda f: f.pick(["authorized", "provisional", "denied"])),
        },
    ),
    (
        "track",
        "Two-Factor Code Sent",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(
                lambda f: e164(f),
                "phone",
                True,
            ),
            "From": G(lambda f: f.pick(["+18335550147", "+447700900321", "+5511940028922"])),
            "Body": RED(lambda f: otp_sms(f), "token", True),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered"])),
            "NumSegments": G(lambda f: "1"),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        ["web"],
        {
            "link_url": RED(lambda f: magic_link(f), "token", True),
            "expired": G(lambda f: f.pick([True, False])),
            "minutes_since_sent": G(lambda f: f.r.randint(0, 90)),
        },
    ),
    (
        "track",
        "Alert Email Sent",
        ["python"],
        {
            "message_id": G(lambda f: f"<{f.hexid(24)}.{f.digits(10)}@mail.aegisid.com>"),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.digits(5) + "-1"),
            "from_address": G(
                lambda f: f.pick(["alerts@aegisid.com", "no-reply@aegisid.com", "alertas@aegisid.com.br"])
            ),
            "to": Y(lambda f: email(f), "email", True),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "subject": G(
                lambda f: f.pick(
                    ["New dark web alert", "Your credit score changed", "Novo alerta de vazamento"]
                )
            ),
        },
    ),
    # -- family plans --------------------------------------------------------------------------------
    (
        "track",
        "Family Member Invited",
        ["web", "rn"],
        {
            "invite_id": G(lambda f: f.uuid()),
            "invitee_email": Y(lambda f: email(f), "email"),
            "invitee_first_name": Y(lambda f: first(f), "name"),
            "relationship": G(lambda f: f.pick(["spouse", "partner", "adult_child", "parent", "sibling"])),
            "role": G(lambda f: f.pick(["adult", "organizer"])),
            "seats_used": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Child Added",
        ["swift", "web"],
        {
            "child_id": G(lambda f: f.uuid()),
            "child_first_name": Y(lambda f: first(f), "name"),
            "child_birth_date": Y(lambda f: dob(f, 2007, 2023), "birthdate"),
            "child_age": G(lambda f: f.r.randint(0, 17)),
            "child_ssn": RED(lambda f: f.ssn(), "social security number"),
            "school_grade": G(lambda f: f.pick(["K", "3", "7", "11", "pre-K"])),
            "monitoring_enabled": G(lambda f: True),
        },
    ),
    (
        "track",
        "Child Monitoring Alert",
        ["go"],
        {
            "child_id": G(lambda f: f.uuid()),
            "alert_type": G(lambda f: f.pick(["credit_file_found", "ssn_trace", "dark_web"])),
            "child_ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "credit_file_detected": G(lambda f: f.pick([True, False])),
            "bureau": G(lambda f: f.pick(BUREAUS)),
            "detected_at": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": Y(
                lambda f: f.pick(["The {} Family", "{} household", "Família {}", "{} Family Plan"]).format(
                    last(f)
                ),
                "name",
            ),
            "plan": G(lambda f: f.pick(["family", "ultimate_family"])),
            "seats": G(lambda f: f.pick([5, 10])),
            "billing_email": Y(lambda f: email(f), "email"),
            "createdAt": G(lambda f: f.iso()),
            "owner_user_id": G(lambda f: "usr_" + f.digits(8)),
        },
    ),
    (
        "track",
        "trusted_contact_added",
        ["kotlin"],
        {
            "contact_name": Y(lambda f: full(f), "name"),
            "contact_phone": Y(lambda f: phone(f), "phone"),
            "contact_email": Y(lambda f: email(f), "email"),
            "relationship": G(lambda f: f.pick(["spouse", "partner", "adult_child", "parent", "sibling"])),
        },
    ),
    # -- billing -------------------------------------------------------------------------------------
    (
        "track",
        "Order Completed",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.pick([9.99, 14.99, 24.99, 119.88, 29.9])),
            "revenue": G(lambda f: f.pick([9.99, 14.99, 24.99, 119.88, 29.9])),
            "tax": G(lambda f: f.money(0, 12)),
            "discount": G(lambda f: f.pick([0, 5, 10])),
            "coupon": G(lambda f: f.pick(["", "FAMILY20", "WELCOME10", "BF24"])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "BRL"])),
            "products": Many(plan_product(), 2),
            "billing_address": {
                "line1": Y(lambda f: person_street(f), "address|street"),
                "city": Y(lambda f: person_city(f), "city"),
                "postal_code": Y(lambda f: person_zip(f), "zipcode"),
                "state": G(lambda f: f.pick(["TX", "OH", "ENG", "SP", "PE"])),
                "country": G(lambda f: f.pick(["US", "GB", "BR"])),
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "rn"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "value": G(lambda f: f.pick([9.99, 14.99, 24.99, 119.88, 29.9])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "BRL"])),
            "products": Many(plan_product(), 2),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "id": G(lambda f: "pi_" + alnum(f, 24)),
            "amount": G(lambda f: f.pick([999, 1499, 2499, 11988, 2990])),
            "currency": G(lambda f: f.pick(["usd", "gbp", "brl"])),
            "customer": G(lambda f: "cus_" + alnum(f, 14)),
            "payment_method": RED(lambda f: pm_id(f), "token"),
            "receipt_email": Y(lambda f: email(f), "email"),
            "livemode": G(lambda f: True),
            "billing_details": {
                "name": Y(lambda f: full(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "address": {
                    "line1": Y(lambda f: person_street(f), "address|street"),
                    "line2": Y(lambda f: f.pick(["Apt 4", "Flat 2", "apto 81", "Unit 9"]), "address|street"),
                    "city": Y(lambda f: person_city(f), "city"),
                    "state": G(lambda f: f.pick(["TX", "OH", "", "SP"])),
                    "postal_code": Y(lambda f: person_zip(f), "zipcode"),
                    "country": G(lambda f: f.pick(["US", "GB", "BR"])),
                },
            },
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
                "country": G(lambda f: f.pick(["US", "GB", "BR"])),
                "fingerprint": G(lambda f: alnum(f, 16)),
            },
        },
    ),
    (
        "track",
        "Bank Link Completed",
        ["node"],
        {
            "institution_id": G(lambda f: f.pick(["ins_3", "ins_56", "ins_127989", "ins_5"])),
            "institution_name": G(lambda f: f.pick(["Chase", "Wells Fargo", "Bank of America", "Citi"])),
            "link_session_id": G(lambda f: f.uuid()),
            "public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
            "accounts": Many(
                {
                    "id": G(lambda f: alnum(f, 37)),
                    "mask": G(lambda f: f.digits(4)),
                    "name": G(lambda f: f.pick(["Plaid Checking", "Total Checking", "Way2Save Savings"])),
                    "subtype": G(lambda f: f.pick(["checking", "savings"])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Assinatura Contratada",
        ["python"],
        {
            "plano": G(lambda f: f.pick(["essencial", "familia", "premium"])),
            "valor_mensal": G(lambda f: f.pick([19.9, 29.9, 49.9])),
            "forma_pagamento": G(lambda f: f.pick(["pix", "boleto", "cartao_credito"])),
            "parcelas": G(lambda f: f.pick([1, 3, 12])),
            "cupom": G(lambda f: f.pick(["", "BEMVINDO", "FAMILIA15"])),
            "cpf_titular": RED(lambda f: cpf(f), "national id"),
            "email_titular": Y(lambda f: email(f, "br"), "email"),
            "telefone": Y(lambda f: phone_br(f), "phone"),
            "endereco_cobranca": endereco(),
        },
    ),
    (
        "track",
        "Subscription Renewed",
        ["ruby"],
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 24)),
            "plan": G(lambda f: f.pick(["individual", "family", "ultimate", "free_trial"])),
            "interval": G(lambda f: f.pick(["month", "year"])),
            "amount": G(lambda f: f.pick([9.99, 14.99, 24.99, 119.88])),
            "next_billing_date": G(lambda f: iso_date(f, 2024, 2026)),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        ["web"],
        {
            "form-name": G(
                lambda f: f.pick(["family-plan-waitlist", "ebook-id-theft-guide", "webinar-signup"])
            ),
            "first-name": Y(lambda f: first(f), "name"),
            "last-name": Y(lambda f: last(f), "name"),
            "e-mail": Y(lambda f: email(f), "email"),
            "phone-number": Y(lambda f: phone(f), "phone"),
            "zip-code": Y(lambda f: person_zip(f), "zipcode"),
            "how-did-you-hear": G(lambda f: f.pick(["podcast", "friend", "search", "tv"])),
            "consent-checkbox": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Home Title Monitoring Enabled",
        ["web"],
        {
            "property_address": {
                "street": Y(lambda f: us_street(f), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "zip": Y(lambda f: us_zip(f), "zipcode"),
            },
            "county": G(lambda f: f.pick(["Travis", "Franklin", "Pima", "Wake", "Douglas"])),
            "owner_name": Y(lambda f: full(f, "us"), "name"),
            "property_type": G(lambda f: f.pick(["single_family", "condo", "townhouse"])),
        },
    ),
    # -- support, referrals, settings ----------------------------------------------------------------
    (
        "track",
        "Help Center Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "how to freeze my credit",
                        "cancel subscription",
                        "what is dark web monitoring",
                        "como contestar consulta no cpf",
                        "add family member",
                        "export passwords",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "locale": G(lambda f: f.pick(["en-US", "en-GB", "pt-BR"])),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        ["java"],
        {
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "agent_email": Y(lambda f: staff_email(f), "email"),
            "q": Y(lambda f: email(f), "email", True),
            "result_count": G(lambda f: f.r.randint(0, 3)),
            "lookup_reason": G(lambda f: f.pick(["inbound_call", "chargeback", "case_followup"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["php"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "requester": {
                "name": Y(lambda f: full(f), "name"),
                "email": Y(lambda f: email(f), "email"),
            },
            "assignee": {
                "id": G(lambda f: f.r.randint(36000000000, 36999999999)),
                "name": Y(lambda f: full(f), "name"),
            },
            "subject": G(
                lambda f: f.pick(
                    ["Can't log into vault", "Charged twice", "Alert about my CPF", "Freeze not showing"]
                )
            ),
            "tags": Many(G(lambda f: f.pick(["billing", "vault", "credit", "br", "vip"])), 3),
            "via": {"channel": G(lambda f: f.pick(["web", "email", "chat", "voice"]))},
            "support_phone": G(lambda f: f.pick(["+1 833-555-0147", "0800 048 1234", "0800 591 2020"])),
        },
    ),
    (
        "track",
        "Support Callback Requested",
        ["rn"],
        {
            "callback_number": Y(lambda f: phone(f), "phone"),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "language": G(lambda f: f.pick(["en", "pt-BR", "es"])),
            "topic": G(lambda f: f.pick(["restoration", "billing", "vault"])),
        },
    ),
    (
        "track",
        "Recovery Email Updated",
        ["web", "swift"],
        {
            "input": Y(lambda f: email(f), "email", True),
            "previously_set": G(lambda f: f.pick([True, False])),
            "verification_sent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin"],
        {
            "referral_code": G(lambda f: "AEG-" + alnum(f, 6, string.ascii_uppercase + string.digits)),
            "recipient_phone": Y(lambda f: phone(f), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "imessage"])),
            "message_text": G(
                lambda f: f.pick(
                    [
                        "Get a month of Aegis free with my link",
                        "Ganhe 1 mês grátis no Aegis",
                        "I use this for credit alerts, try it",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Social Account Connected",
        ["rn"],
        {
            "platform": G(lambda f: f.pick(["instagram", "facebook", "x", "tiktok"])),
            "handle": Y(
                lambda f: (
                    "@"
                    + first(f).split()[0].translate(ASCII).lower()
                    + f.pick(["_", ".", ""])
                    + last(f).split()[-1].translate(ASCII).lower()
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "follower_count": G(lambda f: f.r.randint(0, 20000)),
            "monitoring_scope": G(lambda f: f.pick(["impersonation", "account_takeover", "all"])),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        ["kotlin", "swift", "web"],
        {
            "email_alerts": G(lambda f: f.pick([True, False])),
            "sms_alerts": G(lambda f: f.pick([True, False])),
            "push_alerts": G(lambda f: f.pick([True, False])),
            "digest_frequency": G(lambda f: f.pick(["daily", "weekly", "never"])),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin", "rn", "flutter"],
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.2", "7.6.0"])),
            "build": G(lambda f: f.pick(["7402", "70501", "760"])),
        },
    ),
    (
        "track",
        "Application Updated",
        ["swift", "kotlin"],
        {
            "previous_version": G(lambda f: f.pick(["7.3.1", "7.4.0"])),
            "previous_build": G(lambda f: f.pick(["7310", "70400"])),
            "version": G(lambda f: f.pick(["7.5.2", "7.6.0"])),
            "build": G(lambda f: f.pick(["7521", "70600"])),
        },
    ),
    (
        "page",
        "Dashboard",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Dashboard", "Credit", "Vault", "Monitoring"])),
            "path": G(lambda f: f.pick([p for p, _ in WEB_PAGES])),
            "url": G(lambda f: "https://app.aegisid.com" + f.pick([p for p, _ in WEB_PAGES])),
            "title": G(lambda f: f.pick([t for _, t in WEB_PAGES])),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://app.aegisid.com/dashboard"])
            ),
            "search": G(
                lambda f: f.pick(["", "?tab=alerts", "?utm_source=email&utm_campaign=weekly_digest"])
            ),
            "category": G(lambda f: f.pick(["app", "marketing"])),
        },
    ),
    (
        "screen",
        "Alerts",
        ["swift", "kotlin", "flutter", "rn"],
        {
            "name": G(lambda f: f.pick(["Alerts", "Vault", "Credit Score", "Family", "Alertas"])),
            "previous_screen": G(lambda f: f.pick(["Home", "Settings", "Onboarding"])),
        },
    ),
    (
        "alias",
        None,
        ["web", "node"],
        {},
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
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
                msg["groupId"] = "fam_" + f.digits(7)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            client = f.pick(clients)
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=304, repeats=30)
    write(Path(__file__).parent, "holdout304_", events, labels)
