"""Writes holdout309: tests/corpus/holdout309_events.jsonl and holdout309_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels; nothing here was tuned to the engine and the corpus was not scored by its
author. Only build.py / fake.py (helpers) and build_holdout3.py (format) were read.

Domain: a tattoo, piercing and laser tattoo-removal studio booking platform in the UK, Brazil and
Japan. Client profiles with age and identity checks; consultations with design references and
placement photos; bookings, deposits (Stripe-shaped), Brazilian payments (Pix, boleto, cards in
installments) and Japanese bookings; consent forms with medical questions (pregnancy, blood
thinners, skin conditions, allergies, Fitzpatrick skin type), a Typeform-shaped questionnaire;
aftercare check-ins with healing photos and Twilio-shaped SMS reminders; artists' onboarding,
portfolios and commission statements (.NET PascalCase, Portuguese and Japanese payouts); gift
vouchers; reviews; an aftercare shop (Segment e-commerce spec); Meta CAPI and SendGrid and
Aircall-shaped vendor payloads; a warehouse reverse-ETL identify in SCREAMING_SNAKE; kebab-case
keys from a booking widget; Brazilian Portuguese and Japanese keys beside English.
Clients: analytics.js, analytics-swift, analytics-kotlin, the classic analytics-android,
analytics-react-native, flutter, and the python / node / go / java / ruby / php / .NET server
libraries, with their `context` blocks (ip, traits, device, app, library, locale, userAgent,
campaign, location, externalIds); some context keys are sent only by some events (optional).

Conventions: paths are flattened from the message root as `properties.a.b`, arrays as `[]`.
Each leaf path carries classification, type (a reference matcher name, or bank account,
geolocation, secret, national id, health id, advertising id, credit card, token; `a|b` when either
name is fair) and value_only (the key is neutral or generic and only the value reveals the PII).

Labelling rules (the Privacy Portal's default colours):
- PII: personal data about a natural person (the client, a gift recipient, an emergency contact,
  a guardian, an invitee, an artist or a receptionist): names, handles, e-mail, phone, the
  person's own address / postcode / city / precise location, birth dates, government and identity
  document numbers, bank accounts and Pix keys, full card numbers, health (pregnancy, medication,
  skin conditions, allergies, blood type, symptoms of a healing wound, pain scores, vaccination),
  credentials, IP addresses, advertising and ad-click ids, photos of the person's own body
  (placement, healing, selfie, ID scans). Colour: the reference matcher's default; red for
  credentials/secrets, cards, bank accounts, government ids and health ids.
- Green: ids we issue (booking, order, artist, studio, check, Stripe intent and customer ids),
  member / loyalty numbers, versions, timestamps, UUIDs, hashes of non-personal values (Meta's
  hashed country, a hashed user id), amounts, enums, counters, booleans under PII-sounding keys
  (`idVerified`, `over_18_confirmed`), ages and age bands, job titles and employers, studios'
  own names / phones / role mailboxes / addresses, product names, pets and their names, searched
  places, country / state / prefecture, locale, timezone, currency, user agents, OS device ids,
  card brand / last four / expiry, sort codes and bank branch (agência) numbers, document expiry
  dates, body placement of a tattoo ("left forearm"), design reference images and artists'
  published portfolio images (public work samples, not the client's own submitted photos).
- Published policy applied: hourly rates, commission payouts and an artist's commission rate are
  pay (`salary`, yellow); ad click ids gclid / fbp / fbc are `advertising id` (yellow); shipping
  and billing addresses are `address` (yellow); a Stripe `pm_` id, one-time codes and sign-in
  tokens are red `token`; NHS and Cartão SUS numbers are red `health id`; identity document
  numbers (passport, national id, CPF, RG, NI number, a driving licence used for an ID check) are
  red `national id|passport|license`; right-to-work and visa sponsorship answers are red `visa`;
  Places session tokens and appAccountTokens (UUIDs) and e-mail Message-IDs are green.
- Special categories: a boolean or enum that reveals health about the person (is pregnant, takes
  blood thinners, keloid-prone, a Fitzpatrick skin type recorded in a laser consent, hepatitis B
  vaccinated) is yellow `condition` / `medication` / `allergy`; needing wheelchair access is red
  `disability`; a veterans' discount flag is red `veteran`.
- Calls made here where the policy is silent (what a careful privacy owner would want flagged):
  a Pix key (CPF, e-mail, phone or random EVP UUID) identifies a bank account: red `bank account`;
  a gift voucher's redemption code is a bearer secret the recipient holds: red `secret|token`;
  a hashed e-mail or phone sent to an ad platform is still that person's `email` / `phone`
  (yellow, not value_only: the vendor's key names it); an APNs push token is red `token`;
  Typeform answers to medical questions are health data (yellow, value_only: the key is the
  generic `boolean` / `text`); a practitioner's council skin-piercing licence number is yellow
  `certificate|license`.
- Free text is labelled by what every one of its values carries (each generator's templates all
  carry the same kind of PII), green when none does; a value_only PII path holds that PII in
  every value.
"""

import hashlib
import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people, places and things --------------------------------------------------------------------

UK_FIRST = [
    "Olivia",
    "Amelia",
    "Callum",
    "Rhys",
    "Siobhan",
    "Aisha",
    "Hamza",
    "Priya",
    "Chidi",
    "Tomasz",
    "Freya",
    "Oisín",
    "Zainab",
    "Kieran",
    "Niamh",
    "Ewan",
    "Leah",
    "Jamal",
    "Gwen",
    "Ravi",
]
UK_LAST = [
    "Hughes",
    "MacLeod",
    "Rahman",
    "Byrne",
    "Patel",
    "Okeke",
    "Nowak",
    "Evans",
    "Khan",
    "Campbell",
    "Williams",
    "O'Connor",
    "Ahmed",
    "Clarke",
    "Begum",
    "Davies",
    "Adeyemi",
    "Fraser",
    "Lewandowska",
]
BR_FIRST = [
    "João Pedro",
    "Ana Beatriz",
    "Thiago",
    "Larissa",
    "Matheus",
    "Gabriela",
    "Rafael",
    "Luana",
    "Vitória",
    "Gustavo",
    "Maria Eduarda",
    "Enzo",
    "Yasmin",
    "Caio",
    "Letícia",
    "Kauã",
    "Bruna",
]
BR_LAST = [
    "Oliveira",
    "Souza",
    "Ferreira",
    "Costa",
    "Lima",
    "Rocha",
    "Nascimento dos Santos",
    "Pereira",
    "Almeida",
    "Ribeiro",
    "Carvalho",
    "Gomes",
    "Martins",
    "Araújo",
    "Yamamoto",
    "Haddad",
    "Conceição",
]
OTHER_NAMES = [
    ("Mateo", "García"),
    ("Fatima Zahra", "El Amrani"),
    ("Lukas", "Becker"),
    ("Sofia", "Rossi"),
    ("Lan", "Nguyen"),
    ("Min-jun", "Kim"),
    ("Arjun", "Mehta"),
    ("Emeka", "Nwosu"),
    ("Ingrid", "Johansson"),
    ("Chloé", "Martin"),
    ("Diego", "Fernández"),
    ("Aroha", "Ngata"),
]
JP_FAMILY = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"),
    ("松本", "マツモト", "Matsumoto"),
]
JP_GIVEN = [
    ("美咲", "ミサキ", "Misaki"),
    ("健太", "ケンタ", "Kenta"),
    ("陽菜", "ヒナ", "Hina"),
    ("蓮", "レン", "Ren"),
    ("さくら", "サクラ", "Sakura"),
    ("大翔", "ヒロト", "Hiroto"),
    ("結衣", "ユイ", "Yui"),
    ("翔太", "ショウタ", "Shota"),
    ("愛", "アイ", "Ai"),
    ("悠真", "ユウマ", "Yuma"),
    ("七海", "ナナミ", "Nanami"),
    ("拓海", "タクミ", "Takumi"),
]
ARTISTS = [
    "Mara Okonkwo",
    "Ellis Thorne",
    "Dani Kowalczyk",
    "Bia Carvalho",
    "Rosa Amaral",
    "Tiago Meireles",
    "Jun Takeda",
    "Kaito Mori",
    "Sienna Walsh",
    "Yuna Ishikawa",
    "Felipe Duarte",
    "Harriet Boateng",
]
ARTIST_JP = ["武田 純", "森 海斗", "石川 由奈", "大野 蒼"]
STUDIOS = [
    {
        "id": "st_ldn_01",
        "name": "Inkhouse Shoreditch",
        "city": "London",
        "country": "GB",
        "phone": "020 7946 0321",
        "email": "hello@inkhouse.example.co.uk",
        "address": "112 Curtain Road, London EC2A 3AH",
    },
    {
        "id": "st_mcr_02",
        "name": "Black Lotus Tattoo Manchester",
        "city": "Manchester",
        "country": "GB",
        "phone": "0161 496 0874",
        "email": "bookings@blacklotus.example.co.uk",
        "address": "41 Oldham Street, Manchester M1 1JG",
    },
    {
        "id": "st_brs_03",
        "name": "Needle & Rose Bristol",
        "city": "Bristol",
        "country": "GB",
        "phone": "0117 496 0512",
        "email": "studio@needleandrose.example.co.uk",
        "address": "9 Stokes Croft, Bristol BS1 3PL",
    },
    {
        "id": "st_sp_01",
        "name": "Estúdio Tinta Viva",
        "city": "São Paulo",
        "country": "BR",
        "phone": "(11) 3064-2211",
        "email": "contato@tintaviva.example.com.br",
        "address": "Rua Augusta, 2690 - Jardins, São Paulo - SP, 01412-100",
    },
    {
        "id": "st_rj_02",
        "name": "Casa Agulha Botafogo",
        "city": "Rio de Janeiro",
        "country": "BR",
        "phone": "(21) 2543-7788",
        "email": "agenda@casaagulha.example.com.br",
        "address": "Rua Voluntários da Pátria, 190 - Botafogo, Rio de Janeiro - RJ, 22270-010",
    },
    {
        "id": "st_tyo_01",
        "name": "墨 Sumi Studio 渋谷",
        "city": "Tokyo",
        "country": "JP",
        "phone": "03-5468-1290",
        "email": "info@sumi-studio.example.jp",
        "address": "東京都渋谷区神南1-12-16 ウィンド渋谷3F",
    },
    {
        "id": "st_osa_02",
        "name": "Irezumi Lab 心斎橋",
        "city": "Osaka",
        "country": "JP",
        "phone": "06-6211-4455",
        "email": "reserve@irezumilab.example.jp",
        "address": "大阪府大阪市中央区西心斎橋2-10-5 4F",
    },
]
STYLES = [
    "fine line",
    "blackwork",
    "neo-traditional",
    "japanese",
    "realism",
    "botanical",
    "lettering",
    "dotwork",
]
PLACEMENTS = [
    "left forearm",
    "right forearm",
    "upper arm",
    "ribs",
    "sternum",
    "thigh",
    "calf",
    "ankle",
    "behind ear",
    "back piece",
    "wrist",
    "shoulder blade",
]
PIERCINGS = ["helix", "conch", "septum", "nostril", "daith", "tragus", "industrial", "navel", "lobe"]
SHOP = [
    ("Hustle Butter Deluxe 150ml", "Hustle Butter", "Aftercare", 14.99),
    ("Bepanthen Tattoo Ointment 30g", "Bepanthen", "Aftercare", 6.49),
    ("Saniderm Roll 15cm x 2m", "Saniderm", "Aftercare", 18.00),
    ("NeilMed Piercing Aftercare Spray", "NeilMed", "Piercing Care", 9.95),
    ("Titanium Labret 1.2mm Flat Disc", "Inkhouse", "Jewellery", 24.00),
    ("14k Gold Clicker Ring 8mm", "Inkhouse", "Jewellery", 89.00),
    ("Gift Voucher Card", "Inkhouse", "Gifts", 50.00),
    ("Tattoo Sunscreen SPF50", "Mad Rabbit", "Aftercare", 12.50),
]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
]
UK_STREETS = [
    "Acre Lane",
    "Kingsland Road",
    "Deansgate",
    "Gloucester Road",
    "Leith Walk",
    "Bold Street",
    "Cowley Road",
    "Mill Lane",
    "Victoria Avenue",
    "Church Street",
    "Albert Road",
]
UK_TOWNS = [
    ("London", "SW2"),
    ("London", "E8"),
    ("Manchester", "M4"),
    ("Bristol", "BS6"),
    ("Edinburgh", "EH6"),
    ("Liverpool", "L1"),
    ("Oxford", "OX4"),
    ("Leeds", "LS6"),
    ("Cardiff", "CF24"),
    ("Glasgow", "G12"),
    ("Brighton", "BN1"),
    ("Belfast", "BT7"),
]
BR_STREETS = [
    "Rua Augusta",
    "Av. Paulista",
    "Rua Oscar Freire",
    "Rua dos Pinheiros",
    "Av. Atlântica",
    "Rua Barata Ribeiro",
    "Rua da Bahia",
    "Av. Sete de Setembro",
    "Rua XV de Novembro",
]
BR_TOWNS = [
    ("São Paulo", "SP", "Pinheiros"),
    ("São Paulo", "SP", "Vila Madalena"),
    ("Rio de Janeiro", "RJ", "Copacabana"),
    ("Belo Horizonte", "MG", "Savassi"),
    ("Curitiba", "PR", "Batel"),
    ("Porto Alegre", "RS", "Moinhos de Vento"),
    ("Recife", "PE", "Boa Viagem"),
    ("Salvador", "BA", "Rio Vermelho"),
    ("Florianópolis", "SC", "Centro"),
]
JP_AREAS = [
    ("東京都", "渋谷区", "神宮前"),
    ("東京都", "新宿区", "西新宿"),
    ("東京都", "世田谷区", "三軒茶屋"),
    ("大阪府", "大阪市中央区", "心斎橋筋"),
    ("神奈川県", "横浜市中区", "元町"),
    ("福岡県", "福岡市中央区", "大名"),
    ("京都府", "京都市中京区", "河原町"),
    ("愛知県", "名古屋市中区", "栄"),
]
JP_BUILDINGS = ["", " コーポ山田203号", " メゾン青葉501", " グランシティ1102", " ハイツ桜101"]
GEO = {"GB": (51.515, -0.09), "BR": (-23.56, -46.66), "JP": (35.662, 139.70)}
CITY_GEO = {
    "London": (51.52, -0.08),
    "Manchester": (53.48, -2.24),
    "Bristol": (51.46, -2.59),
    "São Paulo": (-23.56, -46.66),
    "Rio de Janeiro": (-22.95, -43.19),
    "Tokyo": (35.66, 139.70),
    "Osaka": (34.67, 135.50),
}


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class F(Fake):
    """Fake with UK / Brazil / Japan personal data; region is "GB", "BR", "JP" or None (any)."""

    def region(self, region=None):
        return region or self.pick(["GB", "GB", "BR", "JP", "OTHER"])

    def given(self, region=None):
        region = self.region(region)
        if region == "GB":
            return self.pick(UK_FIRST)
        if region == "BR":
            return self.pick(BR_FIRST)
        if region == "JP":
            return self.pick(JP_GIVEN)[2]
        return self.pick(OTHER_NAMES)[0]

    def family(self, region=None):
        region = self.region(region)
        if region == "GB":
            return self.pick(UK_LAST)
        if region == "BR":
            return self.pick(BR_LAST)
        if region == "JP":
            return self.pick(JP_FAMILY)[2]
        return self.pick(OTHER_NAMES)[1]

    def name(self, region=None):
        region = self.region(region)
        if region == "OTHER":
            first, last = self.pick(OTHER_NAMES)
            return f"{first} {last}"
        if region == "BR" and self.r.random() < 0.4:
            return f"{self.given('BR')} {self.family('BR')} {self.family('BR')}"
        if region == "JP" and self.r.random() < 0.3:
            return f"{self.family('JP').upper()} {self.given('JP')}"
        return f"{self.given(region)} {self.family(region)}"

    def jp_kanji(self):
        return f"{self.pick(JP_FAMILY)[0]} {self.pick(JP_GIVEN)[0]}"

    def jp_kana(self):
        return f"{self.pick(JP_FAMILY)[1]} {self.pick(JP_GIVEN)[1]}"

    def any_name(self):
        return self.jp_kanji() if self.r.random() < 0.12 else self.name()

    def handle(self):
        base = ascii_fold(self.given()).lower().replace(" ", "")
        return (
            "@"
            + base
            + self.pick([".ink", "_tattoo", "", ".x", "__"])
            + self.pick(["", str(self.r.randint(1, 99))])
        )

    def email(self, region=None):
        region = self.region(region)
        first = ascii_fold(self.given(region)).lower().replace(" ", "").replace("'", "")
        last = ascii_fold(self.family(region)).lower().replace(" ", "").replace("'", "")
        domains = {
            "GB": [
                "gmail.com",
                "hotmail.co.uk",
                "outlook.com",
                "icloud.com",
                "btinternet.com",
                "yahoo.co.uk",
            ],
            "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.com", "yahoo.com.br"],
            "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"],
            "OTHER": ["gmail.com", "proton.me", "outlook.com", "web.de", "yahoo.com"],
        }[region]
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}",
                f"{first}_{last}{self.r.randint(1, 99)}",
                f"{last}.{first}",
                f"{first}{self.r.randint(80, 2005)}",
            ]
        )
        return f"{local}@{self.pick(domains)}"

    def mobile(self, region=None):
        region = self.region(region)
        d = self.digits
        if region == "GB":
            n = "7" + str(self.r.randint(400, 999)) + d(6)
            return self.pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])
        if region == "BR":
            ddd = self.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "48"])
            n = "9" + d(8)
            return self.pick(
                [f"+55 {ddd} {n[:5]}-{n[5:]}", f"({ddd}) {n[:5]}-{n[5:]}", f"55{ddd}{n}", f"{ddd}{n}"]
            )
        if region == "JP":
            pre = self.pick(["090", "080", "070"])
            a, b = d(4), d(4)
            return self.pick(
                [f"{pre}-{a}-{b}", f"+81 {pre[1:]}-{a}-{b}", f"+81{pre[1:]}{a}{b}", f"{pre}{a}{b}"]
            )
        return self.pick(
            [
                f"+1 {self.r.randint(201, 989)} {self.r.randint(200, 999)} {d(4)}",
                f"+353 8{self.r.randint(3, 9)} {d(3)} {d(4)}",
                f"+49 15{self.r.randint(1, 9)} {d(8)}",
                f"+61 4{d(2)} {d(3)} {d(3)}",
                f"+234 80{self.r.randint(2, 9)} {d(3)} {d(4)}",
            ]
        )

    def uk_postcode(self, outward=None):
        outward = outward or self.pick(UK_TOWNS)[1]
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{outward} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def cep(self):
        return f"{self.r.randint(1000, 99999):05d}-{self.r.randint(0, 999):03d}"

    def jp_zip(self):
        return f"{self.r.randint(100, 999)}-{self.r.randint(0, 9999):04d}"

    def postcode(self, region=None):
        region = self.region(region)
        if region == "BR":
            return self.cep()
        if region == "JP":
            return self.jp_zip()
        if region == "GB":
            return self.uk_postcode()
        return self.pick([f"{self.r.randint(10000, 99999)}", f"D0{self.r.randint(1, 8)} X{self.digits(3)}"])

    def town(self, region=None):
        region = self.region(region)
        if region == "BR":
            return self.pick(BR_TOWNS)[0]
        if region == "JP":
            return self.pick(["Tokyo", "Osaka", "Yokohama", "Fukuoka", "Kyoto", "Nagoya", "Sapporo"])
        if region == "GB":
            return self.pick(UK_TOWNS)[0]
        return self.pick(["Dublin", "Lisbon", "Berlin", "Toronto", "Melbourne", "Lagos", "Madrid"])

    def line1(self, region=None):
        region = self.region(region)
        if region == "BR":
            return f"{self.pick(BR_STREETS)}, {self.r.randint(10, 3200)}"
        if region == "JP":
            area = self.pick(JP_AREAS)[2]
            return f"{area}{self.r.randint(1, 6)}-{self.r.randint(1, 30)}-{self.r.randint(1, 20)}"
        flat = self.pick(["", "", f"Flat {self.r.randint(1, 40)}, "])
        return f"{flat}{self.r.randint(1, 240)} {self.pick(UK_STREETS)}"

    def address(self, region=None):
        region = self.region(region)
        if region == "BR":
            city, uf, bairro = self.pick(BR_TOWNS)
            comp = self.pick(["", ", apto 42", ", apto 1203", ", casa 2", ", bloco B ap 31"])
            street = f"{self.pick(BR_STREETS)}, {self.r.randint(10, 3200)}{comp}"
            return f"{street} - {bairro}, {city} - {uf}, {self.cep()}"
        if region == "JP":
            pref, city, area = self.pick(JP_AREAS)
            n = f"{self.r.randint(1, 6)}-{self.r.randint(1, 30)}-{self.r.randint(1, 20)}"
            return f"〒{self.jp_zip()} {pref}{city}{area}{n}{self.pick(JP_BUILDINGS)}"
        town, out = self.pick(UK_TOWNS)
        return f"{self.line1('GB')}, {town} {self.uk_postcode(out)}"

    def geo(self, region=None):
        lat, lon = GEO[self.pick(list(GEO)) if region is None else region]
        return round(lat + self.r.uniform(-0.08, 0.08), 6), round(lon + self.r.uniform(-0.12, 0.12), 6)

    def lat_of(self, region=None):
        return self.geo(region)[0]

    def lon_of(self, region=None):
        return self.geo(region)[1]

    def ipv4(self):
        while True:
            a, b = self.r.randint(1, 223), self.r.randint(0, 255)
            private = a in (0, 10, 127) or (a == 172 and 16 <= b <= 31) or (a, b) in ((192, 168), (169, 254))
            if not private and not (a == 100 and 64 <= b <= 127):
                return f"{a}.{b}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ip(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def dob(self, lo=1962, hi=2006):
        return self.date(lo, hi)

    # -- identifiers with real checksums ---------------------------------------------------------

    def cpf(self, formatted=None):
        base = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            total = sum(d * w for d, w in zip(base, range(n, 1, -1), strict=False))
            base.append(0 if total % 11 < 2 else 11 - total % 11)
        s = "".join(map(str, base))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s

    def rg_sp(self):
        digits = [self.r.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(2, 10), strict=True))
        check = total % 11
        s = "".join(map(str, digits))
        return f"{s[:2]}.{s[2:5]}.{s[5:]}-{'X' if check == 10 else check}"

    def nhs(self):
        while True:
            digits = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, digits)) + str(check)
                return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s])

    def cns(self):
        """A definitive Cartão Nacional de Saúde number (starts 1 or 2, mod-11 rule)."""
        while True:
            pis = str(self.r.randint(1, 2)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
            total = sum(int(c) * (15 - i) for i, c in enumerate(pis))
            dv = 11 - total % 11
            dv = 0 if dv == 11 else dv
            if dv == 10:
                total += 2
                dv = 11 - total % 11
                s = pis + "001" + str(dv)
            else:
                s = pis + "000" + str(dv)
            if len(s) == 15:
                return self.pick([f"{s[:3]} {s[3:7]} {s[7:11]} {s[11:]}", s])

    def nino(self):
        bad_first, bad_second = set("DFIQUV"), set("DFIQUVO")
        while True:
            a = self.pick(string.ascii_uppercase)
            b = self.pick(string.ascii_uppercase)
            if a in bad_first or b in bad_second or a + b in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                continue
            n = self.digits(6)
            suffix = self.pick("ABCD")
            return self.pick([f"{a}{b}{n}{suffix}", f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {suffix}"])

    def uk_driving_licence(self):
        surname = "".join(c for c in ascii_fold(self.family("GB")).upper() if c.isalpha())[:5].ljust(5, "9")
        y, m, day = self.r.randint(60, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        m += self.pick([0, 50])
        initials = ascii_fold(self.given("GB"))[0].upper() + self.pick(["9", "J", "A", "M"])
        check = self.pick(string.ascii_uppercase) + self.pick(string.ascii_uppercase)
        return f"{surname}{str(y)[0]}{m:02d}{day:02d}{str(y)[1]}{initials}{self.r.randint(1, 9)}{check}"

    def passport(self, region=None):
        region = self.region(region)
        if region == "BR":
            return self.pick(["FX", "GA", "FZ", "YC"]) + self.digits(6)
        if region == "JP":
            return self.pick(["TK", "TR", "MZ", "TZ"]) + self.digits(7)
        if region == "GB":
            return self.pick(["1", "5", "12", "53"])[:1] + self.digits(8)
        return self.pick(["C", "X", "P", "L"]) + self.pick(["", "0"]) + self.digits(7)

    def id_document(self, region=None):
        region = self.region(region)
        if region == "BR":
            return self.pick([self.cpf(), self.rg_sp(), self.passport("BR")])
        if region == "JP":
            return self.pick([self.digits(12), self.passport("JP")])
        if region == "GB":
            return self.pick([self.uk_driving_licence(), self.passport("GB")])
        return self.passport(region)

    def iban(self, country="GB"):
        if country == "BR":
            bban = self.digits(8) + self.digits(5) + self.digits(10) + self.pick("CP") + self.pick("12")
        elif country == "GB":
            bban = self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + self.digits(6) + self.digits(8)
        elif country == "PT":
            bban = "0" + self.digits(20)
        elif country == "IE":
            bban = self.pick(["AIBK", "BOFI"]) + self.digits(6) + self.digits(8)
        else:
            bban = self.digits(18)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def pix_key(self):
        kind = self.pick(["cpf", "email", "phone", "evp"])
        if kind == "cpf":
            return self.cpf(formatted=False)
        if kind == "email":
            return self.email("BR")
        if kind == "phone":
            return "+55" + self.pick(["11", "21", "31", "41"]) + "9" + self.digits(8)
        return self.uuid()

    def card_number(self, region=None):
        prefix, length = self.pick(
            [
                ("4", 16),
                ("53", 16),
                ("2223", 16),
                ("37", 15),
                ("3528", 16),
                ("3566", 16),
                ("636368", 16),
                ("4389", 16),
                ("606282", 16),
            ]
        )
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        number = self.luhn_complete(body)
        if length == 16 and self.r.random() < 0.5:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def b62(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def iso_tz(self, region=None):
        offset = {"GB": "+01:00", "BR": "-03:00", "JP": "+09:00"}.get(region or "GB", "Z")
        return self.iso()[:19] + offset

    def money_jpy(self):
        return self.r.randrange(5000, 180000, 500)


def studio(field):
    return lambda f: f.pick(STUDIOS)[field]


def artist_name(f):
    return f.pick(ARTISTS)


def date_soon(f):
    return f"2024-{f.r.randint(6, 12):02d}-{f.r.randint(1, 28):02d}"


def slot(f):
    return f"{date_soon(f)}T{f.r.randint(10, 18):02d}:{f.pick(['00', '30'])}:00"


def photo_url(prefix):
    return lambda f: f"https://uploads.inkbook.example/{prefix}/{f.uuid()}.{f.pick(['jpg', 'heic', 'png'])}"


# -- rendering with optional keys -----------------------------------------------------------------


@dataclass
class OneOf:
    """One of several shapes (e.g. a form answer that is either a yes/no or a text answer)."""

    options: list


@dataclass
class Opt:
    """A key sent by only some of the messages (probability p)."""

    item: Any
    p: float = 0.5


def render(t: Any, f: F, path: str, labels: dict) -> Any:
    if isinstance(t, L):
        record_label(labels, path, t)
        return t.gen(f)
    if isinstance(t, OneOf):
        return render(f.pick(t.options), f, path, labels)
    if isinstance(t, Many):
        return [render(t.item, f, path + "[]", labels) for _ in range(f.r.randint(1, t.n))]
    if isinstance(t, dict):
        out = {}
        for key, value in t.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(t))


# -- contexts of the client libraries -------------------------------------------------------------

SITES = {
    "GB": ("https://www.inkbook.example.co.uk", "en-GB", "Europe/London"),
    "BR": ("https://www.inkbook.example.com.br", "pt-BR", "America/Sao_Paulo"),
    "JP": ("https://www.inkbook.example.jp", "ja-JP", "Asia/Tokyo"),
}
PAGES = [
    "/",
    "/artists",
    "/artists/482",
    "/studios",
    "/book",
    "/book/consultation",
    "/shop",
    "/gift-vouchers",
    "/aftercare",
    "/consent/4419",
    "/account",
    "/checkout",
]


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=instagram&utm_medium=social", "?ref=artist_page", "?lang=pt"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Inkbook - Book tattoo & piercing artists",
                        "Checkout | Inkbook",
                        "Gift vouchers | Inkbook",
                        "予約 | Inkbook",
                    ]
                )
            ),
            "url": G(lambda f: f.pick(list(SITES.values()))[0] + f.pick(PAGES)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(
                            lambda f: f.pick(["Chromium", "Google Chrome", "Not/A)Brand", "Microsoft Edge"])
                        ),
                        "version": G(lambda f: f.pick(["126", "125", "8", "24"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
            },
            0.6,
        ),
        "locale": G(lambda f: f.pick(["en-GB", "pt-BR", "ja-JP", "ja", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "America/Sao_Paulo", "Asia/Tokyo"])),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(
                        ["summer_flash_day", "friday13_flash", "gift_voucher_xmas", "laser_launch_tokyo"]
                    )
                ),
                "source": G(lambda f: f.pick(["instagram", "google", "newsletter", "tiktok"])),
                "medium": G(lambda f: f.pick(["social", "cpc", "email"])),
                "term": Opt(
                    G(
                        lambda f: f.pick(
                            [
                                "tattoo studio near me",
                                "fine line tattoo london",
                                "remoção de tatuagem",
                                "タトゥー除去",
                            ]
                        )
                    ),
                    0.5,
                ),
                "content": Opt(G(lambda f: f.pick(["story_ad_1", "carousel_b", "header_link"])), 0.5),
            },
            0.3,
        ),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Inkbook"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["1187", "1192", "1204"])),
            "namespace": G(lambda f: "com.inkbook.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "pt-BR", "ja-JP"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": Opt(
                G(lambda f: f.pick(["EE", "Vodafone UK", "VIVO", "Claro BR", "docomo", "SoftBank"])), 0.6
            ),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "America/Sao_Paulo", "Asia/Tokyo"])),
        "ip": Y(lambda f: f.ip(), "ip"),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Inkbook"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.0"])),
            "build": G(lambda f: f.pick(["40200", "40300"])),
            "namespace": G(lambda f: "com.inkbook.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi", "SHARP"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "moto g84 5G", "2201117TG", "SH-M24"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "bangkk", "spes"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-GB", "pt-BR", "ja-JP"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "America/Sao_Paulo", "Asia/Tokyo"])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S918B", "Pixel 8"])
                + " Build/UQ1A.240205.004)"
            )
        ),
        "ip": Y(lambda f: f.ip(), "ip"),
    }


def android_classic_context():
    """The classic analytics-android 4.x (still in older app builds): sends context.location."""
    return {
        "app": {
            "name": G(lambda f: "Inkbook Studio"),
            "version": G(lambda f: "2.9.4"),
            "build": G(lambda f: "294"),
            "namespace": G(lambda f: "com.inkbook.studio"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: "samsung"),
            "model": G(lambda f: f.pick(["SM-X200", "SM-T505"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-android"), "version": G(lambda f: "4.11.3")},
        "locale": G(lambda f: f.pick(["en-GB", "pt-BR", "ja-JP"])),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.lat_of(), "geolocation"),
                "longitude": Y(lambda f: f.lon_of(), "geolocation"),
                "speed": G(lambda f: 0.0),
            },
            0.7,
        ),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: "11")},
        "screen": {"density": G(lambda f: 2.0), "width": G(lambda f: 1200), "height": G(lambda f: 1920)},
        "timezone": G(lambda f: f.pick(["Europe/London", "America/Sao_Paulo", "Asia/Tokyo"])),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 11; SM-T505 Build/RP1A.200720.012)"),
        "ip": Y(lambda f: f.ip(), "ip"),
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Inkbook Aftercare"),
            "version": G(lambda f: f.pick(["1.8.2", "1.9.0"])),
            "build": G(lambda f: f.pick(["182", "190"])),
            "namespace": G(lambda f: "com.inkbook.aftercare"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-A546B", "Pixel 7a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "pt-BR", "ja-JP"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "America/Sao_Paulo", "Asia/Tokyo"])),
        "traits": Opt(
            {
                "email": Y(lambda f: f.email(), "email"),
                "firstName": Y(lambda f: f.given(), "name"),
                "lastName": Y(lambda f: f.family(), "name"),
                "preferredStudio": G(studio("name")),
            },
            0.7,
        ),
        "ip": Y(lambda f: f.ip(), "ip"),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Inkbook Artist"),
            "version": G(lambda f: f.pick(["0.14.0", "0.15.2"])),
            "build": G(lambda f: f.pick(["140", "152"])),
            "namespace": G(lambda f: "com.inkbook.artist"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPad14,1", "SM-X710"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.5")},
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([820, 1600])), "height": G(lambda f: f.pick([1180, 2560]))},
        "locale": G(lambda f: f.pick(["en-GB", "pt-BR", "ja-JP"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "America/Sao_Paulo", "Asia/Tokyo"])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib):
    name, version = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if lib in ("node", "python", "php", "ruby"):
        ctx["ip"] = Opt(Y(lambda f: f.ip(), "ip"), 0.5)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UAS)), 0.4)
    if lib in ("node", "java", "go"):
        ctx["traits"] = Opt({"email": Y(lambda f: f.email(), "email")}, 0.4)
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.3,
        )
    if lib in ("python", "dotnet"):
        ctx["groupId"] = Opt(G(studio("id")), 0.5)
    return ctx


def context_for(client):
    if client == "web":
        return web_context()
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "android":
        return android_classic_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(client)


# -- shared pieces --------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: "prod_" + f.digits(5)),
        "sku": G(
            lambda f: f.pick(
                [
                    "HB-150",
                    "BEP-30",
                    "SAN-15-2",
                    "NM-SPR-75",
                    "TI-LAB-12",
                    "AU14-CLK-8",
                    "GV-CARD",
                    "MR-SPF50",
                ]
            )
        ),
        "name": G(lambda f: f.pick(SHOP)[0]),
        "brand": G(lambda f: f.pick(SHOP)[1]),
        "category": G(lambda f: f.pick(SHOP)[2]),
        "price": G(lambda f: f.pick(SHOP)[3]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "variant": Opt(G(lambda f: f.pick(["150ml", "Gold", "Silver", "8mm", "10mm"])), 0.5),
        "position": Opt(G(lambda f: f.r.randint(1, 24)), 0.4),
        "url": Opt(G(lambda f: "https://www.inkbook.example.co.uk/shop/p/" + f.digits(4)), 0.4),
        "image_url": Opt(G(lambda f: f"https://cdn.inkbook.example/shop/{f.hexid(10)}.webp"), 0.4),
    }


def lettering(f):
    """Lettering to be tattooed: a loved one's name, often with a date."""
    name = f.pick([f.given(), f.given(), f.jp_kanji().split()[1], f.name()])
    return f.pick(
        [
            name,
            f"{name} {f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1960, 2024)}",
            f"{name} ∞",
            f"In loving memory of {name}",
            f"{name} {f.r.randint(1950, 2023)}-{f.r.randint(2000, 2024)}",
        ]
    )


def aftercare_message(f):
    a = f.pick(ARTISTS).split()[0]
    return f.pick(
        [
            f"Hi {a}, is this much peeling normal on day 5?",
            f"{a} it's healing really well, thank you!!",
            f"Hey {a} - small raised bit near the linework, should I worry?",
            f"Obrigada {a}, tá cicatrizando lindo",
            f"{a}さん、かさぶたが少し気になります",
        ]
    )


def sms_body(f):
    n = f.given()
    return f.pick(
        [
            f"Hi {n}, day 3 of healing: keep washing twice a day and don't pick! Reply STOP to opt out.",
            f"Hi {n}, your appointment with Inkhouse is tomorrow at 14:00. Reply C to confirm.",
            f"Olá {n}! Lembrete: seu horário no Tinta Viva é amanhã às 15h. Responda SIM para confirmar.",
            f"{n}様 明日のご予約の確認です。変更はこのメッセージに返信してください。",
            f"{n}, how's the new piercing? Send us a photo in the app if anything looks off.",
        ]
    )


def gift_message(f):
    to, frm = f.given(), f.given()
    return f.pick(
        [
            f"Happy birthday {to}! Finally get that tattoo x {frm}",
            f"Para {to}, com amor - {frm}",
            f"{to}へ お誕生日おめでとう\uff01 {frm}より",
            f"Merry Christmas {to}, love {frm} & the kids",
            f"{to} - congrats on the new job! From {frm}",
        ]
    )


def review_text(f):
    a = f.pick(ARTISTS).split()[0]
    return f.pick(
        [
            f"{a} was amazing, so patient with my first tattoo.",
            f"Booked with {a} for a fine line piece, healed perfectly.",
            f"{a} é incrível, traço super fino. Recomendo!",
            f"{a}さんの技術が素晴らしかったです。",
            f"Studio spotless and {a} talked me through everything. 10/10",
        ]
    )


def ticket_description(f):
    e = f.email()
    return f.pick(
        [
            f"I can't log in, my account email is {e}",
            f"Please send the receipt to {e} instead",
            f"Voucher never arrived, it was sent to {e}",
            f"Olá, não recebi o comprovante no e-mail {e}",
            f"予約確認メールが届きません。{e} です",
        ]
    )


def booking_note(f):
    p = f.mobile()
    return f.pick(
        [
            f"Client prefers text, use {p}",
            f"Running late - called from {p}",
            f"Mum will pick her up, contact {p}",
            f"Cliente pediu contato pelo WhatsApp {p}",
            f"当日連絡先 {p}",
        ]
    )


def medical_notes(f):
    return f.pick(
        [
            "Eczema flare on left arm last month, now settled",
            "On sertraline 50mg daily",
            "Type 1 diabetic, brought glucose tablets",
            "Psoriasis patches on elbows, avoid area",
            "Takes aspirin 75mg, stopped 3 days ago",
            "Keloid scar on chest from surgery",
            "Mild anaemia, ate before session",
        ]
    )


def medical_answer_text(f):
    return f.pick(
        [
            "Latex",
            "Nickel and chlorhexidine",
            "Warfarin 5mg",
            "Psoriasis on elbows",
            "Penicillin",
            "Apixaban",
            "Vitiligo on hands",
            "Lidocaine",
            "Isotretinoin (stopped 2023)",
            "Hay fever, cetirizine",
        ]
    )


# -- events ---------------------------------------------------------------------------------------
# (call, event or page/screen name, clients, weight, body)

WEB = ["web"]
APP = ["swift", "kotlin"]
SRV_ANY = ["python", "node", "go", "java", "ruby", "php"]

EVENTS: list[tuple[str, str | None, list[str], int, dict]] = [
    # -- identify ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "node"],
        4,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "age": G(lambda f: f.r.randint(18, 62)),
            "pronouns": Opt(
                Y(lambda f: f.pick(["she/her", "he/him", "they/them", "she/they"]), "gender"), 0.5
            ),
            "address": Opt(
                {
                    "line1": Y(lambda f: f.line1("GB"), "address|street"),
                    "city": Y(lambda f: f.town("GB"), "city"),
                    "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
                    "country": G(lambda f: f.pick(["GB", "United Kingdom"])),
                },
                0.5,
            ),
            "instagram": Opt(Y(lambda f: f.handle(), "name"), 0.5),
            "createdAt": G(lambda f: f.iso()),
            "country": G(lambda f: f.pick(["GB", "BR", "JP", "IE"])),
            "preferredLanguage": G(lambda f: f.pick(["en", "pt-BR", "ja"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "idVerified": G(lambda f: f.pick([True, False])),
            "clientTier": G(lambda f: f.pick(["new", "returning", "collector"])),
            "loyaltyNumber": G(lambda f: "INK" + f.digits(8)),
            "tattooCount": G(lambda f: f.r.randint(0, 30)),
            "occupation": Opt(
                G(lambda f: f.pick(["Nurse", "Software Engineer", "Barista", "Teacher", "Chef", "Student"])),
                0.4,
            ),
            "employer": Opt(
                G(
                    lambda f: f.pick(
                        ["NHS Lothian", "Monzo", "Pret A Manger", "Leeds City Council", "Deliveroo"]
                    )
                ),
                0.3,
            ),
            "maritalStatus": Opt(G(lambda f: f.pick(["single", "married", "in a relationship"])), 0.3),
        },
    ),
    (
        "identify",
        None,
        ["php", "java"],
        3,
        {
            "nome_completo": Y(lambda f: f.name("BR"), "name"),
            "email": Y(lambda f: f.email("BR"), "email"),
            "celular": Y(lambda f: f.mobile("BR"), "phone"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "data_nascimento": Y(lambda f: "/".join(reversed(f.dob().split("-"))), "birthdate"),
            "genero": Y(lambda f: f.pick(["feminino", "masculino", "não-binário"]), "gender"),
            "cidade": Y(lambda f: f.town("BR"), "city"),
            "bairro": Y(lambda f: f.pick(BR_TOWNS)[2], "address"),
            "estado": G(lambda f: f.pick(BR_TOWNS)[1]),
            "cep": Y(lambda f: f.cep(), "zipcode"),
            "idade": G(lambda f: f.r.randint(18, 60)),
            "receber_whatsapp": G(lambda f: f.pick([True, False])),
            "cliente_desde": G(lambda f: f.date(2019, 2024)),
            "estudio_preferido": G(studio("name")),
            "numero_fidelidade": G(lambda f: f.digits(9)),
        },
    ),
    (
        "identify",
        None,
        ["ruby", "go"],
        3,
        {
            "氏名": Y(lambda f: f.jp_kanji(), "name"),
            "フリガナ": Y(lambda f: f.jp_kana(), "name"),
            "メールアドレス": Y(lambda f: f.email("JP"), "email"),
            "電話番号": Y(lambda f: f.mobile("JP"), "phone"),
            "生年月日": Y(lambda f: f.dob().replace("-", "/"), "birthdate"),
            "郵便番号": Y(lambda f: f.jp_zip(), "zipcode"),
            "都道府県": G(lambda f: f.pick(JP_AREAS)[0]),
            "住所": Y(lambda f: f.address("JP"), "address"),
            "会員番号": G(lambda f: f.digits(10)),
            "会員ランク": G(lambda f: f.pick(["レギュラー", "シルバー", "ゴールド"])),
            "年齢": G(lambda f: f.r.randint(20, 55)),
            "メルマガ配信": G(lambda f: f.pick([True, False])),
            "登録日": G(lambda f: f.date(2020, 2024)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        3,
        {
            "CLIENT_ID": G(lambda f: f.digits(7)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "PHONE_E164": Y(lambda f: f.mobile().replace(" ", "").replace("-", ""), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
            "LIFETIME_VALUE_GBP": G(lambda f: f.money(50, 4000)),
            "TOTAL_BOOKINGS": G(lambda f: f.r.randint(1, 25)),
            "LAST_BOOKING_AT": G(lambda f: f.iso()),
            "HOME_STUDIO_ID": G(studio("id")),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "MARKETING_CONSENT": G(lambda f: f.pick([True, False])),
            "HOME_POSTCODE": Y(lambda f: f.uk_postcode(), "zipcode"),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    # -- group: studios ---------------------------------------------------------------------------
    (
        "group",
        None,
        ["python", "dotnet"],
        2,
        {
            "name": G(studio("name")),
            "industry": G(lambda f: "Tattoo & Piercing"),
            "employees": G(lambda f: f.r.randint(3, 25)),
            "plan": G(lambda f: f.pick(["studio", "studio_plus", "multi_site"])),
            "website": G(
                lambda f: f.pick(["https://inkhouse.example.co.uk", "https://tintaviva.example.com.br"])
            ),
            "studio_email": G(studio("email")),
            "studio_phone": G(studio("phone")),
            "studio_address": G(studio("address")),
            "studio_city": G(studio("city")),
            "createdAt": G(lambda f: f.iso()),
            "council_premises_registration": G(lambda f: "SPR/" + f.digits(5)),
            "laser_protection_adviser": G(lambda f: f.pick(["LaserSafe Ltd", "Lasermet"])),
        },
    ),
    # -- page / screen ----------------------------------------------------------------------------
    (
        "page",
        "Artist Portfolio",
        WEB,
        6,
        {
            "name": G(lambda f: "Artist Portfolio"),
            "path": G(lambda f: f.pick(PAGES)),
            "url": G(lambda f: "https://www.inkbook.example.co.uk/artists/" + f.digits(3)),
            "title": G(lambda f: f.pick(["Portfolio | Inkbook", "Artists | Inkbook"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?style=fine-line", "?city=london"])),
            "category": G(lambda f: "artists"),
            "artist_id": G(lambda f: "art_" + f.digits(4)),
        },
    ),
    (
        "page",
        "Booking Confirmation",
        WEB,
        3,
        {
            "name": G(lambda f: "Booking Confirmation"),
            "path": G(lambda f: "/book/confirmed"),
            "url": G(lambda f: "https://www.inkbook.example.co.uk/book/confirmed?b=BK-" + f.digits(7)),
            "title": G(lambda f: "Booking confirmed | Inkbook"),
            "referrer": G(lambda f: "https://checkout.stripe.com/"),
            "search": G(lambda f: "?b=BK-" + f.digits(7)),
        },
    ),
    (
        "screen",
        "Aftercare Diary",
        ["rn"],
        5,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "day_since_session": G(lambda f: f.r.randint(0, 30)),
            "tab": G(lambda f: f.pick(["timeline", "photos", "tips"])),
        },
    ),
    (
        "screen",
        "Artist Calendar",
        ["flutter"],
        3,
        {
            "view": G(lambda f: f.pick(["day", "week"])),
            "bookings_visible": G(lambda f: f.r.randint(0, 12)),
            "studio_id": G(studio("id")),
        },
    ),
    # -- discovery --------------------------------------------------------------------------------
    (
        "track",
        "Studio Searched",
        ["web", "swift", "kotlin"],
        5,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "fine line tattoo shoreditch",
                        "septum piercing",
                        "laser removal",
                        "タトゥー 渋谷",
                        "tatuagem fineline sp",
                    ]
                )
            ),
            "city": G(lambda f: f.pick(["London", "Manchester", "São Paulo", "Tokyo", "Osaka", "Bristol"])),
            "radius_km": G(lambda f: f.pick([2, 5, 10, 25])),
            "style_filter": Many(G(lambda f: f.pick(STYLES)), 2),
            "results_count": G(lambda f: f.r.randint(0, 60)),
            "use_my_location": G(lambda f: f.pick([True, False])),
            "near": Opt(Y(lambda f: "{},{}".format(*f.geo()), "geolocation", True), 0.5),
            "sort": G(lambda f: f.pick(["distance", "rating", "price"])),
        },
    ),
    (
        "track",
        "Artist Profile Viewed",
        ["web", "swift", "kotlin"],
        6,
        {
            "artist_id": G(lambda f: "art_" + f.digits(4)),
            "artist_name": Y(artist_name, "name"),
            "studio_id": G(studio("id")),
            "studio_name": G(studio("name")),
            "styles": Many(G(lambda f: f.pick(STYLES)), 3),
            "instagram_followers": G(lambda f: f.r.randint(800, 240000)),
            "hourly_rate": Y(lambda f: f.pick([90, 110, 120, 150, 180, 400, 600]), "salary"),
            "books_open": G(lambda f: f.pick([True, False])),
            "rating_avg": G(lambda f: round(f.r.uniform(4.1, 5.0), 2)),
            "source": G(lambda f: f.pick(["search", "feed", "deeplink", "instagram"])),
        },
    ),
    (
        "track",
        "Portfolio Image Viewed",
        ["web", "swift", "kotlin"],
        4,
        {
            "artist_id": G(lambda f: "art_" + f.digits(4)),
            "image_id": G(lambda f: "img_" + f.hexid(12)),
            "image_url": G(lambda f: f"https://cdn.inkbook.example/portfolio/{f.hexid(16)}.jpg"),
            "style": G(lambda f: f.pick(STYLES)),
            "likes": G(lambda f: f.r.randint(0, 5000)),
            "position": G(lambda f: f.r.randint(1, 60)),
            "healed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Artist Portfolio Updated",
        ["flutter"],
        2,
        {
            "artist_id": G(lambda f: "art_" + f.digits(4)),
            "images_added": G(lambda f: f.r.randint(1, 12)),
            "styles": Many(G(lambda f: f.pick(STYLES)), 3),
            "bio": G(
                lambda f: f.pick(
                    [
                        "Fine line & botanical, 8 years in the game.",
                        "Japanese traditional, tebori on request.",
                        "Blackwork e pontilhismo. Agenda aberta!",
                        "Colour realism. Walk-ins Saturdays.",
                    ]
                )
            ),
            "instagram_handle": Y(lambda f: f.handle(), "name"),
            "books_open": G(lambda f: f.pick([True, False])),
            "min_price": G(lambda f: f.pick([80, 120, 150, 300])),
        },
    ),
    # -- consultation & booking -------------------------------------------------------------------
    (
        "track",
        "Consultation Requested",
        ["web", "swift", "kotlin"],
        6,
        {
            "consultation_id": G(lambda f: "CON-" + f.digits(6)),
            "artist_id": G(lambda f: "art_" + f.digits(4)),
            "service_type": G(lambda f: f.pick(["tattoo", "piercing", "laser_removal"])),
            "style": G(lambda f: f.pick(STYLES)),
            "placement": G(lambda f: f.pick(PLACEMENTS)),
            "size_cm": G(lambda f: f.pick([5, 8, 10, 15, 20, 30])),
            "colour": G(lambda f: f.pick(["black & grey", "colour", "single needle"])),
            "design_description": G(
                lambda f: f.pick(
                    [
                        "Peony with a bee, soft shading",
                        "Koi swimming up, waves background",
                        "Cover up of an old tribal band",
                        "Minimal line work of a mountain range",
                        "Portrait of my cat Mochi from a photo",
                    ]
                )
            ),
            "lettering": Opt(
                {
                    "text": Y(lettering, "name", True),
                    "font": G(lambda f: f.pick(["script", "typewriter", "gothic"])),
                },
                0.5,
            ),
            "reference_images": Many(
                G(
                    lambda f: (
                        f.pick(["https://i.pinimg.com/originals/", "https://uploads.inkbook.example/refs/"])
                        + f.hexid(12)
                        + ".jpg"
                    )
                ),
                3,
            ),
            "placement_photos": Opt(Many(Y(photo_url("placement"), "photo"), 2), 0.6),
            "budget": G(lambda f: f.pick([150, 300, 500, 1000, 2500])),
            "currency": G(lambda f: f.pick(["GBP", "BRL", "JPY"])),
            "first_tattoo": G(lambda f: f.pick([True, False])),
            "cover_up": G(lambda f: f.pick([True, False])),
            "preferred_dates": Many(G(date_soon), 3),
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.b62(60), "advertising id"), 0.3),
            "fbclid": Opt(Y(lambda f: "IwAR" + f.b62(56), "advertising id"), 0.2),
        },
    ),
    (
        "track",
        "Pet Portrait Consultation Requested",
        ["web"],
        2,
        {
            "consultation_id": G(lambda f: "CON-" + f.digits(6)),
            "pet_name": G(lambda f: f.pick(["Mochi", "Biscuit", "Luna", "Paçoca", "Ziggy", "Hachi"])),
            "pet_species": G(lambda f: f.pick(["dog", "cat", "rabbit", "gecko"])),
            "pet_breed": G(lambda f: f.pick(["shiba inu", "vira-lata", "staffie", "tabby"])),
            "memorial": G(lambda f: f.pick([True, False])),
            "pet_photos": Many(G(lambda f: f"https://uploads.inkbook.example/pets/{f.uuid()}.jpg"), 3),
            "placement": G(lambda f: f.pick(PLACEMENTS)),
        },
    ),
    (
        "track",
        "Booking Created",
        ["node", "go"],
        6,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "consultation_id": Opt(G(lambda f: "CON-" + f.digits(6)), 0.5),
            "service_type": G(lambda f: f.pick(["tattoo", "piercing", "laser_removal"])),
            "artist_id": G(lambda f: "art_" + f.digits(4)),
            "studio_id": G(studio("id")),
            "start_time": G(slot),
            "duration_min": G(lambda f: f.pick([30, 60, 120, 240, 360])),
            "session_number": G(lambda f: f.r.randint(1, 6)),
            "deposit_amount": G(lambda f: f.pick([30, 50, 100, 150])),
            "currency": G(lambda f: f.pick(["GBP", "BRL", "JPY"])),
            "channel": G(lambda f: f.pick(["web", "ios", "android", "instagram_dm", "walk_in"])),
            "accessibility": Opt(
                {
                    "wheelchair_access_needed": RED(lambda f: f.pick([True, False]), "disability"),
                    "bsl_interpreter": RED(lambda f: f.pick([True, False]), "disability"),
                },
                0.4,
            ),
            "client_email": Y(lambda f: f.email(), "email"),
            "client_phone": Y(lambda f: f.mobile(), "phone"),
            "reminder_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Booking Note Added",
        ["flutter", "node"],
        3,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "author_staff_id": G(lambda f: "stf_" + f.digits(3)),
            "note": Y(booking_note, "phone", True),
            "pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Booking Rescheduled",
        ["web", "swift", "node"],
        3,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "old_start_time": G(slot),
            "new_start_time": G(slot),
            "reason": G(lambda f: f.pick(["illness", "work", "artist_unavailable", "travel", "other"])),
            "rescheduled_by": G(lambda f: f.pick(["client", "artist", "studio"])),
            "fee_charged": G(lambda f: f.pick([0, 0, 25])),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        ["web", "swift", "kotlin", "node"],
        3,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "cancellation_reason": G(
                lambda f: f.pick(["changed_mind", "price", "found_other_artist", "schedule"])
            ),
            "deposit_refunded": G(lambda f: f.pick([True, False])),
            "refund_amount": G(lambda f: f.pick([0, 30, 50])),
            "hours_before_start": G(lambda f: f.r.randint(1, 400)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Sorry, something came up",
                        "Will rebook in spring",
                        "Desculpa, imprevisto",
                        "",
                        "また予約します",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        ["web", "swift"],
        2,
        {
            "artist_id": G(lambda f: "art_" + f.digits(4)),
            "position": G(lambda f: f.r.randint(1, 300)),
            "contact_preference": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "contact_phone": Y(lambda f: f.mobile(), "phone"),
            "flexible_dates": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Agendamento Criado",
        ["php"],
        4,
        {
            "id_agendamento": G(lambda f: f.digits(8)),
            "estudio": G(lambda f: f.pick(["Estúdio Tinta Viva", "Casa Agulha Botafogo"])),
            "artista": Y(
                lambda f: f.pick(["Bia Carvalho", "Rosa Amaral", "Tiago Meireles", "Felipe Duarte"]), "name"
            ),
            "servico": G(lambda f: f.pick(["tatuagem", "piercing", "remoção a laser"])),
            "data_hora": G(lambda f: slot(f) + "-03:00"),
            "valor_sinal": G(lambda f: f.pick([100, 150, 200])),
            "valor_total_estimado": G(lambda f: f.pick([450, 800, 1200, 2500])),
            "cliente": {
                "nome": Y(lambda f: f.name("BR"), "name"),
                "whatsapp": Y(lambda f: f.mobile("BR"), "phone"),
                "email": Y(lambda f: f.email("BR"), "email"),
                "instagram": Opt(Y(lambda f: f.handle(), "name"), 0.6),
            },
            "observacoes": G(
                lambda f: f.pick(
                    ["Primeira tatuagem", "Quer fechar o braço", "Retoque", "Vai trazer acompanhante"]
                )
            ),
            "origem": G(lambda f: f.pick(["site", "instagram", "indicacao"])),
        },
    ),
    (
        "track",
        "予約完了",
        ["ruby"],
        4,
        {
            "予約ID": G(lambda f: "R" + f.digits(9)),
            "店舗名": G(lambda f: f.pick(["墨 Sumi Studio 渋谷", "Irezumi Lab 心斎橋"])),
            "施術メニュー": G(lambda f: f.pick(["タトゥー", "ピアス", "レーザー除去", "カウンセリング"])),
            "担当アーティスト": Y(lambda f: f.pick(ARTIST_JP), "name"),
            "予約日時": G(lambda f: slot(f) + "+09:00"),
            "所要時間": G(lambda f: f.pick([60, 120, 180])),
            "料金": G(lambda f: f.money_jpy()),
            "お客様氏名": Y(lambda f: f.jp_kanji(), "name"),
            "お客様電話番号": Y(lambda f: f.mobile("JP"), "phone"),
            "備考": G(
                lambda f: f.pick(["初めてです", "カバーアップ希望", "駐車場を利用したい", "前回の続き"])
            ),
            "初回": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "booking.created",
        ["ruby", "php"],
        3,
        {
            "booking-id": G(lambda f: f.digits(9)),
            "calendar-id": G(lambda f: f.digits(7)),
            "appointment-type": G(
                lambda f: f.pick(["Ear piercing (lobe)", "Helix piercing", "Consultation 30 min"])
            ),
            "start-time": G(lambda f: slot(f) + "+0100"),
            "client-first-name": Y(lambda f: f.given("GB"), "name"),
            "client-last-name": Y(lambda f: f.family("GB"), "name"),
            "client-email": Y(lambda f: f.email("GB"), "email"),
            "client-phone": Y(lambda f: f.mobile("GB"), "phone"),
            "amount-paid": G(lambda f: f.pick(["0.00", "20.00", "35.00"])),
            "intake-form": {
                "how-did-you-hear": G(lambda f: f.pick(["Instagram", "Friend", "Google"])),
                "over-16": G(lambda f: f.pick([True, False])),
                "latex-allergy": Y(lambda f: f.pick([True, False]), "allergy"),
                "nickel-allergy": Y(lambda f: f.pick([True, False]), "allergy"),
            },
            "confirmation-page": G(
                lambda f: "https://app.squarespace-scheduling.example/schedule.php?owner=" + f.digits(8)
            ),
        },
    ),
    # -- age & identity checks --------------------------------------------------------------------
    (
        "track",
        "Age Gate Passed",
        WEB,
        3,
        {
            "birth_year": Y(lambda f: f.r.randint(1960, 2006), "birthdate"),
            "age": G(lambda f: f.r.randint(18, 64)),
            "passed": G(lambda f: True),
            "gate": G(lambda f: f.pick(["booking", "laser"])),
        },
    ),
    (
        "track",
        "ID Check Completed",
        ["python", "node"],
        5,
        {
            "check_id": G(lambda f: f.uuid()),
            "applicant_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["onfido", "yoti", "veriff"])),
            "result": G(lambda f: f.pick(["clear", "consider", "clear"])),
            "document_type": G(lambda f: f.pick(["passport", "driving_licence", "national_identity_card"])),
            "document_number": RED(lambda f: f.id_document(), "national id|passport|license"),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "issuing_country": G(lambda f: f.pick(["GBR", "BRA", "JPN", "IRL", "PRT"])),
            "nationality": Y(
                lambda f: f.pick(["British", "Brazilian", "Japanese", "Irish", "Portuguese"]), "citizenship"
            ),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "age_over_18": G(lambda f: True),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "selfie_url": Y(photo_url("idv/selfie"), "photo"),
            "document_front_url": Y(photo_url("idv/doc"), "photo"),
            "full_name_on_document": Y(lambda f: f.name().upper(), "name"),
            "checked_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Minor Piercing Consent Recorded",
        ["flutter"],
        2,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "child_first_name": Y(lambda f: f.given("GB"), "name"),
            "child_date_of_birth": Y(lambda f: f.date(2010, 2018), "birthdate"),
            "child_age": G(lambda f: f.r.randint(6, 15)),
            "guardian_name": Y(lambda f: f.name("GB"), "name"),
            "guardian_relationship": G(lambda f: f.pick(["mother", "father", "legal guardian"])),
            "guardian_id_type": G(lambda f: f.pick(["passport", "driving_licence"])),
            "guardian_id_seen": G(lambda f: True),
            "piercing": G(lambda f: "lobe"),
        },
    ),
    # -- consent & health -------------------------------------------------------------------------
    (
        "track",
        "Consent Form Submitted",
        ["web", "swift", "kotlin"],
        6,
        {
            "consent_form_id": G(lambda f: "CF-" + f.digits(7)),
            "form_version": G(lambda f: f.pick(["2024.03", "2024.06"])),
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "service_type": G(lambda f: f.pick(["tattoo", "piercing", "laser_removal"])),
            "over_18_confirmed": G(lambda f: True),
            "is_pregnant_or_breastfeeding": Y(lambda f: f.pick([False, False, True]), "condition"),
            "takes_blood_thinners": Y(lambda f: f.pick([True, False]), "medication"),
            "blood_thinner_name": Opt(
                Y(lambda f: f.pick(["warfarin", "apixaban", "aspirin 75mg", "rivaroxaban"]), "medication"),
                0.3,
            ),
            "skin_conditions": Many(
                Y(
                    lambda f: f.pick(["eczema", "psoriasis", "none", "keloid scarring", "vitiligo"]),
                    "condition",
                ),
                2,
            ),
            "allergies": Many(
                Y(
                    lambda f: f.pick(
                        ["latex", "nickel", "lidocaine", "red pigment", "none", "chlorhexidine"]
                    ),
                    "allergy",
                ),
                2,
            ),
            "has_diabetes": Y(lambda f: f.pick([True, False]), "condition"),
            "has_epilepsy": Y(lambda f: f.pick([True, False]), "condition"),
            "heart_condition": Y(lambda f: f.pick([True, False]), "condition"),
            "bloodborne_virus": Y(
                lambda f: f.pick(["no", "prefer_not_to_say", "hepatitis_c"]), "condition|diagnosis"
            ),
            "medical_notes": Opt(Y(medical_notes, "condition|medication"), 0.5),
            "gp_name": Opt(Y(lambda f: "Dr " + f.name("GB"), "name"), 0.4),
            "gp_surgery": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Brixton Hill Group Practice",
                            "The Limes Surgery",
                            "Ancoats Urban Village Medical Practice",
                        ]
                    )
                ),
                0.4,
            ),
            "emergency_contact": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "relationship": G(lambda f: f.pick(["partner", "mother", "friend", "sibling"])),
            },
            "signed_name": Y(lambda f: f.name(), "name"),
            "signed_at": G(lambda f: f.iso()),
            "audit": {"from": Y(lambda f: f.ip(), "ip", True), "ua_hash": G(lambda f: f.hexid(40))},
            "veteran_discount": Opt(RED(lambda f: f.pick([True, False]), "veteran"), 0.3),
        },
    ),
    (
        "track",
        "Laser Consultation Completed",
        ["java"],
        3,
        {
            "consultation_id": G(lambda f: "CON-" + f.digits(6)),
            "nhs_number": RED(lambda f: f.nhs(), "health id"),
            "fitzpatrick_skin_type": Y(lambda f: f.pick(["I", "II", "III", "IV", "V", "VI"]), "condition"),
            "photosensitive_medication": Y(lambda f: f.pick([True, False]), "medication"),
            "isotretinoin_last_6_months": Y(lambda f: f.pick([True, False]), "medication"),
            "tattoo_age_years": G(lambda f: f.r.randint(1, 30)),
            "ink_colours": Many(G(lambda f: f.pick(["black", "blue", "green", "red", "yellow"])), 3),
            "estimated_sessions": G(lambda f: f.r.randint(4, 14)),
            "patch_test_date": G(date_soon),
            "price_per_session": G(lambda f: f.pick([80, 120, 150, 200])),
            "practitioner_id": G(lambda f: "stf_" + f.digits(3)),
        },
    ),
    (
        "track",
        "Termo de Consentimento Assinado",
        ["php"],
        4,
        {
            "id_termo": G(lambda f: f.uuid()),
            "id_agendamento": G(lambda f: f.digits(8)),
            "procedimento": G(lambda f: f.pick(["tatuagem", "piercing", "remoção a laser"])),
            "gestante": Y(lambda f: f.pick([False, False, True]), "condition"),
            "usa_anticoagulante": Y(lambda f: f.pick([True, False]), "medication"),
            "alergias": Many(
                Y(lambda f: f.pick(["látex", "níquel", "lidocaína", "nenhuma", "dipirona"]), "allergy"), 2
            ),
            "doencas_pele": Many(
                Y(lambda f: f.pick(["dermatite", "psoríase", "nenhuma", "queloide"]), "condition"), 2
            ),
            "diabetico": Y(lambda f: f.pick([True, False]), "condition"),
            "tipo_sanguineo": Y(lambda f: f.pick(["O+", "A+", "B-", "AB+", "O-"]), "condition"),
            "cartao_sus": Opt(RED(lambda f: f.cns(), "health id"), 0.5),
            "rg_cliente": RED(lambda f: f.rg_sp(), "national id"),
            "cpf_cliente": RED(lambda f: f.cpf(), "national id"),
            "menor_de_idade": G(lambda f: f.pick([True, False])),
            "responsavel": Opt(
                {
                    "nome": Y(lambda f: f.name("BR"), "name"),
                    "cpf": RED(lambda f: f.cpf(), "national id"),
                    "parentesco": G(lambda f: f.pick(["mãe", "pai", "tia"])),
                },
                0.3,
            ),
            "local_do_corpo": G(
                lambda f: f.pick(["antebraço", "costela", "nuca", "tornozelo", "orelha (helix)"])
            ),
            "assinado_em": G(lambda f: f.iso_tz("BR")),
        },
    ),
    (
        "track",
        "同意書提出",
        ["go"],
        3,
        {
            "同意書ID": G(lambda f: f.uuid()),
            "予約ID": G(lambda f: "R" + f.digits(9)),
            "施術内容": G(lambda f: f.pick(["タトゥー", "ピアス", "レーザー除去"])),
            "妊娠中": Y(lambda f: f.pick([False, False, True]), "condition"),
            "服用中の薬": Many(
                Y(lambda f: f.pick(["なし", "ワーファリン", "ロキソニン", "抗アレルギー薬"]), "medication"), 2
            ),
            "アレルギー": Many(
                Y(lambda f: f.pick(["なし", "金属アレルギー", "ラテックス", "花粉症"]), "allergy"), 2
            ),
            "皮膚疾患": Y(lambda f: f.pick(["なし", "アトピー性皮膚炎", "乾癬"]), "condition"),
            "ケロイド体質": Y(lambda f: f.pick([True, False]), "condition"),
            "スキンタイプ": Y(lambda f: f.pick(["II", "III", "IV"]), "condition"),
            "施術部位": G(lambda f: f.pick(["左腕", "背中", "足首", "耳"])),
            "同意日": G(lambda f: f.date(2024, 2024)),
            "署名者氏名": Y(lambda f: f.jp_kanji(), "name"),
        },
    ),
    (
        "track",
        "Medical Questionnaire Answered",
        ["node"],
        4,
        {
            "event_id": G(lambda f: f.b62(10)),
            "event_type": G(lambda f: "form_response"),
            "form_response": {
                "form_id": G(lambda f: f.pick(["lT4Z3j", "qW8pXr"])),
                "token": G(lambda f: f.b62(32).lower()),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {
                    "booking_id": G(lambda f: "BK-" + f.digits(7)),
                    "client_name": Y(lambda f: f.name(), "name"),
                },
                "answers": Many(
                    OneOf(
                        [
                            {
                                "type": G(lambda f: "boolean"),
                                "boolean": Y(lambda f: f.pick([True, False]), "condition|medication", True),
                                "field": {
                                    "id": G(lambda f: f.b62(12)),
                                    "ref": G(
                                        lambda f: f.pick(
                                            ["pregnant", "blood_thinners", "skin_condition", "diabetes"]
                                        )
                                    ),
                                    "type": G(lambda f: "yes_no"),
                                },
                            },
                            {
                                "type": G(lambda f: "text"),
                                "text": Y(medical_answer_text, "allergy|medication|condition", True),
                                "field": {
                                    "id": G(lambda f: f.b62(12)),
                                    "ref": G(
                                        lambda f: f.pick(
                                            ["allergies_detail", "medication_detail", "skin_detail"]
                                        )
                                    ),
                                    "type": G(lambda f: "long_text"),
                                },
                            },
                        ]
                    ),
                    6,
                ),
            },
        },
    ),
    # -- aftercare --------------------------------------------------------------------------------
    (
        "track",
        "Aftercare Check-in Submitted",
        ["rn"],
        7,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "day_number": G(lambda f: f.pick([1, 3, 7, 14, 28])),
            "pain_level": Y(lambda f: f.r.randint(0, 10), "condition"),
            "symptoms": Many(
                Y(
                    lambda f: f.pick(["redness", "swelling", "itching", "oozing", "none", "raised lines"]),
                    "condition",
                ),
                3,
            ),
            "infection_suspected": Y(lambda f: f.pick([True, False]), "condition"),
            "healing_photos": Many(Y(photo_url("healing"), "photo"), 3),
            "aftercare_product": G(lambda f: f.pick([p[0] for p in SHOP[:4]])),
            "washes_per_day": G(lambda f: f.r.randint(1, 4)),
            "message": Opt(Y(aftercare_message, "name", True), 0.5),
            "photos_uploaded": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Aftercare Reminder Sent",
        ["python"],
        4,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(lambda f: "+" + "".join(c for c in f.mobile() if c.isdigit()).lstrip("0"), "phone"),
            "From": G(lambda f: f.pick(["+447700900123", "INKHOUSE", "+551130642211"])),
            "Body": Y(sms_body, "name", True),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ToCountry": G(lambda f: f.pick(["GB", "BR", "JP"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["swift", "kotlin"],
        2,
        {
            "contacts": Many(
                {
                    "label": G(lambda f: f.pick(["Mum", "Partner", "Flatmate", "Mãe", "母"])),
                    "value": Y(lambda f: f.mobile(), "phone", True),
                },
                2,
            ),
            "source": G(lambda f: f.pick(["address_book", "manual"])),
        },
    ),
    # -- payments ---------------------------------------------------------------------------------
    (
        "track",
        "Deposit Paid",
        ["node"],
        6,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "payment_intent": G(lambda f: "pi_3P" + f.b62(22)),
            "payment_method": RED(lambda f: "pm_1P" + f.b62(22), "token"),
            "customer": G(lambda f: "cus_" + f.b62(14)),
            "amount": G(lambda f: f.pick([3000, 5000, 10000])),
            "currency": G(lambda f: f.pick(["gbp", "brl", "jpy"])),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
                "country": G(lambda f: f.pick(["GB", "BR", "JP", "IE"])),
                "fingerprint": G(lambda f: f.b62(16)),
                "wallet": Opt(G(lambda f: f.pick(["apple_pay", "google_pay"])), 0.4),
            },
            "billing_details": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "address": {
                    "line1": Opt(Y(lambda f: f.line1(), "address"), 0.5),
                    "city": Opt(Y(lambda f: f.town(), "city"), 0.5),
                    "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                    "country": G(lambda f: f.pick(["GB", "BR", "JP"])),
                },
            },
            "receipt_email": Y(lambda f: f.email(), "email"),
            "risk_level": G(lambda f: f.pick(["normal", "elevated"])),
            "client_ip": Y(lambda f: f.ip(), "ip"),
            "veteran_discount": Opt(RED(lambda f: f.pick([True, False]), "veteran"), 0.2),
        },
    ),
    (
        "track",
        "Card Payment Form Submitted",
        ["web"],
        2,
        {
            "form_id": G(lambda f: "checkout-deposit"),
            "card_number": RED(lambda f: f.card_number(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder": Y(lambda f: f.name(), "name"),
            "save_card": G(lambda f: f.pick([True, False])),
            "bin": G(lambda f: f.pick(["454313", "535110", "356600", "636368"])),
        },
    ),
    (
        "track",
        "Pagamento Confirmado",
        ["php", "java"],
        5,
        {
            "id_pedido": G(lambda f: f.digits(8)),
            "gateway": G(lambda f: f.pick(["mercadopago", "pagarme", "stone"])),
            "forma_pagamento": G(lambda f: f.pick(["pix", "cartao_credito", "boleto"])),
            "parcelas": G(lambda f: f.pick([1, 2, 3, 6, 10])),
            "valor": G(lambda f: f.money(100, 3000)),
            "moeda": G(lambda f: "BRL"),
            "pix_txid": G(lambda f: f.b62(32)),
            "pix_end_to_end_id": G(lambda f: "E" + f.digits(8) + "2024" + f.digits(7) + f.b62(11)),
            "bandeira": G(lambda f: f.pick(["elo", "visa", "mastercard", "hipercard"])),
            "ultimos_digitos": G(lambda f: f.digits(4)),
            "nsu": G(lambda f: f.digits(9)),
            "linha_digitavel": Opt(
                G(
                    lambda f: (
                        f"{f.digits(5)}.{f.digits(5)} {f.digits(5)}.{f.digits(6)} "
                        f"{f.digits(5)}.{f.digits(6)} {f.r.randint(1, 9)} {f.digits(14)}"
                    )
                ),
                0.4,
            ),
            "pagador": {
                "nome": Y(lambda f: f.name("BR"), "name"),
                "cpf": RED(lambda f: f.cpf(), "national id"),
                "email": Y(lambda f: f.email("BR"), "email"),
                "telefone": Opt(Y(lambda f: f.mobile("BR"), "phone"), 0.6),
            },
            "status": G(lambda f: f.pick(["approved", "pending"])),
        },
    ),
    (
        "track",
        "PaymentSucceeded",
        ["dotnet"],
        3,
        {
            "PaymentId": G(lambda f: f.uuid()),
            "BookingReference": G(lambda f: "BK-" + f.digits(7)),
            "Amount": G(lambda f: f.money(30, 900)),
            "Currency": G(lambda f: "GBP"),
            "CardBrand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex"])),
            "CardLast4": G(lambda f: f.digits(4)),
            "CardholderName": Y(lambda f: f.name("GB"), "name"),
            "BillingPostcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            "ThreeDSecure": G(lambda f: f.pick([True, False])),
            "AcquirerResponseCode": G(lambda f: f.pick(["00", "05", "51"])),
            "ProcessedAtUtc": G(lambda f: f.iso()),
        },
    ),
    # -- artists: onboarding and pay --------------------------------------------------------------
    (
        "track",
        "Artist Onboarded",
        ["dotnet"],
        3,
        {
            "ArtistId": G(lambda f: "art_" + f.digits(4)),
            "DisplayName": Y(artist_name, "name"),
            "LegalName": Y(lambda f: f.name("GB"), "name"),
            "Email": Y(lambda f: f.email("GB"), "email"),
            "MobileNumber": Y(lambda f: f.mobile("GB"), "phone"),
            "DateOfBirth": Y(lambda f: f.dob(1970, 2002), "birthdate"),
            "NationalInsuranceNumber": RED(lambda f: f.nino(), "national id"),
            "RightToWorkConfirmed": RED(lambda f: f.pick([True, False]), "visa"),
            "VisaSponsorshipRequired": RED(lambda f: f.pick([True, False]), "visa"),
            "SkinPiercingLicenceNo": Y(
                lambda f: f.pick(["LBH/SP/", "MCC-SPR-", "BCC/"]) + f.digits(5), "certificate|license"
            ),
            "HepBVaccinated": Y(lambda f: f.pick([True, False]), "condition"),
            "BloodbornePathogensCertExpiry": G(lambda f: f.date(2025, 2027)),
            "StartDate": G(lambda f: f.date(2023, 2024)),
            "CommissionRatePercent": Y(lambda f: f.pick([40, 50, 60, 70]), "salary"),
            "JobTitle": G(
                lambda f: f.pick(["Resident Artist", "Guest Artist", "Apprentice", "Senior Piercer"])
            ),
            "StudioId": G(studio("id")),
        },
    ),
    (
        "track",
        "Commission Statement Generated",
        ["dotnet"],
        3,
        {
            "StatementId": G(lambda f: f.uuid()),
            "ArtistId": G(lambda f: "art_" + f.digits(4)),
            "ArtistName": Y(artist_name, "name"),
            "PeriodStart": G(lambda f: "2024-" + f.pick(["05", "06", "07"]) + "-01"),
            "PeriodEnd": G(lambda f: "2024-" + f.pick(["05", "06", "07"]) + "-31"),
            "GrossTakings": G(lambda f: f.money(2000, 15000)),
            "PayoutAmount": Y(lambda f: f.money(1000, 9000), "salary"),
            "SortCode": G(lambda f: f.pick(["20-00-00", "40-47-84", "04-00-04", "30-99-50"])),
            "AccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "Iban": Opt(RED(lambda f: f.iban(f.pick(["GB", "IE", "PT"])), "bank account"), 0.4),
            "Currency": G(lambda f: "GBP"),
            "PaidViaBacs": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Repasse Artista Efetuado",
        ["java"],
        3,
        {
            "id_repasse": G(lambda f: f.uuid()),
            "artista_nome": Y(
                lambda f: f.pick(["Bia Carvalho", "Rosa Amaral", "Tiago Meireles", "Felipe Duarte"]), "name"
            ),
            "artista_cpf": RED(lambda f: f.cpf(), "national id"),
            "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
            "banco": G(lambda f: f.pick(["Nubank", "Itaú", "Banco do Brasil", "Inter"])),
            "agencia": G(lambda f: f.digits(4)),
            "conta": RED(lambda f: f.digits(7) + "-" + str(f.r.randint(0, 9)), "bank account"),
            "iban": Opt(RED(lambda f: f.iban("BR"), "bank account"), 0.3),
            "valor_repasse": Y(lambda f: f.money(800, 12000), "salary"),
            "percentual_comissao": Y(lambda f: f.pick([50, 60, 70]), "salary"),
            "competencia": G(lambda f: "2024-" + f.pick(["05", "06", "07"])),
        },
    ),
    (
        "track",
        "アーティスト報酬振込",
        ["go"],
        2,
        {
            "振込ID": G(lambda f: f.uuid()),
            "アーティストID": G(lambda f: "art_" + f.digits(4)),
            "銀行名": G(lambda f: f.pick(["三菱UFJ銀行", "みずほ銀行", "楽天銀行", "ゆうちょ銀行"])),
            "支店名": G(lambda f: f.pick(["渋谷支店", "新宿支店", "本店営業部", "心斎橋支店"])),
            "口座種別": G(lambda f: f.pick(["普通", "当座"])),
            "口座番号": RED(lambda f: f.digits(7), "bank account"),
            "口座名義": Y(lambda f: f.jp_kana(), "name"),
            "支払額": Y(lambda f: f.money_jpy() * 3, "salary"),
            "対象月": G(lambda f: "2024-" + f.pick(["05", "06", "07"])),
        },
    ),
    (
        "track",
        "Shift Clocked In",
        ["android"],
        3,
        {
            "staff_id": G(lambda f: "stf_" + f.digits(3)),
            "staff_name": Y(lambda f: f.name(), "name"),
            "studio_id": G(studio("id")),
            "role": G(lambda f: f.pick(["front_desk", "artist", "piercer", "laser_technician"])),
            "clock_in_lat": Y(lambda f: f.lat_of(), "geolocation"),
            "clock_in_lng": Y(lambda f: f.lon_of(), "geolocation"),
            "hourly_wage": Y(lambda f: f.pick([11.44, 12.0, 13.5, 15.0]), "salary"),
        },
    ),
    (
        "track",
        "Client Checked In",
        ["android", "flutter"],
        4,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "checkin_method": G(lambda f: f.pick(["qr", "front_desk", "kiosk"])),
            "id_checked": G(lambda f: f.pick([True, False])),
            "received_by": Y(lambda f: f.given(), "name"),
            "wait_minutes": G(lambda f: f.r.randint(0, 40)),
            "locker_number": G(lambda f: f.r.randint(1, 24)),
            "studio_id": G(studio("id")),
        },
    ),
    (
        "track",
        "Client Lookup",
        ["android", "flutter"],
        3,
        {
            "q": Y(lambda f: f.mobile(), "phone", True),
            "search_by": G(lambda f: "phone"),
            "matches": G(lambda f: f.r.randint(0, 3)),
            "studio_id": G(studio("id")),
        },
    ),
    (
        "track",
        "Laser Session Completed",
        ["java", "go"],
        4,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "session_number": G(lambda f: f.r.randint(1, 12)),
            "total_sessions_planned": G(lambda f: f.r.randint(6, 14)),
            "device_model": G(lambda f: f.pick(["PicoSure Pro", "PicoWay", "Q-Switched Nd:YAG"])),
            "wavelength_nm": G(lambda f: f.pick([532, 755, 1064])),
            "fluence_j_cm2": G(lambda f: round(f.r.uniform(1.5, 6.0), 1)),
            "spot_size_mm": G(lambda f: f.pick([3, 4, 6, 8])),
            "area_cm2": G(lambda f: f.r.randint(4, 200)),
            "blistering_observed": Y(lambda f: f.pick([True, False]), "condition"),
            "practitioner_id": G(lambda f: "stf_" + f.digits(3)),
            "fade_percent_estimate": G(lambda f: f.r.randint(5, 95)),
        },
    ),
    # -- gift vouchers, reviews, referrals --------------------------------------------------------
    (
        "track",
        "Gift Voucher Purchased",
        ["web", "swift"],
        5,
        {
            "voucher_id": G(lambda f: "gv_" + f.hexid(10)),
            "voucher_code": RED(lambda f: "-".join(f.b62(4).upper() for _ in range(3)), "secret|token"),
            "amount": G(lambda f: f.pick([25, 50, 100, 150, 200])),
            "currency": G(lambda f: f.pick(["GBP", "BRL", "JPY"])),
            "recipient_name": Y(lambda f: f.name(), "name"),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "sender_name": Y(lambda f: f.given(), "name"),
            "gift_message": Y(gift_message, "name", True),
            "delivery_date": G(date_soon),
            "design": G(lambda f: f.pick(["flash_sheet", "botanical", "minimal", "sakura"])),
            "app_account_token": Opt(G(lambda f: f.uuid()), 0.3),
            "storefront": Opt(G(lambda f: f.pick(["GBR", "JPN", "BRA"])), 0.3),
            "transaction_id": Opt(G(lambda f: "2000000" + f.digits(9)), 0.3),
        },
    ),
    (
        "track",
        "Gift Voucher Redeemed",
        ["node"],
        3,
        {
            "voucher_id": G(lambda f: "gv_" + f.hexid(10)),
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "amount_applied": G(lambda f: f.pick([25, 50, 100])),
            "remaining_balance": G(lambda f: f.pick([0, 25, 50])),
            "redeemed_by_new_client": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web", "swift", "kotlin"],
        5,
        {
            "review_id": G(lambda f: f.uuid()),
            "artist_id": G(lambda f: "art_" + f.digits(4)),
            "rating": G(lambda f: f.r.randint(3, 5)),
            "review_title": G(
                lambda f: f.pick(
                    ["Amazing first tattoo", "Super profissional", "最高でした", "Painless piercing"]
                )
            ),
            "review_text": Y(review_text, "name", True),
            "reviewer_display_name": Y(lambda f: f"{f.given()} {f.family()[0]}.", "name"),
            "photos_attached": G(lambda f: f.r.randint(0, 4)),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin", "web"],
        3,
        {
            "referral_code": G(lambda f: "INK-" + f.b62(6).upper()),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email", "line"])),
            "invitee_email": Opt(Y(lambda f: f.email(), "email"), 0.5),
            "invitee_phone": Opt(Y(lambda f: f.mobile(), "phone"), 0.5),
            "reward_amount": G(lambda f: f.pick([10, 20])),
        },
    ),
    # -- aftercare shop (e-commerce spec) ---------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "swift"],
        3,
        {
            "query": G(
                lambda f: f.pick(["aftercare balm", "titanium labret", "saniderm", "sunscreen", "ピアス"])
            ),
        },
    ),
    ("track", "Product Viewed", ["web", "swift", "kotlin"], 6, {**product(), "currency": G(lambda f: "GBP")}),
    (
        "track",
        "Product Added",
        ["web", "swift", "kotlin"],
        4,
        {"cart_id": G(lambda f: f.uuid()), **product()},
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift"],
        3,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(6)),
            "affiliation": G(lambda f: "Inkbook Shop"),
            "value": G(lambda f: f.money(10, 150)),
            "revenue": G(lambda f: f.money(10, 150)),
            "shipping": G(lambda f: f.pick([0, 3.95, 4.99])),
            "tax": G(lambda f: f.money(1, 25)),
            "discount": G(lambda f: f.pick([0, 5])),
            "coupon": G(lambda f: f.pick(["", "HEALWELL10", "FRIDAY13"])),
            "currency": G(lambda f: "GBP"),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "node"],
        4,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ORD-" + f.digits(6)),
            "total": G(lambda f: f.money(10, 180)),
            "subtotal": G(lambda f: f.money(10, 160)),
            "shipping": G(lambda f: f.pick([0, 3.95, 4.99])),
            "tax": G(lambda f: f.money(1, 25)),
            "currency": G(lambda f: "GBP"),
            "coupon": G(lambda f: f.pick(["", "HEALWELL10"])),
            "products": Many(product(), 3),
            "shipping_method": G(lambda f: f.pick(["royal_mail_48", "dpd_next_day", "click_and_collect"])),
            "shipping_address": Opt(
                {
                    "name": Y(lambda f: f.name("GB"), "name"),
                    "line1": Y(lambda f: f.line1("GB"), "address"),
                    "line2": Opt(Y(lambda f: f.pick(["Flat 2", "Top floor", "Unit 5"]), "address"), 0.4),
                    "city": Y(lambda f: f.town("GB"), "city"),
                    "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
                    "country": G(lambda f: "GB"),
                },
                0.8,
            ),
            "tracking_number": Opt(G(lambda f: "JD" + f.digits(16) + "GB"), 0.4),
            "is_gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web"],
        3,
        {
            "provider": G(lambda f: "google_places"),
            "session_token": G(lambda f: f.uuid()),
            "input": Y(
                lambda f: f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}"[: f.r.randint(9, 18)], "address", True
            ),
            "predictions_returned": G(lambda f: f.r.randint(0, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
            "form": G(lambda f: f.pick(["shipping", "profile"])),
        },
    ),
    # -- accounts & auth --------------------------------------------------------------------------
    (
        "track",
        "Sign In Link Sent",
        ["python", "node"],
        3,
        {
            "email": Y(lambda f: f.email(), "email"),
            "sign_in_token": RED(lambda f: f.b62(43), "token"),
            "expires_at": G(lambda f: f.iso()),
            "link_clicks": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["python"],
        3,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "phone_verified": G(lambda f: True),
            "phone_country": G(lambda f: f.pick(["GB", "BR", "JP"])),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web", "swift"],
        2,
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_length": G(lambda f: f.r.randint(8, 24)),
            "via_reset_link": G(lambda f: f.pick([True, False])),
            "sessions_revoked": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], 2, {}),
    # -- vendor payloads --------------------------------------------------------------------------
    (
        "track",
        "Lead Sent To Meta",
        ["node"],
        3,
        {
            "event_name": G(lambda f: "Lead"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(lambda f: "https://www.inkbook.example.co.uk/book/consultation"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "external_id": G(lambda f: f.hexid(64)),
                "country": G(lambda f: hashlib.sha256(f.pick(["gb", "br", "jp"]).encode()).hexdigest()),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.b62(40)}", "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([50, 100])),
                "currency": G(lambda f: "GBP"),
                "content_name": G(lambda f: "Consultation request"),
            },
        },
    ),
    (
        "track",
        "Email Event",
        ["python"],
        4,
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.b62(22)),
            "sg_message_id": G(lambda f: f.b62(22) + ".filterdrecv-" + f.hexid(10)),
            "smtp-id": G(lambda f: f"<{f.b62(20)}@ismtpd0{f.r.randint(1, 9)}p1lon1.sendgrid.net>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.6),
            "useragent": Opt(G(lambda f: f.pick(UAS)), 0.5),
            "category": Many(G(lambda f: f.pick(["aftercare", "reminder", "marketing", "receipt"])), 2),
            "template": G(lambda f: f.pick(["day3_aftercare", "booking_reminder", "voucher_delivery"])),
        },
    ),
    (
        "track",
        "Call Ended",
        ["ruby"],
        3,
        {
            "call_id": G(lambda f: int(f.digits(10))),
            "direction": G(lambda f: f.pick(["inbound", "outbound"])),
            "duration": G(lambda f: f.r.randint(0, 900)),
            "raw_digits": Y(lambda f: f.mobile(), "phone"),
            "number": {
                "id": G(lambda f: int(f.digits(6))),
                "digits": G(lambda f: f.pick(["+44 20 7946 0321", "+44 161 496 0874", "+55 11 3064-2211"])),
                "name": G(lambda f: f.pick(["Shoreditch front desk", "Manchester studio", "Recepção SP"])),
            },
            "user": {
                "id": G(lambda f: int(f.digits(6))),
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: ascii_fold(f.given()).lower() + "@inkhouse.example.co.uk", "email"),
            },
            "missed_call_reason": Opt(
                G(lambda f: f.pick(["out_of_opening_hours", "no_available_agent"])), 0.3
            ),
            "tags": Many(G(lambda f: f.pick(["booking", "aftercare", "complaint"])), 2),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["php", "python"],
        3,
        {
            "ticket_id": G(lambda f: int(f.digits(6))),
            "subject": G(
                lambda f: f.pick(
                    ["Login problem", "Receipt", "Voucher not received", "Problema com pagamento"]
                )
            ),
            "description": Y(ticket_description, "email", True),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "requester_email": Y(lambda f: f.email(), "email"),
            "assignee_id": G(lambda f: int(f.digits(8))),
            "via": G(lambda f: f.pick(["web", "email", "chat"])),
            "tags": Many(G(lambda f: f.pick(["booking", "aftercare", "complaint"])), 2),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        3,
        {
            "campaign_id": G(lambda f: f.hexid(24)),
            "notification_id": G(lambda f: f.uuid()),
            "title": G(lambda f: f.pick(["Day 3 check-in", "Flash day Friday!", "Your booking is tomorrow"])),
            "deep_link": G(lambda f: "inkbook://" + f.pick(["aftercare/checkin", "flash", "bookings"])),
            "action": G(lambda f: f.pick(["open", "dismiss"])),
        },
    ),
    (
        "track",
        "Loyalty Points Earned",
        ["node", "python"],
        3,
        {
            "member_number": G(lambda f: "INK" + f.digits(8)),
            "points": G(lambda f: f.r.randint(10, 500)),
            "balance": G(lambda f: f.r.randint(10, 5000)),
            "tier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "reason": G(lambda f: f.pick(["booking", "review", "referral", "shop"])),
        },
    ),
]

# -- build ----------------------------------------------------------------------------------------


def message(f: F, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client not in SERVER_LIBS else f.pick(["", "api-"]) + f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["usr_" + f.digits(7), f.digits(8)]),
    }
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = f.pick(STUDIOS)["id"]
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    section = "traits" if kind in ("identify", "group") else "properties"
    if body:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    if f.r.random() < 0.2:
        msg["integrations"] = {"All": True, "Mixpanel": False}
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, rounds: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(rounds):
        for kind, event, clients, weight, body in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=309, rounds=9)
    write(Path(__file__).parent, "holdout309_", events, labels)
