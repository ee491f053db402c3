"""Writes holdout 49: tests/corpus/holdout49_events.jsonl and holdout49_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other holdouts' labels, and never run through the engine by its author. Only the corpus
helpers (build.py, fake.py) and build_holdout3.py (for the format) were read.

Domain: legal services and court e-filing, US and UK users with a few French-Canadian (Québec)
ones:
- a law firm's client portal (Hollis & Marchetti LLP, "ClientDesk"): intake questionnaires
  (family, immigration, personal injury, bankruptcy, criminal defence), conflict checks,
  document uploads and e-signing (DocuSign Connect shaped webhooks), invoices, trust-account
  payments (LawPay and Stripe shaped), secure messages, time entries and tasks of attorneys and
  paralegals, Twilio call and SendGrid e-mail webhooks, a Clio integration;
- a consumer legal-help marketplace (CounselCove): lawyer search and profiles, consultation
  leads with ad click ids, reviews, a Q&A forum, a document shop (Segment e-commerce spec:
  Product Viewed ... Order Completed), will kits with beneficiaries, executors and pets;
- a small-claims e-filing service (FileSmall, US courts and the UK county courts): claims with
  plaintiffs and defendants, witnesses, service of process with GPS, hearings and judges, fee
  waivers / Help with Fees (National Insurance numbers).
Calls: identify, track, page, screen, group, alias. Contexts of analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java,
ruby, php and .NET server libraries (context.ip, context.traits, device, app, library, locale,
userAgent, campaign, location). Keys are mostly camelCase and snake_case; about 15 % are
PascalCase (.NET), SCREAMING_SNAKE (a warehouse sync), kebab-case (a form builder), Title Case
(a form vendor) and French keys from Québec (nom, prenom, courriel, adresse, numero_dossier...).

Conventions: a path is labelled once; every leaf under properties, traits and context carries a
label (top-level userId, anonymousId, messageId... are not scanned). Values are fake but valid in
shape: Luhn card numbers, mod-97 IBANs, SSNs with valid area/group/serial, ABA routing numbers
with their checksum, Luhn Canadian SINs, UK National Insurance numbers with valid prefixes, UK
postcodes, US ZIP / ZIP+4, Canadian postal codes; names from many cultures; US, UK and Canadian
phone formats.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a client, an opposing party, a witness,
  a child, a beneficiary, an executor, an attorney, a paralegal, a judge, a process server.
  Colour is the reference's default for its matcher; outside the reference, red for
  credentials/secrets, card numbers, bank accounts, government ids and health ids, yellow
  otherwise (geolocation, advertising id, criminal record).
- Green: ids we or a court issue (matter, case, claim, docket, invoice, envelope ids; client and
  member numbers), versions, timestamps, hashes of non-PII, amounts, enums, counters and
  booleans under PII-sounding keys (`emailVerified`, `contains_ssn`, `signer_count`), firm,
  product, plan, court and pet names, places that are not the person's (court, office, a
  searched city), country, state, locale, language, timezone, currency, user agents, OS device
  ids. Card brand, last four, expiry and BIN are green; ABA routing numbers and sort codes are
  green; the last four of an SSN are red.
- Policy: client, member and claim numbers, ages and age bands, marital status, job titles and
  employers, a business's own phone / e-mail / address (the firm's main line, a court's
  address, the firm's number in a Twilio webhook) and pets are green. Insurance policy numbers
  (identification), rx numbers (medication), pay and hourly rates, including an attorney's
  billing rate (salary), plates (license), VINs (serial), gclid / fbclid / fbp / fbc
  (advertising id) and the person's billing address (address) are yellow. Payment tokens and
  payment-method references (tok_, pm_), push tokens, OAuth tokens, reset links' tokens and
  one-time codes are red (token / secret).
- A boolean or enum that reveals a special category is PII of that category: a disability
  accommodation (disability, red), veteran status (red), religious tradition (religion),
  being in medical treatment (condition), being a US citizen (citizenship, like `nationality`;
  a bare country code stays green). Decisions taken here (where a careful privacy owner at a
  mid-size firm would want the flag): criminal-offence data about the person (prior
  convictions, pending charges, charge level, being in custody) is yellow `criminal record`,
  while the ids, dates, amounts and agencies around it follow the green rules (docket number,
  arrest date, bond amount); an immigration / visa status is red `visa`; an attorney's or a
  process server's bar / licence number is yellow `license` (`license|identification` for bar
  numbers); a judge's name is a natural person's name (yellow); a matter name that always
  contains a party's name is yellow `name` (not value_only: the key says name); a document file
  name that always embeds the client's surname is yellow `name` (value_only); a typed signature
  is a name (value_only). Firms' own contact data (group traits, firm_phone, office_phone, the
  Twilio `To` number, the SMS sender number) is green.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `narrative`, `body_preview`, `file_name`, `typed_signature`, an answer
  in a scheduling vendor's questions array) and only the value shows it. Every value of a
  value_only PII path carries that PII; free text is labelled by what all of its values carry,
  and is green when none does (case descriptions, reviews, forum questions and error messages
  here are written without personal data).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- values -----------------------------------------------------------------------------------------

FIRST = [
    "Amara",
    "Chidi",
    "Olusegun",
    "Ngozi",
    "Kwabena",
    "Aaliyah",
    "DeShawn",
    "Tamika",
    "Jamal",
    "Priya",
    "Arjun",
    "Sanjay",
    "Deepika",
    "Imran",
    "Ayesha",
    "Bilal",
    "Farah",
    "Wei",
    "Xiaoling",
    "Hyun-woo",
    "Ji-eun",
    "Thanh",
    "Linh",
    "Hiroshi",
    "Aiko",
    "Alejandro",
    "Guadalupe",
    "Mateo",
    "Valentina",
    "Joaquín",
    "Siobhán",
    "Ciarán",
    "Niamh",
    "Callum",
    "Eilidh",
    "Rhys",
    "Carys",
    "Oliver",
    "Charlotte",
    "Harry",
    "Sophie",
    "Emily",
    "Michael",
    "Jennifer",
    "Robert",
    "Linda",
    "Tomasz",
    "Agnieszka",
    "Yusuf",
    "Hodan",
    "Abdirahman",
    "Leilani",
    "Kai",
    "Dmitri",
    "Anastasia",
    "Mohammed",
    "Layla",
    "Tariq",
    "Nadia",
    "Rosa",
    "Marcus",
    "Keisha",
    "Elif",
    "Mehmet",
]
LAST = [
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Boateng",
    "Washington",
    "Jefferson",
    "Robinson",
    "Patel",
    "Sharma",
    "Iyer",
    "Chaudhry",
    "Hussain",
    "Qureshi",
    "Chen",
    "Zhang",
    "Kim",
    "Park",
    "Nguyen",
    "Tran",
    "Tanaka",
    "Yamamoto",
    "Hernández",
    "Ramírez",
    "Flores",
    "Castillo",
    "O'Sullivan",
    "MacLeod",
    "Murphy",
    "Fitzgerald",
    "Davies",
    "Llewellyn",
    "Thompson",
    "Whitaker",
    "Harrington",
    "Kowalczyk",
    "Nowak",
    "Abdi",
    "Warsame",
    "Kahananui",
    "Volkov",
    "Petrova",
    "Al-Farsi",
    "Haddad",
    "Mansour",
    "Reyes",
    "Johnson",
    "Campbell",
    "Y\u0131lmaz",
    "Demir",
    "Smith-Jones",
]
QC_FIRST = ["Jean-François", "Marie-Ève", "Étienne", "Geneviève", "Mathieu", "Chloé", "Benoît", "Mélanie"]
QC_LAST = ["Tremblay", "Gagnon", "Côté", "Bouchard", "Lévesque", "Bélanger", "Pelletier", "Ouellet"]
MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "hotmail.co.uk",
    "btinternet.com",
    "proton.me",
    "aol.com",
    "comcast.net",
    "sky.com",
]
US_PLACES = [
    ("Chicago", "IL", "606"),
    ("Evanston", "IL", "602"),
    ("Los Angeles", "CA", "900"),
    ("Oakland", "CA", "946"),
    ("Houston", "TX", "770"),
    ("San Antonio", "TX", "782"),
    ("Brooklyn", "NY", "112"),
    ("Queens", "NY", "113"),
    ("Atlanta", "GA", "303"),
    ("Phoenix", "AZ", "850"),
    ("Seattle", "WA", "981"),
    ("Miami", "FL", "331"),
]
UK_PLACES = [
    ("London", "SW", "England"),
    ("London", "E", "England"),
    ("Manchester", "M", "England"),
    ("Birmingham", "B", "England"),
    ("Leeds", "LS", "England"),
    ("Bristol", "BS", "England"),
    ("Cardiff", "CF", "Wales"),
    ("Glasgow", "G", "Scotland"),
    ("Edinburgh", "EH", "Scotland"),
    ("Belfast", "BT", "Northern Ireland"),
    ("Nottingham", "NG", "England"),
]
QC_PLACES = [
    ("Montréal", "H2X"),
    ("Montréal", "H3B"),
    ("Laval", "H7N"),
    ("Québec", "G1R"),
    ("Gatineau", "J8Y"),
]
US_STREETS = [
    "Maple",
    "Lincoln",
    "Washington",
    "Cedar",
    "Kedzie",
    "Halsted",
    "Sunset",
    "Bayshore",
    "Peachtree",
    "Magnolia",
    "Elmwood",
    "Franklin",
    "Division",
    "Cherry Hill",
]
US_SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl"]
UK_STREETS = [
    "Hanover",
    "Victoria",
    "Station",
    "Church",
    "Mill",
    "Albert",
    "Grosvenor",
    "Kingsway",
    "Oakfield",
    "Beechwood",
    "Whitworth",
    "Cathedral",
]
UK_SUFFIX = ["Road", "Street", "Lane", "Close", "Gardens", "Avenue", "Crescent", "Terrace"]
QC_STREETS = [
    "rue Saint-Denis",
    "boulevard René-Lévesque Ouest",
    "avenue du Mont-Royal Est",
    "rue Sherbrooke Est",
    "chemin de la Côte-des-Neiges",
    "rue Saint-Jean",
]
ROUTING = ["021000021", "026009593", "121000248", "071000013", "011000138", "111000025", "322271627"]
SORT_CODES = ["20-00-00", "40-47-84", "30-94-57", "60-83-71", "83-91-46", "09-01-28"]
COURTS_US = [
    "Circuit Court of Cook County, Municipal Department",
    "Superior Court of California, County of Los Angeles",
    "Harris County Justice Court, Precinct 1",
    "Civil Court of the City of New York, Kings County",
    "Magistrate Court of Fulton County",
    "Maricopa County Justice Courts, Downtown",
]
COURTS_UK = [
    "County Court Business Centre",
    "County Court at Central London",
    "Manchester County Court",
    "Birmingham Civil and Family Justice Centre",
    "Sheriff Court, Glasgow",
]
PRACTICE = [
    "family",
    "immigration",
    "personal_injury",
    "employment",
    "criminal_defense",
    "landlord_tenant",
    "estate_planning",
    "small_claims",
    "bankruptcy",
]
ATTORNEY_TITLES = ["Partner", "Senior Associate", "Associate", "Of Counsel", "Paralegal", "Legal Assistant"]
DOC_TYPES = [
    "Engagement Letter",
    "Lease Agreement",
    "Pay Stubs",
    "Marriage Certificate",
    "Medical Records",
    "Police Report",
    "Text Message Screenshots",
    "Divorce Decree",
    "Bank Statement",
]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


class LegalFake(Fake):
    """Fake values for US, UK and Québec legal traffic."""

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        if self.r.random() < 0.15:
            return f"{self.first()} {self.pick('ABCDEJKLMRST')}. {self.last()}"
        return f"{self.first()} {self.last()}"

    def qc_first(self):
        return self.pick(QC_FIRST)

    def qc_last(self):
        return self.pick(QC_LAST)

    def _ascii(self, s: str) -> str:
        table = str.maketrans("áéíóúñçèêëîïôöûüÉÈÎıłò", "aeiounceeeiioouuEEIilo")
        return s.translate(table).lower().replace("'", "").replace(" ", "").replace("-", "")

    def email(self, first=None, last=None):
        first = self._ascii(first or self.first())
        last = self._ascii(last or self.last())
        shape = self.pick(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{fi}{l}", "{f}.{l}{n}"])
        user = shape.format(f=first, l=last, fi=first[0], n=self.r.randint(1, 99))
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def staff_email(self):
        return f"{self._ascii(self.first())[0]}{self._ascii(self.last())}@hollismarchetti.com"

    def qc_email(self):
        first, last = self._ascii(self.qc_first()), self._ascii(self.qc_last())
        domain = self.pick(["videotron.ca", "gmail.com", "hotmail.ca", "bell.net"])
        return f"{first}.{last}{self.r.randint(1, 99)}@{domain}"

    def _d(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def us_phone(self, style=None):
        area = self.pick(
            ["312", "773", "872", "213", "310", "510", "713", "832", "718", "347", "404", "602", "206", "305"]
        )
        ex = f"{self.r.randint(2, 9)}{self._d(2)}"
        line = self._d(4)
        style = style or self.pick(["paren", "dash", "e164", "dot", "intl"])
        return {
            "paren": f"({area}) {ex}-{line}",
            "dash": f"{area}-{ex}-{line}",
            "e164": f"+1{area}{ex}{line}",
            "dot": f"{area}.{ex}.{line}",
            "intl": f"+1 {area}-{ex}-{line}",
        }[style]

    def uk_phone(self, style=None):
        style = style or self.pick(["mobile", "mobile_intl", "london", "manchester", "e164"])
        if style == "mobile":
            return f"07{self.r.randint(400, 999)} {self._d(6)}"
        if style == "mobile_intl":
            return f"+44 7{self.r.randint(400, 999)} {self._d(3)} {self._d(3)}"
        if style == "london":
            return f"020 7{self._d(3)} {self._d(4)}"
        if style == "manchester":
            return f"0161 {self.r.randint(2, 9)}{self._d(2)} {self._d(4)}"
        return f"+447{self.r.randint(400, 999)}{self._d(6)}"

    def qc_phone(self):
        area = self.pick(["514", "438", "450", "418", "819"])
        return self.pick(
            [
                f"{area}-{self.r.randint(2, 9)}{self._d(2)}-{self._d(4)}",
                f"+1 {area} {self.r.randint(2, 9)}{self._d(2)} {self._d(4)}",
            ]
        )

    def phone(self, style=None):
        return self.us_phone() if self.r.random() < 0.55 else self.uk_phone()

    def us_street(self):
        prefix = self.pick(["N ", "S ", "W ", "E ", ""])
        s = f"{self.r.randint(12, 9899)} {prefix}{self.pick(US_STREETS)} {self.pick(US_SUFFIX)}"
        if self.r.random() < 0.3:
            s += self.pick(
                [
                    f" Apt {self.r.randint(1, 30)}{self.pick('ABCD')}",
                    f" Unit {self.r.randint(100, 999)}",
                    " #2R",
                ]
            )
        return s

    def uk_street(self):
        s = f"{self.r.randint(1, 240)} {self.pick(UK_STREETS)} {self.pick(UK_SUFFIX)}"
        if self.r.random() < 0.3:
            s = f"Flat {self.r.randint(1, 12)}, " + s
        return s

    def qc_street(self):
        s = f"{self.r.randint(100, 8999)}, {self.pick(QC_STREETS)}"
        if self.r.random() < 0.4:
            s += f", app. {self.r.randint(1, 40)}{self.r.randint(0, 9)}"
        return s

    def street(self):
        return self.us_street() if self.r.random() < 0.55 else self.uk_street()

    def us_place(self):
        return self.pick(US_PLACES)

    def us_city(self):
        return self.us_place()[0]

    def city(self):
        return self.us_city() if self.r.random() < 0.55 else self.pick(UK_PLACES)[0]

    def us_zip(self):
        zip5 = self.us_place()[2] + self._d(2)
        return zip5 + ("-" + self._d(4) if self.r.random() < 0.25 else "")

    def uk_postcode(self, area=None):
        area = area or self.pick(UK_PLACES)[1]
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{self.r.randint(1, 28)} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def qc_postal(self):
        fsa = self.pick(QC_PLACES)[1]
        return f"{fsa} {self.r.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVWXYZ')}{self.r.randint(0, 9)}"

    def zip(self):
        return self.us_zip() if self.r.random() < 0.55 else self.uk_postcode()

    def us_address(self):
        city, state, z = self.us_place()
        return f"{self.us_street()}, {city}, {state} {z}{self._d(2)}"

    def uk_address(self):
        city, area, _ = self.pick(UK_PLACES)
        return f"{self.uk_street()}, {city} {self.uk_postcode(area)}"

    def address(self):
        return self.us_address() if self.r.random() < 0.55 else self.uk_address()

    def ssn(self):
        area = self.pick([a for a in range(1, 900) if a != 666])
        s = f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
        return s if self.r.random() < 0.7 else s.replace("-", "")

    def ssn_last4(self):
        return f"{self.r.randint(1, 9999):04d}"

    def nino(self):
        first = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        body = self._d(6)
        suffix = self.pick("ABCD")
        if self.r.random() < 0.5:
            return f"{first}{second} {body[:2]} {body[2:4]} {body[4:]} {suffix}"
        return f"{first}{second}{body}{suffix}"

    def sin(self):
        number = self.luhn_complete(str(self.r.randint(1, 7)) + self._d(7))
        return f"{number[:3]} {number[3:6]} {number[6:]}"

    def a_number(self):
        n = self._d(9)
        return self.pick([f"A{n}", f"A-{n[:3]}-{n[3:6]}-{n[6:]}", f"A{n[1:]}"])

    def passport(self):
        return self.pick([self._d(9), f"{self.pick('ACEGHJKLMNPRSTUVWXYZ')}{self._d(8)}"])

    def bank_account_us(self):
        return self._d(self.r.randint(9, 12))

    def bank_account_uk(self):
        return self._d(8)

    def dob(self, fmt=None):
        y, m, d = self.r.randint(1948, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        fmt = fmt or "iso"
        return {"iso": f"{y}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y}", "uk": f"{d:02d}/{m:02d}/{y}"}[
            fmt
        ]

    def child_dob(self):
        return f"{self.r.randint(2007, 2022)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def day(self, year=2024):
        return f"{year}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def matter_id(self):
        return f"{self.r.randint(2019, 2024)}-{self._d(5)}"

    def case_number(self):
        y = self.pick(["23", "24"])
        return self.pick(
            [
                f"{y}SC{self._d(5)}",
                f"SC-20{y}-{self._d(6)}",
                f"20{y}-M1-{self._d(6)}",
                f"{y}-SC-{self._d(4)}-{self.pick(['LA', 'OAK', 'HOU'])}",
                f"SCR-{self._d(7)}-{y}",
            ]
        )

    def uk_claim_number(self):
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return (
            f"{self.pick(letters)}{self.r.randint(0, 9)}{self.pick(letters)}{self.pick(letters)}{self._d(4)}"
        )

    def docket(self):
        return f"1:{self.pick(['23', '24'])}-{self.pick(['cv', 'cr', 'bk'])}-{self._d(5)}"

    def bar_number(self):
        return self.pick(
            [
                f"ARDC {self._d(7)}",
                f"SBN {self._d(6)}",
                f"{self._d(8)}",
                f"TX{self._d(8)}",
                f"NY {self._d(7)}",
            ]
        )

    def sra_number(self):
        return self._d(6)

    def _letters(self, n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.pick(alphabet) for _ in range(n))

    def plate(self):
        if self.r.random() < 0.5:  # UK: two letters, age identifier, three letters
            return f"{self._letters(2, 'ABCDEFGHKLMNPRSTVWXY')}{self.r.randint(10, 74)} {self._letters(3)}"
        return self.pick([f"{self._d(1)}{self._letters(3)}{self._d(3)}", f"{self._letters(3)} {self._d(4)}"])

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return (
            self.pick(["1HGCM8", "2T1BU4", "5YJ3E1", "WBA8E9", "SAJAA0", "1FTFW1"])
            + "".join(self.pick(chars) for _ in range(5))
            + self._d(6)
        )

    def policy_number(self):
        return self.pick(
            [
                f"POL-{self._d(9)}",
                f"{self.pick(['SF', 'GEICO', 'AV'])}{self._d(10)}",
                f"{self._d(3)}-{self._d(4)}-{self._d(3)}",
            ]
        )

    def mrn(self):
        return self.pick([f"MRN{self._d(8)}", self._d(10), f"NHS {self._d(3)} {self._d(3)} {self._d(4)}"])

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(80))

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(56))

    def token_str(self, n=32):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.pick(alnum) for _ in range(n))

    def price(self, lo=20, hi=900):
        return round(self.r.uniform(lo, hi), 2)

    def iso_ts(self):
        return self.iso()

    def lat_us(self):
        return round(self.r.uniform(25.7, 47.7), 6)

    def lon_us(self):
        return round(self.r.uniform(-122.4, -73.8), 6)


# -- contexts -----------------------------------------------------------------------------------------


def web_campaign():
    return {
        "name": G(lambda f: f.pick(["divorce_q2", "pi_search_brand", "small_claims_how_to", "wills_spring"])),
        "source": G(lambda f: f.pick(["google", "bing", "facebook", "newsletter"])),
        "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "organic"])),
        "term": G(
            lambda f: f.pick(
                [
                    "divorce lawyer chicago",
                    "how to sue in small claims",
                    "free will template",
                    "tenant deposit not returned",
                ]
            )
        ),
        "content": G(lambda f: f.pick(["ad_v3", "hero_cta", "sidebar"])),
    }


def ajs_context(site: str, pages: list[str], titles: list[str], with_campaign=True, traits=False):
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.1", "next-1.71.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/", f"https://{site}/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?step=2", "?tab=documents"])
            ),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: f"https://{site}{f.pick(pages)}"),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-US", "fr-CA"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/Los_Angeles", "Europe/London", "America/Toronto"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if with_campaign:
        ctx["campaign"] = web_campaign()
    if traits:
        ctx["traits"] = {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
        }
    return ctx


def portal_web(f):
    return ajs_context(
        "portal.hollismarchetti.com",
        ["/matters", "/matters/documents", "/billing", "/intake", "/messages"],
        ["ClientDesk | Hollis & Marchetti", "Documents | ClientDesk", "Billing | ClientDesk"],
        with_campaign=False,
        traits=True,
    )


def market_web(f):
    return ajs_context(
        "www.counselcove.com",
        ["/", "/find-a-lawyer", "/lawyers/family-law/chicago-il", "/legal-forms/last-will", "/questions"],
        [
            "Find a Lawyer Near You | CounselCove",
            "Last Will and Testament | CounselCove",
            "Ask a Lawyer | CounselCove",
        ],
    )


def filing_web(f):
    return ajs_context(
        "app.filesmall.com",
        ["/claims/new", "/claims/new/defendant", "/claims/review", "/dashboard"],
        ["Start your claim | FileSmall", "Who are you suing? | FileSmall", "Review and file | FileSmall"],
    )


def swift_context(f):
    return {
        "app": {
            "name": G(lambda f: "ClientDesk"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["4200", "4211", "4302"])),
            "namespace": G(lambda f: "com.hollismarchetti.clientdesk"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "locale": G(lambda f: f.pick(["en-US", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/New_York", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "userId": G(lambda f: "cli_" + f.digits(6)),
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
        },
    }


def kotlin_context(f):
    return {
        "app": {
            "name": G(lambda f: "ClientDesk"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.0"])),
            "build": G(lambda f: f.pick(["420010", "430004"])),
            "namespace": G(lambda f: "com.hollismarchetti.clientdesk"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "moto g play - 2023", "CPH2451"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "fogos", "OP5913L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon", "EE", "Vodafone UK"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {"width": G(lambda f: 1080), "height": G(lambda f: f.pick([2340, 2400]))},
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "America/Los_Angeles"])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S918B", "Pixel 8"])
                + " Build/UQ1A.240205.004)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "cli_" + f.digits(6))},
    }


def rn_context(f):
    return {
        "app": {
            "name": G(lambda f: "CounselCove"),
            "version": G(lambda f: f.pick(["2.8.3", "2.9.0"])),
            "build": G(lambda f: f.pick(["283", "290"])),
            "namespace": G(lambda f: "com.counselcove.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.20.3")},
        "locale": G(lambda f: f.pick(["en-GB", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "16.7"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/London", "America/New_York"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
            "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
        },
    }


def flutter_context(f):
    return {
        "app": {
            "name": G(lambda f: "FileSmall"),
            "version": G(lambda f: f.pick(["1.9.2", "1.10.0"])),
            "build": G(lambda f: f.pick(["192", "1100"])),
            "namespace": G(lambda f: "com.filesmall.mobile"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991U"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "locale": G(lambda f: f.pick(["en-US", "es-US"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 360])), "height": G(lambda f: f.pick([844, 800]))},
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Los_Angeles", "America/Phoenix"])),
        "userAgent": G(lambda f: f.pick(["Dart/3.3 (dart:io)", "FileSmall/1.10.0 (iPhone; iOS 17.4)"])),
        "location": {
            "latitude": Y(lambda f: f.lat_us(), "geolocation"),
            "longitude": Y(lambda f: f.lon_us(), "geolocation"),
            "city": Y(lambda f: f.us_city(), "city"),
            "country": G(lambda f: "United States"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.2",
    "@segment/analytics-node": "2.1.3",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server(lib: str, ip=False, ua=False, traits=False):
    def make(f):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}}
        if ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if ua:
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        if traits:
            ctx["traits"] = {
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            }
        return ctx

    return make


def dotnet_context(f):
    return {
        "library": {"name": G(lambda f: "Analytics.NET"), "version": G(lambda f: "3.8.1")},
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "Environment": G(lambda f: f.pick(["Production", "Staging"])),
    }


# -- free text --------------------------------------------------------------------------------------


def time_narrative(f):
    n = f.full_name()
    return f.pick(
        [
            f"Telephone conference with {n} re custody schedule; review parenting plan draft.",
            f"Draft and revise demand letter to {n}; research statute of limitations.",
            f"Meet with client {n} to prepare for deposition.",
            f"Review medical records received for {n}; update damages chart.",
            f"Email exchange with opposing counsel {n} regarding discovery deadlines.",
            f"Prepare {n}'s I-130 petition packet and cover letter.",
        ]
    )


def message_preview(f):
    p = f.phone()
    return f.pick(
        [
            f"Can you call me back on {p}? I'm free after 3.",
            f"My new number is {p}, please update the file.",
            f"I'm at work until 5, reach me at {p} if it's urgent.",
            f"Text me at {p} when the settlement papers are ready",
            f"Please use {p} for the court reminder calls, not my old phone",
        ]
    )


def sms_reminder(f):
    n = f.first()
    return f.pick(
        [
            f"Hi {n}, reminder: your hearing is {f.pick(['Mon', 'Tue', 'Thu'])} at 9:00 AM. "
            "Bring your evidence. Reply STOP to opt out.",
            f"{n}, FileSmall here. Your claim was accepted by the court. Log in to see next steps.",
            f"Hi {n}! The defendant has been served. We'll text you the hearing date.",
            f"{n}, your filing fee waiver was approved. No payment is due.",
        ]
    )


def staff_note(f):
    e = f.email()
    return f.pick(
        [
            f"Client prefers email: {e}",
            f"Send the draft to {e}, not the work address.",
            f"Opposing counsel's assistant is {e} - cc on all scheduling.",
            f"Updated contact: {e}",
            f"Invoice bounced, new billing contact {e}",
        ]
    )


CASE_DESCRIPTIONS = [
    "My landlord kept my security deposit and says I damaged the carpet.",
    "I was let go two weeks after I asked about unpaid overtime.",
    "We want to set up guardianship for our kids in case something happens.",
    "A contractor took a deposit for a kitchen remodel and never showed up.",
    "I need help with a green card application for my spouse.",
    "Car accident at an intersection, the other driver ran a red light.",
    "Looking to update my will after buying a house.",
    "My ex is not following the custody order.",
]
REVIEW_TEXTS = [
    "Very responsive and explained everything in plain English.",
    "Got my deposit back within a month. Highly recommend.",
    "Fees were clear up front, no surprises.",
    "Took a while to hear back but the outcome was good.",
    "Professional and kind during a really stressful time.",
    "Would not use again, missed a filing deadline.",
]
QUESTION_TITLES = [
    "Can my landlord enter without notice in Illinois?",
    "How long does probate take in England?",
    "Do I need a lawyer for small claims court?",
    "Can I be fired for discussing pay with coworkers?",
    "What happens if the defendant doesn't show up to the hearing?",
    "Is a handwritten will valid in Texas?",
]


# -- events -----------------------------------------------------------------------------------------


def address_block():
    return {
        "street": Y(lambda f: f.us_street(), "address|street"),
        "city": Y(lambda f: f.us_city(), "city"),
        "state": G(lambda f: f.us_place()[1]),
        "postalCode": Y(lambda f: f.us_zip(), "zipcode"),
        "country": G(lambda f: "US"),
    }


def ecom_product():
    return {
        "product_id": G(lambda f: "frm_" + f.digits(5)),
        "sku": G(
            lambda f: f.pick(
                ["CC-WILL-STD", "CC-WILL-PLUS", "CC-LLC-FORM", "CC-POA-DUR", "CC-NDA-MUT", "CC-LEASE-RES"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Last Will & Testament",
                    "LLC Formation Package",
                    "Durable Power of Attorney",
                    "Mutual NDA",
                    "Residential Lease Agreement",
                    "Living Trust Bundle",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Estate Planning", "Business", "Real Estate"])),
        "variant": G(lambda f: f.pick(["Standard", "Attorney Review", "Couples"])),
        "price": G(lambda f: f.pick([39.0, 59.0, 89.0, 149.0, 249.0])),
        "quantity": G(lambda f: 1),
        "position": G(lambda f: f.r.randint(1, 12)),
        "url": G(
            lambda f: "https://www.counselcove.com/legal-forms/" + f.pick(["last-will", "llc", "poa", "nda"])
        ),
    }


EVENTS = [
    # == law firm client portal =========================================================================
    (
        "identify",
        None,
        portal_web,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": address_block(),
            "createdAt": G(lambda f: f.iso()),
            "clientNumber": G(lambda f: "C-" + f.digits(6)),
            "preferredContactMethod": G(lambda f: f.pick(["email", "phone", "sms", "portal"])),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "pl", "zh"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "openMatters": G(lambda f: f.r.randint(0, 3)),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        "Matter Documents",
        portal_web,
        {
            "name": G(lambda f: "Matter Documents"),
            "category": G(lambda f: "Portal"),
            "path": G(lambda f: "/matters/documents"),
            "url": G(lambda f: "https://portal.hollismarchetti.com/matters/documents"),
            "title": G(lambda f: "Documents | ClientDesk"),
            "referrer": G(lambda f: f.pick(["", "https://portal.hollismarchetti.com/matters"])),
            "search": G(lambda f: f.pick(["", "?tab=signed", "?tab=pending"])),
            "matterId": G(lambda f: f.matter_id()),
        },
    ),
    (
        "track",
        "Intake Questionnaire Submitted",
        portal_web,
        {
            "intake_id": G(lambda f: f.uuid()),
            "practice_area": G(lambda f: f.pick(PRACTICE)),
            "full_legal_name": Y(lambda f: f.full_name(), "name"),
            "other_names_used": Y(lambda f: f.pick([f.first() + " " + f.last(), f.last()]), "name"),
            "date_of_birth": Y(lambda f: f.dob("us"), "birthdate"),
            "ssn_last4": RED(lambda f: f.ssn_last4(), "social security number"),
            "mobile_phone": Y(lambda f: f.us_phone(), "phone"),
            "home_address": Y(lambda f: f.us_address(), "address"),
            "marital_status": G(lambda f: f.pick(["married", "separated", "divorced", "single", "widowed"])),
            "spouse_name": Y(lambda f: f.full_name(), "name"),
            "number_of_children": G(lambda f: f.r.randint(0, 4)),
            "employer": G(
                lambda f: f.pick(
                    [
                        "Walgreens",
                        "Northwestern Medicine",
                        "United Airlines",
                        "self-employed",
                        "City of Chicago",
                    ]
                )
            ),
            "job_title": G(
                lambda f: f.pick(
                    ["Pharmacy Technician", "Registered Nurse", "Flight Attendant", "Electrician", "Teacher"]
                )
            ),
            "annual_income": Y(lambda f: f.r.randint(18, 240) * 1000, "salary"),
            "referred_by": Y(lambda f: f.full_name(), "name"),
            "prior_attorney": G(lambda f: f.pick([True, False])),
            "needs_disability_accommodation": RED(lambda f: f.pick([True, False]), "disability"),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "interpreter_language": G(lambda f: f.pick(["none", "Spanish", "Polish", "Mandarin", "Arabic"])),
            "case_description": G(lambda f: f.pick(CASE_DESCRIPTIONS)),
        },
    ),
    (
        "track",
        "Immigration Intake Submitted",
        portal_web,
        {
            "intake_id": G(lambda f: f.uuid()),
            "matter_type": G(lambda f: f.pick(["I-130", "I-485", "N-400", "asylum", "DACA renewal"])),
            "country_of_birth": G(
                lambda f: f.pick(["Mexico", "India", "Philippines", "Nigeria", "Poland", "Guatemala"])
            ),
            "nationality": Y(
                lambda f: f.pick(["Mexican", "Indian", "Filipino", "Nigerian", "Polish", "Guatemalan"]),
                "citizenship",
            ),
            "current_immigration_status": RED(
                lambda f: f.pick(["H-1B", "F-1", "B-2 overstay", "TPS", "DACA", "LPR"]), "visa"
            ),
            "a_number": RED(lambda f: f.a_number(), "national id"),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "passport_country": G(lambda f: f.pick(["MX", "IN", "PH", "NG", "PL", "GT"])),
            "passport_expiry": G(lambda f: f.day(f.r.randint(2025, 2033))),
            "last_entry_date": G(lambda f: f.day(f.r.randint(2010, 2023))),
            "petitioner": {
                "name": Y(lambda f: f.full_name(), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "employer"])),
                "is_us_citizen": Y(lambda f: f.pick([True, False]), "citizenship"),
            },
            "has_criminal_record": Y(lambda f: f.pick([True, False]), "criminal record"),
        },
    ),
    (
        "track",
        "Injury Intake Submitted",
        kotlin_context,
        {
            "intake_id": G(lambda f: f.uuid()),
            "accident_type": G(lambda f: f.pick(["auto", "slip_and_fall", "dog_bite", "workplace"])),
            "accident_date": G(lambda f: f.day()),
            "accident_state": G(lambda f: f.pick(["IL", "CA", "TX", "NY"])),
            "injuries": Many(
                Y(
                    lambda f: f.pick(
                        ["whiplash", "fractured wrist", "concussion", "herniated disc", "torn ACL", "PTSD"]
                    ),
                    "condition|diagnosis",
                ),
                3,
            ),
            "currently_in_treatment": Y(lambda f: f.pick([True, False]), "condition"),
            "treating_physician": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "hospital": G(
                lambda f: f.pick(
                    ["Rush University Medical Center", "Cedars-Sinai", "Houston Methodist", "NYU Langone"]
                )
            ),
            "medical_record_number": RED(lambda f: f.mrn(), "health id"),
            "current_medications": Many(
                Y(
                    lambda f: f.pick(["gabapentin", "cyclobenzaprine", "ibuprofen 800mg", "sertraline"]),
                    "medication",
                ),
                2,
            ),
            "rx_number": Y(lambda f: "RX" + f.digits(7), "medication"),
            "health_insurer": G(
                lambda f: f.pick(["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Medicaid"])
            ),
            "health_policy_number": Y(lambda f: f.policy_number(), "identification"),
            "vehicle": {
                "plate": Y(lambda f: f.plate(), "license"),
                "vin": Y(lambda f: f.vin(), "serial"),
                "make": G(lambda f: f.pick(["Toyota", "Honda", "Ford", "Tesla"])),
                "year": G(lambda f: f.r.randint(2008, 2024)),
            },
            "other_driver": {
                "name": Y(lambda f: f.full_name(), "name"),
                "insurer": G(lambda f: f.pick(["State Farm", "GEICO", "Progressive", "Allstate"])),
                "policy_number": Y(lambda f: f.policy_number(), "identification"),
                "phone": Y(lambda f: f.us_phone(), "phone"),
            },
            "police_report_number": G(lambda f: f.pick(["JH", "JK", "HZ"]) + f.digits(6)),
        },
    ),
    (
        "track",
        "Family Law Intake Submitted",
        portal_web,
        {
            "intake_id": G(lambda f: f.uuid()),
            "matter_type": G(lambda f: f.pick(["divorce", "custody", "child_support", "adoption"])),
            "date_of_marriage": G(lambda f: f.day(f.r.randint(1995, 2020))),
            "date_of_separation": G(lambda f: f.day(f.r.randint(2021, 2024))),
            "spouse": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "current_address": Y(lambda f: f.us_address(), "address"),
                "employer": G(
                    lambda f: f.pick(["Amazon", "CVS Health", "Chicago Public Schools", "unknown"])
                ),
                "represented_by_counsel": G(lambda f: f.pick([True, False, None])),
            },
            "children": Many(
                {
                    "first_name": Y(lambda f: f.first(), "name"),
                    "date_of_birth": Y(lambda f: f.child_dob(), "birthdate"),
                    "age": G(lambda f: f.r.randint(1, 17)),
                    "lives_with": G(lambda f: f.pick(["me", "other_parent", "shared"])),
                    "special_needs": RED(lambda f: f.pick([True, False]), "disability"),
                },
                3,
            ),
            "religious_upbringing": Y(
                lambda f: f.pick(["Catholic", "Jewish", "Muslim", "Hindu", "none", "Baptist"]), "religion"
            ),
            "order_of_protection": G(lambda f: f.pick([True, False])),
            "prenup": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Criminal Defense Intake Submitted",
        swift_context,
        {
            "intake_id": G(lambda f: f.uuid()),
            "charge_level": Y(
                lambda f: f.pick(["misdemeanor", "felony", "traffic", "unknown"]), "criminal record"
            ),
            "pending_charges": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "DUI",
                            "possession of a controlled substance",
                            "retail theft",
                            "domestic battery",
                            "driving on a suspended license",
                        ]
                    ),
                    "criminal record",
                ),
                2,
            ),
            "prior_convictions": Y(lambda f: f.pick([True, False]), "criminal record"),
            "arrest_date": G(lambda f: f.day()),
            "arresting_agency": G(lambda f: f.pick(["Chicago PD", "LAPD", "Harris County Sheriff", "NYPD"])),
            "docket_number": G(lambda f: f.docket()),
            "next_court_date": G(lambda f: f.day(2025)),
            "in_custody": Y(lambda f: f.pick([True, False]), "criminal record"),
            "bond_amount": G(lambda f: f.pick([0, 500, 2500, 10000])),
            "contact_person": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.us_phone(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "partner", "brother", "friend"])),
            },
        },
    ),
    (
        "track",
        "Bankruptcy Intake Submitted",
        server("analytics-go", ip=True),
        {
            "intake_id": G(lambda f: f.uuid()),
            "chapter": G(lambda f: f.pick(["7", "13"])),
            "debtor_ssn": RED(lambda f: f.ssn(), "social security number"),
            "joint_filing": G(lambda f: f.pick([True, False])),
            "spouse_ssn": RED(lambda f: f.ssn(), "social security number"),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "monthly_income": Y(lambda f: f.r.randint(600, 4200), "salary"),
            "total_unsecured_debt": G(lambda f: f.price(3000, 180000)),
            "creditors": Many(
                {
                    "name": G(
                        lambda f: f.pick(
                            ["Capital One", "Discover Bank", "Midland Credit Management", "Navient"]
                        )
                    ),
                    "account_last4": G(lambda f: f.digits(4)),
                    "balance": G(lambda f: f.price(200, 40000)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Conflict Check Submitted",
        server("analytics-python"),
        {
            "conflict_check_id": G(lambda f: "cc_" + f.hexid(12)),
            "matter_id": G(lambda f: f.matter_id()),
            "adverse_parties": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "role": G(
                        lambda f: f.pick(["opposing_party", "co_defendant", "witness", "insurer_adjuster"])
                    ),
                    "aliases": Many(Y(lambda f: f.full_name(), "name"), 2),
                },
                3,
            ),
            "related_entities": Many(
                {
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Brightline Properties LLC",
                                "Lakeshore Auto Body Inc.",
                                "Meridian Staffing",
                                "Acme Logistics",
                            ]
                        )
                    ),
                    "type": G(lambda f: f.pick(["llc", "corporation", "trust"])),
                },
                2,
            ),
            "checked_by": Y(lambda f: f.full_name(), "name"),
            "checked_by_id": G(lambda f: "usr_" + f.digits(4)),
            "result": G(lambda f: f.pick(["clear", "potential_conflict", "conflict"])),
            "hits": G(lambda f: f.r.randint(0, 4)),
            "waiver_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conflict Search Performed",
        portal_web,
        {
            "q": Y(lambda f: f.pick([f.full_name(), f.last() + ", " + f.first()]), "name", True),
            "results": G(lambda f: f.r.randint(0, 9)),
            "scope": G(lambda f: f.pick(["all_matters", "open_matters", "prospective"])),
            "search_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Document Uploaded",
        swift_context,
        {
            "document_id": G(lambda f: f.uuid()),
            "matter_id": G(lambda f: f.matter_id()),
            "document_type": G(lambda f: f.pick(DOC_TYPES)),
            "file_name": Y(
                lambda f: f.pick(
                    [
                        f"{f.last()}_{f.pick(['lease', 'paystub_march', 'marriage_cert', 'police_rpt'])}.pdf",
                        f"{f.pick(DOC_TYPES)} - {f.full_name()}.pdf",
                        f"IMG_{f.digits(4)}_{f.last()}.HEIC",
                    ]
                ),
                "name",
                True,
            ),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/heic", "image/jpeg"])),
            "size_bytes": G(lambda f: f.r.randint(20_000, 14_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "contains_ssn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Matter Detail",
        kotlin_context,
        {
            "matter_id": G(lambda f: f.matter_id()),
            "matter_name": Y(
                lambda f: f.pick(
                    [
                        f"{f.last()} - Dissolution of Marriage",
                        f"{f.last()} v. Brightline Properties LLC",
                        f"Estate of {f.full_name()}",
                        f"{f.last()} Adjustment of Status",
                        f"People v. {f.full_name()}",
                    ]
                ),
                "name",
            ),
            "practice_area": G(lambda f: f.pick(PRACTICE)),
            "status": G(lambda f: f.pick(["open", "pending", "closed", "on_hold"])),
            "responsible_attorney_id": G(lambda f: "usr_" + f.digits(4)),
            "unread_messages": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Envelope Completed",
        server("@segment/analytics-node"),
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["sent", "delivered", "completed", "declined"])),
            "emailSubject": G(
                lambda f: f.pick(
                    [
                        "Please DocuSign: Engagement Letter",
                        "Please DocuSign: Settlement Agreement",
                        "Please DocuSign: HIPAA Authorization",
                    ]
                )
            ),
            "sentDateTime": G(lambda f: f.iso()),
            "completedDateTime": G(lambda f: f.iso()),
            "sender": {
                "userName": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.staff_email(), "email"),
                "accountId": G(lambda f: f.uuid()),
            },
            "recipients": {
                "signers": Many(
                    {
                        "recipientId": G(lambda f: str(f.r.randint(1, 4))),
                        "routingOrder": G(lambda f: str(f.r.randint(1, 3))),
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "status": G(lambda f: f.pick(["sent", "delivered", "completed"])),
                        "signedDateTime": G(lambda f: f.iso()),
                        "clientUserId": G(lambda f: f.digits(7)),
                        "deliveryMethod": G(lambda f: f.pick(["email", "embedded"])),
                    },
                    3,
                ),
                "carbonCopies": Many(
                    {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.staff_email(), "email"),
                    },
                    1,
                ),
            },
            "envelopeDocuments": Many(
                {
                    "documentId": G(lambda f: str(f.r.randint(1, 5))),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Engagement Letter.pdf",
                                "Fee Agreement.pdf",
                                "Settlement Agreement.pdf",
                                "HIPAA Authorization.pdf",
                            ]
                        )
                    ),
                    "type": G(lambda f: "content"),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Document Signed",
        portal_web,
        {
            "envelope_id": G(lambda f: f.uuid()),
            "document_name": G(
                lambda f: f.pick(
                    [
                        "Engagement Letter",
                        "Contingency Fee Agreement",
                        "HIPAA Authorization",
                        "Settlement Agreement",
                    ]
                )
            ),
            "typed_signature": Y(lambda f: f.full_name(), "name", True),
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
            "signed_at": G(lambda f: f.iso()),
            "signing_ms": G(lambda f: f.r.randint(20_000, 600_000)),
            "consent_electronic_records": G(lambda f: True),
            "signer_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Invoice Viewed",
        portal_web,
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "matter_id": G(lambda f: f.matter_id()),
            "amount_due": G(lambda f: f.price(150, 18000)),
            "currency": G(lambda f: "USD"),
            "due_date": G(lambda f: f.day(2025)),
            "is_overdue": G(lambda f: f.pick([True, False])),
            "billed_hours": G(lambda f: round(f.r.uniform(0.3, 42.0), 1)),
            "line_items": Many(
                {
                    "timekeeper": Y(lambda f: f.full_name(), "name"),
                    "timekeeper_title": G(lambda f: f.pick(ATTORNEY_TITLES)),
                    "hours": G(lambda f: round(f.r.uniform(0.1, 8.0), 1)),
                    "hourly_rate": Y(lambda f: f.pick([175, 225, 350, 425, 595]), "salary"),
                    "activity_code": G(lambda f: f.pick(["A101", "A103", "A104", "L120"])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Trust Payment Submitted",
        server("analytics-php", ip=True),
        {
            "transaction_id": G(lambda f: f.hexid(24)),
            "amount": G(lambda f: f.price(500, 25000)),
            "currency": G(lambda f: "USD"),
            "account_type": G(lambda f: f.pick(["trust", "operating"])),
            "reference": G(lambda f: "Matter " + f.matter_id()),
            "payer": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "method": {
                "type": G(lambda f: f.pick(["card", "bank"])),
                "card_type": G(lambda f: f.pick(["VISA", "MASTERCARD", "AMEX", "DISCOVER"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "token": RED(lambda f: f.token_str(22), "token"),
            },
            "bank": {
                "routing_number": G(lambda f: f.pick(ROUTING)),
                "account_number": RED(lambda f: f.bank_account_us(), "bank account"),
                "account_holder": Y(lambda f: f.full_name(), "name"),
                "account_holder_type": G(lambda f: f.pick(["individual", "business"])),
            },
            "billing_address": {
                "address1": Y(lambda f: f.us_street(), "address|street"),
                "city": Y(lambda f: f.us_city(), "city"),
                "state": G(lambda f: f.us_place()[1]),
                "postal_code": Y(lambda f: f.us_zip(), "zipcode"),
                "country": G(lambda f: "US"),
            },
            "surcharge": G(lambda f: f.price(0, 90)),
            "status": G(lambda f: f.pick(["AUTHORIZED", "COMPLETED", "FAILED"])),
        },
    ),
    (
        "track",
        "Payment Form Error",
        portal_web,
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "error_code": G(
                lambda f: f.pick(["card_declined", "incorrect_cvc", "expired_card", "processing_error"])
            ),
            "error_message": G(
                lambda f: f.pick(
                    ["Your card was declined.", "Your card's security code is incorrect.", "Try again."]
                )
            ),
            "card_number": RED(lambda f: f.card(), "credit card"),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        server("analytics-ruby"),
        {
            "id": G(lambda f: "evt_" + f.token_str(24)),
            "type": G(lambda f: "payment_intent.succeeded"),
            "data": {
                "object": {
                    "id": G(lambda f: "pi_" + f.token_str(24)),
                    "amount": G(lambda f: f.r.randint(5000, 900000)),
                    "currency": G(lambda f: f.pick(["usd", "gbp"])),
                    "customer": G(lambda f: "cus_" + f.token_str(14)),
                    "payment_method": RED(lambda f: "pm_" + f.token_str(24), "token"),
                    "receipt_email": Y(lambda f: f.email(), "email"),
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Retainer deposit",
                                "Invoice INV-" + f.digits(6),
                                "Flat fee: uncontested divorce",
                            ]
                        )
                    ),
                    "metadata": {
                        "matter_id": G(lambda f: f.matter_id()),
                        "client_name": Y(lambda f: f.full_name(), "name"),
                        "invoice_number": G(lambda f: "INV-" + f.digits(6)),
                    },
                    "billing_details": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone": Y(lambda f: f.phone(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "line2": Y(
                                lambda f: f.pick(["Apt 4B", "Flat 3", "Unit 210", "Suite 5"]),
                                "address|street",
                            ),
                            "city": Y(lambda f: f.city(), "city"),
                            "state": G(lambda f: f.pick(["IL", "CA", "NY", ""])),
                            "postal_code": Y(lambda f: f.zip(), "zipcode"),
                            "country": G(lambda f: f.pick(["US", "GB"])),
                        },
                    },
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        },
                    },
                },
            },
        },
    ),
    (
        "track",
        "Client Money Received",
        server("analytics-python"),
        {
            "payment_id": G(lambda f: f.uuid()),
            "amount_gbp": G(lambda f: f.price(200, 20000)),
            "payer_name": Y(lambda f: f.full_name(), "name"),
            "payer_sort_code": G(lambda f: f.pick(SORT_CODES)),
            "payer_account_number": RED(lambda f: f.bank_account_uk(), "bank account"),
            "payer_iban": RED(lambda f: f.iban(f.pick(["GB", "GB", "FR", "ES", "NL"])), "bank account"),
            "payment_reference": G(lambda f: "HM" + f.digits(6)),
            "client_account": G(lambda f: f.pick(["Client Account - Barclays", "Client Account - NatWest"])),
            "confirmation_of_payee": G(lambda f: f.pick(["match", "close_match", "no_match"])),
        },
    ),
    (
        "track",
        "Message Sent",
        swift_context,
        {
            "thread_id": G(lambda f: f.uuid()),
            "matter_id": G(lambda f: f.matter_id()),
            "recipient_role": G(lambda f: f.pick(["attorney", "paralegal", "billing"])),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "body_preview": Y(message_preview, "phone", True),
            "message_length": G(lambda f: f.r.randint(20, 2000)),
            "attachment_count": G(lambda f: f.r.randint(0, 3)),
            "is_urgent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Time Entry Logged",
        server("analytics-java", ip=True),
        {
            "entryId": G(lambda f: f.digits(9)),
            "matterId": G(lambda f: f.matter_id()),
            "timekeeperId": G(lambda f: "usr_" + f.digits(4)),
            "timekeeperName": Y(lambda f: f.full_name(), "name"),
            "timekeeperEmail": Y(lambda f: f.staff_email(), "email"),
            "hours": G(lambda f: round(f.r.uniform(0.1, 6.0), 1)),
            "rate": Y(lambda f: f.pick([175, 225, 350, 425, 595]), "salary"),
            "narrative": Y(time_narrative, "name", True),
            "utbmsCode": G(lambda f: f.pick(["L110", "L120", "L210", "A103"])),
            "billable": G(lambda f: f.pick([True, False])),
            "workDate": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Task Assigned",
        server("@segment/analytics-node"),
        {
            "task_id": G(lambda f: f.digits(8)),
            "task_title": G(
                lambda f: f.pick(
                    [
                        "Draft motion to compel",
                        "File appearance",
                        "Request medical records",
                        "Calendar hearing",
                    ]
                )
            ),
            "assignee_id": G(lambda f: "usr_" + f.digits(4)),
            "assignee_email": Y(lambda f: f.staff_email(), "email"),
            "assigned_by": Y(lambda f: f.full_name(), "name"),
            "due_date": G(lambda f: f.day(2025)),
            "priority": G(lambda f: f.pick(["low", "medium", "high"])),
            "note": Y(staff_note, "email", True),
        },
    ),
    (
        "track",
        "Attorney Assigned",
        server("analytics-go"),
        {
            "matter_id": G(lambda f: f.matter_id()),
            "attorney": {
                "id": G(lambda f: "usr_" + f.digits(4)),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.staff_email(), "email"),
                "direct_dial": Y(lambda f: f.us_phone("dash"), "phone"),
                "bar_number": Y(lambda f: f.bar_number(), "license|identification"),
                "title": G(lambda f: f.pick(ATTORNEY_TITLES[:4])),
                "office": G(lambda f: f.pick(["Chicago", "Los Angeles", "London"])),
            },
            "paralegal": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.staff_email(), "email"),
            },
            "firm_phone": G(lambda f: "+1 312-555-0140"),
            "firm_email": G(lambda f: "intake@hollismarchetti.com"),
            "firm_address": G(lambda f: "225 W Wacker Dr, Suite 1800, Chicago, IL 60606"),
        },
    ),
    (
        "track",
        "Inbound Call Received",
        server("analytics-python"),
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.us_phone("e164"), "phone"),
            "To": G(lambda f: f.pick(["+13125550140", "+13125550188"])),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed", "no-answer"])),
            "Direction": G(lambda f: "inbound"),
            "CallerName": Y(lambda f: f.last().upper() + " " + f.first().upper(), "name"),
            "FromCity": Y(lambda f: f.us_city().upper(), "city"),
            "FromState": G(lambda f: f.us_place()[1]),
            "FromZip": Y(lambda f: f.us_zip()[:5], "zipcode"),
            "FromCountry": G(lambda f: "US"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
        },
    ),
    (
        "track",
        "Email Opened",
        server("@segment/analytics-node"),
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: "open"),
            "sg_event_id": G(lambda f: f.token_str(22)),
            "sg_message_id": G(lambda f: f.token_str(22) + ".filterdrecv-" + f.digits(3)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "category": Many(G(lambda f: f.pick(["invoice", "hearing_reminder", "newsletter"])), 2),
            "timestamp": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            "sg_machine_open": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Integration Connected",
        server("analytics-ruby"),
        {
            "integration": G(lambda f: f.pick(["clio", "quickbooks", "dropbox", "outlook"])),
            "access_token": RED(lambda f: f.token_str(40), "token"),
            "refresh_token": RED(lambda f: f.token_str(48), "token"),
            "webhook_secret": RED(lambda f: "whsec_" + f.token_str(32), "secret"),
            "scopes": Many(
                G(lambda f: f.pick(["matters:read", "contacts:read", "bills:write", "documents:read"])), 3
            ),
            "connected_by": G(lambda f: "usr_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        server("analytics-php", ip=True, ua=True),
        {
            "reset_token": RED(lambda f: f.token_str(40), "token"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "delivery": G(lambda f: f.pick(["email", "sms"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_last_changed": G(lambda f: f.iso()),
            "attempts_today": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Account Registered",
        server("analytics-php", ip=True, ua=True),
        {
            "user_login": Y(lambda f: f.email(), "email"),
            "user_pass": RED(
                lambda f: (
                    f.pick(["Summer2024!", "Chicago#1987", "hunter2hunter2", "P@ssw0rd99", "n0tMyD0g!"])
                    + f.digits(2)
                ),
                "password",
            ),
            "display_name": Y(lambda f: f.full_name(), "name"),
            "role": G(lambda f: "client"),
            "terms_version": G(lambda f: f.pick(["2023-11", "2024-03"])),
        },
    ),
    (
        "track",
        "Consultation Booked",
        server("analytics-go"),
        {
            "event": G(lambda f: "invitee.created"),
            "payload": {
                "uri": G(
                    lambda f: (
                        "https://api.calendly.com/scheduled_events/" + f.uuid() + "/invitees/" + f.uuid()
                    )
                ),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "text_reminder_number": Y(lambda f: f.phone(), "phone"),
                "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London"])),
                "rescheduled": G(lambda f: f.pick([True, False])),
                "scheduled_event": {
                    "name": G(
                        lambda f: f.pick(["Initial Consultation (30 min)", "Strategy Session (60 min)"])
                    ),
                    "start_time": G(lambda f: f.iso()),
                    "location": {
                        "type": G(lambda f: f.pick(["zoom", "physical", "outbound_call"])),
                        "join_url": G(lambda f: "https://us02web.zoom.us/j/" + f.digits(11)),
                    },
                },
                "questions_and_answers": Many(
                    {
                        "question": G(lambda f: "Full name of the other party in your matter"),
                        "answer": Y(lambda f: f.full_name(), "name", True),
                        "position": G(lambda f: 0),
                    },
                    1,
                ),
                "tracking": {
                    "utm_source": G(lambda f: f.pick(["google", "website", None])),
                    "utm_campaign": G(lambda f: f.pick(["pi_search_brand", "divorce_q2", None])),
                },
            },
        },
    ),
    (
        "track",
        "Contact Field Completed",
        portal_web,
        {
            "form": G(lambda f: f.pick(["intake", "profile", "billing_contact"])),
            "field": G(lambda f: f.pick(["email", "alternate_email"])),
            "value": Y(lambda f: f.email(), "email", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(900, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Intake Chat Message",
        market_web,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "step": G(lambda f: "collect_phone"),
            "input": Y(lambda f: f.phone(), "phone", True),
            "bot_version": G(lambda f: f.pick(["2024.05.1", "2024.06.2"])),
            "turn": G(lambda f: f.r.randint(3, 9)),
        },
    ),
    (
        "group",
        None,
        server("@segment/analytics-node"),
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Hollis & Marchetti LLP",
                        "Okafor Family Law PLLC",
                        "Greene & Ruiz Injury Lawyers",
                        "Thames Valley Solicitors",
                    ]
                )
            ),
            "plan": G(lambda f: f.pick(["firm_standard", "firm_pro", "enterprise"])),
            "employees": G(lambda f: f.r.randint(3, 180)),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://hollismarchetti.com",
                        "https://okaforfamilylaw.com",
                        "https://tvsolicitors.co.uk",
                    ]
                )
            ),
            "main_line": G(lambda f: f.pick(["+1 312-555-0140", "+1 713-555-0199", "+44 118 496 0321"])),
            "office": {
                "street": G(
                    lambda f: f.pick(["225 W Wacker Dr, Suite 1800", "1200 Smith St", "Forbury Square"])
                ),
                "city": G(lambda f: f.pick(["Chicago", "Houston", "Reading"])),
                "postalCode": G(lambda f: f.pick(["60606", "77002", "RG1 3EU"])),
                "country": G(lambda f: f.pick(["US", "GB"])),
            },
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    # == legal-help marketplace =========================================================================
    (
        "page",
        "Find a Lawyer",
        market_web,
        {
            "name": G(lambda f: "Find a Lawyer"),
            "path": G(
                lambda f: f.pick(
                    ["/find-a-lawyer", "/lawyers/family-law/chicago-il", "/lawyers/employment/london"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://www.counselcove.com"
                    + f.pick(["/find-a-lawyer", "/lawyers/family-law/chicago-il"])
                )
            ),
            "title": G(lambda f: "Find a Lawyer Near You | CounselCove"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", ""])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc"])),
            "category": G(lambda f: "Directory"),
        },
    ),
    (
        "track",
        "Lawyers Searched",
        market_web,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "divorce lawyer",
                        "tenant rights",
                        "dui attorney near me",
                        "unfair dismissal solicitor",
                        "will writing",
                    ]
                )
            ),
            "practice_area": G(lambda f: f.pick(PRACTICE)),
            "location": G(
                lambda f: f.pick(
                    ["Chicago, IL", "Houston, TX", "Manchester", "London", "60614", "Brooklyn, NY"]
                )
            ),
            "radius_miles": G(lambda f: f.pick([10, 25, 50])),
            "results_count": G(lambda f: f.r.randint(0, 140)),
            "filters": {
                "free_consultation": G(lambda f: f.pick([True, False])),
                "languages": Many(
                    G(lambda f: f.pick(["English", "Spanish", "Polish", "Urdu", "Cantonese"])), 2
                ),
            },
        },
    ),
    (
        "track",
        "Lawyer Profile Viewed",
        rn_context,
        {
            "lawyer_id": G(lambda f: "lw_" + f.digits(6)),
            "lawyer_name": Y(lambda f: f.full_name(), "name"),
            "firm_name": G(
                lambda f: f.pick(
                    [
                        "Okafor Family Law PLLC",
                        "Greene & Ruiz",
                        "Patel Immigration Group",
                        "Northgate Solicitors",
                    ]
                )
            ),
            "bar_number": Y(lambda f: f.bar_number(), "license|identification"),
            "years_in_practice": G(lambda f: f.r.randint(1, 35)),
            "rating": G(lambda f: round(f.r.uniform(3.2, 5.0), 1)),
            "review_count": G(lambda f: f.r.randint(0, 320)),
            "hourly_rate": Y(lambda f: f.pick([150, 200, 275, 350, 450]), "salary"),
            "free_consultation": G(lambda f: f.pick([True, False])),
            "office_city": G(lambda f: f.pick(["Chicago", "Houston", "Manchester", "London"])),
            "office_phone": G(lambda f: f.pick(["+1 773-555-0122", "+1 713-555-0175", "0161 496 0780"])),
            "sponsored": G(lambda f: f.pick([True, False])),
            "position": G(lambda f: f.r.randint(1, 20)),
        },
    ),
    (
        "track",
        "Consultation Requested",
        server("@segment/analytics-node", ip=True, ua=True),
        {
            "lead_id": G(lambda f: f.uuid()),
            "lawyer_id": G(lambda f: "lw_" + f.digits(6)),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "zip": Y(lambda f: f.zip(), "zipcode"),
            "practice_area": G(lambda f: f.pick(PRACTICE)),
            "case_description": G(lambda f: f.pick(CASE_DESCRIPTIONS)),
            "preferred_contact_time": G(lambda f: f.pick(["morning", "afternoon", "evening", "any"])),
            "tcpa_consent": G(lambda f: True),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook"])),
            "utm_campaign": G(lambda f: f.pick(["pi_search_brand", "divorce_q2", "small_claims_how_to"])),
            "lead_price": G(lambda f: f.pick([35, 60, 120])),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        market_web,
        {
            "form-id": G(lambda f: f.pick(["hero-lead", "sidebar-lead"])),
            "full-name": Y(lambda f: f.full_name(), "name"),
            "e-mail": Y(lambda f: f.email(), "email"),
            "phone-number": Y(lambda f: f.phone(), "phone"),
            "zip-code": Y(lambda f: f.zip(), "zipcode"),
            "case-type": G(lambda f: f.pick(PRACTICE)),
            "preferred-contact": G(lambda f: f.pick(["call", "text", "email"])),
            "has-attorney": G(lambda f: f.pick(["yes", "no"])),
            "_fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "_fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
        },
    ),
    (
        "track",
        "Lawyer Review Submitted",
        rn_context,
        {
            "lawyer_id": G(lambda f: "lw_" + f.digits(6)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(lambda f: f.pick(REVIEW_TEXTS)),
            "reviewer_display_name": Y(lambda f: f.first() + " " + f.last()[0] + ".", "name"),
            "post_anonymously": G(lambda f: f.pick([True, False])),
            "hired_lawyer": G(lambda f: f.pick([True, False])),
            "matter_outcome": G(lambda f: f.pick(["settled", "won", "lost", "ongoing"])),
        },
    ),
    (
        "track",
        "Question Posted",
        rn_context,
        {
            "question_id": G(lambda f: f.digits(7)),
            "title": G(lambda f: f.pick(QUESTION_TITLES)),
            "topic": G(lambda f: f.pick(PRACTICE)),
            "jurisdiction": G(
                lambda f: f.pick(["Illinois", "Texas", "England and Wales", "Scotland", "California"])
            ),
            "is_anonymous": G(lambda f: f.pick([True, False])),
            "word_count": G(lambda f: f.r.randint(15, 400)),
            "notify_by_email": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Saved Contacts",
        rn_context,
        {
            "label": Y(
                lambda f: f"{f.full_name()} ({f.pick(['spouse', 'mother', 'landlord', 'witness', 'son'])})",
                "name",
                True,
            ),
            "contact_id": G(lambda f: f.digits(5)),
            "contacts_total": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "identify",
        None,
        rn_context,
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "mobile": Y(lambda f: f.uk_phone(), "phone"),
            "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            "country": G(lambda f: f.pick(["GB", "US"])),
            "age_range": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "plan": G(lambda f: f.pick(["free", "legal_plan_plus"])),
            "member_number": G(lambda f: "CC" + f.digits(8)),
            "push_opt_in": G(lambda f: f.pick([True, False])),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        server("analytics-python", ip=True),
        {
            "prenom": Y(lambda f: f.qc_first(), "name"),
            "nom": Y(lambda f: f.qc_last(), "name"),
            "courriel": Y(lambda f: f.qc_email(), "email"),
            "telephone": Y(lambda f: f.qc_phone(), "phone"),
            "adresse": Y(lambda f: f.qc_street(), "address"),
            "ville": Y(lambda f: f.pick(QC_PLACES)[0], "city"),
            "code_postal": Y(lambda f: f.qc_postal(), "zipcode"),
            "province": G(lambda f: "QC"),
            "langue": G(lambda f: f.pick(["fr", "en"])),
            "numero_dossier": G(
                lambda f: (
                    f"{f.r.randint(500, 760)}-32-{f.digits(6)}-{f.pick(['23', '24'])}{f.r.randint(1, 9)}"
                )
            ),
            "nas": RED(lambda f: f.sin(), "national id"),
            "date_de_naissance": Y(lambda f: f.dob(), "birthdate"),
        },
    ),
    (
        "track",
        "Dossier Ouvert",
        server("analytics-python", ip=True),
        {
            "numero_dossier": G(
                lambda f: (
                    f"{f.r.randint(500, 760)}-32-{f.digits(6)}-{f.pick(['23', '24'])}{f.r.randint(1, 9)}"
                )
            ),
            "tribunal": G(
                lambda f: f.pick(
                    ["Cour du Québec, Division des petites créances", "Tribunal administratif du logement"]
                )
            ),
            "partie_adverse": Y(lambda f: f.qc_first() + " " + f.qc_last(), "name"),
            "montant_reclame": G(lambda f: f.price(300, 15000)),
            "courriel_partie_adverse": Y(lambda f: f.qc_email(), "email"),
            "statut": G(lambda f: f.pick(["ouvert", "en attente", "fermé"])),
        },
    ),
    (
        "track",
        "Product Viewed",
        market_web,
        {**ecom_product(), "currency": G(lambda f: "USD")},
    ),
    (
        "track",
        "Product Added",
        market_web,
        {"cart_id": G(lambda f: f.uuid()), **ecom_product()},
    ),
    (
        "track",
        "Checkout Started",
        market_web,
        {
            "order_id": G(lambda f: "CC-" + f.digits(7)),
            "revenue": G(lambda f: f.pick([39.0, 59.0, 89.0, 149.0, 298.0])),
            "tax": G(lambda f: f.price(0, 20)),
            "discount": G(lambda f: f.pick([0, 10, 15])),
            "coupon": G(lambda f: f.pick(["", "WILLS15", "NEWCLIENT10"])),
            "currency": G(lambda f: "USD"),
            "products": Many(ecom_product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        market_web,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "CC-" + f.digits(7)),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_bin": G(lambda f: f.pick(["411111", "545454", "378282", "601100"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_postal_code": Y(lambda f: f.zip(), "zipcode"),
            "card_token": RED(lambda f: "tok_" + f.token_str(24), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        market_web,
        {
            "order_id": G(lambda f: "CC-" + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.pick([39.0, 59.0, 89.0, 149.0, 298.0])),
            "revenue": G(lambda f: f.pick([39.0, 59.0, 89.0, 149.0, 298.0])),
            "tax": G(lambda f: f.price(0, 20)),
            "coupon": G(lambda f: f.pick(["", "WILLS15", "NEWCLIENT10"])),
            "currency": G(lambda f: "USD"),
            "products": Many(ecom_product(), 2),
            "billing_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.us_street(), "address|street"),
                "city": Y(lambda f: f.us_city(), "city"),
                "state": G(lambda f: f.us_place()[1]),
                "zip": Y(lambda f: f.us_zip(), "zipcode"),
                "country": G(lambda f: "US"),
            },
            "attorney_review_added": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Will Completed",
        market_web,
        {
            "document_id": G(lambda f: f.uuid()),
            "state_of_residence": G(lambda f: f.pick(["IL", "TX", "CA", "NY", "England", "Wales"])),
            "testator_name": Y(lambda f: f.full_name(), "name"),
            "testator_dob": Y(lambda f: f.dob("us"), "birthdate"),
            "executor": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "sibling", "adult child", "friend"])),
            },
            "beneficiaries": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "relationship": G(
                        lambda f: f.pick(["child", "spouse", "grandchild", "niece", "charity_contact"])
                    ),
                    "share_percent": G(lambda f: f.pick([10, 25, 33.3, 50, 100])),
                    "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                },
                4,
            ),
            "guardian_for_minors": Y(lambda f: f.full_name(), "name"),
            "pets": Many(
                {
                    "name": G(
                        lambda f: f.pick(["Biscuit", "Luna", "Mr. Whiskers", "Bella", "Kofi", "Pepper"])
                    ),
                    "species": G(lambda f: f.pick(["dog", "cat", "parrot"])),
                    "caretaker": Y(lambda f: f.full_name(), "name"),
                },
                2,
            ),
            "funeral_preferences": {
                "disposition": G(lambda f: f.pick(["burial", "cremation", "no_preference"])),
                "religious_tradition": Y(
                    lambda f: f.pick(["Catholic", "Muslim", "Jewish", "Hindu", "Sikh", "Methodist"]),
                    "religion",
                ),
            },
            "has_minor_children": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Subscription Started",
        server("analytics-java"),
        {
            "subscriptionId": G(lambda f: "sub_" + f.token_str(14)),
            "planId": G(lambda f: f.pick(["legal_plan_plus_monthly", "legal_plan_plus_annual"])),
            "planName": G(lambda f: f.pick(["Legal Plan Plus", "Legal Plan Family"])),
            "amount": G(lambda f: f.pick([19.99, 29.99, 199.0])),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "trial": G(lambda f: f.pick([True, False])),
            "trialEndsAt": G(lambda f: f.iso()),
            "coveredHouseholdMembers": Many(
                {
                    "firstName": Y(lambda f: f.first(), "name"),
                    "relation": G(lambda f: f.pick(["spouse", "child", "partner"])),
                    "birthYear": Y(lambda f: f.r.randint(1950, 2020), "birthdate"),
                },
                3,
            ),
        },
    ),
    (
        "alias",
        None,
        market_web,
        {},
    ),
    # == small-claims e-filing ==========================================================================
    (
        "track",
        "Claim Form Started",
        filing_web,
        {
            "claim_draft_id": G(lambda f: f.uuid()),
            "claim_type": G(
                lambda f: f.pick(
                    [
                        "security_deposit",
                        "unpaid_invoice",
                        "property_damage",
                        "auto_accident",
                        "bad_workmanship",
                    ]
                )
            ),
            "amount_claimed": G(lambda f: f.price(200, 12500)),
            "court_state": G(lambda f: f.pick(["IL", "CA", "TX", "NY", "GA", "AZ"])),
            "court_county": G(
                lambda f: f.pick(["Cook", "Los Angeles", "Harris", "Kings", "Fulton", "Maricopa"])
            ),
            "filing_as": G(lambda f: f.pick(["individual", "business", "attorney"])),
        },
    ),
    (
        "track",
        "Claim Filed",
        dotnet_context,
        {
            "CaseNumber": G(lambda f: f.case_number()),
            "CourtName": G(lambda f: f.pick(COURTS_US)),
            "CourtAddress": G(
                lambda f: f.pick(
                    [
                        "50 W Washington St, Chicago, IL 60602",
                        "111 N Hill St, Los Angeles, CA 90012",
                        "1019 Congress St, Houston, TX 77002",
                    ]
                )
            ),
            "FilingFee": G(lambda f: f.pick([30.0, 75.0, 101.0, 151.0])),
            "FeeWaiverRequested": G(lambda f: f.pick([True, False])),
            "ClaimAmount": G(lambda f: f.price(200, 12500)),
            "ClaimReason": G(
                lambda f: f.pick(["SecurityDeposit", "UnpaidInvoice", "PropertyDamage", "BreachOfContract"])
            ),
            "FiledAtUtc": G(lambda f: f.iso()),
            "Plaintiff": {
                "FullName": Y(lambda f: f.full_name(), "name"),
                "Email": Y(lambda f: f.email(), "email"),
                "Phone": Y(lambda f: f.us_phone(), "phone"),
                "DateOfBirth": Y(lambda f: f.dob("us"), "birthdate"),
                "Address": {
                    "Line1": Y(lambda f: f.us_street(), "address|street"),
                    "City": Y(lambda f: f.us_city(), "city"),
                    "State": G(lambda f: f.us_place()[1]),
                    "PostalCode": Y(lambda f: f.us_zip(), "zipcode"),
                },
            },
            "Defendant": {
                "PartyType": G(lambda f: f.pick(["Individual", "Individual", "Business"])),
                "FullName": Y(lambda f: f.full_name(), "name"),
                "AddressLine1": Y(lambda f: f.us_street(), "address|street"),
                "City": Y(lambda f: f.us_city(), "city"),
                "PostalCode": Y(lambda f: f.us_zip(), "zipcode"),
                "BusinessName": G(
                    lambda f: f.pick(
                        ["", "Lakeshore Auto Body Inc.", "Brightline Properties LLC", "QuickFix Plumbing"]
                    )
                ),
                "RegisteredAgent": Y(lambda f: f.full_name(), "name"),
            },
            "ServiceMethod": G(lambda f: f.pick(["CertifiedMail", "Sheriff", "PrivateProcessServer"])),
        },
    ),
    (
        "track",
        "Witness Added",
        filing_web,
        {
            "claim_draft_id": G(lambda f: f.uuid()),
            "witness": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.us_phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "relationship": G(lambda f: f.pick(["neighbor", "coworker", "family", "contractor"])),
                "will_testify": G(lambda f: f.pick([True, False])),
                "needs_subpoena": G(lambda f: f.pick([True, False])),
            },
            "witness_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Service Attempted",
        flutter_context,
        {
            "case_number": G(lambda f: f.case_number()),
            "served_party_name": Y(lambda f: f.full_name(), "name"),
            "service_address": Y(lambda f: f.us_address(), "address"),
            "attempt_number": G(lambda f: f.r.randint(1, 3)),
            "result": G(
                lambda f: f.pick(["served_personally", "substitute_service", "no_answer", "bad_address"])
            ),
            "served_to_description": G(
                lambda f: f.pick(["adult resident", "named party", "co-occupant", "none"])
            ),
            "server_name": Y(lambda f: f.full_name(), "name"),
            "server_license_number": Y(lambda f: "PSC-" + f.digits(5), "license"),
            "gps": {
                "lat": Y(lambda f: f.lat_us(), "geolocation"),
                "lng": Y(lambda f: f.lon_us(), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 40)),
            },
            "attempted_at": G(lambda f: f.iso()),
            "photo_count": G(lambda f: f.r.randint(0, 3)),
            "fee": G(lambda f: f.pick([45, 65, 95])),
        },
    ),
    (
        "track",
        "Hearing Scheduled",
        server("analytics-ruby"),
        {
            "case_number": G(lambda f: f.case_number()),
            "court_name": G(lambda f: f.pick(COURTS_US)),
            "judge_name": Y(lambda f: "Hon. " + f.full_name(), "name"),
            "hearing_at": G(lambda f: f.iso()),
            "hearing_type": G(lambda f: f.pick(["trial", "status", "motion", "mediation"])),
            "remote": G(lambda f: f.pick([True, False])),
            "interpreter_requested": G(lambda f: f.pick([True, False])),
            "interpreter_language": G(lambda f: f.pick(["none", "Spanish", "Polish", "Mandarin", "Arabic"])),
            "ada_accommodation_requested": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Fee Waiver Submitted",
        flutter_context,
        {
            "case_number": G(lambda f: f.case_number()),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "monthly_income": Y(lambda f: f.r.randint(600, 4200), "salary"),
            "receives_public_benefits": G(lambda f: f.pick([True, False])),
            "benefits": Many(G(lambda f: f.pick(["SNAP", "TANF", "General Assistance", "WIC"])), 2),
            "employer": G(lambda f: f.pick(["Target", "self-employed", "unemployed", "Uber"])),
            "approved": G(lambda f: f.pick([True, False, None])),
        },
    ),
    (
        "track",
        "Money Claim Submitted",
        server("analytics-python", ip=True),
        {
            "claim_number": G(lambda f: f.uk_claim_number()),
            "court": G(lambda f: f.pick(COURTS_UK)),
            "amount_gbp": G(lambda f: f.price(100, 10000)),
            "court_fee_gbp": G(lambda f: f.pick([35, 50, 70, 80, 115, 205, 455])),
            "claimant": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.uk_phone(), "phone"),
                "address_line_1": Y(lambda f: f.uk_street(), "address|street"),
                "town": Y(lambda f: f.pick(UK_PLACES)[0], "city"),
                "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            },
            "defendant_type": G(lambda f: f.pick(["individual", "company", "sole_trader"])),
            "defendant_company": G(
                lambda f: f.pick(
                    ["Speedy Roofing Ltd", "Northern Lettings Ltd", "", "Bright Spark Electrics"]
                )
            ),
            "help_with_fees": {
                "reference": G(lambda f: f"HWF-{f.token_str(3).upper()}-{f.token_str(3).upper()}"),
                "national_insurance_number": RED(lambda f: f.nino(), "national id"),
                "savings_band": G(lambda f: f.pick(["under_4250", "4250_to_16000", "over_16000"])),
            },
        },
    ),
    (
        "track",
        "Court Reminder Sent",
        server("analytics-java"),
        {
            "reminderId": G(lambda f: f.uuid()),
            "channel": G(lambda f: "sms"),
            "to": Y(lambda f: f.us_phone("e164"), "phone"),
            "from": G(lambda f: "+18725550110"),
            "text": Y(sms_reminder, "name", True),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "deliveryStatus": G(lambda f: f.pick(["queued", "delivered", "undelivered"])),
            "caseNumber": G(lambda f: f.case_number()),
        },
    ),
    (
        "identify",
        None,
        server("analytics-python"),
        {
            "CLIENT_ID": G(lambda f: int(f.digits(7))),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "MOBILE_PHONE": Y(lambda f: f.phone(), "phone"),
            "ZIP_CODE": Y(lambda f: f.us_zip(), "zipcode"),
            "STATE_CODE": G(lambda f: f.us_place()[1]),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "LIFETIME_FEES_PAID": G(lambda f: f.price(0, 40000)),
            "OPEN_CLAIMS": G(lambda f: f.r.randint(0, 3)),
            "LAST_LOGIN_AT": G(lambda f: f.iso()),
            "SSN_ON_FILE": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Filing Status Checked",
        flutter_context,
        {
            "case_number": G(lambda f: f.case_number()),
            "status": G(
                lambda f: f.pick(["submitted", "accepted", "rejected", "served", "judgment_entered"])
            ),
        },
    ),
    (
        "track",
        "Defendant Details Entered",
        filing_web,
        {
            "claim_draft_id": G(lambda f: f.uuid()),
            "Defendant Name": Y(lambda f: f.full_name(), "name"),
            "Defendant Email": Y(lambda f: f.email(), "email"),
            "Last Known Address": Y(lambda f: f.us_address(), "address"),
            "Defendant Date Of Birth": Y(lambda f: f.dob("us"), "birthdate"),
            "Relationship To You": G(
                lambda f: f.pick(["Landlord", "Former tenant", "Contractor", "Neighbor", "Ex-partner"])
            ),
            "Defendant Is Active Duty Military": RED(lambda f: f.pick([True, False]), "veteran"),
        },
    ),
    (
        "screen",
        "Evidence Checklist",
        flutter_context,
        {
            "claim_draft_id": G(lambda f: f.uuid()),
        },
    ),
]


def build(seed: int, repeats: int):
    f = LegalFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, context, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.pick(["ajs-next-", "", "api-"]) + f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["cli_" + f.digits(6), f.digits(7)]),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "firm_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif kind != "alias":
                msg["properties"] = render(body, f, "properties", labels)
            msg["context"] = render(context(f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=4949, repeats=34)
    write(Path(__file__).parent, "holdout49_", events, labels)
