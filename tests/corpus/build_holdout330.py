# ruff: noqa: E501, RUF001  (user agents and URLs are long literals; Hebrew letters and en dashes are the data)
"""Writes holdout330: tests/corpus/holdout330_events.jsonl and holdout330_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
corpora's labels, and never run through the engine by its author. Only the corpus helpers
(build.py, fake.py), build_holdout3.py (for the format) and the reference product's default
matcher table were read.

What it covers: music lessons, conservatories and graded music exams in Finland, Israel and
Australia. A music-school platform's parent app (analytics-swift), student practice app
(analytics-react-native), teacher app (analytics-kotlin), concert-ticketing app (flutter) and web
portals (analytics.js), plus backends on analytics-python, -node, -go, -java, -ruby, -php and
Analytics.NET: lesson booking, teacher assignment, practice logs, recital sign-ups, instrument
rental with deposits, exam-board entries and results (AMEB, Trinity, Finnish level exams, Israeli
Bagrut), scholarship and fee-support applications, teacher payroll and availability, concert
ticketing on the e-commerce spec, conservatory auditions, a music camp; vendor-shaped payloads
relayed by servers (Stripe payment intents, Typeform responses, Calendly invitees, SendGrid events,
Twilio messages) and a warehouse reverse-ETL sync; identify / track / page / screen / group / alias
calls. Keys are mostly camelCase and snake_case English; the rest are PascalCase (.NET payroll
and CRM), kebab-case (a PHP box-office scanner, SendGrid), SCREAMING_SNAKE (warehouse sync),
Finnish keys (payroll, level exams, fee support, a school backend), Hebrew keys transliterated
(payroll, Bagrut) and in Hebrew script (an Elementor form). Values are drawn per message for one
of the three countries: Finnish, Israeli (Latin and Hebrew script) and Australian names from
many backgrounds, national phone formats, addresses and postcodes, Finnish henkilötunnus with
its check character, Israeli teudat zehut with its check digit, Australian TFNs (mod 11) and
Medicare numbers (weighted check digit), FI and IL IBANs with mod-97 check digits, Luhn cards.

Labelling (the product's default colours): each leaf path has a classification, a type (the
reference's matcher name, or bank account / geolocation / secret / national id / health id /
advertising id / credit card / password / ip / token / trade union ...; `a|b` when either is
fair) and value_only (true when the key does not say what the value is). PII = personal data
about a natural person: the user, a parent, a student (child), an emergency contact, a ticket
attendee, a teacher or an examiner. Reference colours for reference matchers; red for
credentials, secrets, card numbers, bank accounts, government ids and health ids; yellow
otherwise. Green: ids we or a business issue (student, candidate, customer and member numbers,
invoice and BPAY references, certificate numbers an exam board prints), versions, timestamps,
UUIDs, hashes of non-PII, amounts, enums, counters and booleans under PII-sounding keys,
product, concert, piece, school, company and pet names, places that are not the person's (a
venue, a campus, a searched city), country, state, locale, language, timezone, currency, user
agents. Card brand, last four, BIN and expiry are green; BSBs and Israeli bank and branch codes
are green. The published policy is applied as written: ages green; job titles and employers
green; a business's own phone, e-mail and address green (a school office, a box office, a
venue, Twilio's sending number, role mailboxes); pets' names green; insurer member numbers and
instrument-insurance policy numbers yellow `identification`; pay, hourly rates, gross pay and
household income yellow `salary`; vehicle plates yellow `license`; gclid / fbclid / fbp / fbc
yellow `advertising id`; the person's billing and delivery addresses yellow; trade union
membership yellow `trade union`; payment-method tokens, one-time codes, sign-in link tokens and
private calendar-feed URLs red; Medicare numbers red `health id`; passport and identity
document numbers red; right-to-work and visa answers red `visa`.

Rules settled here where the policy is silent (what a careful privacy owner would flag):
- Booleans and enums that reveal a special category are labelled by that category even when
  some values are neutral ("none", false): Shabbat observance `religion`, step-free or wheelchair
  access and the Australian Companion Card `disability` (red, the reference's colour), dietary
  requirements that include kosher / halal / coeliac `condition|religion`, Aboriginal or Torres
  Strait Islander status `ethnicity`, new-immigrant (oleh hadash) status `citizenship`.
- Exam marks, grades and results are green (an assessment outcome, like a score); the names
  of examiners and jury members are yellow `name` (staff).
- Composers, conductors of professional orchestras and headline performers in a concert's
  catalogue data are green (a product's attributes); students in a recital programme and a
  teacher conducting a student ensemble are yellow `name`.
- A school's own instrument's manufacturer serial is green (the school's asset, like a SKU); the
  serial of a privately owned instrument being insured is yellow `serial` (like a VIN).
- A student's school name and a parent's employer are green (organisations).
- Free text is labelled by what every one of its values carries (each generator below either
  always embeds the PII or never does); green when none does.
- Hashes of files are green; no hashed e-mails are sent.
- A health fund's or kupat holim's name is a company name (green); an insurer's member number is
  yellow `identification`. Financial-hardship booleans (receives social assistance, concession
  card holder, single parent) are green like marital status; household income and income bands
  are yellow `salary`. A preferred teacher gender is a preference, not the person's gender: green.
- Photos and videos of the person (avatar, audition and exam videos) are yellow `photo`; push
  notification tokens are red `token`; a ticket barcode we issue is green.
- Working With Children Check numbers are yellow `certificate|license`; Centrelink CRNs, TFNs,
  henkilötunnus and teudat zehut are red `national id`.
"""

import json
from pathlib import Path
from typing import Any

from portal.events import flatten
from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- templates: the build.py leaves plus optional keys and fixed-order arrays -------------------


class Opt:
    """A key present in a fraction p of the messages."""

    def __init__(self, template: Any, p: float = 0.5):
        self.template = template
        self.p = p


class Seq:
    """An array whose items follow a fixed list of templates (a form's answers, in order)."""

    def __init__(self, items: list):
        self.items = items


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.template
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- people and places of three countries -------------------------------------------------------

FI_FIRST = [
    "Aino",
    "Eetu",
    "Veera",
    "Onni",
    "Helmi",
    "Leevi",
    "Lumi",
    "Väinö",
    "Siiri",
    "Eino",
    "Ilona",
    "Juho",
    "Kerttu",
    "Aleksi",
    "Hilla",
    "Niilo",
    "Venla",
    "Otso",
    "Saana",
    "Hodan",
    "Alina",
    "Mikael",
    "Elsa",
    "Ahmed",
]
FI_LAST = [
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Järvinen",
    "Heikkinen",
    "Koskinen",
    "Lehtonen",
    "Lindqvist",
    "Häkkinen",
    "Ahonen",
    "Salo",
    "Laaksonen",
    "Aikio",
    "Ali",
    "Nguyen",
    "Karjalainen",
    "Räsänen",
    "Sjöberg",
    "Ivanov",
]
IL_FIRST = [
    "Noa",
    "Yonatan",
    "Tamar",
    "Itai",
    "Maya",
    "Ariel",
    "Shira",
    "Omer",
    "Yael",
    "Eitan",
    "Adi",
    "Lior",
    "Ahmad",
    "Rania",
    "Dmitri",
    "Yitzhak",
    "Avigail",
    "Netanel",
    "Hila",
    "Mirjam",
    "Tsion",
]
IL_LAST = [
    "Levi",
    "Cohen",
    "Mizrahi",
    "Peretz",
    "Biton",
    "Friedman",
    "Azoulay",
    "Katz",
    "Shapiro",
    "Ben-David",
    "Khoury",
    "Haddad",
    "Kogan",
    "Tadesse",
    "Goldberg",
    "Avraham",
    "Elbaz",
    "Nassar",
]
HE_FIRST = ["נועה", "יונתן", "תמר", "איתי", "מאיה", "אריאל", "שירה", "עומר", "יעל", "איתן", "עדי", "ליאור"]
HE_LAST = ["לוי", "כהן", "מזרחי", "פרץ", "ביטון", "פרידמן", "אזולאי", "כץ", "שפירא", "בן דוד", "אברהם"]
AU_FIRST = [
    "Olivia",
    "Jack",
    "Charlotte",
    "Liam",
    "Mia",
    "Noah",
    "Isla",
    "William",
    "Ava",
    "Thomas",
    "Chloe",
    "Lachlan",
    "Priya",
    "Wei",
    "Minh",
    "Aroha",
    "Jarrah",
    "Sienna",
    "Nikolaos",
    "Fatima",
    "Kai",
    "Matilda",
]
AU_LAST = [
    "Smith",
    "Nguyen",
    "Thompson",
    "Wilson",
    "O'Connor",
    "Brown",
    "Taylor",
    "Zhang",
    "Tran",
    "Papadopoulos",
    "Sharma",
    "Kelly",
    "Walker",
    "Anderson",
    "Singh",
    "Williams",
    "Haddad",
    "Murray",
    "Chen",
    "Rossi",
]

MAIL = {
    "FI": ["gmail.com", "outlook.com", "hotmail.fi", "elisanet.fi", "kolumbus.fi", "iki.fi"],
    "IL": ["gmail.com", "walla.co.il", "walla.com", "012.net.il", "bezeqint.net", "hotmail.com"],
    "AU": ["gmail.com", "bigpond.com", "optusnet.com.au", "icloud.com", "yahoo.com.au", "outlook.com"],
}
CITY = {
    "FI": [
        "Helsinki",
        "Espoo",
        "Vantaa",
        "Tampere",
        "Turku",
        "Oulu",
        "Jyväskylä",
        "Kuopio",
        "Lahti",
        "Porvoo",
    ],
    "IL": [
        "Tel Aviv-Yafo",
        "Jerusalem",
        "Haifa",
        "Rishon LeZion",
        "Petah Tikva",
        "Be'er Sheva",
        "Ra'anana",
        "Modi'in",
        "Kfar Saba",
        "Nazareth",
        "ירושלים",
        "חיפה",
    ],
    "AU": [
        "Parramatta",
        "Glebe",
        "Fitzroy",
        "Brunswick",
        "Paddington",
        "Fremantle",
        "Norwood",
        "Toowong",
        "Chatswood",
        "Carlton",
        "Newtown",
        "Sandy Bay",
    ],
}
STREET = {
    "FI": [
        "Mannerheimintie",
        "Hämeenkatu",
        "Tapiolantie",
        "Kauppakatu",
        "Koivukuja",
        "Rantatie",
        "Puistokatu",
    ],
    "IL": [
        "Herzl",
        "Jabotinsky",
        "Rothschild Blvd",
        "Ben Yehuda",
        "Weizmann",
        "HaNassi",
        "Dizengoff",
        "Sokolov",
    ],
    "AU": ["Wattle Street", "Glebe Point Road", "Bourke St", "Banksia Crescent", "Jacaranda Ave", "Beach Rd"],
}
HE_STREET = ["הרצל", "ז'בוטינסקי", "רוטשילד", "בן יהודה", "ויצמן", "סוקולוב"]
AU_STATES = ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT"]
LOCALES = {
    "FI": ["fi-FI", "fi-FI", "sv-FI", "en-GB", "fi"],
    "IL": ["he-IL", "he-IL", "en-US", "ar-IL", "ru-RU"],
    "AU": ["en-AU", "en-AU", "en-GB", "zh-CN", "vi-VN"],
}
TZS = {
    "FI": ["Europe/Helsinki"],
    "IL": ["Asia/Jerusalem"],
    "AU": [
        "Australia/Sydney",
        "Australia/Melbourne",
        "Australia/Brisbane",
        "Australia/Perth",
        "Australia/Adelaide",
    ],
}
CARRIERS = {
    "FI": ["Elisa", "DNA", "Telia FI"],
    "IL": ["Partner", "Cellcom", "Pelephone"],
    "AU": ["Telstra", "Optus"],
}
CAMPUS = {
    "FI": ["Helsinki – Kallio", "Espoo – Tapiola", "Tampere – Keskusta", "Turku – Martti"],
    "IL": ["Tel Aviv – Florentin", "Jerusalem – Rehavia", "Haifa – Carmel", "Ra'anana"],
    "AU": ["Inner West", "Fitzroy", "Parramatta", "Fremantle"],
}
SCHOOL = {
    "FI": ["Kallion ala-aste", "Tapiolan koulu", "Tampereen lyseo", "Katedralskolan i Åbo"],
    "IL": ["Ironi Alef", "Thelma Yellin", "Leo Baeck", "Gymnasia Rehavia"],
    "AU": ["Glebe Public School", "Fitzroy High School", "St Mary's College", "Perth Modern"],
}
INSTRUMENTS = [
    "piano",
    "violin",
    "cello",
    "flute",
    "guitar",
    "clarinet",
    "trumpet",
    "voice",
    "drums",
    "viola",
    "oud",
]
PIECES = [
    ("Jean Sibelius", "Romance in D-flat, Op. 24 No. 9"),
    ("J. S. Bach", "Minuet in G, BWV Anh. 114"),
    ("Ludwig van Beethoven", "Für Elise, WoO 59"),
    ("Frédéric Chopin", "Nocturne in E-flat, Op. 9 No. 2"),
    ("Paul Ben-Haim", "Five Pieces for Piano, Op. 34"),
    ("Peter Sculthorpe", "Mountains"),
    ("Oskar Merikanto", "Valse lente"),
    ("Naomi Shemer", "Yerushalayim Shel Zahav (arr.)"),
    ("Béla Bartók", "Romanian Folk Dances"),
    ("Carl Vine", "Toccatissimo"),
]
CONCERTS = [
    ("Kevätkonsertti 2024", "Musiikkitalo", "Helsinki"),
    ("Sibelius: Sinfonia nro 2", "Tampere-talo", "Tampere"),
    ("Nuorten jousiorkesteri – Joulukonsertti", "Turun konserttitalo", "Turku"),
    ("Israel Philharmonic – Mahler 5", "Charles Bronfman Auditorium", "Tel Aviv-Yafo"),
    ("Jerusalem Youth Orchestra – Hanukkah Gala", "Jerusalem Theatre", "Jerusalem"),
    ("Haifa Conservatory Chamber Evening", "Haifa Auditorium", "Haifa"),
    ("Sydney Youth Orchestras – Winter Concert", "Verbrugghen Hall", "Sydney"),
    ("Messiah Sing-along", "Melbourne Recital Centre", "Melbourne"),
    ("Jazz Ensemble Night", "Brisbane City Hall", "Brisbane"),
]
PERFORMERS = [
    "Tampere Philharmonic",
    "Israel Philharmonic Orchestra",
    "Sydney Youth Orchestras",
    "Helsinki Baroque Orchestra",
    "Jerusalem Quartet",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "ü": "u", "'": "", " ": "", "-": ""})
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


class MFake(Fake):
    """Fake with a country per message (FI, IL or AU) and the three countries' formats."""

    country = "FI"

    def given(self):
        return self.pick({"FI": FI_FIRST, "IL": IL_FIRST, "AU": AU_FIRST}[self.country])

    def family(self):
        return self.pick({"FI": FI_LAST, "IL": IL_LAST, "AU": AU_LAST}[self.country])

    def first(self):
        if self.country == "IL" and self.r.random() < 0.3:
            return self.pick(HE_FIRST)
        return self.given()

    def last(self):
        if self.country == "IL" and self.r.random() < 0.3:
            return self.pick(HE_LAST)
        return self.family()

    def full_name(self):
        if self.country == "IL" and self.r.random() < 0.3:
            return f"{self.pick(HE_FIRST)} {self.pick(HE_LAST)}"
        return f"{self.given()} {self.family()}"

    def email(self, first=None, last=None):
        first = (first or self.given()).lower().translate(ASCII)
        last = (last or self.family()).lower().translate(ASCII)
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}.{last}",
                f"{first}_{last[:5]}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{local}@{self.pick(MAIL[self.country])}"

    def phone(self, style=None):
        r = self.r
        if self.country == "FI":
            pre = self.pick(["40", "50", "44", "45", "41"])
            sub = f"{r.randint(100, 999)} {r.randint(1000, 9999)}"
            return self.pick(
                [f"0{pre} {sub}", f"+358 {pre} {sub}", f"+358{pre}{sub.replace(' ', '')}", f"0{pre}-{sub}"]
            )
        if self.country == "IL":
            pre = self.pick(["50", "52", "53", "54", "58"])
            a, b = r.randint(100, 999), r.randint(1000, 9999)
            return self.pick([f"0{pre}-{a}{b}", f"+972-{pre}-{a}-{b}", f"+972{pre}{a}{b}", f"0{pre}{a}{b}"])
        a, b = r.randint(100, 999), r.randint(100, 999)
        pre = self.pick(["412", "413", "422", "438", "450", "481"])
        return self.pick([f"0{pre} {a} {b}", f"+61 {pre} {a} {b}", f"+61{pre}{a}{b}", f"0{pre}{a}{b}"])

    def street(self):
        n = self.r.randint(1, 120)
        if self.country == "FI":
            tail = self.pick(
                ["", f" {self.pick('ABC')} {self.r.randint(1, 60)}", f" as {self.r.randint(1, 40)}"]
            )
            return f"{self.pick(STREET['FI'])} {n}{tail}"
        if self.country == "IL":
            if self.r.random() < 0.35:
                return f"רחוב {self.pick(HE_STREET)} {n} דירה {self.r.randint(1, 30)}"
            return f"{self.pick(STREET['IL'])} {n}, Apt {self.r.randint(1, 30)}"
        if self.r.random() < 0.3:
            return f"Unit {self.r.randint(1, 30)}/{n} {self.pick(STREET['AU'])}"
        return f"{n} {self.pick(STREET['AU'])}"

    def city(self):
        return self.pick(CITY[self.country])

    def postcode(self):
        if self.country == "FI":
            return f"{self.pick(['00', '02', '33', '20', '90', '40'])}{self.r.randint(100, 990):03d}"
        if self.country == "IL":
            return f"{self.r.randint(1000000, 9999999)}"
        return f"{self.pick(['2', '3', '4', '6', '5', '7'])}{self.r.randint(0, 999):03d}"

    def dob(self, start=1970, end=1992):
        return self.date(start, end)

    def child_dob(self):
        return self.date(2008, 2019)

    def hetu(self, start=1960, end=2019):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        sign = self.pick(["-", "-", "Y"]) if y < 2000 else self.pick(["A", "A", "B"])
        z = self.r.randint(2, 899)
        core = f"{d:02d}{m:02d}{y % 100:02d}"
        return f"{core}{sign}{z:03d}{HETU_CHECK[int(core + f'{z:03d}') % 31]}"

    def teudat_zehut(self):
        return self.luhn_complete(f"{self.r.randint(1, 3)}{self.r.randint(0, 9999999):07d}")

    def tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            body = [self.r.randint(0, 9) for _ in range(8)]
            check = sum(d * w for d, w in zip(body, weights, strict=False)) % 11
            if check != 10:
                digits = "".join(map(str, [*body, check]))
                return self.pick([digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}"])

    def medicare(self):
        body = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        digits = "".join(map(str, body)) + str(check) + str(self.r.randint(1, 9))
        return self.pick([digits, f"{digits[:4]} {digits[4:9]} {digits[9]}"])

    def crn(self):
        return f"{self.r.randint(200, 699)}{self.r.randint(0, 999999):06d}{self.pick('ABCHJKLST')}"

    def iban_of(self, country):
        if country == "FI":
            bban = self.pick(["1", "8", "5", "3"]) + "".join(str(self.r.randint(0, 9)) for _ in range(13))
        else:
            bban = self.pick(["010", "012", "011", "020"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(16)
            )
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def bank_account(self):
        """The person's own account: an IBAN in FI and IL, a BSB account number in AU."""
        if self.country == "AU":
            return self.digits(self.r.randint(6, 9))
        return self.iban_of(self.country)

    def ytunnus(self):
        body = [self.r.randint(0, 9) for _ in range(7)]
        r = sum(d * w for d, w in zip(body, [7, 9, 10, 5, 8, 4, 2], strict=True)) % 11
        if r == 1:
            return self.ytunnus()
        return "".join(map(str, body)) + "-" + str(0 if r == 0 else 11 - r)

    def business_id(self):
        if self.country == "FI":
            return self.ytunnus()
        if self.country == "IL":
            return self.luhn_complete("51" + self.digits(6))
        return self.abn()

    def abn(self):
        weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
        while True:
            tail = [self.r.randint(0, 9) for _ in range(9)]
            for head in range(10, 100):
                digits = [head // 10 - 1, head % 10, *tail]
                if sum(d * w for d, w in zip(digits, weights, strict=True)) % 89 == 0:
                    n = f"{head}{''.join(map(str, tail))}"
                    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"

    def passport(self):
        if self.country == "FI":
            return self.pick(["XP", "FP", "PA"]) + self.digits(7)
        if self.country == "IL":
            return self.digits(8)
        return self.pick(["PA", "PB", "N", "E"]) + self.digits(7)

    def plate(self):
        if self.country == "FI":
            return f"{''.join(self.r.choice('ABCEFGHIJKLMNOPRSTUVXYZ') for _ in range(3))}-{self.r.randint(1, 999)}"
        if self.country == "IL":
            return f"{self.r.randint(10, 99)}-{self.r.randint(100, 999)}-{self.r.randint(10, 99)}"
        return (
            "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
            + f"{self.r.randint(10, 99)}"
            + self.pick("ABCDEFGH")
        )

    def wwcc(self):
        return self.pick([f"WWC{self.digits(7)}E", f"{self.digits(7)}-01", f"WWCC{self.digits(6)}"])

    def locale(self):
        return self.pick(LOCALES[self.country])

    def tz(self):
        return self.pick(TZS[self.country])

    def currency(self):
        return {"FI": "EUR", "IL": "ILS", "AU": "AUD"}[self.country]

    def price(self, lo=15, hi=90):
        mult = {"FI": 1, "IL": 4, "AU": 1.6}[self.country]
        return round(self.r.uniform(lo, hi) * mult, 2)

    def campus(self):
        return self.pick(CAMPUS[self.country])

    def school(self):
        return self.pick(SCHOOL[self.country])

    def domain(self, kind="portal"):
        tld = {"FI": "fi", "IL": "co.il", "AU": "com.au"}[self.country]
        return f"https://{kind}.cadenza.{tld}"

    def rate(self):
        return {
            "FI": round(self.r.uniform(24, 42), 2),
            "IL": round(self.r.uniform(95, 180)),
            "AU": round(self.r.uniform(48, 95), 2),
        }[self.country]

    def lat_lon(self):
        base = {"FI": (60.17, 24.94), "IL": (32.08, 34.78), "AU": (-33.87, 151.21)}[self.country]
        return round(base[0] + self.r.uniform(-0.4, 0.4), 6), round(base[1] + self.r.uniform(-0.4, 0.4), 6)

    def when(self):
        return self.iso()

    def day(self):
        return self.date(2024, 2025)


def lat(f):
    return f.lat_lon()[0]


def lon(f):
    return f.lat_lon()[1]


def piece(f):
    return f.pick(PIECES)


def composer(f):
    """Picks a piece and returns its composer; the next `title` leaf returns the same piece's title."""
    f.current_piece = f.pick(PIECES)
    return f.current_piece[0]


def title(f):
    return f.current_piece[1]


def photo_url(f):
    return f.pick(
        [
            f"https://cdn.cadenza.app/avatars/{f.uuid()}.jpg",
            f"https://cadenza-uploads.s3.ap-southeast-2.amazonaws.com/profile/{f.hexid(16)}.png",
            f"https://cdn.cadenza.app/avatars/{f.hexid(12)}_400x400.webp",
        ]
    )


def video_url(f):
    return f.pick(
        [
            f"https://media.cadenza.app/submissions/{f.uuid()}.mp4",
            f"https://vimeo.com/{f.digits(9)}",
            f"https://youtu.be/{''.join(f.r.choice('abcdefghijkLMNOPQRSTUVWXYZ0123456789_-') for _ in range(11))}",
        ]
    )


def card_token(f):
    return "pm_" + "".join(
        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)
    )


def bio(f):
    n, i = f.given(), f.pick(INSTRUMENTS)
    return f.pick(
        [
            f"{n} has been learning {i} for {f.r.randint(1, 8)} years and loves film music.",
            f"{n} ({f.r.randint(7, 17)}) studies {i} with us and plays in the junior ensemble.",
            f"This is {n}'s first recital! {n} enjoys football and {i}.",
            f"{n} is preparing for the grade {f.r.randint(1, 8)} exam on {i}.",
        ]
    )


def dedication(f):
    a, b = f.given(), f.given()
    local = {
        "FI": f"Hyvää syntymäpäivää {a}! t. {b}",
        "IL": f"{a} – mazal tov on your bat mitzvah! {b}",
        "AU": f"Congrats on finishing Year 12, {a}! From {b}",
    }[f.country]
    return f.pick(
        [
            f"Happy birthday {a}! Enjoy the concert – love, {b}",
            f"For {a}, with love from {b}",
            local,
            f"To {a} & {b}, enjoy the night out",
        ]
    )


def quick_reply(f):
    p = f.phone()
    return f.pick(
        [
            f"Running 10 min late, call me on {p} if needed",
            f"I'm at the front gate, ring {p}",
            f"Lesson moved to room 4. Questions? {p}",
            {
                "FI": f"Myöhästyn vähän, soita {p}",
                "IL": f"מאחר בכמה דקות, אפשר להתקשר {p}",
                "AU": f"Stuck in traffic – text {p}",
            }[f.country],
        ]
    )


def lesson_note(f):
    return f.pick(
        [
            "Worked on D major scale, two octaves. Left-hand fingering much better.",
            "Started the Minuet; practise bars 9–16 slowly with the metronome at 72.",
            "Great bow hold today. Homework: open strings, 5 minutes a day.",
            {
                "FI": "Harjoiteltiin asteikkoja ja prima vista -soittoa.",
                "IL": "עבדנו על סולם רה מז'ור ועל קריאה מהדף.",
                "AU": "Sight-reading practice; review dynamics on the second page.",
            }[f.country],
        ]
    )


# -- contexts of the client libraries ------------------------------------------------------------


def web_context(kind: str):
    paths = {
        "portal": ["/", "/lessons", "/lessons/book", "/students", "/billing", "/recitals"],
        "tickets": [
            "/",
            "/events",
            "/events/kevatkonsertti-2024",
            "/cart",
            "/checkout",
            "/order/confirmation",
        ],
        "apply": ["/apply", "/apply/audition", "/scholarships", "/teach-with-us"],
    }[kind]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.70.0", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://l.facebook.com/", "https://www.instagram.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "?utm_source=facebook&utm_medium=social",
                        "?instrument=cello",
                        "?lang=he",
                        "?ref=newsletter",
                    ]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Cadenza – Oppilasportaali",
                        "Cadenza | Lessons",
                        "Cadenza – כרטיסים",
                        "Tickets | Cadenza",
                    ]
                )
            ),
            "url": G(
                lambda f: (
                    f.domain({"portal": "portal", "tickets": "tickets", "apply": "www"}[kind]) + f.pick(paths)
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(
                            lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                        ),
                        "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([False, True])),
                "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
            },
            0.6,
        ),
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(
                        [
                            "kevatkonsertti_2024",
                            "open_day",
                            "scholarships_2025",
                            "summer_camp",
                            "hanukkah_gala",
                        ]
                    )
                ),
                "source": G(lambda f: f.pick(["facebook", "google", "newsletter", "instagram"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
                "content": Opt(G(lambda f: f.pick(["carousel_a", "hero", "story_1"])), 0.5),
                "term": Opt(
                    G(lambda f: f.pick(["pianotunnit espoo", "שיעורי פסנתר", "violin lessons sydney"])), 0.4
                ),
            },
            0.3,
        ),
        "consent": Opt(
            {
                "categoryPreferences": {
                    "Advertising": G(lambda f: f.pick([True, False])),
                    "Analytics": G(lambda f: True),
                    "Functional": G(lambda f: f.pick([True, False])),
                }
            },
            0.4,
        ),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Cadenza"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["4801", "4822", "4903"])),
            "namespace": G(lambda f: "app.cadenza.parents"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPad13,18", "iPhone16,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 820])),
            "height": G(lambda f: f.pick([844, 852, 1180])),
        },
        "timezone": G(lambda f: f.tz()),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {
                "email": Y(lambda f: f.email(), "email"),
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Opt(Y(lambda f: f.last(), "name"), 0.7),
            },
            0.7,
        ),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Cadenza Teacher"),
            "version": G(lambda f: f.pick(["2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["231", "240"])),
            "namespace": G(lambda f: "app.cadenza.teacher"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "2201116SG", "CPH2451"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "veux"])),
            "type": G(lambda f: "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.6),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.country])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.tz()),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; {f.pick(['SM-A546B', 'Pixel 7a'])} Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Opt(Y(lambda f: f.email(), "email"), 0.6),
            "first_name": Opt(Y(lambda f: f.first(), "name"), 0.6),
        },
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Cadenza Practice"),
            "version": G(lambda f: f.pick(["1.12.0", "1.13.2"])),
            "build": G(lambda f: f.pick(["112", "1132"])),
            "namespace": G(lambda f: "app.cadenza.practice"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Lenovo"])),
            "model": G(lambda f: f.pick(["iPad12,1", "SM-X200", "iPhone13,2", "TB-X606F"])),
            "name": G(lambda f: f.pick(["iPad", "gta8wifi", "iPhone"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.locale()),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13", "16.7"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([810, 1200, 390])),
            "height": G(lambda f: f.pick([1080, 1920, 844])),
        },
        "timezone": G(lambda f: f.tz()),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "nickname": Opt(Y(lambda f: f.given(), "name"), 0.7),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Cadenza Tickets"),
            "version": G(lambda f: f.pick(["3.0.4", "3.1.0"])),
            "build": G(lambda f: f.pick(["304", "310"])),
            "namespace": G(lambda f: "app.cadenza.tickets"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-S918B", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.locale()),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "timezone": G(lambda f: f.tz()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "1.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
        "ip": Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.4),
        "userAgent": Opt(G(lambda f: f.pick(UAS)), 0.25),
        "active": Opt(G(lambda f: False), 0.15),
    }
    if lib == "node":
        ctx["externalIds"] = Opt(
            Seq(
                [
                    {
                        "id": Y(lambda f: f.email(), "email", True),
                        "type": G(lambda f: "email"),
                        "collection": G(lambda f: "users"),
                        "encoding": G(lambda f: "none"),
                    }
                ]
            ),
            0.4,
        )
    if lib in ("python", "ruby"):
        ctx["traits"] = Opt({"email": Y(lambda f: f.email(), "email")}, 0.3)
    return ctx


CONTEXTS = {
    "portal": lambda: web_context("portal"),
    "tickets": lambda: web_context("tickets"),
    "apply": lambda: web_context("apply"),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: (lambda lib=lib: server_context(lib)) for lib in SERVER_LIBS},
}


# -- events ---------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, countries, weight, body)

ALL = ("FI", "IL", "AU")


def address_person():
    """The person's own postal address (yellow), nested Segment-spec style."""
    return {
        "street": Y(lambda f: f.street(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "postalCode": Y(lambda f: f.postcode(), "zipcode"),
        "state": Opt(G(lambda f: f.pick(AU_STATES) if f.country == "AU" else ""), 0.5),
        "country": G(lambda f: f.country),
    }


def ticket_product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(
            lambda f: (
                f"TKT-{f.r.randint(2401, 2412)}-{f.pick(['A', 'B', 'C', 'BAL'])}-{f.pick(['STD', 'CONC', 'CHD', 'FAM'])}"
            )
        ),
        "name": G(lambda f: f.pick(CONCERTS)[0]),
        "category": G(lambda f: f.pick(["Orchestral", "Chamber", "Jazz", "Student concerts", "Choral"])),
        "brand": G(lambda f: f.pick(PERFORMERS)),
        "variant": G(lambda f: f.pick(["Adult", "Concession", "Child", "Family", "Student"])),
        "price": G(lambda f: f.price(12, 75)),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "position": Opt(G(lambda f: f.r.randint(1, 24)), 0.6),
        "url": G(
            lambda f: (
                f.domain("tickets")
                + "/events/"
                + f.pick(["kevatkonsertti-2024", "mahler-5", "winter-concert", "messiah"])
            )
        ),
        "image_url": G(lambda f: f"https://cdn.cadenza.app/events/{f.hexid(10)}.jpg"),
    }


PARENT_APP = [
    (
        "identify",
        None,
        ["swift", "portal"],
        ALL,
        6,
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": Opt(address_person(), 0.7),
            "avatar": Opt(Y(photo_url, "photo"), 0.4),
            "createdAt": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["parent", "guardian", "adult_student"])),
            "childrenCount": G(lambda f: f.r.randint(0, 4)),
            "preferredLanguage": G(lambda f: f.pick(["fi", "sv", "he", "ar", "en", "ru"])),
            "plan": G(lambda f: f.pick(["family", "single", "pay_as_you_go"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "customerNumber": G(lambda f: f"C-{f.digits(6)}"),
        },
    ),
    (
        "track",
        "Student Added",
        ["swift", "portal"],
        ALL,
        4,
        {
            "student": {
                "id": G(lambda f: f.uuid()),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.child_dob(), "birthdate"),
                "age": G(lambda f: f.r.randint(5, 17)),
                "school": G(lambda f: f.school()),
                "instrument": G(lambda f: f.pick(INSTRUMENTS)),
                "level": G(lambda f: f.pick(["beginner", "intermediate", "advanced"])),
            },
            "relationship": G(lambda f: f.pick(["mother", "father", "guardian", "grandparent"])),
            "students_on_account": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Lesson Booked",
        ["swift", "portal"],
        ALL,
        10,
        {
            "lesson_id": G(lambda f: f.uuid()),
            "teacher_id": G(lambda f: f"t_{f.digits(5)}"),
            "teacher_name": Y(lambda f: f.full_name(), "name"),
            "student_id": G(lambda f: f.uuid()),
            "student_first_name": Y(lambda f: f.first(), "name"),
            "instrument": G(lambda f: f.pick(INSTRUMENTS)),
            "lesson_type": G(lambda f: f.pick(["trial", "regular", "makeup", "exam_prep"])),
            "duration_min": G(lambda f: f.pick([30, 45, 60])),
            "starts_at": G(lambda f: f.iso()),
            "room": G(lambda f: f.pick(["Studio 1", "Studio 3", "Luokka 12", "חדר 4", "Online"])),
            "location_type": G(lambda f: f.pick(["studio", "online", "student_home"])),
            "campus": G(lambda f: f.campus()),
            "price": G(lambda f: f.price()),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Lesson Cancelled",
        ["swift", "rn", "portal"],
        ALL,
        5,
        {
            "lesson_id": G(lambda f: f.uuid()),
            "reason": G(
                lambda f: f.pick(["schedule_conflict", "holiday", "school_event", "weather", "other"])
            ),
            "cancelled_by": G(lambda f: f.pick(["parent", "teacher", "admin"])),
            "hours_notice": G(lambda f: f.r.randint(0, 240)),
            "makeup_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lesson Preferences Updated",
        ["swift"],
        ALL,
        4,
        {
            "student_id": G(lambda f: f.uuid()),
            "preferred_days": Many(G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri", "sun"])), 3),
            "preferred_time": G(lambda f: f.pick(["after_school", "morning", "evening"])),
            "preferred_teacher_gender": G(lambda f: f.pick(["female", "male", "no_preference"])),
            "observes_shabbat": Y(lambda f: f.pick([True, False]), "religion"),
            "requires_step_free_access": RED(lambda f: f.pick([True, False]), "disability"),
            "contact_method": G(lambda f: f.pick(["email", "sms", "whatsapp", "push"])),
            "phone_type": G(lambda f: f.pick(["mobile", "landline"])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["swift"],
        ALL,
        4,
        {
            "student_id": G(lambda f: f.uuid()),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["grandmother", "aunt", "neighbour", "father", "mother"])),
            },
            "label": Y(lambda f: f.full_name(), "name", True),
            "source": G(lambda f: f.pick(["contact_picker", "manual"])),
            "emergency_contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Teacher Directory Searched",
        ["portal"],
        ALL,
        4,
        {
            "q": Y(lambda f: f.pick([f.family(), f.full_name(), f.given()]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "filters": {
                "instrument": G(lambda f: f.pick(INSTRUMENTS)),
                "campus": G(lambda f: f.campus()),
                "language": G(lambda f: f.pick(["fi", "sv", "en", "he", "ar", "ru"])),
            },
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["portal"],
        ALL,
        4,
        {
            "form_id": G(lambda f: f.pick(["trial_lesson", "waitlist", "newsletter"])),
            "field_name": G(lambda f: "parent_email"),
            "value": Y(lambda f: f.email(), "email", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 20000)),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["portal", "apply"],
        ALL,
        4,
        {
            "widget": G(lambda f: "callback_v2"),
            "input": Y(lambda f: f.phone(), "phone", True),
            "topic": G(lambda f: f.pick(["fees", "trial_lesson", "exams", "rental"])),
            "best_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
        },
    ),
    ("page", "Lessons", ["portal"], ALL, 10, {}),
    ("screen", "Lesson Calendar", ["swift"], ALL, 8, {"view": G(lambda f: f.pick(["week", "month"]))}),
]

STUDENT_APP = [
    (
        "identify",
        None,
        ["rn"],
        ALL,
        5,
        {
            "nickname": Y(lambda f: f.given(), "name"),
            "birthday": Y(lambda f: f.child_dob(), "birthdate"),
            "age": G(lambda f: f.r.randint(6, 17)),
            "grade_level": G(lambda f: f.pick(["1", "3", "5", "7", "9", "perustaso 2", "AMEB Grade 4"])),
            "instrument": G(lambda f: f.pick(INSTRUMENTS)),
            "school_name": G(lambda f: f.school()),
            "practice_goal_minutes": G(lambda f: f.pick([10, 15, 20, 30, 45])),
            "pet_name": G(
                lambda f: f.pick(["Pikku Myy", "Mozart", "Fluffy", "Shoko", "Nuppu", "Captain Treble"])
            ),
            "avatar_id": G(lambda f: f.pick(["fox_03", "owl_01", "koala_02", "hedgehog_05"])),
        },
    ),
    (
        "track",
        "Practice Logged",
        ["rn"],
        ALL,
        16,
        {
            "practice_id": G(lambda f: f.uuid()),
            "minutes": G(lambda f: f.r.randint(3, 75)),
            "instrument": G(lambda f: f.pick(INSTRUMENTS)),
            "pieces": Many({"composer": G(composer), "title": G(title)}, 3),
            "streak_days": G(lambda f: f.r.randint(0, 120)),
            "mood": G(lambda f: f.pick(["😀", "🙂", "😐", "😫"])),
            "parent_signed_off": G(lambda f: f.pick([True, False])),
            "recording_attached": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Practice Recording Uploaded",
        ["rn"],
        ALL,
        5,
        {
            "recording_id": G(lambda f: f.uuid()),
            "duration_sec": G(lambda f: f.r.randint(20, 600)),
            "sha256": G(lambda f: f.hexid(64)),
            "piece_title": G(lambda f: piece(f)[1]),
            "share_with_teacher": G(lambda f: f.pick([True, False])),
        },
    ),
    ("screen", "Practice Timer", ["rn"], ALL, 8, {"timer_preset": G(lambda f: f.pick([5, 10, 15, 20]))}),
]

RECITALS = [
    (
        "track",
        "Recital Sign-up Submitted",
        ["portal", "swift"],
        ALL,
        6,
        {
            "recital_id": G(lambda f: f"rec_{f.digits(4)}"),
            "recital_name": G(
                lambda f: f.pick(
                    [
                        "Spring Recital 2024",
                        "Joulumatinea",
                        "Hanukkah Student Concert",
                        "End of Term Showcase",
                    ]
                )
            ),
            "venue": {
                "name": G(
                    lambda f: f.pick(
                        ["Kallio Church Hall", "Studio Theatre", "Beit HaAm Hall", "Glebe Town Hall"]
                    )
                ),
                "address": G(lambda f: f.pick(["Itäinen Papinkatu 2", "Levontin St 5", "160 St Johns Rd"])),
                "city": G(lambda f: f.pick(["Helsinki", "Tel Aviv-Yafo", "Glebe"])),
            },
            "performer": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "age": G(lambda f: f.r.randint(6, 18)),
                "instrument": G(lambda f: f.pick(INSTRUMENTS)),
            },
            "composer": G(composer),
            "piece": G(title),
            "duration_minutes": G(lambda f: f.pick([2, 3, 4, 5, 7])),
            "accompanist_required": G(lambda f: f.pick([True, False])),
            "accompanist_name": Opt(Y(lambda f: f.full_name(), "name"), 0.5),
            "program_bio": Y(bio, "name", True),
            "wheelchair_space_required": RED(lambda f: f.pick([True, False]), "disability"),
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Ensemble Registered",
        ["portal"],
        ALL,
        4,
        {
            "ensemble_name": G(
                lambda f: f.pick(["Junior Strings", "Nuorisojousisto", "Big Band B", "Tzlil Chamber Group"])
            ),
            "ensemble_leader": Y(lambda f: f.full_name(), "name"),
            "performers": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "instrument": G(lambda f: f.pick(INSTRUMENTS)),
                    "part": G(lambda f: f.pick(["1st", "2nd", "solo", "tutti"])),
                },
                6,
            ),
            "rehearsals_per_term": G(lambda f: f.r.randint(4, 14)),
        },
    ),
]

RENTAL = [
    (
        "track",
        "Rental Agreement Started",
        ["portal", "node"],
        ALL,
        6,
        {
            "rental_id": G(lambda f: f"RNT-{f.digits(6)}"),
            "instrument": {
                "type": G(lambda f: f.pick(["violin", "cello", "flute", "clarinet", "trumpet", "viola"])),
                "brand": G(lambda f: f.pick(["Yamaha", "Stentor", "Eastman", "Buffet Crampon", "Jupiter"])),
                "size": G(lambda f: f.pick(["1/4", "1/2", "3/4", "4/4", "full"])),
                "serial_number": G(lambda f: f.pick(["J", "YF", "D"]) + f.digits(6)),
                "asset_tag": G(lambda f: f"{f.pick(['VLN', 'VC', 'FL', 'CL'])}-{f.r.randint(1, 400):04d}"),
            },
            "condition": G(lambda f: f.pick(["new", "excellent", "good", "fair"])),
            "term_months": G(lambda f: f.pick([3, 6, 12])),
            "monthly_fee": G(lambda f: f.price(10, 35)),
            "deposit_amount": G(lambda f: f.price(50, 250)),
            "currency": G(lambda f: f.currency()),
            "payment_method_id": RED(card_token, "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "renter": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "id_type": G(lambda f: f.pick(["passport", "id_card"])),
                "id_number": RED(
                    lambda f: f.pick(
                        [f.passport(), f.passport(), f.teudat_zehut() if f.country == "IL" else f.passport()]
                    ),
                    "national id|passport",
                ),
            },
            "delivery_address": Opt(
                {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "suburb": Y(lambda f: f.city(), "city"),
                    "postcode": Y(lambda f: f.postcode(), "zipcode"),
                    "state": G(lambda f: f.pick(AU_STATES) if f.country == "AU" else ""),
                },
                0.5,
            ),
        },
    ),
    (
        "track",
        "Rental Deposit Refunded",
        ["node"],
        ("FI", "IL"),
        4,
        {
            "rental_id": G(lambda f: f"RNT-{f.digits(6)}"),
            "refund_amount": G(lambda f: f.price(50, 250)),
            "deductions": G(lambda f: f.price(0, 40)),
            "condition": G(lambda f: f.pick(["new", "excellent", "good", "fair"])),
            "refund_iban": RED(lambda f: f.iban_of(f.country), "bank account"),
            "refund_account_holder": Y(lambda f: f.full_name(), "name"),
            "processed_by": G(lambda f: f"admin_{f.digits(3)}"),
        },
    ),
    (
        "track",
        "Payment Intent Succeeded",
        ["node"],
        ALL,
        6,
        {
            "payment_intent": {
                "id": G(lambda f: "pi_3" + f.hexid(23)),
                "amount": G(lambda f: f.r.randint(1500, 40000)),
                "currency": G(lambda f: f.currency().lower()),
                "status": G(lambda f: "succeeded"),
                "customer": G(lambda f: "cus_" + f.hexid(14)),
                "payment_method": RED(card_token, "token"),
                "receipt_email": Y(lambda f: f.email(), "email"),
                "description": G(
                    lambda f: f.pick(
                        ["Violin rental deposit", "Term 2 tuition", "AMEB exam fee", "Summer camp"]
                    )
                ),
                "metadata": {
                    "invoice_number": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
                },
            },
            "charge": {
                "billing_details": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
                    "address": {
                        "line1": Y(lambda f: f.street(), "address|street"),
                        "line2": Opt(
                            Y(lambda f: f.pick(["Apt 4", "Unit 12", "B 17", "דירה 3"]), "address|street"), 0.3
                        ),
                        "city": Y(lambda f: f.city(), "city"),
                        "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                        "state": G(lambda f: f.pick(AU_STATES) if f.country == "AU" else None),
                        "country": G(lambda f: f.country),
                    },
                },
                "payment_method_details": {
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "country": G(lambda f: f.country),
                    }
                },
                "receipt_url": G(lambda f: "https://pay.stripe.com/receipts/payment/" + f.hexid(40)),
            },
        },
    ),
    (
        "track",
        "Instrument Insurance Quoted",
        ["portal"],
        ALL,
        4,
        {
            "quote_id": G(lambda f: f.uuid()),
            "insured_instrument": {
                "type": G(lambda f: f.pick(["violin", "cello", "piano", "guitar", "saxophone"])),
                "maker": G(lambda f: f.pick(["Gliga", "Yamaha", "Eastman", "Martin", "Selmer"])),
                "year_made": G(lambda f: f.r.randint(1890, 2023)),
                "serialNo": Y(lambda f: f.pick(["", "SN", "E"]) + f.digits(7), "serial"),
                "estimated_value": G(lambda f: f.price(300, 9000)),
            },
            "policy_number": Y(lambda f: f"POL-{f.digits(8)}", "identification"),
            "insurer": G(
                lambda f: f.pick(["If Vakuutus", "Harel", "Allianz Australia", "Clalit Insurance", "Fennia"])
            ),
            "premium_annual": G(lambda f: f.price(20, 200)),
        },
    ),
]

EXAMS = [
    (
        "track",
        "Exam Entry Submitted",
        ["portal"],
        ("AU",),
        6,
        {
            "entry_id": G(lambda f: f.uuid()),
            "candidate": {
                "given_name": Y(lambda f: f.given(), "name"),
                "family_name": Y(lambda f: f.family(), "name"),
                "date_of_birth": Y(lambda f: f.child_dob(), "birthdate"),
                "candidate_number": G(lambda f: f"{f.r.randint(1, 7)}{f.digits(6)}"),
                "gender": Y(
                    lambda f: f.pick(["female", "male", "non-binary", "prefer not to say"]), "gender"
                ),
            },
            "teacher": {
                "ameb_teacher_id": G(lambda f: f"T{f.digits(6)}"),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "exam": {
                "board": G(lambda f: f.pick(["AMEB", "Trinity College London", "ANZCA"])),
                "syllabus": G(lambda f: f.pick(["Piano", "Piano for Leisure", "Violin", "Singing", "Flute"])),
                "grade": G(
                    lambda f: f.pick(["Preliminary", "Grade 1", "Grade 3", "Grade 5", "Grade 8", "AMusA"])
                ),
                "session": G(lambda f: f.pick(["2024 Session 2", "2024 Session 3", "2025 Session 1"])),
                "exam_type": G(lambda f: f.pick(["in_person", "online_video"])),
                "centre": G(
                    lambda f: f.pick(
                        ["Sydney Conservatorium", "Parramatta", "Melbourne – Southbank", "Perth – Nedlands"]
                    )
                ),
            },
            "fee": G(lambda f: f.price(60, 280)),
            "special_consideration": G(lambda f: f.pick([True, False])),
            "special_needs_detail": Opt(
                Y(
                    lambda f: f.pick(["dyslexia", "ADHD", "low vision", "anxiety", "autism spectrum"]),
                    "condition",
                ),
                0.4,
            ),
            "entrant_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Exam Video Submitted",
        ["portal", "rn"],
        ("AU", "IL"),
        4,
        {
            "entry_id": G(lambda f: f.uuid()),
            "video_url": Y(video_url, "photo"),
            "video_duration_sec": G(lambda f: f.r.randint(300, 2400)),
            "pieces_count": G(lambda f: f.r.randint(3, 5)),
            "checksum_md5": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Exam Result Published",
        ["python"],
        ("AU", "IL", "FI"),
        6,
        {
            "candidate_id": G(lambda f: f"{f.r.randint(1, 7)}{f.digits(6)}"),
            "exam_id": G(lambda f: f"EX{f.digits(7)}"),
            "board": G(lambda f: f.pick(["AMEB", "Trinity College London", "ABRSM"])),
            "subject": G(lambda f: f.pick(["Piano", "Violin", "Singing", "Theory"])),
            "grade": G(lambda f: f.pick(["Grade 2", "Grade 4", "Grade 6", "Grade 8"])),
            "marks": {
                "total": G(lambda f: f.r.randint(55, 98)),
                "pieces": Many(G(lambda f: f.r.randint(12, 30)), 3),
            },
            "result": G(lambda f: f.pick(["Pass", "Credit", "Merit", "Distinction", "Honours", "A+"])),
            "certificate_number": G(lambda f: f"{f.pick(['AMEB', 'TCL'])}-{f.digits(8)}"),
            "examiner_name": Y(lambda f: f.full_name(), "name"),
            "published_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Tasosuoritus Arvioitu",
        ["python"],
        ("FI",),
        5,
        {
            "oppilas_id": G(lambda f: f.digits(6)),
            "oppilaan_nimi": Y(lambda f: f.full_name(), "name"),
            "soitin": G(lambda f: f.pick(["piano", "viulu", "sello", "huilu", "kitara", "kantele", "laulu"])),
            "taso": G(
                lambda f: f.pick(["perustaso 1/3", "perustaso 2/3", "perustaso 3/3", "musiikkiopistotaso"])
            ),
            "arvosana": G(lambda f: f.r.randint(1, 5)),
            "lautakunta": Many(Y(lambda f: f.full_name(), "name"), 3),
            "suorituspaiva": G(lambda f: f.day()),
            "oppilaitos": G(
                lambda f: f.pick(["Espoon musiikkiopisto", "Tampereen konservatorio", "Turun konservatorio"])
            ),
            "lausunto": G(
                lambda f: f.pick(
                    [
                        "Tasapainoinen ohjelma, hyvä rytmitaju.",
                        "Sävy kaunis, intonaatiossa vielä työtä.",
                        "Erinomainen esiintyminen ja tyylitaju.",
                        "Tekniikka varmaa, dynamiikkaan lisää vaihtelua.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Bagrut Music Exam Registered",
        ["php"],
        ("IL",),
        5,
        {
            "mispar_zehut": RED(lambda f: f.teudat_zehut(), "national id"),
            "shem_prati": Y(lambda f: f.first(), "name"),
            "shem_mishpacha": Y(lambda f: f.last(), "name"),
            "semel_mosad": G(lambda f: f.digits(6)),
            "kita": G(lambda f: f.pick(["י", "יא", "יב"])),
            "yehidot_limud": G(lambda f: f.pick([3, 5])),
            "kli_negina": G(lambda f: f.pick(["פסנתר", "כינור", "חליל", "גיטרה", "עוד"])),
            "moed": G(lambda f: f.pick(["קיץ 2024", "חורף 2025", "קיץ 2025"])),
            "tel_horim": Y(lambda f: f.phone(), "phone"),
        },
    ),
]

SCHOLARSHIPS = [
    (
        "track",
        "Scholarship Application Submitted",
        ["node"],
        ALL,
        6,
        {
            "event_id": G(lambda f: f.hexid(10).upper()),
            "event_type": G(lambda f: "form_response"),
            "form_response": {
                "form_id": G(lambda f: f.pick(["lT4Z3j", "Xk9pQa"])),
                "token": G(lambda f: f.hexid(32)),
                "landed_at": G(lambda f: f.iso()),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {"user_id": G(lambda f: f.uuid()), "campus": G(lambda f: f.campus())},
                "definition": {
                    "id": G(lambda f: f.pick(["lT4Z3j", "Xk9pQa"])),
                    "title": G(lambda f: f.pick(["Scholarship 2025", "Apurahahaku 2025", "מלגות 2025"])),
                },
                "answers": Seq(
                    [
                        {
                            "type": G(lambda f: "text"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "short_text"),
                                "ref": G(lambda f: "student_name"),
                            },
                            "text": Y(lambda f: f.full_name(), "name", True),
                        },
                        {
                            "type": G(lambda f: "email"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "email"),
                                "ref": G(lambda f: "parent_email"),
                            },
                            "email": Y(lambda f: f.email(), "email"),
                        },
                        {
                            "type": G(lambda f: "phone_number"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "phone_number"),
                                "ref": G(lambda f: "parent_phone"),
                            },
                            "phone_number": Y(lambda f: f.phone(), "phone"),
                        },
                        {
                            "type": G(lambda f: "date"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "date"),
                                "ref": G(lambda f: "dob"),
                            },
                            "date": Y(lambda f: f.child_dob(), "birthdate", True),
                        },
                        {
                            "type": G(lambda f: "choice"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "multiple_choice"),
                                "ref": G(lambda f: "instrument"),
                            },
                            "choice": {
                                "label": G(lambda f: f.pick(["Piano", "Violin", "Cello", "Guitar", "Voice"]))
                            },
                        },
                        {
                            "type": G(lambda f: "number"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "number"),
                                "ref": G(lambda f: "household"),
                            },
                            "number": G(lambda f: f.r.randint(2, 8)),
                        },
                        {
                            "type": G(lambda f: "boolean"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "yes_no"),
                                "ref": G(lambda f: "other_siblings"),
                            },
                            "boolean": G(lambda f: f.pick([True, False])),
                        },
                    ]
                ),
            },
        },
    ),
    (
        "track",
        "Fee Support Application Submitted",
        ["portal"],
        ("AU",),
        5,
        {
            "application_id": G(lambda f: f"FSA-{f.digits(5)}"),
            "household_income": Y(lambda f: f.r.randint(25, 140) * 1000, "salary"),
            "income_band": Y(lambda f: f.pick(["<$50k", "$50k–$80k", "$80k–$120k", ">$120k"]), "salary"),
            "household_size": G(lambda f: f.r.randint(2, 8)),
            "concession_card_holder": G(lambda f: f.pick([True, False])),
            "centrelink_crn": RED(lambda f: f.crn(), "national id"),
            "aboriginal_or_torres_strait_islander": Y(
                lambda f: f.pick(["No", "Aboriginal", "Torres Strait Islander", "Both", "Prefer not to say"]),
                "ethnicity",
            ),
            "visa_subclass": RED(
                lambda f: f.pick(["200", "202", "866", "785", "Australian citizen", "Permanent resident"]),
                "visa",
            ),
            "parent_employer": G(
                lambda f: f.pick(["NSW Health", "Woolworths", "Self-employed", "City of Sydney"])
            ),
            "single_parent": G(lambda f: f.pick([True, False])),
            "statement": G(
                lambda f: f.pick(
                    [
                        "Our family has three children learning music and fees are hard this year.",
                        "We recently moved and would like to keep lessons going.",
                        "Music has helped a lot with confidence; we hope to continue.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Maksuhuojennushakemus Lähetetty",
        ["python"],
        ("FI",),
        5,
        {
            "hakemus_id": G(lambda f: f.digits(7)),
            "huoltajan_nimi": Y(lambda f: f.full_name(), "name"),
            "huoltajan_hetu": RED(lambda f: f.hetu(1965, 1995), "national id"),
            "perheen_bruttotulot_kk": Y(lambda f: f.r.randint(1800, 7500), "salary"),
            "perheen_koko": G(lambda f: f.r.randint(2, 7)),
            "oppilaan_nimi": Y(lambda f: f.full_name(), "name"),
            "toimeentulotuki": G(lambda f: f.pick([True, False])),
            "alennus_prosentti": G(lambda f: f.pick([0, 25, 50, 75])),
            "viitenumero": G(lambda f: f"{f.digits(8)}{f.r.randint(0, 9)}"),
        },
    ),
    (
        "track",
        "בקשת מלגה",
        ["php"],
        ("IL",),
        5,
        {
            "form_id": G(lambda f: f.hexid(7)),
            "form_name": G(lambda f: "טופס מלגות"),
            "שם מלא": Y(lambda f: f.full_name(), "name"),
            "טלפון": Y(lambda f: f.phone(), "phone"),
            "אימייל": Y(lambda f: f.email(), "email"),
            "עיר": Y(lambda f: f.city(), "city"),
            "מספר ילדים": G(lambda f: f.r.randint(1, 7)),
            "כלי נגינה": G(lambda f: f.pick(["פסנתר", "כינור", "חליל", "גיטרה", "עוד", "תופים"])),
            "הכנסה חודשית": Y(lambda f: f.r.randint(6000, 30000), "salary"),
            "עולה חדש": Y(lambda f: f.pick(["כן", "לא"]), "citizenship"),
            "הערות": G(
                lambda f: f.pick(["", "הילד מנגן כבר שלוש שנים", "מבקשים שיעור בימי שלישי", "תודה רבה"])
            ),
            "referer": G(lambda f: "https://www.cadenza.co.il/scholarships/"),
        },
    ),
]

TEACHERS = [
    (
        "identify",
        None,
        ["kotlin"],
        ALL,
        5,
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "mobile": Y(lambda f: f.phone(), "phone"),
            "instruments": Many(G(lambda f: f.pick(INSTRUMENTS)), 3),
            "employment_type": G(lambda f: f.pick(["employee", "contractor", "casual"])),
            "job_title": G(
                lambda f: f.pick(["Piano teacher", "Head of Strings", "Pianisti-säestäjä", "מורה לכינור"])
            ),
            "campus": G(lambda f: f.campus()),
        },
    ),
    (
        "track",
        "Availability Updated",
        ["kotlin"],
        ALL,
        7,
        {
            "teacher_id": G(lambda f: f"t_{f.digits(5)}"),
            "weekday": G(lambda f: f.pick(["monday", "tuesday", "wednesday", "thursday", "sunday"])),
            "slots": Many(
                {
                    "start": G(lambda f: f"{f.r.randint(8, 19):02d}:{f.pick(['00', '30'])}"),
                    "end": G(lambda f: f"{f.r.randint(9, 21):02d}:{f.pick(['00', '30'])}"),
                    "room": G(lambda f: f.pick(["Studio 1", "Studio 3", "Luokka 12", "חדר 4"])),
                },
                4,
            ),
            "travels_to_students": G(lambda f: f.pick([True, False])),
            "home_studio_address": Opt(Y(lambda f: f"{f.street()}, {f.city()}", "address"), 0.4),
        },
    ),
    (
        "track",
        "Calendar Feed Enabled",
        ["kotlin", "portal"],
        ALL,
        4,
        {
            "calendar_provider": G(lambda f: f.pick(["google", "outlook", "apple"])),
            "feed_url": RED(
                lambda f: f"https://api.cadenza.app/cal/{f.hexid(8)}/{f.hexid(40)}.ics", "token|secret"
            ),
            "include_student_names": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lesson Check-in",
        ["kotlin"],
        ALL,
        8,
        {
            "lesson_id": G(lambda f: f.uuid()),
            "checkin_at": G(lambda f: f.iso()),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "student_present": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lesson Notes Saved",
        ["kotlin"],
        ALL,
        7,
        {
            "lesson_id": G(lambda f: f.uuid()),
            "note": G(lesson_note),
            "homework": Many(
                G(lambda f: f.pick(["scales", "sight-reading", "piece A bars 1-16", "theory p. 12"])), 3
            ),
            "attendance": G(lambda f: f.pick(["present", "absent", "late"])),
            "shared_with_parent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Quick Reply Sent",
        ["kotlin"],
        ALL,
        4,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "template_id": G(lambda f: f.pick(["late", "room_change", "at_gate"])),
            "text": Y(quick_reply, "phone", True),
        },
    ),
    (
        "track",
        "Teacher Assigned",
        ["python", "go"],
        ALL,
        5,
        {
            "student_id": G(lambda f: f.uuid()),
            "teacher_id": G(lambda f: f"t_{f.digits(5)}"),
            "teacher": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "assigned_by": G(lambda f: f"admin_{f.digits(3)}"),
            "match_score": G(lambda f: round(f.r.random(), 3)),
            "previous_teacher_id": Opt(G(lambda f: f"t_{f.digits(5)}"), 0.4),
        },
    ),
    (
        "track",
        "Teacher Application Submitted",
        ["apply"],
        ALL,
        5,
        {
            "applicant": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "instruments": Many(G(lambda f: f.pick(INSTRUMENTS)), 3),
            "years_experience": G(lambda f: f.r.randint(0, 30)),
            "highest_qualification": G(
                lambda f: f.pick(
                    ["MMus", "BMus", "AMusA", "Musiikin kandidaatti", "B.Mus (Jerusalem Academy)"]
                )
            ),
            "right_to_work": RED(
                lambda f: f.pick(["citizen", "permanent_resident", "work_visa", "student_visa"]), "visa"
            ),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "expected_hourly_rate": Y(lambda f: f.rate(), "salary"),
        },
    ),
    (
        "track",
        "Teacher Compliance Updated",
        ["portal"],
        ("AU",),
        4,
        {
            "teacher_id": G(lambda f: f"t_{f.digits(5)}"),
            "wwcc_number": Y(lambda f: f.wwcc(), "certificate|license"),
            "wwcc_expiry": G(lambda f: f.date(2025, 2029)),
            "wwcc_verified": G(lambda f: f.pick([True, False])),
            "first_aid_certified": G(lambda f: f.pick([True, False])),
            "state": G(lambda f: f.pick(AU_STATES)),
        },
    ),
    (
        "track",
        "Pay Run Posted",
        ["dotnet"],
        ("AU",),
        6,
        {
            "PayRunID": G(lambda f: f.uuid()),
            "EmployeeID": G(lambda f: f.uuid()),
            "FirstName": Y(lambda f: f.given(), "name"),
            "LastName": Y(lambda f: f.family(), "name"),
            "DateOfBirth": Y(lambda f: f.dob(1960, 1998) + "T00:00:00", "birthdate"),
            "TaxFileNumber": RED(lambda f: f.tfn(), "national id"),
            "HomeAddress": {
                "AddressLine1": Y(lambda f: f.street(), "address|street"),
                "City": Y(lambda f: f.city(), "city"),
                "Region": G(lambda f: f.pick(AU_STATES)),
                "PostalCode": Y(lambda f: f.postcode(), "zipcode"),
                "Country": G(lambda f: "AUSTRALIA"),
            },
            "Email": Y(lambda f: f.email(), "email"),
            "Mobile": Y(lambda f: f.phone(), "phone"),
            "OrdinaryEarningsRate": Y(lambda f: f.rate(), "salary"),
            "HoursWorked": G(lambda f: round(f.r.uniform(3, 38), 2)),
            "GrossEarnings": Y(lambda f: round(f.r.uniform(300, 3500), 2), "salary"),
            "SuperFundUSI": G(lambda f: f.pick(["STA0100AU", "HOS0100AU", "AUS0100AU", "UNI0100AU"])),
            "UnionMembership": Y(lambda f: f.pick(["IEU", "MEAA", "None"]), "trade union"),
            "BankAccounts": Many(
                {
                    "AccountName": Y(lambda f: f.full_name(), "name"),
                    "BSB": G(lambda f: f.pick(["062-000", "032-001", "082-057", "013-006", "633-000"])),
                    "AccountNumber": RED(lambda f: f.digits(f.r.randint(6, 9)), "bank account"),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Palkka Maksettu",
        ["python"],
        ("FI",),
        6,
        {
            "palkansaaja_id": G(lambda f: f.digits(5)),
            "etunimet": Y(lambda f: f.given() + f.pick(["", " " + f.given()]), "name"),
            "sukunimi": Y(lambda f: f.family(), "name"),
            "henkilotunnus": RED(lambda f: f.hetu(1960, 1999), "national id"),
            "tilinumero": RED(lambda f: f.iban_of("FI"), "bank account"),
            "tuntipalkka": Y(lambda f: f.rate(), "salary"),
            "tunnit": G(lambda f: round(f.r.uniform(4, 120), 1)),
            "bruttopalkka": Y(lambda f: round(f.r.uniform(400, 4200), 2), "salary"),
            "ammattiliitto": Y(
                lambda f: f.pick(["Muusikkojen liitto", "OAJ", "JHL", "Ei jäsen"]), "trade union"
            ),
            "auton_rekisterinumero": Y(lambda f: f.plate(), "license"),
            "maksupaiva": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Teacher Payslip Generated",
        ["php"],
        ("IL",),
        6,
        {
            "mispar_oved": G(lambda f: f.digits(4)),
            "teudat_zehut": RED(lambda f: f.teudat_zehut(), "national id"),
            "shem_male": Y(lambda f: f.full_name(), "name"),
            "bank_code": G(lambda f: f.pick(["10", "11", "12", "20", "31"])),
            "snif": G(lambda f: f.digits(3)),
            "mispar_heshbon": RED(lambda f: f.digits(f.r.randint(6, 9)), "bank account"),
            "taarif_shaati": Y(lambda f: f.rate(), "salary"),
            "sachar_bruto": Y(lambda f: f.r.randint(1500, 16000), "salary"),
            "shaot": G(lambda f: round(f.r.uniform(4, 120), 1)),
            "histadrut_member": Y(lambda f: f.pick([True, False]), "trade union"),
        },
    ),
]

CONSERVATORY = [
    (
        "track",
        "Audition Application Submitted",
        ["apply"],
        ALL,
        6,
        {
            "applicant_id": G(lambda f: f"APP-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "given_names": Y(lambda f: f.given(), "name"),
            "surname": Y(lambda f: f.family(), "name"),
            "date_of_birth": Y(lambda f: f.dob(1995, 2008), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(
                    ["Finnish", "Israeli", "Australian", "Estonian", "Chinese", "Ukrainian", "Japanese"]
                ),
                "citizenship",
            ),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "residence_permit_required": RED(lambda f: f.pick([True, False]), "visa"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "programme": G(
                lambda f: f.pick(
                    ["BMus Performance", "MMus Classical Performance", "Pre-college", "Jazz BMus"]
                )
            ),
            "major_instrument": G(lambda f: f.pick(INSTRUMENTS)),
            "audition_video_url": Y(video_url, "photo"),
            "repertoire": Many({"composer": G(composer), "title": G(title)}, 4),
            "previous_school": G(
                lambda f: f.pick(
                    [
                        "Sibelius-lukio",
                        "Thelma Yellin",
                        "Sydney Conservatorium High School",
                        "Tallinn Music High School",
                    ]
                )
            ),
            "portfolio_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Trial Lesson Scheduled",
        ["ruby"],
        ALL,
        5,
        {
            "event": G(lambda f: "invitee.created"),
            "created_at": G(lambda f: f.iso()),
            "payload": {
                "invitee": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "timezone": G(lambda f: f.tz()),
                    "text_reminder_number": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
                },
                "event": {
                    "start_time": G(lambda f: f.iso()),
                    "name": G(
                        lambda f: f.pick(["Trial piano lesson (30 min)", "Kokeilutunti", "שיעור ניסיון"])
                    ),
                    "location": {
                        "type": G(lambda f: f.pick(["physical", "zoom"])),
                        "location": G(
                            lambda f: f.pick(
                                ["Studio 3, Cadenza Kallio", "Cadenza Florentin, Levontin 5", "Online"]
                            )
                        ),
                    },
                },
                "questions_and_answers": Seq(
                    [
                        {
                            "question": G(lambda f: "Which instrument?"),
                            "answer": G(lambda f: f.pick(["Piano", "Violin", "Guitar", "Drums"])),
                        },
                        {
                            "question": G(lambda f: "Student's age"),
                            "answer": G(lambda f: str(f.r.randint(5, 16))),
                        },
                    ]
                ),
            },
        },
    ),
]

TICKETS = [
    ("page", "Event Listing", ["tickets"], ALL, 14, {}),
    (
        "track",
        "Products Searched",
        ["tickets", "flutter"],
        ALL,
        6,
        {
            "query": G(
                lambda f: f.pick(
                    ["sibelius", "messiah", "youth orchestra", "jazz", "קונצרט חנוכה", "joulukonsertti"]
                )
            )
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["tickets", "flutter"],
        ALL,
        6,
        {
            "list_id": G(lambda f: f.pick(["upcoming", "family", "this_weekend"])),
            "category": G(lambda f: f.pick(["Orchestral", "Chamber", "Jazz", "Student concerts"])),
            "products": Many(ticket_product(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["tickets", "flutter"],
        ALL,
        10,
        {
            **{k: v for k, v in ticket_product().items() if k != "position"},
            "currency": G(lambda f: f.currency()),
            "performer": G(lambda f: f.pick(PERFORMERS)),
            "conductor": G(
                lambda f: f.pick(["Santtu-Matias Rouvali", "Lahav Shani", "Simone Young", "Dalia Stasevska"])
            ),
            "venue_name": G(lambda f: f.pick(CONCERTS)[1]),
            "venue_city": G(lambda f: f.pick(CONCERTS)[2]),
            "event_date": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Product Added",
        ["tickets", "flutter"],
        ALL,
        7,
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(lambda f: f"TKT-{f.r.randint(2401, 2412)}-A-STD"),
            "name": G(lambda f: f.pick(CONCERTS)[0]),
            "price": G(lambda f: f.price(12, 75)),
            "quantity": G(lambda f: f.r.randint(1, 5)),
            "seats": Many(
                {
                    "section": G(lambda f: f.pick(["Permanto", "Parvi", "Stalls", "Balcony", "יציע"])),
                    "row": G(lambda f: f.r.randint(1, 30)),
                    "seat": G(lambda f: f.r.randint(1, 40)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["tickets", "flutter"],
        ALL,
        6,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "revenue": G(lambda f: f.price(20, 300)),
            "currency": G(lambda f: f.currency()),
            "coupon": G(
                lambda f: f.pick(
                    ["", "", {"FI": "KEVAT10", "IL": "חנוכה20", "AU": "WINTER15"}[f.country], "FRIENDS"]
                )
            ),
            "products": Many(ticket_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["tickets", "flutter"],
        ALL,
        5,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "payment_method": G(lambda f: f.pick(["card", "mobilepay", "bit", "paypal", "afterpay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "isracard"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["4" + f.digits(5), "5" + f.digits(5)])),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_postcode": Y(lambda f: f.postcode(), "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["tickets", "flutter"],
        ALL,
        10,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": G(lambda f: f.uuid()),
            "order_number": G(lambda f: f"{f.pick(['FI', 'IL', 'AU'])}{f.digits(7)}"),
            "total": G(lambda f: f.price(20, 300)),
            "discount": G(lambda f: f.price(0, 20)),
            "coupon": G(
                lambda f: f.pick(
                    ["", "", {"FI": "KEVAT10", "IL": "חנוכה20", "AU": "WINTER15"}[f.country], "FRIENDS"]
                )
            ),
            "currency": G(lambda f: f.currency()),
            "products": Many(ticket_product(), 3),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.country),
            },
            "attendees": Many(
                {
                    "first_name": Y(lambda f: f.first(), "name"),
                    "last_name": Y(lambda f: f.last(), "name"),
                    "email": Opt(Y(lambda f: f.email(), "email"), 0.5),
                },
                4,
            ),
            "is_gift": G(lambda f: f.pick([True, False])),
            "gift_message": Opt(Y(dedication, "name", True), 0.3),
            "wheelchair_seating": RED(lambda f: f.pick([True, False]), "disability"),
            "companion_card": RED(lambda f: f.pick([True, False]), "disability"),
            "box_office_phone": G(
                lambda f: f.pick(["+358 9 6122 5000", "+972 3 621 1777", "(02) 9250 7777"])
            ),
            "venue_email": G(
                lambda f: f.pick(
                    [
                        "lipunmyynti@musiikkitalo.example.fi",
                        "boxoffice@melbournerecital.example.com.au",
                        "kupa@example.co.il",
                    ]
                )
            ),
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"), 0.3),
            "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"), 0.3),
            "fbp": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"), 0.4),
            "marketing_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["tickets", "node"],
        ALL,
        4,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "refund_amount": G(lambda f: f.price(10, 200)),
            "refund_reason": G(lambda f: f.pick(["event_cancelled", "customer_request", "duplicate"])),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Venues Near Me Viewed",
        ["flutter"],
        ALL,
        5,
        {
            "user_latitude": Y(lat, "geolocation"),
            "user_longitude": Y(lon, "geolocation"),
            "radius_km": G(lambda f: f.pick([5, 10, 25, 50])),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "venues": Many(
                {
                    "name": G(lambda f: f.pick(CONCERTS)[1]),
                    "lat": G(lambda f: f.pick([60.171979, -37.823, 32.072278, -33.856784])),
                    "lng": G(lambda f: f.pick([24.933598, 144.968, 34.779451, 151.215297])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Ticket Transferred",
        ["flutter"],
        ALL,
        4,
        {
            "ticket_id": G(lambda f: f.uuid()),
            "barcode": G(lambda f: f.digits(16)),
            "recipient": Y(lambda f: f.phone(), "phone", True),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Ticket Scanned",
        ["php"],
        ALL,
        8,
        {
            "ticket-id": G(lambda f: f.uuid()),
            "gate": G(lambda f: f.pick(["A", "B", "Pääovi", "VIP"])),
            "scanned-at": G(lambda f: f.iso()),
            "scanner-device": G(lambda f: f"zebra-tc21-{f.r.randint(1, 12):02d}"),
            "holder-name": Y(lambda f: f.full_name(), "name"),
            "entry-status": G(lambda f: f.pick(["admitted", "duplicate", "invalid"])),
        },
    ),
    ("screen", "Ticket Wallet", ["flutter"], ALL, 8, {"tickets_count": G(lambda f: f.r.randint(0, 8))}),
]

MESSAGING = [
    (
        "track",
        "Email Event",
        ["node"],
        ALL,
        10,
        {
            "email": Y(lambda f: f.email(), "email"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "smtp-id": G(lambda f: f"<{f.hexid(22)}@ismtpd0{f.r.randint(1, 9)}p1mdw1.sendgrid.net>"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "category": Many(G(lambda f: f.pick(["lesson_reminder", "invoice", "concert_newsletter"])), 2),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.r.randint(1, 9)}-{f.hexid(5)}"),
            "useragent": Opt(G(lambda f: f.pick(UAS)), 0.5),
            "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.5),
            "url": Opt(
                G(lambda f: f.domain("tickets") + "/events/kevatkonsertti-2024?utm_source=newsletter"), 0.3
            ),
        },
    ),
    (
        "track",
        "SMS Reminder Sent",
        ["python"],
        ALL,
        8,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+358 40 7165 200", "+97233769000", "+61 480 011 223", "Cadenza"])),
            "To": Y(lambda f: f.phone(), "phone"),
            "Body": G(
                lambda f: f.pick(
                    [
                        "Reminder: lesson tomorrow at 16:00, Studio 3. Reply C to cancel.",
                        "Muistutus: soittotunti huomenna klo 17.30. Peru vastaamalla P.",
                        "תזכורת: שיעור מחר ב-17:00. להשבת ביטול שלחו C",
                        "Your exam entry has been received. Good luck!",
                    ]
                )
            ),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered"])),
        },
    ),
]

ACCOUNT = [
    (
        "track",
        "Signup Form Submitted",
        ["portal"],
        ALL,
        5,
        {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "password": RED(
                lambda f: f.pick(["Soitto2024!", "pianO_rules9", "Korhonen#77", "noa1234!", "Kookaburra$1"]),
                "password",
            ),
            "signup_method": G(lambda f: f.pick(["email", "google", "apple"])),
            "accepted_terms": G(lambda f: True),
        },
    ),
    (
        "track",
        "Sign-in Link Clicked",
        ["portal", "swift"],
        ALL,
        5,
        {
            "link_token": RED(lambda f: f.hexid(48), "token"),
            "redirect": G(lambda f: f.pick(["/lessons", "/billing", "/recitals"])),
            "email_domain": G(lambda f: f.pick(MAIL[f.country])),
        },
    ),
    (
        "track",
        "Phone Verified",
        ["swift", "kotlin"],
        ALL,
        5,
        {
            "phone": Y(lambda f: f.phone(), "phone"),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "phone_verified": G(lambda f: True),
            "country_code": G(lambda f: {"FI": "+358", "IL": "+972", "AU": "+61"}[f.country]),
        },
    ),
    (
        "track",
        "Password Changed",
        ["portal", "kotlin"],
        ALL,
        4,
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_changed_at": G(lambda f: f.iso()),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "password_reset_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["java"],
        ALL,
        4,
        {
            "provider": G(lambda f: f.pick(["xero", "netvisor", "hashavshevet", "myob"])),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "webhook_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "school_id": G(lambda f: f"sch_{f.digits(3)}"),
        },
    ),
]

CAMP = [
    (
        "track",
        "Camp Registration Submitted",
        ["portal"],
        ("AU",),
        6,
        {
            "camp_id": G(lambda f: f.pick(["summer_strings_2025", "jazz_camp_jan"])),
            "camper": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "date_of_birth": Y(lambda f: f.child_dob(), "birthdate"),
                "age": G(lambda f: f.r.randint(8, 17)),
                "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            },
            "medicare_number": RED(lambda f: f.medicare(), "health id"),
            "health_fund": G(lambda f: f.pick(["Bupa", "Medibank", "HCF", "nib", "none"])),
            "health_fund_member_no": Y(lambda f: f.digits(8), "identification"),
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "tree nuts", "penicillin", "bee stings", "none"]), "allergy"),
                2,
            ),
            "epipen_required": Y(lambda f: f.pick([True, False]), "allergy"),
            "medical_conditions": Y(
                lambda f: f.pick(["asthma", "type 1 diabetes", "epilepsy", "none"]), "condition"
            ),
            "medications": Opt(
                Y(lambda f: f.pick(["Ventolin", "insulin", "Ritalin 10 mg"]), "medication"), 0.5
            ),
            "dietary_requirements": Y(
                lambda f: f.pick(["none", "vegetarian", "kosher", "halal", "coeliac", "vegan"]),
                "condition|religion",
            ),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "aunt", "grandparent"])),
            },
            "photo_consent": G(lambda f: f.pick([True, False])),
            "bpay_crn": G(lambda f: f.digits(10)),
        },
    ),
]

BACKOFFICE = [
    (
        "identify",
        None,
        ["python"],
        ("FI",),
        5,
        {
            "etunimi": Y(lambda f: f.given(), "name"),
            "sukunimi": Y(lambda f: f.family(), "name"),
            "sahkoposti": Y(lambda f: f.email(), "email"),
            "puhelin": Y(lambda f: f.phone(), "phone"),
            "katuosoite": Y(lambda f: f.street(), "address|street"),
            "postinumero": Y(lambda f: f.postcode(), "zipcode"),
            "postitoimipaikka": Y(lambda f: f.city(), "city"),
            "syntymaaika": Y(lambda f: f.date(2008, 2019), "birthdate"),
            "huoltajan_nimi": Y(lambda f: f.full_name(), "name"),
            "soitin": G(lambda f: f.pick(["piano", "viulu", "sello", "kantele", "laulu"])),
            "opetuspaikka": G(lambda f: f.campus()),
            "asiakasnumero": G(lambda f: f.digits(6)),
            "kieli": G(lambda f: f.pick(["fi", "sv"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        ("IL",),
        5,
        {
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "Email": Y(lambda f: f.email(), "email"),
            "MobilePhone": Y(lambda f: f.phone(), "phone"),
            "City": Y(lambda f: f.city(), "city"),
            "IdNumber": RED(lambda f: f.teudat_zehut(), "national id"),
            "BirthDate": Y(lambda f: f.child_dob() + "T00:00:00", "birthdate"),
            "KupatHolim": G(lambda f: f.pick(["Clalit", "Maccabi", "Meuhedet", "Leumit"])),
            "StudentStatus": G(lambda f: f.pick(["Active", "Waitlist", "Alumni"])),
            "CrmContactId": G(lambda f: f.uuid()),
            "PreferredLanguage": G(lambda f: f.pick(["he", "ar", "ru", "en"])),
        },
    ),
    (
        "track",
        "Student Enrollment Synced",
        ["go"],
        ALL,
        6,
        {
            "STUDENT_ID": G(lambda f: f.digits(7)),
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "GUARDIAN_EMAIL": Y(lambda f: f.email(), "email"),
            "GUARDIAN_PHONE": Y(lambda f: f.phone(), "phone"),
            "DOB": Y(lambda f: f.child_dob(), "birthdate"),
            "POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
            "ENROLLMENT_STATUS": G(lambda f: f.pick(["ACTIVE", "PAUSED", "WITHDRAWN"])),
            "TERM": G(lambda f: f.pick(["2024T3", "2024T4", "2025T1"])),
            "FEE_BALANCE": G(lambda f: f.price(-50, 600)),
            "LIFETIME_LESSONS": G(lambda f: f.r.randint(0, 400)),
        },
    ),
    (
        "group",
        None,
        ["dotnet", "node"],
        ALL,
        5,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Espoon musiikkiopisto",
                        "Cadenza Kallio",
                        "Haifa Conservatory",
                        "Inner West Music School",
                    ]
                )
            ),
            "industry": G(lambda f: "Music education"),
            "employees": G(lambda f: f.r.randint(8, 160)),
            "plan": G(lambda f: f.pick(["school", "conservatory", "enterprise"])),
            "website": G(lambda f: f.domain("www")),
            "business_id": G(lambda f: f.business_id()),
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "laskutus@espoonmusiikkiopisto.example.fi",
                        "accounts@innerwestmusic.example.com.au",
                        "hanhala@haifa-conservatory.example.co.il",
                    ]
                )
            ),
            "main_phone": G(lambda f: f.pick(["+358 9 8165 0000", "+972 4 866 1234", "(02) 9560 1122"])),
            "office_address": G(
                lambda f: f.pick(
                    [
                        "Kirkkokatu 3, 02100 Espoo",
                        "Hillel Yaffe 10, Haifa",
                        "22 Norton St, Leichhardt NSW 2040",
                    ]
                )
            ),
        },
    ),
    ("alias", None, ["node", "python", "swift"], ALL, 5, None),
]

CAMEL_EVENTS = {
    "Lesson Booked",
    "Lesson Cancelled",
    "Lesson Preferences Updated",
    "Emergency Contact Added",
    "Practice Logged",
    "Practice Recording Uploaded",
    "Lesson Check-in",
    "Availability Updated",
}


def camel(template: Any) -> Any:
    """The same template with camelCase keys: the mobile apps' tracking plan."""
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            head, *rest = key.split("_")
            out[head + "".join(w[:1].upper() + w[1:] for w in rest)] = camel(value)
        return out
    if isinstance(template, Many):
        return Many(camel(template.item), template.n)
    if isinstance(template, Opt):
        return Opt(camel(template.template), template.p)
    return template


EVENTS = PARENT_APP + STUDENT_APP + RECITALS + RENTAL + EXAMS + SCHOLARSHIPS + TEACHERS + CONSERVATORY
EVENTS += TICKETS + MESSAGING + ACCOUNT + CAMP + BACKOFFICE
EVENTS = [(k, n, c, cc, w, camel(b) if n in CAMEL_EVENTS else b) for k, n, c, cc, w, b in EVENTS]

PAGE_PROPS = {
    "Lessons": "portal",
    "Event Listing": "tickets",
}


def page_properties(kind: str):
    """analytics.js page() properties: the page name and category plus the page block."""
    paths = {"portal": ["/", "/lessons", "/lessons/book", "/billing"], "tickets": ["/", "/events", "/cart"]}[
        kind
    ]
    return {
        "name": G(lambda f: f.pick(["Lessons", "Book a lesson", "Billing", "Event Listing", "Cart"])),
        "category": G(lambda f: f.pick(["Portal", "Tickets"])),
        "path": G(lambda f: f.pick(paths)),
        "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://l.facebook.com/"])),
        "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?instrument=cello"])),
        "title": G(lambda f: f.pick(["Cadenza | Lessons", "Tickets | Cadenza", "Cadenza – Oppilasportaali"])),
        "url": G(lambda f: f.domain(kind) + f.pick(paths)),
    }


def message(f: MFake, kind, name, client, body, labels) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32), f"{f.epoch_ms()}-{f.hexid(8)}"]),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick([f"u_{f.digits(7)}", f.uuid()]),
    }
    if kind == "track":
        msg["event"] = name
    if kind in ("page", "screen"):
        msg["name"] = name
    if kind == "group":
        msg["groupId"] = f"sch_{f.digits(3)}"
    if kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    section = "traits" if kind in ("identify", "group") else "properties"
    if kind == "page":
        body = {**page_properties(PAGE_PROPS[name]), **body}
    if body is not None:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](), f, "context", labels)
    msg["integrations"] = {}
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, scale: int):
    f = MFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, countries, weight, body in EVENTS:
        for _ in range(weight * scale):
            f.country = f.pick(countries)
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


def check(events: list[dict], labels: dict[str, dict]) -> None:
    seen = {path for event in events for path, _ in flatten(event)}
    missing = seen - labels.keys()
    if missing:
        raise SystemExit(f"unlabelled paths: {sorted(missing)}")
    json.dumps(events)


if __name__ == "__main__":
    events, labels = build(seed=330, scale=5)
    check(events, labels)
    write(Path(__file__).parent, "holdout330_", events, labels)
