"""Writes holdout205: tests/corpus/holdout205_events.jsonl and holdout205_labels.json.

Sealed: written from the Segment spec, the client libraries' public context shapes and the
labelling policy alone, without reading the detection engine, its vocabularies, its tests or
any other corpus's labels, and without running the engine on these events.

Domain: a public library and e-book lending app ("Pukapuka") run for library networks in New
Zealand, Finland and Colombia. Covered: library card sign-up (adult, child with a guardian,
Finnish strong-identification sign-up with a henkilötunnus, Colombian sign-up with a cédula,
Māori-keyed sign-up), identify calls from the mobile apps, a .NET ILS sync (PascalCase) and a
warehouse reverse-ETL (SCREAMING_SNAKE); loans, returns, holds, proxy pickup and locker codes;
e-book and audiobook borrowing, a kebab-case e-book vendor webhook with fulfilment links; fines,
the e-commerce spec's Order Completed with a billing address and a Stripe payment method, form
autocapture of a self-hosted card form (autocomplete names `cc-number`, `cc-csc`), Paytrail
(Finland) and Wompi-shaped PSE (Colombia) payments by natural persons, refunds to NZ bank accounts
and Finnish IBANs; event and workshop registrations (allergies, accessibility needs, a therapy dog
and its handler); accessibility settings and the Finnish print-disability service; home delivery
for housebound readers (carers, key-safe codes, volunteer drivers' GPS); Wi-Fi sessions, room
bookings, staff tools (patron search, notes), Twilio / SendGrid / Meta CAPI shaped payloads; group
calls for schools and rest homes, alias calls, lifecycle and screen events. Contexts of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python, node, go, java, ruby, php and C# server libraries.

Conventions: mostly camelCase and snake_case English keys; PascalCase (.NET ILS, Twilio),
kebab-case (e-book vendor, SendGrid's smtp-id), SCREAMING_SNAKE (reverse ETL) and Finnish,
Māori and Spanish keys where those backends would use them.

Labelling rules (the Privacy Portal's defaults and its published policy):
- PII = personal data about a natural person (the patron, a child, a guardian, a carer, a proxy,
  a donor, a staff member or volunteer). Colours are the reference's default for the matcher;
  outside the reference: red for credentials/secrets/tokens, card numbers, bank accounts,
  government ids; yellow for geolocation, advertising ids and the rest.
- Green: ids we issue (library card numbers and barcodes are member numbers, item barcodes,
  ISBNs, hold / loan / order ids, UUIDs), versions, timestamps, amounts, enums, counters and
  booleans under PII-sounding keys (emailVerified, phoneVerified, guardian_consent), hashes of
  files, book titles, authors, narrators and publishers (catalogue metadata about published
  works, not data about a data subject), branch names and the branch's own address, phone and
  coordinates, schools and companies, a pet's name, search queries for books and places,
  country, region, locale, language, timezone, currency, user agents, card brand / last4 /
  expiry, BIC, ages and age bands, job and occupation enums, e-mail Message-IDs, a business
  sender number in an SMS webhook, role mailboxes.
- Yellow: names, e-mails, phones, the person's address parts (street, suburb, barrio and
  localidad are `address|city`, city `city`, postcode `zipcode`), birth dates (a birth year is
  labelled `birthdate` too: it is a part of the birth date, unlike an age), gender, ethnicity
  (NZ census ethnicity, iwi and hapū affiliation, Colombian grupo étnico), IP addresses,
  MAC addresses, geolocation of the person's device or home, ad click ids and browser ids
  (gclid, fbp, fbc) and mobile advertising ids (`advertising id`), profile photos, driver
  licence numbers (`license`), allergies, citizenship; hashed e-mail / phone sent for ad
  matching keep the type of what was hashed (a hash of PII is not a hash of non-PII).
- Red: national ids (henkilötunnus, cédula, tarjeta de identidad, PEP/PPT numbers) and
  identity-document numbers (`national id|passport`), bank accounts and IBANs, full card numbers
  and security codes (`credit card`), payment method ids (`pm_`), Stripe client secrets, one-time
  / verification codes, locker pickup codes, sign-in and fulfilment links' tokens (`token`), the
  card PIN (`password`), push tokens, key-safe / door codes in delivery instructions (`secret`),
  residency / visa status (`visa`), and disability: an explicit impairment or eligibility (print
  disability, housebound reason, mobility aids, accessibility needs at an event) and an active
  screen reader (an assistive technology almost only people with a visual impairment use); display
  preferences anyone uses (font scale, contrast, reduced motion, captions) are green.
- value_only is true where the key does not say what the value is (`q`, `input`, `value`, `link`,
  `label`, `to`, `previous`, `current`, `description`, `access_instructions`, `Note`,
  `context.externalIds[].id`) and only the value reveals it.
  Every value of a value_only PII path carries that PII; free text is green when none of its
  values carries PII, and no path mixes the two.
- Where undecidable, the label is what a careful privacy owner at a mid-size company would
  want flagged (the birth year and screen-reader cases above; a Wi-Fi client's private LAN
  address is still `ip`: with the session's card number it singles out the person's device).
- Path identity: one label per path across all events, so a group call's `traits.name` is the
  organisation's name (green) and identify calls name people with firstName / lastName keys.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and things ----------------------------------------------------------------------

NZ_FIRST = [
    "Aroha",
    "Tama",
    "Wiremu",
    "Mere",
    "Hemi",
    "Ngaio",
    "Kiri",
    "Rangi",
    "Manaia",
    "Anahera",
    "Olivia",
    "Jack",
    "Charlotte",
    "Liam",
    "Isla",
    "Sione",
    "Losa",
    "Mele",
    "Tevita",
    "Priya",
    "Arjun",
    "Wei",
    "Jiayi",
    "Min-jun",
    "Ruby",
    "Hamish",
]
NZ_LAST = [
    "Ngata",
    "Parata",
    "Te Whata",
    "Horomona",
    "Pōtae",
    "Walker",
    "Smith",
    "Wilson",
    "Williams",
    "Brown",
    "Tupou",
    "Faleolo",
    "Fifita",
    "Singh",
    "Patel",
    "Chen",
    "Kim",
    "Tautahi",
    "McKenzie",
    "O'Connor",
    "Rāwiri",
]
FI_FIRST = [
    "Aino",
    "Eino",
    "Juha",
    "Mikko",
    "Liisa",
    "Sanna",
    "Päivi",
    "Veeti",
    "Ilmari",
    "Helmi",
    "Onni",
    "Siiri",
    "Tuomas",
    "Anneli",
    "Outi",
    "Johan",
    "Hodan",
    "Abdi",
    "Olga",
    "Kärt",
]
FI_LAST = [
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Saarinen",
    "Sjöberg",
    "Lindqvist",
    "Hassan",
    "Farah",
    "Smirnova",
    "Tamm",
]
CO_FIRST = [
    "Valentina",
    "Juan Pablo",
    "Camila",
    "Santiago",
    "Daniela",
    "Andrés Felipe",
    "María José",
    "Sebastián",
    "Luisa Fernanda",
    "Jhon Jairo",
    "Yesenia",
    "Wilmer",
    "Laura Sofía",
    "Yuliana",
    "Brayan",
    "Nelly",
]
CO_LAST = [
    "Rodríguez",
    "Gómez",
    "Martínez",
    "Hernández",
    "López",
    "Ramírez",
    "Herrera",
    "Díaz",
    "Cárdenas",
    "Quintero",
    "Ospina",
    "Mosquera",
    "Arango",
    "Palacios",
    "Zuluaga",
    "Peña",
]
FIRSTS = {"NZ": NZ_FIRST, "FI": FI_FIRST, "CO": CO_FIRST}
LASTS = {"NZ": NZ_LAST, "FI": FI_LAST, "CO": CO_LAST}
MAIL = {
    "NZ": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com", "icloud.com", "slingshot.co.nz"],
    "FI": ["gmail.com", "hotmail.fi", "luukku.com", "outlook.com", "kolumbus.fi", "icloud.com"],
    "CO": ["gmail.com", "hotmail.com", "yahoo.com.co", "outlook.es", "une.net.co"],
}
NZ_STREETS = [
    "Karangahape Road",
    "Dominion Road",
    "Great North Road",
    "Cuba Street",
    "Riccarton Road",
    "Te Atatū Road",
    "Ponsonby Road",
    "Tītahi Bay Road",
    "Whitaker Place",
    "Kāpiti Road",
    "Hinemoa Street",
    "Rata Street",
    "Manukau Road",
]
NZ_SUBURBS = [
    ("Grey Lynn", "Auckland", "1021"),
    ("Ōtāhuhu", "Auckland", "1062"),
    ("Newtown", "Wellington", "6021"),
    ("Porirua", "Porirua", "5022"),
    ("Riccarton", "Christchurch", "8011"),
    ("Frankton", "Hamilton", "3204"),
    ("Te Atatū South", "Auckland", "0610"),
    ("Ōnekawa", "Napier", "4110"),
    ("Kaiti", "Gisborne", "4010"),
]
FI_STREETS = [
    "Mannerheimintie",
    "Hämeenkatu",
    "Aleksanterinkatu",
    "Kauppakatu",
    "Itäkatu",
    "Kalevankatu",
    "Isokatu",
    "Sammonkatu",
    "Pohjoisesplanadi",
    "Koulukatu",
    "Vanha Porvoontie",
]
FI_CITIES = [
    ("00100", "Helsinki"),
    ("00530", "Helsinki"),
    ("33100", "Tampere"),
    ("90100", "Oulu"),
    ("20100", "Turku"),
    ("02100", "Espoo"),
    ("01300", "Vantaa"),
    ("40100", "Jyväskylä"),
]
CO_BARRIOS = [
    ("Chapinero Alto", "Chapinero", "Bogotá", "110231"),
    ("Kennedy Central", "Kennedy", "Bogotá", "110811"),
    ("Las Ferias", "Engativá", "Bogotá", "111061"),
    ("Laureles", "Comuna 11", "Medellín", "050031"),
    ("Manrique", "Comuna 3", "Medellín", "050010"),
    ("San Fernando", "Comuna 19", "Cali", "760042"),
    ("El Prado", "Norte-Centro Histórico", "Barranquilla", "080020"),
]
BOOKS = [
    ("Cien años de soledad", "Gabriel García Márquez", "Penguin Random House"),
    ("Tuntematon sotilas", "Väinö Linna", "WSOY"),
    ("Muumipappa ja meri", "Tove Jansson", "WSOY"),
    ("The Bone People", "Keri Hulme", "Picador"),
    ("Potiki", "Patricia Grace", "Penguin NZ"),
    ("The Whale Rider", "Witi Ihimaera", "Penguin NZ"),
    ("The Luminaries", "Eleanor Catton", "Victoria University Press"),
    ("Seitsemän veljestä", "Aleksis Kivi", "SKS"),
    ("La vorágine", "José Eustasio Rivera", "Panamericana"),
    ("Delirio", "Laura Restrepo", "Alfaguara"),
    ("Puhdistus", "Sofi Oksanen", "WSOY"),
    ("El olvido que seremos", "Héctor Abad Faciolince", "Alfaguara"),
    ("Harry Potter and the Philosopher's Stone", "J.K. Rowling", "Bloomsbury"),
    ("The Very Hungry Caterpillar", "Eric Carle", "Puffin"),
    ("Kete", "Hinemoana Baker", "Auckland University Press"),
]
NARRATORS = ["Rawiri Paratene", "Stephen Fry", "Krista Kosonen", "Carlos Vives", "Miriama Smith", "Jim Dale"]
BRANCHES = {
    "NZ": ["Te Oro", "Grey Lynn Library", "Tūranga", "Te Awe", "Ōtāhuhu Library", "Waitohi"],
    "FI": ["Oodi", "Kallion kirjasto", "Itäkeskuksen kirjasto", "Metso", "Tikkurilan kirjasto", "Sello"],
    "CO": [
        "Biblioteca Virgilio Barco",
        "Biblioteca El Tintal",
        "Parque Biblioteca España",
        "Biblioteca Luis Ángel Arango",
        "Biblioteca Pública Piloto",
    ],
}
ALL_BRANCHES = [b for v in BRANCHES.values() for b in v]
CURRENCY = {"NZ": "NZD", "FI": "EUR", "CO": "COP"}


def ctry(f: Fake) -> str:
    return f.pick(["NZ", "FI", "CO"])


def first(f: Fake, c: str | None = None) -> str:
    return f.pick(FIRSTS[c or ctry(f)])


def last(f: Fake, c: str | None = None) -> str:
    return f.pick(LASTS[c or ctry(f)])


def full(f: Fake, c: str | None = None) -> str:
    c = c or ctry(f)
    return f"{first(f, c)} {last(f, c)}"


def _ascii(s: str) -> str:
    table = str.maketrans("āēīōūäöåéáíóúñüÄÖĀŌ' ", "aeiouaoaeaiounuAOAO._")
    return s.lower().translate(table).replace("-", "")


def email(f: Fake, c: str | None = None) -> str:
    c = c or ctry(f)
    fi, la = _ascii(first(f, c)), _ascii(last(f, c))
    user = f.pick(
        [f"{fi}.{la}", f"{fi}{la}{f.r.randint(1, 99)}", f"{fi[0]}{la}", f"{fi}_{la[:4]}{f.r.randint(70, 99)}"]
    )
    return f"{user}@{f.pick(MAIL[c])}"


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, c: str | None = None) -> str:
    c = c or ctry(f)
    if c == "NZ":
        pre = f.pick(["21", "22", "27", "29"])
        return f.pick(
            [
                f"+64 {pre} {d(f, 3)} {d(f, 4)}",
                f"0{pre} {d(f, 3)} {d(f, 4)}",
                f"+64{pre}{d(f, 7)}",
                f"(09) {f.r.randint(2, 9)}{d(f, 2)} {d(f, 4)}",
                f"04-{f.r.randint(2, 9)}{d(f, 2)} {d(f, 4)}",
            ]
        )
    if c == "FI":
        pre = f.pick(["40", "41", "44", "45", "50"])
        return f.pick(
            [
                f"+358 {pre} {d(f, 3)} {d(f, 4)}",
                f"0{pre} {d(f, 3)} {d(f, 4)}",
                f"+358{pre}{d(f, 7)}",
                f"0{pre}-{d(f, 7)}",
                f"09 {f.r.randint(2, 9)}{d(f, 2)} {d(f, 4)}",
            ]
        )
    pre = f.pick(["300", "301", "310", "311", "313", "315", "320", "350"])
    return f.pick(
        [
            f"+57 {pre} {d(f, 3)} {d(f, 4)}",
            f"{pre} {d(f, 3)} {d(f, 4)}",
            f"+57{pre}{d(f, 7)}",
            f"(601) {f.r.randint(2, 8)}{d(f, 2)} {d(f, 4)}",
            f"{pre}{d(f, 7)}",
        ]
    )


def street(f: Fake, c: str | None = None) -> str:
    c = c or ctry(f)
    if c == "NZ":
        unit = f.pick(["", "", f"{f.r.randint(1, 12)}/", f"Flat {f.r.randint(1, 6)}, "])
        return f"{unit}{f.r.randint(1, 480)} {f.pick(NZ_STREETS)}"
    if c == "FI":
        stair = f.pick(["", f" {f.pick('ABCD')} {f.r.randint(1, 60)}", f" as. {f.r.randint(1, 40)}"])
        return f"{f.pick(FI_STREETS)} {f.r.randint(1, 90)}{stair}"
    via = f.pick(["Calle", "Carrera", "Diagonal", "Transversal", "Avenida Calle", "Cl.", "Cra."])
    n = f"{f.r.randint(1, 180)}{f.pick(['', '', 'A', 'B', ' Sur', 'Bis'])}"
    apt = f.pick(
        [
            "",
            "",
            f" Apto {f.r.randint(1, 20)}0{f.r.randint(1, 4)}",
            f" Int {f.r.randint(1, 9)} Apto {f.r.randint(101, 904)}",
        ]
    )
    return f"{via} {n} # {f.r.randint(1, 120)}-{f.r.randint(1, 99):02d}{apt}"


def city(f: Fake, c: str | None = None) -> str:
    c = c or ctry(f)
    if c == "NZ":
        return f.pick(NZ_SUBURBS)[1]
    if c == "FI":
        return f.pick(FI_CITIES)[1]
    return f.pick(CO_BARRIOS)[2]


def postcode(f: Fake, c: str | None = None) -> str:
    c = c or ctry(f)
    if c == "NZ":
        return f.pick(NZ_SUBURBS)[2]
    if c == "FI":
        return f.pick(FI_CITIES)[0]
    return f.pick(CO_BARRIOS)[3]


def full_address(f: Fake, c: str | None = None) -> str:
    c = c or ctry(f)
    if c == "NZ":
        sub, town, pc = f.pick(NZ_SUBURBS)
        return f"{street(f, c)}, {sub}, {town} {pc}"
    if c == "FI":
        pc, town = f.pick(FI_CITIES)
        return f"{street(f, c)}, {pc} {town}"
    barrio, _, town, _ = f.pick(CO_BARRIOS)
    return f"{street(f, c)}, {barrio}, {town}"


def dob(f: Fake, lo: int = 1938, hi: int = 2006) -> str:
    return f"{f.r.randint(lo, hi)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def dob_local(f: Fake, lo: int = 1938, hi: int = 2006) -> str:
    y, m, day = f.r.randint(lo, hi), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{day}.{m}.{y}", f"{day:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{day:02d}"])


def hetu(f: Fake) -> str:
    """A Finnish henkilötunnus with a valid check character."""
    y, m, day = f.r.randint(1935, 2015), f.r.randint(1, 12), f.r.randint(1, 28)
    sign = "-" if y < 2000 else "A"
    n = f.r.randint(2, 899)
    num = int(f"{day:02d}{m:02d}{y % 100:02d}{n:03d}")
    return f"{day:02d}{m:02d}{y % 100:02d}{sign}{n:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[num % 31]}"


def cedula(f: Fake) -> str:
    if f.r.random() < 0.6:
        return "10" + d(f, 8)
    n = str(f.r.randint(10_000_000, 99_999_999))
    return f.pick([n, f"{n[:2]}.{n[2:5]}.{n[5:]}"])


def co_document(f: Fake) -> str:
    kind = f.pick(["cc", "cc", "ti", "pep", "ce"])
    if kind == "cc":
        return cedula(f)
    if kind == "ti":
        return "1" + d(f, 9)
    if kind == "pep":
        return "9" + d(f, 14)
    return str(f.r.randint(100_000, 999_999))


def fi_iban(f: Fake) -> str:
    bban = f.pick(["1", "2", "5", "8"]) + d(f, 13)
    check = 98 - int(bban + "151800") % 97
    raw = f"FI{check:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def nz_bank_account(f: Fake) -> str:
    """NZ bank account (bank-branch-account-suffix) passing the banks' algorithm A (mod 11)."""
    weights = [0, 0, 6, 3, 7, 9, 0, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0, 0]
    while True:
        bank = f.pick(["01", "02", "03", "06", "12"])
        branch = f"{f.r.randint(1, 1999):04d}"
        acct = f.r.randint(100000, 989999)
        suffix = f.r.randint(0, 99)
        digits = f"{bank}{branch}{acct:08d}{suffix:04d}"
        if sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11 == 0:
            return f.pick(
                [f"{bank}-{branch}-{acct:07d}-{suffix:02d}", f"{bank}{branch}{acct:07d}{suffix:03d}"]
            )


def co_account(f: Fake) -> str:
    return f.pick([d(f, 11), f"{d(f, 3)}-{d(f, 6)}-{d(f, 2)}", "0" + d(f, 9)])


def isbn13(f: Fake) -> str:
    body = f.pick(["978", "979"]) + d(f, 9)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def card_barcode(f: Fake) -> str:
    return f.pick(["2100" + d(f, 10), "29" + d(f, 9), "8" + d(f, 11)])


def item_barcode(f: Fake) -> str:
    return f.pick(["3100" + d(f, 10), "3" + d(f, 13), "0" + d(f, 12)])


def b64id(f: Fake, n: int) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(f.pick(chars) for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "CjwKCAiA", "EAIaIQob"]) + b64id(f, 60) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + b64id(f, 56)


def ip(f: Fake) -> str:
    if f.r.random() < 0.15:
        return f"2407:7000:{f.r.randint(0, 65535):x}:{f.r.randint(0, 65535):x}::{f.r.randint(1, 65535):x}"
    return f.ipv4()


def book(f: Fake, i: int) -> str:
    return f.pick(BOOKS)[i]


def branch(f: Fake) -> str:
    return f.pick(ALL_BRANCHES)


def iso_date(f: Fake) -> str:
    return f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def key_safe_note(f: Fake) -> str:
    code = d(f, 4)
    return f.pick(
        [
            f"Key safe by the back door, code {code}",
            f"Gate code {code}#, then first door on the left",
            f"Lockbox on the letterbox post: {code}. Please leave books on the hall table",
            f"Kia ora! Key is in the lockbox ({code}), ring the bell loudly",
            f"Ovikoodi {code}, 3. kerros",
            f"Código de la portería: {code}, decir que viene de la biblioteca",
        ]
    )


def note_with_phone(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Rang patron on {p} re lost item, will drop in Saturday",
            f"Daughter called from {p}, asked to extend holds while in hospital",
            f"Prefers a call ({p}) not email",
            f"Soitettu numeroon {p}, kirja löytyi",
            f"Se llamó al {p}, paga la multa el lunes",
        ]
    )


# -- contexts ----------------------------------------------------------------------------------------

LOCALES = ["en-NZ", "mi-NZ", "en-NZ", "fi-FI", "sv-FI", "es-CO", "en-US"]
TZS = ["Pacific/Auckland", "Europe/Helsinki", "America/Bogota"]
UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
WEB_PAGES = [
    ("/", "Pukapuka — your library, anywhere"),
    ("/catalogue/search", "Search the catalogue | Pukapuka"),
    ("/account/loans", "My loans | Pukapuka"),
    ("/account/holds", "My holds | Pukapuka"),
    ("/join", "Join the library | Pukapuka"),
    ("/events", "What's on | Pukapuka"),
    ("/fi/tapahtumat", "Tapahtumat | Pukapuka"),
    ("/es/registro", "Inscríbete | Pukapuka"),
]


def web_ctx():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.aucklandlibraries.govt.nz/",
                        "https://www.helmet.fi/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "", "?utm_source=newsletter&utm_medium=email", "?lang=mi", "?q=matariki"]
                )
            ),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "url": G(lambda f: "https://pukapuka.example.org" + f.pick(WEB_PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Chrome OS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["matariki_2024", "summer_reading", "kirjastokortti_kampanja", "dia_del_libro"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "term": G(lambda f: f.pick(["library card", "free ebooks", "e-kirjat", "libros gratis"])),
            "content": G(lambda f: f.pick(["hero_banner", "textlink", "carousel_2"])),
        },
    }


def _app(f_ns: str):
    return {
        "name": G(lambda f: "Pukapuka"),
        "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
        "build": G(lambda f: f.pick(["4800", "4802", "4900"])),
        "namespace": G(lambda f: f_ns),
    }


def swift_ctx():
    return {
        "app": _app("org.pukapuka.ios"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPad13,18", "iPhone12,8"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["One NZ", "Spark NZ", "Elisa", "DNA", "Telia FI", "Claro", "Movistar"])
            ),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 820])),
            "height": G(lambda f: f.pick([844, 852, 1180])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
    }


def _android_device():
    return {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi", "HMD Global"])),
        "model": G(lambda f: f.pick(["SM-A546E", "Pixel 7a", "moto g54 5G", "Redmi Note 12", "Nokia G22"])),
        "name": G(lambda f: f.pick(["a54x", "lynx", "cancunf", "tapas", "Nokia G22"])),
        "type": G(lambda f: "android"),
    }


def _mobile_traits():
    return {
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "phone": Y(phone, "phone"),
        "libraryCardNumber": G(card_barcode),
        "homeBranch": G(branch),
    }


def kotlin_ctx(with_location=False):
    ctx = {
        "app": _app("org.pukapuka.android"),
        "device": _android_device(),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": _mobile_traits(),
    }
    if with_location:
        ctx["location"] = {
            "latitude": Y(
                lambda f: f.pick(
                    [
                        round(f.r.uniform(-46.5, -35.0), 6),
                        round(f.r.uniform(60.1, 65.1), 6),
                        round(f.r.uniform(3.3, 6.3), 6),
                    ]
                ),
                "geolocation",
            ),
            "longitude": Y(
                lambda f: f.pick(
                    [
                        round(f.r.uniform(168.0, 178.5), 6),
                        round(f.r.uniform(21.5, 29.5), 6),
                        round(f.r.uniform(-76.6, -74.0), 6),
                    ]
                ),
                "geolocation",
            ),
            "speed": G(lambda f: f.pick([0.0, 1.2, 13.4])),
        }
    return ctx


def rn_ctx():
    dev = _android_device()
    dev["manufacturer"] = G(lambda f: f.pick(["Apple", "samsung", "Google"]))
    dev["model"] = G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 8"]))
    dev["type"] = G(lambda f: f.pick(["ios", "android"]))
    dev["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    dev["adTrackingEnabled"] = G(lambda f: f.pick([True, False]))
    return {
        "app": _app("org.pukapuka.rn"),
        "device": dev,
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412])),
            "height": G(lambda f: f.pick([844, 915])),
            "density": G(lambda f: f.pick([3, 2.625])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": _mobile_traits(),
    }


def flutter_ctx():
    return {
        "app": _app("org.pukapuka.flutter"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A145M", "CPH2477"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["es-CO", "es-419", "en-NZ", "fi-FI"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 720])), "height": G(lambda f: f.pick([844, 1600]))},
        "timezone": G(lambda f: f.pick(TZS)),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.7", "2.3.5"]),
}


def server_ctx(lib: str, forwarded: bool):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if forwarded:
        # a backend forwarding the browser's request: ip, user agent, the patron's traits
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS_WEB))
        ctx["locale"] = G(lambda f: f.pick(LOCALES))
        ctx["traits"] = {"email": Y(email, "email"), "libraryCardNumber": G(card_barcode)}
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
        ctx["groupId"] = G(
            lambda f: "lib_" + f.pick(["akl", "wgtn", "chch", "helmet", "tampere", "biblored", "medellin"])
        )
    return ctx


def context_for(client: str):
    if client == "web":
        return web_ctx()
    if client == "swift":
        return swift_ctx()
    if client == "kotlin":
        return kotlin_ctx()
    if client == "kotlin_loc":
        return kotlin_ctx(with_location=True)
    if client == "rn":
        return rn_ctx()
    if client == "flutter":
        return flutter_ctx()
    lib, _, fwd = client.partition("+")
    return server_ctx(lib, fwd == "fwd")


MOBILE = ["swift", "kotlin", "rn", "flutter"]

# -- shared shapes -----------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: "prd_" + f.hexid(10)),
        "sku": G(
            lambda f: (
                f.pick(["TOTE-", "PRNT-", "REPL-", "USB-", "EAR-"])
                + f"{f.r.randint(100, 999)}-"
                + f.pick(["NAT", "BLK", "A4", "8GB"])
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Library tote bag",
                    "Printing credit 20 pages",
                    "Replacement library card",
                    "USB stick 8GB",
                    "Earbuds",
                    "Kotiseutukirja 1950-luvulta",
                    "Mapa de Bogotá ilustrado",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["merch", "services", "cards", "accessories", "books for sale"])),
        "price": G(lambda f: f.money(1, 40)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


# -- events ------------------------------------------------------------------------------------------
# (kind, event name, clients, weight, body)

EVENTS = [
    # -- sign-up ------------------------------------------------------------------------------------
    (
        "track",
        "Library Card Application Submitted",
        ["web"],
        2,
        {
            "application_id": G(lambda f: f.uuid()),
            "card_type": G(lambda f: f.pick(["adult", "teen", "visitor", "concession"])),
            "first_name": Y(lambda f: first(f, "NZ"), "name"),
            "last_name": Y(lambda f: last(f, "NZ"), "name"),
            "preferred_name": Y(lambda f: first(f, "NZ"), "name"),
            "email": Y(lambda f: email(f, "NZ"), "email"),
            "mobile": Y(lambda f: phone(f, "NZ"), "phone"),
            "date_of_birth": Y(dob, "birthdate"),
            "address": {
                "street": Y(lambda f: street(f, "NZ"), "address|street"),
                "suburb": Y(lambda f: f.pick(NZ_SUBURBS)[0], "address|city"),
                "city": Y(lambda f: city(f, "NZ"), "city"),
                "postcode": Y(lambda f: postcode(f, "NZ"), "zipcode"),
                "country": G(lambda f: "NZ"),
            },
            "residency_status": RED(
                lambda f: f.pick(
                    ["NZ citizen", "Resident visa", "Work visa", "Student visa", "Visitor visa"]
                ),
                "visa",
            ),
            "ethnicity": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "NZ European",
                            "Māori",
                            "Samoan",
                            "Tongan",
                            "Chinese",
                            "Indian",
                            "Cook Islands Māori",
                            "Other European",
                        ]
                    ),
                    "ethnicity",
                ),
                2,
            ),
            "iwi": Y(
                lambda f: f.pick(
                    [
                        "Ngāpuhi",
                        "Ngāti Porou",
                        "Waikato-Tainui",
                        "Ngāi Tahu",
                        "Ngāti Whātua Ōrākei",
                        "Te Arawa",
                    ]
                ),
                "ethnicity",
            ),
            "gender": Y(
                lambda f: f.pick(["female", "male", "another gender", "prefer not to say"]), "gender"
            ),
            "home_branch": G(lambda f: f.pick(BRANCHES["NZ"])),
            "newsletter_opt_in": G(lambda f: f.pick([True, False])),
            "proof_of_address_type": G(
                lambda f: f.pick(["power bill", "bank statement", "rates notice", "tenancy agreement"])
            ),
            "drivers_licence_number": Y(
                lambda f: f.pick(["D", "E", "F", "H", "K"]) + f.pick("ABCDEFGHJKL") + d(f, 6), "license"
            ),
            "gclid": Y(gclid, "advertising id"),
            "terms_version": G(lambda f: f.pick(["2023-11", "2024-03"])),
        },
    ),
    (
        "track",
        "Child Card Application Submitted",
        ["web", "rn"],
        2,
        {
            "application_id": G(lambda f: f.uuid()),
            "child": {
                "first_name": Y(lambda f: first(f, "NZ"), "name"),
                "last_name": Y(lambda f: last(f, "NZ"), "name"),
                "date_of_birth": Y(lambda f: dob(f, 2010, 2021), "birthdate"),
                "school": G(
                    lambda f: f.pick(
                        [
                            "Newtown School",
                            "Te Kura Kaupapa Māori o Hoani Waititi",
                            "Ōtāhuhu Primary",
                            "Riccarton High School",
                        ]
                    )
                ),
                "year_level": G(lambda f: f.r.randint(1, 10)),
                "age": G(lambda f: f.r.randint(3, 14)),
                "gender": Y(
                    lambda f: f.pick(["girl", "boy", "another gender", "prefer not to say"]), "gender"
                ),
            },
            "guardian": {
                "full_name": Y(lambda f: full(f, "NZ"), "name"),
                "relationship": G(
                    lambda f: f.pick(["mother", "father", "grandparent", "whāngai parent", "legal guardian"])
                ),
                "email": Y(lambda f: email(f, "NZ"), "email"),
                "phone": Y(lambda f: phone(f, "NZ"), "phone"),
                "card_number": G(card_barcode),
            },
            "guardian_consent": G(lambda f: True),
            "internet_access_level": G(lambda f: f.pick(["full", "filtered", "none"])),
            "reading_challenge_opt_in": G(lambda f: f.pick([True, False])),
            "age_band": G(lambda f: f.pick(["0-4", "5-8", "9-12", "13-17"])),
        },
    ),
    (
        "track",
        "Kirjastokortti tilattu",
        ["python"],
        2,
        {
            "etunimi": Y(lambda f: first(f, "FI"), "name"),
            "sukunimi": Y(lambda f: last(f, "FI"), "name"),
            "henkilotunnus": RED(hetu, "national id"),
            "syntymaaika": Y(lambda f: dob_local(f), "birthdate"),
            "lahiosoite": Y(lambda f: street(f, "FI"), "address|street"),
            "postinumero": Y(lambda f: postcode(f, "FI"), "zipcode"),
            "postitoimipaikka": Y(lambda f: city(f, "FI"), "city"),
            "puhelin": Y(lambda f: phone(f, "FI"), "phone"),
            "sahkoposti": Y(lambda f: email(f, "FI"), "email"),
            "asiointikieli": G(lambda f: f.pick(["fi", "sv", "en"])),
            "kotikirjasto": G(lambda f: f.pick(BRANCHES["FI"])),
            "kortin_numero": G(card_barcode),
            "tunnistustapa": G(
                lambda f: f.pick(["Nordea", "OP", "S-Pankki", "Mobiilivarmenne", "Danske Bank"])
            ),
            "alaikainen": G(lambda f: f.pick([True, False])),
            "huoltajan_nimi": Y(lambda f: full(f, "FI"), "name"),
            "markkinointilupa": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Registro Completado",
        ["node", "php"],
        2,
        {
            "tipo_documento": G(lambda f: f.pick(["CC", "TI", "CE", "PEP", "PPT"])),
            "numero_documento": RED(co_document, "national id"),
            "nombres": Y(lambda f: first(f, "CO"), "name"),
            "apellidos": Y(lambda f: f"{last(f, 'CO')} {last(f, 'CO')}", "name"),
            "fecha_nacimiento": Y(lambda f: dob_local(f, 1945, 2016), "birthdate"),
            "genero": Y(
                lambda f: f.pick(["Femenino", "Masculino", "No binario", "Prefiero no decir"]), "gender"
            ),
            "grupo_etnico": Y(
                lambda f: f.pick(["Ninguno", "Afrocolombiano", "Indígena", "Raizal", "Palenquero", "Rrom"]),
                "ethnicity",
            ),
            "direccion": Y(lambda f: street(f, "CO"), "address|street"),
            "barrio": Y(lambda f: f.pick(CO_BARRIOS)[0], "address|city"),
            "localidad": Y(lambda f: f.pick(CO_BARRIOS)[1], "address|city"),
            "ciudad": Y(lambda f: city(f, "CO"), "city"),
            "celular": Y(lambda f: phone(f, "CO"), "phone"),
            "correo": Y(lambda f: email(f, "CO"), "email"),
            "estrato": G(lambda f: f.r.randint(1, 6)),
            "nivel_educativo": G(
                lambda f: f.pick(["Primaria", "Bachillerato", "Técnico", "Universitario", "Posgrado"])
            ),
            "ocupacion": G(
                lambda f: f.pick(
                    ["Estudiante", "Docente", "Empleado", "Independiente", "Hogar", "Pensionado"]
                )
            ),
            "discapacidad": RED(
                lambda f: f.pick(["Ninguna", "Visual", "Auditiva", "Física", "Cognitiva", "Psicosocial"]),
                "disability",
            ),
            "biblioteca_preferida": G(lambda f: f.pick(BRANCHES["CO"])),
            "acepta_tratamiento_datos": G(lambda f: True),
            "canal": G(lambda f: f.pick(["web", "app", "presencial"])),
        },
    ),
    (
        "track",
        "Mema Hou",
        ["node"],
        1,
        {
            "ingoa_tuatahi": Y(lambda f: first(f, "NZ"), "name"),
            "ingoa_whanau": Y(lambda f: last(f, "NZ"), "name"),
            "imera": Y(lambda f: email(f, "NZ"), "email"),
            "waea_pukoro": Y(lambda f: phone(f, "NZ"), "phone"),
            "wāhi_noho": Y(lambda f: full_address(f, "NZ"), "address"),
            "rā_whānau": Y(lambda f: dob(f), "birthdate"),
            "iwi": Y(
                lambda f: f.pick(["Ngāpuhi", "Tūhoe", "Ngāti Kahungunu", "Ngāti Porou", "Ngāti Raukawa"]),
                "ethnicity",
            ),
            "hapu": Y(
                lambda f: f.pick(["Ngāti Hine", "Te Whānau-ā-Apanui", "Ngāti Hauiti", "Ngāti Pāoa"]),
                "ethnicity",
            ),
            "reo_matua": G(lambda f: f.pick(["te reo Māori", "English", "Both"])),
            "whare_pukapuka": G(lambda f: f.pick(BRANCHES["NZ"])),
            "kari_mema": G(card_barcode),
            "kura": G(
                lambda f: f.pick(["Te Kura Kaupapa Māori o Hoani Waititi", "Te Wharekura o Manurewa", ""])
            ),
        },
    ),
    (
        "identify",
        None,
        MOBILE,
        5,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["NZ", "FI", "CO"])),
                "region": G(
                    lambda f: f.pick(
                        ["Auckland", "Wellington", "Uusimaa", "Pirkanmaa", "Cundinamarca", "Antioquia"]
                    )
                ),
            },
            "gender": Y(
                lambda f: f.pick(["female", "male", "non-binary", "wahine", "tāne", "mujer", "nainen"]),
                "gender",
            ),
            "avatarUrl": Y(lambda f: f"https://cdn.pukapuka.example.org/avatars/{f.uuid()}.jpg", "photo"),
            "homeBranch": G(branch),
            "libraryCardNumber": G(card_barcode),
            "cardExpiry": G(lambda f: f"{f.r.randint(2025, 2029)}-{f.r.randint(1, 12):02d}-01"),
            "patronType": G(lambda f: f.pick(["adult", "child", "teen", "senior", "housebound", "staff"])),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["en", "mi", "fi", "sv", "es"])),
            "notificationChannel": G(lambda f: f.pick(["push", "email", "sms"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "hasOverdueItems": G(lambda f: f.pick([True, False])),
            "loansCount": G(lambda f: f.r.randint(0, 40)),
            "finesBalance": G(lambda f: f.money(0, 25)),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        2,
        {
            "PatronId": G(lambda f: f.r.randint(100000, 9999999)),
            "Barcode": G(card_barcode),
            "FirstName": Y(first, "name"),
            "Surname": Y(last, "name"),
            "EmailAddress": Y(email, "email"),
            "MobileNumber": Y(phone, "phone"),
            "AddressLine1": Y(street, "address|street"),
            "Suburb": Y(
                lambda f: f.pick(
                    [s[0] for s in NZ_SUBURBS] + ["Kallio", "Hervanta"] + [b[0] for b in CO_BARRIOS]
                ),
                "address|city",
            ),
            "Town": Y(city, "city"),
            "PostCode": Y(postcode, "zipcode"),
            "DateOfBirth": Y(lambda f: dob(f) + "T00:00:00", "birthdate"),
            "HomeLibrary": G(lambda f: f.pick(["AKL-CEN", "WGTN-TEAWE", "CHCH-TUR", "HKI-OODI", "BOG-VB"])),
            "PatronCategory": G(lambda f: f.pick(["ADULT", "JUNIOR", "HOUSEBOUND", "INSTITUTION"])),
            "ExpiryDate": G(lambda f: f"{f.r.randint(2025, 2028)}-06-30T00:00:00"),
            "IsBlocked": G(lambda f: f.pick([True, False])),
            "BlockReason": G(lambda f: f.pick(["", "FINES_OVER_LIMIT", "LOST_ITEMS", "ADDRESS_UNKNOWN"])),
            "OutstandingFines": G(lambda f: f.money(0, 60)),
            "TotalCheckouts": G(lambda f: f.r.randint(0, 2000)),
            "LastActivityDate": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        2,
        {
            "PATRON_ID": G(lambda f: f.r.randint(100000, 9999999)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FULL_NAME": Y(full, "name"),
            "BIRTH_YEAR": Y(lambda f: f.r.randint(1935, 2018), "birthdate"),
            "POSTCODE": Y(postcode, "zipcode"),
            "MOBILE_PHONE": Y(phone, "phone"),
            "HOME_BRANCH_CODE": G(lambda f: f.pick(["AKL-CEN", "WGTN-TEAWE", "HKI-OODI", "BOG-VB"])),
            "AGE_BAND": G(lambda f: f.pick(["0-12", "13-17", "18-34", "35-54", "55-74", "75+"])),
            "LIFETIME_LOANS": G(lambda f: f.r.randint(0, 3000)),
            "EBOOK_SHARE": G(lambda f: round(f.r.random(), 3)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LAST_LOAN_AT": G(lambda f: f.iso()),
            "SEGMENT": G(lambda f: f.pick(["LAPSED", "HEAVY_READER", "EBOOK_ONLY", "FAMILY"])),
        },
    ),
    # -- loans, returns and holds -------------------------------------------------------------------
    (
        "track",
        "Item Checked Out",
        ["swift", "kotlin", "flutter"],
        4,
        {
            "item_id": G(lambda f: f.r.randint(1_000_000, 99_999_999)),
            "barcode": G(item_barcode),
            "isbn": G(isbn13),
            "title": G(lambda f: book(f, 0)),
            "author": G(lambda f: book(f, 1)),
            "format": G(lambda f: f.pick(["book", "large print", "dvd", "cd", "magazine", "board game"])),
            "branch": G(branch),
            "due_date": G(iso_date),
            "loan_period_days": G(lambda f: f.pick([14, 21, 28])),
            "renewals_allowed": G(lambda f: f.pick([0, 2, 5])),
            "checkout_method": G(lambda f: f.pick(["app_scan", "kiosk", "desk"])),
            "patron_barcode": G(card_barcode),
        },
    ),
    (
        "track",
        "Loan Renewed",
        ["web", "rn"],
        3,
        {
            "loan_id": G(lambda f: f.uuid()),
            "item_title": G(lambda f: book(f, 0)),
            "new_due_date": G(iso_date),
            "renewal_count": G(lambda f: f.r.randint(1, 5)),
            "auto_renewed": G(lambda f: f.pick([True, False])),
            "blocked_reason": G(lambda f: f.pick(["", "on_hold_for_another_patron", "max_renewals"])),
        },
    ),
    (
        "track",
        "Item Returned",
        ["java"],
        3,
        {
            "itemBarcode": G(item_barcode),
            "returnedAt": G(lambda f: f.iso()),
            "returnBranch": G(branch),
            "condition": G(lambda f: f.pick(["good", "damaged", "missing parts", "water damaged"])),
            "damageNote": G(
                lambda f: f.pick(
                    ["", "coffee stain on cover", "pages 40-44 torn", "disc scratched", "spine cracked"]
                )
            ),
            "wasOverdue": G(lambda f: f.pick([True, False])),
            "daysOverdue": G(lambda f: f.r.randint(0, 30)),
            "fineAssessed": G(lambda f: f.money(0, 8)),
            "sortBin": G(lambda f: f.pick(["A", "B", "HOLDS", "TRANSIT"])),
        },
    ),
    (
        "track",
        "Hold Placed",
        ["web", "swift", "kotlin"],
        3,
        {
            "hold_id": G(lambda f: f.r.randint(10_000_000, 99_999_999)),
            "bib_id": G(lambda f: str(f.r.randint(1_000_000, 9_999_999))),
            "isbn": G(isbn13),
            "title": G(lambda f: book(f, 0)),
            "author": G(lambda f: book(f, 1)),
            "format": G(lambda f: f.pick(["book", "large print", "dvd", "cd", "magazine", "board game"])),
            "pickup_branch": G(branch),
            "queue_position": G(lambda f: f.r.randint(1, 240)),
            "estimated_wait_days": G(lambda f: f.r.randint(0, 120)),
            "notify_by": G(lambda f: f.pick(["email", "sms", "push"])),
            "notify_phone": Y(phone, "phone"),
            "notify_email": Y(email, "email"),
            "hold_expires_at": G(lambda f: f.iso()),
            "is_suspended": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Hold Ready For Pickup",
        ["go"],
        3,
        {
            "holdId": G(lambda f: f.r.randint(10_000_000, 99_999_999)),
            "pickupBranch": G(branch),
            "shelfLocation": G(lambda f: f"{f.pick('ABCDEFGH')}-{f.r.randint(1, 40)}"),
            "pickupBy": G(iso_date),
            "notifiedVia": G(lambda f: f.pick(["email", "sms", "push"])),
            "recipientName": Y(full, "name"),
            "recipientEmail": Y(email, "email"),
            "lockerPickupCode": RED(lambda f: d(f, 6), "token"),
        },
    ),
    (
        "track",
        "Proxy Pickup Authorised",
        ["web"],
        2,
        {
            "proxy": {
                "label": Y(full, "name", True),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "relationship": G(
                    lambda f: f.pick(["partner", "neighbour", "carer", "son", "daughter", "friend"])
                ),
            },
            "valid_until": G(iso_date),
            "hold_ids": Many(G(lambda f: f.r.randint(10_000_000, 99_999_999)), 3),
        },
    ),
    (
        "track",
        "Overdue Notice Sent",
        ["ruby"],
        3,
        {
            "notice_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: "email"),
            "to": Y(email, "email", True),
            "patron_first_name": Y(first, "name"),
            "items_overdue": G(lambda f: f.r.randint(1, 9)),
            "days_overdue": G(lambda f: f.pick([1, 7, 14, 28])),
            "fine_accrued": G(lambda f: f.money(0, 20)),
            "template": G(lambda f: f.pick(["overdue_1st", "overdue_2nd", "final_notice", "bill"])),
            "message_id": G(
                lambda f: f"<{f.hexid(16)}.{f.r.randint(1000, 9999)}@notify.pukapuka.example.org>"
            ),
            "reply_to": G(
                lambda f: f.pick(
                    ["no-reply@pukapuka.example.org", "help@helmet.example.fi", "ayuda@biblored.example.co"]
                )
            ),
        },
    ),
    (
        "track",
        "Kirja varattu",
        ["python"],
        2,
        {
            "reservationId": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "recordId": G(lambda f: f"helmet.{f.r.randint(1000000, 2999999)}"),
            "title": G(lambda f: book(f, 0)),
            "author": G(lambda f: book(f, 1)),
            "pickupLocation": G(lambda f: f.pick(BRANCHES["FI"])),
            "queuePosition": G(lambda f: f.r.randint(1, 300)),
            "patronNumber": G(lambda f: f.r.randint(100000, 999999)),
            "patronName": Y(lambda f: full(f, "FI"), "name"),
            "notificationMethod": G(lambda f: f.pick(["email", "sms", "letter"])),
            "smsNumber": Y(lambda f: phone(f, "FI"), "phone"),
        },
    ),
    (
        "track",
        "Préstamo Realizado",
        ["flutter"],
        2,
        {
            "loan_id": G(lambda f: f.uuid()),
            "title": G(lambda f: book(f, 0)),
            "author": G(lambda f: book(f, 1)),
            "library": G(lambda f: f.pick(BRANCHES["CO"])),
            "due_date": G(iso_date),
            "renewals": G(lambda f: f.r.randint(0, 2)),
            "patron": {
                "full_name": Y(lambda f: full(f, "CO"), "name"),
                "document_type": G(lambda f: f.pick(["CC", "TI", "CE", "PPT"])),
                "document_number": RED(co_document, "national id"),
                "card_number": G(card_barcode),
            },
        },
    ),
    (
        "track",
        "Catalog Searched",
        ["web", "flutter", "swift"],
        5,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "harry potter",
                        "cien años de soledad",
                        "muumi",
                        "te reo Māori for beginners",
                        "matariki",
                        "Sofi Oksanen",
                        "cookbooks vegetarian",
                        "manga",
                        "diabetes cookbook",
                        "García Márquez",
                    ]
                )
            ),
            "filters": {
                "format": G(lambda f: f.pick(["any", "ebook", "audiobook", "book", "large print"])),
                "language": G(lambda f: f.pick(["any", "mi", "fi", "es", "en", "sv"])),
                "audience": G(lambda f: f.pick(["adult", "children", "teen", "any"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 900)),
            "page": G(lambda f: f.r.randint(1, 5)),
            "sort": G(lambda f: f.pick(["relevance", "newest", "title"])),
        },
    ),
    # -- e-books and audiobooks ---------------------------------------------------------------------
    (
        "track",
        "Ebook Borrowed",
        ["swift", "rn"],
        4,
        {
            "title_id": G(lambda f: str(f.r.randint(100000, 9999999))),
            "reserve_id": G(lambda f: f.uuid().upper()),
            "title": G(lambda f: book(f, 0)),
            "author": G(lambda f: book(f, 1)),
            "publisher": G(lambda f: book(f, 2)),
            "format": G(
                lambda f: f.pick(["ebook-epub-adobe", "ebook-epub-open", "ebook-kindle", "ebook-pdf"])
            ),
            "loan_days": G(lambda f: f.pick([7, 14, 21])),
            "expires_at": G(lambda f: f.iso()),
            "epub_sha256": G(lambda f: f.hexid(64)),
            "lending_model": G(lambda f: f.pick(["one_copy_one_user", "metered_26", "simultaneous_use"])),
        },
    ),
    (
        "track",
        "Audiobook Playback Started",
        ["kotlin", "swift"],
        4,
        {
            "audiobook_id": G(lambda f: str(f.r.randint(100000, 9999999))),
            "title": G(lambda f: book(f, 0)),
            "narrator": G(lambda f: f.pick(NARRATORS)),
            "chapter": G(lambda f: f.r.randint(1, 40)),
            "position_sec": G(lambda f: f.r.randint(0, 36000)),
            "speed": G(lambda f: f.pick([0.8, 1.0, 1.25, 1.5, 2.0])),
            "output_route": G(lambda f: f.pick(["speaker", "bluetooth", "carplay", "headphones"])),
            "downloaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Ebook Vendor Checkout",
        ["node"],
        3,
        {
            "title-id": G(lambda f: str(f.r.randint(100000, 9999999))),
            "reserve-id": G(lambda f: f.uuid()),
            "library-key": G(lambda f: f.pick(["aucklandlibraries", "helmet", "biblored"])),
            "card-id": G(card_barcode),
            "format-type": G(lambda f: f.pick(["ebook-overdrive", "audiobook-mp3", "ebook-epub-adobe"])),
            "checkout-date": G(lambda f: f.iso()),
            "expire-date": G(lambda f: f.iso()),
            "is-preview": G(lambda f: False),
            "download-link": RED(
                lambda f: (
                    f"https://fulfill.ebooks.example.com/v2/download?loan={f.uuid()}&token={b64id(f, 43)}"
                ),
                "token",
            ),
        },
    ),
    (
        "track",
        "Reading Progress Synced",
        ["swift"],
        3,
        {
            "book_id": G(lambda f: str(f.r.randint(100000, 9999999))),
            "percent": G(lambda f: round(f.r.uniform(0, 100), 1)),
            "cfi": G(
                lambda f: (
                    f"epubcfi(/6/{f.r.randint(2, 60)}[chap{f.r.randint(1, 30):02d}]!"
                    f"/4/{f.r.randint(2, 40)}/1:{f.r.randint(0, 400)})"
                )
            ),
            "highlights_count": G(lambda f: f.r.randint(0, 80)),
            "last_highlight_text": G(
                lambda f: f.pick(
                    [
                        "Muchos años después, frente al pelotón de fusilamiento…",
                        "Ei ole pahempaa asiaa kuin ikävä.",
                        "Ka pū te ruha, ka hao te rangatahi.",
                        "It was the beginning of the gold rush.",
                    ]
                )
            ),
            "font_size": G(lambda f: f.pick([14, 16, 18, 22, 28])),
            "theme": G(lambda f: f.pick(["light", "sepia", "dark"])),
        },
    ),
    (
        "track",
        "Book Recommended To Friend",
        ["rn"],
        2,
        {
            "title_id": G(lambda f: str(f.r.randint(100000, 9999999))),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(email, "email"),
            "message": G(
                lambda f: f.pick(
                    [
                        "You'll love this one!",
                        "Tämä oli tosi hyvä",
                        "Léelo, está buenísimo",
                        "For our book club",
                    ]
                )
            ),
            "share_channel": G(lambda f: f.pick(["email", "in_app"])),
        },
    ),
    # -- fines and payments -------------------------------------------------------------------------
    (
        "track",
        "Fine Payment Started",
        ["web"],
        3,
        {
            "fines": Many(
                {
                    "fine_id": G(lambda f: f.r.randint(100000, 999999)),
                    "reason": G(
                        lambda f: f.pick(["overdue", "lost item", "damaged item", "hold not collected"])
                    ),
                    "amount": G(lambda f: f.money(0.5, 45)),
                    "item_title": G(lambda f: book(f, 0)),
                },
                3,
            ),
            "total": G(lambda f: f.money(1, 80)),
            "currency": G(lambda f: f.pick(["NZD", "EUR", "COP"])),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "poli", "paytrail", "pse"])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift"],
        3,
        {
            "order_id": G(lambda f: f"ord_{f.r.randint(100000, 999999)}"),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(2, 120)),
            "revenue": G(lambda f: f.money(2, 100)),
            "tax": G(lambda f: f.money(0, 15)),
            "currency": G(lambda f: f.pick(["NZD", "EUR", "COP"])),
            "coupon": G(lambda f: f.pick(["", "FRIENDS10", "MATARIKI"])),
            "products": Many(product(), 3),
            "billing_address": {
                "name": Y(full, "name"),
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["NZ", "FI", "CO"])),
            },
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: d(f, 4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "payment_method_id": RED(
                lambda f: "pm_" + b64id(f, 24).replace("-", "a").replace("_", "b"), "token"
            ),
            "receipt_email": Y(email, "email"),
            "stripe_customer_id": G(lambda f: "cus_" + b64id(f, 14).replace("-", "x").replace("_", "y")),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["python"],
        2,
        {
            "payment_intent_id": G(lambda f: "pi_3" + b64id(f, 23).replace("-", "Q").replace("_", "z")),
            "client_secret": RED(
                lambda f: (
                    "pi_3"
                    + b64id(f, 23).replace("-", "Q").replace("_", "z")
                    + "_secret_"
                    + b64id(f, 25).replace("-", "k").replace("_", "m")
                ),
                "secret|token",
            ),
            "decline_code": G(
                lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc"])
            ),
            "error_message": G(
                lambda f: f.pick(
                    ["Your card has insufficient funds.", "Your card was declined.", "Your card has expired."]
                )
            ),
            "amount": G(lambda f: f.r.randint(100, 9000)),
            "last4": G(lambda f: d(f, 4)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "billing_details": {"name": Y(full, "name"), "email": Y(email, "email")},
        },
    ),
    (
        "track",
        "Payment Completed",
        ["go"],
        2,
        {
            "provider": G(lambda f: f.pick(["nordea", "osuuspankki", "mobilepay", "danske", "spankki"])),
            "transactionId": G(lambda f: f.uuid()),
            "stamp": G(lambda f: f.uuid()),
            "reference": G(lambda f: d(f, 9) + "3"),
            "amount": G(lambda f: f.r.randint(50, 6000)),
            "currency": G(lambda f: "EUR"),
            "status": G(lambda f: f.pick(["ok", "pending", "fail"])),
            "customer": {
                "email": Y(lambda f: email(f, "FI"), "email"),
                "firstName": Y(lambda f: first(f, "FI"), "name"),
                "lastName": Y(lambda f: last(f, "FI"), "name"),
                "phone": Y(lambda f: phone(f, "FI"), "phone"),
            },
            "items": Many(
                {
                    "unitPrice": G(lambda f: f.r.randint(50, 3000)),
                    "units": G(lambda f: f.r.randint(1, 3)),
                    "vatPercentage": G(lambda f: f.pick([0, 14, 25.5])),
                    "productCode": G(lambda f: f.pick(["MAKSU-MYOH", "KADONNUT", "KORTTI"])),
                    "description": G(
                        lambda f: f.pick(["Myöhästymismaksu", "Kadonnut aineisto", "Uusi kirjastokortti"])
                    ),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Pago PSE Aprobado",
        ["php"],
        2,
        {
            "transaction_id": G(
                lambda f: (
                    f"{f.r.randint(10000, 99999)}-{f.r.randint(10**12, 10**13 - 1)}"
                    f"-{f.r.randint(10000, 99999)}"
                )
            ),
            "reference": G(lambda f: "BR-" + d(f, 8)),
            "amount_in_cents": G(lambda f: f.pick([200000, 350000, 500000, 1200000, 4500000])),
            "currency": G(lambda f: "COP"),
            "status": G(lambda f: f.pick(["APPROVED", "PENDING", "DECLINED"])),
            "payment_method": {
                "type": G(lambda f: "PSE"),
                "user_type": G(lambda f: 0),
                "user_legal_id_type": G(lambda f: f.pick(["CC", "CE", "CC"])),
                "user_legal_id": RED(cedula, "national id"),
                "financial_institution_code": G(lambda f: f.pick(["1007", "1051", "1001", "1507"])),
                "payment_description": G(
                    lambda f: f.pick(["Multa BibloRed", "Reposición de carné", "Multa por retraso"])
                ),
            },
            "customer_data": {
                "full_name": Y(lambda f: full(f, "CO"), "name"),
                "phone_number": Y(lambda f: phone(f, "CO"), "phone"),
            },
            "customer_email": Y(lambda f: email(f, "CO"), "email"),
            "customer_ip": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["dotnet"],
        2,
        {
            "RefundId": G(lambda f: f"RF-{f.r.randint(10000, 99999)}"),
            "Amount": G(lambda f: f.money(1, 60)),
            "Currency": G(lambda f: "NZD"),
            "Reason": G(lambda f: f.pick(["LOST_ITEM_FOUND", "DUPLICATE_PAYMENT", "CARD_FEE_WAIVED"])),
            "BankAccount": RED(nz_bank_account, "bank account"),
            "AccountHolder": Y(lambda f: full(f, "NZ"), "name"),
            "ProcessedBy": Y(lambda f: full(f, "NZ"), "name"),
            "ProcessedByEmail": Y(
                lambda f: f"{_ascii(first(f, 'NZ'))}.{_ascii(last(f, 'NZ'))}@libraries.example.govt.nz",
                "email",
            ),
            "ProcessedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Palautus maksettu",
        ["python"],
        2,
        {
            "refund_id": G(lambda f: f.r.randint(10000, 99999)),
            "amount": G(lambda f: f.money(1, 60)),
            "iban": RED(fi_iban, "bank account"),
            "bic": G(lambda f: f.pick(["NDEAFIHH", "OKOYFIHH", "DABAFIHH", "SBANFIHH"])),
            "payee_name": Y(lambda f: full(f, "FI"), "name"),
            "reference": G(lambda f: "RF" + d(f, 12)),
            "reason": G(lambda f: f.pick(["lost item found", "duplicate payment"])),
        },
    ),
    (
        "track",
        "Donation Made",
        ["web"],
        2,
        {
            "amount": G(lambda f: f.pick([10, 20, 50, 100, 250])),
            "currency": G(lambda f: f.pick(["NZD", "EUR", "COP"])),
            "recurring": G(lambda f: f.pick([True, False])),
            "donor": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "postal_address": Y(full_address, "address"),
            },
            "tax_receipt_requested": G(lambda f: f.pick([True, False])),
            "anonymous_donation": G(lambda f: f.pick([True, False])),
            "fund": G(
                lambda f: f.pick(["Friends of the Library", "Children's books", "Home delivery service"])
            ),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    # -- events and workshops -----------------------------------------------------------------------
    (
        "track",
        "Event Registered",
        ["web", "rn"],
        4,
        {
            "event_id": G(lambda f: f.r.randint(1000, 99999)),
            "event_name": G(
                lambda f: f.pick(
                    [
                        "Matariki Storytime",
                        "Rhyme Time",
                        "Coding Club",
                        "Author talk: Becky Manawatu",
                        "Te reo Māori for whānau",
                        "Tax help drop-in",
                        "Lego Club",
                    ]
                )
            ),
            "event_type": G(lambda f: f.pick(["storytime", "workshop", "talk", "club"])),
            "branch": G(branch),
            "starts_at": G(lambda f: f.iso()),
            "seats": G(lambda f: f.r.randint(1, 6)),
            "attendees": Many(
                {
                    "first_name": Y(first, "name"),
                    "age": G(lambda f: f.r.randint(1, 80)),
                    "is_child": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "contact_email": Y(email, "email"),
            "contact_phone": Y(phone, "phone"),
            "allergies": Y(
                lambda f: f.pick(["peanuts", "gluten", "dairy", "eggs", "tree nuts", "sesame"]), "allergy"
            ),
            "accessibility_needs": RED(
                lambda f: f.pick(
                    [
                        "wheelchair access",
                        "hearing loop",
                        "NZSL interpreter",
                        "seat near the front for low vision",
                        "quiet space (autism)",
                    ]
                ),
                "disability",
            ),
        },
    ),
    (
        "track",
        "Read to a Dog Session Booked",
        ["rn"],
        2,
        {
            "session_id": G(lambda f: f.uuid()),
            "dog_name": G(lambda f: f.pick(["Kōwhai", "Biscuit", "Mosi", "Luna", "Pipi", "Rufus", "Nala"])),
            "dog_breed": G(lambda f: f.pick(["Labrador", "Golden Retriever", "Greyhound", "Poodle cross"])),
            "handler_name": Y(full, "name"),
            "handler_phone": Y(phone, "phone"),
            "child_first_name": Y(first, "name"),
            "child_age": G(lambda f: f.r.randint(5, 11)),
            "reading_level": G(lambda f: f.pick(["emergent", "early", "fluent"])),
            "guardian_mobile": Y(phone, "phone"),
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Taller Inscrito",
        ["flutter"],
        2,
        {
            "workshop_id": G(lambda f: f.r.randint(100, 9999)),
            "workshop_name": G(
                lambda f: f.pick(
                    [
                        "Club de lectura juvenil",
                        "Escritura creativa",
                        "Alfabetización digital para mayores",
                        "Hora del cuento",
                    ]
                )
            ),
            "date": G(iso_date),
            "participant": {
                "full_name": Y(lambda f: full(f, "CO"), "name"),
                "age": G(lambda f: f.r.randint(6, 85)),
                "id_number": RED(co_document, "national id"),
                "email": Y(lambda f: email(f, "CO"), "email"),
            },
            "emergency_contact": {
                "name": Y(lambda f: full(f, "CO"), "name"),
                "phone": Y(lambda f: phone(f, "CO"), "phone"),
                "relationship": G(lambda f: f.pick(["madre", "padre", "abuela", "tío", "hermana"])),
            },
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tapahtumaan ilmoittauduttu",
        ["python"],
        2,
        {
            "eventId": G(lambda f: f.r.randint(1000, 9999)),
            "eventName": G(
                lambda f: f.pick(
                    ["Kirjailijavierailu: Sofi Oksanen", "Satutunti", "Digitukea senioreille", "Lukupiiri"]
                )
            ),
            "attendeeName": Y(lambda f: full(f, "FI"), "name"),
            "attendeeEmail": Y(lambda f: email(f, "FI"), "email"),
            "participants": G(lambda f: f.r.randint(1, 5)),
            "foodAllergies": Y(
                lambda f: f.pick(["pähkinä", "gluteeni", "laktoosi", "kananmuna", "selleri"]), "allergy"
            ),
            "additionalInfo": G(
                lambda f: f.pick(["", "Tulemme ehkä myöhässä", "Onko paikalla lastenrattaille tilaa?"])
            ),
        },
    ),
    # -- accessibility ------------------------------------------------------------------------------
    (
        "track",
        "Accessibility Settings Changed",
        ["swift", "kotlin"],
        3,
        {
            "font_scale": G(lambda f: f.pick([1.0, 1.15, 1.3, 1.5, 2.0])),
            "high_contrast": G(lambda f: f.pick([True, False])),
            "reduce_motion": G(lambda f: f.pick([True, False])),
            "captions": G(lambda f: f.pick([True, False])),
            "screen_reader_active": RED(lambda f: f.pick([True, False]), "disability"),
            "tts_voice": G(
                lambda f: f.pick(["en-NZ-MollyNeural", "fi-FI-SelmaNeural", "es-CO-SalomeNeural"])
            ),
        },
    ),
    (
        "track",
        "Celia-palvelu yhdistetty",
        ["java"],
        2,
        {
            "celiaCustomerNumber": G(lambda f: f.r.randint(100000, 999999)),
            "printDisabilityCertified": RED(lambda f: f.pick([True, False]), "disability"),
            "printDisabilityReason": RED(
                lambda f: f.pick(["näkövamma", "lukihäiriö", "liikuntavamma", "muistisairaus"]),
                "disability|condition",
            ),
            "serviceLanguage": G(lambda f: f.pick(["fi", "sv"])),
            "library": G(lambda f: f.pick(BRANCHES["FI"])),
        },
    ),
    # -- home delivery ------------------------------------------------------------------------------
    (
        "track",
        "Home Delivery Requested",
        ["web", "node+fwd"],
        3,
        {
            "request_id": G(lambda f: f.uuid()),
            "patron_card": G(card_barcode),
            "delivery_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(
                        [
                            "Flat 2",
                            "Unit 14, Rosewood Village",
                            "B 12",
                            "Apto 402",
                            "Room 7, Kōwhai Rest Home",
                        ]
                    ),
                    "address",
                ),
                "suburb": Y(
                    lambda f: f.pick(
                        [s[0] for s in NZ_SUBURBS] + [b[0] for b in CO_BARRIOS] + ["Kallio", "Hervanta"]
                    ),
                    "address|city",
                ),
                "city": Y(city, "city"),
                "postcode": Y(postcode, "zipcode"),
            },
            "contact_phone": Y(phone, "phone"),
            "eligibility_reason": RED(
                lambda f: f.pick(
                    [
                        "limited mobility",
                        "low vision",
                        "blind",
                        "frail elderly",
                        "recovering from surgery",
                        "chronic illness",
                    ]
                ),
                "disability|condition",
            ),
            "mobility_aids": Many(
                RED(
                    lambda f: f.pick(["walker", "wheelchair", "mobility scooter", "walking stick"]),
                    "disability",
                ),
                2,
            ),
            "carer": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["daughter", "son", "support worker", "neighbour"])),
            },
            "preferred_genres": Many(
                G(
                    lambda f: f.pick(
                        [
                            "crime",
                            "westerns",
                            "romance",
                            "biography",
                            "NZ history",
                            "large print",
                            "dekkarit",
                            "novela",
                        ]
                    )
                ),
                3,
            ),
            "large_print": G(lambda f: f.pick([True, False])),
            "audio_format": G(lambda f: f.pick(["none", "cd", "mp3 player", "app"])),
            "access_instructions": RED(key_safe_note, "secret", True),
            "delivery_frequency": G(lambda f: f.pick(["weekly", "fortnightly", "monthly"])),
        },
    ),
    (
        "track",
        "Home Delivery Completed",
        ["kotlin_loc"],
        3,
        {
            "delivery_id": G(lambda f: f.uuid()),
            "volunteer_id": G(lambda f: f"VOL-{f.r.randint(100, 999)}"),
            "volunteer_name": Y(full, "name"),
            "recipient_name": Y(full, "name"),
            "items_delivered": G(lambda f: f.r.randint(1, 12)),
            "items_collected": G(lambda f: f.r.randint(0, 12)),
            "gps": {
                "lat": Y(lambda f: round(f.r.uniform(-46.5, -35.0), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(168.0, 178.5), 6), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 40)),
            },
            "delivered_at": G(lambda f: f.epoch_ms()),
            "signature_captured": G(lambda f: f.pick([True, False])),
            "notes_for_librarian": G(
                lambda f: f.pick(
                    [
                        "Enjoyed the Agatha Christies, wants more westerns",
                        "Returned 2 CDs",
                        "",
                        "Asked for the next in the series",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Branch Finder Used",
        ["kotlin_loc"],
        3,
        {
            "search_text": G(
                lambda f: f.pick(
                    ["Grey Lynn", "Kallio", "Chapinero", "near me", "Tampere keskusta", "Laureles"]
                )
            ),
            "used_current_location": G(lambda f: f.pick([True, False])),
            "nearest_branch": {
                "name": G(branch),
                "address": G(
                    lambda f: f.pick(
                        [
                            "474 Great North Road, Grey Lynn",
                            "Töölönlahdenkatu 4, 00100 Helsinki",
                            "Av. Carrera 60 # 57-60, Bogotá",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["+64 9 301 0101", "+358 9 3108 5000", "+57 601 3580600"])),
                "latitude": G(lambda f: f.pick([-36.8617, 60.1737, 4.6565])),
                "longitude": G(lambda f: f.pick([174.7425, 24.9383, -74.0935])),
                "distance_km": G(lambda f: f.money(0.1, 25)),
            },
        },
    ),
    # -- sessions, rooms, staff tools ---------------------------------------------------------------
    (
        "track",
        "WiFi Session Started",
        ["go"],
        3,
        {
            "client_mac": Y(lambda f: f.mac(), "mac"),
            "client_ip": Y(
                lambda f: f"10.{f.r.randint(0, 40)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", "ip"
            ),
            "ap_name": G(lambda f: f.pick(["TEORO-L2-AP04", "OODI-3K-AP17", "VBARCO-SALA-AP2"])),
            "ssid": G(lambda f: f.pick(["Library-Free-WiFi", "Helmet-WLAN", "BibloRed-Gratis"])),
            "branch": G(branch),
            "card_number": G(card_barcode),
            "login_email": Y(email, "email"),
            "quota_minutes": G(lambda f: f.pick([60, 120, 240])),
            "device_type": G(lambda f: f.pick(["phone", "laptop", "tablet"])),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", "rn", "flutter"],
        4,
        {
            "method": G(lambda f: f.pick(["card_pin", "magic_link", "google", "suomi_fi", "apple"])),
            "remember_me": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
            "pin_reset_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        2,
        {
            "email": Y(email, "email"),
            "link_token": RED(lambda f: b64id(f, 32), "token"),
            "expires_in": G(lambda f: 900),
            "redirect_path": G(lambda f: f.pick(["/account/loans", "/account/holds", "/"])),
        },
    ),
    (
        "track",
        "Deep Link Opened",
        ["swift", "rn"],
        2,
        {
            "link": RED(
                lambda f: f.pick(
                    [
                        f"pukapuka://auth/verify?token={b64id(f, 32)}",
                        f"https://pukapuka.example.org/auth/magic?token={b64id(f, 32)}&next=%2Faccount",
                    ]
                ),
                "token",
                True,
            ),
            "referring_application": G(
                lambda f: f.pick(["com.google.Gmail", "com.apple.mobilemail", "com.microsoft.Office.Outlook"])
            ),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        3,
        {
            "form_id": G(lambda f: "login-form"),
            "form_action": G(lambda f: "/api/session"),
            "fields": {
                "cardNumber": G(card_barcode),
                "pin": RED(lambda f: d(f, 4), "password"),
                "rememberMe": G(lambda f: f.pick(["on", ""])),
            },
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        2,
        {
            # autocapture on the self-hosted fine payment form (before hosted card fields)
            "form_id": G(lambda f: "fine-payment"),
            "form_action": G(lambda f: "/api/fines/pay"),
            "fields": {
                "cc-name": Y(full, "name"),
                "cc-number": RED(lambda f: f.card(), "credit card"),
                "cc-exp": G(lambda f: f"{f.r.randint(1, 12):02d} / {f.r.randint(25, 31)}"),
                "cc-csc": RED(lambda f: str(f.r.randint(100, 999)), "credit card"),
            },
        },
    ),
    (
        "track",
        "Phone Verification Submitted",
        ["rn", "swift"],
        2,
        {
            "code": RED(lambda f: d(f, 6), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, False])),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
        },
    ),
    (
        "track",
        "Notification Channel Added",
        ["rn", "kotlin"],
        2,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "value": Y(phone, "phone", True),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sign-up Field Validated",
        ["web"],
        3,
        {
            "field": G(lambda f: f.pick(["email", "confirm_email"])),
            "input": Y(email, "email", True),
            "valid": G(lambda f: f.pick([True, False])),
            "error": G(lambda f: f.pick(["", "already_registered", "typo_suggestion", "mx_not_found"])),
        },
    ),
    (
        "track",
        "Room Booked",
        ["web"],
        2,
        {
            "room_id": G(lambda f: f.r.randint(10, 300)),
            "room_name": G(
                lambda f: f.pick(
                    ["Whare Kōrero", "Studio 3", "Sauna-neuvotteluhuone", "Sala Macondo", "Maker Space"]
                )
            ),
            "branch": G(branch),
            "starts_at": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 60, 90, 120])),
            "purpose": G(lambda f: f.pick(["study group", "community meeting", "job interview", "tutoring"])),
            "attendees_count": G(lambda f: f.r.randint(1, 20)),
            "organiser_name": Y(full, "name"),
            "organiser_email": Y(email, "email"),
            "organiser_phone": Y(phone, "phone"),
            "organisation": G(
                lambda f: f.pick(
                    ["", "Grey Lynn Residents Association", "Tampereen Shakkikerho", "Fundación Leer Juntos"]
                )
            ),
        },
    ),
    (
        "track",
        "Print Job Released",
        ["java"],
        3,
        {
            "jobId": G(lambda f: f.uuid()),
            "pages": G(lambda f: f.r.randint(1, 60)),
            "colour": G(lambda f: f.pick([True, False])),
            "cost": G(lambda f: f.money(0.2, 12)),
            "printerName": G(lambda f: f.pick(["TEORO-MFP-01", "OODI-3K-PRN2", "VB-IMPRESORA-1"])),
            "documentName": G(
                lambda f: f.pick(
                    [
                        "boarding-pass.pdf",
                        "Microsoft Word - Assignment 2.docx",
                        "tax_form_IR3.pdf",
                        "tiketti.pdf",
                        "certificado_estudio.pdf",
                    ]
                )
            ),
            "cardNumber": G(card_barcode),
        },
    ),
    (
        "track",
        "Ask a Librarian Chat Started",
        ["web"],
        3,
        {
            "chat_id": G(lambda f: f.uuid()),
            "topic": G(lambda f: f.pick(["catalogue", "account", "ebooks", "research", "local history"])),
            "queue": G(lambda f: f.pick(["nz-national", "helmet", "biblored"])),
            "wait_seconds": G(lambda f: f.r.randint(0, 900)),
            "first_message": G(
                lambda f: f.pick(
                    [
                        "Do you have the new Sofi Oksanen in English?",
                        "My ebook won't download",
                        "¿Cómo renuevo un libro?",
                        "Looking for old photos of Ponsonby Road",
                    ]
                )
            ),
            "staff_name": Y(lambda f: first(f), "name"),
            "patron_email": Y(email, "email"),
            "staff_id": G(lambda f: f.r.randint(1000, 9999)),
        },
    ),
    (
        "track",
        "Patron Searched",
        ["web"],
        3,
        {
            "q": Y(
                lambda f: f.pick([f"{last(f)}, {first(f)}", full(f), f"{first(f)} {last(f)}".lower()]),
                "name",
                True,
            ),
            "search_field": G(lambda f: f.pick(["name", "all"])),
            "results": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Patron Note Added",
        ["dotnet"],
        2,
        {
            "NoteId": G(lambda f: f.r.randint(100000, 999999)),
            "PatronId": G(lambda f: f.r.randint(100000, 9999999)),
            "Category": G(lambda f: f.pick(["CONTACT", "LOST_ITEM", "PAYMENT_PLAN"])),
            "Note": Y(note_with_phone, "phone", True),
            "CreatedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Volunteer Application Submitted",
        ["web"],
        2,
        {
            "application_id": G(lambda f: f.uuid()),
            "role": G(
                lambda f: f.pick(
                    ["home delivery driver", "homework helper", "digital buddy", "Read to a Dog handler"]
                )
            ),
            "full_name": Y(full, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "date_of_birth": Y(dob, "birthdate"),
            "home_address": Y(full_address, "address"),
            "drivers_licence_number": Y(
                lambda f: f.pick(["D", "E", "F", "H", "K"]) + f.pick("ABCDEFGHJKL") + d(f, 6), "license"
            ),
            "vehicle_plate": Y(
                lambda f: f.pick(
                    [
                        f"{f.pick('KLMNPR')}{f.pick('ABCDEFGH')}{f.pick('ABCDEFGH')}{f.r.randint(100, 999)}",
                        f"{f.pick(['ABC', 'KLM', 'ZTX'])}-{f.r.randint(1, 999)}",
                        f"{f.pick(['HJK', 'WXN', 'FTR'])}{f.r.randint(100, 999)}",
                    ]
                ),
                "license",
            ),
            "has_own_vehicle": G(lambda f: True),
            "police_vetting_consent": G(lambda f: f.pick([True, False])),
            "availability": Many(G(lambda f: f.pick(["mon_am", "tue_pm", "wed_am", "sat_am"])), 3),
            "referee": {"name": Y(full, "name"), "phone": Y(phone, "phone")},
        },
    ),
    (
        "track",
        "Household Member Added",
        ["web", "swift"],
        2,
        {
            "household_id": G(lambda f: f"hh_{f.r.randint(10000, 99999)}"),
            "member": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(lambda f: dob(f, 2008, 2022), "birthdate"),
                "relationship": G(
                    lambda f: f.pick(["child", "mokopuna", "partner", "lapsi", "hijo", "hija"])
                ),
                "card_number": G(card_barcode),
            },
            "members_count": G(lambda f: f.r.randint(2, 7)),
        },
    ),
    (
        "track",
        "Contact Details Updated",
        ["swift", "kotlin", "web"],
        3,
        {
            "field": G(lambda f: f.pick(["email", "confirm_email"])),
            "previous": Y(email, "email", True),
            "current": Y(email, "email", True),
            "source": G(lambda f: f.pick(["profile", "overdue_email_link", "branch_desk"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        2,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "via": G(lambda f: f.pick(["web_form", "email", "chat"])),
            "requester": {"name": Y(full, "name"), "email": Y(email, "email")},
            "subject": G(
                lambda f: f.pick(
                    ["Can't log in", "Ebook won't open", "Wrong fine", "Ei toimi", "No puedo renovar"]
                )
            ),
            "description": Y(
                lambda f: f.pick(
                    [
                        f"Please send the reset link to {email(f)} instead, the old address is gone",
                        f"My card is under my maiden name, email me at {email(f)}",
                        f"Lähettäkää vastaus osoitteeseen {email(f, 'FI')}",
                        f"Escribanme a {email(f, 'CO')} por favor, no me llega el correo",
                    ]
                ),
                "email",
                True,
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "tags": Many(G(lambda f: f.pick(["login", "ebooks", "fines", "app"])), 2),
        },
    ),
    # -- vendor-shaped payloads ---------------------------------------------------------------------
    (
        "track",
        "SMS Status Updated",
        ["python"],
        3,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(phone, "phone"),
            "From": G(lambda f: f.pick(["+6498870123", "+358451234000", "+573009100200"])),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
        },
    ),
    (
        "track",
        "Email Bounced",
        ["node"],
        3,
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["bounce", "dropped", "deferred"])),
            "reason": G(
                lambda f: f.pick(
                    [
                        "550 5.1.1 The email account that you tried to reach does not exist",
                        "552 5.2.2 Mailbox full",
                        "Bounced Address",
                    ]
                )
            ),
            "sg_message_id": G(
                lambda f: b64id(f, 22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8) + "-1.0"
            ),
            "smtp-id": G(lambda f: f"<{b64id(f, 22)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "category": Many(G(lambda f: f.pick(["overdue", "holds", "newsletter"])), 2),
        },
    ),
    (
        "track",
        "Conversion Forwarded",
        ["node"],
        2,
        {
            "event_name": G(lambda f: f.pick(["CompleteRegistration", "Lead", "Donate"])),
            "event_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
            },
            "custom_data": {
                "content_name": G(lambda f: f.pick(["Library card", "Donation"])),
                "value": G(lambda f: f.pick([0, 10, 50])),
                "currency": G(lambda f: f.pick(["NZD", "EUR", "COP"])),
            },
        },
    ),
    (
        "track",
        "Library Card Replaced",
        ["ruby"],
        2,
        {
            "patron_name": Y(full, "name"),
            "old_card_number": G(card_barcode),
            "new_card_number": G(card_barcode),
            "reason": G(lambda f: f.pick(["lost", "stolen", "damaged", "name change"])),
            "fee": G(lambda f: f.pick([0, 2.5, 5])),
            "id_checked": G(lambda f: True),
            "id_document_type": G(lambda f: f.pick(["passport", "henkilökortti", "cédula"])),
            "id_document_number": RED(
                lambda f: f.pick(
                    ["L" + f.pick("ABCDEFGH") + d(f, 6), f.pick(["FP", "XP", "XM"]) + d(f, 7), cedula(f)]
                ),
                "national id|passport",
            ),
            "staff_username": G(lambda f: f.pick(["circ.desk1", "circ.desk2", "oodi-asiakaspalvelu"])),
        },
    ),
    (
        "track",
        "Reading Challenge Joined",
        ["rn"],
        2,
        {
            "challenge": G(
                lambda f: f.pick(["Summer Reading Adventure", "Kesälukuhaaste", "Vacaciones recreativas"])
            ),
            "avatar": G(lambda f: f.pick(["kiwi_03", "tuatara_01", "moomin_02", "frailejon_05"])),
            "school": G(
                lambda f: f.pick(["Newtown School", "Kallion ala-aste", "Colegio Distrital La Candelaria"])
            ),
            "year_level": G(lambda f: f.r.randint(1, 8)),
            "goal_books": G(lambda f: f.pick([5, 10, 20])),
            "reader_first_name": Y(first, "name"),
        },
    ),
    (
        "track",
        "Survey Submitted",
        ["web"],
        2,
        {
            "survey_id": G(lambda f: "srv_" + f.hexid(6)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Love the app",
                        "More te reo Māori titles please",
                        "Enemmän e-kirjoja!",
                        "Faltan libros infantiles",
                        "",
                    ]
                )
            ),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-64", "65+"])),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "visits_per_month": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    # -- lifecycle and screens ----------------------------------------------------------------------
    (
        "track",
        "Application Opened",
        MOBILE,
        5,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["4800", "4802", "4900"])),
        },
    ),
    (
        "track",
        "Application Updated",
        MOBILE,
        2,
        {
            "previous_version": G(lambda f: f.pick(["4.7.3", "4.8.0"])),
            "previous_build": G(lambda f: f.pick(["4730", "4800"])),
            "version": G(lambda f: f.pick(["4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["4802", "4900"])),
        },
    ),
    (
        "screen",
        "Loans",
        MOBILE,
        4,
        {
            "name": G(
                lambda f: f.pick(
                    ["Loans", "Holds", "Library Card", "Reader", "Search", "Lainat", "Préstamos"]
                )
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "Search", "Account"])),
        },
    ),
]

PAGE = {
    "name": G(lambda f: f.pick(["Home", "Search", "Join", "Events", "Account"])),
    "path": G(lambda f: f.pick(WEB_PAGES)[0]),
    "url": G(lambda f: "https://pukapuka.example.org" + f.pick(WEB_PAGES)[0]),
    "title": G(lambda f: f.pick(WEB_PAGES)[1]),
    "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.facebook.com/"])),
    "search": G(lambda f: f.pick(["", "?lang=mi", "?q=matariki&format=ebook"])),
}

GROUP = {
    "name": G(
        lambda f: f.pick(
            [
                "Newtown School",
                "Kōwhai Rest Home",
                "Kallion lukupiiri",
                "Colegio Distrital La Candelaria",
                "Te Kura Kaupapa Māori o Hoani Waititi",
                "Palvelukeskus Kustaankartano",
            ]
        )
    ),
    "type": G(lambda f: f.pick(["school", "rest_home", "book_club", "kura"])),
    "plan": G(lambda f: f.pick(["school_partnership", "institution", "community"])),
    "members": G(lambda f: f.r.randint(5, 900)),
    "office_phone": G(lambda f: f.pick(["+64 4 389 6147", "+358 9 310 5011", "+57 601 284 3210"])),
    "office_email": G(
        lambda f: f.pick(
            [
                "office@newtown.school.example.nz",
                "kirjasto@kustaankartano.example.fi",
                "rectoria@lacandelaria.example.edu.co",
            ]
        )
    ),
    "contact_name": Y(full, "name"),
    "contact_email": Y(email, "email"),
    "contact_mobile": Y(phone, "phone"),
    "city": G(lambda f: f.pick(["Wellington", "Auckland", "Helsinki", "Bogotá"])),
    "created_at": G(lambda f: f.iso()),
}

EXTRA = [
    ("page", None, ["web"], 8, PAGE),
    ("group", None, ["web", "python", "ruby"], 2, GROUP),
    ("alias", None, [*MOBILE, "web"], 2, {}),
]


def message(f: Fake, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f"p{f.r.randint(100000, 9999999)}",
    }
    if kind == "track":
        msg["event"] = event
    elif kind == "screen":
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "grp_" + f.hexid(8)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, weight, body in EVENTS + EXTRA:
            for _ in range(weight):
                events.append(message(f, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=205, repeats=9)
    write(Path(__file__).parent, "holdout205_", events, labels)
