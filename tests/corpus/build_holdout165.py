"""Writes holdout165: tests/corpus/holdout165_events.jsonl and holdout165_labels.json.

SEALED. Written by an independent test engineer without reading the detection engine, its
vocabularies, its tests, its docs or any other corpus's labels (only build.py, fake.py, the format
of build_holdout3.py and the shared REFERENCE.md were read), and without running the engine on
these events. Nothing here is tuned to the engine; the corpus is for scoring it on events it has
never seen.

What it covers: the customer portal, apps and back office of a water, electricity and gas utility
("Aurora") operating in Spain, Chile and Argentina. Account sign-up with national ids (DNI/NIE,
RUT, DNI/CUIT/CUIL), supply points (CUPS) and meter serials, meter readings and smart-meter
consumption, tariffs and social tariffs (bono social, tarifa social, subsidio de agua) with
household income and household members, SEPA direct debit, CBU, cards, Mercado Pago and Webpay
payments, payment plans for arrears, outage and leak reports (addresses, GPS, free text),
move-in/move-out, a priority-services register for customers who depend on medical equipment
(electrodependientes), support chat, SMS/IVR/WhatsApp webhooks, technician work orders, e-mail
delivery webhooks, ad-platform conversion events, B2B accounts (group calls), warehouse
reverse-ETL identifies, aliases, pages and screens. Contexts of analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics-flutter and the python, node, go, java, ruby,
php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; roughly a quarter of the non-context
keys use other conventions real customers have: PascalCase (.NET billing and CRM, Twilio-shaped
webhooks), kebab-case (a Node outage service), SCREAMING_SNAKE (warehouse reverse-ETL) and Spanish
keys (PHP, Ruby and Go back ends in Spain, Chile and Argentina). Values are generated per event
for one country (es-ES, es-CL, es-AR): Spanish two-surname names and names of immigrant
communities (Moroccan, Romanian, Chinese, Ukrainian, Senegalese, Haitian, Venezuelan, Pakistani,
Filipino ...), national phone formats, addresses with floor/door or depto, postal codes (5-digit,
7-digit, CPA). Ids carry valid checksums: DNI/NIE letters (mod 23), RUT (mod 11, incl. K),
CUIT/CUIL (mod 11), CUPS control letters (mod 529), Spanish IBANs with correct national check
digits and mod-97, CBU with both check digits, company CIFs, Luhn card numbers.

Labelling rules (Privacy Portal default colours):
- Each leaf path: classification, type (the reference's matcher name, or national id, bank account,
  geolocation, token/secret, health id, advertising id, credit card, password, ip; `a|b` when
  either is fair), value_only (the key does not say what the value is).
- PII = personal data about a natural person: the customer, household members, co-holders, new
  tenants, landlords, caregivers, staff (technicians, agents, crew leads), business contacts.
  Colours: reference default; outside the reference, red for credentials/secrets, card numbers,
  bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we issue (user, account, contract, invoice, order, mandate, plan ids), versions,
  timestamps and dates of events (move dates, document expiry), hashes of non-PII, amounts and
  kWh/m3, enums, counters and booleans under PII-sounding keys (emailVerified, hasIban,
  passwordStrength), product/tariff/company/insurer names, places that are not the person's,
  country/province/region/locale/timezone/currency, user agents, OS-issued device ids (IDFV,
  Android id). Card brand, last four, BIN, expiry, BIC and bank names are green.
- Special categories as booleans/enums: dependence on medical equipment (electrodependiente),
  the equipment used and a diagnosis are health (`condition`/`diagnosis`, yellow as in the
  reference); disability degree or certificate, visual impairment: `disability` (red); Malvinas
  veteran status: `veteran` (red).
- Contested cases follow the product's published policy (customer/contract numbers green;
  insurer member numbers `identification` yellow; pay and household income `salary` yellow;
  click ids gclid/fbclid/fbp/fbc `advertising id` yellow; billing/shipping/installation
  addresses of the person `address` yellow; card/payment tokens (pm_, MP card tokens),
  one-time codes and sign-in/reset links' tokens red `token|secret`; health-card numbers red
  `health id`; identity-document numbers red `national id`; UUID session tokens green;
  e-mail Message-IDs green; a business's own phone/e-mail/address and role mailboxes green).
- Decisions for this domain (where no rule settles it; what a careful privacy owner would flag):
  * CUPS (supply-point code) is an identifier the grid operator issues, like a contract number:
    green. A meter's serial number identifies a device in the person's home, like a VIN:
    yellow `serial`.
  * A company's tax id (CIF, RUT 76.xxx, CUIT 30-) is green; a person's CUIT/CUIL/RUT/NIF is red
    `national id`. A CBU alias points to one person's bank account: red `bank account`.
  * Photos of meters and leaks are not photos of a person: green; avatars and ID-check selfies
    are yellow `photo`.
  * Outage-map viewport coordinates and the reference of a leak in a public street are places
    that are not the person's: green. GPS attached to a report from the person's phone and
    context.location are yellow `geolocation`.
  * Hashed e-mail/phone sent to ad platforms for matching (sha256, Conversions API) stay
    personal: yellow `email` / `phone`, not value_only (the key says what was hashed).
  * A device push token is red `token` (as in the main corpus).
  * A masked IBAN that shows only the last four digits is green, like a card's last four.
  * A Webpay/Redsys authorization code is a bank's transaction approval code: green.
  * Staff work e-mails of named people are yellow `email`; role mailboxes are green.
  * The Twilio `From` of an inbound call/SMS is the caller's phone (value_only: the key does not
    say phone); `To` is our own number: green.
- value_only: true when the leaf key (read with its parent, e.g. `identification.number`) does
  not say what the value is. A value_only PII path holds that PII in every value; free text is
  labelled by what every one of its values carries, and is green when none carries PII.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import UAS, Fake

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

FIRST = {
    "ES": [
        "Lucía",
        "Javier",
        "Carmen",
        "Alejandro",
        "María José",
        "Nuria",
        "Iker",
        "Ainhoa",
        "Jordi",
        "Montserrat",
        "Pablo",
        "Rocío",
        "Sergio",
        "Inmaculada",
        "Xabier",
    ],
    "CL": [
        "Constanza",
        "Benjamín",
        "Catalina",
        "Matías",
        "Javiera",
        "Cristóbal",
        "Francisca",
        "Vicente",
        "Josefa",
        "Ignacio",
        "Millaray",
    ],
    "AR": [
        "Valentina",
        "Santiago",
        "Florencia",
        "Facundo",
        "Agustina",
        "Nicolás",
        "Milagros",
        "Thiago",
        "Julieta",
        "Lautaro",
        "Graciela",
    ],
    "XX": [
        "Mohamed",
        "Fatima Zahra",
        "Ionuț",
        "Andreea",
        "Wei",
        "Xiaoling",
        "Oleksandr",
        "Yulia",
        "Mamadou",
        "Aminata",
        "Jean-Baptiste",
        "Daniela",
        "Muhammad",
        "Ayesha",
        "Rodel",
        "Youssef",
        "Wilfredo",
        "Nadia",
    ],
}
LAST = {
    "ES": [
        "García",
        "Fernández",
        "González",
        "Rodríguez",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Núñez",
        "Etxeberria",
        "Puig",
        "Ferrer",
        "Castro",
        "Ortega",
    ],
    "CL": [
        "Muñoz",
        "Rojas",
        "Díaz",
        "Soto",
        "Contreras",
        "Silva",
        "Araya",
        "Fuentes",
        "Vásquez",
        "Huenchumilla",
        "Catrileo",
    ],
    "AR": [
        "Álvarez",
        "Benítez",
        "Romero",
        "Sosa",
        "Acosta",
        "Gómez",
        "Fernández",
        "Ruiz",
        "Giménez",
        "Rossi",
        "Mamani",
    ],
    "XX": [
        "El Amrani",
        "Benali",
        "Popescu",
        "Ionescu",
        "Wang",
        "Li",
        "Kovalenko",
        "Diallo",
        "Ndiaye",
        "Joseph",
        "Hussain",
        "Quispe",
        "Dela Cruz",
        "Mendoza",
    ],
}
PLACES = {
    "ES": [
        ("Madrid", "28", "Madrid"),
        ("Barcelona", "08", "Barcelona"),
        ("Valencia", "46", "Valencia"),
        ("Sevilla", "41", "Sevilla"),
        ("Bilbao", "48", "Bizkaia"),
        ("Zaragoza", "50", "Zaragoza"),
        ("Málaga", "29", "Málaga"),
        ("Vigo", "36", "Pontevedra"),
        ("Palma", "07", "Illes Balears"),
    ],
    "CL": [
        ("Providencia", "75", "Región Metropolitana"),
        ("Ñuñoa", "77", "Región Metropolitana"),
        ("Maipú", "92", "Región Metropolitana"),
        ("Puente Alto", "81", "Región Metropolitana"),
        ("Viña del Mar", "25", "Valparaíso"),
        ("Concepción", "40", "Biobío"),
        ("Temuco", "48", "La Araucanía"),
        ("Antofagasta", "12", "Antofagasta"),
    ],
    "AR": [
        ("CABA", "C", "Ciudad Autónoma de Buenos Aires"),
        ("Córdoba", "X", "Córdoba"),
        ("Rosario", "S", "Santa Fe"),
        ("Mendoza", "M", "Mendoza"),
        ("La Plata", "B", "Buenos Aires"),
        ("Mar del Plata", "B", "Buenos Aires"),
        ("San Miguel de Tucumán", "T", "Tucumán"),
    ],
}
STREETS = {
    "ES": [
        "Calle de Alcalá",
        "Calle Mayor",
        "Avinguda Diagonal",
        "Gran Vía",
        "Paseo de la Castellana",
        "Calle San Vicente Mártir",
        "Calle Larios",
        "Rúa do Príncipe",
        "Carrer de Balmes",
        "Calle Iparraguirre",
        "C/ Sol",
    ],
    "CL": [
        "Av. Providencia",
        "Av. Irarrázaval",
        "Los Leones",
        "Av. Pajaritos",
        "Calle Freire",
        "Av. Alemania",
        "Pasaje Los Aromos",
        "Av. Concha y Toro",
    ],
    "AR": [
        "Av. Corrientes",
        "Av. Santa Fe",
        "Calle 7",
        "Bv. San Juan",
        "Av. Pellegrini",
        "Av. San Martín",
        "Rivadavia",
        "Av. Colón",
    ],
}
LOCALE = {"ES": ["es-ES", "es-ES", "ca-ES", "en-GB"], "CL": ["es-CL", "es-419"], "AR": ["es-AR", "es-419"]}
TZ = {"ES": "Europe/Madrid", "CL": "America/Santiago", "AR": "America/Argentina/Buenos_Aires"}
CURRENCY = {"ES": "EUR", "CL": "CLP", "AR": "ARS"}
DOMAIN = {
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com"],
    "CL": ["gmail.com", "hotmail.com", "live.cl", "yahoo.com", "outlook.com"],
    "AR": ["gmail.com", "hotmail.com", "yahoo.com.ar", "fibertel.com.ar", "outlook.com"],
}
OWN_PHONE = {"ES": "900 100 251", "CL": "600 600 1234", "AR": "0800-333-4567"}
OWN_PHONE_E164 = {"ES": "+34900100251", "CL": "+56226001234", "AR": "+5408003334567"}
SITE = {
    "ES": "https://oficinavirtual.aurora-energia.example",
    "CL": "https://sucursal.aurora.example/cl",
    "AR": "https://oficinavirtual.aurora.example/ar",
}
TARIFFS = {
    "ES": ["PVPC 2.0TD", "Tarifa Estable Luz", "Aurora Noche", "Gas RL.1", "Gas RL.2", "Plan Solar Compensa"],
    "CL": ["BT1", "BT2", "BT4.3", "TRE Hogar", "Agua Potable Residencial"],
    "AR": ["T1-R1", "T1-R2", "T1-R3", "Residencial R4", "Gas R2-1"],
}
DISTRIBUTORS = {
    "ES": ["i-DE", "e-distribución", "UFD", "Nedgia", "Canal de Isabel II"],
    "CL": ["Enel Distribución Chile", "CGE", "Aguas Andinas", "Esval", "Metrogas"],
    "AR": ["Edenor", "Edesur", "EPEC", "AySA", "Metrogas AR"],
}
BANKS_ES = [("2100", "CaixaBank", "CAIXESBBXXX"), ("0049", "Banco Santander", "BSCHESMMXXX"),
            ("0182", "BBVA", "BBVAESMMXXX"), ("0081", "Banco Sabadell", "BSABESBBXXX"),
            ("0128", "Bankinter", "BKBKESMMXXX"), ("2080", "Abanca", "CAGLESMMXXX")]  # fmt: skip
BANKS_AR = [("007", "Banco Galicia"), ("011", "Banco Nación"), ("017", "BBVA Argentina"),
            ("072", "Santander Argentina"), ("285", "Banco Macro"), ("014", "Banco Provincia")]  # fmt: skip
BANKS_CL = ["BancoEstado", "Banco de Chile", "Santander Chile", "BCI", "Scotiabank Chile", "Banco Falabella"]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class UFake(Fake):
    """Fake with per-event country state (`cc`, `place`) and generators for ES/CL/AR data."""

    cc = "ES"
    place = PLACES["ES"][0]

    def start(self, cc=None):
        self.cc = cc or self.pick(["ES", "ES", "ES", "CL", "CL", "AR", "AR"])
        self.place = self.pick(PLACES[self.cc])

    # -- people ------------------------------------------------------------------------------------
    def first(self):
        return self.pick(FIRST["XX"] if self.r.random() < 0.22 else FIRST[self.cc])

    def last(self):
        pool = LAST["XX"] if self.r.random() < 0.2 else LAST[self.cc]
        if self.cc in ("ES", "CL") and self.r.random() < 0.7:
            return f"{self.pick(pool)} {self.pick(LAST[self.cc])}"
        return self.pick(pool)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first = strip_accents(self.pick(FIRST[self.cc] + FIRST["XX"])).lower().replace(" ", "")
        last = strip_accents(self.pick(LAST[self.cc])).lower().replace(" ", "")
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(DOMAIN[self.cc])}"

    def phone(self, style=None):
        d = self.digits
        if self.cc == "ES":
            n = self.pick(["6", "7"]) + d(8)
            return self.pick(
                [f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n, f"+34{n}", f"{n[:3]} {n[3:6]} {n[6:]}"]
            )
        if self.cc == "CL":
            n = "9" + d(8)
            return self.pick([f"+56 9 {n[1:5]} {n[5:]}", f"+56{n}", f"9 {n[1:5]} {n[5:]}", f"(+56) {n}"])
        area, rest = self.pick([("11", 8), ("351", 7), ("341", 7), ("261", 7), ("221", 7)])
        n = d(rest)
        return self.pick(
            [
                f"+54 9 {area} {n[:-4]}-{n[-4:]}",
                f"{area} {n[:-4]}-{n[-4:]}",
                f"+549{area}{n}",
                f"0{area} 15-{n[:-4]}-{n[-4:]}",
            ]
        )

    def msisdn(self):
        """A mobile number as WhatsApp's wa_id carries it: country code and digits only."""
        if self.cc == "ES":
            return "34" + self.pick(["6", "7"]) + self.digits(8)
        if self.cc == "CL":
            return "569" + self.digits(8)
        return "549" + self.pick(["11" + self.digits(8), "351" + self.digits(7), "261" + self.digits(7)])

    def landline(self):
        if self.cc == "ES":
            return (
                self.pick(["91", "93", "96", "95", "94"])
                + " "
                + f"{self.digits(3)} {self.digits(2)} {self.digits(2)}"
            )
        if self.cc == "CL":
            return f"+56 2 {self.digits(4)} {self.digits(4)}"
        return f"011 {self.digits(4)}-{self.digits(4)}"

    # -- government ids -----------------------------------------------------------------------------
    def dni_es(self):
        n = self.r.randint(1_000_000, 79_999_999)
        return f"{n:08d}{DNI_LETTERS[n % 23]}"

    def nie(self):
        p = self.r.randint(0, 2)
        n = self.r.randint(0, 9_999_999)
        return f"{'XYZ'[p]}{n:07d}{DNI_LETTERS[int(f'{p}{n:07d}') % 23]}"

    def rut(self, body=None, fmt=None):
        body = body or self.r.randint(5_000_000, 26_999_999)
        total, factor = 0, 2
        for c in reversed(str(body)):
            total += int(c) * factor
            factor = 2 if factor == 7 else factor + 1
        dv = {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11))
        fmt = fmt or self.pick(["dots", "dash", "plain"])
        if fmt == "dots":
            return f"{body:,}".replace(",", ".") + "-" + dv
        if fmt == "dash":
            return f"{body}-{dv}"
        return f"{body}{dv}"

    def dni_ar(self, dotted=None):
        n = self.r.randint(10_000_000, 46_999_999)
        dotted = self.r.random() < 0.4 if dotted is None else dotted
        return f"{n:,}".replace(",", ".") if dotted else str(n)

    def cuit(self, prefixes=("20", "27", "23", "24"), dashed=None):
        while True:
            body = self.pick(list(prefixes)) + f"{self.r.randint(10_000_000, 46_999_999)}"
            s = sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
            dv = 11 - s % 11
            if dv == 10:
                continue
            dv = 0 if dv == 11 else dv
            dashed = self.r.random() < 0.6 if dashed is None else dashed
            return f"{body[:2]}-{body[2:]}-{dv}" if dashed else f"{body}{dv}"

    def national_id(self):
        if self.cc == "ES":
            return self.dni_es() if self.r.random() < 0.78 else self.nie()
        if self.cc == "CL":
            return self.rut()
        return self.dni_ar()

    def doc_type(self):
        if self.cc == "ES":
            return self.pick(["DNI", "NIE", "DNI", "PASAPORTE"])
        if self.cc == "CL":
            return self.pick(["RUT", "RUN", "PASAPORTE"])
        return self.pick(["DNI", "CUIL", "CUIT", "PASAPORTE"])

    def personal_tax_id(self):
        """NIF (= DNI/NIE) in Spain, RUT in Chile, CUIT/CUIL in Argentina."""
        if self.cc == "AR":
            return self.cuit()
        return self.national_id()

    def company_tax_id(self):
        if self.cc == "ES":
            digits = self.digits(7)
            s = sum(int(c) for c in digits[1::2])
            for c in digits[0::2]:
                s += sum(int(x) for x in str(int(c) * 2))
            return self.pick(["B", "A", "H"]) + digits + str((10 - s % 10) % 10)
        if self.cc == "CL":
            return self.rut(body=self.r.randint(76_000_000, 77_999_999), fmt="dots")
        return self.cuit(prefixes=("30", "33"))

    # -- places -------------------------------------------------------------------------------------
    def city(self):
        return self.place[0]

    def province(self):
        return self.place[2]

    def zip(self):
        pre = self.place[1]
        if self.cc == "ES":
            return pre + f"{self.r.randint(1, 80):03d}"
        if self.cc == "CL":
            return pre + self.digits(5)
        letters = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return f"{pre}{self.r.randint(1000, 1999) if pre == 'C' else self.r.randint(1600, 9400)}{letters}"

    def street(self):
        return f"{self.pick(STREETS[self.cc])} {self.r.randint(1, 2400)}"

    def unit(self):
        if self.cc == "ES":
            return self.pick(
                [
                    f"{self.r.randint(1, 9)}º {self.pick('ABCD')}",
                    "Bajo",
                    f"{self.r.randint(1, 6)}-{self.r.randint(1, 4)}",
                    "Ático",
                ]
            )
        if self.cc == "CL":
            return self.pick(
                [
                    f"Depto {self.r.randint(101, 2208)}",
                    f"Casa {self.r.randint(1, 40)}",
                    f"Dpto. {self.r.randint(11, 99)}",
                ]
            )
        return self.pick(
            [
                f"Piso {self.r.randint(1, 14)} Dto {self.pick('ABCDEF')}",
                f"{self.r.randint(1, 9)}° {self.pick('ABC')}",
                "PB",
            ]
        )

    def full_address(self):
        return f"{self.street()}, {self.unit()}, {self.zip()} {self.city()}"

    def lat(self):
        base = {"ES": (36.5, 43.3), "CL": (-38.8, -23.6), "AR": (-38.1, -26.8)}[self.cc]
        return round(self.r.uniform(*base), 6)

    def lon(self):
        base = {"ES": (-8.6, 3.2), "CL": (-73.1, -70.3), "AR": (-68.9, -57.5)}[self.cc]
        return round(self.r.uniform(*base), 6)

    # -- utility -----------------------------------------------------------------------------------
    def cups(self, kind=None):
        dist = self.pick(["0021", "0031", "0022", "0026", "0230", "0217"])
        body = dist + self.digits(12)
        n = int(body) % 529
        ctrl = DNI_LETTERS[n // 23] + DNI_LETTERS[n % 23]
        return "ES" + body + ctrl + (self.pick(["", "", "0F", "1P"]) if kind is None else kind)

    def supply_id(self):
        """The supply identifier each country uses: CUPS in Spain, número de cliente elsewhere."""
        if self.cc == "ES":
            return self.cups()
        if self.cc == "CL":
            return f"{self.r.randint(100000, 9999999)}-{self.r.randint(0, 9)}"
        return self.digits(10)

    def meter_serial(self):
        return self.pick(["ZIV", "SAG", "CIR", "ORB", "LGZ", "KFM", "ITR", "ELS"]) + self.digits(
            self.pick([8, 10])
        )

    def tariff(self):
        return self.pick(TARIFFS[self.cc])

    def currency(self):
        return CURRENCY[self.cc]

    def amount(self, lo=1.0, hi=1.0):
        if self.cc == "ES":
            return round(self.r.uniform(18 * lo, 240 * hi), 2)
        if self.cc == "CL":
            return self.r.randint(int(9000 * lo), int(140000 * hi))
        return round(self.r.uniform(6000 * lo, 160000 * hi), 2)

    def household_income(self):
        if self.cc == "ES":
            return self.r.randint(6, 40) * 1000
        if self.cc == "CL":
            return self.r.randint(250, 1400) * 1000
        return self.r.randint(180, 1600) * 1000

    # -- payments ----------------------------------------------------------------------------------
    def iban_es(self):
        bank, _, _ = self.pick(BANKS_ES)
        branch, account = self.digits(4), f"{self.r.randint(0, 9_999_999_999):010d}"

        def dc(ten):
            s = sum(int(c) * w for c, w in zip(ten, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6], strict=True))
            d = 11 - s % 11
            return {11: 0, 10: 1}.get(d, d)

        bban = f"{bank}{branch}{dc('00' + bank + branch)}{dc(account)}{account}"
        check = 98 - int("".join(str(int(c, 36)) for c in bban + "ES00")) % 97
        raw = f"ES{check:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, 24, 4)) if self.r.random() < 0.5 else raw

    def cbu(self):
        bank, _ = self.pick(BANKS_AR)
        b1 = bank + self.digits(4)
        dv1 = (10 - sum(int(c) * w for c, w in zip(b1, [7, 1, 3, 9, 7, 1, 3], strict=True)) % 10) % 10
        acc = f"{self.r.randint(0, 10**13 - 1):013d}"
        weights = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
        dv2 = (10 - sum(int(c) * w for c, w in zip(acc, weights, strict=True)) % 10) % 10
        return f"{b1}{dv1}{acc}{dv2}"

    def cl_account(self):
        return self.pick(
            [str(self.r.randint(5_000_000, 26_999_999)), self.digits(10), "00-" + self.digits(9)]
        )

    def bank_account(self):
        if self.cc == "ES":
            return self.iban_es()
        if self.cc == "CL":
            return self.cl_account()
        return self.cbu()

    def token(self, n=43):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def sha256(self):
        return self.hexid(64)

    def date(self, start=1940, end=2006):
        return super().date(start, end)

    def day(self, year=2024):
        return f"{year}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


# -- free text ------------------------------------------------------------------------------------


def leak_description(f: UFake) -> str:
    p = f.phone()
    return f.pick(
        [
            f"Sale agua por debajo del contador desde anoche. Mi móvil es {p}.",
            f"Charco grande en la entrada del garaje, llamen al {p} antes de venir",
            f"Se oye correr el agua aunque todo está cerrado. Contacto: {p}",
            f"Mancha de humedad junto al medidor; estoy en casa por la tarde ({p})",
            f"Fuga en la llave de paso, urgente!! tel {p}",
            f"Water leaking from the meter box, please call me on {p}",
        ]
    )


def chat_text(f: UFake) -> str:
    e = f.email()
    return f.pick(
        [
            f"Hola, no me llegan las facturas a {e}, ¿pueden revisarlo?",
            f"Quiero cambiar el correo de contacto a {e}",
            f"Por favor envíen el certificado de deuda a {e}",
            f"mi correo es {e} y no puedo entrar a la oficina virtual",
            f"Hi, I'm locked out, my login is {e}",
            f"Buenas, soy la titular. Respóndanme a {e} gracias",
        ]
    )


def plan_note(f: UFake) -> str:
    n = f.full_name()
    return f.pick(
        [
            f"Habló con {n}, acepta plan de {f.r.randint(3, 12)} cuotas",
            f"Titular ({n}) solicita posponer la primera cuota",
            f"Llamó {n} (hija del titular) para negociar la deuda",
            f"Acuerdo verbal con {n}; enviar condiciones por correo",
            f"{n} pide quitar recargos por mora",
        ]
    )


OUTAGE_COMMENTS = [
    "Sin luz en todo el edificio desde las 14:00",
    "Se escuchó un estallido en el transformador de la esquina",
    "Parpadeos de tensión toda la mañana",
    "Cables colgando del poste, peligro",
    "Solo falla una fase, media casa sin luz",
    "",
]
ACCESS_NOTES = [
    "Contador en el cuarto de contadores, planta baja",
    "Hay un perro (Toby), es tranquilo",
    "Llave en conserjería",
    "Portón verde, tocar timbre B",
    "Medidor en la vereda, la tapa está rota",
    "",
]
NPS_COMMENTS = [
    "La app va muy lenta al cargar las facturas",
    "Muy buena atención",
    "No entiendo el desglose de la factura",
    "El técnico llegó puntual",
    "Deberían avisar antes de los cortes programados",
    "",
]
SERVICES = [
    ("SRV-TERMO-01", "Termostato inteligente Netatmo", "Hogar conectado", 179.0),
    ("SRV-CALD-REV", "Revisión anual de caldera", "Mantenimiento", 89.0),
    ("SRV-SOLAR-3K", "Instalación placas solares 3 kWp", "Autoconsumo", 4290.0),
    ("SRV-WBX-PP", "Cargador VE Wallbox Pulsar Plus", "Movilidad eléctrica", 899.0),
    ("SRV-MANT-ELEC", "Servicio de mantenimiento eléctrico", "Mantenimiento", 7.95),
    ("SRV-BAT-VIRT", "Batería virtual Solar Cloud", "Autoconsumo", 2.5),
]
MED_EQUIPMENT = [
    "oxygen_concentrator",
    "home_ventilator",
    "peritoneal_dialysis",
    "infusion_pump",
    "cpap",
    "enteral_feeding_pump",
]
DIAGNOSES = ["EPOC", "ELA", "Atrofia muscular espinal", "Fibrosis quística", "Insuficiencia renal crónica"]


# -- contexts -------------------------------------------------------------------------------------


def ctx_traits():
    return {
        "email": Y(lambda f: f.email(), "email"),
        "name": Y(lambda f: f.full_name(), "name"),
        "customerNumber": G(lambda f: "CC" + f.digits(9)),
    }


PAGES = [
    ("/", "Inicio"),
    ("/mi-cuenta", "Mi cuenta"),
    ("/facturas", "Mis facturas"),
    ("/consumo", "Mi consumo"),
    ("/bono-social", "Bono social"),
    ("/averias", "Averías y cortes"),
    ("/mudanza", "Mudanza"),
    ("/pagos", "Pagos"),
]


def web_context(f: UFake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.bing.com/",
                        "android-app://com.google.android.gm/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=newsletter&utm_medium=email", "?ref=factura", "?tab=historial"]
                )
            ),
            "title": G(lambda f: f.pick(PAGES)[1] + " | Aurora"),
            "url": G(lambda f: SITE[f.cc] + f.pick(PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "8", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["factura_digital", "bono_social_2024", "solar_primavera", "reactivacion"])
            ),
            "source": G(lambda f: f.pick(["google", "newsletter", "facebook", "sms"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "sms"])),
            "term": G(lambda f: f.pick(["tarifa luz", "bono social requisitos", "placas solares precio"])),
            "content": G(lambda f: f.pick(["banner_a", "cta_footer", "textlink"])),
        },
    }


def swift_context(f: UFake):
    return {
        "app": {
            "name": G(lambda f: "Aurora"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6502"])),
            "namespace": G(lambda f: "com.aurora.clientes"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
            "density": G(lambda f: 3),
        },
        "timezone": G(lambda f: TZ[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": ctx_traits(),
    }


def kotlin_context(f: UFake):
    return {
        "app": {
            "name": G(lambda f: "Aurora"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["640012", "641003", "650001"])),
            "namespace": G(lambda f: "com.aurora.clientes"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "motorola", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Redmi Note 12", "moto g84 5G", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "bangkk", "lynx"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: 0.0),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: {"ES": "Movistar", "CL": "Entel", "AR": "Personal"}[f.cc]),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: TZ[f.cc]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": ctx_traits(),
    }


def rn_context(f: UFake):
    return {
        "app": {
            "name": G(lambda f: "Aurora Agua"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.4", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "324", "330"])),
            "namespace": G(lambda f: "com.aurora.agua"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A145M", "moto e13"])),
            "name": G(lambda f: f.pick(["iPhone", "a14", "fogos"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.18.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "traits": ctx_traits(),
    }


def flutter_context(f: UFake):
    return {
        "app": {
            "name": G(lambda f: "Aurora Lecturas"),
            "version": G(lambda f: f.pick(["2.0.3", "2.1.0", "2.1.1"])),
            "build": G(lambda f: f.pick(["47", "51", "52"])),
            "namespace": G(lambda f: "com.aurora.lecturas"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-G991B", "iPhone14,7", "ELS-NX9"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics-flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["13", "17.2", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([411, 390])), "height": G(lambda f: f.pick([891, 844]))},
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
        },
    }


SERVER_VERSIONS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(client: str):
    def make(f: UFake):
        name, versions = SERVER_VERSIONS[client]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if client in ("python", "node", "php"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if client == "node":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client == "ruby":
            ctx["active"] = G(lambda f: f.pick([True, False]))
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "mobile": None,
    **{c: server_context(c) for c in SERVER_VERSIONS},
}


# -- events ---------------------------------------------------------------------------------------


def address_block():
    return {
        "street": Y(lambda f: f.street(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "state": G(lambda f: f.province()),
        "postalCode": Y(lambda f: f.zip(), "zipcode"),
        "country": G(lambda f: f.cc),
    }


def service_item():
    return {
        "product_id": G(lambda f: f.pick(SERVICES)[0]),
        "sku": G(lambda f: f.pick(SERVICES)[0] + "-" + f.pick(["ES", "CL", "AR"])),
        "name": G(lambda f: f.pick(SERVICES)[1]),
        "category": G(lambda f: f.pick(SERVICES)[2]),
        "price": G(lambda f: f.pick(SERVICES)[3]),
        "quantity": G(lambda f: f.r.randint(1, 2)),
        "brand": G(lambda f: f.pick(["Netatmo", "Wallbox", "Aurora", "Junkers"])),
    }


EVENTS = [
    # -- identify ----------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        2,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "documentType": G(lambda f: f.doc_type()),
            "documentNumber": RED(lambda f: f.national_id(), "national id"),
            "birthday": Y(lambda f: f.date(), "birthdate"),
            "customerType": G(lambda f: f.pick(["residential", "business", "community"])),
            "preferredLanguage": G(lambda f: f.pick(["es", "ca", "eu", "gl", "en"])),
            "country": G(lambda f: f.cc),
            "createdAt": G(lambda f: f.iso()),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "accountNumber": G(lambda f: "CC" + f.digits(9)),
            "supplyCount": G(lambda f: f.r.randint(1, 4)),
            "address": address_block(),
        },
    ),
    (
        "identify",
        None,
        "mobile",
        2,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "avatarUrl": Y(lambda f: f"https://cdn.aurora.example/avatars/{f.hexid(16)}.jpg", "photo"),
            "hasSmartMeter": G(lambda f: f.pick([True, False])),
            "paperlessBilling": G(lambda f: f.pick([True, False])),
            "contractsCount": G(lambda f: f.r.randint(1, 5)),
            "lastLoginAt": G(lambda f: f.iso()),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "biometricLogin": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(19, 88)),
        },
    ),
    (
        "identify",
        None,
        "python",
        2,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "MOBILE_PHONE": Y(lambda f: f.phone(), "phone"),
            "SUPPLY_ADDRESS": Y(lambda f: f.full_address(), "address"),
            "POSTAL_CODE": Y(lambda f: f.zip(), "zipcode"),
            "MUNICIPALITY": Y(lambda f: f.city(), "city"),
            "PROVINCE": G(lambda f: f.province()),
            "TARIFF_CODE": G(lambda f: f.tariff()),
            "ARREARS_BALANCE": G(lambda f: f.pick([0, 0, f.amount()])),
            "IS_VULNERABLE_CUSTOMER": G(lambda f: f.pick([True, False, False])),
            "DATE_OF_BIRTH": Y(lambda f: f.date(), "birthdate"),
            "LIFETIME_VALUE": G(lambda f: f.amount(5, 20)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LAST_READING_DATE": G(lambda f: f.day()),
            "CUSTOMER_SEGMENT": G(lambda f: f.pick(["hogar", "pyme", "gran_cuenta", "comunidad"])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        1,
        {
            "CustomerNumber": G(lambda f: "C" + f.digits(9)),
            "FullName": Y(lambda f: f.full_name(), "name"),
            "Email": Y(lambda f: f.email(), "email"),
            "Nif": RED(lambda f: f.personal_tax_id(), "national id"),
            "MobilePhone": Y(lambda f: f.phone(), "phone"),
            "HomePhone": Y(lambda f: f.landline(), "phone"),
            "PreferredContactChannel": G(lambda f: f.pick(["Email", "Sms", "Phone", "Post"])),
            "IsElectroDependent": Y(lambda f: f.pick([True, False]), "condition"),
            "MaritalStatus": G(lambda f: f.pick(["Single", "Married", "Divorced", "Widowed"])),
            "Employer": G(lambda f: f.pick(["Mercadona", "Codelco", "YPF", "Inditex", "Self-employed"])),
            "CreditScore": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "CustomerSince": G(lambda f: f.day(f.r.randint(2005, 2023))),
            "OpenTickets": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "identify",
        None,
        "php",
        1,
        {
            "nombre": Y(lambda f: f.first(), "name"),
            "apellidos": Y(lambda f: f.last(), "name"),
            "correo_electronico": Y(lambda f: f.email(), "email"),
            "telefono_movil": Y(lambda f: f.phone(), "phone"),
            "nif": RED(lambda f: f.personal_tax_id(), "national id"),
            "fecha_nacimiento": Y(lambda f: f.date(), "birthdate"),
            "direccion": Y(lambda f: f"{f.street()}, {f.unit()}", "address"),
            "codigo_postal": Y(lambda f: f.zip(), "zipcode"),
            "municipio": Y(lambda f: f.city(), "city"),
            "provincia": G(lambda f: f.province()),
            "idioma": G(lambda f: f.pick(["es", "ca", "eu", "gl"])),
            "tipo_cliente": G(lambda f: f.pick(["particular", "autonomo", "empresa"])),
            "fecha_alta": G(lambda f: f.day(f.r.randint(2010, 2024))),
            "consentimiento_comercial": G(lambda f: f.pick([True, False])),
            "numero_contrato": G(lambda f: f.digits(10)),
            "nacionalidad": Y(
                lambda f: f.pick(["española", "marroquí", "rumana", "colombiana", "china"]), "citizenship"
            ),
            "sexo": Y(lambda f: f.pick(["M", "H", "X"]), "gender|sex"),
        },
    ),
    # -- group (business accounts) -----------------------------------------------------------------
    (
        "group",
        None,
        "web",
        1,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Panadería La Espiga SL",
                        "Ferretería Los Andes SpA",
                        "Kiosco El Trébol SRL",
                        "Comunidad de Propietarios C/ Sol 14",
                        "Restaurante Casa Lola SL",
                    ]
                )
            ),
            "industry": G(
                lambda f: f.pick(["hospitality", "retail", "manufacturing", "residential_community"])
            ),
            "employees": G(lambda f: f.r.randint(1, 250)),
            "plan": G(lambda f: f.pick(["Pyme Luz", "Empresa 3.0TD", "Comunidad Agua"])),
            "taxId": G(lambda f: f.company_tax_id()),
            "billingEmail": G(
                lambda f: (
                    f.pick(["facturacion", "administracion", "contabilidad"])
                    + "@"
                    + f.pick(["laespiga.es", "ferreteriaandes.cl", "kioscotrebol.com.ar"])
                )
            ),
            "officePhone": G(lambda f: f.landline()),
            "registeredAddress": {
                "street": G(lambda f: f.street()),
                "city": G(lambda f: f.city()),
                "postalCode": G(lambda f: f.zip()),
            },
            "supplyPoints": G(lambda f: f.r.randint(1, 30)),
            "accountManager": Y(lambda f: f.full_name(), "name"),
            "contactPerson": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "jobTitle": G(
                    lambda f: f.pick(
                        ["Gerente", "Administradora", "Presidente de la comunidad", "Jefe de mantenimiento"]
                    )
                ),
            },
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    # -- pages and screens -------------------------------------------------------------------------
    (
        "page",
        None,
        "web",
        3,
        {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "url": G(lambda f: SITE[f.cc] + f.pick(PAGES)[0]),
            "title": G(lambda f: f.pick(PAGES)[1] + " | Aurora"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", SITE[f.cc] + "/"])),
            "search": G(lambda f: f.pick(["", "?tab=pendientes", "?año=2024"])),
            "category": G(lambda f: f.pick(["cuenta", "facturacion", "servicios", "ayuda"])),
        },
    ),
    (
        "page",
        "Landing",
        "web",
        1,
        {
            "path": G(lambda f: f.pick(["/ofertas/solar", "/bono-social", "/tarifas"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.token(60), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.token(56), "advertising id"),
            "utm_campaign": G(lambda f: f.pick(["solar_primavera", "bono_social_2024", "tarifa_noche"])),
        },
    ),
    (
        "screen",
        None,
        "mobile",
        3,
        {
            "previous_screen": G(lambda f: f.pick(["Home", "Facturas", "Consumo", "Averías"])),
            "source": G(lambda f: f.pick(["tab_bar", "push", "deeplink", "home_card"])),
            "chart_type": G(lambda f: f.pick(["bars", "line", "none"])),
            "date_range": G(lambda f: f.pick(["7d", "30d", "12m"])),
        },
    ),
    (
        "alias",
        None,
        "web",
        1,
        {},
    ),
    # -- sign-up and authentication -----------------------------------------------------------------
    (
        "track",
        "Sign Up Started",
        "web",
        1,
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "clave_unica"])),
            "step": G(lambda f: f.r.randint(1, 4)),
            "referral_code": G(lambda f: "REF-" + f.hexid(6).upper()),
            "has_supply_number": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Account Created",
        "node",
        2,
        {
            "account_id": G(lambda f: f.uuid()),
            "customer_type": G(lambda f: f.pick(["residential", "business", "community"])),
            "document_type": G(lambda f: f.doc_type()),
            "document_number": RED(lambda f: f.national_id(), "national id"),
            "email_domain": G(lambda f: f.pick(DOMAIN[f.cc])),
            "signup_channel": G(lambda f: f.pick(["web", "ios", "android", "call_center"])),
            "country": G(lambda f: f.cc),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "tos_version": G(lambda f: f.pick(["2023-11", "2024-03", "2024-07"])),
            "password": RED(
                lambda f: f.pick(["Aurora2024!", "lucia1987", "Qw3rty!!", "Valencia.46"]) + f.digits(2),
                "password",
            ),
        },
    ),
    (
        "track",
        "Identity Document Validated",
        "java",
        1,
        {
            "documentType": G(lambda f: f.doc_type()),
            "documentNumber": RED(lambda f: f.national_id(), "national id"),
            "validationResult": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
            "provider": G(lambda f: f.pick(["Veriff", "Onfido", "Mati"])),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "documentExpiry": G(lambda f: f.day(f.r.randint(2025, 2034))),
            "birthDateOnDocument": Y(lambda f: f.date(), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["ESP", "CHL", "ARG", "VEN", "MAR", "PER", "HTI"]), "citizenship"
            ),
            "selfieUrl": Y(lambda f: f"https://kyc.aurora.example/selfies/{f.uuid()}.jpg", "photo"),
            "sessionId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Document Validation Failed",
        "web",
        1,
        {
            "field": G(lambda f: "numero_documento"),
            "error_code": G(lambda f: f.pick(["ALREADY_REGISTERED", "NAME_MISMATCH", "UNDERAGE"])),
            "input": RED(lambda f: f.national_id(), "national id", True),
            "attempt": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        "mobile",
        1,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "code": RED(lambda f: f.digits(6), "token|secret"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, True, False])),
            "seconds_to_enter": G(lambda f: f.r.randint(4, 120)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "ruby",
        1,
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_link": RED(lambda f: SITE[f.cc] + "/restablecer?t=" + f.token(), "token|secret", True),
            "expires_in_minutes": G(lambda f: f.pick([15, 30, 60])),
            "requested_ip": Y(lambda f: f.ipv4(), "ip"),
            "password_last_changed_days": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        "swift",
        1,
        {
            "link": RED(lambda f: "aurora://login?token=" + f.token(), "token|secret", True),
            "source": G(lambda f: f.pick(["mail_app", "gmail", "outlook"])),
            "link_age_seconds": G(lambda f: f.r.randint(5, 800)),
        },
    ),
    (
        "track",
        "Signed In",
        "mobile",
        2,
        {
            "login_method": G(lambda f: f.pick(["password", "face_id", "fingerprint", "magic_link"])),
            "remember_me": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    # -- supply points and meters -------------------------------------------------------------------
    (
        "track",
        "Supply Point Added",
        "rn",
        2,
        {
            "cups": G(lambda f: f.cups()),
            "supplyType": G(lambda f: f.pick(["electricity", "gas", "water"])),
            "distributor": G(lambda f: f.pick(DISTRIBUTORS[f.cc])),
            "meterNumber": Y(lambda f: f.meter_serial(), "serial"),
            "supplyAddress": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "floorDoor": Y(lambda f: f.unit(), "address"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
                "province": G(lambda f: f.province()),
            },
            "contractedPowerKw": G(lambda f: f.pick([3.3, 4.6, 5.75, 6.9])),
            "tariff": G(lambda f: f.tariff()),
            "isOwner": G(lambda f: f.pick([True, False])),
            "verifiedWithInvoice": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Meter Reading Submitted",
        "flutter",
        3,
        {
            "supply_id": G(lambda f: f.supply_id()),
            "meter_serial": Y(lambda f: f.meter_serial(), "serial"),
            "reading_value": G(lambda f: f.r.randint(100, 99999)),
            "reading_unit": G(lambda f: f.pick(["kWh", "m3", "m3"])),
            "reading_date": G(lambda f: f.day()),
            "photo_url": G(lambda f: f"https://lecturas.aurora.example/img/{f.uuid()}.jpg"),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
            "channel": G(lambda f: f.pick(["app_camera", "app_manual", "web"])),
            "estimated": G(lambda f: f.pick([True, False])),
            "previous_reading": G(lambda f: f.r.randint(100, 99999)),
            "consumption_since_last": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "Smart Meter Consumption Viewed",
        "swift",
        2,
        {
            "cups": G(lambda f: f.cups()),
            "period": G(lambda f: f.pick(["day", "week", "month", "billing_period"])),
            "granularity": G(lambda f: f.pick(["hourly", "daily", "monthly"])),
            "totalKwh": G(lambda f: round(f.r.uniform(3, 600), 2)),
            "peakKwh": G(lambda f: round(f.r.uniform(1, 200), 2)),
            "offPeakKwh": G(lambda f: round(f.r.uniform(1, 300), 2)),
            "hourlyKwh": Many(G(lambda f: round(f.r.uniform(0.05, 2.8), 3)), 24),
            "maxPowerKw": G(lambda f: round(f.r.uniform(0.8, 6.5), 2)),
            "comparedToSimilarHomes": G(lambda f: f.pick(["below", "similar", "above"])),
            "costEstimate": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Consumption Export Downloaded",
        "web",
        1,
        {
            "format": G(lambda f: f.pick(["csv", "xlsx", "pdf"])),
            "months": G(lambda f: f.pick([1, 6, 12, 24])),
            "file_name": G(lambda f: f"consumo_{f.cups('')}_{f.r.randint(2022, 2024)}.csv"),
            "file_sha256": G(lambda f: f.sha256()),
        },
    ),
    # -- tariffs, services, e-commerce ---------------------------------------------------------------
    (
        "track",
        "Tariff Compared",
        "web",
        1,
        {
            "current_tariff": G(lambda f: f.tariff()),
            "recommended_tariff": G(lambda f: f.tariff()),
            "annual_savings": G(lambda f: f.amount()),
            "consumption_profile": G(lambda f: f.pick(["night_owl", "home_worker", "standard", "ev_owner"])),
            "simulator_version": G(lambda f: f.pick(["2.3.0", "2.4.1", "2.4.2"])),
        },
    ),
    (
        "track",
        "Tariff Changed",
        "python",
        1,
        {
            "contract_id": G(lambda f: f.digits(10)),
            "old_tariff": G(lambda f: f.tariff()),
            "new_tariff": G(lambda f: f.tariff()),
            "effective_date": G(lambda f: f.day(2024)),
            "power_p1_kw": G(lambda f: f.pick([3.45, 4.6, 5.75])),
            "power_p2_kw": G(lambda f: f.pick([3.45, 4.6, 5.75])),
            "channel": G(lambda f: f.pick(["web", "app", "phone"])),
            "agent_id": G(lambda f: "AG" + f.digits(5)),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        1,
        {
            "query": G(
                lambda f: f.pick(["placas solares", "termostato", "cargador coche", "revision caldera"])
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        1,
        {**service_item(), "currency": G(lambda f: f.currency())},
    ),
    (
        "track",
        "Checkout Started",
        "web",
        1,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "revenue": G(lambda f: f.pick(SERVICES)[3]),
            "currency": G(lambda f: f.currency()),
            "coupon": G(lambda f: f.pick(["", "SOLAR200", "BIENVENIDA"])),
            "products": Many(service_item(), 2),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        1,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.pick(SERVICES)[3]),
            "tax": G(lambda f: round(f.r.uniform(1, 900), 2)),
            "currency": G(lambda f: f.currency()),
            "products": Many(service_item(), 2),
            "installation_date": G(lambda f: f.day(2024)),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "street": Y(lambda f: f.street(), "address|street"),
                "unit": Y(lambda f: f.unit(), "address"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "billing_address": Y(lambda f: f.full_address(), "address"),
            "installer_company": G(
                lambda f: f.pick(["Instalaciones Mediterráneo SL", "SolarSur SpA", "Electro Pampa SRL"])
            ),
        },
    ),
    # -- social tariffs ----------------------------------------------------------------------------
    (
        "track",
        "Social Tariff Application Started",
        "web",
        1,
        {
            "program": G(lambda f: f.pick(["bono_social", "tarifa_social", "subsidio_agua_potable"])),
            "eligibility_path": G(
                lambda f: f.pick(["income", "large_family", "pensioner", "minimum_income"])
            ),
            "step": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Solicitud Bono Social Enviada",
        "php",
        2,
        {
            "solicitud_id": G(lambda f: "BS-" + f.digits(7)),
            "titular_nombre": Y(lambda f: f.full_name(), "name"),
            "titular_nif": RED(lambda f: f.national_id(), "national id"),
            "ingresos_anuales_unidad_familiar": Y(lambda f: f.household_income(), "salary"),
            "numero_miembros": G(lambda f: f.r.randint(1, 7)),
            "miembros": Many(
                {
                    "nombre": Y(lambda f: f.full_name(), "name"),
                    "nif": RED(lambda f: f.national_id(), "national id"),
                    "fecha_nacimiento": Y(lambda f: f.date(1940, 2012), "birthdate"),
                    "parentesco": G(lambda f: f.pick(["conyuge", "hijo", "hija", "madre", "otro"])),
                },
                4,
            ),
            "familia_numerosa": G(lambda f: f.pick([True, False])),
            "pensionista": G(lambda f: f.pick([True, False])),
            "grado_discapacidad": RED(lambda f: f.pick([33, 45, 65, 75]), "disability"),
            "estado_civil": G(lambda f: f.pick(["soltero", "casado", "viudo", "divorciado"])),
            "categoria": G(lambda f: f.pick(["vulnerable", "vulnerable_severo", "riesgo_exclusion"])),
            "multiplicador_iprem": G(lambda f: f.pick([1.5, 2.0, 2.5, 3.0])),
            "cups": G(lambda f: f.cups()),
        },
    ),
    (
        "track",
        "Subsidy Application Submitted",
        "ruby",
        1,
        {
            "applicantRut": RED(lambda f: f.rut(), "national id"),
            "monthlyHouseholdIncome": Y(lambda f: f.household_income(), "salary"),
            "householdSize": G(lambda f: f.r.randint(1, 8)),
            "hasElectrodependentMember": Y(lambda f: f.pick([True, False]), "condition"),
            "comuna": Y(lambda f: f.city(), "city"),
            "region": G(lambda f: f.province()),
            "subsidyPercent": G(lambda f: f.pick([25, 50, 85, 100])),
            "waterCompany": G(lambda f: f.pick(["Aguas Andinas", "Esval", "Essbio", "Aguas Araucanía"])),
        },
    ),
    (
        "track",
        "Tarifa Social Solicitada",
        "go",
        1,
        {
            "cuil": RED(lambda f: f.cuit(), "national id"),
            "ingresos_mensuales": Y(lambda f: f.household_income(), "salary"),
            "es_jubilado": G(lambda f: f.pick([True, False])),
            "es_veterano_malvinas": RED(lambda f: f.pick([True, False]), "veteran"),
            "tiene_cud": RED(lambda f: f.pick([True, False]), "disability"),
            "cantidad_convivientes": G(lambda f: f.r.randint(1, 9)),
            "provincia": G(lambda f: f.province()),
            "obra_social": G(lambda f: f.pick(["OSDE", "PAMI", "IOMA", "Swiss Medical", "OSECAC"])),
            "numero_afiliado": Y(
                lambda f: f.digits(f.pick([11, 14])) + f.pick(["", "/00", "/01"]), "identification"
            ),
            "nivel_subsidio": G(lambda f: f.pick(["N1", "N2", "N3"])),
        },
    ),
    # -- payments ----------------------------------------------------------------------------------
    (
        "track",
        "Direct Debit Set Up",
        "web",
        2,
        {
            "iban": RED(lambda f: f.iban_es(), "bank account"),
            "accountHolderName": Y(lambda f: f.full_name(), "name"),
            "bankName": G(lambda f: f.pick(BANKS_ES)[1]),
            "bic": G(lambda f: f.pick(BANKS_ES)[2]),
            "mandateReference": G(lambda f: "AUR-MND-" + f.digits(10)),
            "signedAt": G(lambda f: f.iso()),
            "holderIsCustomer": G(lambda f: f.pick([True, False])),
            "hasIban": G(lambda f: True),
            "ibanValidated": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Method Added",
        "mobile",
        2,
        {
            "type": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["454881", "517562", "377935", "402360"])),
            "payment_method_id": RED(
                lambda f: "pm_" + f.token(24).replace("-", "").replace("_", ""), "token"
            ),
            "customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "is_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        "dotnet",
        2,
        {
            "InvoiceNumber": G(lambda f: f"FE{f.r.randint(23, 24)}" + f.digits(9)),
            "AmountPaid": G(lambda f: f.amount()),
            "Currency": G(lambda f: f.currency()),
            "PaymentChannel": G(
                lambda f: f.pick(["Card", "DirectDebit", "Bizum", "BankTransfer", "PagoFacil"])
            ),
            "PaidAt": G(lambda f: f.iso()),
            "CardHolderName": Y(lambda f: f.full_name(), "name"),
            "CardLast4": G(lambda f: f.digits(4)),
            "AuthorizationCode": G(lambda f: f.digits(6)),
            "PayerEmail": Y(lambda f: f.email(), "email"),
            "IsPartialPayment": G(lambda f: f.pick([True, False])),
            "BillingPeriod": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        1,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["credit_card", "debit_card", "prepaid_card"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_holder": Y(lambda f: f.full_name(), "name"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "installments": G(lambda f: f.pick([1, 3, 6, 12])),
        },
    ),
    (
        "track",
        "Mercado Pago Payment Approved",
        "node",
        1,
        {
            "payment": {
                "id": G(lambda f: int(f.digits(11))),
                "status": G(lambda f: f.pick(["approved", "in_process", "rejected"])),
                "status_detail": G(
                    lambda f: f.pick(["accredited", "pending_contingency", "cc_rejected_insufficient_amount"])
                ),
                "transaction_amount": G(lambda f: f.amount()),
                "installments": G(lambda f: f.pick([1, 3, 6])),
                "payment_method_id": G(lambda f: f.pick(["visa", "master", "debvisa", "rapipago"])),
                "card": {
                    "first_six_digits": G(lambda f: f.pick(["450995", "503175", "371180"])),
                    "last_four_digits": G(lambda f: f.digits(4)),
                    "cardholder": {
                        "name": Y(lambda f: f.full_name().upper(), "name"),
                        "identification": {
                            "type": G(lambda f: "DNI"),
                            "number": RED(lambda f: f.dni_ar(dotted=False), "national id"),
                        },
                    },
                },
                "payer": {
                    "email": Y(lambda f: f.email(), "email"),
                    "identification": {
                        "type": G(lambda f: f.pick(["DNI", "CUIT"])),
                        "number": RED(
                            lambda f: f.pick([f.dni_ar(dotted=False), f.cuit(dashed=False)]), "national id"
                        ),
                    },
                },
                "token": RED(lambda f: f.hexid(32), "token"),
                "external_reference": G(lambda f: "FE24" + f.digits(9)),
            }
        },
    ),
    (
        "track",
        "Webpay Transaction Committed",
        "java",
        1,
        {
            "buy_order": G(lambda f: "O-" + f.digits(9)),
            "session_id": G(lambda f: "S-" + f.hexid(12)),
            "amount": G(lambda f: f.r.randint(9000, 140000)),
            "status": G(lambda f: f.pick(["AUTHORIZED", "FAILED", "AUTHORIZED"])),
            "authorization_code": G(lambda f: f.digits(4)),
            "payment_type_code": G(lambda f: f.pick(["VD", "VN", "VC", "SI"])),
            "installments_number": G(lambda f: f.pick([0, 3, 6])),
            "card_detail": {"card_number": G(lambda f: f.digits(4))},
            "accounting_date": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"),
            "transaction_date": G(lambda f: f.iso()),
            "vci": G(lambda f: f.pick(["TSY", "TSN", "NP"])),
        },
    ),
    (
        "track",
        "Debito Automatico Adherido",
        "go",
        1,
        {
            "cbu": RED(lambda f: f.cbu(), "bank account"),
            "alias_cbu": RED(
                lambda f: ".".join(
                    f.pick(["SOL", "LUNA", "PERRO", "MESA", "RIO", "CASA", "TANGO", "PAMPA"])
                    for _ in range(3)
                ),
                "bank account",
            ),
            "titular_cuit": RED(lambda f: f.cuit(), "national id"),
            "banco": G(lambda f: f.pick(BANKS_AR)[1]),
            "fecha_adhesion": G(lambda f: f.day()),
            "tope_mensual": G(lambda f: f.pick([0, 50000, 100000])),
        },
    ),
    (
        "track",
        "Refund Account Provided",
        "ruby",
        1,
        {
            "bank": G(lambda f: f.pick(BANKS_CL)),
            "accountType": G(lambda f: f.pick(["cuenta_rut", "cuenta_corriente", "cuenta_vista"])),
            "accountNumber": RED(lambda f: f.cl_account(), "bank account"),
            "holderRut": RED(lambda f: f.rut(), "national id"),
            "holderEmail": Y(lambda f: f.email(), "email"),
            "refundAmount": G(lambda f: f.r.randint(2000, 90000)),
        },
    ),
    # -- arrears -------------------------------------------------------------------------------------
    (
        "track",
        "Payment Plan Requested",
        "web",
        1,
        {
            "debt_amount": G(lambda f: f.amount(2, 6)),
            "installments": G(lambda f: f.pick([3, 6, 9, 12])),
            "first_due_date": G(lambda f: f.day(2024)),
            "reason": G(lambda f: f.pick(["job_loss", "income_reduction", "billing_dispute", "other"])),
            "declared_monthly_income": Y(lambda f: f.household_income(), "salary"),
            "employment_status": G(lambda f: f.pick(["employed", "unemployed", "retired", "self_employed"])),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Payment Plan Agreed",
        "python",
        1,
        {
            "plan_id": G(lambda f: "PP-" + f.digits(7)),
            "agent_name": Y(lambda f: f.full_name(), "name"),
            "agent_email": Y(
                lambda f: (
                    strip_accents(f.first()).lower().replace(" ", "")
                    + "."
                    + strip_accents(f.pick(LAST[f.cc])).lower().replace(" ", "")
                    + "@aurora-energia.example"
                ),
                "email",
            ),
            "note": Y(plan_note, "name", True),
            "installments": G(lambda f: f.pick([3, 6, 9, 12])),
            "down_payment": G(lambda f: f.amount()),
            "late_fees_waived": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Arrears Reminder Sent",
        "python",
        2,
        {
            "channel": G(lambda f: "email"),
            "template": G(lambda f: f.pick(["reminder_1", "reminder_2", "disconnection_notice"])),
            "recipient": Y(lambda f: f.email(), "email", True),
            "sender": G(
                lambda f: f.pick(
                    ["no-reply@aurora-energia.example", "cobros@aurora.example", "avisos@aurora.example"]
                )
            ),
            "days_overdue": G(lambda f: f.r.randint(5, 120)),
            "amount_due": G(lambda f: f.amount(1, 4)),
            "disconnection_warning": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- outages and leaks -------------------------------------------------------------------------
    (
        "track",
        "Outage Reported",
        "rn",
        2,
        {
            "reportId": G(lambda f: f.uuid()),
            "outageType": G(
                lambda f: f.pick(["no_power", "partial", "voltage_fluctuation", "no_water", "low_pressure"])
            ),
            "affectsWholeStreet": G(lambda f: f.pick([True, False, None])),
            "address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
            },
            "location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "comments": G(lambda f: f.pick(OUTAGE_COMMENTS)),
            "contactPhone": Y(lambda f: f.phone(), "phone"),
            "medicalEquipmentAtHome": Y(lambda f: f.pick([True, False]), "condition"),
            "smsUpdates": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Leak Reported",
        "flutter",
        2,
        {
            "leak_id": G(lambda f: "FUG-" + f.digits(7)),
            "leak_location_type": G(lambda f: f.pick(["inside_home", "meter_box", "garden", "street"])),
            "description": Y(leak_description, "phone", True),
            "photo_urls": Many(G(lambda f: f"https://lecturas.aurora.example/fugas/{f.uuid()}.jpg"), 3),
            "severity": G(lambda f: f.pick(["low", "medium", "high"])),
            "access_notes": G(lambda f: f.pick(ACCESS_NOTES)),
            "reporter_name": Y(lambda f: f.full_name(), "name"),
            "water_shut_off": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Public Leak Reported",
        "web",
        1,
        {
            "street_reference": G(
                lambda f: f.pick(
                    [
                        "Esquina Av. Matta con Santa Rosa",
                        "Frente al nº 45 de Calle Larios",
                        "Plaza San Martín, lado norte",
                        "Rotonda de la Av. del Puerto",
                    ]
                )
            ),
            "municipality": G(lambda f: f.city()),
            "reporterEmail": Y(lambda f: f.email(), "email"),
            "anonymous": G(lambda f: f.pick([True, False])),
            "water_running": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Outage Map Viewed",
        "web",
        2,
        {
            "zone": G(
                lambda f: f.pick(["Madrid Centro", "Gran Santiago Sur", "Zona Norte GBA", "Córdoba Capital"])
            ),
            "map_center_lat": G(lambda f: round(f.lat(), 2)),
            "map_center_lng": G(lambda f: round(f.lon(), 2)),
            "zoom": G(lambda f: f.r.randint(9, 15)),
            "active_outages": G(lambda f: f.r.randint(0, 40)),
            "customers_affected": G(lambda f: f.r.randint(0, 25000)),
        },
    ),
    (
        "track",
        "Restoration Alert Subscribed",
        "mobile",
        1,
        {
            "outageId": G(lambda f: "OUT-" + f.digits(6)),
            "alertChannel": G(lambda f: f.pick(["sms", "push", "whatsapp"])),
            "phoneNumber": Y(lambda f: f.phone(), "phone"),
            "estimatedRestoration": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "outage-crew-dispatched",
        "node",
        1,
        {
            "outage-id": G(lambda f: "OUT-" + f.digits(6)),
            "crew-id": G(lambda f: "CRW-" + f.digits(3)),
            "crew-lead-name": Y(lambda f: f.full_name(), "name"),
            "crew-lead-mobile": Y(lambda f: f.phone(), "phone"),
            "eta-minutes": G(lambda f: f.r.randint(15, 240)),
            "affected-customers": G(lambda f: f.r.randint(1, 8000)),
            "feeder-code": G(lambda f: f.pick(["ALM-12", "SRO-04", "PLT-33", "VLL-07"])),
            "vehicle-plate": Y(
                lambda f: f.pick(
                    [
                        f"{f.digits(4)} {''.join(f.r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
                        f"{''.join(f.r.choice('BCDFGHJKLPRSTVWXYZ') for _ in range(4))}{f.digits(2)}",
                        f"AE {f.digits(3)} {''.join(f.r.choice('ABCDEFGH') for _ in range(2))}",
                    ]
                ),
                "license",
            ),
        },
    ),
    (
        "track",
        "Inbound Call Received",
        "dotnet",
        1,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: f.phone(), "phone", True),
            "To": G(lambda f: OWN_PHONE_E164[f.cc]),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed"])),
            "Direction": G(lambda f: "inbound"),
            "Digits": G(lambda f: f.pick(["1", "2", "3", "9"])),
            "CallDuration": G(lambda f: f.r.randint(0, 900)),
            "QueueName": G(lambda f: f.pick(["averias", "facturacion", "prioritarios"])),
        },
    ),
    (
        "track",
        "SMS Received",
        "dotnet",
        1,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "From": Y(lambda f: f.phone(), "phone", True),
            "To": G(lambda f: OWN_PHONE_E164[f.cc]),
            "Body": G(lambda f: f.pick(["LECTURA " + f.digits(5), "SALDO", "BAJA", "SI", "AYUDA"])),
            "NumSegments": G(lambda f: 1),
        },
    ),
    # -- move in / move out -------------------------------------------------------------------------
    (
        "track",
        "Move Out Requested",
        "web",
        2,
        {
            "moveOutDate": G(lambda f: f.day(2024)),
            "finalReadingRequired": G(lambda f: f.pick([True, False])),
            "forwardingAddress": Y(lambda f: f.full_address(), "address"),
            "forwardingPostalCode": Y(lambda f: f.zip(), "zipcode"),
            "newTenantName": Y(lambda f: f.full_name(), "name"),
            "newTenantEmail": Y(lambda f: f.email(), "email"),
            "landlordPhone": Y(lambda f: f.phone(), "phone"),
            "reason": G(
                lambda f: f.pick(["moving_home", "sold_property", "end_of_lease", "deceased_holder"])
            ),
            "keepAccountOpen": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Move In Completed",
        "python",
        2,
        {
            "move_in_date": G(lambda f: f.day(2024)),
            "supply_id": G(lambda f: f.supply_id()),
            "previous_holder_name": Y(lambda f: f.full_name(), "name"),
            "new_address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "unit": Y(lambda f: f.unit(), "address"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "region": G(lambda f: f.province()),
                "country": G(lambda f: f.cc),
            },
            "initial_reading": G(lambda f: f.r.randint(0, 99999)),
            "deposit_amount": G(lambda f: f.pick([0, f.amount()])),
            "contract_signed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        2,
        {
            "q": Y(lambda f: f.street() + f.pick(["", ", " + f.city()]), "address|street", True),
            "results_count": G(lambda f: f.r.randint(0, 5)),
            "provider": G(lambda f: f.pick(["google_places", "here", "cartociudad"])),
            "session_token": G(lambda f: f.uuid()),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Supply Switched",
        "mobile",
        2,
        {
            "label": Y(lambda f: f"{f.street()}, {f.unit()}", "address", True),
            "supply_count": G(lambda f: f.r.randint(2, 5)),
            "supply_type": G(lambda f: f.pick(["electricity", "gas", "water"])),
        },
    ),
    # -- priority services register ----------------------------------------------------------------
    (
        "track",
        "Priority Services Registration Submitted",
        "java",
        2,
        {
            "registrationId": G(lambda f: "PSR-" + f.digits(7)),
            "medicalEquipment": Many(Y(lambda f: f.pick(MED_EQUIPMENT), "condition"), 2),
            "equipmentHoursPerDay": G(lambda f: f.r.randint(2, 24)),
            "hasBackupPower": G(lambda f: f.pick([True, False])),
            "healthCardNumber": RED(
                lambda f: "".join(f.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4)) + f.digits(12),
                "health id",
            ),
            "treatingHospital": G(
                lambda f: f.pick(
                    ["Hospital La Paz", "Hospital Clínic", "Hospital La Fe", "Hospital Virgen del Rocío"]
                )
            ),
            "caregiver": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(
                    lambda f: f.pick(["daughter", "son", "spouse", "neighbour", "professional"])
                ),
            },
            "secondaryContactEmail": Y(lambda f: f.email(), "email"),
            "visuallyImpaired": RED(lambda f: f.pick([True, False]), "disability"),
            "consentHealthData": G(lambda f: True),
            "preferredContact": G(lambda f: f.pick(["phone", "sms", "email", "letter"])),
        },
    ),
    (
        "track",
        "Registro Electrodependiente Enviado",
        "go",
        1,
        {
            "numero_tramite": G(lambda f: "ED-" + f.digits(8)),
            "dni_paciente": RED(lambda f: f.dni_ar(), "national id"),
            "nombre_paciente": Y(lambda f: f.full_name(), "name"),
            "diagnostico": Y(lambda f: f.pick(DIAGNOSES), "diagnosis|condition"),
            "equipo": Y(
                lambda f: f.pick(
                    ["concentrador de oxígeno", "respirador", "aspirador de secreciones", "bomba de infusión"]
                ),
                "condition",
            ),
            "telefono_contacto": Y(lambda f: f.phone(), "phone"),
            "consentimiento": G(lambda f: True),
            "estado": G(lambda f: f.pick(["recibido", "en_revision", "aprobado"])),
        },
    ),
    # -- support -------------------------------------------------------------------------------------
    (
        "track",
        "Support Chat Message Sent",
        "web",
        2,
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "text": Y(chat_text, "email", True),
            "author_type": G(lambda f: "customer"),
            "attachment_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Callback Requested",
        "mobile",
        1,
        {
            "topic": G(lambda f: f.pick(["billing", "outage", "contract", "social_tariff"])),
            "preferred_slot": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "phone": Y(lambda f: f.phone(), "phone"),
            "notes": G(lambda f: f.pick(["", "Prefiero por la tarde", "Sobre la última factura", "Urgente"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        1,
        {
            "form": G(lambda f: f.pick(["alta_cliente", "mudanza", "bono_social"])),
            "field": G(lambda f: "telefono"),
            "value": Y(lambda f: f.phone(), "phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 20000)),
        },
    ),
    (
        "track",
        "NPS Submitted",
        "mobile",
        1,
        {
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(lambda f: f.pick(NPS_COMMENTS)),
            "touchpoint": G(lambda f: f.pick(["after_payment", "after_outage", "quarterly"])),
        },
    ),
    (
        "track",
        "Email Opened",
        "node",
        1,
        {
            "email": Y(lambda f: f.email(), "email"),
            "sg_message_id": G(lambda f: f.token(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.token(16)}@ismtpd0{f.r.randint(1, 9)}p1mdw1.sendgrid.net>"),
            "sg_event": G(lambda f: f.pick(["open", "click", "delivered"])),
            "category": Many(G(lambda f: f.pick(["factura", "aviso_corte", "newsletter"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "from_address": G(lambda f: "facturas@aurora-energia.example"),
        },
    ),
    (
        "track",
        "Contact Details Updated",
        "web",
        1,
        {
            "fields_changed": Many(G(lambda f: f.pick(["email", "phone", "postal_address", "language"])), 3),
            "email_changed": G(lambda f: f.pick([True, False])),
            "phone_changed": G(lambda f: f.pick([True, False])),
            "new_email": Y(lambda f: f.email(), "email"),
            "previous_email": Y(lambda f: f.email(), "email"),
            "verification_sent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conversion Sent",
        "node",
        1,
        {
            "event_name": G(lambda f: f.pick(["Lead", "CompleteRegistration", "Purchase"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.token(40)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(lambda f: f.uuid()),
            },
        },
    ),
    (
        "track",
        "Application Opened",
        "mobile",
        2,
        {
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "3.2.4"])),
            "build": G(lambda f: f.pick(["6400", "6421", "324"])),
            "from_background": G(lambda f: f.pick([True, False])),
            "referring_application": G(lambda f: f.pick(["com.google.android.gm", "", "com.whatsapp"])),
        },
    ),
    (
        "track",
        "Technician Visit Scheduled",
        "java",
        1,
        {
            "visitId": G(lambda f: "VIS-" + f.digits(8)),
            "visitType": G(
                lambda f: f.pick(["meter_replacement", "inspection", "reconnection", "leak_repair"])
            ),
            "slotStart": G(lambda f: f.iso()),
            "technicianId": G(lambda f: "T" + f.digits(4)),
            "technicianName": Y(lambda f: f.first() + " " + f.last().split(" ")[0][0] + ".", "name"),
            "contractorCompany": G(
                lambda f: f.pick(["Montajes Eléctricos Ruiz SL", "ServiAgua SpA", "Redes del Plata SA"])
            ),
            "customerPresentRequired": G(lambda f: f.pick([True, False])),
            "visitAddress": Y(lambda f: f.full_address(), "address"),
            "supportPhone": G(lambda f: OWN_PHONE[f.cc]),
        },
    ),
    # -- more back-office traffic ----------------------------------------------------------------------
    (
        "track",
        "Contrato Firmado",
        "ruby",
        1,
        {
            "numero_cliente": G(lambda f: f"{f.r.randint(100000, 9999999)}-{f.r.randint(0, 9)}"),
            "rut_titular": RED(lambda f: f.rut(), "national id"),
            "nombre_titular": Y(lambda f: f.full_name(), "name"),
            "email_titular": Y(lambda f: f.email(), "email"),
            "celular": Y(lambda f: f.phone(), "phone"),
            "direccion_suministro": Y(lambda f: f"{f.street()}, {f.unit()}", "address"),
            "comuna": Y(lambda f: f.city(), "city"),
            "region": G(lambda f: f.province()),
            "tarifa": G(lambda f: f.tariff()),
            "fecha_firma": G(lambda f: f.iso()),
            "firma_ip": Y(lambda f: f.ipv4(), "ip"),
            "cotitular": {
                "nombre": Y(lambda f: f.full_name(), "name"),
                "rut": RED(lambda f: f.rut(), "national id"),
            },
            "firma_electronica_proveedor": G(lambda f: f.pick(["DocuSign", "FirmaVirtual", "e-certchile"])),
        },
    ),
    (
        "track",
        "Meter Replaced",
        "dotnet",
        1,
        {
            "WorkOrderId": G(lambda f: "WO-" + f.digits(8)),
            "OldMeterSerial": Y(lambda f: f.meter_serial(), "serial"),
            "NewMeterSerial": Y(lambda f: f.meter_serial(), "serial"),
            "TechnicianName": Y(lambda f: f.full_name(), "name"),
            "TechnicianEmployeeId": G(lambda f: "E" + f.digits(5)),
            "CustomerSignatureName": Y(lambda f: f.full_name(), "name"),
            "SiteAddress": Y(lambda f: f.full_address(), "address"),
            "CompletedAt": G(lambda f: f.iso()),
            "FinalReadingOld": G(lambda f: f.r.randint(100, 99999)),
            "InitialReadingNew": G(lambda f: f.r.randint(0, 20)),
            "SealNumber": G(lambda f: "PR" + f.digits(7)),
            "GpsLatitude": Y(lambda f: f.lat(), "geolocation"),
            "GpsLongitude": Y(lambda f: f.lon(), "geolocation"),
            "MeterModel": G(
                lambda f: f.pick(["ZIV 5CTM-E2C", "Sagemcom S211", "Itron Aquadis+", "Kamstrup flowIQ"])
            ),
        },
    ),
    (
        "track",
        "leak-ticket-updated",
        "node",
        1,
        {
            "ticket-id": G(lambda f: "FUG-" + f.digits(7)),
            "ticket-status": G(lambda f: f.pick(["assigned", "in_progress", "resolved", "closed"])),
            "assigned-to": Y(
                lambda f: (
                    strip_accents(f.first()[0] + f.pick(LAST[f.cc])).lower().replace(" ", "")
                    + "@aurora-agua.example"
                ),
                "email",
                True,
            ),
            "customer-callback-number": Y(lambda f: f.phone(), "phone"),
            "resolution-notes": G(
                lambda f: f.pick(
                    [
                        "Cambio de junta en llave de paso",
                        "Reparada tubería de acometida",
                        "Sin fuga detectada",
                        "",
                    ]
                )
            ),
            "hours-open": G(lambda f: f.r.randint(1, 96)),
        },
    ),
    (
        "track",
        "Bill Generated",
        "python",
        2,
        {
            "BILL_ID": G(lambda f: "FE24" + f.digits(9)),
            "CUSTOMER_EMAIL": Y(lambda f: f.email(), "email"),
            "CUSTOMER_NAME": Y(lambda f: f.full_name(), "name"),
            "BILLING_ADDRESS": Y(lambda f: f.full_address(), "address"),
            "IBAN_MASKED": G(lambda f: "ES" + f.digits(2) + " **** **** **** **** " + f.digits(4)),
            "BILL_AMOUNT": G(lambda f: f.amount()),
            "DUE_DATE": G(lambda f: f.day()),
            "KWH_BILLED": G(lambda f: f.r.randint(40, 900)),
            "PERIOD_START": G(lambda f: f.day()),
            "PERIOD_END": G(lambda f: f.day()),
            "PDF_URL": G(lambda f: f"https://facturas.aurora.example/pdf/{f.uuid()}.pdf"),
            "IS_ESTIMATED": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "mobile",
        1,
        {
            "contactName": Y(lambda f: f.full_name(), "name"),
            "contactPhone": Y(lambda f: f.phone(), "phone"),
            "contactEmail": Y(lambda f: f.email(), "email"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "neighbour", "friend"])),
            "notifyOnOutage": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        "node",
        1,
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "metadata": {
                "display_phone_number": G(lambda f: OWN_PHONE_E164[f.cc].lstrip("+")),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "contacts": Many(
                {
                    "profile": {"name": Y(lambda f: f.full_name(), "name")},
                    "wa_id": Y(lambda f: f.msisdn(), "phone", True),
                },
                1,
            ),
            "messages": Many(
                {
                    "from": Y(lambda f: f.msisdn(), "phone", True),
                    "id": G(lambda f: "wamid." + f.token(48)),
                    "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                    "type": G(lambda f: "text"),
                    "text": {
                        "body": G(
                            lambda f: f.pick(
                                [
                                    "Quiero saber mi saldo",
                                    "Hay corte en mi zona?",
                                    "Gracias!",
                                    "FACTURA",
                                    "Hola",
                                ]
                            )
                        )
                    },
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Admin Action Performed",
        "java",
        1,
        {
            "actor": Y(
                lambda f: (
                    strip_accents(f.first()).lower().replace(" ", "")
                    + "."
                    + strip_accents(f.pick(LAST[f.cc])).lower().replace(" ", "")
                    + "@aurora-energia.example"
                ),
                "email",
                True,
            ),
            "action": G(
                lambda f: f.pick(["contract.update", "debt.write_off", "psr.approve", "customer.merge"])
            ),
            "target_user_id": G(lambda f: str(f.r.randint(1_000_000, 9_999_999))),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "reason": G(lambda f: f.pick(["customer_request", "regulator_request", "data_quality"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        "mobile",
        1,
        {
            "referral_code": G(lambda f: "REF-" + f.hexid(6).upper()),
            "recipients": Many(Y(lambda f: f.email(), "email", True), 3),
            "inviteeName": Y(lambda f: f.first(), "name"),
            "reward": G(lambda f: f.pick(["20EUR", "1 mes gratis", "5000CLP"])),
            "share_channel": G(lambda f: f.pick(["email", "whatsapp", "link"])),
        },
    ),
]


MOBILE = ["swift", "kotlin", "rn"]
SERVER_FOR_ALIAS = ["python", "node", "java"]


def build(seed: int, repeats: int):
    f = UFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, weight, body in EVENTS:
            for _ in range(weight):
                cc = None
                if (
                    "Bono Social" in (name or "")
                    or "Direct Debit" in (name or "")
                    or name == "Priority Services Registration Submitted"
                ):
                    cc = "ES"
                elif name in (
                    "Subsidy Application Submitted",
                    "Webpay Transaction Committed",
                    "Refund Account Provided",
                ):
                    cc = "CL"
                elif name in (
                    "Tarifa Social Solicitada",
                    "Debito Automatico Adherido",
                    "Mercado Pago Payment Approved",
                    "Registro Electrodependiente Enviado",
                ):
                    cc = "AR"
                elif kind == "identify" and client == "php":
                    cc = "ES"
                f.start(cc)
                c = f.pick(MOBILE) if client == "mobile" else client
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": str(f.r.randint(1_000_000, 9_999_999)),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = (
                        name or f.pick(PAGES)[1]
                        if kind == "page"
                        else f.pick(["Home", "Facturas", "Consumo", "Averías", "Perfil"])
                    )
                elif kind == "group":
                    msg["groupId"] = "grp_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if kind != "alias":
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[c](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=165, repeats=20)
    write(Path(__file__).parent, "holdout165_", events, labels)
