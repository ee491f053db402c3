"""Writes holdout123: tests/corpus/holdout123_events.jsonl and holdout123_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never run through the engine by its author; only build.py, fake.py and
build_holdout3.py (for the format) were read. Run once with
`.venv/bin/python -m tests.corpus.build_holdout123` (seeded, deterministic); the output is committed.

Domain: an online marketplace for second-hand goods (Vinted/Wallapop-like) in France, Spain and
Lithuania. Listings with photos, car and phone listings, favourites and searches, offers and chats
(with trust-and-safety flags on off-platform contact details), e-commerce spec checkout and orders,
Stripe-shaped charges and payouts, shipping labels (Sendcloud-shaped parcels, relay points, parcel
lockers, home pickup, carrier scans), wallet balances and IBAN payouts, seller identity checks
(Veriff-shaped webhooks, DAC7 seller reporting, Spanish DNI/NIE checks), disputes, Zendesk-shaped
tickets, reviews, sign-up/sign-in, OTP and magic links, Twilio and SendGrid webhooks, referrals,
a back-office user lookup, and identify/group/alias/page/screen calls.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter
and the server libraries (python, node, go, java, ruby, php, csharp), each with its usual `context`
(app, device, os, screen, network, library, locale, timezone, userAgent, campaign, ip, traits,
location). Keys are mostly camelCase and snake_case; the rest are PascalCase (.NET payouts, Twilio),
kebab-case (an OTP service, SendGrid's `smtp-id`), SCREAMING_SNAKE (reverse-ETL identify) and
French, Spanish and Lithuanian backend keys.

Values: French, Spanish, Lithuanian and other names (West African, Ukrainian, Maghrebi, Chinese,
Romanian, Turkish, Indian, Brazilian, Korean), national phone formats (FR 06/07, ES 6xx, LT +370 6xx
and the domestic `8 6xx` form), real-format addresses and postcodes; DNI/NIE with their check
letter, Lithuanian asmens kodas with its check digit, French numéro fiscal with its mod-511 key;
IBANs (FR with RIB key, ES with its control digits, LT) with mod-97 check digits; Luhn cards.

Labelling rules (Privacy Portal default colours):
- PII = personal data about a natural person: the user, the buyer or seller on the other side,
  a parcel recipient, invitees, and staff (support agents, couriers). Colour = the reference's
  default for the matcher; types outside the reference are red for credentials/secrets, card
  numbers, bank accounts, government ids, health; yellow otherwise (geolocation, advertising id).
- Green: ids we or vendors issue (listing/order/offer/conversation/dispute ids, UUIDs, Stripe ch_,
  pi_, po_, acct_, ba_ object ids, Twilio SIDs, tracking numbers), versions, timestamps, hashes of
  files, amounts, enums, counters and booleans under PII-sounding keys (`emailVerified`,
  `has_iban`, `phoneVerified`, `passwordStrength`), item titles and brands (even a wheelchair or a
  breast pump for sale: things, not the person's health), company names, relay-point and locker
  names and addresses (a business's place), searched places, country, province, locale, currency,
  user agents, OS-issued device ids, card brand/last4/BIN/expiry, IBAN last four, BICs, a claim
  number, role mailboxes (aide@, no-reply@), the company's own sender numbers in a Twilio
  webhook, e-mail Message-IDs, age bands, job titles.
- Contested cases follow the product policy: shipping-insurance policy numbers yellow
  `identification`; car plates yellow `license`, VINs and phone IMEIs yellow `serial`; gclid,
  fbclid, fbp, fbc yellow `advertising id`; the person's shipping/billing address yellow
  `address`; Stripe pm_ ids red `token`; one-time codes, locker pickup codes and magic-link
  tokens red `token`; identity-document numbers red `national id`/`passport`; a reduced-mobility
  flag red `disability`.
- Decisions of our own (what a careful privacy owner at a mid-size company would want flagged):
  usernames and shop handles are yellow `name` (online identifiers usually built from the name);
  a seller's city shown on a listing is yellow `city`; a place of birth is yellow `city`; the
  APNs push token in `context.device.token` is red `token`; a document-scan URL is red
  `national id|photo`, a selfie or avatar URL yellow `photo`; `advertisingId` stays yellow even in
  events where iOS sent the all-zero IDFA (the path is labelled, not each value); the postcode
  part of a person's address is `zipcode`, the house number `address|street`.
- Hashes: the SHA-256 e-mail, phone, name and postcode in a Meta CAPI `user_data` block are
  yellow under the matcher of what was hashed (pseudonymous, still personal data, matched by the
  platform); a hashed user id (`external_id`) and photo checksums are green. A courier's masked
  (call-proxy) number is green; the courier's live position is yellow `geolocation`.
- value_only is true when the key does not say what the value is (`q`, `input`, `label`,
  `matched_text`, `snippet`, `contact.value`, `To`, `identifier`, `buyer_details`, `Detail`,
  `bounce.reason`); every value of a value_only PII path carries that PII. Free text is labelled
  by what every one of its values carries: item descriptions, reviews, dispute descriptions,
  ticket bodies, seller notes and delivery instructions here carry none and are green.
"""

import re
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ---------------------------------------------------------------------------------------

FR_F = ["Camille", "Léa", "Manon", "Chloé", "Inès", "Aurélie", "Margaux", "Yasmine"]
FR_M = ["Théo", "Hugo", "Lucas", "Mathis", "Nathan", "Karim", "Mamadou", "Baptiste"]
FR_L = [
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Girard",
    "Fontaine",
    "Benali",
    "Traoré",
    "Mercier",
]
ES_F = ["Lucía", "Martina", "Carmen", "Nerea", "Alba", "Montserrat", "Rocío", "Ainhoa"]
ES_M = ["Javier", "Alejandro", "Pablo", "Iker", "Jordi", "Xabier", "Sergio", "Álvaro"]
ES_L = [
    "García Pérez",
    "Fernández",
    "López Ruiz",
    "Martínez",
    "Sánchez Gil",
    "Navarro",
    "Iglesias",
    "Etxeberria",
    "Puig i Soler",
    "Romero",
]
LT_F = [
    ("Rūta", "Kazlauskienė"),
    ("Eglė", "Petrauskaitė"),
    ("Gintarė", "Jankauskienė"),
    ("Aistė", "Žukauskaitė"),
]
LT_F += [("Ieva", "Stankevičiūtė"), ("Giedrė", "Vasiliauskienė")]
LT_M = [("Jonas", "Kazlauskas"), ("Mantas", "Petrauskas"), ("Tomas", "Jankauskas"), ("Dovydas", "Žukauskas")]
LT_M += [("Žygimantas", "Stankevičius"), ("Lukas", "Paulauskas")]
OTHER = [
    ("Amadou", "Diallo"),
    ("Oksana", "Kovalenko"),
    ("Fatima Zahra", "El Idrissi"),
    ("Wei", "Zhang"),
    ("Ioana", "Popescu"),
    ("Chinedu", "Okafor"),
    ("Ayşe", "Y\u0131lmaz"),
    ("Rahul", "Sharma"),
    ("Ana Beatriz", "Souza"),
    ("Hyun-woo", "Kim"),
    ("Nguyễn Thị", "Lan"),
    ("Siobhán", "O'Connor"),
]
MAIL_DOMAINS = {
    "FR": ["gmail.com", "hotmail.fr", "orange.fr", "free.fr", "laposte.net", "icloud.com"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "icloud.com", "telefonica.net"],
    "LT": ["gmail.com", "inbox.lt", "yahoo.com", "one.lt", "outlook.com"],
}
STREETS = {
    "FR": [
        "rue de la République",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue des Lilas",
        "impasse du Moulin",
        "allée des Tilleuls",
        "rue Victor Hugo",
    ],
    "ES": [
        "Calle Mayor",
        "Avenida de la Constitución",
        "Carrer de Mallorca",
        "Calle de Alcalá",
        "Paseo de Gracia",
        "Calle San Vicente",
        "Kale Nagusia",
    ],
    "LT": ["Gedimino pr.", "Savanorių pr.", "Laisvės al.", "Vilniaus g.", "Taikos pr.", "Žirmūnų g."],
}
# Cities with real postcode ranges.
CITIES = {
    "FR": [
        ("Paris", [(75001, 75020)]),
        ("Lyon", [(69001, 69009)]),
        ("Marseille", [(13001, 13016)]),
        ("Toulouse", [(31000, 31000), (31100, 31100), (31200, 31200), (31300, 31300), (31400, 31400)]),
        ("Lille", [(59000, 59000), (59160, 59160), (59260, 59260), (59800, 59800)]),
    ],
    "ES": [
        ("Madrid", [(28001, 28055)]),
        ("Barcelona", [(8001, 8042)]),
        ("Valencia", [(46001, 46026)]),
        ("Sevilla", [(41001, 41020)]),
        ("Bilbao", [(48001, 48015)]),
    ],
    "LT": [
        ("Vilnius", [(1100, 14260)]),
        ("Kaunas", [(44100, 52500)]),
        ("Klaipėda", [(91100, 95400)]),
        ("Šiauliai", [(76100, 78400)]),
    ],
}
PROVINCES = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bizkaia", "Zaragoza"]
DEPARTEMENTS = ["75", "69", "13", "31", "59", "33", "44"]

IBAN_BANKS = {
    "FR": [("30004", "BNPAFRPP"), ("30003", "SOGEFRPP"), ("20041", "PSSTFRPPXXX"), ("16958", "QNTOFRP1")],
    "ES": [("0049", "BSCHESMM"), ("2100", "CAIXESBBXXX"), ("0182", "BBVAESMM"), ("1465", "INGDESMMXXX")],
    "LT": [("73000", "HABALT22"), ("70440", "CBVILT2X"), ("40100", "AGBLLT2X"), ("32500", "REVOLT21")],
}

# -- things ---------------------------------------------------------------------------------------

TITLES = [
    "Robe Zara fleurie taille S",
    "Veste en jean Levi's",
    "Sneakers Nike Air Max 90 T42",
    "Chaqueta The North Face talla M",
    "Bolso Mango piel marrón",
    "Vaikiškas vežimėlis Cybex",
    "Striukė Columbia M dydis",
    "iPhone 12 128 Go bleu",
    "PlayStation 5 + 2 mandos",
    "Lot de livres Harry Potter",
    "Tire-lait électrique Medela",
    "Silla de ruedas plegable",
    "Nėštumo pagalvė",
    "Pull Sézane en laine",
    "Botas Dr. Martens 38",
]
DESCRIPTIONS = [
    "Portée deux fois, très bon état.",
    "Sin uso, con etiqueta.",
    "Puikios būklės, nerūkančių namai.",
    "Envoi rapide, lot possible.",
    "Pequeña mancha en la manga, ver fotos.",
    "Taille un peu petit.",
    "Negociable si compras dos prendas.",
    "Parduodu, nes nebetinka.",
]
BRANDS = [
    "Zara",
    "Mango",
    "Nike",
    "Levi's",
    "Sézane",
    "Cybex",
    "Apple",
    "Sony",
    "H&M",
    "Dr. Martens",
    "Medela",
]
CATEGORIES = [
    "Femmes > Robes",
    "Hombre > Chaquetas",
    "Vaikams > Vežimėliai",
    "Électronique",
    "Libros",
    "Maison",
]
SIZES = ["XS", "S", "M", "L", "38", "42", "T2", "One size"]
CONDITIONS = ["new_with_tags", "new_without_tags", "very_good", "good", "satisfactory"]
CARRIERS = ["mondial_relay", "colissimo", "correos", "inpost", "omniva", "lp_express", "dpd", "seur"]
REVIEWS = [
    "Vendeuse au top, colis soigné !",
    "Todo perfecto, muy rápido.",
    "Viskas puiku, ačiū!",
    "Article conforme à la description.",
    "El paquete tardó un poco pero bien.",
    "Labai greitas siuntimas.",
]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Mobile Safari/537.36",
]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def strip(s: str) -> str:
    """ASCII local part for an e-mail address: `Žygimantas` -> `zygimantas`."""
    plain = unicodedata.normalize("NFKD", s.lower().replace("\u0131", "i"))
    return "".join(c for c in plain if c.isascii() and c.isalnum())


class MFake(Fake):
    """Fake with the marketplace's countries: people, phones, addresses, ids, IBANs."""

    def country(self):
        return self.pick(["FR", "FR", "ES", "ES", "LT"])

    def person(self, cc=None):
        cc = cc or self.country()
        roll = self.r.random()
        if roll < 0.2:
            return self.pick(OTHER)
        if cc == "FR":
            return self.pick(FR_F + FR_M), self.pick(FR_L)
        if cc == "ES":
            return self.pick(ES_F + ES_M), self.pick(ES_L)
        return self.pick(LT_F + LT_M)

    def first(self):
        return self.person()[0]

    def last(self):
        return self.person()[1]

    def full_name(self):
        first, last = self.person()
        return f"{first} {last}"

    def email(self, cc=None):
        cc = cc or self.country()
        first, last = self.person(cc)
        user = self.pick(
            [
                f"{strip(first)}.{strip(last)}",
                f"{strip(first)}{self.r.randint(1, 99)}",
                f"{strip(first)[0]}{strip(last)}",
                f"{strip(last)}.{strip(first)}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS[cc])}"

    def username(self):
        first, last = self.person()
        return self.pick(
            [
                f"{strip(first)}_{self.pick(['vintage', 'dressing', 'shop', 'closet'])}",
                f"{strip(first)}.{strip(last)[0]}{self.r.randint(80, 99)}",
                f"{strip(first)}{strip(last)[:4]}",
                f"la_{strip(first)}",
            ]
        )

    def phone(self, cc=None):
        cc = cc or self.country()
        d = self.r.randint
        if cc == "FR":
            mob = f"{self.pick(['6', '7'])}{d(10, 99)}{d(10, 99)}{d(10, 99)}{d(10, 99)}"
            return self.pick(
                [
                    f"0{mob[0]} {mob[1:3]} {mob[3:5]} {mob[5:7]} {mob[7:9]}",
                    f"+33 {mob[0]} {mob[1:3]} {mob[3:5]} {mob[5:7]} {mob[7:9]}",
                    f"+33{mob}",
                    f"0{mob[0]}.{mob[1:3]}.{mob[3:5]}.{mob[5:7]}.{mob[7:9]}",
                ]
            )
        if cc == "ES":
            mob = f"{self.pick(['6', '7'])}{d(10, 99)}{d(100000, 999999)}"
            return self.pick(
                [
                    f"+34 {mob[:3]} {mob[3:6]} {mob[6:]}",
                    f"{mob[:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}",
                    f"+34{mob}",
                ]
            )
        mob = f"6{d(10, 99)}{d(10000, 99999)}"
        return self.pick([f"+370 {mob[:3]} {mob[3:]}", f"8 {mob[:3]} {mob[3:]}", f"+370{mob}", f"8{mob}"])

    def e164(self):
        cc = self.country()
        digits = re.sub(r"\D", "", self.phone(cc))
        if cc == "FR":
            return "+33" + digits[1:] if digits.startswith("0") else "+" + digits
        if cc == "ES":
            return "+" + digits if digits.startswith("34") else "+34" + digits
        return "+370" + digits[1:] if digits.startswith("8") else "+" + digits

    def city_zip(self, cc=None):
        cc = cc or self.country()
        city, ranges = self.pick(CITIES[cc])
        lo, hi = self.pick(ranges)
        code = f"{self.r.randint(lo, hi):05d}"
        return city, ("LT-" + code if cc == "LT" else code)

    def city(self):
        return self.city_zip()[0]

    def zip(self):
        return self.city_zip()[1]

    def street(self, cc=None):
        cc = cc or self.country()
        name = self.pick(STREETS[cc])
        n = self.r.randint(1, 180)
        if cc == "FR":
            return f"{n}{self.pick(['', '', ' bis'])} {name}"
        if cc == "ES":
            return f"{name} {n}, {self.r.randint(1, 8)}º {self.pick('ABCD')}"
        return f"{name} {n}-{self.r.randint(1, 60)}"

    def address_line(self, cc=None):
        cc = cc or self.country()
        city, code = self.city_zip(cc)
        return f"{self.street(cc)}, {code} {city}"

    # -- ids ----------------------------------------------------------------------------------------

    def dni(self):
        n = self.r.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self):
        lead = self.pick("XYZ")
        n = self.r.randint(1000000, 9999999)
        return f"{lead}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int('XYZ'.index(lead) * 10**7 + n) % 23]}"

    def asmens_kodas(self):
        first = self.pick([3, 4, 5, 6])
        yy = self.r.randint(60, 99) if first in (3, 4) else self.r.randint(0, 6)
        digits = [first, *map(int, f"{yy:02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}")]
        digits += [self.r.randint(0, 9) for _ in range(3)]
        s = sum(d * w for d, w in zip(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
        if s == 10:
            s = sum(d * w for d, w in zip(digits, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11
            s = 0 if s == 10 else s
        return "".join(map(str, digits)) + str(s)

    def numero_fiscal(self):
        head = str(self.r.randint(0, 3)) + "".join(str(self.r.randint(0, 9)) for _ in range(9))
        return f"{head}{int(head) % 511:03d}"

    def tin(self):
        return self.pick([self.dni(), self.nie(), self.numero_fiscal(), self.asmens_kodas()])

    def passport(self):
        return self.pick(
            [
                f"{self.r.randint(10, 24)}{self.pick(UPPER)}{self.pick(UPPER)}{self.digits(5)}",
                f"{self.pick(UPPER)}{self.pick(UPPER)}{self.pick(UPPER)}{self.digits(6)}",
                self.digits(8),
            ]
        )

    def id_document_number(self):
        return self.pick(
            [
                self.passport(),
                self.dni(),
                self.asmens_kodas(),
                "".join(self.pick(UPPER) for _ in range(2)) + self.digits(7),
            ]
        )

    def bank(self, cc):
        return self.pick(IBAN_BANKS[cc])

    def iban(self, country=None, spaced=None):
        cc = country or self.country()
        bank, _ = self.bank(cc)
        if cc == "FR":
            branch, account = self.digits(5), self.digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        elif cc == "ES":
            branch, account = f"{self.r.randint(0, 9999):04d}", self.digits(10)

            def dc(s):
                v = 11 - sum(int(c) * w for c, w in zip(s, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6], strict=True)) % 11
                return {11: 0, 10: 1}.get(v, v)

            bban = f"{bank}{branch}{dc('00' + bank + branch)}{dc(account)}{account}"
        else:
            bban = f"{bank}{self.digits(11)}"
        numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
        raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
        spaced = self.r.random() < 0.4 if spaced is None else spaced
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw

    def bic(self):
        return self.bank(self.country())[1]

    def listing_id(self):
        return self.r.randint(1_000_000_000, 4_999_999_999)

    def stripe(self, prefix, n=24):
        return prefix + "".join(self.r.choice(ALNUM) for _ in range(n))

    def tracking(self):
        return self.pick(
            [
                "6A" + self.digits(11),
                self.digits(8),
                "PQ" + "".join(self.r.choice(UPPER + "0123456789") for _ in range(21)),
                "CE" + self.digits(9) + "EE",
                self.digits(14),
                self.digits(24),
            ]
        )

    def plate(self):
        def letters(n, alphabet=UPPER):
            return "".join(self.pick(alphabet) for _ in range(n))

        return self.pick(
            [
                f"{self.r.randint(1000, 9999)} {letters(3, 'BCDFGHJKLMNPRSTVWXYZ')}",  # ES
                f"{letters(2)}-{self.r.randint(100, 999)}-{letters(2)}",  # FR SIV
                f"{letters(3)} {self.r.randint(100, 999)}",  # LT
            ]
        )

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["VF1", "VSS", "WVW", "VF3", "YV1"]) + "".join(self.pick(chars) for _ in range(14))

    def imei(self):
        return self.luhn_complete(self.pick(["35", "86", "01"]) + self.digits(12))

    def sha256(self):
        return self.hexid(64)

    def photo_url(self, kind="items"):
        return f"https://images.rebazar.eu/{kind}/{self.r.randint(10**8, 10**9)}/f800/{self.hexid(12)}.jpeg"


# -- contexts -------------------------------------------------------------------------------------


def web_context(f):
    page = f.pick(["/", "/catalog", "/items/new", "/checkout", "/member/settings", "/inbox"])
    host = f.pick(["https://www.rebazar.fr", "https://www.rebazar.es", "https://www.rebazar.lt"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.68.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", host + "/catalog"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=newsletter&utm_medium=email", "?catalog[]=1904", "?order=newest_first"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Rebazar | Vends, achète", "Rebazar - Compra y vende", "Rebazar | Pirk ir parduok"]
                )
            ),
            "url": G(lambda f: host + page),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "locale": G(lambda f: f.pick(["fr-FR", "es-ES", "lt-LT", "ca-ES", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(["Europe/Paris", "Europe/Madrid", "Europe/Vilnius", "Atlantic/Canary"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["rentree_2024", "rebajas_verano", "pavasario_isparduotuve"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
        },
    }


def swift_context(f):
    return {
        "app": {
            "name": G(lambda f: "Rebazar"),
            "version": G(lambda f: f.pick(["24.18.0", "24.19.1", "24.20.0"])),
            "build": G(lambda f: f.pick(["2418004", "2419102", "2420001"])),
            "namespace": G(lambda f: "eu.rebazar.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(
                lambda f: f.pick(
                    [f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]
                ),
                "advertising id",
            ),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["fr-FR", "es-ES", "lt-LT", "eu-ES"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Paris", "Europe/Madrid", "Europe/Vilnius"])),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "username": Y(lambda f: f.username(), "name"),
        },
    }


def kotlin_context(f):
    return {
        "app": {
            "name": G(lambda f: "Rebazar"),
            "version": G(lambda f: f.pick(["24.18.0", "24.19.0", "24.20.2"])),
            "build": G(lambda f: f.pick(["61800", "61900", "62002"])),
            "namespace": G(lambda f: "eu.rebazar.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-A546B", "23021RAAEG", "Pixel 7a", "CPH2581"])),
            "name": G(lambda f: f.pick(["a54x", "sapphire", "lynx", "OP5961L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: f.pick(["fr-FR", "es-ES", "lt-LT", "ru-LT"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(36.5, 55.9), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-6.0, 26.0), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Orange F", "Movistar", "Telia LT", "Free", "Bitė LT", "Vodafone ES"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Paris", "Europe/Madrid", "Europe/Vilnius"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; 23021RAAEG Build/TKQ1.221114.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP1A.240405.002)",
                ]
            )
        ),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
        },
    }


def rn_context(f):
    return {
        "app": {
            "name": G(lambda f: "Rebazar"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.2", "8.6.0"])),
            "build": G(lambda f: f.pick(["840", "852", "860"])),
            "namespace": G(lambda f: "lt.rebazar.app"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone 13", "SM-S911B", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.18.0"])),
        },
        "locale": G(lambda f: f.pick(["lt-LT", "en-LT", "ru-LT"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5.1", "14", "13"])),
        },
        "timezone": G(lambda f: "Europe/Vilnius"),
        "traits": {
            "email": Y(lambda f: f.email("LT"), "email"),
            "firstName": Y(lambda f: f.person("LT")[0], "name"),
        },
    }


def flutter_context(f):
    return {
        "app": {
            "name": G(lambda f: "Rebazar Pro"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1", "3.4.0"])),
            "build": G(lambda f: f.pick(["320", "331", "340"])),
            "namespace": G(lambda f: "eu.rebazar.pro"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X200", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3", "1.0.4"])),
        },
        "locale": G(lambda f: f.pick(["fr-FR", "es-ES", "lt-LT"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Paris", "Europe/Madrid", "Europe/Vilnius"])),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2", "2.2.3"],
    "analytics-node": ["2.1.2", "2.1.0", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.3.1"],
    "analytics-java": ["3.5.1", "3.5.0", "3.4.0"],
    "analytics-ruby": ["2.4.1", "2.4.0", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.0", "3.6.0"],
    "analytics-csharp": ["2.3.5", "2.4.0", "2.3.4"],
}


def server_context(lib, forwarded=False):
    def ctx(f):
        out = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if forwarded:
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            out["userAgent"] = G(lambda f: f.pick(UA_WEB))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node", forwarded=True),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby", forwarded=True),
    "php": server_context("analytics-php"),
    "csharp": server_context("analytics-csharp"),
}
MOBILE = ["swift", "kotlin", "rn"]
APPS = ["web", "swift", "kotlin", "rn"]

# -- shared shapes --------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: str(f.listing_id())),
        "sku": G(lambda f: f"RB-{f.r.randint(1000, 9999)}-{f.pick(['S', 'M', 'L', '38', 'T2'])}"),
        "name": G(lambda f: f.pick(TITLES)),
        "brand": G(lambda f: f.pick(BRANDS)),
        "category": G(lambda f: f.pick(CATEGORIES)),
        "price": G(lambda f: f.money(3, 400)),
        "quantity": G(lambda f: 1),
        "condition": G(lambda f: f.pick(CONDITIONS)),
        "image_url": G(lambda f: f.photo_url()),
    }


def addr():
    """A person's address: line1, city, postal_code, country."""
    return {
        "name": Y(lambda f: f.full_name(), "name"),
        "line1": Y(lambda f: f.street(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "country": G(lambda f: f.pick(["FR", "ES", "LT"])),
    }


def flagged_phone(f):
    p = f.phone()
    return f.pick(
        [
            f"llámame al {p} y lo hablamos",
            f"écris-moi sur whatsapp au {p}",
            f"rašyk į viber {p}",
            f"mon numéro : {p}",
            f"{p} whatsapp mejor",
        ]
    )


def flagged_email(f):
    e = f.email()
    return f.pick(
        [
            f"escríbeme a {e} y te paso más fotos",
            f"envoie moi un mail {e} on évite les frais",
            f"parašyk {e}",
            f"mi correo es {e}",
        ]
    )


# -- events ---------------------------------------------------------------------------------------

EVENTS = [
    # -- identify / group / alias / page / screen ------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "flutter"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "username": Y(lambda f: f.username(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.pick(["FR", "ES", "LT"])),
            },
            "birthday": Y(lambda f: f.date(1958, 2006), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "avatar": Y(lambda f: f.photo_url("avatars"), "photo"),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "isSeller": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python", "node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "country_code": G(lambda f: f.pick(["FR", "ES", "LT"])),
            "referral_code": G(lambda f: "RBZ-" + "".join(f.pick(UPPER) for _ in range(5))),
            "total_sales_eur": G(lambda f: f.money(0, 4000)),
            "kyc_status": G(lambda f: f.pick(["not_started", "pending", "verified", "rejected"])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "iban_on_file": G(lambda f: f.pick([True, False])),
            "customer_number": G(lambda f: "C" + f.digits(9)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "HOME_CITY": Y(lambda f: f.city(), "city"),
            "BIRTH_YEAR": Y(lambda f: f.r.randint(1955, 2006), "birthdate"),
            "COUNTRY_CODE": G(lambda f: f.pick(["FR", "ES", "LT"])),
            "LTV_EUR": G(lambda f: f.money(0, 3000)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "IS_PRO_SELLER": G(lambda f: f.pick([True, False])),
            "SELLER_TIER": G(lambda f: f.pick(["T0", "T1", "T2", "T3"])),
            "MARKETING_OPT_IN": G(lambda f: f.pick([True, False])),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "vardas": Y(lambda f: f.person("LT")[0], "name"),
            "pavarde": Y(lambda f: f.person("LT")[1], "name"),
            "el_pastas": Y(lambda f: f.email("LT"), "email"),
            "telefonas": Y(lambda f: f.phone("LT"), "phone"),
            "miestas": Y(lambda f: f.city_zip("LT")[0], "city"),
            "gimimo_data": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "kalba": G(lambda f: f.pick(["lt", "en", "ru"])),
            "naujienlaiskis": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "nombre": Y(lambda f: f.person("ES")[0], "name"),
            "apellidos": Y(lambda f: f.person("ES")[1], "name"),
            "correo_electronico": Y(lambda f: f.email("ES"), "email"),
            "telefono_movil": Y(lambda f: f.phone("ES"), "phone"),
            "codigo_postal": Y(lambda f: f.city_zip("ES")[1], "zipcode"),
            "provincia": G(lambda f: f.pick(PROVINCES)),
            "es_profesional": G(lambda f: f.pick([True, False])),
            "idioma": G(lambda f: f.pick(["es", "ca", "eu", "gl"])),
        },
    ),
    (
        "identify",
        None,
        ["ruby"],
        {
            "prenom": Y(lambda f: f.person("FR")[0], "name"),
            "nom": Y(lambda f: f.person("FR")[1], "name"),
            "adresse_email": Y(lambda f: f.email("FR"), "email"),
            "telephone": Y(lambda f: f.phone("FR"), "phone"),
            "ville": Y(lambda f: f.city_zip("FR")[0], "city"),
            "code_postal": Y(lambda f: f.city_zip("FR")[1], "zipcode"),
            "date_naissance": Y(
                lambda f: f.pick([f.date(1958, 2006), "/".join(reversed(f.date(1958, 2006).split("-")))]),
                "birthdate",
            ),
            "civilite": Y(lambda f: f.pick(["M.", "Mme", "Mx"]), "gender"),
            "vendeur_pro": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["node", "flutter"],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Friperie Lulu SARL",
                        "Segunda Vida Moda S.L.",
                        "UAB Antras Kvėpavimas",
                        "Kids Vintage SAS",
                    ]
                )
            ),
            "siret": G(lambda f: f.digits(14)),
            "vat_number": G(lambda f: f.pick(["FR", "ES", "LT"]) + f.digits(11)),
            "support_email": G(
                lambda f: f.pick(
                    ["contact@friperie-lulu.fr", "hola@segundavidamoda.es", "info@antraskvepavimas.lt"]
                )
            ),
            "support_phone": G(lambda f: f.pick(["+33 4 78 92 10 40", "+34 915 550 123", "+370 5 219 4400"])),
            "registered_address": {
                "line1": G(lambda f: f.pick(["14 rue Mercière", "Calle de Fuencarral 45", "Ozo g. 25"])),
                "city": G(lambda f: f.pick(["Lyon", "Madrid", "Vilnius"])),
                "postal_code": G(lambda f: f.pick(["69002", "28004", "LT-07150"])),
            },
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], None),
    (
        "page",
        "Catalog",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/catalog", "/catalog/1904-women", "/brand/53-zara"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.fr/", "https://www.rebazar.es/"])),
            "search": G(lambda f: f.pick(["", "?search_text=robe%20zara", "?price_to=20"])),
            "title": G(lambda f: f.pick(["Femmes | Rebazar", "Mujer | Rebazar", "Moterims | Rebazar"])),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://www.rebazar.fr/catalog",
                        "https://www.rebazar.es/catalog",
                        "https://www.rebazar.lt/catalog",
                    ]
                )
            ),
        },
    ),
    (
        "screen",
        "Item Detail",
        ["swift", "kotlin", "rn", "flutter"],
        {
            "name": G(lambda f: f.pick(["Item Detail", "Home Feed", "Inbox", "Wallet", "Checkout"])),
            "previous_screen": G(lambda f: f.pick(["Home Feed", "Search Results", "Favourites"])),
            "listing_id": G(lambda f: f.listing_id()),
        },
    ),
    # -- listings -------------------------------------------------------------------------------
    (
        "track",
        "Listing Created",
        [*MOBILE, "flutter"],
        {
            "listing_id": G(lambda f: f.listing_id()),
            "title": G(lambda f: f.pick(TITLES)),
            "description": G(lambda f: f.pick(DESCRIPTIONS)),
            "brand": G(lambda f: f.pick(BRANDS)),
            "size": G(lambda f: f.pick(SIZES)),
            "condition": G(lambda f: f.pick(CONDITIONS)),
            "price": G(lambda f: f.money(2, 500)),
            "currency": G(lambda f: "EUR"),
            "photos": Many(
                {
                    "url": G(lambda f: f.photo_url()),
                    "sha1": G(lambda f: f.hexid(40)),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        APPS,
        {
            **{k: v for k, v in product().items() if k not in ("quantity",)},
            "currency": G(lambda f: "EUR"),
            "seller_id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "seller_username": Y(lambda f: f.username(), "name"),
            "seller_city": Y(lambda f: f.city(), "city"),
            "seller_rating": G(lambda f: round(f.r.uniform(3, 5), 1)),
            "is_reserved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Item Favourited",
        APPS,
        {
            "itemId": G(lambda f: f.listing_id()),
            "itemTitle": G(lambda f: f.pick(TITLES)),
            "priceAmount": G(lambda f: f.money(2, 400)),
            "currencyCode": G(lambda f: "EUR"),
            "sellerId": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "favouritesCount": G(lambda f: f.r.randint(1, 400)),
        },
    ),
    (
        "track",
        "Products Searched",
        [*APPS, "flutter"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "robe zara",
                        "chaqueta north face",
                        "vaikiškas vežimėlis",
                        "iphone 12",
                        "levis 501",
                        "nėštumo pagalvė",
                    ]
                )
            ),
            "filters": {
                "brand_ids": Many(G(lambda f: f.r.randint(1, 400000)), 3),
                "price_to": G(lambda f: f.pick([20, 50, 100, 250])),
            },
            "results_count": G(lambda f: f.r.randint(0, 9000)),
            "search_location": G(lambda f: f.pick(["Kaunas", "Madrid", "Lyon", "Bilbao", "Klaipėda"])),
            "radius_km": G(lambda f: f.pick([5, 10, 30, 50])),
        },
    ),
    (
        "track",
        "Nearby Items Viewed",
        ["kotlin", "swift"],
        {
            "user_lat": Y(lambda f: round(f.r.uniform(36.5, 55.9), 5), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-6.0, 26.0), 5), "geolocation"),
            "radius_km": G(lambda f: f.pick([5, 10, 30, 50])),
            "items_shown": G(lambda f: f.r.randint(0, 60)),
            "location_permission": G(lambda f: f.pick(["precise", "approximate"])),
        },
    ),
    (
        "track",
        "Listing Price Changed",
        ["go"],
        {
            "listing_id": G(lambda f: f.listing_id()),
            "old_price": G(lambda f: f.money(5, 300)),
            "new_price": G(lambda f: f.money(3, 280)),
            "currency": G(lambda f: "EUR"),
            "change_reason": G(lambda f: f.pick(["manual", "price_drop_suggestion", "offer_accepted"])),
        },
    ),
    (
        "track",
        "Listing Bumped",
        MOBILE,
        {
            "listing_id": G(lambda f: f.listing_id()),
            "promotion_type": G(lambda f: f.pick(["bump_3d", "bump_7d", "wardrobe_spotlight"])),
            "amount": G(lambda f: f.pick([0.95, 1.45, 2.95, 6.95])),
            "currency": G(lambda f: "EUR"),
        },
    ),
    (
        "track",
        "Anuncio Coche Publicado",
        ["php"],
        {
            "anuncio_id": G(lambda f: f.listing_id()),
            "marca": G(lambda f: f.pick(["SEAT", "Renault", "Volkswagen", "Peugeot", "Toyota"])),
            "modelo": G(lambda f: f.pick(["Ibiza", "Clio", "Golf", "208", "Corolla"])),
            "kilometros": G(lambda f: f.r.randint(8000, 260000)),
            "precio": G(lambda f: f.r.randint(1500, 32000)),
            "matricula": Y(lambda f: f.plate(), "license"),
            "numero_bastidor": Y(lambda f: f.vin(), "serial"),
            "itv_vigente": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Phone Listing Verified",
        ["kotlin", "java"],
        {
            "listingId": G(lambda f: f.listing_id()),
            "deviceModel": G(lambda f: f.pick(["iPhone 12", "Galaxy S21", "Pixel 6", "Redmi Note 11"])),
            "storageGb": G(lambda f: f.pick([64, 128, 256])),
            "imei": Y(lambda f: f.imei(), "serial"),
            "imeiCheckStatus": G(lambda f: f.pick(["clean", "blacklisted", "unknown"])),
            "icloudLocked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Listing Reported",
        APPS,
        {
            "listing_id": G(lambda f: f.listing_id()),
            "reason": G(lambda f: f.pick(["counterfeit", "prohibited_item", "wrong_category", "spam"])),
            "text": G(
                lambda f: f.pick(
                    [
                        "Fausse marque à mon avis",
                        "Es una réplica",
                        "Netinkama kategorija",
                        "Photos volées sur un autre site",
                    ]
                )
            ),
            "reporter_role": G(lambda f: f.pick(["buyer", "visitor"])),
        },
    ),
    # -- offers and chat ------------------------------------------------------------------------
    (
        "track",
        "Offer Made",
        MOBILE,
        {
            "offer_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.listing_id()),
            "conversation_id": G(lambda f: f.r.randint(1_000_000_000, 9_999_999_999)),
            "offer_amount": G(lambda f: f.money(2, 300)),
            "currency": G(lambda f: "EUR"),
            "buyer_id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "seller_id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "is_counter_offer": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Offer Responded",
        ["node"],
        {
            "offerId": G(lambda f: f.uuid()),
            "listingId": G(lambda f: f.listing_id()),
            "status": G(lambda f: f.pick(["accepted", "declined", "countered", "expired"])),
            "amount": G(lambda f: f.money(2, 300)),
        },
    ),
    (
        "track",
        "Message Sent",
        [*MOBILE, "web"],
        {
            "conversation_id": G(lambda f: f.r.randint(1_000_000_000, 9_999_999_999)),
            "message_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.listing_id()),
            "recipient_id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "message_length": G(lambda f: f.r.randint(1, 800)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "sender_role": G(lambda f: f.pick(["buyer", "seller"])),
        },
    ),
    (
        "track",
        "Off Platform Contact Blocked",
        ["python"],
        {
            "conversation_id": G(lambda f: f.r.randint(1_000_000_000, 9_999_999_999)),
            "message_id": G(lambda f: f.uuid()),
            "sender_id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "detection_rule": G(lambda f: f.pick(["phone_regex_v3", "phone_ml_v2", "phone_digits_words"])),
            "matched_text": Y(flagged_phone, "phone", True),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
            "action": G(lambda f: f.pick(["blocked", "warned", "shadow_hidden"])),
            "phone_detected": G(lambda f: True),
        },
    ),
    (
        "track",
        "Chat Message Flagged",
        ["python"],
        {
            "conversation_id": G(lambda f: f.r.randint(1_000_000_000, 9_999_999_999)),
            "flag_type": G(lambda f: f.pick(["email_address", "external_contact", "payment_outside"])),
            "snippet": Y(flagged_email, "email", True),
            "auto_moderated": G(lambda f: f.pick([True, False])),
            "moderator_queue": G(lambda f: f.pick(["fr_tns", "es_tns", "lt_tns"])),
        },
    ),
    # -- checkout and orders --------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        APPS,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
            "value": G(lambda f: f.money(5, 400)),
            "shipping": G(lambda f: f.pick([2.88, 3.49, 4.99, 6.5])),
            "currency": G(lambda f: "EUR"),
            "products": Many(product(), 3),
            "shipping_method": G(lambda f: f.pick(["pickup_point", "home_delivery", "locker"])),
            "pickup_point_id": G(lambda f: f.pick(["FR-", "ES-", "LT-"]) + f.digits(6)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
            "payment_method": G(
                lambda f: f.pick(["card", "paypal", "apple_pay", "google_pay", "wallet", "bizum"])
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "cb", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["497010", "513691", "453245", "535522"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "payment_method_id": RED(lambda f: f.stripe("pm_"), "token"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "web"],
        {
            "order_id": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "total": G(lambda f: f.money(5, 450)),
            "subtotal": G(lambda f: f.money(5, 400)),
            "shipping": G(lambda f: f.pick([2.88, 3.49, 4.99, 6.5])),
            "currency": G(lambda f: "EUR"),
            "coupon": G(lambda f: f.pick(["", "BIENVENUE5", "VERANO10", "SVEIKI3"])),
            "products": Many(product(), 3),
            "buyer_id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "seller_id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "shipping_address": {
                **addr(),
                "line2": Y(
                    lambda f: f.pick(["Bâtiment B", "Escalera 2", "Bt. 14", "3e étage gauche"]),
                    "address|street",
                ),
            },
            "customer_email": Y(lambda f: f.email(), "email"),
            "payment_method": G(
                lambda f: f.pick(["card", "paypal", "apple_pay", "google_pay", "wallet", "bizum"])
            ),
        },
    ),
    (
        "track",
        "Charge Failed",
        ["node"],
        {
            "charge": {
                "id": G(lambda f: f.stripe("ch_")),
                "payment_intent": G(lambda f: f.stripe("pi_")),
                "payment_method": RED(lambda f: f.stripe("pm_"), "token"),
                "amount": G(lambda f: f.r.randint(300, 45000)),
                "currency": G(lambda f: "eur"),
                "failure_code": G(
                    lambda f: f.pick(["card_declined", "expired_card", "incorrect_cvc", "processing_error"])
                ),
                "billing_details": {
                    "name": Y(lambda f: f.full_name().upper(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "address": {
                        "line1": Y(lambda f: f.street(), "address|street"),
                        "city": Y(lambda f: f.city(), "city"),
                        "postal_code": Y(lambda f: f.zip(), "zipcode"),
                        "country": G(lambda f: f.pick(["FR", "ES", "LT"])),
                    },
                },
                "payment_method_details": {
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2024, 2031)),
                    },
                },
            },
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Card Details Submitted",
        ["php"],
        {
            "order_ref": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder": Y(lambda f: f.full_name(), "name"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "gateway": G(lambda f: f.pick(["redsys", "adyen", "stripe"])),
            "gateway_result": G(lambda f: f.pick(["authorised", "refused", "3ds_pending"])),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["ruby", "java"],
        {
            "order_id": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
            "refund_id": G(lambda f: f.stripe("re_")),
            "amount": G(lambda f: f.money(3, 400)),
            "reason": G(lambda f: f.pick(["item_not_received", "not_as_described", "cancelled_by_seller"])),
            "refunded_to": G(lambda f: f.pick(["wallet", "original_payment_method"])),
            "currency": G(lambda f: "EUR"),
        },
    ),
    (
        "track",
        "Shipping Protection Purchased",
        ["java"],
        {
            "order_id": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
            "policy_number": Y(lambda f: f.pick(["AXA-", "CAR-", "ERG-"]) + f.digits(10), "identification"),
            "insurer": G(lambda f: f.pick(["AXA Partners", "Cardif", "ERGO"])),
            "coverage_amount": G(lambda f: f.money(20, 500)),
            "premium": G(lambda f: f.money(0.5, 9)),
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
        },
    ),
    # -- shipping -------------------------------------------------------------------------------
    (
        "track",
        "Shipping Label Created",
        ["python"],
        {
            "parcel": {
                "id": G(lambda f: f.r.randint(100_000_000, 999_999_999)),
                "name": Y(lambda f: f.full_name(), "name"),
                "address": Y(
                    lambda f: f.pick(STREETS["FR"] + STREETS["ES"] + STREETS["LT"]), "address|street"
                ),
                "house_number": Y(
                    lambda f: str(f.r.randint(1, 180)) + f.pick(["", "", "B", "-12"]), "address|street"
                ),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": {"iso_2": G(lambda f: f.pick(["FR", "ES", "LT"]))},
                "telephone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "from_name": Y(lambda f: f.full_name(), "name"),
                "from_address_1": Y(lambda f: f.street(), "address|street"),
                "from_city": Y(lambda f: f.city(), "city"),
                "from_postal_code": Y(lambda f: f.zip(), "zipcode"),
                "from_telephone": Y(lambda f: f.phone(), "phone"),
                "tracking_number": G(lambda f: f.tracking()),
                "to_service_point": G(lambda f: f.r.randint(10_000_000, 99_999_999)),
                "shipment": {
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Mondial Relay Point Relais 0-1kg",
                                "Correos Oficina 0-2kg",
                                "Omniva paštomatas S",
                            ]
                        )
                    ),
                },
            },
            "order_id": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
        },
    ),
    (
        "track",
        "Pickup Point Selected",
        APPS,
        {
            "pickup_point_id": G(lambda f: f.pick(["FR-", "ES-", "LT-"]) + f.digits(6)),
            "pickup_point_name": G(
                lambda f: f.pick(
                    ["Tabac Le Balto", "Librería Papelería Sol", "Maxima X Žirmūnai", "Relay Gare de Lyon"]
                )
            ),
            "pickup_point_address": G(
                lambda f: f.pick(
                    ["12 avenue Daumesnil", "Calle del Pez 21", "Žirmūnų g. 64", "Place Louis Armand"]
                )
            ),
            "pickup_point_city": G(lambda f: f.pick(["Paris", "Madrid", "Vilnius", "Lyon"])),
            "pickup_point_postal_code": G(lambda f: f.pick(["75012", "28004", "LT-09131", "69003"])),
            "carrier": G(lambda f: f.pick(CARRIERS)),
            "distance_m": G(lambda f: f.r.randint(40, 6000)),
        },
    ),
    (
        "track",
        "Pastomatas Pasirinktas",
        ["rn", "go"],
        {
            "pastomato_id": G(lambda f: str(f.r.randint(10000, 99999))),
            "pastomato_pavadinimas": G(
                lambda f: f.pick(["Akropolio paštomatas", "Omniva Rimi Savanorių", "LP EXPRESS Panorama"])
            ),
            "pastomato_adresas": G(
                lambda f: f.pick(
                    ["Ozo g. 25, Vilnius", "Savanorių pr. 206, Kaunas", "Saltoniškių g. 9, Vilnius"]
                )
            ),
            "vezejas": G(lambda f: f.pick(["omniva", "lp_express", "dpd"])),
            "gavejo_vardas": Y(lambda f: " ".join(f.person("LT")), "name"),
            "gavejo_telefonas": Y(lambda f: f.phone("LT"), "phone"),
        },
    ),
    (
        "track",
        "Home Pickup Scheduled",
        ["web", "swift"],
        {
            "pickup_id": G(lambda f: f.uuid()),
            "carrier": G(lambda f: f.pick(CARRIERS)),
            "pickup_date": G(lambda f: f.date(2024, 2024)),
            "time_slot": G(lambda f: f.pick(["08:00-13:00", "13:00-18:00", "09:00-18:00"])),
            "pickup_address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "zip": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.pick(["FR", "ES", "LT"])),
            },
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "instructions": G(
                lambda f: f.pick(
                    [
                        "Sonner deux fois",
                        "Portail vert au fond",
                        "Dejar en conserjería",
                        "Skambinti į domofoną",
                    ]
                )
            ),
            "parcels": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Shipment Delivered",
        ["java", "go"],
        {
            "tracking_number": G(lambda f: f.tracking()),
            "carrier": G(lambda f: f.pick(CARRIERS)),
            "delivered_at": G(lambda f: f.iso()),
            "delivery_type": G(lambda f: f.pick(["pickup_point", "locker", "home"])),
            "signed_by": Y(lambda f: f.full_name(), "name"),
            "courier_name": Y(lambda f: f.full_name(), "name"),
            "locker_pickup_code": RED(lambda f: f.digits(6), "token"),
            "scan_location": G(
                lambda f: f.pick(
                    ["Hub Chilly-Mazarin", "Centro Logístico Coslada", "Vilniaus skirstymo centras"]
                )
            ),
            "days_in_transit": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Envio Creado",
        ["php"],
        {
            "id_envio": G(lambda f: f.uuid()),
            "transportista": G(lambda f: f.pick(["correos", "seur", "inpost", "mrw"])),
            "punto_recogida": G(lambda f: f.pick(["ES-", "ES-0"]) + f.digits(6)),
            "nombre_destinatario": Y(lambda f: " ".join(f.person("ES")), "name"),
            "direccion_destinatario": Y(lambda f: f.street("ES"), "address|street"),
            "codigo_postal_destinatario": Y(lambda f: f.city_zip("ES")[1], "zipcode"),
            "telefono_destinatario": Y(lambda f: f.phone("ES"), "phone"),
            "numero_seguimiento": G(lambda f: f.tracking()),
        },
    ),
    (
        "track",
        "Etiquette Generee",
        ["ruby"],
        {
            "transporteur": G(lambda f: f.pick(["mondial_relay", "colissimo", "chronopost", "relais_colis"])),
            "point_relais_id": G(lambda f: f.digits(6)),
            "point_relais_adresse": G(
                lambda f: f.pick(
                    [
                        "3 place du Marché, 44000 Nantes",
                        "88 rue Oberkampf, 75011 Paris",
                        "5 cours Lafayette, 69003 Lyon",
                    ]
                )
            ),
            "nom_destinataire": Y(lambda f: " ".join(f.person("FR")), "name"),
            "adresse_destinataire": Y(lambda f: f.address_line("FR"), "address"),
            "code_postal_destinataire": Y(lambda f: f.city_zip("FR")[1], "zipcode"),
            "ville_destinataire": Y(lambda f: f.city_zip("FR")[0], "city"),
            "telephone_destinataire": Y(lambda f: f.phone("FR"), "phone"),
            "numero_suivi": G(lambda f: f.tracking()),
        },
    ),
    (
        "track",
        "Delivery Assistance Requested",
        ["php"],
        {
            "order_id": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
            "reduced_mobility": RED(lambda f: f.pick([True, False]), "disability"),
            "floor": G(lambda f: f.r.randint(0, 9)),
            "has_elevator": G(lambda f: f.pick([True, False])),
            "time_window": G(lambda f: f.pick(["morning", "afternoon", "saturday"])),
        },
    ),
    # -- wallet and payouts ---------------------------------------------------------------------
    (
        "track",
        "Wallet Viewed",
        [*MOBILE, "flutter"],
        {
            "balance": G(lambda f: f.money(0, 900)),
            "currency": G(lambda f: "EUR"),
            "has_iban": G(lambda f: f.pick([True, False])),
            "iban_last4": G(lambda f: f.digits(4)),
            "payout_available": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payout Requested",
        ["csharp"],
        {
            "PayoutId": G(lambda f: f.uuid()),
            "Amount": G(lambda f: f.money(5, 1500)),
            "Currency": G(lambda f: "EUR"),
            "Iban": RED(lambda f: f.iban(), "bank account"),
            "Bic": G(lambda f: f.bic()),
            "AccountHolderName": Y(lambda f: f.full_name(), "name"),
            "Status": G(lambda f: f.pick(["Pending", "Processing", "Failed"])),
            "RequestedAt": G(lambda f: f.iso()),
            "WalletBalanceAfter": G(lambda f: f.money(0, 300)),
            "IsFirstPayout": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bank Account Added",
        ["web", "swift", "kotlin"],
        {
            "bank_account": {
                "iban": RED(lambda f: f.iban(), "bank account"),
                "bic": G(lambda f: f.bic()),
                "holder_name": Y(lambda f: f.full_name(), "name"),
                "bank_name": G(
                    lambda f: f.pick(["BNP Paribas", "CaixaBank", "Swedbank", "Qonto", "Revolut"])
                ),
                "country": G(lambda f: f.pick(["FR", "ES", "LT"])),
            },
            "verification_method": G(lambda f: f.pick(["micro_deposit", "instant", "none"])),
            "is_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payout Paid",
        ["node"],
        {
            "payout": {
                "id": G(lambda f: f.stripe("po_")),
                "amount": G(lambda f: f.r.randint(500, 150000)),
                "arrival_date": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
                "currency": G(lambda f: "eur"),
                "destination": G(lambda f: f.stripe("ba_")),
                "status": G(lambda f: f.pick(["paid", "in_transit", "failed"])),
            },
            "connected_account": G(lambda f: f.stripe("acct_", 16)),
        },
    ),
    (
        "track",
        "Ismoka Inicijuota",
        ["go"],
        {
            "ismokos_id": G(lambda f: f.uuid()),
            "suma": G(lambda f: f.money(5, 900)),
            "valiuta": G(lambda f: "EUR"),
            "saskaitos_numeris": RED(lambda f: f.iban("LT"), "bank account"),
            "gavejas": Y(lambda f: " ".join(f.person("LT")), "name"),
            "busena": G(lambda f: f.pick(["laukiama", "ivykdyta", "atmesta"])),
        },
    ),
    # -- identity checks ------------------------------------------------------------------------
    (
        "track",
        "Identity Verification Started",
        APPS,
        {
            "verification_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["veriff", "onfido", "stripe_identity"])),
            "document_type": G(
                lambda f: f.pick(["PASSPORT", "ID_CARD", "RESIDENCE_PERMIT", "DRIVERS_LICENSE"])
            ),
            "document_country": G(lambda f: f.pick(["FR", "ES", "LT", "UA", "MA"])),
            "flow": G(lambda f: f.pick(["payout_threshold", "dac7", "manual_review"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["python"],
        {
            "status": G(lambda f: "success"),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "code": G(lambda f: f.pick([9001, 9102, 9103])),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
                "reason": G(lambda f: f.pick(["", "Document not readable", "Face not clearly visible"])),
                "person": {
                    "firstName": Y(lambda f: f.first().upper(), "name"),
                    "lastName": Y(lambda f: f.last().upper(), "name"),
                    "idNumber": RED(lambda f: f.pick([f.dni(), f.asmens_kodas(), f.nie()]), "national id"),
                    "dateOfBirth": Y(lambda f: f.date(1958, 2006), "birthdate"),
                    "nationality": Y(lambda f: f.pick(["FR", "ES", "LT", "UA", "MA", "RO"]), "citizenship"),
                    "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
                    "placeOfBirth": Y(
                        lambda f: f.pick(["TOULOUSE", "CASABLANCA", "SEVILLA", "KAUNAS", "KYIV"]), "city"
                    ),
                },
                "document": {
                    "number": RED(lambda f: f.id_document_number(), "passport|national id"),
                    "type": G(lambda f: f.pick(["PASSPORT", "ID_CARD", "RESIDENCE_PERMIT"])),
                    "country": G(lambda f: f.pick(["FR", "ES", "LT", "UA"])),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
                "decisionTime": G(lambda f: f.iso()),
                "acceptanceTime": G(lambda f: f.iso()),
            },
            "technicalData": {"ip": Y(lambda f: f.ipv4(), "ip")},
        },
    ),
    (
        "track",
        "DAC7 Seller Info Submitted",
        ["java"],
        {
            "seller_id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "tax_residence_country": G(lambda f: f.pick(["FR", "ES", "LT"])),
            "tin": RED(lambda f: f.tin(), "national id"),
            "date_of_birth": Y(lambda f: f.date(1958, 2006), "birthdate"),
            "place_of_birth": Y(
                lambda f: f.pick(["Nantes", "Zaragoza", "Panevėžys", "Dakar", "Bucarest"]), "city"
            ),
            "primary_address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.pick(["FR", "ES", "LT"])),
            },
            "iban": RED(lambda f: f.iban(), "bank account"),
            "is_business": G(lambda f: f.pick([True, False])),
            "annual_sales_count": G(lambda f: f.r.randint(30, 600)),
            "annual_consideration_eur": G(lambda f: f.money(2000, 40000)),
            "submitted_via": G(lambda f: f.pick(["web_form", "app_form", "support"])),
        },
    ),
    (
        "track",
        "Verificacion Identidad Completada",
        ["php"],
        {
            "dni": RED(lambda f: f.pick([f.dni(), f.dni(), f.nie()]), "national id"),
            "nombre_completo": Y(lambda f: " ".join(f.person("ES")), "name"),
            "fecha_caducidad": G(lambda f: f.date(2025, 2034)),
            "resultado": G(lambda f: f.pick(["aprobada", "rechazada", "revision_manual"])),
            "selfie_coincide": G(lambda f: f.pick([True, False])),
            "puntuacion": G(lambda f: round(f.r.uniform(0.3, 1), 2)),
        },
    ),
    (
        "track",
        "ID Document Uploaded",
        ["kotlin", "swift"],
        {
            "verificationId": G(lambda f: f.uuid()),
            "documentSide": G(lambda f: f.pick(["front", "back"])),
            "fileSizeKb": G(lambda f: f.r.randint(200, 4800)),
            "mimeType": G(lambda f: f.pick(["image/jpeg", "image/heic", "application/pdf"])),
            "documentImageUrl": RED(
                lambda f: f"https://kyc.rebazar.eu/docs/{f.uuid()}.jpg", "national id|photo"
            ),
            "selfieUrl": Y(lambda f: f"https://kyc.rebazar.eu/selfies/{f.uuid()}.jpg", "photo"),
            "retry": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- disputes, support, reviews -------------------------------------------------------------
    (
        "track",
        "Dispute Opened",
        APPS,
        {
            "dispute_id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "order_id": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
            "reason": G(
                lambda f: f.pick(["item_not_received", "not_as_described", "damaged", "counterfeit"])
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "L'article ne correspond pas aux photos",
                        "Llegó roto",
                        "Prekė neatitinka aprašymo",
                        "Colis jamais reçu",
                        "Es falso, no es de marca",
                    ]
                )
            ),
            "evidence_photos": Many(G(lambda f: f.photo_url("disputes")), 4),
            "requested_resolution": G(lambda f: f.pick(["full_refund", "partial_refund", "return"])),
            "item_value": G(lambda f: f.money(3, 400)),
        },
    ),
    (
        "track",
        "Dispute Resolved",
        ["ruby"],
        {
            "dispute_id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "resolution": G(lambda f: f.pick(["refund_buyer", "release_to_seller", "split"])),
            "refund_amount": G(lambda f: f.money(0, 400)),
            "agent_id": G(lambda f: "ag_" + f.digits(4)),
            "agent_name": Y(lambda f: f.full_name(), "name"),
            "agent_email": Y(
                lambda f: f"{strip(f.person()[0])}.{strip(f.person()[1])}@rebazar.eu",
                "email",
            ),
            "reply_to": G(
                lambda f: f.pick(
                    ["aide@rebazar.fr", "ayuda@rebazar.es", "pagalba@rebazar.lt", "no-reply@rebazar.eu"]
                )
            ),
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Colis non reçu",
                            "No puedo retirar mi saldo",
                            "Neveikia apmokėjimas",
                            "Compte bloqué",
                        ]
                    )
                ),
                "description": G(
                    lambda f: f.pick(
                        [
                            "Bonjour, mon colis est bloqué depuis 10 jours.",
                            "Hola, el retiro lleva 5 días pendiente.",
                            "Laba diena, negaliu apmokėti kortele.",
                            "Je ne peux plus me connecter.",
                        ]
                    )
                ),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "locale_id": G(lambda f: f.pick([1005, 2, 1347])),
                },
                "via": {"channel": G(lambda f: f.pick(["web", "email", "mobile_sdk"]))},
                "tags": Many(G(lambda f: f.pick(["shipping", "wallet", "payout", "account", "vip"])), 3),
                "assignee_id": G(lambda f: f.r.randint(10**11, 10**12)),
            },
        },
    ),
    (
        "track",
        "Review Submitted",
        [*MOBILE, "web"],
        {
            "review_id": G(lambda f: f.r.randint(10**8, 10**9)),
            "order_id": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
            "rated_user_id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "reviewee_username": Y(lambda f: f.username(), "name"),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(lambda f: f.pick(REVIEWS)),
            "reviewer_role": G(lambda f: f.pick(["buyer", "seller"])),
            "is_automatic": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Backoffice User Lookup",
        ["node"],
        {
            "q": Y(lambda f: f.email(), "email", True),
            "search_by": G(lambda f: f.pick(["auto", "email", "any"])),
            "staff_id": G(lambda f: "ag_" + f.digits(4)),
            "results": G(lambda f: f.r.randint(0, 3)),
            "tool": G(lambda f: f.pick(["retool_users_v2", "admin_panel"])),
        },
    ),
    # -- accounts, auth, messaging vendors ------------------------------------------------------
    (
        "track",
        "Signed Up",
        [*APPS, "flutter"],
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "email": Y(lambda f: f.email(), "email"),
            "username": Y(lambda f: f.username(), "name"),
            "referral_code": G(lambda f: f.pick(["", "RBZ-" + "".join(f.pick(UPPER) for _ in range(5))])),
            "invited_by_user_id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
            "country": G(lambda f: f.pick(["FR", "ES", "LT"])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "age_confirmed": G(lambda f: True),
        },
    ),
    (
        "track",
        "Attribution Captured",
        ["web"],
        {
            "gclid": Y(
                lambda f: "Cj0KCQjw" + "".join(f.r.choice(ALNUM + "_-") for _ in range(60)), "advertising id"
            ),
            "fbclid": Y(
                lambda f: "IwAR" + "".join(f.r.choice(ALNUM + "_-") for _ in range(55)), "advertising id"
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(
                lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + "".join(f.r.choice(ALNUM) for _ in range(40)),
                "advertising id",
            ),
            "landing_page": G(lambda f: f.pick(["/", "/catalog", "/how_it_works", "/sell"])),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["fr_brand_search", "es_app_install", "lt_prospecting"])),
        },
    ),
    (
        "track",
        "Signed In",
        ["ruby", "node", "web"],
        {
            "method": G(lambda f: f.pick(["password", "google", "apple", "magic_link"])),
            "success": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 5)),
            "two_factor": G(lambda f: f.pick([True, False])),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        },
    ),
    (
        "track",
        "Phone Verification Code Sent",
        ["node"],
        {
            "phone-number": Y(lambda f: f.phone(), "phone"),
            "verification-code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expires-in-s": G(lambda f: f.pick([300, 600, 900])),
            "provider": G(lambda f: f.pick(["twilio_verify", "vonage", "infobip"])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "magic_link_token": RED(lambda f: "".join(f.r.choice(ALNUM) for _ in range(43)), "token"),
            "expires_at": G(lambda f: f.iso()),
            "redirect_path": G(lambda f: f.pick(["/inbox", "/wallet", "/items/new"])),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web", "swift", "kotlin"],
        {
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong", "very_strong"])),
            "passwordLength": G(lambda f: f.r.randint(8, 32)),
            "triggeredBy": G(lambda f: f.pick(["user", "reset_email", "security_team"])),
            "sessionsRevoked": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+33757590211", "+34911067304", "+37052140220"])),
            "To": Y(lambda f: f.e164(), "phone", True),
            "SmsStatus": G(lambda f: f.pick(["delivered", "undelivered", "sent", "failed"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["open", "click"])),
            "sg_message_id": G(
                lambda f: (
                    "".join(f.r.choice(ALNUM) for _ in range(22))
                    + ".filterdrecv-"
                    + f.hexid(9)
                    + "-1-"
                    + f.hexid(8).upper()
                    + "-1.0"
                )
            ),
            "smtp-id": G(
                lambda f: f"<{f.hexid(11)}.{f.hexid(3)}.{f.hexid(6)}@ismtpd-{f.r.randint(100, 999)}>"
            ),
            "timestamp": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        *UA_WEB,
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 "
                        "(via ggpht.com GoogleImageProxy)",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        MOBILE,
        {
            "invite_channel": G(lambda f: f.pick(["email", "whatsapp", "sms", "copy_link"])),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_name": Y(lambda f: f.first(), "name"),
            "reward_amount": G(lambda f: f.pick([5, 10])),
            "contacts_selected": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Email Captured",
        ["web"],
        {
            "input": Y(lambda f: f.email(), "email", True),
            "form": G(lambda f: f.pick(["newsletter_footer", "exit_intent", "checkout_guest"])),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        ["web", "swift"],
        {
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + "".join(f.r.choice(ALNUM + "_-") for _ in range(23))),
            "label": Y(lambda f: f.address_line(), "address", True),
            "types": Many(G(lambda f: f.pick(["street_address", "premise", "geocode", "route"])), 2),
            "input_length": G(lambda f: f.r.randint(4, 30)),
            "form": G(lambda f: f.pick(["shipping_address", "dac7_address", "pickup_address"])),
        },
    ),
    (
        "track",
        "Profile Updated",
        ["node", "kotlin"],
        {
            "updated_fields": Many(G(lambda f: f.pick(["contact", "bio", "avatar", "language"])), 3),
            "contact": {
                "type": G(lambda f: f.pick(["mobile", "whatsapp", "phone"])),
                "value": Y(lambda f: f.phone(), "phone", True),
                "verified": G(lambda f: f.pick([True, False])),
            },
            "bio_length": G(lambda f: f.r.randint(0, 300)),
            "note": G(
                lambda f: f.pick(
                    ["Envoi sous 48h", "Envío en 24h", "Siunčiu kas antradienį", "Pas d'échange"]
                )
            ),
        },
    ),
    (
        "track",
        "Survey Answered",
        ["web", "flutter"],
        {
            "survey_id": G(lambda f: f.pick(["nps_q2", "persona_2024", "seller_needs"])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "occupation": G(
                lambda f: f.pick(["étudiante", "enfermero", "mokytoja", "développeur", "autónomo"])
            ),
            "marital_status": G(lambda f: f.pick(["single", "married", "pacs", "divorced"])),
            "comment": G(
                lambda f: f.pick(
                    ["", "Plus de filtres svp", "Envíos más baratos", "Geriau veikianti paieška"]
                )
            ),
        },
    ),
    (
        "track",
        "Account Deletion Requested",
        ["web", "swift", "kotlin"],
        {
            "reason": G(lambda f: f.pick(["not_using", "privacy", "bad_experience", "duplicate_account"])),
            "feedback": G(lambda f: f.pick(["", "Trop de frais", "Demasiadas estafas", "Nebenaudoju"])),
            "email_confirmed": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- added: more people's data ---------------------------------------------------------------
    (
        "track",
        "Seller Profile Completed",
        ["swift", "kotlin"],
        {
            "fullName": Y(lambda f: f.full_name(), "name"),
            "displayName": Y(lambda f: f.username(), "name"),
            "profilePhotoUrl": Y(lambda f: f.photo_url("avatars"), "photo"),
            "locationCity": Y(lambda f: f.city(), "city"),
            "phoneNumber": Y(lambda f: f.phone(), "phone"),
            "instagramHandle": Y(lambda f: "@" + f.username(), "name"),
            "bioLength": G(lambda f: f.r.randint(0, 300)),
            "completionPct": G(lambda f: f.pick([60, 80, 100])),
        },
    ),
    (
        "track",
        "Return Label Requested",
        ["node", "web"],
        {
            "return_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: str(f.r.randint(8_000_000_000, 9_999_999_999))),
            "return_address": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "address_line_1": Y(lambda f: f.street(), "address|street"),
                "address_line_2": Y(
                    lambda f: f.pick(["Bâtiment C, porte 12", "Bajo B", "Butas 7", "Résidence Les Pins"]),
                    "address|street",
                ),
                "city": Y(lambda f: f.city(), "city"),
                "zip_code": Y(lambda f: f.zip(), "zipcode"),
                "country_code": G(lambda f: f.pick(["FR", "ES", "LT"])),
            },
            "contact_email": Y(lambda f: f.email(), "email"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "return_reason": G(lambda f: f.pick(["wrong_size", "not_as_described", "changed_mind"])),
        },
    ),
    (
        "track",
        "Parcel Announced To Carrier",
        ["java"],
        {
            "receiver": {
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.e164(), "phone"),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
            },
            "custom_attributes": {
                "target_point": G(lambda f: f.pick(["KRA010", "WAW22A", "MAD04M", "PAR19C"])),
                "sending_method": G(lambda f: f.pick(["parcel_locker", "pop", "any_point"])),
            },
            "reference": G(lambda f: "RBZ-" + f.digits(10)),
            "service": G(lambda f: f.pick(["inpost_locker_standard", "inpost_courier_standard"])),
        },
    ),
    (
        "track",
        "Courier Assigned",
        ["go"],
        {
            "delivery_id": G(lambda f: f.uuid()),
            "courier_first_name": Y(lambda f: f.first(), "name"),
            "courier_masked_phone": G(
                lambda f: f.pick(["+33 1 76 44 02 10", "+34 910 60 48 22", "+370 5 214 0099"])
            ),
            "courier_vehicle_plate": Y(lambda f: f.plate(), "license"),
            "courier_lat": Y(lambda f: round(f.r.uniform(36.5, 55.9), 6), "geolocation"),
            "courier_lng": Y(lambda f: round(f.r.uniform(-6.0, 26.0), 6), "geolocation"),
            "eta_minutes": G(lambda f: f.r.randint(3, 90)),
            "vehicle_type": G(lambda f: f.pick(["bike", "van", "scooter"])),
        },
    ),
    (
        "track",
        "Datos Fiscales Actualizados",
        ["php"],
        {
            "nif": RED(lambda f: f.pick([f.dni(), f.nie()]), "national id"),
            "nombre_fiscal": Y(lambda f: " ".join(f.person("ES")), "name"),
            "domicilio_fiscal": Y(lambda f: f.address_line("ES"), "address"),
            "localidad": Y(lambda f: f.city_zip("ES")[0], "city"),
            "iban_cobro": RED(lambda f: f.iban("ES"), "bank account"),
            "fecha_nacimiento": Y(lambda f: f.date(1958, 2006), "birthdate"),
        },
    ),
    (
        "track",
        "Pardavejo Duomenys Pateikti",
        ["go"],
        {
            "asmens_kodas": RED(lambda f: f.asmens_kodas(), "national id"),
            "vardas_pavarde": Y(lambda f: " ".join(f.person("LT")), "name"),
            "gyvenamoji_vieta": Y(lambda f: f.street("LT"), "address|street"),
            "pasto_kodas": Y(lambda f: f.city_zip("LT")[1], "zipcode"),
            "banko_saskaita": RED(lambda f: f.iban("LT"), "bank account"),
        },
    ),
    (
        "track",
        "Verification Vendeur Soumise",
        ["ruby"],
        {
            "numero_piece_identite": RED(
                lambda f: f.pick([f.passport(), "".join(f.pick(UPPER) for _ in range(2)) + f.digits(7)]),
                "national id|passport",
            ),
            "nom_naissance": Y(lambda f: f.person("FR")[1], "name"),
            "lieu_naissance": Y(lambda f: f.pick(["Bordeaux", "Alger", "Lille", "Dakar", "Rennes"]), "city"),
            "nationalite": Y(
                lambda f: f.pick(["française", "algérienne", "sénégalaise", "espagnole"]), "citizenship"
            ),
            "titulaire_compte": Y(lambda f: " ".join(f.person("FR")), "name"),
            "iban_versement": RED(lambda f: f.iban("FR"), "bank account"),
            "type_piece": G(lambda f: f.pick(["cni", "passeport", "titre_sejour"])),
        },
    ),
    (
        "track",
        "Sign In Failed",
        ["ruby"],
        {
            "identifier": Y(lambda f: f.email(), "email", True),
            "failure_reason": G(lambda f: f.pick(["wrong_password", "account_locked", "captcha_failed"])),
            "attempt": G(lambda f: f.r.randint(1, 6)),
            "captcha_shown": G(lambda f: f.pick([True, False])),
            "remote_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_from_ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "expires_in_minutes": G(lambda f: f.pick([15, 30, 60])),
        },
    ),
    (
        "track",
        "Push Token Registered",
        ["node", "java"],
        {
            "push_token": RED(
                lambda f: f.pick(
                    [f.hexid(64), f.hexid(11) + ":APA91b" + "".join(f.r.choice(ALNUM) for _ in range(130))]
                ),
                "token",
            ),
            "platform": G(lambda f: f.pick(["ios", "android"])),
            "app_version": G(lambda f: f.pick(["24.18.0", "24.19.1", "24.20.0"])),
            "device_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Conversion Sent To Meta",
        ["go"],
        {
            "event_name": G(lambda f: f.pick(["Purchase", "CompleteRegistration", "AddToCart"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "fn": Y(lambda f: f.sha256(), "name"),
                "zp": Y(lambda f: f.sha256(), "zipcode"),
                "external_id": G(lambda f: f.sha256()),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(3, 400)),
                "currency": G(lambda f: "EUR"),
                "content_ids": Many(G(lambda f: str(f.listing_id())), 3),
            },
        },
    ),
    (
        "track",
        "Pro Invoice Generated",
        ["ruby"],
        {
            "invoice_number": G(lambda f: f"F-2024-{f.r.randint(1, 99999):05d}"),
            "buyer_details": Y(lambda f: f"{f.full_name()}, {f.address_line()}", "address|name", True),
            "amount_ht": G(lambda f: f.money(3, 400)),
            "tva": G(lambda f: f.money(0, 80)),
            "pdf_url": G(lambda f: f"https://invoices.rebazar.eu/{f.uuid()}.pdf"),
        },
    ),
    (
        "track",
        "Payout Failed",
        ["csharp"],
        {
            "PayoutId": G(lambda f: f.uuid()),
            "FailureCode": G(lambda f: f.pick(["AC04", "AC01", "MD07", "AM04"])),
            "Detail": RED(
                lambda f: f.pick(
                    [
                        f"SEPA return for {f.iban()}: account closed",
                        f"Beneficiary account {f.iban()} invalid",
                        f"Bank rejected credit to {f.iban()} (AM04)",
                    ]
                ),
                "bank account",
                True,
            ),
            "RetryScheduled": G(lambda f: f.pick([True, False])),
            "Amount": G(lambda f: f.money(5, 1500)),
        },
    ),
    (
        "track",
        "Email Bounced",
        ["python"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "bounce": {
                "type": G(lambda f: f.pick(["bounce", "blocked"])),
                "status": G(lambda f: f.pick(["5.1.1", "5.7.1", "5.2.2"])),
                "reason": Y(
                    lambda f: f.pick(
                        [
                            f"550 5.1.1 <{f.email()}>: Recipient address rejected: User unknown",
                            f"552 5.2.2 <{f.email()}>: Mailbox full",
                            f"550 5.7.1 Message to {f.email()} rejected by policy",
                        ]
                    ),
                    "email",
                    True,
                ),
            },
            "sg_message_id": G(lambda f: "".join(f.r.choice(ALNUM) for _ in range(22)) + ".filterdrecv-1"),
        },
    ),
]


def build(seed: int, repeats: int):
    f = MFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": str(f.r.randint(10_000_000, 199_999_999)),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=123, repeats=30)
    write(Path(__file__).parent, "holdout123_", events, labels)
