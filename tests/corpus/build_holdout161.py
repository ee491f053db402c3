"""Writes holdout161: tests/corpus/holdout161_events.jsonl and holdout161_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never scored by its author. Only build.py / fake.py (the helpers) and
build_holdout3.py (for the format) were read.

Domain: a membership app for public libraries, museums and cultural venues in Canada (Québec,
Ontario, B.C.), Belgium (Flanders, Brussels, Wallonia) and Switzerland (German, French and
Italian cantons). Covered: library cards, kiosk and app logins, PIN resets, catalogue search,
holds, loans, renewals, fines, reading lists and reviews, interlibrary loans, study rooms; museum
memberships (household, gift), guest passes, wallet passes, tickets and the gift shop (Segment
e-commerce spec events), audio guides, free admission; event, workshop and day-camp bookings with
dependants, attendees, emergency contacts and authorised pick-ups; accessibility requests;
donations with Canadian tax receipts, Belgian fiscal attestations and Swiss QR bills,
pre-authorised debits; newsletters (Mailchimp-shaped), SMS and e-mail sends (Twilio- and
SendGrid-shaped), support tickets, staff desk look-ups and notes, staff shifts, volunteers,
newcomer programmes, surveys, ad conversions, an ILS sync error carrying request headers, group
calls for schools and companies, alias calls.

Clients: analytics.js (site and catalogue), analytics-swift, analytics-kotlin (app and
self-check kiosks), analytics-react-native, analytics_flutter, and server libraries
analytics-python, analytics-node, analytics-go, analytics-java, analytics-ruby, analytics-php and
Analytics.NET, each with the context block it really sends (app, device, library, locale, os,
screen, network, timezone, userAgent, campaign, page, ip, traits, instanceId, location).

Conventions: mostly camelCase (web and mobile) and snake_case (servers); about 15 % of keys are
PascalCase (the .NET donation service), kebab-case (a kiosk vendor, HTTP header names),
SCREAMING_SNAKE (a warehouse reverse-ETL identify), Mailchimp's merge tags, and French, Dutch,
German and Italian backend keys (Québec and Walloon, Flemish, Swiss-German and Ticino systems).

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, recipients, guests, dependants,
  emergency contacts, pick-up proxies, staff and volunteers. Colour is the reference's default
  for the matcher; outside the reference: red for credentials/secrets/tokens, card numbers, bank
  accounts, government ids (SIN, Belgian national register number, AHV/AVS, identity documents)
  and health ids (RAMQ, OHIP); yellow for geolocation, advertising ids, trade union.
- Green: ids we issue (patron, loan, hold, order, booking, receipt, ticket ids), library-card
  barcodes and member numbers (published policy: member numbers are green, even under
  `cardNumber` and even though a library barcode carries a Luhn-style check digit), item
  barcodes, ISBNs, SKUs, versions, timestamps, enums, counters and booleans under PII-sounding
  keys, ages and age bands, job titles and employers, venue / branch / school / company names,
  the venue's own phone, e-mail (role mailboxes), address and coordinates, pets (a reading dog,
  a service animal's name), bank transit / institution numbers, card brand / last four / expiry
  / BIN, Message-IDs, Places session tokens, OS-issued device ids, user agents.
- Bibliographic and catalogue data is green: book titles, authors, artists of exhibited works.
  They are public catalogue metadata about works, not data about our users (a careful owner
  would not want every `author` flagged). Staff who deal with the user (instructors, assignees,
  desk staff) are people: their names and e-mails are yellow.
- Contested cases follow the published policy: insurer member numbers `identification`
  (yellow); prescriptions `medication`; pay `salary` (a household-income band is `salary` too);
  plates `license`; gclid / fbp / fbc `advertising id`; billing and tax-receipt addresses
  `address`; trade-union affiliation `trade union` (yellow); Stripe `pm_` ids, one-time codes,
  magic-link tokens and push tokens `token` (red); health card numbers `health id` (red);
  identity-document numbers `national id|passport` (red); right to work / work-permit answers
  and immigration status `visa` (red).
- A boolean or enum that reveals a special category is labelled with that category (wheelchair
  user, service animal: `disability`, red; allergies, EpiPen: `allergy`; veteran: `veteran`,
  red). Undecidable case, settled as a careful owner would: an enum or list whose vocabulary
  includes values that reveal a category (dietary needs with `halal` / `kosher` / `nut allergy`
  beside `vegetarian`) is labelled with that category, since the field as a whole carries it.
- A hash of a person's e-mail or phone sent for ad matching is still that person's identifier:
  yellow, typed as what was hashed (`email`, `phone`). A hash of non-PII is green.
- A person's country of birth is `citizenship` (yellow); country of an address is green. A
  user's postal code, even the 3-character Canadian FSA, is `zipcode`.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `to`, `destination`, `notes`, `body`, a URL key holding a token). A
  value_only PII path holds that PII in every value (the generators guarantee it); free text
  is labelled by what every one of its values carries, green when none does.
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers of the three countries ----------------------------------------------

FIRST = {
    "CA": [
        "Geneviève",
        "Mathieu",
        "Élodie",
        "Jean-François",
        "Siobhan",
        "Aiyana",
        "Harpreet",
        "Gurpreet",
        "Wei",
        "Xiaoling",
        "Minh",
        "Nasrin",
        "Kofi",
        "Oluwaseun",
        "Isabelle",
        "Chantal",
        "Rohan",
        "Maëlle",
        "Tavish",
        "Malalai",
        "Jesús",
        "Marie-Ève",
    ],
    "BE": [
        "Jef",
        "Lotte",
        "Wout",
        "Fien",
        "Anouk",
        "Yasmine",
        "Mehmet",
        "Thibault",
        "Amélie",
        "Koen",
        "Nathalie",
        "Ilse",
        "Karim",
        "Fatou",
        "Bram",
        "Griet",
        "Loïc",
        "Mohamed",
        "Sanne",
        "Ayşe",
    ],
    "CH": [
        "Urs",
        "Reto",
        "Corinne",
        "Nicole",
        "Luca",
        "Chiara",
        "Giulia",
        "Matteo",
        "Ueli",
        "Seraina",
        "Gian-Andrea",
        "Aurélie",
        "Jonas",
        "Leandro",
        "Dragana",
        "Elif",
        "Fabienne",
        "Arben",
    ],
}
LAST = {
    "CA": [
        "Tremblay",
        "Gagnon",
        "Roy",
        "Côté",
        "Bouchard",
        "Gauthier",
        "MacDonald",
        "Singh",
        "Nguyen",
        "Wong",
        "Sauvé",
        "Ouellet",
        "Okonkwo",
        "Campbell",
        "Lavoie",
        "Cardinal",
        "Sandhu",
        "Li",
        "Bélanger",
        "Abdi",
    ],
    "BE": [
        "Peeters",
        "Janssens",
        "Maes",
        "Jacobs",
        "Mertens",
        "Willems",
        "Claes",
        "Goossens",
        "Wouters",
        "De Smet",
        "Dubois",
        "Lambert",
        "Dupont",
        "Van den Broeck",
        "El Amrani",
        "Y\u0131lmaz",
        "Kabongo",
        "Vandenberghe",
    ],
    "CH": [
        "Müller",
        "Meier",
        "Schmid",
        "Keller",
        "Weber",
        "Huber",
        "Gerber",
        "Brunner",
        "Bernasconi",
        "Fontana",
        "Rochat",
        "Favre",
        "Caflisch",
        "Berisha",
        "Krasniqi",
        "Zürcher",
        "Steiner",
        "Pfister",
    ],
}
MAIL_DOMAINS = {
    "CA": ["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca", "outlook.com", "icloud.com"],
    "BE": ["telenet.be", "skynet.be", "gmail.com", "proximus.be", "hotmail.be", "outlook.be"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch", "hispeed.ch", "protonmail.ch"],
}
STREETS = {
    "CA": [
        "rue Saint-Denis",
        "boulevard René-Lévesque Ouest",
        "Queen Street West",
        "avenue du Mont-Royal Est",
        "Bank Street",
        "Commercial Drive",
        "rue Principale",
        "chemin Sainte-Foy",
        "Bloor Street East",
        "avenue Papineau",
    ],
    "BE": [
        "Rue de la Loi",
        "Chaussée de Wavre",
        "Avenue Louise",
        "Kerkstraat",
        "Stationsstraat",
        "Meir",
        "Veldstraat",
        "Rue Saint-Gilles",
        "Dorpsstraat",
        "Boulevard d'Avroy",
    ],
    "CH": [
        "Bahnhofstrasse",
        "Rue du Rhône",
        "Via Nassa",
        "Seestrasse",
        "Avenue de la Gare",
        "Kramgasse",
        "Langstrasse",
        "Via Cantonale",
        "Rue de Lausanne",
        "Hauptstrasse",
    ],
}
CITIES_CA = [
    ("Montréal", "QC"),
    ("Québec", "QC"),
    ("Gatineau", "QC"),
    ("Sherbrooke", "QC"),
    ("Toronto", "ON"),
    ("Ottawa", "ON"),
    ("Vancouver", "BC"),
    ("Victoria", "BC"),
    ("Halifax", "NS"),
    ("Winnipeg", "MB"),
]
CITIES_BE = [
    ("1000", "Bruxelles"),
    ("1050", "Ixelles"),
    ("2000", "Antwerpen"),
    ("9000", "Gent"),
    ("3000", "Leuven"),
    ("4000", "Liège"),
    ("5000", "Namur"),
    ("8000", "Brugge"),
    ("1348", "Louvain-la-Neuve"),
    ("2800", "Mechelen"),
]
CITIES_CH = [
    ("8001", "Zürich"),
    ("3011", "Bern"),
    ("1204", "Genève"),
    ("6900", "Lugano"),
    ("4051", "Basel"),
    ("1003", "Lausanne"),
    ("6003", "Luzern"),
    ("9000", "St. Gallen"),
    ("2000", "Neuchâtel"),
    ("6500", "Bellinzona"),
]
CENTRES = [
    (45.5019, -73.5674),
    (46.8139, -71.2080),
    (43.6532, -79.3832),
    (49.2827, -123.1207),
    (50.8503, 4.3517),
    (51.0543, 3.7174),
    (51.2194, 4.4025),
    (46.2044, 6.1432),
    (47.3769, 8.5417),
    (46.0037, 8.9511),
]
BRANCHES = [
    "Bibliothèque du Plateau-Mont-Royal",
    "Bibliothèque Gabrielle-Roy",
    "Lillian H. Smith Branch",
    "Bibliotheek Zuid",
    "De Krook",
    "Bibliothèque des Riches-Claires",
    "Pestalozzi-Bibliothek Altstadt",
    "Bibliothèque de la Cité",
    "Biblioteca cantonale Lugano",
]
BRANCH_CODES = ["PMR", "GRQ", "LHS", "ZUID", "KROOK", "BRC", "PBZ-ALT", "BCGE", "BCLU"]
VENUES = [
    "Musée du Littoral",
    "Kunsthalle Limmat",
    "Museo d'arte Ceresio",
    "MAS Antwerpen",
    "Maison de la culture Rosemont",
    "Royal Lakeshore Museum",
    "Centre Pompidou-Genève",
]
TITLES = [
    ("Kukum", "Michel Jean"),
    ("Les villes de papier", "Dominique Fortier"),
    ("Het smelt", "Lize Spit"),
    ("Oorlog en terpentijn", "Stefan Hertmans"),
    ("Die Wand", "Marlen Haushofer"),
    ("Il deserto dei Tartari", "Dino Buzzati"),
    ("Five Little Indians", "Michelle Good"),
    ("The Handmaid's Tale", "Margaret Atwood"),
    ("Le pays des autres", "Leïla Slimani"),
    ("Kafka am Strand", "Haruki Murakami"),
    ("Agaat", "Marlene van Niekerk"),
    ("La femme qui fuit", "Anaïs Barbeau-Lavalette"),
    ("Moon of the Crusted Snow", "Waubgeshig Rice"),
    ("Heidi", "Johanna Spyri"),
]
EXHIBITIONS = [
    "Riopelle: À la rencontre des territoires nordiques",
    "Van Eyck. Une révolution optique",
    "Giacometti & Ticino",
    "Hokusai: Beyond the Great Wave",
    "Textiles of the Métis Nation",
    "Magritte en de surrealisten",
    "Swiss Posters 1900-1950",
]
WORKSHOPS = [
    "Atelier de reliure japonaise",
    "Coding Club 10-14 ans",
    "Kinderatelier Linoldruck",
    "Fablab: imprimante 3D",
    "Heure du conte en famille",
    "Schrijfatelier voor volwassenen",
    "Laboratorio di acquerello",
    "Tax clinic for seniors",
    "Voorleesuurtje met Bas",
]
LOCALES = ["fr-CA", "en-CA", "nl-BE", "fr-BE", "de-CH", "fr-CH", "it-CH"]
TIMEZONES = ["America/Toronto", "America/Montreal", "America/Vancouver", "Europe/Brussels", "Europe/Zurich"]
COUNTRIES = ["CA", "BE", "CH"]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def country(f: Fake) -> str:
    return f.pick(COUNTRIES)


def first(f: Fake, cc: str | None = None) -> str:
    return f.pick(FIRST[cc or country(f)])


def last(f: Fake, cc: str | None = None) -> str:
    return f.pick(LAST[cc or country(f)])


def full_name(f: Fake) -> str:
    cc = country(f)
    return f"{first(f, cc)} {last(f, cc)}"


def email(f: Fake) -> str:
    cc = country(f)
    user = ascii_fold(first(f, cc)).lower().replace(" ", "").replace("'", "")
    fam = ascii_fold(last(f, cc)).lower().replace(" ", "").replace("'", "").replace("\u0131", "i")
    local = f.pick([f"{user}.{fam}", f"{user[0]}{fam}", f"{user}_{fam}{f.r.randint(1, 99)}", f"{fam}.{user}"])
    return f"{local}@{f.pick(MAIL_DOMAINS[cc])}"


def phone(f: Fake, cc: str | None = None) -> str:
    cc = cc or country(f)
    r = f.r
    if cc == "CA":
        area = f.pick(["514", "438", "418", "819", "416", "647", "613", "604", "902", "204"])
        ex, line = r.randint(200, 989), r.randint(0, 9999)
        return f.pick(
            [
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"+1{area}{ex}{line:04d}",
                f"+1 {area} {ex} {line:04d}",
            ]
        )
    if cc == "BE":
        mob = f.pick(
            ["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "495", "496"]
        )
        a, b, c = r.randint(10, 99), r.randint(10, 99), r.randint(10, 99)
        return f.pick(
            [
                f"+32 {mob} {a} {b} {c}",
                f"0{mob} {a} {b} {c}",
                f"0{mob}/{a}.{b}.{c}",
                f"+32{mob}{a}{b}{c}",
                f"+32 2 {r.randint(200, 799)} {a} {b}",
                f"09 {r.randint(200, 399)} {a} {b}",
            ]
        )
    mob = f.pick(["76", "77", "78", "79"])
    a, b, c = r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)
    return f.pick(
        [
            f"+41 {mob} {a} {b} {c}",
            f"0{mob} {a} {b} {c}",
            f"+41{mob}{a}{b}{c}",
            f"+41 44 {a} {b} {c}",
            f"0041 {mob} {a} {b} {c}",
        ]
    )


def ca_postal(f: Fake) -> str:
    first_letters = "ABCEGHJKLMNPRSTVXY"
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    r = f.r
    fsa = f"{f.pick(first_letters)}{r.randint(0, 9)}{f.pick(letters)}"
    return f"{fsa} {r.randint(0, 9)}{f.pick(letters)}{r.randint(0, 9)}"


def postal(f: Fake) -> str:
    cc = country(f)
    if cc == "CA":
        return ca_postal(f)
    return f.pick(CITIES_BE if cc == "BE" else CITIES_CH)[0]


def street(f: Fake, cc: str | None = None) -> str:
    cc = cc or country(f)
    n = f.r.randint(1, 4999) if cc == "CA" else f.r.randint(1, 180)
    if cc == "CA":
        unit = f.pick(["", "", f"app. {f.r.randint(1, 30)}, ", f"{f.r.randint(100, 2400)}-"])
        return f"{unit}{n} {f.pick(STREETS['CA'])}"
    box = f.pick(["", "", f" bus {f.r.randint(1, 12)}", f" bte {f.r.randint(1, 8)}"]) if cc == "BE" else ""
    return f"{f.pick(STREETS[cc])} {n}{box}"


def city(f: Fake) -> str:
    cc = country(f)
    if cc == "CA":
        return f.pick(CITIES_CA)[0]
    return f.pick(CITIES_BE if cc == "BE" else CITIES_CH)[1]


def full_address(f: Fake) -> str:
    cc = country(f)
    if cc == "CA":
        town, prov = f.pick(CITIES_CA)
        return f"{street(f, 'CA')}, {town}, {prov} {ca_postal(f)}"
    code, town = f.pick(CITIES_BE if cc == "BE" else CITIES_CH)
    return f"{street(f, cc)}, {code} {town}"


def birthdate(f: Fake, start=1940, end=2006) -> str:
    return f.date(start, end)


def lat(f: Fake) -> float:
    return round(f.pick(CENTRES)[0] + f.r.uniform(-0.08, 0.08), 6)


def lon(f: Fake) -> float:
    return round(f.pick(CENTRES)[1] + f.r.uniform(-0.08, 0.08), 6)


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2a02:1811", "2a02:a03f", "2001:56a", "2607:fea8", "2a02:aa10", "2a02:1210"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.75 else ipv6(f)


def luhn_digits(f: Fake, n: int, prefix: str = "") -> str:
    body = prefix + "".join(str(f.r.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    return f.luhn_complete(body)


def library_card(f: Fake) -> str:
    """A 14-digit Codabar patron barcode (leading 2, institution code, Luhn-style check)."""
    return luhn_digits(f, 14, "2" + f.pick(["9082", "1137", "3050", "8761"]))


def item_barcode(f: Fake) -> str:
    return luhn_digits(f, 14, "3" + f.pick(["9082", "1137", "3050", "8761"]))


def member_number(f: Fake) -> str:
    return f.pick(["M", "MBR-", "LID", ""]) + f.digits(f.pick([6, 7, 8]))


def isbn13(f: Fake) -> str:
    body = f.pick(["97828", "97890", "97830", "97888", "97807", "97817"]) + f.digits(7)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def sin(f: Fake) -> str:
    n = luhn_digits(f, 9, f.pick(["1", "2", "3", "4", "5", "6", "7", "9"]))
    return f.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def be_national_number(f: Fake) -> str:
    year = f.r.randint(1940, 2008)
    yymmdd = f"{year % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    seq = f"{f.r.randint(1, 997):03d}"
    base = int(("2" if year >= 2000 else "") + yymmdd + seq)
    check = 97 - base % 97
    raw = f"{yymmdd}{seq}{check:02d}"
    if f.r.random() < 0.5:
        return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}-{raw[6:9]}.{raw[9:]}"
    return raw


def be_eid_card(f: Fake) -> str:
    first10 = "59" + f.digits(8)
    check = int(first10) % 97 or 97
    return f"{first10[:3]}-{first10[3:]}-{check:02d}"


def ahv(f: Fake) -> str:
    body = "756" + "".join(str(f.r.randint(0, 9)) for _ in range(9))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    n = body + str((10 - total % 10) % 10)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def passport_no(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f.pick(
        [
            f.pick(letters) + f.pick(letters) + f.digits(6),  # Canada, Belgium
            f.pick(["X", "S", "F"]) + f.digits(7),  # Switzerland
        ]
    )


def id_document(f: Fake) -> str:
    return f.pick([passport_no(f), be_eid_card(f), "C" + f.digits(8), f.pick(["S", "T", "G"]) + f.digits(8)])


def ramq(f: Fake) -> str:
    fam = ascii_fold(f.pick(LAST["CA"])).upper().replace(" ", "").replace("'", "")
    given = ascii_fold(f.pick(FIRST["CA"])).upper()
    month = f.r.randint(1, 12) + f.pick([0, 50])
    yy, dd, seq = f.r.randint(0, 99), f.r.randint(1, 28), f.r.randint(10, 99)
    return f"{(fam + 'XXX')[:3]}{given[0]} {yy:02d}{month:02d} {dd:02d}{seq}"


def ohip(f: Fake) -> str:
    n = luhn_digits(f, 10, f.pick(["1", "2", "4", "5", "6", "7", "9"]))
    vc = f.pick(["AB", "KT", "XY", "HM", "ZR"])
    return f.pick([f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n} {vc}", n])


def health_card(f: Fake) -> str:
    return f.pick([ramq(f), ohip(f)])


def iban_generic(f: Fake, cc: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
    raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def iban(f: Fake) -> str:
    cc = f.pick(["BE", "BE", "CH", "CH", "DE", "FR", "NL"])
    if cc == "BE":
        first10 = f.pick(["001", "068", "363", "735", "973"]) + f.digits(7)
        return iban_generic(f, "BE", first10 + f"{int(first10) % 97 or 97:02d}")
    if cc == "CH":
        return iban_generic(f, "CH", f.pick(["00762", "00230", "09000", "00700", "80808"]) + f.digits(12))
    return f.iban(cc)


def ca_account(f: Fake) -> str:
    return f.digits(f.pick([7, 7, 8, 12]))


def plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"

    def ls(n):
        return "".join(f.pick(letters) for _ in range(n))

    return f.pick(
        [
            f"{ls(1)}{f.r.randint(10, 99)} {ls(3)}",  # Québec
            f"{ls(4)} {f.r.randint(100, 999)}",  # Ontario
            f"{f.r.randint(1, 2)}-{ls(3)}-{f.r.randint(100, 999)}",  # Belgium
            f"{f.pick(['ZH', 'GE', 'TI', 'BE', 'VD'])} {f.r.randint(1000, 999999)}",  # Switzerland
        ]
    )


def be_enterprise(f: Fake) -> str:
    first8 = f.pick(["0", "1"]) + f.digits(7)
    check = 97 - int(first8) % 97
    n = f"{first8}{check:02d}"
    return f"{n[:4]}.{n[4:7]}.{n[7:]}"


def ch_uid(f: Fake) -> str:
    while True:
        d = f.digits(8)
        s = sum(int(c) * w for c, w in zip(d, [5, 4, 3, 2, 7, 6, 5, 4], strict=True))
        check = 11 - s % 11
        if check == 11:
            check = 0
        if check != 10:
            return f"CHE-{d[:3]}.{d[3:6]}.{d[6:]}{check}"


def cra_bn(f: Fake) -> str:
    return f.digits(9) + "RR0001"


def stripe_pm(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "pm_" + "".join(f.pick(alnum) for _ in range(24))


def stripe_id(f: Fake, prefix: str) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "".join(f.pick(alnum) for _ in range(24))


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQjw" + "".join(f.pick(alnum) for _ in range(f.r.randint(70, 84))) + "_BwE"


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(56))


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def money(f: Fake, lo=1, hi=300) -> float:
    return f.money(lo, hi)


def day(f: Fake) -> str:
    return f.date(2024, 2025)


def push_token(f: Fake) -> str:
    return f.hexid(64)


def pin(f: Fake) -> str:
    return f"{f.r.randint(0, 9999):04d}"


def password(f: Fake) -> str:
    words = ["Soleil", "Tulipe", "Bergsee", "Montagne", "Fiets", "Lumière", "Gatto", "Erable", "Kaas"]
    return f.pick(words) + f.pick(["!", "#", "2024", "_", "."]) + str(f.r.randint(1, 999))


def twilio_sid(f: Fake, prefix="SM") -> str:
    return prefix + f.hexid(32)


def message_id(f: Fake) -> str:
    return f"<{f.hexid(16)}.{f.digits(10)}@mail.culturo.app>"


# -- free text ---------------------------------------------------------------------------------------


def callback_request(f: Fake) -> str:
    """Support descriptions: each one asks to be called back at a number."""
    p = phone(f)
    return f.pick(
        [
            f"Ma carte ne fonctionne plus à la borne. Rappelez-moi au {p} svp.",
            f"I was charged twice for my membership renewal, please call {p}.",
            f"Kan iemand mij terugbellen op {p}? Mijn reservatie staat niet in de app.",
            f"Bitte um Rückruf unter {p}, die Familienmitgliedschaft wird nicht angezeigt.",
            f"Non riesco ad accedere all'app, potete chiamarmi al {p}? Grazie",
            f"Lost my card at the Gabrielle-Roy branch. Reach me on {p} after 5pm.",
        ]
    )


def gift_message(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Joyeux anniversaire {n}! Bonnes visites au musée.",
            f"Happy birthday {n} — enjoy a year of exhibitions!",
            f"Voor {n}, veel kijkplezier! x",
            f"Alles Gute zum Geburtstag, liebe {n}!",
            f"Tanti auguri {n}, a presto al museo",
            f"{n}, this one's for all those rainy Sundays. Love you.",
        ]
    )


def sms_body(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Bonjour {n}, votre réservation est prête au comptoir. Elle sera gardée 7 jours.",
            f"Hi {n}, 2 items are due tomorrow. Renew at culturo.app/r",
            f"Dag {n}, je reservatie ligt klaar in de bib. Afhalen binnen 10 dagen.",
            f"Hallo {n}, Ihr Workshop beginnt morgen um 14:00.",
            f"Ciao {n}, il tuo biglietto per domenica è confermato.",
        ]
    )


def disability_note(f: Fake) -> str:
    return f.pick(
        [
            "Je me déplace en fauteuil roulant, j'aurai besoin de l'ascenseur.",
            "My son is autistic and needs a quiet space during the visit.",
            "Ik ben slechthorend, graag een plaats dicht bij de ringleiding.",
            "Sehbehindert, komme mit Blindenführhund.",
            "Uso le stampelle dopo un ictus, serve una sedia durante la visita.",
            "Deaf, will need an ASL interpreter for the Q&A.",
            "Ma fille a une déficience visuelle, audio-description SVP.",
        ]
    )


def staff_note(f: Fake) -> str:
    return f.pick(
        [
            f"Patron moved, new number {phone(f)}",
            f"Nouveau courriel: {email(f)} (vérifié au comptoir)",
            f"Wants notices at {email(f)} instead of by mail",
            f"Contact via dochter: {phone(f, 'BE')}",
            f"Neue Handynummer {phone(f, 'CH')}, Mahnungen per SMS",
        ]
    )


REVIEWS = [
    "Un roman bouleversant, j'ai lu la dernière partie d'une traite.",
    "Slow start but the ending is worth it.",
    "Prachtig geschreven, maar soms wat zwaar.",
    "Sehr empfehlenswert für Buchclubs.",
    "Bellissimo, lo consiglio a tutti.",
    "Not my cup of tea. The audiobook narrator is great though.",
    "Parfait pour les vacances.",
]
SURVEY_COMMENTS = [
    "Les bénévoles étaient super gentils.",
    "More benches in the sculpture hall please.",
    "De audiogids viel twee keer uit.",
    "Zu wenig Garderobenplatz am Sonntag.",
    "Il caffè del museo è ottimo!",
    "The kids loved the hands-on room.",
    "",
]
CHAT_TEXTS = [
    "Is the library open on Victoria Day?",
    "Est-ce que je peux renouveler un livre en retard?",
    "Hoe lang mag ik een e-book lenen?",
    "Kann ich die Familienkarte teilen?",
    "Do you have lockers for backpacks?",
    "À quelle heure ferme le musée jeudi?",
]


# -- contexts sent by the client libraries -----------------------------------------------------------


def campaign():
    return {
        "name": G(lambda f: f.pick(["rentree_2024", "museum_month", "nuit_blanche", "donation_q4"])),
        "source": G(lambda f: f.pick(["newsletter", "facebook", "google", "bibliocommons"])),
        "medium": G(lambda f: f.pick(["email", "cpc", "social", "referral"])),
        "term": G(lambda f: f.pick(["carte musées", "library card", "museumpas", "kulturpass"])),
        "content": G(lambda f: f.pick(["hero_banner", "footer_link", "story_2"])),
    }


def web_context(f: Fake):
    paths = ["/", "/catalogue/search", "/compte", "/membership", "/events", "/donate", "/fr/expositions"]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.2"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.facebook.com/", "https://culturo.app/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?lang=fr", "?branch=ZUID"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Culturo — Mon compte", "Catalogue | Culturo", "Devenir membre", "Faire un don"]
                )
            ),
            "url": G(lambda f: "https://culturo.app" + f.pick(paths)),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "125"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "campaign": campaign(),
    }


def kiosk_web_context(f: Fake):
    """Self-check kiosks running the web app full screen (Chromium kiosk mode)."""
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "next-1.72.2")},
        "page": {
            "path": G(lambda f: f.pick(["/kiosk/checkout", "/kiosk/login", "/kiosk/receipt"])),
            "url": G(lambda f: "https://kiosk.culturo.app" + f.pick(["/kiosk/checkout", "/kiosk/login"])),
            "title": G(lambda f: "Culturo Kiosk"),
        },
        "userAgent": G(
            lambda f: (
                "Mozilla/5.0 (X11; CrOS x86_64 15633.69.0) AppleWebKit/537.36 Chrome/124.0.0.0 Safari/537.36"
            )
        ),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Culturo"),
            "version": G(lambda f: f.pick(["4.6.0", "4.7.1", "4.8.0"])),
            "build": G(lambda f: f.pick(["4600", "4710", "4802"])),
            "namespace": G(lambda f: "app.culturo.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(push_token, "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(email, "email"),
            "memberNumber": G(member_number),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Culturo"),
            "version": G(lambda f: f.pick(["4.6.0", "4.7.1", "4.8.0"])),
            "build": G(lambda f: f.pick(["460012", "471003", "480001"])),
            "namespace": G(lambda f: "app.culturo.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "2201117TY", "CPH2581"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "spes", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Vidéotron", "Rogers", "Proximus", "Orange Belgium", "Swisscom", "Salt"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
    }


def kiosk_context(f: Fake):
    """The self-check stations: an Android kiosk app on analytics-kotlin."""
    return {
        "app": {
            "name": G(lambda f: "Culturo SelfCheck"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.2"])),
            "build": G(lambda f: f.pick(["230", "242"])),
            "namespace": G(lambda f: "app.culturo.selfcheck"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Elo", "Bibliotheca"])),
            "model": G(lambda f: f.pick(["I-Series 4", "smartserve 400"])),
            "name": G(lambda f: f.pick(["kiosk-gent-03", "kiosk-pmr-01", "kiosk-lugano-02"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: "12")},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Musées+"),
            "version": G(lambda f: f.pick(["2.11.0", "2.12.3"])),
            "build": G(lambda f: f.pick(["211", "2123"])),
            "namespace": G(lambda f: "ch.museesplus.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
        },
        "location": {
            "city": Y(city, "city"),
            "country": G(lambda f: f.pick(["Canada", "Belgique", "Schweiz"])),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "BiblioPass"),
            "version": G(lambda f: f.pick(["3.0.4", "3.1.0"])),
            "build": G(lambda f: f.pick(["56", "61"])),
            "namespace": G(lambda f: "be.bibliopass.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-A156B", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["nl-BE", "fr-BE", "en-BE"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([375, 393])), "height": G(lambda f: f.pick([812, 873]))},
        "timezone": G(lambda f: "Europe/Brussels"),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.3",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server_context(library: str, with_ip: bool = False, with_traits: bool = False):
    def make(f: Fake):
        ctx = {"library": {"name": G(lambda f: library), "version": G(lambda f: SERVER_VERSIONS[library])}}
        if with_ip:
            ctx["ip"] = Y(ip, "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if with_traits:
            ctx["traits"] = {"email": Y(email, "email")}
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "kioskweb": kiosk_web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "kiosk": kiosk_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "python+ip": server_context("analytics-python", with_ip=True),
    "node": server_context("analytics-node"),
    "node+ip": server_context("analytics-node", with_ip=True, with_traits=True),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby", with_traits=True),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}


# -- shared building blocks ---------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(
            lambda f: (
                f.pick(["MBR", "TKT", "SHOP", "GIFT"]) + "-" + f.digits(4) + f.pick(["", "-FR", "-NL", "-DE"])
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Adhésion Famille",
                    "Individual Membership",
                    "Dual Membership",
                    "Jahreskarte Plus",
                    "Billet général adulte",
                    "Exhibition ticket — Van Eyck",
                    "Catalogue d'exposition",
                    "Tote bag Riopelle",
                    "Puzzle 1000 pièces Magritte",
                    "Gift membership",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["membership", "tickets", "shop", "gift"])),
        "variant": G(lambda f: f.pick(["FR", "NL", "standard", "XL", "12 mois"])),
        "price": G(lambda f: money(f, 5, 260)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "coupon": G(lambda f: f.pick(["", "NUITBLANCHE", "MEMBRE10", "STUDENT"])),
        "url": G(lambda f: f"https://culturo.app/boutique/p/{f.digits(5)}"),
        "image_url": G(lambda f: f"https://cdn.culturo.app/products/{f.hexid(10)}.jpg"),
    }


def ca_address_obj():
    """A Canadian/Belgian/Swiss home or billing address object."""
    return {
        "line1": Y(street, "address|street"),
        "line2": Y(
            lambda f: f.pick(["app. 4", "bus 12", "2e étage", "c/o Meier", "Unit 1507", "Boîte 3"]),
            "address|street",
        ),
        "city": Y(city, "city"),
        "postal_code": Y(postal, "zipcode"),
        "state": G(lambda f: f.pick(["QC", "ON", "BC", "BRU", "VLG", "ZH", "TI", "GE"])),
        "country": G(lambda f: f.pick(["CA", "BE", "CH"])),
    }


def item():
    return {
        "title": G(lambda f: f.pick(TITLES)[0]),
        "author": G(lambda f: f.pick(TITLES)[1]),
        "isbn": G(isbn13),
        "format": G(lambda f: f.pick(["book", "ebook", "audiobook", "dvd", "large_print", "comic"])),
        "call_number": G(
            lambda f: f.pick(["FIC TRE", "C 843.92 FOR", "839.36 SPI", "J BD HER", "833.914 HAU"])
        ),
    }


# -- the events ---------------------------------------------------------------------------------------

EVENTS = [
    # ---- patrons: identify in five backends -------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(birthdate, "birthdate"),
            "pronouns": Y(
                lambda f: f.pick(["elle", "il", "iel", "she/her", "he/him", "they/them"]), "gender"
            ),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "province": G(lambda f: f.pick(["QC", "ON", "BC", "NS"])),
                "postalCode": Y(ca_postal, "zipcode"),
                "country": G(lambda f: "CA"),
            },
            "cardNumber": G(library_card),
            "cardExpiresAt": G(lambda f: f.date(2025, 2027)),
            "homeBranch": G(lambda f: f.pick(BRANCHES)),
            "preferredLanguage": G(lambda f: f.pick(["fr", "en", "nl", "de", "it"])),
            "membershipType": G(lambda f: f.pick(["adult", "youth", "senior", "non_resident", "family"])),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "avatarUrl": Y(lambda f: f"https://cdn.culturo.app/avatars/{f.uuid()}.jpg", "photo"),
            "age": G(lambda f: f.r.randint(16, 88)),
            "activeLoans": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            # Census reverse-ETL from the warehouse: column names as they are in Snowflake.
            "PATRON_ID": G(lambda f: f.digits(8)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "DATE_OF_BIRTH": Y(birthdate, "birthdate"),
            "POSTAL_CODE": Y(postal, "zipcode"),
            "HOME_BRANCH_CODE": G(lambda f: f.pick(BRANCH_CODES)),
            "LOANS_LAST_12M": G(lambda f: f.r.randint(0, 240)),
            "LIFETIME_DONATIONS_CAD": G(lambda f: money(f, 0, 5000)),
            "MEMBER_TIER": G(lambda f: f.pick(["BRONZE", "SILVER", "GOLD", "PATRON_CIRCLE"])),
            "IS_STUDENT": G(lambda f: f.pick([True, False])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "php",
        {
            # Flemish library system (Dutch keys).
            "voornaam": Y(lambda f: first(f, "BE"), "name"),
            "achternaam": Y(lambda f: last(f, "BE"), "name"),
            "e-mailadres": Y(email, "email"),
            "gsm": Y(lambda f: phone(f, "BE"), "phone"),
            "geboortedatum": Y(birthdate, "birthdate"),
            "straat": Y(
                lambda f: f.pick(["Kerkstraat", "Stationsstraat", "Veldstraat", "Dorpsstraat", "Meir"]),
                "street|address",
            ),
            "huisnummer": Y(
                lambda f: str(f.r.randint(1, 180)) + f.pick(["", "", "A", " bus 2"]), "address|street"
            ),
            "postcode": Y(lambda f: f.pick(CITIES_BE)[0], "zipcode"),
            "gemeente": Y(lambda f: f.pick(CITIES_BE)[1], "city"),
            "rijksregisternummer": RED(be_national_number, "national id"),
            "lidnummer": G(member_number),
            "lenerscategorie": G(lambda f: f.pick(["volwassene", "jeugd", "student", "65+"])),
            "uitleenpunt": G(
                lambda f: f.pick(["Gent Centrum", "De Krook", "Brugge Biekorf", "Leuven Tweebronnen"])
            ),
            "uitpasnummer": G(lambda f: f.digits(13)),
            "taal": G(lambda f: f.pick(["nl", "fr", "en"])),
            "nieuwsbrief": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "java",
        {
            # Swiss-German museum CRM.
            "Vorname": Y(lambda f: first(f, "CH"), "name"),
            "Nachname": Y(lambda f: last(f, "CH"), "name"),
            "EMail": Y(email, "email"),
            "Telefon": Y(lambda f: phone(f, "CH"), "phone"),
            "Geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1940, 2006)}",
                "birthdate",
            ),
            "Strasse": Y(lambda f: street(f, "CH"), "street|address"),
            "PLZ": Y(lambda f: f.pick(CITIES_CH)[0], "zipcode"),
            "Ort": Y(lambda f: f.pick(CITIES_CH)[1], "city"),
            "Kanton": G(lambda f: f.pick(["ZH", "BE", "GE", "TI", "BS", "VD", "LU"])),
            "Mitgliedernummer": G(member_number),
            "Mitgliedschaft": G(lambda f: f.pick(["Einzel", "Familie", "Gönner", "Student"])),
            "Anrede": G(lambda f: f.pick(["Herr", "Frau", "Divers", ""])),
            "Newsletter": G(lambda f: f.pick([True, False])),
            "ErstelltAm": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "go",
        {
            # Ticino library network (Italian keys).
            "nome": Y(
                lambda f: f.pick(["Luca", "Chiara", "Giulia", "Matteo", "Elena", "Sandro", "Noemi"]), "name"
            ),
            "cognome": Y(
                lambda f: f.pick(["Bernasconi", "Fontana", "Lurati", "Cattaneo", "Rezzonico", "Pedrazzini"]),
                "name",
            ),
            "posta_elettronica": Y(email, "email"),
            "cellulare": Y(lambda f: phone(f, "CH"), "phone"),
            "data_di_nascita": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1940, 2006)}",
                "birthdate",
            ),
            "indirizzo": Y(
                lambda f: (
                    f.pick(["Via Nassa", "Via Cantonale", "Corso Elvezia", "Via San Gottardo"])
                    + f" {f.r.randint(1, 90)}"
                ),
                "address|street",
            ),
            "cap": Y(lambda f: f.pick(["6900", "6500", "6600", "6850", "6830"]), "zipcode"),
            "localita": Y(
                lambda f: f.pick(["Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso"]), "city"
            ),
            "numero_tessera": G(library_card),
            "tipo_abbonamento": G(lambda f: f.pick(["adulto", "giovani", "AVS", "famiglia"])),
            "lingua": G(lambda f: f.pick(["it", "de", "fr"])),
            "consenso_marketing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "ruby",
        {
            # Québec / Wallonia francophone membership backend.
            "prenom": Y(lambda f: first(f, f.pick(["CA", "BE"])), "name"),
            "nom": Y(lambda f: last(f, f.pick(["CA", "BE"])), "name"),
            "courriel": Y(email, "email"),
            "telephone": Y(lambda f: phone(f, f.pick(["CA", "BE"])), "phone"),
            "date_naissance": Y(birthdate, "birthdate"),
            "adresse": Y(full_address, "address"),
            "code_postal": Y(ca_postal, "zipcode"),
            "numero_abonne": G(member_number),
            "categorie_usager": G(lambda f: f.pick(["adulte", "jeune", "aîné", "non-résident"])),
            "langue_preferee": G(lambda f: f.pick(["fr", "en"])),
            "date_inscription": G(lambda f: f.date(2010, 2024)),
            "abonnement_actif": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- logins and accounts ------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        "swift",
        {
            "method": G(lambda f: f.pick(["card_pin", "email_password", "apple", "magic_link", "itsme"])),
            "biometricEnabled": G(lambda f: f.pick([True, False])),
            "failedAttempts": G(lambda f: f.r.randint(0, 3)),
            "sessionId": G(lambda f: f.uuid()),
            "cardLinked": G(lambda f: f.pick([True, False])),
            "pinLength": G(lambda f: f.pick([4, 4, 6])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Kiosk Login",
        "kiosk",
        {
            # The kiosk vendor's event schema is kebab-case.
            "patron-barcode": G(library_card),
            "pin-entered": G(lambda f: f.pick([True, False])),
            "kiosk-id": G(lambda f: f.pick(["KSK-GENT-03", "KSK-PMR-01", "KSK-LUG-02", "KSK-ZUID-05"])),
            "branch-code": G(lambda f: f.pick(BRANCH_CODES)),
            "auth-result": G(lambda f: f.pick(["ok", "bad_pin", "card_expired", "blocked_fines"])),
            "greeting-name": Y(first, "name"),
            "session-id": G(lambda f: f.hexid(20)),
            "ui-language": G(lambda f: f.pick(["fr", "nl", "de", "it", "en"])),
            "fines-owing": G(lambda f: money(f, 0, 25)),
        },
    ),
    (
        "track",
        "Login Failed",
        "node+ip",
        {
            "username": Y(email, "email"),
            "reason": G(lambda f: f.pick(["bad_password", "unknown_user", "locked", "expired_card"])),
            "attempt_count": G(lambda f: f.r.randint(1, 6)),
            "ip_address": Y(ip, "ip"),
            "user_agent": G(lambda f: f.pick(UA_WEB)),
            "locked_out": G(lambda f: f.pick([True, False])),
            "captcha_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "PIN Reset Requested",
        "python",
        {
            "patron_id": G(lambda f: f.digits(8)),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "destination": Y(lambda f: f.pick([phone(f), email(f)]), "phone|email", True),
            "one_time_code": RED(otp, "token|secret"),
            "code_ttl_seconds": G(lambda f: f.pick([300, 600, 900])),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        "swift",
        {
            "linkUrl": RED(
                lambda f: f"https://culturo.app/auth/callback?token={f.hexid(48)}&lang=fr", "token", True
            ),
            "linkAgeSeconds": G(lambda f: f.r.randint(3, 3000)),
            "expired": G(lambda f: f.pick([True, False])),
            "emailProvider": G(lambda f: f.pick(["gmail", "outlook", "icloud", "bluewin"])),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        "web",
        {
            # Form auto-capture plugin serialising every input of the form.
            "form_id": G(lambda f: "signup-" + f.pick(["carte", "membre", "kaart"])),
            "form_fields": {
                "email": Y(email, "email"),
                "password": RED(password, "password"),
                "confirm_password": RED(password, "password"),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "postal_code": Y(postal, "zipcode"),
                "newsletter": G(lambda f: f.pick(["on", "off"])),
                "terms": G(lambda f: "on"),
            },
            "duration_ms": G(lambda f: f.r.randint(8000, 240000)),
            "validation_errors": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Card Registration Verified",
        "java",
        {
            # Circulation desk: staff check an identity document when issuing a card.
            "staff_id": G(lambda f: "S" + f.digits(4)),
            "staff_username": Y(lambda f: ascii_fold(first(f)[0] + last(f)).lower().replace(" ", ""), "name"),
            "id_document_type": G(
                lambda f: f.pick(["passport", "eid", "photo_card", "pr_card", "identitaetskarte"])
            ),
            "id_document_number": RED(id_document, "national id|passport"),
            "proof_of_address": G(lambda f: f.pick(["hydro_bill", "lease", "bank_statement", "none"])),
            "new_card_barcode": G(library_card),
            "branch_code": G(lambda f: f.pick(BRANCH_CODES)),
            "verified_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Patron Looked Up",
        "java",
        {
            "staff_id": G(lambda f: "S" + f.digits(4)),
            "q": Y(
                lambda f: f.pick([full_name(f), phone(f), email(f), last(f) + ", " + first(f)]),
                "name|phone|email",
                True,
            ),
            "lookup_type": G(lambda f: f.pick(["name", "phone", "email", "barcode"])),
            "match_count": G(lambda f: f.r.randint(0, 12)),
            "branch_code": G(lambda f: f.pick(BRANCH_CODES)),
            "duration_ms": G(lambda f: f.r.randint(30, 1800)),
        },
    ),
    (
        "track",
        "Account Note Added",
        "java",
        {
            "staff_id": G(lambda f: "S" + f.digits(4)),
            "patron_id": G(lambda f: f.digits(8)),
            "note": Y(staff_note, "phone|email", True),
            "note_type": G(lambda f: f.pick(["contact", "general", "billing"])),
            "pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lost Card Reported",
        "python",
        {
            "patron_id": G(lambda f: f.digits(8)),
            "old_card_barcode": G(library_card),
            "new_card_barcode": G(library_card),
            "replacement_fee": G(lambda f: f.pick([0, 2.0, 3.5, 5.0])),
            "reported_via": G(lambda f: f.pick(["app", "desk", "phone"])),
            "phone_numbers_on_file": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # ---- catalogue, holds, loans ----------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    ["kukum", "heidi", "van eyck", "riopelle", "harry potter", "cuisine végé", "fietsroutes"]
                )
            ),
            "search_type": G(lambda f: f.pick(["keyword", "title", "author", "subject"])),
            "filters": {
                "format": G(lambda f: f.pick(["book", "ebook", "audiobook", "any"])),
                "language": G(lambda f: f.pick(["fre", "eng", "dut", "ger", "ita"])),
                "branch": G(lambda f: f.pick(BRANCH_CODES)),
                "available_now": G(lambda f: f.pick([True, False])),
            },
            "results_count": G(lambda f: f.r.randint(0, 800)),
        },
    ),
    (
        "track",
        "Hold Placed",
        "kotlin",
        {
            "holdId": G(lambda f: f.digits(9)),
            "itemId": G(lambda f: f.digits(7)),
            "isbn": G(isbn13),
            "title": G(lambda f: f.pick(TITLES)[0]),
            "author": G(lambda f: f.pick(TITLES)[1]),
            "format": G(lambda f: f.pick(["book", "ebook", "audiobook", "dvd"])),
            "pickupBranch": G(lambda f: f.pick(BRANCHES)),
            "queuePosition": G(lambda f: f.r.randint(1, 60)),
            "notifyBy": G(lambda f: f.pick(["sms", "email", "push"])),
            "notificationPhone": Y(phone, "phone"),
            "expiresAt": G(lambda f: day(f)),
        },
    ),
    (
        "track",
        "Hold Ready For Pickup",
        "python",
        {
            "hold_id": G(lambda f: f.digits(9)),
            "patron_email": Y(email, "email"),
            "patron_phone": Y(phone, "phone"),
            "pickup_branch": G(lambda f: f.pick(BRANCHES)),
            "shelf_location": G(lambda f: f"H-{f.r.randint(1, 40)}-{f.pick(['A', 'B', 'C'])}"),
            "pickup_deadline": G(lambda f: day(f)),
            "sms_sent": G(lambda f: f.pick([True, False])),
            "item": item(),
        },
    ),
    (
        "track",
        "Pickup Proxy Added",
        "swift",
        {
            "proxyId": G(lambda f: f.uuid()),
            "label": Y(full_name, "name", True),
            "relationship": G(lambda f: f.pick(["spouse", "child", "neighbour", "caregiver", "parent"])),
            "canPickUpHolds": G(lambda f: True),
            "canViewLoans": G(lambda f: f.pick([True, False])),
            "expiresAt": G(lambda f: day(f)),
        },
    ),
    (
        "track",
        "Item Checked Out",
        "kiosk",
        {
            "loan-id": G(lambda f: f.digits(10)),
            "item-barcode": G(item_barcode),
            "title": G(lambda f: f.pick(TITLES)[0]),
            "due-date": G(lambda f: day(f)),
            "renewals-left": G(lambda f: f.r.randint(0, 3)),
            "branch-code": G(lambda f: f.pick(BRANCH_CODES)),
            "rfid-tag": G(lambda f: "E004" + f.hexid(12).upper()),
            "patron-barcode": G(library_card),
        },
    ),
    (
        "track",
        "Receipt Requested",
        "kioskweb",
        {
            "receipt_type": G(lambda f: f.pick(["email", "print", "none"])),
            "input": Y(email, "email", True),
            "items_count": G(lambda f: f.r.randint(1, 12)),
            "kiosk_id": G(lambda f: f.pick(["KSK-GENT-03", "KSK-PMR-01", "KSK-LUG-02"])),
            "keyboard": G(lambda f: f.pick(["azerty", "qwertz", "qwerty"])),
        },
    ),
    (
        "track",
        "Loan Renewed",
        "flutter",
        {
            "loanId": G(lambda f: f.digits(10)),
            "itemId": G(lambda f: f.digits(7)),
            "renewalCount": G(lambda f: f.r.randint(1, 3)),
            "newDueDate": G(lambda f: day(f)),
            "autoRenewed": G(lambda f: f.pick([True, False])),
            "title": G(lambda f: f.pick(TITLES)[0]),
        },
    ),
    (
        "track",
        "Reading List Updated",
        "rn",
        {
            "listId": G(lambda f: f.uuid()),
            "listName": G(
                lambda f: f.pick(
                    ["À lire cet été", "Club de lecture", "Voor de vakantie", "Krimis", "Classics"]
                )
            ),
            "itemCount": G(lambda f: f.r.randint(0, 80)),
            "visibility": G(lambda f: f.pick(["private", "friends", "public"])),
            "readingHistoryEnabled": G(lambda f: f.pick([True, False])),
            "isbn": G(isbn13),
        },
    ),
    (
        "track",
        "Review Posted",
        "web",
        {
            "itemId": G(lambda f: f.digits(7)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "reviewText": G(lambda f: f.pick(REVIEWS)),
            "displayName": Y(lambda f: f.pick([first(f), first(f) + " " + last(f)[0] + "."]), "name"),
            "containsSpoilers": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["fr", "en", "nl", "de", "it"])),
        },
    ),
    (
        "track",
        "Interlibrary Loan Requested",
        "python",
        {
            "ill_request_id": G(lambda f: "ILL-" + f.digits(7)),
            "title": G(lambda f: f.pick(TITLES)[0]),
            "isbn": G(isbn13),
            "lending_library": G(
                lambda f: f.pick(["BAnQ", "KBR", "ETH-Bibliothek", "Toronto Public Library", "UGent"])
            ),
            "patron_barcode": G(library_card),
            "patron_email": Y(email, "email"),
            "needed_by": G(lambda f: day(f)),
            "max_cost": G(lambda f: f.pick([0, 5, 10, 15])),
            "comments": G(
                lambda f: f.pick(["Any edition is fine", "Version originale SVP", "", "Need the 2nd edition"])
            ),
        },
    ),
    (
        "track",
        "Study Room Booked",
        "web",
        {
            "roomId": G(lambda f: f.pick(["R101", "R102", "SALLE-B", "STIL-3"])),
            "branch": G(lambda f: f.pick(BRANCHES)),
            "start": G(lambda f: f.iso()),
            "durationMinutes": G(lambda f: f.pick([30, 60, 90, 120])),
            "attendees": G(lambda f: f.r.randint(1, 8)),
            "bookerName": Y(full_name, "name"),
            "purpose": G(lambda f: f.pick(["Group study", "Entrevue", "Tutoring", "Bijles", ""])),
        },
    ),
    (
        "track",
        "Fine Paid",
        "web",
        {
            "payment_id": G(lambda f: stripe_id(f, "pi_")),
            "amount": G(lambda f: money(f, 0.25, 40)),
            "currency": G(lambda f: f.pick(["CAD", "EUR", "CHF"])),
            "fine_ids": Many(G(lambda f: f.digits(8)), 3),
            "payment_method": G(lambda f: f.pick(["card", "interac", "bancontact", "twint"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "maestro"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "cardholder_name": Y(full_name, "name"),
        },
    ),
    # ---- museum membership and the shop (e-commerce spec) ---------------------------------------------
    (
        "track",
        "Product Viewed",
        "swift",
        {k: v for k, v in product().items() if k != "coupon"}
        | {"currency": G(lambda f: f.pick(["CAD", "EUR", "CHF"]))},
    ),
    (
        "track",
        "Product Added",
        "rn",
        {"cart_id": G(lambda f: f.uuid())}
        | {k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: f.digits(9)),
            "revenue": G(lambda f: money(f, 10, 600)),
            "tax": G(lambda f: money(f, 0, 60)),
            "currency": G(lambda f: f.pick(["CAD", "EUR", "CHF"])),
            "coupon": G(lambda f: f.pick(["", "NUITBLANCHE", "MEMBRE10"])),
            "products": Many(product()),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(9)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "twint", "bancontact"])),
            "payment_method_id": RED(stripe_pm, "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "maestro"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["450644", "520082", "374245", "676770"])),
            "billing_postal_code": Y(postal, "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        "node+ip",
        {
            "order_id": G(lambda f: f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f, 10, 600)),
            "revenue": G(lambda f: money(f, 10, 600)),
            "tax": G(lambda f: money(f, 0, 60)),
            "currency": G(lambda f: f.pick(["CAD", "EUR", "CHF"])),
            "coupon": G(lambda f: f.pick(["", "NUITBLANCHE", "MEMBRE10"])),
            "products": Many(product()),
            "membership_tier": G(lambda f: f.pick(["individual", "dual", "family", "patron"])),
            "member_number": G(member_number),
            "auto_renew": G(lambda f: f.pick([True, False])),
            "billing_address": ca_address_obj(),
            "is_gift": G(lambda f: f.pick([True, False])),
            "recipient": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
            },
            "gift_message": Y(gift_message, "name", True),
            "stripe_customer_id": G(lambda f: stripe_id(f, "cus_")[:18]),
        },
    ),
    (
        "track",
        "Order Refunded",
        "node",
        {
            "order_id": G(lambda f: f.digits(9)),
            "total": G(lambda f: money(f, 10, 600)),
            "currency": G(lambda f: f.pick(["CAD", "EUR", "CHF"])),
            "reason": G(lambda f: f.pick(["duplicate", "event_cancelled", "requested_by_customer"])),
            "refunded_by": G(lambda f: f.pick(["system", "staff"])),
        },
    ),
    (
        "track",
        "Guest Pass Issued",
        "rn",
        {
            "passId": G(lambda f: f.uuid()),
            "memberNumber": G(member_number),
            "guestName": Y(full_name, "name"),
            "guestEmail": Y(email, "email"),
            "guestCount": G(lambda f: f.r.randint(1, 4)),
            "validOn": G(lambda f: day(f)),
            "venue": G(lambda f: f.pick(VENUES)),
            "ticketBarcode": G(lambda f: f.digits(12)),
            "passesRemaining": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Membership Card Added To Wallet",
        "swift",
        {
            "passTypeIdentifier": G(lambda f: "pass.app.culturo.membership"),
            "serialNumber": G(lambda f: f.uuid()),
            "memberNumber": G(member_number),
            "walletType": G(lambda f: "apple_wallet"),
            "tier": G(lambda f: f.pick(["individual", "dual", "family"])),
        },
    ),
    (
        "track",
        "Membership Renewed",
        "ruby",
        {
            "membership_id": G(lambda f: f.digits(7)),
            "tier": G(lambda f: f.pick(["individual", "dual", "family", "patron"])),
            "amount": G(lambda f: f.pick([65.0, 95.0, 130.0, 250.0])),
            "currency": G(lambda f: f.pick(["CAD", "EUR", "CHF"])),
            "renewal_method": G(lambda f: f.pick(["auto", "manual", "desk"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "maestro"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "household": {
                "adults": G(lambda f: f.r.randint(1, 2)),
                "children": G(lambda f: f.r.randint(0, 4)),
            },
            "primary_member": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "secondary_member": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(birthdate, "birthdate"),
            },
        },
    ),
    (
        "track",
        "Dependant Added",
        "flutter",
        {
            "dependantId": G(lambda f: f.uuid()),
            "firstName": Y(first, "name"),
            "birthDate": Y(lambda f: f.date(2010, 2022), "birthdate"),
            "relationship": G(lambda f: f.pick(["child", "grandchild", "ward"])),
            "childAge": G(lambda f: f.r.randint(2, 15)),
            "school": G(
                lambda f: f.pick(
                    [
                        "Basisschool De Regenboog",
                        "École Saint-Joseph",
                        "Sint-Lievenscollege",
                        "GO! Atheneum Gent",
                    ]
                )
            ),
            "readingLevel": G(lambda f: f.pick(["AVI-E3", "AVI-M5", "AVI-plus", "—"])),
        },
    ),
    (
        "track",
        "Free Admission Claimed",
        "swift",
        {
            "venue": G(lambda f: f.pick(VENUES)),
            "veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "companionTicket": G(lambda f: f.pick([True, False])),
            "partySize": G(lambda f: f.r.randint(1, 5)),
            "visitDate": G(lambda f: day(f)),
        },
    ),
    (
        "track",
        "Partner Discount Applied",
        "web",
        {
            "partner": G(lambda f: f.pick(["Helsana", "CSS", "Visana", "Sanitas", "Unifor", "FTQ"])),
            "discount_percent": G(lambda f: f.pick([10, 15, 20, 50])),
            "insured_number": Y(lambda f: "80756" + f.digits(15), "identification"),
            "union_affiliation": Y(
                lambda f: f.pick(["Unifor Local 444", "FTQ", "CSN", "SCFP 301", "Unia", "ACV-CSC"]),
                "trade union",
            ),
            "order_id": G(lambda f: f.digits(9)),
        },
    ),
    # ---- visiting the museum -------------------------------------------------------------------------
    (
        "page",
        "Exhibition",
        "web",
        {
            "path": G(lambda f: "/expositions/" + f.pick(["riopelle", "van-eyck", "giacometti", "hokusai"])),
            "url": G(
                lambda f: "https://culturo.app/expositions/" + f.pick(["riopelle", "van-eyck", "giacometti"])
            ),
            "title": G(lambda f: f.pick(EXHIBITIONS)),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://culturo.app/"])),
            "search": G(lambda f: f.pick(["", "?lang=nl", "?utm_source=newsletter"])),
            "name": G(lambda f: "Exhibition"),
            "category": G(lambda f: f.pick(["exhibitions", "collection"])),
            "exhibition_id": G(lambda f: f.digits(4)),
            "artist": G(
                lambda f: f.pick(
                    [
                        "Jean Paul Riopelle",
                        "Jan van Eyck",
                        "Alberto Giacometti",
                        "Katsushika Hokusai",
                        "René Magritte",
                    ]
                )
            ),
        },
    ),
    (
        "page",
        "Branch Hours",
        "web",
        {
            "path": G(lambda f: "/succursales/" + f.pick(["plateau", "zuid", "altstadt"])),
            "url": G(lambda f: "https://culturo.app/succursales/" + f.pick(["plateau", "zuid", "altstadt"])),
            "title": G(lambda f: f.pick(BRANCHES)),
            "name": G(lambda f: "Branch Hours"),
            "branch_phone": G(lambda f: f.pick(["514 872-2270", "+32 9 323 68 00", "+41 44 412 11 11"])),
            "branch_email": G(
                lambda f: f.pick(
                    ["plateau@biblio.example.ca", "dekrook@stad.example.be", "altstadt@pbz.example.ch"]
                )
            ),
        },
    ),
    (
        "screen",
        "Artwork Detail",
        "rn",
        {
            "artworkId": G(lambda f: f.digits(6)),
            "artworkTitle": G(
                lambda f: f.pick(
                    ["Pavane", "L'Empire des lumières", "Homme qui marche I", "Arnolfini Portrait"]
                )
            ),
            "artistName": G(
                lambda f: f.pick(
                    ["Jean Paul Riopelle", "René Magritte", "Alberto Giacometti", "Jan van Eyck"]
                )
            ),
            "galleryRoom": G(lambda f: f.pick(["Salle 3", "Zaal 12", "Saal B", "Sala 4"])),
            "inventoryNumber": G(lambda f: f"{f.r.randint(1950, 2020)}.{f.r.randint(1, 400)}"),
        },
    ),
    (
        "track",
        "Audio Guide Played",
        "swift",
        {
            "trackId": G(lambda f: f.digits(4)),
            "stopNumber": G(lambda f: f.r.randint(1, 60)),
            "language": G(lambda f: f.pick(["fr", "en", "nl", "de", "it", "lsq", "asl"])),
            "durationSec": G(lambda f: f.r.randint(20, 400)),
            "completed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Visit Checked In",
        "kotlin",
        {
            "ticketBarcode": G(lambda f: f.digits(12)),
            "entrance": G(lambda f: f.pick(["main", "north", "groups"])),
            "partySize": G(lambda f: f.r.randint(1, 5)),
            "memberNumber": G(member_number),
            "scannedAt": G(lambda f: f.epoch_ms()),
            "venue": G(lambda f: f.pick(VENUES)),
        },
    ),
    (
        "track",
        "Nearby Branches Searched",
        "flutter",
        {
            "userLocation": {"lat": Y(lat, "geolocation"), "lng": Y(lon, "geolocation")},
            "radiusKm": G(lambda f: f.pick([2, 5, 10])),
            "placesSessionToken": G(lambda f: f.uuid()),
            "results": Many(
                {
                    "branchName": G(lambda f: f.pick(BRANCHES)),
                    "branchPhone": G(
                        lambda f: f.pick(["+32 9 323 68 00", "+32 3 338 38 00", "+32 2 279 37 00"])
                    ),
                    "branchAddress": G(
                        lambda f: f.pick(
                            [
                                "Miriam Makebaplein 1, 9000 Gent",
                                "Hendrik Conscienceplein 4, 2000 Antwerpen",
                                "Rue des Riches Claires 24, 1000 Bruxelles",
                            ]
                        )
                    ),
                    "branchLat": G(lambda f: f.pick([51.0478, 51.2211, 50.8467])),
                    "branchLng": G(lambda f: f.pick([3.7276, 4.4047, 4.3479])),
                    "distanceKm": G(lambda f: money(f, 0.1, 10)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Parking Pass Requested",
        "web",
        {
            "licensePlate": Y(plate, "license"),
            "vehicleMake": G(lambda f: f.pick(["Toyota", "Volkswagen", "Škoda", "Honda", "Renault"])),
            "plateRegion": G(lambda f: f.pick(["QC", "ON", "BE", "ZH", "TI"])),
            "passDate": G(lambda f: day(f)),
            "lot": G(lambda f: f.pick(["P1", "P2", "Visiteurs"])),
        },
    ),
    # ---- events, workshops, day camp, accessibility ----------------------------------------------------
    (
        "track",
        "Workshop Booked",
        "web",
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "event_id": G(lambda f: f.digits(5)),
            "event_name": G(lambda f: f.pick(WORKSHOPS)),
            "event_date": G(lambda f: f.iso()),
            "venue_name": G(lambda f: f.pick(VENUES + BRANCHES)),
            "venue_address": G(
                lambda f: f.pick(
                    [
                        "185 rue Sainte-Catherine Ouest, Montréal",
                        "Miriam Makebaplein 1, 9000 Gent",
                        "Museumstrasse 2, 8001 Zürich",
                    ]
                )
            ),
            "seats": G(lambda f: f.r.randint(1, 4)),
            "price": G(lambda f: f.pick([0, 12.0, 25.0, 40.0])),
            "instructor_name": Y(full_name, "name"),
            "attendees": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "age_group": G(lambda f: f.pick(["6-9", "10-14", "adult", "65+"])),
                    "dietary_requirements": Many(
                        Y(
                            lambda f: f.pick(
                                ["vegetarian", "vegan", "halal", "kosher", "nut allergy", "gluten-free"]
                            ),
                            "religion|allergy",
                        ),
                        2,
                    ),
                },
                3,
            ),
            "waitlisted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        "node",
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "reason": G(lambda f: f.pick(["duplicate", "event_cancelled", "requested_by_customer"])),
            "refund_amount": G(lambda f: f.pick([0, 12.0, 25.0, 40.0])),
            "cancelled_by": G(lambda f: f.pick(["patron", "staff", "system"])),
            "staff_id": G(lambda f: "S" + f.digits(4)),
            "staff_email": Y(
                lambda f: (
                    ascii_fold(first(f)).lower()
                    + "."
                    + ascii_fold(last(f)).lower().replace(" ", "")
                    + "@culturo.app"
                ),
                "email",
            ),
        },
    ),
    (
        "track",
        "Day Camp Registration Submitted",
        "web",
        {
            "campId": G(lambda f: f.digits(4)),
            "campName": G(
                lambda f: f.pick(
                    ["Camp de jour Petits archéologues", "Zomerkamp Kunstbende", "Sommerlager Museum"]
                )
            ),
            "campWeek": G(lambda f: f"2025-W{f.r.randint(26, 34)}"),
            "price": G(lambda f: f.pick([180.0, 210.0, 245.0])),
            "camper": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "dateOfBirth": Y(lambda f: f.date(2012, 2019), "birthdate"),
                "healthCardNumber": RED(health_card, "health id"),
                "allergies": Many(
                    Y(
                        lambda f: f.pick(
                            ["arachides", "peanuts", "penicillin", "bee stings", "noten", "lactose"]
                        ),
                        "allergy",
                    ),
                    2,
                ),
                "medications": Many(
                    Y(
                        lambda f: f.pick(["Ventolin", "EpiPen Jr", "Ritalin", "insulin", "Cetirizine"]),
                        "medication",
                    ),
                    2,
                ),
                "epiPen": Y(lambda f: f.pick([True, False]), "allergy"),
                "medicalConditions": Many(
                    Y(
                        lambda f: f.pick(["asthma", "TDAH", "type 1 diabetes", "epilepsy", "eczema"]),
                        "condition",
                    ),
                    2,
                ),
                "swimLevel": G(lambda f: f.pick(["none", "beginner", "intermediate", "strong"])),
                "tshirtSize": G(lambda f: f.pick(["YS", "YM", "YL"])),
            },
            "guardian": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "email": Y(email, "email"),
                "mobilePhone": Y(phone, "phone"),
                "workPhone": Y(phone, "phone"),
            },
            "emergencyContact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(
                    lambda f: f.pick(["grand-mère", "oncle", "neighbour", "tante", "Grossvater"])
                ),
            },
            "authorizedPickups": Many({"name": Y(full_name, "name"), "phone": Y(phone, "phone")}, 2),
            "photoConsent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Accessibility Request Submitted",
        "web",
        {
            "requestId": G(lambda f: f.uuid()),
            "eventId": G(lambda f: f.digits(5)),
            "requestType": RED(
                lambda f: f.pick(
                    [
                        "wheelchair_space",
                        "asl_interpreter",
                        "lsq_interpreter",
                        "audio_description",
                        "hearing_loop",
                        "sensory_friendly",
                    ]
                ),
                "disability",
            ),
            "wheelchairUser": RED(lambda f: f.pick([True, False]), "disability"),
            "serviceAnimal": RED(lambda f: f.pick([True, False]), "disability"),
            "serviceAnimalName": G(lambda f: f.pick(["Bijou", "Rex", "Lola", "Nala", "Max"])),
            "companionCardNumber": RED(lambda f: "A2E-" + f.digits(7), "disability|identification"),
            "notes": RED(disability_note, "disability", True),
            "contactName": Y(full_name, "name"),
            "contactPhone": Y(phone, "phone"),
            "preferredContactTime": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
        },
    ),
    (
        "track",
        "Read To A Dog Session Booked",
        "flutter",
        {
            "sessionId": G(lambda f: f.digits(6)),
            "dogName": G(lambda f: f.pick(["Bobby", "Nala", "Moustache", "Kiki", "Bello"])),
            "dogBreed": G(lambda f: f.pick(["golden retriever", "labrador", "Berner Sennenhund"])),
            "handlerName": Y(full_name, "name"),
            "childFirstName": Y(first, "name"),
            "childAge": G(lambda f: f.r.randint(2, 15)),
            "slot": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        "node",
        {
            # School and company accounts (group traits).
            "name": G(
                lambda f: f.pick(
                    [
                        "École primaire Saint-Joseph",
                        "GO! Atheneum Gent",
                        "Kantonsschule Enge",
                        "Desjardins",
                        "Proximus",
                    ]
                )
            ),
            "organization_type": G(lambda f: f.pick(["school", "company", "community_group"])),
            "enterprise_number": G(lambda f: f.pick([be_enterprise(f), ch_uid(f), f.digits(9) + "RC0001"])),
            "main_phone": G(lambda f: f.pick(["+32 9 225 13 90", "+41 44 286 76 11", "(514) 596-6000"])),
            "billing_mailbox": G(
                lambda f: f.pick(
                    [
                        "comptabilite@ecole-stjoseph.example.ca",
                        "boekhouding@atheneum.example.be",
                        "info@ksenge.example.ch",
                    ]
                )
            ),
            "contact_person": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "job_title": G(lambda f: f.pick(["Enseignante", "Leerkracht", "HR Manager", "Lehrer"])),
            },
            "students_count": G(lambda f: f.r.randint(10, 120)),
            "plan": G(lambda f: f.pick(["school_visits", "corporate_silver", "corporate_gold"])),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    # ---- donations and receipts --------------------------------------------------------------------
    (
        "track",
        "Donation Completed",
        "dotnet",
        {
            "DonationId": G(lambda f: f.uuid()),
            "Amount": G(lambda f: f.pick([20.0, 50.0, 100.0, 250.0, 1000.0])),
            "Currency": G(lambda f: f.pick(["CAD", "EUR", "CHF"])),
            "Fund": G(
                lambda f: f.pick(["Acquisitions", "Programmes jeunesse", "Annual Fund", "Restauration"])
            ),
            "IsRecurring": G(lambda f: f.pick([True, False])),
            "DonorFirstName": Y(first, "name"),
            "DonorLastName": Y(last, "name"),
            "DonorEmail": Y(email, "email"),
            "DonorPhone": Y(phone, "phone"),
            "ReceiptRequested": G(lambda f: f.pick([True, False])),
            "ReceiptNumber": G(lambda f: f"R{f.r.randint(2024, 2025)}-{f.digits(6)}"),
            "TaxReceiptAddress": {
                "Line1": Y(lambda f: street(f, "CA"), "address|street"),
                "City": Y(lambda f: f.pick(CITIES_CA)[0], "city"),
                "Province": G(lambda f: f.pick(["QC", "ON", "BC", "NS"])),
                "PostalCode": Y(ca_postal, "zipcode"),
            },
            "Anonymous": G(lambda f: f.pick([True, False])),
            "InMemoryOf": Y(full_name, "name"),
            "Employer": G(lambda f: f.pick(["Hydro-Québec", "Shopify", "Bombardier", "Desjardins", ""])),
            "EmployerMatch": G(lambda f: f.pick([True, False])),
            "PaymentMethodToken": RED(stripe_pm, "token"),
            "ProcessorFee": G(lambda f: money(f, 0.3, 30)),
        },
    ),
    (
        "track",
        "Fiscaal Attest Aangevraagd",
        "php",
        {
            "gift_id": G(lambda f: f.digits(8)),
            "bedrag": G(lambda f: f.pick([40.0, 50.0, 100.0, 250.0])),
            "naam": Y(lambda f: f"{last(f, 'BE')} {first(f, 'BE')}", "name"),
            "adres": Y(lambda f: full_address(f), "address"),
            "rijksregisternummer": RED(be_national_number, "national id"),
            "attestnummer": G(lambda f: f"2025/{f.digits(5)}"),
            "aanslagjaar": G(lambda f: f.pick([2025, 2026])),
            "erkenningsnummer": G(be_enterprise),
        },
    ),
    (
        "track",
        "Spende Erfasst",
        "java",
        {
            "spendenId": G(lambda f: f.digits(7)),
            "betrag": G(lambda f: f.pick([30.0, 50.0, 100.0, 500.0])),
            "waehrung": G(lambda f: "CHF"),
            "zahlungsart": G(lambda f: f.pick(["TWINT", "QR-Rechnung", "LSV+", "Kreditkarte"])),
            "iban": RED(iban, "bank account"),
            "kontoinhaber": Y(full_name, "name"),
            "spenderEmail": Y(email, "email"),
            "verwendungszweck": G(
                lambda f: f.pick(["Spende Sammlung", "Jahresbeitrag Gönner", "Restaurierung Altarbild", ""])
            ),
            "qrReferenz": G(lambda f: f.digits(27)),
            "quittungGewuenscht": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pre-Authorized Debit Set Up",
        "python+ip",
        {
            "mandate_id": G(lambda f: "PAD-" + f.digits(8)),
            "institution_number": G(lambda f: f.pick(["001", "002", "003", "004", "006", "815"])),
            "transit_number": G(lambda f: f.digits(5)),
            "account_number": RED(ca_account, "bank account"),
            "account_holder": Y(full_name, "name"),
            "frequency": G(lambda f: f.pick(["monthly", "quarterly", "annually"])),
            "amount": G(lambda f: f.pick([10.0, 15.0, 25.0, 50.0])),
            "signed_ip": Y(ip, "ip"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Tax Receipt Emailed",
        "go",
        {
            "receipt_number": G(lambda f: f"R{f.r.randint(2024, 2025)}-{f.digits(6)}"),
            "recipient_email": Y(email, "email"),
            "donor_name": Y(full_name, "name"),
            "tax_year": G(lambda f: f.pick([2024, 2025])),
            "eligible_amount": G(lambda f: money(f, 20, 5000)),
            "charity_bn": G(cra_bn),
            "message_id": G(message_id),
            "delivery_status": G(lambda f: f.pick(["delivered", "deferred", "bounced"])),
            "pdf_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    # ---- messaging ---------------------------------------------------------------------------------
    (
        "track",
        "Newsletter Preferences Updated",
        "web",
        {
            "email": Y(email, "email"),
            "topics": {
                "exhibitions": G(lambda f: f.pick([True, False])),
                "kids": G(lambda f: f.pick([True, False])),
                "newReleases": G(lambda f: f.pick([True, False])),
                "donorNews": G(lambda f: f.pick([True, False])),
            },
            "frequency": G(lambda f: f.pick(["weekly", "monthly"])),
            "language": G(lambda f: f.pick(["fr", "en", "nl", "de", "it"])),
            "doubleOptInConfirmed": G(lambda f: f.pick([True, False])),
            "unsubscribeAll": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        "node",
        {
            # Mailchimp list-member shape.
            "email_address": Y(email, "email"),
            "status": G(lambda f: f.pick(["subscribed", "pending"])),
            "list_id": G(lambda f: f.hexid(10)),
            "merge_fields": {
                "FNAME": Y(first, "name"),
                "LNAME": Y(last, "name"),
                "BIRTHDAY": Y(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}", "birthdate"),
                "PHONE": Y(phone, "phone"),
                "BRANCH": G(lambda f: f.pick(BRANCH_CODES)),
            },
            "ip_signup": Y(ip, "ip"),
            "timestamp_signup": G(lambda f: f.iso()),
            "language": G(lambda f: f.pick(["fr", "en", "nl", "de", "it"])),
            "vip": G(lambda f: f.pick([True, False])),
            "email_type": G(lambda f: "html"),
        },
    ),
    (
        "track",
        "SMS Sent",
        "go",
        {
            # Twilio status-callback shape.
            "sid": G(lambda f: twilio_sid(f)),
            "to": Y(phone, "phone", True),
            "from": G(lambda f: f.pick(["+15146001234", "+3278480012", "+41445001122"])),
            "body": Y(sms_body, "name", True),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "num_segments": G(lambda f: f.r.randint(1, 3)),
            "price": G(lambda f: f.pick(["-0.00790", "-0.07500", "-0.05200"])),
            "messaging_service_sid": G(lambda f: twilio_sid(f, "MG")),
        },
    ),
    (
        "track",
        "Email Sent",
        "go",
        {
            # SendGrid event-webhook shape.
            "email": Y(email, "email"),
            "from_email": G(
                lambda f: f.pick(["no-reply@culturo.app", "bibliotheque@culturo.app", "dons@culturo.app"])
            ),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(message_id),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Votre réservation est prête",
                        "Your membership renews soon",
                        "Je lening vervalt binnenkort",
                    ]
                )
            ),
            "event": G(lambda f: f.pick(["processed", "delivered", "open", "click"])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "kotlin",
        {
            "campaignId": G(lambda f: f.digits(6)),
            "notificationTitle": G(
                lambda f: f.pick(["Votre livre est arrivé", "Nieuw: Van Eyck", "Letzte Chance: Giacometti"])
            ),
            "deepLink": G(lambda f: "culturo://" + f.pick(["holds", "events/" + f.digits(5), "membership"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "ruby",
        {
            # Zendesk-shaped.
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "subject": G(
                lambda f: f.pick(
                    ["Carte bloquée", "Double charge", "App crash", "Wachtwoord vergeten", "Login"]
                )
            ),
            "description": Y(callback_request, "phone", True),
            "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "assignee_email": Y(
                lambda f: (
                    ascii_fold(first(f)).lower()
                    + "."
                    + ascii_fold(last(f)).lower().replace(" ", "")
                    + "@culturo.app"
                ),
                "email",
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "tags": Many(G(lambda f: f.pick(["billing", "kiosk", "app", "fr", "nl"])), 3),
            "via": G(lambda f: f.pick(["web", "email", "mobile"])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "web",
        {
            "conversationId": G(lambda f: f.digits(12)),
            "text": G(lambda f: f.pick(CHAT_TEXTS)),
            "authorType": G(lambda f: f.pick(["user", "bot"])),
        },
    ),
    (
        "track",
        "Form Field Changed",
        "web",
        {
            "formId": G(lambda f: f.pick(["contact", "membership-fr", "volunteer"])),
            "fieldName": G(lambda f: f.pick(["email", "phone", "name"])),
            "value": Y(lambda f: f.pick([email(f), phone(f), full_name(f)]), "email|phone|name", True),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- people around the venue -------------------------------------------------------------------
    (
        "track",
        "Volunteer Application Submitted",
        "node",
        {
            "application_id": G(lambda f: f.uuid()),
            "full_name": Y(full_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "date_of_birth": Y(birthdate, "birthdate"),
            "occupation": G(
                lambda f: f.pick(["retired teacher", "étudiante", "verpleegkundige", "Informatiker"])
            ),
            "languages_spoken": Many(G(lambda f: f.pick(["fr", "en", "nl", "de", "it", "ar", "es"])), 3),
            "legally_entitled_to_work": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_work_permit_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "background_check_consent": G(lambda f: f.pick([True, False])),
            "availability": G(lambda f: f.pick(["weekdays", "weekends", "evenings"])),
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "mother", "friend", "partner"])),
            },
        },
    ),
    (
        "track",
        "Shift Completed",
        "python",
        {
            "employee_number": G(lambda f: "E" + f.digits(5)),
            "employee_name": Y(full_name, "name"),
            "employee_email": Y(
                lambda f: (
                    ascii_fold(first(f)).lower()
                    + "."
                    + ascii_fold(last(f)).lower().replace(" ", "")
                    + "@culturo.app"
                ),
                "email",
            ),
            "role": G(
                lambda f: f.pick(["Commis de bibliothèque", "Museum guide", "Security", "Bibliothecaris"])
            ),
            "hourly_rate": Y(lambda f: f.pick([19.5, 22.75, 26.1, 31.4, 38.0]), "salary"),
            "hours": G(lambda f: f.pick([3.5, 4.0, 7.5, 8.0])),
            "overtime": G(lambda f: f.pick([True, False])),
            "branch_code": G(lambda f: f.pick(BRANCH_CODES)),
        },
    ),
    (
        "track",
        "Newcomer Program Registered",
        "python",
        {
            "registration_id": G(lambda f: f.uuid()),
            "program": G(
                lambda f: f.pick(
                    [
                        "Conversation French",
                        "Cercle de conversation",
                        "Job search club",
                        "Citizenship test prep",
                    ]
                )
            ),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "country_of_birth": Y(
                lambda f: f.pick(
                    ["Syria", "Colombia", "Philippines", "Haïti", "Ukraine", "India", "Algérie"]
                ),
                "citizenship",
            ),
            "immigration_status": RED(
                lambda f: f.pick(
                    ["permanent_resident", "refugee_claimant", "work_permit", "study_permit", "citizen"]
                ),
                "visa|citizenship",
            ),
            "arrival_year": G(lambda f: f.r.randint(2015, 2025)),
            "preferred_language": G(lambda f: f.pick(["ar", "es", "tl", "uk", "fr", "en"])),
            "childcare_needed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Survey Completed",
        "web",
        {
            "survey_id": G(lambda f: "VISIT-" + f.pick(["2024Q4", "2025Q1"])),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "visit_reason": G(lambda f: f.pick(["exhibition", "family_outing", "study", "event"])),
            "comment": G(lambda f: f.pick(SURVEY_COMMENTS)),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "gender": Y(lambda f: f.pick(["woman", "man", "non-binary", "prefer_not_to_say"]), "gender"),
            "postal_code_fsa": Y(lambda f: ca_postal(f)[:3], "zipcode"),
            "indigenous_identity": Y(
                lambda f: f.pick(["first_nations", "metis", "inuit", "none", "prefer_not_to_say"]),
                "ethnicity",
            ),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "household_income_band": Y(lambda f: f.pick(["<40k", "40-80k", "80-120k", ">120k"]), "salary"),
        },
    ),
    # ---- marketing and integrations ------------------------------------------------------------------
    (
        "track",
        "Conversion Uploaded",
        "python",
        {
            "conversion_action": G(lambda f: f.pick(["membership_purchase", "donation", "ticket"])),
            "conversion_value": G(lambda f: money(f, 10, 500)),
            "currency": G(lambda f: f.pick(["CAD", "EUR", "CHF"])),
            "gclid": Y(gclid, "advertising id"),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(fbc, "advertising id"),
            "hashed_email": Y(lambda f: sha256(email(f).lower()), "email"),
            "hashed_phone": Y(lambda f: sha256("+1" + f.digits(10)), "phone"),
            "client_ip_address": Y(ip, "ip"),
            "external_id": G(lambda f: f.digits(8)),
            "event_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "dedup_key": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "ILS Sync Failed",
        "go",
        {
            "endpoint": G(lambda f: f.pick(["/v1/patrons/sync", "/v1/holds", "/api/circulation/loans"])),
            "status_code": G(lambda f: f.pick([401, 429, 500, 502, 504])),
            "error_message": G(
                lambda f: f.pick(["upstream timeout", "rate limited", "invalid credentials", "bad gateway"])
            ),
            "retry_count": G(lambda f: f.r.randint(0, 5)),
            "request_headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-api-key": RED(lambda f: f.secret(), "secret"),
                "user-agent": G(lambda f: "culturo-sync/1.9.2 (+https://culturo.app)"),
                "content-type": G(lambda f: "application/json"),
                "x-request-id": G(lambda f: f.uuid()),
            },
        },
    ),
    ("alias", None, "swift", {}),
    ("alias", None, "web", {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=161, repeats=34)
    write(Path(__file__).parent, "holdout161_", events, labels)
