"""Writes holdout167: tests/corpus/holdout167_events.jsonl and holdout167_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Run it with
`.venv/bin/python -m tests.corpus.build_holdout167`; the output is deterministic (seeded).

What it covers: the everyday Segment traffic of a debt-collection, debt-advice and
buy-now-pay-later servicing platform ("Finora") working in the UK, Germany and Poland.
Creditor placements carrying debtor details; income-and-expenditure forms (the UK Standard
Financial Statement); payment arrangements, instalments and promises to pay; card payments,
Bacs direct debits, SEPA Lastschrift mandates and Polish bank transfers (BLIK included);
disputes and complaints in free text; vulnerability and hardship disclosures (illness,
bereavement, job loss), the Debt and Mental Health Evidence Form; breathing-space and
insolvency markers; court claims (UK money claims, German Mahnbescheid, Polish pre-court
demand letters); call-centre dialler attempts, SMS and e-mail sends, inbound SMS webhooks;
field-agent doorstep visits; KYC document checks; BNPL checkout (e-commerce spec events) and
instalments; a creditor `group` call, `page`, `screen` and `alias` calls.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python / node / go / java / ruby / php / .NET server libraries, with
the `context` each really sends (device, app, os, screen, network, library, locale, timezone,
userAgent, userAgentData, page, campaign, ip, traits, instanceId, location, externalIds).

Conventions: mostly camelCase and snake_case English keys; .NET PascalCase (CRM sync and the
agent console), SCREAMING_SNAKE from a warehouse reverse-ETL sync, kebab-case from a CMS form
(and SendGrid's `smtp-id`), German keys (SEPA mandate, Mahnbescheid) and Polish keys (customer profile,
przelew, wezwanie do zapłaty). Vendor-shaped payloads: Stripe-like payment objects, a Twilio
inbound-SMS webhook (From/To/Body), SendGrid-like e-mail events, Meta Conversions API user_data.

Values: names from British, Irish, Welsh, South Asian, West African, German, Turkish,
Vietnamese, Polish and Ukrainian families; UK, German and Polish phone formats; UK postcodes,
German PLZ, Polish kody pocztowe; Luhn-valid cards; mod-97 IBANs (GB, DE, PL) and Polish NRB;
PESEL, German Steuer-ID, German ID-card and Polish dowód numbers with valid check digits; UK
National Insurance numbers with valid prefixes; NHS numbers passing mod-11.

Labelling rules (each leaf path: classification, type, value_only):
- PII is personal data about a natural person: the debtor/user, a dependant, a third-party
  payer, an executor, a debt adviser, an insolvency practitioner, an agent or account manager.
  Colours are the reference's default matcher colours; outside the reference: red for
  credentials/secrets/tokens, card numbers, bank accounts, government ids and health ids; yellow
  for geolocation, advertising ids, credit scores.
- Green: ids we or creditors issue (case, placement, account reference, mandate reference,
  customer number, claim and court case numbers, Aktenzeichen, numer sprawy, postal tracking
  numbers), versions, timestamps, hashes of non-PII, amounts (balances, instalments, income and
  expenditure totals, every income-and-expenditure line except pay), enums, counters and
  booleans even under PII-sounding keys (`emailVerified`, `phone` as a monthly phone bill,
  `IS_VULNERABLE`), company, creditor, bank, product and merchant names, a creditor's or debt
  charity's own phone / address / role mailbox (the `group` call's traits), a company's number
  in a dialler or SMS webhook, a GP practice's name and phone, a call-recording URL, masked
  values showing only the last digits, e-mail Message-IDs, card brand / last four / expiry /
  BIN, sort codes and BICs, employer and occupation, ages and age bands, marital status,
  country, locale, timezone, currency, user agents, OS-issued device ids.
- Pay is `salary` (yellow): wages, partner's wages, declared net income. Benefits, pensions and
  other income lines are amounts: green.
- Billing and shipping addresses of the person are yellow (`address`, with the street / city /
  zipcode name where one fits). A creditor's or merchant's address is green.
- Health: an enum or boolean whose values can reveal a health condition (a vulnerability
  category that includes mental or physical illness, a hardship reason including illness, the
  mental-health-crisis breathing space type) is `condition` (yellow); a value list of
  accessibility needs (braille, BSL interpreter) is `disability` (red); NHS number is `health id`
  (red); medicines are `medication`. Life events that are not special categories (bereavement,
  job loss, separation) and a plain `vulnerable` flag are green.
- Salutations (Mr/Mrs/Ms/Mx, Herr/Frau/Divers) and Polish `plec` (K/M) are `gender` (yellow).
- Government ids (PESEL, Steuer-ID, NIP of a person, NI number, ID-card numbers) are
  `national id` (red), the NI number also `social security number` (its last four characters
  too, as the last four of an SSN); passport numbers `passport`; a KYC document number
  `national id|passport`; nationality `citizenship`; a selfie's URL `photo`.
- Location: a field agent's device location (`context.location`) and the doorstep visit's GPS
  fix are a person's precise location: `geolocation`. A visitor's or sender's city derived from
  IP or number is `city`.
- Hashed contact details sent for ad matching (Meta CAPI `em`, `ph`) are labelled as the contact
  detail they hash (yellow `email` / `phone`, not value_only): they exist to identify the person.
  Hashes of ids we issue are green.
- Names of deceased people are still labelled `name` (a careful owner flags them).
- Payment-method tokens (`pm_`), one-time codes (SMS OTP, BLIK), sign-in link tokens, an open
  banking access token and push tokens are red `token`.
- value_only is true when the key does not say what the value is (`value`, `label`, `q`,
  `input`, `to`, `From`, `destination`, `text`, `body`, `details`, `AgentNote`,
  `tytul_przelewu`) and only the value can tell. A value_only PII path holds that PII in every
  one of its values; free text is labelled by what every one of its values carries (a callback
  number, a first name, a third party's name, an illness), green when none of its values
  carries PII (dispute descriptions, promise-to-pay notes, doorstep notes, inbound SMS replies).
"""

import hashlib
import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------

UK_FIRST = [
    "Oliver", "Amelia", "Siobhan", "Callum", "Rhys", "Priya", "Chidi", "Adebayo", "Mohammed",
    "Aisha", "Kofi", "Nadia", "Tomasz", "Ioana", "Darius", "Bethan", "Gary", "Shauna", "Jamal",
    "Harpreet", "Eilidh", "Connor", "Yasmin", "Stacey",
]  # fmt: skip
UK_LAST = [
    "Hughes", "Clarke", "O'Connell", "MacLeod", "Pritchard", "Sharma", "Okonkwo", "Adeyemi",
    "Rahman", "Begum", "Asante", "Hussain", "Nowak", "Popescu", "Karimi", "Llewellyn", "Thompson",
    "McAllister", "Bennett", "Sandhu", "Fraser", "Doherty", "Ali", "Whitfield",
]  # fmt: skip
DE_FIRST = [
    "Jürgen", "Anke", "Mehmet", "Elif", "Thanh", "Ralf", "Svetlana", "Jana", "Dieter", "Sabine",
    "Kevin", "Ayşe", "Marco", "Lena", "Dragan", "Ute", "Tobias", "Fatma",
]  # fmt: skip
DE_LAST = [
    "Schäfer", "Meißner", "Yılmaz",  # noqa: RUF001
    "Demir", "Nguyen", "Köhler", "Becker", "Wagner", "Hoffmann",
    "Krüger", "Öztürk", "Schmitz", "Jovanović", "Weber", "Lehmann", "Zimmermann", "Kaya",
]  # fmt: skip
PL_FIRST = [
    "Małgorzata", "Krzysztof", "Agnieszka", "Łukasz", "Oksana", "Paweł", "Katarzyna", "Grzegorz",
    "Joanna", "Wojciech", "Dmytro", "Ewa", "Michał", "Beata", "Bartosz", "Zofia",
]  # fmt: skip
PL_LAST = [
    "Wiśniewska", "Wójcik", "Zielińska", "Dąbrowski", "Kovalenko", "Szymański", "Kamińska",
    "Lewandowski", "Kaczmarek", "Mazur", "Bondarenko", "Pawlak", "Grabowski", "Jabłońska",
]  # fmt: skip
COUNTRIES = ["GB", "GB", "DE", "PL"]
ASCII = str.maketrans(
    {
        "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i",  # noqa: RUF001
        "ş": "s", "ć": "c", "ł": "l", "ń": "n",
        "ó": "o", "ś": "s", "ź": "z", "ż": "z", "ą": "a", "ę": "e", "'": "", "Ł": "l", "Ö": "oe",
        "Ü": "ue", "Ä": "ae", "Ş": "s", "ğ": "g", "Ż": "z", "Ś": "s",
    }
)  # fmt: skip
MAIL_DOMAINS = {
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "icloud.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "PL": ["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"],
}


def home(f: Fake) -> str:
    """The country of the message being built (set per message), so one event's people agree."""
    return getattr(f, "country", None) or f.pick(COUNTRIES)


def first(f: Fake, c: str | None = None) -> str:
    c = c or home(f)
    return f.pick({"GB": UK_FIRST, "DE": DE_FIRST, "PL": PL_FIRST}[c])


def last(f: Fake, c: str | None = None) -> str:
    c = c or home(f)
    return f.pick({"GB": UK_LAST, "DE": DE_LAST, "PL": PL_LAST}[c])


def full(f: Fake, c: str | None = None) -> str:
    c = c or home(f)
    return f"{first(f, c)} {last(f, c)}"


def email(f: Fake, c: str | None = None) -> str:
    c = c or home(f)
    a = first(f, c).lower().translate(ASCII)
    b = last(f, c).lower().translate(ASCII)
    user = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{f.r.randint(60, 99)}"])
    return f"{user}@{f.pick(MAIL_DOMAINS[c])}"


def phone(f: Fake, c: str | None = None) -> str:
    c = c or home(f)
    d = f.digits
    if c == "GB":
        mob = "7" + str(f.r.randint(400, 999)) + d(6)
        return f.pick(
            [f"0{mob[:4]} {mob[4:]}", f"+44 {mob[:4]} {mob[4:]}", f"+44{mob}", f"0{mob}", f"0161 496 {d(4)}"]
        )
    if c == "DE":
        pre = f.pick(["151", "160", "170", "176", "157", "172"])
        return f.pick(
            [f"+49 {pre} {d(8)}", f"0{pre} {d(7)}", f"+49{pre}{d(8)}", f"030 {d(8)}", f"(089) {d(7)}"]
        )
    n = f.pick(["5", "6", "7", "88"]) + d(8)
    n = n[:9]
    return f.pick(
        [f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+48{n}"]
    )


UK_STREETS = ["Station Road", "High Street", "Church Lane", "Victoria Road", "Mill Lane", "Acacia Avenue",
              "Kingsway", "Brook Street", "Albert Terrace", "Greenbank Drive"]  # fmt: skip
UK_TOWNS = [
    ("Manchester", "M14"), ("Leeds", "LS6"), ("Bradford", "BD3"), ("Cardiff", "CF24"), ("Glasgow", "G42"),
    ("Birmingham", "B11"), ("Luton", "LU2"), ("Sunderland", "SR4"), ("Belfast", "BT9"), ("Norwich", "NR3"),
]  # fmt: skip
DE_STREETS = ["Hauptstraße", "Goethestr.", "Am Lindenhof", "Bahnhofstraße", "Schillerweg", "Kirchgasse",
              "Friedrich-Ebert-Str.", "Mühlenweg"]  # fmt: skip
DE_TOWNS = [("Berlin", "10"), ("Dortmund", "44"), ("Leipzig", "04"), ("Hamburg", "22"), ("Köln", "50"),
            ("Duisburg", "47"), ("Gelsenkirchen", "45"), ("Bremen", "28"), ("Nürnberg", "90")]  # fmt: skip
PL_STREETS = ["ul. Marszałkowska", "ul. Piotrkowska", "al. Jana Pawła II", "ul. Długa", "ul. Kościuszki",
              "os. Kalinowe", "ul. Mickiewicza", "ul. Słowackiego"]  # fmt: skip
PL_TOWNS = [("Warszawa", "0"), ("Łódź", "9"), ("Kraków", "3"), ("Wrocław", "5"), ("Poznań", "6"),
            ("Gdańsk", "8"), ("Lublin", "2"), ("Katowice", "4")]  # fmt: skip


def street(f: Fake, c: str | None = None) -> str:
    c = c or home(f)
    if c == "GB":
        return f.pick(
            [
                f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}",
                f"Flat {f.r.randint(1, 30)}, {f.pick(UK_STREETS)}",
            ]
        )
    if c == "DE":
        return f"{f.pick(DE_STREETS)} {f.r.randint(1, 140)}{f.pick(['', '', 'a', 'b'])}"
    return f"{f.pick(PL_STREETS)} {f.r.randint(1, 150)}{f.pick(['', '/' + str(f.r.randint(1, 60)), ' m. 4'])}"


def town(f: Fake, c: str | None = None) -> str:
    c = c or home(f)
    return f.pick({"GB": UK_TOWNS, "DE": DE_TOWNS, "PL": PL_TOWNS}[c])[0]


def postcode(f: Fake, c: str | None = None) -> str:
    c = c or home(f)
    if c == "GB":
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{f.pick(UK_TOWNS)[1]} {f.r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}"
    if c == "DE":
        return f.pick(DE_TOWNS)[1] + f"{f.r.randint(100, 999)}"
    return f"{f.pick(PL_TOWNS)[1]}{f.r.randint(0, 9)}-{f.r.randint(0, 999):03d}"


def one_line_address(f: Fake, c: str | None = None) -> str:
    c = c or home(f)
    if c == "PL":
        return f"{street(f, 'PL')}, {postcode(f, 'PL')} {town(f, 'PL')}"
    if c == "DE":
        return f"{street(f, 'DE')}, {postcode(f, 'DE')} {town(f, 'DE')}"
    return f"{street(f, 'GB')}, {town(f, 'GB')} {postcode(f, 'GB')}"


def dob(f: Fake, style: str = "iso") -> str:
    y, m, d = f.r.randint(1948, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    return {"iso": f"{y}-{m:02d}-{d:02d}", "uk": f"{d:02d}/{m:02d}/{y}", "de": f"{d:02d}.{m:02d}.{y}"}[style]


def day(f: Fake, year: int = 2024) -> str:
    return f"{year}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


# -- identifiers with real check digits ----------------------------------------------------------


def pesel(f: Fake) -> str:
    y, m, d = f.r.randint(1950, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{f.r.randint(0, 9999):04d}"
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    check = (10 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check)


def steuer_id(f: Fake) -> str:
    while True:
        pool = list(range(10))
        f.r.shuffle(pool)
        digits = pool[:9]
        digits.insert(f.r.randint(1, 9), f.pick(digits))
        if digits[0] == 0:
            continue
        product = 10
        for dgt in digits:
            s = (dgt + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        return "".join(map(str, digits)) + str(check)


def _alnum_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 55


def de_id_card(f: Fake) -> str:
    alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
    serial = f.pick("LMNPRTVWXY") + "".join(f.pick(alphabet) for _ in range(8))
    weights = [7, 3, 1] * 3
    check = sum(_alnum_value(c) * w for c, w in zip(serial, weights, strict=True)) % 10
    return serial + str(check)


def pl_id_card(f: Fake) -> str:
    letters = "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    rest = [f.r.randint(0, 9) for _ in range(5)]
    vals = [_alnum_value(c) for c in letters] + rest
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * w for v, w in zip(vals, weights, strict=True)) % 10
    return f"{letters}{check}{''.join(map(str, rest))}"


def nino(f: Fake) -> str:
    first_ok = "ABCEGHJKLMNOPRSTWXYZ"
    second_ok = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = f.pick(first_ok) + f.pick(second_ok)
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    num = f.digits(6)
    suffix = f.pick("ABCD")
    return f.pick([f"{prefix}{num}{suffix}", f"{prefix} {num[:2]} {num[2:4]} {num[4:]} {suffix}"])


def nhs_number(f: Fake) -> str:
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        s = "".join(map(str, body)) + str(0 if check == 11 else check)
        return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def iban(f: Fake, c: str) -> str:
    if c in ("DE", "GB"):
        return f.iban(c)
    bank = f.pick(["10201026", "11402004", "10501445", "19401076", "12401037"])
    bban = bank + f.digits(16)
    numeric = "".join(str(int(ch, 36)) for ch in bban + "PL00")
    raw = f"PL{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join([raw[:4]] + [raw[i : i + 4] for i in range(4, 28, 4)])])


def nrb(f: Fake) -> str:
    raw = iban(f, "PL").replace(" ", "")[2:]
    return f.pick([raw, f"{raw[:2]} " + " ".join(raw[i : i + 4] for i in range(2, 26, 4))])


def any_iban(f: Fake) -> str:
    return iban(f, f.pick(["GB", "DE", "PL"]))


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def b64ish(f: Fake, n: int) -> str:
    return "".join(f.pick(string.ascii_letters + string.digits + "-_") for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQiA", "EAIaIQob", "CjwKCAjw"]) + b64ish(f, 80)


def fbclid(f: Fake) -> str:
    return "IwAR" + b64ish(f, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def money(f: Fake, lo=5, hi=900) -> float:
    return f.money(lo, hi)


def case_id(f: Fake) -> str:
    return "CAS-" + f.digits(8)


def account_ref(f: Fake) -> str:
    return f.pick(["VF", "EON", "KLN", "BCD", "O2"]) + f.digits(9)


CREDITORS = [
    "Vodafone UK", "E.ON Next", "Barclaycard", "Telekom Deutschland", "Orange Polska", "Klarnet BNPL",
    "Octopus Energy", "Zalando Lounge", "PGE Obrót", "Santander Consumer Bank", "Very.co.uk",
]  # fmt: skip
CURRENCIES = ["GBP", "GBP", "EUR", "PLN"]

# -- free text --------------------------------------------------------------------------------


def complaint_text(f: Fake) -> str:
    c = home(f)
    p = phone(f, c)
    if c == "DE":
        return f.pick(
            [
                f"Ich habe die Forderung bereits bezahlt. Bitte rufen Sie mich unter {p} zurück.",
                f"Ihre Mitarbeiter rufen ständig auf der Arbeit an, bitte nur noch {p} verwenden.",
            ]
        )
    if c == "PL":
        return f.pick(
            [
                f"Nie zgadzam się z kwotą. Proszę o kontakt pod numerem {p}.",
                f"Dzwonicie do mnie o 21:00! Proszę dzwonić tylko na {p} w godzinach pracy.",
            ]
        )
    return f.pick(
        [
            f"I have asked three times for a call back on {p} and nobody has rung me.",
            f"Please stop calling my work number, use {p} after 6pm only.",
            f"Your agent was rude and hung up on me. I want a manager to ring me on {p}",
            f"Been charged twice this month!! call me {p}",
            f"I was told the interest would be frozen. It wasn't. Contact me on {p} please",
        ]
    )


def sms_body(f: Fake) -> str:
    c = home(f)
    n = first(f, c)
    amt = f.r.randint(5, 120)
    if c == "DE":
        return (
            f"Hallo {n}, Ihre Rate über {amt},00 EUR ist am {f.r.randint(1, 28)}. fällig. "
            "finora.example/zahlen"
        )
    if c == "PL":
        return f"Dzień dobry {n}, przypominamy o racie {amt} zł. Szczegóły: finora.example/pl"
    return f.pick(
        [
            f"Hi {n}, your payment of £{amt}.00 to Finora is due tomorrow. "
            "Pay at finora.example/pay or reply STOP",
            f"{n}, we couldn't reach you today. Please call us on 0161 555 0100 about your account.",
            f"Thanks {n}, we've received your payment of £{amt}.00.",
        ]
    )


def transfer_title(f: Fake) -> str:
    n = full(f, "PL")
    num = f"{f.r.randint(100, 9999)}/{f.pick(['2023', '2024'])}"
    return f.pick(
        [
            f"Spłata zadłużenia sprawa {num} {n}",
            f"{n} - rata {f.r.randint(1, 12)}",
            f"Wpłata {n.upper()} nr sprawy {num}",
            f"{n}, ugoda {num}",
        ]
    )


def third_party_note(f: Fake) -> str:
    n = full(f)
    return f.pick(
        [
            f"Customer's daughter {n} called on her behalf, TPA form sent.",
            f"Spoke to partner {n}; customer in hospital until next month.",
            f"Son {n} holds power of attorney, wants all post sent to him.",
            f"Husband {n} passed away in March, customer very distressed, hold 60 days.",
            f"Neighbour {n} helps with letters; customer has low literacy.",
        ]
    )


CONDITIONS = ["depression", "anxiety", "bipolar disorder", "breast cancer", "long covid", "MS",
              "a stroke", "heart failure", "PTSD", "early-onset dementia"]  # fmt: skip


def hardship_details(f: Fake) -> str:
    c = home(f)
    cond = f.pick(CONDITIONS)
    if c == "DE":
        return f.pick(
            [
                "Ich bin seit Monaten krankgeschrieben "
                f"({f.pick(['Depression', 'Burnout', 'Krebs', 'Bandscheibenvorfall'])}).",
                f"Wegen meiner {f.pick(['Chemotherapie', 'Depression', 'Herz-OP'])} kann ich nicht arbeiten.",
            ]
        )
    if c == "PL":
        month = f.pick(["stycznia", "marca", "maja"])
        return f"Od {month} jestem na zwolnieniu lekarskim ({f.pick(['depresja', 'nowotwór', 'udar'])})."
    return f.pick(
        [
            f"I was diagnosed with {cond} this year and have been signed off work.",
            f"My {cond} means I can only work part time at the moment.",
            f"Off sick with {cond}, SSP only, can't keep up with the plan.",
            f"Recovering from {cond}, back at work in a few months hopefully.",
        ]
    )


def dispute_description(f: Fake) -> str:
    return f.pick(
        [
            f"I never had an account with {f.pick(CREDITORS)}, this is not my debt.",
            "I already paid this in full in 2021 and have the receipt.",
            "The balance includes charges I was never told about.",
            "This debt is statute barred, no payment for over six years.",
            "Die Forderung ist verjährt.",
            "Nie zawierałem umowy z tą firmą.",
            "The contract was cancelled within the cooling off period.",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------


def traits_block():
    return {
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "phone": Y(phone, "phone"),
        "birthday": Y(lambda f: dob(f) + "T00:00:00.000Z", "birthdate"),
        "address": {
            "street": Y(street, "street|address"),
            "city": Y(town, "city"),
            "postalCode": Y(postcode, "zipcode"),
            "country": G(home),
        },
        "customerNumber": G(lambda f: "FIN" + f.digits(7)),
    }


WEB_PAGES = [
    ("/", "Finora - manage your account"),
    ("/pay", "Make a payment | Finora"),
    ("/plan/new", "Set up a payment plan | Finora"),
    ("/budget", "Your budget | Finora"),
    ("/help/breathing-space", "Breathing space | Help"),
    ("/de/zahlen", "Zahlung | Finora"),
    ("/pl/splata", "Spłata | Finora"),
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def web_context(f: Fake):
    page = f.pick(WEB_PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.co.uk/", "https://www.stepchange.org/", "https://www.google.de/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=sms&utm_medium=reminder", "?lang=pl", "?ref=letter"])
            ),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: "https://my.finora.example" + page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "pl-PL", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Berlin", "Europe/Warsaw"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["arrears_reminder", "plan_nudge", "breathing_space_info"])),
            "source": G(lambda f: f.pick(["sms", "email", "letter_qr"])),
            "medium": G(lambda f: f.pick(["reminder", "crm", "print"])),
            "content": G(lambda f: f.pick(["v1", "v2_short", "cta_button"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Finora"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4200", "4310", "4321"])),
            "namespace": G(lambda f: "com.finora.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,4", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "pl-PL"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone UK", "Telekom.de", "Play", "O2 - UK"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Berlin", "Europe/Warsaw"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": traits_block(),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Finora"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431", "432"])),
            "namespace": G(lambda f: "com.finora.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "Redmi Note 12", "moto g54"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "tapas", "cancunf"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "pl-PL"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Three", "giffgaff", "o2-de", "Orange", "T-Mobile.pl"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Berlin", "Europe/Warsaw"])),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['13', '14'])}; SM-A546B Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": traits_block(),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Finora Pay Later"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1", "2.9.3"])),
            "build": G(lambda f: f.pick(["280", "291", "293"])),
            "namespace": G(lambda f: "com.finora.paylater"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B", "CPH2449"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "OP5913L1"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "pl-PL", "de-DE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Warsaw"])),
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full, "name"),
            "anonymousId": G(lambda f: f.uuid()),
        },
    }


def flutter_context(f: Fake):
    """The field agents' app: the device is the agent's, its location the agent's."""
    return {
        "app": {
            "name": G(lambda f: "Finora Field"),
            "version": G(lambda f: f.pick(["1.9.0", "1.10.2"])),
            "build": G(lambda f: f.pick(["190", "1102"])),
            "namespace": G(lambda f: "com.finora.field"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Zebra Technologies"])),
            "model": G(lambda f: f.pick(["SM-T505", "TC26", "SM-A346B"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE"])),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"width": G(lambda f: f.pick([800, 1080])), "height": G(lambda f: f.pick([1280, 2340]))},
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Berlin"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(50.5, 55.9), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-4.2, 13.5), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 12.5])),
        },
        "traits": {
            "agentId": G(lambda f: "AG" + f.digits(5)),
            "email": Y(
                lambda f: f"{first(f, 'GB').lower()}.{last(f, 'GB').lower().translate(ASCII)}@finora.example",
                "email",
            ),
            "region": G(lambda f: f.pick(["North West", "NRW", "Yorkshire"])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: Fake):
        block = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php"):
            # proxied from the web portal: the browser's address and user agent
            block["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            block["userAgent"] = G(lambda f: f.pick(UAS))
        if lib in ("java", "dotnet"):
            block["groupId"] = G(lambda f: "cred_" + f.digits(4))
            block["externalIds"] = Many(
                {
                    "id": G(lambda f: "003" + f.hexid(15)),
                    "type": G(lambda f: "salesforce_contact_id"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "python":
            block["traits"] = {"email": Y(email, "email")}
        return block

    return ctx


CONTEXTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}

# -- events -----------------------------------------------------------------------------------

EVENTS = [
    # -- identity and profiles ------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        40,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "dateOfBirth": Y(lambda f: dob(f, "uk"), "birthdate"),
            "address": {
                "line1": Y(street, "address|street"),
                "line2": Y(lambda f: f.pick(["", "Flat 2", "Apartment 14", "c/o Mrs Ali"]), "address|street"),
                "city": Y(town, "city"),
                "postcode": Y(postcode, "zipcode"),
                "country": G(home),
            },
            "preferredContactChannel": G(lambda f: f.pick(["sms", "email", "phone", "post"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "accountCount": G(lambda f: f.r.randint(1, 5)),
            "createdAt": G(lambda f: f.iso()),
            "customerNumber": G(lambda f: "FIN" + f.digits(7)),
            "preferredLanguage": G(lambda f: f.pick(["en", "de", "pl", "uk"])),
            "vulnerableCustomer": G(lambda f: f.pick([True, False])),
            "thirdPartyAuthorityName": Y(full, "name"),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "divorced", "widowed", "cohabiting"])),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        30,
        {
            "Salutation": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "AcademicTitle": G(lambda f: f.pick(["", "Dr.", "Prof. Dr."])),
            "FirstName": Y(lambda f: first(f, "DE"), "name"),
            "LastName": Y(lambda f: last(f, "DE"), "name"),
            "Email": Y(lambda f: email(f, "DE"), "email"),
            "MobilePhone": Y(lambda f: phone(f, "DE"), "phone"),
            "BirthDate": Y(lambda f: dob(f, "de"), "birthdate"),
            "Street": Y(lambda f: street(f, "DE"), "street|address"),
            "PostalCode": Y(lambda f: postcode(f, "DE"), "zipcode"),
            "City": Y(lambda f: town(f, "DE"), "city"),
            "Country": G(lambda f: "DE"),
            "SchufaScore": Y(lambda f: f.r.randint(60, 99), "credit score"),
            "IsInsolvent": G(lambda f: f.pick([True, False])),
            "DunningLevel": G(lambda f: f.r.randint(0, 3)),
            "CreatedAtUtc": G(lambda f: f.iso()),
            "Employer": G(
                lambda f: f.pick(["Lidl Dienstleistung GmbH", "DHL Hub Leipzig", "Stadtwerke Köln", ""])
            ),
            "TaxId": RED(steuer_id, "national id"),
        },
    ),
    (
        "identify",
        None,
        "python",
        30,
        {
            "imie": Y(lambda f: first(f, "PL"), "name"),
            "nazwisko": Y(lambda f: last(f, "PL"), "name"),
            "plec": Y(lambda f: f.pick(["K", "M"]), "gender"),
            "email": Y(lambda f: email(f, "PL"), "email"),
            "telefon": Y(lambda f: phone(f, "PL"), "phone"),
            "pesel": RED(pesel, "national id"),
            "numer_dowodu": RED(pl_id_card, "national id"),
            "adres": {
                "ulica": Y(lambda f: street(f, "PL"), "street|address"),
                "kod_pocztowy": Y(lambda f: postcode(f, "PL"), "zipcode"),
                "miejscowosc": Y(lambda f: town(f, "PL"), "city"),
                "kraj": G(lambda f: "PL"),
            },
            "jezyk": G(lambda f: f.pick(["pl", "uk", "en"])),
            "zgoda_marketingowa": G(lambda f: f.pick([True, False])),
            "zgoda_kontakt_telefoniczny": G(lambda f: f.pick([True, False])),
            "liczba_spraw": G(lambda f: f.r.randint(1, 4)),
            "data_utworzenia": G(lambda f: f.iso()),
            "status_klienta": G(lambda f: f.pick(["aktywny", "ugoda", "windykacja_sadowa"])),
        },
    ),
    (
        "alias",
        None,
        "ios",
        15,
        {},
    ),
    # -- placements and case handling -------------------------------------------------------------
    (
        "track",
        "Placement Received",
        "java",
        50,
        {
            "placementId": G(lambda f: f.uuid()),
            "creditorId": G(lambda f: "cred_" + f.digits(4)),
            "creditorName": G(lambda f: f.pick(CREDITORS)),
            "portfolioCode": G(lambda f: f.pick(["UK-TEL-2024Q2", "DE-ENE-07", "PL-BNPL-11"])),
            "accountReference": G(account_ref),
            "debtor": {
                "title": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Miss", "Mx"]), "gender"),
                "fullName": Y(full, "name"),
                "dateOfBirth": Y(lambda f: dob(f), "birthdate"),
                "email": Y(email, "email"),
                "mobile": Y(phone, "phone"),
                "landline": Y(
                    lambda f: f.pick(
                        [
                            "0161 496 " + f.digits(4),
                            "030 " + f.digits(8),
                            "22 " + f.digits(3) + " " + f.digits(2) + " " + f.digits(2),
                        ]
                    ),
                    "phone",
                ),
                "address": {
                    "line1": Y(street, "address|street"),
                    "town": Y(town, "city"),
                    "postcode": Y(postcode, "zipcode"),
                    "countryCode": G(home),
                },
                "alternativeEmail": Y(email, "email"),
                "previousAddress": Y(one_line_address, "address"),
                "employerName": G(
                    lambda f: f.pick(
                        ["Tesco Stores Ltd", "NHS Greater Glasgow", "Amazon Logistik", "Biedronka", ""]
                    )
                ),
                "occupation": G(
                    lambda f: f.pick(["warehouse operative", "nurse", "driver", "unemployed", "student"])
                ),
            },
            "balance": {
                "principal": G(lambda f: money(f, 50, 8000)),
                "interest": G(lambda f: money(f, 0, 600)),
                "currency": G(lambda f: f.pick(CURRENCIES)),
            },
            "defaultDate": G(lambda f: day(f, f.pick([2022, 2023, 2024]))),
            "lastPaymentDate": G(lambda f: f.pick([day(f, 2023), None])),
            "productType": G(
                lambda f: f.pick(["mobile_contract", "energy", "credit_card", "bnpl", "catalogue"])
            ),
        },
    ),
    (
        "track",
        "Case Assigned",
        "go",
        40,
        {
            "case_id": G(case_id),
            "queue": G(
                lambda f: f.pick(["early_arrears", "pre_legal", "vulnerable_customers", "de_inkasso"])
            ),
            "priority": G(lambda f: f.r.randint(1, 5)),
            "strategy_code": G(lambda f: f.pick(["S1-SOFT", "S2-STD", "S3-LEGAL"])),
            "agent": {
                "id": G(lambda f: "AG" + f.digits(5)),
                "name": Y(full, "name"),
                "email": Y(
                    lambda f: (
                        f"{first(f).lower().translate(ASCII)}.{last(f).lower().translate(ASCII)}@finora.example"
                    ),
                    "email",
                ),
                "extension": G(lambda f: f.digits(4)),
                "team": G(lambda f: f.pick(["Team Manchester 2", "Team Leipzig", "Zespół Łódź"])),
            },
            "assigned_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Customer Searched",
        "dotnet",
        40,
        {
            "q": Y(full, "name", True),
            "SearchType": G(lambda f: f.pick(["fuzzy", "exact"])),
            "ResultCount": G(lambda f: f.r.randint(0, 14)),
            "SelectedCaseId": G(lambda f: f.pick([case_id(f), None])),
            "AgentId": G(lambda f: "AG" + f.digits(5)),
        },
    ),
    (
        "track",
        "Account Status Synced",
        "python",
        40,
        {
            "ACCOUNT_ID": G(lambda f: f.digits(9)),
            "DEBTOR_EMAIL": Y(email, "email"),
            "DEBTOR_PHONE": Y(phone, "phone"),
            "DOB": Y(lambda f: dob(f), "birthdate"),
            "POSTCODE": Y(postcode, "zipcode"),
            "CURRENT_BALANCE": G(lambda f: money(f, 0, 9000)),
            "DAYS_PAST_DUE": G(lambda f: f.r.randint(0, 900)),
            "DPD_BUCKET": G(lambda f: f.pick(["0-30", "31-60", "61-90", "90+"])),
            "COLLECTION_STAGE": G(lambda f: f.pick(["SOFT", "HARD", "LEGAL", "WRITE_OFF"])),
            "PROPENSITY_TO_PAY": G(lambda f: round(f.r.random(), 4)),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "IS_VULNERABLE": G(lambda f: f.pick([True, False])),
            "LAST_CONTACT_TS": G(lambda f: f.iso()),
        },
    ),
    # -- income and expenditure --------------------------------------------------------------------
    (
        "track",
        "Income and Expenditure Submitted",
        "web",
        60,
        {
            "ieId": G(lambda f: f.uuid()),
            "caseId": G(case_id),
            "sfsVersion": G(lambda f: f.pick(["SFS 2.1", "SFS 3.0"])),
            "householdSize": G(lambda f: f.r.randint(1, 6)),
            "childrenInHousehold": G(lambda f: f.r.randint(0, 4)),
            "dependants": Many(
                {
                    "firstName": Y(first, "name"),
                    "age": G(lambda f: f.r.randint(0, 19)),
                    "relationship": G(lambda f: f.pick(["son", "daughter", "stepchild", "grandchild"])),
                },
                3,
            ),
            "housingStatus": G(
                lambda f: f.pick(["tenant_private", "tenant_social", "homeowner", "living_with_family"])
            ),
            "employmentStatus": G(
                lambda f: f.pick(["full_time", "part_time", "self_employed", "unemployed", "retired"])
            ),
            "income": {
                "wages": Y(lambda f: money(f, 0, 3200), "salary"),
                "partnerWages": Y(lambda f: money(f, 0, 2800), "salary"),
                "universalCredit": G(lambda f: money(f, 0, 1200)),
                "childBenefit": G(lambda f: f.pick([0.0, 102.4, 170.0])),
                "pension": G(lambda f: money(f, 0, 900)),
            },
            "expenditure": {
                "rent": G(lambda f: money(f, 300, 1400)),
                "councilTax": G(lambda f: money(f, 0, 190)),
                "gas": G(lambda f: money(f, 20, 140)),
                "electricity": G(lambda f: money(f, 30, 160)),
                "food": G(lambda f: money(f, 120, 700)),
                "childcare": G(lambda f: money(f, 0, 600)),
                "phone": G(lambda f: money(f, 10, 60)),
            },
            "otherExpenditure": Many(
                {
                    "label": G(
                        lambda f: f.pick(
                            ["Vet bills", "School trips", "Gym", "Prescriptions", "Church collection"]
                        )
                    ),
                    "amount": G(lambda f: money(f, 5, 80)),
                },
                2,
            ),
            "totalIncome": G(lambda f: money(f, 600, 4000)),
            "totalExpenditure": G(lambda f: money(f, 500, 3500)),
            "disposableIncome": G(lambda f: money(f, -200, 600)),
            "completedWithAdviser": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Budget Item Added",
        "rn",
        40,
        {
            "item_type": G(lambda f: f.pick(["debt", "expense", "income"])),
            "creditor_name": G(lambda f: f.pick(CREDITORS)),
            "debt_type": G(
                lambda f: f.pick(
                    ["council_tax", "rent_arrears", "credit_card", "overdraft", "bnpl", "payday_loan"]
                )
            ),
            "priority_debt": G(lambda f: f.pick([True, False])),
            "balance": G(lambda f: money(f, 20, 6000)),
            "monthly_payment": G(lambda f: money(f, 0, 300)),
            "account_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Address Lookup Performed",
        "web",
        40,
        {
            "input": Y(postcode, "zipcode", True),
            "provider": G(lambda f: f.pick(["loqate", "getaddress.io"])),
            "resultsCount": G(lambda f: f.r.randint(0, 42)),
            "selectedIndex": G(lambda f: f.pick([0, 1, 3, None])),
            "manualEntry": G(lambda f: f.pick([True, False])),
            "formName": G(lambda f: f.pick(["change_of_address", "ie_form", "signup"])),
        },
    ),
    # -- arrangements and payments ----------------------------------------------------------------
    (
        "track",
        "Payment Arrangement Created",
        "node",
        50,
        {
            "arrangementId": G(lambda f: "ARR-" + f.digits(7)),
            "caseId": G(case_id),
            "instalmentAmount": G(lambda f: money(f, 5, 250)),
            "frequency": G(lambda f: f.pick(["weekly", "fortnightly", "monthly", "four_weekly"])),
            "firstPaymentDate": G(lambda f: day(f)),
            "numberOfInstalments": G(lambda f: f.r.randint(3, 120)),
            "totalToPay": G(lambda f: money(f, 100, 9000)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "paymentMethod": G(
                lambda f: f.pick(["card", "direct_debit", "sepa_debit", "bank_transfer", "blik"])
            ),
            "paymentMethodId": RED(lambda f: "pm_" + b64ish(f, 24), "token"),
            "channel": G(lambda f: f.pick(["self_service", "agent", "ivr", "debt_adviser"])),
            "agentId": G(lambda f: f.pick(["AG" + f.digits(5), None])),
            "interestFrozen": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Promise To Pay Recorded",
        "go",
        40,
        {
            "ptp_id": G(lambda f: f.uuid()),
            "case_id": G(case_id),
            "promised_amount": G(lambda f: money(f, 10, 500)),
            "promised_date": G(lambda f: day(f)),
            "broken_count": G(lambda f: f.r.randint(0, 4)),
            "note": G(
                lambda f: f.pick(
                    [
                        "Will pay after payday",
                        "Waiting on UC payment",
                        "Can pay half now",
                        "Bank holiday, will pay Tuesday",
                        "",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Payment Received",
        "ruby",
        60,
        {
            "payment_id": G(lambda f: "py_" + b64ish(f, 24)),
            "case_id": G(case_id),
            "amount": G(lambda f: f.r.randint(500, 50000)),
            "currency": G(lambda f: f.pick(["gbp", "eur", "pln"])),
            "status": G(lambda f: f.pick(["succeeded", "processing"])),
            "payment_method": RED(lambda f: "pm_" + b64ish(f, 24), "token"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                "funding": G(lambda f: f.pick(["debit", "credit", "prepaid"])),
                "country": G(home),
                "fingerprint": G(lambda f: b64ish(f, 16)),
                "iin": G(lambda f: f.pick(["457173", "535522", "492181", "374245"])),
            },
            "billing_details": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "line2": Y(lambda f: f.pick(["", "Flat 3", "Top floor"]), "address|street"),
                    "city": Y(town, "address|city"),
                    "postal_code": Y(postcode, "address|zipcode"),
                    "country": G(home),
                },
            },
            "receipt_email": Y(email, "email"),
            "statement_descriptor": G(lambda f: f.pick(["FINORA*COLLECTIONS", "FINORA PAY LATER"])),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "web",
        40,
        {
            "mandateId": G(lambda f: "MD" + f.digits(12)),
            "mandateReference": G(
                lambda f: (
                    "FINORA-" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(8))
                )
            ),
            "accountHolderName": Y(full, "name"),
            "sortCode": G(
                lambda f: f"{f.r.randint(1, 99):02d}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"
            ),
            "accountNumber": RED(lambda f: f.digits(8), "bank account"),
            "payerPostcode": Y(lambda f: postcode(f, "GB"), "zipcode"),
            "bankName": G(
                lambda f: f.pick(["NatWest", "Lloyds Bank", "Monzo", "Santander UK", "Nationwide"])
            ),
            "collectionDay": G(lambda f: f.r.randint(1, 28)),
            "jointAccount": G(lambda f: f.pick([True, False])),
            "confirmationEmailSent": G(lambda f: True),
        },
    ),
    (
        "track",
        "SEPA Lastschriftmandat erteilt",
        "php",
        40,
        {
            "mandatsreferenz": G(lambda f: "FIN" + f.digits(10)),
            "glaeubiger_id": G(lambda f: "DE98ZZZ0000" + f.digits(7)),
            "kontoinhaber": Y(lambda f: full(f, "DE"), "name"),
            "iban": RED(lambda f: iban(f, "DE"), "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEDBXXX", "GENODEF1S04", "INGDDEFFXXX"])),
            "betrag": G(lambda f: money(f, 10, 300)),
            "faelligkeit": G(lambda f: day(f)),
            "zahlungsrhythmus": G(lambda f: f.pick(["monatlich", "einmalig"])),
            "aktenzeichen": G(lambda f: f"INK-{f.digits(6)}-{f.pick(['24', '23'])}"),
        },
    ),
    (
        "track",
        "Przelew zlecony",
        "php",
        40,
        {
            "numer_sprawy": G(lambda f: f"WD/{f.digits(5)}/{f.pick(['2023', '2024'])}"),
            "numer_rachunku": RED(nrb, "bank account"),
            "tytul_przelewu": Y(transfer_title, "name", True),
            "kwota": G(lambda f: money(f, 20, 2000)),
            "nazwa_odbiorcy": G(lambda f: "Finora Polska Sp. z o.o."),
            "data_zlecenia": G(lambda f: f.iso()),
            "metoda": G(lambda f: f.pick(["przelew", "blik", "pay_by_link"])),
            "kod_blik": RED(lambda f: f.digits(6), "token"),
        },
    ),
    (
        "track",
        "Bank Connection Created",
        "node",
        25,
        {
            "provider_id": G(lambda f: f.pick(["ob-monzo", "ob-barclays", "xs2a-sparkasse", "pl-pko"])),
            "connection_id": G(lambda f: f.uuid()),
            "consent_expires_at": G(lambda f: f.iso()),
            "scopes": Many(G(lambda f: f.pick(["accounts", "balance", "transactions", "info"])), 4),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "accounts_linked": G(lambda f: f.r.randint(1, 4)),
            "purpose": G(lambda f: f.pick(["income_verification", "ie_prefill"])),
        },
    ),
    # -- BNPL --------------------------------------------------------------------------------------
    (
        "track",
        "Order Completed",
        "rn",
        50,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(9)),
            "affiliation": G(lambda f: f.pick(["Zalando", "Very", "Sportisimo", "MediaExpert"])),
            "total": G(lambda f: money(f, 30, 900)),
            "revenue": G(lambda f: money(f, 30, 900)),
            "shipping": G(lambda f: f.pick([0.0, 3.99, 4.95])),
            "tax": G(lambda f: money(f, 1, 90)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "payment_type": G(lambda f: f.pick(["pay_in_3", "pay_in_30_days", "financing_12m"])),
            "customer_email": Y(email, "email"),
            "instalment_plan": {
                "count": G(lambda f: f.pick([3, 4, 12])),
                "amount": G(lambda f: money(f, 10, 300)),
                "first_due_date": G(lambda f: day(f)),
            },
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(8)),
                    "sku": G(
                        lambda f: f"{f.pick(['ZA', 'VR', 'MX'])}{f.digits(6)}-{f.pick(['BLK', 'M', '42'])}"
                    ),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Trainers Air 90",
                                "Samsung Galaxy A54 128GB",
                                "Winter Parka",
                                "Dyson V8 Absolute",
                                "Kids Bunk Bed",
                            ]
                        )
                    ),
                    "brand": G(lambda f: f.pick(["Nike", "Samsung", "Zara", "Dyson", "IKEA"])),
                    "category": G(lambda f: f.pick(["Fashion", "Electronics", "Home"])),
                    "variant": G(lambda f: f.pick(["Black", "M", "UK 9", "128GB"])),
                    "price": G(lambda f: money(f, 10, 600)),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                    "url": G(lambda f: f"https://www.zalando.example/p/{f.digits(6)}"),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "line1": Y(street, "address|street"),
                "city": Y(town, "address|city"),
                "postcode": Y(postcode, "address|zipcode"),
                "country": G(home),
            },
        },
    ),
    (
        "track",
        "Credit Check Performed",
        "python",
        40,
        {
            "application_id": G(lambda f: f.uuid()),
            "bureau": G(lambda f: f.pick(["Experian", "TransUnion", "SCHUFA", "BIK"])),
            "soft_search": G(lambda f: True),
            "credit_score": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "decision": G(lambda f: f.pick(["approved", "declined", "referred"])),
            "credit_limit": G(lambda f: f.pick([0, 250, 500, 1000, 1500])),
            "affordability_check_passed": G(lambda f: f.pick([True, False])),
            "monthly_income_declared": Y(lambda f: f.r.randint(800, 4500), "salary"),
            "declared_dependants": G(lambda f: f.r.randint(0, 4)),
            "employment_status": G(lambda f: f.pick(["employed", "self_employed", "student", "retired"])),
            "time_at_address_months": G(lambda f: f.r.randint(1, 240)),
        },
    ),
    (
        "track",
        "Instalment Overdue",
        "java",
        40,
        {
            "planId": G(lambda f: "PL-" + f.digits(8)),
            "instalmentNumber": G(lambda f: f.r.randint(1, 12)),
            "amountDue": G(lambda f: money(f, 10, 300)),
            "dueDate": G(lambda f: day(f)),
            "daysOverdue": G(lambda f: f.r.randint(1, 60)),
            "lateFee": G(lambda f: f.pick([0.0, 5.0, 12.0])),
            "cardLast4": G(lambda f: f.digits(4)),
            "cardBrand": G(lambda f: f.pick(["Visa", "Mastercard"])),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "merchantName": G(lambda f: f.pick(["Zalando", "Very", "MediaExpert"])),
            "customerEmail": Y(email, "email"),
        },
    ),
    # -- disputes, complaints, vulnerability --------------------------------------------------------
    (
        "track",
        "Dispute Raised",
        "web",
        40,
        {
            "disputeId": G(lambda f: "DSP-" + f.digits(6)),
            "caseId": G(case_id),
            "reason": G(
                lambda f: f.pick(
                    ["not_my_debt", "statute_barred", "amount_wrong", "identity_theft", "already_paid"]
                )
            ),
            "description": G(dispute_description),
            "policeReference": G(lambda f: f.pick(["", f"CR/{f.digits(6)}/24", f"NFRC{f.digits(10)}"])),
            "proofOfPaymentProvided": G(lambda f: f.pick([True, False])),
            "attachments": Many(
                {
                    "fileName": G(
                        lambda f: f.pick(
                            ["bank_statement_march.pdf", "IMG_2041.jpg", "receipt.pdf", "letter_scan.png"]
                        )
                    ),
                    "mimeType": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/png"])),
                    "sizeBytes": G(lambda f: f.r.randint(20_000, 4_000_000)),
                },
                3,
            ),
            "holdCollection": G(lambda f: True),
        },
    ),
    (
        "track",
        "Complaint Submitted",
        "rn",
        40,
        {
            "complaintId": G(lambda f: "CMP-" + f.digits(6)),
            "category": G(
                lambda f: f.pick(["agent_conduct", "contact_frequency", "wrong_balance", "data_protection"])
            ),
            "summary": G(
                lambda f: f.pick(
                    ["Too many calls", "Balance is wrong", "Rude agent", "Letters to old address"]
                )
            ),
            "text": Y(complaint_text, "phone", True),
            "wantsCallback": G(lambda f: True),
            "financialOmbudsmanAware": G(lambda f: f.pick([True, False])),
            "escalated": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vulnerability Disclosed",
        "dotnet",
        45,
        {
            "CaseId": G(case_id),
            "DisclosedBy": G(lambda f: f.pick(["Customer", "ThirdParty", "DebtAdviser"])),
            "VulnerabilityCategory": Y(
                lambda f: f.pick(["MentalHealth", "PhysicalHealth", "LifeEvent", "Resilience", "Capability"]),
                "condition",
            ),
            "HealthCondition": Y(
                lambda f: f.pick(["Depression", "Cancer", "Dementia", "Anxiety", "COPD", "Long Covid"]),
                "condition|diagnosis",
            ),
            "HasMentalCapacityConcern": Y(lambda f: f.pick([True, False]), "condition"),
            "AccessibilityNeeds": Many(
                RED(
                    lambda f: f.pick(["Braille", "BslInterpreter", "LargePrint", "EasyRead", "TextRelay"]),
                    "disability",
                ),
                2,
            ),
            "LifeEvent": G(lambda f: f.pick(["Bereavement", "JobLoss", "Separation", "None"])),
            "IsVulnerable": G(lambda f: True),
            "AgentNote": Y(third_party_note, "name", True),
            "ReviewDate": G(lambda f: day(f)),
        },
    ),
    (
        "track",
        "Hardship Application Submitted",
        "ios",
        40,
        {
            "applicationId": G(lambda f: f.uuid()),
            "hardshipReason": Y(
                lambda f: f.pick(["job_loss", "illness", "bereavement", "reduced_hours", "other"]),
                "condition",
            ),
            "details": Y(hardship_details, "condition|diagnosis", True),
            "requestedPauseMonths": G(lambda f: f.pick([1, 2, 3, 6])),
            "evidenceUploaded": G(lambda f: f.pick([True, False])),
            "gpPractice": G(
                lambda f: f.pick(["Ancoats Urban Village Medical Practice", "Hausarztpraxis am Markt", ""])
            ),
            "stepNumber": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Mental Health Evidence Form Received",
        "python",
        30,
        {
            "form_id": G(lambda f: "DMHEF-" + f.digits(6)),
            "case_id": G(case_id),
            "health_professional_role": G(lambda f: f.pick(["GP", "CPN", "psychiatrist", "social_worker"])),
            "health_professional_name": Y(lambda f: "Dr " + full(f, "GB"), "name"),
            "practice_name": G(
                lambda f: f.pick(
                    ["Beech House Surgery", "Pennine Care NHS Trust", "Leeds Community Mental Health Team"]
                )
            ),
            "practice_phone": G(lambda f: "0161 " + f.digits(3) + " " + f.digits(4)),
            "patient_name": Y(lambda f: full(f, "GB"), "name"),
            "patient_dob": Y(lambda f: dob(f, "uk"), "birthdate"),
            "patient_nhs_number": RED(nhs_number, "health id"),
            "condition_summary": Y(
                lambda f: f.pick(
                    [
                        "severe depression",
                        "generalised anxiety disorder",
                        "bipolar II",
                        "psychosis, in remission",
                    ]
                ),
                "condition|diagnosis",
            ),
            "current_medication": Y(
                lambda f: f.pick(["sertraline 100mg", "lithium", "quetiapine 50mg", "mirtazapine"]),
                "medication",
            ),
            "affects_ability_to_manage_money": G(lambda f: f.pick(["yes", "no", "sometimes"])),
            "received_via": G(lambda f: f.pick(["email", "post", "portal"])),
        },
    ),
    (
        "track",
        "Deceased Customer Notified",
        "java",
        25,
        {
            "caseId": G(case_id),
            "deceasedName": Y(full, "name"),
            "deathCertificateSeen": G(lambda f: f.pick([True, False])),
            "probateReference": G(lambda f: f.digits(16)),
            "estateStatus": G(lambda f: f.pick(["solvent", "insolvent", "unknown"])),
            "executor": {
                "name": Y(full, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "solicitor", "friend"])),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "address": Y(one_line_address, "address"),
            },
            "notifiedVia": G(lambda f: f.pick(["Tell Us Once", "phone", "letter"])),
        },
    ),
    (
        "track",
        "Third Party Payer Added",
        "android",
        30,
        {
            "label": Y(full, "name", True),
            "relationship": G(lambda f: f.pick(["partner", "parent", "friend", "child"])),
            "payerPhone": Y(phone, "phone"),
            "canDiscussAccount": G(lambda f: f.pick([True, False])),
            "payerCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Mobile Number Updated",
        "android",
        30,
        {
            "field": G(lambda f: "mobile"),
            "value": Y(phone, "phone", True),
            "previousValueMasked": G(lambda f: "*******" + f.digits(3)),
            "verificationMethod": G(lambda f: f.pick(["sms_otp", "none"])),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- breathing space, insolvency, legal --------------------------------------------------------
    (
        "track",
        "Breathing Space Registered",
        "python",
        35,
        {
            "breathing_space_ref": G(lambda f: "BS" + f.digits(8)),
            "case_id": G(case_id),
            "type": Y(lambda f: f.pick(["standard", "mental_health_crisis"]), "condition"),
            "start_date": G(lambda f: day(f)),
            "end_date": G(lambda f: f.pick([day(f), None])),
            "debt_adviser": {
                "organisation": G(
                    lambda f: f.pick(
                        ["StepChange", "Citizens Advice Salford", "PayPlan", "National Debtline"]
                    )
                ),
                "fca_firm_reference": G(lambda f: f.digits(6)),
                "adviser_name": Y(full, "name"),
                "adviser_email": Y(
                    lambda f: (
                        f"{first(f, 'GB').lower()}.{last(f, 'GB').lower().translate(ASCII)}"
                        "@stepchange.example"
                    ),
                    "email",
                ),
                "phone": G(lambda f: "0800 138 1111"),
            },
            "interest_frozen": G(lambda f: True),
            "notified_creditors": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Insolvency Marker Updated",
        "java",
        35,
        {
            "caseId": G(case_id),
            "marker": G(
                lambda f: f.pick(
                    ["IVA", "bankruptcy", "DRO", "Privatinsolvenz", "upadlosc_konsumencka", "trust_deed"]
                )
            ),
            "court": G(
                lambda f: f.pick(
                    [
                        "County Court at Manchester",
                        "Amtsgericht Leipzig",
                        "Sąd Rejonowy dla Łodzi-Śródmieścia",
                        "",
                    ]
                )
            ),
            "courtCaseNumber": G(
                lambda f: f.pick(
                    [f"BR-{f.digits(4)}-{f.digits(4)}", f"IN {f.digits(3)}/24", f"XVIII GUp {f.digits(3)}/24"]
                )
            ),
            "insolvencyPractitioner": {
                "name": Y(full, "name"),
                "firm": G(lambda f: f.pick(["Begbies Traynor", "Kanzlei Dr. Hansen", "Creditfix"])),
            },
            "registeredAt": G(lambda f: f.iso()),
            "source": G(lambda f: f.pick(["insolvency_register", "customer", "creditor"])),
            "stopCollection": G(lambda f: True),
        },
    ),
    (
        "track",
        "Mahnbescheid beantragt",
        "php",
        30,
        {
            "aktenzeichen": G(lambda f: f"INK-{f.digits(6)}-{f.pick(['24', '23'])}"),
            "mahngericht": G(lambda f: f.pick(["AG Hagen", "AG Wedding", "AG Coburg", "AG Uelzen"])),
            "schuldner": {
                "anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
                "vorname": Y(lambda f: first(f, "DE"), "name"),
                "nachname": Y(lambda f: last(f, "DE"), "name"),
                "strasse": Y(lambda f: street(f, "DE"), "street|address"),
                "plz": Y(lambda f: postcode(f, "DE"), "zipcode"),
                "ort": Y(lambda f: town(f, "DE"), "city"),
                "geburtsdatum": Y(lambda f: dob(f, "de"), "birthdate"),
            },
            "hauptforderung": G(lambda f: money(f, 80, 6000)),
            "zinsen": G(lambda f: money(f, 0, 400)),
            "antragsdatum": G(lambda f: day(f)),
            "widerspruch_erwartet": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Wezwanie do zapłaty wysłane",
        "php",
        30,
        {
            "numer_sprawy": G(lambda f: f"WD/{f.digits(5)}/{f.pick(['2023', '2024'])}"),
            "dluznik": {
                "imie_nazwisko": Y(lambda f: full(f, "PL"), "name"),
                "pesel": RED(pesel, "national id"),
                "adres_korespondencyjny": Y(lambda f: one_line_address(f, "PL"), "address"),
            },
            "kwota_zadluzenia": G(lambda f: money(f, 50, 20000)),
            "termin_platnosci": G(lambda f: day(f)),
            "kanal": G(lambda f: f.pick(["list_polecony", "email", "epuap"])),
            "numer_nadania": G(lambda f: f"RR{f.digits(9)}PL"),
        },
    ),
    (
        "track",
        "Court Claim Issued",
        "node",
        30,
        {
            "claimNumber": G(lambda f: f"K{f.r.randint(0, 9)}QZ{f.digits(4)}"),
            "court": G(lambda f: "Civil National Business Centre"),
            "amountClaimed": G(lambda f: money(f, 100, 9000)),
            "courtFee": G(lambda f: f.pick([35.0, 50.0, 70.0, 80.0, 115.0])),
            "defendant": {
                "name": Y(lambda f: full(f, "GB"), "name"),
                "address": Y(lambda f: one_line_address(f, "GB"), "address"),
            },
            "claimantReference": G(account_ref),
            "solicitorFirm": G(lambda f: f.pick(["Lowell Solicitors", "Cabot Legal", ""])),
            "issuedAt": G(lambda f: f.iso()),
        },
    ),
    # -- call centre, messaging ----------------------------------------------------------------------
    (
        "track",
        "Contact Attempted",
        "go",
        70,
        {
            "attempt_id": G(lambda f: f.uuid()),
            "case_id": G(case_id),
            "channel": G(lambda f: f.pick(["voice", "sms", "email", "whatsapp"])),
            "direction": G(lambda f: f.pick(["outbound", "inbound"])),
            "to": Y(phone, "phone", True),
            "from": G(lambda f: f.pick(["+441615550100", "+4930555010", "+48225550100"])),
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "duration_sec": G(lambda f: f.r.randint(0, 900)),
            "disposition": G(lambda f: f.pick(["RPC", "WPC", "no_answer", "voicemail", "ptp", "refused"])),
            "agent_id": G(lambda f: "AG" + f.digits(5)),
            "dialler_campaign": G(lambda f: f.pick(["EA_MORNING", "PRE_LEGAL_PM", "DE_MAHN_1"])),
            "recording_url": G(lambda f: f"https://recordings.finora.example/{f.uuid()}.wav"),
            "right_party_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "SMS Sent",
        "node",
        50,
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(phone, "phone", True),
            "from": G(lambda f: f.pick(["+441615550100", "+4930555010", "+48225550100"])),
            "sender_id": G(lambda f: "FINORA"),
            "body": Y(sms_body, "name", True),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "template_id": G(lambda f: f.pick(["reminder_due_v2", "missed_call_v1", "thanks_v1"])),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered"])),
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        "ruby",
        40,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: phone(f).replace(" ", "").replace("-", ""), "phone", True),
            "To": G(lambda f: f.pick(["+441615550100", "+4930555010", "+48225550100"])),
            "Body": G(
                lambda f: f.pick(
                    [
                        "STOP",
                        "Can I pay 20 on friday?",
                        "Who is this",
                        "ok",
                        "I have already paid",
                        "Bitte keine SMS mehr",
                    ]
                )
            ),
            "FromCountry": G(home),
            "FromCity": Y(town, "city"),
            "NumMedia": G(lambda f: "0"),
        },
    ),
    (
        "track",
        "Email Delivered",
        "node",
        45,
        {
            "email": Y(email, "email"),
            "sg_message_id": G(lambda f: b64ish(f, 22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.uuid()}@mail.finora.example>"),
            "category": Many(G(lambda f: f.pick(["collections", "reminder", "statement", "de"])), 2),
            "from": G(lambda f: f.pick(["no-reply@finora.example", "collections@finora.example"])),
            "reply_to": G(lambda f: "help@finora.example"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "ruby",
        40,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "voice"])),
            "destination": Y(phone, "phone", True),
            "code": RED(lambda f: f.digits(6), "token"),
            "expires_in": G(lambda f: 600),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "purpose": G(lambda f: f.pick(["login", "change_bank_details", "arrangement_confirm"])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "node",
        30,
        {
            "email": Y(email, "email"),
            "link_token": RED(lambda f: b64ish(f, 43), "token"),
            "redirect_path": G(lambda f: f.pick(["/pay", "/plan", "/documents"])),
            "request_ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "expires_at": G(lambda f: f.iso()),
            "email_count_today": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Identity Verified",
        "java",
        35,
        {
            "checkId": G(lambda f: f.uuid()),
            "documentType": G(
                lambda f: f.pick(["passport", "id_card", "driving_licence", "residence_permit"])
            ),
            "documentNumber": RED(
                lambda f: f.pick([de_id_card(f), pl_id_card(f), f.digits(9)]), "national id|passport"
            ),
            "issuingCountry": G(lambda f: f.pick(["GBR", "DEU", "POL", "UKR"])),
            "documentExpiry": G(lambda f: day(f, f.r.randint(2025, 2034))),
            "extractedFirstName": Y(first, "name"),
            "extractedLastName": Y(last, "name"),
            "extractedAddress": Y(one_line_address, "address"),
            "nationality": Y(
                lambda f: f.pick(["British", "German", "Polish", "Ukrainian", "Romanian", "Nigerian"]),
                "citizenship",
            ),
            "dateOfBirth": Y(lambda f: dob(f), "birthdate"),
            "selfieUrl": Y(lambda f: f"https://kyc-files.finora.example/selfies/{f.uuid()}.jpg", "photo"),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "result": G(lambda f: f.pick(["clear", "consider", "rejected"])),
        },
    ),
    (
        "track",
        "National Insurance Number Provided",
        "dotnet",
        25,
        {
            "CaseId": G(case_id),
            "NationalInsuranceNumber": RED(nino, "national id|social security number"),
            "NinoLast4": RED(lambda f: f.digits(3) + f.pick("ABCD"), "national id|social security number"),
            "Verified": G(lambda f: f.pick([True, False])),
            "EmployerName": G(
                lambda f: f.pick(["Tesco Stores Ltd", "Royal Mail Group", "Manchester City Council"])
            ),
            "PayrollNumber": G(lambda f: f.digits(7)),
        },
    ),
    # -- field agents ----------------------------------------------------------------------------------
    (
        "track",
        "Doorstep Visit Completed",
        "flutter",
        40,
        {
            "visitId": G(lambda f: f.uuid()),
            "caseId": G(case_id),
            "outcome": G(
                lambda f: f.pick(["contact_made", "no_answer", "gone_away", "refused", "payment_taken"])
            ),
            "metPerson": G(lambda f: f.pick(["debtor", "partner", "family_member", "nobody"])),
            "gps": {
                "lat": Y(lambda f: round(f.r.uniform(50.5, 55.9), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-4.2, 13.5), 6), "geolocation"),
                "accuracy": G(lambda f: f.r.randint(3, 40)),
            },
            "addressConfirmed": G(lambda f: f.pick([True, False])),
            "doorstepNotes": G(
                lambda f: f.pick(
                    [
                        "No answer, card left",
                        "Spoke through the door, will call office",
                        "Property appears vacant",
                        "Keine Reaktion, Karte eingeworfen",
                    ]
                )
            ),
            "paymentTaken": G(lambda f: f.pick([0.0, 20.0, 50.0])),
        },
    ),
    # -- marketing / debt advice --------------------------------------------------------------------
    (
        "track",
        "Debt Advice Session Booked",
        "web",
        35,
        {
            "appointmentId": G(lambda f: f.uuid()),
            "adviserName": Y(full, "name"),
            "contactEmail": Y(email, "email"),
            "slotStart": G(lambda f: f.iso()),
            "channel": G(lambda f: f.pick(["phone", "video", "webchat"])),
            "topics": Many(
                G(
                    lambda f: f.pick(
                        ["priority_debts", "bailiffs", "council_tax", "budgeting", "insolvency_options"]
                    )
                ),
                3,
            ),
            "postcode": Y(postcode, "zipcode"),
            "referralSource": G(lambda f: f.pick(["creditor_letter", "google", "gp_referral", "friend"])),
            "languageNeeded": G(lambda f: f.pick(["English", "Polish", "Urdu", "Romanian"])),
            "interpreterRequired": G(lambda f: f.pick([True, False])),
            "gclid": Y(gclid, "advertising id"),
        },
    ),
    (
        "track",
        "Lead Submitted",
        "php",
        30,
        {
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: sha256(email(f)), "email"),
                "ph": Y(lambda f: sha256(phone(f).replace(" ", "")), "phone"),
                "external_id": G(lambda f: sha256("FIN" + f.digits(7))),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
            },
            "custom_data": {
                "lead_type": G(lambda f: f.pick(["debt_help", "iva_enquiry"])),
                "total_debt_band": G(lambda f: f.pick(["<5k", "5-10k", "10-25k", "25k+"])),
                "value": G(lambda f: f.pick([5, 15, 40])),
            },
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        "web",
        30,
        {
            "form-id": G(lambda f: "wf-" + f.hexid(8)),
            "full-name": Y(full, "name"),
            "email-address": Y(email, "email"),
            "phone-number": Y(phone, "phone"),
            "best-time-to-call": G(lambda f: f.pick(["Morning", "Afternoon", "Evening"])),
            "total-debt": G(lambda f: f.pick(["Under £5,000", "£5,000-£10,000", "Over £10,000"])),
            "number-of-creditors": G(lambda f: f.pick(["1-2", "3-5", "6+"])),
            "homeowner": G(lambda f: f.pick(["Yes", "No"])),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    # -- added: address changes, tracing, employment, co-applicants, chat, cards ------------------
    (
        "track",
        "Change of Address Submitted",
        "web",
        35,
        {
            "caseId": G(case_id),
            "previousAddress": {
                "line1": Y(street, "address|street"),
                "city": Y(town, "city"),
                "postcode": Y(postcode, "zipcode"),
            },
            "newAddress": {
                "line1": Y(street, "address|street"),
                "line2": Y(lambda f: f.pick(["", "Flat 1", "2nd floor", "m. 12"]), "address|street"),
                "city": Y(town, "city"),
                "postcode": Y(postcode, "zipcode"),
                "country": G(home),
            },
            "movedInDate": G(lambda f: day(f)),
            "reasonForMove": G(
                lambda f: f.pick(["new_tenancy", "moved_in_with_family", "eviction", "other"])
            ),
        },
    ),
    (
        "track",
        "Trace Result Received",
        "python",
        30,
        {
            "trace_id": G(lambda f: f.uuid()),
            "case_id": G(case_id),
            "match_level": G(lambda f: f.pick(["L1", "L2", "L3"])),
            "new_address": Y(one_line_address, "address"),
            "new_phone": Y(phone, "phone"),
            "new_email": Y(email, "email"),
            "deceased_flag": G(lambda f: f.pick([True, False])),
            "confidence": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
        },
    ),
    (
        "track",
        "Employment Details Captured",
        "dotnet",
        30,
        {
            "CaseId": G(case_id),
            "EmployerName": G(
                lambda f: f.pick(["Tesco Stores Ltd", "Royal Mail Group", "Manchester City Council"])
            ),
            "EmployerAddress": G(
                lambda f: f.pick(
                    [
                        "Tesco House, Shire Park, Welwyn Garden City AL7 1GA",
                        "185 Farringdon Road, London EC1A 1AA",
                    ]
                )
            ),
            "JobTitle": G(
                lambda f: f.pick(["Customer Assistant", "Postal Worker", "Care Assistant", "HGV Driver"])
            ),
            "NetMonthlyPay": Y(lambda f: money(f, 900, 3200), "salary"),
            "HourlyRate": Y(lambda f: f.pick([11.44, 12.1, 13.5, 15.0]), "salary"),
            "PayFrequency": G(lambda f: f.pick(["Weekly", "Monthly", "FourWeekly"])),
        },
    ),
    (
        "track",
        "Co-applicant Added",
        "rn",
        30,
        {
            "application_id": G(lambda f: f.uuid()),
            "co_applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(lambda f: dob(f), "birthdate"),
                "email": Y(email, "email"),
                "mobile": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "parent"])),
                "annual_income": Y(lambda f: f.r.randint(12000, 60000), "salary"),
            },
            "joint_liability": G(lambda f: True),
        },
    ),
    (
        "track",
        "Chat Started",
        "web",
        35,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "pre_chat": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "account_reference": G(account_ref),
                "topic": G(lambda f: f.pick(["payment_plan", "dispute", "hardship", "other"])),
            },
            "visitor_city": Y(town, "city"),
            "queue_wait_sec": G(lambda f: f.r.randint(0, 600)),
        },
    ),
    (
        "track",
        "Call Wrapped Up",
        "node",
        40,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "caller_number": Y(phone, "phone"),
            "dialled_number": G(lambda f: f.pick(["+441615550100", "+4930555010", "+48225550100"])),
            "customer_name": Y(full, "name"),
            "dpa_dob": Y(lambda f: dob(f, "uk"), "birthdate"),
            "dpa_postcode": Y(postcode, "zipcode"),
            "dpa_passed": G(lambda f: f.pick([True, False])),
            "wrap_up_code": G(lambda f: f.pick(["PTP", "ARR_SET", "DISPUTE", "VULN_REFER", "CALLBACK"])),
            "handle_time_sec": G(lambda f: f.r.randint(60, 1800)),
        },
    ),
    (
        "track",
        "Payment Card Added",
        "ios",
        35,
        {
            "cardholder_name": Y(full, "name"),
            "billing_postcode": Y(postcode, "zipcode"),
            "card_token": RED(lambda f: "tok_" + b64ish(f, 24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "last4": G(lambda f: f.digits(4)),
            "three_ds_result": G(lambda f: f.pick(["authenticated", "attempted", "failed"])),
            "set_as_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Refund Issued",
        "python",
        30,
        {
            "refund_id": G(lambda f: "re_" + b64ish(f, 24)),
            "case_id": G(case_id),
            "amount": G(lambda f: f.r.randint(500, 50000)),
            "reason": G(lambda f: f.pick(["overpayment", "duplicate", "dispute_upheld"])),
            "payee_name": Y(full, "name"),
            "payee_iban": RED(any_iban, "bank account"),
            "payee_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Friend Referred",
        "android",
        25,
        {
            "friend_name": Y(full, "name"),
            "friend_email": Y(email, "email"),
            "referral_code": G(lambda f: "REF" + f.digits(6)),
            "share_channel": G(lambda f: f.pick(["whatsapp", "sms", "email"])),
        },
    ),
    # -- group, page, screen ------------------------------------------------------------------------
    (
        "group",
        None,
        "node",
        30,
        {
            "name": G(lambda f: f.pick(CREDITORS)),
            "industry": G(lambda f: f.pick(["telecoms", "energy", "retail_finance", "banking"])),
            "employees": G(lambda f: f.pick([250, 1200, 8000, 45000])),
            "headOffice": {
                "street": G(
                    lambda f: f.pick(["1 Kingdom Street", "Brüsseler Str. 1-3", "Aleje Jerozolimskie 160"])
                ),
                "city": G(lambda f: f.pick(["London", "Essen", "Warszawa"])),
                "postalCode": G(lambda f: f.pick(["W2 6BY", "45131", "02-326"])),
                "country": G(lambda f: f.pick(["GB", "DE", "PL"])),
            },
            "supportPhone": G(lambda f: f.pick(["+44 333 304 0191", "+49 201 12 00", "+48 22 826 11 11"])),
            "supportEmail": G(
                lambda f: f.pick(
                    ["collections-ops@vodafone.example", "inkasso@eon.example", "windykacja@orange.example"]
                )
            ),
            "website": G(lambda f: f.pick(["https://www.vodafone.example", "https://www.eon.example"])),
            "accountManager": Y(full, "name"),
            "accountManagerEmail": Y(
                lambda f: (
                    f"{first(f).lower().translate(ASCII)}.{last(f).lower().translate(ASCII)}@finora.example"
                ),
                "email",
            ),
            "contractValue": G(lambda f: f.r.randint(50_000, 2_000_000)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "page",
        "Make a Payment",
        "web",
        80,
        {
            "path": G(lambda f: f.pick(["/pay", "/de/zahlen", "/pl/splata"])),
            "url": G(lambda f: "https://my.finora.example" + f.pick(["/pay", "/de/zahlen", "/pl/splata"])),
            "title": G(lambda f: f.pick(["Make a payment | Finora", "Zahlung | Finora"])),
            "referrer": G(lambda f: f.pick(["", "https://my.finora.example/", "https://l.finora.example/r"])),
            "search": G(lambda f: f.pick(["", "?utm_source=sms", "?case=" + case_id(f)])),
            "category": G(lambda f: "payments"),
        },
    ),
    (
        "screen",
        "Plan Overview",
        "ios",
        70,
        {
            "previous_screen": G(lambda f: f.pick(["Home", "Payments", "Documents", "Settings"])),
            "plan_status": G(lambda f: f.pick(["on_track", "missed_one", "broken"])),
            "next_payment_due": G(lambda f: day(f)),
        },
    ),
    (
        "screen",
        "Statement",
        "android",
        50,
        {
            "statement_period": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05"])),
            "pdf_downloaded": G(lambda f: f.pick([True, False])),
            "transactions_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
]


def build(seed: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, event, client, repeats, body in EVENTS:
        for _ in range(repeats):
            f.country = f.pick(COUNTRIES)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "FIN" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "cred_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=167)
    write(Path(__file__).parent, "holdout167_", events, labels)
