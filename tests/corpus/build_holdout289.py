"""Writes holdout 289: tests/corpus/holdout289_events.jsonl and holdout289_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels, and without running the engine on these events. Only the corpus
helpers (build.py, fake.py), build_holdout3.py (for its format) and the reference facts were read.

What it covers: a pet-sitting, dog-walking and pet-boarding marketplace ("Pawtner") operating in
France, Australia and South Africa. Pet owners' accounts and homes (lockbox and alarm codes, Wi-Fi
passwords, key handovers through a neighbour or a KeyNest store), sitter and walker onboarding
(identity documents, background checks, Working With Children Checks, right to work, payouts to
French IBANs, Australian BSB/account numbers and South African branch/account numbers, TFNs,
ABNs and SIRETs, DAC7 seller reporting), searches, bookings and the e-commerce spec events, GPS-
tracked walks with route points and EXIF-tagged photo updates, in-app chat and its moderation,
reviews, pet profiles with vet details and the pet's medication schedule, emergency contacts,
household members, gift cards, pet-insurance claims and liability incidents, vendor-shaped
payloads (a Stripe-like checkout, a Twilio masked-call webhook, SendGrid email events, a Zendesk
ticket, an Onfido/Checkr-like check, Google Places autocomplete, a Webflow form), group calls for
boarding businesses, alias, page and screen calls, and a warehouse reverse-ETL identify.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native (which copies the
user's traits into `context.traits`), analytics_flutter (the sitter app) and the python, node, go,
java, ruby, php and .NET server libraries. One person ("the subject") is drawn per message, with a
country, so names, e-mails, phones, addresses, ids, locale, timezone and currency agree.

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET payouts
service, Twilio webhook), kebab-case (Webflow form, e-mail `smtp-id`), SCREAMING_SNAKE (reverse
ETL from the warehouse), and French and Afrikaans backend keys (`nom`, `courriel`, `race`,
`id_nommer`, `selnommer`, `poskode`, `rekeningnommer`).

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a sitter, a neighbour, an emergency
  contact, a referee, an invitee, a gift recipient, a vet, a support agent, an injured third party.
  Colour is the reference matcher's default (yellow for name, email, phone, address, street, city,
  zipcode, birthdate, gender, ip, photo, license, identification, certificate, salary, allergy,
  condition ...); outside the reference: red for credentials and secrets (lockbox, alarm and Wi-Fi
  codes, one-time codes, sign-in and reset tokens, Stripe `pm_` ids, push tokens), card numbers,
  bank accounts, government ids (SA ID, French NIR, TFN, SARS tax number, passport and identity
  card numbers) and health; yellow otherwise (geolocation, advertising id, criminal record).
- Green: ids we or our vendors issue, UUIDs, numeric ids, SKUs, versions, timestamps, hashes of
  files, amounts paid by owners, enums, counters and booleans under PII-sounding keys
  (`emailVerified`, `alarmCodeSet`, `passwordStrength`), product / insurer / clinic / company
  names, places that are not the person's (a searched suburb and its centroid, a KeyNest store, a
  vet clinic's phone and suburb, a business's address, role mailboxes such as bookings@ or
  accueil@), country, state, locale, language, timezone, currency, user agents, OS-issued device
  ids. Card brand, last four, expiry, BIN, BSB and branch codes are green.
- Pets' data is green, whatever the key says: a pet's name, sex, birth date, breed (`race` in
  French), allergies, conditions, diagnoses, medications and doses, microchip number, photos.
- Published contested cases: claim and member numbers we issue are green, ages green, job titles
  green; insurance policy numbers and an insurer's member numbers yellow `identification`;
  sitters' rates and earnings (hourly/nightly rates, payouts, tips, balances: money paid to the
  sitter as income) yellow `salary`, while prices paid by owners stay green; vehicle plates yellow
  `license`; gclid/fbclid/fbp/fbc yellow `advertising id`; billing addresses yellow `address`;
  answers about the right to work or visa sponsorship red `visa`; one-time codes, magic-link and
  reset tokens red `token`; a call-masking proxy number green, the caller's real number yellow.
- Decisions where the policy is silent (what a careful privacy owner would want flagged): a sole
  trader's business registration number (ABN, SIRET) identifies the person: yellow
  `identification`, while a company's registration number is green; a background check's result
  (`clear` / `consider`) reveals whether a criminal record was found: yellow `criminal record`; a
  sitter's own allergy (`allergicToCats`) is the person's health: yellow `allergy`; an injury
  description of a bitten third party and whether they sought treatment: yellow `condition`;
  GPS fixes of walks and EXIF coordinates of photos taken at the owner's home are the people's
  precise location: yellow `geolocation`; the owner's `mobilityAssistance` flag: red `disability`;
  a push notification device token follows the repository's earlier corpora: red `token`;
  a staff member's personal work e-mail (`firstname@pawtner.app`) is yellow `email`, unlike a
  role mailbox. Group traits use keys that do not collide with identify traits (`mainPhone`,
  `bookingsEmail`, `premises`), since both share the `traits.` paths.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `excerpt`, `formatted`, `destination`, `to`, `From`, `takenBy`,
  `exported_by`) and only the value reveals it; a value_only PII path holds that PII in every
  value (the moderation excerpt always carries the phone or e-mail it was flagged for, the SMS of
  access instructions always a code, the callback note always a phone number). Free text is
  labelled by what every one of its values carries, green when none does (reviews and captions
  here mention pets, never people).
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and ids of the three markets ---------------------------------------------------

FIRST = {
    "FR": [
        "Camille",
        "Léa",
        "Hugo",
        "Inès",
        "Mamadou",
        "Théo",
        "Manon",
        "Yasmine",
        "Louis",
        "Aurélie",
        "Karim",
        "Élodie",
        "Baptiste",
        "Sandrine",
        "Jean-Pierre",
        "Océane",
        "Rayan",
        "Linh",
    ],
    "AU": [
        "Olivia",
        "Jack",
        "Liam",
        "Charlotte",
        "Aarav",
        "Mia",
        "Kirra",
        "Noah",
        "Isla",
        "Cooper",
        "Harper",
        "Lachlan",
        "Mei",
        "Arjun",
        "Sienna",
        "Tane",
        "Siobhan",
        "Dimitri",
    ],
    "ZA": [
        "Thandiwe",
        "Sipho",
        "Pieter",
        "Annelie",
        "Ayesha",
        "Lerato",
        "Johan",
        "Nomvula",
        "Kagiso",
        "Zanele",
        "Ruan",
        "Fatima",
        "Bongani",
        "Marike",
        "Tshepo",
        "Riaan",
        "Precious",
        "Naledi",
    ],
}
LAST = {
    "FR": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Benali",
        "Diallo",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Nguyen",
        "Haddad",
        "Le Gall",
        "Mercier",
        "Ferreira",
        "Kaya",
        "Traoré",
    ],
    "AU": [
        "Thompson",
        "O'Connor",
        "Nguyen",
        "Wong",
        "Walker",
        "Sharma",
        "Kelly",
        "Papadopoulos",
        "Singh",
        "Murphy",
        "Tran",
        "Wilson",
        "Campbell",
        "Rossi",
        "Nakamura",
        "Kaur",
        "Lee",
    ],
    "ZA": [
        "Nkosi",
        "Dlamini",
        "van der Merwe",
        "Botha",
        "Patel",
        "Mokoena",
        "du Plessis",
        "Naidoo",
        "Khumalo",
        "Pillay",
        "Venter",
        "Ndlovu",
        "Jacobs",
        "Mthembu",
        "Coetzee",
        "Adams",
        "Pretorius",
    ],
}
MAIL_DOMAINS = {
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "outlook.fr", "icloud.com", "sfr.fr"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "yahoo.com.au"],
    "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "icloud.com", "telkomsa.net"],
}
STREETS = {
    "FR": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "impasse des Acacias",
        "chemin du Moulin",
        "rue Oberkampf",
        "quai Saint-Vincent",
        "allée des Tilleuls",
        "rue Sainte-Catherine",
    ],
    "AU": [
        "Smith Street",
        "Bondi Road",
        "Chapel Street",
        "Lygon Street",
        "Oxford Street",
        "Brunswick Street",
        "Beach Road",
        "Marrickville Road",
        "Glebe Point Road",
        "Hay Street",
    ],
    "ZA": [
        "Kloof Street",
        "Main Road",
        "Jan Smuts Avenue",
        "Voortrekker Road",
        "Rivonia Road",
        "Beach Road",
        "Long Street",
        "Kerkstraat",
        "7th Street",
        "Florida Road",
    ],
}
# (city, suburb, postcode, state, lat, lon)
PLACES = {
    "FR": [
        ("Paris", "11e Arrondissement", "75011", "Île-de-France", 48.8589, 2.3800),
        ("Paris", "17e Arrondissement", "75017", "Île-de-France", 48.8835, 2.3219),
        ("Lyon", "Croix-Rousse", "69004", "Auvergne-Rhône-Alpes", 45.7746, 4.8320),
        ("Bordeaux", "Chartrons", "33300", "Nouvelle-Aquitaine", 44.8550, -0.5700),
        ("Nantes", "Chantenay", "44100", "Pays de la Loire", 47.2045, -1.5890),
        ("Marseille", "Le Roucas-Blanc", "13007", "Provence-Alpes-Côte d'Azur", 43.2780, 5.3600),
        ("Lille", "Wazemmes", "59000", "Hauts-de-France", 50.6264, 3.0500),
    ],
    "AU": [
        ("Sydney", "Bondi", "2026", "NSW", -33.8915, 151.2767),
        ("Sydney", "Marrickville", "2204", "NSW", -33.9110, 151.1550),
        ("Melbourne", "Fitzroy", "3065", "VIC", -37.7990, 144.9780),
        ("Melbourne", "Brunswick", "3056", "VIC", -37.7670, 144.9620),
        ("Brisbane", "New Farm", "4005", "QLD", -27.4670, 153.0500),
        ("Perth", "Fremantle", "6160", "WA", -32.0560, 115.7470),
        ("Adelaide", "Norwood", "5067", "SA", -34.9210, 138.6300),
    ],
    "ZA": [
        ("Cape Town", "Gardens", "8001", "Western Cape", -33.9340, 18.4110),
        ("Cape Town", "Durbanville", "7550", "Western Cape", -33.8320, 18.6480),
        ("Johannesburg", "Sandton", "2196", "Gauteng", -26.1070, 28.0560),
        ("Johannesburg", "Melville", "2092", "Gauteng", -26.1770, 28.0090),
        ("Pretoria", "Brooklyn", "0181", "Gauteng", -25.7700, 28.2370),
        ("Durban", "Umhlanga", "4319", "KwaZulu-Natal", -29.7260, 31.0850),
        ("Stellenbosch", "Die Boord", "7600", "Western Cape", -33.9480, 18.8420),
    ],
}
LOCALES = {"FR": ["fr-FR", "fr-FR", "en-FR"], "AU": ["en-AU"], "ZA": ["en-ZA", "af-ZA", "en-ZA"]}
TIMEZONES = {
    "FR": ["Europe/Paris"],
    "AU": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"],
    "ZA": ["Africa/Johannesburg"],
}
CURRENCY = {"FR": "EUR", "AU": "AUD", "ZA": "ZAR"}
COUNTRY_NAME = {"FR": "France", "AU": "Australia", "ZA": "South Africa"}
CARRIERS = {
    "FR": ["Orange F", "SFR", "Free", "Bouygues"],
    "AU": ["Telstra", "Optus", "Vodafone AU"],
    "ZA": ["Vodacom", "MTN", "Cell C", "Telkom"],
}

PET_NAMES = [
    "Milo",
    "Bella",
    "Biscuit",
    "Luna",
    "Rex",
    "Nala",
    "Oscar",
    "Coco",
    "Pepsi",
    "Simba",
    "Frikkie",
    "Tintin",
    "Noisette",
    "Bruno",
    "Daisy",
    "Max",
    "Loki",
    "Ouma",
    "Kiwi",
    "Pixel",
]
DOG_BREEDS = [
    "Labrador Retriever",
    "Border Collie",
    "Staffordshire Bull Terrier",
    "Jack Russell Terrier",
    "Boerboel",
    "Cavoodle",
    "Bouledogue français",
    "Golden Retriever",
    "Kelpie",
    "Dachshund",
    "Rhodesian Ridgeback",
    "Berger australien",
    "Mixed breed",
]
CAT_BREEDS = ["Domestic Shorthair", "Maine Coon", "Ragdoll", "Chartreux", "Siamese", "Bengal"]
PET_MEDS = [
    "Apoquel 16mg",
    "Meloxicam 1.5mg/ml",
    "Thyroxine 0.4mg",
    "Gabapentin 100mg",
    "Prednisolone 5mg",
    "Vetmedin 5mg",
    "Cytopoint injection",
    "Insulin (Caninsulin) 4 IU",
]
PET_CONDITIONS = [
    "allergic dermatitis",
    "osteoarthritis",
    "hypothyroidism",
    "diabetes mellitus",
    "separation anxiety",
    "epilepsy",
    "chronic kidney disease",
    "hip dysplasia",
]
CLINICS = {
    "FR": [
        ("Clinique Vétérinaire des Lilas", "01 43 57 21 08"),
        ("Clinique Vétérinaire Croix-Rousse", "04 78 28 41 90"),
        ("VetAccueil Bordeaux Nord", "05 56 39 12 44"),
    ],
    "AU": [
        ("Bondi Junction Vet Hospital", "(02) 9389 4474"),
        ("Fitzroy North Vet Clinic", "(03) 9482 1235"),
        ("Greencross Vets Fremantle", "(08) 9335 4400"),
    ],
    "ZA": [
        ("Kloof Street Animal Hospital", "021 423 6410"),
        ("Sandton Animal Clinic", "011 783 2255"),
        ("Umhlanga Vet Clinic", "031 561 2070"),
    ],
}
INSURERS = {
    "FR": ["SantéVet", "Assur O'Poil", "Bulle Bleue"],
    "AU": ["PetSure", "Bow Wow Meow", "Knose"],
    "ZA": ["OneProtect", "dotsure.co.za", "MediPet"],
}
SERVICES = [
    ("Overnight Boarding", "SVC-BRD-NT", "boarding"),
    ("House Sitting (per night)", "SVC-HSE-NT", "house_sitting"),
    ("30-min Dog Walk", "SVC-WLK-30", "walking"),
    ("60-min Dog Walk", "SVC-WLK-60", "walking"),
    ("Drop-in Visit", "SVC-DRP-30", "drop_in"),
    ("Doggy Day Care", "SVC-DAY-01", "day_care"),
    ("Pet Taxi", "SVC-TAX-01", "transport"),
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36"
    " (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
BUSINESSES = {
    "FR": ["Pension Canine du Lac", "Les Pattes Dorées", "Chenil des Trois Chênes", "Pension Féline Miaou"],
    "AU": ["Happy Tails Kennels", "Bondi Dog Hotel", "Paws Inn Fremantle", "Northside Cattery"],
    "ZA": ["Hondehuis Boarding", "Karoo Kennels", "Paws & Claws Umhlanga", "Die Katkombuis Cattery"],
}
BUSINESS_DOMAINS = {
    "FR": ["pensionducanal.fr", "lespattesdorees.fr", "chenil-3chenes.fr"],
    "AU": ["happytails.com.au", "bondidoghotel.com.au", "pawsinn.com.au"],
    "ZA": ["hondehuis.co.za", "karookennels.co.za", "pawsandclaws.co.za"],
}
ALNUM = string.ascii_letters + string.digits


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


class PetFake(Fake):
    """Fake with a current subject: one person per message, from one of the three markets."""

    def subject(self, cc: str | None = None) -> None:
        self.cc = cc or self.pick(["FR", "AU", "ZA"])
        self.place = self.pick(PLACES[self.cc])
        self.fn = self.pick(FIRST[self.cc])
        self.ln = self.pick(LAST[self.cc])
        self.dob = self.date(1956, 2004)
        self.sex = self.pick("FM")
        self.doc = None

    # -- the subject --
    def first_(self):
        return self.fn

    def last_(self):
        return self.ln

    def full_(self):
        return f"{self.fn} {self.ln}"

    def short_(self):
        return f"{self.fn} {self.ln[0]}."

    def mail_(self):
        return self.make_email(self.fn, self.ln, self.cc)

    def mobile_(self, style=None):
        return self.mobile(self.cc, style)

    def street_(self):
        return self.street_in(self.cc)

    def line2_(self):
        return self.pick(
            {
                "FR": ["Bâtiment B", "3e étage gauche", "Appt 12", "Résidence Les Pins, esc. 2"],
                "AU": ["Unit 4", "Apartment 1203", "Level 2", "Flat 6"],
                "ZA": [
                    "Flat 3, Kloof Mansions",
                    "Unit 12 Oak Estate",
                    "Cottage at back",
                    "No. 5 Sunbird Close",
                ],
            }[self.cc]
        )

    def city_(self):
        return self.place[0]

    def suburb_(self):
        return self.place[1]

    def postcode_(self):
        return self.place[2]

    def state_(self):
        return self.place[3]

    def home_lat(self):
        return round(self.place[4] + self.r.uniform(-0.02, 0.02), 6)

    def home_lon(self):
        return round(self.place[5] + self.r.uniform(-0.02, 0.02), 6)

    def currency_(self):
        return CURRENCY[self.cc]

    def locale_(self):
        return self.pick(LOCALES[self.cc])

    def tz_(self):
        return self.pick(TIMEZONES[self.cc])

    def address_(self):
        city, suburb, pc, state = self.place[:4]
        if self.cc == "FR":
            return f"{self.street_()}, {pc} {city}"
        if self.cc == "AU":
            return f"{self.street_()}, {suburb} {state} {pc}"
        return f"{self.street_()}, {suburb}, {city}, {pc}"

    # -- anyone --
    def make_email(self, fn, ln, cc):
        a, b = ascii_fold(fn).replace(" ", ""), ascii_fold(ln).replace(" ", "").replace("'", "")
        local = self.pick(
            [
                f"{a}.{b}",
                f"{a}{b}",
                f"{a[0]}{b}",
                f"{a}_{b}{self.r.randint(1, 99)}",
                f"{a}{self.r.randint(70, 99)}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[cc])}"

    def person(self):
        cc = self.pick(["FR", "AU", "ZA"])
        return cc, self.pick(FIRST[cc]), self.pick(LAST[cc])

    def other_name(self):
        _, fn, ln = self.person()
        return f"{fn} {ln}"

    def other_first(self):
        return self.person()[1]

    def other_email(self):
        return self.make_email(*self.person()[1:], self.cc)

    def other_mobile(self):
        return self.mobile(self.cc)

    def mobile(self, cc, style=None):
        d = lambda n: "".join(str(self.r.randint(0, 9)) for _ in range(n))  # noqa: E731
        style = style or self.pick(["local", "intl", "e164"])
        if cc == "FR":
            lead = self.pick(["6", "7"])
            pairs = [d(2) for _ in range(4)]
            return {
                "local": f"0{lead} " + " ".join(pairs),
                "intl": f"+33 {lead} " + " ".join(pairs),
                "e164": f"+33{lead}" + "".join(pairs),
            }[style]
        if cc == "AU":
            a, b, c = "4" + d(2), d(3), d(3)
            return {"local": f"0{a} {b} {c}", "intl": f"+61 {a} {b} {c}", "e164": f"+61{a}{b}{c}"}[style]
        a, b, c = self.pick(["60", "61", "71", "72", "73", "76", "79", "82", "83", "84"]), d(3), d(4)
        return {"local": f"0{a} {b} {c}", "intl": f"+27 {a} {b} {c}", "e164": f"+27{a}{b}{c}"}[style]

    def street_in(self, cc):
        n = self.r.randint(1, 240)
        if cc == "FR":
            return f"{n}{self.pick(['', '', ' bis'])} {self.pick(STREETS['FR'])}"
        if cc == "AU":
            return f"{self.pick(['', '', f'{self.r.randint(1, 30)}/'])}{n} {self.pick(STREETS['AU'])}"
        return f"{n} {self.pick(STREETS['ZA'])}"

    # -- government and bank ids --
    def sa_id(self):
        yy, mm, dd = self.dob[2:4], self.dob[5:7], self.dob[8:10]
        seq = self.r.randint(0, 4999) if self.sex == "F" else self.r.randint(5000, 9999)
        return self.luhn_complete(f"{yy}{mm}{dd}{seq:04d}{self.pick('0001')}8")

    def nir(self):
        dept = self.pick(["75", "69", "33", "44", "13", "59", "92"])
        body = f"{1 if self.sex == 'M' else 2}{self.dob[2:4]}{self.dob[5:7]}{dept}"
        body += f"{self.r.randint(1, 399):03d}{self.r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        raw = f"{body}{key:02d}"
        if self.r.random() < 0.5:
            return f"{raw[0]} {raw[1:3]} {raw[3:5]} {raw[5:7]} {raw[7:10]} {raw[10:13]} {raw[13:]}"
        return raw

    def tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            digits = [self.r.randint(0, 9) for _ in range(8)]
            s = sum(w * x for w, x in zip(weights, digits, strict=False)) % 11
            last = s  # 10*d9 = -d9 (mod 11), so d9 = s makes the sum divisible by 11
            if last < 10:
                raw = "".join(map(str, [*digits, last]))
                return self.pick([raw, f"{raw[:3]} {raw[3:6]} {raw[6:]}"])

    def abn(self):
        weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
        tail = [self.r.randint(0, 9) for _ in range(9)]
        for prefix in range(10, 100):
            digits = [prefix // 10 - 1, prefix % 10, *tail]
            if sum(w * x for w, x in zip(weights, digits, strict=True)) % 89 == 0:
                raw = f"{prefix}" + "".join(map(str, tail))
                return self.pick([raw, f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}"])
        raise AssertionError

    def siret(self):
        # SIREN (9, Luhn) + NIC (5): the 14 digits also pass Luhn
        siren = self.luhn_complete(self.digits(8))
        return self.luhn_complete(siren + f"{self.r.randint(1, 99):04d}")

    def za_tax(self):
        return self.luhn_complete(
            self.pick(["0", "1", "2", "3", "9"]) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        )

    def passport(self):
        if self.cc == "FR":
            letters = self.pick(string.ascii_uppercase) + self.pick(string.ascii_uppercase)
            return f"{self.r.randint(10, 24)}{letters}{self.digits(5)}"
        if self.cc == "AU":
            return self.pick(["PA", "PB", "PE", "N", "RA"]) + self.digits(7)
        return self.pick(["A", "M", "T"]) + self.digits(8)

    def id_document(self):
        """(type, number) of the identity document a sitter uploads, drawn once per message."""
        if self.doc is None:
            kind = self.pick(
                {
                    "ZA": ["sa_id", "sa_id", "passport"],
                    "FR": ["carte_identite", "passport"],
                    "AU": ["passport"],
                }[self.cc]
            )
            if kind == "sa_id":
                number = self.sa_id()
            elif kind == "carte_identite":
                number = "".join(self.pick(string.ascii_uppercase + string.digits) for _ in range(9))
            else:
                number = self.passport()
            self.doc = (kind, number)
        return self.doc

    def licence(self):
        if self.cc == "FR":
            return self.digits(12)
        if self.cc == "AU":
            return self.digits(self.pick([8, 9]))
        return self.digits(10) + self.pick(string.ascii_uppercase) + self.pick(string.ascii_uppercase)

    def plate(self):
        u = string.ascii_uppercase
        if self.cc == "FR":
            return f"{self.pick(u)}{self.pick(u)}-{self.r.randint(100, 999)}-{self.pick(u)}{self.pick(u)}"
        if self.cc == "AU":
            return f"{self.pick(u)}{self.pick(u)}{self.pick(u)}{self.r.randint(10, 99)}{self.pick(u)}"
        return (
            f"CA {self.r.randint(100, 999)}-{self.r.randint(100, 999)}"
            if self.r.random() < 0.6
            else (f"{self.pick(u)}{self.pick(u)} {self.r.randint(10, 99)} {self.pick(u)}{self.pick(u)} GP")
        )

    def bank_account(self):
        if self.cc == "AU":
            return self.digits(self.pick([6, 8, 9]))
        return self.digits(self.pick([10, 11]))

    def bsb(self):
        return self.pick(["062-000", "033-172", "083-004", "012-003", "484-799", "633-000"])

    def branch_code(self):
        return self.pick(["250655", "051001", "632005", "470010", "198765", "678910"])

    def fr_iban(self):
        return self.iban("FR")

    # -- misc --
    def pm_token(self):
        return "pm_1" + "".join(self.pick(ALNUM) for _ in range(23))

    def stripe_id(self, prefix, n=14):
        return prefix + "".join(self.pick(ALNUM) for _ in range(n))

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def url_token(self, n=43):
        return "".join(self.pick(ALNUM + "-_") for _ in range(n))

    def ip_(self):
        if self.r.random() < 0.7:
            return self.ipv4()
        prefix = {"FR": "2a01:e0a", "AU": "2001:8003", "ZA": "2c0f:f4c0"}[self.cc]
        return prefix + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def gclid(self):
        return "Cj0KCQjw" + "".join(self.pick(ALNUM + "_-") for _ in range(80))

    def fbclid(self):
        return "IwAR" + "".join(self.pick(ALNUM + "_-") for _ in range(58))

    def ts(self):
        return self.iso()

    def day(self):
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def pet_name(self):
        return self.pick(PET_NAMES)

    def clinic(self):
        return self.pick(CLINICS[self.cc])

    def walk_point(self, which):
        base = self.place[4] if which == "lat" else self.place[5]
        return round(base + self.r.uniform(-0.015, 0.015), 6)

    def polyline(self):
        alphabet = "".join(chr(c) for c in range(63, 127))
        return "".join(self.pick(alphabet) for _ in range(self.r.randint(40, 90)))

    def exif_time(self):
        r = self.r
        day = f"2024:{r.randint(1, 12):02d}:{r.randint(1, 28):02d}"
        return f"{day} {r.randint(6, 21):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"

    def page_path(self, paths):
        self.path = self.pick(paths)
        return self.path

    def booking_id(self):
        return self.r.randint(1_200_000, 4_999_999)


def lf(method: str):
    """A generator calling one PetFake method: `lf('mail_')`."""
    return lambda f: getattr(f, method)()


# -- contexts of the client libraries --------------------------------------------------------------


def web_context(f: PetFake):
    paths = ["/", "/search", "/sitters/profile", "/checkout", "/become-a-sitter", "/account/home"]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.page_path(paths)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.google.fr/",
                        "https://l.facebook.com/",
                        "https://www.google.co.za/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?service=walking"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Pawtner | Trusted pet sitters & dog walkers",
                        "Find a sitter | Pawtner",
                        "Checkout | Pawtner",
                        "Devenir pet sitter | Pawtner",
                    ]
                )
            ),
            "url": G(lambda f: "https://www.pawtner.app" + f.path),
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
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.locale_()),
        "timezone": G(lambda f: f.tz_()),
        "ip": Y(lambda f: f.ip_(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["winter_holidays_2024", "sitter_recruit_q3", "brand_fr", "easter_boarding"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "organic"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "dog walker near me",
                        "pension chien lyon",
                        "pet sitter cape town",
                        "cat sitter melbourne",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_3", "textlink", "video_15s"])),
        },
    }


def swift_context(f: PetFake):
    return {
        "app": {
            "name": G(lambda f: "Pawtner"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "app.pawtner.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.locale_()),
        "timezone": G(lambda f: f.tz_()),
        "instanceId": G(lambda f: f.uuid()),
        "userAgent": G(
            lambda f: f"Pawtner/{f.pick(['6400', '6421', '6503'])} CFNetwork/1494.0.7 Darwin/23.4.0"
        ),
    }


def kotlin_context(f: PetFake):
    return {
        "app": {
            "name": G(lambda f: "Pawtner"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["640010", "641003", "650001"])),
            "namespace": G(lambda f: "app.pawtner.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "HUAWEI", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Pixel 7", "Redmi Note 12", "CPH2371", "SM-S918B"])),
            "name": G(lambda f: f.pick(["a54x", "panther", "tapas", "OP5961L1", "dm3q"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0", "1.17.0"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
        },
        "locale": G(lambda f: f.locale_()),
        "timezone": G(lambda f: f.tz_()),
        "instanceId": G(lambda f: f.uuid()),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; "
                f"{f.pick(['SM-A546E', 'Pixel 7'])} Build/UP1A.231005.007)"
            )
        ),
    }


def rn_context(f: PetFake):
    return {
        "app": {
            "name": G(lambda f: "Pawtner"),
            "version": G(lambda f: f.pick(["6.3.2", "6.4.0", "6.4.2"])),
            "build": G(lambda f: f.pick(["632", "640", "642"])),
            "namespace": G(lambda f: f.pick(["app.pawtner.ios", "app.pawtner.android"])),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-G991B", "Pixel 8", "iPhone13,2"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "shiba"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.18.0", "2.17.2"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 851])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.locale_()),
        "timezone": G(lambda f: f.tz_()),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lf("mail_"), "email"),
            "firstName": Y(lf("first_"), "name"),
            "lastName": Y(lf("last_"), "name"),
            "phone": Y(lf("mobile_"), "phone"),
            "userType": G(lambda f: "owner"),
            "petsCount": G(lambda f: f.r.randint(1, 4)),
        },
    }


def flutter_context(f: PetFake):
    return {
        "app": {
            "name": G(lambda f: "Pawtner Sitter"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.1", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "321", "330"])),
            "namespace": G(lambda f: "app.pawtner.sitter"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-A145F", "M2101K7BNY"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4", "1.0.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13", "11"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([414, 720, 1080])),
            "height": G(lambda f: f.pick([896, 1600, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.locale_()),
        "timezone": G(lambda f: f.tz_()),
    }


LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(lib: str):
    def context(f: PetFake):
        name, versions = LIBS[lib]
        return {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}

    return context


def server_ip_context(lib: str):
    """Server-side calls that forward the end user's IP and user agent."""

    def context(f: PetFake):
        base = server_context(lib)(f)
        base["ip"] = Y(lambda f: f.ip_(), "ip")
        base["userAgent"] = G(lambda f: f.pick(UAS))
        return base

    return context


CONTEXTS: dict[str, Any] = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in LIBS},
    **{f"{lib}+ip": server_ip_context(lib) for lib in ("node", "python", "php")},
}

# -- shared property templates ---------------------------------------------------------------------


def service_product():
    return {
        "product_id": G(lambda f: f.pick(SERVICES)[1]),
        "sku": G(lambda f: f.pick(SERVICES)[1] + "-" + f.cc),
        "name": G(lambda f: f.pick(SERVICES)[0]),
        "category": G(lambda f: f.pick(SERVICES)[2]),
        "variant": G(lambda f: f.pick(["1 dog", "2 dogs", "1 cat", "puppy", "senior pet"])),
        "price": G(lambda f: f.money(15, 95)),
        "quantity": G(lambda f: f.r.randint(1, 14)),
    }


def pet_brief():
    return {
        "petId": G(lambda f: "pet_" + f.digits(7)),
        "name": G(lambda f: f.pet_name()),
        "species": G(lambda f: f.pick(["dog", "dog", "cat", "rabbit"])),
        "breed": G(lambda f: f.pick(DOG_BREEDS + CAT_BREEDS)),
    }


PET_PHOTO = lambda f: f"https://img.pawtner.app/pets/{f.hexid(12)}/{f.hexid(8)}.jpg"  # noqa: E731
OWNER_NOTES = [
    "Milo pulls on the lead near other dogs, please use the harness.",
    "Food is in the pantry, 1 cup morning and night.",
    "Luna hides under the bed when nervous, just give her time.",
    "Please keep the back gate shut, Rex digs under the fence.",
    "Pills go in a bit of cheese, he won't notice.",
    "Croquettes dans le placard, une dose matin et soir.",
    "Kos is in die spens, twee keer per dag.",
    "",
]
REVIEW_TEXTS = [
    "Bella came home happy and tired, lots of photo updates.",
    "Great with our anxious rescue, Milo was relaxed the whole week.",
    "Super prestation, Noisette était ravie !",
    "Rex had his meds on time every day. Would book again.",
    "Baie dankie, Frikkie was so gelukkig.",
    "Good communication, the walk reports were detailed.",
    "Luna warmed up quickly. Five stars.",
]
CAPTIONS = [
    "Nap time for Bella 😴",
    "Park zoomies!",
    "Milo made a friend at the beach",
    "Dinner done, bowl licked clean",
    "Sieste au soleil ☀️",
    "Rex says hi 👋",
    "Rainy walk but happy pup",
]


def contact_share_text(f: PetFake) -> str:
    phone, mail = f.other_mobile(), f.other_email()
    local = {
        "FR": [f"Mon numéro c'est le {phone}, appelle-moi", f"écris-moi sur {mail} plutôt"],
        "AU": [f"Easier to just text me on {phone}", f"my gmail is {mail} x"],
        "ZA": [f"Stuur vir my 'n boodskap by {phone}", f"WhatsApp me on {phone} rather"],
    }[f.cc]
    return f.pick(
        [
            *local,
            f"can you text me at {phone} instead",
            f"email me at {mail} and we can sort it without the fees",
        ]
    )


def access_text(f: PetFake) -> str:
    code = f"{f.r.randint(0, 9999):04d}"
    local = {
        "FR": [
            f"Digicode porte d'entrée : {code}B, boîte à clés sous le compteur, code {f.r.randint(100, 999)}"
        ],
        "AU": [f"Gate code {code}*, lockbox code {f.r.randint(1000, 9999)}"],
        "ZA": [
            f"Hek se kode is {code}, sleutel is in die kluisie.",
            f"Gate remote is in the kitchen, alarm code {code}",
        ],
    }[f.cc]
    return f.pick(
        [
            *local,
            f"Lockbox is on the side gate, code {code}. Please reset the dial after.",
            f"Key safe by the garage door, code {code}",
            f"Alarm code {code}# then press OFF within 30 seconds.",
        ]
    )


def injury_text(f: PetFake) -> str:
    return f.pick(
        [
            "Bite to the left forearm, needed 3 stitches at the GP",
            "Scratch on the right hand, cleaned with antiseptic",
            "Sprained wrist after being pulled over by the lead",
            "Morsure superficielle au mollet, vaccin antitétanique fait",
            "Puncture wounds on the thumb, on antibiotics",
            "Grazed knee and bruised hip from a fall",
        ]
    )


# -- events ---------------------------------------------------------------------------------------
# (kind, event, client, body[, country])

EVENTS: list[tuple] = [
    # -- owner accounts -------------------------------------------------------------------------
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(lf("mail_"), "email"),
            "firstName": Y(lf("first_"), "name"),
            "lastName": Y(lf("last_"), "name"),
            "phone": Y(lf("mobile_"), "phone"),
            "birthday": Y(lambda f: f.dob, "birthdate"),
            "avatar": Y(lambda f: f"https://img.pawtner.app/avatars/{f.hexid(16)}.jpg", "photo"),
            "address": {
                "street": Y(lf("street_"), "street|address"),
                "city": Y(lf("city_"), "city"),
                "postalCode": Y(lf("postcode_"), "zipcode"),
                "state": G(lf("state_")),
                "country": G(lambda f: f.cc),
            },
            "createdAt": G(lf("ts")),
            "userType": G(lambda f: "owner"),
            "petsCount": G(lambda f: f.r.randint(1, 4)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["fr", "en", "af"])),
            "plan": G(lambda f: f.pick(["free", "PawPlus", "PawPlus Annual"])),
            "referralCode": G(
                lambda f: "PAW-" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(6))
            ),
            "mobilityAssistance": RED(lambda f: f.pick([True, False]), "disability"),
            "householdSize": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lf("mail_"), "email"),
            "firstName": Y(lf("first_"), "name"),
            "lastName": Y(lf("last_"), "name"),
            "phone": Y(lf("mobile_"), "phone"),
            "createdAt": G(lf("ts")),
            "userType": G(lambda f: f.pick(["owner", "sitter"])),
            "locale": G(lf("locale_")),
            "country": G(lambda f: f.cc),
            "lastLoginAt": G(lf("ts")),
            "logins": G(lambda f: f.r.randint(1, 400)),
            "stripeCustomerId": G(lambda f: f.stripe_id("cus_")),
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "userType": G(lambda f: f.pick(["owner", "sitter"])),
            "signupEmail": Y(lf("mail_"), "email"),
            "emailDomain": G(lambda f: f.pick(MAIL_DOMAINS[f.cc])),
            "inviteCode": G(lambda f: f.pick(["", "PAW-" + f.digits(6)])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "country": G(lambda f: f.cc),
            "termsVersion": G(lambda f: f.pick(["2024-03", "2024-09", "2023-11"])),
        },
    ),
    (
        "track",
        "Sign In Code Requested",
        "node",
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "destination": Y(
                lambda f: f.pick([f.mobile_("e164"), f.mobile_("e164"), f.mail_()]), "phone|email", True
            ),
            "otp": RED(lambda f: f.otp(), "token"),
            "expiresInSeconds": G(lambda f: f.pick([300, 600, 900])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "sendgrid", "clickatell"])),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        "web",
        {
            "token": RED(lambda f: f.url_token(), "token"),
            "linkAgeSeconds": G(lambda f: f.r.randint(4, 1700)),
            "redirectPath": G(lambda f: f.pick(["/bookings", "/inbox", "/account/home", "/"])),
            "sameDevice": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "python+ip",
        {
            "email": Y(lf("mail_"), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "request_ip": Y(lambda f: f.ip_(), "ip"),
            "user_agent": G(lambda f: f.pick(UAS)),
            "account_found": G(lambda f: f.pick([True, True, False])),
            "expires_at": G(lf("ts")),
        },
    ),
    (
        "track",
        "Password Changed",
        "web",
        {
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong", "very_strong"])),
            "passwordLength": G(lambda f: f.r.randint(8, 24)),
            "breachedPasswordDetected": G(lambda f: f.pick([True, False])),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- homes and access -----------------------------------------------------------------------
    (
        "track",
        "Home Details Updated",
        "rn",
        {
            "home": {
                "type": G(lambda f: f.pick(["house", "apartment", "townhouse", "farm"])),
                "bedrooms": G(lambda f: f.r.randint(1, 5)),
                "hasYard": G(lambda f: f.pick([True, False])),
                "yardFenced": G(lambda f: f.pick([True, False])),
                "parkingInstructions": G(
                    lambda f: f.pick(
                        [
                            "Visitor parking bay 3",
                            "Street parking only",
                            "Use the driveway",
                            "Parking dans la cour",
                        ]
                    )
                ),
                "address": {
                    "line1": Y(lf("street_"), "address|street"),
                    "line2": Y(lf("line2_"), "address|street"),
                    "suburb": Y(lf("suburb_"), "city|address"),
                    "postcode": Y(lf("postcode_"), "zipcode"),
                    "state": G(lf("state_")),
                    "country": G(lambda f: f.cc),
                },
                "wifiName": G(
                    lambda f: f.pick(
                        [
                            "Livebox-" + f.hexid(4).upper(),
                            "Freebox-" + f.hexid(6).upper(),
                            "Telstra" + f.hexid(6).upper(),
                            "TP-Link_" + f.hexid(4).upper(),
                            "Vodacom-Fibre-" + f.digits(3),
                        ]
                    )
                ),
                "wifiPassword": RED(
                    lambda f: f.pick(
                        [
                            f.hexid(12),
                            "".join(f.pick(ALNUM) for _ in range(10)),
                            f.pet_name() + str(f.r.randint(1000, 9999)) + "!",
                        ]
                    ),
                    "password",
                ),
                "alarmCode": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret"),
                "alarmCodeSet": G(lambda f: f.pick([True, False])),
                "alarmCompany": G(
                    lambda f: f.pick(["ADT", "Verisure", "Chubb", "Fidelity ADT", "Securitas"])
                ),
                "lockbox": {
                    "hasLockbox": G(lambda f: f.pick([True, False])),
                    "code": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret"),
                    "location": G(
                        lambda f: f.pick(
                            [
                                "Behind the blue pot by the back door",
                                "On the side gate",
                                "Under the meter box",
                                "Derrière la boîte aux lettres",
                            ]
                        )
                    ),
                },
            },
            "completeness": G(lambda f: f.pick([0.4, 0.6, 0.8, 1.0])),
        },
    ),
    (
        "track",
        "Key Handover Arranged",
        "ios",
        {
            "bookingId": G(lf("booking_id")),
            "method": G(lambda f: f.pick(["lockbox", "in_person", "neighbour", "keynest"])),
            "handoverAt": G(lf("ts")),
            "neighbour": {
                "name": Y(lambda f: f.other_name(), "name"),
                "phone": Y(lambda f: f.other_mobile(), "phone"),
                "email": Y(lambda f: f.other_email(), "email"),
                "unit": G(lambda f: f.pick(["No. 14", "Apt 3B", "next door, left", "2e étage"])),
            },
            "keynest": {
                "storeName": G(
                    lambda f: f.pick(
                        [
                            "KeyNest @ Spar Gardens",
                            "KeyNest @ 7-Eleven Bondi",
                            "KeyNest @ Tabac du Marché",
                            "KeyNest @ IGA Fitzroy",
                        ]
                    )
                ),
                "storeAddress": G(
                    lambda f: f.pick(
                        [
                            "72 Kloof St, Gardens",
                            "180 Campbell Parade, Bondi Beach",
                            "12 place du Marché, Lyon",
                            "236 Brunswick St, Fitzroy",
                        ]
                    )
                ),
                "collectionCode": RED(lambda f: f"{f.r.randint(100000, 999999)}", "token"),
            },
            "notes": G(
                lambda f: f.pick(
                    [
                        "Spare key is on the blue lanyard",
                        "Two keys, the gold one is the deadbolt",
                        "",
                        "Return keys to the lockbox",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Access Instructions Sent",
        "node",
        {
            "bookingId": G(lf("booking_id")),
            "to": Y(lambda f: f.other_mobile(), "phone", True),
            "text": RED(access_text, "secret", True),
            "channel": G(lambda f: "sms"),
            "provider": G(lambda f: "twilio"),
            "segments": G(lambda f: f.r.randint(1, 2)),
            "messageSid": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    # -- pets -----------------------------------------------------------------------------------
    (
        "track",
        "Pet Profile Created",
        "ios",
        {
            "pet": {
                "petId": G(lambda f: "pet_" + f.digits(7)),
                "name": G(lambda f: f.pet_name()),
                "species": G(lambda f: f.pick(["dog", "cat", "dog", "rabbit"])),
                "breed": G(lambda f: f.pick(DOG_BREEDS + CAT_BREEDS)),
                "sex": G(lambda f: f.pick(["male", "female"])),
                "neutered": G(lambda f: f.pick([True, False])),
                "birthDate": G(lambda f: f.date(2010, 2024)),
                "weightKg": G(lambda f: f.money(2, 55)),
                "microchipNumber": G(lambda f: f.pick(["250", "036", "710", "981"]) + f.digits(12)),
                "temperament": Many(
                    G(
                        lambda f: f.pick(
                            ["friendly", "shy", "reactive_to_dogs", "good_with_kids", "escape_artist"]
                        )
                    ),
                    3,
                ),
                "allergies": Many(G(lambda f: f.pick(["chicken", "beef", "grain", "flea saliva"])), 2),
                "photoUrl": G(PET_PHOTO),
            },
            "vet": {
                "clinicName": G(lambda f: f.clinic()[0]),
                "clinicPhone": G(lambda f: f.clinic()[1]),
                "clinicSuburb": G(lambda f: f.suburb_()),
                "vetName": Y(lambda f: "Dr " + f.other_name(), "name"),
            },
            "source": G(lambda f: f.pick(["onboarding", "profile", "booking_flow"])),
        },
    ),
    (
        "track",
        "Medication Schedule Added",
        "ios",
        {
            "petId": G(lambda f: "pet_" + f.digits(7)),
            "petName": G(lambda f: f.pet_name()),
            "medication": {
                "name": G(lambda f: f.pick(PET_MEDS)),
                "dose": G(
                    lambda f: f.pick(["1 tablet", "half a tablet", "0.5 ml", "2 drops per ear", "4 IU"])
                ),
                "frequency": G(lambda f: f.pick(["once_daily", "twice_daily", "every_8_hours", "monthly"])),
                "times": Many(G(lambda f: f.pick(["07:30", "08:00", "12:00", "18:00", "20:00"])), 3),
                "withFood": G(lambda f: f.pick([True, False])),
                "startDate": G(lf("day")),
                "endDate": G(lambda f: f.pick([f.day(), ""])),
            },
            "condition": G(lambda f: f.pick(PET_CONDITIONS)),
            "prescribingVet": Y(lambda f: "Dr " + f.other_name(), "name"),
        },
    ),
    # -- sitter onboarding ----------------------------------------------------------------------
    (
        "identify",
        None,
        "flutter",
        {
            "firstName": Y(lf("first_"), "name"),
            "lastName": Y(lf("last_"), "name"),
            "email": Y(lf("mail_"), "email"),
            "phone": Y(lf("mobile_"), "phone"),
            "dateOfBirth": Y(lambda f: f.dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "homeSuburb": Y(lf("suburb_"), "city|address"),
            "postcode": Y(lf("postcode_"), "zipcode"),
            "profilePhotoUrl": Y(lambda f: f"https://img.pawtner.app/sitters/{f.hexid(16)}.jpg", "photo"),
            "userType": G(lambda f: "sitter"),
            "services": Many(
                G(lambda f: f.pick(["boarding", "house_sitting", "walking", "drop_in", "day_care"])), 3
            ),
            "languages": Many(
                G(lambda f: f.pick(["English", "French", "Afrikaans", "isiZulu", "isiXhosa", "Vietnamese"])),
                2,
            ),
            "serviceRadiusKm": G(lambda f: f.pick([2, 5, 10, 15])),
            "yearsExperience": G(lambda f: f.r.randint(0, 20)),
            "hourlyRate": Y(lambda f: f.money(18, 45), "salary"),
            "nightlyRate": Y(lambda f: f.money(35, 120), "salary"),
            "hasOwnCar": G(lambda f: f.pick([True, False])),
            "allergicToCats": Y(lambda f: f.pick([True, False]), "allergy"),
            "occupation": G(
                lambda f: f.pick(
                    ["Vet nurse", "Student", "Retired teacher", "Graphic designer", "Infirmière"]
                )
            ),
            "createdAt": G(lf("ts")),
            "backgroundCheckStatus": G(lambda f: f.pick(["not_started", "pending", "complete"])),
        },
    ),
    (
        "track",
        "Sitter Application Submitted",
        "web",
        {
            "form-id": G(lambda f: "65f1c" + f.hexid(19)),
            "form-name": G(lambda f: f.pick(["Become a Sitter", "Devenir Pet Sitter", "Word 'n Oppasser"])),
            "first-name": Y(lf("first_"), "name"),
            "last-name": Y(lf("last_"), "name"),
            "e-mail": Y(lf("mail_"), "email"),
            "mobile-number": Y(lf("mobile_"), "phone"),
            "street-address": Y(lf("street_"), "address|street"),
            "post-code": Y(lf("postcode_"), "zipcode"),
            "suburb": Y(lf("suburb_"), "city"),
            "date-of-birth": Y(lambda f: f.dob, "birthdate"),
            "has-right-to-work": RED(lambda f: f.pick(["yes", "no"]), "visa"),
            "needs-visa-sponsorship": RED(lambda f: f.pick(["yes", "no"]), "visa"),
            "how-did-you-hear": G(lambda f: f.pick(["Instagram", "Friend", "Google", "Facebook group"])),
            "experience-years": G(lambda f: f.pick(["0-1", "1-3", "3-5", "5+"])),
            "referee-1-name": Y(lambda f: f.other_name(), "name"),
            "referee-1-phone": Y(lambda f: f.other_mobile(), "phone"),
            "page-url": G(lambda f: "https://www.pawtner.app/become-a-sitter"),
        },
    ),
    (
        "track",
        "Identity Document Submitted",
        "node",
        {
            "documentType": G(lambda f: f.id_document()[0]),
            "issuingCountry": G(lambda f: f.cc),
            "documentNumber": RED(lambda f: f.id_document()[1], "national id|passport"),
            "expiryDate": G(lambda f: f.date(2025, 2034)),
            "selfieUrl": Y(lambda f: f"https://kyc.pawtner.app/selfies/{f.uuid()}.jpg", "photo"),
            "vendor": G(lambda f: f.pick(["onfido", "veriff", "smile_id"])),
            "checkId": G(lambda f: f.uuid()),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.5, 0.99), 3)),
        },
    ),
    (
        "track",
        "Background Check Completed",
        "python",
        {
            "check_id": G(lambda f: f.hexid(24)),
            "status": G(lambda f: "complete"),
            "result": Y(lambda f: f.pick(["clear", "clear", "consider"]), "criminal record"),
            "package": G(lambda f: f.pick(["sitter_standard", "sitter_plus_driving"])),
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": Y(lf("first_"), "name"),
                "last_name": Y(lf("last_"), "name"),
                "email": Y(lf("mail_"), "email"),
                "phone": Y(lambda f: f.mobile_("e164"), "phone"),
                "dob": Y(lambda f: f.dob, "birthdate"),
                "zipcode": Y(lf("postcode_"), "zipcode"),
            },
            "reports": Many(
                {
                    "type": G(
                        lambda f: f.pick(["identity", "criminal_record", "driving_record", "sanctions"])
                    ),
                    "status": G(lambda f: f.pick(["complete", "pending", "suspended"])),
                },
                3,
            ),
            "completed_at": G(lf("ts")),
        },
    ),
    (
        "track",
        "Working With Children Check Added",
        "flutter",
        {
            "wwccNumber": Y(lambda f: "WWC" + f.digits(7) + f.pick("EV"), "certificate|identification"),
            "state": G(lf("state_")),
            "expiryDate": G(lambda f: f.date(2025, 2029)),
            "verifiedWithRegulator": G(lambda f: f.pick([True, False])),
            "checkType": G(lambda f: f.pick(["volunteer", "employee"])),
        },
        "AU",
    ),
    (
        "track",
        "Vehicle Added",
        "flutter",
        {
            "licensePlate": Y(lambda f: f.plate(), "license"),
            "make": G(lambda f: f.pick(["Toyota", "Renault", "Volkswagen", "Mazda", "Suzuki"])),
            "model": G(lambda f: f.pick(["Corolla", "Clio", "Polo Vivo", "CX-5", "Swift"])),
            "petTaxiEnabled": G(lambda f: f.pick([True, False])),
            "insuranceProvider": G(lambda f: f.pick(["NRMA", "AXA", "MAIF", "OUTsurance", "Santam"])),
            "insurancePolicyNumber": Y(lambda f: f.pick(["POL", "MOT", "A"]) + f.digits(9), "identification"),
            "driversLicenceNumber": Y(lambda f: f.licence(), "license"),
        },
    ),
    # payouts: the .NET payouts service, one template per market
    (
        "track",
        "Payout Method Added",
        "dotnet",
        {
            "SitterId": G(lambda f: f.r.randint(100000, 999999)),
            "Country": G(lambda f: "FR"),
            "Currency": G(lambda f: "EUR"),
            "Method": G(lambda f: "sepa_transfer"),
            "AccountHolderName": Y(lf("full_"), "name"),
            "BankDetails": {
                "Iban": RED(lambda f: f.fr_iban(), "bank account"),
                "Bic": G(lambda f: f.pick(["BNPAFRPPXXX", "CEPAFRPP751", "AGRIFRPP882", "SOGEFRPP"])),
                "BankName": G(
                    lambda f: f.pick(
                        ["BNP Paribas", "Caisse d'Epargne", "Crédit Agricole", "Société Générale"]
                    )
                ),
            },
            "Siret": Y(lambda f: f.siret(), "identification"),
            "StripeAccountId": G(lambda f: f.stripe_id("acct_1", 15)),
            "IsDefault": G(lambda f: f.pick([True, False])),
        },
        "FR",
    ),
    (
        "track",
        "Payout Method Added",
        "dotnet",
        {
            "SitterId": G(lambda f: f.r.randint(100000, 999999)),
            "Country": G(lambda f: "AU"),
            "Currency": G(lambda f: "AUD"),
            "Method": G(lambda f: "bank_transfer"),
            "AccountHolderName": Y(lf("full_"), "name"),
            "BankDetails": {
                "Bsb": G(lambda f: f.bsb()),
                "AccountNumber": RED(lambda f: f.bank_account(), "bank account"),
                "BankName": G(lambda f: f.pick(["Commonwealth Bank", "Westpac", "ANZ", "NAB", "ING"])),
            },
            "TaxFileNumber": RED(lambda f: f.tfn(), "national id"),
            "Abn": Y(lambda f: f.abn(), "identification"),
            "StripeAccountId": G(lambda f: f.stripe_id("acct_1", 15)),
            "IsDefault": G(lambda f: f.pick([True, False])),
        },
        "AU",
    ),
    (
        "track",
        "Payout Method Added",
        "dotnet",
        {
            "SitterId": G(lambda f: f.r.randint(100000, 999999)),
            "Country": G(lambda f: "ZA"),
            "Currency": G(lambda f: "ZAR"),
            "Method": G(lambda f: "eft"),
            "AccountHolderName": Y(lf("full_"), "name"),
            "BankDetails": {
                "BranchCode": G(lambda f: f.branch_code()),
                "AccountNumber": RED(lambda f: f.bank_account(), "bank account"),
                "AccountType": G(lambda f: f.pick(["cheque", "savings", "transmission"])),
                "BankName": G(lambda f: f.pick(["FNB", "Standard Bank", "Absa", "Capitec", "Nedbank"])),
            },
            "SarsTaxNumber": RED(lambda f: f.za_tax(), "national id"),
            "StripeAccountId": G(lambda f: f.stripe_id("acct_1", 15)),
            "IsDefault": G(lambda f: f.pick([True, False])),
        },
        "ZA",
    ),
    (
        "track",
        "Payout Sent",
        "dotnet",
        {
            "PayoutId": G(lambda f: "po_" + f.hexid(20)),
            "SitterId": G(lambda f: f.r.randint(100000, 999999)),
            "Amount": Y(lambda f: f.money(40, 2400), "salary"),
            "Currency": G(lf("currency_")),
            "ArrivalDate": G(lf("day")),
            "BankLast4": G(lambda f: f.digits(4)),
            "Status": G(lambda f: f.pick(["paid", "in_transit", "failed"])),
            "StripeTransferId": G(lambda f: f.stripe_id("tr_1", 15)),
            "BookingsIncluded": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Earnings Viewed",
        "flutter",
        {
            "period": G(lambda f: f.pick(["this_week", "last_week", "this_month", "year_to_date"])),
            "totalEarnings": Y(lambda f: f.money(0, 5000), "salary"),
            "tipsTotal": Y(lambda f: f.money(0, 300), "salary"),
            "pendingBalance": Y(lambda f: f.money(0, 900), "salary"),
            "bookingsCount": G(lambda f: f.r.randint(0, 40)),
            "currency": G(lf("currency_")),
        },
    ),
    (
        "track",
        "DAC7 Seller Details Collected",
        "python",
        {
            "seller_id": G(lambda f: f.r.randint(100000, 999999)),
            "reporting_year": G(lambda f: f.pick([2023, 2024])),
            "legal_name": Y(lf("full_"), "name"),
            "tin": RED(lambda f: f.nir(), "national id"),
            "tin_country": G(lambda f: "FR"),
            "date_of_birth": Y(lambda f: f.dob, "birthdate"),
            "primary_address": Y(lf("address_"), "address"),
            "iban": RED(lambda f: f.fr_iban(), "bank account"),
            "consideration_total": Y(lambda f: f.money(200, 18000), "salary"),
        },
        "FR",
    ),
    # -- search, bookings and e-commerce --------------------------------------------------------
    (
        "track",
        "Sitters Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick([f.suburb_(), f.city_(), f"{f.suburb_()}, {f.city_()}", f.postcode_()])
            ),
            "service": G(lambda f: f.pick(["boarding", "house_sitting", "walking", "drop_in", "day_care"])),
            "startDate": G(lf("day")),
            "endDate": G(lf("day")),
            "petCount": G(lambda f: f.r.randint(1, 3)),
            "petSizes": Many(G(lambda f: f.pick(["small", "medium", "large", "giant"])), 2),
            "filters": {
                "hasYard": G(lambda f: f.pick([True, False])),
                "noOtherPets": G(lambda f: f.pick([True, False])),
                "acceptsPuppies": G(lambda f: f.pick([True, False])),
            },
            "center": {
                "lat": G(lambda f: round(f.place[4], 4)),
                "lng": G(lambda f: round(f.place[5], 4)),
            },
            "resultsCount": G(lambda f: f.r.randint(0, 80)),
            "results": Many(
                {
                    "sitterId": G(lambda f: f.r.randint(100000, 999999)),
                    "rating": G(lambda f: round(f.r.uniform(3.8, 5.0), 1)),
                    "reviewCount": G(lambda f: f.r.randint(0, 300)),
                    "distanceKm": G(lambda f: round(f.r.uniform(0.3, 14), 1)),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Sitter Profile Viewed",
        "ios",
        {
            "sitterId": G(lambda f: f.r.randint(100000, 999999)),
            "sitterDisplayName": Y(lf("short_"), "name"),
            "rating": G(lambda f: round(f.r.uniform(3.8, 5.0), 1)),
            "reviewCount": G(lambda f: f.r.randint(0, 300)),
            "distanceKm": G(lambda f: round(f.r.uniform(0.3, 14), 1)),
            "services": Many(G(lambda f: f.pick(["boarding", "house_sitting", "walking", "drop_in"])), 3),
            "source": G(lambda f: f.pick(["search", "favourites", "rebook", "share_link"])),
            "backgroundChecked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Booking Requested",
        "rn",
        {
            "bookingId": G(lf("booking_id")),
            "service": G(lambda f: f.pick(["boarding", "house_sitting", "walking", "drop_in", "day_care"])),
            "startAt": G(lf("ts")),
            "endAt": G(lf("ts")),
            "nights": G(lambda f: f.r.randint(0, 21)),
            "sitterId": G(lambda f: f.r.randint(100000, 999999)),
            "pets": Many(pet_brief(), 3),
            "ownerNote": G(lambda f: f.pick(OWNER_NOTES)),
            "totalPrice": G(lambda f: f.money(20, 1500)),
            "currency": G(lf("currency_")),
            "promoCode": G(lambda f: f.pick(["", "WINTER15", "FIRSTWALK", "BIENVENUE10"])),
            "meetAndGreetRequested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "booking_id": G(lf("booking_id")),
            "value": G(lambda f: f.money(20, 1500)),
            "revenue": G(lambda f: f.money(20, 1500)),
            "discount": G(lambda f: f.money(0, 40)),
            "coupon": G(lambda f: f.pick(["", "WINTER15", "FIRSTWALK", "BIENVENUE10"])),
            "currency": G(lf("currency_")),
            "products": Many(service_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "paypal"])),
            "payment_method_id": RED(lambda f: f.pm_token(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "cartes_bancaires"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["497010", "535522", "424242", "552188", "376211"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "billing_name": Y(lf("full_"), "name"),
            "billing_postal_code": Y(lf("postcode_"), "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "node+ip",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "booking_id": G(lf("booking_id")),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 1500)),
            "subtotal": G(lambda f: f.money(20, 1400)),
            "service_fee": G(lambda f: f.money(2, 60)),
            "discount": G(lambda f: f.money(0, 40)),
            "coupon": G(lambda f: f.pick(["", "WINTER15", "FIRSTWALK", "BIENVENUE10"])),
            "currency": G(lf("currency_")),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "paypal"])),
            "products": Many(service_product(), 3),
            "customer_email": Y(lf("mail_"), "email"),
            "customer_name": Y(lf("full_"), "name"),
            "billing_address": {
                "line1": Y(lf("street_"), "address|street"),
                "line2": Y(lf("line2_"), "address|street"),
                "city": Y(lf("city_"), "city"),
                "postal_code": Y(lf("postcode_"), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
            "is_first_booking": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Booking Confirmed",
        "java",
        {
            "bookingId": G(lf("booking_id")),
            "sitterId": G(lambda f: f.r.randint(100000, 999999)),
            "ownerId": G(lambda f: "u_" + f.digits(8)),
            "service": G(lambda f: f.pick(["boarding", "house_sitting", "walking", "drop_in", "day_care"])),
            "startAt": G(lf("ts")),
            "endAt": G(lf("ts")),
            "sitter": {
                "firstName": Y(lambda f: f.other_first(), "name"),
                "maskedPhone": G(
                    lambda f: {
                        "FR": "+33 9 70 " + f.digits(2) + " " + f.digits(2) + " " + f.digits(2),
                        "AU": "+61 480 0" + f.digits(2) + " " + f.digits(3),
                        "ZA": "+27 87 55" + f.digits(1) + " " + f.digits(4),
                    }[f.cc]
                ),
                "rating": G(lambda f: round(f.r.uniform(3.8, 5.0), 1)),
            },
            "meetingAddress": Y(lf("address_"), "address"),
            "ownerMobile": Y(lf("mobile_"), "phone"),
            "confirmationSentVia": Many(G(lambda f: f.pick(["push", "email", "sms"])), 3),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        "ruby",
        {
            "booking_id": G(lf("booking_id")),
            "cancelled_by": G(lambda f: f.pick(["owner", "sitter", "support"])),
            "reason": G(
                lambda f: f.pick(
                    ["plans_changed", "sitter_unavailable", "pet_unwell", "found_alternative", "other"]
                )
            ),
            "refund_amount": G(lambda f: f.money(0, 900)),
            "hours_before_start": G(lambda f: f.r.randint(0, 720)),
            "cancellation_policy": G(lambda f: f.pick(["flexible", "moderate", "strict"])),
            "currency": G(lf("currency_")),
        },
    ),
    (
        "track",
        "Order Refunded",
        "php",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "booking_id": G(lf("booking_id")),
            "refund_amount": G(lambda f: f.money(5, 900)),
            "currency": G(lf("currency_")),
            "reason": G(
                lambda f: f.pick(["sitter_no_show", "service_not_as_described", "goodwill", "duplicate"])
            ),
            "agent_email": Y(
                lambda f: (
                    ascii_fold(f.other_first())
                    + "."
                    + ascii_fold(f.pick(LAST[f.cc])).replace(" ", "").replace("'", "")
                    + "@pawtner.app"
                ),
                "email",
            ),
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "web",
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(12)),
            "amount": G(lambda f: f.pick([25, 50, 100, 150, 250])),
            "currency": G(lf("currency_")),
            "recipient_name": Y(lambda f: f.other_name(), "name"),
            "recipient_email": Y(lambda f: f.other_email(), "email"),
            "sender_name": Y(lf("first_"), "name"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Happy birthday! Enjoy some walks for Biscuit",
                        "Bon voorjaar!",
                        "For Luna's holiday",
                        "Joyeux Noël 🎄",
                        "Congrats on the new puppy",
                    ]
                )
            ),
        },
    ),
    # -- walks ----------------------------------------------------------------------------------
    (
        "track",
        "Walk Started",
        "flutter",
        {
            "walkId": G(lambda f: f.uuid()),
            "bookingId": G(lf("booking_id")),
            "dogCount": G(lambda f: f.r.randint(1, 4)),
            "plannedDurationMin": G(lambda f: f.pick([30, 45, 60])),
            "startLat": Y(lf("home_lat"), "geolocation"),
            "startLng": Y(lf("home_lon"), "geolocation"),
            "gpsAccuracyM": G(lambda f: round(f.r.uniform(3, 40), 1)),
            "batteryLevel": G(lambda f: round(f.r.uniform(0.1, 1), 2)),
        },
    ),
    (
        "track",
        "Walk Route Uploaded",
        "go",
        {
            "walkId": G(lambda f: f.uuid()),
            "points": Many(
                {
                    "lat": Y(lambda f: f.walk_point("lat"), "geolocation"),
                    "lng": Y(lambda f: f.walk_point("lon"), "geolocation"),
                    "ts": G(lambda f: f.epoch_ms()),
                    "acc": G(lambda f: round(f.r.uniform(3, 30), 1)),
                    "speed": G(lambda f: round(f.r.uniform(0, 2.2), 2)),
                },
                8,
            ),
            "encodedPolyline": Y(lambda f: f.polyline(), "geolocation"),
            "distanceM": G(lambda f: f.r.randint(600, 6500)),
            "durationSec": G(lambda f: f.r.randint(900, 4200)),
            "pointCount": G(lambda f: f.r.randint(40, 600)),
        },
    ),
    (
        "track",
        "Walk Completed",
        "flutter",
        {
            "walkId": G(lambda f: f.uuid()),
            "distanceKm": G(lambda f: round(f.r.uniform(0.6, 6.5), 2)),
            "durationMin": G(lambda f: f.r.randint(15, 70)),
            "pee": G(lambda f: f.pick([True, False])),
            "poo": G(lambda f: f.pick([True, False])),
            "photoCount": G(lambda f: f.r.randint(0, 8)),
            "endLat": Y(lf("home_lat"), "geolocation"),
            "endLng": Y(lf("home_lon"), "geolocation"),
            "mood": G(lambda f: f.pick(["happy", "tired", "playful", "anxious"])),
        },
    ),
    (
        "track",
        "Walk Report Card Sent",
        "node",
        {
            "walkId": G(lambda f: f.uuid()),
            "recipientEmail": Y(lf("mail_"), "email"),
            "reportUrl": G(lambda f: f"https://www.pawtner.app/walks/{f.uuid()}"),
            "summary": G(lambda f: f.pick(CAPTIONS + REVIEW_TEXTS[:2])),
            "photos": Many(
                {
                    "url": G(PET_PHOTO),
                },
                4,
            ),
            "template": G(lambda f: f.pick(["walk_report_v2", "walk_report_v3"])),
        },
    ),
    # -- photos and chat ------------------------------------------------------------------------
    (
        "track",
        "Photo Update Posted",
        "flutter",
        {
            "bookingId": G(lf("booking_id")),
            "photoId": G(lambda f: f.uuid()),
            "photoUrl": G(PET_PHOTO),
            "takenBy": Y(lambda f: f.other_first(), "name", True),
            "caption": G(lambda f: f.pick(CAPTIONS)),
            "exif": {
                "takenAt": G(lambda f: f.exif_time()),
                "cameraModel": G(lambda f: f.pick(["iPhone 12", "SM-A145F", "Redmi Note 10"])),
                "gpsLatitude": Y(lf("home_lat"), "geolocation"),
                "gpsLongitude": Y(lf("home_lon"), "geolocation"),
            },
            "fileSizeBytes": G(lambda f: f.r.randint(150_000, 6_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Message Sent",
        "rn",
        {
            "conversationId": G(lambda f: f.uuid()),
            "messageId": G(lambda f: f.uuid()),
            "messageLength": G(lambda f: f.r.randint(1, 800)),
            "hasAttachment": G(lambda f: f.pick([True, False])),
            "senderRole": G(lambda f: f.pick(["owner", "sitter"])),
            "recipientId": G(lambda f: "u_" + f.digits(8)),
            "quickReplyText": G(
                lambda f: f.pick(
                    ["On my way!", "Walk done ✅", "All good here", "Je suis arrivée", "Thanks!"]
                )
            ),
        },
    ),
    (
        "track",
        "Off-Platform Contact Detected",
        "python",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "source": G(lambda f: f.pick(["chat", "booking_note", "profile_bio"])),
            "excerpt": Y(contact_share_text, "phone|email", True),
            "detector": G(lambda f: f.pick(["regex_v3", "ml_contact_v2"])),
            "action": G(lambda f: f.pick(["masked", "warned", "blocked"])),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 1), 2)),
            "offender_role": G(lambda f: f.pick(["owner", "sitter"])),
        },
    ),
    (
        "track",
        "Chat Transcript Exported",
        "ruby",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "participants": Many(
                {
                    "user_id": G(lambda f: "u_" + f.digits(8)),
                    "role": G(lambda f: f.pick(["owner", "sitter"])),
                    "display_name": Y(lambda f: f.other_name(), "name"),
                    "email": Y(lambda f: f.other_email(), "email"),
                },
                2,
            ),
            "message_count": G(lambda f: f.r.randint(2, 300)),
            "exported_by": Y(lambda f: ascii_fold(f.other_first()) + "@pawtner.app", "email", True),
        },
    ),
    # -- reviews --------------------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        "ios",
        {
            "bookingId": G(lf("booking_id")),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "subRatings": {
                "communication": G(lambda f: f.r.randint(1, 5)),
                "reliability": G(lambda f: f.r.randint(1, 5)),
                "petCare": G(lambda f: f.r.randint(1, 5)),
            },
            "reviewText": G(lambda f: f.pick(REVIEW_TEXTS)),
            "reviewerDisplayName": Y(lf("short_"), "name"),
            "wouldBookAgain": G(lambda f: f.pick([True, False])),
            "tags": Many(G(lambda f: f.pick(["punctual", "great_updates", "calm", "went_above"])), 3),
        },
    ),
    # -- emergency contacts and household -------------------------------------------------------
    (
        "track",
        "Emergency Contact Added",
        "rn",
        {
            "contact": {
                "fullName": Y(lambda f: f.other_name(), "name"),
                "relationship": G(lambda f: f.pick(["partner", "parent", "friend", "neighbour", "sibling"])),
                "mobile": Y(lambda f: f.other_mobile(), "phone"),
                "email": Y(lambda f: f.other_email(), "email"),
                "hasKeyAccess": G(lambda f: f.pick([True, False])),
                "canAuthoriseVetTreatment": G(lambda f: f.pick([True, False])),
            },
            "vetTreatmentLimit": G(lambda f: f.pick([200, 500, 1000, 5000])),
            "contactCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Contact Method Added",
        "android",
        {
            "contactMethod": {
                "kind": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
                "value": Y(lf("mobile_"), "phone", True),
                "isPrimary": G(lambda f: f.pick([True, False])),
                "verified": G(lambda f: f.pick([True, False])),
            },
            "totalMethods": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Household Member Invited",
        "rn",
        {
            "memberRole": G(lambda f: f.pick(["co_owner", "family", "friend"])),
            "inviteeEmail": Y(lambda f: f.other_email(), "email"),
            "inviteeFirstName": Y(lambda f: f.other_first(), "name"),
            "kidsInHome": G(lambda f: f.r.randint(0, 4)),
            "childrenAges": Many(G(lambda f: f.r.randint(0, 17)), 3),
        },
    ),
    (
        "track",
        "Friend Invited",
        "ios",
        {
            "inviteId": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["contacts", "share_sheet", "whatsapp"])),
            "recipients": Many(
                {
                    "label": Y(lambda f: f.other_name(), "name", True),
                    "value": Y(lambda f: f.pick([f.other_mobile(), f.other_email()]), "phone|email", True),
                    "type": G(lambda f: f.pick(["phone", "email"])),
                },
                3,
            ),
            "referralCode": G(
                lambda f: "PAW-" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(6))
            ),
        },
    ),
    (
        "track",
        "Sitter Reference Submitted",
        "node",
        {
            "referenceId": G(lambda f: f.uuid()),
            "sitterId": G(lambda f: f.r.randint(100000, 999999)),
            "referee": {
                "fullName": Y(lambda f: f.other_name(), "name"),
                "email": Y(lambda f: f.other_email(), "email"),
                "phone": Y(lambda f: f.other_mobile(), "phone"),
                "relationship": G(
                    lambda f: f.pick(["former_employer", "pet_owner_client", "landlord", "colleague"])
                ),
                "yearsKnown": G(lambda f: f.r.randint(1, 15)),
            },
            "wouldRecommend": G(lambda f: f.pick([True, False])),
            "submittedVia": G(lambda f: f.pick(["email_link", "phone_interview"])),
        },
    ),
    (
        "track",
        "Background Check Consent Signed",
        "web",
        {
            "consentId": G(lambda f: f.uuid()),
            "documentVersion": G(lambda f: f.pick(["bgc-consent-v5", "bgc-consent-v6", "popia-bgc-v2"])),
            "signatureName": Y(lf("full_"), "name"),
            "signerIp": Y(lambda f: f.ip_(), "ip"),
            "signedAt": G(lf("ts")),
        },
    ),
    (
        "track",
        "Safety Alert Triggered",
        "flutter",
        {
            "alertId": G(lambda f: f.uuid()),
            "walkId": G(lambda f: f.uuid()),
            "trigger": G(lambda f: f.pick(["sos_button", "dog_escaped", "aggressive_dog", "fall_detected"])),
            "latitude": Y(lambda f: f.walk_point("lat"), "geolocation"),
            "longitude": Y(lambda f: f.walk_point("lon"), "geolocation"),
            "accuracyM": G(lambda f: round(f.r.uniform(3, 40), 1)),
            "walkerPhone": Y(lf("mobile_"), "phone"),
            "resolved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pet Insurance Quote Requested",
        "web",
        {
            "quoteId": G(lambda f: "Q" + f.digits(9)),
            "insurer": G(lambda f: f.pick(INSURERS[f.cc])),
            "owner": {
                "firstName": Y(lf("first_"), "name"),
                "lastName": Y(lf("last_"), "name"),
                "email": Y(lf("mail_"), "email"),
                "dateOfBirth": Y(lambda f: f.dob, "birthdate"),
                "postcode": Y(lf("postcode_"), "zipcode"),
            },
            "pet": {
                "name": G(lambda f: f.pet_name()),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "breed": G(lambda f: f.pick(DOG_BREEDS + CAT_BREEDS)),
                "ageYears": G(lambda f: f.r.randint(0, 14)),
                "preExistingConditions": Many(G(lambda f: f.pick(PET_CONDITIONS)), 2),
            },
            "coverLevel": G(lambda f: f.pick(["accident_only", "illness_and_accident", "comprehensive"])),
            "monthlyPremium": G(lambda f: f.money(12, 140)),
            "excess": G(lambda f: f.pick([0, 50, 100, 250])),
            "currency": G(lf("currency_")),
        },
    ),
    (
        "track",
        "Callback Requested",
        "web",
        {
            "topic": G(
                lambda f: f.pick(["booking_issue", "payment", "becoming_a_sitter", "insurance_claim"])
            ),
            "preferredTime": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Please call me back on {f.mobile_()} after 5pm",
                        f"Rappelez-moi au {f.mobile('FR', 'local')} svp",
                        f"My number changed, it's now {f.mobile_()}",
                        f"Best to reach me on {f.mobile_('intl')}, I'm at work till 4",
                        f"Bel my asseblief terug by {f.mobile('ZA', 'local')}",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Saved Place Added",
        "ios",
        {
            "placeId": G(lambda f: "plc_" + f.hexid(10)),
            "label": G(lambda f: f.pick(["Home", "Work", "Holiday house", "Mum & Dad", "Maison"])),
            "formatted": Y(lf("address_"), "address", True),
            "lat": Y(lf("home_lat"), "geolocation"),
            "lng": Y(lf("home_lon"), "geolocation"),
            "isDefault": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- insurance and incidents ----------------------------------------------------------------
    (
        "track",
        "Insurance Claim Submitted",
        "java",
        {
            "claimNumber": G(lambda f: "CLM-" + f.digits(8)),
            "policyNumber": Y(lambda f: f.pick(["PS", "SV", "OP"]) + f.digits(9), "identification"),
            "memberNumber": Y(lambda f: f.digits(10), "identification"),
            "insurer": G(lambda f: f.pick(INSURERS[f.cc])),
            "pet": {
                "name": G(lambda f: f.pet_name()),
                "dateOfBirth": G(lambda f: f.date(2010, 2023)),
                "diagnosis": G(
                    lambda f: f.pick([*PET_CONDITIONS, "foreign body ingestion", "cruciate ligament rupture"])
                ),
            },
            "vetInvoiceAmount": G(lambda f: f.money(80, 9000)),
            "claimAmount": G(lambda f: f.money(60, 8000)),
            "currency": G(lf("currency_")),
            "incidentDescription": G(
                lambda f: f.pick(
                    [
                        "Ate a sock, vomiting induced",
                        "Limping after the park",
                        "Ear infection, drops prescribed",
                        "Mangé du chocolat",
                        "Cut paw on glass",
                    ]
                )
            ),
            "vetClinic": {
                "name": G(lambda f: f.clinic()[0]),
                "phone": G(lambda f: f.clinic()[1]),
                "email": G(
                    lambda f: f.pick(
                        [
                            "accueil@clinique-lilas.fr",
                            "reception@bondivet.com.au",
                            "info@kloofvet.co.za",
                            "admin@sandtonanimal.co.za",
                        ]
                    )
                ),
            },
            "policyholder": {
                "name": Y(lf("full_"), "name"),
                "email": Y(lf("mail_"), "email"),
                "dateOfBirth": Y(lambda f: f.dob, "birthdate"),
            },
            "payoutBankLast4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Liability Incident Reported",
        "python",
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "booking_id": G(lf("booking_id")),
            "type": G(lambda f: f.pick(["dog_bite", "property_damage", "lost_pet", "injury_to_sitter"])),
            "injured_party_name": Y(lambda f: f.other_name(), "name"),
            "injured_party_phone": Y(lambda f: f.other_mobile(), "phone"),
            "injured_party_email": Y(lambda f: f.other_email(), "email"),
            "injury_description": Y(injury_text, "condition"),
            "sought_medical_treatment": Y(lambda f: f.pick([True, False]), "condition"),
            "police_report_number": G(
                lambda f: f.pick(
                    ["", "CAS " + f.digits(3) + "/" + f.pick(["03", "07", "11"]) + "/2024", "E" + f.digits(8)]
                )
            ),
            "reported_at": G(lf("ts")),
            "severity": G(lambda f: f.pick(["low", "medium", "high"])),
        },
    ),
    # -- support, vendor webhooks ---------------------------------------------------------------
    (
        "track",
        "Customer Looked Up",
        "node",
        {
            "q": Y(lambda f: f.pick([f.mail_(), f.mobile_("e164"), f.mobile_("local")]), "email|phone", True),
            "resultsCount": G(lambda f: f.r.randint(0, 3)),
            "agentId": G(lambda f: "agt_" + f.digits(4)),
            "tool": G(lambda f: "retool_support"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "python",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Sitter didn't show up",
                            "Refund request",
                            "Can't add my pet",
                            "Problème de paiement",
                            "App crashes on walk map",
                        ]
                    )
                ),
                "tags": Many(G(lambda f: f.pick(["booking", "payment", "app_bug", "trust_safety"])), 3),
                "via": {"channel": G(lambda f: f.pick(["email", "web", "chat", "api"]))},
                "requester": {
                    "name": Y(lf("full_"), "name"),
                    "email": Y(lf("mail_"), "email"),
                },
                "assignee_id": G(lambda f: f.r.randint(10**11, 10**12)),
                "custom_fields": Many(
                    {
                        "id": G(lambda f: f.pick([360012345678, 360012345679, 360098765432])),
                        "value": G(
                            lambda f: f.pick(
                                ["booking_issue", str(f.booking_id()), "owner", "fr", True, None]
                            )
                        ),
                    },
                    3,
                ),
            },
        },
    ),
    (
        "track",
        "Masked Call Completed",
        "node",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: f.mobile_("e164"), "phone", True),
            "To": G(
                lambda f: {
                    "FR": "+339700" + f.digits(5),
                    "AU": "+61480" + f.digits(6),
                    "ZA": "+278755" + f.digits(5),
                }[f.cc]
            ),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "FromCountry": G(lambda f: f.cc),
            "bookingId": G(lf("booking_id")),
        },
    ),
    (
        "track",
        "Email Opened",
        "python",
        {
            "email": Y(lf("mail_"), "email"),
            "event": G(lambda f: "open"),
            "sg_event_id": G(lambda f: "".join(f.pick(ALNUM) for _ in range(22))),
            "sg_message_id": G(
                lambda f: "".join(f.pick(ALNUM) for _ in range(22)) + ".filterdrecv-" + f.digits(3)
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@pawtner.app>"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        *UAS,
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 "
                        "(via ggpht.com GoogleImageProxy)",
                    ]
                )
            ),
            "category": Many(
                G(lambda f: f.pick(["transactional", "booking_confirmation", "walk_report", "newsletter"])), 2
            ),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        {
            "input": Y(lambda f: f.street_()[: f.r.randint(8, 16)], "address|street", True),
            "sessionToken": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["google_places", "mapbox"])),
            "suggestionsShown": G(lambda f: f.r.randint(0, 5)),
            "selectedIndex": G(lambda f: f.r.randint(-1, 4)),
            "country": G(lambda f: f.cc.lower()),
            "field": G(lambda f: f.pick(["home_address", "billing_address"])),
        },
    ),
    (
        "track",
        "Webhook Received",
        "php+ip",
        {
            "webhook": G(lambda f: f.pick(["stripe", "onfido", "keynest", "sendgrid"])),
            "headers": {
                "x-forwarded-for": Y(lambda f: f.ip_(), "ip"),
                "user-agent": G(
                    lambda f: f.pick(
                        [
                            "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                            "Onfido-Webhooks/1.0",
                            "SendGrid Event API",
                            "KeyNest-Hooks",
                        ]
                    )
                ),
                "x-request-id": G(lambda f: f.uuid()),
            },
            "status_code": G(lambda f: f.pick([200, 200, 400, 500])),
        },
    ),
    # -- boarding businesses (group) ------------------------------------------------------------
    (
        "group",
        None,
        "node",
        {
            "name": G(lambda f: f.pick(BUSINESSES[f.cc])),
            "industry": G(lambda f: "pet_boarding"),
            "employees": G(lambda f: f.r.randint(2, 45)),
            "plan": G(lambda f: f.pick(["business_starter", "business_pro"])),
            "mainPhone": G(lambda f: f.clinic()[1]),
            "bookingsEmail": G(
                lambda f: (
                    f.pick(["bookings@", "contact@", "info@", "hello@", "reservations@"])
                    + f.pick(BUSINESS_DOMAINS[f.cc])
                )
            ),
            "premises": {
                "street": G(lambda f: f.street_in(f.cc)),
                "city": G(lf("city_")),
                "postalCode": G(lf("postcode_")),
                "country": G(lambda f: f.cc),
            },
            "registrationNumber": G(
                lambda f: {
                    "FR": f.digits(9),
                    "AU": f.digits(3) + " " + f.digits(3) + " " + f.digits(3),
                    "ZA": f"20{f.r.randint(10, 23)}/{f.digits(6)}/07",
                }[f.cc]
            ),
            "primaryContact": {
                "name": Y(lf("full_"), "name"),
                "email": Y(lf("mail_"), "email"),
                "mobile": Y(lf("mobile_"), "phone"),
                "title": G(lambda f: f.pick(["Owner", "Kennel Manager", "Gérante"])),
            },
            "createdAt": G(lf("ts")),
        },
    ),
    # -- pages and screens ----------------------------------------------------------------------
    (
        "page",
        None,
        "web",
        {
            "name": G(
                lambda f: f.pick(["Home", "Find a Sitter", "Become a Sitter", "Sitter Profile", "Pricing"])
            ),
            "path": G(lambda f: f.pick(["/", "/search", "/become-a-sitter", "/sitters/profile", "/pricing"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?service=boarding", "?utm_source=instagram"])),
            "title": G(
                lambda f: f.pick(
                    [
                        "Pawtner | Trusted pet sitters & dog walkers",
                        "Find a sitter | Pawtner",
                        "Devenir pet sitter | Pawtner",
                    ]
                )
            ),
            "url": G(lambda f: "https://www.pawtner.app" + f.pick(["/", "/search", "/become-a-sitter"])),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
        },
    ),
    (
        "screen",
        None,
        "android",
        {
            "walkId": G(lambda f: f.uuid()),
            "fromNotification": G(lambda f: f.pick([True, False])),
            "tab": G(lambda f: f.pick(["map", "photos", "notes"])),
        },
    ),
    ("alias", None, "ios", {}),
    ("alias", None, "web", {}),
    # -- warehouse reverse ETL ------------------------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "EMAIL": Y(lf("mail_"), "email"),
            "FIRST_NAME": Y(lf("first_"), "name"),
            "LAST_NAME": Y(lf("last_"), "name"),
            "MOBILE_E164": Y(lambda f: f.mobile_("e164"), "phone"),
            "HOME_POSTCODE": Y(lf("postcode_"), "zipcode"),
            "HOME_STATE": G(lf("state_")),
            "COUNTRY_CODE": G(lambda f: f.cc),
            "DATE_OF_BIRTH": Y(lambda f: f.dob, "birthdate"),
            "LIFETIME_BOOKINGS": G(lambda f: f.r.randint(0, 140)),
            "LIFETIME_SPEND_LOCAL": G(lambda f: f.money(0, 12000)),
            "LAST_BOOKING_AT": G(lf("ts")),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "IS_SITTER": G(lambda f: f.pick([True, False])),
            "ACQUISITION_CHANNEL": G(lambda f: f.pick(["paid_search", "organic", "referral", "paid_social"])),
            "PRIMARY_PET_NAME": G(lambda f: f.pet_name()),
            "PET_COUNT": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    # -- South African backend (Afrikaans keys) -------------------------------------------------
    (
        "track",
        "Sitter Verified",
        "go",
        {
            "oppasser_id": G(lambda f: f.r.randint(100000, 999999)),
            "volle_naam": Y(lf("full_"), "name"),
            "id_nommer": RED(lambda f: f.sa_id(), "national id"),
            "geboortedatum": Y(lambda f: f.dob, "birthdate"),
            "geslag": Y(lambda f: {"F": "vroulik", "M": "manlik"}[f.sex], "gender"),
            "ouderdom": G(lambda f: 2024 - int(f.dob[:4])),
            "selnommer": Y(lf("mobile_"), "phone"),
            "e_pos": Y(lf("mail_"), "email"),
            "woonadres": {
                "straat": Y(lf("street_"), "street|address"),
                "voorstad": Y(lf("suburb_"), "city"),
                "stad": Y(lf("city_"), "city"),
                "poskode": Y(lf("postcode_"), "zipcode"),
                "provinsie": G(lf("state_")),
            },
            "bankbesonderhede": {
                "bank_naam": G(lambda f: f.pick(["FNB", "Standard Bank", "Absa", "Capitec", "Nedbank"])),
                "takkode": G(lambda f: f.branch_code()),
                "rekeningnommer": RED(lambda f: f.bank_account(), "bank account"),
                "rekeningtipe": G(lambda f: f.pick(["tjek", "spaar", "transmissie"])),
            },
            "noodkontak": {
                "naam": Y(lambda f: f.other_name(), "name"),
                "selnommer": Y(lambda f: f.other_mobile(), "phone"),
                "verhouding": G(lambda f: f.pick(["ma", "pa", "eggenoot", "vriend", "suster"])),
            },
            "geverifieer": G(lambda f: f.pick([True, False])),
            "verifikasie_datum": G(lf("day")),
        },
        "ZA",
    ),
    (
        "track",
        "Home Visit Completed",
        "go",
        {
            "besoek_id": G(lambda f: f.uuid()),
            "eienaar_naam": Y(lf("full_"), "name"),
            "eienaar_selnommer": Y(lf("mobile_"), "phone"),
            "troeteldier_naam": G(lambda f: f.pet_name()),
            "ras": G(lambda f: f.pick(DOG_BREEDS)),
            "notas": G(
                lambda f: f.pick(
                    ["Alles reg, hond het geëet.", "Water bak aangevul", "Katte binne gehou", ""]
                )
            ),
            "sleutel_teruggegee": G(lambda f: f.pick([True, False])),
            "alarm_kode": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret"),
        },
        "ZA",
    ),
    # -- French invoicing backend ---------------------------------------------------------------
    (
        "track",
        "Booking Invoice Issued",
        "php",
        {
            "numero_facture": G(lambda f: f"F2024-{f.digits(6)}"),
            "montant_ht": G(lambda f: f.money(20, 1200)),
            "montant_ttc": G(lambda f: f.money(24, 1440)),
            "tva": G(lambda f: f.money(4, 240)),
            "client": {
                "nom": Y(lf("last_"), "name"),
                "prenom": Y(lf("first_"), "name"),
                "adresse": Y(lf("street_"), "address|street"),
                "code_postal": Y(lf("postcode_"), "zipcode"),
                "ville": Y(lf("city_"), "city"),
                "courriel": Y(lf("mail_"), "email"),
                "telephone": Y(lf("mobile_"), "phone"),
            },
            "animal": {
                "nom": G(lambda f: f.pet_name()),
                "espece": G(lambda f: f.pick(["chien", "chat", "lapin"])),
                "race": G(
                    lambda f: f.pick(
                        ["Bouledogue français", "Berger australien", "Chartreux", "Labrador", "Croisé"]
                    )
                ),
                "date_naissance": G(lambda f: f.date(2010, 2024)),
            },
            "prestataire": {
                "nom_complet": Y(lambda f: f.other_name(), "name"),
                "siret": Y(lambda f: f.siret(), "identification"),
                "telephone": Y(lambda f: f.other_mobile(), "phone"),
            },
            "mode_paiement": G(lambda f: f.pick(["carte", "virement", "paypal"])),
        },
        "FR",
    ),
]

SCREENS = {
    "android": ["Walk Summary", "Booking Detail", "Inbox", "Pet Profile"],
}

# relative weights: a walk app sends many route uploads; aliases and onboarding are rarer
WEIGHTS = {
    "Walk Route Uploaded": 2,
    "Walk Started": 2,
    "Walk Completed": 2,
    "Message Sent": 2,
    "Sitters Searched": 2,
}


def build(seed: int, repeats: int):
    f = PetFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for entry in EVENTS:
            kind, event, client, body = entry[:4]
            cc = entry[4] if len(entry) > 4 else None
            for _ in range(WEIGHTS.get(event or "", 1)):
                f.subject(cc)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.pick(["", "ajs-next-"]) + f.uuid() if client == "web" else f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "u_" + f.digits(8),
                }
                if kind == "track":
                    msg["event"] = event
                if kind == "group":
                    msg["groupId"] = "biz_" + f.digits(5)
                if kind == "screen":
                    msg["name"] = f.pick(SCREENS[client])
                if kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=289, repeats=26)
    write(Path(__file__).parent, "holdout289_", events, labels)
