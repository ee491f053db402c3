"""Writes the sixty-eighth holdout: tests/corpus/holdout68_events.jsonl and holdout68_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or the
other holdouts' labels, and never run through the engine by its author. Only the corpus helpers
(build.py, fake.py), build_holdout3.py (for the format) and the reference's matcher table were read.

Domain: food delivery and restaurant ordering in France, Belgium and Spain ("Mordisco"), three
kinds of people:
- customers ordering from restaurants and dark stores on the web (analytics.js), iOS
  (analytics-swift) and Android (analytics-kotlin): identify, addresses with door codes and
  intercom names, carts, checkout, payment, tips, ratings, complaints and support chats with free
  text, allergies and dietary preferences, accessibility needs, family profiles (dependants),
  pets, group orders (other participants), gift cards (recipients), referrals (contacts),
  address autocomplete, ad-click ids, attribution (AppsFlyer-shaped) and a warehouse reverse-ETL
  sync (SCREAMING_SNAKE traits);
- couriers on bikes and scooters (analytics-react-native) with live GPS in `context.location`
  and properties, shifts, offers, proof of delivery, masked calls (Twilio-shaped), identity
  checks (Onfido-shaped), payout details per country (IBAN, NIR, Belgian national number, Spanish
  DNI/NIE, SIRET), earnings, vehicles, incidents, age checks for alcohol;
- restaurant partners' tablets (Flutter) and the partner back office (Java): staff, order
  acceptance, menu items with allergens, opening hours, POS integrations, settlements;
- server traffic from the order service (node), payments (python, Stripe- and Adyen-shaped),
  dispatch (go), support (ruby, Zendesk-shaped), the legacy Belgian/French PHP shop (French keys:
  nom, prénom, adresse_livraison, code_postal, téléphone, digicode), the Spanish market service
  (Spanish keys: nombre, apellidos, dirección, código_postal, teléfono), and gift cards / business
  invoices in .NET (PascalCase). A 3PL dispatch webhook (Stuart-shaped) and a newsletter form in
  kebab-case complete the conventions.

Values: names from French, Belgian (Flemish and Walloon), Spanish, Catalan, Basque, Maghrebi,
West African, Vietnamese, Chinese, Romanian, Brazilian, South Asian and other origins; national
phone formats of FR/BE/ES (and some foreign numbers); street addresses and postal codes per
country with coordinates near the right city; IBANs with mod-97 check digits (FR, BE, ES), cards
passing Luhn, French NIR with its key, Belgian national numbers and enterprise numbers with their
mod-97 checks, Spanish DNI/NIE with their check letter, CIF and SIRET with their check digits,
EAN-13 barcodes. Each message gets one market (country and city) so its values agree.

Conventions: paths as flattened by portal.events.flatten (dotted, arrays as `[]`); one label per
path across all events; ids, amounts, timestamps, versions and enums vary per event.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person (customer, recipient, participant, contact,
  dependant, courier, restaurant staff). Types are the reference's matcher names (`name`,
  `email`, `phone`, `address`, `street`, `city`, `zipcode`, `birthdate`, `citizenship`, `photo`,
  `salary`, `license`, `identification`, `religion`, `allergy`, `condition`, `disability`,
  `social security number`, `credit card`, `token`, `passport`) or `geolocation`, `ip`,
  `bank account`, `national id`, `secret`, `advertising id`; `a|b` when either is fair. Colours:
  the reference's defaults; outside it, red for credentials/secrets, cards, bank accounts and
  government ids, yellow otherwise.
- Green: ids we or vendors issue (order, courier, restaurant, device, Stripe customer, AppsFlyer,
  applicant ids), SKUs, EANs, versions, timestamps, amounts, enums, counters and booleans under
  PII-sounding keys (`phone_verified`, `address_count`, `email_opt_in`), dish, restaurant, brand,
  company and pet names (a pet's `birthday` too), a restaurant's or company's own phone, e-mail,
  address, coordinates, VAT/SIRET/CIF and city, country, locale, timezone, currency, user agents,
  OS-issued analytics device ids (IDFV), card brand / last four / expiry / BIN, a masked PAN
  (BIN + last four), BIC codes, menu allergens (they describe a dish), ages and "over 18"
  flags, loyalty and member numbers, job titles and employers, a number-masking proxy phone number
  (the company's telephony), ad campaign and UTM fields, police report numbers, identity-document
  expiry dates and issuing countries, a diet (vegetarian, vegan: not a special category), a menu
  item's `is_halal` (it describes a dish), Places autocomplete `sessiontoken`s (uuids we generate
  to group billing), promo codes typed into `input`, a company's billing address and mailbox.
- Yellow: billing, shipping and delivery addresses and their parts (including floor/door
  complements such as "3º B"), the user's city and postal code, precise coordinates of a
  customer's address or of a courier, IP addresses, ad ids and click ids (IDFA, GAID, gclid,
  fbclid, _fbp, _fbc: `advertising id`), vehicle plates (`license`), insurance policy numbers and
  a courier's sole-trader SIRET (`identification`), a courier's pay per delivery, tips received,
  earnings and hourly rate, a cook's hourly wage (`salary`), nationality (`citizenship`), a
  civilité M./Mme (`gender`), profile, selfie and proof-of-delivery photos (`photo`), birth
  years of the user or a child (`birthdate`), hashed e-mails (the hash still singles out the
  person: `email`), allergies, their severity and allergy notes (`allergy`, `allergy|condition`),
  `halal_only` / `kosher_only` (`religion`), a courier's `injured` flag (`condition`).
- Red: door codes (`digicode`, `door_code`: a secret that opens the person's building:
  `secret`); payment-method and stored-card tokens, session JWTs (`token`); push tokens (red
  `token`, as in the earlier corpora); gift-card redemption codes and one-time verification codes
  (`token|secret`); POS API keys (`secret`); IBANs (`bank account`, a restaurant's settlement
  IBAN too: many restaurants are sole traders, so a careful owner flags every IBAN); full card
  numbers (`credit card`); French NIR and Spanish social security numbers (`social security
  number`); Belgian national numbers, DNI/NIE (`national id`) and identity-document numbers
  (`national id|passport`); accessibility needs (`disability`).
- value_only is true when the key is neutral or generic (`value`, `q`, `text`, `note`,
  `description`, `Message`, `contact.label`, `contact.value`, `externalIds[].id`) and only the
  value says what it is; such a path holds that PII in every one of its values. Free text is
  labelled by what every one of its values carries: texts written to always carry a phone, an
  e-mail or a name are labelled so; free texts that never carry PII (order notes, delivery
  instructions, rating comments, incident descriptions) are green.
- Where a case stays open, the label is what a careful privacy owner at a mid-size company would
  want flagged: every IBAN, any door code, a sole trader's SIRET, a child's birth year.
"""

import hashlib
import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- markets ----------------------------------------------------------------------------------------

CITIES = {
    "FR": [
        ("Paris", 48.8566, 2.3522, lambda f: f"750{f.r.randint(1, 20):02d}"),
        ("Lyon", 45.7640, 4.8357, lambda f: f"6900{f.r.randint(1, 9)}"),
        ("Marseille", 43.2965, 5.3698, lambda f: f"130{f.r.randint(1, 16):02d}"),
        ("Lille", 50.6292, 3.0573, lambda f: f.pick(["59000", "59800", "59160"])),
        ("Bordeaux", 44.8378, -0.5792, lambda f: f.pick(["33000", "33800", "33300"])),
        ("Toulouse", 43.6047, 1.4442, lambda f: f.pick(["31000", "31400", "31500"])),
        ("Nantes", 47.2184, -1.5536, lambda f: f.pick(["44000", "44100", "44300"])),
    ],
    "BE": [
        ("Bruxelles", 50.8503, 4.3517, lambda f: f.pick(["1000", "1050", "1030", "1060", "1040", "1180"])),
        ("Liège", 50.6326, 5.5797, lambda f: f.pick(["4000", "4020", "4030"])),
        ("Gent", 51.0543, 3.7174, lambda f: f.pick(["9000", "9040", "9050"])),
        ("Antwerpen", 51.2194, 4.4025, lambda f: f.pick(["2000", "2018", "2060"])),
        ("Namur", 50.4674, 4.8718, lambda f: f.pick(["5000", "5100"])),
    ],
    "ES": [
        ("Madrid", 40.4168, -3.7038, lambda f: f"280{f.r.randint(1, 45):02d}"),
        ("Barcelona", 41.3874, 2.1686, lambda f: f"080{f.r.randint(1, 42):02d}"),
        ("Valencia", 39.4699, -0.3763, lambda f: f"460{f.r.randint(1, 26):02d}"),
        ("Sevilla", 37.3891, -5.9845, lambda f: f"410{f.r.randint(1, 20):02d}"),
        ("Bilbao", 43.2630, -2.9350, lambda f: f"480{f.r.randint(1, 15):02d}"),
        ("Málaga", 36.7213, -4.4214, lambda f: f"290{f.r.randint(1, 18):02d}"),
    ],
}
LOCALES = {"FR": ["fr-FR"], "BE": ["fr-BE", "nl-BE", "en-BE"], "ES": ["es-ES", "ca-ES", "en-ES"]}
TIMEZONES = {"FR": "Europe/Paris", "BE": "Europe/Brussels", "ES": "Europe/Madrid"}
HOSTS = {"FR": "www.mordisco.fr", "BE": "www.mordisco.be", "ES": "www.mordisco.es"}

FIRST = {
    "FR": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Inès",
        "Hugo",
        "Lucas",
        "Théo",
        "Nathan",
        "Mathis",
        "Élodie",
        "Anaïs",
        "Yasmine",
        "Karim",
        "Mehdi",
        "Aïcha",
        "Moussa",
        "Mamadou",
        "Fatou",
        "Jean-Baptiste",
        "Marie-Claire",
        "Océane",
        "Gaëlle",
        "Rémi",
        "Soline",
    ],
    "BE": [
        "Wout",
        "Lotte",
        "Jens",
        "Elke",
        "Amélie",
        "Maxime",
        "Noor",
        "Arne",
        "Sien",
        "Bram",
        "Hélène",
        "Quentin",
        "Laure",
        "Jonas",
        "Ayoub",
        "Salma",
        "Thibault",
        "Fien",
    ],
    "ES": [
        "Lucía",
        "Javier",
        "Alejandro",
        "Carmen",
        "Nerea",
        "Iker",
        "Pilar",
        "Álvaro",
        "Ainhoa",
        "Jordi",
        "Montserrat",
        "Guillermo",
        "Rocío",
        "Paula",
        "Sergio",
        "Itziar",
        "Marc",
        "Núria",
        "Dolores",
    ],
    "XX": [
        "Andrei",
        "Ioana",
        "Bilal",
        "Imran",
        "Thiago",
        "Gabriela",
        "Wei",
        "Xiaoling",
        "Oluwaseun",
        "Aminata",
        "Priya",
        "Arjun",
        "Oksana",
        "Giulia",
        "Siobhan",
        "Thi",
        "Minh",
        "Kofi",
        "Leïla",
        "Youssef",
        "Mariana",
        "Dmitri",
        "Aditi",
        "Hamza",
    ],
}
LAST = {
    "FR": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Fontaine",
        "Girard",
        "Benali",
        "Diallo",
        "Traoré",
        "Nguyen",
        "Haddad",
        "Lambert",
        "Rousseau",
        "Chevalier",
        "N'Diaye",
        "Le Gall",
        "Mercier",
        "Boucher",
        "Lemaire",
    ],
    "BE": [
        "Peeters",
        "Janssens",
        "Maes",
        "Claes",
        "Dupont",
        "Wouters",
        "Vermeulen",
        "Goossens",
        "De Smet",
        "Van den Broeck",
        "Lejeune",
        "Renard",
        "Mertens",
        "Jacobs",
        "El Amrani",
    ],
    "ES": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Etxeberria",
        "Puig",
        "Vidal",
        "Moreno",
        "Castro",
        "Ortega",
        "Navarro",
        "Romero",
        "Iglesias",
    ],
    "XX": [
        "Popescu",
        "Ionescu",
        "Khan",
        "Hussain",
        "Souza",
        "Oliveira",
        "Wang",
        "Li",
        "Adeyemi",
        "Kowalczyk",
        "Rossi",
        "Kovalenko",
        "O'Connor",
        "Tran",
        "Okonkwo",
        "Bensaïd",
        "Mendes",
        "Sharma",
        "Yilmaz",
    ],
}

STREETS = {
    "FR": [
        "rue de la Roquette",
        "rue Oberkampf",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue des Martyrs",
        "rue du Faubourg Saint-Antoine",
        "rue Paul Bert",
        "place de la République",
        "rue Lecourbe",
        "impasse des Lilas",
        "cours Gambetta",
        "rue Garibaldi",
        "allée des Tilleuls",
        "quai de la Fosse",
    ],
    "BE": [
        "Rue Haute",
        "Chaussée d'Ixelles",
        "Avenue Louise",
        "Kerkstraat",
        "Rue de Flandre",
        "Veldstraat",
        "Rue Saint-Gilles",
        "Chaussée de Waterloo",
        "Nationalestraat",
        "Rue du Midi",
        "Avenue de la Couronne",
    ],
    "ES": [
        "Calle de Alcalá",
        "Carrer de Mallorca",
        "Avenida de la Constitución",
        "Calle Gran Vía",
        "Calle de Colón",
        "Carrer de Sants",
        "Calle Mayor",
        "Paseo de la Castellana",
        "Calle Ercilla",
        "Calle Larios",
        "Carrer de Blai",
    ],
}
ES_COMPLEMENT = ["1º A", "2º B", "3º izq.", "4º 2ª", "Bajo A", "5º D", "Ático", "1º 1ª", "6º C"]
FR_COMPLEMENT = [
    "Bât. B, 3e étage",
    "Esc. 2, 5e gauche",
    "Apt 12",
    "2e étage porte droite",
    "RDC cour",
    "Bât. C",
]
BE_COMPLEMENT = ["bus 3", "boîte 12", "2e étage", "bte 4", "app. 1B", "bus 21"]

RESTAURANTS = [
    "Chez Janou",
    "Pizzeria Da Marco",
    "Bar Manolo",
    "Maison Dupont",
    "Le Petit Zinc",
    "Sushi Shop Bastille",
    "Casa Lucio",
    "Frituur Nr 1",
    "Pho Bida",
    "La Taqueria del Barrio",
    "Burger Factory",
    "Le Comptoir Libanais",
    "Chez Léon",
    "Poké Bowl Sants",
    "Tía Pepa Tapas",
]
CUISINES = [
    "pizza",
    "sushi",
    "burgers",
    "vietnamien",
    "libanais",
    "tapas",
    "poké",
    "indien",
    "kebab",
    "friterie",
]
DISHES = [
    ("Pizza 4 fromages", "Pizzas"),
    ("Poulet yassa", "Plats"),
    ("Bo bun bœuf", "Plats"),
    ("Croque-monsieur", "Snacking"),
    ("Tortilla de patatas", "Tapas"),
    ("Patatas bravas", "Tapas"),
    ("Moules-frites", "Plats"),
    ("Cheeseburger double", "Burgers"),
    ("California roll x8", "Sushis"),
    ("Falafel wrap", "Wraps"),
    ("Tiramisu", "Desserts"),
    ("Coca-Cola 33cl", "Boissons"),
    ("Stoofvlees met frieten", "Plats"),
    ("Paella valenciana (2 pers.)", "Arroces"),
]
GROCERIES = [
    ("Lait demi-écrémé 1L", "Crèmerie"),
    ("Bananes x5", "Fruits"),
    ("Estrella Damm 6x33cl", "Bières"),
    ("Leffe Blonde 75cl", "Bières"),
    ("Pâtes Barilla 500g", "Épicerie"),
    ("Croquettes chat 2kg", "Animalerie"),
    ("Pampers taille 4", "Bébé"),
    ("Pan de molde Bimbo", "Panadería"),
    ("Huile d'olive 1L", "Épicerie"),
]
ALLERGENS = [
    "gluten",
    "peanuts",
    "tree nuts",
    "shellfish",
    "sesame",
    "lactose",
    "eggs",
    "soy",
    "fish",
    "celery",
]
UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
EMAIL_DOMAINS = {
    "FR": ["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "laposte.net", "icloud.com", "yahoo.fr"],
    "BE": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "proximus.be", "outlook.be"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "icloud.com", "telefonica.net"],
}


class Food(Fake):
    """fake.Fake with a market per message: values in one message agree on country and city."""

    country = "FR"
    city_row = CITIES["FR"][0]

    def market(self, country=None):
        self.country = country or self.pick(["FR", "FR", "BE", "ES", "ES"])
        self.city_row = self.pick(CITIES[self.country])

    # people
    def first(self):
        pool = self.country if self.r.random() < 0.7 else "XX"
        return self.pick(FIRST[pool])

    def last(self):
        pool = self.country if self.r.random() < 0.7 else "XX"
        return self.pick(LAST[pool])

    def apellidos(self):
        return f"{self.pick(LAST['ES'])} {self.pick(LAST['ES'] + LAST['XX'])}"

    def full_name(self):
        if self.country == "ES" and self.r.random() < 0.6:
            return f"{self.first()} {self.apellidos()}"
        return f"{self.first()} {self.last()}"

    def short_name(self):
        return f"{self.first()} {self.last()[0]}."

    def email(self):
        def ascii_(s):
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
            return s.lower().replace(" ", "").replace("'", "")

        first, last = ascii_(self.first()), ascii_(self.last())
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(80, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{user}@{self.pick(EMAIL_DOMAINS[self.country])}"

    def phone(self, style=None):
        d = self.r.randint
        if self.country == "FR":
            a, rest = self.pick(["6", "7"]), [f"{d(0, 99):02d}" for _ in range(4)]
            return self.pick(
                [
                    f"0{a} " + " ".join(rest),
                    f"+33 {a} " + " ".join(rest),
                    f"+33{a}" + "".join(rest),
                    f"0{a}." + ".".join(rest),
                    f"0{a}" + "".join(rest),
                ]
            )
        if self.country == "BE":
            p, a, b, c = (
                self.pick(["470", "471", "472", "475", "476", "477", "478", "479", "484", "496"]),
                d(0, 99),
                d(0, 99),
                d(0, 99),
            )
            return self.pick(
                [
                    f"0{p} {a:02d} {b:02d} {c:02d}",
                    f"+32 {p} {a:02d} {b:02d} {c:02d}",
                    f"+32{p}{a:02d}{b:02d}{c:02d}",
                    f"0{p}/{a:02d}.{b:02d}.{c:02d}",
                ]
            )
        p, a, b = f"{self.pick(['6', '7'])}{d(0, 99):02d}", d(0, 999), d(0, 999)
        return self.pick(
            [
                f"{p} {a:03d} {b:03d}",
                f"+34 {p} {a:03d} {b:03d}",
                f"+34{p}{a:03d}{b:03d}",
                f"{p}{a:03d}{b:03d}",
                f"{p} {d(0, 99):02d} {d(0, 99):02d} {d(0, 99):02d}",
            ]
        )

    def e164(self):
        n = self.r.randint(0, 99_999_999)
        return {"FR": f"+33{self.pick('67')}{n:08d}", "BE": f"+324{self.pick('789')}{n % 10**7:07d}"}.get(
            self.country, f"+34{self.pick('67')}{n:08d}"
        )

    def foreign_phone(self):
        d = self.r.randint
        return self.pick(
            [
                f"+44 7700 {d(900000, 900999)}",
                f"+212 6 {d(10, 99)} {d(10, 99)} {d(10, 99)} {d(10, 99)}",
                f"+351 91{d(0, 9)} {d(100, 999)} {d(100, 999)}",
                f"+40 7{d(20, 99)} {d(100, 999)} {d(100, 999)}",
                f"+55 11 9{d(1000, 9999)}-{d(1000, 9999)}",
            ]
        )

    def any_phone(self):
        return self.foreign_phone() if self.r.random() < 0.15 else self.phone()

    # places
    def street(self):
        n = self.r.randint(1, 180)
        name = self.pick(STREETS[self.country])
        if self.country == "FR":
            return f"{n}{self.pick(['', '', '', ' bis', ' ter'])} {name}"
        if self.country == "BE":
            return f"{name} {n}"
        return self.pick([f"{name}, {n}", f"{name} {n}", f"{name} {n}, {self.pick(ES_COMPLEMENT)}"])

    def complement(self):
        return self.pick({"FR": FR_COMPLEMENT, "BE": BE_COMPLEMENT, "ES": ES_COMPLEMENT}[self.country])

    def city(self):
        return self.city_row[0]

    def zip(self):
        return self.city_row[3](self)

    def full_address(self):
        return f"{self.street()}, {self.zip()} {self.city()}"

    def lat(self):
        return round(self.city_row[1] + self.r.uniform(-0.06, 0.06), 6)

    def lon(self):
        return round(self.city_row[2] + self.r.uniform(-0.08, 0.08), 6)

    def locale(self):
        return self.pick(LOCALES[self.country])

    def tz(self):
        return TIMEZONES[self.country]

    def host(self):
        return HOSTS[self.country]

    # ids with check digits
    def iban(self, country=None):
        country = country or self.country
        if country == "BE":
            bban = self.digits(10)
            bban += f"{int(bban) % 97 or 97:02d}"
            numeric = "".join(str(int(c, 36)) for c in bban + "BE00")
            raw = f"BE{98 - int(numeric) % 97:02d}{bban}"
            return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])
        return super().iban(country)

    def nir(self):
        sex, yy, mm = self.pick(["1", "2"]), self.r.randint(60, 99), self.r.randint(1, 12)
        dept = self.pick(["75", "69", "13", "59", "33", "93", "94", "92", "31", "44", "99"])
        body = f"{sex}{yy:02d}{mm:02d}{dept}{self.r.randint(1, 999):03d}{self.r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        return self.pick(
            [
                f"{body}{key:02d}",
                f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}",
            ]
        )

    def be_national_number(self):
        yy, mm, dd = self.r.randint(70, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        seq = self.r.randint(1, 997)
        body = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
        check = 97 - int(body) % 97
        return self.pick([f"{body}{check:02d}", f"{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{check:02d}"])

    def dni(self):
        n = self.r.randint(10_000_000, 79_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self):
        prefix = self.pick("XYZ")
        n = self.r.randint(1_000_000, 9_999_999)
        letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(f"{'XYZ'.index(prefix)}{n}") % 23]
        return f"{prefix}{n}{letter}"

    def siren(self):
        return self.luhn_complete(self.digits(8))

    def siret(self):
        base = self.siren() + f"{self.r.randint(1, 99):04d}"
        return self.luhn_complete(base)

    def cif(self):
        body = f"{self.r.randint(0, 9_999_999):07d}"
        odd = sum(sum(divmod(int(body[i]) * 2, 10)) for i in (0, 2, 4, 6))
        even = sum(int(body[i]) for i in (1, 3, 5))
        return f"B{body}{(10 - (odd + even) % 10) % 10}"

    def be_enterprise(self):
        body = "0" + str(self.r.randint(2, 9)) + f"{self.r.randint(0, 999_999):06d}"
        return f"BE{body}{97 - int(body) % 97:02d}"

    def fr_vat(self):
        siren = self.siren()
        return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"

    def ean13(self):
        body = self.pick(["3", "5", "8"]) + self.digits(11)
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def plate(self):
        L = string.ascii_uppercase
        if self.country == "FR":
            a, b = "".join(self.pick(L) for _ in range(2)), "".join(self.pick(L) for _ in range(2))
            return f"{a}-{self.r.randint(100, 999)}-{b}"
        if self.country == "BE":
            return (
                f"{self.r.randint(1, 2)}-{''.join(self.pick(L) for _ in range(3))}-{self.r.randint(100, 999)}"
            )
        return f"{self.r.randint(1000, 9999)} {''.join(self.pick('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"

    def alnum(self, n):
        return "".join(self.pick(string.ascii_letters + string.digits) for _ in range(n))

    def gclid(self):
        return self.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + self.alnum(self.r.randint(70, 84))

    def fbclid(self):
        return "IwAR" + self.alnum(self.r.randint(55, 60))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def order_code(self):
        return f"{self.country}-{self.digits(3)}-{self.r.randint(1000, 9999)}"

    def day(self):
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


def naf(f) -> str:
    """A Spanish social security number: province, eight digits, mod-97 control."""
    province, number = f.r.randint(1, 52), f.r.randint(0, 99_999_999)
    control = int(f"{province:02d}{number:08d}") % 97
    return f.pick([f"{province:02d}/{number:08d}/{control:02d}", f"{province:02d}{number:08d}{control:02d}"])


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


# -- free texts -------------------------------------------------------------------------------------


def order_note(f):
    return f.pick(
        [
            "Sans oignons svp",
            "Sauce à part merci",
            "Sin cebolla, por favor",
            "Extra piquant",
            "Pas de couverts, merci",
            "Bien cuit",
            "Con mucho hielo",
            "Geen mayonaise aub",
            "",
            "Cuisson à point",
        ]
    )


def instructions(f):
    return f.pick(
        [
            "Laisser devant la porte",
            "Ne pas sonner, le bébé dort",
            "Dejar en conserjería",
            "Tercera planta sin ascensor",
            "Sonnez deux fois",
            "Bel 2x aub.",
            "Porte au fond de la cour à droite",
            "Llamar al timbre de abajo",
            "",
            "Attention au chien",
        ]
    )


def rating_comment(f):
    return f.pick(
        [
            "Très bon, merci !",
            "Frites froides",
            "Rápido y caliente, perfecto",
            "Il manquait la boisson",
            "Livreur très sympa",
            "Lekker!",
            "Tardó más de una hora",
            "",
            "Portions généreuses",
            "Bof",
        ]
    )


def complaint_text(f):
    p = f.any_phone()
    return f.pick(
        [
            f"Commande arrivée froide et incomplète. Rappelez-moi au {p} svp",
            f"Il manque un menu. Mon numéro : {p}",
            f"El pedido nunca llegó. Pueden llamarme al {p}",
            f"Falta la bebida, contactad conmigo en el {p}",
            f"Wrong order delivered, please call me on {p}",
            f"Bestelling niet ontvangen, bel me op {p}",
            f"{p} - le livreur n'a pas trouvé l'adresse, merci de me rappeler",
        ]
    )


def chat_text(f):
    e = f.email()
    return f.pick(
        [
            f"Bonjour, pouvez-vous envoyer la facture à {e} ?",
            f"Hola, mi cuenta es {e} y no puedo pagar",
            f"Hi, I changed my email to {e}, can you update it?",
            f"Merci de rembourser sur le compte {e}",
            f"{e} - je n'ai pas reçu le code promo",
            f"Podéis escribirme a {e}, gracias",
        ]
    )


def gift_message(f):
    n = f.first()
    return f.pick(
        [
            f"Joyeux anniversaire {n} ! Bon appétit",
            f"¡Feliz cumpleaños, {n}! Disfruta",
            f"Pour toi {n}, merci pour tout",
            f"Gelukkige verjaardag {n}!",
            f"{n}, this one's on me. Enjoy!",
            f"Bon courage pour le déménagement {n} !",
        ]
    )


def staff_note(f):
    n = f.full_name()
    return f.pick(
        [
            f"{n} a appelé, livrer sans sonner",
            f"Client habituel : {n}, toujours extra sauce",
            f"{n} ha llamado para cambiar la bebida",
            f"Remboursement fait à {n} (plat manquant)",
            f"Klant {n} belt terug voor allergie",
        ]
    )


def incident_text(f):
    return f.pick(
        [
            "Chute à vélo sur chaussée mouillée",
            "Vol du sac isotherme devant le restaurant",
            "Pinchazo, no puedo terminar el turno",
            "Accrochage avec une voiture, rien de grave",
            "Agresión verbal en la recogida",
            "Batterie du scooter vide",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f, path="/", title="Mordisco", campaign=False):
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.70.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", "https://t.co/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "", "?lang=fr", "?utm_source=newsletter&utm_medium=email", "?ref=app_banner"]
                )
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: f"https://{f.host()}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
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
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if campaign:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["rentree_2024", "verano24", "plus_trial", "black_friday"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(["livraison sushi", "comida a domicilio", "pizza livraison", "frituur"])
            ),
            "content": G(lambda f: f.pick(["banner_a", "carousel_3", "textlink"])),
        }
    return ctx


def swift_context(f):
    return {
        "app": {
            "name": G(lambda f: "Mordisco"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: "com.mordisco.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.tz()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
        },
    }


def kotlin_context(f):
    return {
        "app": {
            "name": G(lambda f: "Mordisco"),
            "version": G(lambda f: f.pick(["8.14.1", "8.15.0", "8.16.0"])),
            "build": G(lambda f: f.pick(["814010", "815000", "816000"])),
            "namespace": G(lambda f: "com.mordisco.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A546B", "2201117TY", "Pixel 7", "CPH2305"])),
            "name": G(lambda f: f.pick(["a54x", "spes", "panther", "OP5759L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2", "1.17.0"])),
        },
        "locale": G(lambda f: f.locale()),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.2])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Orange F", "SFR", "Proximus", "Movistar", "Vodafone ES", "BASE"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
        },
        "timezone": G(lambda f: f.tz()),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; 2201117TY Build/TKQ1.221114.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP1A.240405.002)",
                ]
            )
        ),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def rider_context(f):
    """The courier app (React Native), with the live position the app attaches to every event."""
    return {
        "app": {
            "name": G(lambda f: "Mordisco Rider"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.3", "4.3.0"])),
            "build": G(lambda f: f.pick(["420", "423", "430"])),
            "namespace": G(lambda f: "com.mordisco.rider"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A155F", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.18.0", "2.20.1"])),
        },
        "locale": G(lambda f: f.locale()),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 9), 1)),
        },
        "network": {"wifi": G(lambda f: f.pick([True, False])), "cellular": G(lambda f: True)},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def tablet_context(f):
    """Restaurant partners' tablets (Flutter)."""
    return {
        "app": {
            "name": G(lambda f: "Mordisco Partner"),
            "version": G(lambda f: f.pick(["3.1.0", "3.1.4", "3.2.0"])),
            "build": G(lambda f: f.pick(["310", "314", "320"])),
            "namespace": G(lambda f: "com.mordisco.partner"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo", "Sunmi"])),
            "model": G(lambda f: f.pick(["SM-X200", "TB-X606F", "T2s"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3", "1.0.2"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "12", "13"]))},
        "screen": {"width": G(lambda f: f.pick([1340, 1200])), "height": G(lambda f: f.pick([800, 1920]))},
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.5.1", "1.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_context(lib):
    def ctx(f):
        name, versions = SERVER_LIBS[lib]
        out: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}
        }
        if lib == "node":
            # the order service forwards the customer's request ip and user agent
            out["ip"] = Y(lambda f: f.ipv4(), "ip")
            out["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if lib == "ruby":
            # the support tooling identifies the requester by the e-mail Zendesk knows them by
            out["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "zendesk_email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "php":
            out["ip"] = Y(lambda f: f.ipv4(), "ip")
            out["locale"] = G(lambda f: f.locale())
        return out

    return ctx


CONTEXTS = {
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rider": rider_context,
    "tablet": tablet_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}

# -- shared templates -------------------------------------------------------------------------------


def dish_line():
    return {
        "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
        "sku": G(lambda f: f"MN-{f.r.randint(1000, 9999)}-{f.pick(['S', 'M', 'L', 'U'])}"),
        "name": G(lambda f: f.pick(DISHES)[0]),
        "category": G(lambda f: f.pick(DISHES)[1]),
        "price": G(lambda f: f.money(2, 28)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
    }


def grocery_line():
    return {
        "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
        "sku": G(lambda f: f"DS-{f.r.randint(10000, 99999)}"),
        "ean": G(lambda f: f.ean13()),
        "name": G(lambda f: f.pick(GROCERIES)[0]),
        "category": G(lambda f: f.pick(GROCERIES)[1]),
        "price": G(lambda f: f.money(1, 15)),
        "quantity": G(lambda f: f.r.randint(1, 6)),
    }


def restaurant_ref():
    return {
        "id": G(lambda f: f.r.randint(10000, 99999)),
        "name": G(lambda f: f.pick(RESTAURANTS)),
        "city": G(lambda f: f.city()),
        "cuisine": G(lambda f: f.pick(CUISINES)),
    }


def delivery_address():
    return {
        "recipient_name": Y(lambda f: f.full_name(), "name"),
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Y(lambda f: f.complement(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "country": G(lambda f: f.country),
        "lat": Y(lambda f: f.lat(), "geolocation"),
        "lng": Y(lambda f: f.lon(), "geolocation"),
    }


# -- events: (kind, event or screen/page name, client, body, weight) --------------------------------

EVENTS: list[tuple[str, str | None, str, dict, int]] = [
    # -- customers: identity ----------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "birthday": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.country),
            },
            "createdAt": G(lambda f: f.iso()),
            "language": G(lambda f: f.pick(["fr", "es", "nl", "en", "ca"])),
            "plusMember": G(lambda f: f.pick([True, False])),
            "ordersCount": G(lambda f: f.r.randint(0, 240)),
            "favouriteCuisine": G(lambda f: f.pick(CUISINES)),
            "emailOptIn": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "avatar": Y(lambda f: f"https://cdn.mordisco-eats.com/avatars/{f.hexid(20)}.jpg", "photo"),
            "referralCode": G(lambda f: f"{f.first()[:3].upper()}{f.r.randint(10, 99)}{f.alnum(3).upper()}"),
        },
        2,
    ),
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "language": G(lambda f: f.pick(["fr", "es", "nl", "en", "ca"])),
            "plusMember": G(lambda f: f.pick([True, False])),
            "ordersCount": G(lambda f: f.r.randint(0, 240)),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(18, 75)),
            "addressCount": G(lambda f: f.r.randint(0, 6)),
        },
        1,
    ),
    (
        "alias",
        None,
        "swift",
        {},
        1,
    ),
    (
        "identify",
        None,
        "node",
        {
            # warehouse reverse-ETL sync: SCREAMING_SNAKE columns as traits
            "CUSTOMER_ID": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_E164": Y(lambda f: f.e164(), "phone"),
            "POSTCODE": Y(lambda f: f.zip(), "zipcode"),
            "CITY": Y(lambda f: f.city(), "city"),
            "COUNTRY_CODE": G(lambda f: f.country),
            "LIFETIME_ORDERS": G(lambda f: f.r.randint(1, 400)),
            "LTV_EUR": G(lambda f: f.money(10, 6000)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "PREFERRED_CUISINE": G(lambda f: f.pick(CUISINES)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "RFM_SEGMENT": G(lambda f: f.pick(["champions", "at_risk", "new", "hibernating"])),
            "HASHED_EMAIL": Y(lambda f: sha256(f.email()), "email"),
        },
        1,
    ),
    (
        "track",
        "Phone Verification Submitted",
        "swift",
        {
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "phone_country_code": G(lambda f: {"FR": "+33", "BE": "+32", "ES": "+34"}[f.country]),
            "is_valid": G(lambda f: f.pick([True, False])),
            "phone_change_count": G(lambda f: f.r.randint(0, 4)),
        },
        1,
    ),
    (
        "track",
        "Newsletter Form Submitted",
        "web",
        {
            "email-address": Y(lambda f: f.email(), "email"),
            "first-name": Y(lambda f: f.first(), "name"),
            "opt-in-source": G(lambda f: f.pick(["footer", "exit-popup", "checkout"])),
            "double-opt-in": G(lambda f: f.pick([True, False])),
            "list-id": G(lambda f: f.pick(["a1b2c3", "fr_promo", "es_promo"])),
            "preferred-language": G(lambda f: f.pick(["fr", "es", "nl"])),
        },
        1,
    ),
    # -- customers: addresses -------------------------------------------------------------------------
    (
        "track",
        "Address Added",
        "swift",
        {
            "address_id": G(lambda f: f.uuid()),
            "label": G(lambda f: f.pick(["home", "work", "other"])),
            "formatted_address": Y(lambda f: f.full_address(), "address"),
            "street": Y(lambda f: f.street(), "street|address"),
            "apartment": Y(lambda f: f.complement(), "address|street"),
            "postal_code": Y(lambda f: f.zip(), "zipcode"),
            "city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: f.country),
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "door_code": RED(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(1000, 9999)}",
                        f"{f.r.randint(10, 99)}A{f.r.randint(10, 99)}",
                        f"B{f.r.randint(1000, 9999)}",
                    ]
                ),
                "secret",
            ),
            "delivery_instructions": G(instructions),
            "is_default": G(lambda f: f.pick([True, False])),
            "geocoder_accuracy": G(lambda f: f.pick(["ROOFTOP", "RANGE_INTERPOLATED", "GEOMETRIC_CENTER"])),
            "address_count": G(lambda f: f.r.randint(1, 6)),
        },
        2,
    ),
    (
        "track",
        "Address Autocomplete Queried",
        "web",
        {
            "q": Y(lambda f: f.street()[: f.r.randint(9, 40)], "address", True),
            "results_count": G(lambda f: f.r.randint(0, 5)),
            "provider": G(lambda f: f.pick(["google_places", "mapbox", "here"])),
            "sessiontoken": G(lambda f: f.uuid()),
        },
        1,
    ),
    # -- customers: browsing and cart ----------------------------------------------------------------
    (
        "page",
        "Restaurant",
        "web",
        {
            "path": G(
                lambda f: f"/restaurants/{f.pick(['paris', 'madrid', 'bruxelles', 'lyon'])}/{f.hexid(6)}"
            ),
            "url": G(lambda f: f"https://{f.host()}/restaurants/{f.hexid(6)}"),
            "title": G(lambda f: f.pick(RESTAURANTS) + " - livraison | Mordisco"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.mordisco.fr/"])),
            "search": G(lambda f: f.pick(["", "?from=home", "?promo=1"])),
            "restaurant_slug": G(lambda f: f.pick(RESTAURANTS).lower().replace(" ", "-")),
        },
        2,
    ),
    (
        "page",
        "Landing",
        "web_campaign",
        {
            "path": G(lambda f: "/"),
            "url": G(lambda f: f"https://{f.host()}/"),
            "title": G(lambda f: "Mordisco - livraison de repas"),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "landing_variant": G(lambda f: f.pick(["A", "B", "C"])),
        },
        1,
    ),
    (
        "track",
        "Products Searched",
        "kotlin",
        {
            "query": G(
                lambda f: f.pick(
                    ["sushi", "pizza 4 fromages", "burger", "pho", "tapas", "kebab", "poke", "croquetas"]
                )
            ),
            "filters": Many(
                G(lambda f: f.pick(["free_delivery", "rating_4_plus", "vegan", "under_30min", "promo"])), 2
            ),
            "sort": G(lambda f: f.pick(["relevance", "eta", "rating", "distance"])),
            "results_count": G(lambda f: f.r.randint(0, 120)),
            "vertical": G(lambda f: f.pick(["restaurants", "groceries"])),
        },
        2,
    ),
    (
        "track",
        "Store Viewed",
        "kotlin",
        {
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "restaurant_name": G(lambda f: f.pick(RESTAURANTS)),
            "restaurant_address": G(lambda f: f.street()),
            "restaurant_phone": G(
                lambda f: (
                    f.pick(["+33 1 43 57 ", "+34 91 521 ", "+32 2 512 "])
                    + f"{f.r.randint(10, 99)} {f.r.randint(10, 99)}"
                )
            ),
            "cuisine": G(lambda f: f.pick(CUISINES)),
            "rating": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
            "eta_minutes": G(lambda f: f.r.randint(12, 60)),
            "distance_km": G(lambda f: round(f.r.uniform(0.3, 7), 1)),
            "delivery_fee": G(lambda f: f.pick([0, 0.99, 1.99, 2.49, 3.9])),
        },
        2,
    ),
    (
        "track",
        "Product Added",
        "swift",
        {
            **dish_line(),
            "cart_id": G(lambda f: f.uuid()),
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "options": Many(
                {
                    "group": G(lambda f: f.pick(["Taille", "Sauce", "Boisson", "Cuisson", "Extras"])),
                    "choice": G(
                        lambda f: f.pick(["Large", "Samouraï", "Coca zéro", "À point", "Bacon", "Alioli"])
                    ),
                },
                3,
            ),
            "special_request": G(order_note),
            "currency": G(lambda f: "EUR"),
        },
        2,
    ),
    (
        "track",
        "Product Added",
        "kotlin",
        {
            **grocery_line(),
            "cart_id": G(lambda f: f.uuid()),
            "dark_store": {
                "id": G(lambda f: f"DS-{f.country}-{f.r.randint(1, 40):02d}"),
                "name": G(lambda f: f"Mordisco Market {f.city()} {f.pick(['Centre', 'Nord', 'Sud', 'Est'])}"),
                "city": G(lambda f: f.city()),
                "lat": G(lambda f: f.lat()),
                "lng": G(lambda f: f.lon()),
            },
            "age_restricted": G(lambda f: f.pick([True, False])),
            "currency": G(lambda f: "EUR"),
        },
        1,
    ),
    (
        "track",
        "Substitution Accepted",
        "kotlin",
        {
            "order_id": G(lambda f: f.uuid()),
            "original_sku": G(lambda f: f"DS-{f.r.randint(10000, 99999)}"),
            "substitute_sku": G(lambda f: f"DS-{f.r.randint(10000, 99999)}"),
            "substitute_name": G(lambda f: f.pick(GROCERIES)[0]),
            "picker_id": G(lambda f: f"pk_{f.r.randint(100, 999)}"),
            "picker_name": Y(lambda f: f.short_name(), "name"),
            "price_difference": G(lambda f: f.money(-2, 2)),
        },
        1,
    ),
    # -- customers: checkout and payment -----------------------------------------------------------
    (
        "track",
        "Checkout Started",
        "web_checkout",
        {
            "order_id": G(lambda f: f.uuid()),
            "value": G(lambda f: f.money(9, 90)),
            "revenue": G(lambda f: f.money(9, 90)),
            "delivery_fee": G(lambda f: f.pick([0, 0.99, 1.99, 2.49, 3.9])),
            "tip": G(lambda f: f.pick([0, 1, 2, 3, 5])),
            "discount": G(lambda f: f.pick([0, 0, 5, 10])),
            "coupon": G(lambda f: f.pick(["", "BIENVENUE10", "HOLA5", "PLUS", "WELKOM5"])),
            "currency": G(lambda f: "EUR"),
            "delivery_mode": G(lambda f: f.pick(["delivery", "pickup", "scheduled"])),
            "products": Many(dish_line(), 4),
        },
        2,
    ),
    (
        "track",
        "Checkout Field Completed",
        "web_checkout",
        {
            # form auto-tracking: the field's name and what was typed
            "field": {
                "name": G(lambda f: f.pick(["telephone", "phone", "mobile"])),
                "type": G(lambda f: "tel"),
                "value": Y(lambda f: f.any_phone(), "phone", True),
            },
            "step": G(lambda f: f.pick([1, 2])),
            "duration_ms": G(lambda f: f.r.randint(400, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        "web_checkout",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(
                lambda f: f.pick(
                    ["card", "apple_pay", "google_pay", "paypal", "bizum", "bancontact", "ticket_restaurant"]
                )
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "cb", "bancontact"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["497010", "513289", "535110", "455673", "670300"])),
            "payment_method_token": RED(lambda f: "pm_1P" + f.alnum(22), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
            "three_ds_required": G(lambda f: f.pick([True, False])),
            "saved_cards_count": G(lambda f: f.r.randint(0, 4)),
        },
        1,
    ),
    (
        "track",
        "Checkout Payment Submitted",
        "php",
        {
            # the legacy Belgian/French PHP shop, French keys, card fields posted raw
            "numero_commande": G(lambda f: f.order_code()),
            "montant_total": G(lambda f: f.money(9, 90)),
            "mode_paiement": G(lambda f: f.pick(["carte", "bancontact", "ticket_restaurant"])),
            "numero_carte": RED(lambda f: f.card(), "credit card"),
            "titulaire_carte": Y(lambda f: f.full_name(), "name"),
            "date_expiration": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "carte_masquee": G(
                lambda f: f"{f.pick(['497010', '513289', '535110'])}******{f.r.randint(0, 9999):04d}"
            ),
            "cvc_renseigne": G(lambda f: True),
        },
        1,
    ),
    (
        "track",
        "Commande Validée",
        "php",
        {
            "numero_commande": G(lambda f: f.order_code()),
            "nom": Y(lambda f: f.last(), "name"),
            "prénom": Y(lambda f: f.first(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "téléphone": Y(lambda f: f.phone(), "phone"),
            "adresse_livraison": Y(lambda f: f.street(), "address|street"),
            "complement_adresse": Y(lambda f: f.complement(), "address|street"),
            "code_postal": Y(lambda f: f.zip(), "zipcode"),
            "ville": Y(lambda f: f.city(), "city"),
            "digicode": RED(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(1000, 9999)}",
                        f"{f.r.randint(10, 99)}B{f.r.randint(10, 99)}",
                        f"A{f.r.randint(100, 999)}",
                    ]
                ),
                "secret",
            ),
            "interphone": Y(
                lambda f: f.pick([f.last().upper(), f"{f.last()} / {f.last()}", f"M. et Mme {f.last()}"]),
                "name",
            ),
            "instructions_livreur": G(instructions),
            "montant_total": G(lambda f: f.money(9, 90)),
            "frais_livraison": G(lambda f: f.pick([0, 1.99, 2.49])),
            "créneau_livraison": G(
                lambda f: f"{f.day()} {f.r.randint(11, 22)}:{f.pick(['00', '15', '30', '45'])}"
            ),
            "nombre_articles": G(lambda f: f.r.randint(1, 8)),
            "restaurant": G(lambda f: f.pick(RESTAURANTS)),
            "pays": G(lambda f: f.country),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: f.uuid()),
            "order_number": G(lambda f: f.order_code()),
            "total": G(lambda f: f.money(9, 120)),
            "subtotal": G(lambda f: f.money(8, 110)),
            "delivery_fee": G(lambda f: f.pick([0, 0.99, 1.99, 2.49, 3.9])),
            "tip": G(lambda f: f.pick([0, 1, 2, 3, 5])),
            "currency": G(lambda f: "EUR"),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal", "bizum", "bancontact"])),
            "restaurant": restaurant_ref(),
            "delivery_address": delivery_address(),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
            },
            "customer_email": Y(lambda f: f.email(), "email"),
            "customer_phone": Y(lambda f: f.any_phone(), "phone"),
            "products": Many(dish_line(), 4),
            "is_group_order": G(lambda f: f.pick([True, False])),
            "first_order": G(lambda f: f.pick([True, False])),
            "loyalty_number": G(lambda f: f"MP{f.digits(9)}"),
            "order_note": G(order_note),
        },
        2,
    ),
    (
        "track",
        "Order Placed For Someone Else",
        "web_checkout",
        {
            "order_id": G(lambda f: f.uuid()),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_phone": Y(lambda f: f.any_phone(), "phone"),
            "relationship": G(lambda f: f.pick(["family", "friend", "colleague", "other"])),
            "notify_recipient_by_sms": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Payment Failed",
        "python",
        {
            # Stripe charge.failed, forwarded by the payments service
            "charge_id": G(lambda f: "ch_3P" + f.alnum(22)),
            "customer": G(lambda f: "cus_" + f.alnum(14)),
            "amount": G(lambda f: f.r.randint(900, 12000)),
            "currency": G(lambda f: "eur"),
            "failure_code": G(lambda f: f.pick(["card_declined", "expired_card", "insufficient_funds"])),
            "decline_code": G(lambda f: f.pick(["generic_decline", "do_not_honor", "insufficient_funds"])),
            "billing_details": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "address": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "postal_code": Y(lambda f: f.zip(), "zipcode"),
                    "country": G(lambda f: f.country),
                },
            },
            "payment_method_details": {
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                }
            },
        },
        1,
    ),
    (
        "track",
        "Payment Notification Received",
        "java",
        {
            # Adyen standard notification, forwarded from the payments gateway
            "eventCode": G(lambda f: f.pick(["AUTHORISATION", "CAPTURE", "REFUND"])),
            "pspReference": G(lambda f: f.digits(16)),
            "merchantReference": G(lambda f: f.order_code()),
            "amount": {"value": G(lambda f: f.r.randint(900, 12000)), "currency": G(lambda f: "EUR")},
            "paymentMethod": G(lambda f: f.pick(["visa", "mc", "bcmc", "amex"])),
            "success": G(lambda f: f.pick(["true", "false"])),
            "additionalData": {
                "cardSummary": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "cardBin": G(lambda f: f.pick(["497010", "513289", "535110", "455673"])),
                "expiryDate": G(lambda f: f"{f.r.randint(1, 12)}/{f.r.randint(2025, 2031)}"),
                "cardHolderName": Y(lambda f: f.full_name(), "name"),
                "shopperEmail": Y(lambda f: f.email(), "email"),
                "shopperIP": Y(lambda f: f.ipv4(), "ip"),
                "shopperReference": G(lambda f: f"cust_{f.r.randint(1_000_000, 9_999_999)}"),
                "authCode": G(lambda f: f"{f.r.randint(0, 999999):06d}"),
                "recurring.recurringDetailReference": RED(lambda f: f.alnum(16).upper(), "token"),
            },
        },
        1,
    ),
    # -- customers: after the order ----------------------------------------------------------------
    (
        "screen",
        "Order Tracking",
        "swift",
        {
            "order_id": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["preparing", "picked_up", "arriving", "delivered"])),
            "eta_minutes": G(lambda f: f.r.randint(1, 45)),
            "courier_first_name": Y(lambda f: f.first(), "name"),
            "courier_vehicle": G(lambda f: f.pick(["bike", "ebike", "scooter", "car"])),
            "courier_location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
        },
        2,
    ),
    (
        "track",
        "Courier Tipped",
        "swift",
        {
            "order_id": G(lambda f: f.uuid()),
            "tip_amount": G(lambda f: f.pick([1, 2, 3, 5])),
            "tip_percent": G(lambda f: f.pick([5, 10, 15, 0])),
            "courier_id": G(lambda f: f"rider_{f.r.randint(10000, 99999)}"),
            "courier_first_name": Y(lambda f: f.first(), "name"),
            "currency": G(lambda f: "EUR"),
        },
        1,
    ),
    (
        "track",
        "Order Rated",
        "kotlin",
        {
            "order_id": G(lambda f: f.uuid()),
            "food_rating": G(lambda f: f.r.randint(1, 5)),
            "delivery_rating": G(lambda f: f.r.randint(1, 5)),
            "courier_rating": G(lambda f: f.pick(["thumbs_up", "thumbs_down"])),
            "tags": Many(
                G(lambda f: f.pick(["cold_food", "late", "missing_item", "friendly_courier", "well_packed"])),
                3,
            ),
            "comment": G(rating_comment),
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
        },
        2,
    ),
    (
        "track",
        "Complaint Submitted",
        "web",
        {
            "complaint_id": G(lambda f: f"CMP-{f.digits(7)}"),
            "order_id": G(lambda f: f.uuid()),
            "reason": G(
                lambda f: f.pick(["missing_item", "cold_food", "late", "never_arrived", "wrong_order"])
            ),
            "description": Y(complaint_text, "phone", True),
            "refund_requested": G(lambda f: f.pick([True, False])),
            "photos_attached": G(lambda f: f.r.randint(0, 3)),
            "refund_amount": G(lambda f: f.money(0, 40)),
        },
        1,
    ),
    (
        "track",
        "Support Chat Message Sent",
        "swift",
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "text": Y(chat_text, "email", True),
            "author_type": G(lambda f: "user"),
            "language_detected": G(lambda f: f.pick(["fr", "es", "en"])),
            "message_length": G(lambda f: f.r.randint(20, 120)),
        },
        1,
    ),
    (
        "track",
        "Ticket Created",
        "ruby",
        {
            # Zendesk-shaped ticket from the support tooling
            "ticket": {
                "id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
                "subject": G(
                    lambda f: f.pick(
                        ["Commande manquante", "Pedido incompleto", "Remboursement", "Problème de paiement"]
                    )
                ),
                "description": Y(chat_text, "email", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "via": G(lambda f: f.pick(["web", "mobile", "chat"])),
                "tags": Many(G(lambda f: f.pick(["refund", "courier", "allergy", "vip", "fr", "es"])), 3),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "locale": G(lambda f: f.locale()),
                },
                "assignee_name": Y(lambda f: f.full_name(), "name"),
                "group": G(lambda f: f.pick(["Tier 1 FR", "Tier 1 ES", "Escalations"])),
            },
            "sla_breached": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    # -- customers: preferences, family, accessibility ---------------------------------------------
    (
        "track",
        "Dietary Preferences Updated",
        "swift",
        {
            "allergies": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 3),
            "allergy_severity": Y(
                lambda f: f.pick(["mild", "moderate", "severe", "anaphylactic"]), "allergy"
            ),
            "diet": G(lambda f: f.pick(["none", "vegetarian", "vegan", "pescatarian", "flexitarian"])),
            "halal_only": Y(lambda f: f.pick([True, False]), "religion"),
            "kosher_only": Y(lambda f: f.pick([True, False]), "religion"),
            "notify_restaurant": G(lambda f: f.pick([True, False])),
            "preferences_count": G(lambda f: f.r.randint(0, 6)),
        },
        1,
    ),
    (
        "track",
        "Allergy Note Added",
        "web_checkout",
        {
            "order_id": G(lambda f: f.uuid()),
            "allergy_note": Y(
                lambda f: f.pick(
                    [
                        "Allergie sévère aux arachides, merci de faire attention",
                        "Alergia al marisco",
                        "Intolérance au lactose",
                        "Alérgico a los frutos secos, por favor sin trazas",
                        "Coeliaque : aucun gluten svp",
                        "Allergisch voor sesam",
                    ]
                ),
                "allergy|condition",
            ),
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "acknowledged_by_restaurant": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Accessibility Needs Saved",
        "swift",
        {
            "accessibility_needs": Many(
                RED(
                    lambda f: f.pick(
                        ["wheelchair_user", "visually_impaired", "hard_of_hearing", "limited_mobility"]
                    ),
                    "disability",
                ),
                2,
            ),
            "hand_to_door": G(lambda f: f.pick([True, False])),
            "extra_time_minutes": G(lambda f: f.pick([0, 2, 5])),
        },
        1,
    ),
    (
        "track",
        "Family Member Added",
        "kotlin",
        {
            "profile_id": G(lambda f: f.uuid()),
            "first_name": Y(lambda f: f.first(), "name"),
            "relationship": G(lambda f: f.pick(["child", "partner", "parent"])),
            "birth_year": Y(lambda f: f.r.randint(2008, 2022), "birthdate"),
            "allergies": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 2),
            "kids_menu_default": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Pet Profile Created",
        "kotlin",
        {
            "pet": {
                "name": G(lambda f: f.pick(["Rex", "Luna", "Simba", "Nala", "Toby", "Canela", "Milo"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "breed": G(lambda f: f.pick(["Labrador", "Européen", "Beagle", "Maine Coon", "Podenco"])),
                "birthday": G(lambda f: f.date(2012, 2023)),
                "weight_kg": G(lambda f: round(f.r.uniform(2, 35), 1)),
            },
            "food_brand": G(lambda f: f.pick(["Royal Canin", "Purina", "Ultima"])),
            "autoship": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    # -- customers: group orders, gift cards, referrals, subscriptions ------------------------------
    (
        "track",
        "Group Order Created",
        "web",
        {
            "group_order_id": G(lambda f: f.uuid()),
            "host_name": Y(lambda f: f.full_name(), "name"),
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "max_participants": G(lambda f: f.pick([5, 10, 20])),
            "deadline": G(lambda f: f.iso()),
            "split_payment": G(lambda f: f.pick([True, False])),
            "invite_url": G(lambda f: f"https://{f.host()}/g/{f.alnum(8)}"),
            "participants": Many(
                {
                    "participant_id": G(lambda f: f.uuid()),
                    "display_name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.any_phone(), "phone"),
                    "items_count": G(lambda f: f.r.randint(0, 4)),
                    "amount": G(lambda f: f.money(5, 30)),
                    "paid": G(lambda f: f.pick([True, False])),
                },
                5,
            ),
        },
        1,
    ),
    (
        "track",
        "Group Order Joined",
        "kotlin",
        {
            "group_order_id": G(lambda f: f.uuid()),
            "host_first_name": Y(lambda f: f.first(), "name"),
            "participant_count": G(lambda f: f.r.randint(2, 12)),
            "join_source": G(lambda f: f.pick(["link", "qr", "slack"])),
        },
        1,
    ),
    (
        "track",
        "GiftCardPurchased",
        "dotnet",
        {
            "GiftCardId": G(lambda f: f"GC-{f.hexid(10).upper()}"),
            "Amount": G(lambda f: f.pick([15, 25, 50, 100])),
            "Currency": G(lambda f: "EUR"),
            "Design": G(lambda f: f.pick(["birthday_2024", "thank_you", "xmas", "generic"])),
            "SenderName": Y(lambda f: f.full_name(), "name"),
            "RecipientName": Y(lambda f: f.full_name(), "name"),
            "RecipientEmail": Y(lambda f: f.email(), "email"),
            "Message": Y(gift_message, "name", True),
            "DeliveryDate": G(lambda f: f.day()),
            "RedemptionCode": RED(lambda f: "-".join(f.alnum(4).upper() for _ in range(4)), "token|secret"),
            "IsCorporate": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Gift Card Redeemed",
        "swift",
        {
            "gift_card_id": G(lambda f: f"GC-{f.hexid(10).upper()}"),
            "amount": G(lambda f: f.pick([15, 25, 50, 100])),
            "balance_remaining": G(lambda f: f.money(0, 100)),
            "code_last4": G(lambda f: f.alnum(4).upper()),
            "currency": G(lambda f: "EUR"),
        },
        1,
    ),
    (
        "track",
        "InvoiceIssued",
        "dotnet",
        {
            "InvoiceNumber": G(lambda f: f"INV-2024-{f.digits(6)}"),
            "AccountId": G(lambda f: f.r.randint(1000, 9999)),
            "CompanyName": G(
                lambda f: f.pick(["Globant SL", "Decathlon SE", "Colruyt Group", "Doctolib SAS", "Glovo Ops"])
            ),
            "CompanyVatNumber": G(lambda f: f.pick([f.fr_vat(), f.be_enterprise(), "ES" + f.cif()])),
            "BillingEmail": G(
                lambda f: (
                    f.pick(["factures@", "ap@", "facturacion@", "accounts.payable@"])
                    + f.pick(["globant.example", "colruyt.example", "doctolib.example"])
                )
            ),
            "BillingAddress": {
                "Street": G(lambda f: f.street()),
                "City": G(lambda f: f.city()),
                "PostalCode": G(lambda f: f.zip()),
            },
            "AdminEmail": Y(lambda f: f.email(), "email"),
            "AdminName": Y(lambda f: f.full_name(), "name"),
            "TotalExclVat": G(lambda f: f.money(200, 20000)),
        },
        1,
    ),
    (
        "group",
        None,
        "node",
        {
            "name": G(
                lambda f: f.pick(["Globant SL", "Decathlon SE", "Colruyt Group", "Doctolib SAS", "BlaBlaCar"])
            ),
            "employees": G(lambda f: f.r.randint(10, 5000)),
            "plan": G(lambda f: f.pick(["business_basic", "business_plus", "enterprise"])),
            "office_address": {
                "street": G(lambda f: f.street()),
                "city": G(lambda f: f.city()),
                "postal_code": G(lambda f: f.zip()),
                "country": G(lambda f: f.country),
            },
            "office_phone": G(
                lambda f: (
                    f.pick(["+33 1 84 ", "+34 93 220 ", "+32 2 808 "])
                    + f"{f.r.randint(10, 99)} {f.r.randint(10, 99)}"
                )
            ),
            "admin_email": Y(lambda f: f.email(), "email"),
            "vat_number": G(lambda f: f.pick([f.fr_vat(), f.be_enterprise(), "ES" + f.cif()])),
        },
        1,
    ),
    (
        "track",
        "Employee Meal Allowance Assigned",
        "node",
        {
            "company_account_id": G(lambda f: f.r.randint(1000, 9999)),
            "employee_email": Y(lambda f: f.email(), "email"),
            "employee_name": Y(lambda f: f.full_name(), "name"),
            "job_title": G(
                lambda f: f.pick(
                    ["Software Engineer", "Account Manager", "Nurse", "Product Designer", "Jefa de Ventas"]
                )
            ),
            "employer": G(lambda f: f.pick(["Globant SL", "Decathlon SE", "Colruyt Group", "Doctolib SAS"])),
            "daily_allowance": G(lambda f: f.pick([9.5, 11, 12.5])),
            "cost_center": G(lambda f: f"CC-{f.r.randint(100, 999)}"),
        },
        1,
    ),
    (
        "track",
        "Referral Shared",
        "swift",
        {
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "contacts"])),
            "referral_code": G(lambda f: f"{f.alnum(6).upper()}"),
            "contact": {
                "label": Y(lambda f: f.full_name(), "name", True),
                "value": Y(lambda f: f.any_phone(), "phone", True),
                "kind": G(lambda f: f.pick(["mobile", "iPhone", "home"])),
            },
            "reward_amount": G(lambda f: f.pick([5, 10])),
        },
        1,
    ),
    (
        "track",
        "Promo Code Entered",
        "kotlin",
        {
            "input": G(
                lambda f: f.pick(["BIENVENUE10", "HOLA5", "WELKOM5", "PLUS30", "bienvenue10", "FREEDEL"])
            ),
            "valid": G(lambda f: f.pick([True, False])),
            "discount": G(lambda f: f.pick([0, 3, 5, 10])),
        },
        1,
    ),
    (
        "track",
        "Subscription Started",
        "web",
        {
            "plan": G(lambda f: f.pick(["plus_monthly", "plus_annual", "plus_student"])),
            "price": G(lambda f: f.pick([4.99, 49.99, 2.99])),
            "student_verified": G(lambda f: f.pick([True, False])),
            "currency": G(lambda f: "EUR"),
        },
        1,
    ),
    (
        "track",
        "Install Attributed",
        "python_attrib",
        {
            # AppsFlyer push API payload, replayed server-side
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "platform": G(lambda f: "ios"),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "Organic"])
            ),
            "campaign": G(lambda f: f.pick(["FR_iOS_Install_Q2", "ES_iOS_Retarget", "BE_Launch"])),
            "install_time": G(lambda f: f"{f.day()} {f.iso()[11:23]}"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "country_code": G(lambda f: f.country),
        },
        1,
    ),
    (
        "track",
        "Conversion Sent",
        "python",
        {
            # the server-side Meta conversions relay, hashed per Meta's spec
            "event_name": G(lambda f: "Purchase"),
            "event_id": G(lambda f: f.uuid()),
            "hashed_email": Y(lambda f: sha256(f.email()), "email"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "value": G(lambda f: f.money(9, 120)),
            "currency": G(lambda f: "EUR"),
            "action_source": G(lambda f: "app"),
            "payload_sha1": G(lambda f: f.hexid(40)),
        },
        1,
    ),
    # -- couriers ------------------------------------------------------------------------------------
    (
        "identify",
        None,
        "rider",
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone_number": Y(lambda f: f.any_phone(), "phone"),
            "date_of_birth": Y(lambda f: f.date(1970, 2005), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["FR", "ES", "BE", "MA", "BR", "RO", "IN", "PK", "SN", "DZ"]), "citizenship"
            ),
            "home_address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
            },
            "vehicle_type": G(lambda f: f.pick(["bike", "ebike", "scooter", "car"])),
            "zone": G(lambda f: f"{f.city()} {f.pick(['Nord', 'Sud', 'Centre', 'Est', 'Ouest'])}"),
            "status": G(lambda f: f.pick(["active", "onboarding", "suspended"])),
            "deliveries_count": G(lambda f: f.r.randint(0, 6000)),
            "contract_type": G(lambda f: f.pick(["auto_entrepreneur", "autonomo", "student", "independant"])),
            "profile_photo": Y(lambda f: f"https://cdn.mordisco-eats.com/riders/{f.hexid(24)}.jpg", "photo"),
        },
        1,
    ),
    (
        "track",
        "Location Updated",
        "rider",
        {
            "shift_id": G(lambda f: f.uuid()),
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 40)),
            "heading": G(lambda f: f.r.randint(0, 359)),
            "speed_kmh": G(lambda f: round(f.r.uniform(0, 30), 1)),
            "on_delivery": G(lambda f: f.pick([True, False])),
            "recorded_at": G(lambda f: f.epoch_ms()),
        },
        4,
    ),
    (
        "track",
        "Shift Started",
        "rider",
        {
            "shift_id": G(lambda f: f.uuid()),
            "zone_id": G(lambda f: f.r.randint(1, 80)),
            "zone_name": G(lambda f: f"{f.city()} {f.pick(['Nord', 'Sud', 'Centre'])}"),
            "vehicle_type": G(lambda f: f.pick(["bike", "ebike", "scooter"])),
            "planned_end": G(lambda f: f.iso()),
            "start_lat": Y(lambda f: f.lat(), "geolocation"),
            "start_lng": Y(lambda f: f.lon(), "geolocation"),
            "thermal_bag_checked": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Rider Logged In",
        "rider",
        {
            "method": G(lambda f: f.pick(["password", "sms_code", "biometric"])),
            "session_token": RED(lambda f: f.jwt(), "token"),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Delivery Offer Accepted",
        "go_rider",
        {
            "offer_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.uuid()),
            "courier_id": G(lambda f: f"rider_{f.r.randint(10000, 99999)}"),
            "pickup": {
                "restaurant_name": G(lambda f: f.pick(RESTAURANTS)),
                "lat": G(lambda f: f.lat()),
                "lng": G(lambda f: f.lon()),
                "address": G(lambda f: f.full_address()),
            },
            "dropoff": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
            },
            "distance_m": G(lambda f: f.r.randint(300, 7000)),
            "courier_fee": Y(lambda f: f.money(2.5, 9), "salary"),
            "acceptance_latency_ms": G(lambda f: f.r.randint(800, 25000)),
        },
        2,
    ),
    (
        "track",
        "Order Picked Up",
        "rider",
        {
            "order_id": G(lambda f: f.uuid()),
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "wait_time_s": G(lambda f: f.r.randint(0, 1500)),
            "items_count": G(lambda f: f.r.randint(1, 9)),
            "customer_first_name": Y(lambda f: f.first(), "name"),
        },
        2,
    ),
    (
        "track",
        "Delivery Completed",
        "rider",
        {
            "order_id": G(lambda f: f.uuid()),
            "dropoff_lat": Y(lambda f: f.lat(), "geolocation"),
            "dropoff_lng": Y(lambda f: f.lon(), "geolocation"),
            "handed_to": G(lambda f: f.pick(["customer", "neighbour", "concierge", "left_at_door"])),
            "received_by": Y(lambda f: f.full_name(), "name"),
            "proof_of_delivery_photo": Y(lambda f: f"https://pod.mordisco-eats.com/{f.uuid()}.jpg", "photo"),
            "contactless": G(lambda f: f.pick([True, False])),
            "delivered_at": G(lambda f: f.iso()),
            "cash_collected": G(lambda f: f.pick([0, 0, 12.5, 23.9])),
            "minutes_late": G(lambda f: f.r.randint(-5, 30)),
        },
        2,
    ),
    (
        "track",
        "Age Verification Completed",
        "rider",
        {
            "order_id": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["id_scan", "visual_check"])),
            "document_type": G(
                lambda f: f.pick(["national_id", "passport", "driving_licence", "residence_permit"])
            ),
            "year_of_birth": Y(lambda f: f.r.randint(1950, 2006), "birthdate"),
            "over_18": G(lambda f: f.pick([True, True, False])),
            "age": G(lambda f: f.r.randint(16, 70)),
            "refused": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Masked Call Completed",
        "go",
        {
            # Twilio status callback of the number-masking proxy
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "ProxyNumber": G(
                lambda f: (
                    f.pick(["+33 1 76 44 ", "+34 910 60 ", "+32 2 588 "])
                    + f"{f.r.randint(10, 99)} {f.r.randint(10, 99)}"
                )
            ),
            "CustomerNumber": Y(lambda f: f.any_phone(), "phone"),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: f.r.randint(0, 240)),
            "Direction": G(lambda f: f.pick(["courier_to_customer", "customer_to_courier"])),
            "order_id": G(lambda f: f.uuid()),
        },
        1,
    ),
    (
        "track",
        "Identity Check Completed",
        "python_rider",
        {
            # Onfido-shaped check result for courier onboarding
            "applicant_id": G(lambda f: f.uuid()),
            "check_id": G(lambda f: f.uuid()),
            "result": G(lambda f: f.pick(["clear", "consider"])),
            "document": {
                "type": G(lambda f: f.pick(["passport", "national_identity_card", "residence_permit"])),
                "number": RED(
                    lambda f: f.pick(
                        [
                            f.dni(),
                            f.nie(),
                            f"{f.r.randint(10, 99)}{f.pick('ABCDEFGH')}{f.pick('ABCDEFGH')}{f.digits(5)}",
                        ]
                    ),
                    "national id|passport",
                ),
                "issuing_country": G(lambda f: f.pick(["FRA", "ESP", "BEL", "BRA", "MAR", "ROU"])),
                "expiry_date": G(lambda f: f.date(2025, 2034)),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.date(1970, 2005), "birthdate"),
                "nationality": Y(
                    lambda f: f.pick(["FRA", "ESP", "BEL", "BRA", "MAR", "ROU", "SEN"]), "citizenship"
                ),
            },
            "selfie_url": Y(lambda f: f"https://kyc.mordisco-eats.com/selfies/{f.uuid()}.jpg", "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
            "sub_result": G(lambda f: f.pick(["clear", "rejected", "suspected"])),
        },
        1,
    ),
    (
        "track",
        "Payout Details Added",
        "python_rider_fr",
        {
            "courier_id": G(lambda f: f"rider_{f.r.randint(10000, 99999)}"),
            "iban": RED(lambda f: f.iban("FR"), "bank account"),
            "bic": G(lambda f: f.pick(["BNPAFRPPXXX", "SOGEFRPP", "CCBPFRPPPAR", "AGRIFRPP882"])),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "siret": Y(lambda f: f.siret(), "identification"),
            "nir": RED(lambda f: f.nir(), "social security number"),
            "vat_registered": G(lambda f: f.pick([True, False])),
            "payout_schedule": G(lambda f: f.pick(["weekly", "biweekly"])),
        },
        1,
    ),
    (
        "track",
        "Payout Details Added",
        "python_rider_be",
        {
            "courier_id": G(lambda f: f"rider_{f.r.randint(10000, 99999)}"),
            "iban": RED(lambda f: f.iban("BE"), "bank account"),
            "bic": G(lambda f: f.pick(["GEBABEBB", "BBRUBEBB", "KREDBEBB", "GKCCBEBB"])),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "numero_national": RED(lambda f: f.be_national_number(), "national id"),
            "vat_registered": G(lambda f: f.pick([True, False])),
            "payout_schedule": G(lambda f: f.pick(["weekly", "biweekly"])),
        },
        1,
    ),
    (
        "track",
        "Payout Details Added",
        "go_rider_es",
        {
            # the Spanish market service: Spanish keys
            "courier_id": G(lambda f: f"rider_{f.r.randint(10000, 99999)}"),
            "iban": RED(lambda f: f.iban("ES"), "bank account"),
            "bic": G(lambda f: f.pick(["CAIXESBBXXX", "BSCHESMM", "BBVAESMM", "SABMESBB"])),
            "titular": Y(lambda f: f"{f.first()} {f.apellidos()}", "name"),
            "nif": RED(lambda f: f.pick([f.dni(), f.nie()]), "national id"),
            "numero_seguridad_social": RED(naf, "social security number"),
            "alta_autonomo": G(lambda f: f.pick([True, False])),
            "payout_schedule": G(lambda f: f.pick(["weekly", "biweekly"])),
        },
        1,
    ),
    (
        "track",
        "Weekly Earnings Calculated",
        "python_rider",
        {
            "courier_id": G(lambda f: f"rider_{f.r.randint(10000, 99999)}"),
            "week": G(lambda f: f"2024-W{f.r.randint(1, 52):02d}"),
            "deliveries": G(lambda f: f.r.randint(0, 160)),
            "gross_earnings": Y(lambda f: f.money(40, 900), "salary"),
            "tips_total": Y(lambda f: f.money(0, 80), "salary"),
            "bonus": Y(lambda f: f.pick([0, 10, 25, 50]), "salary"),
            "hourly_rate": Y(lambda f: f.money(9, 16), "salary"),
            "hours_online": G(lambda f: round(f.r.uniform(2, 55), 1)),
            "currency": G(lambda f: "EUR"),
            "statement_pdf_sha256": G(lambda f: f.hexid(64)),
        },
        1,
    ),
    (
        "track",
        "Vehicle Registered",
        "rider",
        {
            "vehicle_type": G(lambda f: f.pick(["scooter", "car", "ebike"])),
            "plate": Y(lambda f: f.plate(), "license"),
            "insurance_policy_number": Y(
                lambda f: f.pick(["AXA", "MMA", "MAP", "ETH"]) + f.digits(9), "identification"
            ),
            "insurer": G(lambda f: f.pick(["AXA", "Allianz", "Mapfre", "Ethias", "Hiscox"])),
            "brand": G(lambda f: f.pick(["Yamaha", "Piaggio", "Cowboy", "VanMoof", "Niu"])),
            "has_thermal_bag": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Incident Reported",
        "rider",
        {
            "incident_id": G(lambda f: f.uuid()),
            "type": G(lambda f: f.pick(["accident", "theft", "aggression", "vehicle_breakdown"])),
            "incident_description": G(incident_text),
            "injured": Y(lambda f: f.pick([True, False]), "condition"),
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "police_report_number": G(lambda f: f"PV{f.digits(10)}"),
            "order_id": G(lambda f: f.uuid()),
        },
        1,
    ),
    (
        "track",
        "Job Status Changed",
        "go_3pl",
        {
            # a 3PL courier partner's webhook (Stuart-shaped), forwarded as is
            "job": {
                "id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
                "status": G(lambda f: f.pick(["in_progress", "finished", "canceled"])),
                "pickup_at": G(lambda f: f.iso()),
                "dropoff_at": G(lambda f: f.iso()),
                "deliveries": Many(
                    {
                        "id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
                        "client_reference": G(lambda f: f.order_code()),
                        "dropoff": {
                            "address": Y(lambda f: f.full_address(), "address"),
                            "comment": G(instructions),
                            "contact": {
                                "firstname": Y(lambda f: f.first(), "name"),
                                "lastname": Y(lambda f: f.last(), "name"),
                                "phone": Y(lambda f: f.any_phone(), "phone"),
                                "email": Y(lambda f: f.email(), "email"),
                                "company": G(lambda f: f.pick(["", "Doctolib", "BNP Paribas", ""])),
                            },
                        },
                    },
                    2,
                ),
                "driver": {
                    "id": G(lambda f: f.r.randint(100000, 999999)),
                    "display_name": Y(lambda f: f.short_name(), "name"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "latitude": Y(lambda f: f.lat(), "geolocation"),
                    "longitude": Y(lambda f: f.lon(), "geolocation"),
                    "transport_type": G(lambda f: f.pick(["bike", "motorbike", "car"])),
                },
            },
        },
        1,
    ),
    # -- the Spanish market service: Spanish keys ---------------------------------------------------
    (
        "track",
        "Order Delivered",
        "go_es",
        {
            "pedido_id": G(lambda f: f.r.randint(10_000_000, 99_999_999)),
            "nombre": Y(lambda f: f.first(), "name"),
            "apellidos": Y(lambda f: f.apellidos(), "name"),
            "dirección": Y(lambda f: f.street(), "address|street"),
            "piso_puerta": Y(lambda f: f.pick(ES_COMPLEMENT), "address|street"),
            "código_postal": Y(lambda f: f.zip(), "zipcode"),
            "ciudad": Y(lambda f: f.city(), "city"),
            "teléfono": Y(lambda f: f.phone(), "phone"),
            "importe_total": G(lambda f: f.money(9, 90)),
            "propina": G(lambda f: f.pick([0, 1, 2, 3])),
            "repartidor_id": G(lambda f: f"rider_{f.r.randint(10000, 99999)}"),
            "repartidor_nombre": Y(lambda f: f.first(), "name"),
            "tiempo_entrega_min": G(lambda f: f.r.randint(12, 70)),
            "valoración": G(lambda f: f.r.randint(1, 5)),
            "método_pago": G(lambda f: f.pick(["tarjeta", "bizum", "efectivo"])),
        },
        1,
    ),
    # -- restaurant partners ------------------------------------------------------------------------
    (
        "identify",
        None,
        "tablet",
        {
            "displayName": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "role": G(lambda f: f.pick(["owner", "manager", "cook", "cashier"])),
            "restaurantId": G(lambda f: f.r.randint(10000, 99999)),
            "restaurantName": G(lambda f: f.pick(RESTAURANTS)),
            "jobTitle": G(lambda f: f.pick(["Chef de cuisine", "Gérant", "Encargado", "Serveur"])),
            "pinSet": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Order Accepted",
        "tablet",
        {
            "order_id": G(lambda f: f.uuid()),
            "order_code": G(lambda f: f"#{f.r.randint(100, 999)}"),
            "prep_time_min": G(lambda f: f.pick([10, 15, 20, 25, 30])),
            "accepted_by": Y(lambda f: f.first(), "name"),
            "customer_display_name": Y(lambda f: f.short_name(), "name"),
            "items_count": G(lambda f: f.r.randint(1, 9)),
            "auto_accept": G(lambda f: f.pick([True, False])),
            "order_note": G(order_note),
            "tablet_id": G(lambda f: f"TAB-{f.hexid(6).upper()}"),
        },
        2,
    ),
    (
        "track",
        "Customer Note Saved",
        "tablet",
        {
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
            "note": Y(staff_note, "name", True),
            "pinned": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Menu Item Updated",
        "tablet",
        {
            "item_id": G(lambda f: f.r.randint(100000, 999999)),
            "name": G(lambda f: f.pick(DISHES)[0]),
            "price": G(lambda f: f.money(2, 28)),
            "available": G(lambda f: f.pick([True, False])),
            "allergens": Many(G(lambda f: f.pick(ALLERGENS)), 4),
            "is_halal": G(lambda f: f.pick([True, False])),
            "category": G(lambda f: f.pick(DISHES)[1]),
            "photo_url": G(lambda f: f"https://cdn.mordisco-eats.com/menu/{f.hexid(16)}.webp"),
        },
        2,
    ),
    (
        "track",
        "Store Hours Changed",
        "java",
        {
            "restaurantId": G(lambda f: f.r.randint(10000, 99999)),
            "restaurantName": G(lambda f: f.pick(RESTAURANTS)),
            "openingHours": G(
                lambda f: f.pick(["Mo-Fr 11:30-14:30,18:30-23:00", "Mo-Su 12:00-00:00", "Tu-Su 19:00-23:30"])
            ),
            "contactPhone": G(
                lambda f: (
                    f.pick(["+33 1 43 57 ", "+34 91 521 ", "+32 2 512 "])
                    + f"{f.r.randint(10, 99)} {f.r.randint(10, 99)}"
                )
            ),
            "contactEmail": G(
                lambda f: (
                    f.pick(["contact@", "reservas@", "info@", "hello@"])
                    + f.pick(["chezjanou.example", "casalucio.example", "frituurnr1.example"])
                )
            ),
            "address": G(lambda f: f.full_address()),
            "legalEntity": {
                "name": G(
                    lambda f: f.pick(
                        ["SAS Janou", "Da Marco SARL", "Hostelería Manolo SL", "Frituur Nr 1 BV"]
                    )
                ),
                "siret": G(lambda f: f.siret()),
                "vatNumber": G(lambda f: f.pick([f.fr_vat(), f.be_enterprise(), "ES" + f.cif()])),
            },
            "managerName": Y(lambda f: f.full_name(), "name"),
            "managerMobile": Y(lambda f: f.phone(), "phone"),
        },
        1,
    ),
    (
        "track",
        "POS Integration Connected",
        "java",
        {
            "restaurantId": G(lambda f: f.r.randint(10000, 99999)),
            "posProvider": G(lambda f: f.pick(["Lightspeed", "Zelty", "Tiller", "Revo", "Square"])),
            "locationId": G(lambda f: f"L{f.alnum(12).upper()}"),
            "apiKey": RED(
                lambda f: f.pick([f.secret(), "sq0atp-" + f.alnum(22), "lsk_" + f.alnum(32)]), "secret"
            ),
            "menuSynced": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Settlement Paid",
        "java",
        {
            "restaurantId": G(lambda f: f.r.randint(10000, 99999)),
            "settlementId": G(lambda f: f"ST-{f.digits(8)}"),
            "grossSales": G(lambda f: f.money(500, 40000)),
            "netPayout": G(lambda f: f.money(400, 30000)),
            "settlementIban": RED(lambda f: f.iban(f.country), "bank account"),
            "bic": G(lambda f: f.pick(["BNPAFRPPXXX", "GEBABEBB", "CAIXESBBXXX", "BBVAESMM"])),
            "currency": G(lambda f: "EUR"),
        },
        1,
    ),
    # -- more customers and staff: local-language identifies, invoices, profile changes ----------
    (
        "identify",
        None,
        "go_es",
        {
            "nombre": Y(lambda f: f.first(), "name"),
            "apellidos": Y(lambda f: f.apellidos(), "name"),
            "correo_electrónico": Y(lambda f: f.email(), "email"),
            "móvil": Y(lambda f: f.phone(), "phone"),
            "fecha_de_nacimiento": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "código_postal": Y(lambda f: f.zip(), "zipcode"),
            "idioma": G(lambda f: f.pick(["es", "ca", "eu", "en"])),
            "acepta_publicidad": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "identify",
        None,
        "php",
        {
            "civilité": Y(lambda f: f.pick(["M.", "Mme", "Mme", "M."]), "gender"),
            "nom": Y(lambda f: f.last(), "name"),
            "prénom": Y(lambda f: f.first(), "name"),
            "courriel": Y(lambda f: f.email(), "email"),
            "portable": Y(lambda f: f.phone(), "phone"),
            "date_naissance": Y(lambda f: f.date(1955, 2006).replace("-", "/"), "birthdate"),
            "ville": Y(lambda f: f.city(), "city"),
            "code_postal": Y(lambda f: f.zip(), "zipcode"),
            "inscrit_newsletter": G(lambda f: f.pick([True, False])),
            "date_inscription": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Factura Solicitada",
        "go_es",
        {
            "pedido_id": G(lambda f: f.r.randint(10_000_000, 99_999_999)),
            "tipo_factura": G(lambda f: f.pick(["simplificada", "completa"])),
            "nombre_fiscal": Y(lambda f: f"{f.first()} {f.apellidos()}", "name"),
            "nif": RED(lambda f: f.pick([f.dni(), f.nie()]), "national id"),
            "dirección_fiscal": Y(lambda f: f.street(), "address|street"),
            "código_postal": Y(lambda f: f.zip(), "zipcode"),
            "correo_factura": Y(lambda f: f.email(), "email"),
            "importe_total": G(lambda f: f.money(9, 90)),
        },
        1,
    ),
    (
        "track",
        "Parrainage Envoyé",
        "php",
        {
            "code_parrain": G(lambda f: f"{f.alnum(6).upper()}"),
            "nom_filleul": Y(lambda f: f.full_name(), "name"),
            "email_filleul": Y(lambda f: f.email(), "email"),
            "montant_bonus": G(lambda f: f.pick([5, 10, 15])),
        },
        1,
    ),
    (
        "track",
        "Profile Updated",
        "kotlin",
        {
            "fields_changed": Many(G(lambda f: f.pick(["email", "phone", "password", "language"])), 2),
            "source": G(lambda f: f.pick(["settings", "checkout", "support"])),
            "changes": {
                "email": {
                    "old": Y(lambda f: f.email(), "email"),
                    "new": Y(lambda f: f.email(), "email"),
                },
                "phone": {
                    "old": Y(lambda f: f.phone(), "phone"),
                    "new": Y(lambda f: f.phone(), "phone"),
                },
            },
        },
        1,
    ),
    (
        "track",
        "Staff Member Added",
        "tablet",
        {
            "staff": {
                "staff_id": G(lambda f: f.r.randint(1000, 9999)),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "role": G(lambda f: f.pick(["cook", "cashier", "manager", "plongeur"])),
                "hourly_wage": Y(lambda f: f.pick([11.65, 12.0, 13.5, 9.8, 14.2]), "salary"),
                "start_date": G(lambda f: f.day()),
            },
            "restaurant_id": G(lambda f: f.r.randint(10000, 99999)),
        },
        1,
    ),
    (
        "track",
        "Emergency Contact Added",
        "rider",
        {
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "brother", "partner", "friend"])),
            },
        },
        1,
    ),
]


def message(f: Food, kind, event, client, body, labels):
    """client: a context name, optionally `<lib>_rider` (a courier's message) and `_fr/_be/_es`."""
    parts = client.split("_")
    country = {"fr": "FR", "be": "BE", "es": "ES"}.get(parts[-1])
    f.market(country or (f.pick(["FR", "FR", "BE"]) if parts[0] == "php" else None))
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "sentAt": None,
    }
    if parts[0] in ("web", "swift", "kotlin"):
        msg["anonymousId"] = f.uuid()
    prefix = "rider_" if "rider" in parts else "staff_" if parts[0] == "tablet" else ""
    msg["userId"] = prefix + str(f.r.randint(1_000_000, 99_999_999))
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = f"acct_{f.r.randint(1000, 9999)}"
    elif kind == "alias":
        msg["previousId"] = f.uuid()
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    if client == "web":
        ctx = web_context(f, f.pick(["/", "/restaurants", "/account", "/orders"]), "Mordisco")
    elif client == "web_campaign":
        ctx = web_context(f, "/", "Mordisco - livraison de repas", campaign=True)
    elif client == "web_checkout":
        ctx = web_context(f, "/checkout", "Paiement | Mordisco")
    else:
        ctx = CONTEXTS[parts[0]](f)
    msg["context"] = render(ctx, f, "context", labels)
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = Food(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body, weight in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, event, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=68, repeats=22)
    write(Path(__file__).parent, "holdout68_", events, labels)
