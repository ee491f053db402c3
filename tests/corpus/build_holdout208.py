"""Writes holdout208: tests/corpus/holdout208_events.jsonl and holdout208_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py / fake.py and build_holdout3.py's format
only, without reading the detection engine, its vocabularies, its tests, its docs or any other
corpus's labels, and without running the engine on these events. Nothing here is tuned to it.

Domain: a sports club and youth league app ("Pitchside") used by clubs in Spain, Ireland and
Argentina. Member and player registration (guardians for minors, medical forms and consent,
emergency contacts, authorised collectors), team rosters, fixtures, results and referee reports,
training sessions, attendance and check-in, injuries, membership fees by SEPA direct debit
(GoCardless-shaped webhooks, a .NET billing service), Argentine CBU debits and Mercado Pago
payments, Stripe card payments, kit orders (Segment e-commerce spec), coach and referee accounts
with safeguarding checks (Garda vetting, Spain's sexual-offences certificate), club lotto and
fundraisers, sponsor leads, Twilio and SendGrid callbacks, a Typeform registration webhook,
attribution (gclid, fbclid, fbp/fbc, IDFA), a Foireann-style sync in kebab-case and a warehouse
reverse-ETL identify in SCREAMING_SNAKE_CASE. Keys are mostly camelCase and snake_case English;
roughly a sixth to a fifth are PascalCase (.NET, Twilio), kebab-case, SCREAMING_SNAKE, Spanish (España and
Argentina) and Irish (`ainm`, `sloinne`, `seoladh`, `contae` ...).

Messages: identify / track / page / screen / group / alias, with the contexts the real client
libraries send: analytics.js (page, userAgent, userAgentData, campaign), analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter (app, device, os, screen, network,
advertisingId when tracking is allowed, push token), and the server libraries (python, node, go,
java, ruby, php, Analytics.NET) with a forwarded context.ip, sometimes context.traits and
context.externalIds. Values: names from Spanish, Irish (with fadas and Gaelic surname forms),
Argentine and immigrant communities; Spanish, Irish and Argentine phone formats; addresses with
Spanish postcodes, Eircodes and Argentine CPAs; DNI / NIE with their check letters, Irish PPSNs
with their check letter, Argentine CUIL with its mod-11 digit, Spanish NUSS (mod 97), IBANs with
mod-97 check digits (ES with the national DC digits too, IE with real bank codes), Argentine CBUs
with both check digits, Luhn-valid cards.

Labels: one per leaf path (flattened properties / traits / context, arrays as `[]`):
classification, type (the reference's matcher names; `bank account`, `geolocation`, `secret`,
`national id`, `health id`, `advertising id`, `credit card`, `password`, `ip` ...; `a|b` when
either is fair) and value_only (true when the key does not say what the value is).
Rules followed (the brief's, in short): PII is data about a natural person (the user, guardians,
children, emergency contacts, coaches, referees, doctors, recipients), coloured with the
reference's default colour for its matcher; outside the reference red for credentials, secrets,
card numbers, bank accounts, government ids and health ids, yellow otherwise. Green: ids we or a
vendor issue, versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans under
PII-sounding keys, product / team / club / venue / company / pet names, places that are not the
person's (venues, club grounds), country, county, province, state, locale, timezone, currency,
user agents, OS-issued device ids. Published policy applied: member / customer numbers green,
ages and age groups green, job titles and employers green, a business's own phone, e-mail and
address green (club phone, role mailboxes such as secretary@ or vetting@, a GP practice's phone,
the Twilio sender number), pet names green, UUID tokens green; insurer member and policy numbers
yellow `identification`; pay (referee match fees and payouts, coach hourly rates) yellow
`salary`; billing and shipping addresses yellow; click ids (gclid, fbclid, fbp, fbc) yellow
`advertising id`; payment-method tokens, invite / one-time codes and sign-in link tokens red;
health-system numbers (Spanish tarjeta sanitaria, Irish medical card) red `health id`; identity
document numbers red; right-to-work and visa-sponsorship answers red `visa`.
Calls of my own where the brief is silent (what a careful privacy owner would want flagged):
- Federation player / referee / coaching licence numbers are numbers an organisation issues,
  like member numbers: green. A Garda vetting (NVB) reference or the verification code of a
  sexual-offences certificate identifies a criminal-records check about the person: yellow
  `certificate`. Vetting status enums (pending / cleared / expired) are green.
- Birth year and the Spanish / Argentine "categoría 2013" are age bands: green. A full date of
  birth is yellow `birthdate`.
- Health facts as booleans or enums (`has_asthma`, `is_injured`, blood group, `apto_fisico`, the
  result of Argentina's yearly medical clearance) are yellow `condition`; an EpiPen flag is
  `allergy|medication`; additional needs (ADHD, autism, hearing impairment) are red
  `disability`. Consent flags (photo, medical treatment) are green.
- A child's school is an organisation's name: green, like an employer.
- A name printed on a kit shirt is the person's name: yellow `name`.
- A sha256 of an e-mail sent for ad matching is still the person's e-mail: yellow `email`.
- A push notification token on the device is red `token`, as in the main corpus.
- An Argentine CBU alias identifies a bank account: red `bank account`.
- The last digits of a bank account (GoCardless `account_number_ending`) are green, like a card's
  last four.
- Free text is labelled by what every one of its values carries (each such generator here always
  embeds the PII it is labelled with); texts with no PII are green.
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- values -----------------------------------------------------------------------------------------

ES_FIRST = [
    ("Lucía", "f"),
    ("Martina", "f"),
    ("Hugo", "m"),
    ("Pablo", "m"),
    ("Alejandro", "m"),
    ("Daniela", "f"),
    ("Álvaro", "m"),
    ("Nerea", "f"),
    ("Iker", "m"),
    ("Carmen", "f"),
    ("Jorge", "m"),
    ("Irene", "f"),
    ("Sergio", "m"),
    ("Ainhoa", "f"),
    ("Íñigo", "m"),
    ("Rocío", "f"),
    ("María José", "f"),
    ("Jordi", "m"),
    ("Montserrat", "f"),
    ("Xabier", "m"),
]
ES_LAST = [
    "García",
    "Fernández",
    "López",
    "Martínez",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Ruiz",
    "Jiménez",
    "Moreno",
    "Álvarez",
    "Romero",
    "Navarro",
    "Torres",
    "Domínguez",
    "Vázquez",
    "Iglesias",
    "Etxeberria",
    "Puig",
    "Castro",
    "Ortega",
    "Rubio",
    "Garrido",
    "Núñez",
]
IE_FIRST = [
    ("Aoife", "f"),
    ("Siobhán", "f"),
    ("Cian", "m"),
    ("Oisín", "m"),
    ("Niamh", "f"),
    ("Saoirse", "f"),
    ("Seán", "m"),
    ("Caoimhe", "f"),
    ("Darragh", "m"),
    ("Róisín", "f"),
    ("Eoin", "m"),
    ("Clodagh", "f"),
    ("Fionn", "m"),
    ("Ciara", "f"),
    ("Tadhg", "m"),
    ("Méabh", "f"),
    ("Conor", "m"),
    ("Aisling", "f"),
    ("Pádraig", "m"),
    ("Gráinne", "f"),
]
IE_LAST = [
    "Murphy",
    "Kelly",
    "O'Sullivan",
    "Walsh",
    "Byrne",
    "Ryan",
    "O'Connor",
    "Fitzgerald",
    "Doyle",
    "McCarthy",
    "Kavanagh",
    "Brennan",
    "Dunne",
    "Lynch",
    "O'Brien",
    "Nolan",
    "Quinn",
]
IE_GAELIC = [
    ("Ó Súilleabháin", "Ní Shúilleabháin"),
    ("Mac Carthaigh", "Nic Carthaigh"),
    ("Ó Murchú", "Ní Mhurchú"),
    ("Ó Briain", "Ní Bhriain"),
    ("Mac Giolla Phádraig", "Nic Giolla Phádraig"),
    ("Ó Ceallaigh", "Ní Cheallaigh"),
]
AR_FIRST = [
    "Valentina",
    "Santiago",
    "Mateo",
    "Sofía",
    "Benjamín",
    "Catalina",
    "Thiago",
    "Agustina",
    "Joaquín",
    "Camila",
    "Facundo",
    "Milagros",
    "Bautista",
    "Florencia",
    "Lautaro",
    "Guadalupe",
    "Juan Ignacio",
    "María Belén",
]
AR_LAST = [
    "González",
    "Rodríguez",
    "Giménez",
    "Benítez",
    "Bianchi",
    "Romano",
    "Acosta",
    "Sosa",
    "Ferraro",
    "Medina",
    "Herrera",
    "Aguirre",
    "Quiroga",
    "Lombardi",
    "Kowalczuk",
    "Papadópulos",
    "Fernández",
    "Sánchez",
]
OTHER = [
    ("Youssef", "El Amrani"),
    ("Fatima Zahra", "Benali"),
    ("Andreea", "Popescu"),
    ("Ionuț", "Dumitrescu"),
    ("Chinonso", "Okeke"),
    ("Adaeze", "Nwosu"),
    ("Wei", "Zhang"),
    ("Li Na", "Chen"),
    ("Kacper", "Nowak"),
    ("Zuzanna", "Wiśniewska"),
    ("João", "Pereira"),
    ("Ana Clara", "Souza"),
    ("Oleksandr", "Kovalenko"),
    ("Ayesha", "Malik"),
    ("Rahul", "Sharma"),
    ("Jin-woo", "Park"),
    ("Mamadou", "Diallo"),
    ("Aminata", "Traoré"),
    ("Evelyn", "Quispe"),
    ("Rodrigo", "Mamani"),
    ("Giulia", "Esposito"),
    ("Nour", "Haddad"),
    ("Tomasz", "Zieliński"),
]
MAIL = {
    "ES": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "outlook.ie", "yahoo.ie"],
    "AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar", "outlook.com"],
    "XX": ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"],
}
ES_STREETS = [
    "Calle de Bravo Murillo",
    "Avenida de la Albufera",
    "Calle Mayor",
    "Calle de Alcalá",
    "Paseo de la Castellana",
    "Carrer de Sants",
    "Calle Sierpes",
    "Avenida de Burgos",
    "Calle Real",
    "Gran Vía de Colón",
]
ES_CITIES = [
    ("Madrid", "280"),
    ("Getafe", "289"),
    ("Alcobendas", "281"),
    ("Valencia", "460"),
    ("Sevilla", "410"),
    ("Bilbao", "480"),
    ("Zaragoza", "500"),
    ("Málaga", "290"),
    ("Vigo", "362"),
    ("Granada", "180"),
    ("L'Hospitalet de Llobregat", "089"),
]
IE_STREETS = [
    "Grange Park",
    "Main Street",
    "Kincora Road",
    "Ashfield Avenue",
    "The Crescent",
    "St. Brigid's Road",
    "Oakley Grove",
    "Ballinteer Drive",
    "College Road",
    "Bóthar na Trá",
]
IE_TOWNS = [
    ("Raheny, Dublin 5", "Dublin 5", "D05"),
    ("Clontarf, Dublin 3", "Dublin 3", "D03"),
    ("Douglas, Cork", "Cork", "T12"),
    ("Salthill, Galway", "Galway", "H91"),
    ("Castletroy, Limerick", "Limerick", "V94"),
    ("Navan, Co. Meath", "Navan", "C15"),
    ("Lucan, Co. Dublin", "Lucan", "K78"),
    ("Ennis, Co. Clare", "Ennis", "V95"),
    ("Tralee, Co. Kerry", "Tralee", "V92"),
]
CENTRES = [
    (40.4168, -3.7038),
    (40.3083, -3.7327),
    (39.4699, -0.3763),
    (37.3891, -5.9845),
    (53.3498, -6.2603),
    (53.3850, -6.1480),
    (51.8985, -8.4756),
    (53.2707, -9.0568),
    (-34.6037, -58.3816),
    (-34.5997, -58.4428),
    (-32.9442, -60.6505),
    (-31.4201, -64.1888),
]
SURGERIES = [
    "+353 1 831 4420",
    "(01) 676 2214",
    "+353 21 489 1120",
    "+34 914 45 21 30",
    "91 352 08 19",
    "+54 11 4783-5500",
    "0351 421-7788",
]
BUSINESSES = [
    "+353 1 851 0500",
    "01 833 9040",
    "+34 915 42 11 87",
    "96 391 22 40",
    "+54 11 4312-6677",
    "0341 448-2210",
    "021 496 7300",
]
AR_STREETS = [
    "Av. Corrientes",
    "Av. Rivadavia",
    "Calle 47",
    "Bv. Oroño",
    "Av. Colón",
    "Av. Cabildo",
    "Gral. Paz",
    "Av. San Martín",
    "Pasaje Carabelas",
    "Av. Mitre",
]
AR_CITIES = [
    ("CABA", "C"),
    ("La Plata", "B"),
    ("Rosario", "S"),
    ("Córdoba", "X"),
    ("Mendoza", "M"),
    ("Mar del Plata", "B"),
    ("Quilmes", "B"),
    ("San Isidro", "B"),
]
EIRCODE = "ACDEFHKNPRTVWXY0123456789"
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
ES_BANKS = ["2100", "0049", "0182", "0081", "0128", "1465", "2085", "3058"]
IE_BANKS = [("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99"), ("REVO", "99")]
AR_BANKS = ["011", "007", "072", "285", "017", "014", "191", "150"]
CLUBS = [
    "CD Montecarmelo",
    "CF Arganzuela",
    "Clontarf Rovers FC",
    "St. Brigid's GAA",
    "Na Fianna CLG",
    "Club Atlético Villa Crespo",
    "Club Social y Deportivo Palermo Chico",
    "Raheny United AFC",
    "CD Colegio Santa María",
    "UD San Sebastián de los Reyes B",
    "Ballincollig Hockey Club",
    "Club Náutico Hispano",
    "Gimnasia y Esgrima de Quilmes",
]
CLUB_DOMAINS = [
    "clontarfrovers.ie",
    "stbrigids.gaa.ie",
    "nafianna.ie",
    "cdmontecarmelo.es",
    "cfarganzuela.com",
    "villacrespo.org.ar",
    "palermochico.com.ar",
    "rahenyutd.ie",
]
TEAMS = [
    "Alevín A",
    "Alevín B",
    "Benjamín C",
    "Infantil A",
    "Cadete Femenino",
    "U9 Boys",
    "U11 Girls",
    "U12 Camogie",
    "U14 Hurling",
    "Minor Football",
    "Séptima División",
    "Novena 2013",
    "Sub-15 Femenino",
    "Senior Ladies",
    "Juniors",
    "Veteranos +35",
]
VENUES = [
    ("Polideportivo Municipal Gallur", "Calle de Gallur 2, 28047 Madrid", "Madrid", 40.3947, -3.7514),
    (
        "Campo de Fútbol Fernando Martín",
        "Av. de los Deportes 10, 28942 Fuenlabrada",
        "Fuenlabrada",
        40.2847,
        -3.8130,
    ),
    ("Parnell Park", "Collins Ave E, Donnycarney, Dublin 5, D05 X2P4", "Dublin", 53.3744, -6.2089),
    ("St. Anne's Park Pitch 3", "Mount Prospect Ave, Clontarf, Dublin 3", "Dublin", 53.3700, -6.1790),
    ("Páirc Uí Chaoimh", "Marina Walk, Ballintemple, Cork, T12 X66V", "Cork", 51.9002, -8.4381),
    ("Estadio Presidente Perón", "Cordero 1500, Avellaneda, Buenos Aires", "Avellaneda", -34.6677, -58.3713),
    ("Cancha Auxiliar Club Villa Crespo", "Av. Warnes 1750, C1414 CABA", "CABA", -34.5961, -58.4393),
    (
        "Ciudad Deportiva Jorge Newbery",
        "Av. Costanera Rafael Obligado 2800, CABA",
        "CABA",
        -34.5630,
        -58.4040,
    ),
]
KIT = [
    ("Home Jersey 24/25", "Apparel", "O'Neills", 45.0),
    ("Camiseta 1ª Equipación", "Apparel", "Joma", 39.9),
    ("Training Top Quarter Zip", "Apparel", "Kappa", 42.0),
    ("Shorts Junior", "Apparel", "Joma", 18.5),
    ("Socks (pack of 2)", "Apparel", "Umbro", 9.0),
    ("Goalkeeper Gloves Pro", "Equipment", "Puma", 34.99),
    ("Hurley 30in", "Equipment", "Cúl Camán", 38.0),
    ("Helmet Mycro", "Equipment", "Mycro", 65.0),
    ("Chándal Paseo", "Apparel", "Macron", 55.0),
    ("Botín Topper Junior", "Footwear", "Topper", 32.0),
    ("Club Scarf", "Accessories", "Club Shop", 12.0),
    ("Kit Bag", "Accessories", "Adidas", 28.0),
]
UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mod97_check(bban: str, country: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


class Club(Fake):
    """Fake plus generators for Spain, Ireland and Argentina."""

    def country(self) -> str:
        return self.r.choices(["ES", "IE", "AR", "XX"], [34, 30, 24, 12])[0]

    def person(self, c: str | None = None) -> tuple[str, str]:
        c = c or self.country()
        if c == "ES":
            return self.pick(ES_FIRST)[0], f"{self.pick(ES_LAST)} {self.pick(ES_LAST)}"
        if c == "IE":
            first, sex = self.pick(IE_FIRST)
            if self.r.random() < 0.25:
                male, female = self.pick(IE_GAELIC)
                return first, male if sex == "m" else female
            return first, self.pick(IE_LAST)
        if c == "AR":
            return self.pick(AR_FIRST), self.pick(AR_LAST)
        return self.pick(OTHER)

    def given(self, c=None) -> str:
        return self.person(c)[0]

    def family(self, c=None) -> str:
        return self.person(c)[1]

    def name(self, c=None) -> str:
        first, last = self.person(c)
        return f"{first} {last}"

    def mail(self, c=None) -> str:
        c = c or self.country()
        first, last = self.person(c)
        first = ascii_fold(first).lower().split()[0]
        last = ascii_fold(last).lower().replace("'", "").replace(" ", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last[:5]}{self.r.randint(70, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{local}@{self.pick(MAIL[c])}"

    def tel(self, c=None) -> str:
        c = c or self.country()
        d = lambda n: "".join(str(self.r.randint(0, 9)) for _ in range(n))  # noqa: E731
        if c == "ES":
            a, b, e = "6" + d(2), d(3), d(3)
            return self.pick(
                [
                    f"+34 {a} {b} {e}",
                    f"{a}{b}{e}",
                    f"+34{a}{b}{e}",
                    f"{a} {b[:2]} {b[2]}{e[0]} {e[1:]}",
                    f"0034 {a} {b} {e}",
                ]
            )
        if c == "IE":
            p = self.pick(["83", "85", "86", "87", "89"])
            a, b = d(3), d(4)
            return self.pick(
                [f"+353 {p} {a} {b}", f"0{p} {a} {b}", f"0{p}{a}{b}", f"+353{p}{a}{b}", f"0{p}-{a}{b}"]
            )
        if c == "AR":
            area = self.pick(["11", "351", "341", "221", "261", "223"])
            rest = d(10 - len(area))
            half = len(rest) - 4
            return self.pick(
                [
                    f"+54 9 {area} {rest[:half]}-{rest[half:]}",
                    f"+549{area}{rest}",
                    f"{area} {rest[:half]}-{rest[half:]}",
                    f"0{area} 15-{rest[:half]}-{rest[half:]}",
                ]
            )
        return self.pick(
            [
                f"+44 7{d(3)} {d(6)}",
                f"+351 9{d(2)} {d(3)} {d(3)}",
                f"+212 6{d(2)} {d(2)} {d(2)} {d(2)}",
                f"+40 7{d(2)} {d(3)} {d(3)}",
                f"+48 5{d(2)} {d(3)} {d(3)}",
                f"+1 {self.r.randint(201, 989)} {d(3)} {d(4)}",
            ]
        )

    def street_line(self, c=None) -> str:
        c = c or self.pick(["ES", "IE", "AR"])
        n = self.r.randint(1, 240)
        if c == "ES":
            door = self.pick(["A", "B", "C", "D", "izda", "dcha"])
            return f"{self.pick(ES_STREETS)} {n}, {self.r.randint(1, 9)}º {door}"
        if c == "IE":
            return self.pick(
                [f"{n} {self.pick(IE_STREETS)}", f"Apt {self.r.randint(1, 40)}, {self.pick(IE_STREETS)}"]
            )
        floor, door = self.r.randint(1, 12), self.pick("ABCDEF")
        return f"{self.pick(AR_STREETS)} {self.r.randint(100, 6000)}, piso {floor} dto. {door}"

    def town(self, c=None) -> str:
        c = c or self.pick(["ES", "IE", "AR"])
        if c == "ES":
            return self.pick(ES_CITIES)[0]
        if c == "IE":
            return self.pick(IE_TOWNS)[1]
        return self.pick(AR_CITIES)[0]

    def postcode(self, c=None) -> str:
        c = c or self.pick(["ES", "IE", "AR"])
        if c == "ES":
            return self.pick(ES_CITIES)[1] + f"{self.r.randint(1, 99):02d}"
        if c == "IE":
            return (
                self.pick(IE_TOWNS)[2] + self.pick([" ", ""]) + "".join(self.pick(EIRCODE) for _ in range(4))
            )
        return (
            self.pick(AR_CITIES)[1]
            + f"{self.r.randint(1000, 1999)}"
            + "".join(self.pick("ABCDEFGHJKLMNPRS") for _ in range(3))
        )

    def full_address(self, c=None) -> str:
        c = c or self.pick(["ES", "IE", "AR"])
        if c == "ES":
            city, cp = self.pick(ES_CITIES)
            return f"{self.street_line('ES')}, {cp}{self.r.randint(1, 99):02d} {city}"
        if c == "IE":
            town, _, key = self.pick(IE_TOWNS)
            return f"{self.street_line('IE')}, {town}, {key} {''.join(self.pick(EIRCODE) for _ in range(4))}"
        city, _ = self.pick(AR_CITIES)
        return f"{self.street_line('AR')}, {self.postcode('AR')} {city}"

    def e164(self, c=None) -> str:
        c = c or self.pick(["ES", "IE", "AR"])
        if c == "ES":
            return "+346" + self.digits(8)
        if c == "IE":
            return "+3538" + self.pick("35679") + self.digits(7)
        area = self.pick(["11", "351", "341"])
        return "+549" + area + self.digits(10 - len(area))

    def near_lat(self) -> float:
        """A point near one of the clubs' cities; near_lon() gives the same point's longitude."""
        lat, lon = self.pick(CENTRES)
        self._point = (
            round(lat + self.r.uniform(-0.06, 0.06), 6),
            round(lon + self.r.uniform(-0.08, 0.08), 6),
        )
        return self._point[0]

    def near_lon(self) -> float:
        return self._point[1]

    def dni(self) -> str:
        n = self.r.randint(10_000_000, 79_999_999)
        return self.pick([f"{n}{DNI_LETTERS[n % 23]}", f"{n}-{DNI_LETTERS[n % 23]}"])

    def nie(self) -> str:
        p = self.r.randint(0, 2)
        n = self.r.randint(0, 9_999_999)
        return f"{'XYZ'[p]}{n:07d}{DNI_LETTERS[(p * 10_000_000 + n) % 23]}"

    def nif(self) -> str:
        return self.dni() if self.r.random() < 0.7 else self.nie()

    def ppsn(self) -> str:
        digits = [self.r.randint(0, 9) for _ in range(7)]
        second = self.pick(["", "", "A", "W"])
        total = sum(d * (8 - i) for i, d in enumerate(digits))
        if second == "A":
            total += 9
        check = total % 23
        return "".join(map(str, digits)) + ("W" if check == 0 else chr(64 + check)) + second

    def dni_ar(self, kid=False) -> str:
        n = self.r.randint(48_000_000, 58_000_000) if kid else self.r.randint(14_000_000, 46_000_000)
        return self.pick([f"{n:,}".replace(",", "."), str(n)])

    def cuil(self) -> str:
        while True:
            prefix = self.pick(["20", "27", "23"])
            body = prefix + str(self.r.randint(14_000_000, 46_000_000))
            s = sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
            check = 11 - s % 11
            if check == 10:
                continue
            check = 0 if check == 11 else check
            return self.pick([f"{body[:2]}-{body[2:]}-{check}", f"{body}{check}"])

    def nuss(self) -> str:
        prov = self.r.randint(1, 52)
        num = self.r.randint(0, 99_999_999)
        check = int(f"{prov:02d}{num:08d}") % 97
        return self.pick([f"{prov:02d}/{num:08d}/{check:02d}", f"{prov:02d}{num:08d}{check:02d}"])

    def passport(self) -> str:
        L3 = lambda: "".join(self.pick(string.ascii_uppercase) for _ in range(3))  # noqa: E731
        return self.pick(
            [
                f"{L3()}{self.digits(6)}",
                f"P{self.pick(['A', 'B', 'C', 'D'])}{self.digits(7)}",
                f"AA{self.pick('EFG')}{self.digits(6)}",
                f"{self.pick(['L', 'P'])}{self.pick('ABCDEFG')}{self.digits(7)}",
            ]
        )

    def iban_es(self) -> str:
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s: str) -> str:
            v = 11 - sum(int(c) * k for c, k in zip(s, w, strict=True)) % 11
            return str({11: 0, 10: 1}.get(v, v))

        bank, branch = self.pick(ES_BANKS), f"{self.r.randint(0, 9999):04d}"
        account = "".join(str(self.r.randint(0, 9)) for _ in range(10))
        bban = bank + branch + dc("00" + bank + branch) + dc(account) + account
        raw = "ES" + mod97_check(bban, "ES") + bban
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def iban_ie(self) -> str:
        bic, sort = self.pick(IE_BANKS)
        bban = bic + sort + self.digits(4) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        raw = "IE" + mod97_check(bban, "IE") + bban
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def iban_any(self) -> str:
        return self.iban_es() if self.r.random() < 0.55 else self.iban_ie()

    def cbu(self) -> str:
        bank = self.pick(AR_BANKS)
        branch = f"{self.r.randint(1, 9999):04d}"
        b1 = bank + branch
        c1 = (10 - sum(int(c) * w for c, w in zip(b1, [7, 1, 3, 9, 7, 1, 3], strict=True)) % 10) % 10
        acct = "".join(str(self.r.randint(0, 9)) for _ in range(13))
        w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
        c2 = (10 - sum(int(c) * w for c, w in zip(acct, w2, strict=True)) % 10) % 10
        return f"{b1}{c1}{acct}{c2}"

    def cbu_alias(self) -> str:
        words = [
            "PELOTA",
            "RIO",
            "MATE",
            "SOL",
            "ARCO",
            "GOL",
            "LUNA",
            "TANGO",
            "PAMPA",
            "CIELO",
            "CANCHA",
            "PINO",
            "FARO",
            "NUBE",
            "PUMA",
            "TREN",
        ]
        return ".".join(self.r.sample(words, 3))

    # Fields of one object that must agree (a venue's name, address and coordinates; a product's
    # name, brand and price) are separate leaves: the first picks, the later ones read the pick.
    def pick_venue(self, i: int):
        if i == 0:
            self._venue = self.pick(VENUES)
        return self._venue[i]

    def pick_kit(self, i: int):
        if i == 0:
            self._kit = self.pick(KIT)
        return self._kit[i]

    def dob(self, kid=False) -> str:
        return self.date(2008, 2019) if kid else self.date(1965, 2000)

    def season(self) -> str:
        return self.pick(["2024/25", "2024-25", "2025"])

    def team(self) -> str:
        return self.pick(TEAMS)

    def club(self) -> str:
        return self.pick(CLUBS)

    def role_mailbox(self) -> str:
        box = self.pick(
            [
                "secretary",
                "info",
                "registrations",
                "treasurer",
                "childrensofficer",
                "vetting",
                "tesoreria",
                "secretaria",
            ]
        )
        return f"{box}@{self.pick(CLUB_DOMAINS)}"

    def club_phone(self) -> str:
        return self.pick(
            [
                "+353 1 831 2345",
                "01 847 6620",
                "+34 913 456 789",
                "91 527 44 10",
                "+54 11 4855-2211",
                "021 429 3311",
                "(011) 4371-9090",
            ]
        )

    def sha256(self) -> str:
        return self.hexid(64)

    def tsi(self) -> str:
        letters = "".join(self.pick(string.ascii_uppercase) for _ in range(4))
        return self.pick(
            [
                letters + self.digits(12),
                "BBBB" + self.digits(12),
                "M" + self.digits(10),
                "AN" + self.digits(10),
            ]
        )

    def medical_card(self) -> str:
        return self.pick([self.digits(8) + self.pick("ABCDEFGHK"), self.digits(10)])


# -- template machinery: build.py's, plus optional keys and fixed sequences ------------------------


class Opt:
    """A key present in some messages only."""

    def __init__(self, item: Any, p: float = 0.5):
        self.item, self.p = item, p


class Seq:
    """A fixed list of item templates rendered as one array (`path[]`)."""

    def __init__(self, *items: Any):
        self.items = items


def render(template: Any, f: Club, path: str, labels: dict[str, dict]) -> Any:
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
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def pk(*items):
    return lambda f: f.pick(list(items))


def const(v):
    return lambda f: v


# -- contexts of the client libraries --------------------------------------------------------------

LOCALES = ["es-ES", "en-IE", "es-AR", "ga-IE", "en-GB", "ca-ES", "pt-BR"]
ZONES = ["Europe/Madrid", "Europe/Dublin", "America/Argentina/Buenos_Aires", "America/Argentina/Cordoba"]
ip_any = Y(lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6(), "ip")
CTX_TRAITS = {
    "email": Y(lambda f: f.mail(), "email"),
    "firstName": Opt(Y(lambda f: f.given(), "name"), 0.6),
    "clubId": Opt(G(lambda f: "club_" + f.digits(4)), 0.7),
    "role": Opt(G(pk("parent", "player", "coach", "referee", "admin")), 0.7),
}


def web_context(page: str):
    return {
        "library": {
            "name": G(const("analytics.js")),
            "version": G(pk("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0")),
        },
        "page": {
            "path": G(const(page)),
            "referrer": G(
                pk(
                    "",
                    "https://www.google.es/",
                    "https://www.google.ie/",
                    "https://l.facebook.com/",
                    "https://www.instagram.com/",
                )
            ),
            "search": G(
                pk("", "?utm_source=whatsapp&utm_medium=social", "?team=u11-girls", "?temporada=2024-25")
            ),
            "title": G(
                pk("Pitchside", "Pitchside | Club", "Inscripciones - Pitchside", "Registration | Pitchside")
            ),
            "url": G(
                lambda f: "https://app.pitchside.club" + page + f.pick(["", "?team=u11-girls", "?lang=es"])
            ),
        },
        "userAgent": G(pk(*UA)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(pk("Chromium", "Google Chrome", "Not-A.Brand")),
                        "version": G(pk("124", "99", "123")),
                    },
                    3,
                ),
                "mobile": G(pk(True, False)),
                "platform": G(pk("Windows", "Android", "macOS")),
            },
            0.6,
        ),
        "locale": G(pk(*LOCALES)),
        "timezone": G(pk(*ZONES)),
        "ip": ip_any,
        "campaign": Opt(
            {
                "name": G(pk("inscripciones_2024", "summer_camp", "lotto_push", "kit_launch_2425")),
                "source": G(pk("facebook", "instagram", "newsletter", "whatsapp", "google")),
                "medium": G(pk("cpc", "email", "social", "paid_social")),
                "content": Opt(G(pk("carousel_a", "video_15s", "banner_top")), 0.5),
                "term": Opt(G(pk("escuela de futbol madrid", "gaa club dublin", "hockey juvenil")), 0.4),
            },
            0.3,
        ),
        "traits": Opt(CTX_TRAITS, 0.25),
    }


def swift_context():
    return {
        "app": {
            "name": G(const("Pitchside")),
            "version": G(pk("4.12.0", "4.13.2", "4.14.0")),
            "build": G(pk("412001", "413207", "414003")),
            "namespace": G(const("club.pitchside.ios")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(pk("iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,8")),
            "name": G(const("iPhone")),
            "type": G(const("ios")),
            "adTrackingEnabled": G(pk(True, False, False)),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(pk("1.5.11", "1.6.0"))},
        "locale": G(pk(*LOCALES)),
        "network": {"wifi": G(pk(True, False)), "cellular": G(pk(True, False))},
        "os": {"name": G(const("iOS")), "version": G(pk("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pk(390, 393, 430)), "height": G(pk(844, 852, 932))},
        "timezone": G(pk(*ZONES)),
        "ip": ip_any,
    }


def kotlin_context():
    return {
        "app": {
            "name": G(const("Pitchside")),
            "version": G(pk("4.12.0", "4.13.1")),
            "build": G(pk("41200", "41301")),
            "namespace": G(const("club.pitchside.android")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pk("samsung", "Xiaomi", "Google", "motorola")),
            "model": G(pk("SM-A546B", "Redmi Note 12", "Pixel 7a", "moto g54 5G")),
            "name": G(pk("a54x", "tapas", "lynx", "cancunf")),
            "type": G(const("android")),
            "adTrackingEnabled": G(pk(True, False)),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.35),
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(pk("1.16.3", "1.15.0"))},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(pk(*LOCALES)),
        "network": {
            "wifi": G(pk(True, False)),
            "cellular": G(pk(True, False)),
            "bluetooth": G(const(False)),
            "carrier": G(pk("Movistar", "Vodafone ES", "Three IE", "Eir", "Personal", "Claro AR", "Orange")),
        },
        "os": {"name": G(const("Android")), "version": G(pk("14", "13", "12"))},
        "screen": {
            "density": G(pk(2.625, 2.75, 3.0)),
            "width": G(pk(1080, 1220)),
            "height": G(pk(2340, 2400, 2712)),
        },
        "timezone": G(pk(*ZONES)),
        "userAgent": G(
            pk(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 12 Build/TKQ1.221114.001)",
            )
        ),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.near_lat(), "geolocation"),
                "longitude": Y(lambda f: f.near_lon(), "geolocation"),
                "speed": G(pk(0, 0.0, 1.2)),
            },
            0.15,
        ),
        "ip": ip_any,
    }


def rn_context():
    return {
        "app": {
            "name": G(const("Pitchside")),
            "version": G(pk("4.12.0", "4.13.2")),
            "build": G(pk("412", "413")),
            "namespace": G(pk("club.pitchside.ios", "club.pitchside.android")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pk("Apple", "samsung", "Xiaomi")),
            "model": G(pk("iPhone15,2", "SM-S911B", "2201117TG")),
            "name": G(pk("iPhone", "dm1q", "spes")),
            "type": G(pk("ios", "android")),
            "adTrackingEnabled": G(pk(True, False)),
        },
        "library": {
            "name": G(const("@segment/analytics-react-native")),
            "version": G(pk("2.19.2", "2.20.0")),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(pk(*LOCALES)),
        "network": {"wifi": G(pk(True, False)), "cellular": G(pk(True, False))},
        "os": {"name": G(pk("iOS", "Android")), "version": G(pk("17.5", "14"))},
        "screen": {"width": G(pk(393, 412)), "height": G(pk(852, 915))},
        "timezone": G(pk(*ZONES)),
        "traits": Opt(CTX_TRAITS, 0.4),
        "ip": ip_any,
    }


def flutter_context():
    return {
        "app": {
            "name": G(const("Pitchside Coach")),
            "version": G(pk("2.3.0", "2.4.1")),
            "build": G(pk("230", "241")),
            "namespace": G(const("club.pitchside.coach")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pk("Apple", "samsung", "OnePlus")),
            "model": G(pk("iPhone13,2", "SM-G991B", "CPH2449")),
            "type": G(pk("ios", "android")),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(pk("1.1.3", "1.1.5"))},
        "locale": G(pk(*LOCALES)),
        "network": {"wifi": G(pk(True, False))},
        "os": {"name": G(pk("iOS", "Android")), "version": G(pk("17.2", "14"))},
        "screen": {"width": G(pk(390, 412)), "height": G(pk(844, 915))},
        "timezone": G(pk(*ZONES)),
        "ip": ip_any,
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    return {
        "library": {"name": G(const(name)), "version": G(pk(*versions))},
        "ip": Opt(ip_any, 0.6),
        "userAgent": Opt(G(pk(*UA)), 0.3),
        "groupId": Opt(G(lambda f: "club_" + f.digits(4)), 0.3),
        "traits": Opt(CTX_TRAITS, 0.2),
        "externalIds": Opt(
            Many(
                {
                    "id": Y(lambda f: f.mail(), "email", True),
                    "type": G(const("email")),
                    "collection": G(const("users")),
                    "encoding": G(const("none")),
                },
                1,
            ),
            0.15,
        ),
    }


def context_for(client: str, page: str):
    if client == "web":
        return web_context(page)
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(client)


MOBILE = ["swift", "kotlin", "rn"]
APPS = ["web", "swift", "kotlin", "rn"]
COACH = ["flutter", "web"]
SERVERS = ["python", "node", "go", "java", "ruby", "php"]


# -- free text that always carries the PII it is labelled with ------------------------------------


def match_notes(f: Club) -> str:
    n = f.name()
    return f.pick(
        [
            f"Great game, {n} scored twice and was everywhere.",
            f"{n} went off injured in the 2nd half, keep an eye.",
            f"Partidazo. {n} muy bien en defensa.",
            f"Need to talk to {n} about attitude on the bench.",
            f"{n} played in goal for the first time, fair play.",
        ]
    )


def incident_report(f: Club) -> str:
    n = f.name()
    return f.pick(
        [
            f"Spectator abuse directed at me from the home sideline. Club official {n} was informed.",
            f"Jugador {n} (dorsal {f.r.randint(2, 23)}) expulsado por doble amarilla, protestó la decisión.",
            f"{n}, home team mentor, entered the field of play without permission at 41'.",
            f"Match abandoned at 63' after an altercation involving {n}.",
        ]
    )


def injury_note(f: Club) -> str:
    return f.pick(
        [
            "Rolled ankle landing from a jump, iced and strapped.",
            "Suspected concussion after clash of heads, removed from play.",
            "Torcedura de tobillo, hielo y reposo.",
            "Hamstring tightness, stopped after 20 min.",
            "Nosebleed after contact, stopped within 10 minutes.",
            "Dolor en la rodilla derecha, posible esguince.",
        ]
    )


def observaciones(f: Club) -> str:
    return f.pick(
        [
            "Asma leve, usa inhalador antes de entrenar.",
            "Celíaco, no puede comer en el tercer tiempo con gluten.",
            "Alergia a la penicilina.",
            "Diabetes tipo 1, lleva sensor de glucosa.",
            "Soplo cardíaco leve controlado por cardiólogo.",
            "Epilepsia controlada con medicación.",
        ]
    )


def coach_message(f: Club) -> str:
    n = f.given()
    return f.pick(
        [
            f"Reminder: bring shin pads Saturday. {n}'s mam is doing the lift to Tallaght.",
            f"Well done all today. Player of the match: {n}!",
            f"Recordad: el sábado convocado {n} de portero.",
            f"{n} can you collect the bibs from the clubhouse please",
            f"Gracias {n} por lavar las equipaciones esta semana.",
        ]
    )


def chat_input(f: Club) -> str:
    return f.pick(
        [
            f"Hi, my number changed, it's now {f.tel('IE')}",
            f"Hola, mi teléfono nuevo es {f.tel('ES')}, gracias",
            f"Please call me back on {f.tel()} about the direct debit",
            f"Mi celular es {f.tel('AR')}, llámenme por la cuota",
            f"Can't log in, text me on {f.tel()}",
        ]
    )


def gift_message(f: Club) -> str:
    n = f.given()
    return f.pick(
        [
            f"Happy birthday {n}! Love, Granny",
            f"¡Feliz cumple {n}! De parte de los tíos",
            f"For {n}, up the Rovers!",
            f"Para {n}, con cariño de mamá y papá",
        ]
    )


def magic_link(f: Club) -> str:
    return f"https://app.pitchside.club/auth/verify?token={f.hexid(48)}&email_sent=1"


# -- the tracking plan -----------------------------------------------------------------------------

PRODUCT = {
    "product_id": G(lambda f: "prd_" + f.digits(5)),
    "sku": G(
        lambda f: (
            f"{f.pick(['ONL', 'JOM', 'KAP', 'UMB', 'MAC'])}-{f.digits(4)}-"
            f"{f.pick(['XS', 'S', 'M', 'L', 'YXL', '128', '140'])}"
        )
    ),
    "name": G(lambda f: f.pick_kit(0)),
    "category": G(lambda f: f.pick_kit(1)),
    "brand": G(lambda f: f.pick_kit(2)),
    "variant": G(pk("Talla 10", "Talla 12", "Age 9-10", "S", "M", "L", "XL")),
    "price": G(lambda f: f.pick_kit(3)),
    "quantity": G(lambda f: f.r.randint(1, 3)),
    "position": Opt(G(lambda f: f.r.randint(1, 12)), 0.5),
}
ORDER_ID = G(lambda f: f"{f.pick(['PS', 'KIT', 'WEB'])}-{f.r.randint(100000, 999999)}")
MONEY = G(lambda f: f.money(9, 320))
CUR = G(pk("EUR", "EUR", "ARS"))

E: list[tuple[str, str | None, list[str], dict, int]] = [
    # -- identify ------------------------------------------------------------------------------
    (
        "identify",
        None,
        APPS,
        {
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "address": Opt(
                {
                    "street": Y(lambda f: f.street_line(), "street|address"),
                    "city": Y(lambda f: f.town(), "city"),
                    "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                    "state": G(
                        pk("Madrid", "Co. Dublin", "Buenos Aires", "Cork", "Santa Fe", "Comunidad Valenciana")
                    ),
                    "country": G(pk("ES", "IE", "AR")),
                },
                0.6,
            ),
            "birthday": Opt(Y(lambda f: f.dob(), "birthdate"), 0.5),
            "createdAt": G(lambda f: f.iso()),
            "role": G(pk("parent", "player", "coach", "committee", "referee")),
            "gender": Opt(Y(pk("female", "male", "non-binary", "mujer", "hombre"), "gender"), 0.4),
            "memberNumber": G(lambda f: f"{f.pick(['M', 'SOC', ''])}{f.digits(6)}"),
            "plan": G(pk("Familiar", "Individual", "Family", "Juvenile", "Social")),
            "language": G(pk("es", "en", "ga")),
            "childrenCount": G(lambda f: f.r.randint(0, 4)),
            "emailVerified": G(pk(True, False)),
            "phoneVerified": G(pk(True, False)),
            "marketingOptIn": G(pk(True, False)),
            "avatar": Opt(Y(lambda f: f"https://cdn.pitchside.club/avatars/{f.uuid()}.jpg", "photo"), 0.4),
        },
        4,
    ),
    (
        "identify",
        None,
        ["python", "node"],
        {
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "mobile": Y(lambda f: f.tel(), "phone"),
            "role": G(const("coach")),
            "title": G(
                pk(
                    "Head Coach U12",
                    "Entrenador Alevín",
                    "Assistant Coach",
                    "Director Deportivo",
                    "Mentor U9",
                )
            ),
            "coaching_licence": {
                "level": G(pk("UEFA C", "UEFA B", "Nivel 1 RFEF", "GAA Foundation", "Licencia ATFA")),
                "number": G(lambda f: f"{f.pick(['FAI', 'RFEF', 'ATFA'])}-{f.digits(6)}"),
            },
            "vetting_status": G(pk("pending", "cleared", "expired", "not_started")),
            "vetting_expires_at": G(lambda f: f.date(2025, 2028)),
            "safeguarding_course_completed": G(pk(True, False)),
            "teams_coached": G(lambda f: f.r.randint(1, 4)),
            "hourly_rate": Opt(Y(lambda f: f.pick([12.5, 15, 18, 20, 25]), "salary"), 0.5),
        },
        2,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "MOBILE_PHONE": Y(lambda f: f.tel(), "phone"),
            "POSTCODE": Y(lambda f: f.postcode("IE"), "zipcode"),
            "COUNTY": G(pk("DUBLIN", "CORK", "MEATH", "GALWAY", "KILDARE")),
            "MEMBER_SINCE": G(lambda f: f.date(2010, 2024)),
            "LIFETIME_FEES_EUR": G(lambda f: f.money(50, 3000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "HOME_CLUB_ID": G(lambda f: int(f.digits(4))),
            "IS_GUARDIAN": G(pk(True, False)),
            "NUM_DEPENDANTS": G(lambda f: f.r.randint(0, 4)),
            "LAST_LOGIN_AT": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "nombre": Y(lambda f: f.given("ES"), "name"),
            "apellidos": Y(lambda f: f.family("ES"), "name"),
            "correo_electronico": Y(lambda f: f.mail("ES"), "email"),
            "telefono_movil": Y(lambda f: f.tel("ES"), "phone"),
            "dni": RED(lambda f: f.nif(), "national id"),
            "fecha_nacimiento": Y(lambda f: f.dob(), "birthdate"),
            "direccion": Y(lambda f: f.street_line("ES"), "address"),
            "codigo_postal": Y(lambda f: f.postcode("ES"), "zipcode"),
            "localidad": Y(lambda f: f.town("ES"), "city"),
            "provincia": G(pk("Madrid", "Barcelona", "Valencia", "Sevilla", "Bizkaia")),
            "numero_socio": G(lambda f: f.digits(5)),
            "tipo_socio": G(pk("adulto", "infantil", "familiar", "jubilado")),
            "fecha_alta": G(lambda f: f.date(2015, 2024)),
            "cuota_mensual": G(pk(15, 25, 30, 45)),
            "domiciliado": G(pk(True, False)),
        },
        2,
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "ainm": Y(lambda f: f.given("IE"), "name"),
            "sloinne": Y(lambda f: f.family("IE"), "name"),
            "riomhphost": Y(lambda f: f.mail("IE"), "email"),
            "uimhir_fon": Y(lambda f: f.tel("IE"), "phone"),
            "seoladh": Y(lambda f: f.full_address("IE"), "address"),
            "contae": G(pk("Baile Átha Cliath", "Corcaigh", "Gaillimh", "An Mhí", "Ciarraí")),
            "data_breithe": Y(lambda f: f.dob(), "birthdate"),
            "club": G(pk("Na Fianna CLG", "CLG Naomh Bríd", "Cumann Lúthchleas Gael Ráth Eanaigh")),
            "ballraiocht": G(pk("Óg", "Lánfhásta", "Teaghlach", "Sóisialta")),
        },
        1,
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "nombre": Y(lambda f: f.given("AR"), "name"),
            "apellido": Y(lambda f: f.family("AR"), "name"),
            "email": Y(lambda f: f.mail("AR"), "email"),
            "celular": Y(lambda f: f.tel("AR"), "phone"),
            "dni": RED(lambda f: f.dni_ar(), "national id"),
            "cuil": RED(lambda f: f.cuil(), "national id"),
            "fecha_de_nacimiento": Y(lambda f: f.dob(), "birthdate"),
            "domicilio": Y(lambda f: f.street_line("AR"), "address"),
            "localidad": Y(lambda f: f.town("AR"), "city"),
            "provincia": G(pk("Buenos Aires", "CABA", "Santa Fe", "Córdoba", "Mendoza")),
            "codigo_postal": Y(lambda f: f.postcode("AR"), "zipcode"),
            "obra_social": G(pk("OSDE", "Swiss Medical", "IOMA", "OSECAC", "Galeno")),
            "numero_afiliado": Y(
                lambda f: f"{f.digits(2)} {f.digits(6)} {f.r.randint(0, 9)} {f.r.randint(1, 4):02d}",
                "identification",
            ),
            "socio_nro": G(lambda f: f.digits(6)),
            "categoria": G(pk("2012", "2013", "2014", "Primera", "Reserva")),
        },
        2,
    ),
    # -- group / alias -------------------------------------------------------------------------
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.club()),
            "club_code": G(lambda f: f"{f.pick(['DUB', 'MAD', 'BA', 'CRK'])}{f.digits(4)}"),
            "sport": G(pk("football", "gaelic_games", "hockey", "basketball", "rugby")),
            "website": G(lambda f: "https://www." + f.pick(CLUB_DOMAINS)),
            "contact_email": G(lambda f: f.role_mailbox()),
            "contact_phone": G(lambda f: f.club_phone()),
            "city": G(pk("Dublin", "Madrid", "Buenos Aires", "Cork", "Rosario", "Valencia")),
            "country": G(pk("IE", "ES", "AR")),
            "members_count": G(lambda f: f.r.randint(80, 1400)),
            "plan": G(pk("club_basic", "club_pro", "league")),
            "founded": G(lambda f: f.r.randint(1887, 2015)),
            "cif": Opt(G(lambda f: "G" + f.digits(8)), 0.4),
            "createdAt": G(lambda f: f.iso()),
        },
        2,
    ),
    ("alias", None, APPS, {}, 2),
    # -- pages and screens ---------------------------------------------------------------------
    (
        "page",
        "Fixtures",
        ["web"],
        {
            "path": G(const("/fixtures")),
            "url": G(
                lambda f: "https://app.pitchside.club/fixtures" + f.pick(["", "?team=u11-girls", "?week=12"])
            ),
            "title": G(pk("Fixtures | Pitchside", "Partidos | Pitchside")),
            "referrer": G(pk("", "https://www.google.ie/", "https://app.pitchside.club/")),
            "search": G(pk("", "?team=u11-girls", "?week=12")),
            "name": G(const("Fixtures")),
        },
        3,
    ),
    (
        "page",
        "Registration",
        ["web"],
        {
            "path": G(const("/register")),
            "url": G(lambda f: "https://app.pitchside.club/register" + f.pick(["", "?club=" + f.digits(4)])),
            "title": G(pk("Inscripción | Pitchside", "Register a player | Pitchside")),
            "referrer": G(pk("", "https://www.facebook.com/", "https://www.instagram.com/")),
            "search": G(pk("", "?club=1042")),
            "name": G(const("Registration")),
        },
        2,
    ),
    (
        "screen",
        "Team Roster",
        MOBILE,
        {
            "team_id": G(lambda f: "tm_" + f.digits(5)),
            "player_count": G(lambda f: f.r.randint(9, 28)),
            "tab": G(pk("players", "staff", "stats")),
        },
        3,
    ),
    (
        "screen",
        "Fixture Details",
        MOBILE,
        {
            "fixture_id": G(lambda f: int(f.digits(7))),
            "home_team": G(lambda f: f.team()),
            "away_team": G(lambda f: f.club()),
            "venue_name": G(lambda f: f.pick(VENUES)[0]),
            "kickoff": G(lambda f: f.iso()),
            "weather": G(pk("rain", "sunny", "cloudy", "wind")),
        },
        3,
    ),
    (
        "track",
        "Application Opened",
        MOBILE,
        {
            "from_background": G(pk(True, False)),
            "version": G(pk("4.12.0", "4.13.2")),
            "build": G(pk("412001", "413207", "41301")),
            "url": Opt(G(lambda f: f"pitchside://fixtures/{f.digits(7)}"), 0.3),
            "referring_application": Opt(G(pk("com.whatsapp", "com.apple.mobilemail")), 0.3),
        },
        4,
    ),
    (
        "track",
        "Application Installed",
        MOBILE,
        {"version": G(pk("4.12.0", "4.13.2")), "build": G(pk("412001", "413207"))},
        1,
    ),
    # -- registration --------------------------------------------------------------------------
    (
        "track",
        "Player Registration Started",
        APPS,
        {
            "season": G(lambda f: f.season()),
            "club_id": G(lambda f: "club_" + f.digits(4)),
            "sport": G(pk("football", "hurling", "camogie", "hockey", "basketball")),
            "age_group": G(pk("U8", "U10", "U12", "Alevín", "Infantil", "Sub-13", "Novena")),
            "registration_type": G(pk("new", "renewal", "transfer")),
            "step": G(lambda f: f.r.randint(1, 5)),
        },
        3,
    ),
    (
        "track",
        "Player Registered",
        APPS,
        {
            "registration_id": G(lambda f: f.uuid()),
            "player": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "date_of_birth": Y(lambda f: f.dob(kid=True), "birthdate"),
                "birth_year": G(lambda f: f.r.randint(2008, 2019)),
                "gender": Y(pk("female", "male", "F", "M"), "gender"),
                "school": G(
                    pk(
                        "CEIP Miguel de Cervantes",
                        "Scoil Bhríde",
                        "St. Paul's College",
                        "Colegio San Patricio",
                        "Escuela N° 12 D.E. 7",
                        "Gaelscoil Mhíde",
                    )
                ),
                "shirt_size": G(pk("YS", "YM", "YL", "S", "10-11")),
                "nationality": Opt(
                    Y(
                        pk("Spanish", "Irish", "Argentine", "Moroccan", "Romanian", "Brazilian", "Nigerian"),
                        "citizenship",
                    ),
                    0.5,
                ),
            },
            "guardian": {
                "full_name": Y(lambda f: f.name(), "name"),
                "relationship": G(pk("mother", "father", "legal_guardian", "grandparent", "madre", "padre")),
                "email": Y(lambda f: f.mail(), "email"),
                "mobile": Y(lambda f: f.tel(), "phone"),
            },
            "team_id": G(lambda f: "tm_" + f.digits(5)),
            "age_group": G(pk("U8", "U10", "U12", "Alevín", "Infantil", "Sub-13")),
            "fee_plan": G(pk("annual", "monthly", "sibling")),
            "total_fee": G(lambda f: f.pick([120, 180, 240, 95, 45000])),
            "currency": CUR,
            "photo_consent": G(pk(True, False)),
            "medical_consent": G(pk(True, False)),
            "guardian_count": G(lambda f: f.r.randint(1, 2)),
        },
        3,
    ),
    (
        "track",
        "Medical Form Submitted",
        APPS,
        {
            "player_id": G(lambda f: "pl_" + f.digits(6)),
            "allergies": Many(
                Y(pk("peanuts", "tree nuts", "penicillin", "bee stings", "latex", "none"), "allergy"), 2
            ),
            "conditions": Many(
                Y(pk("asthma", "type 1 diabetes", "epilepsy", "eczema", "none"), "condition"), 2
            ),
            "medications": Many(
                Y(pk("salbutamol inhaler", "insulin", "levetiracetam", "cetirizine"), "medication"), 2
            ),
            "blood_type": Opt(Y(pk("A+", "O+", "O-", "B+", "AB+"), "condition"), 0.5),
            "has_asthma": Y(pk(True, False, False), "condition"),
            "epipen_required": Y(pk(True, False, False, False), "allergy|medication"),
            "additional_needs": RED(
                pk("ADHD", "autism (ASD)", "hearing impairment", "dyspraxia", "none"), "disability"
            ),
            "gp_name": Y(lambda f: "Dr. " + f.name(), "name"),
            "gp_phone": G(pk(*SURGERIES)),
            "insurer": G(pk("VHI", "Laya Healthcare", "Irish Life Health", "Sanitas", "Adeslas", "none")),
            "policy_number": Opt(
                Y(lambda f: f.pick(["VHI", "LAY", "SAN"]) + f.digits(8), "identification"), 0.6
            ),
            "medical_card_number": Opt(RED(lambda f: f.medical_card(), "health id"), 0.3),
            "tarjeta_sanitaria": Opt(RED(lambda f: f.tsi(), "health id"), 0.3),
            "consent_emergency_treatment": G(pk(True, True, False)),
            "signed_by_name": Y(lambda f: f.name(), "name"),
            "signed_at": G(lambda f: f.iso()),
        },
        3,
    ),
    (
        "track",
        "Emergency Contact Added",
        MOBILE,
        {
            "player_id": G(lambda f: "pl_" + f.digits(6)),
            "contact_name": Y(lambda f: f.name(), "name"),
            "relationship": G(pk("aunt", "uncle", "grandmother", "neighbour", "abuela", "tía")),
            "phone_number": Y(lambda f: f.tel(), "phone"),
            "is_primary": G(pk(True, False)),
            "can_collect": G(pk(True, False)),
        },
        3,
    ),
    (
        "track",
        "Guardian Invited",
        SERVERS,
        {
            "invitee_email": Y(lambda f: f.mail(), "email"),
            "invited_by_user_id": G(lambda f: "usr_" + f.hexid(12)),
            "child_id": G(lambda f: "pl_" + f.digits(6)),
            "invite_code": RED(
                lambda f: "".join(f.pick("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8)), "token"
            ),
            "expires_at": G(lambda f: f.iso()),
            "channel": G(pk("email", "sms", "whatsapp")),
        },
        2,
    ),
    (
        "track",
        "Consent Updated",
        ["web"],
        {
            "consent_type": G(
                pk("photo_video", "medical_treatment", "data_sharing_federation", "newsletter")
            ),
            "granted": G(pk(True, False)),
            "policy_version": G(pk("v3.1", "v3.2", "2024-09")),
            "document_sha256": G(lambda f: f.sha256()),
            "signer_name": Y(lambda f: f.name(), "name"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "signed_via": G(pk("web", "app", "paper_upload")),
        },
        2,
    ),
    (
        "track",
        "Typeform Response Received",
        ["node"],
        {
            "event_id": G(lambda f: f.hexid(26).upper()),
            "event_type": G(const("form_response")),
            "form_response": {
                "form_id": G(pk("lT4Z3j", "aB9xQ2")),
                "token": G(lambda f: f.hexid(32)),
                "landed_at": G(lambda f: f.iso()),
                "submitted_at": G(lambda f: f.iso()),
                "definition": {"id": G(pk("lT4Z3j", "aB9xQ2"))},
                "hidden": {"utm_source": G(pk("instagram", "flyer_qr", "school"))},
                "answers": Seq(
                    {
                        "type": G(const("text")),
                        "field": {
                            "id": G(pk("Ab12", "Cd34")),
                            "type": G(const("short_text")),
                            "ref": G(const("child_name")),
                        },
                        "text": Y(lambda f: f.name(), "name", True),
                    },
                    {
                        "type": G(const("date")),
                        "field": {
                            "id": G(pk("Ef56", "Gh78")),
                            "type": G(const("date")),
                            "ref": G(const("child_dob")),
                        },
                        "date": Y(lambda f: f.dob(kid=True), "birthdate", True),
                    },
                    {
                        "type": G(const("text")),
                        "field": {
                            "id": G(pk("Ij90", "Kl12")),
                            "type": G(const("short_text")),
                            "ref": G(const("guardian_name")),
                        },
                        "text": Y(lambda f: f.name(), "name", True),
                    },
                    {
                        "type": G(const("email")),
                        "field": {
                            "id": G(pk("Mn34", "Op56")),
                            "type": G(const("email")),
                            "ref": G(const("guardian_email")),
                        },
                        "email": Y(lambda f: f.mail(), "email"),
                    },
                    {
                        "type": G(const("phone_number")),
                        "field": {
                            "id": G(pk("Qr78", "St90")),
                            "type": G(const("phone_number")),
                            "ref": G(const("guardian_phone")),
                        },
                        "phone_number": Y(lambda f: f.tel(), "phone"),
                    },
                    {
                        "type": G(const("choice")),
                        "field": {
                            "id": G(pk("Uv12", "Wx34")),
                            "type": G(const("multiple_choice")),
                            "ref": G(const("age_group")),
                        },
                        "choice": {"label": G(pk("U8", "U10", "U12", "Benjamín", "Alevín"))},
                    },
                    {
                        "type": G(const("boolean")),
                        "field": {
                            "id": G(pk("Yz56", "Za78")),
                            "type": G(const("yes_no")),
                            "ref": G(const("photo_consent")),
                        },
                        "boolean": G(pk(True, False)),
                    },
                ),
            },
        },
        2,
    ),
    # -- rosters, fixtures, results ------------------------------------------------------------
    (
        "track",
        "Roster Published",
        ["node", "java"],
        {
            "team_id": G(lambda f: "tm_" + f.digits(5)),
            "team_name": G(lambda f: f.team()),
            "season": G(lambda f: f.season()),
            "coach": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.tel(), "phone"),
            },
            "players": Many(
                {
                    "player_id": G(lambda f: "pl_" + f.digits(6)),
                    "display_name": Y(lambda f: f.name(), "name"),
                    "shirt_number": G(lambda f: f.r.randint(1, 30)),
                    "position": G(pk("GK", "DF", "MF", "FW", "Full Back", "Half Forward")),
                    "dob": Y(lambda f: f.dob(kid=True), "birthdate"),
                    "photo_consent": G(pk(True, False)),
                },
                6,
            ),
            "players_count": G(lambda f: f.r.randint(12, 30)),
        },
        2,
    ),
    (
        "track",
        "Player Transferred",
        ["dotnet"],
        {
            "PlayerId": G(lambda f: int(f.digits(6))),
            "PlayerFullName": Y(lambda f: f.name(), "name"),
            "FromTeamId": G(lambda f: int(f.digits(5))),
            "ToTeamId": G(lambda f: int(f.digits(5))),
            "FromTeamName": G(lambda f: f.team()),
            "ToTeamName": G(lambda f: f.team()),
            "EffectiveDate": G(lambda f: f.iso()),
            "ApprovedByName": Y(lambda f: f.name(), "name"),
            "FederationLicenceNumber": G(lambda f: f"{f.pick(['RFFM', 'FAI', 'AFA'])}{f.digits(7)}"),
            "Reason": G(pk("age_group_move", "club_change", "squad_balance")),
        },
        2,
    ),
    (
        "track",
        "Fixture Created",
        SERVERS,
        {
            "fixture_id": G(lambda f: int(f.digits(7))),
            "competition": G(
                pk(
                    "Liga Alevín Grupo 3",
                    "Dublin Minor League Div 2",
                    "Torneo Metropolitano Novena",
                    "Cork U12 Hurling Shield",
                )
            ),
            "home_team": G(lambda f: f.team()),
            "away_team": G(lambda f: f.club()),
            "kickoff_at": G(lambda f: f.iso()),
            "venue": {
                "name": G(lambda f: f.pick_venue(0)),
                "address": G(lambda f: f.pick_venue(1)),
                "city": G(lambda f: f.pick_venue(2)),
                "lat": G(lambda f: f.pick_venue(3)),
                "lng": G(lambda f: f.pick_venue(4)),
            },
            "referee_id": G(lambda f: "ref_" + f.digits(5)),
            "referee_name": Y(lambda f: f.name(), "name"),
        },
        2,
    ),
    (
        "track",
        "Match Result Submitted",
        [*MOBILE, "flutter"],
        {
            "fixture_id": G(lambda f: int(f.digits(7))),
            "home_score": G(lambda f: f.r.randint(0, 8)),
            "away_score": G(lambda f: f.r.randint(0, 8)),
            "home_points": Opt(G(lambda f: f"{f.r.randint(0, 4)}-{f.r.randint(3, 22)}"), 0.3),
            "submitted_by_role": G(pk("coach", "referee", "secretary")),
            "scorers": Many(
                {
                    "player_id": G(lambda f: "pl_" + f.digits(6)),
                    "player_name": Y(lambda f: f.name(), "name"),
                    "minute": G(lambda f: f.r.randint(1, 90)),
                },
                4,
            ),
            "mvp_name": Y(lambda f: f.name(), "name"),
            "match_notes": Y(match_notes, "name", True),
        },
        3,
    ),
    (
        "track",
        "Match Report Filed",
        ["web"],
        {
            "referee_id": G(lambda f: "ref_" + f.digits(5)),
            "fixture_id": G(lambda f: int(f.digits(7))),
            "cautions": Many(
                {
                    "player_name": Y(lambda f: f.name(), "name"),
                    "shirt_number": G(lambda f: f.r.randint(1, 30)),
                    "minute": G(lambda f: f.r.randint(1, 90)),
                    "reason": G(pk("dissent", "unsporting behaviour", "persistent fouling", "DOGSO")),
                },
                3,
            ),
            "red_cards_count": G(lambda f: f.r.randint(0, 2)),
            "incident_report": Y(incident_report, "name", True),
            "match_fee": Y(lambda f: f.pick([25, 30, 35, 40, 18000]), "salary"),
            "mileage_km": G(lambda f: f.r.randint(3, 80)),
            "mileage_claim_eur": G(lambda f: f.money(1, 30)),
        },
        2,
    ),
    # -- training ------------------------------------------------------------------------------
    (
        "track",
        "Training Session Created",
        COACH,
        {
            "session_id": G(lambda f: f.uuid()),
            "team_id": G(lambda f: "tm_" + f.digits(5)),
            "starts_at": G(lambda f: f.iso()),
            "duration_min": G(pk(60, 75, 90)),
            "venue_name": G(lambda f: f.pick(VENUES)[0]),
            "drills": Many(
                G(pk("rondo 4v2", "handpassing", "shooting", "small-sided games", "puck-out drills")), 4
            ),
            "coach_id": G(lambda f: "usr_" + f.hexid(12)),
        },
        2,
    ),
    (
        "track",
        "Attendance Marked",
        COACH,
        {
            "session_id": G(lambda f: f.uuid()),
            "player_id": G(lambda f: "pl_" + f.digits(6)),
            "present": G(pk(True, True, True, False)),
            "late_minutes": G(lambda f: f.pick([0, 0, 0, 5, 10, 15])),
            "absence_reason": G(pk("none", "holiday", "school", "family", "transport", "other")),
            "is_injured": Y(pk(True, False, False, False), "condition"),
            "marked_by": G(lambda f: "usr_" + f.hexid(12)),
        },
        5,
    ),
    (
        "track",
        "Session Check In",
        MOBILE,
        {
            "session_id": G(lambda f: f.uuid()),
            "method": G(pk("gps", "qr")),
            "checkin": {
                "lat": Y(lambda f: f.near_lat(), "geolocation"),
                "lng": Y(lambda f: f.near_lon(), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
            "distance_to_venue_m": G(lambda f: f.r.randint(0, 400)),
        },
        3,
    ),
    (
        "track",
        "Injury Reported",
        COACH,
        {
            "player_id": G(lambda f: "pl_" + f.digits(6)),
            "injury_type": Y(
                pk(
                    "ankle sprain",
                    "concussion",
                    "hamstring strain",
                    "fractured wrist",
                    "contusión",
                    "esguince de rodilla",
                ),
                "diagnosis|condition",
            ),
            "body_part": Y(
                pk("ankle", "head", "hamstring", "wrist", "knee", "tobillo"), "condition|diagnosis"
            ),
            "occurred_during": G(pk("training", "match")),
            "reported_by_role": G(pk("coach", "physio", "parent")),
            "first_aid_given": G(pk(True, False)),
            "notes": Y(injury_note, "condition|diagnosis", True),
            "report_id": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Ficha Médica Cargada",
        ["rn"],
        {
            "jugador_id": G(lambda f: f.digits(6)),
            "apto_fisico": Y(pk(True, True, True, False), "condition"),
            "apto_fisico_vencimiento": G(lambda f: f.date(2025, 2026)),
            "medico_firmante": Y(lambda f: "Dr. " + f.name("AR"), "name"),
            "grupo_sanguineo": Y(pk("0+", "A+", "B+", "0-", "AB+"), "condition"),
            "obra_social": G(pk("OSDE", "Swiss Medical", "IOMA", "OSECAC", "Galeno")),
            "numero_afiliado": Y(
                lambda f: f"{f.digits(2)} {f.digits(6)} {f.r.randint(0, 9)} {f.r.randint(1, 4):02d}",
                "identification",
            ),
            "observaciones": Y(observaciones, "condition", True),
        },
        2,
    ),
    # -- fees and payments ---------------------------------------------------------------------
    (
        "track",
        "Direct Debit Mandate Created",
        ["php"],
        {
            "mandate_reference": G(lambda f: f"PS-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "iban": RED(lambda f: f.iban_es(), "bank account"),
            "bic": G(pk("CAIXESBBXXX", "BSCHESMMXXX", "BBVAESMMXXX", "INGDESMMXXX")),
            "account_holder": Y(lambda f: f.name("ES"), "name"),
            "creditor_id": G(pk("ES12000G87654321", "ES45001G12398765")),
            "sequence_type": G(pk("FRST", "RCUR")),
            "signature_date": G(lambda f: f.date(2023, 2024)),
            "amount": G(pk(25, 30, 45, 60, 120)),
            "frequency": G(pk("monthly", "quarterly", "annual")),
            "member_id": G(lambda f: "mem_" + f.digits(6)),
        },
        2,
    ),
    (
        "track",
        "Membership Fee Collected",
        ["ruby", "python"],
        {
            "payment_id": G(lambda f: "PM" + f.hexid(12).upper()),
            "mandate_id": G(lambda f: "MD" + f.hexid(12).upper()),
            "customer_id": G(lambda f: "CU" + f.hexid(12).upper()),
            "amount": G(pk(25, 30, 45, 60, 120)),
            "currency": G(const("EUR")),
            "charge_date": G(lambda f: f.date(2024, 2024)),
            "status": G(pk("confirmed", "paid_out", "pending_submission")),
            "description": G(
                pk("U12 membership 2024/25", "Cuota socio octubre", "Family membership - instalment 3")
            ),
            "payer_email": Y(lambda f: f.mail(), "email"),
            "account_number_ending": G(lambda f: f.digits(2)),
        },
        3,
    ),
    (
        "track",
        "Payment Failed",
        ["ruby", "python"],
        {
            "payment_id": G(lambda f: "PM" + f.hexid(12).upper()),
            "failure_reason": G(
                pk("insufficient_funds", "account_closed", "refer_to_payer", "bank_account_disabled")
            ),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
            "amount": G(pk(25, 30, 45, 60, 120)),
            "currency": G(const("EUR")),
            "account_number_ending": G(lambda f: f.digits(2)),
        },
        2,
    ),
    (
        "track",
        "GoCardless Webhook Received",
        ["python"],
        {
            "webhook_id": G(lambda f: "WB" + f.hexid(12).upper()),
            "events": Many(
                {
                    "id": G(lambda f: "EV" + f.hexid(12).upper()),
                    "created_at": G(lambda f: f.iso()),
                    "resource_type": G(pk("payments", "mandates")),
                    "action": G(pk("confirmed", "failed", "cancelled", "created", "paid_out")),
                    "links": {
                        "mandate": G(lambda f: "MD" + f.hexid(12).upper()),
                        "payment": Opt(G(lambda f: "PM" + f.hexid(12).upper()), 0.7),
                        "customer_bank_account": Opt(G(lambda f: "BA" + f.hexid(12).upper()), 0.5),
                    },
                    "details": {
                        "origin": G(pk("gocardless", "bank", "api")),
                        "cause": G(pk("payment_confirmed", "insufficient_funds", "mandate_cancelled")),
                        "description": G(
                            pk(
                                "Payment was confirmed as collected",
                                "The customer's account had insufficient funds",
                            )
                        ),
                        "scheme": G(const("sepa_core")),
                    },
                },
                3,
            ),
        },
        2,
    ),
    (
        "track",
        "MembershipRenewed",
        ["dotnet"],
        {
            "MemberId": G(lambda f: int(f.digits(6))),
            "MemberNumber": G(lambda f: "M-" + f.digits(5)),
            "FullName": Y(lambda f: f.name(), "name"),
            "EmailAddress": Y(lambda f: f.mail(), "email"),
            "Iban": RED(lambda f: f.iban_any(), "bank account"),
            "Bic": G(pk("AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "CAIXESBBXXX")),
            "MandateReference": G(lambda f: f"PS-{f.digits(8)}"),
            "AmountEur": G(pk(60, 120, 180, 240)),
            "RenewalDate": G(lambda f: f.iso()),
            "PaymentMethod": G(pk("SepaDirectDebit", "Card", "Cash")),
            "SeasonCode": G(pk("2425", "2526")),
            "IsFamilyPlan": G(pk(True, False)),
        },
        2,
    ),
    (
        "track",
        "RefereePayoutSent",
        ["dotnet"],
        {
            "RefereeId": G(lambda f: int(f.digits(5))),
            "RefereeName": Y(lambda f: f.name(), "name"),
            "Iban": RED(lambda f: f.iban_any(), "bank account"),
            "PayoutAmount": Y(lambda f: f.money(40, 400), "salary"),
            "PayoutReference": G(lambda f: "RP" + f.digits(7)),
            "Matches": G(lambda f: f.r.randint(1, 12)),
            "PeriodEnd": G(lambda f: f.date(2024, 2024)),
            "TaxId": RED(lambda f: f.nif() if f.r.random() < 0.5 else f.ppsn(), "national id"),
        },
        2,
    ),
    (
        "track",
        "Adhesión Débito Automático",
        ["go"],
        {
            "socio_id": G(lambda f: f.digits(6)),
            "cbu": RED(lambda f: f.cbu(), "bank account"),
            "alias_cbu": RED(lambda f: f.cbu_alias(), "bank account"),
            "titular_cuenta": Y(lambda f: f.name("AR"), "name"),
            "cuit_titular": RED(lambda f: f.cuil(), "national id"),
            "banco": G(pk("Banco Nación", "Banco Galicia", "Santander", "Banco Macro", "BBVA Argentina")),
            "monto_cuota": G(pk(8500, 12000, 15500, 22000)),
            "dia_debito": G(pk(5, 10, 15)),
        },
        2,
    ),
    (
        "track",
        "Pago Cuota Recibido",
        ["go"],
        {
            "id": G(lambda f: int(f.digits(11))),
            "status": G(pk("approved", "pending", "rejected")),
            "transaction_amount": G(pk(8500, 12000, 15500, 22000)),
            "currency_id": G(const("ARS")),
            "payment_method_id": G(pk("visa", "master", "account_money", "debvisa")),
            "external_reference": G(lambda f: "cuota-" + f.digits(6)),
            "date_approved": G(lambda f: f.iso()),
            "payer": {
                "email": Y(lambda f: f.mail("AR"), "email"),
                "first_name": Y(lambda f: f.given("AR"), "name"),
                "last_name": Y(lambda f: f.family("AR"), "name"),
                "identification": {
                    "type": G(pk("DNI", "CUIL")),
                    "number": RED(lambda f: f.dni_ar(), "national id"),
                },
            },
            "card": Opt(
                {
                    "first_six_digits": G(pk("450995", "517562", "454646", "377790")),
                    "last_four_digits": G(lambda f: f.digits(4)),
                    "expiration_month": G(lambda f: f.r.randint(1, 12)),
                    "expiration_year": G(lambda f: f.r.randint(2025, 2030)),
                    "cardholder": {"name": Y(lambda f: f.name("AR").upper(), "name")},
                },
                0.6,
            ),
        },
        2,
    ),
    (
        "track",
        "Charge Succeeded",
        ["node"],
        {
            "type": G(const("charge.succeeded")),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_3" + f.hexid(23)),
                    "amount": G(pk(4500, 12000, 3999, 2800)),
                    "currency": G(const("eur")),
                    "payment_method": RED(
                        lambda f: (
                            "pm_1" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(23))
                        ),
                        "token",
                    ),
                    "receipt_email": Y(lambda f: f.mail(), "email"),
                    "billing_details": {
                        "name": Y(lambda f: f.name(), "name"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "phone": Opt(Y(lambda f: f.tel(), "phone"), 0.5),
                        "address": {
                            "line1": Y(lambda f: f.street_line(f.pick(["ES", "IE"])), "address|street"),
                            "line2": Opt(Y(pk("Apt 4", "3º B", "Flat 2", "Unit 12"), "address"), 0.4),
                            "city": Y(lambda f: f.town(f.pick(["ES", "IE"])), "city"),
                            "postal_code": Y(lambda f: f.postcode(f.pick(["ES", "IE"])), "zipcode"),
                            "state": G(pk("Dublin", "Madrid", "Cork", "Valencia")),
                            "country": G(pk("IE", "ES")),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(pk("visa", "mastercard", "amex")),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                            "country": G(pk("IE", "ES", "GB")),
                        }
                    },
                }
            },
        },
        2,
    ),
    # -- kit shop (e-commerce spec) ------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        APPS,
        {
            **{k: v for k, v in PRODUCT.items() if k not in ("quantity", "position")},
            "currency": CUR,
            "url": G(lambda f: f"https://shop.pitchside.club/p/{f.digits(5)}"),
            "image_url": G(lambda f: f"https://cdn.pitchside.club/products/{f.hexid(12)}.webp"),
        },
        4,
    ),
    (
        "track",
        "Product Added",
        APPS,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in PRODUCT.items() if k != "position"},
            "personalisation": Opt(
                {
                    "print_name": Y(
                        lambda f: f.pick(
                            [
                                ascii_fold(f.family()).upper(),
                                f.given().upper(),
                                f"{f.given()[0]}. {f.family()}",
                            ]
                        ),
                        "name",
                    ),
                    "print_number": G(lambda f: f.r.randint(1, 99)),
                },
                0.5,
            ),
        },
        3,
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": G(pk("camiseta portero", "o'neills jersey", "hurley 30", "chandal", "socks", "guantes")),
            "results": G(lambda f: f.r.randint(0, 40)),
        },
        2,
    ),
    (
        "track",
        "Checkout Started",
        APPS,
        {
            "order_id": ORDER_ID,
            "revenue": MONEY,
            "currency": CUR,
            "coupon": Opt(G(pk("HERMANOS10", "SUMMER24", "VOLUNTEER15")), 0.3),
            "products": Many(PRODUCT, 4),
        },
        3,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": ORDER_ID,
            "step": G(const(3)),
            "payment_method": G(pk("card", "bizum", "sepa_debit", "apple_pay")),
            "card_brand": G(pk("visa", "mastercard", "amex")),
            "card_last4": G(lambda f: f.digits(4)),
            "stripe_payment_method": RED(
                lambda f: "pm_1" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(23)),
                "token",
            ),
            "save_card": G(pk(True, False)),
        },
        2,
    ),
    (
        "track",
        "Order Completed",
        APPS,
        {
            "order_id": ORDER_ID,
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(pk("Club Shop", "Tienda Oficial", "O'Neills Teamwear")),
            "total": MONEY,
            "subtotal": MONEY,
            "shipping": G(pk(0, 4.95, 6.5)),
            "discount": G(pk(0, 5, 10)),
            "currency": CUR,
            "products": Many(PRODUCT, 4),
            "shipping_method": G(pk("click_and_collect", "home_delivery", "an_post", "correo_argentino")),
            "shipping_address": Opt(
                {
                    "name": Y(lambda f: f.name(), "name"),
                    "line1": Y(lambda f: f.street_line(), "address|street"),
                    "city": Y(lambda f: f.town(), "city"),
                    "postcode": Y(lambda f: f.postcode(), "zipcode"),
                    "country": G(pk("IE", "ES", "AR")),
                    "phone": Y(lambda f: f.tel(), "phone"),
                },
                0.6,
            ),
            "collection_point": Opt(
                G(pk("Clubhouse shop, Saturday 10-13h", "Secretaría del club", "Kit room Pitch 1")), 0.4
            ),
            "gift_message": Opt(Y(gift_message, "name", True), 0.5),
        },
        3,
    ),
    (
        "track",
        "Order Refunded",
        ["python", "web"],
        {
            "order_id": ORDER_ID,
            "total": MONEY,
            "currency": CUR,
            "reason": G(pk("wrong_size", "damaged", "duplicate", "cancelled_registration")),
            "products": Many(PRODUCT, 2),
        },
        1,
    ),
    (
        "track",
        "Coupon Applied",
        APPS,
        {
            "order_id": ORDER_ID,
            "cart_id": G(lambda f: f.uuid()),
            "coupon_id": G(lambda f: "cpn_" + f.digits(4)),
            "coupon_name": G(pk("HERMANOS10", "SUMMER24", "VOLUNTEER15")),
            "discount": G(pk(5, 10, 15)),
        },
        2,
    ),
    (
        "track",
        "Kit Voucher Sent",
        ["ruby"],
        {
            "voucher_id": G(lambda f: "vch_" + f.digits(6)),
            "amount": G(pk(20, 25, 50)),
            "currency": G(const("EUR")),
            "recipient_name": Y(lambda f: f.name(), "name"),
            "recipient_email": Y(lambda f: f.mail(), "email"),
            "sender_name": Y(lambda f: f.name(), "name"),
            "delivery_date": G(lambda f: f.date(2024, 2024)),
        },
        1,
    ),
    # -- coaches, referees, safeguarding -------------------------------------------------------
    (
        "track",
        "Coach Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "applicant": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "mobile": Y(lambda f: f.tel(), "phone"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            },
            "sports": Many(G(pk("football", "hurling", "camogie", "hockey", "basketball")), 2),
            "previous_clubs": Many(G(lambda f: f.club()), 2),
            "coaching_badge": G(pk("UEFA C", "GAA Foundation", "Nivel 1", "none")),
            "years_experience": G(lambda f: f.r.randint(0, 25)),
            "right_to_work": RED(pk("yes", "no", "yes"), "visa"),
            "requires_visa_sponsorship": RED(pk(True, False, False), "visa"),
            "expected_hourly_rate": Y(lambda f: f.pick([12, 15, 18, 20, 25]), "salary"),
        },
        2,
    ),
    (
        "track",
        "Vetting Request Submitted",
        ["python"],
        {
            "applicant_id": G(lambda f: "usr_" + f.hexid(12)),
            "nvb_reference": Y(lambda f: f"NVB{f.digits(2)}-{f.digits(7)}", "certificate"),
            "organisation": G(pk("Football Association of Ireland", "GAA", "Hockey Ireland")),
            "liaison_email": G(lambda f: f.role_mailbox()),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "place_of_birth": Y(
                pk("Dublin", "Cork", "Lagos", "Warsaw", "Limerick", "São Paulo", "Galway"), "city"
            ),
            "current_address": Y(lambda f: f.full_address("IE"), "address"),
            "previous_addresses": Many(Y(lambda f: f.full_address(), "address"), 3),
            "status": G(pk("submitted", "in_progress", "completed")),
        },
        2,
    ),
    (
        "track",
        "Certificado Delitos Sexuales Verificado",
        ["php"],
        {
            "persona_id": G(lambda f: f.digits(6)),
            "nif": RED(lambda f: f.nif(), "national id"),
            "csv_certificado": Y(
                lambda f: "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(16)),
                "certificate",
            ),
            "fecha_emision": G(lambda f: f.date(2023, 2024)),
            "valido_hasta": G(lambda f: f.date(2025, 2026)),
            "verificado": G(pk(True, False)),
            "cargo": G(pk("entrenador", "monitor", "delegado", "fisioterapeuta")),
        },
        2,
    ),
    (
        "track",
        "Referee Assigned",
        SERVERS,
        {
            "fixture_id": G(lambda f: int(f.digits(7))),
            "referee": {
                "id": G(lambda f: "ref_" + f.digits(5)),
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "email": Opt(Y(lambda f: f.mail(), "email"), 0.6),
                "licence_number": G(lambda f: f"{f.pick(['CTA', 'FAI-R', 'AFA'])}{f.digits(6)}"),
                "grade": G(pk("Regional", "Level 2", "Nacional", "Provincial")),
            },
            "role": G(pk("referee", "assistant_1", "assistant_2", "fourth_official")),
            "match_fee": Y(lambda f: f.pick([25, 30, 35, 40, 18000]), "salary"),
            "travel_distance_km": G(lambda f: f.r.randint(2, 120)),
        },
        2,
    ),
    (
        "track",
        "Coach Account Created",
        ["ruby"],
        {
            "coach_id": G(lambda f: "usr_" + f.hexid(12)),
            "email": Y(lambda f: f.mail(), "email"),
            "temp_password": RED(
                lambda f: "".join(f.pick(string.ascii_letters + string.digits + "!#") for _ in range(10)),
                "password",
            ),
            "invite_link": RED(magic_link, "token"),
            "role": G(pk("coach", "assistant_coach", "team_manager")),
            "teams": Many(G(lambda f: f.team()), 2),
            "expires_at": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Signed In",
        APPS,
        {
            "method": G(pk("password", "magic_link", "google", "apple", "otp_sms")),
            "success": G(pk(True, True, False)),
            "attempts": G(lambda f: f.r.randint(1, 4)),
            "password_strength": G(pk("weak", "fair", "strong")),
            "two_factor_enabled": G(pk(True, False)),
        },
        3,
    ),
    (
        "track",
        "Login Failed",
        ["web", "node"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "reason": G(pk("wrong_password", "unknown_user", "locked")),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "failed_attempts": G(lambda f: f.r.randint(1, 6)),
        },
        2,
    ),
    (
        "track",
        "OTP Verified",
        ["node", "go"],
        {
            "phone": Y(lambda f: f.tel(), "phone"),
            "otp": RED(lambda f: f.digits(6), "token"),
            "otp_attempts": G(lambda f: f.r.randint(1, 3)),
            "channel": G(pk("sms", "whatsapp")),
            "verified": G(pk(True, False)),
        },
        2,
    ),
    (
        "track",
        "Webhook Endpoint Configured",
        ["go"],
        {
            "endpoint_id": G(lambda f: "we_" + f.hexid(16)),
            "club_id": G(lambda f: "club_" + f.digits(4)),
            "url": G(lambda f: f"https://api.{f.pick(CLUB_DOMAINS)}/hooks/pitchside"),
            "signing_secret": RED(
                lambda f: "whsec_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(32)),
                "secret",
            ),
            "events": Many(G(pk("player.registered", "payment.failed", "fixture.updated")), 3),
        },
        1,
    ),
    (
        "track",
        "Tournament Travel Registered",
        ["web", "python"],
        {
            "trip_id": G(lambda f: "trip_" + f.digits(4)),
            "tournament": G(
                pk(
                    "Gothia Cup 2025",
                    "Dana Cup",
                    "Costa Daurada Cup",
                    "Iberia Cup Salou",
                    "Mundialito Mar del Plata",
                )
            ),
            "flight_number": G(pk("EI594", "FR7142", "VY8721", "AR1302", "IB3171")),
            "traveller": {
                "full_name": Y(lambda f: f.name(), "name"),
                "date_of_birth": Y(lambda f: f.dob(kid=True), "birthdate"),
                "nationality": Y(
                    pk("IE", "ES", "AR", "Irish", "Spanish", "Argentine", "Romanian", "Brazilian"),
                    "citizenship",
                ),
                "passport_number": RED(lambda f: f.passport(), "passport"),
                "passport_expiry": G(lambda f: f.date(2025, 2034)),
                "ehic_number": RED(
                    lambda f: f.pick(
                        ["80724" + f.digits(15), f.digits(8) + f.pick("ABCDEFGHK"), "8034" + f.digits(16)]
                    ),
                    "health id",
                ),
                "emergency_phone": Y(lambda f: f.tel(), "phone"),
            },
            "room_sharing_with": Opt(Y(lambda f: f.name(), "name"), 0.6),
            "travel_consent_signed": G(pk(True, False)),
        },
        2,
    ),
    (
        "track",
        "Contrato Entrenador Firmado",
        ["php"],
        {
            "entrenador_id": G(lambda f: f.digits(6)),
            "nif": RED(lambda f: f.nif(), "national id"),
            "nuss": RED(lambda f: f.nuss(), "social security number"),
            "iban_nomina": RED(lambda f: f.iban_es(), "bank account"),
            "salario_bruto_anual": Y(lambda f: f.pick([4800, 7200, 9600, 14400, 18000]), "salary"),
            "tipo_contrato": G(pk("tiempo parcial", "fijo discontinuo", "voluntariado")),
            "jornada_horas": G(pk(6, 10, 12, 20)),
            "fecha_inicio": G(lambda f: f.date(2024, 2024)),
            "puesto": G(pk("Entrenador Alevín", "Preparador físico", "Coordinador cantera")),
        },
        2,
    ),
    # -- communications ------------------------------------------------------------------------
    (
        "track",
        "SMS Status Updated",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "SmsSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessageStatus": G(pk("delivered", "sent", "undelivered", "failed")),
            "To": Y(lambda f: f.e164(), "phone", True),
            "From": G(
                pk("+353861800100", "+34600100200", "Pitchside", "MG" + "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6")
            ),
            "ErrorCode": Opt(G(pk("30003", "30005", "30006")), 0.3),
            "ApiVersion": G(const("2010-04-01")),
        },
        2,
    ),
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "event": G(pk("delivered", "open", "click", "bounce")),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.digits(3)}-{f.digits(5)}"),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@pitchside.club>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.6),
            "useragent": Opt(G(pk(*UA)), 0.6),
            "category": Many(G(pk("fee_reminder", "fixtures_weekly", "lotto_results", "newsletter")), 2),
        },
        3,
    ),
    (
        "track",
        "Team Message Sent",
        COACH,
        {
            "thread_id": G(lambda f: f.uuid()),
            "team_id": G(lambda f: "tm_" + f.digits(5)),
            "recipients_count": G(lambda f: f.r.randint(8, 40)),
            "text": Y(coach_message, "name", True),
            "has_attachment": G(pk(True, False)),
            "channel": G(pk("team_chat", "announcement")),
        },
        2,
    ),
    (
        "track",
        "Support Message Sent",
        ["web", "rn"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "input": Y(chat_input, "phone", True),
            "message_length": G(lambda f: f.r.randint(20, 120)),
            "topic": G(pk("payments", "login", "registration")),
        },
        2,
    ),
    (
        "track",
        "Member Search Performed",
        ["web"],
        {
            "q": Y(
                lambda f: f.pick([f.family(), f.name(), f.name().lower(), ascii_fold(f.family()).lower()]),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 14)),
            "filters": {"team": G(pk("all", "u12", "senior")), "status": G(pk("active", "lapsed", "all"))},
            "admin_id": G(lambda f: "usr_" + f.hexid(12)),
        },
        2,
    ),
    (
        "track",
        "Contact Tapped",
        ["flutter"],
        {
            "list": G(const("emergency_contacts")),
            "label": Y(
                lambda f: f.pick([f.name(), f"{f.given()} ({f.pick(['mam', 'dad', 'mamá', 'abuela'])})"]),
                "name",
                True,
            ),
            "value": Y(lambda f: f.tel(), "phone", True),
            "position": G(lambda f: f.r.randint(0, 3)),
        },
        2,
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(pk("player_registration", "summer_camp")),
            "field_name": G(const("guardian_email")),
            "field_value": Y(lambda f: f.mail(), "email", True),
            "duration_ms": G(lambda f: f.r.randint(800, 20000)),
            "autofilled": G(pk(True, False)),
        },
        2,
    ),
    # -- camps, lotto, fundraisers, sponsors, attribution --------------------------------------
    (
        "track",
        "Inscripción Campus Verano",
        ["web"],
        {
            "participante": {
                "nombre": Y(lambda f: f.given("ES"), "name"),
                "apellidos": Y(lambda f: f.family("ES"), "name"),
                "fecha_nacimiento": Y(lambda f: f.dob(kid=True), "birthdate"),
                "talla_camiseta": G(pk("6", "8", "10", "12", "14", "S")),
                "alergias": Y(pk("ninguna", "frutos secos", "lactosa", "polen", "marisco"), "allergy"),
                "sabe_nadar": G(pk(True, False)),
                "tarjeta_sanitaria": RED(lambda f: f.tsi(), "health id"),
            },
            "tutor": {
                "nombre_completo": Y(lambda f: f.name("ES"), "name"),
                "dni": RED(lambda f: f.nif(), "national id"),
                "telefono": Y(lambda f: f.tel("ES"), "phone"),
                "email": Y(lambda f: f.mail("ES"), "email"),
            },
            "semanas": Many(G(pk("S1 1-5 julio", "S2 8-12 julio", "S3 15-19 julio")), 3),
            "importe": G(pk(95, 180, 260)),
            "autoriza_fotos": G(pk(True, False)),
            "recogida_autorizada": Many(
                {
                    "nombre": Y(lambda f: f.name("ES"), "name"),
                    "dni": RED(lambda f: f.nif(), "national id"),
                    "parentesco": G(pk("abuela", "tío", "vecina", "canguro")),
                },
                2,
            ),
        },
        2,
    ),
    (
        "track",
        "Lotto Ticket Purchased",
        APPS,
        {
            "draw_id": G(lambda f: "draw_" + f.digits(4)),
            "lines": G(lambda f: f.r.randint(1, 5)),
            "numbers": Many(G(lambda f: f.r.randint(1, 32)), 4),
            "amount": G(pk(2, 5, 10, 20)),
            "auto_renew": G(pk(True, False)),
            "seller_name": Opt(Y(lambda f: f.name("IE"), "name"), 0.5),
            "draw_date": G(lambda f: f.date(2024, 2024)),
        },
        2,
    ),
    (
        "track",
        "Fundraiser Entry",
        ["web"],
        {
            "event_name": G(pk("Sponsored Dog Jog 5K", "Carrera Solidaria 10K", "Table Quiz Night")),
            "entrant_name": Y(lambda f: f.name(), "name"),
            "dog_name": Opt(G(pk("Bran", "Lola", "Toby", "Canela", "Murphy", "Milo")), 0.6),
            "dog_breed": Opt(G(pk("Labrador", "Border Collie", "Mestizo", "Jack Russell")), 0.6),
            "donation_amount": G(pk(10, 20, 50)),
        },
        2,
    ),
    (
        "track",
        "Sponsor Lead Submitted",
        ["web"],
        {
            "company_name": G(
                pk(
                    "Doyle Motors Raheny",
                    "Ferretería Hermanos López",
                    "Panadería La Espiga",
                    "O'Briens Sandwich Bar",
                    "Supermercados Día",
                )
            ),
            "contact_name": Y(lambda f: f.name(), "name"),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "contact_mobile": Opt(Y(lambda f: f.tel(), "phone"), 0.6),
            "contact_job_title": G(pk("Owner", "Marketing Manager", "Gerente", "Director")),
            "company_phone": G(pk(*BUSINESSES)),
            "company_vat": G(
                lambda f: f.pick(["IE" + f.digits(7) + "T", "ESB" + f.digits(8), "30-" + f.digits(8) + "-7"])
            ),
            "package": G(pk("shirt_front", "pitch_board", "kit_sleeve", "lotto")),
        },
        1,
    ),
    (
        "track",
        "Trial Session Booked",
        ["web"],
        {
            "child_first_name": Y(lambda f: f.given(), "name"),
            "child_age": G(lambda f: f.r.randint(5, 15)),
            "parent_email": Y(lambda f: f.mail(), "email"),
            "parent_phone": Y(lambda f: f.tel(), "phone"),
            "preferred_day": G(pk("monday", "wednesday", "saturday")),
            "venue_id": G(lambda f: "ven_" + f.digits(3)),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(20)}", "advertising id"), 0.4),
            "hashed_email": Y(lambda f: f.sha256(), "email"),
            "event_id": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Deep Link Opened",
        MOBILE,
        {
            "url": G(lambda f: f"https://app.pitchside.club/join/{f.digits(4)}"),
            "utm_source": G(pk("google", "facebook", "instagram")),
            "gclid": Opt(
                Y(
                    lambda f: (
                        "Cj0KCQjw"
                        + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(60))
                    ),
                    "advertising id",
                ),
                0.5,
            ),
            "fbclid": Opt(
                Y(
                    lambda f: (
                        "IwAR"
                        + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(55))
                    ),
                    "advertising id",
                ),
                0.5,
            ),
        },
        2,
    ),
    (
        "track",
        "Install Attributed",
        ["swift", "kotlin"],
        {
            "provider": G(const("AppsFlyer")),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.5),
            "idfv": Opt(G(lambda f: f.uuid().upper()), 0.5),
            "campaign": {
                "source": G(pk("Facebook Ads", "googleadwords_int", "organic")),
                "name": G(pk("ps_ios_es_install", "ps_and_ie_install")),
            },
        },
        2,
    ),
    (
        "track",
        "Foireann Sync Completed",
        ["node"],
        {
            "sync-id": G(lambda f: f.uuid()),
            "club-code": G(lambda f: f"{f.pick(['DB', 'CK', 'GY', 'MH'])}{f.digits(3)}"),
            "county-board": G(pk("Dublin", "Cork", "Galway", "Meath")),
            "member-count": G(lambda f: f.r.randint(150, 1400)),
            "started-at": G(lambda f: f.iso()),
            "errors": Many(
                {
                    "member-name": Y(lambda f: f.name("IE"), "name"),
                    "error-code": G(pk("DUPLICATE", "MISSING_DOB", "INVALID_EMAIL")),
                    "field": G(pk("date_of_birth", "email", "membership_type")),
                },
                3,
            ),
        },
        2,
    ),
    (
        "track",
        "Volunteer Shift Signed Up",
        APPS,
        {
            "shift_id": G(lambda f: f.uuid()),
            "role": G(pk("kit washer", "bar rota", "car park", "tuck shop", "linesperson")),
            "shift_date": G(lambda f: f.date(2024, 2024)),
            "volunteer_name": Y(lambda f: f.name(), "name"),
            "vetted": G(pk(True, False)),
            "volunteer_phone": Y(lambda f: f.tel(), "phone"),
        },
        1,
    ),
]


def message(f: Club, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    stamp = f.iso()
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f"ajs-next-{f.hexid(32)}" if client == "web" else f.uuid(),
        "timestamp": stamp,
        "sentAt": stamp,
        "anonymousId": f.uuid(),
    }
    if client in SERVER_LIBS or f.r.random() < 0.7:
        msg["userId"] = f.pick(["usr_" + f.hexid(12), f.digits(7)])
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "club_" + f.digits(4)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
        msg["userId"] = "usr_" + f.hexid(12)
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    page = f.pick(
        ["/", "/fixtures", "/register", "/shop", "/account", "/payments", "/teams", "/admin/members"]
    )
    msg["context"] = render(context_for(client, page), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = Club(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body, weight in E:
            for _ in range(weight):
                events.append(message(f, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=208, repeats=11)
    write(Path(__file__).parent, "holdout208_", events, labels)
