"""Writes holdout298: tests/corpus/holdout298_events.jsonl and holdout298_labels.json.

SEALED. Written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or any other holdout builder (build_holdout3.py was read for its format only);
no engine prediction on these events was seen while writing or labelling them. Do not tune the
engine to this file: it measures detection on events it has never seen.

Domain: a yacht-charter, sailing-school and marina-berth platform ("Bluewake") operating from
bases in Croatia, Greece and the British Virgin Islands. Covered: the booking funnel on the web
(yacht search, yacht pages, checkout with extras, payment details, booking completed, crew lists
with passports, nationalities and dates of birth, skipper licences and ICC certificates), the
guest app during a charter (boarding pass, check-in, provisioning orders, weather alerts,
anchorage search, phone-reported positions, emergency contacts, OTP sign-in), the base staff's
tablet app (check-out inspections, damage items), marina berth reservations for privately owned
boats (registration marks, MMSI, HIN, call signs, insurance), security deposits (pre-auth,
release, refunds to IBANs) and damage claims, AIS position ingestion, sailing-course enrolments
with medical declarations and completions, freelance skipper onboarding (tax ids, pay, right to
work), junior courses (children, guardians, people authorised to collect them), visa invitation
letters, SOS alerts, crew invites and referrals, the marina captive Wi-Fi portal, airport
transfers, Twilio-shaped telephony, WhatsApp Cloud API and e-mail webhooks, ad conversion
uploads, a reverse-ETL identify from the warehouse, a Croatian backend (crew lists
for the harbour authority, fiscalised invoices, a legacy registration form) and a Greek backend
(charter contracts with transliterated Greek keys, a transit log with Greek-script keys).
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries, each with
the context block it really sends (context.traits on the mobile libraries, externalIds, ip).
Calls: identify, track, page, screen, group and alias (alias carries no scanned section).

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET marina
backend and the Twilio webhook, kebab-case from a booking-manager sync webhook, SCREAMING_SNAKE
from the warehouse, and
Croatian (ime, prezime, broj_putovnice, oib ...) and Greek (transliterated: onoma, eponymo,
afm ...; and Greek script: Όνομα Πλοιάρχου ...) keys. Values are realistic for many countries:
names from Croatia, Greece, the UK, Germany, Austria, Italy, France, the Netherlands, Poland,
Czechia, Slovenia, Sweden, Hungary, the US, Brazil, Japan, Turkey, Israel, India and Nigeria;
national phone formats; national address and postcode formats; passport numbers in each
country's shape; Croatian OIBs (ISO 7064 MOD 11,10), Greek AFMs (mod-11) and US SSNs with valid
structure; IBANs with correct mod-97 check digits; Luhn-valid card numbers.

Labelling rules (Privacy Portal default colours): each leaf path has a classification, a type
(the reference's matcher name, or bank account / geolocation / secret / national id / health id
/ advertising id / credit card / password / ip / token; `a|b` when either is fair) and
value_only (true when the key does not say what the value is). PII is personal data about a
natural person: the user, a crew member, a recipient, an emergency contact, a staff member.
Green: ids we issue, booking references, claim and member numbers, SKUs, versions, timestamps,
UUIDs, hashes of non-PII (fiscal ZKI codes, attachment digests), amounts, enums, counters and
booleans under PII-sounding keys, product / boat / marina / company / pet names, places that are
not the person's (bases, searched destinations, ports, a weather station), country, locale,
language, timezone, currency, user agents, OS-issued device ids; card brand, last four, expiry,
BIN and masked PANs; ages and age bands, marital status, job titles, employers; a business's own
phone, e-mail (role mailboxes) and address; pets; Message-IDs; call-masking numbers. The
published contested-case policy is followed: insurance policy numbers yellow identification,
pay and day rates yellow salary, vehicle plates yellow license, card tokens (pm_) and one-time /
sign-in / Wi-Fi voucher codes red token|secret, health cards red health id, identity-document
numbers red passport / national id, right to work and visa sponsorship red visa, ad click ids
(gclid, fbclid, fbp, fbc) yellow advertising id, billing addresses yellow address.

Decisions where the policy is silent (what a careful privacy owner would want flagged):
- Vessel identifiers follow the published vehicle rule whether the boat is private or a charter
  fleet boat: registration marks and radio call signs yellow `license`; MMSI numbers and hull
  identification numbers (HIN/CIN, the boat's VIN) yellow `serial`. Boat names stay green.
- The position of a chartered boat during a charter (phone GPS, AIS, an incident position, a
  precise geohash) is the guests' precise location: yellow geolocation. Coordinates of fixed
  places (a weather station, the centre of a map being browsed) are green.
- Place of birth is yellow `city`; document issue and expiry dates are green.
- Nationality is yellow `citizenship`; a boat's flag and a country of residence are green.
- Staff of the platform or partners (inspectors, instructors, drivers, base managers) are natural
  persons: their names and personal e-mails are yellow; staff ids and roles are green.
- Hashed e-mails and phone numbers uploaded for ad matching are pseudonymous personal data:
  yellow, typed as the value they hash.
- The EHIC number is a health card: red health id. Wheelchair use, visual impairment and an
  assistance dog are red `disability`; medical-condition flags (epilepsy, pregnancy, "has a
  condition") are yellow `condition`.
- A dietary-preference enum whose options include halal and kosher reveals religion for some
  users: yellow `religion`.
- A company's own OIB / VAT number is green; a person's OIB, AFM or SSN (and SSN last four) is red.
- Photos of boats and damage are green; a person's profile photo is yellow `photo`.
- A key-box code for a late check-in is a secret the guest holds: red `secret`. A username
  built from the person's name and a "First L." review display name are yellow `name`.
- Neutral keys holding PII in every value (value_only): field.value, contact.value, option.label,
  text, input, q, note, recipient, and the WhatsApp payload's wa_id and messages[].from.
- Free text is labelled by what every one of its values carries; the free-text fields here
  either always carry the PII named in their label or never carry any (green).
- context.ip and client_ip_address are the guest's: yellow ip. A flight number is green.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people of many countries ----------------------------------------------------------------------


def _d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def _up(f: Fake, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def mod97_iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


NATIONS = {
    "HR": {
        "nationality": ["Croatian", "HRV", "hrvatsko"],
        "first": ["Ivan", "Ana", "Luka", "Petra", "Josip", "Maja", "Nikola", "Katarina", "Marko", "Ivana"],
        "last": ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Perić"],
        "phone": lambda f: f.pick(
            [
                f"+385 9{f.pick('12578')} {_d(f, 3)} {_d(f, 4)}",
                f"09{f.pick('12578')}/{_d(f, 3)}-{_d(f, 4)}",
                f"+3859{f.pick('1258')}{_d(f, 7)}",
            ]
        ),
        "passport": lambda f: f.digits(9),
        "street": lambda f: (
            f.pick(
                [
                    "Ulica kralja Zvonimira",
                    "Vukovarska",
                    "Put Firula",
                    "Ilica",
                    "Ulica Ivana Gundulića",
                    "Obala Hrvatske",
                ]
            )
            + f" {f.r.randint(1, 180)}"
        ),
        "city": [
            ("Zagreb", "10000"),
            ("Split", "21000"),
            ("Rijeka", "51000"),
            ("Zadar", "23000"),
            ("Osijek", "31000"),
        ],
        "iban": lambda f: mod97_iban("HR", f.pick(["2340009", "2360000", "2484008", "2402006"]) + _d(f, 10)),
    },
    "GR": {
        "nationality": ["Greek", "GRC", "Ellinikí"],
        "first": [
            "Giorgos",
            "Eleni",
            "Dimitris",
            "Katerina",
            "Nikos",
            "Maria",
            "Yannis",
            "Anastasia",
            "Christos",
        ],
        "last": [
            "Papadopoulos",
            "Georgiou",
            "Nikolaidis",
            "Karagianni",
            "Vlachos",
            "Oikonomou",
            "Pappa",
            "Dimitriou",
        ],
        "phone": lambda f: f.pick(
            [f"+30 69{f.pick('3479')} {_d(f, 3)} {_d(f, 4)}", f"69{f.pick('3479')}{_d(f, 7)}"]
        ),
        "passport": lambda f: _up(f, 2) + f.digits(7),
        "street": lambda f: (
            f.pick(["Odos Ermou", "Leoforos Kifisias", "Odos Tsimiski", "Leof. Vasilissis Sofias"])
            + f" {f.r.randint(1, 240)}"
        ),
        "city": [
            ("Athens", "106 82"),
            ("Thessaloniki", "546 23"),
            ("Patra", "262 21"),
            ("Heraklion", "712 02"),
        ],
        "iban": lambda f: mod97_iban("GR", f.pick(["011", "017", "026", "014"]) + _d(f, 4) + _d(f, 16)),
    },
    "GB": {
        "nationality": ["British", "GBR", "United Kingdom"],
        "first": ["Oliver", "Harriet", "James", "Charlotte", "Callum", "Imogen", "Rhys", "Priya", "Siobhan"],
        "last": ["Bennett", "Clarke", "Hughes", "Patel", "Fletcher", "O'Neill", "Ward", "Campbell", "Ahmed"],
        "phone": lambda f: f.pick([f"+44 7{_d(f, 3)} {_d(f, 6)}", f"07{_d(f, 3)} {_d(f, 6)}"]),
        "passport": lambda f: f.digits(9),
        "street": lambda f: (
            f"{f.r.randint(1, 220)} "
            + f.pick(["Kingsley Road", "Harbour Street", "Elm Grove", "Station Lane"])
        ),
        "city": [
            ("Bristol", "BS8 1TH"),
            ("Manchester", "M20 2LN"),
            ("Edinburgh", "EH3 9DR"),
            ("Southampton", "SO14 3JF"),
        ],
        "iban": lambda f: mod97_iban("GB", f.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + _d(f, 6) + _d(f, 8)),
    },
    "DE": {
        "nationality": ["German", "DEU", "deutsch"],
        "first": ["Lukas", "Anna", "Felix", "Lea", "Jonas", "Marie", "Maximilian", "Sophie"],
        "last": ["Schneider", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch"],
        "phone": lambda f: f.pick(
            [f"+49 15{f.pick('12579')} {_d(f, 8)}", f"017{f.pick('0123456')} {_d(f, 7)}"]
        ),
        "passport": lambda f: "C" + _up(f, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
        "street": lambda f: (
            f.pick(["Lindenstraße", "Hauptstraße", "Schillerweg", "Am Hafen"]) + f" {f.r.randint(1, 90)}"
        ),
        "city": [("München", "80331"), ("Hamburg", "20095"), ("Köln", "50667"), ("Stuttgart", "70173")],
        "iban": lambda f: mod97_iban("DE", _d(f, 18)),
    },
    "AT": {
        "nationality": ["Austrian", "AUT", "österreichisch"],
        "first": ["Florian", "Julia", "Tobias", "Katharina", "Stefan", "Magdalena"],
        "last": ["Gruber", "Huber", "Bauer", "Pichler", "Moser", "Steiner"],
        "phone": lambda f: f"+43 6{f.pick(['64', '76', '99'])} {_d(f, 7)}",
        "passport": lambda f: f.pick("PUX") + f.digits(7),
        "street": lambda f: (
            f.pick(["Mariahilfer Straße", "Landstraßer Hauptstraße", "Getreidegasse"])
            + f" {f.r.randint(1, 120)}"
        ),
        "city": [("Wien", "1070"), ("Graz", "8010"), ("Salzburg", "5020"), ("Linz", "4020")],
        "iban": lambda f: mod97_iban("AT", _d(f, 16)),
    },
    "IT": {
        "nationality": ["Italian", "ITA", "italiana"],
        "first": ["Giulia", "Alessandro", "Francesca", "Matteo", "Chiara", "Lorenzo"],
        "last": ["Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"],
        "phone": lambda f: f"+39 3{f.r.randint(20, 49)} {_d(f, 3)} {_d(f, 4)}",
        "passport": lambda f: _up(f, 2) + f.digits(7),
        "street": lambda f: (
            f.pick(["Via Garibaldi", "Corso Vittorio Emanuele", "Via Roma", "Viale Monza"])
            + f" {f.r.randint(1, 200)}"
        ),
        "city": [("Milano", "20121"), ("Trieste", "34121"), ("Bologna", "40126"), ("Torino", "10123")],
        "iban": lambda f: mod97_iban("IT", f.pick(string.ascii_uppercase) + _d(f, 10) + _d(f, 12)),
    },
    "FR": {
        "nationality": ["French", "FRA", "française"],
        "first": ["Camille", "Louis", "Manon", "Hugo", "Chloé", "Théo"],
        "last": ["Moreau", "Lefèvre", "Girard", "Lambert", "Fontaine", "Rousseau"],
        "phone": lambda f: f"+33 {f.pick('67')} " + " ".join(_d(f, 2) for _ in range(4)),
        "passport": lambda f: _d(f, 2) + _up(f, 2) + _d(f, 5),
        "street": lambda f: (
            f"{f.r.randint(1, 140)} " + f.pick(["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire"])
        ),
        "city": [("Lyon", "69003"), ("Nantes", "44000"), ("Marseille", "13006"), ("Paris", "75011")],
        "iban": lambda f: mod97_iban("FR", _d(f, 23)),
    },
    "NL": {
        "nationality": ["Dutch", "NLD", "Nederlandse"],
        "first": ["Sanne", "Daan", "Fleur", "Bram", "Lotte", "Joost"],
        "last": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit"],
        "phone": lambda f: f"+31 6 {_d(f, 8)}",
        "passport": lambda f: _up(f, 2) + _up(f, 6, "ABCDEFGHJKLNPRSTUVWXYZ0123456789") + _d(f, 1),
        "street": lambda f: (
            f.pick(["Prinsengracht", "Kerkstraat", "Oudegracht", "Havenstraat"]) + f" {f.r.randint(1, 300)}"
        ),
        "city": [
            ("Amsterdam", "1016 GV"),
            ("Utrecht", "3511 AB"),
            ("Rotterdam", "3011 BN"),
            ("Haarlem", "2011 RD"),
        ],
        "iban": lambda f: mod97_iban("NL", f.pick(["ABNA", "RABO", "INGB"]) + _d(f, 10)),
    },
    "PL": {
        "nationality": ["Polish", "POL", "polskie"],
        "first": ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Zofia", "Michał"],
        "last": ["Wiśniewska", "Kowalczyk", "Nowak", "Wójcik", "Kamińska", "Lewandowski"],
        "phone": lambda f: f"+48 {f.pick('5678')}{_d(f, 2)} {_d(f, 3)} {_d(f, 3)}",
        "passport": lambda f: _up(f, 2) + f.digits(7),
        "street": lambda f: (
            "ul. "
            + f.pick(["Marszałkowska", "Długa", "Piotrkowska", "Floriańska"])
            + f" {f.r.randint(1, 150)}"
        ),
        "city": [("Warszawa", "00-514"), ("Kraków", "31-019"), ("Gdańsk", "80-831"), ("Łódź", "90-113")],
        "iban": lambda f: mod97_iban("PL", _d(f, 24)),
    },
    "CZ": {
        "nationality": ["Czech", "CZE", "česká"],
        "first": ["Tomáš", "Veronika", "Jakub", "Tereza", "Ondřej", "Lucie"],
        "last": ["Dvořák", "Novotná", "Svoboda", "Černý", "Procházková", "Kučera"],
        "phone": lambda f: f"+420 {f.pick('67')}{_d(f, 2)} {_d(f, 3)} {_d(f, 3)}",
        "passport": lambda f: f.digits(8),
        "street": lambda f: (
            f.pick(["Vinohradská", "Nádražní", "Husova", "Masarykova"]) + f" {f.r.randint(1, 200)}"
        ),
        "city": [("Praha", "120 00"), ("Brno", "602 00"), ("Ostrava", "702 00"), ("Plzeň", "301 00")],
        "iban": lambda f: mod97_iban("CZ", _d(f, 20)),
    },
    "SI": {
        "nationality": ["Slovenian", "SVN", "slovensko"],
        "first": ["Jure", "Nina", "Matej", "Špela", "Luka", "Tjaša"],
        "last": ["Kos", "Zupančič", "Horvat", "Krajnc", "Potočnik", "Mlakar"],
        "phone": lambda f: f"+386 {f.pick(['30', '31', '40', '41', '51'])} {_d(f, 3)} {_d(f, 3)}",
        "passport": lambda f: "PB" + f.digits(7),
        "street": lambda f: (
            f.pick(["Slovenska cesta", "Trubarjeva ulica", "Prešernova ulica"]) + f" {f.r.randint(1, 90)}"
        ),
        "city": [("Ljubljana", "1000"), ("Maribor", "2000"), ("Koper", "6000"), ("Kranj", "4000")],
        "iban": lambda f: mod97_iban("SI", _d(f, 15)),
    },
    "SE": {
        "nationality": ["Swedish", "SWE", "svensk"],
        "first": ["Erik", "Astrid", "Oskar", "Elsa", "Linnea", "Gustav"],
        "last": ["Lindqvist", "Andersson", "Johansson", "Nilsson", "Berg", "Sjöberg"],
        "phone": lambda f: f"+46 7{f.pick('0236')} {_d(f, 3)} {_d(f, 2)} {_d(f, 2)}",
        "passport": lambda f: f.digits(8),
        "street": lambda f: f.pick(["Drottninggatan", "Storgatan", "Sveavägen"]) + f" {f.r.randint(1, 120)}",
        "city": [("Stockholm", "111 21"), ("Göteborg", "411 04"), ("Malmö", "211 22"), ("Uppsala", "753 10")],
        "iban": lambda f: mod97_iban("SE", _d(f, 20)),
    },
    "HU": {
        "nationality": ["Hungarian", "HUN", "magyar"],
        "first": ["Bence", "Réka", "Máté", "Zsófia", "Dániel", "Eszter"],
        "last": ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga"],
        "phone": lambda f: f"+36 {f.pick(['20', '30', '70'])} {_d(f, 3)} {_d(f, 4)}",
        "passport": lambda f: _up(f, 2) + f.digits(7),
        "street": lambda f: (
            f.pick(["Andrássy út", "Váci utca", "Petőfi Sándor utca"]) + f" {f.r.randint(1, 99)}."
        ),
        "city": [("Budapest", "1061"), ("Debrecen", "4024"), ("Szeged", "6720"), ("Győr", "9021")],
        "iban": lambda f: mod97_iban("HU", _d(f, 24)),
    },
    "US": {
        "nationality": ["American", "USA", "United States"],
        "first": ["Madison", "Tyler", "Brianna", "Marcus", "DeShawn", "Emily", "Carlos", "Hannah"],
        "last": ["Reed", "Johnson", "Martinez", "Walker", "Kim", "Thompson", "Robinson", "Alvarez"],
        "phone": lambda f: f.pick(
            [
                f"+1 ({f.r.randint(201, 989)}) {f.r.randint(200, 999)}-{_d(f, 4)}",
                f"+1{f.r.randint(201, 989)}{_d(f, 7)}",
            ]
        ),
        "passport": lambda f: f.pick([f.digits(9), "A" + f.digits(8)]),
        "street": lambda f: (
            f"{f.r.randint(10, 9999)} " + f.pick(["Oak Ridge Dr", "Bayview Ave", "W 14th St", "Magnolia Ln"])
        ),
        "city": [("Annapolis", "21401"), ("Newport", "02840"), ("Miami", "33131"), ("Seattle", "98109")],
        "iban": None,
    },
    "BR": {
        "nationality": ["Brazilian", "BRA", "brasileira"],
        "first": ["João", "Mariana", "Gabriel", "Beatriz", "Rafael", "Larissa"],
        "last": ["Pereira", "Oliveira", "Santos", "Costa", "Ferreira", "Almeida"],
        "phone": lambda f: f"+55 {f.pick(['11', '21', '48'])} 9{_d(f, 4)}-{_d(f, 4)}",
        "passport": lambda f: _up(f, 2) + f.digits(6),
        "street": lambda f: (
            f.pick(["Rua Oscar Freire", "Avenida Atlântica", "Rua das Flores"]) + f", {f.r.randint(1, 2000)}"
        ),
        "city": [("São Paulo", "01426-001"), ("Rio de Janeiro", "22021-001"), ("Florianópolis", "88010-400")],
        "iban": None,
    },
    "JP": {
        "nationality": ["Japanese", "JPN", "日本"],
        "first": ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Sakura"],
        "last": ["Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Kobayashi", "Sato"],
        "phone": lambda f: f"+81 90-{_d(f, 4)}-{_d(f, 4)}",
        "passport": lambda f: "T" + _up(f, 1) + f.digits(7),
        "street": lambda f: (
            f"{f.r.randint(1, 5)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)} "
            + f.pick(["Jingumae", "Minato Mirai", "Umeda"])
        ),
        "city": [("Tokyo", "150-0001"), ("Yokohama", "220-0012"), ("Osaka", "530-0001")],
        "iban": None,
    },
    "TR": {
        "nationality": ["Turkish", "TUR", "Türk"],
        "first": ["Elif", "Emre", "Zeynep", "Burak", "Ayşe", "Mehmet"],
        "last": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"],  # noqa: RUF001
        "phone": lambda f: f"+90 5{_d(f, 2)} {_d(f, 3)} {_d(f, 2)} {_d(f, 2)}",
        "passport": lambda f: "U" + f.digits(8),
        "street": lambda f: (
            f.pick(["Bağdat Caddesi", "İstiklal Caddesi", "Kordon Boyu"]) + f" No:{f.r.randint(1, 300)}"
        ),
        "city": [("İstanbul", "34728"), ("İzmir", "35210"), ("Bodrum", "48400")],
        "iban": lambda f: mod97_iban("TR", _d(f, 22)),
    },
    "IL": {
        "nationality": ["Israeli", "ISR", "Israel"],
        "first": ["Noa", "Itai", "Maya", "Yonatan", "Tamar", "Omer"],
        "last": ["Levi", "Cohen", "Mizrahi", "Friedman", "Peretz", "Biton"],
        "phone": lambda f: f"+972 5{f.pick('0234')}-{_d(f, 3)}-{_d(f, 4)}",
        "passport": lambda f: f.digits(8),
        "street": lambda f: (
            f.pick(["Rothschild Blvd", "Dizengoff St", "Herzl St"]) + f" {f.r.randint(1, 200)}"
        ),
        "city": [("Tel Aviv", "6578901"), ("Haifa", "3303102"), ("Herzliya", "4610101")],
        "iban": None,
    },
    "IN": {
        "nationality": ["Indian", "IND", "India"],
        "first": ["Aarav", "Ananya", "Vikram", "Diya", "Rohan", "Kavya"],
        "last": ["Sharma", "Iyer", "Reddy", "Menon", "Gupta", "Banerjee"],
        "phone": lambda f: f"+91 9{_d(f, 4)} {_d(f, 5)}",
        "passport": lambda f: f.pick("JKLMNPRSTUVWZ") + f.digits(7),
        "street": lambda f: f"{f.r.randint(1, 400)}, " + f.pick(["MG Road", "Linking Road", "Anna Salai"]),
        "city": [("Mumbai", "400050"), ("Bengaluru", "560001"), ("Chennai", "600002")],
        "iban": None,
    },
    "NG": {
        "nationality": ["Nigerian", "NGA", "Nigeria"],
        "first": ["Chinedu", "Ngozi", "Oluwaseun", "Amaka", "Tunde", "Folake"],
        "last": ["Okeke", "Adeyemi", "Eze", "Balogun", "Nwosu", "Okonkwo"],
        "phone": lambda f: f"+234 80{f.r.randint(2, 9)} {_d(f, 3)} {_d(f, 4)}",
        "passport": lambda f: "A" + f.digits(8),
        "street": lambda f: (
            f"{f.r.randint(1, 60)} " + f.pick(["Admiralty Way", "Awolowo Road", "Adeola Odeku St"])
        ),
        "city": [("Lagos", "101241"), ("Abuja", "900211"), ("Port Harcourt", "500272")],
        "iban": None,
    },
}
# Guests come mostly from Europe; heavier weight on the source markets of Adriatic charter.
NATION_WEIGHTS = {"HR": 3, "GR": 3, "GB": 4, "DE": 4, "AT": 3, "IT": 2, "FR": 2, "NL": 2, "PL": 3, "CZ": 3}
NATION_WEIGHTS |= {"SI": 2, "SE": 1, "HU": 2, "US": 4, "BR": 1, "JP": 1, "TR": 1, "IL": 1, "IN": 1, "NG": 1}
IBAN_NATIONS = [c for c, n in NATIONS.items() if n["iban"]]
DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.de",
    "gmx.at",
    "t-com.hr",
    "otenet.gr",
    "icloud.com",
    "btinternet.com",
]
DOMAINS += ["wp.pl", "seznam.cz", "web.de", "libero.it", "orange.fr", "hotmail.co.uk", "proton.me"]


def nation(f: Fake, pool=None) -> dict:
    codes = pool or list(NATION_WEIGHTS)
    return NATIONS[f.r.choices(codes, weights=[NATION_WEIGHTS.get(c, 1) for c in codes])[0]]


def first(f, pool=None):
    return f.pick(nation(f, pool)["first"])


def last(f, pool=None):
    return f.pick(nation(f, pool)["last"])


def full_name(f, pool=None):
    n = nation(f, pool)
    return f"{f.pick(n['first'])} {f.pick(n['last'])}"


FOLD = str.maketrans(
    {
        "č": "c",
        "ć": "c",
        "ž": "z",
        "š": "s",
        "đ": "d",
        "é": "e",
        "è": "e",
        "ö": "o",
        "ä": "a",
        "ü": "u",
        "ß": "ss",
        "á": "a",
        "í": "i",
        "ó": "o",
        "ú": "u",
        "ñ": "n",
        "ç": "c",
        "ł": "l",
        "ń": "n",
        "ś": "s",
        "ź": "z",
        "ż": "z",
        "ę": "e",
        "ą": "a",
        "ř": "r",
        "ě": "e",
        "ů": "u",
        "ý": "y",
        "ť": "t",
        "ň": "n",
        "ğ": "g",
        "ı": "i",  # noqa: RUF001
        "ş": "s",
        "ø": "o",
        "å": "a",
        "ã": "a",
        "'": "",
        " ": "",
        "ő": "o",
    }
)


def ascii_fold(s: str) -> str:
    return s.lower().translate(FOLD)


def email(f, pool=None):
    n = nation(f, pool)
    fn, ln = ascii_fold(f.pick(n["first"])), ascii_fold(f.pick(n["last"]))
    local = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{ln}.{fn}", f"{fn}_{ln}"]
    )
    return f"{local}@{f.pick(DOMAINS)}"


def work_email(f, domain="bluewake.example"):
    n = nation(f, ["HR", "GR", "GB", "US"])
    return f"{ascii_fold(f.pick(n['first']))}.{ascii_fold(f.pick(n['last']))}@{domain}"


def phone(f, pool=None):
    return nation(f, pool)["phone"](f)


def e164(f, pool=None):
    while True:
        p = phone(f, pool)
        if p.startswith("+"):
            return "+" + "".join(c for c in p if c.isdigit())


def passport(f, pool=None):
    return nation(f, pool)["passport"](f)


def street(f, pool=None):
    return nation(f, pool)["street"](f)


def home_city(f, pool=None):
    return f.pick(nation(f, pool)["city"])[0]


def postcode(f, pool=None):
    return f.pick(nation(f, pool)["city"])[1]


def full_address(f, pool=None):
    n = nation(f, pool)
    city, zipc = f.pick(n["city"])
    return f"{n['street'](f)}, {zipc} {city}"


def nationality(f, pool=None):
    return f.pick(nation(f, pool)["nationality"][:1])


def nationality_code(f, pool=None):
    return nation(f, pool)["nationality"][1]


def iban(f, spaced=None):
    raw = NATIONS[f.pick(IBAN_NATIONS)]["iban"](f)
    spaced = f.r.random() < 0.4 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def oib(f) -> str:
    digits = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(9)]
    a = 10
    for x in digits:
        a = (a + x) % 10 or 10
        a = (a * 2) % 11
    check = (11 - a) % 10
    return "".join(map(str, digits)) + str(check)


def afm(f) -> str:
    while True:
        digits = [f.r.randint(0, 9) for _ in range(8)]
        if digits[0] == 0:
            continue
        check = sum(d * 2 ** (8 - i) for i, d in enumerate(digits)) % 11 % 10
        return "".join(map(str, digits)) + str(check)


def tax_id(f):
    return f.pick([oib, afm, lambda f: f.ssn()])(f)


def dob(f, fmt="iso", lo=1948, hi=2006):
    y, m, d = f.r.randint(lo, hi), f.r.randint(1, 12), f.r.randint(1, 28)
    return {
        "iso": f"{y}-{m:02d}-{d:02d}",
        "hr": f"{d:02d}.{m:02d}.{y}.",
        "eu": f"{d:02d}/{m:02d}/{y}",
        "us": f"{m:02d}/{d:02d}/{y}",
    }[fmt]


def date(f, y=2025, fmt="iso"):
    m, d = f.r.randint(4, 10), f.r.randint(1, 28)
    return f"{y}-{m:02d}-{d:02d}" if fmt == "iso" else f"{d:02d}.{m:02d}.{y}."


def iso(f):
    day = f"2025-{f.r.randint(4, 10):02d}-{f.r.randint(1, 28):02d}"
    clock = f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:{f.r.randint(0, 59):02d}"
    return f"{day}T{clock}.{f.r.randint(0, 999):03d}Z"


def adriatic_lat(f):
    return round(f.pick([f.r.uniform(42.4, 44.9), f.r.uniform(36.4, 39.8), f.r.uniform(18.3, 18.75)]), 6)


def adriatic_lon(f):
    return round(f.pick([f.r.uniform(13.5, 18.2), f.r.uniform(20.0, 27.0), f.r.uniform(-64.8, -64.25)]), 6)


def geohash(f, n=8):
    return "".join(f.r.choice("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(n))


def mmsi(f):
    return int(str(f.pick([238, 239, 240, 241, 378, 232, 235, 211, 247, 244, 261, 276])) + f.digits(6))


def call_sign(f):
    return f.pick(["9A", "SV", "SX", "ZJ", "MDA", "DH", "OE", "SP"]) + f.digits(f.pick([3, 4]))


def registration(f):
    return f.pick(
        [
            f"{f.pick(['ST', 'ŠB', 'ZD', 'DU', 'RI', 'PU'])}-{f.r.randint(100, 9999)}",
            f"{f.pick(['Π', 'ΛΕ', 'ΚΕ', 'ΠΕ'])} {f.r.randint(100, 9999)}",  # noqa: RUF001
            f"SSR {f.digits(6)}",
            f"BVI {f.digits(6)}",
            f"{f.pick(['PC', 'SV', 'ZD'])}{f.r.randint(1000, 99999)}",
        ]
    )


def hin(f):
    maker = f"{f.pick(['HR', 'FR', 'DE', 'SI', 'GR', 'US'])}-{_up(f, 3)}"
    return f"{maker}{_d(f, 5)}{f.pick('ABCDEFGHIJKL')}{f.r.randint(0, 9)}{f.r.randint(10, 25)}"


def licence_no(f):
    return f.pick(
        [
            f"ICC/{f.pick(['RYA', 'IYT', 'KNWV'])}/{f.digits(6)}",
            f"{f.pick(['ST', 'ZD', 'RI', 'ŠB', 'DU'])}-{f.pick(['B', 'C'])}-{f.digits(5)}",
            f"{f.pick(['YM', 'DS', 'CS'])}{f.digits(7)}",
            f"SBF-See {f.digits(7)}",
            f"ΑΔ{f.digits(6)}",
        ]
    )


def vhf_cert(f):
    return f.pick(
        [f"SRC-{f.digits(8)}", f"RYA SRC {f.digits(6)}", f"LRC/{f.digits(5)}", f"UKW-{f.digits(6)}"]
    )


def policy_no(f):
    return f.pick(
        [
            f"PAN-{f.digits(8)}",
            f"YH/{f.digits(4)}/{f.r.randint(2023, 2025)}",
            f"ALZ{f.digits(10)}",
            f"CHI-{_up(f, 2)}{f.digits(7)}",
        ]
    )


def ehic(f):
    return f.pick(["80385", "80300", "80826", "80276", "80040", "80616"]) + f.digits(15)


def stripe_id(f, prefix, n=24):
    return prefix + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(n))


def user_agent(f):
    return f.pick(
        [
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/125.0.6422.53 Mobile Safari/537.36",
        ]
    )


# -- the business ------------------------------------------------------------------------------------

BASES = [
    ("ACI Marina Split", "Split", "HR", "SPU"),
    ("Marina Kaštela", "Kaštel Gomilica", "HR", "SPU"),
    ("D-Marin Mandalina", "Šibenik", "HR", "SPU"),
    ("Marina Dalmacija", "Sukošan", "HR", "ZAD"),
    ("ACI Marina Dubrovnik", "Dubrovnik", "HR", "DBV"),
    ("Alimos Marina", "Athens", "GR", "ATH"),
    ("Lefkas Marina", "Lefkada", "GR", "PVK"),
    ("Marina Gouvia", "Corfu", "GR", "CFU"),
    ("Kos Marina", "Kos", "GR", "KGS"),
    ("Nanny Cay Marina", "Tortola", "VG", "EIS"),
    ("Hodges Creek Marina", "Tortola", "VG", "EIS"),
]
DESTINATIONS = ["Hvar", "Vis", "Kornati", "Mljet", "Korčula", "Cyclades", "Ionian Islands", "Saronic Gulf"]
DESTINATIONS += ["Sporades", "Jost Van Dyke", "Anegada", "Virgin Gorda", "Split", "Lefkada"]
ANCHORAGES = [
    "Stiniva",
    "Uvala Pakleni",
    "Lopud",
    "Telašćica",
    "Porto Katsiki",
    "Vathi",
    "The Baths",
    "Cane Garden Bay",
]
MODELS = [
    ("Bavaria", "Bavaria Cruiser 46", "sailing yacht", 4),
    ("Beneteau", "Oceanis 46.1", "sailing yacht", 4),
    ("Jeanneau", "Sun Odyssey 440", "sailing yacht", 4),
    ("Lagoon", "Lagoon 42", "catamaran", 4),
    ("Fountaine Pajot", "Isla 40", "catamaran", 4),
    ("Dufour", "Dufour 430 Grand Large", "sailing yacht", 3),
    ("Hanse", "Hanse 458", "sailing yacht", 4),
    ("Elan", "Impression 45.1", "sailing yacht", 4),
    ("Bali", "Bali 4.2", "catamaran", 4),
    ("Leopard", "Leopard 45", "catamaran", 4),
    ("Sealine", "Sealine C430", "motor yacht", 3),
]
BOAT_NAMES = ["Marija", "Bonaca", "Lady Anna", "Sea Breeze", "Kalypso", "Aeolos", "Blue Lagoon", "Nefeli"]
BOAT_NAMES += [
    "Dalmatinka",
    "Salty Dog",
    "Tramontana",
    "Galini",
    "Frida",
    "Meltemi",
    "Andromeda",
    "Piccolina",
]
PROVISIONS = [
    ("PRV-1021", "Paški sir 500g", "Dairy", "Sirana Gligora"),
    ("PRV-2040", "Ožujsko 24 x 0.5L", "Drinks", "Ožujsko"),
    ("PRV-2210", "Jana still water 6 x 1.5L", "Drinks", "Jana"),
    ("PRV-3302", "Dalmatinski pršut 200g", "Deli", "Gavrilović"),
    ("PRV-4410", "Extra virgin olive oil 1L", "Pantry", "Minerva"),
    ("PRV-5120", "Feta PDO 400g", "Dairy", "Dodoni"),
    ("PRV-5230", "Mythos 24 x 0.33L", "Drinks", "Mythos"),
    ("PRV-6001", "Ice bag 5kg", "Essentials", "Bluewake"),
    ("PRV-6120", "Pusser's Rum 700ml", "Drinks", "Pusser's"),
    ("PRV-7003", "Sunscreen SPF50 200ml", "Essentials", "Nivea"),
    ("PRV-7710", "Breakfast box (4 pax)", "Boxes", "Bluewake"),
]
EXTRAS = [
    ("EXT-SKP", "Skipper (per week)", 1400),
    ("EXT-HST", "Hostess (per week)", 1050),
    ("EXT-SUP", "Stand-up paddle board", 120),
    ("EXT-OBM", "Outboard engine 5hp", 90),
    ("EXT-TRL", "Transit log", 180),
    ("EXT-CLN", "Final cleaning", 150),
    ("EXT-DWV", "Damage waiver", 280),
    ("EXT-BED", "Bed linen and towels", 25),
]


FATHERS = ["Giorgos", "Dimitris", "Nikos", "Yannis", "Christos", "Konstantinos", "Vasilis", "Klaus", "John"]


def base(f):
    return f.pick(BASES)[0]


def base_city(f):
    return f.pick(BASES)[1]


def booking_ref(f):
    return f"BW-{f.r.randint(24, 25)}-{f.digits(5)}"


def yacht_sku(f):
    model = f.pick(["BAV46", "OC461", "SO440", "LAG42", "ISL40", "DUF43", "HAN45", "ELA45", "BAL42"])
    home = f.pick(["SPU", "ZAD", "DBV", "ATH", "LEF", "TOR"])
    return f"{model}-{f.r.randint(2016, 2024)}-{home}-{f.r.randint(1, 9):02d}"


# -- contexts of the client libraries ----------------------------------------------------------------

WEB_PAGES = [
    ("/", "Bluewake - Yacht charter in Croatia, Greece and the BVI"),
    ("/search", "Search yachts | Bluewake"),
    ("/yachts/lagoon-42-split", "Lagoon 42 in Split | Bluewake"),
    ("/checkout", "Checkout | Bluewake"),
    ("/my-trips/crew-list", "Crew list | Bluewake"),
    ("/sailing-school/courses", "Sailing courses | Bluewake Academy"),
    ("/marinas/berths", "Book a berth | Bluewake Marinas"),
]


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.bluewake.example/search",
                        "https://l.facebook.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?base=split&from=2025-07-05", "?lang=de"]
                )
            ),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "url": G(lambda f: "https://www.bluewake.example" + f.pick(WEB_PAGES)[0]),
        },
        "userAgent": G(user_agent),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "125", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "hr-HR", "el-GR", "pl-PL", "en-US", "cs-CZ"])),
        "timezone": G(
            lambda f: f.pick(
                ["Europe/Berlin", "Europe/Zagreb", "Europe/London", "Europe/Athens", "America/New_York"]
            )
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["summer25_croatia", "bvi_winter", "early_bird_2025", "brand"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "bing"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "catamaran charter split",
                        "yacht charter greece",
                        "bareboat bvi",
                        "segelboot mieten kroatien",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "text_ad_2", "carousel"])),
        },
    }


def mobile_traits():
    return {
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "loyaltyTier": G(lambda f: f.pick(["deckhand", "first mate", "captain"])),
    }


def ios_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bluewake"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["4800", "4821", "4903"])),
            "namespace": G(lambda f: "com.bluewake.guest"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-AT", "hr-HR", "fr-FR", "nl-NL"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "18.0", "17.6"]))},
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 820])),
            "height": G(lambda f: f.pick([852, 932, 1180])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Zagreb", "Europe/Athens", "America/Tortola"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def android_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bluewake"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.0"])),
            "build": G(lambda f: f.pick(["480012", "490004"])),
            "namespace": G(lambda f: "com.bluewake.guest"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "2201116SG", "CPH2449"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "veux", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "pl-PL", "it-IT", "hu-HU"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["HT", "A1 HR", "Telemach", "Cosmote", "Vodafone GR", "Digicel"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "15"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Zagreb", "Europe/Athens"])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S918B", "Pixel 8"])
                + " Build/UQ1A.240205.004)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def staff_tablet_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bluewake Base"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.4"])),
            "build": G(lambda f: f.pick(["230", "234"])),
            "namespace": G(lambda f: "com.bluewake.base"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: "samsung"),
            "model": G(lambda f: f.pick(["SM-X210", "SM-T636B"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(lambda f: f.pick(["hr-HR", "el-GR", "en-VG"])),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: "14")},
        "timezone": G(lambda f: f.pick(["Europe/Zagreb", "Europe/Athens", "America/Tortola"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: work_email(f), "email"),
            "role": G(lambda f: f.pick(["base_technician", "base_manager", "checkin_agent"])),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bluewake Academy"),
            "version": G(lambda f: f.pick(["1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["142", "150"])),
            "namespace": G(lambda f: "com.bluewake.academy"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "sv-SE", "cs-CZ"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/Athens", "Europe/Zagreb", "Europe/Stockholm"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bluewake Navigator"),
            "version": G(lambda f: f.pick(["2.1.0", "2.2.1"])),
            "build": G(lambda f: f.pick(["21", "27"])),
            "namespace": G(lambda f: "com.bluewake.navigator"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPad14,1", "SM-X710"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "de-DE", "fr-FR"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([744, 1600])), "height": G(lambda f: f.pick([1133, 2560]))},
        "timezone": G(lambda f: f.pick(["Europe/Zagreb", "Europe/Athens", "America/Tortola"])),
        "traits": mobile_traits(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: Fake):
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php"):  # the guest's request, forwarded by the backend
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            out["userAgent"] = G(user_agent)
        if lib == "ruby":
            out["externalIds"] = Many(
                {
                    "id": G(lambda f: f"CL-{f.digits(7)}"),
                    "type": G(lambda f: "booking_manager_client_id"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "java":
            out["locale"] = G(lambda f: f.pick(["hr-HR", "en-GB"]))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "ios": ios_context,
    "android": android_context,
    "staff": staff_tablet_context,
    "rn": rn_context,
    "flutter": flutter_context,
} | {lib: server_context(lib) for lib in SERVER_LIBS}


# -- building blocks -----------------------------------------------------------------------------------


def yacht_product():
    return {
        "product_id": G(lambda f: f"yacht_{f.r.randint(1000, 4999)}"),
        "sku": G(yacht_sku),
        "name": G(lambda f: f.pick(MODELS)[1]),
        "brand": G(lambda f: f.pick(MODELS)[0]),
        "category": G(lambda f: f.pick(MODELS)[2]),
        "variant": G(lambda f: f.pick(["3 cabins", "4 cabins", "4+2 cabins", "5 cabins"])),
        "price": G(lambda f: f.r.randint(18, 95) * 100),
        "quantity": G(lambda f: 1),
        "boat_name": G(lambda f: f.pick(BOAT_NAMES)),
        "year_built": G(lambda f: f.r.randint(2014, 2024)),
        "base": G(base),
        "url": G(lambda f: f"https://www.bluewake.example/yachts/{f.r.randint(1000, 4999)}"),
        "image_url": G(lambda f: f"https://cdn.bluewake.example/yachts/{f.hexid(10)}.webp"),
    }


def extra_product():
    return {
        "product_id": G(lambda f: f.pick(EXTRAS)[0]),
        "name": G(lambda f: f.pick(EXTRAS)[1]),
        "price": G(lambda f: f.pick(EXTRAS)[2]),
        "quantity": G(lambda f: f.r.randint(1, 2)),
        "category": G(lambda f: "extra"),
    }


def provision_product():
    return {
        "product_id": G(lambda f: f.pick(PROVISIONS)[0]),
        "sku": G(lambda f: f.pick(PROVISIONS)[0] + "-" + f.pick(["EA", "PK", "CS"])),
        "name": G(lambda f: f.pick(PROVISIONS)[1]),
        "category": G(lambda f: f.pick(PROVISIONS)[2]),
        "brand": G(lambda f: f.pick(PROVISIONS)[3]),
        "price": G(lambda f: f.money(1, 60)),
        "quantity": G(lambda f: f.r.randint(1, 12)),
    }


def chat_text(f):
    return f.pick(
        [
            f"Hi, our flight lands in Split at 18:40, can someone call me on {phone(f)} when it's ready?",
            f"We are stuck in traffic near Trogir, please call {phone(f)}",
            f"My WhatsApp is {phone(f)}, easier to reach me there during the week",
            f"Hello, booking {booking_ref(f)}. Please text me at {phone(f)} about the transfer.",
            f"Can the skipper ring me? {phone(f)}",
        ]
    )


def chatbot_input(f):
    return f.pick(
        [
            f"I didn't get my confirmation, my email is {email(f)}",
            f"please send the invoice to {email(f)}",
            f"{email(f)} booking {booking_ref(f)} crew list not saving",
            f"change contact email to {email(f)} thanks",
            f"hi its {email(f)}, can i add a paddle board",
        ]
    )


def refund_note(f):
    return f.pick(
        [
            f"Refund to {iban(f)} approved by base manager",
            f"Guest asked to refund deposit to {iban(f)} instead of card",
            f"{iban(f)}: partial, fuel deducted",
            f"Wire remainder to IBAN {iban(f)}",
        ]
    )


def inspection_note(f):
    return f.pick(
        [
            "Dinghy outboard serviced, spare impeller aboard",
            "Genoa furler stiff, lubricated",
            "All OK, fuel full, water full",
            "Anchor chain marked every 10 m; windlass tested",
            "Bimini zip on port side torn, reported to office",
            "",
        ]
    )


def review_text(f):
    return f.pick(
        [
            "Lovely boat, very clean. Check-in was quick and the base team were helpful.",
            "Great week around the Ionian, the catamaran was perfect for our family.",
            "Generator failed on day 3 but was fixed the same evening in Vis.",
            "Excellent value, would book again for the Kornati.",
            "Provisioning arrived late but everything else was top.",
        ]
    )


# -- events ----------------------------------------------------------------------------------------------

EVENTS = [
    # ---- web booking funnel ------------------------------------------------------------------------
    (
        "page",
        "Yacht Search",
        ("web",),
        44,
        {
            "title": G(lambda f: "Search yachts | Bluewake"),
            "url": G(lambda f: f"https://www.bluewake.example/search?dest={f.pick(DESTINATIONS)}"),
            "path": G(lambda f: "/search"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.bluewake.example/"])),
            "search": G(lambda f: f.pick(["?dest=Hvar", "?dest=Cyclades&guests=6", "?dest=Tortola"])),
            "destination": G(lambda f: f.pick(DESTINATIONS)),
            "guests": G(lambda f: f.r.randint(2, 10)),
        },
    ),
    (
        "track",
        "Products Searched",
        ("web", "ios", "android"),
        50,
        {
            "query": G(
                lambda f: f.pick([*DESTINATIONS, "lagoon 42", "catamaran with skipper", "bavaria 46 split"])
            ),
            "charter_type": G(lambda f: f.pick(["bareboat", "skippered", "crewed", "cabin"])),
            "date_from": G(lambda f: date(f)),
            "date_to": G(lambda f: date(f)),
            "guests": G(lambda f: f.r.randint(2, 12)),
            "min_cabins": G(lambda f: f.r.randint(2, 5)),
            "skipper_required": G(lambda f: f.pick([True, False])),
            "results_count": G(lambda f: f.r.randint(0, 240)),
            "sort": G(lambda f: f.pick(["price_asc", "recommended", "newest"])),
        },
    ),
    (
        "track",
        "Product Viewed",
        ("web", "ios", "android"),
        60,
        {
            **yacht_product(),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "cabins": G(lambda f: f.r.randint(3, 6)),
            "berths": G(lambda f: f.r.randint(6, 12)),
            "base_city": G(base_city),
            "base_country": G(lambda f: f.pick(["HR", "GR", "VG"])),
            "operator_name": G(
                lambda f: f.pick(["Bluewake Split d.o.o.", "Bluewake Hellas IKE", "Bluewake BVI Ltd"])
            ),
            "rating": G(lambda f: round(f.r.uniform(3.8, 5.0), 1)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ("web",),
        40,
        {
            "order_id": G(lambda f: f"ord_{f.hexid(16)}"),
            "value": G(lambda f: f.r.randint(2000, 14000)),
            "revenue": G(lambda f: f.r.randint(2000, 14000)),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "coupon": G(lambda f: f.pick(["", "EARLY10", "LASTMINUTE", "RETURNING5"])),
            "embarkation_date": G(lambda f: date(f)),
            "nights": G(lambda f: f.pick([7, 7, 7, 10, 14])),
            "products": Many(extra_product(), 4),
            "yacht": yacht_product(),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ("web",),
        40,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f"ord_{f.hexid(16)}"),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "bank_transfer", "apple_pay"])),
            "payment_method_id": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "pay_in_installments": G(lambda f: f.pick([True, False])),
            "billing_name": Y(full_name, "name"),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "city": Y(home_city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["DE", "GB", "AT", "PL", "US", "HR"])),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ("web", "node"),
        48,
        {
            "order_id": G(lambda f: f"ord_{f.hexid(16)}"),
            "booking_reference": G(booking_ref),
            "total": G(lambda f: f.r.randint(2000, 16000)),
            "deposit_amount": G(lambda f: f.pick([1500, 2000, 2500, 3000])),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "products": Many(extra_product(), 4),
            "embarkation_date": G(lambda f: date(f)),
            "disembarkation_date": G(lambda f: date(f)),
            "base": G(base),
            "lead_guest": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "country": G(lambda f: f.pick(["DE", "GB", "AT", "PL", "US", "CZ"])),
            },
            "click_ids": {
                "gclid": Y(
                    lambda f: (
                        "Cj0KCQjw"
                        + "".join(f.r.choice(string.ascii_letters + string.digits + "_-") for _ in range(60))
                    ),
                    "advertising id",
                ),
                "fbclid": Y(
                    lambda f: (
                        "IwAR"
                        + "".join(f.r.choice(string.ascii_letters + string.digits + "_-") for _ in range(55))
                    ),
                    "advertising id",
                ),
            },
        },
    ),
    (
        "track",
        "Crew List Submitted",
        ("web", "ios"),
        44,
        {
            "booking_id": G(booking_ref),
            "crew_count": G(lambda f: f.r.randint(2, 10)),
            "skipper_is_guest": G(lambda f: f.pick([True, False])),
            "submitted_by_email": Y(email, "email"),
            "crew": Many(
                {
                    "role": G(lambda f: f.pick(["skipper", "co-skipper", "crew", "crew"])),
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "date_of_birth": Y(lambda f: dob(f, "iso", 1950, 2020), "birthdate"),
                    "nationality": Y(nationality, "citizenship"),
                    "place_of_birth": Y(home_city, "city"),
                    "document_type": G(lambda f: f.pick(["passport", "id_card"])),
                    "document_number": RED(passport, "passport|national id"),
                    "document_expiry": G(lambda f: date(f, f.r.randint(2026, 2034))),
                    "is_minor": G(lambda f: f.pick([False, False, True])),
                },
                8,
            ),
        },
    ),
    (
        "track",
        "Skipper Licence Uploaded",
        ("web", "rn"),
        36,
        {
            "booking_id": G(booking_ref),
            "licence_type": G(
                lambda f: f.pick(
                    ["ICC", "RYA Yachtmaster Offshore", "Voditelj brodice B", "SBF See", "Day Skipper"]
                )
            ),
            "licence_number": Y(licence_no, "license|certificate"),
            "issuing_authority": G(
                lambda f: f.pick(["RYA", "Lučka kapetanija Split", "DSV", "Hellenic Coast Guard", "KNWV"])
            ),
            "issue_date": G(lambda f: date(f, f.r.randint(2005, 2024))),
            "expiry_date": G(lambda f: f.pick(["", date(f, f.r.randint(2026, 2030))])),
            "vhf_certificate_number": Y(vhf_cert, "certificate"),
            "has_src": G(lambda f: f.pick([True, False])),
            "skipper_name": Y(full_name, "name"),
            "sailing_experience_years": G(lambda f: f.r.randint(1, 40)),
            "miles_logged": G(lambda f: f.r.randint(200, 30000)),
            "licence_scan_uploaded": G(lambda f: True),
            "verification_status": G(lambda f: f.pick(["pending", "approved", "rejected"])),
        },
    ),
    (
        "identify",
        None,
        ("web", "ios", "android"),
        56,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(home_city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(
                    lambda f: f.pick(["Germany", "United Kingdom", "Austria", "Poland", "Croatia", "USA"])
                ),
            },
            "birthday": Y(lambda f: dob(f, "iso"), "birthdate"),
            "nationality": Y(nationality_code, "citizenship"),
            "preferredLanguage": G(lambda f: f.pick(["en", "de", "hr", "el", "pl", "cs"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "createdAt": G(iso),
            "loyaltyTier": G(lambda f: f.pick(["deckhand", "first mate", "captain"])),
            "loyaltyNumber": G(lambda f: f"BWC{f.digits(8)}"),
            "totalCharters": G(lambda f: f.r.randint(0, 14)),
            "company": G(
                lambda f: f.pick(["Siemens AG", "Deloitte", "", "self-employed", "KPMG", "Rimac Automobili"])
            ),
            "title": G(lambda f: f.pick(["Engineer", "Dentist", "Product Manager", "Teacher", "", "CFO"])),
            "avatar": Y(lambda f: f"https://cdn.bluewake.example/avatars/{f.uuid()}.jpg", "photo"),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "partnered", ""])),
        },
    ),
    ("alias", None, ("web", "ios"), 16, {}),
    (
        "group",
        None,
        ("web", "python"),
        24,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Jadranski jedriličarski klub",
                        "Siemens Sailing Club",
                        "Yacht Club Wannsee",
                        "Deloitte Regatta Team",
                        "Ionian Sailors Association",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["sports club", "consulting", "engineering"])),
            "employees": G(lambda f: f.r.randint(12, 5000)),
            "plan": G(lambda f: f.pick(["corporate", "club"])),
            "company_oib": G(oib),
            "vat_number": G(lambda f: f.pick(["DE", "ATU", "HR", "EL"]) + f.digits(9)),
            "main_phone": G(lambda f: f.pick(["+385 21 398 600", "+49 30 2061 8850", "+30 210 985 3100"])),
            "contact_email": G(
                lambda f: f.pick(["info@jjk-split.example", "events@club.example", "regatta@company.example"])
            ),
            "headquarters": {
                "street": G(
                    lambda f: f.pick(["Uvala baluni 8", "Am Sandwerder 17", "Akti Themistokleous 2"])
                ),
                "city": G(lambda f: f.pick(["Split", "Berlin", "Piraeus"])),
                "country": G(lambda f: f.pick(["HR", "DE", "GR"])),
            },
            "website": G(lambda f: f.pick(["https://jjk-split.example", "https://club.example"])),
            "members": G(lambda f: f.r.randint(8, 900)),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ("web",),
        30,
        {
            "email": Y(email, "email"),
            "source": G(lambda f: f.pick(["footer", "exit_intent", "blog"])),
            "interests": Many(
                G(lambda f: f.pick(["croatia", "greece", "bvi", "sailing_school", "last_minute"])), 3
            ),
            "double_opt_in_sent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ("web",),
        30,
        {
            "full_name": Y(full_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "subject": G(lambda f: f.pick(["booking", "sailing_school", "berth", "other"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "6 adults and 2 kids, looking at a catamaran in the Cyclades, first week of July.",
                        "Is a transit log included in the price for Kornati?",
                        "Do you allow one-way charters from Split to Dubrovnik?",
                        "Which bases have catamarans with watermakers?",
                        "Can we bring our dog aboard?",
                    ]
                )
            ),
            "consent_privacy": G(lambda f: True),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ("web", "ios"),
        34,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": G(lambda f: "user"),
            "channel": G(lambda f: f.pick(["messenger", "in_app"])),
            "text": Y(chat_text, "phone", True),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Gift Voucher Purchased",
        ("web",),
        24,
        {
            "voucher_id": G(lambda f: f"GV-{f.digits(6)}"),
            "amount": G(lambda f: f.pick([250, 500, 1000])),
            "currency": G(lambda f: "EUR"),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(full_name, "name"),
            "personal_message": G(
                lambda f: f.pick(
                    [
                        "Happy birthday! Fair winds and following seas.",
                        "For our anniversary ⛵",
                        "Congrats on the new job!",
                        "",
                    ]
                )
            ),
            "delivery_date": G(lambda f: date(f)),
            "design": G(lambda f: f.pick(["lighthouse", "sunset", "classic"])),
        },
    ),
    (
        "track",
        "Review Submitted",
        ("web",),
        30,
        {
            "booking_id": G(booking_ref),
            "rating": G(lambda f: f.r.randint(2, 5)),
            "review_title": G(
                lambda f: f.pick(["Great week", "Perfect boat", "Some issues", "Will come back"])
            ),
            "review_text": G(review_text),
            "reviewer_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "boat_name": G(lambda f: f.pick(BOAT_NAMES)),
            "base": G(base),
            "charter_week": G(lambda f: f"2025-W{f.r.randint(18, 42)}"),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Quote Form Field Filled",
        ("web",),
        36,
        {
            "form_id": G(lambda f: "quote_request_v3"),
            "field": {
                "name": G(lambda f: f.pick(["email", "phone"])),
                "type": G(lambda f: f.pick(["text", "tel", "email"])),
                "value": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            },
            "time_to_fill_ms": G(lambda f: f.r.randint(800, 22000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Chatbot Message Sent",
        ("web",),
        30,
        {
            "bot": G(lambda f: "bluewake-helper"),
            "session_id": G(lambda f: f.uuid()),
            "input": Y(chatbot_input, "email", True),
            "intent": G(lambda f: f.pick(["booking_help", "invoice", "crew_list", "extras"])),
            "confidence": G(lambda f: round(f.r.uniform(0.3, 0.99), 2)),
        },
    ),
    (
        "track",
        "Accessibility Request Submitted",
        ("web",),
        20,
        {
            "booking_id": G(booking_ref),
            "requires_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "visual_impairment": RED(lambda f: f.pick([True, False]), "disability"),
            "assistance_dog": RED(lambda f: f.pick([True, False]), "disability"),
            "dietary_preference": Y(
                lambda f: f.pick(["none", "vegetarian", "vegan", "halal", "kosher"]), "religion"
            ),
            "preferred_contact": G(lambda f: f.pick(["email", "phone", "whatsapp"])),
        },
    ),
    # ---- guest app during the charter ---------------------------------------------------------------
    (
        "screen",
        "Boarding Pass",
        ("ios", "android"),
        40,
        {
            "booking_id": G(booking_ref),
            "berth_number": G(lambda f: f"{f.pick('ABCDE')}-{f.r.randint(1, 40)}"),
            "boat_name": G(lambda f: f.pick(BOAT_NAMES)),
            "base_name": G(base),
            "days_to_departure": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Check-in Completed",
        ("ios", "android"),
        36,
        {
            "booking_id": G(booking_ref),
            "boat_name": G(lambda f: f.pick(BOAT_NAMES)),
            "checkin_time": G(iso),
            "checkin_agent_name": Y(lambda f: full_name(f, ["HR", "GR", "GB", "US"]), "name"),
            "fuel_level_pct": G(lambda f: f.pick([100, 100, 90, 75])),
            "water_tank_pct": G(lambda f: f.pick([100, 80, 60])),
            "damages_found": G(lambda f: f.pick([True, False])),
            "damage_count": G(lambda f: f.r.randint(0, 4)),
            "checklist_items_ok": G(lambda f: f.r.randint(40, 62)),
            "notes": G(inspection_note),
            "signature_captured": G(lambda f: True),
            "signed_by": Y(full_name, "name"),
            "key_box_code": RED(lambda f: f.digits(4), "secret"),
            "deposit_status": G(lambda f: f.pick(["preauthorised", "paid", "waived"])),
        },
    ),
    (
        "track",
        "Provisioning Order Completed",
        ("ios", "android"),
        40,
        {
            "order_id": G(lambda f: f"PRV{f.digits(7)}"),
            "total": G(lambda f: f.money(60, 900)),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "products": Many(provision_product(), 6),
            "delivery": {
                "marina_name": G(base),
                "berth": G(lambda f: f"{f.pick('ABCDE')}-{f.r.randint(1, 40)}"),
                "boat_name": G(lambda f: f.pick(BOAT_NAMES)),
                "delivery_date": G(lambda f: date(f)),
                "window": G(lambda f: f.pick(["09:00-12:00", "12:00-15:00", "15:00-18:00"])),
            },
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "shellfish", "gluten", "lactose", "sesame"]), "allergy"), 2
            ),
            "special_requests": G(
                lambda f: f.pick(["extra ice, 2 bags", "deliver before 16:00", "sparkling not still", ""])
            ),
            "contact_phone": Y(phone, "phone"),
            "tip": G(lambda f: f.pick([0, 5, 10])),
        },
    ),
    (
        "track",
        "Product Added",
        ("ios", "android"),
        44,
        {"cart_id": G(lambda f: f.uuid()), **provision_product()},
    ),
    (
        "track",
        "Weather Alert Viewed",
        ("ios", "flutter"),
        40,
        {
            "area": G(
                lambda f: f.pick(
                    ["Central Dalmatia", "Kvarner", "Saronic Gulf", "Ionian Sea", "Sir Francis Drake Channel"]
                )
            ),
            "wind_bft": G(lambda f: f.r.randint(3, 9)),
            "gust_kn": G(lambda f: f.r.randint(12, 55)),
            "wind_direction": G(lambda f: f.pick(["NE (bura)", "SE (jugo)", "N (meltemi)", "E"])),
            "warning_level": G(lambda f: f.pick(["yellow", "orange", "red"])),
            "provider": G(lambda f: f.pick(["DHMZ", "Meteo.gr", "Windy", "NOAA"])),
            "station": {
                "name": G(lambda f: f.pick(["Split-Marjan", "Hvar", "Lefkada", "Beef Island"])),
                "lat": G(lambda f: f.pick([43.5081, 43.1714, 38.8333, 18.4446])),
                "lon": G(lambda f: f.pick([16.4266, 16.4431, 20.7167, -64.5431])),
            },
            "valid_until": G(iso),
        },
    ),
    (
        "track",
        "Anchorage Searched",
        ("android", "flutter"),
        36,
        {
            "query": G(lambda f: f.pick([*ANCHORAGES, "fuel", "water", "restaurant buoy"])),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "map_center": {
                "lat": G(lambda f: f.pick([43.17, 42.77, 38.71, 18.45])),
                "lon": G(lambda f: f.pick([16.44, 16.65, 20.64, -64.62])),
            },
            "map_zoom": G(lambda f: f.r.randint(8, 15)),
            "filter": G(lambda f: f.pick(["anchorage", "buoys", "marina", "all"])),
        },
    ),
    (
        "track",
        "Position Reported",
        ("flutter", "ios"),
        80,
        {
            "booking_id": G(booking_ref),
            "lat": Y(adriatic_lat, "geolocation"),
            "lng": Y(adriatic_lon, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 40)),
            "sog_kn": G(lambda f: round(f.r.uniform(0, 9), 1)),
            "cog_deg": G(lambda f: f.r.randint(0, 359)),
            "anchored": G(lambda f: f.pick([True, False])),
            "battery_pct": G(lambda f: f.r.randint(5, 100)),
            "recorded_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ("android", "ios"),
        28,
        {
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
            },
            "shore_contact_country": G(lambda f: f.pick(["DE", "GB", "AT", "PL"])),
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "OTP Verified",
        ("android", "ios"),
        30,
        {
            "phone_number": Y(phone, "phone"),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "success": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Crew Member Selected",
        ("rn", "ios"),
        30,
        {
            "screen": G(lambda f: f.pick(["watch_schedule", "galley_rota"])),
            "option": {"label": Y(full_name, "name", True), "value": G(lambda f: f"crew_{f.digits(6)}")},
            "index": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    # ---- base staff tablet ---------------------------------------------------------------------------
    (
        "track",
        "Check-out Inspection Completed",
        ("staff",),
        36,
        {
            "booking_id": G(booking_ref),
            "boat_name": G(lambda f: f.pick(BOAT_NAMES)),
            "inspector": {
                "id": G(lambda f: f"stf_{f.digits(4)}"),
                "name": Y(lambda f: full_name(f, ["HR", "GR", "GB"]), "name"),
                "email": Y(work_email, "email"),
            },
            "diver_check_done": G(lambda f: f.pick([True, False])),
            "hull_damage": G(lambda f: f.pick([True, False])),
            "damage_items": Many(
                {
                    "part": G(
                        lambda f: f.pick(
                            ["gelcoat port bow", "propeller", "dinghy", "bimini", "anchor windlass", "fender"]
                        )
                    ),
                    "severity": G(lambda f: f.pick(["minor", "moderate", "major"])),
                    "estimated_cost_eur": G(lambda f: f.r.randint(20, 4000)),
                    "photo_url": G(lambda f: f"https://cdn.bluewake.example/inspections/{f.hexid(12)}.jpg"),
                },
                3,
            ),
            "fuel_refill_litres": G(lambda f: f.r.randint(0, 180)),
            "late_return_minutes": G(lambda f: f.pick([0, 0, 15, 45, 120])),
            "deposit_action": G(lambda f: f.pick(["release", "partial_withhold", "withhold"])),
            "notes": G(inspection_note),
        },
    ),
    (
        "screen",
        "Fleet Board",
        ("staff",),
        24,
        {
            "boats_out": G(lambda f: f.r.randint(0, 60)),
            "boats_returning_today": G(lambda f: f.r.randint(0, 25)),
            "base_name": G(base),
        },
    ),
    # ---- marina berths -------------------------------------------------------------------------------
    (
        "track",
        "Berth Reservation Requested",
        ("web",),
        40,
        {
            "marina_id": G(lambda f: f"mar_{f.r.randint(10, 60)}"),
            "marina_name": G(base),
            "arrival_date": G(lambda f: date(f)),
            "nights": G(lambda f: f.r.randint(1, 14)),
            "loa_m": G(lambda f: round(f.r.uniform(8, 24), 2)),
            "beam_m": G(lambda f: round(f.r.uniform(2.8, 7.5), 2)),
            "draft_m": G(lambda f: round(f.r.uniform(1.2, 2.8), 2)),
            "boat": {
                "name": G(lambda f: f.pick(BOAT_NAMES)),
                "type": G(lambda f: f.pick(["sailing", "motor", "catamaran"])),
                "registration": Y(registration, "license"),
                "flag": G(lambda f: f.pick(["HR", "DE", "AT", "GB", "GR", "IT", "SI"])),
                "mmsi": Y(mmsi, "serial"),
                "hin": Y(hin, "serial"),
                "call_sign": Y(call_sign, "license"),
            },
            "owner": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "insurance": {
                "provider": G(
                    lambda f: f.pick(["Pantaenius", "Allianz", "Croatia osiguranje", "Navigators"])
                ),
                "policy_number": Y(policy_no, "identification"),
                "valid_until": G(lambda f: date(f, 2026)),
            },
            "needs_shore_power": G(lambda f: f.pick([True, False])),
            "pets_aboard": G(lambda f: f.pick([True, False])),
            "pet": {
                "name": G(lambda f: f.pick(["Bruno", "Luna", "Max", "Fifi"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
            },
        },
    ),
    (
        "track",
        "Berth Reservation Confirmed",
        ("dotnet",),
        36,
        {
            "ReservationId": G(lambda f: f.r.randint(100000, 999999)),
            "MarinaCode": G(lambda f: f.pick(["ACI-SPL", "ACI-DBV", "MAR-GOU", "MAR-NCY"])),
            "PontoonBerth": G(lambda f: f"{f.pick('ABCDEFG')}-{f.r.randint(1, 60)}"),
            "ArrivalUtc": G(iso),
            "DepartureUtc": G(iso),
            "TotalPriceEur": G(lambda f: f.money(60, 2400)),
            "BoatName": G(lambda f: f.pick(BOAT_NAMES)),
            "BoatRegistration": Y(registration, "license"),
            "SkipperFullName": Y(full_name, "name"),
            "SkipperMobile": Y(phone, "phone"),
            "SkipperEmail": Y(email, "email"),
            "OwnerOib": RED(oib, "national id"),
            "VhfChannel": G(lambda f: f.pick([17, 16, 9])),
            "MarinaOfficePhone": G(
                lambda f: f.pick(["+385 21 398 548", "+385 20 455 020", "+30 26610 99000", "+1 284 394 2512"])
            ),
            "MarinaEmail": G(
                lambda f: f.pick(
                    ["m.split@aci-club.example", "reception@gouvia.example", "dockmaster@nannycay.example"]
                )
            ),
            "InvoiceNumber": G(lambda f: f"R-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "IsReturningCustomer": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- deposits and damage -------------------------------------------------------------------------
    (
        "track",
        "Security Deposit Preauthorised",
        ("node",),
        40,
        {
            "booking_id": G(booking_ref),
            "amount": G(lambda f: f.pick([1500, 2000, 2500, 3000, 4000])),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "payment_intent_id": G(lambda f: stripe_id(f, "pi_")),
            "payment_method_id": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "customer_id": G(lambda f: stripe_id(f, "cus_", 14)),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
                "country": G(lambda f: f.pick(["DE", "GB", "US", "AT", "PL"])),
                "masked_pan": G(lambda f: (f.pick(["4", "51", "55"]) + _d(f, 5))[:6] + "******" + _d(f, 4)),
            },
            "three_d_secure": G(lambda f: f.pick(["authenticated", "attempted", "not_supported"])),
            "risk_score": G(lambda f: f.r.randint(0, 99)),
            "cardholder_name": Y(full_name, "name"),
            "billing_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Security Deposit Released",
        ("node",),
        36,
        {
            "booking_id": G(booking_ref),
            "amount_released": G(lambda f: f.pick([0, 1500, 2000, 2500])),
            "amount_withheld": G(lambda f: f.pick([0, 0, 150, 480, 1200])),
            "reason": G(lambda f: f.pick(["no_damage", "damage", "fuel", "late_return", "cleaning"])),
            "refund_method": G(lambda f: f.pick(["card_release", "bank_transfer"])),
            "refund_iban": RED(iban, "bank account"),
            "note": RED(refund_note, "bank account", True),
            "processed_by": G(lambda f: f"stf_{f.digits(4)}"),
        },
    ),
    (
        "track",
        "Payment Failed",
        ("php",),
        20,
        {
            "booking_id": G(booking_ref),
            "gateway": G(lambda f: f.pick(["CorvusPay", "WSPay", "Piraeus e-Commerce"])),
            "error_code": G(lambda f: f.pick(["05", "51", "54", "91"])),
            "error_message": G(
                lambda f: f.pick(
                    ["Do not honour", "Insufficient funds", "Expired card", "Issuer unavailable"]
                )
            ),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "amount": G(lambda f: f.money(200, 4000)),
            "retry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Damage Claim Opened",
        ("java",),
        30,
        {
            "claim_number": G(lambda f: f"DC-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "booking_id": G(booking_ref),
            "boat_name": G(lambda f: f.pick(BOAT_NAMES)),
            "incident_date": G(lambda f: date(f)),
            "incident_position": Y(lambda f: f"{adriatic_lat(f)}, {adriatic_lon(f)}", "geolocation"),
            "description": G(
                lambda f: f.pick(
                    [
                        "Scratched gelcoat on port side while mooring stern-to",
                        "Propeller hit a rock entering the bay, vibration at 1800 rpm",
                        "Dinghy lost overnight, painter chafed through",
                        "Torn genoa in 35 kn gusts",
                    ]
                )
            ),
            "estimated_cost": G(lambda f: f.r.randint(150, 9000)),
            "insurer": G(lambda f: f.pick(["Pantaenius", "Croatia osiguranje", "Interasco", "Navigators"])),
            "insurance_policy_number": Y(policy_no, "identification"),
            "deposit_insurance": G(lambda f: f.pick([True, False])),
            "reported_by": {
                "staff_id": G(lambda f: f"stf_{f.digits(4)}"),
                "name": Y(lambda f: full_name(f, ["HR", "GR"]), "name"),
                "role": G(lambda f: f.pick(["base_manager", "technician"])),
            },
            "skipper_licence_number": Y(licence_no, "license|certificate"),
        },
    ),
    (
        "track",
        "Damage Claim Settled",
        ("java",),
        20,
        {
            "claim_number": G(lambda f: f"DC-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "settled_amount": G(lambda f: f.r.randint(0, 9000)),
            "settlement_type": G(lambda f: f.pick(["deposit", "insurance", "waiver", "goodwill"])),
            "days_open": G(lambda f: f.r.randint(1, 90)),
        },
    ),
    # ---- AIS ingestion --------------------------------------------------------------------------------
    (
        "track",
        "AIS Position Received",
        ("go",),
        80,
        {
            "mmsi": Y(mmsi, "serial"),
            "vessel_name": G(lambda f: f.pick(BOAT_NAMES).upper()),
            "call_sign": Y(call_sign, "license"),
            "latitude": Y(adriatic_lat, "geolocation"),
            "longitude": Y(adriatic_lon, "geolocation"),
            "geohash": Y(geohash, "geolocation"),
            "sog": G(lambda f: round(f.r.uniform(0, 9), 1)),
            "cog": G(lambda f: round(f.r.uniform(0, 359.9), 1)),
            "nav_status": G(
                lambda f: f.pick(["under_way_sailing", "at_anchor", "moored", "under_way_engine"])
            ),
            "received_at": G(lambda f: f.epoch_ms()),
            "source": G(lambda f: f.pick(["aisstream", "marinetraffic", "onboard_b"])),
            "booking_id": G(booking_ref),
            "on_charter": G(lambda f: True),
        },
    ),
    # ---- sailing school -------------------------------------------------------------------------------
    (
        "track",
        "Course Enrolled",
        ("ruby", "rn"),
        40,
        {
            "enrollment_id": G(lambda f: f.uuid()),
            "course_code": G(
                lambda f: (
                    f"{f.pick(['RYA-CC', 'RYA-DS', 'RYA-CS', 'ICC-PREP'])}-2025-{f.r.randint(1, 40):02d}"
                )
            ),
            "course_name": G(
                lambda f: f.pick(
                    ["Competent Crew", "Day Skipper Practical", "Coastal Skipper", "ICC Preparation"]
                )
            ),
            "level": G(lambda f: f.pick(["beginner", "intermediate", "advanced"])),
            "start_date": G(lambda f: date(f)),
            "location": G(lambda f: f.pick(["Lefkada", "Split", "Tortola", "Athens"])),
            "price": G(lambda f: f.pick([690, 890, 1190, 1490])),
            "student": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(lambda f: dob(f, "eu", 1960, 2009), "birthdate"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "nationality": Y(nationality, "citizenship"),
                "age": G(lambda f: f.r.randint(16, 65)),
            },
            "can_swim_50m": G(lambda f: f.pick([True, True, False])),
            "medical": {
                "has_medical_condition": Y(lambda f: f.pick([True, False]), "condition"),
                "conditions": Many(
                    Y(
                        lambda f: f.pick(["asthma", "type 1 diabetes", "epilepsy", "hypertension"]),
                        "condition",
                    ),
                    2,
                ),
                "medications": Many(
                    Y(
                        lambda f: f.pick(
                            ["salbutamol inhaler", "insulin", "lamotrigine", "scopolamine patch"]
                        ),
                        "medication",
                    ),
                    2,
                ),
                "epilepsy": Y(lambda f: f.pick([True, False, False]), "condition"),
                "pregnant": Y(lambda f: f.pick([False, False, True]), "condition"),
            },
            "emergency_contact": {"name": Y(full_name, "name"), "phone": Y(phone, "phone")},
            "membership_number": G(lambda f: f.pick(["", f"RYA{f.digits(7)}", f"{f.digits(8)}"])),
            "instructor": {
                "name": Y(lambda f: full_name(f, ["GR", "GB", "HR"]), "name"),
                "hourly_rate": Y(lambda f: f.pick([22, 25, 28, 32, 35]), "salary"),
            },
            "ehic_number": RED(ehic, "health id"),
            "travel_insurance_policy": Y(policy_no, "identification"),
        },
    ),
    (
        "track",
        "Course Completed",
        ("ruby",),
        30,
        {
            "enrollment_id": G(lambda f: f.uuid()),
            "course_name": G(
                lambda f: f.pick(["Competent Crew", "Day Skipper Practical", "Coastal Skipper"])
            ),
            "certificate_number": Y(
                lambda f: f.pick([f"C{f.digits(9)}", f"RYA-{f.digits(8)}", f"ICC-{_up(f, 2)}-{f.digits(6)}"]),
                "certificate",
            ),
            "passed": G(lambda f: f.pick([True, True, False])),
            "grade": G(lambda f: f.pick(["pass", "merit", "distinction", "not yet"])),
            "miles_logged": G(lambda f: f.r.randint(100, 600)),
            "night_hours": G(lambda f: f.r.randint(0, 12)),
            "instructor_comments": G(
                lambda f: f.pick(
                    [
                        "Good helming under sail, practise MOB drill",
                        "Confident in close-quarters handling",
                        "Needs more work on passage planning",
                        "Excellent crew member, ready for Day Skipper",
                    ]
                )
            ),
        },
    ),
    # ---- skipper onboarding (HR backend) --------------------------------------------------------------
    (
        "track",
        "Skipper Onboarded",
        ("python",),
        28,
        {
            "skipper_id": G(lambda f: f"skp_{f.digits(5)}"),
            "full_name": Y(full_name, "name"),
            "date_of_birth": Y(lambda f: dob(f, "iso", 1960, 2002), "birthdate"),
            "home_address": Y(full_address, "address"),
            "tax_id_type": G(lambda f: f.pick(["OIB", "AFM", "SSN"])),
            "tax_id": RED(tax_id, "national id|social security number"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "day_rate_eur": Y(lambda f: f.pick([160, 180, 200, 220, 250]), "salary"),
            "payout_iban": RED(iban, "bank account"),
            "right_to_work": RED(
                lambda f: f.pick(["EU citizen", "work permit", "BVI work permit pending"]), "visa"
            ),
            "needs_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "licence_number": Y(licence_no, "license|certificate"),
            "languages": Many(G(lambda f: f.pick(["en", "hr", "de", "el", "it"])), 3),
            "years_experience": G(lambda f: f.r.randint(2, 35)),
            "home_base": G(base),
            "marital_status": G(lambda f: f.pick(["married", "single", "divorced"])),
            "employer": G(lambda f: f.pick(["freelance", "Bluewake Split d.o.o.", "Bluewake BVI Ltd"])),
        },
    ),
    # ---- more guest-facing flows -------------------------------------------------------------------
    (
        "track",
        "Junior Course Enrolled",
        ("web",),
        30,
        {
            "enrollment_id": G(lambda f: f.uuid()),
            "course_name": G(
                lambda f: f.pick(["Optimist Summer Camp", "Junior Sailing Week", "Opti Racing Clinic"])
            ),
            "week": G(lambda f: f"2025-W{f.r.randint(26, 34)}"),
            "child": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(lambda f: dob(f, "iso", 2011, 2019), "birthdate"),
                "age": G(lambda f: f.r.randint(6, 14)),
                "school_year": G(lambda f: f.r.randint(1, 8)),
                "swim_level": G(lambda f: f.pick(["none", "25m", "50m", "confident"])),
                "allergies": Many(
                    Y(lambda f: f.pick(["bee stings", "peanuts", "penicillin", "kiwi"]), "allergy"), 2
                ),
                "tshirt_size": G(lambda f: f.pick(["XS", "S", "M"])),
            },
            "parent_guardian": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "guardian", "grandparent"])),
            },
            "pickup_authorised": Many({"name": Y(full_name, "name"), "phone": Y(phone, "phone")}, 2),
            "photo_consent": G(lambda f: f.pick([True, False])),
            "siblings_enrolled": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Visa Letter Requested",
        ("web",),
        24,
        {
            "booking_id": G(booking_ref),
            "passport_number": RED(lambda f: passport(f, ["IN", "TR", "NG", "BR", "IL"]), "passport"),
            "nationality": Y(lambda f: nationality(f, ["IN", "TR", "NG"]), "citizenship"),
            "date_of_birth": Y(lambda f: dob(f, "iso"), "birthdate"),
            "schengen_visa_required": RED(lambda f: f.pick([True, False]), "visa"),
            "embassy_city": G(lambda f: f.pick(["New Delhi", "Ankara", "Abuja", "Mumbai", "Istanbul"])),
            "letter_language": G(lambda f: f.pick(["en", "hr", "el"])),
        },
    ),
    (
        "track",
        "SOS Button Pressed",
        ("android", "ios"),
        20,
        {
            "booking_id": G(booking_ref),
            "position": {
                "latitude": Y(adriatic_lat, "geolocation"),
                "longitude": Y(adriatic_lon, "geolocation"),
            },
            "what3words": Y(
                lambda f: (
                    "///"
                    + ".".join(
                        f.pick(
                            ["filled", "count", "soap", "harbor", "lamp", "vivid", "sails", "mango", "quiet"]
                        )
                        for _ in range(3)
                    )
                ),
                "geolocation",
            ),
            "reporter_phone": Y(phone, "phone"),
            "emergency_type": G(
                lambda f: f.pick(["engine_failure", "medical", "grounding", "man_overboard", "test"])
            ),
            "persons_aboard": G(lambda f: f.r.randint(2, 12)),
            "vhf_channel": G(lambda f: 16),
        },
    ),
    (
        "track",
        "Crew Invite Sent",
        ("ios", "android"),
        30,
        {
            "booking_id": G(booking_ref),
            "invitee": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "invite_channel": G(lambda f: f.pick(["email", "link"])),
            "invites_count": G(lambda f: f.r.randint(1, 9)),
            "invite_expires_at": G(iso),
        },
    ),
    (
        "track",
        "Referral Shared",
        ("ios", "android"),
        24,
        {
            "share_channel": G(lambda f: "sms"),
            "recipient": Y(phone, "phone", True),
            "referral_code": G(lambda f: f"SAIL-{_up(f, 5, string.ascii_uppercase + string.digits)}"),
            "reward_eur": G(lambda f: f.pick([50, 100])),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ("node",),
        30,
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "metadata": {
                "display_phone_number": G(lambda f: f.pick(["385 21 555 010", "30 210 555 0199"])),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "contacts": Many(
                {"profile": {"name": Y(full_name, "name")}, "wa_id": Y(lambda f: e164(f)[1:], "phone", True)},
                1,
            ),
            "messages": Many(
                {
                    "from": Y(lambda f: e164(f)[1:], "phone", True),
                    "id": G(lambda f: "wamid.HBgL" + f.hexid(40).upper()),
                    "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                    "type": G(lambda f: "text"),
                    "text": {
                        "body": G(
                            lambda f: f.pick(
                                [
                                    "Do you have a berth for a 12m sailboat tonight?",
                                    "What time does the fuel station close?",
                                    "Is there a laundry at the marina?",
                                    "Can we arrive after 22:00?",
                                ]
                            )
                        )
                    },
                },
                1,
            ),
        },
    ),
    # ---- auth -----------------------------------------------------------------------------------------
    (
        "track",
        "Sign-in Link Requested",
        ("node",),
        30,
        {
            "email": Y(email, "email"),
            "token": RED(
                lambda f: "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(43)),
                "token",
            ),
            "link_expires_at": G(iso),
            "redirect_path": G(lambda f: f.pick(["/my-trips", "/checkout", "/my-trips/crew-list"])),
        },
    ),
    (
        "track",
        "Registracija Korisnika",
        ("php",),
        20,
        {
            "korisnicko_ime": Y(lambda f: ascii_fold(first(f)) + str(f.r.randint(1, 99)), "name"),
            "email": Y(email, "email"),
            "lozinka": RED(
                lambda f: f.pick(["Jedro2024!", "plavi_val#7", "Hvar.ljeto25", "Bura!Bura!9"]), "password"
            ),
            "ponovi_lozinku_ok": G(lambda f: True),
            "jezik": G(lambda f: f.pick(["hr", "en"])),
            "uvjeti_prihvaceni": G(lambda f: True),
        },
    ),
    # ---- Croatian backend -----------------------------------------------------------------------------
    (
        "track",
        "Popis Posade Prijavljen",
        ("java",),
        30,
        {
            "broj_rezervacije": G(booking_ref),
            "naziv_plovila": G(lambda f: f.pick(BOAT_NAMES)),
            "registarska_oznaka": Y(registration, "license"),
            "luka_polaska": G(lambda f: f.pick(["Split", "Kaštela", "Šibenik", "Sukošan", "Dubrovnik"])),
            "datum_isplovljenja": G(lambda f: date(f, fmt="hr")),
            "boravisna_pristojba": G(lambda f: f.money(10, 120)),
            "clanovi_posade": Many(
                {
                    "ime": Y(first, "name"),
                    "prezime": Y(last, "name"),
                    "datum_rodjenja": Y(lambda f: dob(f, "hr", 1950, 2020), "birthdate"),
                    "drzavljanstvo": Y(nationality_code, "citizenship"),
                    "mjesto_rodjenja": Y(home_city, "city"),
                    "spol": Y(lambda f: f.pick(["M", "Ž"]), "gender|sex"),
                    "broj_putovnice": RED(passport, "passport"),
                    "uloga": G(lambda f: f.pick(["skiper", "član posade"])),
                },
                8,
            ),
            "status_prijave": G(lambda f: f.pick(["poslano", "potvrđeno", "greška"])),
        },
    ),
    (
        "track",
        "Racun Izdan",
        ("java",),
        30,
        {
            "broj_racuna": G(lambda f: f"{f.r.randint(1, 9999)}/POS{f.r.randint(1, 4)}/1"),
            "jir": G(lambda f: f.uuid()),
            "zki": G(lambda f: f.hexid(32)),
            "kupac_naziv": Y(full_name, "name"),
            "kupac_oib": RED(oib, "national id"),
            "oib_operatera": RED(oib, "national id"),
            "iznos": G(lambda f: f.money(50, 9000)),
            "pdv": G(lambda f: f.money(5, 900)),
            "nacin_placanja": G(lambda f: f.pick(["K", "T", "G"])),
            "oznaka_poslovnog_prostora": G(lambda f: f.pick(["SPLIT1", "KASTELA", "DBV2"])),
        },
    ),
    (
        "identify",
        None,
        ("php",),
        24,
        {
            "ime": Y(first, "name"),
            "prezime": Y(last, "name"),
            "mobitel": Y(lambda f: phone(f, ["HR"]), "phone"),
            "adresa": Y(lambda f: street(f, ["HR"]), "address"),
            "grad": Y(lambda f: home_city(f, ["HR"]), "city"),
            "postanski_broj": Y(lambda f: postcode(f, ["HR"]), "zipcode"),
            "oib": RED(oib, "national id"),
            "datum_registracije": G(lambda f: date(f, 2024, "hr")),
            "broj_najmova": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    # ---- Greek backend --------------------------------------------------------------------------------
    (
        "track",
        "Charter Contract Signed",
        ("php",),
        30,
        {
            "arithmos_symvolaiou": G(lambda f: f"ΣΥΜ-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "onoma": Y(first, "name"),
            "eponymo": Y(last, "name"),
            "patronymo": Y(lambda f: f.pick(FATHERS), "name"),
            "imerominia_gennisis": Y(lambda f: dob(f, "eu"), "birthdate"),
            "arithmos_diavatiriou": RED(passport, "passport"),
            "afm": RED(afm, "national id"),
            "ypikootita": Y(nationality, "citizenship"),
            "tilefono": Y(phone, "phone"),
            "diefthynsi": Y(street, "address"),
            "poli": Y(home_city, "city"),
            "tk": Y(postcode, "zipcode"),
            "skafos": G(lambda f: f.pick(BOAT_NAMES)),
            "limani_anachorisis": G(lambda f: f.pick(["Alimos", "Lefkada", "Gouvia", "Kos"])),
            "poso_egyisis": G(lambda f: f.pick([1500, 2000, 2500])),
        },
    ),
    (
        "track",
        "Transit Log Issued",
        ("dotnet",),
        24,
        {
            "Αριθμός Αίτησης": G(lambda f: f"{f.r.randint(2024, 2025)}/{f.digits(6)}"),
            "Όνομα Σκάφους": G(lambda f: f.pick(BOAT_NAMES)),
            "Σημαία": G(lambda f: f.pick(["GR", "MT", "PL"])),
            "Όνομα Πλοιάρχου": Y(
                lambda f: f.pick([full_name(f), "Γιώργος Παπαδόπουλος", "Ελένη Γεωργίου", "Νίκος Οικονόμου"]),
                "name",
            ),
            "Αριθμός Διπλώματος": Y(licence_no, "license|certificate"),
            "Λιμάνι Εκκίνησης": G(lambda f: f.pick(["Άλιμος", "Λευκάδα", "Κέρκυρα", "Κως"])),
            "Αριθμός Επιβαινόντων": G(lambda f: f.r.randint(2, 10)),
            "Ημερομηνία": G(lambda f: date(f, fmt="hr")),
        },
    ),
    # ---- warehouse / vendors ----------------------------------------------------------------------------
    (
        "identify",
        None,
        ("python",),
        36,
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "DOB": Y(lambda f: dob(f, "iso"), "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["25-34", "35-44", "45-54", "55-64"])),
            "HOME_COUNTRY": G(lambda f: f.pick(["DE", "GB", "AT", "PL", "US", "CZ"])),
            "LIFETIME_CHARTERS": G(lambda f: f.r.randint(1, 14)),
            "LTV_EUR": G(lambda f: f.money(2000, 90000)),
            "LAST_CHARTER_DATE": G(lambda f: date(f, 2024)),
            "PREFERRED_BASE": G(base),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "IS_REPEAT_GUEST": G(lambda f: f.pick([True, False])),
            "LOYALTY_ID": G(lambda f: f"BWC{f.digits(8)}"),
        },
    ),
    (
        "track",
        "Booking Manager Sync",
        ("node",),
        36,
        {
            "reservation-id": G(lambda f: f.digits(10)),
            "yacht-id": G(lambda f: f.digits(9)),
            "yacht-name": G(lambda f: f.pick(BOAT_NAMES)),
            "base-from": G(base),
            "base-to": G(base),
            "date-from": G(lambda f: date(f) + " 17:00"),
            "date-to": G(lambda f: date(f) + " 09:00"),
            "client-name": Y(full_name, "name"),
            "client-email": Y(email, "email"),
            "client-phone": Y(phone, "phone"),
            "agency-name": G(
                lambda f: f.pick(
                    ["Sail Adria GmbH", "Yachtcharter Nord", "Seascape Travel Ltd", "Żagle Travel"]
                )
            ),
            "agency-email": G(
                lambda f: f.pick(
                    ["booking@sailadria.example", "charter@ycnord.example", "ops@seascape.example"]
                )
            ),
            "status": G(lambda f: f.pick(["option", "reservation", "cancelled"])),
            "price-eur": G(lambda f: f.r.randint(1800, 15000)),
            "option-expires": G(iso),
        },
    ),
    (
        "track",
        "Airport Transfer Booked",
        ("node", "ios"),
        30,
        {
            "transfer_id": G(lambda f: f"TR{f.digits(6)}"),
            "flight_number": G(
                lambda f: f.pick(["EW 9862", "U2 7513", "FR 1122", "A3 605", "LH 1714", "BA 2706"])
            ),
            "pickup_location": G(
                lambda f: f.pick(
                    [
                        "Split Airport (SPU)",
                        "Athens Airport (ATH)",
                        "Preveza Airport (PVK)",
                        "Beef Island (EIS)",
                    ]
                )
            ),
            "dropoff_location": G(base),
            "passengers": G(lambda f: f.r.randint(1, 12)),
            "lead_passenger_name": Y(full_name, "name"),
            "lead_passenger_phone": Y(phone, "phone"),
            "driver_name": Y(lambda f: full_name(f, ["HR", "GR"]), "name"),
            "driver_masked_phone": G(
                lambda f: f.pick(["+385 21 777 120", "+30 210 300 4412", "+1 284 340 0090"])
            ),
            "vehicle_plate": Y(
                lambda f: f.pick(
                    [
                        f"ST {f.r.randint(100, 9999)}-{_up(f, 2)}",
                        f"{_up(f, 3, 'ABEHIKMNOPTXYZ')}-{f.r.randint(1000, 9999)}",
                    ]
                ),
                "license",
            ),
            "vehicle_type": G(lambda f: f.pick(["sedan", "minivan", "minibus"])),
            "price": G(lambda f: f.pick([45, 60, 95, 140])),
        },
    ),
    (
        "track",
        "Support Call Completed",
        ("go",),
        30,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(e164, "phone"),
            "To": G(lambda f: f.pick(["+38521555010", "+302105550199", "+12845550101"])),
            "FromCountry": G(lambda f: f.pick(["HR", "DE", "GB", "US", "PL"])),
            "Direction": G(lambda f: "inbound"),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(15, 1800))),
            "queue": G(lambda f: f.pick(["bookings", "on_charter_emergency", "sailing_school"])),
            "agent_name": Y(lambda f: full_name(f, ["HR", "GR", "GB"]), "name"),
            "answered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ("go",),
        36,
        {
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@mail.bluewake.example>"),
            "to": Y(email, "email"),
            "from": G(lambda f: f.pick(["no-reply@bluewake.example", "charters@bluewake.example"])),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Your charter in Split is confirmed",
                        "Crew list reminder",
                        "Your deposit has been released",
                    ]
                )
            ),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "opened": G(lambda f: f.pick([True, False])),
            "clicks": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Offline Conversion Uploaded",
        ("python",),
        30,
        {
            "conversion_action": G(lambda f: f.pick(["booking_completed", "course_enrolled"])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(f.r.choice(string.ascii_letters + string.digits + "_-") for _ in range(60))
                ),
                "advertising id",
            ),
            "order_id": G(lambda f: f"ord_{f.hexid(16)}"),
            "conversion_value": G(lambda f: f.r.randint(600, 16000)),
            "currency_code": G(lambda f: "EUR"),
            "user_identifiers": {
                "hashed_email": Y(lambda f: f.hexid(64), "email"),
                "hashed_phone_number": Y(lambda f: f.hexid(64), "phone"),
            },
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "client_user_agent": G(user_agent),
            "event_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Marina Wi-Fi Session Started",
        ("php",),
        30,
        {
            "session_id": G(lambda f: f.hexid(24)),
            "client_mac": Y(lambda f: f.mac(), "mac"),
            "voucher_code": RED(lambda f: f"{_up(f, 4)}-{_up(f, 4)}", "token|secret"),
            "guest_email": Y(email, "email"),
            "marina": G(base),
            "ap_name": G(lambda f: f"AP-{f.pick(['PONTOON', 'OFFICE', 'FUEL'])}-{f.r.randint(1, 12)}"),
            "berth": G(lambda f: f"{f.pick('ABCDE')}-{f.r.randint(1, 40)}"),
            "bytes_down": G(lambda f: f.r.randint(10**5, 10**9)),
            "terms_accepted": G(lambda f: True),
        },
    ),
    (
        "track",
        "Booking Looked Up",
        ("web",),
        30,
        {
            "q": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "results": G(lambda f: f.r.randint(0, 5)),
            "agent_id": G(lambda f: f"stf_{f.digits(4)}"),
            "search_scope": G(lambda f: f.pick(["bookings", "guests", "all"])),
        },
    ),
    (
        "track",
        "Contact Method Added",
        ("android", "rn"),
        28,
        {
            "contact": {
                "type": G(lambda f: f.pick(["whatsapp", "sms", "viber"])),
                "value": Y(phone, "phone", True),
            },
            "is_primary": G(lambda f: f.pick([True, False])),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
]


def build(seed: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, event, clients, count, body in EVENTS:
        for _ in range(count):
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": iso(f),
                "anonymousId": f.uuid(),
                "userId": f"usr_{f.digits(8)}",
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = f"grp_{f.digits(6)}"
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            client = f.pick(list(clients))
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=298)
    write(Path(__file__).parent, "holdout298_", events, labels)
