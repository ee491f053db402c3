"""Writes holdout248: tests/corpus/holdout248_events.jsonl and holdout248_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers only, without
reading the detection engine, its vocabularies, its tests, the other holdouts' labels, or any
score; nothing here was tuned to the engine, and the author never ran it on these events.

Domain: Renova, a network of dialysis and kidney-care centres in Brazil, Taiwan and Saudi Arabia.
The patient app (analytics-swift, analytics-kotlin, analytics-react-native, Flutter), the web
portal and marketing site (analytics.js), and the clinic back office and integrations (server
libraries: python, node, go, java, ruby, php, .NET): registration and identify calls, treatment
sessions (dry weight, blood pressure before and after, vascular access, Kt/V, haemoglobin,
potassium), FHIR-shaped lab observations, transplant waiting-list status, transport to sessions
(pickup addresses, drivers, plates), national and health numbers (CPF, CNS/SUS cartão, Taiwan
national id and NHI card, Saudi national id and Iqama), insurers, pre-authorisations and
co-payments (card, PIX, Taiwan e-invoice), refunds to bank accounts, caregivers, dependants and
emergency contacts, nurses' and nephrologists' charting, staff shifts, group calls for clinics,
vendor-shaped payloads (Meta WhatsApp webhook, Twilio voice webhook, PIX cob, FHIR Observation),
a renal-nutrition shop using the e-commerce spec, page / screen / alias calls.

Conventions: mostly camelCase and snake_case English keys; PascalCase (.NET HIS integration,
Twilio), kebab-case (a marketing form), SCREAMING_SNAKE (a warehouse reverse-ETL identify), and
Portuguese, traditional Chinese and Arabic keys from the local back offices. Each message draws
a country (BR / TW / SA) and its values follow it: names from those cultures (plus expatriates
and a few others), national phone formats, addresses, CPF and CNS with valid check digits,
Taiwan ids with their checksum, Saudi ids and Iqamas passing Luhn, IBANs with mod-97 digits,
cards passing Luhn (Visa, Mastercard, Amex, Elo, Hipercard, mada-range BINs).

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (patient, caregiver, dependant, emergency contact,
  driver, nurse, physician, coordinator). Colour = the reference matcher's default; outside the
  reference: red for credentials/secrets/tokens, cards, bank accounts, government ids and health
  ids; yellow otherwise (geolocation, advertising id, ip ...).
- Health: what was measured in or taken from the patient's body (weights, blood pressure, pulse,
  lab results, fluid removed, symptom scores, blood group, serologies, waiting-list status,
  a bool such as `IS_TRANSPLANT_LISTED`) is `condition` (yellow); ICD codes and primary disease are
  `diagnosis`; dialysis modality, vascular access and procedure billing codes are `procedure`;
  drugs and doses are `medication`. Treatment and machine settings (blood-flow rate, dialysate
  bath, session minutes, diet limits), lifestyle logs (water drunk) and catalogue codes that name
  a test rather than its result (LOINC codes, reference ranges) are green.
- Green: ids we issue (patient ids, session, order, ride ids, UUIDs), claim and pre-authorisation
  numbers, versions, timestamps, hashes, amounts, enums, counters and booleans under
  PII-sounding keys (`emailVerified`, `caregiverCount`), clinic / insurer / product / hotel
  names, the clinics' own phones, role mailboxes, addresses and coordinates, the business's PIX
  key, call-masking numbers, searched destinations, states, countries, locales, user agents,
  OS-issued device ids, card brand / last four / BIN / expiry, bank and branch codes, machine
  serials (the clinic's machines, not a person's), ages and age bands, marital status, jobs.
- Contested cases follow the product's published policy: insurer member and policy numbers and
  the Taiwan e-invoice mobile carrier are `identification` (yellow); MRN / prontuário / chart
  numbers, CNS and NHI card numbers and transplant-registry numbers are `health id` (red);
  professional registrations (CRM, COREN, SCFHS, physician licence) are `license` (yellow);
  vehicle plates `license` (yellow); hourly rates `salary`; union membership `trade union`;
  gclid / fbclid / fbp / fbc `advertising id`; payment tokens (pm_, card_) and one-time codes,
  including Nafath's two-digit challenge, `token` (red); the APNs push token is `token` (red) as
  in the main corpus; visa type `visa` (red); wheelchair need `disability` (red), veteran status
  `veteran` (red); race/colour, indigenous status `race|ethnicity` / `ethnicity`; religion and a
  Ramadan-fasting flag `religion`; nationality `citizenship`; a photo of an insurance card
  `photo|identification`; a PIX key or payer document as the id it is.
- value_only is true when the key does not say what the value is (`value`, `input`, `q`, `note`,
  `text`, `label`, `From`, `wa_id`, `display`, `comments`, `exported_by`, ...); such a path holds
  that PII in every value. Free text is labelled by what every one of its values carries: the
  generators below write free text that always carries it or never does (green).
- Where undecidable, what a careful privacy owner at a mid-size company would want flagged:
  clinical free text and FHIR result values are flagged as `condition`; a person's neighbourhood
  (bairro, district, الحي) and house number are part of their `address`.
"""

# ruff: noqa: RUF001  (a multilingual corpus: fullwidth commas and Arabic letters are intended)

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- values ------------------------------------------------------------------------------------------

BR_FIRST = [
    "Ana", "João", "Maria", "Francisco", "Antônio", "Luíza", "Raimunda", "Thiago", "Juliana",
    "Edvaldo", "Conceição", "Rafael", "Letícia", "Sebastião", "Gabriel", "Beatriz", "Severino",
    "Valdirene", "Iracema", "Wellington",
]  # fmt: skip
BR_MID = ["Aparecida", "de Jesus", "Carlos", "Eduardo", "das Graças", "Cristina", "Henrique"]
BR_LAST = [
    "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Ferreira", "Almeida", "Nascimento", "Lima",
    "Araújo", "Carvalho", "Gomes", "Ribeiro", "Barbosa", "dos Anjos", "Cavalcanti", "Tavares",
]  # fmt: skip
TW_SUR = {
    "陳": "Chen", "林": "Lin", "黃": "Huang", "張": "Chang", "李": "Lee", "王": "Wang", "吳": "Wu",
    "劉": "Liu", "蔡": "Tsai", "楊": "Yang", "許": "Hsu", "鄭": "Cheng", "謝": "Hsieh", "郭": "Kuo",
}  # fmt: skip
TW_GIVEN = {
    "怡君": "Yi-Chun", "志明": "Chih-Ming", "淑芬": "Shu-Fen", "雅婷": "Ya-Ting", "家豪": "Chia-Hao",
    "建宏": "Chien-Hung", "美玲": "Mei-Ling", "俊傑": "Chun-Chieh", "宗翰": "Tsung-Han",
    "佩珊": "Pei-Shan", "秀英": "Hsiu-Ying", "冠廷": "Kuan-Ting", "麗華": "Li-Hua", "文雄": "Wen-Hsiung",
}  # fmt: skip
TW_ENGLISH = ["Kevin", "Grace", "Vivian", "Jason", "Sandy", "Eric", "Winnie"]
SA_FIRST = [
    "Mohammed", "Abdullah", "Fahad", "Nora", "Sara", "Reem", "Khalid", "Faisal", "Hessa",
    "Abdulrahman", "Latifa", "Turki", "Mashael", "Saud", "Amal", "Yousef",
]  # fmt: skip
SA_LAST = [
    "Al-Qahtani", "Al-Otaibi", "Al-Harbi", "Al-Ghamdi", "Al-Zahrani", "Al-Dosari", "Al-Shehri",
    "Al-Mutairi", "Alshammari", "Al-Anazi", "Bukhari", "Al-Subaie",
]  # fmt: skip
SA_AR_FIRST = ["محمد", "عبدالله", "فهد", "نورة", "سارة", "ريم", "خالد", "فيصل", "حصة", "عبدالرحمن", "لطيفة"]
SA_AR_LAST = ["القحطاني", "العتيبي", "الحربي", "الغامدي", "الزهراني", "الدوسري", "الشهري", "المطيري"]
EXPATS = [
    "Ramesh Kumar", "Muhammad Asif", "Jose Dela Cruz", "Ahmed Hassan Mahmoud", "Rizwan Ali",
    "Maricel Santos", "Sunil Perera", "Omar Farouk Abdelaziz",
]  # fmt: skip

BR_CITIES = [
    ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Recife", "PE"),
    ("Salvador", "BA"), ("Fortaleza", "CE"), ("Porto Alegre", "RS"), ("Curitiba", "PR"),
    ("Campinas", "SP"), ("Goiânia", "GO"),
]  # fmt: skip
BR_STREETS = [
    "Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua Sete de Setembro", "Av. Boa Viagem",
    "Rua da Consolação", "Travessa São José", "Rua Padre Anchieta", "Av. Afonso Pena",
    "Rua Voluntários da Pátria", "Rua Barão de Itapetininga",
]  # fmt: skip
BR_BAIRROS = [
    "Bela Vista", "Copacabana", "Boa Viagem", "Savassi", "Moinhos de Vento", "Pituba", "Aldeota",
    "Tatuapé", "Campo Grande", "Centro", "Jardim Ângela",
]  # fmt: skip
TW_CITIES = ["臺北市", "新北市", "臺中市", "高雄市", "臺南市", "桃園市"]
TW_CITIES_EN = ["Taipei City", "New Taipei City", "Taichung City", "Kaohsiung City", "Tainan City"]
TW_DISTRICTS = ["大安區", "板橋區", "西屯區", "苓雅區", "東區", "中壢區", "信義區", "三重區"]
TW_ROADS = ["忠孝東路四段", "文化路一段", "台灣大道三段", "中正路", "民生路", "中山北路二段", "建國路"]
SA_CITIES = ["Riyadh", "Jeddah", "Dammam", "Makkah", "Madinah", "Al Khobar", "Abha"]
SA_CITIES_AR = ["الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "الخبر"]
SA_DISTRICTS = ["Al Olaya", "Al Malqa", "Al Rawdah", "Al Safa", "Al Naseem", "Al Hamra", "Ash Shati"]
SA_DISTRICTS_AR = ["العليا", "الملقا", "الروضة", "الصفا", "النسيم", "الحمراء", "الشاطئ"]
SA_STREETS = ["King Fahd Rd", "Prince Sultan St", "Olaya St", "Tahlia St", "King Abdulaziz Rd"]

CLINICS = {
    "BR": ["Renova Paulista", "Renova Boa Viagem", "Renova Savassi", "Renova Moinhos", "Renova Pituba"],
    "TW": ["Renova 台北大安", "Renova 新北板橋", "Renova 高雄苓雅", "Renova Taichung Xitun"],
    "SA": ["Renova Riyadh Olaya", "Renova Jeddah Al Rawdah", "Renova Dammam", "Renova Makkah"],
}
CLINIC_CODES = [
    "BR-SP-01",
    "BR-PE-02",
    "BR-MG-01",
    "BR-RS-03",
    "TW-TPE-01",
    "TW-KHH-02",
    "SA-RUH-01",
    "SA-JED-02",
]
INSURERS = {
    "BR": ["Amil", "Bradesco Saúde", "SulAmérica", "Unimed-BH", "Hapvida", "SUS"],
    "TW": ["全民健康保險", "NHI", "國泰人壽", "富邦人壽"],
    "SA": ["Bupa Arabia", "Tawuniya", "Medgulf", "Al Rajhi Takaful", "MOH"],
}
LOCALES = {"BR": "pt-BR", "TW": "zh-TW", "SA": "ar-SA"}
TIMEZONES = {
    "BR": ["America/Sao_Paulo", "America/Recife", "America/Bahia"],
    "TW": ["Asia/Taipei"],
    "SA": ["Asia/Riyadh"],
}
CARRIERS = {
    "BR": ["Vivo", "Claro", "TIM"],
    "TW": ["中華電信", "台灣大哥大", "遠傳電信"],
    "SA": ["STC", "Mobily", "Zain SA"],
}
CURRENCIES = {"BR": "BRL", "TW": "TWD", "SA": "SAR"}
MAIL = {
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "outlook.com"],
    "TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "ms1.hinet.net"],
    "SA": ["gmail.com", "hotmail.com", "outlook.sa", "icloud.com"],
}
TW_LETTERS = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, J=18, K=19, L=20, M=21, N=22, P=23,
                  Q=24, R=25, S=26, T=27, U=28, V=29, X=30, Y=31, W=32, Z=33)  # fmt: skip

PLATE_LETTERS = list("ABCDEFGHJKLMNPRSTUVWXYZ")


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class KFake(Fake):
    """Fake values for the country of the message being written (`cc`)."""

    cc = "BR"

    # -- people
    def first(self):
        if self.cc == "BR":
            return self.pick(BR_FIRST)
        if self.cc == "TW":
            return self.pick([*TW_GIVEN.values(), *TW_ENGLISH])
        return self.pick(SA_FIRST)

    def last(self):
        if self.cc == "BR":
            return self.pick(BR_LAST)
        if self.cc == "TW":
            return self.pick(list(TW_SUR.values()))
        return self.pick(SA_LAST)

    def full_name(self):
        r = self.r.random()
        if self.cc == "BR":
            if r < 0.4:
                return f"{self.first()} {self.pick(BR_MID)} {self.last()} {self.last()}"
            if r < 0.9:
                return f"{self.first()} {self.last()}"
            return super().full_name()
        if self.cc == "TW":
            sur, given = self.pick(list(TW_SUR)), self.pick(list(TW_GIVEN))
            if r < 0.45:
                return sur + given
            if r < 0.75:
                return f"{TW_SUR[sur]} {TW_GIVEN[given]}"
            return f"{self.pick(TW_ENGLISH)} {TW_SUR[sur]}"
        if r < 0.25:
            return f"{self.pick(SA_AR_FIRST)} {self.pick(SA_AR_LAST)}"
        if r < 0.4:
            return self.pick(EXPATS)
        if r < 0.65:
            return f"{self.first()} {self.pick(SA_FIRST)} {self.last()}"
        return f"{self.first()} {self.last()}"

    def email(self):
        user = plain(self.first()).lower().replace(" ", "").replace("-", "")
        last = plain(self.last()).lower().replace(" ", "").replace("-", "").replace("'", "")
        sep = self.pick([".", "_", "", ""])
        tail = self.pick(["", str(self.r.randint(1, 99)), str(self.r.randint(1950, 2001))])
        return f"{user}{sep}{last}{tail}@{self.pick(MAIL[self.cc])}"

    def phone(self, style=None):
        r, d = self.r, self.digits
        if self.cc == "BR":
            ddd = self.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
            a, b = f"9{d(4)}", d(4)
            return self.pick(
                [
                    f"+55{ddd}{a}{b}",
                    f"({ddd}) {a}-{b}",
                    f"+55 ({ddd}) {a}-{b}",
                    f"{ddd} {a}-{b}",
                    f"+55 {ddd} {a} {b}",
                ]
            )
        if self.cc == "TW":
            m = f"9{r.randint(10, 89)}"
            a, b = d(3), d(3)
            return self.pick(
                [
                    f"+886 {m} {a} {b}",
                    f"0{m}-{a}-{b}",
                    f"0{m}{a}{b}",
                    f"+886{m}{a}{b}",
                    f"(02) 2{d(3)}-{d(4)}",
                ]
            )
        m = self.pick(["50", "53", "54", "55", "56", "59"])
        a, b = d(3), d(4)
        return self.pick(
            [f"+966 {m} {a} {b}", f"0{m}{a}{b}", f"+966{m}{a}{b}", f"966{m}{a}{b}", f"+966 11 {d(3)} {d(4)}"]
        )

    def e164(self):
        if self.cc == "BR":
            return f"+55{self.pick(['11', '21', '81', '31'])}9{self.digits(8)}"
        if self.cc == "TW":
            return f"+8869{self.digits(8)}"
        return f"+9665{self.pick(['0', '3', '5', '9'])}{self.digits(7)}"

    def birth(self):
        return self.date(1938, 1999)

    # -- places
    def city(self):
        if self.cc == "BR":
            return self.pick(BR_CITIES)[0]
        if self.cc == "TW":
            return self.pick(TW_CITIES + TW_CITIES_EN)
        return self.pick(SA_CITIES + SA_CITIES_AR[:2])

    def state(self):
        if self.cc == "BR":
            return self.pick(BR_CITIES)[1]
        if self.cc == "TW":
            return "TW"
        return self.pick(["Riyadh Province", "Makkah Province", "Eastern Province", "RUH"])

    def street(self):
        if self.cc == "BR":
            return f"{self.pick(BR_STREETS)}, {self.r.randint(12, 3400)}"
        if self.cc == "TW":
            return f"{self.pick(TW_ROADS)}{self.r.randint(1, 300)}號{self.r.randint(2, 15)}樓"
        return f"{self.r.randint(1000, 9999)} {self.pick(SA_STREETS)}"

    def street_name(self):
        return {"BR": self.pick(BR_STREETS), "TW": self.pick(TW_ROADS), "SA": self.pick(SA_STREETS)}[self.cc]

    def house_number(self):
        return str(self.r.randint(12, 3400)) if self.cc != "TW" else f"{self.r.randint(1, 300)}號"

    def unit(self):
        return self.pick(
            ["apto 42", "casa 2", "bloco B apto 1103", "fundos", "apto 301", "5樓之2", "Villa 7"]
        )

    def district(self):
        return {"BR": self.pick(BR_BAIRROS), "TW": self.pick(TW_DISTRICTS), "SA": self.pick(SA_DISTRICTS)}[
            self.cc
        ]

    def zip(self):
        if self.cc == "BR":
            return f"{self.digits(5)}-{self.r.randint(0, 999):03d}"
        if self.cc == "TW":
            return self.pick(
                [str(self.r.randint(100, 983)), f"{self.r.randint(100, 983)}{self.r.randint(1, 99):03d}"]
            )
        return f"{self.pick(['1', '2', '3'])}{self.r.randint(1000, 9999)}"

    def address(self):
        if self.cc == "BR":
            c = self.pick(BR_CITIES)
            return f"{self.street()} - {self.pick(BR_BAIRROS)}, {c[0]} - {c[1]}, {self.zip()}"
        if self.cc == "TW":
            if self.r.random() < 0.6:
                return f"{self.zip()}{self.pick(TW_CITIES)}{self.pick(TW_DISTRICTS)}{self.street()}"
            return (
                f"{self.r.randint(2, 15)}F., No. {self.r.randint(1, 300)}, Sec. {self.r.randint(1, 4)}, "
                f"Zhongxiao E. Rd., Da'an Dist., Taipei City {self.zip()}"
            )
        if self.r.random() < 0.2:
            return f"{self.pick(['RHOA', 'RRRD', 'JESA', 'DAMM'])}{self.digits(4)}"
        return f"{self.street()}, {self.pick(SA_DISTRICTS)}, {self.pick(SA_CITIES)} {self.zip()}"

    def geo(self):
        if self.cc == "BR":
            return round(self.r.uniform(-30.1, -3.7), 6), round(self.r.uniform(-51.3, -34.8), 6)
        if self.cc == "TW":
            return round(self.r.uniform(22.6, 25.1), 6), round(self.r.uniform(120.2, 121.6), 6)
        return round(self.r.uniform(21.3, 26.5), 6), round(self.r.uniform(39.1, 50.2), 6)

    # -- ids
    def cpf(self, formatted=None):
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            d.append(sum(x * w for x, w in zip(d, range(n, 1, -1))) * 10 % 11 % 10)
        s = "".join(map(str, d))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s

    def cns(self):
        while True:
            pis = str(self.r.randint(1, 2)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
            total = sum(int(pis[i]) * (15 - i) for i in range(11))
            dv = 11 - total % 11
            dv = 0 if dv == 11 else dv
            if dv == 10:
                total += 2
                dv = 11 - total % 11
                res = pis + "001" + str(dv)
            else:
                res = pis + "000" + str(dv)
            if len(res) == 15 and sum(int(res[i]) * (15 - i) for i in range(15)) % 11 == 0:
                break
        return self.pick([res, f"{res[:3]} {res[3:7]} {res[7:11]} {res[11:]}"])

    def rg(self):
        return f"{self.r.randint(10, 59)}.{self.digits(3)}.{self.digits(3)}-{self.pick(list('0123456789X'))}"

    def tw_id(self):
        letter = self.pick(list(TW_LETTERS))
        body = str(self.r.randint(1, 2)) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        n = TW_LETTERS[letter]
        total = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(body, range(8, 0, -1)))
        return letter + body + str((10 - total % 10) % 10)

    def sa_id(self, kind=None):
        kind = kind or self.pick(["1", "1", "2"])
        return self.luhn_complete(kind + "".join(str(self.r.randint(0, 9)) for _ in range(8)))

    def national_id(self):
        return {"BR": self.cpf, "TW": self.tw_id, "SA": self.sa_id}[self.cc]()

    def nhi_card(self):
        return "0000" + "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def health_number(self):
        return {"BR": self.cns, "TW": self.nhi_card, "SA": lambda: "MRN-" + self.digits(7)}[self.cc]()

    def mrn(self):
        return self.pick(["RNV-", "P", "", "HIS"]) + self.digits(self.pick([6, 7, 8]))

    def passport(self):
        return {
            "BR": lambda: self.pick(["FX", "GA", "YB"]) + self.digits(6),
            "TW": lambda: "3" + self.digits(8),
            "SA": lambda: self.pick(["A", "B", "U"]) + self.digits(7),
        }[self.cc]()

    def member_number(self):
        return {
            "BR": lambda: (
                self.pick(["0 ", ""]) + f"{self.digits(3)} {self.digits(12)} {self.r.randint(0, 9)}"
            ),
            "TW": lambda: self.pick(["A", "P"]) + self.digits(9),
            "SA": lambda: self.pick(["", "T", "BUPA-"]) + self.digits(8),
        }[self.cc]()

    def iban(self, country=None):
        country = country or ("SA" if self.cc == "SA" else "BR")
        if country == "SA":
            bban = self.pick(["10", "20", "45", "55", "60", "80"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(18)
            )
        elif country == "BR":
            bban = "".join(str(self.r.randint(0, 9)) for _ in range(23)) + "C1"
        else:
            return super().iban(country)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.4 else raw

    def bank_account(self):
        return {
            "BR": lambda: f"{self.digits(self.pick([5, 6, 8]))}-{self.r.randint(0, 9)}",
            "TW": lambda: self.digits(self.pick([12, 14])),
            "SA": lambda: self.digits(self.pick([12, 15])),
        }[self.cc]()

    def card(self, formatted=None):
        prefix = self.pick(["4", "51", "55", "2221", "636368", "606282", "440647", "588845", "37"])
        length = 15 if prefix == "37" else 16
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        number = self.luhn_complete(body)
        formatted = self.r.random() < 0.5 if formatted is None else formatted
        return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if formatted and length == 16 else number

    def plate(self):
        return {
            "BR": lambda: (
                f"{''.join(self.pick(PLATE_LETTERS) for _ in range(3))}{self.r.randint(0, 9)}"
                f"{self.pick(list('ABCDEFGHJ'))}{self.digits(2)}"
            ),
            "TW": lambda: f"{''.join(self.pick(PLATE_LETTERS) for _ in range(3))}-{self.digits(4)}",
            "SA": lambda: (
                f"{self.digits(4)} {' '.join(self.pick(list('ABDEGHJKLNRSTUVXZ')) for _ in range(3))}"
            ),
        }[self.cc]()

    def license_no(self):
        return {
            "BR": lambda: f"CRM-{self.pick(['SP', 'RJ', 'PE', 'MG'])} {self.digits(6)}",
            "TW": lambda: f"醫字第{self.digits(6)}號",
            "SA": lambda: f"{self.r.randint(10, 19)}-R-M-{self.digits(7)}",
        }[self.cc]()

    def coren(self):
        return {
            "BR": lambda: (
                f"COREN-{self.pick(['SP', 'RJ', 'PE', 'MG'])} {self.digits(6)}-{self.pick(['ENF', 'TE'])}"
            ),
            "TW": lambda: f"護理字第{self.digits(6)}號",
            "SA": lambda: f"{self.r.randint(10, 19)}-R-N-{self.digits(7)}",
        }[self.cc]()

    # -- business
    def clinic(self):
        return self.pick(CLINICS[self.cc])

    def insurer(self):
        return self.pick(INSURERS[self.cc])

    def currency(self):
        return CURRENCIES[self.cc]

    def amount(self, lo=5, hi=900):
        return round(self.r.uniform(lo, hi) * (30 if self.cc == "TW" else 1), 2)

    def clinic_phone(self):
        return {"BR": "+55 11 3090-4500", "TW": "+886 2 2700 1234", "SA": "+966 11 210 8800"}[self.cc]

    def epo_dose(self):
        return self.pick(["4000 UI", "2000 UI", "6000 UI 3x/sem", "Mircera 100 mcg", "EPO 3000 IU"])


# -- value pools ---------------------------------------------------------------------------------------

ACCESS = [
    "AV fistula",
    "AV graft",
    "tunneled CVC",
    "FAV radiocefálica",
    "cateter duplo lúmen",
    "動靜脈瘻管",
    "人工血管",
]
MODALITY = ["HD", "HDF", "PD", "APD", "CAPD", "home HD"]
MEDS = [
    "Eritropoetina alfa", "Sevelâmer 800 mg", "Calcitriol 0,25 mcg", "Noripurum EV 100 mg",
    "Cinacalcet 30 mg", "Renvela", "碳酸鈣 500mg", "Heparin", "Iron sucrose", "Losartana 50 mg",
]  # fmt: skip
DISEASES = [
    "diabetic nephropathy", "hypertensive nephrosclerosis", "IgA nephropathy", "polycystic kidney disease",
    "lupus nephritis", "nefropatia diabética", "糖尿病腎病變", "chronic glomerulonephritis",
]  # fmt: skip
ICD = ["N18.6", "N18.5", "E11.22", "I12.0", "N03.9", "Q61.3", "M32.14", "Z99.2"]
CLINICAL_NOTES = [
    "Hipotensão na 2ª hora, PA 85/50, infundido SF 0,9% 200 ml, melhora.",
    "Câimbras em MMII na última hora, reduzida UF.",
    "K+ 6,2 no pré, ajustado banho para 1,0 mEq/L.",
    "FAV com frêmito presente, sem sinais flogísticos.",
    "Pt c/o pruritus, phosphate 7.1, reinforced binder adherence.",
    "Febre 38,4 durante a sessão, colhidas hemoculturas do cateter.",
    "透析中血壓偏低，給予生理食鹽水100ml後改善。",
    "病人主訴皮膚癢，磷 6.8，衛教低磷飲食。",
    "Interdialytic weight gain 3.8 kg, fluid restriction discussed.",
    "انخفاض ضغط الدم أثناء الغسيل، تم إعطاء محلول ملحي.",
]  # fmt: skip
TW_NOTES = [
    "透析中血壓偏低，給予生理食鹽水100ml。", "病人主訴皮膚癢。", "瘻管雜音良好，無紅腫。",
    "抽筋，減少脫水量至2.5公斤。", "血鉀5.9，衛教低鉀飲食。", "體重增加4公斤，提醒限水。",
]  # fmt: skip
PRODUCTS = [
    ("Nepro HP Baunilha 220 ml", "Abbott", "Nutrição renal"),
    ("Renal Care Shake 200 ml", "Nestlé", "Nutrição renal"),
    ("Balança Digital Bioimpedância", "Omron", "Monitoramento"),
    ("Luvas de procedimento M (100 un)", "Descarpack", "Suprimentos"),
    ("Kit curativo cateter", "Renova", "Suprimentos"),
    ("Sal Light 500 g", "Lebre", "Alimentos"),
    ("低鉀營養補充飲 237ml", "Abbott", "營養品"),
    ("Medidor de pressão de braço", "G-Tech", "Monitoramento"),
    ("قارورة ماء مدرّجة 1 لتر", "Renova", "Accessories"),
    ("Livro de receitas renais", "Renova", "Livros"),
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]


def bp(f: KFake) -> str:
    return f"{f.r.randint(95, 185)}/{f.r.randint(50, 105)}"


def kg(f: KFake, lo=42, hi=112) -> float:
    return round(f.r.uniform(lo, hi), 1)


def doc_type(f: KFake) -> str:
    f.doc = f.pick(
        {
            "BR": ["rg", "cpf", "passport"],
            "TW": ["tw_id_card", "passport"],
            "SA": ["iqama", "national_id", "passport"],
        }[f.cc]
    )
    return f.doc


ANALYTES = {
    "2823-3": ("Potassium [Moles/volume] in Serum or Plasma", ["Potássio", "血鉀", "البوتاسيوم"], "mmol/L"),
    "718-7": ("Hemoglobin [Mass/volume] in Blood", ["Hemoglobina", "血色素", "الهيموغلوبين"], "g/dL"),
    "2777-1": ("Phosphate [Mass/volume] in Serum or Plasma", ["Fósforo", "血磷", "الفوسفور"], "mg/dL"),
    "1751-7": ("Albumin [Mass/volume] in Serum or Plasma", ["Albumina", "白蛋白", "الألبومين"], "g/dL"),
}


def loinc(f: KFake) -> str:
    f.analyte = f.pick(list(ANALYTES))
    return f.analyte


def ts(f: KFake) -> str:
    return f.iso()


# -- contexts ------------------------------------------------------------------------------------------


def web_context(f: KFake, page: str, portal: bool):
    host = "https://app.renova.health" if portal else "https://www.renova.health"
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://www.instagram.com/", host + "/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=whatsapp", "?lang=pt"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Renova | Cuidado renal", "Minha área | Renova", "Renova 腎友照護", "رينوفا"]
                )
            ),
            "url": G(lambda f: host + page),
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
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "consent": {
            "categoryPreferences": {
                "Analytics": G(lambda f: True),
                "Advertising": G(lambda f: f.pick([True, False])),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }
    if portal:
        ctx["traits"] = {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "clinicId": G(lambda f: f.pick(CLINIC_CODES)),
        }
    else:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(
                    ["hemodialise_sp_2024", "captacao_pacientes", "腎友招募", "ramadan_schedule"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "instagram", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["clínica de hemodiálise", "hemodiálise zona sul", "洗腎 診所", "غسيل كلى الرياض"]
                )
            ),
            "content": G(lambda f: f.pick(["banner_a", "video_30s", "carrossel"])),
        }
    return ctx


def app_block(f: KFake, namespace: str):
    return {
        "name": G(lambda f: f.pick(["Renova", "Renova Paciente", "Renova 腎友"])),
        "version": G(lambda f: f.pick(["4.12.0", "4.13.2", "4.14.0"])),
        "build": G(lambda f: f.pick(["41200", "41302", "41400"])),
        "namespace": G(lambda f: namespace),
    }


def swift_context(f: KFake):
    device = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPad13,18"])),
        "name": G(lambda f: f.pick(["iPhone", "iPad"])),
        "type": G(lambda f: "ios"),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        "token": RED(lambda f: f.hexid(64), "token"),
    }
    if f.r.random() < 0.5:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    return {
        "app": app_block(f, "health.renova.patient"),
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
    }


def kotlin_context(f: KFake):
    device = {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "ASUS"])),
        "model": G(lambda f: f.pick(["SM-A546E", "moto g84 5G", "23021RAA2Y", "ASUS_AI2302"])),
        "name": G(lambda f: f.pick(["a54x", "bangkk", "topaz", "AI2302"])),
        "type": G(lambda f: "android"),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        "token": RED(lambda f: f.hexid(22) + ":APA91b" + f.hexid(40), "token"),
    }
    if f.r.random() < 0.6:
        device["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return {
        "app": app_block(f, "health.renova.patient"),
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.1"])),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(lambda f: f.email(), "email")},
    }


def rn_context(f: KFake):
    lat, lon = f.geo()
    return {
        "app": app_block(f, "health.renova.patient"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B", "moto e22"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "hawaiip"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "traits": {
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        "location": {
            "city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: {"BR": "Brazil", "TW": "Taiwan", "SA": "Saudi Arabia"}[f.cc]),
            "latitude": Y(lambda f: lat, "geolocation"),
            "longitude": Y(lambda f: lon, "geolocation"),
        },
    }


def flutter_context(f: KFake):
    return {
        "app": app_block(f, "health.renova.caregiver"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone16,1", "SM-S918B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 892]))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(f: KFake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "dotnet", "php") and f.r.random() < 0.6:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
    if lib in ("node", "python") and f.r.random() < 0.4:
        ctx["traits"] = {"email": Y(lambda f: f.email(), "email"), "name": Y(lambda f: f.full_name(), "name")}
    if lib == "java":
        ctx["externalIds"] = Many(
            {
                "id": G(lambda f: "pat_" + f.hexid(12)),
                "type": G(lambda f: "his_patient_id"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    return ctx


MOBILE = ["swift", "kotlin", "rn"]
CARE = ["flutter", "rn"]


def context_for(f: KFake, client: str, page: str):
    if client in ("web", "portal"):
        return web_context(f, page, client == "portal")
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- shared shapes --------------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f"RNV-{f.r.randint(1000, 9999)}-{f.pick(['UN', 'CX', 'KIT'])}"),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "brand": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "price": G(lambda f: f.amount(9, 300)),
        "quantity": G(lambda f: f.r.randint(1, 6)),
    }


def nurse_note(f: KFake) -> str:
    return f.pick(CLINICAL_NOTES)


def callback_note(f: KFake) -> str:
    return f.pick(
        [
            "Ligar para a filha {p} ao chegar",
            "Portão azul; se não atender, chamar o vizinho no {p}",
            "Call my son {p} when you are 10 min away",
            "到了請打 {p} 給我先生",
            "اتصل على {p} عند الوصول",
            "Paciente usa andador, avisar cuidadora {p}",
        ]
    ).format(p=f.phone())


def support_text(f: KFake) -> str:
    return f.pick(
        [
            "Não consigo acessar o app, meu celular é {p}",
            "Please call me back on {p}, the transport did not come",
            "我的帳號登不進去，請回電 {p}",
            "أرجو الاتصال على {p} بخصوص الفاتورة",
            "Esqueci a senha, podem mandar SMS para {p}?",
            "Wrong co-payment charged, reach me at {p} after 6pm",
        ]
    ).format(p=f.phone())


def caregiver_chat(f: KFake) -> str:
    return f.pick(
        [
            "Sou a filha dela, meu número é {p}",
            "Pode me avisar no {p} quando ela terminar a sessão?",
            "I'm the caregiver this week, my number is {p}",
            "我是他女兒，有事請打 {p}",
            "أنا ابنه، رقمي {p}",
        ]
    ).format(p=f.phone())


# -- events: (kind, event or page/screen name, clients, country or None, body) ----------------------------

EVENTS = [
    # ---- patient app: identity and sign-in -------------------------------------------------------------
    (
        "identify",
        None,
        [*MOBILE, "flutter"],
        None,
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.birth(), "birthdate"),
            "gender": Y(
                lambda f: f.pick(["female", "male", "feminino", "masculino", "女", "أنثى"]), "gender"
            ),
            "preferredLanguage": G(lambda f: f.pick(["pt-BR", "zh-TW", "ar", "en"])),
            "clinicId": G(lambda f: f.pick(CLINIC_CODES)),
            "modality": Y(lambda f: f.pick(MODALITY), "procedure"),
            "dialysisStartDate": Y(lambda f: f.date(2008, 2024), "condition"),
            "createdAt": G(ts),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "caregiverCount": G(lambda f: f.r.randint(0, 3)),
            "age": G(lambda f: f.r.randint(19, 88)),
            "insurer": G(lambda f: f.insurer()),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
        },
    ),
    (
        "identify",
        None,
        ["python"],
        "BR",
        {
            "nome_completo": Y(lambda f: f.full_name(), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "cartao_sus": RED(lambda f: f.cns(), "health id"),
            "data_nascimento": Y(
                lambda f: f.pick([f.birth(), "/".join(reversed(f.birth().split("-")))]), "birthdate"
            ),
            "sexo": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
            "raca_cor": Y(
                lambda f: f.pick(["parda", "preta", "branca", "amarela", "indígena"]), "race|ethnicity"
            ),
            "religiao": Y(
                lambda f: f.pick(
                    ["Católica", "Evangélica", "Testemunha de Jeová", "Espírita", "Sem religião"]
                ),
                "religion",
            ),
            "nome_mae": Y(lambda f: f"{f.pick(BR_FIRST)} {f.pick(BR_MID)} {f.last()}", "name"),
            "telefone_celular": Y(lambda f: f.phone(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "endereco": {
                "logradouro": Y(lambda f: f.street_name(), "address|street"),
                "numero": Y(lambda f: f.house_number(), "address|street"),
                "complemento": Y(lambda f: f.unit(), "address|street"),
                "bairro": Y(lambda f: f.district(), "address"),
                "cidade": Y(lambda f: f.city(), "city"),
                "uf": G(lambda f: f.state()),
                "cep": Y(lambda f: f.zip(), "zipcode"),
            },
            "convenio": G(lambda f: f.insurer()),
            "numero_carteirinha": Y(lambda f: f.member_number(), "identification"),
            "prontuario": RED(lambda f: f.mrn(), "health id"),
            "estado_civil": G(lambda f: f.pick(["casado(a)", "solteiro(a)", "viúvo(a)", "divorciado(a)"])),
            "profissao": G(
                lambda f: f.pick(["aposentado", "motorista", "professora", "do lar", "comerciante"])
            ),
        },
    ),
    (
        "identify",
        None,
        ["go"],
        "TW",
        {
            "姓名": Y(lambda f: f.full_name(), "name"),
            "身分證字號": RED(lambda f: f.tw_id(), "national id"),
            "健保卡號": RED(lambda f: f.nhi_card(), "health id"),
            "出生日期": Y(
                lambda f: f.pick(
                    [
                        f.birth(),
                        f"民國{f.r.randint(27, 88)}年{f.r.randint(1, 12):02d}月{f.r.randint(1, 28):02d}日",
                    ]
                ),
                "birthdate",
            ),
            "性別": Y(lambda f: f.pick(["男", "女"]), "gender|sex"),
            "手機": Y(lambda f: f.phone(), "phone"),
            "通訊地址": Y(lambda f: f.address(), "address"),
            "縣市": Y(lambda f: f.pick(TW_CITIES), "city"),
            "原住民身分": Y(lambda f: f.pick([True, False]), "ethnicity|race"),
            "榮民身分": RED(lambda f: f.pick([True, False]), "veteran"),
            "重大傷病卡": Y(lambda f: f.pick([True, False]), "condition"),
            "透析院所": G(lambda f: f.clinic()),
            "病歷號": RED(lambda f: f.digits(8), "health id"),
            "建檔日期": G(lambda f: f.date(2015, 2024)),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        "SA",
        {
            "الاسم": Y(lambda f: f"{f.pick(SA_AR_FIRST)} {f.pick(SA_AR_FIRST)} {f.pick(SA_AR_LAST)}", "name"),
            "رقم_الهوية": RED(lambda f: f.sa_id(), "national id"),
            "الجنسية": Y(lambda f: f.pick(["سعودي", "مصري", "باكستاني", "يمني", "هندي"]), "citizenship"),
            "تاريخ_الميلاد": Y(
                lambda f: f.pick(
                    [
                        f.birth(),
                        f"14{f.r.randint(0, 20):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1, 29):02d}",
                    ]
                ),
                "birthdate",
            ),
            "رقم_الجوال": Y(lambda f: f.phone(), "phone"),
            "المدينة": Y(lambda f: f.pick(SA_CITIES_AR), "city"),
            "الحي": Y(lambda f: f.pick(SA_DISTRICTS_AR), "address"),
            "فصيلة_الدم": Y(lambda f: f.pick(["O+", "A+", "B+", "AB-", "O-"]), "condition"),
            "شركة_التأمين": G(lambda f: f.insurer()),
            "رقم_الملف_الطبي": RED(lambda f: f.mrn(), "health id"),
            "الحالة": G(lambda f: f.pick(["نشط", "موقوف", "محول"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        "SA",
        {
            "PatientName": Y(lambda f: f.full_name(), "name"),
            "NationalId": RED(lambda f: f.sa_id(), "national id"),
            "IqamaExpiry": G(lambda f: f.date(2025, 2027)),
            "Nationality": Y(
                lambda f: f.pick(["Saudi", "Egyptian", "Pakistani", "Indian", "Filipino", "Yemeni"]),
                "citizenship",
            ),
            "MobileNumber": Y(lambda f: f.phone(), "phone"),
            "DateOfBirth": Y(lambda f: f.birth(), "birthdate"),
            "Gender": Y(lambda f: f.pick(["Male", "Female"]), "gender"),
            "Religion": Y(lambda f: f.pick(["Muslim", "Non-Muslim", "Christian"]), "religion"),
            "InsuranceCompany": G(lambda f: f.insurer()),
            "MemberId": Y(lambda f: f.member_number(), "identification"),
            "ClassOfCoverage": G(lambda f: f.pick(["VIP", "A", "B", "C"])),
            "CoPaymentPercent": G(lambda f: f.pick([0, 10, 20])),
            "VisaType": RED(
                lambda f: f.pick(["Work", "Family visit", "Dependent", "Premium Residency"]), "visa"
            ),
            "Employer": G(lambda f: f.pick(["Saudi Aramco", "Almarai", "SABIC", "Al Rajhi Bank", "Self"])),
            "MaritalStatus": G(lambda f: f.pick(["Married", "Single", "Widowed"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        None,
        {
            "PATIENT_KEY": G(lambda f: f.digits(9)),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "PHONE_E164": Y(lambda f: f.e164(), "phone"),
            "CLINIC_CODE": G(lambda f: f.pick(CLINIC_CODES)),
            "COUNTRY_CODE": G(lambda f: f.cc),
            "LAST_SESSION_AT": G(ts),
            "SESSIONS_LAST_30D": G(lambda f: f.r.randint(0, 14)),
            "MISSED_SESSIONS_LAST_30D": G(lambda f: f.r.randint(0, 4)),
            "KTV_LAST": Y(lambda f: round(f.r.uniform(0.9, 1.9), 2), "condition"),
            "IS_TRANSPLANT_LISTED": Y(lambda f: f.pick([True, False]), "condition"),
            "NPS_SCORE": G(lambda f: f.r.randint(0, 10)),
            "LIFETIME_COPAY": G(lambda f: f.amount(0, 9000)),
            "AGE_BAND": G(lambda f: f.pick(["18-39", "40-59", "60-74", "75+"])),
        },
    ),
    (
        "track",
        "Signed Up",
        ["rn", "flutter", "portal"],
        None,
        {
            "signup_method": G(lambda f: f.pick(["phone", "email", "google", "apple"])),
            "first_name": Y(lambda f: f.first(), "name"),
            "email_address": Y(lambda f: f.email(), "email"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "password": RED(
                lambda f: f.pick(["Renova@2024", "maria1958", "qwerty123!", "Tw0-kidneys", "رينوفا123"]),
                "password",
            ),
            "national_id_type": G(
                lambda f: {"BR": "CPF", "TW": "TW_ID", "SA": f.pick(["NATIONAL_ID", "IQAMA"])}[f.cc]
            ),
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "accepted_terms": G(lambda f: True),
            "country": G(lambda f: f.cc),
        },
    ),
    (
        "track",
        "OTP Requested",
        MOBILE,
        None,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "phone_e164": Y(lambda f: f.e164(), "phone"),
            "otp_length": G(lambda f: 6),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "resend_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "OTP Verified",
        MOBILE,
        None,
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "verified": G(lambda f: f.pick([True, False])),
            "latency_ms": G(lambda f: f.r.randint(4000, 90000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["portal"],
        None,
        {
            "link_token": RED(lambda f: f.hexid(48), "token"),
            "expires_in": G(lambda f: 900),
            "redirect_path": G(lambda f: f.pick(["/sessoes", "/exames", "/pagamentos"])),
        },
    ),
    (
        "track",
        "Login Started",
        [*MOBILE, "portal"],
        None,
        {
            "input": Y(lambda f: f.pick([f.email(), f.phone()]), "phone|email", True),
            "input_type": G(lambda f: f.pick(["auto", "phone_or_email"])),
            "remember_device": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Logged In",
        [*MOBILE, "portal"],
        None,
        {
            "method": G(lambda f: f.pick(["otp", "password", "face_id", "nafath"])),
            "session_id": G(lambda f: f.uuid()),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
            "login_count": G(lambda f: f.r.randint(1, 900)),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "Nafath Verification Completed",
        ["node"],
        "SA",
        {
            "nafath_trans_id": G(lambda f: f.uuid()),
            "random_number": RED(lambda f: f"{f.r.randint(10, 99)}", "token"),
            "national_id": RED(lambda f: f.sa_id(), "national id"),
            "status": G(lambda f: f.pick(["COMPLETED", "REJECTED", "EXPIRED"])),
            "full_name_ar": Y(
                lambda f: f"{f.pick(SA_AR_FIRST)} {f.pick(SA_AR_FIRST)} {f.pick(SA_AR_LAST)}", "name"
            ),
            "full_name_en": Y(lambda f: f.full_name(), "name"),
            "nationality_code": Y(lambda f: f.pick(["SA", "EG", "PK", "IN", "YE"]), "citizenship"),
        },
    ),
    # ---- treatment sessions ----------------------------------------------------------------------------
    (
        "screen",
        "Session Summary",
        MOBILE,
        None,
        {
            "session_id": G(lambda f: f.uuid()),
            "session_date": G(lambda f: f.date(2024, 2024)),
            "clinic_name": G(lambda f: f.clinic()),
            "chair": G(lambda f: f.r.randint(1, 32)),
            "dry_weight_kg": Y(kg, "condition"),
            "bp_pre": Y(bp, "condition"),
            "bp_post": Y(bp, "condition"),
            "duration_min": G(lambda f: f.pick([180, 210, 240, 235, 228])),
            "ktv": Y(lambda f: round(f.r.uniform(0.9, 1.9), 2), "condition"),
            "nurse_first_name": Y(lambda f: f.first(), "name"),
            "rating_prompt_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dialysis Session Completed",
        ["java"],
        None,
        {
            "sessionId": G(lambda f: f.uuid()),
            "patientId": G(lambda f: "pat_" + f.hexid(12)),
            "mrn": RED(lambda f: f.mrn(), "health id"),
            "clinicCode": G(lambda f: f.pick(CLINIC_CODES)),
            "chairNumber": G(lambda f: f.r.randint(1, 32)),
            "machineSerial": G(lambda f: f.pick(["5008S-", "DLG-", "NCU18-"]) + f.digits(7)),
            "machineModel": G(
                lambda f: f.pick(
                    ["Fresenius 5008S", "B. Braun Dialog+", "Nipro Surdial X", "Nikkiso DBB-EXA"]
                )
            ),
            "dialyzer": G(lambda f: f.pick(["FX80", "FX CorAL 600", "Elisio-19H", "Revaclear 400"])),
            "startedAt": G(ts),
            "actualMinutes": G(lambda f: f.r.randint(150, 245)),
            "bloodFlowMlMin": G(lambda f: f.pick([300, 350, 400, 450])),
            "dialysateK": G(lambda f: f.pick([1.0, 2.0, 3.0])),
            "preWeightKg": Y(kg, "condition"),
            "dryWeightKg": Y(kg, "condition"),
            "preSystolic": Y(lambda f: f.r.randint(100, 190), "condition"),
            "vascularAccess": Y(lambda f: f.pick(ACCESS), "procedure"),
            "epoDose": Y(lambda f: f.epo_dose(), "medication"),
            "complications": Many(
                Y(
                    lambda f: f.pick(["hypotension", "cramps", "none", "nausea", "headache", "pruritus"]),
                    "condition",
                ),
                2,
            ),
            "nurseName": Y(lambda f: f.full_name(), "name"),
            "nephrologistName": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "nephrologistLicense": Y(lambda f: f.license_no(), "license"),
            "sigtapCode": Y(lambda f: f.pick(["0305010107", "0305010115", "0305010093"]), "procedure"),
        },
    ),
    (
        "track",
        "Lab Results Posted",
        ["python"],
        None,
        {
            "lab_order_id": G(lambda f: "LO-" + f.digits(8)),
            "patient_id": G(lambda f: "pat_" + f.hexid(12)),
            "collected_at": G(ts),
            "lab_name": G(
                lambda f: f.pick(["Fleury", "Dasa", "聯合醫事檢驗所", "Al Borg Diagnostics", "Renova Lab"])
            ),
            "ktv": Y(lambda f: round(f.r.uniform(0.9, 1.9), 2), "condition"),
            "urr_pct": Y(lambda f: f.r.randint(55, 80), "condition"),
            "hemoglobin_g_dl": Y(lambda f: round(f.r.uniform(7.5, 13.5), 1), "condition"),
            "potassium_mmol_l": Y(lambda f: round(f.r.uniform(3.4, 6.9), 1), "condition"),
            "phosphorus_mg_dl": Y(lambda f: round(f.r.uniform(2.8, 8.9), 1), "condition"),
            "hbsag": Y(
                lambda f: f.pick(["negative", "negative", "positive", "não reagente"]), "condition|diagnosis"
            ),
            "critical_values_count": G(lambda f: f.r.randint(0, 3)),
            "released_by": Y(lambda f: f.full_name(), "name"),
            "pdf_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Observation Received",
        ["node"],
        None,
        {
            "resourceType": G(lambda f: "Observation"),
            "id": G(lambda f: f.digits(7)),
            "status": G(lambda f: f.pick(["final", "amended", "preliminary"])),
            "code": {
                "coding": Many(
                    {
                        "system": G(lambda f: "http://loinc.org"),
                        "code": G(loinc),
                        "display": G(lambda f: ANALYTES[f.analyte][0]),
                    },
                    1,
                ),
                "text": G(lambda f: f.pick(ANALYTES[f.analyte][1])),
            },
            "subject": {
                "reference": G(lambda f: "Patient/" + f.digits(6)),
                "display": Y(lambda f: f.full_name(), "name", True),
            },
            "effectiveDateTime": G(ts),
            "valueQuantity": {
                "value": Y(lambda f: round(f.r.uniform(2.5, 14.0), 1), "condition", True),
                "unit": G(lambda f: ANALYTES[f.analyte][2]),
                "system": G(lambda f: "http://unitsofmeasure.org"),
                "code": G(lambda f: ANALYTES[f.analyte][2]),
            },
            "referenceRange": Many(
                {
                    "low": {"value": G(lambda f: f.pick([3.5, 12.0, 2.5]))},
                    "high": {"value": G(lambda f: f.pick([5.1, 16.0, 4.5]))},
                },
                1,
            ),
            "performer": Many(
                {
                    "reference": G(lambda f: "Practitioner/" + f.digits(5)),
                    "display": Y(lambda f: f.full_name(), "name", True),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Transplant Waitlist Status Changed",
        ["ruby"],
        None,
        {
            "patient_id": G(lambda f: "pat_" + f.hexid(12)),
            "waitlist_status": Y(
                lambda f: f.pick(["active", "temporarily_suspended", "inactive", "transplanted"]), "condition"
            ),
            "listing_center": G(
                lambda f: f.pick(
                    ["Hospital do Rim", "HC-FMUSP", "臺大醫院", "林口長庚", "King Faisal Specialist Hospital"]
                )
            ),
            "listed_at": G(lambda f: f.date(2016, 2024)),
            "blood_group": Y(lambda f: f.pick(["O+", "A+", "B-", "AB+", "O-"]), "condition"),
            "pra_percent": Y(lambda f: f.r.randint(0, 99), "condition"),
            "days_on_list": G(lambda f: f.r.randint(10, 3000)),
            "registry_number": RED(lambda f: f.pick(["RGCT ", "TX-", ""]) + f.digits(9), "health id"),
            "living_donor_candidates": G(lambda f: f.r.randint(0, 2)),
            "coordinator_name": Y(lambda f: f.full_name(), "name"),
            "reason_code": G(lambda f: f.pick(["TX01", "SUSP-INF", "SUSP-CARD", "REACT"])),
        },
    ),
    (
        "track",
        "Medication Administered",
        ["kotlin"],
        None,
        {
            "administration_id": G(lambda f: f.uuid()),
            "session_id": G(lambda f: f.uuid()),
            "drug_name": Y(lambda f: f.pick(MEDS), "medication"),
            "dose": Y(lambda f: f.pick(["4000 UI", "100 mg", "1 mcg", "5000 UI", "60 mg"]), "medication"),
            "route": G(lambda f: f.pick(["IV", "SC", "VO"])),
            "lot_number": G(lambda f: f.pick(["L", "B"]) + f.digits(6)),
            "administered_by": Y(lambda f: f.full_name(), "name", True),
            "barcode_scanned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Chart Note Signed",
        ["java"],
        None,
        {
            "noteId": G(lambda f: f.uuid()),
            "patientId": G(lambda f: "pat_" + f.hexid(12)),
            "authorRole": G(lambda f: f.pick(["nurse", "nephrologist", "dietitian", "social_worker"])),
            "authorName": Y(lambda f: f.full_name(), "name"),
            "authorLicense": Y(lambda f: f.coren(), "license"),
            "noteType": G(lambda f: f.pick(["intradialytic", "monthly_review", "access_assessment"])),
            "note": Y(nurse_note, "condition", True),
            "wordCount": G(lambda f: f.r.randint(6, 220)),
            "signedAt": G(ts),
            "cosignRequired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dialysis Record Uploaded",
        ["go"],
        "TW",
        {
            "病歷號": RED(lambda f: f.digits(8), "health id"),
            "病患姓名": Y(lambda f: f.full_name(), "name"),
            "透析日期": G(lambda f: f.date(2024, 2024)),
            "乾體重": Y(kg, "condition"),
            "透析前血壓": Y(bp, "condition"),
            "透析後血壓": Y(bp, "condition"),
            "血管通路": Y(lambda f: f.pick(["動靜脈瘻管", "人工血管", "雙腔導管"]), "procedure"),
            "護理師": Y(lambda f: f.full_name(), "name"),
            "機台編號": G(lambda f: f"HD-{f.r.randint(1, 40):02d}"),
            "備註": Y(lambda f: f.pick(TW_NOTES), "condition", True),
        },
    ),
    (
        "track",
        "Symptom Check-In Submitted",
        MOBILE,
        None,
        {
            "check_in_id": G(lambda f: f.uuid()),
            "symptoms": Many(
                Y(
                    lambda f: f.pick(
                        ["itching", "cramps", "fatigue", "swelling", "shortness of breath", "nausea"]
                    ),
                    "condition",
                ),
                3,
            ),
            "pain_scale": Y(lambda f: f.r.randint(0, 10), "condition"),
            "weight_today_kg": Y(kg, "condition"),
            "comments": Y(
                lambda f: f.pick(
                    [
                        "Tontura ao levantar",
                        "Pés inchados desde ontem",
                        "Coceira forte à noite",
                        "腳抽筋",
                        "ضيق في التنفس",
                        "Cramps after the session",
                    ]
                ),
                "condition",
                True,
            ),
            "answered_in_sec": G(lambda f: f.r.randint(20, 400)),
        },
    ),
    (
        "track",
        "Appointment Scheduled",
        [*MOBILE, "portal"],
        None,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "specialty": G(lambda f: f.pick(["nephrology", "nutrition", "vascular surgery", "psychology"])),
            "provider_name": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "provider_license": Y(lambda f: f.license_no(), "license"),
            "starts_at": G(ts),
            "telehealth": G(lambda f: f.pick([True, False])),
            "visit_reason": Y(
                lambda f: f.pick(
                    [
                        "avaliação para transplante",
                        "ajuste de dose de EPO",
                        "fistula check",
                        "anemia follow-up",
                        "腎臟移植評估",
                    ]
                ),
                "condition|diagnosis",
            ),
            "location": G(lambda f: f.clinic()),
        },
    ),
    (
        "track",
        "Travel Dialysis Requested",
        MOBILE,
        None,
        {
            "destination_city": G(
                lambda f: f.pick(["Lisboa", "Orlando", "Tokyo", "Dubai", "Florianópolis", "花蓮"])
            ),
            "destination_country": G(lambda f: f.pick(["PT", "US", "JP", "AE", "BR", "TW"])),
            "travel_start": G(lambda f: f.date(2024, 2025)),
            "travel_end": G(lambda f: f.date(2024, 2025)),
            "guest_clinic": G(
                lambda f: f.pick(
                    ["DaVita Orlando", "NephroCare Lisboa", "Renova Florianópolis", "Diaverum Dubai"]
                )
            ),
            "hbsag_status": Y(lambda f: f.pick(["negative", "negativo", "positive"]), "condition|diagnosis"),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "hotel_name": G(
                lambda f: f.pick(["Ibis Lisboa", "Hilton Orlando", "Jumeirah Beach", "福容大飯店"])
            ),
            "hotel_address": G(
                lambda f: f.pick(
                    ["Av. da Liberdade 180, Lisboa", "6001 Destination Pkwy, Orlando", "Jumeirah St, Dubai"]
                )
            ),
            "contact_whatsapp": Y(lambda f: f.e164(), "phone"),
        },
    ),
    # ---- transport -------------------------------------------------------------------------------------
    (
        "track",
        "Ride Requested",
        MOBILE,
        None,
        {
            "ride_id": G(lambda f: f.uuid()),
            "session_id": G(lambda f: f.uuid()),
            "pickup_address": Y(lambda f: f.address(), "address"),
            "pickup_lat": Y(lambda f: f.geo()[0], "geolocation"),
            "pickup_lng": Y(lambda f: f.geo()[1], "geolocation"),
            "pickup_time": G(ts),
            "dropoff_clinic": G(lambda f: f.clinic()),
            "dropoff_lat": G(lambda f: f.pick([-23.561414, -8.119250, 25.033964, 24.690466])),
            "dropoff_lng": G(lambda f: f.pick([-46.655881, -34.901540, 121.564468, 46.685233])),
            "wheelchair_required": RED(lambda f: f.pick([True, False]), "disability"),
            "companion": G(lambda f: f.pick([True, False])),
            "driver_note": Y(callback_note, "phone", True),
            "provider": G(lambda f: f.pick(["Uber Health", "99", "Careem", "Renova Van", "台灣大車隊"])),
            "estimated_fare": G(lambda f: f.amount(10, 90)),
            "currency": G(lambda f: f.currency()),
            "return_trip": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Ride Assigned",
        ["node"],
        None,
        {
            "ride_id": G(lambda f: f.uuid()),
            "driver": {
                "id": G(lambda f: "drv_" + f.digits(6)),
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "photo_url": Y(lambda f: f"https://cdn.renova.health/drivers/{f.hexid(16)}.jpg", "photo"),
                "rating": G(lambda f: round(f.r.uniform(4.2, 5.0), 2)),
                "vehicle": {
                    "plate": Y(lambda f: f.plate(), "license"),
                    "model": G(lambda f: f.pick(["Fiat Doblò", "Toyota Hiace", "Hyundai H1", "Toyota Wish"])),
                    "color": G(lambda f: f.pick(["branco", "prata", "white", "白"])),
                },
                "location": {
                    "lat": Y(lambda f: f.geo()[0], "geolocation"),
                    "lng": Y(lambda f: f.geo()[1], "geolocation"),
                },
            },
            "eta_min": G(lambda f: f.r.randint(3, 40)),
            "dispatch_partner": G(lambda f: f.pick(["Uber Health", "Careem", "Renova Van"])),
            "masked_number": G(
                lambda f: {"BR": "+55 11 4003-2000", "TW": "+886 2 5599 0000", "SA": "+966 9200 12345"}[f.cc]
            ),
        },
    ),
    (
        "track",
        "Ride Completed",
        ["node"],
        None,
        {
            "ride_id": G(lambda f: f.uuid()),
            "distance_km": G(lambda f: round(f.r.uniform(1, 40), 1)),
            "fare": G(lambda f: f.amount(10, 90)),
            "paid_by": G(lambda f: f.pick(["insurer", "patient", "sus", "clinic"])),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Motorista muito atencioso",
                        "Atrasou 20 minutos",
                        "Carro limpo",
                        "司機很準時",
                        "ممتاز",
                        "Great service",
                    ]
                )
            ),
        },
    ),
    # ---- caregivers and contacts -----------------------------------------------------------------------
    (
        "track",
        "Emergency Contact Added",
        MOBILE,
        None,
        {
            "contacts": Many(
                {
                    "label": G(lambda f: f.pick(["Filha", "Esposo", "Vizinha", "mobile", "女兒", "ابني"])),
                    "value": Y(lambda f: f.phone(), "phone", True),
                },
                2,
            ),
            "contact_name": Y(lambda f: f.full_name(), "name"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "neighbour", "sibling"])),
            "is_primary": G(lambda f: f.pick([True, False])),
            "can_receive_updates": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Caregiver Invited",
        ["portal", "flutter"],
        None,
        {
            "caregiver_name": Y(lambda f: f.full_name(), "name"),
            "caregiver_email": Y(lambda f: f.email(), "email"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "neighbour", "sibling"])),
            "permissions": Many(
                G(lambda f: f.pick(["view_sessions", "view_labs", "book_transport", "pay"])), 3
            ),
            "invite_id": G(lambda f: f.uuid()),
            "invited_by": G(lambda f: "usr_" + f.digits(7)),
            "expires_at": G(ts),
        },
    ),
    (
        "track",
        "Caregiver Message Sent",
        CARE,
        None,
        {
            "thread_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["caregiver", "family"])),
            "text": Y(caregiver_chat, "phone", True),
            "attachments": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "screen",
        "Clinic Map",
        ["flutter"],
        None,
        {
            "clinic_id": G(lambda f: f.pick(CLINIC_CODES)),
            "clinic_lat": G(lambda f: f.pick([-23.561414, -8.119250, 25.033964, 24.690466])),
            "clinic_lng": G(lambda f: f.pick([-46.655881, -34.901540, 121.564468, 46.685233])),
            "user_lat": Y(lambda f: f.geo()[0], "geolocation"),
            "user_lng": Y(lambda f: f.geo()[1], "geolocation"),
            "distance_km": G(lambda f: round(f.r.uniform(0.3, 45), 1)),
        },
    ),
    (
        "track",
        "Dependent Added",
        ["python"],
        "BR",
        {
            "titular_cpf": RED(lambda f: f.cpf(), "national id"),
            "plano": G(
                lambda f: f.pick(["Amil S450", "Bradesco Top Nacional", "Unimed Estilo", "Hapvida Mix"])
            ),
            "dependentes": Many(
                {
                    "nome": Y(lambda f: f.full_name(), "name"),
                    "cpf": RED(lambda f: f.cpf(), "national id"),
                    "data_nascimento": Y(lambda f: f.date(1950, 2020), "birthdate"),
                    "parentesco": G(lambda f: f.pick(["cônjuge", "filho(a)", "enteado(a)", "pai/mãe"])),
                    "carteirinha": Y(lambda f: f.member_number(), "identification"),
                },
                3,
            ),
        },
    ),
    # ---- insurance and payments ------------------------------------------------------------------------
    (
        "track",
        "Insurance Card Added",
        MOBILE,
        None,
        {
            "insurer_name": G(lambda f: f.insurer()),
            "insurer_registry": G(lambda f: f.pick(["326305", "005711", "368253", "CCHI-0012"])),
            "plan_name": G(lambda f: f.pick(["Amil S750", "Top Nacional", "Gold", "Class A", "一般"])),
            "member_number": Y(lambda f: f.member_number(), "identification"),
            "policy_holder_name": Y(lambda f: f.full_name(), "name"),
            "policy_holder_relationship": G(lambda f: f.pick(["self", "spouse", "parent"])),
            "card_valid_until": G(lambda f: f.date(2025, 2028)),
            "card_photo_front_url": Y(
                lambda f: f"https://uploads.renova.health/cards/{f.uuid()}.jpg", "photo|identification"
            ),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
        },
    ),
    (
        "track",
        "PreAuthorizationRequested",
        ["dotnet"],
        None,
        {
            "requestId": G(lambda f: f.uuid()),
            "payerName": G(lambda f: f.insurer()),
            "payerCode": G(lambda f: f.pick(["BUPA", "TAWN", "AMIL", "SULA"])),
            "memberId": Y(lambda f: f.member_number(), "identification"),
            "policyNumber": Y(lambda f: f.digits(8), "identification"),
            "patientNationalId": RED(lambda f: f.national_id(), "national id"),
            "procedureCode": Y(lambda f: f.pick(["90935", "90937", "90999", "0305010107"]), "procedure"),
            "diagnosisCode": Y(lambda f: f.pick(ICD), "diagnosis"),
            "estimatedAmount": G(lambda f: f.amount(300, 4000)),
            "currency": G(lambda f: f.currency()),
            "coPaymentAmount": G(lambda f: f.amount(0, 300)),
            "approvalNumber": G(lambda f: f.digits(10)),
            "status": G(lambda f: f.pick(["Approved", "Pending", "Rejected"])),
            "submittedAt": G(ts),
        },
    ),
    (
        "track",
        "EncounterClosed",
        ["dotnet"],
        "SA",
        {
            "EncounterId": G(lambda f: f.digits(9)),
            "PatientMrn": RED(lambda f: f.mrn(), "health id"),
            "AttendingPhysician": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "Diagnoses": Many(
                {
                    "Code": Y(lambda f: f.pick(ICD), "diagnosis"),
                    "Description": Y(lambda f: f.pick(DISEASES), "diagnosis"),
                    "IsPrimary": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
            "TotalCharges": G(lambda f: f.amount(400, 3000)),
            "PatientShare": G(lambda f: f.amount(0, 300)),
            "InsurerShare": G(lambda f: f.amount(300, 2800)),
            "ClaimNumber": G(lambda f: "CLM" + f.digits(9)),
            "DischargeDisposition": G(lambda f: f.pick(["Home", "Transferred", "Admitted"])),
        },
    ),
    (
        "track",
        "Insurance Eligibility Checked",
        ["php"],
        "SA",
        {
            "رقم_الهوية": RED(lambda f: f.sa_id(), "national id"),
            "اسم_المريض": Y(lambda f: f.full_name(), "name"),
            "شركة_التأمين": G(lambda f: f.insurer()),
            "رقم_البوليصة": Y(lambda f: f.digits(8), "identification"),
            "فئة_التغطية": G(lambda f: f.pick(["VIP", "A", "B", "C"])),
            "نسبة_التحمل": G(lambda f: f.pick([0, 10, 20])),
            "حالة_الأهلية": G(lambda f: f.pick(["مؤهل", "غير مؤهل"])),
            "رقم_الموافقة": G(lambda f: f.digits(10)),
            "تاريخ_الانتهاء": G(lambda f: f.date(2025, 2027)),
        },
    ),
    (
        "track",
        "Co-Payment Paid",
        [*MOBILE, "portal"],
        None,
        {
            "payment_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.amount(10, 400)),
            "currency": G(lambda f: f.currency()),
            "method": G(lambda f: f.pick(["card", "apple_pay", "mada", "pix", "line_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "mada", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.pick(["440647", "636368", "512345", "588845"])),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "payer_document": RED(lambda f: f.national_id(), "national id"),
            "invoice_number": G(lambda f: "NF-" + f.digits(7)),
        },
    ),
    (
        "track",
        "Card Entered",
        ["portal"],
        None,
        {
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_holder": Y(lambda f: f.full_name().upper(), "name"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "gateway": G(lambda f: f.pick(["pagar.me", "Tap", "Moyasar", "TapPay"])),
            "gateway_card_id": RED(lambda f: "card_" + f.hexid(20), "token"),
            "three_ds": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "PIX Charge Created",
        ["python"],
        "BR",
        {
            "txid": G(lambda f: f.hexid(32)),
            "calendario": {"criacao": G(ts), "expiracao": G(lambda f: 3600)},
            "devedor": {
                "cpf": RED(lambda f: f.cpf(False), "national id"),
                "nome": Y(lambda f: f.full_name(), "name"),
            },
            "valor": {"original": G(lambda f: f"{f.amount(10, 400):.2f}")},
            "chave": G(
                lambda f: f.pick(
                    ["financeiro@renova.health", "12.345.678/0001-95", "7d9f0335-8dcc-4054-9bf9-0dbd61d36906"]
                )
            ),
            "solicitacaoPagador": G(lambda f: "Coparticipação - fatura " + f.digits(6)),
            "status": G(lambda f: f.pick(["ATIVA", "CONCLUIDA"])),
            "loc": {
                "id": G(lambda f: f.r.randint(100, 99999)),
                "location": G(lambda f: "pix.example-psp.com.br/qr/v2/" + f.uuid()),
            },
        },
    ),
    (
        "track",
        "Refund Issued",
        ["ruby"],
        None,
        {
            "refund_id": G(lambda f: "rf_" + f.hexid(14)),
            "amount": G(lambda f: f.amount(10, 600)),
            "reason": G(lambda f: f.pick(["duplicate", "session_cancelled", "insurer_covered"])),
            "bank": {
                "code": G(lambda f: f.pick(["341", "001", "237", "812", "RJHI", "NCBK"])),
                "branch": G(lambda f: f.pick(["0001", "1234", "3125"])),
                "account": RED(lambda f: f.bank_account(), "bank account"),
                "holder": Y(lambda f: f.full_name(), "name"),
                "iban": RED(lambda f: f.iban(), "bank account"),
            },
        },
    ),
    (
        "track",
        "Copay Receipt Issued",
        ["go"],
        "TW",
        {
            "收據號碼": G(lambda f: "R" + f.digits(9)),
            "金額": G(lambda f: f.r.randint(50, 3000)),
            "部分負擔": G(lambda f: f.pick([0, 50, 100, 200])),
            "健保卡號": RED(lambda f: f.nhi_card(), "health id"),
            "病患姓名": Y(lambda f: f.full_name(), "name"),
            "就醫序號": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "院所代號": G(lambda f: f.digits(10)),
            "發票號碼": G(lambda f: f"{f.pick(['AB', 'QK', 'ZX'])}-{f.digits(8)}"),
            "載具": Y(
                lambda f: (
                    "/" + "".join(f.pick(list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789+-.")) for _ in range(7))
                ),
                "identification",
            ),
        },
    ),
    # ---- staff -----------------------------------------------------------------------------------------
    (
        "track",
        "Shift Scheduled",
        ["ruby"],
        None,
        {
            "shift_id": G(lambda f: f.uuid()),
            "clinic_code": G(lambda f: f.pick(CLINIC_CODES)),
            "nurse_name": Y(lambda f: f.full_name(), "name"),
            "role": G(
                lambda f: f.pick(
                    ["Enfermeira", "Técnico de enfermagem", "護理師", "Staff Nurse", "Charge Nurse"]
                )
            ),
            "coren": Y(lambda f: f.coren(), "license"),
            "hourly_rate": Y(lambda f: f.amount(25, 140), "salary"),
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "overtime_hours": G(lambda f: f.r.randint(0, 12)),
            "night_shift": G(lambda f: f.pick([True, False])),
            "starts_at": G(ts),
            "ends_at": G(ts),
        },
    ),
    (
        "track",
        "Patient Searched",
        ["portal"],
        None,
        {
            "search": {
                "q": Y(lambda f: f.full_name(), "name", True),
                "field": G(lambda f: "name"),
                "results": G(lambda f: f.r.randint(0, 12)),
            },
            "clinic_code": G(lambda f: f.pick(CLINIC_CODES)),
        },
    ),
    (
        "track",
        "Patient Looked Up",
        ["portal"],
        None,
        {
            "lookup": {
                "input": RED(lambda f: f.national_id(), "national id", True),
                "mask": G(lambda f: {"BR": "000.000.000-00", "TW": "A000000000", "SA": "0000000000"}[f.cc]),
                "found": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Report Exported",
        ["portal"],
        None,
        {
            "report_type": G(
                lambda f: f.pick(["ktv_adequacy", "missed_sessions", "anemia_dashboard", "billing_tiss"])
            ),
            "rows": G(lambda f: f.r.randint(10, 5000)),
            "format": G(lambda f: f.pick(["csv", "xlsx", "pdf"])),
            "filters": {
                "clinic": G(lambda f: f.pick(CLINIC_CODES)),
                "date_from": G(lambda f: f.date(2024, 2024)),
                "date_to": G(lambda f: f.date(2024, 2024)),
            },
            "exported_by": Y(
                lambda f: (
                    plain(f.first()).lower().replace(" ", "")
                    + "."
                    + plain(f.last()).lower().replace(" ", "").replace("-", "")
                    + "@renova.health"
                ),
                "email",
                True,
            ),
        },
    ),
    (
        "group",
        None,
        ["portal", "java"],
        None,
        {
            "name": G(lambda f: f.clinic()),
            "companyRegistration": G(lambda f: f.pick(["12.345.678/0001-95", "1010123456", "24536789"])),
            "chairs": G(lambda f: f.r.randint(12, 60)),
            "clinicPhone": G(lambda f: f.clinic_phone()),
            "frontDeskEmail": G(
                lambda f: f.pick(
                    [
                        "recepcao.paulista@renova.health",
                        "front.desk.olaya@renova.health",
                        "taipei@renova.health",
                    ]
                )
            ),
            "site": {
                "street": G(lambda f: f.pick(["Av. Paulista, 1578", "Olaya St 7781", "忠孝東路四段100號"])),
                "city": G(lambda f: f.pick(["São Paulo", "Riyadh", "臺北市"])),
                "postcode": G(lambda f: f.pick(["01310-200", "12214", "106"])),
            },
            "medicalDirector": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "plan": G(lambda f: f.pick(["enterprise", "clinic_pro"])),
            "createdAt": G(ts),
        },
    ),
    # ---- vendor payloads -------------------------------------------------------------------------------
    (
        "track",
        "WhatsApp Reply Received",
        ["node"],
        None,
        {
            "object": G(lambda f: "whatsapp_business_account"),
            "entry": Many(
                {
                    "id": G(lambda f: f.digits(15)),
                    "changes": Many(
                        {
                            "field": G(lambda f: "messages"),
                            "value": {
                                "messaging_product": G(lambda f: "whatsapp"),
                                "metadata": {
                                    "display_phone_number": G(
                                        lambda f: {
                                            "BR": "551130904500",
                                            "TW": "886227001234",
                                            "SA": "966112108800",
                                        }[f.cc]
                                    ),
                                    "phone_number_id": G(lambda f: f.digits(15)),
                                },
                                "contacts": Many(
                                    {
                                        "profile": {"name": Y(lambda f: f.full_name(), "name")},
                                        "wa_id": Y(lambda f: f.e164().lstrip("+"), "phone", True),
                                    },
                                    1,
                                ),
                                "messages": Many(
                                    {
                                        "from": Y(lambda f: f.e164().lstrip("+"), "phone", True),
                                        "id": G(lambda f: "wamid.HBgM" + f.hexid(30).upper()),
                                        "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                                        "type": G(lambda f: "text"),
                                        "text": {
                                            "body": G(
                                                lambda f: f.pick(
                                                    [
                                                        "SIM",
                                                        "1",
                                                        "Confirmado",
                                                        "Ok obrigado",
                                                        "Pode remarcar para quinta?",
                                                        "好",
                                                        "نعم",
                                                    ]
                                                )
                                            )
                                        },
                                    },
                                    1,
                                ),
                            },
                        },
                        1,
                    ),
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Inbound Call",
        ["php"],
        None,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.e164(), "phone", True),
            "To": G(lambda f: f.clinic_phone().replace(" ", "").replace("-", "")),
            "CallerName": Y(lambda f: plain(f.full_name()).upper(), "name"),
            "FromCity": Y(lambda f: plain(f.city()).upper(), "city"),
            "FromState": G(lambda f: f.state()),
            "FromZip": Y(lambda f: f.zip(), "zipcode"),
            "FromCountry": G(lambda f: f.cc),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed"])),
            "Direction": G(lambda f: "inbound"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        None,
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "subject": G(
                lambda f: f.pick(
                    ["Problema no login", "Transporte não veio", "Cobrança errada", "帳號問題", "استفسار"]
                )
            ),
            "description": Y(support_text, "phone", True),
            "tags": Many(G(lambda f: f.pick(["login", "transporte", "billing", "app"])), 2),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["web", "whatsapp", "email", "phone"])),
        },
    ),
    # ---- marketing site and shop -----------------------------------------------------------------------
    (
        "page",
        "Landing",
        ["web"],
        None,
        {
            "path": G(lambda f: "/hemodialise"),
            "url": G(lambda f: "https://www.renova.health/hemodialise"),
            "title": G(
                lambda f: f.pick(
                    ["Hemodiálise perto de você | Renova", "洗腎照護 | Renova", "غسيل الكلى | رينوفا"]
                )
            ),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://l.facebook.com/"])),
            "search": G(lambda f: f.pick(["?utm_source=google", "?utm_source=facebook", ""])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(44), "advertising id"),
        },
    ),
    (
        "track",
        "Visit Request Form Submitted",
        ["web"],
        None,
        {
            "first-name": Y(lambda f: f.first(), "name"),
            "last-name": Y(lambda f: f.last(), "name"),
            "e-mail": Y(lambda f: f.email(), "email"),
            "phone-number": Y(lambda f: f.phone(), "phone"),
            "cidade": Y(lambda f: f.city(), "city"),
            "how-did-you-hear": G(lambda f: f.pick(["google", "médico", "amigo", "instagram"])),
            "clinic-preference": G(lambda f: f.clinic()),
            "patient-or-family": G(lambda f: f.pick(["patient", "family member"])),
            "already-on-dialysis": Y(lambda f: f.pick([True, False]), "condition"),
            "consent-lgpd": G(lambda f: True),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
        },
    ),
    (
        "track",
        "FAQ Searched",
        MOBILE,
        None,
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "como pagar coparticipação",
                        "horário da unidade",
                        "transporte",
                        "洗腎 飲食",
                        "مواعيد رمضان",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "rn"],
        None,
        {"query": G(lambda f: f.pick(["suplemento renal", "balança", "luvas", "低鉀", "مكمل غذائي"]))},
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        None,
        {
            **product(),
            "currency": G(lambda f: f.currency()),
            "value": G(lambda f: f.amount(9, 300)),
            "url": G(lambda f: f"https://loja.renova.health/p/{f.r.randint(100, 999)}"),
        },
    ),
    ("track", "Product Added", ["web", "rn"], None, {"cart_id": G(lambda f: f.uuid()), **product()}),
    (
        "track",
        "Checkout Started",
        ["web", "rn"],
        None,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "value": G(lambda f: f.amount(20, 900)),
            "shipping": G(lambda f: f.amount(0, 40)),
            "coupon": G(lambda f: f.pick(["RENAL10", "BEMVINDO", "RAMADAN"])),
            "currency": G(lambda f: f.currency()),
            "products": Many(product()),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "rn"],
        None,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.amount(20, 900)),
            "shipping": G(lambda f: f.amount(0, 40)),
            "currency": G(lambda f: f.currency()),
            "payment_method": G(lambda f: f.pick(["pix", "boleto", "card", "mada", "apple_pay"])),
            "products": Many(product()),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "street": Y(lambda f: f.street(), "address|street"),
                "neighborhood": Y(lambda f: f.district(), "address"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "billing_document": RED(lambda f: f.national_id(), "national id"),
            "delivery_window": G(lambda f: f.pick(["morning", "afternoon", "não em dia de sessão"])),
        },
    ),
    # ---- patient app: everyday -------------------------------------------------------------------------
    (
        "track",
        "Medication Reminder Set",
        MOBILE,
        None,
        {
            "reminder": {
                "id": G(lambda f: f.uuid()),
                "type": G(lambda f: "medication"),
                "label": Y(
                    lambda f: f.pick(
                        [
                            "Tomar Renvela 800mg",
                            "Calcitriol",
                            "Noripurum",
                            "服用 碳酸鈣",
                            "Cinacalcet 30mg",
                            "حبوب الفوسفات",
                        ]
                    ),
                    "medication",
                    True,
                ),
                "time": G(lambda f: f.pick(["07:00", "12:30", "19:00", "21:00"])),
                "days": Many(G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri", "sat"])), 3),
            },
        },
    ),
    (
        "track",
        "Button Tapped",
        MOBILE,
        None,
        {
            "label": G(lambda f: f.pick(["Confirmar", "Agendar transporte", "Ver exames", "確認", "تأكيد"])),
            "screen": G(lambda f: f.pick(["home", "sessions", "labs", "transport"])),
            "element_id": G(lambda f: f.pick(["btn_confirm", "btn_ride", "btn_labs"])),
        },
    ),
    (
        "track",
        "Water Intake Logged",
        MOBILE,
        None,
        {
            "amount_ml": G(lambda f: f.pick([100, 150, 200, 250])),
            "daily_total_ml": G(lambda f: f.r.randint(100, 1500)),
            "daily_limit_ml": G(lambda f: f.pick([500, 750, 1000])),
            "source": G(lambda f: f.pick(["manual", "widget", "watch"])),
        },
    ),
    (
        "track",
        "Ramadan Schedule Requested",
        MOBILE,
        "SA",
        {
            "fasting": Y(lambda f: f.pick([True, False]), "religion"),
            "preferred_shift": G(lambda f: f.pick(["after_iftar", "after_taraweeh", "morning"])),
            "year_hijri": G(lambda f: 1445),
            "clinic_name": G(lambda f: f.clinic()),
        },
    ),
    (
        "track",
        "Session Missed",
        ["java"],
        None,
        {
            "sessionId": G(lambda f: f.uuid()),
            "patientId": G(lambda f: "pat_" + f.hexid(12)),
            "reason": G(lambda f: f.pick(["transport", "travel", "work", "family", "no_show_unknown"])),
            "rescheduled": G(lambda f: f.pick([True, False])),
            "caregiverNotified": G(lambda f: f.pick([True, False])),
            "missedThisMonth": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Document Uploaded",
        MOBILE,
        None,
        {
            "document_type": G(doc_type),
            "file_name": G(
                lambda f: f.pick(["IMG_20240312_101522.jpg", "scan0001.pdf", "documento.jpg", "photo.heic"])
            ),
            "file_size": G(lambda f: f.r.randint(80_000, 6_000_000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "application/pdf", "image/heic"])),
            "sha256": G(lambda f: f.hexid(64)),
            "storage_key": G(lambda f: f"uploads/{f.uuid()}/{f.hexid(8)}"),
            "ocr_extracted_name": Y(lambda f: f.full_name(), "name"),
            "ocr_document_number": RED(
                lambda f: f.passport() if f.doc == "passport" else f.national_id(), "national id|passport"
            ),
        },
    ),
    (
        "track",
        "Consent Updated",
        [*MOBILE, "portal"],
        None,
        {
            "consent_id": G(lambda f: f.uuid()),
            "marketing": G(lambda f: f.pick([True, False])),
            "share_with_insurer": G(lambda f: f.pick([True, False])),
            "research_participation": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["v3", "v4"])),
            "signature_name": Y(lambda f: f.full_name(), "name"),
            "signed_at": G(ts),
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        MOBILE,
        None,
        {
            "campaign_id": G(lambda f: f.digits(6)),
            "message_id": G(lambda f: f.uuid()),
            "title": G(
                lambda f: f.pick(["Lembrete de sessão", "Seus exames chegaram", "透析提醒", "تذكير بالموعد"])
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "Sua sessão é amanhã às 06:30",
                        "Novos resultados disponíveis no app",
                        "明天早上7點透析",
                        "موعدك غداً الساعة ٧",
                    ]
                )
            ),
            "deep_link": G(lambda f: f.pick(["renova://sessions", "renova://labs", "renova://transport"])),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        [*MOBILE, "portal"],
        None,
        {
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Equipe excelente",
                        "Ar condicionado muito frio",
                        "護理師很親切",
                        "الخدمة ممتازة",
                        "Waiting room too crowded",
                    ]
                )
            ),
            "clinic": G(lambda f: f.clinic()),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        "Patient Chart",
        ["portal"],
        None,
        {
            "path": G(lambda f: "/pacientes/" + f.digits(6)),
            "url": G(lambda f: "https://app.renova.health/pacientes/" + f.digits(6)),
            "title": G(lambda f: "Prontuário #" + f.digits(6) + " | Renova"),
            "referrer": G(lambda f: "https://app.renova.health/"),
            "search": G(lambda f: f.pick(["", "?tab=sessoes"])),
        },
    ),
    ("alias", None, MOBILE, None, {}),
]


def build(seed: int, repeats: int):
    f = KFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, cc, body in EVENTS:
            f.cc = cc or f.pick(["BR", "BR", "TW", "SA"])
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "userId": "usr_" + f.digits(7),
            }
            if client not in SERVER_LIBS:
                msg["anonymousId"] = f.uuid()
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = f.pick(CLINIC_CODES)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif kind != "alias":
                msg["properties"] = render(body, f, "properties", labels)
            page = "/" + (name or "").lower().replace(" ", "-")
            msg["context"] = render(context_for(f, client, page), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=248, repeats=24)
    write(Path(__file__).parent, "holdout248_", events, labels)
