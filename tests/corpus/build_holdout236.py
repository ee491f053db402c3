"""Writes holdout236: tests/corpus/holdout236_events.jsonl and holdout236_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only build.py, fake.py and build_holdout3.py for the format), and never scored
by its author. Run `.venv/bin/python -m tests.corpus.build_holdout236`; seeded, so the output is
the same on every run.

What it covers: a notary, conveyancing and property-transfer platform ("KeyDeed") working in
Spain, Quebec and Japan. Buyers' and sellers' identities (DNI/NIE with their check letter, Quebec
SIN passing Luhn, Japanese My Number with its check digit, passports, residence cards, RAMQ
health cards), deeds and cadastral / lot / parcel references, mortgage payoffs, escrow deposits
and disbursements (Spanish IBANs with valid CCC and mod-97 check digits, Canadian transit /
institution / account, Japanese bank / branch / account), remote video signing with ID checks,
powers of attorney, inheritance cases, fees and invoices (IVA, TPS/TVQ, consumption tax), the
transfer-tax reductions that depend on disability, notary appointments, support, e-mail / SMS /
telephony / e-signature / KYC / payment webhooks, ad attribution, and e-commerce spec events for
certified copies. Segment calls of every kind (identify, track, page, screen, group, alias) with
the `context` blocks of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics-flutter and the python, node, go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % others: PascalCase from the
.NET backend, kebab-case from a Vue KYC form, SCREAMING_SNAKE from a warehouse reverse-ETL sync,
Spanish (`comprador.dni`, `referencia_catastral`), Canadian-French (`acheteur.nas`,
`numero_de_lot`) and Japanese keys, romanised (`shimei`, `jusho`) and in kanji/kana as kintone
field codes (`record.氏名.value`). Names from many cultures (Spanish with two surnames, Basque,
Catalan, Québécois, Japanese in kanji, kana and romaji, and foreign buyers), national phone
formats of Spain, Canada and Japan (and a few others), local address and postal-code formats.

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the user, a co-buyer, heir, grantee, recipient,
  a staff member, notary, agent or interpreter. Colour is the reference matcher's default
  (name/email/phone/address/city/zipcode/birthdate/ip/photo/... yellow; password, token, visa,
  disability, credit card, passport red); outside the reference: red for credentials/secrets,
  card numbers, bank accounts, government ids and health ids; yellow otherwise (geolocation,
  advertising id, credit score).
- Green: ids we or a vendor issue (user, deed, protocol, envelope, invoice, order, message ids,
  UUIDs, SKUs), versions, timestamps, amounts, enums, counters and booleans even under PII-sounding
  keys, company / office / product names, places that are not the person's (a searched area, a
  listing's address, a map centre, an office's address), country, province, locale, currency,
  user agents, IDFV and SDK install ids. Card brand, last four, expiry and BIN are green; bank
  routing data (BIC, Spanish bank code, Canadian transit and institution numbers, Japanese bank
  and branch codes) is green. The published policy's contested cases are followed as written:
  member / customer / claim numbers green (a notary's Chambre membership number too), ages and
  marital status green (and so the Spanish matrimonial property regime), job titles and
  employers green, a business's own phone, e-mail and address green (role mailboxes, the
  office's line, the platform's SMS sender), Message-IDs green; insurance policy numbers yellow
  `identification`, pay and an interpreter's hourly rate yellow `salary`, credit scores yellow,
  vehicle plates yellow `license`, gclid/fbclid/_fbp/_fbc yellow `advertising id`, billing
  addresses yellow `address`; payment tokens (`pm_`), one-time codes, sign-in links' tokens red
  `token`; RAMQ health-card numbers red `health id`; identity-document numbers red; residence
  status / right-to-stay answers red `visa`.
- Decisions of this corpus where the policy is silent (what a careful privacy owner would flag):
  the street address of the property being conveyed in a deed, power of attorney or inheritance
  case is the party's address (yellow `address`), and its cadastral reference, Quebec lot number
  and Japanese chiban / kaoku bango, which look the owner up in a public registry, are yellow
  `identification`; the property's municipality, province and postal district alone are green.
  A listing a user merely browses is a place that is not the person's: green. A mortgage loan
  number is a financial account number: red `bank account`. A deceased person's name is still
  flagged (yellow `name`). A professional's licence / registration number (a Japanese takken
  shi) is yellow `license`. A company's tax id (Spanish CIF) is green; a natural person's NIF is
  a DNI: red. An APNs push token is red `token` (as in the main corpus); an AppsFlyer id and an
  IDFV are green. A boolean "takes medication" is yellow `medication`; a disability grade or
  wheelchair flag is red `disability`; being a politically exposed person (a KYC flag about
  holding office, not an opinion) is green. A device name the owner typed ("iPhone de Lucía")
  is yellow `name`. A company API key or webhook secret is red `secret`.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `q`, `input`, `raw_digits`, `Body`, `file_name`, a link or a note) and only the value reveals
  it. Every value of a value_only PII path carries that PII (a HubSpot `fields[].value` carries
  one of e-mail, name or phone in every value: typed `email|name|phone`); free text whose values
  carry none is green. Text a user types into an address autocomplete (`term`, `description`)
  is their address, being typed for their own deed.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

ES_FIRST = ["María", "José", "Lucía", "Javier", "Carmen", "Alejandro", "Nuria", "Jordi", "Montserrat"]
ES_FIRST += ["Iñaki", "Ainhoa", "Álvaro", "Rocío", "Xabier", "Pilar", "Begoña", "Sergio"]
ES_LAST = ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Hernández"]
ES_LAST += ["Jiménez", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Iglesias", "Castells"]
ES_LAST += ["Etxeberria", "Vidal", "Sastre", "Ortega"]
QC_FIRST = ["Jean-François", "Marie-Ève", "Étienne", "Geneviève", "Mathieu", "Chantal", "Olivier"]
QC_FIRST += ["Isabelle", "Félix", "Nathalie", "Amélie", "Luc", "Sébastien", "Josée"]
QC_LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin"]
QC_LAST += ["Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Nguyen", "St-Pierre"]
JP_FAMILY = [
    ("山田", "ヤマダ", "Yamada"),
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("吉田", "ヨシダ", "Yoshida"),
]
JP_GIVEN = [
    ("太郎", "タロウ", "Taro"),
    ("花子", "ハナコ", "Hanako"),
    ("健太", "ケンタ", "Kenta"),
    ("美咲", "ミサキ", "Misaki"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("由美", "ユミ", "Yumi"),
    ("翔", "ショウ", "Sho"),
    ("陽菜", "ヒナ", "Hina"),
    ("誠", "マコト", "Makoto"),
]
INTL = ["Oliver Bennett", "Greta Lindqvist", "Hans-Peter Vogel", "Anastasia Volkova", "Mohamed El Amrani"]
INTL += ["Ioana Popescu", "Chinedu Okeke", "Wei Zhang", "Aditi Sharma", "Seán O'Connor", "Ahmad Karimi"]
INTL += ["Lars Jensen", "Francesca Bianchi", "Thi Lan Nguyen", "Emma Van den Berg", "Kofi Asante"]
MAIL_DOMAINS = ["gmail.com", "hotmail.es", "yahoo.co.jp", "outlook.com", "videotron.ca", "icloud.com"]
MAIL_DOMAINS += ["docomo.ne.jp", "telefonica.net", "example.com", "sympatico.ca", "proton.me"]
ES_STREETS = [
    "Calle de Alcalá",
    "Avenida Diagonal",
    "Calle Mayor",
    "Paseo de la Castellana",
    "Carrer de Sants",
]
ES_STREETS += ["Calle Larios", "Gran Vía", "Calle Colón", "Avenida de la Constitución", "Calle Uría"]
ES_CITIES = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao", "Palma", "Alicante", "Oviedo"]
ES_PROVINCES = [
    "Madrid",
    "Barcelona",
    "Valencia",
    "Sevilla",
    "Málaga",
    "Bizkaia",
    "Illes Balears",
    "Alicante",
]
QC_STREETS = ["rue Saint-Denis", "boul. René-Lévesque O", "avenue du Mont-Royal E", "rue Sherbrooke O"]
QC_STREETS += ["chemin Sainte-Foy", "rue King O", "boul. Talbot", "rue Wellington"]
QC_CITIES = ["Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke", "Longueuil", "Trois-Rivières", "Lévis"]
JP_ADDR = ["東京都渋谷区神南1-{a}-{b}", "大阪府大阪市北区梅田2-{a}-{b}", "神奈川県横浜市中区山下町{a}-{b}"]
JP_ADDR += [
    "京都府京都市左京区下鴨{a}-{b}",
    "福岡県福岡市中央区天神{a}-{b}-{b}",
    "北海道札幌市中央区南{a}条西{b}",
]
JP_CITIES = ["渋谷区", "大阪市", "横浜市", "京都市", "福岡市", "札幌市", "名古屋市", "Shinjuku-ku"]
# Per message: one office, one jurisdiction, one device (set in build()).
OFFICE_INFO = [
    (
        "Notaría Ruiz & Vidal",
        "+34 915 550 123",
        "citas@notariaruiz.example",
        "facturacion@notariaruiz.example",
        "https://notariaruizvidal.example",
        "B86712345",
        "Calle de Serrano 41",
        "Madrid",
        "28001",
    ),
    (
        "Étude Tremblay notaires",
        "(514) 555-0142",
        "rdv@tremblay.example",
        "comptabilite@tremblay.example",
        "https://tremblaynotaires.example",
        "1234567890RT0001",
        "1010 rue Sherbrooke O, bureau 2200",
        "Montréal",
        "H3A 2R7",
    ),
    (
        "渋谷司法書士事務所",
        "03-5555-0198",
        "info@shibuya-shiho.example",
        "keiri@shibuya-shiho.example",
        "https://shibuya-shiho.example",
        "T1234567890123",
        "道玄坂1-12-1",
        "渋谷区",
        "150-0043",
    ),
    (
        "Notaría Etxeberria",
        "+34 944 550 310",
        "hitzordua@notariaetxeberria.example",
        "administracion@notariaetxeberria.example",
        "https://notariaetxeberria.example",
        "B95123456",
        "Gran Vía de Don Diego López de Haro 12",
        "Bilbao",
        "48001",
    ),
    (
        "Gagnon Côté notaires inc.",
        "418 555-0119",
        "info@gagnoncote.example",
        "facturation@gagnoncote.example",
        "https://gagnoncote.example",
        "8765432109RT0001",
        "2600 boul. Laurier, bureau 500",
        "Québec",
        "G1V 4T3",
    ),
]
LOCALES = {"ES": "es-ES", "CA-QC": "fr-CA", "JP": "ja-JP"}
TIMEZONES = {"ES": "Europe/Madrid", "CA-QC": "America/Montreal", "JP": "Asia/Tokyo"}
COUNTRY_NAMES = {"ES": "Spain", "CA-QC": "Canada", "JP": "Japan"}
GEO = {
    "ES": [(40.4168, -3.7038, "Madrid"), (41.3874, 2.1686, "Barcelona"), (39.4699, -0.3763, "Valencia")],
    "CA-QC": [(45.5019, -73.5674, "Montréal"), (46.8139, -71.208, "Québec"), (45.537, -73.511, "Longueuil")],
    "JP": [(35.6762, 139.6503, "Tokyo"), (34.6937, 135.5023, "Osaka"), (35.4437, 139.638, "Yokohama")],
}
DEVICES = [
    ("Apple", "iPhone13,2", "ios", "iOS", "17.4.1"),
    ("Apple", "iPhone15,3", "ios", "iOS", "16.7.8"),
    ("samsung", "SM-A546B", "android", "Android", "14"),
    ("Google", "Pixel 7a", "android", "Android", "14"),
    ("OPPO", "CPH2451", "android", "Android", "13"),
    ("SHARP", "SH-53D", "android", "Android", "13"),
]
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
ES_BANKS = ["2100", "0049", "0182", "0081", "0128", "1465", "2085"]
BANK_NAMES = ["CaixaBank", "Banco Santander", "BBVA", "Banco Sabadell", "Desjardins", "Banque Nationale"]
BANK_NAMES += ["MUFG Bank", "Sumitomo Mitsui", "Mizuho Bank", "RBC"]
OFFICES = [
    "Notaría Ruiz & Vidal",
    "Notaría de la Castellana",
    "Étude Tremblay notaires",
    "Gagnon Côté notaires inc.",
]
OFFICES += ["渋谷司法書士事務所", "KeyDeed Valencia", "Notaría Etxeberria", "Yamada Legal Scrivener Office"]
JURIS = ["ES", "CA-QC", "JP"]
PLATE_QC = "ABCEGHJKLMNPRSTVXY"
UA_CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
UA_SAFARI = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15"
)
UA_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
UA_GMAIL_PROXY = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class DeedFake(Fake):
    """fake.py plus the identities, addresses and accounts of Spain, Quebec and Japan."""

    def jur(self):
        return self.pick(JURIS)

    def person(self, jur=None):
        jur = jur or self.pick([*JURIS, "INTL"])
        if jur == "ES":
            return self.pick(ES_FIRST), f"{self.pick(ES_LAST)} {self.pick(ES_LAST)}"
        if jur == "CA-QC":
            return self.pick(QC_FIRST), self.pick(QC_LAST)
        if jur == "JP":
            return self.pick(JP_GIVEN)[2], self.pick(JP_FAMILY)[2]
        return tuple(self.pick(INTL).split(" ", 1))

    def given(self):
        return self.person()[0]

    def family(self):
        return self.person()[1]

    def pname(self, jur=None):
        first, last = self.person(jur)
        if jur == "JP" and self.r.random() < 0.5:
            return f"{self.pick(JP_FAMILY)[0]} {self.pick(JP_GIVEN)[0]}"
        return f"{first} {last}"

    def kanji_name(self):
        return f"{self.pick(JP_FAMILY)[0]} {self.pick(JP_GIVEN)[0]}"

    def kana_name(self):
        return f"{self.pick(JP_FAMILY)[1]} {self.pick(JP_GIVEN)[1]}"

    def mail(self, jur=None):
        first, last = self.person(jur)
        first = ascii_fold(first).lower().replace(" ", "").replace("'", "")
        last = ascii_fold(last).lower().split(" ")[0].replace("'", "")
        local = self.pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}{self.r.randint(1, 99)}"])
        local = self.pick([local, f"{last}.{first}", f"{first}_{last}{self.r.randint(70, 99)}"])
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def work_mail(self):
        first, last = self.person()
        first = ascii_fold(first).lower().replace(" ", "").replace("'", "")
        last = ascii_fold(last).lower().split(" ")[0].replace("'", "")
        return f"{first}.{last}@keydeed.example"

    def ph(self, jur=None):
        jur = jur or self.pick([*JURIS, "INTL"])
        r = self.r
        if jur == "ES":
            m = f"6{r.randint(0, 9)}{r.randint(0, 9)}"
            return self.pick(
                [
                    f"+34 {m} {r.randint(100, 999)} {r.randint(100, 999)}",
                    f"{m} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                    f"+34{m}{r.randint(100000, 999999)}",
                    f"91 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                ]
            )
        if jur == "CA-QC":
            area = self.pick(["514", "438", "418", "450", "819", "581"])
            ex, line = r.randint(221, 989), r.randint(0, 9999)
            return self.pick(
                [
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1{area}{ex}{line:04d}",
                    f"{area}.{ex}.{line:04d}",
                ]
            )
        if jur == "JP":
            a, b = r.randint(1000, 9999), r.randint(1000, 9999)
            mob = self.pick(["090", "080", "070"])
            return self.pick([f"{mob}-{a}-{b}", f"+81 {mob[1:]}-{a}-{b}", f"03-{a}-{b}", f"{mob}{a}{b}"])
        return self.pick(
            [
                f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
                f"+49 151 {r.randint(1000000, 9999999)}",
                f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"+46 70 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
            ]
        )

    def addr(self, jur=None):
        jur = jur or self.pick(JURIS)
        r = self.r
        if jur == "ES":
            return self.pick(
                [
                    f"{self.pick(ES_STREETS)}, {r.randint(1, 240)}, {r.randint(1, 9)}º {self.pick('ABCD')}",
                    f"{self.pick(ES_STREETS)} {r.randint(1, 240)}, {r.randint(1, 6)}-{r.randint(1, 4)}",
                ]
            )
        if jur == "CA-QC":
            return self.pick(
                [
                    f"{r.randint(10, 9999)} {self.pick(QC_STREETS)}, app. {r.randint(1, 30)}",
                    f"{r.randint(10, 9999)} {self.pick(QC_STREETS)}",
                ]
            )
        return self.pick(JP_ADDR).format(a=r.randint(1, 9), b=r.randint(1, 30))

    def city_of(self, jur=None):
        jur = jur or self.pick(JURIS)
        return self.pick({"ES": ES_CITIES, "CA-QC": QC_CITIES, "JP": JP_CITIES}[jur])

    def postal(self, jur=None):
        jur = jur or self.pick(JURIS)
        r = self.r
        if jur == "ES":
            return f"{self.pick(['28', '08', '46', '41', '29', '48', '07'])}{r.randint(0, 999):03d}"
        if jur == "CA-QC":
            L = "ABCEGHJKLMNPRSTVXY"
            fsa = f"{self.pick('HJG')}{r.randint(0, 9)}{self.pick(L)}"
            return f"{fsa} {r.randint(0, 9)}{self.pick(L)}{r.randint(0, 9)}"
        return f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}"

    def dni(self):
        n = self.r.randint(10000000, 79999999)
        return f"{n}{DNI_LETTERS[n % 23]}"

    def nie(self):
        p = self.r.randint(0, 2)
        n = self.r.randint(0, 9999999)
        return f"{'XYZ'[p]}{n:07d}{DNI_LETTERS[int(f'{p}{n:07d}') % 23]}"

    def dni_or_nie(self):
        return self.dni() if self.r.random() < 0.6 else self.nie()

    def sin(self, formatted=None):
        n = self.luhn_complete(self.pick("123456") + "".join(str(self.r.randint(0, 9)) for _ in range(7)))
        style = self.pick(["space", "dash", "plain"]) if formatted is None else formatted
        if style == "space":
            return f"{n[:3]} {n[3:6]} {n[6:]}"
        if style == "dash":
            return f"{n[:3]}-{n[3:6]}-{n[6:]}"
        return n

    def my_number(self):
        body = [self.r.randint(0, 9) for _ in range(11)]
        total = 0
        for n in range(1, 12):
            p = body[11 - n]
            q = n + 1 if n <= 6 else n - 5
            total += p * q
        rem = total % 11
        check = 0 if rem <= 1 else 11 - rem
        s = "".join(map(str, body)) + str(check)
        return self.pick([s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}"])

    def national_id(self, jur=None):
        jur = jur or self.pick(JURIS)
        return {"ES": self.dni_or_nie, "CA-QC": self.sin, "JP": self.my_number}[jur]()

    def passport(self):
        r = self.r
        return self.pick(
            [
                f"{self.pick(['PA', 'XD', 'AAB'])}{r.randint(100000, 999999)}",
                f"{self.pick(['AB', 'GC', 'HK'])}{r.randint(100000, 999999)}",
                f"T{self.pick(['K', 'R', 'Z'])}{r.randint(1000000, 9999999)}",
                f"{r.randint(500000000, 599999999)}",
            ]
        )

    def residence_card(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        r = self.r
        return f"{self.pick(L)}{self.pick(L)}{r.randint(10000000, 99999999)}{self.pick(L)}{self.pick(L)}"

    def ramq(self):
        first, last = self.person("CA-QC")
        letters = (ascii_fold(last).upper().replace(" ", "").replace("-", "") + "XXX")[:3]
        letters += ascii_fold(first)[0].upper()
        yy, mm, dd = self.r.randint(40, 99), self.r.randint(1, 12) + self.pick([0, 50]), self.r.randint(1, 28)
        return f"{letters} {yy:02d}{mm:02d} {dd:02d}{self.r.randint(10, 99)}"

    def es_iban(self):
        bank, branch = self.pick(ES_BANKS), f"{self.r.randint(0, 9999):04d}"
        acct = "".join(str(self.r.randint(0, 9)) for _ in range(10))

        def dc(digits):
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            v = 11 - sum(int(d) * w[i] for i, d in enumerate(digits)) % 11
            return {11: 0, 10: 1}.get(v, v)

        bban = f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
        check = 98 - int("".join(str(int(c, 36)) for c in bban + "ES00")) % 97
        raw = f"ES{check:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, 24, 4)) if self.r.random() < 0.5 else raw

    def any_iban(self):
        if self.r.random() < 0.6:
            return self.es_iban()
        return self.iban(self.pick(["DE", "GB", "FR", "NL"]))

    def ca_account(self):
        return "".join(str(self.r.randint(0, 9)) for _ in range(self.pick([7, 7, 12])))

    def jp_account(self):
        return f"{self.r.randint(1000000, 9999999)}"

    def cadastral(self):
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        r = self.r
        parcel = (
            f"{r.randint(1000000, 9999999)}{self.pick(L)}{self.pick(L)}{r.randint(1000, 9999)}{self.pick(L)}"
        )
        return f"{parcel}{r.randint(0, 9999):04d}{self.pick(L)}{self.pick(L)}"

    def qc_lot(self):
        n = f"{self.r.randint(1000000, 6999999)}"
        return f"{n[0]} {n[1:4]} {n[4:]}" if self.r.random() < 0.7 else n

    def chiban(self):
        area = self.pick(["神南一丁目", "梅田二丁目", "下鴨", "天神三丁目"])
        return f"{area}{self.r.randint(1, 999)}番{self.r.randint(1, 30)}"

    def dob(self):
        return self.date(1940, 2004)

    def ip(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def code(self, n=6):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def alnum(self, n):
        return "".join(
            self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
        )

    def pm(self):
        return "pm_" + self.alnum(24)

    def deed_no(self):
        return f"{self.r.randint(2023, 2024)}/{self.r.randint(1, 4800):04d}"

    def plate(self):
        r = self.r
        return self.pick(
            [
                f"{r.randint(1000, 9999)} {''.join(self.pick('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
                f"{self.pick('FGV')}{r.randint(10, 99)} {''.join(self.pick(PLATE_QC) for _ in range(3))}",
                f"品川 {r.randint(300, 599)} あ {r.randint(10, 99)}-{r.randint(10, 99)}",
            ]
        )


# -- contexts sent by the client libraries ----------------------------------------------------------

SITE_PAGES = ["/", "/comprar", "/es/escrituras", "/fr/acte-de-vente", "/ja/sokyu", "/pricing", "/dashboard"]
SITE_PAGES += ["/deeds/overview", "/signing/room", "/account/identity"]


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.2", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(SITE_PAGES)),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.es/", "", "https://www.idealista.com/", "https://www.google.ca/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?lang=es", "?ref=nav", "?utm_source=newsletter&utm_medium=email"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "KeyDeed",
                        "Firma tu escritura | KeyDeed",
                        "Acte de vente | KeyDeed",
                        "売買契約 | KeyDeed",
                    ]
                )
            ),
            "url": G(lambda f: "https://app.keydeed.example" + f.pick(SITE_PAGES)),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    UA_CHROME,
                    UA_SAFARI,
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
                    UA_IPHONE,
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["es-ES", "fr-CA", "ja-JP", "en-CA", "ca-ES", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(["Europe/Madrid", "America/Toronto", "Asia/Tokyo", "Atlantic/Canary"])
        ),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["primavera_hipotecas", "premier-achat-2024", "souzoku_lp", "brand"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "idealista"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "referral"])),
            "term": G(
                lambda f: f.pick(["notario online", "notaire montréal", "相続 登記", "firma escritura"])
            ),
            "content": G(lambda f: f.pick(["hero_a", "textlink", "carousel_2", "footer"])),
        },
    }


def app_block():
    return {
        "name": G(lambda f: "KeyDeed"),
        "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2", "4.4.0"])),
        "build": G(lambda f: f.pick(["4200", "4310", "4321", "4400"])),
        "namespace": G(lambda f: f.pick(["com.keydeed.app", "com.keydeed.app.beta", "com.keydeed.notary"])),
    }


def ctx_traits():
    return {
        "userId": G(lambda f: "kd_" + f.digits(8)),
        "anonymousId": G(lambda f: f.uuid()),
        "email": Y(lambda f: f.mail(), "email"),
    }


def swift_context():
    return {
        "app": app_block(),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,4"])),
            "name": Y(
                lambda f: f.pick(
                    [
                        f"iPhone de {f.given()}",
                        f"{f.given()}'s iPhone",
                        f"{f.pick(JP_FAMILY)[0]}のiPhone",
                        f"iPad de {f.given()}",
                    ]
                ),
                "name",
            ),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["es-ES", "fr-CA", "ja-JP", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430, 820])),
            "height": G(lambda f: f.pick([844, 852, 932, 1180])),
            "density": G(lambda f: f.pick([2, 3])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Madrid", "America/Montreal", "Asia/Tokyo"])),
        "traits": ctx_traits(),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context():
    return {
        "app": app_block(),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "SHARP"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "2201117TY", "SH-53D"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: f.pick(["es-ES", "fr-CA", "ja-JP", "en-CA"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Movistar", "Vidéotron", "NTT DOCOMO", "Orange", "Bell"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "width": G(lambda f: f.pick([1080, 1440, 1220])),
            "height": G(lambda f: f.pick([2340, 3120, 2712])),
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Madrid", "America/Montreal", "Asia/Tokyo"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SH-53D Build/S8170)",
                ]
            )
        ),
        "traits": ctx_traits(),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context():
    return {
        "app": app_block(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.cur["dev"][0]),
            "model": G(lambda f: f.cur["dev"][1]),
            "type": G(lambda f: f.cur["dev"][2]),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.18.3"])),
        },
        "locale": G(lambda f: LOCALES[f.cur["jur"]]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: f.cur["dev"][3]), "version": G(lambda f: f.cur["dev"][4])},
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "timezone": G(lambda f: TIMEZONES[f.cur["jur"]]),
        "traits": ctx_traits(),
        "location": {
            "latitude": Y(lambda f: round(f.cur["geo"][0] + f.r.uniform(-0.05, 0.05), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.cur["geo"][1] + f.r.uniform(-0.05, 0.05), 6), "geolocation"),
            "city": Y(lambda f: f.cur["geo"][2], "city"),
            "country": G(lambda f: COUNTRY_NAMES[f.cur["jur"]]),
            "speed": G(lambda f: f.pick([0, 0.4, 1.2, 12.5])),
        },
    }


def flutter_context():
    return {
        "app": app_block(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.cur["dev"][0]),
            "model": G(lambda f: f.cur["dev"][1]),
            "type": G(lambda f: f.cur["dev"][2]),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4", "1.0.9"])),
        },
        "locale": G(lambda f: LOCALES[f.cur["jur"]].replace("-", "_")),
        "os": {"name": G(lambda f: f.cur["dev"][3]), "version": G(lambda f: f.cur["dev"][4])},
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "timezone": G(lambda f: TIMEZONES[f.cur["jur"]]),
        "traits": ctx_traits(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(lib):
    name, versions = SERVER_LIBS[lib]
    ctx = {
        "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if lib in ("node", "python", "ruby"):
        ctx["userAgent"] = G(
            lambda f: f.pick(
                [
                    UA_CHROME,
                    "KeyDeed/4.3.1 (iPhone; iOS 17.4.1)",
                    "KeyDeed/4.3.2 (Android 14; Pixel 8)",
                ]
            )
        )
        ctx["groupId"] = G(lambda f: "off_" + f.digits(4))
    if lib in ("dotnet", "java"):
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.mail(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
        ctx["active"] = G(lambda f: False)
    if lib in ("go", "php"):
        ctx["traits"] = ctx_traits()
    return ctx


def CONTEXT(client):
    if client == "web":
        return web_context()
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(client)


MOBILE = ["swift", "kotlin", "rn", "flutter"]
CLIENT = ["web", "swift", "kotlin", "rn", "flutter"]


# -- shared fragments -------------------------------------------------------------------------------


def free_text_phone(f):
    return f.pick(
        [
            f"Por favor llamadme al {f.ph('ES')} por la tarde",
            f"Rappelez-moi au {f.ph('CA-QC')} svp, merci",
            f"{f.ph('JP')}までご連絡ください",
            f"Best number is {f.ph('INTL')}, I'm abroad until May",
            f"Mi gestor no contesta, mi móvil es {f.ph('ES')}",
        ]
    )


def free_text_email(f):
    return f.pick(
        [
            f"Enviad la copia simple a {f.mail()} por favor",
            f"Veuillez envoyer les documents à {f.mail()}",
            f"書類は {f.mail()} に送ってください",
            f"Please cc my lawyer {f.mail()} on everything",
        ]
    )


def place_description(f):
    jur = f.jur()
    country = {"ES": "España", "CA-QC": "QC, Canada", "JP": "日本"}[jur]
    return f"{f.addr(jur)}, {f.city_of(jur)}, {country}" if jur != "JP" else f"日本、{f.addr(jur)}"


def product():
    return {
        "product_id": G(
            lambda f: f.pick(["nota-simple", "copia-autorizada", "apostille", "tohon", "certif-loc"])
        ),
        "sku": G(lambda f: f.pick(["NS-ES-001", "CA-ES-014", "AP-HAG-002", "JP-TOHON-01", "QC-CL-007"])),
        "name": G(
            lambda f: f.pick(
                [
                    "Nota simple registral",
                    "Copia autorizada de escritura",
                    "Apostilla de La Haya",
                    "登記事項証明書",
                    "Certificat de localisation",
                ]
            )
        ),
        "price": G(lambda f: f.pick([9.02, 30.0, 45.5, 600, 1200.0, 95.0])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def party_es():
    return {
        "nombre": Y(lambda f: f.pick(ES_FIRST + INTL[:4]).split(" ")[0], "name"),
        "apellidos": Y(lambda f: f"{f.pick(ES_LAST)} {f.pick(ES_LAST)}", "name"),
        "dni": RED(lambda f: f.dni_or_nie(), "national id"),
        "correo": Y(lambda f: f.mail("ES"), "email"),
        "telefono": Y(lambda f: f.ph("ES"), "phone"),
        "domicilio": Y(lambda f: f.addr("ES"), "address"),
        "estado_civil": G(lambda f: f.pick(["soltero", "casado", "divorciado", "viudo"])),
        "porcentaje": G(lambda f: f.pick([100, 50, 33.33, 25])),
    }


# -- events -----------------------------------------------------------------------------------------

EVENTS = [
    # -- accounts ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        CLIENT,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.ph(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.addr(), "street|address"),
                "city": Y(lambda f: f.city_of(), "city"),
                "postalCode": Y(lambda f: f.postal(), "zipcode"),
                "state": G(lambda f: f.pick(["Madrid", "QC", "東京都", "Catalunya", "大阪府"])),
                "country": G(lambda f: f.pick(["ES", "CA", "JP"])),
            },
            "avatar": Y(lambda f: f"https://cdn.keydeed.example/avatars/{f.hexid(16)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["es", "fr", "ja", "en", "ca"])),
            "accountType": G(lambda f: f.pick(["buyer", "seller", "heir", "agent"])),
            "jurisdiction": G(lambda f: f.jur()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "kycStatus": G(lambda f: f.pick(["pending", "verified", "rejected", "expired"])),
            "idDocumentType": G(
                lambda f: f.pick(["dni", "nie", "passport", "my_number_card", "permis_conduire"])
            ),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "common_law", "divorced"])),
            "occupation": G(lambda f: f.pick(["Ingeniera", "Enseignant", "会社員", "Nurse", "Autónomo"])),
            "age": G(lambda f: f.r.randint(22, 84)),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FullName": Y(lambda f: f.pname("CA-QC"), "name"),
            "EmailAddress": Y(lambda f: f.mail("CA-QC"), "email"),
            "MobileNumber": Y(lambda f: f.ph("CA-QC"), "phone"),
            "SocialInsuranceNumber": RED(lambda f: f.sin(), "national id"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "PreferredLanguage": G(lambda f: f.pick(["fr-CA", "en-CA", "es"])),
            "Province": G(lambda f: f.pick(["QC", "ON", "NB"])),
            "IsFirstTimeBuyer": G(lambda f: f.pick([True, False])),
            "CustomerNumber": G(lambda f: "C-" + f.digits(7)),
            "MaritalStatus": G(lambda f: f.pick(["Married", "Single", "CommonLaw", "Widowed"])),
            "CreatedUtc": G(lambda f: f.iso()),
            "HomeAddress": {
                "Line1": Y(lambda f: f.addr("CA-QC"), "address|street"),
                "City": Y(lambda f: f.city_of("CA-QC"), "city"),
                "PostalCode": Y(lambda f: f.postal("CA-QC"), "zipcode"),
                "Country": G(lambda f: "CA"),
            },
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "CLIENT_ID": G(lambda f: "kd_" + f.digits(8)),
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "MOBILE_PHONE": Y(lambda f: f.ph(), "phone"),
            "LIFETIME_FEES_EUR": G(lambda f: f.money(300, 9000)),
            "LAST_DEED_DATE": G(lambda f: f.date(2021, 2024)),
            "DEED_COUNT": G(lambda f: f.r.randint(1, 9)),
            "PROVINCE_CODE": G(lambda f: f.pick(["28", "08", "QC", "13", "27"])),
            "IS_REPEAT_CLIENT": G(lambda f: f.pick([True, False])),
            "PREFERRED_OFFICE": G(lambda f: f.pick(OFFICES)),
        },
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "shimei": Y(lambda f: f.kanji_name(), "name"),
            "shimei_kana": Y(lambda f: f.kana_name(), "name"),
            "mail_address": Y(lambda f: f.mail("JP"), "email"),
            "denwa_bango": Y(lambda f: f.ph("JP"), "phone"),
            "yubin_bango": Y(lambda f: f.postal("JP"), "zipcode"),
            "jusho": Y(lambda f: f.addr("JP"), "address"),
            "seinengappi": Y(lambda f: f.dob().replace("-", "/"), "birthdate"),
            "kaiin_bango": G(lambda f: "M" + f.digits(9)),
            "todofuken": G(lambda f: f.pick(["東京都", "大阪府", "神奈川県", "福岡県"])),
            "mynumber_teishutsu_zumi": G(lambda f: f.pick([True, False])),
            "touroku_bi": G(lambda f: f.date(2020, 2024)),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.cur["office"][0]),
            "industry": G(
                lambda f: f.pick(["Notary", "Real estate agency", "Law firm", "Judicial scrivener"])
            ),
            "plan": G(lambda f: f.pick(["office", "office_plus", "enterprise"])),
            "website": G(lambda f: f.cur["office"][4]),
            "office_phone": G(lambda f: f.cur["office"][1]),
            "billing_email": G(lambda f: f.cur["office"][3]),
            "vat_id": G(lambda f: f.cur["office"][5]),
            "contact_name": Y(lambda f: f.pname(), "name"),
            "office_address": {
                "street": G(lambda f: f.cur["office"][6]),
                "city": G(lambda f: f.cur["office"][7]),
                "postalCode": G(lambda f: f.cur["office"][8]),
            },
        },
    ),
    ("alias", None, [*CLIENT, "node"], {}),
    (
        "track",
        "Signed Up",
        CLIENT,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "line"])),
            "referral_code": G(lambda f: f.pick(["AMIGO25", "PARRAIN10", "", "SHOKAI500"])),
            "email": Y(lambda f: f.mail(), "email"),
            "accepted_terms_version": G(lambda f: f.pick(["2024-01", "2023-07", "2024-04"])),
            "role": G(lambda f: f.pick(["buyer", "seller", "heir", "attorney"])),
        },
    ),
    (
        "track",
        "Signed In",
        CLIENT,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "passkey"])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none", "email"])),
            "login_email": Y(lambda f: f.mail(), "email"),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "remember_device": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong", "very_strong"])),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["login-form", "signin", "acceso"])),
            "form_action": G(lambda f: f.pick(["/api/session", "/auth/login", "/es/acceso"])),
            "fields": {
                "username": Y(lambda f: f.mail(), "email"),
                "password": RED(
                    lambda f: (
                        f.pick(
                            ["Madrid2024!", "hunter2hunter", "Qu3bec#Lavoie", "sakura-1987", "P@ssw0rd.kd"]
                        )
                        + f.code(2)
                    ),
                    "password",
                ),
                "remember_me": G(lambda f: f.pick(["on", "off", ""])),
            },
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node", "python"],
        {
            "channel": G(lambda f: f.pick(["sms", "email", "voice"])),
            "verification_code": RED(lambda f: f.code(6), "token"),
            "expires_in_sec": G(lambda f: f.pick([300, 600, 900])),
            "destination_masked": G(
                lambda f: f.pick(["+34 6** *** *12", "m***@gmail.com", "(514) ***-**07", "090-****-5678"])
            ),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Deep Link Opened",
        MOBILE,
        {
            "provider": G(lambda f: f.pick(["branch", "universal_link", "app_link"])),
            "link_url": RED(
                lambda f: f.pick(
                    [
                        "https://app.keydeed.example/auth/verify?token=" + f.alnum(32),
                        "keydeed://login?magic=" + f.alnum(40),
                        "https://app.keydeed.example/fr/connexion?jeton=" + f.alnum(32),
                    ]
                ),
                "token",
                True,
            ),
            "referring_application": G(
                lambda f: f.pick(["com.google.Gmail", "com.apple.mobilemail", "jp.naver.line.android"])
            ),
        },
    ),
    (
        "track",
        "Application Opened",
        MOBILE,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "referring_application": G(lambda f: f.pick(["", "com.google.Gmail", "com.apple.mobilesafari"])),
            "url": G(
                lambda f: f.pick(["", "keydeed://deeds", "keydeed://signing/upcoming", "keydeed://inbox"])
            ),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["node"],
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "Apple Search Ads", "line_int"])
            ),
            "campaign": G(lambda f: f.pick(["ES_iOS_hipoteca", "QC_android_notaire", "JP_souzoku"])),
        },
    ),
    (
        "page",
        "Landing",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/lp/notario-online", "/lp/premier-achat", "/lp/souzoku"])),
            "url": G(
                lambda f: (
                    "https://www.keydeed.example"
                    + f.pick(["/lp/notario-online", "/lp/premier-achat", "/lp/souzoku"])
                )
            ),
            "title": G(lambda f: f.pick(["Notario online", "Premier achat", "相続登記"])),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "https://www.facebook.com/", "https://l.instagram.com/"]
                )
            ),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.alnum(60) + "_BwE", "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.alnum(52), "advertising id"),
            "_fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "_fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.alnum(40)}", "advertising id"),
            "variant": G(lambda f: f.pick(["A", "B", "C"])),
        },
    ),
    (
        "page",
        "Deed Overview",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/deeds/overview", "/es/escrituras", "/fr/acte-de-vente"])),
            "url": G(lambda f: "https://app.keydeed.example/deeds/" + f.uuid()),
            "title": G(lambda f: f.pick(["Tu escritura", "Votre acte", "Your deed"])),
            "referrer": G(
                lambda f: f.pick(["", "https://app.keydeed.example/dashboard", "https://mail.google.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?tab=documents", "?tab=payments", "?tab=parties"])),
            "deed_id": G(lambda f: f.uuid()),
            "deed_stage": G(lambda f: f.pick(["draft", "review", "scheduled", "signed", "registered"])),
        },
    ),
    (
        "screen",
        "Signing Checklist",
        MOBILE,
        {
            "deed_id": G(lambda f: f.uuid()),
            "items_done": G(lambda f: f.r.randint(0, 8)),
        },
    ),
    (
        "screen",
        "Contact Picker",
        ["swift", "kotlin"],
        {
            "purpose": G(lambda f: f.pick(["add_co_buyer", "invite_heir", "share_deed"])),
            "label": Y(lambda f: f.pname(), "name", True),
            "value": Y(lambda f: f.ph(), "phone", True),
            "kind": G(lambda f: f.pick(["mobile", "home", "work"])),
            "results": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    # -- search and listings ----------------------------------------------------------------------
    (
        "track",
        "Properties Searched",
        CLIENT,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "piso 3 habitaciones valencia",
                        "condo plateau mont-royal",
                        "渋谷 中古マンション",
                        "ático con terraza",
                    ]
                )
            ),
            "filters": {
                "min_price": G(lambda f: f.pick([100000, 150000, 200000, 30000000])),
                "max_price": G(lambda f: f.pick([300000, 450000, 600000, 80000000])),
                "bedrooms": G(lambda f: f.r.randint(1, 4)),
                "city": G(lambda f: f.city_of()),
            },
            "map_center": {
                "lat": G(
                    lambda f: round(
                        f.pick([39.4699, 45.5231, 35.6467, 41.4036]) + f.r.uniform(-0.02, 0.02), 5
                    )
                ),
                "lng": G(
                    lambda f: round(
                        f.pick([-0.3763, -73.5817, 139.7101, 2.1527]) + f.r.uniform(-0.02, 0.02), 5
                    )
                ),
            },
            "results_count": G(lambda f: f.r.randint(0, 480)),
        },
    ),
    (
        "track",
        "Listing Viewed",
        CLIENT,
        {
            "listing_id": G(lambda f: "L" + f.digits(8)),
            "listing": {
                "street": G(lambda f: f.addr()),
                "city": G(lambda f: f.city_of()),
                "price": G(lambda f: f.r.randint(90000, 1200000)),
                "agent_phone": G(lambda f: f.pick(["+34 963 550 101", "(514) 555-0177", "0120-555-310"])),
            },
            "source": G(lambda f: f.pick(["search", "alert_email", "favourites"])),
        },
    ),
    (
        "track",
        "Nearby Notaries Searched",
        MOBILE,
        {
            "user_lat": Y(
                lambda f: round(f.pick([40.42, 41.39, 45.5, 35.66]) + f.r.uniform(-0.03, 0.03), 6),
                "geolocation",
            ),
            "user_lng": Y(
                lambda f: round(f.pick([-3.7, 2.17, -73.57, 139.7]) + f.r.uniform(-0.03, 0.03), 6),
                "geolocation",
            ),
            "radius_km": G(lambda f: f.pick([2, 5, 10, 25])),
            "results": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    # -- identity checks --------------------------------------------------------------------------
    (
        "track",
        "ID Verification Submitted",
        MOBILE,
        {
            "check_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["Onfido", "Veriff", "TRUSTDOCK", "Mati"])),
            "document_type": G(
                lambda f: f.pick(
                    ["national_identity_card", "passport", "driving_licence", "residence_permit"]
                )
            ),
            "document_country": G(lambda f: f.pick(["ESP", "CAN", "JPN", "GBR", "MAR"])),
            "document_number": RED(
                lambda f: f.pick([f.dni(), f.nie(), f.passport(), f.residence_card()]), "national id|passport"
            ),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "given_names": Y(lambda f: f.given(), "name"),
            "surname": Y(lambda f: f.family(), "name"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["ESP", "CAN", "JPN", "GBR", "MAR", "ROU", "CHN"]), "citizenship"
            ),
            "selfie_url": Y(lambda f: f"https://files.keydeed.example/kyc/{f.uuid()}/selfie.jpg", "photo"),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(0.3, 1), 3)),
            "nfc_chip_read": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "KYC Webhook Received",
        ["node"],
        {
            "payload": {
                "action": G(
                    lambda f: f.pick(["check.completed", "report.completed", "workflow_run.completed"])
                ),
                "object": {
                    "id": G(lambda f: f.uuid()),
                    "status": G(lambda f: f.pick(["complete", "in_progress", "withdrawn"])),
                    "completed_at_iso8601": G(lambda f: f.iso()),
                },
            },
            "result": G(lambda f: f.pick(["clear", "consider", "rejected"])),
        },
    ),
    (
        "track",
        "Secondary ID Provided",
        ["web", "swift", "kotlin"],
        {
            "id_type": G(lambda f: f.pick(["ramq", "permis_conduire", "carte_citoyennete"])),
            "ramq_number": RED(lambda f: f.ramq(), "health id"),
            "permis_conduire": Y(
                lambda f: (
                    f"{f.pick('BCGLMRST')}{f.r.randint(1000, 9999)}-"
                    f"{f.r.randint(100000, 999999)}-{f.r.randint(10, 99)}"
                ),
                "license",
            ),
            "holder_consent": G(lambda f: True),
            "province": G(lambda f: "QC"),
        },
    ),
    (
        "track",
        "Residence Card Scanned",
        ["swift", "kotlin"],
        {
            "zairyu_card_number": RED(lambda f: f.residence_card(), "national id"),
            "zairyu_shikaku": RED(
                lambda f: f.pick(
                    ["永住者", "技術・人文知識・国際業務", "日本人の配偶者等", "留学", "特定技能1号"]
                ),
                "visa",
            ),
            "card_expiry": G(lambda f: f.date(2025, 2031)),
            "work_restriction": RED(
                lambda f: f.pick(["就労制限なし", "在留資格に基づく就労活動のみ可", "就労不可"]), "visa"
            ),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.7, 1), 2)),
        },
    ),
    (
        "track",
        "Back Office Lookup",
        ["ruby"],
        {
            "q": RED(lambda f: f.pick([f.dni(), f.nie(), f.dni().lower()]), "national id", True),
            "scope": G(lambda f: f.pick(["clients", "deeds", "all"])),
            "matches": G(lambda f: f.r.randint(0, 3)),
            "staff_id": G(lambda f: "st_" + f.digits(4)),
            "office_code": G(lambda f: f.pick(["MAD01", "BCN02", "VLC01"])),
        },
    ),
    # -- KYC form (Vue, kebab-case Spanish) ---------------------------------------------------------
    (
        "track",
        "KYC Form Completed",
        ["web"],
        {
            "datos-personales": {
                "nombre": Y(lambda f: f.pick(ES_FIRST), "name"),
                "primer-apellido": Y(lambda f: f.pick(ES_LAST), "name"),
                "segundo-apellido": Y(lambda f: f.pick(ES_LAST), "name"),
                "fecha-nacimiento": Y(lambda f: "/".join(reversed(f.dob().split("-"))), "birthdate"),
                "nacionalidad": Y(
                    lambda f: f.pick(["española", "marroquí", "rumana", "británica", "colombiana"]),
                    "citizenship",
                ),
                "tipo-documento": G(lambda f: f.pick(["DNI", "NIE", "Pasaporte"])),
                "numero-documento": RED(lambda f: f.dni_or_nie(), "national id"),
                "estado-civil": G(lambda f: f.pick(["soltera", "casado", "pareja de hecho", "viuda"])),
                "profesion": G(
                    lambda f: f.pick(["Funcionaria", "Fontanero", "Médica", "Jubilado", "Abogado"])
                ),
                "direccion": Y(lambda f: f.addr("ES"), "address"),
                "codigo-postal": Y(lambda f: f.postal("ES"), "zipcode"),
                "municipio": Y(lambda f: f.city_of("ES"), "city"),
                "provincia": G(lambda f: f.pick(ES_PROVINCES)),
                "telefono-movil": Y(lambda f: f.ph("ES"), "phone"),
                "correo-electronico": Y(lambda f: f.mail("ES"), "email"),
            },
            "origen-fondos": G(
                lambda f: f.pick(["ahorros", "herencia", "venta-inmueble", "prestamo-hipotecario"])
            ),
            "es-residente-fiscal": G(lambda f: f.pick([True, False])),
            "es-persona-expuesta-politicamente": G(lambda f: f.pick([False, False, True])),
            "paso": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # -- deeds ------------------------------------------------------------------------------------
    (
        "track",
        "Escritura Firmada",
        ["php"],
        {
            "numero_protocolo": G(lambda f: f.deed_no()),
            "notaria": G(lambda f: f.pick(OFFICES[:3] + OFFICES[5:7])),
            "notario": Y(lambda f: f"D. {f.pick(ES_FIRST)} {f.pick(ES_LAST)} {f.pick(ES_LAST)}", "name"),
            "fecha_firma": G(lambda f: f.date(2024, 2024)),
            "tipo_acto": G(lambda f: f.pick(["compraventa", "hipoteca", "donacion", "herencia"])),
            "comprador": party_es(),
            "vendedor": party_es(),
            "inmueble": {
                "referencia_catastral": Y(lambda f: f.cadastral(), "identification"),
                "direccion": Y(lambda f: f.addr("ES"), "address"),
                "municipio": G(lambda f: f.city_of("ES")),
                "provincia": G(lambda f: f.pick(ES_PROVINCES)),
                "superficie_m2": G(lambda f: f.r.randint(40, 260)),
                "finca_registral": Y(lambda f: f"{f.r.randint(1000, 99999)}", "identification"),
            },
            "precio_venta": G(lambda f: f.r.randint(80000, 950000)),
            "impuesto_itp": G(lambda f: f.money(4000, 90000)),
            "regimen_economico": G(lambda f: f.pick(["gananciales", "separacion_bienes", "participacion"])),
            "hipoteca": {
                "entidad": G(lambda f: f.pick(BANK_NAMES[:4])),
                "importe": G(lambda f: f.r.randint(50000, 600000)),
                "iban_cargo": RED(lambda f: f.es_iban(), "bank account"),
            },
        },
    ),
    (
        "track",
        "Acte de vente signé",
        ["dotnet"],
        {
            "numero_minute": G(lambda f: f"{f.r.randint(1000, 30000)}"),
            "date_signature": G(lambda f: f.date(2024, 2024)),
            "notaire": {
                "nom": Y(lambda f: f"Me {f.pname('CA-QC')}", "name"),
                "numero_membre": G(lambda f: f.digits(5)),
                "etude": G(lambda f: f.pick([*OFFICES[2:4], "Lavoie Fortin notaires s.e.n.c."])),
            },
            "acheteur": {
                "prenom": Y(lambda f: f.pick(QC_FIRST), "name"),
                "nom": Y(lambda f: f.pick(QC_LAST), "name"),
                "nas": RED(lambda f: f.sin(), "national id"),
                "courriel": Y(lambda f: f.mail("CA-QC"), "email"),
                "telephone": Y(lambda f: f.ph("CA-QC"), "phone"),
                "adresse": Y(lambda f: f.addr("CA-QC"), "address"),
                "code_postal": Y(lambda f: f.postal("CA-QC"), "zipcode"),
                "premier_acheteur": G(lambda f: f.pick([True, False])),
            },
            "vendeur": {
                "prenom": Y(lambda f: f.pick(QC_FIRST), "name"),
                "nom": Y(lambda f: f.pick(QC_LAST), "name"),
                "courriel": Y(lambda f: f.mail("CA-QC"), "email"),
            },
            "immeuble": {
                "numero_de_lot": Y(lambda f: f.qc_lot(), "identification"),
                "adresse": Y(lambda f: f.addr("CA-QC"), "address"),
                "municipalite": G(lambda f: f.city_of("CA-QC")),
            },
            "prix_de_vente": G(lambda f: f.r.randint(250000, 1400000)),
            "droits_de_mutation": G(lambda f: f.money(2000, 25000)),
            "tps": G(lambda f: f.money(40, 200)),
            "tvq": G(lambda f: f.money(80, 400)),
        },
    ),
    (
        "track",
        "Sales Contract Executed",
        ["go"],
        {
            "contract_id": G(lambda f: f.uuid()),
            "buyer_name_kanji": Y(lambda f: f.kanji_name(), "name"),
            "buyer_name_kana": Y(lambda f: f.kana_name(), "name"),
            "seller_name": Y(lambda f: f.pname("JP"), "name"),
            "buyer_mynumber": RED(lambda f: f.my_number(), "national id"),
            "property": {
                "chiban": Y(lambda f: f.chiban(), "identification"),
                "kaoku_bango": Y(
                    lambda f: f"{f.r.randint(1, 999)}番{f.r.randint(1, 30)}の{f.r.randint(101, 1205)}",
                    "identification",
                ),
                "building_name": G(
                    lambda f: f.pick(
                        ["パークハウス渋谷", "ザ・タワー大阪", "Brillia横浜", "ライオンズマンション天神"]
                    )
                ),
                "prefecture": G(lambda f: f.pick(["東京都", "大阪府", "神奈川県", "福岡県"])),
            },
            "price_jpy": G(lambda f: f.r.randint(20, 150) * 1000000),
            "tetsukekin_jpy": G(lambda f: f.r.randint(1, 10) * 1000000),
            "agent_name": Y(lambda f: f.kanji_name(), "name"),
            "takken_shi_number": Y(
                lambda f: f"({f.pick(['東京', '大阪', '神奈川'])}){f.r.randint(100000, 299999):06d}",
                "license",
            ),
        },
    ),
    (
        "track",
        "Registration Filed",
        ["go"],
        {
            "shinsei_id": G(lambda f: f.digits(12)),
            "touki_mokuteki": G(lambda f: f.pick(["所有権移転", "抵当権設定", "相続", "抵当権抹消"])),
            "houmukyoku": G(lambda f: f.pick(["東京法務局渋谷出張所", "大阪法務局", "横浜地方法務局"])),
            "shinseinin": Y(lambda f: f.kanji_name(), "name"),
            "shinseinin_jusho": Y(lambda f: f.addr("JP"), "address"),
            "touroku_menkyozei": G(lambda f: f.r.randint(10, 800) * 1000),
            "shihou_shoshi": Y(lambda f: f.kanji_name(), "name"),
        },
    ),
    (
        "track",
        "Kintone Record Updated",
        ["node"],
        {
            "app": {
                "id": G(lambda f: f.pick(["12", "57", "103"])),
                "name": G(lambda f: f.pick(["顧客管理", "相続案件", "売買案件"])),
            },
            "type": G(lambda f: f.pick(["UPDATE_RECORD", "ADD_RECORD", "UPDATE_STATUS"])),
            "record": {
                "氏名": {
                    "type": G(lambda f: "SINGLE_LINE_TEXT"),
                    "value": Y(lambda f: f.kanji_name(), "name"),
                },
                "フリガナ": {
                    "type": G(lambda f: "SINGLE_LINE_TEXT"),
                    "value": Y(lambda f: f.kana_name(), "name"),
                },
                "電話番号": {"type": G(lambda f: "LINK"), "value": Y(lambda f: f.ph("JP"), "phone")},
                "住所": {
                    "type": G(lambda f: "MULTI_LINE_TEXT"),
                    "value": Y(lambda f: f.addr("JP"), "address"),
                },
                "郵便番号": {
                    "type": G(lambda f: "SINGLE_LINE_TEXT"),
                    "value": Y(lambda f: f.postal("JP"), "zipcode"),
                },
                "生年月日": {"type": G(lambda f: "DATE"), "value": Y(lambda f: f.dob(), "birthdate")},
                "個人番号": {
                    "type": G(lambda f: "SINGLE_LINE_TEXT"),
                    "value": RED(lambda f: f.my_number(), "national id"),
                },
                "担当者": {
                    "type": G(lambda f: "USER_SELECT"),
                    "value": Many(
                        {
                            "code": G(lambda f: f.pick(["tanaka", "sato.k", "ito-m"])),
                            "name": Y(lambda f: f.kanji_name(), "name"),
                        },
                        1,
                    ),
                },
                "売買価格": {
                    "type": G(lambda f: "NUMBER"),
                    "value": G(lambda f: str(f.r.randint(20, 150) * 1000000)),
                },
            },
        },
    ),
    (
        "track",
        "Deed Draft Reviewed",
        ["python"],
        {
            "deed_id": G(lambda f: f.uuid()),
            "reviewer": {
                "employee_id": G(lambda f: "E" + f.digits(5)),
                "name": Y(lambda f: f.pname(), "name"),
                "email": Y(lambda f: f.work_mail(), "email"),
                "role": G(lambda f: f.pick(["oficial", "clerc", "jimuin", "paralegal"])),
            },
            "checklist_passed": G(lambda f: f.pick([True, False])),
            "review_minutes": G(lambda f: f.r.randint(5, 120)),
            "comments": G(
                lambda f: f.pick(
                    [
                        "Falta la nota simple actualizada",
                        "Cadastre à vérifier",
                        "固定資産評価証明書が未提出",
                        "OK to schedule",
                        "Revisar cargas",
                    ]
                )
            ),
            "version": G(lambda f: f.r.randint(1, 7)),
        },
    ),
    (
        "track",
        "Document Uploaded",
        CLIENT,
        {
            "document_id": G(lambda f: f.uuid()),
            "document_type": G(
                lambda f: f.pick(
                    ["id_front", "nota_simple", "certificat_localisation", "koseki_tohon", "payslip"]
                )
            ),
            "file_name": Y(
                lambda f: f.pick(
                    [
                        f"DNI_{f.pick(ES_FIRST)}_{f.pick(ES_LAST)}.pdf",
                        f"passeport-{ascii_fold(f.pick(QC_LAST)).lower()}-{ascii_fold(f.pick(QC_FIRST)).lower()}.jpg",
                        f"戸籍謄本_{f.pick(JP_FAMILY)[0]}{f.pick(JP_GIVEN)[0]}.pdf",
                        f"nomina {f.pick(ES_FIRST)} {f.pick(ES_LAST)} marzo.pdf",
                    ]
                ),
                "name",
                True,
            ),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/heic"])),
            "size_bytes": G(lambda f: f.r.randint(40000, 9000000)),
            "pages": G(lambda f: f.r.randint(1, 30)),
            "sha256": G(lambda f: f.hexid(64)),
            "upload_source": G(lambda f: f.pick(["camera", "files", "drive", "email_forward"])),
        },
    ),
    # -- signing ----------------------------------------------------------------------------------
    (
        "track",
        "Video Signing Session Started",
        ["web", "swift", "kotlin"],
        {
            "session_id": G(lambda f: f.uuid()),
            "room_name": G(lambda f: f"firma-{f.deed_no().replace('/', '-')}"),
            "notary_name": Y(lambda f: f.pname(), "name"),
            "participants": Many(
                {
                    "role": G(lambda f: f.pick(["buyer", "seller", "interpreter", "attorney", "witness"])),
                    "display_name": Y(lambda f: f.pname(), "name"),
                    "joined_at": G(lambda f: f.iso()),
                    "ip": Y(lambda f: f.ip(), "ip"),
                    "id_check_passed": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "recording_enabled": G(lambda f: f.pick([True, False])),
            "camera_label": G(
                lambda f: f.pick(
                    ["FaceTime HD Camera", "Integrated Webcam", "Logi C920 HD Pro", "Front Camera"]
                )
            ),
        },
    ),
    (
        "track",
        "Interpreter Booked",
        ["node"],
        {
            "booking_id": G(lambda f: "INT-" + f.digits(6)),
            "interpreter": {
                "name": Y(lambda f: f.pname("INTL"), "name"),
                "languages": Many(
                    G(lambda f: f.pick(["es-en", "es-de", "fr-en", "ja-en", "es-ar", "es-ro"])), 2
                ),
                "hourly_rate": Y(lambda f: f.pick([45, 55, 60, 72.5, 80]), "salary"),
                "mobile": Y(lambda f: f.ph(), "phone"),
            },
            "currency": G(lambda f: f.pick(["EUR", "CAD", "JPY"])),
        },
    ),
    (
        "track",
        "Envelope Completed",
        ["java"],
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["completed", "declined", "voided"])),
            "emailSubject": G(
                lambda f: f.pick(
                    [
                        "Please sign: Compraventa ref 2024-118",
                        "À signer : promesse d'achat",
                        "Please DocuSign: Power of attorney",
                    ]
                )
            ),
            "sender": {
                "userName": Y(lambda f: f.pname(), "name"),
                "email": Y(lambda f: f.work_mail(), "email"),
            },
            "recipients": {
                "signers": Many(
                    {
                        "recipientId": G(lambda f: str(f.r.randint(1, 6))),
                        "name": Y(lambda f: f.pname(), "name"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "status": G(lambda f: f.pick(["completed", "sent", "delivered", "declined"])),
                        "signedDateTime": G(lambda f: f.iso()),
                        "clientUserId": G(lambda f: f.pick(["", "kd_" + f.digits(8)])),
                    },
                    3,
                )
            },
        },
    ),
    (
        "track",
        "Signature Captured",
        ["web", "swift"],
        {
            "deed_id": G(lambda f: f.uuid()),
            "signature_image_url": Y(lambda f: f"https://files.keydeed.example/sig/{f.uuid()}.png", "photo"),
            "stroke_count": G(lambda f: f.r.randint(3, 40)),
            "device_pressure_supported": G(lambda f: f.pick([True, False])),
            "signer_role": G(lambda f: f.pick(["comprador", "vendedor", "acheteur", "買主"])),
            "hash": G(lambda f: f.hexid(64)),
        },
    ),
    # -- power of attorney and inheritance --------------------------------------------------------
    (
        "track",
        "Power of Attorney Created",
        ["web", "ruby"],
        {
            "poa_id": G(lambda f: f.uuid()),
            "grantor": {
                "full_name": Y(lambda f: f.pname(), "name"),
                "national_id": RED(lambda f: f.national_id(), "national id"),
                "address": Y(lambda f: f.addr(), "address"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            },
            "attorney_in_fact": {
                "full_name": Y(lambda f: f.pname(), "name"),
                "relationship": G(lambda f: f.pick(["son", "daughter", "spouse", "lawyer", "friend"])),
                "phone": Y(lambda f: f.ph(), "phone"),
            },
            "scope": G(lambda f: f.pick(["general", "sale_of_property", "mortgage", "inheritance"])),
            "expires_at": G(lambda f: f.date(2025, 2030)),
            "apostille_required": G(lambda f: f.pick([True, False])),
            "consular": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Inheritance Case Opened",
        ["python", "web"],
        {
            "case_id": G(lambda f: "HER-" + f.digits(6)),
            "jurisdiction": G(lambda f: f.jur()),
            "deceased": {
                "name": Y(lambda f: f.pname(), "name"),
                "year_of_death": G(lambda f: f.r.randint(2019, 2024)),
                "last_address": Y(lambda f: f.addr(), "address"),
            },
            "heirs": Many(
                {
                    "name": Y(lambda f: f.pname(), "name"),
                    "relationship": G(
                        lambda f: f.pick(["child", "spouse", "sibling", "grandchild", "nephew"])
                    ),
                    "share_pct": G(lambda f: f.pick([100, 50, 33.33, 25, 12.5])),
                    "is_minor": G(lambda f: f.pick([True, False])),
                    "email": Y(lambda f: f.mail(), "email"),
                    "national_id": RED(lambda f: f.national_id(), "national id"),
                },
                4,
            ),
            "will_exists": G(lambda f: f.pick([True, False])),
            "estate_value": G(lambda f: f.r.randint(20000, 2000000)),
            "properties_count": G(lambda f: f.r.randint(1, 5)),
            "inmueble_direccion": Y(lambda f: f.addr(), "address"),
            "inmueble_ref_catastral": Y(lambda f: f.cadastral(), "identification"),
        },
    ),
    (
        "track",
        "Souzoku Heir Registered",
        ["go"],
        {
            "anken_id": G(lambda f: f.digits(8)),
            "hisouzokunin": Y(lambda f: f.kanji_name(), "name"),
            "souzokunin": Many(
                {
                    "shimei": Y(lambda f: f.kanji_name(), "name"),
                    "zokugara": G(lambda f: f.pick(["長男", "長女", "配偶者", "次男", "孫"])),
                    "houtei_souzokubun": G(lambda f: f.pick(["1/2", "1/4", "1/3", "1/6"])),
                    "honseki": Y(lambda f: f.addr("JP"), "address"),
                },
                3,
            ),
            "isan_bunkatsu_kyougi": G(lambda f: f.pick(["未了", "成立", "調停中"])),
            "kotei_shisan_hyoukagaku": G(lambda f: f.r.randint(5, 80) * 1000000),
        },
    ),
    # -- money ------------------------------------------------------------------------------------
    (
        "track",
        "Escrow Deposit Received",
        ["python"],
        {
            "escrow_id": G(lambda f: "ESC-" + f.digits(7)),
            "amount": G(lambda f: f.money(3000, 60000)),
            "currency": G(lambda f: f.pick(["EUR", "CAD", "JPY"])),
            "payer_name": Y(lambda f: f.pname(), "name"),
            "payer_iban": RED(lambda f: f.any_iban(), "bank account"),
            "payer_bic": G(
                lambda f: f.pick(["CAIXESBBXXX", "BSCHESMMXXX", "BBVAESMMXXX", "NWBKGB2L", "DEUTDEFF"])
            ),
            "remittance_info": Y(
                lambda f: f.pick(
                    [
                        f"ARRAS {f.pick(ES_STREETS).upper()} {f.r.randint(1, 200)} {f.pname('ES').upper()}",
                        f"Señal compraventa {f.pname('ES')}",
                        f"Deposit {f.pname('INTL')} ref {f.deed_no()}",
                    ]
                ),
                "name",
                True,
            ),
            "received_at": G(lambda f: f.iso()),
            "status": G(lambda f: f.pick(["matched", "unmatched", "held"])),
        },
    ),
    (
        "track",
        "Escrow Disbursed",
        ["java"],
        {
            "disbursement_id": G(lambda f: f.uuid()),
            "beneficiary_name": Y(lambda f: f.pname("CA-QC"), "name"),
            "beneficiary_account": {
                "institution_number": G(lambda f: f.pick(["815", "006", "001", "003"])),
                "transit_number": G(lambda f: f"{f.r.randint(10000, 99999)}"),
                "account_number": RED(lambda f: f.ca_account(), "bank account"),
            },
            "amount_cad": G(lambda f: f.money(10000, 900000)),
            "trust_account": G(lambda f: f.pick(["TRUST-QC-01", "TRUST-QC-02", "FIDEICOMMIS-03"])),
        },
    ),
    (
        "track",
        "Furikomi Instruction Created",
        ["go"],
        {
            "instruction_id": G(lambda f: f.uuid()),
            "ginko_code": G(lambda f: f.pick(["0001", "0005", "0009", "0010"])),
            "shiten_code": G(lambda f: f"{f.r.randint(1, 999):03d}"),
            "yokin_shumoku": G(lambda f: f.pick(["普通", "当座", "貯蓄"])),
            "koza_bango": RED(lambda f: f.jp_account(), "bank account"),
            "koza_meigi_kana": Y(lambda f: f.kana_name().replace(" ", "　"), "name"),
            "kingaku": G(lambda f: f.r.randint(1, 800) * 10000),
            "tesuryo": G(lambda f: f.pick([145, 330, 440, 660])),
        },
    ),
    (
        "track",
        "Mortgage Payoff Requested",
        ["ruby", "web"],
        {
            "payoff_id": G(lambda f: f.uuid()),
            "lender": G(lambda f: f.pick(BANK_NAMES)),
            "loan_number": RED(
                lambda f: f.pick([f.digits(10), f"{f.digits(4)}-{f.digits(6)}", "HP" + f.digits(12)]),
                "bank account",
            ),
            "borrower_name": Y(lambda f: f.pname(), "name"),
            "property_address": Y(lambda f: f.addr(), "address"),
            "payoff_amount": G(lambda f: f.money(5000, 400000)),
            "per_diem": G(lambda f: f.money(1, 80)),
            "good_through": G(lambda f: f.date(2024, 2025)),
            "cancelacion_registral": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Mortgage Pre-Approval Submitted",
        ["web", "kotlin"],
        {
            "application_id": G(lambda f: f.uuid()),
            "annual_income": Y(lambda f: f.r.randint(18, 250) * 1000, "salary"),
            "employer": G(
                lambda f: f.pick(["Hydro-Québec", "Mercadona", "トヨタ自動車", "Desjardins", "Inditex"])
            ),
            "job_title": G(lambda f: f.pick(["Analyste", "Enfermera", "エンジニア", "Comercial", "Teacher"])),
            "employment_type": G(lambda f: f.pick(["permanent", "temporary", "self_employed", "retired"])),
            "credit_score": Y(lambda f: f.r.randint(520, 880), "credit score"),
            "down_payment": G(lambda f: f.r.randint(10, 300) * 1000),
            "residency_status": RED(
                lambda f: f.pick(
                    ["citizen", "permanent_resident", "work_permit", "non_resident", "student_permit"]
                ),
                "visa",
            ),
            "sin": RED(lambda f: f.sin(), "national id"),
            "co_applicant": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["web", "swift"],
        {
            "provider": G(lambda f: f.pick(["flinks", "plaid", "tink"])),
            "institution": G(lambda f: f.pick(BANK_NAMES)),
            "public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
            "holder_name": Y(lambda f: f.pname(), "name"),
            "accounts": Many(
                {
                    "account_id": G(lambda f: f.alnum(37)),
                    "mask": G(lambda f: f.code(4)),
                    "name": G(lambda f: f.pick(["Chequing", "Cuenta Online", "普通預金", "Épargne"])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "IBAN Field Validated",
        ["web"],
        {
            "form": G(lambda f: f.pick(["refund", "escrow_return", "payout"])),
            "field_label": G(lambda f: f.pick(["IBAN", "Cuenta para devolución", "Compte bancaire"])),
            "input": RED(lambda f: f.any_iban(), "bank account", True),
            "valid": G(lambda f: f.pick([True, False])),
            "country_detected": G(lambda f: f.pick(["ES", "DE", "GB", "FR"])),
        },
    ),
    # -- fees, invoices, payments -----------------------------------------------------------------
    (
        "track",
        "Fee Quote Requested",
        ["web", "rn"],
        {
            "property_price": G(lambda f: f.r.randint(80000, 1500000)),
            "region": G(
                lambda f: f.pick(["Comunitat Valenciana", "Madrid", "Québec", "東京都", "Andalucía"])
            ),
            "is_first_home": G(lambda f: f.pick([True, False])),
            "buyer_age": G(lambda f: f.r.randint(21, 75)),
            "with_mortgage": G(lambda f: f.pick([True, False])),
            "estimated_fees": G(lambda f: f.money(600, 4000)),
            "quote_email": Y(lambda f: f.mail(), "email"),
            "disability_grade_pct": RED(lambda f: f.pick([0, 33, 45, 65, 75]), "disability"),
        },
    ),
    (
        "track",
        "Invoice Issued",
        ["ruby", "dotnet"],
        {
            "invoice_number": G(lambda f: f"FAC-2024-{f.r.randint(1, 9999):05d}"),
            "issue_date": G(lambda f: f.date(2024, 2024)),
            "bill_to": {
                "name": Y(lambda f: f.pname(), "name"),
                "nif": RED(lambda f: f.dni(), "national id"),
                "billing_address": Y(lambda f: f.addr(), "address"),
                "email": Y(lambda f: f.mail(), "email"),
            },
            "line_items": Many(
                {
                    "code": G(
                        lambda f: f.pick(["ARANCEL-1", "COPIA-AUT", "GESTION", "FRAIS-PUB", "TOUKI-01"])
                    ),
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Honorarios escritura compraventa",
                                "Copias autorizadas",
                                "Frais de publication",
                                "登記手続報酬",
                            ]
                        )
                    ),
                    "quantity": G(lambda f: f.r.randint(1, 4)),
                    "unit_price": G(lambda f: f.money(10, 900)),
                },
                4,
            ),
            "subtotal": G(lambda f: f.money(200, 3000)),
            "vat_rate": G(lambda f: f.pick([0.21, 0.05, 0.09975, 0.10])),
            "total": G(lambda f: f.money(240, 3600)),
            "currency": G(lambda f: f.pick(["EUR", "CAD", "JPY"])),
        },
    ),
    (
        "track",
        "Order Completed",
        CLIENT,
        {
            "order_id": G(lambda f: f"KD-{f.digits(8)}"),
            "revenue": G(lambda f: f.money(9, 1500)),
            "tax": G(lambda f: f.money(0, 300)),
            "coupon": G(lambda f: f.pick(["", "NOTA10", "BIENVENUE", "SPRING5"])),
            "currency": G(lambda f: f.pick(["EUR", "CAD", "JPY"])),
            "payment_method": G(lambda f: f.pick(["card", "bizum", "interac", "konbini", "bank_transfer"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
            "card_last4": G(lambda f: f.code(4)),
            "products": Many(product(), 3),
            "delivery_email": Y(lambda f: f.mail(), "email"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
            "card_last4": G(lambda f: f.code(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_bin": G(lambda f: f.pick(["453201", "516732", "376411", "356600"])),
            "cardholder_name": Y(lambda f: f.pname().upper(), "name"),
            "billing_postal_code": Y(lambda f: f.postal(), "zipcode"),
        },
    ),
    (
        "track",
        "PaymentDeclined",
        ["dotnet"],
        {
            "PaymentId": G(lambda f: f.uuid()),
            "Pan": RED(lambda f: f.card(), "credit card"),
            "MaskedPan": G(
                lambda f: f.pick(["4532********1234", "5167********9921", "3764*****1005"])[:12] + f.code(4)
            ),
            "DeclineCode": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card", "05"])),
            "Amount": G(lambda f: f.money(20, 2000)),
            "Currency": G(lambda f: f.pick(["CAD", "EUR", "USD"])),
        },
    ),
    (
        "track",
        "Charge Succeeded",
        ["node"],
        {
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + f.alnum(24)),
                    "amount": G(lambda f: f.r.randint(900, 250000)),
                    "currency": G(lambda f: f.pick(["eur", "cad", "jpy"])),
                    "payment_method": RED(lambda f: f.pm(), "token"),
                    "receipt_email": Y(lambda f: f.mail(), "email"),
                    "billing_details": {
                        "name": Y(lambda f: f.pname(), "name"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "phone": Y(lambda f: f.ph(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.addr(), "address|street"),
                            "city": Y(lambda f: f.city_of(), "city"),
                            "postal_code": Y(lambda f: f.postal(), "zipcode"),
                            "country": G(lambda f: f.pick(["ES", "CA", "JP"])),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
                            "last4": G(lambda f: f.code(4)),
                            "country": G(lambda f: f.pick(["ES", "CA", "JP", "GB"])),
                        }
                    },
                }
            },
            "type": G(lambda f: "charge.succeeded"),
        },
    ),
    # -- appointments, health questionnaire, building ---------------------------------------------
    (
        "track",
        "Appointment Booked",
        CLIENT,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "office": {
                "name": G(lambda f: f.cur["office"][0]),
                "phone": G(lambda f: f.cur["office"][1]),
                "email": G(lambda f: f.cur["office"][2]),
                "address": G(lambda f: f"{f.cur['office'][6]}, {f.cur['office'][8]} {f.cur['office'][7]}"),
            },
            "slot_start": G(lambda f: f.iso()),
            "attendees": Many(
                {
                    "name": Y(lambda f: f.pname(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                    "role": G(lambda f: f.pick(["buyer", "seller", "heir", "witness"])),
                },
                3,
            ),
            "language": G(lambda f: f.pick(["es", "fr", "ja", "en"])),
            "interpreter_needed": G(lambda f: f.pick([True, False])),
            "wheelchair_access_required": RED(lambda f: f.pick([True, False]), "disability"),
            "mode": G(lambda f: f.pick(["in_person", "video", "hybrid"])),
        },
    ),
    (
        "track",
        "Life Insurance Questionnaire Completed",
        ["web", "kotlin"],
        {
            "questionnaire_id": G(lambda f: f.uuid()),
            "insurer": G(lambda f: f.pick(["VidaCaixa", "Mapfre", "SSQ Assurance", "日本生命"])),
            "policy_number": Y(
                lambda f: f.pick(["VC" + f.digits(9), "MAP-" + f.digits(8), f.digits(10)]), "identification"
            ),
            "smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "has_heart_condition": Y(lambda f: f.pick([True, False]), "condition"),
            "has_diabetes": Y(lambda f: f.pick([True, False]), "condition"),
            "takes_regular_medication": Y(lambda f: f.pick([True, False]), "medication"),
            "medication_list": Many(
                Y(
                    lambda f: f.pick(["metformina", "enalapril", "atorvastatina", "levotiroxina"]),
                    "medication",
                ),
                2,
            ),
            "coverage_amount": G(lambda f: f.r.randint(50, 400) * 1000),
            "beneficiary": G(lambda f: f.pick(BANK_NAMES[:4])),
        },
    ),
    (
        "track",
        "Building Access Registered",
        ["rn", "flutter"],
        {
            "building_id": G(lambda f: "B" + f.digits(5)),
            "resident_names": Many(Y(lambda f: f.pname(), "name"), 3),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "parking_spot": G(lambda f: f"P-{f.r.randint(1, 120)}"),
            "keyfob_serial": G(lambda f: f.hexid(8).upper()),
            "pets": Many(
                {
                    "name": G(lambda f: f.pick(["Luna", "Coco", "Mochi", "Toby", "Pixel"])),
                    "species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
                },
                2,
            ),
        },
    ),
    # -- support and messaging --------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["node"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "No puedo subir mi DNI",
                            "Question sur les frais",
                            "署名日の変更",
                            "Video call dropped",
                        ]
                    )
                ),
                "description": Y(free_text_phone, "phone", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(G(lambda f: f.pick(["kyc", "billing", "signing", "souzoku"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "mobile_sdk"]))},
            },
            "requester": {"name": Y(lambda f: f.pname(), "name"), "email": Y(lambda f: f.mail(), "email")},
            "assignee": {
                "name": Y(lambda f: f.pname(), "name"),
                "email": Y(lambda f: f.work_mail(), "email"),
            },
        },
    ),
    (
        "track",
        "Message Sent",
        ["swift", "kotlin", "web"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "text": Y(free_text_email, "email", True),
            "attachments": G(lambda f: f.r.randint(0, 3)),
            "to_role": G(lambda f: f.pick(["notary", "clerk", "agent"])),
        },
    ),
    (
        "track",
        "NPS Submitted",
        CLIENT,
        {
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Todo muy rápido y claro",
                        "Service impeccable, merci",
                        "丁寧な対応でした",
                        "The video call lagged a bit",
                        "",
                        "Muy caro",
                    ]
                )
            ),
            "touchpoint": G(lambda f: f.pick(["post_signing", "post_registration", "support"])),
        },
    ),
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.alnum(20)}@ismtpd0{f.r.randint(1, 9)}p1mm1.sendgrid.net>"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        UA_GMAIL_PROXY,
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                        "Microsoft Office/16.0",
                    ]
                )
            ),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "SMS Status",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.ph(), "phone"),
            "From": G(lambda f: f.pick(["KeyDeed", "+15145550199", "+34600555010"])),
            "Body": RED(
                lambda f: f.pick(
                    [
                        f"Tu código KeyDeed es {f.code(6)}. No lo compartas.",
                        f"Votre code KeyDeed : {f.code(6)}",
                        f"KeyDeed 認証コード: {f.code(6)}",
                        f"{f.code(6)} is your KeyDeed verification code",
                    ]
                ),
                "token",
                True,
            ),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered", "failed"])),
        },
    ),
    (
        "track",
        "Call Ended",
        ["node"],
        {
            "event": G(lambda f: f.pick(["call.ended", "call.hungup", "call.missed"])),
            "data": {
                "id": G(lambda f: f.r.randint(10**8, 10**9)),
                "direction": G(lambda f: f.pick(["inbound", "outbound"])),
                "duration": G(lambda f: f.r.randint(0, 1800)),
                "raw_digits": Y(lambda f: f.ph(), "phone", True),
                "number": {
                    "digits": G(lambda f: f.pick(["+34 910 555 200", "+1 514-555-0150", "+81 3-5555-0120"])),
                },
                "user": {
                    "name": Y(lambda f: f.pname(), "name"),
                    "email": Y(lambda f: f.work_mail(), "email"),
                },
            },
        },
    ),
    (
        "track",
        "Co-Buyer Invited",
        CLIENT,
        {
            "deed_id": G(lambda f: f.uuid()),
            "co_buyer": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "mobile": Y(lambda f: f.ph(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "sibling", "parent", "friend"])),
                "ownership_share": G(lambda f: f.pick([50, 25, 33.3, 10])),
            },
            "invite_channel": G(lambda f: f.pick(["email", "sms", "whatsapp", "line"])),
            "invites_sent": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Consent Preferences Updated",
        CLIENT,
        {
            "consents": {
                "email": G(lambda f: f.pick([True, False])),
                "sms": G(lambda f: f.pick([True, False])),
                "phone": G(lambda f: f.pick([True, False])),
            },
            "source": G(lambda f: f.pick(["banner", "settings", "signup"])),
            "policy_version": G(lambda f: f.pick(["v3", "v4", "v4.1"])),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["web"],
        {
            "integration": G(lambda f: f.pick(["hubspot", "kintone", "salesforce", "docusign"])),
            "api_key": RED(lambda f: f.pick([f.secret(), "pat-eu1-" + f.uuid(), f.alnum(40)]), "secret"),
            "webhook_secret": RED(lambda f: "whsec_" + f.alnum(32), "secret"),
            "connected_by": Y(lambda f: f.work_mail(), "email"),
            "scopes": Many(G(lambda f: f.pick(["contacts.read", "records.write", "signature"])), 3),
        },
    ),
    (
        "track",
        "Referral Sent",
        CLIENT,
        {
            "referral_code": G(lambda f: f.pick(["AMIGO25", "PARRAIN10", "SHOKAI500", "KD-FRIEND"])),
            "invitee_email": Y(lambda f: f.mail(), "email"),
            "invitee_name": Y(lambda f: f.pname(), "name"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([25, 50, 500])),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web", "rn"],
        {
            "field": G(lambda f: f.pick(["home_address", "domicilio", "adresse_domicile"])),
            "session_token": G(lambda f: f.uuid()),
            "term": Y(lambda f: f.addr()[: f.r.randint(12, 20)], "address", True),
            "description": Y(place_description, "address", True),
            "place_id": G(lambda f: "ChIJ" + f.alnum(23)),
        },
    ),
    (
        "track",
        "HubSpot Form Submitted",
        ["node"],
        {
            "formGuid": G(lambda f: f.uuid()),
            "submittedAt": G(lambda f: f.epoch_ms()),
            "fields": Many(
                {
                    "name": G(lambda f: f.pick(["email", "firstname", "mobilephone", "lastname"])),
                    "value": Y(
                        lambda f: f.pick([f.mail(), f.given(), f.ph(), f.family()]), "email|name|phone", True
                    ),
                },
                4,
            ),
            "context": {
                "hutk": G(lambda f: f.hexid(32)),
                "pageUri": G(
                    lambda f: f.pick(
                        [
                            "https://www.keydeed.example/lp/notario-online",
                            "https://www.keydeed.example/ja/soudan",
                            "https://www.keydeed.example/fr/contact",
                        ]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Data Subject Request Received",
        ["python"],
        {
            "request_id": G(lambda f: "DSR-" + f.digits(6)),
            "kind": G(lambda f: f.pick(["access", "erasure", "rectification", "portability"])),
            "subject": Y(lambda f: f.mail(), "email", True),
            "handler": Y(lambda f: f.work_mail(), "email", True),
            "note": G(
                lambda f: f.pick(
                    [
                        "Identity verified by video call",
                        "Pendiente de verificar identidad",
                        "Demande transmise au DPO",
                        "本人確認済み",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Server Request Logged",
        ["java", "go"],
        {
            "request_id": G(lambda f: f.uuid()),
            "status_code": G(lambda f: f.pick([200, 201, 400, 404, 500])),
            "client_ip": Y(lambda f: f.ip(), "ip"),
            "x_forwarded_for": Y(
                lambda f: f"{f.ipv4()}, 10.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}",
                "ip",
            ),
        },
    ),
]


def build(seed: int, repeats: int):
    f = DeedFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            jur = f.jur()
            f.cur = {
                "jur": jur,
                "geo": f.pick(GEO[jur]),
                "dev": f.pick(DEVICES),
                "office": f.pick(OFFICE_INFO),
            }
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "kd_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "off_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXT(client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=236, repeats=36)
    write(Path(__file__).parent, "holdout236_", events, labels)
