"""Writes holdout 72: tests/corpus/holdout72_events.jsonl and holdout72_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (format only) and the shared
REFERENCE.md / DESIGN.md, without reading the detection engine, its vocabularies, its tests or any
other corpus's labels, and without running the engine on these events.

Domain: pharmacy chains and e-prescriptions in Poland and Czechia. Online pharmacy orders and
click-and-collect, Polish e-recepta (44-digit prescription key, 4-digit access code, PESEL) and
Czech eRecept (12-character identifier), dispensing at the POS, pharmacist chat consultations,
the loyalty programme, vaccination bookings at the pharmacy, OTC browsing (including intimate
health, pregnancy tests, emergency contraception, HIV self-tests), delivery to parcel lockers
(InPost, Packeta Z-BOX); patients, carers collecting for someone else, dependants, pharmacists,
cashiers, couriers, vets and pets.

Clients: analytics.js (page, userAgentData, campaign, OneTrust consent), analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter, and the python, node, go, java,
ruby, php and C# server libraries; identify / track / page / screen / group / alias calls;
Segment e-commerce spec events; vendor-shaped payloads (Meta Conversions API user_data, a
Twilio status callback, a SendGrid event, a Packeta webhook, a warehouse reverse-ETL sync).
Key conventions: mostly camelCase and snake_case English (one C# service serialises camelCase);
PascalCase (another .NET backend, Twilio), kebab-case (a locker webhook, Packeta),
SCREAMING_SNAKE (warehouse sync), and Polish and Czech keys with and without diacritics
(imię, nazwisko, pesel, ulica, jméno, příjmení, rodné_číslo, psč, jmeno, prijmeni ...).

Values: Polish, Czech, Ukrainian, Vietnamese and other names; national phone formats (+48, +420,
+380, +84); Polish and Czech addresses and postcodes; PESEL and rodné číslo with valid check digits
(matching the person's birth date and sex), Polish ID card numbers with their check digit, NIP,
REGON and IČO with valid checksums, PL/CZ IBANs with mod-97 check digits, Czech domestic account
numbers passing the mod-11 test, Luhn card numbers, EAN-13 product codes with check digits.

Labelling (the Privacy Portal's default colours, as the brief sets them):
- PII = personal data about a natural person: the user, a patient, a carer, a dependant, a
  pharmacist, cashier, courier or vet. Reference matcher names and colours where one fits; outside
  the reference: national id, bank account, credit card, token/secret, password, health id red;
  geolocation, advertising id yellow.
- Green: ids we issue (user, order, reservation, dispense, consultation ids, UUIDs), SKUs / EANs /
  SUKL codes, loyalty card and customer numbers, versions, timestamps, amounts, enums, counters and
  booleans under PII-sounding keys (peselVerified, emailConsent, phone_verified, dependants_count),
  ages and age bands, product, brand, pharmacy, company and insurer names, a pharmacy's own
  address / phone / e-mail / NIP / REGON / coordinates, country, locale, language, timezone,
  currency, user agents, OS-issued device ids, pets' names and data (including a pet's medication).
- Contested cases per the product's published policy: insurance policy numbers yellow
  `identification`; prescription numbers yellow `medication` (the Polish 44-digit prescription
  key, the 22-digit prescription number, the Czech eRecept identifier); pay rates yellow
  `salary`; vehicle plates yellow `license`; gclid / fbclid / msclkid / fbp / fbc yellow
  `advertising id`; billing and shipping addresses yellow `address` (sub-fields: street, city,
  zipcode; the country is green); payment tokens, one-time and pickup codes red `token|secret`.
- Rules this corpus adds where the brief leaves room (what a careful privacy owner would flag):
  * The Polish e-recepta 4-digit access code (kod dostępu) opens the prescription together with
    the PESEL: an access code the patient holds, red `token|secret`, not a prescription number.
  * A parcel locker's or pickup point's id, address and coordinates are places that are not the
    person's: green. The text a user types to find a locker near home is their address: yellow.
  * What a product *is* (name, category, active substance, even "Zdrowie intymne" or
    "Antykoncepcja awaryjna") is green, in browsing, search queries and baskets. What a person
    *takes or has* is health data: medication lines on a prescription or dispense, reminders,
    symptoms, vaccines received, chat and consultation texts, eligibility answers (pregnant,
    immunocompromised, egg allergy) are yellow (`medication`, `condition`, `allergy`,
    `procedure`).
  * A pharmacist's or doctor's professional licence number (PWZ / NPWZ) identifies a natural
    person: yellow `license|identification`.
  * The Polish additional-entitlement code on a prescription (IB, IW, ZK, C, S, DZ ...) reveals
    war-invalid / veteran status and pregnancy: red `veteran|disability|condition`.
  * Hashes of personal data (Meta CAPI em / ph / fn) are labelled as what they hash (yellow email,
    phone, name); hashes of non-PII (signatures, checksums, hashed user ids) are green.
  * A company's tax number (NIP on a company invoice), REGON and IČO are green.
  * A birth year is a part of the birth date: yellow `birthdate`; an age or age band is green.
  * An EU vaccination certificate identifier (UVCI) is yellow `certificate`.
- value_only is true when the key does not say what the value is (value, label, note, q, input,
  text, summary, search_text, Twilio's To and Body, an externalIds id); each value_only PII path
  holds that PII in every one of its values. Free text is labelled by what every one of its values carries and
  is green when none of its values carries PII.
"""

import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

PL_FIRST_F = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Zofia", "Joanna", "Magdalena", "Barbara"]
PL_FIRST_F += ["Halina", "Ewa", "Wiktoria", "Oliwia", "Grażyna", "Jadwiga"]
PL_FIRST_M = ["Piotr", "Krzysztof", "Tomasz", "Łukasz", "Wojciech", "Grzegorz", "Michał", "Jakub"]
PL_FIRST_M += ["Marek", "Stanisław", "Kacper", "Antoni", "Zbigniew", "Jerzy"]
PL_LAST = [
    ("Kowalski", "Kowalska"),
    ("Wiśniewski", "Wiśniewska"),
    ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"),
    ("Szymański", "Szymańska"),
    ("Dąbrowski", "Dąbrowska"),
    ("Nowak", "Nowak"),
    ("Wójcik", "Wójcik"),
    ("Kamiński", "Kamińska"),
    ("Kaczmarek", "Kaczmarek"),
    ("Mazur", "Mazur"),
    ("Krawczyk", "Krawczyk"),
    ("Grabowski", "Grabowska"),
    ("Pawłowski", "Pawłowska"),
    ("Jabłoński", "Jabłońska"),
    ("Wróbel", "Wróbel"),
    ("Ostrowski", "Ostrowska"),
    ("Bąk", "Bąk"),
]
CZ_FIRST_F = ["Jana", "Petra", "Lucie", "Tereza", "Eva", "Hana", "Lenka", "Veronika", "Kateřina", "Markéta"]
CZ_FIRST_M = ["Jiří", "Jan", "Petr", "Tomáš", "Ondřej", "Martin", "Zdeněk", "Vojtěch", "Lukáš", "David"]
CZ_LAST = [
    ("Novák", "Nováková"),
    ("Svoboda", "Svobodová"),
    ("Novotný", "Novotná"),
    ("Dvořák", "Dvořáková"),
    ("Černý", "Černá"),
    ("Procházka", "Procházková"),
    ("Kučera", "Kučerová"),
    ("Veselý", "Veselá"),
    ("Horák", "Horáková"),
    ("Němec", "Němcová"),
    ("Pokorný", "Pokorná"),
    ("Pospíšil", "Pospíšilová"),
    ("Hájek", "Hájková"),
    ("Růžička", "Růžičková"),
]
UA_FIRST_F = ["Olena", "Kateryna", "Iryna", "Oksana", "Yuliia", "Nataliia"]
UA_FIRST_M = ["Oleksandr", "Dmytro", "Andrii", "Serhii", "Mykola", "Bohdan"]
UA_LAST = ["Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravchuk", "Oliinyk"]
VN_PEOPLE = [
    ("Thành", "Nguyễn Văn", "m"),
    ("Lan", "Trần Thị", "f"),
    ("Đức", "Phạm Minh", "m"),
    ("Hà", "Lê Thu", "f"),
    ("Hùng", "Vũ Quốc", "m"),
    ("Mai", "Hoàng Thị", "f"),
]
OTHER_PEOPLE = [
    ("Mehmet", "Y\u0131lmaz", "m"),
    ("Aisha", "Bello", "f"),
    ("Giulia", "Romano", "f"),
    ("Ahmed", "Haddad", "m"),
    ("Priya", "Nair", "f"),
    ("Lukas", "Hofmann", "m"),
    ("María", "Fernández", "f"),
    ("Kenji", "Watanabe", "m"),
    ("Siarhei", "Kazlou", "m"),
    ("Fatima Zahra", "Benali", "f"),
    ("Chidi", "Okeke", "m"),
    ("Ingrid", "Johansson", "f"),
]

PL_STREETS = ["Marszałkowska", "Piotrkowska", "Długa", "Kościuszki", "Mickiewicza", "Słowackiego"]
PL_STREETS += ["Jana Pawła II", "Legionów", "Grunwaldzka", "Polna", "Lipowa", "Ogrodowa", "Wrocławska"]
CZ_STREETS = ["Vinohradská", "Husova", "Masarykova", "Palackého", "Komenského", "Nádražní", "Školní"]
CZ_STREETS += ["Sokolovská", "Lidická", "Žižkova", "Jugoslávských partyzánů", "Na Pankráci"]
PL_CITIES = [
    ("Warszawa", "0"),
    ("Kraków", "3"),
    ("Łódź", "9"),
    ("Wrocław", "5"),
    ("Poznań", "6"),
    ("Gdańsk", "8"),
    ("Lublin", "2"),
    ("Katowice", "4"),
    ("Białystok", "15"),
    ("Rzeszów", "35"),
    ("Pruszków", "05"),
    ("Nowy Sącz", "33"),
]
CZ_CITIES = [
    ("Praha", "1"),
    ("Brno", "6"),
    ("Ostrava", "7"),
    ("Plzeň", "30"),
    ("Liberec", "460"),
    ("Olomouc", "779"),
    ("České Budějovice", "370"),
    ("Hradec Králové", "500"),
    ("Zlín", "760"),
    ("Kladno", "272"),
]
MAIL_PL = ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "outlook.com"]
MAIL_CZ = ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz", "icloud.com"]


def plain(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("\u0131", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Person:
    first: str
    last: str
    sex: str
    origin: str
    home: str
    birth: date
    street: str
    city: str
    zip: str
    mail_n: int
    mail_style: int


def _first_last(f: Fake, origin: str, sex: str) -> tuple[str, str, str]:
    r = f.r
    if origin == "PL":
        last = r.choice(PL_LAST)
        return r.choice(PL_FIRST_F if sex == "f" else PL_FIRST_M), last[1 if sex == "f" else 0], sex
    if origin == "CZ":
        last = r.choice(CZ_LAST)
        return r.choice(CZ_FIRST_F if sex == "f" else CZ_FIRST_M), last[1 if sex == "f" else 0], sex
    if origin == "UA":
        return r.choice(UA_FIRST_F if sex == "f" else UA_FIRST_M), r.choice(UA_LAST), sex
    if origin == "VN":
        return r.choice(VN_PEOPLE)
    return r.choice(OTHER_PEOPLE)


def address(f: Fake, home: str) -> tuple[str, str, str]:
    r = f.r
    if home == "PL":
        city, pre = r.choice(PL_CITIES)
        rest = "".join(str(r.randint(0, 9)) for _ in range(5 - len(pre)))
        code = (pre + rest)[:2] + "-" + (pre + rest)[2:]
        n = r.randint(1, 180)
        street = r.choice(
            [
                f"ul. {r.choice(PL_STREETS)} {n}",
                f"ul. {r.choice(PL_STREETS)} {n}/{r.randint(1, 90)}",
                f"{r.choice(PL_STREETS)} {n} m. {r.randint(1, 60)}",
                f"al. {r.choice(['Jerozolimskie', 'Niepodległości', 'Solidarności'])} {n}",
                f"os. {r.choice(['Tysiąclecia', 'Kalinowe', 'Przyjaźni'])} "
                f"{r.randint(1, 40)}/{r.randint(1, 80)}",
            ]
        )
        return street, city, code
    city, pre = r.choice(CZ_CITIES)
    rest = "".join(str(r.randint(0, 9)) for _ in range(5 - len(pre)))
    code = (pre + rest)[:3] + " " + (pre + rest)[3:]
    street = r.choice(
        [
            f"{r.choice(CZ_STREETS)} {r.randint(100, 3200)}/{r.randint(1, 90)}",
            f"{r.choice(CZ_STREETS)} {r.randint(1, 120)}",
            f"nám. {r.choice(['Míru', 'Republiky', 'Svobody'])} {r.randint(1, 900)}/{r.randint(1, 40)}",
        ]
    )
    return street, city, code


def new_person(f: Fake, home: str, born=(1938, 2005)) -> Person:
    r = f.r
    roll = r.random()
    origin = home if roll < 0.78 else ("UA" if roll < 0.9 else ("VN" if roll < 0.95 else "XX"))
    first, last, sex = _first_last(f, origin, r.choice("fm"))
    birth = date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
    street, city, code = address(f, home)
    return Person(
        first, last, sex, origin, home, birth, street, city, code, r.randint(1, 99), r.randint(0, 4)
    )


class PFake(Fake):
    """Fake with the people of the current message: the user / patient p, another adult q, a child."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.home = "PL"
        self.p = self.q = self.kid = None
        self.ph = self.ph_item = self.prod = self.page = self.dest = None
        self.search = ""
        self.travellers = 0

    def start(self, home: str) -> None:
        self.home = home if home in ("PL", "CZ") else self.pick(["PL", "PL", "CZ"])
        self.p = new_person(self, self.home)
        self.q = new_person(self, self.home, (1950, 2004))
        self.kid = new_person(self, self.home, (2008, 2023))
        self.kid.last = self.p.last
        self.ph = any_pharmacy(self)
        self.ph_item = self.ph
        self.prod = self.pick(OTC)
        self.page = self.pick(PAGES[self.home])
        self.search = self.pick(
            ["", "", "?utm_source=newsletter&utm_medium=email", "?ref=home", "?page=2&sort=price"]
        )
        self.dest = self.pick(DESTINATIONS)
        self.travellers = 0


def full(p: Person) -> str:
    return f"{p.first} {p.last}"


def email_of(f: PFake, p: Person) -> str:
    first, last = plain(p.first).lower().replace(" ", ""), plain(p.last).lower().replace(" ", "")
    local = [
        f"{first}.{last}",
        f"{first}{last}{p.mail_n}",
        f"{first[0]}.{last}",
        f"{last}.{first}{p.birth.year % 100:02d}",
        f"{first}_{last[:5]}",
    ][p.mail_style]
    domains = MAIL_PL if p.home == "PL" else MAIL_CZ
    return f"{local}@{domains[(p.mail_n + p.mail_style) % len(domains)]}"


def phone_of(f: PFake, p: Person, style: int | None = None) -> str:
    r = f.r
    if p.origin == "UA" and r.random() < 0.4:
        op = r.choice(["67", "50", "63", "97"])
        return f"+380 {op} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
    if p.origin == "VN" and r.random() < 0.3:
        return f"+84 {r.choice(['912', '903', '988'])} {r.randint(100, 999)} {r.randint(100, 999)}"
    a = r.randint(100, 999)
    b = r.randint(100, 999)
    style = r.randint(0, 4) if style is None else style
    if p.home == "PL":
        pre = r.choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + str(
            r.randint(0, 9)
        )
        return [
            f"+48 {pre} {a} {b}",
            f"{pre}{a}{b}",
            f"{pre}-{a}-{b}",
            f"+48{pre}{a}{b}",
            f"0048 {pre} {a} {b}",
        ][style]
    pre = r.choice(["60", "72", "73", "77", "79", "70"]) + str(r.randint(0, 9))
    return [
        f"+420 {pre} {a} {b}",
        f"{pre} {a} {b}",
        f"+420{pre}{a}{b}",
        f"00420 {pre}{a}{b}",
        f"+420 {pre}{a}{b}",
    ][style]


# -- identifiers with check digits ---------------------------------------------------------------------


def pesel(f: PFake, p: Person) -> str:
    y, m, d = p.birth.year, p.birth.month, p.birth.day
    m += 20 if y >= 2000 else 0
    serial = f"{f.r.randint(0, 999):03d}"
    sexd = f.r.choice("02468" if p.sex == "f" else "13579")
    body = f"{y % 100:02d}{m:02d}{d:02d}{serial}{sexd}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * k for c, k in zip(body, w, strict=True)) % 10) % 10)


def rodne_cislo(f: PFake, p: Person, slash: bool | None = None) -> str:
    y, m, d = p.birth.year, p.birth.month, p.birth.day
    m += 50 if p.sex == "f" else 0
    head = f"{y % 100:02d}{m:02d}{d:02d}"
    slash = f.r.random() < 0.7 if slash is None else slash
    sep = "/" if slash else ""
    if y < 1954:
        return f"{head}{sep}{f.r.randint(0, 999):03d}"
    while True:
        tail = f"{f.r.randint(0, 999):03d}"
        check = int(head + tail) % 11
        if check != 10:
            return f"{head}{sep}{tail}{check}"


def pl_id_card(f: PFake) -> str:
    letters = "".join(f.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    digits = [f.r.randint(0, 9) for _ in range(5)]
    vals = [ord(c) - 55 for c in letters]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * k for v, k in zip(vals + digits, w, strict=True)) % 10
    return letters + str(check) + "".join(map(str, digits))


def cz_op(f: PFake) -> str:
    return f"{f.r.randint(100000000, 999999999)}"


def nip(f: PFake) -> str:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        body = f"{f.r.randint(1, 9)}{f.r.randint(0, 99999999):08d}"
        check = sum(int(c) * k for c, k in zip(body, w, strict=True)) % 11
        if check != 10:
            raw = body + str(check)
            return f.pick([raw, f"{raw[:3]}-{raw[3:6]}-{raw[6:8]}-{raw[8:]}", "PL" + raw])


def regon(f: PFake) -> str:
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    body = f"{f.r.randint(1, 9)}{f.r.randint(0, 9999999):07d}"
    return body + str(sum(int(c) * k for c, k in zip(body, w, strict=True)) % 11 % 10)


def ico(f: PFake) -> str:
    while True:
        body = f"{f.r.randint(0, 9999999):07d}"
        s = sum(int(c) * (8 - i) for i, c in enumerate(body))
        check = (11 - s % 11) % 10
        if (11 - s % 11) != 10:
            return body + str(check)


def _iban(f: PFake, country: str, bban: str, spaced: bool | None = None) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    spaced = f.r.random() < 0.5 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def pl_bank_sort(f: PFake) -> str:
    first7 = f.pick(["102", "114", "109", "124", "105", "116", "249"]) + f"{f.r.randint(0, 9999):04d}"
    w = [3, 9, 7, 1, 3, 9, 7]
    return first7 + str((10 - sum(int(c) * k for c, k in zip(first7, w, strict=True)) % 10) % 10)


def pl_iban(f: PFake) -> str:
    return _iban(f, "PL", pl_bank_sort(f) + f.digits(16))


def pl_nrb(f: PFake) -> str:
    raw = pl_iban(f).replace(" ", "")[2:]
    return f.pick([raw, " ".join([raw[:2]] + [raw[i : i + 4] for i in range(2, 26, 4)])])


def cz_account(f: PFake) -> tuple[str, str]:
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    while True:
        body = [0, 0] + [f.r.randint(0, 9) for _ in range(7)]
        body[2] = f.r.randint(1, 9)
        d = (-sum(v * k for v, k in zip(body, w, strict=False))) % 11
        if d < 10:
            return "".join(map(str, [*body, d])), f.pick(
                ["0100", "0300", "0800", "2010", "3030", "0600", "5500"]
            )


def cz_domestic(f: PFake) -> str:
    number, bank = cz_account(f)
    return f"{number.lstrip('0')}/{bank}"


def cz_iban(f: PFake) -> str:
    number, bank = cz_account(f)
    return _iban(f, "CZ", bank + "000000" + number)


def ean13(f: PFake, prefix: str | None = None) -> str:
    body = (prefix or f.pick(["590", "859", "590", "400", "500"])) + f.digits(9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def rx_key(f: PFake) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(44))


def rx_number(f: PFake) -> str:
    return "0" + f.pick(["2", "3", "1"]) + f.digits(20)


def erecept_id(f: PFake) -> str:
    return "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))


def pwz(f: PFake) -> str:
    return f.pick([f"{f.r.randint(10000000, 99999999)}", f"{f.r.randint(1000000, 9999999)}"])


def code_digits(f: PFake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def when(f: PFake) -> str:
    return f.iso()


# -- the business's own things (green) -----------------------------------------------------------------

PHARMACIES = [
    ("APT-WAW-0142", "Apteka Zdrowie+ Mokotów", "ul. Puławska 145", "Warszawa", "02-715", "+48 22 646 12 40"),
    ("APT-WAW-0207", "Apteka Zdrowie+ Wola", "ul. Górczewska 124", "Warszawa", "01-460", "+48 22 877 30 15"),
    (
        "APT-KRK-0031",
        "Apteka Zdrowie+ Kazimierz",
        "ul. Starowiślna 55",
        "Kraków",
        "31-038",
        "+48 12 421 88 02",
    ),
    ("APT-WRO-0058", "Apteka Zdrowie+ Rynek", "Rynek 27", "Wrocław", "50-102", "+48 71 344 52 90"),
    ("APT-POZ-0011", "Apteka Zdrowie+ Jeżyce", "ul. Dąbrowskiego 88", "Poznań", "60-529", "+48 61 847 11 09"),
    (
        "APT-GDA-0019",
        "Apteka Zdrowie+ Wrzeszcz",
        "al. Grunwaldzka 102",
        "Gdańsk",
        "80-244",
        "+48 58 341 07 77",
    ),
    ("APT-LOD-0024", "Apteka Zdrowie+ Manufaktura", "ul. Karskiego 5", "Łódź", "91-071", "+48 42 633 90 21"),
    ("LEK-PHA-0007", "Lékárna Vitalis Anděl", "Nádražní 344/23", "Praha", "150 00", "+420 257 312 440"),
    (
        "LEK-PHA-0015",
        "Lékárna Vitalis Vinohrady",
        "Vinohradská 1511/230",
        "Praha",
        "100 00",
        "+420 267 310 118",
    ),
    (
        "LEK-BRN-0003",
        "Lékárna Vitalis Královo Pole",
        "Palackého 1946/1",
        "Brno",
        "612 00",
        "+420 541 212 903",
    ),
    (
        "LEK-OST-0009",
        "Lékárna Vitalis Poruba",
        "Hlavní třída 583/105",
        "Ostrava",
        "708 00",
        "+420 596 911 204",
    ),
    (
        "LEK-PLZ-0004",
        "Lékárna Vitalis Bory",
        "Klatovská třída 1428/86",
        "Plzeň",
        "301 00",
        "+420 377 224 015",
    ),
]
PHARMACY_COORDS = {
    "Warszawa": (52.2297, 21.0122),
    "Kraków": (50.0614, 19.9372),
    "Wrocław": (51.1100, 17.0320),
    "Poznań": (52.4064, 16.9252),
    "Gdańsk": (54.3720, 18.6190),
    "Łódź": (51.7592, 19.4560),
    "Praha": (50.0755, 14.4378),
    "Brno": (49.1951, 16.6068),
    "Ostrava": (49.8209, 18.2625),
    "Plzeň": (49.7384, 13.3736),
}


def any_pharmacy(f: PFake):
    return f.pick([p for p in PHARMACIES if p[0].startswith("APT" if f.home == "PL" else "LEK")])


def pharmacy(f: PFake):
    """The pharmacy of the current message (the same one for all its leaves)."""
    return f.ph


def result_pharmacy_id(f: PFake) -> str:
    f.ph_item = any_pharmacy(f)
    return f.ph_item[0]


def pharmacy_coord(f: PFake, i: int) -> float:
    base = PHARMACY_COORDS[pharmacy(f)[3]][i]
    return round(base + f.r.uniform(-0.05, 0.05), 6)


def near_home(f: PFake, i: int) -> float:
    base = PHARMACY_COORDS[f.pick(list(PHARMACY_COORDS))][i]
    return round(base + f.r.uniform(-0.12, 0.12), 6)


def locker_id(f: PFake) -> str:
    if f.home == "PL":
        return (
            f.pick(["WAW", "KRA", "POZ", "GDA", "WRO", "LOD", "LUB"])
            + f"{f.r.randint(1, 480):02d}"
            + f.pick("MANE")
        )
    return f"Z-BOX {f.r.randint(10000, 29999)}"


def locker_street(f: PFake) -> str:
    if f.home == "PL":
        return f.pick(
            [
                "ul. Grójecka 1",
                "al. KEN 36",
                "ul. Wielicka 259",
                "Stacja Orlen, ul. Łódzka 7",
                "Żabka, ul. Kasprzaka 12",
            ]
        )
    return f.pick(
        ["Albert, Dukelských hrdinů 47", "OC Chodov, Roztylská 2321", "Billa, Milady Horákové 9", "Nákupní 3"]
    )


OTC = [
    ("Ibuprom Max 400 mg, 24 tabl.", "US Pharmacia", "Przeciwbólowe", "ibuprofenum"),
    ("Apap Noc, 24 tabl.", "US Pharmacia", "Sen i uspokojenie", "paracetamolum, diphenhydramini"),
    ("Test ciążowy Clearblue Digital", "Clearblue", "Testy ciążowe", "-"),
    ("Durex Invisible, 10 szt.", "Durex", "Zdrowie intymne", "-"),
    ("ellaOne 30 mg, 1 tbl.", "HRA Pharma", "Antykoncepce", "ulipristali acetas"),
    ("Procto-Glyvenol, 10 czopków", "Recordati", "Hemoroidy", "tribenosidum, lidocainum"),
    ("Clotrimazolum Aflofarm krem 1%", "Aflofarm", "Infekcje intymne", "clotrimazolum"),
    ("Nicorette Freshmint Gum 2 mg", "Johnson & Johnson", "Rzucanie palenia", "nicotinum"),
    ("Autotest HIV BioSure", "BioSure", "Testy diagnostyczne", "-"),
    ("Paralen 500 mg, 24 tbl.", "Zentiva", "Bolest a horečka", "paracetamolum"),
    ("Nurofen pro děti 100 mg/5 ml", "Reckitt", "Dětské zdraví", "ibuprofenum"),
    ("Vigantoletten 1000 IU", "Merck", "Vitamíny", "cholecalciferolum"),
    ("Maxon Active 25 mg, 2 tabl.", "Adamed", "Zdrowie mężczyzny", "sildenafilum"),
    ("Loperamid WZF 2 mg", "Polfa Warszawa", "Biegunka", "loperamidum"),
    ("Regaine 5% roztok", "Johnson & Johnson", "Vlasy a nehty", "minoxidilum"),
    ("Strepsils Intensive", "Reckitt", "Gardło", "flurbiprofenum"),
    ("Melatonina LEK-AM 3 mg", "LEK-AM", "Sen i uspokojenie", "melatoninum"),
    ("Canesten Gyn 3 dny", "Bayer", "Intimní hygiena", "clotrimazolum"),
]
RX_DRUGS = [
    "Metformax 850 mg",
    "Bisocard 5 mg",
    "Atoris 20 mg",
    "Euthyrox N 50",
    "Xarelto 20 mg",
    "NovoRapid Penfill 100 j./ml",
    "Asertin 50 mg",
    "Ventolin 100 µg",
    "Letrox 75",
    "Prestarium 5 mg",
    "Trittico CR 150 mg",
    "Ozempic 0,5 mg",
    "Warfin 5 mg",
    "Symbicort Turbuhaler 160/4,5",
    "Agen 5 mg",
    "Tezeo 80 mg",
    "Lokren 20 mg",
    "Concor Cor 2,5 mg",
    "Letrox 100",
    "Depakine Chrono 500 mg",
]
DOSES = [
    "1 tabl. rano",
    "1-0-1",
    "2x dziennie po posiłku",
    "1 tbl. denně",
    "0-0-1",
    "wg wskazań lekarza",
    "10 j. przed jídlem",
]
CONDITIONS_PL = [
    "nadciśnienie",
    "cukrzycę typu 2",
    "astmę",
    "depresję",
    "niedoczynność tarczycy",
    "migrenę",
    "łuszczycę",
    "refluks",
]
CONDITIONS_CZ = [
    "vysoký tlak",
    "cukrovku",
    "astma",
    "deprese",
    "sníženou funkci štítné žlázy",
    "migrénu",
    "ekzém",
]
SYMPTOMS = [
    "kaszel",
    "gorączka",
    "ból gardła",
    "katar",
    "bolest hlavy",
    "průjem",
    "pieczenie przy oddawaniu moczu",
    "wysypka",
    "nevolnost",
    "świąd",
]
VACCINES = [
    "Influvac Tetra (grypa)",
    "Comirnaty JN.1 (COVID-19)",
    "Vaxigrip Tetra",
    "Gardasil 9 (HPV)",
    "Prevenar 20",
    "Boostrix",
    "Shingrix",
    "Twinrix",
    "Encepur (klíšťová encefalitida)",
]


def drug(f: PFake) -> str:
    return f.pick(RX_DRUGS)


def chat_text(f: PFake) -> str:
    d1, d2 = drug(f), f.pick(["ibuprofen", "paracetamol", "aspirynę", "melatoninę", "Nurofen", "magnez"])
    if f.home == "PL":
        return f.pick(
            [
                f"Dzień dobry, biorę {d1}, czy mogę do tego wziąć {d2}?",
                f"Mam {f.pick(CONDITIONS_PL)} i szukam czegoś na przeziębienie, co jest bezpieczne?",
                f"Zapomniałam wziąć {d1} wczoraj wieczorem, co teraz?",
                f"Czy {d1} można brać w ciąży?",
                f"Lekarz przepisał mi {d1} na {f.pick(CONDITIONS_PL)}, od kiedy zacznie działać?",
            ]
        )
    return f.pick(
        [
            f"Dobrý den, užívám {d1}, můžu k tomu {d2}?",
            f"Mám {f.pick(CONDITIONS_CZ)}, co si můžu vzít na rýmu?",
            f"Zapomněl jsem si vzít {d1}, mám to dohnat?",
            f"Je {d1} vhodný při kojení?",
        ]
    )


def consult_summary(f: PFake) -> str:
    d1 = drug(f)
    return f.pick(
        [
            f"Pacjent przyjmuje {d1}. Odradzono NLPZ, zalecono paracetamol do 3 g/dobę.",
            f"Omówiono dawkowanie {d1}; kontrola u lekarza za 2 tygodnie.",
            f"Interakce {d1} s ibuprofenem: doporučen paracetamol, kontrola tlaku.",
            f"Pacjentka w ciąży, {d1} - skonsultować z lekarzem prowadzącym.",
            f"Zalecono przyjmowanie {d1} o stałej porze; przypomnienie ustawione w aplikacji.",
        ]
    )


def pickup_sms(f: PFake) -> str:
    code = code_digits(f, 6)
    return f.pick(
        [
            f"Zdrowie+: Twoje zamowienie czeka w aptece. Kod odbioru: {code}. Wazne 3 dni.",
            f"Vitalis: Vase objednavka je pripravena k vyzvednuti. Kod: {code}",
            f"Paczka w Paczkomacie. Kod odbioru {code}, odbierz do jutra 20:00.",
            f"Twoja e-recepta jest gotowa do odbioru, podaj kod {code} przy kasie.",
        ]
    )


def order_note(f: PFake) -> str:
    who = full(f.q)
    ph = phone_of(f, f.q)
    return f.pick(
        [
            f"Odbierze mąż, {who}, tel. {ph}",
            f"Proszę o telefon przed wydaniem: {ph}",
            f"Vyzvedne dcera {who} ({ph})",
            f"W razie pytań dzwonić {ph}",
            f"Odbierze sąsiadka {who}, kontakt {ph}",
        ]
    )


def locker_search_text(f: PFake) -> str:
    p = f.p
    return f.pick(
        [p.street, f"{p.street}, {p.city}", f"{p.zip} {p.city}", f"{p.street.replace('ul. ', '')} {p.city}"]
    )


DESTINATIONS = [
    ("Thailand", "Bangkok"),
    ("Kenya", "Mombasa"),
    ("Vietnam", "Hanoi"),
    ("Brazil", "Manaus"),
    ("India", "Goa"),
    ("Egypt", "Hurghada"),
    ("Tanzania", "Zanzibar"),
]


def traveller_first(f: PFake) -> str:
    f.travellers += 1
    return f.p.first if f.travellers == 1 else new_person(f, f.home).first


def typed_address(f: PFake) -> str:
    p = f.p
    return f.pick(
        [p.street, p.street.replace("ul. ", "").lower(), f"{p.street}, {p.city}", f"{p.street} {p.zip}"]
    )


# -- contexts -------------------------------------------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]
PAGES = {
    "PL": [
        ("/", "Apteka internetowa Zdrowie+ | leki, suplementy, e-recepta", "Home", "Shop"),
        ("/kategoria/zdrowie-intymne", "Zdrowie intymne - Apteka Zdrowie+", "Category", "Zdrowie intymne"),
        ("/kategoria/testy-ciazowe", "Testy ciążowe - Apteka Zdrowie+", "Category", "Testy ciążowe"),
        (
            "/produkt/ibuprom-max-400",
            "Ibuprom Max 400 mg - cena, opinie | Zdrowie+",
            "Product",
            "Przeciwbólowe",
        ),
        ("/e-recepta", "Zrealizuj e-receptę online | Zdrowie+", "E-Prescription", "Services"),
        ("/koszyk", "Koszyk | Zdrowie+", "Cart", "Checkout"),
        ("/zamowienie/dostawa", "Dostawa i płatność | Zdrowie+", "Delivery", "Checkout"),
        ("/szczepienia", "Szczepienia w aptece | Zdrowie+", "Vaccinations", "Services"),
    ],
    "CZ": [
        ("/", "Lékárna Vitalis - online lékárna", "Home", "Shop"),
        ("/kategorie/intimni-hygiena", "Intimní hygiena | Lékárna Vitalis", "Category", "Intimní hygiena"),
        ("/kategorie/antikoncepce", "Antikoncepce | Lékárna Vitalis", "Category", "Antikoncepce"),
        ("/erecept", "Rezervace léků na eRecept | Vitalis", "E-Prescription", "Services"),
        ("/kosik", "Košík | Vitalis", "Cart", "Checkout"),
        ("/objednavka/doprava", "Doprava a platba | Vitalis", "Delivery", "Checkout"),
        ("/ockovani", "Očkování v lékárně | Vitalis", "Vaccinations", "Services"),
    ],
}
HOSTS = {"PL": "https://www.zdrowieplus.example.pl", "CZ": "https://www.lekarna-vitalis.example.cz"}


def web_context(f: PFake) -> dict:
    path, title = f.page[0], f.page[1]
    search = f.search
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.facebook.com/",
                        "https://www.ceneo.pl/",
                        "https://www.heureka.cz/",
                    ]
                )
            ),
            "search": G(lambda f: search),
            "title": G(lambda f: title),
            "url": G(lambda f: HOSTS[f.home] + path + search),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "8", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(
            lambda f: f.pick(
                ["pl-PL", "pl", "uk-UA", "en-US"] if f.home == "PL" else ["cs-CZ", "cs", "sk-SK", "en-GB"]
            )
        ),
        "timezone": G(lambda f: "Europe/Warsaw" if f.home == "PL" else "Europe/Prague"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(["jesien_odpornosc", "black_week", "chripka_2024", "e-recepta-promo"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "ceneo", "seznam"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "referral"])),
            "term": G(
                lambda f: f.pick(
                    ["apteka online", "test ciążowy", "lekarna erecept", "witamina d", "tabletka dzień po"]
                )
            ),
            "content": G(lambda f: f.pick(["baner_top", "textlink", "carousel_2", "cta_red"])),
        }
    if f.r.random() < 0.5:
        ctx["consent"] = {
            "categoryPreferences": {
                "C0001": G(lambda f: True),
                "C0002": G(lambda f: f.pick([True, False])),
                "C0003": G(lambda f: f.pick([True, False])),
                "C0004": G(lambda f: f.pick([True, False])),
            }
        }
    return ctx


def swift_context(f: PFake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Zdrowie+" if f.home == "PL" else "Vitalis"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
            "build": G(lambda f: f.pick(["41800", "41802", "41900"])),
            "namespace": G(lambda f: "pl.zdrowieplus.app" if f.home == "PL" else "cz.vitalis.lekarna"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 375])),
            "height": G(lambda f: f.pick([844, 852, 667])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(
            lambda f: f.pick(["pl-PL", "uk-PL", "en-PL"] if f.home == "PL" else ["cs-CZ", "vi-CZ", "en-CZ"])
        ),
        "timezone": G(lambda f: "Europe/Warsaw" if f.home == "PL" else "Europe/Prague"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.35:
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.4:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.6:
        ctx["traits"] = {
            "email": Y(lambda f: email_of(f, f.p), "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "loyaltyTier": G(lambda f: f.pick(["basic", "silver", "gold"])),
        }
    return ctx


def kotlin_context(f: PFake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Zdrowie+" if f.home == "PL" else "Vitalis"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1", "4.17.3"])),
            "build": G(lambda f: f.pick(["2418000", "2419010", "2417030"])),
            "namespace": G(lambda f: "pl.zdrowieplus.android" if f.home == "PL" else "cz.vitalis.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "23021RAA2Y", "Pixel 7a", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["a54x", "topaz", "lynx", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2220])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(
                    ["Orange PL", "Play", "T-Mobile.pl", "Plus"]
                    if f.home == "PL"
                    else ["O2-CZ", "T-Mobile CZ", "Vodafone CZ"]
                )
            ),
        },
        "locale": G(lambda f: f.pick(["pl-PL", "uk-UA"] if f.home == "PL" else ["cs-CZ", "en-US"])),
        "timezone": G(lambda f: "Europe/Warsaw" if f.home == "PL" else "Europe/Prague"),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; moto g54 5G Build/S3RWS32)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    if f.r.random() < 0.5:
        ctx["traits"]["email"] = Y(lambda f: email_of(f, f.p), "email")
    return ctx


RN_DEVICES = [
    ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", "17.5"),
    ("Apple", "iPhone15,4", "iPhone", "ios", "iOS", "17.4.1"),
    ("samsung", "SM-S918B", "dm3q", "android", "Android", "14"),
    ("Xiaomi", "2201117TG", "spes", "android", "Android", "13"),
]
FLUTTER_DEVICES = [
    ("samsung", "SM-G991B", "android", "android", "14"),
    ("Apple", "iPhone14,7", "ios", "ios", "17.4"),
    ("HUAWEI", "ELS-NX9", "android", "android", "10"),
    ("OnePlus", "CPH2449", "android", "android", "13"),
]


def rn_context(f: PFake) -> dict:
    dev = f.pick(RN_DEVICES)
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Zdrowie+ Konsultacje" if f.home == "PL" else "Vitalis Poradna"),
            "version": G(lambda f: f.pick(["2.7.1", "2.8.0", "2.8.3"])),
            "build": G(lambda f: f.pick(["271", "280", "283"])),
            "namespace": G(
                lambda f: "pl.zdrowieplus.konsultacje" if f.home == "PL" else "cz.vitalis.poradna"
            ),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: dev[0]),
            "model": G(lambda f: dev[1]),
            "name": G(lambda f: dev[2]),
            "type": G(lambda f: dev[3]),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.19.5"])),
        },
        "os": {
            "name": G(lambda f: dev[4]),
            "version": G(lambda f: dev[5]),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 873])),
        },
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["pl-PL", "uk-UA", "cs-CZ", "en-GB"])),
        "timezone": G(lambda f: "Europe/Warsaw" if f.home == "PL" else "Europe/Prague"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email_of(f, f.p), "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.3:
        ctx["traits"]["phone"] = Y(lambda f: phone_of(f, f.p), "phone")
    return ctx


def flutter_context(f: PFake) -> dict:
    dev = f.pick(FLUTTER_DEVICES)
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Vitalis" if f.home == "CZ" else "Zdrowie+ Szczepienia"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.1", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "321", "330"])),
            "namespace": G(
                lambda f: "cz.vitalis.flutter" if f.home == "CZ" else "pl.zdrowieplus.szczepienia"
            ),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: dev[0]),
            "model": G(lambda f: dev[1]),
            "type": G(lambda f: dev[2]),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3", "1.0.6"])),
        },
        "os": {
            "name": G(lambda f: dev[3]),
            "version": G(lambda f: dev[4]),
        },
        "screen": {
            "width": G(lambda f: f.pick([1080, 1170, 1240])),
            "height": G(lambda f: f.pick([2400, 2532, 2772])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["cs_CZ", "pl_PL", "en_US", "vi_VN"])),
        "timezone": G(lambda f: "Europe/Prague" if f.home == "CZ" else "Europe/Warsaw"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.35:
        ctx["location"] = {
            "latitude": Y(lambda f: near_home(f, 0), "geolocation"),
            "longitude": Y(lambda f: near_home(f, 1), "geolocation"),
        }
    return ctx


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.2", "2.4.0", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.5", "2.4.0", "2.3.7"]),
}


def server_context(f: PFake, lib: str) -> dict:
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "python", "php", "ruby") and f.r.random() < 0.55:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if lib == "node" and f.r.random() < 0.4:
        ctx["traits"] = {"email": Y(lambda f: email_of(f, f.p), "email")}
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: email_of(f, f.p), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib in ("java", "go", "dotnet") and f.r.random() < 0.5:
        ctx["groupId"] = G(lambda f: pharmacy(f)[0])
    return ctx


# -- templates ------------------------------------------------------------------------------------------


def product_id(f: PFake) -> str:
    f.prod = f.pick(OTC)
    return f"{100000 + OTC.index(f.prod) * 7919}"


def product_ean(f: PFake) -> str:
    i = OTC.index(f.prod)
    body = ("590" if i % 3 else "859") + f"{(i * 48271 + 12345) % 10**9:09d}"
    s = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def otc_product(extra=True) -> dict:
    d: dict[str, Any] = {
        "product_id": G(product_id),
        "sku": G(product_ean),
        "name": G(lambda f: f.prod[0]),
        "brand": G(lambda f: f.prod[1]),
        "category": G(lambda f: f.prod[2]),
        "price": G(lambda f: f.money(5, 180)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }
    if extra:
        d["position"] = G(lambda f: f.r.randint(1, 24))
        d["requires_prescription"] = G(lambda f: f.pick([True, False]))
    return d


def ship_address(style: str) -> dict:
    if style == "snake":
        return {
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "street": Y(lambda f: f.p.street, "address|street"),
            "city": Y(lambda f: f.p.city, "city"),
            "postal_code": Y(lambda f: f.p.zip, "zipcode"),
            "country": G(lambda f: f.home),
        }
    return {
        "firstName": Y(lambda f: f.p.first, "name"),
        "lastName": Y(lambda f: f.p.last, "name"),
        "line1": Y(lambda f: f.p.street, "address|street"),
        "city": Y(lambda f: f.p.city, "city"),
        "postalCode": Y(lambda f: f.p.zip, "zipcode"),
        "countryCode": G(lambda f: f.home),
    }


DELIVERY = [
    "inpost_paczkomat",
    "courier_dpd",
    "pickup_in_store",
    "packeta_zbox",
    "orlen_paczka",
    "ppl_parcelshop",
]
PAY = ["blik", "card", "przelewy24", "gopay", "apple_pay", "cash_on_pickup", "google_pay"]

# (kind, event or page/screen name, market PL/CZ/any, clients, weight, body)
EVENTS: list[tuple[str, str | None, str, list[str], int, Any]] = []


def ev(kind, name, market, clients, weight, body):
    EVENTS.append((kind, name, market, clients, weight, body))


# ---- browsing ----
ev(
    "page",
    None,
    "any",
    ["web"],
    60,
    {
        "name": G(lambda f: f.page[2]),
        "category": G(lambda f: f.page[3]),
        "path": G(lambda f: f.page[0]),
        "title": G(lambda f: f.page[1]),
        "url": G(lambda f: HOSTS[f.home] + f.page[0] + f.search),
        "referrer": G(
            lambda f: f.pick(
                ["", "https://www.google.com/", "https://www.seznam.cz/", "https://www.bing.com/"]
            )
        ),
        "search": G(lambda f: f.search),
    },
)
ev(
    "track",
    "Products Searched",
    "any",
    ["web", "swift", "kotlin"],
    45,
    {
        "query": G(
            lambda f: f.pick(
                [
                    "apap",
                    "test ciążowy",
                    "tabletka dzień po",
                    "na hemoroidy",
                    "test hiv",
                    "witamina d3",
                    "paralen",
                    "kondomy",
                    "viagra bez recepty",
                    "nurofen dla dzieci",
                    "na grzybicę pochwy",
                ]
            )
        ),
        "search_id": G(lambda f: f.uuid()),
        "results_count": G(lambda f: f.r.randint(0, 140)),
        "filters": {
            "category": G(lambda f: f.pick(OTC)[2]),
            "rx_only": G(lambda f: f.pick([True, False])),
            "in_stock_at_store": G(lambda f: f.pick([True, False])),
        },
        "sort": G(lambda f: f.pick(["relevance", "price_asc", "bestsellers"])),
    },
)
ev(
    "track",
    "Product List Viewed",
    "any",
    ["web", "kotlin"],
    30,
    {
        "list_id": G(
            lambda f: f.pick(["intimate_health", "cold_flu", "kids_health", "vitamins", "pregnancy_tests"])
        ),
        "category": G(lambda f: f.pick(OTC)[2]),
        "products": Many(otc_product(), 4),
    },
)
ev(
    "track",
    "Product Viewed",
    "any",
    ["web", "swift", "kotlin", "flutter"],
    50,
    {
        **otc_product(extra=False),
        "variant": G(lambda f: f.pick(["24 tabl.", "10 szt.", "100 ml", "1 tbl.", "30 kaps."])),
        "currency": G(lambda f: "PLN" if f.home == "PL" else "CZK"),
        "value": G(lambda f: f.money(5, 180)),
        "url": G(lambda f: HOSTS[f.home] + f"/p/{f.r.randint(10000, 99999)}"),
        "image_url": G(lambda f: f"https://cdn.zdrowieplus.example.pl/img/{f.hexid(10)}.webp"),
        "active_substance": G(lambda f: f.prod[3]),
        "is_otc": G(lambda f: f.pick([True, False])),
        "rating_avg": G(lambda f: round(f.r.uniform(3, 5), 1)),
    },
)
ev(
    "track",
    "Product Added",
    "any",
    ["web", "swift", "kotlin", "rn"],
    45,
    {
        "cart_id": G(lambda f: f.uuid()),
        **{k: v for k, v in otc_product(extra=False).items()},
        "currency": G(lambda f: "PLN" if f.home == "PL" else "CZK"),
        "added_from": G(lambda f: f.pick(["search", "category", "recommendation", "reorder"])),
    },
)
ev(
    "track",
    "Discreet Packaging Selected",
    "any",
    ["web"],
    25,
    {
        "cart_id": G(lambda f: f.uuid()),
        "discreet_packaging": G(lambda f: f.pick([True, False])),
        "category": G(
            lambda f: f.pick(["Zdrowie intymne", "Testy ciążowe", "Intimní hygiena", "Zdrowie mężczyzny"])
        ),
        "items_count": G(lambda f: f.r.randint(1, 5)),
    },
)

# ---- checkout ----
ev(
    "track",
    "Checkout Started",
    "any",
    ["web", "swift"],
    40,
    {
        "order_id": G(lambda f: f.hexid(24)),
        "value": G(lambda f: f.money(20, 600)),
        "revenue": G(lambda f: f.money(20, 600)),
        "shipping": G(lambda f: f.pick([0.0, 9.99, 12.99, 69.0, 89.0])),
        "tax": G(lambda f: f.money(1, 60)),
        "discount": G(lambda f: f.money(0, 30)),
        "coupon": G(lambda f: f.pick(["", "JESIEN15", "VITALIS100", "PIERWSZE10"])),
        "currency": G(lambda f: "PLN" if f.home == "PL" else "CZK"),
        "products": Many(otc_product(extra=False), 4),
        "delivery_method": G(lambda f: f.pick(DELIVERY)),
        "has_rx_items": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Shipping Info Entered",
    "any",
    ["web"],
    35,
    {
        "checkout_id": G(lambda f: f.uuid()),
        "shipping_method": G(lambda f: f.pick(DELIVERY)),
        "shipping_address": ship_address("snake"),
        "phone": Y(lambda f: phone_of(f, f.p), "phone"),
        "email": Y(lambda f: email_of(f, f.p), "email"),
        "invoice_requested": G(lambda f: f.pick([True, False])),
        "invoice_company_name": G(
            lambda f: f.pick(
                [
                    "Biuro Rachunkowe Tax-Pol Sp. z o.o.",
                    "Stavby Novák s.r.o.",
                    "Fizjo-Med s.c.",
                    "Kancelaria Adwokacka Lex",
                ]
            )
        ),
        "invoice_nip": G(lambda f: nip(f)),
        "address_saved": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Payment Info Entered",
    "any",
    ["web", "rn"],
    35,
    {
        "checkout_id": G(lambda f: f.uuid()),
        "payment_method": G(lambda f: f.pick(PAY)),
        "card_brand": G(lambda f: f.pick(["visa", "mastercard", "maestro"])),
        "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        "card_bin": G(lambda f: f.pick(["535523", "411111", "516732", "479268"])),
        "card_exp_month": G(lambda f: f.r.randint(1, 12)),
        "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
        "payment_token": RED(lambda f: f.pick(["pm_", "tok_"]) + f.hexid(24), "token"),
        "blik_code": RED(lambda f: code_digits(f, 6), "token|secret"),
        "save_card": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Order Completed",
    "any",
    ["node"],
    45,
    {
        "order_id": G(lambda f: f.hexid(24)),
        "order_number": G(
            lambda f: (
                f"ZAM/{f.r.randint(2023, 2024)}/{f.digits(6)}" if f.home == "PL" else f"OBJ{f.digits(8)}"
            )
        ),
        "total": G(lambda f: f.money(20, 700)),
        "revenue": G(lambda f: f.money(20, 700)),
        "shipping": G(lambda f: f.pick([0.0, 9.99, 12.99, 69.0])),
        "tax": G(lambda f: f.money(1, 60)),
        "currency": G(lambda f: "PLN" if f.home == "PL" else "CZK"),
        "products": Many(otc_product(extra=False), 4),
        "payment_method": G(lambda f: f.pick(PAY)),
        "delivery_method": G(lambda f: f.pick(DELIVERY)),
        "billing_address": ship_address("snake"),
        "customer": {
            "email": Y(lambda f: email_of(f, f.p), "email"),
            "phone": Y(lambda f: phone_of(f, f.p), "phone"),
            "customer_number": G(lambda f: f"K{f.digits(8)}"),
            "is_first_order": G(lambda f: f.pick([True, False])),
        },
        "loyalty_card_number": G(lambda f: ean13(f, "299")),
        "points_earned": G(lambda f: f.r.randint(0, 700)),
        "invoice_number": G(lambda f: f"FV/{f.r.randint(1, 12):02d}/2024/{f.digits(5)}"),
    },
)
ev(
    "track",
    "Order Refunded",
    "any",
    ["python"],
    25,
    {
        "order_id": G(lambda f: f.hexid(24)),
        "refund_amount": G(lambda f: f.money(5, 400)),
        "currency": G(lambda f: "PLN" if f.home == "PL" else "CZK"),
        "reason": G(lambda f: f.pick(["damaged", "wrong_item", "not_collected", "rx_rejected"])),
        "refund_iban": RED(lambda f: pl_iban(f) if f.home == "PL" else cz_iban(f), "bank account"),
        "account_holder": Y(lambda f: full(f.p), "name"),
        "refund_method": G(lambda f: f.pick(["bank_transfer", "original_payment", "store_credit"])),
    },
)
ev(
    "track",
    "Cash On Delivery Refund Requested",
    "CZ",
    ["php"],
    20,
    {
        "order_id": G(lambda f: f.hexid(24)),
        "bank_account": RED(lambda f: cz_domestic(f), "bank account"),
        "amount": G(lambda f: f.r.randint(89, 2500)),
        "variable_symbol": G(lambda f: f.digits(10)),
        "requested_via": G(lambda f: f.pick(["web_form", "call_center", "email"])),
    },
)

# ---- click and collect / lockers ----
ev(
    "track",
    "Click and Collect Reserved",
    "any",
    ["swift", "kotlin"],
    40,
    {
        "reservation_id": G(lambda f: f"R{f.digits(9)}"),
        "pharmacy": {
            "id": G(lambda f: pharmacy(f)[0]),
            "name": G(lambda f: pharmacy(f)[1]),
            "street": G(lambda f: pharmacy(f)[2]),
            "city": G(lambda f: pharmacy(f)[3]),
            "phone": G(lambda f: pharmacy(f)[5]),
            "lat": G(lambda f: pharmacy_coord(f, 0)),
            "lng": G(lambda f: pharmacy_coord(f, 1)),
        },
        "pickup_by": G(lambda f: f.pick(["self", "someone_else"])),
        "collector_name": Y(lambda f: full(f.q), "name"),
        "items_count": G(lambda f: f.r.randint(1, 6)),
        "pickup_code": RED(lambda f: code_digits(f, 6), "token|secret"),
        "ready_at": G(lambda f: f.iso()),
        "notify_sms": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Order Ready For Pickup",
    "any",
    ["go"],
    30,
    {
        "order_id": G(lambda f: f.hexid(24)),
        "pharmacy_id": G(lambda f: pharmacy(f)[0]),
        "pickup_code": RED(lambda f: code_digits(f, 6), "token|secret"),
        "sms_to": Y(lambda f: phone_of(f, f.p, 3), "phone"),
        "expires_at": G(lambda f: f.iso()),
        "reminder_number": G(lambda f: f.r.randint(0, 2)),
    },
)
ev(
    "track",
    "Click and Collect Note Added",
    "PL",
    ["web"],
    25,
    {
        "order_id": G(lambda f: f.hexid(24)),
        "note": Y(order_note, "phone", True),
        "note_length": G(lambda f: f.r.randint(12, 80)),
    },
)
ev(
    "track",
    "Parcel Locker Selected",
    "any",
    ["web", "rn"],
    40,
    {
        "checkout_id": G(lambda f: f.uuid()),
        "locker": {
            "id": G(locker_id),
            "provider": G(lambda f: f.pick(["inpost", "orlen_paczka", "packeta", "alzabox"])),
            "street": G(locker_street),
            "city": G(lambda f: pharmacy(f)[3]),
            "lat": G(lambda f: pharmacy_coord(f, 0)),
            "lng": G(lambda f: pharmacy_coord(f, 1)),
            "open_24h": G(lambda f: f.pick([True, False])),
        },
        "search_text": Y(locker_search_text, "address", True),
        "user_location": {
            "lat": Y(lambda f: near_home(f, 0), "geolocation"),
            "lng": Y(lambda f: near_home(f, 1), "geolocation"),
        },
        "distance_m": G(lambda f: f.r.randint(80, 4000)),
        "results_shown": G(lambda f: f.r.randint(3, 30)),
    },
)
ev(
    "track",
    "Shipment Delivered To Locker",
    "PL",
    ["ruby"],
    25,
    {
        "shipment_id": G(lambda f: f.uuid()),
        "tracking_number": G(lambda f: "6" + f.digits(23)),
        "locker_id": G(locker_id),
        "receiver_phone": Y(lambda f: phone_of(f, f.p), "phone"),
        "receiver_email": Y(lambda f: email_of(f, f.p), "email"),
        "open_code": RED(lambda f: code_digits(f, 6), "token|secret"),
        "stored_at": G(lambda f: f.iso()),
        "expiry_hours": G(lambda f: f.pick([48, 72])),
        "compartment_size": G(lambda f: f.pick(["A", "B", "C"])),
    },
)
ev(
    "track",
    "locker-pickup-confirmed",
    "PL",
    ["node"],
    20,
    {
        "locker-id": G(locker_id),
        "parcel-number": G(lambda f: "6" + f.digits(23)),
        "receiver-phone": Y(lambda f: phone_of(f, f.p, 1), "phone"),
        "picked-up-at": G(lambda f: f.iso()),
        "attempt-count": G(lambda f: f.r.randint(1, 3)),
        "remote-open": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "packet-status-changed",
    "CZ",
    ["php"],
    20,
    {
        "packet-id": G(lambda f: f.digits(10)),
        "barcode": G(lambda f: "Z" + f.digits(10)),
        "recipient-name": Y(lambda f: full(f.p), "name"),
        "recipient-email": Y(lambda f: email_of(f, f.p), "email"),
        "pickup-point-id": G(lambda f: f"{f.r.randint(1000, 29999)}"),
        "status-code": G(lambda f: f.pick([1, 2, 3, 4, 7])),
        "cod-amount": G(lambda f: f.pick([0, 349, 1290, 587])),
        "weight-kg": G(lambda f: f.money(0, 5)),
    },
)
ev(
    "track",
    "DeliveryScheduled",
    "any",
    ["dotnet"],
    25,
    {
        "DeliveryId": G(lambda f: f.uuid()),
        "OrderId": G(lambda f: f.hexid(24)),
        "CourierName": Y(lambda f: full(f.q), "name"),
        "RecipientName": Y(lambda f: full(f.p), "name"),
        "RecipientPhone": Y(lambda f: phone_of(f, f.p), "phone"),
        "Address": {
            "Street": Y(lambda f: f.p.street, "address|street"),
            "City": Y(lambda f: f.p.city, "city"),
            "PostalCode": Y(lambda f: f.p.zip, "zipcode"),
            "Country": G(lambda f: f.pick(["Poland", "Czechia"])),
        },
        "TimeWindow": G(lambda f: f.pick(["08-12", "12-16", "16-20"])),
        "ColdChainRequired": G(lambda f: f.pick([True, False])),
        "ContainsRxItems": G(lambda f: f.pick([True, False])),
    },
)

# ---- e-prescriptions ----
ev(
    "track",
    "E-Prescription Added",
    "PL",
    ["swift", "kotlin", "rn"],
    45,
    {
        "prescription_key": Y(rx_key, "medication"),
        "access_code": RED(lambda f: code_digits(f, 4), "token|secret"),
        "pesel": RED(lambda f: pesel(f, f.p), "national id"),
        "source": G(lambda f: f.pick(["sms", "ikp_app", "qr_scan", "email", "manual"])),
        "items_count": G(lambda f: f.r.randint(1, 5)),
        "prescriber": {
            "name": Y(lambda f: "lek. " + full(f.q), "name"),
            "npwz": Y(pwz, "license|identification"),
            "facility": G(
                lambda f: f.pick(
                    [
                        "Przychodnia Lekarzy Rodzinnych Ursynów",
                        "NZOZ Medicus",
                        "Centrum Medyczne Enel-Med",
                        "Luxmed Kraków",
                    ]
                )
            ),
        },
        "issued_at": G(lambda f: f.iso()),
        "valid_days": G(lambda f: f.pick([30, 120, 365])),
        "pesel_verified": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "eRecept Reserved",
    "CZ",
    ["web", "flutter"],
    40,
    {
        "erecept_id": Y(erecept_id, "medication"),
        "pharmacy_id": G(lambda f: pharmacy(f)[0]),
        "items": Many(
            {
                "sukl_code": G(lambda f: f"{f.r.randint(1, 250000):07d}"),
                "drug_name": Y(drug, "medication"),
                "strength": Y(
                    lambda f: f.pick(["5 mg", "20 mg", "850 mg", "100 j./ml", "160/4,5 µg"]), "medication"
                ),
                "quantity": G(lambda f: f.r.randint(1, 3)),
                "substitutable": G(lambda f: f.pick([True, False])),
            },
            3,
        ),
        "reservation_channel": G(lambda f: f.pick(["web", "app", "qr"])),
        "copay_czk": G(lambda f: f.r.randint(0, 400)),
    },
)
ev(
    "track",
    "Prescription Dispensed",
    "PL",
    ["java"],
    45,
    {
        "dispenseId": G(lambda f: f.uuid()),
        "prescriptionNumber": Y(rx_number, "medication"),
        "patientPesel": RED(lambda f: pesel(f, f.p), "national id"),
        "pharmacyId": G(lambda f: pharmacy(f)[0]),
        "pharmacistId": G(lambda f: f"{f.r.randint(1000, 9999)}"),
        "pharmacistName": Y(lambda f: "mgr farm. " + full(f.q), "name"),
        "pharmacistPwz": Y(pwz, "license|identification"),
        "items": Many(
            {
                "medicationName": Y(drug, "medication"),
                "ean": G(lambda f: ean13(f, "590")),
                "dose": Y(lambda f: f.pick(DOSES), "medication"),
                "packs": G(lambda f: f.r.randint(1, 3)),
                "refundLevel": G(lambda f: f.pick(["100%", "50%", "30%", "R", "B"])),
                "patientPaid": G(lambda f: f.money(0, 120)),
                "nfzPaid": G(lambda f: f.money(0, 300)),
            },
            3,
        ),
        "specialEntitlement": RED(
            lambda f: f.pick(["IB", "IW", "WP", "C", "ZK"]), "veteran|disability|condition"
        ),
        "dispensedAt": G(lambda f: f.iso()),
        "partialDispense": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Prescription Collected By Carer",
    "PL",
    ["php"],
    35,
    {
        "prescription_number": Y(rx_number, "medication"),
        "patient": {
            "pesel": RED(lambda f: pesel(f, f.p), "national id"),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "birth_date": Y(lambda f: f.p.birth.isoformat(), "birthdate"),
        },
        "carer": {
            "first_name": Y(lambda f: f.q.first, "name"),
            "last_name": Y(lambda f: f.q.last, "name"),
            "id_document_type": G(lambda f: f.pick(["dowod_osobisty", "paszport", "mObywatel"])),
            "id_document_number": RED(lambda f: pl_id_card(f), "national id"),
            "relationship": G(
                lambda f: f.pick(["spouse", "child", "parent", "neighbour", "professional_carer"])
            ),
            "phone": Y(lambda f: phone_of(f, f.q), "phone"),
        },
        "authorization_method": G(lambda f: f.pick(["pesel_and_code", "printed_copy", "ikp_authorisation"])),
        "pharmacy_id": G(lambda f: pharmacy(f)[0]),
    },
)
ev(
    "track",
    "Recepta Zrealizowana",
    "PL",
    ["python"],
    30,
    {
        "imię": Y(lambda f: f.p.first, "name"),
        "nazwisko": Y(lambda f: f.p.last, "name"),
        "pesel": RED(lambda f: pesel(f, f.p), "national id"),
        "data_urodzenia": Y(lambda f: f.p.birth.strftime("%d.%m.%Y"), "birthdate"),
        "adres": {
            "ulica": Y(lambda f: f.p.street, "address|street"),
            "kod_pocztowy": Y(lambda f: f.p.zip, "zipcode"),
            "miejscowość": Y(lambda f: f.p.city, "city"),
        },
        "nr_recepty": Y(rx_number, "medication"),
        "lek": Y(drug, "medication"),
        "dawkowanie": Y(lambda f: f.pick(DOSES), "medication"),
        "odpłatność": G(lambda f: f.pick(["100%", "50%", "30%", "ryczałt", "bezpłatny"])),
        "kwota": G(lambda f: f.money(0, 200)),
        "apteka_id": G(lambda f: pharmacy(f)[0]),
        "farmaceuta": Y(lambda f: full(f.q), "name"),
    },
)
ev(
    "track",
    "Recept Vydán",
    "CZ",
    ["dotnet"],
    30,
    {
        "jméno": Y(lambda f: f.p.first, "name"),
        "příjmení": Y(lambda f: f.p.last, "name"),
        "rodné_číslo": RED(lambda f: rodne_cislo(f, f.p), "national id"),
        "datum_narození": Y(lambda f: f"{f.p.birth.day}. {f.p.birth.month}. {f.p.birth.year}", "birthdate"),
        "ulice": Y(lambda f: f.p.street, "address|street"),
        "obec": Y(lambda f: f.p.city, "city"),
        "psč": Y(lambda f: f.p.zip, "zipcode"),
        "identifikátor_receptu": Y(erecept_id, "medication"),
        "léčivý_přípravek": Y(drug, "medication"),
        "doplatek": G(lambda f: f.r.randint(0, 350)),
        "zdravotní_pojišťovna": G(lambda f: f.pick(["111", "201", "205", "207", "211"])),
        "lékárna": G(lambda f: pharmacy(f)[1]),
        "lékárník": Y(lambda f: "PharmDr. " + full(f.q), "name"),
    },
)
ev(
    "track",
    "Prescription Photo Uploaded",
    "any",
    ["rn"],
    20,
    {
        "upload_id": G(lambda f: f.uuid()),
        "photo_url": Y(lambda f: f"https://uploads.zdrowieplus.example.pl/rx/{f.uuid()}.jpg", "photo"),
        "file_size_kb": G(lambda f: f.r.randint(300, 4500)),
        "mime_type": G(lambda f: f.pick(["image/jpeg", "image/heic", "image/png"])),
        "ocr_confidence": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
        "pages": G(lambda f: f.r.randint(1, 2)),
    },
)
ev(
    "track",
    "Medication Reminder Set",
    "any",
    ["flutter", "rn"],
    35,
    {
        "reminder_id": G(lambda f: f.uuid()),
        "medication_name": Y(drug, "medication"),
        "dose": Y(lambda f: f.pick(DOSES), "medication"),
        "times": Many(G(lambda f: f.pick(["07:00", "08:00", "12:30", "20:00", "21:30"])), 3),
        "frequency": G(lambda f: f.pick(["daily", "twice_daily", "weekly", "as_needed"])),
        "refill_alert": G(lambda f: f.pick([True, False])),
        "pills_left": G(lambda f: f.r.randint(0, 90)),
    },
)

# ---- pharmacist consultations ----
ev(
    "track",
    "Consultation Started",
    "any",
    ["rn", "web"],
    35,
    {
        "consultation_id": G(lambda f: f"c_{f.hexid(12)}"),
        "topic": G(
            lambda f: f.pick(
                ["medication_interactions", "dosage", "side_effects", "product_advice", "travel_health"]
            )
        ),
        "channel": G(lambda f: f.pick(["chat", "video", "phone_callback"])),
        "queue_position": G(lambda f: f.r.randint(0, 12)),
        "wait_seconds": G(lambda f: f.r.randint(5, 900)),
        "pharmacist": {
            "id": G(lambda f: f"ph_{f.r.randint(100, 999)}"),
            "display_name": Y(lambda f: f"{f.q.first} {f.q.last[0]}.", "name"),
            "languages": Many(G(lambda f: f.pick(["pl", "uk", "en", "cs", "vi"])), 2),
        },
    },
)
ev(
    "track",
    "Chat Message Sent",
    "any",
    ["rn", "web"],
    50,
    {
        "consultation_id": G(lambda f: f"c_{f.hexid(12)}"),
        "message": {
            "id": G(lambda f: f.uuid()),
            "text": Y(chat_text, "medication|condition", True),
            "length": G(lambda f: f.r.randint(20, 140)),
            "has_attachment": G(lambda f: f.pick([True, False])),
        },
        "sender_role": G(lambda f: "patient"),
        "seq": G(lambda f: f.r.randint(1, 30)),
    },
)
ev(
    "track",
    "Consultation Rated",
    "any",
    ["rn", "web"],
    30,
    {
        "consultation_id": G(lambda f: f"c_{f.hexid(12)}"),
        "rating": G(lambda f: f.r.randint(1, 5)),
        "comment": G(
            lambda f: f.pick(
                [
                    "Bardzo pomocna pani farmaceutka",
                    "Szybko i konkretnie",
                    "Děkuji, super rada",
                    "Za długo czekałem",
                    "",
                    "OK",
                ]
            )
        ),
        "would_recommend": G(lambda f: f.pick([True, False])),
        "duration_sec": G(lambda f: f.r.randint(60, 1800)),
    },
)
ev(
    "track",
    "Consultation Summary Sent",
    "any",
    ["python"],
    30,
    {
        "consultation_id": G(lambda f: f"c_{f.hexid(12)}"),
        "patient_email": Y(lambda f: email_of(f, f.p), "email"),
        "summary": Y(consult_summary, "medication", True),
        "recommended_products": Many(
            {"sku": G(lambda f: ean13(f)), "name": G(lambda f: f.pick(OTC)[0])},
            2,
        ),
        "follow_up_needed": G(lambda f: f.pick([True, False])),
        "pharmacist_pwz": Y(pwz, "license|identification"),
        "sent_via": G(lambda f: f.pick(["email", "app_inbox"])),
    },
)

# ---- symptoms / vaccination ----
ev(
    "track",
    "Symptom Checker Completed",
    "any",
    ["flutter", "web"],
    35,
    {
        "session_id": G(lambda f: f.uuid()),
        "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 3),
        "duration_days": G(lambda f: f.r.randint(1, 14)),
        "age_band": G(lambda f: f.pick(["0-11", "12-17", "18-39", "40-64", "65+"])),
        "sex": Y(lambda f: f.pick(["female", "male"]), "gender"),
        "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
        "recommendation": G(lambda f: f.pick(["otc", "see_gp", "emergency", "pharmacist_chat"])),
        "recommended_skus": Many(G(lambda f: ean13(f)), 3),
    },
)
ev(
    "track",
    "Vaccination Appointment Booked",
    "any",
    ["web", "flutter"],
    40,
    {
        "appointment_id": G(lambda f: f.uuid()),
        "vaccine": Y(lambda f: f.pick(VACCINES), "medication|procedure"),
        "dose_number": G(lambda f: f.r.randint(1, 3)),
        "slot_start": G(lambda f: f.iso()),
        "pharmacy_id": G(lambda f: pharmacy(f)[0]),
        "patient": {
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "birth_date": Y(lambda f: f.p.birth.isoformat(), "birthdate"),
            "phone": Y(lambda f: phone_of(f, f.p), "phone"),
            "email": Y(lambda f: email_of(f, f.p), "email"),
        },
        "eligibility": {
            "pregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
            "immunocompromised": Y(lambda f: f.pick([True, False, False]), "condition"),
            "egg_allergy": Y(lambda f: f.pick([True, False, False]), "allergy"),
            "fever_today": Y(lambda f: f.pick([True, False]), "condition"),
            "questionnaire_completed": G(lambda f: f.pick([True, False])),
        },
        "payment_type": G(lambda f: f.pick(["free_nfz", "paid", "employer_package", "vzp_covered"])),
        "insurance_policy_number": Y(
            lambda f: f.pick(["PZU", "MDV", "KOOP", "ALZ"]) + "/" + f.digits(9), "identification"
        ),
    },
)
ev(
    "track",
    "Vaccination Appointment Cancelled",
    "any",
    ["node"],
    25,
    {
        "appointment_id": G(lambda f: f.uuid()),
        "vaccine": Y(lambda f: f.pick(VACCINES), "medication|procedure"),
        "reason": G(
            lambda f: f.pick(["patient_request", "no_show", "vaccine_unavailable", "pharmacist_sick"])
        ),
        "cancelled_by": G(lambda f: f.pick(["patient", "pharmacy", "system"])),
        "hours_before": G(lambda f: f.r.randint(0, 96)),
    },
)
ev(
    "track",
    "Vaccine Administered",
    "any",
    ["dotnet"],
    30,
    {
        "appointmentId": G(lambda f: f.uuid()),
        "vaccineName": Y(lambda f: f.pick(VACCINES), "medication|procedure"),
        "lotNumber": G(lambda f: f.pick(["FP", "HK", "X0"]) + f.digits(4)),
        "injectionSite": G(lambda f: f.pick(["left_deltoid", "right_deltoid", "thigh"])),
        "administeredBy": Y(lambda f: full(f.q), "name"),
        "administeredByPwz": Y(pwz, "license|identification"),
        "patientPesel": RED(lambda f: pesel(f, f.p), "national id"),
        "patientDateOfBirth": Y(lambda f: f.p.birth.isoformat(), "birthdate"),
        "adverseReaction": Y(
            lambda f: f.pick(["none", "injection_site_pain", "fever", "anaphylaxis", "fainting"]), "condition"
        ),
        "observationMinutes": G(lambda f: f.pick([15, 30])),
        "reportedToRegistry": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Prescription Shared",
    "any",
    ["rn"],
    25,
    {
        "share_link_id": G(lambda f: f.hexid(16)),
        "shared_with": {
            "name": Y(lambda f: full(f.q), "name"),
            "email": Y(lambda f: email_of(f, f.q), "email"),
            "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "carer"])),
        },
        "personal_message": G(
            lambda f: f.pick(["Odbierz proszę w aptece", "Vyzvedni to prosím", "", "Dzięki!", "Do jutra"])
        ),
        "expires_at": G(lambda f: f.iso()),
        "items_count": G(lambda f: f.r.randint(1, 4)),
    },
)
ev(
    "track",
    "Travel Health Consultation Booked",
    "any",
    ["web"],
    25,
    {
        "booking_id": G(lambda f: f.uuid()),
        "destination_country": G(lambda f: f.dest[0]),
        "destination_city": G(lambda f: f.dest[1]),
        "departure_date": G(lambda f: f.date(2024, 2025)),
        "travellers": Many(
            {
                "first_name": Y(traveller_first, "name"),
                "last_name": Y(lambda f: f.p.last, "name"),
                "birth_date": Y(lambda f: f.date(1950, 2020), "birthdate"),
                "passport_number": RED(
                    lambda f: (
                        f.pick(["EA", "EB", "EK", "ER"]) + f.digits(7) if f.home == "PL" else f.digits(8)
                    ),
                    "passport",
                ),
            },
            4,
        ),
        "travellers_count": G(lambda f: f.travellers),
        "pharmacy_id": G(lambda f: pharmacy(f)[0]),
        "fee": G(lambda f: f.pick([99.0, 149.0, 450.0, 690.0])),
    },
)
ev(
    "screen",
    "Vaccination Certificate",
    "any",
    ["swift"],
    20,
    {
        "name": G(lambda f: "Vaccination Certificate"),
        "certificate_uvci": Y(
            lambda f: f"URN:UVCI:01:{f.home}:{erecept_id(f)}{f.r.randint(10, 99)}#{f.pick('ABCDEFGHJK')}",
            "certificate",
        ),
        "vaccine": Y(lambda f: f.pick(VACCINES), "medication|procedure"),
        "shared": G(lambda f: f.pick([True, False])),
    },
)

# ---- loyalty / account ----
ev(
    "identify",
    None,
    "any",
    ["web", "swift", "kotlin"],
    60,
    {
        "email": Y(lambda f: email_of(f, f.p), "email"),
        "firstName": Y(lambda f: f.p.first, "name"),
        "lastName": Y(lambda f: f.p.last, "name"),
        "phone": Y(lambda f: phone_of(f, f.p), "phone"),
        "birthday": Y(lambda f: f.p.birth.isoformat(), "birthdate"),
        "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
        "address": {
            "street": Y(lambda f: f.p.street, "address|street"),
            "city": Y(lambda f: f.p.city, "city"),
            "postalCode": Y(lambda f: f.p.zip, "zipcode"),
            "country": G(lambda f: f.home),
        },
        "loyaltyCardNumber": G(lambda f: ean13(f, "299")),
        "loyaltyTier": G(lambda f: f.pick(["basic", "silver", "gold"])),
        "points": G(lambda f: f.r.randint(0, 12000)),
        "preferredPharmacyId": G(lambda f: pharmacy(f)[0]),
        "marketingConsent": {
            "email": G(lambda f: f.pick([True, False])),
            "sms": G(lambda f: f.pick([True, False])),
            "push": G(lambda f: f.pick([True, False])),
        },
        "age": G(lambda f: 2024 - f.p.birth.year),
        "language": G(lambda f: f.pick(["pl", "cs", "uk", "en", "vi"])),
        "createdAt": G(lambda f: f.iso()),
        "avatar": Y(lambda f: f"https://cdn.zdrowieplus.example.pl/avatars/{f.hexid(16)}.jpg", "photo"),
        "hasChildren": G(lambda f: f.pick([True, False])),
        "emailVerified": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "identify",
    None,
    "PL",
    ["php"],
    30,
    {
        "imie": Y(lambda f: f.p.first, "name"),
        "nazwisko": Y(lambda f: f.p.last, "name"),
        "email": Y(lambda f: email_of(f, f.p), "email"),
        "telefon": Y(lambda f: phone_of(f, f.p), "phone"),
        "data_urodzenia": Y(lambda f: f.p.birth.isoformat(), "birthdate"),
        "plec": Y(lambda f: "K" if f.p.sex == "f" else "M", "gender"),
        "kod_pocztowy": Y(lambda f: f.p.zip, "zipcode"),
        "miasto": Y(lambda f: f.p.city, "city"),
        "numer_karty": G(lambda f: ean13(f, "299")),
        "zgoda_sms": G(lambda f: f.pick([True, False])),
        "zgoda_email": G(lambda f: f.pick([True, False])),
        "liczba_punktow": G(lambda f: f.r.randint(0, 9000)),
    },
)
ev(
    "identify",
    None,
    "CZ",
    ["go"],
    30,
    {
        "jmeno": Y(lambda f: f.p.first, "name"),
        "prijmeni": Y(lambda f: f.p.last, "name"),
        "email": Y(lambda f: email_of(f, f.p), "email"),
        "telefon": Y(lambda f: phone_of(f, f.p), "phone"),
        "datum_narozeni": Y(lambda f: f.p.birth.strftime("%d.%m.%Y"), "birthdate"),
        "pohlavi": Y(lambda f: "žena" if f.p.sex == "f" else "muž", "gender"),
        "ulice": Y(lambda f: f.p.street, "address|street"),
        "mesto": Y(lambda f: f.p.city, "city"),
        "psc": Y(lambda f: f.p.zip, "zipcode"),
        "cislo_karty": G(lambda f: ean13(f, "298")),
        "souhlas_marketing": G(lambda f: f.pick([True, False])),
        "vernostni_uroven": G(lambda f: f.pick(["Bronz", "Stříbro", "Zlato"])),
    },
)
ev(
    "track",
    "Signed Up",
    "any",
    ["web", "rn"],
    35,
    {
        "signup_method": G(lambda f: f.pick(["email", "google", "apple", "mojeid"])),
        "email": Y(lambda f: email_of(f, f.p), "email"),
        "first_name": Y(lambda f: f.p.first, "name"),
        "marketing_opt_in": G(lambda f: f.pick([True, False])),
        "referral_code": G(lambda f: f.hexid(8).upper()),
        "has_pesel": G(lambda f: f.pick([True, False])),
        "terms_version": G(lambda f: f.pick(["2024-01", "2024-05", "2023-09"])),
    },
)
ev(
    "track",
    "Login Failed",
    "any",
    ["web"],
    25,
    {
        "username": Y(lambda f: email_of(f, f.p), "email|name"),
        "failure_reason": G(
            lambda f: f.pick(["wrong_password", "account_locked", "unknown_user", "mfa_failed"])
        ),
        "attempt": G(lambda f: f.r.randint(1, 5)),
        "password_length": G(lambda f: f.r.randint(6, 20)),
        "captcha_shown": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Phone Verified",
    "any",
    ["go"],
    25,
    {
        "phone": Y(lambda f: phone_of(f, f.p, 3), "phone"),
        "verification_code": RED(lambda f: code_digits(f, 6), "token|secret"),
        "attempts": G(lambda f: f.r.randint(1, 3)),
        "channel": G(lambda f: f.pick(["sms", "voice", "whatsapp"])),
        "verified": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Session Refreshed",
    "any",
    ["kotlin"],
    20,
    {
        "auth_token": RED(lambda f: f.jwt(), "token"),
        "refresh_count": G(lambda f: f.r.randint(1, 40)),
        "expires_in": G(lambda f: 3600),
        "token_type": G(lambda f: "Bearer"),
    },
)
ev(
    "track",
    "Loyalty Points Redeemed",
    "any",
    ["kotlin", "swift"],
    30,
    {
        "points": G(lambda f: f.pick([500, 1000, 2500])),
        "reward_id": G(lambda f: f"rw_{f.r.randint(10, 99)}"),
        "reward_name": G(
            lambda f: f.pick(["Rabat 10 zł", "Darmowa dostawa", "Sleva 100 Kč", "Krem Cetaphil gratis"])
        ),
        "card_number": G(lambda f: ean13(f, "299")),
        "balance_after": G(lambda f: f.r.randint(0, 10000)),
    },
)
ev(
    "track",
    "Loyalty Card Scanned",
    "any",
    ["java"],
    35,
    {
        "cardNumber": G(lambda f: ean13(f, "299")),
        "storeId": G(lambda f: pharmacy(f)[0]),
        "terminalId": G(lambda f: f"POS-{f.r.randint(1, 6):02d}"),
        "cashierId": G(lambda f: f"{f.r.randint(100, 999)}"),
        "cashierName": Y(lambda f: f"{f.q.first} {f.q.last}", "name"),
        "basketValue": G(lambda f: f.money(5, 400)),
        "pointsEarned": G(lambda f: f.r.randint(0, 400)),
        "receiptNumber": G(lambda f: f"{f.r.randint(1, 9999)}/{f.r.randint(1, 6)}/2024"),
    },
)
ev(
    "track",
    "Dependant Added",
    "any",
    ["swift"],
    25,
    {
        "dependant": {
            "first_name": Y(lambda f: f.kid.first, "name"),
            "last_name": Y(lambda f: f.kid.last, "name"),
            "birth_date": Y(lambda f: f.kid.birth.isoformat(), "birthdate"),
            "national_id": RED(
                lambda f: pesel(f, f.kid) if f.home == "PL" else rodne_cislo(f, f.kid), "national id"
            ),
            "relationship": G(lambda f: f.pick(["child", "parent", "spouse", "ward"])),
        },
        "dependants_count": G(lambda f: f.r.randint(1, 4)),
        "consent_given": G(lambda f: True),
    },
)
ev(
    "track",
    "Profile Switched",
    "any",
    ["swift", "kotlin"],
    25,
    {
        "label": Y(
            lambda f: f.pick([f.kid.first, full(f.kid), f"{f.q.first} {f.q.last[0]}.", full(f.q)]),
            "name",
            True,
        ),
        "profile_index": G(lambda f: f.r.randint(0, 3)),
        "profile_type": G(lambda f: f.pick(["self", "child", "parent", "spouse"])),
    },
)
ev(
    "track",
    "Notification Channel Added",
    "any",
    ["kotlin"],
    20,
    {
        "contact": {
            "type": G(lambda f: "sms"),
            "value": Y(lambda f: phone_of(f, f.p), "phone", True),
            "verified": G(lambda f: f.pick([True, False])),
        },
        "purpose": G(lambda f: f.pick(["prescription_ready", "order_status", "vaccination_reminder"])),
    },
)
ev(
    "track",
    "Form Field Completed",
    "PL",
    ["web"],
    30,
    {
        "form_id": G(lambda f: f.pick(["erecepta_form", "vaccination_form", "carer_form"])),
        "field": {
            "name": G(lambda f: f.pick(["pesel", "pesel_pacjenta"])),
            "value": RED(lambda f: pesel(f, f.p), "national id", True),
            "valid": G(lambda f: f.pick([True, False])),
        },
        "time_to_complete_ms": G(lambda f: f.r.randint(800, 30000)),
    },
)
ev(
    "track",
    "Address Autocomplete Used",
    "any",
    ["web"],
    25,
    {
        "input": Y(typed_address, "address|street", True),
        "suggestions_count": G(lambda f: f.r.randint(0, 5)),
        "selected_index": G(lambda f: f.r.randint(0, 4)),
        "provider": G(lambda f: f.pick(["google_places", "mapy_cz", "here"])),
        "form": G(lambda f: f.pick(["shipping", "billing", "profile"])),
    },
)

# ---- staff ----
ev(
    "identify",
    None,
    "any",
    ["kotlin"],
    20,
    {
        "first_name": Y(lambda f: f.q.first, "name"),
        "last_name": Y(lambda f: f.q.last, "name"),
        "work_email": Y(
            lambda f: plain(f.q.first[0] + f.q.last).lower() + "@zdrowieplus.example.pl", "email"
        ),
        "title": G(lambda f: f.pick(["mgr farm.", "technik farmaceutyczny", "PharmDr.", "kierownik apteki"])),
        "role": G(lambda f: f.pick(["pharmacist", "technician", "manager"])),
        "pharmacy_id": G(lambda f: pharmacy(f)[0]),
        "pwz": Y(pwz, "license|identification"),
        "employee_number": G(lambda f: f"E{f.digits(5)}"),
        "employer": G(lambda f: f.pick(["Zdrowie+ Sp. z o.o.", "Vitalis Lékárny a.s."])),
    },
)
ev(
    "track",
    "Shift Started",
    "any",
    ["go"],
    25,
    {
        "employee_id": G(lambda f: f"E{f.digits(5)}"),
        "employee_name": Y(lambda f: full(f.q), "name"),
        "employee_email": Y(
            lambda f: plain(f.q.first[0] + f.q.last).lower() + "@zdrowieplus.example.pl", "email"
        ),
        "role": G(lambda f: f.pick(["pharmacist", "technician", "cashier"])),
        "pharmacy_id": G(lambda f: pharmacy(f)[0]),
        "hourly_rate": Y(lambda f: f.pick([38.5, 42.0, 55.0, 61.5, 290.0, 340.0]), "salary"),
        "contract_type": G(lambda f: f.pick(["umowa_o_prace", "b2b", "zlecenie", "HPP"])),
        "shift_start": G(lambda f: f.iso()),
        "planned_hours": G(lambda f: f.pick([6, 8, 12])),
    },
)
ev(
    "track",
    "Patient Searched",
    "PL",
    ["java"],
    25,
    {
        "q": RED(lambda f: pesel(f, f.p), "national id", True),
        "resultsCount": G(lambda f: f.r.randint(0, 2)),
        "terminalId": G(lambda f: f"POS-{f.r.randint(1, 6):02d}"),
        "pharmacistId": G(lambda f: f"{f.r.randint(1000, 9999)}"),
        "source": G(lambda f: f.pick(["p1_lookup", "local_db"])),
    },
)
ev(
    "track",
    "Drive Thru Pickup Arrived",
    "any",
    ["kotlin"],
    20,
    {
        "order_id": G(lambda f: f.hexid(24)),
        "license_plate": Y(
            lambda f: (
                (f.pick(["WA ", "KR ", "PO ", "WX "]) + f"{f.r.randint(10000, 99999)}")
                if f.home == "PL"
                else f"{f.r.randint(1, 9)}{f.pick('ABST')}{f.r.randint(1, 9)} {f.r.randint(1000, 9999)}"
            ),
            "license",
        ),
        "car_color": G(lambda f: f.pick(["black", "white", "silver", "red"])),
        "parking_spot": G(lambda f: f.r.randint(1, 6)),
        "pickup_code": RED(lambda f: code_digits(f, 6), "token|secret"),
    },
)
ev(
    "group",
    None,
    "any",
    ["node"],
    25,
    {
        "name": G(lambda f: pharmacy(f)[1]),
        "nip": G(lambda f: nip(f) if f.home == "PL" else "CZ" + ico(f)),
        "regon": G(lambda f: regon(f) if f.home == "PL" else ico(f)),
        "chain": G(lambda f: "Zdrowie+" if f.home == "PL" else "Vitalis"),
        "employees": G(lambda f: f.r.randint(3, 25)),
        "permit_number": G(
            lambda f: (
                f"WIF-{pharmacy(f)[0][4:6]}.8520.{f.r.randint(10, 999)}.{f.r.randint(2015, 2023)}"
                if f.home == "PL"
                else f"SÚKL/{f.r.randint(10000, 99999)}/{f.r.randint(2015, 2023)}"
            )
        ),
        "registered_office": {
            "street": G(lambda f: pharmacy(f)[2]),
            "city": G(lambda f: pharmacy(f)[3]),
            "postal_code": G(lambda f: pharmacy(f)[4]),
        },
        "office_phone": G(lambda f: pharmacy(f)[5]),
        "orders_email": G(
            lambda f: (
                f"apteka.{f.r.randint(1, 99):02d}@zdrowieplus.example.pl"
                if f.home == "PL"
                else f"lekarna.{f.r.randint(1, 99):02d}@vitalis.example.cz"
            )
        ),
        "manager_name": Y(lambda f: full(f.q), "name"),
        "opening_hours": G(
            lambda f: f.pick(
                ["Pn-Pt 8-20, Sb 9-15", "24/7"] if f.home == "PL" else ["Po-Pá 7:30-19:00", "Nonstop"]
            )
        ),
    },
)

# ---- pets ----
ev(
    "track",
    "Vet Prescription Added",
    "any",
    ["rn"],
    25,
    {
        "pet": {
            "name": G(lambda f: f.pick(["Burek", "Luna", "Maks", "Figa", "Rex", "Micka", "Azor"])),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
            "breed": G(lambda f: f.pick(["mieszaniec", "labrador", "český fousek", "maine coon"])),
            "weight_kg": G(lambda f: f.money(1, 40)),
            "birth_date": G(lambda f: f.date(2010, 2023)),
            "medication": G(
                lambda f: f.pick(["Bravecto 500 mg", "Milbemax", "Meloxidyl", "Frontline Combo"])
            ),
            "chip_number": G(lambda f: "616" + f.digits(12)),
        },
        "vet_clinic": G(
            lambda f: f.pick(
                ["Przychodnia Weterynaryjna Ars-Vet", "Veterinární klinika Hafík", "Vetka Mokotów"]
            )
        ),
        "vet_name": Y(lambda f: "lek. wet. " + full(f.q), "name"),
        "owner_phone": Y(lambda f: phone_of(f, f.p), "phone"),
    },
)

# ---- marketing / vendors ----
ev(
    "track",
    "Ad Click Captured",
    "any",
    ["web"],
    30,
    {
        "gclid": Y(
            lambda f: (
                "Cj0KCQjw"
                + "".join(
                    f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                    for _ in range(60)
                )
            ),
            "advertising id",
        ),
        "fbclid": Y(
            lambda f: (
                "IwAR"
                + "".join(
                    f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                    for _ in range(56)
                )
            ),
            "advertising id",
        ),
        "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
        "landing_page": G(lambda f: f.pick(PAGES[f.home])[0]),
        "utm_source": G(lambda f: f.pick(["google", "facebook", "bing", "seznam"])),
        "utm_campaign": G(lambda f: f.pick(["jesien_odpornosc", "e-recepta-promo", "ockovani_chripka"])),
        "first_touch": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Purchase",
    "any",
    ["node"],
    30,
    {
        "event_id": G(lambda f: f.uuid()),
        "action_source": G(lambda f: f.pick(["website", "app", "physical_store"])),
        "event_source_url": G(lambda f: HOSTS[f.home] + "/zamowienie/potwierdzenie"),
        "user_data": {
            "em": Many(Y(lambda f: f.hexid(64), "email"), 1),
            "ph": Many(Y(lambda f: f.hexid(64), "phone"), 1),
            "fn": Y(lambda f: f.hexid(64), "name"),
            "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10 - 1)}", "advertising id"),
            "external_id": Many(G(lambda f: f.hexid(64)), 1),
        },
        "custom_data": {
            "value": G(lambda f: f.money(20, 600)),
            "currency": G(lambda f: "PLN" if f.home == "PL" else "CZK"),
            "content_ids": Many(G(lambda f: ean13(f)), 3),
            "content_type": G(lambda f: "product"),
            "num_items": G(lambda f: f.r.randint(1, 6)),
        },
    },
)
ev(
    "track",
    "Email Opened",
    "any",
    ["node"],
    30,
    {
        "email": Y(lambda f: email_of(f, f.p), "email"),
        "sg_event_id": G(
            lambda f: "".join(
                f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                for _ in range(22)
            )
        ),
        "sg_message_id": G(
            lambda f: (
                "".join(
                    f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(22)
                )
                + ".filterdrecv-"
                + f.hexid(10)
            )
        ),
        "useragent": G(
            lambda f: (
                "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"
            )
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "category": Many(G(lambda f: f.pick(["rx_ready", "newsletter", "vaccination_reminder"])), 2),
        "campaign_name": G(lambda f: f.pick(["Recepta gotowa", "Jesienna odporność", "Připomínka očkování"])),
        "sg_machine_open": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "SMS Status Updated",
    "any",
    ["python"],
    30,
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": G(lambda f: "AC" + f.hexid(32)),
        "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        "To": Y(lambda f: phone_of(f, f.p, 3), "phone", True),
        "From": G(lambda f: f.pick(["+48732106262", "+420736353535", "ZdrowiePlus"])),
        "Body": RED(pickup_sms, "token|secret", True),
        "NumSegments": G(lambda f: f.pick([1, 2])),
        "ErrorCode": G(lambda f: f.pick([0, 30003, 30005])),
    },
)
ev(
    "track",
    "CUSTOMER_SNAPSHOT_SYNCED",
    "any",
    ["python"],
    25,
    {
        "CUSTOMER_ID": G(lambda f: f.r.randint(100000, 9999999)),
        "EMAIL": Y(lambda f: email_of(f, f.p), "email"),
        "PHONE_NUMBER": Y(lambda f: phone_of(f, f.p, 3), "phone"),
        "FIRST_NAME": Y(lambda f: f.p.first, "name"),
        "LAST_NAME": Y(lambda f: f.p.last, "name"),
        "DOB": Y(lambda f: f.p.birth.isoformat(), "birthdate"),
        "BIRTH_YEAR": Y(lambda f: f.p.birth.year, "birthdate"),
        "HOME_POSTCODE": Y(lambda f: f.p.zip, "zipcode"),
        "PREFERRED_PHARMACY_CITY": G(lambda f: pharmacy(f)[3]),
        "LIFETIME_VALUE": G(lambda f: f.money(0, 8000)),
        "ORDERS_COUNT": G(lambda f: f.r.randint(0, 120)),
        "LAST_ORDER_AT": G(lambda f: f.iso()),
        "LOYALTY_TIER": G(lambda f: f.pick(["BASIC", "SILVER", "GOLD"])),
        "CHRONIC_RX_PATIENT": Y(lambda f: f.pick([True, False]), "condition"),
        "CHURN_SCORE": G(lambda f: round(f.r.uniform(0, 1), 3)),
        "CONSENT_EMAIL": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "PaymentAttempted",
    "any",
    ["dotnet"],
    25,
    {
        "PaymentId": G(lambda f: f.uuid()),
        "OrderId": G(lambda f: f.hexid(24)),
        "Amount": G(lambda f: f.money(10, 900)),
        "Currency": G(lambda f: "PLN" if f.home == "PL" else "CZK"),
        "Gateway": G(lambda f: f.pick(["Przelewy24", "PayU", "GoPay", "ComGate"])),
        "CardNumber": RED(lambda f: f.card(), "credit card"),
        "CardHolder": Y(lambda f: full(f.p).upper(), "name"),
        "ExpiryMonth": G(lambda f: f.r.randint(1, 12)),
        "ExpiryYear": G(lambda f: f.r.randint(2025, 2030)),
        "ThreeDsVersion": G(lambda f: f.pick(["2.1.0", "2.2.0"])),
        "ResultCode": G(lambda f: f.pick(["AUTHORISED", "DECLINED", "3DS_REQUIRED"])),
        "CustomerIp": Y(lambda f: f.ipv4(), "ip"),
    },
)
ev(
    "track",
    "P1 Integration Callback",
    "PL",
    ["python"],
    20,
    {
        "request_id": G(lambda f: f.uuid()),
        "operation": G(lambda f: f.pick(["pobierzRecepte", "zapiszDokumentRealizacji", "anulujRealizacje"])),
        "status": G(lambda f: f.pick(["OK", "BLAD_WALIDACJI", "TIMEOUT"])),
        "duration_ms": G(lambda f: f.r.randint(80, 9000)),
        "api_key": RED(lambda f: "sk_live_" + f.hexid(32), "secret"),
        "signature": G(lambda f: f.hexid(64)),
        "certificate_serial": G(lambda f: f.hexid(16).upper()),
    },
)

# ---- screens and aliases ----
ev(
    "screen",
    None,
    "any",
    ["swift", "kotlin", "flutter", "rn"],
    60,
    {
        "name": G(
            lambda f: f.pick(
                [
                    "Home",
                    "Cart",
                    "Prescriptions",
                    "Prescription Details",
                    "Pharmacy Finder",
                    "Chat",
                    "Loyalty Card",
                ]
            )
        ),
        "previous_screen": G(lambda f: f.pick(["Home", "Search", "Cart", "Profile"])),
        "prescriptions_count": G(lambda f: f.r.randint(0, 8)),
    },
)
ev(
    "track",
    "Pharmacy Finder Searched",
    "any",
    ["swift", "flutter"],
    30,
    {
        "query": G(
            lambda f: f.pick(
                ["apteka całodobowa", "Kraków", "lékárna Brno", "apteka Mokotów", "pohotovostní lékárna"]
            )
        ),
        "radius_km": G(lambda f: f.pick([1, 3, 5, 10])),
        "user_location": {
            "lat": Y(lambda f: near_home(f, 0), "geolocation"),
            "lng": Y(lambda f: near_home(f, 1), "geolocation"),
        },
        "results": Many(
            {
                "pharmacy_id": G(result_pharmacy_id),
                "name": G(lambda f: f.ph_item[1]),
                "distance_km": G(lambda f: f.money(0, 10)),
                "open_now": G(lambda f: f.pick([True, False])),
            },
            3,
        ),
        "selected_pharmacy_id": G(lambda f: pharmacy(f)[0]),
    },
)
ev("alias", None, "any", ["web", "swift"], 20, None)

CLIENTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}


def message(f: PFake, kind: str, name: str | None, market: str, client: str, body: Any, labels: dict) -> dict:
    f.start(market)
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if client in CLIENTS:
        msg["anonymousId"] = f.uuid()
        if f.r.random() < 0.75 or kind in ("identify", "alias"):
            msg["userId"] = f"u_{f.digits(8)}"
    else:
        msg["userId"] = f.pick([f.digits(7), f"u_{f.digits(8)}", f.uuid()])
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen") and name:
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = pharmacy(f)[0]
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId", f.uuid())
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    ctx = CLIENTS[client](f) if client in CLIENTS else server_context(f, client)
    msg["context"] = render(ctx, f, "context", labels)
    if f.r.random() < 0.2:
        msg["integrations"] = {"All": True, "Facebook Pixel": f.pick([True, False])}
    return msg


def build(seed: int, scale: float):
    f = PFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, market, clients, weight, body in EVENTS:
        for _ in range(max(3, round(weight * scale))):
            events.append(message(f, kind, name, market, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=72, scale=1.0)
    write(Path(__file__).parent, "holdout72_", events, labels)
