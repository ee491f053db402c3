"""Writes the sixteenth holdout: tests/corpus/holdout16_events.jsonl and holdout16_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
holdouts' labels, and never run through the engine by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout16`; deterministic (seed 1616).

What it covers: insurance and telecom traffic of two Segment customers.
- Harbor Mutual, a US/UK/Italian insurer: car, home, pet and life quotes, policy purchase
  (spec `Order Completed`, `Payment Info Entered`), direct debits, claims with photos (EXIF GPS),
  incident descriptions, third parties and witnesses, beneficiaries, medical underwriting
  questions and questionnaire answers, roadside assistance, agent chat and a chatbot, a commercial
  `group` call, a reverse-ETL `identify` from the warehouse (SCREAMING_SNAKE), a Meta Conversions
  API shaped lead, the UK policy system on .NET (PascalCase) and the Italian backend (Italian keys:
  `codice_fiscale`, `targa`, `numero_sinistro`, `testimoni[]`...).
- Zeltel, a mobile operator: plan and handset e-commerce (spec `Product Viewed`/`Product Added`),
  SIM and eSIM orders (kebab-case web shop), eSIM activation (EID, ICCID, activation code), number
  porting (PAC, port-out PIN, donor account), plan changes, top-ups and vouchers, roaming passes,
  device financing with a credit application, family lines, store appointments, Zendesk-shaped
  support tickets, Twilio-shaped IVR calls, usage alerts, network issue reports, a staff console
  lookup, referrals, sign-in, an error event that logged request headers.
- Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
  analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries
  (`context.ip`, `context.traits`, `context.device.advertisingId`, `context.device.token`,
  `context.location`, `context.page`, `context.campaign`, `userAgentData`). identify, track, page,
  screen, group and alias calls.
- Values for many countries: US, UK, Irish, Italian, Spanish and other names and phone formats;
  cards pass Luhn, IBANs mod-97 (Italian ones with a correct CIN), codici fiscali carry their
  check letter, NHS numbers mod-11, VINs their check digit, IMEIs and ICCIDs Luhn, EIDs mod-97,
  SSNs the SSA structure, UK National Insurance numbers valid prefixes.

Conventions: about 85 % of keys are camelCase or snake_case English; the rest are PascalCase
(.NET, Twilio), kebab-case (the Zeltel web shop, HTTP headers), SCREAMING_SNAKE (warehouse) and
Italian. Paths are labelled once for the whole corpus, so a key means one thing wherever its path
recurs (`properties.value` is money, `properties.name` a page name, `traits.name` a company).

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a beneficiary, a dependant, a witness,
  the other driver, a referral, a staff member (adjusters', agents' and advisors' names and work
  e-mails are PII). Colour = the reference's default colour for its matcher; types outside the
  reference are red for credentials/secrets, card numbers, bank accounts, government ids and
  health, yellow otherwise (geolocation, advertising id).
- Green: ids we issue (policy, quote, claim, order, account, mandate numbers, pass serials), UUIDs,
  SKUs, versions, timestamps, hashes of non-PII (file digests, a hashed country or hashed user id),
  amounts, enums, counters and booleans under PII-sounding keys (`email_verified`, `phoneCount`),
  product, plan, store, company, garage and pet names, places that are not the person's (a store's
  address, city and phone, a roaming destination, the insurer's city), country, state, province,
  locale, timezone, currency, user agents, OS-issued device ids; card brand, last four, BIN and
  expiry; bank routing numbers and sort codes. The last four of an SSN are red.
- Judgement calls, as a careful privacy owner would want them:
  * A pet's data is not a person's: a pet's name, sex and pre-existing conditions are green. Its
    microchip number, like a VIN, a licence plate, an IMEI, an ICCID or an EID, identifies a thing
    registered to the person: yellow (serial / license); an IMSI is yellow identification.
  * Numbers another company issued to the person (the other driver's policy number, the donor
    operator's account number) are yellow identification; numbers we issue are green.
  * Health: body measurements, tobacco and alcohol use and medical questionnaire answers (even
    "No") collected for underwriting are health data: red (`health`, or `condition|health`).
    Booleans and enums that reveal a condition, a disability or veteran status are red; lists of
    conditions, diagnoses or medications as text keep the reference's yellow.
  * Claim photo URLs are yellow photo (claimants' photos show people, plates and homes); the EXIF
    GPS of a photo is the person's precise location: yellow geolocation.
  * Honorifics (Mr, Mrs, Ms) reveal gender: yellow `gender|name`. Marital status, occupation,
    employment and housing status are green enums. Age is yellow birthdate; income yellow salary.
  * Hashes of PII sent for ad matching (Meta `em`, `ph`, `zp`, warehouse `HASHED_EMAIL`) remain
    personal: yellow with the hashed thing's type; the key names it, so not value_only. Meta's
    `fbp`/`fbc` browser and click ids are yellow advertising id.
  * Credentials the person holds: port-out PINs (password), PAC codes, eSIM activation codes,
    top-up voucher PINs (secret), bearer tokens and push tokens (token): red.
  * Network cell ids and tracking areas identify our equipment, not the person: green. Place of
    birth is yellow city.
- value_only is true when the key does not say what the value is (`q`, `input`, `label`, `note`,
  `From`, `sent_to`, `custom_fields[].value`, `answers[].value`, `login_identifier`). Every value of
  a value_only PII path carries that PII (`sent_to` holds an e-mail or a phone: `email|phone`).
  Neutral keys holding no personal data stay green (`text`, `value`, `query`, `comment`, and
  Twilio's `To`, always our own IVR number). Free text is either PII in every value (labelled by
  what every value carries) or in none (green); no free-text path mixes the two.
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- rendering with optional keys ----------------------------------------------------------------

_MISSING = object()


@dataclass
class Opt:
    """A key present in a share `p` of the events."""

    item: Any
    p: float = 0.6


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, Opt):
        if f.r.random() >= template.p:
            return _MISSING
        return render(template.item, f, path, labels)
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        n = f.r.randint(1, template.n)
        return [render(template.item, f, path + "[]", labels) for _ in range(n)]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            rendered = render(value, f, f"{path}.{key}", labels)
            if rendered is not _MISSING:
                out[key] = rendered
        return out
    raise TypeError(type(template))


# -- people -------------------------------------------------------------------------------------

FIRST = {
    "us": [
        "Emily",
        "Michael",
        "Jasmine",
        "DeShawn",
        "Carlos",
        "Ashley",
        "Tyler",
        "Brianna",
        "Jamal",
        "Madison",
        "Ethan",
        "Guadalupe",
        "Hunter",
        "Kayla",
        "Marcus",
        "Leticia",
    ],
    "uk": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "George",
        "Poppy",
        "Alfie",
        "Siobhan",
        "Callum",
        "Niamh",
        "Rhys",
        "Aisha",
        "Mohammed",
        "Freya",
        "Gareth",
        "Imogen",
    ],
    "it": [
        "Giulia",
        "Francesco",
        "Alessandro",
        "Chiara",
        "Matteo",
        "Sofia",
        "Lorenzo",
        "Martina",
        "Giuseppe",
        "Federica",
        "Salvatore",
        "Elena",
        "Davide",
        "Aurora",
        "Niccolò",
        "Ilaria",
    ],
    "ie": ["Aoife", "Cian", "Saoirse", "Oisín", "Ciara", "Darragh", "Róisín", "Seán"],
    "es": ["Lucía", "Javier", "Carmen", "Álvaro", "Nerea", "Iker", "Paula", "Sergio"],
    "world": [
        "Wei",
        "Ngozi",
        "Arjun",
        "Fatima",
        "Thanh",
        "Olena",
        "Kwabena",
        "Sione",
        "Seo-yeon",
        "Mehmet",
        "Tomasz",
        "Hiroshi",
        "Ana",
        "Yusuf",
        "Chidi",
        "Ingrid",
        "Priya",
        "Tariq",
    ],
}
LAST = {
    "us": [
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Garcia",
        "Miller",
        "Davis",
        "Rodriguez",
        "Martinez",
        "Hernandez",
        "Lopez",
        "Washington",
        "Nguyen",
        "Kim",
        "Patel",
        "Okonkwo",
    ],
    "uk": [
        "Taylor",
        "Evans",
        "Thomas",
        "Roberts",
        "Wright",
        "Walker",
        "Hughes",
        "Edwards",
        "Begum",
        "Hussain",
        "McDonald",
        "O'Connor",
        "Lewis",
        "Jenkins",
        "Ahmed",
        "Fraser",
    ],
    "it": [
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Lombardi",
        "D'Angelo",
    ],
    "ie": ["Byrne", "Murphy", "Kelly", "O'Sullivan", "Walsh", "Ní Bhriain", "Doyle", "McCarthy"],
    "es": ["Fernández", "García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Ruiz"],
    "world": [
        "Zhang",
        "Adeyemi",
        "Sharma",
        "Al-Sayed",
        "Pham",
        "Kovalenko",
        "Owusu",
        "Taufa",
        "Park",
        "Yılmaz",  # noqa: RUF001 (Turkish dotless i)
        "Wiśniewski",
        "Tanaka",
        "Souza",
        "Demir",
        "Okeke",
        "Johansson",
        "Iyer",
    ],
}
ZT_LOCS = ["uk", "uk", "ie", "es", "world", "us"]


def first(f: Fake, loc: str) -> str:
    return f.pick(FIRST[loc])


def last(f: Fake, loc: str) -> str:
    return f.pick(LAST[loc])


def full(f: Fake, loc: str) -> str:
    return f"{first(f, loc)} {last(f, loc)}"


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


EMAIL_DOMAINS = {
    "us": ["example.com", "mail.example.com", "example.net", "inbox.example.org"],
    "uk": ["example.co.uk", "example.com", "btmail.example.co.uk", "example.org"],
    "it": ["example.it", "posta.example.it", "example.com", "pec.example.it"],
    "ie": ["example.ie", "example.com"],
    "es": ["example.es", "correo.example.es", "example.com"],
    "world": ["example.com", "example.net", "mail.example.org"],
}


def email(f: Fake, loc: str) -> str:
    fn = ascii_fold(first(f, loc)).lower().replace(" ", "").replace("-", "")
    ln = ascii_fold(last(f, loc)).lower().replace(" ", "").replace("'", "").replace("-", "")
    user = f.pick(
        [
            f"{fn}.{ln}",
            f"{fn}{ln}{f.r.randint(1, 99)}",
            f"{fn[0]}{ln}",
            f"{fn}_{ln}{f.r.randint(70, 99)}",
            f"{ln}.{fn}",
            f"{fn}+insurance",
        ]
    )
    if f.r.random() < 0.08:
        user = user.capitalize()
    return f"{user}@{f.pick(EMAIL_DOMAINS[loc])}"


def any_loc_email(f: Fake) -> str:
    return email(f, f.pick(list(EMAIL_DOMAINS)))


def phone(f: Fake, loc: str) -> str:
    r = f.r
    d = f.digits
    if loc == "us":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))
    if loc == "uk":
        body = f"7{r.randint(400, 999)}{d(6)}"
        return f.pick([f"+44{body}", f"+44 {body[:4]} {body[4:]}", f"0{body[:4]} {body[4:]}", f"0{body}"])
    if loc == "it":
        body = f"3{r.choice([20, 27, 28, 29, 33, 34, 35, 38, 39, 40, 47, 48, 49, 66, 88, 92, 93])}{d(7)}"
        return f.pick(
            [
                f"+39 {body[:3]} {body[3:6]} {body[6:]}",
                f"+39{body}",
                f"{body[:3]} {body[3:]}",
                f"{body[:3]}-{body[3:]}",
            ]
        )
    if loc == "ie":
        body = f"8{r.choice([3, 5, 6, 7, 9])}{d(7)}"
        return f.pick(
            [f"+353 {body[:2]} {body[2:5]} {body[5:]}", f"0{body[:2]} {body[2:5]} {body[5:]}", f"+353{body}"]
        )
    if loc == "es":
        body = f"6{d(8)}"
        return f.pick(
            [
                f"+34 {body[:3]} {body[3:6]} {body[6:]}",
                f"{body[:3]} {body[3:5]} {body[5:7]} {body[7:]}",
                f"+34{body}",
            ]
        )
    return f.pick(
        [
            f"+91 9{d(4)} {d(5)}",
            f"+234 80{r.randint(2, 9)} {d(3)} {d(4)}",
            f"+49 15{r.randint(1, 9)} {d(8)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+55 11 9{d(4)}-{d(4)}",
            f"+81 90-{d(4)}-{d(4)}",
            f"+48 {r.randint(500, 799)} {d(3)} {d(3)}",
        ]
    )


def e164(f: Fake, loc: str) -> str:
    d = f.digits
    return {
        "us": lambda: f"+1{f.r.randint(201, 989)}{f.r.randint(200, 999)}{d(4)}",
        "uk": lambda: f"+447{f.r.randint(400, 999)}{d(6)}",
        "it": lambda: f"+393{f.pick([20, 28, 33, 34, 38, 47, 49, 66, 92])}{d(7)}",
        "ie": lambda: f"+3538{f.pick([3, 5, 6, 7, 9])}{d(7)}",
        "es": lambda: f"+346{d(8)}",
    }[loc]()


def msisdn(f: Fake) -> str:
    loc = f.pick(["uk", "uk", "ie", "es"])
    return e164(f, loc).lstrip("+") if f.r.random() < 0.3 else e164(f, loc)


# -- places -------------------------------------------------------------------------------------

US_CITIES = [
    ("Columbus", "OH", "432", 39.9612, -82.9988),
    ("Tampa", "FL", "336", 27.9506, -82.4572),
    ("Phoenix", "AZ", "850", 33.4484, -112.074),
    ("Charlotte", "NC", "282", 35.2271, -80.8431),
    ("Portland", "OR", "972", 45.5152, -122.6784),
    ("Albany", "NY", "122", 42.6526, -73.7562),
    ("Austin", "TX", "787", 30.2672, -97.7431),
    ("Denver", "CO", "802", 39.7392, -104.9903),
    ("Madison", "WI", "537", 43.0731, -89.4012),
    ("Savannah", "GA", "314", 32.0809, -81.0912),
]
UK_TOWNS = [
    ("Leeds", "LS", 53.8008, -1.5491),
    ("Bristol", "BS", 51.4545, -2.5879),
    ("Manchester", "M", 53.4808, -2.2426),
    ("Glasgow", "G", 55.8642, -4.2518),
    ("Cardiff", "CF", 51.4816, -3.1791),
    ("Norwich", "NR", 52.6309, 1.2974),
    ("London", "SE", 51.4934, -0.0098),
    ("Belfast", "BT", 54.5973, -5.9301),
    ("Leicester", "LE", 52.6369, -1.1398),
]
IT_COMUNI = [
    ("Milano", "201", "MI", "F205", 45.4642, 9.19),
    ("Roma", "001", "RM", "H501", 41.9028, 12.4964),
    ("Napoli", "801", "NA", "F839", 40.8518, 14.2681),
    ("Torino", "101", "TO", "L219", 45.0703, 7.6869),
    ("Bologna", "401", "BO", "A944", 44.4949, 11.3426),
    ("Firenze", "501", "FI", "D612", 43.7696, 11.2558),
    ("Bari", "701", "BA", "A662", 41.1171, 16.8719),
    ("Palermo", "901", "PA", "G273", 38.1157, 13.3615),
    ("Verona", "371", "VR", "L781", 45.4384, 10.9916),
    ("Genova", "161", "GE", "D969", 44.4056, 8.9463),
]
US_STREETS = [
    "Maple Ave",
    "Oak St",
    "Washington Blvd",
    "Lakeview Dr",
    "Cherry Ln",
    "N High St",
    "Peachtree Rd",
    "Elm Ct",
    "Ridge Rd",
    "Division St",
]
UK_STREETS = [
    "Kingsway",
    "Mill Lane",
    "Victoria Road",
    "Church Street",
    "Station Road",
    "Queens Drive",
    "Albert Terrace",
    "Hawthorn Close",
    "Beech Grove",
    "Priory Walk",
]
IT_STREETS = [
    "Via Roma",
    "Corso Vittorio Emanuele II",
    "Piazza Garibaldi",
    "Viale dei Mille",
    "Via Giuseppe Verdi",
    "Via Dante Alighieri",
    "Via Nazionale",
    "Largo Augusto",
    "Via Toledo",
]
IE_PLACES = [("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94")]
ES_PLACES = [("Madrid", "28"), ("Valencia", "46"), ("Sevilla", "41"), ("Bilbao", "48")]


def us_street(f: Fake) -> str:
    s = f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}"
    return s + f.pick(["", "", "", f" Apt {f.r.randint(1, 40)}", f" #{f.r.randint(100, 999)}"])


def uk_street(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}",
            f"Flat {f.r.randint(1, 30)}, {f.pick(UK_STREETS)}",
            f"{f.r.randint(1, 99)}{f.pick(['', 'a', 'b'])} {f.pick(UK_STREETS)}",
        ]
    )


def it_street(f: Fake) -> str:
    return f"{f.pick(IT_STREETS)} {f.r.randint(1, 180)}{f.pick(['', '', '/B', '/A'])}"


def us_zip(f: Fake, prefix: str | None = None) -> str:
    prefix = prefix or f.pick(US_CITIES)[2]
    z = f"{prefix}{f.r.randint(1, 99):02d}"
    return z if f.r.random() < 0.85 else f"{z}-{f.r.randint(1000, 9999)}"


def uk_postcode(f: Fake, area: str | None = None) -> str:
    area = area or f.pick(UK_TOWNS)[1]
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{f.r.randint(1, 28)} {f.r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}"


def it_cap(f: Fake) -> str:
    return f"{f.pick(IT_COMUNI)[1]}{f.r.randint(0, 99):02d}"


def near(f: Fake, lat: float, lon: float) -> tuple[float, float]:
    return round(lat + f.r.uniform(-0.08, 0.08), 6), round(lon + f.r.uniform(-0.08, 0.08), 6)


def geo_lat(f: Fake, region: str = "any") -> float:
    return _geo(f, region)[0]


def geo_lon(f: Fake, region: str = "any") -> float:
    return _geo(f, region)[1]


def _geo(f: Fake, region: str) -> tuple[float, float]:
    pool = {
        "us": [(c[3], c[4]) for c in US_CITIES],
        "uk": [(t[2], t[3]) for t in UK_TOWNS],
        "it": [(c[4], c[5]) for c in IT_COMUNI],
    }
    places = pool.get(region) or [p for v in pool.values() for p in v]
    return near(f, *f.pick(places))


def latlon_text(f: Fake, region: str = "any") -> str:
    lat, lon = _geo(f, region)
    return f.pick([f"{lat},{lon}", f"{lat}, {lon}", f"{lat:.5f} {lon:.5f}"])


# -- identifiers with real check digits ---------------------------------------------------------

_CF_ODD_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
_CF_ODD_LETTERS = [*_CF_ODD_DIGITS, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [*_CF_ODD_DIGITS, *_CF_ODD_LETTERS], strict=True))


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def _cf_check(s: str) -> str:
    total = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(s))
    return chr(65 + total % 26)


def _cf_part(word: str, is_name: bool) -> str:
    w = "".join(c for c in ascii_fold(word).upper() if c.isalpha())
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(f: Fake) -> str:
    sex = f.pick("MF")
    year, month, day = f.r.randint(1950, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    body = (
        _cf_part(last(f, "it"), False)
        + _cf_part(first(f, "it"), True)
        + f"{year % 100:02d}"
        + "ABCDEHLMPRST"[month - 1]
        + f"{day + (40 if sex == 'F' else 0):02d}"
        + f.pick(IT_COMUNI)[3]
    )
    return body + _cf_check(body)


def iban(f: Fake, country: str) -> str:
    if country == "IT":
        abi, cab, conto = f.digits(5), f.digits(5), f.digits(12)
        bban = _cf_check(abi + cab + conto) + abi + cab + conto
    elif country == "IE":
        bban = f.pick(["AIBK", "BOFI", "IPBS"]) + f.digits(6) + f.digits(8)
    elif country == "ES":
        bban = f.digits(20)
    elif country == "GB":
        bban = f.pick(["NWBK", "BARC", "LOYD", "HBUK"]) + f.digits(6) + f.digits(8)
    else:
        return f.iban(country)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def nino(f: Fake) -> str:
    first_ok = "ABCEGHJKLMNOPRSTWXYZ"
    second_ok = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = f.pick(first_ok) + f.pick(second_ok)
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = f.digits(6)
    suffix = f.pick("ABCD")
    return f.pick([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def nhs_number(f: Fake) -> str:
    while True:
        digits = [f.r.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, digits)) + str(check)
            return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def uk_driving_licence(f: Fake) -> str:
    sur = "".join(c for c in ascii_fold(last(f, "uk")).upper() if c.isalpha())
    sur = (sur + "99999")[:5]
    year, month, day = f.r.randint(1955, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    month += 50 if f.r.random() < 0.5 else 0
    initials = (ascii_fold(first(f, "uk"))[0] + f.pick(["9", "J", "A", "M"])).upper()
    tail = f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + f.pick("ABCDEFGHJKLMNPRSTUVWXYZ")
    return f"{sur}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}9{tail}"


def us_license(f: Fake) -> str:
    return f.pick(
        [
            "A" + f.digits(7),  # CA
            f.pick("ABCDEFGHJ") + f.digits(12),  # FL
            f.digits(8),  # TX
            "S" + f.digits(3) + "-" + f.digits(3) + "-" + f.digits(2) + "-" + f.digits(3),  # IL-like
            f.digits(9),  # NY
        ]
    )


_VIN_VALUES = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])
)
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["1HG", "1FA", "5YJ", "JTD", "WBA", "3VW", "1G1", "KNA", "2T1", "5NP"])
    vds = "".join(f.pick(chars) for _ in range(5))
    vis = f.pick("KLMNPR") + f.pick(chars) + f.digits(6)
    partial = wmi + vds + "0" + vis
    total = sum((int(c) if c.isdigit() else _VIN_VALUES[c]) * w for c, w in zip(partial, _VIN_WEIGHTS))
    check = total % 11
    return wmi + vds + ("X" if check == 10 else str(check)) + vis


def imei(f: Fake) -> str:
    tac = f.pick(["35328115", "35290611", "35824005", "35407115", "86891204", "35961710", "35174475"])
    return f.luhn_complete(tac + f.digits(6))


def iccid(f: Fake) -> str:
    return f.luhn_complete(f.pick(["894420", "894430", "8935301", "893407"]) + f.digits(12))[:20]


def imsi(f: Fake) -> str:
    return f.pick(["23420", "23415", "27201", "21407"]) + f.digits(10)


def eid(f: Fake) -> str:
    body = "89049032" + f.digits(22)
    return body + f"{98 - int(body + '00') % 97:02d}"


def esim_code(f: Fake) -> str:
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    mid = "-".join("".join(f.pick(alnum) for _ in range(5)) for _ in range(4))
    return f"LPA:1$rsp.zeltel.example${mid}"


def pac_code(f: Fake) -> str:
    return "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + f.digits(6)


def plate(f: Fake, loc: str) -> str:
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    if loc == "uk":
        return f"{f.pick(up)}{f.pick(up)}{f.r.randint(10, 73)} {''.join(f.pick(up) for _ in range(3))}"
    if loc == "it":
        s = f"{f.pick(up)}{f.pick(up)}{f.digits(3)}{f.pick(up)}{f.pick(up)}"
        return s if f.r.random() < 0.6 else f"{s[:2]} {s[2:5]} {s[5:]}"
    return f.pick(
        [
            f"{f.r.randint(1, 9)}{''.join(f.pick(up) for _ in range(3))}{f.digits(3)}",
            f"{''.join(f.pick(up) for _ in range(3))}-{f.digits(4)}",
        ]
    )


def microchip(f: Fake) -> str:
    return f.pick(["985112", "981020", "826098", "900164"]) + f.digits(9)


def ssn_last4(f: Fake) -> str:
    return f"{f.r.randint(1, 9999):04d}"


def sort_code(f: Fake) -> str:
    return f.pick(["20-45-77", "40-11-62", "30-96-26", "60-83-71", "09-01-28", "83-06-08"])


ROUTING = ["021000021", "026009593", "121000248", "011000138", "071000013", "122105155"]


def voucher_pin(f: Fake) -> str:
    s = f.digits(16)
    return f.pick([s, " ".join(s[i : i + 4] for i in range(0, 16, 4))])


def sha256(f: Fake) -> str:
    return f.hexid(64)


def money(f: Fake, lo: float, hi: float) -> float:
    return round(f.r.uniform(lo, hi), 2)


def photo_url(f: Fake, host: str) -> str:
    return f"https://{host}/uploads/{f.uuid()}/{f.pick(['IMG_', 'PXL_', 'photo_'])}{f.digits(4)}.jpg"


# -- client contexts ----------------------------------------------------------------------------

SITES = {
    "hm_us": (
        "https://www.harbormutual.example.com",
        [
            "/",
            "/auto-insurance/quote",
            "/home-insurance/quote",
            "/pet-insurance",
            "/life-insurance/apply",
            "/account/claims",
            "/account/policies",
        ],
        "Harbor Mutual",
    ),
    "hm_uk": (
        "https://www.harbormutual.example.co.uk",
        ["/", "/car-insurance/quote", "/life-cover/apply", "/my-account/direct-debit"],
        "Harbor Mutual UK",
    ),
    "zt": (
        "https://www.zeltel.example",
        [
            "/",
            "/plans/sim-only",
            "/phones/apple",
            "/checkout",
            "/esim",
            "/switch-to-zeltel",
            "/help",
            "/stores",
        ],
        "Zeltel",
    ),
}
CHROME_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
]
OTHER_UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def web_context(site: str):
    base, pages, title = SITES[site]
    locales = {"hm_us": ["en-US", "es-US"], "hm_uk": ["en-GB"], "zt": ["en-GB", "en-IE", "es-ES", "en-US"]}[
        site
    ]
    zones = {
        "hm_us": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"],
        "hm_uk": ["Europe/London"],
        "zt": ["Europe/London", "Europe/Dublin", "Europe/Madrid"],
    }[site]
    chromium = {
        "brands": Many(
            {
                "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])),
                "version": G(lambda f: f.pick(["124", "125", "99", "8"])),
            },
            3,
        ),
        "mobile": G(lambda f: f.pick([False, False, True])),
        "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
    }
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.73.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.bing.com/",
                        base + "/",
                        "https://l.facebook.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "",
                        "?utm_source=google&utm_medium=cpc",
                        "?ref=nav",
                        "?step=" + str(f.r.randint(1, 5)),
                    ]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [title, f"Get a quote | {title}", f"My account - {title}", f"Checkout | {title}"]
                )
            ),
            "url": G(lambda f: base + f.pick(pages)),
        },
        "userAgent": G(lambda f: f.pick(CHROME_UAS + OTHER_UAS)),
        "userAgentData": Opt(chromium, 0.6),
        "locale": G(lambda f: f.pick(locales)),
        "timezone": G(lambda f: f.pick(zones)),
        "ip": Y(lambda f: f.ipv4() if f.r.random() < 0.85 else f.ipv6(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(
                        ["spring_auto_2024", "switch_and_save", "esim_launch", "bundle_home_auto"]
                    )
                ),
                "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
                "term": Opt(
                    G(
                        lambda f: f.pick(
                            ["cheap car insurance", "sim only deals", "pet insurance", "esim uk"]
                        )
                    ),
                    0.5,
                ),
                "content": Opt(G(lambda f: f.pick(["hero_a", "hero_b", "footer_link"])), 0.5),
            },
            0.35,
        ),
    }


APPS = {
    "hm": ("Harbor Mutual", "com.harbormutual.app", ["6.4.0", "6.4.2", "6.5.0"], ["6400", "6402", "6500"]),
    "hmpet": ("Harbor Pets", "com.harbormutual.pets", ["2.1.3", "2.2.0", "2.2.1"], ["213", "220", "221"]),
    "zt": ("My Zeltel", "com.zeltel.myzeltel", ["11.2.0", "11.3.1", "11.4.0"], ["1120", "1131", "1140"]),
}


LOCALES = {"us": ["en-US", "es-US"], "uk": ["en-GB", "en-IE", "es-ES"], "ie": ["en-IE", "en-GB", "es-ES"]}
ZONES = {
    "us": ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix"],
    "uk": ["Europe/London", "Europe/Dublin", "Europe/Madrid"],
    "ie": ["Europe/Dublin", "Europe/London", "Europe/Madrid"],
}


def mobile_traits(loc: str):
    prefix = "hm_" if loc == "us" else "zt_"
    return {
        "anonymousId": G(lambda f: f.uuid()),
        "userId": Opt(G(lambda f: prefix + f.digits(8)), 0.7),
        "email": Opt(Y(lambda f: email(f, loc), "email"), 0.6),
        "firstName": Opt(Y(lambda f: first(f, loc), "name"), 0.5),
        "lastName": Opt(Y(lambda f: last(f, loc), "name"), 0.5),
        "phone": Opt(Y(lambda f: phone(f, loc), "phone"), 0.3),
    }


def swift_context(app: str, loc: str):
    name, ns, versions, builds = APPS[app]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(builds)),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(
                lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2", "iPad13,4"])
            ),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.35),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[loc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
            "density": G(lambda f: 3),
        },
        "timezone": G(lambda f: f.pick(ZONES[loc])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(loc),
    }


def kotlin_context(app: str, loc: str, location: bool = False):
    name, ns, versions, builds = APPS[app]
    ctx = {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(builds)),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.hexid(16) if f.r.random() < 0.5 else f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "2201117TG", "CPH2449", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "spes", "OP5958L1", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.1", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[loc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(
                    ["Verizon", "T-Mobile", "AT&T"] if loc == "us" else ["Zeltel", "Zeltel", "Vodafone ES"]
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "width": G(lambda f: f.pick([1080, 1440])),
            "height": G(lambda f: f.pick([2340, 2400, 3120])),
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
        },
        "timezone": G(lambda f: f.pick(ZONES[loc])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S921B", "Pixel 8", "CPH2449"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(loc),
    }
    if location:
        ctx["location"] = Opt(
            {
                "latitude": Y(lambda f: geo_lat(f, "uk"), "geolocation"),
                "longitude": Y(lambda f: geo_lon(f, "uk"), "geolocation"),
                "speed": G(lambda f: f.pick([0.0, 0.0, round(f.r.uniform(0, 30), 1)])),
            },
            0.5,
        )
    return ctx


def rn_context(app: str, loc: str):
    name, ns, versions, builds = APPS[app]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(builds)),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[loc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(ZONES[loc])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(loc),
    }


def flutter_context(app: str, loc: str):
    name, ns, versions, builds = APPS[app]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(builds)),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "HUAWEI"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-G991B", "ELS-NX9"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "HWELS"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[loc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "13", "12"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 360])),
            "height": G(lambda f: f.pick([844, 800])),
            "density": G(lambda f: f.pick([3, 3.5, 2.0])),
        },
        "timezone": G(lambda f: f.pick(ZONES[loc])),
        "traits": mobile_traits(loc),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.1", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.2"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    return {
        "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
        "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.4),
        "userAgent": Opt(G(lambda f: f.pick(CHROME_UAS + OTHER_UAS)), 0.3),
    }


CLIENTS = {
    "web_hm_us": lambda: web_context("hm_us"),
    "web_hm_uk": lambda: web_context("hm_uk"),
    "web_zt": lambda: web_context("zt"),
    "swift_hm": lambda: swift_context("hm", "us"),
    "kotlin_hm": lambda: kotlin_context("hm", "us"),
    "flutter_hmpet": lambda: flutter_context("hmpet", "us"),
    "swift_zt": lambda: swift_context("zt", "uk"),
    "kotlin_zt": lambda: kotlin_context("zt", "uk", location=True),
    "rn_zt": lambda: rn_context("zt", "ie"),
    "flutter_zt": lambda: flutter_context("zt", "uk"),
    **{lib: (lambda lib=lib: server_context(lib)) for lib in SERVER_LIBS},
}

# -- free text without personal data ----------------------------------------------------------

INCIDENTS = [
    "Rear-ended at a red light, rear bumper and boot lid damaged.",
    "Hit a pothole on the interstate, front tire blew out and the rim is bent.",
    "Hail storm overnight dented the hood and roof.",
    "Reversed into a bollard in a parking garage, tail light cracked.",
    "Water leak from the upstairs bathroom stained the kitchen ceiling.",
    "Tree branch fell on the fence during the storm.",
    "Windshield chipped by gravel from a truck, crack is spreading.",
    "Break-in through the back door, laptop and TV taken.",
    "Side mirror clipped by a passing van while parked.",
    "Kitchen fire from the stove, smoke damage to cabinets.",
    "Dog ate a sock and needed surgery at the emergency vet.",
    "Cat hurt its leg jumping off the balcony.",
]
AGENT_TEXTS = [
    "Thanks for waiting, I'm pulling up your policy now.",
    "You can add a named driver in the app under Policy > Drivers.",
    "Your claim has been assigned to an adjuster, you'll hear back within 2 business days.",
    "The deductible on this policy is $500.",
    "I've sent the ID cards to the email we have on file.",
    "Is there anything else I can help you with today?",
    "Glass claims are covered with no deductible on your plan.",
    "Let me transfer you to our claims team.",
]
TICKET_SUBJECTS = [
    "eSIM QR code says already used",
    "Data not working abroad",
    "Bill higher than expected",
    "Port request stuck",
    "No signal at home",
    "Can't log in to the app",
    "Voicemail not working",
]
TICKET_BODIES = [
    "Scanned the QR code and the phone says the profile was already downloaded.",
    "Landed this morning and data shows no service even with roaming on.",
    "I was charged for roaming but I never left the country.",
    "Switch was supposed to happen yesterday, still on the old network.",
    "Signal drops to one bar indoors since last week.",
    "The app keeps asking me to verify again after the update.",
    "Calls go straight to voicemail and I cannot set the greeting.",
]
IT_DESCRIZIONI = [
    "Tamponamento al semaforo, danni al paraurti posteriore.",
    "Urto in retromarcia nel parcheggio del supermercato.",
    "Grandinata: ammaccature sul cofano e sul tetto.",
    "Infiltrazione d'acqua dal bagno del piano di sopra.",
    "Furto del motorino sotto casa durante la notte.",
    "Rottura del parabrezza causata da un sasso in autostrada.",
]
NETWORK_COMMENTS = [
    "No signal inside the house since Tuesday",
    "Calls drop on the train",
    "4G but pages won't load",
    "Fine outside, nothing indoors",
    "Slow in the evenings only",
    "",
]

# -- Harbor Mutual ------------------------------------------------------------------------------

HM_PRODUCTS = [
    "Harbor Auto Plus",
    "Harbor Auto Essentials",
    "HomeGuard Premier",
    "Renters Basic",
    "PawCare Accident & Illness",
    "Term Life 20",
    "Term Life 30",
]


def hm_policy_number(f: Fake) -> str:
    return f.pick(["HMA", "HMH", "HMP", "HML"]) + "-" + f.digits(9)


def hm_product():
    return {
        "product_id": G(
            lambda f: f.pick(["auto_plus", "auto_ess", "home_prem", "renters", "pet_ai", "life_t20"])
        ),
        "sku": G(
            lambda f: f.pick(
                ["HM-AUTO-PLUS-12M", "HM-AUTO-ESS-6M", "HM-HOME-PREM-12M", "HM-PET-AI-12M", "HM-LIFE-T20"]
            )
        ),
        "name": G(lambda f: f.pick(HM_PRODUCTS)),
        "category": G(lambda f: f.pick(["auto", "home", "pet", "life"])),
        "price": G(lambda f: money(f, 18, 420)),
        "quantity": G(lambda f: 1),
        "coverage_term_months": G(lambda f: f.pick([6, 12, 240])),
    }


def page_props(site: str):
    base, pages, title = SITES[site]
    names = {
        "hm_us": ["Home", "Auto Quote", "Home Quote", "Pet Insurance", "My Policies"],
        "hm_uk": ["Home", "Car Quote", "Life Cover", "Direct Debit"],
        "zt": ["Home", "SIM Only Plans", "Phones", "eSIM", "Switch", "Help Centre", "Store Finder"],
    }[site]
    return {
        "path": G(lambda f: f.pick(pages)),
        "url": G(
            lambda f: base + f.pick(pages) + f.pick(["", "", "?utm_source=google&utm_medium=cpc", "?ref=nav"])
        ),
        "title": G(lambda f: f.pick([title, f"Get a quote | {title}", f"{f.pick(names)} | {title}"])),
        "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/", base + "/"])),
        "search": G(lambda f: f.pick(["", "", "?utm_source=google&utm_medium=cpc", "?tab=faq", "?ref=nav"])),
        "name": G(lambda f: f.pick(names)),
        "category": Opt(G(lambda f: f.pick(["quote", "shop", "help", "account"])), 0.5),
    }


US_IDENTIFY = {
    "email": Y(lambda f: email(f, "us"), "email"),
    "firstName": Y(lambda f: first(f, "us"), "name"),
    "lastName": Y(lambda f: last(f, "us"), "name"),
    "phone": Opt(Y(lambda f: phone(f, "us"), "phone"), 0.7),
    "birthday": Opt(Y(lambda f: f.date(1948, 2005), "birthdate"), 0.6),
    "address": Opt(
        {
            "street": Y(us_street, "street|address"),
            "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
            "state": G(lambda f: f.pick(US_CITIES)[1]),
            "postalCode": Y(lambda f: us_zip(f), "zipcode"),
            "country": G(lambda f: f.pick(["US", "USA"])),
        },
        0.6,
    ),
    "createdAt": G(lambda f: f.iso()),
    "customer_since": G(lambda f: f.date(2008, 2024)),
    "policy_count": G(lambda f: f.r.randint(0, 4)),
    "preferred_contact": G(lambda f: f.pick(["email", "phone", "sms", "mail"])),
    "email_verified": G(lambda f: f.pick([True, False])),
    "phone_verified": G(lambda f: f.pick([True, False])),
    "marketing_opt_in": G(lambda f: f.pick([True, False])),
    "paperless": G(lambda f: f.pick([True, False])),
    "state_of_residence": G(lambda f: f.pick(US_CITIES)[1]),
}

HARBOR = [
    ("page", "Auto Quote", "web_hm_us", page_props("hm_us"), 110),
    ("page", "Home", "web_hm_uk", page_props("hm_uk"), 40),
    ("identify", None, "web_hm_us", US_IDENTIFY, 70),
    (
        "identify",
        None,
        "swift_hm",
        {
            "email": Y(lambda f: email(f, "us"), "email"),
            "firstName": Y(lambda f: first(f, "us"), "name"),
            "lastName": Y(lambda f: last(f, "us"), "name"),
            "avatar": Opt(
                Y(lambda f: f"https://cdn.harbormutual.example.com/avatars/{f.hexid(20)}.jpg", "photo"), 0.5
            ),
            "policy_count": G(lambda f: f.r.randint(1, 4)),
            "biometric_login_enabled": G(lambda f: f.pick([True, False])),
            "push_opt_in": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Quote Started",
        "web_hm_us",
        {
            "quote_id": G(lambda f: f.uuid()),
            "product": G(lambda f: f.pick(["auto", "home", "renters", "pet", "life"])),
            "zip_code": Y(lambda f: us_zip(f), "zipcode"),
            "funnel_step": G(lambda f: 1),
            "entry_point": G(lambda f: f.pick(["hero_cta", "nav", "bundle_banner", "partner_widget"])),
            "returning_visitor": G(lambda f: f.pick([True, False])),
            "bundle_intent": G(lambda f: f.pick([True, False])),
        },
        60,
    ),
    (
        "track",
        "Car Quote Details Entered",
        "web_hm_us",
        {
            "quote_id": G(lambda f: f.uuid()),
            "driver": {
                "first_name": Y(lambda f: first(f, "us"), "name"),
                "last_name": Y(lambda f: last(f, "us"), "name"),
                "date_of_birth": Y(lambda f: f.date(1950, 2006), "birthdate"),
                "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "X"]), "gender"),
                "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
                "license_state": G(lambda f: f.pick(US_CITIES)[1]),
                "license_number": Y(us_license, "license"),
                "years_licensed": G(lambda f: f.r.randint(0, 50)),
                "occupation": G(
                    lambda f: f.pick(["Teacher", "Nurse", "Software Engineer", "Retired", "Student"])
                ),
                "military_affiliation": RED(
                    lambda f: f.pick(["none", "none", "active_duty", "veteran", "reserve"]), "veteran"
                ),
                "good_student": G(lambda f: f.pick([True, False])),
            },
            "vehicle": {
                "year": G(lambda f: f.r.randint(2006, 2025)),
                "make": G(lambda f: f.pick(["Honda", "Toyota", "Ford", "Tesla", "Chevrolet", "Kia"])),
                "model": G(lambda f: f.pick(["Civic", "RAV4", "F-150", "Model 3", "Equinox", "Sportage"])),
                "trim": Opt(G(lambda f: f.pick(["EX", "XLE", "Lariat", "Long Range", "LT"])), 0.6),
                "vin": Y(vin, "serial"),
                "ownership": G(lambda f: f.pick(["owned", "financed", "leased"])),
                "annual_mileage": G(lambda f: f.pick([5000, 7500, 10000, 12000, 15000, 20000])),
                "garaging_zip": Y(lambda f: us_zip(f), "zipcode"),
                "primary_use": G(lambda f: f.pick(["commute", "pleasure", "business", "rideshare"])),
            },
            "additional_drivers": Opt(
                Many(
                    {
                        "first_name": Y(lambda f: first(f, "us"), "name"),
                        "last_name": Y(lambda f: last(f, "us"), "name"),
                        "relationship": G(
                            lambda f: f.pick(["spouse", "child", "parent", "domestic_partner"])
                        ),
                        "dob": Y(lambda f: f.date(1955, 2008), "birthdate"),
                        "license_status": G(lambda f: f.pick(["valid", "permit", "suspended"])),
                    },
                    2,
                ),
                0.5,
            ),
            "liability_limits": G(lambda f: f.pick(["25/50/25", "50/100/50", "100/300/100", "250/500/100"])),
            "prior_insurer": G(lambda f: f.pick(["Progressive", "GEICO", "State Farm", "None", "Allstate"])),
            "continuous_coverage_months": G(lambda f: f.r.randint(0, 120)),
            "accidents_last_5y": G(lambda f: f.r.randint(0, 3)),
        },
        55,
    ),
    (
        "track",
        "Quote Completed",
        "web_hm_us",
        {
            "quote_id": G(lambda f: f.uuid()),
            "product": G(lambda f: f.pick(["auto", "home", "renters", "pet", "life"])),
            "premium_monthly": G(lambda f: money(f, 12, 380)),
            "premium_annual": G(lambda f: money(f, 140, 4200)),
            "currency": G(lambda f: "USD"),
            "coverage_level": G(lambda f: f.pick(["basic", "standard", "premium"])),
            "discounts": Many(
                G(lambda f: f.pick(["multi_policy", "safe_driver", "paperless", "good_student", "military"])),
                3,
            ),
            "email_quote_to": Opt(Y(lambda f: email(f, "us"), "email"), 0.5),
            "agent_assisted": G(lambda f: f.pick([True, False])),
        },
        50,
    ),
    (
        "track",
        "Quote Shared",
        "web_hm_us",
        {
            "quote_id": G(lambda f: f.uuid()),
            "sent_to": Y(
                lambda f: email(f, "us") if f.r.random() < 0.6 else phone(f, "us"), "email|phone", True
            ),
            "include_premium": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "track",
        "Home Quote Details Entered",
        "web_hm_us",
        {
            "quote_id": G(lambda f: f.uuid()),
            "property_address": {
                "street": Y(us_street, "street|address"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "zip": Y(lambda f: us_zip(f), "zipcode"),
            },
            "dwelling_type": G(lambda f: f.pick(["single_family", "condo", "townhouse", "mobile_home"])),
            "year_built": G(lambda f: f.r.randint(1900, 2023)),
            "square_feet": G(lambda f: f.r.randint(600, 5200)),
            "roof_type": G(lambda f: f.pick(["asphalt_shingle", "metal", "tile", "slate"])),
            "has_pool": G(lambda f: f.pick([True, False])),
            "has_security_system": G(lambda f: f.pick([True, False])),
            "mortgagee_name": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Wells Fargo Home Mortgage",
                            "Rocket Mortgage",
                            "Chase Home Lending",
                            "Navy Federal CU",
                        ]
                    )
                ),
                0.6,
            ),
            "replacement_cost": G(lambda f: f.r.randint(150, 900) * 1000),
            "prior_claims": G(lambda f: f.r.randint(0, 3)),
        },
        35,
    ),
    (
        "track",
        "Pet Quote Details Entered",
        "flutter_hmpet",
        {
            "quote_id": G(lambda f: f.uuid()),
            "pet": {
                "name": G(
                    lambda f: f.pick(["Biscuit", "Luna", "Max", "Pepper", "Mochi", "Rocky", "Olive", "Tank"])
                ),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "breed": G(
                    lambda f: f.pick(
                        [
                            "Labrador Retriever",
                            "French Bulldog",
                            "Maine Coon",
                            "Mixed",
                            "Golden Retriever",
                            "Siamese",
                        ]
                    )
                ),
                "age_years": G(lambda f: f.r.randint(0, 14)),
                "sex": G(lambda f: f.pick(["male", "female"])),
                "spayed_neutered": G(lambda f: f.pick([True, False])),
                "microchip_number": Opt(Y(microchip, "serial"), 0.7),
                "pre_existing_conditions": Opt(
                    Many(
                        G(lambda f: f.pick(["hip dysplasia", "allergies", "diabetes", "luxating patella"])), 2
                    ),
                    0.4,
                ),
            },
            "vet_clinic": G(
                lambda f: f.pick(
                    ["Banfield Pet Hospital", "VCA Animal Hospital", "BluePearl", "Downtown Animal Clinic"]
                )
            ),
            "owner_zip": Y(lambda f: us_zip(f), "zipcode"),
            "annual_limit": G(lambda f: f.pick([5000, 10000, 0])),
            "deductible": G(lambda f: f.pick([100, 250, 500])),
        },
        35,
    ),
    (
        "track",
        "Life Health Questions Answered",
        "web_hm_us",
        {
            "quote_id": G(lambda f: f.uuid()),
            "height_cm": RED(lambda f: f.r.randint(150, 198), "health"),
            "weight_kg": RED(lambda f: f.r.randint(48, 140), "health"),
            "tobacco_use": RED(lambda f: f.pick(["never", "former", "current", "never"]), "condition|health"),
            "alcohol_units_per_week": RED(lambda f: f.r.randint(0, 30), "health"),
            "diabetes": RED(lambda f: f.pick([False, False, True]), "condition|health"),
            "heart_condition": RED(lambda f: f.pick([False, False, False, True]), "condition|health"),
            "family_history_cancer": RED(lambda f: f.pick([True, False]), "condition|health"),
            "current_medications": Opt(
                Many(
                    Y(
                        lambda f: f.pick(
                            ["lisinopril", "metformin", "atorvastatin", "sertraline", "levothyroxine"]
                        ),
                        "medication",
                    ),
                    2,
                ),
                0.5,
            ),
            "conditions_disclosed": Opt(
                Many(
                    Y(
                        lambda f: f.pick(["hypertension", "asthma", "depression", "sleep apnea"]),
                        "condition|diagnosis",
                    ),
                    2,
                ),
                0.5,
            ),
            "hazardous_activities": Opt(
                Many(G(lambda f: f.pick(["scuba", "skydiving", "motor racing", "mountaineering"])), 2), 0.3
            ),
            "questions_answered": G(lambda f: f.r.randint(8, 24)),
            "coverage_amount": G(lambda f: f.pick([100000, 250000, 500000, 1000000])),
            "term_years": G(lambda f: f.pick([10, 20, 30])),
        },
        40,
    ),
    (
        "track",
        "Medical Questionnaire Submitted",
        "python",
        {
            "application_id": G(lambda f: "LA-" + f.digits(8)),
            "questionnaire_version": G(lambda f: f.pick(["2024.1", "2024.2"])),
            "answers": Many(
                {
                    "question_id": G(
                        lambda f: f.pick(
                            [
                                "MQ01_cancer",
                                "MQ02_heart",
                                "MQ05_hospital_5y",
                                "MQ07_meds",
                                "MQ09_mental_health",
                                "MQ11_hiv",
                            ]
                        )
                    ),
                    "value": RED(
                        lambda f: f.pick(
                            ["No", "Yes", "no", "Yes - 2019", "metformin 500mg", "2", "Knee surgery 2021"]
                        ),
                        "health",
                        True,
                    ),
                },
                6,
            ),
            "completed_in_sec": G(lambda f: f.r.randint(90, 1500)),
            "requires_exam": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Beneficiary Added",
        "web_hm_us",
        {
            "policy_number": G(hm_policy_number),
            "beneficiary": {
                "full_name": Y(lambda f: full(f, f.pick(["us", "world"])), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "sibling", "parent", "trust"])),
                "date_of_birth": Y(lambda f: f.date(1940, 2022), "birthdate"),
                "share_pct": G(lambda f: f.pick([25, 50, 100, 33.33])),
                "ssn_last4": RED(ssn_last4, "social security number"),
                "email": Opt(Y(lambda f: email(f, "us"), "email"), 0.5),
                "phone": Opt(Y(lambda f: phone(f, "us"), "phone"), 0.5),
                "is_minor": G(lambda f: f.pick([True, False])),
                "address": Opt(
                    Y(
                        lambda f: (
                            f"{us_street(f)}, {f.pick(US_CITIES)[0]}, {f.pick(US_CITIES)[1]} {us_zip(f)}"
                        ),
                        "address",
                    ),
                    0.4,
                ),
                "type": G(lambda f: f.pick(["primary", "contingent"])),
            },
            "beneficiary_count": G(lambda f: f.r.randint(1, 4)),
        },
        30,
    ),
    (
        "track",
        "Beneficiary Selected",
        "web_hm_us",
        {
            "label": Y(
                lambda f: f"{full(f, 'us')} ({f.pick(['Spouse', 'Child', 'Parent', 'Sibling'])})",
                "name",
                True,
            ),
            "index": G(lambda f: f.r.randint(0, 3)),
            "form": G(lambda f: "change_beneficiary"),
        },
        20,
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: f"HM-ORD-{f.digits(8)}"),
            "policy_number": G(hm_policy_number),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f, 30, 2400)),
            "revenue": G(lambda f: money(f, 30, 2400)),
            "currency": G(lambda f: "USD"),
            "products": Many(hm_product(), 2),
            "payment_method": G(lambda f: f.pick(["card", "ach", "apple_pay"])),
            "payment_frequency": G(lambda f: f.pick(["monthly", "semi_annual", "annual"])),
            "billing_postal_code": Y(lambda f: us_zip(f), "zipcode"),
            "effective_date": G(lambda f: f.date(2024, 2025)),
        },
        45,
    ),
    (
        "track",
        "Payment Info Entered",
        "web_hm_us",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([3, 4])),
            "payment_method": G(lambda f: f.pick(["card", "ach"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["411111", "545454", "371449", "601100", "424242"])),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "name_on_card": Y(lambda f: full(f, "us").upper(), "name"),
            "autopay_enrolled": G(lambda f: f.pick([True, False])),
            "ach": Opt(
                {
                    "routing_number": G(lambda f: f.pick(ROUTING)),
                    "account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
                    "account_type": G(lambda f: f.pick(["checking", "savings"])),
                },
                0.4,
            ),
        },
        40,
    ),
    (
        "track",
        "Claim Started",
        "swift_hm",
        {
            "claim_id": G(lambda f: f.uuid()),
            "policy_number": G(hm_policy_number),
            "claim_type": G(
                lambda f: f.pick(["auto_collision", "auto_glass", "home_water", "home_theft", "pet_illness"])
            ),
            "incident_date": G(lambda f: f.date(2024, 2024)),
            "incident_location": {
                "lat": Y(lambda f: geo_lat(f, "us"), "geolocation"),
                "lng": Y(lambda f: geo_lon(f, "us"), "geolocation"),
                "accuracy_m": G(lambda f: f.pick([5, 10, 35, 65])),
            },
            "incident_description": G(lambda f: f.pick(INCIDENTS)),
            "vehicle_drivable": G(lambda f: f.pick([True, False])),
            "police_called": G(lambda f: f.pick([True, False])),
            "estimated_damage": G(lambda f: money(f, 150, 15000)),
            "photos_count": G(lambda f: f.r.randint(0, 8)),
        },
        40,
    ),
    (
        "track",
        "Claim Photo Uploaded",
        "kotlin_hm",
        {
            "claim_id": G(lambda f: f.uuid()),
            "photo_url": Y(lambda f: photo_url(f, "claims-media.harbormutual.example.com"), "photo"),
            "photo_index": G(lambda f: f.r.randint(1, 8)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "image/heic", "image/png"])),
            "sha256": G(sha256),
            "damage_area": G(
                lambda f: f.pick(["front", "rear", "driver_side", "roof", "interior", "ceiling"])
            ),
            "exif": {
                "gps_latitude": Opt(Y(lambda f: geo_lat(f, "us"), "geolocation"), 0.7),
                "gps_longitude": Opt(Y(lambda f: geo_lon(f, "us"), "geolocation"), 0.7),
                "taken_at": G(lambda f: f.iso()),
                "camera_model": G(lambda f: f.pick(["Pixel 8", "SM-S921B", "iPhone 15 Pro"])),
            },
        },
        45,
    ),
    (
        "track",
        "Third Party Details Added",
        "kotlin_hm",
        {
            "claim_id": G(lambda f: f.uuid()),
            "other_driver": {
                "name": Y(lambda f: full(f, f.pick(["us", "world"])), "name"),
                "phone": Y(lambda f: phone(f, "us"), "phone"),
                "insurer": G(lambda f: f.pick(["GEICO", "Progressive", "Allstate", "Unknown"])),
                "policy_number": Opt(Y(lambda f: f.pick(["", "P"]) + f.digits(10), "identification"), 0.6),
                "plate": Y(lambda f: plate(f, "us"), "license"),
                "vehicle_description": G(
                    lambda f: f.pick(["white Camry", "grey pickup", "blue SUV", "red hatchback"])
                ),
            },
            "witnesses": Opt(
                Many(
                    {
                        "name": Y(lambda f: full(f, "us"), "name"),
                        "phone": Y(lambda f: phone(f, "us"), "phone"),
                        "email": Opt(Y(lambda f: email(f, "us"), "email"), 0.4),
                    },
                    2,
                ),
                0.5,
            ),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Other driver gave number {phone(f, 'us')}, insurer to confirm",
                        f"Witness can be reached on {phone(f, 'us')} evenings",
                        f"Called {phone(f, 'us')} twice, left voicemail",
                        f"{full(f, 'us')} ({phone(f, 'us')}) admits fault, photos taken",
                        f"Tow driver number {phone(f, 'us')}",
                    ]
                ),
                "phone",
                True,
            ),
            "fault_admitted": G(lambda f: f.pick([True, False, None])),
        },
        35,
    ),
    (
        "track",
        "Claim Submitted",
        "go",
        {
            "claim_id": G(lambda f: f.uuid()),
            "claim_number": G(lambda f: "HM-CLM-" + f.digits(8)),
            "policy_number": G(hm_policy_number),
            "status": G(lambda f: f.pick(["submitted", "triage", "assigned"])),
            "reserve_amount": G(lambda f: money(f, 500, 25000)),
            "fraud_score": G(lambda f: round(f.r.random(), 3)),
            "payout": Opt(
                {
                    "method": G(lambda f: "ach"),
                    "routing_number": G(lambda f: f.pick(ROUTING)),
                    "account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
                },
                0.6,
            ),
            "adjuster": {
                "id": G(lambda f: "ADJ" + f.digits(4)),
                "name": Y(lambda f: full(f, "us"), "name"),
                "email": Y(
                    lambda f: (
                        ascii_fold(first(f, "us")).lower()
                        + "."
                        + ascii_fold(last(f, "us")).lower()
                        + "@harbormutual.example.com"
                    ),
                    "email",
                ),
            },
            "channel": G(lambda f: f.pick(["app", "web", "phone"])),
        },
        40,
    ),
    (
        "track",
        "Roadside Assistance Requested",
        "swift_hm",
        {
            "request_id": G(lambda f: f.uuid()),
            "service_type": G(
                lambda f: f.pick(["tow", "jump_start", "flat_tire", "lockout", "fuel_delivery"])
            ),
            "location": {
                "latitude": Y(lambda f: geo_lat(f, "us"), "geolocation"),
                "longitude": Y(lambda f: geo_lon(f, "us"), "geolocation"),
            },
            "address_hint": Opt(Y(lambda f: f"{us_street(f)}, {f.pick(US_CITIES)[0]}", "address"), 0.6),
            "vehicle": {
                "make": G(lambda f: f.pick(["Honda", "Toyota", "Ford", "Hyundai"])),
                "model": G(lambda f: f.pick(["Accord", "Corolla", "Escape", "Elantra"])),
                "plate": Y(lambda f: plate(f, "us"), "license"),
            },
            "callback_phone": Y(lambda f: phone(f, "us"), "phone"),
            "eta_minutes": G(lambda f: f.r.randint(15, 90)),
        },
        25,
    ),
    (
        "track",
        "Chat Message Sent",
        "web_hm_us",
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "message_id": G(lambda f: f.digits(10)),
            "author_type": G(lambda f: "admin"),
            "agent": {
                "id": G(lambda f: f.digits(7)),
                "name": Y(lambda f: full(f, "us"), "name"),
                "team": G(lambda f: f.pick(["Sales", "Claims", "Billing"])),
            },
            "text": G(lambda f: f.pick(AGENT_TEXTS)),
            "channel": G(lambda f: f.pick(["web_messenger", "ios", "android"])),
        },
        45,
    ),
    (
        "track",
        "Chatbot Step Completed",
        "web_hm_us",
        {
            "bot": G(lambda f: "harbor-assist"),
            "step": G(lambda f: f.pick(["callback_number", "confirm_callback_number"])),
            "input": Y(lambda f: phone(f, "us"), "phone", True),
            "valid": G(lambda f: f.pick([True, True, False])),
        },
        30,
    ),
    (
        "screen",
        "Policy Details",
        "swift_hm",
        {
            "policy_number": G(hm_policy_number),
            "product": G(lambda f: f.pick(["auto", "home", "pet", "life"])),
            "days_to_renewal": G(lambda f: f.r.randint(0, 365)),
        },
        50,
    ),
    (
        "screen",
        "Claims Tracker",
        "kotlin_hm",
        {
            "open_claims": G(lambda f: f.r.randint(0, 3)),
            "policy_number": G(hm_policy_number),
        },
        35,
    ),
    (
        "track",
        "Document Downloaded",
        "web_hm_us",
        {
            "document_type": G(
                lambda f: f.pick(["id_card", "declarations_page", "policy_booklet", "invoice"])
            ),
            "policy_number": G(hm_policy_number),
            "file_name": G(
                lambda f: f"HM-{f.pick(['ID-Card', 'Declarations', 'Invoice'])}-{f.digits(6)}.pdf"
            ),
        },
        30,
    ),
    (
        "group",
        None,
        "web_hm_us",
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Bluewater Logistics LLC",
                        "Sunrise Plumbing Co",
                        "Greenleaf Landscaping",
                        "Metro Courier Inc",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["Transportation", "Construction", "Landscaping", "Delivery"])),
            "employees": G(lambda f: f.r.randint(3, 400)),
            "fleet_size": G(lambda f: f.r.randint(1, 60)),
            "plan": G(lambda f: f.pick(["commercial_auto", "bop", "workers_comp"])),
            "hq_city": G(lambda f: f.pick(US_CITIES)[0]),
            "hq_state": G(lambda f: f.pick(US_CITIES)[1]),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://bluewater.example.com",
                        "https://sunrise-plumbing.example.com",
                        "https://greenleaf.example.net",
                        "https://metrocourier.example.com",
                    ]
                )
            ),
            "account_manager": Y(lambda f: full(f, "us"), "name"),
            "createdAt": G(lambda f: f.iso()),
        },
        25,
    ),
    (
        "identify",
        None,
        "python",
        {
            "CUSTOMER_ID": G(lambda f: "hm_" + f.digits(8)),
            "EMAIL_ADDRESS": Y(lambda f: email(f, "us"), "email"),
            "FIRST_NAME": Y(lambda f: first(f, "us"), "name"),
            "LAST_NAME": Y(lambda f: last(f, "us"), "name"),
            "PHONE_E164": Y(lambda f: e164(f, "us"), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1945, 2005), "birthdate"),
            "HOME_ZIP": Y(lambda f: us_zip(f), "zipcode"),
            "HASHED_EMAIL": Y(sha256, "email"),
            "LIFETIME_PREMIUM_USD": G(lambda f: money(f, 200, 40000)),
            "ACTIVE_POLICIES": G(lambda f: f.r.randint(0, 5)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LAST_CLAIM_AT": G(lambda f: f.iso()),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(["en", "es"])),
            "MARKETING_CONSENT": G(lambda f: f.pick([True, False])),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False, False])),
            "SEGMENT_TIER": G(lambda f: f.pick(["gold", "silver", "bronze"])),
            "IS_SMOKER": RED(lambda f: f.pick([True, False, False]), "condition|health"),
        },
        35,
    ),
    (
        "track",
        "Lead",
        "node",
        {
            "event_time": G(lambda f: f.r.randint(1_714_000_000, 1_735_000_000)),
            "event_source_url": G(
                lambda f: (
                    "https://www.harbormutual.example.com"
                    + f.pick(["/auto-insurance/quote", "/life-insurance/apply", "/home-insurance/quote"])
                )
            ),
            "user_data": {
                "em": Many(Y(sha256, "email"), 1),
                "ph": Opt(Many(Y(sha256, "phone"), 1), 0.6),
                "zp": Opt(Many(Y(sha256, "zipcode"), 1), 0.5),
                "country": Many(
                    G(lambda f: "79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621"), 1
                ),
                "external_id": Many(G(sha256), 1),
                "client_ip_address": Y(lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6(), "ip"),
                "client_user_agent": G(lambda f: f.pick(CHROME_UAS + OTHER_UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(20)}", "advertising id"), 0.5),
            },
        },
        30,
    ),
    # -- Harbor Mutual UK, .NET policy system (PascalCase) --------------------------------------
    (
        "track",
        "Motor Quote Submitted",
        "dotnet",
        {
            "QuoteReference": G(lambda f: "HMQ" + f.digits(8)),
            "Title": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]), "gender|name"),
            "FirstName": Y(lambda f: first(f, "uk"), "name"),
            "Surname": Y(lambda f: last(f, "uk"), "name"),
            "DateOfBirth": Y(lambda f: f.date(1950, 2006) + "T00:00:00", "birthdate"),
            "Postcode": Y(lambda f: uk_postcode(f), "zipcode"),
            "EmailAddress": Y(lambda f: email(f, "uk"), "email"),
            "MobileNumber": Y(lambda f: phone(f, "uk"), "phone"),
            "DrivingLicenceNumber": Y(uk_driving_licence, "license"),
            "LicenceType": G(lambda f: f.pick(["FullUK", "Provisional", "EU", "International"])),
            "YearsNoClaimsBonus": G(lambda f: f.r.randint(0, 15)),
            "VehicleRegistration": Y(lambda f: plate(f, "uk"), "license"),
            "VehicleValue": G(lambda f: f.r.randint(800, 45000)),
            "AnnualMileage": G(lambda f: f.pick([3000, 6000, 8000, 10000, 12000])),
            "MaritalStatus": G(lambda f: f.pick(["Single", "Married", "CivilPartnership", "Divorced"])),
            "EmploymentStatus": G(lambda f: f.pick(["Employed", "SelfEmployed", "Retired", "Student"])),
            "Occupation": G(lambda f: f.pick(["Nurse", "Electrician", "Accountant", "Teacher"])),
            "HomeOwner": G(lambda f: f.pick([True, False])),
            "PremiumAnnual": G(lambda f: money(f, 280, 2600)),
            "VoluntaryExcess": G(lambda f: f.pick([0, 100, 250, 500])),
            "NamedDrivers": Opt(
                Many(
                    {
                        "FirstName": Y(lambda f: first(f, f.pick(["uk", "world"])), "name"),
                        "Surname": Y(lambda f: last(f, f.pick(["uk", "world"])), "name"),
                        "DateOfBirth": Y(lambda f: f.date(1950, 2006) + "T00:00:00", "birthdate"),
                        "Relationship": G(lambda f: f.pick(["Spouse", "Partner", "Child", "Parent"])),
                    },
                    2,
                ),
                0.4,
            ),
            "AddOns": Opt(
                Many(G(lambda f: f.pick(["Breakdown", "LegalCover", "CourtesyCar", "KeyCover"])), 3), 0.6
            ),
            "QuotedAtUtc": G(lambda f: f.iso()),
        },
        45,
    ),
    (
        "track",
        "Direct Debit Set Up",
        "dotnet",
        {
            "PolicyNumber": G(lambda f: "HMUK" + f.digits(8)),
            "MandateReference": G(lambda f: "HMDD-" + f.digits(7)),
            "AccountHolderName": Y(lambda f: full(f, "uk"), "name"),
            "SortCode": G(sort_code),
            "AccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "PaymentDay": G(lambda f: f.r.randint(1, 28)),
            "InstalmentAmount": G(lambda f: money(f, 18, 160)),
        },
        30,
    ),
    (
        "track",
        "Life Application Submitted",
        "dotnet",
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "NationalInsuranceNumber": RED(nino, "national id"),
            "NhsNumber": Opt(RED(nhs_number, "health id"), 0.5),
            "Nationality": Y(
                lambda f: f.pick(["British", "Irish", "Polish", "Indian", "Nigerian"]), "citizenship"
            ),
            "GpPracticeName": G(
                lambda f: f.pick(["Park Road Surgery", "Riverside Medical Centre", "The Health Centre"])
            ),
            "SumAssured": G(lambda f: f.pick([100000, 150000, 250000, 400000])),
            "TermYears": G(lambda f: f.pick([15, 20, 25])),
            "Smoker": RED(lambda f: f.pick([True, False, False]), "condition|health"),
            "BmiBand": RED(lambda f: f.pick(["18.5-24.9", "25-29.9", "30-34.9", "35+"]), "health"),
            "Beneficiaries": Opt(
                Many(
                    {
                        "FullName": Y(lambda f: full(f, f.pick(["uk", "world"])), "name"),
                        "Relationship": G(lambda f: f.pick(["Spouse", "Child", "Partner", "Sibling"])),
                        "SharePercent": G(lambda f: f.pick([25, 50, 100])),
                    },
                    3,
                ),
                0.7,
            ),
            "UnderwritingDecision": G(lambda f: f.pick(["Accepted", "Referred", "Postponed"])),
            "SubmittedAtUtc": G(lambda f: f.iso()),
        },
        30,
    ),
    (
        "identify",
        None,
        "web_hm_uk",
        {
            "email": Y(lambda f: email(f, "uk"), "email"),
            "firstName": Y(lambda f: first(f, "uk"), "name"),
            "lastName": Y(lambda f: last(f, "uk"), "name"),
            "phone": Opt(Y(lambda f: phone(f, "uk"), "phone"), 0.6),
            "address": Opt(
                {
                    "street": Y(uk_street, "street|address"),
                    "city": Y(lambda f: f.pick(UK_TOWNS)[0], "city"),
                    "postalCode": Y(lambda f: uk_postcode(f), "zipcode"),
                    "country": G(lambda f: f.pick(["GB", "United Kingdom"])),
                },
                0.7,
            ),
            "createdAt": G(lambda f: f.iso()),
            "policy_count": G(lambda f: f.r.randint(0, 3)),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    # -- Harbor Mutual Italia, backend in Java and PHP (Italian keys) -------------------------
    (
        "track",
        "Preventivo Auto Richiesto",
        "java",
        {
            "id_preventivo": G(lambda f: f.uuid()),
            "nome": Y(lambda f: first(f, "it"), "name"),
            "cognome": Y(lambda f: last(f, "it"), "name"),
            "codice_fiscale": RED(codice_fiscale, "national id"),
            "data_di_nascita": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1950, 2005)}",
                "birthdate",
            ),
            "luogo_di_nascita": Y(lambda f: f.pick(IT_COMUNI)[0], "city"),
            "sesso": Y(lambda f: f.pick(["M", "F"]), "gender"),
            "comune_di_residenza": Y(lambda f: f.pick(IT_COMUNI)[0], "city"),
            "cap": Y(it_cap, "zipcode"),
            "provincia": G(lambda f: f.pick(IT_COMUNI)[2]),
            "targa": Y(lambda f: plate(f, "it"), "license"),
            "marca_veicolo": G(lambda f: f.pick(["Fiat", "Volkswagen", "Toyota", "Renault", "Dacia"])),
            "modello_veicolo": G(lambda f: f.pick(["Panda", "500", "Golf", "Yaris", "Clio", "Sandero"])),
            "anno_immatricolazione": G(lambda f: f.r.randint(2005, 2024)),
            "classe_di_merito": G(lambda f: f.r.randint(1, 18)),
            "premio_annuo": G(lambda f: money(f, 280, 1900)),
            "canale": G(lambda f: f.pick(["web", "agenzia", "comparatore"])),
        },
        45,
    ),
    (
        "track",
        "Polizza Emessa",
        "php",
        {
            "numero_polizza": G(lambda f: "HMI/" + f.digits(7)),
            "id_cliente": G(lambda f: f.digits(8)),
            "prodotto": G(
                lambda f: f.pick(["Auto Sicura", "Casa Serena", "Amici a Quattro Zampe", "Vita Protetta"])
            ),
            "premio_lordo": G(lambda f: money(f, 120, 2200)),
            "data_decorrenza": G(lambda f: f.date(2024, 2025)),
            "data_scadenza": G(lambda f: f.date(2025, 2026)),
            "frazionamento": G(lambda f: f.pick(["annuale", "semestrale", "mensile"])),
            "iban_addebito": RED(lambda f: iban(f, "IT"), "bank account"),
            "intestatario_conto": Y(lambda f: full(f, "it"), "name"),
            "email_cliente": Y(lambda f: email(f, "it"), "email"),
            "cellulare": Y(lambda f: phone(f, "it"), "phone"),
            "indirizzo_immobile": Opt(
                Y(lambda f: f"{it_street(f)}, {it_cap(f)} {f.pick(IT_COMUNI)[0]}", "address"), 0.5
            ),
            "consenso_marketing": G(lambda f: f.pick([True, False])),
            "agenzia": G(lambda f: f.pick(["Milano Centro", "Roma EUR", "Napoli Vomero", "Direzione"])),
        },
        35,
    ),
    (
        "track",
        "Sinistro Aperto",
        "java",
        {
            "numero_sinistro": G(lambda f: f"SIN-2024-{f.digits(6)}"),
            "numero_polizza": G(lambda f: "HMI/" + f.digits(7)),
            "data_sinistro": G(lambda f: f.date(2024, 2024)),
            "tipo_sinistro": G(lambda f: f.pick(["RCA", "kasko", "furto", "danni_acqua", "cristalli"])),
            "descrizione": G(lambda f: f.pick(IT_DESCRIZIONI)),
            "controparte": Opt(
                {
                    "nome_cognome": Y(lambda f: full(f, "it"), "name"),
                    "targa": Y(lambda f: plate(f, "it"), "license"),
                    "compagnia": G(
                        lambda f: f.pick(["Generali", "UnipolSai", "Allianz", "AXA", "Reale Mutua"])
                    ),
                },
                0.6,
            ),
            "testimoni": Opt(
                Many(
                    {
                        "nome": Y(lambda f: full(f, "it"), "name"),
                        "telefono": Y(lambda f: phone(f, "it"), "phone"),
                    },
                    2,
                ),
                0.4,
            ),
            "constatazione_amichevole": G(lambda f: f.pick([True, False])),
            "importo_stimato": G(lambda f: money(f, 200, 12000)),
            "foto_allegate": G(lambda f: f.r.randint(0, 6)),
            "liquidatore": Y(lambda f: full(f, "it"), "name"),
        },
        35,
    ),
    (
        "identify",
        None,
        "php",
        {
            "nome": Y(lambda f: first(f, "it"), "name"),
            "cognome": Y(lambda f: last(f, "it"), "name"),
            "email": Y(lambda f: email(f, "it"), "email"),
            "codice_fiscale": RED(codice_fiscale, "national id"),
            "telefono": Y(lambda f: phone(f, "it"), "phone"),
            "cittadinanza": Opt(
                Y(lambda f: f.pick(["italiana", "rumena", "albanese", "marocchina"]), "citizenship"), 0.5
            ),
            "indirizzo": {
                "via": Y(it_street, "street|address"),
                "cap": Y(it_cap, "zipcode"),
                "comune": Y(lambda f: f.pick(IT_COMUNI)[0], "city"),
                "provincia": G(lambda f: f.pick(IT_COMUNI)[2]),
            },
            "cliente_dal": G(lambda f: f.date(2005, 2024)),
            "numero_polizze": G(lambda f: f.r.randint(1, 4)),
            "pec_verificata": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
]

# -- Zeltel ---------------------------------------------------------------------------------

ZT_PLANS = [
    "Zeltel Essentials 10GB",
    "Zeltel Unlimited 5G",
    "Zeltel Max 100GB",
    "Zeltel Data Only 30GB",
    "Zeltel Family Unlimited",
    "Zeltel Business Pro",
]
ZT_PLAN_IDS = ["ess_10", "unl_5g", "max_100", "dat_30", "fam_unl", "biz_pro"]
DEVICES = [
    ("APL-IP15P-256-BLK", "iPhone 15 Pro 256GB", "Apple"),
    ("SAM-S24-128-VIO", "Galaxy S24 128GB", "Samsung"),
    ("GOO-P8A-128-BAY", "Pixel 8a 128GB", "Google"),
    ("MOT-G54-256-BLU", "moto g54 5G", "Motorola"),
    ("APL-IP13-128-MID", "iPhone 13 128GB", "Apple"),
]

ZELTEL = [
    ("page", "SIM Only Plans", "web_zt", page_props("zt"), 100),
    (
        "identify",
        None,
        "flutter_zt",
        {
            "email": Y(lambda f: email(f, f.pick(ZT_LOCS)), "email"),
            "firstName": Y(lambda f: first(f, f.pick(ZT_LOCS)), "name"),
            "lastName": Y(lambda f: last(f, f.pick(ZT_LOCS)), "name"),
            "msisdn": Y(msisdn, "phone"),
            "birthday": Opt(Y(lambda f: f.date(1950, 2008), "birthdate"), 0.5),
            "account_number": G(lambda f: "ZT" + f.digits(9)),
            "plan": G(lambda f: f.pick(ZT_PLAN_IDS)),
            "contract_end_date": G(lambda f: f.date(2024, 2027)),
            "line_count": G(lambda f: f.r.randint(1, 5)),
            "is_business": G(lambda f: f.pick([True, False, False])),
            "credit_class": G(lambda f: f.pick(["A", "B", "C", "prepay"])),
            "esim_capable": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
        60,
    ),
    (
        "track",
        "Product Viewed",
        "web_zt",
        {
            "product_id": G(lambda f: f.pick(ZT_PLAN_IDS)),
            "sku": G(
                lambda f: f.pick(
                    ["ZT-SIMO-ESS10-30D", "ZT-SIMO-UNL-24M", "ZT-SIMO-MAX100-12M", "ZT-DATA-30-1M"]
                )
            ),
            "name": G(lambda f: f.pick(ZT_PLANS)),
            "category": G(lambda f: f.pick(["sim_only", "pay_monthly", "data_only"])),
            "price": G(lambda f: f.pick([8.0, 12.5, 18.0, 25.0, 30.0])),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "value": G(lambda f: f.pick([8.0, 12.5, 18.0, 25.0])),
            "data_allowance_gb": G(lambda f: f.pick([10, 30, 100, -1])),
            "contract_months": G(lambda f: f.pick([1, 12, 24])),
            "url": G(lambda f: "https://www.zeltel.example/plans/" + f.pick(ZT_PLAN_IDS)),
        },
        70,
    ),
    (
        "track",
        "Product Added",
        "swift_zt",
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.pick(DEVICES)[0].lower()),
            "sku": G(lambda f: f.pick(DEVICES)[0]),
            "name": G(lambda f: f.pick(DEVICES)[1]),
            "brand": G(lambda f: f.pick(DEVICES)[2]),
            "variant": G(lambda f: f.pick(["Black Titanium", "Cobalt Violet", "Bay", "Midnight"])),
            "price": G(lambda f: f.pick([1099.0, 799.0, 499.0, 229.0, 599.0])),
            "quantity": G(lambda f: 1),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "financing_months": G(lambda f: f.pick([0, 24, 36])),
        },
        50,
    ),
    (
        "track",
        "Checkout Step Completed",
        "web_zt",
        {
            "checkout-id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(1, 5)),
            "step-name": G(lambda f: f.pick(["plan", "details", "delivery", "credit-check", "payment"])),
            "delivery-method": G(lambda f: f.pick(["standard", "next-day", "click-and-collect"])),
            "delivery-postcode": Y(lambda f: uk_postcode(f), "zipcode"),
            "plan-id": G(lambda f: f.pick(ZT_PLAN_IDS)),
            "sim-type": G(lambda f: f.pick(["physical", "esim"])),
            "store-id": Opt(G(lambda f: "ST" + f.digits(4)), 0.3),
        },
        50,
    ),
    (
        "track",
        "SIM Order Placed",
        "web_zt",
        {
            "order-id": G(lambda f: "ZTO-" + f.digits(9)),
            "sim-type": G(lambda f: f.pick(["physical", "esim"])),
            "plan-id": G(lambda f: f.pick(ZT_PLAN_IDS)),
            "plan-name": G(lambda f: f.pick(ZT_PLANS)),
            "contract-months": G(lambda f: f.pick([1, 12, 24])),
            "monthly-cost": G(lambda f: f.pick([8.0, 12.5, 18.0, 25.0, 30.0])),
            "delivery-address": {
                "line-1": Y(uk_street, "address|street"),
                "line-2": Opt(
                    Y(lambda f: f.pick(["Flat 2", "Apartment 14", "Unit 3B", "Top floor"]), "address|street"),
                    0.4,
                ),
                "town": Y(lambda f: f.pick(UK_TOWNS)[0], "city"),
                "postcode": Y(lambda f: uk_postcode(f), "zipcode"),
                "country": G(lambda f: "GB"),
            },
            "recipient-name": Y(lambda f: full(f, f.pick(ZT_LOCS)), "name"),
            "contact-number": Y(lambda f: phone(f, "uk"), "phone"),
            "email-address": Y(lambda f: email(f, f.pick(ZT_LOCS)), "email"),
            "date-of-birth": Y(lambda f: f.date(1950, 2007), "birthdate"),
            "keep-existing-number": G(lambda f: f.pick([True, False])),
            "marketing-opt-in": G(lambda f: f.pick([True, False])),
        },
        40,
    ),
    (
        "track",
        "eSIM Activated",
        "swift_zt",
        {
            "order_id": G(lambda f: "ZTO-" + f.digits(9)),
            "eid": Y(eid, "serial"),
            "iccid": Y(iccid, "serial"),
            "imei": Y(imei, "serial"),
            "activation_code": RED(esim_code, "secret"),
            "smdp_address": G(lambda f: "rsp.zeltel.example"),
            "activation_method": G(lambda f: f.pick(["qr", "in_app", "carrier_push"])),
            "profile_state": G(lambda f: f.pick(["enabled", "downloaded", "failed"])),
            "msisdn": Y(msisdn, "phone"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
        35,
    ),
    (
        "track",
        "SIM Swap Completed",
        "go",
        {
            "swap_id": G(lambda f: f.uuid()),
            "msisdn": Y(msisdn, "phone"),
            "old_iccid": Y(iccid, "serial"),
            "new_iccid": Y(iccid, "serial"),
            "imsi": Y(imsi, "identification"),
            "reason": G(lambda f: f.pick(["lost", "damaged", "upgrade_to_esim", "stolen"])),
            "verified_by": G(lambda f: f.pick(["otp", "store_id_check", "security_questions"])),
            "store_id": Opt(G(lambda f: "ST" + f.digits(4)), 0.5),
        },
        30,
    ),
    (
        "track",
        "Number Port Requested",
        "web_zt",
        {
            "port_id": G(lambda f: f.uuid()),
            "number_to_port": Y(lambda f: phone(f, "uk"), "phone"),
            "donor_operator": G(lambda f: f.pick(["EE", "Vodafone UK", "O2", "Three", "giffgaff"])),
            "pac_code": RED(pac_code, "secret"),
            "requested_port_date": G(lambda f: f.date(2024, 2024)),
            "account_holder_name": Y(lambda f: full(f, "uk"), "name"),
            "keep_voicemail": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Port-In Details Submitted",
        "rn_zt",
        {
            "portId": G(lambda f: f.uuid()),
            "portingNumber": Y(lambda f: phone(f, "us"), "phone"),
            "donorCarrier": G(lambda f: f.pick(["T-Mobile", "AT&T", "Verizon", "Mint Mobile"])),
            "donorAccountNumber": Y(lambda f: f.digits(f.r.randint(9, 12)), "identification"),
            "transferPin": RED(lambda f: f.digits(f.r.randint(4, 8)), "password"),
            "billingZip": Y(lambda f: us_zip(f), "zipcode"),
            "accountHolder": Y(lambda f: full(f, "us"), "name"),
            "isBusinessLine": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "track",
        "Plan Changed",
        "kotlin_zt",
        {
            "old_plan_id": G(lambda f: f.pick(ZT_PLAN_IDS)),
            "new_plan_id": G(lambda f: f.pick(ZT_PLAN_IDS)),
            "old_plan_name": G(lambda f: f.pick(ZT_PLANS)),
            "new_plan_name": G(lambda f: f.pick(ZT_PLANS)),
            "effective_date": G(lambda f: f.date(2024, 2025)),
            "price_delta": G(lambda f: f.pick([-5.0, 2.5, 7.0, 10.0, -12.5])),
            "reason": G(lambda f: f.pick(["more_data", "cheaper", "roaming", "5g"])),
            "msisdn": Y(msisdn, "phone"),
            "proration": G(lambda f: f.pick([True, False])),
        },
        40,
    ),
    (
        "track",
        "Top-Up Completed",
        "rn_zt",
        {
            "topupId": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([5, 10, 15, 20, 30])),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "card": Opt(
                {
                    "brand": G(lambda f: f.pick(["visa", "mastercard"])),
                    "last4": G(lambda f: f.digits(4)),
                    "bin": G(lambda f: f.pick(["475129", "535522", "465901"])),
                    "expMonth": G(lambda f: f.r.randint(1, 12)),
                    "expYear": G(lambda f: f.r.randint(2025, 2031)),
                },
                0.7,
            ),
            "recipient": Opt(
                {
                    "msisdn": Y(msisdn, "phone"),
                    "contactName": Y(lambda f: full(f, f.pick(ZT_LOCS)), "name"),
                    "isOwnNumber": G(lambda f: False),
                },
                0.4,
            ),
            "autoTopUp": G(lambda f: f.pick([True, False])),
            "balanceAfter": G(lambda f: money(f, 5, 60)),
        },
        50,
    ),
    (
        "track",
        "Voucher Redeemed",
        "flutter_zt",
        {
            "voucher_pin": RED(voucher_pin, "secret"),
            "voucher_value": G(lambda f: f.pick([10, 15, 20])),
            "retailer": G(lambda f: f.pick(["Tesco", "PayPoint", "Post Office", "Spar"])),
            "promo_code": Opt(G(lambda f: f.pick(["SUMMER5", "WELCOME10", "ZTBONUS"])), 0.4),
            "success": G(lambda f: f.pick([True, True, False])),
        },
        30,
    ),
    (
        "track",
        "Roaming Pass Purchased",
        "flutter_zt",
        {
            "pass_id": G(lambda f: f.uuid()),
            "destination_country": G(lambda f: f.pick(["US", "TH", "TR", "AE", "JP", "MX"])),
            "zone": G(lambda f: f.pick(["zone_2", "zone_3", "worldwide"])),
            "pass_name": G(
                lambda f: f.pick(["Roam Further 7 days", "Roam Further 30 days", "World Pass Daily"])
            ),
            "price": G(lambda f: f.pick([2.0, 5.0, 15.0, 30.0])),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "current_mcc": G(lambda f: f.pick(["310", "520", "286", "424", "440"])),
            "current_network": G(
                lambda f: f.pick(["T-Mobile US", "AIS", "Turkcell", "Etisalat", "NTT docomo"])
            ),
        },
        35,
    ),
    (
        "track",
        "Usage Alert Triggered",
        "go",
        {
            "alert_id": G(lambda f: f.uuid()),
            "msisdn": Y(msisdn, "phone"),
            "alert_type": G(lambda f: f.pick(["data_80", "data_100", "roaming_spend_cap", "bill_shock"])),
            "usage_mb": G(lambda f: f.r.randint(500, 120_000)),
            "allowance_mb": G(lambda f: f.pick([10240, 30720, 102400])),
            "percent_used": G(lambda f: f.pick([80, 90, 100])),
            "bill_cycle_end": G(lambda f: f.date(2024, 2024)),
            "sms_sent": G(lambda f: f.pick([True, False])),
            "channel": G(lambda f: f.pick(["sms", "push", "email"])),
        },
        45,
    ),
    (
        "track",
        "Device Financing Application Submitted",
        "ruby",
        {
            "application_id": G(lambda f: "DFA-" + f.digits(8)),
            "device_sku": G(lambda f: f.pick(DEVICES)[0]),
            "device_name": G(lambda f: f.pick(DEVICES)[1]),
            "device_price": G(lambda f: f.pick([1099.0, 799.0, 499.0])),
            "term_months": G(lambda f: f.pick([24, 36])),
            "monthly_payment": G(lambda f: money(f, 12, 60)),
            "applicant": {
                "first_name": Y(lambda f: first(f, "us"), "name"),
                "last_name": Y(lambda f: last(f, "us"), "name"),
                "date_of_birth": Y(lambda f: f.date(1950, 2005), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "email": Y(lambda f: email(f, "us"), "email"),
                "mobile": Y(lambda f: phone(f, "us"), "phone"),
                "annual_income": Y(lambda f: f.r.randint(18, 250) * 1000, "salary"),
                "employment_status": G(lambda f: f.pick(["employed", "self_employed", "retired", "student"])),
                "employer_name": Opt(
                    G(lambda f: f.pick(["Walmart", "Kaiser Permanente", "Acme Logistics"])), 0.6
                ),
                "housing_status": G(lambda f: f.pick(["rent", "own", "with_family"])),
                "months_at_address": G(lambda f: f.r.randint(1, 240)),
                "residential_address": {
                    "street": Y(us_street, "street|address"),
                    "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                    "state": G(lambda f: f.pick(US_CITIES)[1]),
                    "zip": Y(lambda f: us_zip(f), "zipcode"),
                },
            },
            "credit_check_consent": G(lambda f: True),
            "decision": G(lambda f: f.pick(["approved", "declined", "manual_review"])),
            "imei": Opt(Y(imei, "serial"), 0.5),
        },
        30,
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "swift_zt",
        {
            "mandate_id": G(lambda f: "MD" + f.hexid(12).upper()),
            "iban": RED(lambda f: iban(f, f.pick(["GB", "IE", "ES"])), "bank account"),
            "account_holder": Y(lambda f: full(f, f.pick(ZT_LOCS)), "name"),
            "bank_name": G(lambda f: f.pick(["AIB", "Bank of Ireland", "BBVA", "NatWest", "Barclays"])),
            "collection_day": G(lambda f: f.r.randint(1, 28)),
            "scheme": G(lambda f: f.pick(["sepa_core", "bacs"])),
        },
        30,
    ),
    (
        "track",
        "Family Line Added",
        "rn_zt",
        {
            "lineId": G(lambda f: f.uuid()),
            "member": {
                "firstName": Y(lambda f: first(f, f.pick(ZT_LOCS)), "name"),
                "relationship": G(lambda f: f.pick(["child", "partner", "parent", "other"])),
                "dateOfBirth": Y(lambda f: f.date(1950, 2016), "birthdate"),
                "msisdn": Y(msisdn, "phone"),
            },
            "parentalControls": G(lambda f: f.pick([True, False])),
            "dataLimitGb": G(lambda f: f.pick([5, 10, 20, 0])),
            "isMinor": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Store Appointment Booked",
        "web_zt",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "store": {
                "id": G(lambda f: "ST" + f.digits(4)),
                "name": G(
                    lambda f: f.pick(
                        [
                            "Zeltel Leeds Trinity",
                            "Zeltel Bristol Cabot Circus",
                            "Zeltel Grafton St",
                            "Zeltel Manchester Arndale",
                        ]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Trinity Leeds, Albion St",
                            "Cabot Circus, Glass House",
                            "Grafton Street 92",
                            "Arndale Centre, Market St",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Leeds", "Bristol", "Dublin", "Manchester"])),
                "postcode": G(lambda f: f.pick(["LS1 5AY", "BS1 3BX", "D02 XK20", "M4 3AQ"])),
                "phone": G(
                    lambda f: f.pick(
                        ["+44 113 496 0123", "+44 117 496 0456", "+353 1 555 0199", "+44 161 496 0789"]
                    )
                ),
            },
            "slot_start": G(lambda f: f.iso()),
            "reason": G(lambda f: f.pick(["new_phone", "repair", "sim_swap", "business_advice"])),
            "advisor_name": Y(lambda f: full(f, f.pick(["uk", "world", "ie"])), "name"),
            "customer_name": Y(lambda f: full(f, f.pick(ZT_LOCS)), "name"),
            "customer_email": Opt(Y(lambda f: email(f, f.pick(ZT_LOCS)), "email"), 0.7),
            "customer_phone": Y(lambda f: phone(f, f.pick(["uk", "ie"])), "phone"),
            "accessibility_needs": RED(
                lambda f: f.pick(["none", "none", "wheelchair_access", "hearing_loop", "bsl_interpreter"]),
                "disability",
            ),
            "reminder_sms": G(lambda f: f.pick([True, False])),
            "party_size": G(lambda f: f.r.randint(1, 3)),
        },
        35,
    ),
    (
        "track",
        "Support Ticket Created",
        "node",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(180000, 999999)),
                "subject": G(lambda f: f.pick(TICKET_SUBJECTS)),
                "description": G(lambda f: f.pick(TICKET_BODIES)),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open"])),
                "tags": Many(
                    G(lambda f: f.pick(["esim", "roaming", "billing", "porting", "coverage", "app"])), 3
                ),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "chat", "mobile_sdk"]))},
                "requester": {
                    "id": G(lambda f: f.r.randint(10**11, 10**12)),
                    "name": Y(lambda f: full(f, f.pick(ZT_LOCS)), "name"),
                    "email": Y(lambda f: email(f, f.pick(ZT_LOCS)), "email"),
                },
                "assignee": Opt(
                    {
                        "id": G(lambda f: f.r.randint(10**11, 10**12)),
                        "name": Y(lambda f: full(f, "uk"), "name"),
                    },
                    0.6,
                ),
                "custom_fields": Many(
                    {"id": G(lambda f: 360004417812), "value": Y(msisdn, "phone", True)},
                    1,
                ),
                "created_at": G(lambda f: f.iso()),
            },
        },
        40,
    ),
    (
        "track",
        "IVR Call Completed",
        "node",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: e164(f, f.pick(["uk", "ie", "es"])), "phone", True),
            "To": G(lambda f: f.pick(["+443330140000", "+35312345000"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(5, 900))),
            "Direction": G(lambda f: "inbound"),
            "Intent": G(lambda f: f.pick(["billing", "lost_phone", "porting", "roaming"])),
        },
        35,
    ),
    (
        "track",
        "Network Issue Reported",
        "kotlin_zt",
        {
            "issue_type": G(lambda f: f.pick(["no_signal", "slow_data", "dropped_calls", "no_volte"])),
            "signal_dbm": G(lambda f: f.r.randint(-120, -70)),
            "cell_id": G(lambda f: f.r.randint(10_000_000, 268_435_455)),
            "tac": G(lambda f: f.r.randint(1000, 65000)),
            "fix": {
                "lat": Y(lambda f: geo_lat(f, "uk"), "geolocation"),
                "lon": Y(lambda f: geo_lon(f, "uk"), "geolocation"),
                "accuracy": G(lambda f: f.pick([8.0, 15.5, 40.0, 120.0])),
            },
            "comment": G(lambda f: f.pick(NETWORK_COMMENTS)),
        },
        35,
    ),
    (
        "screen",
        "Bill Details",
        "flutter_zt",
        {
            "bill_id": G(lambda f: "BL" + f.digits(10)),
            "amount_due": G(lambda f: money(f, 8, 140)),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "period": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05", "2024-06"])),
        },
        50,
    ),
    (
        "screen",
        "Usage",
        "kotlin_zt",
        {
            "data_used_gb": G(lambda f: round(f.r.uniform(0, 90), 2)),
            "days_left": G(lambda f: f.r.randint(0, 30)),
        },
        50,
    ),
    (
        "track",
        "Signed In",
        "kotlin_zt",
        {
            "method": G(lambda f: f.pick(["password", "otp", "biometric"])),
            "login_identifier": Y(msisdn, "phone", True),
            "success": G(lambda f: f.pick([True, True, False])),
            "attempts": G(lambda f: f.r.randint(1, 4)),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
        45,
    ),
    (
        "track",
        "Subscriber Looked Up",
        "php",
        {
            "q": Y(msisdn, "phone", True),
            "staff_id": G(lambda f: "E" + f.digits(5)),
            "store_id": G(lambda f: "ST" + f.digits(4)),
            "lookup_reason": G(lambda f: f.pick(["upgrade", "sim_swap", "billing_query", "repair"])),
            "results": G(lambda f: f.pick([0, 1, 1, 2])),
        },
        30,
    ),
    (
        "track",
        "Help Article Searched",
        "web_zt",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "esim not working",
                        "roaming charges",
                        "pac code",
                        "cancel contract",
                        "voicemail pin",
                        "wifi calling",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "section": G(lambda f: f.pick(["help", "community"])),
        },
        35,
    ),
    (
        "track",
        "Referral Sent",
        "flutter_zt",
        {
            "referral_code": G(lambda f: "ZT-" + f.hexid(6).upper()),
            "invitee_name": Y(lambda f: full(f, f.pick(ZT_LOCS)), "name"),
            "invitee_phone": Y(lambda f: phone(f, f.pick(["uk", "ie", "es"])), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([10, 20, 30])),
        },
        30,
    ),
    (
        "track",
        "API Error",
        "node",
        {
            "endpoint": G(
                lambda f: f.pick(["/v2/esim/activate", "/v2/topups", "/v1/port-requests", "/v2/plans/change"])
            ),
            "http_status": G(lambda f: f.pick([401, 409, 500, 502, 504])),
            "error_code": G(
                lambda f: f.pick(["ESIM_PROFILE_IN_USE", "UPSTREAM_TIMEOUT", "INVALID_PAC", "TOKEN_EXPIRED"])
            ),
            "request_id": G(lambda f: f.uuid()),
            "request_headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "user-agent": G(
                    lambda f: f.pick(["MyZeltel/11.3.1 (iOS 17.4)", "okhttp/4.12.0", "Dart/3.3 (dart:io)"])
                ),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
            },
        },
        30,
    ),
    (
        "track",
        "Email Bounced",
        "python",
        {
            "email": Y(lambda f: email(f, f.pick(ZT_LOCS)), "email"),
            "reason": G(lambda f: f.pick(["550 5.1.1 user unknown", "mailbox full", "550 5.7.1 blocked"])),
            "bounce_type": G(lambda f: f.pick(["hard", "soft"])),
            "sg_event_id": G(lambda f: f.hexid(22)),
        },
        30,
    ),
    (
        "group",
        None,
        "ruby",
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Harrow & Lane Solicitors",
                        "Quayside Cafés Ltd",
                        "Northern Sparks Electrical",
                        "Brightway Dental Group",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["Legal", "Hospitality", "Construction", "Healthcare"])),
            "employees": G(lambda f: f.r.randint(2, 250)),
            "plan": G(lambda f: f.pick(["biz_pro", "biz_flex"])),
            "vat_number": G(lambda f: "GB" + f.digits(9)),
            "createdAt": G(lambda f: f.iso()),
            "account_manager": Y(lambda f: full(f, "uk"), "name"),
        },
        20,
    ),
    ("alias", None, "web_zt", {}, 20),
    ("alias", None, "kotlin_zt", {}, 15),
]


def build(seed: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    templates = [(t, "hm_") for t in HARBOR] + [(t, "zt_") for t in ZELTEL]
    for (kind, event, client, body, weight), prefix in templates:
        for _ in range(weight):
            user = prefix + f.digits(8)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
            }
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            msg["userId"] = user
            if kind == "track":
                msg["event"] = event
            elif kind == "screen":
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif kind != "alias":
                msg["properties"] = render(body, f, "properties", labels)
            if kind == "page":
                msg["name"] = msg["properties"]["name"]
            msg["context"] = render(CLIENTS[client](), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=1616)
    write(Path(__file__).parent, "holdout16_", events, labels)
