"""Writes holdout39: tests/corpus/holdout39_events.jsonl and holdout39_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (format only), REFERENCE.md and
DESIGN.md, without reading the detection engine, its vocabularies, its tests or any other corpus's
labels, and never run against the engine. Run `.venv/bin/python -m tests.corpus.build_holdout39`.

Domain: hiring and gig work in Germany, France, Poland, Spain and the Netherlands.
(a) Talentwerk, an applicant tracking system under GDPR: careers site (analytics.js), candidate app
(analytics-react-native), recruiter web app, German PHP backend (German keys), French Node backend
(French keys), Python/Node/Java/Ruby workers, a .NET offer service (PascalCase), a warehouse
reverse-ETL sync (SCREAMING_SNAKE traits), SendGrid, Typeform and Meta Conversions API payloads
forwarded as track events; candidates, CVs, cover letters, interview feedback, salary
expectations, work permits, diversity questions, consent and deletion requests, job-ad
e-commerce for employers (Segment e-commerce spec). (b) GigBridge, a gig-work platform: worker
apps (analytics-swift, analytics-kotlin), business app (flutter), web (analytics.js), Go/Java/
Ruby/.NET backends with Polish and Dutch keys; workers with tax ids and IBANs, shifts, client
companies, ratings, Stripe-shaped payouts, insurance with beneficiaries, incidents, Twilio SMS,
identity-document checks, AppsFlyer attribution, API keys and webhooks for clients.

Conventions: mostly camelCase and snake_case English keys; about a fifth of paths use PascalCase
(.NET, Twilio), kebab-case (a WordPress form plugin, an export service), SCREAMING_SNAKE (a
warehouse sync) or German, French, Polish and Dutch keys. Values are generated per message for
one coherent subject (name, e-mail, phone, address and ids of one country) and fresh other
people (staff, referees, witnesses, beneficiaries, recipients). National ids carry valid
checksums (German Steuer-ID ISO 7064, Sozialversicherungsnummer, KVNR, French NIR mod 97, Polish
PESEL and NIP, Dutch BSN eleven-test, Spanish DNI/NIE letter); IBANs are mod-97 valid for DE, FR,
ES, NL and PL; cards pass Luhn. Optional keys are sometimes absent, as in real traffic.

Labelling rules (the brief's, applied as follows):
- PII = personal data about a natural person: the user, candidates, workers, recipients, staff
  (interviewers, recruiters, a client's contact person), referees, witnesses, beneficiaries. The
  type is the reference matcher name where one fits (name, email, phone, address, street, city,
  zipcode, birthdate, gender, citizenship, salary, photo, ip, identification, license, visa,
  passport, social security number, password, token, disability, ethnicity, religion, sexual
  orientation, condition, diagnosis), else bank account, geolocation, secret, national id, health
  id, advertising id, credit card. Colour: the reference's default; outside the reference, red
  for bank accounts, government ids, health ids, secrets and card numbers, yellow otherwise.
- Special categories: a boolean or enum that reveals disability, health (injury type, smoker,
  pre-existing conditions, medical attention needed), ethnicity, religion or sexual orientation is
  red with that category's type, even where the reference matcher's default colour is yellow
  (the brief's special-category rule is the more specific one). Gender and salutations (Herr/
  Frau, M./Mme) are not a special category: yellow gender.
- Green: ids we or vendors issue (UUIDs, numeric ids, po_/ba_/SM/AC ids, invoice and contract
  numbers), versions, timestamps and dates that are not birth dates (start dates, permit and
  document expiry), hashes of non-personal data, amounts (hourly rates, payouts, job-ad salary
  ranges), enums, counters and booleans under PII-sounding keys, job titles, certificate and
  skill names, company, venue, product and pet names (and a pet's needs), places that are not the
  person's (searched locations, job and venue addresses, a company's billing address), country,
  locale, timezone, currency, user agents, device ids issued by the OS or SDK (idfv, device.id,
  appsflyer_id), BICs, card brand / last four / expiry, masked contacts (`+48 *** *** 678`).
- Where we had to decide: a person's own salary or salary expectation is yellow salary; a job ad's
  salary range is green. Residence-permit type and number are red visa (permit numbers `visa|
  national id`). A personal tax id (Steuer-ID, NIR, PESEL, BSN, DNI/NIE, a sole trader's NIP) is
  red national id; a client company's NIP, KvK number or VAT id is green. Hashes of personal data
  sent to ad platforms (Meta CAPI `em`, `ph`, `fn`, `ln`, `ct`, `zp`) are labelled as the data
  they hash (pseudonymous personal data used to match people); a hashed country or hashed user id
  is green. Meta `fbp`/`fbc` browser ids and IDFA/GAID are yellow advertising id (an IDFA of all
  zeros after a denied ATT prompt stays under the keyed label). A LinkedIn profile URL is yellow
  identification. One-time login codes, magic-link and password-reset links, API keys, webhook
  signing secrets and a client's key-safe code are credentials: red (token / secret / password).
  A company's own sender number (Twilio `From`) is green. Booleans about immigration (needs visa
  sponsorship) are green; only statuses and numbers are visa.
- value_only is true when the key does not say what the value is (`q`, `input`, `label`, `text`,
  `value`, `notes`, `message`, `Body`, `To`, `changed_by`, `rated_by`, `created_by`,
  `signed_off_by`, `contact`, `file_name`, `link`, `externalIds[].id`, a cover letter) and only the
  value reveals it. Every value of a value_only PII path carries that PII (notes name the
  candidate, SMS bodies greet the worker by name, cover letters and deletion requests are signed,
  CV file names carry the name). Free text that never carries PII (feedback summaries, quick
  replies, shift notes, incident descriptions, rating comments) is green.
"""

# ruff: noqa: RUF001  (names, titles and addresses are written as real users write them)

import unicodedata
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators --------------------------------------------------------------------------------

CULTURES = {
    "DE": (
        ["Lukas", "Anna", "Jonas", "Leonie", "Felix", "Marie", "Jürgen", "Sabine", "Maximilian", "Hannah"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner", "Krüger"],
    ),
    "FR": (
        ["Camille", "Théo", "Léa", "Mathieu", "Inès", "Hugo", "Manon", "Benoît", "Océane"],
        ["Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Lambert", "Rousseau", "Mercier"],
    ),
    "PL": (
        ["Piotr", "Agnieszka", "Wojciech", "Zofia", "Małgorzata", "Łukasz", "Krzysztof", "Joanna"],
        ["Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Zieliński", "Lewandowska", "Kaczmarek", "Szymańska"],
    ),
    "ES": (
        ["Javier", "Lucía", "Alejandro", "Carmen", "Sergio", "Nuria", "Pablo", "Ainhoa"],
        ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Etxeberria"],
    ),
    "NL": (
        ["Daan", "Sanne", "Bram", "Femke", "Joost", "Lotte", "Sem", "Anouk"],
        ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "van Dijk", "Smit", "de Jong"],
    ),
    "TR": (["Emre", "Elif", "Mehmet", "Zeynep", "Burak"], ["Yılmaz", "Demir", "Kaya", "Öztürk", "Çelik"]),
    "MA": (["Youssef", "Amira", "Karim", "Fatima", "Omar"], ["Haddad", "El Amrani", "Benali", "Al-Masri"]),
    "UA": (
        ["Oleksandr", "Yuliia", "Andrii", "Kateryna"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko"],
    ),
    "VN": (["Minh", "Thu", "Huong", "Duc"], ["Nguyễn", "Trần", "Phạm", "Lê"]),
    "NG": (["Chinedu", "Ngozi", "Oluwaseun", "Amaka"], ["Okafor", "Adeyemi", "Eze", "Balogun"]),
    "IN": (["Arjun", "Priya", "Rohan", "Ananya"], ["Sharma", "Iyer", "Reddy", "Kapoor"]),
    "PT": (["João", "Beatriz", "Tiago"], ["Ferreira", "Costa", "Rodrigues"]),
    "RO": (["Ioana", "Andrei", "Mihai"], ["Popescu", "Ionescu", "Dumitru"]),
    "ER": (["Yonas", "Selam", "Dawit"], ["Tesfaye", "Haile", "Gebremedhin"]),
    "CN": (["Wei", "Xiaoling", "Jun"], ["Wang", "Zhang", "Liu"]),
}
MAIL_DOMAINS = {
    "DE": ["gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"],
    "PL": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "NL": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com"],
}
STREETS = {
    "DE": ["Bahnhofstraße", "Hauptstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Am Mühlbach"],
    "FR": ["rue Victor Hugo", "avenue Jean Jaurès", "boulevard de la Liberté", "rue de la République"],
    "PL": ["Piotrkowska", "Marszałkowska", "Długa", "Kościuszki", "Mickiewicza", "Grunwaldzka"],
    "ES": ["Calle Mayor", "Avenida de la Constitución", "Carrer de Mallorca", "Calle de Alcalá"],
    "NL": ["Keizersgracht", "Dorpsstraat", "Oudegracht", "Kerkstraat", "Molenweg", "Stationsplein"],
}
CITIES = {
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Frankfurt am Main", "Dortmund"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Nantes", "Bordeaux"],
    "PL": ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao"],
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen"],
}
NATIONALITY = {
    "DE": "deutsch",
    "FR": "französisch",
    "PL": "polnisch",
    "ES": "spanisch",
    "NL": "niederländisch",
    "TR": "türkisch",
    "MA": "marokkanisch",
    "UA": "ukrainisch",
    "VN": "vietnamesisch",
    "NG": "nigerianisch",
    "IN": "indisch",
    "PT": "portugiesisch",
    "RO": "rumänisch",
    "ER": "eritreisch",
    "CN": "chinesisch",
}
EMPLOYERS = [
    "Klinikum Nordstadt gGmbH",
    "Brightwave Software GmbH",
    "LogiPark Süd GmbH & Co. KG",
    "Maison Verdier SAS",
    "Datalyse SA",
    "Ristorante Bella Vista",
    "Stadtwerke Oberhain",
]
CLIENTS = [
    "Magazyn Centralny Sp. z o.o.",
    "Hotel Zur Post",
    "Café Centraal B.V.",
    "FreshBox Logistics B.V.",
    "EventHaus Berlin GmbH",
    "Restauracja Pod Lipami",
    "Almacenes Ibéricos S.L.",
]
VENUES = [
    "DC Łódź Południe",
    "Hotel Zur Post, Bankettsaal",
    "Café Centraal Utrecht",
    "FreshBox Hub Amsterdam-West",
    "Messehalle 4",
    "Pod Lipami, Kraków",
    "Nave 3, Getafe",
]
VENUE_ADDRESSES = [
    "ul. Rokicińska 142, 92-412 Łódź",
    "Marktplatz 3, 79098 Freiburg",
    "Oudegracht 158, 3511 AZ Utrecht",
    "Cornelis Lelylaan 40, 1062 HX Amsterdam",
    "Messedamm 22, 14055 Berlin",
    "ul. Floriańska 20, 31-021 Kraków",
    "Calle de la Industria 7, 28906 Getafe",
]
JOB_TITLES = [
    "Pflegefachkraft (m/w/d)",
    "Senior Backend Engineer (Java)",
    "Lagerlogistiker (m/w/d)",
    "Chargé de recrutement H/F",
    "Développeur Full Stack H/F",
    "Kassierer/in Teilzeit",
    "Werkstudent Marketing (m/w/d)",
    "Data Analyst",
]
UAS_EU = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.113 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
TAX_OFFICES = {
    "DE": ["Finanzamt Berlin Mitte/Tiergarten", "Finanzamt Hamburg-Altona", "Finanzamt München"],
    "PL": ["Urząd Skarbowy Warszawa-Mokotów", "US Łódź-Widzew", "Pierwszy US Kraków"],
    "NL": ["Belastingdienst Utrecht", "Belastingdienst Amsterdam", "Belastingdienst Rotterdam"],
    "FR": ["SIE Paris 11e", "SIE Lyon 3e", "SIP Lille Nord"],
    "ES": ["AEAT Madrid", "AEAT Barcelona", "AEAT Valencia"],
}
RN_DEVICES = [
    ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", "17.4"),
    ("Apple", "iPhone15,2", "iPhone", "ios", "iOS", "17.5.1"),
    ("samsung", "SM-S918B", "dm3q", "android", "Android", "14"),
    ("OnePlus", "CPH2449", "OP5958L1", "android", "Android", "13"),
]
FLUTTER_DEVICES = [
    ("Apple", "iPad13,18", "iPad", "ios", "iOS", "17.5"),
    ("samsung", "SM-X200", "gta8wifi", "android", "Android", "14"),
    ("Google", "Pixel 8", "shiba", "android", "Android", "14"),
    ("Apple", "iPhone14,7", "iPhone", "ios", "iOS", "16.7"),
]
ASCII = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "ø": "o", "đ": "d"})


def ascii_slug(text: str, sep: str = "") -> str:
    text = unicodedata.normalize("NFKD", text.translate(ASCII)).encode("ascii", "ignore").decode()
    return sep.join(text.lower().replace("'", "").replace("-", " ").split())


def iso7064_11_10(digits: str) -> int:
    product = 10
    for d in digits:
        s = (int(d) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10


class Eu(Fake):
    """Fake with a per-message subject (one person, one country) and European id formats."""

    def begin(self, countries: list[str]) -> None:
        self.cc = self.pick(countries)
        culture = self.cc if self.r.random() < 0.6 else self.pick(list(CULTURES))
        self.culture = culture
        self.fn = self.pick(CULTURES[culture][0])
        self.ln = self.pick(CULTURES[culture][1])
        self.dob = (self.r.randint(1962, 2005), self.r.randint(1, 12), self.r.randint(1, 28))

    # the subject
    def me_name(self) -> str:
        return f"{self.fn} {self.ln}"

    def me_email(self) -> str:
        return self.email_for(self.fn, self.ln, self.cc)

    def me_phone(self) -> str:
        return self.phone_cc(self.cc)

    def me_dob(self, style: str = "iso") -> str:
        y, m, d = self.dob
        return {"iso": f"{y}-{m:02d}-{d:02d}", "de": f"{d:02d}.{m:02d}.{y}", "fr": f"{d:02d}/{m:02d}/{y}"}[
            style
        ]

    # other people
    def other(self) -> tuple[str, str]:
        culture = self.pick(list(CULTURES))
        return self.pick(CULTURES[culture][0]), self.pick(CULTURES[culture][1])

    def other_name(self) -> str:
        return " ".join(self.other())

    def other_email(self) -> str:
        first, last = self.other()
        return self.email_for(first, last, self.pick(list(MAIL_DOMAINS)))

    def staff_email(self, domain: str | None = None) -> str:
        first, last = self.other()
        domain = domain or self.pick(
            ["talentwerk.de", "talentwerk.fr", "brightwave.io", "klinikum-nordstadt.de"]
        )
        return f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}"

    def email_for(self, first: str, last: str, cc: str) -> str:
        f, last_ = ascii_slug(first), ascii_slug(last)
        user = self.pick(
            [
                f"{f}.{last_}",
                f"{f[0]}{last_}{self.r.randint(1, 99)}",
                f"{f}{last_}{self.r.randint(70, 99)}",
                f"{last_}.{f}",
                f"{f}_{last_[:5]}",
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS[cc])}"

    # phones
    def phone_cc(self, cc: str) -> str:
        r = self.r
        if cc == "DE":
            pre = self.pick(["151", "152", "160", "162", "170", "171", "176", "177", "179", "157"])
            num = self.digits(8)
            return self.pick([f"+49 {pre} {num}", f"0{pre} {num}", f"+49{pre}{num}", f"0{pre}/{num}"])
        if cc == "FR":
            d = [f"{r.randint(0, 99):02d}" for _ in range(4)]
            lead = self.pick(["6", "7"])
            return self.pick(
                [
                    f"+33 {lead} {' '.join(d)}",
                    f"0{lead} {' '.join(d)}",
                    f"+33{lead}{''.join(d)}",
                    f"0{lead}.{'.'.join(d)}",
                ]
            )
        if cc == "PL":
            n = self.pick(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + self.digits(7)
            return self.pick(
                [
                    f"+48 {n[:3]} {n[3:6]} {n[6:]}",
                    f"{n[:3]}-{n[3:6]}-{n[6:]}",
                    f"+48{n}",
                    f"{n[:3]} {n[3:6]} {n[6:]}",
                ]
            )
        if cc == "ES":
            n = self.pick(["6", "7"]) + self.digits(8)
            return self.pick(
                [f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+34{n}"]
            )
        n = self.digits(8)
        return self.pick([f"+31 6 {n}", f"06-{n}", f"+316{n}", f"06 {n[:4]} {n[4:]}"])

    def phone_e164(self) -> str:
        """The subject's mobile as Twilio writes it: +<country code><national number>."""
        code = {"DE": "49", "FR": "33", "PL": "48", "ES": "34", "NL": "31"}[self.cc]
        national = "".join(c for c in self.phone_cc(self.cc) if c.isdigit())
        national = national[len(code) :] if national.startswith(code) else national.lstrip("0")
        return f"+{code}{national}"

    # addresses
    def street_cc(self, cc: str) -> str:
        r, s = self.r, self.pick(STREETS[cc])
        if cc == "DE":
            return f"{s} {r.randint(1, 140)}{self.pick(['', '', 'a', 'b'])}"
        if cc == "FR":
            return f"{r.randint(1, 120)}{self.pick(['', '', ' bis'])} {s}"
        if cc == "PL":
            return self.pick(
                [
                    f"ul. {s} {r.randint(1, 200)}/{r.randint(1, 60)}",
                    f"ul. {s} {r.randint(1, 90)} m. {r.randint(1, 40)}",
                ]
            )
        if cc == "ES":
            return f"{s} {r.randint(1, 250)}, {r.randint(1, 8)}º {self.pick(['A', 'B', 'C', 'D', 'izq.'])}"
        return f"{s} {r.randint(1, 300)}{self.pick(['', '', '-2', ' A', '-H'])}"

    def zip_cc(self, cc: str) -> str:
        r = self.r
        if cc == "PL":
            return f"{r.randint(0, 99):02d}-{r.randint(0, 999):03d}"
        if cc == "NL":
            letters = "ABCDEGHJKLMNPRTVWXZ"
            return f"{r.randint(1000, 9999)} {self.pick(letters)}{self.pick(letters)}"
        if cc == "ES":
            return f"{r.randint(1, 52):02d}{r.randint(0, 999):03d}"
        return f"{r.randint(1067, 99998):05d}"

    def city_cc(self, cc: str) -> str:
        return self.pick(CITIES[cc])

    def address_cc(self, cc: str) -> str:
        if cc in ("FR", "DE", "PL", "ES", "NL"):
            return f"{self.street_cc(cc)}, {self.zip_cc(cc)} {self.city_cc(cc)}"
        raise ValueError(cc)

    # national identifiers with valid check digits
    def steuer_id(self) -> str:
        while True:
            digits = self.r.sample(range(10), 9)
            digits.append(self.pick(digits))
            self.r.shuffle(digits)
            if digits[0]:
                break
        body = "".join(map(str, digits))
        number = body + str(iso7064_11_10(body))
        return self.pick([number, f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"])

    def nir(self) -> str:
        y, m, _ = self.dob
        dept = self.pick(["75", "69", "13", "59", "33", "44", "31", "93"])
        commune, order = self.r.randint(1, 999), self.r.randint(1, 999)
        body = f"{self.pick('12')}{y % 100:02d}{m:02d}{dept}{commune:03d}{order:03d}"
        key = 97 - int(body) % 97
        if self.r.random() < 0.5:
            return f"{body}{key:02d}"
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"

    def pesel(self) -> str:
        y, m, d = self.dob
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}{self.r.randint(0, 9999):04d}"
        weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        check = (10 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 10) % 10
        return body + str(check)

    def nip(self, formatted: bool | None = None) -> str:
        weights = [6, 5, 7, 2, 3, 4, 5, 6, 7]
        while True:
            body = str(self.r.randint(101, 999)) + f"{self.r.randint(0, 999999):06d}"
            check = sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
            if check < 10:
                break
        n = body + str(check)
        formatted = self.r.random() < 0.5 if formatted is None else formatted
        return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}" if formatted else n

    def bsn(self) -> str:
        while True:
            body = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(7)]
            check = sum((9 - i) * d for i, d in enumerate(body)) % 11
            if check < 10:
                return "".join(map(str, body)) + str(check)

    def dni(self) -> str:
        letters = "TRWAGMYFPDXBNJZSQVHLCKE"
        if self.r.random() < 0.3:
            prefix = self.pick("XYZ")
            n = self.r.randint(0, 9999999)
            return f"{prefix}{n:07d}{letters[int('XYZ'.index(prefix) * 10**7 + n) % 23]}"
        n = self.r.randint(10000000, 99999999)
        return f"{n}{letters[n % 23]}"

    def vsnr(self) -> str:
        y, m, d = self.dob
        area = self.pick(["12", "13", "15", "24", "28", "38", "53", "65"])
        letter = ascii_slug(self.ln)[0].upper()
        serial = f"{self.r.randint(0, 49):02d}"
        digits = area + f"{d:02d}{m:02d}{y % 100:02d}" + f"{ord(letter) - 64:02d}" + serial
        weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        total = sum(sum(map(int, str(int(c) * w))) for c, w in zip(digits, weights, strict=True))
        return f"{area}{d:02d}{m:02d}{y % 100:02d}{letter}{serial}{total % 10}"

    def kvnr(self) -> str:
        letter = self.pick("ABCDEFGHIKLMNPRSTVWXYZ")
        body = f"{self.r.randint(10000000, 99999999)}"
        digits = f"{ord(letter) - 64:02d}" + body
        total = sum(sum(map(int, str(int(c) * (1 if i % 2 == 0 else 2)))) for i, c in enumerate(digits))
        return f"{letter}{body}{total % 10}"

    def national_id(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        return {"DE": self.steuer_id, "FR": self.nir, "PL": self.pesel, "NL": self.bsn, "ES": self.dni}[cc]()

    def tax_id(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        if cc == "PL":
            return self.pick([self.pesel(), self.nip()])
        return self.national_id(cc)

    def icao_check(self, text: str) -> str:
        total = 0
        for i, c in enumerate(text):
            v = int(c) if c.isdigit() else ord(c) - 55
            total += v * (7, 3, 1)[i % 3]
        return str(total % 10)

    def passport_no(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        alnum = "CFGHJKLMNPRTVWXYZ0123456789"
        if cc == "DE":
            return "C" + "".join(self.pick(alnum) for _ in range(8))
        if cc == "FR":
            return f"{self.r.randint(10, 24)}{self.pick('ABCDEFGH')}{self.pick('ABCDEFGH')}{self.digits(5)}"
        if cc == "PL":
            return f"{self.pick(['E', 'F', 'A'])}{self.pick('ABCDEFGHJK')}{self.digits(7)}"
        if cc == "ES":
            return f"{self.pick(['PAA', 'PAB', 'XDA'])}{self.digits(6)}"
        return (
            "N"
            + "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(7))
            + str(self.r.randint(0, 9))
        )

    def id_card_no(self) -> str:
        body = self.pick("LMNPRTVWXY") + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        return body + self.icao_check(body)

    def permit_no(self) -> str:
        if self.r.random() < 0.5:
            body = "Y" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
            return body + self.icao_check(body)
        return f"{self.r.randint(10, 99)}{self.digits(8)}"

    def iban_cc(self, cc: str | None = None, spaced: bool | None = None) -> str:
        cc = cc or self.cc
        if cc == "DE":
            bban = self.pick(["10010010", "20050550", "37040044", "50010517", "70150000"]) + self.digits(10)
        elif cc == "FR":
            bank, branch = self.pick(["30004", "30003", "20041", "10278"]), f"{self.r.randint(0, 99999):05d}"
            account = self.digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        elif cc == "ES":
            bank, branch, account = (
                self.pick(["2100", "0049", "0182", "2085"]),
                self.digits(4),
                self.digits(10),
            )
            weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s: str) -> str:
                v = 11 - sum(int(c) * w for c, w in zip(s, weights, strict=True)) % 11
                return str({11: 0, 10: 1}.get(v, v))

            bban = f"{bank}{branch}{dc('00' + bank + branch)}{dc(account)}{account}"
        elif cc == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO", "KNAB", "BUNQ", "TRIO"]) + self.digits(10)
        else:
            bban = self.pick(["10201026", "11402004", "10500086", "10901014", "24900005"]) + self.digits(16)
        numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
        raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
        spaced = self.r.random() < 0.5 if spaced is None else spaced
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw

    def pl_id_card(self) -> str:
        letters = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        digits = self.digits(5)
        values = [ord(c) - 55 for c in letters] + [int(c) for c in digits]
        check = sum(v * w for v, w in zip(values, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10
        return f"{letters}{check}{digits}"

    def nss_es(self) -> str:
        province = f"{self.r.randint(1, 52):02d}"
        body = province + f"{self.r.randint(0, 99999999):08d}"
        return f"{body}{int(body) % 97:02d}"

    def device_id(self, devices: list[tuple]) -> str:
        """Picks the message's device (manufacturer, model, name, type, os, os version)."""
        self.dev = self.pick(devices)
        return self.uuid()

    def company_nip(self) -> str:
        return self.pick(["PL", ""]) + self.nip(formatted=False)

    def sha256(self) -> str:
        return self.hexid(64)

    def eu_ip(self) -> str:
        if self.r.random() < 0.25:
            return "2a02:" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(7))
        return self.ipv4()

    def iso_in(self, year: int = 2024) -> str:
        return self.iso().replace("2024", str(year), 1)

    def future_date(self) -> str:
        return f"{self.pick([2024, 2025])}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


def P(*items: Any) -> L:
    """A green enum: one of `items`."""
    return G(lambda f: f.pick(items))


def uuid() -> L:
    return G(lambda f: f.uuid())


def num(n: int, prefix: str = "") -> L:
    return G(lambda f: prefix + f.digits(n))


def intg(lo: int, hi: int) -> L:
    return G(lambda f: f.r.randint(lo, hi))


def amount(lo: float, hi: float) -> L:
    return G(lambda f: f.money(lo, hi))


def flag() -> L:
    return G(lambda f: f.pick([True, False]))


def ts() -> L:
    return G(lambda f: f.iso())


@dataclass
class Opt:
    """A key sent only sometimes."""

    item: Any
    p: float = 0.6


@dataclass
class Seq:
    """An array whose elements have different shapes, in order (a form's answers)."""

    items: list


def render39(template: Any, f: Eu, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, Seq):
        return [render39(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, Many):
        return [render39(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render39(value, f, f"{path}.{key}", labels)
        return out
    return render(template, f, path, labels)


# -- contexts of the client libraries ---------------------------------------------------------------

PAGES = {
    "tw": [
        ("/", "Talentwerk – Jobs, die passen"),
        ("/jobs", "Jobs finden | Talentwerk"),
        ("/jobs/pflegefachkraft-berlin-48213", "Pflegefachkraft (m/w/d) in Berlin | Talentwerk"),
        ("/bewerben/48213", "Bewerbung | Talentwerk"),
        ("/fr/offres/developpeur-full-stack-lyon-99120", "Développeur Full Stack H/F – Lyon"),
        ("/recruiter/candidates", "Kandidaten – Talentwerk Recruiter"),
        ("/recruiter/pipeline/7731", "Pipeline – Talentwerk Recruiter"),
    ],
    "gb": [
        ("/", "GigBridge – flexible work, paid weekly"),
        ("/nl/werken", "Werken via GigBridge"),
        ("/pl/praca", "Praca dorywcza | GigBridge"),
        ("/business/pricing", "Pricing for businesses | GigBridge"),
        ("/business/dashboard", "Dashboard | GigBridge Business"),
        ("/account/payouts", "Uitbetalingen | GigBridge"),
    ],
}
HOSTS = {"tw": "https://www.talentwerk.de", "gb": "https://gigbridge.eu"}


def web_context(site: str) -> dict:
    def page_path(f: Eu) -> str:
        f.page = f.pick(PAGES[site])
        return f.page[0]

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": P("npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"),
        },
        "page": {
            "path": G(page_path),
            "referrer": P(
                "https://www.google.com/", "", "https://de.indeed.com/", "https://www.linkedin.com/"
            ),
            "search": P("", "?utm_source=indeed&utm_medium=cpc", "?ref=jobalert", "?lang=fr"),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: HOSTS[site] + f.page[0]),
        },
        "userAgent": P(*UAS_EU),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {"brand": P("Chromium", "Google Chrome", "Not-A.Brand"), "version": P("124", "99", "8")},
                    3,
                ),
                "mobile": flag(),
                "platform": P("Windows", "macOS", "Android", "Linux"),
            },
            0.5,
        ),
        "locale": P("de-DE", "fr-FR", "pl-PL", "nl-NL", "es-ES", "en-GB"),
        "timezone": P("Europe/Berlin", "Europe/Paris", "Europe/Warsaw", "Europe/Amsterdam", "Europe/Madrid"),
        "ip": Y(lambda f: f.eu_ip(), "ip"),
        "campaign": Opt(
            {
                "name": P("pflege_q2", "tech_hiring_lyon", "praca_magazyn", "zomerwerk_2024"),
                "source": P("google", "indeed", "facebook", "newsletter"),
                "medium": P("cpc", "email", "paid_social"),
                "term": P(
                    "pflege jobs berlin", "praca magazyn łódź", "bijbaan horeca utrecht", "développeur lyon"
                ),
                "content": P("banner_a", "carousel_2", "textlink"),
            },
            0.4,
        ),
    }


def swift_context(site: str) -> dict:
    return {
        "app": {
            "name": G(lambda f: "GigBridge"),
            "version": P("4.18.0", "4.18.2", "4.19.0"),
            "build": P("41800", "41802", "41900"),
            "namespace": G(lambda f: "eu.gigbridge.worker"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": P("iPhone14,5", "iPhone15,4", "iPhone12,8", "iPhone16,2"),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Opt(
                Y(
                    lambda f: (
                        "00000000-0000-0000-0000-000000000000" if f.r.random() < 0.2 else f.uuid().upper()
                    ),
                    "advertising id",
                ),
                0.5,
            ),
            "adTrackingEnabled": flag(),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": P("1.5.9", "1.5.11", "1.6.0")},
        "locale": P("pl-PL", "nl-NL", "de-DE", "es-ES"),
        "network": {
            "wifi": flag(),
            "cellular": flag(),
            "carrier": P("Orange PL", "Play", "KPN", "Vodafone", "Movistar"),
        },
        "os": {"name": G(lambda f: "iOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 393, 430), "height": P(844, 852, 932)},
        "timezone": P("Europe/Warsaw", "Europe/Amsterdam", "Europe/Berlin", "Europe/Madrid"),
        "traits": {
            "anonymousId": uuid(),
            "userId": G(lambda f: "wrk_" + f.hexid(12)),
            "email": Opt(Y(lambda f: f.me_email(), "email"), 0.7),
        },
        "instanceId": uuid(),
    }


def kotlin_context(site: str) -> dict:
    return {
        "app": {
            "name": G(lambda f: "GigBridge"),
            "version": P("4.18.0", "4.18.1", "4.19.0"),
            "build": P("418000", "418010", "419000"),
            "namespace": G(lambda f: "eu.gigbridge.worker"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Xiaomi", "Google", "motorola"),
            "model": P("SM-A546B", "23053RN02Y", "Pixel 7a", "moto g54 5G"),
            "name": P("a54x", "tapas", "lynx", "cancunf"),
            "type": G(lambda f: "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.6),
            "adTrackingEnabled": flag(),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": P("1.15.0", "1.16.3", "1.17.1")},
        "locale": P("pl-PL", "nl-NL", "uk-UA", "de-DE"),
        "network": {
            "wifi": flag(),
            "cellular": flag(),
            "bluetooth": flag(),
            "carrier": P("Play", "Plus", "Odido", "KPN"),
        },
        "os": {"name": G(lambda f: "Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 2.75, 3.0), "height": P(2340, 2400), "width": P(1080, 1080)},
        "timezone": P("Europe/Warsaw", "Europe/Amsterdam", "Europe/Berlin"),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "traits": {"anonymousId": uuid(), "userId": G(lambda f: "wrk_" + f.hexid(12))},
        "instanceId": uuid(),
        "location": Opt(
            {
                "latitude": Y(lambda f: round(f.r.uniform(50.0, 53.5), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(4.2, 21.1), 6), "geolocation"),
                "speed": P(0.0, 1.2, 4.8),
            },
            0.7,
        ),
    }


def rn_context(site: str) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Talentwerk"),
            "version": P("2.31.0", "2.32.1", "2.33.0"),
            "build": P("2310", "2321", "2330"),
            "namespace": G(lambda f: "de.talentwerk.app"),
        },
        "device": {
            "id": G(lambda f: f.device_id(RN_DEVICES)),
            "manufacturer": G(lambda f: f.dev[0]),
            "model": G(lambda f: f.dev[1]),
            "name": G(lambda f: f.dev[2]),
            "type": G(lambda f: f.dev[3]),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": P("2.19.2", "2.20.0", "2.20.3"),
        },
        "locale": P("de-DE", "fr-FR", "en-DE", "tr-DE"),
        "network": {
            "wifi": flag(),
            "cellular": flag(),
            "carrier": P("Telekom.de", "Vodafone.de", "Orange F", "o2 - de"),
        },
        "os": {"name": G(lambda f: f.dev[4]), "version": G(lambda f: f.dev[5])},
        "screen": {"width": P(390, 412), "height": P(844, 915)},
        "timezone": P("Europe/Berlin", "Europe/Paris"),
        "traits": {
            "email": Y(lambda f: f.me_email(), "email"),
            "firstName": Opt(Y(lambda f: f.fn, "name"), 0.7),
            "lastName": Opt(Y(lambda f: f.ln, "name"), 0.7),
            "phone": Opt(Y(lambda f: f.me_phone(), "phone"), 0.4),
        },
    }


def flutter_context(site: str) -> dict:
    return {
        "app": {
            "name": G(lambda f: "GigBridge Business"),
            "version": P("1.9.0", "1.9.3", "2.0.0"),
            "build": P("190", "193", "200"),
            "namespace": G(lambda f: "eu.gigbridge.business"),
        },
        "device": {
            "id": G(lambda f: f.device_id(FLUTTER_DEVICES)),
            "manufacturer": G(lambda f: f.dev[0]),
            "model": G(lambda f: f.dev[1]),
            "type": G(lambda f: f.dev[3]),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": P("1.1.1", "1.1.3", "1.1.4")},
        "locale": P("nl_NL", "pl_PL", "de_DE"),
        "os": {"name": G(lambda f: f.dev[4]), "version": G(lambda f: f.dev[5])},
        "screen": {"width": P(820, 1200, 412), "height": P(1180, 1920, 915), "density": P(2.0, 2.625, 1.5)},
        "network": {"wifi": flag(), "cellular": flag()},
        "timezone": P("Europe/Amsterdam", "Europe/Warsaw", "Europe/Berlin"),
        "traits": {
            "userId": G(lambda f: "biz_" + f.digits(6)),
            "email": Opt(Y(lambda f: f.staff_email("cafecentraal.nl"), "email"), 0.6),
        },
    }


def server_context(library: str, version: str, extra: dict | None = None):
    def build(site: str) -> dict:
        ctx: dict[str, Any] = {"library": {"name": G(lambda f: library), "version": P(*version.split())}}
        ctx.update(extra or {})
        return ctx

    return build


EXTERNAL_IDS = Opt(
    Many(
        {
            "id": Y(lambda f: f.me_email(), "email", True),
            "type": G(lambda f: "email"),
            "collection": G(lambda f: "users"),
            "encoding": G(lambda f: "none"),
        },
        1,
    ),
    0.5,
)
CONTEXTS = {
    "web_tw": lambda: web_context("tw"),
    "web_gb": lambda: web_context("gb"),
    "swift": lambda: swift_context("gb"),
    "kotlin": lambda: kotlin_context("gb"),
    "rn": lambda: rn_context("tw"),
    "flutter": lambda: flutter_context("gb"),
    "python": lambda: server_context(
        "analytics-python", "2.3.2 2.3.3 2.3.4", {"externalIds": EXTERNAL_IDS, "active": G(lambda f: False)}
    )("tw"),
    "node": lambda: server_context(
        "@segment/analytics-node",
        "2.1.2 2.1.3 2.2.0",
        {"ip": Y(lambda f: f.eu_ip(), "ip"), "userAgent": P(*UAS_EU)},
    )("tw"),
    "go": lambda: server_context("analytics-go", "3.3.0 3.2.1 3.3.1")("gb"),
    "java": lambda: server_context(
        "analytics-java", "3.5.1 3.5.0 3.4.0", {"groupId": Opt(G(lambda f: "org_" + f.digits(6)), 0.5)}
    )("gb"),
    "ruby": lambda: server_context("analytics-ruby", "2.4.3 2.4.1 2.5.0")("gb"),
    "php": lambda: server_context("analytics-php", "3.7.0 3.8.0 3.6.1", {"ip": Y(lambda f: f.eu_ip(), "ip")})(
        "tw"
    ),
    "dotnet": lambda: server_context("Analytics.NET", "3.8.1 3.8.0 3.7.2")("gb"),
}


# -- shared templates -------------------------------------------------------------------------------


def cv_file_name(f: Eu) -> str:
    fn, ln = f.fn, f.ln
    return f.pick(
        [
            f"Lebenslauf_{fn}_{ln}.pdf",
            f"CV_{ln}_{fn}_2024.pdf",
            f"{fn} {ln} - CV.docx",
            f"cv-{ascii_slug(fn)}-{ascii_slug(ln, '-')}.pdf",
            f"CV {fn} {ln.upper()} (FR).pdf",
        ]
    )


def interview_note(f: Eu) -> str:
    fn, ln = f.fn, f.ln
    return f.pick(
        [
            f"{fn} explained the warehouse migration project clearly; check German level (B2?).",
            f"Strong on SQL and dbt. {fn} {ln} prefers hybrid, max 3 days onsite.",
            f"{fn} asked twice about the relocation package and start date.",
            f"Not a fit for the team lead role, but {fn} would suit the senior IC opening.",
            f"{fn} hat sehr gute Erfahrung in der Intensivpflege, Schichtbereitschaft ok.",
            f"{fn} {ln} : très bon échange, à revoir avec le manager pour le package.",
        ]
    )


def deletion_message(f: Eu) -> str:
    name = f.me_name()
    return f.pick(
        [
            f"Bitte löschen Sie alle meine Daten und meinen Lebenslauf. Mit freundlichen Grüßen, {name}",
            f"Merci de supprimer mon compte et mes candidatures. Cordialement, {name}",
            f"Please remove my profile and CV from your talent pool. Thanks, {name}",
            f"Proszę o usunięcie moich danych. Pozdrawiam, {name}",
            f"Graag mijn gegevens verwijderen. Met vriendelijke groet, {name}",
        ]
    )


def cover_letter(f: Eu) -> str:
    name = f.me_name()
    job = f.pick(JOB_TITLES)
    return f.pick(
        [
            f"Madame, Monsieur, actuellement en poste chez un éditeur lyonnais, je souhaite rejoindre votre "
            f"équipe en tant que {job}. Je reste à votre disposition pour un entretien. {name}",
            f"Madame, Monsieur, passionnée par le recrutement depuis six ans, je vous adresse ma candidature "
            f"au poste de {job}. Veuillez agréer mes salutations distinguées. {name}",
            f"Bonjour, votre offre de {job} a retenu toute mon attention : mon expérience en logistique "
            f"correspond à vos besoins. Bien cordialement, {name}",
        ]
    )


def sms_body(f: Eu) -> str:
    fn, venue = f.fn, f.pick(VENUES)
    hour = f.r.randint(5, 20)
    return f.pick(
        [
            f"Hoi {fn}, je dienst bij {venue} begint morgen om {hour}:00. Succes!",
            f"Cześć {fn}! Twoja zmiana w {venue} zaczyna się jutro o {hour}:00.",
            f"{fn}, your payout of €{f.money(40, 600)} is on its way. GigBridge",
            f"Hallo {fn}, bitte bestätige deine Schicht am {f.future_date()} in der App.",
            f"Hola {fn}, tu turno en {venue} ha sido confirmado para las {hour}:00.",
        ]
    )


def linkedin(f: Eu) -> str:
    return f"https://www.linkedin.com/in/{ascii_slug(f.fn)}-{ascii_slug(f.ln, '-')}-{f.hexid(6)}"


def recruiter_query(f: Eu) -> str:
    first, last = f.other()
    return f.pick([f"{first} {last}", last, f.email_for(first, last, f.pick(list(MAIL_DOMAINS)))])


def address_input(f: Eu) -> str:
    cc = f.pick(["PL", "NL", "DE", "ES"])
    street = f.street_cc(cc)
    return f.pick([street, street[: max(8, len(street) - 3)], f"{street}, {f.city_cc(cc)}"])


def hashed() -> L:
    return G(lambda f: f.sha256())


def pii_hash(type_: str) -> L:
    return Y(lambda f: f.sha256(), type_)


IDENTIFY_BASE = {
    "email": Y(lambda f: f.me_email(), "email"),
    "firstName": Y(lambda f: f.fn, "name"),
    "lastName": Y(lambda f: f.ln, "name"),
    "phone": Opt(Y(lambda f: f.me_phone(), "phone"), 0.7),
    "birthday": Opt(Y(lambda f: f.me_dob(), "birthdate"), 0.5),
    "address": Opt(
        {
            "street": Y(lambda f: f.street_cc(f.cc), "street|address"),
            "city": Y(lambda f: f.city_cc(f.cc), "city"),
            "postalCode": Y(lambda f: f.zip_cc(f.cc), "zipcode"),
            "country": G(lambda f: f.cc),
        },
        0.6,
    ),
    "createdAt": ts(),
    "emailVerified": flag(),
    "phoneVerified": flag(),
}

PRODUCT = {
    "product_id": num(5, "jp_"),
    "sku": P("TW-ANZ-30-BASIC", "TW-ANZ-30-PREM", "TW-ANZ-60-PREM", "TW-BOOST-7", "TW-SOCIAL-PKG"),
    "name": P(
        "Stellenanzeige Basic (30 Tage)",
        "Stellenanzeige Premium (30 Tage)",
        "Stellenanzeige Premium (60 Tage)",
        "Top-Job Boost 7 Tage",
        "Social Recruiting Paket",
    ),
    "price": P(249.0, 549.0, 899.0, 99.0, 1290.0),
    "quantity": intg(1, 3),
}

# -- events -----------------------------------------------------------------------------------------
# (brand, call, event or page/screen name, client, body, repeats)

TALENTWERK = [
    (
        "page",
        "Stellenanzeige",
        "web_tw",
        {
            "path": G(lambda f: f"/jobs/{f.digits(5)}"),
            "url": G(lambda f: f"https://www.talentwerk.de/jobs/{f.digits(5)}"),
            "title": P(*JOB_TITLES),
            "referrer": P("https://www.google.de/", "https://de.indeed.com/", ""),
            "search": P("", "?ref=jobalert", "?utm_source=stepstone"),
            "job_id": num(5),
            "job_city": P(*CITIES["DE"], *CITIES["FR"]),
            "salary_range": {
                "min": P(38000, 45000, 52000, 2900),
                "max": P(48000, 60000, 72000, 3600),
            },
            "company_name": P(*EMPLOYERS),
        },
        40,
    ),
    (
        "track",
        "Job Alert Created",
        "web_tw",
        {
            "alert_id": uuid(),
            "keywords": P("pflege", "backend java", "marketing werkstudent", "développeur"),
            "location": P("Berlin", "Lyon", "80331 München", "Remote", "Hamburg-Altona"),
            "frequency": P("daily", "weekly", "instant"),
            "email": Y(lambda f: f.me_email(), "email"),
            "double_opt_in_sent": flag(),
            "language": P("de", "fr", "en"),
        },
        25,
    ),
    (
        "track",
        "Application Submitted",
        "web_tw",
        {
            "application_id": uuid(),
            "job_id": num(5),
            "candidate": {
                "first_name": Y(lambda f: f.fn, "name"),
                "last_name": Y(lambda f: f.ln, "name"),
                "email": Y(lambda f: f.me_email(), "email"),
                "phone": Y(lambda f: f.me_phone(), "phone"),
                "city": Opt(Y(lambda f: f.city_cc(f.cc), "city"), 0.6),
                "linkedin_url": Opt(Y(linkedin, "identification"), 0.5),
            },
            "cv": {
                "file_name": Y(cv_file_name, "name", True),
                "mime_type": P(
                    "application/pdf",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ),
                "sha256": hashed(),
            },
            "cover_letter_attached": flag(),
            "salary_expectation": Opt(
                {
                    "amount": Y(lambda f: f.pick([42000, 48000, 55000, 61000, 68000, 75000]), "salary"),
                    "currency": P("EUR"),
                },
                0.7,
            ),
            "notice_period": P("none", "2 weeks", "1 month", "3 months"),
            "available_from": G(lambda f: f.future_date()),
            "needs_visa_sponsorship": flag(),
            "consents": {
                "talent_pool": flag(),
            },
        },
        35,
    ),
    (
        "track",
        "Bewerbung Eingegangen",
        "php",
        {
            "bewerbungsId": num(8),
            "stellenId": num(5),
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "divers"]), "gender"),
            "vorname": Y(lambda f: f.fn, "name"),
            "nachname": Y(lambda f: f.ln, "name"),
            "geburtsdatum": Y(lambda f: f.me_dob("de"), "birthdate"),
            "strasse": Y(lambda f: f.street_cc("DE"), "street|address"),
            "plz": Y(lambda f: f.zip_cc("DE"), "zipcode"),
            "ort": Y(lambda f: f.city_cc("DE"), "city"),
            "telefon": Y(lambda f: f.phone_cc("DE"), "phone"),
            "e_mail": Y(lambda f: f.email_for(f.fn, f.ln, "DE"), "email"),
            "staatsangehoerigkeit": Y(lambda f: NATIONALITY[f.culture], "citizenship"),
            "aufenthaltstitel": RED(
                lambda f: f.pick(
                    [
                        "Niederlassungserlaubnis",
                        "Blaue Karte EU",
                        "Aufenthaltserlaubnis § 18b",
                        "nicht erforderlich (EU)",
                    ]
                ),
                "visa",
            ),
            "schwerbehinderung": RED(lambda f: f.pick([True, False, False]), "disability"),
            "gehaltsvorstellung": Y(lambda f: f.pick([3200, 3800, 4500, 52000, 65000]), "salary"),
            "kuendigungsfrist": P("keine", "4 Wochen", "3 Monate zum Quartalsende"),
            "eintrittstermin": G(lambda f: f.future_date()),
            "quelle": P("StepStone", "Indeed", "Karriereseite", "Empfehlung", "Arbeitsagentur"),
        },
    ),
    (
        "track",
        "Onboarding Daten Erfasst",
        "php",
        {
            "personalnummer": num(6),
            "eintrittsdatum": G(lambda f: f.future_date()),
            "steuer_id": RED(lambda f: f.steuer_id(), "national id"),
            "steuerklasse": P(1, 2, 3, 4, 5),
            "kinderfreibetraege": P(0, 0.5, 1.0, 2.0),
            "konfession": RED(lambda f: f.pick(["rk", "ev", "--", "--", "ak"]), "religion"),
            "sozialversicherungsnummer": RED(lambda f: f.vsnr(), "social security number"),
            "krankenkasse": P(
                "Techniker Krankenkasse", "AOK Nordost", "BARMER", "DAK-Gesundheit", "IKK classic"
            ),
            "krankenversichertennummer": RED(lambda f: f.kvnr(), "health id"),
            "iban": RED(lambda f: f.iban_cc("DE"), "bank account"),
            "bic": P("COBADEFFXXX", "DEUTDEBBXXX", "BELADEBEXXX", "GENODEM1GLS"),
            "kontoinhaber": Y(lambda f: f.me_name(), "name"),
            "notfallkontakt": {
                "name": Y(lambda f: f.other_name(), "name"),
                "telefon": Y(lambda f: f.phone_cc("DE"), "phone"),
                "beziehung": P("Ehefrau", "Ehemann", "Mutter", "Vater", "Partner/in"),
            },
        },
        25,
    ),
    (
        "track",
        "Candidature Envoyée",
        "node",
        {
            "idCandidature": uuid(),
            "civilite": Y(lambda f: f.pick(["M.", "Mme"]), "gender"),
            "nom": Y(lambda f: f.ln, "name"),
            "prenom": Y(lambda f: f.fn, "name"),
            "courriel": Y(lambda f: f.email_for(f.fn, f.ln, "FR"), "email"),
            "telephonePortable": Y(lambda f: f.phone_cc("FR"), "phone"),
            "adresse": Y(lambda f: f.address_cc("FR"), "address"),
            "codePostal": Y(lambda f: f.zip_cc("FR"), "zipcode"),
            "ville": Y(lambda f: f.city_cc("FR"), "city"),
            "dateNaissance": Y(lambda f: f.me_dob("fr"), "birthdate"),
            "numeroSecuriteSociale": Opt(RED(lambda f: f.nir(), "social security number|national id"), 0.6),
            "pretentionsSalariales": Y(
                lambda f: f.pick(["38 000 € brut annuel", "45-50k€", "2 400 € net/mois", "55000"]), "salary"
            ),
            "permisB": flag(),
            "rqth": RED(lambda f: f.pick([True, False, False]), "disability"),
            "lettreMotivation": Opt(Y(cover_letter, "name", True), 0.7),
            "posteVise": P(*JOB_TITLES[3:5], "Préparateur de commandes H/F", "Infirmier H/F"),
            "disponibilite": P("immédiate", "1 mois", "3 mois"),
        },
    ),
    (
        "identify",
        None,
        "rn",
        {
            **IDENTIFY_BASE,
            "preferredLanguage": P("de", "fr", "en", "tr"),
            "headline": P(
                "Senior Java Developer", "Pflegefachkraft", "Fachkraft für Lagerlogistik", "Chargée RH"
            ),
            "yearsOfExperience": intg(0, 25),
            "desiredSalary": Opt(Y(lambda f: f.pick([36000, 44000, 52000, 65000, 80000]), "salary"), 0.5),
            "openToRelocation": flag(),
            "avatar": Opt(Y(lambda f: f"https://cdn.talentwerk.de/avatars/{f.hexid(16)}.jpg", "photo"), 0.5),
            "marketingOptIn": flag(),
        },
        35,
    ),
    (
        "identify",
        None,
        "web_tw",
        {
            "email": Y(lambda f: f.staff_email(), "email"),
            "firstName": Y(lambda f: f.other()[0], "name"),
            "lastName": Y(lambda f: f.other()[1], "name"),
            "role": P("recruiter", "hiring_manager", "admin", "coordinator"),
            "company": {"id": num(6, "org_"), "name": P(*EMPLOYERS)},
            "createdAt": ts(),
            "seats": intg(1, 40),
            "emailVerified": flag(),
        },
        20,
    ),
    (
        "track",
        "Interview Scheduled",
        "python",
        {
            "interview_id": uuid(),
            "application_id": uuid(),
            "scheduled_at": G(lambda f: f.iso_in(2025)),
            "format": P("video", "onsite", "phone"),
            "location": P(
                "Friedrichstraße 68, 10117 Berlin",
                "12 quai Perrache, 69002 Lyon",
                "Am Sandtorkai 5, 20457 Hamburg",
            ),
            "video_link": G(
                lambda f: f.pick(
                    [
                        f"https://meet.google.com/{f.hexid(3)}-{f.hexid(4)}-{f.hexid(3)}",
                        f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{f.hexid(24)}",
                    ]
                )
            ),
            "interviewers": Many(
                {
                    "staff_id": num(5),
                    "name": Y(lambda f: f.other_name(), "name"),
                    "email": Y(lambda f: f.staff_email(), "email"),
                    "role": P("hiring_manager", "recruiter", "team_member"),
                },
                3,
            ),
            "candidate_email": Y(lambda f: f.me_email(), "email"),
            "candidate_phone": Opt(Y(lambda f: f.me_phone(), "phone"), 0.6),
            "candidate_timezone": P("Europe/Berlin", "Europe/Paris", "Europe/Warsaw", "Asia/Kolkata"),
        },
    ),
    (
        "track",
        "Interview Feedback Submitted",
        "node",
        {
            "feedback_id": uuid(),
            "interview_id": uuid(),
            "interviewer_id": num(5),
            "overall_rating": intg(1, 5),
            "recommendation": P("strong_yes", "yes", "no", "strong_no"),
            "scorecard": {
                "communication": intg(1, 4),
                "problem_solving": intg(1, 4),
            },
            "summary": P(
                "Solid fundamentals, weak on system design.",
                "Great culture add, needs mentoring on testing.",
                "Excellent clinical experience, flexible with shifts.",
                "Communication good, technical depth insufficient for senior level.",
            ),
            "notes": Opt(Y(interview_note, "name", True), 0.7),
            "salary_discussed": flag(),
        },
    ),
    (
        "track",
        "Offer Extended",
        "dotnet",
        {
            "OfferId": num(7, "OF-"),
            "ApplicationId": uuid(),
            "CandidateName": Y(lambda f: f.me_name(), "name"),
            "CandidateEmail": Y(lambda f: f.me_email(), "email"),
            "CandidateAddress": Y(lambda f: f.address_cc(f.cc), "address"),
            "BaseSalary": Y(lambda f: f.pick([46000, 52500, 61000, 68000, 3400]), "salary"),
            "Currency": P("EUR"),
            "StartDate": G(lambda f: f.future_date()),
            "ContractType": P("Unbefristet", "Befristet 24 Monate", "CDI", "CDD 12 mois"),
            "HiringManager": Y(lambda f: f.other_name(), "name"),
            "Remote": flag(),
        },
        25,
    ),
    (
        "track",
        "Diversity Survey Completed",
        "web_tw",
        {
            "survey_id": uuid(),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "age_range": P("18-24", "25-34", "35-44", "45-54", "55+"),
            "ethnicity": RED(
                lambda f: f.pick(["white", "black", "asian", "arab", "mixed", "prefer_not_to_say"]),
                "ethnicity",
            ),
            "disability": RED(lambda f: f.pick(["yes", "no", "prefer_not_to_say"]), "disability"),
            "sexual_orientation": RED(
                lambda f: f.pick(["heterosexual", "gay_lesbian", "bisexual", "prefer_not_to_say"]),
                "sexual orientation",
            ),
            "religion": RED(
                lambda f: f.pick(["christian", "muslim", "jewish", "none", "buddhist", "prefer_not_to_say"]),
                "religion",
            ),
            "caring_responsibilities": flag(),
        },
        25,
    ),
    (
        "track",
        "Consent Updated",
        "web_tw",
        {
            "consent_id": uuid(),
            "purposes": Many(P("analytics", "talent_pool", "marketing_email", "personalisation"), 3),
            "granted": flag(),
            "policy_version": P("2023-11", "2024-03", "2024-06"),
            "ip_address": Y(lambda f: f.eu_ip(), "ip"),
            "user_agent": P(*UAS_EU),
            "method": P("banner", "preference_center", "application_form"),
            "tcf_string": G(
                lambda f: "CP" + f.hexid(10).upper() + "AAAAGEN" + f.hexid(12).upper() + ".YAAAAAAAAAAA"
            ),
        },
    ),
    (
        "track",
        "Deletion Request Received",
        "python",
        {
            "request_id": uuid(),
            "regulation_type": P("SUPPRESS_WITH_DELETE", "DELETE_ONLY", "SUPPRESS_ONLY"),
            "requester_email": Y(lambda f: f.me_email(), "email"),
            "requester_name": Opt(Y(lambda f: f.me_name(), "name"), 0.6),
            "subject_user_id": num(8, "cand_"),
            "channel": P("web_form", "email", "dpo_mailbox"),
            "due_by": G(lambda f: f.future_date()),
            "message": Opt(Y(deletion_message, "name", True), 0.6),
        },
        25,
    ),
    (
        "track",
        "Data Export Requested",
        "python",
        {
            "request-id": uuid(),
            "export-format": P("json", "csv", "pdf"),
            "contact-email": Y(lambda f: f.me_email(), "email"),
            "include-attachments": flag(),
            "requested-via": P("account_settings", "support", "dpo_mailbox"),
            "locale": P("de-DE", "fr-FR", "en-GB"),
        },
        20,
    ),
    (
        "track",
        "Candidate Searched",
        "web_tw",
        {
            "q": Y(recruiter_query, "name|email", True),
            "filters": {
                "stage": P("new", "screening", "interview", "offer", "any"),
                "job_id": num(5),
                "source": P("any", "referral", "linkedin"),
            },
            "results_count": intg(0, 60),
        },
    ),
    (
        "track",
        "Candidate Stage Changed",
        "node",
        {
            "candidate_id": G(lambda f: f.r.randint(100000, 9999999)),
            "application_id": uuid(),
            "from_stage": P("new", "screening", "interview", "offer"),
            "to_stage": P("screening", "interview", "offer", "hired", "rejected"),
            "changed_by": Y(lambda f: f.staff_email(), "email", True),
            "rejection_reason": Opt(
                P("skills_mismatch", "salary", "withdrew", "position_filled", "no_show"), 0.5
            ),
            "automated": flag(),
            "email_template_id": num(4, "tpl_"),
        },
    ),
    (
        "track",
        "Reference Check Requested",
        "ruby",
        {
            "reference_id": uuid(),
            "candidate_id": G(lambda f: f.r.randint(100000, 9999999)),
            "referee": {
                "name": Y(lambda f: f.other_name(), "name"),
                "email": Y(lambda f: f.other_email(), "email"),
                "phone": Y(lambda f: f.phone_cc(f.pick(["DE", "FR", "PL", "ES", "NL"])), "phone"),
                "company": P(*EMPLOYERS, *CLIENTS),
                "job_title": P(
                    "Teamleiter Logistik", "Stationsleitung", "Engineering Manager", "Directrice RH"
                ),
                "relationship": P("former_manager", "colleague", "client"),
            },
        },
        25,
    ),
    (
        "track",
        "Work Permit Uploaded",
        "php",
        {
            "document_id": uuid(),
            "document_type": P("residence_permit", "eu_blue_card", "national_visa_d", "titre_de_sejour"),
            "issuing_country": P("DE", "FR", "NL"),
            "permit_number": RED(lambda f: f.permit_no(), "visa|national id"),
            "valid_until": G(lambda f: f.future_date()),
            "scan_sha256": hashed(),
            "nationality": Y(
                lambda f: f.pick(["IN", "UA", "TR", "MA", "VN", "NG", "ER", "CN"]), "citizenship"
            ),
        },
        25,
    ),
    (
        "track",
        "Email Opened",
        "python",
        {
            "email": Y(lambda f: f.me_email(), "email"),
            "event": P("open", "delivered", "click", "processed"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.r.randint(1, 9)}-{f.hexid(5)}"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "smtp-id": G(lambda f: f"<{f.hexid(14)}.{f.hexid(4)}@ismtpd-{f.r.randint(100, 999)}>"),
            "category": Many(P("application_confirmation", "interview_invite", "job_alert", "rejection"), 2),
            "ip": Opt(Y(lambda f: f.eu_ip(), "ip"), 0.6),
            "useragent": P(
                *UAS_EU,
                "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web_tw",
        {**PRODUCT, "variant": P("30 Tage", "60 Tage", "Bundle")},
        25,
    ),
    ("track", "Product Added", "web_tw", {"cart_id": uuid(), **PRODUCT}, 20),
    (
        "track",
        "Checkout Started",
        "web_tw",
        {
            "order_id": num(8, "TW-"),
            "revenue": amount(99, 3000),
            "tax": amount(18, 570),
            "currency": P("EUR"),
            "coupon": P("", "STARTUP20", "PFLEGE10"),
            "products": Many(PRODUCT, 3),
        },
        20,
    ),
    (
        "track",
        "Payment Info Entered",
        "web_tw",
        {
            "checkout_id": uuid(),
            "order_id": num(8, "TW-"),
            "payment_method": P("card", "sepa_debit", "invoice"),
            "card_brand": P("visa", "mastercard", "amex", "cartes_bancaires"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": intg(1, 12),
            "card_exp_year": intg(2025, 2031),
            "card_bin": G(lambda f: f.pick(["4", "5"]) + f.digits(5)),
            "cardholder_name": Y(lambda f: f.me_name().upper(), "name"),
        },
        20,
    ),
    (
        "track",
        "Order Completed",
        "web_tw",
        {
            "order_id": num(8, "TW-"),
            "checkout_id": uuid(),
            "total": amount(99, 3000),
            "revenue": amount(99, 3000),
            "tax": amount(18, 570),
            "coupon": P("", "STARTUP20", "PFLEGE10"),
            "currency": P("EUR"),
            "products": Many(PRODUCT, 3),
            "billing": {
                "company": P(*EMPLOYERS),
                "vat_id": G(lambda f: f.pick(["DE", "FR"]) + f.digits(9)),
                "contact_name": Y(lambda f: f.me_name(), "name"),
                "email": Y(
                    lambda f: f.staff_email(f.pick(["klinikum-nordstadt.de", "brightwave.io", "verdier.fr"])),
                    "email",
                ),
                "street": P("Friedrichstraße 68", "12 quai Perrache", "Industriestraße 4", "Am Sandtorkai 5"),
                "city": P("Berlin", "Lyon", "Dortmund", "Hamburg"),
                "postal_code": P("10117", "69002", "44147", "20457"),
                "country": P("DE", "FR"),
            },
            "invoice_number": G(lambda f: f"RE-2024-{f.r.randint(1, 99999):05d}"),
            "payment_method": P("card", "sepa_debit", "invoice"),
        },
        25,
    ),
    (
        "group",
        None,
        "web_tw",
        {
            "name": P(*EMPLOYERS),
            "industry": P("Healthcare", "Software", "Logistics", "Hospitality", "Public sector"),
            "employees": P(45, 230, 1200, 8000),
            "plan": P("starter", "business", "enterprise"),
            "vat_id": G(lambda f: f.pick(["DE", "FR"]) + f.digits(9)),
            "country": P("DE", "FR", "ES"),
            "created_at": ts(),
            "seats": intg(1, 40),
        },
        20,
    ),
    (
        "screen",
        "Job Detail",
        "rn",
        {
            "job_id": num(5),
            "job_title": P(*JOB_TITLES),
            "company_name": P(*EMPLOYERS),
            "from_push": flag(),
            "position": intg(1, 30),
        },
        40,
    ),
    (
        "track",
        "Push Notification Opened",
        "rn",
        {
            "campaign_id": num(6, "cmp_"),
            "title": P(
                "3 neue Jobs in deiner Nähe", "Deine Bewerbung wurde angesehen", "Nouvelle offre pour vous"
            ),
            "deep_link": G(lambda f: f"talentwerk://jobs/{f.digits(5)}"),
        },
        25,
    ),
    (
        "track",
        "Assessment Completed",
        "java",
        {
            "assessment_id": uuid(),
            "candidate_id": G(lambda f: f.r.randint(100000, 9999999)),
            "test_name": P(
                "Numerical Reasoning EU", "Java Coding Challenge", "Deutsch B2 Test", "Situational Judgement"
            ),
            "score": intg(0, 100),
            "duration_s": intg(300, 5400),
            "webcam_snapshot_url": Opt(
                Y(lambda f: f"https://proctor.example-assess.com/snap/{f.hexid(20)}.jpg", "photo"), 0.6
            ),
        },
        25,
    ),
    (
        "identify",
        None,
        "python",
        {
            "CANDIDATE_ID": G(lambda f: f.r.randint(100000, 9999999)),
            "FIRST_NAME": Y(lambda f: f.fn, "name"),
            "LAST_NAME": Y(lambda f: f.ln, "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.me_email(), "email"),
            "MOBILE_PHONE": Y(lambda f: f.me_phone(), "phone"),
            "POSTAL_CODE": Y(lambda f: f.zip_cc(f.cc), "zipcode"),
            "CITY": Y(lambda f: f.city_cc(f.cc), "city"),
            "STREET_ADDRESS": Opt(Y(lambda f: f.street_cc(f.cc), "street|address"), 0.7),
            "DATE_OF_BIRTH": Opt(Y(lambda f: f.me_dob(), "birthdate"), 0.6),
            "APPLICATIONS_COUNT": intg(1, 14),
            "LAST_APPLIED_AT": ts(),
            "LIFECYCLE_STAGE": P("ACTIVE", "PASSIVE", "HIRED", "DORMANT"),
            "IS_SILVER_MEDALIST": flag(),
            "TALENT_POOLS": Many(P("NURSING_DE", "TECH_LYON", "LOGISTICS_NRW", "GRADUATES_2024"), 2),
            "GDPR_RETENTION_UNTIL": G(lambda f: f.future_date()),
            "SOURCE_SYSTEM": P("snowflake", "bigquery"),
        },
        30,
    ),
    (
        "track",
        "Callback Requested",
        "web_tw",
        {
            "contact": Y(lambda f: f.me_phone(), "phone", True),
            "preferred_time": P("morning", "afternoon", "evening"),
            "topic": P("application_status", "job_question", "employer_sales"),
            "job_id": Opt(num(5), 0.6),
        },
        20,
    ),
    (
        "track",
        "Lead",
        "node",
        {
            "event_source_url": G(lambda f: f"https://www.talentwerk.de/bewerben/{f.digits(5)}"),
            "user_data": {
                "em": pii_hash("email"),
                "ph": Opt(pii_hash("phone"), 0.7),
                "fn": pii_hash("name"),
                "ln": pii_hash("name"),
                "ct": Opt(pii_hash("city"), 0.6),
                "zp": Opt(pii_hash("zipcode"), 0.6),
                "country": G(lambda f: sha256(f.pick(["de", "fr", "es", "pl", "nl"]).encode()).hexdigest()),
                "external_id": hashed(),
                "client_ip_address": Y(lambda f: f.eu_ip(), "ip"),
                "client_user_agent": P(*UAS_EU),
                "fbc": Opt(
                    Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(20)}", "advertising id"),
                    0.5,
                ),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            },
            "custom_data": {
                "content_name": P(*JOB_TITLES),
                "value": P(0, 1, 5),
            },
        },
        25,
    ),
    (
        "track",
        "Talent Pool Form Submitted",
        "python",
        {
            "form_response": {
                "form_id": P("kT9pQz", "Lm3xVb", "Zr8wNc"),
                "token": G(lambda f: f.hexid(32)),
                "submitted_at": ts(),
                "definition": {
                    "id": P("kT9pQz", "Lm3xVb", "Zr8wNc"),
                    "title": P("Talentpool Pflege", "Rejoignez notre vivier", "Tech Talent Pool"),
                },
                "answers": Seq(
                    [
                        {
                            "type": P("text"),
                            "text": Y(lambda f: f.me_name(), "name", True),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": P("short_text"),
                                "ref": P("full_name"),
                            },
                        },
                        {
                            "type": P("email"),
                            "email": Y(lambda f: f.me_email(), "email"),
                            "field": {"id": G(lambda f: f.hexid(12)), "type": P("email"), "ref": P("email")},
                        },
                        {
                            "type": P("phone_number"),
                            "phone_number": Y(lambda f: f.me_phone(), "phone"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": P("phone_number"),
                                "ref": P("phone"),
                            },
                        },
                        {
                            "type": P("choice"),
                            "choice": {"label": P("Pflege", "IT / Software", "Logistik", "Vertrieb")},
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": P("multiple_choice"),
                                "ref": P("area"),
                            },
                        },
                        {
                            "type": P("number"),
                            "number": intg(0, 30),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": P("number"),
                                "ref": P("years_exp"),
                            },
                        },
                        {
                            "type": P("boolean"),
                            "boolean": flag(),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": P("yes_no"),
                                "ref": P("relocate"),
                            },
                        },
                        {
                            "type": P("date"),
                            "date": G(lambda f: f.future_date()),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": P("date"),
                                "ref": P("start_date"),
                            },
                        },
                    ]
                ),
            }
        },
        25,
    ),
    (
        "track",
        "Newsletter Subscribed",
        "php",
        {
            "email-address": Y(lambda f: f.me_email(), "email"),
            "first-name": Opt(Y(lambda f: f.fn, "name"), 0.6),
            "list-id": P("a1b2c3d4e5", "9f8e7d6c5b", "1122aabbcc"),
            "double-opt-in": flag(),
            "source-page": P(
                "https://www.talentwerk.de/blog/gehalt-pflege",
                "https://www.talentwerk.de/",
                "https://www.talentwerk.de/fr/",
            ),
        },
        20,
    ),
    ("alias", None, "rn", None, 20),
    (
        "track",
        "Password Reset Requested",
        "web_tw",
        {
            "email": Y(lambda f: f.me_email(), "email"),
            "reset_url": RED(
                lambda f: f"https://app.talentwerk.de/reset-password?token={f.hexid(40)}", "token", True
            ),
            "expires_in_min": P(30, 60),
        },
        20,
    ),
    (
        "track",
        "Password Changed",
        "web_tw",
        {
            "password_strength": P("weak", "fair", "strong", "very_strong"),
            "password_length": intg(8, 32),
            "password_reused": flag(),
            "via_reset": flag(),
        },
        20,
    ),
    (
        "track",
        "Signed In",
        "web_tw",
        {
            "method": P("password", "google", "linkedin", "magic_link"),
            "remember_me": flag(),
            "mfa": flag(),
            "login_attempts": intg(1, 5),
        },
    ),
    (
        "track",
        "Job Posted",
        "ruby",
        {
            "job_id": num(5),
            "title": P(*JOB_TITLES),
            "job_location": {
                "street": P("Friedrichstraße 68", "12 quai Perrache", "Industriestraße 4", "Am Sandtorkai 5"),
                "city": P("Berlin", "Lyon", "Dortmund", "Hamburg"),
                "postal_code": P("10117", "69002", "44147", "20457"),
                "country": P("DE", "FR"),
            },
            "salary_min": P(38000, 45000, 52000),
            "salary_max": P(48000, 60000, 72000),
            "recruiter_email": Y(lambda f: f.staff_email(), "email"),
            "recruiter_phone": Y(lambda f: f.phone_cc(f.pick(["DE", "FR"])), "phone"),
            "visa_sponsorship": flag(),
        },
        25,
    ),
    (
        "track",
        "Email Drafted",
        "web_tw",
        {
            "template_id": num(4, "tpl_"),
            "recipient": {
                "type": P("candidate", "hiring_manager", "referee"),
                "label": Y(lambda f: f"{f.me_name()} <{f.me_email()}>", "name|email", True),
            },
            "has_attachment": flag(),
            "subject": P(
                "Ihre Bewerbung bei uns",
                "Einladung zum Vorstellungsgespräch",
                "Votre candidature",
                "Next steps",
            ),
        },
        25,
    ),
    (
        "track",
        "Profile Updated",
        "rn",
        {
            "fields_changed": Many(P("phone", "address", "photo", "email", "headline", "salary"), 3),
            "email_changed": flag(),
            "phone_count": intg(0, 2),
            "address_verified": flag(),
            "photo_uploaded": flag(),
            "name_change_requested": flag(),
        },
    ),
]

GIGBRIDGE = [
    (
        "identify",
        None,
        "kotlin",
        {
            **IDENTIFY_BASE,
            "workerStatus": P("onboarding", "active", "paused", "offboarded"),
            "rating": G(lambda f: round(f.r.uniform(3.2, 5.0), 2)),
            "completedShifts": intg(0, 420),
            "vehicleType": P("none", "bike", "ebike", "car", "scooter"),
            "languages": Many(P("pl", "nl", "en", "uk", "es", "de"), 3),
            "preferredCities": Many(P(*CITIES["PL"], *CITIES["NL"]), 2),
        },
        35,
    ),
    (
        "identify",
        None,
        "swift",
        {
            **IDENTIFY_BASE,
            "workerStatus": P("onboarding", "active", "paused", "offboarded"),
            "rating": G(lambda f: round(f.r.uniform(3.2, 5.0), 2)),
            "completedShifts": intg(0, 420),
        },
        25,
    ),
    (
        "track",
        "Pracownik Zarejestrowany",
        "go",
        {
            "imie": Y(lambda f: f.fn, "name"),
            "nazwisko": Y(lambda f: f.ln, "name"),
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "nip": Opt(RED(lambda f: f.nip(), "national id"), 0.5),
            "numer_dowodu": Opt(RED(lambda f: f.pl_id_card(), "national id"), 0.6),
            "telefon": Y(lambda f: f.phone_cc("PL"), "phone"),
            "adres_email": Y(lambda f: f.email_for(f.fn, f.ln, "PL"), "email"),
            "data_urodzenia": Y(lambda f: f.me_dob(), "birthdate"),
            "ulica": Y(lambda f: f.street_cc("PL"), "street|address"),
            "miasto": Y(lambda f: f.city_cc("PL"), "city"),
            "kod_pocztowy": Y(lambda f: f.zip_cc("PL"), "zipcode"),
            "numer_konta": RED(lambda f: f.iban_cc("PL"), "bank account"),
            "forma_wspolpracy": P("umowa zlecenie", "B2B", "umowa o pracę tymczasową"),
            "status_studenta": flag(),
            "jezyki": Many(P("polski", "angielski", "ukraiński", "niemiecki"), 3),
            "zrodlo": P("facebook", "olx", "polecenie", "google"),
        },
    ),
    (
        "track",
        "Worker Onboarded",
        "go",
        {
            "country": G(lambda f: "ES"),
            "dni_nie": RED(lambda f: f.dni(), "national id"),
            "social_security_number": RED(lambda f: f.nss_es(), "social security number"),
            "date_of_birth": Y(lambda f: f.me_dob(), "birthdate"),
            "mobile": Y(lambda f: f.phone_cc("ES"), "phone"),
            "postal_code": Y(lambda f: f.zip_cc("ES"), "zipcode"),
            "iban": RED(lambda f: f.iban_cc("ES"), "bank account"),
            "tax_residence": P("ES", "ES", "PT", "FR"),
            "contract_type": P("fijo_discontinuo", "autonomo", "temporal"),
        },
        25,
    ),
    (
        "track",
        "Werker Aangemeld",
        "ruby",
        {
            "voornaam": Y(lambda f: f.fn, "name"),
            "tussenvoegsel": Opt(
                Y(lambda f: f.pick(["van", "de", "van der", "van den", "ter"]), "name"), 0.4
            ),
            "achternaam": Y(lambda f: f.ln, "name"),
            "geboortedatum": Y(lambda f: f.me_dob("de").replace(".", "-"), "birthdate"),
            "bsn": RED(lambda f: f.bsn(), "national id"),
            "telefoonnummer": Y(lambda f: f.phone_cc("NL"), "phone"),
            "e-mailadres": Y(lambda f: f.email_for(f.fn, f.ln, "NL"), "email"),
            "straatnaam": Y(lambda f: f.pick(STREETS["NL"]), "street|address"),
            "huisnummer": Y(lambda f: f.pick(["12", "221-3", "8 A", "47bis", "3-H", "118"]), "address"),
            "postcode": Y(lambda f: f.zip_cc("NL"), "zipcode"),
            "woonplaats": Y(lambda f: f.city_cc("NL"), "city"),
            "iban": RED(lambda f: f.iban_cc("NL"), "bank account"),
            "noodcontact_telefoon": Opt(Y(lambda f: f.phone_cc("NL"), "phone"), 0.6),
            "rijbewijs": flag(),
            "vog_afgegeven": flag(),
            "uurtarief": P(14.5, 16.0, 18.25, 21.0),
        },
    ),
    (
        "track",
        "Shift Booked",
        "kotlin",
        {
            "shift_id": num(7),
            "gig_type": P("warehouse", "hospitality", "delivery", "event", "retail"),
            "client": {
                "company_id": num(5, "cl_"),
                "company_name": P(*CLIENTS),
                "venue_name": P(*VENUES),
                "venue_address": P(*VENUE_ADDRESSES),
                "venue_city": P("Łódź", "Freiburg", "Utrecht", "Amsterdam", "Berlin", "Kraków", "Getafe"),
                "contact_person": Y(lambda f: f.other_name(), "name"),
                "contact_phone": Y(lambda f: f.phone_cc(f.pick(["PL", "NL", "DE", "ES"])), "phone"),
            },
            "starts_at": ts(),
            "ends_at": ts(),
            "hourly_rate": P(14.5, 16.0, 18.25, 21.0, 32.0),
            "currency": P("EUR", "PLN"),
            "requirements": Many(
                P("sanepid", "forklift_license", "own_car", "safety_shoes", "black_outfit"), 3
            ),
        },
        40,
    ),
    (
        "track",
        "Shift Checked In",
        "swift",
        {
            "shift_id": num(7),
            "checked_in_at": ts(),
            "geo": {
                "lat": Y(lambda f: round(f.r.uniform(50.0, 53.5), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(4.2, 21.1), 6), "geolocation"),
                "accuracy_m": intg(3, 65),
            },
            "method": P("qr", "geofence", "manual"),
            "qr_code_id": G(lambda f: "QR-" + f.hexid(8).upper()),
            "selfie_url": Opt(
                Y(lambda f: f"https://media.gigbridge.eu/checkin/{f.uuid()}.jpg", "photo"), 0.5
            ),
            "late_minutes": intg(0, 25),
        },
        35,
    ),
    (
        "track",
        "Shift Completed",
        "go",
        {
            "shift_id": num(7),
            "worker_id": G(lambda f: "wrk_" + f.hexid(12)),
            "hours_worked": G(lambda f: f.pick([4, 6, 7.5, 8, 9.25])),
            "gross_earnings": amount(50, 320),
            "tips": amount(0, 40),
            "signed_off_by": Y(lambda f: f.other_name(), "name", True),
        },
        35,
    ),
    (
        "track",
        "Worker Rated",
        "flutter",
        {
            "shift_id": num(7),
            "worker_id": G(lambda f: "wrk_" + f.hexid(12)),
            "stars": intg(1, 5),
            "tags": Many(P("punctual", "friendly", "fast", "needs_guidance", "would_rebook"), 3),
            "comment": Opt(
                P(
                    "Zeer punctueel en vriendelijk.",
                    "Bardzo dobra praca, polecam.",
                    "Came late and left early.",
                    "Great with customers, please send again.",
                ),
                0.6,
            ),
            "would_rebook": flag(),
            "rated_by": Y(
                lambda f: f.staff_email(f.pick(["cafecentraal.nl", "freshbox.nl", "magazyncentralny.pl"])),
                "email",
                True,
            ),
        },
    ),
    (
        "track",
        "Payout Sent",
        "java",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(24)),
            "amount": intg(2500, 95000),
            "currency": P("eur", "pln"),
            "arrival_date": G(lambda f: f.epoch_ms() // 1000),
            "destination": G(lambda f: "ba_" + f.hexid(24)),
            "bank_account": {
                "bank_name": P("ING Bank", "mBank S.A.", "Rabobank", "Deutsche Bank", "CaixaBank"),
                "last4": G(lambda f: f.digits(4)),
                "bic": P("INGBNL2A", "BREXPLPWMBK", "RABONL2U", "DEUTDEFFXXX", "CAIXESBBXXX"),
                "account_holder_name": Y(lambda f: f.me_name(), "name"),
                "iban": Opt(RED(lambda f: f.iban_cc(f.pick(["NL", "PL", "DE", "ES"])), "bank account"), 0.6),
                "country": P("NL", "PL", "DE", "ES"),
            },
            "status": P("paid", "in_transit", "failed"),
            "failure_code": P(None, None, "account_closed", "no_account"),
        },
        35,
    ),
    (
        "track",
        "Payout Method Updated",
        "swift",
        {
            "payout_method": {
                "type": P("sepa", "iban", "sepa_instant"),
                "value": RED(
                    lambda f: f.iban_cc(f.pick(["NL", "PL", "DE", "ES", "FR"])), "bank account", True
                ),
            },
            "verified": flag(),
            "previous_type": P("none", "sepa", "paypal"),
        },
        25,
    ),
    (
        "track",
        "Tax Details Submitted",
        "dotnet",
        {
            "TaxCountry": G(lambda f: f.cc),
            "TaxId": RED(lambda f: f.tax_id(), "national id"),
            "VatRegistered": flag(),
            "SmallBusinessExemption": flag(),
            "TaxOffice": G(lambda f: f.pick(TAX_OFFICES[f.cc])),
        },
        30,
    ),
    (
        "track",
        "Insurance Enrolled",
        "web_gb",
        {
            "policy_number": Y(lambda f: "GBI-" + f.digits(9), "identification"),
            "plan": P("basic_accident", "accident_plus", "income_protection"),
            "premium_monthly": P(4.99, 9.99, 14.5),
            "coverage_start": G(lambda f: f.future_date()),
            "beneficiaries": Opt(
                Many(
                    {
                        "full_name": Y(lambda f: f.other_name(), "name"),
                        "relationship": P("spouse", "child", "parent", "partner"),
                        "birth_date": Y(lambda f: f.date(1950, 2022), "birthdate"),
                        "share_percent": P(100, 50, 25),
                    },
                    3,
                ),
                0.6,
            ),
            "health_insurance_number": Opt(RED(lambda f: f.kvnr(), "health id"), 0.7),
            "pre_existing_conditions": RED(flag().gen, "condition"),
            "smoker": RED(flag().gen, "condition"),
        },
        25,
    ),
    (
        "track",
        "Incident Reported",
        "kotlin",
        {
            "incident_id": uuid(),
            "shift_id": num(7),
            "incident_type": P("injury", "near_miss", "property_damage", "harassment"),
            "injury_type": Opt(
                RED(
                    lambda f: f.pick(["cut", "sprain", "back strain", "burn", "fracture"]),
                    "condition|diagnosis",
                ),
                0.5,
            ),
            "description": P(
                "Slipped on wet floor in cold storage aisle 4.",
                "Pallet fell from rack, nobody hit.",
                "Glas gebroken tijdens afwas.",
                "Wózek widłowy uszkodził bramę.",
            ),
            "witness_name": Opt(Y(lambda f: f.other_name(), "name"), 0.6),
            "witness_phone": Opt(Y(lambda f: f.phone_cc(f.pick(["PL", "NL", "DE"])), "phone"), 0.5),
            "medical_attention_required": RED(flag().gen, "condition"),
            "reported_at": ts(),
        },
        25,
    ),
    (
        "track",
        "Message Sent",
        "kotlin",
        {
            "conversation_id": uuid(),
            "sender_role": P("worker", "client"),
            "text": P(
                "Ik ben onderweg",
                "Jestem na miejscu",
                "Running 10 minutes late",
                "Where is the staff entrance?",
                "Thanks for today!",
                "Kann ich 30 Min früher anfangen?",
            ),
        },
    ),
    (
        "track",
        "SMS Delivered",
        "ruby",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.pick(["3f1c9a", "77d0e2"]) + "c0ffee" + "0" * 20),
            "To": Y(lambda f: f.phone_e164(), "phone", True),
            "From": P("+3197010250012", "+48732100200", "GigBridge"),
            "Body": Y(sms_body, "name", True),
            "MessageStatus": P("delivered", "sent", "undelivered"),
            "ErrorCode": P(None, None, "30003", "30005"),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "swift",
        {
            "emergency_contact": {
                "name": Y(lambda f: f.other_name(), "name"),
                "relationship": P("mother", "father", "partner", "sibling", "friend"),
                "phone": Y(lambda f: f.phone_cc(f.pick(["PL", "NL", "DE", "ES"])), "phone"),
            },
            "is_primary": flag(),
        },
        25,
    ),
    (
        "track",
        "Identity Verified",
        "go",
        {
            "check_id": uuid(),
            "result": P("clear", "consider"),
            "document": {
                "type": P("passport", "national_identity_card", "residence_permit"),
                "issuing_country": G(lambda f: f.pick(["DEU", "POL", "NLD", "ESP", "FRA", "UKR", "IND"])),
                "number": RED(
                    lambda f: f.pick([f.passport_no(), f.id_card_no(), f.dni(), f.permit_no()]),
                    "passport|national id|visa",
                ),
                "expiry_date": G(lambda f: f.future_date().replace("2024", "2029")),
                "nationality": Y(
                    lambda f: f.pick(["DEU", "POL", "NLD", "ESP", "UKR", "IND", "ROU"]), "citizenship"
                ),
            },
            "applicant": {
                "first_name": Y(lambda f: f.fn, "name"),
                "last_name": Y(lambda f: f.ln, "name"),
                "dob": Y(lambda f: f.me_dob(), "birthdate"),
            },
            "breakdown": {
                "visual_authenticity": P("clear", "consider"),
            },
            "face_match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
        },
        30,
    ),
    (
        "group",
        None,
        "flutter",
        {
            "name": P(*CLIENTS),
            "industry": P("Logistics", "Hospitality", "Retail", "Events"),
            "employees": P(12, 85, 400, 2300),
            "plan": P("pay_as_you_go", "business", "enterprise"),
            "vat_id": G(
                lambda f: f.pick(
                    ["NL" + f.digits(9) + "B01", "PL" + f.nip(formatted=False), "DE" + f.digits(9)]
                )
            ),
            "country": P("NL", "PL", "DE", "ES"),
            "created_at": ts(),
            "kvk_number": Opt(G(lambda f: f.digits(8)), 0.5),
        },
        25,
    ),
    (
        "track",
        "Availability Updated",
        "swift",
        {
            "weekdays": Many(P("mon", "tue", "wed", "thu", "fri", "sat", "sun"), 5),
            "max_travel_km": P(5, 10, 20, 40),
            "home_postcode": Y(lambda f: f.zip_cc(f.pick(["PL", "NL", "DE", "ES"])), "zipcode"),
            "night_shifts": flag(),
        },
        25,
    ),
    (
        "track",
        "Referral Sent",
        "kotlin",
        {
            "referral_code": G(lambda f: "GB-" + f.hexid(6).upper()),
            "channel": P("whatsapp", "sms", "copy_link"),
            "invitee_name": Opt(Y(lambda f: f.other_name(), "name"), 0.7),
            "invitee_phone": Y(lambda f: f.phone_cc(f.pick(["PL", "NL", "DE", "ES"])), "phone"),
        },
        25,
    ),
    (
        "track",
        "Signup Form Error",
        "web_gb",
        {
            "form_id": P("worker_signup", "business_signup"),
            "step": intg(1, 3),
            "errors": Many(P("password_too_short", "email_taken", "phone_invalid", "terms_not_accepted"), 2),
            "form": {
                "email": Y(lambda f: f.me_email(), "email"),
                "password": RED(
                    lambda f: f.pick(["Zomer2024!", "haslo123", "Qwerty!9", f"{f.fn}{f.r.randint(1, 99)}"]),
                    "password",
                ),
                "password_confirmation": RED(
                    lambda f: f.pick(["Zomer2024!", "haslo1234", "Qwerty!9"]), "password"
                ),
                "first_name": Y(lambda f: f.fn, "name"),
                "card_number": Opt(RED(lambda f: f.card(), "credit card"), 0.4),
                "accept_terms": flag(),
            },
            "attempt": intg(1, 4),
        },
        25,
    ),
    (
        "track",
        "Verification Code Sent",
        "go",
        {
            "channel": P("sms", "whatsapp", "email"),
            "destination_masked": G(
                lambda f: f.pick(
                    [
                        f"+48 *** *** {f.digits(3)}",
                        f"+31 6 ****{f.digits(4)}",
                        f"{f.fn[0].lower()}***@gmail.com",
                    ]
                )
            ),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in_s": P(300, 600),
            "attempt": intg(1, 4),
        },
        25,
    ),
    (
        "track",
        "API Key Created",
        "web_gb",
        {
            "key_prefix": G(lambda f: "gb_live_" + f.hexid(4)),
            "scopes": Many(P("shifts:read", "shifts:write", "workers:read", "invoices:read"), 3),
            "api_key": RED(
                lambda f: (
                    f.pick(["gb_live_", "gb_test_"])
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(32)
                    )
                ),
                "secret",
            ),
            "created_by": Y(
                lambda f: f.staff_email(f.pick(["freshbox.nl", "magazyncentralny.pl", "eventhaus.de"])),
                "email",
                True,
            ),
        },
        20,
    ),
    (
        "track",
        "Webhook Endpoint Created",
        "web_gb",
        {
            "endpoint_id": G(lambda f: "we_" + f.hexid(20)),
            "url": P(
                "https://api.freshbox.nl/hooks/gigbridge",
                "https://erp.magazyncentralny.pl/webhook",
                "https://hooks.zapier.com/hooks/catch/1234/abcd",
            ),
            "enabled_events": Many(
                P("shift.booked", "shift.completed", "invoice.created", "worker.rated"), 3
            ),
            "signing_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
        },
        20,
    ),
    (
        "track",
        "Application Opened",
        "swift",
        {
            "from_background": flag(),
            "version": P("4.18.0", "4.18.2", "4.19.0"),
            "build": P("41800", "41802", "41900"),
        },
        40,
    ),
    (
        "track",
        "Application Installed",
        "kotlin",
        {"version": P("4.18.0", "4.18.1", "4.19.0"), "build": P("418000", "418010", "419000")},
        25,
    ),
    (
        "track",
        "Install Attributed",
        "swift",
        {
            "provider": P("AppsFlyer"),
            "campaign": {
                "source": P("Facebook Ads", "googleadwords_int", "tiktokglobal_int"),
                "name": P("worker_acq_pl_q2", "zomerwerk_nl", "praca_studenci"),
                "ad_group": P("18-24_students", "25-40_flex", "lookalike_1pct"),
            },
            "idfa": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.6),
            "idfv": G(lambda f: f.uuid().upper()),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.r.randint(10**18, 10**19)}"),
        },
        25,
    ),
    (
        "track",
        "Magic Link Opened",
        "swift",
        {
            "link": RED(lambda f: f"gigbridge://auth/magic?token={f.jwt()}", "token", True),
            "expired": flag(),
        },
        20,
    ),
    (
        "track",
        "Umowa Podpisana",
        "go",
        {
            "numer_umowy": G(lambda f: f"UZ/2024/{f.r.randint(1, 12):02d}/{f.r.randint(1, 99999):05d}"),
            "typ_umowy": P("umowa zlecenie", "umowa o dzieło", "B2B"),
            "stawka_godzinowa": P(28.1, 30.5, 34.0, 41.0),
            "data_rozpoczecia": G(lambda f: f.future_date()),
            "imie_i_nazwisko": Y(lambda f: f.me_name(), "name"),
            "adres_zamieszkania": Y(lambda f: f.address_cc("PL"), "address"),
            "podpis_ip": Y(lambda f: f.eu_ip(), "ip"),
            "urzad_skarbowy": P("US Łódź-Widzew", "US Kraków-Podgórze", "II US Warszawa-Śródmieście"),
            "student_ponizej_26": flag(),
            "klient_nip": G(lambda f: f.company_nip()),
        },
        25,
    ),
    (
        "track",
        "Shift Cancelled",
        "ruby",
        {
            "shift_id": num(7),
            "reason": P("transport", "double_booking", "client_cancelled", "other"),
            "cancelled_by": P("worker", "client", "system"),
            "penalty_amount": P(0, 5, 15),
            "comment": Opt(
                P(
                    "Trein valt uit",
                    "Dubbel geboekt via app",
                    "Opdrachtgever heeft dienst geschrapt",
                    "Te laat gezien",
                ),
                0.6,
            ),
        },
        25,
    ),
    (
        "track",
        "Shift Note Added",
        "flutter",
        {
            "shift_id": num(7),
            "note": P(
                "Please bring black trousers and safety shoes.",
                "Entrance via loading dock B, ask for the shift lead.",
                "Graag 10 minuten eerder aanwezig.",
                "Parking on level -2 is free for staff.",
            ),
            "visibility": P("assigned_workers", "all_applicants"),
        },
        25,
    ),
    (
        "track",
        "Invoice Generated",
        "java",
        {
            "invoice_number": G(lambda f: f"GB-2024-{f.r.randint(1, 999999):06d}"),
            "client_company": P(*CLIENTS),
            "client_vat_id": G(lambda f: f.pick(["NL" + f.digits(9) + "B01", "PL" + f.nip(formatted=False)])),
            "line_items": Many(
                {
                    "description": P(
                        "Warehouse shifts wk 14", "Horeca diensten week 22", "Event staff Messe"
                    ),
                    "hours": intg(8, 400),
                    "amount": amount(200, 9000),
                },
                3,
            ),
            "total_gross": amount(240, 24000),
        },
        25,
    ),
    (
        "page",
        "Business Pricing",
        "web_gb",
        {
            "path": P("/business/pricing", "/nl/zakelijk/prijzen", "/pl/biznes/cennik"),
            "url": P(
                "https://gigbridge.eu/business/pricing",
                "https://gigbridge.eu/nl/zakelijk/prijzen",
                "https://gigbridge.eu/pl/biznes/cennik",
            ),
            "title": P("Pricing for businesses | GigBridge", "Prijzen | GigBridge", "Cennik | GigBridge"),
            "referrer": P("https://www.google.com/", "", "https://www.linkedin.com/"),
            "search": P("", "?plan=business", "?utm_source=linkedin"),
        },
        35,
    ),
    (
        "track",
        "Pet Care Gig Booked",
        "flutter",
        {
            "gig_id": num(7),
            "pet": {
                "name": P("Bobby", "Luna", "Reksio", "Max", "Guus", "Kira"),
                "species": P("dog", "cat"),
                "breed": P("Labrador", "Border Collie", "Europejski", "Mixed"),
                "age_years": intg(1, 15),
                "special_needs": P(
                    "none", "insulin at 18:00", "afraid of bikes", "no treats, diet food only"
                ),
            },
            "owner_name": Y(lambda f: f.me_name(), "name"),
            "owner_phone": Y(lambda f: f.me_phone(), "phone"),
            "pickup_address": Y(lambda f: f.address_cc(f.cc), "address"),
            "key_safe_code": Opt(RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret"), 0.5),
            "price": P(15.0, 20.0, 25.0),
        },
        25,
    ),
    (
        "track",
        "Address Autocomplete Used",
        "swift",
        {
            "input": Y(address_input, "address|street", True),
            "selected_index": intg(0, 4),
            "provider": P("google_places", "here", "mapbox"),
        },
        25,
    ),
    (
        "track",
        "Signed In",
        "web_gb",
        {
            "method": P("password", "google", "apple", "magic_link"),
            "remember_me": flag(),
            "mfa": flag(),
            "login_attempts": intg(1, 5),
        },
        20,
    ),
    ("alias", None, "kotlin", None, 20),
]

COUNTRIES = {
    "tw": ["DE", "DE", "DE", "FR", "FR", "ES", "PL", "NL"],
    "gb": ["PL", "PL", "NL", "NL", "DE", "ES", "FR"],
}
TW_CLIENTS = {"web_tw", "rn", "python", "node", "php"}


def message(f: Eu, brand: str, call: str, name: str | None, client: str, body: Any, labels: dict) -> dict:
    countries = COUNTRIES[brand]
    if call == "track" and name in ("Bewerbung Eingegangen",):
        countries = ["DE"]
    elif call == "track" and name == "Candidature Envoyée":
        countries = ["FR"]
    elif call == "track" and name in ("Pracownik Zarejestrowany", "Umowa Podpisana"):
        countries = ["PL"]
    elif call == "track" and name == "Werker Aangemeld":
        countries = ["NL"]
    elif call == "track" and name == "Onboarding Daten Erfasst":
        countries = ["DE"]
    elif call == "track" and name == "Worker Onboarded":
        countries = ["ES"]
    f.begin(countries)
    anonymous_id = f.uuid()
    user_id = ("cand_" + f.digits(8)) if brand == "tw" else ("wrk_" + f.hexid(12))
    msg: dict[str, Any] = {
        "type": call,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": anonymous_id,
    }
    if call != "group" or f.r.random() < 0.9:
        msg["userId"] = user_id
    if call == "track":
        msg["event"] = name
    elif call in ("page", "screen"):
        msg["name"] = name
    elif call == "group":
        msg["groupId"] = "org_" + f.digits(6)
    elif call == "alias":
        msg["previousId"] = anonymous_id
    if body is not None:
        section = "traits" if call in ("identify", "group") else "properties"
        msg[section] = render39(body, f, section, labels)
    msg["context"] = render39(CONTEXTS[client](), f, "context", labels)
    return msg


def build(seed: int) -> tuple[list[dict], dict[str, dict]]:
    f = Eu(seed)
    labels: dict[str, dict] = {}
    events = []
    for brand, templates in (("tw", TALENTWERK), ("gb", GIGBRIDGE)):
        for call, name, client, body, *rest in templates:
            repeats = rest[0] if rest else 30
            for _ in range(repeats):
                events.append(message(f, brand, call, name, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=39)
    write(Path(__file__).parent, "holdout39_", events, labels)
