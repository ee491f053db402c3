"""Writes the eleventh holdout: tests/corpus/holdout11_events.jsonl and holdout11_labels.json.

SEALED: written by an independent tester without opening the detection engine, its vocabularies or
data, the other corpora's labels or their build scripts (only build_holdout3.py, for the format).
Nobody has run the engine on it; it is to be scored once, at the end, before any change it prompts.

Four products instrumented end to end from an imagined tracking plan:
- Paywise, an HR/payroll suite (analytics.js, analytics-python, Analytics.NET, analytics-node,
  analytics-kotlin): sign-up, SSO login, onboarding, EEO self-identification, direct deposit,
  payslips, benefits, right-to-work checks, time off, API keys, a HubSpot-style demo form and a
  German payroll module with German keys (Vorname, Steuer-ID, Konfession, ...).
- ClassLoop, a school/parent app (flutter, react-native, analytics-node, analytics-php): parents,
  children with allergies and support needs, absences, trip consent, messages, lunch payments with
  Stripe-style billing details, teacher vetting, and a French MIS sync with French keys.
- Keyhold, a property-management tool (analytics-swift, analytics-kotlin, analytics.js,
  analytics-ruby, analytics-go): tenant applications, maintenance, rent, leases, smart locks,
  owner payouts, Salesforce-style `__c` keys and a Spanish market with Spanish keys.
- Arcforge, a gaming platform (analytics-kotlin, analytics-swift, flutter, analytics-java,
  analytics-go, Analytics.NET, analytics.js): matches, store, chat reports, linked accounts,
  console registration, tournaments, Mixpanel-style `$` traits and a Brazilian launch with
  Portuguese keys.

Labelling rules, in general terms: a field is PII when its values are personal data about a person
(the user, a dependant, a contact, an applicant); the type is the matcher a privacy owner would pick,
`a|b` when either is right. Company, product, pet and game-character names are green; so are
internal record ids, SKUs, versions, timestamps, hashes, amounts that are not a person's pay,
country/locale/timezone/currency/state, booleans, counters and enums under PII-sounding keys, and
partial card data (brand, last four, expiry). Booleans that themselves reveal a special category
(disability, veteran status, smoking) are labelled with it. `value_only` marks PII under a key that
says nothing about it; every value of such a field carries the PII (free text included).
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators of our own ------------------------------------------------------------------

FIRST_INTL = [
    "Aiko", "Haruto", "Chidinma", "Oluwaseun", "Siobhán", "Ananya", "Arjun", "Lerato", "Thandiwe",
    "Nikolai", "Ingrid", "Søren", "Leila", "Yusuf", "Mariam", "Anh", "Minh", "Ji-woo", "Seo-yeon",
    "Santiago", "Valentina", "Tariq", "Aroha", "Hemi", "Giulia", "Zofia", "Mehmet", "Elif", "Kofi",
    "Abena", "Rahul", "Wei", "Xiulan", "Declan", "Bethany", "Marcus", "Keisha", "DeShawn", "Emily",
]  # fmt: skip
LAST_INTL = [
    "Tanaka", "Okonkwo", "Adeyemi", "Ní Bhriain", "Iyer", "Reddy", "Nkosi", "Dlamini", "Volkov",
    "Lindqvist", "Kristensen", "Haddad", "Y\u0131lmaz", "Nguyen", "Tran", "Kim", "Park", "Rahman",
    "Ngata", "Bianchi", "Nowak", "Wiśniewska", "Mensah", "Osei", "Sharma", "Wang", "Li",
    "O'Connor", "Johnson", "Washington", "Thompson", "McAllister", "van der Berg", "Abubakar",
]  # fmt: skip
FIRST_DE = ["Lukas", "Anna", "Jonas", "Marie", "Felix", "Lea", "Deniz", "Katharina", "Maximilian", "Jana"]
LAST_DE = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Y\u0131lmaz", "Nowak", "Wagner", "Becker"]
FIRST_ES = ["Lucía", "Hugo", "Martina", "Alejandro", "Carmen", "Javier", "Nerea", "Iker", "Rocío"]
LAST_ES = ["García", "Martínez", "López", "Sánchez", "Fernández", "Ruiz", "Jiménez", "Navarro", "Etxeberria"]
FIRST_FR = ["Camille", "Louis", "Inès", "Léa", "Mathis", "Chloé", "Yanis", "Manon", "Aïcha", "Théo"]
LAST_FR = ["Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Benali", "Diallo", "Rousseau", "Nguyen"]
FIRST_BR = ["João", "Ana", "Gabriel", "Beatriz", "Lucas", "Mariana", "Rafael", "Larissa", "Thiago"]
LAST_BR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Almeida", "Rocha"]

US_STREETS = ["Maple Ave", "W 34th St", "Peachtree Rd NE", "Lakeshore Dr", "Elm Street", "Valencia St"]
US_CITIES = [("Atlanta", "GA"), ("Chicago", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Newark", "NJ")]
UK_STREETS = ["Albert Road", "Church Lane", "Victoria Street", "Kingsway", "Mill Close", "High Street"]
UK_TOWNS = [("Leeds", "LS6 2QB"), ("Bristol", "BS3 4EA"), ("Manchester", "M14 5RG"), ("Croydon", "CR0 1NX")]
UK_TOWNS += [("Edinburgh", "EH8 9YL"), ("Cardiff", "CF24 4HQ")]
DE_STREETS = ["Hauptstraße", "Bahnhofstr.", "Lindenweg", "Schillerstraße", "Am Markt", "Goethestraße"]
DE_CITIES = ["Berlin", "München", "Köln", "Hamburg", "Leipzig", "Frankfurt am Main"]
ES_STREETS = ["Calle de Alcalá", "Avda. Diagonal", "Calle Mayor", "C/ San Vicente", "Paseo de Gracia"]
ES_CITIES = [
    ("Madrid", "280"),
    ("Barcelona", "080"),
    ("Valencia", "460"),
    ("Sevilla", "410"),
    ("Bilbao", "480"),
]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République"]
FR_CITIES = [("Paris", "750"), ("Lyon", "690"), ("Toulouse", "310"), ("Lille", "590"), ("Nantes", "440")]

EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "web.de", "hotmail.fr", "proton.me"]
WORK_DOMAINS = ["northwindlogistics.com", "brightpath.io", "kellerbau.de", "oakridge-dental.com"]

ASCII = str.maketrans("áàâãäçéèêëíïñóôõöøúüıłśşğ", "aaaaaceeeeiinooooouuilssg")


class V:
    """Realistic personal values, built on a seeded Fake so the corpus is reproducible."""

    def __init__(self, f: Fake):
        self.f, self.r = f, f.r

    def d(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    # names
    def first(self, culture="intl"):
        return self.r.choice(
            {"intl": FIRST_INTL, "de": FIRST_DE, "es": FIRST_ES, "fr": FIRST_FR, "br": FIRST_BR}[culture]
        )

    def last(self, culture="intl"):
        return self.r.choice(
            {"intl": LAST_INTL, "de": LAST_DE, "es": LAST_ES, "fr": LAST_FR, "br": LAST_BR}[culture]
        )

    def full(self, culture="intl"):
        first, last = self.first(culture), self.last(culture)
        if culture == "es":
            return f"{first} {last} {self.last('es')}"
        if culture == "br":
            return f"{first} {self.r.choice(['', 'de ', 'dos '])}{self.last('br')} {last}".replace("  ", " ")
        style = self.r.random()
        if style < 0.15:
            return f"{first} {self.r.choice(string.ascii_uppercase)}. {last}"
        if style < 0.25 and culture == "fr":
            return f"{last.upper()} {first}"
        return f"{first} {last}"

    def email(self, culture="intl", work=False):
        first = self.first(culture).lower().translate(ASCII).replace("'", "").replace(" ", "")
        last = self.last(culture).lower().translate(ASCII).replace("'", "").replace(" ", "")
        domain = self.r.choice(WORK_DOMAINS if work else EMAIL_DOMAINS)
        local = self.r.choice(
            [f"{first}.{last}", f"{first[0]}{last}", f"{first}{self.r.randint(1, 99)}", f"{last}.{first}+app"]
        )
        return f"{local}@{domain}"

    # phones
    def phone(self, country=None):
        r, d = self.r, self.d
        country = country or r.choice(["us", "uk", "de", "fr", "es", "br", "in", "au", "jp", "ng"])
        a = f"{r.randint(2, 9)}{d(2)}"
        styles = {
            "us": [
                f"+1{a}{r.randint(2, 9)}{d(6)}",
                f"({a}) {r.randint(2, 9)}{d(2)}-{d(4)}",
                f"{a}-{r.randint(2, 9)}{d(2)}-{d(4)}",
            ],
            "uk": [f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"+447{d(9)}", f"020 {d(4)} {d(4)}"],
            "de": [f"+49 15{r.randint(1, 9)} {d(8)}", f"0170 {d(7)}", f"030 {d(7)}", f"+49 (0)89 {d(6)}"],
            "fr": [
                "0" + r.choice("67") + " " + " ".join(d(2) for _ in range(4)),
                f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            ],
            "es": [f"6{d(2)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}"],
            "br": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+5531 9{d(8)}"],
            "in": [f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}", f"+91-98{d(8)}"],
            "au": [f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}"],
            "jp": [f"090-{d(4)}-{d(4)}", f"+81 80-{d(4)}-{d(4)}"],
            "ng": [f"+234 803 {d(3)} {d(4)}", f"0806 {d(3)} {d(4)}"],
        }
        return r.choice(styles[country])

    # addresses
    def us_street(self):
        return f"{self.r.randint(12, 9800)} {self.r.choice(US_STREETS)}"

    def us_unit(self):
        return self.r.choice(["Apt 4B", "Unit 12", "Suite 300", "#7", "Apt. 2F"])

    def us_zip(self):
        return self.r.choice([self.d(5), f"{self.d(5)}-{self.d(4)}", "30" + self.d(3)])

    def uk_address(self):
        town, pc = self.r.choice(UK_TOWNS)
        return f"{self.r.randint(1, 220)} {self.r.choice(UK_STREETS)}, {town} {pc}"

    def uk_postcode(self):
        return self.r.choice(UK_TOWNS)[1]

    def de_street(self):
        return self.r.choice(DE_STREETS)

    def de_number(self):
        return self.r.choice(
            [
                str(self.r.randint(1, 140)),
                f"{self.r.randint(1, 60)}a",
                f"{self.r.randint(2, 30)}-{self.r.randint(31, 40)}",
            ]
        )

    def es_address(self):
        city, cp = self.r.choice(ES_CITIES)
        street = f"{self.r.choice(ES_STREETS)} {self.r.randint(1, 200)}"
        floor = f"{self.r.randint(1, 8)}º {self.r.choice('ABCD')}"
        return f"{street}, {floor}, {cp}{self.d(2)} {city}"

    def fr_address(self):
        city, cp = self.r.choice(FR_CITIES)
        return f"{self.r.randint(1, 120)} {self.r.choice(FR_STREETS)}, {cp}{self.d(2)} {city}"

    def any_address(self):
        city, st = self.r.choice(US_CITIES)
        us = f"{self.us_street()}, {city}, {st} {self.d(5)}"
        return self.r.choice([us, self.uk_address(), self.fr_address(), self.es_address()])

    # dates
    def dob(self, style="iso", lo=1958, hi=2004):
        y, m, dd = self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)
        return {
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "de": f"{dd:02d}.{m:02d}.{y}",
            "eu": f"{dd:02d}/{m:02d}/{y}",
            "us": f"{m:02d}/{dd:02d}/{y}",
        }[style]

    # national ids
    def ssn(self, formatted=None):
        value = self.f.ssn()
        if formatted is None:
            formatted = self.r.random() < 0.7
        return value if formatted else value.replace("-", "")

    def steuer_id(self):
        # 11 digits, ISO 7064 MOD 11,10 check digit
        body = str(self.r.randint(1, 9)) + self.d(9)
        product = 10
        for ch in body:
            total = (int(ch) + product) % 10 or 10
            product = (total * 2) % 11
        check = (11 - product) % 10
        value = body + str(check)
        return self.r.choice([value, f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"])

    def sv_nummer(self):
        area = self.r.choice(["12", "15", "24", "38", "53", "65"])
        birth = f"{self.r.randint(1, 28):02d}{self.r.randint(1, 12):02d}{self.r.randint(60, 99)}"
        letter = self.r.choice("ABDFKMSW")
        serial = f"{self.r.randint(0, 49):02d}"
        digits = (
            [int(c) for c in area + birth]
            + [int(c) for c in f"{ord(letter) - 64:02d}"]
            + [int(c) for c in serial]
        )
        weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        check = sum(sum(divmod(dg * w, 10)) for dg, w in zip(digits, weights, strict=True)) % 10
        value = f"{area}{birth}{letter}{serial}{check}"
        return self.r.choice([value, f"{area} {birth} {letter} {serial}{check}"])

    def dni(self):
        letters = "TRWAGMYFPDXBNJZSQVHLCKE"
        if self.r.random() < 0.7:
            n = self.r.randint(10_000_000, 79_999_999)
            return f"{n:08d}{letters[n % 23]}"
        prefix = self.r.choice("XYZ")
        n = self.r.randint(1_000_000, 9_999_999)
        return f"{prefix}{n:07d}{letters[int(str('XYZ'.index(prefix)) + f'{n:07d}') % 23]}"

    def cpf(self):
        base = [self.r.randint(0, 9) for _ in range(9)]
        for length in (9, 10):
            s = sum(v * (length + 1 - i) for i, v in enumerate(base[:length]))
            base.append((s * 10 % 11) % 10)
        raw = "".join(map(str, base))
        return self.r.choice([raw, f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}"])

    def passport(self):
        return self.r.choice(
            [
                self.d(9),
                "C" + "".join(self.r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8)),
                "5" + self.d(8),
            ]
        )

    def visa_number(self):
        return self.r.choice(["E" + self.d(8), "R" + self.d(7) + "A", self.d(8)])

    def driver_license(self):
        uk = "".join(self.r.choice(string.ascii_uppercase) for _ in range(5)) + self.d(6) + "SM9IJ"
        return self.r.choice(
            [uk, "D" + self.d(7), f"S{self.d(3)}-{self.d(3)}-{self.d(2)}-{self.d(3)}-0", "B" + self.d(7)]
        )

    def plate(self):
        L = string.ascii_uppercase
        c = self.r.choice
        return self.r.choice(
            [
                f"{c(L)}{c(L)}{self.d(2)} {c(L)}{c(L)}{c(L)}",
                f"{c(L)}{c(L)}{c(L)}-{self.d(4)}",
                f"B-{c(L)}{c(L)} {self.d(4)}",
                f"{self.d(4)} {c('BCDFGHJKLMNPRSTVWXYZ')}{c('BCDFGHJKLMN')}{c('PRSTVWXYZ')}",
            ]
        )

    # banking and payment
    def iban(self, country=None):
        return self.f.iban(country or self.r.choice(["DE", "GB", "FR", "NL", "ES"]))

    def account_number(self):
        return self.r.choice([self.d(10), self.d(12), self.d(8)])

    def card(self):
        return self.f.card()

    # network, devices, credentials
    def ip(self):
        return self.f.ipv4() if self.r.random() < 0.75 else self.f.ipv6()

    def mac(self):
        m = self.f.mac()
        return self.r.choice([m, m.lower(), m.replace(":", "-")])

    def jwt(self):
        return self.f.jwt()

    def urlsafe(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))

    def alnum(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def api_key(self, prefix="pw_live_"):
        return prefix + self.alnum(32)

    def oauth_token(self):
        return self.r.choice(
            ["ya29.a0" + self.urlsafe(120), "gho_" + self.alnum(36), "EAAG" + self.alnum(150)]
        )

    def console_serial(self):
        return self.r.choice(
            [
                "S01F" + self.d(10),
                "C02" + "".join(self.r.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
                "XKW" + self.d(11),
            ]
        )

    def lock_serial(self):
        return f"YRD256-ZW2-{self.f.hexid(6).upper()}"

    def avatar(self, host):
        return f"https://{host}/avatars/{self.f.uuid()}.{self.r.choice(['jpg', 'png', 'webp'])}"

    def sha256(self):
        return self.f.hexid(64)


def v(fn):
    """Wraps `lambda v: ...` generators so templates read naturally."""
    return lambda f: fn(V(f))


def pick(*items):
    return lambda f: f.pick(list(items))


def const(value):
    return lambda f: value


def rint(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def uid(f):
    return f.uuid()


def iso(f):
    return f.iso()


def ts_ms(f):
    return f.epoch_ms()


def day(f):
    return f.date(2024, 2025)


# -- contexts -------------------------------------------------------------------------------------

APPS = {
    "paywise": ("Paywise", "io.paywise", "app.paywise.io"),
    "classloop": ("ClassLoop", "com.classloop.parents", "app.classloop.co.uk"),
    "keyhold": ("Keyhold", "com.keyhold.residents", "portal.keyhold.com"),
    "arcforge": ("Arcforge", "gg.arcforge.client", "store.arcforge.gg"),
}
PAGES = {
    "paywise": ["/dashboard", "/payroll/runs", "/people/onboarding", "/settings/security", "/me/payslips"],
    "classloop": ["/bookings/parents-evening", "/payments", "/messages", "/children"],
    "keyhold": ["/apply", "/residents/pay-rent", "/visitas", "/owners/statements"],
    "arcforge": ["/store", "/checkout", "/tournaments", "/support/new"],
}

CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
SAFARI = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15"
)
EDGE = CHROME + " Edg/124.0.2478.67"


def web(product):
    name, _, host = APPS[product]

    def page_path(f):
        return f.pick(PAGES[product])

    return {
        "library": {"name": G(const("analytics.js")), "version": G(pick("npm:next-1.70.0", "next-1.66.0"))},
        "page": {
            "path": G(page_path),
            "referrer": G(
                pick("", "https://www.google.com/", f"https://{host}/login", "https://www.bing.com/")
            ),
            "search": G(pick("", "?utm_source=newsletter&utm_medium=email", "?tab=all", "?ref=nav")),
            "title": G(pick(f"{name}", f"Dashboard · {name}", f"{name} | Settings")),
            "url": G(lambda f: f"https://{host}" + f.pick(PAGES[product])),
        },
        "userAgent": G(pick(CHROME, SAFARI, EDGE)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pick("124", "99")),
                },
                3,
            ),
            "mobile": G(pick(False, True)),
            "platform": G(pick("Windows", "macOS", "Android")),
        },
        "locale": G(pick("en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "pt-BR")),
        "timezone": G(pick("America/Chicago", "Europe/London", "Europe/Madrid", "America/Sao_Paulo")),
        "ip": Y(v(lambda v: v.ip()), "ip"),
        "campaign": {
            "name": G(pick("spring_hiring_2024", "back_to_school", "summer-league")),
            "source": G(pick("google", "newsletter", "linkedin", "facebook")),
            "medium": G(pick("cpc", "email", "social")),
        },
    }


def swift(product):
    name, ns, _ = APPS[product]
    return {
        "app": {
            "name": G(const(name)),
            "version": G(pick("4.12.0", "4.13.2")),
            "build": G(pick("4120", "4132")),
            "namespace": G(const(ns)),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(pick("iPhone15,2", "iPhone14,7", "iPad13,18")),
            "type": G(const("ios")),
            "adTrackingEnabled": G(pick(False, True)),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(pick("1.5.11", "1.6.0"))},
        "os": {"name": G(const("iOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(393, 430, 820)), "height": G(pick(852, 932, 1180))},
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "bluetooth": G(const(False)),
        },
        "locale": G(pick("en-US", "es-ES", "en-GB")),
        "timezone": G(pick("America/New_York", "Europe/Madrid", "Europe/London")),
        "instanceId": G(uid),
    }


def kotlin(product):
    name, ns, _ = APPS[product]
    return {
        "app": {
            "name": G(const(name)),
            "version": G(pick("3.2.0", "3.3.1")),
            "build": G(pick("30200", "30301")),
            "namespace": G(const(ns)),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Google", "Xiaomi", "OnePlus")),
            "model": G(pick("SM-S911B", "Pixel 8", "2201117TG", "CPH2449")),
            "name": G(pick("dm1q", "shiba", "spes")),
            "type": G(const("android")),
            "adTrackingEnabled": G(pick(True, False)),
            "advertisingId": Y(uid, "advertising id"),
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(pick("1.16.3", "1.15.0"))},
        "os": {"name": G(const("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1440)),
            "height": G(pick(2340, 3088)),
        },
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "carrier": G(pick("Vivo", "Claro", "Vodafone.de", "T-Mobile", "Movistar")),
            "bluetooth": G(const(False)),
        },
        "locale": G(pick("pt-BR", "de-DE", "en-US", "es-MX")),
        "timezone": G(pick("America/Sao_Paulo", "Europe/Berlin", "America/Mexico_City")),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S911B", "Pixel 8"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(uid),
    }


def flutter(product):
    name, ns, _ = APPS[product]
    return {
        "app": {
            "name": G(const(name)),
            "version": G(pick("2.8.1", "2.9.0")),
            "build": G(pick("281", "290")),
            "namespace": G(const(ns)),
        },
        "device": {
            "id": G(uid),
            "manufacturer": G(pick("Apple", "samsung", "Google")),
            "model": G(pick("iPhone14,5", "SM-A546B", "Pixel 7a")),
            "name": G(pick("iPhone", "a54x", "lynx")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(const("1.1.4"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915)), "density": G(pick(3.0, 2.625))},
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "locale": G(pick("en-GB", "fr-FR", "en-AU")),
        "timezone": G(pick("Europe/London", "Europe/Paris", "Australia/Sydney")),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(pick(0, 1.4, 12.5)),
        },
    }


def react_native(product):
    name, ns, _ = APPS[product]
    return {
        "app": {
            "name": G(const(name)),
            "version": G(pick("5.0.3", "5.1.0")),
            "build": G(pick("503", "510")),
            "namespace": G(const(ns)),
        },
        "device": {
            "id": G(uid),
            "manufacturer": G(pick("Apple", "samsung")),
            "model": G(pick("iPhone13,2", "SM-G991B")),
            "type": G(pick("ios", "android")),
        },
        "library": {
            "name": G(const("@segment/analytics-react-native")),
            "version": G(pick("2.19.2", "2.20.0")),
        },
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "13"))},
        "screen": {"width": G(pick(390, 360)), "height": G(pick(844, 800))},
        "network": {
            "wifi": G(pick(True, False)),
            "carrier": G(pick("EE", "Vodafone UK", "Telstra", "O2 - UK")),
        },
        "locale": G(pick("en-GB", "en-AU")),
        "timezone": G(pick("Europe/London", "Australia/Melbourne")),
        "traits": {
            "email": Y(v(lambda v: v.email()), "email"),
            "first_name": Y(v(lambda v: v.first()), "name"),
            "school_id": G(lambda f: "sch_" + f.digits(5)),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
    "php": ("analytics-php", "3.7.0"),
}


def server(lib):
    def build_ctx(product):
        name, version = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(const(name)), "version": G(const(version))}}
        if lib == "php":
            ctx["library"]["consumer"] = G(const("LibCurl"))
        if lib in ("python", "node", "go", "java"):
            ctx["ip"] = Y(v(lambda v: v.ip()), "ip")
        if lib in ("node", "ruby"):
            ctx["userAgent"] = G(pick(CHROME, SAFARI))
        if lib in ("ruby", "dotnet"):
            ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
        if lib == "java":
            ctx["active"] = G(const(False))
        return ctx

    return build_ctx


CONTEXTS = {"web": web, "swift": swift, "kotlin": kotlin, "flutter": flutter, "rn": react_native}
CONTEXTS.update({lib: server(lib) for lib in SERVER_LIBS})

# -- Paywise: HR / payroll suite ------------------------------------------------------------------

PAYWISE = [
    (
        "track",
        "Demo Requested",
        "web",
        {  # HubSpot form field names, forwarded as-is
            "firstname": Y(v(lambda v: v.first()), "name"),
            "lastname": Y(v(lambda v: v.last()), "name"),
            "email": Y(v(lambda v: v.email(work=True)), "email"),
            "phone": Y(v(lambda v: v.phone("us")), "phone"),
            "company": G(pick("Northwind Logistics", "Brightpath Dental Group", "Keller Bau GmbH")),
            "jobtitle": G(pick("HR Manager", "Head of People", "Payroll Specialist", "CFO")),
            "numemployees": G(pick("1-25", "26-200", "201-1000")),
            "hs_lead_status": G(pick("NEW", "OPEN")),
            "lifecyclestage": G(pick("lead", "marketingqualifiedlead")),
            "hutk": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Signed In",
        "web",
        {
            "method": G(pick("password", "google_sso", "okta_saml", "magic_link")),
            "email": Y(v(lambda v: v.email(work=True)), "email"),
            "mfaEnabled": G(pick(True, False)),
            "rememberDevice": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "node",
        {
            "email": Y(v(lambda v: v.email(work=True)), "email"),
            "reset_token": RED(v(lambda v: v.urlsafe(43)), "token"),
            "requested_from_ip": Y(v(lambda v: v.ip()), "ip"),
            "email_template": G(pick("password_reset_v3", "password_reset_sso_notice")),
            "password_last_changed_days": G(rint(3, 400)),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "firstName": Y(v(lambda v: v.first()), "name"),
            "lastName": Y(v(lambda v: v.last()), "name"),
            "email": Y(v(lambda v: v.email(work=True)), "email"),
            "phone": Y(v(lambda v: v.phone()), "phone"),
            "title": G(
                pick("Payroll Administrator", "Warehouse Lead", "Software Engineer", "Office Manager")
            ),
            "department": G(pick("Finance", "Operations", "Engineering", "People")),
            "avatar": Y(v(lambda v: v.avatar("cdn.paywise.io")), "photo"),
            "role": G(pick("admin", "manager", "employee")),
            "employeeId": G(lambda f: "E" + f.digits(5)),
            "createdAt": G(iso),
            "company": {
                "id": G(lambda f: "org_" + f.digits(6)),
                "name": G(
                    pick(
                        "Northwind Logistics", "Brightpath Dental Group", "Keller Bau GmbH", "Oakridge Dental"
                    )
                ),
                "plan": G(pick("core", "premium", "enterprise")),
                "employee_count": G(rint(8, 2400)),
            },
            "managerName": Y(v(lambda v: v.full()), "name"),
            "emailVerified": G(pick(True, False)),
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "name": G(
                pick("Northwind Logistics", "Brightpath Dental Group", "Keller Bau GmbH", "Oakridge Dental")
            ),
            "industry": G(pick("Logistics", "Healthcare", "Construction")),
            "employees": G(rint(8, 2400)),
            "plan": G(pick("core", "premium", "enterprise")),
            "website": G(
                pick("https://northwindlogistics.com", "https://brightpath.io", "https://kellerbau.de")
            ),
            "billingEmail": Y(v(lambda v: v.email(work=True)), "email"),
            "payrollCountry": G(pick("US", "DE", "GB")),
            "payFrequency": G(pick("biweekly", "monthly", "semimonthly")),
        },
    ),
    (
        "track",
        "Employee Onboarded",
        "python",
        {
            "employee_id": G(lambda f: "E" + f.digits(5)),
            "legal_first_name": Y(v(lambda v: v.first()), "name"),
            "legal_last_name": Y(v(lambda v: v.last()), "name"),
            "preferred_name": Y(v(lambda v: v.first()), "name"),
            "pronouns": Y(pick("she/her", "he/him", "they/them"), "gender"),
            "date_of_birth": Y(v(lambda v: v.dob()), "birthdate"),
            "ssn": RED(v(lambda v: v.ssn()), "social security number"),
            "home_address": {
                "street1": Y(v(lambda v: v.us_street()), "street|address"),
                "street2": Y(v(lambda v: v.us_unit()), "street|address"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "postal_code": Y(v(lambda v: v.us_zip()), "zipcode"),
                "country": G(const("US")),
            },
            "work_email": Y(v(lambda v: v.email(work=True)), "email"),
            "personal_email": Y(v(lambda v: v.email()), "email"),
            "mobile_phone": Y(v(lambda v: v.phone("us")), "phone"),
            "start_date": G(day),
            "employment_type": G(pick("full_time", "part_time", "contractor")),
            "pay_rate": Y(
                lambda f: f.pick([f.r.randint(42000, 185000), round(f.r.uniform(16, 62), 2)]), "salary"
            ),
            "pay_rate_unit": G(pick("year", "hour")),
            "work_location": G(pick("Atlanta HQ", "Remote - US", "Chicago DC2")),
        },
    ),
    (
        "track",
        "EEO Self-Identification Submitted",
        "web",
        {
            "gender": Y(pick("Female", "Male", "Non-binary", "Decline to self-identify"), "gender|sex"),
            "raceEthnicity": Y(
                pick(
                    "Hispanic or Latino", "Black or African American", "Asian", "White", "Two or More Races"
                ),
                "race|ethnicity",
            ),
            "veteranStatus": RED(
                pick("I am a protected veteran", "I am not a protected veteran", "I do not wish to answer"),
                "veteran",
            ),
            "disabilityStatus": RED(
                pick("Yes, I have a disability", "No, I do not have a disability", "I do not want to answer"),
                "disability",
            ),
            "formVersion": G(const("CC-305 (exp. 04/30/2026)")),
            "declinedAll": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Direct Deposit Updated",
        "web",
        {
            "accountNumber": RED(v(lambda v: v.account_number()), "bank account"),
            "routingNumber": G(pick("021000021", "011401533", "091000019", "121000358")),
            "accountType": G(pick("checking", "savings")),
            "bankName": G(pick("Chase", "Wells Fargo", "Ally Bank", "Navy Federal Credit Union")),
            "accountHolderName": Y(v(lambda v: v.full()), "name"),
        },
    ),
    (
        "track",
        "Payroll Run Completed",
        "dotnet",
        {
            "PayrollRunId": G(uid),
            "PayPeriodStart": G(day),
            "PayPeriodEnd": G(day),
            "EmployeeCount": G(rint(8, 2400)),
            "TotalGross": G(money(12000, 900000)),
            "TotalNet": G(money(9000, 700000)),
            "Currency": G(pick("USD", "EUR", "GBP")),
            "ApprovedBy": Y(v(lambda v: v.email(work=True)), "email", True),
        },
    ),
    (
        "track",
        "Payslip Viewed",
        "kotlin",
        {
            "payslip_id": G(lambda f: "ps_" + f.hexid(12)),
            "period": G(pick("2024-09", "2024-10", "2024-11")),
            "gross_pay": Y(money(1400, 14000), "salary"),
            "net_pay": Y(money(1000, 9500), "salary"),
            "currency": G(pick("USD", "EUR")),
        },
    ),
    (
        "track",
        "Benefits Enrollment Completed",
        "web",
        {
            "plan_year": G(const(2025)),
            "medical_plan": G(pick("Aetna Choice POS II", "Kaiser HMO 20", "Waived")),
            "coverage_tier": G(pick("employee_only", "employee_spouse", "family")),
            "member_id": Y(
                lambda f: f.pick(["W" + f.digits(9), "XJH" + f.digits(8), "1EG4-TE5-MK73"]), "health id"
            ),
            "tobacco_user": Y(pick(True, False), "condition"),
            "dependents": Many(
                {
                    "first_name": Y(v(lambda v: v.first()), "name"),
                    "last_name": Y(v(lambda v: v.last()), "name"),
                    "relationship": G(pick("spouse", "child", "domestic_partner")),
                    "dob": Y(v(lambda v: v.dob("us", 1980, 2022)), "birthdate"),
                },
                3,
            ),
            "hsa_contribution_annual": G(pick(0, 1200, 4150)),
        },
    ),
    (
        "track",
        "Right To Work Verified",
        "python",
        {
            "employee_id": G(lambda f: "E" + f.digits(5)),
            "document_type": G(pick("passport", "biometric_residence_permit", "share_code")),
            "passport_number": RED(v(lambda v: v.passport()), "passport"),
            "nationality": Y(pick("British", "Indian", "Nigerian", "Polish", "Brazilian"), "citizenship"),
            "visa_type": RED(pick("Skilled Worker", "Graduate", "H-1B", "Tier 2 ICT"), "visa"),
            "visa_number": RED(v(lambda v: v.visa_number()), "visa"),
            "visa_sponsorship_required": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Time Off Requested",
        "kotlin",
        {
            "request_id": G(uid),
            "policy": G(pick("PTO", "Urlaub", "Parental Leave", "Jury Duty")),
            "start_date": G(day),
            "end_date": G(day),
            "hours": G(pick(4, 8, 16, 40)),
        },
    ),
    (
        "track",
        "API Key Created",
        "node",
        {
            "key_name": G(pick("Netsuite export", "Zapier", "BI warehouse sync")),
            "key_prefix": G(lambda f: "pw_live_" + f.hexid(4)),
            "value": RED(v(lambda v: v.api_key()), "secret|token", True),
            "scopes": Many(G(pick("payroll:read", "people:read", "people:write", "reports:read")), 3),
            "created_by": Y(v(lambda v: v.email(work=True)), "email", True),
            "expires_at": G(iso),
            "ip_allowlist_enabled": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Org Chart Node Clicked",
        "web",
        {
            "node_id": G(lambda f: "E" + f.digits(5)),
            "node_label": Y(v(lambda v: v.full()), "name", True),
            "direct_reports": G(rint(0, 14)),
        },
    ),
    (
        "track",
        "Mitarbeiter Angelegt",
        "python",
        {  # German payroll module (DATEV/Lohn conventions)
            "personalnummer": G(lambda f: f.digits(5)),
            "vorname": Y(v(lambda v: v.first("de")), "name"),
            "nachname": Y(v(lambda v: v.last("de")), "name"),
            "geburtsdatum": Y(v(lambda v: v.dob("de")), "birthdate"),
            "steuer_id": RED(v(lambda v: v.steuer_id()), "national id"),
            "sv_nummer": RED(v(lambda v: v.sv_nummer()), "social security number|national id"),
            "steuerklasse": G(pick(1, 3, 4, 5)),
            "konfession": Y(pick("rk", "ev", "--", "ak"), "religion"),
            "krankenkasse": G(pick("TK", "AOK Bayern", "Barmer", "DAK-Gesundheit")),
            "iban": RED(v(lambda v: v.iban("DE")), "bank account"),
            "anschrift": {
                "strasse": Y(v(lambda v: v.de_street()), "street"),
                "hausnummer": Y(v(lambda v: v.de_number()), "street|address"),
                "plz": Y(lambda f: f.digits(5), "zipcode"),
                "ort": Y(lambda f: f.pick(DE_CITIES), "city"),
            },
            "bruttogehalt_monat": Y(money(2100, 9800), "salary"),
        },
    ),
    (
        "track",
        "Expense Submitted",
        "kotlin",
        {
            "expense_id": G(lambda f: "exp_" + f.hexid(10)),
            "amount": G(money(4, 900)),
            "currency": G(pick("USD", "EUR", "GBP")),
            "category": G(pick("travel", "meals", "mileage", "equipment")),
            "merchant": G(pick("Lufthansa", "Pret A Manger", "Uber", "Staples")),
            "attendees": Many(Y(v(lambda v: v.full()), "name", True), 3),
            "card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "screen",
        "Payslip Detail",
        "kotlin",
        {"payslip_id": G(lambda f: "ps_" + f.hexid(12)), "from_notification": G(pick(True, False))},
    ),
]

# -- ClassLoop: school / parent app ---------------------------------------------------------------

CLASSLOOP = [
    (
        "identify",
        None,
        "flutter",
        {
            "first_name": Y(v(lambda v: v.first()), "name"),
            "last_name": Y(v(lambda v: v.last()), "name"),
            "email": Y(v(lambda v: v.email()), "email"),
            "phone": Y(v(lambda v: v.phone(v.r.choice(["uk", "au", "in"]))), "phone"),
            "relationship": G(pick("mother", "father", "guardian", "carer")),
            "preferred_language": G(pick("en", "pl", "ur", "pa")),
            "school_id": G(lambda f: "sch_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Signed In",
        "flutter",
        {
            "method": G(pick("sms_otp", "email_link", "password")),
            "identifier": Y(v(lambda v: v.phone(v.r.choice(["uk", "au"]))), "phone", True),
            "phone_number": Y(v(lambda v: v.phone(v.r.choice(["uk", "au"]))), "phone"),
            "device_trusted": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Child Added",
        "flutter",
        {
            "child_id": G(lambda f: "ch_" + f.digits(7)),
            "child_first_name": Y(v(lambda v: v.first()), "name"),
            "child_last_name": Y(v(lambda v: v.last()), "name"),
            "child_dob": Y(v(lambda v: v.dob("eu", 2010, 2020)), "birthdate"),
            "year_group": G(pick("Reception", "Year 2", "Year 5", "Year 9")),
            "class_name": G(pick("5B", "Oak", "Willow", "2M")),
            "allergies": Many(Y(pick("peanuts", "tree nuts", "egg", "sesame", "dairy"), "allergy"), 2),
            "medical_conditions": Many(
                Y(pick("asthma", "type 1 diabetes", "epilepsy", "eczema"), "condition"), 2
            ),
            "photo_url": Y(v(lambda v: v.avatar("media.classloop.co.uk")), "photo"),
            "sen_support": RED(pick("SEN Support", "EHCP", "Autism (ASD) - EHCP", "Dyslexia"), "disability"),
        },
    ),
    (
        "track",
        "Absence Reported",
        "rn",
        {
            "child_id": G(lambda f: "ch_" + f.digits(7)),
            "absence_date": G(day),
            "reason_code": G(pick("illness", "appointment", "family", "other")),
            "note": Y(
                v(
                    lambda v: (
                        v.r.choice(
                            [
                                "Please call me on ",
                                "Back tomorrow hopefully, mobile is ",
                                "Any questions ring ",
                            ]
                        )
                        + v.phone("uk")
                    )
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Trip Consent Signed",
        "flutter",
        {
            "trip_id": G(lambda f: "trip_" + f.digits(4)),
            "trip_name": G(
                pick("Year 6 Science Museum", "Year 9 Snowdonia Residential", "Reception Farm Visit")
            ),
            "consent_given": G(pick(True, False)),
            "emergency_contact": {
                "name": Y(v(lambda v: v.full()), "name"),
                "phone": Y(v(lambda v: v.phone("uk")), "phone"),
                "relationship": G(pick("grandparent", "aunt", "neighbour", "father")),
            },
            "dietary_requirement": G(pick("none", "vegetarian", "vegan")),
            "medication_to_administer": Y(
                pick("Salbutamol inhaler", "EpiPen 0.3mg", "Cetirizine 5mg"), "medication"
            ),
            "signature_name": Y(v(lambda v: v.full()), "name"),
            "signed_at": G(iso),
        },
    ),
    (
        "track",
        "Message Sent",
        "rn",
        {
            "thread_id": G(uid),
            "recipient_role": G(pick("class_teacher", "office", "senco")),
            "body": Y(
                v(
                    lambda v: (
                        v.r.choice(
                            ["Hi, please use my new email ", "Could you send the form to ", "Reply to "]
                        )
                        + v.email()
                        + " thanks"
                    )
                ),
                "email",
                True,
            ),
            "attachment_count": G(rint(0, 3)),
        },
    ),
    (
        "track",
        "Payment Completed",
        "rn",
        {
            "payment_id": G(lambda f: "pay_" + f.hexid(14)),
            "purpose": G(pick("school_lunch", "trip", "uniform", "breakfast_club")),
            "amount": G(money(2.5, 350)),
            "currency": G(pick("GBP", "AUD")),
            "payment_intent": G(lambda f: "pi_3" + V(f).alnum(23)),
            "client_secret": RED(
                lambda f: "pi_3" + V(f).alnum(23) + "_secret_" + V(f).alnum(25), "secret|token"
            ),
            "card": {
                "brand": G(pick("visa", "mastercard", "amex")),
                "last4": G(lambda f: f.digits(4)),
                "exp_year": G(rint(2025, 2031)),
            },
            "billing_details": {  # Stripe billing_details shape
                "name": Y(v(lambda v: v.full()), "name"),
                "email": Y(v(lambda v: v.email()), "email"),
                "phone": Y(v(lambda v: v.phone("uk")), "phone"),
                "address": {
                    "line1": Y(lambda f: f"{f.r.randint(1, 220)} {f.pick(UK_STREETS)}", "street|address"),
                    "line2": Y(pick("Flat 3", "Flat 12B", "Apartment 5"), "street|address"),
                    "city": Y(lambda f: f.pick(UK_TOWNS)[0], "city"),
                    "postal_code": Y(v(lambda v: v.uk_postcode()), "zipcode"),
                    "state": G(pick("", "West Yorkshire", "Greater Manchester")),
                    "country": G(const("GB")),
                },
            },
        },
    ),
    (
        "page",
        "Parents Evening Booking",
        "web",
        {
            "path": G(const("/bookings/parents-evening")),
            "url": G(const("https://app.classloop.co.uk/bookings/parents-evening")),
            "title": G(const("Book a slot · ClassLoop")),
            "referrer": G(pick("", "https://app.classloop.co.uk/")),
            "search": G(pick("", "?event=autumn")),
            "teacher_name": Y(lambda f: f.pick(["Mrs ", "Mr ", "Ms "]) + V(f).last(), "name"),
        },
    ),
    (
        "track",
        "Élève Inscrit",
        "php",
        {  # French MIS sync (ONDE/Pronote-style export)
            "eleve_id": G(lambda f: f.digits(8)),
            "nom": Y(v(lambda v: v.last("fr")), "name"),
            "prenom": Y(v(lambda v: v.first("fr")), "name"),
            "date_naissance": Y(v(lambda v: v.dob("eu", 2008, 2019)), "birthdate"),
            "sexe": Y(pick("F", "M"), "sex|gender"),
            "classe": G(pick("CM1", "6e B", "4e A", "CE2")),
            "etablissement": G(pick("École élémentaire Jules Ferry", "Collège Victor Hugo")),
            "responsable_legal": {
                "nom_complet": Y(v(lambda v: v.full("fr")), "name"),
                "courriel": Y(v(lambda v: v.email("fr")), "email"),
                "telephone_portable": Y(v(lambda v: v.phone("fr")), "phone"),
                "adresse": Y(v(lambda v: v.fr_address()), "address"),
                "code_postal": Y(lambda f: f.pick(FR_CITIES)[1] + f.digits(2), "zipcode"),
                "ville": Y(lambda f: f.pick(FR_CITIES)[0], "city"),
                "lien": G(pick("mère", "père", "tuteur")),
            },
        },
    ),
    (
        "track",
        "Pupil Record Synced",
        "node",
        {
            "pupil_id": G(lambda f: "p_" + f.digits(7)),
            "mis_provider": G(pick("SIMS", "Arbor", "Bromcom")),
            "ethnicity": Y(
                pick(
                    "White - British",
                    "Asian - Pakistani",
                    "Black - African",
                    "Mixed - White and Black Caribbean",
                ),
                "ethnicity|race",
            ),
            "religion": Y(pick("Christian", "Muslim", "No religion", "Sikh", "Hindu"), "religion"),
            "first_language": G(pick("English", "Urdu", "Polish", "Punjabi")),
            "nationality": Y(pick("British", "Polish", "Romanian", "Pakistani"), "citizenship"),
            "fsm_eligible": G(pick(True, False)),
            "sen_status": RED(pick("K - SEN Support", "E - EHC Plan", "N - No SEN"), "disability"),
            "home_postcode": Y(v(lambda v: v.uk_postcode()), "zipcode"),
        },
    ),
    (
        "track",
        "Teacher Verified",
        "node",
        {
            "staff_id": G(lambda f: "st_" + f.digits(5)),
            "teacher_email": Y(v(lambda v: v.email()), "email"),
            "trn": Y(lambda f: f.digits(7), "certificate|identification"),
            "dbs_certificate_number": Y(lambda f: "00" + f.digits(10), "certificate"),
            "verified": G(pick(True, False)),
            "certificate_expiry_days": G(rint(10, 900)),
        },
    ),
    (
        "track",
        "Bus Tracker Viewed",
        "flutter",
        {
            "route": G(pick("Route 4 - Northside", "Route 7 - Valley")),
            "user_lat": Y(lambda f: f.lat(), "geolocation"),
            "user_lng": Y(lambda f: f.lon(), "geolocation"),
        },
    ),
    ("screen", "Timetable", "flutter", {"week": G(pick("A", "B")), "view_mode": G(pick("day", "week"))}),
    (
        "track",
        "Push Notification Opened",
        "rn",
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "notification_type": G(pick("absence_alert", "payment_due", "newsletter")),
            "deep_link": G(pick("classloop://payments", "classloop://messages/inbox")),
        },
    ),
]

# -- Keyhold: property management -----------------------------------------------------------------

KEYHOLD = [
    (
        "identify",
        None,
        "swift",
        {
            "firstName": Y(v(lambda v: v.first()), "name"),
            "lastName": Y(v(lambda v: v.last()), "name"),
            "email": Y(v(lambda v: v.email()), "email"),
            "phone": Y(v(lambda v: v.phone(v.r.choice(["us", "es"]))), "phone"),
            "unitId": G(lambda f: "unit_" + f.digits(6)),
            "leaseId": G(lambda f: "lease_" + f.digits(6)),
            "moveInDate": G(day),
            "rentAmount": G(money(700, 4200)),
            "autopayEnabled": G(pick(True, False)),
            "avatarUrl": Y(v(lambda v: v.avatar("img.keyhold.com")), "photo"),
        },
    ),
    (
        "track",
        "Rental Application Submitted",
        "web",
        {
            "applicationId": G(uid),
            "listingId": G(lambda f: "lst_" + f.digits(6)),
            "applicant": {
                "fullName": Y(v(lambda v: v.full()), "name"),
                "email": Y(v(lambda v: v.email()), "email"),
                "phone": Y(v(lambda v: v.phone("us")), "phone"),
                "dateOfBirth": Y(v(lambda v: v.dob("us")), "birthdate"),
                "ssnLast4": RED(lambda f: f.digits(4), "social security number"),
                "currentAddress": Y(v(lambda v: v.any_address()), "address"),
                "monthlyIncome": Y(money(1800, 16000), "salary"),
                "employer": G(pick("Delta Air Lines", "Kroger", "Self-employed", "Emory Healthcare")),
                "employmentStatus": G(pick("employed", "self_employed", "student", "retired")),
                "governmentIdType": G(pick("drivers_license", "state_id", "passport")),
                "governmentIdNumber": Y(v(lambda v: v.driver_license()), "license|identification"),
            },
            "vehicles": Many(
                {
                    "make": G(pick("Toyota", "Honda", "Tesla", "Ford")),
                    "model": G(pick("Corolla", "Civic", "Model 3", "F-150")),
                    "plate": Y(v(lambda v: v.plate()), "license|identification"),
                },
                2,
            ),
            "pets": Many(
                {
                    "species": G(pick("dog", "cat")),
                    "breed": G(pick("Labrador", "Domestic Shorthair", "Beagle")),
                    "name": G(pick("Biscuit", "Luna", "Mr. Whiskers", "Pepper")),
                },
                2,
            ),
            "creditCheckConsent": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Maintenance Request Created",
        "swift",
        {
            "requestId": G(lambda f: "mr_" + f.digits(7)),
            "category": G(pick("plumbing", "hvac", "appliance", "pest")),
            "priority": G(pick("low", "normal", "emergency")),
            "unitId": G(lambda f: "unit_" + f.digits(6)),
            "photos": Many(G(lambda f: f"https://img.keyhold.com/maintenance/{f.uuid()}.heic"), 3),
            "permissionToEnter": G(pick(True, False)),
            "contactPhone": Y(v(lambda v: v.phone("us")), "phone"),
        },
    ),
    (
        "track",
        "Rent Payment Submitted",
        "kotlin",
        {
            "paymentId": G(uid),
            "amount": G(money(700, 4200)),
            "currency": G(pick("USD", "MXN")),
            "method": G(pick("ach", "card", "cash_retail")),
            "bank": {
                "accountHolder": Y(v(lambda v: v.full()), "name"),
                "routingNumber": G(pick("061000104", "026009593", "111000025")),
                "last4": G(lambda f: f.digits(4)),
            },
            "cardFingerprint": G(lambda f: V(f).alnum(16)),
            "confirmationCode": G(lambda f: "KH-" + f.digits(8)),
        },
    ),
    (
        "track",
        "Lease Signed",
        "ruby",
        {
            "lease_id": G(lambda f: "lease_" + f.digits(6)),
            "property": {
                "id": G(lambda f: "prop_" + f.digits(4)),
                "name": G(pick("Maple Court Apartments", "The Foundry Lofts", "Residencial Los Olivos")),
                "unit_address": Y(v(lambda v: v.any_address()), "address"),
            },
            "tenants": Many(
                {"name": Y(v(lambda v: v.full()), "name"), "email": Y(v(lambda v: v.email()), "email")}, 3
            ),
            "term_months": G(pick(6, 12, 18)),
            "deposit_amount": G(money(500, 5000)),
            "signer_ip": Y(v(lambda v: v.ip()), "ip"),
            "document_sha256": G(v(lambda v: v.sha256())),
        },
    ),
    (
        "track",
        "Smart Lock Access Granted",
        "go",
        {
            "lock_id": G(lambda f: "lk_" + f.hexid(8)),
            "lock_serial": Y(v(lambda v: v.lock_serial()), "serial"),
            "access_code": RED(lambda f: f.digits(f.pick([4, 6])), "password|secret"),
            "guest_name": Y(v(lambda v: v.full()), "name"),
            "grantee": Y(v(lambda v: v.phone(v.r.choice(["us", "es", "uk"]))), "phone", True),
            "valid_from": G(iso),
            "valid_to": G(iso),
            "access_type": G(pick("vendor", "guest", "showing")),
        },
    ),
    (
        "track",
        "Hub Online",
        "go",
        {
            "hub_id": G(lambda f: "hub_" + f.hexid(8)),
            "firmware": G(pick("2.14.7", "2.15.0")),
            "last_seen_from": Y(v(lambda v: v.ip()), "ip", True),
            "bssid": Y(v(lambda v: v.mac()), "mac", True),
        },
    ),
    (
        "track",
        "Solicitud de Visita",
        "web",
        {  # Spanish market, keys as the Madrid team writes them
            "nombre": Y(v(lambda v: v.first("es")), "name"),
            "apellidos": Y(v(lambda v: f"{v.last('es')} {v.last('es')}"), "name"),
            "correo_electronico": Y(v(lambda v: v.email("es")), "email"),
            "telefono_movil": Y(v(lambda v: v.phone("es")), "phone"),
            "dni_nie": RED(v(lambda v: v.dni()), "national id"),
            "inmueble_ref": G(lambda f: "INM-" + f.digits(5)),
            "fecha_visita": G(day),
            "acepta_privacidad": G(const(True)),
            "mascotas": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Contrato Firmado",
        "ruby",
        {
            "contrato_id": G(lambda f: "CT-" + f.digits(6)),
            "arrendatario": {
                "nombre_completo": Y(v(lambda v: v.full("es")), "name"),
                "nif": RED(v(lambda v: v.dni()), "national id"),
                "direccion": Y(v(lambda v: v.es_address()), "address"),
                "codigo_postal": Y(lambda f: f.pick(ES_CITIES)[1] + f.digits(2), "zipcode"),
                "municipio": Y(lambda f: f.pick(ES_CITIES)[0], "city"),
                "iban": RED(v(lambda v: v.iban("ES")), "bank account"),
            },
            "renta_mensual": G(money(650, 2400)),
            "fianza": G(money(650, 4800)),
        },
    ),
    (
        "track",
        "Inspection Completed",
        "kotlin",
        {
            "inspection_id": G(uid),
            "inspector_name": Y(v(lambda v: v.full()), "name"),
            "score": G(rint(55, 100)),
            "issues_found": G(rint(0, 9)),
            "checklist_version": G(pick("move-out-v4", "annual-v2")),
            "gps": {"lat": Y(lambda f: f.lat(), "geolocation"), "lon": Y(lambda f: f.lon(), "geolocation")},
            "condition": G(pick("good", "fair", "needs_repair")),
        },
    ),
    (
        "track",
        "Owner Payout Sent",
        "go",
        {
            "owner_id": G(lambda f: "own_" + f.digits(5)),
            "payout_amount": G(money(400, 40000)),
            "currency": G(pick("EUR", "USD")),
            "destination": RED(v(lambda v: v.iban()), "bank account", True),
            "payout_method": G(pick("sepa", "ach")),
            "statement_url": G(lambda f: f"https://portal.keyhold.com/statements/{f.uuid()}.pdf"),
        },
    ),
    (
        "track",
        "Notice Delivered",
        "ruby",
        {
            "notice_type": G(pick("rent_reminder", "entry_notice", "renewal_offer")),
            "channel": G(pick("sms", "whatsapp")),
            "to": Y(v(lambda v: v.phone(v.r.choice(["us", "es", "uk"]))), "phone", True),
            "template_id": G(lambda f: "tpl_" + f.digits(4)),
            "addressee": Y(v(lambda v: v.full(v.r.choice(["intl", "es"]))), "name", True),
        },
    ),
    (
        "group",
        None,
        "ruby",
        {
            "name": G(
                pick("Summit Residential LLC", "Gestiones Inmobiliarias Sol S.L.", "Harbor Property Group")
            ),
            "plan": G(pick("starter", "growth", "enterprise")),
            "Units_Managed__c": G(rint(20, 12000)),
            "Primary_Contact_Email__c": Y(v(lambda v: v.email(work=True)), "email"),
            "Primary_Contact_Phone__c": Y(v(lambda v: v.phone("us")), "phone"),
            "website": G(pick("https://summitres.com", "https://gisol.es")),
        },
    ),
    (
        "track",
        "Webhook Endpoint Rotated",
        "go",
        {
            "endpoint_url": G(
                pick("https://hooks.summitres.com/keyhold", "https://api.gisol.es/webhooks/kh")
            ),
            "signing_secret": RED(lambda f: "whsec_" + V(f).alnum(32), "secret"),
            "previous": RED(lambda f: "whsec_" + V(f).alnum(32), "secret", True),
            "events": Many(G(pick("payment.succeeded", "lease.signed", "lock.accessed")), 3),
            "tls_certificate_fingerprint": G(lambda f: ":".join(f.hexid(2).upper() for _ in range(20))),
        },
    ),
    ("alias", None, "swift", {}),
]

# -- Arcforge: gaming platform --------------------------------------------------------------------

ARCFORGE = [
    (
        "identify",
        None,
        "kotlin",
        {  # Mixpanel-style reserved traits, kept by the client team
            "$email": Y(v(lambda v: v.email()), "email"),
            "$first_name": Y(v(lambda v: v.first()), "name"),
            "$phone": Y(v(lambda v: v.phone()), "phone"),
            "$avatar": Y(v(lambda v: v.avatar("cdn.arcforge.gg")), "photo"),
            "birth_year": Y(rint(1975, 2010), "birthdate"),
            "guardian_email": Y(v(lambda v: v.email()), "email"),
            "parental_consent": G(pick(True, False)),
            "platform": G(pick("android", "pc", "ps5")),
            "level": G(rint(1, 120)),
            "marketing_opt_in": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Match Completed",
        "java",
        {
            "matchId": G(uid),
            "mode": G(pick("ranked_duo", "casual", "arena_3v3")),
            "map": G(pick("Ashfall", "Sunken Keep", "Glacier Run")),
            "durationS": G(rint(240, 2400)),
            "kills": G(rint(0, 25)),
            "deaths": G(rint(0, 20)),
            "result": G(pick("win", "loss", "draw")),
            "serverRegion": G(pick("eu-west", "sa-east", "us-central")),
            "clientIp": Y(v(lambda v: v.ip()), "ip"),
            "hwidHash": G(v(lambda v: v.sha256())),
            "race": G(pick("Elf", "Dwarf", "Orc", "Human")),
            "characterClass": G(pick("Ranger", "Warden", "Pyromancer")),
        },
    ),
    (
        "track",
        "Level Up",
        "flutter",
        {
            "level": G(rint(2, 120)),
            "xp_total": G(rint(1000, 9_000_000)),
            "character": {
                "id": G(lambda f: "chr_" + f.hexid(8)),
                "name": G(pick("Thornwyn", "Kaelis Duskbane", "Brakka", "Mireille")),
                "class": G(pick("Ranger", "Warden", "Pyromancer")),
            },
        },
    ),
    (
        "track",
        "Checkout Form Submitted",
        "web",
        {  # web store; the form plugin captured every field
            "cart_id": G(uid),
            "cardholder_name": Y(v(lambda v: v.full()), "name"),
            "card_number": RED(v(lambda v: v.card()), "credit card"),
            "card_cvc": RED(lambda f: f.digits(f.pick([3, 4])), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "billing_zip": Y(v(lambda v: v.r.choice([v.us_zip(), v.uk_postcode(), "01310-100"])), "zipcode"),
            "email": Y(v(lambda v: v.email()), "email"),
            "total": G(money(4.99, 99.99)),
            "currency": G(pick("USD", "BRL", "EUR")),
            "payment_network": G(pick("Visa", "Mastercard", "Elo")),
        },
    ),
    (
        "track",
        "Purchase Completed",
        "dotnet",
        {
            "OrderId": G(lambda f: "AF-" + f.digits(10)),
            "Sku": G(pick("gems_1200", "bundle_dragon_skin", "battlepass_s7")),
            "ItemName": G(pick("1,200 Gems", "Emberwing Dragon Skin Bundle", "Season 7 Battle Pass")),
            "Price": G(pick(9.99, 19.99, 4.99)),
            "Currency": G(pick("USD", "BRL", "EUR")),
            "Store": G(pick("google_play", "app_store", "steam", "web")),
            "ReceiptHash": G(v(lambda v: v.sha256())),
            "Condition": G(pick("Factory New", "Battle-Scarred")),
        },
    ),
    (
        "track",
        "Chat Message Reported",
        "go",
        {
            "report_id": G(uid),
            "reason": G(pick("spam", "harassment", "scam", "personal_info")),
            "message_text": Y(
                v(
                    lambda v: (
                        v.r.choice(["chama no zap ", "add me ", "text me at ", "me liga "])
                        + v.phone(v.r.choice(["br", "us"]))
                    )
                ),
                "phone",
                True,
            ),
            "reporter_id": G(lambda f: f.digits(9)),
            "reported_id": G(lambda f: f.digits(9)),
            "channel": G(pick("global", "party", "whisper")),
        },
    ),
    (
        "track",
        "Friend Invited",
        "kotlin",
        {
            "invite_channel": G(pick("email", "sms", "link")),
            "invitee": Y(v(lambda v: v.email()), "email", True),
            "invite_code": G(lambda f: "ARC-" + f.hexid(4).upper()),
        },
    ),
    (
        "track",
        "Account Linked",
        "swift",
        {
            "provider": G(pick("steam", "psn", "xbox", "discord")),
            "externalAccountId": G(lambda f: "7656119" + f.digits(10)),
            "accessToken": RED(v(lambda v: v.oauth_token()), "token"),
            "refreshToken": RED(v(lambda v: v.urlsafe(64)), "token"),
            "scopes": Many(G(pick("identify", "email", "friends.read")), 3),
        },
    ),
    (
        "track",
        "Device Registered",
        "dotnet",
        {
            "DeviceSerial": Y(v(lambda v: v.console_serial()), "serial"),
            "MacAddress": Y(v(lambda v: v.mac()), "mac"),
            "Model": G(pick("CFI-2016", "Steam Deck OLED", "Xbox Series S")),
            "Region": G(pick("SA", "EU", "NA")),
            "Origin": Y(v(lambda v: v.ip()), "ip", True),
        },
    ),
    (
        "track",
        "Cadastro Concluído",
        "kotlin",
        {  # Brazilian launch, keys from the São Paulo studio
            "nome_completo": Y(v(lambda v: v.full("br")), "name"),
            "cpf": RED(v(lambda v: v.cpf()), "national id"),
            "data_nascimento": Y(v(lambda v: v.dob("eu", 1980, 2010)), "birthdate"),
            "celular": Y(v(lambda v: v.phone("br")), "phone"),
            "cep": Y(lambda f: f"{f.digits(5)}-{f.digits(3)}", "zipcode"),
            "aceita_termos": G(const(True)),
        },
    ),
    (
        "track",
        "Saque Solicitado",
        "java",
        {  # esports prize withdrawal
            "valor": G(money(50, 5000)),
            "banco": G(pick("Nubank", "Itaú", "Banco do Brasil", "Inter")),
            "agencia": G(lambda f: f.digits(4)),
            "conta": RED(lambda f: f"{f.digits(f.pick([6, 7, 8]))}-{f.r.randint(0, 9)}", "bank account"),
            "tipo_conta": G(pick("corrente", "poupanca")),
            "titular": Y(v(lambda v: v.full("br")), "name"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "web",
        {  # Zendesk ticket shape
            "ticket": {
                "id": G(rint(100000, 999999)),
                "subject": G(pick("Can't log in", "Missing gems after purchase", "Ban appeal")),
                "priority": G(pick("low", "normal", "high")),
                "requester": {
                    "name": Y(v(lambda v: v.full()), "name"),
                    "email": Y(v(lambda v: v.email()), "email"),
                },
                "tags": Many(G(pick("billing", "account", "ban", "pt-br")), 3),
            },
            "via": {"channel": G(pick("web", "mobile_sdk"))},
            "diagnosis": G(pick("auto: purchase pending", "auto: none", "auto: session expired")),
        },
    ),
    (
        "track",
        "Tournament Registered",
        "web",
        {
            "tournament_id": G(lambda f: "t_" + f.digits(5)),
            "team_name": G(pick("Glacier Wolves", "NoScope Nonnas", "Paçoca Gaming")),
            "captain_email": Y(v(lambda v: v.email()), "email"),
            "members": Many(
                {"player_id": G(lambda f: f.digits(9)), "role": G(pick("captain", "player", "sub"))}, 4
            ),
            "region": G(pick("SA", "EU", "NA")),
        },
    ),
    (
        "track",
        "Refund Requested",
        "dotnet",
        {
            "OrderId": G(lambda f: "AF-" + f.digits(10)),
            "Reason": G(pick("accidental_purchase", "not_received", "child_purchase")),
            "PayPalEmail": Y(v(lambda v: v.email()), "email"),
        },
    ),
    (
        "track",
        "Payment Method Verified",
        "go",
        {
            "verification_id": G(uid),
            "result": G(pick("pass", "fail")),
            "input": RED(v(lambda v: v.card()), "credit card", True),
        },
    ),
    (
        "screen",
        "Store",
        "swift",
        {
            "tab": G(pick("featured", "gems", "bundles")),
            "featured_sku": G(pick("bundle_dragon_skin", "gems_1200")),
        },
    ),
    (
        "track",
        "Crash Reported",
        "kotlin",
        {
            "crash_id": G(uid),
            "exception": G(
                pick("java.lang.OutOfMemoryError", "android.view.WindowManager$BadTokenException")
            ),
            "stack_hash": G(lambda f: f.hexid(40)),
            "breadcrumb": RED(
                lambda f: "GET /v2/me/inventory -> 401; header Authorization: Bearer " + f.jwt(),
                "token",
                True,
            ),
            "build": G(pick("30200", "30301")),
            "ip_version": G(pick(4, 6)),
        },
    ),
]

EVENTS = [(*e, "paywise") for e in PAYWISE] + [(*e, "classloop") for e in CLASSLOOP]
EVENTS += [(*e, "keyhold") for e in KEYHOLD] + [(*e, "arcforge") for e in ARCFORGE]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body, product in EVENTS:
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            msg["userId"] = f.pick(["u_", "usr_", ""]) + f.digits(7)
            if kind == "track":
                msg["event"] = name
            if kind in ("page", "screen"):
                msg["name"] = name
            if kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](product), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=1111, repeats=3)
    write(Path(__file__).parent, "holdout11_", events, labels)
