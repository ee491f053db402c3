"""Writes holdout319: tests/corpus/holdout319_events.jsonl and holdout319_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or the
other holdouts' labels, and without running the engine on these events. Only the corpus helpers
(build.py, fake.py), build_holdout3.py (for the file format) and the shared reference were read.

Domain: addiction recovery and sober living in the United States, Canada (Quebec included) and
Portugal. A recovery app (sobriety counter, daily check-ins, craving and mood logs, meeting finder
and check-in, sponsor chat and calls, breathalyser tests), sober-living house applications, bed
booking, house-manager tooling and rent, outpatient intake, e-prescribing and telehealth, drug-test
collection and lab results, a family-member portal, insurance eligibility (vendor-shaped 271
responses), claims, sliding-scale fees, treatment financing, a merchandise shop (Segment
e-commerce spec), a counsellor back office (.NET, PascalCase), marketing (lead forms, call
tracking webhooks, a Meta Conversions API payload, a Twilio inbound SMS webhook, an e-mail
delivery webhook, a scheduling webhook), a warehouse reverse-ETL identify (SCREAMING_SNAKE), a
legacy PHP portal (kebab-case), a Quebec backend with French keys and values and a Portuguese
backend (comunidade terapêutica / casa de acolhimento) with Portuguese keys and values.

Clients: analytics.js (page, userAgentData, campaign), analytics-swift, analytics-kotlin,
analytics-react-native (context.traits, context.location), analytics_flutter and the server
libraries (python, node, go, java, ruby, php, csharp) with context.ip / userAgent where a server
forwards them. Message types: identify, track, page, screen, group and alias.

Conventions: labels are per leaf path (flatten's `a.b[].c`); every template leaf carries its
label (build.py's G / Y / RED), and two templates that share a path must agree (render raises).
Values are generated: names from US, Québécois, Portuguese, Brazilian, Cape Verdean, Hispanic,
Black American, Indigenous, South and East Asian, Ukrainian and West African naming; NANP, Portuguese
and other national phone formats; US, Canadian and Portuguese addresses and postcodes; Luhn-valid
card numbers and Canadian SINs, structure-valid SSNs and Medicare MBIs, mod-11 Portuguese NIFs,
mod-97 Portuguese IBANs (NIB check digits included), Luhn-over-letters Cartão de Cidadão numbers,
RAMQ numbers built from the holder's name and birth date, OHIP numbers with Luhn check and version
code, ABA routing numbers with a valid checksum.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person (the user, a resident, a patient, a recipient, an
  emergency contact, a family member, a child, a sponsor, staff): names, contact details, the
  person's own address and precise location, birth dates, government ids, bank accounts and full
  card numbers, health and other special categories, credentials and secrets, IPs, ad ids.
  Colour: the reference default for the matcher; outside it red for credentials, secrets, card
  numbers, bank accounts, government and health ids; yellow otherwise (geolocation, advertising
  id, credit score).
- Green: ids we or a vendor issue (user, order, specimen, claim, member, customer, Stripe
  customer and PaymentIntent ids, Twilio SIDs, Multibanco references), versions, timestamps,
  hashes of non-PII, amounts, enums, counters and booleans under PII-sounding keys, product /
  plan / house / clinic / pharmacy / employer / pet names, places that are not the person's
  (a meeting venue and its coordinates, a house's or clinic's address, a searched city), country,
  state, province, district, locale, language, timezone, currency, user agents, OS-issued device
  ids; card brand, last four, expiry; routing, transit and institution numbers; a business's own
  phone and e-mail (house line, pharmacy, Twilio `To`, call-tracking numbers, role mailboxes,
  proxy numbers); insurance group numbers (they name an employer's plan, not a person); UUID
  tokens (a Places session token, an App Store appAccountToken); e-mail Message-IDs; ages, age
  bands, marital status, job titles, employers.
- Contested cases follow the product's published policy: insurer member / subscriber / policy
  numbers are yellow `identification`; rx numbers yellow `medication`; pay, incomes and hourly
  rates yellow `salary`; credit scores yellow `credit score`; plates yellow `license`; device
  serials yellow `serial`; gclid / fbclid / fbp / fbc yellow `advertising id`; billing and
  shipping addresses yellow `address`; payment-method tokens (`pm_`), one-time codes and sign-in
  link tokens red `token`; MRNs, Medicare MBIs, RAMQ / OHIP health cards and the Portuguese número
  de utente red `health id`; SSN red `social security number`, SIN / NIF / Cartão de Cidadão red
  `national id` (SIN as `national id|social security number`); passports red `passport`; answers
  about the right to work or visa sponsorship red `visa`; push tokens red `token` (as the
  project's own corpora do).
- Health in a recovery product (decided here, for a careful privacy owner): the product as a whole
  implies the person is in recovery, so app state that is health-related only by that context is
  green: sobriety dates and streaks, days sober, milestones, check-in counts, mood and craving
  scores, trigger and coping enums, meeting types searched or attended, programme / level-of-care
  names (IOP, PHP), test kinds and panels. A field is health PII when its value names or reveals a
  specific fact about the person's health: the substance used (`condition`), co-occurring
  disorders, pregnancy, relapse, lived experience of addiction (`condition`), ICD-10 codes
  (`diagnosis`), drug and breath test outcomes and substances detected (`diagnosis|condition`),
  MAT medicines, strengths and an "on MAT" flag (`medication`), CPT codes (`procedure`), clinical
  note text that names these. Veteran status and mobility / ADA needs are red (`veteran`,
  `disability`); religion, race, ethnicity, sex, gender, pronouns, sexual orientation yellow.
- Driving licence numbers are yellow `license` (the reference's matcher); hashed e-mail and phone
  in an ad-platform match payload (Meta `em`, `ph`) are yellow `advertising id|email` /
  `advertising id|phone`: pseudonymous, but they exist to re-identify the person.
- value_only is true when the key does not say what the value is (`value`, `q`, `to`, `label`,
  `From`, `input`, `note`, `contact`, `message_preview`, `verified_by`, `Summary`,
  `gift_message`) and only the value reveals it. A value_only PII path holds that PII in every
  value (its templates always carry a name, phone, e-mail or address); free text is labelled by
  what every value carries, and is green when none carries PII (check-in gratitude notes,
  feedback comments, SMS replies, scheduling answers).
"""

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers ---------------------------------------------------------------------

FIRST = {
    "us": [
        "Tyler",
        "Ashley",
        "DeShawn",
        "Latoya",
        "Jamal",
        "Brittany",
        "Cody",
        "Kayla",
        "Marcus",
        "Shanice",
        "Dustin",
        "Amber",
        "José",
        "Guadalupe",
        "Alejandro",
        "Yesenia",
        "Minh",
        "Thanh",
        "Wei",
        "Harpreet",
        "Arjun",
        "Ayesha",
        "Mohammed",
        "Olena",
        "Taras",
        "Siobhan",
        "Winona",
        "Dakota",
        "Kenji",
        "Emeka",
        "Chidinma",
        "Fabiola",
        "Anh",
        "Malik",
        "Rosa",
        "Hye-jin",
    ],
    "qc": [
        "Marie-Ève",
        "Jean-François",
        "Geneviève",
        "Mathieu",
        "Élodie",
        "Olivier",
        "Frédéric",
        "Sophie",
        "Étienne",
        "Josée",
        "Sébastien",
        "Mélanie",
        "Yannick",
        "Noémie",
        "Wilner",
        "Nadia",
    ],
    "pt": [
        "João",
        "Maria",
        "Ana",
        "Tiago",
        "Inês",
        "Rui",
        "Beatriz",
        "Gonçalo",
        "Francisca",
        "Duarte",
        "Leonor",
        "Nuno",
        "Sérgio",
        "Catarina",
        "Adilson",
        "Ivanilda",
        "Kleber",
        "Thaís",
    ],
}
LAST = {
    "us": [
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Garcia",
        "Martinez",
        "Hernandez",
        "Nguyen",
        "Tran",
        "Chen",
        "Singh",
        "Sandhu",
        "Patel",
        "Khan",
        "Kowalczyk",
        "Shevchenko",
        "O'Connor",
        "Murphy",
        "Okafor",
        "Mensah",
        "Baptiste",
        "Begay",
        "Yazzie",
        "Kim",
        "Washington",
        "Jackson",
        "Reyes",
        "Delgado",
        "Abdi",
        "Rivera",
    ],
    "qc": [
        "Tremblay",
        "Gagnon",
        "Roy",
        "Côté",
        "Bouchard",
        "Gauthier",
        "Lavoie",
        "Bélanger",
        "Pelletier",
        "St-Pierre",
        "Desjardins",
        "Lapointe",
        "Cardinal",
        "Jean-Louis",
        "Beaulieu",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Gonçalves",
        "Carvalho",
        "Fonseca",
        "Nascimento",
        "Tavares",
        "Mendes",
        "Monteiro",
        "Varela",
    ],
}
MAIL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me"],
    "qc": ["gmail.com", "videotron.ca", "hotmail.ca", "outlook.com", "sympatico.ca", "live.ca"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "iol.pt", "netcabo.pt"],
}
US_CITIES = [
    ("Portland", "OR", "972"),
    ("Phoenix", "AZ", "850"),
    ("Columbus", "OH", "432"),
    ("Boston", "MA", "021"),
    ("Nashville", "TN", "372"),
    ("Denver", "CO", "802"),
    ("Albuquerque", "NM", "871"),
    ("Asheville", "NC", "288"),
    ("Baltimore", "MD", "212"),
    ("Huntington", "WV", "257"),
    ("Dayton", "OH", "454"),
    ("Spokane", "WA", "992"),
    ("Louisville", "KY", "402"),
    ("Delray Beach", "FL", "334"),
    ("Austin", "TX", "787"),
]
CA_CITIES = [
    ("Montréal", "QC", "H"),
    ("Québec", "QC", "G"),
    ("Laval", "QC", "H"),
    ("Gatineau", "QC", "J"),
    ("Sherbrooke", "QC", "J"),
    ("Toronto", "ON", "M"),
    ("Ottawa", "ON", "K"),
    ("Vancouver", "BC", "V"),
    ("Calgary", "AB", "T"),
    ("Winnipeg", "MB", "R"),
]
PT_CITIES = [
    ("Lisboa", "Lisboa", "11"),
    ("Porto", "Porto", "40"),
    ("Braga", "Braga", "47"),
    ("Coimbra", "Coimbra", "30"),
    ("Setúbal", "Setúbal", "29"),
    ("Faro", "Faro", "80"),
    ("Amadora", "Lisboa", "27"),
    ("Almada", "Setúbal", "28"),
    ("Aveiro", "Aveiro", "38"),
    ("Funchal", "Madeira", "90"),
]
US_STREETS = [
    "SE Division St",
    "N Williams Ave",
    "Maple Ave",
    "Oak Street",
    "E Broad St",
    "Walnut Ln",
    "Peachtree Rd NE",
    "Cedar Ridge Dr",
    "W 38th St",
    "Lakeview Terrace",
    "Sycamore Ct",
    "Old Mill Rd",
]
CA_STREETS = [
    "rue Sherbrooke Est",
    "boulevard Saint-Laurent",
    "rue Ontario Est",
    "avenue du Parc",
    "chemin Sainte-Foy",
    "rue Wellington",
    "Queen St W",
    "Dundas St E",
    "Commercial Dr",
    "Bank St",
]
PT_STREETS = [
    "Rua da Prata",
    "Avenida da República",
    "Rua de Santa Catarina",
    "Travessa do Carvalho",
    "Rua Dom João IV",
    "Largo do Rato",
    "Rua Cidade de Bolama",
    "Avenida Almirante Reis",
]
US_AREA = [
    "503",
    "971",
    "602",
    "614",
    "617",
    "615",
    "303",
    "505",
    "828",
    "410",
    "304",
    "937",
    "509",
    "502",
    "561",
]
CA_AREA = ["514", "438", "450", "418", "819", "416", "647", "613", "604", "778", "403", "204"]
POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
SUBSTANCES = ["alcohol", "opioids", "fentanyl", "methamphetamine", "cocaine", "cannabis", "benzodiazepines"]
ICD10 = ["F10.20", "F11.20", "F11.21", "F12.20", "F14.20", "F15.20", "F13.20", "F10.21", "F19.20"]
CO_OCCURRING = ["generalized anxiety disorder", "PTSD", "major depressive disorder", "ADHD", "bipolar II"]
MAT = ["buprenorphine/naloxone", "Suboxone", "methadone", "Vivitrol", "naltrexone", "Sublocade"]
COMPANIES = ["Tim Hortons", "Amazon", "Kaiser Permanente", "Home Depot", "Desjardins", "Sonae", "Uber"]
JOB_TITLES = ["line cook", "warehouse associate", "RN", "barista", "electrician apprentice", "sales rep"]
HOUSES = ["Serenity House East", "New Dawn Men's Residence", "Harbor Light Women's Home", "Oxford Maple"]
CLINICS = ["Clearpath Recovery Center", "Bridgeway Outpatient", "Centre Horizon Montréal", "Clínica Aurora"]
ORGS = [
    {
        "name": "Oxford Maple - Alberta House",
        "phone": "(503) 444-0191",
        "email": "intake@oxfordmaple.org",
        "street": "2210 NE Alberta St",
        "city": "Portland",
        "state": "OR",
        "postal_code": "97211",
        "country": "US",
    },
    {
        "name": "Harbor Light Women's Home",
        "phone": "(828) 231-7700",
        "email": "info@harborlighthomes.org",
        "street": "41 Chestnut St",
        "city": "Asheville",
        "state": "NC",
        "postal_code": "28801",
        "country": "US",
    },
    {
        "name": "Clearpath Recovery Center",
        "phone": "+1 602-555-0144",
        "email": "admissions@clearpathrecovery.com",
        "street": "1850 N Central Ave Suite 400",
        "city": "Phoenix",
        "state": "AZ",
        "postal_code": "85004",
        "country": "US",
    },
    {
        "name": "Centre Horizon Montréal",
        "phone": "+1 514-522-0100",
        "email": "accueil@centrehorizon.ca",
        "street": "4501 rue Saint-Denis",
        "city": "Montréal",
        "state": "QC",
        "postal_code": "H2J 2L2",
        "country": "CA",
    },
    {
        "name": "Casa Aurora",
        "phone": "+351 213 000 555",
        "email": "admissoes@casaaurora.pt",
        "street": "Rua Morais Soares 90",
        "city": "Lisboa",
        "state": "Lisboa",
        "postal_code": "1900-291",
        "country": "PT",
    },
]
PAYERS = [
    ("Aetna", "60054"),
    ("Blue Cross Blue Shield of Arizona", "53589"),
    ("UnitedHealthcare", "87726"),
    ("Cigna", "62308"),
    ("Humana", "61101"),
    ("Medicaid of Ohio", "MCDOH"),
]


class Fake319(Fake):
    """fake.Fake with the regions, formats and identifiers this domain needs."""

    def new_message(self):
        self.msg_region = self.region()
        self.cache: dict[Any, Any] = {}

    def region(self):
        return self.pick(["us", "us", "us", "qc", "pt"])

    def once(self, key, make):
        """One value per message for `key`: fields of one event that must agree."""
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def me(self, region=None, who="self"):
        """One coherent person per message (and per role): name, e-mail, phone and address agree."""
        region = region or self.msg_region

        def make():
            first, last = self.first_in(region), self.last_in(region)
            return {
                "first": first,
                "last": last,
                "full": f"{first} {last}",
                "mail": self.mail(region, first, last),
                "phone": self.tel(region),
                "addr": self.address(region),
            }

        return self.once((who, region), make)

    def first_in(self, region=None):
        return self.pick(FIRST[region or self.region()])

    def last_in(self, region=None):
        return self.pick(LAST[region or self.region()])

    def person(self, region=None):
        region = region or self.region()
        return f"{self.first_in(region)} {self.last_in(region)}"

    def mail(self, region=None, first=None, last=None):
        region = region or self.region()
        first = ascii_fold(first or self.first_in(region)).lower().replace(" ", "")
        last = ascii_fold(last or self.last_in(region)).lower().replace("'", "").replace(" ", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last[:4]}{self.r.randint(70, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[region])}"

    def nanp(self, areas, style=None):
        area, ex, line = self.pick(areas), self.r.randint(201, 989), self.r.randint(0, 9999)
        style = style or self.pick(["paren", "dash", "dot", "e164", "intl", "plain"])
        return {
            "paren": f"({area}) {ex}-{line:04d}",
            "dash": f"{area}-{ex}-{line:04d}",
            "dot": f"{area}.{ex}.{line:04d}",
            "e164": f"+1{area}{ex}{line:04d}",
            "intl": f"+1 {area}-{ex}-{line:04d}",
            "plain": f"{area}{ex}{line:04d}",
        }[style]

    def pt_phone(self, style=None):
        number = self.pick(["91", "92", "93", "96"]) + self.digits(7)
        style = style or self.pick(["spaced", "intl", "e164", "plain"])
        spaced = f"{number[:3]} {number[3:6]} {number[6:]}"
        return {"spaced": spaced, "intl": "+351 " + spaced, "e164": "+351" + number, "plain": number}[style]

    def foreign_phone(self):
        return self.pick(
            [
                f"+55 11 9{self.digits(4)}-{self.digits(4)}",
                f"+238 9{self.digits(2)} {self.digits(2)} {self.digits(2)}",
                f"+380 67 {self.digits(3)} {self.digits(4)}",
                f"+52 55 {self.digits(4)} {self.digits(4)}",
                f"+63 917 {self.digits(3)} {self.digits(4)}",
                f"+91 98{self.digits(3)} {self.digits(5)}",
                f"+44 7700 {self.digits(6)}",
            ]
        )

    def tel(self, region=None):
        region = region or self.region()
        if self.r.random() < 0.08:
            return self.foreign_phone()
        if region == "pt":
            return self.pt_phone()
        return self.nanp(US_AREA if region == "us" else CA_AREA)

    def us_zip(self, prefix):
        z = prefix + f"{self.r.randint(0, 99):02d}"
        return z + "-" + self.digits(4) if self.r.random() < 0.2 else z

    def ca_postal(self, first):
        letters = POSTAL_LETTERS
        return (
            f"{first}{self.r.randint(0, 9)}{self.pick(letters)} "
            f"{self.r.randint(0, 9)}{self.pick(letters)}{self.r.randint(0, 9)}"
        )

    def pt_postal(self, prefix):
        return f"{prefix}{self.r.randint(0, 99):02d}-{self.r.randint(0, 999):03d}"[-8:]

    def address(self, region=None):
        """(street line, city, state/province/district, postcode, country)"""
        region = region or self.region()
        if region == "us":
            city, state, z = self.pick(US_CITIES)
            line = f"{self.r.randint(10, 9899)} {self.pick(US_STREETS)}"
            if self.r.random() < 0.3:
                line += self.pick([" Apt 4B", " Unit 12", " #203", " Apt 2"])
            return line, city, state, self.us_zip(z), "US"
        if region == "qc":
            city, prov, first = self.pick(CA_CITIES)
            line = f"{self.r.randint(10, 9899)} {self.pick(CA_STREETS)}"
            if self.r.random() < 0.3:
                line += self.pick([", app. 3", ", app. 204", ", unit 7"])
            return line, city, prov, self.ca_postal(first), "CA"
        city, district, prefix = self.pick(PT_CITIES)
        line = f"{self.pick(PT_STREETS)} {self.r.randint(1, 240)}"
        if self.r.random() < 0.5:
            line += self.pick([", 3º Esq", ", 1º Dto", ", r/c", ", 2º B"])
        return line, city, district, self.pt_postal(prefix), "PT"

    def full_address(self, region=None):
        line, city, state, code, _ = self.address(region)
        if code[:1].isdigit() and "-" in code and len(code) == 8:
            return f"{line}, {code} {city}"
        return f"{line}, {city}, {state} {code}"

    def dob(self, style="iso"):
        y, m, d = self.r.randint(1958, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        return {"iso": f"{y}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y}", "eu": f"{d:02d}/{m:02d}/{y}"}[
            style
        ]

    def day(self, year=2024):
        return f"{year}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def sin(self):
        body = str(self.pick([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        n = self.luhn_complete(body)
        return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def nif(self):
        body = str(self.pick([1, 2, 2, 3])) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        total = sum(int(c) * (9 - i) for i, c in enumerate(body))
        check = 11 - total % 11
        return body + str(0 if check >= 10 else check)

    def cartao_cidadao(self):
        body = "".join(str(self.r.randint(0, 9)) for _ in range(8))
        total = sum(int(c) * (9 - i) for i, c in enumerate(body))
        check = 11 - total % 11
        partial = body + str(0 if check >= 10 else check) + self.pick(["ZZ", "ZY", "ZX", "ZW"])
        for last in range(10):
            candidate = partial + str(last)
            values = [int(c, 36) for c in candidate]
            total = 0
            for i, v in enumerate(reversed(values)):
                if i % 2:
                    v *= 2
                    v -= 9 if v > 9 else 0
                total += v
            if total % 10 == 0:
                return f"{candidate[:8]} {candidate[8]} {candidate[9:]}"
        raise AssertionError("no check digit")

    def utente(self):
        return self.digits(9)

    def ramq(self):
        last = ascii_fold(self.last_in("qc")).upper().replace("-", "").replace(" ", "")
        first = ascii_fold(self.first_in("qc")).upper()
        y, m, d = self.r.randint(58, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        m += self.pick([0, 50])
        return f"{last[:3]}{first[0]} {y:02d}{m:02d} {d:02d}{self.r.randint(11, 19)}"

    def ohip(self):
        n = self.luhn_complete(str(self.r.randint(1, 9)) + self.digits(8))
        return f"{n[:4]}-{n[4:7]}-{n[7:]}-{self.pick(['AB', 'KL', 'RT', 'XZ'])}"

    def mbi(self):
        r = self.r
        an = MBI_LETTERS + "0123456789"
        chars = [
            str(r.randint(1, 9)),
            r.choice(MBI_LETTERS),
            r.choice(an),
            str(r.randint(0, 9)),
            r.choice(MBI_LETTERS),
            r.choice(an),
            str(r.randint(0, 9)),
            r.choice(MBI_LETTERS),
            r.choice(MBI_LETTERS),
            str(r.randint(0, 9)),
            str(r.randint(0, 9)),
        ]
        s = "".join(chars)
        return self.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])

    def pt_iban(self):
        nib19 = self.pick(["0035", "0033", "0010", "0018", "0007", "0036"]) + self.digits(4) + self.digits(11)
        check = 98 - int(nib19 + "00") % 97
        iban = f"PT50{nib19}{check:02d}"
        assert int("".join(str(int(c, 36)) for c in iban[4:] + iban[:4])) % 97 == 1
        return " ".join(iban[i : i + 4] for i in range(0, 25, 4)) if self.r.random() < 0.5 else iban

    def aba(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.pick([0, 1, 2, 3])
            for last in range(10):
                full = [*d, last]
                if (
                    3 * (full[0] + full[3] + full[6])
                    + 7 * (full[1] + full[4] + full[7])
                    + full[2]
                    + full[5]
                    + full[8]
                ) % 10 == 0:
                    return "".join(map(str, full))

    def plate(self):
        return self.pick(
            [
                f"{self.r.randint(100, 999)}{self.pick(['ABC', 'KTM', 'XRV'])}",
                f"{self.pick(['8', '7', '6'])}{self.pick(['KDR', 'LMN', 'GHT'])}{self.r.randint(100, 999)}",
                f"{self.r.randint(10, 99)}-{self.pick(['AB', 'XZ', 'QT'])}-{self.r.randint(10, 99)}",
                f"F{self.r.randint(10, 99)} {self.pick(['BXJ', 'ZTP'])}",
            ]
        )

    def ts_sec(self):
        return self.r.randint(1_704_000_000, 1_735_000_000)


@dataclass
class Opt:
    """A key present in some messages only (a click id, an optional form field)."""

    item: Any
    p: float


def resolve(template: Any, f: Fake319) -> Any:
    """The template for one message: optional keys kept or dropped."""
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = resolve(value, f)
        return out
    if isinstance(template, Many):
        return Many(resolve(template.item, f), template.n)
    return template


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# -- contexts sent by the client libraries ----------------------------------------------------------

CHROME_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
UAS = [
    CHROME_UA,
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
]
SITES = {
    "app": ("https://app.soberpath.com", ["/checkin", "/meetings", "/account", "/milestones"], "SoberPath"),
    "house": (
        "https://www.oxfordmaple.org",
        ["/apply", "/houses/portland", "/book-a-bed", "/pay"],
        "Oxford Maple",
    ),
    "clinic": (
        "https://clearpathrecovery.com",
        ["/intake", "/insurance", "/get-help", "/telehealth"],
        "Clearpath",
    ),
    "family": ("https://family.clearpathrecovery.com", ["/", "/sessions", "/updates"], "Family Portal"),
    "office": (
        "https://office.clearpathrecovery.com",
        ["/caseload", "/clients", "/notes", "/billing"],
        "Back Office",
    ),
    "shop": ("https://shop.soberpath.com", ["/chips", "/books", "/cart", "/checkout"], "SoberPath Shop"),
    "qc": ("https://www.centrehorizon.ca", ["/admission", "/rendez-vous", "/fr/services"], "Centre Horizon"),
    "pt": ("https://www.casaaurora.pt", ["/candidatura", "/consultas", "/pagamentos"], "Casa Aurora"),
}


def web_context(f: Fake319, site: str):
    base, paths, title = SITES[site]
    path = f.pick(paths)
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.facebook.com/", base + "/"])
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?step=2", "?lang=fr"])),
            "title": G(lambda f: f"{title} | {path.strip('/').split('/')[0].title() or 'Home'}"),
            "url": G(lambda f: base + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["en-US", "en-CA", "fr-CA", "pt-PT", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Los_Angeles", "America/New_York", "America/Toronto", "Europe/Lisbon"])
        ),
        "ip": Y(lambda f: f.ipv4() if f.r.random() < 0.85 else f.ipv6(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["rehab_brand_search", "sober_living_portland", "family_program_q2"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "bing"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    ["sober living near me", "rehab that takes aetna", "iop program", "aa meetings"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_cta", "ad_variant_b", "footer"])),
        }
    return ctx


def swift_context(f: Fake319):
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "SoberPath"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.1", "4.9.2"])),
            "build": G(lambda f: f.pick(["4800", "4912", "4920"])),
            "namespace": G(lambda f: "com.soberpath.ios"),
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
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-US", "en-CA", "fr-CA", "pt-PT"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(lambda f: f.pick(["America/Denver", "America/Montreal", "Europe/Lisbon"])),
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
    if f.r.random() < 0.5:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def kotlin_context(f: Fake319):
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "SoberPath"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.1"])),
            "build": G(lambda f: f.pick(["480", "491"])),
            "namespace": G(lambda f: "com.soberpath.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-A546U", "Pixel 7a", "moto g stylus 5G", "CPH2449"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "denver", "OP5913L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-US", "fr-CA", "pt-PT"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon", "Vidéotron", "MEO", "Rogers"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Toronto", "Europe/Lisbon"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546U Build/UP1A.231005.007)"),
    }
    return ctx


def rn_context(f: Fake319):
    region = f.region()
    first, last = f.first_in(region), f.last_in(region)
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "HouseKeeper"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "org.oxfordmaple.housekeeper"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991U"])),
            "name": G(lambda f: f.pick(["iPhone", "o1q"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick(["en-US", "en-CA"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "America/Phoenix", "America/New_York"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "userId": G(lambda f: "usr_" + f.hexid(12)),
            "email": Y(lambda f: f.mail(region, first, last), "email"),
            "firstName": Y(lambda f: first, "name"),
        },
    }
    if f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(33.0, 47.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.7, -71.0), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0, 0.4, 1.2])),
        }
    return ctx


def flutter_context(f: Fake319):
    return {
        "app": {
            "name": G(lambda f: "Horizon Mobile"),
            "version": G(lambda f: f.pick(["1.2.0", "1.3.0"])),
            "build": G(lambda f: f.pick(["12", "13"])),
            "namespace": G(lambda f: "ca.centrehorizon.mobile"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "Pixel 8", "SM-S918W"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3"])),
        },
        "locale": G(lambda f: f.pick(["fr-CA", "en-CA", "pt-PT"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Toronto", "Europe/Lisbon"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.5.0"]),
    "php": ("analytics-php", ["3.8.1", "1.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(f: Fake319, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "python", "php") and f.r.random() < 0.5:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    return ctx


def context_for(f: Fake319, client: str):
    if client.startswith("web:"):
        return web_context(f, client[4:])
    if client == "ios":
        return swift_context(f)
    if client == "android":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- shared pieces ------------------------------------------------------------------------------------


def emergency_contact(region=None):
    return {
        "name": Y(lambda f: f.person(region), "name"),
        "phone": Y(lambda f: f.tel(region), "phone"),
        "relationship": G(lambda f: f.pick(["mother", "father", "sister", "partner", "friend", "son"])),
    }


def product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f.pick(["CHIP-BRZ-30D", "CHIP-TRP-1Y", "BK-BB4-HC", "BK-JFT-PB", "MED-90D-SLV"])),
        "name": G(
            lambda f: f.pick(
                ["30 Day Bronze Chip", "1 Year Triplate Medallion", "Big Book 4th Ed.", "Just For Today"]
            )
        ),
        "category": G(lambda f: f.pick(["Chips & Medallions", "Literature", "Gifts"])),
        "brand": G(lambda f: f.pick(["SoberPath", "Hazelden", "Carry the Message"])),
        "variant": G(lambda f: f.pick(["bronze", "hardcover", "paperback", "silver"])),
        "price": G(lambda f: f.pick([4.95, 12.5, 18.0, 29.99])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: "https://shop.soberpath.com/p/" + f.digits(6)),
        "image_url": G(lambda f: "https://cdn.soberpath.com/img/" + f.hexid(10) + ".jpg"),
    }


def checkin_note(f: Fake319):
    return f.pick(
        [
            "Grateful for a quiet morning.",
            "Went to the 7am meeting, felt better after.",
            "Hard day at work but stayed on track.",
            "Slept well for once",
            "Walked the dog and journaled.",
            "",
        ]
    )


def craving_note(f: Fake319):
    who = f.first_in()
    return f.pick(
        [
            f"Called {who} and went for a walk",
            f"Texted my sponsor {who}, it passed",
            f"{who} came over and we watched a movie",
            f"Drove past the old bar, rang {who}",
        ]
    )


def session_summary(f: Fake319):
    sub, med = f.pick(SUBSTANCES), f.pick(MAT)
    return f.pick(
        [
            f"Client reports {f.r.randint(3, 120)} days abstinent from {sub}. Continues {med}, no AEs.",
            f"Discussed triggers related to {sub} use at family gatherings. Plan: increase meetings.",
            f"Reports one lapse ({sub}) last weekend; MI used, safety plan reviewed. {med} adherence good.",
            f"Cravings for {sub} 4/10, down from 7/10. Referred to psychiatry for anxiety.",
        ]
    )


def push_preview(f: Fake319):
    who = f.first_in()
    return f.pick(
        [
            f"{who} sent you a message",
            f"{who}: how's today going?",
            f"{who} liked your 30 day milestone",
            f"New message from {who}",
        ]
    )


def gift_message(f: Fake319):
    who = f.me(None, "recipient")["first"]
    return f.pick(
        [
            f"So proud of you {who}! Love, Mom",
            f"Happy 1 year {who}!! One day at a time",
            f"{who} - keep coming back. We love you",
        ]
    )


# -- event templates -----------------------------------------------------------------------------------
# (type, event name or None, clients, count, body)

MOBILE = ["ios", "android"]
EVENTS: list[tuple[str, str | None, list[str], int, dict]] = []


def ev(kind, name, clients, count, body):
    EVENTS.append((kind, name, clients, count, body))


# recovery app ------------------------------------------------------------------------------------------
ev(
    "identify",
    None,
    MOBILE,
    45,
    {
        "firstName": Y(lambda f: f.me()["first"], "name"),
        "lastName": Y(lambda f: f.me()["last"], "name"),
        "email": Y(lambda f: f.me()["mail"], "email"),
        "phone": Y(lambda f: f.me()["phone"], "phone"),
        "birthday": Y(lambda f: f.dob(), "birthdate"),
        "createdAt": G(lambda f: f.iso()),
        "sobrietyDate": G(lambda f: f.day(f.pick([2019, 2022, 2023, 2024]))),
        "primarySubstance": Y(lambda f: f.pick(SUBSTANCES), "condition"),
        "program": G(lambda f: f.pick(["AA", "NA", "SMART Recovery", "Recovery Dharma", "none"])),
        "hasSponsor": G(lambda f: f.pick([True, False])),
        "plan": G(lambda f: f.pick(["free", "plus_monthly", "plus_annual"])),
        "emailVerified": G(lambda f: f.pick([True, False])),
        "notificationsEnabled": G(lambda f: f.pick([True, False])),
        "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
    },
)
ev(
    "track",
    "Check-In Completed",
    MOBILE,
    60,
    {
        "checkin_id": G(lambda f: f.uuid()),
        "mood": G(lambda f: f.pick(["great", "good", "okay", "struggling", "rough"])),
        "mood_score": G(lambda f: f.r.randint(1, 5)),
        "craving_level": G(lambda f: f.r.randint(0, 10)),
        "sleep_hours": G(lambda f: f.pick([4.5, 6, 7, 7.5, 8, 9])),
        "gratitude_note": G(checkin_note),
        "relapse_reported": Y(lambda f: f.r.random() < 0.08, "condition"),
        "streak_days": G(lambda f: f.r.randint(0, 900)),
    },
)
ev(
    "track",
    "Craving Logged",
    MOBILE,
    45,
    {
        "craving_id": G(lambda f: f.uuid()),
        "intensity": G(lambda f: f.r.randint(1, 10)),
        "trigger": G(lambda f: f.pick(["stress", "boredom", "social", "payday", "conflict", "loneliness"])),
        "location_type": G(lambda f: f.pick(["home", "work", "car", "bar", "party"])),
        "coping_strategy": G(lambda f: f.pick(["called someone", "urge surfing", "meeting", "exercise"])),
        "substance": Y(lambda f: f.pick(SUBSTANCES), "condition"),
        "lat": Y(lambda f: round(f.r.uniform(25.5, 49.0), 6), "geolocation"),
        "lng": Y(lambda f: round(f.r.uniform(-123.0, -70.5), 6), "geolocation"),
        "duration_minutes": G(lambda f: f.r.randint(2, 90)),
        "note": Y(craving_note, "name", True),
    },
)
ev(
    "screen",
    "Sobriety Counter",
    MOBILE,
    30,
    {
        "days_sober": G(lambda f: f.r.randint(0, 3000)),
        "sobriety_date": G(lambda f: f.day(f.pick([2016, 2021, 2023, 2024]))),
        "next_milestone": G(lambda f: f.pick(["30 days", "60 days", "90 days", "6 months", "1 year"])),
        "money_saved": G(lambda f: f.money(0, 12000)),
        "currency": G(lambda f: f.pick(["USD", "CAD", "EUR"])),
    },
)
ev(
    "track",
    "Meetings Searched",
    ["ios", "android", "web:app"],
    45,
    {
        "search_text": G(
            lambda f: f.pick(
                ["big book", "Tuesday night", "women", "young people", "online NA", "Lisboa", ""]
            )
        ),
        "fellowship": G(lambda f: f.pick(["AA", "NA", "CA", "SMART", "Al-Anon", "Recovery Dharma"])),
        "format": G(lambda f: f.pick(["in_person", "online", "hybrid", "any"])),
        "radius_km": G(lambda f: f.pick([5, 10, 25, 50])),
        "search_lat": Y(lambda f: round(f.r.uniform(30.0, 49.0), 6), "geolocation"),
        "search_lng": Y(lambda f: round(f.r.uniform(-122.9, -71.2), 6), "geolocation"),
        "results_count": G(lambda f: f.r.randint(0, 140)),
        "search_city": G(lambda f: f.pick(["Portland", "Montréal", "Lisboa", "Phoenix", "Toronto"])),
    },
)
ev(
    "track",
    "Meeting Viewed",
    ["ios", "android", "web:app"],
    40,
    {
        "meeting_id": G(lambda f: f.digits(6)),
        "meeting_name": G(
            lambda f: f.pick(["Early Birds", "Tuesday Night Big Book", "Grupo Renascer", "Serenity Now"])
        ),
        "venue_name": G(
            lambda f: f.pick(["St. Mark's Church Hall", "Alano Club", "Centro Paroquial de Arroios"])
        ),
        "venue_address": G(
            lambda f: f.pick(["1120 SE 20th Ave, Portland, OR", "4501 rue Saint-Denis, Montréal, QC"])
        ),
        "venue_lat": G(lambda f: f.pick([45.512, 45.5231, 38.7223])),
        "venue_lng": G(lambda f: f.pick([-122.645, -73.5817, -9.1393])),
        "types": Many(G(lambda f: f.pick(["O", "C", "BB", "W", "M", "SP", "LGBTQ", "ONL"])), 3),
        "distance_km": G(lambda f: f.money(0, 25)),
    },
)
ev(
    "track",
    "Meeting Checked In",
    MOBILE,
    40,
    {
        "meeting_id": G(lambda f: f.digits(6)),
        "checkin_method": G(lambda f: f.pick(["qr", "gps", "manual"])),
        "verified": G(lambda f: f.pick([True, False])),
        "device_lat": Y(lambda f: round(f.r.uniform(30.0, 49.0), 6), "geolocation"),
        "device_lng": Y(lambda f: round(f.r.uniform(-122.9, -71.2), 6), "geolocation"),
        "verified_by": Y(
            lambda f: f.pick([f.person(), f.first_in() + " " + f.last_in()[0] + "."]), "name", True
        ),
        "attendance_count": G(lambda f: f.r.randint(1, 400)),
        "proof_requested": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Sponsor Message Sent",
    MOBILE,
    45,
    {
        "conversation_id": G(lambda f: f.uuid()),
        "message_id": G(lambda f: f.hexid(24)),
        "message_length": G(lambda f: f.r.randint(1, 600)),
        "recipient_role": G(lambda f: f.pick(["sponsor", "sponsee", "peer"])),
        "sponsor_id": G(lambda f: "usr_" + f.hexid(12)),
        "sponsor_display_name": Y(lambda f: f.pick([f.person(), f.first_in()]), "name"),
        "is_first_message": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Push Notification Opened",
    MOBILE,
    35,
    {
        "notification_id": G(lambda f: f.uuid()),
        "campaign": G(lambda f: f.pick(["chat_message", "social_like", "daily_checkin"])),
        "title": G(lambda f: f.pick(["SoberPath", "New message", "Keep it up"])),
        "message_preview": Y(push_preview, "name", True),
        "sent_at": G(lambda f: f.ts_sec()),
    },
)
ev(
    "track",
    "Sponsor Call Started",
    MOBILE,
    30,
    {
        "call_id": G(lambda f: f.uuid()),
        "call_type": G(lambda f: f.pick(["voice", "video"])),
        "proxy_number": G(lambda f: f.pick(["+15038821140", "+15038821177", "+14388830012"])),
        "sponsor_phone": Y(lambda f: f.tel(), "phone"),
        "duration_sec": G(lambda f: f.r.randint(0, 3600)),
        "connected": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Emergency Contact Called",
    MOBILE,
    30,
    {
        "label": Y(
            lambda f: f.pick(
                [f.person(), f.first_in() + " (sponsor)", f.first_in() + " " + f.last_in()[0] + "."]
            ),
            "name",
            True,
        ),
        "contact": Y(lambda f: f.tel(), "phone", True),
        "contact_slot": G(lambda f: f.r.randint(1, 3)),
        "from_screen": G(lambda f: f.pick(["sos", "home", "craving_log"])),
    },
)
ev(
    "track",
    "Crisis Resource Opened",
    ["ios", "android", "web:app"],
    30,
    {
        "resource": G(
            lambda f: f.pick(
                ["988 Suicide & Crisis Lifeline", "SAMHSA Helpline", "SOS Voz Amiga", "Info-Social 811"]
            )
        ),
        "hotline_number": G(lambda f: f.pick(["988", "1-800-662-4357", "213 544 545", "811"])),
        "country": G(lambda f: f.pick(["US", "CA", "PT"])),
    },
)
ev(
    "track",
    "Sober Buddy Invited",
    MOBILE,
    30,
    {
        "invitee_name": Y(lambda f: f.person(), "name"),
        "invitee_email": Y(lambda f: f.mail(), "email"),
        "invitee_phone": Y(lambda f: f.tel(), "phone"),
        "relationship": G(lambda f: f.pick(["friend", "sponsor", "sibling", "partner"])),
        "invite_channel": G(lambda f: f.pick(["sms", "email", "link"])),
        "referral_code": G(lambda f: f.hexid(8).upper()),
        "contacts_permission": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Breath Test Submitted",
    ["ios", "android"],
    35,
    {
        "test_id": G(lambda f: f.uuid()),
        "device_serial": Y(lambda f: "SBL" + f.digits(8), "serial"),
        "test_result": Y(lambda f: f.pick(["pass", "pass", "pass", "fail", "missed"]), "diagnosis|condition"),
        "face_match": G(lambda f: f.pick([True, False])),
        "selfie_url": Y(lambda f: "https://media.soberpath.com/bt/" + f.uuid() + ".jpg", "photo"),
        "device_lat": Y(lambda f: round(f.r.uniform(30.0, 49.0), 6), "geolocation"),
        "device_lng": Y(lambda f: round(f.r.uniform(-122.9, -71.2), 6), "geolocation"),
        "scheduled_window": G(lambda f: f.pick(["morning", "midday", "evening"])),
        "firmware": G(lambda f: f.pick(["2.1.7", "2.2.0"])),
    },
)
ev(
    "track",
    "Subscription Started",
    ["ios"],
    25,
    {
        "product_id": G(lambda f: f.pick(["com.soberpath.plus.monthly", "com.soberpath.plus.annual"])),
        "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
        "app_account_token": G(lambda f: f.uuid()),
        "price": G(lambda f: f.pick([7.99, 59.99])),
        "currency": G(lambda f: f.pick(["USD", "CAD", "EUR"])),
        "environment": G(lambda f: "Production"),
        "is_trial": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Signed In",
    ["ios", "android", "web:app"],
    40,
    {
        "method": G(lambda f: f.pick(["password", "magic_link", "apple", "google"])),
        "mfa_enabled": G(lambda f: f.pick([True, False])),
        "phone_verified": G(lambda f: f.pick([True, False])),
        "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        "login_count": G(lambda f: f.r.randint(1, 900)),
        "session_id": G(lambda f: f.uuid()),
    },
)
ev(
    "track",
    "Sign In Link Requested",
    ["node"],
    30,
    {
        "email": Y(lambda f: f.mail(), "email"),
        "link_token": RED(lambda f: f.hexid(48), "token"),
        "expires_in": G(lambda f: 900),
        "redirect_path": G(lambda f: f.pick(["/checkin", "/", "/family"])),
    },
)
ev(
    "track",
    "Verification Code Sent",
    ["node", "python"],
    30,
    {
        "phone_number": Y(lambda f: f.tel(), "phone"),
        "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
        "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
        "code_length": G(lambda f: 6),
        "attempt": G(lambda f: f.r.randint(1, 3)),
        "provider": G(lambda f: f.pick(["twilio_verify", "vonage"])),
    },
)
ev(
    "alias",
    None,
    ["ios", "android", "web:app"],
    20,
    {},
)

# sober living houses --------------------------------------------------------------------------------
ev(
    "page",
    "Apply",
    ["web:house"],
    40,
    {
        "name": G(lambda f: f.pick(["Apply", "House Detail", "Book a Bed"])),
        "path": G(lambda f: f.pick(["/apply", "/houses/portland", "/book-a-bed"])),
        "url": G(
            lambda f: "https://www.oxfordmaple.org" + f.pick(["/apply", "/houses/portland", "/book-a-bed"])
        ),
        "title": G(lambda f: f.pick(["Apply | Oxford Maple", "House Detail | Oxford Maple"])),
        "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
        "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "BE", "advertising id"), 0.4),
    },
)
ev(
    "track",
    "Application Started",
    ["web:house"],
    30,
    {
        "house_id": G(lambda f: f.r.randint(100, 999)),
        "house_name": G(lambda f: f.pick(HOUSES)),
        "house_city": G(lambda f: f.pick(["Portland", "Phoenix", "Asheville", "Delray Beach"])),
        "application_id": G(lambda f: f.uuid()),
    },
)
ev(
    "track",
    "Admission Application Submitted",
    ["node", "ruby"],
    40,
    {
        "application_id": G(lambda f: f.uuid()),
        "house_id": G(lambda f: f.r.randint(100, 999)),
        "applicant": {
            "first_name": Y(lambda f: f.me("us")["first"], "name"),
            "last_name": Y(lambda f: f.me("us")["last"], "name"),
            "dob": Y(lambda f: f.dob("us"), "birthdate"),
            "phone": Y(lambda f: f.me("us")["phone"], "phone"),
            "email": Y(lambda f: f.me("us")["mail"], "email"),
            "gender": Y(
                lambda f: f.pick(["male", "female", "non-binary", "trans man", "trans woman"]), "gender"
            ),
            "pronouns": Y(lambda f: f.pick(["he/him", "she/her", "they/them"]), "gender"),
            "age": G(lambda f: f.r.randint(18, 66)),
        },
        "current_address": {
            "street": Y(lambda f: f.me("us")["addr"][0], "address|street"),
            "city": Y(lambda f: f.me("us")["addr"][1], "city"),
            "state": G(lambda f: f.me("us")["addr"][2]),
            "zip": Y(lambda f: f.me("us")["addr"][3], "zipcode"),
        },
        "emergency_contact": emergency_contact("us"),
        "primary_substance": Y(lambda f: f.pick(SUBSTANCES), "condition"),
        "on_mat": Y(lambda f: f.once("mat", lambda: f.pick([True, False])), "medication"),
        "mat_medication": Y(lambda f: f.pick(MAT) if f.cache["mat"] else "none", "medication"),
        "is_pregnant": Y(lambda f: f.pick([False, False, False, True]), "condition"),
        "veteran": RED(lambda f: f.pick([True, False, False]), "veteran"),
        "uses_mobility_aid": RED(lambda f: f.pick([True, False, False, False]), "disability"),
        "work_authorization": RED(
            lambda f: f.pick(["US citizen", "permanent resident", "work visa", "DACA"]), "visa"
        ),
        "employment_status": G(lambda f: f.pick(["employed", "seeking", "unemployed", "student"])),
        "employer": G(lambda f: f.pick(COMPANIES)),
        "monthly_income": Y(lambda f: f.r.randint(0, 5200), "salary"),
        "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "separated"])),
        "has_pet": G(lambda f: f.pick([True, False])),
        "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Mochi", "Tank", "Pepper"])),
    },
)
ev(
    "track",
    "Address Autocomplete Used",
    ["web:house", "web:clinic"],
    30,
    {
        "input": Y(
            lambda f: f.me(f.pick(["us", "us", "qc"]))["addr"][0][: -f.r.randint(1, 4)],
            "address|street",
            True,
        ),
        "predictions_count": G(lambda f: f.r.randint(0, 5)),
        "selected_place_id": G(lambda f: "ChIJ" + f.hexid(23)),
        "session_token": G(lambda f: f.uuid()),
        "field": G(lambda f: "home_address"),
    },
)
ev(
    "track",
    "Bed Reserved",
    ["web:house", "node"],
    35,
    {
        "bed_id": G(lambda f: f"B-{f.r.randint(1, 40):02d}"),
        "room_number": G(lambda f: str(f.r.randint(1, 12))),
        "house_id": G(lambda f: f.r.randint(100, 999)),
        "house_name": G(lambda f: f.pick(HOUSES)),
        "move_in_date": G(lambda f: f.day(2024)),
        "weekly_rent": G(lambda f: f.pick([165, 185, 200, 225, 250])),
        "currency": G(lambda f: f.pick(["USD", "CAD", "EUR"])),
        "house_phone": G(lambda f: f.pick(["(503) 444-0191", "(602) 555-0144", "(828) 231-7700"])),
    },
)
ev(
    "track",
    "Deposit Paid",
    ["node"],
    35,
    {
        "payment_intent": G(lambda f: "pi_3P" + f.hexid(22)),
        "customer": G(lambda f: "cus_" + f.hexid(14)),
        "payment_method": RED(lambda f: "pm_1P" + f.hexid(22), "token"),
        "amount": G(lambda f: f.pick([15000, 25000, 18500])),
        "currency": G(lambda f: f.pick(["usd", "cad"])),
        "card": {
            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "last4": G(lambda f: f.digits(4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2030)),
        },
        "billing_details": {
            "name": Y(lambda f: f.me("us")["full"], "name"),
            "email": Y(lambda f: f.me("us")["mail"], "email"),
            "address": {
                "line1": Y(lambda f: f.me("us")["addr"][0], "address|street"),
                "city": Y(lambda f: f.me("us")["addr"][1], "city"),
                "postal_code": Y(lambda f: f.me("us")["addr"][3], "zipcode"),
                "state": G(lambda f: f.me("us")["addr"][2]),
                "country": G(lambda f: "US"),
            },
        },
        "receipt_email": Y(lambda f: f.me("us")["mail"], "email"),
    },
)
ev(
    "track",
    "House Tour Scheduled",
    ["web:house"],
    30,
    {
        "tour_id": G(lambda f: f.digits(7)),
        "tour_at": G(lambda f: f.iso()),
        "house_manager_name": Y(lambda f: f.person("us"), "name"),
        "house_phone": G(lambda f: f.pick(["(503) 444-0191", "(602) 555-0144", "(828) 231-7700"])),
        "visitor_count": G(lambda f: f.r.randint(1, 3)),
        "contact_phone": Y(lambda f: f.tel("us"), "phone"),
        "virtual": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "group",
    None,
    ["node", "python"],
    25,
    {
        "name": G(lambda f: f.once("org", lambda: f.pick(ORGS))["name"]),
        "type": G(lambda f: f.pick(["sober_living", "outpatient", "employer"])),
        "beds_total": G(lambda f: f.r.randint(6, 40)),
        "certification": G(lambda f: f.pick(["NARR Level II", "NARR Level III", "CARF", "none"])),
        "gender_served": G(lambda f: f.pick(["men", "women", "all"])),
        "main_phone": G(lambda f: f.cache["org"]["phone"]),
        "intake_email": G(lambda f: f.cache["org"]["email"]),
        "address": {
            "street": G(lambda f: f.cache["org"]["street"]),
            "city": G(lambda f: f.cache["org"]["city"]),
            "state": G(lambda f: f.cache["org"]["state"]),
            "postal_code": G(lambda f: f.cache["org"]["postal_code"]),
            "country": G(lambda f: f.cache["org"]["country"]),
        },
        "manager_name": Y(lambda f: f.person(), "name"),
        "manager_email": Y(lambda f: f.mail(), "email"),
        "plan": G(lambda f: f.pick(["house_pro", "clinic_enterprise"])),
        "employees": G(lambda f: f.r.randint(3, 300)),
    },
)
ev(
    "track",
    "House Inspection Logged",
    ["rn"],
    35,
    {
        "resident_id": G(lambda f: f.r.randint(10000, 99999)),
        "chores_completed": G(lambda f: f.r.randint(0, 7)),
        "curfew_violations": G(lambda f: f.r.randint(0, 3)),
        "room_passed": G(lambda f: f.pick([True, False])),
        "vehicle": {
            "plate": Y(lambda f: f.plate(), "license"),
            "make": G(lambda f: f.pick(["Honda", "Toyota", "Ford", "Nissan"])),
            "model": G(lambda f: f.pick(["Civic", "Corolla", "F-150", "Sentra"])),
            "state": G(lambda f: f.pick(["OR", "AZ", "QC"])),
        },
    },
)
ev(
    "track",
    "Drug Test Collected",
    ["rn"],
    40,
    {
        "specimen_id": G(lambda f: "SP" + f.digits(9)),
        "resident_id": G(lambda f: f.r.randint(10000, 99999)),
        "test_type": G(lambda f: f.pick(["urine", "oral_fluid", "breathalyzer"])),
        "panel": G(lambda f: f.pick(["5-panel", "12-panel", "14-panel + fentanyl", "EtG"])),
        "observed": G(lambda f: f.pick([True, False])),
        "collected_by": Y(lambda f: f.person("us"), "name"),
        "collection_site": G(lambda f: f.pick(HOUSES)),
        "chain_of_custody_id": G(lambda f: "COC-" + f.digits(8)),
    },
)


def drug_result(f: Fake319):
    result = f.pick(["negative", "negative", "negative", "positive", "dilute", "invalid"])
    body = {
        "specimen_id": G(lambda f: "SP" + f.digits(9)),
        "lab": G(lambda f: f.pick(["Quest Diagnostics", "Labcorp", "Dynacare"])),
        "lab_accession": G(lambda f: f.digits(11)),
        "drug_test_result": Y(lambda f: result, "diagnosis|condition"),
        "mro_reviewed": G(lambda f: f.pick([True, False])),
        "cutoff_profile": G(lambda f: f.pick(["SAMHSA", "custom_low"])),
        "reported_at": G(lambda f: f.iso()),
        "turnaround_hours": G(lambda f: f.r.randint(18, 96)),
    }
    if result == "positive":
        body["substances_detected"] = Many(
            Y(
                lambda f: f.pick(["THC", "fentanyl", "norfentanyl", "methamphetamine", "EtG", "cocaine"]),
                "diagnosis|condition",
            ),
            2,
        )
    return body


ev("track", "Drug Test Result Received", ["python", "go"], 60, drug_result)
ev(
    "track",
    "Rent Payment Failed",
    ["node"],
    30,
    {
        "invoice_id": G(lambda f: "in_1P" + f.hexid(20)),
        "amount_due": G(lambda f: f.pick([18500, 20000, 22500])),
        "attempt_count": G(lambda f: f.r.randint(1, 4)),
        "failure_code": G(lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card"])),
        "next_retry_at": G(lambda f: f.ts_sec()),
        "payer_email": Y(lambda f: f.me()["mail"], "email"),
        "payer_phone": Y(lambda f: f.me()["phone"], "phone"),
    },
)

# outpatient intake and telehealth ----------------------------------------------------------------------
ev(
    "page",
    "Intake",
    ["web:clinic"],
    40,
    {
        "name": G(lambda f: f.pick(["Intake", "Insurance", "Get Help Now"])),
        "path": G(lambda f: f.pick(["/intake", "/insurance", "/get-help"])),
        "url": G(lambda f: "https://clearpathrecovery.com" + f.pick(["/intake", "/insurance", "/get-help"])),
        "title": G(lambda f: f.pick(["Start Intake | Clearpath", "Verify Insurance | Clearpath"])),
        "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.psychologytoday.com/"])),
        "category": G(lambda f: "intake"),
    },
)
ev(
    "track",
    "Intake Field Completed",
    ["web:clinic"],
    45,
    {
        "form_id": G(lambda f: "intake_v3"),
        "field_name": G(lambda f: f.once("field", lambda: f.pick(["email", "mobile_phone"]))),
        "value": Y(
            lambda f: f.me()["mail"] if f.cache["field"] == "email" else f.me()["phone"], "email|phone", True
        ),
        "step": G(lambda f: f.r.randint(1, 4)),
        "time_on_field_ms": G(lambda f: f.r.randint(300, 20000)),
        "autofilled": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Lead Submitted",
    ["web:clinic"],
    40,
    {
        "lead_id": G(lambda f: f.uuid()),
        "first_name": Y(lambda f: f.me()["first"], "name"),
        "phone": Y(lambda f: f.me()["phone"], "phone"),
        "email": Y(lambda f: f.me()["mail"], "email"),
        "zip": Y(lambda f: f.me()["addr"][3], "zipcode"),
        "who_for": G(lambda f: f.pick(["myself", "loved_one"])),
        "insurance_provider": G(lambda f: f.pick([p[0] for p in PAYERS] + ["self-pay"])),
        "substance": Y(lambda f: f.pick(SUBSTANCES), "condition"),
        "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "BE", "advertising id"), 0.5),
        "fbclid": Opt(Y(lambda f: "IwAR" + f.hexid(28), "advertising id"), 0.4),
        "utm_source": G(lambda f: f.pick(["google", "facebook", "bing"])),
        "utm_campaign": G(lambda f: f.pick(["rehab_brand_search", "iop_local"])),
        "callback_requested": G(lambda f: f.pick([True, False])),
        "preferred_contact_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
    },
)
ev(
    "track",
    "Intake Submitted",
    ["python"],
    40,
    {
        "intake_id": G(lambda f: f.uuid()),
        "patient": {
            "first_name": Y(lambda f: f.me()["first"], "name"),
            "last_name": Y(lambda f: f.me()["last"], "name"),
            "preferred_name": Y(lambda f: f.first_in(), "name"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "sex_assigned_at_birth": Y(lambda f: f.pick(["male", "female", "intersex"]), "sex"),
            "gender_identity": Y(lambda f: f.pick(["man", "woman", "non-binary", "two-spirit"]), "gender"),
            "sexual_orientation": Y(
                lambda f: f.pick(["heterosexual", "gay", "lesbian", "bisexual", "queer"]),
                "sexual orientation",
            ),
            "race": Y(
                lambda f: f.pick(
                    ["White", "Black or African American", "American Indian or Alaska Native", "Asian"]
                ),
                "race",
            ),
            "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "religion": Y(lambda f: f.pick(["Catholic", "Baptist", "Muslim", "Jewish", "None"]), "religion"),
            "primary_language": G(
                lambda f: f.pick(["English", "Spanish", "French", "Portuguese", "Vietnamese"])
            ),
            "mrn": RED(lambda f: f.digits(8), "health id"),
        },
        "substances": Many(Y(lambda f: f.pick(SUBSTANCES), "condition"), 3),
        "co_occurring": Many(Y(lambda f: f.pick(CO_OCCURRING), "condition"), 2),
        "diagnosis_codes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 2),
        "level_of_care": G(lambda f: f.pick(["OP", "IOP", "PHP"])),
        "referral": {
            "source": G(lambda f: f.pick(["self", "physician", "court", "employer_eap", "family"])),
            "referrer_name": Y(lambda f: f.pick(["Dr. ", ""]) + f.person("us"), "name"),
            "referrer_org": G(lambda f: f.pick(["Kaiser NW", "Multnomah County", "Providence ED"])),
        },
        "veteran_status": RED(lambda f: f.pick(["veteran", "not_veteran", "active_duty"]), "veteran"),
    },
)
ev(
    "track",
    "Telehealth Session Started",
    ["web:clinic", "flutter"],
    40,
    {
        "session_id": G(lambda f: f.uuid()),
        "appointment_id": G(lambda f: f.digits(8)),
        "provider_id": G(lambda f: "prv_" + f.hexid(8)),
        "provider_name": Y(lambda f: f.person(), "name"),
        "session_type": G(lambda f: f.pick(["individual", "group", "family", "med_management"])),
        "platform": G(lambda f: f.pick(["zoom", "doxy.me", "in_app"])),
        "scheduled_minutes": G(lambda f: f.pick([30, 45, 60, 90])),
    },
)
ev(
    "track",
    "Appointment Reminder Sent",
    ["go"],
    35,
    {
        "appointment_id": G(lambda f: f.digits(8)),
        "channel": G(lambda f: f.once("channel", lambda: f.pick(["sms", "email"]))),
        "to": Y(
            lambda f: f.me()["phone"] if f.cache["channel"] == "sms" else f.me()["mail"], "phone|email", True
        ),
        "template_id": G(lambda f: f.pick(["appt_24h_v2", "appt_2h_v1"])),
        "send_at": G(lambda f: f.iso()),
        "provider": G(lambda f: "twilio" if f.cache["channel"] == "sms" else "sendgrid"),
        "delivered": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Prescription Sent",
    ["java"],
    35,
    {
        "rx_number": Y(lambda f: f.digits(7), "medication"),
        "medication_name": Y(
            lambda f: f.pick([*MAT, "gabapentin", "hydroxyzine", "sertraline"]), "medication"
        ),
        "strength": Y(
            lambda f: f.pick(["8 mg/2 mg", "380 mg", "50 mg", "100 mg/mL", "300 mg"]), "medication"
        ),
        "quantity": G(lambda f: f.pick([14, 28, 30, 60])),
        "refills": G(lambda f: f.r.randint(0, 3)),
        "pharmacy_name": G(
            lambda f: f.pick(
                ["Walgreens #04211", "CVS Pharmacy #8832", "Pharmaprix 0412", "Farmácia Estácio"]
            )
        ),
        "pharmacy_phone": G(lambda f: f.pick(["(503) 280-4412", "(602) 264-1900", "+1 514-845-1161"])),
        "prescriber_name": Y(lambda f: "Dr. " + f.person(), "name"),
        "controlled_schedule": G(lambda f: f.pick(["CIII", "CII", "none"])),
    },
)

# family portal ------------------------------------------------------------------------------------------
ev(
    "identify",
    None,
    ["web:family"],
    35,
    {
        "first_name": Y(lambda f: f.me()["first"], "name"),
        "last_name": Y(lambda f: f.me()["last"], "name"),
        "email": Y(lambda f: f.me()["mail"], "email"),
        "phone": Y(lambda f: f.me()["phone"], "phone"),
        "relationship": G(lambda f: f.pick(["mother", "father", "spouse", "sibling", "adult child"])),
        "loved_one_id": G(lambda f: f.r.randint(100000, 999999)),
        "portal_role": G(lambda f: f.pick(["family_member", "guardian"])),
        "consent_on_file": G(lambda f: f.pick([True, False])),
        "created_at": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Family Member Invited",
    ["node"],
    35,
    {
        "patient_id": G(lambda f: f.r.randint(100000, 999999)),
        "invitee": {
            "first_name": Y(lambda f: f.me(None, "invitee")["first"], "name"),
            "last_name": Y(lambda f: f.me(None, "invitee")["last"], "name"),
            "email": Y(lambda f: f.me(None, "invitee")["mail"], "email"),
            "phone": Y(lambda f: f.me(None, "invitee")["phone"], "phone"),
        },
        "relationship": G(lambda f: f.pick(["mother", "father", "spouse", "sibling"])),
        "roi_form_id": G(lambda f: "ROI-" + f.digits(6)),
        "roi_expires_at": G(lambda f: f.day(2025)),
        "part2_consent": G(lambda f: f.pick([True, False])),
        "invited_by": G(lambda f: "usr_" + f.hexid(12)),
    },
)
ev(
    "track",
    "Family Session Booked",
    ["web:family"],
    30,
    {
        "session_id": G(lambda f: f.uuid()),
        "session_at": G(lambda f: f.iso()),
        "attendees": Many(
            {
                "name": Y(lambda f: f.person(), "name"),
                "relationship": G(lambda f: f.pick(["mother", "father", "spouse", "sibling", "grandparent"])),
                "age": G(lambda f: f.r.randint(16, 80)),
            },
            3,
        ),
        "children": Many(
            {"first_name": Y(lambda f: f.first_in(), "name"), "age": G(lambda f: f.r.randint(1, 15))},
            2,
        ),
        "childcare_needed": G(lambda f: f.pick([True, False])),
        "format": G(lambda f: f.pick(["in_person", "video"])),
    },
)

# shop (e-commerce spec) ----------------------------------------------------------------------------------
ev(
    "track",
    "Product Viewed",
    ["web:shop", "ios"],
    40,
    product(),
)
ev(
    "track",
    "Product Added",
    ["web:shop", "ios"],
    35,
    {**product(), "cart_id": G(lambda f: f.uuid())},
)
ev(
    "track",
    "Checkout Started",
    ["web:shop"],
    30,
    {
        "order_id": G(lambda f: "SP-" + f.digits(6)),
        "revenue": G(lambda f: f.money(5, 120)),
        "currency": G(lambda f: f.pick(["USD", "CAD"])),
        "products": Many(product(), 3),
    },
)
ev(
    "track",
    "Order Completed",
    ["node"],
    40,
    {
        "order_id": G(lambda f: "SP-" + f.digits(6)),
        "checkout_id": G(lambda f: f.uuid()),
        "total": G(lambda f: f.money(5, 140)),
        "revenue": G(lambda f: f.money(5, 120)),
        "shipping": G(lambda f: f.pick([0, 4.95, 7.5])),
        "tax": G(lambda f: f.money(0, 12)),
        "discount": G(lambda f: f.pick([0, 5, 10])),
        "coupon": G(lambda f: f.pick(["", "ONEYEAR", "FAMILY10"])),
        "currency": G(lambda f: f.pick(["USD", "CAD"])),
        "products": Many(product(), 3),
        "is_gift": G(lambda f: True),
        "recipient_name": Y(lambda f: f.me(None, "recipient")["full"], "name"),
        "gift_message": Y(gift_message, "name", True),
        "shipping_address": {
            "line1": Y(lambda f: f.me(None, "recipient")["addr"][0], "address|street"),
            "city": Y(lambda f: f.me(None, "recipient")["addr"][1], "city"),
            "postal_code": Y(lambda f: f.me(None, "recipient")["addr"][3], "zipcode"),
            "country": G(lambda f: f.me(None, "recipient")["addr"][4]),
        },
    },
)
ev(
    "track",
    "Payment Info Entered",
    ["web:shop"],
    25,
    {
        "checkout_id": G(lambda f: f.uuid()),
        "payment_type": G(lambda f: f.pick(["card", "paypal", "apple_pay"])),
        "card_number": RED(lambda f: f.card(), "credit card"),
        "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
        "save_card": G(lambda f: f.pick([True, False])),
    },
)

# insurance and billing ---------------------------------------------------------------------------------
ev(
    "track",
    "Insurance Verification Requested",
    ["web:clinic"],
    40,
    {
        "payer_name": G(lambda f: f.pick([p[0] for p in PAYERS])),
        "payer_id": G(lambda f: f.pick([p[1] for p in PAYERS])),
        "member_id": Y(lambda f: f.pick(["W", "XJK", "H", "U"]) + f.digits(9), "identification"),
        "group_number": G(lambda f: f.pick(["0861234", "GRP-44120", "717543", "010078"])),
        "subscriber_name": Y(lambda f: f.person("us"), "name"),
        "subscriber_dob": Y(lambda f: f.dob("us"), "birthdate"),
        "relationship_to_subscriber": G(lambda f: f.pick(["self", "spouse", "child"])),
        "plan_type": G(lambda f: f.pick(["PPO", "HMO", "EPO", "Medicaid MCO"])),
        "card_uploaded": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Eligibility Response Received",
    ["java"],
    35,
    {
        "trace_number": G(lambda f: f.digits(12)),
        "payer": {
            "name": G(lambda f: f.pick([p[0] for p in PAYERS])),
            "payerId": G(lambda f: f.pick([p[1] for p in PAYERS])),
        },
        "subscriber": {
            "memberId": Y(lambda f: f.pick(["W", "XJK", "H"]) + f.digits(9), "identification"),
            "firstName": Y(lambda f: f.me("us")["first"].upper(), "name"),
            "lastName": Y(lambda f: f.me("us")["last"].upper(), "name"),
            "dateOfBirth": Y(lambda f: f.dob().replace("-", ""), "birthdate"),
            "gender": Y(lambda f: f.pick(["M", "F", "U"]), "gender|sex"),
            "groupNumber": G(lambda f: f.pick(["0861234", "717543", "010078"])),
        },
        "eligibility": {
            "status": G(lambda f: f.pick(["active", "inactive"])),
            "planName": G(lambda f: f.pick(["Choice POS II", "Open Access Plus", "Gold PPO 1500"])),
            "copay": G(lambda f: f.pick([0, 25, 40, 60])),
            "deductibleRemaining": G(lambda f: f.money(0, 4000)),
            "sudBenefitsCovered": G(lambda f: f.pick([True, False])),
            "priorAuthRequired": G(lambda f: f.pick([True, False])),
        },
    },
)
ev(
    "track",
    "Claim Submitted",
    ["go"],
    35,
    {
        "claim_number": G(lambda f: "CLM" + f.digits(10)),
        "patient_control_number": G(lambda f: f.hexid(12).upper()),
        "subscriber_id": Y(lambda f: f.pick(["W", "XJK", "H"]) + f.digits(9), "identification"),
        "billed_amount": G(lambda f: f.money(120, 4800)),
        "cpt_codes": Many(
            Y(lambda f: f.pick(["90837", "90834", "90853", "H0015", "80305", "H0020"]), "procedure"), 3
        ),
        "icd10_codes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 2),
        "place_of_service": G(lambda f: f.pick(["02", "10", "11", "57"])),
    },
)
ev(
    "track",
    "Medicare Eligibility Checked",
    ["java"],
    25,
    {
        "mbi": RED(lambda f: f.mbi(), "health id"),
        "beneficiary_last_name": Y(lambda f: f.last_in("us"), "name"),
        "beneficiary_dob": Y(lambda f: f.dob(), "birthdate"),
        "part_a_active": G(lambda f: f.pick([True, False])),
        "part_b_active": G(lambda f: f.pick([True, False])),
        "mac_jurisdiction": G(lambda f: f.pick(["JF", "J15", "JL"])),
    },
)
ev(
    "track",
    "Invoice Paid",
    ["php"],
    35,
    {
        "invoice_number": G(lambda f: "INV-" + f.digits(6)),
        "amount": G(lambda f: f.money(20, 900)),
        "payment_method_type": G(lambda f: f.pick(["card", "ach", "hsa_card"])),
        "card_last4": G(lambda f: f.digits(4)),
        "card_brand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex"])),
        "cardholder_name": Y(lambda f: f.person(), "name"),
        "billing_zip": Y(lambda f: f.address("us")[3], "zipcode"),
        "paid_at": G(lambda f: f.ts_sec()),
    },
)
ev(
    "track",
    "Sliding Scale Application Submitted",
    ["web:clinic"],
    30,
    {
        "household_size": G(lambda f: f.r.randint(1, 6)),
        "annual_household_income": Y(lambda f: f.r.randint(9000, 85000), "salary"),
        "employment_status": G(lambda f: f.pick(["employed", "seeking", "unemployed", "student"])),
        "employer_name": G(lambda f: f.pick(COMPANIES)),
        "job_title": G(lambda f: f.pick(JOB_TITLES)),
        "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
        "marital_status": G(lambda f: f.pick(["single", "married", "divorced"])),
        "age": G(lambda f: f.r.randint(18, 70)),
    },
)
ev(
    "track",
    "Financing Prequalified",
    ["python"],
    25,
    {
        "lender": G(lambda f: f.pick(["Prosper Healthcare Lending", "CareCredit", "Sunbit"])),
        "application_id": G(lambda f: f.uuid()),
        "applicant_ssn": RED(lambda f: f.ssn(), "social security number"),
        "credit_score": Y(lambda f: f.r.randint(520, 820), "credit score"),
        "approved_amount": G(lambda f: f.pick([2500, 5000, 10000, 15000])),
        "apr": G(lambda f: f.pick([0, 9.99, 17.9, 24.99])),
    },
)

# counsellor back office ---------------------------------------------------------------------------------
ev(
    "page",
    "Caseload",
    ["web:office"],
    30,
    {
        "name": G(lambda f: f.pick(["Caseload", "Client Detail", "Notes"])),
        "path": G(lambda f: f.pick(["/caseload", "/clients/" + f.digits(6), "/notes"])),
        "url": G(lambda f: "https://office.clearpathrecovery.com" + f.pick(["/caseload", "/notes"])),
        "title": G(lambda f: f.pick(["Caseload - Back Office", "Notes - Back Office"])),
        "referrer": G(lambda f: f.pick(["", "https://office.clearpathrecovery.com/"])),
        "caseload_size": G(lambda f: f.r.randint(5, 60)),
    },
)
ev(
    "track",
    "Client Searched",
    ["web:office"],
    35,
    {
        "q": Y(lambda f: f.pick([f.person(), f.last_in(), f.tel()]), "name|phone", True),
        "results": G(lambda f: f.r.randint(0, 12)),
        "search_scope": G(lambda f: f.pick(["my_caseload", "all_clients"])),
        "search_ms": G(lambda f: f.r.randint(20, 900)),
    },
)
ev(
    "track",
    "Session Note Signed",
    ["dotnet"],
    40,
    {
        "NoteId": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
        "ClientId": G(lambda f: f.r.randint(100000, 999999)),
        "ClientName": Y(lambda f: f.person(), "name"),
        "Mrn": RED(lambda f: "MRN" + f.digits(7), "health id"),
        "ClinicianName": Y(lambda f: f.person() + f.pick([", LADC", ", LCSW", ", CADC II", ""]), "name"),
        "DiagnosisCode": Y(lambda f: f.pick(ICD10), "diagnosis"),
        "CptCode": Y(lambda f: f.pick(["90837", "90834", "90853", "H0004", "H0005"]), "procedure"),
        "NoteType": G(lambda f: f.pick(["SOAP", "DAP", "GroupNote"])),
        "DurationMinutes": G(lambda f: f.pick([30, 45, 53, 60, 90])),
        "Summary": Y(session_summary, "condition|medication", True),
        "SignedAtUtc": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Client Record Updated",
    ["dotnet"],
    35,
    {
        "ClientId": G(lambda f: f.r.randint(100000, 999999)),
        "Mrn": RED(lambda f: "MRN" + f.digits(7), "health id"),
        "ClientFirstName": Y(lambda f: f.me()["first"], "name"),
        "ClientLastName": Y(lambda f: f.me()["last"], "name"),
        "ClientEmail": Y(lambda f: f.me()["mail"], "email"),
        "ClientPhone": Y(lambda f: f.me()["phone"], "phone"),
        "PrimaryCounselor": Y(lambda f: f.person(), "name"),
        "FieldsChanged": Many(G(lambda f: f.pick(["Phone", "Email", "Address", "Payer", "LevelOfCare"])), 3),
        "UpdatedBy": G(lambda f: f.r.randint(1000, 9999)),
        "DischargeReason": G(lambda f: f.pick(["", "completed", "transferred", "left_before_completion"])),
    },
)
ev(
    "track",
    "Shift Clocked In",
    ["dotnet"],
    30,
    {
        "StaffId": G(lambda f: f.r.randint(1000, 9999)),
        "StaffName": Y(lambda f: f.person(), "name"),
        "HourlyRate": Y(lambda f: f.pick([22.5, 26.0, 31.75, 38.0, 19.25]), "salary"),
        "Facility": G(lambda f: f.pick(CLINICS)),
        "ClockInTime": G(lambda f: f.iso()),
        "DeviceIp": Y(lambda f: f.ipv4(), "ip"),
        "Role": G(lambda f: f.pick(["Peer Support Specialist", "LADC", "Intake Coordinator", "Nurse"])),
    },
)
ev(
    "track",
    "Staff Onboarded",
    ["node"],
    25,
    {
        "employee_id": G(lambda f: "E" + f.digits(5)),
        "full_name": Y(lambda f: f.me()["full"], "name"),
        "work_email": Y(
            lambda f: (
                ascii_fold(f.me()["first"][0] + f.me()["last"]).lower().replace("'", "").replace(" ", "")
                + "@clearpathrecovery.com"
            ),
            "email",
        ),
        "personal_email": Y(lambda f: f.me()["mail"], "email"),
        "job_title": G(
            lambda f: f.pick(["Peer Recovery Coach", "Counselor I", "House Manager", "Billing Specialist"])
        ),
        "start_date": G(lambda f: f.day(2024)),
        "annual_salary": Y(lambda f: f.r.randint(38000, 92000), "salary"),
        "requires_visa_sponsorship": RED(lambda f: f.pick([True, False, False]), "visa"),
        "lived_experience": Y(lambda f: f.pick([True, True, False]), "condition"),
        "ssn": RED(lambda f: f.ssn(), "social security number"),
        "direct_deposit": {
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
        },
    },
)
ev(
    "track",
    "Integration Connected",
    ["dotnet"],
    25,
    {
        "IntegrationName": G(lambda f: f.pick(["Kipu", "DrFirst", "Availity", "Twilio"])),
        "ApiKey": RED(lambda f: f.secret(), "secret"),
        "WebhookSecret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
        "ConnectedByEmail": Y(lambda f: f.mail("us"), "email"),
        "Environment": G(lambda f: f.pick(["production", "sandbox"])),
        "ScopesGranted": G(lambda f: f.r.randint(1, 9)),
    },
)
ev(
    "track",
    "Audit Log Exported",
    ["python"],
    25,
    {
        "export_id": G(lambda f: f.uuid()),
        "row_count": G(lambda f: f.r.randint(10, 90000)),
        "requested_by_email": Y(lambda f: f.mail("us"), "email"),
        "format": G(lambda f: f.pick(["csv", "xlsx"])),
        "file_sha256": G(lambda f: f.hexid(64)),
        "reason": G(lambda f: f.pick(["state audit", "payer audit", "quality review"])),
    },
)

# marketing and vendor webhooks ---------------------------------------------------------------------------
ev(
    "track",
    "Call Completed",
    ["node"],
    35,
    {
        "call_id": G(lambda f: "CAL" + f.hexid(32)),
        "caller_number": Y(lambda f: f.nanp(US_AREA + CA_AREA, "e164"), "phone"),
        "tracking_number": G(lambda f: f.pick(["+18558220190", "+18778330411", "+15034441100"])),
        "business_phone_number": G(lambda f: f.pick(["+15034440191", "+15142220100"])),
        "customer_name": Y(lambda f: f.person().upper(), "name"),
        "customer_city": Y(lambda f: f.address()[1], "city"),
        "customer_state": G(lambda f: f.pick(["OR", "AZ", "QC", "ON"])),
        "duration": G(lambda f: f.r.randint(0, 2400)),
        "answered": G(lambda f: f.pick([True, False])),
        "source": G(lambda f: f.pick(["Google Ads", "Google Organic", "Direct"])),
    },
)
ev(
    "track",
    "Conversions API Event",
    ["node"],
    35,
    {
        "event_name": G(lambda f: f.pick(["Lead", "Schedule", "Contact"])),
        "event_time": G(lambda f: f.ts_sec()),
        "event_id": G(lambda f: f.uuid()),
        "action_source": G(lambda f: "website"),
        "user_data": {
            "em": Y(lambda f: sha256(f.mail()), "advertising id|email"),
            "ph": Y(lambda f: sha256("1" + f.digits(10)), "advertising id|phone"),
            "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "client_user_agent": G(lambda f: f.pick(UAS)),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(24)}", "advertising id"),
            "external_id": G(lambda f: sha256(f.uuid())),
        },
        "custom_data": {
            "value": G(lambda f: f.pick([0, 150, 500])),
            "currency": G(lambda f: "USD"),
        },
    },
)
ev(
    "track",
    "SMS Reply Received",
    ["python"],
    40,
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": G(lambda f: "AC" + f.hexid(32)),
        "From": Y(lambda f: f.nanp(US_AREA + CA_AREA, "e164"), "phone", True),
        "To": G(lambda f: f.pick(["+15034440191", "+18558220190"])),
        "Body": G(lambda f: f.pick(["1", "2", "YES", "C", "STOP", "ok thanks", "Confirm"])),
        "NumMedia": G(lambda f: "0"),
        "FromCity": Y(lambda f: f.me("us")["addr"][1].upper(), "city"),
        "FromState": G(lambda f: f.me("us")["addr"][2]),
        "FromZip": Y(lambda f: f.me("us")["addr"][3][:5], "zipcode"),
        "FromCountry": G(lambda f: "US"),
    },
)
ev(
    "track",
    "Email Opened",
    ["node"],
    35,
    {
        "email": Y(lambda f: f.mail(), "email"),
        "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(5)),
        "smtp-id": G(lambda f: f"<{f.hexid(16)}@mail.soberpath.com>"),
        "template": G(lambda f: f.pick(["weekly_recap", "milestone_30", "family_update"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "useragent": G(lambda f: f.pick(UAS)),
        "sender": G(lambda f: f.pick(["no-reply@soberpath.com", "care@clearpathrecovery.com"])),
    },
)
ev(
    "track",
    "Intake Call Scheduled",
    ["ruby"],
    30,
    {
        "invitee": {
            "name": Y(lambda f: f.person(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "timezone": G(lambda f: f.pick(["America/New_York", "America/Phoenix", "America/Toronto"])),
            "text_reminder_number": Y(lambda f: f.tel(), "phone"),
        },
        "event_type": G(lambda f: f.pick(["15 Minute Intake Call", "Family Consultation"])),
        "questions_and_answers": Many(
            {
                "question": G(lambda f: f.pick(["Who is this call for?", "How did you hear about us?"])),
                "answer": G(lambda f: f.pick(["Myself", "My son", "My partner", "Google", "A friend"])),
            },
            2,
        ),
    },
)

# warehouse reverse-ETL and the legacy PHP portal ---------------------------------------------------------
ev(
    "identify",
    None,
    ["python"],
    35,
    {
        "FIRST_NAME": Y(lambda f: f.me()["first"], "name"),
        "LAST_NAME": Y(lambda f: f.me()["last"], "name"),
        "EMAIL": Y(lambda f: f.me()["mail"].upper() if f.r.random() < 0.2 else f.me()["mail"], "email"),
        "PHONE_E164": Y(lambda f: f.nanp(US_AREA + CA_AREA, "e164"), "phone"),
        "HOME_POSTAL_CODE": Y(lambda f: f.me()["addr"][3], "zipcode"),
        "HOME_STATE": G(lambda f: f.me()["addr"][2]),
        "LIFETIME_VALUE": G(lambda f: f.money(0, 9000)),
        "PROGRAM_STATUS": G(lambda f: f.pick(["active", "alumni", "discharged", "waitlist"])),
        "LAST_CHECKIN_AT": G(lambda f: f.iso()),
        "RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
        "PAYER_NAME": G(lambda f: f.pick([p[0] for p in PAYERS])),
        "MEMBER_NUMBER": G(lambda f: "SPM" + f.digits(7)),
        "DBT_SYNC_RUN_ID": G(lambda f: f.hexid(32)),
    },
)
ev(
    "track",
    "Account Created",
    ["php"],
    30,
    {
        "user-id": G(lambda f: f.r.randint(10000, 99999)),
        "e-mail": Y(lambda f: f.me("us")["mail"], "email"),
        "password": RED(
            lambda f: f.pick(["Sober2024!", "onedayatatime", "Lucas#0712", "Recovery1", "Tr@ilhead99"]),
            "password",
        ),
        "first-name": Y(lambda f: f.me("us")["first"], "name"),
        "last-name": Y(lambda f: f.me("us")["last"], "name"),
        "zip-code": Y(lambda f: f.me("us")["addr"][3], "zipcode"),
        "date-of-birth": Y(lambda f: f.dob("us"), "birthdate"),
        "marketing-opt-in": G(lambda f: f.pick(["1", "0"])),
        "signup-source": G(lambda f: f.pick(["alumni_portal", "family_portal"])),
    },
)

# Quebec backend (French keys and values) ------------------------------------------------------------------
ev(
    "track",
    "Demande d'admission reçue",
    ["java"],
    35,
    {
        "demande_id": G(lambda f: f.uuid()),
        "prenom": Y(lambda f: f.me("qc")["first"], "name"),
        "nom_de_famille": Y(lambda f: f.me("qc")["last"], "name"),
        "courriel": Y(lambda f: f.me("qc")["mail"], "email"),
        "telephone": Y(lambda f: f.me("qc")["phone"], "phone"),
        "date_de_naissance": Y(lambda f: f.dob(), "birthdate"),
        "adresse": Y(lambda f: f.me("qc")["addr"][0], "address|street"),
        "ville": Y(lambda f: f.me("qc")["addr"][1], "city"),
        "code_postal": Y(lambda f: f.me("qc")["addr"][3], "zipcode"),
        "province": G(lambda f: f.me("qc")["addr"][2]),
        "numero_assurance_maladie": RED(lambda f: f.pick([f.ramq(), f.ramq(), f.ohip()]), "health id"),
        "nas": RED(lambda f: f.sin(), "national id|social security number"),
        "substance_principale": Y(
            lambda f: f.pick(["alcool", "opioïdes", "cocaïne", "cannabis", "jeu"]), "condition"
        ),
        "langue_preferee": G(lambda f: f.pick(["fr", "en"])),
        "centre": G(lambda f: f.pick(["Centre Horizon Montréal", "Centre Horizon Québec"])),
    },
)
ev(
    "track",
    "Rendez-vous confirmé",
    ["flutter"],
    30,
    {
        "rendez_vous_id": G(lambda f: f.digits(7)),
        "intervenant": Y(lambda f: f.person("qc"), "name"),
        "type_seance": G(lambda f: f.pick(["individuelle", "groupe", "famille"])),
        "date_heure": G(lambda f: f.iso()),
        "mode": G(lambda f: f.pick(["en personne", "visio"])),
        "rappel_sms": G(lambda f: f.pick([True, False])),
        "telephone": Y(lambda f: f.tel("qc"), "phone"),
    },
)
ev(
    "identify",
    None,
    ["flutter"],
    30,
    {
        "prenom": Y(lambda f: f.me("qc")["first"], "name"),
        "nom": Y(lambda f: f.me("qc")["last"], "name"),
        "courriel": Y(lambda f: f.me("qc")["mail"], "email"),
        "cellulaire": Y(lambda f: f.me("qc")["phone"], "phone"),
        "langue": G(lambda f: f.pick(["fr", "en"])),
        "programme": G(lambda f: f.pick(["externe", "interne", "suivi post-cure"])),
        "date_inscription": G(lambda f: f.iso()),
        "notifications_actives": G(lambda f: f.pick([True, False])),
    },
)

# Portuguese backend -----------------------------------------------------------------------------------
ev(
    "track",
    "Candidatura Submetida",
    ["php"],
    35,
    {
        "candidatura_id": G(lambda f: f.r.randint(10000, 99999)),
        "nome": Y(lambda f: f.me("pt")["first"], "name"),
        "apelido": Y(lambda f: f.me("pt")["last"], "name"),
        "nif": RED(lambda f: f.nif(), "national id"),
        "numero_utente": RED(lambda f: f.utente(), "health id"),
        "cartao_cidadao": RED(lambda f: f.cartao_cidadao(), "national id"),
        "data_nascimento": Y(lambda f: f.dob("eu"), "birthdate"),
        "telemovel": Y(lambda f: f.me("pt")["phone"], "phone"),
        "email": Y(lambda f: f.me("pt")["mail"], "email"),
        "morada": Y(lambda f: f.me("pt")["addr"][0], "address|street"),
        "codigo_postal": Y(lambda f: f.me("pt")["addr"][3], "zipcode"),
        "localidade": Y(lambda f: f.me("pt")["addr"][1], "city"),
        "distrito": G(lambda f: f.me("pt")["addr"][2]),
        "nacionalidade": Y(
            lambda f: f.pick(["Portuguesa", "Brasileira", "Cabo-verdiana", "Angolana", "Ucraniana"]),
            "citizenship",
        ),
        "substancia_principal": Y(
            lambda f: f.pick(["álcool", "heroína", "cocaína", "canábis", "crack"]), "condition"
        ),
        "encaminhado_por": G(
            lambda f: f.pick(["CRI", "médico de família", "iniciativa própria", "hospital"])
        ),
        "estado_civil": G(lambda f: f.pick(["solteiro", "casado", "divorciado", "união de facto"])),
    },
)
ev(
    "track",
    "Consulta Agendada",
    ["php"],
    30,
    {
        "consulta_id": G(lambda f: f.uuid()),
        "tecnico_responsavel": Y(lambda f: f.person("pt"), "name"),
        "data_consulta": G(lambda f: f.iso()),
        "tipo": G(lambda f: f.pick(["psicologia", "psiquiatria", "grupo terapêutico"])),
        "unidade": G(lambda f: f.pick(["Casa Aurora Lisboa", "Casa Aurora Porto"])),
        "teleconsulta": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Pagamento Efetuado",
    ["php"],
    30,
    {
        "referencia_mb": G(lambda f: f"{f.digits(3)} {f.digits(3)} {f.digits(3)}"),
        "entidade": G(lambda f: f.pick(["21312", "11604"])),
        "valor": G(lambda f: f.pick([350.0, 480.0, 90.0, 1200.0])),
        "metodo": G(lambda f: f.pick(["mbway", "multibanco", "transferencia"])),
        "telemovel_mbway": Y(lambda f: f.pt_phone(), "phone"),
        "iban": RED(lambda f: f.pt_iban(), "bank account"),
        "titular": Y(lambda f: f.person("pt"), "name"),
        "mes_referencia": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05"])),
    },
)


# -- assembly -----------------------------------------------------------------------------------------


def build(seed: int):
    f = Fake319(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, count, body in EVENTS:
        for _ in range(count):
            f.new_message()
            template = resolve(body(f) if callable(body) else body, f)
            msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if f.r.random() < 0.8:
                msg["userId"] = f.pick(["usr_" + f.hexid(12), str(f.r.randint(10000, 999999))])
            msg["anonymousId"] = f.uuid()
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.hexid(10)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
                msg["userId"] = "usr_" + f.hexid(12)
            section = "traits" if kind in ("identify", "group") else "properties"
            if template:
                msg[section] = render(template, f, section, labels)
            msg["context"] = render(context_for(f, f.pick(clients)), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=319)
    write(Path(__file__).parent, "holdout319_", events, labels)
