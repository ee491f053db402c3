"""Writes holdout229: tests/corpus/holdout229_events.jsonl and holdout229_labels.json.

Sealed: written from the brief, REFERENCE.md and the corpus helpers only, without reading the
detection engine, its vocabularies, its tests or other corpora's labels, and without running the
engine on these events. Not tuned to anything; not scored by its author.

Domain: "Turnly", a payroll, time-clock and HR app for shift workers in Brazil, Indonesia and the
US. Employee onboarding (CPF, RG, PIS, CTPS, título de eleitor, Cartão SUS; NIK, NPWP, BPJS; SSN,
W-4, I-9, EEO self-identification), bank details for pay (agência/conta, Pix keys, rekening,
e-wallets, ABA routing + account, a Brazilian IBAN), clock-in/out with geofences and selfies,
kiosk and telephone (Twilio IVR) punches, timesheets and overtime, shift swaps, leave and sick
notes (CID-10, doctors' CRM), payslips (holerite, slip gaji), earned-wage advances (Xendit-shaped
callbacks), union dues, benefits (health, dental, life beneficiaries, pet insurance), a small
benefits marketplace (pulsa top-ups, PLN tokens, uniforms: e-commerce spec events), employer
sign-up and billing, sign-in, OTP and magic links, a legacy PHP backend that tracks its POST
bodies, WhatsApp and SendGrid webhooks, a Meta Conversions-API-shaped server event, a warehouse
reverse-ETL identify and a background-check vendor.

Conventions: contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter (a shared kiosk tablet: no traits, no location, no ip) and the python, node, go,
java, ruby, php and .NET server libraries. Keys are mostly camelCase and snake_case English;
about 17 % are PascalCase (.NET, Twilio), SCREAMING_SNAKE (reverse ETL), kebab-case (the
background-check vendor, SendGrid's `smtp-id`), Portuguese (the legacy PHP backend) and
Indonesian (the Go and Python payroll backends, `kelurahan`, `nikKaryawan`). Each message is
rendered for one country (BR, ID or US), so names, phones, addresses, ids and locales agree
within a message. Values are synthetic but valid in
structure: CPF, CNPJ, PIS, RG-SP, CNH, título de eleitor and CNS check digits; NIK with region,
birth date (+40 for women) and serial; NPWP with its Luhn digit; SSA-valid SSNs, ITINs, ABA
routing checksums; Luhn card numbers; mod-97 IBAN.

Labelling rules (Privacy Portal default colours, as the brief gives them):
- PII is data about a natural person: the worker, a dependant, an emergency contact, a
  beneficiary, a coworker, a manager, a doctor, a payee. Colour and type are the reference's
  default matcher where one fits; outside it, red for credentials/secrets, card numbers, bank
  accounts, government ids and health ids, yellow otherwise.
- Green: ids we issue (employee, shift, site, payslip, matrícula, `nik_karyawan` = an Indonesian
  company's employee number, despite the `nik` in it), UUIDs, versions, timestamps, amounts,
  enums, counters and booleans under PII-sounding keys, names of companies, sites, clinics,
  plans, products and pets (not a union's: it reveals membership), a site's or clinic's own
  coordinates and phone, role mailboxes (financeiro@, ap@), company tax ids (CNPJ, EIN), bank /
  branch / routing codes, card brand, last four (of a card and, by the same reasoning, of a bank
  account: Plaid's `mask`), expiry, BIN, user agents, OS analytics device ids, countries,
  states, locales, currencies, ages, marital status, job titles, employers, education level,
  utility customer numbers (PLN), e-mail Message-IDs, Places session tokens, the business's
  number in a telephony webhook (Twilio `To`).
- Pay: the person's rate or pay totals (hourly rate, base salary, gross, net, take-home and
  overtime pay) are yellow `salary`; amounts of transactions and balances (an advance, its fee,
  tax and social-security deductions, benefit premiums, dues, reimbursements, payroll-run totals
  across a company) are green.
- Contested cases follow the product's published policy: insurer member and policy numbers
  yellow `identification`; plates yellow `license`; driving licence numbers (CNH, US DL) yellow
  `license` (the reference's matcher, not an identity document for this corpus); click ids
  (gclid, fbclid, _fbp, _fbc) yellow `advertising id`; union names, locals and membership flags
  yellow `trade union`; payment tokens (Stripe `pm_`), invite / activation codes, OTP codes and
  magic-link tokens red `token`; CNS (Cartão SUS) and BPJS Kesehatan numbers red `health id`;
  identity-document numbers red `national id` (PIS and BPJS Ketenagakerjaan, social-security
  numbers: `national id|social security number`); I-9 citizenship attestation, work-authorisation
  expiry and visa sponsorship red `visa`; the last four of an SSN red; race/colour yellow `race`,
  religion yellow, disability and veteran status red; pregnancy, medical restrictions, blood type
  and tobacco use yellow `condition`.
- Undecidable cases, settled as a careful privacy owner would: a Pix key (CPF, e-mail, phone or
  random EVP key) and an e-wallet number (a phone number that is a payment account) are red
  `bank account`; hashed e-mail and phone sent for ad matching (Meta `em`, `ph`) keep the colour
  and type of what they hash, not value_only (the value cannot tell); a hashed user id is green;
  the doctor's CRM is yellow `license`; birthplace is yellow `city`; Indonesian kelurahan,
  kecamatan and RT/RW are parts of the home address (yellow `address`, kecamatan `city|address`);
  a file name built from the worker's name is yellow `name`.
- value_only is true when the key does not say what the value is (`value`, `q`, `input`, `text`,
  `reason`, `message`, `description`, `from`, `wa_id`, `usuario`, `fileName`); every value of
  such a path carries the labelled PII. Free text under any key is labelled by what all its
  values carry and is green when none carries PII (leave notes, help-centre queries, WhatsApp
  message bodies). Paths are labelled by key semantics otherwise, even when a value is "N/A".
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

BR_FIRST = [
    "João", "Maria", "Ana", "Francisco", "Antônio", "Francisca", "Luiz", "Adriana", "Juliana",
    "Márcio", "Thiago", "Letícia", "Raimunda", "Gabriel", "Beatriz", "Wellington", "Josefa",
    "Cauã", "Kauane", "Edvaldo", "Iara", "Thaís", "Severino", "Jéssica",
]  # fmt: skip
BR_MIDDLE = ["", "", "", "Aparecida", "de Jesus", "Carlos", "Eduarda", "Henrique", "da Conceição"]
BR_LAST = [
    "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
    "Gomes", "Ribeiro", "Carvalho", "Nascimento", "Araújo", "Barbosa", "Cavalcanti", "Yamamoto",
    "Haddad", "dos Santos", "Melo",
]  # fmt: skip
ID_FIRST = [
    "Budi", "Siti", "Agus", "Dewi", "Putri", "Rizky", "Wahyu", "Nur", "Sri", "Eko", "Ayu", "Fajar",
    "Intan", "Bambang", "Yohanes", "Ni Made", "I Ketut", "Hendra", "Rahmat", "Indah", "Muhammad",
]  # fmt: skip
ID_LAST = [
    "Santoso", "Wijaya", "Saputra", "Hidayat", "Lestari", "Kurniawan", "Pratama", "Setiawan",
    "Nugroho", "Siregar", "Simanjuntak", "Hutapea", "Rahayu", "Susanti", "Gunawan", "Nasution",
]  # fmt: skip
ID_MONONYM = ["Sutrisno", "Suparmi", "Rahmawati", "Mulyadi", "Sukarni", "Wartini", "Slamet"]
US_FIRST = [
    "Jasmine", "DeShawn", "María", "Tyler", "Aaliyah", "Kenji", "Guadalupe", "Kateryna", "Abdi",
    "Precious", "Brittany", "Jamal", "Lan", "Carlos", "Emily", "Mohammed", "Destiny", "Ngozi",
    "Tomás", "Hye-jin",
]  # fmt: skip
US_LAST = [
    "Johnson", "Williams", "Hernández", "Brooks", "Davis", "Watanabe", "Ramírez", "Bondarenko",
    "Mohamed", "Okonkwo", "Nguyen", "Washington", "Kowalski", "Begay", "Patel", "O'Connor", "Kim",
]  # fmt: skip

BR_CITIES = [
    "São Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife", "Fortaleza", "Curitiba",
    "Porto Alegre", "Salvador", "Manaus", "Campinas", "Guarulhos", "Osasco",
]  # fmt: skip
ID_CITIES = [
    "Jakarta Selatan", "Bandung", "Surabaya", "Medan", "Denpasar", "Yogyakarta", "Bekasi",
    "Tangerang", "Makassar", "Semarang", "Depok",
]  # fmt: skip
US_CITIES = ["Chicago", "Houston", "Phoenix", "Atlanta", "Miami", "Seattle", "Newark", "Fresno", "Columbus"]
BR_STREETS = [
    "Rua Augusta", "Avenida Paulista", "Rua da Consolação", "Rua XV de Novembro", "Avenida Brasil",
    "Rua Sete de Setembro", "Travessa São José", "Estrada do Campo Limpo", "Rua Barão de Itapetininga",
]  # fmt: skip
ID_STREETS = [
    "Jl. Kemang Raya", "Jl. Jend. Sudirman", "Jl. Gatot Subroto", "Jl. Raya Bogor", "Gg. Mawar",
    "Jl. Diponegoro", "Jl. Pahlawan", "Jl. Cempaka Putih Tengah", "Jl. Kaliurang",
]  # fmt: skip
US_STREETS = [
    "W Division St",
    "Pine St",
    "S Halsted St",
    "Westheimer Rd",
    "NE 45th St",
    "Camelback Rd",
    "Peachtree St NE",
]
ID_KELURAHAN = ["Bangka", "Cipete Utara", "Sukajadi", "Gubeng", "Petisah Tengah", "Kuta", "Condongcatur"]
ID_KECAMATAN = ["Mampang Prapatan", "Kebayoran Baru", "Coblong", "Tegalsari", "Medan Baru", "Depok", "Kuta"]
BR_BAIRROS = ["Pinheiros", "Consolação", "Boa Viagem", "Savassi", "Copacabana", "Centro", "Meireles"]
STATES = {
    "BR": ["SP", "RJ", "MG", "PE", "CE", "PR", "RS", "BA", "AM"],
    "ID": ["DKI Jakarta", "Jawa Barat", "Jawa Timur", "Sumatera Utara", "Bali", "DI Yogyakarta"],
    "US": ["IL", "TX", "AZ", "GA", "FL", "WA", "NJ", "CA", "OH"],
}
CENTRES = {"BR": (-23.55, -46.63), "ID": (-6.21, 106.84), "US": (41.88, -87.63)}
EMAIL_DOMAINS = {
    "BR": ["example.com.br", "exemplo.com.br", "mail.example.com"],
    "ID": ["example.co.id", "contoh.co.id", "example.com"],
    "US": ["example.com", "example.net", "example.org"],
}
SITES = {
    "BR": [
        "Padaria Estrela - Pinheiros",
        "Mercado Bom Preço Loja 12",
        "Hospital Santa Clara - Copa",
        "CD Guarulhos",
    ],
    "ID": ["Kopi Senja - Kemang", "Gudang Cikarang 2", "Hotel Nusa Indah Kuta", "Outlet Tunjungan Plaza"],
    "US": [
        "Riverside Diner #4",
        "Midwest Fulfillment DC2",
        "Sunrise Senior Living - Oak Park",
        "FreshMart Store 118",
    ],
}
EMPLOYERS = {
    "BR": ["Padaria Estrela Ltda", "Mercado Bom Preço S.A.", "Hospital Santa Clara"],
    "ID": ["PT Kopi Senja Nusantara", "PT Logistik Cepat Indonesia", "PT Nusa Indah Hospitality"],
    "US": ["Riverside Restaurants LLC", "Midwest Fulfillment Inc.", "FreshMart Grocers"],
}
LOCALES = {"BR": ["pt-BR"], "ID": ["id-ID", "en-ID"], "US": ["en-US", "es-US"]}
TIMEZONES = {
    "BR": ["America/Sao_Paulo", "America/Recife", "America/Manaus"],
    "ID": ["Asia/Jakarta", "Asia/Makassar"],
    "US": ["America/Chicago", "America/New_York", "America/Los_Angeles"],
}
CARRIERS = {
    "BR": ["Vivo", "Claro", "TIM"],
    "ID": ["Telkomsel", "Indosat Ooredoo", "XL Axiata"],
    "US": ["T-Mobile", "Verizon", "AT&T"],
}
BANKS = {
    "BR": [
        ("341", "Itaú Unibanco"),
        ("001", "Banco do Brasil"),
        ("237", "Bradesco"),
        ("260", "Nu Pagamentos"),
        ("104", "Caixa"),
    ],
    "ID": [("014", "BCA"), ("008", "Bank Mandiri"), ("002", "BRI"), ("009", "BNI"), ("451", "BSI")],
    "US": [
        ("chase", "Chase"),
        ("bofa", "Bank of America"),
        ("wells", "Wells Fargo"),
        ("chime", "Chime"),
        ("usbank", "U.S. Bank"),
    ],
}
CURRENCY = {"BR": "BRL", "ID": "IDR", "US": "USD"}
UNIONS = {
    "BR": [
        "Sindicato dos Comerciários de São Paulo",
        "SINDHOSP",
        "Sindicato dos Padeiros de SP",
        "SINTRACOM",
    ],
    "ID": ["SPSI", "KSPI - FSPMI", "Serikat Pekerja Hotel Bali", "KSBSI"],
    "US": ["SEIU", "UFCW", "UNITE HERE", "Teamsters"],
}
UNION_LOCALS = {
    "BR": ["Subsede Zona Sul", "Seção Guarulhos", "Regional Centro"],
    "ID": ["PUK Cikarang", "PC Badung", "PUK Jakarta Selatan"],
    "US": ["Local 1199", "Local 881", "Local 11", "Local 700"],
}
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A145M) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class H(Fake):
    """Fake values for one message at a time; `cc` is the message's country (BR, ID or US)."""

    cc = "BR"
    memo: dict = {}

    def keep(self, key, value):
        """Remembers a value for later fields of the same message (dicts render in order)."""
        self.memo[key] = value
        return value

    # -- names and contacts
    def first_name(self, cc=None):
        return self.pick({"BR": BR_FIRST, "ID": ID_FIRST, "US": US_FIRST}[cc or self.cc])

    def last_name(self, cc=None):
        cc = cc or self.cc
        if cc == "ID":
            return self.pick(ID_LAST)
        return self.pick(BR_LAST if cc == "BR" else US_LAST)

    def person(self, cc=None):
        cc = cc or self.cc
        if cc == "BR":
            middle = self.pick(BR_MIDDLE)
            parts = [self.pick(BR_FIRST), middle, self.pick(BR_LAST)]
            if self.r.random() < 0.4:
                parts.append(self.pick(BR_LAST))
            return " ".join(p for p in parts if p)
        if cc == "ID":
            if self.r.random() < 0.25:
                return self.pick(ID_MONONYM)
            return f"{self.pick(ID_FIRST)} {self.pick(ID_LAST)}"
        return f"{self.pick(US_FIRST)} {self.pick(US_LAST)}"

    def mail(self, name=None, cc=None):
        cc = cc or self.cc
        name = fold(name or self.person(cc)).lower().replace("'", "")
        parts = name.split()
        user = self.pick(
            [
                ".".join(parts[:2]) if len(parts) > 1 else parts[0],
                parts[0] + str(self.r.randint(1, 99)),
                parts[0][0] + parts[-1],
                "_".join([parts[0], parts[-1]]) + str(self.r.randint(80, 2005)),
            ]
        )
        return f"{user}@{self.pick(EMAIL_DOMAINS[cc])}"

    def tel(self, cc=None):
        cc = cc or self.cc
        r = self.r
        if cc == "BR":
            ddd = self.pick([11, 21, 31, 41, 51, 61, 71, 81, 85, 92])
            a, b = r.randint(8000, 9999), r.randint(0, 9999)
            return self.pick(
                [
                    f"+55{ddd}9{a}{b:04d}",
                    f"({ddd}) 9{a}-{b:04d}",
                    f"+55 {ddd} 9{a}-{b:04d}",
                    f"{ddd}9{a}{b:04d}",
                ]
            )
        if cc == "ID":
            pre = self.pick(["811", "812", "813", "821", "822", "852", "856", "857", "878", "895", "896"])
            a, b = r.randint(1000, 9999), r.randint(100, 9999)
            return self.pick([f"+62{pre}{a}{b}", f"0{pre}-{a}-{b}", f"+62 {pre}-{a}-{b}", f"0{pre}{a}{b}"])
        area = self.pick([312, 773, 713, 832, 602, 404, 305, 206, 973, 559, 614])
        ex, line = r.randint(201, 989), r.randint(0, 9999)
        return self.pick([f"+1{area}{ex}{line:04d}", f"({area}) {ex}-{line:04d}", f"{area}-{ex}-{line:04d}"])

    def biz_phone(self, cc=None):
        cc = cc or self.cc
        if cc == "BR":
            return self.pick(["(11) 3061-", "(21) 2543-", "(81) 3327-"]) + self.digits(4)
        if cc == "ID":
            return self.pick(["(021) 7199-", "(0361) 75", "(022) 250-"]) + self.digits(4)
        return self.pick(["(312) 555-01", "(713) 555-01", "(206) 555-01"]) + self.digits(2)

    # -- places
    def city_of(self, cc=None):
        return self.pick({"BR": BR_CITIES, "ID": ID_CITIES, "US": US_CITIES}[cc or self.cc])

    def street_of(self, cc=None):
        cc = cc or self.cc
        if cc == "BR":
            return f"{self.pick(BR_STREETS)}, {self.r.randint(10, 3500)}"
        if cc == "ID":
            return f"{self.pick(ID_STREETS)} No. {self.r.randint(1, 180)}"
        return f"{self.r.randint(100, 9800)} {self.pick(US_STREETS)}"

    def full_address(self, cc=None):
        cc = cc or self.cc
        if cc == "BR":
            extra = self.pick(["", " apto 42", " - Casa 2", " Bloco B ap 101"])
            where = f"{self.pick(BR_BAIRROS)}, {self.city_of(cc)} - SP"
            return f"{self.street_of(cc)}{extra} - {where}, {self.postcode(cc)}"
        if cc == "ID":
            rt = f"RT 00{self.r.randint(1, 9)}/RW 0{self.r.randint(1, 15):02d}, {self.pick(ID_KELURAHAN)}"
            return f"{self.street_of(cc)}, {rt}, {self.city_of(cc)} {self.postcode(cc)}"
        return f"{self.street_of(cc)}, {self.city_of(cc)}, {self.pick(STATES['US'])} {self.postcode(cc)}"

    def postcode(self, cc=None):
        cc = cc or self.cc
        if cc == "BR":
            d = self.digits(8)
            return self.pick([f"{d[:5]}-{d[5:]}", d])
        if cc == "ID":
            return str(self.r.randint(10110, 99974))
        z = f"{self.r.randint(10001, 99950)}"
        return self.pick([z, z, f"{z}-{self.r.randint(1000, 9999)}"])

    def geo(self, axis):
        lat, lon = CENTRES[self.cc]
        base = lat if axis == 0 else lon
        return round(base + self.r.uniform(-0.35, 0.35), 6)

    def state_of(self):
        return self.pick(STATES[self.cc])

    def ip_any(self):
        if self.r.random() < 0.2:
            return "2804:" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(7))
        return self.ipv4()

    # -- Brazilian documents
    def _num(self, n):
        return [self.r.randint(0, 9) for _ in range(n)]

    def cpf(self, fmt=None):
        n = self._num(9)
        for weights in (range(10, 1, -1), range(11, 1, -1)):
            s = sum(d * w for d, w in zip(n, weights, strict=False)) % 11
            n.append(0 if s < 2 else 11 - s)
        raw = "".join(map(str, n))
        fmt = self.r.random() < 0.6 if fmt is None else fmt
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if fmt else raw

    def cnpj(self):
        n = [*self._num(8), 0, 0, 0, 1]
        w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
        for weights in (w1, [6, *w1]):
            s = sum(d * w for d, w in zip(n, weights, strict=False)) % 11
            n.append(0 if s < 2 else 11 - s)
        r = "".join(map(str, n))
        return f"{r[:2]}.{r[2:5]}.{r[5:8]}/{r[8:12]}-{r[12:]}"

    def pis(self):
        n = [1, 2, *self._num(8)] if self.r.random() < 0.5 else [2, *self._num(9)]
        s = sum(d * w for d, w in zip(n, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2], strict=True))
        dv = 11 - s % 11
        n.append(0 if dv >= 10 else dv)
        r = "".join(map(str, n))
        return self.pick([f"{r[:3]}.{r[3:8]}.{r[8:10]}-{r[10]}", r])

    def rg_sp(self):
        n = self._num(8)
        s = sum(d * w for d, w in zip(n, range(2, 10), strict=True)) % 11
        dv = 11 - s
        dv = "X" if dv == 10 else "0" if dv == 11 else str(dv)
        r = "".join(map(str, n))
        return f"{r[:2]}.{r[2:5]}.{r[5:8]}-{dv}"

    def cnh(self):
        n = self._num(9)
        s1 = sum(d * w for d, w in zip(n, range(9, 0, -1), strict=True)) % 11
        dsc = 0
        if s1 >= 10:
            s1, dsc = 0, 2
        s2 = (sum(d * w for d, w in zip(n, range(1, 10), strict=True)) % 11 - dsc) % 11
        s2 = 0 if s2 >= 10 else s2
        return "".join(map(str, n)) + f"{s1}{s2}"

    def titulo(self):
        n = self._num(8)
        uf = self.pick(["01", "02", "03", "08", "07"])
        d1 = sum(d * w for d, w in zip(n, range(2, 10), strict=True)) % 11
        d1 = 0 if d1 == 10 else d1
        d2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + d1 * 9) % 11
        d2 = 0 if d2 == 10 else d2
        r = "".join(map(str, n)) + uf + f"{d1}{d2}"
        return self.pick([r, f"{r[:4]} {r[4:8]} {r[8:]}"])

    def cns(self):
        while True:
            base = [self.pick([1, 2]), *self._num(10)]
            s = sum(d * w for d, w in zip(base, range(15, 4, -1), strict=True))
            dv = 11 - s % 11
            if dv == 11:
                dv = 0
            if dv == 10:
                s += 2
                dv = 11 - s % 11
                tail = f"001{dv}"
            else:
                tail = f"000{dv}"
            if dv < 10:
                break
        r = "".join(map(str, base)) + tail
        return self.pick([r, f"{r[:3]} {r[3:7]} {r[7:11]} {r[11:]}"])

    def br_account(self):
        return f"{self.r.randint(10000, 99999999)}-{self.r.randint(0, 9)}"

    def br_iban(self):
        ispb = self.pick(["60701190", "00000000", "60746948", "18236120", "00360305"])
        bban = ispb + f"{self.r.randint(1, 9999):05d}" + self.digits(10) + "C1"
        return self.iban_of("BR", bban)

    def iban_of(self, country, bban):
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def pix_key(self):
        kind = self.pick(["cpf", "email", "phone", "evp"])
        return {
            "cpf": self.cpf,
            "email": self.mail,
            "phone": lambda: f"+55{self.pick([11, 21, 31, 41, 51, 61, 71, 81, 85, 92])}9{self.digits(8)}",
            "evp": self.uuid,
        }[kind]()

    # -- Indonesian documents
    def nik(self, female=None):
        prov = self.pick(["31", "32", "33", "35", "51", "12", "73", "34"])
        day = self.r.randint(1, 28)
        female = self.r.random() < 0.5 if female is None else female
        return (
            prov
            + f"{self.r.randint(1, 20):02d}{self.r.randint(1, 30):02d}"
            + f"{day + (40 if female else 0):02d}{self.r.randint(1, 12):02d}"
            + f"{self.pick([*range(65, 100), *range(0, 7)]):02d}"
            + f"{self.r.randint(1, 999):04d}"
        )

    def npwp(self, company=False):
        if not company and self.r.random() < 0.3:
            return self.nik()
        head = self.luhn_complete(
            self.pick(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]) + self.digits(7)
        )
        kpp, status = f"{self.r.randint(1, 999):03d}", "000"
        return f"{head[:2]}.{head[2:5]}.{head[5:8]}.{head[8]}-{kpp}.{status}"

    def bpjs_tk(self):
        return self.pick(["1", "2"]) + f"{self.r.randint(10, 24)}" + self.digits(8)

    def bpjs_kes(self):
        return "000" + self.digits(10)

    def id_account(self):
        return self.pick(
            [
                self.digits(10),
                self.digits(13),
                f"{self.digits(4)}-01-{self.digits(6)}-50-{self.r.randint(0, 9)}",
            ]
        )

    # -- US documents
    def itin(self):
        mid = self.pick([*range(70, 89), 90, 91, 92, 94, 95, 96, 97, 98, 99])
        return f"9{self.r.randint(0, 99):02d}-{mid}-{self.r.randint(1, 9999):04d}"

    def routing(self):
        d = [int(c) for c in f"{self.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}"]
        d += self._num(6)
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        d.append((10 - s % 10) % 10)
        return "".join(map(str, d))

    def us_account(self):
        return self.digits(self.r.randint(9, 12))

    def us_dl(self):
        st = self.pick(["IL", "TX", "FL", "CA"])
        if st == "IL":
            return f"{self.pick('ABDGHJKMNRSW')}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}"
        if st == "FL":
            head = f"{self.pick('ABCDGHMRSW')}{self.digits(3)}-{self.digits(3)}"
            return f"{head}-{self.digits(2)}-{self.digits(3)}-0"
        if st == "CA":
            return self.pick("ABDEFGNRSTY") + self.digits(7)
        return self.digits(8)

    # -- per-country helpers
    def national_id(self):
        return {"BR": self.cpf, "ID": self.nik, "US": self.ssn}[self.cc]()

    def account(self):
        return {"BR": self.br_account, "ID": self.id_account, "US": self.us_account}[self.cc]()

    def bank(self):
        return self.pick(BANKS[self.cc])

    def plate(self):
        upper = string.ascii_uppercase
        if self.cc == "BR":
            letters = self.alnum(3, upper)
            return self.pick(
                [
                    f"{letters}{self.r.randint(0, 9)}{self.pick(upper)}{self.digits(2)}",
                    f"{letters}-{self.digits(4)}",
                ]
            )
        if self.cc == "ID":
            suffix = self.alnum(self.r.randint(2, 3), "ABCDEFGHJKLMNPRSTUVWXYZ")
            return f"{self.pick(['B', 'D', 'L', 'DK', 'AB'])} {self.digits(4)} {suffix}"
        return f"{self.r.randint(1, 9)}{self.alnum(3, upper)}{self.digits(3)}"

    # -- tokens and ids
    def alnum(self, n, chars=ALNUM):
        return "".join(self.r.choice(chars) for _ in range(n))

    def pm(self):
        return "pm_1" + self.alnum(23)

    def gclid(self):
        return self.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + self.alnum(self.r.randint(70, 84), B64URL)

    def fbclid(self):
        return "IwAR" + self.alnum(self.r.randint(52, 60), B64URL)

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.digits(10)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def sha(self, s):
        return hashlib.sha256(s.strip().lower().encode()).hexdigest()

    def invite_code(self):
        c = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return self.pick([f"TRN-{self.alnum(4, c)}-{self.alnum(4, c)}", self.alnum(8, c)])

    def money_cc(self, lo, hi):
        scale = {"BR": 5, "ID": 15000, "US": 1}[self.cc]
        v = self.r.uniform(lo, hi) * scale
        return round(v, -3) if self.cc == "ID" else round(v, 2)

    def hourly(self):
        return {
            "BR": round(self.r.uniform(7.5, 28), 2),
            "ID": round(self.r.uniform(25, 60)) * 1000,
            "US": round(self.r.uniform(14, 32), 2),
        }[self.cc]

    def monthly(self):
        return {
            "BR": round(self.r.uniform(1412, 6500), 2),
            "ID": int(self.r.uniform(4.9, 14) * 10) * 100_000,
            "US": round(self.r.uniform(2300, 6200), 2),
        }[self.cc]

    def day(self):
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def period(self):
        return f"2024-{self.r.randint(1, 12):02d}"


def net_of(f: H):
    net = f.memo["gross"] * f.r.uniform(0.72, 0.9)
    return int(net // 1000 * 1000) if f.cc == "ID" else round(net, 2)


WEBSITES = {
    "BR": ["https://padariaestrela.example.com.br", "https://bompreco.example.com.br"],
    "ID": ["https://kopisenja.example.co.id", "https://logistikcepat.example.co.id"],
    "US": ["https://riverside.example.com", "https://freshmart.example.com"],
}


def by_cc(mapping):
    """A generator that picks from a per-country list."""
    return lambda f: f.pick(mapping[f.cc])


# -- contexts -----------------------------------------------------------------------------------------


def campaign():
    return {
        "name": G(
            lambda f: f.pick(
                ["contratacao_varejo_q2", "rekrutmen_gudang", "hourly_hiring_spring", "payroll_demo"]
            )
        ),
        "source": G(lambda f: f.pick(["google", "facebook", "instagram", "linkedin", "whatsapp"])),
        "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "referral"])),
        "term": G(
            lambda f: f.pick(
                ["controle de ponto", "aplikasi absensi", "time clock app", "folha de pagamento"]
            )
        ),
        "content": G(lambda f: f.pick(["video_a", "carousel_2", "textlink"])),
    }


def web_context(f: H, page: str, host="app.turnly.com"):
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://turnly.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?lang=pt-BR", "?lang=id", "?tab=history", "?ref=email"])),
            "title": G(
                lambda f: f.pick(
                    [
                        "Turnly",
                        "Turnly | Portal do colaborador",
                        "Turnly - Portal Karyawan",
                        "Turnly · Dashboard",
                    ]
                )
            ),
            "url": G(lambda f: f"https://{host}{page}"),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(by_cc(LOCALES)),
        "timezone": G(by_cc(TIMEZONES)),
        "ip": Y(lambda f: f.ip_any(), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        }
    if f.r.random() < 0.3:
        ctx["campaign"] = campaign()
    return ctx


def swift_context(f: H):
    ctx = {
        "app": {
            "name": G(lambda f: "Turnly"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["41800", "41902", "42001"])),
            "namespace": G(lambda f: "com.turnly.worker"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,8", "iPhone14,7", "iPhone15,4", "iPhone11,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(by_cc(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(by_cc(CARRIERS)),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([375, 390, 414])),
            "height": G(lambda f: f.pick([667, 844, 896])),
        },
        "timezone": G(by_cc(TIMEZONES)),
    }
    if f.r.random() < 0.6:
        ctx["ip"] = Y(lambda f: f.ip_any(), "ip")
    if f.r.random() < 0.5:
        ctx["traits"] = {"userId": G(lambda f: "emp_" + f.digits(7)), "email": Y(lambda f: f.mail(), "email")}
    return ctx


ANDROID_PHONES = [
    ("samsung", "SM-A145M", "a14"),
    ("Xiaomi", "Redmi Note 11", "spes"),
    ("motorola", "moto g54 5G", "cancunf"),
    ("OPPO", "CPH2591", "OP5A1DL1"),
    ("samsung", "SM-A055F", "a05"),
    ("vivo", "V2207", "PD2207"),
]


def kotlin_context(f: H):
    maker, model, codename = f.pick(ANDROID_PHONES)
    android = f.pick(["12", "13", "14"])
    build = {"12": "SP1A.210812.016", "13": "TP1A.220624.014", "14": "UP1A.231005.007"}[android]
    ctx = {
        "app": {
            "name": G(lambda f: "Turnly"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1", "4.20.0"])),
            "build": G(lambda f: f.pick(["418000", "419010", "420003"])),
            "namespace": G(lambda f: "com.turnly.worker"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: codename),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(by_cc(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(by_cc(CARRIERS)),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: android)},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(by_cc(TIMEZONES)),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android {android}; {model} Build/{build})"),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "emp_" + f.digits(7))},
    }
    if f.r.random() < 0.6:
        ctx["ip"] = Y(lambda f: f.ip_any(), "ip")
    if f.r.random() < 0.4:
        ctx["location"] = {
            "latitude": Y(lambda f: f.geo(0), "geolocation"),
            "longitude": Y(lambda f: f.geo(1), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        }
    return ctx


def rn_context(f: H):
    maker, model, kind, os_name, os_version = f.pick(
        [
            ("Apple", "iPhone15,2", "ios", "iOS", "17.4"),
            ("Apple", "iPhone13,2", "ios", "iOS", "16.7.8"),
            ("samsung", "SM-S918B", "android", "Android", "14"),
            ("Google", "Pixel 7", "android", "Android", "14"),
        ]
    )
    return {
        "app": {
            "name": G(lambda f: "Turnly Manager"),
            "version": G(lambda f: f.pick(["2.7.0", "2.8.1"])),
            "build": G(lambda f: f.pick(["270", "281"])),
            "namespace": G(lambda f: "com.turnly.manager"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "type": G(lambda f: kind),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(by_cc(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: os_name), "version": G(lambda f: os_version)},
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "timezone": G(by_cc(TIMEZONES)),
        "traits": {
            "userId": G(lambda f: "emp_" + f.digits(7)),
            "email": Y(lambda f: f.mail(), "email"),
            "name": Y(lambda f: f.person(), "name"),
            "role": G(lambda f: f.pick(["site_manager", "hr_admin", "shift_lead"])),
        },
    }


def flutter_context(f: H):
    maker, model = f.pick([("samsung", "SM-X200"), ("Lenovo", "TB-X606F"), ("samsung", "SM-T225")])
    return {
        "app": {
            "name": G(lambda f: "Turnly Kiosk"),
            "version": G(lambda f: f.pick(["1.9.3", "1.10.0"])),
            "build": G(lambda f: f.pick(["93", "100"])),
            "namespace": G(lambda f: "com.turnly.kiosk"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "locale": G(by_cc(LOCALES)),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "13"]))},
        "screen": {"width": G(lambda f: 1280), "height": G(lambda f: 800)},
        "timezone": G(by_cc(TIMEZONES)),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "1.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(f: H, client: str):
    name, versions = SERVER_LIBS[client]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "php", "python") and f.r.random() < 0.5:
        ctx["ip"] = Y(lambda f: f.ip_any(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if client == "node" and f.r.random() < 0.4:
        ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
        ctx["traits"] = {"email": Y(lambda f: f.mail(), "email")}
    if client == "go":
        ctx["locale"] = G(by_cc(LOCALES))
    return ctx


def context_for(f: H, client: str, page: str):
    if client == "web":
        return web_context(f, page, "turnly.com" if page in ("/", "/demo") else "app.turnly.com")
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- free text ------------------------------------------------------------------------------------------


def swap_message(f: H) -> str:
    name, phone = f.first_name(), f.tel()
    return {
        "BR": f.pick(
            [
                f"Oi {name}, consegue cobrir meu turno de sábado? me chama no zap {phone}",
                f"Preciso trocar a escala de domingo, qualquer coisa liga {phone}",
            ]
        ),
        "ID": f.pick(
            [
                f"Mas {name}, bisa tukar shift Minggu? WA saya {phone}",
                f"Tolong gantiin shift pagi besok ya, kabari di {phone}",
            ]
        ),
        "US": f.pick(
            [
                f"Hey {name}, can you cover my Sat close? text me {phone}",
                f"Need someone for Sunday open, call/text {phone} thx",
            ]
        ),
    }[f.cc]


def chat_with_email(f: H) -> str:
    email = f.mail()
    return {
        "BR": f.pick([f"quero mudar meu email para {email}", f"meu holerite não chegou no {email}"]),
        "ID": f.pick([f"tolong ganti email saya jadi {email}", f"slip gaji tidak masuk ke {email}"]),
        "US": f.pick(
            [f"please update my email to {email}", f"my W-2 never arrived at {email}, can you resend?"]
        ),
    }[f.cc]


def sick_reason(f: H) -> str:
    return f.pick(
        {
            "BR": [
                "gripe forte",
                "dengue",
                "crise de enxaqueca",
                "lombalgia",
                "infecção urinária",
                "conjuntivite",
            ],
            "ID": ["demam berdarah", "tifus", "sakit gigi", "diare", "maag kambuh", "flu berat"],
            "US": ["flu", "migraine", "food poisoning", "strep throat", "back spasm", "COVID-19 positive"],
        }[f.cc]
    )


def ocr_text(f: H) -> str:
    name = f.person().upper()
    if f.cc == "BR":
        head = "REPÚBLICA FEDERATIVA DO BRASIL CADASTRO DE PESSOAS FÍSICAS"
        return f"{head} Número de Inscrição {f.cpf(True)} Nome {name}"
    if f.cc == "ID":
        head = f"PROVINSI {f.pick(STATES['ID']).upper()}"
        return f"{head} NIK : {f.nik()} Nama : {name} Tempat/Tgl Lahir : {f.city_of().upper()}"
    return f"SOCIAL SECURITY {f.ssn()} THIS NUMBER HAS BEEN ESTABLISHED FOR {name}"


def leave_note(f: H) -> str:
    return f.pick(
        {
            "BR": ["viagem em família", "mudança de casa", "casamento da irmã", "", "resolver documentos"],
            "ID": ["pulang kampung lebaran", "acara keluarga", "", "urus SIM", "liburan"],
            "US": ["family trip", "moving apartments", "", "kid's graduation", "DMV appointment"],
        }[f.cc]
    )


def wa_body(f: H) -> str:
    return f.pick(
        {
            "BR": [
                "saldo banco de horas",
                "ponto",
                "Bom dia, quero ver meu holerite",
                "1",
                "escala da semana",
            ],
            "ID": ["cek slip gaji", "absen", "sisa cuti berapa?", "2", "jadwal shift minggu ini"],
            "US": ["schedule", "PTO balance", "hi", "3", "when is payday"],
        }[f.cc]
    )


def wa_number(f: H) -> str:
    """A WhatsApp id: the international number without +."""
    if f.cc == "BR":
        return f"55{f.pick([11, 21, 31, 81, 85])}9{f.digits(8)}"
    if f.cc == "ID":
        return f"628{f.pick(['12', '13', '21', '52', '57', '78', '96'])}{f.digits(f.r.randint(7, 8))}"
    return f"1{f.pick([312, 773, 713, 602, 404])}{f.r.randint(201, 989)}{f.digits(4)}"


def w2_filename(f: H) -> str:
    first, last = fold(f.first_name("US")).upper(), fold(f.last_name("US")).upper().replace("'", "")
    return f.pick([f"W2_2023_{last}_{first}.pdf", f"{first}_{last}_W-2_2023.pdf", f"W2-2023-{last}.pdf"])


# -- events -----------------------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, country or None, count, page path, body)

ADDRESS = {
    "street": Y(lambda f: f.street_of(), "address|street"),
    "city": Y(lambda f: f.city_of(), "city"),
    "state": G(lambda f: f.state_of()),
    "postalCode": Y(lambda f: f.postcode(), "zipcode"),
    "country": G(lambda f: f.cc),
}

IDENTIFY_WORKER = {
    "firstName": Y(lambda f: f.keep("first", f.first_name()), "name"),
    "lastName": Y(lambda f: f.keep("last", f.last_name()), "name"),
    "name": Y(lambda f: f.keep("name", f"{f.memo['first']} {f.memo['last']}"), "name"),
    "email": Y(lambda f: f.mail(f.memo["name"]), "email"),
    "phone": Y(lambda f: f.tel(), "phone"),
    "birthday": Y(lambda f: f.date(1962, 2006), "birthdate"),
    "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
    "address": ADDRESS,
    "avatar": Y(lambda f: f"https://media.turnly.app/avatars/{f.hexid(20)}.jpg", "photo"),
    "createdAt": G(lambda f: f.iso()),
    "employeeId": G(lambda f: int(f.digits(6))),
    "employerId": G(lambda f: "org_" + f.digits(6)),
    "employerName": G(by_cc(EMPLOYERS)),
    "jobTitle": G(
        lambda f: f.pick(
            ["Operador de Caixa", "Barista", "Line Cook", "Picker", "Técnica de Enfermagem", "Housekeeping"]
        )
    ),
    "hourlyRate": Y(lambda f: f.hourly(), "salary"),
    "payFrequency": G(lambda f: f.pick(["weekly", "biweekly", "semimonthly", "monthly"])),
    "employmentType": G(lambda f: f.pick(["hourly", "clt", "intermitente", "PKWT", "PKWTT", "part_time"])),
    "age": G(lambda f: f.r.randint(18, 64)),
    "emailVerified": G(lambda f: f.pick([True, False])),
    "phoneVerified": G(lambda f: f.pick([True, False])),
    "role": G(lambda f: f.pick(["worker", "shift_lead", "manager"])),
}

ONBOARDING_BR = {
    "cpf": RED(lambda f: f.cpf(), "national id"),
    "rg": RED(lambda f: f.rg_sp(), "national id"),
    "rg_issuer": G(lambda f: f.pick(["SSP/SP", "DETRAN/RJ", "SDS/PE", "SSP/MG"])),
    "pis_pasep": RED(lambda f: f.pis(), "national id|social security number"),
    "ctps_number": RED(lambda f: f.digits(7), "national id"),
    "voter_id_number": RED(lambda f: f.titulo(), "national id"),
    "cnh_number": Y(lambda f: f.cnh(), "license"),
    "cnh_category": G(lambda f: f.pick(["B", "AB", "D", "AE"])),
    "sus_card_number": RED(lambda f: f.cns(), "health id"),
    "birth_date": Y(
        lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1962, 2006)}", "birthdate"
    ),
    "mother_name": Y(lambda f: f.person("BR"), "name"),
    "father_name": Y(lambda f: f.person("BR"), "name"),
    "marital_status": G(lambda f: f.pick(["solteiro", "casado", "divorciado", "uniao_estavel", "viuvo"])),
    "race_color": Y(
        lambda f: f.pick(["branca", "preta", "parda", "amarela", "indigena", "nao_informado"]), "race"
    ),
    "is_pcd": RED(lambda f: f.keep("pcd", f.pick([False, False, False, True])), "disability"),
    "disability_type": RED(
        lambda f: f.pick(["fisica", "auditiva", "visual", "intelectual"]) if f.memo["pcd"] else "nenhuma",
        "disability",
    ),
    "education_level": G(lambda f: f.pick(["fundamental_completo", "medio_completo", "superior_incompleto"])),
    "nationality": Y(
        lambda f: f.pick(["brasileira", "brasileira", "venezuelana", "haitiana", "boliviana"]), "citizenship"
    ),
    "birthplace": Y(lambda f: f.city_of("BR"), "city"),
    "address": {
        "cep": Y(lambda f: f.postcode("BR"), "zipcode"),
        "street": Y(lambda f: f.pick(BR_STREETS), "address|street"),
        "number": Y(lambda f: str(f.r.randint(1, 3500)), "address"),
        "complement": Y(
            lambda f: f.pick(["apto 42", "casa 2", "bloco B ap 101", "fundos", "apto 1203"]), "address"
        ),
        "neighborhood": Y(lambda f: f.pick(BR_BAIRROS), "address"),
        "city": Y(lambda f: f.city_of("BR"), "city"),
        "state": G(lambda f: f.state_of()),
    },
    "step": G(lambda f: f.pick(["documents", "address", "bank_details"])),
    "form_version": G(lambda f: f.pick(["2024.03", "2024.05"])),
}

ONBOARDING_ID = {
    "fullName": Y(lambda f: f.person("ID"), "name"),
    "nik": RED(lambda f: f.nik(), "national id"),
    "npwp": RED(lambda f: f.npwp(), "national id"),
    "placeOfBirth": Y(lambda f: f.city_of("ID"), "city"),
    "dateOfBirth": Y(
        lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1965, 2006)}", "birthdate"
    ),
    "sex": Y(lambda f: f.pick(["Laki-laki", "Perempuan"]), "sex|gender"),
    "religion": Y(
        lambda f: f.pick(["Islam", "Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu"]), "religion"
    ),
    "maritalStatus": G(lambda f: f.pick(["Belum Kawin", "Kawin", "Cerai Hidup"])),
    "bloodType": Y(lambda f: f.pick(["A", "B", "AB", "O", "-"]), "condition"),
    "street": Y(lambda f: f.street_of("ID"), "address|street"),
    "rtRw": Y(lambda f: f"{f.r.randint(1, 15):03d}/{f.r.randint(1, 20):03d}", "address"),
    "kelurahan": Y(lambda f: f.pick(ID_KELURAHAN), "address"),
    "kecamatan": Y(lambda f: f.pick(ID_KECAMATAN), "city|address"),
    "city": Y(lambda f: f.city_of("ID"), "city"),
    "province": G(lambda f: f.state_of()),
    "postalCode": Y(lambda f: f.postcode("ID"), "zipcode"),
    "mobileNumber": Y(lambda f: f.tel("ID"), "phone"),
    "email": Y(lambda f: f.mail(), "email"),
    "citizenship": Y(lambda f: f.pick(["WNI", "WNI", "WNI", "WNA"]), "citizenship"),
    "lastEducation": G(lambda f: f.pick(["SMA/SMK", "D3", "S1", "SMP"])),
    "nikKaryawan": G(lambda f: f"K-{f.r.randint(2019, 2024)}{f.digits(4)}"),
    "bpjsKetenagakerjaan": RED(lambda f: f.bpjs_tk(), "national id|social security number"),
    "bpjsKesehatan": RED(lambda f: f.bpjs_kes(), "health id"),
    "ptkpStatus": G(lambda f: f.pick(["TK/0", "TK/1", "K/0", "K/1", "K/2"])),
}

W4 = {
    "EmployeeId": G(lambda f: int(f.digits(6))),
    "Ssn": RED(lambda f: f.ssn(), "social security number"),
    "FilingStatus": G(lambda f: f.pick(["Single", "MarriedFilingJointly", "HeadOfHousehold"])),
    "MultipleJobs": G(lambda f: f.pick([True, False])),
    "DependentsAmount": G(lambda f: f.pick([0, 0, 2000, 4000, 500])),
    "ExtraWithholding": G(lambda f: f.pick([0, 0, 10, 25])),
    "ExemptFromWithholding": G(lambda f: False),
    "StateCode": G(lambda f: f.state_of()),
    "FormRevision": G(lambda f: f.pick(["2023", "2024"])),
    "SignatureName": Y(lambda f: f.person("US"), "name"),
    "SignedAt": G(lambda f: f.iso()),
    "SignedFromIp": Y(lambda f: f.ipv4(), "ip"),
}

I9 = {
    "employeeId": G(lambda f: int(f.digits(6))),
    "citizenshipAttestation": RED(
        lambda f: f.pick(
            [
                "us_citizen",
                "us_citizen",
                "noncitizen_national",
                "lawful_permanent_resident",
                "noncitizen_authorized",
            ]
        ),
        "visa",
    ),
    "uscisNumber": RED(lambda f: "A" + f.digits(9), "national id"),
    "workAuthorizationExpires": RED(lambda f: f.date(2024, 2028), "visa"),
    "otherLastNamesUsed": Y(lambda f: f.pick(["N/A", f.last_name("US"), f.last_name("US")]), "name"),
    "requiresVisaSponsorship": RED(lambda f: f.pick([False, False, False, True]), "visa"),
    "preparerUsed": G(lambda f: f.pick([True, False])),
    "eVerifyCaseNumber": G(lambda f: f"2024{f.digits(9)}{f.pick(['AB', 'CD', 'EF'])}"),
    "section1CompletedAt": G(lambda f: f.iso()),
    "status": G(lambda f: f.pick(["section1_complete", "pending_review", "verified"])),
    "itinOnFile": G(lambda f: f.pick([True, False])),
}

EVENTS = [
    # -- onboarding and identity ----------------------------------------------------------------------
    ("identify", None, ["kotlin", "swift", "web"], None, 150, "/perfil", IDENTIFY_WORKER),
    (
        "track",
        "Onboarding Personal Details Submitted",
        ["kotlin", "web"],
        "BR",
        45,
        "/onboarding/dados",
        ONBOARDING_BR,
    ),
    ("track", "Data Karyawan Dilengkapi", ["kotlin"], "ID", 45, "", ONBOARDING_ID),
    ("track", "W4Submitted", ["dotnet"], "US", 35, "", W4),
    ("track", "I-9 Section 1 Completed", ["node"], "US", 30, "", I9),
    (
        "track",
        "Identity Verification Completed",
        ["node"],
        None,
        40,
        "",
        {
            "inquiry_id": G(lambda f: "inq_" + f.alnum(24)),
            "status": G(lambda f: f.pick(["approved", "declined", "needs_review"])),
            "template": G(lambda f: f.pick(["itmpl_worker_kyc_v3", "itmpl_worker_kyc_v4"])),
            "fields": {
                "name_first": Y(lambda f: f.first_name(), "name"),
                "name_last": Y(lambda f: f.last_name(), "name"),
                "birthdate": Y(lambda f: f.date(1962, 2006), "birthdate"),
                "identification_number": RED(lambda f: f.national_id(), "national id|social security number"),
                "identification_class": G(lambda f: f.pick(["id", "dl", "pp", "ktp", "cnh"])),
                "address_street_1": Y(lambda f: f.street_of(), "address|street"),
                "address_city": Y(lambda f: f.city_of(), "city"),
                "address_subdivision": G(lambda f: f.state_of()),
                "address_postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "address_country_code": G(lambda f: f.cc),
            },
            "verifications": Many(
                {
                    "type": G(lambda f: f.pick(["government_id", "selfie", "database"])),
                    "status": G(lambda f: f.pick(["passed", "failed"])),
                    "checks_passed": G(lambda f: f.r.randint(3, 14)),
                },
                3,
            ),
            "selfie_similarity_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "document_front_photo_url": Y(
                lambda f: f"https://files.withpersona.example/doc/{f.hexid(24)}/front.jpg", "photo"
            ),
            "ip_address": Y(lambda f: f.ip_any(), "ip"),
            "device_fingerprint": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Document Scanned",
        ["kotlin"],
        None,
        35,
        "",
        {
            "documentType": G(lambda f: f.pick(["cpf_card", "ktp", "ss_card"])),
            "ocr": {
                "text": RED(ocr_text, "national id|social security number", True),
                "confidence": G(lambda f: round(f.r.uniform(0.7, 0.99), 2)),
                "language": G(lambda f: {"BR": "por", "ID": "ind", "US": "eng"}[f.cc]),
            },
            "pages": G(lambda f: f.pick([1, 1, 2])),
            "blurScore": G(lambda f: round(f.r.uniform(0, 0.4), 3)),
            "capturedWithFlash": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["swift", "kotlin"],
        None,
        35,
        "",
        {
            "contactName": Y(lambda f: f.person(), "name"),
            "relationship": G(lambda f: f.pick(["mother", "spouse", "sibling", "friend", "mãe", "istri"])),
            "contactPhone": Y(lambda f: f.tel(), "phone"),
            "isPrimary": G(lambda f: f.pick([True, False])),
            "contactsCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        None,
        35,
        "/onboarding/contato",
        {
            "form": G(lambda f: "onboarding_contact"),
            "field": G(lambda f: "whatsapp"),
            "value": Y(lambda f: f.tel(), "phone", True),
            "durationMs": G(lambda f: f.r.randint(800, 21000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web", "kotlin"],
        None,
        35,
        "/onboarding/endereco",
        {
            "sessionToken": G(lambda f: f.uuid()),
            "placeId": G(lambda f: "ChIJ" + f.alnum(23, B64URL)),
            "input": Y(lambda f: f.street_of(), "address|street", True),
            "description": Y(lambda f: f.full_address(), "address", True),
            "types": Many(G(lambda f: f.pick(["street_address", "premise", "route"])), 2),
            "resultIndex": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    # -- bank details for pay -------------------------------------------------------------------------
    (
        "track",
        "Payout Method Added",
        ["kotlin", "swift", "web"],
        None,
        45,
        "/conta/pagamento",
        {
            "country": G(lambda f: f.cc),
            "method": G(lambda f: {"BR": "ted", "ID": "bank_transfer", "US": "direct_deposit"}[f.cc]),
            "bankCode": G(lambda f: f.bank()[0]),
            "bankName": G(lambda f: f.bank()[1]),
            "branchNumber": G(
                lambda f: {
                    "BR": f.digits(4),
                    "ID": f.pick(["KCP Kemang", "KCU Sudirman", ""]),
                    "US": f.routing(),
                }[f.cc]
            ),
            "accountNumber": RED(lambda f: f.account(), "bank account"),
            "accountType": G(lambda f: f.pick(["checking", "savings", "salary"])),
            "accountHolderName": Y(lambda f: f.person(), "name"),
            "holderDocument": RED(lambda f: f.national_id(), "national id|social security number"),
            "isPrimary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contractor Payout Method Added",
        ["node"],
        "BR",
        20,
        "",
        {
            "contractor_id": G(lambda f: "ctr_" + f.alnum(14)),
            "iban": RED(lambda f: f.br_iban(), "bank account"),
            "bic": G(lambda f: f.pick(["ITAUBRSP", "BRASBRRJ", "CEFXBRSP", "BBDEBRSP"])),
            "holder_name": Y(lambda f: f.person(), "name"),
            "currency": G(lambda f: "BRL"),
            "rail": G(lambda f: f.pick(["swift", "wise"])),
        },
    ),
    (
        "track",
        "Chave Pix Cadastrada",
        ["php"],
        "BR",
        35,
        "",
        {
            "id_colaborador": G(lambda f: int(f.digits(5))),
            "matricula": G(lambda f: f.digits(6)),
            "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
            "tipo_chave": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "banco": G(lambda f: f.bank()[0]),
            "agencia": G(lambda f: f.digits(4)),
            "conta": RED(lambda f: f.br_account(), "bank account"),
            "titular": Y(lambda f: f.person("BR"), "name"),
            "cpf_titular": RED(lambda f: f.cpf(), "national id"),
            "data_cadastro": G(lambda f: f"{f.day()} {f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:00"),
        },
    ),
    (
        "track",
        "Rekening Bank Ditambahkan",
        ["go"],
        "ID",
        35,
        "",
        {
            "id_karyawan": G(lambda f: int(f.digits(6))),
            "nama_bank": G(lambda f: f.bank()[1]),
            "kode_bank": G(lambda f: f.bank()[0]),
            "nomor_rekening": RED(lambda f: f.id_account(), "bank account"),
            "nama_pemilik_rekening": Y(lambda f: f.person("ID").upper(), "name"),
            "cabang": G(lambda f: f.pick(["KCP Kemang", "KCU Sudirman", "KCP Kuta", "KC Medan"])),
            "e_wallet": G(lambda f: f.pick(["gopay", "ovo", "dana", "shopeepay"])),
            "nomor_ewallet": RED(lambda f: f.tel("ID"), "bank account|phone"),
            "terverifikasi": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "DirectDepositUpdated",
        ["dotnet"],
        "US",
        30,
        "",
        {
            "EmployeeId": G(lambda f: int(f.digits(6))),
            "RoutingNumber": G(lambda f: f.routing()),
            "AccountNumber": RED(lambda f: f.us_account(), "bank account"),
            "AccountType": G(lambda f: f.pick(["Checking", "Savings"])),
            "AccountLast4": G(lambda f: f.digits(4)),
            "PriorAccountLast4": G(lambda f: f.digits(4)),
            "DepositPercent": G(lambda f: f.pick([100, 100, 80, 50])),
            "ChangedBy": G(lambda f: f.pick(["self", "hr_admin"])),
            "ChangedFromIp": Y(lambda f: f.ipv4(), "ip"),
            "NotificationEmail": Y(lambda f: f.mail(), "email"),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["web"],
        "US",
        25,
        "/pay/link-bank",
        {
            "plaid_item_id": G(lambda f: f.alnum(37)),
            "institution_id": G(lambda f: "ins_" + str(f.r.randint(1, 130000))),
            "institution_name": G(lambda f: f.bank()[1]),
            "mask": G(lambda f: f.digits(4)),
            "account_subtype": G(lambda f: f.pick(["checking", "savings"])),
            "link_session_id": G(lambda f: f.uuid()),
            "verification_status": G(
                lambda f: f.pick(["automatically_verified", "pending_manual_verification"])
            ),
        },
    ),
    # -- time clock -----------------------------------------------------------------------------------
    (
        "track",
        "Clock In",
        ["kotlin", "swift"],
        None,
        130,
        "",
        {
            "shiftId": G(lambda f: "shf_" + f.alnum(12)),
            "siteId": G(lambda f: int(f.digits(4))),
            "siteName": G(by_cc(SITES)),
            "method": G(lambda f: f.pick(["gps", "gps_selfie", "qr", "nfc"])),
            "clockedAt": G(lambda f: f.iso()),
            "minutesLate": G(lambda f: f.pick([0, 0, 0, 2, 7, 15])),
            "latitude": Y(lambda f: f.geo(0), "geolocation"),
            "longitude": Y(lambda f: f.geo(1), "geolocation"),
            "accuracyMeters": G(lambda f: round(f.r.uniform(3, 65), 1)),
            "insideGeofence": G(lambda f: f.pick([True, True, True, False])),
            "distanceFromSiteMeters": G(lambda f: f.r.randint(0, 900)),
            "selfieUrl": Y(
                lambda f: f"https://media.turnly.app/selfies/2024/{f.r.randint(1, 12):02d}/{f.uuid()}.jpg",
                "photo",
            ),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.55, 0.99), 3)),
            "livenessPassed": G(lambda f: f.pick([True, True, False])),
            "mockLocationDetected": G(lambda f: f.pick([False, False, False, True])),
        },
    ),
    (
        "track",
        "Clock Out",
        ["kotlin", "swift"],
        None,
        120,
        "",
        {
            "shiftId": G(lambda f: "shf_" + f.alnum(12)),
            "siteId": G(lambda f: int(f.digits(4))),
            "clockedAt": G(lambda f: f.iso()),
            "latitude": Y(lambda f: f.geo(0), "geolocation"),
            "longitude": Y(lambda f: f.geo(1), "geolocation"),
            "insideGeofence": G(lambda f: f.pick([True, True, False])),
            "hoursWorked": G(lambda f: round(f.r.uniform(3.5, 12.5), 2)),
            "breakMinutes": G(lambda f: f.pick([0, 15, 30, 60])),
            "overtimeMinutes": G(lambda f: f.pick([0, 0, 0, 20, 45, 120])),
        },
    ),
    (
        "track",
        "geofence_evaluated",
        ["go"],
        None,
        50,
        "",
        {
            "worker_id": G(lambda f: int(f.digits(6))),
            "site_id": G(lambda f: int(f.digits(4))),
            "site_lat": G(lambda f: round(CENTRES[f.cc][0] + f.pick([0.012, -0.041, 0.105]), 6)),
            "site_lng": G(lambda f: round(CENTRES[f.cc][1] + f.pick([0.033, -0.017, 0.088]), 6)),
            "worker_lat": Y(lambda f: f.geo(0), "geolocation"),
            "worker_lng": Y(lambda f: f.geo(1), "geolocation"),
            "geohash": Y(
                lambda f: "".join(f.pick("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(9)), "geolocation"
            ),
            "distance_m": G(lambda f: round(f.r.uniform(0, 1200), 1)),
            "inside": G(lambda f: f.pick([True, False])),
            "evaluated_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Kiosk Punch Recorded",
        ["flutter"],
        None,
        60,
        "",
        {
            "kioskId": G(lambda f: "ksk_" + f.digits(4)),
            "siteId": G(lambda f: int(f.digits(4))),
            "badgeNumber": G(lambda f: f.digits(6)),
            "punchType": G(lambda f: f.pick(["in", "out", "break_start", "break_end"])),
            "photoUrl": Y(lambda f: f"https://media.turnly.app/kiosk/{f.hexid(16)}.jpg", "photo"),
            "pinAttempts": G(lambda f: f.pick([1, 1, 1, 2, 3])),
        },
    ),
    (
        "track",
        "Phone Punch Received",
        ["python"],
        "US",
        40,
        "",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(
                lambda f: f"+1{f.pick([312, 773, 713, 602, 404])}{f.r.randint(201, 989)}{f.digits(4)}",
                "phone",
            ),
            "To": G(lambda f: f.pick(["+13125550147", "+18885550123"])),
            "CallStatus": G(lambda f: f.pick(["in-progress", "completed"])),
            "Direction": G(lambda f: "inbound"),
            "FromCity": Y(lambda f: f.pick(["CHICAGO", "HOUSTON", "PHOENIX", "ATLANTA"]), "city"),
            "FromState": G(lambda f: f.pick(["IL", "TX", "AZ", "GA"])),
            "FromZip": Y(lambda f: f.postcode("US")[:5], "zipcode"),
            "ToCity": G(lambda f: "CHICAGO"),
            "Digits": G(lambda f: f.digits(6)),
        },
    ),
    # -- timesheets and overtime ----------------------------------------------------------------------
    (
        "track",
        "Timesheet Submitted",
        ["web", "kotlin"],
        None,
        60,
        "/timesheets",
        {
            "timesheetId": G(lambda f: "ts_" + f.alnum(10)),
            "periodStart": G(lambda f: f.day()),
            "periodEnd": G(lambda f: f.day()),
            "regularHours": G(lambda f: round(f.r.uniform(20, 44), 2)),
            "overtimeHours": G(lambda f: round(f.r.uniform(0, 12), 2)),
            "hourlyRate": Y(lambda f: f.hourly(), "salary"),
            "estimatedGrossPay": Y(lambda f: f.money_cc(300, 1800), "salary"),
            "approverName": Y(lambda f: f.person(), "name"),
            "approverEmail": Y(lambda f: f.mail(), "email"),
            "shifts": Many(
                {
                    "date": G(lambda f: f.day()),
                    "site": G(by_cc(SITES)),
                    "hours": G(lambda f: round(f.r.uniform(4, 12), 2)),
                },
                5,
            ),
            "note": G(
                lambda f: f.pick(
                    [
                        "",
                        "Covered Saturday for the team",
                        "esqueci de bater o ponto na saída",
                        "lembur stock opname",
                    ]
                )
            ),
            "status": G(lambda f: f.pick(["submitted", "resubmitted"])),
        },
    ),
    (
        "track",
        "Timesheet Adjusted",
        ["rn"],
        None,
        40,
        "",
        {
            "adjustmentId": G(lambda f: f.uuid()),
            "employeeName": Y(lambda f: f.person(), "name"),
            "employeeId": G(lambda f: int(f.digits(6))),
            "minutesAdded": G(lambda f: f.pick([-30, 15, 30, 45, 60])),
            "adjustmentReason": G(
                lambda f: f.pick(["missed_punch", "forgot_clock_out", "system_outage", "break_not_taken"])
            ),
            "managerNote": G(
                lambda f: f.pick(
                    ["confirmed with shift lead", "ok", "ajustado conforme escala", "sesuai CCTV"]
                )
            ),
            "requiresEmployeeAck": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "overtime_approved",
        ["node"],
        None,
        40,
        "",
        {
            "request_id": G(lambda f: "otr_" + f.alnum(10)),
            "employee_id": G(lambda f: int(f.digits(6))),
            "hours": G(lambda f: round(f.r.uniform(0.5, 6), 2)),
            "multiplier": G(lambda f: f.pick([1.5, 2.0, 1.5])),
            "approved_by": G(lambda f: "emp_" + f.digits(7)),
            "overtime_pay": Y(lambda f: f.money_cc(15, 180), "salary"),
            "pre_approved": G(lambda f: f.pick([True, False])),
            "labor_law": G(lambda f: {"BR": "CLT art. 59", "ID": "PP 35/2021", "US": "FLSA"}[f.cc]),
        },
    ),
    (
        "track",
        "Shift Swap Requested",
        ["kotlin", "swift"],
        None,
        45,
        "",
        {
            "swapId": G(lambda f: f.uuid()),
            "shiftId": G(lambda f: "shf_" + f.alnum(12)),
            "shiftDate": G(lambda f: f.day()),
            "targetCoworkerId": G(lambda f: int(f.digits(6))),
            "targetCoworkerName": Y(lambda f: f.person(), "name"),
            "message": Y(swap_message, "phone", True),
            "swapReason": G(lambda f: f.pick(["personal", "school", "second_job", "other"])),
        },
    ),
    (
        "track",
        "Schedule Published",
        ["web"],
        None,
        35,
        "/escalas",
        {
            "scheduleId": G(lambda f: "sch_" + f.alnum(10)),
            "weekStart": G(lambda f: f.day()),
            "siteName": G(by_cc(SITES)),
            "shiftCount": G(lambda f: f.r.randint(20, 240)),
            "notifyVia": Many(G(lambda f: f.pick(["push", "sms", "whatsapp", "email"])), 2),
            "laborCostEstimate": G(lambda f: f.money_cc(2000, 30000)),
        },
    ),
    (
        "track",
        "Employee Searched",
        ["web", "rn"],
        None,
        40,
        "/equipe",
        {
            "q": Y(lambda f: f.pick([f.person(), f.first_name(), f.person().lower()[:9]]), "name", True),
            "results": G(lambda f: f.r.randint(0, 25)),
            "filters": {
                "site": G(by_cc(SITES)),
                "status": G(lambda f: f.pick(["active", "on_leave", "terminated"])),
            },
        },
    ),
    # -- leave and sick notes -------------------------------------------------------------------------
    (
        "track",
        "Leave Requested",
        ["kotlin", "swift", "web"],
        None,
        50,
        "/ferias",
        {
            "leaveId": G(lambda f: "lv_" + f.alnum(10)),
            "leaveType": G(
                lambda f: f.pick(["annual", "unpaid", "personal", "bereavement", "cuti_tahunan", "ferias"])
            ),
            "startDate": G(lambda f: f.day()),
            "endDate": G(lambda f: f.day()),
            "days": G(lambda f: f.r.randint(1, 30)),
            "balanceBefore": G(lambda f: round(f.r.uniform(0, 30), 1)),
            "halfDay": G(lambda f: f.pick([True, False])),
            "note": G(leave_note),
        },
    ),
    (
        "track",
        "Sick Note Uploaded",
        ["kotlin", "swift"],
        None,
        40,
        "",
        {
            "leaveId": G(lambda f: "lv_" + f.alnum(10)),
            "certificateDays": G(lambda f: f.r.randint(1, 15)),
            "cid10Code": Y(
                lambda f: f.pick(["J11", "A90", "G43.9", "M54.5", "N39.0", "A09", "J02.9"]), "diagnosis"
            ),
            "diagnosisDescription": Y(lambda f: sick_reason(f), "diagnosis"),
            "doctorName": Y(lambda f: "Dr. " + f.person(), "name"),
            "doctorCrm": Y(
                lambda f: f"CRM-{f.pick(['SP', 'RJ', 'PE'])} {f.r.randint(10000, 250000)}", "license"
            ),
            "clinicName": G(
                lambda f: f.pick(
                    ["UBS Vila Mariana", "Klinik Pratama Sehat", "CityMD Wicker Park", "Hospital Santa Clara"]
                )
            ),
            "clinicPhone": G(lambda f: f.biz_phone()),
            "attachmentId": G(lambda f: f.uuid()),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.5, 0.98), 2)),
            "workRelated": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Absence Reported",
        ["rn", "kotlin"],
        None,
        40,
        "",
        {
            "absenceId": G(lambda f: f.uuid()),
            "employeeId": G(lambda f: int(f.digits(6))),
            "reason": Y(sick_reason, "condition|diagnosis", True),
            "expectedReturn": G(lambda f: f.day()),
            "notifiedManager": G(lambda f: f.pick([True, False])),
            "coverFound": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shift Preferences Updated",
        ["swift", "kotlin"],
        None,
        40,
        "",
        {
            "preferredDays": Many(G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])), 4),
            "maxHoursPerWeek": G(lambda f: f.pick([20, 30, 40, 44])),
            "canWorkNights": G(lambda f: f.pick([True, False])),
            "hasOwnVehicle": G(lambda f: f.pick([True, False])),
            "isPregnant": Y(lambda f: f.pick([False, False, False, True]), "condition"),
            "medicalRestriction": Y(lambda f: f.pick([False, False, True]), "condition"),
            "religiousObservance": Y(
                lambda f: f.pick(["none", "friday_prayers", "sabbath", "sunday_service"]), "religion"
            ),
            "languagesSpoken": Many(G(lambda f: f.pick(["pt", "es", "en", "id", "jv"])), 2),
            "uniformSize": G(lambda f: f.pick(["P", "M", "G", "S", "L", "XL"])),
        },
    ),
    (
        "track",
        "Mileage Reimbursement Submitted",
        ["swift", "kotlin"],
        None,
        30,
        "",
        {
            "claimId": G(lambda f: "mil_" + f.alnum(10)),
            "vehiclePlate": Y(lambda f: f.plate(), "license"),
            "distanceKm": G(lambda f: round(f.r.uniform(2, 140), 1)),
            "ratePerKm": G(lambda f: f.pick([0.9, 1.2, 0.67])),
            "amount": G(lambda f: f.money_cc(5, 90)),
            "tripPurpose": G(
                lambda f: f.pick(["entre lojas", "antar dokumen", "store transfer", "bank deposit"])
            ),
            "odometerPhotoUrl": G(lambda f: f"https://media.turnly.app/receipts/{f.hexid(16)}.jpg"),
        },
    ),
    # -- payroll --------------------------------------------------------------------------------------
    (
        "track",
        "Payslip Viewed",
        ["kotlin", "swift", "web"],
        None,
        80,
        "/holerite",
        {
            "payslipId": G(lambda f: "ps_" + f.alnum(12)),
            "payPeriod": G(lambda f: f.period()),
            "grossPay": Y(lambda f: f.keep("gross", f.monthly()), "salary"),
            "netPay": Y(lambda f: net_of(f), "salary"),
            "overtimePay": Y(lambda f: f.money_cc(0, 160), "salary"),
            "deductionsTotal": G(lambda f: f.money_cc(20, 180)),
            "taxWithheld": G(lambda f: f.money_cc(0, 120)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "downloadedPdf": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Holerite Gerado",
        ["java"],
        "BR",
        40,
        "",
        {
            "payslipNumber": G(lambda f: int(f.digits(8))),
            "referenceMonth": G(lambda f: f.period()),
            "employeeName": Y(lambda f: f.person("BR"), "name"),
            "employeeCpf": RED(lambda f: f.cpf(), "national id"),
            "employeePis": RED(lambda f: f.pis(), "national id|social security number"),
            "jobTitle": G(
                lambda f: f.pick(
                    ["Operador de Caixa", "Auxiliar de Padaria", "Técnico de Enfermagem", "Repositor"]
                )
            ),
            "hireDate": G(lambda f: f.date(2015, 2024)),
            "grossSalary": Y(lambda f: f.keep("gross", f.monthly()), "salary"),
            "netSalary": Y(lambda f: net_of(f), "salary"),
            "inssDeduction": G(lambda f: round(f.r.uniform(105, 700), 2)),
            "irrfDeduction": G(lambda f: round(f.r.uniform(0, 300), 2)),
            "paymentBank": G(lambda f: f.bank()[0]),
            "paymentAccount": RED(lambda f: f.br_account(), "bank account"),
            "unionName": Y(by_cc(UNIONS), "trade union"),
            "employerCnpj": G(lambda f: f.cnpj()),
        },
    ),
    (
        "track",
        "slip_gaji_diterbitkan",
        ["python"],
        "ID",
        40,
        "",
        {
            "id_slip": G(lambda f: f"SG/{f.r.randint(2023, 2024)}/{f.r.randint(1, 12):02d}/{f.digits(5)}"),
            "periode": G(lambda f: f.period()),
            "nama_karyawan": Y(lambda f: f.person("ID"), "name"),
            "nik_karyawan": G(lambda f: f"K-{f.r.randint(2019, 2024)}{f.digits(4)}"),
            "npwp": RED(lambda f: f.npwp(), "national id"),
            "gaji_pokok": Y(lambda f: f.monthly(), "salary"),
            "tunjangan_transport": G(lambda f: f.pick([300000, 450000, 500000])),
            "lembur": Y(lambda f: f.r.randint(0, 40) * 25000, "salary"),
            "potongan_bpjs_tk": G(lambda f: f.r.randint(100, 280) * 1000),
            "pph21": G(lambda f: f.r.randint(0, 450) * 1000),
            "thp": Y(lambda f: int(f.r.uniform(4.5, 13) * 100) * 10_000, "salary"),
            "nomor_rekening": RED(lambda f: f.id_account(), "bank account"),
        },
    ),
    (
        "track",
        "Earned Wage Advance Requested",
        ["kotlin", "swift"],
        None,
        50,
        "",
        {
            "advanceId": G(lambda f: "ewa_" + f.alnum(12)),
            "amount": G(lambda f: f.money_cc(10, 200)),
            "fee": G(lambda f: f.money_cc(0.5, 3)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "availableBalance": G(lambda f: f.money_cc(10, 400)),
            "disbursementMethod": G(lambda f: f.pick(["pix", "bank_transfer", "ewallet", "instant_card"])),
            "destinationLast4": G(lambda f: f.digits(4)),
            "purpose": G(lambda f: f.pick(["bills", "emergency", "groceries", "transport", "other"])),
        },
    ),
    (
        "track",
        "Disbursement Callback Received",
        ["node"],
        "ID",
        35,
        "",
        {
            "id": G(lambda f: "disb-" + f.hexid(24)),
            "external_id": G(lambda f: "ewa_" + f.alnum(12)),
            "user_id": G(lambda f: f.hexid(24)),
            "amount": G(lambda f: f.r.randint(10, 300) * 10000),
            "bank_code": G(lambda f: f.pick(["BCA", "MANDIRI", "BRI", "BNI", "OVO", "DANA"])),
            "account_holder_name": Y(lambda f: f.person("ID").upper(), "name"),
            "disbursement_description": G(
                lambda f: f.pick(["Kasbon gaji", "Penarikan gaji awal", "EWA Turnly"])
            ),
            "status": G(lambda f: f.pick(["COMPLETED", "FAILED"])),
        },
    ),
    (
        "track",
        "Advance Disbursed",
        ["node"],
        "BR",
        30,
        "",
        {
            "advance_id": G(lambda f: "ewa_" + f.alnum(12)),
            "amount": G(lambda f: f.money_cc(10, 200)),
            "currency": G(lambda f: "BRL"),
            "provider": G(lambda f: f.pick(["starkbank", "celcoin"])),
            "provider_ref": G(lambda f: f.digits(16)),
            "destination": {
                "bank_code": G(lambda f: f.bank()[0]),
                "branch": G(lambda f: f.digits(4)),
                "account_number": RED(lambda f: f.br_account(), "bank account"),
                "account_holder_name": Y(lambda f: f.person("BR"), "name"),
                "tax_id": RED(lambda f: f.cpf(), "national id"),
            },
            "end_to_end_id": G(
                lambda f: (
                    f"E{f.digits(8)}2024{f.digits(8)}{f.alnum(11, string.ascii_lowercase + string.digits)}"
                )
            ),
            "settled_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "payroll_run_completed",
        ["python"],
        None,
        30,
        "",
        {
            "payroll_run_id": G(lambda f: f.uuid()),
            "employer_id": G(lambda f: "org_" + f.digits(6)),
            "period": G(lambda f: f.period()),
            "employees_paid": G(lambda f: f.r.randint(8, 900)),
            "total_gross": G(lambda f: f.money_cc(20000, 400000)),
            "total_net": G(lambda f: f.money_cc(15000, 320000)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "run_by_email": Y(lambda f: f.mail(), "email"),
        },
    ),
    # -- union dues and benefits ----------------------------------------------------------------------
    (
        "track",
        "Union Dues Authorized",
        ["web", "kotlin"],
        None,
        30,
        "/sindicato",
        {
            "unionName": Y(by_cc(UNIONS), "trade union"),
            "unionLocal": Y(by_cc(UNION_LOCALS), "trade union"),
            "duesAmount": G(lambda f: f.money_cc(3, 30)),
            "duesFrequency": G(lambda f: f.pick(["monthly", "per_paycheck", "annual"])),
            "payrollDeduction": G(lambda f: True),
            "signatureName": Y(lambda f: f.person(), "name"),
            "authorizedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Benefits Enrollment Completed",
        ["web"],
        None,
        35,
        "/beneficios",
        {
            "enrollmentId": G(lambda f: "enr_" + f.alnum(10)),
            "planYear": G(lambda f: f.pick([2024, 2025])),
            "medicalPlan": G(
                lambda f: f.pick(
                    ["Aetna Choice POS II", "Unimed Nacional Flex", "Amil S450", "Mandiri Inhealth"]
                )
            ),
            "dentalPlan": G(lambda f: f.pick(["Delta Dental PPO", "OdontoPrev Master", "none"])),
            "coverageTier": G(lambda f: f.pick(["employee", "employee_spouse", "family"])),
            "memberId": Y(lambda f: f.pick(["W", "0", "8"]) + f.digits(f.r.randint(9, 16)), "identification"),
            "tobaccoUser": Y(lambda f: f.pick([False, False, True]), "condition"),
            "employeeContribution": G(lambda f: f.money_cc(5, 80)),
            "dependents": Many(
                {
                    "firstName": Y(lambda f: f.first_name(), "name"),
                    "lastName": Y(lambda f: f.last_name(), "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "domestic_partner"])),
                    "dateOfBirth": Y(lambda f: f.date(1975, 2023), "birthdate"),
                    "nationalId": RED(lambda f: f.national_id(), "national id|social security number"),
                },
                3,
            ),
            "beneficiary": {
                "name": Y(lambda f: f.person(), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "mother", "child"])),
                "percentage": G(lambda f: f.pick([100, 50, 25])),
                "phone": Y(lambda f: f.tel(), "phone"),
            },
        },
    ),
    (
        "track",
        "Pet Insurance Added",
        ["web"],
        "US",
        25,
        "/benefits/pet",
        {
            "petName": G(lambda f: f.pick(["Luna", "Max", "Paçoca", "Milo", "Bella", "Biscuit"])),
            "species": G(lambda f: f.pick(["dog", "cat"])),
            "breed": G(lambda f: f.pick(["Labrador Retriever", "SRD", "Domestic Shorthair", "Shih Tzu"])),
            "petAge": G(lambda f: f.r.randint(0, 14)),
            "monthlyPremium": G(lambda f: f.money(12, 70)),
            "policyNumber": Y(lambda f: f"NW{f.digits(9)}", "identification"),
            "provider": G(lambda f: f.pick(["Nationwide", "MetLife Pet"])),
        },
    ),
    # -- sign-in and credentials ----------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["kotlin", "swift", "web"],
        None,
        60,
        "/login",
        {
            "method": G(lambda f: f.pick(["password", "otp_sms", "otp_whatsapp", "magic_link", "sso"])),
            "loginIdentifierType": G(lambda f: f.pick(["cpf", "email", "phone", "employee_id"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "mfaUsed": G(lambda f: f.pick([True, False])),
            "failedAttempts": G(lambda f: f.pick([0, 0, 1, 3])),
        },
    ),
    (
        "track",
        "otp_verified",
        ["node"],
        None,
        40,
        "",
        {
            "phone": Y(lambda f: f.tel(), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": G(lambda f: f.pick([1, 1, 2])),
            "expires_in": G(lambda f: 300),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["node"],
        None,
        30,
        "",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "magicLinkUrl": RED(
                lambda f: f"https://app.turnly.com/auth/verify?token={f.alnum(43, B64URL)}&redirect=%2Fhome",
                "token",
            ),
            "expiresAt": G(lambda f: f.iso()),
            "requestIp": Y(lambda f: f.ip_any(), "ip"),
            "template": G(lambda f: f.pick(["magic_link_pt", "magic_link_id", "magic_link_en"])),
        },
    ),
    (
        "track",
        "Invite Accepted",
        ["web"],
        None,
        35,
        "/convite",
        {
            "inviteId": G(lambda f: f.uuid()),
            "inviteCode": RED(lambda f: f.invite_code(), "token"),
            "invitedByName": Y(lambda f: f.person(), "name"),
            "role": G(lambda f: f.pick(["worker", "shift_lead", "manager"])),
            "employerName": G(by_cc(EMPLOYERS)),
            "daysToAccept": G(lambda f: f.r.randint(0, 14)),
        },
    ),
    (
        "track",
        "Login Falhou",
        ["php"],
        "BR",
        30,
        "",
        {
            "usuario": RED(lambda f: f.cpf(), "national id", True),
            "senha": RED(
                lambda f: (
                    f.pick(
                        ["Mudar@123", "flamengo10", "senha123", "Turnly2024!", "amor1234", "Corinthians@77"]
                    )
                    + f.pick(["", "", "#"])
                ),
                "password",
            ),
            "tentativas": G(lambda f: f.r.randint(1, 5)),
            "motivo": G(lambda f: f.pick(["senha_invalida", "usuario_bloqueado", "captcha"])),
            "ip_origem": Y(lambda f: f.ip_any(), "ip"),
            "navegador": G(lambda f: f.pick(WEB_UAS)),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web", "kotlin"],
        None,
        30,
        "/conta/senha",
        {
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "passwordLength": G(lambda f: f.r.randint(8, 20)),
            "reusedPassword": G(lambda f: f.pick([True, False])),
            "trigger": G(lambda f: f.pick(["user", "expired", "admin_reset"])),
        },
    ),
    # -- employer side, marketing and commerce --------------------------------------------------------
    (
        "page",
        "Home",
        ["web"],
        None,
        40,
        "/",
        {
            "path": G(lambda f: "/"),
            "url": G(lambda f: "https://turnly.com/"),
            "title": G(lambda f: "Turnly — ponto, escala e folha"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
        },
    ),
    (
        "track",
        "Demo Requested",
        ["web"],
        None,
        40,
        "/demo",
        {
            "company_name": G(by_cc(EMPLOYERS)),
            "company_size": G(lambda f: f.pick(["1-10", "11-50", "51-200", "201-1000"])),
            "work_email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.first_name(), "name"),
            "last_name": Y(lambda f: f.last_name(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "job_title": G(
                lambda f: f.pick(
                    ["Gerente de RH", "HR Manager", "Owner", "Kepala HRD", "Operations Director"]
                )
            ),
            "country": G(lambda f: f.cc),
            "hear_about_us": G(lambda f: f.pick(["google", "instagram", "indicação", "teman"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
        },
    ),
    (
        "track",
        "Lead",
        ["node"],
        None,
        30,
        "",
        {
            "event_source_url": G(lambda f: "https://turnly.com/demo"),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha(f.mail()), "email"),
                "ph": Y(lambda f: f.sha("".join(c for c in f.tel() if c.isdigit())), "phone"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "client_ip_address": Y(lambda f: f.ip_any(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "external_id": G(lambda f: f.sha("org_" + f.digits(6))),
            },
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        None,
        45,
        "/admin",
        {
            "companyName": G(by_cc(EMPLOYERS)),
            "industry": G(
                lambda f: f.pick(["Restaurants", "Retail", "Healthcare", "Logistics", "Hospitality"])
            ),
            "employees": G(lambda f: f.r.randint(8, 1200)),
            "plan": G(lambda f: f.pick(["starter", "growth", "enterprise"])),
            "website": G(by_cc(WEBSITES)),
            "taxId": G(
                lambda f: {"BR": f.cnpj(), "ID": f.npwp(company=True), "US": f"{f.digits(2)}-{f.digits(7)}"}[
                    f.cc
                ]
            ),
            "headquartersCity": G(lambda f: f.city_of()),
            "mainPhone": G(lambda f: f.biz_phone()),
            "billingEmail": G(
                lambda f: (
                    f.pick(["financeiro", "ap", "billing", "keuangan"]) + "@" + f.pick(EMAIL_DOMAINS[f.cc])
                )
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        None,
        30,
        "/admin/billing/checkout",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "plan": G(lambda f: f.pick(["starter", "growth", "enterprise"])),
            "revenue": G(lambda f: f.money(40, 4000)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "coupon": G(lambda f: f.pick(["", "ANUAL20", "HEMAT15", "SMB10"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        None,
        30,
        "/admin/billing/checkout",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "boleto", "pix", "virtual_account"])),
            "stripe_payment_method_id": RED(lambda f: f.pm(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["411111", "535110", "506722", "376411"])),
            "billing_email": G(
                lambda f: (
                    f.pick(["financeiro", "ap", "billing", "keuangan"]) + "@" + f.pick(EMAIL_DOMAINS[f.cc])
                )
            ),
        },
    ),
    (
        "track",
        "ExpenseCardActivated",
        ["dotnet"],
        "US",
        25,
        "",
        {
            "EmployeeId": G(lambda f: int(f.digits(6))),
            "CardNumber": RED(lambda f: f.keep("card", f.card(formatted=False)), "credit card"),
            "CardLast4": G(lambda f: f.memo["card"][-4:]),
            "ExpMonth": G(lambda f: f.r.randint(1, 12)),
            "ExpYear": G(lambda f: f.r.randint(2026, 2030)),
            "CardholderName": Y(lambda f: f.person("US").upper(), "name"),
            "ActivationCode": RED(lambda f: f.digits(6), "token"),
            "CardProgram": G(lambda f: f.pick(["fuel", "travel", "supplies"])),
        },
    ),
    (
        "track",
        "W-2 Downloaded",
        ["web"],
        "US",
        25,
        "/pay/tax-documents",
        {
            "employeeId": G(lambda f: int(f.digits(6))),
            "taxYear": G(lambda f: 2023),
            "employerEin": G(lambda f: f"{f.digits(2)}-{f.digits(7)}"),
            "fileName": Y(w2_filename, "name", True),
            "fileSizeBytes": G(lambda f: f.r.randint(40000, 220000)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["kotlin"],
        None,
        40,
        "",
        {
            "product_id": G(lambda f: f.pick(["tsel-50k", "pln-100k", "ifood-50", "uber-25", "isat-25k"])),
            "sku": G(lambda f: f.sku()),
            "name": G(
                lambda f: f.pick(
                    [
                        "Pulsa Telkomsel 50.000",
                        "Token Listrik PLN 100rb",
                        "Vale-presente iFood R$50",
                        "Uber Gift Card $25",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["pulsa", "tagihan", "gift_card"])),
            "price": G(lambda f: f.money_cc(5, 25)),
            "currency": G(lambda f: CURRENCY[f.cc]),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        None,
        45,
        "",
        {
            "order_id": G(lambda f: "ord_" + f.alnum(14)),
            "total": G(lambda f: f.money_cc(5, 60)),
            "revenue": G(lambda f: f.money_cc(0.2, 3)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "payment_method": G(lambda f: f.pick(["salary_deduction", "ewa_balance", "pix"])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.pick(["tsel-50k", "pln-100k", "ifood-50", "uniform-polo"])),
                    "sku": G(lambda f: f.sku()),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Pulsa Telkomsel 50.000",
                                "Token Listrik PLN 100rb",
                                "Camisa Polo Uniforme",
                                "Non-slip Work Shoes",
                            ]
                        )
                    ),
                    "price": G(lambda f: f.money_cc(5, 25)),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
            "recipient_phone": Y(lambda f: f.tel(), "phone"),
            "pln_customer_id": G(lambda f: f.digits(12)),
            "shipping_address": {
                "name": Y(lambda f: f.person(), "name"),
                "street": Y(lambda f: f.street_of(), "address|street"),
                "city": Y(lambda f: f.city_of(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "state": G(lambda f: f.state_of()),
                "country": G(lambda f: f.cc),
            },
        },
    ),
    # -- comms, support, vendors ----------------------------------------------------------------------
    (
        "track",
        "Payslip Email Delivered",
        ["ruby"],
        None,
        35,
        "",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.alnum(22, B64URL)),
            "sg_message_id": G(
                lambda f: f"{f.alnum(22, B64URL)}.filterdrecv-{f.digits(3)}-{f.digits(5)}-{f.hexid(12)}-1-0"
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.digits(5)}@mail.turnly.app>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["python"],
        None,
        45,
        "",
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "metadata": {
                "display_phone_number": G(
                    lambda f: f.pick(["5511940020001", "6281110002000", "13125550147"])
                ),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "contacts": Many(
                {
                    "profile": {"name": Y(lambda f: f.pick([f.person(), f.first_name()]), "name")},
                    "wa_id": Y(wa_number, "phone", True),
                },
                1,
            ),
            "messages": Many(
                {
                    "from": Y(wa_number, "phone", True),
                    "id": G(lambda f: "wamid.HBgM" + f.alnum(48, ALNUM + "=")),
                    "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                    "type": G(lambda f: "text"),
                    "text": {"body": G(wa_body)},
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Help Article Searched",
        ["web"],
        None,
        35,
        "/ajuda",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "como alterar conta bancária",
                        "cara klaim lembur",
                        "w-2 download",
                        "banco de horas",
                        "slip gaji",
                        "vale transporte",
                    ]
                )
            ),
            "resultsCount": G(lambda f: f.r.randint(0, 14)),
            "clickedArticleId": G(lambda f: f.pick(["kb_1042", "kb_2210", "kb_0099", None])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["node"],
        None,
        35,
        "",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": Y(chat_with_email, "email", True),
            "bot_intent": G(lambda f: f.pick(["update_contact", "payslip_missing", "handoff_human"])),
            "response_time_ms": G(lambda f: f.r.randint(300, 4000)),
            "handed_off": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        "US",
        40,
        "",
        {
            "EMPLOYEE_ID": G(lambda f: int(f.digits(6))),
            "WORK_EMAIL": Y(lambda f: f.mail(), "email"),
            "PERSONAL_EMAIL": Y(lambda f: f.mail(), "email"),
            "FULL_NAME": Y(lambda f: f.person(), "name"),
            "MOBILE_PHONE": Y(lambda f: f.tel(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1962, 2006), "birthdate"),
            "HOME_ZIP": Y(lambda f: f.postcode()[:5], "zipcode"),
            "HIRE_DATE": G(lambda f: f.date(2016, 2024)),
            "TERMINATION_DATE": G(lambda f: f.pick([None, None, None, f.date(2023, 2024)])),
            "SITE_CODE": G(lambda f: f.pick(["CHI-04", "HOU-DC2", "PHX-118"])),
            "COST_CENTER": G(lambda f: f.pick(["4100", "4210", "5300"])),
            "PAY_GROUP": G(lambda f: f.pick(["HOURLY_WEEKLY", "HOURLY_BIWEEKLY"])),
            "HOURLY_RATE": Y(lambda f: f.hourly(), "salary"),
            "MANAGER_EMPLOYEE_ID": G(lambda f: int(f.digits(6))),
            "MANAGER_NAME": Y(lambda f: f.person(), "name"),
            "LIFETIME_HOURS": G(lambda f: round(f.r.uniform(10, 9000), 1)),
            "IS_ACTIVE": G(lambda f: f.pick([True, True, False])),
            "UNION_MEMBER": Y(lambda f: f.pick([True, False]), "trade union"),
            "EEO_RACE_ETHNICITY": Y(
                lambda f: f.pick(
                    [
                        "Hispanic or Latino",
                        "Black or African American",
                        "White",
                        "Asian",
                        "Two or More Races",
                        "Decline",
                    ]
                ),
                "race|ethnicity",
            ),
            "VETERAN_STATUS": RED(
                lambda f: f.pick(["not_a_veteran", "protected_veteran", "declined"]), "veteran"
            ),
            "_DBT_LOADED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ["ruby"],
        "US",
        30,
        "",
        {
            "candidate-id": G(lambda f: f.hexid(24)),
            "report-id": G(lambda f: f.hexid(24)),
            "package": G(lambda f: f.pick(["tasker_standard", "driver_pro", "basic_plus"])),
            "status": G(lambda f: f.pick(["clear", "consider", "pending"])),
            "adjudication": G(lambda f: f.pick(["", "engaged", "pre_adverse_action"])),
            "candidate-email": Y(lambda f: f.mail(), "email"),
            "candidate-dob": Y(lambda f: f.date(1962, 2006), "birthdate"),
            "candidate-ssn-last4": RED(lambda f: f.digits(4), "social security number"),
            "driver-license-number": Y(lambda f: f.us_dl(), "license"),
            "driver-license-state": G(lambda f: f.pick(["IL", "TX", "FL", "CA"])),
            "turnaround-hours": G(lambda f: f.r.randint(2, 96)),
            "completed-at": G(lambda f: f.iso()),
        },
    ),
    # -- screens and aliases --------------------------------------------------------------------------
    (
        "screen",
        "Payslip Detail",
        ["kotlin", "swift"],
        None,
        40,
        "",
        {
            "payslipId": G(lambda f: "ps_" + f.alnum(12)),
            "tab": G(lambda f: f.pick(["summary", "earnings", "deductions"])),
        },
    ),
    (
        "screen",
        "Clock",
        ["kotlin", "swift"],
        None,
        40,
        "",
        {
            "siteId": G(lambda f: int(f.digits(4))),
            "permissionLocation": G(lambda f: f.pick(["granted", "denied", "approximate"])),
            "permissionCamera": G(lambda f: f.pick(["granted", "denied"])),
        },
    ),
    ("alias", None, ["kotlin", "swift", "web"], None, 25, "/onboarding", {}),
]

COUNTRY_WEIGHTS = ["BR"] * 9 + ["ID"] * 7 + ["US"] * 4


def build(seed: int):
    f = H(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, cc, count, page, body in EVENTS:
        for _ in range(count):
            f.cc = cc or f.pick(COUNTRY_WEIGHTS)
            f.memo = {}
            client = f.pick(clients)
            user = "emp_" + f.digits(7)
            msg = {
                "type": kind,
                "messageId": f.uuid() if client != "web" else "ajs-next-" + f.hexid(32),
                "timestamp": f.iso(),
                "userId": user,
                "anonymousId": f.uuid(),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client, page or "/"), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=229)
    write(Path(__file__).parent, "holdout229_", events, labels)
