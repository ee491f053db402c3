"""Writes the seventy-eighth holdout: tests/corpus/holdout78_events.jsonl and holdout78_labels.json.

Sealed: written from the corpus helpers (build.py, fake.py), build_holdout3.py's format, the
reference's default matcher table and the labelling brief only, without reading the detection
engine, its vocabularies, its tests or any other corpus's labels, and without running the engine on
these events. Run: `.venv/bin/python -m tests.corpus.build_holdout78` (seeded, deterministic).

Domain: a video, music and podcast streaming platform ("Cinelo") in Germany, Spain and Brazil, with
German, Spanish and Portuguese backend keys beside the usual English ones. Covered: account
holders' identify calls from web, mobile, TV and server; households (group) and family members with
kids' profiles; parental PINs; watch and listen history (Segment's Video spec, tracks, podcasts);
ratings, reviews and moderation; search (typed and voice); subscriptions, gifts, checkout
(e-commerce spec), payment failures shaped like Stripe and Adyen webhooks, SEPA mandates, Spanish
direct debit, Brazilian Pix and boleto; device registration and activation (smart TVs, consoles,
sticks; OTT advertising ids `ifa`/`ifa_type`); push tokens; newsletter double opt-in, TCF, SMS and WhatsApp
consent; Twilio-shaped SMS one-time codes; a Meta Conversions API payload; support chat and a
Zendesk-shaped ticket; podcast creators' onboarding, tax forms, payout methods and payouts.
Contexts of analytics.js (browser and smart-TV browser engines, with Consent Management),
analytics-swift (iOS, tvOS), analytics-kotlin (Android, Android TV / Fire TV, with a location
plugin), analytics-react-native, analytics_flutter and the server libraries python, node, go,
java, ruby, php and .NET.

Conventions: mostly camelCase and snake_case English keys; about 15 % others: PascalCase (.NET
services and vendor payloads: Twilio, Adyen), kebab-case (a Ruby service, a web form team),
SCREAMING_SNAKE (a warehouse reverse-ETL sync), and German, Spanish and Portuguese keys.

Labelling rules (the Privacy Portal's default colours):
- Each leaf path has a classification, a type (the reference's matcher name where one fits, else
  `bank account`, `geolocation`, `secret`, `national id`, `advertising id`, `credit card`, `token`;
  `a|b` when either is fair) and value_only (the key does not say what the value is).
- PII: personal data about a natural person: the user, a family member or kid, a gift or share
  recipient, a support agent or moderator, a podcast creator or host. Reference colours: name,
  email, phone, address, street, city, zipcode, birthdate, gender, sex, photo, serial, mac, ip,
  salary, disability (red), password (red), token (red), social security number (red, its last
  four too). Outside the reference: red for secrets, card numbers and CVVs, bank accounts (IBAN,
  Pix key), national ids (CPF, RG, DNI/NIE, Steuer-ID); yellow for geolocation and advertising ids.
- Green: ids we or vendors issue (user, profile, household, order, invoice, subscription, payout,
  Stripe `cus_`/`in_`, Adyen pspReference, boleto numbers, mandate references, creditor ids),
  customer/member numbers, SKUs, ISRCs, versions, timestamps, counters, amounts and prices,
  enums and booleans under PII-sounding keys (`email_verified`, `login_method: "phone"`,
  `contact.type`), titles, artists, show, plan, company and bank names, BICs, card brand, BIN,
  last four and expiry, country, state (Bundesland, provincia, UF), locale, timezone, user agents,
  OS-issued device ids, ages and age ratings, relationships (`daughter`), a business's own phone
  and address (venue, our Twilio sender number), TCF consent strings, Brazilian company CNPJs.
- Contested cases, by the product's policy: billing addresses are the person's (`address`, their
  postcode `zipcode`, their city `city`); ad-platform click and browser ids (gclid, fbclid, fbp,
  fbc, ttclid) and OTT ifa are `advertising id` yellow; card and payment-method tokens, push
  tokens, reset and confirmation tokens, TV activation codes and SMS one-time codes are red.
- Decisions this corpus makes (a careful privacy owner's choice): what a podcast creator is paid
  (payouts, earnings) is pay: `salary` yellow, while prices, charges, fees and revenue are green;
  a household named after a family ("Familie Schneider") is a `name`; a salutation (`anrede`)
  reveals gender; an Apple device label ("iPhone von Lukas") carries the owner's first name;
  a SHA-256 hash of an e-mail or phone sent for ad matching keeps the colour of what it hashes
  (pseudonymised, still personal), while a hash of our own user id (`external_id`) is green; a
  Pix key is a bank account alias (red, whichever of CPF, e-mail, phone or random key it is); a
  parental PIN is a `password`; declared accessibility needs reveal a disability (red); a city
  looked up from the person's IP is their `city`; searches for titles, genres, actors and
  artists are content (green); podcast hosts and guests are people.
- value_only (neutral keys: `input`, `label`, `text`, `note`, `Body`, `contact.value`,
  `changes[].old/new`, `invitees[]`, `externalIds[].id`, `gift_message`) paths hold their PII in
  every value (`email|phone` when each value holds one or the other); free text is labelled by
  what every one of its values carries and is green when none does (reviews, cancellation
  feedback, voice transcripts, error messages, episode descriptions).
"""

# ruff: noqa: RUF001 -- titles, names and messages keep their real typography (dashes, apostrophes)

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and their data ------------------------------------------------------------------------

FIRST = {
    "de": [
        "Lukas",
        "Mia",
        "Leon",
        "Hannah",
        "Jonas",
        "Emilia",
        "Felix",
        "Lea",
        "Mehmet",
        "Ayşe",
        "Dmitri",
        "Jana",
    ],
    "es": [
        "Lucía",
        "Hugo",
        "Martina",
        "Alejandro",
        "María José",
        "Carmen",
        "Iker",
        "Nerea",
        "Jordi",
        "Aitana",
    ],
    "br": [
        "João",
        "Ana Beatriz",
        "Enzo",
        "Valentina",
        "Gabriel",
        "Thiago",
        "Luana",
        "Rayssa",
        "Kauã",
        "Letícia",
    ],
    "xx": [
        "Aisha",
        "Kwame",
        "Thi Lan",
        "Olena",
        "Kenji",
        "Priya",
        "Fatima Zahra",
        "Wei",
        "Chinedu",
        "Siobhan",
    ],
}
LAST = {
    "de": ["Schneider", "Müller", "Weber", "Fischer", "Yılmaz", "Kowalczyk", "Hoffmann", "Becker", "Schäfer"],
    "es": [
        "Fernández López",
        "García",
        "Martínez Ruiz",
        "Sánchez",
        "Pérez Gil",
        "Rodríguez",
        "Iglesias",
        "Navarro",
    ],
    "br": [
        "da Silva Santos",
        "Oliveira",
        "Souza",
        "Pereira",
        "Nascimento",
        "Ferreira Lima",
        "Almeida",
        "Carvalho",
    ],
    "xx": ["Bello", "Asante", "Nguyen", "Kovalenko", "Watanabe", "Raman", "El Amrani", "Chen", "O'Sullivan"],
}
MAIL_DOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "br": ["gmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "hotmail.com"],
    "xx": ["gmail.com", "outlook.com", "icloud.com", "proton.me", "yahoo.co.uk"],
}
CITIES = {
    "de": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Frankfurt am Main", "Dresden", "Stuttgart"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga", "Vigo"],
    "br": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife", "Porto Alegre", "Salvador"],
    "xx": ["Lisboa", "Porto", "Wien", "Zürich", "Buenos Aires", "Ciudad de México"],
}
STATES = {
    "de": ["BE", "HH", "BY", "NW", "SN", "HE"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bizkaia"],
    "br": ["SP", "RJ", "MG", "PR", "PE", "RS", "BA"],
}
REGIONS = ["de", "es", "br", "de", "es", "br", "xx"]
ASCII = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "é": "e",
        "á": "a",
        "í": "i",
        "ó": "o",
        "ú": "u",
        "ã": "a",
        "õ": "o",
        "ç": "c",
        "ê": "e",
        "â": "a",
        "ñ": "n",
        "ı": "i",
        "ş": "s",
        "ô": "o",
    }
)


def region(f: Fake) -> str:
    return f.pick(REGIONS)


def first(f: Fake, rg: str | None = None) -> str:
    return f.pick(FIRST[rg or region(f)])


def last(f: Fake, rg: str | None = None) -> str:
    return f.pick(LAST[rg or region(f)])


def full_name(f: Fake, rg: str | None = None) -> str:
    rg = rg or region(f)
    return f"{first(f, rg)} {last(f, rg)}"


def email(f: Fake, rg: str | None = None) -> str:
    rg = rg or region(f)
    given = first(f, rg).split()[0].lower().translate(ASCII)
    family = last(f, rg).split()[-1].lower().translate(ASCII).replace("'", "")
    local = f.pick(
        [
            f"{given}.{family}",
            f"{given}{family[:1]}{f.r.randint(70, 99)}",
            f"{given}_{family}{f.r.randint(1, 30)}",
            f"{family}.{given}",
        ]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS[rg])}"


def phone(f: Fake, rg: str | None = None) -> str:
    rg = rg or region(f)
    d = f.digits
    if rg == "de":
        pre = f.pick(["151", "152", "157", "160", "170", "176", "178"])
        return f.pick(
            [f"+49 {pre} {d(8)}", f"0{pre} {d(8)}", f"+49{pre}{d(8)}", f"0{pre}/{d(4)} {d(4)}", f"030 {d(8)}"]
        )
    if rg == "es":
        a, b, c = f.r.randint(600, 699), d(3), d(3)
        return f.pick(
            [f"+34 {a} {b} {c}", f"{a}{b}{c}", f"+34{a}{b}{c}", f"{a} {b[:2]} {b[2]}{c[:1]} {c[1:]}"]
        )
    if rg == "br":
        ddd = f.pick(["11", "21", "31", "41", "81", "51", "71"])
        n1, n2 = "9" + d(4), d(4)
        return f.pick([f"+55 {ddd} {n1}-{n2}", f"({ddd}) {n1}-{n2}", f"+55{ddd}{n1}{n2}", f"{ddd} {n1} {n2}"])
    return f.pick(
        [
            f"+44 7700 {d(6)}",
            f"+1 (415) {f.r.randint(200, 989)}-{d(4)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+351 912 {d(3)} {d(3)}",
            f"+52 55 {d(4)} {d(4)}",
            f"+90 532 {d(3)} {d(2)} {d(2)}",
        ]
    )


def _e164(f: Fake) -> str:
    rg = f.pick(["de", "es", "br"])
    if rg == "de":
        return f"+49{f.pick(['151', '160', '176'])}{f.digits(8)}"
    if rg == "es":
        return f"+34{f.r.randint(600, 699)}{f.digits(6)}"
    return f"+55{f.pick(['11', '21', '31'])}9{f.digits(8)}"


def street(f: Fake, rg: str | None = None) -> str:
    rg = rg or region(f)
    n = f.r.randint(1, 180)
    if rg == "de":
        name = f.pick(
            ["Kastanienallee", "Hauptstraße", "Bergmannstr.", "Schillerstraße", "Sonnenallee", "Am Lindenhof"]
        )
        return f"{name} {n}{f.pick(['', '', 'a', 'b'])}"
    if rg == "es":
        name = f.pick(
            [
                "Calle de Alcalá",
                "Calle Mayor",
                "Gran Vía",
                "Av. Diagonal",
                "Calle del Carmen",
                "Paseo de Gracia",
            ]
        )
        return f"{name}, {n}, {f.r.randint(1, 8)}º {f.pick('ABCD')}"
    if rg == "br":
        name = f.pick(
            ["Rua Augusta", "Av. Paulista", "Rua das Laranjeiras", "Rua Oscar Freire", "Rua XV de Novembro"]
        )
        return f"{name}, {n * 10}" + f.pick(["", " - apto 42", " - casa 2", " - bloco B, apto 1203"])
    return f"{f.pick(['Rua Garrett', 'Mariahilfer Straße', 'Calle Florida', 'Avenida Reforma'])} {n}"


def house_street(f: Fake) -> str:
    return f.pick(
        ["Kastanienallee", "Hauptstraße", "Bergmannstraße", "Schillerstraße", "Sonnenallee", "Am Lindenhof"]
    )


def street_name(f: Fake, rg: str | None = None) -> str:
    return f.pick(
        {
            "de": ["Kastanienallee", "Hauptstraße", "Bergmannstraße", "Schillerstraße", "Sonnenallee"],
            "es": ["Calle de Alcalá", "Calle Mayor", "Gran Vía", "Avinguda Diagonal", "Calle del Carmen"],
            "br": ["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras", "Rua Oscar Freire"],
            "xx": ["Rua Garrett", "Mariahilfer Straße", "Calle Florida", "Avenida Reforma"],
        }[rg or region(f)]
    )


def full_address(f: Fake) -> str:
    rg = region(f)
    if rg == "de":
        return f"{street(f, rg)}, {postcode(f, rg)} {city(f, rg)}"
    if rg == "br":
        return f"{street(f, rg)}, {city(f, rg)} - {f.pick(STATES['br'])}, {postcode(f, rg)}"
    return f"{street(f, rg)}, {postcode(f, rg)} {city(f, rg)}"


def cnpj(base: str) -> str:
    digits = [int(c) for c in base]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        digits.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, digits))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


OUR_CNPJS = [cnpj("418230770001"), cnpj("418230770002"), cnpj("509114620001")]


def city(f: Fake, rg: str | None = None) -> str:
    return f.pick(CITIES[rg or region(f)])


def postcode(f: Fake, rg: str | None = None) -> str:
    rg = rg or region(f)
    if rg == "de":
        return f"{f.r.randint(1067, 99998):05d}"
    if rg == "es":
        return f"{f.r.randint(1, 52):02d}{f.r.randint(0, 999):03d}"
    if rg == "br":
        cep = f"{f.r.randint(1000, 99999):05d}{f.r.randint(0, 999):03d}"
        return f.pick([f"{cep[:5]}-{cep[5:]}", cep])
    return f.pick([f"{f.r.randint(1000, 9999)}-{f.r.randint(100, 999)}", f"{f.r.randint(1010, 9999)}"])


def birthdate(f: Fake, lo=1950, hi=2006) -> str:
    y, m, d = f.r.randint(lo, hi), f.r.randint(1, 12), f.r.randint(1, 28)
    return f"{y}-{m:02d}-{d:02d}"


def date_de(f: Fake, lo=1950, hi=2006) -> str:
    return f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(lo, hi)}"


def date_es(f: Fake, lo=1950, hi=2006) -> str:
    return f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(lo, hi)}"


# -- ids with real checksums ------------------------------------------------------------------------


def cpf(f: Fake, formatted: bool | None = None) -> str:
    base = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        total = sum(d * w for d, w in zip(base, range(n, 1, -1), strict=False))
        base.append((total * 10 % 11) % 10)
    s = "".join(map(str, base))
    formatted = f.r.random() < 0.5 if formatted is None else formatted
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s


def dni(f: Fake) -> str:
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if f.r.random() < 0.25:
        lead = f.r.randint(0, 2)
        body = f.r.randint(0, 9_999_999)
        return f"{'XYZ'[lead]}{body:07d}{letters[int(f'{lead}{body:07d}') % 23]}"
    n = f.r.randint(10_000_000, 99_999_999)
    return f"{n}{letters[n % 23]}"


def steuer_id(f: Fake) -> str:
    digits = list(range(10))
    f.r.shuffle(digits)
    body = [d for d in digits if d != 0][:1]
    rest = [d for d in digits if d not in body]
    doubled = f.pick(rest)
    chosen = rest[:8]
    if doubled not in chosen:
        chosen[0] = doubled
    chosen.append(doubled)
    f.r.shuffle(chosen)
    ten = body + chosen[:9]
    product = 10
    for d in ten:
        s = (d + product) % 10 or 10
        product = (2 * s) % 11
    check = (11 - product) % 10
    s = "".join(map(str, ten)) + str(check)
    return f.pick([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])


def remember(f: Fake, slot: str, options: list[str]) -> str:
    """Picks an enum and keeps it on the generator, so a later sibling leaf can agree with it."""
    choice = f.pick(options)
    setattr(f, slot, choice)
    return choice


def contact_value(f: Fake, slot: str) -> str:
    return email(f) if getattr(f, slot, "email") == "email" else phone(f)


def pix_key(f: Fake) -> str:
    kind = getattr(f, "pix_kind", "cpf")
    if kind == "cpf":
        return cpf(f)
    if kind == "email":
        return email(f, "br")
    if kind == "telefone":
        return _e164(f)
    return f.uuid()


def linha_digitavel(f: Fake) -> str:
    d = f.digits
    return f"{d(5)}.{d(5)} {d(5)}.{d(6)} {d(5)}.{d(6)} {d(1)} {d(14)}"


def tax_id(f: Fake) -> str:
    return f.pick([steuer_id, dni, cpf])(f)


def iban(f: Fake, country: str | None = None, spaced: bool | None = None) -> str:
    country = country or f.pick(["DE", "ES", "BR", "DE", "ES", "PT", "AT"])
    if country == "BR":
        bban = f.digits(8) + f.digits(5) + f.digits(10) + f.pick("CP") + f.pick("12")
    else:
        bban = f.digits({"DE": 18, "ES": 20, "PT": 21, "AT": 16, "FR": 23}[country])
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    spaced = f.r.random() < 0.5 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def card(f: Fake) -> str:
    if f.r.random() < 0.3:
        prefix = f.pick(["636368", "504175", "606282", "650031"])
        body = prefix + "".join(str(f.r.randint(0, 9)) for _ in range(9))
        number = f.luhn_complete(body)
        return f.pick([number, " ".join(number[i : i + 4] for i in range(0, 16, 4))])
    return f.card()


def ssn(f: Fake) -> str:
    return f.ssn()


def ipv4(f: Fake) -> str:
    return f.ipv4()


def ipv6(f: Fake) -> str:
    pre = f.pick(["2a02:908", "2804:14c", "2a0c:5a80", "2003:e4", "2a01:c50f"])
    groups = [f"{f.r.randint(0, 65535):x}" for _ in range(6)]
    if f.r.random() < 0.4:
        return pre + ":" + ":".join(groups[:2]) + "::" + groups[2]
    return pre + ":" + ":".join(groups)


def any_ip(f: Fake) -> str:
    return ipv4(f) if f.r.random() < 0.7 else ipv6(f)


def alnum(f: Fake, n: int, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "CjwKCAjw", "EAIaIQob"]) + alnum(f, 80, alnum.__defaults__[0] + "-_")


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58, alnum.__defaults__[0] + "-_")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def ttclid(f: Fake) -> str:
    return "E.C.P." + alnum(f, 60)


def apns(f: Fake) -> str:
    return f.hexid(64)


def fcm(f: Fake) -> str:
    return (
        alnum(f, 22, alnum.__defaults__[0] + "-_") + ":APA91b" + alnum(f, 134, alnum.__defaults__[0] + "-_")
    )


def sha256(f: Fake) -> str:
    return f.hexid(64)


def tv_code(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return f.pick([alnum(f, 8, chars), f"{alnum(f, 4, chars)}-{alnum(f, 4, chars)}", alnum(f, 6, chars)])


def tv_serial(f: Fake) -> str:
    return f.pick(
        [
            "0" + alnum(f, 4, "ABCDEFGHJKLMNPRSTVWXYZ0123456789") + "3HDR" + f.digits(6) + "X",
            f.digits(3) + "KC" + alnum(f, 3, "ABCDEFGHJKLMNPRSTVWXYZ0123456789") + f.digits(5),
            "E" + f.digits(11),
            "G0" + alnum(f, 14, "0123456789ABCDEF"),
        ]
    )


UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]
UAS_TV = [
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 6.5) AppleWebKit/537.36 (KHTML, like Gecko) 85.0.4183.93/6.5 TV "
    "Safari/537.36",
    "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.79 "
    "Safari/537.36 WebAppManager",
    "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox Series X) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/48.0.2564.82 Safari/537.36 Edge/20.02",
]

TITLES = [
    "Dark",
    "La Casa de Papel",
    "Cidade Invisível",
    "Das Boot",
    "Élite",
    "Sintonia",
    "Babylon Berlin",
    "Las chicas del cable",
    "Bom Dia, Verônica",
    "Der Schwarm",
]
GENRES = ["drama", "krimi", "comedia", "documentário", "kids", "thriller", "anime", "reality"]
ARTISTS = ["Rosalía", "Anitta", "Rammstein", "Bad Bunny", "Marília Mendonça", "Helene Fischer", "C. Tangana"]
TRACKS = ["Despechá", "Envolver", "Du hast", "Tití Me Preguntó", "Atemlos durch die Nacht", "Infiel"]
SHOWS = ["Fest & Flauschig", "Nerdcast", "La Pija y la Quinqui", "Mordlust", "Podpah", "Nadie Sabe Nada"]
PLANS = [
    "Basis",
    "Standard mit Werbung",
    "Premium Familia",
    "Premium Família",
    "Estándar",
    "Music Individual",
]
PLAN_IDS = ["basic_m", "std_ads_m", "prem_fam_y", "prem_fam_m", "std_m", "music_ind_m"]


def q(f: Fake) -> str:
    return f.pick(
        TITLES
        + ARTISTS
        + [
            "serien für kinder",
            "peliculas de miedo",
            "novela turca",
            "pedro pascal",
            "fußball live",
            "dorama",
        ]
    )


# -- contexts -------------------------------------------------------------------------------------


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.68.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/", "/browse", "/account", "/checkout/plan", "/kids", "/search"])),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.de/", "", "https://www.google.com.br/", "https://t.co/x1Yz"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?ref=nav", "?lang=es"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Cinelo – Filme & Serien", "Cinelo | Mi cuenta", "Cinelo – Assinar", "Cinelo Kids"]
                )
            ),
            "url": G(
                lambda f: "https://www.cinelo.tv" + f.pick(["/", "/browse", "/account", "/checkout/plan"])
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "8", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "es-ES", "pt-BR", "en-US", "ca-ES"])),
        "timezone": G(
            lambda f: f.pick(["Europe/Berlin", "Europe/Madrid", "America/Sao_Paulo", "Atlantic/Canary"])
        ),
        "ip": Y(ipv4, "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["sommer_aktion", "vuelta_al_cole", "black_friday_br", "kids_launch"])
            ),
            "source": G(lambda f: f.pick(["google", "newsletter", "meta", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "display"])),
            "term": G(
                lambda f: f.pick(["serien streamen", "peliculas online", "filmes online", "kinderfilme"])
            ),
            "content": G(lambda f: f.pick(["banner_a", "hero_video", "textlink", "carousel_2"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: f.pick([True, False])),
                "Functional": G(lambda f: True),
            }
        },
    }


def tv_web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.66.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/", "/browse", "/kids", "/search"])),
            "title": G(lambda f: f.pick(["Cinelo TV", "Cinelo Kids TV", "Cinelo TV – Suche"])),
            "url": G(lambda f: "https://tv.cinelo.tv" + f.pick(["/", "/browse", "/kids", "/search"])),
        },
        "userAgent": G(lambda f: f.pick(UAS_TV)),
        "locale": G(lambda f: f.pick(["de-DE", "es-ES", "pt-BR"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Madrid", "America/Sao_Paulo"])),
        "ip": Y(any_ip, "ip"),
        "screen": {
            "width": G(lambda f: f.pick([1920, 3840, 1280])),
            "height": G(lambda f: f.pick([1080, 2160, 720])),
        },
    }


def swift_traits():
    return {
        "email": Y(email, "email"),
        "name": Y(full_name, "name"),
        "plan": G(lambda f: f.pick(PLAN_IDS)),
        "userId": G(lambda f: "usr_" + f.digits(8)),
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Cinelo"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: "tv.cinelo.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,4", "iPhone14,7", "iPad13,18", "iPhone16,2"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "trackingStatus": G(lambda f: f.pick(["authorized", "denied", "notDetermined"])),
            "token": RED(apns, "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "es-ES", "pt-BR", "en-DE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telekom.de", "Movistar", "Vivo", "Claro BR", "o2 - de"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 820])),
            "height": G(lambda f: f.pick([852, 932, 1180])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Madrid", "America/Sao_Paulo"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": swift_traits(),
    }


def tvos_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Cinelo"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: "tv.cinelo.tvos"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["AppleTV11,1", "AppleTV14,1", "AppleTV6,2"])),
            "type": G(lambda f: "tvos"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "es-ES", "pt-BR"])),
        "os": {"name": G(lambda f: "tvOS"), "version": G(lambda f: f.pick(["17.4", "17.5", "16.6"]))},
        "screen": {"width": G(lambda f: 1920), "height": G(lambda f: 1080)},
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Madrid", "America/Sao_Paulo"])),
        "traits": swift_traits(),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Cinelo"),
            "version": G(lambda f: f.pick(["8.14.1", "8.15.0", "8.16.3"])),
            "build": G(lambda f: f.pick(["81401", "81500", "81603"])),
            "namespace": G(lambda f: "tv.cinelo.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546B", "moto g54 5G", "Redmi Note 13", "Pixel 8"])),
            "name": G(lambda f: f.pick(["a54x", "cancunf", "sapphire", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "es-ES", "pt-BR"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-33.9, 53.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-51.3, 13.5), 6), "geolocation"),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vodafone.de", "Orange", "TIM", "Claro BR", "Yoigo"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
        },
        "timezone": G(
            lambda f: f.pick(["Europe/Berlin", "Europe/Madrid", "America/Sao_Paulo", "America/Recife"])
        ),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g54 5G Build/T1TDS33.75-38-2-4)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "plan": G(lambda f: f.pick(PLAN_IDS)),
        },
    }


def androidtv_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Cinelo"),
            "version": G(lambda f: f.pick(["8.14.1", "8.15.0", "8.16.3"])),
            "build": G(lambda f: f.pick(["81401", "81500", "81603"])),
            "namespace": G(lambda f: "tv.cinelo.androidtv"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Amazon", "Sony", "Xiaomi", "TCL"])),
            "model": G(lambda f: f.pick(["AFTMM", "AFTKA", "BRAVIA 4K VH2", "MiTV-AXSO0", "Smart TV Pro"])),
            "name": G(lambda f: f.pick(["mantis", "kara", "BRAVIA_VH2_M_EU", "patton"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "es-ES", "pt-BR"])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "Fire OS"])),
            "version": G(lambda f: f.pick(["11", "9", "12"])),
        },
        "screen": {"density": G(lambda f: 2.0), "width": G(lambda f: 1920), "height": G(lambda f: 1080)},
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Madrid", "America/Sao_Paulo"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Cinelo Music"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1", "3.4.0"])),
            "build": G(lambda f: f.pick(["320", "331", "340"])),
            "namespace": G(lambda f: "tv.cinelo.music"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B", "moto e22"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "hawaiip"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.18.0"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "es-ES", "pt-BR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Madrid", "America/Sao_Paulo"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "usr_" + f.digits(8))},
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Cinelo Podcasts"),
            "version": G(lambda f: f.pick(["2.0.4", "2.1.0", "2.1.3"])),
            "build": G(lambda f: f.pick(["204", "210", "213"])),
            "namespace": G(lambda f: "tv.cinelo.podcasts"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A145M", "23021RAAEG"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.9"])),
        },
        "locale": G(lambda f: f.pick(["de_DE", "es_ES", "pt_BR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 360])),
            "height": G(lambda f: f.pick([844, 873, 780])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Madrid", "America/Sao_Paulo"])),
    }


SERVER_VERSIONS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.0.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1", "3.6.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.3.6", "2.4.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_VERSIONS[lib]

    def ctx(f: Fake):
        out: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}
        }
        if lib in ("python", "node", "php", "dotnet"):
            # Services that forward the end user's request: ip, user agent, locale.
            out["ip"] = Y(any_ip, "ip")
            out["userAgent"] = G(lambda f: f.pick(UAS_WEB + UAS_TV))
            out["locale"] = G(lambda f: f.pick(["de-DE", "es-ES", "pt-BR"]))
        if lib == "node":
            out["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
            out["groupId"] = G(lambda f: "hh_" + f.digits(7))
        if lib == "java":
            out["traits"] = {"email": Y(email, "email")}
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "tvweb": tv_web_context,
    "swift": swift_context,
    "tvos": tvos_context,
    "kotlin": kotlin_context,
    "androidtv": androidtv_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_VERSIONS},
}
MOBILE = ["swift", "kotlin"]
TV = ["tvweb", "tvos", "androidtv"]
SERVER = ["python", "node", "go", "java", "ruby"]


# -- shared bodies ----------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.pick(PLAN_IDS)),
        "sku": G(
            lambda f: f.pick(
                ["SUB-BAS-M", "SUB-STD-ADS-M", "SUB-PRM-FAM-Y", "SUB-MUS-IND-M", "ADDON-EXTRA-MEMBER"]
            )
        ),
        "name": G(lambda f: f.pick([*PLANS, "Zusatzmitglied"])),
        "category": G(lambda f: f.pick(["subscription", "add-on"])),
        "price": G(lambda f: f.pick([4.99, 7.99, 12.99, 17.99, 29.90, 54.90])),
        "quantity": G(lambda f: 1),
    }


def gift_message(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Alles Gute zum Geburtstag, {n}!",
            f"¡Feliz cumpleaños, {n}! Disfruta",
            f"Feliz Natal, {n}! Beijos",
            f"Für {n} – viel Spaß beim Schauen",
            f"{n}, para tus noches de series ❤️",
            f"Happy birthday {n}!! x",
        ]
    )


def device_label(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"iPhone von {n}",
            f"iPhone de {n}",
            f"{n}s iPad",
            f"iPad de {n}",
            f"{n}’s iPhone",
            f"MacBook Air de {n}",
        ]
    )


def support_text(f: Fake) -> str:
    return f.pick(
        [
            f"Hallo, ich komme nicht mehr in mein Konto. Meine Mail ist {email(f, 'de')}",
            f"Hola, me han cobrado dos veces. Mi correo: {email(f, 'es')}",
            f"Oi, podem me ligar no {phone(f, 'br')}? O app não abre na TV",
            f"Bitte rufen Sie mich zurück: {phone(f, 'de')}",
            f"no puedo cambiar el PIN, llamadme al {phone(f, 'es')} gracias",
            f"minha conta foi cancelada sem aviso, email {email(f, 'br')}",
        ]
    )


def payout_note(f: Fake) -> str:
    return f.pick(
        [
            f"Rückruf an {phone(f, 'de')} vereinbart, Steuer-ID fehlt noch",
            f"Creator called from {phone(f)} disputing March statement",
            f"Liguei para {phone(f, 'br')}, aguardando comprovante de conta",
            f"Llamar al {phone(f, 'es')} antes de liberar el pago",
        ]
    )


def review_text(f: Fake) -> str:
    return f.pick(
        [
            "Die zweite Staffel ist noch besser als die erste.",
            "Muy buena, aunque el final es un poco flojo.",
            "Melhor série brasileira dos últimos anos!!",
            "Zu langsam erzählt, nach Folge 3 abgebrochen.",
            "Mis hijos la han visto tres veces 😂",
            "A dublagem ficou estranha, prefiro legendado.",
            "Great cast, weak script.",
        ]
    )


# -- events -----------------------------------------------------------------------------------------

EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- identify: account holders -------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "name": Y(full_name, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(birthdate, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "diverse", "prefer_not_to_say"]), "gender"),
            "avatar": Y(lambda f: f"https://img.cinelo.tv/avatars/u/{f.hexid(20)}.jpg", "photo"),
            "username": Y(
                lambda f: (
                    first(f).split()[0].lower().translate(ASCII)
                    + f.pick(["_", ".", ""])
                    + str(f.r.randint(7, 2005))
                ),
                "name",
            ),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "state": G(lambda f: f.pick(STATES[f.pick(["de", "es", "br"])])),
                "country": G(lambda f: f.pick(["DE", "ES", "BR"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(PLAN_IDS)),
            "country": G(lambda f: f.pick(["DE", "ES", "BR", "AT"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "profilesCount": G(lambda f: f.r.randint(1, 5)),
            "subscriptionStatus": G(lambda f: f.pick(["active", "trialing", "past_due", "canceled"])),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "vorname": Y(lambda f: first(f, f.pick(["de", "de", "xx"])), "name"),
            "nachname": Y(lambda f: last(f, f.pick(["de", "de", "xx"])), "name"),
            "geburtsdatum": Y(date_de, "birthdate"),
            "strasse": Y(house_street, "street|address"),
            "hausnummer": Y(
                lambda f: str(f.r.randint(1, 140)) + f.pick(["", "", "a", "b"]), "address|street"
            ),
            "plz": Y(lambda f: postcode(f, "de"), "zipcode"),
            "ort": Y(lambda f: city(f, "de"), "city"),
            "bundesland": G(
                lambda f: f.pick(["Berlin", "Bayern", "Hamburg", "Nordrhein-Westfalen", "Sachsen"])
            ),
            "telefonnummer": Y(lambda f: phone(f, "de"), "phone"),
            "kundennummer": G(lambda f: "K-" + f.digits(8)),
            "tarif": G(lambda f: f.pick(["Basis", "Standard mit Werbung", "Premium"])),
            "newsletter_einwilligung": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "nombre": Y(lambda f: first(f, "es"), "name"),
            "apellidos": Y(lambda f: last(f, "es"), "name"),
            "correo_electronico": Y(lambda f: email(f, "es"), "email"),
            "telefono_movil": Y(lambda f: phone(f, "es"), "phone"),
            "fecha_nacimiento": Y(date_es, "birthdate"),
            "dni": RED(dni, "national id"),
            "sexo": Y(lambda f: f.pick(["H", "M", "X"]), "sex|gender"),
            "direccion": Y(lambda f: street(f, "es"), "address"),
            "codigo_postal": Y(lambda f: postcode(f, "es"), "zipcode"),
            "ciudad": Y(lambda f: city(f, "es"), "city"),
            "provincia": G(lambda f: f.pick(STATES["es"])),
            "numero_socio": G(lambda f: f.digits(9)),
            "acepta_comunicaciones": G(lambda f: f.pick([True, False])),
            "estado_civil": G(lambda f: f.pick(["soltero", "casado", "pareja de hecho"])),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "nome_completo": Y(lambda f: full_name(f, "br"), "name"),
            "cpf": RED(cpf, "national id"),
            "rg": RED(
                lambda f: f"{f.digits(2)}.{f.digits(3)}.{f.digits(3)}-{f.pick(list('0123456789X'))}",
                "national id",
            ),
            "email": Y(lambda f: email(f, "br"), "email"),
            "celular": Y(lambda f: phone(f, "br"), "phone"),
            "data_nascimento": Y(lambda f: birthdate(f), "birthdate"),
            "genero": Y(lambda f: f.pick(["feminino", "masculino", "não-binário"]), "gender"),
            "endereco": {
                "logradouro": Y(
                    lambda f: f.pick(
                        ["Rua Augusta", "Av. Paulista", "Rua das Laranjeiras", "Rua Oscar Freire"]
                    ),
                    "street|address",
                ),
                "numero": Y(lambda f: str(f.r.randint(10, 2400)), "address|street"),
                "complemento": Y(
                    lambda f: f.pick(["apto 42", "casa 2", "bloco B apto 1203", "fundos"]), "address|street"
                ),
                "bairro": Y(
                    lambda f: f.pick(
                        ["Pinheiros", "Copacabana", "Savassi", "Boa Viagem", "Moinhos de Vento"]
                    ),
                    "address",
                ),
                "cidade": Y(lambda f: city(f, "br"), "city"),
                "uf": G(lambda f: f.pick(STATES["br"])),
                "cep": Y(lambda f: postcode(f, "br"), "zipcode"),
            },
            "plano": G(lambda f: f.pick(["basico", "padrao_anuncios", "premium_familia"])),
            "aceita_whatsapp": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            # Warehouse reverse-ETL sync: column names as the warehouse spells them.
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(birthdate, "birthdate"),
            "COUNTRY_CODE": G(lambda f: f.pick(["DE", "ES", "BR"])),
            "LIFETIME_VALUE_EUR": G(lambda f: f.money(5, 900)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LAST_WATCHED_AT": G(lambda f: f.iso()),
            "SUBSCRIPTION_TIER": G(lambda f: f.pick(["BASIC", "STANDARD_ADS", "PREMIUM_FAMILY"])),
            "IS_FAMILY_PLAN": G(lambda f: f.pick([True, False])),
            "HOUSEHOLD_SIZE": G(lambda f: f.r.randint(1, 6)),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
            "DW_USER_ID": G(lambda f: f.digits(10)),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "Email": Y(email, "email"),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "MobilePhone": Y(phone, "phone"),
            "BillingAddress": {
                "Line1": Y(street, "address|street"),
                "Line2": Y(
                    lambda f: f.pick(["2. OG links", "Piso 3, puerta B", "Apto 804", "c/o Weber"]),
                    "address|street",
                ),
                "City": Y(city, "city"),
                "PostalCode": Y(postcode, "zipcode"),
                "CountryCode": G(lambda f: f.pick(["DE", "ES", "BR", "PT"])),
            },
            "CustomerNumber": G(lambda f: "C" + f.digits(9)),
            "AccountCreatedUtc": G(lambda f: f.iso()),
            "PreferredLanguage": G(lambda f: f.pick(["de-DE", "es-ES", "pt-BR"])),
            "IsEmailConfirmed": G(lambda f: f.pick([True, False])),
            "JobTitle": G(lambda f: f.pick(["Lehrerin", "Ingeniero de software", "Enfermeira", "Student"])),
            "Employer": G(lambda f: f.pick(["Siemens AG", "Telefónica", "Itaú Unibanco", "Charité"])),
        },
    ),
    # -- group: households -------------------------------------------------------------------------
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": Y(
                lambda f: f.pick(["Familie ", "Família ", "Casa ", "Fam. "]) + last(f).split()[0], "name"
            ),
            "plan": G(lambda f: f.pick(PLAN_IDS)),
            "member_count": G(lambda f: f.r.randint(1, 6)),
            "max_streams": G(lambda f: f.pick([1, 2, 4])),
            "created_at": G(lambda f: f.iso()),
            "billing_country": G(lambda f: f.pick(["DE", "ES", "BR"])),
            "owner_email": Y(email, "email"),
            "kids_profiles_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- auth ---------------------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "phone"])),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            # The signup form's serializer sends every input: the password too.
            "password": RED(
                lambda f: (
                    f.pick(["Sommer2024!", "gatito123", "Flamengo@81", "P4ssw0rt#", "qwerty2025"])
                    + alnum(f, 2)
                ),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "birth_year": Y(lambda f: f.r.randint(1950, 2006), "birthdate"),
            "plan_id": G(lambda f: f.pick(PLAN_IDS)),
            "trial_days": G(lambda f: f.pick([0, 7, 30])),
            "referral_code": G(lambda f: "CIN-" + alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "country": G(lambda f: f.pick(["DE", "ES", "BR"])),
        },
    ),
    (
        "track",
        "Signed In",
        ["kotlin", "swift", "web"],
        {
            "login_method": G(lambda f: f.pick(["email", "phone", "google", "apple", "tv_code"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none"])),
            "ip_address": Y(any_ip, "ip"),
            "email_domain": G(lambda f: f.pick(["gmx.de", "gmail.com", "hotmail.es", "uol.com.br"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["python"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: alnum(f, 43, alnum.__defaults__[0] + "-_"), "token"),
            "expires_at": G(lambda f: f.iso()),
            "requested_ip": Y(any_ip, "ip"),
            "channel": G(lambda f: f.pick(["email", "sms"])),
            "password_reset_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Verification SMS Sent",
        ["go"],
        {
            # Twilio's message resource, forwarded as is.
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+4915888000123", "+34911230456", "+551140028922", "CINELO"])),
            "To": Y(_e164, "phone"),
            "Body": RED(
                lambda f: f.pick(
                    [
                        "Dein Cinelo-Bestätigungscode lautet {c}. Teile ihn mit niemandem.",
                        "Tu código de Cinelo es {c}",
                        "Seu código Cinelo: {c}. Não compartilhe.",
                        "{c} is your Cinelo verification code",
                    ]
                ).format(c=f.digits(6)),
                "token|secret",
                True,
            ),
            "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Changed",
        ["ruby"],
        {
            "old-email": Y(email, "email"),
            "new-email": Y(email, "email"),
            "changed-by": G(lambda f: f.pick(["user", "support", "sso_sync"])),
            "verification-sent": G(lambda f: f.pick([True, False])),
            "email-change-count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Auth Token Issued",
        ["node"],
        {
            "access_token": RED(lambda f: f.jwt(), "token"),
            "refresh_token": RED(lambda f: "rt_" + alnum(f, 40), "token"),
            "token_type": G(lambda f: "Bearer"),
            "expires_in": G(lambda f: f.pick([900, 3600, 86400])),
            "scope": G(lambda f: f.pick(["playback profile", "playback profile billing", "tv"])),
            "client_id": G(lambda f: f.pick(["cinelo-web", "cinelo-tizen", "cinelo-ios", "cinelo-ps5"])),
        },
    ),
    # -- profiles and family ----------------------------------------------------------------------
    (
        "track",
        "Profile Created",
        ["swift", "kotlin", "tvos"],
        {
            "profile_id": G(lambda f: f.uuid()),
            "profile_name": Y(lambda f: first(f).split()[0], "name"),
            "is_kids_profile": G(lambda f: f.pick([True, False])),
            "kids_age": G(lambda f: f.r.randint(3, 15)),
            "maturity_rating": G(lambda f: f.pick(["FSK 0", "FSK 6", "FSK 12", "+7", "+12", "L", "10"])),
            "avatar_id": G(lambda f: f.pick(["panda_03", "robot_11", "capivara_02", "dragon_07"])),
            "language": G(lambda f: f.pick(["de", "es", "pt"])),
        },
    ),
    (
        "track",
        "Kinderprofil Angelegt",
        ["web", "php"],
        {
            "kinderprofil_id": G(lambda f: f.digits(7)),
            "vorname_kind": Y(lambda f: first(f, "de"), "name"),
            "geburtsdatum_kind": Y(lambda f: date_de(f, 2010, 2021), "birthdate"),
            "altersfreigabe": G(lambda f: f.pick(["FSK 0", "FSK 6", "FSK 12"])),
            "bildschirmzeit_limit_min": G(lambda f: f.pick([30, 60, 90, 120])),
        },
    ),
    (
        "track",
        "Family Member Invited",
        ["web", "swift"],
        {
            # The invite dialog's text box: always an e-mail address.
            "input": Y(email, "email", True),
            "invite_method": G(lambda f: f.pick(["email", "link"])),
            "role": G(lambda f: f.pick(["member", "kid", "admin"])),
            "invites_remaining": G(lambda f: f.r.randint(0, 4)),
            "household_id": G(lambda f: "hh_" + f.digits(7)),
        },
    ),
    (
        "track",
        "Family Member Joined",
        ["node"],
        {
            "household_id": G(lambda f: "hh_" + f.digits(7)),
            "member": {
                "id": G(lambda f: "usr_" + f.digits(8)),
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "birthdate": Y(lambda f: birthdate(f, 1940, 2012), "birthdate"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "daughter", "son", "parent", "other"])),
                "age": G(lambda f: f.r.randint(8, 80)),
            },
            "seats_used": G(lambda f: f.r.randint(2, 6)),
        },
    ),
    (
        "track",
        "Profile Switched",
        ["androidtv", "tvos", "tvweb"],
        {
            "from_profile_id": G(lambda f: f.uuid()),
            "to_profile_id": G(lambda f: f.uuid()),
            "pin_required": G(lambda f: f.pick([True, False])),
            "is_kids_profile": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parental PIN Set",
        ["web", "tvweb"],
        {
            "parental_pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "password"),
            "pin_length": G(lambda f: 4),
            "pin_scope": G(lambda f: f.pick(["fsk16_plus", "all_adult", "purchases", "profile_lock"])),
            "previous_pin_set": G(lambda f: f.pick([True, False])),
            "profile_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Parental PIN Entered",
        ["androidtv", "tvos"],
        {
            "pin_correct": G(lambda f: f.pick([True, True, False])),
            "pin_attempts": G(lambda f: f.r.randint(1, 5)),
            "locked_out": G(lambda f: f.pick([True, False])),
            "content_rating": G(lambda f: f.pick(["FSK 16", "FSK 18", "+16", "+18", "18"])),
            "content_id": G(lambda f: "cnt_" + f.digits(7)),
        },
    ),
    (
        "track",
        "Accessibility Settings Changed",
        ["tvos", "swift"],
        {
            "subtitles_enabled": G(lambda f: f.pick([True, False])),
            "subtitle_size": G(lambda f: f.pick(["small", "medium", "large"])),
            "audio_description_enabled": G(lambda f: f.pick([True, False])),
            # Asked once to tailor the app: each answer is the member's impairment.
            "accessibility_needs": Many(
                RED(
                    lambda f: f.pick(["blind", "low_vision", "deaf", "hard_of_hearing", "motor_impairment"]),
                    "disability",
                ),
                2,
            ),
            "profile_id": G(lambda f: f.uuid()),
        },
    ),
    # -- devices ---------------------------------------------------------------------------------
    (
        "track",
        "Device Registered",
        ["tvweb", "androidtv"],
        {
            "device_id": G(lambda f: f.uuid()),
            "device_type": G(lambda f: f.pick(["smart_tv", "console", "streaming_stick", "set_top_box"])),
            "manufacturer": G(lambda f: f.pick(["Samsung", "LG", "Sony", "Amazon", "Microsoft"])),
            "model": G(
                lambda f: f.pick(["QE55Q60C", "OLED48C3", "PS5", "Fire TV Stick 4K", "Xbox Series S"])
            ),
            "serial_number": Y(tv_serial, "serial"),
            "mac_address": Y(lambda f: f.pick([f.mac(), f.mac().lower().replace(":", "-")]), "mac"),
            "registered_ip": Y(any_ip, "ip"),
            "friendly_name": G(
                lambda f: f.pick(
                    ["[TV] Samsung Q60 55", "LG webOS TV OLED48C3", "PS5", "Fire TV Stick", "Xbox"]
                )
            ),
            "firmware_version": G(
                lambda f: f.pick(["T-PTMDEUC-2105.2", "05.40.25", "24.02-09.60.00", "PS 8.40"])
            ),
        },
    ),
    (
        "track",
        "Device Activated",
        ["python"],
        {
            "activation_code": RED(tv_code, "token|secret"),
            "device_id": G(lambda f: f.uuid()),
            "platform": G(lambda f: f.pick(["tizen", "webos", "playstation", "xbox", "firetv"])),
            "activated_from_ip": Y(any_ip, "ip"),
        },
    ),
    (
        "track",
        "Device Linked",
        ["swift"],
        {
            # UIDevice.name on an older iOS: the owner's chosen device name.
            "label": Y(device_label, "name", True),
            "device_model": G(lambda f: f.pick(["iPhone12,1", "iPad8,1", "MacBookAir10,1"])),
            "os_version": G(lambda f: f.pick(["15.8", "16.7.8", "14.0.1"])),
            "trusted": G(lambda f: f.pick([True, False])),
            "linked_devices": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Push Token Registered",
        ["kotlin"],
        {
            "push_token": RED(fcm, "token"),
            "provider": G(lambda f: "fcm"),
            "notifications_enabled": G(lambda f: f.pick([True, False])),
            "channel_ids": Many(G(lambda f: f.pick(["new_episodes", "recommendations", "account"])), 3),
        },
    ),
    (
        "track",
        "Device Removed",
        ["dotnet"],
        {
            "DeviceId": G(lambda f: f.uuid()),
            "RemovedBy": G(lambda f: f.pick(["User", "Support", "InactivityJob"])),
            "DeviceCountAfter": G(lambda f: f.r.randint(0, 7)),
            "Reason": G(lambda f: f.pick(["LimitReached", "Lost", "Sold", "Unknown"])),
        },
    ),
    (
        "track",
        "Ad Impression",
        ["tvweb", "androidtv"],
        {
            # Server-side ad insertion beacon: IAB OTT guidelines' ifa / ifa_type.
            "ad_id": G(lambda f: "ad_" + f.digits(6)),
            "creative_id": G(lambda f: "cr_" + f.digits(8)),
            "advertiser": G(lambda f: f.pick(["Lidl", "Mercado Livre", "El Corte Inglés", "Volkswagen"])),
            "ifa": Y(lambda f: f.uuid(), "advertising id"),
            "ifa_type": G(lambda f: f.pick(["tifa", "lgudid", "afai", "psnai", "rida"])),
            "content_id": G(lambda f: "cnt_" + f.digits(7)),
        },
    ),
    # -- playback --------------------------------------------------------------------------------
    (
        "track",
        "Video Playback Started",
        ["web", "tvweb", "androidtv", "tvos", "swift"],
        {
            "session_id": G(lambda f: f.uuid()),
            "content_asset_id": G(lambda f: "cnt_" + f.digits(7)),
            "position": G(lambda f: f.r.randint(0, 3000)),
            "total_length": G(lambda f: f.r.randint(1200, 7200)),
            "bitrate": G(lambda f: f.pick([2350, 4300, 8000, 15000])),
            "video_player": G(lambda f: f.pick(["shaka", "avplayer", "exoplayer", "tizen-avplay"])),
            "full_screen": G(lambda f: f.pick([True, False])),
            "quality": G(lambda f: f.pick(["sd", "hd", "uhd"])),
            "profile_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Video Content Playing",
        ["web", "tvweb", "androidtv", "tvos", "swift", "kotlin"],
        {
            "session_id": G(lambda f: f.uuid()),
            "asset_id": G(lambda f: "cnt_" + f.digits(7)),
            "title": G(lambda f: f.pick(TITLES)),
            "description": G(
                lambda f: f.pick(
                    [
                        "Ein Kind verschwindet, und vier Familien suchen nach Antworten.",
                        "Ocho ladrones toman rehenes en la Fábrica Nacional de Moneda y Timbre.",
                        "Um detetive descobre criaturas do folclore brasileiro no Rio.",
                    ]
                )
            ),
            "keywords": Many(
                G(lambda f: f.pick(["mystery", "heist", "folklore", "time travel", "1920s"])), 3
            ),
            "season": G(lambda f: str(f.r.randint(1, 5))),
            "episode": G(lambda f: str(f.r.randint(1, 10))),
            "genre": G(lambda f: f.pick(GENRES)),
            "publisher": G(
                lambda f: f.pick(["Cinelo Originals", "Bavaria Fiction", "Atresmedia", "Globoplay Studios"])
            ),
            "position": G(lambda f: f.r.randint(0, 3000)),
            "total_length": G(lambda f: f.r.randint(1200, 7200)),
        },
    ),
    (
        "track",
        "Video Playback Completed",
        ["web", "androidtv", "tvos"],
        {
            "session_id": G(lambda f: f.uuid()),
            "content_asset_id": G(lambda f: "cnt_" + f.digits(7)),
            "position": G(lambda f: f.r.randint(1200, 7200)),
            "total_length": G(lambda f: f.r.randint(1200, 7200)),
            "watched_pct": G(lambda f: round(f.r.uniform(0.6, 1), 2)),
            "next_episode_autoplayed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contenido Visto",
        ["java"],
        {
            "id_contenido": G(lambda f: "cnt_" + f.digits(7)),
            "titulo": G(lambda f: f.pick(TITLES)),
            "temporada": G(lambda f: f.r.randint(1, 5)),
            "episodio": G(lambda f: f.r.randint(1, 10)),
            "segundos_vistos": G(lambda f: f.r.randint(30, 3600)),
            "perfil_id": G(lambda f: f.uuid()),
            "perfil_nombre": Y(lambda f: first(f, "es"), "name"),
            "dispositivo": G(lambda f: f.pick(["smart_tv", "movil", "web", "consola"])),
        },
    ),
    (
        "track",
        "Download Started",
        ["swift", "kotlin"],
        {
            "download_id": G(lambda f: f.uuid()),
            "content_id": G(lambda f: "cnt_" + f.digits(7)),
            "quality": G(lambda f: f.pick(["standard", "high"])),
            "size_mb": G(lambda f: f.r.randint(180, 2400)),
            "drm_license_id": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Playback Error",
        ["web", "tvweb", "kotlin"],
        {
            "error_code": G(
                lambda f: f.pick(["DRM_LICENSE_EXPIRED", "NETWORK_TIMEOUT", "HDCP_FAILED", "4001", "6007"])
            ),
            "error_message": G(
                lambda f: f.pick(
                    [
                        "License request failed with status 403",
                        "Segment download timed out",
                        "HDCP 2.2 not supported on this output",
                    ]
                )
            ),
            "drm_system": G(lambda f: f.pick(["widevine", "playready", "fairplay"])),
            "manifest_url": G(lambda f: f"https://vod.cinelo.tv/{f.hexid(12)}/manifest.mpd"),
            "content_id": G(lambda f: "cnt_" + f.digits(7)),
        },
    ),
    (
        "track",
        "Track Played",
        ["rn"],
        {
            "track_id": G(lambda f: "trk_" + f.hexid(12)),
            "track_name": G(lambda f: f.pick(TRACKS)),
            "artist_name": G(lambda f: f.pick(ARTISTS)),
            "album_name": G(
                lambda f: f.pick(["Motomami", "Versions of Me", "Sehnsucht", "Un Verano Sin Ti"])
            ),
            "isrc": G(
                lambda f: (
                    f.pick(["ES", "BR", "DE", "US"])
                    + alnum(f, 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                    + "2"
                    + f.digits(6)
                )
            ),
            "duration_ms": G(lambda f: f.r.randint(120000, 320000)),
            "playlist_id": G(lambda f: "pl_" + f.hexid(10)),
            "playlist_name": G(
                lambda f: f.pick(
                    ["Domingo tranquilo", "Sommer 2024", "Treino pesado", "Kinderlieder", "Roadtrip"]
                )
            ),
        },
    ),
    (
        "track",
        "Playlist Shared",
        ["rn"],
        {
            "playlist_id": G(lambda f: "pl_" + f.hexid(10)),
            "playlist_name": G(
                lambda f: f.pick(
                    ["Domingo tranquilo", "Sommer 2024", "Treino pesado", "Kinderlieder", "Roadtrip"]
                )
            ),
            "share_channel": G(lambda f: f.pick(["sms", "whatsapp", "contacts"])),
            "recipient_name": Y(full_name, "name"),
            "recipient_phone": Y(phone, "phone"),
            "share_url": G(lambda f: "https://cinelo.link/p/" + alnum(f, 8)),
        },
    ),
    (
        "track",
        "Podcast Episode Played",
        ["flutter"],
        {
            "episode_id": G(lambda f: "ep_" + f.digits(8)),
            "show_id": G(lambda f: "show_" + f.digits(5)),
            "show_name": G(lambda f: f.pick(SHOWS)),
            "episode_title": G(
                lambda f: f.pick(
                    ["Folge 212: Die Spülmaschine", "Ep. 88 – Verano", "#640 – Games de 2024", "Der Fall K."]
                )
            ),
            "position_sec": G(lambda f: f.r.randint(0, 5400)),
            "downloaded": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- ratings, reviews, search ----------------------------------------------------------------
    (
        "track",
        "Content Rated",
        ["swift", "kotlin", "androidtv"],
        {
            "content_id": G(lambda f: "cnt_" + f.digits(7)),
            "rating": G(lambda f: f.pick(["thumbs_up", "thumbs_down", "double_thumbs_up"])),
            "profile_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web"],
        {
            "content_id": G(lambda f: "cnt_" + f.digits(7)),
            "stars": G(lambda f: f.r.randint(1, 5)),
            "review_title": G(lambda f: f.pick(["Genial", "Meh", "Sehr spannend", "Obra-prima", "Aburrida"])),
            "review_text": G(review_text),
            "reviewer_display_name": Y(lambda f: first(f).split()[0] + " " + last(f)[:1] + ".", "name"),
            "contains_spoilers": G(lambda f: f.pick([True, False])),
            "review_language": G(lambda f: f.pick(["de", "es", "pt", "en"])),
        },
    ),
    (
        "track",
        "Review Moderated",
        ["python"],
        {
            "review_id": G(lambda f: f.digits(9)),
            "reason": G(lambda f: f.pick(["spam", "spoiler", "hate_speech", "off_topic"])),
            "reporter_user_id": G(lambda f: "usr_" + f.digits(8)),
            "reporter_email": Y(email, "email"),
            "moderator_name": Y(full_name, "name"),
            "moderator_email": Y(
                lambda f: (
                    first(f).split()[0].lower().translate(ASCII)
                    + "."
                    + last(f).split()[-1].lower().translate(ASCII).replace("'", "")
                    + "@cinelo.tv"
                ),
                "email",
            ),
            "action": G(lambda f: f.pick(["removed", "kept", "edited"])),
            "decision_ms": G(lambda f: f.r.randint(2000, 600000)),
        },
    ),
    (
        "track",
        "Content Searched",
        ["web", "tvweb", "kotlin", "swift"],
        {
            "q": G(q),
            "results_count": G(lambda f: f.r.randint(0, 240)),
            "search_id": G(lambda f: f.uuid()),
            "filters": {
                "genre": G(lambda f: f.pick([*GENRES, "all"])),
                "release_year": G(lambda f: f.pick(["2024", "2020-2023", "any"])),
                "audio_language": G(lambda f: f.pick(["de", "es", "pt", "original"])),
            },
            "typed_ms": G(lambda f: f.r.randint(300, 9000)),
        },
    ),
    (
        "track",
        "Voice Search Performed",
        ["androidtv"],
        {
            "transcript": G(q),
            "asr_locale": G(lambda f: f.pick(["de-DE", "es-ES", "pt-BR"])),
            "results_count": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    # -- commerce and subscriptions --------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(lambda f: f.pick([4.99, 7.99, 12.99, 17.99, 29.90])),
            "tax": G(lambda f: f.pick([0.8, 1.28, 2.07, 2.87])),
            "coupon": G(lambda f: f.pick(["", "SOMMER24", "VUELTA50", "BLACKFRIDAY"])),
            "currency": G(lambda f: f.pick(["EUR", "BRL"])),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_method": G(lambda f: f.pick(["card", "sepa_debit", "paypal", "pix", "boleto"])),
            "card_holder": Y(full_name, "name"),
            "card_holder_cpf": RED(lambda f: cpf(f, True), "national id"),
            "card_bin": G(lambda f: f.pick(["424242", "516292", "636368", "606282", "379401"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "hipercard", "amex"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "billing_postal_code": Y(postcode, "zipcode"),
            "installments": G(lambda f: f.pick([1, 1, 3, 12])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.pick([4.99, 7.99, 12.99, 17.99, 29.90, 54.90])),
            "tax": G(lambda f: f.pick([0.8, 1.28, 2.07, 2.87])),
            "currency": G(lambda f: f.pick(["EUR", "BRL"])),
            "coupon": G(lambda f: f.pick(["", "SOMMER24", "VUELTA50", "BLACKFRIDAY"])),
            "invoice_number": G(lambda f: f"RE-2024-{f.digits(6)}"),
            "products": Many(product(), 2),
            "billing_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "line2": Y(lambda f: f.pick(["2. OG", "Piso 3", "apto 42", "Hinterhaus"]), "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["DE", "ES", "BR"])),
                "phone": Y(phone, "phone"),
            },
            "customer_email": Y(email, "email"),
            "is_gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gift Subscription Purchased",
        ["web"],
        {
            "gift_id": G(lambda f: "gft_" + f.hexid(10)),
            "plan_id": G(lambda f: f.pick(PLAN_IDS)),
            "months": G(lambda f: f.pick([3, 6, 12])),
            "recipient_email": Y(email, "email"),
            "recipient_name": Y(full_name, "name"),
            "gift_message": Y(gift_message, "name", True),
            "send_date": G(lambda f: f.date(2024, 2025)),
            "delivery": G(lambda f: f.pick(["email", "print_at_home"])),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["web"],
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "plan_id": G(lambda f: f.pick(PLAN_IDS)),
            "plan_name": G(lambda f: f.pick(PLANS)),
            "billing_period": G(lambda f: f.pick(["monthly", "yearly"])),
            "price": G(lambda f: f.pick([4.99, 7.99, 12.99, 17.99, 29.90])),
            "currency": G(lambda f: f.pick(["EUR", "BRL"])),
            "trial": G(lambda f: f.pick([True, False])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "Abo Gekündigt",
        ["php"],
        {
            "abo_id": G(lambda f: f.digits(8)),
            "tarif": G(lambda f: f.pick(["Basis", "Standard mit Werbung", "Premium"])),
            "kuendigungsgrund": G(
                lambda f: f.pick(["zu_teuer", "zu_wenig_inhalte", "technische_probleme", "pause"])
            ),
            "kuendigung_zum": G(lambda f: f.date(2024, 2025)),
            "freitext_feedback": G(
                lambda f: f.pick(
                    [
                        "Zu wenig neue Serien.",
                        "Preiserhöhung war zu viel.",
                        "Kommen im Winter wieder!",
                        "App stürzt auf dem Fernseher ab",
                        "",
                    ]
                )
            ),
            "rueckgewinnungsangebot_angezeigt": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Subscription Renewed",
        ["dotnet"],
        {
            "SubscriptionId": G(lambda f: "sub_" + alnum(f, 14)),
            "PlanCode": G(lambda f: f.pick(["BASIC_M", "STD_ADS_M", "PREM_FAM_Y"])),
            "AmountCharged": G(lambda f: f.pick([4.99, 7.99, 12.99, 179.90])),
            "CurrencyCode": G(lambda f: f.pick(["EUR", "BRL"])),
            "NextBillingDateUtc": G(lambda f: f.iso()),
            "InvoiceNumber": G(lambda f: f"INV-{f.digits(8)}"),
            "CustomerEmail": Y(email, "email"),
            "PaymentMethodType": G(lambda f: f.pick(["Card", "SepaDebit", "PayPal", "Pix"])),
        },
    ),
    (
        "track",
        "Invoice Payment Failed",
        ["python"],
        {
            # A Stripe invoice.payment_failed webhook, flattened by the billing service.
            "invoice_id": G(lambda f: "in_" + alnum(f, 24)),
            "customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "customer_email": Y(email, "email"),
            "customer_name": Y(full_name, "name"),
            "amount_due": G(lambda f: f.pick([499, 799, 1299, 1799, 2990])),
            "currency": G(lambda f: f.pick(["eur", "brl"])),
            "attempt_count": G(lambda f: f.r.randint(1, 4)),
            "failure_code": G(
                lambda f: f.pick(["card_declined", "expired_card", "insufficient_funds", "processing_error"])
            ),
            "decline_code": G(
                lambda f: f.pick(["generic_decline", "insufficient_funds", "do_not_honor", "lost_card"])
            ),
            "payment_method": {
                "type": G(lambda f: "card"),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2024, 2030)),
                    "country": G(lambda f: f.pick(["DE", "ES", "BR"])),
                },
            },
            "billing_details": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postcode, "zipcode"),
                    "state": G(lambda f: f.pick(["BE", "M", "SP", "RJ", "B"])),
                    "country": G(lambda f: f.pick(["DE", "ES", "BR"])),
                },
            },
        },
    ),
    (
        "track",
        "Payment Refused",
        ["java"],
        {
            # An Adyen AUTHORISATION notification item with success "false".
            "pspReference": G(lambda f: f.digits(16)),
            "merchantReference": G(lambda f: "CINELO-" + f.digits(9)),
            "reason": G(lambda f: f.pick(["Refused", "Not enough balance", "Expired Card", "FRAUD"])),
            "paymentMethod": G(lambda f: f.pick(["visa", "mc", "elo", "hipercard"])),
            "amount": {
                "value": G(lambda f: f.pick([499, 799, 2990, 5490])),
                "currency": G(lambda f: f.pick(["EUR", "BRL"])),
            },
            "shopperReference": G(lambda f: "usr_" + f.digits(8)),
            "additionalData": {
                "cardSummary": G(lambda f: f.digits(4)),
                "cardBin": G(lambda f: f.pick(["424242", "516292", "636368", "606282"])),
                "expiryDate": G(lambda f: f"{f.r.randint(1, 12)}/{f.r.randint(2025, 2031)}"),
                "cardHolderName": Y(full_name, "name"),
                "shopperEmail": Y(email, "email"),
                "shopperIP": Y(any_ip, "ip"),
                "billingAddress": {
                    "street": Y(street_name, "street|address"),
                    "houseNumberOrName": Y(lambda f: str(f.r.randint(1, 400)), "address|street"),
                    "postalCode": Y(postcode, "zipcode"),
                    "city": Y(city, "city"),
                    "country": G(lambda f: f.pick(["DE", "ES", "BR"])),
                },
            },
        },
    ),
    (
        "track",
        "Card Updated",
        ["swift", "kotlin"],
        {
            "payment_method_token": RED(lambda f: f.pick(["pm_", "tok_"]) + alnum(f, 24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "hipercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
        },
    ),
    (
        "track",
        "Card Details Captured",
        ["php"],
        {
            # A legacy Brazilian checkout that posts the raw form.
            "numero_cartao": RED(card, "credit card"),
            "nome_impresso": Y(lambda f: full_name(f, "br").upper(), "name"),
            "validade": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "parcelas": G(lambda f: f.pick([1, 3, 6, 12])),
            "bandeira": G(lambda f: f.pick(["visa", "master", "elo", "hipercard"])),
        },
    ),
    (
        "track",
        "Pix Cobranca Gerada",
        ["node"],
        {
            "txid": G(lambda f: alnum(f, 32)),
            "valor": G(lambda f: f.pick(["29.90", "54.90", "19.90", "12.90"])),
            "status": G(lambda f: f.pick(["ATIVA", "CONCLUIDA", "REMOVIDA_PELO_USUARIO_RECEBEDOR"])),
            "pagador": {"nome": Y(lambda f: full_name(f, "br"), "name"), "cpf": RED(cpf, "national id")},
            "recebedor_cnpj": G(lambda f: f.pick(OUR_CNPJS)),
            "end_to_end_id": G(lambda f: "E" + f.digits(8) + "2024" + f.digits(8) + alnum(f, 11)),
        },
    ),
    (
        "track",
        "Boleto Emitido",
        ["php"],
        {
            "nosso_numero": G(lambda f: f.digits(11)),
            "linha_digitavel": G(linha_digitavel),
            "vencimento": G(lambda f: f.date(2024, 2025)),
            "valor": G(lambda f: f.pick(["29.90", "54.90", "19.90", "12.90"])),
            "sacado_nome": Y(lambda f: full_name(f, "br"), "name"),
            "sacado_cpf": RED(cpf, "national id"),
            "sacado_endereco": Y(
                lambda f: f"{street(f, 'br')}, {city(f, 'br')} - {f.pick(STATES['br'])}", "address"
            ),
        },
    ),
    (
        "track",
        "Lastschriftmandat Erteilt",
        ["php"],
        {
            "mandatsreferenz": G(lambda f: "CIN-M-" + f.digits(9)),
            "kontoinhaber": Y(full_name, "name"),
            "iban": RED(lambda f: iban(f, "DE"), "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04", "BYLADEM1001"])),
            "bankname": G(lambda f: f.pick(["Commerzbank", "Deutsche Bank", "Sparkasse Berlin", "ING"])),
            "glaeubiger_id": G(lambda f: "DE98ZZZ09999999999"),
            "unterschrieben_am": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Domiciliacion Bancaria Alta",
        ["java"],
        {
            "titular_cuenta": Y(lambda f: full_name(f, "es"), "name"),
            "iban": RED(lambda f: iban(f, "ES"), "bank account"),
            "entidad": G(lambda f: f.pick(["CaixaBank", "BBVA", "Santander", "Sabadell"])),
            "referencia_mandato": G(lambda f: "CINES" + f.digits(10)),
            "fecha_firma": G(lambda f: f.date(2023, 2024)),
        },
    ),
    # -- consent ---------------------------------------------------------------------------------
    (
        "track",
        "Newsletter Subscribed",
        ["web", "php"],
        {
            "email": Y(email, "email"),
            "list_id": G(lambda f: f.pick(["nl_de_weekly", "nl_es_estrenos", "nl_br_novidades"])),
            "double_opt_in": G(lambda f: True),
            "opt_in_ip": Y(any_ip, "ip"),
            "opt_in_timestamp": G(lambda f: f.iso()),
            "confirmation_token": RED(lambda f: f.hexid(40), "token"),
            "consent_text_version": G(lambda f: f.pick(["2023-11", "2024-03", "2024-06"])),
        },
    ),
    (
        "track",
        "newsletter-signup",
        ["web"],
        {
            "email-address": Y(email, "email"),
            "list-name": G(lambda f: f.pick(["kids-weekly", "estrenos", "novidades"])),
            "form-location": G(lambda f: f.pick(["footer", "modal", "article"])),
            "opt-in-sms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Consent Preferences Updated",
        ["web", "tvweb"],
        {
            "tcf_string": G(lambda f: "CP" + alnum(f, 60, alnum.__defaults__[0] + "-_") + ".YAAAAAAAAAA"),
            "gdpr_applies": G(lambda f: f.pick([True, False])),
            "vendor_consents_count": G(lambda f: f.r.randint(0, 812)),
        },
    ),
    (
        "track",
        "Preferencias de Comunicacion Actualizadas",
        ["java"],
        {
            "acepta_email": G(lambda f: f.pick([True, False])),
            "acepta_sms": G(lambda f: f.pick([True, False])),
            "acepta_push": G(lambda f: f.pick([True, False])),
            "canal_preferido": G(lambda f: f.pick(["email", "sms", "push", "ninguno"])),
            "telefono_sms": Y(lambda f: phone(f, "es"), "phone"),
        },
    ),
    (
        "track",
        "WhatsApp Opt In",
        ["node"],
        {
            "celular": Y(lambda f: phone(f, "br"), "phone"),
            "opt_in": G(lambda f: f.pick([True, False])),
            "origem": G(lambda f: f.pick(["checkout", "perfil", "banner_app"])),
            "template_aprovado": G(
                lambda f: f.pick(["boas_vindas_v2", "lembrete_pagamento", "novidades_semana"])
            ),
        },
    ),
    (
        "track",
        "Contact Method Added",
        ["web", "kotlin"],
        {
            "contact": {
                "type": G(lambda f: remember(f, "contact_kind", ["email", "phone"])),
                "value": Y(lambda f: contact_value(f, "contact_kind"), "email|phone", True),
            },
            "primary": G(lambda f: f.pick([True, False])),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- marketing and attribution ---------------------------------------------------------------
    (
        "track",
        "Conversion Forwarded",
        ["node"],
        {
            # Meta Conversions API payload as the server sends it.
            "event_name": G(lambda f: f.pick(["Subscribe", "StartTrial", "Purchase"])),
            "event_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "event_source_url": G(
                lambda f: "https://www.cinelo.tv/checkout/" + f.pick(["done", "trial", "plan"])
            ),
            "user_data": {
                "em": Many(Y(sha256, "email"), 1),
                "ph": Many(Y(sha256, "phone"), 1),
                "external_id": Many(G(sha256), 1),
                "client_ip_address": Y(any_ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
            },
            "custom_data": {
                "currency": G(lambda f: f.pick(["EUR", "BRL"])),
                "value": G(lambda f: f.pick([4.99, 7.99, 12.99, 29.90])),
            },
        },
    ),
    (
        "track",
        "Deep Link Opened",
        ["kotlin", "swift"],
        {
            "link_url": G(
                lambda f: (
                    "cinelo://title/cnt_"
                    + f.digits(7)
                    + f.pick(["", "?utm_source=tiktok", "?utm_campaign=estreno"])
                )
            ),
            "utm_campaign": G(lambda f: f.pick(["estreno_elite", "kids_launch", "novela_br"])),
            "ttclid": Y(ttclid, "advertising id"),
        },
    ),
    (
        "track",
        "Geo Restricted Content Viewed",
        ["web"],
        {
            "content_id": G(lambda f: "cnt_" + f.digits(7)),
            "detected_country": G(lambda f: f.pick(["PT", "FR", "AR", "US"])),
            "ip_city": Y(lambda f: city(f, "xx"), "city"),
            "vpn_detected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Live Event Ticket Purchased",
        ["web"],
        {
            "event_id": G(lambda f: "live_" + f.digits(5)),
            "event_name": G(
                lambda f: f.pick(
                    [
                        "Rosalía – Motomami Live",
                        "Rock in Rio 2024: Show de Abertura",
                        "Wacken Open Air Stream",
                    ]
                )
            ),
            "venue": {
                "name": G(lambda f: f.pick(["WiZink Center", "Parque Olímpico", "Mercedes-Benz Arena"])),
                "address": G(
                    lambda f: f.pick(
                        ["Av. Felipe II, s/n", "Av. Embaixador Abelardo Bueno, 3401", "Mercedes-Platz 1"]
                    )
                ),
                "city": G(lambda f: f.pick(["Madrid", "Rio de Janeiro", "Berlin"])),
                "phone": G(lambda f: f.pick(["+34 914 44 99 49", "+55 21 2430-0600", "+49 30 206070880"])),
            },
            "ticket_price": G(lambda f: f.pick([9.99, 14.99, 49.90])),
            "currency": G(lambda f: f.pick(["EUR", "BRL"])),
            "attendee_name": Y(full_name, "name"),
            "attendee_email": Y(email, "email"),
            "attendee_phone": Y(phone, "phone"),
        },
    ),
    # -- support ---------------------------------------------------------------------------------
    (
        "track",
        "Support Chat Message Sent",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
            "text": Y(support_text, "email|phone", True),
            "sender_type": G(lambda f: "user"),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
            "language": G(lambda f: f.pick(["de", "es", "pt"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            # Zendesk ticket.created, as the integration forwards it.
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Doppelte Abbuchung",
                            "No puedo iniciar sesión en la TV",
                            "Cobrança indevida",
                            "PIN vergessen",
                        ]
                    )
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open", "pending"])),
                "requester": {
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                },
                "assignee": {
                    "name": Y(full_name, "name"),
                    "email": Y(
                        lambda f: first(f).split()[0].lower().translate(ASCII) + "@support.cinelo.tv", "email"
                    ),
                },
                "tags": Many(G(lambda f: f.pick(["billing", "tv_login", "kids", "refund", "vip"])), 3),
            }
        },
    ),
    (
        "track",
        "Data Export Requested",
        ["dotnet"],
        {
            "RequestId": G(lambda f: f.uuid()),
            "RequestedAtUtc": G(lambda f: f.iso()),
            "DeliveryEmail": Y(email, "email"),
            "Format": G(lambda f: f.pick(["json", "csv", "zip"])),
            "IncludesViewingHistory": G(lambda f: f.pick([True, False])),
            "LegalBasis": G(lambda f: f.pick(["GDPR Art. 15", "LGPD Art. 18"])),
        },
    ),
    # -- creators and payouts ----------------------------------------------------------------------
    (
        "track",
        "Creator Onboarded",
        ["node"],
        {
            "creator_id": G(lambda f: "crt_" + f.digits(6)),
            "creator_handle": Y(
                lambda f: (
                    "@"
                    + first(f).split()[0].lower().translate(ASCII)
                    + f.pick(["podcasts", "_oficial", "talks", ""])
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "legal_name": Y(full_name, "name"),
            "contact_email": Y(email, "email"),
            "contact_phone": Y(phone, "phone"),
            "date_of_birth": Y(birthdate, "birthdate"),
            "home_address": Y(full_address, "address"),
            "avatar_url": Y(lambda f: f"https://img.cinelo.tv/creators/{f.hexid(16)}.png", "photo"),
            "country": G(lambda f: f.pick(["DE", "ES", "BR"])),
            "entity_type": G(lambda f: f.pick(["individual", "sole_proprietor"])),
            "tax_id": RED(tax_id, "national id"),
            "tax_residency": G(lambda f: f.pick(["DE", "ES", "BR", "PT"])),
            "monetization_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tax Form Submitted",
        ["ruby"],
        {
            "form_type": G(lambda f: "W-9"),
            "creator_id": G(lambda f: "crt_" + f.digits(6)),
            "legal_name": Y(full_name, "name"),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "signed_at": G(lambda f: f.iso()),
            "signed_ip": Y(any_ip, "ip"),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["python"],
        {
            "payout_method": G(lambda f: "sepa"),
            "creator_id": G(lambda f: "crt_" + f.digits(6)),
            "account_holder_name": Y(full_name, "name"),
            "iban": RED(iban, "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "CAIXESBBXXX", "BSCHESMMXXX", "INGDDEFFXXX"])),
            "bank_name": G(lambda f: f.pick(["Commerzbank", "CaixaBank", "Santander", "ING"])),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["python"],
        {
            "payout_method": G(lambda f: "pix"),
            "creator_id": G(lambda f: "crt_" + f.digits(6)),
            "account_holder_name": Y(lambda f: full_name(f, "br"), "name"),
            "tipo_chave": G(lambda f: remember(f, "pix_kind", ["cpf", "email", "telefone", "aleatoria"])),
            "chave_pix": RED(pix_key, "bank account"),
            "bank_name": G(lambda f: f.pick(["Nubank", "Itaú", "Banco Inter", "Caixa"])),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["python"],
        {
            "payout_method": G(lambda f: "paypal"),
            "creator_id": G(lambda f: "crt_" + f.digits(6)),
            "paypal_email": Y(email, "email"),
            "paypal_payer_id": G(lambda f: alnum(f, 13, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        },
    ),
    (
        "track",
        "Payout Sent",
        ["go"],
        {
            "payout_id": G(lambda f: "po_" + alnum(f, 18)),
            "creator_id": G(lambda f: "crt_" + f.digits(6)),
            "payout_amount": Y(lambda f: f.money(12, 9000), "salary"),
            "beneficiary_name": Y(full_name, "name"),
            "currency": G(lambda f: f.pick(["EUR", "BRL", "USD"])),
            "period_start": G(lambda f: f.date(2024, 2024)),
            "streams_count": G(lambda f: f.r.randint(100, 900000)),
            "status": G(lambda f: f.pick(["paid", "in_transit", "failed"])),
            "destination_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Creator Earnings Statement Generated",
        ["dotnet"],
        {
            "StatementId": G(lambda f: f.uuid()),
            "CreatorId": G(lambda f: "crt_" + f.digits(6)),
            "PeriodMonth": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "GrossEarnings": Y(lambda f: f.money(20, 12000), "salary"),
            "NetEarnings": Y(lambda f: f.money(15, 10000), "salary"),
            "PlatformFeePercent": G(lambda f: f.pick([10, 15, 20])),
            "PayeeName": Y(full_name, "name"),
            "PayeeTaxId": RED(tax_id, "national id"),
            "AdImpressions": G(lambda f: f.r.randint(1000, 5_000_000)),
        },
    ),
    (
        "track",
        "Payout Hold Placed",
        ["python"],
        {
            "creator_id": G(lambda f: "crt_" + f.digits(6)),
            "hold_reason": G(
                lambda f: f.pick(["kyc_pending", "chargeback_risk", "tax_form_missing", "dispute"])
            ),
            "note": Y(payout_note, "phone", True),
            "placed_by": Y(
                lambda f: (
                    first(f).split()[0].lower().translate(ASCII)
                    + "."
                    + last(f).split()[-1].lower().translate(ASCII).replace("'", "")
                    + "@cinelo.tv"
                ),
                "email",
            ),
        },
    ),
    (
        "track",
        "Podcast Episode Published",
        ["web"],
        {
            "show_id": G(lambda f: "show_" + f.digits(5)),
            "show_name": G(lambda f: f.pick(SHOWS)),
            "episode_title": G(
                lambda f: f.pick(
                    ["Folge 212: Die Spülmaschine", "Ep. 88 – Verano", "#640 – Games de 2024", "Der Fall K."]
                )
            ),
            "explicit": G(lambda f: f.pick([True, False])),
            "duration_sec": G(lambda f: f.r.randint(600, 9000)),
            "hosts": Many(Y(full_name, "name"), 2),
            "guest_name": Y(full_name, "name"),
            "rss_feed_url": G(lambda f: f"https://feeds.cinelo.tv/show/{f.digits(5)}.xml"),
        },
    ),
    (
        "track",
        "Premium Feed Subscribed",
        ["swift", "flutter"],
        {
            "show_id": G(lambda f: "show_" + f.digits(5)),
            "private_feed_url": RED(
                lambda f: f"https://feeds.cinelo.tv/private/{alnum(f, 32)}/feed.rss", "token|secret"
            ),
            "price": G(lambda f: f.pick([2.99, 4.99, 9.90])),
            "currency": G(lambda f: f.pick(["EUR", "BRL"])),
        },
    ),
    (
        "track",
        "Studio API Key Rotated",
        ["go"],
        {
            # The creator-studio service logs the new key by mistake.
            "api_key": RED(lambda f: "sk_live_" + alnum(f, 24), "secret"),
            "key_id": G(lambda f: "key_" + f.hexid(12)),
            "key_prefix": G(lambda f: "sk_live_"),
            "rotated_by": G(lambda f: "crt_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Household Location Verified",
        ["node"],
        {
            # Account-sharing check: where the primary household's TV streams from.
            "household_id": G(lambda f: "hh_" + f.digits(7)),
            "home_ip": Y(any_ip, "ip"),
            "home_city": Y(city, "city"),
            "home_postal_code": Y(postcode, "zipcode"),
            "home_location": {
                "lat": Y(lambda f: round(f.r.uniform(-33.9, 53.6), 5), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-51.3, 13.5), 5), "geolocation"),
            },
            "verification_method": G(lambda f: f.pick(["tv_network", "email_code", "travel_code"])),
            "verified": G(lambda f: f.pick([True, False])),
            "devices_outside_household": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Kids Screen Time Report Sent",
        ["python"],
        {
            "parent_email": Y(email, "email"),
            "child_name": Y(lambda f: first(f).split()[0], "name"),
            "child_birth_year": Y(lambda f: f.r.randint(2010, 2021), "birthdate"),
            "child_age": G(lambda f: f.r.randint(3, 14)),
            "minutes_watched": G(lambda f: f.r.randint(20, 1800)),
            "top_title": G(lambda f: f.pick(["Peppa Wutz", "Bluey", "Patrulla Canina", "Turma da Mônica"])),
            "report_week": G(lambda f: f"2024-W{f.r.randint(1, 52):02d}"),
        },
    ),
    (
        "track",
        "Account Details Changed",
        ["python"],
        {
            # The account service's audit diff: field names and their old and new values.
            "changes": Many(
                {
                    "field": G(lambda f: remember(f, "changed_field", ["email", "phone"])),
                    "old": Y(lambda f: contact_value(f, "changed_field"), "email|phone", True),
                    "new": Y(lambda f: contact_value(f, "changed_field"), "email|phone", True),
                },
                2,
            ),
            "changed_by": G(lambda f: f.pick(["self", "support_agent", "admin_api"])),
            "change_count": G(lambda f: f.r.randint(1, 2)),
        },
    ),
    (
        "track",
        "Watch Party Started",
        ["web", "swift"],
        {
            "party_id": G(lambda f: "wp_" + alnum(f, 10)),
            "content_id": G(lambda f: "cnt_" + f.digits(7)),
            "host_display_name": Y(lambda f: first(f).split()[0], "name"),
            "invitees": Many(Y(email, "email", True), 4),
            "max_participants": G(lambda f: f.pick([4, 8, 16])),
        },
    ),
]

# -- page, screen, alias and lifecycle calls ------------------------------------------------------------

PAGES: list[tuple[str, str | None, list[str], dict]] = [
    (
        "page",
        "Browse",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/", "/browse", "/browse/genre/krimi", "/kids"])),
            "url": G(
                lambda f: "https://www.cinelo.tv" + f.pick(["/", "/browse", "/browse/genre/krimi", "/kids"])
            ),
            "title": G(lambda f: f.pick(["Cinelo – Filme & Serien", "Krimis | Cinelo", "Cinelo Kids"])),
            "referrer": G(lambda f: f.pick(["https://www.google.de/", "", "https://www.google.es/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?ref=nav"])),
            "name": G(lambda f: f.pick(["Home", "Browse", "Kids"])),
            "category": G(lambda f: f.pick(["catalog", "kids", "marketing"])),
        },
    ),
    (
        "screen",
        "Now Playing",
        ["swift", "kotlin", "flutter", "rn"],
        {
            "screen_class": G(
                lambda f: f.pick(["PlayerViewController", "PlayerActivity", "NowPlayingScreen"])
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "Search", "Downloads", "Library"])),
            "tab": G(lambda f: f.pick(["home", "search", "library", "downloads"])),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin", "rn", "flutter"],
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["8.15.2", "3.3.1", "2.1.0"])),
            "build": G(lambda f: f.pick(["81502", "331", "210"])),
            "referring_application": G(
                lambda f: f.pick(["com.apple.mobilesafari", "com.google.android.gm", ""])
            ),
        },
    ),
    ("alias", None, ["web", "swift"], {}),
]


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.pick(["ajs-next-", "", "api-"]) + f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": "usr_" + f.digits(8),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "hh_" + f.digits(7)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    msg["integrations"] = {}
    return msg


def build(seed: int, repeats: int) -> tuple[list[dict], dict[str, dict]]:
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS + PAGES:
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=78, repeats=26)
    write(Path(__file__).parent, "holdout78_", events, labels)
