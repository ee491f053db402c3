# ruff: noqa: RUF001 (real values carry en dashes and Turkish dotless i)
"""Writes the twenty-third holdout: tests/corpus/holdout23_events.jsonl and holdout23_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' labels or their builders (only build_holdout3.py, for the format), and never scored by
its author. Run with `.venv/bin/python -m tests.corpus.build_holdout23`; seeded, deterministic.

Domain: B2B SaaS, the other typical Segment customer, with three products.
- Pipewise, a CRM and sales-engagement tool: reps' identify calls, accounts (group calls),
  contacts created and imported from CSV, enrichment (job title, LinkedIn URL, company size),
  sequences and their e-mails, opens and replies, calls and their recordings, meetings booked,
  deals, Salesforce (PascalCase, `__c`) and HubSpot (lowercase `properties`) sync payloads, a
  warehouse reverse-ETL sync (SCREAMING_SNAKE), lead forms, GDPR consent, unsubscribes and
  data-subject requests.
- Stackhook, a developer platform: sign-up with GitHub and Google OAuth, OAuth tokens, API keys
  created / rotated / revoked, webhooks (with custom headers), deploys with commit authors, a
  kebab-case CLI, audit logs with actor IP and user agent, SAML SSO and SCIM provisioning,
  billing (Stripe-shaped cards, VAT ids, a .NET invoicing service in PascalCase), support
  tickets with attachments and error logs, failed API requests with their headers.
- Helpnest, a customer-support desk: Zendesk-shaped tickets, chat conversations and transcript
  metadata, macros, CSAT, agent and customer profiles, phone IVR and voicemail, help-centre
  search, and an EU data-centre sync service that sends German and Dutch keys.
Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter,
and the python, node, go, java, ruby, php and .NET server libraries. Values come from personas
of many countries (US, DE, NL, GB, FR, IN, BR, JP, CA, AU, NG, ZA, PL, ES) with national phone
and postcode formats; cards pass Luhn, IBANs mod-97, BSNs the 11-test, SSNs follow the SSA
structure, VAT ids have their national shape.

Conventions: a leaf path is dotted from the message root, arrays as `[]`. Each path has one label:
classification (red / yellow / green), type (a default matcher name from REFERENCE.md, or
`bank account`, `geolocation`, `secret`, `national id`, `advertising id`, `credit card`,
`recording`, ...; `a|b` when either is fair) and value_only (the key does not say what the value
is, only the value does).

Labelling rules.
- PII is personal data about a natural person: the user, a contact or lead, a recipient, an
  invitee, a caller, a staff member (sales rep, support agent, commit author). Colour is the
  reference default for its matcher; outside the reference: red for credentials / secrets /
  tokens, full card numbers and CVCs, bank accounts, government ids (BSN, SSN and its last four),
  and health or disability; yellow otherwise (IP, geolocation, advertising ids, recordings).
- Green: ids we or a vendor issue (user, contact, deal, ticket, Salesforce `00Q…`, HubSpot
  object ids, GitHub numeric ids, Google `sub`, employee numbers), SKUs, invoice numbers,
  versions, timestamps, commit SHAs and file hashes, amounts, enums, counters, booleans under
  PII-sounding keys (`email_verified`, `hasOptedOutOfEmail`, `secret_set`), company / product /
  plan / project / macro / page names, the company's own places and numbers (HQ city, a company
  LinkedIn page, the support line a caller dialled, `dnis`), country, state, locale, language,
  timezone, currency, user agents, device ids issued by the OS for analytics, masked key
  prefixes and last fours, card brand / expiry / last four, BIC, public DNS records, IdP
  certificates and their fingerprints (org configuration, not a person's certificate), names of
  fields (`fields_changed: ["Email"]`, a CSV column mapping whose keys say `Email Address`).
- Decided cases: a VAT id is yellow `identification` (many small customers are sole traders whose
  VAT id identifies them); billing addresses are the payer's address (yellow); a person's city
  (contact, IP-derived, enrichment location) is yellow `city`; handles, usernames and personal
  profile URLs (GitHub login, LinkedIn `/in/` URL, Twitter handle) are yellow `name|identification`;
  avatars and profile pictures are yellow `photo`; a call or voicemail recording URL is yellow
  `recording`; ad click ids (gclid) are yellow `advertising id`; a SHA-256 of an e-mail sent for
  ad matching is still that e-mail (yellow `email`); German `Anrede` and Dutch `geslacht` are
  `gender`; the Dutch `tussenvoegsel` (`van der`) and German `Hausnummer` are parts of a name and
  an address.
- value_only: true under neutral or role keys (`value`, `q`, `subject`, `meeting_title`, `notes`,
  `summary`, `recipient`, `rotated_by`, `triggered_by`, `ani`, `cwd`, `endpoint`, `kept`,
  `emails[].value`, `guests[]`, `Bearbeiter`); such a path holds the PII in every value. Free text
  (notes, summaries, snippets, error logs, first messages) is labelled by what every one of its
  values carries, and such fields are written so that either every value carries it or none does.
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- personas ---------------------------------------------------------------------------------------

NAMES = {
    "US": (
        ["Emily", "Marcus", "Tyler", "Jasmine", "DeShawn", "Rachel", "Brandon", "Kayla", "Connor"],
        ["Johnson", "Williams", "Brooks", "Nguyen", "Rodriguez", "Thompson", "Goldberg", "Washington"],
    ),
    "DE": (
        ["Lukas", "Lea", "Jürgen", "Sabine", "Maximilian", "Anja", "Tobias", "Katrin", "Ömer"],
        ["Schmidt", "Wagner", "Becker", "Hoffmann", "Schäfer", "Krüger", "Yıldız", "Neumann"],
    ),
    "NL": (
        ["Daan", "Sanne", "Jeroen", "Fleur", "Thijs", "Anouk", "Bram", "Marieke", "Stijn"],
        ["de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "de Jong", "van Dijk"],
    ),
    "GB": (
        ["Oliver", "Amelia", "Harry", "Priya", "George", "Siobhan", "Callum", "Imogen"],
        ["Taylor", "Evans", "Patel", "Hughes", "O'Connor", "Clarke", "Walsh", "Ahmed"],
    ),
    "FR": (
        ["Théo", "Camille", "Émilie", "Julien", "Manon", "Hugo", "Inès", "Mathis"],
        ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Benali", "Dupont", "Mercier"],
    ),
    "IN": (
        ["Aarav", "Ananya", "Rohan", "Kavya", "Vikram", "Sneha", "Arjun", "Meera"],
        ["Sharma", "Iyer", "Reddy", "Kumar", "Banerjee", "Nair", "Gupta", "Menon"],
    ),
    "BR": (
        ["João", "Beatriz", "Lucas", "Mariana", "Gabriel", "Larissa", "Rafael", "Camila"],
        ["Santos", "Oliveira", "Souza", "Pereira", "Carvalho", "Almeida", "Ribeiro", "Lima"],
    ),
    "JP": (
        ["Hiroshi", "Sakura", "Kenji", "Yui", "Takumi", "Aoi", "Haruto", "Mei"],
        ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi"],
    ),
    "CA": (
        ["Liam", "Chloé", "Ethan", "Maya", "Noah", "Avery", "Wei", "Gabrielle"],
        ["Tremblay", "Martin", "Roy", "MacDonald", "Chen", "Gagnon", "Singh", "Côté"],
    ),
    "AU": (
        ["Jack", "Matilda", "Lachlan", "Ruby", "Cooper", "Isla", "Aroha", "Mitchell"],
        ["Wilson", "Kelly", "Nguyen", "Ryan", "Ngata", "Papadopoulos", "Russo", "Campbell"],
    ),
    "NG": (
        ["Oluwaseun", "Chiamaka", "Emeka", "Ngozi", "Tunde", "Aisha", "Ifeanyi", "Funmilayo"],
        ["Adeyemi", "Okonkwo", "Balogun", "Eze", "Abubakar", "Okafor", "Adebayo", "Nwosu"],
    ),
    "ZA": (
        ["Thabo", "Lerato", "Sipho", "Naledi", "Pieter", "Anele", "Zanele", "Johan"],
        ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Naidoo", "Khumalo", "Pretorius"],
    ),
    "PL": (
        ["Piotr", "Małgorzata", "Kacper", "Zuzanna", "Tomasz", "Agnieszka", "Jakub", "Ewa"],
        ["Nowak", "Wiśniewska", "Kowalczyk", "Lewandowski", "Zieliński", "Wójcik", "Kamińska", "Mazur"],
    ),
    "ES": (
        ["Santiago", "Lucía", "Javier", "Carmen", "Alejandro", "Marta", "Pablo", "Nerea"],
        ["Fernández", "López", "Martínez", "Sánchez", "Gómez", "Ruiz", "Iglesias", "Navarro"],
    ),
}

# country -> [(city, state, postcode maker key)], street names, house-number style
PLACES = {
    "US": [
        ("Austin", "TX", "787"),
        ("Denver", "CO", "802"),
        ("Chicago", "IL", "606"),
        ("Seattle", "WA", "981"),
    ],
    "DE": [("Berlin", "BE", "10"), ("München", "BY", "80"), ("Hamburg", "HH", "20"), ("Köln", "NW", "50")],
    "NL": [
        ("Amsterdam", "NH", "10"),
        ("Utrecht", "UT", "35"),
        ("Rotterdam", "ZH", "30"),
        ("Eindhoven", "NB", "56"),
    ],
    "GB": [
        ("London", "ENG", "EC"),
        ("Manchester", "ENG", "M"),
        ("Leeds", "ENG", "LS"),
        ("Bristol", "ENG", "BS"),
    ],
    "FR": [
        ("Paris", "IDF", "75"),
        ("Lyon", "ARA", "69"),
        ("Marseille", "PAC", "13"),
        ("Toulouse", "OCC", "31"),
    ],
    "IN": [
        ("Bengaluru", "KA", "560"),
        ("Mumbai", "MH", "400"),
        ("Pune", "MH", "411"),
        ("Chennai", "TN", "600"),
    ],
    "BR": [
        ("São Paulo", "SP", "01"),
        ("Rio de Janeiro", "RJ", "22"),
        ("Curitiba", "PR", "80"),
        ("Recife", "PE", "50"),
    ],
    "JP": [
        ("Tokyo", "13", "150"),
        ("Osaka", "27", "530"),
        ("Fukuoka", "40", "810"),
        ("Sapporo", "01", "060"),
    ],
    "CA": [
        ("Toronto", "ON", "M5V"),
        ("Vancouver", "BC", "V6B"),
        ("Montréal", "QC", "H2X"),
        ("Calgary", "AB", "T2P"),
    ],
    "AU": [
        ("Sydney", "NSW", "20"),
        ("Melbourne", "VIC", "30"),
        ("Brisbane", "QLD", "40"),
        ("Perth", "WA", "60"),
    ],
    "NG": [("Lagos", "LA", "101"), ("Abuja", "FC", "900"), ("Ibadan", "OY", "200"), ("Enugu", "EN", "400")],
    "ZA": [
        ("Cape Town", "WC", "80"),
        ("Johannesburg", "GP", "20"),
        ("Durban", "KZN", "40"),
        ("Pretoria", "GP", "00"),
    ],
    "PL": [("Warszawa", "MZ", "00"), ("Kraków", "MA", "31"), ("Wrocław", "DS", "50"), ("Gdańsk", "PM", "80")],
    "ES": [
        ("Madrid", "MD", "28"),
        ("Barcelona", "CT", "08"),
        ("Valencia", "VC", "46"),
        ("Sevilla", "AN", "41"),
    ],
}
STREETS = {
    "US": ["Maple Ave", "Congress Ave", "Lakeview Dr", "W 5th St", "Pine Ridge Rd"],
    "DE": ["Hauptstraße", "Schillerstraße", "Bahnhofstr.", "Am Lindenhof", "Kastanienallee"],
    "NL": ["Prinsengracht", "Oudegracht", "Stationsweg", "Kerkstraat", "Laan van Meerdervoort"],
    "GB": ["Baker Street", "Deansgate", "Whitechapel Road", "Park Row", "Gloucester Road"],
    "FR": ["rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue Lafayette"],
    "IN": ["3rd Cross, Indiranagar", "MG Road", "Linking Road, Bandra West", "FC Road"],
    "BR": ["Av. Paulista", "Rua Augusta", "Rua XV de Novembro", "Av. Boa Viagem"],
    "JP": ["Jingumae", "Umeda", "Tenjin", "Kita 3-jo Nishi"],
    "CA": ["King St W", "Granville St", "Rue Sainte-Catherine", "Stephen Ave"],
    "AU": ["George St", "Collins St", "Queen St", "Hay St"],
    "NG": ["Admiralty Way", "Adeola Odeku St", "Aminu Kano Crescent", "Ring Road"],
    "ZA": ["Long Street", "Jan Smuts Ave", "Florida Road", "Church Street"],
    "PL": ["ul. Marszałkowska", "ul. Floriańska", "ul. Świdnicka", "ul. Długa"],
    "ES": ["Calle Mayor", "Carrer de Mallorca", "Avenida del Puerto", "Calle Sierpes"],
}
COMPANIES = [
    ("Globex Corporation", "globex.com", "Manufacturing", "Springfield"),
    ("Initech", "initech.io", "Software", "Austin"),
    ("Hooli", "hooli.xyz", "Internet", "Palo Alto"),
    ("Kessler & Söhne GmbH", "kessler-soehne.de", "Logistics", "Hamburg"),
    ("Bakkerij Visser B.V.", "bakkerijvisser.nl", "Food & Beverage", "Utrecht"),
    ("Northwind Traders", "northwind.co.uk", "Retail", "Leeds"),
    ("Tyrell Systems", "tyrell.ai", "Artificial Intelligence", "Toronto"),
    ("Soylent Health", "soylenthealth.com", "Healthcare", "Denver"),
    ("Nakatomi Trading", "nakatomi.co.jp", "Financial Services", "Tokyo"),
    ("Pied Piper", "piedpiper.com", "Software", "Palo Alto"),
    ("Lagoon Fintech", "lagoonpay.ng", "Fintech", "Lagos"),
    ("Zebra Energia", "zebraenergia.com.br", "Energy", "São Paulo"),
    ("Wayne Analytics", "wayne-analytics.com", "Analytics", "Chicago"),
    ("Cascadia Outdoor", "cascadia-outdoor.ca", "Retail", "Vancouver"),
]
FREEMAIL = {
    "US": ["gmail.com", "yahoo.com", "icloud.com"],
    "DE": ["web.de", "gmx.de", "t-online.de"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "GB": ["btinternet.com", "outlook.com", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
    "CA": ["rogers.com", "gmail.com", "hotmail.ca"],
    "AU": ["bigpond.com", "gmail.com", "outlook.com.au"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com"],
    "ZA": ["webmail.co.za", "gmail.com", "mweb.co.za"],
    "PL": ["wp.pl", "onet.pl", "o2.pl"],
    "ES": ["hotmail.es", "gmail.com", "telefonica.net"],
}
JOB_TITLES = [
    "VP of Sales",
    "Head of Revenue Operations",
    "Account Executive",
    "Senior Software Engineer",
    "CTO",
    "Customer Success Manager",
    "Procurement Lead",
    "Founder & CEO",
    "Marketing Operations Manager",
    "Staff Platform Engineer",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
]


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Persona:
    def __init__(self, f: "H", country: str | None = None):
        r = f.r
        self.country = country or r.choice(list(NAMES))
        firsts, lasts = NAMES[self.country]
        self.first = r.choice(firsts)
        self.last = r.choice(lasts)
        self.full = f"{self.first} {self.last}"
        if self.country == "JP" and r.random() < 0.3:
            self.full = f"{self.last} {self.first}"
        self.company, self.domain, self.industry, self.hq = r.choice(COMPANIES)
        fa, la = (
            ascii_fold(self.first).lower(),
            ascii_fold(self.last).lower().replace(" ", "").replace("'", ""),
        )
        self.email = r.choice([f"{fa}.{la}", f"{fa[0]}{la}", fa, f"{fa}_{la}"]) + "@" + self.domain
        self.personal_email = (
            r.choice(
                [f"{fa}.{la}{r.randint(1, 99)}", f"{fa}{la[:3]}", f"{la}.{fa}", f"{fa}{r.randint(70, 2005)}"]
            )
            + "@"
            + r.choice(FREEMAIL[self.country])
        )
        self.login = r.choice(
            [f"{fa}{la[:4]}", f"{fa}-{la}", f"{fa[0]}{la}{r.randint(1, 99)}", f"{la}{fa[:2]}dev"]
        )
        self.linkedin = f"https://www.linkedin.com/in/{fa}-{la}-{f.hexid(r.choice([6, 8]))}"
        self.city, self.state, prefix = r.choice(PLACES[self.country])
        self.street_name = r.choice(STREETS[self.country])
        self.house = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "B"])
        self.zip = postcode(f, self.country, prefix)
        if self.country in ("DE", "NL", "PL", "ES"):
            self.street = f"{self.street_name} {self.house}"
        elif self.country in ("BR",):
            self.street = f"{self.street_name}, {self.house}"
        elif self.country == "JP":
            self.street = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)} {self.street_name}"
        else:
            self.street = f"{self.house} {self.street_name}"
        self.phone = phone(f, self.country)
        self.work_phone = phone(f, self.country, mobile=False)
        self.dob = f.date(1958, 2003)
        self.gender = r.choice(["female", "male", "female", "male", "non-binary"])
        self.title = r.choice(JOB_TITLES)


def postcode(f: "H", country: str, prefix: str) -> str:
    r = f.r
    up = "ABDEFGHJLNPQRSTUWXYZ"
    if country in ("US",):
        return f"{prefix}{r.randint(1, 99):02d}"
    if country in ("DE", "FR", "ES"):
        return f"{prefix}{r.randint(1, 999):03d}"
    if country == "NL":
        return f"{prefix}{r.randint(10, 99)} {r.choice(up)}{r.choice(up)}"
    if country == "GB":
        return f"{prefix}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice(up)}{r.choice(up)}"
    if country == "IN":
        return f"{prefix}{r.randint(1, 99):03d}"
    if country == "BR":
        return f"{prefix}{r.randint(100, 999)}-{r.randint(0, 999):03d}"
    if country == "JP":
        return f"{prefix}-{r.randint(1, 9999):04d}"
    if country == "CA":
        return f"{prefix} {r.randint(1, 9)}{r.choice(up)}{r.randint(1, 9)}"
    if country in ("AU", "ZA"):
        return f"{prefix}{r.randint(0, 99):02d}"
    if country == "NG":
        return f"{prefix}{r.randint(1, 999):03d}"
    if country == "PL":
        return f"{prefix}-{r.randint(1, 999):03d}"
    raise KeyError(country)


def phone(f: "H", country: str, mobile: bool = True) -> str:
    r = f.r

    def d(n):
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    if country in ("US", "CA"):
        area = r.choice(["512", "303", "312", "206", "416", "604", "514", "720"])
        return r.choice(
            [
                f"+1{area}{r.randint(200, 999)}{d(4)}",
                f"({area}) {r.randint(200, 999)}-{d(4)}",
                f"{area}-{r.randint(200, 999)}-{d(4)}",
            ]
        )
    if country == "DE":
        if mobile:
            return r.choice([f"+49 15{r.randint(1, 9)} {d(8)}", f"0171 {d(7)}", f"+49 176 {d(4)} {d(4)}"])
        return r.choice([f"+49 30 {d(8)}", f"040 {d(6)}-{d(2)}", f"+49 89 {d(7)}"])
    if country == "NL":
        if mobile:
            return r.choice([f"+31 6 {d(8)}", f"06-{d(8)}", f"+316{d(8)}"])
        return r.choice([f"+31 20 {d(3)} {d(4)}", f"030-{d(7)}", f"+31 10 {d(7)}"])
    if country == "GB":
        return r.choice([f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}", f"+44 20 {d(4)} {d(4)}"])
    if country == "FR":
        return r.choice(
            [
                f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                f"07 {d(2)} {d(2)} {d(2)} {d(2)}",
                f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
            ]
        )
    if country == "IN":
        return r.choice([f"+91 9{d(4)} {d(5)}", f"+91-8{d(9)}", f"09{d(9)}"])
    if country == "BR":
        return r.choice([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+5541 9{d(8)}"])
    if country == "JP":
        return r.choice([f"+81 90-{d(4)}-{d(4)}", f"080-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}"])
    if country == "AU":
        return r.choice([f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}"])
    if country == "NG":
        return r.choice([f"+234 80{d(1)} {d(3)} {d(4)}", f"0803 {d(3)} {d(4)}", f"+234 70{d(8)}"])
    if country == "ZA":
        return r.choice([f"+27 82 {d(3)} {d(4)}", f"072 {d(3)} {d(4)}", f"+27 21 {d(3)} {d(4)}"])
    if country == "PL":
        return r.choice(
            [f"+48 5{d(2)} {d(3)} {d(3)}", f"6{d(2)}-{d(3)}-{d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"]
        )
    if country == "ES":
        return r.choice([f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"6{d(8)}", f"+34 91 {d(3)} {d(2)} {d(2)}"])
    raise KeyError(country)


class H(Fake):
    """Fake plus per-message personas: `p` the subject, `q` a second person (rep, agent)."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.new_message()

    def new_message(self, country: str | None = None):
        self.p = Persona(self, country)
        self.q = Persona(self)

    def person(self) -> Persona:
        return Persona(self)

    def bsn(self) -> str:
        while True:
            digits = [self.r.randint(0, 9) for _ in range(8)]
            total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
            last = total % 11
            if last < 10 and digits[0] != 0:
                return "".join(map(str, digits)) + str(last)

    def vat(self) -> str:
        kind = self.pick(["DE", "NL", "FR", "GB", "ES", "PL", "IT"])
        if kind == "DE":
            return "DE" + self.digits(9)
        if kind == "NL":
            return f"NL{self.digits(9)}B{self.r.randint(1, 99):02d}"
        if kind == "FR":
            return f"FR{self.r.randint(10, 99)}{self.digits(9)}"
        if kind == "GB":
            return "GB" + self.digits(9)
        if kind == "ES":
            return "ES" + self.pick("ABCDEFGHJ") + self.digits(8)
        if kind == "PL":
            return "PL" + self.digits(10)
        return "IT" + self.digits(11)

    def ip(self) -> str:
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def sha256_of(self, text: str) -> str:
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()

    def sfid(self, prefix: str) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return prefix + "".join(self.r.choice(alnum) for _ in range(15))

    def alnum(self, n: int) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.r.choice(alnum) for _ in range(n))


# -- contexts of the client libraries ----------------------------------------------------------------

APPS = {
    "pipewise": {
        "host": "https://app.pipewise.io",
        "pages": ["/contacts", "/sequences/seq_8812", "/deals/board", "/inbox", "/settings/integrations"],
        "titles": ["Contacts · Pipewise", "Sequences · Pipewise", "Deals · Pipewise", "Inbox · Pipewise"],
        "mobile": ("Pipewise", "io.pipewise.mobile", ["4.2.0", "4.3.1", "4.4.0"]),
    },
    "stackhook": {
        "host": "https://dashboard.stackhook.dev",
        "pages": [
            "/projects",
            "/projects/prj_2kd9/deploys",
            "/settings/api-keys",
            "/billing",
            "/org/audit-log",
        ],
        "titles": [
            "Projects – Stackhook",
            "Deploys – Stackhook",
            "API keys – Stackhook",
            "Billing – Stackhook",
        ],
        "mobile": ("Stackhook Status", "dev.stackhook.status", ["1.8.2", "1.9.0", "2.0.1"]),
    },
    "helpnest": {
        "host": "https://support.helpnest.com",
        "pages": ["/agent/tickets/184223", "/hc/en-us/articles/360012", "/agent/views/open", "/admin/macros"],
        "titles": [
            "Ticket #184223 – Helpnest",
            "Help Center",
            "Open tickets – Helpnest",
            "Macros – Helpnest",
        ],
        "mobile": ("Helpnest Agent", "com.helpnest.agent", ["7.14.0", "7.15.2", "7.16.0"]),
    },
}


def web_context(app: str):
    a = APPS[app]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(a["pages"])),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://github.com/", a["host"] + "/home"])
            ),
            "search": G(
                lambda f: f.pick(["", "?tab=activity", "?utm_source=g2&utm_medium=review", "?page=2"])
            ),
            "title": G(lambda f: f.pick(a["titles"])),
            "url": G(lambda f: a["host"] + f.pick(a["pages"])),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: False),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "de-DE", "nl-NL", "fr-FR", "en-GB", "ja-JP", "pt-BR"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/Berlin", "Europe/Amsterdam", "Asia/Kolkata"])
        ),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["q2_pipeline_push", "devrel-newsletter", "g2_review_retarget"])),
            "source": G(lambda f: f.pick(["google", "linkedin", "newsletter", "g2"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "referral"])),
            "term": G(lambda f: f.pick(["crm for startups", "webhook platform", "help desk software", ""])),
            "content": G(lambda f: f.pick(["hero_cta", "sidebar", "footer_link"])),
        },
    }


def swift_context(app: str):
    name, bundle, versions = APPS[app]["mobile"]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(["1042", "1057", "1063"])),
            "namespace": G(lambda f: bundle),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPad13,4", "iPhone14,7"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "de-DE", "nl-NL", "ja-JP"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 820])),
            "height": G(lambda f: f.pick([852, 932, 1180])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Amsterdam", "Asia/Tokyo"])),
        "traits": {
            "userId": G(lambda f: "usr_" + f.digits(8)),
            "email": Y(lambda f: f.p.email, "email"),
            "name": Y(lambda f: f.p.full, "name"),
        },
    }


def kotlin_context(app: str):
    name, bundle, versions = APPS[app]["mobile"]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(["40200", "40301", "40400"])),
            "namespace": G(lambda f: bundle),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "23078PND5G", "CPH2581"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "corot", "aston"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "pt-BR", "de-DE", "en-NG"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Jio", "Vivo", "Telekom.de", "MTN NG"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400, 3120])),
            "width": G(lambda f: f.pick([1080, 1440])),
        },
        "timezone": G(
            lambda f: f.pick(["Asia/Kolkata", "America/Sao_Paulo", "Europe/Berlin", "Africa/Lagos"])
        ),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; "
                f"{f.pick(['SM-S921B', 'Pixel 8', 'CPH2581'])} Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "usr_" + f.digits(8)),
            "email": Y(lambda f: f.p.email, "email"),
        },
    }


def rn_context(app: str):
    name, bundle, versions = APPS[app]["mobile"]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(["312", "318", "325"])),
            "namespace": G(lambda f: bundle),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-A546B", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.20.3"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-AU", "es-ES", "fr-CA"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([844, 915, 932])),
            "width": G(lambda f: f.pick([390, 412, 430])),
        },
        "timezone": G(lambda f: f.pick(["Australia/Sydney", "Europe/Madrid", "America/Toronto"])),
        "traits": {"email": Y(lambda f: f.p.email, "email"), "firstName": Y(lambda f: f.p.first, "name")},
    }


def flutter_context(app: str):
    name, bundle, versions = APPS[app]["mobile"]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(["82", "85", "91"])),
            "namespace": G(lambda f: bundle),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "Pixel 6", "moto g84 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3"])),
        },
        "locale": G(lambda f: f.pick(["en_US", "pl_PL", "en_ZA"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "13"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([844, 2400, 2340])),
            "width": G(lambda f: f.pick([390, 1080])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Warsaw", "Africa/Johannesburg", "America/Denver"])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("python", "php", "ruby"):
        # forwarded from the user's web request
        ctx["ip"] = Y(lambda f: f.ip(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib == "node":
        ctx["groupId"] = G(lambda f: "acc_" + f.digits(6))
        ctx["traits"] = {"email": Y(lambda f: f.p.email, "email"), "company": G(lambda f: f.p.company)}
    if lib == "dotnet":
        ctx["instanceId"] = G(lambda f: f.uuid())
    return ctx


def context_for(client: str, app: str):
    if client == "web":
        return web_context(app)
    if client == "ios":
        return swift_context(app)
    if client == "kotlin":
        return kotlin_context(app)
    if client == "rn":
        return rn_context(app)
    if client == "flutter":
        return flutter_context(app)
    return server_context(client)


# -- value helpers ----------------------------------------------------------------------------------


def ms(f: H) -> str:
    return str(f.epoch_ms())


def subject_line(f: H) -> str:
    return f.pick(
        [
            f"{f.p.first}, quick question about {f.p.company}",
            f"Re: {f.p.first} <> Pipewise",
            f"{f.p.first} – worth a 15 min chat?",
            f"Following up, {f.p.first}",
            f"Ideas for {f.p.company}'s RevOps, {f.p.first}",
        ]
    )


def task_subject(f: H) -> str:
    return f.pick(
        [f"Call {f.p.full}", f"Follow up with {f.p.full}", f"Send pricing to {f.p.first} {f.p.last}"]
    )


def call_note(f: H) -> str:
    return f.pick(
        [
            f"Spoke with {f.p.first} about renewal, follow up in Q3.",
            f"{f.p.full} wants a security review before signing.",
            f"Left voicemail for {f.p.first}; try again Tuesday.",
            f"{f.p.first} is evaluating HubSpot too, send comparison deck.",
        ]
    )


def reply_snippet(f: H) -> str:
    return f.pick(
        [
            f"Thanks, happy to talk. Best number is {f.p.phone}.",
            f"I'm out of office until Monday, please contact {f.q.email} instead.",
            f"Not the right person — try {f.q.first} at {f.q.email}.",
            f"Sure, call me on {f.p.work_phone} after 2pm.",
        ]
    )


def call_summary(f: H) -> str:
    return f.pick(
        [
            f"{f.p.full} ({f.p.company}) asked about SSO pricing and seat minimums.",
            f"Discovery with {f.p.full}: 40 reps, using spreadsheets today.",
            f"{f.p.first} {f.p.last} raised concerns on the Salesforce sync latency.",
        ]
    )


def home_cwd(f: H) -> str:
    first = ascii_fold(f.p.first).lower()
    last = ascii_fold(f.p.last).lower().replace(" ", "").replace("'", "")
    return f.pick(
        [
            f"/Users/{first}.{last}/code/{f.pick(['billing-api', 'web', 'infra'])}",
            f"/home/{first}/projects/{f.pick(['api', 'site', 'worker'])}",
            f"C:\\Users\\{first.capitalize()}{last[:1].upper()}\\src\\{f.pick(['app', 'cli-test'])}",
            f"/Users/{first}{last}/dev/stackhook-demo",
        ]
    )


def error_log(f: H) -> str:
    return f.pick(
        [
            f"AuthError: user {f.p.email} lacks scope deploy:write (org {f.digits(5)})",
            f"WARN invite rejected: {f.p.email} already belongs to another organisation",
            f"Error: SAML assertion subject {f.p.email} not provisioned via SCIM",
            f"403 Forbidden for {f.p.email} on POST /v1/projects/prj_{f.hexid(6)}/deploys",
        ]
    )


def first_message(f: H) -> str:
    return f.pick(
        [
            f"Hi, this is {f.p.full}, my order hasn't arrived yet",
            f"Hello, {f.p.full} here. I can't log in to my account",
            f"Hi! I'm {f.p.first} {f.p.last} and I was charged twice this month",
            f"Good morning, {f.p.full} from {f.p.company}, we need to change our plan",
        ]
    )


def voicemail_text(f: H) -> str:
    return f.pick(
        [
            f"Hi it's {f.p.first}, please call me back on {f.p.phone}, thanks.",
            f"Hello, this is about ticket {f.digits(6)}, you can reach me at {f.p.phone}.",
            f"Calling about my invoice, my number is {f.p.phone}. Bye.",
        ]
    )


def invite_message(f: H) -> str:
    return f.pick(
        [
            f"Hey, join us on Stackhook! — {f.q.first}",
            f"Invited you to the billing-api project. Cheers, {f.q.full}",
            f"{f.q.first} here: please accept so you can see the deploy previews.",
        ]
    )


def meeting_title(f: H) -> str:
    return f.pick(
        [
            f"Intro call: {f.p.full} <> Pipewise",
            f"Pipewise demo for {f.p.full}",
            f"{f.p.first} {f.p.last} / {f.q.first} – discovery",
        ]
    )


def signature(f: H) -> str:
    return f.pick(
        [
            f"Best,\n{f.p.full}\n{f.p.title} | {f.p.company}\n{f.p.work_phone}",
            f"{f.p.full} · {f.p.company} · M: {f.p.phone}",
            f"Cheers,\n{f.p.first}\n--\n{f.p.full}, {f.p.title}\nTel. {f.p.work_phone}",
        ]
    )


def contact_search(f: H) -> str:
    return f.pick([f.p.full, f.p.last, f.p.email, f.p.first, f.p.personal_email])


def kept_value(f: H) -> str:
    return f.pick([f.p.email, f.p.phone, f.p.personal_email, f.p.work_phone])


def status_endpoint(f: H) -> str:
    return f.pick([f.p.email, f.p.phone, f.p.personal_email])


# -- Pipewise: CRM and sales engagement ------------------------------------------------------------

WEB, MOBILE = ("web",), ("ios", "kotlin", "rn")

PIPEWISE = [
    (
        "identify",
        None,
        "pipewise",
        ("web", "ios", "kotlin", "rn"),
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "title": G(lambda f: f.p.title),
            "role": G(lambda f: f.pick(["admin", "rep", "manager", "revops"])),
            "team": G(lambda f: f.pick(["EMEA Mid-Market", "NA Enterprise", "APAC SMB", "SDR Pod 3"])),
            "phone": Y(lambda f: f.p.work_phone, "phone"),
            "avatar": Y(lambda f: f"https://cdn.pipewise.io/avatars/{f.hexid(12)}.png", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["starter", "growth", "enterprise"])),
            "seats": G(lambda f: f.r.randint(3, 400)),
            "timezone": G(
                lambda f: f.pick(["Europe/Berlin", "America/Chicago", "Asia/Tokyo", "Europe/London"])
            ),
            "emailSignature": Y(signature, "name|phone", True),
            "calendarConnected": G(lambda f: f.pick([True, False])),
            "company": {
                "id": G(lambda f: "acc_" + f.digits(6)),
                "name": G(lambda f: f.p.company),
            },
        },
    ),
    (
        "group",
        None,
        "pipewise",
        ("web", "node", "python"),
        {
            "name": G(lambda f: f.p.company),
            "industry": G(lambda f: f.p.industry),
            "employees": G(lambda f: f.pick([12, 48, 230, 1200, 5400])),
            "plan": G(lambda f: f.pick(["starter", "growth", "enterprise"])),
            "website": G(lambda f: "https://www." + f.p.domain),
            "createdAt": G(lambda f: f.iso()),
            "arr": G(lambda f: f.r.randint(2, 400) * 1200),
        },
    ),
    (
        "track",
        "Contact Created",
        "pipewise",
        ("web", "ios", "kotlin"),
        {
            "contact_id": G(lambda f: "ct_" + f.hexid(10)),
            "source": G(lambda f: f.pick(["manual", "chrome_extension", "api", "csv_import"])),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.work_phone, "phone"),
            "mobile_phone": Y(lambda f: f.p.phone, "phone"),
            "company": G(lambda f: f.p.company),
            "job_title": G(lambda f: f.p.title),
            "linkedin_url": Y(lambda f: f.p.linkedin, "name|identification"),
            "lifecycle_stage": G(lambda f: f.pick(["lead", "mql", "sql", "customer"])),
            "owner_id": G(lambda f: "usr_" + f.digits(8)),
            "tags": Many(G(lambda f: f.pick(["webinar-q2", "tier-1", "champion", "do-not-sequence"])), 3),
            "city": Y(lambda f: f.p.city, "city"),
            "country": G(lambda f: f.p.country),
        },
    ),
    (
        "track",
        "Contacts Imported",
        "pipewise",
        WEB,
        {
            "import_id": G(lambda f: "imp_" + f.hexid(8)),
            "file_name": G(
                lambda f: f.pick(["leads_q3_webinar.csv", "saastr-badge-scans.csv", "export (3).csv"])
            ),
            "rows_total": G(lambda f: f.r.randint(10, 20000)),
            "rows_imported": G(lambda f: f.r.randint(10, 19000)),
            "column_mapping": {
                "Email Address": G(lambda f: "email"),
                "First Name": G(lambda f: "first_name"),
                "Last Name": G(lambda f: "last_name"),
                "Phone": G(lambda f: f.pick(["phone", "mobile_phone", "skip"])),
                "Company": G(lambda f: "company"),
            },
            "errors": Many(
                {
                    "row": G(lambda f: f.r.randint(2, 5000)),
                    "column": G(lambda f: f.pick(["Email Address", "Phone", "Company"])),
                    "code": G(lambda f: f.pick(["invalid_email", "duplicate", "missing_required"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Lead Enriched",
        "pipewise",
        ("node",),
        {
            "lead_id": G(lambda f: "ct_" + f.hexid(10)),
            "provider": G(lambda f: f.pick(["clearbit", "apollo", "zoominfo"])),
            "email": Y(lambda f: f.p.email, "email"),
            "matched": G(lambda f: f.pick([True, False])),
            "person": {
                "full_name": Y(lambda f: f.p.full, "name"),
                "title": G(lambda f: f.p.title),
                "linkedin_url": Y(lambda f: f.p.linkedin, "name|identification"),
                "twitter_handle": Y(lambda f: "@" + f.p.login, "name|identification"),
                "location": Y(lambda f: f"{f.p.city}, {f.p.country}", "city|address"),
                "personal_email": Y(lambda f: f.p.personal_email, "email"),
                "mobile": Y(lambda f: f.p.phone, "phone"),
            },
            "company": {
                "name": G(lambda f: f.p.company),
                "domain": G(lambda f: f.p.domain),
                "employees_range": G(lambda f: f.pick(["11-50", "51-200", "201-500", "1001-5000"])),
                "industry": G(lambda f: f.p.industry),
                "hq_city": G(lambda f: f.p.hq),
                "linkedin_url": G(lambda f: "https://www.linkedin.com/company/" + f.p.domain.split(".")[0]),
            },
        },
    ),
    (
        "track",
        "Sequence Email Sent",
        "pipewise",
        ("python",),
        {
            "sequence_id": G(lambda f: "seq_" + f.digits(4)),
            "sequence_name": G(
                lambda f: f.pick(["Outbound – VP Sales", "Webinar follow-up", "Closed-lost revive"])
            ),
            "step": G(lambda f: f.r.randint(1, 7)),
            "template_id": G(lambda f: "tpl_" + f.hexid(6)),
            "recipient_email": Y(lambda f: f.p.email, "email"),
            "recipient_name": Y(lambda f: f.p.full, "name"),
            "from_address": Y(lambda f: f.q.email, "email"),
            "subject": Y(subject_line, "name", True),
            "tracking": {
                "opens_enabled": G(lambda f: f.pick([True, False])),
                "clicks_enabled": G(lambda f: f.pick([True, False])),
            },
            "message_id": G(lambda f: f"<CA+{f.alnum(20)}@mail.gmail.com>"),
        },
    ),
    (
        "track",
        "Email Opened",
        "pipewise",
        ("go",),
        {
            "message_id": G(lambda f: f"<CA+{f.alnum(20)}@mail.gmail.com>"),
            "sequence_id": G(lambda f: "seq_" + f.digits(4)),
            "recipient": Y(lambda f: f.p.email, "email", True),
            "open_count": G(lambda f: f.r.randint(1, 9)),
            "user_agent": G(lambda f: f.pick([*UAS, "Mozilla/5.0 (Windows NT 10.0) Microsoft Outlook 16.0"])),
            "ip": Y(lambda f: f.ip(), "ip"),
            "is_bot_open": G(lambda f: f.pick([True, False])),
            "geo": {"city": Y(lambda f: f.p.city, "city"), "country": G(lambda f: f.p.country)},
        },
    ),
    (
        "track",
        "Email Replied",
        "pipewise",
        ("go", "python"),
        {
            "message_id": G(lambda f: f"<CA+{f.alnum(20)}@mail.gmail.com>"),
            "sequence_id": G(lambda f: "seq_" + f.digits(4)),
            "reply_sentiment": G(lambda f: f.pick(["positive", "neutral", "negative", "out_of_office"])),
            "reply_snippet": Y(reply_snippet, "phone|email", True),
        },
    ),
    (
        "track",
        "Unsubscribed",
        "pipewise",
        ("php",),
        {
            "email": Y(lambda f: f.p.email, "email"),
            "reason": G(lambda f: f.pick(["too_many_emails", "not_relevant", "never_signed_up", "other"])),
            "source": G(lambda f: f.pick(["link", "reply", "manual", "list-unsubscribe-header"])),
            "gdpr": {
                "consent_withdrawn": G(lambda f: True),
                "legal_basis": G(lambda f: f.pick(["consent", "legitimate_interest", "contract"])),
            },
        },
    ),
    (
        "track",
        "Consent Updated",
        "pipewise",
        WEB,
        {
            "consent": {
                "marketing_email": G(lambda f: f.pick([True, False])),
                "sales_calls": G(lambda f: f.pick([True, False])),
                "tracking": G(lambda f: f.pick([True, False])),
            },
            "consent_ip": Y(lambda f: f.ip(), "ip"),
        },
    ),
    (
        "track",
        "Call Logged",
        "pipewise",
        ("kotlin", "ios", "web"),
        {
            "call_id": G(lambda f: "call_" + f.hexid(12)),
            "direction": G(lambda f: f.pick(["outbound", "inbound"])),
            "duration_seconds": G(lambda f: f.r.randint(0, 3600)),
            "outcome": G(lambda f: f.pick(["connected", "voicemail", "no_answer", "wrong_number"])),
            "to_number": Y(lambda f: f.p.phone, "phone"),
            "contact_id": G(lambda f: "ct_" + f.hexid(10)),
            "contact_name": Y(lambda f: f.p.full, "name"),
            "notes": Y(call_note, "name", True),
            "recording": {
                "recording_id": G(lambda f: "rec_" + f.hexid(10)),
                "url": Y(lambda f: f"https://media.pipewise.io/calls/{f.hexid(24)}.mp3", "recording"),
                "transcript_available": G(lambda f: f.pick([True, False])),
            },
            "sentiment_score": G(lambda f: round(f.r.uniform(-1, 1), 2)),
        },
    ),
    (
        "track",
        "Call Recording Transcribed",
        "pipewise",
        ("python",),
        {
            "recording_id": G(lambda f: "rec_" + f.hexid(10)),
            "duration_seconds": G(lambda f: f.r.randint(30, 3600)),
            "language": G(lambda f: f.pick(["en", "de", "nl", "ja", "pt"])),
            "speakers": Many(
                {
                    "label": G(lambda f: f.pick(["Speaker A", "Speaker B", "Rep", "Prospect"])),
                },
                3,
            ),
            "keywords": Many(
                G(lambda f: f.pick(["pricing", "competitor", "budget", "security", "timeline"])), 4
            ),
            "summary": Y(call_summary, "name", True),
        },
    ),
    (
        "track",
        "Meeting Booked",
        "pipewise",
        WEB,
        {
            "meeting_id": G(lambda f: "mtg_" + f.hexid(10)),
            "booking_page": G(lambda f: f.pick(["intro-call", "demo-30", "security-review", "qbr"])),
            "meeting_title": Y(meeting_title, "name", True),
            "start_time": G(lambda f: f.iso()),
            "timezone": G(lambda f: f.pick(["Europe/Amsterdam", "America/Denver", "Asia/Kolkata"])),
            "invitee": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.phone, "phone"),
                "company": G(lambda f: f.p.company),
                "guests": Many(Y(lambda f: f.person().email, "email", True), 2),
                "answers": Many(
                    {
                        "question": G(
                            lambda f: f.pick(["Team size?", "Current CRM?", "When do you want to start?"])
                        ),
                        "answer": G(lambda f: f.pick(["50-100", "Salesforce", "Q3", "spreadsheets", "ASAP"])),
                    },
                    3,
                ),
            },
            "conferencing": {
                "join_url": G(
                    lambda f: f.pick(
                        [
                            f"https://zoom.us/j/{f.digits(10)}",
                            f"https://meet.google.com/{f.alnum(3).lower()}-abcd-efg",
                        ]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Deal Stage Changed",
        "pipewise",
        ("ruby", "web"),
        {
            "deal_id": G(lambda f: "deal_" + f.digits(7)),
            "deal_name": G(
                lambda f: f.pick([f"{f.p.company} – {f.r.randint(5, 200)} seats", f"{f.p.company} renewal"])
            ),
            "amount": G(lambda f: f.r.randint(5, 900) * 100),
            "currency": G(lambda f: f.pick(["USD", "EUR", "GBP", "JPY"])),
            "stage_from": G(lambda f: f.pick(["qualification", "demo", "proposal", "negotiation"])),
            "stage_to": G(lambda f: f.pick(["demo", "proposal", "negotiation", "closed_won", "closed_lost"])),
            "close_date": G(lambda f: f.date(2024, 2025)),
            "owner": {
                "id": G(lambda f: "usr_" + f.digits(8)),
                "email": Y(lambda f: f.q.email, "email"),
                "name": Y(lambda f: f.q.full, "name"),
            },
            "primary_contact_email": Y(lambda f: f.p.email, "email"),
            "competitors": Many(G(lambda f: f.pick(["Salesforce", "HubSpot", "Outreach", "Apollo"])), 2),
        },
    ),
    (
        "track",
        "Salesforce Sync Completed",
        "pipewise",
        ("java",),
        {
            "sync_id": G(lambda f: f.uuid()),
            "object_type": G(lambda f: f.pick(["Lead", "Contact", "Account"])),
            "direction": G(lambda f: f.pick(["inbound", "outbound", "bidirectional"])),
            "fields_changed": Many(G(lambda f: f.pick(["Email", "Phone", "Title", "Status", "OwnerId"])), 3),
            "record": {
                "Id": G(lambda f: f.sfid("00Q")),
                "FirstName": Y(lambda f: f.p.first, "name"),
                "LastName": Y(lambda f: f.p.last, "name"),
                "Email": Y(lambda f: f.p.email, "email"),
                "Phone": Y(lambda f: f.p.work_phone, "phone"),
                "MobilePhone": Y(lambda f: f.p.phone, "phone"),
                "Title": G(lambda f: f.p.title),
                "Company": G(lambda f: f.p.company),
                "Street": Y(lambda f: f.p.street, "street|address"),
                "City": Y(lambda f: f.p.city, "city"),
                "PostalCode": Y(lambda f: f.p.zip, "zipcode"),
                "State": G(lambda f: f.p.state),
                "Country": G(lambda f: f.p.country),
                "Status": G(lambda f: f.pick(["Open - Not Contacted", "Working - Contacted", "Qualified"])),
                "OwnerId": G(lambda f: f.sfid("005")),
                "DoNotCall": G(lambda f: f.pick([True, False])),
                "HasOptedOutOfEmail": G(lambda f: f.pick([True, False])),
                "LinkedIn_Profile__c": Y(lambda f: f.p.linkedin, "name|identification"),
                "Personal_Email__c": Y(lambda f: f.p.personal_email, "email"),
            },
        },
    ),
    (
        "track",
        "HubSpot Contact Synced",
        "pipewise",
        ("node",),
        {
            "portal_id": G(lambda f: int(f.digits(8))),
            "object_id": G(lambda f: f.digits(11)),
            "properties": {
                "firstname": Y(lambda f: f.p.first, "name"),
                "lastname": Y(lambda f: f.p.last, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.work_phone, "phone"),
                "jobtitle": G(lambda f: f.p.title),
                "company": G(lambda f: f.p.company),
                "lifecyclestage": G(
                    lambda f: f.pick(["subscriber", "lead", "marketingqualifiedlead", "customer"])
                ),
                "hs_lead_status": G(lambda f: f.pick(["NEW", "OPEN", "IN_PROGRESS", "UNQUALIFIED"])),
                "hubspot_owner_id": G(lambda f: f.digits(9)),
                "createdate": G(ms),
                "hs_email_optout": G(lambda f: f.pick(["true", "false"])),
                "ip_city": Y(lambda f: f.p.city, "city"),
                "ip_country": G(lambda f: f.pick(["germany", "netherlands", "india", "united states"])),
            },
        },
    ),
    (
        "track",
        "Account Health Synced",
        "pipewise",
        ("python",),
        {
            "ACCOUNT_ID": G(lambda f: "001" + f.alnum(15)),
            "ACCOUNT_NAME": G(lambda f: f.p.company),
            "DOMAIN": G(lambda f: f.p.domain),
            "ARR_USD": G(lambda f: round(f.r.uniform(5000, 900000), 2)),
            "SEAT_COUNT": G(lambda f: f.r.randint(3, 900)),
            "CSM_OWNER_EMAIL": Y(lambda f: f.q.email, "email"),
            "CSM_OWNER_NAME": Y(lambda f: f.q.full, "name"),
            "CHAMPION_EMAIL": Y(lambda f: f.p.email, "email"),
            "CHAMPION_PHONE": Y(lambda f: f.p.work_phone, "phone"),
        },
    ),
    (
        "track",
        "Profile Viewed",
        "pipewise",
        WEB,
        {
            "source": G(lambda f: f.pick(["linkedin", "sales_navigator", "company_page"])),
            "profile_url": Y(lambda f: f.p.linkedin, "name|identification"),
            "profile_name": Y(lambda f: f.p.full, "name"),
            "headline": G(lambda f: f"{f.p.title} at {f.p.company}"),
            "profile_location": Y(
                lambda f: f.pick([f"Greater {f.p.city} Area", f"{f.p.city}, {f.p.country}", f.p.city]), "city"
            ),
            "connections": G(lambda f: f.pick(["500+", "312", "87"])),
            "saved_to_crm": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Searched",
        "pipewise",
        ("web", "ios"),
        {
            "q": Y(contact_search, "name|email", True),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "filters": {
                "owner": G(lambda f: f.pick(["me", "team", "anyone"])),
                "stage": G(lambda f: f.pick(["any", "lead", "customer"])),
            },
            "search_ms": G(lambda f: f.r.randint(8, 900)),
        },
    ),
    (
        "track",
        "Task Created",
        "pipewise",
        ("ios", "web"),
        {
            "task_id": G(lambda f: "tsk_" + f.hexid(8)),
            "type": G(lambda f: f.pick(["call", "email", "linkedin", "todo"])),
            "subject": Y(task_subject, "name", True),
            "due_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        "pipewise",
        WEB,
        {
            "form_name": G(
                lambda f: f.pick(["Request a demo", "Pricing – contact sales", "Ebook: RevOps 101"])
            ),
            "fields": {
                "email": Y(lambda f: f.p.email, "email"),
                "first_name": Y(lambda f: f.p.first, "name"),
                "company": G(lambda f: f.p.company),
                "phone": Y(lambda f: f.p.phone, "phone"),
                "employees": G(lambda f: f.pick(["1-10", "11-50", "51-200", "200+"])),
            },
            "hidden": {
                "utm_campaign": G(lambda f: f.pick(["q2_pipeline_push", "brand", "competitor_hubspot"])),
                "gclid": Y(lambda f: "Cj0KCQjw" + f.alnum(40), "advertising id"),
            },
        },
    ),
    (
        "track",
        "Data Subject Request Received",
        "pipewise",
        ("python", "ruby"),
        {
            "request_id": G(lambda f: "dsr_" + f.hexid(8)),
            "request_type": G(lambda f: f.pick(["access", "erasure", "rectification", "portability"])),
            "subject_email": Y(lambda f: f.p.personal_email, "email"),
            "verified": G(lambda f: f.pick([True, False])),
            "regulation": G(lambda f: f.pick(["GDPR", "CCPA", "LGPD"])),
            "due_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Sequence Enrolled",
        "pipewise",
        ("dotnet",),
        {
            "SequenceId": G(lambda f: "seq_" + f.digits(4)),
            "SequenceName": G(lambda f: f.pick(["Outbound – VP Sales", "Trial nurture", "Event invite"])),
            "ContactId": G(lambda f: "ct_" + f.hexid(10)),
            "ContactEmail": Y(lambda f: f.p.email, "email"),
            "EnrolledBy": Y(lambda f: f.q.email, "email", True),
            "SendingMailbox": Y(lambda f: f.q.email, "email"),
            "Timezone": G(
                lambda f: f.pick(["W. Europe Standard Time", "Central Standard Time", "India Standard Time"])
            ),
        },
    ),
    (
        "track",
        "Contacts Merged",
        "pipewise",
        ("kotlin", "web"),
        {
            "primary_contact_id": G(lambda f: "ct_" + f.hexid(10)),
            "merged_contact_ids": Many(G(lambda f: "ct_" + f.hexid(10)), 3),
            "conflicts": Many(
                {
                    "field": G(lambda f: f.pick(["email", "phone", "mobile_phone", "personal_email"])),
                    "kept": Y(kept_value, "email|phone", True),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Calendar Event Synced",
        "pipewise",
        ("python", "node"),
        {
            "calendar_event_id": G(lambda f: f.alnum(26).lower()),
            "provider": G(lambda f: f.pick(["google", "microsoft", "caldav"])),
            "organizer": {"email": Y(lambda f: f.q.email, "email")},
            "attendees": Many(
                {
                    "email": Y(lambda f: f.person().email, "email"),
                    "displayName": Y(lambda f: f.person().full, "name"),
                    "responseStatus": G(
                        lambda f: f.pick(["accepted", "tentative", "declined", "needsAction"])
                    ),
                },
                4,
            ),
            "location": G(
                lambda f: f.pick(["Zoom", "Google Meet", "Microsoft Teams Meeting", "HQ – Room Amsterdam"])
            ),
            "linked_deal_id": G(lambda f: "deal_" + f.digits(7)),
        },
    ),
    (
        "page",
        "Contacts",
        "pipewise",
        WEB,
        {
            "name": G(lambda f: f.pick(["Contacts", "Deals", "Sequences", "Reports"])),
            "path": G(lambda f: f.pick(APPS["pipewise"]["pages"])),
            "url": G(lambda f: APPS["pipewise"]["host"] + f.pick(APPS["pipewise"]["pages"])),
            "title": G(lambda f: f.pick(APPS["pipewise"]["titles"])),
            "referrer": G(lambda f: f.pick(["", "https://app.pipewise.io/home", "https://mail.google.com/"])),
            "search": G(lambda f: f.pick(["", "?view=mine", "?stage=proposal"])),
        },
    ),
    (
        "screen",
        "Deal Detail",
        "pipewise",
        MOBILE,
        {
            "name": G(lambda f: f.pick(["Deal Detail", "Contact Detail", "Today"])),
            "deal_id": G(lambda f: "deal_" + f.digits(7)),
            "previous_screen": G(lambda f: f.pick(["Today", "Pipeline", "Search"])),
        },
    ),
]


# -- Stackhook: developer platform -----------------------------------------------------------------

SCOPES = ["deploy:write", "projects:read", "logs:read", "webhooks:manage", "billing:read"]
WEBHOOK_EVENTS = ["deploy.succeeded", "deploy.failed", "domain.verified", "member.added", "invoice.paid"]

STACKHOOK = [
    (
        "track",
        "Signed Up",
        "stackhook",
        ("go",),
        {
            "method": G(lambda f: "github"),
            "plan": G(lambda f: f.pick(["hobby", "pro", "team"])),
            "email": Y(lambda f: f.p.personal_email, "email"),
            "email_domain": G(lambda f: f.p.personal_email.split("@")[1]),
            "github": {
                "id": G(lambda f: f.r.randint(100000, 160000000)),
                "login": Y(lambda f: f.p.login, "name|identification"),
                "avatar_url": Y(
                    lambda f: f"https://avatars.githubusercontent.com/u/{f.r.randint(100000, 160000000)}?v=4",
                    "photo",
                ),
                "html_url": Y(lambda f: "https://github.com/" + f.p.login, "name|identification"),
                "company": G(lambda f: f.pick(["@" + f.p.domain.split(".")[0], f.p.company, ""])),
                "two_factor_authentication": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Google Sign-In Completed",
        "stackhook",
        ("node",),
        {
            "method": G(lambda f: "google"),
            "google": {
                "sub": G(lambda f: "1" + f.digits(20)),
                "hd": G(lambda f: f.p.domain),
                "email": Y(lambda f: f.p.email, "email"),
                "email_verified": G(lambda f: f.pick([True, False])),
                "given_name": Y(lambda f: f.p.first, "name"),
                "family_name": Y(lambda f: f.p.last, "name"),
                "picture": Y(
                    lambda f: f"https://lh3.googleusercontent.com/a/ACg8oc{f.alnum(30)}=s96-c", "photo"
                ),
                "locale": G(lambda f: f.pick(["en", "de", "nl", "pt-BR"])),
            },
            "new_user": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "stackhook",
        ("web", "flutter", "go"),
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "username": Y(lambda f: f.p.login, "name|identification"),
            "avatar": Y(
                lambda f: f"https://avatars.githubusercontent.com/u/{f.r.randint(100000, 160000000)}?v=4",
                "photo",
            ),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["hobby", "pro", "team", "enterprise"])),
            "role": G(lambda f: f.pick(["owner", "admin", "developer", "viewer"])),
            "githubConnected": G(lambda f: f.pick([True, False])),
            "twoFactorEnabled": G(lambda f: f.pick([True, False])),
            "emailHash": Y(lambda f: f.sha256_of(f.p.email), "email"),
        },
    ),
    (
        "track",
        "OAuth Token Issued",
        "stackhook",
        ("node",),
        {
            "provider": G(lambda f: f.pick(["github", "gitlab", "bitbucket"])),
            "scopes": Many(G(lambda f: f.pick(["repo", "read:org", "user:email", "workflow"])), 3),
            "access_token": RED(lambda f: f.pick(["gho_", "glpat-", "ghu_"]) + f.alnum(36), "token"),
            "refresh_token": RED(lambda f: f.pick(["ghr_", "rt_"]) + f.alnum(60), "token"),
            "expires_in": G(lambda f: f.pick([3600, 28800, 7200])),
        },
    ),
    (
        "track",
        "API Key Created",
        "stackhook",
        WEB,
        {
            "key_id": G(lambda f: "key_" + f.alnum(16)),
            "key_name": G(lambda f: f.pick(["ci-deploy", "prod backend", "local dev", "terraform"])),
            "key_prefix": G(lambda f: f.pick(["shk_live_", "shk_test_"]) + f.alnum(4)),
            "scopes": Many(G(lambda f: f.pick(SCOPES)), 4),
            "created_by": {"id": G(lambda f: "u_" + f.hexid(12)), "email": Y(lambda f: f.p.email, "email")},
        },
    ),
    (
        "track",
        "API Key Rotated",
        "stackhook",
        ("python",),
        {
            "key_id": G(lambda f: "key_" + f.alnum(16)),
            "previous_key_id": G(lambda f: "key_" + f.alnum(16)),
            "reason": G(lambda f: f.pick(["scheduled", "leaked", "employee_offboarding", "manual"])),
            "grace_period_hours": G(lambda f: f.pick([0, 24, 72])),
            "rotated_by": Y(lambda f: f.p.email, "email", True),
            "automatic": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Token Revoked",
        "stackhook",
        ("ruby",),
        {
            "token_id": G(lambda f: "tok_" + f.hexid(12)),
            "token_type": G(lambda f: f.pick(["personal_access_token", "deploy_token", "oauth"])),
            "token_hint": G(lambda f: "****" + f.hexid(4)),
            "revoked_by_ip": Y(lambda f: f.ip(), "ip"),
            "revoked_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Webhook Configured",
        "stackhook",
        WEB,
        {
            "webhook_id": G(lambda f: "wh_" + f.alnum(12)),
            "url": G(
                lambda f: f.pick(
                    [
                        f"https://api.{f.p.domain}/hooks/stackhook",
                        "https://ci.example-corp.net/webhooks/deploy",
                        f"https://{f.p.domain.split('.')[0]}.ngrok.app/webhook",
                    ]
                )
            ),
            "events": Many(G(lambda f: f.pick(WEBHOOK_EVENTS)), 4),
            "secret_set": G(lambda f: f.pick([True, False])),
            "headers": {
                "Authorization": RED(lambda f: "Bearer " + f.pick([f.jwt(), f.alnum(40)]), "token"),
                "X-Source": G(lambda f: f.pick(["stackhook", "stackhook-prod", "sh"])),
            },
        },
    ),
    (
        "track",
        "Deploy Succeeded",
        "stackhook",
        ("go", "java"),
        {
            "deploy_id": G(lambda f: "dpl_" + f.alnum(20)),
            "project_slug": G(lambda f: f.pick(["billing-api", "marketing-site", "worker-queue", "docs"])),
            "environment": G(lambda f: f.pick(["production", "preview", "staging"])),
            "commit": {
                "sha": G(lambda f: f.hexid(40)),
                "message": G(
                    lambda f: f.pick(
                        [
                            "fix: retry webhook on 502",
                            "chore(deps): bump next to 14.2.3",
                            "feat: add VAT field",
                            "wip",
                        ]
                    )
                ),
                "author_name": Y(lambda f: f.p.full, "name"),
                "author_email": Y(
                    lambda f: f.pick(
                        [
                            f.p.email,
                            f.p.personal_email,
                            f"{f.r.randint(1000000, 90000000)}+{f.p.login}@users.noreply.github.com",
                        ]
                    ),
                    "email",
                ),
                "branch": G(lambda f: f.pick(["main", "fix/webhook-retry", "renovate/next-14.x", "staging"])),
            },
            "trigger": G(lambda f: f.pick(["git_push", "cli", "api", "rollback"])),
            "triggered_by": Y(lambda f: f.p.login, "name|identification", True),
            "duration_ms": G(lambda f: f.r.randint(8000, 600000)),
        },
    ),
    (
        "track",
        "CLI Command Run",
        "stackhook",
        ("node",),
        {
            "cli-version": G(lambda f: f.pick(["3.4.1", "3.5.0", "3.5.2"])),
            "command": G(lambda f: f.pick(["deploy", "login", "env pull", "logs", "link"])),
            "os-platform": G(lambda f: f.pick(["darwin", "linux", "win32"])),
            "exit-code": G(lambda f: f.pick([0, 0, 1, 130])),
            "project-id": G(lambda f: "prj_" + f.alnum(10)),
            "git-user-email": Y(lambda f: f.pick([f.p.email, f.p.personal_email]), "email"),
            "machine-id": G(lambda f: f.hexid(64)),
            "cwd": Y(home_cwd, "name", True),
        },
    ),
    (
        "track",
        "Audit Log Event",
        "stackhook",
        ("java",),
        {
            "auditId": G(lambda f: f.uuid()),
            "action": G(
                lambda f: f.pick(["member.invited", "apikey.created", "sso.updated", "project.deleted"])
            ),
            "actor": {
                "id": G(lambda f: "u_" + f.hexid(12)),
                "email": Y(lambda f: f.p.email, "email"),
                "ip": Y(lambda f: f.ip(), "ip"),
                "userAgent": G(lambda f: f.pick([*UAS, "stackhook-cli/3.5.0 node/v20.12.2 darwin"])),
                "location": {"city": Y(lambda f: f.p.city, "city"), "country": G(lambda f: f.p.country)},
            },
            "target": {
                "id": G(lambda f: f.pick(["prj_", "key_", "u_"]) + f.alnum(10)),
                "name": G(lambda f: f.pick(["billing-api", "ci-deploy", "Okta", "marketing-site"])),
            },
            "orgId": G(lambda f: "org_" + f.alnum(10)),
            "metadata": {
                "inviteeEmail": Y(lambda f: f.q.email, "email"),
                "role": G(lambda f: f.pick(["admin", "developer", "viewer"])),
            },
        },
    ),
    (
        "track",
        "Member Invited",
        "stackhook",
        WEB,
        {
            "invitee_email": Y(lambda f: f.p.email, "email"),
            "role": G(lambda f: f.pick(["admin", "developer", "viewer", "billing"])),
            "team_ids": Many(G(lambda f: "team_" + f.alnum(8)), 2),
            "invite_expires_at": G(lambda f: f.iso()),
            "message": Y(invite_message, "name", True),
            "seats_remaining": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "SSO Connection Configured",
        "stackhook",
        WEB,
        {
            "provider": G(lambda f: f.pick(["okta", "azure_ad", "google_workspace", "onelogin"])),
            "entity_id": G(lambda f: f"http://www.okta.com/exk{f.alnum(17)}"),
            "sso_url": G(
                lambda f: (
                    f"https://{f.p.domain.split('.')[0]}.okta.com/app/stackhook/exk{f.alnum(10)}/sso/saml"
                )
            ),
            "certificate_fingerprint": G(lambda f: ":".join(f.hexid(2).upper() for _ in range(20))),
            "domains": Many(G(lambda f: f.p.domain), 2),
            "enforce_sso": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "SAML Login Succeeded",
        "stackhook",
        ("go",),
        {
            "name_id": Y(lambda f: f.p.email, "email", True),
            "idp": G(lambda f: f.pick(["okta", "azure_ad", "onelogin"])),
            "attributes": {
                "email": Y(lambda f: f.p.email, "email"),
                "firstName": Y(lambda f: f.p.first, "name"),
                "lastName": Y(lambda f: f.p.last, "name"),
                "groups": Many(
                    G(lambda f: f.pick(["Engineering", "stackhook-admins", "Everyone", "SRE"])), 3
                ),
                "department": G(lambda f: f.pick(["Engineering", "Platform", "Data", "Security"])),
            },
            "mfa": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "SCIM User Provisioned",
        "stackhook",
        ("python",),
        {
            "scim": {
                "schemas": Many(
                    G(
                        lambda f: f.pick(
                            [
                                "urn:ietf:params:scim:schemas:core:2.0:User",
                                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                            ]
                        )
                    ),
                    2,
                ),
                "id": G(lambda f: f.uuid()),
                "externalId": G(lambda f: "00u" + f.alnum(17)),
                "userName": Y(lambda f: f.p.email, "email|name"),
                "name": {
                    "givenName": Y(lambda f: f.p.first, "name"),
                    "familyName": Y(lambda f: f.p.last, "name"),
                    "formatted": Y(lambda f: f.p.full, "name"),
                },
                "displayName": Y(lambda f: f.p.full, "name"),
                "emails": Many(
                    {
                        "value": Y(lambda f: f.pick([f.p.email, f.p.personal_email]), "email", True),
                        "type": G(lambda f: f.pick(["work", "home", "other"])),
                        "primary": G(lambda f: f.pick([True, False])),
                    },
                    2,
                ),
                "phoneNumbers": Many(
                    {
                        "value": Y(lambda f: f.pick([f.p.phone, f.p.work_phone]), "phone", True),
                        "type": G(lambda f: f.pick(["mobile", "work", "other"])),
                    },
                    2,
                ),
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                    "employeeNumber": G(lambda f: f.digits(6)),
                    "department": G(lambda f: f.pick(["Engineering", "Sales", "Finance", "Support"])),
                    "manager": {
                        "value": G(lambda f: f.uuid()),
                        "displayName": Y(lambda f: f.q.full, "name"),
                    },
                },
            },
            "directory": G(lambda f: f.pick(["okta", "azure_ad", "jumpcloud"])),
        },
    ),
    (
        "track",
        "Order Completed",
        "stackhook",
        ("web", "node"),
        {
            "order_id": G(lambda f: "ord_" + f.alnum(14)),
            "total": G(lambda f: f.pick([20.0, 240.0, 1188.0, 96.0])),
            "revenue": G(lambda f: f.money(20, 1200)),
            "currency": G(lambda f: f.pick(["USD", "EUR", "GBP"])),
            "products": Many(
                {
                    "product_id": G(lambda f: "prod_" + f.alnum(14)),
                    "sku": G(
                        lambda f: f.pick(["SH-PRO-MONTHLY", "SH-TEAM-ANNUAL", "SH-ADDON-BUILDMIN", "SH-SEAT"])
                    ),
                    "name": G(
                        lambda f: f.pick(["Stackhook Pro", "Stackhook Team", "Extra build minutes", "Seat"])
                    ),
                    "price": G(lambda f: f.pick([20, 99, 10, 0.4])),
                    "quantity": G(lambda f: f.r.randint(1, 50)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Payment Method Added",
        "stackhook",
        WEB,
        {
            "payment_method_id": G(lambda f: "pm_" + f.alnum(24)),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "cartes_bancaires"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2032)),
            },
            "billing_details": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.phone, "phone"),
                "address": {
                    "line1": Y(lambda f: f.p.street, "address|street"),
                    "line2": Y(lambda f: f.pick(["Apt 4", "3. OG", "Suite 210", "2-hoog"]), "address|street"),
                    "city": Y(lambda f: f.p.city, "city"),
                    "postal_code": Y(lambda f: f.p.zip, "zipcode"),
                    "state": G(lambda f: f.p.state),
                    "country": G(lambda f: f.p.country),
                },
            },
            "vat_id": Y(lambda f: f.vat(), "identification"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "stackhook",
        WEB,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_method": G(lambda f: "card"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 32)}"),
            "card_cvc": RED(lambda f: str(f.r.randint(100, 9999)), "credit card"),
            "cardholder": Y(lambda f: f.p.full, "name"),
        },
    ),
    (
        "track",
        "InvoiceFinalized",
        "stackhook",
        ("dotnet",),
        {
            "InvoiceId": G(lambda f: "in_" + f.alnum(24)),
            "InvoiceNumber": G(lambda f: f"SH-{f.r.randint(2023, 2024)}-{f.r.randint(1, 99999):06d}"),
            "CustomerId": G(lambda f: "cus_" + f.alnum(14)),
            "CustomerEmail": Y(lambda f: f.p.email, "email"),
            "BillingContactName": Y(lambda f: f.p.full, "name"),
            "CompanyName": G(lambda f: f.p.company),
            "VatId": Y(lambda f: f.vat(), "identification"),
            "AmountDue": G(lambda f: f.money(20, 8000)),
            "Currency": G(lambda f: f.pick(["EUR", "USD", "GBP"])),
            "Lines": Many(
                {
                    "Description": G(
                        lambda f: f.pick(["Stackhook Team (monthly)", "Build minutes overage", "Seats x 12"])
                    ),
                },
                3,
            ),
            "BillingAddress": {
                "Line1": Y(lambda f: f.p.street, "address|street"),
                "City": Y(lambda f: f.p.city, "city"),
                "PostalCode": Y(lambda f: f.p.zip, "zipcode"),
                "Country": G(lambda f: f.p.country),
            },
        },
    ),
    (
        "track",
        "Payment Failed",
        "stackhook",
        ("php",),
        {
            "invoice_id": G(lambda f: "in_" + f.alnum(24)),
            "amount": G(lambda f: f.money(20, 3000)),
            "currency": G(lambda f: f.pick(["EUR", "USD", "GBP"])),
            "decline_code": G(
                lambda f: f.pick(
                    ["insufficient_funds", "expired_card", "do_not_honor", "authentication_required"]
                )
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "customer_email": Y(lambda f: f.p.email, "email"),
        },
    ),
    (
        "track",
        "Support Ticket Opened",
        "stackhook",
        ("node", "web"),
        {
            "support_ticket_id": G(lambda f: "SUP-" + f.digits(5)),
            "topic": G(
                lambda f: f.pick(
                    ["Deploy stuck in queue", "Custom domain SSL", "Billing question", "Webhook retries"]
                )
            ),
            "plan": G(lambda f: f.pick(["hobby", "pro", "team", "enterprise"])),
            "contact_email": Y(lambda f: f.p.email, "email"),
            "request_id": G(lambda f: "req_" + f.hexid(16)),
            "error_log": Y(error_log, "email", True),
            "attachments": Many(
                {
                    "file_name": G(
                        lambda f: f.pick(
                            ["build.log", "screenshot-2024-05-02.png", "har-export.har", "stacktrace.txt"]
                        )
                    ),
                    "content_type": G(lambda f: f.pick(["text/plain", "image/png", "application/json"])),
                    "size_bytes": G(lambda f: f.r.randint(200, 8_000_000)),
                    "sha256": G(lambda f: f.hexid(64)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "API Request Failed",
        "stackhook",
        ("python",),
        {
            "request": {
                "method": G(lambda f: f.pick(["GET", "POST", "DELETE", "PATCH"])),
                "path": G(lambda f: f.pick(["/v1/deploys", f"/v1/projects/prj_{f.alnum(8)}", "/v2/domains"])),
                "query": {
                    "api_key": RED(lambda f: f.pick(["shk_live_", "shk_test_"]) + f.alnum(32), "secret"),
                    "page": G(lambda f: f.r.randint(1, 9)),
                },
                "headers": {
                    "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                    "user-agent": G(
                        lambda f: f.pick(["stackhook-node/4.2.0", "python-requests/2.31.0", "curl/8.4.0"])
                    ),
                    "x-forwarded-for": Y(
                        lambda f: (
                            f"{f.ipv4()}, 10.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(1, 9)}"
                        ),
                        "ip",
                    ),
                    "x-request-id": G(lambda f: f.uuid()),
                },
            },
            "status": G(lambda f: f.pick([400, 401, 403, 429, 500])),
            "error_code": G(
                lambda f: f.pick(["invalid_request", "unauthorized", "rate_limited", "internal"])
            ),
        },
    ),
    (
        "track",
        "Status Page Subscribed",
        "stackhook",
        ("flutter", "web"),
        {
            "channel": G(lambda f: f.pick(["email", "sms"])),
            "endpoint": Y(status_endpoint, "email|phone", True),
            "components": Many(G(lambda f: f.pick(["API", "Builds", "Edge network", "Dashboard"])), 3),
        },
    ),
    (
        "screen",
        "Incident Detail",
        "stackhook",
        ("flutter", "ios"),
        {
            "name": G(lambda f: f.pick(["Incident Detail", "Deploys", "Usage"])),
            "incident_id": G(lambda f: "inc_" + f.alnum(8)),
            "screen_class": G(lambda f: f.pick(["IncidentDetailPage", "DeploysPage", "UsagePage"])),
        },
    ),
    (
        "track",
        "Project Created",
        "stackhook",
        ("web", "node"),
        {
            "project_id": G(lambda f: "prj_" + f.alnum(10)),
            "name": G(lambda f: f.pick(["billing-api", "marketing-site", "docs", "acme-storefront"])),
            "repo": {
                "provider": G(lambda f: f.pick(["github", "gitlab", "bitbucket"])),
                "full_name": G(
                    lambda f: f.pick(
                        [f"{f.p.login}/side-project", f"{f.p.domain.split('.')[0]}/billing-api", "acme/web"]
                    )
                ),
                "visibility": G(lambda f: f.pick(["private", "public"])),
            },
        },
    ),
    (
        "track",
        "Environment Variable Added",
        "stackhook",
        WEB,
        {
            "project_id": G(lambda f: "prj_" + f.alnum(10)),
            "variable_name": G(
                lambda f: f.pick(["DATABASE_URL", "STRIPE_SECRET_KEY", "SENTRY_DSN", "NEXT_PUBLIC_API_URL"])
            ),
            "is_secret": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Usage Threshold Reached",
        "stackhook",
        ("go",),
        {
            "org_id": G(lambda f: "org_" + f.alnum(10)),
            "metric": G(lambda f: f.pick(["build_minutes", "bandwidth_gb", "function_invocations"])),
            "notify_emails": Many(Y(lambda f: f.person().email, "email"), 3),
        },
    ),
    (
        "track",
        "Referral Sent",
        "stackhook",
        ("web", "flutter"),
        {
            "referral_id": G(lambda f: "ref_" + f.alnum(10)),
            "referee_email": Y(lambda f: f.p.personal_email, "email"),
            "referee_name": Y(lambda f: f.p.first, "name"),
            "credit_usd": G(lambda f: f.pick([10, 20, 50])),
            "share_channel": G(lambda f: f.pick(["email", "link", "x"])),
        },
    ),
    ("alias", None, "stackhook", WEB, {}),
]


# -- Helpnest: customer-support desk ---------------------------------------------------------------

CSAT_COMMENTS = [
    "Quick and friendly, thanks!",
    "Took three days to get an answer.",
    "Problem solved on first reply.",
    "The bot was useless, the human agent was great",
    "",
]
AGENT_TEXT = [
    "Thanks for waiting, let me check that for you.",
    "I've issued the refund, it should show in 5-7 business days.",
    "Could you send a screenshot of the error?",
    "Is there anything else I can help with today?",
]
SUPPORT_LINES = ["+1 800 555 0199", "+44 20 3808 4400", "+31 20 808 1200", "+49 30 5683 7100"]

HELPNEST = [
    (
        "track",
        "Ticket Created",
        "helpnest",
        ("node", "ruby"),
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Where is my order?",
                            "Cannot reset password",
                            "Invoice VAT incorrect",
                            "Refund request",
                        ]
                    )
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "channel": G(lambda f: f.pick(["email", "web_form", "chat", "voice", "whatsapp"])),
                "tags": Many(G(lambda f: f.pick(["refund", "vip", "shipping_delay", "billing", "de"])), 3),
                "brand": G(lambda f: f.pick(["Cascadia Outdoor", "Zebra Energia", "Bakkerij Visser"])),
                "requester": {
                    "id": G(lambda f: f.r.randint(10**9, 10**10)),
                    "name": Y(lambda f: f.p.full, "name"),
                    "email": Y(lambda f: f.p.personal_email, "email"),
                    "phone": Y(lambda f: f.p.phone, "phone"),
                    "locale": G(lambda f: f.pick(["en-US", "de", "nl", "pt-BR", "fr"])),
                    "organization": G(lambda f: f.p.company),
                },
                "assignee": {
                    "id": G(lambda f: f.r.randint(10**9, 10**10)),
                    "name": Y(lambda f: f.q.full, "name"),
                    "email": Y(lambda f: f.q.email, "email"),
                },
                "via": {
                    "channel": G(lambda f: f.pick(["email", "web", "api"])),
                    "source": {
                        "from": {
                            "address": Y(lambda f: f.p.personal_email, "email", True),
                            "name": Y(lambda f: f.p.full, "name"),
                        },
                        "to": {
                            "address": G(
                                lambda f: f.pick(
                                    [
                                        "support@cascadia-outdoor.ca",
                                        "help@zebraenergia.com.br",
                                        "klantenservice@bakkerijvisser.nl",
                                    ]
                                )
                            )
                        },
                    },
                },
                "custom_fields": Many(
                    {
                        "id": G(lambda f: f.r.randint(360000000000, 369999999999)),
                        "value": G(
                            lambda f: f.pick([f"ORD-{f.digits(7)}", "pro", True, None, "wrong_item", 3])
                        ),
                    },
                    3,
                ),
            },
        },
    ),
    (
        "track",
        "Conversation Started",
        "helpnest",
        WEB,
        {
            "conversation_id": G(lambda f: "conv_" + f.alnum(16)),
            "channel": G(lambda f: f.pick(["chat", "messenger", "whatsapp"])),
            "department": G(lambda f: f.pick(["Sales", "Support", "Billing", "Kundenservice"])),
            "visitor": {
                "id": G(lambda f: "v_" + f.hexid(16)),
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.personal_email, "email"),
                "returning": G(lambda f: f.pick([True, False])),
            },
            "pre_chat_form": {
                "Name": Y(lambda f: f.p.full, "name"),
                "E-mail": Y(lambda f: f.p.personal_email, "email"),
                "Order number": G(lambda f: f"#{f.digits(6)}"),
                "Topic": G(lambda f: f.pick(["Order status", "Returns", "Product question", "Other"])),
            },
            "queue_position": G(lambda f: f.r.randint(0, 30)),
            "wait_seconds": G(lambda f: f.r.randint(0, 900)),
        },
    ),
    (
        "track",
        "Chat Transcript Saved",
        "helpnest",
        ("go",),
        {
            "transcript_id": G(lambda f: "tr_" + f.alnum(16)),
            "conversation_id": G(lambda f: "conv_" + f.alnum(16)),
            "message_count": G(lambda f: f.r.randint(2, 80)),
            "duration_seconds": G(lambda f: f.r.randint(20, 7200)),
            "language": G(lambda f: f.pick(["en", "de", "nl", "pt", "es"])),
            "first_message": Y(first_message, "name", True),
            "participants": Many(
                {
                    "type": G(lambda f: f.pick(["visitor", "agent", "bot"])),
                    "id": G(lambda f: f.pick(["v_", "agt_"]) + f.hexid(10)),
                    "display_name": Y(lambda f: f.person().full, "name"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Message Sent",
        "helpnest",
        ("ios", "kotlin"),
        {
            "conversation_id": G(lambda f: "conv_" + f.alnum(16)),
            "author_type": G(lambda f: f.pick(["agent", "bot", "system"])),
            "text": G(lambda f: f.pick(AGENT_TEXT)),
        },
    ),
    (
        "track",
        "Macro Applied",
        "helpnest",
        WEB,
        {
            "macro_title": G(
                lambda f: f.pick(["Refund – damaged item", "Password reset steps", "Escalate to tier 2"])
            ),
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "actions": Many(
                {
                    "field": G(lambda f: f.pick(["status", "assignee_id", "comment_value", "priority"])),
                    "value": G(
                        lambda f: f.pick(
                            [
                                "solved",
                                str(f.r.randint(10**9, 10**10)),
                                "Hi {{ticket.requester.first_name}}, we have issued your refund.",
                                "high",
                            ]
                        )
                    ),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "CSAT Survey Submitted",
        "helpnest",
        ("web", "php"),
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "rating": G(lambda f: f.pick(["good", "bad"])),
            "score": G(lambda f: f.r.randint(1, 5)),
            "comment": G(lambda f: f.pick(CSAT_COMMENTS)),
            "reason": G(lambda f: f.pick(["", "slow_response", "not_resolved", "rude_agent"])),
            "respondent_email": Y(lambda f: f.p.personal_email, "email"),
            "agent_name": Y(lambda f: f.q.full, "name"),
        },
    ),
    (
        "identify",
        None,
        "helpnest",
        ("ios", "web"),
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "role": G(lambda f: f.pick(["agent", "admin", "light_agent", "team_lead"])),
            "avatar": Y(lambda f: f"https://cdn.helpnest.com/agents/{f.hexid(10)}/avatar.jpg", "photo"),
            "languages": Many(G(lambda f: f.pick(["en", "de", "nl", "es", "pt"])), 3),
            "createdAt": G(lambda f: f.iso()),
            "title": G(lambda f: f.pick(["Support Specialist", "Tier 2 Engineer", "Support Team Lead"])),
        },
    ),
    (
        "identify",
        None,
        "helpnest",
        ("php", "python"),
        {
            "email": Y(lambda f: f.p.personal_email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "organization": G(lambda f: f.p.company),
            "externalId": G(lambda f: "cust_" + f.digits(7)),
            "preferredLanguage": G(lambda f: f.pick(["en", "de", "nl", "fr"])),
            "vip": G(lambda f: f.pick([True, False])),
            "hearingImpaired": RED(lambda f: f.pick([True, False]), "disability"),
            "address": {
                "street": Y(lambda f: f.p.street, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "postalCode": Y(lambda f: f.p.zip, "zipcode"),
                "state": G(lambda f: f.p.state),
                "country": G(lambda f: f.p.country),
            },
        },
    ),
    (
        "track",
        "IVR Call Completed",
        "helpnest",
        ("java",),
        {
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "ani": Y(lambda f: f.p.phone, "phone", True),
            "dnis": G(lambda f: f.pick(SUPPORT_LINES)),
            "caller_name": Y(lambda f: f.p.full.upper()[:15], "name"),
            "menu_path": Many(G(lambda f: f.pick(["1", "2", "3", "9"])), 3),
            "input": G(lambda f: f.pick(["1", "2#", "0", "*"])),
            "wait_seconds": G(lambda f: f.r.randint(0, 1500)),
            "callback_number": Y(lambda f: f.p.phone, "phone"),
            "verification": {
                "method": G(lambda f: f.pick(["ssn_last4", "dob", "zip"])),
                "passed": G(lambda f: f.pick([True, False])),
            },
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "recording_url": Y(
                lambda f: (
                    f"https://api.twilio.com/2010-04-01/Accounts/AC{f.hexid(32)}/Recordings/RE{f.hexid(32)}"
                ),
                "recording",
            ),
        },
    ),
    (
        "track",
        "Voicemail Transcribed",
        "helpnest",
        ("python",),
        {
            "voicemail_id": G(lambda f: "vm_" + f.alnum(12)),
            "caller": Y(lambda f: f.p.phone, "phone", True),
            "duration_seconds": G(lambda f: f.r.randint(4, 180)),
            "transcription": Y(voicemail_text, "phone", True),
            "line": G(lambda f: f.pick(SUPPORT_LINES)),
        },
    ),
    (
        "track",
        "Support Number Provisioned",
        "helpnest",
        WEB,
        {
            "phone_number": G(lambda f: f.pick(SUPPORT_LINES)),
            "country": G(lambda f: f.pick(["US", "GB", "NL", "DE"])),
            "capabilities": Many(G(lambda f: f.pick(["voice", "sms", "mms"])), 3),
            "number_type": G(lambda f: f.pick(["toll_free", "local", "mobile"])),
        },
    ),
    (
        "track",
        "Article Searched",
        "helpnest",
        WEB,
        {
            "query": G(
                lambda f: f.pick(
                    ["reset password", "invoice vat", "cancel subscription", "retoure", "bezorging"]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 25)),
            "locale": G(lambda f: f.pick(["en-us", "de", "nl"])),
            "deflected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Customer Profile Viewed",
        "helpnest",
        ("web", "ios"),
        {
            "customer_id": G(lambda f: "cust_" + f.digits(7)),
            "customer_email": Y(lambda f: f.p.personal_email, "email"),
            "tabs": Many(G(lambda f: f.pick(["tickets", "orders", "notes", "events"])), 3),
            "open_tickets": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Callback Requested",
        "helpnest",
        ("rn", "web"),
        {
            "callback_id": G(lambda f: "cb_" + f.alnum(10)),
            "name": G(lambda f: f.pick(["Callback form", "Call me back", "Terugbelverzoek"])),
            "contact_name": Y(lambda f: f.p.full, "name"),
            "phone_number_entered": Y(lambda f: f.p.phone, "phone"),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening", "asap"])),
            "reason": G(lambda f: f.pick(["billing", "technical", "complaint", "other"])),
        },
    ),
    (
        "page",
        "Help Center",
        "helpnest",
        WEB,
        {
            "name": G(lambda f: f.pick(["Help Center", "Article", "Search results"])),
            "path": G(lambda f: f.pick(APPS["helpnest"]["pages"])),
            "url": G(lambda f: APPS["helpnest"]["host"] + f.pick(APPS["helpnest"]["pages"])),
            "title": G(lambda f: f.pick(APPS["helpnest"]["titles"])),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://cascadia-outdoor.ca/contact"])
            ),
            "search": G(lambda f: f.pick(["", "?q=reset+password", "?q=retoure", "?section=billing"])),
        },
    ),
    (
        "screen",
        "Ticket View",
        "helpnest",
        ("ios", "kotlin"),
        {
            "name": G(lambda f: f.pick(["Ticket View", "Inbox", "Customer"])),
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "previous_screen": G(lambda f: f.pick(["Inbox", "Search", "Notifications"])),
        },
    ),
    # -- EU data-centre sync service: German and Dutch keys ------------------------------------------
    (
        "track",
        "Kontakt synchronisiert",
        "helpnest",
        ("java",),
        {
            "Kundennummer": G(lambda f: "K-" + f.digits(8)),
            "Anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers", "Frau Dr."]), "gender"),
            "Vorname": Y(lambda f: f.p.first, "name"),
            "Nachname": Y(lambda f: f.p.last, "name"),
            "E-Mail": Y(lambda f: f.p.personal_email, "email"),
            "Telefon": Y(lambda f: f.p.work_phone, "phone"),
            "Mobilnummer": Y(lambda f: f.p.phone, "phone"),
            "Strasse": Y(lambda f: f.p.street_name, "street|address"),
            "Hausnummer": Y(lambda f: f.p.house, "address|street"),
            "PLZ": Y(lambda f: f.p.zip, "zipcode"),
            "Ort": Y(lambda f: f.p.city, "city"),
            "Land": G(lambda f: f.pick(["Deutschland", "Österreich", "Schweiz"])),
            "Geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "Firma": G(lambda f: f.p.company),
            "Newsletter_Einwilligung": G(lambda f: f.pick([True, False])),
            "Erstellt_am": G(lambda f: f.iso()),
            "Bankverbindung": {
                "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
                "BIC": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEDBBER", "GENODEM1GLS"])),
                "Kontoinhaber": Y(lambda f: f.p.full, "name"),
            },
        },
    ),
    (
        "track",
        "Ticket erstellt",
        "helpnest",
        ("java",),
        {
            "TicketNr": G(lambda f: "T" + f.digits(7)),
            "Betreff": G(
                lambda f: f.pick(["Rechnung fehlerhaft", "Lieferung verspätet", "Passwort vergessen"])
            ),
            "Kunde": {
                "Name": Y(lambda f: f.p.full, "name"),
                "EMail": Y(lambda f: f.p.personal_email, "email"),
            },
            "Bearbeiter": Y(lambda f: f.q.full, "name", True),
            "Nachricht": G(
                lambda f: f.pick(
                    [
                        "Die Rechnung vom März enthält eine falsche Menge.",
                        "Meine Bestellung ist seit zwei Wochen unterwegs.",
                        "Ich kann mich nicht mehr anmelden.",
                    ]
                )
            ),
            "Erstellt_am": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Klant bijgewerkt",
        "helpnest",
        ("java", "dotnet"),
        {
            "klantnummer": G(lambda f: f.digits(8)),
            "voornaam": Y(lambda f: f.p.first, "name"),
            "tussenvoegsel": Y(lambda f: f.pick(["van", "de", "van der", "van den", "ter"]), "name"),
            "achternaam": Y(
                lambda f: f.pick(
                    [
                        "Vries",
                        "Berg",
                        "Dijk",
                        "Meer",
                        "Horst",
                        "Jong",
                        "Bakker",
                        "Veen",
                        "Wal",
                        "Leeuwen",
                        "Brink",
                    ]
                ),
                "name",
            ),
            "geslacht": Y(lambda f: f.pick(["man", "vrouw", "onbekend"]), "gender"),
            "geboortedatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "bsn": RED(lambda f: f.bsn(), "national id"),
            "e-mailadres": Y(lambda f: f.p.personal_email, "email"),
            "telefoonnummer": Y(lambda f: f.p.phone, "phone"),
            "adres": {
                "straatnaam": Y(lambda f: f.p.street_name, "street|address"),
                "huisnummer": Y(lambda f: str(f.r.randint(1, 300)), "address|street"),
                "huisnummer_toevoeging": Y(lambda f: f.pick(["A", "bis", "2-hoog", "III"]), "address|street"),
                "postcode": Y(lambda f: f.p.zip, "zipcode"),
                "woonplaats": Y(lambda f: f.p.city, "city"),
            },
            "land": G(lambda f: f.pick(["Nederland", "België", "Duitsland"])),
            "iban": RED(lambda f: f.iban("NL"), "bank account"),
            "bedrijfsnaam": G(
                lambda f: f.pick(["Bakkerij Visser B.V.", "Fietsenmaker de Jong", "Zorgverzekeraar Noord"])
            ),
            "kvk_nummer": G(lambda f: f.digits(8)),
            "opt_in_nieuwsbrief": G(lambda f: f.pick([True, False])),
            "aangemaakt_op": G(lambda f: f.iso()),
        },
    ),
]

EVENTS = PIPEWISE + STACKHOOK + HELPNEST
# the EU sync service's customers live where its keys' language is spoken
LOCAL_PERSONAS = {"Kontakt synchronisiert": "DE", "Ticket erstellt": "DE", "Klant bijgewerkt": "NL"}


def build(seed: int, repeats: int):
    f = H(seed)
    labels: dict[str, dict] = {}
    events = []
    user_prefix = {"pipewise": "usr_", "stackhook": "u_", "helpnest": ""}
    for _ in range(repeats):
        for kind, name, app, clients, body in EVENTS:
            f.new_message(LOCAL_PERSONAS.get(name))
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.pick([f.uuid(), f"ajs-next-{f.hexid(32)}", f.uuid().upper()]),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user_prefix[app] + (f.digits(8) if app != "stackhook" else f.hexid(12)),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "acc_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            section = "traits" if kind in ("identify", "group") else "properties"
            if body:
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, app), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=2323, repeats=26)
    write(Path(__file__).parent, "holdout23_", events, labels)
