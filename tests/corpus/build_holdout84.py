"""Writes holdout 84: tests/corpus/holdout84_events.jsonl and holdout84_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py (for the
format) only, without reading the detection engine, its vocabularies, its tests, the detection
docs or any other corpus's labels, and without running the engine on these events.

What it covers: online grocery delivery and supermarket loyalty in the Netherlands, Belgium and
France. Shoppers (web shop on analytics.js; iOS app on analytics-swift; Android app on
analytics-kotlin), a recipe app (analytics-react-native), a loyalty/store-pickup app (Flutter), a
delivery drivers' app (analytics-kotlin), and backends: a Dutch CRM on analytics-python with
Dutch keys (voornaam, tussenvoegsel, achternaam, straatnaam, huisnummer, postcode,
telefoonnummer), a French legacy shop on analytics-php with French keys (prénom, nom, code_postal,
téléphone), a Belgian store-pickup and B2B system on Analytics.NET (PascalCase), a warehouse
reverse-ETL sync (SCREAMING_SNAKE traits), a node gateway (Adyen-shaped payment details,
Klaviyo-shaped profile sync, Meta Conversions API forwarding, a customer-service console), a Go
deposit-return (statiegeld / consigne) machine backend, Java payroll for flex drivers, a ruby
customer-service bridge (Zendesk-shaped tickets, Twilio-shaped SMS, WhatsApp Cloud API
webhooks). Weekly orders, delivery slots, substitutions, baby club, dietary profiles, loyalty
cards, personalised offers, store pickup with curbside check-in, deposit bottles, recipes and
meal plans, customer service, age checks at the door, drivers' shifts, incidents and payouts. Segment calls:
identify, track, page, screen, group, alias; e-commerce spec events (Products Searched, Product
List Filtered, Product Viewed, Product Added, Cart Viewed, Checkout Started, Checkout Step
Completed, Payment Info Entered, Order Completed, Order Refunded, Order Cancelled). Hard cases
real traffic has: a legacy PHP checkout that sends the raw card number and CVC, a French sign-up
form serialised with its password, an address lookup (PostNL / PDOK shape) echoing the
person's street and coordinates, a loyalty `card_number` (green by policy) beside card data,
product `allergens` and `is_halal` (green) beside profile `allergies` and `halal` (PII), a pet's
`birth_date` (green) beside a shopper's (PII), a store's phone, e-mail and address (green).

Conventions: mostly camelCase and snake_case English keys; the rest (about a sixth of the
events, a quarter of the distinct paths) Dutch and French keys, PascalCase (.NET), kebab-case (a
web tracking plan) and SCREAMING_SNAKE (warehouse sync), plus vendor shapes (`$email` from a CDP
sync, Meta's `em`/`ph`/`fbp`/`fbc`, Twilio's `To`/`From`/`Body`, WhatsApp's `wa_id`/`from`).
Values: Dutch, Belgian and French phone formats (and some foreign numbers), NL "1234 AB", BE
4-digit and FR 5-digit postcodes, IBANs with valid mod-97 (NL/BE/FR/DE, Belgian BBAN check and
French RIB key computed), Luhn-valid cards (incl. Bancontact 6703), BSNs passing the 11-test,
Belgian national register numbers and French NIRs with their mod-97 keys, EAN-13s with check
digits, names from many cultures. Each event's shopper is one coherent person (name, e-mail,
address agree); other people (household members, children, recipients, drivers, pickers, agents,
contacts) are drawn separately.

Labelling rules (the brief's, followed exactly):
- PII = personal data about a natural person (the user, a recipient, a household member, a
  child, a staff member): names, contact details, the person's own address or precise location,
  birth dates, government ids, bank accounts and full card numbers, special categories,
  credentials and one-time codes, IP addresses, advertising ids. Colour: the reference's default
  for its matcher; outside the reference, red for secrets/tokens, cards, bank accounts, national
  ids, health ids; yellow otherwise (geolocation, advertising id).
- Green: ids we issue (user/order/cart/slot/store ids, UUIDs, SKUs, EANs, invoice numbers),
  versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans under
  PII-sounding keys (`emailVerified`, `password_strength`, `addressValidated`), product, recipe,
  brand, store and company names, places that are not the person's (a store's city, a store-finder
  query), country, locale, language, timezone, currency, user agents, OS-issued device ids
  (IDFV, Android id). Card brand, last four, expiry and BIN are green; BICs identify the bank:
  green.
- Published policy: loyalty-card, customer and member numbers green; ages and age bands green;
  job titles and employers green; a business's own phone / e-mail / address (a store, the
  support desk, a B2B customer's invoice address) green; pets' names and data green (a pet's
  birth date too); pay and hourly rates yellow `salary`; number plates yellow `license`, VINs
  yellow `serial`; gclid/fbclid/fbp/fbc/msclkid yellow `advertising id`; the person's billing
  and delivery addresses yellow `address`; payment tokens (Adyen recurring references), pickup
  codes, SMS verification codes red `token|secret`.
- A boolean or enum that itself reveals a special category is PII of that category: a declared
  allergy (yellow `allergy`), coeliac / diabetic flags and pregnancy or a due date (yellow
  `condition`), halal / kosher profile flags (yellow `religion`), reduced mobility / hearing
  impairment flags (red `disability`).
- value_only: true when the key does not say what the value is (`field.value`, `input`, `q`,
  `note`, `text`, `to`, `To`, `login`, `contact`, `identifier`, `suggestion`, `externalIds[].id`,
  WhatsApp's `wa_id` and `from`). Every value of a value_only PII path holds that PII (`q` and
  `identifier` hold an e-mail or a phone in each value: `email|phone`). Free text is labelled
  by what every one of its values carries; free-text fields here either carry the PII in every
  value or in none (then green).

Decisions where the brief leaves room (what a careful privacy owner would want flagged):
- Product attributes and shopping filters (a product that is halal, gluten-free or for babies, a
  "glutenvrij" filter, a product's allergen list) describe the product: green. Only a declared
  attribute of the person (their profile, a household member's allergy) is special-category.
- A diet preference (vegetarian, vegan, flexitarian) is a lifestyle choice: green.
- Parts of the person's address are PII in their own right: house number, its addition
  (toevoeging) and a Belgian box number (`address`), a name particle (tussenvoegsel: `name`),
  a 4-digit Dutch postcode area (PC4: `zipcode`).
- Salutation / civilité (Mme, M.) reveals sex: yellow `gender`.
- Hashed e-mail and phone sent to ad platforms (Meta `em`, `ph`) stay personal data
  (pseudonymous, used to match people): yellow `email` / `phone`. A hashed user id we issue
  (`external_id`) is green.
- Gate and door codes a customer gives the driver are red `secret`; a sign-in (magic) link
  carries its one-time token: red `token|secret`.
- A driver's scanner serial (company equipment) is green; a vehicle's VIN is yellow by policy.
- Another road user's insurance policy number in an incident report is yellow
  `identification` (the policy's rule for insurance policy numbers).
- A proof-of-delivery photo (the customer's front door, sometimes the customer) is yellow
  `photo`; a photo of a dish or of a damaged product is green.
- A staff member's live GPS position during a shift is yellow `geolocation`; a delivery stop's
  coordinates are the customer's home: yellow `geolocation`.
- Gift card numbers are issued by the business (green); their PIN is a secret (red).
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people and places -------------------------------------------------------------------------------

FIRST = [
    "Daan",
    "Sanne",
    "Lotte",
    "Jeroen",
    "Anouk",
    "Bram",
    "Fleur",
    "Sem",
    "Mohamed",
    "Fatima",
    "Youssef",
    "Nour",
    "Camille",
    "Louis",
    "Manon",
    "Chloé",
    "Théo",
    "Inès",
    "Amélie",
    "Mathis",
    "Elif",
    "Mehmet",
    "Priya",
    "Ravi",
    "Wei",
    "Thu",
    "Piotr",
    "Agnieszka",
    "Kofi",
    "Aïcha",
    "Marieke",
    "Luuk",
    "Noor",
    "Lieke",
    "Gert-Jan",
    "Wout",
    "Lore",
    "Jef",
    "Hanne",
    "Mamadou",
    "Ana",
    "João",
    "Svetlana",
    "Kenji",
    "Aarav",
    "Olusegun",
    "Zeynep",
    "Hamid",
    "Anh",
    "Sophie",
    "Élodie",
    "Kévin",
    "Benoît",
    "Maëlle",
    "Siham",
    "Rachid",
    "Dewi",
    "Shanti",
    "Ilse",
    "Joris",
]
LAST = [
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("", "Bakker"),
    ("", "Visser"),
    ("", "Smit"),
    ("de", "Jong"),
    ("", "Meijer"),
    ("", "El Amrani"),
    ("", "Bouzid"),
    ("", "Y\u0131lmaz"),
    ("", "Demir"),
    ("", "Ramdin"),
    ("", "Sewnath"),
    ("", "Peeters"),
    ("", "Janssens"),
    ("", "Maes"),
    ("", "Claes"),
    ("", "Wouters"),
    ("", "Martin"),
    ("", "Bernard"),
    ("", "Dubois"),
    ("", "Lefebvre"),
    ("", "Moreau"),
    ("", "Nguyen"),
    ("", "Kowalski"),
    ("", "Nowak"),
    ("", "Mensah"),
    ("", "Kabongo"),
    ("", "Mbuyi"),
    ("", "Silva"),
    ("", "Pereira"),
    ("", "Haddad"),
    ("", "Aït Taleb"),
    ("van der", "Meer"),
    ("", "Vermeulen"),
    ("", "Chen"),
    ("", "Okafor"),
    ("van", "Dijk"),
    ("de", "Boer"),
    ("", "Lambert"),
    ("", "Fontaine"),
    ("", "Rousseau"),
    ("", "Benali"),
    ("", "Kaya"),
    ("ter", "Horst"),
    ("", "Tan"),
    ("", "Achterberg"),
    ("van 't", "Hof"),
    ("", "Fofana"),
]
MAIL_DOMAINS = {
    "NL": ["gmail.com", "hotmail.nl", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com"],
    "BE": ["gmail.com", "telenet.be", "skynet.be", "hotmail.be", "proximus.be", "outlook.be"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "yahoo.fr", "sfr.fr", "hotmail.fr"],
}
NL_AREAS = ["010", "020", "030", "040", "050", "070", "024", "026", "033", "043", "053", "073"]
STREETS = {
    "NL": [
        "Kerkstraat",
        "Dorpsstraat",
        "Hoofdstraat",
        "Molenweg",
        "Prinsengracht",
        "Stationsweg",
        "Julianastraat",
        "Beatrixlaan",
        "Eikenlaan",
        "Oudegracht",
        "Nieuwe Binnenweg",
        "Laan van Meerdervoort",
        "Amstelveenseweg",
        "Vondelstraat",
        "Burgemeester de Withstraat",
    ],
    "BE": [
        "Veldstraat",
        "Bondgenotenlaan",
        "Meir",
        "Kouter",
        "Brusselsesteenweg",
        "Diestsestraat",
        "Rue Haute",
        "Chaussée de Waterloo",
        "Avenue Louise",
        "Rue de la Loi",
        "Boulevard d'Avroy",
        "Lange Kievitstraat",
        "Rue du Midi",
    ],
    "FR": [
        "rue Victor Hugo",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "place de la Mairie",
        "allée des Tilleuls",
        "rue du Faubourg Saint-Antoine",
        "impasse des Lilas",
        "chemin des Vignes",
        "rue Nationale",
        "cours Lafayette",
    ],
}
CITIES = {
    "NL": [
        "Amsterdam",
        "Rotterdam",
        "Utrecht",
        "Den Haag",
        "Eindhoven",
        "Groningen",
        "Tilburg",
        "Almere",
        "Breda",
        "Nijmegen",
        "Haarlem",
        "Zwolle",
        "Leiden",
        "'s-Hertogenbosch",
        "Amersfoort",
    ],
    "BE": [
        "Antwerpen",
        "Gent",
        "Brussel",
        "Bruxelles",
        "Leuven",
        "Brugge",
        "Liège",
        "Namur",
        "Charleroi",
        "Mechelen",
        "Hasselt",
        "Kortrijk",
    ],
    "FR": [
        "Paris",
        "Lyon",
        "Lille",
        "Marseille",
        "Bordeaux",
        "Toulouse",
        "Nantes",
        "Strasbourg",
        "Nice",
        "Montpellier",
        "Roubaix",
        "Villeurbanne",
    ],
}
FR_POSTCODES = [
    "75011",
    "75015",
    "75018",
    "69003",
    "69007",
    "59000",
    "59100",
    "13006",
    "33000",
    "31400",
    "44000",
    "67000",
    "06000",
    "34000",
    "69100",
    "92130",
    "93200",
]
STORES = [
    ("st_1042", "Utrecht Centrum", "Utrecht", "Oudegracht 112", "3511 AX", "+31 30 231 0412"),
    ("st_0318", "Amsterdam Jordaan", "Amsterdam", "Westerstraat 84", "1015 MN", "020-6247731"),
    ("st_2201", "Gent Dampoort", "Gent", "Dendermondsesteenweg 95", "9000", "+32 9 224 18 70"),
    ("st_2260", "Antwerpen Zuid", "Antwerpen", "Brederodestraat 44", "2018", "03 216 90 12"),
    ("st_5011", "Lille Vauban", "Lille", "12 rue Solférino", "59000", "03 20 54 11 87"),
    ("st_5107", "Lyon Part-Dieu", "Lyon", "4 cours Lafayette", "69003", "+33 4 78 62 40 10"),
    ("st_1188", "Rotterdam Kralingen", "Rotterdam", "Oudedijk 201", "3061 AG", "010-4129088"),
]
PRODUCTS = [
    ("Halfvolle melk 1 l", "Campina", "Zuivel", 1.29),
    ("Pampers Baby-Dry maat 4", "Pampers", "Baby", 14.99),
    ("Volkoren brood", "Huismerk", "Brood", 2.19),
    ("Bananen 1 kg", "Chiquita", "Groente & fruit", 1.89),
    ("Douwe Egberts Aroma Rood 500 g", "Douwe Egberts", "Koffie & thee", 6.49),
    ("Lait demi-écrémé 1 L", "Lactel", "Crèmerie", 1.15),
    ("Baguette tradition", "Boulangerie", "Pain", 1.10),
    ("Comté AOP 12 mois 200 g", "Juraflore", "Fromages", 4.35),
    ("Spa Reine 6 x 1,5 l", "Spa", "Water", 4.29),
    ("Jupiler 24 x 25 cl", "Jupiler", "Bier", 15.99),
    ("Kipfilet 500 g", "Huismerk", "Vlees", 6.79),
    ("Glutenvrij brood", "Schär", "Glutenvrij", 3.99),
    ("Hummus naturel", "Maza", "Vega", 1.99),
    ("Nutrilon Standaard 1 800 g", "Nutrilon", "Baby", 21.49),
    ("Poulet fermier Label Rouge", "Loué", "Volaille", 11.90),
    ("Halal kipgehakt 400 g", "Tahira", "Vlees", 4.49),
    ("Whiskas kattenvoer 12 x 85 g", "Whiskas", "Dier", 5.99),
    ("Heineken 6 x 33 cl", "Heineken", "Bier", 6.99),
    ("Liga Milkbreak", "Liga", "Koek", 2.39),
]
RECIPES = [
    "Stamppot boerenkool met rookworst",
    "Hutspot met draadjesvlees",
    "Shakshuka",
    "Pad thai met tofu",
    "Quiche lorraine",
    "Boeuf bourguignon",
    "Vol-au-vent",
    "Waterzooi van kip",
    "Nasi goreng",
    "Couscous aux légumes",
    "Ratatouille",
    "Bloemkoolcurry",
    "Lasagne met spinazie",
    "Roti met kip",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


@dataclass
class Person:
    country: str
    first: str
    particle: str
    last: str
    email: str
    phone: str
    street: str
    number: str
    addition: str
    postcode: str
    city: str
    birthdate: str
    gender: str

    @property
    def surname(self) -> str:
        return f"{self.particle} {self.last}".strip()

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def line1(self) -> str:
        if self.country == "FR":
            return f"{self.number}{' ' + self.addition if self.addition else ''} {self.street}"
        extra = f" {self.addition}" if self.addition else ""
        return f"{self.street} {self.number}{extra}"


class F(Fake):
    """Fake values for the Benelux and France."""

    p: Person

    def ascii(self, s: str) -> str:
        s = s.replace("\u0131", "i").replace("\u0130", "I")
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        return s.replace("'", "").replace(" ", "")

    def e164(self, phone: str, country: str | None = None) -> str:
        """A phone as WhatsApp and Twilio carry it: international digits."""
        digits = "".join(ch for ch in phone if ch.isdigit())
        if phone.startswith("+"):
            return digits
        if digits.startswith("00"):
            return digits[2:]
        return {"NL": "31", "BE": "32", "FR": "33"}[country or self.p.country] + digits[1:]

    def country(self):
        return self.pick(["NL", "NL", "BE", "FR"])

    def first(self):
        return self.pick(FIRST)

    def last(self):
        particle, last = self.pick(LAST)
        return f"{particle} {last}".strip()

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def initial_name(self):
        return f"{self.first()} {self.last()[0].upper()}."

    def email_for(self, first: str, last: str, country: str | None = None):
        user = self.ascii(first).lower()
        last = self.ascii(last).lower()
        style = self.pick(["{f}.{l}", "{f}{l}", "{f}_{l}{n}", "{f0}{l}", "{f}{n}", "{l}.{f}"])
        local = style.format(f=user, l=last, f0=user[0], n=self.r.randint(1, 99))
        return f"{local}@{self.pick(MAIL_DOMAINS[country or self.country()])}"

    def email(self, country: str | None = None):
        _particle, last = self.pick(LAST)
        return self.email_for(self.first(), last, country)

    def phone(self, country: str | None = None):
        c = country or self.country()
        d = self.r.randint
        if c == "NL":
            n = d(10000000, 99999999)
            return self.pick(
                [
                    f"06-{n}",
                    f"06 {str(n)[:2]} {str(n)[2:4]} {str(n)[4:6]} {str(n)[6:]}",
                    f"+31 6 {n}",
                    f"+316{n}",
                    f"{self.pick(NL_AREAS)}-{d(1000000, 9999999)}",
                    f"+31 20 {d(100, 999)} {d(1000, 9999)}",
                ]
            )
        if c == "BE":
            a, b, e, g = d(70, 99), d(10, 99), d(10, 99), d(10, 99)
            return self.pick(
                [
                    f"+32 4{a} {b} {e} {g}",
                    f"04{a} {b} {e} {g}",
                    f"04{a}/{b}.{e}.{g}",
                    f"+324{a}{b}{e}{g}",
                    f"+32 9 {d(200, 399)} {b} {e}",
                ]
            )
        if c == "FR":
            parts = " ".join(f"{d(0, 99):02d}" for _ in range(4))
            return self.pick(
                [
                    f"06 {parts}",
                    f"07 {parts}",
                    f"+33 6 {parts}",
                    "+337" + parts.replace(" ", ""),
                    "06." + parts.replace(" ", "."),
                    f"01 {parts}",
                ]
            )
        return self.pick(
            [
                f"+49 151 {d(1000000, 9999999)}",
                f"+44 7700 {d(900000, 900999)}",
                f"+212 6 {d(10, 99)} {d(10, 99)} {d(10, 99)} {d(10, 99)}",
                f"+90 532 {d(100, 999)} {d(10, 99)} {d(10, 99)}",
                f"+48 601 {d(100, 999)} {d(100, 999)}",
            ]
        )

    def any_phone(self):
        return self.phone(self.pick(["NL", "NL", "BE", "FR", "XX"]))

    def postcode(self, country: str | None = None):
        c = country or self.country()
        if c == "NL":
            letters = self.pick("ABCDEGHJKLMNPRTVWXZ") + self.pick("ABCDEGHJKLMNPRTVWXZ")
            return f"{self.r.randint(1011, 9999)}{self.pick([' ', ''])}{letters}"
        if c == "BE":
            return str(
                self.pick([1000, 1030, 1050, 1180, 2000, 2018, 2800, 3000, 3500, 4000, 5000, 8000, 9000])
            )
        return self.pick(FR_POSTCODES)

    def street(self, country: str | None = None):
        return self.pick(STREETS[country or self.country()])

    def city(self, country: str | None = None):
        return self.pick(CITIES[country or self.country()])

    def address_line(self, country: str | None = None):
        c = country or self.country()
        number = self.r.randint(1, 240)
        if c == "FR":
            return f"{number}{self.pick(['', '', ' bis'])} {self.street(c)}"
        return f"{self.street(c)} {number}{self.pick(['', '', 'A', '-2', ' bus 3'])}"

    def new_person(self, country: str | None = None):
        c = country or self.country()
        first = self.first()
        particle, last = self.pick(LAST)
        addition = self.pick(["", "", "", "A", "2", "hs", "bis", "3B"])
        if c == "BE":
            addition = self.pick(["", "", "bus 2", "bus 11", "A"])
        if c == "FR":
            addition = self.pick(["", "", "", "bis", "ter"])
        self.p = Person(
            country=c,
            first=first,
            particle=particle,
            last=last,
            email=self.email_for(first, last, c),
            phone=self.phone(c),
            street=self.street(c),
            number=str(self.r.randint(1, 240)),
            addition=addition,
            postcode=self.postcode(c),
            city=self.city(c),
            birthdate=self.date(1940, 2005),
            gender=self.pick(["female", "male", "female", "male", "non-binary"]),
        )
        return self.p

    # -- ids with check digits ------------------------------------------------------------------

    def iban_for(self, country: str | None = None, grouped: bool | None = None):
        c = country or self.pick(["NL", "NL", "BE", "FR", "DE"])
        dig = self.digits
        if c == "NL":
            bban = (
                self.pick(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"])
                + f"{self.r.randint(0, 10**10 - 1):010d}"
            )
        elif c == "BE":
            base = self.r.randint(10**9, 10**10 - 1)
            check = base % 97 or 97
            bban = f"{base:010d}{check:02d}"
        elif c == "FR":
            bank, branch, account = dig(5), dig(5), dig(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        else:
            bban = dig(18)
        numeric = "".join(str(int(ch, 36)) for ch in bban + c + "00")
        raw = f"{c}{98 - int(numeric) % 97:02d}{bban}"
        grouped = self.r.random() < 0.5 if grouped is None else grouped
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if grouped else raw

    def bic(self):
        return self.pick(
            [
                "ABNANL2A",
                "RABONL2U",
                "INGBNL2A",
                "TRIONL2U",
                "GEBABEBB",
                "KREDBEBB",
                "BNPAFRPP",
                "AGRIFRPP",
                "BBRUBEBB",
            ]
        )

    def bsn(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            if d[0] == 0:
                continue
            total = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
            last = total % 11
            if last < 10:
                return "".join(map(str, d)) + str(last)

    def rrn(self):
        y, m, day = self.r.randint(40, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        seq = self.r.randint(1, 997)
        base = int(f"{y:02d}{m:02d}{day:02d}{seq:03d}")
        check = 97 - base % 97
        return self.pick([f"{y:02d}.{m:02d}.{day:02d}-{seq:03d}.{check:02d}", f"{base:09d}{check:02d}"])

    def nir(self):
        sex, y, m = self.pick([1, 2]), self.r.randint(40, 99), self.r.randint(1, 12)
        dept = self.pick(["75", "69", "59", "13", "33", "31", "44", "92"])
        commune, order = self.r.randint(1, 400), self.r.randint(1, 999)
        body = f"{sex}{y:02d}{m:02d}{dept}{commune:03d}{order:03d}"
        key = 97 - int(body) % 97
        return self.pick(
            [f"{body}{key:02d}", f"{sex} {y:02d} {m:02d} {dept} {commune:03d} {order:03d} {key:02d}"]
        )

    def ean(self, prefix: str | None = None):
        body = (prefix or self.pick(["87", "871", "54", "30", "37", "50"])) + ""
        body += "".join(str(self.r.randint(0, 9)) for _ in range(12 - len(body)))
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def loyalty(self):
        return self.pick(["2620", "2621", "2990"]) + self.digits(9)

    def bancontact(self):
        return self.luhn_complete("6703" + "".join(str(self.r.randint(0, 9)) for _ in range(14)))

    def any_card(self):
        return self.bancontact() if self.r.random() < 0.25 else self.card()

    def plate(self, country: str | None = None):
        c = country or self.pick(["NL", "NL", "BE", "FR"])
        up = "BDFGHJKLNPRSTVXZ"
        a = "".join(self.pick(up) for _ in range(3))
        d = self.r.randint
        if c == "NL":
            return self.pick(
                [
                    f"{a[:2]}-{d(100, 999)}-{a[2]}",
                    f"{d(1, 9)}-{a}-{d(10, 99)}",
                    f"V-{d(100, 999)}-{a[:2]}",
                    f"{d(10, 99)}-{a}-{d(1, 9)}",
                ]
            )
        if c == "BE":
            return f"{d(1, 2)}-{a}-{d(100, 999)}"
        return f"{a[:2]}-{d(100, 999)}-{a[1:]}"

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["VF1", "VF3", "WF0", "WDB", "WVW", "YV1", "VR3"]) + "".join(
            self.pick(chars) for _ in range(14)
        )

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return self.pick(["Cj0KCQjw", "EAIaIQobChMI", "CjwKCAjw"]) + "".join(
            self.pick(alnum + "-_") for _ in range(self.r.randint(60, 80))
        )

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "IwAR" + "".join(self.pick(alnum + "_-") for _ in range(58))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def fcm(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        head = "".join(self.pick(alnum) for _ in range(11))
        return f"{head}:APA91b" + "".join(self.pick(alnum + "-_") for _ in range(134))

    def nl_lat(self):
        return round(self.r.uniform(43.3, 53.4), 6)

    def nl_lon(self):
        return round(self.r.uniform(-1.0, 7.1), 6)

    def slot(self):
        day = f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"
        start = self.r.randint(7, 20)
        return day, start

    def slot_start(self):
        day, start = self.slot()
        return f"{day}T{start:02d}:00:00+01:00"

    def money_eur(self, lo=1, hi=200):
        return round(self.r.uniform(lo, hi), 2)


# -- templates with optional keys ---------------------------------------------------------------------


@dataclass
class Maybe:
    """A key that is present in a share `p` of the events."""

    item: Any
    p: float = 0.5


def render(template: Any, f: F, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Maybe):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- contexts from the client libraries ---------------------------------------------------------------


def consent():
    return Maybe(
        {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
                "SocialMedia": G(lambda f: f.pick([True, False])),
            }
        },
        0.6,
    )


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.74.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(
                    ["/", "/winkelwagen", "/producten/zuivel", "/bestellen/bezorgmoment", "/fr-be/panier"]
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.nl/", "", "https://www.google.be/", "https://www.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=nieuwsbrief&utm_medium=email", "?ref=app_banner", "?page=2"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Boodschappen online bestellen | Versmarkt",
                        "Winkelwagen | Versmarkt",
                        "Votre panier | Versmarkt",
                    ]
                )
            ),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://www.versmarkt.nl/",
                        "https://www.versmarkt.be/fr-be/panier",
                        "https://www.versmarkt.nl/winkelwagen",
                        "https://www.versmarkt.fr/courses/produits-laitiers",
                    ]
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Maybe(
            {
                "brands": Many(
                    {
                        "brand": G(
                            lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                        ),
                        "version": G(lambda f: f.pick(["124", "99", "8", "123"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
            },
            0.6,
        ),
        "locale": G(lambda f: f.pick(["nl-NL", "nl-BE", "fr-BE", "fr-FR", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Amsterdam", "Europe/Brussels", "Europe/Paris"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Maybe(
            {
                "name": G(
                    lambda f: f.pick(["weekaanbiedingen", "rentree_2024", "gratis_bezorging", "kerst24"])
                ),
                "source": G(lambda f: f.pick(["google", "nieuwsbrief", "facebook", "bing"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
                "term": Maybe(
                    G(lambda f: f.pick(["boodschappen bezorgen", "courses en ligne", "supermarkt online"]))
                ),
                "content": Maybe(G(lambda f: f.pick(["banner_hero", "tekstlink", "carrousel_2"]))),
            },
            0.3,
        ),
        "consent": consent(),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Versmarkt"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: "nl.versmarkt.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Maybe(Y(lambda f: f.uuid().upper(), "advertising id"), 0.35),
            "token": Maybe(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1", "1.5.9"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["nl-NL", "nl-BE", "fr-FR", "fr-BE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": Maybe(
                G(lambda f: f.pick(["KPN", "Vodafone", "Odido", "Proximus", "Orange F", "Base"]))
            ),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Amsterdam", "Europe/Brussels", "Europe/Paris"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "traits": Maybe(
            {
                "email": Y(lambda f: f.p.email, "email"),
                "firstName": Maybe(Y(lambda f: f.p.first, "name"), 0.7),
                "loyaltyTier": Maybe(G(lambda f: f.pick(["basis", "premium", "gold"])), 0.7),
            },
            0.6,
        ),
        "location": Maybe(
            {
                "latitude": Y(lambda f: f.nl_lat(), "geolocation"),
                "longitude": Y(lambda f: f.nl_lon(), "geolocation"),
                "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
            },
            0.25,
        ),
        "consent": consent(),
    }


def kotlin_context(app="Versmarkt", namespace="nl.versmarkt.android"):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(
                lambda f: (
                    f.pick(["8.14.0", "8.15.1", "8.16.0"])
                    if app == "Versmarkt"
                    else f.pick(["3.2.0", "3.3.1"])
                )
            ),
            "build": G(lambda f: f.pick(["81400", "81501", "3201", "3310"])),
            "namespace": G(lambda f: namespace),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(
                lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus", "Zebra Technologies"])
            ),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "2201117TG", "TC52", "SM-S918B"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "spes", "TC52", "dm3q"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Maybe(Y(lambda f: f.uuid(), "advertising id"), 0.4),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["nl-NL", "nl-BE", "fr-FR", "fr-BE", "pl-PL"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": Maybe(G(lambda f: f.pick(["KPN", "Vodafone NL", "Telenet", "SFR", "Bouygues"]))),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2280])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Amsterdam", "Europe/Brussels", "Europe/Paris"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 11; TC52 Build/RKQ1.210614.002)",
                ]
            )
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
        "location": Maybe(
            {
                "latitude": Y(lambda f: f.nl_lat(), "geolocation"),
                "longitude": Y(lambda f: f.nl_lon(), "geolocation"),
                "speed": G(lambda f: f.pick([0.0, 8.3, 13.9])),
            },
            0.3,
        ),
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Versmarkt Recepten"),
            "version": G(lambda f: f.pick(["2.4.0", "2.5.1", "2.5.3"])),
            "build": G(lambda f: f.pick(["240", "251", "253"])),
            "namespace": G(lambda f: "nl.versmarkt.recepten"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-G991B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.17.0"])),
        },
        "locale": G(lambda f: f.pick(["nl-NL", "fr-BE", "fr-FR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/Amsterdam", "Europe/Brussels", "Europe/Paris"])),
        "traits": Maybe({"email": Y(lambda f: f.p.email, "email")}, 0.5),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Versmarkt Plus"),
            "version": G(lambda f: f.pick(["5.0.3", "5.1.0", "5.1.2"])),
            "build": G(lambda f: f.pick(["503", "510", "512"])),
            "namespace": G(lambda f: "be.versmarkt.plus"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A346B", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4", "1.0.9"])),
        },
        "locale": G(lambda f: f.pick(["nl-BE", "fr-BE", "nl-NL"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/Brussels", "Europe/Amsterdam"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3", "2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_context(lib: str):
    name, versions = SERVER[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php"):
        ctx["ip"] = Maybe(Y(lambda f: f.ipv4(), "ip"), 0.7)
        ctx["userAgent"] = Maybe(G(lambda f: f.pick(UAS)), 0.7)
    if lib == "node":
        ctx["externalIds"] = Maybe(
            Many(
                {
                    "id": Y(lambda f: f.p.email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.3,
        )
    if lib in ("python", "ruby", "java"):
        ctx["active"] = Maybe(G(lambda f: False), 0.5)
    return ctx


def context_for(client: str):
    if client == "web":
        return web_context()
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "driver":
        return kotlin_context("Versmarkt Driver", "nl.versmarkt.driver")
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(client)


# -- building blocks -----------------------------------------------------------------------------------


def product(full=True):
    base = {
        "product_id": G(lambda f: f.pick(["wi", "p"]) + str(f.r.randint(10000, 999999))),
        "sku": G(lambda f: f.ean()),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "brand": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "price": G(lambda f: f.pick(PRODUCTS)[3]),
        "quantity": G(lambda f: f.r.randint(1, 6)),
    }
    if full:
        base.update(
            {
                "variant": Maybe(G(lambda f: f.pick(["1 l", "6 x 1,5 l", "500 g", "maat 4", "24 x 25 cl"]))),
                "position": Maybe(G(lambda f: f.r.randint(1, 48))),
                "url": Maybe(
                    G(lambda f: f"https://www.versmarkt.nl/producten/wi{f.r.randint(10000, 999999)}")
                ),
                "image_url": Maybe(G(lambda f: f"https://static.versmarkt.nl/img/{f.hexid(12)}.webp")),
                "nutriscore": Maybe(G(lambda f: f.pick(["A", "B", "C", "D", "E"]))),
                "is_organic": Maybe(G(lambda f: f.pick([True, False]))),
                "deposit_amount": Maybe(G(lambda f: f.pick([0.15, 0.25, 0.10, 0.0]))),
            }
        )
    return base


def delivery_address():
    return {
        "street": Y(lambda f: f.p.street, "street|address"),
        "house_number": Y(lambda f: f.p.number, "address|street"),
        "house_number_addition": Maybe(
            Y(lambda f: f.p.addition or f.pick(["A", "2", "bis"]), "address|street"), 0.4
        ),
        "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
        "city": Y(lambda f: f.p.city, "city"),
        "country": G(lambda f: f.p.country),
    }


def note_with_phone(f: F) -> str:
    return f.pick(
        [
            "Bel even op {p} als u voor de deur staat",
            "Bij geen gehoor bellen naar {p}",
            "Merci d'appeler le {p} en arrivant",
            "Buurvrouw neemt aan, haar nummer: {p}",
            "Bel me op {p}, de bel is stuk",
            "Graag eerst bellen: {p}",
        ]
    ).format(p=f.phone(f.p.country))


def chat_with_email(f: F) -> str:
    return f.pick(
        [
            "Bonjour, mon adresse mail est {e}, je n'arrive pas à me connecter",
            "Hoi, mijn factuur graag naar {e} sturen",
            "Ik heb een nieuw mailadres: {e}",
            "Pouvez-vous renvoyer la confirmation à {e} ?",
            "Hallo, bevestiging niet ontvangen op {e}",
        ]
    ).format(e=f.email(f.p.country))


# -- events --------------------------------------------------------------------------------------------
# (type, event or page/screen name, client, weight, country or None, body)

E: list[tuple[str, str | None, str, int, str | None, dict]] = []


def ev(kind, name, client, weight, body, country=None):
    E.append((kind, name, client, weight, country, body))


# ---- browsing and cart ----
ev(
    "page",
    "Home",
    "web",
    5,
    {
        "path": G(lambda f: f.pick(["/", "/fr-be/", "/aanbiedingen", "/recepten"])),
        "url": G(
            lambda f: f.pick(
                [
                    "https://www.versmarkt.nl/",
                    "https://www.versmarkt.be/fr-be/",
                    "https://www.versmarkt.nl/aanbiedingen",
                ]
            )
        ),
        "title": G(
            lambda f: f.pick(["Versmarkt | Boodschappen thuisbezorgd", "Versmarkt | Courses livrées"])
        ),
        "referrer": G(lambda f: f.pick(["", "https://www.google.nl/", "https://duckduckgo.com/"])),
        "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=nieuwsbrief"])),
    },
)
ev(
    "page",
    "Category",
    "web",
    3,
    {
        "path": G(
            lambda f: f.pick(
                ["/producten/zuivel", "/producten/baby", "/courses/fromages", "/producten/glutenvrij"]
            )
        ),
        "url": G(
            lambda f: (
                "https://www.versmarkt.nl"
                + f.pick(["/producten/zuivel", "/producten/baby", "/producten/glutenvrij"])
            )
        ),
        "title": G(lambda f: f.pick(["Zuivel | Versmarkt", "Baby | Versmarkt", "Fromages | Versmarkt"])),
        "category": G(lambda f: f.pick(["Zuivel", "Baby", "Glutenvrij", "Fromages"])),
    },
)
ev(
    "track",
    "Products Searched",
    "web",
    4,
    {
        "query": G(
            lambda f: f.pick(
                [
                    "halfvolle melk",
                    "luiers maat 4",
                    "pain de mie",
                    "glutenvrij brood",
                    "halal kip",
                    "lactosevrije yoghurt",
                    "bananen",
                    "oat milk",
                ]
            )
        ),
        "results_count": G(lambda f: f.r.randint(0, 240)),
        "search_id": G(lambda f: f.uuid()),
    },
)
ev(
    "track",
    "Product List Filtered",
    "kotlin",
    3,
    {
        "list_id": G(lambda f: f.pick(["zuivel", "baby", "vega", "fromages"])),
        "category": G(lambda f: f.pick(["Zuivel", "Baby", "Vega", "Fromages"])),
        "filters": Many(
            {
                "type": G(lambda f: f.pick(["dieet", "merk", "prijs", "allergenen"])),
                "value": G(lambda f: f.pick(["glutenvrij", "lactosevrij", "halal", "bio", "Campina", "< 5"])),
            },
            3,
        ),
        "products": Many(
            {
                "product_id": G(lambda f: "wi" + str(f.r.randint(10000, 999999))),
                "position": G(lambda f: f.r.randint(1, 30)),
            },
            4,
        ),
    },
)
ev(
    "track",
    "Product Viewed",
    "swift",
    5,
    {
        **product(),
        "currency": G(lambda f: "EUR"),
        "ean": G(lambda f: f.ean()),
        "allergens": Maybe(
            Many(G(lambda f: f.pick(["gluten", "melk", "noten", "soja", "ei", "selderij"])), 3), 0.6
        ),
        "is_halal": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Product Added",
    "web",
    5,
    {
        "cart_id": G(lambda f: f.uuid()),
        **product(full=False),
        "source": G(lambda f: f.pick(["search", "offer", "recipe", "reorder", "favorites"])),
    },
)
ev(
    "track",
    "Cart Viewed",
    "kotlin",
    3,
    {
        "cart_id": G(lambda f: f.uuid()),
        "value": G(lambda f: f.money_eur(15, 180)),
        "currency": G(lambda f: "EUR"),
        "products": Many(product(full=False), 4),
        "minimum_order_reached": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "delivery-slot-selected",
    "web",
    4,
    {
        "slot-id": G(lambda f: "sl_" + f.hexid(10)),
        "slot-start": G(lambda f: f.slot_start()),
        "slot-length-minutes": G(lambda f: f.pick([60, 120])),
        "delivery-fee": G(lambda f: f.pick([0.0, 2.95, 4.95, 6.95])),
        "is-green-slot": G(lambda f: f.pick([True, False])),
        "hub": G(lambda f: f.pick(["AMS-Zuidoost", "UTR-Lage Weide", "GNT-Port Arthur", "LIL-Lesquin"])),
        "postal-code": Y(lambda f: f.p.postcode, "zipcode"),
        "house-number": Y(lambda f: f.p.number, "address|street"),
    },
)

# ---- checkout and orders ----
ev(
    "track",
    "Checkout Started",
    "swift",
    4,
    {
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "value": G(lambda f: f.money_eur(20, 250)),
        "shipping": G(lambda f: f.pick([0.0, 2.95, 4.95])),
        "discount": G(lambda f: f.pick([0, 5, 10])),
        "coupon": Maybe(G(lambda f: f.pick(["WELKOM10", "BABY15", "BIENVENUE5"]))),
        "currency": G(lambda f: "EUR"),
        "products": Many(product(full=False), 5),
        "delivery_slot": {
            "start": G(lambda f: f.slot_start()),
            "type": G(lambda f: f.pick(["home", "pickup", "locker"])),
        },
    },
)
ev(
    "track",
    "Checkout Step Completed",
    "web",
    3,
    {
        "checkout_id": G(lambda f: f.uuid()),
        "step": G(lambda f: f.r.randint(1, 4)),
        "step_name": G(lambda f: f.pick(["adres", "bezorgmoment", "betaling", "controle"])),
        "shipping_method": G(lambda f: f.pick(["home_delivery", "store_pickup", "locker"])),
        "payment_method": G(
            lambda f: f.pick(["ideal", "bancontact", "scheme", "paypal", "sepa_direct_debit"])
        ),
    },
)
ev(
    "track",
    "Checkout Email Entered",
    "web",
    2,
    {
        "field": {"name": G(lambda f: "email"), "value": Y(lambda f: f.p.email, "email", True)},
        "valid": G(lambda f: f.pick([True, True, False])),
        "time_to_fill_ms": G(lambda f: f.r.randint(800, 14000)),
    },
)
ev(
    "track",
    "Payment Info Entered",
    "node",
    3,
    {
        "checkout_id": G(lambda f: f.uuid()),
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "paymentMethod": {
            "type": G(lambda f: f.pick(["scheme", "ideal", "bancontactcard", "cartebancaire"])),
            "brand": G(lambda f: f.pick(["visa", "mc", "bcmc", "cartebancaire", "amex"])),
            "issuer": Maybe(
                G(lambda f: f.pick(["ING", "Rabobank", "ABN AMRO", "KBC", "Belfius", "BNP Paribas Fortis"]))
            ),
            "holderName": Y(lambda f: f.p.full, "name"),
            "lastFour": G(lambda f: f.digits(4)),
            "bin": G(lambda f: f.pick(["411111", "535110", "670300", "497010", "374245"])),
            "expiryMonth": G(lambda f: f"{f.r.randint(1, 12):02d}"),
            "expiryYear": G(lambda f: str(f.r.randint(2025, 2031))),
        },
        "shopperReference": G(lambda f: "shopper_" + f.digits(8)),
        "recurringDetailReference": Maybe(RED(lambda f: f.digits(16), "token"), 0.6),
        "storePaymentMethod": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Order Completed",
    "web",
    5,
    {
        "checkout_id": G(lambda f: f.uuid()),
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "order_number": G(lambda f: f"VM-{f.r.randint(2024000, 2024999)}-{f.digits(4)}"),
        "total": G(lambda f: f.money_eur(20, 300)),
        "subtotal": G(lambda f: f.money_eur(20, 300)),
        "revenue": G(lambda f: f.money_eur(20, 300)),
        "shipping": G(lambda f: f.pick([0.0, 2.95, 4.95])),
        "tax": G(lambda f: f.money_eur(1, 25)),
        "discount": G(lambda f: f.pick([0, 5, 10])),
        "currency": G(lambda f: "EUR"),
        "products": Many(product(full=False), 6),
        "delivery_address": delivery_address(),
        "delivery_instructions": Maybe(
            G(
                lambda f: f.pick(
                    [
                        "Bij de buren afgeven",
                        "Niet aanbellen, baby slaapt",
                        "Laat achter bij de voordeur",
                        "3e verdieping, lift werkt niet",
                        "Sonner deux fois",
                        "Achterom via de tuin",
                    ]
                )
            ),
            0.6,
        ),
        "substitution_preference": G(lambda f: f.pick(["allow", "ask", "never"])),
        "is_first_order": G(lambda f: f.pick([True, False, False])),
        "loyalty_card_number": Maybe(G(lambda f: f.loyalty()), 0.7),
    },
)
ev(
    "track",
    "Order Note Added",
    "kotlin",
    2,
    {
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "note": Y(note_with_phone, "phone", True),
        "length": G(lambda f: f.r.randint(20, 60)),
    },
)
ev(
    "track",
    "Order Cancelled",
    "node",
    2,
    {
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "reason": G(lambda f: f.pick(["slot_unavailable", "changed_mind", "duplicate", "payment_failed"])),
        "cancelled_by": G(lambda f: f.pick(["customer", "support", "system"])),
        "refund_amount": G(lambda f: f.money_eur(10, 200)),
    },
)
ev(
    "track",
    "Order Refunded",
    "java",
    2,
    {
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "refund_id": G(lambda f: "rf_" + f.hexid(12)),
        "refund_amount": G(lambda f: f.money_eur(1, 60)),
        "refund_method": G(lambda f: "bank_transfer"),
        "refund_iban": RED(lambda f: f.iban_for(f.p.country), "bank account"),
        "account_holder": Y(lambda f: f.p.full, "name"),
        "bic": G(lambda f: f.bic()),
        "reason": G(lambda f: f.pick(["missing_item", "damaged", "expired", "late_delivery"])),
    },
    "BE",
)
ev(
    "track",
    "Payment Failed",
    "php",
    2,
    {
        "order_ref": G(lambda f: "C" + f.digits(8)),
        "amount": G(lambda f: f.money_eur(20, 250)),
        "cc_number": RED(lambda f: f.any_card(), "credit card"),
        "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
        "cvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
        "error_code": G(lambda f: f.pick(["05", "51", "54", "3DS_FAILED"])),
        "attempt": G(lambda f: f.r.randint(1, 3)),
    },
    "FR",
)

# ---- substitutions and delivery ----
ev(
    "track",
    "Order Substitution Proposed",
    "python",
    3,
    {
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "line_id": G(lambda f: f.r.randint(1, 40)),
        "original_sku": G(lambda f: f.ean()),
        "original_name": G(lambda f: f.pick(PRODUCTS)[0]),
        "substitute_sku": G(lambda f: f.ean()),
        "substitute_name": G(lambda f: f.pick(PRODUCTS)[0]),
        "reason": G(lambda f: f.pick(["out_of_stock", "damaged", "short_shelf_life"])),
        "picker_id": G(lambda f: "pk_" + f.digits(5)),
        "picker_name": Y(lambda f: f.first(), "name"),
        "price_difference": G(lambda f: round(f.r.uniform(-2, 2), 2)),
    },
)
ev(
    "track",
    "Order Delivered",
    "python",
    4,
    {
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "route_id": G(lambda f: "rt_" + f.digits(6)),
        "driver_id": G(lambda f: "drv_" + f.digits(5)),
        "driver_first_name": Y(lambda f: f.first(), "name"),
        "delivered_at": G(lambda f: f.iso()),
        "eta_deviation_min": G(lambda f: f.r.randint(-20, 45)),
        "recipient_name": Maybe(Y(lambda f: f.full_name(), "name"), 0.6),
        "proof_photo_url": Maybe(Y(lambda f: f"https://pod.versmarkt.nl/{f.uuid()}.jpg", "photo"), 0.5),
        "dropoff": {
            "lat": Y(lambda f: f.nl_lat(), "geolocation"),
            "lng": Y(lambda f: f.nl_lon(), "geolocation"),
        },
        "crates_returned": G(lambda f: f.r.randint(0, 6)),
        "chilled_ok": G(lambda f: f.pick([True, True, False])),
        "age_check_required": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Delivery Rated",
    "swift",
    2,
    {
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "rating": G(lambda f: f.r.randint(1, 5)),
        "driver_id": G(lambda f: "drv_" + f.digits(5)),
        "tags": Many(G(lambda f: f.pick(["vriendelijk", "op_tijd", "te_laat", "beschadigd", "beleefd"])), 2),
        "tip_amount": G(lambda f: f.pick([0, 1, 2, 2.5, 5])),
        "comment": Maybe(
            G(
                lambda f: f.pick(
                    ["Top service!", "Eieren waren kapot", "Très sympa, merci", "Kwam te laat maar netjes"]
                )
            ),
            0.6,
        ),
    },
)

# ---- identity and profiles ----
ev(
    "identify",
    None,
    "swift",
    4,
    {
        "email": Y(lambda f: f.p.email, "email"),
        "firstName": Y(lambda f: f.p.first, "name"),
        "lastName": Y(lambda f: f.p.surname, "name"),
        "phone": Y(lambda f: f.p.phone, "phone"),
        "birthday": Maybe(Y(lambda f: f.p.birthdate, "birthdate"), 0.6),
        "gender": Maybe(Y(lambda f: f.p.gender, "gender"), 0.5),
        "address": {
            "street": Y(lambda f: f.p.line1, "address|street"),
            "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
            "city": Y(lambda f: f.p.city, "city"),
            "country": G(lambda f: f.p.country),
        },
        "createdAt": G(lambda f: f.iso()),
        "householdSize": G(lambda f: f.r.randint(1, 6)),
        "loyaltyTier": G(lambda f: f.pick(["basis", "premium", "gold"])),
        "preferredStore": G(lambda f: f.pick(STORES)[1]),
        "preferredStoreId": G(lambda f: f.pick(STORES)[0]),
        "emailVerified": G(lambda f: f.pick([True, False])),
        "phoneVerified": G(lambda f: f.pick([True, False])),
        "newsletterOptIn": G(lambda f: f.pick([True, False])),
        "language": G(lambda f: f.pick(["nl", "fr", "en"])),
        "avatar": Maybe(Y(lambda f: f"https://static.versmarkt.nl/avatars/{f.hexid(16)}.jpg", "photo"), 0.3),
    },
)
ev(
    "identify",
    None,
    "python",
    4,
    {
        "klantnummer": G(lambda f: f.digits(8)),
        "voornaam": Y(lambda f: f.p.first, "name"),
        "tussenvoegsel": Maybe(Y(lambda f: f.p.particle or f.pick(["van", "de", "van der"]), "name"), 0.5),
        "achternaam": Y(lambda f: f.p.last, "name"),
        "straatnaam": Y(lambda f: f.p.street, "street|address"),
        "huisnummer": Y(lambda f: int(f.p.number), "address|street"),
        "huisnummer_toevoeging": Maybe(
            Y(lambda f: f.p.addition or f.pick(["A", "hs", "2"]), "address|street"), 0.4
        ),
        "postcode": Y(lambda f: f.p.postcode, "zipcode"),
        "woonplaats": Y(lambda f: f.p.city, "city"),
        "telefoonnummer": Y(lambda f: f.p.phone, "phone"),
        "emailadres": Y(lambda f: f.p.email, "email"),
        "geboortedatum": Maybe(Y(lambda f: f.p.birthdate, "birthdate"), 0.7),
        "bonuskaart": G(lambda f: f.loyalty()),
        "aantal_personen": G(lambda f: f.r.randint(1, 6)),
        "nieuwsbrief": G(lambda f: f.pick([True, False])),
        "klant_sinds": G(lambda f: f.date(2012, 2024)),
        "segment": G(lambda f: f.pick(["gezin", "single", "senior", "student"])),
    },
    "NL",
)
ev(
    "identify",
    None,
    "php",
    3,
    {
        "numero_client": G(lambda f: "FR" + f.digits(9)),
        "civilite": Y(lambda f: f.pick(["M.", "Mme", "Mme", "M.", "Mlle"]), "gender"),
        "prénom": Y(lambda f: f.p.first, "name"),
        "nom": Y(lambda f: f.p.surname, "name"),
        "adresse": Y(lambda f: f.p.line1, "address|street"),
        "complement_adresse": Maybe(
            Y(
                lambda f: f.pick(["Bâtiment B", "Appt 12", "3e étage gauche", "Résidence Les Pins"]),
                "address",
            ),
            0.4,
        ),
        "code_postal": Y(lambda f: f.p.postcode, "zipcode"),
        "ville": Y(lambda f: f.p.city, "city"),
        "téléphone": Y(lambda f: f.p.phone, "phone"),
        "courriel": Y(lambda f: f.p.email, "email"),
        "date_de_naissance": Maybe(
            Y(lambda f: "/".join(reversed(f.p.birthdate.split("-"))), "birthdate"), 0.6
        ),
        "carte_fidelite": G(lambda f: f.loyalty()),
        "magasin_prefere": G(lambda f: f.pick(["Lille Vauban", "Lyon Part-Dieu", "Roubaix Centre"])),
        "optin_sms": G(lambda f: f.pick([True, False])),
        "optin_email": G(lambda f: f.pick([True, False])),
        "date_creation": G(lambda f: f.date(2015, 2024)),
    },
    "FR",
)
ev(
    "identify",
    None,
    "dotnet",
    3,
    {
        "CustomerId": G(lambda f: f.uuid()),
        "FirstName": Y(lambda f: f.p.first, "name"),
        "LastName": Y(lambda f: f.p.surname, "name"),
        "Email": Y(lambda f: f.p.email, "email"),
        "MobilePhone": Y(lambda f: f.p.phone, "phone"),
        "Street": Y(lambda f: f.p.street, "street|address"),
        "HouseNumber": Y(lambda f: f.p.number, "address|street"),
        "Box": Maybe(Y(lambda f: f.pick(["2", "11", "A", "0.3"]), "address"), 0.4),
        "PostalCode": Y(lambda f: f.p.postcode, "zipcode"),
        "Municipality": Y(lambda f: f.p.city, "city"),
        "Language": G(lambda f: f.pick(["nl-BE", "fr-BE"])),
        "LoyaltyCardNumber": G(lambda f: f.loyalty()),
        "DateOfBirth": Maybe(Y(lambda f: f.p.birthdate + "T00:00:00", "birthdate"), 0.6),
        "IsBusinessCustomer": G(lambda f: f.pick([True, False])),
        "CreatedUtc": G(lambda f: f.iso()),
    },
    "BE",
)
ev(
    "identify",
    None,
    "python",
    3,
    {
        "CUSTOMER_ID": G(lambda f: f.digits(8)),
        "EMAIL": Y(lambda f: f.p.email, "email"),
        "FIRST_NAME": Y(lambda f: f.p.first, "name"),
        "LIFETIME_VALUE_EUR": G(lambda f: f.money_eur(0, 9000)),
        "ORDERS_COUNT": G(lambda f: f.r.randint(0, 300)),
        "FIRST_ORDER_DATE": G(lambda f: f.date(2016, 2024)),
        "LAST_ORDER_AT": G(lambda f: f.iso()),
        "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
        "RFM_SEGMENT": G(lambda f: f.pick(["champions", "loyal", "at_risk", "hibernating", "new"])),
        "HOME_STORE_CITY": G(lambda f: f.pick(STORES)[2]),
        "POSTCODE_AREA": Y(lambda f: f.p.postcode[:4], "zipcode"),
        "HAS_BABY_IN_HOUSEHOLD": G(lambda f: f.pick([True, False])),
        "PREDICTED_DIET": G(lambda f: f.pick(["omnivore", "flexitarian", "vegetarian", "vegan"])),
        "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
        "EMAIL_DOMAIN": G(lambda f: f.p.email.split("@")[1]),
    },
)
ev(
    "track",
    "Profile Synced",
    "node",
    2,
    {
        "data": {
            "type": G(lambda f: "profile"),
            "attributes": {
                "$email": Y(lambda f: f.p.email, "email"),
                "$phone_number": Y(lambda f: f.p.phone, "phone"),
                "$first_name": Y(lambda f: f.p.first, "name"),
                "$last_name": Y(lambda f: f.p.surname, "name"),
                "$city": Y(lambda f: f.p.city, "city"),
                "$zip": Y(lambda f: f.p.postcode, "zipcode"),
                "$country": G(lambda f: f.p.country),
                "$consent": Many(G(lambda f: f.pick(["email", "sms", "web"])), 2),
                "favourite_category": G(lambda f: f.pick(["Zuivel", "Baby", "Vega", "Wijn"])),
            },
        },
        "list_id": G(lambda f: f.pick(["XyZ9aB", "Qm3tRk", "Lp8Wn2"])),
    },
)
ev(
    "track",
    "Signed Up",
    "kotlin",
    3,
    {
        "method": G(lambda f: f.pick(["email", "google", "apple"])),
        "email": Y(lambda f: f.p.email, "email"),
        "first_name": Y(lambda f: f.p.first, "name"),
        "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        "password_length": G(lambda f: f.r.randint(8, 24)),
        "referral_code": Maybe(G(lambda f: "VM" + f.hexid(6).upper())),
        "marketing_consent": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Phone Verification Sent",
    "swift",
    2,
    {
        "phone_number": Y(lambda f: f.p.phone, "phone"),
        "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
        "attempt": G(lambda f: f.r.randint(1, 3)),
        "code_length": G(lambda f: 6),
    },
)
ev(
    "track",
    "Phone Verified",
    "swift",
    2,
    {
        "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
        "verified": G(lambda f: f.pick([True, False])),
        "seconds_to_verify": G(lambda f: f.r.randint(8, 300)),
    },
)
ev(
    "track",
    "Login Failed",
    "php",
    2,
    {
        "login": Y(lambda f: f.p.email, "email", True),
        "reason": G(lambda f: f.pick(["bad_password", "locked", "unknown_user"])),
        "attempts": G(lambda f: f.r.randint(1, 5)),
        "captcha_shown": G(lambda f: f.pick([True, False])),
    },
    "FR",
)
ev(
    "track",
    "Newsletter Form Submitted",
    "web",
    2,
    {
        "form": G(lambda f: f.pick(["footer", "popup_exit", "recepten_sidebar"])),
        "input": Y(lambda f: f.p.email, "email", True),
        "lists": Many(G(lambda f: f.pick(["aanbiedingen", "recepten", "baby"])), 2),
    },
)
ev(
    "track",
    "Address Lookup Performed",
    "web",
    3,
    {
        "request": {
            "postcode": Y(lambda f: f.p.postcode, "zipcode"),
            "huisnummer": Y(lambda f: f.p.number, "address|street"),
        },
        "response": {
            "straat": Y(lambda f: f.p.street, "street|address"),
            "woonplaats": Y(lambda f: f.p.city, "city"),
            "gemeente": Y(lambda f: f.p.city, "city"),
            "provincie": G(lambda f: f.pick(["Utrecht", "Noord-Holland", "Zuid-Holland", "Gelderland"])),
            "latitude": Y(lambda f: f.nl_lat(), "geolocation"),
            "longitude": Y(lambda f: f.nl_lon(), "geolocation"),
        },
        "provider": G(lambda f: f.pick(["postnl", "pdok"])),
        "duration_ms": G(lambda f: f.r.randint(40, 900)),
        "addressValidated": G(lambda f: f.pick([True, False])),
    },
    "NL",
)
ev(
    "track",
    "Delivery Address Saved",
    "kotlin",
    3,
    {
        "address_id": G(lambda f: f.uuid()),
        "label": G(lambda f: f.pick(["Thuis", "Werk", "Maison", "Bureau", "Vakantiehuis"])),
        "address": {
            "line1": Y(lambda f: f.p.line1, "address|street"),
            "line2": Maybe(
                Y(lambda f: f.pick(["2e verdieping", "Appt 12", "bus 4", "achterhuis"]), "address"), 0.4
            ),
            "postcode": Y(lambda f: f.p.postcode, "zipcode"),
            "city": Y(lambda f: f.p.city, "city"),
            "country_code": G(lambda f: f.p.country),
        },
        "gate_code": Maybe(
            RED(
                lambda f: f.pick(["", "#"]) + str(f.r.randint(1000, 99999)) + f.pick(["", "B", "#"]), "secret"
            ),
            0.4,
        ),
        "has_elevator": G(lambda f: f.pick([True, False])),
        "contact": Maybe(Y(lambda f: f.p.phone, "phone", True), 0.5),
        "is_default": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Delivery Preferences Updated",
    "web",
    2,
    {
        "reduced_mobility": RED(lambda f: f.pick([True, False]), "disability"),
        "hearing_impaired": RED(lambda f: f.pick([True, False, False]), "disability"),
        "carry_inside": G(lambda f: f.pick([True, False])),
        "leave_at_door": G(lambda f: f.pick([True, False])),
        "contact_preference": G(lambda f: f.pick(["sms", "call", "app", "none"])),
        "bag_free": G(lambda f: f.pick([True, False])),
    },
)

# ---- household, baby club, diet ----
ev(
    "track",
    "Baby Club Joined",
    "web",
    3,
    {
        "member_id": G(lambda f: "bc_" + f.digits(7)),
        "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
        "due_date": Maybe(Y(lambda f: f.date(2024, 2025), "condition"), 0.5),
        "children": Maybe(
            Many(
                {
                    "first_name": Y(lambda f: f.first(), "name"),
                    "birth_date": Y(lambda f: f.date(2020, 2024), "birthdate"),
                    "gender": Y(lambda f: f.pick(["girl", "boy", "fille", "garçon"]), "gender"),
                    "age_months": G(lambda f: f.r.randint(0, 48)),
                },
                2,
            ),
            0.7,
        ),
        "number_of_children": G(lambda f: f.r.randint(0, 4)),
        "preferred_diaper_brand": G(lambda f: f.pick(["Pampers", "Huggies", "Kruidvat", "Huismerk"])),
        "welcome_box": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Dietary Profile Updated",
    "swift",
    3,
    {
        "diet": G(lambda f: f.pick(["none", "vegetarian", "vegan", "pescatarian", "flexitarian"])),
        "allergies": Many(
            Y(lambda f: f.pick(["pinda", "noten", "schaaldieren", "ei", "sesam", "arachides"]), "allergy"), 2
        ),
        "intolerances": Many(Y(lambda f: f.pick(["lactose", "gluten", "fructose"]), "allergy|condition"), 2),
        "coeliac": Y(lambda f: f.pick([True, False]), "condition"),
        "diabetic": Y(lambda f: f.pick([True, False]), "condition"),
        "halal": Y(lambda f: f.pick([True, False]), "religion"),
        "kosher": Y(lambda f: f.pick([True, False, False]), "religion"),
        "avoid_ingredients": Many(G(lambda f: f.pick(["koriander", "champignons", "olijven", "ui"])), 2),
        "profile_completion": G(lambda f: round(f.r.random(), 2)),
    },
)
ev(
    "track",
    "Household Member Added",
    "kotlin",
    2,
    {
        "household_id": G(lambda f: "hh_" + f.digits(7)),
        "member": {
            "name": Y(lambda f: f.first(), "name"),
            "relation": G(lambda f: f.pick(["partner", "kind", "huisgenoot", "ouder"])),
            "age": G(lambda f: f.r.randint(1, 90)),
            "email": Maybe(Y(lambda f: f.email(), "email"), 0.5),
            "allergies": Maybe(
                Many(Y(lambda f: f.pick(["pinda", "melk", "gluten", "ei"]), "allergy"), 2), 0.6
            ),
        },
        "members_count": G(lambda f: f.r.randint(2, 6)),
    },
)
ev(
    "track",
    "Pet Profile Added",
    "swift",
    2,
    {
        "pet_id": G(lambda f: f.uuid()),
        "pet": {
            "name": G(lambda f: f.pick(["Bobby", "Minou", "Pluis", "Rex", "Nala", "Caramel", "Guus"])),
            "species": G(lambda f: f.pick(["hond", "kat", "chat", "chien", "konijn"])),
            "breed": G(lambda f: f.pick(["Labrador", "Europese korthaar", "Maine Coon", "Jack Russell"])),
            "birth_date": G(lambda f: f.date(2010, 2024)),
            "weight_kg": G(lambda f: round(f.r.uniform(1, 40), 1)),
            "neutered": G(lambda f: f.pick([True, False])),
        },
    },
)

# ---- loyalty and offers ----
ev(
    "track",
    "Loyalty Card Linked",
    "flutter",
    3,
    {
        "card_number": G(lambda f: f.loyalty()),
        "card_type": G(lambda f: f.pick(["physical", "digital", "family"])),
        "linked_via": G(lambda f: f.pick(["scan", "manual", "itsme"])),
        "tier": G(lambda f: f.pick(["basis", "premium", "gold"])),
        "household_members_count": G(lambda f: f.r.randint(1, 6)),
    },
)
ev(
    "track",
    "Offer Activated",
    "flutter",
    4,
    {
        "offer_id": G(lambda f: "of_" + f.hexid(8)),
        "offer_title": G(
            lambda f: f.pick(
                [
                    "2e halve prijs Douwe Egberts",
                    "25% korting op luiers",
                    "-30% sur les fromages",
                    "Gratis Liga bij 2 pakken",
                    "1+1 gratis Jupiler",
                ]
            )
        ),
        "discount_pct": G(lambda f: f.pick([25, 30, 50, 100])),
        "valid_until": G(lambda f: f.date(2024, 2025)),
        "personalised": G(lambda f: f.pick([True, False])),
        "segment": G(lambda f: f.pick(["young_family", "pet_owner", "coffee_lover", "budget", "beer"])),
        "activated_count": G(lambda f: f.r.randint(1, 20)),
    },
)
ev(
    "track",
    "Gift Card Purchased",
    "web",
    2,
    {
        "gift_card_number": G(lambda f: "6299" + f.digits(15)),
        "gift_card_pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret"),
        "amount": G(lambda f: f.pick([10, 25, 50, 100])),
        "recipient_name": Y(lambda f: f.full_name(), "name"),
        "recipient_email": Y(lambda f: f.email(), "email"),
        "message": Maybe(
            G(
                lambda f: f.pick(
                    [
                        "Gefeliciteerd!",
                        "Bon appétit !",
                        "Veel kookplezier",
                        "Merci pour tout",
                        "Fijne feestdagen",
                    ]
                )
            ),
            0.7,
        ),
        "send_date": G(lambda f: f.date(2024, 2025)),
        "design": G(lambda f: f.pick(["verjaardag", "kerst", "merci", "baby"])),
    },
)

# ---- deposit returns (statiegeld / consigne) ----
ev(
    "track",
    "Deposit Returned",
    "go",
    4,
    {
        "machine_id": G(lambda f: f.pick(["TOMRA-T9-", "RVM-"]) + f.digits(6)),
        "store_id": G(lambda f: f.pick(STORES)[0]),
        "store_city": G(lambda f: f.pick(STORES)[2]),
        "bottles_count": G(lambda f: f.r.randint(0, 40)),
        "cans_count": G(lambda f: f.r.randint(0, 40)),
        "deposit_total_eur": G(lambda f: round(f.r.randint(0, 120) * 0.15, 2)),
        "voucher_barcode": G(lambda f: f.ean("2")),
        "donated": G(lambda f: f.pick([True, False])),
        "charity_name": Maybe(
            G(lambda f: f.pick(["Voedselbank", "KWF", "Restos du Coeur", "Rode Kruis"])), 0.4
        ),
        "loyalty_card": Maybe(G(lambda f: f.loyalty()), 0.6),
    },
)

# ---- store pickup ----
ev(
    "track",
    "Pickup Order Ready",
    "dotnet",
    3,
    {
        "OrderId": G(lambda f: "ord_" + f.digits(9)),
        "StoreId": G(lambda f: f.pick(STORES)[0]),
        "StoreName": G(lambda f: f.pick(STORES)[1]),
        "StoreAddress": G(lambda f: f.pick(STORES)[3]),
        "StorePhone": G(lambda f: f.pick(STORES)[5]),
        "PickupCode": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
        "PickupWindowStart": G(lambda f: f.slot_start()),
        "LockerNumber": Maybe(G(lambda f: f.r.randint(1, 48))),
        "NotifiedVia": G(lambda f: f.pick(["push", "sms", "email"])),
        "CustomerFirstName": Y(lambda f: f.p.first, "name"),
        "BagsCount": G(lambda f: f.r.randint(1, 8)),
    },
    "BE",
)
ev(
    "track",
    "Pickup Checked In",
    "flutter",
    3,
    {
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "store_id": G(lambda f: f.pick(STORES)[0]),
        "arrival_method": G(lambda f: f.pick(["car", "bike", "walk"])),
        "parking_spot": G(lambda f: f.r.randint(1, 12)),
        "license_plate": Maybe(Y(lambda f: f.plate(), "license"), 0.7),
        "car_color": Maybe(G(lambda f: f.pick(["zwart", "grijs", "wit", "rood", "bleu"])), 0.6),
        "eta_minutes": G(lambda f: f.r.randint(0, 25)),
        "location": {
            "lat": Y(lambda f: f.nl_lat(), "geolocation"),
            "lng": Y(lambda f: f.nl_lon(), "geolocation"),
        },
    },
)
ev(
    "track",
    "Store Selected",
    "web",
    3,
    {
        "store": {
            "id": G(lambda f: f.pick(STORES)[0]),
            "name": G(lambda f: f.pick(STORES)[1]),
            "city": G(lambda f: f.pick(STORES)[2]),
            "address": G(lambda f: f.pick(STORES)[3]),
            "postcode": G(lambda f: f.pick(STORES)[4]),
            "phone": G(lambda f: f.pick(STORES)[5]),
            "email": G(
                lambda f: f.pick(
                    [
                        "utrecht.centrum@versmarkt.nl",
                        "gent.dampoort@versmarkt.be",
                        "lille.vauban@versmarkt.fr",
                    ]
                )
            ),
        },
        "query": G(lambda f: f.pick(["Utrecht", "Gent", "Lille", "Rotterdam", "Antwerpen Zuid"])),
        "distance_km": G(lambda f: round(f.r.uniform(0.2, 25), 1)),
    },
)

# ---- recipes ----
ev(
    "screen",
    "Recipe Detail",
    "rn",
    3,
    {
        "recipe_id": G(lambda f: "rc_" + f.digits(6)),
        "previous_screen": G(lambda f: f.pick(["Home", "Search", "Weekmenu", "Favorites"])),
        "tab": G(lambda f: f.pick(["ingredients", "steps", "nutrition"])),
    },
)
ev(
    "track",
    "Recipe Viewed",
    "rn",
    4,
    {
        "recipe_id": G(lambda f: "rc_" + f.digits(6)),
        "recipe_name": G(lambda f: f.pick(RECIPES)),
        "cuisine": G(
            lambda f: f.pick(["Nederlands", "Frans", "Belgisch", "Indonesisch", "Marokkaans", "Thais"])
        ),
        "prep_time_min": G(lambda f: f.pick([15, 20, 30, 45, 90])),
        "servings": G(lambda f: f.r.randint(1, 6)),
        "tags": Many(
            G(lambda f: f.pick(["vegetarisch", "snel", "glutenvrij", "kindvriendelijk", "halal"])), 3
        ),
    },
)
ev(
    "track",
    "Recipe Shared",
    "rn",
    2,
    {
        "recipe_id": G(lambda f: "rc_" + f.digits(6)),
        "share_method": G(lambda f: "email"),
        "to": Y(lambda f: f.email(), "email", True),
        "include_shopping_list": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Recipe Reviewed",
    "rn",
    2,
    {
        "recipe_id": G(lambda f: "rc_" + f.digits(6)),
        "rating": G(lambda f: f.r.randint(1, 5)),
        "comment": Maybe(
            G(
                lambda f: f.pick(
                    [
                        "Heerlijk, de kinderen vonden het top",
                        "Te zout naar mijn smaak",
                        "Super recette, merci !",
                        "Met kikkererwten ook lekker",
                    ]
                )
            ),
            0.7,
        ),
        "reviewer_display_name": Y(lambda f: f.initial_name(), "name"),
        "dish_photo_url": Maybe(G(lambda f: f"https://ugc.versmarkt.nl/dish/{f.hexid(12)}.jpg"), 0.4),
    },
)
ev(
    "track",
    "Meal Plan Generated",
    "rn",
    2,
    {
        "plan_id": G(lambda f: f.uuid()),
        "week": G(lambda f: f"2024-W{f.r.randint(1, 52):02d}"),
        "servings": G(lambda f: f.r.randint(1, 6)),
        "diet": G(lambda f: f.pick(["none", "vegetarian", "vegan", "flexitarian"])),
        "household_members": Many(
            {
                "name": Y(lambda f: f.first(), "name"),
                "age": G(lambda f: f.r.randint(1, 85)),
                "allergies": Many(Y(lambda f: f.pick(["pinda", "melk", "gluten", "vis"]), "allergy"), 2),
            },
            3,
        ),
    },
)
ev(
    "track",
    "Shopping List Shared",
    "kotlin",
    2,
    {
        "list_id": G(lambda f: f.uuid()),
        "list_name": G(
            lambda f: f.pick(["Boodschappen", "Weekend", "Verjaardag", "Liste de courses", "BBQ"])
        ),
        "items_count": G(lambda f: f.r.randint(1, 40)),
        "invitee": {
            "name": Y(lambda f: f.full_name(), "name"),
            "email": Maybe(Y(lambda f: f.email(), "email"), 0.6),
            "phone": Maybe(Y(lambda f: f.any_phone(), "phone"), 0.5),
        },
        "permission": G(lambda f: f.pick(["view", "edit"])),
    },
)

# ---- customer service ----
ev(
    "track",
    "Chat Started",
    "web",
    3,
    {
        "chat_id": G(lambda f: f.uuid()),
        "topic": G(lambda f: f.pick(["missing_item", "late_delivery", "refund", "account", "loyalty"])),
        "order_id": Maybe(G(lambda f: "ord_" + f.digits(9))),
        "agent": {
            "id": G(lambda f: "ag_" + f.digits(4)),
            "name": Y(lambda f: f.full_name(), "name"),
            "team": G(lambda f: f.pick(["NL-1e-lijn", "BE-FR", "escalaties"])),
        },
        "language": G(lambda f: f.pick(["nl", "fr"])),
        "wait_time_s": G(lambda f: f.r.randint(0, 900)),
        "bot_handled": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Chat Message Sent",
    "web",
    2,
    {
        "chat_id": G(lambda f: f.uuid()),
        "text": Y(chat_with_email, "email", True),
        "sender": G(lambda f: "customer"),
        "message_index": G(lambda f: f.r.randint(1, 20)),
    },
)
ev(
    "track",
    "Support Ticket Created",
    "ruby",
    3,
    {
        "ticket": {
            "id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Artikel ontbreekt",
                        "Bezorging te laat",
                        "Remboursement",
                        "Bonuskaart koppelen",
                        "Beschadigde eieren",
                    ]
                )
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "Er ontbrak een pak melk in mijn bestelling.",
                        "De bezorger was een uur te laat.",
                        "Il manque le fromage dans ma commande.",
                        "Mijn punten staan niet op mijn kaart.",
                        "Eieren waren gebroken bij levering.",
                    ]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "status": G(lambda f: f.pick(["new", "open", "pending"])),
            "tags": Many(G(lambda f: f.pick(["bezorging", "terugbetaling", "vip", "fr"])), 3),
            "via": {"channel": G(lambda f: f.pick(["web", "email", "chat", "voice"]))},
            "requester": {
                "id": G(lambda f: f.r.randint(10**10, 10**11)),
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.email, "email"),
            },
            "assignee": Maybe(
                {
                    "id": G(lambda f: f.r.randint(10**10, 10**11)),
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(
                        lambda f: (
                            f.ascii(f.first()).lower() + "." + f.ascii(f.last()).lower() + "@versmarkt.nl"
                        ),
                        "email",
                    ),
                },
                0.7,
            ),
        },
        "sla_breached": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Callback Requested",
    "swift",
    2,
    {
        "phone": Y(lambda f: f.p.phone, "phone"),
        "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening", "asap"])),
        "reason": G(lambda f: f.pick(["refund", "delivery", "account"])),
    },
)
ev(
    "track",
    "Customer Looked Up",
    "node",
    3,
    {
        "q": Y(lambda f: f.pick([f.p.email, f.p.phone]), "email|phone", True),
        "agent_id": G(lambda f: "ag_" + f.digits(4)),
        "results": G(lambda f: f.r.randint(0, 3)),
        "tool": G(lambda f: "cs-console"),
    },
)
ev(
    "track",
    "CSAT Submitted",
    "ruby",
    2,
    {
        "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
        "score": G(lambda f: f.r.randint(1, 5)),
        "comment": Maybe(
            G(
                lambda f: f.pick(
                    ["Snel geholpen", "Pas de réponse claire", "Prima", "Vriendelijke medewerker"]
                )
            ),
            0.6,
        ),
        "agent_id": G(lambda f: "ag_" + f.digits(4)),
    },
)
ev(
    "track",
    "Missing Item Reported",
    "swift",
    3,
    {
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "sku": G(lambda f: f.ean()),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "photo_url": Maybe(G(lambda f: f"https://ugc.versmarkt.nl/claims/{f.hexid(12)}.jpg"), 0.5),
        "resolution": G(lambda f: f.pick(["refund", "credit", "redeliver"])),
        "claim_number": G(lambda f: "CL" + f.digits(7)),
    },
)
ev(
    "track",
    "SMS Sent",
    "ruby",
    3,
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "To": Y(lambda f: "+" + f.e164(f.p.phone), "phone", True),
        "From": G(lambda f: f.pick(["+3197010203040", "Versmarkt", "+32460201234"])),
        "Body": G(
            lambda f: f.pick(
                [
                    "Je bestelling komt vandaag tussen 14:00 en 15:00.",
                    "Votre commande est prête au retrait.",
                    "Je bezorger is onderweg! Volg: https://vm.nl/t/" + f.hexid(6),
                ]
            )
        ),
        "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "failed"])),
    },
)

# ---- drivers ----
ev(
    "identify",
    None,
    "driver",
    2,
    {
        "firstName": Y(lambda f: f.p.first, "name"),
        "lastName": Y(lambda f: f.p.surname, "name"),
        "phone": Y(lambda f: f.p.phone, "phone"),
        "email": Y(lambda f: f.p.email, "email"),
        "employeeNumber": G(lambda f: "E" + f.digits(6)),
        "hub": G(lambda f: f.pick(["AMS-Zuidoost", "UTR-Lage Weide", "GNT-Port Arthur"])),
        "role": G(lambda f: f.pick(["driver", "lead driver", "picker"])),
        "drivingLicenceNumber": Y(lambda f: f.digits(10), "license"),
        "licenceExpiry": G(lambda f: f.date(2025, 2034)),
        "dateOfBirth": Y(lambda f: f.p.birthdate, "birthdate"),
        "emergencyContact": {
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "relation": G(lambda f: f.pick(["partner", "moeder", "broer", "vriend"])),
        },
    },
)
ev(
    "track",
    "Shift Started",
    "driver",
    3,
    {
        "driver_id": G(lambda f: "drv_" + f.digits(5)),
        "hub_id": G(lambda f: f.pick(["AMS-ZO", "UTR-LW", "GNT-PA", "LIL-LQ"])),
        "vehicle": {
            "id": G(lambda f: "veh_" + f.digits(4)),
            "plate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "type": G(lambda f: f.pick(["e-van", "cargo-bike", "van"])),
            "electric": G(lambda f: f.pick([True, False])),
        },
        "planned_stops": G(lambda f: f.r.randint(8, 28)),
        "employment_type": G(lambda f: f.pick(["flex", "vast", "uitzend"])),
        "hourly_rate": Y(lambda f: f.pick([14.06, 15.20, 16.75, 17.40]), "salary"),
        "current_location": {
            "lat": Y(lambda f: f.nl_lat(), "geolocation"),
            "lng": Y(lambda f: f.nl_lon(), "geolocation"),
        },
        "scanner_serial": G(lambda f: "TC52-" + f.digits(8)),
    },
)
ev(
    "track",
    "Stop Arrived",
    "driver",
    4,
    {
        "stop_id": G(lambda f: "stp_" + f.digits(7)),
        "route_id": G(lambda f: "rt_" + f.digits(6)),
        "sequence": G(lambda f: f.r.randint(1, 28)),
        "customer_first_name": Y(lambda f: f.p.first, "name"),
        "address_line": Y(lambda f: f.p.line1, "address|street"),
        "postcode": Y(lambda f: f.p.postcode, "zipcode"),
        "lat": Y(lambda f: f.nl_lat(), "geolocation"),
        "lon": Y(lambda f: f.nl_lon(), "geolocation"),
        "minutes_early": G(lambda f: f.r.randint(-15, 20)),
        "totes": G(lambda f: f.r.randint(1, 9)),
        "door_code": Maybe(
            RED(lambda f: str(f.r.randint(1000, 99999)) + f.pick(["", "#", "B"]), "secret"), 0.4
        ),
    },
)
ev(
    "track",
    "Age Verification Completed",
    "driver",
    2,
    {
        "order_id": G(lambda f: "ord_" + f.digits(9)),
        "method": G(lambda f: f.pick(["eid_scan", "itsme", "visual"])),
        "passed": G(lambda f: f.pick([True, True, False])),
        "birth_date": Y(lambda f: f.p.birthdate, "birthdate"),
        "document_type": G(lambda f: f.pick(["eID", "passport", "driving_licence"])),
        "national_register_number": RED(lambda f: f.rrn(), "national id"),
        "items_restricted": G(lambda f: f.r.randint(1, 4)),
    },
    "BE",
)
ev(
    "track",
    "Driver Payout Processed",
    "java",
    2,
    {
        "driverId": G(lambda f: "drv_" + f.digits(5)),
        "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        "hoursWorked": G(lambda f: round(f.r.uniform(10, 160), 1)),
        "grossPay": Y(lambda f: f.money_eur(300, 3200), "salary"),
        "iban": RED(lambda f: f.iban_for(f.p.country), "bank account"),
        "accountHolder": Y(lambda f: f.p.full, "name"),
        "bic": G(lambda f: f.bic()),
        "bsn": Maybe(RED(lambda f: f.bsn(), "national id|social security number"), 0.5),
        "payslipId": G(lambda f: "PS-" + f.digits(8)),
    },
    "NL",
)
ev(
    "track",
    "Demande De Paiement",
    "java",
    2,
    {
        "livreurId": G(lambda f: "drv_" + f.digits(5)),
        "prénom": Y(lambda f: f.p.first, "name"),
        "nom": Y(lambda f: f.p.surname, "name"),
        "numero_securite_sociale": RED(lambda f: f.nir(), "social security number|national id"),
        "iban": RED(lambda f: f.iban_for("FR"), "bank account"),
        "montant_brut": Y(lambda f: f.money_eur(300, 2800), "salary"),
        "periode": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
    },
    "FR",
)

# ---- subscriptions, B2B, marketing ----
ev(
    "track",
    "Subscription Started",
    "node",
    2,
    {
        "plan": G(lambda f: f.pick(["bezorgpas_maand", "bezorgpas_jaar", "pass_livraison"])),
        "price": G(lambda f: f.pick([4.99, 49.0, 5.99])),
        "mandate_id": G(lambda f: "MD" + f.hexid(10).upper()),
        "iban": RED(lambda f: f.iban_for(f.p.country), "bank account"),
        "account_holder": Y(lambda f: f.p.full, "name"),
        "bic": G(lambda f: f.bic()),
        "first_debit_date": G(lambda f: f.date(2024, 2025)),
    },
)
ev(
    "group",
    None,
    "dotnet",
    2,
    {
        "Name": G(
            lambda f: f.pick(
                [
                    "Bakkerij Vermeulen BV",
                    "Kantoor Zuidas Facilities",
                    "Crèche Les Petits Pois",
                    "Studio Noord VOF",
                ]
            )
        ),
        "VatNumber": G(lambda f: f.pick(["NL", "BE0", "FR"]) + f.digits(9)),
        "KvkNumber": Maybe(G(lambda f: f.digits(8))),
        "Industry": G(lambda f: f.pick(["Horeca", "Kinderopvang", "Kantoor", "Retail"])),
        "Employees": G(lambda f: f.r.randint(2, 400)),
        "InvoiceEmail": G(
            lambda f: f.pick(
                [
                    "facturen@bakkerijvermeulen.nl",
                    "finance@zuidasfacilities.nl",
                    "compta@lespetitspois.fr",
                    "admin@studionoord.nl",
                ]
            )
        ),
        "Phone": G(lambda f: f.pick(["020-5550132", "+32 2 555 01 88", "03 20 55 01 42"])),
        "Address": {
            "Street": G(lambda f: f.pick(["Gustav Mahlerplein 2", "Rue de la Station 14", "Industrieweg 7"])),
            "City": G(lambda f: f.pick(["Amsterdam", "Lille", "Mechelen"])),
            "PostalCode": G(lambda f: f.pick(["1082 MA", "59000", "2800"])),
        },
        "ContactPerson": {
            "Name": Y(lambda f: f.p.full, "name"),
            "Email": Y(lambda f: f.p.email, "email"),
            "Phone": Y(lambda f: f.p.phone, "phone"),
            "JobTitle": G(lambda f: f.pick(["Office manager", "Eigenaar", "Responsable achats"])),
        },
        "Plan": G(lambda f: f.pick(["zakelijk_basis", "zakelijk_plus"])),
    },
)
ev(
    "track",
    "Ad Click Captured",
    "node",
    3,
    {
        "gclid": Maybe(Y(lambda f: f.gclid(), "advertising id"), 0.6),
        "fbclid": Maybe(Y(lambda f: f.fbclid(), "advertising id"), 0.5),
        "msclkid": Maybe(Y(lambda f: f.hexid(32), "advertising id"), 0.3),
        "utm_source": G(lambda f: f.pick(["google", "facebook", "bing", "instagram"])),
        "utm_medium": G(lambda f: f.pick(["cpc", "paid_social"])),
        "utm_campaign": G(lambda f: f.pick(["weekaanbiedingen", "rentree_2024", "baby_club"])),
        "landing_page": G(
            lambda f: f.pick(
                [
                    "https://www.versmarkt.nl/aanbiedingen",
                    "https://www.versmarkt.fr/",
                    "https://www.versmarkt.be/nl-be/babyclub",
                ]
            )
        ),
    },
)
ev(
    "track",
    "Conversion Forwarded",
    "node",
    3,
    {
        "event_name": G(lambda f: f.pick(["Purchase", "AddToCart", "CompleteRegistration"])),
        "event_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        "action_source": G(lambda f: f.pick(["website", "app"])),
        "user_data": {
            "em": Y(lambda f: f.hexid(64), "email"),
            "ph": Maybe(Y(lambda f: f.hexid(64), "phone"), 0.6),
            "external_id": G(lambda f: f.hexid(64)),
            "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "client_user_agent": G(lambda f: f.pick(UAS)),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Maybe(Y(lambda f: f.fbc(), "advertising id"), 0.5),
        },
        "custom_data": {
            "currency": G(lambda f: "EUR"),
            "value": G(lambda f: f.money_eur(10, 250)),
            "content_ids": Many(G(lambda f: f.ean()), 4),
            "content_type": G(lambda f: "product"),
        },
    },
)
ev(
    "track",
    "Push Token Registered",
    "kotlin",
    2,
    {
        "push_token": RED(lambda f: f.fcm(), "token"),
        "provider": G(lambda f: "fcm"),
        "notifications_enabled": G(lambda f: f.pick([True, False])),
        "topics": Many(G(lambda f: f.pick(["bezorging", "aanbiedingen", "bonus"])), 3),
    },
)
# ---- more account, referral and driver traffic ----
ev(
    "track",
    "Contact Details Updated",
    "swift",
    2,
    {
        "old_email": Y(lambda f: f.email(f.p.country), "email"),
        "new_email": Y(lambda f: f.p.email, "email"),
        "old_phone": Maybe(Y(lambda f: f.phone(f.p.country), "phone"), 0.5),
        "new_phone": Maybe(Y(lambda f: f.p.phone, "phone"), 0.5),
        "changed_fields": Many(G(lambda f: f.pick(["email", "phone", "address"])), 2),
        "requires_reverification": G(lambda f: f.pick([True, False])),
    },
)
ev(
    "track",
    "Referral Sent",
    "kotlin",
    2,
    {
        "referral_code": G(lambda f: "VM" + f.hexid(6).upper()),
        "referee_name": Y(lambda f: f.first(), "name"),
        "referee_email": Maybe(Y(lambda f: f.email(), "email"), 0.6),
        "referee_phone": Maybe(Y(lambda f: f.any_phone(), "phone"), 0.5),
        "channel": G(lambda f: f.pick(["whatsapp", "email", "sms", "copy_link"])),
        "reward_eur": G(lambda f: f.pick([10, 15])),
    },
)
ev(
    "track",
    "checkout-details-submitted",
    "web",
    3,
    {
        "first-name": Y(lambda f: f.p.first, "name"),
        "last-name": Y(lambda f: f.p.surname, "name"),
        "e-mail": Y(lambda f: f.p.email, "email"),
        "phone-number": Y(lambda f: f.p.phone, "phone"),
        "company-name": Maybe(
            G(lambda f: f.pick(["Bakkerij Vermeulen BV", "Studio Noord VOF", "Atelier Lumière SARL"])), 0.2
        ),
        "create-account": G(lambda f: f.pick([True, False])),
        "step": G(lambda f: f.r.randint(1, 4)),
    },
)
ev(
    "track",
    "Inscription Validée",
    "php",
    2,
    {
        "prénom": Y(lambda f: f.p.first, "name"),
        "nom": Y(lambda f: f.p.surname, "name"),
        "courriel": Y(lambda f: f.p.email, "email"),
        "telephone_portable": Y(lambda f: f.p.phone, "phone"),
        "mot_de_passe": RED(
            lambda f: f.pick(["Soleil2024!", "motdepasse", "Lyon69*", "azerty123", "Ch@ton88"]), "password"
        ),
        "cgv_acceptees": G(lambda f: True),
        "source_inscription": G(lambda f: f.pick(["site", "appli", "magasin"])),
    },
    "FR",
)
ev(
    "track",
    "Commande Validée",
    "php",
    2,
    {
        "commande_id": G(lambda f: "C" + f.digits(8)),
        "montant": G(lambda f: f.money_eur(20, 250)),
        "mode_livraison": G(lambda f: f.pick(["domicile", "drive", "point_relais"])),
        "adresse_facturation": {
            "nom": Y(lambda f: f.p.full, "name"),
            "rue": Y(lambda f: f.p.line1, "address|street"),
            "code_postal": Y(lambda f: f.p.postcode, "zipcode"),
            "ville": Y(lambda f: f.p.city, "city"),
            "pays": G(lambda f: "FR"),
        },
        "creneau": G(lambda f: f.slot_start()),
        "nb_articles": G(lambda f: f.r.randint(1, 60)),
    },
    "FR",
)
ev(
    "track",
    "Magic Link Requested",
    "web",
    2,
    {
        "email": Y(lambda f: f.p.email, "email"),
        "magic_link": RED(
            lambda f: "https://www.versmarkt.nl/login/verify?token=" + f.hexid(48), "token|secret"
        ),
        "expires_in_s": G(lambda f: 900),
        "delivered_via": G(lambda f: f.pick(["email", "sms"])),
    },
)
ev(
    "track",
    "Delivery Exception",
    "driver",
    2,
    {
        "stop_id": G(lambda f: "stp_" + f.digits(7)),
        "reason": G(lambda f: f.pick(["not_home", "wrong_address", "refused", "access_denied"])),
        "customer_phone": Y(lambda f: f.p.phone, "phone"),
        "left_with_neighbour": G(lambda f: f.pick([True, False])),
        "neighbour_name": Maybe(Y(lambda f: f.full_name(), "name"), 0.5),
        "neighbour_house_number": Maybe(
            Y(lambda f: str(f.r.randint(1, 240)) + f.pick(["", "A", "-1"]), "address|street"), 0.5
        ),
        "call_attempts": G(lambda f: f.r.randint(0, 3)),
    },
)
ev(
    "track",
    "Vehicle Incident Reported",
    "driver",
    2,
    {
        "incident_id": G(lambda f: f.uuid()),
        "vehicle_id": G(lambda f: "veh_" + f.digits(4)),
        "severity": G(lambda f: f.pick(["minor", "moderate", "major"])),
        "other_party": {
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "plate": Y(lambda f: f.plate(), "license"),
            "insurance_policy_number": Y(
                lambda f: f.pick(["NN-", "AXA", "ALL"]) + f.digits(9), "identification"
            ),
        },
        "lat": Y(lambda f: f.nl_lat(), "geolocation"),
        "lon": Y(lambda f: f.nl_lon(), "geolocation"),
        "police_notified": G(lambda f: f.pick([True, False])),
    },
)

ev(
    "track",
    "Address Suggestion Selected",
    "web",
    2,
    {
        "suggestion": Y(lambda f: f"{f.p.line1}, {f.p.postcode} {f.p.city}", "address", True),
        "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
        "suggestion_index": G(lambda f: f.r.randint(0, 4)),
        "keystrokes": G(lambda f: f.r.randint(3, 25)),
    },
)
ev(
    "track",
    "Password Reset Requested",
    "kotlin",
    2,
    {
        "identifier": Y(lambda f: f.pick([f.p.email, f.p.phone]), "email|phone", True),
        "channel": G(lambda f: f.pick(["email", "sms"])),
        "reset_count_24h": G(lambda f: f.r.randint(0, 3)),
    },
)
ev(
    "track",
    "WhatsApp Message Received",
    "ruby",
    2,
    {
        "object": G(lambda f: "whatsapp_business_account"),
        "entry": Many(
            {
                "id": G(lambda f: f.digits(15)),
                "changes": Many(
                    {
                        "field": G(lambda f: "messages"),
                        "value": {
                            "messaging_product": G(lambda f: "whatsapp"),
                            "metadata": {
                                "phone_number_id": G(lambda f: f.digits(15)),
                                "display_phone_number": G(
                                    lambda f: f.pick(["31970102030", "3225550123", "33970012345"])
                                ),
                            },
                            "contacts": Many(
                                {
                                    "profile": {"name": Y(lambda f: f.p.full, "name")},
                                    "wa_id": Y(lambda f: f.e164(f.p.phone), "phone", True),
                                },
                                1,
                            ),
                            "messages": Many(
                                {
                                    "from": Y(lambda f: f.e164(f.p.phone), "phone", True),
                                    "id": G(lambda f: "wamid.HBgL" + f.hexid(24).upper()),
                                    "timestamp": G(lambda f: str(f.r.randint(1_700_000_000, 1_735_000_000))),
                                    "type": G(lambda f: "text"),
                                    "text": {
                                        "body": G(
                                            lambda f: f.pick(
                                                [
                                                    "Waar blijft mijn bestelling?",
                                                    "Bonjour, ma commande est incomplète",
                                                    "Kan ik mijn bezorgmoment wijzigen?",
                                                    "Bedankt!",
                                                ]
                                            )
                                        )
                                    },
                                },
                                1,
                            ),
                        },
                    },
                    1,
                ),
            },
            1,
        ),
    },
)

ev("alias", None, "swift", 2, {})

# -- build ---------------------------------------------------------------------------------------------


def message(f: F, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client not in SERVER else f"{client}-{f.uuid()}",
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
    }
    if kind != "page" or f.r.random() < 0.6:
        msg["userId"] = f.pick(["", "u_"]) + f.digits(8)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "b2b_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
    section = "traits" if kind in ("identify", "group") else "properties"
    if body:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, weight, country, body in E:
            for _ in range(weight):
                if client in ("web", "swift", "kotlin") and f.r.random() < 0.25:
                    client_now = f.pick(["web", "swift", "kotlin"])
                else:
                    client_now = client
                f.new_person(country)
                events.append(message(f, kind, name, client_now, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=84, repeats=9)
    write(Path(__file__).parent, "holdout84_", events, labels)
