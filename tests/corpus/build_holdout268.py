"""Writes holdout268: tests/corpus/holdout268_events.jsonl and holdout268_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels (only build.py, fake.py and build_holdout3.py for the format), and never
scored by its author. Run with `.venv/bin/python -m tests.corpus.build_holdout268`; seeded, so the
output is the same on every run.

Domain: an ambulance / emergency medical services (EMS) dispatch and electronic patient-care-record
(ePCR) platform run in Brazil (SAMU 192, SUS billing), India (108 services, PM-JAY, ABHA) and
Czechia (ZZS, VZP and the other public insurers). Covered: citizens' emergency apps (caller's
number and GPS, a medical card with allergies, conditions, medications and emergency contacts),
telephony webhooks (Exotel-shaped), CAD incident creation, address geocoding, unit assignment and
AVL status with vehicle GPS, crew tablets recording patients (names or unknown-patient aliases,
age, sex, vital signs, triage, chief complaint, medications, procedures, signatures), hospital
handover, pre-arrival alerts with an HL7 PID segment, bed availability, claims to SUS / PM-JAY /
insurers, patient-portal invoices and e-commerce spec events (memberships, first-aid kits and
courses), refunds to Czech bank accounts, crew identities, shifts, timesheets, payslips, vehicle
checks, recruitment, OTP and magic-link sign-in, push tokens, API errors, group and alias calls.
Client contexts: analytics.js (public site and the dispatcher console), analytics-swift,
analytics-kotlin, analytics-react-native and analytics_flutter apps, and the python, node, go,
java, ruby, php and csharp server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % are PascalCase (.NET ePCR
backend, Exotel webhook), kebab-case (timesheets), SCREAMING_SNAKE (warehouse reverse ETL) and
Portuguese, romanised Hindi and Czech keys. Values are varied per country: Brazilian, Indian,
Czech and migrants' / tourists' names, national phone formats, addresses, CEP / PIN / PSC codes;
CPFs with valid check digits, Aadhaar numbers with a valid Verhoeff digit, Czech birth numbers
(rodne cislo) divisible by 11, CNS (SUS health card) numbers passing mod 11, ABHA numbers,
mod-97 IBANs (CZ, BR), VINs with a valid check digit. No full card numbers are sent: only
payment-method tokens, brand and last four.

Labelling rules (the Privacy Portal's default colours):
- A path is PII when its values are personal data about a natural person: the app user, a
  caller, a patient, a relative, an emergency contact, a dependant or a staff member (crew,
  dispatcher, receiving clinician). Colour is the reference's default for the matcher; outside
  the reference: red for credentials / secrets / tokens, bank accounts, government ids and health
  ids; yellow for geolocation and advertising ids.
- Green: ids we issue (incident, PCR, unit, crew, claim, invoice, membership numbers), versions,
  timestamps, amounts, counters, enums and booleans under PII-sounding keys, organisation, hospital,
  course and product names, a business's own phone / e-mail / address (hospitals, dispatch
  centres, venues, role mailboxes), the dialled emergency numbers (192, 108, 155, 112), country,
  state, district, locale, timezone, user agents, OS device ids, patients' ages.
- Clinical observations about a patient (vital signs, GCS, pain score, triage category, blood
  group, chief complaint, a pre-arrival alert type such as STEMI / STROKE) are health data about
  that person: yellow `condition` (the reference's matcher for a health state); drug names are
  `medication`, ICD-10 codes `diagnosis`, performed interventions and SIGTAP / HBP package codes
  `procedure`, all yellow. Doses, routes and units alone are green. Booleans that reveal a
  condition (has a pacemaker, diabetic) are yellow `condition`; wheelchair use is red `disability`.
- Health identifiers (SUS CNS card, ABHA number and ABHA address, PM-JAY beneficiary id, hospital
  MRN) are red `health id`; CPF, Aadhaar (also its masked last four), PAN, Czech birth number and
  ration-card numbers are red `national id`. Insurer policy and member numbers are yellow
  `identification`. Professional registrations (CRM, COREN, paramedic licence) are yellow
  `license|certificate`; vehicle plates yellow `license`, VINs yellow `serial`.
- Location: the caller's, patient's and incident's address or coordinates are the person's (yellow
  `address` / `geolocation`, their city yellow `city`, postcode `zipcode`). Ambulances' own GPS
  positions are a fleet asset's, not a person's: green. Hospitals' and venues' addresses are green.
- Caste / social category is yellow `ethnicity`; union membership (including a union-dues flag)
  yellow `trade union`; pay rates and salaries yellow `salary`; right-to-work answers red `visa`.
- A signature image URL is yellow `photo`. A one-time code, push token, payment-method token or a
  sign-in link carrying a token is red `token`; an Authorization header with a live API key red
  `secret|token`.
- value_only is true when the key does not say what the value is (`from`, `CallFrom`, `wa_id`,
  `input`, `value`, `text`, `text.body`, `message`, `notes`, `handoverNotes`, `hl7`); such PII
  paths carry the PII in every value. A searched hospital under `q` and a place's `label` are
  green. Free text is labelled by what every one of its values carries and is green when none
  carries PII.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places -------------------------------------------------------------------------------

BR_FIRST = [
    "Maria",
    "João",
    "Ana Clara",
    "Francisco",
    "Antônio",
    "Luiza",
    "Thiago",
    "Juliana",
    "Raimundo",
    "Fernanda",
    "Gabriel",
    "Letícia",
    "José Carlos",
    "Maria das Graças",
    "Vitória",
    "Enzo",
    "Cícero",
]
BR_LAST = [
    "da Silva",
    "dos Santos",
    "Oliveira",
    "Souza",
    "Pereira",
    "Ferreira",
    "Nascimento",
    "Lima",
    "Araújo",
    "Carvalho",
    "Gomes",
    "Ribeiro",
    "Conceição",
    "Barbosa",
    "Albuquerque",
]
IN_FIRST = [
    "Priya",
    "Rahul",
    "Sunita",
    "Mohammed",
    "Lakshmi",
    "Arjun",
    "Gurpreet",
    "Anjali",
    "Sanjay",
    "Fatima",
    "Venkatesh",
    "Pooja",
    "Rajesh",
    "Kavitha",
    "Imran",
    "Deepika",
    "Babita",
    "Sk. Abdul",
]
IN_LAST = [
    "Sharma",
    "Patel",
    "Reddy",
    "Khan",
    "Iyer",
    "Singh",
    "Kaur",
    "Yadav",
    "Das",
    "Banerjee",
    "Nair",
    "Gupta",
    "Qureshi",
    "Venkataraman",
    "Chauhan",
    "Murmu",
    "Kumar",
]
CZ_PEOPLE = [
    ("Petr", "Novák"),
    ("Jana", "Nováková"),
    ("Tomáš", "Dvořák"),
    ("Tereza", "Dvořáková"),
    ("Lukáš", "Černý"),
    ("Eva", "Černá"),
    ("Jiří", "Procházka"),
    ("Lucie", "Procházková"),
    ("Martin", "Kučera"),
    ("Kateřina", "Kučerová"),
    ("Václav", "Veselý"),
    ("Zdeňka", "Veselá"),
    ("Ondřej", "Horák"),
    ("Marie", "Horáková"),
    ("Vojtěch", "Šťastný"),
    ("Veronika", "Růžičková"),
]
MIGRANTS = [
    ("Oksana", "Kovalenko"),
    ("Nguyen Thi", "Lan"),
    ("Ahmed", "Al-Masri"),
    ("Kofi", "Boateng"),
    ("Haruka", "Tanaka"),
    ("Emily", "Walker"),
    ("Lukas", "Schneider"),
    ("Aigerim", "Bekova"),
    ("Chukwuemeka", "Obi"),
    ("Sofía", "Ramírez"),
    ("Dmytro", "Shevchuk"),
    ("Tenzin", "Dorje"),
]

BR_CITIES = [
    ("São Paulo", "SP", "01"),
    ("Rio de Janeiro", "RJ", "22"),
    ("Recife", "PE", "50"),
    ("Belo Horizonte", "MG", "30"),
    ("Salvador", "BA", "40"),
    ("Porto Alegre", "RS", "90"),
    ("Manaus", "AM", "69"),
    ("Fortaleza", "CE", "60"),
]
BR_DDD = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "92"]
BR_STREETS = [
    "Rua Augusta",
    "Av. Paulista",
    "Rua da Consolação",
    "Rua Voluntários da Pátria",
    "Av. Sete de Setembro",
    "Rua Padre Chagas",
    "Travessa São José",
    "Estrada do Cafundá",
    "Rua Barão de Itapetininga",
]
BR_BAIRROS = ["Consolação", "Copacabana", "Boa Viagem", "Savassi", "Centro", "Jardim Ângela", "Pituba"]
IN_CITIES = [
    ("Mumbai", "Maharashtra", "400"),
    ("Hyderabad", "Telangana", "500"),
    ("New Delhi", "Delhi", "110"),
    ("Bengaluru", "Karnataka", "560"),
    ("Lucknow", "Uttar Pradesh", "226"),
    ("Patna", "Bihar", "800"),
    ("Chennai", "Tamil Nadu", "600"),
]
IN_LOCALITIES = [
    "Andheri West",
    "Nampally",
    "Shastri Nagar",
    "Indiranagar",
    "Gomti Nagar",
    "Kankarbagh",
    "Adyar",
]
IN_BUILDINGS = ["Sai Krupa Apts", "Shanti Niwas", "Gokul Dham Society", "Lotus Residency", "Ganga Enclave"]
IN_LANDMARKS = [
    "Opp. Hanuman Mandir",
    "Near SBI ATM",
    "Behind Govt. School",
    "Near Bus Stand",
    "Opp. Jama Masjid",
]
CZ_CITIES = [
    ("Praha 2", "120 00", "Hlavní město Praha"),
    ("Brno", "602 00", "Jihomoravský kraj"),
    ("Ostrava", "702 00", "Moravskoslezský kraj"),
    ("Plzeň", "301 00", "Plzeňský kraj"),
    ("Olomouc", "779 00", "Olomoucký kraj"),
    ("Jihlava", "586 01", "Kraj Vysočina"),
]
CZ_STREETS = ["Vinohradská", "Masarykova", "Husova", "Palackého", "Nádražní", "Zahradní", "Lidická", "Školní"]
CENTRES = {
    "BR": [(-23.5505, -46.6333), (-22.9068, -43.1729), (-8.0476, -34.8770), (-19.9167, -43.9345)],
    "IN": [(19.0760, 72.8777), (17.3850, 78.4867), (28.6139, 77.2090), (12.9716, 77.5946)],
    "CZ": [(50.0755, 14.4378), (49.1951, 16.6068), (49.8209, 18.2625), (49.7384, 13.3736)],
}
MAIL = {
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.com"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "CZ": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
}
ORGS = {
    "BR": ("VitaResgate", "vitaresgate.com.br"),
    "IN": ("Jeevan Rekha 108", "jeevanrekha108.in"),
    "CZ": ("Záchranka Morava", "zachranka-morava.cz"),
}
HOSPITALS = {
    "BR": [
        ("Hospital Municipal Dr. Carmino Caricchio", "+55 11 3394-6900", "Av. Celso Garcia, 4815 - Tatuapé"),
        ("Hospital da Restauração", "(81) 3181-5400", "Av. Gov. Agamenon Magalhães, s/n - Derby, Recife"),
        ("Santa Casa de Belo Horizonte", "+55 31 3238-8100", "Av. Francisco Sales, 1111 - Santa Efigênia"),
    ],
    "IN": [
        ("Gandhi Hospital", "040 2750 5566", "Musheerabad, Secunderabad 500003"),
        ("KEM Hospital", "+91 22 2410 7000", "Acharya Donde Marg, Parel, Mumbai 400012"),
        ("Safdarjung Hospital", "011-2673 0000", "Ansari Nagar West, New Delhi 110029"),
    ],
    "CZ": [
        ("Fakultní nemocnice Brno", "+420 532 231 111", "Jihlavská 20, 625 00 Brno"),
        ("Všeobecná fakultní nemocnice", "224 961 111", "U Nemocnice 499/2, 128 08 Praha 2"),
        ("Fakultní nemocnice Ostrava", "+420 597 371 111", "17. listopadu 1790/5, 708 52 Ostrava"),
    ],
}
LOCALES = {"BR": "pt-BR", "IN": "en-IN", "CZ": "cs-CZ"}
TIMEZONES = {"BR": "America/Sao_Paulo", "IN": "Asia/Kolkata", "CZ": "Europe/Prague"}
COMPLAINTS = {
    "BR": [
        "dor no peito",
        "falta de ar",
        "queda de moto",
        "convulsão",
        "desmaio",
        "AVC suspeito",
        "febre alta",
    ],
    "IN": [
        "chest pain",
        "saans lene mein taklif",
        "road accident, head injury",
        "snake bite",
        "labour pains",
        "unconscious",
        "high fever with fits",
    ],
    "CZ": [
        "bolest na hrudi",
        "dušnost",
        "pád z výšky",
        "křeče",
        "bezvědomí",
        "podezření na CMP",
        "alergická reakce",
    ],
}
MEDS = {
    "BR": [
        "AAS 300 mg",
        "Adrenalina 1 mg",
        "Dipirona 1 g",
        "Morfina 2 mg",
        "Midazolam 5 mg",
        "Soro fisiológico",
    ],
    "IN": [
        "Aspirin 325 mg",
        "Adrenaline 1 mg",
        "Ondansetron 4 mg",
        "Salbutamol neb",
        "Oxytocin",
        "Anti-snake venom",
    ],
    "CZ": [
        "Kardegic 0,5 g",
        "Adrenalin 1 mg",
        "Fentanyl 100 µg",
        "Novalgin",
        "Tensiomin 12,5 mg",
        "Dithiaden",
    ],
}
ALLERGIES = ["penicillin", "dipirona", "latex", "sulfa", "peanuts", "NKDA", "ibuprofen", "contrast dye"]
CONDITIONS = [
    "hypertension",
    "type 2 diabetes",
    "asthma",
    "epilepsy",
    "COPD",
    "atrial fibrillation",
    "CKD stage 3",
]
PROCEDURES_PT = [
    "Intubação orotraqueal",
    "Acesso venoso periférico",
    "RCP",
    "Imobilização de coluna",
    "Desfibrilação",
    "Curativo compressivo",
]
ICD10 = ["I21.9", "I63.9", "S06.0", "J18.9", "E11.65", "R55", "T78.2", "J45.901", "S72.00", "G40.909"]
HBP = ["MG001A", "SG039C", "ER001A", "MC011A", "OT002B", "NS001A"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


class EmsFake(Fake):
    """Fake with Brazilian, Indian and Czech formats; `cc` is the current message's country."""

    cc = "BR"

    def ri(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def person(self, cc: str | None = None) -> tuple[str, str]:
        cc = cc or self.cc
        if self.r.random() < 0.12:
            return self.pick(MIGRANTS)
        if cc == "BR":
            return self.pick(BR_FIRST), self.pick(BR_LAST)
        if cc == "IN":
            return self.pick(IN_FIRST), self.pick(IN_LAST)
        return self.pick(CZ_PEOPLE)

    def given(self) -> str:
        return self.person()[0]

    def family(self) -> str:
        return self.person()[1]

    def name(self, cc: str | None = None) -> str:
        first, last = self.person(cc)
        if self.cc == "BR" and self.r.random() < 0.3:
            return f"{first} {self.pick(BR_LAST)} {last}"
        return f"{first} {last}"

    def ascii(self, text: str) -> str:
        table = str.maketrans("áàâãäçéêěëíîóôõöúůüýčďňřšťžÁÉÍÓÚČŘŠŽ", "aaaaaceeeeiioooouuuycdnrstzAEIOUCRSZ")
        return (
            text.translate(table).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
        )

    def mail(self, cc: str | None = None) -> str:
        first, last = self.person(cc)
        sep = self.pick([".", "_", "", ""])
        tail = self.pick(["", str(self.ri(1, 99)), str(self.ri(1960, 2005))])
        return f"{self.ascii(first)}{sep}{self.ascii(last)}{tail}@{self.pick(MAIL[cc or self.cc])}"

    def staff_mail(self) -> str:
        first, last = self.person()
        return f"{self.ascii(first)}.{self.ascii(last)}@{ORGS[self.cc][1]}"

    def tel(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        if cc == "BR":
            ddd, a, b = self.pick(BR_DDD), self.ri(1000, 9999), self.ri(1000, 9999)
            return self.pick(
                [f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}", f"{ddd} 9{a}-{b}"]
            )
        if cc == "IN":
            num = str(self.ri(6, 9)) + self.digits(9)
            return self.pick([f"+91 {num[:5]} {num[5:]}", f"+91{num}", f"0{num}", f"{num[:5]} {num[5:]}"])
        num = self.pick(["60", "72", "73", "77", "79", "60"]) + str(self.ri(1, 9)) + self.digits(6)
        return self.pick(
            [
                f"+420 {num[:3]} {num[3:6]} {num[6:]}",
                f"{num[:3]} {num[3:6]} {num[6:]}",
                f"+420{num}",
                f"00420{num}",
            ]
        )

    def street_line(self) -> str:
        if self.cc == "BR":
            extra = self.pick(["", " - apto 32", " - casa 2", " - bloco B apto 104"])
            return f"{self.pick(BR_STREETS)}, {self.ri(1, 4000)}{extra}"
        if self.cc == "IN":
            return self.pick(
                [
                    f"Flat {self.ri(101, 1204)}, {self.pick(IN_BUILDINGS)}",
                    f"H.No. {self.ri(1, 12)}-{self.ri(1, 9)}-{self.ri(1, 400)}/B",
                    f"House {self.ri(1, 300)}, Gali No. {self.ri(1, 14)}",
                ]
            )
        return f"{self.pick(CZ_STREETS)} {self.ri(100, 2999)}/{self.ri(1, 80)}"

    def town(self) -> str:
        return self.pick({"BR": BR_CITIES, "IN": IN_CITIES, "CZ": CZ_CITIES}[self.cc])[0]

    def postcode(self) -> str:
        if self.cc == "BR":
            return f"{self.pick(BR_CITIES)[2]}{self.ri(0, 999):03d}-{self.ri(0, 999):03d}"
        if self.cc == "IN":
            return f"{self.pick(IN_CITIES)[2]}{self.ri(1, 99):03d}"
        return f"{self.ri(100, 799)} {self.ri(0, 99):02d}"

    def full_address(self) -> str:
        if self.cc == "BR":
            city, uf, _ = self.pick(BR_CITIES)
            return f"{self.street_line()} - {self.pick(BR_BAIRROS)}, {city} - {uf}, {self.postcode()}"
        if self.cc == "IN":
            city, _, pin = self.pick(IN_CITIES)
            loc = self.pick(IN_LOCALITIES)
            return f"{self.street_line()}, {loc}, {self.pick(IN_LANDMARKS)}, {city} {pin}{self.ri(1, 99):03d}"
        city, psc, _ = self.pick(CZ_CITIES)
        return f"{self.street_line()}, {psc} {city}"

    def coords(self) -> tuple[float, float]:
        lat, lon = self.pick(CENTRES[self.cc])
        digits = self.pick([5, 6, 6, 7])
        return round(lat + self.r.uniform(-0.15, 0.15), digits), round(
            lon + self.r.uniform(-0.15, 0.15), digits
        )

    def lat_(self) -> float:
        return self.coords()[0]

    def lon_(self) -> float:
        return self.coords()[1]

    def cpf(self, formatted: bool | None = None) -> str:
        base = [self.ri(0, 9) for _ in range(9)]
        for weights in (range(10, 1, -1), range(11, 1, -1)):
            total = sum(d * w for d, w in zip(base, weights, strict=False))
            rest = total % 11
            base.append(0 if rest < 2 else 11 - rest)
        s = "".join(map(str, base))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s

    def cns(self) -> str:
        while True:
            body = [self.pick([7, 8, 9])] + [self.ri(0, 9) for _ in range(13)]
            total = sum(d * (15 - i) for i, d in enumerate(body))
            last = (11 - total % 11) % 11
            if last < 10:
                s = "".join(map(str, [*body, last]))
                return self.pick([s, f"{s[:3]} {s[3:7]} {s[7:11]} {s[11:]}"])

    def aadhaar(self) -> str:
        digits = [self.ri(2, 9)] + [self.ri(0, 9) for _ in range(10)]
        c = 0
        for i, d in enumerate(reversed(digits)):
            c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][d]]
        s = "".join(map(str, digits)) + str(VERHOEFF_INV[c])
        return self.pick([s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}"])

    def abha(self) -> str:
        s = "91" + self.digits(12)
        return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"

    def abha_address(self) -> str:
        first, last = self.person("IN")
        return f"{self.ascii(first)}{self.pick(['.', '_', ''])}{self.ascii(last)}{self.ri(1, 99)}@abdm"

    def pmjay(self) -> str:
        return self.pick(["P", "U"]) + "".join(
            self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)
        )

    def pan(self) -> str:
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return "".join(self.pick(up) for _ in range(3)) + "P" + self.pick(up) + self.digits(4) + self.pick(up)

    def rodne_cislo(self) -> str:
        while True:
            yy, mm, dd = self.ri(54, 99), self.ri(1, 12), self.ri(1, 28)
            mm += self.pick([0, 50])
            head = f"{yy:02d}{mm:02d}{dd:02d}"
            tail = self.ri(0, 999)
            for check in range(10):
                number = int(f"{head}{tail:03d}{check}")
                if number % 11 == 0:
                    s = f"{head}{tail:03d}{check}"
                    return self.pick([s, f"{s[:6]}/{s[6:]}"])

    def iban_cc(self, cc: str) -> str:
        if cc == "CZ":
            bban = self.pick(["0800", "0100", "0300", "2010", "5500"]) + "000000" + self.digits(10)
        else:
            bban = "00360305" + self.digits(5) + self.digits(10) + "P1"
        numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
        raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def cz_account(self) -> str:
        prefix = self.pick(["", "", "19-", "35-"])
        bank = self.pick(["0800", "0100", "0300", "2010", "5500", "6100"])
        return f"{prefix}{self.ri(10**8, 10**10 - 1)}/{bank}"

    def plate(self) -> str:
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if self.cc == "BR":
            letters = "".join(self.pick(up) for _ in range(3))
            return f"{letters}{self.ri(0, 9)}{self.pick(up)}{self.ri(10, 99)}"
        if self.cc == "IN":
            state = self.pick(["MH", "TS", "DL", "KA", "UP"])
            return f"{state} {self.ri(1, 40):02d} {self.pick(up)}{self.pick(up)} {self.digits(4)}"
        return f"{self.ri(1, 9)}{self.pick(['B', 'A', 'T', 'M', 'J'])}{self.ri(1, 9)} {self.digits(4)}"

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        values = dict(
            zip(
                "ABCDEFGHJKLMNPRSTUVWXYZ",
                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            )
        )
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        wmi = self.pick(["9BW", "WDB", "MA1", "TMB", "93H", "MAT"])
        body = wmi + "".join(self.pick(chars) for _ in range(14))
        total = sum((int(c) if c.isdigit() else values[c]) * w for c, w in zip(body, weights, strict=True))
        check = "X" if total % 11 == 10 else str(total % 11)
        return body[:8] + check + body[9:]

    def unit(self) -> str:
        return {
            "BR": f"USA-{self.pick(['SP', 'RJ', 'PE'])}-{self.ri(1, 90):02d}",
            "IN": f"108-{self.pick(['HYD', 'MUM', 'LKO'])}-{self.ri(100, 999)}",
            "CZ": f"RZP-{self.pick(['BM', 'OV', 'PH'])}-{self.ri(1, 40):02d}",
        }[self.cc]

    def crew_id(self) -> str:
        return f"EMP{self.ri(10000, 99999)}"

    def incident(self) -> str:
        return f"{self.cc}-2024-{self.digits(7)}"

    def dob(self) -> str:
        y, m, d = self.ri(1932, 2021), self.ri(1, 12), self.ri(1, 28)
        return self.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}"])

    def complaint(self) -> str:
        return self.pick(COMPLAINTS[self.cc])

    def med(self) -> str:
        return self.pick(MEDS[self.cc])

    def hospital(self) -> tuple[str, str, str]:
        return self.pick(HOSPITALS[self.cc])

    def gclid(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(80))

    def fbclid(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(56))


def cc_pick(f: EmsFake, table: dict[str, Any]) -> Any:
    value = table[f.cc]
    return f.pick(value) if isinstance(value, list) else value


# -- client contexts ---------------------------------------------------------------------------------

PUBLIC_PAGES = [
    ("/", "Início"),
    ("/pay-invoice", "Pay your invoice"),
    ("/membership", "Ambulance membership plans"),
    ("/careers/paramedic", "Careers - Paramedic"),
    ("/courses/bls", "BLS course"),
    ("/kontakt", "Kontakt"),
]


def web_public(f: EmsFake):
    path, title = f.pick(PUBLIC_PAGES)
    host = {"BR": "www.vitaresgate.com.br", "IN": "www.jeevanrekha108.in", "CZ": "www.zachranka-morava.cz"}[
        f.cc
    ]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.bing.com/", "https://m.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=sms", "?lang=hi"])),
            "title": G(lambda f: title),
            "url": G(lambda f: f"https://{host}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick([LOCALES[f.cc], "en-US", "hi-IN" if f.cc == "IN" else LOCALES[f.cc]])),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["membership_2024", "bls_course_q3", "brand_search"])),
            "source": G(lambda f: f.pick(["google", "facebook", "sms", "whatsapp"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "referral"])),
            "content": G(lambda f: f.pick(["hero_cta", "carousel_2", "text_link"])),
        },
    }


def web_console(f: EmsFake):
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "next-1.70.0")},
        "page": {
            "path": G(lambda f: f.pick(["/cad/incidents", "/cad/map", "/cad/incidents/new", "/cad/units"])),
            "title": G(lambda f: f.pick(["CAD - Incidents", "CAD - Live map", "CAD - Units"])),
            "url": G(lambda f: "https://cad." + ORGS[f.cc][1] + f.pick(["/incidents", "/map", "/units"])),
        },
        "userAgent": G(lambda f: UAS[0]),
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(lambda f: f.staff_mail(), "email"),
            "name": Y(lambda f: f.name(), "name"),
            "role": G(lambda f: f.pick(["call_taker", "dispatcher", "supervisor", "medical_regulator"])),
        },
    }


def swift(f: EmsFake):
    app = {"BR": "SAMU 192", "IN": "108 Saathi", "CZ": "Záchranka"}[f.cc]
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["420", "421", "430"])),
            "namespace": G(lambda f: "com." + ORGS[f.cc][1].split(".")[0].replace("-", "") + ".citizen"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone12,1", "iPhone15,4", "iPhone11,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: cc_pick(
                    f,
                    {
                        "BR": ["Vivo", "Claro", "TIM"],
                        "IN": ["Jio", "Airtel", "Vi"],
                        "CZ": ["O2", "T-Mobile CZ", "Vodafone CZ"],
                    },
                )
            ),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 375, 430])),
            "height": G(lambda f: f.pick([844, 667, 932])),
        },
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn(f: EmsFake):
    return {
        "app": {
            "name": G(lambda f: f.pick(["108 Saathi", "SAMU 192"])),
            "version": G(lambda f: f.pick(["2.8.3", "2.9.0"])),
            "build": G(lambda f: f.pick(["20803", "20900"])),
            "namespace": G(lambda f: "in.jeevanrekha.saathi"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "motorola", "OnePlus", "vivo"])),
            "model": G(lambda f: f.pick(["SM-A145F", "Redmi Note 12", "moto g54 5G", "CPH2467", "V2318"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick([LOCALES[f.cc], "hi-IN", "te-IN"] if f.cc == "IN" else [LOCALES[f.cc]])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2400, 2340])),
            "density": G(lambda f: 2.75),
        },
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "traits": {
            "phone": Y(lambda f: f.tel(), "phone"),
            "preferredLanguage": G(lambda f: f.pick(["hi", "te", "en", "pt"])),
        },
        "location": {
            "latitude": Y(lambda f: f.lat_(), "geolocation"),
            "longitude": Y(lambda f: f.lon_(), "geolocation"),
            "city": Y(lambda f: f.town(), "city"),
            "country": G(lambda f: {"BR": "Brazil", "IN": "India", "CZ": "Czechia"}[f.cc]),
        },
    }


def kotlin(f: EmsFake):
    return {
        "app": {
            "name": G(lambda f: "ePCR Tablet"),
            "version": G(lambda f: f.pick(["7.14.2", "7.15.0", "7.15.1"])),
            "build": G(lambda f: f.pick(["71402", "71500", "71501"])),
            "namespace": G(lambda f: "com.medicore.epcr"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Zebra Technologies"])),
            "model": G(lambda f: f.pick(["SM-T636B", "ET40", "SM-X306B"])),
            "name": G(lambda f: f.pick(["gts7xllite", "ET40", "gta9pwifi"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: LOCALES[f.cc]),
        "network": {
            "wifi": G(lambda f: False),
            "cellular": G(lambda f: True),
            "carrier": G(
                lambda f: cc_pick(
                    f, {"BR": ["Vivo", "Claro"], "IN": ["Jio", "BSNL"], "CZ": ["O2", "T-Mobile CZ"]}
                )
            ),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"density": G(lambda f: 1.5), "width": G(lambda f: 1920), "height": G(lambda f: 1200)},
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-T636B Build/UP1A.231005.007)"),
        "traits": {
            "employeeId": G(lambda f: f.crew_id()),
            "name": Y(lambda f: f.name(), "name"),
            "role": G(lambda f: f.pick(["paramedic", "emt", "driver", "nurse", "physician"])),
            "station": G(
                lambda f: f.pick(["Base Norte", "Station 14", "Výjezdová základna Líšeň", "Base Centro"])
            ),
        },
    }


def flutter(f: EmsFake):
    return {
        "app": {
            "name": G(lambda f: "Checklist Viatura"),
            "version": G(lambda f: f.pick(["1.9.0", "1.9.2"])),
            "build": G(lambda f: f.pick(["43", "45"])),
            "namespace": G(lambda f: "br.com.vitaresgate.checklist"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A155M", "moto e13"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "os": {"name": G(lambda f: "android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1600)},
        "locale": G(lambda f: "pt-BR"),
        "timezone": G(lambda f: "America/Sao_Paulo"),
        "network": {"wifi": G(lambda f: f.pick([True, False])), "cellular": G(lambda f: True)},
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "@segment/analytics-node": "2.1.3",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.5.0",
    "analytics-php": "3.7.0",
    "analytics-csharp": "2.3.6",
}


def server(library: str, ip: bool = False):
    def context(f: EmsFake):
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: library), "version": G(lambda f: SERVER_VERSIONS[library])}
        }
        if ip:
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        return ctx

    return context


CONTEXTS = {
    "web": web_public,
    "console": web_console,
    "swift": swift,
    "rn": rn,
    "kotlin": kotlin,
    "flutter": flutter,
    "python": server("analytics-python"),
    "node": server("@segment/analytics-node", ip=True),
    "go": server("analytics-go"),
    "java": server("analytics-java"),
    "ruby": server("analytics-ruby"),
    "php": server("analytics-php", ip=True),
    "dotnet": server("analytics-csharp"),
}

# -- free text ---------------------------------------------------------------------------------------


def landmark(f: EmsFake) -> str:
    if f.cc == "BR":
        hint = f.pick(["próximo ao mercado", "em frente à padaria", "portão azul"])
        return f"{f.pick(BR_STREETS)}, {f.ri(1, 3000)} - {hint}"
    if f.cc == "CZ":
        return (
            f"{f.pick(CZ_STREETS)} {f.ri(1, 200)}, {f.pick(['naproti Albertu', 'u zastávky', 'zadní vchod'])}"
        )
    return f"{f.pick(IN_LANDMARKS)}, {f.pick(IN_LOCALITIES)}"


def whatsapp_body(f: EmsFake) -> str:
    address = f.full_address()
    return f.pick(
        [
            f"Please send ambulance to {address}",
            f"address: {address}",
            f"Jaldi aaiye, {address}",
            f"Mandem a ambulância pra {address}",
        ]
    )


def dispatch_note(f: EmsFake) -> str:
    name = f.name()
    return f.pick(
        [
            f"Pt {name}, lives alone, door unlocked",
            f"Vítima: {name}, consciente, sangramento em MMII",
            f"Caller's mother {name} collapsed in bathroom",
            f"Pacient {name}, diabetik, nereaguje",
            f"{name} - repeat caller, 3rd call this week",
            f"Patient {name} trapped in vehicle, fire brigade informed",
        ]
    )


def handover_text(f: EmsFake) -> str:
    name = f.name()
    cond = f.pick(
        ["STEMI", "suspected stroke", "polytrauma", "hypoglycaemia", "status epilepticus", "anaphylaxis"]
    )
    return f.pick(
        [
            f"SBAR: {name}, {f.ri(18, 95)}y, {cond}, meds given per protocol",
            f"{name} - {cond}; GCS {f.ri(3, 15)}; IV access L arm",
            f"Handover of {name} ({cond}) to resus bay {f.ri(1, 6)}",
            f"Pt {name}: {cond}, relatives informed",
        ]
    )


def complaint_message(f: EmsFake) -> str:
    tel = f.tel()
    return f.pick(
        [
            f"Ambulance took 45 minutes. Call me back on {tel}",
            f"Fui cobrado duas vezes, meu celular é {tel}",
            f"Prosím o zpětné zavolání na {tel}, faktura je chybná",
            f"Please call {tel} regarding the refund",
            f"Nobody answered, my number {tel}",
        ]
    )


def hl7_pid(f: EmsFake) -> str:
    first, last = f.person()
    y, m, d = f.ri(1932, 2015), f.ri(1, 12), f.ri(1, 28)
    return (
        f"MSH|^~\\&|EPCR|{f.cc}EMS|ADT|HOSP|2024{m:02d}{d:02d}{f.ri(0, 23):02d}{f.ri(0, 59):02d}||ADT^A04|"
        f"{f.digits(8)}|P|2.5\rPID|1||{f.digits(8)}^^^HOSP^MR||{f.ascii(last).upper()}^{f.ascii(first).upper()}"
        f"||{y}{m:02d}{d:02d}|{f.pick(['M', 'F'])}"
    )


# -- events ------------------------------------------------------------------------------------------
# (type, event or screen/page name, client, countries, body)

ALL = ("BR", "IN", "CZ")


def vitals():
    return {
        "heartRate": Y(lambda f: f.ri(38, 182), "condition"),
        "respiratoryRate": Y(lambda f: f.ri(6, 42), "condition"),
        "spo2": Y(lambda f: f.ri(72, 100), "condition"),
        "bloodPressure": {
            "systolic": Y(lambda f: f.ri(70, 220), "condition"),
            "diastolic": Y(lambda f: f.ri(40, 130), "condition"),
        },
        "gcsTotal": Y(lambda f: f.ri(3, 15), "condition"),
        "glucoseMgDl": Y(lambda f: f.ri(38, 420), "condition"),
        "temperatureC": Y(lambda f: round(f.r.uniform(34.5, 41.0), 1), "condition"),
        "painScore": Y(lambda f: f.ri(0, 10), "condition"),
    }


EVENTS: list[tuple[str, str | None, str, tuple[str, ...], Any]] = [
    # -- citizens' emergency apps -------------------------------------------------------------------
    (
        "identify",
        None,
        "swift",
        ALL,
        {
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "bloodType": Y(lambda f: f.pick(["A+", "O+", "B-", "AB+", "O-", "A-"]), "condition"),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "chronicConditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
            "medications": Many(Y(lambda f: f.med(), "medication"), 3),
            "hasPacemaker": Y(lambda f: f.pick([True, False, False]), "condition"),
            "usesWheelchair": RED(lambda f: f.pick([True, False, False]), "disability"),
            "emergencyContacts": Many(
                {
                    "name": Y(lambda f: f.name(), "name"),
                    "phone": Y(lambda f: f.tel(), "phone"),
                    "relationship": G(lambda f: f.pick(["mother", "spouse", "son", "neighbour", "daughter"])),
                },
                2,
            ),
            "insuranceProvider": G(
                lambda f: cc_pick(
                    f,
                    {
                        "BR": ["SUS", "Unimed", "Bradesco Saúde"],
                        "IN": ["PM-JAY", "Star Health", "none"],
                        "CZ": ["VZP", "ZPMV", "OZP"],
                    },
                )
            ),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "profileCompletion": G(lambda f: f.ri(10, 100)),
            "createdAt": G(lambda f: f.iso()),
            "language": G(lambda f: LOCALES[f.cc][:2]),
        },
    ),
    (
        "track",
        "Emergency Call Started",
        "swift",
        ALL,
        {
            "callId": G(lambda f: f.uuid()),
            "dialledNumber": G(
                lambda f: cc_pick(f, {"BR": ["192", "193"], "IN": ["108", "112"], "CZ": ["155", "112"]})
            ),
            "callerPhone": Y(lambda f: f.tel(), "phone"),
            "location": {
                "latitude": Y(lambda f: f.lat_(), "geolocation"),
                "longitude": Y(lambda f: f.lon_(), "geolocation"),
                "accuracyM": G(lambda f: f.ri(3, 120)),
                "source": G(lambda f: f.pick(["gps", "network", "aml"])),
            },
            "resolvedAddress": Y(lambda f: f.full_address(), "address"),
            "batteryLevel": G(lambda f: f.ri(2, 100)),
            "forSomeoneElse": G(lambda f: f.pick([True, False])),
            "trigger": G(lambda f: f.pick(["sos_button", "shortcut", "crash_detection"])),
            "medicalCardShared": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medical Card Shared",
        "rn",
        ("IN",),
        {
            "shared_with": G(lambda f: f.pick(["108 dispatch", "nearest hospital"])),
            "abha_number": RED(lambda f: f.abha(), "health id"),
            "abha_address": RED(lambda f: f.abha_address(), "health id"),
            "blood_group": Y(lambda f: f.pick(["B+", "O+", "A+", "AB-"]), "condition"),
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 2),
            "emergency_contact": {
                "name": Y(lambda f: f.name(), "name"),
                "mobile": Y(lambda f: f.tel(), "phone"),
                "relation": G(lambda f: f.pick(["husband", "wife", "father", "brother"])),
            },
            "share_count": G(lambda f: f.ri(1, 9)),
        },
    ),
    (
        "screen",
        "Nearest Hospitals",
        "rn",
        ("IN", "BR"),
        {
            "q": G(
                lambda f: f.pick(
                    ["AIIMS", "trauma centre", "govt hospital", "Hospital das Clínicas", "UPA 24h"]
                )
            ),
            "hospitalName": G(lambda f: f.hospital()[0]),
            "hospitalPhone": G(lambda f: f.hospital()[1]),
            "hospitalAddress": G(lambda f: f.hospital()[2]),
            "distanceKm": G(lambda f: f.money(0, 25)),
            "resultsCount": G(lambda f: f.ri(0, 20)),
        },
    ),
    (
        "track",
        "First Aid Guide Viewed",
        "swift",
        ALL,
        {
            "guideId": G(lambda f: f"fa_{f.ri(1, 40):03d}"),
            "topic": G(lambda f: f.pick(["CPR", "choking", "burns", "stroke FAST", "snake bite"])),
            "durationSec": G(lambda f: f.ri(5, 600)),
            "videoPlayed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "OTP Verified",
        "rn",
        ("IN", "BR"),
        {
            "mobile": Y(lambda f: f.tel(), "phone"),
            "otp": RED(lambda f: f"{f.ri(0, 999999):06d}", "token"),
            "otp_length": G(lambda f: 6),
            "attempts": G(lambda f: f.ri(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "request_id": G(lambda f: f.hexid(24)),
        },
    ),
    (
        "track",
        "Push Token Registered",
        "swift",
        ALL,
        {
            "apnsToken": RED(lambda f: f.hexid(64), "token"),
            "provider": G(lambda f: "apns"),
            "notificationsAuthorized": G(lambda f: f.pick([True, False])),
            "criticalAlerts": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- call taking and CAD ------------------------------------------------------------------------
    (
        "track",
        "Inbound Call Received",
        "node",
        ("IN",),
        {
            "CallSid": G(lambda f: f.hexid(32)),
            "CallFrom": Y(lambda f: f.tel("IN"), "phone", True),
            "CallTo": G(lambda f: f.pick(["04067890108", "02226580108", "08069450108"])),
            "Direction": G(lambda f: "incoming"),
            "DialCallDuration": G(lambda f: f.ri(0, 900)),
            "StartTime": G(
                lambda f: f"2024-{f.ri(1, 12):02d}-{f.ri(1, 28):02d} {f.ri(0, 23):02d}:{f.ri(0, 59):02d}:00"
            ),
            "CallType": G(lambda f: f.pick(["completed", "call-attempt", "client-hangup"])),
            "CircleName": G(lambda f: f.pick(["Andhra Pradesh Telecom Circle", "Mumbai Metro", "UP East"])),
            "flow_id": G(lambda f: str(f.ri(100000, 999999))),
        },
    ),
    (
        "track",
        "Call Answered",
        "node",
        ("BR", "CZ"),
        {
            "call_id": G(lambda f: f.uuid()),
            "from": Y(lambda f: f.tel(), "phone", True),
            "to": G(lambda f: cc_pick(f, {"BR": "+55 11 192", "CZ": "+420 155"})),
            "queue": G(lambda f: f.pick(["medical", "overflow", "regulação"])),
            "ring_seconds": G(lambda f: f.ri(0, 40)),
            "agent_id": G(lambda f: f"agt_{f.ri(100, 999)}"),
            "caller_location_available": G(lambda f: f.pick([True, False])),
            "recording_url": G(lambda f: f"https://rec.{ORGS[f.cc][1]}/calls/{f.uuid()}.wav"),
        },
    ),
    (
        "track",
        "Incident Created",
        "console",
        ALL,
        {
            "incidentId": G(lambda f: f.incident()),
            "priority": G(lambda f: f.pick(["P1", "P2", "P3", "P4"])),
            "incidentType": G(
                lambda f: f.pick(["medical", "trauma", "interfacility_transfer", "fire_standby", "mci"])
            ),
            "chiefComplaint": Y(lambda f: f.complaint(), "condition"),
            "callerName": Y(lambda f: f.name(), "name"),
            "callbackNumber": Y(lambda f: f.tel(), "phone"),
            "callerRelation": G(lambda f: f.pick(["self", "family", "bystander", "police", "neighbour"])),
            "location": {
                "address": Y(lambda f: f.full_address(), "address"),
                "lat": Y(lambda f: f.lat_(), "geolocation"),
                "lng": Y(lambda f: f.lon_(), "geolocation"),
                "city": Y(lambda f: f.town(), "city"),
                "district": G(
                    lambda f: cc_pick(
                        f,
                        {
                            "BR": ["Zona Leste", "Zona Sul", "Centro"],
                            "IN": ["Ranga Reddy", "Thane"],
                            "CZ": ["Brno-venkov", "Praha 2"],
                        },
                    )
                ),
                "landmark": Y(landmark, "address"),
            },
            "patientCount": G(lambda f: f.ri(1, 4)),
            "notes": Y(dispatch_note, "name", True),
            "protocol": G(lambda f: f.pick(["MPDS 10-D-1", "MPDS 17-B-1", "CBMSP-09", "ZZS-K02"])),
            "createdBy": G(lambda f: f"usr_{f.ri(100, 999)}"),
        },
    ),
    (
        "track",
        "Address Geocoded",
        "node",
        ALL,
        {
            "input": Y(lambda f: f.full_address(), "address", True),
            "provider": G(lambda f: f.pick(["google", "mapmyindia", "mapy.cz", "here"])),
            "placeId": G(lambda f: "ChIJ" + f.hexid(23)),
            "sessionToken": G(lambda f: f.uuid()),
            "resultCount": G(lambda f: f.ri(0, 5)),
            "matchType": G(lambda f: f.pick(["rooftop", "street", "locality", "approximate"])),
            "latencyMs": G(lambda f: f.ri(40, 900)),
        },
    ),
    (
        "track",
        "Unit Assigned",
        "console",
        ALL,
        {
            "incidentId": G(lambda f: f.incident()),
            "unitId": G(lambda f: f.unit()),
            "unitType": G(lambda f: f.pick(["USA", "USB", "ALS", "BLS", "RZP", "RLP"])),
            "etaSeconds": G(lambda f: f.ri(60, 2400)),
            "distanceKm": G(lambda f: f.money(0, 40)),
            "assignedBy": Y(lambda f: f.name(), "name"),
            "dispatcherId": G(lambda f: f"usr_{f.ri(100, 999)}"),
            "unitPosition": {"lat": G(lambda f: f.lat_()), "lng": G(lambda f: f.lon_())},
            "vehiclePlate": Y(lambda f: f.plate(), "license"),
            "recommendedByAvl": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Unit Status Changed",
        "go",
        ALL,
        {
            "unit_id": G(lambda f: f.unit()),
            "status": G(
                lambda f: f.pick(
                    ["available", "en_route", "on_scene", "transporting", "at_hospital", "out_of_service"]
                )
            ),
            "previous_status": G(lambda f: f.pick(["available", "en_route", "on_scene", "transporting"])),
            "gps": {
                "lat": G(lambda f: f.lat_()),
                "lon": G(lambda f: f.lon_()),
                "speed_kmh": G(lambda f: f.ri(0, 120)),
                "heading": G(lambda f: f.ri(0, 359)),
                "hdop": G(lambda f: round(f.r.uniform(0.6, 4.0), 1)),
            },
            "odometer_km": G(lambda f: f.ri(12000, 480000)),
            "ignition": G(lambda f: f.pick([True, False])),
            "crew_count": G(lambda f: f.ri(2, 4)),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "changed_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "page",
        "Incident Board",
        "console",
        ALL,
        {
            "path": G(lambda f: "/cad/incidents"),
            "url": G(lambda f: "https://cad." + ORGS[f.cc][1] + "/incidents"),
            "title": G(lambda f: "CAD - Incidents"),
            "openIncidents": G(lambda f: f.ri(0, 60)),
            "filter": G(lambda f: f.pick(["all", "P1", "unassigned"])),
        },
    ),
    (
        "group",
        None,
        "node",
        ALL,
        {
            "name": G(lambda f: ORGS[f.cc][0]),
            "industry": G(lambda f: "Emergency Medical Services"),
            "employees": G(lambda f: f.pick([420, 1800, 960])),
            "plan": G(lambda f: f.pick(["enterprise", "regional"])),
            "supportEmail": G(lambda f: "dispecink@" + ORGS[f.cc][1]),
            "mainPhone": G(
                lambda f: cc_pick(
                    f, {"BR": "+55 11 4004-1920", "IN": "+91 40 2345 0108", "CZ": "+420 545 113 111"}
                )
            ),
            "address": {
                "street": G(
                    lambda f: cc_pick(
                        f,
                        {
                            "BR": "Av. Brigadeiro Faria Lima, 1800",
                            "IN": "Devar Yamzal, Medchal Road",
                            "CZ": "Kamenice 798/1d",
                        },
                    )
                ),
                "city": G(lambda f: cc_pick(f, {"BR": "São Paulo", "IN": "Secunderabad", "CZ": "Brno"})),
                "country": G(lambda f: f.cc),
            },
            "taxId": G(
                lambda f: cc_pick(
                    f, {"BR": "12.345.678/0001-95", "IN": "36AABCG1234K1Z5", "CZ": "CZ00346292"}
                )
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    # -- ePCR on crew tablets -----------------------------------------------------------------------
    (
        "identify",
        None,
        "kotlin",
        ALL,
        {
            "employeeId": G(lambda f: f.crew_id()),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "email": Y(lambda f: f.staff_mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "role": G(lambda f: f.pick(["paramedic", "emt", "driver", "nurse", "physician"])),
            "station": G(
                lambda f: f.pick(["Base Norte", "Station 14", "Výjezdová základna Líšeň", "Base Centro"])
            ),
            "registrationNumber": Y(
                lambda f: f.pick(
                    [
                        f"COREN-SP {f.ri(100000, 999999)}",
                        f"CRM-PE {f.ri(10000, 99999)}",
                        f"EMT/TS/{f.ri(1000, 9999)}",
                        f"ZZ-{f.digits(5)}",
                    ]
                ),
                "license|certificate",
            ),
            "registrationExpiry": G(lambda f: f.date(2025, 2028)),
            "hireDate": G(lambda f: f.date(2008, 2024)),
            "hourlyRate": Y(lambda f: f.money(9, 45), "salary"),
            "unionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "languages": Many(G(lambda f: f.pick(["pt", "en", "hi", "te", "cs", "uk"])), 3),
            "title": G(lambda f: f.pick(["Senior Paramedic", "EMT-B", "Shift Lead", "Ambulance Driver"])),
        },
    ),
    (
        "track",
        "Patient Record Created",
        "kotlin",
        ALL,
        {
            "pcrId": G(lambda f: f.uuid()),
            "incidentId": G(lambda f: f.incident()),
            "patient": {
                "displayName": Y(
                    lambda f: (
                        f.name()
                        if f.r.random() < 0.8
                        else f.pick(["Unknown Male", "Desconhecida", "Neznámý muž"])
                    ),
                    "name",
                ),
                "tempId": G(lambda f: f"UNK-{f.cc}-{f.digits(5)}"),
                "isIdentified": G(lambda f: f.pick([True, True, False])),
                "ageYears": G(lambda f: f.ri(0, 99)),
                "ageEstimated": G(lambda f: f.pick([True, False])),
                "sex": Y(lambda f: f.pick(["M", "F", "male", "female", "unknown"]), "sex|gender"),
                "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
                "homeAddress": Y(lambda f: f.full_address(), "address"),
                "phone": Y(lambda f: f.tel(), "phone"),
            },
            "triageCategory": Y(lambda f: f.pick(["red", "yellow", "green", "black"]), "condition"),
            "chiefComplaint": Y(lambda f: f.complaint(), "condition"),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "crewIds": Many(G(lambda f: f.crew_id()), 3),
            "offline": G(lambda f: f.pick([True, False])),
            "formVersion": G(lambda f: f.pick(["NEMSIS 3.5.0", "v12", "v13"])),
        },
    ),
    (
        "track",
        "Vital Signs Recorded",
        "kotlin",
        ALL,
        {
            "pcrId": G(lambda f: f.uuid()),
            "recordedAt": G(lambda f: f.iso()),
            "source": G(lambda f: f.pick(["manual", "monitor"])),
            "monitorModel": G(
                lambda f: f.pick(["LIFEPAK 15", "Zoll X Series", "Corpuls3", "Mindray BeneHeart D6"])
            ),
            "recordedBy": G(lambda f: f.crew_id()),
            "vitals": vitals(),
            "setNumber": G(lambda f: f.ri(1, 8)),
        },
    ),
    (
        "track",
        "Medication Administered",
        "kotlin",
        ALL,
        {
            "pcrId": G(lambda f: f.uuid()),
            "medication": Y(lambda f: f.med(), "medication"),
            "dose": G(lambda f: f.pick([0.5, 1, 2, 4, 5, 300, 1000])),
            "doseUnit": G(lambda f: f.pick(["mg", "µg", "ml", "g"])),
            "route": G(lambda f: f.pick(["IV", "IM", "PO", "IO", "NEB", "SL"])),
            "givenAt": G(lambda f: f.iso()),
            "givenBy": G(lambda f: f.crew_id()),
            "lotNumber": G(lambda f: f"L{f.ri(1000, 9999)}{f.pick(['A', 'B', 'C'])}"),
            "protocolRef": G(lambda f: f.pick(["ACS-01", "ANAPH-02", "SEIZ-03", "PAIN-01"])),
            "medicalControlOrder": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Procedimento Registrado",
        "flutter",
        ("BR",),
        {
            "id_atendimento": G(lambda f: f.uuid()),
            "procedimento": Y(lambda f: f.pick(PROCEDURES_PT), "procedure"),
            "horario": G(lambda f: f.iso()),
            "sucesso": G(lambda f: f.pick([True, False])),
            "tentativas": G(lambda f: f.ri(1, 3)),
            "matricula_responsavel": G(lambda f: f.crew_id()),
            "nome_paciente": Y(lambda f: f.name("BR"), "name"),
            "cartao_sus": RED(lambda f: f.cns(), "health id"),
            "cpf_paciente": RED(lambda f: f.cpf(), "national id"),
        },
    ),
    (
        "track",
        "Signature Captured",
        "kotlin",
        ALL,
        {
            "pcrId": G(lambda f: f.uuid()),
            "signerRole": G(lambda f: f.pick(["patient", "relative", "witness", "receiving_nurse"])),
            "signerName": Y(lambda f: f.name(), "name"),
            "signatureImageUrl": Y(
                lambda f: f"https://epcr-media.{ORGS[f.cc][1]}/sig/{f.uuid()}.png", "photo"
            ),
            "refusalOfTransport": G(lambda f: f.pick([True, False, False])),
            "strokes": G(lambda f: f.ri(3, 60)),
        },
    ),
    (
        "track",
        "Handover Completed",
        "kotlin",
        ALL,
        {
            "pcrId": G(lambda f: f.uuid()),
            "hospitalId": G(lambda f: f"H{f.ri(1000, 9999)}"),
            "hospitalName": G(lambda f: f.hospital()[0]),
            "receivingClinician": Y(lambda f: f.name(), "name"),
            "receivingClinicianReg": Y(
                lambda f: f.pick(
                    [f"CRM-SP {f.ri(10000, 199999)}", f"MCI-{f.ri(10000, 99999)}", f"ČLK {f.digits(7)}"]
                ),
                "license|certificate",
            ),
            "handoverAt": G(lambda f: f.iso()),
            "offloadMinutes": G(lambda f: f.ri(2, 180)),
            "bedType": G(lambda f: f.pick(["resus", "majors", "minors", "cath_lab", "stroke_unit"])),
            "handoverNotes": Y(handover_text, "name|condition", True),
        },
    ),
    (
        "track",
        "PatientTransported",
        "dotnet",
        ("CZ", "BR"),
        {
            "PcrId": G(lambda f: f.uuid()),
            "UnitId": G(lambda f: f.unit()),
            "DestinationHospital": G(lambda f: f.hospital()[0]),
            "DestinationAddress": G(lambda f: f.hospital()[2]),
            "DestinationPhone": G(lambda f: f.hospital()[1]),
            "TransportPriority": G(lambda f: f.pick(["Emergent", "Urgent", "NonUrgent"])),
            "MileageKm": G(lambda f: f.money(0.5, 80)),
            "LightsAndSirens": G(lambda f: f.pick([True, False])),
            "PatientFullName": Y(lambda f: f.name(), "name"),
            "PickupAddress": Y(lambda f: f.full_address(), "address"),
            "DepartedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "ZaznamPacientaUlozen",
        "dotnet",
        ("CZ",),
        {
            "CisloZasahu": G(lambda f: f"ZZS-{f.digits(8)}"),
            "Jmeno": Y(lambda f: f.person("CZ")[0], "name"),
            "Prijmeni": Y(lambda f: f.person("CZ")[1], "name"),
            "RodneCislo": RED(lambda f: f.rodne_cislo(), "national id"),
            "Pojistovna": G(lambda f: f.pick(["111", "201", "205", "207", "211"])),
            "DatumNarozeni": Y(lambda f: f.dob(), "birthdate"),
            "Pohlavi": Y(lambda f: f.pick(["muž", "žena"]), "sex|gender"),
            "Bydliste": Y(lambda f: f.full_address(), "address"),
            "Diagnoza": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "Anamneza": Y(
                lambda f: f.pick(
                    ["DM II. typu, hypertenze", "astma bronchiale", "st.p. IM 2019", "epilepsie"]
                ),
                "condition",
            ),
            "Leky": Many(Y(lambda f: f.pick(MEDS["CZ"]), "medication"), 3),
            "Vek": G(lambda f: f.ri(0, 99)),
            "CasVyjezdu": G(lambda f: f.iso()),
            "Posadka": Many(G(lambda f: f.crew_id()), 3),
        },
    ),
    (
        "track",
        "marij_panjikaran",
        "python",
        ("IN",),
        {
            "marij_naam": Y(lambda f: f.name("IN"), "name"),
            "pita_ka_naam": Y(lambda f: f.name("IN"), "name"),
            "umr": G(lambda f: f.ri(0, 95)),
            "ling": Y(lambda f: f.pick(["purush", "mahila", "anya"]), "sex|gender"),
            "mobile_sankhya": Y(lambda f: f.tel("IN"), "phone"),
            "pata": Y(lambda f: f.full_address(), "address"),
            "gaon": Y(
                lambda f: f.pick(["Rampur", "Kothapalle", "Bhagwanpur", "Chinna Amberpet", "Lalganj"]), "city"
            ),
            "zila": G(lambda f: f.pick(["Ranga Reddy", "Sitapur", "Patna", "Nalgonda"])),
            "rajya": G(lambda f: f.pick(["Telangana", "Uttar Pradesh", "Bihar"])),
            "aadhaar_sankhya": RED(lambda f: f.aadhaar(), "national id"),
            "aadhaar_masked": RED(lambda f: f"XXXX XXXX {f.digits(4)}", "national id"),
            "abha_sankhya": RED(lambda f: f.abha(), "health id"),
            "pmjay_id": RED(lambda f: f.pmjay(), "health id"),
            "ration_card_no": RED(lambda f: f"{f.pick(['TS', 'UP', 'BR'])}{f.digits(10)}", "national id"),
            "samajik_varg": Y(lambda f: f.pick(["SC", "ST", "OBC", "General"]), "ethnicity"),
            "bpl": G(lambda f: f.pick([True, False])),
            "ghatna_id": G(lambda f: f.incident()),
        },
    ),
    # -- hospitals ----------------------------------------------------------------------------------
    (
        "track",
        "Bed Availability Updated",
        "java",
        ALL,
        {
            "hospital_id": G(lambda f: f"H{f.ri(1000, 9999)}"),
            "hospital_name": G(lambda f: f.hospital()[0]),
            "department": G(lambda f: f.pick(["emergency", "icu", "cardiology", "neurology", "burns"])),
            "beds_total": G(lambda f: f.ri(10, 120)),
            "beds_free": G(lambda f: f.ri(0, 20)),
            "icu_free": G(lambda f: f.ri(0, 8)),
            "ventilators_free": G(lambda f: f.ri(0, 6)),
            "diversion": G(lambda f: f.pick([True, False, False])),
            "contact_phone": G(lambda f: f.hospital()[1]),
            "contact_email": G(
                lambda f: (
                    f.pick(["er-desk@", "uti.plantao@", "urgent.prijem@"])
                    + f.pick(["fnbrno.example.cz", "kem.example.in", "hrestauracao.example.br"])
                )
            ),
            "updated_by": Y(lambda f: f.name(), "name"),
            "updated_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Pre-Arrival Alert Sent",
        "java",
        ALL,
        {
            "alert_id": G(lambda f: f.uuid()),
            "hospital_id": G(lambda f: f"H{f.ri(1000, 9999)}"),
            "eta_minutes": G(lambda f: f.ri(2, 60)),
            "alert_type": Y(
                lambda f: f.pick(["STEMI", "STROKE", "TRAUMA", "SEPSIS", "CARDIAC_ARREST"]), "condition"
            ),
            "patient_age": G(lambda f: f.ri(1, 99)),
            "patient_sex": Y(lambda f: f.pick(["M", "F", "male", "female", "U"]), "sex|gender"),
            "mrn": RED(lambda f: f"{f.pick(['MRN', 'HC', ''])}{f.digits(8)}", "health id"),
            "hl7": RED(hl7_pid, "health id|name", True),
            "ack": G(lambda f: f.pick([True, False])),
            "channel": G(lambda f: f.pick(["hl7", "sms", "app"])),
        },
    ),
    # -- billing ------------------------------------------------------------------------------------
    (
        "track",
        "Claim Submitted",
        "python",
        ALL,
        {
            "claim_id": G(lambda f: f"CLM-{f.digits(10)}"),
            "scheme": G(
                lambda f: cc_pick(f, {"BR": "SUS", "IN": ["PM-JAY", "Star Health"], "CZ": ["VZP", "OZP"]})
            ),
            "aih_number": G(lambda f: f.digits(13)),
            "beneficiary_id": RED(
                lambda f: cc_pick(f, {"BR": f.cns(), "IN": f.pmjay(), "CZ": f.rodne_cislo()}),
                "health id|national id",
            ),
            "patient_name": Y(lambda f: f.name(), "name"),
            "procedure_code": Y(
                lambda f: cc_pick(
                    f, {"BR": f"03.01.06.{f.ri(1, 99):03d}-{f.ri(0, 9)}", "IN": HBP, "CZ": f"7{f.digits(4)}"}
                ),
                "procedure",
            ),
            "icd10": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "amount": G(lambda f: f.money(80, 25000)),
            "currency": G(lambda f: {"BR": "BRL", "IN": "INR", "CZ": "CZK"}[f.cc]),
            "facility_code": G(lambda f: f.digits(7)),
            "status": G(lambda f: f.pick(["submitted", "pre_auth", "rejected", "paid"])),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Insurance Details Added",
        "web",
        ALL,
        {
            "insurer": G(
                lambda f: cc_pick(
                    f,
                    {
                        "BR": ["Bradesco Saúde", "Unimed", "SulAmérica"],
                        "IN": ["Star Health", "HDFC ERGO"],
                        "CZ": ["VZP", "ČPZP"],
                    },
                )
            ),
            "policyNumber": Y(lambda f: f"{f.pick(['POL', 'SH/', ''])}{f.digits(10)}", "identification"),
            "memberId": Y(lambda f: f"{f.pick(['M', 'BEN'])}{f.digits(9)}", "identification"),
            "policyHolderName": Y(lambda f: f.name(), "name"),
            "relationshipToPatient": G(lambda f: f.pick(["self", "spouse", "child", "parent"])),
            "tpaName": G(lambda f: f.pick(["Medi Assist", "Paramount TPA", "n/a"])),
            "groupNumber": G(lambda f: f"GRP{f.digits(6)}"),
            "cardImageUploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        "web",
        ALL,
        {
            "invoice_number": G(lambda f: f"FAT-{f.digits(8)}"),
            "amount": G(lambda f: f.money(40, 6000)),
            "currency": G(lambda f: {"BR": "BRL", "IN": "INR", "CZ": "CZK"}[f.cc]),
            "payment_method": G(lambda f: f.pick(["card", "pix", "upi", "boleto"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "rupay"])),
            "card_last4": G(lambda f: f.digits(4)),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "installments": G(lambda f: f.pick([1, 1, 3, 6, 10])),
            "billing_address": {
                "line1": Y(lambda f: f.street_line(), "address|street"),
                "city": Y(lambda f: f.town(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "state": G(
                    lambda f: cc_pick(f, {"BR": ["SP", "RJ", "PE"], "IN": ["MH", "TS"], "CZ": ["JM", "PHA"]})
                ),
                "country": G(lambda f: f.cc),
            },
            "payer_email": Y(lambda f: f.mail(), "email"),
            "payer_tax_id": RED(
                lambda f: cc_pick(f, {"BR": f.cpf(), "IN": f.pan(), "CZ": f.rodne_cislo()}), "national id"
            ),
        },
    ),
    (
        "track",
        "Refund Requested",
        "php",
        ("CZ",),
        {
            "cislo_faktury": G(lambda f: f"2024{f.digits(6)}"),
            "castka": G(lambda f: f.money(200, 9000)),
            "cislo_uctu": RED(lambda f: f.cz_account(), "bank account"),
            "kod_banky": G(lambda f: f.pick(["0800", "0100", "0300", "2010"])),
            "iban": RED(lambda f: f.iban_cc("CZ"), "bank account"),
            "majitel_uctu": Y(lambda f: f.name("CZ"), "name"),
            "duvod": G(lambda f: f.pick(["dvojí platba", "storno výjezdu", "chybná faktura"])),
            "variabilni_symbol": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Payout Account Added",
        "python",
        ("IN", "BR"),
        {
            "account_number": RED(lambda f: f.digits(f.pick([11, 12, 14])), "bank account"),
            "ifsc": G(lambda f: f.pick(["SBIN0001234", "HDFC0000123", "ICIC0004567"])),
            "upi_id": RED(
                lambda f: (
                    f"{f.ascii(f.given())}{f.ri(1, 99)}@{f.pick(['okhdfcbank', 'ybl', 'paytm', 'oksbi'])}"
                ),
                "bank account",
            ),
            "br_iban": RED(lambda f: f.iban_cc("BR"), "bank account"),
            "holder_name": Y(lambda f: f.name(), "name"),
            "verified": G(lambda f: f.pick([True, False])),
            "penny_drop_status": G(lambda f: f.pick(["success", "name_mismatch", "failed"])),
        },
    ),
    (
        "track",
        "Complaint Submitted",
        "web",
        ALL,
        {
            "ticket_id": G(lambda f: f"T{f.digits(6)}"),
            "category": G(lambda f: f.pick(["billing", "response_time", "staff_conduct", "other"])),
            "message": Y(complaint_message, "phone", True),
            "channel": G(lambda f: "web_form"),
            "attachments": G(lambda f: f.ri(0, 3)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        "rn",
        ("IN", "BR"),
        {
            "rating": G(lambda f: f.ri(1, 5)),
            "nps": G(lambda f: f.ri(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Crew was very kind",
                        "Ambulance came fast",
                        "Took too long",
                        "Driver didn't know the way",
                        "Muito obrigado!",
                        "",
                    ]
                )
            ),
            "incident_ref": G(lambda f: f.incident()),
        },
    ),
    # -- e-commerce: memberships, kits, courses --------------------------------------------------------
    (
        "track",
        "Product Viewed",
        "web",
        ALL,
        {
            "product_id": G(lambda f: f"prod_{f.hexid(10)}"),
            "sku": G(
                lambda f: f.pick(["KIT-FA-001", "MEMB-FAM-12M", "BLS-COURSE", "KIT-AUTO-02", "AED-RENT-1M"])
            ),
            "name": G(
                lambda f: f.pick(
                    [
                        "First Aid Kit Home",
                        "Family Ambulance Membership 12m",
                        "BLS Course",
                        "Car First Aid Kit",
                        "AED rental",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["kits", "memberships", "training"])),
            "price": G(lambda f: f.money(10, 500)),
            "currency": G(lambda f: {"BR": "BRL", "IN": "INR", "CZ": "CZK"}[f.cc]),
            "position": G(lambda f: f.ri(1, 12)),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        ALL,
        {
            "order_id": G(lambda f: f"ord_{f.hexid(12)}"),
            "total": G(lambda f: f.money(20, 4000)),
            "tax": G(lambda f: f.money(0, 400)),
            "shipping": G(lambda f: f.money(0, 60)),
            "coupon": G(lambda f: f.pick(["", "SAMU10", "SAFE2024", "BLS15"])),
            "currency": G(lambda f: {"BR": "BRL", "IN": "INR", "CZ": "CZK"}[f.cc]),
            "products": Many(
                {
                    "product_id": G(lambda f: f"prod_{f.hexid(10)}"),
                    "sku": G(lambda f: f.pick(["KIT-FA-001", "MEMB-FAM-12M", "BLS-COURSE", "KIT-AUTO-02"])),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "First Aid Kit Home",
                                "Family Ambulance Membership 12m",
                                "BLS Course",
                                "Car First Aid Kit",
                            ]
                        )
                    ),
                    "price": G(lambda f: f.money(10, 500)),
                    "quantity": G(lambda f: f.ri(1, 3)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(lambda f: f.name(), "name"),
                "street": Y(lambda f: f.street_line(), "address|street"),
                "city": Y(lambda f: f.town(), "city"),
                "zip": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "phone_for_delivery": Y(lambda f: f.tel(), "phone"),
        },
    ),
    (
        "track",
        "Membership Signup",
        "web",
        ALL,
        {
            "plan": G(lambda f: f.pick(["individual", "family", "senior"])),
            "price": G(lambda f: f.money(99, 2400)),
            "membership_number": G(lambda f: f"MB{f.digits(8)}"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.ri(10**9, 2 * 10**9)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "dependants": Many(
                {
                    "name": Y(lambda f: f.name(), "name"),
                    "dob": Y(lambda f: f.dob(), "birthdate"),
                    "relation": G(lambda f: f.pick(["spouse", "child", "parent"])),
                },
                3,
            ),
            "dependantsCount": G(lambda f: f.ri(0, 5)),
        },
    ),
    (
        "track",
        "Course Booked",
        "web",
        ALL,
        {
            "course_id": G(lambda f: f"crs_{f.ri(100, 999)}"),
            "course_name": G(
                lambda f: f.pick(
                    ["BLS Provider", "Primeiros Socorros Básico", "První pomoc pro firmy", "CPR for Parents"]
                )
            ),
            "venue": G(
                lambda f: f.pick(["Cruz Vermelha - Paulista", "Red Cross Bhawan", "Školicí centrum ZZS Brno"])
            ),
            "venue_address": G(
                lambda f: f.pick(
                    [
                        "Av. Paulista, 1000 - Bela Vista, São Paulo",
                        "Red Cross Road, New Delhi 110001",
                        "Kamenice 798/1d, 625 00 Brno",
                    ]
                )
            ),
            "attendee": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.tel(), "phone"),
            },
            "employer": G(lambda f: f.pick(["Petrobras", "Infosys", "Škoda Auto", "self"])),
            "seats": G(lambda f: f.ri(1, 10)),
            "startsAt": G(lambda f: f.iso()),
        },
    ),
    (
        "page",
        "Pay Invoice",
        "web",
        ALL,
        {
            "path": G(lambda f: "/pay-invoice"),
            "url": G(lambda f: f"https://www.{ORGS[f.cc][1]}/pay-invoice"),
            "title": G(lambda f: "Pay your invoice"),
            "referrer": G(lambda f: f.pick(["", "https://mail.google.com/", "https://www.seznam.cz/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=sms", "?utm_source=email"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        ALL,
        {
            "form": G(lambda f: "callback_request"),
            "field": G(lambda f: "callback_number"),
            "value": Y(lambda f: f.tel(), "phone", True),
            "durationMs": G(lambda f: f.ri(300, 12000)),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- staff, HR, recruitment ---------------------------------------------------------------------
    (
        "track",
        "Shift Started",
        "ruby",
        ALL,
        {
            "shift_id": G(lambda f: f"shf_{f.digits(7)}"),
            "station_id": G(lambda f: f"st_{f.ri(1, 60):02d}"),
            "unit_id": G(lambda f: f.unit()),
            "crew": Many(
                {
                    "employee_id": G(lambda f: f.crew_id()),
                    "name": Y(lambda f: f.name(), "name"),
                    "role": G(lambda f: f.pick(["paramedic", "emt", "driver"])),
                    "mobile": Y(lambda f: f.tel(), "phone"),
                },
                3,
            ),
            "scheduled_start": G(lambda f: f.iso()),
            "actual_start": G(lambda f: f.iso()),
            "overtime": G(lambda f: f.pick([True, False])),
            "shift_length_h": G(lambda f: f.pick([8, 12, 24])),
        },
    ),
    (
        "track",
        "timesheet-submitted",
        "ruby",
        ALL,
        {
            "employee-id": G(lambda f: f.crew_id()),
            "period-start": G(lambda f: f.date(2024, 2024)),
            "hours-worked": G(lambda f: f.ri(36, 220)),
            "night-hours": G(lambda f: f.ri(0, 90)),
            "hourly-rate": Y(lambda f: f.money(9, 45), "salary"),
            "supervisor-email": Y(lambda f: f.staff_mail(), "email"),
            "union-dues-deducted": Y(lambda f: f.pick([True, False]), "trade union"),
            "sick-leave-reason": Y(
                lambda f: f.pick(["influenza", "lumbar strain", "COVID-19", "migraine", "gastroenteritis"]),
                "condition",
            ),
            "approved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payslip Viewed",
        "ruby",
        ALL,
        {
            "employee_id": G(lambda f: f.crew_id()),
            "period": G(lambda f: f"2024-{f.ri(1, 12):02d}"),
            "gross_pay": Y(lambda f: f.money(1800, 90000), "salary"),
            "net_pay": Y(lambda f: f.money(1500, 70000), "salary"),
            "overtime_hours": G(lambda f: f.ri(0, 60)),
            "currency": G(lambda f: {"BR": "BRL", "IN": "INR", "CZ": "CZK"}[f.cc]),
            "downloaded_pdf": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        "web",
        ALL,
        {
            "position": G(lambda f: f.pick(["Paramedic", "EMT", "Ambulance Driver", "Call Taker"])),
            "fullName": Y(lambda f: f.name(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "rightToWork": RED(
                lambda f: f.pick(["citizen", "permanent resident", "work permit", "needs sponsorship"]),
                "visa",
            ),
            "needsVisaSponsorship": RED(lambda f: f.pick([True, False, False]), "visa"),
            "expectedSalary": Y(lambda f: f.ri(2500, 95000), "salary"),
            "currentEmployer": G(lambda f: f.pick(["GVK EMRI", "Hospital Sírio-Libanês", "ZZS JMK", "none"])),
            "yearsExperience": G(lambda f: f.ri(0, 25)),
            "drivingLicenceNumber": Y(
                lambda f: f.pick(
                    [f"MH12 {f.ri(2005, 2023)}{f.digits(7)}", f"{f.digits(11)}", f"EA{f.digits(6)}"]
                ),
                "license",
            ),
            "howDidYouHear": G(lambda f: f.pick(["linkedin", "naukri", "friend", "jobs.cz"])),
        },
    ),
    (
        "track",
        "Vistoria Concluida",
        "flutter",
        ("BR",),
        {
            "checklist_id": G(lambda f: f.uuid()),
            "viatura": G(lambda f: f.unit()),
            "placa": Y(lambda f: f.plate(), "license"),
            "quilometragem": G(lambda f: f.ri(12000, 480000)),
            "combustivel_pct": G(lambda f: f.ri(5, 100)),
            "oxigenio_psi": G(lambda f: f.ri(200, 2200)),
            "desfibrilador_ok": G(lambda f: f.pick([True, False])),
            "pendencias": Many(
                G(
                    lambda f: f.pick(
                        ["pneu traseiro gasto", "sirene falhando", "faltando luvas M", "nenhuma"]
                    )
                ),
                2,
            ),
            "conferente": Y(lambda f: f.name("BR"), "name"),
            "matricula_conferente": G(lambda f: f.crew_id()),
        },
    ),
    (
        "track",
        "Dispatcher Signed In",
        "console",
        ALL,
        {
            "loginEmail": Y(lambda f: f.staff_mail(), "email"),
            "mfaMethod": G(lambda f: f.pick(["totp", "sms", "webauthn"])),
            "ssoProvider": G(lambda f: f.pick(["azure_ad", "google", "none"])),
            "failedAttempts": G(lambda f: f.ri(0, 4)),
            "passwordStrength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "sessionId": G(lambda f: f.hexid(32)),
            "console": G(lambda f: f.pick(["cad", "regulação", "supervisor"])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "node",
        ALL,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "loginUrl": RED(
                lambda f: f"https://portal.{ORGS[f.cc][1]}/auth/verify?token={f.hexid(40)}", "token"
            ),
            "expiresInMin": G(lambda f: 15),
            "emailMessageId": G(lambda f: f"<{f.hexid(20)}@mail.{ORGS[f.cc][1]}>"),
        },
    ),
    (
        "track",
        "API Error",
        "go",
        ALL,
        {
            "endpoint": G(
                lambda f: f.pick(["/v2/incidents", "/v2/units/status", "/v1/pcr/sync", "/v1/claims"])
            ),
            "status_code": G(lambda f: f.pick([400, 401, 409, 500, 502, 504])),
            "error_message": G(
                lambda f: f.pick(["upstream timeout", "invalid unit state", "duplicate PCR", "token expired"])
            ),
            "request_id": G(lambda f: f.uuid()),
            "remote_addr": Y(lambda f: f"{f.ipv4()}:{f.ri(1024, 65535)}", "ip"),
            "x_forwarded_for": Y(lambda f: f"{f.ipv4()}, {f.ipv4()}", "ip"),
            "authorization": RED(lambda f: "Bearer " + f.secret(), "secret|token"),
            "retry": G(lambda f: f.ri(0, 5)),
        },
    ),
    (
        "screen",
        "PCR Summary",
        "kotlin",
        ALL,
        {
            "pcr_id": G(lambda f: f.uuid()),
            "section": G(lambda f: f.pick(["vitals", "medications", "narrative", "billing"])),
            "scroll_depth": G(lambda f: f.ri(0, 100)),
            "validation_errors": G(lambda f: f.ri(0, 12)),
        },
    ),
    (
        "identify",
        None,
        "python",
        ALL,
        {
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "PHONE_E164": Y(lambda f: f.tel(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "HOME_CITY": Y(lambda f: f.town(), "city"),
            "STATE": G(
                lambda f: cc_pick(
                    f, {"BR": ["SP", "PE", "MG"], "IN": ["TS", "MH", "UP"], "CZ": ["JM", "PHA", "MS"]}
                )
            ),
            "COUNTRY_CODE": G(lambda f: f.cc),
            "MEMBERSHIP_NUMBER": G(lambda f: f"MB{f.digits(8)}"),
            "MEMBERSHIP_TIER": G(lambda f: f.pick(["individual", "family", "senior"])),
            "LIFETIME_CALLS": G(lambda f: f.ri(0, 14)),
            "LAST_INCIDENT_AT": G(lambda f: f.iso()),
            "HAS_DIABETES": Y(lambda f: f.pick([True, False]), "condition"),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(["pt", "hi", "te", "cs", "en"])),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        "node",
        ("IN", "BR"),
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "metadata": {
                "display_phone_number": G(lambda f: cc_pick(f, {"IN": "914023450108", "BR": "551140041920"})),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "contacts": Many(
                {
                    "profile": {"name": Y(lambda f: f.name(), "name")},
                    "wa_id": Y(lambda f: ("91" if f.cc == "IN" else "55") + f.digits(10), "phone", True),
                },
                1,
            ),
            "messages": Many(
                {
                    "from": Y(lambda f: ("91" if f.cc == "IN" else "55") + f.digits(10), "phone", True),
                    "id": G(lambda f: "wamid.HBgM" + f.hexid(30).upper()),
                    "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                    "type": G(lambda f: "text"),
                    "text": {"body": Y(whatsapp_body, "address", True)},
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Saved Place Added",
        "swift",
        ALL,
        {
            "label": G(lambda f: f.pick(["Home", "Work", "Mom's house", "Casa", "Chata"])),
            "text": Y(lambda f: f.full_address(), "address", True),
            "placeType": G(lambda f: f.pick(["home", "work", "other"])),
            "hasAccessNotes": G(lambda f: f.pick([True, False])),
            "placesCount": G(lambda f: f.ri(1, 6)),
        },
    ),
    ("alias", None, "node", ALL, None),
]


def build(seed: int, repeats: int):
    f = EmsFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, countries, body in EVENTS:
            f.cc = f.pick(countries)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f"u_{f.digits(8)}",
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = f"org_{f.cc.lower()}_{f.ri(1, 30)}"
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=268, repeats=40)
    write(Path(__file__).parent, "holdout268_", events, labels)
