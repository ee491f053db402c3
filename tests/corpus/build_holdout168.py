"""Writes holdout168: tests/corpus/holdout168_events.jsonl and holdout168_labels.json.

Sealed: written from the corpus helpers (build.py, fake.py), build_holdout3.py's format and the
reference's matcher table only, without reading the detection engine, its vocabularies, its docs,
its tests or any other corpus's labels, and without running the engine on these events.

Domain: a clinical-trial recruitment, eConsent and ePRO platform running studies in the US, Spain
and Japan. Covers the trial finder and pre-screeners (conditions, medications, pregnancy, tobacco),
lead capture and CRM sync (Salesforce `__c` keys, warehouse reverse-ETL in SCREAMING_SNAKE),
identify calls from a Spanish backend (Spanish keys: DNI/NIE with valid check letters, tarjeta
sanitaria) and a Japanese backend (romanised keys: My Number with a valid check digit, insurer
card numbers, hospital patient numbers), site groups and investigator scheduling, SMS/e-mail
vendor payloads (Twilio, SendGrid), eConsent (a .NET service in PascalCase, identity checks,
legally authorised representatives), randomisation, symptom diaries and questionnaires, adverse-
event reports in free text, lab results, kit shipping, an e-commerce device store, visit stipends
and travel / mileage reimbursements (US routing + account numbers, Spanish IBANs with valid
national and mod-97 check digits, Japanese bank accounts, Stripe payment-method tokens, SSN last
four), wearable sync and BLE pairing, telehealth, caregivers and paediatric dependants, home
nursing visits (pets), careers-page job applications, auth flows (passwords, OTP codes, magic
links, OAuth tokens) and ad-platform conversions (gclid, Meta CAPI). Contexts of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python,
node, go, java, ruby, php and .NET server libraries (ip, traits, device, app, library, locale,
userAgent, campaign, location, externalIds). Alias calls carry no properties (context only).

Conventions: paths are global, one label per path; camelCase and snake_case English keys mostly,
plus PascalCase (.NET, Twilio, Salesforce), kebab-case (form builders, HTTP headers, SendGrid),
SCREAMING_SNAKE (warehouse syncs), Spanish and romanised-Japanese keys. Values are varied across
US, Spanish and Japanese people (two surnames, kanji and katakana names), national phone formats
and addresses.

Labelling rules (the product's default colours):
- PII = personal data about a natural person: the user, a caregiver, a child, a traveller, a
  referee, site staff (investigators, coordinators, nurses; their names, personal work e-mails and
  phones). Colour = the reference matcher's default; outside the reference: red for credentials,
  secrets, tokens, card numbers, bank accounts, government ids and health ids; yellow otherwise
  (geolocation, advertising id).
- Green: ids we or a vendor issue (participant / subject / randomisation / kit numbers, Salesforce
  ids, envelope ids, message SIDs, Message-IDs), versions, timestamps, hashes of non-PII, amounts,
  enums, counters and booleans under PII-sounding keys (`emailVerified`, `passwordStrength`,
  `ssnProvided`), study / site / product / hotel / pet names, the site's or company's own phone,
  address and role mailbox, call-masking proxy numbers, searched places, country, state /
  province / prefecture, locale, language, timezone, currency, user agents, OS-issued device ids,
  ages and age bands, job titles, employers, card brand / last four / expiry, bank and branch codes
  and routing numbers, the randomisation arm and a study's therapeutic area (study attributes).
- Contested cases per the product policy: insurer member ids -> yellow `identification`; rx
  numbers -> yellow `medication`; hourly wage -> yellow `salary`; plates -> yellow `license`;
  gclid / fbclid / fbp / fbc -> yellow `advertising id`; the person's billing / shipping / home
  address -> yellow `address`; Stripe `pm_` ids, OTP codes, magic-link and OAuth tokens, push
  tokens -> red `token`; MRN, Medicare MBI, tarjeta sanitaria, Japanese hospital patient numbers
  -> red `health id`; DNI / NIE / My Number / SSN -> red; passport numbers -> red `passport`;
  right-to-work, sponsorship and visa-letter answers -> red `visa`; SSN last four -> red.
- Special categories: a boolean or enum that itself reveals one (pregnant, wheelchair user, has a
  service animal, veteran, tobacco use, hospitalised) carries that category's colour. Symptom and
  vital-sign readings named by their key (painScore, restingHeartRate, HbA1c) are health data:
  yellow `condition|diagnosis`. Generic scores and answers (questionnaire item values, a total
  score, severity enums, step and sleep counters) are green: neither key nor value says what they
  are about.
- Decided here (a careful privacy owner's call): a trial-finder search query that names a
  condition is the searcher's health interest -> yellow `condition`, value-only; hashed e-mail and
  phone sent for ad matching (Meta `em` / `ph`) stay PII of their type (a hash of PII is not a
  hash of non-PII); a lab test panel ordered for the person is a `procedure`; a staff member's
  name or personal work e-mail is PII, the site's switchboard is not.
- value_only: true when the key does not say what the value is (`q`, `input`, `fieldValue`,
  `text`, `body`, `Body`, `To`, `label`, `attendees`, `recipient`, `assignee`, `peer`, `coords`,
  `randomized_by`, `reported_by`, `verbatim`, a BLE `address` that holds a MAC) and only the value
  reveals it; every value of such a path carries that PII. Free text is labelled by what every one
  of its values carries, green when none does (support ticket descriptions, visit remarks, access
  notes, reimbursement notes and referral messages are written to carry no PII).

Each message gets a home country (US, ES or JP) so its people, phones and addresses mostly agree;
optional keys (`Maybe`) appear in only some events, as they do in real traffic.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places --------------------------------------------------------------------------

US_FIRST = [
    "Emily",
    "Jamal",
    "Aaliyah",
    "Michael",
    "Priya",
    "DeShawn",
    "Megan",
    "Carlos",
    "Tyler",
    "Keisha",
    "Brandon",
    "Mei-Ling",
    "Olivia",
    "Ethan",
    "Fatima",
    "Hunter",
    "Ximena",
    "Grace",
    "Tremaine",
    "Hannah",
    "Dmitri",
    "Lakshmi",
    "Connor",
    "Nia",
]
US_LAST = [
    "Johnson",
    "Washington",
    "Nguyen",
    "Patel",
    "Kowalski",
    "O'Connor",
    "Hernandez",
    "Begay",
    "Robinson",
    "Kim",
    "Schwartz",
    "Okonkwo",
    "Murphy",
    "Yazzie",
    "Goldberg",
    "Rivera",
    "Thompson",
    "Abdullah",
    "Lindqvist",
    "Castillo",
]
ES_FIRST = [
    "María José",
    "Alejandro",
    "Lucía",
    "Javier",
    "Carmen",
    "Pablo",
    "Nuria",
    "Iñaki",
    "Montserrat",
    "Sergio",
    "Rocío",
    "Jordi",
    "Ainhoa",
    "Manuel",
    "Pilar",
    "Álvaro",
    "Begoña",
    "Xabier",
    "Inmaculada",
    "Raúl",
]
ES_LAST = [
    "García",
    "Fernández",
    "López",
    "Martínez",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Rodríguez",
    "Etxeberria",
    "Puig",
    "Navarro",
    "Ruiz",
    "Iglesias",
    "Domínguez",
    "Castro",
    "Vidal",
    "Ortega",
    "Muñoz",
    "Serrano",
    "Calvo",
]
JP = [
    ("Tanaka", "Haruto", "田中", "陽翔", "タナカ", "ハルト"),
    ("Suzuki", "Yui", "鈴木", "結衣", "スズキ", "ユイ"),
    ("Takahashi", "Sota", "高橋", "蒼太", "タカハシ", "ソウタ"),
    ("Watanabe", "Aoi", "渡辺", "葵", "ワタナベ", "アオイ"),
    ("Ito", "Ren", "伊藤", "蓮", "イトウ", "レン"),
    ("Yamamoto", "Hina", "山本", "陽菜", "ヤマモト", "ヒナ"),
    ("Nakamura", "Takumi", "中村", "拓海", "ナカムラ", "タクミ"),
    ("Kobayashi", "Sakura", "小林", "さくら", "コバヤシ", "サクラ"),
    ("Kato", "Kenji", "加藤", "健二", "カトウ", "ケンジ"),
    ("Yoshida", "Yuko", "吉田", "裕子", "ヨシダ", "ユウコ"),
    ("Sasaki", "Hiroshi", "佐々木", "博", "ササキ", "ヒロシ"),
    ("Matsumoto", "Misaki", "松本", "美咲", "マツモト", "ミサキ"),
    ("Inoue", "Daiki", "井上", "大輝", "イノウエ", "ダイキ"),
]
US_STREETS = [
    "Elm St",
    "Beacon Street",
    "Maple Ave",
    "W 34th St",
    "Peachtree Rd NE",
    "Camelback Rd",
    "Commonwealth Ave",
    "S Congress Ave",
    "Lakeshore Dr",
    "Willow Creek Ln",
]
ES_STREETS = [
    "Calle de Alcalá",
    "Carrer de Mallorca",
    "Avenida de la Constitución",
    "Calle Mayor",
    "Gran Vía",
    "Calle Sierpes",
    "Paseo de Gracia",
    "Calle Ercilla",
]
JP_ADDR = [
    "東京都新宿区西新宿2-8-1",
    "大阪府大阪市北区梅田3-1-3",
    "愛知県名古屋市中村区名駅1-1-4",
    "北海道札幌市中央区北1条西2丁目",
    "福岡県福岡市博多区博多駅前2-1-1",
    "2-11-3 Meguro, Meguro-ku, Tokyo",
    "4-5-12 Namba, Chuo-ku, Osaka",
]
US_CITIES = [
    "Boston",
    "Houston",
    "Phoenix",
    "Atlanta",
    "Chicago",
    "Minneapolis",
    "Austin",
    "Cleveland",
    "Baltimore",
    "San Diego",
]
ES_CITIES = ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Málaga", "Zaragoza", "Getafe"]
JP_CITIES = ["Tokyo", "Osaka", "Nagoya", "Sapporo", "Fukuoka", "Yokohama", "Kyoto", "Sendai"]
MAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.es",
    "telefonica.net",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "gmail.com",
    "proton.me",
]
SITES = [
    ("Massachusetts General Hospital", "Boston", "US", "+1 617-726-2000", "55 Fruit St, Boston, MA 02114"),
    (
        "Houston Methodist Research Institute",
        "Houston",
        "US",
        "+1 713-441-1000",
        "6670 Bertner Ave, Houston, TX 77030",
    ),
    (
        "Hospital Universitario La Paz",
        "Madrid",
        "ES",
        "+34 917 27 70 00",
        "Paseo de la Castellana 261, 28046 Madrid",
    ),
    (
        "Hospital Clínic de Barcelona",
        "Barcelona",
        "ES",
        "+34 932 27 54 00",
        "Carrer de Villarroel 170, 08036 Barcelona",
    ),
    ("Tokyo Medical University Hospital", "Tokyo", "JP", "03-3342-6111", "東京都新宿区西新宿6-7-1"),
    ("Osaka University Hospital", "Osaka", "JP", "06-6879-5111", "大阪府吹田市山田丘2-15"),
]
STUDIES = [
    ("HELIX-3", "NCT05812345", "metabolic"),
    ("ASTER-201", "NCT06023411", "respiratory"),
    ("NOVA-PD", "NCT05590032", "neurology"),
    ("LUMEN-2", "NCT06234567", "dermatology"),
    ("KAIROS", "NCT05977710", "cardiology"),
]
CONDITIONS = [
    "type 2 diabetes",
    "asthma",
    "migraine",
    "hypertension",
    "psoriasis",
    "COPD",
    "Parkinson's disease",
    "atopic dermatitis",
    "heart failure",
    "diabetes tipo 2",
    "asma",
    "migraña",
    "hipertensión",
    "2型糖尿病",
    "高血圧",
    "喘息",
    "long COVID",
    "depression",
]
MEDS = [
    "metformin 500 mg",
    "lisinopril",
    "atorvastatin 20mg",
    "Ozempic 0.5 mg",
    "salbutamol inhalador",
    "sumatriptán",
    "ロキソニン",
    "メトホルミン",
    "levodopa/carbidopa",
    "insulin glargine",
    "Dupixent",
    "sertraline 50 mg",
    "Ventolin HFA",
]
SYMPTOMS = [
    "headache",
    "nausea",
    "fatigue",
    "dizziness",
    "injection site redness",
    "cough",
    "rash",
    "insomnia",
    "dolor de cabeza",
    "náuseas",
    "頭痛",
    "めまい",
    "shortness of breath",
]
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


class H(Fake):
    """Fake plus the people, ids and accounts of a US / Spain / Japan trial platform."""

    home = "US"  # the country of the message being rendered (set per message in build)

    def country(self):
        """Mostly the message's country; now and then someone from elsewhere."""
        return self.home if self.r.random() < 0.85 else self.pick(["US", "ES", "JP"])

    def state(self):
        return self.pick(
            {
                "US": ["MA", "TX", "IL", "GA", "CA", "OH"],
                "ES": ["Madrid", "Cataluña", "Andalucía", "País Vasco", "Comunidad Valenciana"],
                "JP": ["Tokyo", "Osaka", "Aichi", "Hokkaido", "Fukuoka"],
            }[self.home]
        )

    def lat(self):
        lo, hi = {"US": (29.5, 45.0), "ES": (36.5, 43.4), "JP": (31.5, 43.2)}[self.home]
        return round(self.r.uniform(lo, hi), 6)

    def lon(self):
        lo, hi = {"US": (-122.4, -71.0), "ES": (-8.6, 3.2), "JP": (130.4, 144.8)}[self.home]
        return round(self.r.uniform(lo, hi), 6)

    def first(self):
        c = self.country()
        return self.pick(US_FIRST) if c == "US" else self.pick(ES_FIRST) if c == "ES" else self.pick(JP)[1]

    def last(self):
        c = self.country()
        if c == "US":
            return self.pick(US_LAST)
        if c == "ES":
            return f"{self.pick(ES_LAST)} {self.pick(ES_LAST)}"
        return self.pick(JP)[0]

    def full_name(self):
        c = self.country()
        if c == "US":
            return f"{self.pick(US_FIRST)} {self.pick(US_LAST)}"
        if c == "ES":
            return f"{self.pick(ES_FIRST)} {self.pick(ES_LAST)} {self.pick(ES_LAST)}"
        p = self.pick(JP)
        return self.pick([f"{p[1]} {p[0]}", f"{p[0]} {p[1]}", f"{p[2]} {p[3]}"])

    def es_name(self):
        return self.pick(ES_FIRST), f"{self.pick(ES_LAST)} {self.pick(ES_LAST)}"

    def _ascii(self, s):
        table = str.maketrans("áéíóúñüÁÉÍÓÚÑ' ", "aeiounuAEIOUN__")
        return s.translate(table).lower().replace("_", "")

    def email(self):
        first, last = self.first(), self.last().split()[0]
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}{self.r.randint(1, 99)}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{self._ascii(user)}@{self.pick(MAIL)}"

    def staff_email(self):
        first, last = self.first(), self.last().split()[0]
        dom = self.pick(
            [
                "mgh.harvard.edu",
                "houstonmethodist.org",
                "salud.madrid.org",
                "clinic.cat",
                "tokyo-med.ac.jp",
                "hp-osaka.jp",
            ]
        )
        return f"{self._ascii(first)}.{self._ascii(last)}@{dom}"

    def phone(self, country=None):
        c = country or self.country()
        r = self.r
        if c == "US":
            a, b, n = r.randint(201, 989), r.randint(200, 989), r.randint(0, 9999)
            return self.pick(
                [f"({a}) {b}-{n:04d}", f"+1{a}{b}{n:04d}", f"{a}-{b}-{n:04d}", f"+1 {a}.{b}.{n:04d}"]
            )
        if c == "ES":
            d = f"{self.pick(['6', '7'])}{r.randint(10, 99)}{r.randint(100000, 999999)}"
            return self.pick(
                [f"+34 {d[:3]} {d[3:6]} {d[6:]}", d, f"+34{d}", f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"]
            )
        m = f"{self.pick(['090', '080', '070'])}{r.randint(1000, 9999)}{r.randint(1000, 9999)}"
        return self.pick([f"{m[:3]}-{m[3:7]}-{m[7:]}", f"+81 {m[1:3]}-{m[3:7]}-{m[7:]}", m, f"+81{m[1:]}"])

    def street(self, c=None):
        c = c or self.country()
        if c == "US":
            return f"{self.r.randint(10, 9999)} {self.pick(US_STREETS)}" + self.pick(
                ["", "", " Apt 4B", " Unit 12"]
            )
        if c == "ES":
            door = f"{self.r.randint(1, 9)}º {self.pick('ABCD')}"
            return f"{self.pick(ES_STREETS)} {self.r.randint(1, 250)}, {door}"
        return self.pick(JP_ADDR)

    def city(self, c=None):
        c = c or self.country()
        return self.pick({"US": US_CITIES, "ES": ES_CITIES, "JP": JP_CITIES}[c])

    def zip(self, c=None):
        c = c or self.country()
        if c == "US":
            return self.pick(
                [f"{self.r.randint(1001, 99950):05d}", f"{self.r.randint(1001, 99950):05d}-{self.digits(4)}"]
            )
        if c == "ES":
            return f"{self.r.randint(1, 52):02d}{self.r.randint(0, 999):03d}"
        return f"{self.r.randint(100, 999)}-{self.r.randint(0, 9999):04d}"

    def address_line(self):
        c = self.country()
        if c == "JP":
            return f"〒{self.zip(c)} {self.street(c)}"
        if c == "ES":
            return f"{self.street(c)}, {self.zip(c)} {self.city(c)}"
        return f"{self.street(c)}, {self.city(c)}, {self.pick(['MA', 'TX', 'IL', 'GA'])} {self.zip(c)}"

    def dni(self):
        n = self.r.randint(10000000, 99999999)
        return f"{n}{DNI_LETTERS[n % 23]}"

    def nie(self):
        p = self.r.randint(0, 2)
        n = self.r.randint(1000000, 9999999)
        return f"{'XYZ'[p]}{n}{DNI_LETTERS[int(str(p) + str(n)) % 23]}"

    def my_number(self):
        digits = [self.r.randint(0, 9) for _ in range(11)]
        total = 0
        for n in range(1, 12):
            p = digits[11 - n]
            q = n + 1 if n <= 6 else n - 5
            total += p * q
        rem = total % 11
        check = 0 if rem <= 1 else 11 - rem
        s = "".join(map(str, digits)) + str(check)
        return self.pick([s, f"{s[:4]} {s[4:8]} {s[8:]}"])

    def mbi(self):
        letters = "ACDEFGHJKMNPQRTUVWXY"
        alnum = letters + "0123456789"
        r = self.r
        s = (
            str(r.randint(1, 9))
            + r.choice(letters)
            + r.choice(alnum)
            + str(r.randint(0, 9))
            + r.choice(letters)
            + r.choice(alnum)
            + str(r.randint(0, 9))
            + r.choice(letters)
            + r.choice(letters)
            + str(r.randint(0, 9))
            + str(r.randint(0, 9))
        )
        return self.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])

    def tsi(self):
        return "".join(self.r.choice("ABCDEFGHIJKLMNOPRSTUVZ") for _ in range(4)) + self.digits(12)

    def mrn(self):
        return self.pick(["MRN", "", "M"]) + self.digits(self.pick([7, 8, 9]))

    def es_iban(self):
        def dc(digits):
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            v = 11 - sum(int(d) * k for d, k in zip(digits, w, strict=True)) % 11
            return {11: 0, 10: 1}.get(v, v)

        bank = self.pick(["2100", "0049", "0182", "2080", "0081", "1465"])
        branch = self.digits(4)
        acct = self.digits(10)
        bban = f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
        check = 98 - int(bban + "142800") % 97
        raw = f"ES{check:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, 24, 4))])

    def passport(self):
        c = self.country()
        if c == "US":
            return self.digits(9)
        if c == "ES":
            return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + self.digits(6)
        return self.pick(["TK", "TR", "MZ", "TZ"]) + self.digits(7)

    def dob(self):
        return self.date(1940, 2004)

    def alnum(self, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(chars) for _ in range(n))

    def gclid(self):
        return (
            self.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + self.alnum(70, self.alnum(62) + "-_") + "_BwE"
        )

    def fbclid(self):
        return "IwAR" + self.alnum(58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")

    def sha256(self):
        return self.hexid(64)

    def pm(self):
        return "pm_1" + self.alnum(23)

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def participant(self):
        return f"{self.pick(['US', 'ES', 'JP'])}-{self.r.randint(1, 40):03d}-{self.r.randint(1, 400):04d}"

    def site_id(self):
        return f"SITE-{self.r.randint(100, 999)}"

    def study(self):
        return self.pick(STUDIES)[0]

    def epoch_s(self):
        return self.r.randint(1_700_000_000, 1_735_000_000)

    def day(self):
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


@dataclass
class Maybe:
    """A key present in only some events (probability p)."""

    item: Any
    p: float = 0.6


def prune(t: Any, f: H) -> Any:
    if isinstance(t, Maybe):
        return prune(t.item, f) if f.r.random() < t.p else Maybe
    if isinstance(t, dict):
        out = {}
        for k, v in t.items():
            pv = prune(v, f)
            if pv is not Maybe:
                out[k] = pv
        return out
    if isinstance(t, Many):
        return Many(prune(t.item, f), t.n)
    return t


def P(gen, p=0.6):
    return Maybe(G(gen), p)


# -- contexts ---------------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
LOCALES = ["en-US", "es-ES", "ja-JP", "es-US", "ca-ES"]
TZS = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/Madrid", "Asia/Tokyo"]


def mobile_traits():
    return {
        "email": Maybe(Y(lambda f: f.email(), "email"), 0.7),
        "firstName": Maybe(Y(lambda f: f.first(), "name"), 0.6),
        "participantId": Maybe(G(lambda f: f.participant()), 0.7),
        "preferredLanguage": Maybe(G(lambda f: f.pick(["en", "es", "ja"])), 0.5),
        "phone": Maybe(Y(lambda f: f.phone(), "phone"), 0.4),
    }


def web_context(f: H, path="/"):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://clinicaltrials.gov/",
                        "https://www.facebook.com/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?lang=es", "?utm_source=google&utm_medium=cpc", "?ref=sms"])),
            "title": G(
                lambda f: f.pick(
                    ["Find a study | TrialBridge", "Pre-screener | TrialBridge", "Mi estudio | TrialBridge"]
                )
            ),
            "url": G(lambda f: "https://app.trialbridge.example" + path),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": Maybe(
            {
                "brands": Many(
                    {
                        "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                        "version": G(lambda f: f.pick(["124", "99", "123"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
            },
            0.5,
        ),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": Maybe(G(lambda f: f.pick(TZS)), 0.8),
        "ip": Maybe(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.85),
        "campaign": Maybe(
            {
                "name": G(lambda f: f.pick(["helix3_recruit_q2", "aster_es_meta", "kairos_jp_yahoo"])),
                "source": G(lambda f: f.pick(["google", "facebook", "yahoo_jp", "newsletter"])),
                "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
                "term": Maybe(
                    G(lambda f: f.pick(["paid diabetes study", "ensayo clinico asma", "治験 募集"])), 0.6
                ),
                "content": Maybe(G(lambda f: f.pick(["carousel_b", "video_15s", "text_a"])), 0.6),
            },
            0.35,
        ),
    }


def ios_context(f: H):
    return {
        "app": {
            "name": G(lambda f: "TrialBridge"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4201", "4310", "4322"])),
            "namespace": G(lambda f: "com.trialbridge.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Maybe(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "token": Maybe(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "userAgent": G(lambda f: "TrialBridge/4.3.1 CFNetwork/1494.0.7 Darwin/23.4.0"),
        "traits": mobile_traits(),
        "ip": Maybe(Y(lambda f: f.ipv4(), "ip"), 0.5),
    }


def android_context(f: H, library="analytics-kotlin"):
    lib_versions = {"analytics-kotlin": ["1.15.0", "1.16.3"], "analytics_flutter": ["1.1.3", "1.1.5"]}
    return {
        "app": {
            "name": G(lambda f: "TrialBridge"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431", "432"])),
            "namespace": G(lambda f: "com.trialbridge.patient"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "SHARP"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "Redmi Note 12", "SH-53C"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "tapas", "SH-53C"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Maybe(Y(lambda f: f.uuid(), "advertising id"), 0.4),
        },
        "library": {"name": G(lambda f: library), "version": G(lambda f: f.pick(lib_versions[library]))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": Maybe(
                G(lambda f: f.pick(["Movistar", "T-Mobile", "NTT DOCOMO", "Vodafone ES", "au"])), 0.7
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SH-53C Build/S7110)",
                ]
            )
        ),
        "traits": mobile_traits(),
        "location": Maybe(
            {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
                "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
            },
            0.4,
        ),
    }


def rn_context(f: H):
    return {
        "app": {
            "name": G(lambda f: "TrialBridge"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431"])),
            "namespace": G(lambda f: "com.trialbridge.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(f: H, lib="node"):
    name, versions = SERVER_LIBS[lib]
    ctx = {
        "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
        "ip": Maybe(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.4),
        "userAgent": Maybe(G(lambda f: f.pick(UA_WEB)), 0.3),
        "traits": Maybe(
            {
                "email": Maybe(Y(lambda f: f.email(), "email"), 0.8),
                "participantId": Maybe(G(lambda f: f.participant()), 0.6),
                "studyId": Maybe(G(lambda f: f.study()), 0.6),
            },
            0.3,
        ),
    }
    if lib == "node":
        ctx["requestId"] = Maybe(G(lambda f: f.uuid()), 0.5)
    return ctx


def crm_context(f: H):
    ctx = server_context(f, "node")
    ctx["externalIds"] = Many(
        {
            "id": Y(lambda f: f.email(), "email", True),
            "type": G(lambda f: "email"),
            "collection": G(lambda f: "users"),
            "encoding": G(lambda f: "none"),
        },
        1,
    )
    return ctx


def context_for(client: str, f: H, path: str):
    if client == "web":
        return web_context(f, path)
    if client == "ios":
        return ios_context(f)
    if client == "android":
        return android_context(f)
    if client == "flutter":
        return android_context(f, "analytics_flutter")
    if client == "rn":
        return rn_context(f)
    if client == "crm":
        return crm_context(f)
    if client == "mobile":
        return context_for(f.pick(["ios", "android", "rn", "flutter"]), f, path)
    return server_context(f, client)


# -- shared templates ---------------------------------------------------------------------------------


def site():
    return {
        "id": G(lambda f: f.site_id()),
        "name": G(lambda f: f.pick(SITES)[0]),
        "city": G(lambda f: f.pick(SITES)[1]),
        "country": G(lambda f: f.pick(SITES)[2]),
        "phone": G(lambda f: f.pick(SITES)[3]),
        "address": G(lambda f: f.pick(SITES)[4]),
    }


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(
            lambda f: f.pick(["GLU-STRIP-50", "BPM-CUFF-M", "SPIRO-HOME-2", "TB-WATCH-S", "LANCET-100"])
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Glucose Test Strips x50",
                    "Upper Arm BP Cuff (M)",
                    "Home Spirometer 2",
                    "TrialBridge Band S",
                    "Lancets 30G x100",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Devices", "Supplies", "Wearables"])),
        "brand": G(lambda f: f.pick(["Contour", "Omron", "TrialBridge", "Accu-Chek"])),
        "price": G(lambda f: f.money(5, 180)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "position": Maybe(G(lambda f: f.r.randint(1, 12)), 0.5),
        "url": G(lambda f: f"https://store.trialbridge.example/p/{f.r.randint(100, 999)}"),
        "image_url": Maybe(G(lambda f: f"https://cdn.trialbridge.example/img/{f.hexid(10)}.jpg"), 0.6),
    }


def shipping_address():
    return {
        "name": Y(lambda f: f.full_name(), "name"),
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Maybe(
            Y(lambda f: f.pick(["Apt 3C", "Piso 2º", "Suite 210", "Room 504", "Bajo B"]), "address|street"),
            0.5,
        ),
        "city": Y(lambda f: f.city(), "city"),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "state": G(lambda f: f.state()),
        "country": G(lambda f: f.home),
    }


# -- events: (type, event or screen/page name, client, page path, body) --------------------------------

EVENTS = [
    # -- trial finder and pre-screening ----------------------------------------------------------------
    (
        "page",
        "Study Details",
        "web",
        "/studies/helix-3",
        {
            "path": G(lambda f: "/studies/" + f.study().lower()),
            "url": G(lambda f: "https://app.trialbridge.example/studies/" + f.study().lower()),
            "title": G(lambda f: f.study() + " | TrialBridge"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "name": G(lambda f: "Study Details"),
            "studyId": G(lambda f: f.study()),
            "nctId": G(lambda f: f.pick(STUDIES)[1]),
            "therapeuticArea": G(lambda f: f.pick(STUDIES)[2]),
            "phase": G(lambda f: f.pick(["Phase 2", "Phase 3", "Phase 2b"])),
            "sitesNearby": G(lambda f: f.r.randint(0, 12)),
            "compensationOffered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Studies Searched",
        "web",
        "/find",
        {
            "query": Y(lambda f: f.pick(CONDITIONS), "condition", True),
            "near": G(
                lambda f: f.pick(["Boston, MA", "Madrid", "大阪", "Houston", "Barcelona", "Chicago, IL"])
            ),
            "radiusMiles": G(lambda f: f.pick([10, 25, 50, 100])),
            "filters": {
                "phase": Many(G(lambda f: f.pick(["1", "2", "3", "4"])), 2),
                "gender": G(lambda f: f.pick(["all", "female", "male"])),
                "ageMin": G(lambda f: f.pick([18, 40, 65])),
                "status": G(lambda f: f.pick(["recruiting", "not_yet_recruiting"])),
            },
            "resultsCount": G(lambda f: f.r.randint(0, 80)),
            "sort": G(lambda f: f.pick(["distance", "relevance", "newest"])),
        },
    ),
    (
        "track",
        "Pre-screener Started",
        "web",
        "/prescreen",
        {
            "questionnaire_id": G(lambda f: f.pick(["PS-HELIX3-v4", "PS-ASTER-es-v2", "PS-KAIROS-ja-v1"])),
            "questionnaire_version": G(lambda f: f.pick(["4.0", "4.1", "2.3"])),
            "study_id": G(lambda f: f.study()),
            "language": G(lambda f: f.pick(["en", "es", "ja"])),
            "entry_point": G(lambda f: f.pick(["study_page", "ad_landing", "sms_link", "email"])),
            "question_count": G(lambda f: f.r.randint(8, 24)),
        },
    ),
    (
        "track",
        "Pre-screener Submitted",
        "mobile",
        "/prescreen",
        {
            "questionnaire_id": G(lambda f: f.pick(["PS-HELIX3-v4", "PS-ASTER-es-v2", "PS-KAIROS-ja-v1"])),
            "study_id": G(lambda f: f.study()),
            "age": G(lambda f: f.r.randint(18, 85)),
            "sex": Y(lambda f: f.pick(["female", "male", "intersex", "mujer", "hombre"]), "sex|gender"),
            "dob": Y(lambda f: f.dob(), "birthdate"),
            "zip": Y(lambda f: f.zip(), "zipcode"),
            "diagnosedConditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition|diagnosis"), 3),
            "currentMedications": Many(Y(lambda f: f.pick(MEDS), "medication"), 3),
            "latestA1c": Y(lambda f: round(f.r.uniform(5.4, 11.5), 1), "condition|diagnosis"),
            "isPregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
            "tobaccoUse": Y(lambda f: f.pick(["never", "former", "current"]), "condition"),
            "willingToTravelMiles": G(lambda f: f.pick([10, 25, 50])),
            "answers": Many(
                {
                    "questionId": G(lambda f: f"Q{f.r.randint(1, 24)}"),
                    "answer": G(
                        lambda f: f.pick(["yes", "no", "not sure", "2-3 times a week", "sí", "はい"])
                    ),
                },
                6,
            ),
            "eligible": G(lambda f: f.pick([True, False])),
            "ineligibilityReason": Maybe(
                G(lambda f: f.pick(["age_out_of_range", "too_far", "exclusion_criteria_met"])), 0.5
            ),
            "durationSec": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Lead Created",
        "node",
        None,
        {
            "lead_id": G(lambda f: f.uuid()),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "preferred_contact_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "preferred_channel": G(lambda f: f.pick(["phone", "sms", "email", "line"])),
            "consent_to_contact": G(lambda f: True),
            "lead_score": G(lambda f: f.r.randint(0, 100)),
            "site_id": G(lambda f: f.site_id()),
            "study_id": G(lambda f: f.study()),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "yahoo_jp", "patient_advocacy"])),
            "caregiver": Maybe(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "daughter", "son", "parent", "friend"])),
                    "phone": Y(lambda f: f.phone(), "phone"),
                },
                0.4,
            ),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        "/prescreen/contact",
        {
            "form_id": G(lambda f: "contact_v3"),
            "fieldName": G(lambda f: "mobile_phone"),
            "fieldValue": Y(lambda f: f.phone(), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(800, 14000)),
            "valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Formulario Enviado",
        "web",
        "/es/participa",
        {
            "nombre-completo": Y(lambda f: " ".join(f.es_name()), "name"),
            "correo": Y(lambda f: f.email(), "email"),
            "telefono": Y(lambda f: f.phone("ES"), "phone"),
            "provincia": G(lambda f: f.pick(["Madrid", "Barcelona", "Sevilla", "Valencia", "Bizkaia"])),
            "edad": G(lambda f: f.r.randint(18, 80)),
            "acepto-privacidad": G(lambda f: True),
            "como-nos-conocio": G(lambda f: f.pick(["instagram", "medico", "farmacia", "amigo"])),
            "estudio": G(lambda f: f.study()),
        },
    ),
    # -- identify: web / mobile / Spanish and Japanese backends ------------------------------------------
    (
        "identify",
        None,
        "mobile",
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "state": G(lambda f: f.state()),
                "country": G(lambda f: f.home),
            },
            "participantId": G(lambda f: f.participant()),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "ja"])),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "ageBand": G(lambda f: f.pick(["18-29", "30-44", "45-64", "65+"])),
            "enrolledStudies": G(lambda f: f.r.randint(0, 3)),
            "maritalStatus": Maybe(G(lambda f: f.pick(["married", "single", "divorced", "widowed"])), 0.4),
        },
    ),
    (
        "identify",
        None,
        "web",
        "/account",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "createdAt": G(lambda f: f.iso()),
            "participantId": G(lambda f: f.participant()),
            "race": Maybe(
                Y(
                    lambda f: f.pick(
                        [
                            "Black or African American",
                            "Asian",
                            "White",
                            "American Indian or Alaska Native",
                            "Native Hawaiian or Other Pacific Islander",
                        ]
                    ),
                    "race",
                ),
                0.7,
            ),
            "ethnicity": Maybe(
                Y(
                    lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", "Hispanic: Mexican"]),
                    "ethnicity",
                ),
                0.7,
            ),
            "veteranStatus": Maybe(
                RED(lambda f: f.pick(["veteran", "not_veteran", "active_duty"]), "veteran"), 0.5
            ),
            "insuranceType": G(lambda f: f.pick(["commercial", "medicare", "medicaid", "uninsured"])),
            "referralCode": G(lambda f: "TB-" + f.alnum(6, "ABCDEFGHJKMNPQRSTUVWXYZ23456789")),
        },
    ),
    (
        "identify",
        None,
        "python",
        None,
        {
            "nombre": Y(lambda f: f.es_name()[0], "name"),
            "apellidos": Y(lambda f: f.es_name()[1], "name"),
            "correo_electronico": Y(lambda f: f.email(), "email"),
            "telefono_movil": Y(lambda f: f.phone("ES"), "phone"),
            "fecha_nacimiento": Y(
                lambda f: f.pick([f.dob(), "/".join(reversed(f.dob().split("-")))]), "birthdate"
            ),
            "dni": RED(lambda f: f.pick([f.dni(), f.dni(), f.nie()]), "national id"),
            "codigo_postal": Y(lambda f: f"{f.r.randint(1, 52):02d}{f.r.randint(0, 999):03d}", "zipcode"),
            "municipio": Y(lambda f: f.pick(ES_CITIES), "city"),
            "provincia": G(lambda f: f.pick(["Madrid", "Barcelona", "Sevilla", "Valencia", "Bizkaia"])),
            "tarjeta_sanitaria": RED(lambda f: f.tsi(), "health id"),
            "idioma": G(lambda f: f.pick(["es", "ca", "eu"])),
            "centro": G(lambda f: f.pick(SITES[2:4])[0]),
            "fecha_alta": G(lambda f: f.day()),
            "acepta_comunicaciones": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "java",
        None,
        {
            "sei": Y(lambda f: f.pick(JP)[2], "name"),
            "mei": Y(lambda f: f.pick(JP)[3], "name"),
            "shimei_kana": Y(lambda f: " ".join(f.pick(JP)[4:6]), "name"),
            "denwa_bango": Y(lambda f: f.phone("JP"), "phone"),
            "meru_adoresu": Y(lambda f: f.email(), "email"),
            "seinengappi": Y(lambda f: f.dob().replace("-", "/"), "birthdate"),
            "yubin_bango": Y(lambda f: f"{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d}", "zipcode"),
            "jusho": Y(lambda f: f.pick(JP_ADDR), "address"),
            "todofuken": G(lambda f: f.pick(["東京都", "大阪府", "愛知県", "北海道", "福岡県"])),
            "hihokensha_bango": Y(lambda f: f"{f.digits(8)}-{f.r.randint(1, 99):02d}", "identification"),
            "my_number": RED(lambda f: f.my_number(), "national id"),
            "kanja_bango": RED(lambda f: f.digits(8), "health id"),
            "shisetsu_kodo": G(lambda f: f.pick(["JP-013", "JP-027"])),
            "toroku_nichiji": G(lambda f: f.iso()),
            "nenrei": G(lambda f: f.r.randint(20, 80)),
        },
    ),
    # -- sites, investigators, scheduling -----------------------------------------------------------------
    (
        "group",
        None,
        "node",
        None,
        {
            "name": G(lambda f: f.pick(SITES)[0]),
            "address": G(lambda f: f.pick(SITES)[4]),
            "mainPhone": G(lambda f: f.pick(SITES)[3]),
            "supportEmail": G(
                lambda f: f.pick(
                    ["research@mgh.example.org", "ensayos@hulp.example.es", "chiken@tokyo-med.example.jp"]
                )
            ),
            "industry": G(lambda f: "Healthcare"),
            "siteNumber": G(lambda f: f.r.randint(100, 999)),
            "principalInvestigator": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "piEmail": Y(lambda f: f.staff_email(), "email"),
            "activeStudies": G(lambda f: f.r.randint(1, 9)),
            "plan": G(lambda f: f.pick(["site_basic", "site_pro"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Visit Scheduled",
        "node",
        None,
        {
            "visit_id": G(lambda f: f.uuid()),
            "participant_id": G(lambda f: f.participant()),
            "visit_type": G(lambda f: f.pick(["screening", "baseline", "week_4", "week_12", "end_of_study"])),
            "visit_number": G(lambda f: f.r.randint(1, 10)),
            "scheduled_at": G(lambda f: f.iso()),
            "window_start": G(lambda f: f.day()),
            "window_end": G(lambda f: f.day()),
            "site": site(),
            "investigator_name": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "coordinator_email": Y(lambda f: f.staff_email(), "email"),
            "reminder_channel": G(lambda f: f.pick(["sms", "email", "push"])),
            "reminder_phone": Y(lambda f: f.phone(), "phone"),
            "timezone": G(lambda f: f.pick(TZS)),
            "is_remote": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Calendar Invite Sent",
        "go",
        None,
        {
            "event_id": G(lambda f: f.hexid(26)),
            "label": Y(lambda f: f"Visit {f.r.randint(1, 9)} - {f.full_name()}", "name", True),
            "attendees": Many(Y(lambda f: f.pick([f.email(), f.staff_email()]), "email", True), 3),
            "location": G(lambda f: f.pick(SITES)[4]),
            "start": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 60, 90, 120])),
            "provider": G(lambda f: f.pick(["google", "microsoft"])),
            "ical_uid": G(lambda f: f.uuid() + "@trialbridge.example"),
        },
    ),
    (
        "track",
        "SMS Sent",
        "python",
        None,
        {
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(
                lambda f: f.pick([f"+1{f.digits(10)}", f"+346{f.digits(8)}", f"+8190{f.digits(8)}"]),
                "phone",
                True,
            ),
            "From": G(lambda f: f.pick(["+18575550123", "+34910600123", "TrialBrdg"])),
            "Body": Y(
                lambda f: f.pick(
                    [
                        "Hi {n}, reminder: your visit at {s} is tomorrow at 9:30. Reply C to confirm.",
                        "Hola {n}, tu visita en {s} es el lunes a las 10:00. Responde C para confirmar.",
                        "{n}様 明日 {s} での来院予定です。",
                        "{n}, your stipend for Visit 3 has been sent.",
                    ]
                ).format(n=f.first(), s=f.pick(SITES)[0]),
                "name",
                True,
            ),
            "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2", "3"])),
        },
    ),
    (
        "track",
        "Email Event",
        "php",
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.hexid(10)),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@ismtpd0012p1mdw1.sendgrid.net>"),
            "timestamp": G(lambda f: f.epoch_s()),
            "category": Many(
                G(lambda f: f.pick(["visit_reminder", "stipend", "newsletter_es", "consent_update"])), 2
            ),
            "useragent": Maybe(G(lambda f: f.pick(UA_WEB)), 0.6),
            "ip": Maybe(Y(lambda f: f.ipv4(), "ip"), 0.6),
            "url": Maybe(G(lambda f: "https://app.trialbridge.example/visits?utm_source=email"), 0.4),
            "asm_group_id": G(lambda f: f.pick([18244, 18245])),
            "reply_to": G(
                lambda f: f.pick(
                    [
                        "no-reply@trialbridge.example",
                        "support@trialbridge.example",
                        "ensayos@trialbridge.example",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Home Visit Scheduled",
        "ruby",
        None,
        {
            "home_visit_id": G(lambda f: f.uuid()),
            "participant_id": G(lambda f: f.participant()),
            "home_address": Y(lambda f: f.address_line(), "address"),
            "coords": Y(
                lambda f: f"{round(f.lat(), 5)},{round(f.lon(), 5)}",
                "geolocation",
                True,
            ),
            "nurse_name": Y(lambda f: f.full_name(), "name"),
            "nurse_mobile": Y(lambda f: f.phone(), "phone"),
            "masked_number": G(lambda f: f.pick(["+1 857 555 0199", "+34 910 600 321", "050-5555-0123"])),
            "pets_in_home": G(lambda f: f.pick([True, False])),
            "pet_name": Maybe(G(lambda f: f.pick(["Luna", "Max", "Coco", "Pochi", "Toby", "Mochi"])), 0.5),
            "pet_type": Maybe(G(lambda f: f.pick(["dog", "cat"])), 0.5),
            "access_notes": G(
                lambda f: f.pick(
                    [
                        "Ring the bell twice",
                        "Parking behind the building",
                        "Dog is friendly",
                        "Portal 3, ascensor izquierdo",
                        "",
                        "オートロック、インターホンで呼出",
                    ]
                )
            ),
            "procedures": Many(
                Y(
                    lambda f: f.pick(
                        ["blood draw", "ECG", "vital signs", "PK sample", "extracción de sangre"]
                    ),
                    "procedure",
                ),
                3,
            ),
            "scheduled_for": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Accessibility Needs Updated",
        "mobile",
        None,
        {
            "needsWheelchairAccess": RED(lambda f: f.pick([True, False]), "disability"),
            "serviceAnimal": RED(lambda f: f.pick([True, False]), "disability"),
            "serviceAnimalName": Maybe(G(lambda f: f.pick(["Buddy", "Hachi", "Lola", "Rex"])), 0.5),
            "interpreterLanguage": G(lambda f: f.pick(["none", "es", "ja", "asl", "zh"])),
            "updatedFields": Many(G(lambda f: f.pick(["wheelchair", "interpreter", "service_animal"])), 3),
        },
    ),
    (
        "track",
        "Yoyaku Kakutei",
        "java",
        None,
        {
            "yoyaku_id": G(lambda f: "R" + f.digits(9)),
            "raiin_nichiji": G(lambda f: f.iso()),
            "shisetsu_mei": G(lambda f: f.pick(SITES[4:])[0]),
            "tanto_isha": Y(lambda f: f.pick(JP)[2] + " " + f.pick(JP)[3], "name"),
            "kanja_shimei": Y(lambda f: f.pick([f"{p[2]} {p[3]}" for p in JP]), "name"),
            "renrakusaki": Y(lambda f: f.phone("JP"), "phone"),
            "kurumaisu_riyo": RED(lambda f: f.pick([True, False]), "disability"),
            "biko": G(lambda f: f.pick(["午前希望", "駐車場利用", "通訳不要", "", "再来院"])),
            "homon_kaisu": G(lambda f: f.r.randint(1, 12)),
            "chiken_kodo": G(lambda f: f.pick(["KAIROS-JP", "HELIX-3-JP"])),
        },
    ),
    # -- eConsent -------------------------------------------------------------------------------------------
    (
        "page",
        "Consent Form",
        "web",
        "/consent",
        {
            "path": G(lambda f: "/consent"),
            "url": G(lambda f: "https://app.trialbridge.example/consent?v=" + f.pick(["3.2", "3.3"])),
            "title": G(lambda f: "Informed consent"),
            "referrer": G(lambda f: f.pick(["", "https://app.trialbridge.example/prescreen"])),
            "name": G(lambda f: "Consent Form"),
            "consentFormId": G(lambda f: "ICF-" + f.digits(5)),
            "consentVersion": G(lambda f: f.pick(["v3.2-en", "v3.2-es", "v2.0-ja"])),
            "pageCount": G(lambda f: f.r.randint(8, 30)),
        },
    ),
    (
        "track",
        "Consent Signed",
        "dotnet",
        None,
        {
            "ParticipantId": G(lambda f: f.participant()),
            "StudyId": G(lambda f: f.study()),
            "ConsentVersion": G(lambda f: f.pick(["3.2", "3.3", "2.0"])),
            "Language": G(lambda f: f.pick(["en-US", "es-ES", "ja-JP"])),
            "SignedAt": G(lambda f: f.iso()),
            "EnvelopeId": G(lambda f: f.uuid()),
            "SignatureMethod": G(lambda f: f.pick(["typed", "drawn", "wet_ink_upload"])),
            "SignerName": Y(lambda f: f.full_name(), "name"),
            "SignerIpAddress": Y(lambda f: f.ipv4(), "ip"),
            "WitnessName": Maybe(Y(lambda f: f.full_name(), "name"), 0.5),
            "TemplateSha256": G(lambda f: f.sha256()),
            "TimeToSignSeconds": G(lambda f: f.r.randint(120, 5400)),
            "OptionalConsents": {
                "FutureResearch": G(lambda f: f.pick([True, False])),
                "GeneticSubstudy": G(lambda f: f.pick([True, False])),
                "RecontactAllowed": G(lambda f: f.pick([True, False])),
            },
            "LegallyAuthorizedRepresentative": Maybe(
                {
                    "Name": Y(lambda f: f.full_name(), "name"),
                    "Relationship": G(lambda f: f.pick(["spouse", "adult child", "guardian"])),
                    "Phone": Y(lambda f: f.phone(), "phone"),
                },
                0.3,
            ),
            "QuizScore": G(lambda f: f.r.randint(60, 100)),
        },
    ),
    (
        "track",
        "Identity Verified",
        "node",
        None,
        {
            "verification_id": G(lambda f: "vs_" + f.alnum(24)),
            "method": G(lambda f: f.pick(["document", "document_selfie", "kba"])),
            "document_type": G(
                lambda f: f.pick(["passport", "id_card", "driving_license", "my_number_card"])
            ),
            "document_number": RED(lambda f: f.pick([f.passport(), f.dni()]), "passport|national id"),
            "document_country": G(lambda f: f.pick(["US", "ES", "JP"])),
            "name_on_document": Y(lambda f: f.full_name().upper(), "name"),
            "address_on_document": Maybe(Y(lambda f: f.address_line(), "address"), 0.6),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "selfie_url": Y(lambda f: f"https://kyc.trialbridge.example/selfies/{f.hexid(20)}.jpg", "photo"),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "match_score": G(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
            "ssnProvided": G(lambda f: f.pick([True, False])),
            "status": G(lambda f: f.pick(["verified", "requires_input", "processing"])),
        },
    ),
    # -- randomisation, diaries, questionnaires, adverse events --------------------------------------------
    (
        "track",
        "Participant Randomized",
        "go",
        None,
        {
            "participant_id": G(lambda f: f.participant()),
            "study_id": G(lambda f: f.study()),
            "randomization_number": G(lambda f: "R" + f.digits(5)),
            "arm": G(lambda f: f.pick(["A", "B", "placebo", "active_10mg", "active_20mg"])),
            "stratum": G(lambda f: f.pick(["S1", "S2", "S3", "S4"])),
            "kit_number": G(lambda f: f.digits(6)),
            "block_size": G(lambda f: f.pick([4, 6])),
            "randomized_by": Y(lambda f: f.staff_email(), "email", True),
            "site_id": G(lambda f: f.site_id()),
            "randomized_at": G(lambda f: f.iso()),
            "blinded": G(lambda f: True),
        },
    ),
    (
        "screen",
        "Symptom Diary",
        "mobile",
        None,
        {
            "studyId": G(lambda f: f.study()),
            "diaryDay": G(lambda f: f.r.randint(1, 180)),
            "entriesPending": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Diary Entry Submitted",
        "mobile",
        None,
        {
            "entryId": G(lambda f: f.uuid()),
            "entryDate": G(lambda f: f.day()),
            "symptoms": Many(
                {
                    "name": Y(lambda f: f.pick(SYMPTOMS), "condition"),
                    "severity": G(lambda f: f.pick(["mild", "moderate", "severe"])),
                    "startedAt": G(lambda f: f.iso()),
                },
                3,
            ),
            "painScore": Y(lambda f: f.r.randint(0, 10), "condition|diagnosis"),
            "diaryComment": Y(
                lambda f: f.pick(
                    [
                        "Headache worse in the morning after the dose",
                        "Felt dizzy after lunch, took ibuprofen",
                        "Me dolía la cabeza toda la tarde",
                        "Nausea around 2 hours after injection",
                        "朝から頭痛がひどい",
                        "Rash on my left arm is spreading",
                        "Couldn't sleep, coughing all night",
                    ]
                ),
                "condition",
                True,
            ),
            "studyDrugTaken": G(lambda f: f.pick([True, False])),
            "doseTakenAt": G(lambda f: f.iso()),
            "completedInSec": G(lambda f: f.r.randint(20, 600)),
            "offline": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Questionnaire Completed",
        "mobile",
        None,
        {
            "instrument": G(lambda f: f.pick(["PHQ-9", "EQ-5D-5L", "PROMIS-29", "ACT", "MIDAS"])),
            "responses": Many(
                {
                    "itemId": G(lambda f: f"item_{f.r.randint(1, 29)}"),
                    "value": G(lambda f: f.r.randint(0, 4)),
                },
                9,
            ),
            "totalScore": G(lambda f: f.r.randint(0, 27)),
            "scheduledFor": G(lambda f: f.day()),
            "lateBySeconds": G(lambda f: f.r.randint(0, 86400)),
        },
    ),
    (
        "track",
        "Adverse Event Reported",
        "python",
        None,
        {
            "ae_id": G(lambda f: "AE-" + f.digits(6)),
            "participant_id": G(lambda f: f.participant()),
            "onset_date": G(lambda f: f.day()),
            "meddra_pt": Y(
                lambda f: f.pick(
                    [
                        "Headache",
                        "Nausea",
                        "Injection site erythema",
                        "Hypoglycaemia",
                        "Dizziness",
                        "Urticaria",
                        "Atrial fibrillation",
                    ]
                ),
                "condition|diagnosis",
            ),
            "meddra_code": G(lambda f: f.pick(["10019211", "10028813", "10022061", "10021005"])),
            "verbatim": Y(
                lambda f: f.pick(
                    [
                        "Participant reports severe headache for 3 days after dose 2",
                        "Low blood sugar episode at night, glucose 52 mg/dL, treated with juice",
                        "Paciente refiere urticaria en brazos tras la segunda dosis",
                        "注射部位の発赤と腫れ",
                        "Palpitations and chest tightness, seen at ER and discharged",
                        "Nausea and vomiting, missed one dose",
                    ]
                ),
                "condition",
                True,
            ),
            "severity_grade": G(lambda f: f.pick([1, 2, 3])),
            "serious": G(lambda f: f.pick([True, False, False])),
            "hospitalized": Y(lambda f: f.pick([True, False, False]), "condition"),
            "related_to_study_drug": G(lambda f: f.pick(["not_related", "possibly", "probably"])),
            "action_taken": G(lambda f: f.pick(["none", "dose_interrupted", "withdrawn"])),
            "concomitant_medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
            "reported_by": Y(lambda f: f.staff_email(), "email", True),
            "reporter_role": G(lambda f: f.pick(["investigator", "coordinator", "participant"])),
            "reported_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Lab Result Received",
        "dotnet",
        None,
        {
            "LabOrderId": G(lambda f: "LO" + f.digits(8)),
            "AccessionNumber": G(lambda f: f.pick(["24", "23"]) + "-" + f.digits(7)),
            "PatientMrn": RED(lambda f: f.mrn(), "health id"),
            "TestPanel": Y(
                lambda f: f.pick(
                    [
                        "HbA1c",
                        "Lipid panel",
                        "CBC with differential",
                        "Comprehensive metabolic panel",
                        "Urine hCG",
                    ]
                ),
                "procedure",
            ),
            "LoincCode": G(lambda f: f.pick(["4548-4", "57698-3", "58410-2", "24323-8"])),
            "HbA1cPercent": Maybe(Y(lambda f: round(f.r.uniform(5.0, 11.0), 1), "condition|diagnosis"), 0.6),
            "AbnormalFlag": G(lambda f: f.pick(["N", "H", "L"])),
            "OrderingPhysician": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "CollectedAt": G(lambda f: f.iso()),
            "SpecimenType": G(lambda f: f.pick(["blood", "serum", "urine"])),
            "LabName": G(lambda f: f.pick(["Quest Diagnostics", "Labco", "SRL Inc."])),
        },
    ),
    (
        "track",
        "Screen Failed",
        "go",
        None,
        {
            "participant_id": G(lambda f: f.participant()),
            "study_id": G(lambda f: f.study()),
            "failed_criteria": Many(G(lambda f: f.pick(["INC-02", "INC-04", "EXC-07", "EXC-11"])), 3),
            "screening_visit_date": G(lambda f: f.day()),
            "rescreen_allowed": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- kits and the device store -----------------------------------------------------------------------
    (
        "track",
        "Kit Shipped",
        "go",
        None,
        {
            "kit_id": G(lambda f: f.uuid()),
            "lot_number": G(lambda f: "L" + f.digits(6)),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "shipping_address": shipping_address(),
            "delivery_phone": Y(lambda f: f.phone(), "phone"),
            "rx_number": Y(lambda f: f.pick(["RX", "Rx-", ""]) + f.digits(7), "medication"),
            "carrier": G(lambda f: f.pick(["FedEx", "SEUR", "Yamato", "UPS"])),
            "tracking_number": G(
                lambda f: f.pick(
                    ["7" + f.digits(11), "1Z" + f.alnum(16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")]
                )
            ),
            "temperature_excursion": G(lambda f: f.pick([False, False, True])),
            "expiry_date": G(lambda f: f.date(2025, 2027)),
            "signature_required": G(lambda f: True),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        "/store",
        {
            **{k: v for k, v in product().items() if k != "quantity"},
            "currency": G(lambda f: f.pick(["USD", "EUR", "JPY"])),
            "value": G(lambda f: f.money(5, 180)),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        "/store/checkout",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(10, 400)),
            "revenue": G(lambda f: f.money(10, 400)),
            "shipping": G(lambda f: f.money(0, 15)),
            "tax": G(lambda f: f.money(0, 30)),
            "discount": G(lambda f: f.pick([0, 5, 10])),
            "coupon": G(lambda f: f.pick(["", "STUDY100", "WELCOME10"])),
            "currency": G(lambda f: f.pick(["USD", "EUR", "JPY"])),
            "products": Many(product()),
            "shipping_address": shipping_address(),
            "billing_email": Y(lambda f: f.email(), "email"),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal", "sponsor_paid"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
        },
    ),
    # -- stipends and reimbursements ----------------------------------------------------------------------
    (
        "track",
        "Stipend Issued",
        "ruby",
        None,
        {
            "payment_id": G(lambda f: "pay_" + f.alnum(14)),
            "participant_id": G(lambda f: f.participant()),
            "visit_number": G(lambda f: f.r.randint(1, 10)),
            "amount": G(lambda f: f.pick([50, 75, 100, 150, 25.0])),
            "currency": G(lambda f: f.pick(["USD", "EUR", "JPY"])),
            "method": G(lambda f: f.pick(["prepaid_card", "ach", "paypal", "check", "bank_transfer"])),
            "payee_name": Y(lambda f: f.full_name(), "name"),
            "paypal_email": Maybe(Y(lambda f: f.email(), "email"), 0.4),
            "check_mailing_address": Maybe(Y(lambda f: f.address_line(), "address"), 0.4),
            "prepaid_card_last4": G(lambda f: f.digits(4)),
            "tax_id_last4": RED(lambda f: f.digits(4), "social security number"),
            "w9_on_file": G(lambda f: f.pick([True, False])),
            "ytd_total": G(lambda f: f.money(25, 1800)),
            "form_1099_required": G(lambda f: f.pick([True, False])),
            "memo": G(
                lambda f: f.pick(
                    ["Visit 3 stipend", "Screening visit", "Travel allowance", "Diary compliance bonus"]
                )
            ),
        },
    ),
    (
        "track",
        "Payout Method Added",
        "web",
        "/payments",
        {
            "bank_name": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Citizens Bank"])),
            "routing_number": G(lambda f: f.pick(["021000021", "011000138", "121000248", "211070175"])),
            "account_number": RED(lambda f: f.digits(f.pick([8, 9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "default_payment_method": RED(lambda f: f.pm(), "token", True),
            "last4": G(lambda f: f.digits(4)),
            "verification": G(lambda f: f.pick(["instant", "microdeposits"])),
            "ssn": Maybe(RED(lambda f: f.ssn(), "social security number"), 0.4),
        },
    ),
    (
        "track",
        "Reembolso Solicitado",
        "flutter",
        None,
        {
            "claim_id": G(lambda f: "RB-" + f.digits(7)),
            "expense_type": G(lambda f: f.pick(["taxi", "parking", "mileage", "train", "meal"])),
            "amount": G(lambda f: f.money(3, 180)),
            "currency": G(lambda f: "EUR"),
            "mileage_km": Maybe(G(lambda f: f.r.randint(4, 320)), 0.5),
            "origin_address": Y(
                lambda f: f"{f.pick(ES_STREETS)} {f.r.randint(1, 200)}, {f.pick(ES_CITIES)}", "address"
            ),
            "destination": G(lambda f: f.pick(SITES[2:4])[4]),
            "receipt_count": G(lambda f: f.r.randint(0, 4)),
            "iban": RED(lambda f: f.es_iban(), "bank account"),
            "bic": G(lambda f: f.pick(["CAIXESBBXXX", "BSCHESMMXXX", "BBVAESMMXXX"])),
            "titular": Y(lambda f: " ".join(f.es_name()), "name"),
            "notas": G(
                lambda f: f.pick(["Taxi al hospital", "Parking del hospital", "Tren de cercanías", ""])
            ),
            "matricula": Maybe(
                Y(lambda f: f"{f.r.randint(0, 9999):04d} {f.alnum(3, 'BCDFGHJKLMNPRSTVWXYZ')}", "license"),
                0.5,
            ),
        },
    ),
    (
        "track",
        "Shiharai Kanryo",
        "java",
        None,
        {
            "shiharai_id": G(lambda f: "P" + f.digits(10)),
            "kingaku": G(lambda f: f.pick([3000, 5000, 7000, 10000])),
            "tsuka": G(lambda f: "JPY"),
            "ginko_kodo": G(lambda f: f.pick(["0001", "0005", "0009", "9900"])),
            "shiten_kodo": G(lambda f: f"{f.r.randint(1, 999):03d}"),
            "koza_shubetsu": G(lambda f: f.pick(["futsu", "toza"])),
            "koza_bango": RED(lambda f: f"{f.r.randint(0, 9999999):07d}", "bank account"),
            "koza_meigi": Y(lambda f: " ".join(f.pick(JP)[4:6]), "name"),
            "raiin_kaisu": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Travel Booked",
        "node",
        None,
        {
            "booking_id": G(lambda f: f.uuid()),
            "pnr": G(lambda f: f.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "traveller": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "gender": Y(lambda f: f.pick(["F", "M", "X"]), "gender"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "passport_number": Maybe(RED(lambda f: f.passport(), "passport"), 0.5),
                "frequent_flyer": Maybe(G(lambda f: f.pick(["AA", "IB", "JL"]) + f.digits(8)), 0.4),
            },
            "companion_name": Maybe(Y(lambda f: f.full_name(), "name"), 0.4),
            "origin": G(lambda f: f.pick(["BOS", "MAD", "BCN", "HND", "KIX", "IAH"])),
            "destination": G(lambda f: f.pick(["Boston, MA", "Houston, TX", "Madrid", "Osaka"])),
            "hotel_name": G(
                lambda f: f.pick(["Hilton Boston Back Bay", "NH Collection Madrid", "Hotel Granvia Osaka"])
            ),
            "check_in": G(lambda f: f.day()),
            "nights": G(lambda f: f.r.randint(1, 3)),
            "total": G(lambda f: f.money(150, 2200)),
            "currency": G(lambda f: f.pick(["USD", "EUR", "JPY"])),
            "needsVisaLetter": RED(lambda f: f.pick([True, False, False]), "visa"),
        },
    ),
    (
        "track",
        "Lost Wages Claimed",
        "php",
        None,
        {
            "claim_number": G(lambda f: "LW-" + f.digits(6)),
            "employer": G(
                lambda f: f.pick(["Walmart", "Mercadona", "Toyota", "self-employed", "Kaiser Permanente"])
            ),
            "job_title": G(lambda f: f.pick(["cashier", "nurse", "teacher", "driver", "engineer"])),
            "hourly_wage": Y(lambda f: f.money(12, 60), "salary"),
            "hours_missed": G(lambda f: f.pick([2, 4, 8])),
            "approved": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- wearables --------------------------------------------------------------------------------------
    (
        "track",
        "Wearable Synced",
        "android",
        None,
        {
            "deviceType": G(
                lambda f: f.pick(["fitbit_charge6", "apple_watch", "withings_scanwatch", "tb_band_s"])
            ),
            "firmwareVersion": G(lambda f: f.pick(["1.171.51", "10.4", "2.3.0"])),
            "serialNumber": Y(lambda f: f.alnum(12, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), "serial"),
            "batteryLevel": G(lambda f: f.r.randint(5, 100)),
            "stepsToday": G(lambda f: f.r.randint(0, 18000)),
            "sleepMinutes": G(lambda f: f.r.randint(180, 600)),
            "restingHeartRate": Y(lambda f: f.r.randint(48, 95), "condition|diagnosis"),
            "spo2Avg": Y(lambda f: f.r.randint(89, 100), "condition|diagnosis"),
            "samplesUploaded": G(lambda f: f.r.randint(0, 20000)),
            "syncDurationMs": G(lambda f: f.r.randint(400, 60000)),
            "lastSyncAt": G(lambda f: f.epoch_ms()),
            "source": G(lambda f: f.pick(["healthkit", "health_connect", "ble_direct"])),
        },
    ),
    (
        "track",
        "Device Paired",
        "mobile",
        None,
        {
            "peripheral": {
                "name": G(
                    lambda f: f.pick(
                        ["TB Band S 8A2F", "Polar H10 7C1A33", "Omron BP7450", "Contour Next One"]
                    )
                ),
                "address": Y(lambda f: f.mac(), "mac", True),
                "rssi": G(lambda f: f.r.randint(-90, -40)),
            },
            "pairingMs": G(lambda f: f.r.randint(500, 20000)),
            "success": G(lambda f: f.pick([True, True, False])),
            "errorCode": Maybe(G(lambda f: f.pick(["GATT_133", "TIMEOUT", "BOND_FAILED"])), 0.3),
        },
    ),
    (
        "track",
        "Integration Connected",
        "python",
        None,
        {
            "provider": G(lambda f: f.pick(["fitbit", "withings", "dexcom", "oura"])),
            "provider_user_id": G(lambda f: f.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
            "access_token": RED(lambda f: f.pick([f.jwt(), f.alnum(40)]), "token"),
            "refresh_token": RED(lambda f: f.alnum(64), "token"),
            "scope": G(lambda f: f.pick(["activity heartrate sleep", "user.metrics", "egv"])),
            "expires_in": G(lambda f: f.pick([3600, 28800, 7200])),
            "connected_at": G(lambda f: f.iso()),
        },
    ),
    # -- telehealth and messaging -------------------------------------------------------------------------
    (
        "track",
        "Telehealth Visit Joined",
        "web",
        "/visit/room",
        {
            "room_id": G(lambda f: f.alnum(10)),
            "provider_display_name": Y(lambda f: "Dr. " + f.last(), "name"),
            "participant_display_name": Y(lambda f: f.full_name(), "name"),
            "audio_only": G(lambda f: f.pick([True, False])),
            "vendor": G(lambda f: f.pick(["twilio_video", "zoom", "vonage"])),
            "join_latency_ms": G(lambda f: f.r.randint(300, 8000)),
            "interpreter_present": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Message Sent",
        "mobile",
        None,
        {
            "threadId": G(lambda f: f.uuid()),
            "recipientRole": G(lambda f: f.pick(["coordinator", "investigator", "support"])),
            "text": Y(
                lambda f: f.pick(
                    [
                        "My new number is {p}, please use that",
                        "Can you call me at {p}? I can't make Tuesday",
                        "Please email me at {e} instead",
                        "Mi nuevo correo es {e}",
                        "携帯が変わりました {p}",
                    ]
                ).format(p=f.phone(), e=f.email()),
                "phone|email",
                True,
            ),
            "messageLength": G(lambda f: f.r.randint(20, 200)),
            "hasAttachment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "ios",
        None,
        {
            "campaignId": G(lambda f: "cmp_" + f.digits(6)),
            "notificationId": G(lambda f: f.uuid()),
            "title": G(
                lambda f: f.pick(["Diary reminder", "Recordatorio", "日誌のリマインダー", "Visit tomorrow"])
            ),
            "body": Y(
                lambda f: f.pick(
                    [
                        "{n}, it's time for your evening diary",
                        "{n}, ¡no olvides tu diario de hoy!",
                        "{n}さん、今日の日誌を記入してください",
                        "Good morning {n}! Your visit is tomorrow at 9:30",
                    ]
                ).format(n=f.first()),
                "name",
                True,
            ),
            "openedFromBackground": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "php",
        None,
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "requester_email": Y(lambda f: f.email(), "email"),
            "subject": G(
                lambda f: f.pick(
                    ["Can't log in", "Stipend not received", "App crashes on diary", "Cambiar cita"]
                )
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "The app closes when I open the diary screen.",
                        "I completed visit 2 but the payment is still pending.",
                        "No puedo iniciar sesión desde ayer.",
                        "アプリが開きません。",
                        "How do I change my visit time?",
                    ]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "channel": G(lambda f: f.pick(["web", "email", "in_app"])),
            "assignee": Y(lambda f: f.full_name(), "name", True),
            "tags": Many(G(lambda f: f.pick(["payments", "login", "ios", "android", "es"])), 2),
        },
    ),
    (
        "track",
        "Participant Looked Up",
        "web",
        "/site/participants",
        {
            "q": Y(lambda f: f.full_name(), "name", True),
            "results": G(lambda f: f.r.randint(0, 5)),
            "searchedBy": G(lambda f: f.pick(["u_" + f.digits(5)])),
            "siteId": G(lambda f: f.site_id()),
            "filter": G(lambda f: f.pick(["all", "active", "screen_failed"])),
        },
    ),
    # -- caregivers, dependants, staff --------------------------------------------------------------------
    (
        "track",
        "Caregiver Invited",
        "rn",
        None,
        {
            "caregiver": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Maybe(Y(lambda f: f.phone(), "phone"), 0.6),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "daughter", "son", "parent"])),
            },
            "permissions": Many(
                G(lambda f: f.pick(["view_schedule", "complete_diary", "receive_reminders"])), 3
            ),
            "inviteExpiresAt": G(lambda f: f.iso()),
            "inviteCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Dependent Enrolled",
        "node",
        None,
        {
            "child": {
                "first_name": Y(lambda f: f.first(), "name"),
                "date_of_birth": Y(lambda f: f.date(2009, 2021), "birthdate"),
                "sex": Y(lambda f: f.pick(["F", "M"]), "sex"),
                "school_grade": G(lambda f: f.pick(["K", "3", "5", "8", "10"])),
                "weight_percentile": G(lambda f: f.r.randint(5, 95)),
            },
            "guardian": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "legal_guardian", "grandmother"])),
            },
            "assent_obtained": G(lambda f: f.pick([True, False])),
            "study_id": G(lambda f: f.study()),
            "cohort": G(lambda f: f.pick(["6-11y", "12-17y"])),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "flutter",
        None,
        {
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "sibling", "friend", "parent"])),
            },
            "updated_fields": Many(G(lambda f: f.pick(["name", "phone", "relationship"])), 3),
            "contact_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Insurance Card Uploaded",
        "ios",
        None,
        {
            "insurer": G(
                lambda f: f.pick(
                    [
                        "Aetna",
                        "Blue Cross Blue Shield",
                        "UnitedHealthcare",
                        "Sanitas",
                        "Adeslas",
                        "協会けんぽ",
                    ]
                )
            ),
            "member_id": Y(
                lambda f: f.pick(["W" + f.digits(9), "XYZ" + f.digits(9), f.digits(8)]), "identification"
            ),
            "group_number": G(lambda f: f.digits(6)),
            "subscriber_name": Y(lambda f: f.full_name(), "name"),
            "subscriber_dob": Y(lambda f: f.dob(), "birthdate"),
            "medicare_mbi": Maybe(RED(lambda f: f.mbi(), "health id"), 0.4),
            "front_image_id": G(lambda f: f.uuid()),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
        },
    ),
    (
        "track",
        "Site Staff Invited",
        "node",
        None,
        {
            "staff": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.staff_email(), "email"),
                "role": G(
                    lambda f: f.pick(["sub_investigator", "study_coordinator", "pharmacist", "data_manager"])
                ),
                "medical_license_number": Maybe(
                    Y(lambda f: f.pick(["MD", "RN", "", ""]) + f.digits(6), "license"), 0.5
                ),
                "gcp_certificate_id": Y(lambda f: "GCP-" + f.digits(7), "certificate"),
            },
            "site_id": G(lambda f: f.site_id()),
            "invited_by": G(lambda f: "u_" + f.digits(5)),
            "seat_count": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        "web",
        "/careers/apply",
        {
            "job_id": G(lambda f: f.digits(7)),
            "job_title": G(
                lambda f: f.pick(
                    ["Clinical Research Coordinator", "Patient Recruitment Specialist", "CRA II"]
                )
            ),
            "applicant_name": Y(lambda f: f.full_name(), "name"),
            "applicant_email": Y(lambda f: f.email(), "email"),
            "authorized_to_work": RED(lambda f: f.pick(["yes", "no"]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "desired_salary": Y(lambda f: f.pick([55000, 62000, 70000, 85000]), "salary"),
            "resume_file_id": G(lambda f: f.uuid()),
            "source": G(lambda f: f.pick(["linkedin", "indeed", "referral"])),
        },
    ),
    # -- auth -------------------------------------------------------------------------------------------
    (
        "track",
        "Account Created",
        "web",
        "/signup",
        {
            "email": Y(lambda f: f.email(), "email"),
            "password": RED(
                lambda f: f.pick(["Sunshine2024!", "hana0722", "Contraseña#1", f.alnum(12)]), "password"
            ),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "termsAccepted": G(lambda f: True),
            "signupMethod": G(lambda f: f.pick(["email", "google", "apple"])),
            "referrer_code": G(lambda f: "TB-" + f.alnum(6, "ABCDEFGHJKMNPQRSTUVWXYZ23456789")),
        },
    ),
    (
        "track",
        "OTP Sent",
        "go",
        None,
        {
            "channel": G(lambda f: f.pick(["sms", "voice", "email"])),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "code": RED(lambda f: f.otp(), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expires_in_sec": G(lambda f: 600),
            "provider": G(lambda f: f.pick(["twilio_verify", "vonage"])),
        },
    ),
    (
        "track",
        "Phone Verification Started",
        "mobile",
        None,
        {
            "input": Y(lambda f: f.phone(), "phone", True),
            "countryCode": G(lambda f: f.pick(["US", "ES", "JP"])),
            "retry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "python",
        None,
        {
            "recipient": Y(lambda f: f.email(), "email", True),
            "magic_link": RED(
                lambda f: "https://app.trialbridge.example/auth/callback?token=" + f.alnum(43), "token"
            ),
            "expires_at": G(lambda f: f.iso()),
            "ip_country": G(lambda f: f.pick(["US", "ES", "JP"])),
        },
    ),
    (
        "track",
        "Signed In",
        "rn",
        None,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "sso", "biometric"])),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
            "loginCount": G(lambda f: f.r.randint(1, 400)),
            "failedAttempts": G(lambda f: f.r.randint(0, 4)),
            "biometricType": G(lambda f: f.pick(["face_id", "touch_id", "fingerprint", "none"])),
        },
    ),
    (
        "track",
        "API Request Failed",
        "node",
        None,
        {
            "status": G(lambda f: f.pick([401, 403, 429, 500, 502])),
            "route": G(lambda f: f.pick(["/v2/diary", "/v2/visits", "/v2/payouts"])),
            "headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-forwarded-for": Y(
                    lambda f: f"{f.ipv4()}, 10.0.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}", "ip"
                ),
                "user-agent": G(lambda f: f.pick(UA_WEB)),
                "x-request-id": G(lambda f: f.uuid()),
                "accept-language": G(lambda f: f.pick(["en-US,en;q=0.9", "es-ES,es;q=0.9", "ja,en;q=0.8"])),
            },
            "latency_ms": G(lambda f: f.r.randint(5, 30000)),
            "peer": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip", True),
        },
    ),
    # -- ads and CRM / warehouse syncs --------------------------------------------------------------------
    (
        "track",
        "Offline Conversion Uploaded",
        "node",
        None,
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "conversion_action": G(lambda f: f.pick(["prescreen_passed", "consent_signed", "randomized"])),
            "conversion_time": G(lambda f: f.iso()),
            "conversion_value": G(lambda f: f.pick([50, 250, 1000])),
            "currency_code": G(lambda f: "USD"),
            "campaign_id": G(lambda f: f.digits(11)),
        },
    ),
    (
        "track",
        "CAPI Event",
        "python",
        None,
        {
            "event_name": G(lambda f: f.pick(["Lead", "CompleteRegistration", "Schedule"])),
            "event_time": G(lambda f: f.epoch_s()),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Many(Y(lambda f: f.sha256(), "email"), 1),
                "ph": Many(Y(lambda f: f.sha256(), "phone"), 1),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10 - 1)}", "advertising id"),
                "external_id": Many(G(lambda f: f.sha256()), 1),
            },
            "custom_data": {
                "study": G(lambda f: f.study()),
                "value": G(lambda f: f.pick([0, 10, 25])),
                "currency": G(lambda f: "USD"),
            },
        },
    ),
    (
        "track",
        "Salesforce Lead Synced",
        "crm",
        None,
        {
            "Id": G(lambda f: "00Q" + f.alnum(15)),
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "MobilePhone": Y(lambda f: f.phone(), "phone"),
            "Status": G(lambda f: f.pick(["New", "Contacted", "Qualified", "Referred to Site"])),
            "OwnerId": G(lambda f: "005" + f.alnum(15)),
            "Participant_Status__c": G(
                lambda f: f.pick(["prescreened", "scheduled", "consented", "screen_fail"])
            ),
            "Referring_Physician__c": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "Primary_Diagnosis__c": Y(lambda f: f.pick(CONDITIONS), "diagnosis|condition"),
            "Medical_Record_Number__c": RED(lambda f: f.mrn(), "health id"),
            "Insurance_Member_ID__c": Y(lambda f: f.pick(["W", "H", "MEM"]) + f.digits(9), "identification"),
            "Study_Site__c": G(lambda f: f.pick(SITES)[0]),
            "Owner_Name__c": Y(lambda f: f.full_name(), "name"),
            "Last_Contact_Date__c": G(lambda f: f.day()),
            "Contact_Attempts__c": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Participant Synced",
        "python",
        None,
        {
            "PARTICIPANT_ID": G(lambda f: f.participant()),
            "SITE_CODE": G(lambda f: f.pick(["US-013", "ES-028", "JP-013"])),
            "ENROLLMENT_DATE": G(lambda f: f.day()),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "PHONE_E164": Y(
                lambda f: f.pick([f"+1{f.digits(10)}", f"+346{f.digits(8)}", f"+8190{f.digits(8)}"]), "phone"
            ),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "ZIP5": Y(lambda f: f"{f.r.randint(1001, 99950):05d}", "zipcode"),
            "RACE": Y(lambda f: f.pick(["WHITE", "BLACK", "ASIAN", "AIAN", "NHPI", "MULTI"]), "race"),
            "IS_HISPANIC": Y(lambda f: f.pick([True, False]), "ethnicity"),
            "PRIMARY_LANGUAGE": G(lambda f: f.pick(["EN", "ES", "JA"])),
            "VISITS_COMPLETED": G(lambda f: f.r.randint(0, 12)),
            "TOTAL_STIPEND_USD": G(lambda f: f.money(0, 1500)),
            "MEDICARE_MBI": Maybe(RED(lambda f: f.mbi(), "health id"), 0.5),
            "SSN_LAST4": RED(lambda f: f.digits(4), "social security number"),
            "LOADED_AT": G(lambda f: f.iso()),
            "ROW_HASH": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Profile Updated",
        "rn",
        None,
        {
            "previousEmail": Y(lambda f: f.email(), "email"),
            "newEmail": Y(lambda f: f.email(), "email"),
            "middleName": Maybe(Y(lambda f: f.pick(["Anne", "José", "Marie", "Lee", "Carmen"]), "name"), 0.5),
            "preferredName": Y(lambda f: f.first(), "name"),
            "pronouns": Maybe(
                Y(lambda f: f.pick(["she/her", "he/him", "they/them", "ella", "él"]), "gender"), 0.6
            ),
            "changedFields": Many(
                G(lambda f: f.pick(["email", "preferredName", "pronouns", "middleName"])), 3
            ),
        },
    ),
    (
        "track",
        "Referral Sent",
        "rn",
        None,
        {
            "refereeName": Y(lambda f: f.full_name(), "name"),
            "refereeEmail": Y(lambda f: f.email(), "email"),
            "personalMessage": G(
                lambda f: f.pick(
                    [
                        "Thought of you!",
                        "They pay for travel too",
                        "Mira este estudio",
                        "この治験どうかな",
                        "",
                    ]
                )
            ),
            "referralCode": G(lambda f: "TB-" + f.alnum(6, "ABCDEFGHJKMNPQRSTUVWXYZ23456789")),
            "channel": G(lambda f: f.pick(["email", "sms", "whatsapp", "line"])),
        },
    ),
    (
        "screen",
        "Visit Check-in",
        "android",
        None,
        {
            "visitId": G(lambda f: f.uuid()),
            "checkinLat": Y(lambda f: f.lat(), "geolocation"),
            "checkinLng": Y(lambda f: f.lon(), "geolocation"),
            "geofenceDistanceM": G(lambda f: f.r.randint(0, 900)),
            "qrScanned": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, "mobile", None, {}),
    ("alias", None, "web", "/signup", {}),
]


# events from the Spanish and Japanese backends: their people live there
HOME = {
    "Formulario Enviado": "ES",
    "Reembolso Solicitado": "ES",
    "python": "ES",  # the Spanish backend's identify (track calls carry their event name)
    "Yoyaku Kakutei": "JP",
    "Shiharai Kanryo": "JP",
    "java": "JP",  # the Japanese backend's identify
}


def build(seed: int, repeats: int):
    f = H(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, path, body in EVENTS:
            f.home = HOME.get(name or client) or f.pick(["US", "US", "ES", "JP"])
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.alnum(12, "0123456789abcdefghijklmnopqrstuvwxyz"),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = f.site_id()
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            section = "traits" if kind in ("identify", "group") else "properties"
            if kind != "alias":
                msg[section] = render(prune(body, f), f, section, labels)
            msg["context"] = render(prune(context_for(client, f, path or "/"), f), f, "context", labels)
            if f.r.random() < 0.2:
                msg["integrations"] = {"All": True, "Salesforce": False}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=168, repeats=34)
    write(Path(__file__).parent, "holdout168_", events, labels)
