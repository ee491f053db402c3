"""Writes the nineteenth holdout: tests/corpus/holdout19_events.jsonl and holdout19_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels; no engine prediction was looked at while writing it. Run with
`.venv/bin/python -m tests.corpus.build_holdout19`; seeded, so every run writes the same files.

Domain: money. Three Segment customers and their everyday traffic.
- Coinvault, a crypto exchange in the US, Nigeria and Japan: sign-up, KYC with documents (an
  Onfido-shaped report), BVN/NIN checks, My Number, wallets and deposit / withdrawal addresses
  (bech32, base58check, TRON, XRP, EVM), Travel Rule data, fiat deposits (ACH, NUBAN, furikomi),
  international wires (IBAN), Plaid Link metadata, P2P trades, one-time codes, WebAuthn, API
  keys, tax reports and the W-9. The Japanese entity's Java backend sends romaji keys
  (`shimei`, `denwa_bangou`) and a KYC form with keys in Japanese script (`氏名`, `口座番号`).
- Fairlend, loans and buy-now-pay-later in Mexico and the US: applications with income, employer
  and references, CURP / RFC / INE, Buró de Crédito checks with the NIP, SPEI / OXXO repayments,
  collections calls with an Aircall-shaped payload; Spanish keys from the Mexican PHP backend and
  Android app; a kebab-case checkout widget on merchants' sites; the Military Lending Act check.
- Taxly, tax filing: identify with the spouse, dependants, W-2 and 1099 imports, medical
  expenses and charitable gifts, refund direct deposit (Form 8888 splits), e-signature with the
  Self-Select PIN and IP PIN from a .NET e-file service (PascalCase keys), preparer review, an
  assistant chat; warehouse traits in SCREAMING_SNAKE from a reverse-ETL sync.
Clients: analytics.js (page, campaign, consent), analytics-swift, analytics-kotlin,
analytics-react-native, analytics-flutter, and the python, node, go, java, ruby, php and .NET
server libraries; identify, track, page, screen, group and alias calls.

Conventions. Paths are flattened from `properties`, `traits` and `context`, arrays as `[]`.
Each path has one label: classification, type (a default matcher name of the reference, or
`bank account`, `geolocation`, `secret`, `national id`, `advertising id`, `crypto address`,
`a|b` when either is fair) and value_only. Keys are mostly camelCase and snake_case; the rest
are PascalCase (.NET), kebab-case (the widget), SCREAMING_SNAKE (warehouse columns), Spanish,
romaji and Japanese script. `Opt` marks keys a tracking plan sends only sometimes; values within
one message agree where a real payload's would (city / state / zip, kanji / kana / romaji name,
asset / network / address, channel / destination, page path / url). Every path is seen in at
least six messages and, where the field varies, with at least three values (booleans and
binary enums excepted).
- value_only is true when the key does not say what the value is (`text`, `q`, `label`,
  `field.value`, `destination`, `invitee`, `raw_digits`, `description`, `notas`,
  `document_numbers[].value`, `reset_url`) and only the value reveals it; such a path holds
  that PII in every value (its type lists the alternatives, e.g. `phone|email`).

Labelling rules.
- PII: personal data about a natural person: the user, a spouse, a dependant, a reference, a
  recipient / beneficiary, a staff member (KYC reviewer, collections agent, tax preparer, an
  organisation's contact). Colour is the reference default for its matcher; outside the reference,
  red for credentials / secrets / one-time codes / PINs (`password`, `token`, `secret`), card
  numbers, bank accounts (IBAN, CLABE, NUBAN, US and Japanese account numbers, brokerage account
  numbers on a 1099) and government ids (CURP, RFC of a person, INE clave, BVN, NIN, My Number,
  PTIN, ITIN); yellow otherwise (geolocation, advertising id, crypto address).
- Green: ids we or a vendor issue (uuids, numeric ids, `cus_` / `pm_` ids, submission ids,
  referral codes, XRP destination tags, WebAuthn credential ids), hashes, tx hashes, timestamps,
  versions, amounts, scores (credit score, risk, face match), counters, enums and booleans under
  PII-sounding keys (`emailVerified`, `dob_match`, `previous_phone_count`), names of products,
  plans, assets, banks, employers, merchants, charities and clinics, organisations' own EINs,
  LEIs, addresses and phone lines, routing numbers, bank / branch codes, SWIFT BICs, card brand,
  BIN, last four and expiry, account masks, country, state, prefecture, locale, timezone,
  currency, user agents and OS-issued device ids.
- The last four digits of an SSN are red (`social security number`). Push tokens are red tokens,
  as in the other corpora. A public key prefix or a masked secret is green.
- Decisions where a careful privacy owner had to choose: the person's earnings (wages, monthly
  income, income bands, prior-year AGI used to sign a return) are yellow `salary`; interest,
  dividends, refunds, loan amounts and withholding are green amounts. A crypto address that
  belongs to the user or a counterparty (deposit address assigned to the user, withdrawal
  destination) is yellow `crypto address` (not a bank account: it cannot be debited); the
  exchange's own hot-wallet address is green. A document number whose document may be a
  passport, a national id card or a driving licence is red `passport|national id|license`.
  The applicant's work phone is the applicant's contact detail (yellow), an organisation's
  switchboard is green. Charity names are green even where the gift hints at a faith; a flag
  that a dependant is permanently disabled, or that the borrower is a covered service member,
  is red (`disability`, `veteran`). Descriptions of medical expenses name a drug, procedure or
  condition in every value: yellow `medication|procedure|condition`. Marital status, occupation,
  credit score, bands of financial assets (not earnings) and P2P merchants' trading names are
  green. Photos and scans of the person or their documents are yellow `photo`. Free text is
  labelled by what every one of its values carries (green when none does).
"""

# Data, not logic: long user agents and addresses, and the full-width tilde of Japanese ranges.
# ruff: noqa: E501, RUF001

import hashlib
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people and places, per country -----------------------------------------------------------

US_FIRST = [
    "Emily", "Michael", "Jasmine", "Tyrone", "Ashley", "Christopher", "Brianna", "Connor", "Latoya",
    "Kevin", "Megan", "Darnell", "Hannah", "José", "Guadalupe", "Wei", "Priya", "Mohammed", "Fatima",
    "Dmitri", "Hyun-woo", "Thanh", "Abdi", "Siobhan", "Tomasz", "Aaliyah", "Gabriel", "Keanu",
]  # fmt: skip
US_LAST = [
    "Johnson", "Williams", "Rodriguez", "Nguyen", "Kim", "Patel", "Washington", "O'Connor", "Schmidt",
    "Hernandez", "Cohen", "Jackson", "Abdullahi", "Kowalczyk", "Tran", "Rossi", "Yamamoto", "Singh",
    "Murphy", "Brooks", "Osei", "Lopez", "Begay", "Al-Amin", "Fitzgerald",
]  # fmt: skip
NG_FIRST = [
    "Chinedu", "Adaeze", "Oluwaseun", "Funmilayo", "Ibrahim", "Aisha", "Emeka", "Ngozi", "Babatunde",
    "Zainab", "Ifeoma", "Yusuf", "Temitope", "Chiamaka", "Abubakar", "Damilola", "Kelechi", "Halima",
]  # fmt: skip
NG_LAST = [
    "Okonkwo", "Nwosu", "Adeyemi", "Bakare", "Musa", "Bello", "Eze", "Obi", "Balogun", "Okafor",
    "Ogunleye", "Danjuma", "Uche", "Adebayo", "Ibekwe", "Abdullahi", "Olawale", "Nnamdi",
]  # fmt: skip
JP_SEI = [
    ("山田", "ヤマダ", "Yamada"), ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"), ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"),
    ("渡辺", "ワタナベ", "Watanabe"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("松本", "マツモト", "Matsumoto"),
]  # fmt: skip
JP_MEI = [
    ("太郎", "タロウ", "Taro"), ("花子", "ハナコ", "Hanako"), ("翔太", "ショウタ", "Shota"),
    ("結衣", "ユイ", "Yui"), ("大輔", "ダイスケ", "Daisuke"), ("美咲", "ミサキ", "Misaki"),
    ("健一", "ケンイチ", "Kenichi"), ("陽菜", "ヒナ", "Hina"), ("蓮", "レン", "Ren"),
    ("さくら", "サクラ", "Sakura"), ("直樹", "ナオキ", "Naoki"), ("恵子", "ケイコ", "Keiko"),
]  # fmt: skip
MX_FIRST = [
    "María Guadalupe", "José Luis", "Juan Carlos", "Ana Sofía", "Luis Fernando", "Fernanda",
    "Alejandro", "Ximena", "Jesús", "Verónica", "Miguel Ángel", "Daniela", "Rosa María", "Héctor",
    "Itzel", "Francisco Javier", "Citlali", "Ricardo",
]  # fmt: skip
MX_LAST = [
    "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez",
    "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres",
    "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Castillo", "Chávez", "Xolalpa", "Cuauhtle",
]  # fmt: skip
US_PLACES = [
    ("Austin", "TX", "787"), ("Houston", "TX", "770"), ("Chicago", "IL", "606"), ("Atlanta", "GA", "303"),
    ("Seattle", "WA", "981"), ("Miami", "FL", "331"), ("Brooklyn", "NY", "112"), ("Phoenix", "AZ", "850"),
    ("Columbus", "OH", "432"), ("Denver", "CO", "802"), ("San Jose", "CA", "951"), ("Charlotte", "NC", "282"),
    ("Minneapolis", "MN", "554"), ("Albuquerque", "NM", "871"), ("Newark", "NJ", "071"),
]  # fmt: skip
US_AREA = ["212", "305", "312", "415", "512", "617", "702", "713", "404", "206", "646", "818", "929", "480"]
US_STREETS = [
    "Elm St", "Maple Ave", "Cedar Ln", "Martin Luther King Jr Blvd", "Peachtree Rd NE", "Oak Grove Dr",
    "Washington St", "Lakeshore Dr", "Mission St", "Sunset Ridge Ct", "W 34th St", "Bell Ave",
]  # fmt: skip
NG_PLACES = [
    ("Lagos", "Lagos"), ("Lekki", "Lagos"), ("Ikeja", "Lagos"), ("Abuja", "FCT"), ("Port Harcourt", "Rivers"),
    ("Ibadan", "Oyo"), ("Kano", "Kano"), ("Enugu", "Enugu"), ("Benin City", "Edo"),
]  # fmt: skip
NG_STREETS = [
    "Admiralty Way, Lekki Phase 1", "Adetokunbo Ademola Crescent, Wuse II", "Awolowo Road, Ikoyi",
    "Allen Avenue", "Aminu Kano Crescent", "Ogui Road", "Ring Road", "Trans-Amadi Road",
    "Herbert Macaulay Way, Yaba",
]  # fmt: skip
NG_PREFIX = ["803", "806", "813", "816", "703", "706", "810", "802", "808", "812", "701", "902", "905", "817"]
JP_PLACES = [
    ("東京都", "渋谷区神南", "150-0041", "Tokyo", "Shibuya-ku"),
    ("東京都", "世田谷区三軒茶屋", "154-0024", "Tokyo", "Setagaya-ku"),
    ("大阪府", "大阪市北区梅田", "530-0001", "Osaka", "Kita-ku, Osaka-shi"),
    ("神奈川県", "横浜市中区山下町", "231-0023", "Kanagawa", "Naka-ku, Yokohama-shi"),
    ("愛知県", "名古屋市中村区名駅", "450-0002", "Aichi", "Nakamura-ku, Nagoya-shi"),
    ("福岡県", "福岡市博多区博多駅前", "812-0011", "Fukuoka", "Hakata-ku, Fukuoka-shi"),
    ("北海道", "札幌市中央区北一条西", "060-0001", "Hokkaido", "Chuo-ku, Sapporo-shi"),
]
JP_BUILDINGS = [
    "メゾン青山 302",
    "パークハイツ 1105",
    "コーポ山田 201",
    "",
    "グランドメゾン 807",
    "サンライズ 4F",
]
MX_STREETS = [
    "Av. Insurgentes Sur", "Calle Miguel Hidalgo", "Av. Revolución", "Calle José María Morelos", "Av. Juárez",
    "Calle 5 de Mayo", "Av. Vallarta", "Calle Independencia", "Calzada de Tlalpan", "Av. Constitución",
]  # fmt: skip
MX_COLONIAS = [
    "Del Valle", "Roma Norte", "Narvarte Poniente", "Providencia", "Centro", "Obrera", "Mitras Centro",
    "Ladrón de Guevara", "San Rafael", "Jardines del Bosque",
]  # fmt: skip
MX_MUNICIPIOS = [
    ("Benito Juárez", "CDMX"), ("Cuauhtémoc", "CDMX"), ("Guadalajara", "Jalisco"), ("Zapopan", "Jalisco"),
    ("Monterrey", "Nuevo León"), ("Puebla", "Puebla"), ("Tlalnepantla de Baz", "Estado de México"),
    ("Mérida", "Yucatán"), ("Ecatepec de Morelos", "Estado de México"),
]  # fmt: skip
MX_STATE_CODES = ["DF", "JC", "NL", "PL", "MC", "YN", "GT", "VZ", "OC"]
EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"],
    "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"],
    "MX": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"],
}
ASCII = str.maketrans("áéíóúñüÁÉÍÓÚÑ '", "aeiounuAEIOUN..")

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B58_RIPPLE = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b58check(payload: bytes, alphabet: str = B58) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, rem = divmod(n, 58)
        out = alphabet[rem] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return alphabet[0] * pad + out


def bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def segwit_address(program: bytes) -> str:
    acc, bits, data = 0, 0, [0]
    for byte in program:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = bech32_polymod(expanded + data + [0] * 6) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + checksum)


def _hot(label: str) -> bytes:
    return hashlib.sha256(label.encode()).digest()[:20]


# The exchange's own hot wallets (the source of every withdrawal): the company's, not a person's.
HOT_WALLETS = [
    segwit_address(_hot("coinvault-hot-btc-1")),
    "0x" + _hot("coinvault-hot-eth-1").hex(),
    b58check(b"\x41" + _hot("coinvault-hot-tron-1")),
]


class MoneyFake(Fake):
    """Fake plus per-country people and the money domain's identifiers. `cc` is the country of the
    message being rendered (set per message); `state` carries an asset between related fields."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.cc = "US"
        self.state: dict[str, Any] = {}

    # -- people --
    def first(self):
        if self.cc == "JP":
            return self.pick(JP_MEI)[0]
        return self.pick({"US": US_FIRST, "NG": NG_FIRST, "MX": MX_FIRST}[self.cc])

    def last(self):
        if self.cc == "JP":
            return self.pick(JP_SEI)[0]
        if self.cc == "MX":
            return self.pick(MX_LAST)
        return self.pick({"US": US_LAST, "NG": NG_LAST}[self.cc])

    def full_name(self):
        if self.cc == "JP":
            sei, mei = self.pick(JP_SEI), self.pick(JP_MEI)
            return self.pick([f"{sei[0]} {mei[0]}", f"{mei[2]} {sei[2]}"])
        if self.cc == "MX":
            return f"{self.first()} {self.last()} {self.last()}"
        if self.cc == "NG" and self.r.random() < 0.3:
            return f"{self.last().upper()} {self.first()} {self.pick(NG_FIRST)}"
        return f"{self.first()} {self.last()}"

    def jp_person(self):
        """The message's Japanese customer (surname, given name): kanji, kana and romaji agree."""
        if "jp_person" not in self.state:
            self.state["jp_person"] = (self.pick(JP_SEI), self.pick(JP_MEI))
        return self.state["jp_person"]

    def kanji_name(self):
        sei, mei = self.jp_person()
        return f"{sei[0]} {mei[0]}"

    def romaji_name(self):
        sei, mei = self.jp_person()
        return f"{mei[2]} {sei[2]}"

    def kana_name(self):
        sei, mei = self.jp_person()
        return f"{sei[1]} {mei[1]}"

    def place(self):
        """The message's locality (city, region, postal prefix...): city, state and zip agree."""
        if "place" not in self.state:
            table = {"US": US_PLACES, "NG": NG_PLACES, "JP": JP_PLACES, "MX": MX_MUNICIPIOS}[self.cc]
            self.state["place"] = self.pick(table)
        return self.state["place"]

    def us_name(self):
        return f"{self.pick(US_FIRST)} {self.pick(US_LAST)}"

    def mx_name(self):
        return f"{self.pick(MX_FIRST)} {self.pick(MX_LAST)} {self.pick(MX_LAST)}"

    def email(self):
        if self.cc == "JP":
            sei, mei = self.jp_person()
            local = mei[2].lower() + self.pick([".", "_", ""]) + sei[2].lower()
        else:
            first = self.first().split()[0].translate(ASCII).lower()
            last = self.last().translate(ASCII).lower().replace(".", "")
            local = self.pick(
                [f"{first}.{last}", f"{first}{last[:4]}", f"{first[0]}{last}", f"{last}.{first}"]
            )
        suffix = self.pick(["", str(self.r.randint(1, 99)), str(self.r.randint(1970, 2004))])
        return f"{local}{suffix}@{self.pick(EMAIL_DOMAINS[self.cc])}"

    def phone(self, style=None):
        d = self.digits
        if self.cc == "NG":
            p = self.pick(NG_PREFIX)
            a, b = d(3), d(4)
            return self.pick([f"+234 {p} {a} {b}", f"0{p}{a}{b}", f"+234{p}{a}{b}", f"0{p} {a} {b}"])
        if self.cc == "JP":
            p = self.pick(["90", "80", "70"])
            a, b = d(4), d(4)
            return self.pick(
                [f"0{p}-{a}-{b}", f"+81 {p}-{a}-{b}", f"+81{p}{a}{b}", f"03-{a}-{b}", f"0{p}{a}{b}"]
            )
        if self.cc == "MX":
            lada = self.pick(["55", "33", "81", "222", "999"])
            rest = d(10 - len(lada))
            split = f"{rest[:-4]} {rest[-4:]}"
            return self.pick(
                [f"+52 {lada} {split}", f"{lada} {split}", f"+521{lada}{rest}", f"({lada}) {split}"]
            )
        area, ex, line = self.pick(US_AREA), self.r.randint(201, 989), d(4)
        return self.pick(
            [f"({area}) {ex}-{line}", f"+1{area}{ex}{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}"]
        )

    def local_phone(self, cc):
        saved, self.cc = self.cc, cc
        try:
            return self.phone()
        finally:
            self.cc = saved

    def street(self):
        if self.cc == "NG":
            return f"{self.r.randint(1, 120)} {self.pick(NG_STREETS)}"
        if self.cc == "JP":
            place = self.place()
            return f"{place[1]}{self.r.randint(1, 5)}-{self.r.randint(1, 30)}-{self.r.randint(1, 20)}"
        if self.cc == "MX":
            return f"{self.pick(MX_STREETS)} {self.r.randint(1, 3999)}"
        apt = self.pick(
            ["", "", f" Apt {self.r.randint(1, 40)}{self.pick('ABCD')}", f" Unit {self.r.randint(100, 999)}"]
        )
        return f"{self.r.randint(10, 19999)} {self.pick(US_STREETS)}{apt}"

    def city(self):
        place = self.place()
        return place[4] if self.cc == "JP" else place[0]

    def region(self):
        place = self.place()
        return place[3] if self.cc == "JP" else place[1]

    def zip(self):
        if self.cc == "NG":
            return self.pick(["100001", "101233", "900288", "500272", "200132", "106104"])
        if self.cc == "JP":
            return self.place()[2]
        if self.cc == "MX":
            return f"{self.r.randint(1000, 97999):05d}"
        return self.place()[2] + f"{self.r.randint(1, 99):02d}"

    def one_line_address(self):
        if self.cc == "JP":
            place = self.place()
            return f"〒{place[2]} {place[0]}{self.street()} {self.pick(JP_BUILDINGS)}".strip()
        if self.cc == "MX":
            muni, state = self.pick(MX_MUNICIPIOS)
            return f"{self.street()}, Col. {self.pick(MX_COLONIAS)}, {muni}, {state}, C.P. {self.zip()}"
        if self.cc == "NG":
            city, state = self.pick(NG_PLACES)
            return f"{self.street()}, {city}, {state} State"
        city, state, z = self.pick(US_PLACES)
        return f"{self.street()}, {city}, {state} {z}{self.r.randint(1, 99):02d}"

    def lat(self):
        lo, hi = {"US": (25.8, 47.6), "NG": (4.8, 12.0), "JP": (31.6, 43.1), "MX": (14.9, 32.5)}[self.cc]
        return round(self.r.uniform(lo, hi), 6)

    def lon(self):
        lo, hi = {"US": (-122.4, -71.0), "NG": (3.1, 13.2), "JP": (130.4, 141.4), "MX": (-117.0, -86.8)}[
            self.cc
        ]
        return round(self.r.uniform(lo, hi), 6)

    def dob(self, start=1955, end=2004):
        return self.date(start, end)

    def ip(self):
        r = self.r
        if r.random() < 0.25:
            prefix = {"US": "2600:1700", "NG": "2c0f:f5c0", "JP": "240b:10", "MX": "2806:2f0"}[self.cc]
            return prefix + ":" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(6))
        return self.ipv4()

    # -- government ids --
    def itin(self):
        return f"9{self.r.randint(0, 99):02d}-{self.pick([70, 71, 78, 83, 88, 90, 94, 99])}-{self.r.randint(1, 9999):04d}"

    def ein(self):
        return f"{self.pick(['12', '20', '27', '45', '46', '47', '81', '84', '94', '95'])}-{self.digits(7)}"

    def bvn(self):
        return "22" + self.digits(9)

    def nin(self):
        return self.digits(11)

    def my_number(self):
        body = [self.r.randint(0, 9) for _ in range(11)]
        total = 0
        for n, p in enumerate(reversed(body), start=1):
            total += p * (n + 1 if n <= 6 else n - 5)
        rem = total % 11
        check = 0 if rem <= 1 else 11 - rem
        return "".join(map(str, body)) + str(check)

    def curp(self):
        r = self.r
        cons = "BCDFGHJKLMNPRSTVZ"
        letters = (
            r.choice("GHMRLPSCTVAFJD")
            + r.choice("AEIOU")
            + r.choice("GHMRLPSCTVAFJD")
            + r.choice("AJMLRSFCG")
        )
        y = r.randint(1960, 2004)
        date = f"{y % 100:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        body = (
            letters
            + date
            + r.choice("HM")
            + r.choice(MX_STATE_CODES)
            + "".join(r.choice(cons) for _ in range(3))
        )
        body += str(r.randint(0, 9)) if y < 2000 else r.choice("ABCDE")
        alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        total = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def rfc(self):
        r = self.r
        letters = (
            r.choice("GHMRLPSCTVAFJD")
            + r.choice("AEIOU")
            + r.choice("GHMRLPSCTVAFJD")
            + r.choice("AJMLRSFCG")
        )
        date = f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        body = (
            letters
            + date
            + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
            + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
        )
        alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
        total = sum(alphabet.index(c) * (13 - i) for i, c in enumerate(body))
        rem = total % 11
        check = "0" if rem == 0 else ("A" if 11 - rem == 10 else str(11 - rem))
        return body + check

    def clave_elector(self):
        r = self.r
        up = "BCDFGHJKLMNPRSTVXZ"
        return (
            "".join(r.choice(up) for _ in range(6))
            + f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            + f"{r.randint(1, 32):02d}"
            + r.choice("HM")
            + f"{r.randint(0, 999):03d}"
        )

    def passport(self):
        if self.cc == "JP":
            return self.pick(["TK", "TR", "TZ", "MU"]) + self.digits(7)
        if self.cc == "NG":
            return self.pick(["A", "B"]) + self.digits(8)
        if self.cc == "MX":
            return self.pick(["G", "N"]) + self.digits(8)
        return self.pick(["A", "5", "6"]) + self.digits(8)

    def driving_licence(self):
        if self.cc == "JP":
            return self.digits(12)
        if self.cc == "NG":
            return self.pick(["LSD", "ABJ", "KAN"]) + self.digits(5) + "AA" + self.digits(2)
        if self.cc == "MX":
            return self.pick(["A", "B", "C"]) + self.digits(8)
        return self.pick(["D" + self.digits(7), self.digits(8), "S" + self.digits(12)])

    def document_number(self):
        return self.pick(
            [self.passport(), self.driving_licence(), self.nin() if self.cc == "NG" else self.curp()]
        )

    def ptin(self):
        return "P" + self.digits(8)

    # -- bank accounts --
    def routing(self):
        while True:
            d = [
                int(c)
                for c in self.pick(["02", "03", "04", "06", "07", "11", "12", "21", "26", "32"])
                + self.digits(7)
            ]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                return "".join(map(str, d))

    def us_account(self):
        return self.digits(self.pick([8, 9, 10, 12]))

    def clabe(self):
        body = (
            self.pick(["002", "012", "014", "021", "072", "127", "137", "646"])
            + self.digits(3)
            + self.digits(11)
        )
        total = sum((int(c) * w) % 10 for c, w in zip(body, [3, 7, 1] * 6, strict=False))
        return body + str((10 - total % 10) % 10)

    def nuban(self):
        bank = self.pick(["058", "044", "057", "011", "033", "232", "050", "214"])
        serial = self.digits(9)
        weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
        total = sum(int(c) * w for c, w in zip(bank + serial, weights, strict=True))
        return serial + str((10 - total % 10) % 10)

    def jp_account(self):
        return f"{self.r.randint(0, 9999999):07d}"

    def lei(self):
        body = (
            self.pick(["5493", "2138", "9695", "8945"])
            + "00"
            + "".join(self.r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12))
        )
        numeric = int("".join(str(int(c, 36)) for c in body + "00"))
        return body + f"{98 - numeric % 97:02d}"

    # -- crypto --
    def asset(self):
        asset = self.pick(["BTC", "ETH", "USDT", "USDC", "SOL", "XRP", "BTC", "USDT"])
        network = {
            "BTC": "bitcoin",
            "ETH": "ethereum",
            "USDT": self.pick(["tron", "ethereum"]),
            "USDC": self.pick(["ethereum", "polygon"]),
            "SOL": "solana",
            "XRP": "xrpl",
        }[asset]
        self.state["asset"], self.state["network"] = asset, network
        return asset

    def network(self):
        return self.state.get("network", "bitcoin")

    def address(self, network=None):
        network = network or self.state.get("network", "bitcoin")
        raw = self.r.randbytes(20)
        if network == "bitcoin":
            return self.pick([segwit_address(raw), b58check(b"\x00" + raw), b58check(b"\x05" + raw)])
        if network in ("ethereum", "polygon"):
            return "0x" + raw.hex()
        if network == "tron":
            return b58check(b"\x41" + raw)
        if network == "xrpl":
            return b58check(b"\x00" + raw, B58_RIPPLE)
        n = int.from_bytes(self.r.randbytes(32), "big")
        out = ""
        while n:
            n, rem = divmod(n, 58)
            out = B58[rem] + out
        return out

    def tx_hash(self):
        network = self.state.get("network", "bitcoin")
        h = self.hexid(64)
        return "0x" + h if network in ("ethereum", "polygon") else h

    def crypto_amount(self):
        return {"BTC": round(self.r.uniform(0.0005, 1.5), 8), "ETH": round(self.r.uniform(0.01, 12), 6)}.get(
            self.state.get("asset", "USDT"), round(self.r.uniform(5, 25000), 2)
        )

    def b64url(self, n):
        return "".join(
            self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            for _ in range(n)
        )

    def alnum(self, n, upper=False):
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" if upper else "abcdefghijkmnopqrstuvwxyz0123456789"
        return "".join(self.r.choice(chars) for _ in range(n))


# -- templates beyond build.py: an optional key, and the rendering that knows it --------------------


class Opt:
    """A key present in about `p` of the messages (a template that sends it only sometimes)."""

    def __init__(self, item: Any, p: float = 0.6):
        self.item, self.p = item, p


def render(template: Any, f: MoneyFake, path: str, labels: dict[str, dict]) -> Any:
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
    """A constant (green) leaf."""
    return G(lambda f: value)


def P(*items):
    """A green leaf picked from `items`."""
    return G(lambda f: f.pick(list(items)))


# -- contexts of the client libraries ---------------------------------------------------------------

LOCALES = {
    "US": (
        ["en-US", "es-US", "en-US"],
        ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"],
    ),
    "NG": (["en-NG", "en-GB", "en-US"], ["Africa/Lagos"]),
    "JP": (["ja-JP", "ja", "en-JP"], ["Asia/Tokyo"]),
    "MX": (["es-MX", "es-419", "es-MX"], ["America/Mexico_City", "America/Monterrey", "America/Merida"]),
}
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A146P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 12; TECNO KG5j) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36",
]
SITES = {
    "cv": (
        "https://www.coinvault.com",
        ["/", "/markets", "/trade/BTC-USD", "/wallet", "/settings/security", "/tax"],
        "Coinvault",
    ),
    "fl": (
        "https://www.fairlend.com",
        ["/", "/apply", "/apply/income", "/dashboard", "/pay", "/es-mx/solicitud"],
        "Fairlend",
    ),
    "tx": (
        "https://app.taxly.com",
        ["/", "/return/dependents", "/return/income/w2", "/return/deductions", "/file", "/refund"],
        "Taxly",
    ),
    "shop": ("https://shop.", ["/checkout", "/cart", "/checkouts/c/", "/products/"], "Checkout"),
}
MERCHANT_HOSTS = [
    "bluecrestoutdoors.com",
    "nikkihome.co",
    "urbanpawsupply.com",
    "velocitybikes.us",
    "lunaandsage.com",
]


def page_path(f, paths):
    if "page_path" not in f.state:
        f.state["page_path"] = f.pick(paths)
    return f.state["page_path"]


def locale(f):
    return f.pick(LOCALES[f.cc][0])


def tz(f):
    return f.pick(LOCALES[f.cc][1])


def web_context(site: str):
    base, paths, title = SITES[site]

    def url(f):
        if site == "shop":
            return f"{base}{f.pick(MERCHANT_HOSTS)}{page_path(f, paths)}{f.hexid(8) if f.r.random() < 0.4 else ''}"
        return base + page_path(f, paths)

    return {
        "library": {
            "name": C("analytics.js"),
            "version": P("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"),
        },
        "page": {
            "path": G(lambda f: page_path(f, paths)),
            "referrer": P(
                "",
                "https://www.google.com/",
                "https://t.co/",
                "https://www.bing.com/",
                "https://l.facebook.com/",
            ),
            "search": P("", "", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?step=2"),
            "title": P(f"{title}", f"{title} | Dashboard", f"Sign in · {title}", f"{title} – Settings"),
            "url": G(url),
        },
        "userAgent": P(*WEB_UAS),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": P("Chromium", "Google Chrome", "Not-A.Brand"),
                        "version": P("124", "123", "99"),
                    },
                    3,
                ),
                "mobile": P(True, False),
                "platform": P("Windows", "macOS", "Android"),
            },
            0.6,
        ),
        "locale": G(locale),
        "timezone": G(tz),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": Opt(
            {
                "name": P(
                    "spring_tax_2024", "btc_halving", "bnpl_launch_mx", "refer_a_friend", "brand_search"
                ),
                "source": P("google", "facebook", "tiktok", "newsletter", "x"),
                "medium": P("cpc", "email", "social", "affiliate"),
                "term": Opt(P("buy bitcoin", "file taxes free", "prestamos en linea", "pay later"), 0.6),
                "content": Opt(P("hero_a", "banner_b", "video_15s"), 0.6),
            },
            0.35,
        ),
        "consent": Opt(
            {
                "categoryPreferences": {
                    "Advertising": P(True, False),
                    "Analytics": P(True, False),
                    "Functional": C(True),
                    "DataSharing": P(True, False),
                }
            },
            0.5,
        ),
    }


def app_block(name, namespace, versions):
    return {
        "name": C(name),
        "version": P(*versions),
        "build": P(*[v.replace(".", "") for v in versions]),
        "namespace": C(namespace),
    }


def swift_context(f):
    return {
        "app": app_block("Coinvault", "com.coinvault.ios", ["7.31.0", "7.32.1", "7.33.0"]),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2", "iPad13,18"),
            "name": P("iPhone", "iPad"),
            "type": C("ios"),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "adTrackingEnabled": P(True, False),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0", "1.5.9")},
        "locale": G(locale),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {"name": P("iOS", "iPadOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 393, 430, 820), "height": P(844, 852, 932, 1180)},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {"email": Y(lambda f: f.email(), "email"), "userId": G(lambda f: "cv_" + f.digits(8))}, 0.5
        ),
    }


def flutter_context(f):
    return {
        "app": app_block("Coinvault Lite", "com.coinvault.lite", ["2.4.0", "2.4.2", "2.5.0"]),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("TECNO", "Infinix", "samsung", "itel", "Xiaomi"),
            "model": P("TECNO KG5j", "Infinix X6816", "SM-A145F", "itel A665L", "Redmi Note 12"),
            "type": C("android"),
        },
        "library": {"name": C("analytics_flutter"), "version": P("1.1.4", "1.1.6")},
        "os": {"name": C("Android"), "version": P("12", "13", "11")},
        "screen": {"width": P(720, 1080), "height": P(1612, 2400, 1600)},
        "locale": G(locale),
        "timezone": G(tz),
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "carrier": P("MTN NG", "Airtel NG", "Glo", "9mobile"),
        },
        "traits": Opt(
            {"email": Y(lambda f: f.email(), "email"), "phone": Y(lambda f: f.phone(), "phone")}, 0.5
        ),
    }


def kotlin_context(f):
    return {
        "app": app_block("Fairlend", "mx.fairlend.app", ["4.12.0", "4.13.2", "4.14.0"]),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "motorola", "Xiaomi", "OPPO", "HUAWEI"),
            "model": P("SM-A155M", "moto g54 5G", "Redmi Note 13", "CPH2591", "SM-A055M"),
            "name": P("a15", "cancunf", "sapphire", "a05m"),
            "type": C("android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
            "adTrackingEnabled": P(True, False),
        },
        "library": {"name": C("analytics-kotlin"), "version": P("1.15.0", "1.16.3")},
        "locale": G(locale),
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "bluetooth": C(False),
            "carrier": P("TELCEL", "AT&T MX", "Movistar", "Bait"),
        },
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.0, 2.625, 3.0), "height": P(2400, 1600, 2340), "width": P(1080, 720)},
        "timezone": G(tz),
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155M Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; moto g54 5G Build/U1TDS34.94-12-7-2)",
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": Opt(
            {"latitude": Y(lambda f: f.lat(), "geolocation"), "longitude": Y(lambda f: f.lon(), "geolocation")},
            0.5,
        ),
    }  # fmt: skip


def rn_context(f):
    return {
        "app": app_block("Taxly", "com.taxly.mobile", ["24.3.0", "24.3.1", "24.4.0"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "Google", "samsung"),
            "model": P("iPhone14,7", "Pixel 7", "SM-S918U", "iPhone15,4"),
            "name": P("iPhone", "panther", "dm3q"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics-react-native"), "version": P("2.19.2", "2.20.1")},
        "locale": G(locale),
        "network": {"cellular": P(True, False), "wifi": P(True, False)},
        "os": {"name": P("iOS", "Android"), "version": P("17.4", "14", "17.3.1")},
        "screen": {"height": P(844, 915, 932), "width": P(390, 412, 430)},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {
                "email": Y(lambda f: f.email(), "email"),
                "firstName": Y(lambda f: f.first(), "name"),
                "plan": P("free", "deluxe", "premier"),
            },
            0.6,
        ),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.5.0"]),
    "php": ("analytics-php", ["3.7.3", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str, forwarded: bool = False, external: bool = False):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": C(name), "version": P(*versions)}}
    if forwarded:
        ctx["ip"] = Y(lambda f: f.ip(), "ip")
        ctx["userAgent"] = Opt(P(*WEB_UAS), 0.7)
        ctx["locale"] = Opt(G(locale), 0.5)
    if external:
        ctx["externalIds"] = Many(
            {
                "id": G(lambda f: "cus_" + f.alnum(14)),
                "type": C("stripe_customer_id"),
                "collection": C("users"),
                "encoding": C("none"),
            },
            1,
        )
    if lib == "dotnet":
        ctx["active"] = C(False)
    return ctx


CLIENTS = {
    "cv_web": lambda f: web_context("cv"),
    "cv_ios": swift_context,
    "cv_flutter": flutter_context,
    "cv_node": lambda f: server_context("node", forwarded=True),
    "cv_go": lambda f: server_context("go"),
    "cv_java": lambda f: server_context("java"),
    "fl_web": lambda f: web_context("fl"),
    "fl_widget": lambda f: web_context("shop"),
    "fl_kotlin": kotlin_context,
    "fl_php": lambda f: server_context("php", forwarded=True),
    "fl_ruby": lambda f: server_context("ruby"),
    "tx_web": lambda f: web_context("tx"),
    "tx_rn": rn_context,
    "tx_python": lambda f: server_context("python", external=True),
    "tx_dotnet": lambda f: server_context("dotnet"),
    "tx_retl": lambda f: server_context("python"),
}


# -- value generators used by several events ------------------------------------------------------


def name_first(f):
    return f.first()


def name_last(f):
    return f.last()


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def channel_then_destination(f):
    f.state["channel"] = f.pick(["sms", "email", "whatsapp", "sms"])
    return f.state["channel"]


def destination(f):
    return f.email() if f.state.get("channel") == "email" else f.phone()


def form_field_name(f):
    f.state["field"] = f.pick(["email", "mobile_phone", "full_name", "home_address"])
    return f.state["field"]


def form_field_value(f):
    field = f.state.get("field")
    if field == "email":
        return f.email()
    if field == "mobile_phone":
        return f.phone()
    if field == "full_name":
        return f.full_name()
    return f.one_line_address()


def support_text(f):
    return f.pick(
        [
            f"Hi, I changed my number to {f.phone()} please update my account",
            f"Withdrawal still pending. You can email me at {f.email()}",
            f"I no longer have access to {f.email()}, can you switch it to {f.email()}?",
            f"Please call me on {f.phone()}, my 2FA device was stolen",
            f"my login email is {f.email()} and I can't reset the password",
            f"Deposit missing since yesterday, whatsapp {f.phone()}",
        ]
    )


def admin_query(f):
    return f.pick([f.email(), f.phone(), f.full_name(), f.email()])


def review_note(f):
    return f.pick(
        [
            "Docs match, approved.",
            "Selfie blurry, asked for a retake.",
            "Address proof older than 90 days.",
            "Source of funds explained (salary + savings).",
            "Escalated to compliance: high-risk counterparty exposure.",
            "Duplicate account closed, kept the older one.",
        ]
    )


def cobranza_nota(f):
    n = f.full_name()
    return f.pick(
        [
            f"Contesta la hermana, {n}, dice que el cliente regresa el viernes",
            f"Cliente {n} promete pagar el día 15 por SPEI",
            f"Se dejó recado con {n} (esposa), volver a marcar en la tarde",
            f"Acuerdo de pago parcial con {n}, 2 exhibiciones",
            f"{n} niega conocer al titular, solicita no volver a llamar",
        ]
    )


def medical_description(f):
    return f.pick(
        [
            "Insulin pens (NovoLog FlexPen) x3 boxes",
            "Physical therapy after ACL reconstruction",
            "Chemotherapy co-pay, cycle 4",
            "Adderall XR 20mg, 90-day supply",
            "Root canal and crown",
            "CPAP machine for sleep apnea",
            "IVF medication (Gonal-f)",
            "Therapy sessions for anxiety, 12 visits",
            "Hearing aids, both ears",
            "Dialysis transport and co-insurance",
            "Metformin and glucose test strips",
            "LASIK surgery",
        ]
    )


def assistant_input(f):
    return f.pick(
        [
            "Can I deduct daycare for my 4 year old?",
            "do I need to report crypto if I only bought and held",
            "what is the standard deduction for married filing jointly 2023",
            "Why did my refund go down from last year?",
            "Is my HSA contribution deductible if my employer paid it?",
            "I moved from Texas to California in June, which state return do I file",
            "how long until the IRS accepts my return",
            "Can I claim my mom as a dependent if she lives with us?",
            "I got a 1099-K from PayPal for selling my old couch, is that taxable?",
        ]
    )


def preparer_note(f):
    return f.pick(
        [
            "Missing 1098-E; asked client to upload.",
            "Verified dependent eligibility, EITC claimed.",
            "Home office deduction reduced to simplified method.",
            "State return needs part-year allocation.",
            "All documents reconciled, ready to file.",
        ]
    )


def jp_income_band(f):
    return f.pick(
        ["300万円未満", "300万円～500万円", "500万円～1000万円", "1000万円～2000万円", "2000万円以上"]
    )


def jp_date(f):
    y, m, d = f.r.randint(1955, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}/{m:02d}/{d:02d}", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}"])


def jp_address(f):
    place = f.place()
    return f"{place[0]}{place[1]}{f.r.randint(1, 5)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)} {f.pick(JP_BUILDINGS)}".strip()


def jp_romaji_address(f):
    place = f.place()
    return f"{f.r.randint(1, 5)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)} {place[4]}, {place[3]}"


def kana_upper(f):
    return f.kana_name()


def ng_account_name(f):
    return f"{f.pick(NG_LAST).upper()} {f.pick(NG_FIRST).upper()} {f.pick(NG_FIRST).upper()}"


def reset_url(f):
    host = f.pick(["https://app.taxly.com/reset-password", "https://accounts.taxly.com/reset"])
    return f"{host}?token={f.b64url(43)}&utm_source=transactional"


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(
            lambda f: f.pick(
                ["TX-DLX-24", "TX-PRM-24", "TX-SE-24", "TX-ST-ADD", "BC-TENT-4P", "UP-LEASH-M", "VB-HLM-22"]
            )
        ),
        "name": P(
            "Taxly Deluxe 2023",
            "Taxly Premier 2023",
            "State return add-on",
            "Trailhead 4P Tent",
            "Reflective Dog Leash (M)",
            "Aero Helmet 22",
        ),
        "brand": P("Taxly", "Bluecrest", "Urban Paw", "Velocity"),
        "category": P("Software", "Outdoor", "Pet Supplies", "Cycling"),
        "price": G(money(9, 400)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": Opt(G(lambda f: f"https://shop.{f.pick(MERCHANT_HOSTS)}/products/{f.hexid(6)}"), 0.5),
    }


# -- Coinvault: crypto exchange (US, Nigeria, Japan) ----------------------------------------------

US_NG = ["US", "NG", "US"]

COINVAULT = [
    (
        "identify",
        None,
        ["cv_web", "cv_ios"],
        US_NG,
        3,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(name_first, "name"),
            "lastName": Y(name_last, "name"),
            "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            "dateOfBirth": Opt(Y(lambda f: f.dob(), "birthdate"), 0.7),
            "nationality": Opt(
                Y(lambda f: f.pick(["American", "Nigerian", "Ghanaian", "Indian", "Mexican"]), "citizenship"),
                0.6,
            ),
            "country": G(lambda f: f.cc),
            "kycTier": P("tier_0", "tier_1", "tier_2", "tier_3"),
            "createdAt": G(lambda f: f.iso()),
            "referralCode": G(lambda f: f.alnum(8, upper=True)),
            "emailVerified": P(True, False),
            "phoneVerified": P(True, False),
            "twoFactorEnabled": P(True, False),
            "preferredCurrency": G(lambda f: {"US": "USD", "NG": "NGN"}[f.cc]),
        },
    ),
    (
        "track",
        "Signed Up",
        ["cv_web", "cv_ios", "cv_flutter"],
        US_NG,
        2,
        {
            "method": P("email", "google", "apple", "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.4),
            "referral_code": Opt(G(lambda f: f.alnum(8, upper=True)), 0.4),
            "country": G(lambda f: f.cc),
            "promo_code": Opt(P("HALVING24", "NAIJA10", "WELCOME"), 0.3),
            "email_marketing_consent": P(True, False),
        },
    ),
    (
        "track",
        "Login Succeeded",
        ["cv_node"],
        US_NG,
        3,
        {
            "login_method": P("password", "passkey", "google", "magic_link"),
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "device_fingerprint": G(lambda f: f.hexid(32)),
            "new_device": P(True, False),
            "geo": {
                "city": Y(lambda f: f.city(), "city"),
                "country_code": G(lambda f: f.cc),
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            "risk_level": P("low", "medium", "high"),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Login Failed",
        ["cv_node"],
        US_NG,
        2,
        {
            "email_entered": Y(lambda f: f.email(), "email"),
            "failure_reason": P("bad_password", "unknown_account", "2fa_failed", "locked"),
            "attempt_count": G(lambda f: f.r.randint(1, 8)),
            "ip_address": Y(lambda f: f.ip(), "ip"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["cv_node"],
        US_NG,
        2,
        {
            "channel": G(channel_then_destination),
            "destination": Y(destination, "phone|email", True),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "password|token"),
            "expires_in_seconds": P(300, 600),
            "purpose": P("login", "withdrawal", "add_address", "change_email"),
            "template_id": P("otp_sms_v3", "otp_email_v2", "otp_wa_v1"),
        },
    ),
    (
        "track",
        "Phone Number Added",
        ["cv_ios", "cv_flutter"],
        US_NG,
        2,
        {
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "country_code": G(lambda f: {"US": "+1", "NG": "+234"}[f.cc]),
            "verified": P(True, False),
            "previous_phone_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Security Key Registered",
        ["cv_web"],
        US_NG,
        2,
        {
            "credential_id": G(lambda f: f.b64url(43)),
            "authenticator_name": P(
                "YubiKey 5 NFC", "iCloud Keychain", "Google Password Manager", "Windows Hello"
            ),
            "is_passkey": P(True, False),
        },
    ),
    (
        "track",
        "API Key Created",
        ["cv_web"],
        US_NG,
        2,
        {
            "api_key_id": G(lambda f: f.uuid()),
            "key_prefix": G(lambda f: "cvk_live_" + f.alnum(6)),
            "label": P(
                "tradingview bot", "Koinly sync", "grid bot #2", "3commas", "tax export", "home server"
            ),
            "permissions": Many(P("read", "trade", "withdraw", "transfer"), 3),
            "ip_allowlist": Many(Y(lambda f: f.ipv4(), "ip"), 3),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "KYC Check Completed",
        ["cv_node"],
        US_NG,
        3,
        {
            "check_id": G(lambda f: f.uuid()),
            "applicant_id": G(lambda f: f.uuid()),
            "report": {
                "id": G(lambda f: f.uuid()),
                "result": P("clear", "consider"),
                "sub_result": P("clear", "caution", "suspected", "rejected"),
                "properties": {
                    "first_name": Y(name_first, "name"),
                    "last_name": Y(name_last, "name"),
                    "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                    "date_of_expiry": G(lambda f: f.date(2025, 2034)),
                    "document_type": P("passport", "driving_licence", "national_identity_card"),
                    "issuing_country": G(lambda f: {"US": "USA", "NG": "NGA"}[f.cc]),
                    "nationality": Y(
                        lambda f: (
                            {"US": "USA", "NG": "NGA"}[f.cc]
                            if f.r.random() < 0.8
                            else f.pick(["GHA", "GBR", "IND", "MEX"])
                        ),
                        "citizenship",
                    ),
                    "gender": Y(lambda f: f.pick(["Male", "Female"]), "gender|sex"),
                    "document_numbers": Many(
                        {
                            "value": RED(lambda f: f.document_number(), "passport|national id|license", True),
                            "type": C("document_number"),
                        },
                        1,
                    ),
                },
            },
            "document_front_url": Y(
                lambda f: f"https://kyc-uploads.coinvault.com/docs/{f.uuid()}/front.jpg", "photo"
            ),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.coinvault.com/selfies/{f.uuid()}.jpg", "photo"),
            "face_similarity_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
        },
    ),
    (
        "track",
        "Manual Review Completed",
        ["cv_node"],
        US_NG,
        2,
        {
            "case_id": G(lambda f: "CASE-" + f.digits(7)),
            "decision": P("approved", "rejected", "more_info"),
            "note": G(review_note),
            "reviewer_id": G(lambda f: f.digits(5)),
            "reviewer_name": Y(lambda f: f.us_name(), "name"),
        },
    ),
    (
        "track",
        "BVN Verified",
        ["cv_node"],
        ["NG"],
        2,
        {
            "bvn": RED(lambda f: f.bvn(), "national id"),
            "nin": Opt(RED(lambda f: f.nin(), "national id"), 0.5),
            "phone_on_bvn": Y(lambda f: f.phone(), "phone"),
            "first_name_match": P(True, False),
            "last_name_match": P(True, False),
            "dob_match": P(True, False),
            "watchlisted": P(False, False, True),
            "provider": P("smile_id", "dojah", "youverify"),
            "response_ms": G(lambda f: f.r.randint(300, 9000)),
        },
    ),
    (
        "track",
        "Deposit Address Generated",
        ["cv_ios", "cv_flutter"],
        US_NG,
        3,
        {
            "asset": G(lambda f: f.asset()),
            "network": G(lambda f: f.network()),
            "address": Y(lambda f: f.address(), "crypto address"),
            "destination_tag": Opt(G(lambda f: f.r.randint(100000, 4294967295)), 0.3),
            "wallet_id": G(lambda f: f.uuid()),
            "is_new": P(True, False),
        },
    ),
    (
        "track",
        "Crypto Deposit Confirmed",
        ["cv_go"],
        US_NG,
        3,
        {
            "deposit_id": G(lambda f: f.digits(9)),
            "asset": G(lambda f: f.asset()),
            "network": G(lambda f: f.network()),
            "amount": G(lambda f: f.crypto_amount()),
            "amount_usd": G(money(10, 50000)),
            "tx_hash": G(lambda f: f.tx_hash()),
            "from_address": Y(lambda f: f.address(), "crypto address"),
            "to_address": Y(lambda f: f.address(), "crypto address"),
            "risk_category": P("none", "exchange", "mixer", "gambling", "p2p_exchange"),
            "credited_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Crypto Withdrawal Requested",
        ["cv_node"],
        US_NG,
        3,
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "asset": G(lambda f: f.asset()),
            "network": G(lambda f: f.network()),
            "amount": G(lambda f: f.crypto_amount()),
            "fee": G(money(0, 25)),
            "destination_address": Y(lambda f: f.address(), "crypto address"),
            "address_book_label": P(
                "Ledger Nano X", "Trezor", "Binance", "Kraken main", "cold storage", "Trust Wallet"
            ),
            "whitelisted": P(True, False),
            "requires_2fa": P(True, False),
            "travel_rule": Opt(
                {
                    "beneficiary_name": Y(lambda f: f.full_name(), "name"),
                    "beneficiary_vasp": P("Binance", "Kraken", "Luno", "Quidax", "self-hosted"),
                    "beneficiary_country": G(lambda f: f.pick(["US", "NG", "GB", "GH"])),
                    "beneficiary_address": Opt(Y(lambda f: f.one_line_address(), "address"), 0.6),
                },
                0.5,
            ),
        },
    ),
    (
        "track",
        "Crypto Withdrawal Broadcast",
        ["cv_go"],
        US_NG,
        2,
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "tx_hash": G(lambda f: f.tx_hash()),
            "source_address": P(*HOT_WALLETS),
            "broadcast_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Order Placed",
        ["cv_web", "cv_ios"],
        US_NG,
        5,
        {
            "order_id": G(lambda f: f.uuid()),
            "client_order_id": G(lambda f: "web-" + f.hexid(12)),
            "symbol": P("BTC-USD", "ETH-USD", "SOL-USDT", "BTC-NGN", "USDT-NGN", "XRP-USD"),
            "side": P("buy", "sell"),
            "quantity": G(lambda f: round(f.r.uniform(0.0001, 20), 6)),
            "price": G(money(0.5, 70000)),
        },
    ),
    (
        "screen",
        "Asset Detail",
        ["cv_ios", "cv_flutter"],
        US_NG,
        4,
        {
            "asset": P("BTC", "ETH", "SOL", "USDT", "XRP", "PEPE"),
            "from_screen": P("Home", "Markets", "Search", "Portfolio"),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ["cv_ios"],
        US_NG,
        2,
        {
            "invite_channel": P("sms", "email", "whatsapp"),
            "invitee": Y(lambda f: f.pick([f.email(), f.phone()]), "phone|email", True),
            "referral_code": G(lambda f: f.alnum(8, upper=True)),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["cv_web"],
        ["US"],
        2,
        {
            "link_session_id": G(lambda f: f.uuid()),
            "public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
            "institution": {
                "name": P(
                    "Chase",
                    "Bank of America",
                    "Wells Fargo",
                    "Navy Federal Credit Union",
                    "Chime",
                    "Ally Bank",
                ),
                "institution_id": P("ins_3", "ins_4", "ins_127989", "ins_15", "ins_35", "ins_25"),
            },
            "accounts": Many(
                {
                    "id": G(lambda f: f.alnum(37)),
                    "name": P(
                        "Total Checking",
                        "Adv Plus Banking",
                        "Everyday Checking",
                        "Chime Checking",
                        "Online Savings",
                    ),
                    "mask": G(lambda f: f.digits(4)),
                    "type": C("depository"),
                    "subtype": P("checking", "savings"),
                    "verification_status": P("automatically_verified", "pending_manual_verification"),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "ACH Deposit Initiated",
        ["cv_node"],
        ["US"],
        2,
        {
            "transfer_id": G(lambda f: f.uuid()),
            "amount": G(money(20, 20000)),
            "currency": C("USD"),
            "account_mask": G(lambda f: f.digits(4)),
            "routing_number": G(lambda f: f.routing()),
            "bank_name": P("Chase", "Bank of America", "Wells Fargo", "Chime", "Ally Bank"),
        },
    ),
    (
        "track",
        "Bank Account Added",
        ["cv_node"],
        ["NG"],
        2,
        {
            "bank_code": P("058", "044", "057", "011", "033", "232", "050", "214", "50211"),
            "bank_name": P("GTBank", "Access Bank", "Zenith Bank", "First Bank", "UBA", "Kuda MFB"),
            "account_number": RED(lambda f: f.nuban(), "bank account"),
            "account_name": Y(ng_account_name, "name"),
            "name_match_score": G(lambda f: f.r.randint(40, 100)),
            "is_default": P(True, False),
        },
    ),
    (
        "track",
        "Paystack Charge Succeeded",
        ["cv_node"],
        ["NG"],
        2,
        {
            "reference": G(lambda f: "CV-" + f.alnum(12, upper=True)),
            "amount": G(lambda f: f.r.randint(100000, 50000000)),
            "currency": C("NGN"),
            "channel": P("card", "bank", "ussd", "bank_transfer"),
            "customer": {
                "id": G(lambda f: f.r.randint(10000000, 199999999)),
                "customer_code": G(lambda f: "CUS_" + f.alnum(15)),
                "first_name": Y(name_first, "name"),
                "last_name": Y(name_last, "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
            },
            "authorization": {
                "authorization_code": RED(lambda f: "AUTH_" + f.alnum(10), "token"),
                "bin": P("408408", "539983", "506099", "418742"),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
                "brand": P("visa", "mastercard", "verve"),
                "signature": G(lambda f: "SIG_" + f.alnum(20)),
            },
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "paid_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Wire Withdrawal Requested",
        ["cv_node"],
        US_NG,
        2,
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "amount": G(money(500, 90000)),
            "currency": P("USD", "EUR", "GBP"),
            "beneficiary": {
                "name": Y(lambda f: f.full_name(), "name"),
                "iban": RED(lambda f: f.iban(f.pick(["GB", "DE", "FR", "NL", "ES"])), "bank account"),
                "bic": P("NWBKGB2L", "DEUTDEFF", "BNPAFRPP", "ABNANL2A", "CAIXESBB"),
                "bank_name": P("NatWest", "Deutsche Bank", "BNP Paribas", "ABN AMRO", "CaixaBank"),
                "bank_country": P("GB", "DE", "FR", "NL", "ES"),
                "address": Y(lambda f: f.one_line_address(), "address"),
            },
        },
    ),
    (
        "track",
        "Tax Info Submitted",
        ["cv_web"],
        ["US"],
        2,
        {
            "form": C("W-9"),
            "legal_name": Y(lambda f: f.full_name(), "name"),
            "tin_type": P("ssn", "itin"),
            "tin": RED(
                lambda f: f.pick([f.ssn(), f.itin(), f.ssn().replace("-", "")]),
                "social security number|national id",
            ),
            "tin_last4": RED(lambda f: f.digits(4), "social security number"),
            "address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.region()),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
            },
            "backup_withholding": P(True, False),
            "signature_ip": Y(lambda f: f.ip(), "ip"),
        },
    ),
    (
        "track",
        "Tax Report Generated",
        ["cv_web", "cv_node"],
        US_NG,
        2,
        {
            "report_id": G(lambda f: f.uuid()),
            "tax_year": P(2022, 2023),
            "report_type": P("form_8949", "1099-DA", "capital_gains_summary", "income_report"),
            "format": P("pdf", "csv", "turbotax_csv"),
            "realized_gain_usd": G(money(-20000, 90000)),
            "download_url": G(lambda f: f"https://app.coinvault.com/tax/reports/{f.uuid()}/download"),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["cv_web", "cv_ios"],
        US_NG,
        2,
        {
            "conversation_id": G(lambda f: f.digits(11)),
            "text": Y(support_text, "phone|email", True),
        },
    ),
    (
        "track",
        "Admin Customer Searched",
        ["cv_node"],
        US_NG,
        2,
        {
            "q": Y(admin_query, "email|phone|name", True),
            "search_scope": P("users", "all", "deposits"),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "admin_email": Y(
                lambda f: (
                    f"{f.pick(US_FIRST).lower().translate(ASCII)}.{f.pick(US_LAST).lower().translate(ASCII)}@coinvault.com".replace(
                        "'", ""
                    )
                ),
                "email",
            ),
        },
    ),
    (
        "group",
        "org",
        ["cv_node"],
        ["US"],
        2,
        {
            "name": P(
                "Atlas Capital LLC",
                "Kestrel Trading Partners",
                "Blue Harbor Family Office",
                "Nnamdi Ventures Ltd",
            ),
            "account_type": C("institutional"),
            "tier": P("vip_1", "vip_2", "vip_3"),
            "lei": G(lambda f: f.lei()),
            "incorporation_country": P("US", "NG", "KY"),
            "primary_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "title": P("COO", "Head of Trading", "Operations Associate"),
            },
        },
    ),
    (
        "track",
        "Internal Transfer Sent",
        ["cv_ios", "cv_flutter"],
        US_NG,
        3,
        {
            "transfer_id": G(lambda f: f.uuid()),
            "asset": P("USDT", "BTC", "USDC", "ETH"),
            "amount": G(money(1, 3000)),
            "lookup_method": P("email", "phone", "username", "qr"),
            "recipient": {
                "user_id": G(lambda f: f.digits(8)),
                "label": Y(lambda f: f.full_name(), "name", True),
                "email": Opt(Y(lambda f: f.email(), "email"), 0.5),
                "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
                "is_contact": P(True, False),
            },
            "memo": P(
                "rent",
                "for lunch",
                "school fees",
                "thanks!",
                "aso-ebi contribution",
                "",
                "split for the Uber",
            ),
        },
    ),
    (
        "track",
        "P2P Order Matched",
        ["cv_node"],
        ["NG"],
        3,
        {
            "p2p_order_id": G(lambda f: f.digits(19)),
            "side": P("buy", "sell"),
            "asset": P("USDT", "BTC", "USDC"),
            "price": G(money(1400, 1700)),
            "fiat_amount": G(lambda f: f.r.randint(5000, 5000000)),
            "fiat_currency": C("NGN"),
            "payment_window_min": P(15, 30, 45),
            "counterparty": {
                "nickname": P(
                    "QuickNairaXchange", "TrustedBTCng", "Mallam_Crypto", "ZeeTrades", "Naija Plug 24/7"
                ),
                "completion_rate": G(lambda f: round(f.r.uniform(0.85, 1.0), 3)),
                "bank_account_name": Y(ng_account_name, "name"),
                "bank_account_number": RED(lambda f: f.nuban(), "bank account"),
                "bank_name": P("Opay", "Moniepoint MFB", "Kuda MFB", "PalmPay", "GTBank"),
            },
            "status": P("matched", "paid", "released", "disputed"),
        },
    ),
    ("alias", None, ["cv_web"], US_NG, 2, {}),
    ("page", "Markets", ["cv_web"], US_NG, 4, {"category": Opt(P("Trade", "Markets"), 0.5)}),
]

# -- Coinvault Japan: the Java backend, romaji and Japanese-script keys -----------------------------

COINVAULT_JP = [
    (
        "track",
        "MyNumber Submitted",
        ["cv_java"],
        ["JP"],
        3,
        {
            "kokyaku_bangou": G(lambda f: "C" + f.digits(9)),
            "mynumber": RED(lambda f: f.my_number(), "national id"),
            "kakunin_shorui": P("mynumber_card", "unten_menkyosho", "passport", "zairyu_card"),
            "shimei": Y(lambda f: f.kanji_name(), "name"),
            "shimei_kana": Y(kana_upper, "name"),
            "seinengappi": Y(jp_date, "birthdate"),
            "jusho": Y(lambda f: f.pick([jp_address(f), jp_romaji_address(f)]), "address"),
            "yuubin_bangou": Y(lambda f: f.zip(), "zipcode"),
            "todoufuken": G(lambda f: f.place()[0]),
            "denwa_bangou": Y(lambda f: f.phone(), "phone"),
            "shokugyou": P("会社員", "自営業", "公務員", "学生", "パート・アルバイト", "無職"),
            "nenshu": Y(jp_income_band, "salary"),
            "kinyu_shisan": P("100万円未満", "100万円～500万円", "500万円～1000万円", "1000万円以上"),
            "toushi_keiken": P("なし", "1年未満", "1～3年", "3年以上"),
            "shinsa_kekka": P("shounin", "horyuu", "kyakka"),
            "shinsa_tantousha": Y(lambda f: f.pick(JP_SEI)[0] + " " + f.pick(JP_MEI)[0], "name"),
        },
    ),
    (
        "track",
        "本人確認申込",
        ["cv_java"],
        ["JP"],
        3,
        {
            "氏名": Y(lambda f: f.kanji_name(), "name"),
            "氏名カナ": Y(kana_upper, "name"),
            "生年月日": Y(jp_date, "birthdate"),
            "性別": Y(lambda f: f.pick(["男性", "女性"]), "gender|sex"),
            "郵便番号": Y(lambda f: f.zip(), "zipcode"),
            "住所": Y(jp_address, "address"),
            "電話番号": Y(lambda f: f.phone(), "phone"),
            "メールアドレス": Y(lambda f: f.email(), "email"),
            "職業": P("会社員", "自営業", "公務員", "学生", "無職"),
            "勤務先名": P(
                "株式会社トヨタ自動車", "ソニーグループ株式会社", "楽天グループ株式会社", "自営", "東京都庁"
            ),
            "年収": Y(jp_income_band, "salary"),
            "取引の目的": P("長期投資", "短期売買", "決済", "その他"),
            "本人確認方法": P("eKYC", "郵送", "JPKI"),
            "申込日時": G(lambda f: f.iso()),
            "出金口座": {
                "銀行名": P(
                    "三菱UFJ銀行",
                    "三井住友銀行",
                    "みずほ銀行",
                    "ゆうちょ銀行",
                    "楽天銀行",
                    "住信SBIネット銀行",
                ),
                "銀行コード": P("0005", "0009", "0001", "9900", "0036", "0038"),
                "支店名": P("渋谷支店", "梅田支店", "本店営業部", "第一営業支店", "新宿支店"),
                "支店コード": G(lambda f: f"{f.r.randint(1, 999):03d}"),
                "口座種別": P("普通", "当座", "貯蓄"),
                "口座番号": RED(lambda f: f.jp_account(), "bank account"),
                "口座名義": Y(kana_upper, "name"),
            },
        },
    ),
    (
        "track",
        "Furikomi Deposit Received",
        ["cv_java"],
        ["JP"],
        3,
        {
            "nyukin_id": G(lambda f: f.digits(10)),
            "kingaku": G(lambda f: f.r.randint(1000, 5000000)),
            "irainin_mei": Y(kana_upper, "name"),
            "ginkou_mei": P("GMOあおぞらネット銀行", "住信SBIネット銀行", "楽天銀行"),
            "jotai": P("nyukin_zumi", "shori_chu", "henkin"),
        },
    ),
    (
        "identify",
        None,
        ["cv_java"],
        ["JP"],
        2,
        {
            "email": Y(lambda f: f.email(), "email"),
            "sei": Y(lambda f: f.jp_person()[0][0], "name"),
            "mei": Y(lambda f: f.jp_person()[1][0], "name"),
            "honnin_kakunin_zumi": P(True, False),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
]


# -- Fairlend: loans and buy-now-pay-later (Mexico, US) --------------------------------------------

FAIRLEND = [
    (
        "identify",
        None,
        ["fl_kotlin", "fl_php"],
        ["MX"],
        3,
        {
            "correo": Y(lambda f: f.email(), "email"),
            "nombre": Y(name_first, "name"),
            "apellidos": Y(lambda f: f"{f.last()} {f.last()}", "name"),
            "celular": Y(lambda f: f.phone(), "phone"),
            "fecha_nacimiento": Y(lambda f: f.dob(1960, 2005), "birthdate"),
            "curp": RED(lambda f: f.curp(), "national id"),
            "estado": G(lambda f: f.region()),
            "municipio": Y(lambda f: f.city(), "city"),
            "cliente_desde": G(lambda f: f.iso()),
            "nivel": P("bronce", "plata", "oro"),
            "acepta_promociones": P(True, False),
        },
    ),
    (
        "track",
        "Solicitud Enviada",
        ["fl_php"],
        ["MX"],
        4,
        {
            "solicitud_id": G(lambda f: "SOL-" + f.digits(8)),
            "producto": P("prestamo_personal", "credito_nomina", "bnpl"),
            "monto_solicitado": G(lambda f: f.r.choice([3000, 5000, 10000, 20000, 35000, 50000])),
            "plazo_meses": P(3, 6, 12, 18, 24),
            "tasa_anual": G(lambda f: round(f.r.uniform(45, 110), 1)),
            "solicitante": {
                "nombre": Y(name_first, "name"),
                "apellido_paterno": Y(name_last, "name"),
                "apellido_materno": Y(name_last, "name"),
                "curp": RED(lambda f: f.curp(), "national id"),
                "rfc": RED(lambda f: f.rfc(), "national id"),
                "fecha_nacimiento": Y(lambda f: f.dob(1960, 2005), "birthdate"),
                "genero": Y(lambda f: f.pick(["H", "M", "hombre", "mujer"]), "gender"),
                "estado_civil": P("soltero", "casado", "union_libre", "divorciado"),
                "correo": Y(lambda f: f.email(), "email"),
                "celular": Y(lambda f: f.phone(), "phone"),
            },
            "domicilio": {
                "calle": Y(lambda f: f.pick(MX_STREETS), "street|address"),
                "numero_exterior": Y(lambda f: str(f.r.randint(1, 3999)), "address"),
                "numero_interior": Opt(
                    Y(lambda f: f.pick(["4B", "Depto 302", "Int. 12", "A"]), "address"), 0.5
                ),
                "colonia": Y(lambda f: f.pick(MX_COLONIAS), "address"),
                "municipio": Y(lambda f: f.city(), "city"),
                "estado": G(lambda f: f.region()),
                "codigo_postal": Y(lambda f: f.zip(), "zipcode"),
            },
            "empleo": {
                "empresa": P(
                    "Grupo Bimbo", "OXXO (FEMSA)", "Walmart de México", "Independiente", "Telmex", "Uber"
                ),
                "puesto": P(
                    "Cajera",
                    "Chofer",
                    "Auxiliar administrativo",
                    "Vendedor",
                    "Enfermera",
                    "Ingeniero de soporte",
                ),
                "antiguedad_meses": G(lambda f: f.r.randint(1, 240)),
                "ingreso_mensual": Y(
                    lambda f: f.r.choice([6500, 9000, 12000, 15500, 22000, 38000]), "salary"
                ),
                "telefono_trabajo": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
            },
            "referencias": Many(
                {
                    "nombre_completo": Y(lambda f: f.full_name(), "name"),
                    "telefono": Y(lambda f: f.phone(), "phone"),
                    "parentesco": P("madre", "hermano", "amigo", "companero_trabajo", "tia"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Consulta Buro Realizada",
        ["fl_php"],
        ["MX"],
        3,
        {
            "folio_consulta": G(lambda f: f.digits(10)),
            "nip_autorizacion": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "password"),
            "rfc": RED(lambda f: f.rfc(), "national id"),
            "score_buro": G(lambda f: f.r.randint(420, 780)),
            "cuentas_abiertas": G(lambda f: f.r.randint(0, 14)),
            "atraso_maximo_dias": P(0, 30, 60, 90, 120),
            "resultado": P("aprobado", "rechazado", "revision_manual"),
        },
    ),
    (
        "track",
        "INE Verified",
        ["fl_php"],
        ["MX"],
        3,
        {
            "voter_key": RED(lambda f: f.clave_elector(), "national id"),
            "cic": RED(lambda f: f.digits(9), "national id"),
            "valid_until": P(2025, 2027, 2029, 2031, 2033),
            "selfie_url": Y(lambda f: f"https://storage.fairlend.mx/kyc/{f.uuid()}/selfie.jpg", "photo"),
            "ine_front_url": Y(
                lambda f: f"https://storage.fairlend.mx/kyc/{f.uuid()}/ine_front.jpg", "photo"
            ),
            "face_match": G(lambda f: round(f.r.uniform(0.3, 0.99), 2)),
            "liveness_passed": P(True, False),
            "on_nominal_list": P(True, False),
        },
    ),
    (
        "track",
        "Payment Received",
        ["fl_php"],
        ["MX"],
        4,
        {
            "payment_id": G(lambda f: f.uuid()),
            "loan_id": G(lambda f: "PR-" + f.digits(7)),
            "amount": G(money(150, 8000)),
            "method": P("spei", "oxxo", "card", "direct_debit"),
            "oxxo_reference": Opt(G(lambda f: "93" + f.digits(12)), 0.4),
            "source_clabe": Opt(RED(lambda f: f.clabe(), "bank account"), 0.5),
            "source_bank": P("BBVA México", "Banorte", "Santander", "Banco Azteca", "Nu México", "STP"),
            "card": Opt(
                {
                    "brand": P("visa", "mastercard", "carnet"),
                    "last4": G(lambda f: f.digits(4)),
                    "bin": P("415231", "557910", "506201"),
                },
                0.4,
            ),
            "days_past_due": G(lambda f: f.r.choice([0, 0, 0, 3, 12, 45])),
            "paid_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Llamada de Cobranza",
        ["fl_php"],
        ["MX"],
        3,
        {
            "call": {
                "id": G(lambda f: f.r.randint(1500000000, 1999999999)),
                "direction": P("outbound", "inbound"),
                "duration": G(lambda f: f.r.randint(0, 900)),
                "raw_digits": Y(lambda f: f.phone(), "phone", True),
                "number": {
                    "digits": P("+52 55 4161 2000", "+52 33 3880 1200", "+52 81 2088 7700"),
                    "name": P("Cobranza CDMX", "Cobranza GDL", "Cobranza MTY"),
                },
                "user": {
                    "name": Y(lambda f: f.mx_name(), "name"),
                    "email": Y(
                        lambda f: (
                            f"{f.pick(['mgarcia', 'jlopez', 'aperez', 'rcruz', 'dflores'])}@fairlend.mx"
                        ),
                        "email",
                    ),
                },
                "tags": Many(P("promesa", "sin_contacto", "numero_equivocado", "buzon"), 2),
            },
            "resultado_gestion": P(
                "promesa_pago", "sin_contacto", "negativa", "pago_parcial", "numero_invalido"
            ),
            "promesa_pago": Opt(
                {"monto": G(money(200, 5000)), "fecha": G(lambda f: f.date(2024, 2024))}, 0.5
            ),
            "notas": Y(cobranza_nota, "name", True),
            "dias_atraso": G(lambda f: f.r.choice([0, 0, 0, 3, 12, 45])),
            "saldo_vencido": G(money(300, 40000)),
        },
    ),
    (
        "screen",
        "Simulador de Credito",
        ["fl_kotlin"],
        ["MX"],
        4,
        {
            "monto": G(lambda f: f.r.choice([2000, 5000, 10000, 15000])),
            "plazo_quincenas": P(6, 12, 24),
            "pago_quincenal": G(money(200, 2500)),
        },
    ),
    (
        "track",
        "Referencia Agregada",
        ["fl_kotlin"],
        ["MX"],
        3,
        {
            "posicion": P(1, 2, 3),
            "parentesco": P("madre", "padre", "hermana", "amigo", "pareja"),
            "nombre": Y(lambda f: f.full_name(), "name"),
            "telefono": Y(lambda f: f.phone(), "phone"),
            "desde_agenda": P(True, False),
        },
    ),
    (
        "track",
        "Checkout Financing Selected",
        ["fl_widget"],
        ["US"],
        3,
        {
            "merchant-id": G(lambda f: "m_" + f.alnum(10)),
            "merchant-name": P(
                "Bluecrest Outdoors", "Nikki Home", "Urban Paw Supply", "Velocity Bikes", "Luna & Sage"
            ),
            "cart-total": G(money(35, 1500)),
            "currency": C("USD"),
            "installment-plan": P("pay-in-4", "6-months", "12-months"),
            "customer-email": Y(lambda f: f.email(), "email"),
            "customer-phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
            "widget-version": P("3.4.1", "3.5.0"),
            "prequalified": P(True, False),
        },
    ),
    (
        "identify",
        None,
        ["fl_web", "fl_ruby"],
        ["US"],
        3,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(name_first, "name"),
            "lastName": Y(name_last, "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.region()),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": C("US"),
            },
            "ssnLast4": RED(lambda f: f.digits(4), "social security number"),
            "annualIncome": Y(lambda f: f.r.choice([28000, 41500, 56000, 72000, 98000, 135000]), "salary"),
            "employerName": P(
                "Amazon", "Kroger", "HCA Healthcare", "Self-employed", "US Postal Service", "Target"
            ),
            "housingStatus": P("rent", "own", "live_with_family"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Order Completed",
        ["fl_ruby"],
        ["US"],
        4,
        {
            "order_id": G(lambda f: f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(money(35, 1500)),
            "revenue": G(money(30, 1400)),
            "tax": G(money(0, 90)),
            "shipping": G(money(0, 25)),
            "discount": G(money(0, 40)),
            "coupon": Opt(P("SPRING15", "FREESHIP", "PAW10"), 0.4),
            "currency": C("USD"),
            "products": Many(product(), 3),
            "payment_plan": {
                "installments": P(4, 6, 12),
                "frequency": P("biweekly", "monthly"),
                "first_due_date": G(lambda f: f.date(2024, 2025)),
                "apr": P(0, 9.99, 19.99, 29.99),
            },
            "merchant": {
                "id": G(lambda f: "m_" + f.alnum(10)),
                "name": P("Bluecrest Outdoors", "Nikki Home", "Urban Paw Supply", "Velocity Bikes"),
            },
            "customer": {
                "email": Y(lambda f: f.email(), "email"),
                "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            },
            "shipping_address": Opt(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "address1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "province_code": G(lambda f: f.region()),
                    "zip": Y(lambda f: f.zip(), "zipcode"),
                    "country_code": C("US"),
                },
                0.6,
            ),
        },
    ),
    (
        "track",
        "Loan Approved",
        ["fl_ruby"],
        ["US"],
        3,
        {
            "application_id": G(lambda f: f.uuid()),
            "approved_amount": G(lambda f: f.r.choice([300, 750, 1500, 3000, 6000])),
            "apr": P(0, 9.99, 19.99, 29.99, 35.99),
            "term_months": P(3, 6, 12, 24),
            "credit_score": G(lambda f: f.r.randint(540, 830)),
            "dti_ratio": G(lambda f: round(f.r.uniform(0.05, 0.6), 3)),
            "adverse_action_codes": Many(P("D01", "L03", "T12", "I04"), 2),
        },
    ),
    (
        "track",
        "MLA Check Completed",
        ["fl_ruby"],
        ["US"],
        3,
        {
            "application_id": G(lambda f: f.uuid()),
            "covered_borrower": RED(lambda f: f.pick([True, False, False]), "veteran"),
            "dmdc_report_id": G(lambda f: f.alnum(16, upper=True)),
            "checked_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Autopay Enabled",
        ["fl_web"],
        ["US"],
        3,
        {
            "loan_id": G(lambda f: "LN" + f.digits(8)),
            "funding_source": P("plaid", "manual_entry", "debit_card"),
            "routing_number": G(lambda f: f.routing()),
            "account_number": RED(lambda f: f.us_account(), "bank account"),
            "account_mask": G(lambda f: f.digits(4)),
            "bank_name": P("Chase", "Wells Fargo", "Chime", "Capital One", "PNC"),
        },
    ),
    (
        "group",
        "merchant",
        ["fl_ruby"],
        ["US"],
        3,
        {
            "name": P(
                "Bluecrest Outdoors", "Nikki Home", "Urban Paw Supply", "Velocity Bikes", "Luna & Sage"
            ),
            "industry": P("Sporting Goods", "Home Furnishings", "Pet Supplies", "Bicycles", "Beauty"),
            "website": G(lambda f: "https://" + f.pick(MERCHANT_HOSTS)),
            "ein": G(lambda f: f.ein()),
            "business_address": {
                "line1": P(
                    "400 Congress Ave Ste 1200",
                    "1 World Trade Center Fl 85",
                    "2500 Sand Hill Rd",
                    "88 Colin P Kelly Jr St",
                ),
                "city": P("Austin", "New York", "Menlo Park", "San Francisco"),
                "state": P("TX", "NY", "CA"),
                "postal_code": P("78701", "10007", "94025", "94107"),
            },
            "owner": {
                "first_name": Y(name_first, "name"),
                "last_name": Y(name_last, "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "employees": G(lambda f: f.r.randint(2, 600)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["fl_web"],
        ["US"],
        4,
        {
            "form_id": P("loan_application", "prequalification", "profile_update"),
            "field": {
                "id": G(lambda f: "fld_" + f.alnum(6)),
                "name": G(form_field_name),
                "value": Y(form_field_value, "email|phone|name|address", True),
            },
            "time_to_complete_ms": G(lambda f: f.r.randint(300, 40000)),
        },
    ),
    ("page", "Apply", ["fl_web"], ["US", "MX"], 3, {"category": Opt(P("Loans", "Checkout"), 0.5)}),
]


# -- Taxly: tax filing (US) ------------------------------------------------------------------------

US = ["US"]

TAXLY = [
    (
        "identify",
        None,
        ["tx_python"],
        US,
        3,
        {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(name_first, "name"),
            "last_name": Y(name_last, "name"),
            "phone_number": Opt(Y(lambda f: f.phone(), "phone"), 0.7),
            "date_of_birth": Y(lambda f: f.dob(1940, 2005), "birthdate"),
            "filing_status": P(
                "single", "married_filing_jointly", "married_filing_separately", "head_of_household"
            ),
            "state_of_residence": G(lambda f: f.region()),
            "occupation": P(
                "Registered Nurse", "Software Engineer", "Teacher", "Rideshare Driver", "Retired", "Student"
            ),
            "spouse": Opt(
                {
                    "first_name": Y(name_first, "name"),
                    "last_name": Y(name_last, "name"),
                    "ssn": RED(lambda f: f.ssn(), "social security number"),
                    "date_of_birth": Y(lambda f: f.dob(1940, 2005), "birthdate"),
                    "occupation": P("Accountant", "Homemaker", "Electrician", "Pharmacist"),
                },
                0.5,
            ),
            "plan": P("free", "deluxe", "premier", "self_employed"),
            "dependents_count": P(0, 0, 1, 2, 3),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Dependent Added",
        ["tx_web", "tx_rn"],
        US,
        4,
        {
            "dependent": {
                "first_name": Y(name_first, "name"),
                "last_name": Y(name_last, "name"),
                "ssn": RED(lambda f: f.pick([f.ssn(), f.ssn().replace("-", "")]), "social security number"),
                "date_of_birth": Y(lambda f: f.dob(2005, 2023), "birthdate"),
                "relationship": P("son", "daughter", "stepchild", "foster_child", "parent", "niece_nephew"),
                "months_lived_with_you": G(lambda f: f.r.randint(6, 12)),
                "full_time_student": P(True, False),
                "permanently_disabled": RED(lambda f: f.pick([False, False, True]), "disability"),
            },
            "dependents_count": P(1, 2, 3, 4),
        },
    ),
    (
        "track",
        "W-2 Imported",
        ["tx_python"],
        US,
        4,
        {
            "import_method": P("photo", "pdf_upload", "employer_import", "manual"),
            "employer": {
                "name": P(
                    "Walmart Inc.",
                    "Kaiser Permanente",
                    "Austin Independent School District",
                    "Amazon.com Services LLC",
                    "Delta Air Lines",
                ),
                "ein": G(lambda f: f.ein()),
                "address": {
                    "street": P(
                        "702 SW 8th St",
                        "1 Kaiser Plaza",
                        "4000 S IH 35 Frontage Rd",
                        "410 Terry Ave N",
                        "1030 Delta Blvd",
                    ),
                    "city": P("Bentonville", "Oakland", "Austin", "Seattle", "Atlanta"),
                    "state": P("AR", "CA", "TX", "WA", "GA"),
                    "zip": P("72716", "94612", "78741", "98109", "30354"),
                },
            },
            "employee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "address": {
                    "street": Y(lambda f: f.street(), "street|address"),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.region()),
                    "zip": Y(lambda f: f.zip(), "zipcode"),
                },
            },
            "box1_wages": Y(money(18000, 210000), "salary"),
            "box2_federal_tax_withheld": G(money(800, 40000)),
            "box3_social_security_wages": Y(money(18000, 168600), "salary"),
            "box12": Many({"code": P("D", "DD", "W", "E", "AA"), "amount": G(money(100, 23000))}, 3),
            "box13_retirement_plan": P(True, False),
            "control_number": Opt(G(lambda f: f.alnum(9, upper=True)), 0.4),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
        },
    ),
    (
        "track",
        "1099 Imported",
        ["tx_python"],
        US,
        3,
        {
            "form_type": P("1099-INT", "1099-DIV", "1099-B", "1099-K"),
            "payer": {
                "name": P(
                    "Fidelity Investments",
                    "Robinhood Securities",
                    "Ally Bank",
                    "PayPal, Inc.",
                    "Charles Schwab & Co.",
                ),
                "tin": G(lambda f: f.ein()),
            },
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_tin": RED(lambda f: f.ssn(), "social security number"),
            "account_number": RED(
                lambda f: f.pick([f.digits(8), f"X{f.digits(8)}", f"{f.alnum(3, upper=True)}-{f.digits(6)}"]),
                "bank account",
            ),
            "amount": G(money(3, 40000)),
            "federal_tax_withheld": G(money(0, 900)),
        },
    ),
    (
        "track",
        "Medical Expense Added",
        ["tx_web"],
        US,
        4,
        {
            "expense_id": G(lambda f: f.uuid()),
            "category": P("medical", "dental", "vision", "prescription", "insurance_premium"),
            "description": Y(medical_description, "medication|procedure|condition", True),
            "provider_name": P(
                "CVS Pharmacy", "Mayo Clinic", "Kaiser Permanente", "Aspen Dental", "Walgreens", "NYU Langone"
            ),
            "amount": G(money(15, 12000)),
            "paid_with_hsa": P(True, False),
            "patient": P("self", "spouse", "dependent"),
        },
    ),
    (
        "track",
        "Charitable Gift Added",
        ["tx_web"],
        US,
        4,
        {
            "gift_id": G(lambda f: f.uuid()),
            "donee_name": P(
                "American Red Cross",
                "St. Jude Children's Research Hospital",
                "First Baptist Church of Houston",
                "Islamic Relief USA",
                "Feeding America",
                "Habitat for Humanity",
                "UJA-Federation of New York",
            ),
            "donee_ein": G(lambda f: f.ein()),
            "gift_type": P("cash", "goods", "stock", "vehicle"),
            "amount": G(money(20, 9000)),
            "receipt_uploaded": P(True, False),
        },
    ),
    (
        "track",
        "Refund Method Selected",
        ["tx_web", "tx_rn"],
        US,
        4,
        {
            "refund_method": P("direct_deposit", "paper_check", "split", "apply_to_next_year"),
            "routing_number": G(lambda f: f.routing()),
            "account_number": RED(lambda f: f.us_account(), "bank account"),
            "account_type": P("checking", "savings"),
            "bank_name": P("Chase", "Bank of America", "Navy Federal", "Chime", "USAA", "Wells Fargo"),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "splits": Opt(
                Many(
                    {
                        "routing_number": G(lambda f: f.routing()),
                        "account_number": RED(lambda f: f.us_account(), "bank account"),
                        "account_type": P("checking", "savings", "ira"),
                        "amount": G(money(50, 3000)),
                    },
                    3,
                ),
                0.4,
            ),
            "refund_amount": G(money(40, 9000)),
        },
    ),
    (
        "track",
        "Return Signed",
        ["tx_dotnet"],
        US,
        4,
        {
            "ReturnId": G(lambda f: f.uuid()),
            "TaxYear": C(2023),
            "SignatureName": Y(lambda f: f.full_name(), "name"),
            "SelfSelectPin": RED(lambda f: f"{f.r.randint(0, 99999):05d}", "password"),
            "PriorYearAgi": Y(lambda f: f.r.randint(0, 240000), "salary"),
            "IpPin": Opt(RED(lambda f: f"{f.r.randint(0, 999999):06d}", "password"), 0.4),
            "SpouseSignatureName": Opt(Y(lambda f: f.full_name(), "name"), 0.4),
            "SignedAtUtc": G(lambda f: f.iso()),
            "SignerIpAddress": Y(lambda f: f.ip(), "ip"),
            "TaxpayerDateOfBirth": Y(
                lambda f: f.pick(
                    [
                        f.dob(1940, 2005),
                        f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}/{f.r.randint(1940, 2005)}",
                    ]
                ),
                "birthdate",
            ),
            "ConsentVersion": P("8879-2023.2", "8879-2023.3"),
            "DeviceIdHash": G(lambda f: f.hexid(64)),
            "SignatureMethod": P("SelfSelectPin", "PractitionerPin"),
        },
    ),
    (
        "track",
        "Return Transmitted",
        ["tx_dotnet"],
        US,
        4,
        {
            "SubmissionId": G(lambda f: "743215" + "2024" + f"{f.r.randint(30, 120):03d}" + f.alnum(7)),
            "Efin": C("743215"),
            "ReturnType": P("1040", "1040-SR"),
            "RefundAmount": G(money(0, 9000)),
            "StateReturns": Many(
                {
                    "State": P("CA", "NY", "GA", "IL", "OH"),
                    "SubmissionId": G(lambda f: "743215" + f.digits(14)),
                    "Status": P("Transmitted", "Accepted", "Rejected"),
                },
                2,
            ),
            "TransmittedAtUtc": G(lambda f: f.iso()),
            "AckStatus": P("Pending", "Accepted", "Rejected"),
        },
    ),
    (
        "track",
        "Preparer Review Completed",
        ["tx_python"],
        US,
        3,
        {
            "review_id": G(lambda f: f.uuid()),
            "preparer": {
                "id": G(lambda f: f.digits(6)),
                "name": Y(lambda f: f.us_name(), "name"),
                "ptin": RED(lambda f: f.ptin(), "national id"),
                "email": Y(
                    lambda f: f"{f.pick(US_FIRST).split()[0].lower().translate(ASCII)}@pros.taxly.com",
                    "email",
                ),
            },
            "notes": G(preparer_note),
            "outcome": P("approved", "changes_requested", "escalated"),
        },
    ),
    (
        "track",
        "Assistant Message Sent",
        ["tx_rn", "tx_web"],
        US,
        4,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "input": G(assistant_input),
            "intent": P("deduction_question", "status_check", "state_filing", "dependent_rules", "other"),
        },
    ),
    ("page", "Dependents", ["tx_web"], US, 4, {"category": Opt(P("Wizard", "Return"), 0.5)}),
    (
        "track",
        "Order Completed",
        ["tx_web"],
        US,
        3,
        {
            "order_id": G(lambda f: f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(money(0, 200)),
            "revenue": G(money(0, 180)),
            "tax": G(money(0, 15)),
            "discount": G(money(0, 40)),
            "coupon": Opt(P("SPRING15", "FREESHIP", "PAW10"), 0.4),
            "currency": C("USD"),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["tx_web"],
        US,
        3,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": P("card", "pay_with_refund", "paypal"),
            "card_brand": P("visa", "mastercard", "amex", "discover"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "billing_zip": Y(lambda f: f.zip(), "zipcode"),
            "stripe_payment_method": G(lambda f: "pm_" + f.alnum(24)),
        },
    ),
    (
        "identify",
        None,
        ["tx_retl"],
        US,
        3,
        {
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(name_first, "name"),
            "LAST_NAME": Y(name_last, "name"),
            "PHONE_E164": Y(lambda f: "+1" + f.pick(US_AREA) + f.digits(7), "phone"),
            "ZIP_CODE": Y(lambda f: f.zip(), "zipcode"),
            "STATE": G(lambda f: f.region()),
            "FILING_STATUS": P("SINGLE", "MFJ", "MFS", "HOH"),
            "AGI_BAND": Y(
                lambda f: f.pick(["<25K", "25K-50K", "50K-75K", "75K-100K", "100K-200K", "200K+"]), "salary"
            ),
            "LIFETIME_REVENUE_USD": G(money(0, 900)),
            "LAST_RETURN_TAX_YEAR": P(2021, 2022, 2023),
            "IS_SELF_EMPLOYED": P(True, False),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 4)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["tx_python"],
        US,
        3,
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_url": RED(reset_url, "token", True),
            "expires_at": G(lambda f: f.iso()),
            "requested_from_ip": Y(lambda f: f.ip(), "ip"),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["tx_web"],
        US,
        3,
        {
            "provider": C("id.me"),
            "idme_uuid": G(lambda f: f.hexid(32)),
            "verified": P(True, False),
            "level": P("IAL2", "IAL1"),
            "attributes_released": Many(P("fname", "lname", "email", "ssn", "birth_date", "zip"), 4),
            "zip": Opt(Y(lambda f: f.zip(), "zipcode"), 0.5),
        },
    ),
]


# -- messages ---------------------------------------------------------------------------------------

TEMPLATES = COINVAULT + COINVAULT_JP + FAIRLEND + TAXLY


def page_properties(site: str, body: dict) -> dict:
    base, paths, title = SITES[site]
    return {
        "name": G(lambda f: f.state["page_name"]),
        "path": G(lambda f: page_path(f, paths)),
        "referrer": P("", "https://www.google.com/", "https://duckduckgo.com/"),
        "search": P("", "?utm_source=newsletter", "?tab=overview"),
        "title": P(title, f"{title} | Dashboard", f"{title} – Start"),
        "url": G(lambda f: base + page_path(f, paths)),
        **body,
    }


def user_id(f: MoneyFake, client: str) -> str:
    if client.startswith("cv"):
        return f.pick(["cv_", ""]) + f.digits(8)
    if client.startswith("fl"):
        return ("mx_" if f.cc == "MX" else "us_") + f.digits(7)
    return f.uuid()


def message(f: MoneyFake, template: tuple, labels: dict[str, dict]) -> dict:
    kind, name, clients, countries, _, body = template
    client = f.pick(clients)
    f.cc = f.pick(countries)
    f.state = {}
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if client in ("cv_web", "cv_ios", "cv_flutter", "fl_web", "fl_widget", "fl_kotlin", "tx_web", "tx_rn"):
        msg["anonymousId"] = f.uuid()
    if client != "fl_widget" or f.r.random() < 0.3:
        msg["userId"] = user_id(f, client)
    if kind == "track":
        msg["event"] = name
        msg["properties"] = render(body, f, "properties", labels)
    elif kind == "identify":
        msg["traits"] = render(body, f, "traits", labels)
    elif kind == "page":
        site = client.split("_")[0]
        f.state["page_name"] = name
        msg["name"] = name
        msg["properties"] = render(page_properties(site, body), f, "properties", labels)
    elif kind == "screen":
        msg["name"] = name
        msg["properties"] = render(body, f, "properties", labels)
    elif kind == "group":
        msg["groupId"] = f"{name}_{f.alnum(10)}"
        msg["traits"] = render(body, f, "traits", labels)
    elif kind == "alias":
        msg["previousId"] = msg.get("anonymousId") or f.uuid()
        msg["userId"] = user_id(f, client)
    msg["context"] = render(CLIENTS[client](f), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = MoneyFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for template in TEMPLATES:
            for _ in range(template[4]):
                events.append(message(f, template, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=1919, repeats=10)
    write(Path(__file__).parent, "holdout19_", events, labels)
