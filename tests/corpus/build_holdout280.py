"""Writes holdout280: tests/corpus/holdout280_events.jsonl and holdout280_labels.json.

Sealed: written from the Segment spec, the reference's default matcher table and the labelling
policy alone, without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never run through the engine by its author.

Covers a real-estate agency and property-sales CRM working in Turkey, Portugal and New Zealand:
buyer and seller leads, listings with addresses and photos, map search, viewings and open homes,
offers and counter-offers, mortgage pre-approvals, KYC and AML (TC Kimlik, NIF, Cartão de Cidadão,
IRD numbers, passports, PEP and sanctions screening, source of funds), deposits to trust accounts
(Stripe, NZ bank feeds, Turkish havale, Portuguese transfers), conveyancing lawyers and notaries,
settlement, agents' commissions; vendor-shaped payloads (Twilio voice, SendGrid, WhatsApp Cloud
API, Calendly, DocuSign, Facebook Lead Ads and Conversions API, Google Ads uploads, an Onfido-style
check, a reverse-ETL sync). Clients: analytics.js, analytics-swift (agent app), analytics-kotlin,
analytics-react-native and analytics-flutter (buyer apps), and server libraries (python, node, go,
java, ruby, php, .NET), with their usual `context` blocks.

Conventions: mostly camelCase and snake_case English keys; about a fifth of paths in other
conventions (the local-language backends weigh in): PascalCase (.NET AML service, Twilio
webhooks), kebab-case (a node reminder service), SCREAMING_SNAKE (a warehouse sync), Turkish keys
(`ad_soyad`, `tc_kimlik_no`, `aciklama` …) and Portuguese keys (`nome`, `telemovel`,
`morada_fiscal` …). Values are generated per market: Turkish, Portuguese, New Zealand (Māori,
Pasifika, Asian, Pākehā) names and foreign buyers' names (Russian, Iranian, Arab, German, British,
Brazilian, Chinese, Indian, Ukrainian …), national phone formats, local address shapes and
postcodes, and identifiers with their real checksums: TC Kimlik (10th/11th digit rules), NIF (mod
11), Cartão de Cidadão (mod 11 + alphanumeric Luhn), IRD (weighted mod 11 with the secondary
weights), NZ bank accounts (IRD algorithm A), TR and PT IBANs (mod 97, PT with its NIB check). No
full card numbers: the deposit flow sends Stripe ids, brand and last four only, as Stripe does.

Labelling rules (the product's default colours and published policy):
- A path is PII when its values are personal data about a natural person (the user, a buyer, a
  vendor/seller, a co-applicant, a dependant, a visitor, a lawyer, an agent or other staff).
  Colour is the reference matcher's default; outside the table: red for government ids, bank
  accounts, card numbers, credentials, tokens and health; yellow otherwise (geolocation,
  advertising id, credit score).
- Green: ids we or our vendors issue (listing refs, CallSid, envelope ids, pi_ ids, Message-IDs),
  amounts, prices, enums, counters and booleans even under PII-sounding keys, versions,
  timestamps, hashes of non-PII, UUID session tokens, countries, locales, user agents, OS device
  ids; job titles, employers, marital status, ages and counts of dependants; company, lender,
  law-firm, development and bank names; a business's own phone, e-mail, address and licence.
- Decisions specific to this domain (where the policy is silent, what a careful privacy owner
  would want):
  * A listed property's address, map pin, photos, floor plans, land-title and cadastral numbers
    (record of title, ada/parsel, artigo matricial, certidão code) are the property's, published
    in the listing: green. The address where a person lives or receives mail (a buyer's current
    address, a vendor's postal address, the home a homeowner asks us to value, billing addresses,
    the person's fiscal address) is yellow `address` (street/city/postcode parts by their matcher).
  * A searched area, a map viewport and a saved-search suburb are places that are not the
    person's: green. The device's own position (`context.location`, an agent's check-in
    coordinates) is yellow `geolocation`.
  * The agency's own trust / escrow account (IBAN or NZ account) is the business's account,
    printed on every invoice: green. A payer's or staff member's account is red `bank account`.
  * Any identity document's number is red, including a driver licence number collected as the
    KYC identity document (`national id|license`); an agent's individual real-estate licence
    number is yellow `license`; the agency's company licence is green.
  * An agent's commission payout, commission split and PAYE are pay: yellow `salary`; the agency
    fee charged to the vendor (rate or amount) is a price: green. Income typed into a mortgage
    calculator is yellow `salary`. Net-worth bands and source-of-funds enums are green.
  * PEP and sanctions flags, risk ratings and the PEP's office are green (not political
    opinion); answers about residency or visa status are red `visa`; nationality and passport
    country are yellow `citizenship`; a smoker flag on a life-cover question is yellow
    `condition`; accessibility needs that reveal a disability are red `disability` (a property
    being wheelchair-accessible is green).
  * SHA-256 hashes of a person's e-mail, phone or name sent for ad matching (Conversions API
    `em`, `ph`, `fn`) are still that person's data: yellow in the matcher of what was hashed.
  * A push token (`context.device.token`) is red `token`, as in the project's first corpus.
  * Transfer descriptions, NZ `particulars`, SMS and WhatsApp bodies, agent notes and support
    descriptions are labelled value_only PII only where every value carries it (the generators
    guarantee it); enquiry messages, feedback, source-of-funds details and listing descriptions
    never carry PII here and are green.
- value_only is true when the key does not say what the value is (`q`, `input`, `label`, `text`,
  `value`, `note`, `particulars`, `aciklama`, `values[]`, `answer`, `recipient`, `identifier`,
  `target`, `client`, `parsed.from`, `externalIds[].id` …).
"""

# Turkish text is spelled with the dotless i (U+0131) on purpose.
# ruff: noqa: RUF001

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ---------------------------------------------------------------------------------------

CULTURES = {
    "tr": (
        [
            "Ayşe",
            "Mehmet",
            "Fatma",
            "Mustafa",
            "Zeynep",
            "Emre",
            "Elif",
            "Burak",
            "Özlem",
            "Hüseyin",
            "Gülşen",
            "Çağlar",
            "İbrahim",
            "Şükrü",
            "Derya",
            "Kaan",
            "Ebru",
            "Serkan",
            "Büşra",
            "Oğuz",
        ],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Öztürk",
            "Aydın",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Aslan",
            "Koç",
            "Kurt",
            "Özdemir",
            "Güneş",
            "Polat",
            "Erdem",
            "Karaca",
            "Ünal",
        ],
    ),
    "pt": (
        [
            "João",
            "Maria",
            "Inês",
            "Tiago",
            "Beatriz",
            "Rui",
            "Ana",
            "Gonçalo",
            "Sofia",
            "Duarte",
            "Leonor",
            "Francisco",
            "Mariana",
            "Afonso",
            "Catarina",
            "Miguel",
            "Matilde",
            "Vasco",
        ],
        [
            "Silva",
            "Santos",
            "Ferreira",
            "Pereira",
            "Oliveira",
            "Costa",
            "Rodrigues",
            "Martins",
            "Sousa",
            "Fernandes",
            "Gonçalves",
            "Lopes",
            "Marques",
            "Carvalho",
            "Almeida",
            "Ribeiro",
        ],
    ),
    "nz": (
        [
            "Aroha",
            "Tama",
            "Mere",
            "Wiremu",
            "Ngaio",
            "Hēmi",
            "Olivia",
            "Jack",
            "Charlotte",
            "Liam",
            "Isla",
            "Oliver",
            "Ruby",
            "Hunter",
            "Sione",
            "Mele",
            "Losa",
            "Manaia",
            "Ihaia",
            "Kiri",
        ],
        [
            "Smith",
            "Williams",
            "Wilson",
            "Ngata",
            "Parata",
            "Walker",
            "Tipene",
            "Te Whare",
            "Taufa",
            "Fonoti",
            "Brown",
            "Taylor",
            "Horomona",
            "Tuilagi",
            "Thompson",
            "McKenzie",
            "Reid",
        ],
    ),
    "ru": (
        ["Dmitry", "Ekaterina", "Sergei", "Anastasia", "Alexei", "Olga"],
        ["Ivanov", "Smirnova", "Volkov", "Kuznetsova", "Sokolov", "Morozova"],
    ),
    "ua": (["Olena", "Andriy", "Oksana", "Taras"], ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk"]),
    "ir": (["Reza", "Maryam", "Ali", "Shirin", "Hossein"], ["Ahmadi", "Hosseini", "Karimi", "Rezaei"]),
    "ar": (["Ahmed", "Layla", "Omar", "Noor", "Yousef"], ["Al-Rashid", "Haddad", "Al-Sayed", "Nasser"]),
    "de": (["Klaus", "Anja", "Jürgen", "Sabine", "Lukas"], ["Becker", "Schmidt", "Müller", "Hoffmann"]),
    "gb": (["Oliver", "Emily", "James", "Charlotte", "Harry"], ["Hughes", "Clarke", "Evans", "O'Neill"]),
    "br": (["Luiz Carlos", "Fernanda", "Thiago", "Juliana"], ["de Souza", "Nascimento", "Barbosa", "Lima"]),
    "fr": (["Amélie", "Julien", "Camille", "Thibault"], ["Laurent", "Moreau", "Lefèvre", "Girard"]),
    "cn": (["Wei", "Na", "Jun", "Xiaoling", "Hao"], ["Zhang", "Li", "Wang", "Chen", "Liu"]),
    "in": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram"], ["Sharma", "Patel", "Iyer", "Reddy"]),
    "kr": (["Ji-woo", "Min-jun", "Seo-yeon"], ["Kim", "Park", "Choi"]),
    "us": (["Madison", "Tyler", "Brittany", "Cody"], ["Johnson", "Miller", "Davis", "Anderson"]),
}
FOREIGN = {
    "TR": ["ru", "ua", "ir", "ar", "de", "gb", "kz"],
    "PT": ["br", "fr", "gb", "us", "cn", "in", "de"],
    "NZ": ["cn", "in", "kr", "gb", "us", "ar"],
}
CULTURES["kz"] = (["Aigerim", "Nursultan", "Dana"], ["Nurlanova", "Abenov", "Seitkali"])
LOCAL = {"TR": "tr", "PT": "pt", "NZ": "nz"}
MAIL = {
    "TR": ["gmail.com", "hotmail.com", "outlook.com", "yandex.com.tr", "icloud.com"],
    "PT": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "icloud.com"],
    "NZ": ["gmail.com", "xtra.co.nz", "outlook.com", "icloud.com", "hotmail.co.nz"],
}
ASCII = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "ß": "ss", "'": "", " ": ""})


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(ASCII))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


PLACES = {
    "TR": [
        ("Kadıköy", "İstanbul", "34710", ["Caferağa", "Moda", "Fenerbahçe", "Göztepe"]),
        ("Beşiktaş", "İstanbul", "34342", ["Bebek", "Levent", "Etiler", "Arnavutköy"]),
        ("Sarıyer", "İstanbul", "34457", ["Tarabya", "Yeniköy", "Emirgan"]),
        ("Muratpaşa", "Antalya", "07100", ["Lara", "Şirinyalı", "Fener"]),
        ("Alanya", "Antalya", "07400", ["Mahmutlar", "Oba", "Kestel"]),
        ("Konak", "İzmir", "35220", ["Alsancak", "Güzelyalı", "Göztepe"]),
        ("Çankaya", "Ankara", "06680", ["Kızılay", "Çukurambar", "Ümitköy"]),
        ("Bodrum", "Muğla", "48400", ["Gümüşlük", "Yalıkavak", "Bitez", "Turgutreis"]),
    ],
    "PT": [
        ("Alfama", "Lisboa", "1100", []),
        ("Estrela", "Lisboa", "1200", []),
        ("Campo de Ourique", "Lisboa", "1350", []),
        ("Foz do Douro", "Porto", "4150", []),
        ("Cedofeita", "Porto", "4050", []),
        ("Parede", "Cascais", "2775", []),
        ("Quarteira", "Loulé", "8125", []),
        ("Sé", "Faro", "8000", []),
        ("São Sebastião", "Lagos", "8600", []),
    ],
    "NZ": [
        ("Grey Lynn", "Auckland", "1021", []),
        ("Remuera", "Auckland", "1050", []),
        ("Mt Eden", "Auckland", "1024", []),
        ("Ōrewa", "Auckland", "0931", []),
        ("Karori", "Wellington", "6012", []),
        ("Fendalton", "Christchurch", "8041", []),
        ("Frankton", "Queenstown", "9300", []),
        ("Mount Maunganui", "Tauranga", "3116", []),
    ],
}
CITY_COORDS = {
    "İstanbul": (41.0082, 28.9784),
    "Antalya": (36.8969, 30.7133),
    "İzmir": (38.4237, 27.1428),
    "Ankara": (39.9334, 32.8597),
    "Muğla": (37.0344, 27.4305),
    "Lisboa": (38.7223, -9.1393),
    "Porto": (41.1579, -8.6291),
    "Cascais": (38.6979, -9.4215),
    "Loulé": (37.0777, -8.1165),
    "Faro": (37.0194, -7.9304),
    "Lagos": (37.1028, -8.6730),
    "Auckland": (-36.8485, 174.7633),
    "Wellington": (-41.2865, 174.7762),
    "Christchurch": (-43.5321, 172.6362),
    "Queenstown": (-45.0312, 168.6626),
    "Tauranga": (-37.6878, 176.1651),
}


class RF(Fake):
    """The shared Fake plus per-market people, places and identifiers."""

    market = "TR"

    def culture(self):
        if self.r.random() < 0.65:
            return LOCAL[self.market]
        return self.pick(FOREIGN[self.market])

    def person(self):
        c = self.culture()
        first, last = self.pick(CULTURES[c][0]), self.pick(CULTURES[c][1])
        if c == "pt" and self.r.random() < 0.5:
            last = f"{self.pick(CULTURES['pt'][1])} {last}"
        if c == "cn" and self.r.random() < 0.3:
            return first, last, f"{last} {first}"
        return first, last, f"{first} {last}"

    def given(self):
        return self.person()[0]

    def family(self):
        return self.person()[1]

    def fullname(self):
        return self.person()[2]

    def mail(self, name=None):
        first, last, _ = self.person() if name is None else name
        first, last = ascii_fold(first), ascii_fold(last.split()[-1])
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(MAIL[self.market])}"

    def mobile(self, market=None):
        m = market or self.market
        d = self.digits
        if m == "TR":
            op = self.pick(["532", "533", "535", "542", "505", "555", "544", "507"])
            a, b, c = d(3), d(2), d(2)
            return self.pick(
                [
                    f"+90 {op} {a} {b} {c}",
                    f"0{op} {a} {b} {c}",
                    f"+90{op}{a}{b}{c}",
                    f"({op}) {a} {b}{c}",
                    f"0{op}{a}{b}{c}",
                ]
            )
        if m == "PT":
            op = self.pick(["91", "92", "93", "96"])
            a, b, c = d(1), d(3), d(3)
            return self.pick(
                [f"+351 {op}{a} {b} {c}", f"{op}{a} {b} {c}", f"+351{op}{a}{b}{c}", f"{op}{a}{b}{c}"]
            )
        if m == "NZ":
            op = self.pick(["21", "22", "27", "29", "20"])
            a, b = d(3), d(4)
            return self.pick(
                [f"0{op} {a} {b}", f"+64 {op} {a} {b}", f"+64{op}{a}{b}", f"0{op}{a}{b}", f"0{op}-{a}-{b}"]
            )
        return self.pick(
            [
                f"+44 7{d(3)} {d(6)}",
                f"+49 15{self.r.randint(1, 9)} {d(8)}",
                f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
                f"+55 11 9{d(4)}-{d(4)}",
                f"+86 13{self.r.randint(0, 9)} {d(4)} {d(4)}",
                f"+61 4{d(2)} {d(3)} {d(3)}",
                f"+971 50 {d(3)} {d(4)}",
                f"+98 912 {d(3)} {d(4)}",
                self.phone("intl_space"),
            ]
        )

    def phone_any(self):
        return self.mobile(self.market if self.r.random() < 0.8 else "XX")

    # places -------------------------------------------------------------------------------------
    def new_message(self):
        """Pick the message's locality: addresses and coordinates in one event agree."""
        self.place = self.pick(PLACES[self.market])
        lat, lon = CITY_COORDS[self.place[1]]
        self.center = (lat + self.r.uniform(-0.04, 0.04), lon + self.r.uniform(-0.04, 0.04))

    def street_line(self):
        n = self.r.randint(1, 240)
        if self.market == "TR":
            st = self.pick(
                [
                    "Bağdat Cad.",
                    "Moda Cad.",
                    "Atatürk Blv.",
                    "Cumhuriyet Cad.",
                    "Sakız Sk.",
                    "Nispetiye Cad.",
                    "Kıbrıs Şehitleri Cad.",
                    "Fahrettin Altay Cad.",
                    "Gül Sk.",
                ]
            )
            return f"{self.pick(self.place[3])} Mah. {st} No:{n} D:{self.r.randint(1, 24)}"
        if self.market == "PT":
            st = self.pick(
                [
                    "Rua Augusta",
                    "Av. da Liberdade",
                    "Rua de Santa Catarina",
                    "Travessa do Carmo",
                    "Rua do Almada",
                    "Av. da Boavista",
                    "Rua Garrett",
                    "Largo do Rato",
                    "Rua 25 de Abril",
                ]
            )
            floor = self.pick(["1º Esq.", "2º Dto", "R/C", "3º Frente", "4º B", "5º Esq."])
            return f"{st} {n}, {floor}"
        unit = self.pick(["", "", f"{self.r.randint(1, 12)}/", f"Unit {self.r.randint(1, 9)}, "])
        st = self.pick(
            [
                "Ponsonby Road",
                "Jervois Road",
                "Remuera Road",
                "Karori Road",
                "Papanui Road",
                "Gladstone Road",
                "Tui Street",
                "Kowhai Avenue",
                "Marine Parade",
                "Totara Crescent",
            ]
        )
        return f"{unit}{n} {st}"

    def town(self):
        return self.place[1]

    def district(self):
        return self.place[0]

    def postcode(self):
        if self.market == "PT":
            return f"{self.place[2]}-{self.r.randint(1, 999):03d}"
        return self.place[2]

    def full_address(self):
        if self.market == "TR":
            return f"{self.street_line()}, {self.postcode()} {self.district()}/{self.town()}"
        if self.market == "PT":
            return f"{self.street_line()}, {self.postcode()} {self.town()}"
        return f"{self.street_line()}, {self.district()}, {self.town()} {self.postcode()}"

    def near(self, axis, spread=0.01):
        return round(self.center[axis] + self.r.uniform(-spread, spread), 6)

    # identifiers ---------------------------------------------------------------------------------
    def tckn(self):
        d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return "".join(map(str, [*d, d10, d11]))

    def nif(self):
        d = [self.pick([1, 2, 2, 3])] + [self.r.randint(0, 9) for _ in range(7)]
        c = 11 - sum(x * (9 - i) for i, x in enumerate(d)) % 11
        return "".join(map(str, d)) + str(0 if c >= 10 else c)

    def ird(self):
        while True:
            base = f"{self.r.randint(1_000_000, 14_999_999):08d}"
            for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
                rem = sum(int(c) * w for c, w in zip(base, weights, strict=True)) % 11
                check = 0 if rem == 0 else 11 - rem
                if check != 10:
                    break
            if check == 10:
                continue
            full = f"{int(base)}{check}"
            full = full.zfill(9)
            return self.pick(
                [f"{full[:3]}-{full[3:6]}-{full[6:]}", full, f"{full[:3]} {full[3:6]} {full[6:]}"]
            )

    def cc_pt(self):
        civil = [self.r.randint(0, 9) for _ in range(8)]
        civil[0] = self.r.randint(1, 3)
        c = 11 - sum(x * (9 - i) for i, x in enumerate(civil)) % 11
        body = "".join(map(str, civil)) + str(0 if c >= 10 else c) + self.pick(["ZZ", "ZY", "ZX"])
        total = 0
        for i, ch in enumerate(reversed(body)):
            v = int(ch, 36)
            if i % 2 == 0:
                v *= 2
                v -= 9 if v > 9 else 0
            total += v
        last = (10 - total % 10) % 10
        return self.pick([f"{body[:8]} {body[8]} {body[9:]}{last}", body + str(last)])

    def id_serial_tr(self):
        up = "ABCDEFGHJKLMNPRSTUVYZ"
        return f"{self.pick(up)}{self.digits(2)}{self.pick(up)}{self.r.randint(0, 99999):05d}"

    def passport(self):
        m = self.market
        if m == "TR":
            return self.pick(["U", "S", "Z"]) + self.digits(8)
        if m == "PT":
            return self.pick(["C", "P", "N"]) + self.pick("ABCDEFGH") + self.digits(6)
        return self.pick(["LA", "LH", "RA", "LM"]) + self.digits(6)

    def national_id(self):
        return {"TR": self.tckn, "PT": self.nif, "NZ": self.ird}[self.market]()

    def iban_of(self, country, bban, spaced=None):
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        spaced = self.r.random() < 0.5 if spaced is None else spaced
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw

    def iban_tr(self):
        bank = self.pick(["00010", "00062", "00046", "00064", "00012", "00067", "00111"])
        return self.iban_of("TR", bank + "0" + self.digits(16))

    def iban_pt(self):
        bank, branch = self.pick(["0035", "0033", "0007", "0010", "0036", "0018"]), self.digits(4)
        account = self.digits(11)
        nib = bank + branch + account
        check = 98 - (int(nib) * 100) % 97
        return self.iban_of("PT", f"{nib}{check:02d}")

    def nz_account(self):
        weights = (6, 3, 7, 9, 0, 0, 10, 5, 8, 4, 2, 1)
        while True:
            bank, lo, hi = self.pick(
                [
                    ("01", 1, 999),
                    ("02", 1200, 1299),
                    ("03", 1500, 1599),
                    ("06", 1, 999),
                    ("12", 3000, 3299),
                    ("38", 9000, 9499),
                ]
            )
            branch = f"{self.r.randint(lo, hi):04d}"
            acct = f"0{self.r.randint(0, 98999):05d}"
            digits = branch + "0" + acct
            partial = sum(int(c) * w for c, w in zip(digits, weights[:11], strict=True))
            last = (-partial) % 11
            if last < 10:
                break
        suffix = self.pick(["00", "000", "01", "002", "25"])
        return f"{bank}-{branch}-{acct}{last}-{suffix}"

    def payer_account(self):
        return {"TR": self.iban_tr, "PT": self.iban_pt, "NZ": self.nz_account}[self.market]()

    # listings -----------------------------------------------------------------------------------
    def listing_ref(self):
        return {
            "TR": f"EM-34-{self.digits(6)}",
            "PT": f"IMO-LX-{self.digits(5)}",
            "NZ": f"{self.pick(['PON', 'REM', 'KAR', 'FEN'])}{self.digits(5)}",
        }[self.market]

    def listing_title(self):
        if self.market == "TR":
            return self.pick(
                [
                    "Moda'da Deniz Manzaralı 3+1 Daire",
                    "Sarıyer'de Havuzlu Villa",
                    "Kadıköy Merkezde Yeni Binada 2+1",
                    "Bodrum Gümüşlük Müstakil Taş Ev",
                    "Konyaaltı Sahile Yakın 1+1 Rezidans",
                ]
            )
        if self.market == "PT":
            return self.pick(
                [
                    "Apartamento T2 renovado em Alfama",
                    "Moradia V4 com piscina em Cascais",
                    "T1 com varanda na Foz do Douro",
                    "Quinta com vista rio no Douro",
                    "T3 para investimento em Campo de Ourique",
                ]
            )
        return self.pick(
            [
                "Sun-drenched villa in Grey Lynn",
                "Family home on a quiet Remuera cul-de-sac",
                "Lock-and-leave townhouse, Mt Eden",
                "Lifestyle block with mountain views",
                "Character bungalow, renovated kitchen",
            ]
        )

    def price(self):
        lo, hi, step = {
            "TR": (4_500_000, 45_000_000, 50_000),
            "PT": (180_000, 1_800_000, 5_000),
            "NZ": (650_000, 3_500_000, 5_000),
        }[self.market]
        return self.r.randint(lo // step, hi // step) * step

    def currency(self):
        return {"TR": "TRY", "PT": "EUR", "NZ": "NZD"}[self.market]

    def photo_url(self, kind="listings"):
        host = self.pick(["evbul", "casafina", "homestead"])
        return f"https://cdn.{host}.io/{kind}/{self.hexid(12)}/{self.r.randint(1, 30)}.jpg"


# -- generators used in several places ------------------------------------------------------------


def ts(f):
    return f.iso()


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def lang(f):
    return {"TR": "tr-TR", "PT": "pt-PT", "NZ": "en-NZ"}[f.market]


LAW_FIRMS = {
    "TR": [("Esin Attorney Partnership", "esin.av.tr"), ("Yılmaz & Demir Hukuk Bürosu", "yilmazdemir.av.tr")],
    "PT": [("Morais Leitão", "mlgts.pt"), ("Sociedade de Advogados Costa & Reis", "costareis.pt")],
    "NZ": [("Simpson Grierson", "simpsongrierson.com"), ("Smith & Partners Lawyers", "smithpartners.co.nz")],
}


def work_email(f, domain):
    first, last, _ = f.person()
    return f"{ascii_fold(first)}.{ascii_fold(last.split()[-1])}@{domain}"


def agent_email(f):
    first, last, _ = f.person()
    dom = {"TR": "evbul.com.tr", "PT": "casafina.pt", "NZ": "homestead.co.nz"}[f.market]
    return f"{ascii_fold(first)}.{ascii_fold(last.split()[-1])}@{dom}"


def office_email(f):
    dom = {"TR": "evbul.com.tr", "PT": "casafina.pt", "NZ": "homestead.co.nz"}[f.market]
    box = {
        "TR": ["info", "satis", "kadikoy", "no-reply"],
        "PT": ["geral", "vendas", "lisboa", "no-reply"],
        "NZ": ["info", "ponsonby", "trust", "no-reply"],
    }[f.market]
    return f"{f.pick(box)}@{dom}"


def office_phone(f):
    return {
        "TR": f"+90 216 {f.digits(3)} {f.digits(2)} {f.digits(2)}",
        "PT": f"+351 21 {f.digits(3)} {f.digits(4)}",
        "NZ": f"09 {f.digits(3)} {f.digits(4)}",
    }[f.market]


def office_address(f):
    return {
        "TR": "Caferağa Mah. Moda Cad. No:42, Kadıköy/İstanbul",
        "PT": "Av. da Liberdade 110, 1250-146 Lisboa",
        "NZ": "212 Ponsonby Road, Ponsonby, Auckland 1011",
    }[f.market]


def trust_account(f):
    return {
        "TR": "TR59 0006 2000 1920 0062 9578 10",
        "PT": "PT50 0035 0697 0063 8921 3707 5",
        "NZ": "12-3011-0483929-00",
    }[f.market]


def e164(f, number):
    digits = "".join(c for c in number if c.isdigit())
    if number.startswith("+"):
        return "+" + digits
    cc = {"TR": "90", "PT": "351", "NZ": "64"}[f.market]
    return "+" + cc + (digits[1:] if digits.startswith("0") else digits)


def dob(f):
    return f.date(1948, 2002)


# -- contexts --------------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

SITE = {
    "TR": "https://www.evbul.com.tr",
    "PT": "https://www.casafina.pt",
    "NZ": "https://www.homestead.co.nz",
}
PAGES = [
    "/",
    "/satilik/istanbul-kadikoy",
    "/imoveis/lisboa/t2",
    "/buy/auckland/grey-lynn",
    "/listing/",
    "/valuation",
    "/mortgage-calculator",
    "/contact",
]


def web_context(f):
    def page(f):
        return f.pick(PAGES)

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(pick("npm:next-1.70.0", "next-1.66.0", "npm:next-1.72.1")),
        },
        "page": {
            "path": G(page),
            "referrer": G(
                pick(
                    "https://www.google.com/",
                    "",
                    "https://www.sahibinden.com/",
                    "https://www.idealista.pt/",
                    "https://www.trademe.co.nz/a/property",
                    "https://l.facebook.com/",
                )
            ),
            "search": G(
                pick("", "?utm_source=google&utm_medium=cpc", "?ref=newsletter", "?sort=price_asc&page=2")
            ),
            "title": G(
                pick(
                    "Satılık Daire | EvBul",
                    "Imóveis para venda | CasaFina",
                    "Homes for sale | Homestead",
                    "Free appraisal | Homestead",
                    "Simulador de crédito | CasaFina",
                )
            ),
            "url": G(lambda f: SITE[f.market] + f.pick(PAGES)),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pick("124", "123", "99", "8")),
                },
                3,
            ),
            "mobile": G(pick(True, False)),
            "platform": G(pick("Windows", "macOS", "Android", "Linux")),
        },
        "locale": G(lang),
        "timezone": G(
            lambda f: {"TR": "Europe/Istanbul", "PT": "Europe/Lisbon", "NZ": "Pacific/Auckland"}[f.market]
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                pick(
                    "istanbul_deniz_manzara", "lisboa_t2_spring", "akl_first_home_buyers", "golden_visa_2024"
                )
            ),
            "source": G(pick("google", "facebook", "newsletter", "instagram")),
            "medium": G(pick("cpc", "paid_social", "email")),
            "term": G(
                pick(
                    "satılık daire kadıköy",
                    "apartamento t2 lisboa",
                    "houses for sale grey lynn",
                    "villa bodrum",
                )
            ),
            "content": G(pick("carousel_a", "video_15s", "hero_banner")),
        },
    }


def mobile_traits():
    return {
        "email": Y(lambda f: f.mail(), "email"),
        "firstName": Y(lambda f: f.given(), "name"),
        "lastName": Y(lambda f: f.family(), "name"),
    }


def swift_context(f):
    return {
        "app": {
            "name": G(lambda f: "EvBul Agent"),
            "version": G(pick("4.2.0", "4.3.1", "4.3.2")),
            "build": G(pick("420", "431", "432")),
            "namespace": G(lambda f: "com.evbul.agent"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(pick("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,1")),
            "name": G(pick("iPhone", "iPad")),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(pick("1.5.11", "1.6.0"))},
        "locale": G(lang),
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "carrier": G(pick("Turkcell", "Vodafone TR", "MEO", "NOS", "One NZ", "Spark")),
        },
        "os": {"name": G(pick("iOS", "iPadOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 430, 820)), "height": G(pick(844, 852, 932, 1180))},
        "timezone": G(pick("Europe/Istanbul", "Europe/Lisbon", "Pacific/Auckland")),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context(f):
    return {
        "app": {
            "name": G(lambda f: "CasaFina"),
            "version": G(pick("2.8.0", "2.9.3", "2.10.0")),
            "build": G(pick("280", "293", "2100")),
            "namespace": G(lambda f: "pt.casafina.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Xiaomi", "Google", "OPPO")),
            "model": G(pick("SM-A546B", "2201117TY", "Pixel 8", "CPH2581")),
            "name": G(pick("a54x", "spes", "shiba", "OP5A0BL1")),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(pick(True, False)),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(pick("1.15.0", "1.16.3"))},
        "locale": G(lang),
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "carrier": G(pick("MEO", "Vodafone PT", "NOS", "Türk Telekom")),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1440)),
            "height": G(pick(2340, 2400, 3120)),
        },
        "timezone": G(pick("Europe/Lisbon", "Europe/Istanbul", "Pacific/Auckland")),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; 2201117TY Build/TKQ1.221114.001)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def rn_context(f):
    return {
        "app": {
            "name": G(lambda f: "Homestead"),
            "version": G(pick("6.1.0", "6.2.4", "6.3.0")),
            "build": G(pick("610", "624", "630")),
            "namespace": G(lambda f: "nz.co.homestead.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "Google")),
            "model": G(pick("iPhone14,2", "SM-S918B", "Pixel 7")),
            "name": G(pick("iPhone", "dm3q", "panther")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(pick("2.19.2", "2.20.1"))},
        "locale": G(lang),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14", "17.2.1"))},
        "screen": {"width": G(pick(390, 412, 428)), "height": G(pick(844, 915, 926))},
        "timezone": G(pick("Pacific/Auckland", "Europe/Istanbul", "Europe/Lisbon")),
        "traits": mobile_traits(),
        "location": {
            "latitude": Y(lambda f: f.near(0), "geolocation"),
            "longitude": Y(lambda f: f.near(1), "geolocation"),
            "city": Y(lambda f: f.town(), "city"),
            "country": G(lambda f: {"TR": "Türkiye", "PT": "Portugal", "NZ": "New Zealand"}[f.market]),
        },
    }


def flutter_context(f):
    return {
        "app": {
            "name": G(lambda f: "EvBul"),
            "version": G(pick("3.0.2", "3.1.0", "3.1.5")),
            "build": G(pick("302", "310", "315")),
            "namespace": G(lambda f: "com.evbul.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "Xiaomi", "HUAWEI")),
            "model": G(pick("iPhone13,2", "SM-A145F", "23021RAA2Y", "ELS-NX9")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(lambda f: "analytics-flutter"), "version": G(pick("1.1.3", "1.1.5"))},
        "locale": G(lang),
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.3", "13", "14"))},
        "screen": {"width": G(pick(390, 393, 412)), "height": G(pick(844, 873, 915))},
        "timezone": G(pick("Europe/Istanbul", "Europe/Lisbon", "Pacific/Auckland")),
        "traits": mobile_traits(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib, ip=False, external=False):
    def make(f):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if external:
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.mail(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
    "node+ip": server_context("node", ip=True),
    "python+ip": server_context("python", ip=True),
    "ruby+ext": server_context("ruby", external=True),
    "java+ext": server_context("java", external=True),
}
BUYER_APPS = ["kotlin", "rn", "flutter"]


# -- free text -------------------------------------------------------------------------------------


def enquiry(f):
    return f.pick(
        [
            "Is the price negotiable?",
            "Aidat ne kadar?",
            "Ainda está disponível?",
            "Can we view this weekend?",
            "Krediye uygun mu?",
            "Tem garagem?",
            "Is there a LIM report available?",
            "Site içinde otopark var mı?",
            "What are the body corporate fees?",
            "Qual é o valor do condomínio?",
            "Takas olur mu?",
        ]
    )


def agent_note(f):
    phone = f.phone_any()
    return f.pick(
        [
            f"Called back on {phone}, wants a 3+1 under budget",
            f"Alternatif numara: {phone} (eşi)",
            f"Prefers WhatsApp {phone}, viewing Sat am",
            f"Ligar para {phone} depois das 18h",
            f"Left voicemail on {phone}. Pre-approved with ASB",
            f"Yeni numarası {phone}, Kadıköy'de arıyor",
        ]
    )


def transfer_desc_tr(f):
    name = f.fullname()
    return f.pick(
        [
            f"{name} kapora",
            f"KAPORA - {name.upper()}",
            f"{f.listing_ref()} {name} ön ödeme",
            f"{name} emlak komisyonu",
        ]
    )


def sms_body(f):
    first = f.given()
    return {
        "TR": f"Merhaba {first}, yarın 14:00 görüşmeniz onaylandı. EvBul",
        "PT": f"Olá {first}, a visita de sábado às 11h está confirmada. CasaFina",
        "NZ": f.pick(
            [
                f"Hi {first}, reminder: open home today 1:00-1:30pm. Reply STOP to opt out",
                f"Kia ora {first}, your offer has been presented to the vendor. We'll be in touch.",
            ]
        ),
    }[f.market]


def quick_reply(f):
    first = f.given()
    return f.pick(
        {
            "TR": [
                f"Merhaba {first} Bey, ilan hâlâ güncel. Ne zaman bakmak istersiniz?",
                f"{first} Hanım merhaba, tapu fotokopisini ekte gönderiyorum.",
            ],
            "PT": [
                f"Olá {first}, envio-lhe a planta em anexo.",
                f"Bom dia {first}, o proprietário fez uma contraproposta.",
            ],
            "NZ": [
                f"Hi {first}, thanks for your enquiry! When suits for a viewing?",
                f"{first}, the vendor has countered. Can you call me?",
            ],
        }[f.market]
    )


def contact_label(f):
    suffix = {
        "TR": [" (alıcı)", " (satıcı)", ""],
        "PT": [" - comprador", " - proprietário", ""],
        "NZ": [" (buyer)", " - vendor", ""],
    }[f.market]
    return f.fullname() + f.pick(suffix)


def ticket_desc(f):
    email = f.mail()
    return f.pick(
        [
            f"Please update my account email to {email}, I can't log in",
            f"Saved searches stopped sending alerts to {email}",
            f"Não recebo os alertas no {email}",
            f"Unsubscribe {email} from all lists please",
        ]
    )


# -- events ----------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, markets, body)

ALL = ["TR", "PT", "NZ"]

EVENTS = [
    # -- public web site -------------------------------------------------------------------------
    (
        "page",
        "Listing Detail",
        ["web"],
        ALL,
        {
            "path": G(lambda f: f.pick(["/listing/", "/ilan/", "/imovel/"]) + f.listing_ref().lower()),
            "url": G(lambda f: SITE[f.market] + "/listing/" + f.listing_ref().lower()),
            "title": G(lambda f: f.listing_title()),
            "referrer": G(pick("https://www.google.com/", "", "https://www.facebook.com/")),
            "search": G(pick("", "?utm_source=google&utm_medium=cpc", "?from=saved_search")),
            "listing_id": G(lambda f: f.digits(7)),
            "property_type": G(pick("apartment", "villa", "house", "townhouse", "land")),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", *BUYER_APPS],
        ALL,
        {
            "query": G(
                pick(
                    "deniz manzaralı 3+1",
                    "t2 alfama",
                    "grey lynn 3 bedroom",
                    "villa havuzlu bodrum",
                    "moradia cascais piscina",
                    "first home under 900k",
                )
            ),
            "filters": {
                "min_price": G(lambda f: f.price() // 2),
                "max_price": G(lambda f: f.price()),
                "bedrooms": G(pick("1+1", "2+1", "3+1", "T2", "T3", "3", "4+")),
                "property_type": G(pick("apartment", "villa", "house", "townhouse", "land")),
                "location": G(lambda f: f.district()),
            },
            "results_count": G(lambda f: f.r.randint(0, 2400)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", *BUYER_APPS],
        ALL,
        {
            "product_id": G(lambda f: f.digits(7)),
            "sku": G(lambda f: f.listing_ref()),
            "name": G(lambda f: f.listing_title()),
            "category": G(pick("Satılık/Daire", "Venda/Apartamento", "Sale/House", "Sale/Section")),
            "variant": G(pick("3+1", "2+1", "T2", "T3", "4 bed 2 bath")),
            "price": G(lambda f: f.price()),
            "currency": G(lambda f: f.currency()),
            "url": G(lambda f: SITE[f.market] + "/listing/" + f.digits(7)),
            "image_url": G(lambda f: f.photo_url()),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", *BUYER_APPS],
        ALL,
        {
            "list_id": G(pick("search_results", "similar_listings", "featured", "price_drops")),
            "category": G(pick("Satılık/Daire", "Venda/Moradia", "Sale/House")),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(7)),
                    "name": G(lambda f: f.listing_title()),
                    "price": G(lambda f: f.price()),
                    "image_url": G(lambda f: f.photo_url()),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Product Added to Wishlist",
        ["web", *BUYER_APPS],
        ALL,
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "wishlist_name": G(
                pick("Favoriler", "Bizim ev", "Lisbon shortlist", "Favoritos", "Sunday open homes")
            ),
            "product_id": G(lambda f: f.digits(7)),
            "name": G(lambda f: f.listing_title()),
            "price": G(lambda f: f.price()),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        ["web"],
        ALL,
        {
            "form_id": G(pick("listing_enquiry", "contact_agent", "brochure_request")),
            "listing_id": G(lambda f: f.digits(7)),
            "full_name": Y(lambda f: f.fullname(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "message": G(enquiry),
            "preferred_contact": G(pick("phone", "email", "whatsapp")),
            "consent_marketing": G(pick(True, False)),
            "attribution": {
                "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "_BwE", "advertising id"),
                "fbclid": Y(lambda f: "IwAR" + f.hexid(28), "advertising id"),
                "utm_source": G(pick("google", "facebook", "instagram")),
                "utm_campaign": G(
                    pick("istanbul_deniz_manzara", "lisboa_t2_spring", "akl_first_home_buyers")
                ),
            },
        },
    ),
    (
        "track",
        "Viewing Requested",
        ["web", *BUYER_APPS],
        ALL,
        {
            "viewing_request_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.digits(7)),
            "requested_slot": G(ts),
            "attendee_names": Many(Y(lambda f: f.fullname(), "name"), 3),
            "buyer": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "mobile": Y(lambda f: f.phone_any(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
            },
            "accessibility_needs": RED(
                pick("wheelchair user", "uses a walking frame", "low vision", "deaf - please text"),
                "disability",
            ),
            "notes": G(
                pick(
                    "Prefer mornings",
                    "Will come with my partner",
                    "Hafta sonu uygunum",
                    "Só depois das 18h",
                    "",
                )
            ),
        },
    ),
    (
        "track",
        "Mortgage Calculator Used",
        ["web", *BUYER_APPS],
        ALL,
        {
            "property_price": G(lambda f: f.price()),
            "deposit_pct": G(pick(10, 20, 25, 30)),
            "term_years": G(pick(15, 20, 25, 30)),
            "interest_rate": G(pick(2.95, 3.6, 6.79, 7.25, 42.5)),
            "lender": G(
                pick(
                    "ASB",
                    "Kiwibank",
                    "Westpac",
                    "Millennium bcp",
                    "Caixa Geral de Depósitos",
                    "Ziraat Bankası",
                    "Garanti BBVA",
                )
            ),
            "household_income": Y(lambda f: f.r.randint(40, 400) * 1000, "salary"),
            "applicant_age": G(lambda f: f.r.randint(22, 66)),
            "dependants": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Valuation Requested",
        ["web"],
        ALL,
        {
            "valuation_id": G(lambda f: f.uuid()),
            "owner_name": Y(lambda f: f.fullname(), "name"),
            "owner_email": Y(lambda f: f.mail(), "email"),
            "owner_phone": Y(lambda f: f.phone_any(), "phone"),
            "home_address": {
                "line1": Y(lambda f: f.street_line(), "address|street"),
                "suburb": Y(lambda f: f.district(), "city|address"),
                "city": Y(lambda f: f.town(), "city"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.market),
            },
            "reason": G(pick("selling", "refinancing", "curious", "divorce settlement", "estate")),
            "estimated_value": G(lambda f: f.price()),
        },
    ),
    (
        "track",
        "Valuation Address Entered",
        ["web"],
        ALL,
        {
            "autocomplete": {
                "input": Y(lambda f: f.street_line()[: f.r.randint(12, 24)], "address|street", True),
                "session_token": G(lambda f: f.uuid()),
                "predictions_count": G(lambda f: f.r.randint(0, 5)),
            },
        },
    ),
    (
        "identify",
        None,
        ["web", *BUYER_APPS],
        ALL,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "birthday": Y(dob, "birthdate"),
            "avatar": Y(lambda f: f"https://cdn.evbul.io/avatars/{f.hexid(16)}.jpg", "photo"),
            "address": {
                "street": Y(lambda f: f.street_line(), "street|address"),
                "city": Y(lambda f: f.town(), "city"),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.market),
            },
            "nationality": Y(
                pick(
                    "Turkish",
                    "Portuguese",
                    "New Zealander",
                    "Russian",
                    "Iranian",
                    "British",
                    "Brazilian",
                    "Chinese",
                    "Indian",
                ),
                "citizenship",
            ),
            "createdAt": G(ts),
            "budget_max": G(lambda f: f.price()),
            "company": G(pick("Koç Holding", "Fisher & Paykel", "Sonae", "Self-employed", "Air New Zealand")),
            "title": G(pick("Software Engineer", "Nurse", "Teacher", "Doktor", "Engenheira", "Director")),
            "marketing_opt_in": G(pick(True, False)),
            "email_verified": G(pick(True, False)),
            "citizenship_by_investment_interest": G(pick(True, False)),
        },
    ),
    ("alias", None, ["web", *BUYER_APPS], ALL, {}),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        ALL,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "list_ids": Many(G(pick("weekly_new_listings", "price_drops", "market_report")), 3),
        },
    ),
    (
        "track",
        "Document Downloaded",
        ["web", *BUYER_APPS],
        ALL,
        {
            "document_type": G(
                pick(
                    "brochure", "floor_plan", "lim_report", "enerji_kimlik_belgesi", "certificado_energetico"
                )
            ),
            "listing_id": G(lambda f: f.digits(7)),
            "file_name": G(
                pick(
                    "Villa_Deniz_kat_plani.pdf",
                    "T2_Alfama_planta.pdf",
                    "14-Tui-St-LIM.pdf",
                    "brochure_v3.pdf",
                )
            ),
            "file_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        ALL,
        {
            "form_id": G(pick("listing_enquiry", "valuation", "signup")),
            "field_name": G(pick("email", "phone", "contact")),
            "input": Y(lambda f: f.pick([f.mail(), f.phone_any()]), "email|phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(300, 20000)),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", *BUYER_APPS],
        ALL,
        {
            "method": G(pick("password", "magic_link", "google", "apple", "sms_otp")),
            "email": Y(lambda f: f.mail(), "email"),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "magic_link_url": RED(lambda f: SITE[f.market] + "/auth/verify?token=" + f.hexid(40), "token"),
            "two_factor_enabled": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web", *BUYER_APPS],
        ALL,
        {
            "password_strength": G(pick("weak", "fair", "strong")),
            "password_age_days": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    # -- buyer apps ---------------------------------------------------------------------------------
    (
        "screen",
        "Map Search",
        BUYER_APPS,
        ALL,
        {
            "bounds": {
                "north": G(lambda f: round(f.center[0] + 0.05, 6)),
                "south": G(lambda f: round(f.center[0] - 0.05, 6)),
                "east": G(lambda f: round(f.center[1] + 0.08, 6)),
                "west": G(lambda f: round(f.center[1] - 0.08, 6)),
            },
            "zoom": G(pick(11, 12, 13, 14, 15)),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
        },
    ),
    (
        "track",
        "Saved Search Created",
        [*BUYER_APPS, "web"],
        ALL,
        {
            "saved_search_id": G(lambda f: f.digits(8)),
            "name": G(
                pick("Kadıköy 3+1 under 10M", "T2 Lisboa < 400k", "Grey Lynn family homes", "Bodrum villa")
            ),
            "criteria": {
                "suburbs": Many(G(lambda f: f.pick(PLACES[f.market])[0]), 3),
                "bedrooms_min": G(lambda f: f.r.randint(1, 4)),
                "max_price": G(lambda f: f.price()),
                "must_haves": Many(
                    G(pick("garage", "sea view", "elevator", "garden", "pool", "doğalgaz")), 3
                ),
            },
        },
    ),
    (
        "screen",
        "Listing Gallery",
        BUYER_APPS,
        ALL,
        {
            "listing_id": G(lambda f: f.digits(7)),
            "photo_index": G(lambda f: f.r.randint(0, 30)),
            "photo_url": G(lambda f: f.photo_url()),
        },
    ),
    (
        "track",
        "Application Opened",
        [*BUYER_APPS, "swift"],
        ALL,
        {
            "from_background": G(pick(True, False)),
            "version": G(pick("6.2.4", "3.1.0", "2.9.3", "4.3.1")),
            "referring_application": G(
                pick("com.whatsapp", "com.google.android.gm", "", "com.apple.mobilesafari")
            ),
            "url": G(
                lambda f: (
                    f.pick(["evbul://ilan/", "homestead://listing/", "casafina://imovel/"]) + f.digits(7)
                )
            ),
        },
    ),
    (
        "track",
        "Buyer Preferences Updated",
        BUYER_APPS,
        ALL,
        {
            "bedrooms_min": G(lambda f: f.r.randint(1, 4)),
            "max_price": G(lambda f: f.price()),
            "property_types": Many(G(pick("apartment", "villa", "house", "townhouse")), 2),
            "pets": Many(G(pick("dog", "cat", "none")), 2),
            "needs_wheelchair_accessible": RED(pick(True, False), "disability"),
        },
    ),
    (
        "track",
        "Offer Submitted",
        [*BUYER_APPS, "web"],
        ALL,
        {
            "offer_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.digits(7)),
            "amount": G(lambda f: f.price()),
            "currency": G(lambda f: f.currency()),
            "conditions": Many(
                G(pick("finance", "LIM report", "builder's report", "sale of own home", "due diligence")), 3
            ),
            "settlement_date": G(lambda f: f.date(2024, 2025)),
            "deposit_pct": G(pick(5, 10, 20)),
            "buyer_name": Y(lambda f: f.fullname(), "name"),
            "buyer_solicitor": {
                "firm": G(lambda f: f.pick(LAW_FIRMS[f.market])[0]),
                "name": Y(lambda f: f.fullname(), "name"),
                "email": Y(lambda f: work_email(f, f.pick(LAW_FIRMS[f.market])[1]), "email"),
                "firm_phone": G(office_phone),
            },
        },
    ),
    (
        "track",
        "Offer Countered",
        ["swift", "node"],
        ALL,
        {
            "offer_id": G(lambda f: f.uuid()),
            "counter_amount": G(lambda f: f.price()),
            "message": G(enquiry),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Sale Agreed",
        ["swift", "node", "dotnet"],
        ALL,
        {
            "deal_id": G(lambda f: "D-" + f.digits(6)),
            "price": G(lambda f: f.price()),
            "currency": G(lambda f: f.currency()),
            "agency_fee_pct": G(pick(2.0, 3.0, 3.95, 5.0)),
            "agency_fee_amount": G(money(8000, 90000)),
            "listing_agent_commission": Y(money(2000, 40000), "salary"),
        },
    ),
    # -- agent app ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift"],
        ALL,
        {
            "email": Y(agent_email, "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "role": G(pick("agent", "branch_manager", "admin", "property_manager")),
            "office_id": G(lambda f: "off_" + f.digits(3)),
            "licence_number": Y(lambda f: f.pick(["10", "20"]) + f.digits(5), "license"),
            "commission_split": Y(pick(0.4, 0.5, 0.6, 0.7, 0.8), "salary"),
            "createdAt": G(ts),
            "headshot": Y(lambda f: f.photo_url("staff"), "photo"),
        },
    ),
    (
        "group",
        None,
        ["swift", "dotnet", "php"],
        ALL,
        {
            "name": G(
                pick("EvBul Kadıköy", "CasaFina Lisboa Centro", "Homestead Ponsonby", "Homestead Queenstown")
            ),
            "industry": G(lambda f: "Real Estate"),
            "website": G(lambda f: SITE[f.market]),
            "company_licence_no": G(pick("REAA 2008 - 10012345", "AMI 12345", "TTYB-3400123")),
            "office_phone": G(office_phone),
            "office_email": G(office_email),
            "office_address": G(office_address),
            "vat_number": G(pick("4810056789", "PT514123456", "123-456-789 GST")),
            "city": G(lambda f: f.town()),
            "country": G(lambda f: f.market),
            "createdAt": G(ts),
        },
    ),
    (
        "track",
        "Contact Created",
        ["swift"],
        ALL,
        {
            "contact_id": G(lambda f: f.digits(8)),
            "contact": {
                "full_name": Y(lambda f: f.fullname(), "name"),
                "mobile": Y(lambda f: f.phone_any(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
                "type": G(pick("buyer", "seller", "landlord", "investor")),
                "source": G(pick("walk_in", "portal", "referral", "open_home")),
            },
        },
    ),
    (
        "track",
        "Contact Searched",
        ["swift"],
        ALL,
        {
            "q": Y(
                lambda f: f.pick([f.fullname(), f.family(), f.phone_any(), f.given() + " " + f.family()[:3]]),
                "name|phone",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Call Logged",
        ["swift"],
        ALL,
        {
            "call_id": G(lambda f: f.uuid()),
            "contact_id": G(lambda f: f.digits(8)),
            "direction": G(pick("inbound", "outbound")),
            "number_dialled": Y(lambda f: f.phone_any(), "phone"),
            "duration_sec": G(lambda f: f.r.randint(0, 1800)),
            "outcome": G(pick("connected", "voicemail", "no_answer", "wrong_number")),
        },
    ),
    (
        "track",
        "Note Added",
        ["swift"],
        ALL,
        {
            "entity_type": G(pick("contact", "deal", "listing")),
            "entity_id": G(lambda f: f.digits(8)),
            "note": Y(agent_note, "phone", True),
        },
    ),
    (
        "track",
        "Contact Card Shared",
        ["swift", "kotlin"],
        ALL,
        {
            "contact_id": G(lambda f: f.digits(8)),
            "label": Y(contact_label, "name", True),
            "share_channel": G(pick("whatsapp", "sms", "airdrop", "email")),
        },
    ),
    (
        "track",
        "Quick Reply Sent",
        ["swift"],
        ALL,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "template_key": G(pick("enquiry_ack", "viewing_offer", "plan_attached", "counter_call")),
            "text": Y(quick_reply, "name", True),
            "channel": G(pick("whatsapp", "sms", "portal_chat")),
        },
    ),
    (
        "track",
        "Viewing Completed",
        ["swift"],
        ALL,
        {
            "viewing_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.digits(7)),
            "attendees": Many(
                {
                    "name": Y(lambda f: f.fullname(), "name"),
                    "relationship": G(pick("buyer", "partner", "parent", "friend", "builder")),
                },
                3,
            ),
            "feedback_score": G(lambda f: f.r.randint(1, 5)),
            "buyer_feedback": G(
                pick("Loved the light", "Mutfak küçük", "Too much road noise", "Gostaram muito da vista")
            ),
            "visitor_car_plate": Y(
                lambda f: f.pick(
                    [
                        f"34 {f.pick(['ABC', 'KLM', 'TR'])} {f.digits(3)}",
                        f"{f.pick(['AA', 'BX', 'TT'])}-{f.digits(2)}-{f.pick(['ZZ', 'PL'])}",
                        f"{f.pick(['NZR', 'KLP', 'QWE'])}{f.digits(3)}",
                    ]
                ),
                "license",
            ),
        },
    ),
    (
        "track",
        "Open Home Check-in",
        ["swift", "flutter"],
        ["NZ"],
        {
            "open_home_id": G(lambda f: f.digits(6)),
            "visitor": {
                "name": Y(lambda f: f.fullname(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.phone_any(), "phone"),
            },
            "is_first_home_buyer": G(pick(True, False)),
            "has_finance_approved": G(pick(True, False)),
            "checkin_location": {
                "lat": Y(lambda f: f.near(0), "geolocation"),
                "lng": Y(lambda f: f.near(1), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Listing Published",
        ["swift", "node"],
        ALL,
        {
            "listing": {
                "id": G(lambda f: f.digits(7)),
                "ref": G(lambda f: f.listing_ref()),
                "title": G(lambda f: f.listing_title()),
                "description": G(
                    pick(
                        "Sunny north-facing living, double glazed.",
                        "Deniz manzaralı, asansörlü, otoparklı.",
                        "Totalmente remodelado, cozinha equipada.",
                        "Walk to Ponsonby Road cafes.",
                    )
                ),
                "price": G(lambda f: f.price()),
                "currency": G(lambda f: f.currency()),
                "address": {
                    "street": G(lambda f: f.street_line()),
                    "suburb": G(lambda f: f.district()),
                    "city": G(lambda f: f.town()),
                    "postcode": G(lambda f: f.postcode()),
                },
                "lat": G(lambda f: f.near(0)),
                "lng": G(lambda f: f.near(1)),
                "bedrooms": G(lambda f: f.r.randint(0, 6)),
                "floor_area_m2": G(lambda f: f.r.randint(35, 480)),
                "energy_rating": G(pick("A+", "B", "B-", "C", "D", "E")),
                "title_type": G(
                    pick(
                        "Freehold",
                        "Cross-lease",
                        "Unit title",
                        "Kat mülkiyeti",
                        "Kat irtifakı",
                        "Propriedade horizontal",
                    )
                ),
                "wheelchair_accessible": G(pick(True, False)),
                "photos": Many(
                    {
                        "url": G(lambda f: f.photo_url()),
                        "checksum": G(lambda f: f.hexid(40)),
                    },
                    4,
                ),
                "floor_plan_url": G(lambda f: f.photo_url("plans")),
            },
            "vendor": {
                "name": Y(lambda f: f.fullname(), "name"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
            },
            "listing_agent": {
                "id": G(lambda f: "agt_" + f.digits(4)),
                "name": Y(lambda f: f.fullname(), "name"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "photo_url": Y(lambda f: f.photo_url("staff"), "photo"),
            },
            "office": {
                "name": G(pick("EvBul Kadıköy", "CasaFina Lisboa Centro", "Homestead Ponsonby")),
                "phone": G(office_phone),
                "email": G(office_email),
                "address": G(office_address),
            },
        },
    ),
    (
        "track",
        "Listing Photo Uploaded",
        ["swift"],
        ALL,
        {
            "listing_id": G(lambda f: f.digits(7)),
            "photo": {
                "url": G(lambda f: f.photo_url()),
                "exif_lat": G(lambda f: f.near(0)),
                "exif_lon": G(lambda f: f.near(1)),
                "exif_camera": G(pick("iPhone 15 Pro", "Sony ILCE-7M3", "DJI Mini 3")),
                "exif_taken_at": G(ts),
            },
        },
    ),
    (
        "track",
        "Seller Mandate Signed",
        ["node", "swift"],
        ["NZ"],
        {
            "mandate_id": G(lambda f: "AA-" + f.digits(6)),
            "vendor_names": Many(Y(lambda f: f.fullname(), "name"), 2),
            "vendor_postal_address": Y(lambda f: f.full_address(), "address"),
            "commission": {
                "pct_balance": G(pick(1.95, 2.0, 2.5)),
            },
            "listing_price": G(lambda f: f.price()),
            "sole_agency": G(pick(True, False)),
            "docusign_envelope_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Commission Calculated",
        ["node", "python"],
        ALL,
        {
            "deal_id": G(lambda f: "D-" + f.digits(6)),
            "gross_commission": G(money(8000, 90000)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "agent_name": Y(lambda f: f.fullname(), "name"),
            "agent_share_pct": Y(pick(40, 50, 60, 70), "salary"),
            "agent_payout": Y(money(3000, 45000), "salary"),
            "gst_amount": G(money(1000, 12000)),
            "kdv_tutari": G(money(1000, 12000)),
        },
    ),
    # -- KYC / AML ----------------------------------------------------------------------------------
    (
        "track",
        "KYC Check Completed",
        ["node"],
        ALL,
        {
            "applicant_id": G(lambda f: f.uuid()),
            "check_id": G(lambda f: f.uuid()),
            "result": G(pick("clear", "consider", "rejected")),
            "document": {
                "type": G(pick("passport", "national_identity_card", "driving_licence")),
                "number": RED(
                    lambda f: f.pick([f.passport(), f.id_serial_tr(), f.cc_pt()]), "passport|national id"
                ),
                "issuing_country": G(pick("TUR", "PRT", "NZL", "RUS", "GBR", "IRN", "BRA")),
                "expiry_date": G(lambda f: f.date(2025, 2034)),
                "nationality": Y(pick("TUR", "PRT", "NZL", "RUS", "GBR", "IRN", "BRA"), "citizenship"),
            },
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "dob": Y(dob, "birthdate"),
            "selfie_url": Y(lambda f: f"https://kyc-store.evbul.io/selfies/{f.uuid()}.jpg", "photo"),
            "liveness_score": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    (
        "track",
        "AML Screening Result",
        ["python"],
        ALL,
        {
            "screening_id": G(lambda f: f.hexid(24)),
            "subject_name": Y(lambda f: f.fullname(), "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "pep_match": G(pick(True, False)),
            "pep_position": G(pick("", "Member of Parliament", "Mayor", "Deputy Minister", "Judge")),
            "sanctions_match": G(pick(True, False)),
            "risk_rating": G(pick("low", "medium", "high")),
            "source_of_funds": G(
                pick("salary", "sale_of_property", "inheritance", "business_income", "gift", "mortgage")
            ),
            "source_of_funds_detail": G(
                pick(
                    "Sale of previous home in Porto",
                    "Savings from salary over 10 years",
                    "Gift from parents",
                    "Miras (babadan)",
                    "Business dividends",
                )
            ),
            "occupation": G(pick("Engineer", "Business owner", "Retired", "Avukat", "Médica")),
            "employer": G(pick("Turkish Airlines", "EDP", "Fonterra", "Self-employed")),
            "annual_income": Y(lambda f: f.r.randint(30, 600) * 1000, "salary"),
            "estimated_net_worth_band": G(pick("<250k", "250k-1m", "1m-5m", ">5m")),
        },
    ),
    (
        "track",
        "Kimlik Doğrulandı",
        ["go"],
        ["TR"],
        {
            "tc_kimlik_no": RED(lambda f: f.tckn(), "national id"),
            "kimlik_seri_no": RED(lambda f: f.id_serial_tr(), "national id"),
            "ad": Y(lambda f: f.given(), "name"),
            "soyad": Y(lambda f: f.family(), "name"),
            "anne_adi": Y(lambda f: f.given(), "name"),
            "baba_adi": Y(lambda f: f.given(), "name"),
            "dogum_yeri": Y(lambda f: f.town(), "city"),
            "dogum_tarihi": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1950, 2003)}",
                "birthdate",
            ),
            "uyruk": Y(pick("T.C.", "Rusya", "İran", "Almanya", "Ukrayna"), "citizenship"),
            "mernis_dogrulandi": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Verificação de Identidade",
        ["php"],
        ["PT"],
        {
            "nif": RED(lambda f: f.nif(), "national id"),
            "numero_cc": RED(lambda f: f.cc_pt(), "national id"),
            "nome_completo": Y(lambda f: f.fullname(), "name"),
            "data_nascimento": Y(dob, "birthdate"),
            "nacionalidade": Y(
                pick("Portuguesa", "Brasileira", "Francesa", "Britânica", "Chinesa"), "citizenship"
            ),
            "morada_fiscal": Y(lambda f: f.full_address(), "address"),
            "codigo_postal": Y(lambda f: f.postcode(), "zipcode"),
            "estado_civil": G(pick("solteiro", "casado", "divorciado", "união de facto")),
            "profissao": G(pick("Engenheiro", "Professora", "Gestor", "Reformado")),
        },
    ),
    (
        "track",
        "Customer Due Diligence Completed",
        ["dotnet"],
        ["NZ"],
        {
            "CddId": G(lambda f: f.uuid()),
            "FullName": Y(lambda f: f.fullname(), "name"),
            "DateOfBirth": Y(lambda f: f.date(1948, 2002) + "T00:00:00", "birthdate"),
            "IrdNumber": RED(lambda f: f.ird(), "national id"),
            "DriverLicenceNumber": RED(
                lambda f: f.pick(["DL", "EK", "FA", "HC"]) + f.digits(6), "national id|license"
            ),
            "DriverLicenceVersion": G(lambda f: f"{f.r.randint(1, 999):03d}"),
            "PassportNumber": RED(lambda f: f.passport(), "passport"),
            "ResidentialAddress": Y(lambda f: f.full_address(), "address"),
            "CountryOfResidence": G(pick("NZ", "AU", "CN", "GB")),
            "IsPep": G(pick(True, False)),
            "VerifiedAt": G(ts),
            "VerifiedBy": G(lambda f: "agt_" + f.digits(4)),
        },
    ),
    (
        "track",
        "KYC Field Validated",
        ["web", "swift"],
        ALL,
        {
            "field": G(pick("national_id", "tax_number")),
            "value": RED(lambda f: f.national_id(), "national id", True),
            "valid": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Purchaser Declaration Submitted",
        ["web", "node"],
        ["NZ"],
        {
            "deal_id": G(lambda f: "D-" + f.digits(6)),
            "residency_status": RED(
                pick("NZ citizen", "NZ resident visa", "Australian citizen", "Work visa", "Student visa"),
                "visa",
            ),
            "passport_country": Y(pick("NZ", "AU", "CN", "IN", "GB", "KR"), "citizenship"),
            "ird_number": RED(lambda f: f.ird(), "national id"),
            "tax_residency_country": G(pick("NZ", "AU", "CN", "IN", "GB")),
        },
    ),
    (
        "track",
        "Investment Visa Enquiry",
        ["web"],
        ["TR", "PT", "NZ"],
        {
            "programme": G(
                pick("turkish_citizenship_by_investment", "pt_golden_visa", "nz_active_investor_plus")
            ),
            "current_visa_status": RED(pick("tourist", "residence permit", "work visa", "none"), "visa"),
            "nationality": Y(
                pick("Russian", "Iranian", "Chinese", "American", "Indian", "Iraqi"), "citizenship"
            ),
            "investment_budget": G(lambda f: f.r.randint(4, 50) * 100_000),
        },
    ),
    # -- mortgage -----------------------------------------------------------------------------------
    (
        "track",
        "Mortgage Pre-Approval Submitted",
        ["web", "node"],
        ["NZ", "PT"],
        {
            "application_id": G(lambda f: "APP" + f.digits(8)),
            "lender": G(pick("ASB", "ANZ", "Kiwibank", "BNZ", "Millennium bcp", "Santander Totta")),
            "loan_amount": G(lambda f: f.price()),
            "property_value": G(lambda f: f.price()),
            "term_years": G(pick(25, 30)),
            "applicant": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "date_of_birth": Y(dob, "birthdate"),
                "marital_status": G(pick("single", "married", "de_facto", "separated")),
                "dependants": G(lambda f: f.r.randint(0, 4)),
                "employer": G(pick("Fonterra", "Auckland Council", "Xero", "NOS", "EDP", "Self-employed")),
                "job_title": G(pick("Accountant", "Registered Nurse", "Builder", "Product Manager")),
                "annual_gross_income": Y(lambda f: f.r.randint(45, 350) * 1000, "salary"),
                "credit_score": Y(lambda f: f.r.randint(300, 1000), "credit score"),
                "first_home_buyer": G(pick(True, False)),
                "smoker": Y(pick(True, False), "condition"),
            },
            "co_applicant": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "annual_gross_income": Y(lambda f: f.r.randint(30, 250) * 1000, "salary"),
            },
            "dependants": Many(
                {
                    "name": Y(lambda f: f.given(), "name"),
                    "date_of_birth": Y(lambda f: f.date(2006, 2023), "birthdate"),
                    "relationship": G(pick("son", "daughter", "parent")),
                    "age": G(lambda f: f.r.randint(0, 17)),
                    "has_disability": RED(pick(True, False), "disability"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Kredi Ön Onay Başvurusu",
        ["go"],
        ["TR"],
        {
            "basvuru_no": G(lambda f: f.digits(10)),
            "banka": G(pick("Ziraat Bankası", "Garanti BBVA", "İş Bankası", "Akbank", "Yapı Kredi")),
            "aylik_gelir": Y(lambda f: f.r.randint(25, 400) * 1000, "salary"),
            "findeks_kredi_notu": Y(lambda f: f.r.randint(1, 1900), "credit score"),
            "isyeri": G(pick("Türk Hava Yolları", "Arçelik", "Migros", "Serbest")),
            "unvan": G(pick("Mühendis", "Öğretmen", "Muhasebeci", "Doktor")),
            "ad_soyad": Y(lambda f: f.fullname(), "name"),
            "cep_telefonu": Y(lambda f: f.mobile(), "phone"),
            "tc_kimlik_no": RED(lambda f: f.tckn(), "national id"),
            "onay_durumu": G(pick("onaylandi", "reddedildi", "degerlendirmede")),
        },
    ),
    (
        "track",
        "Pedido de Crédito Habitação",
        ["php"],
        ["PT"],
        {
            "processo_id": G(lambda f: "CH-" + f.digits(7)),
            "banco": G(pick("Caixa Geral de Depósitos", "Millennium bcp", "Novo Banco", "BPI", "Santander")),
            "montante": G(lambda f: f.price()),
            "rendimento_mensal_liquido": Y(lambda f: f.r.randint(900, 9000), "salary"),
            "nome": Y(lambda f: f.fullname(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "telemovel": Y(lambda f: f.mobile(), "phone"),
            "nif": RED(lambda f: f.nif(), "national id"),
            "estado_civil": G(pick("solteiro", "casado", "divorciado", "união de facto")),
            "iban": RED(lambda f: f.iban_pt(), "bank account"),
        },
    ),
    (
        "track",
        "Pre-Approval Letter Issued",
        ["node"],
        ["NZ", "PT"],
        {
            "application_id": G(lambda f: "APP" + f.digits(8)),
            "approved_amount": G(lambda f: f.price()),
            "valid_until": G(lambda f: f.date(2024, 2025)),
            "broker_name": Y(lambda f: f.fullname(), "name"),
            "broker_email": Y(
                lambda f: work_email(
                    f, f.pick(["squirrel.co.nz", "globalfinance.co.nz", "doutorfinancas.pt"])
                ),
                "email",
            ),
        },
    ),
    # -- payments and trust accounts ------------------------------------------------------------------
    (
        "track",
        "Deposit Paid",
        ["node"],
        ALL,
        {
            "payment_intent_id": G(lambda f: "pi_3" + f.hexid(23)),
            "payment_method": RED(lambda f: "pm_1" + f.hexid(23), "token"),
            "amount": G(lambda f: f.r.randint(1000, 50000) * 100),
            "currency": G(lambda f: f.currency().lower()),
            "card": {
                "brand": G(pick("visa", "mastercard", "amex")),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            },
            "billing_details": {
                "name": Y(lambda f: f.fullname(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.phone_any(), "phone"),
                "address": {
                    "line1": Y(lambda f: f.street_line(), "address|street"),
                    "city": Y(lambda f: f.town(), "city"),
                    "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                    "country": G(lambda f: f.market),
                },
            },
            "receipt_email": Y(lambda f: f.mail(), "email"),
            "description": G(lambda f: "Holding deposit " + f.listing_ref()),
        },
    ),
    (
        "track",
        "Trust Deposit Received",
        ["python"],
        ["NZ"],
        {
            "transaction_id": G(lambda f: f.digits(12)),
            "amount": G(money(5000, 250000)),
            "from_account": RED(lambda f: f.nz_account(), "bank account"),
            "from_account_name": Y(lambda f: f.fullname().upper(), "name"),
            "particulars": Y(lambda f: ascii_fold(f.family()).upper()[:12], "name", True),
            "code": G(
                lambda f: f"{f.r.randint(1, 240)}{f.pick(['PONSONBY', 'TUI', 'KARORI', 'REMUERA'])}"[:12]
            ),
            "reference": G(pick("DEPOSIT", "DEP", "BALANCE", "HOLDING")),
            "trust_account_number": G(trust_account),
            "cleared_at": G(ts),
        },
    ),
    (
        "track",
        "Havale Alındı",
        ["go"],
        ["TR"],
        {
            "islem_no": G(lambda f: f.digits(12)),
            "tutar": G(money(50000, 2_000_000)),
            "gonderen_adi": Y(lambda f: f.fullname(), "name"),
            "gonderen_iban": RED(lambda f: f.iban_tr(), "bank account"),
            "alici_hesap": G(trust_account),
            "aciklama": Y(transfer_desc_tr, "name", True),
        },
    ),
    (
        "track",
        "Sinal Recebido",
        ["php"],
        ["PT"],
        {
            "referencia_mb": G(lambda f: f.digits(9)),
            "valor": G(money(5000, 150000)),
            "nome_ordenante": Y(lambda f: f.fullname(), "name"),
            "iban_ordenante": RED(lambda f: f.iban_pt(), "bank account"),
            "conta_cliente": G(trust_account),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["node", "python"],
        ALL,
        {
            "refund_id": G(lambda f: "re_3" + f.hexid(23)),
            "amount": G(money(500, 50000)),
            "reason": G(pick("offer_declined", "finance_not_approved", "duplicate")),
            "to_account": RED(lambda f: f.payer_account(), "bank account"),
        },
    ),
    # -- conveyancing, settlement -----------------------------------------------------------------------
    (
        "track",
        "Conveyancer Assigned",
        ["ruby"],
        ALL,
        {
            "matter_id": G(lambda f: "M" + f.digits(6)),
            "firm_name": G(lambda f: f.pick(LAW_FIRMS[f.market])[0]),
            "firm_phone": G(office_phone),
            "firm_email": G(
                lambda f: f.pick(["conveyancing@", "info@", "geral@"]) + f.pick(LAW_FIRMS[f.market])[1]
            ),
            "lawyer_name": Y(lambda f: f.fullname(), "name"),
            "lawyer_email": Y(lambda f: work_email(f, f.pick(LAW_FIRMS[f.market])[1]), "email"),
            "lawyer_mobile": Y(lambda f: f.mobile(), "phone"),
            "party_role": G(pick("purchaser", "vendor")),
            "client_name": Y(lambda f: f.fullname(), "name"),
        },
    ),
    (
        "track",
        "Tapu Devri Tamamlandı",
        ["go"],
        ["TR"],
        {
            "tapu_devir_tarihi": G(lambda f: f.date(2024, 2024)),
            "tapu_mudurlugu": G(
                pick("Kadıköy Tapu Müdürlüğü", "Bodrum Tapu Müdürlüğü", "Muratpaşa Tapu Müdürlüğü")
            ),
            "ada": G(lambda f: f.r.randint(100, 9999)),
            "parsel": G(lambda f: f.r.randint(1, 300)),
            "satis_bedeli": G(lambda f: f.price()),
            "alici_ad_soyad": Y(lambda f: f.fullname(), "name"),
            "satici_ad_soyad": Y(lambda f: f.fullname(), "name"),
            "alici_tc_kimlik": RED(lambda f: f.tckn(), "national id"),
        },
    ),
    (
        "track",
        "Escritura Assinada",
        ["php"],
        ["PT"],
        {
            "data_escritura": G(lambda f: f.date(2024, 2024)),
            "cartorio": G(
                pick("Cartório Notarial de Lisboa", "Casa Pronta - Porto", "Notária Ana Reis, Cascais")
            ),
            "comprador_nome": Y(lambda f: f.fullname(), "name"),
            "comprador_nif": RED(lambda f: f.nif(), "national id"),
            "vendedor_nome": Y(lambda f: f.fullname(), "name"),
            "vendedor_nif": RED(lambda f: f.nif(), "national id"),
            "artigo_matricial": G(lambda f: f"U-{f.r.randint(100, 9999)}"),
            "certidao_permanente": G(lambda f: f"PP-{f.digits(4)}-{f.digits(5)}-{f.digits(6)}-{f.digits(6)}"),
            "certificado_energetico": G(pick("A+", "A", "B", "B-", "C", "D")),
        },
    ),
    (
        "track",
        "Settlement Completed",
        ["node", "python"],
        ["NZ"],
        {
            "deal_id": G(lambda f: "D-" + f.digits(6)),
            "settlement_date": G(lambda f: f.date(2024, 2025)),
            "record_of_title": G(
                lambda f: (
                    f"{f.pick(['NA', 'WN', 'CB'])}{f.r.randint(10, 140)}{f.pick(['A', 'B', 'C'])}"
                    f"/{f.r.randint(1, 999)}"
                )
            ),
            "purchase_price": G(lambda f: f.price()),
            "purchaser_names": Many(Y(lambda f: f.fullname(), "name"), 2),
            "vendor_names": Many(Y(lambda f: f.fullname(), "name"), 2),
        },
    ),
    (
        "track",
        "Envelope Completed",
        ["java+ext"],
        ALL,
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(pick("completed", "declined", "voided")),
            "emailSubject": G(
                pick(
                    "Please DocuSign: Sale and Purchase Agreement",
                    "Please DocuSign: Agency Agreement",
                    "Por favor assine: CPCV",
                )
            ),
            "signer": {
                "name": Y(lambda f: f.fullname(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "ipAddress": Y(lambda f: f.ipv4(), "ip"),
            },
            "completedDateTime": G(ts),
        },
    ),
    # -- communications and vendor payloads -----------------------------------------------------------
    (
        "track",
        "Inbound Call",
        ["go"],
        ALL,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: e164(f, f.phone_any()), "phone"),
            "Caller": Y(lambda f: e164(f, f.phone_any()), "phone"),
            "To": G(pick("+6498870123", "+902163334455", "+351213456789")),
            "FromCity": Y(pick("AUCKLAND", "WELLINGTON", "ISTANBUL", "LISBOA", "PORTO", ""), "city"),
            "FromCountry": G(pick("NZ", "TR", "PT", "AU", "GB")),
            "CallStatus": G(pick("ringing", "completed", "no-answer", "busy")),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["python", "node"],
        ALL,
        {
            "recipient_phone": Y(lambda f: f.mobile(), "phone"),
            "message_body": Y(sms_body, "name", True),
            "template_id": G(pick("viewing_confirmed", "open_home_reminder", "offer_presented")),
            "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Email Event",
        ["node"],
        ALL,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@ismtpd0012p1lon1.sendgrid.net>"),
            "category": Many(G(pick("new_listings", "viewing_reminder", "market_report")), 2),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "useragent": G(lambda f: f.pick(UA_WEB)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "url": G(lambda f: SITE[f.market] + "/listing/" + f.digits(7)),
        },
    ),
    (
        "track",
        "WhatsApp Message Sent",
        ["node"],
        ALL,
        {
            "to": Y(lambda f: e164(f, f.mobile())[1:], "phone"),
            "type": G(lambda f: "template"),
            "template": {
                "name": G(pick("viewing_confirmation", "new_listing_alert", "offer_update")),
                "language": {"code": G(pick("tr", "pt_PT", "en"))},
                "components": Many(
                    {
                        "type": G(lambda f: "body"),
                        "parameters": Many(
                            {"type": G(lambda f: "text"), "text": Y(lambda f: f.given(), "name", True)}, 1
                        ),
                    },
                    1,
                ),
            },
            "wa_message_id": G(lambda f: "wamid.HBgM" + f.hexid(30).upper()),
        },
    ),
    (
        "track",
        "Viewing Booked",
        ["ruby+ext"],
        ALL,
        {
            "event_type_name": G(
                pick("Property viewing - 30 min", "Ekspertiz randevusu", "Visita ao imóvel")
            ),
            "invitee": {
                "name": Y(lambda f: f.fullname(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "timezone": G(pick("Europe/Istanbul", "Europe/Lisbon", "Pacific/Auckland", "Europe/Moscow")),
                "text_reminder_number": Y(lambda f: f.phone_any(), "phone"),
            },
            "questions_and_answers": Many(
                {
                    "question": G(lambda f: "Best number to reach you?"),
                    "answer": Y(lambda f: f.phone_any(), "phone", True),
                },
                1,
            ),
            "scheduled_event": {
                "start_time": G(ts),
                "location": {"type": G(lambda f: "physical"), "location": G(lambda f: f.full_address())},
            },
        },
    ),
    (
        "track",
        "Facebook Lead Received",
        ["python"],
        ALL,
        {
            "leadgen_id": G(lambda f: f.digits(16)),
            "form_id": G(lambda f: f.digits(15)),
            "created_time": G(ts),
            "field_data": Many(
                {
                    "name": G(pick("full_name", "email", "phone_number")),
                    "values": Many(
                        Y(
                            lambda f: f.pick([f.fullname(), f.mail(), f.phone_any()]),
                            "name|email|phone",
                            True,
                        ),
                        1,
                    ),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["python", "node"],
        ALL,
        {
            "event_name": G(pick("Lead", "Schedule", "SubmitApplication")),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(pick("website", "system_generated", "app")),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "fn": Y(lambda f: f.hexid(64), "name"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(28)}", "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": G(money(0, 500)),
                "currency": G(pick("TRY", "EUR", "NZD")),
            },
        },
    ),
    (
        "track",
        "Offline Conversion Uploaded",
        ["python"],
        ALL,
        {
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "_BwE", "advertising id"),
            "conversion_value": G(money(100, 5000)),
            "conversion_date_time": G(
                lambda f: f.iso()[:19].replace("T", " ") + f.pick(["+03:00", "+00:00", "+13:00", "+01:00"])
            ),
            "order_id": G(lambda f: "D-" + f.digits(6)),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        ALL,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    pick("Cannot log in", "Alerts not arriving", "Remove my listing", "Bildirimler gelmiyor")
                ),
                "description": Y(ticket_desc, "email", True),
                "requester": {
                    "name": Y(lambda f: f.fullname(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                },
                "priority": G(pick("low", "normal", "high")),
            },
        },
    ),
    (
        "track",
        "NPS Survey Submitted",
        [*BUYER_APPS, "web"],
        ALL,
        {
            "nps_score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                pick("Great agent, very responsive", "Uygulama çok yavaş", "Mais fotos por favor", "")
            ),
        },
    ),
    (
        "track",
        "Listing Shared",
        [*BUYER_APPS, "web"],
        ALL,
        {
            "listing_id": G(lambda f: f.digits(7)),
            "share_method": G(pick("email", "copy_link", "native_sheet")),
            "recipient": Y(lambda f: f.mail(), "email", True),
            "include_note": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web", *BUYER_APPS],
        ALL,
        {
            "identifier": Y(lambda f: f.pick([f.mail(), f.mobile()]), "email|phone", True),
            "channel": G(pick("sms", "email")),
            "reset_url": RED(lambda f: SITE[f.market] + "/reset-password/" + f.hexid(48), "token"),
            "expires_in_min": G(pick(15, 30, 60)),
        },
    ),
    (
        "track",
        "Inbound Email Parsed",
        ["node"],
        ALL,
        {
            "parsed": {
                "from": Y(lambda f: f"{f.fullname()} <{f.mail()}>", "email|name", True),
                "to": G(office_email),
                "subject": G(lambda f: "Re: " + f.listing_title()),
                "spam_score": G(lambda f: round(f.r.uniform(-1, 6), 2)),
                "attachments": G(lambda f: f.r.randint(0, 4)),
            },
        },
    ),
    (
        "track",
        "Admin Impersonation Started",
        ["ruby"],
        ALL,
        {
            "admin_id": G(lambda f: "adm_" + f.digits(3)),
            "target": Y(lambda f: f.mail(), "email", True),
            "ticket_ref": G(lambda f: str(f.r.randint(10000, 99999))),
            "duration_limit_min": G(pick(15, 30)),
        },
    ),
    (
        "track",
        "API Request Throttled",
        ["go"],
        ALL,
        {
            "client": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip", True),
            "route": G(pick("/v2/listings/search", "/v2/contacts", "/v2/auth/login")),
            "limit_per_min": G(pick(60, 120, 600)),
            "retry_after_s": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    # -- other conventions ------------------------------------------------------------------------------
    (
        "track",
        "viewing-reminder-sent",
        ["node"],
        ALL,
        {
            "viewing-id": G(lambda f: f.uuid()),
            "buyer-first-name": Y(lambda f: f.given(), "name"),
            "buyer-mobile": Y(lambda f: f.mobile(), "phone"),
            "listing-address": G(lambda f: f.full_address()),
            "reminder-offset-min": G(pick(30, 60, 120, 1440)),
            "channel": G(pick("sms", "whatsapp", "push")),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ALL,
        {
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.phone_any(), "phone"),
            "HOME_POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
            "LEAD_STAGE": G(pick("NEW", "CONTACTED", "VIEWING_BOOKED", "OFFER", "WON", "LOST")),
            "LAST_VIEWING_AT": G(ts),
            "PREFERRED_SUBURB": G(lambda f: f.district()),
            "BUDGET_MAX": G(lambda f: f.price()),
            "IS_FOREIGN_BUYER": G(pick(True, False)),
            "AGENT_OWNER_EMAIL": Y(agent_email, "email"),
            "DBT_UPDATED_AT": G(ts),
        },
    ),
    (
        "track",
        "Commission Statement Generated",
        ["python"],
        ["NZ"],
        {
            "AGENT_ID": G(lambda f: "agt_" + f.digits(4)),
            "AGENT_FULL_NAME": Y(lambda f: f.fullname(), "name"),
            "PERIOD": G(pick("2024-03", "2024-04", "2024-05", "2024-06")),
            "GROSS_COMMISSION_NZD": Y(money(0, 120000), "salary"),
            "PAYE_TAX": Y(money(0, 30000), "salary"),
            "BANK_ACCOUNT": RED(lambda f: f.nz_account(), "bank account"),
            "IRD_NUMBER": RED(lambda f: f.ird(), "national id"),
            "STATEMENT_PDF_SHA1": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "track",
        "Müşteri Kaydı Oluşturuldu",
        ["go", "flutter"],
        ["TR"],
        {
            "musteri_id": G(lambda f: f.digits(8)),
            "ad_soyad": Y(lambda f: f.fullname(), "name"),
            "cep_telefonu": Y(lambda f: f.mobile(), "phone"),
            "eposta": Y(lambda f: f.mail(), "email"),
            "adres": Y(lambda f: f.full_address(), "address"),
            "ilce": G(lambda f: f.district()),
            "il": G(lambda f: f.town()),
            "kvkk_onayi": G(pick(True, False)),
            "ilan_no": G(lambda f: f.digits(10)),
            "danisman_adi": Y(lambda f: f.fullname(), "name"),
        },
    ),
    (
        "track",
        "Novo Contacto Comprador",
        ["php", "kotlin"],
        ["PT"],
        {
            "contacto_id": G(lambda f: f.digits(8)),
            "nome": Y(lambda f: f.fullname(), "name"),
            "apelido": Y(lambda f: f.family(), "name"),
            "telemovel": Y(lambda f: f.mobile(), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "morada": Y(lambda f: f.street_line(), "address|street"),
            "localidade": Y(lambda f: f.town(), "city"),
            "consentimento_rgpd": G(pick(True, False)),
            "imovel_ref": G(lambda f: f.listing_ref()),
        },
    ),
    (
        "track",
        "Site Güvenlik Girişi",
        ["flutter"],
        ["TR"],
        {
            "ziyaretci_ad_soyad": Y(lambda f: f.fullname(), "name"),
            "arac_plakasi": Y(
                lambda f: (
                    f"{f.pick(['34', '07', '35', '48'])} {f.pick(['ABC', 'KL', 'TR', 'SY'])} {f.digits(3)}"
                ),
                "license",
            ),
            "site_adi": G(pick("Ağaoğlu My Towerland", "Sinpaş Bosphorus City", "Bodrum Yalıkavak Evleri")),
        },
    ),
]


def build(seed: int, repeats: int):
    f = RF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, markets, body in EVENTS:
            f.market = f.pick(markets)
            f.new_message()
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32), f.uuid().upper()]),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["u_" + f.digits(7), f.digits(6)]),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "off_" + f.digits(3)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=280, repeats=28)
    write(Path(__file__).parent, "holdout280_", events, labels)
