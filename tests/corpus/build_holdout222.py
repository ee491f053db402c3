"""Writes holdout222: tests/corpus/holdout222_events.jsonl and holdout222_labels.json.

Sealed: written from the brief, build.py, fake.py and build_holdout3.py (for format) only,
without reading the detection engine, its vocabularies, its tests or the other corpora's labels,
and without running the engine on these events.

Covers an online eyewear and optician store selling in the UK, Brazil and Japan: eye-test
bookings and results (a .NET practice-management system), prescriptions (sphere, cylinder, axis,
add, prism, PD), contact-lens subscriptions, virtual try-on with face photos, the frames and
lenses catalogue, Segment e-commerce spec events, payments (Stripe-shaped), delivery, NHS GOS
vouchers and private insurers (Bupa, Amil, ...), dependants' profiles, an optometrist and locum
portal (group calls, shifts, onboarding), reviews, support tickets, Twilio-shaped call logs, Meta
CAPI and Google Ads offline-conversion payloads, a reverse-ETL identify in SCREAMING_SNAKE,
kebab-case repair requests, Brazilian backends in Portuguese (CPF, CNS, CEP, PIX) and Japanese
ones in Japanese and romaji (My Number, 保険証, 口座). Clients: analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java, ruby,
php and C# server libraries, each with the `context` it really sends.

Conventions: paths as `portal.events.flatten` gives them (`properties.products[].sku`); labels
are per path (a path means the same thing in every event that carries it); an optional field
(`Opt`) is labelled only when some event holds it. Values come from per-region generators with
valid checksums where the real ids have them (Luhn cards, CPF and CNS check digits, NHS mod-11,
My Number check digit, mod-97 IBANs, GTIN-13).

Labelling rules (the brief's, restated):
- PII = personal data about a natural person (user, recipient, dependant, staff member, locum):
  colour of the reference's default matcher; outside the reference, red for credentials and
  secrets, card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we or a vendor issue (user/order/booking/member/claim/customer numbers, Stripe
  `pi_`/`ch_`/`cus_`, Twilio SIDs), versions, timestamps, amounts, enums, counters and booleans
  under PII-sounding keys, product and frame names (many frames carry people's names: "Harper"),
  companies, practices and stores with their own phone, e-mail and address, role mailboxes,
  countries, states/UF/都道府県, locales, user agents, OS-issued device ids, UUID tokens (a
  Places session token), card brand/last4/expiry, sort codes and Brazilian agência numbers.
- Contested cases follow the published policy: insurer member and policy numbers yellow
  `identification`; rx numbers yellow `medication`; pay and day rates yellow `salary`; gclid,
  fbp, fbc yellow `advertising id`; the person's billing/shipping address yellow; `pm_` tokens,
  one-time codes and reset-link tokens red `token`; NHS number, CNS and the Japanese public
  health-insurance card number red `health id`; CPF, My Number and NI number red `national id`;
  right-to-work and visa-sponsorship answers red `visa`.
Decisions this corpus adds, where the brief leaves room (what a careful privacy owner at an
optician would want flagged):
- Refraction results (sphere, cylinder, axis, add, prism, contact-lens power, visual acuity,
  intraocular pressure) are health data about the person: yellow `diagnosis|condition`.
  Pupillary distance, face width, base curve and lens diameter are body or fitting measurements
  like a height or a shoe size: green. Lens types (varifocal, single vision) are products: green.
- Symptoms, referral reasons, "is diabetic", "smoker", "pregnant", family history of glaucoma:
  yellow `condition`; medications yellow `medication`; allergies yellow `allergy`; "dilation
  performed" / "OCT scan performed" yellow `procedure`; "registered sight impaired" red
  `disability`.
- A GOC (General Optical Council) registration number names one practitioner on a public
  register: yellow `license`; a DBS certificate number yellow `certificate`.
- Hashed e-mails, phones, cities and zips sent to ad platforms for matching (Meta CAPI `em`,
  `ph`, `ct`, `zp`; Google's hashed identifiers) stay personal: yellow, the hashed thing's type.
  A hash of our own user id is green. A photo or scan URL of the person (face, prescription
  document, review selfie) is yellow `photo`. A push token is red `token`.
- A search query or locator text naming places (cities, store names) is green; a staff search
  box whose every value is a patient's surname, phone or e-mail is PII, value_only.
- value_only is true when the key does not say what the value is (`q`, `input`, `label`,
  `share_to`, `text`, `note`, `From` in a webhook, a `username` that holds e-mail addresses);
  such a path holds its PII in every value.
  Free text is labelled by what every one of its values carries and is green when none does
  (a delivery note without contact details, a review body).
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people and places per region ------------------------------------------------------------------

UK_FIRST = [
    "Oliver", "Amelia", "Harpreet", "Oluwaseun", "Siobhan", "Mohammed", "Aisha", "Callum", "Priya",
    "Wei", "Agnieszka", "Rhys", "Fatima", "Declan", "Chidi", "Eleanor", "Yusuf", "Zara", "Tomasz",
    "Niamh", "Kofi", "Isla", "Arjun", "Grace", "Dylan", "Mei-Ling",
]  # fmt: skip
UK_LAST = [
    "Smith", "Jones", "Patel", "Khan", "O'Connor", "Williams", "Adeyemi", "Murphy", "Zhang",
    "Kowalczyk", "Begum", "Hughes", "Campbell", "Okonkwo", "Ahmed", "Singh", "Evans", "MacLeod",
    "Thompson", "Nowak", "Mensah", "Rahman", "Fitzgerald", "Chaudhry",
]  # fmt: skip
BR_FIRST = [
    "João", "Maria Eduarda", "Ana Beatriz", "Luiz Carlos", "Mariana", "Thiago", "Gabriela", "Rafael",
    "Juliana", "Pedro Henrique", "Larissa", "Matheus", "Camila", "Lucas", "Fernanda", "Kauã",
    "Yasmin", "Hiroshi", "Aline", "Francisco", "Raimunda", "Enzo",
]  # fmt: skip
BR_LAST = [
    "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
    "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Nascimento", "Yamamoto", "Haddad", "Araújo",
    "Barbosa", "dos Anjos",
]  # fmt: skip
JP_LAST = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("金城", "キンジョウ", "Kinjo"), ("朴", "パク", "Park"),
]  # fmt: skip
JP_FIRST = [
    ("健太", "ケンタ", "Kenta"), ("美咲", "ミサキ", "Misaki"), ("翔", "ショウ", "Sho"),
    ("陽菜", "ヒナ", "Hina"), ("大輝", "ダイキ", "Daiki"), ("さくら", "サクラ", "Sakura"),
    ("蓮", "レン", "Ren"), ("結衣", "ユイ", "Yui"), ("悠真", "ユウマ", "Yuma"), ("葵", "アオイ", "Aoi"),
    ("拓海", "タクミ", "Takumi"), ("恵子", "ケイコ", "Keiko"), ("誠", "マコト", "Makoto"),
]  # fmt: skip

UK_STREETS = [
    "Coronation Road", "Victoria Street", "Church Lane", "High Street", "Station Road",
    "Albert Avenue", "Kings Road", "Mill Lane", "Queensway", "Park Crescent", "Dalston Lane",
    "Wilmslow Road",
]  # fmt: skip
UK_CITIES = [
    "London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Cardiff", "Leicester",
    "Belfast", "Edinburgh", "Brighton", "Sheffield", "Bradford",
]  # fmt: skip
UK_FLATS = ["Flat 3", "Flat 12B", "Apartment 4", "Flat 1, Rosewood Court", "Unit 7"]
BR_STREETS = [
    "Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras", "Rua XV de Novembro",
    "Avenida Boa Viagem", "Rua Oscar Freire", "Rua da Consolação", "Avenida Afonso Pena",
    "Rua Voluntários da Pátria", "Travessa do Comércio",
]  # fmt: skip
BR_BAIRROS = [
    "Consolação", "Jardins", "Copacabana", "Botafogo", "Savassi", "Boa Viagem", "Batel",
    "Moinhos de Vento", "Pinheiros", "Vila Madalena", "Liberdade",
]  # fmt: skip
BR_CITIES = [
    ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR"),
    ("Recife", "PE"), ("Porto Alegre", "RS"), ("Salvador", "BA"), ("Campinas", "SP"),
    ("Fortaleza", "CE"),
]  # fmt: skip
BR_COMPL = ["apto 52", "bloco B apto 1203", "casa 2", "sala 1401", "apto 31, fundos"]
JP_PLACES = [
    ("東京都", "渋谷区", "神宮前", "150-0001"), ("東京都", "世田谷区", "三軒茶屋", "154-0024"),
    ("大阪府", "大阪市北区", "梅田", "530-0001"), ("神奈川県", "横浜市西区", "みなとみらい", "220-0012"),
    ("愛知県", "名古屋市中区", "栄", "460-0008"), ("福岡県", "福岡市中央区", "天神", "810-0001"),
    ("北海道", "札幌市中央区", "大通西", "060-0042"), ("京都府", "京都市左京区", "下鴨", "606-0801"),
    ("沖縄県", "那覇市", "久茂地", "900-0015"),
]  # fmt: skip
JP_BUILDINGS = [
    "メゾン渋谷 302号室",
    "パークハイツ 1105",
    "グランドメゾン栄 201",
    "コーポ田中 2F",
    "サンライズ天神 807",
]

# -- the catalogue and the business ----------------------------------------------------------------

FRAMES = [
    ("Harper", "Vistara"), ("Ellis Round", "Vistara"), ("Audrey Cat-Eye", "Vistara"),
    ("Kenji Titanium", "Vistara"), ("Marlowe", "Vistara"), ("Inês Oval", "Vistara"),
    ("Wayfarer RB2140", "Ray-Ban"), ("Holbrook OO9102", "Oakley"), ("Gregory Peck OV5186", "Oliver Peoples"),
    ("Momento 5529", "Silhouette"), ("Air Titanium 1710", "Lindberg"), ("PO3007V", "Persol"),
]  # fmt: skip
COLOURS = ["Tortoiseshell", "Matte Black", "Crystal Clear", "Honey", "Gold", "Navy", "Rose Gold"]
LENSES = [
    "1.6 Single Vision", "1.67 High-Index Single Vision", "Varifocal Premium", "Varifocal Essential",
    "Blue Light Filter", "Transitions Gen S", "Non-prescription",
]  # fmt: skip
CONTACTS = ["Acuvue Oasys 1-Day", "Dailies Total1", "Biofinity", "Air Optix Aqua", "Vistara Daily 30pk"]
STORES = {
    "uk": [
        ("st_ldn_oxf", "Vistara Oxford Street", "020 7946 0321", "214 Oxford Street, London W1C 1DB"),
        ("st_man_arn", "Vistara Manchester Arndale", "0161 496 0772", "49 High Street, Manchester M4 3AQ"),
        ("st_lds_tri", "Vistara Leeds Trinity", "0113 496 0519", "27 Boar Lane, Leeds LS1 5AT"),
        ("st_gla_bch", "Vistara Glasgow Buchanan St", "0141 496 0188", "120 Buchanan Street, Glasgow G1 2JW"),
    ],
    "br": [
        ("st_sp_pau", "Vistara Paulista", "(11) 3040-2210", "Av. Paulista, 1578, São Paulo - SP"),
        (
            "st_rj_cop",
            "Vistara Copacabana",
            "(21) 2548-7730",
            "Av. N. Sra. de Copacabana, 680, Rio de Janeiro",
        ),
        ("st_bh_sav", "Vistara Savassi", "(31) 3261-4400", "Rua Pernambuco, 1000, Belo Horizonte - MG"),
    ],
    "jp": [
        ("st_tyo_shb", "ヴィスタラ 渋谷店", "03-5468-1120", "東京都渋谷区道玄坂2-24-1"),
        ("st_osa_umd", "ヴィスタラ 梅田店", "06-6372-4410", "大阪府大阪市北区角田町8-7"),
        ("st_fuk_tjn", "ヴィスタラ 天神店", "092-721-3300", "福岡県福岡市中央区天神2-11-1"),
    ],
}
DOMAIN = {"uk": "vistara.example.co.uk", "br": "vistara.example.com.br", "jp": "vistara.example.jp"}
LOCALE = {"uk": "en-GB", "br": "pt-BR", "jp": "ja-JP"}
TZ = {"uk": "Europe/London", "br": "America/Sao_Paulo", "jp": "Asia/Tokyo"}
CURRENCY = {"uk": "GBP", "br": "BRL", "jp": "JPY"}
COUNTRY = {"uk": "GB", "br": "BR", "jp": "JP"}
CARRIERS = {
    "uk": ["EE", "Vodafone UK", "O2 - UK", "Three"],
    "br": ["Vivo", "Claro", "TIM"],
    "jp": ["NTT DOCOMO", "au", "SoftBank", "楽天モバイル"],
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
]


class EyeFake(Fake):
    """Fake with a current region ("uk", "br", "jp") that shapes names, phones and addresses."""

    region = "uk"

    def by(self, **choices):
        value = choices[self.region]
        return value(self) if callable(value) else value

    # names
    def first(self):
        return self.by(
            uk=lambda f: f.pick(UK_FIRST), br=lambda f: f.pick(BR_FIRST), jp=lambda f: f.pick(JP_FIRST)[0]
        )

    def last(self):
        return self.by(
            uk=lambda f: f.pick(UK_LAST), br=lambda f: f.pick(BR_LAST), jp=lambda f: f.pick(JP_LAST)[0]
        )

    def full_name(self):
        if self.region == "jp":
            if self.r.random() < 0.3:
                return f"{self.pick(JP_FIRST)[2]} {self.pick(JP_LAST)[2]}"
            return f"{self.pick(JP_LAST)[0]} {self.pick(JP_FIRST)[0]}"
        return f"{self.first()} {self.last()}"

    def kana_name(self):
        return f"{self.pick(JP_LAST)[1]} {self.pick(JP_FIRST)[1]}"

    def romaji(self):
        return self.by(
            uk=lambda f: f.pick(UK_FIRST), br=lambda f: f.pick(BR_FIRST), jp=lambda f: f.pick(JP_FIRST)[2]
        )

    def email(self):
        first = self.romaji().lower().replace(" ", "").replace("ã", "a").replace("ê", "e").replace("-", "")
        first = first.replace("ú", "u").replace("ç", "c").replace("é", "e").replace("ô", "o")
        last = self.by(
            uk=lambda f: f.pick(UK_LAST), br=lambda f: f.pick(BR_LAST), jp=lambda f: f.pick(JP_LAST)[2]
        ).lower()
        last = last.replace("'", "").replace(" ", "").replace("ú", "u").replace("ú", "u").replace("á", "a")
        domain = self.by(
            uk=lambda f: f.pick(
                ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com"]
            ),
            br=lambda f: f.pick(
                ["gmail.com", "hotmail.com", "uol.com.br", "terra.com.br", "bol.com.br", "outlook.com"]
            ),
            jp=lambda f: f.pick(
                ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "i.softbank.jp"]
            ),
        )
        style = self.r.randint(0, 3)
        local = [
            f"{first}.{last}",
            f"{first}{self.r.randint(1, 99)}",
            f"{first[0]}{last}",
            f"{last}_{first}",
        ][style]
        return f"{local}@{domain}"

    def work_email(self):
        return f"{self.romaji().lower().replace(' ', '.')}.{self.r.randint(1, 9)}@{DOMAIN[self.region]}"

    def phone(self, style=None):
        r = self.r
        if self.region == "uk":
            mob = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
            return self.pick(
                [
                    f"0{mob[:4]} {mob[4:]}",
                    f"+44 {mob[:4]} {mob[4:]}",
                    f"+44{mob}",
                    f"0{mob}",
                    f"(0113) 496 {r.randint(1000, 9999)}",
                ]
            )
        if self.region == "br":
            ddd = self.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            a, b = r.randint(1000, 9999), r.randint(1000, 9999)
            return self.pick(
                [f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}", f"{ddd} 9{a} {b}"]
            )
        pre = self.pick(["090", "080", "070"])
        a, b = r.randint(1000, 9999), r.randint(1000, 9999)
        return self.pick(
            [f"{pre}-{a}-{b}", f"+81 {pre[1:]}-{a}-{b}", f"+81{pre[1:]}{a}{b}", f"{pre}{a}{b}", f"03-{a}-{b}"]
        )

    def e164(self):
        r = self.r
        return self.by(
            uk=lambda f: f"+447{r.randint(400, 999)}{r.randint(100000, 999999)}",
            br=lambda f: f"+55{f.pick(['11', '21', '31', '81'])}9{r.randint(10**7, 10**8 - 1)}",
            jp=lambda f: f"+81{f.pick(['90', '80', '70'])}{r.randint(10**7, 10**8 - 1)}",
        )

    def street(self):
        r = self.r
        return self.by(
            uk=lambda f: f"{r.randint(1, 240)} {f.pick(UK_STREETS)}",
            br=lambda f: f"{f.pick(BR_STREETS)}, {r.randint(10, 3200)}",
            jp=lambda f: f"{f.pick(JP_PLACES)[2]}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}",
        )

    def line2(self):
        return self.by(
            uk=lambda f: f.pick(UK_FLATS), br=lambda f: f.pick(BR_COMPL), jp=lambda f: f.pick(JP_BUILDINGS)
        )

    def city(self):
        return self.by(
            uk=lambda f: f.pick(UK_CITIES),
            br=lambda f: f.pick(BR_CITIES)[0],
            jp=lambda f: f.pick(JP_PLACES)[1],
        )

    def state(self):
        return self.by(
            uk=lambda f: f.pick(["England", "Scotland", "Wales", "Northern Ireland"]),
            br=lambda f: f.pick(BR_CITIES)[1],
            jp=lambda f: f.pick(JP_PLACES)[0],
        )

    def zip(self):
        return self.by(uk=lambda f: f.uk_postcode(), br=lambda f: f.cep(), jp=lambda f: f.jp_postal())

    def uk_postcode(self):
        r = self.r
        area = self.pick(["M", "LS", "B", "G", "BS", "CF", "EH", "SW", "E", "N", "BT", "S", "LE", "BN"])
        district = str(r.randint(1, 20)) + ("A" if area == "SW" and r.random() < 0.2 else "")
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{district} {r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def cep(self):
        return f"{self.r.randint(10000, 99999)}-{self.r.randint(0, 999):03d}"

    def jp_postal(self):
        code = f"{self.r.randint(100, 999)}-{self.r.randint(0, 9999):04d}"
        return self.pick([code, "〒" + code])

    def full_address(self):
        r = self.r
        if self.region == "uk":
            return f"{self.street()}, {self.city()} {self.uk_postcode()}"
        if self.region == "br":
            city, uf = self.pick(BR_CITIES)
            return f"{self.street()} - {self.pick(BR_BAIRROS)}, {city} - {uf}, {self.cep()}"
        pref, city, town, _ = self.pick(JP_PLACES)
        return f"{pref}{city}{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"

    def dob(self, start=1940, end=2006):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.by(
            uk=f"{y}-{m:02d}-{d:02d}",
            br=self.pick([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"]),
            jp=self.pick([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}"]),
        )

    # government and health ids, with real check digits
    def cpf(self):
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
            d.append((s * 10 % 11) % 10)
        raw = "".join(map(str, d))
        return self.pick([raw, f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}"])

    def cns(self):
        while True:
            pis = str(self.r.randint(1, 2)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
            total = sum(int(c) * (15 - i) for i, c in enumerate(pis))
            dv = 11 - total % 11
            dv = 0 if dv == 11 else dv
            if dv == 10:
                continue
            raw = f"{pis}000{dv}"
            return self.pick([raw, f"{raw[:3]} {raw[3:7]} {raw[7:11]} {raw[11:]}"])

    def nhs(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                raw = "".join(map(str, d)) + str(check)
                return self.pick([raw, f"{raw[:3]} {raw[3:6]} {raw[6:]}"])

    def my_number(self):
        d = [self.r.randint(0, 9) for _ in range(11)]
        total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(d), start=1))
        rem = total % 11
        raw = "".join(map(str, d)) + str(0 if rem <= 1 else 11 - rem)
        return self.pick([raw, f"{raw[:4]} {raw[4:8]} {raw[8:]}"])

    def nino(self):
        first = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        num = f"{self.r.randint(0, 999999):06d}"
        suffix = self.pick("ABCD")
        return self.pick(
            [f"{first}{second}{num}{suffix}", f"{first}{second} {num[:2]} {num[2:4]} {num[4:]} {suffix}"]
        )

    def jp_health_card(self):
        return f"{self.pick(['記号', ''])}{self.r.randint(10, 9999)}・{self.r.randint(1, 999999)}"

    def gtin(self):
        digits = "50" + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits))
        return digits + str((10 - total % 10) % 10)

    def alnum(self, n):
        return "".join(
            self.pick("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n)
        )

    def price(self):
        return self.by(
            uk=lambda f: f.money(19, 420),
            br=lambda f: f.money(149, 2400),
            jp=lambda f: f.r.randint(5, 60) * 1000 - 10,
        )

    def sphere(self):
        return self.pick([-0.25, -0.75, -1.5, -2.25, -3.0, -4.75, -6.5, 0.0, 0.5, 1.25, 2.0, 3.5])

    def cyl(self):
        return self.pick([0.0, -0.25, -0.5, -0.75, -1.25, -2.0])

    def axis(self):
        return self.r.choice(range(5, 181, 5))

    def add(self):
        return self.pick([0.75, 1.0, 1.5, 2.0, 2.5])


# -- templates -------------------------------------------------------------------------------------


class Opt:
    """A field present in about `p` of the messages."""

    def __init__(self, item: Any, p: float = 0.5):
        self.item, self.p = item, p


def render(template: Any, f: EyeFake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def C(value):
    """A constant for this message (fixed when the template is built)."""
    return G(lambda f: value)


# -- contexts of the client libraries --------------------------------------------------------------


def web_context(f: EyeFake, path: str):
    dom = DOMAIN[f.region]
    return {
        "library": {
            "name": C("analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": C(path),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", f"https://{dom}/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?colour=tortoiseshell"])),
            "title": G(
                lambda f: f.pick(["Vistara Eyewear", "Glasses & Frames | Vistara", "Book an eye test"])
            ),
            "url": C(f"https://{dom}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                        "version": G(lambda f: f.pick(["124", "99", "125"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
            },
            0.6,
        ),
        "locale": C(LOCALE[f.region]),
        "timezone": C(TZ[f.region]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": G(lambda f: f.pick(["summer_frames_24", "eye_test_free", "blue_light_promo"])),
                "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "line"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
                "term": Opt(G(lambda f: f.pick(["varifocal glasses", "óculos de grau", "メガネ 安い"])), 0.5),
                "content": Opt(G(lambda f: f.pick(["hero_a", "carousel_2", "text_link"])), 0.5),
            },
            0.3,
        ),
    }


def mobile_traits(f: EyeFake):
    return Opt(
        {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": Opt(G(lambda f: "usr_" + f.digits(8)), 0.8),
            "email": Opt(Y(lambda f: f.email(), "email"), 0.5),
            "firstName": Opt(Y(lambda f: f.first(), "name"), 0.4),
        },
        0.8,
    )


def swift_context(f: EyeFake):
    return {
        "app": {
            "name": C("Vistara"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["640", "642", "650"])),
            "namespace": C("com.vistara.eyewear"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": C("ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.3),
        },
        "library": {"name": C("analytics-swift"), "version": G(lambda f: f.pick(["1.5.11", "1.6.0"]))},
        "locale": C(LOCALE[f.region]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.region])),
        },
        "os": {"name": C("iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": C(TZ[f.region]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }


def kotlin_context(f: EyeFake):
    return {
        "app": {
            "name": C("Vistara"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["60400", "60401", "60500"])),
            "namespace": C("com.vistara.eyewear"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "SHARP", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "moto g84 5G", "SH-53D", "23129RAA4G"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "bangkk", "SH-53D"])),
            "type": C("android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.4),
        },
        "library": {"name": C("analytics-kotlin"), "version": G(lambda f: f.pick(["1.16.3", "1.17.0"]))},
        "locale": C(LOCALE[f.region]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIERS[f.region])),
        },
        "os": {"name": C("Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: f.pick([1080, 1440])),
            "height": G(lambda f: f.pick([2340, 2400, 3088])),
        },
        "timezone": C(TZ[f.region]),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; SH-53D Build/S4150)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }


def rn_context(f: EyeFake):
    ios = f.r.random() < 0.5
    return {
        "app": {
            "name": C("Vistara"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["1204", "1211", "1215"])),
            "namespace": C("com.vistara.eyewear"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if ios else f.hexid(16)),
            "manufacturer": C("Apple" if ios else "samsung"),
            "model": G(lambda f: f.pick(["iPhone13,2", "iPhone15,3"] if ios else ["SM-A546B", "SM-G991B"])),
            "name": G(lambda f: f.pick(["iPhone"] if ios else ["a54x", "o1s"])),
            "type": C("ios" if ios else "android"),
        },
        "library": {
            "name": C("analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": C(LOCALE[f.region]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": C("iOS" if ios else "Android"),
            "version": G(lambda f: f.pick(["17.5", "16.6", "17.4"] if ios else ["14", "13", "12"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "timezone": C(TZ[f.region]),
        "traits": mobile_traits(f),
        "location": Opt(
            {
                "latitude": Y(
                    lambda f: round(f.by(uk=51.5, br=-23.55, jp=35.66) + f.r.uniform(-0.4, 0.4), 6),
                    "geolocation",
                ),
                "longitude": Y(
                    lambda f: round(f.by(uk=-0.12, br=-46.63, jp=139.7) + f.r.uniform(-0.4, 0.4), 6),
                    "geolocation",
                ),
                "speed": G(lambda f: f.pick([0, 0.4, 1.2])),
            },
            0.35,
        ),
    }


def flutter_context(f: EyeFake):
    return {
        "app": {
            "name": C("Vistara Lens Club"),
            "version": G(lambda f: f.pick(["2.1.0", "2.1.3", "2.2.0"])),
            "build": G(lambda f: f.pick(["57", "60", "63"])),
            "namespace": C("com.vistara.lensclub"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "Pixel 7", "SM-S911B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": C("analytics_flutter"), "version": G(lambda f: f.pick(["1.1.0", "1.1.1"]))},
        "locale": C(LOCALE[f.region]),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": C(TZ[f.region]),
        "traits": mobile_traits(f),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.2.2"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.1", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.2"],
    "analytics-csharp": ["2.3.4", "2.4.0"],
}


def server_context(f: EyeFake, library: str):
    ctx: dict[str, Any] = {
        "library": {"name": C(library), "version": G(lambda f: f.pick(SERVER_VERSIONS[library]))},
    }
    if library in ("analytics-node", "analytics-python", "analytics-php"):
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.5)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UAS)), 0.4)
    if library in ("analytics-node", "analytics-python"):
        ctx["traits"] = Opt({"email": Y(lambda f: f.email(), "email")}, 0.3)
        ctx["locale"] = Opt(C(LOCALE[f.region]), 0.5)
    return ctx


def context_for(f: EyeFake, client: str, page: str):
    if client == "web":
        return web_context(f, page)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- shared shapes ---------------------------------------------------------------------------------


def frame_product():
    return {
        "product_id": G(lambda f: "frm_" + f.digits(6)),
        "sku": G(
            lambda f: (
                f"VST-{f.pick(['HAR', 'ELL', 'AUD', 'KEN', 'MAR', 'RBN'])}-{f.r.randint(48, 56)}-"
                f"{f.pick(['TRT', 'BLK', 'CLR', 'GLD'])}"
            )
        ),
        "name": G(lambda f: f.pick(FRAMES)[0]),
        "brand": G(lambda f: f.pick(FRAMES)[1]),
        "category": G(lambda f: f.pick(["Glasses", "Sunglasses", "Blue light glasses", "Kids' glasses"])),
        "variant": G(lambda f: f.pick(COLOURS)),
        "price": G(lambda f: f.price()),
        "quantity": G(lambda f: f.r.randint(1, 2)),
        "position": Opt(G(lambda f: f.r.randint(1, 36)), 0.5),
    }


def rx_eye():
    return {
        "sphere": Y(lambda f: f.sphere(), "diagnosis|condition"),
        "cylinder": Y(lambda f: f.cyl(), "diagnosis|condition"),
        "axis": Y(lambda f: f.axis(), "diagnosis|condition"),
        "add": Opt(Y(lambda f: f.add(), "diagnosis|condition"), 0.4),
        "prism": Opt(
            Y(lambda f: f.pick(["0.5 BU", "1.0 BI", "0.75 BD", "2.0 BO"]), "diagnosis|condition"), 0.35
        ),
    }


def uk_address():
    return {
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Opt(Y(lambda f: f.line2(), "address|street"), 0.4),
        "city": Y(lambda f: f.city(), "city"),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "country": G(lambda f: COUNTRY[f.region]),
    }


def store_fields(prefix=""):
    return {
        f"{prefix}store_id": G(lambda f: f.pick(STORES[f.region])[0]),
        f"{prefix}store_name": G(lambda f: f.pick(STORES[f.region])[1]),
    }


def review_text(f: EyeFake) -> str:
    return f.by(
        uk=lambda f: f.pick(
            [
                "Really comfy frames, lenses were ready in a week.",
                "Arrived quickly, fit is spot on.",
                "The try-on was accurate. Love the tortoiseshell.",
                "Nose pads pinch a bit.",
            ]
        ),
        br=lambda f: f.pick(
            [
                "Armação linda e leve, recomendo!",
                "Entrega rápida, lentes perfeitas.",
                "Achei um pouco apertado no rosto.",
            ]
        ),
        jp=lambda f: f.pick(
            ["軽くてかけ心地が良いです。", "レンズの仕上がりが早くて助かりました。", "フレームが少しきつい。"]
        ),
    )


# -- events ----------------------------------------------------------------------------------------
# (type, event or screen/page name, clients, regions, page path, body)

UK, BR, JP = ("uk",), ("br",), ("jp",)
ALL = ("uk", "br", "jp")
WEB_APP = ("web", "swift", "kotlin", "rn")

EVENTS: list[tuple[str, str | None, tuple, tuple, str, dict]] = [
    # -- browsing and the catalogue ----------------------------------------------------------------
    (
        "page",
        "Frames",
        ("web",),
        ALL,
        "/glasses",
        {
            "name": G(lambda f: f.pick(["Frames", "Sunglasses", "Home", "Eye Test"])),
            "path": G(lambda f: f.pick(["/glasses", "/sunglasses", "/", "/eye-test"])),
            "url": G(lambda f: f"https://{DOMAIN[f.region]}{f.pick(['/glasses', '/sunglasses', '/'])}"),
            "title": G(
                lambda f: f.pick(["Glasses & Frames | Vistara", "Vistara Eyewear", "Sunglasses | Vistara"])
            ),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.bing.com/"])),
            "search": G(
                lambda f: f.pick(["", "?shape=round", "?utm_source=google&utm_medium=cpc", "?page=2"])
            ),
            "category": G(lambda f: f.pick(["catalogue", "content", "booking"])),
        },
    ),
    (
        "track",
        "Products Searched",
        ("web", "swift", "kotlin"),
        ALL,
        "/search",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "round tortoiseshell",
                        "varifocal",
                        "óculos redondo",
                        "チタン フレーム",
                        "ray-ban wayfarer",
                        "kids glasses",
                        "harper",
                    ]
                )
            ),
            "filters": {
                "frame_shape": G(lambda f: f.pick(["round", "square", "cat-eye", "aviator", None])),
                "material": G(lambda f: f.pick(["acetate", "titanium", "metal"])),
                "gender": G(lambda f: f.pick(["women", "men", "unisex"])),
                "face_width": G(lambda f: f.pick(["narrow", "medium", "wide"])),
                "price_max": G(lambda f: f.pick([100, 150, 250, 30000])),
            },
            "results_count": G(lambda f: f.r.randint(0, 240)),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ("web", "rn"),
        ALL,
        "/glasses",
        {
            "list_id": G(lambda f: f.pick(["bestsellers", "new-in", "under-100", "titanium"])),
            "category": G(lambda f: f.pick(["Glasses", "Sunglasses"])),
            "products": Many(frame_product(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        WEB_APP,
        ALL,
        "/glasses/harper",
        {
            **frame_product(),
            "currency": G(lambda f: CURRENCY[f.region]),
            "url": G(lambda f: f"https://{DOMAIN[f.region]}/glasses/{f.pick(['harper', 'ellis', 'kenji'])}"),
            "image_url": G(lambda f: f"https://cdn.{DOMAIN[f.region]}/frames/{f.hexid(10)}_front.jpg"),
            "gtin": G(lambda f: f.gtin()),
            "lens_width_mm": G(lambda f: f.r.randint(46, 56)),
            "bridge_width_mm": G(lambda f: f.r.randint(16, 22)),
            "temple_length_mm": G(lambda f: f.pick([135, 140, 145, 150])),
            "frame_shape": G(lambda f: f.pick(["round", "square", "cat-eye", "rectangle"])),
            "in_stock": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Product Added to Wishlist",
        ("swift", "kotlin", "web"),
        ALL,
        "/glasses/harper",
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "wishlist_name": G(
                lambda f: f.pick(["Work glasses", "Sunnies", "Maybe", "お気に入り", "Favoritos"])
            ),
            "product_id": G(lambda f: "frm_" + f.digits(6)),
            "sku": G(lambda f: f"VST-HAR-{f.r.randint(48, 56)}-{f.pick(['TRT', 'BLK'])}"),
        },
    ),
    # -- virtual try-on ----------------------------------------------------------------------------
    (
        "track",
        "Virtual Try-On Started",
        ("swift", "kotlin", "web"),
        ALL,
        "/try-on",
        {
            "tryon_session_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: "frm_" + f.digits(6)),
            "camera_permission": G(lambda f: f.pick(["granted", "denied", "prompt"])),
            "mode": G(lambda f: f.pick(["live", "photo_upload"])),
            "sdk_version": G(lambda f: f.pick(["fitmix-4.2.1", "fitmix-4.3.0"])),
            "face_detected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Virtual Try-On Completed",
        ("swift", "kotlin", "web"),
        ALL,
        "/try-on",
        {
            "tryon_session_id": G(lambda f: f.uuid()),
            "frames_tried": G(lambda f: f.r.randint(1, 14)),
            "face_shape": G(lambda f: f.pick(["oval", "round", "square", "heart", "diamond"])),
            "face_width_mm": G(lambda f: f.r.randint(128, 152)),
            "pd_estimated_mm": G(lambda f: f.money(54, 72)),
            "face_photo_url": Y(lambda f: f"https://tryon.{DOMAIN[f.region]}/faces/{f.uuid()}.jpg", "photo"),
            "photo_consent": G(lambda f: f.pick([True, False])),
            "photo_retention_days": G(lambda f: f.pick([0, 30, 90])),
            "duration_ms": G(lambda f: f.r.randint(4000, 240000)),
            "favourite_product_id": G(lambda f: "frm_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Try-On Snapshot Shared",
        ("swift", "kotlin"),
        ALL,
        "/try-on",
        {
            "snapshot_url": Y(lambda f: f"https://tryon.{DOMAIN[f.region]}/s/{f.alnum(12)}.jpg", "photo"),
            "channel": G(
                lambda f: f.by(
                    uk=["whatsapp", "email", "messages"],
                    br=["whatsapp", "instagram"],
                    jp=["line", "email", "x"],
                )[f.r.randint(0, 1)]
            ),
            "share_to": Y(lambda f: f.email(), "email", True),
            "product_id": G(lambda f: "frm_" + f.digits(6)),
        },
    ),
    # -- accounts ----------------------------------------------------------------------------------
    (
        "identify",
        None,
        ("web", "swift", "kotlin", "analytics-python"),
        UK,
        "/account",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.uk_postcode(), "zipcode"),
                "country": G(lambda f: "United Kingdom"),
            },
            "gender": Opt(Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"), 0.6),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "preferredStoreId": G(lambda f: f.pick(STORES["uk"])[0]),
            "lastEyeTestDate": G(lambda f: f.date(2021, 2024)),
            "wearsContactLenses": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(18, 88)),
            "loyaltyNumber": G(lambda f: "VIS" + f.digits(9)),
            "dependantsCount": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Signed Up",
        ("web", "swift", "kotlin", "rn", "flutter"),
        ALL,
        "/account/register",
        {
            "method": G(lambda f: f.pick(["email", "apple", "google", "line"])),
            "email": Y(lambda f: f.email(), "email"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "signup_source": G(lambda f: f.pick(["checkout", "eye_test_booking", "header", "try_on"])),
            "has_2fa": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "alias",
        None,
        ("web", "swift", "kotlin"),
        ALL,
        "/account/register",
        {},
    ),
    (
        "track",
        "Password Reset Requested",
        ("analytics-node",),
        ALL,
        "",
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_url": RED(
                lambda f: f"https://{DOMAIN[f.region]}/account/reset?token={f.alnum(40)}", "token"
            ),
            "expires_in_minutes": G(lambda f: f.pick([15, 30, 60])),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ("analytics-node", "analytics-go"),
        ALL,
        "",
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "phone_number": Y(lambda f: f.e164(), "phone"),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "template": G(lambda f: f.pick(["otp_login_v2", "otp_checkout", "otp_rx_share"])),
            "provider": G(lambda f: f.pick(["twilio_verify", "zenvia", "vonage"])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "ttl_seconds": G(lambda f: f.pick([300, 600])),
        },
    ),
    (
        "track",
        "Signed In",
        ("web", "swift", "kotlin", "rn"),
        ALL,
        "/account/login",
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "apple", "google", "line"])),
            "login_count": G(lambda f: f.r.randint(1, 400)),
            "remember_me": G(lambda f: f.pick([True, False])),
            "username": Y(lambda f: f.email(), "email", True),
        },
    ),
    # -- eye tests ---------------------------------------------------------------------------------
    (
        "track",
        "Eye Test Booked",
        ("web", "swift", "kotlin"),
        UK,
        "/eye-test/book",
        {
            "booking_id": G(lambda f: "bk_" + f.alnum(10)),
            **store_fields(),
            "store_phone": G(lambda f: f.pick(STORES[f.region])[2]),
            "store_address": G(lambda f: f.pick(STORES[f.region])[3]),
            "appointment_type": G(
                lambda f: f.pick(["eye_test", "contact_lens_check", "kids_eye_test", "oct_scan"])
            ),
            "appointment_start": G(lambda f: f.iso()),
            "duration_minutes": G(lambda f: f.pick([20, 30, 45])),
            "optometrist": {
                "id": G(lambda f: "opt_" + f.digits(4)),
                "name": Y(lambda f: f.full_name(), "name"),
            },
            "reason_for_visit": Y(
                lambda f: f.pick(
                    ["blurred vision", "headaches", "floaters", "eye strain", "dry eyes", "flashing lights"]
                ),
                "condition",
            ),
            "nhs_eligible": G(lambda f: f.pick([True, False])),
            "is_diabetic": Y(lambda f: f.pick([True, False]), "condition"),
            "family_history_glaucoma": Y(lambda f: f.pick([True, False]), "condition"),
            "first_visit": G(lambda f: f.pick([True, False])),
            "patient": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            },
            "booked_for": G(lambda f: f.pick(["self", "child", "partner", "parent"])),
        },
    ),
    (
        "track",
        "Exame de Vista Agendado",
        ("web", "kotlin"),
        BR,
        "/exame-de-vista",
        {
            "agendamento_id": G(lambda f: "ag_" + f.alnum(10)),
            "loja_id": G(lambda f: f.pick(STORES["br"])[0]),
            "loja_nome": G(lambda f: f.pick(STORES["br"])[1]),
            "loja_telefone": G(lambda f: f.pick(STORES["br"])[2]),
            "data_hora": G(lambda f: f.iso()),
            "tipo_exame": G(lambda f: f.pick(["exame_de_vista", "adaptacao_lentes", "infantil"])),
            "paciente": {
                "nome_completo": Y(lambda f: f.full_name(), "name"),
                "cpf": RED(lambda f: f.cpf(), "national id"),
                "celular": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "data_nascimento": Y(lambda f: f.dob(), "birthdate"),
            },
            "convenio": G(lambda f: f.pick(["Amil", "Bradesco Saúde", "SulAmérica", "particular"])),
            "numero_carteirinha": Opt(
                Y(
                    lambda f: f"{f.r.randint(0, 999):03d} {f.digits(6)} {f.digits(2)}-{f.r.randint(0, 9)}",
                    "identification",
                ),
                0.6,
            ),
            "queixa_principal": Y(
                lambda f: f.pick(["visão embaçada", "dor de cabeça", "olho seco", "vista cansada"]),
                "condition",
            ),
            "diabetico": Y(lambda f: f.pick([True, False]), "condition"),
            "usa_lentes_de_contato": G(lambda f: f.pick([True, False])),
            "primeira_consulta": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Eye Test Booking Cancelled",
        ("web", "swift", "analytics-python"),
        UK + BR,
        "/account/bookings",
        {
            "booking_id": G(lambda f: "bk_" + f.alnum(10)),
            "reason": G(lambda f: f.pick(["rescheduled", "found_another_optician", "clash", "no_reason"])),
            "cancelled_by": G(lambda f: f.pick(["customer", "store", "system"])),
            "hours_before": G(lambda f: f.r.randint(1, 240)),
        },
    ),
    (
        "track",
        "Eye Test Completed",
        ("analytics-csharp",),
        UK,
        "",
        {
            "AppointmentId": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "PatientId": G(lambda f: f.uuid()),
            "PracticeCode": G(lambda f: f.pick(["P1042", "P1107", "P2210"])),
            "NhsNumber": RED(lambda f: f.nhs(), "health id"),
            "OptometristGocNumber": Y(lambda f: f"01-{f.r.randint(10000, 39999)}", "license"),
            "OptometristName": Y(lambda f: f.full_name(), "name"),
            "Outcome": G(lambda f: f.pick(["NewPrescription", "NoChange", "Referred", "Recall"])),
            "ReferralReason": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            "Suspected glaucoma",
                            "Cataract",
                            "Diabetic retinopathy",
                            "Raised IOP",
                            "Macular changes",
                        ]
                    ),
                    "condition|diagnosis",
                ),
                0.4,
            ),
            "IopRightMmHg": Y(lambda f: f.r.randint(10, 28), "diagnosis|condition"),
            "IopLeftMmHg": Y(lambda f: f.r.randint(10, 28), "diagnosis|condition"),
            "VisualAcuityRight": Y(
                lambda f: f.pick(["6/5", "6/6", "6/9", "6/12", "6/18"]), "diagnosis|condition"
            ),
            "VisualAcuityLeft": Y(
                lambda f: f.pick(["6/5", "6/6", "6/9", "6/12", "6/24"]), "diagnosis|condition"
            ),
            "DilationPerformed": Y(lambda f: f.pick([True, False]), "procedure"),
            "OctScanPerformed": Y(lambda f: f.pick([True, False]), "procedure"),
            "GosFormType": G(lambda f: f.pick(["GOS1", "GOS1", "GOS6", None])),
            "RecallMonths": G(lambda f: f.pick([12, 24, 6])),
            "DurationMinutes": G(lambda f: f.r.randint(18, 50)),
            "CompletedAtUtc": G(lambda f: f.iso()),
            "Smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "RegisteredSightImpaired": RED(lambda f: f.pick([False, False, True]), "disability"),
        },
    ),
    (
        "track",
        "Eye Health Questionnaire Completed",
        ("web", "swift", "kotlin"),
        UK + BR,
        "/eye-test/questions",
        {
            "questionnaire_id": G(lambda f: f.uuid()),
            "booking_id": G(lambda f: "bk_" + f.alnum(10)),
            "symptoms": Many(
                Y(
                    lambda f: f.pick(
                        ["headaches", "double vision", "itchy eyes", "night glare", "blurred near vision"]
                    ),
                    "condition",
                ),
                3,
            ),
            "current_medications": Many(
                Y(
                    lambda f: f.pick(
                        ["latanoprost", "metformin", "hydroxychloroquine", "tamsulosin", "sertraline"]
                    ),
                    "medication",
                ),
                2,
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["penicillin", "latex", "benzalkonium chloride", "hay fever"]), "allergy"),
                2,
            ),
            "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "drives": G(lambda f: f.pick([True, False])),
            "screen_hours_per_day": G(lambda f: f.r.randint(0, 14)),
            "occupation": G(
                lambda f: f.pick(["Teacher", "Software developer", "Nurse", "HGV driver", "Retired"])
            ),
            "questions_answered": G(lambda f: f.r.randint(8, 22)),
        },
    ),
    (
        "track",
        "Prescription Added",
        ("web", "swift", "kotlin", "rn"),
        ALL,
        "/account/prescriptions/new",
        {
            "prescription_id": G(lambda f: "rx_" + f.alnum(12)),
            "source": G(lambda f: f.pick(["upload", "manual", "in_store_test"])),
            "issued_date": G(lambda f: f.date(2022, 2024)),
            "expiry_date": G(lambda f: f.date(2024, 2026)),
            "right": rx_eye(),
            "left": rx_eye(),
            "pd": {
                "binocular": G(lambda f: f.money(54, 72)),
                "right": Opt(G(lambda f: f.money(27, 36)), 0.4),
                "left": Opt(G(lambda f: f.money(27, 36)), 0.4),
            },
            "prescriber_name": Y(lambda f: f.full_name(), "name"),
            "practice_name": G(
                lambda f: f.by(
                    uk=lambda f: f.pick(
                        ["Vision Express Croydon", "Specsavers Leeds", "Boots Opticians Bristol"]
                    ),
                    br=lambda f: f.pick(["Óticas Carol Centro", "Óticas Diniz Savassi", "Vistara Paulista"]),
                    jp=lambda f: f.pick(["眼科 さくらクリニック", "ヴィスタラ 渋谷店", "梅田アイクリニック"]),
                )
            ),
            "prescription_image_url": Opt(
                Y(lambda f: f"https://uploads.{DOMAIN[f.region]}/rx/{f.uuid()}.pdf", "photo"), 0.5
            ),
            "rx_number": Opt(Y(lambda f: "RX" + f.digits(8), "medication"), 0.5),
            "is_varifocal": G(lambda f: f.pick([True, False])),
            "for_dependant": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Prescription Details",
        ("swift", "kotlin", "rn"),
        ALL,
        "",
        {
            "prescription_id": G(lambda f: "rx_" + f.alnum(12)),
            "label": Y(lambda f: f.pick([f.full_name(), f.first()]), "name", True),
            "from": G(lambda f: f.pick(["account", "checkout", "reminder_push"])),
            "expired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dependant Added",
        ("web", "swift"),
        UK,
        "/account/family",
        {
            "dependant_id": G(lambda f: "dep_" + f.digits(7)),
            "first_name": Y(lambda f: f.first(), "name"),
            "date_of_birth": Y(lambda f: f.dob(2008, 2021), "birthdate"),
            "relationship": G(lambda f: f.pick(["son", "daughter", "partner", "parent"])),
            "school_year": G(lambda f: f.pick(["Reception", "Year 3", "Year 7", "Year 10", None])),
            "nhs_number": Opt(RED(lambda f: f.nhs(), "health id"), 0.6),
            "myopia_control": Y(lambda f: f.pick([True, False]), "condition"),
            "dependants_total": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # -- checkout and orders -----------------------------------------------------------------------
    (
        "track",
        "Lens Options Selected",
        ("web", "flutter", "swift"),
        ALL,
        "/checkout/lenses",
        {
            "product_id": G(lambda f: "frm_" + f.digits(6)),
            "lens_type": G(lambda f: f.pick(["single_vision", "varifocal", "reading", "non_prescription"])),
            "lens_index": G(lambda f: f.pick([1.5, 1.6, 1.67, 1.74])),
            "coatings": Many(
                G(lambda f: f.pick(["anti_reflective", "scratch_resistant", "blue_light", "hydrophobic"])), 3
            ),
            "tint": G(lambda f: f.pick(["none", "grey_85", "brown_gradient", "transitions_gen_s"])),
            "lens_name": G(lambda f: f.pick(LENSES)),
            "price_delta": G(lambda f: f.money(0, 180)),
            "prescription_id": G(lambda f: "rx_" + f.alnum(12)),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        ("web", "swift", "kotlin"),
        ALL,
        "/checkout",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(1, 4)),
            "step_name": G(lambda f: f.pick(["lenses", "delivery", "payment", "review"])),
            "shipping_method": G(lambda f: f.pick(["standard", "express", "click_and_collect", "置き配"])),
            "collect_store_id": Opt(G(lambda f: f.pick(STORES[f.region])[0]), 0.3),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ("web",),
        UK,
        "/checkout/delivery",
        {
            "input": Y(lambda f: f.street()[: f.r.randint(9, 18)], "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["google_places", "loqate"])),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ("web", "swift", "kotlin"),
        ALL,
        "/checkout/payment",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(
                lambda f: f.by(
                    uk=lambda f: f.pick(["card", "apple_pay", "klarna", "paypal"]),
                    br=lambda f: f.pick(["pix", "cartao", "boleto"]),
                    jp=lambda f: f.pick(["card", "konbini", "paypay"]),
                )
            ),
            "payment_method_id": Opt(RED(lambda f: "pm_" + f.alnum(24), "token"), 0.7),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "elo", "jcb"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "installments": G(lambda f: f.by(uk=1, br=f.pick([1, 3, 6, 10]), jp=1)),
            "billing_postcode": Y(lambda f: f.zip(), "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ("analytics-python",),
        UK,
        "",
        {
            "order_id": G(lambda f: "VST-UK-" + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(39, 640)),
            "subtotal": G(lambda f: f.money(39, 600)),
            "revenue": G(lambda f: f.money(30, 540)),
            "tax": G(lambda f: f.money(0, 90)),
            "shipping": G(lambda f: f.pick([0, 3.99, 6.99])),
            "discount": G(lambda f: f.money(0, 40)),
            "coupon": G(lambda f: f.pick(["NHS10", "STUDENT15", "2FOR1", None])),
            "currency": G(lambda f: "GBP"),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "klarna", "paypal"])),
            "products": Many(
                {
                    **frame_product(),
                    "lens_type": G(lambda f: f.pick(["single_vision", "varifocal", "reading"])),
                    "prescription_id": G(lambda f: "rx_" + f.alnum(12)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                **uk_address(),
            },
            "billing_address": {**uk_address()},
            "customer_email": Y(lambda f: f.email(), "email"),
            "gift_message": Opt(
                Y(
                    lambda f: (
                        f.pick(["Happy birthday ", "Enjoy your new specs ", "Love you "]) + f.first() + "! x"
                    ),
                    "name",
                    True,
                ),
                0.3,
            ),
            "is_gift": G(lambda f: f.pick([True, False])),
            "delivery_note": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Leave in the porch",
                            "Please knock, bell broken",
                            "Safe place: behind the bins",
                            "Leave with reception",
                        ]
                    )
                ),
                0.5,
            ),
            "nhs_voucher_applied": G(lambda f: f.pick([True, False])),
            "employer_voucher": Opt(G(lambda f: f.pick(["Tesco", "NHS Trust", "HMRC", "Capita"])), 0.2),
        },
    ),
    (
        "track",
        "Order Completed",
        ("analytics-node",),
        BR,
        "",
        {
            "order_id": G(lambda f: "VST-BR-" + f.digits(7)),
            "total": G(lambda f: f.money(189, 3200)),
            "shipping": G(lambda f: f.pick([0, 19.9, 29.9])),
            "discount": G(lambda f: f.money(0, 200)),
            "coupon": G(lambda f: f.pick(["BEMVINDO10", "OCULOS20", None])),
            "currency": G(lambda f: "BRL"),
            "payment_method": G(lambda f: f.pick(["pix", "credit_card", "boleto"])),
            "installments": G(lambda f: f.pick([1, 3, 6, 10])),
            "cpf_na_nota": RED(lambda f: f.cpf(), "national id"),
            "nota_fiscal": G(lambda f: f"{f.r.randint(1, 999999):09d}"),
            "products": Many(frame_product(), 3),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "postal_code": Y(lambda f: f.cep(), "zipcode"),
                "line1": Y(lambda f: f.pick(BR_STREETS), "address|street"),
                "number": Y(lambda f: str(f.r.randint(10, 3200)), "address|street"),
                "complement": Opt(Y(lambda f: f.pick(BR_COMPL), "address"), 0.5),
                "neighborhood": Y(lambda f: f.pick(BR_BAIRROS), "address"),
                "city": Y(lambda f: f.pick(BR_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(BR_CITIES)[1]),
                "country": G(lambda f: "BR"),
            },
            "customer_email": Y(lambda f: f.email(), "email"),
            "whatsapp": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "track",
        "Order Completed",
        ("analytics-go", "analytics-java"),
        JP,
        "",
        {
            "order_no": G(lambda f: "JP" + f.digits(10)),
            "total_jpy": G(lambda f: f.r.randint(5, 60) * 1000),
            "tax_jpy": G(lambda f: f.r.randint(4, 55) * 100),
            "payment": G(lambda f: f.pick(["credit", "konbini", "paypay", "daibiki"])),
            "points_used": G(lambda f: f.r.randint(0, 3000)),
            "shipping_to": {
                "sei": Y(lambda f: f.pick(JP_LAST)[0], "name"),
                "mei": Y(lambda f: f.pick(JP_FIRST)[0], "name"),
                "sei_kana": Y(lambda f: f.pick(JP_LAST)[1], "name"),
                "mei_kana": Y(lambda f: f.pick(JP_FIRST)[1], "name"),
                "zip": Y(lambda f: f.jp_postal(), "zipcode"),
                "prefecture": G(lambda f: f.pick(JP_PLACES)[0]),
                "city": Y(lambda f: f.pick(JP_PLACES)[1], "city"),
                "address1": Y(lambda f: f.street(), "address|street"),
                "address2": Opt(Y(lambda f: f.pick(JP_BUILDINGS), "address"), 0.6),
                "tel": Y(lambda f: f.phone(), "phone"),
            },
            "delivery_time_slot": G(lambda f: f.pick(["午前中", "14-16時", "18-20時", "指定なし"])),
            "noshi": G(lambda f: f.pick([True, False])),
            "items": Many(
                {
                    "sku": G(lambda f: f"VST-KEN-{f.r.randint(48, 54)}-GLD"),
                    "qty": G(lambda f: f.r.randint(1, 2)),
                    "price": G(lambda f: f.r.randint(8, 40) * 1000),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Stripe Charge Succeeded",
        ("analytics-node", "analytics-ruby"),
        ALL,
        "",
        {
            "type": G(lambda f: "charge.succeeded"),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + f.alnum(24)),
                    "object": G(lambda f: "charge"),
                    "amount": G(lambda f: f.r.randint(1900, 64000)),
                    "currency": G(lambda f: CURRENCY[f.region].lower()),
                    "customer": G(lambda f: "cus_" + f.alnum(14)),
                    "payment_intent": G(lambda f: "pi_" + f.alnum(24)),
                    "payment_method": RED(lambda f: "pm_" + f.alnum(24), "token"),
                    "receipt_email": Y(lambda f: f.email(), "email"),
                    "billing_details": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone": Opt(Y(lambda f: f.e164(), "phone"), 0.6),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "city": Y(lambda f: f.city(), "city"),
                            "postal_code": Y(lambda f: f.zip(), "zipcode"),
                            "state": G(lambda f: f.state()),
                            "country": G(lambda f: COUNTRY[f.region]),
                        },
                    },
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
                            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(lambda f: f.pick(["GB", "BR", "JP", "US"])),
                            "funding": G(lambda f: f.pick(["credit", "debit"])),
                            "network": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
                        },
                    },
                    "metadata": {
                        "order_id": G(lambda f: f"VST-{f.region.upper()}-" + f.digits(7)),
                        "store": G(lambda f: f.pick(["web", "app", "pos"])),
                    },
                    "created": G(lambda f: f.epoch_ms() // 1000),
                },
            },
        },
    ),
    (
        "track",
        "Payment Declined",
        ("analytics-php",),
        UK,
        "",
        {
            "order_id": G(lambda f: "VST-UK-" + f.digits(7)),
            "pan": RED(lambda f: f.card(), "credit card"),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card"])),
            "avs_result": G(lambda f: f.pick(["Y", "N", "A", "Z"])),
            "cvv_result": G(lambda f: f.pick(["M", "N", "P"])),
            "risk_score": G(lambda f: f.r.randint(0, 99)),
            "review_note": G(
                lambda f: f.pick(
                    [
                        "Customer called, card replaced",
                        "Retry after 24h",
                        "Velocity rule hit",
                        "Manual approve by ops",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Order Shipped",
        ("analytics-ruby", "analytics-python"),
        ALL,
        "",
        {
            "order_id": G(lambda f: f"VST-{f.region.upper()}-" + f.digits(7)),
            "carrier": G(
                lambda f: f.by(
                    uk=lambda f: f.pick(["Royal Mail", "DPD", "Evri"]),
                    br=lambda f: f.pick(["Correios", "Jadlog", "Loggi"]),
                    jp=lambda f: f.pick(["ヤマト運輸", "佐川急便", "日本郵便"]),
                )
            ),
            "tracking_number": G(
                lambda f: f.by(
                    uk=lambda f: "JD" + f.digits(16),
                    br=lambda f: "QB" + f.digits(9) + "BR",
                    jp=lambda f: f.digits(12),
                )
            ),
            "tracking_url": G(lambda f: f"https://track.{DOMAIN[f.region]}/t/{f.alnum(10)}"),
            "estimated_delivery": G(lambda f: f.date(2024, 2024)),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "shipping_postcode": Y(lambda f: f.zip(), "zipcode"),
            "lab": G(lambda f: f.pick(["Lab Leicester", "Lab Manaus", "大阪ラボ"])),
            "items_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Delivery Instructions Updated",
        ("swift", "kotlin", "rn"),
        ALL,
        "",
        {
            "order_id": G(lambda f: f"VST-{f.region.upper()}-" + f.digits(7)),
            "safe_place": G(lambda f: f.pick(["porch", "reception", "neighbour", "none"])),
            "instructions": G(
                lambda f: f.by(
                    uk=lambda f: f.pick(
                        ["Leave in the porch", "Side gate is open", "Please don't ring, baby asleep"]
                    ),
                    br=lambda f: f.pick(
                        ["Deixar com o porteiro", "Entregar na portaria", "Tocar o interfone 2x"]
                    ),
                    jp=lambda f: f.pick(["玄関前に置き配", "宅配ボックスへ", "インターホン不要"]),
                )
            ),
            "note": Y(
                lambda f: f.by(
                    uk=lambda f: "If out call " + f.phone(),
                    br=lambda f: "Se não tiver ninguém ligar " + f.phone(),
                    jp=lambda f: "不在時は" + f.phone() + "へ連絡",
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Order Refunded",
        ("analytics-python", "analytics-node"),
        ALL,
        "",
        {
            "order_id": G(lambda f: f"VST-{f.region.upper()}-" + f.digits(7)),
            "refund_id": G(lambda f: "re_" + f.alnum(24)),
            "amount": G(lambda f: f.price()),
            "reason": G(lambda f: f.pick(["lenses_wrong_power", "frame_damaged", "changed_mind", "late"])),
            "restocked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Reembolso Solicitado",
        ("analytics-node",),
        BR,
        "",
        {
            "pedido_id": G(lambda f: "VST-BR-" + f.digits(7)),
            "motivo": G(lambda f: f.pick(["arrependimento", "grau errado", "armação quebrada"])),
            "tipo_chave_pix": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "chave_pix": RED(lambda f: f.pick([f.cpf(), f.email(), f.e164(), f.uuid()]), "bank account"),
            "banco": G(
                lambda f: f.pick(["001 - Banco do Brasil", "341 - Itaú", "260 - Nubank", "237 - Bradesco"])
            ),
            "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "conta": RED(lambda f: f"{f.r.randint(10000, 9999999)}-{f.r.randint(0, 9)}", "bank account"),
            "titular": Y(lambda f: f.full_name(), "name"),
            "valor": G(lambda f: f.money(189, 2400)),
        },
    ),
    (
        "track",
        "返金申請",
        ("analytics-java",),
        JP,
        "",
        {
            "注文番号": G(lambda f: "JP" + f.digits(10)),
            "返金額": G(lambda f: f.r.randint(5, 60) * 1000),
            "理由": G(lambda f: f.pick(["度数が合わない", "フレーム破損", "イメージと違う"])),
            "銀行名": G(lambda f: f.pick(["三菱UFJ銀行", "ゆうちょ銀行", "楽天銀行", "みずほ銀行"])),
            "支店名": G(lambda f: f.pick(["渋谷支店", "梅田支店", "〇一八支店", "本店営業部"])),
            "口座種別": G(lambda f: f.pick(["普通", "当座"])),
            "口座番号": RED(lambda f: f"{f.r.randint(0, 9999999):07d}", "bank account"),
            "口座名義": Y(lambda f: f.kana_name(), "name"),
        },
    ),
    # -- Brazil and Japan account backends ---------------------------------------------------------
    (
        "identify",
        None,
        ("analytics-node", "web"),
        BR,
        "/minha-conta",
        {
            "nome": Y(lambda f: f.first(), "name"),
            "sobrenome": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "celular": Y(lambda f: f.phone(), "phone"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "data_nascimento": Y(lambda f: f.dob(), "birthdate"),
            "sexo": Opt(Y(lambda f: f.pick(["F", "M", "feminino", "masculino"]), "gender|sex"), 0.7),
            "endereco": {
                "cep": Y(lambda f: f.cep(), "zipcode"),
                "logradouro": Y(lambda f: f.pick(BR_STREETS), "address|street"),
                "numero": Y(lambda f: str(f.r.randint(10, 3200)), "address|street"),
                "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address"),
                "cidade": Y(lambda f: f.pick(BR_CITIES)[0], "city"),
                "uf": G(lambda f: f.pick(BR_CITIES)[1]),
            },
            "aceita_whatsapp": G(lambda f: f.pick([True, False])),
            "plano_saude": G(lambda f: f.pick(["Amil", "Bradesco Saúde", "SulAmérica", "Unimed", None])),
            "carteirinha": Opt(
                Y(
                    lambda f: f"{f.r.randint(0, 999):03d} {f.digits(6)} {f.digits(2)}-{f.r.randint(0, 9)}",
                    "identification",
                ),
                0.5,
            ),
            "cns": Opt(RED(lambda f: f.cns(), "health id"), 0.4),
            "cliente_desde": G(lambda f: f.date(2015, 2024)),
            "pontos_fidelidade": G(lambda f: f.r.randint(0, 5000)),
        },
    ),
    (
        "identify",
        None,
        ("analytics-java", "analytics-go"),
        JP,
        "",
        {
            "氏名": Y(lambda f: f"{f.pick(JP_LAST)[0]} {f.pick(JP_FIRST)[0]}", "name"),
            "フリガナ": Y(lambda f: f.kana_name(), "name"),
            "メールアドレス": Y(lambda f: f.email(), "email"),
            "電話番号": Y(lambda f: f.phone(), "phone"),
            "郵便番号": Y(lambda f: f.jp_postal(), "zipcode"),
            "都道府県": G(lambda f: f.pick(JP_PLACES)[0]),
            "市区町村": Y(lambda f: f.pick(JP_PLACES)[1], "city"),
            "番地": Y(lambda f: f.street(), "address|street"),
            "建物名": Opt(Y(lambda f: f.pick(JP_BUILDINGS), "address"), 0.6),
            "生年月日": Y(lambda f: f.dob(), "birthdate"),
            "性別": Opt(Y(lambda f: f.pick(["男性", "女性", "回答しない"]), "gender|sex"), 0.7),
            "会員番号": G(lambda f: f.digits(10)),
            "会員ランク": G(lambda f: f.pick(["ブロンズ", "シルバー", "ゴールド"])),
            "ポイント残高": G(lambda f: f.r.randint(0, 12000)),
            "メルマガ購読": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Insurance Card Registered",
        ("analytics-go",),
        JP,
        "",
        {
            "insurer_number": G(lambda f: f"{f.pick(['06', '01', '31', '67'])}{f.digits(6)}"),
            "insured_card_number": RED(lambda f: f.jp_health_card(), "health id"),
            "insurance_type": G(lambda f: f.pick(["社保", "国保", "後期高齢"])),
            "my_number": Opt(RED(lambda f: f.my_number(), "national id"), 0.5),
            "card_image_uploaded": G(lambda f: f.pick([True, False])),
            "holder_relationship": G(lambda f: f.pick(["本人", "家族"])),
        },
    ),
    (
        "track",
        "LINE Account Linked",
        ("analytics-node",),
        JP,
        "",
        {
            "display_name": Y(
                lambda f: f.pick(
                    [
                        f.pick(JP_FIRST)[0],
                        f.pick(JP_LAST)[0] + f.pick(JP_FIRST)[0],
                        f.pick(JP_FIRST)[2].lower(),
                    ]
                ),
                "name",
            ),
            "picture_url": Y(lambda f: f"https://profile.line-scdn.net/0h{f.alnum(30)}", "photo"),
            "friend_flag": G(lambda f: f.pick([True, False])),
            "linked_at": G(lambda f: f.epoch_ms()),
            "channel_id": G(lambda f: f.pick(["1657284012", "1657284013"])),
        },
    ),
    # -- insurance and NHS -------------------------------------------------------------------------
    (
        "track",
        "Insurance Details Added",
        ("web", "swift"),
        UK + BR,
        "/checkout/insurance",
        {
            "insurer": G(
                lambda f: f.by(
                    uk=lambda f: f.pick(["Bupa", "Vitality", "AXA Health", "Simplyhealth"]),
                    br=lambda f: f.pick(["Amil", "Bradesco Saúde", "SulAmérica"]),
                )
            ),
            "member_number": Y(lambda f: f.pick(["BUP", "VIT", "AMI"]) + f.digits(8), "identification"),
            "policy_number": Y(lambda f: f"POL-{f.digits(6)}-{f.r.randint(10, 99)}", "identification"),
            "group_number": G(lambda f: f.pick(["GRP-TESCO-01", "GRP-NHS-SCOT", "GRP-ITAU-22"])),
            "policyholder_name": Y(lambda f: f.full_name(), "name"),
            "policyholder_dob": Y(lambda f: f.dob(), "birthdate"),
            "relationship_to_policyholder": G(lambda f: f.pick(["self", "spouse", "child"])),
            "claim_number": Opt(G(lambda f: "CLM" + f.digits(8)), 0.5),
            "benefit_remaining": G(lambda f: f.money(0, 250)),
        },
    ),
    (
        "track",
        "NHS Voucher Applied",
        ("analytics-python",),
        UK,
        "",
        {
            "order_id": G(lambda f: "VST-UK-" + f.digits(7)),
            "gos_form": G(lambda f: f.pick(["GOS3", "GOS4"])),
            "voucher_band": G(lambda f: f.pick(["A", "B", "C", "D", "E"])),
            "voucher_value": G(lambda f: f.pick([42.4, 64.3, 94.2, 211.6])),
            "nhs_number": RED(lambda f: f.nhs(), "health id"),
            "patient_name": Y(lambda f: f.full_name(), "name"),
            "age_over_60": G(lambda f: f.pick([True, False])),
            "diabetes_or_glaucoma": Y(lambda f: f.pick([True, False]), "condition"),
            "registered_sight_impaired": RED(lambda f: f.pick([True, False]), "disability"),
            "complex_lenses": G(lambda f: f.pick([True, False])),
            "evidence_seen": G(lambda f: f.pick([True, False])),
            "rx_number": Y(lambda f: "RX" + f.digits(8), "medication"),
        },
    ),
    # -- contact lens subscriptions (Flutter app) --------------------------------------------------
    (
        "track",
        "Contact Lens Subscription Started",
        ("flutter",),
        ALL,
        "",
        {
            "subscription_id": G(lambda f: "sub_" + f.alnum(14)),
            "product_name": G(lambda f: f.pick(CONTACTS)),
            "brand": G(lambda f: f.pick(["Johnson & Johnson", "Alcon", "CooperVision", "Vistara"])),
            "power_right": Y(lambda f: f.sphere(), "diagnosis|condition"),
            "power_left": Y(lambda f: f.sphere(), "diagnosis|condition"),
            "base_curve": G(lambda f: f.pick([8.4, 8.5, 8.6, 8.7])),
            "diameter": G(lambda f: f.pick([14.0, 14.2, 14.3])),
            "supply_days": G(lambda f: f.pick([30, 90, 180])),
            "interval_weeks": G(lambda f: f.pick([4, 12, 26])),
            "price_per_box": G(lambda f: f.price()),
            "next_delivery_date": G(lambda f: f.date(2024, 2025)),
            "fitting_checked_by": Y(lambda f: f.full_name(), "name"),
            "aftercare_due": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "screen",
        "Lens Club Home",
        ("flutter",),
        ALL,
        "",
        {
            "boxes_remaining": G(lambda f: f.r.randint(0, 8)),
            "next_delivery_in_days": G(lambda f: f.r.randint(0, 90)),
            "greeting_name": Y(lambda f: f.first(), "name"),
        },
    ),
    # -- reviews, support, messaging ---------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        ("web", "swift", "kotlin"),
        ALL,
        "/glasses/harper/reviews",
        {
            "product_id": G(lambda f: "frm_" + f.digits(6)),
            "product_name": G(lambda f: f.pick(FRAMES)[0]),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "title": G(lambda f: f.pick(["Love them", "Perfeito", "最高", "Too tight", "Great value"])),
            "body": G(review_text),
            "reviewer_display_name": Y(lambda f: f.first() + " " + f.last()[0] + ".", "name"),
            "reviewer_city": Y(lambda f: f.city(), "city"),
            "photo_urls": Many(
                Y(lambda f: f"https://reviews.{DOMAIN[f.region]}/p/{f.hexid(16)}.jpg", "photo"), 3
            ),
            "verified_buyer": G(lambda f: f.pick([True, False])),
            "fit_feedback": G(lambda f: f.pick(["too small", "true to size", "too big"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ("analytics-node",),
        ALL,
        "",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.by(
                        uk=lambda f: f.pick(
                            ["Where is my order?", "Lenses feel wrong", "Voucher not applied"]
                        ),
                        br=lambda f: f.pick(["Troca de armação", "Pedido atrasado", "Grau errado"]),
                        jp=lambda f: f.pick(["度数について", "配送状況", "返品したい"]),
                    )
                ),
                "description": Y(
                    lambda f: f.by(
                        uk=lambda f: (
                            f.pick(["Please call me on ", "My number is ", "Ring me back on "]) + f.phone()
                        ),
                        br=lambda f: f.pick(["Pode me ligar no ", "Meu WhatsApp é "]) + f.phone(),
                        jp=lambda f: f.pick(["こちらにご連絡ください: ", "電話番号: "]) + f.phone(),
                    ),
                    "phone",
                    True,
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(G(lambda f: f.pick(["delivery", "rx", "nhs", "refund", "vip"])), 3),
                "channel": G(lambda f: f.pick(["web", "email", "whatsapp", "line"])),
                "via_email": G(lambda f: f"help@{DOMAIN[f.region]}"),
            },
            "requester": {
                "id": G(lambda f: f.r.randint(10**9, 10**10)),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "assignee": {
                "id": G(lambda f: f.r.randint(10**9, 10**10)),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.work_email(), "email"),
                "group": G(lambda f: f.pick(["Orders", "Clinical", "Payments"])),
            },
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ("web", "swift"),
        ALL,
        "/help",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": G(
                lambda f: f.by(
                    uk=lambda f: f.pick(
                        [
                            "Do you have the Harper in tortoiseshell?",
                            "How long do varifocals take?",
                            "Is the eye test free?",
                        ]
                    ),
                    br=lambda f: f.pick(["Vocês aceitam Pix?", "Quanto tempo demora a entrega?"]),
                    jp=lambda f: f.pick(["納期はどのくらいですか?", "店舗で受け取れますか?"]),
                )
            ),
            "sender_role": G(lambda f: f.pick(["customer", "bot"])),
            "message_length": G(lambda f: f.r.randint(8, 240)),
            "attachments": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Call Completed",
        ("analytics-node",),
        UK + BR,
        "",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(
                lambda f: (
                    "AC" + f.pick(["3f1c0e9b2a7d4c5e8f6a1b2c3d4e5f60", "9b2a7d4c5e8f6a1b2c3d4e5f603f1c0e"])
                )
            ),
            "From": Y(lambda f: f.e164(), "phone", True),
            "To": G(
                lambda f: f.by(
                    uk=lambda f: f.pick(["+442079460321", "+441614960772", "+441134960519"]),
                    br=lambda f: f.pick(["+551130402210", "+552125487730", "+553132614400"]),
                )
            ),
            "CallerCity": Y(lambda f: f.city().upper(), "city"),
            "CallerCountry": G(lambda f: COUNTRY[f.region]),
            "Direction": G(lambda f: f.pick(["inbound", "outbound-api"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ("analytics-python", "analytics-ruby"),
        UK + BR,
        "",
        {
            "booking_id": G(lambda f: "bk_" + f.alnum(10)),
            "first_name": Y(lambda f: f.first(), "name"),
            "recipient_phone": Y(lambda f: f.e164(), "phone"),
            **store_fields(),
            "appointment_time": G(lambda f: f.iso()),
            "template": G(lambda f: f.pick(["reminder_24h", "reminder_2h", "lembrete_24h"])),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "reply_to": G(lambda f: f"bookings@{DOMAIN[f.region]}"),
        },
    ),
    (
        "track",
        "Staff Patient Search",
        ("swift",),
        UK + JP,
        "",
        {
            "q": Y(lambda f: f.pick([f.last(), f.phone(), f.email()]), "name|phone|email", True),
            "search_mode": G(lambda f: f.pick(["surname", "phone", "email", "any"])),
            "results": G(lambda f: f.r.randint(0, 12)),
            **store_fields(),
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ("web",),
        UK + BR,
        "/gift-cards",
        {
            "gift_card_id": G(lambda f: "gc_" + f.alnum(12)),
            "amount": G(lambda f: f.pick([25, 50, 100, 150])),
            "currency": G(lambda f: CURRENCY[f.region]),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "sender_name": Y(lambda f: f.first(), "name"),
            "message": Y(
                lambda f: (
                    f.pick(["Happy birthday ", "Feliz aniversário, ", "Merry Christmas "]) + f.first() + "!"
                ),
                "name",
                True,
            ),
            "delivery_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Newsletter Form Submitted",
        ("web",),
        ALL,
        "/",
        {
            "form_id": G(lambda f: f.pick(["footer_newsletter", "exit_intent", "blog_sidebar"])),
            "value": Y(lambda f: f.email(), "email", True),
            "list": G(lambda f: f.pick(["weekly", "offers", "eye_health"])),
            "double_opt_in": G(lambda f: True),
        },
    ),
    # -- optometrist portal and locums -------------------------------------------------------------
    (
        "group",
        None,
        ("web",),
        UK + BR,
        "/portal",
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Vistara Leeds Trinity",
                        "Vistara Paulista",
                        "Harris & Okafor Opticians",
                        "Ótica Visão Clara",
                        "Vistara Glasgow Buchanan St",
                    ]
                )
            ),
            "industry": G(lambda f: "Optometry"),
            "employees": G(lambda f: f.r.randint(3, 40)),
            "plan": G(lambda f: f.pick(["franchise", "partner", "owned"])),
            "website": G(lambda f: f"https://{DOMAIN[f.region]}/stores/{f.r.randint(1, 300)}"),
            "practice_code": G(lambda f: f.pick(["P1042", "P1107", "P2210", "B0031"])),
            "nhs_contract": G(lambda f: f.region == "uk" and f.pick([True, False])),
            "practice_phone": G(lambda f: f.pick(STORES[f.region])[2]),
            "practice_email": G(lambda f: f"store{f.r.randint(10, 99)}@{DOMAIN[f.region]}"),
            "practice_address": G(lambda f: f.pick(STORES[f.region])[3]),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ("web",),
        UK,
        "/portal",
        {
            "email": Y(lambda f: f.work_email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "title": G(
                lambda f: f.pick(["Optometrist", "Dispensing Optician", "Store Manager", "Optical Assistant"])
            ),
            "goc_number": Y(lambda f: f"01-{f.r.randint(10000, 39999)}", "license"),
            "role": G(lambda f: f.pick(["clinician", "manager", "assistant"])),
            "is_locum": G(lambda f: f.pick([True, False])),
            "practice_id": G(lambda f: f.pick(["P1042", "P1107", "P2210"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Locum Shift Accepted",
        ("analytics-python",),
        UK,
        "",
        {
            "shift_id": G(lambda f: "sh_" + f.digits(6)),
            "practice_code": G(lambda f: f.pick(["P1042", "P1107", "P2210"])),
            "shift_date": G(lambda f: f.date(2024, 2025)),
            "day_rate": Y(lambda f: f.pick([280, 300, 325, 350, 400]), "salary"),
            "hourly_rate": Y(lambda f: f.pick([36.5, 40.0, 42.5, 45.0]), "salary"),
            "mileage_allowance": G(lambda f: f.pick([0, 0.45])),
            "locum": {
                "id": G(lambda f: "lc_" + f.digits(5)),
                "name": Y(lambda f: f.full_name(), "name"),
                "goc_number": Y(lambda f: f"01-{f.r.randint(10000, 39999)}", "license"),
                "mobile": Y(lambda f: f.phone(), "phone"),
            },
            "tests_booked": G(lambda f: f.r.randint(4, 16)),
        },
    ),
    (
        "track",
        "Locum Onboarding Completed",
        ("analytics-java",),
        UK,
        "",
        {
            "locumId": G(lambda f: "lc_" + f.digits(5)),
            "rightToWorkInUk": RED(lambda f: f.pick([True, False]), "visa"),
            "requiresVisaSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "nationalInsuranceNumber": RED(lambda f: f.nino(), "national id"),
            "bankSortCode": G(lambda f: f.pick(["20-00-00", "40-47-84", "60-16-13", "30-99-50"])),
            "bankAccountNumber": RED(lambda f: f"{f.r.randint(0, 99999999):08d}", "bank account"),
            "accountHolderName": Y(lambda f: f.full_name(), "name"),
            "indemnityInsurer": G(lambda f: f.pick(["AOP", "FODO", "Hiscox"])),
            "indemnityPolicyNumber": Y(lambda f: "AOP" + f.digits(7), "identification"),
            "dbsCertificateNumber": Y(lambda f: f"{f.r.randint(0, 10**12 - 1):012d}", "certificate"),
            "emergencyContact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["Partner", "Mother", "Friend", "Brother"])),
            },
            "yearsQualified": G(lambda f: f.r.randint(1, 35)),
            "employer": G(lambda f: f.pick(["Self-employed", "Boots", "Specsavers", "Vision Express"])),
        },
    ),
    (
        "track",
        "repair-requested",
        ("analytics-php",),
        UK,
        "",
        {
            "repair-id": G(lambda f: "RP" + f.digits(6)),
            "frame-model": G(lambda f: f.pick(FRAMES)[0]),
            "damage-type": G(
                lambda f: f.pick(["snapped-temple", "loose-hinge", "scratched-lens", "nose-pad"])
            ),
            "customer-name": Y(lambda f: f.full_name(), "name"),
            "contact-number": Y(lambda f: f.phone(), "phone"),
            "collect-from-store": G(lambda f: f.pick([True, False])),
            "store-postcode": G(lambda f: f.pick(["W1C 1DB", "M4 3AQ", "LS1 5AT", "G1 2JW"])),
            "under-warranty": G(lambda f: f.pick([True, False])),
            "drop-off-date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    # -- warehouse and ad platforms ----------------------------------------------------------------
    (
        "identify",
        None,
        ("analytics-java",),
        UK + BR,
        "",
        {
            "CUSTOMER_ID": G(lambda f: f.r.randint(100000, 9999999)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "HOME_POSTCODE": Y(lambda f: f.zip(), "zipcode"),
            "LIFETIME_VALUE": G(lambda f: f.money(0, 3000)),
            "ORDERS_COUNT": G(lambda f: f.r.randint(0, 20)),
            "LAST_ORDER_DATE": G(lambda f: f.date(2020, 2024)),
            "RX_EXPIRY_DATE": G(lambda f: f.date(2024, 2026)),
            "LOYALTY_TIER": G(lambda f: f.pick(["BRONZE", "SILVER", "GOLD"])),
            "PREFERRED_STORE": G(lambda f: f.pick(STORES[f.region])[1]),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "IS_NHS_ELIGIBLE": G(lambda f: f.pick([True, False])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
        },
    ),
    (
        "track",
        "Purchase",
        ("analytics-node",),
        ALL,
        "",
        {
            "event_id": G(lambda f: f.uuid()),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "action_source": G(lambda f: f.pick(["website", "app", "physical_store"])),
            "user_data": {
                "em": Many(Y(lambda f: f.hexid(64), "email"), 1),
                "ph": Many(Y(lambda f: f.hexid(64), "phone"), 1),
                "ct": Y(lambda f: f.hexid(64), "city"),
                "zp": Y(lambda f: f.hexid(64), "zipcode"),
                "external_id": G(lambda f: f.hexid(64)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.alnum(40)}", "advertising id"), 0.5),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
            },
            "custom_data": {
                "currency": G(lambda f: CURRENCY[f.region]),
                "value": G(lambda f: f.price()),
                "content_ids": Many(G(lambda f: "frm_" + f.digits(6)), 3),
                "content_type": G(lambda f: "product"),
            },
        },
    ),
    (
        "track",
        "Offline Conversion Uploaded",
        ("analytics-python",),
        UK + BR,
        "",
        {
            "gclid": Y(lambda f: "Cj0KCQjw" + f.alnum(60) + "_BwE", "advertising id"),
            "conversion_action": G(
                lambda f: f.pick(["customers/123/conversionActions/456", "eye_test_attended"])
            ),
            "conversion_value": G(lambda f: f.price()),
            "conversion_date_time": G(lambda f: f.iso()),
            "order_id": G(lambda f: f"VST-{f.region.upper()}-" + f.digits(7)),
            "hashed_email": Y(lambda f: f.hexid(64), "email"),
            "hashed_phone_number": Opt(Y(lambda f: f.hexid(64), "phone"), 0.6),
            "consent_ad_user_data": G(lambda f: f.pick(["GRANTED", "DENIED"])),
        },
    ),
    (
        "track",
        "Store Locator Searched",
        ("web", "swift", "kotlin"),
        ALL,
        "/stores",
        {
            "search_text": G(
                lambda f: f.by(
                    uk=lambda f: f.pick(["Leeds", "Oxford Street", "Glasgow", "Manchester"]),
                    br=lambda f: f.pick(["Paulista", "Copacabana", "BH"]),
                    jp=lambda f: f.pick(["渋谷", "梅田", "天神"]),
                )
            ),
            "used_current_location": G(lambda f: f.pick([True, False])),
            "user_latitude": Opt(
                Y(lambda f: round(f.by(uk=53.8, br=-22.9, jp=34.7) + f.r.uniform(-1, 1), 5), "geolocation"),
                0.5,
            ),
            "user_longitude": Opt(
                Y(lambda f: round(f.by(uk=-1.55, br=-43.2, jp=135.5) + f.r.uniform(-1, 1), 5), "geolocation"),
                0.5,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "nearest_store_id": G(lambda f: f.pick(STORES[f.region])[0]),
            "nearest_store_distance_km": G(lambda f: f.money(0, 40)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ("web", "swift", "kotlin"),
        ALL,
        "/refer",
        {
            "referral_code": G(lambda f: "VIS-" + f.alnum(6).upper()),
            "referee_email": Y(lambda f: f.email(), "email"),
            "referee_first_name": Opt(Y(lambda f: f.first(), "name"), 0.6),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "line", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([10, 15, 50, 1000])),
            "referrals_sent_total": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Home Try-On Kit Ordered",
        ("web",),
        UK,
        "/home-try-on",
        {
            "kit_id": G(lambda f: "kit_" + f.digits(6)),
            "frames": Many(
                {
                    "product_id": G(lambda f: "frm_" + f.digits(6)),
                    "sku": G(
                        lambda f: f"VST-{f.pick(['HAR', 'ELL', 'AUD', 'MAR'])}-{f.r.randint(48, 56)}-TRT"
                    ),
                    "name": G(lambda f: f.pick(FRAMES[:6])[0]),
                    "variant": G(lambda f: f.pick(COLOURS)),
                },
                5,
            ),
            "deliver_to": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "address_line_1": Y(lambda f: f.street(), "address|street"),
                "address_line_2": Opt(Y(lambda f: f.line2(), "address|street"), 0.4),
                "town": Y(lambda f: f.city(), "city"),
                "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "return_by": G(lambda f: f.date(2024, 2025)),
            "kit_fee": G(lambda f: f.pick([0, 1.0])),
            "kits_ordered_before": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Frame Fit Quiz Completed",
        ("web", "rn"),
        ALL,
        "/quiz",
        {
            "quiz_id": G(lambda f: f.uuid()),
            "face_shape": G(lambda f: f.pick(["oval", "round", "square", "heart"])),
            "style_preferences": Many(G(lambda f: f.pick(["classic", "bold", "minimal", "vintage"])), 3),
            "budget": G(lambda f: f.pick(["under_100", "100_200", "200_plus"])),
            "age_range": G(lambda f: f.pick(["under_18", "18_34", "35_54", "55_plus"])),
            "current_frame_width": G(lambda f: f.pick(["narrow", "medium", "wide", "unknown"])),
            "recommended_product_ids": Many(G(lambda f: "frm_" + f.digits(6)), 4),
            "questions_skipped": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Consent Updated",
        ("web",),
        ALL,
        "/",
        {
            "categories": Many(
                G(lambda f: f.pick(["necessary", "analytics", "advertising", "functional"])), 4
            ),
            "gpc": G(lambda f: f.pick([True, False])),
            "banner_version": G(lambda f: f.pick(["v3.2", "v3.3"])),
            "consent_id": G(lambda f: f.uuid()),
        },
    ),
]

SERVER = {
    "analytics-python",
    "analytics-node",
    "analytics-go",
    "analytics-java",
    "analytics-ruby",
    "analytics-php",
    "analytics-csharp",
}


def message(
    f: EyeFake, kind: str, name: str | None, client: str, page: str, body: dict, labels: dict
) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client not in ("analytics-csharp",) else f.uuid().upper(),
        "timestamp": f.iso(),
        "userId": "usr_" + f.digits(8),
    }
    if client not in SERVER or f.r.random() < 0.2:
        msg["anonymousId"] = f.uuid()
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = f.pick(["P1042", "P1107", "P2210", "B0031"])
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId", f.uuid())
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(f, client, page or "/"), f, "context", labels)
    if client in SERVER:
        msg["context"].pop("page", None)
    return msg


def build(seed: int, repeats: int):
    f = EyeFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, regions, page, body in EVENTS:
            f.region = f.pick(regions)
            client = f.pick(clients)
            events.append(message(f, kind, name, client, page, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=222, repeats=34)
    write(Path(__file__).parent, "holdout222_", events, labels)
