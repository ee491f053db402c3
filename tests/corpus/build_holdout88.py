"""Writes holdout 88: tests/corpus/holdout88_events.jsonl and holdout88_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for the format),
REFERENCE.md and DESIGN.md only, without reading the detection engine, its vocabularies, its
tests or the other corpora's labels, and without running the engine on these events.

What it covers: "Vestia", a fashion e-commerce marketplace selling in Germany, Poland and Italy
(vestia.de / vestia.pl / vestia.it). Browsing and search, size profiles (height, weight, fit,
maternity and adaptive fit), profiles for children and dogs, wishlists, checkout with invoices
(German Rechnung, Polish faktura with NIP, Italian fattura with codice fiscale / partita IVA /
PEC / codice destinatario), buy-now-pay-later applications (PESEL, codice fiscale, income, SCHUFA
score, ID card), card and Stripe-shaped payments, delivery to Packstations, InPost Paczkomaty and
Punti Poste with pick-up codes, carrier webhooks with couriers and neighbours, returns with
reasons and refunds to IBANs (a .NET returns service), reviews with photos, gift cards, a support
chat, marketing (push, e-mail, Facebook Conversions API), sign-in links and one-time codes, and
partner sellers: seller staff, seller companies (group calls), listings and payouts.

Messages are identify / track / page / screen / group / alias calls with the `context` blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the server libraries (python, node, go, java, ruby, php, csharp): context.ip, context.traits,
device, app, library, locale, userAgent, userAgentData, campaign, location, externalIds.

Conventions: mostly camelCase and snake_case English keys; other conventions real customers
have make up about a fifth of the distinct paths (under a tenth of the leaf values):
PascalCase from the .NET returns service, kebab-case from the Go shipping service,
SCREAMING_SNAKE traits from a warehouse reverse-ETL sync, and German (vorname, nachname,
lieferadresse, rechnungsadresse, kontoinhaber), Polish (imię, nazwisko, adres, kod_odbioru,
paczkomat) and Italian (nome, cognome, indirizzo, codice_fiscale, città, presso) keys.
Values are generated per message for one country (DE / PL / IT, with shoppers from many
cultures): national phone formats, local street formats and postcodes, IBANs with mod-97 check
digits (Polish sort codes and Italian CIN computed too), codici fiscali with their check letter,
PESEL and NIP with their checksums, Polish ID-card numbers with their check digit, Luhn cards,
EAN-13 and UPU S10 tracking numbers with check digits, gclid / fbclid / _fbp / _fbc shapes.

Labelling rules (the product's default colours, as the brief gives them):
- PII is personal data about a natural person (shopper, gift recipient, child, neighbour,
  courier, seller staff, a seller's managing director): names, contact details, the person's
  address or precise location, birth dates, government ids, bank accounts, full card numbers,
  special categories, credentials and secrets the person holds, IP addresses, advertising ids.
  Colour: the reference's default for the matcher; outside the reference, red for secrets,
  tokens, card numbers, bank accounts, government ids; yellow otherwise.
- Green: ids we issue (order, invoice, return, listing, customer, loyalty numbers; a DHL
  Postnummer is a customer number a business issues, green by the published policy), SKUs,
  EANs, tracking numbers, versions, timestamps, amounts, enums, counters and booleans under
  PII-sounding keys (emailVerified, peselProvided, password_strength, email_age_days; but not
  booleans that reveal a special category, see below), product and brand names (also brands
  named after people, e.g. "Karl Lagerfeld"), seller names, pet names and pet data (a dog's
  birthday), places that are not the person's (a parcel shop's address and coordinates, a
  company's registered address), country, province, locale, timezone, currency, user agents,
  OS device ids, card brand / last four / expiry / BIN / masked PAN, BICs, ages and age bands,
  employers and job titles, company names and company tax ids (USt-IdNr, partita IVA, NIP of a
  company on a B2B invoice), role mailboxes (kundenservice@, faktury@) and a company's support
  number, e-mail Message-IDs, UUID tokens (a Places session token).
- Body measurements for size advice (height, weight, chest, waist, hips, shoe size, bra size,
  body shape, fit preference) are green: they are not health data and the policy keeps ages
  and similar descriptive attributes green. A pregnancy flag or due date is the `condition`
  special category (yellow); "uses a wheelchair" is `disability` (red, the reference's colour).
- A salutation (Anrede Herr/Frau, Pan/Pani, Sig./Sig.ra) and one-letter sex codes (K/M, F/M)
  reveal gender: yellow `gender`. A product's department gender ("women", "kids") is green.
- Contested cases follow the published policy: payment-method tokens (pm_, Adyen stored
  payment method ids), pick-up codes, one-time codes, sign-in-link and reset tokens, gift-card
  codes and PINs are red (`token` / `secret` / `password`); income is `salary` (yellow), a SCHUFA
  score is `credit score` (yellow), gclid / fbclid / _fbp / _fbc are `advertising id` (yellow),
  billing and shipping addresses are `address` (yellow, street lines `address|street`), PESEL,
  codice fiscale and ID-card numbers are `national id` (red).
- Decisions where the brief leaves room (what a careful privacy owner would want flagged):
  every IBAN is red `bank account`, a seller's payout IBAN too (sellers include sole traders);
  SHA-256 hashes of e-mails and phones sent for ad matching (Conversions API `em`, `ph`) are
  yellow `email` / `phone`, since they exist to identify the person; a customer-uploaded review
  photo is yellow `photo`; a reviewer's display name ("Anna K.") is a `name`; the city shown
  next to a review is the reviewer's own `city`; a neighbour's surname alone is a `name`.
- value_only is true when the key does not say what the value is (input, q, label, text, body,
  message, note, field.value, recipient, externalIds[].id, a login_url carrying the token). A
  value_only PII path holds that PII in every one of its values; free text is labelled by what
  every value carries, green when none does (review text, return comments, delivery
  instructions never carry PII here).
"""

# ruff: noqa: RUF001 (real shop copy uses en dashes, and Turkish names the dotless i)

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places --------------------------------------------------------------------------------

FIRST = {
    "DE": [
        "Lukas",
        "Anna",
        "Jonas",
        "Lea",
        "Felix",
        "Sophie",
        "Maximilian",
        "Marie",
        "Paul",
        "Hannah",
        "Leon",
        "Johanna",
        "Finn",
        "Emilia",
        "Tim",
        "Katharina",
        "Jürgen",
        "Sabine",
        "Uwe",
        "Birgit",
    ],
    "PL": [
        "Jakub",
        "Zofia",
        "Kacper",
        "Małgorzata",
        "Wojciech",
        "Agnieszka",
        "Łukasz",
        "Katarzyna",
        "Piotr",
        "Anna",
        "Tomasz",
        "Magdalena",
        "Michał",
        "Joanna",
        "Krzysztof",
        "Aleksandra",
        "Bartosz",
        "Ewa",
        "Grzegorz",
        "Żaneta",
    ],
    "IT": [
        "Giulia",
        "Francesco",
        "Alessandro",
        "Chiara",
        "Matteo",
        "Sofia",
        "Lorenzo",
        "Martina",
        "Andrea",
        "Federica",
        "Giuseppe",
        "Valentina",
        "Marco",
        "Elisa",
        "Riccardo",
        "Aurora",
        "Salvatore",
        "Beatrice",
        "Niccolò",
        "Ilaria",
    ],
    "XX": [
        "Emre",
        "Ayşe",
        "Mehmet",
        "Elif",
        "Oksana",
        "Dmytro",
        "Olena",
        "Thu Trang",
        "Minh",
        "Yasmin",
        "Karim",
        "Chinedu",
        "Ngozi",
        "Ananya",
        "Ioana",
        "Arben",
        "Eleni",
        "João",
        "Lucía",
        "Wei",
        "Haruka",
        "Moussa",
        "Siobhán",
        "Aleksandar",
        "Nour",
    ],
}
LAST = {
    "DE": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Braun",
        "Zimmermann",
        "Krüger",
        "Lehmann",
        "von Stein",
        "Meier-Hansen",
    ],
    "PL": [
        "Nowak",
        "Kowalski",
        "Wiśniewska",
        "Wójcik",
        "Kowalczyk",
        "Kamińska",
        "Lewandowski",
        "Zielińska",
        "Szymański",
        "Woźniak",
        "Dąbrowski",
        "Kozłowska",
        "Jankowski",
        "Mazur",
        "Krawczyk",
        "Piotrowska",
        "Grabowski",
        "Pawłowska",
        "Król",
    ],
    "IT": [
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
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "De Luca",
        "D'Angelo",
        "Lo Iacono",
    ],
    "XX": [
        "Yılmaz",
        "Kaya",
        "Demir",
        "Shevchenko",
        "Kovalenko",
        "Nguyen",
        "Tran",
        "Haddad",
        "Okonkwo",
        "Sharma",
        "Popescu",
        "Hoxha",
        "Papadopoulos",
        "Santos",
        "García",
        "Wang",
        "Tanaka",
        "Diallo",
        "Petrović",
        "Al-Sayed",
        "Ó Briain",
        "Bondarenko",
    ],
}
MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "icloud.com"],
    "PL": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com", "op.pl", "outlook.com"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "hotmail.it", "tiscali.it", "alice.it", "icloud.com"],
}
CITIES = {
    "DE": [
        "Berlin",
        "München",
        "Köln",
        "Hamburg",
        "Frankfurt am Main",
        "Leipzig",
        "Stuttgart",
        "Düsseldorf",
        "Dresden",
        "Freiburg im Breisgau",
        "Gelsenkirchen",
    ],
    "PL": [
        "Warszawa",
        "Kraków",
        "Wrocław",
        "Gdańsk",
        "Poznań",
        "Łódź",
        "Katowice",
        "Lublin",
        "Bielsko-Biała",
    ],
    "IT": ["Milano", "Roma", "Torino", "Napoli", "Bologna", "Firenze", "Palermo", "Bari", "Reggio Emilia"],
}
PROVINCES = ["MI", "RM", "TO", "NA", "BO", "FI", "PA", "BA", "RE"]
STREETS = {
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Schillerstraße",
        "Goethestraße",
        "Lindenallee",
        "Berliner Str.",
        "Am Markt",
        "Friedrichstraße",
        "Kastanienweg",
        "Gartenstraße",
        "Karl-Marx-Allee",
    ],
    "PL": [
        "ul. Marszałkowska",
        "ul. Długa",
        "al. Jana Pawła II",
        "ul. Piotrkowska",
        "os. Tysiąclecia",
        "ul. Świętokrzyska",
        "ul. Mickiewicza",
        "ul. Kwiatowa",
    ],
    "IT": [
        "Via Roma",
        "Corso Vittorio Emanuele II",
        "Via Giuseppe Garibaldi",
        "Piazza Navona",
        "Viale Monza",
        "Via dei Mille",
        "Via Nazionale",
        "Corso Buenos Aires",
    ],
}
LOCALES = {
    "DE": ["de-DE", "de-DE", "en-GB", "tr-TR"],
    "PL": ["pl-PL", "pl-PL", "uk-UA"],
    "IT": ["it-IT", "it-IT", "en-US"],
}
TIMEZONES = {"DE": "Europe/Berlin", "PL": "Europe/Warsaw", "IT": "Europe/Rome"}
DOMAIN = {"DE": "www.vestia.de", "PL": "www.vestia.pl", "IT": "www.vestia.it"}
CURRENCY = {"DE": "EUR", "PL": "PLN", "IT": "EUR"}

PRODUCTS = [
    "Leinenkleid Midi",
    "Sukienka kopertowa",
    "Abito in lino",
    "Slim Fit Jeans 511",
    "Trenchcoat Classic",
    "Sneaker Stan Smith",
    "Kurtka puchowa",
    "Giacca in pelle",
    "Strickpullover Kaschmir",
    "Bluzka z wiskozy",
    "Mocassini in camoscio",
    "Hunde-Regenmantel",
    "Umstandsjeans Skinny",
    "Adaptive Hose mit Magnetverschluss",
    "Kinder-Winterjacke",
]
BRANDS = [
    "Marc O'Polo",
    "Tommy Hilfiger",
    "Reserved",
    "Mango",
    "Liu Jo",
    "Max Mara",
    "adidas",
    "Levi's",
    "Hugo Boss",
    "Benetton",
    "Mohito",
    "Calzedonia",
    "Armedangels",
    "Karl Lagerfeld",
    "s.Oliver",
    "Patrizia Pepe",
    "Wittchen",
]
CATEGORIES = [
    "Damen > Kleider",
    "Herren > Jeans",
    "Kobiety > Sukienki",
    "Mężczyźni > Kurtki",
    "Donna > Abiti",
    "Uomo > Scarpe",
    "Kinder > Jacken",
    "Umstandsmode",
    "Haustier > Hundemäntel",
]
COLORS = ["schwarz", "navy", "czarny", "beżowy", "nero", "bianco", "olive", "rosso"]
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "36", "38", "40", "42", "W32/L34", "44", "EU 39"]
SELLERS = [
    "Moda Rossi S.r.l.",
    "Vintage Kraków sp. z o.o.",
    "Nordlicht Textil GmbH",
    "Atelier Bianchi & Figli",
    "Sklep Odzieżowy Jagoda s.c.",
    "StreetWear Hub GmbH",
    "Calzature Ferrante S.p.A.",
    "Lumo Kids UG (haftungsbeschränkt)",
]
SELLER_DOMAINS = [
    "modarossi.it",
    "vintagekrakow.pl",
    "nordlicht-textil.de",
    "atelierbianchi.it",
    "streetwearhub.de",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

CF_ODD_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
CF_ODD_LETTERS = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]
CF_ODD = dict(zip(string.digits, CF_ODD_DIGITS, strict=True)) | dict(
    zip(string.ascii_uppercase, CF_ODD_LETTERS, strict=True)
)
CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in string.digits + string.ascii_uppercase}


def fold(text: str) -> str:
    """ASCII for e-mail local parts: ł→l, ß→ss, accents dropped, spaces and apostrophes removed."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text if c.isalnum() or c == "-").lower()


def cf_check(body: str) -> str:
    total = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(body))
    return chr(65 + total % 26)


def iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


class Shop(Fake):
    """Fake values for one country at a time (`cc`), set per message by build()."""

    cc = "DE"
    field = "email"

    def loc(self) -> str:
        return self.cc if self.r.random() < 0.8 else "XX"

    def first(self):
        return self.pick(FIRST[self.loc()])

    def last(self):
        return self.pick(LAST[self.loc()])

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first, last = fold(self.first()), fold(self.last())
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}{last}{self.r.randint(70, 99)}",
                f"{last}.{first}",
                f"{first}_{last}{self.r.randint(1, 9)}",
                f"{first}.{last}+vestia",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[self.cc])}"

    def work_email(self):
        return f"{fold(self.first())}.{fold(self.last())}@{self.pick(SELLER_DOMAINS)}"

    def phone(self, style=None):
        r, d = self.r, self.digits
        where = self.cc if r.random() < 0.85 else self.pick(["AT", "UA", "TR", "CH", "UK"])
        if where == "DE":
            p = self.pick(["151", "152", "157", "160", "170", "171", "172", "175", "176", "177", "179"])
            n = d(r.choice([7, 8]))
            return self.pick(
                [f"+49 {p} {n}", f"0{p} {n}", f"+49{p}{n}", f"0{p}/{n}", f"+49 30 {d(8)}", f"089 {d(7)}"]
            )
        if where == "PL":
            n = self.pick("5678") + d(8)
            return self.pick(
                [
                    f"+48 {n[:3]} {n[3:6]} {n[6:]}",
                    f"{n[:3]} {n[3:6]} {n[6:]}",
                    f"+48{n}",
                    f"{n[:3]}-{n[3:6]}-{n[6:]}",
                ]
            )
        if where == "IT":
            n = "3" + self.pick(["20", "28", "33", "35", "38", "40", "47", "49", "66", "93"]) + d(7)
            return self.pick(
                [
                    f"+39 {n[:3]} {n[3:6]} {n[6:]}",
                    f"{n[:3]} {n[3:]}",
                    f"+39{n}",
                    f"+39 {n[:3]} {n[3:]}",
                    f"02 {d(4)} {d(4)}",
                ]
            )
        return {
            "AT": f"+43 664 {d(7)}",
            "UA": f"+380 {self.pick(['50', '63', '67', '97'])} {d(3)} {d(2)} {d(2)}",
            "TR": f"+90 5{r.randint(30, 59)} {d(3)} {d(2)} {d(2)}",
            "CH": f"+41 7{self.pick('6789')} {d(3)} {d(2)} {d(2)}",
            "UK": f"+44 7{d(3)} {d(6)}",
        }[where]

    def street_name(self):
        return self.pick(STREETS[self.cc])

    def house(self):
        n = str(self.r.randint(1, 180))
        if self.cc == "DE":
            return n + self.pick(["", "", "", "a", "b"])
        if self.cc == "PL":
            return n + self.pick(["", f"/{self.r.randint(1, 90)}", f" m. {self.r.randint(1, 60)}"])
        return n + self.pick(["", "", "/B", ", int. 4", ", scala C"])

    def street(self):
        if self.cc == "IT":
            return f"{self.street_name()} {self.house()}"
        return f"{self.street_name()} {self.house()}"

    def zip(self):
        if self.cc == "PL":
            return f"{self.r.randint(0, 99):02d}-{self.r.randint(0, 999):03d}"
        if self.cc == "IT":
            return (
                self.pick(["20", "00", "10", "80", "40", "50", "90", "70", "42"])
                + f"{self.r.randint(0, 199):03d}"
            )
        return f"{self.r.randint(1067, 99998):05d}"

    def city(self):
        return self.pick(CITIES[self.cc])

    def address_line(self):
        return f"{self.street()}, {self.zip()} {self.city()}"

    def extra_line(self):
        return self.pick(
            {
                "DE": ["2. OG links", "Hinterhaus", "c/o Familie Weber", "Whg. 12", "3. Etage"],
                "PL": ["klatka B", "piętro 4", "lokal 7", "wejście od podwórza"],
                "IT": ["scala B", "interno 9", "piano 3", "c/o Studio Conti"],
            }[self.cc]
        )

    def dob(self, fmt="iso", start=1952, end=2006):
        y, m, dd = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        if fmt == "local":
            return f"{dd:02d}/{m:02d}/{y}" if self.cc == "IT" else f"{dd:02d}.{m:02d}.{y}"
        return f"{y}-{m:02d}-{dd:02d}"

    def iban(self, country=None, spaced=None):
        country = country or self.cc
        if country == "PL":
            head = (
                self.pick(["1020", "1140", "1050", "1090", "1240", "1160"]) + f"{self.r.randint(0, 999):03d}"
            )
            sort = head + str(
                (10 - sum(int(c) * w for c, w in zip(head, [3, 9, 7, 1, 3, 9, 7], strict=True)) % 10) % 10
            )
            bban = sort + f"{self.r.randint(0, 10**16 - 1):016d}"
        elif country == "IT":
            body = (
                self.pick(["03069", "02008", "05034", "03062", "01030"])
                + f"{self.r.randint(1000, 99999):05d}"
            )
            body += f"{self.r.randint(0, 10**12 - 1):012d}"
            bban = cf_check(body) + body
        else:
            blz = self.pick(
                ["10010010", "37040044", "50070010", "12030000", "43060967", "10011001", "70150000"]
            )
            bban = blz + f"{self.r.randint(0, 10**10 - 1):010d}"
        raw = country + iban_check(country, bban) + bban
        spaced = self.r.random() < 0.5 if spaced is None else spaced
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw

    def bic(self):
        return self.pick(
            {
                "DE": ["COBADEFFXXX", "DEUTDEDBXXX", "BYLADEM1001", "GENODEM1GLS", "NTSBDEB1XXX"],
                "PL": ["BPKOPLPW", "BREXPLPWMBK", "INGBPLPW", "WBKPPLPP"],
                "IT": ["BCITITMM", "UNCRITMM", "BPMOIT22XXX", "PASCITMM"],
            }[self.cc]
        )

    def codice_fiscale(self):
        def code(name, is_first):
            letters = [c for c in fold(name).upper() if c.isalpha()]
            cons = [c for c in letters if c not in "AEIOU"]
            vows = [c for c in letters if c in "AEIOU"]
            if is_first and len(cons) >= 4:
                cons = [cons[0], cons[2], cons[3]]
            return "".join((cons + vows + ["X"] * 3)[:3])

        female = self.r.random() < 0.5
        day = self.r.randint(1, 28) + (40 if female else 0)
        body = (
            code(self.pick(LAST["IT"] + LAST["XX"]), False)
            + code(self.pick(FIRST["IT"] + FIRST["XX"]), True)
            + f"{self.r.randint(50, 99):02d}"
            + self.pick("ABCDEHLMPRST")
            + f"{day:02d}"
            + self.pick(
                ["F205", "H501", "L219", "F839", "A944", "D612", "G273", "A662", "Z112", "Z129", "Z138"]
            )
        )
        return body + cf_check(body)

    def pesel(self):
        y, m, dd = self.r.randint(1950, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{dd:02d}{self.r.randint(0, 9999):04d}"
        check = (
            10 - sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True)) % 10
        ) % 10
        return body + str(check)

    def national_id(self):
        return self.pesel() if self.cc == "PL" else self.codice_fiscale()

    def pl_id_card(self):
        letters = "".join(self.pick(string.ascii_uppercase) for _ in range(3))
        rest = self.digits(5)
        vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
        check = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10
        return f"{letters}{check}{rest}"

    def it_id_card(self):
        return (
            "C"
            + self.pick(string.ascii_uppercase[:6])
            + self.digits(5)
            + "".join(self.pick("ABCDEFGHJK") for _ in range(2))
        )

    def id_document(self):
        return self.pl_id_card() if self.cc == "PL" else self.it_id_card()

    def nip_raw(self):
        while True:
            body = self.digits(9)
            check = sum(int(c) * w for c, w in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7], strict=True)) % 11
            if check != 10:
                return body + str(check)

    def nip(self):
        n = self.nip_raw()
        return self.pick([n, f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}", "PL" + n])

    def partita_iva(self):
        return self.luhn_complete(
            f"{self.r.randint(0, 9999999):07d}" + self.pick(["146", "150", "159", "120"])
        )

    def vat_id(self):
        return self.pick(["DE" + self.digits(9), "IT" + self.partita_iva(), "PL" + self.nip_raw()])

    def ean(self):
        body = self.pick(["400", "590", "800", "803"]) + self.digits(9)
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def s10(self, suffix):
        body = self.digits(8)
        total = sum(int(c) * w for c, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7], strict=True))
        c = 11 - total % 11
        c = 0 if c == 10 else 5 if c == 11 else c
        return f"{self.pick(['RR', 'RA', 'CX', 'LX'])}{body}{c}{suffix}"

    def tracking(self):
        if self.cc == "PL":
            return "6" + self.digits(23)
        if self.cc == "IT":
            return self.s10("IT")
        return self.pick(["00340434" + self.digits(12), "JJD0001" + self.digits(11), self.s10("DE")])

    def locker(self):
        if self.cc == "PL":
            return (
                self.pick(["WAW", "KRA", "WRO", "GDA", "POZ"])
                + f"{self.r.randint(1, 99):02d}"
                + self.pick("AMNP")
            )
        if self.cc == "IT":
            return "PP" + self.digits(5)
        return f"Packstation {self.r.randint(101, 399)}"

    def shop_address(self):
        return self.pick(
            {
                "DE": ["Bahnhofsplatz 1", "Kaiserstraße 54 (Kiosk)", "Rewe, Lindenstraße 3"],
                "PL": ["ul. Grójecka 208 (Żabka)", "al. Krakowska 61", "ul. Ruska 46"],
                "IT": ["Via Padova 112 (Tabaccheria)", "Piazza Garibaldi 2", "Via Tiburtina 455"],
            }[self.cc]
        )

    def order_no(self):
        return self.pick(["VS", "VP", "VI"]) + "-" + self.digits(9)

    def invoice_no(self):
        return {"DE": "RE-2024-", "PL": "FV/2024/", "IT": "FT-2024/"}[
            self.cc
        ] + f"{self.r.randint(1, 99999):05d}"

    def money(self, lo=5, hi=400):
        return round(self.r.uniform(lo, hi), 2)

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pm_token(self):
        return self.pick(["pm_1", "pm_1"]) + self.alnum(23)

    def stored_method(self):
        return self.pick([self.pm_token(), self.digits(16)])

    def gift_code(self):
        return "-".join(self.alnum(4, string.ascii_uppercase + string.digits) for _ in range(4))

    def gclid(self):
        return self.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAiA"]) + self.alnum(
            self.r.randint(70, 88), string.ascii_letters + string.digits + "_-"
        )

    def fbclid(self):
        return "IwAR" + self.alnum(57, string.ascii_letters + string.digits + "_-")

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**8, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def sha(self, text):
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()

    def e164_digits(self):
        return "".join(c for c in self.phone() if c.isdigit())

    def sku(self):
        colour = self.pick(["BLK", "NVY", "BEI", "RED"])
        size = self.pick(["S", "M", "L", "38", "40"])
        return f"{self.pick(['VS', 'MR', 'NT', 'SW'])}{self.r.randint(10000, 99999)}-{colour}-{size}"

    def product_id(self):
        return self.pick(["p", "P"]) + self.digits(8)

    def seller_id(self):
        return "slr_" + self.digits(5)

    def url_path(self):
        return self.pick(
            {
                "DE": [
                    "/",
                    "/damen/kleider",
                    "/herren/jeans",
                    "/p/leinenkleid-midi-" + self.digits(6),
                    "/warenkorb",
                    "/konto/bestellungen",
                    "/sale",
                ],
                "PL": [
                    "/",
                    "/kobiety/sukienki",
                    "/mezczyzni/kurtki",
                    "/p/sukienka-kopertowa-" + self.digits(6),
                    "/koszyk",
                    "/konto/zamowienia",
                ],
                "IT": [
                    "/",
                    "/donna/abiti",
                    "/uomo/scarpe",
                    "/p/abito-in-lino-" + self.digits(6),
                    "/carrello",
                    "/account/ordini",
                    "/saldi",
                ],
            }[self.cc]
        )


def gift_message(f: Shop) -> str:
    a, b = f.first(), f.first()
    return f.pick(
        {
            "DE": [
                f"Liebe {a}, alles Gute zum Geburtstag! Dein {b}",
                f"Für {a} – frohe Weihnachten, {b} & Familie",
                f"Hallo {a}, viel Spaß beim Shoppen! {b}",
            ],
            "PL": [
                f"Kochana {a}, wszystkiego najlepszego! {b}",
                f"Dla {a} z okazji imienin — {b}",
                f"{a}, wesołych świąt! Ściskam, {b}",
            ],
            "IT": [
                f"Cara {a}, buon compleanno! Un abbraccio, {b}",
                f"Per {a}, con affetto — {b}",
                f"Auguri {a}! Da {b} e famiglia",
            ],
        }[f.cc]
        + [f"Happy anniversary {a}! Love, {b}"]
    )


def support_text(f: Shop) -> str:
    phone, email = f.phone(), f.email()
    return f.pick(
        {
            "DE": [
                f"Hallo, ich habe die falsche Größe bekommen. Bitte ruft mich an: {phone}",
                f"Meine neue E-Mail ist {email}, bitte für die Rechnung ändern",
                f"Paket nicht angekommen, erreichbar unter {phone} ab 17 Uhr",
            ],
            "PL": [
                f"Dzień dobry, proszę o kontakt pod numerem {phone}",
                f"Zamówienie nie dotarło, mój mail to {email}",
                f"Proszę zmienić telefon w zamówieniu na {phone}",
            ],
            "IT": [
                f"Buongiorno, potete richiamarmi al {phone}?",
                f"Il pacco non è arrivato. Scrivetemi a {email}",
                f"Ho cambiato email: {email}, grazie",
            ],
        }[f.cc]
        + [f"Hi, can you update my number to {phone}?"]
    )


def push_body(f: Shop) -> str:
    n = f.first()
    return f.pick(
        {
            "DE": [
                f"{n}, dein Paket ist unterwegs 📦",
                f"{n}, 20 % auf deine Lieblingsmarke – nur heute!",
                f"Hey {n}, deine Rückerstattung ist da",
            ],
            "PL": [
                f"{n}, Twoja paczka czeka w Paczkomacie",
                f"{n}, -30% na kurtki tylko dziś!",
                f"Cześć {n}, zwrot został zaksięgowany",
            ],
            "IT": [
                f"{n}, il tuo reso è stato rimborsato",
                f"{n}, i tuoi preferiti sono in saldo!",
                f"Ciao {n}, il tuo ordine è in consegna",
            ],
        }[f.cc]
    )


def courier_note(f: Shop) -> str:
    p = f.phone()
    return f.pick(
        {
            "DE": [
                f"Empfänger nicht angetroffen, Tel. {p} nicht erreichbar",
                f"Kunde hat angerufen ({p}), Zustellung morgen",
                f"Rückruf unter {p} erbeten",
            ],
            "PL": [f"Odbiorca nieobecny, tel. {p} nie odbiera", f"Klient prosi o kontakt {p} przed dostawą"],
            "IT": [f"Destinatario assente, tel. {p} non risponde", f"Chiamare il {p} prima della consegna"],
        }[f.cc]
    )


def review_text(f: Shop) -> str:
    return f.pick(
        [
            "Fällt eine Nummer kleiner aus, Stoff ist super.",
            "Passt perfekt, schnelle Lieferung!",
            "Farbe etwas dunkler als auf dem Foto.",
            "Świetna jakość, polecam.",
            "Rozmiar zgodny z tabelą, materiał trochę się gniecie.",
            "Bellissimo, vestibilità perfetta.",
            "Tessuto sottile, l'ho reso.",
            "Great fit, ordered my usual size.",
            "Nach zwei Wäschen ausgeleiert.",
        ]
    )


def return_comment(f: Shop) -> str:
    return f.pick(
        [
            "zu klein",
            "Ärmel zu lang",
            "Farbe gefällt nicht",
            "za duże w biodrach",
            "nie taki kolor jak na zdjęciu",
            "troppo stretto sulle spalle",
            "arrivato danneggiato",
            "ordered two sizes, kept one",
            "",
        ]
    )


def delivery_instructions(f: Shop) -> str:
    return f.pick(
        [
            "Bitte beim Nachbarn abgeben",
            "Ablageort: Garage",
            "Nicht klingeln, Baby schläft",
            "Proszę zostawić pod drzwiami",
            "Domofon nie działa, proszę dzwonić",
            "Lasciare in portineria",
            "Citofonare due volte",
            "",
        ]
    )


def addr_query(f: Shop) -> str:
    s = f.street()
    return f.pick([s, s.lower(), f"{s} {f.city()[:3]}", f"{s}, {f.zip()}"])


# -- contexts ---------------------------------------------------------------------------------------


def campaign():
    return {
        "name": G(
            lambda f: f.pick(
                ["sommer_sale_24", "black_friday", "wyprzedaz_lato", "saldi_estivi", "back_to_school"]
            )
        ),
        "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram", "awin"])),
        "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "affiliate"])),
        "term": G(
            lambda f: f.pick(["sommerkleid damen", "sukienka na wesele", "scarpe uomo pelle", "leinenhose"])
        ),
        "content": G(lambda f: f.pick(["hero_banner", "carousel_2", "textlink", "story_a"])),
    }


def web_ctx(f: Shop):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.url_path()),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.de/",
                        "https://www.google.pl/",
                        "",
                        "https://l.instagram.com/",
                        "https://www.idealo.de/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=newsletter&utm_medium=email", "?sort=new", "?size=M&color=black"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Vestia – Mode online kaufen",
                        "Vestia | Sukienki damskie",
                        "Abiti donna | Vestia",
                        "Warenkorb | Vestia",
                    ]
                )
            ),
            "url": G(lambda f: "https://" + DOMAIN[f.cc] + f.url_path()),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
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
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": campaign(),
    }


OS_NAME = {
    "analytics-swift": "iOS",
    "analytics-kotlin": "Android",
    "analytics-react-native": None,
    "analytics_flutter": None,
}


def mobile_common(lib, version):
    return {
        "app": {
            "name": G(lambda f: "Vestia"),
            "version": G(lambda f: f.pick(["6.14.0", "6.15.2", "6.16.0"])),
            "build": G(lambda f: f.pick(["61400", "61502", "61600"])),
            "namespace": G(lambda f: "com.vestia.shop"),
        },
        "library": {"name": G(lambda f: lib), "version": G(lambda f: version)},
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "os": {
            "name": G(lambda f: OS_NAME[lib] or f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 412, 428])),
            "height": G(lambda f: f.pick([844, 852, 915, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    ["Telekom.de", "Vodafone.de", "o2 - de", "Play", "Orange PL", "TIM", "WINDTRE", "Iliad"]
                )
            ),
        },
    }


def swift_ctx(f: Shop):
    c = mobile_common("analytics-swift", "1.5.11")
    c["device"] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
        "name": G(lambda f: "iPhone"),
        "type": G(lambda f: "ios"),
        "adTrackingEnabled": G(lambda f: True),
        "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
    }
    c["traits"] = {"email": Y(lambda f: f.email(), "email"), "firstName": Y(lambda f: f.first(), "name")}
    c["instanceId"] = G(lambda f: f.uuid())
    return c


def kotlin_ctx(f: Shop):
    c = mobile_common("analytics-kotlin", "1.16.3")
    c["device"] = {
        "id": G(lambda f: f.uuid()),
        "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "motorola"])),
        "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "23049PCD8G", "moto g54 5G"])),
        "name": G(lambda f: f.pick(["a54x", "shiba", "sky", "cancunf"])),
        "type": G(lambda f: "android"),
        "adTrackingEnabled": G(lambda f: True),
        "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
    }
    c["screen"]["density"] = G(lambda f: f.pick([2.625, 2.75, 3.0]))
    c["userAgent"] = G(
        lambda f: f.pick(
            [
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
            ]
        )
    )
    c["traits"] = {"anonymousId": G(lambda f: f.uuid()), "email": Y(lambda f: f.email(), "email")}
    c["instanceId"] = G(lambda f: f.uuid())
    c["location"] = {
        "latitude": Y(lambda f: round(f.r.uniform(40.8, 54.5), 6), "geolocation"),
        "longitude": Y(lambda f: round(f.r.uniform(6.5, 23.5), 6), "geolocation"),
        "speed": G(lambda f: 0.0),
    }
    return c


def rn_ctx(f: Shop):
    c = mobile_common("analytics-react-native", "2.19.2")
    c["device"] = {
        "id": G(lambda f: f.uuid()),
        "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
        "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B"])),
        "name": G(lambda f: f.pick(["iPhone", "dm3q"])),
        "type": G(lambda f: f.pick(["ios", "android"])),
    }
    c["traits"] = {"email": Y(lambda f: f.email(), "email"), "firstName": Y(lambda f: f.first(), "name")}
    c["instanceId"] = G(lambda f: f.uuid())
    return c


def flutter_ctx(f: Shop):
    c = mobile_common("analytics_flutter", "1.1.4")
    c["device"] = {
        "id": G(lambda f: f.uuid()),
        "manufacturer": G(lambda f: f.pick(["Apple", "Google", "samsung"])),
        "model": G(lambda f: f.pick(["iPhone15,3", "Pixel 7a", "SM-G991B"])),
        "type": G(lambda f: f.pick(["ios", "android"])),
    }
    return c


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.1"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("analytics-csharp", "2.3.7"),
}


def server_ctx(kind):
    def ctx(f: Shop):
        name, version = SERVER_LIBS[kind]
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if kind in ("node", "python", "php"):
            c["ip"] = Y(lambda f: f.ipv4(), "ip")
        if kind == "ruby":
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return c

    return ctx


CONTEXTS = {"web": web_ctx, "swift": swift_ctx, "kotlin": kotlin_ctx, "rn": rn_ctx, "flutter": flutter_ctx}
CONTEXTS.update({k: server_ctx(k) for k in SERVER_LIBS})
MOBILE = ["swift", "kotlin", "rn", "flutter"]
APPS = ["web", "web", *MOBILE]

# -- bodies -----------------------------------------------------------------------------------------


def product(full=True):
    p = {
        "product_id": G(lambda f: f.product_id()),
        "sku": G(lambda f: f.sku()),
        "name": G(lambda f: f.pick(PRODUCTS)),
        "brand": G(lambda f: f.pick(BRANDS)),
        "price": G(lambda f: f.money(9, 390)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }
    if full:
        p.update(
            {
                "category": G(lambda f: f.pick(CATEGORIES)),
                "variant": G(lambda f: f.pick(COLORS)),
                "size": G(lambda f: f.pick(SIZES)),
                "ean": G(lambda f: f.ean()),
                "seller_id": G(lambda f: f.seller_id()),
                "gender": G(lambda f: f.pick(["women", "men", "unisex", "kids"])),
                "position": G(lambda f: f.r.randint(1, 48)),
                "image_url": G(
                    lambda f: f"https://img.vestia-cdn.com/p/{f.hexid(10)}/{f.r.randint(1, 6)}.jpg"
                ),
            }
        )
    return p


def ship_address():
    return {
        "first_name": Y(lambda f: f.first(), "name"),
        "last_name": Y(lambda f: f.last(), "name"),
        "street": Y(lambda f: f.street_name(), "address|street"),
        "house_number": Y(lambda f: f.house(), "address|street"),
        "address_line_2": Y(lambda f: f.extra_line(), "address|street"),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "city": Y(lambda f: f.city(), "city"),
        "country_code": G(lambda f: f.cc),
        "phone": Y(lambda f: f.phone(), "phone"),
    }


EVENTS = [
    # -- identity ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        APPS,
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "diverse"]), "gender"),
            "salutation": Y(
                lambda f: {
                    "DE": f.pick(["Herr", "Frau"]),
                    "PL": f.pick(["Pan", "Pani"]),
                    "IT": f.pick(["Sig.", "Sig.ra"]),
                }[f.cc],
                "gender",
            ),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "createdAt": G(lambda f: f.iso()),
            "language": G(lambda f: f.pick(["de", "pl", "it", "en"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "newsletterOptIn": G(lambda f: f.pick([True, False])),
            "loyaltyTier": G(lambda f: f.pick(["basic", "plus", "vip"])),
            "loyaltyNumber": G(lambda f: "7" + f.digits(11)),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "preferredSize": G(lambda f: f.pick(SIZES)),
            "ordersCount": G(lambda f: f.r.randint(0, 60)),
            "avatar": Y(lambda f: f"https://img.vestia-cdn.com/avatars/{f.hexid(12)}.jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        "PL",
        {
            "imię": Y(lambda f: f.first(), "name"),
            "nazwisko": Y(lambda f: f.last(), "name"),
            "adres_email": Y(lambda f: f.email(), "email"),
            "telefon": Y(lambda f: f.phone(), "phone"),
            "data_urodzenia": Y(lambda f: f.dob("local"), "birthdate"),
            "płeć": Y(lambda f: f.pick(["K", "M"]), "gender"),
            "adres": {
                "ulica": Y(lambda f: f.street(), "address|street"),
                "kod_pocztowy": Y(lambda f: f.zip(), "zipcode"),
                "miasto": Y(lambda f: f.city(), "city"),
                "kraj": G(lambda f: "Polska"),
            },
            "zgoda_marketingowa": G(lambda f: f.pick([True, False])),
            "liczba_zamówień": G(lambda f: f.r.randint(0, 40)),
            "data_rejestracji": G(lambda f: f.iso()),
            "numer_klienta": G(lambda f: "K" + f.digits(7)),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        "IT",
        {
            "nome": Y(lambda f: f.first(), "name"),
            "cognome": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "cellulare": Y(lambda f: f.phone(), "phone"),
            "data_di_nascita": Y(lambda f: f.dob("local"), "birthdate"),
            "sesso": Y(lambda f: f.pick(["F", "M"]), "gender"),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
            "indirizzo": Y(lambda f: f.street(), "address|street"),
            "cap": Y(lambda f: f.zip(), "zipcode"),
            "città": Y(lambda f: f.city(), "city"),
            "provincia": G(lambda f: f.pick(PROVINCES)),
            "consenso_marketing": G(lambda f: f.pick([True, False])),
            "cliente_dal": G(lambda f: f.date(2015, 2024)),
            "punti_fedeltà": G(lambda f: f.r.randint(0, 5000)),
        },
    ),
    (
        "identify",
        None,
        ["ruby"],
        "DE",
        {
            "anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
            "vorname": Y(lambda f: f.first(), "name"),
            "nachname": Y(lambda f: f.last(), "name"),
            "geburtsdatum": Y(lambda f: f.dob("local"), "birthdate"),
            "telefonnummer": Y(lambda f: f.phone(), "phone"),
            "e_mail": Y(lambda f: f.email(), "email"),
            "lieferadresse": {
                "strasse": Y(lambda f: f.street_name(), "address|street"),
                "hausnummer": Y(lambda f: f.house(), "address|street"),
                "adresszusatz": Y(lambda f: f.extra_line(), "address|street"),
                "plz": Y(lambda f: f.zip(), "zipcode"),
                "ort": Y(lambda f: f.city(), "city"),
                "land": G(lambda f: "Deutschland"),
            },
            "kundennummer": G(lambda f: f.digits(8)),
            "kundengruppe": G(lambda f: f.pick(["Neukunde", "Stammkunde", "VIP"])),
            "newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        None,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(9)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "GENDER": Y(lambda f: f.pick(["F", "M", "U"]), "gender"),
            "POSTAL_CODE": Y(lambda f: f.zip(), "zipcode"),
            "CITY": Y(lambda f: f.city(), "city"),
            "STREET_ADDRESS": Y(lambda f: f.street(), "address|street"),
            "LAST_SEEN_IP": Y(lambda f: f.ipv4(), "ip"),
            "COUNTRY_CODE": G(lambda f: f.cc),
            "LIFETIME_VALUE_EUR": G(lambda f: f.money(0, 6000)),
            "ORDERS_COUNT": G(lambda f: f.r.randint(0, 80)),
            "RETURN_RATE": G(lambda f: round(f.r.random(), 3)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "PREFERRED_SIZE_TOP": G(lambda f: f.pick(["S", "M", "L", "XL"])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "IS_VIP": G(lambda f: f.pick([True, False])),
            "EMAIL_OPT_IN": G(lambda f: f.pick([True, False])),
            "SMS_OPT_IN": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], None, None),
    # -- browsing -----------------------------------------------------------------------------------
    (
        "page",
        None,
        ["web"],
        None,
        {
            "path": G(lambda f: f.url_path()),
            "url": G(lambda f: "https://" + DOMAIN[f.cc] + f.url_path()),
            "title": G(
                lambda f: f.pick(
                    ["Vestia – Mode online kaufen", "Sukienki damskie | Vestia", "Abiti donna | Vestia"]
                )
            ),
            "referrer": G(lambda f: f.pick(["https://www.google.de/", "", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?page=2", "?utm_campaign=sommer_sale_24"])),
            "name": G(lambda f: f.pick(["Home", "Category", "Product Detail", "Cart", "Account"])),
            "category": G(lambda f: f.pick(["Shop", "Account", "Checkout"])),
        },
    ),
    (
        "screen",
        None,
        MOBILE,
        None,
        {
            "name": G(
                lambda f: f.pick(
                    ["Home", "Product Detail", "Size Guide", "Wishlist", "Checkout Delivery", "Returns"]
                )
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "Search Results", "Category"])),
            "load_time_ms": G(lambda f: f.r.randint(120, 3200)),
        },
    ),
    (
        "track",
        "Products Searched",
        APPS,
        None,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "rotes kleid",
                        "leinenhose damen",
                        "sukienka na wesele",
                        "kurtka zimowa męska",
                        "scarpe nike",
                        "giacca pelle uomo",
                        "levis 501",
                        "hundemantel",
                    ]
                )
            ),
            "search_id": G(lambda f: f.uuid()),
            "results_count": G(lambda f: f.r.randint(0, 2400)),
            "filters": {
                "size": G(lambda f: f.pick(SIZES)),
                "color": G(lambda f: f.pick(COLORS)),
                "brand": G(lambda f: f.pick(BRANDS)),
                "price_max": G(lambda f: f.pick([50, 100, 200, 500])),
            },
            "sort": G(lambda f: f.pick(["relevance", "price_asc", "newest"])),
        },
    ),
    (
        "track",
        "Product List Viewed",
        APPS,
        None,
        {
            "list_id": G(lambda f: f.pick(["damen-kleider", "kobiety-sukienki", "donna-abiti", "sale"])),
            "category": G(lambda f: f.pick(CATEGORIES)),
            "products": Many(product(full=False), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        APPS,
        None,
        {
            **product(),
            "color": G(lambda f: f.pick(COLORS)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "url": G(lambda f: "https://" + DOMAIN[f.cc] + "/p/" + f.digits(8)),
            "seller_name": G(lambda f: f.pick(SELLERS)),
            "in_stock": G(lambda f: f.pick([True, False])),
            "sustainability_label": G(lambda f: f.pick(["GOTS", "OEKO-TEX", "", "Fair Wear"])),
        },
    ),
    (
        "track",
        "Product Added",
        APPS,
        None,
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.product_id()),
            "sku": G(lambda f: f.sku()),
            "size": G(lambda f: f.pick(SIZES)),
            "quantity": G(lambda f: f.r.randint(1, 3)),
            "price": G(lambda f: f.money(9, 390)),
            "fit_advice_used": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- size profiles, dependants, pets --------------------------------------------------------------
    (
        "track",
        "Size Profile Updated",
        MOBILE,
        None,
        {
            "profile_id": G(lambda f: f.uuid()),
            "profile_owner": G(lambda f: f.pick(["self", "partner", "child"])),
            "height_cm": G(lambda f: f.r.randint(150, 198)),
            "weight_kg": G(lambda f: f.r.randint(45, 120)),
            "chest_cm": G(lambda f: f.r.randint(78, 125)),
            "waist_cm": G(lambda f: f.r.randint(60, 115)),
            "hip_cm": G(lambda f: f.r.randint(82, 130)),
            "inseam_cm": G(lambda f: f.r.randint(70, 90)),
            "shoe_size_eu": G(lambda f: f.pick([36, 37.5, 39, 41, 42.5, 44, 46])),
            "bra_size": G(lambda f: f.pick(["70B", "75C", "80B", "85D", ""])),
            "fit_preference": G(lambda f: f.pick(["slim", "regular", "relaxed", "oversized"])),
            "body_shape": G(lambda f: f.pick(["pear", "hourglass", "rectangle", "inverted_triangle"])),
            "age_range": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "due_date": Y(lambda f: f.date(2024, 2025), "condition"),
            "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "length_preference": G(lambda f: f.pick(["regular", "tall", "petite"])),
        },
    ),
    (
        "track",
        "Family Profile Added",
        ["swift", "rn", "web"],
        None,
        {
            "profile": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "birth_date": Y(lambda f: f.dob(start=2010, end=2023), "birthdate"),
                "gender": Y(lambda f: f.pick(["girl", "boy"]), "gender"),
                "relationship": G(lambda f: f.pick(["Tochter", "Sohn", "córka", "syn", "figlia", "figlio"])),
                "age_years": G(lambda f: f.r.randint(1, 14)),
                "height_cm": G(lambda f: f.r.randint(74, 170)),
                "shoe_size_eu": G(lambda f: f.r.randint(20, 38)),
            },
            "profiles_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Pet Profile Created",
        MOBILE,
        None,
        {
            "pet": {
                "name": G(lambda f: f.pick(["Bello", "Luna", "Burek", "Fiona", "Milo", "Pepe", "Kira"])),
                "species": G(lambda f: "dog"),
                "breed": G(lambda f: f.pick(["Dackel", "Jamnik", "Labrador", "Bassotto", "Mops"])),
                "birthday": G(lambda f: f.date(2012, 2023)),
                "back_length_cm": G(lambda f: f.r.randint(20, 75)),
                "chest_girth_cm": G(lambda f: f.r.randint(30, 95)),
                "weight_kg": G(lambda f: f.money(2, 40)),
            },
            "source": G(lambda f: f.pick(["pdp_banner", "account"])),
        },
    ),
    # -- wishlists ---------------------------------------------------------------------------------
    (
        "track",
        "Product Added to Wishlist",
        APPS,
        None,
        {
            "wishlist_id": G(lambda f: "wl_" + f.hexid(12)),
            "wishlist_name": G(
                lambda f: f.pick(
                    ["Sommer 2024", "Urlaub Sardinien", "Hochzeit", "Na wesele", "Lista regali", "Favoriten"]
                )
            ),
            "product_id": G(lambda f: f.product_id()),
            "sku": G(lambda f: f.sku()),
            "price": G(lambda f: f.money(9, 390)),
            "size": G(lambda f: f.pick(SIZES)),
            "items_count": G(lambda f: f.r.randint(1, 50)),
        },
    ),
    (
        "track",
        "Wishlist Shared",
        APPS,
        None,
        {
            "wishlist_id": G(lambda f: "wl_" + f.hexid(12)),
            "share_channel": G(lambda f: f.pick(["email", "whatsapp", "link"])),
            "shared_with": Many(Y(lambda f: f.email(), "email"), 3),
            "share_url": G(lambda f: "https://" + DOMAIN[f.cc] + "/wl/" + f.hexid(12)),
            "is_public": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- checkout ------------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        APPS,
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.order_no()),
            "value": G(lambda f: f.money(20, 900)),
            "revenue": G(lambda f: f.money(20, 900)),
            "shipping": G(lambda f: f.pick([0, 3.95, 4.9, 12.99])),
            "tax": G(lambda f: f.money(3, 150)),
            "discount": G(lambda f: f.money(0, 40)),
            "coupon": G(lambda f: f.pick(["", "SOMMER15", "WITAJ10", "BENVENUTO"])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Shipping Info Entered",
        APPS,
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "shipping_method": G(lambda f: f.pick(["standard", "express", "same_day"])),
            "delivery_option": G(
                lambda f: f.pick(["home", "packstation", "paczkomat", "punto_poste", "parcel_shop"])
            ),
            "shipping_address": ship_address(),
            "billing_same_as_shipping": G(lambda f: f.pick([True, False])),
            "address_validated": G(lambda f: f.pick([True, False])),
            "address_type": G(lambda f: f.pick(["home", "work", "parcel_shop"])),
            "saved_addresses_count": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        ["web", "swift", "kotlin"],
        None,
        {
            "provider": G(lambda f: f.pick(["google_places", "here"])),
            "session_token": G(lambda f: f.uuid()),
            "q": Y(addr_query, "address", True),
            "label": Y(lambda f: f.address_line(), "address", True),
            "suggestions_count": G(lambda f: f.r.randint(1, 5)),
            "keystrokes": G(lambda f: f.r.randint(4, 30)),
        },
    ),
    (
        "track",
        "Checkout Field Completed",
        ["web"],
        None,
        {
            "form_id": G(lambda f: f.pick(["checkout-contact", "checkout-address"])),
            "field": {
                "name": G(lambda f: setattr(f, "field", f.pick(["email", "telefon"])) or f.field),
                "type": G(lambda f: "email" if f.field == "email" else "tel"),
                "value": Y(lambda f: f.email() if f.field == "email" else f.phone(), "email|phone", True),
            },
            "is_valid": G(lambda f: f.pick([True, True, False])),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 25000)),
        },
    ),
    (
        "track",
        "Parcel Shop Selected",
        ["web", "kotlin", "swift"],
        None,
        {
            "parcel_shop": {
                "id": G(lambda f: f.locker()),
                "name": G(
                    lambda f: f.pick(
                        [
                            "DHL Packstation",
                            "InPost Paczkomat",
                            "Punto Poste – Tabaccheria Ricci",
                            "Hermes PaketShop Kiosk am Ring",
                            "Żabka",
                        ]
                    )
                ),
                "type": G(lambda f: f.pick(["locker", "shop", "post_office"])),
                "street": G(lambda f: f.shop_address()),
                "postal_code": G(lambda f: f.zip()),
                "city": G(lambda f: f.city()),
                "lat": G(lambda f: round(f.r.uniform(40.8, 54.5), 6)),
                "lng": G(lambda f: round(f.r.uniform(6.5, 23.5), 6)),
                "opening_hours": G(lambda f: f.pick(["24/7", "Mo-Sa 07:00-21:00", "Lun-Sab 8-20"])),
            },
            "distance_m": G(lambda f: f.r.randint(80, 4000)),
            "user_location": {
                "lat": Y(lambda f: round(f.r.uniform(40.8, 54.5), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(6.5, 23.5), 6), "geolocation"),
            },
            "postnummer": G(lambda f: f.digits(f.r.randint(6, 10))),
            "search_radius_km": G(lambda f: f.pick([1, 2, 5])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        APPS,
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(
                lambda f: f.pick(
                    [
                        "card",
                        "paypal",
                        "klarna_pay_later",
                        "paypo",
                        "scalapay",
                        "blik",
                        "przelewy24",
                        "sofort",
                        "rechnung",
                    ]
                )
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "maestro"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_bin": G(lambda f: f.pick(["4" + f.digits(5), "5" + f.digits(5)])),
            "payment_method_id": RED(lambda f: f.pm_token(), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
            "three_ds_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "BNPL Application Submitted",
        ["go"],
        "PLIT",
        {
            "provider": G(
                lambda f: {"PL": f.pick(["paypo", "twisto"]), "IT": f.pick(["scalapay", "klarna"])}[f.cc]
            ),
            "application_id": G(lambda f: "app_" + f.hexid(16)),
            "amount": G(lambda f: f.money(50, 2500)),
            "installments": G(lambda f: f.pick([1, 3, 4, 6, 12])),
            "applicant": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "address": {
                    "street": Y(lambda f: f.street(), "address|street"),
                    "postal_code": Y(lambda f: f.zip(), "zipcode"),
                    "city": Y(lambda f: f.city(), "city"),
                },
                "national_id": RED(lambda f: f.national_id(), "national id"),
                "monthly_net_income": Y(lambda f: f.r.randint(18, 90) * 100, "salary"),
                "employment_status": G(lambda f: f.pick(["employed", "self_employed", "student", "retired"])),
                "employer": G(
                    lambda f: f.pick(["Allegro", "Enel", "PKO BP", "Esselunga", "Comune di Milano", "Orlen"])
                ),
                "id_document": {
                    "type": G(lambda f: f.pick(["id_card", "dowod_osobisty", "carta_identita"])),
                    "number": RED(lambda f: f.id_document(), "national id|passport"),
                    "expiry": G(lambda f: f.date(2025, 2034)),
                },
            },
            "repayment_iban": RED(lambda f: f.iban(), "bank account"),
            "decision": G(lambda f: f.pick(["approved", "declined", "manual_review"])),
            "risk_band": G(lambda f: f.pick(["A", "B", "C", "D"])),
            "peselProvided": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Credit Check Completed",
        ["java"],
        "DE",
        {
            "checkId": G(lambda f: f.uuid()),
            "bureau": G(lambda f: f.pick(["SCHUFA", "CRIF Bürgel", "Creditreform Boniversum"])),
            "subject": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "birthDate": Y(lambda f: f.dob(), "birthdate"),
                "street": Y(lambda f: f.street(), "address|street"),
                "zip": Y(lambda f: f.zip(), "zipcode"),
            },
            "schufaScore": Y(lambda f: round(f.r.uniform(80, 99.5), 2), "credit score"),
            "scoreBand": G(lambda f: f.pick(["A", "B", "C", "D", "E"])),
            "addressVerified": G(lambda f: f.pick([True, False])),
            "identityMatch": G(lambda f: f.pick(["full", "partial", "none"])),
            "decision": G(lambda f: f.pick(["accept", "reject", "prepayment_only"])),
            "limitEur": G(lambda f: f.pick([0, 250, 500, 1000, 1500])),
            "requestedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.order_no()),
            "order_number": G(lambda f: f.digits(10)),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "invoice_number": G(lambda f: f.invoice_no()),
            "total": G(lambda f: f.money(20, 900)),
            "subtotal": G(lambda f: f.money(20, 900)),
            "revenue": G(lambda f: f.money(20, 900)),
            "tax": G(lambda f: f.money(3, 150)),
            "shipping": G(lambda f: f.pick([0, 3.95, 4.9, 12.99])),
            "discount": G(lambda f: f.money(0, 40)),
            "coupon": G(lambda f: f.pick(["", "SOMMER15", "WITAJ10", "BENVENUTO"])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "klarna_pay_later", "blik", "rechnung"])),
            "products": Many(product(), 3),
            "shipping_address": ship_address(),
            "billing_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
                "country": G(lambda f: f.cc),
            },
            "customer_email": Y(lambda f: f.email(), "email"),
            "customer_phone": Y(lambda f: f.phone(), "phone"),
            "is_gift": G(lambda f: f.pick([True, False])),
            "gift_wrap": G(lambda f: f.pick([True, False])),
            "delivery_instructions": G(delivery_instructions),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "estimated_delivery": G(lambda f: f.date(2024, 2024)),
            "first_order": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        ["node"],
        None,
        {
            "order_id": G(lambda f: f.order_no()),
            "stripe": {
                "id": G(lambda f: "pi_3" + f.alnum(23)),
                "charge": G(lambda f: "ch_3" + f.alnum(23)),
                "amount": G(lambda f: f.r.randint(1500, 90000)),
                "currency": G(lambda f: CURRENCY[f.cc].lower()),
                "payment_method": RED(lambda f: f.pm_token(), "token"),
                "receipt_email": Y(lambda f: f.email(), "email"),
                "billing_details": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "address": {
                        "line1": Y(lambda f: f.street(), "address|street"),
                        "city": Y(lambda f: f.city(), "city"),
                        "postal_code": Y(lambda f: f.zip(), "zipcode"),
                        "country": G(lambda f: f.cc),
                    },
                },
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                    "country": G(lambda f: f.pick(["DE", "PL", "IT", "NL"])),
                },
                "livemode": G(lambda f: True),
            },
        },
    ),
    (
        "track",
        "Payment Attempt Failed",
        ["php"],
        None,
        {
            "order_ref": G(lambda f: f.order_no()),
            "gateway": G(lambda f: f.pick(["payu", "nexi", "computop"])),
            "error_code": G(lambda f: f.pick(["05", "51", "54", "3DS_FAILED"])),
            "error_message": G(
                lambda f: f.pick(
                    ["Do not honour", "Insufficient funds", "Expired card", "Authentication failed"]
                )
            ),
            "request": {
                "cc_number": RED(lambda f: f.card(), "credit card"),
                "cc_holder": Y(lambda f: f.full_name(), "name"),
                "cc_masked": G(lambda f: (lambda c: c[:6] + "******" + c[-4:])(f.card(formatted=False))),
                "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
                "amount_minor": G(lambda f: f.r.randint(1500, 90000)),
                "billing_zip": Y(lambda f: f.zip(), "zipcode"),
                "customer_ip": Y(lambda f: f.ipv4(), "ip"),
                "stored_payment_method_id": RED(lambda f: f.stored_method(), "token"),
            },
            "retry": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # -- invoices -----------------------------------------------------------------------------------
    (
        "track",
        "Invoice Created",
        ["java"],
        "DE",
        {
            "invoice_number": G(lambda f: f.invoice_no()),
            "amount": G(lambda f: f.money(20, 900)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "payment_type": G(lambda f: f.pick(["Rechnung", "Lastschrift", "Ratenkauf"])),
            "due_on": G(lambda f: f.date(2024, 2025)),
            "rechnungsadresse": {
                "vorname": Y(lambda f: f.first(), "name"),
                "nachname": Y(lambda f: f.last(), "name"),
                "strasse": Y(lambda f: f.street(), "address|street"),
                "plz": Y(lambda f: f.zip(), "zipcode"),
                "ort": Y(lambda f: f.city(), "city"),
            },
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(lambda f: f.bic()),
            "kontoinhaber": Y(lambda f: f.full_name(), "name"),
            "mandate_reference": G(lambda f: "VST-" + f.digits(10)),
            "creditor_id": G(lambda f: "DE98ZZZ09999999999"),
            "vat_id": G(lambda f: f.pick(["", "DE" + f.digits(9)])),
        },
    ),
    (
        "track",
        "Invoice Requested",
        ["php"],
        "PL",
        {
            "invoice_number": G(lambda f: f.invoice_no()),
            "invoice_type": G(lambda f: f.pick(["faktura VAT", "faktura zaliczkowa"])),
            "nip": G(lambda f: f.nip()),
            "company_name": G(
                lambda f: f.pick(
                    [
                        "Kwiaciarnia Lilia sp. z o.o.",
                        "Biuro Rachunkowe Bilans s.c.",
                        "TechPol S.A.",
                        "Green Office sp.k.",
                    ]
                )
            ),
            "company_address": G(
                lambda f: f.pick(
                    [
                        "ul. Prosta 51, 00-838 Warszawa",
                        "ul. Ruska 46, 50-079 Wrocław",
                        "al. Grunwaldzka 472, 80-309 Gdańsk",
                    ]
                )
            ),
            "invoice_email": Y(lambda f: f.email(), "email"),
            "accounting_email": G(
                lambda f: f.pick(["faktury@techpol.pl", "biuro@bilans.pl", "ksiegowosc@greenoffice.pl"])
            ),
            "gross_amount": G(lambda f: f.money(50, 3000)),
        },
    ),
    (
        "track",
        "Invoice Requested",
        ["java"],
        "IT",
        {
            "numero_fattura": G(lambda f: f.invoice_no()),
            "tipo_cliente": G(lambda f: f.pick(["privato", "azienda"])),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
            "partita_iva": G(lambda f: f.pick(["", f.partita_iva()])),
            "ragione_sociale": G(
                lambda f: f.pick(
                    ["", "Studio Conti S.r.l.", "Bar Centrale di Greco & C. s.n.c.", "Ottica Moderna S.p.A."]
                )
            ),
            "codice_destinatario": G(lambda f: f.pick(["0000000", "M5UXCR1", "SUBM70N", "KRRH6B9"])),
            "pec": Y(
                lambda f: (
                    f"{fold(f.first())}.{fold(f.last())}@{f.pick(['pec.it', 'legalmail.it', 'arubapec.it'])}"
                ),
                "email",
            ),
            "indirizzo_fatturazione": {
                "via": Y(lambda f: f.street(), "address|street"),
                "cap": Y(lambda f: f.zip(), "zipcode"),
                "comune": Y(lambda f: f.city(), "city"),
                "provincia": G(lambda f: f.pick(PROVINCES)),
            },
            "importo": G(lambda f: f.money(20, 900)),
        },
    ),
    # -- delivery -----------------------------------------------------------------------------------
    (
        "track",
        "Order Shipped",
        ["go"],
        None,
        {
            "shipment-id": G(lambda f: f.uuid()),
            "order-id": G(lambda f: f.order_no()),
            "carrier": G(
                lambda f: {
                    "DE": f.pick(["DHL", "Hermes", "DPD"]),
                    "PL": f.pick(["InPost", "DPD Polska", "Poczta Polska"]),
                    "IT": f.pick(["Poste Italiane", "BRT", "GLS Italy"]),
                }[f.cc]
            ),
            "tracking-number": G(lambda f: f.tracking()),
            "tracking-url": G(lambda f: "https://track.vestia.com/" + f.hexid(16)),
            "service": G(lambda f: f.pick(["standard", "express", "locker"])),
            "parcel-count": G(lambda f: f.r.randint(1, 3)),
            "weight-grams": G(lambda f: f.r.randint(200, 6000)),
            "recipient-name": Y(lambda f: f.full_name(), "name"),
            "recipient-phone": Y(lambda f: f.phone(), "phone"),
            "recipient-email": Y(lambda f: f.email(), "email"),
            "delivery-address": Y(lambda f: f.address_line(), "address"),
            "estimated-delivery": G(lambda f: f.date(2024, 2024)),
            "warehouse": G(lambda f: f.pick(["ERF-1", "POZ-2", "PIA-1"])),
        },
    ),
    (
        "track",
        "Parcel Ready For Pickup",
        ["python"],
        None,
        {
            "locker_id": G(lambda f: f.locker()),
            "locker_address": G(lambda f: f.shop_address()),
            "pickup_code": RED(lambda f: f.digits(6), "token"),
            "pickup_deadline": G(lambda f: f.iso()),
            "recipient_phone": Y(lambda f: f.phone(), "phone"),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "notification_channel": G(lambda f: f.pick(["sms", "push", "email"])),
            "tracking_number": G(lambda f: f.tracking()),
            "compartment_size": G(lambda f: f.pick(["A", "B", "C"])),
        },
    ),
    (
        "track",
        "Przesyłka Nadana",
        ["php"],
        "PL",
        {
            "order_number": G(lambda f: f.order_no()),
            "tracking_number": G(lambda f: f.tracking()),
            "paczkomat": G(lambda f: f.locker()),
            "odbiorca": {
                "imię": Y(lambda f: f.first(), "name"),
                "nazwisko": Y(lambda f: f.last(), "name"),
                "telefon": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "kod_odbioru": RED(lambda f: f.digits(6), "token"),
            "status": G(lambda f: f.pick(["nadana", "w drodze", "gotowa do odbioru"])),
            "cod_amount": G(lambda f: f.pick([0, f.money(20, 400)])),
        },
    ),
    (
        "track",
        "Spedizione Creata",
        ["java"],
        "IT",
        {
            "numero_ordine": G(lambda f: f.order_no()),
            "corriere": G(lambda f: f.pick(["Poste Italiane", "BRT", "SDA"])),
            "codice_spedizione": G(lambda f: f.tracking()),
            "indirizzo_spedizione": {
                "nome": Y(lambda f: f.first(), "name"),
                "cognome": Y(lambda f: f.last(), "name"),
                "presso": Y(lambda f: f.full_name(), "name"),
                "via": Y(lambda f: f.street_name(), "address|street"),
                "civico": Y(lambda f: f.house(), "address|street"),
                "cap": Y(lambda f: f.zip(), "zipcode"),
                "città": Y(lambda f: f.city(), "city"),
                "provincia": G(lambda f: f.pick(PROVINCES)),
                "telefono": Y(lambda f: f.phone(), "phone"),
            },
            "note_consegna": G(delivery_instructions),
            "contrassegno": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Delivery Attempted",
        ["python"],
        None,
        {
            "tracking_number": G(lambda f: f.tracking()),
            "status": G(lambda f: f.pick(["delivered", "delivered_to_neighbour", "failed", "left_at_door"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "courier_id": G(lambda f: "DRV" + f.digits(5)),
            "courier_name": Y(lambda f: f.full_name(), "name"),
            "signed_by": Y(lambda f: f.full_name(), "name"),
            "neighbour_name": Y(lambda f: f.last(), "name"),
            "neighbour_address": Y(lambda f: f.street(), "address|street"),
            "note": Y(courier_note, "phone", True),
            "event_time": G(lambda f: f.epoch_ms()),
            "depot": G(lambda f: f.pick(["Depot Leipzig-Radefeld", "Sortownia Pruszków", "Centro Bologna"])),
        },
    ),
    (
        "track",
        "Delivery Preferences Updated",
        APPS,
        None,
        {
            "preferred_day": G(lambda f: f.pick(["any", "saturday", "weekday"])),
            "drop_off_location": G(lambda f: f.pick(["front_door", "garage", "neighbour", "concierge"])),
            "instructions": G(delivery_instructions),
            "alt_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relation": G(lambda f: f.pick(["neighbour", "concierge", "partner"])),
            },
            "sms_notifications": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- returns and refunds ----------------------------------------------------------------------------
    (
        "track",
        "Return Started",
        APPS,
        None,
        {
            "return_id": G(lambda f: "R" + f.digits(9)),
            "order_id": G(lambda f: f.order_no()),
            "items": Many(
                {
                    "sku": G(lambda f: f.sku()),
                    "reason": G(
                        lambda f: f.pick(
                            ["too_small", "too_big", "not_as_pictured", "damaged", "changed_mind"]
                        )
                    ),
                    "comment": G(return_comment),
                    "fit_feedback": G(lambda f: f.pick(["runs_small", "true_to_size", "runs_large"])),
                },
                3,
            ),
            "return_method": G(lambda f: f.pick(["parcel_shop", "paczkomat", "pickup", "ufficio_postale"])),
            "refund_method": G(lambda f: f.pick(["original_payment", "store_credit", "bank_transfer"])),
            "label_format": G(lambda f: f.pick(["qr", "pdf"])),
        },
    ),
    (
        "track",
        "Return Received",
        ["dotnet"],
        None,
        {
            "ReturnId": G(lambda f: "R" + f.digits(9)),
            "OrderNumber": G(lambda f: f.order_no()),
            "CustomerFullName": Y(lambda f: f.full_name(), "name"),
            "CustomerEmail": Y(lambda f: f.email(), "email"),
            "RefundMethod": G(lambda f: f.pick(["OriginalPayment", "BankTransfer", "StoreCredit"])),
            "RefundIban": RED(lambda f: f.iban(), "bank account"),
            "AccountHolder": Y(lambda f: f.full_name(), "name"),
            "CustomerPhone": Y(lambda f: f.phone(), "phone"),
            "PickupAddress": Y(lambda f: f.address_line(), "address"),
            "Items": Many(
                {
                    "Sku": G(lambda f: f.sku()),
                    "Reason": G(lambda f: f.pick(["TooSmall", "TooBig", "Damaged", "NotAsDescribed"])),
                    "Condition": G(lambda f: f.pick(["A", "B", "Defect"])),
                    "Quantity": G(lambda f: f.r.randint(1, 2)),
                },
                3,
            ),
            "WarehouseCode": G(lambda f: f.pick(["ERF-1", "POZ-2", "PIA-1"])),
            "InspectedBy": Y(lambda f: f.full_name(), "name"),
            "ReceivedAtUtc": G(lambda f: f.iso()),
            "RefundAmount": G(lambda f: f.money(9, 600)),
            "Currency": G(lambda f: CURRENCY[f.cc]),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node", "dotnet"],
        None,
        {
            "order_id": G(lambda f: f.order_no()),
            "refund_id": G(lambda f: "re_" + f.alnum(24)),
            "total": G(lambda f: f.money(9, 600)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "reason": G(lambda f: f.pick(["return", "cancellation", "goodwill", "lost_parcel"])),
            "refund_method": G(lambda f: f.pick(["original_payment", "store_credit", "bank_transfer"])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.product_id()),
                    "sku": G(lambda f: f.sku()),
                    "quantity": G(lambda f: 1),
                },
                2,
            ),
        },
    ),
    # -- reviews -----------------------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        APPS,
        None,
        {
            "review_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.product_id()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_title": G(lambda f: f.pick(["Top!", "Passt gut", "Polecam", "Deludente", "Okay"])),
            "review_text": G(review_text),
            "fit": G(lambda f: f.pick(["runs_small", "true_to_size", "runs_large"])),
            "size_purchased": G(lambda f: f.pick(SIZES)),
            "reviewer_height_cm": G(lambda f: f.r.randint(150, 198)),
            "reviewer_display_name": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
            "reviewer_city": Y(lambda f: f.city(), "city"),
            "photos": Many(
                {
                    "url": Y(lambda f: f"https://ugc.vestia-cdn.com/reviews/{f.hexid(16)}.jpg", "photo"),
                    "width": G(lambda f: f.pick([1080, 1440, 3024])),
                    "height": G(lambda f: f.pick([1350, 1920, 4032])),
                },
                3,
            ),
            "verified_purchase": G(lambda f: True),
        },
    ),
    # -- gift cards ---------------------------------------------------------------------------------
    (
        "track",
        "Gift Card Purchased",
        ["web", "swift"],
        None,
        {
            "gift_card_id": G(lambda f: "gc_" + f.digits(10)),
            "amount": G(lambda f: f.pick([25, 50, 100, 150])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "design": G(lambda f: f.pick(["birthday", "xmas", "classic"])),
            "delivery_date": G(lambda f: f.date(2024, 2025)),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "sender_name": Y(lambda f: f.first(), "name"),
            "message": Y(gift_message, "name", True),
        },
    ),
    (
        "track",
        "Gift Card Issued",
        ["ruby"],
        None,
        {
            "gift_card_id": G(lambda f: "gc_" + f.digits(10)),
            "gift_card_code": RED(lambda f: f.gift_code(), "secret"),
            "pin": RED(lambda f: f.digits(4), "password|secret"),
            "balance": G(lambda f: f.pick([25, 50, 100, 150])),
            "expires_at": G(lambda f: f.date(2026, 2027)),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "template_id": G(lambda f: f.pick(["gc_delivery_de", "gc_delivery_pl", "gc_delivery_it"])),
        },
    ),
    (
        "track",
        "Gift Card Redeemed",
        APPS,
        None,
        {
            "gift_card_id": G(lambda f: "gc_" + f.digits(10)),
            "code_last4": G(lambda f: f.alnum(4, string.ascii_uppercase + string.digits)),
            "amount_applied": G(lambda f: f.money(5, 150)),
            "remaining_balance": G(lambda f: f.money(0, 100)),
            "order_id": G(lambda f: f.order_no()),
        },
    ),
    # -- support, marketing, accounts ---------------------------------------------------------------------
    (
        "track",
        "Support Message Sent",
        ["node"],
        None,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "channel": G(lambda f: f.pick(["chat", "email", "whatsapp"])),
            "subject": G(lambda f: f.pick(["Rücksendung", "Zwrot", "Reso", "Wrong size", "Lieferung"])),
            "text": Y(support_text, "phone|email", True),
            "requester": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "agent_id": G(lambda f: f.r.randint(1000, 9999)),
            "agent_name": Y(lambda f: f.full_name(), "name"),
            "tags": Many(G(lambda f: f.pick(["return", "delivery", "vip", "refund"])), 3),
            "satisfaction": G(lambda f: f.pick(["good", "bad", "offered"])),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        None,
        {
            "form_id": G(lambda f: f.pick(["footer", "exit_intent", "popup_10"])),
            "input": Y(lambda f: f.email(), "email", True),
            "double_opt_in": G(lambda f: True),
            "consent_text_version": G(lambda f: f.pick(["v3", "v4"])),
            "interests": Many(G(lambda f: f.pick(["damen", "herren", "kinder", "sale"])), 2),
        },
    ),
    (
        "track",
        "Back In Stock Subscribed",
        APPS,
        None,
        {
            "product_id": G(lambda f: f.product_id()),
            "size": G(lambda f: f.pick(SIZES)),
            "channel": G(lambda f: setattr(f, "field", f.pick(["email", "sms"])) or f.field),
            "contact": Y(lambda f: f.email() if f.field == "email" else f.phone(), "email|phone"),
        },
    ),
    (
        "track",
        "Push Notification Received",
        MOBILE,
        None,
        {
            "campaign_id": G(lambda f: f.hexid(24)),
            "title": G(lambda f: f.pick(["Vestia", "Sale!", "Twoja paczka", "Il tuo ordine"])),
            "body": Y(push_body, "name", True),
            "deep_link": G(lambda f: f.pick(["vestia://orders", "vestia://sale", "vestia://returns"])),
            "provider": G(lambda f: f.pick(["braze", "airship"])),
        },
    ),
    (
        "track",
        "Email Opened",
        ["python"],
        None,
        {
            "email_id": G(lambda f: f.hexid(20)),
            "campaign": G(lambda f: f.pick(["sommer_sale_24", "abandoned_cart", "review_request"])),
            "subject": G(
                lambda f: f.pick(["Nur heute: -20 %", "Zapomniałeś o czymś?", "Com'è andato il tuo ordine?"])
            ),
            "recipient": Y(lambda f: f.email(), "email", True),
            "message_id": G(lambda f: f"<{f.hexid(32)}@mail.vestia.com>"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UAS)),
            "machine_open": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Purchase",
        ["node"],
        None,
        {
            "event_name": G(lambda f: "Purchase"),
            "event_id": G(lambda f: f.order_no()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(lambda f: "https://" + DOMAIN[f.cc] + "/checkout/danke"),
            "user_data": {
                "em": Y(lambda f: f.sha(f.email()), "email"),
                "ph": Y(lambda f: f.sha(f.e164_digits()), "phone"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(lambda f: f.digits(9)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(20, 900)),
                "currency": G(lambda f: CURRENCY[f.cc]),
                "content_ids": Many(G(lambda f: f.product_id()), 3),
                "content_type": G(lambda f: "product"),
            },
        },
    ),
    (
        "track",
        "Landing Page Viewed",
        ["web"],
        None,
        {
            "landing_page": G(lambda f: f.url_path()),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "utm_source": G(lambda f: f.pick(["facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["retargeting_q3", "prospecting_dach", "lookalike_it"])),
            "first_visit": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Requested",
        ["node"],
        None,
        {
            "channel": G(lambda f: "sms"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "expires_in_s": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "template_id": G(lambda f: f.pick(["otp_de", "otp_pl", "otp_it"])),
        },
    ),
    (
        "track",
        "Login Link Requested",
        ["ruby"],
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "login_url": RED(
                lambda f: (
                    "https://"
                    + DOMAIN[f.cc]
                    + "/auth/magic?token="
                    + f.alnum(43, string.ascii_letters + string.digits + "-_")
                ),
                "token",
                True,
            ),
            "expires_at": G(lambda f: f.iso()),
            "client": G(lambda f: f.pick(["web", "ios", "android"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["ruby"],
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_token": RED(lambda f: f.alnum(32), "token"),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "password_last_changed_days": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "Signed In",
        APPS,
        None,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "apple"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "two_factor_enabled": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Order Risk Assessed",
        ["go"],
        None,
        {
            "order_id": G(lambda f: f.order_no()),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "device_fingerprint": G(lambda f: f.hexid(32)),
            "email_domain": G(lambda f: f.pick(["gmx.de", "wp.pl", "libero.it", "gmail.com"])),
            "email_age_days": G(lambda f: f.r.randint(0, 5000)),
            "billing_shipping_match": G(lambda f: f.pick([True, False])),
            "shipping_postcode": Y(lambda f: f.zip(), "zipcode"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "score": G(lambda f: f.r.randint(0, 100)),
            "decision": G(lambda f: f.pick(["accept", "review", "reject"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        APPS,
        None,
        {
            "referral_code": G(lambda f: "REF-" + f.alnum(5, string.ascii_uppercase + string.digits)),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_name": Y(lambda f: f.first(), "name"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([10, 15, 20])),
        },
    ),
    # -- partner sellers ------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web"],
        None,
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.work_email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "role": G(lambda f: f.pick(["owner", "admin", "catalog_manager", "support_agent"])),
            "jobTitle": G(
                lambda f: f.pick(
                    ["E-Commerce Managerin", "Kierownik sklepu", "Responsabile logistica", "Geschäftsführer"]
                )
            ),
            "seller_id": G(lambda f: f.seller_id()),
            "seller_name": G(lambda f: f.pick(SELLERS)),
            "portal": G(lambda f: "seller"),
        },
    ),
    (
        "group",
        None,
        ["web", "python"],
        None,
        {
            "name": G(lambda f: f.pick(SELLERS)),
            "vat_id": G(lambda f: f.vat_id()),
            "legal_form": G(lambda f: f.pick(["GmbH", "sp. z o.o.", "S.r.l.", "UG", "s.c."])),
            "industry": G(lambda f: f.pick(["apparel", "shoes", "kids", "accessories"])),
            "employees": G(lambda f: f.r.randint(1, 400)),
            "plan": G(lambda f: f.pick(["starter", "pro", "enterprise"])),
            "website": G(lambda f: "https://www." + f.pick(SELLER_DOMAINS)),
            "support_email": G(
                lambda f: (
                    f.pick(["kundenservice@", "sklep@", "assistenza@", "support@"]) + f.pick(SELLER_DOMAINS)
                )
            ),
            "support_phone": G(
                lambda f: f.pick(
                    ["+49 30 5557 1200", "+48 22 555 01 00", "+39 02 5550 1234", "0800 555 1212"]
                )
            ),
            "registered_address": {
                "street": G(
                    lambda f: f.pick(
                        ["Torstraße 140", "ul. Wielicka 28", "Via Tortona 31", "Am Sandtorkai 5"]
                    )
                ),
                "postal_code": G(lambda f: f.pick(["10119", "30-552", "20144", "20457"])),
                "city": G(lambda f: f.pick(["Berlin", "Kraków", "Milano", "Hamburg"])),
                "country": G(lambda f: f.pick(["DE", "PL", "IT"])),
            },
            "managing_director": Y(lambda f: f.full_name(), "name"),
            "billing_contact_email": Y(lambda f: f.work_email(), "email"),
            "payout_iban": RED(lambda f: f.iban(f.pick(["DE", "PL", "IT"])), "bank account"),
            "commission_rate": G(lambda f: f.pick([0.12, 0.15, 0.18])),
            "onboarded_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Listing Created",
        ["web"],
        None,
        {
            "listing_id": G(lambda f: "lst_" + f.hexid(12)),
            "seller_id": G(lambda f: f.seller_id()),
            "sku": G(lambda f: f.sku()),
            "ean": G(lambda f: f.ean()),
            "title": G(lambda f: f.pick(PRODUCTS)),
            "brand": G(lambda f: f.pick(BRANDS)),
            "price": G(lambda f: f.money(9, 390)),
            "stock": G(lambda f: f.r.randint(0, 500)),
            "sizes": Many(G(lambda f: f.pick(SIZES)), 5),
            "images": Many(G(lambda f: f"https://img.vestia-cdn.com/s/{f.hexid(10)}.jpg"), 4),
            "created_by_email": Y(lambda f: f.work_email(), "email"),
            "created_by_user_id": G(lambda f: "usr_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Seller Payout Sent",
        ["php"],
        None,
        {
            "payout_id": G(lambda f: "po_" + f.digits(8)),
            "seller_id": G(lambda f: f.seller_id()),
            "amount": G(lambda f: f.money(100, 40000)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "iban_last4": G(lambda f: f.digits(4)),
            "bic": G(lambda f: f.bic()),
            "period": G(lambda f: f.pick(["2024-05", "2024-06", "2024-07"])),
            "self_billing_invoice": G(lambda f: f.invoice_no()),
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        ["go"],
        None,
        {
            "webhook_id": G(lambda f: "wh_" + f.digits(6)),
            "seller_id": G(lambda f: f.seller_id()),
            "endpoint": G(lambda f: "https://api." + f.pick(SELLER_DOMAINS) + "/vestia/orders"),
            "status_code": G(lambda f: f.pick([401, 500, 502, 504])),
            "headers": {
                "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "Content-Type": G(lambda f: "application/json"),
                "X-Request-Id": G(lambda f: f.uuid()),
                "User-Agent": G(lambda f: "Vestia-Webhooks/2.4"),
            },
            "retry_in_s": G(lambda f: f.pick([30, 120, 600])),
        },
    ),
]

N_REPEATS = 34


def build(seed: int, repeats: int):
    f = Shop(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, cc, body in EVENTS:
            f.cc = (
                f.pick(["DE", "DE", "PL", "IT"])
                if cc is None
                else f.pick(["PL", "IT"])
                if cc == "PLIT"
                else cc
            )
            client = f.pick(clients)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in ("web", *MOBILE):
                msg["anonymousId"] = f.uuid()
            msg["userId"] = f.digits(9)
            if event:
                msg["event"] = event
            if kind == "group":
                msg["groupId"] = f.seller_id()
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=88, repeats=N_REPEATS)
    write(Path(__file__).parent, "holdout88_", events, labels)
