"""Writes holdout99: tests/corpus/holdout99_events.jsonl and holdout99_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py for the format, and the
reference's matcher table), and not scored by its author.

Domain: the customer portal, apps and back office of a broadband and mobile telecom provider in
the UK, Ireland and Spain. Availability checks by address (postcodes, Eircodes, UPRNs), orders and
engineer installation appointments, router set-up and Wi-Fi names, bills and direct debits, number
porting (PAC/STAC codes, Spanish portabilidad), SIM and eSIM activation, fault tickets, the
priority-services (vulnerable customer) register, credit checks, moving home; account holders,
authorised users, carers, engineers and call-centre agents. Clients: analytics.js, analytics-swift,
analytics-kotlin (customer app and a field-engineer app that sends `context.location`),
analytics-react-native, analytics_flutter, and the python, node, go, java, ruby, php and C#
server libraries; a warehouse Reverse-ETL identify with SCREAMING_SNAKE keys and
`context.personas`; vendor-shaped payloads (Twilio call webhooks, SendGrid events, Meta
Conversions API user_data, Zendesk tickets, Stripe and GoCardless ids). Keys are mostly camelCase
and snake_case; PascalCase from the .NET billing service, kebab-case from a Ruby field service,
SCREAMING_SNAKE from the warehouse and Spanish keys from the Spanish backend (titular, nif,
direccion_instalacion, telefono_contacto, iban ...). Values: names from many cultures, UK / Irish
/ Spanish phone formats, UK postcodes, Eircodes, Spanish postcodes, DNI/NIE with their check
letter, Irish PPSNs with their check character, mod-97 IBANs (GB, IE, ES), Luhn cards, IMEIs and
ICCIDs.

Conventions: each leaf path has one label for the whole corpus: classification (red / yellow /
green), type (the reference's matcher name where one fits, else `bank account`, `geolocation`,
`secret`, `national id`, `health id`, `advertising id`, `credit score`, `token` ...; `a|b` when
either is fair) and value_only (true when the key does not say what the value is).

Labelling rules (the product's default colours and published policy, as briefed):
- PII is personal data about a natural person: the user, an authorised user, a carer, a household
  member, a recipient, an engineer or agent. Colours are the reference's defaults; outside it,
  red for credentials/secrets, card numbers, bank accounts, government ids and health ids, yellow
  otherwise (geolocation, advertising ids, click ids, credit scores ...).
- Green: ids we issue (customer / billing account numbers, order, ticket, appointment, mandate
  and invoice references, Stripe `pi_`/`cus_` and GoCardless ids), UUIDs, SKUs, versions,
  timestamps, amounts, enums, counters and booleans even under PII-sounding keys, plan / router /
  company names, countries, Spanish provincias (regions), locales, user agents, OS-issued device
  ids, sort codes, card brand / last four / expiry, telephone-exchange and cabinet locations,
  a business's own numbers and role mailboxes, call-masking proxy numbers, Places session tokens
  and e-mail Message-IDs. Appointment, move and port dates are green (not birth dates).
- Yellow/red by policy: loyalty/customer numbers green; credit scores yellow `credit score`;
  salaries and hourly pay yellow `salary`; vehicle plates yellow `license`; gclid/fbclid/fbp/fbc
  yellow `advertising id`; billing, installation and shipping addresses of the person yellow;
  payment-method tokens (`pm_`), OTPs, activation codes and sign-in link tokens red `token`.
Decisions taken here where the brief is silent (what a careful privacy owner would want):
- The address or postcode typed into an availability check or a move is the person's own (home
  or future home): yellow. A public identifier of that dwelling (UPRN, Openreach address key)
  stands for the address: yellow `address`.
- Porting authorisation codes (PAC, STAC), SIM PUK codes and eSIM activation codes let someone
  take over a number: red `token|secret`. Wi-Fi keys and router admin passwords: red `password`.
- SSIDs are network names (ISP defaults and whimsical names, never a person's name here): green.
  A router's MAC / BSSID: yellow `mac`; router serials, IMEIs and ICCIDs: yellow `serial`; the
  IMSI identifies the subscriber: yellow `identification`.
- A salutation (Mr / Mrs / Ms / Mx) reveals gender: yellow `gender`.
- SHA-256 hashes of a person's e-mail or phone sent to an ad platform still identify the person:
  yellow `email` / `phone` (value_only false: the vendor key names them, the hex does not).
- Accessibility needs that reveal an impairment (text relay, braille bills, hearing or sight loss)
  are red `disability`; medical equipment relied on at home is yellow `condition`. A vulnerable /
  priority-register flag, financial hardship or bereavement is green (not a special category).
- Credit decisions (approve / refer / decline) are enums: green; the numeric score is yellow.
- value_only is true when only the value tells the type: neutral keys (`value`, `input`, `label`,
  `text`, `note`, `comment`, `description`, `observaciones`, `destination`, `shared_with`), a
  Twilio `From`, an e-mail under `username` / `approvedBy` / `requested-by`, a token inside a URL
  under `link`, an LPA string under `matching_id`. It is false where the key names the thing in
  the trade's or a vendor's terms (`msisdn`, `cli`, `remote_addr`, Meta `em` / `ph`, `FromCity`).
- Free text is labelled by what every value carries: each PII free-text path carries that PII in
  every value; free-text paths labelled green carry none.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

FIRST = [
    "Siobhán",
    "Oisín",
    "Aoife",
    "Cian",
    "Niamh",
    "Pádraig",
    "Eilidh",
    "Rhys",
    "Gwen",
    "Callum",
    "Olivia",
    "Harry",
    "Amelia",
    "George",
    "Priya",
    "Mohammed",
    "Aisha",
    "Imran",
    "Chidi",
    "Adaeze",
    "Kwabena",
    "Wei",
    "Mei",
    "Thanh",
    "Katarzyna",
    "Tomasz",
    "Andrei",
    "Ioana",
    "Lucía",
    "Javier",
    "María José",
    "Iker",
    "Ainhoa",
    "Jordi",
    "Montserrat",
    "Xoán",
    "Nerea",
    "Alejandro",
    "Fatima",
    "Youssef",
    "Carmen",
    "Sergio",
    "Ana Belén",
    "Dmitri",
    "Leilani",
    "Kofi",
    "Deepak",
    "Zainab",
]
LAST = [
    "Ní Bhriain",
    "Ó Súilleabháin",
    "Byrne",
    "Murphy",
    "O'Connor",
    "MacLeod",
    "Llewellyn",
    "Evans",
    "Smith",
    "Thompson",
    "Sharma",
    "Iqbal",
    "Begum",
    "Okeke",
    "Mensah",
    "Zhang",
    "Nguyen",
    "Wiśniewska",
    "Kowalczyk",
    "Popescu",
    "Fernández López",
    "Ruiz Gómez",
    "Etxeberria",
    "Puig i Serra",
    "García",
    "Martínez",
    "Castro Vázquez",
    "Benali",
    "El Amrani",
    "Hughes",
    "Patel",
    "Adeyemi",
    "Walsh",
    "Kavanagh",
    "Doherty",
    "Romero",
    "Sánchez Pérez",
    "Ivanov",
]
EMAIL_DOMAINS = [
    "gmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "yahoo.es",
    "eircom.net",
    "btinternet.com",
    "icloud.com",
    "hotmail.es",
    "live.ie",
    "sky.com",
    "protonmail.com",
    "gmail.com",
]
ASCII = str.maketrans("áéíóúñçàèòïüśńł'", "aeiouncaeoiusnl ")


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full_name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def es_name(f: Fake) -> str:
    given = f.pick(["Lucía", "Javier", "María José", "Iker", "Montserrat", "Xoán", "Nerea", "Sergio"])
    return (
        f"{given} {f.pick(['Fernández López', 'Ruiz Gómez', 'Etxeberria', 'Puig i Serra', 'Castro Vázquez'])}"
    )


def email(f: Fake) -> str:
    a = first(f).lower().translate(ASCII).replace(" ", "")
    b = last(f).lower().translate(ASCII).replace(" ", "")
    shape = f.pick(["{a}.{b}", "{a}{b}{n}", "{a}_{b}", "{a0}{b}{n}", "{b}.{a}"])
    local = shape.format(a=a, b=b, a0=a[0], n=f.r.randint(1, 99))
    return f"{local}@{f.pick(EMAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    a = first(f).lower().translate(ASCII).replace(" ", "")
    b = last(f).lower().translate(ASCII).replace(" ", "")
    return f"{a}.{b}@{f.pick(['brightline.co.uk', 'brightline.ie', 'brightline.es'])}"


def n(f: Fake, k: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(k))


def uk_mobile(f: Fake) -> str:
    body = f"7{f.r.randint(400, 999)}{n(f, 6)}"
    return f.pick([f"0{body[:4]} {body[4:]}", f"+44 {body[:4]} {body[4:]}", f"+44{body}", f"0{body}"])


def ie_mobile(f: Fake) -> str:
    net, rest = f.pick(["83", "85", "86", "87", "89"]), n(f, 7)
    return f.pick([f"0{net} {rest[:3]} {rest[3:]}", f"+353 {net} {rest[:3]} {rest[3:]}", f"+353{net}{rest}"])


def es_mobile(f: Fake) -> str:
    d = f.pick(["6", "7"]) + n(f, 8)
    return f.pick([f"{d[:3]} {d[3:6]} {d[6:]}", f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+34{d}", d])


def landline(f: Fake) -> str:
    return f.pick(
        [
            f"020 7946 0{n(f, 3)}",
            f"0161 496 0{n(f, 3)}",
            f"(0113) 496 0{n(f, 3)}",
            f"01 {n(f, 3)} {n(f, 4)}",
            f"021 {n(f, 3)} {n(f, 4)}",
            f"91 {n(f, 3)} {n(f, 2)} {n(f, 2)}",
            f"+34 93 {n(f, 3)} {n(f, 2)} {n(f, 2)}",
        ]
    )


def mobile(f: Fake) -> str:
    return f.pick([uk_mobile, ie_mobile, es_mobile])(f)


def phone(f: Fake) -> str:
    return f.pick([uk_mobile, uk_mobile, ie_mobile, es_mobile, landline])(f)


PC_AREAS = ["LS6", "M14", "SW1A", "E17", "BS3", "CF10", "EH3", "G12", "BT9", "NE6", "B29", "L15", "NG7"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D6W", "D15", "T12", "T23", "H91", "V94", "A94", "W91", "F92"]
EIR_CHARS = "0123456789ACDEFHKNPRTVWXY"
CP_PREFIX = ["28", "08", "46", "41", "48", "29", "50", "15", "36", "03", "07", "35"]


def uk_postcode(f: Fake) -> str:
    return f"{f.pick(PC_AREAS)} {f.r.randint(1, 9)}{f.pick(PC_LETTERS)}{f.pick(PC_LETTERS)}"


def eircode(f: Fake) -> str:
    return f"{f.pick(EIR_KEYS)} {''.join(f.pick(EIR_CHARS) for _ in range(4))}"


def cp_es(f: Fake) -> str:
    return f"{f.pick(CP_PREFIX)}{f.r.randint(1, 999):03d}"


def postcode(f: Fake) -> str:
    return f.pick([uk_postcode, uk_postcode, eircode, cp_es])(f)


UK_STREETS = [
    "Acacia Avenue",
    "Wilmslow Road",
    "Cardigan Road",
    "Hoe Street",
    "Gloucester Road",
    "Cathedral Road",
    "Lisburn Road",
    "Byker Bank",
    "Dumbarton Road",
    "Smithdown Road",
]
IE_STREETS = [
    "Bride Street",
    "Pembroke Road",
    "Douglas Road",
    "Salthill Promenade",
    "Main Street",
    "Castle Park",
    "Griffith Avenue",
    "The Maltings",
]
ES_STREETS = [
    "Calle de Alcalá",
    "Avinguda Diagonal",
    "Calle Mayor",
    "Carrer de Sants",
    "Gran Vía",
    "Calle Sierpes",
    "Rúa do Franco",
    "Avenida de Blasco Ibáñez",
    "Calle Larios",
]
UK_CITIES = [
    "Leeds",
    "Manchester",
    "London",
    "Bristol",
    "Cardiff",
    "Edinburgh",
    "Glasgow",
    "Belfast",
    "Newcastle upon Tyne",
    "Birmingham",
    "Liverpool",
    "Nottingham",
]
IE_CITIES = ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Athlone", "Letterkenny"]
ES_CITIES = [
    "Madrid",
    "Barcelona",
    "Valencia",
    "Sevilla",
    "Bilbao",
    "Málaga",
    "Zaragoza",
    "A Coruña",
    "Vigo",
    "Alicante",
    "Palma",
]


def street_uk(f: Fake) -> str:
    unit = f.pick(["", "", f"Flat {f.r.randint(1, 24)}, "])
    return f"{unit}{f.r.randint(1, 240)} {f.pick(UK_STREETS)}"


def street_ie(f: Fake) -> str:
    unit = f.pick(["", f"Apt {f.r.randint(1, 60)}, "])
    return f"{unit}{f.r.randint(1, 120)} {f.pick(IE_STREETS)}"


def street_es(f: Fake) -> str:
    floor = f.pick(["1º A", "2º B", "3º Izda", "4º 2ª", "Bajo", "5º D", "Ático"])
    return f"{f.pick(ES_STREETS)} {f.r.randint(1, 320)}, {floor}"


def street(f: Fake) -> str:
    return f.pick([street_uk, street_uk, street_ie, street_es])(f)


def city(f: Fake) -> str:
    return f.pick(UK_CITIES + IE_CITIES + ES_CITIES)


UK_TOWNS = {
    "LS6": "Leeds",
    "M14": "Manchester",
    "SW1A": "London",
    "E17": "London",
    "BS3": "Bristol",
    "CF10": "Cardiff",
    "EH3": "Edinburgh",
    "G12": "Glasgow",
    "BT9": "Belfast",
    "NE6": "Newcastle upon Tyne",
    "B29": "Birmingham",
    "L15": "Liverpool",
    "NG7": "Nottingham",
}


def one_line_address(f: Fake) -> str:
    kind = f.pick(["uk", "uk", "ie", "es"])
    if kind == "uk":
        pc = uk_postcode(f)
        return f"{street_uk(f)}, {UK_TOWNS[pc.split()[0]]} {pc}"
    if kind == "ie":
        return f"{street_ie(f)}, {f.pick(IE_CITIES)}, {eircode(f)}"
    return f"{street_es(f)}, {cp_es(f)} {f.pick(ES_CITIES)}"


def dob(f: Fake) -> str:
    return f.pick(
        [f.date(1938, 2005), f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1940, 2004)}"]
    )


# -- national ids, bank and device identifiers --------------------------------------------------------

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(f: Fake) -> str:
    num = f.r.randint(10_000_000, 79_999_999)
    return f"{num}{DNI_LETTERS[num % 23]}"


def nie(f: Fake) -> str:
    lead = f.pick("XYZ")
    num = f.r.randint(1_000_000, 9_999_999)
    return f"{lead}{num}{DNI_LETTERS[int(str('XYZ'.index(lead)) + str(num)) % 23]}"


def nif(f: Fake) -> str:
    return f.pick([dni, dni, nie])(f)


def ppsn(f: Fake) -> str:
    digits = n(f, 7)
    second = f.pick(["", "A", "A", "B"])
    total = sum(int(d) * (8 - i) for i, d in enumerate(digits))
    if second:
        total += 9 * (ord(second) - 64)
    return digits + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second


def iban_from(f: Fake, country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.4:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def iban_gb(f: Fake) -> str:
    return iban_from(f, "GB", f.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + n(f, 14))


def iban_ie(f: Fake) -> str:
    return iban_from(f, "IE", f.pick(["AIBK", "BOFI", "IPBS", "REVO"]) + n(f, 14))


def iban_es(f: Fake) -> str:
    return iban_from(f, "ES", f.pick(["2100", "0049", "0182", "2080", "0081", "1465"]) + n(f, 16))


def iban(f: Fake) -> str:
    return f.pick([iban_gb, iban_ie, iban_es])(f)


def sort_code(f: Fake) -> str:
    return f.pick(["20-00-00", "40-47-84", "30-96-26", "60-83-71", "04-00-04", "93-11-52"])


def imei(f: Fake) -> str:
    return f.luhn_complete(f.pick(["35", "86", "35"]) + n(f, 12))


def iccid(f: Fake) -> str:
    return f.luhn_complete(f.pick(["8944", "89353", "8934"]) + n(f, 14)[: 18 - 4])


def imsi(f: Fake) -> str:
    return f.pick(["23415", "23420", "27201", "21401", "21407"]) + n(f, 10)


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2a00:23c5", "2a02:c7f", "2a01:4b00", "2001:bb6", "2a0c:5a80"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(5))


def ip_any(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.7 else ipv6(f)


def alnum(f: Fake, k: int, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(f.pick(chars) for _ in range(k))


def gclid(f: Fake) -> str:
    return "Cj0KCQiA" + alnum(f, 60) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def van_reg(f: Fake) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXY"
    age = f.pick(["21", "71", "22", "72", "23", "73", "24"])
    return f"{f.pick(L)}{f.pick(L)}{age} {f.pick(L)}{f.pick(L)}{f.pick(L)}"


def pac(f: Fake) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(f.pick(L) for _ in range(3)) + n(f, 6)


def stac(f: Fake) -> str:
    return n(f, 6) + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))


def esim_code(f: Fake) -> str:
    groups = "-".join(alnum(f, 5).upper() for _ in range(4))
    return f"LPA:1$smdp.brightline-esim.net${groups}"


def wifi_key(f: Fake) -> str:
    return f.pick(
        [
            alnum(f, 12, "abcdefghkmnpqrstuvwxyz23456789"),
            f"{f.pick(['Sunflower', 'Bantry', 'Tortilla', 'Gatito', 'Kettle'])}{f.r.randint(10, 9999)}!",
            "-".join(alnum(f, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3)),
        ]
    )


def ssid(f: Fake) -> str:
    return f.pick(
        [
            f"BT-{alnum(f, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
            f"SKY{alnum(f, 5, 'ABCDEF0123456789')}",
            f"VM{n(f, 7)}",
            f"eir{n(f, 4)}-5G",
            f"MOVISTAR_{alnum(f, 4, 'ABCDEF0123456789')}",
            f"MiFibra-{alnum(f, 4, 'ABCDEF0123456789')}",
            f"Brightline-{alnum(f, 4, 'ABCDEF0123456789')}",
            "Pretty Fly for a WiFi",
            "FBI Surveillance Van 3",
            "Hide Yo Kids Hide Yo WiFi",
            "LAN Solo",
            "Tell My WiFi Love Her",
        ]
    )


def router_serial(f: Fake) -> str:
    return f.pick(["+0", "CP", "SR", "ZTE"]) + n(f, 2) + alnum(f, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


def driving_licence(f: Fake) -> str:
    surname = last(f).upper().translate(ASCII).replace(" ", "")[:5].ljust(5, "9")
    return (
        f"{surname}{n(f, 6)}{alnum(f, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}9{alnum(f, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"
    )


def mac(f: Fake) -> str:
    return f.mac()


def sha256ish(f: Fake) -> str:
    return f.hexid(64)


# -- free text ------------------------------------------------------------------------------------------

FAULTS = [
    "No broadband since the storm on Tuesday",
    "Internet keeps dropping every evening",
    "No dial tone on the landline",
    "Router lights flashing orange",
    "Very slow speeds upstairs",
    "El router no enciende desde ayer",
    "Sin conexión de fibra desde el lunes",
]


def fault_with_phone(f: Fake) -> str:
    return f.pick(
        [
            f"{f.pick(FAULTS)}. Best to call me on {mobile(f)}",
            f"{f.pick(FAULTS)} - mobile {mobile(f)}, I work from home",
            f"{f.pick(FAULTS)}. Contact {mobile(f)} after 5pm please",
            f"{f.pick(FAULTS)}. Llamadme al {es_mobile(f)}",
        ]
    )


def fault_summary(f: Fake) -> str:
    return f.pick([*FAULTS, "Wi-Fi not reaching the back bedroom", "TV box won't connect"])


def chat_with_email(f: Fake) -> str:
    return f.pick(
        [
            f"hi, can you send the bill to {email(f)} instead",
            f"My login email is {email(f)} but it says not recognised",
            f"please update my email to {email(f)} thanks",
            f"I never got the confirmation, it should have gone to {email(f)}",
        ]
    )


def access_note_with_phone(f: Fake) -> str:
    return f.pick(
        [
            f"Side gate, ring {mobile(f)} when outside",
            f"Flat above the shop - call {mobile(f)} and I'll come down",
            f"Daughter will be in, her number {mobile(f)}",
            f"Timbre no funciona, llamar al {es_mobile(f)}",
        ]
    )


def engineer_notes(f: Fake) -> str:
    return f.pick(
        [
            "Replaced faulty ONT, line tested OK",
            "Installed new master socket, sync at 900/110",
            "Drop wire re-run from pole, customer happy",
            "Router moved to hallway, mesh disc added",
            "Fault in cabinet, escalated to network team",
            "Sustituida la ONT, servicio verificado",
        ]
    )


def address_review(f: Fake) -> str:
    return f.pick(
        [
            f"Address on the order is wrong, it should be {street(f)}",
            f"Install at {street_uk(f)} please, not the old flat",
            f"We moved to {street_es(f)}",
        ]
    )


def condition_note(f: Fake) -> str:
    return f.pick(
        [
            "Customer has COPD and uses an oxygen concentrator, prioritise any outage",
            "Husband on home dialysis overnight, needs the landline for the renal unit",
            "Caller has early-stage dementia, speak slowly and confirm by letter",
            "Recovering from a stroke, prefers text relay",
            "Cliente con EPOC, depende del concentrador de oxígeno",
            "Type 1 diabetic living alone, uses the line for the pump alerts",
        ]
    )


def install_remark(f: Fake) -> str:
    return f.pick(
        [
            f"Llamar antes al {es_mobile(f)}",
            f"Portero automático roto, avisar al {es_mobile(f)}",
            f"Solo por las tardes, móvil {es_mobile(f)}",
        ]
    )


# -- contexts -------------------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
]
PAGES = [
    ("/broadband/check-availability", "Check availability | Brightline"),
    ("/checkout/details", "Your details | Brightline"),
    ("/my-account/bills", "Bills | My Brightline"),
    ("/help/faults", "Report a fault | Brightline"),
    ("/es/fibra-y-movil", "Fibra y Móvil | Brightline"),
    ("/moving-home", "Moving home | Brightline"),
]


def web_context(f: Fake):
    page = f.pick(PAGES)
    host = f.pick(["https://www.brightline.co.uk", "https://www.brightline.ie", "https://www.brightline.es"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.co.uk/",
                        "https://www.google.es/",
                        "",
                        "https://www.broadbandchoices.co.uk/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=footer", "?plan=fibre-500"])
            ),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: host + page[0]),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "es-ES", "ca-ES", "pl-PL"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin", "Europe/Madrid"])),
        "ip": Y(lambda f: ip_any(f), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["full_fibre_spring", "sim_only_5g", "fibra_1gb_es"])),
            "source": G(lambda f: f.pick(["google", "facebook", "uswitch", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "affiliate", "email"])),
            "term": G(lambda f: f.pick(["fibre broadband deals", "sim only 100gb", "fibra barata madrid"])),
            "content": G(lambda f: f.pick(["hero_banner", "text_ad_2", "carousel"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "My Brightline"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.2"])),
            "build": G(lambda f: f.pick(["740118", "752031"])),
            "namespace": G(lambda f: "com.brightline.myaccount"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "trackingStatus": G(lambda f: f.pick(["authorized", "denied", "notDetermined"])),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Brightline", "EE", "Vodafone IE", "Movistar"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "es-ES"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin", "Europe/Madrid"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "My Brightline"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.1"])),
            "build": G(lambda f: f.pick(["7040", "7051"])),
            "namespace": G(lambda f: "com.brightline.myaccount"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "2201117TY", "CPH2449"])),
            "name": G(lambda f: f.pick(["e1s", "shiba", "spes", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Brightline", "Three", "O2 - UK", "Orange"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "es-ES", "en-IE"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Madrid"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "accountNumber": G(lambda f: "BL" + f.digits(9)),
        },
    }


def field_app_context(f: Fake):
    """The engineers' Android app (analytics-kotlin) with location collection on."""
    return {
        "app": {
            "name": G(lambda f: "Brightline FieldForce"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.4"])),
            "build": G(lambda f: f.pick(["320", "324"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Zebra Technologies"])),
            "model": G(lambda f: f.pick(["SM-T636B", "TC58"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.15.0")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: "13")},
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(50.4, 55.9), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-6.3, 0.2), 6), "geolocation"),
            "speed": G(lambda f: f.money(0, 25)),
            "accuracy": G(lambda f: f.pick([5, 10, 16, 32])),
        },
        "network": {"cellular": G(lambda f: True), "carrier": G(lambda f: "Brightline")},
        "timezone": G(lambda f: "Europe/London"),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Brightline Mobile"),
            "version": G(lambda f: f.pick(["4.1.0", "4.2.3"])),
            "build": G(lambda f: f.pick(["410", "423"])),
            "namespace": G(lambda f: "es.brightline.movil"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A346B", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["es-ES", "ca-ES", "en-GB", "gl-ES"])),
        "timezone": G(lambda f: f.pick(["Europe/Madrid", "Atlantic/Canary"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "customerId": G(lambda f: f.digits(8)),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Brightline Home"),
            "version": G(lambda f: f.pick(["2.0.3", "2.1.0"])),
            "build": G(lambda f: f.pick(["23", "31"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "Pixel 7", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844), "density": G(lambda f: 3)},
        "locale": G(lambda f: f.pick(["en-GB", "en-IE"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin"])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.1"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.CSharp", "2.3.5"),
}


def server_context(lib: str):
    def make(f: Fake):
        name, version = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if lib == "node":
            # the BFF forwards the browser's address and agent
            ctx["ip"] = Y(lambda f: ip_any(f), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if lib == "php":
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
            ctx["locale"] = G(lambda f: f.pick(["es_ES", "en_GB"]))
        if lib == "java":
            ctx["groupId"] = G(lambda f: "biz_" + f.digits(6))
        return ctx

    return make


def retl_context(f: Fake):
    return {
        "library": {"name": G(lambda f: "analytics-python"), "version": G(lambda f: "2.3.2")},
        "personas": {
            "computation_class": G(lambda f: "audience"),
            "computation_id": G(lambda f: "aud_" + alnum(f, 27)),
            "computation_key": G(lambda f: f.pick(["out_of_contract_90d", "high_churn_risk"])),
            "space_id": G(lambda f: "spa_" + alnum(f, 22)),
        },
    }


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "field": field_app_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "retl": retl_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}

PLANS = [
    "Full Fibre 150",
    "Full Fibre 500",
    "Full Fibre 900",
    "Superfast 67",
    "Fibra 1 Gb",
    "Fibra 600 Mb + Móvil 50 GB",
    "SIM Only 5G 100GB",
    "Unlimited 5G",
    "Fibre 2 Gig",
]
ROUTERS = ["Brightline Hub 4", "Smart Hub 2", "Eero Pro 6E", "ZTE F6640", "Askey RTF8225VW", "Livebox 6"]
PROVIDERS = [
    "BT",
    "Sky",
    "Virgin Media",
    "TalkTalk",
    "Vodafone",
    "eir",
    "Sky Ireland",
    "Movistar",
    "Orange",
    "MásMóvil",
    "Digi",
    "Three",
    "giffgaff",
]
MED_EQUIPMENT = [
    "oxygen concentrator",
    "home dialysis",
    "ventilator",
    "nebuliser",
    "stairlift",
    "ventilador CPAP",
]
DISABILITY = [
    "deaf_or_hard_of_hearing",
    "blind_or_partially_sighted",
    "speech_impairment",
    "learning_disability",
    "wheelchair_user",
    "dementia",
]

# -- events ---------------------------------------------------------------------------------------------

EVENTS = [
    # -- availability and orders --------------------------------------------------------------------
    (
        "track",
        "Availability Checked",
        "web",
        {
            "postcode": Y(postcode, "zipcode"),
            "addressLine1": Y(street, "address|street"),
            "uprn": Y(lambda f: f.digits(12), "address|identification"),
            "openreachAddressKey": Y(lambda f: "A" + f.digits(11), "address|identification"),
            "addressesReturned": G(lambda f: f.r.randint(1, 48)),
            "technology": G(lambda f: f.pick(["FTTP", "FTTC", "FWA", "SOGEA"])),
            "maxDownloadMbps": G(lambda f: f.pick([67, 150, 500, 900, 1600])),
            "availableFrom": G(lambda f: f.date(2024, 2025)),
            "isBusinessAddress": G(lambda f: f.pick([True, False])),
            "checkId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "web",
        {
            "input": Y(uk_postcode, "zipcode", True),
            "label": Y(one_line_address, "address", True),
            "session_token": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["google_places", "loqate", "ideal_postcodes"])),
            "result_index": G(lambda f: f.r.randint(0, 9)),
            "results_count": G(lambda f: f.r.randint(1, 20)),
            "address_found": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 120)),
            "revenue": G(lambda f: f.money(20, 120)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "coupon": G(lambda f: f.pick(["SWITCH50", "FIBRE3FREE", "NONE"])),
            "contract_months": G(lambda f: f.pick([12, 18, 24])),
            "products": Many(
                {
                    "product_id": G(lambda f: "prd_" + f.hexid(10)),
                    "sku": G(
                        lambda f: f.pick(
                            ["FTTP-500-24M", "FTTP-900-24M", "SIMO-100G-12M", "HUB4-RTR", "ES-FIB1G-MOV50"]
                        )
                    ),
                    "name": G(lambda f: f.pick(PLANS + ROUTERS)),
                    "category": G(lambda f: f.pick(["broadband", "mobile", "hardware", "tv"])),
                    "price": G(lambda f: f.money(0, 80)),
                    "quantity": G(lambda f: 1),
                },
                3,
            ),
            "installation_address": {
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postcode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "IE", "ES"])),
            },
            "billing_address_same": G(lambda f: f.pick([True, False])),
            "customer": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "mobile": Y(mobile, "phone"),
                "date_of_birth": Y(dob, "birthdate"),
            },
            "existing_customer": G(lambda f: f.pick([True, False])),
            "sales_channel": G(lambda f: f.pick(["web", "telesales", "retail"])),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(1, 5)),
            "step_name": G(lambda f: f.pick(["address", "plan", "details", "payment", "review"])),
            "email_entered": G(lambda f: f.pick([True, False])),
            "phone_number_valid": G(lambda f: f.pick([True, False])),
            "dob_provided": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "errors": Many(G(lambda f: f.pick(["postcode_invalid", "email_taken", "dob_under_18"])), 2),
            "time_on_step_ms": G(lambda f: f.r.randint(900, 240000)),
        },
    ),
    (
        "track",
        "Credit Check Completed",
        "java",
        {
            "applicationId": G(lambda f: "APP" + f.digits(10)),
            "bureau": G(lambda f: f.pick(["Experian", "Equifax", "TransUnion", "Equifax Iberica"])),
            "bureauReference": G(lambda f: alnum(f, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
            "decision": G(lambda f: f.pick(["accept", "refer", "decline"])),
            "creditScore": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "applicantName": Y(full_name, "name"),
            "dateOfBirth": Y(dob, "birthdate"),
            "annualIncome": Y(
                lambda f: f.pick([18500, 24000, 31250, 42000, 55000, 78000]) + f.r.randint(0, 999), "salary"
            ),
            "employmentStatus": G(lambda f: f.pick(["employed", "self_employed", "student", "retired"])),
            "yearsAtAddress": G(lambda f: f.r.randint(0, 30)),
            "previousAddresses": Many(
                {
                    "line1": Y(street_uk, "address|street"),
                    "postcode": Y(uk_postcode, "zipcode"),
                    "yearsAt": G(lambda f: f.r.randint(0, 10)),
                },
                2,
            ),
            "residentialStatus": G(lambda f: f.pick(["homeowner", "tenant", "living_with_parents"])),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "divorced", "civil_partnership"])),
            "dependants": G(lambda f: f.r.randint(0, 4)),
            "depositRequired": G(lambda f: f.pick([0, 50, 100, 150])),
        },
    ),
    (
        "track",
        "Identity Verified",
        "python",
        {
            "verification_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["onfido", "yoti", "veriff"])),
            "document_type": G(lambda f: f.pick(["passport", "driving_licence", "national_id"])),
            "document_number": RED(
                lambda f: f.pick([f.digits(9), "P" + f.digits(8)]), "passport|national id"
            ),
            "driving_licence_number": Y(driving_licence, "license"),
            "nationality": Y(
                lambda f: f.pick(["British", "Irish", "Spanish", "Polish", "Romanian", "Nigerian", "Indian"]),
                "citizenship",
            ),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "issuing_country": G(lambda f: f.pick(["GBR", "IRL", "ESP", "POL"])),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
            "result": G(lambda f: f.pick(["clear", "consider"])),
            "selfie_url": Y(
                lambda f: "https://kyc-uploads.brightline.co.uk/selfies/" + f.uuid() + ".jpg", "photo"
            ),
            "attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- installation appointments -----------------------------------------------------------------
    (
        "track",
        "Installation Appointment Booked",
        "web",
        {
            "appointmentId": G(lambda f: "APT-" + f.digits(7)),
            "orderId": G(lambda f: "ORD-" + f.digits(8)),
            "slotDate": G(lambda f: f.date(2024, 2025)),
            "slotWindow": G(lambda f: f.pick(["AM", "PM", "08:00-13:00", "13:00-18:00"])),
            "siteContactName": Y(full_name, "name"),
            "siteContactPhone": Y(phone, "phone"),
            "accessNotes": Y(access_note_with_phone, "phone", True),
            "parkingAvailable": G(lambda f: f.pick([True, False])),
            "dogOnPremises": G(lambda f: f.pick([True, False])),
            "floorLevel": G(lambda f: f.r.randint(0, 14)),
            "isRescheduled": G(lambda f: f.pick([True, False])),
            "rescheduleCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Engineer Visit Completed",
        "field",
        {
            "visitId": G(lambda f: "VIS-" + f.digits(8)),
            "jobType": G(lambda f: f.pick(["install", "repair", "upgrade"])),
            "engineerId": G(lambda f: "ENG" + f.digits(5)),
            "engineerName": Y(full_name, "name"),
            "customerSignatureName": Y(full_name, "name"),
            "customerSignatureUrl": Y(
                lambda f: "https://field-media.brightline.co.uk/sig/" + f.hexid(16) + ".png", "photo"
            ),
            "premisesLat": Y(lambda f: round(f.r.uniform(50.5, 55.8), 6), "geolocation"),
            "premisesLng": Y(lambda f: round(f.r.uniform(-6.2, 0.1), 6), "geolocation"),
            "ontSerial": Y(router_serial, "serial"),
            "routerMac": Y(mac, "mac"),
            "syncDownMbps": G(lambda f: f.money(60, 940)),
            "syncUpMbps": G(lambda f: f.money(10, 115)),
            "notes": G(engineer_notes),
            "durationMinutes": G(lambda f: f.r.randint(25, 280)),
            "firstTimeFix": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "engineer-en-route",
        "ruby",
        {
            "visit-id": G(lambda f: "VIS-" + f.digits(8)),
            "engineer-first-name": Y(first, "name"),
            "engineer-proxy-number": G(lambda f: f"+44 330 808 {f.r.randint(1000, 9999)}"),
            "engineer-van-reg": Y(van_reg, "license"),
            "eta-minutes": G(lambda f: f.r.randint(5, 90)),
            "engineer-lat": Y(lambda f: round(f.r.uniform(51.2, 53.9), 6), "geolocation"),
            "engineer-lng": Y(lambda f: round(f.r.uniform(-3.1, 0.1), 6), "geolocation"),
            "sms-sent-to": Y(uk_mobile, "phone"),
            "tracking-link": G(lambda f: "https://track.brightline.co.uk/v/" + alnum(f, 10)),
            "depot": G(lambda f: f.pick(["Leeds Stourton", "Park Royal", "Trafford Park"])),
        },
    ),
    (
        "track",
        "Engineer Shift Summary",
        "go",
        {
            "engineer_id": G(lambda f: "ENG" + f.digits(5)),
            "engineer_email": Y(staff_email, "email"),
            "engineer_mobile": Y(uk_mobile, "phone"),
            "contractor_company": G(
                lambda f: f.pick(
                    ["Kelly Communications", "Telent", "Brightline Direct", "Cobra Instalaciones"]
                )
            ),
            "hourly_rate_gbp": Y(lambda f: f.money(14, 32), "salary"),
            "jobs_completed": G(lambda f: f.r.randint(0, 9)),
            "miles_driven": G(lambda f: f.r.randint(10, 220)),
            "overtime_minutes": G(lambda f: f.r.randint(0, 180)),
            "shift_start": G(lambda f: f.iso()),
            "van_reg": Y(van_reg, "license"),
            "region": G(lambda f: f.pick(["north", "south", "ni"])),
        },
    ),
    # -- router setup ---------------------------------------------------------------------------------
    (
        "screen",
        "Wi-Fi Settings",
        "flutter",
        {
            "name": G(lambda f: "Wi-Fi Settings"),
            "router_model": G(lambda f: f.pick(ROUTERS)),
            "ssid": G(ssid),
            "band": G(lambda f: f.pick(["2.4GHz", "5GHz", "6GHz"])),
            "channel": G(lambda f: f.pick([1, 6, 11, 36, 44, 149])),
            "connected_devices": G(lambda f: f.r.randint(1, 38)),
        },
    ),
    (
        "track",
        "Router Setup Completed",
        "flutter",
        {
            "router_model": G(lambda f: f.pick(ROUTERS)),
            "firmware_version": G(lambda f: f.pick(["SG4B1000B540", "2.1.3.7", "v8.1.2"])),
            "router_serial": Y(router_serial, "serial"),
            "wan_mac": Y(mac, "mac"),
            "bssid": Y(lambda f: f.mac().lower(), "mac"),
            "ssid": G(ssid),
            "wifi_password": RED(wifi_key, "password"),
            "admin_password_changed": G(lambda f: f.pick([True, False])),
            "wpa_mode": G(lambda f: f.pick(["WPA2-PSK", "WPA3-SAE", "WPA2/WPA3"])),
            "guest_network_enabled": G(lambda f: f.pick([True, False])),
            "ipv6_enabled": G(lambda f: f.pick([True, False])),
            "wan_ip": Y(lambda f: f.ipv4(), "ip"),
            "setup_duration_s": G(lambda f: f.r.randint(60, 1800)),
            "mesh_nodes": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Router Admin Login",
        "php",
        {
            "router_id": G(lambda f: f.digits(9)),
            "admin_user": G(lambda f: "admin"),
            "password": RED(lambda f: alnum(f, 10), "password"),
            "login_success": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 5)),
            "remote_addr": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    # -- bills and direct debits --------------------------------------------------------------------
    (
        "track",
        "Bill Viewed",
        "swift",
        {
            "bill_id": G(lambda f: "INV" + f.digits(10)),
            "billing_account_number": G(lambda f: f.digits(10)),
            "period_start": G(lambda f: f.date(2024, 2024)),
            "period_end": G(lambda f: f.date(2024, 2024)),
            "amount_due": G(lambda f: f.money(15, 180)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "is_first_bill": G(lambda f: f.pick([True, False])),
            "format": G(lambda f: f.pick(["pdf", "in_app"])),
        },
    ),
    (
        "track",
        "DirectDebitSetUp",
        "dotnet",
        {
            "MandateReference": G(lambda f: "BRL-" + alnum(f, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
            "MandateId": G(lambda f: "MD000" + alnum(f, 9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
            "GoCardlessCustomerId": G(lambda f: "CU000" + alnum(f, 9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
            "AccountHolderName": Y(full_name, "name"),
            "SortCode": G(sort_code),
            "AccountNumber": RED(lambda f: n(f, 8), "bank account"),
            "BankName": G(
                lambda f: f.pick(["NatWest", "Barclays", "Lloyds", "Monzo", "HSBC UK", "Nationwide"])
            ),
            "PaymentDay": G(lambda f: f.r.randint(1, 28)),
            "IsJointAccount": G(lambda f: f.pick([True, False])),
            "AccountHolderIsCustomer": G(lambda f: f.pick([True, False])),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "PaymentTaken",
        "dotnet",
        {
            "PaymentId": G(lambda f: f.uuid()),
            "InvoiceNumber": G(lambda f: "INV" + f.digits(10)),
            "Amount": G(lambda f: f.money(10, 250)),
            "Currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "PaymentMethodId": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
            "PaymentIntentId": G(lambda f: "pi_3" + alnum(f, 23)),
            "StripeCustomerId": G(lambda f: "cus_" + alnum(f, 14)),
            "CardBrand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "CardLast4": G(lambda f: n(f, 4)),
            "CardExpMonth": G(lambda f: f.r.randint(1, 12)),
            "CardExpYear": G(lambda f: f.r.randint(2025, 2031)),
            "CardBin": G(lambda f: f.pick(["465858", "535522", "492181", "374245"])),
            "ThreeDSecure": G(lambda f: f.pick(["authenticated", "attempted", "not_required"])),
            "Retry": G(lambda f: f.r.randint(0, 3)),
            "BillingPostcode": Y(uk_postcode, "zipcode"),
        },
    ),
    (
        "track",
        "Top Up Card Payment",
        "php",
        {
            "msisdn": Y(mobile, "phone"),
            "topup_amount": G(lambda f: f.pick([5, 10, 15, 20, 30])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder": Y(full_name, "name"),
            "cvv_supplied": G(lambda f: True),
            "auto_topup": G(lambda f: f.pick([True, False])),
            "voucher_code_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Domiciliacion Bancaria Actualizada",
        "php",
        {
            "titular": Y(es_name, "name"),
            "nif": RED(nif, "national id"),
            "iban": RED(iban_es, "bank account"),
            "entidad": G(lambda f: f.pick(["CaixaBank", "BBVA", "Santander", "Sabadell", "ING"])),
            "referencia_mandato": G(lambda f: "SEPA-" + f.digits(10)),
            "importe_mensual": G(lambda f: f.money(25, 95)),
            "fecha_alta": G(lambda f: f.date(2023, 2024)),
            "cliente_id": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "Refund Issued",
        "java",
        {
            "refundId": G(lambda f: "RF" + f.digits(9)),
            "amount": G(lambda f: f.money(5, 200)),
            "reason": G(
                lambda f: f.pick(["overcharge", "service_credit", "cancelled_order", "compensation"])
            ),
            "payeeIban": RED(iban, "bank account"),
            "payeeName": Y(full_name, "name"),
            "approvedBy": Y(staff_email, "email", True),
            "automaticCompensation": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- porting and SIMs ------------------------------------------------------------------------------
    (
        "track",
        "Number Port Requested",
        "web",
        {
            "port_request_id": G(lambda f: "PRT" + f.digits(8)),
            "number_to_port": Y(uk_mobile, "phone"),
            "pac_code": RED(pac, "token|secret"),
            "losing_provider": G(lambda f: f.pick(PROVIDERS)),
            "requested_port_date": G(lambda f: f.date(2024, 2025)),
            "keep_number": G(lambda f: True),
            "porting_type": G(lambda f: f.pick(["PAC", "STAC"])),
        },
    ),
    (
        "track",
        "Switch Code Requested",
        "go",
        {
            "request_id": G(lambda f: f.uuid()),
            "msisdn": Y(uk_mobile, "phone"),
            "stac": RED(stac, "token|secret"),
            "channel": G(lambda f: f.pick(["sms_75075", "web", "call_centre"])),
            "early_termination_fee": G(lambda f: f.money(0, 240)),
            "code_expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Solicitud Portabilidad",
        "rn",
        {
            "numero_portar": Y(es_mobile, "phone"),
            "operador_donante": G(
                lambda f: f.pick(["Movistar", "Orange", "Vodafone", "MásMóvil", "Digi", "Lowi"])
            ),
            "icc_sim_actual": Y(iccid, "serial"),
            "titular": Y(full_name, "name"),
            "nif": RED(nif, "national id"),
            "modalidad": G(lambda f: f.pick(["prepago", "contrato"])),
            "fecha_ventana": G(lambda f: f.date(2024, 2025)),
            "estado": G(lambda f: f.pick(["pendiente", "aceptada", "rechazada"])),
        },
    ),
    (
        "track",
        "Porting Request Submitted",
        "python",
        {
            "ie_msisdn": Y(ie_mobile, "phone"),
            "previous_operator": G(
                lambda f: f.pick(["Vodafone Ireland", "Three Ireland", "eir", "Tesco Mobile"])
            ),
            "previous_account_number": G(lambda f: f.digits(9)),
            "bill_pay": G(lambda f: f.pick([True, False])),
            "requested_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "SIM Activated",
        "kotlin",
        {
            "iccid": Y(iccid, "serial"),
            "imsi": Y(imsi, "identification"),
            "imei": Y(imei, "serial"),
            "msisdn": Y(mobile, "phone"),
            "sim_type": G(lambda f: f.pick(["physical", "esim"])),
            "activation_code": RED(lambda f: n(f, 6), "token"),
            "puk_code": RED(lambda f: n(f, 8), "secret|password"),
            "network_generation": G(lambda f: f.pick(["4G", "5G"])),
            "volte_enabled": G(lambda f: f.pick([True, False])),
            "tariff": G(lambda f: f.pick(PLANS)),
        },
    ),
    (
        "track",
        "eSIM Profile Downloaded",
        "swift",
        {
            "matching_id": RED(esim_code, "token", True),
            "eid": Y(lambda f: "89049032" + n(f, 24), "serial"),
            "profile_state": G(lambda f: f.pick(["installed", "enabled", "failed"])),
            "transfer_from_physical": G(lambda f: f.pick([True, False])),
            "app_account_token": G(lambda f: f.uuid()),
        },
    ),
    # -- faults and support ---------------------------------------------------------------------------
    (
        "track",
        "Fault Reported",
        "web",
        {
            "ticketId": G(lambda f: f.digits(7)),
            "faultCategory": G(
                lambda f: f.pick(["no_service", "slow_speed", "intermittent", "no_dial_tone", "wifi"])
            ),
            "description": Y(fault_with_phone, "phone", True),
            "summary": G(fault_summary),
            "lineTestResult": G(lambda f: f.pick(["pass", "fail_open", "fail_short", "sync_loss"])),
            "serviceId": G(lambda f: "SVC" + f.digits(9)),
            "affectedServices": Many(G(lambda f: f.pick(["broadband", "landline", "tv"])), 2),
            "contactPreference": G(lambda f: f.pick(["sms", "call", "email"])),
            "callbackNumber": Y(phone, "phone"),
            "outageInArea": G(lambda f: f.pick([True, False])),
            "priority": G(lambda f: f.pick(["P1", "P2", "P3"])),
        },
    ),
    (
        "track",
        "Ticket Updated",
        "node",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(fault_summary),
                "status": G(lambda f: f.pick(["new", "open", "pending", "solved"])),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(
                    G(lambda f: f.pick(["fttp", "broadband", "vulnerable", "repeat_fault", "es"])), 3
                ),
                "requester": {
                    "id": G(lambda f: f.r.randint(10**10, 10**11)),
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                },
                "assignee": {
                    "id": G(lambda f: f.r.randint(10**10, 10**11)),
                    "name": Y(full_name, "name"),
                    "email": Y(staff_email, "email"),
                },
                "group": G(lambda f: f.pick(["Tier 2 Broadband", "Mobile Support", "Soporte Fibra"])),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "chat", "voice"]))},
                "satisfaction_rating": G(lambda f: f.pick(["good", "bad", "unoffered"])),
            },
            "updated_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "web",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender": G(lambda f: "customer"),
            "text": Y(chat_with_email, "email", True),
            "message_index": G(lambda f: f.r.randint(1, 40)),
            "bot_handled": G(lambda f: f.pick([True, False])),
            "intent": G(lambda f: f.pick(["update_email", "billing_query", "login_issue"])),
        },
    ),
    (
        "track",
        "Help Article Searched",
        "web",
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "reset router",
                        "pac code",
                        "cambiar titular",
                        "bill higher than usual",
                        "wifi password",
                        "roaming europe",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 30)),
            "clicked_position": G(lambda f: f.r.randint(0, 5)),
            "article_slug": G(
                lambda f: f.pick(["how-to-get-a-pac-code", "reset-your-hub", "como-portar-tu-numero"])
            ),
        },
    ),
    (
        "track",
        "Inbound Call Logged",
        "node",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(phone, "phone", True),
            "To": G(lambda f: f.pick(["+443301234567", "+35312345678", "+34911234567"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: f.r.randint(0, 2400)),
            "FromCity": Y(lambda f: f.pick(UK_CITIES + IE_CITIES).upper(), "city"),
            "FromCountry": G(lambda f: f.pick(["GB", "IE", "ES"])),
            "ivr_path": G(lambda f: f.pick(["1>2", "2>1>3", "3"])),
            "agent_id": G(lambda f: "AG" + f.digits(4)),
            "agent_name": Y(full_name, "name"),
            "verified_via_pin": G(lambda f: f.pick([True, False])),
            "recordingUrl": G(
                lambda f: (
                    "https://api.twilio.com/2010-04-01/Accounts/AC"
                    + f.hexid(32)
                    + "/Recordings/RE"
                    + f.hexid(32)
                )
            ),
        },
    ),
    (
        "track",
        "Callback Arranged",
        "ruby",
        {
            "callback-id": G(lambda f: f.uuid()),
            "customer-phone": Y(phone, "phone"),
            "masked-number": G(lambda f: f"+44 7700 90{f.r.randint(1000, 9999)}"),
            "preferred-time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "reason-code": G(lambda f: f.pick(["FAULT", "BILL", "CANCEL", "MOVE"])),
            "queue": G(lambda f: f.pick(["retentions", "tech-support", "billing"])),
        },
    ),
    (
        "track",
        "Email Delivered",
        "python",
        {
            "email": Y(email, "email"),
            "sg_message_id": G(
                lambda f: alnum(f, 22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8) + "-1.0"
            ),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
            "from": G(
                lambda f: f.pick(
                    ["no-reply@brightline.co.uk", "facturas@brightline.es", "support@brightline.ie"]
                )
            ),
            "category": Many(G(lambda f: f.pick(["bill_ready", "appointment_reminder", "port_complete"])), 2),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UA_WEB)),
        },
    ),
    # -- vulnerable customers ---------------------------------------------------------------------------
    (
        "track",
        "Priority Services Registration",
        "web",
        {
            "registrationId": G(lambda f: "PSR" + f.digits(7)),
            "registered": G(lambda f: True),
            "vulnerableCustomer": G(lambda f: f.pick([True, False])),
            "financialHardship": G(lambda f: f.pick([True, False])),
            "recentBereavement": G(lambda f: f.pick([True, False])),
            "needsCategory": RED(lambda f: f.pick(DISABILITY), "disability"),
            "usesTextRelay": RED(lambda f: f.pick([True, False]), "disability"),
            "accessibleFormat": RED(
                lambda f: f.pick(["braille", "large_print", "audio", "easy_read"]), "disability"
            ),
            "medicalEquipment": Y(lambda f: f.pick(MED_EQUIPMENT), "condition"),
            "mentalHealthSupport": Y(lambda f: f.pick([True, False]), "condition"),
            "priorityFaultRepair": G(lambda f: f.pick([True, False])),
            "nominee": {
                "name": Y(full_name, "name"),
                "relationship": G(
                    lambda f: f.pick(["daughter", "son", "carer", "neighbour", "social_worker"])
                ),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
            },
            "householdMembers": Many(
                {
                    "firstName": Y(first, "name"),
                    "age": G(lambda f: f.r.randint(1, 95)),
                    "hasDisability": RED(lambda f: f.pick([True, False]), "disability"),
                },
                3,
            ),
            "reviewDate": G(lambda f: f.date(2025, 2026)),
        },
    ),
    (
        "track",
        "Consentimiento Datos Especiales",
        "php",
        {
            "cliente_id": G(lambda f: f.digits(9)),
            "persona_dependiente": Y(full_name, "name"),
            "grado_discapacidad": RED(lambda f: f.pick(["33%", "45%", "65%", "75%"]), "disability"),
            "tarjeta_sanitaria": RED(lambda f: alnum(f, 4, "ABCDEFGHJKLMNPRSTVWXYZ") + n(f, 12), "health id"),
            "consentimiento": G(lambda f: True),
            "fecha_consentimiento": G(lambda f: f.iso()),
        },
    ),
    # -- moving home ------------------------------------------------------------------------------------
    (
        "track",
        "Home Move Requested",
        "swift",
        {
            "move_id": G(lambda f: "MV" + f.digits(8)),
            "current_address": {
                "line1": Y(street, "address|street"),
                "town": Y(city, "city"),
                "postcode": Y(postcode, "zipcode"),
            },
            "new_address": {
                "line1": Y(street, "address|street"),
                "town": Y(city, "city"),
                "postcode": Y(postcode, "zipcode"),
                "uprn": Y(lambda f: f.digits(12), "address|identification"),
            },
            "move_date": G(lambda f: f.date(2024, 2025)),
            "keep_landline_number": G(lambda f: f.pick([True, False])),
            "service_available_at_new_address": G(lambda f: f.pick([True, False])),
            "new_tenant_name": Y(full_name, "name"),
            "forwarding_email": Y(email, "email"),
            "reason": G(
                lambda f: f.pick(["relocating", "downsizing", "moving_in_with_partner", "emigrating"])
            ),
        },
    ),
    (
        "track",
        "Address Correction Submitted",
        "swift",
        {
            "case_id": G(lambda f: f.digits(8)),
            "comment": Y(address_review, "address", True),
            "source_screen": G(lambda f: f.pick(["order_summary", "profile"])),
        },
    ),
    # -- accounts and users ---------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "salutation": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Miss", "Mx"]), "gender"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["United Kingdom", "Ireland", "Spain"])),
            },
            "accountNumber": G(lambda f: "BL" + f.digits(9)),
            "plan": G(lambda f: f.pick(PLANS)),
            "contractEndDate": G(lambda f: f.date(2024, 2027)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "loyaltyNumber": G(lambda f: "BLR" + f.digits(8)),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
        },
    ),
    (
        "identify",
        None,
        "rn",
        {
            "nombre": Y(first, "name"),
            "apellidos": Y(last, "name"),
            "correo_electronico": Y(email, "email"),
            "telefono_contacto": Y(es_mobile, "phone"),
            "fecha_nacimiento": Y(dob, "birthdate"),
            "direccion_instalacion": Y(street_es, "address"),
            "codigo_postal": Y(cp_es, "zipcode"),
            "localidad": Y(lambda f: f.pick(ES_CITIES), "city"),
            "provincia": G(
                lambda f: f.pick(["Madrid", "Barcelona", "Valencia", "Sevilla", "Bizkaia", "A Coruña"])
            ),
            "nif": RED(nif, "national id"),
            "tarifa": G(
                lambda f: f.pick(["Fibra 1 Gb", "Fibra 600 Mb + Móvil 50 GB", "Solo Móvil Ilimitada"])
            ),
            "permanencia_meses": G(lambda f: f.pick([0, 12, 24])),
            "idioma": G(lambda f: f.pick(["es", "ca", "eu", "gl"])),
            "acepta_publicidad": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "retl",
        {
            "CUSTOMER_ID": G(lambda f: f.digits(9)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "MOBILE_NUMBER": Y(mobile, "phone"),
            "POSTCODE": Y(postcode, "zipcode"),
            "LIFETIME_VALUE": G(lambda f: f.money(50, 4000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "TENURE_MONTHS": G(lambda f: f.r.randint(0, 180)),
            "OUT_OF_CONTRACT": G(lambda f: f.pick([True, False])),
            "LAST_BILL_AMOUNT": G(lambda f: f.money(15, 150)),
            "PPSN": RED(ppsn, "national id"),
            "NUM_ACTIVE_LINES": G(lambda f: f.r.randint(1, 5)),
            "SEGMENT": G(lambda f: f.pick(["value", "premium", "family", "student"])),
        },
    ),
    (
        "track",
        "Authorised User Added",
        "java",
        {
            "accountNumber": G(lambda f: "BL" + f.digits(9)),
            "authorisedUser": {
                "fullName": Y(full_name, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "parent", "child", "friend"])),
                "dateOfBirth": Y(dob, "birthdate"),
                "contactNumber": Y(phone, "phone"),
                "email": Y(email, "email"),
                "accessLevel": G(lambda f: f.pick(["full", "billing_only", "faults_only"])),
            },
            "securityQuestion": G(
                lambda f: f.pick(["First school?", "Mother's maiden name?", "Favourite place?"])
            ),
            "securityAnswer": RED(
                lambda f: f.pick(
                    ["St Patrick's", "Okafor", "Lisdoonvarna", "Kowalski", "Benidorm", "Hughes"]
                ),
                "password",
            ),
            "telephonePin": RED(lambda f: n(f, 4), "password"),
            "addedBy": G(lambda f: f.pick(["account_holder", "agent"])),
            "authorisedUsersCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Signed In",
        "swift",
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "face_id", "otp_sms"])),
            "username": Y(email, "email", True),
            "remember_me": G(lambda f: f.pick([True, False])),
            "mfa_enrolled": G(lambda f: f.pick([True, False])),
            "failed_attempts_before_success": G(lambda f: f.r.randint(0, 4)),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "One Time Passcode Sent",
        "go",
        {
            "otp": RED(lambda f: n(f, 6), "token"),
            "destination": Y(mobile, "phone", True),
            "channel": G(lambda f: f.pick(["sms", "voice"])),
            "purpose": G(lambda f: f.pick(["login", "sim_swap", "change_of_ownership"])),
            "expires_in_s": G(lambda f: f.pick([300, 600])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "node",
        {
            "email": Y(email, "email"),
            "link": RED(
                lambda f: "https://my.brightline.co.uk/auth/callback?token=" + alnum(f, 43), "token", True
            ),
            "requested_at": G(lambda f: f.iso()),
            "rate_limited": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "API Request Failed",
        "go",
        {
            "endpoint": G(lambda f: f.pick(["/v2/orders", "/v1/porting", "/v1/appointments"])),
            "status_code": G(lambda f: f.pick([401, 403, 500, 502, 504])),
            "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            "trace_id": G(lambda f: f.hexid(32)),
            "latency_ms": G(lambda f: f.r.randint(3, 30000)),
            "upstream": G(lambda f: f.pick(["openreach-gateway", "stripe", "experian", "salesforce"])),
        },
    ),
    # -- business accounts ----------------------------------------------------------------------------
    (
        "group",
        None,
        "java",
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Murphy Plumbing Ltd",
                        "Café Olé S.L.",
                        "Northern Dental Care",
                        "Kavanagh Builders",
                        "Tech Hub Leeds",
                    ]
                )
            ),
            "industry": G(
                lambda f: f.pick(["trades", "hospitality", "healthcare", "construction", "technology"])
            ),
            "employees": G(lambda f: f.r.randint(1, 250)),
            "companyPhone": G(lambda f: f.pick(["+44 113 496 0000", "+353 1 555 0100", "+34 910 000 100"])),
            "billingEmail": G(
                lambda f: f.pick(
                    ["accounts@murphyplumbing.ie", "info@cafeole.es", "reception@northerndental.co.uk"]
                )
            ),
            "registeredOffice": {
                "street": G(
                    lambda f: f.pick(
                        ["Unit 4, Kirkstall Industrial Park", "12 Harcourt Street", "Calle Serrano 41"]
                    )
                ),
                "city": G(lambda f: f.pick(["Leeds", "Dublin", "Madrid"])),
                "postalCode": G(lambda f: f.pick(["LS5 3BT", "D02 H210", "28001"])),
            },
            "vatNumber": G(lambda f: f.pick(["GB123456789", "IE6388047V", "ESB12345678"])),
            "companyNumber": G(lambda f: f.digits(8)),
            "primaryContactName": Y(full_name, "name"),
            "primaryContactEmail": Y(email, "email"),
            "lines": G(lambda f: f.r.randint(1, 40)),
            "plan": G(lambda f: f.pick(["Business Fibre 900", "Business SIM Pool 500GB"])),
        },
    ),
    # -- more of the back office ---------------------------------------------------------------------
    (
        "track",
        "vulnerability-note-added",
        "ruby",
        {
            "note-id": G(lambda f: f.uuid()),
            "account-number": G(lambda f: "BL" + f.digits(9)),
            "note": Y(condition_note, "condition", True),
            "agent-name": Y(full_name, "name"),
            "agent-id": G(lambda f: "AG" + f.digits(4)),
            "review-in-days": G(lambda f: f.pick([90, 180, 365])),
            "consent-recorded": G(lambda f: True),
        },
    ),
    (
        "track",
        "line-test-run",
        "ruby",
        {
            "service-id": G(lambda f: "SVC" + f.digits(9)),
            "cli": Y(landline, "phone"),
            "test-outcome": G(lambda f: f.pick(["PASS", "FAIL_NTE", "FAIL_NETWORK", "INCONCLUSIVE"])),
            "attenuation-db": G(lambda f: f.money(5, 60)),
            "ont-light-level-dbm": G(lambda f: round(f.r.uniform(-28, -14), 1)),
            "requested-by": Y(staff_email, "email", True),
        },
    ),
    (
        "track",
        "PaymentArrangementAgreed",
        "dotnet",
        {
            "ArrangementId": G(lambda f: f.uuid()),
            "CustomerName": Y(full_name, "name"),
            "HomePhone": Y(landline, "phone"),
            "ContactEmail": Y(email, "email"),
            "MonthlyIncome": Y(lambda f: f.r.randint(900, 4200), "salary"),
            "Employer": G(lambda f: f.pick(["NHS Leeds", "Tesco", "HSE", "Self-employed", "Mercadona"])),
            "ArrearsAmount": G(lambda f: f.money(40, 900)),
            "InstalmentAmount": G(lambda f: f.money(10, 80)),
            "Instalments": G(lambda f: f.r.randint(2, 12)),
            "DebtAdvisorName": Y(full_name, "name"),
            "DebtAdvisorPhone": Y(landline, "phone"),
            "BreathingSpace": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Cita Instalacion Confirmada",
        "php",
        {
            "pedido_id": G(lambda f: f.digits(10)),
            "titular": Y(full_name, "name"),
            "direccion_instalacion": Y(street_es, "address"),
            "codigo_postal": Y(cp_es, "zipcode"),
            "localidad": Y(lambda f: f.pick(ES_CITIES), "city"),
            "provincia": G(
                lambda f: f.pick(["Madrid", "Barcelona", "Valencia", "Sevilla", "Bizkaia", "Málaga"])
            ),
            "telefono_contacto": Y(es_mobile, "phone"),
            "email_contacto": Y(email, "email"),
            "fecha_cita": G(lambda f: f.date(2024, 2025)),
            "franja_horaria": G(lambda f: f.pick(["09:00-13:00", "13:00-17:00", "17:00-21:00"])),
            "nombre_tecnico": Y(full_name, "name"),
            "coordenadas": Y(
                lambda f: f"{round(f.r.uniform(36.5, 43.4), 6)},{round(f.r.uniform(-8.6, 3.2), 6)}",
                "geolocation",
            ),
            "observaciones": Y(install_remark, "phone", True),
            "tipo_vivienda": G(lambda f: f.pick(["piso", "casa", "local"])),
        },
    ),
    (
        "track",
        "Device Insurance Purchased",
        "kotlin",
        {
            "policy_number": Y(lambda f: "BLI-" + f.digits(9), "identification"),
            "insurer": G(lambda f: f.pick(["Assurant", "SquareTrade", "Chubb"])),
            "device_imei": Y(imei, "serial"),
            "device_model": G(lambda f: f.pick(["iPhone 15", "Galaxy S24", "Pixel 8"])),
            "monthly_premium": G(lambda f: f.money(6, 15)),
            "excess": G(lambda f: f.pick([25, 50, 75, 125])),
            "cover": G(lambda f: f.pick(["damage", "damage_theft", "damage_theft_loss"])),
        },
    ),
    (
        "track",
        "Router Dispatched",
        "java",
        {
            "shipmentId": G(lambda f: f.uuid()),
            "courier": G(lambda f: f.pick(["DPD", "Royal Mail", "An Post", "SEUR", "Correos Express"])),
            "trackingNumber": G(lambda f: f.pick(["15501", "JD0", "CX"]) + f.digits(12)),
            "recipient": {
                "name": Y(full_name, "name"),
                "phone": Y(mobile, "phone"),
                "email": Y(email, "email"),
            },
            "shippingAddress": {
                "line1": Y(street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Flat 2", "Apt 14", "2º B", "Unit 7", "Top floor"]), "address|street"
                ),
                "city": Y(city, "city"),
                "postcode": Y(postcode, "zipcode"),
                "countryCode": G(lambda f: f.pick(["GB", "IE", "ES"])),
            },
            "safePlace": G(lambda f: f.pick(["porch", "neighbour", "none", "garage"])),
            "items": Many(
                {
                    "sku": G(lambda f: f.pick(["HUB4-RTR", "MESH-DISC", "SIM-TRIO"])),
                    "serial": Y(router_serial, "serial"),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Account Holder Changed",
        "java",
        {
            "accountNumber": G(lambda f: "BL" + f.digits(9)),
            "previousHolderName": Y(full_name, "name"),
            "newHolderName": Y(full_name, "name"),
            "newHolderDateOfBirth": Y(dob, "birthdate"),
            "newHolderEmail": Y(email, "email"),
            "newHolderMobile": Y(mobile, "phone"),
            "reason": G(lambda f: f.pick(["bereavement", "separation", "moving_out", "business_transfer"])),
            "documentsProvided": Many(
                G(lambda f: f.pick(["death_certificate", "grant_of_probate", "photo_id", "none"])), 2
            ),
            "creditCheckRequired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Engineer Rated",
        "swift",
        {
            "visit_id": G(lambda f: "VIS-" + f.digits(8)),
            "engineer_name": Y(first, "name"),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "feedback_text": G(
                lambda f: f.pick(
                    [
                        "Very tidy, explained everything",
                        "Arrived late",
                        "Great job, thanks!",
                        "Took ages to find the cabinet",
                    ]
                )
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "web",
        {
            "emergencyContact": {
                "fullName": Y(full_name, "name"),
                "mobile": Y(mobile, "phone"),
                "email": Y(email, "email"),
                "relationship": G(lambda f: f.pick(["son", "daughter", "neighbour", "carer", "friend"])),
            },
            "contactsOnFile": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Bill Recipient Added",
        "swift",
        {
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "recipient_address": Y(one_line_address, "address"),
            "paper_bill": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Customer Profile Updated",
        "node",
        {
            "previousEmail": Y(email, "email"),
            "newEmail": Y(email, "email"),
            "previousMobile": Y(mobile, "phone"),
            "newMobile": Y(mobile, "phone"),
            "fieldsChanged": Many(G(lambda f: f.pick(["email", "mobile", "address", "password"])), 3),
            "updatedBy": G(lambda f: f.pick(["customer", "agent", "system"])),
        },
    ),
    (
        "track",
        "Prepay SIM Registered",
        "kotlin",
        {
            "first_name": Y(first, "name"),
            "surname": Y(last, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "address_line_1": Y(street_ie, "address|street"),
            "eircode": Y(eircode, "zipcode"),
            "alternative_number": Y(phone, "phone"),
            "email_address": Y(email, "email"),
            "sim_number": Y(iccid, "serial"),
            "marketing_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Speed Complaint Escalated",
        "python",
        {
            "ombudsman_reference": G(lambda f: "OS-" + f.digits(7)),
            "customer_full_name": Y(full_name, "name"),
            "customer_address": Y(one_line_address, "address"),
            "customer_ip_at_test": Y(ip_any, "ip"),
            "guaranteed_speed_mbps": G(lambda f: f.pick([50, 120, 450, 800])),
        },
    ),
    (
        "track",
        "Guest Wi-Fi Shared",
        "flutter",
        {
            "shared_with": Y(mobile, "phone", True),
            "guest_ssid": G(ssid),
            "guest_password": RED(wifi_key, "password"),
            "expires_hours": G(lambda f: f.pick([4, 24, 72])),
        },
    ),
    # -- marketing ------------------------------------------------------------------------------------
    (
        "track",
        "Lead Captured",
        "node",
        {
            "lead_id": G(lambda f: f.uuid()),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "uswitch"])),
            "utm_campaign": G(lambda f: f.pick(["full_fibre_spring", "sim_only_5g"])),
            "landing_page": G(lambda f: f.pick(["/broadband", "/sim-only", "/es/fibra"])),
            "postcode_area": G(lambda f: f.pick(["LS", "M", "SW", "D", "BT"])),
            "callback_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conversion Sent",
        "python",
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(sha256ish, "email"),
                "ph": Y(sha256ish, "phone"),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(ip_any, "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(20, 90)),
                "currency": G(lambda f: f.pick(["GBP", "EUR"])),
                "content_name": G(lambda f: f.pick(PLANS)),
            },
        },
    ),
    (
        "track",
        "Refer A Friend Sent",
        "kotlin",
        {
            "referral_code": G(lambda f: "BRIGHT-" + alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "friend_name": Y(first, "name"),
            "friend_email": Y(email, "email"),
            "channel": G(lambda f: f.pick(["whatsapp", "email", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([50, 75, 100])),
            "referrals_this_year": G(lambda f: f.r.randint(0, 10)),
        },
    ),
    (
        "page",
        None,
        "web",
        {
            "name": G(lambda f: f.pick(["Broadband Deals", "SIM Only", "Fibra y Móvil", "Moving Home"])),
            "category": G(lambda f: f.pick(["shop", "help", "account"])),
            "path": G(lambda f: f.pick(["/broadband", "/sim-only", "/es/fibra-y-movil", "/moving-home"])),
            "url": G(
                lambda f: f.pick(
                    ["https://www.brightline.co.uk/broadband", "https://www.brightline.es/es/fibra-y-movil"]
                )
            ),
            "title": G(lambda f: f.pick(["Broadband deals | Brightline", "Fibra y Móvil | Brightline"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.co.uk/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=uswitch"])),
        },
    ),
    (
        "track",
        "Contact Added To Family Plan",
        "rn",
        {
            "family_plan_id": G(lambda f: "FAM" + f.digits(6)),
            "member": {
                "nombre": Y(full_name, "name"),
                "telefono": Y(es_mobile, "phone"),
                "parentesco": G(lambda f: f.pick(["hijo", "hija", "pareja", "madre", "padre"])),
                "edad": G(lambda f: f.r.randint(8, 80)),
            },
            "control_parental": G(lambda f: f.pick([True, False])),
            "lineas_totales": G(lambda f: f.r.randint(2, 5)),
        },
    ),
    (
        "track",
        "Cancellation Requested",
        "ruby",
        {
            "account-number": G(lambda f: "BL" + f.digits(9)),
            "reason": G(
                lambda f: f.pick(["price", "moving_abroad", "poor_service", "bereavement", "switching"])
            ),
            "account-holder-deceased": G(lambda f: f.pick([True, False])),
            "executor-name": Y(full_name, "name"),
            "executor-email": Y(email, "email"),
            "final-bill-address": Y(one_line_address, "address"),
            "early-exit-fee": G(lambda f: f.money(0, 300)),
            "retention-offer-shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form": G(lambda f: "contact_details"),
            "field": G(lambda f: "mobile"),
            "value": Y(mobile, "phone", True),
            "valid": G(lambda f: f.pick([True, False])),
            "duration_ms": G(lambda f: f.r.randint(300, 20000)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["", "BL"]) + f.digits(9),
            }
            if event and kind == "track":
                msg["event"] = event
            elif event:
                msg["name"] = event
            if kind == "group":
                msg["groupId"] = "biz_" + f.digits(6)
            section = "traits" if kind in ("identify", "group") else "properties"
            msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
        # an alias now and then: the anonymous visitor becomes the account holder
        alias = {
            "type": "alias",
            "messageId": f.uuid(),
            "timestamp": f.iso(),
            "previousId": f.uuid(),
            "userId": f.digits(9),
        }
        alias["context"] = render(CONTEXTS[f.pick(["web", "swift"])](f), f, "context", labels)
        events.append(alias)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=99, repeats=34)
    write(Path(__file__).parent, "holdout99_", events, labels)
