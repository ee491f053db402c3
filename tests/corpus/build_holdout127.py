"""Writes holdout127: tests/corpus/holdout127_events.jsonl and holdout127_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the detection docs, and never run through the engine by its author. Only
`build.py` (helpers), `fake.py` and `build_holdout3.py` (format) were read.

What it covers: "Civica", a government-services and tax-filing portal for citizens of Estonia,
Portugal and Ireland. Digital identity login (Smart-ID, Mobile-ID, TARA claims, Chave Movel
Digital, MyGovID), tax returns with income, deductions and dependants (Irish Form 11/12, the
Portuguese IRS Modelo 3, the Estonian tuludeklaratsioon), tax payments and refunds, benefit
applications, vehicle registration and motor tax, address changes and address lookup,
appointment booking and SMS reminders (a Twilio-shaped payload), identity-document verification
(a Veriff-shaped webhook), document uploads, e-mail events (SendGrid-shaped), notification
settings, accountants acting for clients, a certificates-and-dog-licence shop (the e-commerce
spec events), marketing attribution, and warehouse syncs (reverse ETL) in SCREAMING_SNAKE.
Every message carries the `context` of a real client library: analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter, and the python, node, go, java,
ruby, php and C# server libraries (context.ip, context.traits, device, app, library, locale,
userAgent, campaign, location). Values are made per event for the citizen's country: Estonian,
Russian-speaking, Portuguese, Brazilian, Cape Verdean, Irish and migrant names; national phone
formats; isikukood, NIF, NISS, PPSN and Cartao de Cidadao numbers with valid check digits;
mod-97 IBANs (with the Portuguese NIB and Estonian 7-3-1 checks); Luhn cards; VINs with a valid
check digit; Eircodes; Irish, Portuguese and Estonian plates.

Conventions: keys are mostly camelCase and snake_case English; about a fifth of the paths use
other conventions real customers have: PascalCase (the C# server, a Twilio status callback),
kebab-case (a web form), SCREAMING_SNAKE (a warehouse sync), Estonian keys (mostly ASCII-folded,
as developers write them) and Portuguese keys.

Labelling rules (Privacy Portal default colours):
- Each leaf path: classification (red / yellow / green), type (the reference matcher name, or
  `national id`, `bank account`, `geolocation`, `token`, `health id`, `advertising id`,
  `credit card`, `password`, `visa`, `trade union`; `a|b` when either is fair), value_only (the
  key does not say what the value is; only the value does).
- PII is personal data about a natural person: the citizen, a spouse, a dependant, a recipient, a
  contact, an accountant, a doctor, a landlord, a previous owner. Colours: the reference's for its
  matchers (name, email, phone, address, street, city, zipcode, birthdate, gender, citizenship,
  license, serial, identification, ip, photo, salary, condition, procedure, medication: yellow;
  passport, visa, disability, token, password, credit card, social security number: red); outside
  the reference, red for credentials and secrets, bank accounts, government ids and health ids,
  yellow otherwise (geolocation, advertising id, trade union).
- Green: ids we or a business issue (user, return, application, booking, order, session,
  message and device ids, UUIDs, numeric ids, SKUs, invoice and payment references, a member or
  claim number), versions, timestamps, hashes of non-personal data (a file's sha256), amounts,
  enums, counters and booleans under PII-sounding keys (`emailVerified`, `ppsnValidated`,
  `passwordStrength`), ages, marital status, job titles and employers, product, company, office
  and pet names, a business's own phone, e-mail (role mailboxes) and address, places that are not
  the person's (an office's city, address and coordinates), county, district, country, locale,
  language, timezone, currency, user agents, OS-issued device ids, card brand, last four, expiry
  and BIN, BICs and sort codes, UUID tokens (an address-lookup session token), e-mail
  Message-IDs.
- The product's published contested-case policy is followed as written: insurance policy numbers
  yellow `identification`; prescription numbers yellow `medication`; pay, rates and salaries
  yellow `salary`; plates yellow `license`, VINs yellow `serial`; gclid / fbclid / fbp yellow
  `advertising id`; billing addresses yellow `address`; trade union membership yellow
  `trade union`; payment tokens (`pm_`), one-time codes and sign-in link tokens red `token`;
  health system numbers (Portuguese SNS utente, Irish medical card) red `health id`; identity
  document numbers red `national id` / `passport`; right-to-work and immigration permission
  answers red `visa`.
- A boolean or enum that itself reveals a special category is labelled as that category: a
  dependant's disability degree, `hasDisability`, `isIncapacitated` and an accessibility-needs
  enum are red `disability`; long-term-illness flags and conditions yellow `condition`; the kind
  of medical expense yellow `procedure`; an expected due date (reveals a pregnancy) yellow
  `condition`.
- value_only PII paths hold that PII in every value; free text is labelled by what every value
  carries, and green when none of its values does (every PII-carrying free-text template below
  puts the PII in each value).

Rules chosen where the policy is silent (what a careful privacy owner would want flagged):
- A person's income figures (gross pay, weekly earnings, partner's income, total income on a
  return, monthly household income) are `salary`; tax due, refunds, deductions, benefit amounts,
  fees and payments are amounts: green.
- A national tax or social-security number of a natural person (NIF, PPSN, isikukood, NISS) is
  red `national id` (NISS: `social security number|national id`); company numbers (NIPC,
  registrikood, CRO, VAT) and a tax agent's TAIN or an accountant's OCC member number are
  business identifiers: green.
- A Smart-ID document number (PNOEE-<isikukood>-...) and TARA's `sub` (EE<isikukood>) carry the
  personal code: red `national id` (`sub` is value_only).
- A push-notification device token (context.device.token) is a credential to reach the device:
  red `token`.
- A SHA-256 of the person's e-mail sent for ad matching is still that person's e-mail: yellow
  `email` (the key says it is an e-mail hash, so not value_only).
- The person's town, city or Portuguese concelho is yellow `city`; county, distrito and maakond
  are state-level: green. The last four of an IBAN are green, like a card's last four.
- A `username` whose values are e-mail addresses is yellow `email|name`, not value_only.
- Declared trade union dues (an amount) reveal membership: yellow `trade union`, like the union's
  name.
- An Eircode identifies one dwelling; an address-lookup `input` holding an address or an Eircode is
  yellow `address|zipcode`, value_only.
- Doctors, GPs, landlords, previous owners, support agents and accountants are natural persons:
  their names and contact details are PII; their practice's or firm's name, phone and mailbox are
  a business's: green. An SMS sender id or business number (Twilio `From`) is green; the SMS
  `To` is the citizen's phone (yellow, value_only).
"""

import hashlib
import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value pools ------------------------------------------------------------------------------------

EE_FIRST = ["Mari", "Kadri", "Liis", "Triin", "Kertu", "Maarja", "Jaan", "Tõnu", "Andres", "Margus"]
EE_FIRST += ["Rasmus", "Mihkel", "Kristjan", "Helena", "Ülle", "Jüri", "Siim", "Kätlin"]
EE_LAST = ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel"]
EE_LAST += ["Lepik", "Kallas", "Oja", "Raudsepp", "Põder", "Vaher", "Luik", "Kõiv"]
RU_FIRST = ["Dmitri", "Svetlana", "Aleksei", "Jelena", "Sergei", "Natalja", "Olga", "Maksim", "Irina"]
RU_LAST = ["Ivanov", "Smirnova", "Kuznetsov", "Petrova", "Volkov", "Sokolova", "Vassiljev", "Popova"]
PT_FIRST = ["João", "Ana", "Tiago", "Inês", "Beatriz", "Gonçalo", "Mariana", "Rui", "Francisco"]
PT_FIRST += ["Leonor", "Duarte", "Matilde", "Afonso", "Carolina", "Maria João", "Ana Sofia"]
PT_LAST = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins"]
PT_LAST += ["Sousa", "Fernandes", "Gonçalves", "Lopes", "Marques", "Carvalho", "Almeida", "Ribeiro"]
LUSO_FIRST = ["Thiago", "Larissa", "Wellington", "Gabriela", "Djalma", "Eunice", "Adilson", "Keila"]
LUSO_LAST = ["Nascimento", "Barbosa", "Tavares", "Semedo", "Monteiro", "Fortes", "Cabral", "Moreira"]
IE_FIRST = ["Niamh", "Aoife", "Siobhán", "Ciarán", "Seán", "Pádraig", "Caoimhe", "Oisín", "Darragh"]
IE_FIRST += ["Saoirse", "Cian", "Róisín", "Eoin", "Clodagh", "Declan", "Gráinne", "Tadhg"]
IE_LAST = ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan", "O'Brien", "Ó Briain"]
IE_LAST += ["Ní Dhomhnaill", "McCarthy", "Doyle", "Fitzgerald", "Kavanagh", "Mac Giolla Phádraig"]
IE_LAST += ["Ó Conchúir", "Brennan", "Lynch", "Moran"]
MIGRANT = [
    ("Katarzyna", "Nowak"),
    ("Piotr", "Wiśniewski"),
    ("Andreea", "Popescu"),
    ("Mihai", "Ionescu"),
    ("Chidinma", "Okeke"),
    ("Oluwaseun", "Adeyemi"),
    ("Priya", "Nair"),
    ("Arjun", "Sharma"),
    ("Wei", "Zhang"),
    ("Maria Cristina", "Santos"),
    ("Olena", "Kovalenko"),
    ("Ahmad", "Al-Hassan"),
    ("Fatima", "Malik"),
    ("Tomás", "Ramírez"),
    ("Lukas", "Jankauskas"),
    ("Mikko", "Virtanen"),
    ("Anh", "Nguyễn"),
    ("Yusuf", "Demir"),
]
EMAIL_DOMAINS = {
    "EE": ["gmail.com", "mail.ee", "hot.ee", "online.ee", "outlook.com", "icloud.com"],
    "PT": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "iol.pt", "netcabo.pt"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com", "outlook.ie"],
}
STREETS = {
    "EE": [
        *["Tartu mnt", "Pärnu mnt", "Narva mnt", "Vabriku tn", "Ülikooli tn", "Riia tn", "Jõe tn"],
        *["Mustamäe tee", "Sõpruse pst", "Kalda tee", "Raekoja plats", "Lossi tn"],
    ],
    "PT": [
        *["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"],
        *["Rua Dr. António Granjo", "Avenida dos Aliados", "Rua do Sol ao Rato", "Rua Direita"],
    ],
    "IE": [
        *["Ashfield Park", "Griffith Avenue", "St. Patrick's Terrace", "Oakpark Drive", "Main Street"],
        *["Knocknacarra Road", "Bóthar na Trá", "The Maltings, Bridge Street", "Castle Road"],
    ],
}
CITIES = {
    "EE": ["Tallinn", "Tartu", "Narva", "Pärnu", "Viljandi", "Rakvere", "Kuressaare", "Maardu"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Setúbal", "Aveiro", "Funchal", "Amadora"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Kilkenny", "Drogheda", "Sligo"],
}
COUNTIES = {
    "EE": ["Harju maakond", "Tartu maakond", "Ida-Viru maakond", "Pärnu maakond", "Saare maakond"],
    "PT": ["Lisboa", "Porto", "Braga", "Faro", "Setúbal", "Coimbra"],
    "IE": ["Co. Dublin", "Co. Cork", "Co. Galway", "Co. Kildare", "Co. Limerick", "Co. Meath"],
}
EIRCODE_KEYS = ["A65", "A94", "D01", "D02", "D04", "D6W", "D08", "D15", "D24", "E91", "F92", "H91"]
EIRCODE_KEYS += ["K78", "N91", "P31", "R95", "T12", "T23", "V94", "W23", "X91", "Y35"]
LOCALES = {"EE": ["et-EE", "ru-EE", "en-GB", "et"], "PT": ["pt-PT", "pt-BR", "en-GB", "pt"]}
LOCALES["IE"] = ["en-IE", "en-GB", "ga-IE", "pl-PL"]
TIMEZONES = {"EE": ["Europe/Tallinn"], "PT": ["Europe/Lisbon", "Atlantic/Madeira", "Atlantic/Azores"]}
TIMEZONES["IE"] = ["Europe/Dublin"]
CARRIERS = {"EE": ["Telia", "Elisa", "Tele2"], "PT": ["MEO", "NOS", "Vodafone P"]}
CARRIERS["IE"] = ["Vodafone IE", "Three", "eir"]
BICS = {
    "EE": ["HABAEE2X", "EEUHEE2X", "LHVBEE22", "RIKOEE22"],
    "PT": ["CGDIPTPL", "BCOMPTPL", "BESCPTPL", "TOTAPTPL"],
    "IE": ["AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D"],
}
OFFICES = {
    "EE": [
        ("PPA Tallinna Tammsaare teenindus", "Tallinn", "A. H. Tammsaare tee 47", "+372 612 3000"),
        ("PPA Tartu teenindus", "Tartu", "Riia 132", "+372 612 3000"),
        ("Transpordiameti Narva büroo", "Narva", "Rahu 38", "+372 620 1200"),
    ],
    "PT": [
        ("Loja do Cidadão Laranjeiras", "Lisboa", "Rua Abranches Ferrão 10", "+351 210 489 000"),
        ("Loja do Cidadão Porto", "Porto", "Avenida Fernão de Magalhães 1862", "+351 210 489 000"),
        ("Espaço Cidadão Faro", "Faro", "Largo de São Pedro 20", "+351 289 870 870"),
    ],
    "IE": [
        ("NDLS Dublin Parnell Street", "Dublin", "Parnell Centre, Parnell Street, Dublin 1", "0818 912 912"),
        ("Intreo Centre Galway", "Galway", "Island House, Cathedral Square", "+353 91 502 000"),
        ("Revenue Cork Office", "Cork", "Revenue House, Blackpool", "01 738 3663"),
    ],
}
OFFICE_COORDS = {
    "PPA Tallinna Tammsaare teenindus": (59.4209, 24.7118),
    "PPA Tartu teenindus": (58.3662, 26.6917),
    "Transpordiameti Narva büroo": (59.3772, 28.1903),
    "Loja do Cidadão Laranjeiras": (38.7479, -9.1716),
    "Loja do Cidadão Porto": (41.1621, -8.5951),
    "Espaço Cidadão Faro": (37.0161, -7.9351),
    "NDLS Dublin Parnell Street": (53.3522, -6.2631),
    "Intreo Centre Galway": (53.2743, -9.0556),
    "Revenue Cork Office": (51.9097, -8.4737),
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-G991B) AppleWebKit/537.36 "
    "(KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
]
IPV6_PREFIXES = {"EE": "2001:7d0", "PT": "2001:8a0", "IE": "2a02:8084"}
PLATE_COUNTIES = ["D", "C", "G", "L", "KY", "MO", "WX", "KE", "MH", "WW", "LH", "TS"]
VIN_WMI = ["WVW", "WBA", "VF1", "TMB", "YV1", "JTD", "WF0", "VSS", "ZFA", "SJN"]
VIN_VALUES = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
VIN_VALUES |= {"J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5}
VIN_VALUES |= {"W": 6, "X": 7, "Y": 8, "Z": 9} | {str(d): d for d in range(10)}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
BASE = "https://app.civica.eu"


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


class GovFake(Fake):
    """Fake values for the citizen's country, set per event in `cc` (EE, PT or IE)."""

    cc = "IE"
    event_office = None
    item: tuple = ("", "", "", 0.0)

    def _pair(self):
        roll = self.r.random()
        if roll < 0.15:
            return self.pick(MIGRANT)
        if self.cc == "EE":
            if roll < 0.35:
                return self.pick(RU_FIRST), self.pick(RU_LAST)
            return self.pick(EE_FIRST), self.pick(EE_LAST)
        if self.cc == "PT":
            if roll < 0.3:
                return self.pick(LUSO_FIRST), self.pick(LUSO_LAST)
            last = self.pick(PT_LAST)
            if self.r.random() < 0.4:
                last = f"{self.pick(PT_LAST)} {last}"
            return self.pick(PT_FIRST), last
        return self.pick(IE_FIRST), self.pick(IE_LAST)

    def first(self):
        return self._pair()[0]

    def last(self):
        return self._pair()[1]

    def full_name(self):
        first, last = self._pair()
        return f"{first} {last}"

    def email(self):
        first, last = self._pair()
        user = ascii_fold(first.split()[0]).lower()
        surname = ascii_fold(last.split()[-1]).lower().replace("'", "").replace("-", "")
        style = self.pick(["dot", "plain", "initial", "num", "under"])
        local = {
            "dot": f"{user}.{surname}",
            "plain": f"{user}{surname}",
            "initial": f"{user[0]}{surname}",
            "num": f"{user}{surname}{self.r.randint(1, 99)}",
            "under": f"{user}_{surname}{self.r.randint(70, 99)}",
        }[style]
        return f"{local}@{self.pick(EMAIL_DOMAINS[self.cc])}"

    def phone(self, style=None):
        r = self.r
        if r.random() < 0.08:
            return self.pick(
                [
                    f"+44 7700 {r.randint(900000, 900999)}",
                    f"+48 5{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                    f"+380 67 {r.randint(100, 999)} {r.randint(1000, 9999)}",
                    f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                    f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}",
                ]
            )
        if self.cc == "EE":
            body = "5" + self.digits(7)
            return self.pick([f"+372 {body[:4]} {body[4:]}", f"+372{body}", body, f"{body[:4]} {body[4:]}"])
        if self.cc == "PT":
            body = self.pick(["91", "92", "93", "96"]) + self.digits(7)
            fixed = "21" + self.digits(7)
            return self.pick(
                [
                    f"+351 {body[:3]} {body[3:6]} {body[6:]}",
                    body,
                    f"+351{body}",
                    f"{body[:3]} {body[3:6]} {body[6:]}",
                    f"{fixed[:2]} {fixed[2:5]} {fixed[5:]}",
                ]
            )
        net = self.pick(["83", "85", "86", "87", "89"])
        line = self.digits(7)
        return self.pick(
            [
                f"0{net} {line[:3]} {line[3:]}",
                f"+353 {net} {line[:3]} {line[3:]}",
                f"+353{net}{line}",
                f"(0{net}) {line}",
                f"01 {line[:3]} {line[3:]}",
            ]
        )

    def mobile_e164(self):
        if self.cc == "EE":
            return "+3725" + self.digits(7)
        if self.cc == "PT":
            return "+3519" + self.pick(["1", "2", "3", "6"]) + self.digits(7)
        return "+3538" + self.pick(["3", "5", "6", "7", "9"]) + self.digits(7)

    def street(self):
        r = self.r
        name = self.pick(STREETS[self.cc])
        if self.cc == "EE":
            return f"{name} {r.randint(1, 180)}" + (f"-{r.randint(1, 60)}" if r.random() < 0.6 else "")
        if self.cc == "PT":
            floor = self.pick(["", ", 1.º Esq.", ", 3.º Dto", ", r/c", ", 5.º B"])
            return f"{name}, {r.randint(1, 400)}{floor}"
        if name in ("Main Street", "Knocknacarra Road", "Castle Road") and r.random() < 0.5:
            return f"Apt {r.randint(1, 40)}, {r.randint(1, 90)} {name}"
        return f"{r.randint(1, 220)} {name}"

    def city(self):
        return self.pick(CITIES[self.cc])

    def county(self):
        return self.pick(COUNTIES[self.cc])

    def eircode(self):
        chars = "ACDEFHKNPRTVWXY0123456789"
        unique = self.pick("ACDEFHKNPRTVWXY") + "".join(self.pick(chars) for _ in range(3))
        return self.pick(EIRCODE_KEYS) + self.pick([" ", ""]) + unique

    def zip(self):
        if self.cc == "EE":
            return f"{self.r.randint(10, 94)}{self.r.randint(0, 999):03d}"
        if self.cc == "PT":
            return f"{self.r.randint(1000, 9999)}-{self.r.randint(0, 999):03d}"
        return self.eircode()

    def one_line_address(self):
        return f"{self.street()}, {self.zip()} {self.city()}"

    def dob(self, start=1940, end=2004):
        d = self.date(start, end)
        y, m, day = d.split("-")
        if self.r.random() < 0.5:
            return d
        return f"{day}.{m}.{y}" if self.cc == "EE" else f"{day}/{m}/{y}"

    # -- government ids with their check digits ------------------------------------------------
    def isikukood(self, start=1940, end=2012):
        year = self.r.randint(start, end)
        g = (3 if year < 2000 else 5) + self.r.randint(0, 1)
        month, day, serial = self.r.randint(1, 12), self.r.randint(1, 28), self.r.randint(1, 999)
        body = f"{g}{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
        digits = [int(c) for c in body]
        s = sum(d * w for d, w in zip(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
        if s == 10:
            s = sum(d * w for d, w in zip(digits, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
            s = 0 if s == 10 else s
        return body + str(s)

    def nif(self, first=None):
        body = str(first or self.pick([1, 2, 2, 3])) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        rem = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
        return body + str(0 if rem < 2 else 11 - rem)

    def nipc(self):
        return self.nif(first=5)

    def ppsn(self):
        body = "".join(str(self.r.randint(0, 9)) for _ in range(7))
        second = self.pick(["", "A", "A", "W"])
        s = sum(int(c) * (8 - i) for i, c in enumerate(body))
        if second == "A":
            s += 9
        check = s % 23
        return body + ("W" if check == 0 else chr(64 + check)) + ("A" if second == "A" else "")

    def niss(self):
        body = "1" + "".join(str(self.r.randint(0, 9)) for _ in range(9))
        weights = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]
        return body + str(9 - sum(int(c) * w for c, w in zip(body, weights)) % 10)

    def cartao_cidadao(self):
        civil = "".join(str(self.r.randint(0, 9)) for _ in range(8))
        rem = sum(int(c) * (9 - i) for i, c in enumerate(civil)) % 11
        civil_check = 0 if rem < 2 else 11 - rem
        version = self.pick(["ZZ", "ZY", "ZX"]) + str(self.r.randint(1, 9))
        partial = f"{civil}{civil_check}{version}"
        for check in range(10):
            total = 0
            for i, c in enumerate(reversed(partial + str(check))):
                v = int(c, 36)
                if i % 2:
                    v *= 2
                    v -= 9 if v >= 10 else 0
                total += v
            if total % 10 == 0:
                break
        return f"{civil} {civil_check} {version}{check}"

    def national_id(self):
        return {"EE": self.isikukood, "PT": self.nif, "IE": self.ppsn}[self.cc]()

    def passport(self):
        if self.cc == "EE":
            return self.pick(["K", "KF", "KE"]) + self.digits(7)
        if self.cc == "PT":
            return self.pick(["CA", "CB", "CC"]) + self.digits(6)
        return self.pick(["PA", "PB", "LC", "PX"]) + self.digits(7)

    def id_document_number(self):
        if self.cc == "EE":
            return self.pick(["AB", "AC", "BD"]) + self.digits(7)
        if self.cc == "PT":
            return self.cartao_cidadao()
        return self.passport()

    def sns_number(self):
        return self.digits(9)

    def medical_card(self):
        return self.digits(7) + self.pick(string.ascii_uppercase)

    def iban(self, country=None):
        cc = country or self.cc
        if cc == "EE":
            bank = self.pick(["22", "10", "77", "17"])
            acc = bank + "".join(str(self.r.randint(0, 9)) for _ in range(self.r.randint(8, 11)))
            total = sum(int(c) * w for c, w in zip(reversed(acc), [7, 3, 1] * 6))
            bban = bank + (acc + str((10 - total % 10) % 10)).zfill(14)
        elif cc == "PT":
            nib19 = self.pick(["0035", "0033", "0007", "0010"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(15)
            )
            bban = nib19 + f"{98 - int(nib19 + '00') % 97:02d}"
        else:
            bic = self.pick(["AIBK", "BOFI", "IPBS", "ULSB"])
            sort = {"AIBK": "93", "BOFI": "90", "IPBS": "99", "ULSB": "98"}[bic] + self.digits(4)
            bban = bic + sort + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        check = 98 - mod97(bban + cc + "00")
        raw = f"{cc}{check:02d}{bban}"
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def plate(self):
        r = self.r
        if self.cc == "EE":
            return f"{r.randint(100, 999)} {''.join(self.pick('ABCDEFGHKLMNPRSTX') for _ in range(3))}"
        if self.cc == "PT":
            a, b = ("".join(self.pick("ABCDEFGHJLMNPRSTUVXZ") for _ in range(2)) for _ in range(2))
            return self.pick([f"{a}-{r.randint(10, 99)}-{b}", f"{r.randint(10, 99)}-{a}-{r.randint(10, 99)}"])
        year = r.randint(12, 24)
        half = self.pick(["1", "2", ""]) if year >= 13 else ""
        return f"{year}{half}-{self.pick(PLATE_COUNTIES)}-{r.randint(1, 29999)}"

    def vin(self):
        body = self.pick(VIN_WMI) + "".join(self.pick(VIN_CHARS) for _ in range(14))
        total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS))
        check = "X" if total % 11 == 10 else str(total % 11)
        return body[:8] + check + body[9:]

    def ip(self):
        if self.r.random() < 0.25:
            tail = ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))
            return f"{IPV6_PREFIXES[self.cc]}:{tail}"
        return self.ipv4()

    def lat_lon(self):
        box = {
            "EE": (57.6, 59.6, 22.0, 28.1),
            "PT": (37.0, 42.0, -9.4, -6.3),
            "IE": (51.5, 55.3, -10.0, -6.0),
        }
        la, lb, oa, ob = box[self.cc]
        return round(self.r.uniform(la, lb), 6), round(self.r.uniform(oa, ob), 6)

    def alnum(self, n):
        return "".join(self.pick(string.ascii_letters + string.digits) for _ in range(n))

    def tax_year(self):
        return self.pick([2021, 2022, 2023, 2024])

    def office(self):
        """The event's office: one per event, so its name, city and phone agree."""
        if self.event_office is None:
            self.event_office = self.pick(OFFICES[self.cc])
        return self.event_office


def P(*items):
    return lambda f: f.pick(list(items))


def C(value):
    return lambda f: value


def B():
    return lambda f: f.pick([True, False])


def N(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def M(lo, hi):
    return lambda f: f.money(lo, hi)


# -- contexts of the client libraries ---------------------------------------------------------------


def mobile_traits(f: GovFake) -> dict:
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "preferredLanguage": G(P("et", "pt", "en", "ga", "ru")),
    }


def web_context(f: GovFake, page: str, title: str) -> dict:
    search = f.pick(["", "", "?lang=en", "?utm_source=newsletter&utm_medium=email", "?step=2", "?ref=gov"])
    ua = f.pick(UAS)
    ctx: dict[str, Any] = {
        "library": {
            "name": G(C("analytics.js")),
            "version": G(P("npm:next-1.70.0", "npm:next-1.72.1", "next-1.74.0")),
        },
        "page": {
            "path": G(C(page)),
            "referrer": G(
                P(
                    "",
                    "https://www.google.com/",
                    "https://www.gov.ie/",
                    "https://www.eesti.ee/",
                    "https://www.bing.com/",
                )
            ),
            "search": G(C(search)),
            "title": G(C(title)),
            "url": G(C(BASE + page + search)),
        },
        "userAgent": G(C(ua)),
        "locale": G(P(*LOCALES[f.cc])),
        "timezone": G(P(*TIMEZONES[f.cc])),
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if "Chrome" in ua and "Firefox" not in ua:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(P("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(P("124", "123", "99", "8")),
                },
                3,
            ),
            "mobile": G(C("Mobile" in ua)),
            "platform": G(C("Android" if "Android" in ua else "Windows")),
        }
    if f.r.random() < 0.3:
        ctx["campaign"] = {
            "name": G(P("irs_2024_reminder", "form11_deadline", "tuludeklaratsioon_2024", "motor_tax_q2")),
            "source": G(P("newsletter", "google", "facebook", "sms")),
            "medium": G(P("email", "cpc", "social", "sms")),
            "term": G(P("tax refund ireland", "irs automatico", "tuludeklaratsioon", "")),
            "content": G(P("hero_button", "footer_link", "banner_b")),
        }
    return ctx


def app_block(f: GovFake, namespace: str) -> dict:
    return {
        "name": G(C("Civica")),
        "version": G(P("4.18.0", "4.19.2", "4.20.1", "4.21.0")),
        "build": G(P("4180", "4192", "4201", "4210")),
        "namespace": G(C(namespace)),
    }


def swift_context(f: GovFake) -> dict:
    device: dict[str, Any] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(C("Apple")),
        "model": G(P("iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,1", "iPad13,18")),
        "name": G(P("iPhone", "iPad")),
        "type": G(C("ios")),
    }
    if f.r.random() < 0.3:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
        device["adTrackingEnabled"] = G(C(True))
    if f.r.random() < 0.5:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    ctx: dict[str, Any] = {
        "app": app_block(f, "eu.civica.app"),
        "device": device,
        "library": {"name": G(C("analytics-swift")), "version": G(P("1.5.11", "1.6.1", "1.7.0"))},
        "locale": G(P(*LOCALES[f.cc])),
        "network": {"wifi": G(B()), "cellular": G(B())},
        "os": {"name": G(P("iOS", "iPadOS")), "version": G(P("17.4.1", "17.5", "16.7.8", "18.0"))},
        "screen": {"width": G(P(390, 393, 430, 820)), "height": G(P(844, 852, 932, 1180))},
        "timezone": G(P(*TIMEZONES[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = mobile_traits(f)
    return ctx


def kotlin_context(f: GovFake) -> dict:
    device: dict[str, Any] = {
        "id": G(lambda f: f.hexid(64) if f.r.random() < 0.5 else f.uuid()),
        "manufacturer": G(P("samsung", "Google", "Xiaomi", "OnePlus")),
        "model": G(P("SM-A546B", "Pixel 8", "2201117TY", "CPH2449", "SM-S918B")),
        "name": G(P("a54x", "shiba", "spes", "OP5958L1")),
        "type": G(C("android")),
    }
    if f.r.random() < 0.4:
        device["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
        device["adTrackingEnabled"] = G(B())
    ctx: dict[str, Any] = {
        "app": app_block(f, "eu.civica.android"),
        "device": device,
        "library": {"name": G(C("analytics-kotlin")), "version": G(P("1.15.0", "1.16.3", "1.17.0"))},
        "locale": G(P(*LOCALES[f.cc])),
        "network": {
            "wifi": G(B()),
            "carrier": G(P(*CARRIERS[f.cc])),
            "cellular": G(B()),
            "bluetooth": G(C(False)),
        },
        "os": {"name": G(C("Android")), "version": G(P("14", "13", "12", "15"))},
        "screen": {
            "density": G(P(2.625, 2.75, 3.0, 2.0)),
            "height": G(P(2340, 2400, 2208)),
            "width": G(P(1080, 1220)),
        },
        "timezone": G(P(*TIMEZONES[f.cc])),
        "userAgent": G(
            P(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                "Dalvik/2.1.0 (Linux; U; Android 13; 2201117TY Build/TKQ1.221114.001)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = mobile_traits(f)
    return ctx


def rn_context(f: GovFake) -> dict:
    ios = f.r.random() < 0.5
    ctx: dict[str, Any] = {
        "app": app_block(f, "eu.civica.rn"),
        "device": {
            "id": G(lambda f: f.uuid().upper() if f.r.random() < 0.5 else f.hexid(16)),
            "manufacturer": G(C("Apple" if ios else "samsung")),
            "model": G(
                P("iPhone15,3", "iPhone13,2", "iPhone16,2") if ios else P("SM-G991B", "SM-A146P", "SM-S911B")
            ),
            "name": G(P("iPhone", "o1s", "a14x")),
            "type": G(C("ios" if ios else "android")),
        },
        "library": {"name": G(C("analytics-react-native")), "version": G(P("2.19.2", "2.20.1", "2.17.0"))},
        "locale": G(P(*LOCALES[f.cc])),
        "network": {"wifi": G(B()), "cellular": G(B())},
        "os": {"name": G(C("iOS" if ios else "Android")), "version": G(P("17.5", "16.6", "14", "13"))},
        "screen": {"width": G(P(390, 412, 428)), "height": G(P(844, 915, 926))},
        "timezone": G(P(*TIMEZONES[f.cc])),
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = mobile_traits(f)
    if f.r.random() < 0.4:
        lat, lon = f.lat_lon()
        ctx["location"] = {
            "latitude": Y(C(lat), "geolocation"),
            "longitude": Y(C(lon), "geolocation"),
            "speed": G(P(0, 0.0, 1.2, 13.4)),
        }
    return ctx


def flutter_context(f: GovFake) -> dict:
    android = f.r.random() < 0.6
    ctx: dict[str, Any] = {
        "app": app_block(f, "eu.civica.flutter"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(P("samsung", "motorola", "Xiaomi") if android else C("Apple")),
            "model": G(
                P("SM-A256B", "moto g54 5G", "Redmi Note 13") if android else P("iPhone14,7", "iPhone15,4")
            ),
            "type": G(C("android" if android else "ios")),
        },
        "library": {"name": G(C("analytics_flutter")), "version": G(P("1.1.1", "1.1.3", "1.1.4"))},
        "locale": G(P(*LOCALES[f.cc])),
        "os": {"name": G(C("Android" if android else "iOS")), "version": G(P("14", "13", "17.5", "17.4"))},
        "screen": {
            "width": G(P(1080, 720, 390)),
            "height": G(P(2400, 1600, 844)),
            "density": G(P(2.0, 2.75, 3.0)),
        },
        "timezone": G(P(*TIMEZONES[f.cc])),
        "network": {"wifi": G(B()), "cellular": G(B())},
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["traits"] = mobile_traits(f)
    if f.r.random() < 0.35:
        lat, lon = f.lat_lon()
        ctx["location"] = {"latitude": Y(C(lat), "geolocation"), "longitude": Y(C(lon), "geolocation")}
    return ctx


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.1.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("analytics-csharp", ["2.4.0", "2.3.4", "2.4.1"]),
}


def server_context(f: GovFake, lib: str) -> dict:
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(C(name)), "version": G(P(*versions))}}
    if f.r.random() < 0.7:
        ctx["ip"] = Y(lambda f: f.ip(), "ip")
    if f.r.random() < 0.4:
        ctx["userAgent"] = G(P(*UAS))
    if f.r.random() < 0.3:
        ctx["traits"] = {"email": Y(lambda f: f.email(), "email")}
    if f.r.random() < 0.2:
        ctx["active"] = G(C(False))
    if lib == "node" and f.r.random() < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": G(C("email")),
                "collection": G(C("users")),
                "encoding": G(C("none")),
            },
            1,
        )
    return ctx


def context_for(f: GovFake, client: str, page: str, title: str) -> dict:
    if client == "web":
        return web_context(f, page, title)
    if client == "mobile":
        client = f.pick(["ios", "android", "rn", "flutter"])
    if client == "server":
        client = "server:" + f.pick(["python", "node", "go", "java", "ruby", "php"])
    if client.startswith("server:"):
        return server_context(f, client.split(":")[1])
    return {"ios": swift_context, "android": kotlin_context, "rn": rn_context, "flutter": flutter_context}[
        client
    ](f)


# -- free text ----------------------------------------------------------------------------------


def chat_with_phone(f: GovFake) -> str:
    phone = f.phone()
    phrases = {
        "IE": [
            f"Hi, can someone ring me on {phone}? I can't log in to see my return",
            f"my number changed to {phone}, please update it",
            f"I've been waiting 3 weeks for the refund. Call me {phone}",
        ],
        "PT": [
            f"Olá, podem ligar-me para o {phone}? Não consigo submeter a declaração",
            f"o meu telemóvel agora é {phone}",
            f"pls text {phone} when the appointment is confirmed",
        ],
        "EE": [
            f"Tere, palun helistage {phone}, ID-kaart ei tööta",
            f"Здравствуйте, мой номер {phone}, перезвоните пожалуйста",
            f"my number changed to {phone}, please update it",
        ],
    }
    return f.pick(phrases[f.cc])


def agent_note(f: GovFake) -> str:
    name = f.full_name()
    return f.pick(
        [
            f"Called {name} re missing P60",
            f"{name} to send rent receipts before Friday",
            f"Spoke with {name}, refund expected in 5 days",
            f"Entregue em nome de {name}; falta recibo da renda",
            f"{name} asked to add spouse to joint assessment",
            f"Waiting on {name} for the medical receipts",
        ]
    )


def callback_note(f: GovFake) -> str:
    pid = f.national_id()
    phrases = {
        "IE": [
            f"my PPS number is {pid}, the refund never arrived",
            f"PPSN {pid} re letter from Revenue",
            pid,
        ],
        "PT": [f"NIF {pid} - não recebi o reembolso", f"o meu NIF é {pid}", f"{pid} liquidação IRS"],
        "EE": [f"isikukood {pid}, palun helistage tagasi", f"IK {pid} ID-kaardi küsimus", pid],
    }
    return f.pick(phrases[f.cc])


def reminder_body(f: GovFake) -> str:
    day, month = f.r.randint(1, 28), f.r.randint(1, 12)
    clock = f"{f.r.randint(8, 16)}:{f.pick(['00', '15', '30', '45'])}"
    return (
        f"Reminder: your appointment at {f.office()[0]} on {day}/{month} at {clock}. Ref {f.alnum(6).upper()}"
    )


def address_input(f: GovFake) -> str:
    if f.cc == "IE":
        return f.pick([f"{f.street()}, {f.city()}", f.eircode(), f"{f.street()} {f.eircode()}"])
    if f.cc == "PT":
        return f.pick([f.street(), f"{f.street()} {f.zip()}", f"{f.street()}, {f.city()}"])
    return f.pick([f.street(), f"{f.street()}, {f.city()}", f"{f.street()} {f.zip()}"])


def dependant_label(f: GovFake) -> str:
    first, last = f._pair()
    year = f.r.randint(2006, 2023)
    return f.pick([f"{first} {last} ({year})", f"{first} {last}", f"{first} {last}, b. {year}"])


def payment_made(f: GovFake) -> dict:
    """A tax payment: the fields sent depend on the method, as a real checkout's would."""
    method = {
        "PT": ["card", "mbway", "multibanco"],
        "EE": ["card", "bank_link"],
        "IE": ["card", "apple_pay"],
    }[f.cc]
    method = f.pick(method)
    body: dict[str, Any] = {
        "amount": G(M(10, 12000)),
        "currency": G(C("EUR")),
        "method": G(C(method)),
        "transactionId": G(lambda f: f.lucky_order_number()),
        "taxType": G(P("income_tax", "motor_tax", "iuc", "property_tax", "maamaks")),
    }
    if method in ("card", "apple_pay"):
        body |= {
            "cardBrand": G(P("visa", "mastercard", "amex")),
            "cardLast4": G(lambda f: f.digits(4)),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardBin": G(P("476173", "535522", "414720", "520082")),
            "paymentMethodId": RED(lambda f: "pm_1" + f.alnum(23), "token"),
        }
    elif method == "mbway":
        body["mbwayPhone"] = Y(lambda f: f.mobile_e164(), "phone")
    elif method == "multibanco":
        body["mbEntity"] = G(P("21720", "11202", "10611"))
        body["mbReference"] = G(lambda f: f"{f.digits(3)} {f.digits(3)} {f.digits(3)}")
    else:
        body["bank"] = G(P("Swedbank", "SEB", "LHV", "Luminor"))
        body["viitenumber"] = G(lambda f: viitenumber(f))
    return body


def viitenumber(f: GovFake) -> str:
    """An Estonian payment reference with its 7-3-1 check digit (issued by the tax board)."""
    base = f.digits(f.r.randint(6, 12))
    total = sum(int(c) * w for c, w in zip(reversed(base), [7, 3, 1] * 5))
    return base + str((10 - total % 10) % 10)


# -- events -------------------------------------------------------------------------------------


class T:
    def __init__(self, kind, event, client, cc, body, page="/", title="Civica"):
        self.kind, self.event, self.client, self.cc = kind, event, client, cc
        self.body, self.page, self.title = body, page, title


def address_ie():
    return {
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": G(P("", "", "Rathmines", "Ballincollig", "Salthill")),
        "town": Y(lambda f: f.city(), "city"),
        "county": G(lambda f: f.county()),
        "eircode": Y(lambda f: f.eircode(), "zipcode"),
        "country": G(P("IE", "Ireland")),
    }


CATALOG = [
    ("CERT-BIRTH-STD", "Birth Certificate (Standard)", "Certificates", 20.0),
    ("CERT-BIRTH-FULL", "Birth Certificate (Full)", "Certificates", 22.0),
    ("CERT-MARR-01", "Marriage Certificate", "Certificates", 20.0),
    ("CRIM-REC-PDF", "Criminal Record Extract", "Extracts", 10.0),
    ("DOG-LIC-ANN", "Dog Licence - Annual", "Licences", 20.0),
    ("DOG-LIC-LIFE", "Dog Licence - Lifetime", "Licences", 140.0),
]


def catalog_item(f: GovFake) -> str:
    """Picks the line item (its id is the first field rendered); the other fields read it."""
    f.item = f.pick(CATALOG)
    return f.hexid(24)


def product():
    return {
        "product_id": G(catalog_item),
        "sku": G(lambda f: f.item[0]),
        "name": G(lambda f: f.item[1]),
        "category": G(lambda f: f.item[2]),
        "variant": G(P("PDF", "Printed", "Apostilled")),
        "price": G(lambda f: f.item[3]),
        "quantity": G(N(1, 3)),
    }


EVENTS: list[T] = [
    # -- identify ---------------------------------------------------------------------------------
    T(
        "identify",
        None,
        "web",
        "IE",
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "ppsn": RED(lambda f: f.ppsn(), "national id"),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "address": address_ie(),
            "preferredLanguage": G(P("en", "ga")),
            "myGovIdVerified": G(B()),
            "verificationLevel": G(P("basic", "substantial", "high")),
            "emailVerified": G(B()),
            "createdAt": G(lambda f: f.iso()),
            "dependantsCount": G(N(0, 5)),
            "maritalStatus": G(P("single", "married", "civil_partnership", "separated", "widowed")),
            "occupation": G(P("Nurse", "Software Engineer", "Farmer", "Teacher", "Retail Assistant")),
            "employer": G(P("HSE", "Intel Ireland", "Dunnes Stores", "Self-employed", "Kerry Group")),
            "age": G(N(18, 90)),
        },
        "/ie/account/profile",
        "My profile | Civica",
    ),
    T(
        "identify",
        None,
        "ios",
        "EE",
        {
            "fullName": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "personalCode": RED(lambda f: f.isikukood(), "national id"),
            "birthDate": Y(lambda f: f.dob(), "birthdate"),
            "language": G(P("et", "ru", "en")),
            "smartIdEnabled": G(B()),
            "county": G(lambda f: f.county()),
            "city": Y(lambda f: f.city(), "city"),
            "gender": Y(P("female", "male", "F", "M"), "gender|sex"),
            "returnsFiled": G(N(0, 12)),
            "lastLoginAt": G(lambda f: f.iso()),
        },
    ),
    T(
        "identify",
        None,
        "server:python",
        "PT",
        {
            "full_name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "nif": RED(lambda f: f.nif(), "national id"),
            "niss": RED(lambda f: f.niss(), "social security number|national id"),
            "mobile": Y(lambda f: f.phone(), "phone"),
            "birth_date": Y(lambda f: f.dob(), "birthdate"),
            "nationality": Y(
                P("Portuguese", "Brazilian", "Cape Verdean", "Ukrainian", "Indian"), "citizenship"
            ),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "locality": Y(lambda f: f.city(), "city"),
                "district": G(lambda f: f.county()),
                "country_code": G(C("PT")),
            },
            "refund_iban": RED(lambda f: f.iban("PT"), "bank account"),
            "tax_residence_country": G(P("PT", "BR", "FR", "CH")),
            "irs_regime": G(P("resident", "non_habitual_resident", "non_resident", "ifici")),
            "phone_verified": G(B()),
            "nif_validated": G(B()),
            "created_at": G(lambda f: f.epoch_ms()),
        },
    ),
    T(
        "identify",
        None,
        "android",
        "EE",
        {
            "eesnimi": Y(lambda f: f.first(), "name"),
            "perekonnanimi": Y(lambda f: f.last(), "name"),
            "isikukood": RED(lambda f: f.isikukood(), "national id"),
            "synniaeg": Y(lambda f: f.dob(), "birthdate"),
            "e_post": Y(lambda f: f.email(), "email"),
            "telefon": Y(lambda f: f.phone(), "phone"),
            "elukoht": {
                "aadress": Y(lambda f: f.street(), "address|street"),
                "linn": Y(lambda f: f.city(), "city"),
                "maakond": G(lambda f: f.county()),
                "postiindeks": Y(lambda f: f.zip(), "zipcode"),
            },
            "keel": G(P("et", "ru", "en")),
            "kodakondsus": Y(P("Eesti", "Vene", "Ukraina", "määratlemata"), "citizenship"),
            "perekonnaseis": G(P("vallaline", "abielus", "lahutatud", "lesk")),
        },
    ),
    T(
        "identify",
        None,
        "server:php",
        "PT",
        {
            "nome": Y(lambda f: f.first(), "name"),
            "apelido": Y(lambda f: f.last(), "name"),
            "nif": RED(lambda f: f.nif(), "national id"),
            "data_nascimento": Y(lambda f: f.dob(), "birthdate"),
            "telemovel": Y(lambda f: f.phone(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "morada": Y(lambda f: f.street(), "address|street"),
            "codigo_postal": Y(lambda f: f.zip(), "zipcode"),
            "localidade": Y(lambda f: f.city(), "city"),
            "estado_civil": G(P("solteiro", "casado", "divorciado", "uniao_de_facto", "viuvo")),
            "numero_utente": RED(lambda f: f.sns_number(), "health id"),
            "profissao": G(P("Enfermeira", "Engenheiro Civil", "Professora", "Motorista", "Contabilista")),
            "idioma": G(P("pt-PT", "pt-BR", "en")),
        },
    ),
    T(
        "identify",
        None,
        "server:node",
        "IE",
        {
            "fullName": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "role": G(P("tax_agent", "bookkeeper", "firm_admin")),
            "firmName": G(
                P(
                    "Byrne & Co Accountants",
                    "Contabilidade Lopes Lda",
                    "Kask Raamatupidamine OÜ",
                    "ClearBooks Ltd",
                )
            ),
            "tain": G(lambda f: f"{f.r.randint(10000, 99999)}{f.pick('ABCDEFGHJKLMNPRSTW')}"),
            "firmPhone": G(P("01 678 2200", "+351 213 420 110", "+372 644 5500", "021 427 1188")),
            "clientsCount": G(N(3, 420)),
            "title": G(
                P("Chartered Accountant", "Tax Consultant", "Contabilista Certificado", "Raamatupidaja")
            ),
            "seatType": G(P("owner", "staff")),
            "twoFactorEnabled": G(B()),
        },
    ),
    T(
        "identify",
        None,
        "server:python",
        "IE",
        {
            "PPSN": RED(lambda f: f.ppsn(), "national id"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "SURNAME": Y(lambda f: f.last(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "MOBILE_NO": Y(lambda f: f.phone(), "phone"),
            "COUNTY": G(lambda f: f.county()),
            "EIRCODE": Y(lambda f: f.eircode(), "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1940, 2004), "birthdate"),
            "LIFETIME_RETURNS_FILED": G(N(0, 30)),
            "LAST_LOGIN_AT": G(lambda f: f.iso()),
            "SEGMENT": G(P("paye_only", "self_assessed", "pensioner", "landlord")),
            "TOTAL_TAX_PAID_EUR": G(M(0, 60000)),
            "IS_EMAIL_VERIFIED": G(B()),
            "PHONE_COUNT": G(N(0, 3)),
        },
    ),
    # -- group and alias --------------------------------------------------------------------------
    T(
        "group",
        None,
        "web",
        None,
        {
            "name": G(
                P(
                    "Byrne & Co Accountants",
                    "Contabilidade Lopes Lda",
                    "Kask Raamatupidamine OÜ",
                    "ClearBooks Ltd",
                )
            ),
            "firmType": G(P("accountancy", "payroll_bureau", "law_firm")),
            "taxAgentNumber": G(lambda f: f"{f.r.randint(10000, 99999)}{f.pick('ABCDEFGHJKLMNPRSTW')}"),
            "vatNumber": G(lambda f: f.pick([f"IE{f.digits(7)}W", f"PT{f.nipc()}", f"EE10{f.digits(7)}"])),
            "registrationNumber": G(lambda f: f.pick([f.digits(6), f.nipc(), "1" + f.digits(7)])),
            "employees": G(N(1, 80)),
            "industry": G(P("Accounting", "Legal", "Payroll")),
            "contactEmail": G(
                P(
                    "info@byrneaccountants.ie",
                    "geral@contabilidadelopes.pt",
                    "info@kask.ee",
                    "support@clearbooks.ie",
                )
            ),
            "officePhone": G(P("01 678 2200", "+351 213 420 110", "+372 644 5500", "021 427 1188")),
            "officeAddress": {
                "street": G(P("14 Fitzwilliam Square", "Rua Castilho 39", "Narva mnt 5", "Lapps Quay")),
                "city": G(P("Dublin", "Lisboa", "Tallinn", "Cork")),
                "postalCode": G(P("D02 R796", "1250-068", "10117", "T12 RW7D")),
                "country": G(P("IE", "PT", "EE")),
            },
            "plan": G(P("practice_starter", "practice_pro", "enterprise")),
            "createdAt": G(lambda f: f.iso()),
        },
        "/agents/settings/firm",
        "Firm settings | Civica for Accountants",
    ),
    T("alias", None, "mobile", None, {}),
    # -- page and screen --------------------------------------------------------------------------
    T(
        "page",
        None,
        "web",
        None,
        {
            "name": G(P("Dashboard", "Tax Return", "Appointments", "Documents", "Motor Tax")),
            "category": G(P("tax", "vehicles", "benefits", "account")),
            "path": G(P("/ie/dashboard", "/pt/irs/declaracao", "/ee/tuludeklaratsioon", "/ie/motor-tax")),
            "url": G(P(BASE + "/ie/dashboard", BASE + "/pt/irs/declaracao", BASE + "/ee/tuludeklaratsioon")),
            "title": G(P("Dashboard | Civica", "Declaração IRS | Civica", "Tuludeklaratsioon | Civica")),
            "referrer": G(P("", "https://www.google.com/", "https://www.eesti.ee/")),
            "search": G(P("", "?lang=en", "?step=2")),
        },
        "/dashboard",
        "Dashboard | Civica",
    ),
    T(
        "screen",
        None,
        "mobile",
        None,
        {
            "screen_class": G(
                P("TaxReturnViewController", "AppointmentsFragment", "DocumentsScreen", "HomeTab")
            ),
            "previous_screen": G(P("Home", "Login", "Notifications", "Settings")),
            "tax_year": G(lambda f: f.tax_year()),
            "load_time_ms": G(N(80, 2400)),
        },
    ),
    # -- sign-in ----------------------------------------------------------------------------------
    T(
        "track",
        "Signed In",
        "web",
        "IE",
        {
            "method": G(P("mygovid", "ros_certificate", "email_password", "google")),
            "email": Y(lambda f: f.email(), "email"),
            "loginAttempts": G(N(1, 5)),
            "mfaMethod": G(P("sms", "authenticator", "none")),
            "sessionId": G(lambda f: f.uuid()),
            "authLevel": G(P("low", "substantial", "high")),
            "ipCountry": G(P("IE", "GB", "PL", "ES")),
        },
        "/ie/login",
        "Log in | Civica",
    ),
    T(
        "track",
        "Smart-ID Authentication Started",
        "ios",
        "EE",
        {
            "personalCode": RED(lambda f: f.isikukood(), "national id"),
            "countryCode": G(P("EE", "LV", "LT")),
            "documentNumber": RED(
                lambda f: f"PNOEE-{f.isikukood()}-{f.pick(['MOCK', 'ZOKS', 'A4B1'])}-Q", "national id"
            ),
            "sessionId": G(lambda f: f.uuid()),
            "interactionType": G(P("displayTextAndPIN", "verificationCodeChoice", "confirmationMessage")),
            "certificateLevel": G(P("QUALIFIED", "ADVANCED")),
            "durationMs": G(N(2100, 45000)),
            "result": G(P("OK", "USER_REFUSED", "TIMEOUT", "WRONG_VC")),
        },
    ),
    T(
        "track",
        "Mobile-ID Login Started",
        "web",
        "EE",
        {
            "phoneNumber": Y(lambda f: f.mobile_e164(), "phone"),
            "nationalIdentityNumber": RED(lambda f: f.isikukood(), "national id"),
            "language": G(P("EST", "RUS", "ENG")),
            "displayText": G(P("Civica sisselogimine", "Login to Civica", "Вход в Civica")),
            "hashType": G(P("SHA256", "SHA384", "SHA512")),
        },
        "/ee/login/mobile-id",
        "Mobiil-ID | Civica",
    ),
    T(
        "track",
        "Chave Movel Digital Requested",
        "rn",
        "PT",
        {
            "mobileNumber": Y(lambda f: f.mobile_e164(), "phone"),
            "otpCode": RED(lambda f: f.digits(6), "token"),
            "otpChannel": G(P("sms", "email", "app")),
            "pinAttempts": G(N(0, 3)),
            "nifOnFile": G(B()),
            "requestId": G(lambda f: f.uuid()),
        },
    ),
    T(
        "track",
        "TARA Login Succeeded",
        "server:java",
        "EE",
        {
            "claims": {
                "sub": RED(lambda f: "EE" + f.isikukood(), "national id", True),
                "given_name": Y(lambda f: f.first().upper(), "name"),
                "family_name": Y(lambda f: f.last().upper(), "name"),
                "date_of_birth": Y(lambda f: f.date(1940, 2005), "birthdate"),
                "amr": Many(G(P("idcard", "mID", "smartid", "eIDAS")), 1),
                "acr": G(P("high", "substantial", "low")),
                "auth_time": G(lambda f: f.epoch_ms() // 1000),
            },
            "id_token": RED(lambda f: f.jwt(), "token"),
            "client_id": G(C("civica-prod")),
            "state": G(lambda f: f.hexid(32)),
        },
    ),
    T(
        "track",
        "Sign-in Link Sent",
        "server:ruby",
        None,
        {
            "recipient_email": Y(lambda f: f.email(), "email"),
            "link_token": RED(lambda f: f.alnum(43), "token"),
            "expires_in_minutes": G(P(15, 30, 60)),
            "template": G(P("magic_link_v3", "magic_link_pt", "magic_link_et")),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.civica.eu>"),
            "sender": G(C("no-reply@civica.eu")),
        },
    ),
    T(
        "track",
        "Account Registration Form Submitted",
        "web",
        None,
        {
            "username": Y(lambda f: f.email(), "email|name"),
            "password": RED(
                lambda f: (
                    f.pick(["Tallinn2024!", "benfica1904", "Saoirse#87", "Qwerty123!", "p4ssw0rd-ie"])
                    + str(f.r.randint(0, 99))
                ),
                "password",
            ),
            "confirm_password": RED(
                lambda f: f.pick(["Summer2024!", "porto#77", "Kalamaja9", "lisboa2023"]), "password"
            ),
            "passwordStrength": G(P("weak", "fair", "strong", "very_strong")),
            "acceptedTerms": G(C(True)),
            "form_id": G(C("register-v2")),
            "time_to_complete_ms": G(N(8000, 240000)),
        },
        "/register",
        "Create account | Civica",
    ),
    # -- tax returns ------------------------------------------------------------------------------
    T(
        "track",
        "Tax Return Started",
        "web",
        "IE",
        {
            "taxYear": G(lambda f: f.tax_year()),
            "formType": G(P("Form 11", "Form 12", "Form CG1")),
            "filingStatus": G(P("single", "jointly_assessed", "separately_assessed", "widowed")),
            "ppsn": RED(lambda f: f.ppsn(), "national id"),
            "spousePpsn": RED(lambda f: f.ppsn(), "national id"),
            "spouseName": Y(lambda f: f.full_name(), "name"),
            "assessableSpouse": G(P("self", "spouse")),
            "agentActing": G(B()),
            "returnId": G(lambda f: f.digits(10)),
            "hasSpouse": G(B()),
        },
        "/ie/tax/return/start",
        "Start your return | Civica",
    ),
    T(
        "track",
        "Income Source Added",
        "web",
        "IE",
        {
            "returnId": G(lambda f: f.digits(10)),
            "sourceType": G(P("PAYE employment", "occupational pension", "rental", "foreign employment")),
            "employerName": G(
                P("Intel Ireland Ltd", "HSE South", "Tesco Ireland", "Accenture", "Bord Gáis Energy")
            ),
            "employerRegNumber": G(lambda f: f"{f.digits(7)}{f.pick(['T', 'W', 'H'])}"),
            "grossPay": Y(M(14000, 140000), "salary"),
            "hourlyRate": Y(M(12.7, 60), "salary"),
            "payFrequency": G(P("weekly", "fortnightly", "monthly")),
            "taxDeducted": G(M(0, 40000)),
            "startDate": G(lambda f: f.date(2005, 2024)),
        },
        "/ie/tax/return/income",
        "Income | Civica",
    ),
    T(
        "track",
        "Tax Return Submitted",
        "server:python",
        "PT",
        {
            "declaration_id": G(lambda f: f"{f.tax_year()}-{f.digits(9)}"),
            "tax_year": G(lambda f: f.tax_year()),
            "nif": RED(lambda f: f.nif(), "national id"),
            "spouse_nif": RED(lambda f: f.nif(), "national id"),
            "annexes": Many(G(P("A", "B", "E", "F", "H", "J")), 4),
            "gross_income": Y(M(9000, 120000), "salary"),
            "dependants": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "nif": RED(lambda f: f.nif(), "national id"),
                    "birth_date": Y(lambda f: f.date(2002, 2023), "birthdate"),
                    "relationship": G(P("son", "daughter", "stepchild", "ward")),
                    "disability_degree": RED(P(0, 0, 60, 75, 80), "disability"),
                },
                3,
            ),
            "refund_iban": RED(lambda f: f.iban("PT"), "bank account"),
            "expected_refund": G(M(-3000, 4000)),
            "submission_channel": G(P("web", "ios", "android", "accountant")),
            "occ_member_number": G(lambda f: str(f.r.randint(10000, 99999))),
        },
    ),
    T(
        "track",
        "Deklaratsioon Esitatud",
        "server:go",
        "EE",
        {
            "maksuaasta": G(lambda f: f.tax_year()),
            "deklaratsiooni_id": G(lambda f: f.digits(8)),
            "isikukood": RED(lambda f: f.isikukood(), "national id"),
            "tulu_kokku": Y(M(6000, 95000), "salary"),
            "tagastus_summa": G(M(0, 2500)),
            "juurde_maksta": G(M(0, 1800)),
            "ulalpeetavad": Many(
                {
                    "nimi": Y(lambda f: f.full_name(), "name"),
                    "isikukood": RED(lambda f: f.isikukood(2005, 2023), "national id"),
                    "sunniaeg": Y(lambda f: f.date(2005, 2023), "birthdate"),
                    "suhe": G(P("laps", "abikaasa", "vanem")),
                },
                3,
            ),
            "pangakonto": RED(lambda f: f.iban("EE"), "bank account"),
            "esitamise_viis": G(P("e-MTA", "mobiil", "Civica")),
            "eluasemelaenu_intress": G(M(0, 300)),
        },
    ),
    T(
        "track",
        "Dependant Added",
        "rn",
        "IE",
        {
            "dependantFirstName": Y(lambda f: f.first(), "name"),
            "dependantSurname": Y(lambda f: f.last(), "name"),
            "dependantPpsn": RED(lambda f: f.ppsn(), "national id"),
            "dependantDob": Y(lambda f: f.dob(2004, 2023), "birthdate"),
            "relationship": G(P("child", "stepchild", "foster_child", "dependent_relative")),
            "age": G(N(0, 20)),
            "inFullTimeEducation": G(B()),
            "isIncapacitated": RED(B(), "disability"),
            "dependantCount": G(N(1, 6)),
            "dependantId": G(lambda f: f.uuid()),
        },
    ),
    T(
        "track",
        "Deduction Claimed",
        "web",
        "PT",
        {
            "category": G(P("saude", "educacao", "habitacao", "lares", "despesas_gerais")),
            "amount": G(M(5, 2500)),
            "providerNipc": G(lambda f: f.nipc()),
            "providerName": G(
                P("Farmácia Central", "Colégio São João", "Clínica CUF Belém", "Continente Hipermercados")
            ),
            "invoiceNumber": G(lambda f: f"FT {f.tax_year()}/{f.r.randint(1, 9999)}"),
            "atcud": G(lambda f: f"{f.alnum(8).upper()}-{f.r.randint(1, 9999)}"),
            "invoiceCount": G(N(1, 80)),
        },
        "/pt/irs/deducoes",
        "Deduções | Civica",
    ),
    T(
        "track",
        "Health Expense Added",
        "ios",
        "IE",
        {
            "expenseType": Y(
                P("GP visit", "physiotherapy", "IVF treatment", "non-routine dental", "consultant fees"),
                "procedure",
            ),
            "amount": G(M(20, 4000)),
            "practitionerName": Y(lambda f: f"Dr {f.full_name()}", "name"),
            "practiceName": G(
                P("Ranelagh Medical Centre", "Salthill Physio", "Cork Fertility Clinic", "Smile Dental")
            ),
            "rxNumber": Y(lambda f: f"RX{f.digits(8)}", "medication"),
            "receiptUploaded": G(B()),
            "patient": G(P("self", "spouse", "child", "dependent_relative")),
            "expenseId": G(lambda f: f.uuid()),
        },
    ),
    T(
        "track",
        "Long-Term Illness Card Requested",
        "web",
        "IE",
        {
            "medicalCardNumber": RED(lambda f: f.medical_card(), "health id"),
            "gpName": Y(lambda f: f"Dr {f.full_name()}", "name"),
            "gpPractice": G(
                P("Ranelagh Medical Centre", "Eyre Square Clinic", "Ballincollig Family Practice")
            ),
            "gpPracticePhone": G(P("01 496 1122", "091 562 500", "021 487 3300")),
            "hasLongTermIllness": Y(B(), "condition"),
            "conditions": Many(
                Y(
                    P(
                        "diabetes mellitus",
                        "epilepsy",
                        "multiple sclerosis",
                        "cystic fibrosis",
                        "parkinsonism",
                    ),
                    "condition",
                ),
                2,
            ),
            "prescriptionNumber": Y(lambda f: f.digits(9), "medication"),
            "applicationRef": G(lambda f: f"LTI-{f.digits(7)}"),
        },
        "/ie/health/lti",
        "Long-Term Illness | Civica",
    ),
    T(
        "track",
        "Payment Made",
        "web",
        None,
        lambda f: payment_made(f),
        "/pay",
        "Payment | Civica",
    ),
    T(
        "track",
        "Payment Made",
        "mobile",
        None,
        lambda f: payment_made(f),
        "/pay",
        "Payment | Civica",
    ),
    T(
        "track",
        "Payment Info Entered",
        "web",
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(P(2, 3)),
            "payment_method": G(P("card", "apple_pay", "google_pay")),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_brand": G(P("visa", "mastercard", "amex", "discover")),
            "billing_postcode": Y(lambda f: f.zip(), "zipcode"),
        },
        "/shop/checkout/payment",
        "Payment | Civica Shop",
    ),
    T(
        "track",
        "Direct Debit Set Up",
        "server:dotnet",
        None,
        {
            "MandateId": G(lambda f: f"MD-{f.digits(9)}"),
            "Iban": RED(lambda f: f.iban(), "bank account"),
            "Bic": G(lambda f: f.pick(BICS[f.cc])),
            "SortCode": G(lambda f: f"9{f.r.randint(0, 9)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
            "AccountHolderName": Y(lambda f: f.full_name(), "name"),
            "FirstCollectionDate": G(lambda f: f.date(2024, 2025)),
            "Amount": G(M(20, 900)),
            "Scheme": G(P("SEPA_CORE", "SEPA_B2B")),
            "IbanLast4": G(lambda f: f.digits(4)),
        },
    ),
    T(
        "track",
        "REFUND_ISSUED",
        "server:python",
        None,
        {
            "REFUND_ID": G(lambda f: f"RF{f.digits(10)}"),
            "AMOUNT_EUR": G(M(1, 5000)),
            "IBAN_LAST4": G(lambda f: f.digits(4)),
            "PAYEE_NAME": Y(lambda f: f.full_name(), "name"),
            "TAX_YEAR": G(lambda f: f.tax_year()),
            "ISSUED_AT": G(lambda f: f.iso()),
            "PAYMENT_RAIL": G(P("SEPA", "SEPA_INSTANT", "CHEQUE")),
            "ROW_HASH": G(lambda f: f.hexid(40)),
        },
    ),
    # -- benefits ---------------------------------------------------------------------------------
    T(
        "track",
        "Benefit Application Started",
        "web",
        "IE",
        {
            "benefit-type": G(
                P("jobseekers_benefit", "child_benefit", "fuel_allowance", "working_family_payment")
            ),
            "application-id": G(lambda f: f"BA{f.digits(8)}"),
            "ppsn": RED(lambda f: f.ppsn(), "national id"),
            "employment-status": G(P("unemployed", "part_time", "self_employed", "full_time")),
            "last-employer": G(P("Penneys", "Aldi Ireland", "Dublin Bus", "Kerry Group", "none")),
            "last-day-of-work": G(lambda f: f.date(2023, 2024)),
            "weekly-earnings": Y(M(0, 900), "salary"),
            "has-disability": RED(B(), "disability"),
            "is-carer": G(B()),
            "step": G(N(1, 6)),
        },
        "/ie/benefits/apply",
        "Apply for a payment | Civica",
    ),
    T(
        "track",
        "Benefit Application Submitted",
        "server:node",
        "IE",
        {
            "applicationId": G(lambda f: f"BA{f.digits(8)}"),
            "benefitType": G(
                P("jobseekers_benefit", "child_benefit", "fuel_allowance", "working_family_payment")
            ),
            "householdSize": G(N(1, 8)),
            "childrenCount": G(N(0, 5)),
            "bankIban": RED(lambda f: f.iban("IE"), "bank account"),
            "paymentMethod": G(P("bank", "post_office")),
            "postOffice": G(P("GPO O'Connell Street", "Salthill PO", "Douglas PO", "")),
            "partnerName": Y(lambda f: f.full_name(), "name"),
            "partnerPpsn": RED(lambda f: f.ppsn(), "national id"),
            "partnerIncome": Y(M(0, 60000), "salary"),
            "declarationAccepted": G(C(True)),
            "submittedAt": G(lambda f: f.iso()),
        },
    ),
    T(
        "track",
        "Pedido de Prestacao Submetido",
        "server:php",
        "PT",
        {
            "prestacao": G(P("abono_de_familia", "subsidio_de_desemprego", "rsi", "subsidio_parental")),
            "numero_pedido": G(lambda f: f.digits(11)),
            "niss": RED(lambda f: f.niss(), "social security number|national id"),
            "nome_requerente": Y(lambda f: f.full_name(), "name"),
            "iban": RED(lambda f: f.iban("PT"), "bank account"),
            "agregado_familiar": G(N(1, 7)),
            "rendimento_mensal": Y(M(0, 3500), "salary"),
            "escalao": G(P("1.º escalão", "2.º escalão", "3.º escalão", "4.º escalão")),
            "beneficiarios": Many(
                {
                    "nome": Y(lambda f: f.full_name(), "name"),
                    "data_nascimento": Y(lambda f: f.dob(2006, 2024), "birthdate"),
                    "niss": RED(lambda f: f.niss(), "social security number|national id"),
                    "parentesco": G(P("filho", "filha", "enteado", "neto")),
                },
                3,
            ),
            "data_submissao": G(lambda f: f.iso()),
        },
    ),
    T(
        "track",
        "Toetuse Taotlus Esitatud",
        "android",
        "EE",
        {
            "taotluse_nr": G(lambda f: f"T-{f.digits(7)}"),
            "toetuse_liik": G(
                P("lapsetoetus", "vanemahuvitis", "lasterikka_pere_toetus", "toimetulekutoetus")
            ),
            "lapse_nimi": Y(lambda f: f.full_name(), "name"),
            "lapse_isikukood": RED(lambda f: f.isikukood(2008, 2024), "national id"),
            "arvelduskonto": RED(lambda f: f.iban("EE"), "bank account"),
            "laste_arv": G(N(1, 6)),
            "kuupaev": G(lambda f: f.date(2024, 2024)),
            "staatus": G(P("esitatud", "menetluses", "rahuldatud")),
        },
    ),
    T(
        "track",
        "Maternity Benefit Eligibility Checked",
        "ios",
        "IE",
        {
            "expectedDueDate": Y(lambda f: f.date(2024, 2025), "condition"),
            "prsiWeeksPaid": G(N(0, 520)),
            "isSelfEmployed": G(B()),
            "eligible": G(B()),
            "checkId": G(lambda f: f.uuid()),
        },
    ),
    T(
        "track",
        "Residence Permit Renewal Started",
        "web",
        "IE",
        {
            "permissionStamp": RED(P("Stamp 1", "Stamp 1G", "Stamp 2", "Stamp 4", "Stamp 0"), "visa"),
            "requiresSponsorship": RED(B(), "visa"),
            "rightToWork": RED(P("yes", "no", "restricted"), "visa"),
            "passportNumber": RED(lambda f: f.passport(), "passport"),
            "nationality": Y(
                P("Brazilian", "Indian", "Nigerian", "Chinese", "Pakistani", "Filipino"), "citizenship"
            ),
            "irpCardNumber": RED(lambda f: f.digits(9), "national id"),
            "employerName": G(P("Google Ireland", "Mater Hospital", "Trinity College Dublin", "Stripe")),
            "permitExpiresOn": G(lambda f: f.date(2024, 2026)),
        },
        "/ie/immigration/renew",
        "Renew your permission | Civica",
    ),
    # -- vehicles ---------------------------------------------------------------------------------
    T(
        "track",
        "Vehicle Registration Started",
        "web",
        "IE",
        {
            "registrationNumber": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "make": G(P("Volkswagen", "Toyota", "Škoda", "BMW", "Renault", "Hyundai")),
            "model": G(P("Golf", "Corolla", "Octavia", "320d", "Clio", "Tucson")),
            "yearOfManufacture": G(N(2008, 2024)),
            "co2Emissions": G(N(0, 190)),
            "fuelType": G(P("petrol", "diesel", "hybrid", "electric")),
            "vrtAmount": G(M(0, 9000)),
            "previousOwnerName": Y(lambda f: f.full_name(), "name"),
            "odometerKm": G(N(0, 250000)),
        },
        "/ie/vehicles/register",
        "Register a vehicle | Civica",
    ),
    T(
        "track",
        "Motor Tax Renewed",
        "rn",
        "IE",
        {
            "vehicleReg": Y(lambda f: f.plate(), "license"),
            "motorTaxPin": RED(lambda f: f.digits(6), "token"),
            "period": G(P(3, 6, 12)),
            "amount": G(M(120, 1800)),
            "discExpiry": G(lambda f: f.date(2024, 2026)),
            "insurancePolicyNumber": Y(
                lambda f: f"{f.pick(['AXA', 'ALZ', 'FBD', 'AV'])}{f.digits(8)}", "identification"
            ),
            "insurer": G(P("AXA", "Allianz", "FBD", "Aviva", "Zurich")),
        },
    ),
    T(
        "track",
        "Soiduki Registreerimine",
        "flutter",
        "EE",
        {
            "registreerimismark": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "mark": G(P("Toyota", "Škoda", "Volvo", "BMW", "Tesla")),
            "mudel": G(P("RAV4", "Octavia", "XC60", "X5", "Model 3")),
            "omaniku_isikukood": RED(lambda f: f.isikukood(), "national id"),
            "kasutaja_nimi": Y(lambda f: f.full_name(), "name"),
            "liikluskindlustuse_poliis": Y(lambda f: f"LK{f.digits(9)}", "identification"),
            "kindlustusandja": G(P("If P&C", "ERGO", "Swedbank P&C", "Salva")),
            "mootorsoidukimaks": G(M(50, 1200)),
            "esmane_registreerimine": G(lambda f: f.date(2005, 2024)),
        },
    ),
    T(
        "track",
        "vehicle_transfer_requested",
        "server:php",
        "PT",
        {
            "plate": Y(lambda f: f.plate(), "license"),
            "buyer_nif": RED(lambda f: f.nif(), "national id"),
            "seller_nif": RED(lambda f: f.nif(), "national id"),
            "buyer_name": Y(lambda f: f.full_name(), "name"),
            "seller_name": Y(lambda f: f.full_name(), "name"),
            "price": G(M(500, 45000)),
            "registry_office": G(
                P("Conservatória do Registo Automóvel de Lisboa", "Porto", "Braga", "Online")
            ),
            "request_number": G(lambda f: f.digits(10)),
            "brand": G(P("Renault", "Peugeot", "Seat", "Fiat", "Mercedes-Benz")),
        },
    ),
    T(
        "track",
        "Driving Licence Exchange Booked",
        "web",
        "IE",
        {
            "licenceNumber": Y(lambda f: f.digits(9), "license"),
            "countryOfIssue": G(P("PL", "BR", "UA", "IN", "ZA", "LT")),
            "categories": Many(G(P("AM", "B", "BE", "C1", "D")), 3),
            "photoUrl": Y(lambda f: f"https://files.civica.eu/photos/{f.uuid()}.jpg", "photo"),
            "eyesightReportUploaded": G(B()),
            "bookingRef": G(lambda f: f"NDLS-{f.alnum(6).upper()}"),
        },
        "/ie/ndls/exchange",
        "Exchange a foreign licence | Civica",
    ),
    # -- address change ---------------------------------------------------------------------------
    T(
        "track",
        "Address Changed",
        "ios",
        "EE",
        {
            "previousAddress": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "county": G(lambda f: f.county()),
            },
            "newAddress": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "county": G(lambda f: f.county()),
            },
            "moveInDate": G(lambda f: f.date(2023, 2024)),
            "ownershipType": G(P("owner", "tenant", "family_member", "other")),
            "landlordName": Y(lambda f: f.full_name(), "name"),
            "householdMembers": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "personalCode": RED(lambda f: f.isikukood(), "national id"),
                    "relationship": G(P("spouse", "child", "parent", "partner")),
                },
                3,
            ),
            "addressChanged": G(C(True)),
        },
    ),
    T(
        "track",
        "Address Lookup",
        "web",
        "IE",
        {
            "input": Y(address_input, "address|zipcode", True),
            "sessionToken": G(lambda f: f.uuid()),
            "resultsCount": G(N(0, 10)),
            "selectedEircode": Y(lambda f: f.eircode(), "zipcode"),
            "addressId": G(lambda f: f.digits(10)),
            "countryFilter": G(P("IE", "GB")),
        },
        "/ie/account/address",
        "Change address | Civica",
    ),
    T(
        "track",
        "Morada Alterada",
        "web",
        "PT",
        {
            "nova_morada": Y(lambda f: f.street(), "address|street"),
            "codigo_postal": Y(lambda f: f.zip(), "zipcode"),
            "localidade": Y(lambda f: f.city(), "city"),
            "concelho": Y(
                P("Lisboa", "Sintra", "Vila Nova de Gaia", "Matosinhos", "Loulé", "Oeiras"), "city"
            ),
            "distrito": G(lambda f: f.county()),
            "pais": G(C("Portugal")),
            "data_alteracao": G(lambda f: f.date(2024, 2024)),
            "comprovativo_enviado": G(B()),
        },
        "/pt/conta/morada",
        "Alterar morada | Civica",
    ),
    T(
        "track",
        "Change of Address Confirmation Sent",
        "server:ruby",
        "IE",
        {
            "recipient": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "channel": G(P("email", "email+sms")),
            "templateId": G(P("d-1f3a9c", "d-77be02", "d-0c4e11")),
            "messageId": G(lambda f: f"<{f.uuid()}@mail.civica.eu>"),
            "replyTo": G(C("support@civica.eu")),
        },
    ),
    # -- appointments -----------------------------------------------------------------------------
    T(
        "track",
        "Appointment Booked",
        "web",
        None,
        {
            "serviceType": G(
                P("id_card_renewal", "passport_application", "driving_licence", "residence_permit")
            ),
            "office": {
                "name": G(lambda f: f.office()[0]),
                "city": G(lambda f: f.office()[1]),
                "address": G(lambda f: f.office()[2]),
                "phone": G(lambda f: f.office()[3]),
            },
            "slot": G(lambda f: f.iso()),
            "bookingRef": G(lambda f: f.alnum(6).upper()),
            "attendeeName": Y(lambda f: f.full_name(), "name"),
            "attendeeEmail": Y(lambda f: f.email(), "email"),
            "smsReminderPhone": Y(lambda f: f.phone(), "phone"),
            "accessibilityNeeds": RED(
                P("none", "wheelchair_access", "hearing_loop", "visual_impairment_support"), "disability"
            ),
            "interpreterLanguage": G(P("", "Ukrainian", "Russian", "Portuguese", "Arabic")),
        },
        "/appointments/book",
        "Book an appointment | Civica",
    ),
    T(
        "track",
        "Appointment Reminder SMS Status",
        "server:go",
        None,
        {
            "To": Y(lambda f: f.mobile_e164(), "phone", True),
            "From": G(P("+353861800900", "Civica", "+351939000111", "+37253000900")),
            "Body": G(reminder_body),
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(C("AC3f0b8e5a1c2d4e6f8a9b0c1d2e3f4a5b")),
            "SmsStatus": G(P("queued", "sent", "delivered", "undelivered")),
            "NumSegments": G(P("1", "2")),
        },
    ),
    T(
        "track",
        "Office Search",
        "mobile",
        None,
        {
            "query": G(
                P("Loja do Cidadão Porto", "Intreo Galway", "PPA Tartu", "NDLS Cork", "passport office")
            ),
            "resultsCount": G(N(0, 12)),
            "selectedOffice": {
                "name": G(lambda f: f.office()[0]),
                "lat": G(lambda f: OFFICE_COORDS[f.office()[0]][0]),
                "lng": G(lambda f: OFFICE_COORDS[f.office()[0]][1]),
                "distanceKm": G(M(0.3, 80)),
            },
        },
    ),
    # -- documents and identity verification ------------------------------------------------------
    T(
        "track",
        "Document Uploaded",
        "flutter",
        None,
        {
            "documentType": G(
                P("payslip", "P60", "bank_statement", "id_card", "utility_bill", "rent_receipt")
            ),
            "fileName": G(
                P(
                    "IMG_2041.jpg",
                    "scan0003.pdf",
                    "document.pdf",
                    "Screenshot_20240312-101522.png",
                    "image.heic",
                )
            ),
            "mimeType": G(P("image/jpeg", "application/pdf", "image/png", "image/heic")),
            "sizeBytes": G(N(40000, 9000000)),
            "pages": G(N(1, 12)),
            "sha256": G(lambda f: hashlib.sha256(f.hexid(32).encode()).hexdigest()),
            "uploadId": G(lambda f: f.uuid()),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "virusScan": G(P("clean", "pending")),
            "linkedCase": G(lambda f: f.pick([f"BA{f.digits(8)}", f.digits(10), f"T-{f.digits(7)}"])),
        },
    ),
    T(
        "track",
        "Identity Verification Decision",
        "server:node",
        None,
        {
            "verification": {
                "id": G(lambda f: f.uuid()),
                "status": G(P("approved", "declined", "resubmission_requested")),
                "code": G(P(9001, 9102, 9103)),
                "reason": G(P("", "Photo of ID not visible", "Face not clearly visible", "Document expired")),
                "decisionTime": G(lambda f: f.iso()),
                "person": {
                    "firstName": Y(lambda f: f.first().upper(), "name"),
                    "lastName": Y(lambda f: f.last().upper(), "name"),
                    "dateOfBirth": Y(lambda f: f.date(1945, 2005), "birthdate"),
                    "idNumber": RED(lambda f: f.national_id(), "national id"),
                    "nationality": Y(P("EE", "PT", "IE", "BR", "UA", "IN"), "citizenship"),
                    "gender": Y(P("M", "F"), "gender|sex"),
                },
                "document": {
                    "type": G(P("PASSPORT", "ID_CARD", "RESIDENCE_PERMIT", "DRIVERS_LICENSE")),
                    "number": RED(lambda f: f.id_document_number(), "national id|passport"),
                    "country": G(P("EE", "PT", "IE", "BR", "UA")),
                    "validFrom": G(lambda f: f.date(2015, 2023)),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
            },
            "technicalData": {"ip": Y(lambda f: f.ip(), "ip")},
            "vendorData": G(lambda f: f.uuid()),
            "attemptId": G(lambda f: f.uuid()),
        },
    ),
    # -- notifications ----------------------------------------------------------------------------
    T(
        "track",
        "Email Engagement",
        "server:node",
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(P("open", "click")),
            "ip": Y(lambda f: f.ip(), "ip"),
            "useragent": G(P(*UAS)),
            "url": G(
                P(
                    BASE + "/ie/tax/return/start",
                    BASE + "/pt/irs/declaracao",
                    BASE + "/ee/tuludeklaratsioon",
                    "",
                )
            ),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(lambda f: f"{f.alnum(22)}.filterdrecv-{f.digits(2)}-{f.digits(6)}-1"),
            "category": Many(G(P("deadline", "refund", "transactional", "newsletter")), 2),
            "asm_group_id": G(P(14211, 14212, 14213)),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    T(
        "track",
        "Notification Preferences Updated",
        "android",
        None,
        {
            "emailEnabled": G(B()),
            "smsEnabled": G(B()),
            "pushEnabled": G(B()),
            "language": G(P("et", "pt", "en", "ga", "ru")),
            "notificationEmail": Y(lambda f: f.email(), "email"),
            "notificationPhone": Y(lambda f: f.phone(), "phone"),
            "quietHoursStart": G(P("21:00", "22:00", "23:00")),
            "digestFrequency": G(P("instant", "daily", "weekly")),
        },
    ),
    # -- accountants ------------------------------------------------------------------------------
    T(
        "track",
        "Client Access Granted",
        "server:dotnet",
        "IE",
        {
            "AgentTain": G(lambda f: f"{f.r.randint(10000, 99999)}{f.pick('ABCDEFGHJKLMNPRSTW')}"),
            "AgentFirmName": G(
                P("Byrne & Co Accountants", "ClearBooks Ltd", "Moran Tax Advisers", "O'Neill Partners")
            ),
            "AccountantName": Y(lambda f: f.full_name(), "name"),
            "AccountantEmail": Y(lambda f: f.email(), "email"),
            "ClientPpsn": RED(lambda f: f.ppsn(), "national id"),
            "ClientName": Y(lambda f: f.full_name(), "name"),
            "AccessScope": Many(G(P("IT", "VAT", "PAYE", "LPT", "CGT")), 3),
            "GrantedAt": G(lambda f: f.iso()),
            "ExpiresAt": G(lambda f: f.iso()),
            "LinkId": G(lambda f: f.uuid()),
            "ClientCount": G(N(1, 400)),
        },
    ),
    T(
        "track",
        "Client Return Filed by Agent",
        "web",
        "PT",
        {
            "clientRef": G(lambda f: f"CL-{f.r.randint(1, 99999):05d}"),
            "clientNif": RED(lambda f: f.nif(), "national id"),
            "clientName": Y(lambda f: f.full_name(), "name"),
            "accountantMemberNo": G(lambda f: str(f.r.randint(10000, 99999))),
            "internalNote": Y(agent_note, "name", True),
            "returnType": G(P("IRS Modelo 3", "IVA periódica", "IES")),
            "filedAt": G(lambda f: f.iso()),
        },
        "/agents/clients/file",
        "File for client | Civica for Accountants",
    ),
    T(
        "track",
        "Representative Added",
        "server:go",
        "EE",
        {
            "esindaja_nimi": Y(lambda f: f.full_name(), "name"),
            "esindaja_isikukood": RED(lambda f: f.isikukood(), "national id"),
            "volituse_liik": G(P("taielik", "piiratud", "deklaratsioonid")),
            "kehtib_kuni": G(lambda f: f.date(2024, 2027)),
            "volituse_id": G(lambda f: f.digits(7)),
            "loodud": G(lambda f: f.iso()),
        },
    ),
    T(
        "track",
        "Emergency Contact Added",
        "android",
        "IE",
        {
            "contactName": Y(lambda f: f.full_name(), "name"),
            "contactMobile": Y(lambda f: f.phone(), "phone"),
            "contactEmail": Y(lambda f: f.email(), "email"),
            "relationship": G(P("spouse", "parent", "sibling", "friend", "neighbour")),
            "contactsTotal": G(N(1, 3)),
        },
    ),
    # -- support and forms ------------------------------------------------------------------------
    T(
        "track",
        "Support Chat Message Sent",
        "web",
        None,
        {
            "conversationId": G(lambda f: f.digits(12)),
            "text": Y(chat_with_phone, "phone", True),
            "author": G(C("user")),
            "assignedAgent": Y(lambda f: f.first(), "name"),
            "attachmentsCount": G(N(0, 3)),
            "topic": G(P("login", "refund", "appointment", "vehicle")),
        },
        "/help/chat",
        "Help | Civica",
    ),
    T(
        "track",
        "Callback Requested",
        "android",
        None,
        {
            "callbackId": G(lambda f: f.uuid()),
            "topic": G(P("refund", "tax_credits", "benefit_payment", "id_card")),
            "contact": Y(lambda f: f.phone(), "phone", True),
            "note": RED(callback_note, "national id", True),
            "preferredTime": G(P("morning", "afternoon", "evening")),
            "queuePosition": G(N(1, 60)),
        },
    ),
    T(
        "track",
        "Client Searched",
        "web",
        None,
        {
            "q": Y(lambda f: f.pick([f.full_name(), f.last(), f.full_name().lower()]), "name", True),
            "resultsCount": G(N(0, 12)),
            "filter": G(P("all", "active", "awaiting_documents", "filed")),
        },
        "/agents/clients",
        "Clients | Civica for Accountants",
    ),
    T(
        "track",
        "Feedback Submitted",
        "web",
        None,
        {
            "helpful": G(B()),
            "comment": G(
                P(
                    "Couldn't find the form",
                    "Very clear, thanks",
                    "",
                    "Too many steps",
                    "Não funciona no Safari",
                )
            ),
            "rating": G(N(1, 5)),
            "pageUrl": G(P(BASE + "/ie/tax/return/start", BASE + "/pt/irs/deducoes", BASE + "/ee/postkast")),
        },
        "/feedback",
        "Feedback | Civica",
    ),
    T(
        "track",
        "Help Article Searched",
        "web",
        None,
        {
            "term": G(
                P(
                    "how to renew id card",
                    "irs automatico",
                    "form 12 deadline",
                    "lapsetoetus",
                    "motor tax refund",
                )
            ),
            "resultsCount": G(N(0, 40)),
            "lang": G(P("en", "pt", "et", "ga")),
        },
        "/help",
        "Help | Civica",
    ),
    T(
        "track",
        "Form Field Completed",
        "web",
        None,
        {
            "formId": G(P("contact-details", "register-v2", "agent-invite")),
            "field": G(P("email", "confirmEmail", "contactEmail")),
            "value": Y(lambda f: f.email(), "email", True),
            "durationMs": G(N(300, 20000)),
            "valid": G(B()),
        },
        "/account/contact",
        "Contact details | Civica",
    ),
    T(
        "track",
        "Dependant Selected",
        "ios",
        None,
        {
            "label": Y(dependant_label, "name", True),
            "index": G(N(0, 4)),
            "dependantId": G(lambda f: f.uuid()),
            "context": G(P("child_benefit", "tax_credit", "appointment")),
        },
    ),
    # -- shop (e-commerce spec) -------------------------------------------------------------------
    T(
        "track",
        "Product Viewed",
        "web",
        None,
        {
            **product(),
            "currency": G(C("EUR")),
            "url": G(
                P(BASE + "/shop/birth-cert", BASE + "/shop/dog-licence", BASE + "/shop/criminal-record")
            ),
            "image_url": G(lambda f: f"https://cdn.civica.eu/shop/{f.hexid(8)}.png"),
        },
        "/shop/item",
        "Shop | Civica",
    ),
    T(
        "track",
        "Product Added",
        "web",
        None,
        {"cart_id": G(lambda f: f.uuid()), **product(), "position": G(N(1, 8))},
        "/shop/item",
        "Shop | Civica",
    ),
    T(
        "track",
        "Checkout Started",
        "web",
        None,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "revenue": G(M(5, 300)),
            "tax": G(M(0, 40)),
            "shipping": G(P(0, 3.5, 6.0)),
            "currency": G(C("EUR")),
            "coupon": G(P("", "", "STUDENT10")),
            "products": Many(product(), 3),
        },
        "/shop/checkout",
        "Checkout | Civica Shop",
    ),
    T(
        "track",
        "Order Completed",
        "server:node",
        "IE",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(M(5, 300)),
            "tax": G(M(0, 40)),
            "currency": G(C("EUR")),
            "products": Many(product(), 3),
            "billing_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.eircode(), "zipcode"),
                "country": G(P("IE", "IE", "Ireland", "IRL")),
            },
            "customer_email": Y(lambda f: f.email(), "email"),
            "delivery_method": G(P("post", "email_pdf", "collect")),
            "certificate_subject": {
                "name": Y(lambda f: f.full_name(), "name"),
                "date_of_birth": Y(lambda f: f.dob(1930, 2023), "birthdate"),
                "mother_birth_surname": Y(lambda f: f.last(), "name"),
                "place_of_birth": G(
                    P("Rotunda Hospital", "Cork University Maternity Hospital", "Coombe Hospital")
                ),
            },
            "invoice_number": G(lambda f: f"INV-{f.tax_year()}-{f.digits(5)}"),
        },
    ),
    T(
        "track",
        "Dog Licence Purchased",
        "rn",
        "IE",
        {
            "licence_type": G(P("annual", "lifetime", "general")),
            "dog": {
                "name": G(P("Bailey", "Luna", "Murphy", "Bella", "Milo", "Nala")),
                "breed": G(P("Labrador", "Border Collie", "Jack Russell", "Cockapoo", "Greyhound")),
                "sex": G(P("male", "female")),
                "microchip_number": G(lambda f: "372" + f.digits(12)),
                "colour": G(P("black", "brown", "brindle", "white")),
            },
            "owner": {
                "name": Y(lambda f: f.full_name(), "name"),
                "eircode": Y(lambda f: f.eircode(), "zipcode"),
            },
            "amount": G(P(20, 140, 400)),
            "licence_number": G(lambda f: f"DL{f.digits(8)}"),
            "local_authority": G(P("Dublin City Council", "Cork County Council", "Galway City Council")),
        },
    ),
    # -- marketing --------------------------------------------------------------------------------
    T(
        "track",
        "Campaign Landing",
        "web",
        None,
        {
            "gclid": Y(lambda f: "Cj0KCQjw" + f.alnum(60), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.alnum(57), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "email_sha256": Y(lambda f: hashlib.sha256(f.email().encode()).hexdigest(), "email"),
            "utm_source": G(P("google", "facebook", "newsletter", "bing")),
            "utm_campaign": G(P("form11_deadline", "irs_2024_reminder", "tuludeklaratsioon_2024")),
            "landing_page": G(P("/ie/tax", "/pt/irs", "/ee/tuludeklaratsioon")),
            "consent_marketing": G(B()),
        },
        "/lp",
        "Civica",
    ),
    T(
        "track",
        "Trade Union Dues Declared",
        "web",
        "PT",
        {
            "sindicato": Y(
                P("SPGL", "STAL", "SEP", "Sindicato dos Bancários do Norte", "FENPROF"), "trade union"
            ),
            "quotizacoes_sindicais": Y(M(60, 600), "trade union"),
            "ano": G(lambda f: f.tax_year()),
        },
        "/pt/irs/deducoes/sindicais",
        "Quotizações sindicais | Civica",
    ),
]

CLIENT_CC = {"EE", "PT", "IE"}


def build(seed: int, repeats: int):
    f = GovFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for t in EVENTS:
            f.cc = t.cc or f.pick(sorted(CLIENT_CC))
            f.event_office = None
            msg: dict[str, Any] = {
                "type": t.kind,
                "messageId": f.uuid() if f.r.random() < 0.8 else f"{t.kind}-{f.hexid(12)}",
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick([f"usr_{f.hexid(12)}", f.digits(8), f.uuid()]),
            }
            if t.event:
                msg["event"] = t.event
            if t.kind == "group":
                msg["groupId"] = f"firm_{f.digits(5)}"
            if t.kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if t.kind == "screen":
                msg["name"] = f.pick(["Tax Return", "Appointments", "Documents", "Home"])
            section = "traits" if t.kind in ("identify", "group") else "properties"
            body = t.body(f) if callable(t.body) else t.body
            if body:
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, t.client, t.page, t.title), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=127, repeats=30)
    write(Path(__file__).parent, "holdout127_", events, labels)
