"""Writes holdout212: tests/corpus/holdout212_events.jsonl and holdout212_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py, for the format), and
never scored by its author.

Domain: a smart-home security and alarm monitoring service in the UK, Germany and Brazil. Covers
customer sign-up and identify calls (web, iOS, Android, React Native, Flutter, server CRM sync in
.NET PascalCase, a warehouse reverse-ETL sync in SCREAMING_SNAKE, German and Portuguese traits);
device installs (hubs, cameras, door sensors, smart locks and their user PIN codes, Wi-Fi setup);
alarm events from the device cloud (kebab-case Go service), dispatch by monitoring-centre
operators (.NET), keyholders and emergency contacts, Twilio-shaped call and SMS webhooks;
geofenced arm/disarm with coordinates; video clip sharing, ANPR plates and familiar faces;
telecare (falls pendant) profiles with NHS numbers and conditions; subscriptions and payments
(Stripe-shaped, SEPA in German, Pix/boleto and a credit check in Portuguese, UK direct debit, one
legacy PHP checkout that posts the card number), e-commerce spec events for kit purchases,
installer appointments (English, German, Portuguese keys) and installer onboarding (staff data);
page, screen, group and alias calls; consent, campaign and ad-click ids.

Conventions: a path is labelled once (build.render refuses conflicting labels); every varying
field draws from at least three values. Values are fake but shaped like real ones: CPFs with
valid check digits, NHS numbers with a valid mod-11 digit, German ID card numbers with their
7-3-1 check digit, UK National Insurance numbers with allowed prefixes, Luhn-valid cards and
IMEIs, mod-97 IBANs (fake.py), national phone formats of the UK, Germany and Brazil, UK
postcodes, German PLZ, Brazilian CEPs; names from many cultures; e-mail domains are example.*.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a keyholder, an emergency contact, a
  share recipient, a guest given a lock code, an installer or a monitoring operator (staff), a
  visitor whose plate is read. Colour is the reference matcher's default; outside the reference:
  red for credentials and secrets (lock PINs, duress and verbal passwords, key-safe codes, Wi-Fi
  passwords, API keys, share and sign-in tokens, one-time codes, Stripe `pm_` ids, push tokens),
  card numbers and CVVs, bank accounts (IBAN, UK account numbers, a CPF used as a Pix key),
  government ids (CPF, RG, German ID card, National Insurance number) and health ids (NHS
  number); yellow for geolocation, advertising and ad-click ids (gclid, fbclid, fbp, fbc, IDFA,
  AAID) and credit scores.
- Green: ids we or a vendor issue (site, device, clip, order, invoice, Stripe customer / invoice
  / payment-intent ids, Twilio SIDs, mandate references, customer numbers, police incident
  references, NSI/VdS installation certificate references, which certify the installation and
  are issued to the company), versions, timestamps, hashes, amounts, enums, counters, booleans
  under PII-sounding keys (`emailVerified`, `has_pin`, `pinLength`), names of products, plans,
  zones, devices, pets and companies, the company's own numbers and role mailboxes, a Twilio
  number we own, bank sort codes and BICs, card brand / last four / expiry, country, state / UF,
  locale, timezone, user agents, OS-issued device ids, router SSIDs (generic vendor names).
- Hardware serial numbers and IMEIs of devices in a person's home are yellow `serial`, MAC
  addresses yellow `mac`; vehicle plates yellow `license`; an installer's DBS certificate number
  yellow `certificate`; an insurer's policy number yellow `identification`; installer pay yellow
  `salary`; right-to-work answers red `visa`.
- A boolean that itself reveals a special category is labelled as that category: uses a
  wheelchair / hearing impaired (red `disability`), veteran discount (red `veteran`), Shabbat
  mode on the lock (yellow `religion`). German `Anrede` (Herr/Frau/Divers) and Brazilian `sexo`
  reveal gender: yellow `gender|sex`.
- A camera snapshot URL is a photo of whoever stood at the door: yellow `photo`. Neighbourhood
  (`bairro`) and house number of the person's address are part of the address: yellow.
- value_only is true when the key does not say what the value is (`value`, `input`, `label`,
  `q`, `text`, `note`, `From`, `Called`, `remote`, `unlocked_by`, `access_notes`, `Bemerkung`,
  `externalIds[].id`). Every value of a value_only PII path holds that PII (each free-text
  template carries it); free text that never carries PII is green. No path mixes PII and
  non-PII values, so the rule "labelled by what every value carries" is never in doubt.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers of the UK, Germany and Brazil ---------------------------------------

FIRST = {
    "GB": ["Oliver", "Amelia", "Harry", "Isla", "Priya", "Mohammed", "Siobhan", "Chidi", "Aisha", "Callum"],
    "DE": ["Lukas", "Lea", "Jonas", "Mia", "Emre", "Aylin", "Björn", "Katarzyna", "Jürgen", "Sabine"],
    "BR": ["João", "Ana Clara", "Thiago", "Larissa", "Beatriz", "Gabriel", "Raimundo", "Luíza", "Kauê"],
    "XX": ["Yuki", "Wei", "Fatou", "Aroha", "Dmitri", "Zainab", "Kofi", "Anh", "Ingrid", "Oluwaseun"],
}
LAST = {
    "GB": ["Smith", "Jones", "Patel", "O'Connor", "Ahmed", "Okonkwo", "Hughes", "MacLeod", "Begum"],
    "DE": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Y\u0131lmaz",
        "Weber",
        "Nowak",
        "Hoffmann",
        "Schäfer",
    ],
    "BR": ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "da Costa", "Nascimento", "Yamamoto", "Lima"],
    "XX": ["Tanaka", "Zhang", "Diallo", "Ngata", "Ivanov", "Hussain", "Mensah", "Tran", "Lindqvist"],
}
STREETS = {
    "GB": ["Ashgrove Road", "Victoria Street", "Church Lane", "Mill Close", "Kingsway", "Station Road"],
    "DE": ["Hauptstraße", "Lindenweg", "Bahnhofstraße", "Schillerstraße", "Am Markt", "Kastanienallee"],
    "BR": ["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua XV de Novembro", "Av. Brasil"],
}
CITIES = {
    "GB": ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Norwich", "Brighton", "Belfast"],
    "DE": ["Berlin", "München", "Hamburg", "Köln", "Leipzig", "Dresden", "Frankfurt am Main"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife", "Porto Alegre", "Curitiba"],
}
BAIRROS = ["Consolação", "Copacabana", "Savassi", "Boa Viagem", "Moinhos de Vento", "Pinheiros", "Batel"]
UFS = ["SP", "RJ", "MG", "PE", "RS", "PR"]
CENTRES = {"GB": (53.0, -1.8), "DE": (51.0, 10.0), "BR": (-23.0, -45.5)}
MAIL_DOMAINS = ["example.com", "example.co.uk", "example.de", "example.com.br", "mail.example.org"]
UK_AREAS = ["LS", "M", "BS", "G", "CF", "NR", "BN", "BT", "SW", "N", "EH", "OX"]
PLANS = ["Essential", "Plus", "Pro Monitored", "Pro Monitored + Video"]
PRODUCTS = [
    ("HUB-2", "Alarm Hub 2", "Hubs", 199.0),
    ("CAM-OUT-4K", "Outdoor Camera 4K", "Cameras", 149.0),
    ("CAM-DB-2", "Video Doorbell 2", "Cameras", 99.0),
    ("DS-MINI", "Door Sensor Mini", "Sensors", 24.99),
    ("PIR-PET", "Pet-Immune Motion Sensor", "Sensors", 39.0),
    ("LOCK-S3", "Smart Lock S3", "Locks", 229.0),
    ("KEYPAD-1", "Keypad", "Accessories", 59.0),
    ("SIREN-EXT", "Outdoor Siren", "Accessories", 89.0),
]
ZONES = ["Front Door", "Back Door", "Hallway", "Garage", "Living Room", "Kitchen Window", "Patio Doors"]
DEVICE_TYPES = ["hub", "camera", "doorbell", "door_sensor", "motion_sensor", "smart_lock", "keypad"]
PETS = ["Biscuit", "Luna", "Bello", "Paçoca", "Mochi", "Rex", "Frida"]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class HF(Fake):
    """fake.Fake with the domain's countries."""

    def cc(self):
        return self.pick(["GB", "GB", "DE", "BR"])

    def first_of(self, cc=None):
        cc = cc or self.pick(["GB", "DE", "BR", "XX"])
        return self.pick(FIRST[cc])

    def last_of(self, cc=None):
        cc = cc or self.pick(["GB", "DE", "BR", "XX"])
        return self.pick(LAST[cc])

    def name(self, cc=None):
        cc = cc or self.pick(["GB", "DE", "BR", "XX"])
        return f"{self.first_of(cc)} {self.last_of(cc)}"

    def mail(self, cc=None):
        first = ascii_fold(self.first_of(cc)).lower().replace(" ", "")
        last = ascii_fold(self.last_of(cc)).lower().replace(" ", "").replace("'", "")
        style = self.r.randint(0, 3)
        local = [
            f"{first}.{last}",
            f"{first[0]}{last}{self.r.randint(1, 99)}",
            f"{first}_{last}",
            f"{last}.{first}",
        ]
        return f"{local[style]}@{self.pick(MAIL_DOMAINS)}"

    def d(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def mobile(self, cc=None):
        cc = cc or self.cc()
        r = self.r
        if cc == "GB":
            n = f"7{r.randint(400, 999)}{self.d(6)}"
            return self.pick([f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])
        if cc == "DE":
            pre = self.pick(["151", "152", "157", "160", "170", "171", "176", "179"])
            rest = self.d(8 if pre.startswith("15") else 7)
            return self.pick([f"+49 {pre} {rest}", f"0{pre} {rest}", f"+49{pre}{rest}", f"0{pre}/{rest}"])
        ddd = self.pick(["11", "21", "31", "41", "51", "81"])
        a, b = "9" + self.d(4), self.d(4)
        return self.pick([f"+55 {ddd} {a}-{b}", f"({ddd}) {a}-{b}", f"+55{ddd}{a}{b}", f"{ddd} {a}{b}"])

    def landline(self, cc=None):
        cc = cc or self.cc()
        if cc == "GB":
            return self.pick(
                [
                    f"0113 {self.d(3)} {self.d(4)}",
                    f"020 7{self.d(3)} {self.d(4)}",
                    f"0161 {self.d(3)} {self.d(4)}",
                ]
            )
        if cc == "DE":
            return self.pick([f"030 {self.d(8)}", f"089 {self.d(7)}", f"+49 40 {self.d(8)}"])
        return self.pick([f"(11) 3{self.d(3)}-{self.d(4)}", f"(21) 2{self.d(3)}-{self.d(4)}"])

    def phone_e164(self):
        cc = self.cc()
        if cc == "GB":
            return f"+447{self.r.randint(400, 999)}{self.d(6)}"
        if cc == "DE":
            return f"+49{self.pick(['151', '160', '171', '176'])}{self.d(7)}"
        return f"+55{self.pick(['11', '21', '31'])}9{self.d(8)}"

    def postcode(self):
        area = self.pick(UK_AREAS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{self.r.randint(1, 28)} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def plz(self):
        return f"{self.r.randint(1067, 99998):05d}"

    def cep(self):
        return f"{self.r.randint(1000, 99999):05d}-{self.d(3)}"

    def street_of(self, cc):
        n = self.r.randint(1, 240)
        if cc == "GB":
            return f"{n} {self.pick(STREETS['GB'])}"
        if cc == "DE":
            return f"{self.pick(STREETS['DE'])} {n}{self.pick(['', '', 'a', 'b'])}"
        return f"{self.pick(STREETS['BR'])}, {n * 7}"

    def any_street(self):
        return self.street_of(self.cc())

    def city_of(self, cc=None):
        return self.pick(CITIES[cc or self.cc()])

    def zip_any(self):
        return self.pick([self.postcode, self.plz, self.cep])()

    def full_address(self):
        cc = self.cc()
        z = {"GB": self.postcode, "DE": self.plz, "BR": self.cep}[cc]()
        if cc == "DE":
            return f"{self.street_of(cc)}, {z} {self.city_of(cc)}"
        return f"{self.street_of(cc)}, {self.city_of(cc)} {z}"

    def geo(self, axis, cc=None):
        lat, lon = CENTRES[cc or self.cc()]
        base = lat if axis == 0 else lon
        return round(base + self.r.uniform(-2.5, 2.5), 6)

    def cpf(self, formatted=True):
        while True:
            digits = [self.r.randint(0, 9) for _ in range(9)]
            if len(set(digits)) > 1:
                break
        for n in (10, 11):
            total = sum(d * w for d, w in zip(digits, range(n, 1, -1), strict=False))
            rest = total % 11
            digits.append(0 if rest < 2 else 11 - rest)
        s = "".join(map(str, digits))
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s

    def cnpj(self):
        base = [self.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
        for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            rest = sum(d * w for d, w in zip(base, weights, strict=False)) % 11
            base.append(0 if rest < 2 else 11 - rest)
        s = "".join(map(str, base))
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"

    def rg(self):
        return f"{self.d(2)}.{self.d(3)}.{self.d(3)}-{self.pick(list('0123456789X'))}"

    def nhs(self):
        while True:
            digits = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=False)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, digits)) + str(check)
                return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s])

    def nino(self):
        first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        while True:
            prefix = self.pick(first) + self.pick(second)
            if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        n = self.d(6)
        return self.pick(
            [f"{prefix} {n[:2]} {n[2:4]} {n[4:]} {self.pick('ABCD')}", f"{prefix}{n}{self.pick('ABCD')}"]
        )

    def ausweis(self):
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        body = self.pick("LMNPRTVWXY") + "".join(self.pick(alphabet) for _ in range(8))
        values = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
        check = sum(v * w for v, w in zip(values, [7, 3, 1] * 3, strict=False)) % 10
        return body + str(check)

    def plate(self):
        cc = self.cc()
        up = string.ascii_uppercase
        if cc == "GB":
            letters = "".join(self.pick(up) for _ in range(5))
            return f"{letters[:2]}{self.r.randint(10, 74)} {letters[2:]}"
        if cc == "DE":
            district = self.pick(["B", "M", "HH", "K", "L", "DD"])
            return f"{district}-{self.pick(up)}{self.pick(up)} {self.r.randint(1, 9999)}"
        return (
            f"{self.pick(up)}{self.pick(up)}{self.pick(up)}{self.r.randint(0, 9)}{self.pick(up)}{self.d(2)}"
        )

    def serial(self, prefix):
        return f"{prefix}{self.r.randint(20, 24)}{self.pick(['A', 'B', 'K'])}{self.d(7)}"

    def imei(self):
        return self.luhn_complete("35" + self.d(12))

    def alnum(self, n):
        return "".join(self.pick(string.ascii_letters + string.digits) for _ in range(n))

    def pm(self):
        return "pm_1" + self.alnum(23)

    def pin(self):
        return self.d(self.pick([4, 4, 6, 6, 8]))

    def uk_account(self):
        return self.d(8)

    def sort_code(self):
        return f"{self.r.randint(10, 99)}-{self.d(2)}-{self.d(2)}"

    def version(self):
        return f"{self.r.randint(1, 5)}.{self.r.randint(0, 19)}.{self.r.randint(0, 9)}"


def one(*items):
    return lambda f: f.pick(list(items))


def ints(lo, hi):
    return lambda f: f.r.randint(lo, hi)


# -- contexts of the client libraries ---------------------------------------------------------------


def consent():
    return {
        "categoryPreferences": {
            "Advertising": G(one(True, False)),
            "Analytics": G(one(True, True, False)),
            "Functional": G(lambda f: True),
        }
    }


def web_context(f, path="/"):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(one("npm:next-1.70.0", "next-1.72.1", "next-1.74.0")),
        },
        "page": {
            "path": G(one("/", "/account/alarm", "/shop/kits", "/checkout", "/video/clips", "/support")),
            "referrer": G(
                one("", "https://www.google.co.uk/", "https://www.google.com.br/", "https://www.bing.com/")
            ),
            "search": G(one("", "?utm_source=newsletter&utm_medium=email", "?tab=history", "?ref=app")),
            "title": G(one("Guardly - My alarm", "Guardly Shop", "Checkout | Guardly", "Clips - Guardly")),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://my.guardly.example/",
                        "https://shop.guardly.example/kits",
                        "https://my.guardly.example/video/clips",
                    ]
                )
            ),
        },
        "userAgent": G(
            one(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/124.0.0.0 Safari/537.36",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                "Version/17.4 Safari/605.1.15",
                "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
                "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/124.0.0.0 Mobile Safari/537.36",
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(one("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(one("124", "99", "8")),
                },
                3,
            ),
            "mobile": G(one(True, False)),
            "platform": G(one("Windows", "macOS", "Android")),
        },
        "locale": G(one("en-GB", "de-DE", "pt-BR", "en-US")),
        "timezone": G(one("Europe/London", "Europe/Berlin", "America/Sao_Paulo")),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(one("spring_security_week", "black_friday_kits", "bf24_video")),
            "source": G(one("google", "facebook", "newsletter", "awin")),
            "medium": G(one("cpc", "email", "paid_social", "affiliate")),
            "term": G(one("smart alarm system", "alarmanlage funk", "alarme residencial", "video doorbell")),
            "content": G(one("hero_banner", "text_ad_2", "carousel_3")),
        },
        "consent": consent(),
    }


def mobile_app():
    return {
        "name": G(lambda f: "Guardly"),
        "version": G(one("6.4.0", "6.4.2", "6.5.1")),
        "build": G(one("6400", "6421", "6510")),
        "namespace": G(lambda f: "com.guardly.home"),
    }


def context_traits():
    return {
        "email": Y(lambda f: f.mail(), "email"),
        "firstName": Y(lambda f: f.first_of(), "name"),
        "plan": G(one(*PLANS)),
    }


def swift_context(f):
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(one("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone12,8")),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(one(True, False)),
            "trackingStatus": G(one("authorized", "denied", "notDetermined")),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(one("1.5.11", "1.6.0", "1.6.1"))},
        "locale": G(one("en-GB", "de-DE", "pt-BR")),
        "network": {"wifi": G(one(True, False)), "cellular": G(one(True, False))},
        "os": {"name": G(lambda f: "iOS"), "version": G(one("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(one(393, 430, 375)), "height": G(one(852, 932, 667))},
        "timezone": G(one("Europe/London", "Europe/Berlin", "America/Sao_Paulo")),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "traits": context_traits(),
    }


def kotlin_context(f):
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(one("samsung", "Google", "motorola", "Xiaomi")),
            "model": G(one("SM-S918B", "Pixel 8", "moto g54 5G", "23049PCD8G")),
            "name": G(one("dm3q", "shiba", "cancunf", "sea")),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(one(True, False)),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(one("1.15.0", "1.16.2", "1.16.3"))},
        "locale": G(one("en-GB", "de-DE", "pt-BR")),
        "network": {
            "bluetooth": G(one(True, False)),
            "carrier": G(one("Vodafone UK", "Telekom.de", "Vivo", "Claro BR", "O2 - DE")),
            "cellular": G(one(True, False)),
            "wifi": G(one(True, False)),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(one("14", "13", "12"))},
        "screen": {
            "density": G(one(2.625, 3.0, 2.75)),
            "height": G(one(2340, 2400, 2316)),
            "width": G(one(1080, 1080, 1220)),
        },
        "timezone": G(one("Europe/London", "Europe/Berlin", "America/Sao_Paulo")),
        "userAgent": G(
            one(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                "Dalvik/2.1.0 (Linux; U; Android 12; moto g54 5G Build/S1RQS32)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "traits": context_traits(),
    }


def rn_context(f):
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(one("Apple", "samsung", "Google")),
            "model": G(one("iPhone13,2", "SM-A546B", "Pixel 7a")),
            "type": G(one("ios", "android")),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(one("2.19.0", "2.19.2", "2.20.1")),
        },
        "locale": G(one("en-GB", "de-DE", "pt-BR")),
        "network": {"wifi": G(one(True, False)), "cellular": G(one(True, False))},
        "os": {"name": G(one("iOS", "Android")), "version": G(one("17.4", "14", "16.6"))},
        "screen": {"width": G(one(390, 412, 360)), "height": G(one(844, 915, 800))},
        "timezone": G(one("Europe/London", "Europe/Berlin", "America/Sao_Paulo")),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": context_traits(),
        "location": {
            "latitude": Y(lambda f: f.geo(0), "geolocation"),
            "longitude": Y(lambda f: f.geo(1), "geolocation"),
            "speed": G(one(0.0, 1.2, 13.9)),
            "city": Y(lambda f: f.city_of(), "city"),
            "country": G(one("United Kingdom", "Germany", "Brazil")),
        },
    }


def flutter_context(f):
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(one("Apple", "samsung", "OnePlus")),
            "model": G(one("iPhone14,5", "SM-G991B", "CPH2449")),
            "type": G(one("ios", "android")),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(one("1.1.0", "1.1.3", "1.1.5"))},
        "locale": G(one("en-GB", "de-DE", "pt-BR")),
        "os": {"name": G(one("iOS", "Android")), "version": G(one("17.2", "13", "14"))},
        "screen": {
            "width": G(one(390, 412, 360)),
            "height": G(one(844, 915, 800)),
            "density": G(one(3.0, 2.625, 2.0)),
        },
        "timezone": G(one("Europe/London", "Europe/Berlin", "America/Sao_Paulo")),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3", "2.0.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.2", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.4"]),
}


def server_context(lib):
    def make(f):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(one(*versions))}}
        if lib == "node":
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
            ctx["userAgent"] = G(
                one("Guardly/6.4.2 (iOS 17.5)", "Guardly/6.5.1 (Android 14)", "node-fetch/1.0")
            )
            ctx["traits"] = {"email": Y(lambda f: f.mail(), "email"), "plan": G(one(*PLANS))}
            ctx["groupId"] = G(lambda f: "acct_" + f.d(6))
        if lib == "python":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.mail(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
            ctx["active"] = G(lambda f: False)
        if lib == "java":
            ctx["protocols"] = {
                "sourceId": G(one("Ws1a2b3C", "Xq9f8E7d", "Lm4n5O6p")),
                "omitted": Many(G(one("legacy_zone", "rssi", "signal_quality")), 2),
            }
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}

# -- free text that always carries one kind of PII ----------------------------------------------


def access_note(f):
    who = f.first_of("GB")
    return f.pick(
        [
            f"Call {who} on {f.mobile('GB')} when outside, the buzzer is broken",
            f"Please ring my mobile {f.mobile('GB')} before you arrive",
            f"Neighbour at no. {f.r.randint(2, 60)} has a spare key, her number is {f.mobile('GB')}",
            f"Side gate is open. Any problems text {f.mobile('GB')}",
            f"I work nights, call {f.mobile()} not the door",
        ]
    )


def bemerkung(f):
    return f.pick(
        [
            f"Bitte vorher anrufen: {f.mobile('DE')}",
            f"Hund im Garten. Vor Ankunft bitte kurz Bescheid geben unter {f.mobile('DE')}",
            f"Klingel defekt, bitte {f.mobile('DE')} anrufen",
            f"Hinterhaus, 3. OG. Rückruf unter {f.landline('DE')}",
        ]
    )


def chat_text(f):
    return f.pick(
        [
            f"hi my login email is {f.mail()} and the app keeps logging me out",
            f"Please send the invoice to {f.mail()} instead",
            f"Oi, troquei de e-mail, o novo é {f.mail('BR')}",
            f"Can you add my son {f.mail()} as a user on the account?",
            f"Meine neue E-Mail-Adresse lautet {f.mail('DE')}, bitte ändern",
        ]
    )


def call_note(f):
    return f.pick(
        [
            f"Keyholder did not answer, left voicemail. Alt number given: {f.mobile()}",
            f"Customer asked us to call daughter on {f.mobile()} in future",
            f"Spoke to neighbour, reachable on {f.landline()}",
            f"Number on file was wrong, new one {f.mobile()}",
        ]
    )


# -- events ---------------------------------------------------------------------------------------


def product():
    def field(i):
        return lambda f: f.pick(PRODUCTS)[i]

    return {
        "product_id": G(lambda f: f.pick(PRODUCTS)[0]),
        "sku": G(lambda f: f.pick(PRODUCTS)[0] + "-" + f.pick(["GB", "EU", "BR"])),
        "name": G(field(1)),
        "category": G(field(2)),
        "brand": G(lambda f: "Guardly"),
        "variant": G(one("white", "black", "anthracite")),
        "price": G(field(3)),
        "quantity": G(ints(1, 4)),
        "position": G(ints(1, 12)),
        "url": G(lambda f: "https://shop.guardly.example/p/" + f.pick(PRODUCTS)[0].lower()),
        "image_url": G(
            lambda f: "https://cdn.guardly.example/products/" + f.pick(PRODUCTS)[0].lower() + ".png"
        ),
    }


def address_uk():
    return {
        "line1": Y(lambda f: f.street_of("GB"), "address|street"),
        "line2": Y(one("Flat 2", "Flat 14B", "Apartment 3", "The Old Rectory", "Unit 5"), "address|street"),
        "city": Y(lambda f: f.city_of("GB"), "city"),
        "postal_code": Y(lambda f: f.postcode(), "zipcode"),
        "country": G(lambda f: "GB"),
    }


EVENTS = [
    # -- identify ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.first_of(), "name"),
            "lastName": Y(lambda f: f.last_of(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "address": {
                "street": Y(lambda f: f.any_street(), "address|street"),
                "city": Y(lambda f: f.city_of(), "city"),
                "postalCode": Y(lambda f: f.zip_any(), "zipcode"),
                "state": G(one("England", "Scotland", "Bayern", "Berlin", "SP", "RJ")),
                "country": G(one("GB", "DE", "BR")),
            },
            "avatar": Y(lambda f: f"https://cdn.guardly.example/avatars/{f.hexid(20)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(one(*PLANS)),
            "emailVerified": G(one(True, False)),
            "phoneVerified": G(one(True, False)),
            "marketingOptIn": G(one(True, False)),
            "sitesCount": G(ints(1, 4)),
            "preferredLanguage": G(one("en", "de", "pt-BR")),
            "ageBand": G(one("25-34", "35-44", "45-54", "65+")),
            "hasPets": G(one(True, False)),
            "referralCode": G(lambda f: "GRD-" + f.alnum(6).upper()),
        },
    ),
    (
        "identify",
        None,
        ["rn", "python"],
        {
            "nome_completo": Y(lambda f: f.name("BR"), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "celular": Y(lambda f: f.mobile("BR"), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "data_nascimento": Y(
                lambda f: f.pick([f.date(1945, 2004), "/".join(reversed(f.date(1945, 2004).split("-")))]),
                "birthdate",
            ),
            "sexo": Y(one("M", "F", "Não informar"), "gender|sex"),
            "endereco": {
                "logradouro": Y(lambda f: f.street_of("BR"), "address|street"),
                "numero": Y(lambda f: str(f.r.randint(1, 3000)), "address|street"),
                "complemento": Y(one("Apto 42", "Casa 2", "Bloco B, ap. 1103", "Fundos"), "address|street"),
                "bairro": Y(lambda f: f.pick(BAIRROS), "address|city"),
                "cidade": Y(lambda f: f.city_of("BR"), "city"),
                "uf": G(lambda f: f.pick(UFS)),
                "cep": Y(lambda f: f.cep(), "zipcode"),
            },
            "plano": G(one("Essencial", "Monitorado", "Monitorado + Vídeo")),
            "numero_contrato": G(lambda f: "CT-" + f.d(8)),
            "cliente_desde": G(lambda f: f.date(2015, 2024)),
            "aceita_whatsapp": G(one(True, False)),
        },
    ),
    (
        "identify",
        None,
        ["php", "kotlin"],
        {
            "Anrede": Y(one("Herr", "Frau", "Divers"), "gender|sex"),
            "Vorname": Y(lambda f: f.first_of("DE"), "name"),
            "Nachname": Y(lambda f: f.last_of("DE"), "name"),
            "E-Mail": Y(lambda f: f.mail("DE"), "email"),
            "Telefon": Y(lambda f: f.pick([f.mobile("DE"), f.landline("DE")]), "phone"),
            "Geburtsdatum": Y(lambda f: ".".join(reversed(f.date(1940, 2003).split("-"))), "birthdate"),
            "Straße": Y(lambda f: f.street_of("DE"), "address|street"),
            "PLZ": Y(lambda f: f.plz(), "zipcode"),
            "Ort": Y(lambda f: f.city_of("DE"), "city"),
            "Bundesland": G(one("Berlin", "Bayern", "Hamburg", "Sachsen", "Nordrhein-Westfalen")),
            "Kundennummer": G(lambda f: "K" + f.d(8)),
            "Tarif": G(one("Basis", "Plus", "Premium mit Aufschaltung")),
            "Newsletter": G(one(True, False)),
            "Familienstand": G(one("ledig", "verheiratet", "verwitwet")),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(lambda f: f.first_of(), "name"),
            "LastName": Y(lambda f: f.last_of(), "name"),
            "EmailAddress": Y(lambda f: f.mail(), "email"),
            "MobileNumber": Y(lambda f: f.phone_e164(), "phone"),
            "AccountNumber": G(lambda f: f.d(9)),
            "AccountStatus": G(one("Active", "Suspended", "PendingInstall")),
            "MonitoringCentre": G(one("Leeds ARC", "Glasgow ARC", "Berlin NSL", "São Paulo CMA")),
            "ContractStartDate": G(lambda f: f.date(2018, 2024) + "T00:00:00"),
            "CreditLimit": G(one(0, 250, 500)),
            "JobTitle": G(one("Teacher", "Nurse", "Software Engineer", "Retired", "Shop Owner")),
            "Employer": G(one("NHS Leeds", "Deutsche Bahn", "Itaú Unibanco", "Self-employed")),
            "VeteranDiscount": RED(one(True, False), "veteran"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "CUSTOMER_ID": G(lambda f: f.d(7)),
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "FULL_NAME": Y(lambda f: f.name(), "name"),
            "LIFETIME_VALUE_GBP": G(lambda f: f.money(50, 4000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LAST_ALARM_AT": G(lambda f: f.iso()),
            "SITES": G(ints(1, 5)),
            "HAS_CCTV": G(one(True, False)),
            "DEVICE_COUNT": G(ints(2, 40)),
            "PHONE_COUNT": G(ints(0, 3)),
            "SEGMENT": G(one("high_value", "at_risk", "new", "dormant")),
            "HOME_POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
        },
    ),
    # -- sign-up and login ---------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web", "swift", "flutter"],
        {
            "signup_method": G(one("email", "apple", "google")),
            "email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.first_of(), "name"),
            "country": G(one("GB", "DE", "BR")),
            "plan_interest": G(one(*PLANS)),
            "accepted_terms_version": G(one("2023-11", "2024-03", "2024-06")),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.alnum(40) + "_BwE", "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.alnum(50), "advertising id"),
            "referrer_user_id": G(lambda f: f.uuid()),
            "password_strength": G(one("weak", "fair", "strong")),
        },
    ),
    (
        "track",
        "Logged In",
        ["web", "swift", "kotlin"],
        {
            "method": G(one("password", "magic_link", "biometric", "passkey")),
            "mfa_method": G(one("sms", "totp", "none")),
            "client_ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "session_id": G(lambda f: f.uuid()),
            "failed_attempts": G(ints(0, 4)),
            "remember_device": G(one(True, False)),
            "refresh_token": RED(lambda f: f.jwt(), "token"),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "link_token": RED(lambda f: f.alnum(43), "token|secret"),
            "expires_in_s": G(one(600, 900, 1800)),
            "requested_from": G(one("web", "ios", "android")),
        },
    ),
    (
        "track",
        "Phone Verification Sent",
        ["node"],
        {
            "phone_number": Y(lambda f: f.phone_e164(), "phone"),
            "channel": G(one("sms", "whatsapp", "voice")),
            "otp_code": RED(lambda f: f.d(6), "token|secret"),
            "attempt": G(ints(1, 3)),
            "provider": G(one("twilio_verify", "messagebird", "zenvia")),
            "sender_id": G(one("Guardly", "+447700900000", "GUARDLY")),
        },
    ),
    # -- installs and devices --------------------------------------------------------------------
    (
        "track",
        "Device Installed",
        ["swift", "kotlin", "rn"],
        {
            "site_id": G(lambda f: f.r.randint(100000, 999999)),
            "device_id": G(lambda f: f.uuid()),
            "device_type": G(one(*DEVICE_TYPES)),
            "model": G(one("HUB-2", "CAM-OUT-4K", "DS-MINI", "LOCK-S3", "PIR-PET")),
            "device_name": G(
                one("Front Door", "Garage Cam", "Hallway PIR", "Back Gate Lock", "Kitchen Window")
            ),
            "serial_number": Y(lambda f: f.serial("GH"), "serial"),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "firmware_version": G(lambda f: f.version()),
            "room": G(one("hallway", "garage", "kitchen", "bedroom", "garden")),
            "install_method": G(one("self_install", "professional", "partner")),
            "installer_id": G(lambda f: "INS-" + f.d(4)),
            "wifi_rssi_dbm": G(ints(-85, -35)),
            "pairing_duration_ms": G(ints(1500, 60000)),
        },
    ),
    (
        "track",
        "Camera Wi-Fi Setup Completed",
        ["swift", "kotlin"],
        {
            "device_id": G(lambda f: f.uuid()),
            "wifi_ssid": G(
                one("BT-7XK2QF", "Vodafone-A3F2", "FRITZ!Box 7590 KL", "NET_2G4A1B2C", "TP-Link_5G_91AC")
            ),
            "wifi_password": RED(
                lambda f: f.pick(
                    ["Summer2019!", "k9xT-3mQp-Lw7z", f.alnum(12), "familia2020", "Passwort123"]
                ),
                "password",
            ),
            "band": G(one("2.4GHz", "5GHz", "6GHz")),
            "security": G(one("WPA2", "WPA3", "WPA2/WPA3")),
            "attempts": G(ints(1, 5)),
            "ble_used": G(one(True, False)),
        },
    ),
    (
        "track",
        "Lock User Code Created",
        ["swift", "kotlin", "rn"],
        {
            "lock_id": G(lambda f: f.uuid()),
            "slot": G(ints(1, 30)),
            "guest_name": Y(lambda f: f.first_of(), "name"),
            "pin_code": RED(lambda f: f.pin(), "password|secret"),
            "pin_length": G(one(4, 6, 8)),
            "access_type": G(one("permanent", "scheduled", "one_time", "recurring")),
            "valid_from": G(lambda f: f.iso()),
            "valid_until": G(lambda f: f.iso()),
            "weekdays": Many(G(one("mon", "tue", "wed", "thu", "fri", "sat", "sun")), 4),
            "notify_on_use": G(one(True, False)),
        },
    ),
    (
        "track",
        "Lock Settings Changed",
        ["rn", "flutter"],
        {
            "lock_id": G(lambda f: f.uuid()),
            "auto_lock_seconds": G(one(0, 30, 60, 180)),
            "shabbat_mode": Y(one(True, False), "religion"),
            "one_touch_locking": G(one(True, False)),
            "volume": G(one("off", "low", "high")),
            "has_pin": G(one(True, False)),
            "master_pin_changed": G(one(True, False)),
            "battery_level": G(ints(5, 100)),
        },
    ),
    (
        "track",
        "Unlocked",
        ["go"],
        {
            "lock_id": G(lambda f: f.uuid()),
            "method": G(one("pin", "app", "fingerprint", "key", "auto_unlock")),
            "slot": G(ints(1, 30)),
            "unlocked_by": Y(lambda f: f.first_of(), "name", True),
            "occurred_at": G(lambda f: f.epoch_ms()),
            "door_state": G(one("open", "closed", "ajar")),
            "jammed": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Sensor Battery Low",
        ["go"],
        {
            "site-id": G(lambda f: f.r.randint(100000, 999999)),
            "device-serial": Y(lambda f: f.serial("DS"), "serial"),
            "zone-name": G(one(*ZONES)),
            "battery-pct": G(ints(1, 15)),
            "battery-type": G(one("CR123A", "CR2032", "AA")),
            "hub-public-ip": Y(lambda f: f.ipv4(), "ip"),
            "hub-firmware": G(lambda f: f.version()),
            "reported-at": G(lambda f: f.iso()),
            "cellular-imei": Y(lambda f: f.imei(), "serial"),
        },
    ),
    # -- alarms, dispatch, keyholders -------------------------------------------------------------
    (
        "track",
        "Alarm Triggered",
        ["go"],
        {
            "site_id": G(lambda f: f.r.randint(100000, 999999)),
            "alarm_id": G(lambda f: f.uuid()),
            "zone_id": G(ints(1, 32)),
            "zone_name": G(one(*ZONES)),
            "sensor_type": G(one("contact", "pir", "glassbreak", "smoke", "co", "panic")),
            "alarm_type": G(one("intruder", "fire", "co", "panic", "tamper")),
            "arm_state": G(one("away", "night", "home")),
            "entry_delay_s": G(one(0, 30, 45)),
            "siren_activated": G(one(True, False)),
            "signal_strength_dbm": G(ints(-95, -40)),
            "triggered_at": G(lambda f: f.iso()),
            "confirmed": G(one(True, False)),
            "path": G(one("ethernet", "wifi", "cellular", "dual")),
        },
    ),
    (
        "track",
        "Alarm Dispatched",
        ["dotnet"],
        {
            "AlarmId": G(lambda f: f.uuid()),
            "SiteId": G(lambda f: f.r.randint(100000, 999999)),
            "OperatorId": G(lambda f: "OP" + f.d(4)),
            "OperatorName": Y(lambda f: f.name(), "name"),
            "DispatchedTo": G(one("Police", "Fire", "Keyholder", "Ambulance", "Guard")),
            "PoliceUrn": G(lambda f: f.pick(["WY", "GMP", "MPS", "B"]) + "/" + f.d(5) + "/24"),
            "ResponseSeconds": G(ints(12, 240)),
            "VerbalPasswordCorrect": G(one(True, False)),
            "SiteAddress": Y(lambda f: f.full_address(), "address"),
            "SitePostcode": Y(lambda f: f.zip_any(), "zipcode"),
            "SiteLatitude": Y(lambda f: f.geo(0), "geolocation"),
            "SiteLongitude": Y(lambda f: f.geo(1), "geolocation"),
            "KeyholderName": Y(lambda f: f.name(), "name"),
            "KeyholderPhone": Y(lambda f: f.mobile(), "phone"),
            "Outcome": G(one("FalseAlarm", "Confirmed", "NoResponse", "Cancelled")),
            "Notes": G(
                one(
                    "Customer cancelled with correct password",
                    "Police attended, no sign of entry",
                    "Cat triggered PIR",
                    "Smoke from cooking",
                )
            ),
        },
    ),
    (
        "track",
        "Alarm Cancelled",
        ["swift", "kotlin", "flutter"],
        {
            "alarm_id": G(lambda f: f.uuid()),
            "cancelled_within_s": G(ints(3, 120)),
            "cancel_method": G(one("app", "keypad", "phone_call")),
            "reason": G(one("false_alarm", "pet", "forgot_to_disarm", "testing")),
            "comment": G(
                one(
                    "Dog got into the hallway",
                    "Sorry, came home early",
                    "Cleaner forgot the code",
                    "Teste do sistema",
                )
            ),
            "duress_code_used": G(one(False, False, True)),
        },
    ),
    (
        "track",
        "Keyholder Added",
        ["web", "swift", "rn"],
        {
            "site_id": G(lambda f: f.r.randint(100000, 999999)),
            "keyholder": {
                "firstName": Y(lambda f: f.first_of(), "name"),
                "lastName": Y(lambda f: f.last_of(), "name"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
                "relationship": G(one("neighbour", "son", "daughter", "friend", "partner", "landlord")),
                "priority": G(ints(1, 4)),
                "hasKey": G(one(True, False)),
                "responseTimeMinutes": G(one(10, 20, 30)),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "verbalPassword": RED(
                    lambda f: f.pick(["bluebird", "Kartoffel7", "jabuticaba", "rosemary22", "Schwalbe"]),
                    "password",
                ),
            },
            "keyholders_total": G(ints(1, 4)),
        },
    ),
    (
        "track",
        "Emergency Contacts Updated",
        ["web", "kotlin"],
        {
            "site_id": G(lambda f: f.r.randint(100000, 999999)),
            "emergency_contacts": Many(
                {
                    "name": Y(lambda f: f.name(), "name"),
                    "phone": Y(lambda f: f.mobile(), "phone"),
                    "relation": G(one("spouse", "parent", "child", "carer", "neighbour")),
                    "call_order": G(ints(1, 5)),
                },
                3,
            ),
            "duress_code": RED(lambda f: f.d(4), "password|secret"),
            "contacts_count": G(ints(1, 5)),
        },
    ),
    (
        "track",
        "Keyholder Call Placed",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "Caller": G(one("+441134960000", "+4930120456789", "+551130030000")),
            "Called": Y(lambda f: f.phone_e164(), "phone", True),
            "CallStatus": G(one("completed", "no-answer", "busy", "failed")),
            "Direction": G(lambda f: "outbound-api"),
            "CallDuration": G(ints(0, 300)),
            "ApiVersion": G(lambda f: "2010-04-01"),
            "note": Y(call_note, "phone", True),
        },
    ),
    (
        "track",
        "SMS Reply Received",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "From": Y(lambda f: f.phone_e164(), "phone", True),
            "To": G(one("+447700900123", "+4915510000000", "+5511999990000")),
            "Body": G(one("OK", "FALSE ALARM", "CALL ME", "Ja", "Sim, alarme falso", "STOP")),
            "NumSegments": G(one("1", "2", "3")),
            "SmsStatus": G(lambda f: "received"),
            "FromCountry": G(one("GB", "DE", "BR")),
        },
    ),
    # -- geofence --------------------------------------------------------------------------------------
    (
        "track",
        "Geofence Exited",
        ["swift", "kotlin", "rn"],
        {
            "site_id": G(lambda f: f.r.randint(100000, 999999)),
            "latitude": Y(lambda f: f.geo(0), "geolocation"),
            "longitude": Y(lambda f: f.geo(1), "geolocation"),
            "horizontal_accuracy_m": G(lambda f: f.money(3, 80)),
            "radius_m": G(one(100, 200, 500)),
            "distance_from_home_m": G(ints(120, 3000)),
            "auto_arm": G(one(True, False)),
            "resulting_state": G(one("away", "night", "unchanged")),
            "members_still_home": G(ints(0, 3)),
        },
    ),
    (
        "track",
        "Geofence Entered",
        ["swift", "kotlin", "rn"],
        {
            "site_id": G(lambda f: f.r.randint(100000, 999999)),
            "latitude": Y(lambda f: f.geo(0), "geolocation"),
            "longitude": Y(lambda f: f.geo(1), "geolocation"),
            "horizontal_accuracy_m": G(lambda f: f.money(3, 80)),
            "auto_disarm_prompted": G(one(True, False)),
            "disarmed": G(one(True, False)),
        },
    ),
    (
        "track",
        "Home Location Set",
        ["flutter", "web"],
        {
            "site_id": G(lambda f: f.r.randint(100000, 999999)),
            "home_coordinates": Y(lambda f: f"{f.geo(0)},{f.geo(1)}", "geolocation"),
            "geofence_radius_m": G(one(100, 200, 500)),
            "source": G(one("gps", "address_lookup", "map_pin")),
            "geocoder_place_id": G(lambda f: "ChIJ" + f.alnum(23)),
        },
    ),
    # -- video --------------------------------------------------------------------------------------------
    (
        "track",
        "Clip Shared",
        ["swift", "kotlin", "web"],
        {
            "clip_id": G(lambda f: f.uuid()),
            "camera_id": G(lambda f: f.uuid()),
            "camera_name": G(one("Front Door", "Driveway", "Back Garden", "Garage")),
            "duration_s": G(ints(5, 60)),
            "share_method": G(one("link", "email", "police_portal")),
            "recipient_email": Y(lambda f: f.mail(), "email"),
            "recipient_name": Y(lambda f: f.name(), "name"),
            "share_token": RED(lambda f: f.alnum(32), "token"),
            "message": G(
                one("Is this the van from yesterday?", "Package thief, 14:32", "Check this out", "Olha isso")
            ),
            "expires_at": G(lambda f: f.iso()),
            "clip_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Motion Detected",
        ["go"],
        {
            "camera_id": G(lambda f: f.uuid()),
            "event_id": G(lambda f: f.d(12)),
            "detections": Many(G(one("person", "vehicle", "animal", "package")), 3),
            "snapshot_url": Y(lambda f: f"https://media.guardly.example/snap/{f.uuid()}.jpg", "photo"),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "familiar_face_name": Y(lambda f: f.first_of(), "name"),
            "plate_number": Y(lambda f: f.plate(), "license"),
            "recording": G(one(True, False)),
            "night_vision": G(one(True, False)),
        },
    ),
    (
        "track",
        "Police Evidence Request Submitted",
        ["web"],
        {
            "request_id": G(lambda f: f.uuid()),
            "police_force": G(
                one("West Yorkshire Police", "Polizei Berlin", "Polícia Civil SP", "Metropolitan Police")
            ),
            "crime_reference": G(lambda f: f.pick(["13/", "CR-", "BO-"]) + f.d(8)),
            "officer_name": Y(lambda f: f.name(), "name"),
            "officer_email": Y(lambda f: f.mail(), "email"),
            "clips_count": G(ints(1, 6)),
            "incident_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    # -- telecare --------------------------------------------------------------------------------
    (
        "track",
        "Telecare Profile Updated",
        ["ruby"],
        {
            "service_user_id": G(lambda f: f.uuid()),
            "full_name": Y(lambda f: f.name("GB"), "name"),
            "date_of_birth": Y(lambda f: f.date(1925, 1960), "birthdate"),
            "nhs_number": RED(lambda f: f.nhs(), "health id"),
            "gp_practice": G(one("Woodhouse Medical Practice", "Hyde Park Surgery", "Leith Health Centre")),
            "gp_practice_phone": G(one("0113 295 1000", "0131 554 1274", "0161 234 5678")),
            "medical_conditions": Many(
                Y(one("dementia", "COPD", "type 2 diabetes", "epilepsy", "atrial fibrillation"), "condition"),
                3,
            ),
            "medications": Many(
                Y(one("warfarin", "donepezil", "metformin", "salbutamol inhaler"), "medication"), 3
            ),
            "allergies": Y(one("penicillin", "latex", "none known", "nuts"), "allergy"),
            "uses_wheelchair": RED(one(True, False), "disability"),
            "hearing_impaired": RED(one(True, False), "disability"),
            "key_safe_code": RED(lambda f: f.d(4), "password|secret"),
            "pendant_serial": Y(lambda f: f.serial("FP"), "serial"),
            "fall_detection_enabled": G(one(True, False)),
            "lives_alone": G(one(True, False)),
            "carer_name": Y(lambda f: f.name("GB"), "name"),
            "carer_agency": G(one("Helping Hands", "Bluebird Care", "Leeds City Council Reablement")),
            "carer_phone": Y(lambda f: f.mobile("GB"), "phone"),
            "next_of_kin": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.mobile("GB"), "phone"),
                "relationship": G(one("daughter", "son", "niece", "friend")),
            },
        },
    ),
    (
        "track",
        "Fall Detected",
        ["go"],
        {
            "service_user_id": G(lambda f: f.uuid()),
            "pendant_id": G(lambda f: f.d(10)),
            "impact_g": G(lambda f: round(f.r.uniform(1.5, 6), 2)),
            "auto_call": G(one(True, False)),
            "cancelled_by_user": G(one(True, False)),
            "ambulance_called": G(one(True, False)),
            "detected_at": G(lambda f: f.epoch_ms()),
        },
    ),
    # -- subscriptions and payments ---------------------------------------------------------------
    (
        "track",
        "Subscription Started",
        ["web", "node"],
        {
            "subscription_id": G(lambda f: "sub_" + f.alnum(24)),
            "customer_id": G(lambda f: "cus_" + f.alnum(14)),
            "plan_id": G(one("price_essential_m", "price_plus_m", "price_pro_y", "price_pro_video_m")),
            "plan_name": G(one(*PLANS)),
            "billing_period": G(one("monthly", "quarterly", "annual")),
            "amount": G(one(9.99, 19.99, 29.99, 249.0)),
            "currency": G(one("GBP", "EUR", "BRL")),
            "trial_days": G(one(0, 14, 30)),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card_brand": G(one("visa", "mastercard", "amex", "elo")),
            "card_last4": G(lambda f: f.d(4)),
            "card_exp_month": G(ints(1, 12)),
            "card_exp_year": G(ints(2025, 2031)),
            "card_funding": G(one("credit", "debit", "prepaid")),
            "billing_address": address_uk(),
            "coupon": G(one("", "WELCOME20", "BLUELIGHT", "BF24")),
            "veteran_discount": RED(one(True, False), "veteran"),
        },
    ),
    (
        "track",
        "Invoice Payment Failed",
        ["node"],
        {
            "type": G(lambda f: "invoice.payment_failed"),
            "data": {
                "object": {
                    "id": G(lambda f: "in_" + f.alnum(24)),
                    "customer": G(lambda f: "cus_" + f.alnum(14)),
                    "customer_email": Y(lambda f: f.mail(), "email"),
                    "customer_name": Y(lambda f: f.name(), "name"),
                    "customer_phone": Y(lambda f: f.phone_e164(), "phone"),
                    "customer_address": {
                        "line1": Y(lambda f: f.any_street(), "address|street"),
                        "city": Y(lambda f: f.city_of(), "city"),
                        "postal_code": Y(lambda f: f.zip_any(), "zipcode"),
                        "country": G(one("GB", "DE", "BR")),
                    },
                    "amount_due": G(one(999, 1999, 2999, 24900)),
                    "currency": G(one("gbp", "eur", "brl")),
                    "attempt_count": G(ints(1, 4)),
                    "payment_intent": G(lambda f: "pi_" + f.alnum(24)),
                    "number": G(lambda f: f.alnum(8).upper() + "-" + f.d(4)),
                    "last_finalization_error": {
                        "code": G(one("card_declined", "expired_card", "insufficient_funds")),
                        "decline_code": G(one("generic_decline", "do_not_honor", "insufficient_funds")),
                    },
                }
            },
            "livemode": G(lambda f: True),
        },
    ),
    (
        "track",
        "SEPA Mandat Erteilt",
        ["php"],
        {
            "mandatsreferenz": G(lambda f: "GRD-" + f.d(10)),
            "kontoinhaber": Y(lambda f: f.name("DE"), "name"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(one("COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04", "BYLADEM1001")),
            "bank_name": G(one("Commerzbank", "Deutsche Bank", "Berliner Volksbank", "Sparkasse")),
            "unterschrieben_am": G(lambda f: f.date(2024, 2024)),
            "betrag_monatlich": G(one(14.99, 24.99, 39.99)),
            "glaeubiger_id": G(lambda f: "DE98ZZZ0" + f.d(10)),
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        ["ruby"],
        {
            "mandate_id": G(lambda f: "MD" + f.alnum(12).upper()),
            "account_holder_name": Y(lambda f: f.name("GB"), "name"),
            "sort_code": G(lambda f: f.sort_code()),
            "account_number": RED(lambda f: f.uk_account(), "bank account"),
            "bank_name": G(one("Barclays", "Monzo", "Nationwide", "HSBC UK")),
            "collection_day": G(ints(1, 28)),
            "amount": G(one(9.99, 19.99, 29.99)),
        },
    ),
    (
        "track",
        "Pagamento Pix Recebido",
        ["java"],
        {
            "txid": G(lambda f: f.alnum(32)),
            "end_to_end_id": G(lambda f: "E" + f.d(8) + "2024" + f.d(8) + f.alnum(11)),
            "valor": G(one("89.90", "129.90", "59.90", "199.00")),
            "chave_pix": RED(lambda f: f.cpf(), "bank account|national id"),
            "pagador_nome": Y(lambda f: f.name("BR"), "name"),
            "pagador_cpf": RED(lambda f: f.cpf(formatted=False), "national id"),
            "recebedor_cnpj": G(lambda f: f.cnpj()),
            "horario": G(lambda f: f.iso()),
            "info_pagador": G(one("mensalidade", "instalação", "", "ref. março")),
        },
    ),
    (
        "track",
        "Boleto Gerado",
        ["java"],
        {
            "nosso_numero": G(lambda f: f.d(11)),
            "linha_digitavel": G(
                lambda f: f"23793.{f.d(5)} {f.d(5)}.{f.d(6)} {f.d(5)}.{f.d(6)} {f.d(1)} {f.d(14)}"
            ),
            "vencimento": G(lambda f: f.date(2024, 2025)),
            "valor": G(one("89.90", "129.90", "59.90", "199.00")),
            "sacado_nome": Y(lambda f: f.name("BR"), "name"),
            "sacado_documento": RED(lambda f: f.cpf(), "national id"),
        },
    ),
    (
        "track",
        "Análise de Crédito Concluída",
        ["java"],
        {
            "proposta_id": G(lambda f: f.uuid()),
            "cpf": RED(lambda f: f.cpf(formatted=False), "national id"),
            "rg": RED(lambda f: f.rg(), "national id"),
            "score_serasa": Y(ints(180, 980), "credit score"),
            "aprovado": G(one(True, False)),
            "limite_aprovado": G(one(0, 500, 1500)),
            "renda_mensal": Y(ints(1500, 25000), "salary"),
            "estado_civil": G(one("solteiro", "casado", "divorciado")),
        },
    ),
    (
        "track",
        "Identität Geprüft",
        ["php"],
        {
            "pruefung_id": G(lambda f: f.uuid()),
            "verfahren": G(one("eID", "VideoIdent", "PostIdent")),
            "ausweisnummer": RED(lambda f: f.ausweis(), "national id"),
            "gueltig_bis": G(lambda f: f.date(2026, 2034)),
            "staatsangehoerigkeit": Y(one("deutsch", "türkisch", "polnisch", "italienisch"), "citizenship"),
            "ergebnis": G(one("bestanden", "abgelehnt", "manuell")),
            "dauer_sekunden": G(ints(60, 900)),
        },
    ),
    (
        "track",
        "Kit Checkout Payment Submitted",
        ["php"],
        {
            "order_ref": G(lambda f: "GK" + f.d(7)),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_cvv": RED(lambda f: f.d(f.pick([3, 3, 4])), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cc_holder": Y(lambda f: f.name(), "name"),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "3ds_result": G(one("Y", "A", "N")),
            "gateway": G(one("worldpay", "adyen", "cielo")),
        },
    ),
    # -- e-commerce spec ---------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "swift"],
        {"query": G(one("outdoor camera", "türsensor", "fechadura digital", "keypad", "battery cr123a"))},
    ),
    ("track", "Product Viewed", ["web", "kotlin"], {**product(), "currency": G(one("GBP", "EUR", "BRL"))}),
    (
        "track",
        "Product Added",
        ["web", "swift", "flutter"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: f.uuid()),
            "revenue": G(lambda f: f.money(24, 900)),
            "shipping": G(one(0.0, 4.99, 9.9)),
            "tax": G(lambda f: f.money(4, 150)),
            "discount": G(one(0, 10, 25)),
            "coupon": G(one("", "WELCOME20", "BLUELIGHT", "BF24")),
            "currency": G(one("GBP", "EUR", "BRL")),
            "products": Many(product(), 4),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: f.uuid()),
            "checkout_id": G(lambda f: f.uuid()),
            "order_number": G(lambda f: "GK" + f.d(7)),
            "total": G(lambda f: f.money(24, 900)),
            "subtotal": G(lambda f: f.money(24, 900)),
            "tax": G(lambda f: f.money(4, 150)),
            "shipping": G(one(0.0, 4.99, 9.9)),
            "currency": G(one("GBP", "EUR", "BRL")),
            "affiliation": G(one("Guardly Shop", "Amazon", "Mercado Livre")),
            "products": Many(product(), 4),
            "shipping_address": {**address_uk(), "name": Y(lambda f: f.name("GB"), "name")},
            "delivery_phone": Y(lambda f: f.mobile("GB"), "phone"),
            "delivery_instructions": G(
                one("Leave in porch", "Safe place: shed", "", "Do not leave with neighbour")
            ),
            "is_gift": G(one(True, False)),
            "professional_install": G(one(True, False)),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node"],
        {
            "order_id": G(lambda f: f.uuid()),
            "refund_amount": G(lambda f: f.money(10, 300)),
            "reason": G(one("damaged", "changed_mind", "incompatible", "late_delivery")),
            "currency": G(one("GBP", "EUR", "BRL")),
        },
    ),
    # -- installer appointments and staff ---------------------------------------------------------
    (
        "track",
        "Installation Booked",
        ["web", "ruby"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "slot_start": G(lambda f: f.iso()),
            "slot_length_min": G(one(120, 180, 240)),
            "installer": {
                "id": G(lambda f: "INS-" + f.d(4)),
                "name": Y(lambda f: f.name("GB"), "name"),
                "mobile": Y(lambda f: f.mobile("GB"), "phone"),
                "company": G(one("SecureFit Ltd", "Northern Alarms", "Guardly Install")),
                "rating": G(lambda f: round(f.r.uniform(3.8, 5), 1)),
            },
            "address": address_uk(),
            "access_notes": Y(access_note, "phone", True),
            "dog_on_site": G(one(True, False)),
            "parking": G(one("driveway", "street", "permit")),
            "survey_required": G(one(True, False)),
            "insurer_policy_number": Y(lambda f: f.pick(["AV", "HX", "DL"]) + f.d(9), "identification"),
            "insurer": G(one("Aviva", "Direct Line", "Hiscox", "LV=")),
            "nsi_certificate_ref": G(lambda f: "NSI-" + f.d(6)),
            "booking_channel": G(one("web", "phone", "partner")),
        },
    ),
    (
        "track",
        "Montagetermin Gebucht",
        ["php"],
        {
            "terminId": G(lambda f: f.d(8)),
            "Zeitfenster": G(one("08-12", "12-16", "16-20")),
            "Monteur": Y(lambda f: f.name("DE"), "name"),
            "Kundenname": Y(lambda f: f.name("DE"), "name"),
            "Straße": Y(lambda f: f.street_of("DE"), "address|street"),
            "PLZ": Y(lambda f: f.plz(), "zipcode"),
            "Ort": Y(lambda f: f.city_of("DE"), "city"),
            "Telefon": Y(lambda f: f.mobile("DE"), "phone"),
            "Bemerkung": Y(bemerkung, "phone", True),
            "Etage": G(one("EG", "1. OG", "2. OG", "DG")),
            "VdS_Attest": G(one(True, False)),
            "Auftragswert": G(lambda f: f.money(300, 2500)),
        },
    ),
    (
        "track",
        "Visita Técnica Agendada",
        ["java", "flutter"],
        {
            "id_visita": G(lambda f: f.d(9)),
            "tecnico_nome": Y(lambda f: f.name("BR"), "name"),
            "tecnico_id": G(lambda f: f.d(5)),
            "cliente_nome": Y(lambda f: f.name("BR"), "name"),
            "cliente_cpf": RED(lambda f: f.cpf(), "national id"),
            "logradouro": Y(lambda f: f.street_of("BR"), "address|street"),
            "numero": Y(lambda f: str(f.r.randint(1, 3000)), "address|street"),
            "bairro": Y(lambda f: f.pick(BAIRROS), "address|city"),
            "cidade": Y(lambda f: f.city_of("BR"), "city"),
            "uf": G(lambda f: f.pick(UFS)),
            "cep": Y(lambda f: f.cep(), "zipcode"),
            "whatsapp": Y(lambda f: f.mobile("BR"), "phone"),
            "observacoes": G(
                one(
                    "Portão azul",
                    "Cachorro bravo no quintal",
                    "Interfone quebrado",
                    "Condomínio, avisar portaria",
                )
            ),
            "periodo": G(one("manhã", "tarde", "integral")),
        },
    ),
    (
        "track",
        "Installer Onboarded",
        ["python"],
        {
            "installer_id": G(lambda f: "INS-" + f.d(4)),
            "legal_name": Y(lambda f: f.name("GB"), "name"),
            "personal_email": Y(lambda f: f.mail("GB"), "email"),
            "ni_number": RED(lambda f: f.nino(), "national id"),
            "right_to_work": RED(
                one("british_citizen", "settled_status", "skilled_worker_visa", "graduate_visa"), "visa"
            ),
            "passport_number": RED(lambda f: f.d(9), "passport"),
            "dbs_certificate_number": Y(lambda f: "00" + f.d(10), "certificate"),
            "hourly_rate_gbp": Y(one(16.5, 18.0, 21.75, 24.0), "salary"),
            "van_registration": Y(lambda f: f.plate(), "license"),
            "subcontractor": G(one("SecureFit Ltd", "Northern Alarms", "")),
            "regions": Many(G(one("Yorkshire", "North West", "Scotland", "London")), 2),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "bank_sort_code": G(lambda f: f.sort_code()),
            "bank_account_number": RED(lambda f: f.uk_account(), "bank account"),
        },
    ),
    (
        "track",
        "Installation Completed",
        ["flutter", "kotlin"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "devices_installed": G(ints(3, 18)),
            "duration_min": G(ints(60, 300)),
            "signature_captured": G(one(True, False)),
            "customer_signature_name": Y(lambda f: f.name(), "name"),
            "photos_count": G(ints(0, 12)),
            "walk_test_passed": G(one(True, False)),
            "pet_name": G(one(*PETS)),
            "pet_weight_kg": G(lambda f: f.money(3, 45)),
        },
    ),
    # -- partner API, support, neutral keys -------------------------------------------------------
    (
        "track",
        "Partner API Key Created",
        ["ruby"],
        {
            "partner_id": G(lambda f: f.d(5)),
            "partner_name": G(one("HomeInsure Ltd", "Imobiliária Central", "Hausverwaltung Meyer GmbH")),
            "api_key": RED(lambda f: "gk_live_" + f.alnum(32), "secret"),
            "webhook_secret": RED(lambda f: "whsec_" + f.alnum(32), "secret"),
            "scopes": Many(G(one("sites:read", "alarms:read", "video:read", "locks:write")), 3),
            "created_by_email": Y(lambda f: f.mail(), "email"),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: f.d(10)),
            "author": G(one("customer", "agent", "bot")),
            "text": Y(chat_text, "email", True),
            "attachments": G(ints(0, 2)),
            "language": G(one("en", "de", "pt")),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(one("quote_form", "callback_form", "contact_us")),
            "field_name": G(lambda f: "email"),
            "value": Y(lambda f: f.mail(), "email", True),
            "time_to_complete_ms": G(ints(800, 20000)),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "flutter"],
        {
            "widget": G(one("sales_callback", "support_callback", "install_callback")),
            "input": Y(lambda f: f.mobile(), "phone", True),
            "preferred_time": G(one("morning", "afternoon", "evening")),
            "topic": G(one("sales", "billing", "technical")),
        },
    ),
    (
        "track",
        "Contact Imported",
        ["swift", "kotlin"],
        {
            "source": G(one("address_book", "manual")),
            "label": Y(lambda f: f.name(), "name", True),
            "numbers_count": G(ints(1, 3)),
            "has_email": G(one(True, False)),
            "used_as": G(one("keyholder", "emergency_contact", "shared_user")),
        },
    ),
    (
        "track",
        "Customer Searched",
        ["dotnet"],
        {
            "q": Y(lambda f: f.mobile(), "phone", True),
            "results": G(ints(0, 5)),
            "search_by": G(lambda f: "phone"),
            "operator_id": G(lambda f: "OP" + f.d(4)),
            "console_version": G(one("2024.3.1", "2024.4.0", "2024.4.2")),
        },
    ),
    (
        "track",
        "Stream Session Started",
        ["go"],
        {
            "camera_id": G(lambda f: f.uuid()),
            "remote": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip", True),
            "protocol": G(one("webrtc", "hls", "rtsp")),
            "relay_region": G(one("eu-west-2", "eu-central-1", "sa-east-1")),
            "turn_used": G(one(True, False)),
            "bitrate_kbps": G(ints(300, 6000)),
        },
    ),
    (
        "track",
        "NPS Survey Answered",
        ["web", "swift"],
        {
            "score": G(ints(0, 10)),
            "comment": G(
                one(
                    "Great app, the alarm never misses",
                    "Too many false alarms from the PIR",
                    "Instalador muito educado",
                    "Preis ist zu hoch",
                )
            ),
            "survey_id": G(one("nps_q2", "nps_q3", "post_install")),
            "days_since_install": G(ints(3, 900)),
        },
    ),
    # -- leads, household, referrals, moves -------------------------------------------------------
    (
        "track",
        "Quote Requested",
        ["web"],
        {
            "contact_name": Y(lambda f: f.name(), "name"),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "contact_phone": Y(lambda f: f.pick([f.mobile(), f.landline()]), "phone"),
            "postcode": Y(lambda f: f.zip_any(), "zipcode"),
            "property_type": G(one("detached", "semi_detached", "flat", "apartamento", "Reihenhaus")),
            "bedrooms": G(ints(1, 6)),
            "wants_cctv": G(one(True, False)),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.alnum(40)}", "advertising id"),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.alnum(40) + "_BwE", "advertising id"),
        },
    ),
    (
        "track",
        "Household Member Invited",
        ["swift", "kotlin", "rn"],
        {
            "site_id": G(lambda f: f.r.randint(100000, 999999)),
            "invitee_name": Y(lambda f: f.name(), "name"),
            "invitee_email": Y(lambda f: f.mail(), "email"),
            "invitee_mobile": Y(lambda f: f.mobile(), "phone"),
            "role": G(one("admin", "member", "guest")),
            "can_disarm": G(one(True, False)),
            "can_view_video": G(one(True, False)),
            "invite_expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "flutter"],
        {
            "referral_code": G(lambda f: "GRD-" + f.alnum(6).upper()),
            "friend_name": Y(lambda f: f.name(), "name"),
            "friend_email": Y(lambda f: f.mail(), "email"),
            "channel": G(one("email", "whatsapp", "sms", "copy_link")),
            "reward_amount": G(one(25, 50, 100)),
        },
    ),
    (
        "track",
        "Move Requested",
        ["ruby", "web"],
        {
            "site_id": G(lambda f: f.r.randint(100000, 999999)),
            "new_address": address_uk(),
            "move_date": G(lambda f: f.date(2024, 2025)),
            "keep_equipment": G(one(True, False)),
            "reinstall_fee": G(one(0, 49, 99)),
        },
    ),
    (
        "track",
        "Contato de Emergência Adicionado",
        ["flutter", "rn"],
        {
            "id_local": G(lambda f: f.r.randint(100000, 999999)),
            "nome": Y(lambda f: f.name("BR"), "name"),
            "telefone": Y(lambda f: f.mobile("BR"), "phone"),
            "parentesco": G(one("mãe", "filho", "vizinho", "esposa", "irmão")),
            "ordem": G(ints(1, 4)),
        },
    ),
    (
        "track",
        "Schlüsselhalter Hinzugefügt",
        ["php", "kotlin"],
        {
            "objektId": G(lambda f: f.r.randint(100000, 999999)),
            "Name": Y(lambda f: f.name("DE"), "name"),
            "Handynummer": Y(lambda f: f.mobile("DE"), "phone"),
            "Beziehung": G(one("Nachbar", "Tochter", "Sohn", "Hausmeister", "Freundin")),
            "SchluesselVorhanden": G(one(True, False)),
            "Reaktionszeit_Min": G(one(10, 15, 30)),
        },
    ),
    # -- group -------------------------------------------------------------------------------------
    (
        "group",
        None,
        ["node", "web"],
        {
            "name": G(
                one(
                    "Harrogate Lettings Ltd",
                    "Hausverwaltung Meyer GmbH",
                    "Imobiliária Central",
                    "Oakfield Care Homes",
                )
            ),
            "industry": G(one("property_management", "care_home", "retail")),
            "employees": G(ints(5, 400)),
            "plan": G(one("Business", "Business Plus", "Enterprise")),
            "sites": G(ints(2, 180)),
            "main_phone": G(one("0113 496 0000", "+49 30 901820", "(11) 3003-3030")),
            "billing_email": G(
                one(
                    "accounts@harrogatelettings.example",
                    "rechnung@hv-meyer.example",
                    "financeiro@imobcentral.example",
                )
            ),
            "office_address": {
                "street": G(one("1 Parliament Street", "Friedrichstraße 120", "Av. Paulista, 1000")),
                "city": G(one("Harrogate", "Berlin", "São Paulo")),
                "postalCode": G(one("HG1 2QU", "10117", "01310-100")),
                "country": G(one("GB", "DE", "BR")),
            },
            "vat_id": G(one("GB123456789", "DE811234567", "12.345.678/0001-95")),
            "account_manager_email": Y(lambda f: f.mail(), "email"),
            "website": G(
                one(
                    "https://harrogatelettings.example",
                    "https://hv-meyer.example",
                    "https://imobcentral.example",
                )
            ),
        },
    ),
]

PAGES = [
    ("page", "Alarm Dashboard", {"path": "/account/alarm", "title": "Guardly - My alarm"}),
    ("page", "Shop", {"path": "/shop/kits", "title": "Guardly Shop"}),
    ("page", "Clips", {"path": "/video/clips", "title": "Clips - Guardly"}),
    ("page", "Help Search", {"path": "/support", "title": "Help centre"}),
]


def page_props(path, title):
    return {
        "name": G(one("Alarm Dashboard", "Shop", "Clips", "Help Search")),
        "path": G(lambda f: path),
        "url": G(lambda f: "https://my.guardly.example" + path),
        "title": G(lambda f: title),
        "referrer": G(one("", "https://www.google.co.uk/", "https://my.guardly.example/")),
        "search": G(one("", "?q=keypad+battery", "?tab=history", "?utm_source=newsletter")),
    }


SCREENS = [
    ("Arm Panel", {"arm_state": G(one("away", "night", "home", "disarmed")), "sensors_open": G(ints(0, 3))}),
    ("Live View", {"camera_count": G(ints(1, 6)), "previous_screen": G(one("Home", "Clips", "Arm Panel"))}),
    ("Lock Codes", {"codes_active": G(ints(0, 12)), "previous_screen": G(one("Home", "Clips", "Arm Panel"))}),
]


def build(seed: int, repeats: int):
    f = HF(seed)
    labels: dict[str, dict] = {}
    events = []

    def envelope(kind):
        msg = {
            "type": kind,
            "messageId": f.pick(["", "ajs-next-", "ios-"]) + f.uuid(),
            "timestamp": f.iso(),
            "anonymousId": f.uuid(),
            "userId": f.d(7),
        }
        return msg

    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            msg = envelope(kind)
            if event:
                msg["event"] = event
            if kind == "group":
                msg["groupId"] = "acct_" + f.d(6)
            section = "properties" if kind == "track" else "traits"
            msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[f.pick(clients)](f), f, "context", labels)
            events.append(msg)
        for kind, name, page in PAGES:
            msg = envelope(kind)
            msg["name"] = name
            msg["properties"] = render(page_props(page["path"], page["title"]), f, "properties", labels)
            msg["properties"]["name"] = name
            msg["context"] = render(web_context(f), f, "context", labels)
            events.append(msg)
        for name, props in SCREENS:
            msg = envelope("screen")
            msg["name"] = name
            msg["properties"] = render(props, f, "properties", labels)
            msg["context"] = render(
                CONTEXTS[f.pick(["swift", "kotlin", "rn", "flutter"])](f), f, "context", labels
            )
            events.append(msg)
        alias = envelope("alias")
        alias["previousId"] = alias.pop("anonymousId")
        alias["context"] = render(CONTEXTS[f.pick(["web", "swift", "kotlin"])](f), f, "context", labels)
        events.append(alias)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=212, repeats=30)
    write(Path(__file__).parent, "holdout212_", events, labels)
