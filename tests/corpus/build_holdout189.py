"""Writes holdout189: tests/corpus/holdout189_events.jsonl and holdout189_labels.json.

Sealed: written from the Segment spec, the reference's default matcher table and the labelling
policy only, without reading the detection engine, its vocabularies, its tests or its scores, and
not run through the engine. Run `.venv/bin/python -m tests.corpus.build_holdout189`; seeded, so
the output is reproducible.

Domain: a freelance marketplace and gig-payout platform ("GigBridge") with freelancers in
Ukraine, the Philippines and Argentina and clients worldwide: sign-up and identity verification
(a Veriff-shaped decision, an Onfido-shaped document report), profiles and portfolios, jobs,
proposals and contracts, chat (clean previews and the contact-sharing filter's hits), milestone
escrow, client card checkout for "Connects" packs (Segment e-commerce spec, a Stripe-shaped
PaymentIntent), payouts to IBANs, CBU/CVU, Philippine bank accounts, cards, GCash, PayPal and
Payoneer (a Wise-shaped webhook), tax forms (W-8BEN, Argentine CUIT/CUIL and monotributo,
Ukrainian FOP with RNOKPP, Philippine TIN/SSS/PhilHealth/Pag-IBIG), client companies (group
calls) and their staff, support tickets, disputes, reviews, referrals, a partner HMO enrolment
with dependants, a courier gig vertical with plates and GPS, back-office tools, security events.

Conventions: identify / track / page / screen / group / alias calls with the context blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the python, node, go, java, ruby, php and .NET server libraries. Keys are mostly camelCase
(clients) and snake_case (servers); the rest are PascalCase (.NET payout service), kebab-case
(an HR partner's webhook relayed as-is), SCREAMING_SNAKE (warehouse reverse-ETL identifies) and
keys in Spanish (Argentine fiscal data), Tagalog (Philippine onboarding form) and transliterated
Ukrainian (FOP tax profile). Values are generated per country: names from many cultures (some in
Cyrillic), national phone formats, local address formats, ids with their real checksums where
they have one (RNOKPP, CUIT/CUIL, CBU/CVU, mod-97 IBANs, Luhn cards, UNZR).

Labelling rules (Privacy Portal defaults plus the published policy):
- PII = data about a natural person (the user, a recipient, a dependant, client staff, platform
  staff, a referred friend). Colour = the reference matcher's default; outside the reference:
  red for credentials/secrets, card numbers, bank accounts, government ids, health ids; yellow
  otherwise (geolocation, advertising id, credit score).
- Green: ids we or vendors issue (contract, job, payout, Stripe `cus_`/`pi_`/`ch_` ids, Wise
  transfer ids), versions, timestamps, amounts, enums, counters, booleans under PII-sounding
  keys, product / plan / company / project names, searched places, country / province / state,
  locale, timezone, currency, user agents, OS device ids, card brand / last four / expiry / BIN,
  bank codes (MFO, SWIFT, bank names), a company's own tax id (CUIT 30-/33-, EDRPOU, EIN), a
  company's phone, address and role mailboxes (billing@, support@), masked values.
- Pay is `salary` (yellow): hourly rates, a freelancer's lifetime or year-to-date earnings,
  expected income. Transaction amounts (bids, budgets, milestones, payouts, fees) are green,
  and a rate used as a search filter (`max_hourly_rate`) is green.
- A payout destination that is an e-mail (PayPal, Payoneer) or a phone number (GCash, Maya) is
  labelled as that contact detail: yellow `email` / `phone`. Account numbers, IBANs, CBU/CVU and
  their aliases are red `bank account`; full card numbers red `credit card`.
- Government ids of a person (RNOKPP, UNZR, DNI, CUIT/CUIL of an individual, Philippine TIN,
  SSS, Pag-IBIG, PhilSys) are red `national id`; the last four digits of a TIN are red too (as
  the last four of an SSN). PhilHealth numbers are red `health id` (a national health system's
  member number, like Medicare); an HMO's member number is yellow `identification`.
- An Argentine `razon_social` of a monotributista is the person's own name: yellow `name`.
- A username / display handle is yellow `name`; a profile picture or selfie URL yellow `photo`;
  the geo-IP city of a sign-in yellow `city`; a hashed e-mail (sha256) stays yellow `email`
  (pseudonymous, still linkable); a Ukrainian combatant (UBD) status flag is red `veteran`;
  answers on US work authorisation / sponsorship are red `visa`; an EOR's monthly contractor fee
  is `salary`; a portfolio's `client_name` holds company names (green).
- Secrets: OTP codes, password-reset tokens, magic links, a Payoneer registration link with its
  token, a Stripe `pm_` id and PaymentIntent `client_secret`, API keys, webhook signing secrets
  and APNs push tokens (`context.device.token`) are red (`token` / `secret`); a key's public
  prefix (`key_prefix`) and a Twilio message SID are green.
- value_only = true only where the key does not say what the value is (`to`, `q`, `input`,
  `text`, `snippet`, `note`, `summary`, `ticket.description`, `old_value` / `new_value`,
  `document_numbers[].value`); every value of such a PII path carries that PII, by
  construction. Free text with no PII in any value is green (chat `preview`, `cover_letter`,
  dispute `description`, `comment`, `personal_message`, `review_text`).
- Within a message the user's name, e-mail and username agree (a per-message persona); other
  people (beneficiaries, emergency contacts, referred friends, client staff, platform staff,
  dependants) are drawn separately.
"""

# ruff: noqa: RUF001  (Cyrillic values and en dashes are the data)
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

UA_FIRST = [
    "Oksana",
    "Taras",
    "Andrii",
    "Iryna",
    "Dmytro",
    "Olena",
    "Yuliia",
    "Bohdan",
    "Kateryna",
    "Serhii",
    "Mykola",
    "Viktoriia",
    "Oleksandr",
    "Nataliia",
    "Yaroslav",
    "Sofiia",
]
UA_LAST = [
    "Kovalenko",
    "Shevchuk",
    "Melnyk",
    "Bondarenko",
    "Tkachenko",
    "Kravchenko",
    "Boiko",
    "Lysenko",
    "Marchenko",
    "Rudenko",
    "Savchenko",
    "Oliinyk",
    "Kozak",
    "Hrytsenko",
    "Ponomarenko",
    "Moroz",
]
UA_FIRST_CYR = [
    "Оксана",
    "Тарас",
    "Андрій",
    "Ірина",
    "Дмитро",
    "Олена",
    "Юлія",
    "Богдан",
    "Катерина",
    "Сергій",
]
UA_LAST_CYR = [
    "Коваленко",
    "Шевчук",
    "Мельник",
    "Бондаренко",
    "Ткаченко",
    "Кравченко",
    "Бойко",
    "Лисенко",
    "Марченко",
    "Руденко",
]
UA_PATR_CYR = [
    "Олександрівна",
    "Іванович",
    "Петрівна",
    "Миколайович",
    "Сергіївна",
    "Андрійович",
    "Василівна",
    "Богданович",
]
PH_FIRST = [
    "Maria Clara",
    "Juan",
    "Jose Miguel",
    "Angelica",
    "Mark Anthony",
    "Kristine Mae",
    "Rommel",
    "Jasmine",
    "Paolo",
    "Liza",
    "Ramon",
    "Cherry Ann",
    "Jericho",
    "Precious",
    "Carlo",
    "Divina",
]
PH_LAST = [
    "Santos",
    "Reyes",
    "dela Cruz",
    "Bautista",
    "Ocampo",
    "Garcia",
    "Mendoza",
    "Torres",
    "Villanueva",
    "Ramos",
    "Aquino",
    "Castillo",
    "Macaraeg",
    "Pangilinan",
    "Sison",
    "Manalo",
]
AR_FIRST = [
    "Lucía",
    "Martín",
    "Sofía",
    "Santiago",
    "Valentina",
    "Mateo",
    "Camila",
    "Facundo",
    "Agustina",
    "Nicolás",
    "Julieta",
    "Tomás",
    "Florencia",
    "Joaquín",
    "Milagros",
    "Gonzalo",
]
AR_LAST = [
    "Fernández",
    "González",
    "Rodríguez",
    "López",
    "Gómez",
    "Díaz",
    "Pérez",
    "Romero",
    "Sosa",
    "Álvarez",
    "Benítez",
    "Acosta",
    "Medina",
    "Herrera",
    "Aguirre",
    "Giménez",
]
CLIENT_PEOPLE = [
    ("Emily", "Carter"),
    ("Jonas", "Weber"),
    ("Aleksandra", "Nowak"),
    ("Noa", "Levi"),
    ("Arjun", "Mehta"),
    ("Chinedu", "Okeke"),
    ("Kenji", "Watanabe"),
    ("Sarah", "O'Connell"),
    ("Lars", "Johansson"),
    ("Ana", "Souza"),
    ("Mohammed", "Al-Farsi"),
    ("Claire", "Dubois"),
    ("Wei", "Zhang"),
    ("Hannah", "Schmidt"),
    ("Diego", "Ramírez"),
    ("Thandiwe", "Nkosi"),
]
STAFF = [
    ("Daryna", "Kravets"),
    ("Miguel", "Navarro"),
    ("Rhea", "Soriano"),
    ("Pavlo", "Yurchenko"),
    ("Bianca", "Ferreyra"),
    ("Joanna", "Lim"),
]
COMPANIES = [
    ("Brightloop Labs", "brightloop.io"),
    ("Northwind Analytics", "northwind-analytics.com"),
    ("Hollow Pine Games", "hollowpine.games"),
    ("Fjord Freight GmbH", "fjordfreight.de"),
    ("Tamarind Health Inc.", "tamarindhealth.com"),
    ("Kavun Studio", "kavun.studio"),
    ("Mate Cocido SRL", "matecocido.com.ar"),
    ("Sari-Sari Digital", "sarisari.ph"),
    ("Orbitly", "orbitly.app"),
    ("Quokka Legal LLP", "quokkalegal.co.uk"),
]
COUNTRIES = ["UA", "PH", "AR"]
MAIL = {
    "UA": ["gmail.com", "ukr.net", "i.ua", "meta.ua"],
    "PH": ["gmail.com", "yahoo.com", "yahoo.com.ph"],
    "AR": ["gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com"],
}


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().replace("'", "")


def random_person(f: Fake, country: str | None = None) -> tuple[str, str, str]:
    c = country or f.pick(COUNTRIES)
    first, last = {"UA": (UA_FIRST, UA_LAST), "PH": (PH_FIRST, PH_LAST), "AR": (AR_FIRST, AR_LAST)}[c]
    return f.pick(first), f.pick(last), c


def person(f: Fake, country: str | None = None) -> tuple[str, str, str]:
    """The message's user (set per message in build), so name, e-mail and username agree."""
    me = getattr(f, "persona", None)
    if me and (country is None or country == me[2]):
        return me
    return random_person(f, country)


def home(f: Fake) -> str:
    me = getattr(f, "persona", None)
    return me[2] if me and f.r.random() < 0.85 else f.pick(COUNTRIES)


def other_full(f: Fake, country: str | None = None) -> str:
    fi, la, _ = random_person(f, country)
    return f"{fi} {la}"


def other_email(f: Fake) -> str:
    fi, la, c = random_person(f)
    fi = ascii_fold(fi.split()[0]).lower()
    la = ascii_fold(la.replace(" ", "")).lower()
    return f"{f.pick([f'{fi}.{la}', f'{fi}{la[:3]}{f.r.randint(1, 99)}', f'{fi[0]}{la}'])}@{f.pick(MAIL[c])}"


def first(f: Fake) -> str:
    return person(f)[0]


def last(f: Fake) -> str:
    return person(f)[1]


def full(f: Fake) -> str:
    fi, la, _ = person(f)
    return f"{fi} {la}"


def client_full(f: Fake) -> str:
    return " ".join(f.pick(CLIENT_PEOPLE))


def staff_full(f: Fake) -> str:
    return " ".join(f.pick(STAFF))


def staff_email(f: Fake) -> str:
    fi, la = f.pick(STAFF)
    return f"{fi[0].lower()}.{la.lower()}@gigbridge.io"


def email(f: Fake, country: str | None = None) -> str:
    fi, la, c = person(f, country)
    mine = (fi, la, c) == getattr(f, "persona", None)
    if mine and getattr(f, "persona_email", None):
        return f.persona_email
    address = _email(f, fi, la, c)
    if mine:
        f.persona_email = address
    return address


def _email(f: Fake, fi: str, la: str, c: str) -> str:
    fi = ascii_fold(fi.split()[0]).lower()
    la = ascii_fold(la.replace(" ", "")).lower()
    user = f.pick(
        [f"{fi}.{la}", f"{fi}{la}{f.r.randint(1, 99)}", f"{fi[0]}{la}", f"{fi}_{la[:3]}", f"{la}.{fi}"]
    )
    return f"{user}@{f.pick(MAIL[c])}"


def client_email(f: Fake) -> str:
    fi, la = f.pick(CLIENT_PEOPLE)
    _, domain = f.pick(COMPANIES)
    return f"{ascii_fold(fi).lower()}.{ascii_fold(la).lower()}@{domain}"


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, country: str | None = None) -> str:
    c = country or home(f)
    if c == "UA":
        op = f.pick(["67", "68", "50", "66", "63", "93", "97", "73"])
        a, b, e = d(f, 3), d(f, 2), d(f, 2)
        return f.pick(
            [f"+380 {op} {a} {b} {e}", f"+380{op}{a}{b}{e}", f"0{op} {a} {b} {e}", f"(0{op}) {a}-{b}-{e}"]
        )
    if c == "PH":
        op = f.pick(["917", "918", "927", "945", "966", "995", "908", "939"])
        a, b = d(f, 3), d(f, 4)
        return f.pick([f"+63 {op} {a} {b}", f"0{op}{a}{b}", f"0{op}-{a}-{b}", f"+63{op}{a}{b}"])
    area = f.pick(["11", "351", "341", "261"])
    rest = d(f, 10 - len(area))
    return f.pick(
        [f"+54 9 {area} {rest[:-4]}-{rest[-4:]}", f"+549{area}{rest}", f"0{area} 15-{rest[:-4]}-{rest[-4:]}"]
    )


def intl_phone(f: Fake) -> str:
    return f.pick(
        [phone(f), f.phone(), f"+48 {d(f, 3)} {d(f, 3)} {d(f, 3)}", f"+49 151 {d(f, 8)}", f"+91 98{d(f, 8)}"]
    )


def city(f: Fake, country: str | None = None) -> str:
    c = country or home(f)
    return f.pick(
        {
            "UA": ["Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro", "Vinnytsia", "Ivano-Frankivsk", "Chernihiv"],
            "PH": ["Quezon City", "Makati", "Cebu City", "Davao City", "Pasig", "Iloilo City", "Baguio"],
            "AR": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata", "Salta"],
        }[c]
    )


def street(f: Fake, country: str | None = None) -> str:
    c = country or home(f)
    n = f.r.randint(1, 180)
    if c == "UA":
        s = f.pick(
            [
                "vul. Shevchenka",
                "vul. Hrushevskoho",
                "prosp. Peremohy",
                "vul. Zelena",
                "vul. Horodotska",
                "вул. Хрещатик",
                "вул. Сихівська",
            ]
        )
        return f.pick([f"{s}, {n}", f"{s}, {n}, kv. {f.r.randint(1, 240)}"])
    if c == "PH":
        s = f.pick(["Mabini St.", "Rizal Ave.", "Katipunan Ave.", "Gen. Luna St.", "Osmeña Blvd."])
        return f.pick(
            [
                f"{n} {s}, Brgy. {f.pick(['San Antonio', 'Poblacion', 'Lahug', 'Bagong Silang'])}",
                f"Blk {f.r.randint(1, 40)} Lot {f.r.randint(1, 60)}, {s}",
            ]
        )
    s = f.pick(
        ["Av. Corrientes", "Av. Santa Fe", "Calle Mitre", "Bv. San Juan", "Av. Colón", "Calle Belgrano"]
    )
    return f.pick([f"{s} {n * 10}", f"{s} {n * 10}, Piso {f.r.randint(1, 12)} Dpto {f.pick('ABCD')}"])


def postcode(f: Fake, country: str | None = None) -> str:
    c = country or home(f)
    if c == "UA":
        return f"{f.r.randint(1, 99):02d}{d(f, 3)}"
    if c == "PH":
        return str(f.r.randint(1000, 9800))
    return f.pick(
        [
            str(f.r.randint(1000, 9400)),
            f"{f.pick('CBXM')}{f.r.randint(1000, 9400)}{f.pick(['AAZ', 'ABC', 'DKE'])}",
        ]
    )


def full_address(f: Fake) -> str:
    c = f.pick(COUNTRIES)
    return f"{street(f, c)}, {city(f, c)} {postcode(f, c)}"


def dob(f: Fake) -> str:
    return f.date(1968, 2005)


def lat(f: Fake) -> float:
    return round(f.pick([50.45, 49.84, 14.60, 10.31, -34.60, -31.42]) + f.r.uniform(-0.08, 0.08), 6)


def lon(f: Fake) -> float:
    return round(f.pick([30.52, 24.03, 120.98, 123.89, -58.38, -64.18]) + f.r.uniform(-0.08, 0.08), 6)


# -- identifiers with their real check digits ---------------------------------------------------


def iban(f: Fake, country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return raw if f.r.random() < 0.6 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def ua_iban(f: Fake) -> str:
    mfo = f.pick(["322001", "305299", "300528", "380805", "320649", "351005"])
    return iban(f, "UA", mfo + "00000" + f.pick(["2620", "2600", "2625"]) + d(f, 10))


def intl_iban(f: Fake) -> str:
    return f.pick(
        [ua_iban(f), f.iban(f.pick(["DE", "GB", "NL", "ES", "FR"])), iban(f, "PL", d(f, 24)), ua_iban(f)]
    )


def _cbu_check(digits: str, weights: list[int]) -> str:
    total = sum(int(ch) * weights[i % len(weights)] for i, ch in enumerate(digits))
    return str((10 - total % 10) % 10)


def cbu(f: Fake, bank: str | None = None) -> str:
    bank = bank or f.pick(["007", "011", "017", "072", "285", "191", "150"])
    b1 = bank + d(f, 4)
    b1 += _cbu_check(b1, [7, 1, 3, 9])
    b2 = d(f, 13)
    b2 += _cbu_check(b2, [3, 9, 7, 1])
    return b1 + b2


def cvu(f: Fake) -> str:
    b1 = "0000003"
    b1 += _cbu_check(b1, [7, 1, 3, 9])
    b2 = "1000" + d(f, 9)
    b2 += _cbu_check(b2, [3, 9, 7, 1])
    return b1 + b2


def cbu_alias(f: Fake) -> str:
    words = ["mesa", "sol", "rio", "mate", "lapiz", "nube", "tango", "gato", "pampa", "faro", "luna", "limon"]
    return (
        ".".join(f.pick(words) for _ in range(3)).upper()
        if f.r.random() < 0.4
        else (".".join(f.pick(words) for _ in range(3)))
    )


def cuit(f: Fake, company: bool = False) -> str:
    while True:
        prefix = f.pick(["30", "33"]) if company else f.pick(["20", "27", "23", "20", "27"])
        dni = str(f.r.randint(20_000_000, 45_999_999))
        body = prefix + dni
        total = sum(int(ch) * w for ch, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
        check = 11 - total % 11
        if check == 10:
            continue
        check = 0 if check == 11 else check
        return f.pick([f"{prefix}-{dni}-{check}", f"{body}{check}"])


def dni(f: Fake) -> str:
    n = str(f.r.randint(20_000_000, 45_999_999))
    return f.pick([n, f"{n[:2]}.{n[2:5]}.{n[5:]}"])


def rnokpp(f: Fake) -> str:
    born = date(f.r.randint(1968, 2004), f.r.randint(1, 12), f.r.randint(1, 28))
    days = (born - date(1899, 12, 31)).days
    body = f"{days:05d}{d(f, 4)}"
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    check = sum(int(ch) * w for ch, w in zip(body, weights, strict=True)) % 11 % 10
    return body + str(check)


def unzr(f: Fake) -> str:
    born = f"{f.r.randint(1968, 2004)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    body = born + d(f, 4)
    check = sum(int(ch) * [7, 3, 1][i % 3] for i, ch in enumerate(body)) % 10
    return f"{born}-{body[8:]}{check}"


def ph_tin(f: Fake) -> str:
    return f.pick([f"{d(f, 3)}-{d(f, 3)}-{d(f, 3)}-000", f"{d(f, 9)}0000", f"{d(f, 3)}-{d(f, 3)}-{d(f, 3)}"])


def sss(f: Fake) -> str:
    return f"{f.r.randint(1, 34):02d}-{d(f, 7)}-{d(f, 1)}"


def philhealth(f: Fake) -> str:
    return f"{f.pick(['01', '02', '03', '12', '19'])}-{d(f, 9)}-{d(f, 1)}"


def pagibig(f: Fake) -> str:
    return f"{f.pick(['1210', '1211', '1050'])}-{d(f, 4)}-{d(f, 4)}"


def philsys(f: Fake) -> str:
    return f"{d(f, 4)}-{d(f, 4)}-{d(f, 4)}-{d(f, 4)}"


def passport(f: Fake) -> str:
    return f.pick(
        [
            f.pick(["FA", "FB", "FC", "GA"]) + d(f, 6),  # Ukrainian biometric passport
            f.pick(["КВ", "МЕ", "СН", "ВО"]) + d(f, 6),  # Ukrainian booklet passport
            "P" + d(f, 7) + f.pick("ABC"),  # Philippine e-passport
            f.pick(["AAF", "AAG", "AAH"]) + d(f, 6),  # Argentine passport
        ]
    )


def national_doc(f: Fake) -> str:
    return f.pick([d(f, 9), dni(f), philsys(f), passport(f)])


def card(f: Fake) -> str:
    prefix = f.pick(["444111", "537541", "516875", "414949", "450799", "546553", "455633", "4"])
    number = f.luhn_complete(prefix + d(f, 15 - len(prefix)))
    return number if f.r.random() < 0.5 else " ".join(number[i : i + 4] for i in range(0, 16, 4))


def ph_account(f: Fake) -> str:
    return f.pick([d(f, 12), f"{d(f, 4)}-{d(f, 4)}-{d(f, 2)}", d(f, 10), f"{d(f, 4)} {d(f, 4)} {d(f, 4)}"])


def plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f.pick(
        [
            "".join(f.pick(letters) for _ in range(3)) + " " + d(f, 4),
            d(f, 3) + " " + "".join(f.pick(letters) for _ in range(3)),
            "".join(f.pick(letters) for _ in range(2)) + " " + d(f, 4),
        ]
    )


def ph_drivers_license(f: Fake) -> str:
    return f"{f.pick(['N', 'D', 'A'])}{d(f, 2)}-{d(f, 2)}-{d(f, 6)}"


def otp(f: Fake) -> str:
    return d(f, 6)


def username(f: Fake) -> str:
    fi, la, _ = person(f)
    fi = ascii_fold(fi.split()[0]).lower()
    la = ascii_fold(la.replace(" ", "")).lower()
    return f.pick([f"{fi}_{la[:4]}", f"{fi}{la[0]}{f.r.randint(1, 99)}", f"{fi}.{la}", f"{la}{fi[0]}"])


def avatar(f: Fake) -> str:
    return f"https://cdn.gigbridge.io/avatars/{f.hexid(16)}.jpg?v={f.r.randint(1, 9)}"


def job_id(f: Fake) -> str:
    return "~01" + f.hexid(18)


def money(f: Fake, lo: float, hi: float) -> float:
    return f.money(lo, hi)


def ts(f: Fake) -> str:
    return f.iso()


# -- texts ---------------------------------------------------------------------------------------

CHAT_CLEAN = [
    "Hi! I've pushed the latest build to staging, can you take a look?",
    "Can we move our call to Thursday 3pm your time?",
    "Привіт! Макет готовий, гляньте будь ласка коли буде час",
    "Salamat po, I'll send the revised invoice tomorrow morning.",
    "Dale, lo reviso a la noche y te aviso.",
    "Attached the Figma file with the new onboarding flow.",
    "The API returns 500 on /orders when the cart is empty, fixing now.",
    "Sounds good 👍",
    "Could you add two more revisions to milestone 3?",
    "Ya subí los archivos al drive compartido.",
    "Done with the landing page copy, 1,200 words.",
    "Thanks! Releasing the milestone now.",
]
REVIEW_TEXTS = [
    "Excellent communication and delivered ahead of schedule.",
    "Very professional, understood the brief immediately. Will hire again.",
    "Good work overall but needed a few extra rounds on the design.",
    "Muy buen trabajo, súper recomendable.",
    "Clear requirements and fast milestone releases. Great client!",
    "Code quality was solid and the docs were thorough.",
    "Missed two deadlines, the final result was okay.",
    "Відмінна робота, рекомендую!",
]
DISPUTE_TEXTS = [
    "Freelancer delivered only half of the agreed screens and stopped responding.",
    "Client approved the work in chat but refuses to release milestone 2.",
    "The delivered code does not compile and the tests fail.",
    "Scope changed three times without an updated contract.",
    "Work was copied from a public template, not original as promised.",
]
COVER_LETTERS = [
    "I have 6 years of experience with React and Node and shipped two similar dashboards last year.",
    "I can start today and deliver the first milestone within a week.",
    "Tengo experiencia en e-commerce con Shopify y Tiendanube, te comparto ejemplos en el portfolio.",
    "I am a native-level English VA with 4 years supporting US real estate teams.",
    "Маю досвід з Flutter та Firebase, готовий обговорити деталі на дзвінку.",
    "I specialise in bookkeeping for Xero and QuickBooks, with 30+ clients served.",
]
SKILLS = [
    "React",
    "Node.js",
    "Flutter",
    "Python",
    "Figma",
    "WordPress",
    "Shopify",
    "Copywriting",
    "Virtual Assistance",
    "Bookkeeping",
    "SEO",
    "Video Editing",
    "Laravel",
    "Data Entry",
    "Go",
    "Kotlin",
]
JOB_TITLES = [
    "Senior React Developer",
    "Virtual Assistant",
    "UI/UX Designer",
    "Bookkeeper (Xero)",
    "Flutter Developer",
    "SEO Content Writer",
    "Customer Support Agent",
    "Video Editor",
    "Shopify Expert",
    "Data Analyst",
]
CATEGORIES_JOB = [
    "Web Development",
    "Design & Creative",
    "Admin Support",
    "Accounting",
    "Writing",
    "Customer Service",
    "Mobile Development",
    "Data Science",
]


def flagged_email_text(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"Let's continue on email: {e}",
            f"pls write me at {e} its faster there",
            f"mi mail es {e}, escribime ahí",
            f"пишіть на {e}, там швидше відповім",
            f"Send the files to {e} instead",
            f"my gmail is {e} po",
        ]
    )


def flagged_phone_text(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"WhatsApp me {p}",
            f"mi cel {p}",
            f"Viber {p}",
            f"Telegram: {p}",
            f"text me po {p}",
            f"call me on {p} tomorrow",
        ]
    )


def admin_note(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Called {p}, freelancer confirmed the payout details.",
            f"Left voicemail on {p}, will retry tomorrow.",
            f"Verified by phone ({p}), unlocking account.",
            f"Client reached at {p}; agreed to extend milestone deadline.",
        ]
    )


def ticket_description(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"I can't log in, my account email is {e} and the code never arrives.",
            f"Please change my login from {e} to my new address.",
            f"Payout still pending after 5 days. Account: {e}",
            f"Hola, no puedo verificar mi identidad. Mi correo: {e}",
            f"Two-factor reset request for {e}, lost my phone.",
        ]
    )


def payout_return_note(f: Fake) -> str:
    acct = f.pick([ua_iban(f), ua_iban(f), intl_iban(f)])
    return f.pick(
        [
            f"Returned by beneficiary bank: account {acct} closed",
            f"R03 no account/unable to locate – {acct}",
            f"Bank rejected credit to {acct}, name mismatch",
        ]
    )


# -- contexts ------------------------------------------------------------------------------------

UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
]
LOCALES = ["uk-UA", "en-PH", "es-AR", "en-US", "fil-PH", "en-GB", "uk", "es-419"]
TIMEZONES = [
    "Europe/Kyiv",
    "Asia/Manila",
    "America/Argentina/Buenos_Aires",
    "America/New_York",
    "Europe/Berlin",
]
PAGES = [
    ("/", "GigBridge – Hire freelancers"),
    ("/jobs/search", "Find work | GigBridge"),
    ("/freelancers/search", "Find talent | GigBridge"),
    ("/payouts", "Payouts | GigBridge"),
    ("/settings/tax", "Tax information | GigBridge"),
    ("/contracts", "My contracts | GigBridge"),
    ("/messages", "Messages | GigBridge"),
    ("/signup", "Create your account | GigBridge"),
]


def web_context(f: Fake) -> dict:
    path, title = f.pick(PAGES)
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.linkedin.com/", "https://t.co/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?ref=nav", "?utm_source=facebook&utm_medium=paid", "?page=2"])
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://www.gigbridge.io" + path),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["ua_devs_q2", "ph_va_launch", "ar_remote_work", "brand_search"])),
            "source": G(lambda f: f.pick(["google", "facebook", "linkedin", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(["hire react developer", "virtual assistant philippines", "freelance jobs"])
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "cta_footer"])),
        }
    return ctx


def swift_context(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "GigBridge"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["41800", "41902", "42000"])),
            "namespace": G(lambda f: "io.gigbridge.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")},
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    return ctx


def kotlin_context(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "GigBridge"),
            "version": G(lambda f: f.pick(["4.18.0", "4.20.1"])),
            "build": G(lambda f: f.pick(["418000", "420100"])),
            "namespace": G(lambda f: "io.gigbridge.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "Google", "vivo"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Redmi Note 12", "CPH2591", "Pixel 7", "V2250"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "OP5958L1", "panther"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(
                    [
                        "Kyivstar",
                        "lifecell",
                        "Vodafone UA",
                        "Globe",
                        "Smart",
                        "DITO",
                        "Personal",
                        "Claro",
                        "Movistar",
                    ]
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return ctx


def rn_context(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "GigBridge Go"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "io.gigbridge.go"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "realme", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A145F", "RMX3710", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick(["en-PH", "fil-PH", "es-AR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.4"])),
        },
        "screen": {"width": G(lambda f: 412), "height": G(lambda f: 915)},
        "timezone": G(lambda f: f.pick(["Asia/Manila", "America/Argentina/Buenos_Aires"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
        },
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "city": Y(lambda f: city(f, f.pick(["PH", "AR"])), "city"),
            "country": G(lambda f: f.pick(["Philippines", "Argentina"])),
            "speed": G(lambda f: round(f.r.uniform(0, 12), 1)),
        },
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }
    return ctx


def flutter_context(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "GigBridge Client"),
            "version": G(lambda f: f.pick(["1.9.0", "1.10.3"])),
            "build": G(lambda f: f.pick(["190", "1103"])),
            "namespace": G(lambda f: "io.gigbridge.client"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X710", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([820, 1280])), "height": G(lambda f: f.pick([1180, 800]))},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "network": {"wifi": G(lambda f: True)},
        "instanceId": G(lambda f: f.uuid()),
        "userAgent": G(lambda f: f.pick(["GigBridgeClient/1.10.3 (iPad; iOS 17.4)", "Dart/3.3 (dart:io)"])),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "@segment/analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "analytics-csharp": "2.4.0",
}


def server_context(library: str):
    def make(f: Fake) -> dict:
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: library), "version": G(lambda f: SERVER_VERSIONS[library])}
        }
        if library in ("@segment/analytics-node", "analytics-php", "analytics-python") and f.r.random() < 0.6:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if library == "@segment/analytics-node" and f.r.random() < 0.5:
            ctx["userAgent"] = G(lambda f: f.pick(UAS_WEB))
        if library == "analytics-python" and f.r.random() < 0.3:
            ctx["externalIds"] = Many(
                {
                    "id": G(lambda f: "003Dn" + f.hexid(10).upper()),
                    "type": G(lambda f: "salesforce_contact_id"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if library == "analytics-ruby" and f.r.random() < 0.5:
            ctx["groupId"] = G(lambda f: "org_" + d(f, 6))
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("@segment/analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("analytics-csharp"),
}
MOBILE = ["swift", "kotlin"]
APPS = ["web", "swift", "kotlin"]

# -- shared pieces --------------------------------------------------------------------------------

PRODUCTS = [
    ("cn_40", "CN-40", "Connects Pack 40", 6.0),
    ("cn_80", "CN-80", "Connects Pack 80", 12.0),
    ("plus_m", "FL-PLUS-1M", "Freelancer Plus (monthly)", 19.99),
    ("boost_7", "BOOST-7D", "Featured Profile Boost 7d", 9.0),
    ("team_y", "CL-TEAM-12M", "Client Team plan (annual)", 499.0),
]


def _product(f: Fake, field: int, new: bool = False):
    # product_id is rendered first and picks the product; sku, name and price follow it
    if new or not hasattr(f, "product"):
        f.product = f.pick(PRODUCTS)
    return f.product[field]


def product_item():
    return {
        "product_id": G(lambda f: _product(f, 0, new=True)),
        "sku": G(lambda f: _product(f, 1)),
        "name": G(lambda f: _product(f, 2)),
        "price": G(lambda f: _product(f, 3)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "category": G(lambda f: f.pick(["connects", "membership", "promotion"])),
        "position": G(lambda f: f.r.randint(1, 5)),
    }


def screening_answers():
    return Many(
        {
            "question_id": G(lambda f: f.r.randint(1000, 9999)),
            "answer": G(
                lambda f: f.pick(
                    [
                        "Yes, 3 years with Stripe Connect.",
                        "I usually work 9am–6pm EST overlap.",
                        "Around 2 weeks for the MVP.",
                        "Sí, trabajé con Mercado Pago API.",
                    ]
                )
            ),
        },
        2,
    )


EVENTS: list[tuple[str, str | None, list[str], dict, int]] = [
    # ---- sign-up, identity and verification ------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "linkedin"])),
            "account_type": G(lambda f: f.pick(["freelancer", "client", "agency"])),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "country": G(lambda f: f.pick(["UA", "PH", "AR", "US", "DE"])),
            "referral_code": G(lambda f: "GB-" + f.hexid(6).upper()),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "email_verified": G(lambda f: False),
        },
        3,
    ),
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "username": Y(username, "name"),
            "avatar": Y(avatar, "photo"),
            "city": Y(city, "city"),
            "country": G(lambda f: f.pick(COUNTRIES)),
            "title": G(lambda f: f.pick(JOB_TITLES)),
            "hourly_rate": Y(lambda f: f.pick([8, 10, 12.5, 15, 20, 25, 35, 45, 60]), "salary"),
            "skills": Many(G(lambda f: f.pick(SKILLS)), 5),
            "english_level": G(lambda f: f.pick(["basic", "conversational", "fluent", "native"])),
            "timezone": G(lambda f: f.pick(TIMEZONES)),
            "created_at": G(ts),
            "is_verified": G(lambda f: f.pick([True, False])),
            "top_rated": G(lambda f: f.pick([True, False])),
            "total_earned": Y(lambda f: f.money(0, 85000), "salary"),
            "age_range": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54"])),
            "account_type": G(lambda f: "freelancer"),
        },
        3,
    ),
    (
        "identify",
        None,
        ["kotlin", "swift"],
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phoneNumber": Y(phone, "phone"),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "whatsappNumber": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "prefer_not_to_say"]), "gender"),
            "avatarUrl": Y(avatar, "photo"),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "appLanguage": G(lambda f: f.pick(["uk", "en", "es", "fil"])),
            "kycLevel": G(lambda f: f.pick([0, 1, 2])),
            "lastLoginAt": G(ts),
        },
        2,
    ),
    (
        "track",
        "Phone Verification Code Sent",
        ["python", "node"],
        {
            "to": Y(phone, "phone", True),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "viber"])),
            "provider": G(lambda f: f.pick(["twilio", "vonage", "messagebird"])),
            "code": RED(otp, "token"),
            "expires_in_sec": G(lambda f: 300),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "sid": G(lambda f: "SM" + f.hexid(32)),
        },
        2,
    ),
    (
        "track",
        "Identity Verification Started",
        ["swift", "kotlin", "web"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: "veriff"),
            "document_type": G(lambda f: f.pick(["PASSPORT", "ID_CARD", "DRIVERS_LICENSE"])),
            "document_country": G(lambda f: f.pick(COUNTRIES)),
            "has_passport": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # Veriff-shaped decision webhook relayed by the backend
    (
        "track",
        "Identity Verification Decided",
        ["python"],
        {
            "status": G(lambda f: "success"),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "code": G(lambda f: f.pick([9001, 9102, 9103])),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
                "decisionTime": G(ts),
                "person": {
                    "firstName": Y(lambda f: first(f).upper(), "name"),
                    "lastName": Y(lambda f: last(f).upper(), "name"),
                    "dateOfBirth": Y(dob, "birthdate"),
                    "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
                    "idNumber": RED(lambda f: f.pick([rnokpp(f), dni(f), philsys(f)]), "national id"),
                    "nationality": Y(lambda f: f.pick(COUNTRIES), "citizenship"),
                    "placeOfBirth": Y(city, "city"),
                },
                "document": {
                    "number": RED(passport, "passport|national id"),
                    "type": G(lambda f: f.pick(["PASSPORT", "ID_CARD"])),
                    "country": G(lambda f: f.pick(COUNTRIES)),
                    "validFrom": G(lambda f: f.date(2014, 2022)),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
                "riskLabels": Many(
                    {
                        "label": G(
                            lambda f: f.pick(
                                [
                                    "document_integration_level_crosslinked_with_fraud",
                                    "person_appears_in_multiple_sessions",
                                    "device_emulator",
                                ]
                            )
                        )
                    },
                    2,
                ),
            },
            "technicalData": {"ip": Y(lambda f: f.ipv4(), "ip")},
        },
        2,
    ),
    # Onfido-shaped document report, document_numbers[].value carries a DNI or ID number
    (
        "track",
        "Document Report Completed",
        ["node"],
        {
            "report_id": G(lambda f: f.uuid()),
            "applicant_id": G(lambda f: f.uuid()),
            "result": G(lambda f: f.pick(["clear", "consider"])),
            "sub_result": G(lambda f: f.pick(["clear", "caution", "suspected"])),
            "breakdown": {
                "visual_authenticity": G(lambda f: f.pick(["clear", "consider"])),
                "data_consistency": G(lambda f: f.pick(["clear", "consider"])),
            },
            "document_numbers": Many(
                {
                    "value": RED(lambda f: f.pick([dni(f), d(f, 9)]), "national id", True),
                    "type": G(lambda f: "document_number"),
                },
                1,
            ),
            "issuing_country": G(lambda f: f.pick(["ARG", "UKR", "PHL"])),
            "date_of_expiry": G(lambda f: f.date(2025, 2035)),
            "dob_match": G(lambda f: f.pick([True, False])),
            "name_match_score": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
        },
        2,
    ),
    (
        "track",
        "Selfie Captured",
        ["kotlin", "swift"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "selfie_url": Y(lambda f: f"https://kyc.gigbridge.io/selfies/{f.uuid()}.jpg", "photo"),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
            "face_match": G(lambda f: f.pick([True, False])),
            "retake_count": G(lambda f: f.r.randint(0, 3)),
        },
        2,
    ),
    # ---- security ----------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin"],
        {
            "method": G(lambda f: f.pick(["password", "google", "apple", "magic_link"])),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "new_device": G(lambda f: f.pick([True, False])),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "geo": {
                "city": Y(city, "city"),
                "country": G(lambda f: f.pick(COUNTRIES)),
                "asn": G(lambda f: f.r.randint(1000, 60000)),
            },
            "risk_score": G(lambda f: f.r.randint(0, 100)),
            "login_count": G(lambda f: f.r.randint(1, 900)),
        },
        2,
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(email, "email"),
            "magic_link": RED(lambda f: "https://www.gigbridge.io/auth/magic?token=" + f.hexid(48), "token"),
            "expires_at": G(ts),
            "email_provider": G(lambda f: f.pick(["sendgrid", "postmark"])),
            "message_id": G(lambda f: f"<{f.hexid(20)}@mail.gigbridge.io>"),
        },
        1,
    ),
    (
        "track",
        "Password Reset Requested",
        ["php"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "previous_resets": G(lambda f: f.r.randint(0, 4)),
            "password_age_days": G(lambda f: f.r.randint(1, 900)),
        },
        1,
    ),
    (
        "track",
        "Account Registered",
        ["php"],
        {
            "email": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(
                    ["Kyiv2024!", "mahalKita#88", "Boca1905river", "qwerty123!A", "Sunflower_77"]
                ),
                "password",
            ),
            "password_confirmation_matches": G(lambda f: True),
            "terms_accepted": G(lambda f: True),
            "form_version": G(lambda f: "v3.2"),
        },
        1,
    ),
    (
        "track",
        "API Key Created",
        ["go"],
        {
            "key_id": G(lambda f: "key_" + f.hexid(12)),
            "key_prefix": G(lambda f: "gb_live_" + f.hexid(4)),
            "api_key": RED(lambda f: "gb_live_" + f.hexid(4) + f.hexid(28), "secret"),
            "scopes": Many(
                G(lambda f: f.pick(["jobs:read", "contracts:read", "messages:write", "payouts:read"])), 3
            ),
            "created_by": G(lambda f: f.r.randint(100000, 999999)),
        },
        1,
    ),
    (
        "track",
        "Webhook Endpoint Configured",
        ["go"],
        {
            "endpoint_id": G(lambda f: f.r.randint(1000, 99999)),
            "endpoint_url": G(lambda f: f"https://hooks.{f.pick(COMPANIES)[1]}/gigbridge"),
            "signing_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "events": Many(G(lambda f: f.pick(["contract.started", "milestone.released", "payout.paid"])), 3),
            "enabled": G(lambda f: True),
        },
        1,
    ),
    (
        "track",
        "Phone Number Changed",
        ["java"],
        {
            "old_value": Y(phone, "phone", True),
            "new_value": Y(phone, "phone", True),
            "changed_by": G(lambda f: f.pick(["user", "support"])),
            "verification_method": G(lambda f: f.pick(["sms_otp", "email_otp"])),
            "audit_id": G(lambda f: f.r.randint(10**8, 10**9)),
        },
        1,
    ),
    # ---- profile and portfolio -------------------------------------------------------------
    (
        "track",
        "Profile Updated",
        ["web", "kotlin"],
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["title", "overview", "hourly_rate", "skills", "photo"])), 3
            ),
            "headline": G(lambda f: f.pick(JOB_TITLES)),
            "hourly_rate": Y(lambda f: f.pick([8, 10, 12.5, 15, 20, 25, 35, 45, 60]), "salary"),
            "previous_hourly_rate": Y(lambda f: f.pick([7, 9, 12, 15, 18, 22, 30]), "salary"),
            "overview_length": G(lambda f: f.r.randint(100, 5000)),
            "profile_visibility": G(lambda f: f.pick(["public", "platform_only", "private"])),
            "availability_hours": G(lambda f: f.pick(["<30", "30+", "as_needed"])),
            "photo_changed": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Portfolio Item Added",
        ["web"],
        {
            "portfolio_item_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "project_title": G(
                lambda f: f.pick(
                    [
                        "Fintech dashboard redesign",
                        "Shopify store for coffee roaster",
                        "Logistics tracking app",
                        "Landing page for SaaS launch",
                        "Pet clinic booking app",
                    ]
                )
            ),
            "client_name": G(lambda f: f.pick(COMPANIES)[0]),
            "file_sha256": G(lambda f: f.hexid(64)),
            "skills": Many(G(lambda f: f.pick(SKILLS)), 3),
        },
        2,
    ),
    (
        "page",
        "Freelancer Profile",
        ["web"],
        {
            "path": G(lambda f: "/freelancers/~01" + f.hexid(18)),
            "url": G(lambda f: "https://www.gigbridge.io/freelancers/~01" + f.hexid(18)),
            "title": G(lambda f: f.pick(JOB_TITLES) + " | GigBridge"),
            "referrer": G(
                lambda f: f.pick(["https://www.gigbridge.io/freelancers/search", "https://www.google.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?s=search_results&pos=3"])),
            "freelancer_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "viewer_type": G(lambda f: f.pick(["client", "freelancer", "anonymous"])),
        },
        2,
    ),
    (
        "page",
        "Find Work",
        ["web"],
        {
            "path": G(lambda f: "/jobs/search"),
            "url": G(
                lambda f: (
                    "https://www.gigbridge.io/jobs/search?q=" + f.pick(["react", "virtual+assistant", "logo"])
                )
            ),
            "title": G(lambda f: "Find work | GigBridge"),
            "referrer": G(lambda f: f.pick(["", "https://www.gigbridge.io/"])),
            "search": G(lambda f: "?q=" + f.pick(["react", "virtual+assistant", "logo"])),
        },
        1,
    ),
    (
        "screen",
        "Profile Edit",
        ["swift", "kotlin"],
        {
            "section": G(lambda f: f.pick(["photo", "headline", "rate", "skills"])),
            "from_screen": G(lambda f: f.pick(["Home", "Settings", "Onboarding"])),
            "completeness": G(lambda f: f.r.randint(20, 100)),
        },
        2,
    ),
    # ---- jobs, proposals, contracts ------------------------------------------------------------
    (
        "track",
        "Job Posted",
        ["web", "flutter"],
        {
            "job_id": G(job_id),
            "title": G(
                lambda f: f.pick(
                    [
                        "Need a Flutter dev for MVP",
                        "Part-time VA for real estate team",
                        "Bookkeeper for Xero cleanup",
                        "Shopify theme tweaks",
                        "Spanish customer support",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(CATEGORIES_JOB)),
            "budget_type": G(lambda f: f.pick(["fixed", "hourly"])),
            "budget_min": G(lambda f: f.pick([100, 250, 500, 800])),
            "budget_max": G(lambda f: f.pick([1000, 1500, 3000, 8000])),
            "preferred_countries": Many(G(lambda f: f.pick(["UA", "PH", "AR", "PL", "IN"])), 3),
            "skills_required": Many(G(lambda f: f.pick(SKILLS)), 4),
        },
        2,
    ),
    (
        "track",
        "Jobs Searched",
        ["web", "kotlin", "swift"],
        {
            "search_term": G(
                lambda f: f.pick(
                    [
                        "react native",
                        "virtual assistant",
                        "logo design",
                        "traductor inglés español",
                        "data entry",
                        "bookkeeping xero",
                        "розробка сайту",
                    ]
                )
            ),
            "filters": {
                "category": G(lambda f: f.pick(CATEGORIES_JOB)),
                "budget_type": G(lambda f: f.pick(["fixed", "hourly", "any"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 2500)),
            "page": G(lambda f: f.r.randint(1, 6)),
            "sort": G(lambda f: f.pick(["relevance", "newest", "budget_desc"])),
        },
        2,
    ),
    (
        "track",
        "Freelancers Searched",
        ["web", "flutter"],
        {
            "query": G(
                lambda f: f.pick(
                    ["flutter developer", "filipino va", "shopify expert", "ukrainian qa engineer"]
                )
            ),
            "location": G(lambda f: f.pick(["Ukraine", "Philippines", "Argentina", "Latin America", "Cebu"])),
            "max_hourly_rate": G(lambda f: f.pick([15, 25, 40, 60])),
            "english_level": G(lambda f: f.pick(["conversational", "fluent"])),
            "results_count": G(lambda f: f.r.randint(0, 900)),
        },
        2,
    ),
    (
        "track",
        "Proposal Submitted",
        ["web", "kotlin"],
        {
            "proposal_id": G(lambda f: f.r.randint(10**9, 2 * 10**9)),
            "job_id": G(job_id),
            "bid_type": G(lambda f: f.pick(["fixed", "hourly"])),
            "bid_amount": G(lambda f: f.pick([150, 300, 450, 800, 1200, 2500])),
            "hourly_rate": Y(lambda f: f.pick([8, 10, 12.5, 15, 20, 25, 35, 45, 60]), "salary"),
            "connects_spent": G(lambda f: f.pick([4, 8, 12, 16])),
            "boosted": G(lambda f: f.pick([True, False])),
            "cover_letter": G(lambda f: f.pick(COVER_LETTERS)),
            "attachments_count": G(lambda f: f.r.randint(0, 3)),
            "screening_answers": screening_answers(),
            "screening": {
                "authorized_to_work_us": RED(lambda f: f.pick([True, False]), "visa"),
                "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
                "willing_to_overlap_us_hours": G(lambda f: f.pick([True, False])),
            },
        },
        2,
    ),
    (
        "track",
        "Interview Scheduled",
        ["node"],
        {
            "interview_id": G(lambda f: f.uuid()),
            "job_id": G(job_id),
            "scheduled_for": G(ts),
            "meeting_provider": G(lambda f: f.pick(["zoom", "google_meet", "gigbridge_video"])),
            "meeting_url": G(lambda f: f"https://meet.gigbridge.io/r/{f.hexid(10)}"),
            "attendees": Many(
                {
                    "name": Y(lambda f: f.pick([client_full(f), full(f)]), "name"),
                    "email": Y(lambda f: f.pick([client_email(f), email(f)]), "email"),
                    "role": G(lambda f: f.pick(["hiring_manager", "freelancer", "recruiter"])),
                },
                3,
            ),
        },
        2,
    ),
    (
        "track",
        "Contract Started",
        ["node", "ruby"],
        {
            "contract_id": G(lambda f: f.r.randint(30_000_000, 39_999_999)),
            "job_id": G(job_id),
            "job_title": G(lambda f: f.pick(JOB_TITLES)),
            "client_company": G(lambda f: f.pick(COMPANIES)[0]),
            "hiring_manager": {
                "name": Y(client_full, "name"),
                "email": Y(client_email, "email"),
                "title": G(lambda f: f.pick(["Head of Engineering", "Founder", "Operations Manager", "CTO"])),
            },
            "freelancer": {
                "id": G(lambda f: f.r.randint(10**6, 10**7)),
                "name": Y(full, "name"),
                "email": Y(email, "email"),
            },
            "rate_type": G(lambda f: f.pick(["hourly", "fixed"])),
            "hourly_rate": Y(lambda f: f.pick([8, 10, 12.5, 15, 20, 25, 35, 45, 60]), "salary"),
            "fixed_budget": G(lambda f: f.pick([0, 500, 1500, 4000])),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "currency": G(lambda f: "USD"),
        },
        2,
    ),
    # ---- chat --------------------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        ["web", "swift", "kotlin", "flutter"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "contract_id": G(lambda f: f.r.randint(30_000_000, 39_999_999)),
            "sender_role": G(lambda f: f.pick(["client", "freelancer"])),
            "preview": G(lambda f: f.pick(CHAT_CLEAN)),
            "length": G(lambda f: f.r.randint(2, 1200)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "attachment_types": Many(
                G(lambda f: f.pick(["image/png", "application/pdf", "application/zip"])), 2
            ),
            "is_first_message": G(lambda f: f.pick([True, False])),
        },
        4,
    ),
    (
        "track",
        "Off-Platform Contact Detected",
        ["python"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "detected_type": G(lambda f: "email"),
            "snippet": Y(flagged_email_text, "email", True),
            "action": G(lambda f: f.pick(["warned", "masked", "blocked"])),
            "prior_warnings": G(lambda f: f.r.randint(0, 3)),
        },
        2,
    ),
    (
        "track",
        "Message Flagged",
        ["python"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": Y(flagged_phone_text, "phone", True),
            "rule": G(lambda f: f.pick(["phone_number", "messaging_app_handle"])),
            "confidence": G(lambda f: round(f.r.uniform(0.7, 1.0), 2)),
        },
        2,
    ),
    # ---- client checkout (e-commerce spec) --------------------------------------------------
    (
        "track",
        "Product List Viewed",
        ["web"],
        {
            "list_id": G(lambda f: f.pick(["connects_store", "membership_plans"])),
            "category": G(lambda f: f.pick(["connects", "membership"])),
            "products": Many(product_item(), 4),
        },
        1,
    ),
    (
        "track",
        "Product Added",
        ["web", "swift"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **product_item(),
            "currency": G(lambda f: "USD"),
        },
        2,
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(lambda f: f.money(6, 500)),
            "revenue": G(lambda f: f.money(6, 500)),
            "tax": G(lambda f: f.money(0, 40)),
            "currency": G(lambda f: "USD"),
            "coupon": G(lambda f: f.pick(["", "WELCOME10", "CONNECTS20"])),
            "products": Many(product_item(), 2),
        },
        2,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "google_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: d(f, 4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["424242", "537541", "414949", "550000"])),
            "name_on_card": Y(lambda f: f.pick([client_full(f), full(f)]).upper(), "name"),
            "billing_postal_code": Y(lambda f: f.pick([f.zip(), postcode(f)]), "zipcode"),
        },
        2,
    ),
    # Stripe-shaped PaymentIntent, relayed whole by a node backend
    (
        "track",
        "Payment Intent Created",
        ["node"],
        {
            "payment_intent": {
                "id": G(lambda f: "pi_3" + f.hexid(23)),
                "amount": G(lambda f: f.r.randint(600, 49900)),
                "currency": G(lambda f: "usd"),
                "status": G(lambda f: f.pick(["requires_confirmation", "succeeded", "requires_action"])),
                "client_secret": RED(
                    lambda f: "pi_3" + f.hexid(23) + "_secret_" + f.hexid(25), "secret|token"
                ),
                "payment_method": RED(lambda f: "pm_1" + f.hexid(23), "token"),
                "customer": G(lambda f: "cus_" + f.hexid(14)),
                "receipt_email": Y(client_email, "email"),
            },
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(6, 500)),
            "tax": G(lambda f: f.money(0, 40)),
            "discount": G(lambda f: f.money(0, 20)),
            "currency": G(lambda f: "USD"),
            "coupon": G(lambda f: f.pick(["", "WELCOME10", "CONNECTS20"])),
            "invoice_number": G(lambda f: f"INV-2024-{d(f, 6)}"),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "customer_name": Y(client_full, "name"),
            "customer_email": Y(client_email, "email"),
            "products": Many(product_item(), 2),
            "billing_address": {
                "line1": Y(lambda f: f.pick([street(f), f.street()]), "address|street"),
                "city": Y(lambda f: f.pick([city(f), f.city()]), "city"),
                "postal_code": Y(lambda f: f.pick([postcode(f), f.zip()]), "zipcode"),
                "country": G(lambda f: f.pick(["US", "UA", "AR", "PH", "DE"])),
            },
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
        },
        2,
    ),
    # ---- escrow and milestones ----------------------------------------------------------------
    (
        "track",
        "Milestone Funded",
        ["web", "flutter"],
        {
            "milestone_id": G(lambda f: f.r.randint(10**7, 10**8)),
            "contract_id": G(lambda f: f.r.randint(30_000_000, 39_999_999)),
            "amount": G(lambda f: f.money(50, 5000)),
            "currency": G(lambda f: "USD"),
            "due_date": G(lambda f: f.date(2024, 2025)),
        },
        2,
    ),
    (
        "track",
        "Milestone Released",
        ["ruby"],
        {
            "milestone_id": G(lambda f: f.r.randint(10**7, 10**8)),
            "contract_id": G(lambda f: f.r.randint(30_000_000, 39_999_999)),
            "amount": G(lambda f: f.money(50, 5000)),
            "currency": G(lambda f: "USD"),
            "released_by_user_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "auto_released": G(lambda f: f.pick([True, False])),
            "comment": G(
                lambda f: f.pick(
                    ["Great job, thanks!", "Released after review call", "", "Approved v2 of designs"]
                )
            ),
            "days_in_escrow": G(lambda f: f.r.randint(0, 30)),
        },
        2,
    ),
    # ---- payouts -----------------------------------------------------------------------------
    (
        "track",
        "Payout Method Added",
        ["web", "kotlin", "swift"],
        {
            "payout_method_id": G(lambda f: "pm_out_" + f.hexid(10)),
            "method": G(lambda f: "bank_transfer"),
            "country": G(lambda f: "UA"),
            "account_holder_name": Y(
                lambda f: f.pick([full(f), " ".join([f.pick(UA_LAST_CYR), f.pick(UA_FIRST_CYR)])]), "name"
            ),
            "iban": RED(ua_iban, "bank account"),
            "bank_name": G(
                lambda f: f.pick(["monobank", "PrivatBank", "Oschadbank", "Raiffeisen Bank", "PUMB"])
            ),
            "bank_mfo": G(lambda f: f.pick(["322001", "305299", "300465", "380805", "334851"])),
            "is_default": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Card Payout Method Added",
        ["swift", "kotlin"],
        {
            "payout_method_id": G(lambda f: "pm_out_" + f.hexid(10)),
            "card_number": RED(card, "credit card"),
            "card_holder": Y(lambda f: full(f).upper(), "name"),
            "card_last4": G(lambda f: d(f, 4)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "issuer": G(lambda f: f.pick(["monobank", "PrivatBank", "Banco Galicia", "BDO Unibank"])),
            "masked_pan": G(lambda f: f"{f.pick(['4441', '5375', '5168'])} **** **** {d(f, 4)}"),
        },
        2,
    ),
    (
        "track",
        "E-Wallet Linked",
        ["rn", "kotlin"],
        {
            "wallet_provider": G(lambda f: f.pick(["gcash", "maya"])),
            "wallet_number": Y(lambda f: phone(f, "PH"), "phone"),
            "wallet_account_name": Y(
                lambda f: f.pick([full(f).upper(), f"{person(f, 'PH')[0]} {person(f, 'PH')[1][0]}."]), "name"
            ),
            "kyc_tier": G(lambda f: f.pick(["basic", "fully_verified"])),
            "link_session_id": G(lambda f: f.uuid()),
            "monthly_limit_php": G(lambda f: f.pick([100000, 500000])),
        },
        2,
    ),
    (
        "track",
        "PayPal Connected",
        ["web"],
        {
            "paypal_email": Y(email, "email"),
            "paypal_payer_id": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(13))
            ),
            "account_verified": G(lambda f: f.pick([True, False])),
            "payer_country": G(lambda f: f.pick(COUNTRIES)),
        },
        1,
    ),
    (
        "track",
        "Payoneer Account Linked",
        ["python"],
        {
            "payee_id": G(lambda f: str(f.r.randint(10**7, 10**8))),
            "payoneer_account_email": Y(email, "email"),
            "status": G(lambda f: f.pick(["ACTIVE", "PENDING_APPROVAL"])),
            "registration_link": RED(
                lambda f: "https://payouts.payoneer.com/partners/lp.aspx?token=" + f.hexid(32), "token"
            ),
        },
        1,
    ),
    (
        "track",
        "Payout Requested",
        ["python", "web"],
        {
            "payout_id": G(lambda f: "po_" + f.hexid(20)),
            "method": G(lambda f: f.pick(["bank_transfer", "card", "gcash", "paypal", "payoneer", "cvu"])),
            "amount": G(lambda f: f.money(20, 8000)),
            "currency": G(lambda f: "USD"),
            "target_currency": G(lambda f: f.pick(["UAH", "PHP", "ARS", "USD"])),
            "fx_rate": G(lambda f: round(f.r.uniform(38, 1100), 4)),
            "fee": G(lambda f: f.money(0, 30)),
            "instant": G(lambda f: f.pick([True, False])),
            "earnings_ytd": Y(lambda f: f.money(500, 90000), "salary"),
        },
        3,
    ),
    # .NET payout service, PascalCase keys
    (
        "track",
        "PayoutInitiated",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: f.uuid()),
            "BatchId": G(lambda f: f.r.randint(10**5, 10**6)),
            "Amount": G(lambda f: f.money(20, 8000)),
            "Currency": G(lambda f: f.pick(["PHP", "UAH", "ARS"])),
            "BeneficiaryName": Y(full, "name"),
            "BeneficiaryAccountNumber": RED(
                lambda f: f.pick([ph_account(f), cbu(f), ua_iban(f)]), "bank account"
            ),
            "BeneficiaryBankCode": G(lambda f: f.pick(["BNORPHMM", "BOPIPHMM", "UNJSUAUK", "BSCHARBA"])),
            "BeneficiaryAddress": Y(full_address, "address"),
            "BeneficiaryMobile": Y(phone, "phone"),
            "PurposeCode": G(lambda f: f.pick(["SALA", "SUPP", "SCVE"])),
            "Rail": G(lambda f: f.pick(["InstaPay", "PESONet", "SEPA", "SWIFT", "Transferencias 3.0"])),
            "IsRetry": G(lambda f: f.pick([True, False])),
            "CreatedUtc": G(ts),
        },
        3,
    ),
    (
        "track",
        "PayoutFailed",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: f.uuid()),
            "FailureCode": G(lambda f: f.pick(["R03", "AC04", "NAME_MISMATCH", "LIMIT_EXCEEDED"])),
            "FailureMessage": G(
                lambda f: f.pick(["Account closed", "Beneficiary name does not match", "Daily limit reached"])
            ),
        },
        1,
    ),
    (
        "track",
        "Payout Returned",
        ["go"],
        {
            "payout_id": G(lambda f: "po_" + f.hexid(20)),
            "return_code": G(lambda f: f.pick(["R03", "AC04", "AM05"])),
            "note": RED(payout_return_note, "bank account", True),
            "returned_amount": G(lambda f: f.money(20, 8000)),
            "ops_queue": G(lambda f: f.pick(["payouts-ua", "payouts-global"])),
        },
        1,
    ),
    # Wise-shaped transfer state webhook plus recipient, relayed by the payout service
    (
        "track",
        "Wise Transfer State Changed",
        ["java"],
        {
            "data": {
                "resource": {"id": G(lambda f: f.r.randint(10**8, 10**9)), "type": G(lambda f: "transfer")},
                "current_state": G(
                    lambda f: f.pick(["processing", "funds_converted", "outgoing_payment_sent"])
                ),
                "occurred_at": G(ts),
            },
            "recipient": {
                "accountHolderName": Y(full, "name"),
                "currency": G(lambda f: f.pick(["UAH", "EUR", "PLN"])),
                "type": G(lambda f: "iban"),
                "details": {"iban": RED(intl_iban, "bank account"), "legalType": G(lambda f: "PRIVATE")},
            },
            "subscription_id": G(lambda f: f.uuid()),
            "event_type": G(lambda f: "transfers#state-change"),
            "sent_at": G(ts),
        },
        2,
    ),
    (
        "track",
        "Payout Beneficiary Added",
        ["swift", "kotlin", "web"],
        {
            "beneficiary_id": G(lambda f: "ben_" + f.hexid(12)),
            "beneficiary": {
                "full_name": Y(other_full, "name"),
                "relationship": G(
                    lambda f: f.pick(["spouse", "mother", "father", "sibling", "self_other_account"])
                ),
                "phone": Y(phone, "phone"),
                "email": Y(other_email, "email"),
                "date_of_birth": Y(dob, "birthdate"),
                "address": Y(full_address, "address"),
                "iban": RED(ua_iban, "bank account"),
                "country": G(lambda f: f.pick(COUNTRIES)),
            },
            "purpose": G(lambda f: f.pick(["family_support", "savings", "rent"])),
        },
        1,
    ),
    # Argentine payouts, Spanish keys from the AR payments backend
    (
        "track",
        "Retiro Solicitado",
        ["php"],
        {
            "id_retiro": G(lambda f: f.r.randint(10**6, 10**7)),
            "monto": G(lambda f: f.money(10000, 900000)),
            "moneda": G(lambda f: "ARS"),
            "cbu": RED(lambda f: f.pick([cbu(f), cvu(f)]), "bank account"),
            "alias_cbu": RED(cbu_alias, "bank account"),
            "titular": Y(
                lambda f: f.pick([full(f), f"{person(f, 'AR')[1]} {person(f, 'AR')[0]}".upper()]), "name"
            ),
            "cuil_titular": RED(cuit, "national id"),
            "banco": G(
                lambda f: f.pick(
                    ["Banco Galicia", "Banco Nación", "BBVA Argentina", "Mercado Pago", "Brubank"]
                )
            ),
            "es_cuenta_propia": G(lambda f: True),
            "estado": G(lambda f: f.pick(["pendiente", "acreditado", "rechazado"])),
        },
        2,
    ),
    # ---- tax forms ---------------------------------------------------------------------------
    (
        "track",
        "Tax Form Submitted",
        ["ruby"],
        {
            "form_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "form_type": G(lambda f: "W-8BEN"),
            "name_of_individual": Y(full, "name"),
            "country_of_citizenship": Y(
                lambda f: f.pick(["Ukraine", "Philippines", "Argentina"]), "citizenship"
            ),
            "permanent_residence_address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["UA", "PH", "AR"])),
            },
            "mailing_address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["UA", "PH", "AR", "PL"])),
            },
            "foreign_tin": RED(lambda f: f.pick([rnokpp(f), ph_tin(f), cuit(f)]), "national id"),
            "ftin_not_required": G(lambda f: False),
            "tin_last4": RED(lambda f: d(f, 4), "national id"),
            "date_of_birth": Y(dob, "birthdate"),
            "treaty_country": G(lambda f: f.pick(["Ukraine", "Philippines", "none"])),
            "treaty_article": G(lambda f: f.pick(["Article 7", "Article 14", ""])),
            "withholding_rate": G(lambda f: f.pick([0, 15, 30])),
            "signer_name": Y(full, "name"),
            "signed_at": G(ts),
            "capacity": G(lambda f: f.pick(["individual", "agent"])),
            "e_signature_ip": Y(lambda f: f.ipv4(), "ip"),
        },
        2,
    ),
    (
        "track",
        "Datos Fiscales Actualizados",
        ["php"],
        {
            "cuit": RED(cuit, "national id"),
            "razon_social": Y(lambda f: f"{person(f, 'AR')[1]} {person(f, 'AR')[0]}".upper(), "name"),
            "condicion_iva": G(lambda f: f.pick(["Monotributista", "Responsable Inscripto", "Exento"])),
            "categoria_monotributo": G(lambda f: f.pick(list("ABCDEFGH"))),
            "actividad_principal": G(lambda f: f.pick(["620100", "741000", "631110", "702092"])),
            "fecha_inicio_actividades": G(lambda f: f.date(2010, 2023)),
            "domicilio_fiscal": Y(lambda f: street(f, "AR"), "address"),
            "localidad": Y(lambda f: city(f, "AR"), "city"),
            "provincia": G(lambda f: f.pick(["Buenos Aires", "CABA", "Córdoba", "Santa Fe", "Mendoza"])),
            "codigo_postal": Y(lambda f: postcode(f, "AR"), "zipcode"),
            "correo": Y(lambda f: email(f, "AR"), "email"),
            "telefono": Y(lambda f: phone(f, "AR"), "phone"),
            "obra_social": G(lambda f: f.pick(["OSDE", "Swiss Medical", "OSECAC", "Galeno"])),
            "numero_afiliado": Y(lambda f: f"{d(f, 8)}-{d(f, 2)}", "identification"),
            "factura_electronica_habilitada": G(lambda f: f.pick([True, False])),
            "punto_de_venta": G(lambda f: f.r.randint(1, 12)),
        },
        2,
    ),
    (
        "track",
        "Client Invoice Issued",
        ["php"],
        {
            "tipo_comprobante": G(lambda f: f.pick(["Factura C", "Factura E"])),
            "numero_comprobante": G(lambda f: f"{f.r.randint(1, 12):05d}-{d(f, 8)}"),
            "cae": G(lambda f: d(f, 14)),
            "cuit_emisor": RED(cuit, "national id"),
            "cliente_razon_social": G(lambda f: f.pick(COMPANIES)[0]),
            "cliente_pais": G(lambda f: f.pick(["Estados Unidos", "Reino Unido", "Alemania"])),
            "importe_total": G(lambda f: f.money(100, 9000)),
            "moneda": G(lambda f: "DOL"),
        },
        1,
    ),
    # Philippine onboarding form, Tagalog keys
    (
        "track",
        "Impormasyon sa Buwis Isinumite",
        ["rn"],
        {
            "pangalan": Y(lambda f: person(f, "PH")[0], "name"),
            "gitnang_pangalan": Y(lambda f: random_person(f, "PH")[1], "name"),
            "apelyido": Y(lambda f: person(f, "PH")[1], "name"),
            "kaarawan": Y(dob, "birthdate"),
            "kasarian": Y(lambda f: f.pick(["Babae", "Lalaki"]), "gender"),
            "tirahan": Y(lambda f: street(f, "PH"), "address"),
            "lungsod": Y(lambda f: city(f, "PH"), "city"),
            "probinsya": G(lambda f: f.pick(["Metro Manila", "Cebu", "Davao del Sur", "Benguet", "Iloilo"])),
            "numero_ng_telepono": Y(lambda f: phone(f, "PH"), "phone"),
            "tin": RED(ph_tin, "national id"),
            "sss_no": RED(sss, "national id"),
            "philhealth_no": RED(philhealth, "health id"),
            "pagibig_no": RED(pagibig, "national id"),
            "trabaho": G(
                lambda f: f.pick(["Virtual Assistant", "Web Developer", "Graphic Designer", "Bookkeeper"])
            ),
            "rehistrado_sa_bir": G(lambda f: f.pick([True, False])),
            "uri_ng_buwis": G(lambda f: f.pick(["8% flat", "graduated"])),
        },
        2,
    ),
    # Ukrainian FOP (sole proprietor) tax profile, transliterated keys
    (
        "track",
        "Profil FOP Onovleno",
        ["python"],
        {
            "prizvyshche": Y(lambda f: f.pick(UA_LAST_CYR), "name"),
            "imia": Y(lambda f: f.pick(UA_FIRST_CYR), "name"),
            "po_batkovi": Y(lambda f: f.pick(UA_PATR_CYR), "name"),
            "rnokpp": RED(rnokpp, "national id"),
            "unzr": RED(unzr, "national id"),
            "hrupa_yedynoho_podatku": G(lambda f: f.pick([2, 3])),
            "stavka_podatku": G(lambda f: f.pick([5, 3])),
            "kved": G(lambda f: f.pick(["62.01", "62.02", "73.11", "74.10"])),
            "data_reiestratsii": G(lambda f: f.date(2015, 2024)),
            "adresa_reiestratsii": Y(lambda f: street(f, "UA"), "address"),
            "misto": Y(lambda f: city(f, "UA"), "city"),
            "oblast": G(lambda f: f.pick(["Київська", "Львівська", "Харківська", "Одеська"])),
            "nomer_telefonu": Y(lambda f: phone(f, "UA"), "phone"),
            "data_narodzhennia": Y(dob, "birthdate"),
            "status_ubd": RED(lambda f: f.pick([True, False]), "veteran"),
            "rakhunok_iban": RED(ua_iban, "bank account"),
            "platnyk_pdv": G(lambda f: False),
            "dokhid_za_kvartal": Y(lambda f: f.money(50000, 1500000), "salary"),
        },
        2,
    ),
    (
        "track",
        "Demo Requested",
        ["web"],
        {
            "full_name": Y(client_full, "name"),
            "work_email": Y(client_email, "email"),
            "phone": Y(lambda f: f.pick([f.phone(), intl_phone(f)]), "phone"),
            "company": G(lambda f: f.pick(COMPANIES)[0]),
            "company_size": G(lambda f: f.pick(["1-10", "11-50", "51-200", "201-1000", "1000+"])),
            "hiring_needs": G(
                lambda f: f.pick(["developers", "virtual assistants", "designers", "support team"])
            ),
            "form_id": G(lambda f: f.pick(["demo_v4", "contact_sales"])),
        },
        1,
    ),
    # ---- client companies and staff -------------------------------------------------------------
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.pick(COMPANIES)[0]),
            "industry": G(
                lambda f: f.pick(["Software", "Logistics", "Healthcare", "Legal", "Gaming", "Retail"])
            ),
            "employees": G(lambda f: f.pick([4, 12, 55, 230, 1200])),
            "website": G(lambda f: "https://" + f.pick(COMPANIES)[1]),
            "plan": G(lambda f: f.pick(["basic", "team", "enterprise"])),
            "billing_email": G(lambda f: f"{f.pick(['billing', 'accounts', 'ap'])}@{f.pick(COMPANIES)[1]}"),
            "main_phone": G(
                lambda f: f.pick(
                    ["+1 415 555 0134", "+49 40 5555 1200", "+44 20 7946 0321", "+63 2 8555 0199"]
                )
            ),
            "address": {
                "street": G(
                    lambda f: f.pick(
                        ["500 Howard St", "Hafenstraße 12", "1 Ayala Ave", "Av. Libertador 5800"]
                    )
                ),
                "city": G(lambda f: f.pick(["San Francisco", "Hamburg", "Makati", "Buenos Aires"])),
                "country": G(lambda f: f.pick(["US", "DE", "PH", "AR"])),
            },
            "tax_id": G(lambda f: f.pick([f"{d(f, 2)}-{d(f, 7)}", cuit(f, company=True), d(f, 8)])),
            "payment_verified": G(lambda f: f.pick([True, False])),
            "created_at": G(ts),
            "owner": {"name": Y(client_full, "name"), "email": Y(client_email, "email")},
        },
        3,
    ),
    (
        "track",
        "Team Member Invited",
        ["web", "flutter"],
        {
            "company_id": G(lambda f: "org_" + d(f, 6)),
            "invitee_email": Y(client_email, "email"),
            "invitee_name": Y(client_full, "name"),
            "role": G(lambda f: f.pick(["admin", "hiring_manager", "finance", "viewer"])),
            "inviter_user_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "seats_used": G(lambda f: f.r.randint(1, 40)),
            "seats_total": G(lambda f: f.pick([5, 10, 50])),
        },
        2,
    ),
    # kebab-case: an HR/EOR partner's webhook relayed as-is
    (
        "track",
        "Contractor Onboarded",
        ["node"],
        {
            "worker-id": G(lambda f: "wkr_" + f.hexid(12)),
            "legal-first-name": Y(first, "name"),
            "legal-last-name": Y(last, "name"),
            "personal-email": Y(email, "email"),
            "work-email": Y(
                lambda f: f"{ascii_fold(first(f).split()[0]).lower()}@{f.pick(COMPANIES)[1]}", "email"
            ),
            "date-of-birth": Y(dob, "birthdate"),
            "tax-residence": G(lambda f: f.pick(COUNTRIES)),
            "national-id": RED(lambda f: f.pick([rnokpp(f), dni(f), ph_tin(f)]), "national id"),
            "home-address": Y(full_address, "address"),
            "emergency-contact-name": Y(other_full, "name"),
            "emergency-contact-phone": Y(phone, "phone"),
            "emergency-contact-relationship": G(lambda f: f.pick(["spouse", "mother", "brother", "friend"])),
            "job-title": G(lambda f: f.pick(JOB_TITLES)),
            "monthly-fee-usd": Y(lambda f: f.pick([1200, 1800, 2500, 3200, 4500]), "salary"),
            "start-date": G(lambda f: f.date(2024, 2024)),
            "contract-type": G(lambda f: "independent_contractor"),
            "client-entity": G(lambda f: f.pick(COMPANIES)[0]),
        },
        2,
    ),
    # ---- support, disputes, reviews, referrals ---------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["python"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Payout delayed",
                            "Cannot verify identity",
                            "Account locked",
                            "Wrong tax form",
                            "Dispute question",
                        ]
                    )
                ),
                "description": Y(ticket_description, "email", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: "new"),
                "requester": {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                },
                "assignee": {"name": Y(staff_full, "name"), "email": Y(staff_email, "email")},
                "tags": Many(G(lambda f: f.pick(["payouts", "kyc", "ua", "ph", "ar", "vip"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "chat"]))},
                "support_address": G(lambda f: f.pick(["support@gigbridge.io", "soporte@gigbridge.io"])),
            },
        },
        2,
    ),
    (
        "track",
        "Dispute Opened",
        ["ruby", "web"],
        {
            "dispute_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "contract_id": G(lambda f: f.r.randint(30_000_000, 39_999_999)),
            "milestone_id": G(lambda f: f.r.randint(10**7, 10**8)),
            "reason": G(lambda f: f.pick(["not_delivered", "quality", "scope_change", "non_payment"])),
            "opened_by": G(lambda f: f.pick(["client", "freelancer"])),
            "counterparty_name": Y(lambda f: f.pick([other_full(f), client_full(f)]), "name"),
            "amount_disputed": G(lambda f: f.money(50, 6000)),
            "description": G(lambda f: f.pick(DISPUTE_TEXTS)),
            "evidence": Many(
                {
                    "file_name": G(
                        lambda f: f.pick(["chat_export.pdf", "delivery_v2.zip", "screenshot_0412.png"])
                    ),
                    "size_bytes": G(lambda f: f.r.randint(2000, 9_000_000)),
                },
                3,
            ),
        },
        2,
    ),
    (
        "track",
        "Dispute Assigned",
        ["ruby"],
        {
            "dispute_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "mediator": {
                "id": G(lambda f: f.r.randint(100, 999)),
                "name": Y(staff_full, "name"),
                "email": Y(staff_email, "email"),
            },
        },
        1,
    ),
    (
        "track",
        "Review Submitted",
        ["web", "swift"],
        {
            "contract_id": G(lambda f: f.r.randint(30_000_000, 39_999_999)),
            "reviewer_role": G(lambda f: f.pick(["client", "freelancer"])),
            "rating": G(lambda f: f.pick([3, 4, 4.5, 5])),
            "ratings": {
                "communication": G(lambda f: f.r.randint(1, 5)),
                "quality": G(lambda f: f.r.randint(1, 5)),
                "deadlines": G(lambda f: f.r.randint(1, 5)),
            },
            "review_text": G(lambda f: f.pick(REVIEW_TEXTS)),
            "reviewee_name": Y(lambda f: f.pick([other_full(f), client_full(f)]), "name"),
            "reviewer_display_name": Y(
                lambda f: f"{f.pick(CLIENT_PEOPLE)[0]} {f.pick(CLIENT_PEOPLE)[1][0]}.", "name"
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "is_public": G(lambda f: True),
        },
        2,
    ),
    (
        "track",
        "Referral Invite Sent",
        ["web", "kotlin"],
        {
            "referral_code": G(lambda f: "GB-" + f.hexid(6).upper()),
            "channel": G(lambda f: "email"),
            "invitee_email": Y(other_email, "email"),
            "personal_message": G(
                lambda f: f.pick(
                    [
                        "Join me on GigBridge!",
                        "Únete, pagan rápido",
                        "Try it, payouts are fast",
                        "Sali ka na dito!",
                    ]
                )
            ),
        },
        1,
    ),
    (
        "track",
        "Referral WhatsApp Shared",
        ["rn"],
        {
            "referral_code": G(lambda f: "GB-" + f.hexid(6).upper()),
            "recipient_phone": Y(phone, "phone"),
            "recipient_name": Y(other_full, "name"),
            "from_contacts_picker": G(lambda f: True),
        },
        1,
    ),
    # ---- benefits, courier gigs --------------------------------------------------------------
    (
        "track",
        "Health Plan Enrolled",
        ["rn", "python"],
        {
            "plan_name": G(lambda f: f.pick(["Maxicare Prima", "Intellicare Flexicare", "Medicard Classic"])),
            "plan_tier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "monthly_premium": G(lambda f: f.money(800, 4500)),
            "member_number": Y(lambda f: f"{f.pick(['MX', 'IC'])}{d(f, 10)}", "identification"),
            "philhealth_pin": RED(philhealth, "health id"),
            "pre_existing_conditions": Many(
                Y(lambda f: f.pick(["hypertension", "asthma", "type 2 diabetes", "none"]), "condition"), 2
            ),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "dependants": Many(
                {
                    "first_name": Y(lambda f: random_person(f, "PH")[0], "name"),
                    "birth_date": Y(lambda f: f.date(1950, 2023), "birthdate"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "parent"])),
                },
                3,
            ),
        },
        2,
    ),
    (
        "track",
        "Courier Vehicle Registered",
        ["rn"],
        {
            "courier_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "vehicle_type": G(lambda f: f.pick(["motorcycle", "bicycle", "car"])),
            "plate_number": Y(plate, "license"),
            "drivers_license_no": Y(ph_drivers_license, "license"),
            "license_expiry": G(lambda f: f.date(2025, 2030)),
            "or_cr_verified": G(lambda f: f.pick([True, False])),
            "vehicle_make": G(lambda f: f.pick(["Honda", "Yamaha", "Suzuki", "Toyota"])),
        },
        1,
    ),
    (
        "track",
        "Task Check-in",
        ["rn"],
        {
            "task_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lon, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 80)),
            "pickup_point": G(
                lambda f: f.pick(["SM Megamall", "Ayala Center Cebu", "Alto Palermo", "Jollibee Katipunan"])
            ),
        },
        2,
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web", "rn"],
        {
            "input": Y(lambda f: street(f), "address", True),
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "result_index": G(lambda f: f.r.randint(0, 4)),
            "form": G(lambda f: f.pick(["tax_residence", "billing", "w8ben"])),
        },
        1,
    ),
    # ---- back office, reverse ETL, misc -------------------------------------------------------
    (
        "track",
        "Admin User Lookup",
        ["go"],
        {
            "q": Y(email, "email", True),
            "admin_id": G(lambda f: f.r.randint(100, 999)),
            "admin_email": Y(staff_email, "email"),
            "results": G(lambda f: f.r.randint(0, 3)),
            "reason": G(lambda f: f.pick(["support_ticket", "fraud_review", "payout_hold"])),
        },
        1,
    ),
    (
        "track",
        "Account Call Logged",
        ["go"],
        {
            "account_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "summary": Y(admin_note, "phone", True),
            "call_duration_sec": G(lambda f: f.r.randint(30, 1200)),
            "agent_id": G(lambda f: f.r.randint(100, 999)),
        },
        1,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(lambda f: str(f.r.randint(10**6, 10**7))),
            "EMAIL": Y(email, "email"),
            "EMAIL_SHA256": Y(lambda f: f.hexid(64), "email"),
            "FIRST_NAME": Y(lambda f: first(f).upper(), "name"),
            "LAST_NAME": Y(lambda f: last(f).upper(), "name"),
            "PHONE_E164": Y(lambda f: f.pick(["+380", "+63", "+54"]) + d(f, 10), "phone"),
            "COUNTRY_CODE": G(lambda f: f.pick(COUNTRIES)),
            "LIFETIME_EARNINGS_USD": Y(lambda f: f.money(0, 120000), "salary"),
            "LAST_PAYOUT_AT": G(ts),
            "PAYOUT_METHOD": G(lambda f: f.pick(["BANK", "CARD", "GCASH", "PAYPAL", "CVU"])),
            "KYC_TIER": G(lambda f: f.pick(["T0", "T1", "T2"])),
            "CHURN_RISK": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "IS_FOP": G(lambda f: f.pick([True, False])),
            "NPS_LAST": G(lambda f: f.r.randint(0, 10)),
        },
        2,
    ),
    (
        "track",
        "Instant Payout Eligibility Checked",
        ["java"],
        {
            "eligibility_id": G(lambda f: f.uuid()),
            "bureau": G(lambda f: f.pick(["veraz", "nosis"])),
            "credit_score": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "eligible": G(lambda f: f.pick([True, False])),
            "max_advance_usd": G(lambda f: f.pick([0, 100, 250, 500])),
            "cuil": RED(cuit, "national id"),
        },
        1,
    ),
    (
        "screen",
        "Payout Details",
        ["swift", "kotlin", "flutter"],
        {
            "payout_id": G(lambda f: "po_" + f.hexid(20)),
            "status": G(lambda f: f.pick(["pending", "in_transit", "paid", "failed"])),
            "from_screen": G(lambda f: f.pick(["Home", "Settings", "Onboarding", "Wallet"])),
        },
        2,
    ),
    (
        "screen",
        "Chat",
        ["swift", "kotlin", "flutter"],
        {
            "conversation_id": G(lambda f: f.uuid()),
        },
        2,
    ),
    ("alias", None, ["web", "swift", "kotlin"], {}, 1),
    (
        "track",
        "Notification Preferences Updated",
        ["swift", "kotlin"],
        {
            "email_enabled": G(lambda f: f.pick([True, False])),
            "sms_enabled": G(lambda f: f.pick([True, False])),
            "push_enabled": G(lambda f: f.pick([True, False])),
            "email_count_30d": G(lambda f: f.r.randint(0, 60)),
        },
        1,
    ),
]

# The country of the message's user where the event is country-specific
EVENT_COUNTRY = {
    "Impormasyon sa Buwis Isinumite": "PH",
    "E-Wallet Linked": "PH",
    "Health Plan Enrolled": "PH",
    "Courier Vehicle Registered": "PH",
    "Retiro Solicitado": "AR",
    "Datos Fiscales Actualizados": "AR",
    "Client Invoice Issued": "AR",
    "Instant Payout Eligibility Checked": "AR",
    "Profil FOP Onovleno": "UA",
    "Payout Method Added": "UA",
}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                f.persona = random_person(f, EVENT_COUNTRY.get(name or ""))
                f.persona_email = None
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": str(f.r.randint(10**6, 10**7)),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "org_" + d(f, 6)
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
    events, labels = build(seed=189, repeats=20)
    write(Path(__file__).parent, "holdout189_", events, labels)
