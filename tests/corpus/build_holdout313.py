"""Writes holdout 313: tests/corpus/holdout313_events.jsonl and holdout313_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for the format only) and the
reference's matcher table, without reading the detection engine, its vocabularies, its tests, the
other corpora's labels or any score. Nothing here was tuned to the engine's output.

Domain: equestrian stables, riding lessons and horse competitions. A riding-school and
livery-yard booking app (lessons, riders' levels, waivers, emergency contacts, helmet and
body-protector sizes, horse ownership and passports, farrier and vet visits, livery invoices,
tack-shop e-commerce, gift vouchers, staff records and job applications) plus show-jumping and
eventing entries and results, in Ireland, France and New Zealand. Client libraries: analytics.js
(with campaign and userAgentData), analytics-swift, analytics-kotlin (with context.location),
analytics-react-native, analytics_flutter, and server libraries python, node, go, java, ruby, php
and .NET (analytics-csharp). Calls: identify, track, page, screen, group, alias. Keys are mostly
camelCase and snake_case; PascalCase from the .NET livery-billing service, kebab-case from a web
form library, SCREAMING_SNAKE from a warehouse reverse-ETL sync, French keys from the French
yard-management backend (php), Irish (Gaeilge) keys from an Irish pony-club form and Māori keys
from a New Zealand pony-club app; values in French, Irish and te reo Māori where natural.

Conventions: each message gets a coherent persona (country, name, e-mail, phone, address in that
country's format) and a second person (a guardian, contact, recipient, owner or staff member), so
values agree within an event. Irish PPSNs carry their mod-23 check letter, French NIRs their
97-key, NZ IRD numbers their mod-11 check digit, NZ NHIs their check character, IBANs (IE, FR)
their mod-97 digits, cards pass Luhn. Horses are things: UELNs, microchips, FEI horse ids, horse
names, vet diagnoses and medications for horses are green.

Labelling rules (the product's default colours, applied as the brief states them):
- PII is data about a natural person (rider, guardian, emergency contact, recipient, horse owner,
  instructor, groom, vet, farrier); colour is the reference matcher's default, otherwise red for
  credentials, secrets, tokens, card numbers, bank accounts, government and health ids, yellow
  for everything else.
- Green: ids we or a business issue (user, booking, lesson, invoice, membership, FEI rider id,
  Horse Sport Ireland / FFE / ESNZ membership and licence numbers: a federation's rider licence
  is a membership number), versions, timestamps, hashes of non-PII, amounts, enums, counters and
  booleans under PII-sounding keys, ages and age categories, job titles, a business's own
  phone/e-mail/address (yard, venue, vet practice, role mailboxes), places that are not the
  person's (venue, show town, county, country), clothing/helmet/body-protector sizes, animal data.
- Contested cases follow the published policy in the brief: insurance policy numbers yellow
  `identification`, pay rates yellow `salary`, vehicle plates yellow `license`, VINs yellow
  `serial`, gclid/fbclid/fbp/fbc yellow `advertising id`, payment-method tokens and one-time codes
  red `token` (a gift voucher's redeemable code is such a code), health numbers (NZ NHI, Irish
  medical card) red `health id`, right-to-work and visa sponsorship answers red `visa`.
- Decisions this corpus had to make (what a careful privacy owner would want flagged):
  a rider's body weight is physical-health data about the person: yellow `condition`;
  a boolean that says the rider has a medical condition is yellow `condition`; taking part in
  Riding for the Disabled or needing a mounting ramp is red `disability`; NZ ethnicity and iwi
  affiliation are yellow `ethnicity`; a rider's nationality in results is yellow `citizenship`;
  sha256 hashes of an e-mail or phone sent for ad matching (Meta CAPI `em`, `ph`) are personal
  data, yellow and typed by what was hashed (the key says so: not value_only); a hash of our own
  user id is green; an APNs/FCM push token is red `token`; the person's city from IP geolocation
  is yellow `city`; a rider's profile photo is yellow `photo`, a horse's photo green; the name of
  a person typed as a signature is yellow `name`.
- value_only is true when the key does not say what the value is (`answer`, `input`, `text`,
  `comment`, `message`, `search_term`, `to`, `from`, `recipient`, Twilio's `payload.From` and
  `payload.Body`); a key in French, Irish or Māori that names the thing (`courriel`, `ríomhphost`,
  `īmēra`) is not value_only. A value_only PII path holds that PII in every one of its values;
  free-text fields here either carry the PII in every value (labelled by it) or in none (green:
  lesson feedback, farrier notes, delivery instructions).
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake


@dataclass
class Fixed:
    """An array of differently shaped items, all under the same `path[]` (Typeform answers)."""

    items: list


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    """build.render plus Fixed."""
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Fixed):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


# -- people and places --------------------------------------------------------------------------

FIRST = {
    "IE": ["Aoife", "Siobhán", "Cian", "Pádraig", "Niamh", "Oisín", "Caoimhe", "Darragh", "Saoirse", "Eoin"],
    "FR": ["Camille", "Élodie", "Hugo", "Margaux", "Théo", "Louise", "Mathilde", "Baptiste", "Inès", "Anaïs"],
    "NZ": ["Aroha", "Tama", "Mere", "Wiremu", "Hine", "Rāwiri", "Ngaio", "Manaia", "Charlotte", "Sione"],
    "XX": [
        "Priya",
        "Kenji",
        "Fatima Zahra",
        "Oluwaseun",
        "Zofia",
        "Ana",
        "Lars",
        "Mei Lin",
        "Ahmed",
        "Ioana",
    ],
}
LAST = {
    "IE": [
        "Ó Briain",
        "Murphy",
        "Kelly",
        "O'Sullivan",
        "Ní Mhaoláin",
        "Fitzgerald",
        "Byrne",
        "Walsh",
        "Ryan",
    ],
    "FR": ["Lefèvre", "Marchand", "Girard", "Dubois-Laurent", "Rousseau", "Fontaine", "Chevalier", "Bénard"],
    "NZ": ["Ngata", "Te Whata", "Parata", "Tipene", "Walker", "Horomona", "Rangihuna", "Taufa", "Te Rangi"],
    "XX": [
        "Raman",
        "Watanabe",
        "Benali",
        "Adeyemi",
        "Nowak",
        "Souza",
        "Eriksen",
        "Chen",
        "Hassan",
        "Popescu",
    ],
}
MAIL = {
    "IE": ["gmail.com", "eircom.net", "yahoo.ie", "outlook.com", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NZ": ["xtra.co.nz", "gmail.com", "hotmail.co.nz", "outlook.co.nz", "icloud.com"],
    "XX": ["gmail.com", "outlook.com", "proton.me", "web.de", "yahoo.com"],
}
# (town, county/region, postal code prefix or code)
TOWNS = {
    "IE": [
        ("Naas", "Kildare", "W91"),
        ("Kildare", "Kildare", "R51"),
        ("Clonmel", "Tipperary", "E91"),
        ("Mullingar", "Westmeath", "N91"),
        ("Kilkenny", "Kilkenny", "R95"),
        ("Ballinasloe", "Galway", "H53"),
        ("Dunboyne", "Meath", "A86"),
        ("Enniskerry", "Wicklow", "A98"),
    ],
    "FR": [
        ("Chantilly", "Oise", "60500"),
        ("Saumur", "Maine-et-Loire", "49400"),
        ("Fontainebleau", "Seine-et-Marne", "77300"),
        ("Deauville", "Calvados", "14800"),
        ("Pau", "Pyrénées-Atlantiques", "64000"),
        ("Lamotte-Beuvron", "Loir-et-Cher", "41600"),
    ],
    "NZ": [
        ("Matamata", "Waikato", "3400"),
        ("Cambridge", "Waikato", "3434"),
        ("Taupō", "Waikato", "3330"),
        ("Hastings", "Hawke's Bay", "4120"),
        ("Karaka", "Auckland", "2113"),
        ("Rangiora", "Canterbury", "7400"),
    ],
    "XX": [
        ("Newmarket", "Suffolk", "CB8 9AA"),
        ("Warendorf", "Nordrhein-Westfalen", "48231"),
        ("Lexington", "KY", "40511"),
        ("Wellington", "FL", "33414"),
    ],
}
STREETS = {
    "IE": ["Main Street", "Ballymore Road", "Church Lane", "The Paddocks", "Kilcullen Road", "Green Road"],
    "FR": [
        "rue des Écuries",
        "chemin du Haras",
        "avenue du Général Leclerc",
        "allée des Tilleuls",
        "rue Pasteur",
    ],
    "NZ": ["Rata Street", "Kaipaki Road", "Te Awa Road", "Pōhutukawa Drive", "Station Road", "Kowhai Lane"],
    "XX": ["High Street", "Bahnhofstraße", "Oak Avenue", "Paddock Lane"],
}
COUNTRY_CODE = {"IE": "IE", "FR": "FR", "NZ": "NZ"}

HORSES = [
    "Ballyhale Lad",
    "Cavalier Royale",
    "Kahu Tere",
    "Jolie des Pins",
    "Tūī Bay",
    "Coolmore Cruise",
    "Molly",
    "Charlie",
    "Paddy",
    "Ulysse du Bois",
    "Hinemoa Dream",
    "Clover Hill Rebel",
    "Biscuit",
    "Quarta d'Ivoire",
]
PONIES = ["Jasper", "Toffee", "Smartie", "Connemara Bay", "Pipi", "Flicka", "Rosie"]
YARDS = [
    "Kilcullen Equestrian Centre",
    "Haras de la Forêt",
    "Matamata Riding Academy",
    "Ballymore Livery Yard",
    "Écurie du Lys",
    "Te Awa Equestrian",
]
VENUES = [
    ("Millstreet", "IE"),
    ("Ballindenisk", "IE"),
    ("Fontainebleau Grand Parquet", "FR"),
    ("Pompadour", "FR"),
    ("Puhinui", "NZ"),
    ("Taupō Equestrian Centre", "NZ"),
    ("Kihikihi Domain", "NZ"),
    ("Tattersalls", "IE"),
]
INSTRUCTOR_LEVELS = ["Level 1 Coach", "BEES 1", "ESNZ Coach L2", "BHS Stage 4"]


class Stable(Fake):
    """Fake plus coherent people for one message: self.p (the person), self.q (someone else)."""

    def person(self, country=None):
        r = self.r
        c = country or self.pick(["IE", "IE", "IE", "FR", "FR", "NZ", "NZ", "NZ", "XX"])
        culture = c if r.random() < 0.75 else self.pick(["IE", "FR", "NZ", "XX"])
        first, last = self.pick(FIRST[culture]), self.pick(LAST[culture])
        town, county, code = self.pick(TOWNS[c])
        local = self.ascii(first).lower().split(" ")[0]
        sep = self.pick([".", "_", "", ""])
        email = f"{local}{sep}{self.ascii(last).lower().replace(' ', '')[:8]}"
        if r.random() < 0.5:
            email += str(r.randint(1, 99))
        return {
            "c": c,
            "first": first,
            "last": last,
            "name": f"{first} {last}",
            "email": f"{email}@{self.pick(MAIL[c])}",
            "phone": self.phone_in(c),
            "street": self.street_in(c),
            "town": town,
            "county": county,
            "postcode": self.postcode(c, code),
            "country": {"IE": "Ireland", "FR": "France", "NZ": "New Zealand", "XX": "United Kingdom"}[c],
            "dob": self.date(1960, 2015),
        }

    def start(self):
        self.p = self.person()
        self.q = self.person(self.p["c"] if self.r.random() < 0.8 else None)

    @staticmethod
    def ascii(s):
        table = str.maketrans("áéèêëíóúāēīōūçïàâ'", "aeeeeiouaeiouciaa ")
        return s.translate(table).replace(" ", "")

    def phone_in(self, c):
        r = self.r
        d = self.digits
        if c == "IE":
            p = self.pick(["83", "85", "86", "87", "89"])
            return self.pick(
                [f"+353 {p} {d(3)} {d(4)}", f"0{p} {d(3)} {d(4)}", f"+353{p}{d(7)}", f"0{p}-{d(7)}"]
            )
        if c == "FR":
            pairs = [f"{r.randint(0, 99):02d}" for _ in range(4)]
            m = self.pick(["6", "7"])
            return self.pick(
                [f"+33 {m} {' '.join(pairs)}", f"0{m} {' '.join(pairs)}", f"+33{m}{''.join(pairs)}"]
            )
        if c == "NZ":
            p = self.pick(["21", "22", "27", "29"])
            return self.pick(
                [f"+64 {p} {d(3)} {d(4)}", f"0{p} {d(3)} {d(4)}", f"+64{p}{d(7)}", f"0{p}-{d(7)}"]
            )
        return self.pick([f"+44 7{d(3)} {d(6)}", f"+49 151 {d(8)}", f"+1 859-{d(3)}-{d(4)}"])

    def e164(self, who):
        raw = who["phone"].replace(" ", "").replace("-", "")
        if raw.startswith("0"):
            return {"IE": "+353", "FR": "+33", "NZ": "+64"}[who["c"]] + raw[1:]
        return raw

    def street_in(self, c):
        n = self.r.randint(1, 180)
        s = self.pick(STREETS[c])
        if c == "FR":
            return f"{n}{self.pick(['', '', ' bis'])} {s}"
        if c == "IE" and self.r.random() < 0.3:
            return f"{self.pick(['Coolnagun', 'Brannockstown', 'Rathmore', 'Ballyshannon'])}, {s}"
        return f"{n} {s}"

    def postcode(self, c, code):
        if c == "IE":  # Eircode: routing key + unique identifier
            return f"{code} {''.join(self.pick('ACDEFHKNPRTVWXY0123456789') for _ in range(4))}"
        return code

    # -- identifiers with real check digits ------------------------------------------------------

    def ppsn(self):
        body = self.digits(7)
        second = self.pick(["", "A", "W"]) if self.r.random() < 0.6 else ""
        total = sum(int(x) * w for x, w in zip(body, range(8, 1, -1), strict=True))
        if second == "A":
            total += 9
        letters = "WABCDEFGHIJKLMNOPQRSTUV"
        return body + letters[total % 23] + second

    def nir(self, dob=None):
        r = self.r
        year = dob[2:4] if dob else f"{r.randint(60, 99):02d}"
        month = dob[5:7] if dob else f"{r.randint(1, 12):02d}"
        dept = self.pick(["60", "49", "77", "14", "64", "75", "69"])
        body = f"{self.pick(['1', '2'])}{year}{month}{dept}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        if r.random() < 0.5:
            return f"{body}{key:02d}"
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"

    def ird(self):
        while True:
            base = self.r.randint(1_000_000, 14_999_999)
            for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
                rem = sum(int(x) * w for x, w in zip(f"{base:08d}", weights, strict=True)) % 11
                check = 0 if rem == 0 else 11 - rem
                if check != 10:
                    break
            else:
                continue
            n = f"{base}{check}".zfill(9)
            return self.pick([f"{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def nhi(self):
        alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O; A=1
        while True:
            letters = "".join(self.pick(alpha) for _ in range(3))
            nums = self.digits(3) if self.r.random() < 0.5 else f"{self.r.randint(0, 999):03d}"
            values = [alpha.index(ch) + 1 for ch in letters] + [int(x) for x in nums]
            total = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True))
            rem = total % 11
            if rem == 0:
                continue
            check = 11 - rem
            if check == 10:
                continue
            return f"{letters}{nums}{check}"

    def iban_for(self, c):
        if c == "FR":
            country, bban = "FR", self.digits(5) + self.digits(5) + self.digits(11) + self.digits(2)
        else:
            bic = self.pick(["AIBK", "BOFI", "IPBS", "ULSB"])
            country, bban = "IE", bic + self.pick(["931152", "900017", "990510", "985010"]) + self.digits(8)
        numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def nz_account(self):
        bank = self.pick(["01", "02", "03", "06", "12", "38"])
        return f"{bank}-{self.digits(4)}-{self.digits(7)}-{self.r.randint(0, 3):02d}"

    # -- animals, places and things ------------------------------------------------------------

    def horse(self):
        return self.pick(HORSES)

    def ueln(self):
        return self.pick(["372004", "250001", "554001", "372010"]) + self.digits(9)

    def microchip(self):
        prefix = self.pick(["985", "250269", "372141", "956"])
        return prefix + self.digits(15 - len(prefix))

    def fei_horse(self):
        return (
            f"{self.r.randint(100, 109)}{self.pick(['AB', 'CD', 'EQ', 'KX', 'PL'])}{self.r.randint(10, 99)}"
        )

    def plate(self, c=None):
        c = c or self.p["c"]
        if c == "IE":
            year, county = (
                self.pick(["221", "222", "191", "231", "12"]),
                self.pick(["KE", "KK", "D", "TN", "WH"]),
            )
            return f"{year}-{county}-{self.r.randint(1, 9999)}"
        if c == "FR":
            up = "ABCDEFGHJKLMNPRSTVWXYZ"
            return f"{self.pick(up)}{self.pick(up)}-{self.r.randint(100, 999)}-{self.pick(up)}{self.pick(up)}"
        letters = self.pick("KLMN") + self.pick("ABCDEFGHJ") + self.pick("ABCDEFGHJ")
        return f"{letters}{self.r.randint(100, 999)}"

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        prefix = self.pick(["WDB9066351", "VF1MA000", "SFD3R0000", "WMA06XZZ"])
        return prefix + "".join(self.pick(chars) for _ in range(17 - len(prefix)))

    def eur(self, lo, hi):
        return round(self.r.uniform(lo, hi), 2)


# -- contexts ---------------------------------------------------------------------------------


def web_ctx(path, title):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.ie/", "", "https://www.facebook.com/", "https://www.google.fr/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=newsletter&utm_medium=email", "?ref=yard_page", "?lang=fr"]
                )
            ),
            "title": G(lambda f: title),
            "url": G(
                lambda f: f.pick(["https://book.stablemate.app", "https://reserver.stablemate.fr"]) + path
            ),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
                    "Gecko) Version/17.4 Safari/605.1.15",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                    "like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
                    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/124.0.6367.82 Mobile Safari/537.36",
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-IE", "fr-FR", "en-NZ", "mi-NZ", "ga-IE"])),
        "timezone": G(lambda f: f.pick(["Europe/Dublin", "Europe/Paris", "Pacific/Auckland"])),
        "campaign": {
            "name": G(lambda f: f.pick(["summer_camps_2024", "livery_autumn", "pony_club_camp"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    ["riding lessons kildare", "cours equitation chantilly", "pony camp waikato"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "carousel_2", "textlink"])),
        },
    }


def swift_ctx(app="StableMate"):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["4.6.0", "4.7.2", "4.8.0"])),
            "build": G(lambda f: f.pick(["460", "472", "480"])),
            "namespace": G(lambda f: "app.stablemate.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPad13,18", "iPhone16,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-IE", "fr-FR", "en-NZ"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 820])),
            "height": G(lambda f: f.pick([844, 852, 1180])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Dublin", "Europe/Paris", "Pacific/Auckland"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "rdr_" + f.digits(6)),
            "email": Y(lambda f: f.p["email"], "email"),
        },
    }


def kotlin_ctx():
    return {
        "app": {
            "name": G(lambda f: "StableMate"),
            "version": G(lambda f: f.pick(["4.6.0", "4.7.1"])),
            "build": G(lambda f: f.pick(["40600", "40701", "40702"])),
            "namespace": G(lambda f: "app.stablemate.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "CPH2449", "23021RAAEG"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "OP5961L1", "tapas"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-IE", "fr-FR", "en-NZ"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-46.0, 53.9), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-9.9, 176.9), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 4.8])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vodafone IE", "Three", "Orange F", "SFR", "One NZ", "Spark NZ"])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Dublin", "Europe/Paris", "Pacific/Auckland"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; CPH2449 Build/UKQ1.230924.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "rdr_" + f.digits(6))},
    }


def rn_ctx():
    return {
        "app": {
            "name": G(lambda f: "EventEntries"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1", "2.4.2"])),
            "build": G(lambda f: f.pick(["123", "131", "132"])),
            "namespace": G(lambda f: "nz.evententries.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 8"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "shiba"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-NZ", "en-IE", "fr-FR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Pacific/Auckland", "Europe/Dublin", "Europe/Paris"])),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
        },
        "location": {
            "city": Y(lambda f: f.p["town"], "city"),
            "country": G(lambda f: f.p["country"]),
            "region": G(lambda f: f.p["county"]),
        },
    }


def flutter_ctx():
    return {
        "app": {
            "name": G(lambda f: "Pony Club Aotearoa"),
            "version": G(lambda f: f.pick(["1.9.0", "1.9.3", "2.0.0"])),
            "build": G(lambda f: f.pick(["41", "44", "50"])),
            "namespace": G(lambda f: "nz.ponyclub.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone12,8", "SM-A156E", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "locale": G(lambda f: f.pick(["en-NZ", "mi-NZ"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([375, 393])), "height": G(lambda f: f.pick([667, 873]))},
        "timezone": G(lambda f: "Pacific/Auckland"),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.2.1"],
    "analytics-java": ["3.5.1", "3.5.2"],
    "analytics-ruby": ["2.4.1", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.1"],
    "analytics-csharp": ["2.3.5", "2.4.0"],
}


def server_ctx(lib, ip=False, extra=None):
    ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
    if ip:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                    "like Gecko) Mobile/15E148",
                    "StableMate/4.7.2 (iPhone; iOS 17.5; Scale/3.00)",
                ]
            )
        )
        ctx["locale"] = G(lambda f: f.pick(["en-IE", "fr-FR", "en-NZ"]))
    if extra:
        ctx.update(extra)
    return ctx


CONTEXTS = {
    "web": None,  # per event (page path and title)
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
}


# -- reusable leaves --------------------------------------------------------------------------

P_FIRST = Y(lambda f: f.p["first"], "name")
P_LAST = Y(lambda f: f.p["last"], "name")
P_NAME = Y(lambda f: f.p["name"], "name")
P_EMAIL = Y(lambda f: f.p["email"], "email")
P_PHONE = Y(lambda f: f.p["phone"], "phone")
P_DOB = Y(lambda f: f.p["dob"], "birthdate")
Q_NAME = Y(lambda f: f.q["name"], "name")
Q_PHONE = Y(lambda f: f.q["phone"], "phone")
Q_EMAIL = Y(lambda f: f.q["email"], "email")
LEVEL = G(lambda f: f.pick(["beginner", "novice", "intermediate", "advanced", "competition"]))
CURRENCY = G(lambda f: f.pick(["EUR", "NZD"]))
LESSON_TYPE = G(lambda f: f.pick(["private", "semi_private", "group", "hack", "pony_camp", "jumping_clinic"]))


def iso_date(f, y0=2024, y1=2025):
    return f"{f.r.randint(y0, y1)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def with_phone(f, who):
    ph = who["phone"]
    return f.pick(
        [
            f"Running 10 min late, ring me on {ph}",
            f"Can you call {ph} before the lesson? Pony was lame last week",
            f"Mum will collect, her number is {ph}",
            f"Please text {ph} if the arena is waterlogged",
            f"Appelez-moi au {ph} svp",
            f"Kia ora, text me on {ph} if it's cancelled",
        ]
    )


PRODUCT = {
    "product_id": G(lambda f: f.digits(7)),
    "sku": G(
        lambda f: (
            f.pick(["SP", "HB", "BP", "HO", "LR"])
            + "-"
            + f.digits(4)
            + "-"
            + f.pick(["NVY", "BLK", "FULL", "COB", "M"])
        )
    ),
    "name": G(
        lambda f: f.pick(
            [
                "Le Mieux ProSorb Saddle Pad",
                "Charles Owen MS1 Pro Helmet",
                "Airowear Outlyne Body Protector",
                "Cornucopia Hoof Oil 1L",
                "Horseware Rambo Turnout Rug",
                "Lead Rope (Cotton)",
            ]
        )
    ),
    "brand": G(lambda f: f.pick(["LeMieux", "Charles Owen", "Airowear", "Horseware", "Dodson & Horrell"])),
    "category": G(lambda f: f.pick(["Saddle Pads", "Helmets", "Body Protectors", "Hoof Care", "Rugs"])),
    "variant": G(lambda f: f.pick(["Navy / Full", "57cm", "Child L", "Cob", "Black"])),
    "price": G(lambda f: f.eur(6, 420)),
    "quantity": G(lambda f: f.r.randint(1, 3)),
    "position": G(lambda f: f.r.randint(1, 24)),
    "url": G(lambda f: f"https://shop.stablemate.app/p/{f.digits(5)}"),
    "image_url": G(lambda f: f"https://cdn.stablemate.app/p/{f.hexid(10)}.webp"),
}


# -- events -------------------------------------------------------------------------------------
# (kind, event, clients, body). Clients: "web:/path|Title", "swift", "kotlin", "rn", "flutter",
# or a server library name; "+ip" marks a server source that forwards the visitor's IP.

EVENTS = [
    # ---- accounts and riders' profiles ----------------------------------------------------------
    (
        "identify",
        None,
        ["web:/account|My account - StableMate", "swift", "kotlin", "analytics-node+ip"],
        {
            "email": P_EMAIL,
            "name": P_NAME,
            "firstName": P_FIRST,
            "lastName": P_LAST,
            "phone": P_PHONE,
            "birthday": P_DOB,
            "age": G(lambda f: f.r.randint(6, 64)),
            "address": {
                "street": Y(lambda f: f.p["street"], "street|address"),
                "city": Y(lambda f: f.p["town"], "city"),
                "state": G(lambda f: f.p["county"]),
                "postalCode": Y(lambda f: f.p["postcode"], "zipcode"),
                "country": G(lambda f: f.p["country"]),
            },
            "createdAt": G(lambda f: f.iso()),
            "riderLevel": LEVEL,
            "preferredDiscipline": G(lambda f: f.pick(["show_jumping", "eventing", "dressage", "hacking"])),
            "homeYardId": G(lambda f: "yard_" + f.digits(4)),
            "lessonsBooked": G(lambda f: f.r.randint(0, 140)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "avatar": Y(lambda f: f"https://cdn.stablemate.app/avatars/{f.uuid()}.jpg", "photo"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "plan": G(lambda f: f.pick(["pay_as_you_go", "10_lesson_card", "monthly_unlimited"])),
        },
    ),
    (
        "track",
        "Rider Profile Updated",
        ["swift", "kotlin", "web:/account/rider|Rider profile"],
        {
            "rider_id": G(lambda f: "rdr_" + f.digits(6)),
            "rider_first_name": P_FIRST,
            "rider_last_name": P_LAST,
            "date_of_birth": P_DOB,
            "age_category": G(
                lambda f: f.pick(["U12", "U14", "U16", "U18", "Young Rider", "Senior", "Veteran 45+"])
            ),
            "rider_weight_kg": Y(lambda f: f.r.randint(28, 105), "condition"),
            "helmet_size": G(lambda f: f.pick(["52cm", "54cm", "56cm", "57cm", "59cm", "XS", "M"])),
            "body_protector_size": G(
                lambda f: f.pick(["Child M", "Child L", "Adult XS", "Adult S Short", "Adult M Long"])
            ),
            "boot_size_eu": G(lambda f: f.r.randint(31, 45)),
            "riding_experience_years": G(lambda f: f.r.randint(0, 30)),
            "has_medical_condition": Y(lambda f: f.pick([True, False]), "condition"),
            "medical_conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["asthma", "epilepsy", "type 1 diabetes", "previous concussion", "ADHD"]
                    ),
                    "condition",
                ),
                2,
            ),
            "allergies": Y(
                lambda f: f.pick(["bee stings", "penicillin", "hay fever", "none known"]), "allergy"
            ),
            "medication": Y(
                lambda f: f.pick(["Ventolin inhaler", "EpiPen", "insulin", "methylphenidate"]), "medication"
            ),
            "medical_form_completed": G(lambda f: f.pick([True, False])),
            "profile_photo_url": Y(lambda f: f"https://cdn.stablemate.app/riders/{f.hexid(12)}.jpg", "photo"),
            "fields_changed": Many(G(lambda f: f.pick(["weight", "helmet_size", "level", "allergies"])), 3),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["swift", "kotlin", "web:/account/contacts|Emergency contacts"],
        {
            "rider_id": G(lambda f: "rdr_" + f.digits(6)),
            "contact_id": G(lambda f: f.uuid()),
            "emergency_contact": {
                "name": Q_NAME,
                "relationship": G(
                    lambda f: f.pick(["mother", "father", "partner", "grandparent", "friend", "spouse"])
                ),
                "mobile": Q_PHONE,
                "alt_phone": Y(lambda f: f.phone_in(f.q["c"]), "phone"),
                "email": Q_EMAIL,
            },
            "is_primary": G(lambda f: f.pick([True, False])),
            "emergency_contact_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["web:/account/family|Family members", "swift"],
        {
            "parent_user_id": G(lambda f: "usr_" + f.digits(7)),
            "dependant_id": G(lambda f: "rdr_" + f.digits(6)),
            "child": {
                "first_name": Y(lambda f: f.q["first"], "name"),
                "last_name": Y(lambda f: f.p["last"], "name"),
                "dob": Y(lambda f: f.date(2010, 2019), "birthdate"),
                "school": G(
                    lambda f: f.pick(
                        ["Scoil Bhríde", "St. Mary's NS", "École Saint-Joseph", "Matamata Primary"]
                    )
                ),
                "pony_club_branch": G(
                    lambda f: f.pick(["Naas Pony Club", "Kildare Hunt PC", "Matamata PC", "Cambridge PC"])
                ),
            },
            "dependants_total": G(lambda f: f.r.randint(1, 4)),
            "relationship_to_child": G(lambda f: f.pick(["parent", "guardian", "grandparent"])),
            "child_gender": Y(lambda f: f.pick(["girl", "boy", "non-binary"]), "gender|sex"),
        },
    ),
    (
        "track",
        "Waiver Signed",
        ["web:/waiver|Liability waiver", "analytics-python+ip"],
        {
            "waiver_id": G(lambda f: f.uuid()),
            "waiver_version": G(lambda f: f.pick(["2024.1", "2024.3", "2025.1"])),
            "signed_at": G(lambda f: f.iso()),
            "signed_by": P_NAME,
            "signer_email": P_EMAIL,
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
            "participant_is_minor": G(lambda f: f.pick([True, False])),
            "participant_name": Y(lambda f: f.q["name"], "name"),
            "participant_dob": Y(lambda f: f.date(2008, 2018), "birthdate"),
            "guardian_relationship": G(lambda f: f.pick(["mother", "father", "legal guardian"])),
            "photo_consent": G(lambda f: f.pick([True, False])),
            "accepted_risk_clause": G(lambda f: True),
            "pdf_sha256": G(lambda f: f.hexid(64)),
            "pdf_url": G(lambda f: f"https://files.stablemate.app/waivers/{f.uuid()}.pdf"),
            "rda_participant": RED(lambda f: f.pick([True, False]), "disability"),
            "mounting_ramp_required": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    # ---- lessons ------------------------------------------------------------------------------
    (
        "track",
        "Lessons Searched",
        ["web:/lessons|Book a lesson", "swift", "kotlin"],
        {
            "q": G(
                lambda f: f.pick(
                    ["jumping clinic", "beginner lesson naas", "cours galop 3", "pony camp", "hack beach"]
                )
            ),
            "near": G(lambda f: f.pick(["Naas", "Chantilly", "Matamata", "Kilkenny", "Saumur"])),
            "date_from": G(lambda f: iso_date(f)),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "filters": {
                "lesson_type": LESSON_TYPE,
                "level": LEVEL,
                "indoor_only": G(lambda f: f.pick([True, False])),
                "max_price": G(lambda f: f.pick([40, 55, 70, 90])),
            },
        },
    ),
    (
        "track",
        "Lesson Booked",
        ["web:/lessons/book|Confirm booking", "swift", "kotlin", "analytics-node+ip"],
        {
            "booking_id": G(lambda f: "BK-" + f.digits(8)),
            "lesson_id": G(lambda f: f.digits(6)),
            "lesson_type": LESSON_TYPE,
            "lesson_start": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 45, 60, 90])),
            "yard_name": G(lambda f: f.pick(YARDS)),
            "yard_id": G(lambda f: "yard_" + f.digits(4)),
            "arena": G(
                lambda f: f.pick(["Indoor arena", "Outdoor sand", "Cross-country field", "Manège couvert"])
            ),
            "instructor_id": G(lambda f: "stf_" + f.digits(4)),
            "instructor_name": Y(lambda f: f.q["name"], "name"),
            "horse_assigned": G(lambda f: f.pick(HORSES + PONIES)),
            "rider_level": LEVEL,
            "riders_in_group": G(lambda f: f.r.randint(1, 6)),
            "price": G(lambda f: f.eur(25, 95)),
            "currency": CURRENCY,
            "paid_with": G(lambda f: f.pick(["card", "lesson_card", "voucher", "apple_pay"])),
            "booker_email": P_EMAIL,
            "comment": Y(lambda f: with_phone(f, f.p), "phone", True),
            "booked_for_dependant": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lesson Feedback Submitted",
        ["swift", "kotlin"],
        {
            "booking_id": G(lambda f: "BK-" + f.digits(8)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "instructor_rating": G(lambda f: f.r.randint(1, 5)),
            "horse_rating": G(lambda f: f.r.randint(1, 5)),
            "feedback_text": G(
                lambda f: f.pick(
                    [
                        "Great session, Biscuit was a star",
                        "Too many riders in the group",
                        "Loved the grid work",
                        "Super cours, merci !",
                        "Arena was very deep after the rain",
                    ]
                )
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Message Sent To Instructor",
        ["swift", "kotlin"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "instructor_id": G(lambda f: "stf_" + f.digits(4)),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi, it's {f.p['name']}, can I move Saturday to 11?",
                        f"{f.p['name']} here - running late, sorry!",
                        f"This is {f.p['first']} {f.p['last']}'s mum, she has a cold today",
                        f"Bonjour, c'est {f.p['name']}, je serai là à 14h",
                    ]
                ),
                "name",
                True,
            ),
            "attachments": G(lambda f: f.r.randint(0, 2)),
            "char_count": G(lambda f: f.r.randint(12, 180)),
        },
    ),
    (
        "screen",
        "Lesson Schedule",
        ["swift", "kotlin", "rn"],
        {
            "week_of": G(lambda f: iso_date(f)),
            "lessons_shown": G(lambda f: f.r.randint(0, 25)),
            "view": G(lambda f: f.pick(["week", "day", "list"])),
        },
    ),
    (
        "page",
        "Lesson Detail",
        ["web:/lessons/detail|Lesson details"],
        {
            "path": G(lambda f: "/lessons/detail"),
            "url": G(lambda f: f"https://book.stablemate.app/lessons/{f.digits(6)}"),
            "title": G(lambda f: "Lesson details"),
            "referrer": G(
                lambda f: f.pick(["https://www.google.ie/", "https://book.stablemate.app/lessons", ""])
            ),
            "search": G(lambda f: f.pick(["", "?date=2024-06-01", "?level=novice"])),
        },
    ),
    # ---- horses, ownership, passports -------------------------------------------------------------
    (
        "track",
        "Horse Added",
        ["swift", "kotlin", "web:/horses/new|Add a horse"],
        {
            "horse_id": G(lambda f: "hrs_" + f.digits(6)),
            "horse_name": G(lambda f: f.horse()),
            "stable_name": G(lambda f: f.pick(["Molly", "Biscuit", "Pádraig", "Kahu", "Jasper", "Lulu"])),
            "breed": G(
                lambda f: f.pick(
                    ["Irish Sport Horse", "Connemara", "Selle Français", "Thoroughbred", "NZ Warmblood"]
                )
            ),
            "sex": G(lambda f: f.pick(["mare", "gelding", "stallion"])),
            "colour": G(lambda f: f.pick(["bay", "chestnut", "grey", "dun", "skewbald"])),
            "height_hh": G(lambda f: f.pick([13.2, 14.2, 15.3, 16.1, 16.3, 17.0])),
            "foaled": G(lambda f: f.date(2004, 2020)),
            "ueln": G(lambda f: f.ueln()),
            "microchip": G(lambda f: f.microchip()),
            "passport_issuer": G(
                lambda f: f.pick(["Horse Sport Ireland", "SIRE/IFCE", "ESNZ", "Weatherbys"])
            ),
            "photo_url": G(lambda f: f"https://cdn.stablemate.app/horses/{f.hexid(12)}.jpg"),
            "owner_name": P_NAME,
            "owner_phone": P_PHONE,
            "insured": G(lambda f: f.pick([True, False])),
            "insurance_policy_number": Y(
                lambda f: f.pick(["EQ", "HP", "BLW"]) + f.digits(8), "identification"
            ),
            "insurer": G(lambda f: f.pick(["FBD", "Equine Insurance NZ", "Equi'Assur", "KBIS"])),
        },
    ),
    (
        "track",
        "Horse Ownership Transferred",
        ["analytics-python", "analytics-go"],
        {
            "transfer_id": G(lambda f: f.uuid()),
            "horse_ueln": G(lambda f: f.ueln()),
            "horse_name": G(lambda f: f.horse()),
            "fei_horse_id": G(lambda f: f.fei_horse()),
            "previous_owner": {
                "name": P_NAME,
                "email": P_EMAIL,
                "member_number": G(lambda f: "HSI" + f.digits(6)),
                "phone": P_PHONE,
            },
            "new_owner": {
                "name": Q_NAME,
                "email": Q_EMAIL,
                "phone": Q_PHONE,
                "address": Y(lambda f: f"{f.q['street']}, {f.q['town']} {f.q['postcode']}", "address"),
            },
            "sale_price": G(lambda f: f.r.randint(2500, 85000)),
            "effective_date": G(lambda f: iso_date(f)),
            "passport_returned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Horse Passport Uploaded",
        ["swift", "kotlin"],
        {
            "horse_id": G(lambda f: "hrs_" + f.digits(6)),
            "ueln": G(lambda f: f.ueln()),
            "file_sha256": G(lambda f: f.hexid(64)),
            "vaccinations_up_to_date": G(lambda f: f.pick([True, False])),
            "last_flu_vaccination": G(lambda f: iso_date(f, 2023, 2024)),
        },
    ),
    # ---- farrier and vet ------------------------------------------------------------------------
    (
        "track",
        "Farrier Visit Logged",
        ["swift", "kotlin", "analytics-ruby"],
        {
            "visit_id": G(lambda f: f.digits(7)),
            "horse_id": G(lambda f: "hrs_" + f.digits(6)),
            "horse_name": G(lambda f: f.horse()),
            "farrier_name": Q_NAME,
            "farrier_mobile": Q_PHONE,
            "work_done": G(
                lambda f: f.pick(["full set", "fronts only", "trim", "remedial - wedges", "lost shoe RF"])
            ),
            "note": G(
                lambda f: f.pick(
                    [
                        "Slight crack LF, keep an eye",
                        "Good feet, next visit 6 weeks",
                        "Needs stud holes for XC",
                        "Was fidgety, tie up next time",
                    ]
                )
            ),
            "cost": G(lambda f: f.eur(30, 160)),
            "next_due": G(lambda f: iso_date(f)),
        },
    ),
    (
        "track",
        "Vet Visit Recorded",
        ["swift", "kotlin", "analytics-java"],
        {
            "visitId": G(lambda f: f.uuid()),
            "horseId": G(lambda f: "hrs_" + f.digits(6)),
            "horseName": G(lambda f: f.horse()),
            "vetPractice": G(
                lambda f: f.pick(
                    ["Anglesey Lodge Equine Hospital", "Clinique Vétérinaire de Grosbois", "Matamata Vets"]
                )
            ),
            "vetPracticePhone": G(
                lambda f: f.pick(["+353 45 441 244", "+33 1 45 69 12 00", "+64 7 888 8197"])
            ),
            "vetName": Q_NAME,
            "diagnosis": G(
                lambda f: f.pick(
                    ["mild spasmodic colic", "laminitis", "hoof abscess RF", "sarcoid", "mud fever"]
                )
            ),
            "treatment": G(
                lambda f: f.pick(
                    ["Danilon 2 sachets BID", "bute 5 days", "poultice + box rest", "Buscopan IV"]
                )
            ),
            "medications": Many(
                G(lambda f: f.pick(["phenylbutazone", "flunixin", "omeprazole", "dexamethasone"])), 2
            ),
            "followUpRequired": G(lambda f: f.pick([True, False])),
            "invoiceTotal": G(lambda f: f.eur(60, 1400)),
        },
    ),
    # ---- livery ----------------------------------------------------------------------------------
    (
        "track",
        "Livery Invoice Issued",
        ["analytics-csharp"],
        {
            "InvoiceNumber": G(lambda f: "LIV-" + f.digits(6)),
            "InvoiceDate": G(lambda f: iso_date(f)),
            "DueDate": G(lambda f: iso_date(f)),
            "LiveryType": G(
                lambda f: f.pick(["Full Livery", "Part Livery", "DIY", "Grass Livery", "Competition Livery"])
            ),
            "StableNumber": G(lambda f: f.pick(["A", "B", "C"]) + str(f.r.randint(1, 30))),
            "HorseName": G(lambda f: f.horse()),
            "CustomerId": G(lambda f: f.digits(6)),
            "CustomerName": P_NAME,
            "CustomerEmail": P_EMAIL,
            "BillingAddress": {
                "Line1": Y(lambda f: f.p["street"], "address|street"),
                "Town": Y(lambda f: f.p["town"], "city"),
                "County": G(lambda f: f.p["county"]),
                "Eircode": Y(lambda f: f.p["postcode"], "zipcode"),
                "Country": G(lambda f: f.p["country"]),
            },
            "AmountNet": G(lambda f: f.eur(120, 950)),
            "VatRate": G(lambda f: f.pick([0.0, 0.135, 0.23])),
            "AmountDue": G(lambda f: f.eur(120, 1100)),
            "Currency": G(lambda f: "EUR"),
            "DirectDebitIban": RED(lambda f: f.iban_for("IE"), "bank account"),
            "Bic": G(lambda f: f.pick(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D"])),
            "MandateReference": G(lambda f: "MND" + f.digits(9)),
            "LineItems": Many(
                {
                    "Description": G(
                        lambda f: f.pick(
                            ["Full livery - June", "Extra hay", "Turnout rug wash", "Clipping", "Shavings x4"]
                        )
                    ),
                    "Quantity": G(lambda f: f.r.randint(1, 4)),
                    "UnitPrice": G(lambda f: f.eur(8, 700)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Livery Payment Failed",
        ["analytics-node", "analytics-csharp"],
        {
            "invoice_number": G(lambda f: "LIV-" + f.digits(6)),
            "amount": G(lambda f: f.eur(120, 1100)),
            "currency": CURRENCY,
            "payment_method_id": RED(lambda f: "pm_1" + f.hexid(23), "token"),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "charge_id": G(lambda f: "ch_3" + f.hexid(23)),
            "failure_code": G(lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2024, 2030)),
            "retry_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Bank Details Updated",
        ["web:/billing|Billing", "analytics-python"],
        {
            "account_holder": P_NAME,
            "nz_bank_account": RED(lambda f: f.nz_account(), "bank account"),
            "iban": RED(lambda f: f.iban_for(f.pick(["IE", "FR"])), "bank account"),
            "sort_code": G(lambda f: f.pick(["93-11-52", "90-00-17", "99-05-10", "98-50-10"])),
            "bank_name": G(
                lambda f: f.pick(["AIB", "Bank of Ireland", "Crédit Agricole", "ANZ", "Kiwibank"])
            ),
            "verified_via": G(lambda f: f.pick(["micro_deposit", "open_banking", "manual"])),
        },
    ),
    # ---- tack shop (e-commerce spec) ---------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web:/shop|Tack shop", "swift"],
        {
            "query": G(
                lambda f: f.pick(
                    ["body protector child", "hoof oil", "turnout rug 6'3", "helmet 54cm", "lead rope"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web:/shop/product|Product", "swift", "kotlin"],
        {**PRODUCT, "currency": CURRENCY, "value": G(lambda f: f.eur(6, 420))},
    ),
    (
        "track",
        "Product Added",
        ["web:/shop/product|Product", "swift", "kotlin"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: PRODUCT[k] for k in ("product_id", "sku", "name", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web:/shop/checkout|Checkout"],
        {
            "order_id": G(lambda f: "SO" + f.digits(7)),
            "value": G(lambda f: f.eur(10, 800)),
            "revenue": G(lambda f: f.eur(10, 800)),
            "shipping": G(lambda f: f.pick([0.0, 6.95, 9.5])),
            "tax": G(lambda f: f.eur(1, 150)),
            "coupon": G(lambda f: f.pick(["", "PONYCLUB10", "WELCOME5"])),
            "currency": CURRENCY,
            "products": Many(PRODUCT, 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["analytics-node", "web:/shop/thanks|Thank you"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "SO" + f.digits(7)),
            "total": G(lambda f: f.eur(10, 800)),
            "subtotal": G(lambda f: f.eur(10, 800)),
            "discount": G(lambda f: f.pick([0, 5, 10.5])),
            "currency": CURRENCY,
            "products": Many(PRODUCT, 3),
            "shipping_address": {
                "name": P_NAME,
                "line1": Y(lambda f: f.p["street"], "address|street"),
                "city": Y(lambda f: f.p["town"], "city"),
                "postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
                "region": G(lambda f: f.p["county"]),
                "country": G(lambda f: f.p["c"] if f.p["c"] != "XX" else "GB"),
            },
            "shipping_method": G(
                lambda f: f.pick(["An Post", "Colissimo", "NZ Post Courier", "click_and_collect"])
            ),
            "delivery_instructions": G(
                lambda f: f.pick(
                    ["Leave in the tack room", "Gate code on file", "", "Leave with yard manager"]
                )
            ),
            "tracking_number": G(
                lambda f: f.pick(["CE", "LP", "NZ"]) + f.digits(9) + f.pick(["IE", "FR", "NZ"])
            ),
        },
    ),
    (
        "track",
        "Gift Voucher Purchased",
        ["web:/vouchers|Gift vouchers", "analytics-php"],
        {
            "voucher_code": RED(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12)), "token"
            ),
            "voucher_value": G(lambda f: f.pick([50, 75, 100, 150])),
            "currency": CURRENCY,
            "recipient_name": Q_NAME,
            "recipient_email": Q_EMAIL,
            "recipient_phone": Q_PHONE,
            "purchaser_email": P_EMAIL,
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Happy birthday {f.q['first']}! Enjoy the ride x",
                        f"Joyeux anniversaire {f.q['first']} !",
                        f"For {f.q['first']}, from all of us",
                        f"Ngā mihi o te rā whānau, {f.q['first']}",
                    ]
                ),
                "name",
                True,
            ),
            "deliver_on": G(lambda f: iso_date(f)),
            "experience": G(
                lambda f: f.pick(["Beach hack", "Private lesson", "Pony party", "Cross-country schooling"])
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["analytics-php"],
        {
            "order_id": G(lambda f: "SO" + f.digits(7)),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder": P_NAME,
            "bin": G(lambda f: f.pick(["453998", "520082", "374245", "601100"])),
            "client_secret": RED(lambda f: "pi_3" + f.hexid(23) + "_secret_" + f.hexid(25), "secret|token"),
        },
    ),
    # ---- competitions ----------------------------------------------------------------------------
    (
        "track",
        "Competition Entry Submitted",
        ["rn", "analytics-go"],
        {
            "entry_id": G(lambda f: f.digits(8)),
            "competition_id": G(lambda f: "cmp_" + f.digits(5)),
            "competition_name": G(
                lambda f: f.pick(
                    [
                        "Millstreet International",
                        "Ballindenisk CCI2*-S",
                        "Grand Parquet CSI3*",
                        "Puhinui 3-Day Event",
                        "Taupō Summer Series",
                    ]
                )
            ),
            "venue": G(lambda f: f.pick([v for v, _ in VENUES])),
            "discipline": G(lambda f: f.pick(["show_jumping", "eventing"])),
            "class_name": G(
                lambda f: f.pick(["1.10m Open", "CCI1*-Intro", "Pony 1.00m", "Grand Prix 1.45m", "EV95"])
            ),
            "class_height_cm": G(lambda f: f.pick([90, 100, 110, 120, 135, 145])),
            "rider": {
                "name": P_NAME,
                "fei_id": G(lambda f: "100" + f.digits(5)),
                "membership_number": G(lambda f: f.pick(["HSI", "ESNZ", "FFE"]) + f.digits(6)),
                "dob": P_DOB,
                "nationality": Y(lambda f: f.pick(["IRL", "FRA", "NZL", "GBR", "GER", "BRA"]), "citizenship"),
                "email": P_EMAIL,
                "mobile": P_PHONE,
            },
            "horse": {
                "name": G(lambda f: f.horse()),
                "fei_id": G(lambda f: f.fei_horse()),
                "ueln": G(lambda f: f.ueln()),
                "age": G(lambda f: f.r.randint(4, 18)),
            },
            "owner_names": Many(Y(lambda f: f.person()["name"], "name"), 2),
            "entry_fee": G(lambda f: f.eur(25, 380)),
            "stabling_required": G(lambda f: f.pick([True, False])),
            "emergency_contact_name": Q_NAME,
            "emergency_contact_phone": Q_PHONE,
            "late_entry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Start Time Published",
        ["analytics-go", "analytics-python"],
        {
            "competition_id": G(lambda f: "cmp_" + f.digits(5)),
            "phase": G(lambda f: f.pick(["dressage", "show_jumping", "cross_country"])),
            "bib_number": G(lambda f: f.r.randint(1, 240)),
            "rider_name": P_NAME,
            "horse_name": G(lambda f: f.horse()),
            "start_time": G(lambda f: f.iso()),
            "arena": G(lambda f: f.pick(["Arena 1", "Main Ring", "Dressage 2", "XC start box"])),
            "notified_via": G(lambda f: f.pick(["sms", "push", "email"])),
            "sms_to": P_PHONE,
        },
    ),
    (
        "track",
        "Results Published",
        ["analytics-python"],
        {
            "competition_id": G(lambda f: "cmp_" + f.digits(5)),
            "class_id": G(lambda f: f.digits(6)),
            "class_name": G(
                lambda f: f.pick(["1.10m Open", "CCI1*-Intro", "Pony 1.00m", "Grand Prix 1.45m", "EV95"])
            ),
            "results": Many(
                {
                    "placing": G(lambda f: f.r.randint(1, 40)),
                    "rider_name": Y(lambda f: f.person()["name"], "name"),
                    "rider_nationality": Y(
                        lambda f: f.pick(["IRL", "FRA", "NZL", "GBR", "AUS"]), "citizenship"
                    ),
                    "horse_name": G(lambda f: f.horse()),
                    "dressage_score": G(lambda f: round(f.r.uniform(22, 45), 1)),
                    "jump_faults": G(lambda f: f.pick([0, 0, 4, 8, 12])),
                    "time_faults": G(lambda f: f.pick([0, 0, 0.4, 1.2, 6.8])),
                    "xc_penalties": G(lambda f: f.pick([0, 0, 20, 11.2])),
                    "total": G(lambda f: round(f.r.uniform(22, 80), 1)),
                    "status": G(lambda f: f.pick(["finished", "E", "RF", "WD"])),
                    "prize_money": G(lambda f: f.pick([0, 50, 120, 400, 1500])),
                },
                5,
            ),
            "published_at": G(lambda f: f.iso()),
        },
    ),
    # ---- transport -------------------------------------------------------------------------------
    (
        "track",
        "Horsebox Registered",
        ["rn", "swift"],
        {
            "vehicle_id": G(lambda f: f.uuid()),
            "registration_plate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "make_model": G(
                lambda f: f.pick(
                    ["Renault Master", "Mercedes Sprinter", "Ifor Williams HB511", "Iveco Daily"]
                )
            ),
            "capacity_horses": G(lambda f: f.pick([1, 2, 3, 4])),
            "gross_weight_kg": G(lambda f: f.pick([3500, 4500, 7500])),
            "driver_licence_category": G(lambda f: f.pick(["B", "BE", "C1", "C1E"])),
        },
    ),
    (
        "track",
        "Hack Route Recorded",
        ["kotlin", "swift"],
        {
            "route_id": G(lambda f: f.uuid()),
            "horse_id": G(lambda f: "hrs_" + f.digits(6)),
            "distance_km": G(lambda f: round(f.r.uniform(2, 25), 2)),
            "duration_s": G(lambda f: f.r.randint(600, 10800)),
            "start_lat": Y(lambda f: round(f.r.uniform(-46.0, 53.9), 6), "geolocation"),
            "start_lng": Y(lambda f: round(f.r.uniform(-9.9, 176.9), 6), "geolocation"),
            "max_speed_kmh": G(lambda f: round(f.r.uniform(8, 48), 1)),
            "shared_with_yard": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- staff and jobs -----------------------------------------------------------------------------
    (
        "track",
        "Job Application Submitted",
        ["web:/careers/apply|Careers", "analytics-python+ip"],
        {
            "application_id": G(lambda f: f.uuid()),
            "position": G(
                lambda f: f.pick(["Groom", "Head Girl", "Riding Instructor", "Yard Manager", "Show Groom"])
            ),
            "applicant_name": P_NAME,
            "applicant_email": P_EMAIL,
            "applicant_phone": P_PHONE,
            "applicant_dob": P_DOB,
            "home_address": Y(lambda f: f"{f.p['street']}, {f.p['town']}, {f.p['postcode']}", "address"),
            "nationality": Y(
                lambda f: f.pick(["Irish", "Brazilian", "Polish", "New Zealander", "French"]), "citizenship"
            ),
            "cv_url": G(lambda f: f"https://files.stablemate.app/cv/{f.uuid()}.pdf"),
            "years_experience": G(lambda f: f.r.randint(0, 20)),
            "right_to_work": RED(
                lambda f: f.pick(["yes_citizen", "stamp_4", "working_holiday_visa", "needs_permit"]), "visa"
            ),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "drivers_licence": G(lambda f: f.pick([True, False])),
            "expected_weekly_wage": Y(lambda f: f.r.randint(420, 900), "salary"),
            "coaching_qualification": G(lambda f: f.pick([*INSTRUCTOR_LEVELS, "none"])),
            "referee_name": Q_NAME,
            "referee_phone": Q_PHONE,
        },
    ),
    (
        "identify",
        None,
        ["analytics-csharp"],
        {
            "EmployeeNumber": G(lambda f: f.digits(5)),
            "FullName": P_NAME,
            "WorkEmail": G(
                lambda f: f.pick(["yard@kilcullenec.ie", "bureau@harasdelaforet.fr", "office@teawa.co.nz"])
            ),
            "PersonalMobile": P_PHONE,
            "JobTitle": G(lambda f: f.pick(["Groom", "Instructor", "Yard Manager", "Head Girl"])),
            "HourlyRate": Y(lambda f: f.eur(13.5, 28), "salary"),
            "Ppsn": RED(lambda f: f.ppsn(), "national id"),
            "StartDate": G(lambda f: iso_date(f, 2015, 2024)),
            "ContractType": G(lambda f: f.pick(["Permanent", "Seasonal", "Casual"])),
            "GardaVetted": G(lambda f: f.pick([True, False])),
            "FirstAidExpiry": G(lambda f: iso_date(f, 2024, 2027)),
        },
    ),
    # ---- sign in ----------------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["swift", "kotlin", "web:/login|Sign in"],
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "apple", "google"])),
            "login_count": G(lambda f: f.r.randint(1, 800)),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "session_id": G(lambda f: f.uuid()),
            "email_domain": G(lambda f: f.pick(["gmail.com", "orange.fr", "xtra.co.nz", "eircom.net"])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["analytics-node"],
        {
            "email": P_EMAIL,
            "link_token": RED(lambda f: f.hexid(48), "token"),
            "expires_in_s": G(lambda f: 900),
            "redirect_path": G(lambda f: f.pick(["/bookings", "/account", "/lessons"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["analytics-node", "analytics-go"],
        {
            "channel": G(lambda f: "sms"),
            "to": Y(lambda f: f.e164(f.p), "phone", True),
            "code": RED(lambda f: f.digits(6), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider_message_sid": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Phone Number Entered",
        ["swift", "kotlin"],
        {
            "form": G(lambda f: "sign_up"),
            "field": G(lambda f: "mobile"),
            "input": Y(lambda f: f.p["phone"], "phone", True),
            "country_code": G(lambda f: f.pick(["+353", "+33", "+64"])),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Enquiry Step Completed",
        ["web:/enquire|Livery enquiry"],
        {
            "form_id": G(lambda f: "enquiry_v2"),
            "step": G(lambda f: "contact_email"),
            "answer": Y(lambda f: f.p["email"], "email", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 25000)),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        ["web:/signup|Create account"],
        {
            "form-id": G(lambda f: "signup_v3"),
            "first-name": P_FIRST,
            "last-name": P_LAST,
            "e-mail": P_EMAIL,
            "password": RED(
                lambda f: f.pick(["Biscuit2019!", "ponylove12", "Chantilly#77", "kahu-tere-99"]), "password"
            ),
            "how-did-you-hear": G(lambda f: f.pick(["friend", "facebook", "google", "pony club"])),
            "accept-terms": G(lambda f: True),
        },
    ),
    # ---- marketing / ad platforms ------------------------------------------------------------------
    (
        "track",
        "Lead Captured",
        ["analytics-node+ip"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "external_id": G(lambda f: f.hexid(64)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            },
            "custom_data": {
                "lead_type": G(lambda f: f.pick(["trial_lesson", "pony_camp", "livery_enquiry"])),
                "value": G(lambda f: f.pick([0, 25, 40])),
                "currency": CURRENCY,
            },
        },
    ),
    (
        "track",
        "Trial Lesson Requested",
        ["web:/trial|Free trial lesson"],
        {
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(60), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(50), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["trial_ie_2024", "essai_gratuit", "nz_trial"])),
            "contact_name": P_NAME,
            "contact_email": P_EMAIL,
            "preferred_day": G(lambda f: f.pick(["saturday", "sunday", "weekday_evening"])),
            "rider_age": G(lambda f: f.r.randint(5, 60)),
        },
    ),
    # ---- group / alias / reverse ETL ---------------------------------------------------------------
    (
        "group",
        None,
        ["analytics-node", "web:/yard/settings|Yard settings"],
        {
            "yardName": G(lambda f: f.pick(YARDS)),
            "industry": G(lambda f: "Equestrian"),
            "plan": G(lambda f: f.pick(["starter", "pro", "multi_yard"])),
            "employees": G(lambda f: f.r.randint(2, 40)),
            "horsesOnSite": G(lambda f: f.r.randint(6, 90)),
            "website": G(
                lambda f: f.pick(
                    ["https://kilcullenec.ie", "https://harasdelaforet.fr", "https://teawa.co.nz"]
                )
            ),
            "bookingsEmail": G(
                lambda f: f.pick(
                    ["bookings@kilcullenec.ie", "contact@harasdelaforet.fr", "kiaora@teawa.co.nz"]
                )
            ),
            "officePhone": G(lambda f: f.pick(["+353 45 486 210", "+33 3 44 57 12 34", "+64 7 888 5522"])),
            "yardAddress": G(
                lambda f: f.pick(
                    [
                        "Brannockstown, Co. Kildare W91 T2C8",
                        "Route de Senlis, 60500 Chantilly",
                        "1203 Te Awa Road, Matamata 3400",
                    ]
                )
            ),
            "registeredCharity": G(lambda f: f.pick([True, False])),
            "vatNumber": G(lambda f: f.pick(["IE6388047V", "FR40303265045", "NZ 123-456-789"])),
        },
    ),
    ("alias", None, ["swift", "kotlin", "web:/signup|Create account"], {}),
    (
        "identify",
        None,
        ["analytics-ruby"],
        {
            "RIDER_ID": G(lambda f: f.digits(6)),
            "EMAIL": P_EMAIL,
            "FIRST_NAME": P_FIRST,
            "LAST_NAME": P_LAST,
            "MOBILE_NUMBER": P_PHONE,
            "HOME_COUNTY": G(lambda f: f.p["county"]),
            "LIFETIME_SPEND_EUR": G(lambda f: f.eur(0, 9000)),
            "LESSONS_TAKEN": G(lambda f: f.r.randint(0, 300)),
            "LAST_LESSON_AT": G(lambda f: f.iso()),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "IS_LIVERY_CLIENT": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    # ---- French backend ---------------------------------------------------------------------------
    (
        "track",
        "Réservation Confirmée",
        ["analytics-php"],
        {
            "id_reservation": G(lambda f: f.digits(7)),
            "nom_cavalier": P_LAST,
            "prenom_cavalier": P_FIRST,
            "courriel": P_EMAIL,
            "telephone_portable": P_PHONE,
            "niveau_galop": G(lambda f: f.pick(["Galop 1", "Galop 3", "Galop 5", "Galop 7", "débutant"])),
            "numero_licence_ffe": G(lambda f: f.digits(7) + f.pick("ABCDEFGHJK")),
            "cheval": G(lambda f: f.horse()),
            "moniteur": Q_NAME,
            "type_cours": G(lambda f: f.pick(["cours collectif", "cours particulier", "balade", "stage"])),
            "montant_ttc": G(lambda f: f.eur(18, 95)),
            "adresse": {
                "rue": Y(lambda f: f.p["street"], "address|street"),
                "code_postal": Y(lambda f: f.p["postcode"], "zipcode"),
                "ville": Y(lambda f: f.p["town"], "city"),
            },
            "date_naissance": P_DOB,
        },
    ),
    (
        "track",
        "Salarié Déclaré",
        ["analytics-php"],
        {
            "matricule": G(lambda f: f.digits(5)),
            "nom_complet": P_NAME,
            "numero_securite_sociale": RED(lambda f: f.nir(f.p["dob"]), "national id|social security number"),
            "poste": G(lambda f: f.pick(["palefrenier", "enseignant d'équitation", "cavalier soigneur"])),
            "salaire_brut_mensuel": Y(lambda f: f.r.randint(1766, 3200), "salary"),
            "adresse_domicile": Y(lambda f: f"{f.p['street']}, {f.p['postcode']} {f.p['town']}", "address"),
            "rib_iban": RED(lambda f: f.iban_for("FR"), "bank account"),
            "type_contrat": G(lambda f: f.pick(["CDI", "CDD", "saisonnier"])),
            "date_embauche": G(lambda f: iso_date(f, 2018, 2024)),
        },
    ),
    # ---- New Zealand: Māori-keyed pony club app ----------------------------------------------------
    (
        "track",
        "Rēhita Kaieke",
        ["flutter"],
        {
            "ingoa": P_FIRST,
            "ingoa_whānau": P_LAST,
            "īmēra": P_EMAIL,
            "nama_waea": P_PHONE,
            "rā_whānau": P_DOB,
            "wāhi_noho": Y(lambda f: f"{f.p['street']}, {f.p['town']} {f.p['postcode']}", "address"),
            "iwi": Y(
                lambda f: f.pick(["Ngāti Hauā", "Waikato-Tainui", "Ngāi Tahu", "Ngāti Kahungunu", "Ngāpuhi"]),
                "ethnicity",
            ),
            "hōiho": G(lambda f: f.pick(PONIES + HORSES)),
            "taumata": G(lambda f: f.pick(["D", "D+", "C", "C+", "B"])),
            "peka": G(lambda f: f.pick(["Matamata PC", "Cambridge PC", "Taupō PC", "Karaka PC"])),
            "kua_utu": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Member Registered",
        ["flutter", "analytics-python"],
        {
            "member_number": G(lambda f: "ESNZ" + f.digits(6)),
            "full_name": P_NAME,
            "ethnicity": Many(
                Y(
                    lambda f: f.pick(["NZ European", "Māori", "Samoan", "Tongan", "Chinese", "Indian"]),
                    "ethnicity",
                ),
                2,
            ),
            "caregiver_name": Q_NAME,
            "caregiver_phone": Q_PHONE,
            "branch": G(lambda f: f.pick(["Matamata PC", "Cambridge PC", "Taupō PC", "Karaka PC"])),
            "membership_type": G(lambda f: f.pick(["junior", "senior", "family", "associate"])),
            "fee_nzd": G(lambda f: f.pick([95, 145, 210])),
            "accident_compensation_claim_number": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Medical Armband Card Updated",
        ["rn", "flutter"],
        {
            "rider_id": G(lambda f: "rdr_" + f.digits(6)),
            "card_expiry": G(lambda f: iso_date(f, 2025, 2026)),
            "nhi_number": RED(lambda f: f.nhi(), "health id"),
            "known_conditions": Y(
                lambda f: f.pick(["asthma", "type 1 diabetes", "epilepsy", "nil"]), "condition"
            ),
            "current_medications": Y(
                lambda f: f.pick(["Symbicort", "NovoRapid", "Keppra", "nil"]), "medication"
            ),
            "previous_head_injury": Y(lambda f: f.pick([True, False]), "condition"),
            "gp_name": Y(lambda f: "Dr " + f.person()["name"], "name"),
            "gp_practice_phone": G(lambda f: f.pick(["07 888 7166", "07 827 6069", "07 378 7060"])),
            "next_of_kin_name": Q_NAME,
            "next_of_kin_phone": Q_PHONE,
            "armband_colour": G(lambda f: f.pick(["red", "blue", "white"])),
        },
    ),
    (
        "track",
        "Coach Onboarded",
        ["analytics-python"],
        {
            "coach_id": G(lambda f: "stf_" + f.digits(4)),
            "coach_name": Q_NAME,
            "coach_email": Q_EMAIL,
            "coach_dob": Y(lambda f: f.q["dob"], "birthdate"),
            "postal_address": Y(lambda f: f"{f.q['street']}, {f.q['town']} {f.q['postcode']}", "address"),
            "ird_number": RED(lambda f: f.ird(), "national id"),
            "tax_code": G(lambda f: f.pick(["M", "ME", "S", "SH"])),
            "kiwisaver_rate_pct": G(lambda f: f.pick([3, 4, 6, 8, 10])),
            "bank_account": RED(lambda f: f.nz_account(), "bank account"),
            "hourly_rate": Y(lambda f: f.pick([28.5, 32.0, 35.0, 42.5, 55.0]), "salary"),
            "police_vet_expiry": G(lambda f: iso_date(f, 2025, 2027)),
            "esnz_coach_level": G(lambda f: f.pick(["Level 1", "Level 2", "Level 3"])),
        },
    ),
    (
        "track",
        "Horse Transport Booked",
        ["analytics-java", "analytics-python"],
        {
            "booking_ref": G(lambda f: "HT" + f.digits(6)),
            "agent": G(lambda f: f.pick(["Peden Bloodstock", "IRT", "Equi-Trans NZ"])),
            "flight_number": G(lambda f: f.pick(["EK9013", "QY4122", "CV7341"])),
            "departure_airport": G(lambda f: f.pick(["AKL", "DUB", "LGG", "CDG"])),
            "horses": Many(
                {
                    "name": G(lambda f: f.horse()),
                    "ueln": G(lambda f: f.ueln()),
                    "quarantine_days": G(lambda f: f.pick([0, 14, 21])),
                },
                3,
            ),
            "groom": {
                "name": Q_NAME,
                "passport_number": RED(lambda f: f.pick(["P", "LA", "PA", "18"]) + f.digits(7), "passport"),
                "nationality": Y(
                    lambda f: f.pick(["Irish", "French", "New Zealander", "Brazilian"]), "citizenship"
                ),
                "mobile": Q_PHONE,
            },
            "total_cost": G(lambda f: f.r.randint(8000, 45000)),
            "currency": G(lambda f: f.pick(["EUR", "NZD", "USD"])),
        },
    ),
    (
        "track",
        "Livery Enquiry Received",
        ["analytics-node"],
        {
            "form_response": {
                "form_id": G(lambda f: f.pick(["lXq2Fz", "Hk9tPa"])),
                "token": G(lambda f: f.hexid(32)),
                "landed_at": G(lambda f: f.iso()),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {"yard": G(lambda f: f.pick(["kilcullen", "forest", "teawa"]))},
                "answers": Fixed(
                    [
                        {
                            "type": G(lambda f: "text"),
                            "field": {"id": G(lambda f: "Jq1"), "ref": G(lambda f: "your_name")},
                            "text": Y(lambda f: f.p["name"], "name", True),
                        },
                        {
                            "type": G(lambda f: "email"),
                            "field": {"id": G(lambda f: "Jq2"), "ref": G(lambda f: "your_email")},
                            "email": P_EMAIL,
                        },
                        {
                            "type": G(lambda f: "phone_number"),
                            "field": {"id": G(lambda f: "Jq3"), "ref": G(lambda f: "your_phone")},
                            "phone_number": Y(lambda f: f.e164(f.p), "phone"),
                        },
                        {
                            "type": G(lambda f: "choice"),
                            "field": {"id": G(lambda f: "Jq4"), "ref": G(lambda f: "livery_type")},
                            "choice": {
                                "label": G(
                                    lambda f: f.pick(["Full livery", "Part livery", "DIY", "Retirement"])
                                )
                            },
                        },
                        {
                            "type": G(lambda f: "number"),
                            "field": {"id": G(lambda f: "Jq5"), "ref": G(lambda f: "horse_count")},
                            "number": G(lambda f: f.r.randint(1, 4)),
                        },
                    ]
                ),
            },
        },
    ),
    (
        "track",
        "Pony Party Booked",
        ["web:/parties|Pony parties", "swift"],
        {
            "party_id": G(lambda f: f.digits(6)),
            "party_date": G(lambda f: iso_date(f)),
            "birthday_child_name": Y(lambda f: f.q["first"], "name"),
            "birthday_child_age": G(lambda f: f.r.randint(4, 12)),
            "parent_name": P_NAME,
            "parent_mobile": P_PHONE,
            "guests_count": G(lambda f: f.r.randint(4, 16)),
            "guest_allergies": Y(
                lambda f: f.pick(["nut allergy x2", "coeliac", "dairy", "egg, nuts"]), "allergy"
            ),
            "package": G(lambda f: f.pick(["Mini Party", "Pony Pamper", "Deluxe + Pizza"])),
            "deposit_paid": G(lambda f: f.eur(30, 80)),
        },
    ),
    (
        "track",
        "Friend Referred",
        ["swift", "kotlin"],
        {
            "referral_code": G(lambda f: "RIDE-" + f.hexid(6).upper()),
            "friend_name": Q_NAME,
            "friend_email": Q_EMAIL,
            "friend_phone": Q_PHONE,
            "share_channel": G(lambda f: f.pick(["whatsapp", "sms", "email", "copy_link"])),
            "reward_eur": G(lambda f: f.pick([10, 15, 20])),
        },
    ),
    (
        "track",
        "Email Opened",
        ["analytics-python"],
        {
            "email": P_EMAIL,
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@ismtpd0001p1lon1.sendgrid.net>"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com "
                        "GoogleImageProxy)",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                        "(KHTML, like Gecko) Mobile/15E148",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Customer Synced",
        ["analytics-go"],
        {
            "customer": {
                "id": G(lambda f: "cus_" + f.hexid(14)),
                "name": P_NAME,
                "email": P_EMAIL,
                "phone": P_PHONE,
                "address": {
                    "line1": Y(lambda f: f.p["street"], "address|street"),
                    "line2": G(lambda f: f.pick(["", "", "Yard office"])),
                    "city": Y(lambda f: f.p["town"], "city"),
                    "postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
                    "state": G(lambda f: f.p["county"]),
                    "country": G(lambda f: f.p["c"] if f.p["c"] != "XX" else "GB"),
                },
                "invoice_settings": {"default_payment_method": RED(lambda f: "pm_1" + f.hexid(23), "token")},
                "created": G(lambda f: f.epoch_ms() // 1000),
            },
        },
    ),
    (
        "track",
        "Visitor Signed In",
        ["kotlin", "rn"],
        {
            "visit_id": G(lambda f: f.digits(7)),
            "visitor_name": Q_NAME,
            "visitor_company": G(
                lambda f: f.pick(
                    [
                        "Anglesey Lodge Equine",
                        "Connolly's RED MILLS",
                        "Farrier (self-employed)",
                        "Gain Equine",
                    ]
                )
            ),
            "visitor_phone": Q_PHONE,
            "vehicle_reg": Y(lambda f: f.plate(), "license"),
            "purpose": G(lambda f: f.pick(["vet", "farrier", "feed delivery", "viewing a horse", "dentist"])),
            "contact_with_horses": G(lambda f: f.pick([True, False])),
            "visited_other_yard_48h": G(lambda f: f.pick([True, False])),
            "signed_in_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Rider Searched",
        ["web:/admin/riders|Riders - Admin"],
        {
            "search_term": Y(
                lambda f: f.pick([f.p["last"], f.p["name"], (f.p["first"] + " " + f.p["last"][:3]).rstrip()]),
                "name",
                True,
            ),
            "results": G(lambda f: f.r.randint(0, 12)),
            "searched_by_staff_id": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Lesson Reminder Sent",
        ["analytics-ruby"],
        {
            "booking_id": G(lambda f: "BK-" + f.digits(8)),
            "recipient": Y(lambda f: f.e164(f.p), "phone", True),
            "template": G(lambda f: f.pick(["reminder_24h", "reminder_2h", "rappel_24h"])),
            "provider": G(lambda f: f.pick(["twilio", "messagebird"])),
            "segments": G(lambda f: f.pick([1, 2])),
            "delivered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Kaupapa Calendar",
        ["flutter"],
        {
            "month": G(lambda f: f.pick(["2024-11", "2024-12", "2025-01"])),
            "events_listed": G(lambda f: f.r.randint(0, 30)),
            "filter": G(lambda f: f.pick(["rally", "ODE", "show", "all"])),
        },
    ),
    # ---- Irish: Gaeilge-keyed pony club form -------------------------------------------------------
    (
        "track",
        "Clárú Campa",
        ["web:/campa|Campa Capall"],
        {
            "ainm": P_FIRST,
            "sloinne": P_LAST,
            "ríomhphost": P_EMAIL,
            "fón_póca": P_PHONE,
            "seoladh": Y(lambda f: f"{f.p['street']}, {f.p['town']}", "address"),
            "contae": G(lambda f: f.p["county"]),
            "dáta_breithe": P_DOB,
            "capall": G(lambda f: f.pick(PONIES)),
            "ainm_tuismitheora": Q_NAME,
            "fón_tuismitheora": Q_PHONE,
            "leibhéal": G(lambda f: f.pick(["tosaitheoir", "meánleibhéal", "ardleibhéal"])),
            "uimhir_cárta_leighis": RED(lambda f: f.digits(7) + f.pick("ABCDEFGHJKLMN"), "health id"),
            "seachtain": G(lambda f: f.pick(["1-5 Iúil", "8-12 Iúil", "15-19 Iúil"])),
        },
    ),
    # ---- misc with neutral keys ------------------------------------------------------------------
    (
        "track",
        "Autocomplete Selected",
        ["web:/horses|Horses", "swift"],
        {
            "field": G(lambda f: "horse"),
            "label": G(lambda f: f.horse()),
            "position": G(lambda f: f.r.randint(0, 8)),
            "typed_chars": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Webhook Received",
        ["analytics-go"],
        {
            "source": G(lambda f: "twilio"),
            "payload": {
                "From": Y(lambda f: f.e164(f.p), "phone", True),
                "To": G(lambda f: f.pick(["+353 1 901 2233", "+33 9 70 73 12 00", "+64 9 801 0455"])),
                "Body": Y(lambda f: with_phone(f, f.p), "phone", True),
                "MessageSid": G(lambda f: "SM" + f.hexid(32)),
                "NumSegments": G(lambda f: f.pick(["1", "2"])),
            },
            "received_at": G(lambda f: f.iso()),
            "signature": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "track",
        "Support Email Received",
        ["analytics-java"],
        {
            "envelope": {
                "message_id": G(lambda f: f"<{f.hexid(16)}@mail.{f.pick(MAIL[f.p['c']])}>"),
                "from": Y(lambda f: f.p["email"], "email", True),
                "to": G(
                    lambda f: f.pick(
                        ["support@stablemate.app", "help@stablemate.fr", "billing@stablemate.app"]
                    )
                ),
            },
            "subject": G(
                lambda f: f.pick(
                    [
                        "Refund for cancelled lesson",
                        "Can't log in",
                        "Livery invoice query",
                        "Question sur ma facture",
                    ]
                )
            ),
            "spam_score": G(lambda f: round(f.r.uniform(0, 5), 1)),
            "has_attachments": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        "Competition Calendar",
        ["web:/competitions|Competitions"],
        {
            "path": G(lambda f: "/competitions"),
            "url": G(
                lambda f: (
                    "https://book.stablemate.app/competitions"
                    + f.pick(["", "?country=IE", "?discipline=eventing"])
                )
            ),
            "title": G(lambda f: "Competitions"),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.fr/", "https://www.horsesportireland.ie/"])
            ),
            "search": G(lambda f: f.pick(["", "?country=IE", "?discipline=eventing"])),
            "category": G(lambda f: "competitions"),
        },
    ),
    (
        "screen",
        "Horse Profile",
        ["swift", "kotlin", "rn"],
        {
            "horse_id": G(lambda f: "hrs_" + f.digits(6)),
            "tab": G(lambda f: f.pick(["overview", "health", "farrier", "results", "documents"])),
            "is_owner": G(lambda f: f.pick([True, False])),
        },
    ),
]


def context_for(client: str):
    if client.startswith("web:"):
        path, title = client[4:].split("|")
        return web_ctx(path, title)
    if client in CONTEXTS:
        return CONTEXTS[client]()
    lib, _, flag = client.partition("+")
    return server_ctx(lib, ip=flag == "ip")


def build(seed: int, repeats: int):
    f = Stable(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            f.start()
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "yard_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif body:
                msg["properties"] = render(body, f, "properties", labels)
            msg["context"] = render(context_for(client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=313, repeats=30)
    write(Path(__file__).parent, "holdout313_", events, labels)
