"""Writes the fifty-first holdout: tests/corpus/holdout51_events.jsonl and holdout51_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' builders or labels, or any score; it has not been run through the engine. Only
build.py / fake.py (helpers) and build_holdout3.py (format) were read.

Domain: hotels and short-term rentals in Italy and Greece. A booking engine (analytics.js, the
e-commerce spec with rooms as products), a guest app (analytics-swift), a Greek guest app
(flutter), a host app (analytics-kotlin), a housekeeping app for cleaners (analytics-react-native)
and server traffic: an Italian backend in Python with Italian keys (nome, cognome, luogo_nascita,
codice_fiscale, documento, cittadinanza: the police 'alloggiati' registration), a Greek
partner's PMS with transliterated keys (onoma, eponymo, patronymo, afm, amka), a Node channel
manager (Airbnb / Booking.com shaped reservations), a Go smart-lock service with kebab-case keys
(keyless entry codes), a Java payments service (Stripe-shaped objects), a Ruby reviews service, a
PHP WordPress booking plugin, a .NET tourist-tax service with PascalCase keys, and a reverse-ETL
feed from the warehouse with SCREAMING_SNAKE keys. Identify, track, page, screen, group and alias
calls; companions and children, bookers, hosts, cleaners, receptionists, emergency contacts,
gift-voucher recipients; pets, rooms, properties and companies by name.

Conventions: mostly camelCase and snake_case English keys; about 15 % Italian, Greek
(transliterated), PascalCase, kebab-case and SCREAMING_SNAKE keys. Values come from many
countries: codici fiscali with a valid check character, Greek AFM (mod-11) and AMKA (Luhn) numbers,
IBANs with mod-97 check digits (IT, GR, DE, FR, NL, GB), Luhn card numbers, national phone formats,
identity documents in each country's format, names in Latin and Greek script.

Labelling rules (the product's defaults, as given in the brief):
- PII is personal data about a natural person (guest, companion, child, booker, host, cleaner,
  receptionist, recipient, emergency contact). Colours follow the reference's default matchers;
  outside them: red for credentials and secrets, card numbers, bank accounts, government ids and
  health; yellow otherwise (geolocation, advertising id).
- Green: ids we or a platform issue (booking references, Airbnb confirmation codes, Stripe
  customer ids, loyalty numbers), versions, timestamps, hashes of non-PII, amounts, counters,
  enums and booleans under PII-sounding keys, room / property / hotel / company / pet names
  (also when a property is named after a person, 'Villa Sofia'), places that are not the
  person's (a searched destination, a listing's own address and coordinates, the hotel's address), country,
  state / province, locale, timezone, currency, user agents, OS analytics device ids, ages and age
  bands, marital status, job titles and employers, a business's own phone / e-mail / address.
- Contested cases settled by the published policy: insurance policy numbers yellow
  `identification`; pay to a worker (a cleaner's hourly rate or per-job pay) yellow `salary`;
  vehicle plates yellow `license`; gclid / fbclid / fbp / fbc yellow `advertising id`; billing
  addresses yellow `address`; payment tokens, client secrets, one-time codes red `token|secret`.
- Decisions of this corpus where the policy is silent (what a careful privacy owner would want):
  * Keyless entry codes, lockbox codes and the property's Wi-Fi password are red (`secret`,
    `password`): they grant access to where the guest sleeps, whoever holds them.
  * An identity-document number whose type varies (ID card, passport, driving licence) is red
    `passport|national id|license` (the strictest kind present). A scan of an identity document
    (its URL) is red `photo|passport`; a guest's selfie is yellow `photo`; photos of a broken
    boiler or a room are green.
  * Place of birth (comune / city) is yellow `city`; its province and country of birth are green
    (state / country level); citizenship is yellow `citizenship`. A document's issuing authority
    (a Questura, a country code) and its expiry date are green, like a card's expiry.
  * Property registration numbers (Italian CIN / CIR, Greek AMA / MHTE) and a company's VAT
    number are green: issued to a property or a business.
  * SHA-256 hashes of an e-mail or phone sent for ad matching (Meta CAPI `em`, `ph`) are labelled
    as what they hash (yellow `email` / `phone`), since they exist to identify the person.
  * Dietary requirements (halal, kosher, gluten free, lactose free) are yellow
    `allergy|religion|condition`; a need for an accessible room or a disability exemption from
    the tourist tax is red `disability`; pregnancy in a spa questionnaire is yellow `condition`.
  * An image of the guest's signature (its URL) is yellow `photo`.
  * Twilio's FromCity (where the sender's number is registered) is yellow `city`.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`, `q`,
  `input`, `note`, `Body`, `input`, free text) and only the value reveals it. Every value of a
  value_only PII path holds that PII; free-text fields are labelled by what every value carries
  (`email|phone` when each value carries one or the other) and green when none does.
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people from many places ------------------------------------------------------------------------

NAMES = {
    "IT": (
        [
            "Giulia",
            "Marco",
            "Francesca",
            "Alessandro",
            "Chiara",
            "Lorenzo",
            "Sofia",
            "Matteo",
            "Elena",
            "Giuseppe",
            "Martina",
            "Davide",
            "Federica",
            "Salvatore",
            "Ilaria",
            "Gianluca",
        ],
        [
            "Rossi",
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
            "Lombardi",
            "Moretti",
            "Barbieri",
            "Fontana",
        ],
    ),
    "GR": (
        [
            "Georgios",
            "Maria",
            "Dimitrios",
            "Eleni",
            "Konstantinos",
            "Aikaterini",
            "Ioannis",
            "Vasiliki",
            "Nikolaos",
            "Sofia",
            "Panagiotis",
            "Despoina",
            "Christos",
            "Angeliki",
        ],
        [
            "Papadopoulos",
            "Papadopoulou",
            "Nikolaidis",
            "Georgiou",
            "Oikonomou",
            "Konstantinidis",
            "Karagiannis",
            "Vlachou",
            "Dimitriou",
            "Pappas",
            "Antoniou",
            "Makri",
            "Christodoulou",
        ],
    ),
    "DE": (
        ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Maximilian", "Katharina", "Jürgen", "Ursula"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch"],
    ),
    "FR": (
        ["Camille", "Louis", "Léa", "Hugo", "Manon", "Théo", "Chloé", "Antoine", "Inès"],
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau"],
    ),
    "GB": (
        ["Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "Jack", "Olivia", "Siobhan", "Callum"],
        ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "O'Connor"],
    ),
    "US": (
        ["Emma", "Liam", "Ava", "Noah", "Madison", "Ethan", "Brianna", "Tyler", "Jasmine", "DeShawn"],
        ["Johnson", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson", "Jackson", "Washington"],
    ),
    "NL": (
        ["Daan", "Sanne", "Bram", "Femke", "Joris"],
        ["de Vries", "van Dijk", "Jansen", "Bakker", "Visser"],
    ),
    "ES": (
        ["Lucía", "Javier", "Carmen", "Pablo", "Nerea"],
        ["García", "Fernández", "López", "Sánchez", "Ruiz"],
    ),
    "PL": (["Zofia", "Jakub", "Agnieszka", "Piotr"], ["Nowak", "Kowalska", "Wiśniewski", "Wójcik"]),
    "SE": (["Astrid", "Erik", "Ingrid", "Oskar"], ["Johansson", "Lindqvist", "Andersson", "Nilsson"]),
    "CN": (["Wei", "Xiaoling", "Jun", "Mei"], ["Wang", "Li", "Zhang", "Liu", "Chen"]),
    "JP": (["Haruto", "Yui", "Sota", "Aoi"], ["Takahashi", "Suzuki", "Watanabe", "Ito"]),
    "IN": (["Aarav", "Ananya", "Vikram", "Priya", "Rohan"], ["Sharma", "Iyer", "Reddy", "Gupta", "Banerjee"]),
    "BR": (["João", "Ana", "Thiago", "Larissa"], ["Souza", "Oliveira", "Pereira", "Carvalho"]),
    "NG": (["Chinedu", "Ngozi", "Oluwaseun", "Amaka"], ["Okonkwo", "Adeyemi", "Eze", "Balogun"]),
    "IL": (["Noa", "Itai", "Tamar", "Yosef"], ["Cohen", "Levi", "Mizrahi", "Friedman"]),
    "TR": (["Elif", "Mehmet", "Zeynep", "Emre"], ["Yılmaz", "Kaya", "Demir", "Şahin"]),  # noqa: RUF001
    "AE": (["Fatima", "Omar", "Layla", "Khalid"], ["Al Mansoori", "Haddad", "Al Nuaimi", "Khoury"]),
}
GREEK_SCRIPT = (
    ["Γεώργιος", "Μαρία", "Δημήτριος", "Ελένη", "Κωνσταντίνος", "Αικατερίνη", "Ιωάννης", "Βασιλική"],
    ["Παπαδόπουλος", "Παπαδοπούλου", "Νικολαΐδης", "Γεωργίου", "Οικονόμου", "Καραγιάννης", "Βλάχου"],
)
GREEK_ID_SERIES = ["ΑΚ", "ΑΒ", "ΑΗ", "ΑΜ", "AK", "AE"]  # noqa: RUF001  (Greek script and Latin look-alikes)
# Weighted towards the guests these properties see.
NATS = (
    ["IT"] * 5 + ["GR"] * 3 + ["DE"] * 3 + ["FR", "GB", "GB", "US", "US", "NL", "ES", "PL", "SE", "CN", "JP"]
)
NATS += ["IN", "BR", "NG", "IL", "TR", "AE"]

CITIES = {
    "IT": ["Roma", "Milano", "Napoli", "Torino", "Firenze", "Bologna", "Bari", "Palermo", "Verona", "Genova"],
    "GR": ["Athina", "Thessaloniki", "Patra", "Irakleio", "Larisa", "Volos", "Ioannina"],
    "DE": ["München", "Berlin", "Hamburg", "Köln", "Stuttgart", "Leipzig"],
    "FR": ["Lyon", "Paris", "Marseille", "Toulouse", "Nantes"],
    "GB": ["Manchester", "Leeds", "Bristol", "Glasgow", "London"],
    "US": ["Chicago", "Austin", "Boston", "Seattle", "Denver"],
    "NL": ["Utrecht", "Rotterdam", "Eindhoven"],
    "ES": ["Valencia", "Sevilla", "Bilbao"],
    "PL": ["Kraków", "Wrocław", "Gdańsk"],
    "SE": ["Göteborg", "Malmö", "Uppsala"],
    "CN": ["Shanghai", "Chengdu", "Hangzhou"],
    "JP": ["Osaka", "Sapporo", "Fukuoka"],
    "IN": ["Pune", "Bengaluru", "Chennai"],
    "BR": ["Curitiba", "Recife", "Belo Horizonte"],
    "NG": ["Lagos", "Ibadan", "Enugu"],
    "IL": ["Haifa", "Tel Aviv", "Be'er Sheva"],
    "TR": ["İzmir", "Bursa", "Antalya"],
    "AE": ["Dubai", "Sharjah", "Al Ain"],
}
STREETS = {
    "IT": [
        "Via Roma",
        "Via Giuseppe Garibaldi",
        "Corso Vittorio Emanuele II",
        "Via dei Mille",
        "Viale Europa",
        "Via Alessandro Manzoni",
        "Piazza della Repubblica",
        "Via San Martino",
    ],
    "GR": ["Odos Ermou", "Leoforos Kifisias", "Odos Patision", "Odos Tsimiski", "Odos Egnatias"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Schillerstraße", "Gartenstraße"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road"],
    "US": ["Maple Avenue", "Oak Street", "Lincoln Blvd", "Pine Court"],
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg"],
    "ES": ["Calle Mayor", "Avenida de la Constitución", "Calle del Sol"],
}
NATIONALITY_IT = {
    "IT": "ITALIA",
    "GR": "GRECIA",
    "DE": "GERMANIA",
    "FR": "FRANCIA",
    "GB": "REGNO UNITO",
    "US": "STATI UNITI D'AMERICA",
    "NL": "PAESI BASSI",
    "ES": "SPAGNA",
    "PL": "POLONIA",
    "SE": "SVEZIA",
    "CN": "CINA",
    "JP": "GIAPPONE",
    "IN": "INDIA",
    "BR": "BRASILE",
    "NG": "NIGERIA",
    "IL": "ISRAELE",
    "TR": "TURCHIA",
    "AE": "EMIRATI ARABI UNITI",
}
DEMONYM = {
    "IT": "Italian",
    "GR": "Greek",
    "DE": "German",
    "FR": "French",
    "GB": "British",
    "US": "American",
    "NL": "Dutch",
    "ES": "Spanish",
    "PL": "Polish",
    "SE": "Swedish",
    "CN": "Chinese",
    "JP": "Japanese",
    "IN": "Indian",
    "BR": "Brazilian",
    "NG": "Nigerian",
    "IL": "Israeli",
    "TR": "Turkish",
    "AE": "Emirati",
}
COMUNI = {
    "H501": "ROMA",
    "F205": "MILANO",
    "F839": "NAPOLI",
    "L219": "TORINO",
    "D612": "FIRENZE",
    "A944": "BOLOGNA",
    "A662": "BARI",
    "G273": "PALERMO",
    "L736": "VENEZIA",
    "C351": "CATANIA",
}
FOREIGN_CF = {"Z112": "GERMANIA", "Z114": "REGNO UNITO", "Z404": "STATI UNITI", "Z115": "GRECIA"}
PROVINCE = ["RM", "MI", "NA", "TO", "FI", "BO", "BA", "PA", "VE", "CT"]

PROPERTIES_IT = [
    "Villa Luce",
    "Casa Sofia",
    "Palazzo Ricci Suites",
    "Dimora San Martino",
    "B&B Il Glicine",
    "Masseria Le Pietre",
    "Appartamento Trastevere",
    "Casa di Nonna Maria",
]
PROPERTIES_GR = [
    "Kalimera Suites",
    "Villa Eleni",
    "Aegean Blue Studios",
    "Thalassa Rooms",
    "Oia Cave House",
    "Ktima Georgiou",
]
ROOMS = [
    "Camera Doppia Standard",
    "Suite Vista Mare",
    "Junior Suite",
    "Monolocale",
    "Bilocale con terrazza",
    "Deluxe Double Sea View",
    "Family Room",
    "Cave Suite with Jacuzzi",
    "Studio Apartment",
]
DESTINATIONS = [
    "Roma",
    "Firenze",
    "Amalfi",
    "Positano",
    "Venezia",
    "Cinque Terre",
    "Santorini",
    "Mykonos",
    "Naxos",
    "Chania",
    "Corfu",
    "Lecce",
    "Taormina",
    "Milos",
    "Paros",
    "Matera",
]
PETS = ["Luna", "Milo", "Pepe", "Bella", "Rocky", "Zeus", "Kiki", "Argo"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def nat(f: Fake) -> str:
    return f.pick(NATS)


def first(f: Fake, country=None) -> str:
    return f.pick(NAMES[country or nat(f)][0])


def last(f: Fake, country=None) -> str:
    return f.pick(NAMES[country or nat(f)][1])


def full(f: Fake, country=None) -> str:
    c = country or nat(f)
    return f"{first(f, c)} {last(f, c)}"


def greek_full(f: Fake) -> str:
    if f.r.random() < 0.4:
        return f"{f.pick(GREEK_SCRIPT[0])} {f.pick(GREEK_SCRIPT[1])}"
    return full(f, "GR")


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("'", "")  # noqa: RUF001
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email(f: Fake, country=None) -> str:
    c = country or nat(f)
    fn = ascii_fold(first(f, c)).lower()
    ln = ascii_fold(last(f, c)).lower().replace(" ", "")
    domain = f.pick(
        {
            "IT": ["gmail.com", "libero.it", "virgilio.it", "tiscali.it", "hotmail.it"],
            "GR": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
            "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
            "FR": ["orange.fr", "free.fr", "gmail.com"],
            "GB": ["btinternet.com", "outlook.com", "gmail.com"],
        }.get(c, ["gmail.com", "outlook.com", "icloud.com", "yahoo.com", "proton.me"])
    )
    local = f.pick(
        [
            f"{fn}.{ln}",
            f"{fn}{ln[:1]}{f.r.randint(1, 99)}",
            f"{ln}.{fn}",
            f"{fn[:1]}{ln}",
            f"{fn}_{ln}{f.r.randint(70, 99)}",
        ]
    )
    return f"{local}@{domain}"


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, country=None) -> str:
    c = country or f.pick(
        ["IT", "IT", "GR", "GR", "DE", "GB", "FR", "US", "NL", "ES", "PL", "CH", "IL", "IN"]
    )
    s = f.r.random()
    if c == "IT":
        pfx = f.pick(["320", "328", "333", "338", "340", "347", "349", "366", "389", "393"])
        rest = d(f, 7)
        return [f"+39 {pfx} {rest[:3]} {rest[3:]}", f"{pfx} {rest}", f"+39{pfx}{rest}", f"{pfx}-{rest}"][
            int(s * 4)
        ]
    if c == "GR":
        pfx = f.pick(["690", "693", "694", "697", "698", "699"])
        rest = d(f, 7)
        return [f"+30 {pfx} {rest[:3]} {rest[3:]}", f"{pfx}{rest}", f"+30{pfx}{rest}", f"0030 {pfx} {rest}"][
            int(s * 4)
        ]
    if c == "DE":
        return f.pick(
            [
                f"+49 1{f.pick(['51', '52', '60', '70', '76'])} {d(f, 8)}",
                f"01{f.pick(['51', '72'])}/{d(f, 7)}",
            ]
        )
    if c == "GB":
        return f.pick([f"+44 7{d(f, 3)} {d(f, 6)}", f"07{d(f, 3)} {d(f, 6)}"])
    if c == "FR":
        return f"+33 {f.pick(['6', '7'])} " + " ".join(d(f, 2) for _ in range(4))
    if c == "US":
        a, b = f.r.randint(201, 989), f.r.randint(200, 999)
        return f.pick([f"+1 ({a}) {b}-{d(f, 4)}", f"+1{a}{b}{d(f, 4)}", f"{a}-{b}-{d(f, 4)}"])
    if c == "NL":
        return f"+31 6 {d(f, 8)}"
    if c == "ES":
        return f"+34 6{d(f, 2)} {d(f, 2)} {d(f, 2)} {d(f, 2)}"
    if c == "PL":
        return f"+48 {f.r.randint(500, 799)} {d(f, 3)} {d(f, 3)}"
    if c == "CH":
        return f"+41 7{f.pick(['6', '8', '9'])} {d(f, 3)} {d(f, 2)} {d(f, 2)}"
    if c == "IL":
        return f"+972 5{f.r.randint(0, 8)}-{d(f, 3)}-{d(f, 4)}"
    return f"+91 {f.r.randint(70, 99)}{d(f, 3)} {d(f, 5)}"


def e164(f: Fake) -> str:
    if f.r.random() < 0.6:
        return f"+39{f.pick(['320', '338', '347', '393'])}{d(f, 7)}"
    return f"+30{f.pick(['694', '697', '699'])}{d(f, 7)}"


def street(f: Fake, country=None) -> str:
    c = country or f.pick(list(STREETS))
    s = f.pick(STREETS[c])
    n = f.r.randint(1, 180)
    if c in ("IT", "DE", "NL", "ES"):
        return f"{s} {n}" if f.r.random() < 0.7 else f"{s}, {n}"
    if c == "GR":
        return f"{s} {n}"
    if c == "FR":
        return f"{n} {s}"
    return f"{n} {s}"


def city(f: Fake, country=None) -> str:
    return f.pick(CITIES[country or nat(f)])


def postcode(f: Fake, country=None) -> str:
    c = country or f.pick(["IT", "GR", "DE", "FR", "GB", "US", "NL"])
    if c == "IT":
        return f"{f.r.randint(10, 98)}{d(f, 3)}"
    if c == "GR":
        return f.pick([f"{f.r.randint(104, 851)} {d(f, 2)}", f"{f.r.randint(104, 851)}{d(f, 2)}"])
    if c == "GB":
        return f.pick(["M1 4BT", "LS6 2AB", "BS8 1QU", "G12 8QQ", "SW1A 1AA", "EH3 9DR"])
    if c == "NL":
        return f"{f.r.randint(1000, 9999)} {f.pick(['AB', 'KL', 'XZ', 'RT'])}"
    return f"{f.r.randint(10000, 99999)}"


def birthdate(f: Fake, lo=1945, hi=2004, fmt="iso") -> str:
    y, m, dd = f.r.randint(lo, hi), f.r.randint(1, 12), f.r.randint(1, 28)
    if fmt == "it":
        return f"{dd:02d}/{m:02d}/{y}"
    return f"{y}-{m:02d}-{dd:02d}"


def stay_range(f: Fake) -> str:
    start = f.r.randint(1, 21)
    return f"{start}-{start + f.r.randint(1, 7)} {f.pick(['Jul', 'Aug', 'Sep'])}"


def stay_date(f: Fake) -> str:
    return f"2024-{f.r.randint(4, 10):02d}-{f.r.randint(1, 28):02d}"


# -- identifiers with their real structure -----------------------------------------------------------

CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
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
        ],
        strict=True,
    )
)


def _cf_letters(word: str, given: bool) -> str:
    letters = [c for c in ascii_fold(word).upper() if c.isalpha()]
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(f: Fake) -> str:
    female = f.r.random() < 0.5
    body = _cf_letters(last(f, "IT"), False) + _cf_letters(first(f, "IT"), True)
    body += f"{f.r.randint(40, 99):02d}" + "ABCDEHLMPRST"[f.r.randint(0, 11)]
    body += f"{f.r.randint(1, 28) + (40 if female else 0):02d}"
    body += f.pick(list(COMUNI) * 3 + list(FOREIGN_CF))
    total = sum(
        CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body)
    )
    return body + chr(65 + total % 26)


def afm(f: Fake) -> str:
    while True:
        digits = [f.r.randint(0, 9) for _ in range(8)]
        if digits[0] == 0:
            continue
        check = sum(x * 2 ** (8 - i) for i, x in enumerate(digits)) % 11 % 10
        return "".join(map(str, digits)) + str(check)


def amka(f: Fake) -> str:
    dob = f"{f.r.randint(1, 28):02d}{f.r.randint(1, 12):02d}{f.r.randint(40, 99):02d}"
    return f.luhn_complete(dob + d(f, 4))


def iban(f: Fake, country=None) -> str:
    c = country or f.pick(["IT", "IT", "GR", "GR", "DE", "FR", "NL", "GB"])
    if c == "IT":
        bban = (
            f.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ")
            + f.pick(["03069", "02008", "05034", "01030"])
            + d(f, 5)
            + d(f, 12)
        )
    elif c == "GR":
        bban = f.pick(["011", "017", "026", "014"]) + d(f, 4) + d(f, 16)
    elif c == "DE":
        bban = d(f, 18)
    elif c == "FR":
        bban = d(f, 10) + d(f, 11) + d(f, 2)
    elif c == "NL":
        bban = f.pick(["ABNA", "INGB", "RABO"]) + d(f, 10)
    else:
        bban = f.pick(["NWBK", "BARC", "LOYD"]) + d(f, 14)
    numeric = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    raw = f"{c}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.4:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def id_document(f: Fake) -> tuple[str, str]:
    """(alloggiati document type, number) in the issuing country's format."""
    kind = f.pick(["IDENT", "IDENT", "PASOR", "PASOR", "PATEN", "IDELE"])
    if kind in ("IDENT", "IDELE"):
        return kind, f.pick(
            [
                f"CA{d(f, 5)}{f.pick(['AA', 'BK', 'EF', 'HL'])}",  # Italian CIE
                f"A{f.pick('BEHKMNTX')} {d(f, 6)}",  # Greek police ID
                f"L{f.pick('0123456789CFGHJKLMNPRTVWXYZ')}{d(f, 7)}",  # German Personalausweis
            ]
        )
    if kind == "PASOR":
        return kind, f.pick(
            [
                f"Y{f.pick('ABCD')}{d(f, 7)}",  # Italian
                f"C{f.pick('FGHJK')}{d(f, 2)}{f.pick('LMNPR')}{d(f, 4)}",  # German
                f"{d(f, 9)}",  # UK / US
                f"{d(f, 2)}{f.pick(['AV', 'CK', 'FD'])}{d(f, 5)}",  # French
                f"A{d(f, 8)}",  # Greek
            ]
        )
    return kind, f"{f.pick(['MI', 'RM', 'NA', 'U1'])}{d(f, 7)}{f.pick('ABCDEFGHLMNPRSTZ')}"


def passport(f: Fake) -> str:
    while True:
        kind, number = id_document(f)
        if kind == "PASOR":
            return number


def plate(f: Fake) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f.pick(
        [
            f"{f.pick(L)}{f.pick(L)}{d(f, 3)}{f.pick(L)}{f.pick(L)}",
            f"{f.pick(L)}{f.pick(L)} {d(f, 3)}{f.pick(L)}{f.pick(L)}",
            f"{f.pick(['IKY', 'YHA', 'ZKE', 'NBX', 'HKT'])}-{d(f, 4)}",
            f"{f.pick(['M', 'B', 'HH', 'K'])}-{f.pick(L)}{f.pick(L)} {f.r.randint(10, 9999)}",
        ]
    )


def booking_ref(f: Fake) -> str:
    return f"VL-{f.r.randint(24, 24)}{d(f, 5)}"


def airbnb_code(f: Fake) -> str:
    return "HM" + "".join(f.pick("ABCDEFGHJKMNPQRSTVWXYZ0123456789") for _ in range(8))


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def contact_text(f: Fake) -> str:
    """Free text that always carries a phone number or an e-mail address."""
    return f.pick(
        [
            lambda: f"Arriviamo verso le 23, se serve chiamatemi al {phone(f, 'IT')}",
            lambda: f"Our flight lands late, please text me on {phone(f)} for the key",
            lambda: f"Please send the invoice to {email(f)} instead",
            lambda: f"Wir kommen erst um 22 Uhr an. Erreichbar unter {phone(f, 'DE')}",
            lambda: f"Θα φτάσουμε αργά, τηλέφωνο {phone(f, 'GR')}",
            lambda: f"Can you confirm parking? my email is {email(f)}",
            lambda: f"Nous serons 3 adultes, contact {phone(f, 'FR')}",
        ]
    )()


# -- client contexts --------------------------------------------------------------------------------


def web_ctx(page: str, title: str):
    return lambda f: {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "https://www.google.it/",
                        "",
                        "https://www.instagram.com/",
                        "https://www.bing.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "?lang=en",
                        f"?checkin=2024-07-{f.r.randint(1, 28):02d}&nights={f.r.randint(1, 9)}",
                        "?utm_source=newsletter&utm_medium=email",
                    ]
                )
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://book.villaluce.it" + page),
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
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["it-IT", "en-GB", "en-US", "de-DE", "fr-FR", "el-GR", "nl-NL"])),
        "timezone": G(
            lambda f: f.pick(
                ["Europe/Rome", "Europe/Berlin", "Europe/London", "America/New_York", "Europe/Athens"]
            )
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["estate_2024", "early_booking", "brand_it", "ponte_2giugno"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    ["hotel amalfi", "villa con piscina puglia", "b&b firenze centro", "santorini cave suite"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "carousel_3", "text_link"])),
        },
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Luce Stays"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4201", "4310", "4322"])),
            "namespace": G(lambda f: "it.villaluce.guest"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["it-IT", "en-US", "de-DE", "en-GB", "fr-FR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
            "density": G(lambda f: 3),
        },
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Europe/Berlin", "America/Chicago"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "loyaltyTier": G(lambda f: f.pick(["silver", "gold", "none"])),
        },
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Kalimera Homes"),
            "version": G(lambda f: f.pick(["2.0.4", "2.1.0"])),
            "build": G(lambda f: f.pick(["204", "210"])),
            "namespace": G(lambda f: "gr.kalimerahomes.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A546B", "2201117TY", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "locale": G(lambda f: f.pick(["el-GR", "en-GB", "de-DE"])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "13", "17.4"])),
        },
        "screen": {"width": G(lambda f: 1080), "height": G(lambda f: f.pick([2340, 2400]))},
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "timezone": G(lambda f: "Europe/Athens"),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(35.0, 41.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(20.0, 28.0), 6), "geolocation"),
        },
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Luce Host"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.4"])),
            "build": G(lambda f: f.pick(["310", "324"])),
            "namespace": G(lambda f: "it.villaluce.host"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "moto g84 5G"])),
            "name": G(lambda f: f.pick(["e1s", "shiba", "bangkk"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["it-IT", "el-GR", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["TIM", "Vodafone IT", "WINDTRE", "Cosmote", "Nova"])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: 2340),
        },
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Europe/Athens"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: email(f, "IT"), "email"),
            "hostSince": G(lambda f: f.pick(["2017", "2019", "2021", "2022"])),
        },
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Pulito"),
            "version": G(lambda f: f.pick(["1.8.2", "1.9.0"])),
            "build": G(lambda f: f.pick(["182", "190"])),
            "namespace": G(lambda f: "it.villaluce.housekeeping"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A145R", "iPhone12,8", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "17.4"])),
        },
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1600)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Iliad", "TIM", "Cosmote"])),
        },
        "locale": G(lambda f: f.pick(["it-IT", "ro-RO", "uk-UA", "el-GR", "sq-AL"])),
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Europe/Athens"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(37.5, 45.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(9.0, 25.5), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0, 0.4, 1.2, 8.3])),
        },
        "traits": {
            "name": Y(lambda f: full(f, f.pick(["IT", "GR"])), "name"),
            "role": G(lambda f: f.pick(["cleaner", "supervisor"])),
            "teamId": G(lambda f: "team_" + d(f, 3)),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
    "etl": ("analytics-python", ["2.3.3"]),
}


def server_ctx(lib: str):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: Fake):
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php"):
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            c["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "node":
            c["locale"] = G(lambda f: f.pick(["it-IT", "en-US", "de-DE"]))
        if lib == "python":
            c["groupId"] = G(lambda f: "prop_" + d(f, 4))
        return c

    return ctx


CONTEXTS = {
    "ios": swift_ctx,
    "flutter": flutter_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
}


# -- shared shapes ----------------------------------------------------------------------------------


def room_product():
    return {
        "product_id": G(lambda f: "rt_" + d(f, 4)),
        "sku": G(
            lambda f: "-".join(
                f.pick(part)
                for part in (["DBL", "STE", "JST", "FAM", "STU"], ["SV", "GV", "STD"], ["BB", "RO", "HB"])
            )
        ),
        "name": G(lambda f: f.pick(ROOMS)),
        "brand": G(lambda f: f.pick(PROPERTIES_IT + PROPERTIES_GR)),
        "category": G(lambda f: f.pick(["room", "apartment", "villa", "suite"])),
        "variant": G(lambda f: f.pick(["Non rimborsabile", "Flexible", "Bed & Breakfast", "Half board"])),
        "price": G(lambda f: f.money(60, 900)),
        "quantity": G(lambda f: f.r.randint(1, 9)),
        "position": G(lambda f: f.r.randint(1, 12)),
        "url": G(lambda f: f"https://book.villaluce.it/rooms/{f.r.randint(100, 199)}"),
        "image_url": G(lambda f: f"https://cdn.villaluce.it/rooms/{f.hexid(10)}.webp"),
    }


def money_fields():
    return {
        "currency": G(lambda f: "EUR"),
        "value": G(lambda f: f.money(80, 4000)),
    }


# -- events: (type, event name, client, body) ------------------------------------------------------

WEB_HOME = web_ctx("/", "Villa Luce | Boutique stays in Italy")
WEB_SEARCH = web_ctx("/cerca", "Disponibilità | Villa Luce")
WEB_ROOM = web_ctx("/rooms/suite-vista-mare", "Suite Vista Mare | Villa Luce")
WEB_CHECKOUT = web_ctx("/checkout", "Completa la prenotazione | Villa Luce")
WEB_CHECKIN = web_ctx("/online-checkin", "Check-in online | Villa Luce")
WEB_CONFIRM = web_ctx("/prenotazione/conferma", "Prenotazione confermata | Villa Luce")

EVENTS = [
    # -- booking engine (analytics.js, e-commerce spec) --------------------------------------------
    (
        "page",
        None,
        WEB_HOME,
        {
            "path": G(lambda f: "/"),
            "url": G(lambda f: "https://book.villaluce.it/"),
            "title": G(lambda f: "Villa Luce | Boutique stays in Italy"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.tripadvisor.it/"])),
            "search": G(lambda f: f.pick(["", "?lang=en", "?lang=de", "?ref=instagram_bio"])),
        },
    ),
    (
        "track",
        "Products Searched",
        WEB_SEARCH,
        {
            "query": G(lambda f: f.pick(DESTINATIONS)),
            "check_in": G(lambda f: stay_date(f)),
            "check_out": G(lambda f: stay_date(f)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "children_ages": Many(G(lambda f: f.r.randint(0, 17)), 3),
            "pets": G(lambda f: f.pick([True, False])),
            "promo_code": G(lambda f: f.pick(["", "ESTATE10", "EARLY15", "WELCOMEBACK"])),
            "results_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Product List Viewed",
        WEB_SEARCH,
        {
            "list_id": G(lambda f: "avail_" + d(f, 6)),
            "category": G(lambda f: f.pick(["rooms", "apartments", "villas"])),
            "products": Many(
                {
                    k: v
                    for k, v in room_product().items()
                    if k in ("product_id", "sku", "name", "price", "position")
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        WEB_ROOM,
        {
            **room_product(),
            **money_fields(),
            "max_occupancy": G(lambda f: f.r.randint(2, 6)),
            "pet_friendly": G(lambda f: f.pick([True, False])),
            "accessible": G(lambda f: f.pick([True, False])),
            "property_lat": G(lambda f: f.pick([40.628, 43.7696, 36.4618, 40.3515])),
            "property_lng": G(lambda f: f.pick([14.485, 11.2558, 25.3753, 18.1750])),
        },
    ),
    (
        "track",
        "Checkout Started",
        WEB_CHECKOUT,
        {
            "order_id": G(lambda f: booking_ref(f)),
            "affiliation": G(lambda f: f.pick(["Direct - Web", "Direct - Mobile"])),
            **money_fields(),
            "revenue": G(lambda f: f.money(80, 4000)),
            "tax": G(lambda f: f.money(5, 300)),
            "discount": G(lambda f: f.money(0, 150)),
            "coupon": G(lambda f: f.pick(["", "ESTATE10", "EARLY15"])),
            "nights": G(lambda f: f.r.randint(1, 14)),
            "products": Many(room_product(), 2),
        },
    ),
    (
        "track",
        "Guest Details Entered",
        WEB_CHECKOUT,
        {
            "order_id": G(lambda f: booking_ref(f)),
            "step": G(lambda f: 2),
            "booker": {
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "country": G(lambda f: f.pick(["IT", "DE", "GB", "US", "FR", "GR", "NL"])),
                "newsletter_opt_in": G(lambda f: f.pick([True, False])),
            },
            "booking_for_someone_else": G(lambda f: f.pick([True, False])),
            "guest_name": Y(lambda f: full(f), "name"),
            "estimated_arrival": G(
                lambda f: f.pick(["14:00-16:00", "16:00-18:00", "20:00-22:00", "after 22:00"])
            ),
            "special_requests": Y(lambda f: contact_text(f), "email|phone", True),
            "dietary_requirements": Many(
                Y(
                    lambda f: f.pick(["gluten_free", "halal", "kosher", "lactose_free", "vegan"]),
                    "allergy|religion|condition",
                ),
                2,
            ),
            "accessibility_needs": Many(
                RED(
                    lambda f: f.pick(
                        ["wheelchair", "step_free_access", "hearing_impaired", "walk_in_shower"]
                    ),
                    "disability",
                ),
                2,
            ),
            "custom_fields": Many(
                {
                    "name": G(lambda f: f.pick(["Flight number", "Bed configuration", "Occasion"])),
                    "value": G(
                        lambda f: f.pick(
                            ["FR 8374", "U2 4721", "A3 612", "twin beds", "king", "anniversary", "birthday"]
                        )
                    ),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        WEB_CHECKOUT,
        {
            "order_id": G(lambda f: booking_ref(f)),
            "step": G(lambda f: 3),
            "payment_method": G(
                lambda f: f.pick(["card", "paypal", "satispay", "bank_transfer", "apple_pay"])
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "maestro"])),
            "card_last4": G(lambda f: d(f, 4)),
            "card_bin": G(lambda f: f.pick(["453957", "539120", "376211", "402400"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "payment_method_token": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
            "cardholder_name": Y(lambda f: full(f), "name"),
            "billing_address": {
                "line1": Y(lambda f: street(f), "address"),
                "city": Y(lambda f: city(f), "address|city"),
                "postal_code": Y(lambda f: postcode(f), "address|zipcode"),
                "country": G(lambda f: f.pick(["IT", "DE", "GB", "US", "FR"])),
            },
            "three_d_secure": G(lambda f: f.pick(["authenticated", "attempted", "not_required"])),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        WEB_CONFIRM,
        {
            "order_id": G(lambda f: booking_ref(f)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(80, 4000)),
            "revenue": G(lambda f: f.money(80, 4000)),
            "tax": G(lambda f: f.money(5, 300)),
            "tourist_tax": G(lambda f: f.money(2, 80)),
            "currency": G(lambda f: "EUR"),
            "check_in": G(lambda f: stay_date(f)),
            "check_out": G(lambda f: stay_date(f)),
            "lead_time_days": G(lambda f: f.r.randint(0, 300)),
            "products": Many(room_product(), 2),
            "gclid": Y(lambda f: "Cj0KCQjw" + alnum(f, 60), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + alnum(f, 50), "advertising id"),
            "customer_email": Y(lambda f: email(f), "email"),
            "is_returning_guest": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gift Voucher Purchased",
        WEB_CHECKOUT,
        {
            "voucher_id": G(lambda f: "GV" + d(f, 8)),
            "amount": G(lambda f: f.pick([100, 150, 250, 500])),
            "currency": G(lambda f: "EUR"),
            "recipient_name": Y(lambda f: full(f), "name"),
            "recipient_email": Y(lambda f: email(f), "email"),
            "sender_name": Y(lambda f: first(f), "name"),
            "gift_message": G(
                lambda f: f.pick(
                    [
                        "Buon compleanno! Un weekend tutto per voi",
                        "Happy anniversary x",
                        "Tanti auguri",
                        "For the honeymoon you never had",
                        "Alles Gute zur Hochzeit!",
                    ]
                )
            ),
            "delivery_date": G(lambda f: stay_date(f)),
            "design": G(lambda f: f.pick(["amalfi_lemons", "santorini_sunset", "classic"])),
        },
    ),
    (
        "track",
        "Order Cancelled",
        "node",
        {
            "order_id": G(lambda f: booking_ref(f)),
            "cancel_reason": G(
                lambda f: f.pick(["change_of_plans", "found_cheaper", "illness", "flight_cancelled", "other"])
            ),
            "refund_amount": G(lambda f: f.money(0, 2000)),
            "penalty_amount": G(lambda f: f.money(0, 500)),
            "cancelled_by": G(lambda f: f.pick(["guest", "host", "system"])),
            "days_before_arrival": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    # -- online check-in and the police registration -------------------------------------------
    (
        "track",
        "Online Check-in Started",
        WEB_CHECKIN,
        {
            "booking_ref": G(lambda f: booking_ref(f)),
            "guests_expected": G(lambda f: f.r.randint(1, 6)),
            "check_in_link_token": RED(lambda f: alnum(f, 32), "token"),
            "language": G(lambda f: f.pick(["it", "en", "de", "fr", "el"])),
        },
    ),
    (
        "track",
        "Check-in Field Completed",
        WEB_CHECKIN,
        {
            "form_id": G(lambda f: "checkin_v3"),
            "field": {
                "name": G(lambda f: f.pick(["contact", "guest_contact", "secondary_contact"])),
                "value": Y(lambda f: f.pick([email, phone])(f), "email|phone", True),
                "valid": G(lambda f: f.pick([True, False])),
            },
            "guest_index": G(lambda f: f.r.randint(0, 4)),
            "duration_ms": G(lambda f: f.r.randint(300, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Identity Document Uploaded",
        WEB_CHECKIN,
        {
            "booking_ref": G(lambda f: booking_ref(f)),
            "document_type": G(lambda f: f.pick(["id_card", "passport", "driving_licence"])),
            "document_country": G(lambda f: f.pick(["IT", "DE", "GR", "FR", "GB", "US"])),
            "document_scan_url": RED(
                lambda f: f"https://uploads.villaluce.it/docs/{f.uuid()}.jpg", "photo|passport"
            ),
            "selfie_url": Y(lambda f: f"https://uploads.villaluce.it/selfie/{f.uuid()}.jpg", "photo"),
            "mrz_valid": G(lambda f: f.pick([True, False])),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
            "file_sha256": G(lambda f: f.hexid(64)),
            "document_expiry": G(
                lambda f: f"20{f.r.randint(25, 34)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
        },
    ),
    (
        "track",
        "Schedina Alloggiati Inviata",
        "python",
        {
            "id_prenotazione": G(lambda f: booking_ref(f)),
            "codice_struttura": G(lambda f: "0" + d(f, 9)),
            "data_arrivo": G(lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(4, 10):02d}/2024"),
            "giorni_permanenza": G(lambda f: f.r.randint(1, 30)),
            "tipo_alloggiato": G(lambda f: f.pick(["16", "17", "18", "19", "20"])),
            "cognome": Y(lambda f: last(f), "name"),
            "nome": Y(lambda f: first(f), "name"),
            "sesso": Y(lambda f: f.pick(["1", "2"]), "sex|gender"),
            "data_nascita": Y(lambda f: birthdate(f, fmt="it"), "birthdate"),
            "luogo_nascita": Y(
                lambda f: f.pick([*COMUNI.values(), "MONACO DI BAVIERA", "ATENE", "LIONE", "MANCHESTER"]),
                "city",
            ),
            "provincia_nascita": G(lambda f: f.pick([*PROVINCE, "EE"])),
            "stato_nascita": G(lambda f: f.pick(list(NATIONALITY_IT.values()))),
            "cittadinanza": Y(lambda f: f.pick(list(NATIONALITY_IT.values())), "citizenship"),
            "codice_fiscale": RED(lambda f: codice_fiscale(f), "national id"),
            "documento": {
                "tipo": G(lambda f: f.pick(["IDENT", "PASOR", "PATEN", "IDELE"])),
                "numero": RED(lambda f: id_document(f)[1], "passport|national id|license"),
                "luogo_rilascio": G(
                    lambda f: f.pick(["ROMA", "MILANO", "GERMANIA", "GRECIA", "REGNO UNITO", "NAPOLI"])
                ),
            },
            "accompagnatori": Many(
                {
                    "nome": Y(lambda f: first(f), "name"),
                    "cognome": Y(lambda f: last(f), "name"),
                    "data_nascita": Y(lambda f: birthdate(f, 1950, 2022, fmt="it"), "birthdate"),
                    "sesso": Y(lambda f: f.pick(["1", "2"]), "sex|gender"),
                    "cittadinanza": Y(lambda f: f.pick(list(NATIONALITY_IT.values())), "citizenship"),
                    "tipo_alloggiato": G(lambda f: f.pick(["19", "20"])),
                },
                4,
            ),
            "esito": G(lambda f: f.pick(["OK", "OK", "ERRORE_TRACCIATO"])),
            "ricevuta_n": G(lambda f: d(f, 12)),
            "inviata_il": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Imposta di Soggiorno Calcolata",
        "python",
        {
            "id_prenotazione": G(lambda f: booking_ref(f)),
            "comune": G(lambda f: f.pick(["Roma", "Firenze", "Venezia", "Positano", "Lecce", "Matera"])),
            "notti_tassabili": G(lambda f: f.r.randint(1, 10)),
            "ospiti_tassabili": G(lambda f: f.r.randint(1, 5)),
            "ospiti_esenti": G(lambda f: f.r.randint(0, 3)),
            "motivo_esenzione": G(
                lambda f: f.pick(["minore_14_anni", "residente", "autista_pullman", "nessuno"])
            ),
            "esenzione_disabilita": RED(lambda f: f.pick([True, False]), "disability"),
            "tariffa_per_notte": G(lambda f: f.pick([3.5, 5.0, 6.0, 7.0, 10.0])),
            "importo": G(lambda f: f.money(3, 200)),
            "riscossa": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "nome": Y(lambda f: first(f, "IT"), "name"),
            "cognome": Y(lambda f: last(f, "IT"), "name"),
            "email": Y(lambda f: email(f, "IT"), "email"),
            "cellulare": Y(lambda f: phone(f, "IT"), "phone"),
            "codice_fiscale": RED(lambda f: codice_fiscale(f), "national id"),
            "indirizzo": Y(lambda f: street(f, "IT"), "address"),
            "cap": Y(lambda f: postcode(f, "IT"), "zipcode"),
            "citta": Y(lambda f: city(f, "IT"), "city"),
            "provincia": G(lambda f: f.pick(PROVINCE)),
            "data_nascita": Y(lambda f: birthdate(f, fmt="it"), "birthdate"),
            "consenso_marketing": G(lambda f: f.pick([True, False])),
            "lingua": G(lambda f: f.pick(["it", "en"])),
            "soggiorni_totali": G(lambda f: f.r.randint(0, 20)),
            "stato_civile": G(lambda f: f.pick(["celibe/nubile", "coniugato/a", "divorziato/a"])),
            "professione": G(
                lambda f: f.pick(["insegnante", "ingegnere", "medico", "avvocato", "impiegato"])
            ),
            "tessera_fedelta": G(lambda f: "LF" + d(f, 8)),
        },
    ),
    (
        "track",
        "Nota Reception Aggiunta",
        "python",
        {
            "id_prenotazione": G(lambda f: booking_ref(f)),
            "camera": G(lambda f: str(f.r.randint(101, 412))),
            "nota": Y(
                lambda f: f.pick(
                    [
                        lambda: f"Ospite chiede late check-out, richiamare al {phone(f, 'IT')}",
                        lambda: f"Fattura da intestare e inviare a {email(f, 'IT')}",
                        lambda: f"Il sig. {last(f)} ha lasciato il caricabatterie, recapito {phone(f)}",
                        lambda: f"Cliente non raggiungibile, provare {email(f)}",
                    ]
                )(),
                "email|phone",
                True,
            ),
            "operatore": Y(lambda f: full(f, "IT"), "name"),
            "priorita": G(lambda f: f.pick(["bassa", "media", "alta"])),
            "creata_il": G(lambda f: f.iso()),
        },
    ),
    # -- Greek partner PMS (transliterated keys) -------------------------------------------------
    (
        "track",
        "Kratisi Oloklirothike",
        "java",
        {
            "arithmos_kratisis": G(lambda f: "KH" + d(f, 7)),
            "katalyma": G(lambda f: f.pick(PROPERTIES_GR)),
            "ama": G(lambda f: "000" + d(f, 5)),
            "onoma": Y(lambda f: f.pick([first(f, "GR"), f.pick(GREEK_SCRIPT[0])]), "name"),
            "eponymo": Y(lambda f: f.pick([last(f, "GR"), f.pick(GREEK_SCRIPT[1])]), "name"),
            "patronymo": Y(lambda f: f.pick(NAMES["GR"][0]), "name"),
            "kinito": Y(lambda f: phone(f, "GR"), "phone"),
            "email": Y(lambda f: email(f, "GR"), "email"),
            "afm": RED(lambda f: afm(f), "national id"),
            "amka": RED(lambda f: amka(f), "social security number|national id"),
            "arithmos_taftotitas": RED(lambda f: f"{f.pick(GREEK_ID_SERIES)} {d(f, 6)}", "national id"),
            "imerominia_gennisis": Y(lambda f: birthdate(f, fmt="it"), "birthdate"),
            "dieuthinsi": Y(lambda f: street(f, "GR"), "address"),
            "poli": Y(lambda f: city(f, "GR"), "city"),
            "tk": Y(lambda f: postcode(f, "GR"), "zipcode"),
            "ypikootita": Y(
                lambda f: f.pick(["Elliniki", "Kypriaki", "Germaniki", "Italiki", "Alvaniki"]), "citizenship"
            ),
            "imerominia_afixis": G(lambda f: stay_date(f)),
            "diarkeia": G(lambda f: f.r.randint(1, 14)),
            "atoma": G(lambda f: f.r.randint(1, 6)),
            "synolo": G(lambda f: f.money(80, 3000)),
            "telos_anthektikotitas": G(lambda f: f.pick([1.5, 8.0, 10.0, 20.0])),
        },
    ),
    (
        "track",
        "Dilosi Episkepti",
        "flutter",
        {
            "kratisi": G(lambda f: "KH" + d(f, 7)),
            "onomateponymo": Y(lambda f: greek_full(f), "name"),
            "arithmos_diavatiriou": RED(lambda f: passport(f), "passport"),
            "ethnikotita": Y(
                lambda f: f.pick(["Elliniki", "Germaniki", "Italiki", "Vretaniki", "Gallikí"]), "citizenship"
            ),
            "tilefono": Y(lambda f: phone(f), "phone"),
            "dieuthinsi_katoikias": Y(lambda f: street(f), "address"),
            "imerominia_gennisis": Y(lambda f: birthdate(f, fmt="it"), "birthdate"),
            "ypografi_url": Y(lambda f: f"https://files.kalimerahomes.gr/sig/{f.uuid()}.png", "photo"),
            "synodoi": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Companion Added",
        "ios",
        {
            "bookingRef": G(lambda f: booking_ref(f)),
            "companion": {
                "firstName": Y(lambda f: first(f), "name"),
                "lastName": Y(lambda f: last(f), "name"),
                "dateOfBirth": Y(lambda f: birthdate(f, 1950, 2022), "birthdate"),
                "nationality": Y(lambda f: f.pick(list(DEMONYM.values())), "citizenship"),
                "documentNumber": RED(lambda f: id_document(f)[1], "passport|national id|license"),
                "relationship": G(lambda f: f.pick(["partner", "child", "friend", "parent"])),
                "isMinor": G(lambda f: f.pick([True, False])),
            },
            "companionsTotal": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "screen",
        "Kratiseis",
        "flutter",
        {
            "name": G(lambda f: "Kratiseis"),
            "tab": G(lambda f: f.pick(["upcoming", "past"])),
            "count": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Nearby Places Viewed",
        "flutter",
        {
            "category": G(lambda f: f.pick(["beaches", "tavernas", "pharmacies", "car_rental"])),
            "radius_km": G(lambda f: f.pick([1, 3, 5, 10])),
            "island": G(lambda f: f.pick(["Santorini", "Naxos", "Crete", "Corfu", "Paros"])),
            "user_lat": Y(lambda f: round(f.r.uniform(35.0, 40.0), 5), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(20.0, 27.0), 5), "geolocation"),
            "results": Many(
                {
                    "name": G(
                        lambda f: f.pick(
                            ["Taverna Kostas", "Perivolos Beach", "Farmakeio Oia", "Dimitris Rent a Car"]
                        )
                    ),
                    "distance_m": G(lambda f: f.r.randint(50, 9000)),
                },
                3,
            ),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "fullName": Y(lambda f: greek_full(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f, f.pick(["GR", "DE", "GB"])), "phone"),
            "preferredLanguage": G(lambda f: f.pick(["el", "en", "de"])),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "tripsCount": G(lambda f: f.r.randint(0, 12)),
            "ageRange": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    # -- guest app (analytics-swift) -----------------------------------------------------------
    (
        "identify",
        None,
        "ios",
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(lambda f: birthdate(f), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "prefer_not_to_say"]), "gender"),
            "nationality": Y(lambda f: f.pick(list(DEMONYM.values())), "citizenship"),
            "address": {
                "street": Y(lambda f: street(f), "street|address"),
                "city": Y(lambda f: city(f), "city"),
                "postalCode": Y(lambda f: postcode(f), "zipcode"),
                "country": G(
                    lambda f: f.pick(["Italy", "Germany", "United Kingdom", "United States", "Greece"])
                ),
            },
            "loyaltyNumber": G(lambda f: "LF" + d(f, 8)),
            "loyaltyTier": G(lambda f: f.pick(["silver", "gold", "none"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "age": G(lambda f: f.r.randint(19, 78)),
            "company": G(lambda f: f.pick(["", "Deloitte", "Siemens AG", "Enel", "Accenture"])),
            "jobTitle": G(lambda f: f.pick(["", "Product Manager", "Architetto", "Nurse", "Consultant"])),
        },
    ),
    (
        "screen",
        "Digital Key",
        "ios",
        {
            "name": G(lambda f: "Digital Key"),
            "bookingRef": G(lambda f: booking_ref(f)),
            "roomNumber": G(lambda f: str(f.r.randint(101, 412))),
            "keyStatus": G(lambda f: f.pick(["active", "pending", "expired"])),
        },
    ),
    (
        "track",
        "Door Unlocked",
        "ios",
        {
            "bookingRef": G(lambda f: booking_ref(f)),
            "lockId": G(lambda f: f.uuid()),
            "lockModel": G(lambda f: f.pick(["Nuki Smart Lock 4.0", "Salto XS4", "TTLock M201"])),
            "method": G(lambda f: f.pick(["bluetooth", "keypad", "nfc", "remote"])),
            "doorCode": RED(lambda f: d(f, f.pick([4, 6])), "secret"),
            "success": G(lambda f: f.pick([True, True, False])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "batteryLevel": G(lambda f: f.r.randint(5, 100)),
        },
    ),
    (
        "track",
        "Housekeeping Requested",
        "ios",
        {
            "bookingRef": G(lambda f: booking_ref(f)),
            "roomNumber": G(lambda f: str(f.r.randint(101, 412))),
            "requestType": G(
                lambda f: f.pick(
                    ["extra_towels", "full_clean", "no_service_today", "extra_pillows", "baby_cot"]
                )
            ),
            "preferredTime": G(lambda f: f.pick(["morning", "afternoon", "11:00-12:00"])),
            "note": G(
                lambda f: f.pick(
                    [
                        "Please don't wake the baby before 10",
                        "Extra coffee capsules grazie",
                        "",
                        "The shower drain is slow",
                        "Bitte keine Reinigung heute",
                    ]
                )
            ),
            "doNotDisturb": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Spa Treatment Booked",
        "ios",
        {
            "treatmentId": G(lambda f: "spa_" + d(f, 3)),
            "treatmentName": G(
                lambda f: f.pick(
                    ["Massaggio decontratturante", "Hot stone massage", "Facial Glow", "Couples massage"]
                )
            ),
            "therapistName": Y(lambda f: first(f, f.pick(["IT", "GR"])), "name"),
            "slot": G(lambda f: f.iso()),
            "price": G(lambda f: f.pick([60, 85, 120, 180])),
            "currency": G(lambda f: "EUR"),
            "questionnaire": {
                "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
                "heartCondition": Y(lambda f: f.pick([True, False]), "condition"),
                "allergies": Y(lambda f: f.pick(["none", "nuts", "lavender oil", "latex"]), "allergy"),
                "medications": Y(
                    lambda f: f.pick(["none", "warfarin", "levothyroxine", "ibuprofen"]), "medication"
                ),
                "signed": G(lambda f: True),
            },
        },
    ),
    (
        "track",
        "Parking Reserved",
        "ios",
        {
            "bookingRef": G(lambda f: booking_ref(f)),
            "licensePlate": Y(lambda f: plate(f), "license"),
            "vehicleType": G(lambda f: f.pick(["car", "motorbike", "van"])),
            "garage": G(lambda f: f.pick(["Garage Centrale", "Parcheggio Santa Chiara"])),
            "pricePerDay": G(lambda f: f.pick([18, 25, 30])),
            "evCharging": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pet Added",
        "ios",
        {
            "petName": G(lambda f: f.pick(PETS)),
            "species": G(lambda f: f.pick(["dog", "cat"])),
            "breed": G(lambda f: f.pick(["Labrador", "Jack Russell", "Maltese", "mixed"])),
            "weightKg": G(lambda f: f.money(2, 40)),
            "vaccinated": G(lambda f: True),
            "microchip": G(lambda f: "380" + d(f, 12)),
            "fee": G(lambda f: f.pick([15, 20, 30])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "ios",
        {
            "conversationId": G(lambda f: f.uuid()),
            "text": Y(lambda f: contact_text(f), "email|phone", True),
            "attachments": G(lambda f: f.r.randint(0, 2)),
            "channel": G(lambda f: f.pick(["in_app", "whatsapp"])),
            "sentiment": G(lambda f: f.pick(["neutral", "positive", "negative"])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "ios",
        {
            "contactName": Y(lambda f: full(f), "name"),
            "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            "contactPhone": Y(lambda f: phone(f), "phone"),
            "isTravellingWithYou": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "ios",
        {
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "otp": RED(lambda f: d(f, 6), "token|secret"),
            "expiresInSec": G(lambda f: 300),
            "attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    ("alias", None, "ios", {}),
    # -- host app (analytics-kotlin) -----------------------------------------------------------
    (
        "identify",
        None,
        "kotlin",
        {
            "fullName": Y(lambda f: full(f, f.pick(["IT", "GR"])), "name"),
            "email": Y(lambda f: email(f, "IT"), "email"),
            "phone": Y(lambda f: phone(f, f.pick(["IT", "GR"])), "phone"),
            "superhost": G(lambda f: f.pick([True, False])),
            "listingsCount": G(lambda f: f.r.randint(1, 12)),
            "payoutIban": RED(lambda f: iban(f, f.pick(["IT", "GR"])), "bank account"),
            "taxCode": RED(lambda f: codice_fiscale(f), "national id"),
            "responseRate": G(lambda f: f.r.randint(60, 100)),
            "languages": Many(G(lambda f: f.pick(["it", "en", "el", "de", "fr"])), 3),
        },
    ),
    (
        "track",
        "Listing Updated",
        "kotlin",
        {
            "listing_id": G(lambda f: d(f, 9)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Casa Sofia, terrazza sul mare",
                        "Cave house with plunge pool",
                        "Trullo Le Pietre",
                        "Appartamento Trastevere luminoso",
                    ]
                )
            ),
            "property_type": G(lambda f: f.pick(["apartment", "villa", "trullo", "cave_house"])),
            "cin": G(lambda f: f"IT{f.r.randint(10, 99)}{d(f, 3)}C2{alnum(f, 6).upper()}"),
            "mhte": G(lambda f: "1144K" + d(f, 8)),
            "bedrooms": G(lambda f: f.r.randint(1, 5)),
            "nightly_price": G(lambda f: f.money(60, 700)),
            "min_nights": G(lambda f: f.r.randint(1, 7)),
            "address_line": G(
                lambda f: f.pick(
                    ["Via Pasitea 112, Positano", "Oia 847 02, Santorini", "Vicolo del Cedro 7, Roma"]
                )
            ),
            "lat": G(lambda f: f.pick([40.6281, 36.4618, 41.8897])),
            "lng": G(lambda f: f.pick([14.4849, 25.3753, 12.4693])),
            "wifi_network": G(lambda f: f.pick(["CasaSofia_5G", "TIM-38472019", "Vodafone-A1B2"])),
            "wifi_password": RED(
                lambda f: f.pick(["mare" + d(f, 4), alnum(f, 12), "Positano" + d(f, 2) + "!"]), "password"
            ),
            "checkin_instructions": G(
                lambda f: f.pick(
                    [
                        "Keys in the lockbox to the left of the gate",
                        "Self check-in with smart lock",
                        "Meet the host at the property",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Lockbox Code Set",
        "kotlin",
        {
            "listing_id": G(lambda f: d(f, 9)),
            "reservation_code": G(lambda f: airbnb_code(f)),
            "lockbox_code": RED(lambda f: d(f, 4), "secret"),
            "valid_from": G(lambda f: f.iso()),
            "valid_to": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payout Sent",
        "kotlin",
        {
            "payout_id": G(lambda f: "po_" + alnum(f, 14)),
            "amount": G(lambda f: f.money(100, 8000)),
            "currency": G(lambda f: "EUR"),
            "iban_last4": G(lambda f: d(f, 4)),
            "bank_name": G(
                lambda f: f.pick(["Intesa Sanpaolo", "UniCredit", "Piraeus Bank", "Eurobank", "Fineco"])
            ),
            "bic": G(lambda f: f.pick(["BCITITMM", "UNCRITMM", "PIRBGRAA", "ERBKGRAA"])),
            "arrival_date": G(lambda f: stay_date(f)),
        },
    ),
    (
        "screen",
        "Calendar",
        "kotlin",
        {
            "name": G(lambda f: "Calendar"),
            "month": G(lambda f: f.pick(["2024-06", "2024-07", "2024-08"])),
            "occupancy_pct": G(lambda f: f.r.randint(0, 100)),
        },
    ),
    (
        "group",
        None,
        "kotlin",
        {
            "name": G(
                lambda f: f.pick(
                    ["Luce Holiday Homes Srl", "Kalimera Hospitality IKE", "Trastevere Rentals Snc"]
                )
            ),
            "vat_number": G(lambda f: f.pick(["IT0" + d(f, 10), "EL" + d(f, 9)])),
            "support_email": G(
                lambda f: f.pick(
                    ["info@lucehomes.it", "bookings@kalimerahomes.gr", "ciao@trastevererentals.it"]
                )
            ),
            "office_phone": G(lambda f: f.pick(["+39 089 875 112", "+30 22860 71234", "+39 06 5812 4410"])),
            "registered_office": G(
                lambda f: f.pick(
                    [
                        "Via Cristoforo Colombo 21, 84017 Positano SA",
                        "Fira 847 00, Santorini",
                        "Via della Lungaretta 90, 00153 Roma",
                    ]
                )
            ),
            "employees": G(lambda f: f.r.randint(2, 60)),
            "plan": G(lambda f: f.pick(["starter", "pro", "enterprise"])),
            "industry": G(lambda f: "hospitality"),
        },
    ),
    # -- housekeeping app (analytics-react-native) ----------------------------------------------
    (
        "track",
        "Cleaning Task Completed",
        "rn",
        {
            "taskId": G(lambda f: f.uuid()),
            "propertyName": G(lambda f: f.pick(PROPERTIES_IT + PROPERTIES_GR)),
            "unit": G(lambda f: f.pick(["A1", "A2", "B3", "Attico", "Piano terra"])),
            "cleanerId": G(lambda f: "cl_" + d(f, 4)),
            "cleanerName": Y(lambda f: full(f, f.pick(["IT", "GR", "PL"])), "name"),
            "durationMin": G(lambda f: f.r.randint(30, 240)),
            "checklistItemsDone": G(lambda f: f.r.randint(10, 45)),
            "linenChanged": G(lambda f: f.pick([True, False])),
            "hourlyRate": Y(lambda f: f.pick([9.5, 10.0, 12.0, 13.5, 15.0]), "salary"),
            "jobPay": Y(lambda f: f.money(25, 120), "salary"),
            "photos": Many(G(lambda f: f"https://cdn.villaluce.it/cleaning/{f.hexid(12)}.jpg"), 3),
            "completedAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Damage Reported",
        "rn",
        {
            "reportId": G(lambda f: "DMG-" + d(f, 6)),
            "propertyName": G(lambda f: f.pick(PROPERTIES_IT + PROPERTIES_GR)),
            "item": G(
                lambda f: f.pick(["boiler", "air conditioner", "sofa bed", "wine glass", "shower door"])
            ),
            "severity": G(lambda f: f.pick(["low", "medium", "high"])),
            "issuePhotoUrl": G(lambda f: f"https://cdn.villaluce.it/maintenance/{f.hexid(12)}.jpg"),
            "description": G(
                lambda f: f.pick(
                    [
                        "Water leaking under the boiler",
                        "AC remote missing",
                        "Stain on the sofa",
                        "Caldaia in blocco, errore E04",
                        "Two glasses broken",
                    ]
                )
            ),
            "estimatedCost": G(lambda f: f.money(5, 900)),
            "chargeGuest": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shift Started",
        "rn",
        {
            "shiftId": G(lambda f: d(f, 7)),
            "cleaner": {
                "fullName": Y(lambda f: full(f, f.pick(["IT", "GR", "PL"])), "name"),
                "mobile": Y(lambda f: phone(f, f.pick(["IT", "GR"])), "phone"),
                "contractType": G(lambda f: f.pick(["full_time", "part_time", "freelance"])),
            },
            "supervisorName": Y(lambda f: full(f, "IT"), "name"),
            "tasksAssigned": G(lambda f: f.r.randint(1, 8)),
            "vehicle": G(lambda f: f.pick(["scooter", "car", "on_foot"])),
        },
    ),
    (
        "screen",
        "Task List",
        "rn",
        {"name": G(lambda f: "Task List"), "filter": G(lambda f: f.pick(["today", "tomorrow"]))},
    ),
    # -- channel manager (node) ------------------------------------------------------------------
    (
        "track",
        "Reservation Imported",
        "node",
        {
            "channel": G(lambda f: f.pick(["airbnb", "booking.com", "vrbo", "expedia"])),
            "channelReservationId": G(lambda f: f.pick([d(f, 10), airbnb_code(f)])),
            "listingId": G(lambda f: d(f, 9)),
            "status": G(lambda f: f.pick(["confirmed", "modified", "cancelled"])),
            "guest": {
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "email": Y(lambda f: f"{alnum(f, 14).lower()}@guest.booking.com", "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "country_code": G(lambda f: f.pick(["it", "de", "gb", "us", "fr", "gr", "nl"])),
                "language": G(lambda f: f.pick(["en-gb", "it", "de"])),
                "genius_level": G(lambda f: f.pick([0, 1, 2, 3])),
            },
            "rooms": Many(
                {
                    "room_type_id": G(lambda f: d(f, 8)),
                    "guest_name": Y(lambda f: full(f), "name"),
                    "adults": G(lambda f: f.r.randint(1, 3)),
                    "price": G(lambda f: f.money(60, 900)),
                },
                2,
            ),
            "commission": G(lambda f: f.money(5, 400)),
            "total_price": G(lambda f: f.money(80, 4000)),
            "remarks": G(
                lambda f: f.pick(
                    [
                        "",
                        "Non-smoking room requested",
                        "Arrival around 18:00",
                        "You have a booker that would like free parking.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Guest Message Received",
        "node",
        {
            "thread_id": G(lambda f: d(f, 10)),
            "channel": G(lambda f: f.pick(["airbnb", "booking.com"])),
            "sender_role": G(lambda f: "guest"),
            "sender_name": Y(lambda f: first(f), "name"),
            "message": Y(lambda f: contact_text(f), "email|phone", True),
            "language_detected": G(lambda f: f.pick(["it", "en", "de", "el", "fr"])),
        },
    ),
    (
        "track",
        "SMS Received",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: e164(f), "phone"),
            "To": G(lambda f: f.pick(["+390898751120", "+302286071234"])),
            "Body": Y(lambda f: contact_text(f), "email|phone", True),
            "FromCity": Y(lambda f: f.pick(["ROMA", "NAPOLI", "ATHENS", "MILANO", "PIRAEUS"]), "city"),
            "FromCountry": G(lambda f: f.pick(["IT", "GR"])),
            "NumMedia": G(lambda f: f.pick(["0", "1"])),
            "SmsStatus": G(lambda f: "received"),
        },
    ),
    (
        "track",
        "Conversion Sent",
        "node",
        {
            "event_name": G(lambda f: "Purchase"),
            "event_id": G(lambda f: booking_ref(f)),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: sha256(email(f).lower()), "email"),
                "ph": Y(lambda f: sha256("".join(c for c in phone(f) if c.isdigit())), "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{d(f, 10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{alnum(f, 40)}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(80, 4000)),
                "currency": G(lambda f: "EUR"),
                "content_ids": Many(G(lambda f: "rt_" + d(f, 4)), 2),
            },
        },
    ),
    (
        "track",
        "Front Desk Guest Search",
        "node",
        {
            "q": Y(lambda f: f.pick([last(f), full(f), phone(f)]), "name|phone", True),
            "results": G(lambda f: f.r.randint(0, 5)),
            "property_id": G(lambda f: "prop_" + d(f, 4)),
            "staff_id": G(lambda f: "st_" + d(f, 3)),
        },
    ),
    # -- smart lock service (go, kebab-case) -----------------------------------------------------
    (
        "track",
        "access-code-created",
        "go",
        {
            "lock-id": G(lambda f: f.hexid(12)),
            "reservation-id": G(lambda f: booking_ref(f)),
            "access-code": RED(lambda f: d(f, f.pick([4, 6, 8])), "secret"),
            "code": {
                "label": Y(
                    lambda f: f"{full(f)} {stay_range(f)}",
                    "name",
                    True,
                ),
                "slot": G(lambda f: f.r.randint(1, 100)),
            },
            "valid-from": G(lambda f: f.iso()),
            "valid-until": G(lambda f: f.iso()),
            "guest-phone": Y(lambda f: phone(f), "phone"),
            "delivery-channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "firmware": G(lambda f: f.pick(["4.2.8", "4.3.0"])),
        },
    ),
    (
        "track",
        "lock-battery-low",
        "go",
        {
            "lock-id": G(lambda f: f.hexid(12)),
            "battery-level": G(lambda f: f.r.randint(1, 20)),
            "property": G(lambda f: f.pick(PROPERTIES_IT + PROPERTIES_GR)),
            "firmware": G(lambda f: f.pick(["4.2.8", "4.3.0"])),
        },
    ),
    # -- payments (java, Stripe-shaped) ----------------------------------------------------------
    (
        "track",
        "Deposit Authorized",
        "java",
        {
            "booking_ref": G(lambda f: booking_ref(f)),
            "payment_intent": {
                "id": G(lambda f: "pi_3" + alnum(f, 23)),
                "amount": G(lambda f: f.pick([20000, 30000, 50000])),
                "currency": G(lambda f: "eur"),
                "capture_method": G(lambda f: "manual"),
                "client_secret": RED(
                    lambda f: "pi_3" + alnum(f, 23) + "_secret_" + alnum(f, 25), "secret|token"
                ),
                "customer": G(lambda f: "cus_" + alnum(f, 14)),
                "status": G(lambda f: f.pick(["requires_capture", "succeeded", "canceled"])),
            },
            "billing_details": {
                "name": Y(lambda f: full(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "address": {
                    "line1": Y(lambda f: street(f), "address"),
                    "city": Y(lambda f: city(f), "address|city"),
                    "postal_code": Y(lambda f: postcode(f), "address|zipcode"),
                    "country": G(lambda f: f.pick(["IT", "DE", "GB", "US", "GR"])),
                },
            },
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: d(f, 4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "country": G(lambda f: f.pick(["IT", "DE", "US"])),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
            },
        },
    ),
    (
        "track",
        "Refund Requested",
        "java",
        {
            "booking_ref": G(lambda f: booking_ref(f)),
            "amount": G(lambda f: f.money(20, 2000)),
            "refund_iban": RED(lambda f: iban(f), "bank account"),
            "account_holder": Y(lambda f: full(f), "name"),
            "reason": G(lambda f: f.pick(["cancellation", "overcharge", "deposit_return"])),
            "travel_insurance_policy": Y(
                lambda f: f.pick(["EUA-", "AXA-IT-", "ALZ"]) + d(f, 9), "identification"
            ),
        },
    ),
    # -- reviews (ruby) ------------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        "ruby",
        {
            "review_id": G(lambda f: d(f, 8)),
            "booking_ref": G(lambda f: booking_ref(f)),
            "property_name": G(lambda f: f.pick(PROPERTIES_IT + PROPERTIES_GR)),
            "rating_overall": G(lambda f: f.r.randint(1, 10)),
            "rating_cleanliness": G(lambda f: f.r.randint(1, 10)),
            "rating_location": G(lambda f: f.r.randint(1, 10)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Indimenticabile",
                        "Perfect base for the Amalfi coast",
                        "Noisy at night",
                        "Υπέροχη διαμονή",
                        "Sehr sauber",
                    ]
                )
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "The view from the terrace was unreal and breakfast was generous.",
                        "Camera pulita, posizione ottima, parcheggio difficile.",
                        "Beds were a bit hard but the staff were lovely.",
                        "Πολύ καθαρό και ήσυχο, θα ξαναερθουμε!",
                        "Would not recommend in August: too hot, AC weak.",
                    ]
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "reviewer_country": G(
                lambda f: f.pick(["Italy", "Germany", "United Kingdom", "Greece", "United States"])
            ),
            "traveller_type": G(lambda f: f.pick(["couple", "family", "solo", "business", "group"])),
            "stay_month": G(lambda f: f.pick(["2024-06", "2024-07", "2024-08", "2024-09"])),
            "verified_stay": G(lambda f: True),
            "photos_count": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Host Replied To Review",
        "ruby",
        {
            "review_id": G(lambda f: d(f, 8)),
            "reply_text": G(
                lambda f: f.pick(
                    [
                        "Grazie mille, a presto!",
                        "Thank you for staying with us!",
                        "We are sorry about the noise, we've added double glazing.",
                    ]
                )
            ),
            "host_first_name": Y(lambda f: first(f, f.pick(["IT", "GR"])), "name"),
            "reply_delay_hours": G(lambda f: f.r.randint(1, 200)),
        },
    ),
    # -- WordPress booking plugin (php) -------------------------------------------------------
    (
        "track",
        "Booking Request Submitted",
        "php",
        {
            "form_id": G(lambda f: str(f.r.randint(1, 9))),
            "property": G(lambda f: f.pick(PROPERTIES_IT)),
            "your-name": Y(lambda f: full(f), "name"),
            "your-email": Y(lambda f: email(f), "email"),
            "your-phone": Y(lambda f: phone(f), "phone"),
            "arrival": G(lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(4, 10):02d}/2024"),
            "departure": G(lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(4, 10):02d}/2024"),
            "guests": G(lambda f: str(f.r.randint(1, 6))),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cc_holder": Y(lambda f: full(f), "name"),
            "acceptance-privacy": G(lambda f: "1"),
            "your-message": Y(lambda f: contact_text(f), "email|phone", True),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        "php",
        {
            "list_id": G(lambda f: f.hexid(10)),
            "email_address": Y(lambda f: email(f), "email"),
            "merge_fields": {
                "FNAME": Y(lambda f: first(f), "name"),
                "LNAME": Y(lambda f: last(f), "name"),
                "BIRTHDAY": Y(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}", "birthdate"),
                "LANG": G(lambda f: f.pick(["it", "en", "de"])),
            },
            "double_optin": G(lambda f: True),
            "source": G(lambda f: f.pick(["footer", "popup", "checkout"])),
        },
    ),
    # -- tourist tax and police portal (.NET, PascalCase) ----------------------------------------
    (
        "track",
        "TouristTaxReturnFiled",
        "dotnet",
        {
            "PropertyCode": G(lambda f: "STR" + d(f, 6)),
            "Municipality": G(
                lambda f: f.pick(["Roma Capitale", "Comune di Firenze", "Comune di Venezia", "Dimos Thiras"])
            ),
            "PeriodStart": G(lambda f: f.pick(["2024-04-01", "2024-07-01"])),
            "PeriodEnd": G(lambda f: f.pick(["2024-06-30", "2024-09-30"])),
            "TaxableNights": G(lambda f: f.r.randint(10, 900)),
            "ExemptNights": G(lambda f: f.r.randint(0, 100)),
            "AmountDue": G(lambda f: f.money(50, 9000)),
            "Currency": G(lambda f: "EUR"),
            "SubmittedBy": Y(lambda f: full(f, "IT"), "name"),
            "SubmittedByEmail": Y(lambda f: email(f, "IT"), "email"),
            "ReceiptNumber": G(lambda f: "PG" + d(f, 10)),
            "IsLate": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "GuestCheckedIn",
        "dotnet",
        {
            "ReservationId": G(lambda f: f.uuid()),
            "RoomNumber": G(lambda f: f.r.randint(101, 412)),
            "GuestFullName": Y(lambda f: full(f), "name"),
            "DateOfBirth": Y(lambda f: birthdate(f) + "T00:00:00", "birthdate"),
            "Nationality": Y(lambda f: f.pick(["IT", "DE", "GB", "US", "GR", "FR", "CN"]), "citizenship"),
            "PassportNumber": RED(lambda f: passport(f), "passport"),
            "Companions": Many(
                {
                    "FullName": Y(lambda f: full(f), "name"),
                    "Age": G(lambda f: f.r.randint(0, 80)),
                    "IsChild": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "KeyCardsIssued": G(lambda f: f.r.randint(1, 4)),
            "HandledBy": Y(lambda f: first(f, "IT"), "name"),
            "EarlyCheckIn": G(lambda f: f.pick([True, False])),
            "MarketSegment": G(lambda f: f.pick(["Leisure", "Corporate", "Group", "OTA"])),
        },
    ),
    (
        "track",
        "StaffOnboarded",
        "dotnet",
        {
            "EmployeeId": G(lambda f: f.r.randint(1000, 9999)),
            "EmployeeName": Y(lambda f: full(f, f.pick(["IT", "GR", "PL", "IN", "NG"])), "name"),
            "EmployeeEmail": Y(lambda f: email(f), "email"),
            "EmployeePhone": Y(lambda f: phone(f, f.pick(["IT", "GR"])), "phone"),
            "HomeAddress": Y(lambda f: street(f, f.pick(["IT", "GR"])), "address"),
            "TaxCode": RED(lambda f: f.pick([codice_fiscale, afm])(f), "national id"),
            "Iban": RED(lambda f: iban(f, f.pick(["IT", "GR"])), "bank account"),
            "HourlyWage": Y(lambda f: f.pick([9.5, 10.25, 11.0, 12.5, 14.0]), "salary"),
            "JobTitle": G(
                lambda f: f.pick(["Receptionist", "Housekeeper", "Night Auditor", "Maintenance Technician"])
            ),
            "Department": G(lambda f: f.pick(["Front Office", "Housekeeping", "F&B", "Maintenance"])),
            "StartDate": G(lambda f: stay_date(f)),
            "EmergencyContact": {
                "Name": Y(lambda f: full(f), "name"),
                "Phone": Y(lambda f: phone(f), "phone"),
                "Relationship": G(lambda f: f.pick(["Spouse", "Mother", "Brother", "Partner"])),
            },
            "ContractHoursPerWeek": G(lambda f: f.pick([20, 30, 40])),
        },
    ),
    # -- reverse ETL from the warehouse (SCREAMING_SNAKE) --------------------------------------
    (
        "identify",
        None,
        "etl",
        {
            "GUEST_ID": G(lambda f: d(f, 8)),
            "EMAIL_ADDRESS": Y(lambda f: email(f), "email"),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "LAST_NAME": Y(lambda f: last(f), "name"),
            "PHONE_NUMBER": Y(lambda f: phone(f), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: birthdate(f), "birthdate"),
            "HOME_CITY": Y(lambda f: city(f), "city"),
            "HOME_COUNTRY": G(lambda f: f.pick(["IT", "DE", "GB", "US", "GR", "FR", "NL"])),
            "LIFETIME_STAYS": G(lambda f: f.r.randint(1, 30)),
            "LIFETIME_REVENUE_EUR": G(lambda f: f.money(100, 40000)),
            "LAST_STAY_DATE": G(lambda f: stay_date(f)),
            "LOYALTY_TIER": G(lambda f: f.pick(["SILVER", "GOLD", "PLATINUM", "NONE"])),
            "MARKETING_CONSENT": G(lambda f: f.pick([True, False])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(["it", "en", "de", "el"])),
            "HAS_CHILDREN": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Fattura Richiesta",
        "python",
        {
            "id_prenotazione": G(lambda f: booking_ref(f)),
            "tipo_cliente": G(lambda f: f.pick(["privato", "azienda"])),
            "intestatario": Y(lambda f: full(f, "IT"), "name"),
            "codice_fiscale": RED(lambda f: codice_fiscale(f), "national id"),
            "indirizzo_fatturazione": Y(lambda f: street(f, "IT"), "address"),
            "cap": Y(lambda f: postcode(f, "IT"), "zipcode"),
            "comune_fatturazione": Y(lambda f: city(f, "IT"), "city|address"),
            "pec": Y(
                lambda f: email(f, "IT").split("@")[0] + "@pec.it",
                "email",
            ),
            "codice_destinatario": G(lambda f: f.pick(["0000000", "M5UXCR1", "KRRH6B9", "T04ZHR3"])),
            "importo_totale": G(lambda f: f.money(80, 4000)),
            "numero_fattura": G(lambda f: f"2024/{d(f, 4)}"),
        },
    ),
    (
        "track",
        "Kids Club Registration",
        "python",
        {
            "registration_id": G(lambda f: d(f, 6)),
            "child": {
                "first_name": Y(lambda f: first(f), "name"),
                "date_of_birth": Y(lambda f: birthdate(f, 2013, 2021), "birthdate"),
                "age_group": G(lambda f: f.pick(["3-5", "6-9", "10-12"])),
                "allergies": Y(
                    lambda f: f.pick(["none", "peanuts", "eggs", "bee stings", "milk"]), "allergy"
                ),
                "swims_unaided": G(lambda f: f.pick([True, False])),
            },
            "parent_name": Y(lambda f: full(f), "name"),
            "parent_mobile": Y(lambda f: phone(f), "phone"),
            "room": G(lambda f: str(f.r.randint(101, 412))),
            "authorised_pickups": Many(
                {
                    "name": Y(lambda f: full(f), "name"),
                    "relation": G(lambda f: f.pick(["grandmother", "uncle", "nanny"])),
                },
                2,
            ),
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Event Enquiry Submitted",
        "node",
        {
            "hs_form_id": G(lambda f: f.uuid()),
            "firstname": Y(lambda f: first(f), "name"),
            "lastname": Y(lambda f: last(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "mobilephone": Y(lambda f: phone(f), "phone"),
            "partner_name": Y(lambda f: full(f), "name"),
            "event_type": G(lambda f: f.pick(["wedding", "civil_union", "corporate_retreat", "birthday"])),
            "event_date": G(lambda f: f"2025-{f.r.randint(5, 10):02d}-{f.r.randint(1, 28):02d}"),
            "guest_count": G(lambda f: f.r.randint(10, 200)),
            "budget_eur": G(lambda f: f.pick([5000, 15000, 30000, 60000])),
            "venue": G(lambda f: f.pick(["Masseria Le Pietre", "Villa Luce", "Ktima Georgiou"])),
            "hutk": G(lambda f: f.hexid(32)),
        },
    ),
    # -- chatbot and misc server events --------------------------------------------------------
    (
        "track",
        "Chatbot Input Received",
        "python",
        {
            "session_id": G(lambda f: f.uuid()),
            "input": Y(
                lambda f: f.pick(
                    [
                        lambda: f"la prenotazione è a nome {full(f)}",
                        lambda: f"booking under {last(f)}, {first(f)}",
                        lambda: f"mi chiamo {full(f, 'IT')} e vorrei cambiare le date",
                        lambda: f"my name is {full(f)}, I need an invoice",
                    ]
                )(),
                "name",
                True,
            ),
            "intent": G(lambda f: f.pick(["find_booking", "change_dates", "invoice_request"])),
            "confidence": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "handoff_to_agent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Airport Transfer Booked",
        "python",
        {
            "id_prenotazione": G(lambda f: booking_ref(f)),
            "flight_number": G(lambda f: f.pick(["FR 8374", "AZ 1271", "A3 612", "LH 1842", "BA 2604"])),
            "frequent_flyer_no": G(lambda f: f.pick(["MM", "AZ", "LH"]) + d(f, 9)),
            "pickup_time": G(lambda f: f.iso()),
            "passengers": G(lambda f: f.r.randint(1, 7)),
            "driver_name": Y(lambda f: full(f, f.pick(["IT", "GR"])), "name"),
            "driver_phone": Y(lambda f: phone(f, f.pick(["IT", "GR"])), "phone"),
            "vehicle_plate": Y(lambda f: plate(f), "license"),
            "child_seat": G(lambda f: f.pick([True, False])),
            "price": G(lambda f: f.pick([65, 90, 120, 180])),
        },
    ),
    (
        "track",
        "Maintenance Ticket Opened",
        "python",
        {
            "ticket_id": G(lambda f: "MT-" + d(f, 5)),
            "struttura": G(lambda f: f.pick(PROPERTIES_IT)),
            "categoria": G(lambda f: f.pick(["idraulica", "elettricità", "climatizzazione", "serratura"])),
            "descrizione": G(
                lambda f: f.pick(
                    [
                        "Perdita d'acqua dal lavandino",
                        "Condizionatore non raffredda",
                        "Serratura smart non risponde",
                        "Lampadina bruciata in bagno",
                    ]
                )
            ),
            "tecnico_assegnato": Y(lambda f: full(f, "IT"), "name"),
            "tecnico_telefono": Y(lambda f: phone(f, "IT"), "phone"),
            "urgente": G(lambda f: f.pick([True, False])),
            "costo_stimato": G(lambda f: f.money(20, 800)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
            }
            if kind != "page" or f.r.random() < 0.4:
                msg["userId"] = "g_" + d(f, 7)
            if kind == "alias":
                msg["userId"] = "g_" + d(f, 7)
                msg["previousId"] = msg["anonymousId"]
            if kind == "group":
                msg["groupId"] = "org_" + d(f, 5)
            if event:
                if kind in ("page", "screen"):
                    msg["name"] = event
                else:
                    msg["event"] = event
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            ctx = client if callable(client) else CONTEXTS[client]
            msg["context"] = render(ctx(f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=5151, repeats=30)
    write(Path(__file__).parent, "holdout51_", events, labels)
