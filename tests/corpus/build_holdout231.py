"""Writes holdout231: tests/corpus/holdout231_events.jsonl and holdout231_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run against the engine by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout231`; the output is deterministic (seed 231).

What it covers: CurbWise, a municipal parking and traffic-fines app used by cities in Italy
(Milano, Torino, Roma, Bologna), Malaysia (DBKL, MBPJ, MBSA, MBPP) and Canada (Toronto,
Montréal, Vancouver, Ottawa). Driver accounts and vehicles, street-parking sessions and zones,
resident / visitor permits and disabled badges sold as e-commerce products, camera-issued fines,
driver nomination and appeals, towing and release, payments (Stripe, pagoPA, iPay88, FPX,
Canadian EFT), wallets and refunds, the wardens' handheld app, camera telemetry, notifications
(SMS, SendGrid), attribution (Adjust, Meta Conversions API, click ids) and reverse-ETL traits.
Messages are identify / track / page / screen / group / alias calls with the `context` blocks the
real libraries send: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and server libraries (python, node, go, java, ruby, php, Analytics.NET).
Values are generated per message around one consistent person of the message's region: Italian,
Malay, Chinese-Malaysian, Indian-Malaysian and multicultural Canadian names; national phone
formats; codici fiscali with a valid check character, MyKad numbers with real state codes, SINs
and Italian IBANs (with CIN) that pass their checksums, VINs with a valid check digit, Luhn cards.

Conventions: mostly camelCase and snake_case English keys (all `context` keys are the libraries'
own). About a fifth of the event paths use the others real customers have: PascalCase
(Analytics.NET; iPay88's and Twilio's native callback keys, ~3 % of paths), kebab-case (a tow
operator's webhook, a meter-fault form, SendGrid's `smtp-id`), SCREAMING_SNAKE (warehouse columns
sent by reverse ETL), and Italian and Malay keys from the cities' own backends (`targa`,
`codice_fiscale`, `intestatario`, `conducente`, `no_kp`, `no_plat`, `pemilik`).

Labelling rules (the product's default colours; followed exactly):
- Each leaf path: classification, type (the reference's matcher name where one fits, `a|b` when
  either is fair), value_only (true when the key does not say what the value is).
- PII is personal data about a natural person: the user, a payer, a registered owner, a nominated
  driver, household members, carers, visitors, representatives and staff (wardens, tow drivers,
  yard staff, the officer who decided an appeal). Colour is the reference's for its matcher;
  otherwise red for credentials, secrets, card numbers, bank accounts, government ids and health.
- Green: ids we or a vendor issue (user, session, notice, permit, tow, receipt, IUV, Adjust adid,
  Stripe customer and card fingerprint), versions, timestamps, hashes of non-PII, amounts, enums,
  counters and booleans under PII-sounding keys, masked card numbers, card brand / last four /
  BIN / expiry, bank codes (BIC, transit and institution numbers), country, state, province,
  locale, timezone, user agents, OS-issued analytics device ids, car makes / models / nicknames,
  zone and car-park names, companies, and business contact details (a tow company's dispatch
  line, a yard's address, a clinic's phone, a role mailbox, the SMS sender number, the support
  line a caller dialled in a telephony webhook, whose `From` is the caller's phone: yellow).
- Contested cases by the published policy: plates are yellow `license`, VINs yellow `serial`,
  driving-licence numbers yellow `license` (the reference's matcher); codice fiscale, MyKad, SIN
  and identity documents red `national id|passport`; click and advertising ids (gclid, fbclid,
  fbp, fbc, IDFA / GAID) yellow `advertising id`; billing addresses yellow; hourly rates yellow
  `salary`; Stripe `pm_` ids, one-time codes and magic-link tokens red; member and customer
  numbers, ages and age bands, marital status, job titles green.
- Special categories: a boolean or enum about the person's disability (a disabled badge holder,
  a wheelchair user, the mobility condition) is red `disability`; a veteran plate is red
  `veteran`; race and religion on Malaysian council forms are yellow `race|ethnicity` /
  `religion`. A disabled-badge number is red `disability|identification`: it identifies the
  holder and reveals the disability. A medical-certificate number is yellow `certificate`.
- Decisions where the brief leaves room (what a careful privacy owner would want flagged): where a
  person's vehicle was (a session's or chalk mark's coordinates, a violation's street, a tow
  pickup point) is the person's precise location, yellow; a fixed camera's, meter's, tow yard's
  or searched destination's place is green. A push-notification device token is red `token`.
  A hashed e-mail or phone (Meta CAPI `em`, `ph`) is still the person's identifier: yellow with
  the matcher of what was hashed. An evidence photo of a person's car and plate is yellow `photo`.
  An internal API key or enrolment token on a handheld is red `secret` / `token`.
- Free text is labelled by what every one of its values carries: the warden's `note` always names
  a plate, the support chat `text` always carries a phone number, the OTP SMS `body` always a
  code; appeal statements, feedback comments, reminder texts and violation descriptions never
  carry PII and are green. A value_only PII path holds that PII in every value.
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

IT_FIRST_F = ["Giulia", "Francesca", "Chiara", "Sofia", "Aurora", "Federica", "Elena", "Martina", "Ilaria"]
IT_FIRST_M = ["Marco", "Alessandro", "Lorenzo", "Matteo", "Giuseppe", "Davide", "Salvatore", "Andrea"]
IT_LAST = [
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Lombardi",
    "Moretti",
    "D'Angelo",
    "Barbieri",
    "Fontana",
]
MY_MALAY_M = ["Muhammad Hafiz", "Ahmad Faizal", "Mohd Azlan", "Amirul Hakim", "Syed Idris", "Khairul Anuar"]
MY_MALAY_F = ["Nurul Aisyah", "Nur Farhana", "Aida Sofea", "Fatimah Zahra", "Siti Hajar", "Nor Azura"]
MY_MALAY_FATHER = ["Ismail", "Abdullah", "Rahman", "Hassan", "Osman", "Yusof", "Kamaruddin", "Zakaria"]
MY_CN_LAST = ["Tan", "Lim", "Lee", "Wong", "Ng", "Chong", "Teh", "Ooi", "Goh", "Yap"]
MY_CN_GIVEN_M = ["Wei Ming", "Kok Leong", "Chee Keong", "Jun Hao", "Boon Hock"]
MY_CN_GIVEN_F = ["Mei Ling", "Jia Hui", "Siew Lan", "Xin Yi", "Pei Shan"]
MY_IN_M = ["Suresh", "Arjun", "Vinod", "Ganesh", "Rajesh"]
MY_IN_F = ["Kavitha", "Priya", "Devi", "Thilaga", "Shalini"]
MY_IN_FATHER = ["Krishnan", "Subramaniam", "Muthu", "Ramasamy", "Rajan", "Selvaraj"]
CA_FIRST_F = ["Émilie", "Olivia", "Harpreet", "Aiyana", "Chloé", "Siobhan", "Kateryna", "Ama", "Lan", "Yuki"]
CA_FIRST_M = ["Jean-François", "Liam", "Gurpreet", "Olumide", "Mateo", "Noah", "Mohammed", "Wei", "Rajesh"]
CA_LAST = [
    "Tremblay",
    "Gagnon",
    "MacDonald",
    "Wilson",
    "Sandhu",
    "Dhillon",
    "Zhang",
    "Cardinal",
    "Adeyemi",
    "Haddad",
    "Nguyen",
    "Alvarez",
    "Bouchard",
    "Roy",
    "O'Connor",
    "Al-Sayed",
    "Tanaka",
    "Shevchenko",
    "Patel",
    "Mensah",
    "Côté",
    "Kowalczyk",
]

CITIES = {
    "it": [
        ("Milano", "MI", "F205", (45.4642, 9.19), ["201" + d for d in "2345"], "02"),
        ("Torino", "TO", "L219", (45.0703, 7.6869), ["101" + d for d in "2345"], "011"),
        ("Roma", "RM", "H501", (41.9028, 12.4964), ["001" + d for d in "5689"], "06"),
        ("Bologna", "BO", "A944", (44.4949, 11.3426), ["401" + d for d in "234"], "051"),
    ],
    "my": [
        (
            "Kuala Lumpur",
            "Wilayah Persekutuan",
            "14",
            (3.139, 101.6869),
            ["50450", "50088", "59200", "55100"],
            "03",
        ),
        ("Petaling Jaya", "Selangor", "10", (3.1073, 101.6067), ["46000", "47300", "47400", "46150"], "03"),
        ("Shah Alam", "Selangor", "10", (3.0738, 101.5183), ["40000", "40150", "40460"], "03"),
        ("George Town", "Pulau Pinang", "07", (5.4141, 100.3288), ["10050", "10200", "10450"], "04"),
    ],
    "ca": [
        ("Toronto", "ON", "M", (43.6532, -79.3832), ["M5V", "M4C", "M6P", "M5H", "M4M"], "416"),
        ("Montréal", "QC", "H", (45.5019, -73.5674), ["H2X", "H3B", "H1N", "H2T"], "514"),
        ("Vancouver", "BC", "V", (49.2827, -123.1207), ["V6B", "V5K", "V6K"], "604"),
        ("Ottawa", "ON", "K", (45.4215, -75.6972), ["K1P", "K2G", "K1N"], "613"),
    ],
}
STREETS = {
    "Milano": [
        "Via Padova",
        "Corso Buenos Aires",
        "Viale Monza",
        "Viale Certosa",
        "Via Tortona",
        "Corso Lodi",
    ],
    "Torino": ["Via Nizza", "Via Po", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Madama Cristina"],
    "Roma": ["Via Tuscolana", "Via Nazionale", "Via dei Mille", "Viale Marconi", "Via Appia Nuova"],
    "Bologna": ["Via Indipendenza", "Via San Donato", "Via Saragozza", "Via Mazzini"],
    "Kuala Lumpur": [
        "Jalan Ampang",
        "Jalan Klang Lama",
        "Lorong Maarof",
        "Jalan Tun Razak",
        "Jalan Telawi 3",
    ],
    "Petaling Jaya": ["Jalan SS 2/24", "Jalan 14/22", "Jalan PJU 1A/3", "Jalan Gasing"],
    "Shah Alam": ["Jalan Plumbum U7/A", "Persiaran Kayangan", "Jalan Kristal 7/63"],
    "George Town": ["Persiaran Gurney", "Jalan Burma", "Lebuh Chulia", "Jalan Macalister"],
    "Toronto": ["Queen St W", "Bloor St W", "Danforth Ave", "Roncesvalles Ave", "Dundas St E"],
    "Montréal": ["rue Saint-Denis", "boul. Saint-Laurent", "rue Ontario Est", "avenue du Mont-Royal Est"],
    "Vancouver": ["Granville St", "Commercial Dr", "W Broadway", "Main St"],
    "Ottawa": ["Elgin St", "Bank St", "Rideau St", "Somerset St W"],
}
STAFF_DOMAIN = {
    "Milano": "comune.milano.it",
    "Torino": "comune.torino.it",
    "Roma": "comune.roma.it",
    "Bologna": "comune.bologna.it",
    "Kuala Lumpur": "dbkl.gov.my",
    "Petaling Jaya": "mbpj.gov.my",
    "Shah Alam": "mbsa.gov.my",
    "George Town": "mbpp.gov.my",
    "Toronto": "toronto.ca",
    "Montréal": "montreal.ca",
    "Vancouver": "vancouver.ca",
    "Ottawa": "ottawa.ca",
}
COMPANIES = {
    "it": [
        dict(
            name="Rapid Courier Srl",
            industry="Logistics",
            domain="rapidcourier.example.it",
            vat="IT04821730961",
            billing="fatture@rapidcourier.example.it",
            phone="+39 02 4851 2200",
            address="Via Gallarate 184, 20151 Milano",
        ),
        dict(
            name="Idraulica Ferri & Figli Snc",
            industry="Trades",
            domain="idraulicaferri.example.it",
            vat="IT09376140015",
            billing="amministrazione@idraulicaferri.example.it",
            phone="+39 011 562 7700",
            address="Corso Francia 98, 10143 Torino",
        ),
    ],
    "my": [
        dict(
            name="Syarikat Pengangkutan Jaya Sdn Bhd",
            industry="Logistics",
            domain="jaya.example.my",
            vat="W10-1808-32000117",
            billing="kewangan@jaya.example.my",
            phone="+60 3-7955 1200",
            address="Lot 12, Jalan Pelukis U1/46, 40150 Shah Alam",
        ),
        dict(
            name="KL Aircond Services Sdn Bhd",
            industry="Trades",
            domain="klaircond.example.my",
            vat="W24-1902-32000563",
            billing="accounts@klaircond.example.my",
            phone="+60 3-4021 8800",
            address="23, Jalan Pahang Barat, 53000 Kuala Lumpur",
        ),
    ],
    "ca": [
        dict(
            name="Maple Plumbing Inc.",
            industry="Trades",
            domain="maple-plumbing.example.ca",
            vat="784512336RT0001",
            billing="ap@maple-plumbing.example.ca",
            phone="+1 416-363-8800",
            address="220 Yonge St, Toronto ON M5B 2H1",
        ),
        dict(
            name="Livraisons Boréal Inc.",
            industry="Logistics",
            domain="boreal-livraisons.example.ca",
            vat="812204471RT0001",
            billing="comptabilite@boreal-livraisons.example.ca",
            phone="+1 514-872-4410",
            address="5000 rue Iberville, Montréal QC H2H 2S6",
        ),
    ],
}
BUSINESS = {
    "it": dict(
        clinic="+39 02 6444 1",
        registry="PRA",
        tow="Rimozioni Lombarde Srl",
        tow_phone="+39 02 8845 0000",
        tow_email="centrale@rimozionilombarde.example.it",
        yard="Depositeria Comunale Via Messina",
        yard_address="Via Messina 54, 20154 Milano",
        yard_at=(45.489021, 9.170131),
        support_line="+390287654321",
    ),
    "my": dict(
        clinic="+60 3-4040 2000",
        registry="JPJ",
        tow="Kwong Tow & Recovery Sdn Bhd",
        tow_phone="+60 3-7842 1111",
        tow_email="operasi@kwongtow.example.my",
        yard="Depoh Kenderaan DBKL Jinjang",
        yard_address="Jalan Jinjang Utara, 52000 Kuala Lumpur",
        yard_at=(3.209722, 101.655811),
        support_line="+60327180000",
    ),
    "ca": dict(
        clinic="+1 416-340-4800",
        registry="MTO",
        tow="Gadget Towing",
        tow_phone="+1 416-597-5555",
        tow_email="dispatch@gadgettowing.example.ca",
        yard="Toronto Impound Lot 3",
        yard_address="1 Commissioners St, Toronto ON M5A 1A1",
        yard_at=(43.649611, -79.350221),
        support_line="+14163383000",
    ),
}
CURRENCY = {"it": "EUR", "my": "MYR", "ca": "CAD"}
LOCALES = {"it": ["it-IT", "it-IT", "en-IT"], "my": ["ms-MY", "en-MY", "zh-MY"], "ca": ["en-CA", "fr-CA"]}
TIMEZONES = {
    "it": ["Europe/Rome"],
    "my": ["Asia/Kuala_Lumpur"],
    "ca": ["America/Toronto", "America/Vancouver"],
}
CARRIERS = {
    "it": ["TIM", "Vodafone IT", "WINDTRE", "iliad"],
    "my": ["Maxis", "CelcomDigi", "U Mobile", "unifi mobile"],
    "ca": ["Rogers", "Bell", "TELUS", "Vidéotron", "Fido"],
}
MAIL = {
    "it": ["gmail.com", "libero.it", "hotmail.it", "virgilio.it", "outlook.it", "tiscali.it"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com", "icloud.com"],
    "ca": ["gmail.com", "hotmail.ca", "outlook.com", "videotron.ca", "sympatico.ca", "icloud.com"],
}
CARS = {
    "it": [
        ("Fiat", "Panda"),
        ("Fiat", "500"),
        ("Lancia", "Ypsilon"),
        ("Volkswagen", "Golf"),
        ("Renault", "Clio"),
    ],
    "my": [
        ("Perodua", "Myvi"),
        ("Proton", "Saga"),
        ("Perodua", "Axia"),
        ("Honda", "City"),
        ("Toyota", "Vios"),
    ],
    "ca": [
        ("Honda", "Civic"),
        ("Toyota", "RAV4"),
        ("Ford", "F-150"),
        ("Hyundai", "Elantra"),
        ("Tesla", "Model 3"),
    ],
}
ZONES = {
    "it": [
        ("MI-Z3", "Zona 3 - Città Studi"),
        ("MI-Z7", "Zona 7 - Baggio"),
        ("TO-C1", "Centro - ZTL"),
        ("RM-R2", "Rione Monti"),
        ("BO-U2", "Irnerio"),
    ],
    "my": [
        ("DBKL-Z12", "Bukit Bintang"),
        ("DBKL-Z04", "Bangsar"),
        ("MBPJ-SS2", "SS2 Petaling Jaya"),
        ("MBSA-S7", "Seksyen 7"),
        ("MBPP-GT3", "Lebuh Chulia"),
    ],
    "ca": [
        ("TOR-5123", "Green P Lot 36"),
        ("TOR-2210", "Kensington Market"),
        ("MTL-PL04", "Plateau Mont-Royal"),
        ("VAN-GAS1", "Gastown"),
        ("OTT-BW2", "ByWard Market"),
    ],
}
LIBS = {
    "analytics.js": "npm:next-1.72.1",
    "analytics-swift": "1.5.11",
    "analytics-kotlin": "1.16.3",
    "analytics-react-native": "2.20.3",
    "analytics_flutter": "1.1.5",
    "analytics-python": "2.3.3",
    "@segment/analytics-node": "2.1.3",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.1",
    "Analytics.NET": "3.8.1",
}
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

CF_ODD_LETTERS = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]
CF_ODD = dict(zip(string.ascii_uppercase, CF_ODD_LETTERS, strict=True)) | dict(
    zip(string.digits, CF_ODD_LETTERS[:10], strict=True)
)
CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "_-"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
        strict=True,
    )
)
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slug(name: str) -> str:
    return "".join(c for c in ascii_fold(name).lower() if c.isalnum())


def cf_check(first15: str) -> str:
    total = sum((CF_ODD if i % 2 == 0 else CF_EVEN)[c] for i, c in enumerate(first15))
    return chr(65 + total % 26)


class P(Fake):
    """Fake plus region-aware generators and the current message's person (`self.p`)."""

    p: dict  # the message's person
    o: dict  # another person of the same region (a nominated driver)

    def letters(self, n, alphabet=PLATE_LETTERS):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def nd(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    # identifiers with checksums
    def codice_fiscale(self, first, last, dob, female, belfiore):
        def part(word, is_name):
            w = ascii_fold(word).upper().replace(" ", "").replace("'", "").replace("-", "")
            cons = [c for c in w if c.isalpha() and c not in "AEIOU"]
            vows = [c for c in w if c in "AEIOU"]
            if is_name and len(cons) >= 4:
                return cons[0] + cons[2] + cons[3]
            return ("".join(cons + vows) + "XXX")[:3]

        y, m, d = dob.split("-")
        day = int(d) + (40 if female else 0)
        body = f"{part(last, False)}{part(first, True)}{y[2:]}{'ABCDEHLMPRST'[int(m) - 1]}{day:02d}{belfiore}"
        return body + cf_check(body)

    def mykad(self, dob, state, female, dashed=None):
        y, m, d = dob.split("-")
        last = self.r.randint(0, 4) * 2 + (0 if female else 1)
        number = f"{y[2:]}{m}{d}", state, f"{self.nd(3)}{last}"
        dashed = self.r.random() < 0.6 if dashed is None else dashed
        return "-".join(number) if dashed else "".join(number)

    def sin(self):
        number = self.luhn_complete(str(self.pick([1, 2, 3, 4, 5, 6, 7, 9])) + self.nd(7))
        style = self.pick(["space", "dash", "plain"])
        if style == "plain":
            return number
        sep = " " if style == "space" else "-"
        return sep.join([number[:3], number[3:6], number[6:]])

    def iban_it(self):
        abi = self.pick(["03069", "02008", "05034", "03062", "01030", "36000"])
        cab = self.nd(5)
        conto = self.nd(12)
        raw = abi + cab + conto
        cin = chr(65 + sum((CF_ODD if i % 2 == 0 else CF_EVEN)[c] for i, c in enumerate(raw)) % 26)
        bban = cin + raw
        numeric = "".join(str(int(c, 36)) for c in bban + "IT00")
        iban = f"IT{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.5:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def vin(self):
        region = self.p["region"]
        wmi = self.pick(
            {
                "it": ["ZFA", "ZAR", "ZLA", "WVW"],
                "my": ["PM2", "PL1", "MRH", "MR0"],
                "ca": ["2HG", "2T3", "1FT", "5YJ"],
            }[region]
        )
        rest = [self.r.choice(VIN_CHARS) for _ in range(14)]
        chars = list(wmi) + rest
        chars[9] = self.pick("MNPRS")  # model year 2021..2025
        total = sum(
            (int(c) if c.isdigit() else VIN_VALUES[c]) * w for c, w in zip(chars, VIN_WEIGHTS, strict=True)
        )
        chars[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(chars)

    # region-shaped values
    def plate(self, region=None):
        region = region or self.p["region"]
        if region == "it":
            a, b, c = self.letters(2), self.nd(3), self.letters(2)
            return f"{a} {b} {c}" if self.r.random() < 0.5 else f"{a}{b}{c}"
        if region == "my":
            prefix = self.pick(["W", "V", "B", "P", "J", "A"]) + self.letters(
                self.pick([1, 2]), "ABCDEFGHJKLMNPQRSTUVWXY"
            )
            return f"{prefix} {self.r.randint(1, 9999)}"
        style = self.pick(["on", "qc", "bc"])
        if style == "on":
            return f"{self.letters(4)} {self.nd(3)}"
        if style == "qc":
            return f"{self.letters(1)}{self.nd(2)} {self.letters(3)}"
        return f"{self.letters(2)}{self.nd(1)} {self.nd(2)}{self.letters(1)}"

    def phone_for(self, region=None):
        region = region or self.p["region"]
        if region == "it":
            pre = self.pick(["320", "328", "333", "338", "340", "347", "349", "351", "366", "388", "393"])
            a, b = self.nd(3), self.nd(4)
            return self.pick([f"+39 {pre} {a} {b}", f"{pre} {a}{b}", f"+39{pre}{a}{b}", f"{pre}-{a}{b}"])
        if region == "my":
            pre = self.pick(["12", "13", "16", "17", "19", "11"])
            a, b = self.nd(4 if pre == "11" else 3), self.nd(4)
            return self.pick([f"+60 {pre}-{a} {b}", f"0{pre}-{a} {b}", f"+60{pre}{a}{b}", f"0{pre}{a}{b}"])
        area = self.pick(["416", "647", "437", "514", "438", "604", "778", "613", "343"])
        ex, line = self.r.randint(201, 989), self.nd(4)
        return self.pick(
            [f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"+1 {area} {ex} {line}", f"+1{area}{ex}{line}"]
        )

    def street_name(self, region=None):
        region = region or self.p["region"]
        city = self.p["city"] if region == self.p["region"] else self.pick(CITIES[region])[0]
        return self.pick(STREETS[city])

    def street_for(self, region=None):
        region = region or self.p["region"]
        street = self.street_name(region)
        n = self.r.randint(1, 240)
        if region == "it":
            return self.pick([f"{street} {n}", f"{street}, {n}", f"{street} {n}/{self.pick('ABC')}"])
        if region == "my":
            return self.pick(
                [f"No. {n}, {street}", f"{n}A, {street}", f"B-{self.r.randint(1, 20)}-{n % 12 + 1}, {street}"]
            )
        return self.pick(
            [
                f"{n} {street}",
                f"{n} {street}, Unit {self.r.randint(101, 2409)}",
                f"{n}-{self.r.randint(1, 9)} {street}",
            ]
        )

    def postcode_for(self, city):
        region = self.p["region"] if city is None else city[6]
        c = city or self.p["cityrow"]
        if region == "it":
            return self.pick(c[4]) + str(self.r.randint(0, 9))
        if region == "my":
            return self.pick(c[4])
        return f"{self.pick(c[4])} {self.nd(1)}{self.letters(1)}{self.nd(1)}"

    def near(self, axis):
        lat, lon = self.p["cityrow"][3]
        base = lat if axis == "lat" else lon
        return round(base + self.r.uniform(-0.04, 0.04), 6)

    def geohash(self):
        lat, lon = self.near("lat"), self.near("lon")
        alphabet = "0123456789bcdefghjkmnpqrstuvwxyz"
        lat_r, lon_r, bits, even, out, ch = [-90.0, 90.0], [-180.0, 180.0], 0, True, "", 0
        while len(out) < 8:
            rng, val = (lon_r, lon) if even else (lat_r, lat)
            mid = (rng[0] + rng[1]) / 2
            ch = ch * 2 + (val > mid)
            rng[0 if val > mid else 1] = mid
            even, bits = not even, bits + 1
            if bits == 5:
                out, bits, ch = out + alphabet[ch], 0, 0
        return out

    def ip_any(self):
        if self.r.random() < 0.8:
            return self.ipv4()
        return (
            self.pick(["2a01:e11", "2001:4860", "2405:3800", "2607:fea8"])
            + ":"
            + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))
        )

    def money_r(self, lo, hi):
        return round(self.r.uniform(lo, hi), 2)

    def new_person(self, region=None):
        region = region or self.pick(["it", "it", "my", "my", "ca", "ca", "ca"])
        female = self.r.random() < 0.5
        row = self.pick(CITIES[region])
        if region == "it":
            first = self.pick(IT_FIRST_F if female else IT_FIRST_M)
            last = self.pick(IT_LAST)
            full = f"{first} {last}"
        elif region == "my":
            kind = self.pick(["malay", "malay", "chinese", "indian"])
            if kind == "malay":
                first = self.pick(MY_MALAY_F if female else MY_MALAY_M)
                last = self.pick(MY_MALAY_FATHER)
                full = f"{first} {'binti' if female else 'bin'} {last}"
            elif kind == "chinese":
                first = self.pick(MY_CN_GIVEN_F if female else MY_CN_GIVEN_M)
                last = self.pick(MY_CN_LAST)
                full = f"{last} {first}"
            else:
                first = self.pick(MY_IN_F if female else MY_IN_M)
                last = self.pick(MY_IN_FATHER)
                full = f"{first} {'a/p' if female else 'a/l'} {last}"
        else:
            first = self.pick(CA_FIRST_F if female else CA_FIRST_M)
            last = self.pick(CA_LAST)
            full = f"{first} {last}"
        dob = self.date(1948, 2004)
        fa = ascii_fold(first).lower().replace(" ", "").replace("-", "")
        la = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
        local = self.pick(
            [f"{fa}.{la}", f"{fa}{la}{dob[2:4]}", f"{fa[0]}{la}", f"{fa}_{la}{self.r.randint(1, 99)}"]
        )
        p = {"region": region, "female": female, "first": first, "last": last, "full": full, "dob": dob}
        p["email"] = f"{local}@{self.pick(MAIL[region])}"
        p["cityrow"] = (*row, region)
        p["city"] = row[0]
        p["state"] = row[1]
        p["cur"] = CURRENCY[region]
        self.p = p
        p["phone"] = self.phone_for(region)
        p["street"] = self.street_for(region)
        p["postcode"] = self.postcode_for(p["cityrow"])
        p["plate"] = self.plate(region)
        p["car"] = self.pick(CARS[region])
        p["zone"] = self.pick(ZONES[region])
        p["company"] = self.pick(COMPANIES[region])
        p["business"] = BUSINESS[region]
        if region == "it":
            p["nid"] = self.codice_fiscale(first, last, dob, female, row[2])
        elif region == "my":
            p["nid"] = self.mykad(dob, row[2], female)
        else:
            p["nid"] = self.sin()
        return p

    def other(self, region=None):
        """Another person of the message's region (a recipient, a dependant, staff)."""
        keep = self.p
        other = self.new_person(region or keep["region"])
        self.p = keep
        return other

    def licence_no(self, region=None):
        region = region or self.p["region"]
        if region == "it":
            return self.pick(["MI", "TO", "RM", "BO", "U1"]) + self.nd(7) + self.letters(1)
        if region == "my":
            return self.mykad(
                self.date(1960, 2004), self.pick(["14", "10", "07"]), self.r.random() < 0.5, True
            )
        letter = ascii_fold(self.p["last"])[0].upper()
        return self.pick(
            [
                f"{letter}{self.nd(4)}-{self.nd(5)}-{self.nd(5)}",
                f"{letter}{self.nd(4)}-{self.nd(6)}-{self.nd(2)}",
            ]
        )

    def id_document(self):
        region = self.p["region"]
        kind = self.pick(["passport", "id"])
        if region == "it":
            return self.letters(2) + self.nd(7) if kind == "passport" else "CA" + self.nd(5) + self.letters(2)
        if region == "my":
            return (
                self.pick("AH") + self.nd(8) if kind == "passport" else self.mykad(self.date(), "14", False)
            )
        return self.letters(2) + self.nd(6)

    def bank_account(self):
        region = self.p["region"]
        if region == "my":
            return self.pick(["5" + self.nd(11), "80" + self.nd(12), "3" + self.nd(9), "1" + self.nd(11)])
        return self.nd(7) if self.r.random() < 0.7 else self.nd(12)

    def photo_url(self, kind):
        return f"https://evidence.curbwise.io/{kind}/{self.uuid()}.jpg"


def cur(f):
    return f.p["cur"]


def amount(lo, hi):
    return lambda f: f.money_r(lo, hi)


def ts(f):
    return f.iso()


def uid(f):
    return f.uuid()


def pick(*items):
    return lambda f: f.pick(list(items))


# -- contexts ---------------------------------------------------------------------------------------

MOBILE_LIBS = ["analytics-swift", "analytics-kotlin", "analytics-react-native", "analytics_flutter"]
SERVER_LIBS = [
    "analytics-python",
    "@segment/analytics-node",
    "analytics-go",
    "analytics-java",
    "analytics-ruby",
    "analytics-php",
    "Analytics.NET",
]


def lib(name):
    return {"name": G(lambda f: name), "version": G(lambda f: LIBS[name])}


def web_context(f: P):
    region = f.p["region"]
    city = ascii_fold(f.p["city"]).lower().replace(" ", "-")
    path = f.pick(
        [
            f"/{region}/{city}/sosta",
            f"/{region}/{city}/fines",
            "/account/vehicles",
            "/permits/resident",
            "/pay",
        ]
    )
    return {
        "library": lib("analytics.js"),
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                pick(
                    "https://www.google.com/", "", "https://www.comune.milano.it/", "https://www.toronto.ca/"
                )
            ),
            "search": G(pick("", "?utm_source=council_site&utm_medium=referral", "?lang=en", "?ref=sms")),
            "title": G(
                pick("CurbWise - Pay parking", "Pay a fine | CurbWise", "Resident permits · CurbWise")
            ),
            "url": G(lambda f: "https://app.curbwise.io" + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pick("124", "123", "99")),
                },
                3,
            ),
            "mobile": G(pick(False, True)),
            "platform": G(pick("macOS", "Windows", "Android", "Linux")),
        },
        "locale": G(lambda f: f.pick(LOCALES[region])),
        "timezone": G(lambda f: f.pick(TIMEZONES[region])),
        "ip": Y(lambda f: f.ip_any(), "ip"),
        "campaign": {
            "name": G(pick("permit_renewal_2024", "app_launch_pj", "fines_paperless")),
            "source": G(pick("google", "facebook", "council_newsletter", "sms")),
            "medium": G(pick("cpc", "email", "social", "referral")),
            "term": G(
                pick("parcheggio milano app", "bayar saman mbpj", "green p parking app", "pay parking ticket")
            ),
            "content": G(pick("hero_cta", "textlink", "carousel_2")),
        },
    }


def mobile_context(f: P, library=None):
    region = f.p["region"]
    library = library or f.pick(MOBILE_LIBS)
    ios = library == "analytics-swift" or (library != "analytics-kotlin" and f.r.random() < 0.45)
    ctx = {
        "app": {
            "name": G(lambda f: "CurbWise"),
            "version": G(pick("4.18.0", "4.18.2", "4.19.0")),
            "build": G(pick("41800", "41802", "41900")),
            "namespace": G(lambda f: "io.curbwise.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if ios else f.hexid(16)),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(["samsung", "Google", "Xiaomi", "OPPO"])),
            "model": G(
                lambda f: f.pick(
                    ["iPhone14,5", "iPhone15,4", "iPhone16,1"]
                    if ios
                    else ["SM-A546E", "Pixel 8", "2201117TY", "CPH2591"]
                )
            ),
            "name": G(lambda f: "iPhone" if ios else f.pick(["a54x", "shiba", "spes", "OP5A0BL1"])),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": lib(library),
        "locale": G(lambda f: f.pick(LOCALES[region])),
        "timezone": G(lambda f: f.pick(TIMEZONES[region])),
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "carrier": G(lambda f: f.pick(CARRIERS[region])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"] if ios else ["14", "13", "12"])),
        },
        "screen": {"width": G(pick(390, 393, 412, 1080)), "height": G(pick(844, 852, 915, 2340))},
    }
    if library != "analytics_flutter":
        ctx["instanceId"] = G(uid)
        ctx["traits"] = {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "preferredLanguage": G(lambda f: f.pick(LOCALES[region])[:2]),
        }
    if library in ("analytics-kotlin", "analytics-react-native"):
        ctx["location"] = {
            "latitude": Y(lambda f: f.near("lat"), "geolocation"),
            "longitude": Y(lambda f: f.near("lon"), "geolocation"),
            "speed": G(pick(0.0, 0.4, 1.2, 8.3)),
        }
    if not ios:
        ctx["userAgent"] = G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; {f.pick(['SM-A546E', 'Pixel 8'])} "
                "Build/UP1A.231005.007)"
            )
        )
        ctx["screen"]["density"] = G(pick(2.625, 2.75, 3.0))
    if f.r.random() < 0.5:
        ctx["device"]["adTrackingEnabled"] = G(pick(True, False))
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper() if ios else f.uuid(), "advertising id")
    if ios and f.r.random() < 0.6:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def server_context(f: P, library=None):
    library = library or f.pick(SERVER_LIBS)
    ctx = {"library": lib(library)}
    if library in ("@segment/analytics-node", "analytics-php", "analytics-ruby") and f.r.random() < 0.6:
        ctx["ip"] = Y(lambda f: f.ip_any(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    return ctx


def enforce_context(f: P):
    """The wardens' handheld app (analytics-kotlin on rugged Android devices)."""
    region = f.p["region"]
    return {
        "app": {
            "name": G(lambda f: "CurbWise Enforce"),
            "version": G(pick("2.7.3", "2.8.0")),
            "build": G(pick("273", "280")),
            "namespace": G(lambda f: "io.curbwise.enforce"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("Zebra Technologies", "Honeywell")),
            "model": G(pick("TC58", "CT45", "TC53")),
            "type": G(lambda f: "android"),
        },
        "library": lib("analytics-kotlin"),
        "instanceId": G(uid),
        "os": {"name": G(lambda f: "Android"), "version": G(pick("13", "11"))},
        "locale": G(lambda f: f.pick(LOCALES[region])),
        "timezone": G(lambda f: f.pick(TIMEZONES[region])),
        "network": {
            "wifi": G(lambda f: False),
            "cellular": G(lambda f: True),
            "carrier": G(lambda f: f.pick(CARRIERS[region])),
        },
    }


def context_for(f: P, client: str):
    if client == "web":
        return web_context(f)
    if client == "mobile":
        return mobile_context(f)
    if client in MOBILE_LIBS:
        return mobile_context(f, client)
    if client == "enforce":
        return enforce_context(f)
    if client == "server":
        return server_context(f)
    return server_context(f, client)


# -- shared shapes ----------------------------------------------------------------------------------


def zone_code(f):
    return f.p["zone"][0]


def money_pair():
    return {"amount": G(amount(1, 90)), "currency": G(cur)}


def product():
    return {
        "product_id": G(lambda f: "prm_" + f.hexid(10)),
        "sku": G(lambda f: f"PRM-{f.p['zone'][0]}-{f.pick(['R', 'V', 'B'])}-{f.pick(['1M', '3M', '12M'])}"),
        "name": G(
            lambda f: f.pick(
                {
                    "it": ["Permesso residenti 12 mesi", "Abbonamento sosta mensile", "Carnet 10 ore"],
                    "my": ["Pas Bulanan Letak Kereta", "Kupon Parkir 50 jam", "Pas Penduduk Tahunan"],
                    "ca": ["Resident Permit - 12 months", "Monthly Green P Pass", "Visitor Permit - 7 days"],
                }[f.p["region"]]
            )
        ),
        "category": G(pick("permits", "passes", "prepaid_hours")),
        "variant": G(pick("1M", "3M", "12M", "10h")),
        "price": G(amount(5, 420)),
        "quantity": G(lambda f: f.r.randint(1, 2)),
    }


def address_block(prefix_keys=("line1", "line2", "city", "postal_code", "state", "country")):
    k1, k2, kc, kp, ks, kn = prefix_keys
    return {
        k1: Y(lambda f: f.p["street"], "address|street"),
        k2: Y(
            lambda f: f.pick(["Scala B, int. 4", "Apt 1203", "Unit 7", "Blok C", "2nd floor"]),
            "address|street",
        ),
        kc: Y(lambda f: f.p["city"], "city"),
        kp: Y(lambda f: f.p["postcode"], "zipcode"),
        ks: G(lambda f: f.p["state"]),
        kn: G(lambda f: {"it": "IT", "my": "MY", "ca": "CA"}[f.p["region"]]),
    }


# -- templates: (type, event or page/screen name, client, region or None, body) ----------------------

TEMPLATES = [
    # -- identity ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        "mobile",
        None,
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "address": {
                "street": Y(lambda f: f.p["street"], "address|street"),
                "city": Y(lambda f: f.p["city"], "city"),
                "postalCode": Y(lambda f: f.p["postcode"], "zipcode"),
                "state": G(lambda f: f.p["state"]),
                "country": G(lambda f: {"it": "Italy", "my": "Malaysia", "ca": "Canada"}[f.p["region"]]),
            },
            "birthday": Y(lambda f: f.p["dob"], "birthdate"),
            "avatar": Y(lambda f: f"https://cdn.curbwise.io/avatars/{f.hexid(20)}.jpg", "photo"),
            "createdAt": G(ts),
            "plan": G(pick("payg", "resident_plus", "commuter", "fleet_driver")),
            "memberNumber": G(lambda f: "CW" + f.digits(8)),
            "ageBand": G(pick("18-24", "25-34", "35-44", "45-54", "55-64", "65+")),
            "vehiclesCount": G(lambda f: f.r.randint(1, 4)),
            "finesOutstanding": G(lambda f: f.r.randint(0, 5)),
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "marketingOptIn": G(pick(True, False)),
            "hasDisabledBadge": RED(pick(True, False, False), "disability"),
        },
    ),
    (
        "identify",
        None,
        "analytics-python",
        "it",
        {
            "first_name": Y(lambda f: f.p["first"], "name"),
            "last_name": Y(lambda f: f.p["last"], "name"),
            "fiscal_code": RED(lambda f: f.p["nid"], "national id"),
            "email": Y(lambda f: f.p["email"], "email"),
            "pec_email": Y(
                lambda f: f"{slug(f.p['first'])}.{slug(f.p['last'])}@pec.it",
                "email",
            ),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "address": Y(lambda f: f.p["street"], "address|street"),
            "postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
            "city": Y(lambda f: f.p["city"], "city"),
            "province": G(lambda f: f.p["state"]),
            "birth_date": Y(lambda f: f.p["dob"], "birthdate"),
            "birth_place": Y(
                pick("Napoli", "Palermo", "Bari", "Milano", "Torino", "Catania", "Tirana", "Lima"), "city"
            ),
            "marital_status": G(pick("celibe/nubile", "coniugato/a", "divorziato/a", "vedovo/a")),
            "ztl_resident": G(pick(True, False)),
            "marketing_consent": G(pick(True, False)),
            "registered_at": G(ts),
            "municipal_user_id": G(lambda f: f.digits(9)),
        },
    ),
    (
        "identify",
        None,
        "analytics-php",
        "my",
        {
            "nama_penuh": Y(lambda f: f.p["full"], "name"),
            "no_kp": RED(lambda f: f.p["nid"], "national id"),
            "emel": Y(lambda f: f.p["email"], "email"),
            "no_telefon": Y(lambda f: f.p["phone"], "phone"),
            "alamat": {
                "baris1": Y(lambda f: f.p["street"], "address|street"),
                "baris2": Y(
                    pick("Taman Tun Dr Ismail", "Bandar Utama", "Seksyen 13", "Taman Melawati", "Jelutong"),
                    "address|street",
                ),
                "poskod": Y(lambda f: f.p["postcode"], "zipcode"),
                "bandar": Y(lambda f: f.p["city"], "city"),
                "negeri": G(lambda f: f.p["state"]),
            },
            "jantina": Y(lambda f: "Perempuan" if f.p["female"] else "Lelaki", "gender"),
            "tarikh_lahir": Y(lambda f: "/".join(reversed(f.p["dob"].split("-"))), "birthdate"),
            "bangsa": Y(pick("Melayu", "Cina", "India", "Bumiputera Sabah", "Lain-lain"), "race|ethnicity"),
            "agama": Y(pick("Islam", "Buddha", "Hindu", "Kristian", "Lain-lain"), "religion"),
            "warganegara": Y(pick("Warganegara", "Bukan Warganegara", "Penduduk Tetap"), "citizenship"),
            "bahasa": G(pick("ms", "en", "zh")),
            "akaun_dicipta": G(ts),
            "id_pengguna": G(lambda f: f.digits(7)),
            "status_akaun": G(pick("AKTIF", "DIGANTUNG", "BARU")),
        },
    ),
    (
        "identify",
        None,
        "Analytics.NET",
        "ca",
        {
            "FirstName": Y(lambda f: f.p["first"], "name"),
            "LastName": Y(lambda f: f.p["last"], "name"),
            "Email": Y(lambda f: f.p["email"], "email"),
            "MobilePhone": Y(lambda f: f.p["phone"], "phone"),
            "HomeAddress": {
                "Line1": Y(lambda f: f.p["street"], "address|street"),
                "Line2": Y(pick("Apt 1203", "Unit 7", "app. 4", "Suite 210", "Basement"), "address|street"),
                "City": Y(lambda f: f.p["city"], "city"),
                "Province": G(lambda f: f.p["state"]),
                "PostalCode": Y(lambda f: f.p["postcode"], "zipcode"),
            },
            "DriverLicenceNumber": Y(lambda f: f.licence_no(), "license"),
            "DateOfBirth": Y(lambda f: f.p["dob"] + "T00:00:00", "birthdate"),
            "PreferredLanguage": G(pick("en", "fr")),
            "AccountCreatedUtc": G(ts),
            "CustomerNumber": G(lambda f: f.digits(10)),
            "IsVeteranPlateHolder": RED(pick(True, False, False, False), "veteran"),
            "AccessiblePermitHolder": RED(pick(True, False, False), "disability"),
            "PaperlessNotices": G(pick(True, False)),
        },
    ),
    (
        "identify",
        None,
        "analytics-python",
        None,
        {
            "EMAIL": Y(lambda f: f.p["email"], "email"),
            "FIRST_NAME": Y(lambda f: f.p["first"], "name"),
            "LAST_NAME": Y(lambda f: f.p["last"], "name"),
            "HOME_POSTAL_CODE": Y(lambda f: f.p["postcode"], "zipcode"),
            "PRIMARY_PLATE": Y(lambda f: f.p["plate"], "license"),
            "LIFETIME_PARKING_SPEND": G(amount(0, 4800)),
            "LIFETIME_FINES_PAID": G(amount(0, 900)),
            "OUTSTANDING_NOTICES": G(lambda f: f.r.randint(0, 4)),
            "LAST_SESSION_AT": G(ts),
            "DAYS_SINCE_SIGNUP": G(lambda f: f.r.randint(1, 1900)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "SEGMENT": G(pick("daily_commuter", "weekend_visitor", "resident", "fleet")),
            "HAS_ACTIVE_PERMIT": G(pick(True, False)),
        },
    ),
    (
        "group",
        None,
        "@segment/analytics-node",
        None,
        {
            "name": G(lambda f: f.p["company"]["name"]),
            "industry": G(lambda f: f.p["company"]["industry"]),
            "plan": G(pick("fleet_basic", "fleet_pro", "enterprise")),
            "employees": G(lambda f: f.r.randint(4, 900)),
            "fleetSize": G(lambda f: f.r.randint(2, 300)),
            "website": G(lambda f: "https://www." + f.p["company"]["domain"]),
            "vatNumber": G(lambda f: f.p["company"]["vat"]),
            "billingEmail": G(lambda f: f.p["company"]["billing"]),
            "officePhone": G(lambda f: f.p["company"]["phone"]),
            "officeAddress": G(lambda f: f.p["company"]["address"]),
            "country": G(lambda f: f.p["region"].upper()),
            "primaryContact": {
                "name": Y(lambda f: f.p["full"], "name"),
                "email": Y(lambda f: f.p["email"], "email"),
                "phone": Y(lambda f: f.p["phone"], "phone"),
                "title": G(pick("Fleet Manager", "Office Manager", "Operations Lead", "Owner")),
            },
        },
    ),
    ("alias", None, "web", None, {}),
    # -- pages and screens ------------------------------------------------------------------------
    (
        "page",
        "Landing",
        "web",
        None,
        {
            "path": G(pick("/", "/it", "/my", "/ca")),
            "url": G(pick("https://curbwise.io/", "https://curbwise.io/it", "https://curbwise.io/ca")),
            "title": G(pick("CurbWise — pay parking from your phone", "CurbWise")),
            "referrer": G(
                pick("https://www.google.com/", "https://l.facebook.com/", "https://www.google.com.my/")
            ),
            "search": G(
                pick("?utm_source=google&utm_medium=cpc", "?utm_source=facebook&utm_medium=paid_social")
            ),
            "gclid": Y(
                lambda f: "Cj0KCQjw" + f.letters(60, URLSAFE),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: "IwAR" + f.letters(58, URLSAFE),
                "advertising id",
            ),
            "experiment": G(pick("hero_v2", "control")),
        },
    ),
    (
        "page",
        "Pay a Fine",
        "web",
        None,
        {
            "path": G(pick("/pay", "/fines/lookup")),
            "url": G(pick("https://app.curbwise.io/pay", "https://app.curbwise.io/fines/lookup")),
            "title": G(pick("Pay a fine | CurbWise", "Paga un verbale | CurbWise", "Bayar saman | CurbWise")),
            "referrer": G(pick("", "https://www.toronto.ca/services-payments/", "https://www.mbpj.gov.my/")),
            "search": G(pick("", "?lang=fr", "?src=letter_qr")),
            "category": G(lambda f: "fines"),
        },
    ),
    (
        "screen",
        "Map",
        "mobile",
        None,
        {
            "zoom": G(lambda f: round(f.r.uniform(12, 18), 1)),
            "layer": G(pick("zones", "car_parks", "ev_chargers")),
        },
    ),
    (
        "screen",
        "Session Detail",
        "mobile",
        None,
        {
            "session_id": G(uid),
            "zone_code": G(zone_code),
            "minutes_left": G(lambda f: f.r.randint(0, 180)),
        },
    ),
    # -- accounts and sign-in ---------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        "mobile",
        None,
        {
            "signup_method": G(pick("email", "google", "apple", "phone")),
            "email": Y(lambda f: f.p["email"], "email"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "first_name": Y(lambda f: f.p["first"], "name"),
            "referral_code": G(lambda f: f.letters(6)),
            "marketing_consent": G(pick(True, False)),
            "country": G(lambda f: {"it": "IT", "my": "MY", "ca": "CA"}[f.p["region"]]),
            "city_tenant": G(lambda f: f.p["city"]),
        },
    ),
    (
        "track",
        "Sign In Form Submitted",
        "web",
        None,
        {
            "form_id": G(lambda f: "login-form"),
            "fields": {
                "email": Y(lambda f: f.p["email"], "email"),
                "password": RED(
                    lambda f: f.pick(
                        [
                            f.p["first"].lower() + f.nd(4),
                            "Parcheggio!" + f.nd(2),
                            f.letters(10, "abcdefghijkmnpqrstuvwxyz23456789") + "#",
                        ]
                    ),
                    "password",
                ),
                "remember_me": G(pick(True, False)),
            },
            "duration_ms": G(lambda f: f.r.randint(1200, 40000)),
        },
    ),
    (
        "track",
        "Login Failed",
        "@segment/analytics-node",
        None,
        {
            "identifier": Y(lambda f: f.p["email"], "email", True),
            "reason": G(pick("bad_password", "unknown_user", "locked", "mfa_failed")),
            "failed_attempts": G(lambda f: f.r.randint(1, 6)),
            "ip": Y(lambda f: f.ip_any(), "ip"),
            "captcha_shown": G(pick(True, False)),
            "account_locked": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "analytics-go",
        None,
        {
            "channel": G(pick("sms", "whatsapp", "voice")),
            "to": Y(lambda f: f.p["phone"], "phone", True),
            "otp": RED(lambda f: f.nd(6), "token|secret"),
            "expires_in_s": G(pick(300, 600)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(pick("twilio", "vonage", "messagebird")),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "analytics-ruby",
        None,
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "link": RED(
                lambda f: f"https://app.curbwise.io/auth/magic?token={f.hexid(48)}&redirect=%2Faccount",
                "token",
                True,
            ),
            "redirect_path": G(pick("/account", "/pay", "/permits")),
            "expires_at": G(ts),
        },
    ),
    (
        "track",
        "Password Changed",
        "analytics-java",
        None,
        {
            "password_strength": G(pick("weak", "fair", "strong")),
            "password_length": G(lambda f: f.r.randint(8, 24)),
            "changed_via": G(pick("settings", "reset_link")),
            "mfa_enabled": G(pick(True, False)),
        },
    ),
    # -- vehicles ---------------------------------------------------------------------------------
    (
        "track",
        "Vehicle Added",
        "mobile",
        None,
        {
            "vehicle_id": G(lambda f: "veh_" + f.hexid(12)),
            "plate": Y(lambda f: f.p["plate"], "license"),
            "plate_region": G(lambda f: f.p["state"]),
            "make": G(lambda f: f.p["car"][0]),
            "model": G(lambda f: f.p["car"][1]),
            "year": G(lambda f: f.r.randint(2006, 2024)),
            "colour": G(pick("white", "grey", "black", "red", "silver", "blue")),
            "fuel_type": G(pick("petrol", "diesel", "hybrid", "electric", "lpg")),
            "nickname": G(pick("Daily", "Work van", "La Panda", "Kancil", "Weekend car", "Mum's car")),
            "vin": Y(lambda f: f.vin(), "serial"),
            "registered_owner_name": Y(lambda f: f.pick([f.p["full"], f.o["full"]]), "name"),
            "is_default": G(pick(True, False)),
            "veteran_plate": RED(pick(True, False, False, False), "veteran"),
            "ev_discount_eligible": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Plate Entered",
        "mobile",
        None,
        {
            "field": {
                "name": G(lambda f: "plate_input"),
                "value": Y(lambda f: f.plate(), "license", True),
            },
            "source": G(pick("manual", "camera_ocr")),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
            "keyboard": G(pick("alphanumeric", "default")),
        },
    ),
    # -- parking sessions -------------------------------------------------------------------------
    (
        "track",
        "Parking Session Started",
        "mobile",
        None,
        {
            "session_id": G(uid),
            "zone_code": G(zone_code),
            "zone_name": G(lambda f: f.p["zone"][1]),
            "city": G(lambda f: f.p["city"]),
            "plate": Y(lambda f: f.p["plate"], "license"),
            "location": {
                "lat": Y(lambda f: f.near("lat"), "geolocation"),
                "lng": Y(lambda f: f.near("lon"), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
            "meter_id": G(lambda f: f.pick(["PM", "MTR", "P"]) + f.digits(5)),
            "rate_per_hour": G(amount(0.5, 4.5)),
            "currency": G(cur),
            "planned_duration_min": G(pick(30, 60, 90, 120, 180)),
            "payment_method": G(pick("card", "wallet", "apple_pay", "google_pay", "tng_ewallet")),
            "resident_rate": G(pick(True, False)),
            "started_at": G(ts),
            "ends_at": G(ts),
        },
    ),
    (
        "track",
        "Parking Session Extended",
        "mobile",
        None,
        {
            "session_id": G(uid),
            "zone_code": G(zone_code),
            "added_minutes": G(pick(15, 30, 60)),
            "new_ends_at": G(ts),
            "cost": G(amount(0.5, 9)),
            "currency": G(cur),
            "extension_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Parking Session Ended",
        "server",
        None,
        {
            "session_id": G(uid),
            "zone_code": G(zone_code),
            "duration_min": G(lambda f: f.r.randint(5, 600)),
            "total_cost": G(amount(0.5, 40)),
            "currency": G(cur),
            "ended_by": G(pick("user", "timeout", "geofence_exit")),
            "receipt_number": G(lambda f: f"R{f.r.randint(2023, 2024)}-{f.digits(8)}"),
            "geohash": Y(lambda f: f.geohash(), "geolocation"),
        },
    ),
    (
        "track",
        "Destination Searched",
        "mobile",
        None,
        {
            "query": G(
                pick(
                    "duomo",
                    "stazione centrale",
                    "Mid Valley Megamall",
                    "KLCC",
                    "Rogers Centre",
                    "Vieux-Port",
                    "ospedale niguarda",
                    "Sunway Pyramid",
                    "CN Tower parking",
                    "Politecnico",
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "session_token": G(uid),
            "selected_place": {
                "name": G(
                    pick(
                        "Piazza del Duomo",
                        "Mid Valley Megamall",
                        "Rogers Centre",
                        "Stazione Porta Nuova",
                        "Sunway Pyramid",
                    )
                ),
                "address": G(
                    pick(
                        "Piazza del Duomo, 20122 Milano MI",
                        "Lingkaran Syed Putra, 59200 Kuala Lumpur",
                        "1 Blue Jays Way, Toronto, ON M5V 1J1",
                        "Corso Vittorio Emanuele II 58, 10121 Torino",
                    )
                ),
                "place_id": G(lambda f: "ChIJ" + f.letters(23, URLSAFE)),
                "lat": G(pick(45.464211, 3.118237, 43.641438, 45.062123, 3.073138)),
                "lng": G(pick(9.191383, 101.676930, -79.389353, 7.678410, 101.607097)),
            },
        },
    ),
    (
        "track",
        "Place Saved",
        "mobile",
        None,
        {
            "label": G(pick("Home", "Work", "Casa", "Ufficio", "Rumah", "Pejabat", "Gym", "Maison")),
            "address": Y(lambda f: f"{f.p['street']}, {f.p['postcode']} {f.p['city']}", "address"),
            "lat": Y(lambda f: f.near("lat"), "geolocation"),
            "lng": Y(lambda f: f.near("lon"), "geolocation"),
            "place_id": G(lambda f: "ChIJ" + f.letters(23, URLSAFE)),
            "saved_places_count": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        None,
        {
            "input": Y(lambda f: f.p["street"], "address|street", True),
            "suggestions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
            "session_token": G(uid),
            "country_restriction": G(lambda f: {"it": "it", "my": "my", "ca": "ca"}[f.p["region"]]),
            "form": G(lambda f: "resident_permit_application"),
        },
    ),
    # -- permits as e-commerce --------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web",
        None,
        {
            "query": G(
                pick("permesso residenti", "pas bulanan", "resident permit", "visitor permit", "abbonamento")
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        None,
        {
            **product(),
            "currency": G(cur),
            "url": G(lambda f: "https://app.curbwise.io/permits/" + f.hexid(6)),
            "image_url": G(lambda f: f"https://cdn.curbwise.io/permits/{f.hexid(8)}.png"),
            "zone": G(zone_code),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        None,
        {
            "cart_id": G(uid),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        None,
        {
            "order_id": G(lambda f: f.digits(9)),
            "value": G(amount(5, 420)),
            "revenue": G(amount(5, 420)),
            "tax": G(amount(0, 60)),
            "discount": G(amount(0, 20)),
            "coupon": G(pick("", "RESIDENTE10", "EV2024", "WELCOME5")),
            "currency": G(cur),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        None,
        {
            "checkout_id": G(uid),
            "order_id": G(lambda f: f.digits(9)),
            "step": G(lambda f: 2),
            "payment_method": G(pick("card", "paypal", "fpx", "interac")),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder_name": Y(lambda f: f.p["full"].upper(), "name"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "billing_postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        "@segment/analytics-node",
        None,
        {
            "order_id": G(lambda f: f.digits(9)),
            "checkout_id": G(uid),
            "invoice_number": G(lambda f: f"FT-{f.r.randint(2023, 2024)}/{f.digits(6)}"),
            "affiliation": G(pick("CurbWise Web", "CurbWise iOS", "CurbWise Android")),
            "total": G(amount(5, 420)),
            "subtotal": G(amount(5, 400)),
            "tax": G(amount(0, 60)),
            "currency": G(cur),
            "coupon": G(pick("", "RESIDENTE10", "EV2024")),
            "products": Many(product(), 2),
            "billing_address": {"name": Y(lambda f: f.p["full"], "name"), **address_block()},
            "payer_email": Y(lambda f: f.p["email"], "email"),
            "shipping_method": G(pick("mail", "pickup")),
            "shipping_address": {
                "name": Y(lambda f: f.p["full"], "name"),
                "line1": Y(lambda f: f.p["street"], "address|street"),
                "city": Y(lambda f: f.p["city"], "city"),
                "postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
                "country": G(lambda f: {"it": "IT", "my": "MY", "ca": "CA"}[f.p["region"]]),
            },
        },
    ),
    (
        "track",
        "Order Refunded",
        "@segment/analytics-node",
        None,
        {
            "order_id": G(lambda f: f.digits(9)),
            "total": G(amount(5, 420)),
            "currency": G(cur),
            "reason": G(pick("moved_out_of_zone", "duplicate_purchase", "vehicle_sold")),
            "refund_id": G(lambda f: "re_" + f.hexid(24)),
        },
    ),
    # -- permits and badges -----------------------------------------------------------------------
    (
        "track",
        "Resident Permit Applied",
        "analytics-python",
        "it",
        {
            "id_pratica": G(lambda f: f"PR-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "zona": G(zone_code),
            "targa": Y(lambda f: f.p["plate"], "license"),
            "intestatario": {
                "nome": Y(lambda f: f.p["first"], "name"),
                "cognome": Y(lambda f: f.p["last"], "name"),
                "codice_fiscale": RED(lambda f: f.p["nid"], "national id"),
                "indirizzo": Y(lambda f: f.p["street"], "address|street"),
                "cap": Y(lambda f: f.p["postcode"], "zipcode"),
            },
            "nucleo_familiare": Many(
                {
                    "nome": Y(lambda f: f.other()["full"], "name"),
                    "parentela": G(pick("coniuge", "figlio", "figlia", "madre", "padre", "convivente")),
                    "data_nascita": Y(lambda f: f.date(1940, 2020), "birthdate"),
                },
                3,
            ),
            "documenti": Many(
                {
                    "tipo": G(pick("libretto", "contratto_affitto", "bolletta")),
                    "pagine": G(lambda f: f.r.randint(1, 6)),
                    "sha256": G(lambda f: f.hexid(64)),
                },
                2,
            ),
            "importo": G(amount(20, 120)),
            "stato": G(pick("inviata", "in_istruttoria", "approvata", "respinta")),
            "data_richiesta": G(ts),
        },
    ),
    (
        "track",
        "Disabled Badge Registered",
        "mobile",
        None,
        {
            "permit_id": G(lambda f: "prm_" + f.hexid(10)),
            "badge_number": RED(
                lambda f: {
                    "it": f"CUDE-{f.p['state']}-{f.digits(6)}",
                    "my": f"OKU{f.p['nid'][-4:]}{f.digits(4)}",
                    "ca": f"A{f.digits(7)}",
                }[f.p["region"]],
                "disability|identification",
            ),
            "issuing_authority": G(
                lambda f: {
                    "it": f"Comune di {f.p['city']}",
                    "my": "Jabatan Kebajikan Masyarakat",
                    "ca": f.pick(["ServiceOntario", "SAAQ", "ICBC"]),
                }[f.p["region"]]
            ),
            "expires_on": G(lambda f: f.date(2025, 2030)),
            "holder_name": Y(lambda f: f.p["full"], "name"),
            "holder_dob": Y(lambda f: f.p["dob"], "birthdate"),
            "holder_is_account_owner": G(pick(True, False)),
            "wheelchair_user": RED(pick(True, False), "disability"),
            "mobility_condition": RED(
                pick(
                    "reduced mobility",
                    "wheelchair user",
                    "visual impairment",
                    "amputation",
                    "cardiac condition",
                ),
                "disability",
            ),
            "medical_certificate_no": Y(lambda f: f"MC-{f.digits(8)}", "certificate"),
            "carer": {
                "name": Y(lambda f: f.o["full"], "name"),
                "phone": Y(lambda f: f.o["phone"], "phone"),
                "relationship": G(pick("spouse", "daughter", "son", "paid carer", "friend")),
            },
            "practitioner": {
                "name": Y(lambda f: "Dr. " + f.other()["full"], "name"),
                "clinic_phone": G(lambda f: f.p["business"]["clinic"]),
            },
        },
    ),
    (
        "track",
        "Visitor Permit Issued",
        "mobile",
        None,
        {
            "permit_id": G(lambda f: "vp_" + f.hexid(10)),
            "zone_code": G(zone_code),
            "visitor_plate": Y(lambda f: f.plate(), "license"),
            "visitor_name": Y(lambda f: f.other()["full"], "name"),
            "valid_from": G(ts),
            "valid_to": G(ts),
            "days": G(lambda f: f.r.randint(1, 14)),
            "price": G(amount(0, 25)),
            "currency": G(cur),
        },
    ),
    # -- fines ------------------------------------------------------------------------------------
    (
        "track",
        "Fine Issued",
        "analytics-java",
        None,
        {
            "notice_number": G(lambda f: f"{f.p['zone'][0][:3]}{f.digits(9)}"),
            "plate": Y(lambda f: f.p["plate"], "license"),
            "plate_province": G(lambda f: f.p["state"]),
            "camera_id": G(lambda f: f"CAM-{f.r.randint(1, 420):04d}"),
            "violation_code": G(pick("SPD-20", "RLC-01", "BUS-LANE", "ZTL-ACC", "NO-PAY")),
            "violation_description": G(
                pick(
                    "Speeding 11-20 km/h over limit",
                    "Red light",
                    "Unauthorised bus lane use",
                    "Entry into limited traffic zone",
                    "Parking without payment",
                )
            ),
            "speed_measured_kmh": G(lambda f: f.r.randint(40, 120)),
            "speed_limit_kmh": G(pick(30, 40, 50, 60, 80)),
            "amount": G(amount(25, 450)),
            "currency": G(cur),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "issued_at": G(ts),
            "demerit_points": G(pick(0, 2, 3, 5)),
            "evidence_photo_url": Y(lambda f: f.photo_url("camera"), "photo"),
            "location": {
                "lat": Y(lambda f: f.near("lat"), "geolocation"),
                "lng": Y(lambda f: f.near("lon"), "geolocation"),
            },
            "registered_owner": {
                "name": Y(lambda f: f.p["full"], "name"),
                "address": Y(lambda f: f.p["street"], "address|street"),
                "postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
                "city": Y(lambda f: f.p["city"], "city"),
            },
            "owner_lookup_source": G(lambda f: f.p["business"]["registry"]),
        },
    ),
    (
        "track",
        "Verbale Emesso",
        "analytics-python",
        "it",
        {
            "numero_verbale": G(lambda f: f"{f.r.randint(2023, 2024)}/{f.digits(7)}"),
            "targa": Y(lambda f: f.p["plate"], "license"),
            "importo": G(amount(42, 430)),
            "importo_ridotto": G(amount(29, 300)),
            "data_infrazione": G(ts),
            "luogo_infrazione": Y(lambda f: f.street_for(), "address|street"),
            "articolo_cds": G(pick("art. 7 c.14", "art. 142 c.8", "art. 146 c.3", "art. 158 c.2")),
            "agente": {
                "matricola": G(lambda f: f.digits(5)),
                "nominativo": Y(lambda f: f.other()["full"], "name"),
            },
            "intestatario": {
                "nominativo": Y(lambda f: f.p["full"], "name"),
                "codice_fiscale": RED(lambda f: f.p["nid"], "national id"),
                "indirizzo": Y(lambda f: f.p["street"], "address|street"),
                "cap": Y(lambda f: f.p["postcode"], "zipcode"),
                "comune": Y(lambda f: f.p["city"], "city"),
                "pec": Y(
                    lambda f: f"{slug(f.p['last'])}.{f.nd(3)}@pec.it",
                    "email",
                ),
            },
            "notifica": {
                "modalita": G(pick("PEC", "raccomandata", "SEND")),
                "data": G(lambda f: f.date(2024, 2024)),
            },
            "foto_url": Y(lambda f: f.photo_url("autovelox"), "photo"),
        },
    ),
    (
        "track",
        "Saman Dikeluarkan",
        "analytics-php",
        "my",
        {
            "no_saman": G(lambda f: f"MBPJ{f.digits(10)}"),
            "no_plat": Y(lambda f: f.p["plate"], "license"),
            "jenis_kenderaan": G(pick("Kereta", "Motosikal", "Van")),
            "kod_kesalahan": G(pick("K01", "K07", "K12", "K15")),
            "keterangan": G(
                pick("Meletak kenderaan tanpa kupon", "Meletak di petak OKU", "Menghalang lalu lintas")
            ),
            "jumlah_kompaun": G(pick(30, 50, 100, 300)),
            "tarikh": G(ts),
            "lokasi": Y(lambda f: f.street_for(), "address|street"),
            "pegawai": {
                "no_badan": G(lambda f: "PK" + f.digits(4)),
                "nama": Y(lambda f: f.other()["full"], "name"),
            },
            "pemilik": {
                "nama": Y(lambda f: f.p["full"], "name"),
                "no_kp": RED(lambda f: f.p["nid"], "national id"),
                "alamat": Y(lambda f: f"{f.p['street']}, {f.p['postcode']} {f.p['city']}", "address"),
                "no_tel": Y(lambda f: f.p["phone"], "phone"),
                "emel": Y(lambda f: f.p["email"], "email"),
            },
            "status": G(pick("BELUM BAYAR", "DIBAYAR", "RAYUAN")),
        },
    ),
    (
        "track",
        "Parking Ticket Issued",
        "Analytics.NET",
        "ca",
        {
            "TicketNumber": G(lambda f: f.pick(["PM", "TK"]) + f.digits(8)),
            "PlateNumber": Y(lambda f: f.p["plate"], "license"),
            "Province": G(lambda f: f.p["state"]),
            "InfractionCode": G(pick("5", "29", "210", "264")),
            "InfractionText": G(
                pick(
                    "PARK-SIGNED HWY-PROHIBIT DY/TM", "PARK FAIL TO DEPOSIT FEE", "STOP-SIGNED HWY-RUSH HOUR"
                )
            ),
            "SetFine": G(pick(30, 50, 150, 450)),
            "IssuedAtUtc": G(ts),
            "OfficerBadge": G(lambda f: f.digits(5)),
            "OfficerName": Y(lambda f: f.other()["full"], "name"),
            "LocationDescription": Y(lambda f: f"{f.r.randint(1, 900)} {f.street_name()}", "address|street"),
            "Latitude": Y(lambda f: f.near("lat"), "geolocation"),
            "Longitude": Y(lambda f: f.near("lon"), "geolocation"),
        },
    ),
    (
        "track",
        "Appeal Submitted",
        "web",
        None,
        {
            "appeal_id": G(lambda f: "apl_" + f.hexid(12)),
            "notice_number": G(lambda f: f.digits(10)),
            "grounds": G(
                pick("signage_unclear", "meter_fault", "paid_in_app", "medical_emergency", "vehicle_stolen")
            ),
            "statement": G(
                pick(
                    "The sign was covered by scaffolding on the day.",
                    "Il parcometro era guasto, ho pagato con l'app alle 9:02.",
                    "Meter tidak berfungsi, saya sudah bayar melalui aplikasi.",
                    "My session was active until 14:30, see the receipt attached.",
                    "La segnaletica orizzontale non era visibile.",
                )
            ),
            "attachments_count": G(lambda f: f.r.randint(0, 4)),
            "contact_email": Y(lambda f: f.p["email"], "email"),
            "contact_phone": Y(lambda f: f.p["phone"], "phone"),
            "represented": G(pick(True, False)),
            "representative": {
                "name": Y(lambda f: f.other()["full"], "name"),
                "firm": G(
                    pick(
                        "Studio Legale Ferri", "Lee & Partners", "Ticket Defenders Inc.", "Tetuan Rahman & Co"
                    )
                ),
                "email": Y(lambda f: f.other()["email"], "email"),
            },
            "submitted_at": G(ts),
        },
    ),
    (
        "track",
        "Driver Nominated",
        "web",
        "it",
        {
            "numero_verbale": G(lambda f: f"{f.r.randint(2023, 2024)}/{f.digits(7)}"),
            "dichiarante_e_conducente": G(pick(True, False)),
            "conducente": {
                "nome": Y(lambda f: f.o["first"], "name"),
                "cognome": Y(lambda f: f.o["last"], "name"),
                "data_nascita": Y(lambda f: f.o["dob"], "birthdate"),
                "luogo_nascita": Y(
                    pick("Napoli", "Genova", "Bergamo", "Casablanca", "Bucarest", "Palermo"), "city"
                ),
                "codice_fiscale": RED(lambda f: f.o["nid"], "national id"),
                "numero_patente": Y(lambda f: f.licence_no("it"), "license"),
                "categoria_patente": G(pick("B", "AM", "A2", "C")),
                "rilasciata_da": G(pick("MIT-UCO", "Prefettura di Milano", "Motorizzazione di Torino")),
                "scadenza_patente": G(lambda f: f.date(2025, 2034)),
            },
        },
    ),
    (
        "track",
        "Appeal Decided",
        "analytics-java",
        None,
        {
            "appeal_id": G(lambda f: "apl_" + f.hexid(12)),
            "outcome": G(pick("upheld", "rejected", "reduced")),
            "reduction_amount": G(amount(0, 120)),
            "decided_by": Y(lambda f: f.other()["full"], "name"),
            "decided_at": G(ts),
            "hearing_required": G(pick(True, False)),
        },
    ),
    # -- paying fines -----------------------------------------------------------------------------
    (
        "track",
        "Fine Paid",
        "@segment/analytics-node",
        "it",
        {
            "notice_number": G(lambda f: f"{f.r.randint(2023, 2024)}/{f.digits(7)}"),
            "iuv": G(lambda f: "0" + f.nd(16)),
            "amount": G(amount(29, 430)),
            "currency": G(lambda f: "EUR"),
            "payment_channel": G(pick("pagoPA", "app_io", "card")),
            "psp": G(pick("Nexi", "PostePay", "Satispay", "Intesa Sanpaolo")),
            "card": {
                "brand": G(pick("visa", "mastercard", "maestro")),
                "last4": G(lambda f: f.nd(4)),
                "bin": G(pick("414720", "535522", "402360")),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2030)),
            },
            "payer": {
                "name": Y(lambda f: f.p["full"], "name"),
                "fiscal_code": RED(lambda f: f.p["nid"], "national id"),
                "email": Y(lambda f: f.p["email"], "email"),
            },
            "receipt_number": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "Compound Paid",
        "analytics-php",
        "my",
        {
            "MerchantCode": G(lambda f: "M" + f.digits(5)),
            "PaymentId": G(pick(2, 6, 16, 210)),
            "RefNo": G(lambda f: f"MBPJ{f.digits(10)}"),
            "Amount": G(pick("30.00", "50.00", "100.00", "300.00")),
            "Currency": G(lambda f: "MYR"),
            "TransId": G(lambda f: "T" + f.digits(9)),
            "AuthCode": G(lambda f: f.nd(6)),
            "Status": G(pick("1", "0")),
            "CCName": Y(lambda f: f.p["full"].upper(), "name"),
            "CCNo": G(lambda f: f.pick(["4", "5"]) + f.nd(5) + "******" + f.nd(4)),
            "S_bankname": G(pick("Maybank", "CIMB Bank", "Public Bank", "RHB Bank")),
            "Signature": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Ticket Paid",
        "@segment/analytics-node",
        "ca",
        {
            "ticket_number": G(lambda f: "PM" + f.digits(8)),
            "plate": Y(lambda f: f.p["plate"], "license"),
            "province": G(lambda f: f.p["state"]),
            "amount_cad": G(pick(30, 50, 150, 450)),
            "method": G(pick("visa", "mastercard", "interac_debit", "apple_pay")),
            "payer_email": Y(lambda f: f.p["email"], "email"),
            "payer_postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
            "confirmation_code": G(lambda f: f.letters(3) + f.nd(7)),
        },
    ),
    # -- towing -----------------------------------------------------------------------------------
    (
        "track",
        "Vehicle Towed",
        "analytics-go",
        None,
        {
            "tow_id": G(lambda f: "tow_" + f.hexid(10)),
            "plate": Y(lambda f: f.p["plate"], "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "reason": G(
                pick("no_stopping_zone", "street_cleaning", "fire_hydrant", "unpaid_fines", "event_clearway")
            ),
            "towed_at": G(ts),
            "tow_company": {
                "name": G(lambda f: f.p["business"]["tow"]),
                "phone": G(lambda f: f.p["business"]["tow_phone"]),
                "dispatch_email": G(lambda f: f.p["business"]["tow_email"]),
            },
            "yard": {
                "name": G(lambda f: f.p["business"]["yard"]),
                "address": G(lambda f: f.p["business"]["yard_address"]),
                "lat": G(lambda f: f.p["business"]["yard_at"][0]),
                "lng": G(lambda f: f.p["business"]["yard_at"][1]),
            },
            "fee": G(amount(90, 350)),
            "owner_notified_via": G(pick("sms", "email", "letter", "none")),
        },
    ),
    (
        "track",
        "Vehicle Released",
        "analytics-go",
        None,
        {
            "tow_id": G(lambda f: "tow_" + f.hexid(10)),
            "released_at": G(ts),
            "released_to": {
                "name": Y(lambda f: f.p["full"], "name"),
                "relationship": G(pick("owner", "spouse", "employee", "family member")),
                "id_type": G(pick("passport", "id_card")),
                "id_number": RED(lambda f: f.id_document(), "national id|passport"),
                "phone": Y(lambda f: f.p["phone"], "phone"),
            },
            "released_by": Y(lambda f: f.other()["full"], "name"),
            "fees_paid": G(amount(90, 600)),
            "payment_method": G(pick("card", "cash", "debit")),
        },
    ),
    (
        "track",
        "Tow Dispatch Updated",
        "analytics-ruby",
        None,
        {
            "tow-ticket-id": G(lambda f: "TT-" + f.digits(7)),
            "dispatch-status": G(pick("assigned", "en_route", "on_scene", "hooked", "at_yard")),
            "driver-name": Y(lambda f: f.other()["full"], "name"),
            "truck-unit": G(lambda f: "U-" + f.digits(3)),
            "customer-phone": Y(lambda f: f.p["phone"], "phone"),
            "eta-minutes": G(lambda f: f.r.randint(3, 55)),
            "pickup-lat": Y(lambda f: f.near("lat"), "geolocation"),
            "pickup-lng": Y(lambda f: f.near("lon"), "geolocation"),
            "callback-number": G(lambda f: f.p["business"]["tow_phone"]),
        },
    ),
    # -- payments, wallets, refunds ---------------------------------------------------------------
    (
        "track",
        "Payment Method Added",
        "@segment/analytics-node",
        None,
        {
            "customer": G(lambda f: "cus_" + f.letters(14, ALNUM)),
            "livemode": G(lambda f: True),
            "payment_method": {
                "id": RED(
                    lambda f: "pm_" + f.letters(24, ALNUM),
                    "token",
                ),
                "type": G(lambda f: "card"),
                "card": {
                    "brand": G(pick("visa", "mastercard", "amex")),
                    "last4": G(lambda f: f.nd(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "funding": G(pick("credit", "debit", "prepaid")),
                    "country": G(lambda f: {"it": "IT", "my": "MY", "ca": "CA"}[f.p["region"]]),
                    "fingerprint": G(lambda f: f.letters(16, ALNUM)),
                },
                "billing_details": {
                    "name": Y(lambda f: f.p["full"], "name"),
                    "email": Y(lambda f: f.p["email"], "email"),
                    "phone": Y(lambda f: f.p["phone"], "phone"),
                    "address": address_block(),
                },
            },
        },
    ),
    (
        "track",
        "Wallet Topped Up",
        "mobile",
        "my",
        {
            "wallet_id": G(lambda f: "wal_" + f.hexid(10)),
            "amount": G(pick(10, 20, 50, 100)),
            "currency": G(lambda f: "MYR"),
            "method": G(pick("tng_ewallet", "fpx", "card", "boost")),
            "fpx_bank": G(pick("MBB0228", "BCBB0235", "PBB0233", "RHB0218", "")),
            "balance_after": G(amount(10, 300)),
        },
    ),
    (
        "track",
        "Bank Refund Issued",
        "analytics-python",
        "it",
        {
            "refund_id": G(lambda f: "RIM" + f.digits(8)),
            "amount": G(amount(1, 120)),
            "iban": RED(lambda f: f.iban_it(), "bank account"),
            "account_holder": Y(lambda f: f.p["full"], "name"),
            "bic": G(pick("BCITITMM", "UNCRITMM", "BPMOIT22", "BSCHITMM")),
            "payment_reference": G(lambda f: f"Rimborso verbale n. {f.r.randint(2023, 2024)}/{f.digits(7)}"),
            "value_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Refund Issued",
        "analytics-ruby",
        "ca",
        {
            "refund_id": G(lambda f: "rf_" + f.hexid(12)),
            "amount": G(amount(1, 450)),
            "currency": G(lambda f: "CAD"),
            "method": G(lambda f: "eft"),
            "institution_number": G(pick("001", "002", "003", "004", "006", "010", "815")),
            "transit_number": G(lambda f: f.nd(5)),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "account_holder": Y(lambda f: f.p["full"], "name"),
        },
    ),
    (
        "track",
        "Wallet Refund Processed",
        "analytics-php",
        "my",
        {
            "refund_id": G(lambda f: "BB" + f.digits(8)),
            "bank_name": G(pick("Maybank", "CIMB", "Public Bank", "Bank Islam", "Hong Leong")),
            "bank_code": G(pick("MBBEMYKL", "CIBBMYKL", "PBBEMYKL", "BIMBMYKL")),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "duitnow_id": Y(lambda f: f.phone_for("my"), "phone", True),
            "amount": G(pick(30, 50, 100)),
            "reason": G(pick("bayaran berganda", "rayuan diterima", "pembatalan pas")),
        },
    ),
    (
        "track",
        "Family Member Added",
        "mobile",
        None,
        {
            "wallet_id": G(lambda f: "wal_" + f.hexid(10)),
            "member": {
                "id": G(lambda f: "mem_" + f.hexid(10)),
                "label": Y(lambda f: f.o["full"], "name", True),
                "relationship": G(pick("partner", "child", "parent", "sibling", "other")),
                "phone": Y(lambda f: f.o["phone"], "phone"),
                "age_band": G(pick("18-24", "25-34", "35-44", "65+")),
            },
            "can_start_sessions": G(pick(True, False)),
            "monthly_limit": G(pick(0, 50, 100, 200)),
        },
    ),
    (
        "track",
        "Fleet Driver Added",
        "@segment/analytics-node",
        None,
        {
            "fleet_id": G(lambda f: "fleet_" + f.digits(6)),
            "driver": {
                "employee_number": G(lambda f: "E" + f.digits(5)),
                "full_name": Y(lambda f: f.o["full"], "name"),
                "work_email": Y(
                    lambda f: f"{slug(f.o['first'])}.{slug(f.o['last'])}@{f.p['company']['domain']}", "email"
                ),
                "mobile": Y(lambda f: f.o["phone"], "phone"),
                "licence_number": Y(lambda f: f.licence_no(), "license"),
                "licence_expiry": G(lambda f: f.date(2025, 2033)),
                "job_title": G(pick("Courier", "Service Technician", "Sales Rep", "Site Supervisor")),
            },
            "cost_centre": G(pick("CC-100", "CC-240", "OPS-NORTH", "KL-DELIVERY")),
            "spend_limit_monthly": G(pick(100, 250, 500, 1000)),
            "assigned_plates": Many(Y(lambda f: f.plate(), "license"), 2),
            "invited_by": G(lambda f: "usr_" + f.hexid(12)),
        },
    ),
    (
        "track",
        "Receipt Shared",
        "mobile",
        None,
        {
            "receipt_number": G(lambda f: f"R{f.r.randint(2023, 2024)}-{f.digits(8)}"),
            "recipient_email": Y(lambda f: f.o["email"], "email"),
            "recipient_name": Y(lambda f: f.o["full"], "name"),
            "message": G(
                pick(
                    "Parking for the client visit", "Spese trasferta Torino", "Tuntutan parkir mesyuarat", ""
                )
            ),
            "format": G(pick("pdf", "html")),
            "include_vat_breakdown": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Resident Pass Applied",
        "analytics-php",
        "my",
        {
            "application_no": G(lambda f: f"PP{f.r.randint(2023, 2024)}{f.digits(6)}"),
            "zone": G(zone_code),
            "plate": Y(lambda f: f.p["plate"], "license"),
            "applicant": {
                "name": Y(lambda f: f.p["full"], "name"),
                "mykad_no": RED(lambda f: f.p["nid"], "national id"),
                "address": Y(lambda f: f"{f.p['street']}, {f.p['postcode']} {f.p['city']}", "address"),
                "phone": Y(lambda f: f.p["phone"], "phone"),
            },
            "household": Many(
                {
                    "name": Y(lambda f: f.other()["full"], "name"),
                    "relationship": G(pick("spouse", "child", "parent", "sibling")),
                    "age": G(lambda f: f.r.randint(1, 85)),
                },
                3,
            ),
            "fee": G(pick(60, 120, 240)),
            "status": G(pick("DITERIMA", "DALAM PROSES", "LULUS", "DITOLAK")),
        },
    ),
    # -- notifications and vendors ----------------------------------------------------------------
    (
        "track",
        "SMS Sent",
        "analytics-go",
        None,
        {
            "to": Y(lambda f: f.p["phone"], "phone", True),
            "from": G(pick("CurbWise", "+14165550142", "+393399912345", "62033")),
            "body": RED(
                lambda f: f.pick(
                    [
                        f"Your CurbWise code is {f.nd(6)}. It expires in 10 minutes.",
                        f"Il tuo codice CurbWise è {f.nd(6)}",
                        f"Kod pengesahan CurbWise anda: {f.nd(6)}",
                        f"{f.nd(6)} is your CurbWise verification code. Don't share it.",
                    ]
                ),
                "token|secret",
                True,
            ),
            "template": G(pick("otp_login", "otp_phone_change")),
            "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
            "status": G(pick("queued", "sent", "delivered")),
        },
    ),
    (
        "track",
        "Parking Reminder Sent",
        "analytics-go",
        None,
        {
            "session_id": G(uid),
            "channel": G(pick("push", "sms")),
            "minutes_left": G(pick(5, 10, 15)),
            "sms": {
                "to": Y(lambda f: f.p["phone"], "phone", True),
                "text": G(
                    lambda f: f.pick(
                        [
                            f"Your parking in {f.p['zone'][0]} ends in 10 min. Extend in the app.",
                            f"La sosta in {f.p['zone'][0]} scade tra 10 minuti.",
                            f"Parkir anda di {f.p['zone'][0]} tamat dalam 10 minit.",
                        ]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Email Opened",
        "analytics-python",
        None,
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "sg_event_id": G(lambda f: f.letters(22, ALNUM)),
            "sg_message_id": G(lambda f: f.letters(22, ALNUM) + ".filterdrecv-" + f.nd(2)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.nd(10)}@notify.curbwise.io>"),
            "useragent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ip_any(), "ip"),
            "category": Many(G(pick("fine_notice", "permit_renewal", "receipt", "newsletter")), 2),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        "mobile",
        None,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "text": Y(
                lambda f: f.pick(
                    {
                        "it": [
                            "Buongiorno, non riesco a pagare il verbale, il mio numero è {}",
                            "Mi avete addebitato due volte la sosta. Richiamatemi al {}",
                            "Nuovo numero: {} - potete aggiornare il profilo?",
                        ],
                        "my": [
                            "Salam, saya dah bayar saman tapi status masih belum bayar. No saya {}",
                            "Hi, wallet top up tak masuk. Boleh call {}?",
                            "New number is {}, please update my account",
                        ],
                        "ca": [
                            "Hi, the app charged me twice today. Please call me on {}",
                            "Can someone text me at {} about my permit renewal?",
                            "Bonjour, mon nouveau numéro est le {}",
                        ],
                    }[f.p["region"]]
                ).format(f.p["phone"]),
                "phone",
                True,
            ),
            "sender_role": G(lambda f: "user"),
            "customer": {
                "name": Y(lambda f: f.p["full"], "name"),
                "email": Y(lambda f: f.p["email"], "email"),
                "external_id": G(lambda f: "usr_" + f.hexid(12)),
            },
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
            "sent_at": G(ts),
        },
    ),
    (
        "track",
        "App Feedback Submitted",
        "mobile",
        None,
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                pick(
                    "Map is slow in Bangsar",
                    "Aggiungete i parcheggi di interscambio!",
                    "Love the reminder feature",
                    "Please add Green P lots near Union",
                    "Boleh tambah bayaran guna DuitNow QR?",
                    "",
                )
            ),
            "screen": G(pick("home", "session_detail", "payment")),
            "prompted": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Admin Search Performed",
        "web",
        None,
        {
            "q": Y(lambda f: f.plate(), "license", True),
            "scope": G(lambda f: "plates"),
            "results": G(lambda f: f.r.randint(0, 9)),
            "operator_id": G(lambda f: "op_" + f.digits(4)),
            "took_ms": G(lambda f: f.r.randint(8, 900)),
        },
    ),
    (
        "track",
        "Install Attributed",
        "analytics-python",
        None,
        {
            "adid": G(lambda f: f.hexid(32)),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "tracker_name": G(pick("Organic", "Google Ads ACI::Permits::IT", "Meta::Launch_MY")),
            "network_name": G(pick("Organic", "Google Ads ACI", "Facebook Installs", "Apple Search Ads")),
            "campaign_name": G(pick("permits_it", "launch_my", "fines_ca", "")),
            "ip_address": Y(lambda f: f.ip_any(), "ip"),
            "country": G(pick("it", "my", "ca")),
            "os_name": G(pick("ios", "android")),
            "installed_at": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        },
    ),
    (
        "track",
        "Conversion Sent To Meta",
        "@segment/analytics-node",
        None,
        {
            "event_name": G(pick("Purchase", "CompleteRegistration", "Lead")),
            "event_id": G(uid),
            "action_source": G(pick("website", "app")),
            "user_data": {
                "em": Y(lambda f: hashlib.sha256(f.p["email"].lower().encode()).hexdigest(), "email"),
                "ph": Y(
                    lambda f: hashlib.sha256(
                        "".join(c for c in f.p["phone"] if c.isdigit()).encode()
                    ).hexdigest(),
                    "phone",
                ),
                "external_id": G(lambda f: hashlib.sha256(f.digits(7).encode()).hexdigest()),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(
                    lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.letters(40, ALNUM)}",
                    "advertising id",
                ),
                "client_ip_address": Y(lambda f: f.ip_any(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
            },
            "custom_data": {"value": G(amount(5, 420)), "currency": G(cur)},
        },
    ),
    (
        "track",
        "Support Call Received",
        "@segment/analytics-node",
        None,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.p["phone"], "phone", True),
            "To": G(lambda f: f.p["business"]["support_line"]),
            "FromCity": Y(lambda f: f.p["city"].upper(), "city"),
            "FromCountry": G(lambda f: {"it": "IT", "my": "MY", "ca": "CA"}[f.p["region"]]),
            "CallStatus": G(pick("ringing", "in-progress", "completed", "no-answer")),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: f.r.randint(0, 1400)),
        },
    ),
    # -- wardens and street equipment -------------------------------------------------------------
    (
        "track",
        "Patrol Started",
        "enforce",
        None,
        {
            "patrol_id": G(uid),
            "beat": G(lambda f: f"{f.p['zone'][0]}-B{f.r.randint(1, 9)}"),
            "officer": {
                "badge_no": G(lambda f: f.digits(5)),
                "name": Y(lambda f: f.p["full"], "name"),
                "email": Y(
                    lambda f: f"{slug(f.p['first'])[0]}.{slug(f.p['last'])}@{STAFF_DOMAIN[f.p['city']]}",
                    "email",
                ),
            },
            "handheld": {"asset_tag": G(lambda f: "HH-" + f.digits(5)), "model": G(pick("TC58", "CT45"))},
            "shift_start": G(ts),
        },
    ),
    (
        "track",
        "Chalk Mark Recorded",
        "enforce",
        None,
        {
            "plate": Y(lambda f: f.p["plate"], "license"),
            "tyre_position": G(pick("front_left", "rear_left", "front_right")),
            "location": {
                "lat": Y(lambda f: f.near("lat"), "geolocation"),
                "lng": Y(lambda f: f.near("lon"), "geolocation"),
            },
            "photo_url": Y(lambda f: f.photo_url("chalk"), "photo"),
            "note": Y(
                lambda f: f.pick(
                    {
                        "it": [
                            "Targa {} in sosta su stallo carico/scarico",
                            "{} senza ticket esposto",
                            "Veicolo {} in doppia fila, frecce accese",
                        ],
                        "my": [
                            "Kenderaan {} di petak OKU",
                            "{} tiada kupon dipamerkan",
                            "Kereta {} letak berganda, lampu kecemasan menyala",
                        ],
                        "ca": [
                            "{} no ticket displayed",
                            "Vehicle {} double parked, hazards on",
                            "Ticket on dash expired 40 min ago - {}",
                        ],
                    }[f.p["region"]]
                ).format(f.p["plate"]),
                "license",
                True,
            ),
            "zone_code": G(zone_code),
            "recorded_at": G(ts),
        },
    ),
    (
        "track",
        "Warden Location Ping",
        "enforce",
        None,
        {
            "officer_badge": G(lambda f: f.digits(5)),
            "lat": Y(lambda f: f.near("lat"), "geolocation"),
            "lng": Y(lambda f: f.near("lon"), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 40)),
            "battery_pct": G(lambda f: f.r.randint(5, 100)),
            "speed_kmh": G(lambda f: round(f.r.uniform(0, 6), 1)),
        },
    ),
    (
        "track",
        "Shift Ended",
        "analytics-java",
        None,
        {
            "officer_id": G(lambda f: f.digits(5)),
            "beat": G(lambda f: f"{f.p['zone'][0]}-B{f.r.randint(1, 9)}"),
            "hours_worked": G(lambda f: round(f.r.uniform(4, 10), 2)),
            "overtime_hours": G(lambda f: round(f.r.uniform(0, 3), 2)),
            "hourly_rate": Y(lambda f: round(f.r.uniform(14, 42), 2), "salary"),
            "notices_issued": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Device Provisioned",
        "enforce",
        None,
        {
            "asset_tag": G(lambda f: "HH-" + f.digits(5)),
            "api_key": RED(
                lambda f: "cwk_live_" + f.letters(32, ALNUM),
                "secret",
            ),
            "enrollment_token": RED(lambda f: f.jwt(), "token"),
            "os_build": G(pick("13-11-49.00-TG-U01-STD", "11-54-26.00-RG-U00-STD")),
            "assigned_badge": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "Camera Heartbeat",
        "analytics-go",
        None,
        {
            "camera": {
                "id": G(lambda f: f"CAM-{f.r.randint(1, 420):04d}"),
                "site_name": G(
                    pick(
                        "Viale Fulvio Testi / Via Ornato",
                        "Jalan Tun Razak (KLCC)",
                        "Jarvis St at Gerrard St E",
                    )
                ),
                "lat": G(pick(45.520744, 3.158141, 43.660127)),
                "lng": G(pick(9.207211, 101.713226, -79.375391)),
                "model": G(pick("Velocar Red&Speed", "Redflex", "Jenoptik VECTOR")),
                "firmware": G(pick("5.4.2", "5.5.0", "2024.03.1")),
            },
            "uptime_s": G(lambda f: f.r.randint(100, 9_000_000)),
            "images_captured": G(lambda f: f.r.randint(0, 4000)),
        },
    ),
    (
        "track",
        "Meter Fault Reported",
        "web",
        None,
        {
            "meter-id": G(lambda f: "PM" + f.digits(5)),
            "meter-street": G(lambda f: f.street_name()),
            "fault-type": G(pick("coin_jam", "screen_blank", "card_reader", "no_power")),
            "reporter-email": Y(lambda f: f.p["email"], "email"),
            "photo-attached": G(pick(True, False)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = P(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, region, body in TEMPLATES:
            f.new_person(region)
            f.o = f.other()
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.hexid(12),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "fleet_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=231, repeats=32)
    write(Path(__file__).parent, "holdout231_", events, labels)
