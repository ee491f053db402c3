"""Writes holdout61: tests/corpus/holdout61_events.jsonl and holdout61_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, docs/detection.md
or the other holdouts' labels, and never run through the engine by its author. Only the corpus
helpers (build.py, fake.py), build_holdout3.py (for the format), REFERENCE.md and DESIGN.md were
read. Run with `.venv/bin/python -m tests.corpus.build_holdout61`; seeded, so deterministic.

What it covers: mobile operators and MVNOs in Brazil and Mexico. SIM registration with identity
documents (CPF, RG, CURP, INE clave de elector, RFC, passports), prepaid top-ups (Pix, OXXO,
cards), plan changes, number portability (Brazilian protocol + SMS code, Mexican NIP), eSIM
activation (ICCID, EID, LPA activation codes), roaming passes, device financing (income, CLABE,
Brazilian bank accounts, Pix keys), device insurance and trade-in (IMEI, serials), support chat,
store pickups and store staff (POS, commissions, hourly rates), family plans with dependants and
parental controls, referrals, SIM delivery, a telemedicine add-on, SMS webhooks, Facebook CAPI
relays, reverse-ETL (warehouse SCREAMING_SNAKE) audience syncs and a B2B `group` call.
Messages: identify / track / page / screen / group / alias with the contexts of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python, node,
go, java, ruby, php and .NET server libraries (`context.ip`, `context.traits`, device, app,
library, locale, userAgent, campaign, location).

Conventions: mostly camelCase and snake_case English keys; the rest PascalCase (.NET, Twilio-style
webhooks), kebab-case (a booking vendor), SCREAMING_SNAKE (warehouse syncs) and Portuguese or
Spanish backend keys (nome_completo, numero_linha, apellido_paterno, domicilio ...). Values are
Brazilian and Mexican formats first (CPF, RG and CNPJ with their check digits, CURP and RFC with
theirs, CLABE with its check digit, Luhn IMEIs and ICCIDs, EIDs passing mod-97, Cartão SUS numbers
passing mod-11, +55 / +52 phones in national and E.164 styles, CEPs, colonias) with names from many
cultures and some foreign numbers (travellers, roaming, expatriates).

Labelling rules (the product's default colours):
- PII is personal data about a natural person (subscriber, account holder, dependant, recipient,
  referred friend, store staff, agent). Colour = the reference matcher's default; outside the
  reference: red for credentials/secrets, cards, bank accounts, government ids and health ids,
  yellow otherwise (geolocation, advertising id ...). `a|b` when either type is fair.
- Green: ids we issue (user, order, line-contract, customer and account numbers, protocols,
  tickets, UUIDs, SKUs), versions, timestamps, amounts, enums, counters and booleans even under
  PII-sounding keys, plan / product / device-model / company names, the business's own phone,
  e-mail and address (stores, SMS short codes, SM-DP+ servers), places that are not the person's
  (a roaming destination, a store locator query, a store's city), country, state, locale,
  currency, user agents, OS-issued device ids. Card brand, BIN, last four and expiry are green;
  bank codes and branch (agência) numbers identify the bank and are green.
- Contested cases as the product's policy settles them: loyalty / customer / member numbers,
  ages, marital status, job titles, employers and pets are green; insurance policy numbers
  (`identification`), salaries, monthly income, commissions and hourly rates (`salary`), vehicle
  plates (`license`), gclid / fbclid / fbp / fbc (`advertising id`), billing and shipping
  addresses (`address`) are yellow; payment and card tokens, eSIM activation codes, portability
  NIPs, SMS and one-time codes, PUKs are red (`token` / `secret`).
- A boolean or enum that reveals a special category (needs accessibility assistance, is pregnant,
  has a chronic condition) is that category in its colour.
- value_only is true when the key is neutral (`value`, `label`, `text`, `q`, `input`, `Body`,
  `note`) and only the value says what it is; such a path holds the PII in every value. Free text
  is labelled by what every one of its values carries, green when none does.
- Decisions where the policy is silent (what a careful privacy owner at a mid-size operator would
  want flagged): SIM and handset identifiers bound to one subscriber (ICCID, EID, IMEI, IMSI,
  handset serials) are yellow `serial` (IMSI `identification|serial`); a Pix key (a CPF, e-mail,
  phone or random key that routes money to the person's account) is red `bank account`; SHA-256
  hashes of a person's e-mail or phone sent for ad matching (Facebook CAPI `em` / `ph`,
  warehouse EMAIL_SHA256) stay personal: yellow, typed by what was hashed; the mother's name
  asked in Brazilian KYC is a `name`; a booked medical specialty reveals health (`condition`);
  house numbers and neighbourhoods inside the person's address are `address`; a store visit's
  `customer-name` and a pickup person's document are the person's data; the push token the
  device registered is red `token` as in the main corpus; a doctor's public registration number
  (CRM) is green, like an NPI in the main corpus; a Brazilian boleto barcode and a Pix
  end-to-end id are payment references we issue: green.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- values -----------------------------------------------------------------------------------------

BR_FIRST = [
    "João",
    "Maria",
    "Ana",
    "Francisco",
    "Antônio",
    "Luiz Carlos",
    "Gabriela",
    "Thiago",
    "Larissa",
    "Raimundo",
    "Conceição",
    "Luana",
    "Kauã",
    "Enzo",
    "Valentina",
    "Yasmin",
    "Heloísa",
    "Juliana",
    "Rafael",
    "Bruna",
    "Caio",
    "Vitória",
    "Severino",
    "Iara",
    "Cauê",
]
BR_LAST = [
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Rodrigues",
    "Ferreira",
    "Alves",
    "Pereira",
    "Lima",
    "Gomes",
    "Ribeiro",
    "Carvalho",
    "Nascimento",
    "Araújo",
    "Yamamoto",
    "Haddad",
    "Schmidt",
    "Cavalcanti",
    "Barbosa",
    "Moura",
    "Teixeira",
    "dos Anjos",
    "Nakashima",
]
MX_FIRST = [
    "José",
    "Guadalupe",
    "Juan Pablo",
    "María Fernanda",
    "Luis Ángel",
    "Ximena",
    "Itzel",
    "Xóchitl",
    "Cuauhtémoc",
    "Santiago",
    "Regina",
    "Alejandra",
    "Jesús",
    "Diego",
    "Daniela",
    "Brenda",
    "Eréndira",
    "Rigoberto",
    "Citlali",
    "Emiliano",
    "Sofía",
    "Mariana",
]
MX_LAST = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Jiménez",
    "Reyes",
    "Díaz",
    "Torres",
    "Gutiérrez",
    "Mendoza",
    "Aguilar",
    "Castillo",
    "Chávez",
    "Xicoténcatl",
    "Ortiz",
    "Ibarra",
]
OTHER_FULL = [
    "Kim Min-jun",
    "Nguyen Thi Lan",
    "Wang Fang",
    "Chinedu Okafor",
    "Fatima Haddad",
    "Yuki Tanaka",
    "Ivan Petrov",
    "Priya Patel",
    "Mohammed Al-Farsi",
    "Emily Johnson",
    "Lucas Dubois",
    "Sven Larsson",
    "Amaru Quispe",
    "Ayşe Yılmaz",  # noqa: RUF001
]
BR_CITIES = [
    "São Paulo",
    "Rio de Janeiro",
    "Belo Horizonte",
    "Salvador",
    "Fortaleza",
    "Recife",
    "Porto Alegre",
    "Curitiba",
    "Manaus",
    "Campinas",
    "Goiânia",
    "Belém",
    "São Luís",
    "Natal",
    "Juiz de Fora",
]
BR_UF = ["SP", "RJ", "MG", "BA", "CE", "PE", "RS", "PR", "AM", "GO", "PA", "MA", "RN"]
BR_BAIRROS = [
    "Pinheiros",
    "Vila Mariana",
    "Copacabana",
    "Savassi",
    "Boa Viagem",
    "Moinhos de Vento",
    "Batel",
    "Jardim Ângela",
    "Capão Redondo",
    "Tijuca",
    "Pituba",
    "Meireles",
    "Centro",
    "Vila Madalena",
]
BR_RUAS = [
    "Rua Augusta",
    "Avenida Paulista",
    "Rua das Flores",
    "Rua Voluntários da Pátria",
    "Av. Sete de Setembro",
    "Rua XV de Novembro",
    "Travessa São José",
    "Rua Barão de Mesquita",
    "Av. Boa Viagem",
    "Rua Bahia",
    "Estrada do M'Boi Mirim",
    "Rua Padre Chagas",
]
MX_CITIES = [
    "Ciudad de México",
    "Guadalajara",
    "Monterrey",
    "Puebla",
    "Tijuana",
    "León",
    "Mérida",
    "Querétaro",
    "Cancún",
    "Oaxaca de Juárez",
    "Toluca",
    "Culiacán",
    "Zapopan",
    "Ecatepec",
]
MX_ESTADOS = ["CDMX", "Jalisco", "Nuevo León", "Puebla", "Baja California", "Guanajuato", "Yucatán"]
MX_COLONIAS = [
    "Roma Norte",
    "Condesa",
    "Del Valle",
    "Narvarte",
    "Providencia",
    "San Pedro Garza García",
    "Polanco",
    "Iztapalapa Centro",
    "Santa María la Ribera",
    "Chapultepec",
    "Lomas Verdes",
    "Tlaquepaque Centro",
]
MX_CALLES = [
    "Calle Durango",
    "Av. Insurgentes Sur",
    "Calle Tonalá",
    "Av. Revolución",
    "Calle Morelos",
    "Av. Vallarta",
    "Calle 60",
    "Calzada de Tlalpan",
    "Av. Constitución",
    "Privada Hidalgo",
]
BR_CARRIERS = ["Vivo", "Claro", "TIM", "Oi", "Algar Telecom"]
MX_CARRIERS = ["Telcel", "AT&T", "Movistar", "Bait", "Altán Redes"]
MVNOS = ["Luma Móvel", "Pulso", "Chip Verde", "OnMóvil", "Nube Cel"]
PLANS = [
    "Controle 25GB",
    "Pré Turbo",
    "Pós Família 100GB",
    "Amigo Sin Límite 300",
    "Plan Libre 5G",
    "Recarga 50",
    "eSIM Viajero",
    "Empresa Flex",
]
DEVICES = [
    "Galaxy A15 128GB",
    "iPhone 15 128GB",
    "Moto G84 5G",
    "Redmi Note 13",
    "Galaxy S24 256GB",
    "iPhone 13 128GB",
    "Xiaomi 14T",
    "Motorola Edge 50",
]
DEVICE_SKUS = ["SM-A155M", "MTP43BZ/A", "XT2347-2", "2312DRAABG", "SM-S921B", "MLPF3BZ/A", "24068PN5BG"]
ROAMING_DEST = [
    "Estados Unidos",
    "España",
    "Argentina",
    "Colombia",
    "Portugal",
    "Japão",
    "Canadá",
    "Chile",
    "Francia",
]
DOMAINS_BR = ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "outlook.com"]
DOMAINS_MX = ["gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx", "prodigy.net.mx", "icloud.com"]
STORE_NAMES = [
    "Loja Shopping Eldorado",
    "Loja Av. Paulista",
    "Tienda Plaza Universidad",
    "Tienda Galerías Monterrey",
    "Loja Barra Shopping",
    "Tienda Andares",
    "Quiosque Metrô Sé",
    "Centro de Atención Reforma",
]
STORE_CITIES = ["São Paulo", "Rio de Janeiro", "Ciudad de México", "Monterrey", "Guadalajara", "Curitiba"]


def _strip(s: str) -> str:
    plain = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return plain.replace("'", "").replace(" ", ".").lower()


class Tel(Fake):
    """Fake with Brazilian and Mexican identifiers, addresses and phones."""

    # names
    def br_first(self):
        return self.pick(BR_FIRST)

    def br_last(self):
        return self.pick(BR_LAST)

    def mx_first(self):
        return self.pick(MX_FIRST)

    def mx_last(self):
        return self.pick(MX_LAST)

    def first_any(self):
        return self.pick([self.br_first, self.mx_first, self.first])()

    def last_any(self):
        return self.pick([self.br_last, self.mx_last, self.last])()

    def br_name(self):
        return f"{self.br_first()} {self.br_last()} {self.br_last()}"

    def mx_name(self):
        return f"{self.mx_first()} {self.mx_last()} {self.mx_last()}"

    def any_name(self):
        roll = self.r.random()
        if roll < 0.4:
            return self.br_name()
        if roll < 0.75:
            return self.mx_name()
        if roll < 0.9:
            return self.pick(OTHER_FULL)
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def email_any(self):
        first, last = self.first_any(), self.last_any()
        user = self.pick(
            [
                f"{_strip(first)}.{_strip(last)}",
                f"{_strip(first)[:1]}{_strip(last)}{self.r.randint(1, 99)}",
                f"{_strip(first)}_{self.r.randint(1970, 2006)}",
                f"{_strip(last)}{_strip(first)[:3]}",
            ]
        ).replace(" ", "")
        return f"{user}@{self.pick(DOMAINS_BR + DOMAINS_MX)}"

    # phones
    def br_phone(self, style=None):
        ddd = self.pick([11, 21, 31, 41, 51, 61, 71, 81, 85, 92, 19, 27])
        a, b = self.r.randint(1000, 9999), self.r.randint(1000, 9999)
        style = style or self.pick(["e164", "paren", "plain", "intl", "dash"])
        return {
            "e164": f"+55{ddd}9{a}{b}",
            "paren": f"({ddd}) 9{a}-{b}",
            "plain": f"{ddd}9{a}{b}",
            "intl": f"+55 {ddd} 9{a}-{b}",
            "dash": f"0{ddd} 9{a}-{b}",
        }[style]

    def mx_phone(self, style=None):
        area = self.pick(["55", "33", "81", "222", "664", "998", "442"])
        rest = self.digits(10 - len(area))
        style = style or self.pick(["e164", "spaced", "plain", "intl1", "paren"])
        if style == "e164":
            return f"+52{area}{rest}"
        if style == "intl1":
            return f"+52 1 {area} {rest}"
        if style == "plain":
            return f"{area}{rest}"
        if style == "paren":
            return f"({area}) {rest[:-4]}-{rest[-4:]}"
        return f"{area} {rest[:-4]} {rest[-4:]}"

    def phone_any(self):
        roll = self.r.random()
        if roll < 0.45:
            return self.br_phone()
        if roll < 0.9:
            return self.mx_phone()
        return self.phone(self.pick(["e164", "uk", "fr", "de"]))

    def msisdn(self):
        """Operator-side line number: digits only, country code included."""
        if self.r.random() < 0.5:
            return f"55{self.pick([11, 21, 31, 71, 81])}9{self.digits(8)}"
        return f"52{self.pick(['55', '33', '81'])}{self.digits(8)}"

    # Brazilian documents
    def cpf(self, formatted=None):
        base = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            total = sum(d * w for d, w in zip(base, range(n, 1, -1), strict=False))
            base.append(0 if total % 11 < 2 else 11 - total % 11)
        s = "".join(map(str, base))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s

    def cnpj(self):
        base = [self.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
        for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            total = sum(d * w for d, w in zip(base, weights, strict=False))
            base.append(0 if total % 11 < 2 else 11 - total % 11)
        s = "".join(map(str, base))
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"

    def rg(self):
        base = [self.r.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(base, range(2, 10), strict=False))
        dv = 11 - total % 11
        dv_s = "X" if dv == 10 else ("0" if dv == 11 else str(dv))
        s = "".join(map(str, base))
        return self.pick([f"{s[:2]}.{s[2:5]}.{s[5:]}-{dv_s}", f"{s}{dv_s}", f"MG-{s[:2]}.{s[2:5]}.{s[5:]}"])

    def cns(self):
        """Cartão Nacional de Saúde (definitive, starting 1 or 2), mod-11 valid."""
        while True:
            pis = str(self.r.randint(1, 2)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
            total = sum(int(d) * (15 - i) for i, d in enumerate(pis))
            dv = 11 - total % 11
            if dv == 11:
                dv = 0
            if dv == 10:
                total += 2
                dv = 11 - total % 11
                number = f"{pis}001{dv}"
            else:
                number = f"{pis}000{dv}"
            if sum(int(d) * (15 - i) for i, d in enumerate(number)) % 11 == 0:
                return self.pick([number, f"{number[:3]} {number[3:7]} {number[7:11]} {number[11:]}"])

    def cep(self):
        return f"{self.r.randint(1000, 99999):05d}-{self.r.randint(0, 999):03d}"

    def br_street(self):
        return f"{self.pick(BR_RUAS)}, {self.r.randint(1, 3999)}"

    def br_address(self):
        extra = self.pick(
            ["", f", apto {self.r.randint(11, 184)}", " - casa 2", f", bloco B ap {self.r.randint(1, 90)}"]
        )
        place = f"{self.pick(BR_BAIRROS)}, {self.pick(BR_CITIES)} - {self.pick(BR_UF)}"
        return f"{self.br_street()}{extra} - {place}"

    # Mexican documents
    def curp(self):
        vowels = "AEIOU"
        letters = "BCDFGHJKLMNPQRSTVZ"
        head = (
            self.pick("GHMLPRSCFV") + self.pick(vowels) + self.pick("GHMLPRSCFVAO") + self.pick("JMLGAERSD")
        )
        year = self.r.randint(1950, 2006)
        date = f"{year % 100:02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        sex = self.pick("HM")
        state = self.pick(["DF", "JC", "NL", "PL", "MC", "GT", "YN", "OC", "BC", "SL"])
        cons = "".join(self.pick(letters) for _ in range(3))
        homo = str(self.r.randint(0, 9)) if year < 2000 else self.pick("ABCDEFGH")
        body = head + date + sex + state + cons + homo
        alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        total = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def rfc(self):
        head = self.pick("GHMLPRSCFV") + self.pick("AEIOU") + self.pick("GHMLPRSCFV") + self.pick("JMLAERS")
        date = f"{self.r.randint(55, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        homo = self.pick("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + self.pick("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
        body = head + date + homo
        alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
        total = sum(alphabet.index(c) * (13 - i) for i, c in enumerate(body))
        dv = 11 - total % 11
        return body + ("0" if dv == 11 else "A" if dv == 10 else str(dv))

    def clave_elector(self):
        cons = "".join(self.pick("BCDFGHJKLMNPRSTVXZ") for _ in range(6))
        date = f"{self.r.randint(50, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        return f"{cons}{date}{self.r.randint(1, 32):02d}{self.pick('HM')}{self.r.randint(100, 999)}"

    def clabe(self):
        body = self.pick(["002", "012", "014", "021", "072", "127", "646"]) + self.pick(
            ["180", "320", "580", "650"]
        )
        body += "".join(str(self.r.randint(0, 9)) for _ in range(11))
        weights = [3, 7, 1] * 6
        total = sum((int(d) * weights[i]) % 10 for i, d in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def cp_mx(self):
        return f"{self.r.randint(1000, 99999):05d}"

    def mx_address(self):
        interior = self.pick(["", f" Int. {self.r.randint(1, 12)}", f" Depto. {self.r.randint(101, 804)}"])
        return (
            f"{self.pick(MX_CALLES)} {self.r.randint(1, 2999)}{interior}, Col. {self.pick(MX_COLONIAS)}, "
            f"{self.pick(MX_CITIES)}"
        )

    def address_any(self):
        return self.br_address() if self.r.random() < 0.5 else self.mx_address()

    def passport(self):
        return self.pick([self.pick(["FT", "GB", "YC"]) + self.digits(6), "G" + self.digits(8)])

    # SIMs and handsets
    def imei(self):
        return self.luhn_complete(self.pick(["35", "86", "49", "01"]) + self.digits(12))

    def iccid(self):
        cc = self.pick(["8955", "8952"])
        return self.luhn_complete(cc + self.pick(["10", "11", "31", "02", "20"]) + self.digits(12))

    def eid(self):
        body = "89049032" + self.digits(22)
        check = 98 - (int(body + "00") % 97)
        return f"{body}{check:02d}"

    def imsi(self):
        if self.r.random() < 0.5:
            return "724" + self.pick(["10", "05", "02", "31"]) + self.digits(10)
        return "334" + self.pick(["020", "050", "030", "140"]) + self.digits(9)

    def lpa(self):
        code = "-".join(self.hexid(4).upper() for _ in range(4))
        return f"LPA:1${self.pick(['smdp.example-op.com.br', 'rsp.example-mx.net'])}${code}"

    def br_lat(self):
        return round(self.r.uniform(-30.1, -3.0), 6)

    def br_lon(self):
        return round(self.r.uniform(-60.0, -34.9), 6)

    def mx_lat(self):
        return round(self.r.uniform(16.8, 32.5), 6)

    def mx_lon(self):
        return round(self.r.uniform(-117.0, -86.8), 6)

    def lat_any(self):
        return self.br_lat() if self.r.random() < 0.5 else self.mx_lat()

    def lon_any(self):
        return self.br_lon() if self.r.random() < 0.5 else self.mx_lon()

    def ip_any(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def pix_key(self):
        return self.pick(
            [lambda: self.cpf(), lambda: self.email_any(), lambda: self.br_phone("e164"), lambda: self.uuid()]
        )()

    def sha256(self):
        return self.hexid(64)


# -- contexts ---------------------------------------------------------------------------------------

WEB_PAGES = [
    ("/", "Início | Luma Móvel"),
    ("/planos", "Planos e preços | Luma Móvel"),
    ("/recarga", "Recarga online | Luma Móvel"),
    ("/es-mx/portabilidad", "Cámbiate con tu mismo número | Nube Cel"),
    ("/es-mx/tienda/equipos", "Equipos | Nube Cel"),
    ("/checkout", "Finalizar compra"),
    ("/ajuda/chat", "Atendimento"),
]
WEB_UAS = [
    "Mozilla/5.0 (Linux; Android 14; SM-A155M) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.179 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (Linux; Android 13; moto g84 5G) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
]


def web_context(f: Tel):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com.br/",
                        "",
                        "https://www.google.com.mx/",
                        "https://l.facebook.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?ref=app_banner", "?plano=controle"]
                )
            ),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "url": G(lambda f: "https://www.lumamovel.example.com.br" + f.pick(WEB_PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "iOS"])),
        },
        "locale": G(lambda f: f.pick(["pt-BR", "es-MX", "es-419", "en-US"])),
        "timezone": G(
            lambda f: f.pick(
                ["America/Sao_Paulo", "America/Mexico_City", "America/Manaus", "America/Tijuana"]
            )
        ),
        "ip": Y(lambda f: f.ip_any(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["portabilidade_q3", "recarga_dobro", "buen_fin_2024", "esim_viajero"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "tiktok", "whatsapp"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "referral", "sms"])),
            "term": G(lambda f: f.pick(["plano controle", "chip pre pago", "portabilidad telcel", "esim"])),
            "content": G(lambda f: f.pick(["banner_topo", "video_15s", "carrusel_b"])),
        },
    }


def swift_context(f: Tel):
    return {
        "app": {
            "name": G(lambda f: "Luma Móvel"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6502"])),
            "namespace": G(lambda f: "br.com.lumamovel.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,4", "iPhone12,1", "iPhone16,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["pt-BR", "es-MX"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/Recife", "America/Mexico_City"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email_any(), "email"),
            "firstName": Y(lambda f: f.first_any(), "name"),
            "plan": G(lambda f: f.pick(PLANS)),
        },
    }


def kotlin_context(f: Tel):
    return {
        "app": {
            "name": G(lambda f: "Nube Cel"),
            "version": G(lambda f: f.pick(["3.12.0", "3.12.4", "3.13.0"])),
            "build": G(lambda f: f.pick(["31200", "31204", "31300"])),
            "namespace": G(lambda f: "mx.nubecel.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A155M", "moto g84 5G", "23129RAA4G", "CPH2591"])),
            "name": G(lambda f: f.pick(["a15", "bangkk", "sapphire", "OP5A0DL1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "es-US", "pt-BR"])),
        "network": {
            "carrier": G(lambda f: f.pick([*MX_CARRIERS, "Vivo", "Claro BR"])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(["America/Mexico_City", "America/Monterrey", "America/Cancun"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155M Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g84 5G Build/T1TCS33.34-97-4)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; 23129RAA4G Build/UKQ1.231003.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(f: Tel):
    return {
        "app": {
            "name": G(lambda f: "Pulso"),
            "version": G(lambda f: f.pick(["2.30.1", "2.31.0", "2.31.3"])),
            "build": G(lambda f: f.pick(["231", "233", "236"])),
            "namespace": G(lambda f: "com.pulsomvno.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546E", "moto e22"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lamul"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(["pt-BR", "es-MX"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 411])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/Mexico_City"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email_any(), "email"),
            "name": Y(lambda f: f.any_name(), "name"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "lineType": G(lambda f: f.pick(["prepaid", "postpaid", "control"])),
        },
        "location": {
            "city": Y(lambda f: f.pick(BR_CITIES + MX_CITIES), "city"),
            "country": G(lambda f: f.pick(["Brazil", "Mexico"])),
            "latitude": Y(lambda f: f.lat_any(), "geolocation"),
            "longitude": Y(lambda f: f.lon_any(), "geolocation"),
        },
    }


def flutter_context(f: Tel):
    return {
        "app": {
            "name": G(lambda f: "Chip Verde"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["420", "421", "430"])),
            "namespace": G(lambda f: "br.com.chipverde"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A256E", "iPhone14,5", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: "pt-BR"),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.5", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([1080, 1170])), "height": G(lambda f: f.pick([2340, 2532]))},
        "network": {"carrier": G(lambda f: f.pick(BR_CARRIERS)), "wifi": G(lambda f: f.pick([True, False]))},
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/Fortaleza", "America/Belem"])),
        "traits": {
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "firstName": Y(lambda f: f.br_first(), "name"),
            "phone": Y(lambda f: f.br_phone(), "phone"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2"],
    "@segment/analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.2.2"],
    "analytics-java": ["3.5.1", "3.4.0"],
    "analytics-ruby": ["2.4.3", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.1"],
    "Analytics.NET": ["3.8.1", "3.8.0"],
}


def server_context(lib: str):
    def build(f: Tel):
        ctx = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))},
            "ip": Y(lambda f: f.ip_any(), "ip"),
        }
        if lib in ("@segment/analytics-node", "analytics-python"):
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        if lib in ("analytics-java", "analytics-go"):
            ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
        if lib == "analytics-ruby":
            ctx["traits"] = {"email": Y(lambda f: f.email_any(), "email")}
        if lib == "analytics-php":
            ctx["locale"] = G(lambda f: f.pick(["es-MX", "pt-BR"]))
        if lib == "Analytics.NET":
            ctx["timezone"] = G(lambda f: "America/Mexico_City")
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("@segment/analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}

# -- shared fragments -------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(lambda f: f.pick([*DEVICE_SKUS, "CHIP-TRIPLO-4G", "CAPA-A15-PRETA", "CARREG-25W"])),
        "name": G(lambda f: f.pick([*DEVICES, "Chip Triplo 4G", "Capa Galaxy A15", "Carregador 25W"])),
        "brand": G(lambda f: f.pick(["Samsung", "Apple", "Motorola", "Xiaomi", "Luma"])),
        "category": G(lambda f: f.pick(["smartphones", "acessorios", "chips", "equipos"])),
        "variant": G(lambda f: f.pick(["Preto", "Azul", "128GB", "Verde Menta", "Negro 256GB"])),
        "price": G(lambda f: f.money(29, 8999)),
        "quantity": G(lambda f: f.r.randint(1, 2)),
        "position": G(lambda f: f.r.randint(1, 24)),
        "url": G(lambda f: f"https://www.lumamovel.example.com.br/loja/p/{f.digits(6)}"),
        "image_url": G(lambda f: f"https://cdn.lumamovel.example.com.br/img/{f.hexid(10)}.webp"),
    }


def chat_with_phone(f: Tel) -> str:
    phone = f.br_phone() if f.r.random() < 0.5 else f.mx_phone()
    return f.pick(
        [
            f"Meu número é {phone} e não recebo SMS desde ontem",
            f"a recarga não caiu na linha {phone}",
            f"Mi número es {phone}, no tengo señal desde el lunes",
            f"quero portar o {phone} pra vcs",
            f"pueden llamarme al {phone}?",
            f"linha {phone} bloqueada, o que faço?",
        ]
    )


def sms_body(f: Tel) -> str:
    code = f.digits(6)
    return f.pick(
        [
            f"Luma: seu código de verificação é {code}. Não compartilhe.",
            f"Nube Cel: tu código es {code}. Vence en 10 min.",
            f"{code} é seu código Pulso para confirmar a portabilidade",
            f"Use {code} para activar tu eSIM. No lo compartas con nadie.",
        ]
    )


def transfer_note(f: Tel) -> str:
    name = f.any_name()
    return f.pick(
        [
            f"Titularidade passa para {name} após falecimento do titular",
            f"Cesión de línea a {name}, presentó INE en tienda",
            f"Linha corporativa transferida ao colaborador {name}",
            f"Doação da linha para a filha, {name}",
            f"Se transfiere a {name} por divorcio",
        ]
    )


def agent_note(f: Tel) -> str:
    return f.pick(
        [
            "Cliente orientado a reiniciar o aparelho.",
            "Se reprogramó la portabilidad para la siguiente ventana.",
            "Reembolso de recarga aprovado pela supervisão.",
            "Chip trocado na loja, IMEI conferido.",
            "Se ofreció plan superior, cliente lo rechazó.",
            "Sem sinal na região, abrimos chamado técnico.",
        ]
    )


# -- events: (type, event/screen name, client, body, weight) ----------------------------------------

EVENTS = [
    # identify: subscribers, three backends -----------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.email_any(), "email"),
            "firstName": Y(lambda f: f.first_any(), "name"),
            "lastName": Y(lambda f: f.last_any(), "name"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "birthday": Y(lambda f: f.date(1950, 2007), "birthdate"),
            "address": {
                "street": Y(
                    lambda f: f.pick([f.br_street(), f.mx_address().split(",")[0]]), "address|street"
                ),
                "city": Y(lambda f: f.pick(BR_CITIES + MX_CITIES), "city"),
                "state": G(lambda f: f.pick(BR_UF + MX_ESTADOS)),
                "postalCode": Y(lambda f: f.pick([f.cep(), f.cp_mx()]), "zipcode"),
                "country": G(lambda f: f.pick(["BR", "MX"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(PLANS)),
            "lineType": G(lambda f: f.pick(["prepaid", "postpaid", "control"])),
            "isAccountHolder": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "loyaltyNumber": G(lambda f: "LM" + f.digits(9)),
            "age": G(lambda f: f.r.randint(18, 79)),
            "preferredLanguage": G(lambda f: f.pick(["pt", "es", "en"])),
            "whatsappOptIn": G(lambda f: f.pick([True, False])),
            "linesCount": G(lambda f: f.r.randint(1, 5)),
            "avatar": Y(lambda f: f"https://cdn.lumamovel.example.com.br/avatars/{f.hexid(12)}.jpg", "photo"),
        },
        3,
    ),
    (
        "identify",
        None,
        "python",
        {
            "nome_completo": Y(lambda f: f.br_name(), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "rg": RED(lambda f: f.rg(), "national id"),
            "data_nascimento": Y(
                lambda f: f.pick([f.date(1945, 2006), "/".join(reversed(f.date(1945, 2006).split("-")))]),
                "birthdate",
            ),
            "nome_mae": Y(lambda f: f"{f.br_first()} {f.br_last()} {f.br_last()}", "name"),
            "sexo": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
            "estado_civil": G(lambda f: f.pick(["solteiro", "casado", "divorciado", "uniao_estavel"])),
            "email": Y(lambda f: f.email_any(), "email"),
            "telefone_celular": Y(lambda f: f.br_phone(), "phone"),
            "numero_linha": Y(lambda f: f.br_phone("plain"), "phone"),
            "endereco": {
                "logradouro": Y(lambda f: f.pick(BR_RUAS), "address|street"),
                "numero": Y(lambda f: str(f.r.randint(1, 3999)), "address|street"),
                "complemento": Y(
                    lambda f: f.pick(["apto 52", "casa 2", "bloco C ap 301", "fundos", "sala 4"]),
                    "address|street",
                ),
                "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address"),
                "cidade": Y(lambda f: f.pick(BR_CITIES), "city"),
                "uf": G(lambda f: f.pick(BR_UF)),
                "cep": Y(lambda f: f.cep(), "zipcode"),
            },
            "plano": G(lambda f: f.pick(PLANS[:3])),
            "tipo_linha": G(lambda f: f.pick(["pre", "pos", "controle"])),
            "cliente_desde": G(lambda f: f.date(2008, 2024)),
            "codigo_cliente": G(lambda f: f.digits(10)),
            "possui_dependentes": G(lambda f: f.pick([True, False])),
            "profissao": G(
                lambda f: f.pick(
                    ["Professora", "Motorista de aplicativo", "Analista de sistemas", "Autônomo"]
                )
            ),
        },
        3,
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "Nombre": Y(lambda f: f.mx_first(), "name"),
            "ApellidoPaterno": Y(lambda f: f.mx_last(), "name"),
            "ApellidoMaterno": Y(lambda f: f.mx_last(), "name"),
            "Curp": RED(lambda f: f.curp(), "national id"),
            "Rfc": RED(lambda f: f.rfc(), "national id"),
            "CorreoElectronico": Y(lambda f: f.email_any(), "email"),
            "TelefonoCelular": Y(lambda f: f.mx_phone(), "phone"),
            "FechaNacimiento": Y(lambda f: f.date(1950, 2006) + "T00:00:00", "birthdate"),
            "Genero": Y(lambda f: f.pick(["Femenino", "Masculino", "No binario"]), "gender"),
            "Domicilio": Y(lambda f: f.mx_address(), "address"),
            "CodigoPostal": Y(lambda f: f.cp_mx(), "zipcode"),
            "Estado": G(lambda f: f.pick(MX_ESTADOS)),
            "NumeroCliente": G(lambda f: f.digits(9)),
            "Segmento": G(lambda f: f.pick(["Prepago", "Pospago", "Empresarial"])),
            "FechaAlta": G(lambda f: f.iso()),
            "TieneEsim": G(lambda f: f.pick([True, False])),
            "LineasActivas": G(lambda f: f.r.randint(1, 4)),
        },
        2,
    ),
    # SIM registration -------------------------------------------------------------------------
    (
        "track",
        "SIM Registration Submitted",
        "kotlin",
        {
            "registration_id": G(lambda f: f.uuid()),
            "sim_iccid": Y(lambda f: f.iccid(), "serial"),
            "imei": Y(lambda f: f.imei(), "serial"),
            "msisdn": Y(lambda f: f.msisdn(), "phone"),
            "document_type": G(lambda f: f.pick(["CURP", "INE", "PASAPORTE", "CPF"])),
            "document_number": RED(
                lambda f: f.pick([f.curp(), f.clave_elector(), f.passport(), f.cpf()]), "national id|passport"
            ),
            "holder_first_name": Y(lambda f: f.first_any(), "name"),
            "holder_last_name": Y(lambda f: f.last_any(), "name"),
            "holder_birth_date": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "selfie_url": Y(lambda f: f"https://kyc.nubecel.example.mx/selfies/{f.uuid()}.jpg", "photo"),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "curp_validated": G(lambda f: f.pick([True, False])),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 1), 2)),
            "verification_status": G(lambda f: f.pick(["approved", "manual_review", "rejected"])),
            "registration_channel": G(lambda f: f.pick(["app", "store", "kiosk"])),
            "store_id": G(lambda f: "MX" + f.digits(4)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "is_foreign_national": G(lambda f: f.pick([True, False])),
            "nationality": Y(
                lambda f: f.pick(["mexicana", "venezolana", "colombiana", "estadounidense", "china"]),
                "citizenship",
            ),
            "holder_address": Y(lambda f: f.mx_address(), "address"),
        },
        3,
    ),
    (
        "track",
        "Linea Registrada",
        "php",
        {
            "folio": G(lambda f: "REG-" + f.digits(8)),
            "nombre": Y(lambda f: f.mx_first(), "name"),
            "apellido_paterno": Y(lambda f: f.mx_last(), "name"),
            "apellido_materno": Y(lambda f: f.mx_last(), "name"),
            "curp": RED(lambda f: f.curp(), "national id"),
            "clave_elector": RED(lambda f: f.clave_elector(), "national id"),
            "domicilio": Y(lambda f: f.mx_address(), "address"),
            "colonia": Y(lambda f: f.pick(MX_COLONIAS), "address"),
            "codigo_postal": Y(lambda f: f.cp_mx(), "zipcode"),
            "municipio": Y(lambda f: f.pick(MX_CITIES), "city"),
            "estado": G(lambda f: f.pick(MX_ESTADOS)),
            "telefono": Y(lambda f: f.mx_phone(), "phone"),
            "correo": Y(lambda f: f.email_any(), "email"),
            "numero_linea": Y(lambda f: f.mx_phone("plain"), "phone"),
            "tipo_linea": G(lambda f: f.pick(["prepago", "pospago"])),
            "fecha_registro": G(lambda f: f.iso()),
            "canal": G(lambda f: f.pick(["tienda", "app", "distribuidor"])),
        },
        2,
    ),
    # top-ups ----------------------------------------------------------------------------------
    (
        "track",
        "Top-up Completed",
        "flutter",
        {
            "topupId": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([15, 20, 30, 50, 100])),
            "currency": G(lambda f: "BRL"),
            "paymentMethod": G(lambda f: f.pick(["pix", "credit_card", "boleto", "google_pay"])),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard", "elo", "hipercard"])),
            "cardLast4": G(lambda f: f.digits(4)),
            "recipientMsisdn": Y(lambda f: f.br_phone(), "phone"),
            "recipientName": Y(lambda f: f.br_name(), "name"),
            "isSelfTopup": G(lambda f: f.pick([True, False])),
            "payerDocument": RED(lambda f: f.cpf(), "national id"),
            "bonusMb": G(lambda f: f.pick([0, 1024, 2048, 5120])),
            "promoCode": G(lambda f: f.pick(["DOBRO50", "", "RECARGA10", "BEMVINDO"])),
            "autoRechargeEnabled": G(lambda f: f.pick([True, False])),
            "pixTxid": G(lambda f: f.hexid(26).upper()),
            "balanceAfter": G(lambda f: f.money(0, 120)),
        },
        3,
    ),
    (
        "track",
        "Recarga Realizada",
        "node",
        {
            "recarga_id": G(lambda f: f.digits(12)),
            "numero_linea": Y(lambda f: f.mx_phone("plain"), "phone"),
            "monto": G(lambda f: f.pick([50, 100, 150, 200, 500])),
            "moneda": G(lambda f: "MXN"),
            "metodo_pago": G(lambda f: f.pick(["oxxo", "tarjeta", "spei", "mercado_pago"])),
            "referencia_oxxo": G(lambda f: f.digits(14)),
            "card_token": RED(lambda f: f.hexid(32), "token"),
            "paquete": G(lambda f: f.pick(["Amigo Sin Límite 100", "Internet 3GB", "Recarga 50"])),
            "vigencia_dias": G(lambda f: f.pick([7, 15, 30])),
            "es_primera_recarga": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # plan changes -----------------------------------------------------------------------------
    (
        "track",
        "Plan Changed",
        "node",
        {
            "account_number": G(lambda f: f.digits(10)),
            "line_msisdn": Y(lambda f: f.msisdn(), "phone"),
            "previous_plan": G(lambda f: f.pick(PLANS)),
            "new_plan": G(lambda f: f.pick(PLANS)),
            "price_change": G(lambda f: round(f.r.uniform(-80, 120), 2)),
            "effective_date": G(lambda f: f.date(2024, 2025)),
            "reason": G(lambda f: f.pick(["more_data", "price", "travel", "family"])),
            "channel": G(lambda f: f.pick(["app", "web", "call_center", "store"])),
            "agent_id": G(lambda f: "AG" + f.digits(5)),
            "contract_months": G(lambda f: f.pick([0, 12, 24])),
            "loyalty_penalty_waived": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    # portability ------------------------------------------------------------------------------
    (
        "track",
        "Portabilidade Solicitada",
        "python",
        {
            "protocolo_portabilidade": G(lambda f: "2024" + f.digits(10)),
            "numero_portado": Y(lambda f: f.br_phone(), "phone"),
            "operadora_doadora": G(lambda f: f.pick(BR_CARRIERS)),
            "operadora_receptora": G(lambda f: f.pick(MVNOS[:3])),
            "cpf_titular": RED(lambda f: f.cpf(), "national id"),
            "nome_titular": Y(lambda f: f.br_name(), "name"),
            "codigo_confirmacao_sms": RED(lambda f: f.digits(6), "token"),
            "janela_portabilidade": G(lambda f: f.date(2024, 2025)),
            "status": G(lambda f: f.pick(["solicitada", "agendada", "concluida", "cancelada"])),
            "tentativas": G(lambda f: f.r.randint(1, 3)),
            "bilhete_portabilidade": G(lambda f: f.digits(14)),
        },
        3,
    ),
    (
        "track",
        "Port-In Requested",
        "go",
        {
            "port_request_id": G(lambda f: f.uuid()),
            "ported_number": Y(lambda f: f.mx_phone(), "phone"),
            "portability_nip": RED(lambda f: f.digits(4), "token"),
            "donor_carrier": G(lambda f: f.pick(MX_CARRIERS)),
            "receiving_carrier": G(lambda f: f.pick(MVNOS[3:])),
            "curp": RED(lambda f: f.curp(), "national id"),
            "holder_full_name": Y(lambda f: f.mx_name(), "name"),
            "holder_email": Y(lambda f: f.email_any(), "email"),
            "ift_folio": G(lambda f: "IFT" + f.digits(11)),
            "scheduled_window": G(lambda f: f.iso()),
            "port_status": G(lambda f: f.pick(["pending", "scheduled", "rejected_nip", "completed"])),
            "rejection_code": G(lambda f: f.pick(["", "R01", "R07", "R12"])),
            "keep_number": G(lambda f: True),
        },
        3,
    ),
    # eSIM -------------------------------------------------------------------------------------
    (
        "track",
        "eSIM Activated",
        "swift",
        {
            "esimProfileIccid": Y(lambda f: f.iccid(), "serial"),
            "eid": Y(lambda f: f.eid(), "serial"),
            "activationCode": RED(lambda f: f.lpa(), "token"),
            "smdpAddress": G(lambda f: f.pick(["smdp.example-op.com.br", "rsp.example-mx.net"])),
            "lineNumber": Y(lambda f: f.phone_any(), "phone"),
            "installMethod": G(lambda f: f.pick(["qr", "in_app", "carrier_app", "manual"])),
            "qrScanned": G(lambda f: f.pick([True, False])),
            "activatedAt": G(lambda f: f.iso()),
            "timeToActivateMs": G(lambda f: f.r.randint(4000, 180000)),
            "deviceModel": G(lambda f: f.pick(["iPhone 15", "iPhone 14 Pro", "iPhone SE (3rd generation)"])),
            "profileState": G(lambda f: f.pick(["enabled", "disabled", "error"])),
            "isTravelEsim": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    # roaming ----------------------------------------------------------------------------------
    (
        "track",
        "Roaming Pass Purchased",
        "kotlin",
        {
            "pass_id": G(lambda f: f.uuid()),
            "destination_country": G(lambda f: f.pick(ROAMING_DEST)),
            "destination_city": G(
                lambda f: f.pick(["Miami", "Madrid", "Buenos Aires", "Lisboa", "Tóquio", "Toronto"])
            ),
            "pass_name": G(lambda f: f.pick(["Viajero USA 7 días", "Passaporte Europa", "Mundo 15 días"])),
            "days": G(lambda f: f.pick([1, 7, 15, 30])),
            "data_gb": G(lambda f: f.pick([1, 5, 10, 20])),
            "price": G(lambda f: f.money(49, 899)),
            "currency": G(lambda f: f.pick(["MXN", "BRL"])),
            "trip_start": G(lambda f: f.date(2024, 2025)),
            "visited_mcc": G(lambda f: f.pick(["310", "214", "722", "268", "440"])),
            "visited_network": G(lambda f: f.pick(["T-Mobile US", "Movistar ES", "Personal AR", "MEO"])),
            "last_known_location": {
                "lat": Y(lambda f: f.lat_any(), "geolocation"),
                "lon": Y(lambda f: f.lon_any(), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(5, 1500)),
            },
            "roaming_alerts_enabled": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Roaming Usage Alert Sent",
        "java",
        {
            "alertId": G(lambda f: f.digits(10)),
            "msisdn": Y(lambda f: f.msisdn(), "phone"),
            "imsi": Y(lambda f: f.imsi(), "identification|serial"),
            "usageMb": G(lambda f: f.r.randint(50, 20000)),
            "thresholdPercent": G(lambda f: f.pick([50, 80, 100])),
            "countryIso": G(lambda f: f.pick(["US", "ES", "AR", "PT", "JP"])),
            "smsSent": G(lambda f: True),
            "chargedAmount": G(lambda f: f.money(0, 300)),
        },
        2,
    ),
    # device financing -------------------------------------------------------------------------
    (
        "track",
        "Device Financing Application Submitted",
        "java",
        {
            "applicationId": G(lambda f: f.uuid()),
            "deviceSku": G(lambda f: f.pick(DEVICE_SKUS)),
            "deviceName": G(lambda f: f.pick(DEVICES)),
            "financedAmount": G(lambda f: f.money(800, 9000)),
            "installments": G(lambda f: f.pick([10, 12, 18, 21, 24])),
            "interestRate": G(lambda f: round(f.r.uniform(0, 3.9), 2)),
            "downPayment": G(lambda f: f.money(0, 1500)),
            "applicant": {
                "fullName": Y(lambda f: f.br_name(), "name"),
                "cpf": RED(lambda f: f.cpf(), "national id"),
                "dateOfBirth": Y(lambda f: f.date(1950, 2006), "birthdate"),
                "monthlyIncome": Y(lambda f: f.pick([1412, 2500, 3800, 7200, 15000]), "salary"),
                "employer": G(
                    lambda f: f.pick(["Magazine Luiza", "Prefeitura de Campinas", "Autônomo", "iFood"])
                ),
                "occupation": G(lambda f: f.pick(["Vendedor", "Enfermeira", "Engenheiro", "Entregador"])),
                "maritalStatus": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
                "motherName": Y(lambda f: f"{f.br_first()} {f.br_last()}", "name"),
                "email": Y(lambda f: f.email_any(), "email"),
                "mobile": Y(lambda f: f.br_phone(), "phone"),
            },
            "bank": {
                "bankCode": G(lambda f: f.pick(["341", "001", "237", "104", "260", "077"])),
                "branch": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
                "accountNumber": RED(
                    lambda f: f"{f.digits(f.pick([5, 6, 8]))}-{f.r.randint(0, 9)}", "bank account"
                ),
                "accountType": G(lambda f: f.pick(["checking", "savings", "payment"])),
            },
            "creditDecision": G(lambda f: f.pick(["approved", "declined", "review"])),
            "scoreBand": G(lambda f: f.pick(["A", "B", "C", "D"])),
        },
        2,
    ),
    (
        "track",
        "Device Financing Approved",
        "dotnet",
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "Clabe": RED(lambda f: f.clabe(), "bank account"),
            "Rfc": RED(lambda f: f.rfc(), "national id"),
            "IngresoMensual": Y(lambda f: f.pick([8500, 12000, 18500, 32000, 55000]), "salary"),
            "Plazo": G(lambda f: f.pick([12, 18, 24])),
            "Enganche": G(lambda f: f.money(0, 3000)),
            "MontoFinanciado": G(lambda f: f.money(3000, 30000)),
            "Equipo": G(lambda f: f.pick(DEVICES)),
            "Aprobado": G(lambda f: f.pick([True, False])),
            "BandaBuro": G(lambda f: f.pick(["AA", "A", "B", "C"])),
            "FechaPrimerPago": G(lambda f: f.date(2024, 2025)),
        },
        2,
    ),
    (
        "track",
        "Pix Refund Requested",
        "go",
        {
            "refund_id": G(lambda f: f.uuid()),
            "original_topup_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([15, 20, 30, 50, 100])),
            "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
            "pix_key_type": G(lambda f: f.pick(["cpf", "email", "phone", "evp"])),
            "end_to_end_id": G(lambda f: "E" + f.digits(8) + "2024" + f.hexid(19).upper()),
            "reason": G(lambda f: f.pick(["duplicate", "wrong_number", "service_unavailable"])),
        },
        2,
    ),
    # payments & e-commerce --------------------------------------------------------------------
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(9)),
            "step": G(lambda f: f.r.randint(2, 4)),
            "payment_method": G(lambda f: f.pick(["credit_card", "pix", "boleto", "oxxo", "mercado_pago"])),
            "card_bin": G(lambda f: f.pick(["516292", "438935", "506722", "401178", "553636"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "amex"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2033)),
            "payment_token": RED(lambda f: "tok_" + f.hexid(24), "token"),
            "cardholder_name": Y(lambda f: f.any_name().upper(), "name"),
            "cardholder_document": RED(lambda f: f.cpf(), "national id"),
            "billing_address": Y(lambda f: f.address_any(), "address"),
            "billing_zip": Y(lambda f: f.pick([f.cep(), f.cp_mx()]), "zipcode"),
            "installments": G(lambda f: f.pick([1, 3, 6, 10, 12])),
            "save_card": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(9)),
            "affiliation": G(lambda f: f.pick(["Loja Online", "App", "Tienda en línea"])),
            "total": G(lambda f: f.money(30, 9000)),
            "revenue": G(lambda f: f.money(30, 9000)),
            "shipping": G(lambda f: f.money(0, 60)),
            "tax": G(lambda f: f.money(0, 900)),
            "discount": G(lambda f: f.money(0, 300)),
            "coupon": G(lambda f: f.pick(["", "APP10", "BUENFIN", "TROCA200"])),
            "currency": G(lambda f: f.pick(["BRL", "MXN"])),
            "products": Many(product(), 3),
            "shipping_method": G(lambda f: f.pick(["sedex", "pac", "retira_loja", "estafeta", "dhl"])),
            "shipping_address": {
                "name": Y(lambda f: f.any_name(), "name"),
                "street": Y(
                    lambda f: f.pick([f.br_street(), f.mx_address().split(",")[0]]), "address|street"
                ),
                "city": Y(lambda f: f.pick(BR_CITIES + MX_CITIES), "city"),
                "state": G(lambda f: f.pick(BR_UF + MX_ESTADOS)),
                "postal_code": Y(lambda f: f.pick([f.cep(), f.cp_mx()]), "zipcode"),
                "country": G(lambda f: f.pick(["BR", "MX"])),
                "phone": Y(lambda f: f.phone_any(), "phone"),
            },
            "nfe_key": G(lambda f: "3524" + f.digits(40)),
            "is_gift": G(lambda f: f.pick([True, False])),
            "customer_email": Y(lambda f: f.email_any(), "email"),
            "customer_document": RED(lambda f: f.cpf(), "national id"),
            "tracking_code": G(lambda f: f.pick(["QB", "NX", "OJ"]) + f.digits(9) + "BR"),
        },
        3,
    ),
    (
        "track",
        "Product Viewed",
        "web",
        {
            **product(),
            "currency": G(lambda f: f.pick(["BRL", "MXN"])),
            "value": G(lambda f: f.money(29, 8999)),
        },
        3,
    ),
    (
        "track",
        "Product List Viewed",
        "rn",
        {
            "list_id": G(lambda f: f.pick(["smartphones", "ofertas", "5g", "acessorios"])),
            "category": G(lambda f: f.pick(["smartphones", "equipos"])),
            "products": Many(
                {
                    k: v
                    for k, v in product().items()
                    if k in ("product_id", "sku", "name", "price", "position")
                },
                4,
            ),
        },
        2,
    ),
    (
        "track",
        "Cart Viewed",
        "swift",
        {
            "cart_id": G(lambda f: f.uuid()),
            "products": Many(
                {k: v for k, v in product().items() if k in ("product_id", "sku", "price", "quantity")}, 3
            ),
        },
        2,
    ),
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    ["iphone 15", "chip esim", "galaxy a15 parcelado", "cargador tipo c", "moto g"]
                )
            )
        },
        2,
    ),
    # customer support -------------------------------------------------------------------------
    (
        "track",
        "Support Chat Started",
        "web",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "topic": G(lambda f: f.pick(["recarga", "portabilidade", "sinal", "fatura", "esim"])),
            "channel": G(lambda f: f.pick(["web_chat", "whatsapp", "app_chat"])),
            "language": G(lambda f: f.pick(["pt", "es"])),
            "queue_position": G(lambda f: f.r.randint(0, 40)),
            "wait_time_sec": G(lambda f: f.r.randint(0, 900)),
            "first_message": G(
                lambda f: f.pick(
                    [
                        "Quero mudar meu plano",
                        "Mi recarga no se aplicó",
                        "Estou sem sinal desde ontem",
                        "¿Cómo activo mi eSIM?",
                        "Minha fatura veio errada",
                        "Quiero cancelar",
                    ]
                )
            ),
            "text": Y(chat_with_phone, "phone", True),
            "agent": {
                "id": G(lambda f: "ag_" + f.digits(5)),
                "name": Y(lambda f: f"{f.first_any()} {f.last_any()}", "name"),
                "email": Y(
                    lambda f: (
                        f"{_strip(f.first_any())}.{_strip(f.last_any())}@atendimento.lumamovel.example.com.br".replace(
                            " ", ""
                        )
                    ),
                    "email",
                ),
                "team": G(lambda f: f.pick(["N1 Recarga", "N2 Portabilidade", "Soporte MX"])),
            },
            "bot_handled": G(lambda f: f.pick([True, False])),
            "customer_name": Y(lambda f: f.any_name(), "name"),
            "customer_email": Y(lambda f: f.email_any(), "email"),
        },
        3,
    ),
    (
        "track",
        "Support Chat Closed",
        "ruby",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "resolution": G(lambda f: f.pick(["resolved", "escalated", "abandoned"])),
            "csat": G(lambda f: f.r.randint(1, 5)),
            "duration_sec": G(lambda f: f.r.randint(30, 3600)),
            "messages_count": G(lambda f: f.r.randint(2, 60)),
            "agent_note": G(agent_note),
            "ticket_number": G(lambda f: "SR-" + f.digits(8)),
            "customer_email_sent": G(lambda f: f.pick([True, False])),
            "transcript_sha256": G(lambda f: f.sha256()),
        },
        2,
    ),
    (
        "track",
        "Customer Looked Up",
        "java",
        {
            "lookup": {
                "q": RED(lambda f: f.cpf(), "national id", True),
                "scope": G(lambda f: f.pick(["all", "active", "suspended"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "AG" + f.digits(5)),
            "console_version": G(lambda f: f.pick(["2024.6.1", "2024.7.0"])),
            "latency_ms": G(lambda f: f.r.randint(20, 900)),
        },
        2,
    ),
    (
        "track",
        "PUK Requested",
        "node",
        {
            "iccid": Y(lambda f: f.iccid(), "serial"),
            "puk": RED(lambda f: f.digits(8), "secret"),
            "requested_by": G(lambda f: f.pick(["self", "agent", "ivr"])),
            "verification_method": G(lambda f: f.pick(["otp", "security_question", "document"])),
            "attempts_left": G(lambda f: f.r.randint(0, 10)),
        },
        2,
    ),
    # stores -----------------------------------------------------------------------------------
    (
        "track",
        "Store Pickup Scheduled",
        "php",
        {
            "pickup_id": G(lambda f: f.digits(8)),
            "order_id": G(lambda f: f.digits(9)),
            "store": {
                "id": G(lambda f: f.pick(["SP014", "RJ003", "MX0102", "MX0230"])),
                "name": G(lambda f: f.pick(STORE_NAMES)),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Av. Rebouças, 3970 - Pinheiros, São Paulo - SP",
                            "Av. Universidad 1000, Col. Santa Cruz Atoyac, CDMX",
                            "Av. das Américas, 4666 - Barra da Tijuca, Rio de Janeiro - RJ",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(STORE_CITIES)),
                "phone": G(lambda f: f.pick(["+55 11 3003-4000", "800 123 4567", "(21) 4002-8922"])),
                "email": G(
                    lambda f: f.pick(
                        ["loja.eldorado@lumamovel.example.com.br", "tienda.universidad@nubecel.example.mx"]
                    )
                ),
            },
            "pickup_slot": G(lambda f: f.iso()),
            "pickup_person_name": Y(lambda f: f.any_name(), "name"),
            "pickup_person_document": RED(lambda f: f.pick([f.cpf(), f.clave_elector()]), "national id"),
            "pickup_person_phone": Y(lambda f: f.phone_any(), "phone"),
            "authorized_third_party": G(lambda f: f.pick([True, False])),
            "sms_reminder": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "POS Sale Completed",
        "ruby",
        {
            "sale_id": G(lambda f: f.digits(10)),
            "store_code": G(lambda f: f.pick(["SP014", "RJ003", "MX0102", "MX0230"])),
            "register_id": G(lambda f: f.r.randint(1, 12)),
            "staff_id": G(lambda f: f.digits(6)),
            "staff_name": Y(lambda f: f"{f.first_any()} {f.last_any()}", "name"),
            "staff_email": Y(
                lambda f: f"{_strip(f.first_any())}.{_strip(f.last_any())}@lojas.example.com.br".replace(
                    " ", ""
                ),
                "email",
            ),
            "staff_hourly_rate": Y(lambda f: f.pick([9.8, 11.5, 14.0, 62.5, 75.0]), "salary"),
            "commission_amount": Y(lambda f: f.money(2, 250), "salary"),
            "sale_total": G(lambda f: f.money(15, 9000)),
            "items_count": G(lambda f: f.r.randint(1, 6)),
            "customer_msisdn": Y(lambda f: f.msisdn(), "phone"),
            "customer_present": G(lambda f: True),
            "customer_document": RED(lambda f: f.cpf(), "national id"),
            "sim_swap": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Store Locator Searched",
        "web",
        {
            "q": G(
                lambda f: f.pick(["Pinheiros", "Polanco", "shopping eldorado", "Monterrey centro", "Savassi"])
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "radius_km": G(lambda f: f.pick([2, 5, 10, 25])),
            "user_location": {
                "lat": Y(lambda f: f.lat_any(), "geolocation"),
                "lng": Y(lambda f: f.lon_any(), "geolocation"),
            },
            "open_now": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "store-appointment-booked",
        "node",
        {
            "appointment-id": G(lambda f: f.uuid()),
            "store-code": G(lambda f: f.pick(["SP014", "RJ003", "MX0102", "MX0230"])),
            "customer-name": Y(lambda f: f.any_name(), "name"),
            "customer-phone": Y(lambda f: f.phone_any(), "phone"),
            "visit-reason": G(lambda f: f.pick(["troca_aparelho", "portabilidad", "reparo", "chip"])),
            "slot-start": G(lambda f: f.iso()),
            "needs-accessibility-assistance": RED(lambda f: f.pick([True, False]), "disability"),
            "party-size": G(lambda f: f.r.randint(1, 4)),
            "reminder-channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
        },
        2,
    ),
    # family plans and dependants --------------------------------------------------------------
    (
        "track",
        "Family Member Added",
        "rn",
        {
            "plan_id": G(lambda f: "fam_" + f.digits(7)),
            "member": {
                "name": Y(lambda f: f.any_name(), "name"),
                "relationship": G(lambda f: f.pick(["filho", "filha", "cônjuge", "hijo", "madre"])),
                "birth_date": Y(lambda f: f.date(1940, 2018), "birthdate"),
                "phone_number": Y(lambda f: f.phone_any(), "phone"),
                "is_minor": G(lambda f: f.pick([True, False])),
                "data_limit_gb": G(lambda f: f.pick([5, 10, 20])),
            },
            "label": Y(lambda f: f.first_any(), "name", True),
            "member_count": G(lambda f: f.r.randint(2, 5)),
            "max_members": G(lambda f: 5),
            "parental_controls_enabled": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Dependentes Atualizados",
        "python",
        {
            "titular_id": G(lambda f: f.digits(10)),
            "dependentes": Many(
                {
                    "nome": Y(lambda f: f.br_name(), "name"),
                    "cpf": RED(lambda f: f.cpf(), "national id"),
                    "parentesco": G(lambda f: f.pick(["filho", "filha", "conjuge", "pai", "mae"])),
                    "data_nascimento": Y(lambda f: f.date(1940, 2020), "birthdate"),
                    "linha": Y(lambda f: f.br_phone(), "phone"),
                },
                3,
            ),
            "total_dependentes": G(lambda f: f.r.randint(1, 4)),
        },
        2,
    ),
    (
        "track",
        "Parental Controls Updated",
        "swift",
        {
            "childName": Y(lambda f: f.first_any(), "name"),
            "childBirthYear": Y(lambda f: f.r.randint(2008, 2018), "birthdate"),
            "childDeviceId": G(lambda f: f.uuid().upper()),
            "contentFilterLevel": G(lambda f: f.pick(["strict", "moderate", "off"])),
            "screenTimeLimitMin": G(lambda f: f.pick([60, 120, 180])),
            "locationSharingEnabled": G(lambda f: f.pick([True, False])),
            "petName": G(lambda f: f.pick(["Paçoca", "Firulais", "Luna", "Thor", "Canela"])),
        },
        2,
    ),
    (
        "track",
        "Referral Sent",
        "swift",
        {
            "referralCode": G(lambda f: f.hexid(6).upper()),
            "referredName": Y(lambda f: f.any_name(), "name"),
            "referredPhone": Y(lambda f: f.phone_any(), "phone"),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
            "rewardAmount": G(lambda f: f.pick([10, 20, 50])),
            "contactsPermission": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # logistics (SIM delivery) -----------------------------------------------------------------
    (
        "track",
        "SIM Card Shipped",
        "go",
        {
            "order_id": G(lambda f: f.digits(9)),
            "tracking_code": G(lambda f: f.pick(["QB", "NX", "OJ"]) + f.digits(9) + "BR"),
            "carrier": G(lambda f: f.pick(["Correios", "Loggi", "Jadlog", "Estafeta"])),
            "recipient_name": Y(lambda f: f.any_name(), "name"),
            "contact_phone": Y(lambda f: f.phone_any(), "phone"),
            "delivery_address": {
                "street": Y(lambda f: f.pick(BR_RUAS + MX_CALLES), "address|street"),
                "number": Y(lambda f: str(f.r.randint(1, 3999)), "address|street"),
                "neighborhood": Y(lambda f: f.pick(BR_BAIRROS + MX_COLONIAS), "address"),
                "city": Y(lambda f: f.pick(BR_CITIES + MX_CITIES), "city"),
                "state": G(lambda f: f.pick(BR_UF + MX_ESTADOS)),
                "postal_code": Y(lambda f: f.pick([f.cep(), f.cp_mx()]), "zipcode"),
            },
            "estimated_delivery": G(lambda f: f.date(2024, 2025)),
            "delivery_notes": G(
                lambda f: f.pick(
                    ["Deixar na portaria", "Entregar en horario de oficina", "", "Tocar interfone 2x"]
                )
            ),
            "shipped_iccid": Y(lambda f: f.iccid(), "serial"),
        },
        2,
    ),
    # devices: insurance and trade-in ----------------------------------------------------------
    (
        "track",
        "Device Insurance Added",
        "node",
        {
            "policy_number": Y(lambda f: "APL" + f.digits(10), "identification"),
            "imei": Y(lambda f: f.imei(), "serial"),
            "coverage": G(lambda f: f.pick(["roubo_furto", "quebra_acidental", "completo"])),
            "premium_monthly": G(lambda f: f.money(9, 90)),
            "insurer": G(lambda f: f.pick(["Porto Seguro", "Assurant", "GNP Seguros"])),
            "device_value": G(lambda f: f.money(800, 9000)),
        },
        2,
    ),
    (
        "track",
        "Trade-In Quoted",
        "rn",
        {
            "quote_id": G(lambda f: f.uuid()),
            "device_imei": Y(lambda f: f.imei(), "serial"),
            "serial_number": Y(lambda f: f.pick(["F", "G", "D"]) + f.hexid(10).upper(), "serial"),
            "device_model": G(lambda f: f.pick(DEVICES)),
            "device_condition": G(lambda f: f.pick(["excellent", "good", "cracked_screen", "no_power"])),
            "quote_amount": G(lambda f: f.money(50, 4000)),
            "find_my_disabled": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # telemedicine add-on (a bundled benefit) --------------------------------------------------
    (
        "track",
        "Telehealth Consult Booked",
        "flutter",
        {
            "consultId": G(lambda f: f.uuid()),
            "susCardNumber": RED(lambda f: f.cns(), "health id"),
            "specialty": Y(
                lambda f: f.pick(["psiquiatria", "cardiologia", "ginecologia", "dermatologia"]), "condition"
            ),
            "symptoms": Y(
                lambda f: f.pick(["dor de cabeça forte", "febre e tosse", "ansiedade", "dor nas costas"]),
                "condition",
            ),
            "isPregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "hasChronicCondition": Y(lambda f: f.pick([True, False]), "condition"),
            "scheduledAt": G(lambda f: f.iso()),
            "planBenefit": G(lambda f: f.pick(["Saúde Luma", "Chip Verde Mais Saúde"])),
            "doctorCrm": G(lambda f: "CRM-SP " + f.digits(6)),
        },
        2,
    ),
    # line ownership, emergency contacts, find my phone, invoices ------------------------------
    (
        "track",
        "Line Ownership Transferred",
        "java",
        {
            "transferId": G(lambda f: f.uuid()),
            "lineMsisdn": Y(lambda f: f.msisdn(), "phone"),
            "previousHolder": {
                "fullName": Y(lambda f: f.any_name(), "name"),
                "documentNumber": RED(lambda f: f.pick([f.cpf(), f.curp()]), "national id"),
            },
            "newHolder": {
                "fullName": Y(lambda f: f.any_name(), "name"),
                "email": Y(lambda f: f.email_any(), "email"),
                "phone": Y(lambda f: f.phone_any(), "phone"),
                "dateOfBirth": Y(lambda f: f.date(1950, 2006), "birthdate"),
                "documentNumber": RED(lambda f: f.pick([f.cpf(), f.curp()]), "national id"),
            },
            "transferReason": G(lambda f: f.pick(["death", "divorce", "company_to_person", "gift"])),
            "consentSigned": G(lambda f: f.pick([True, False])),
            "note": Y(transfer_note, "name", True),
            "fee": G(lambda f: f.pick([0, 25, 99])),
        },
        2,
    ),
    (
        "track",
        "Emergency Contact Updated",
        "rn",
        {
            "emergencyContact": {
                "name": Y(lambda f: f.any_name(), "name"),
                "phone": Y(lambda f: f.phone_any(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "spouse", "friend", "hermano"])),
            },
            "updatedFrom": G(lambda f: f.pick(["profile", "onboarding", "sos_settings"])),
            "sosEnabled": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Device Location Requested",
        "kotlin",
        {
            "locate_request_id": G(lambda f: f.uuid()),
            "target_device_id": G(lambda f: f.hexid(16)),
            "coordinates": Y(lambda f: f"{f.lat_any()},{f.lon_any()}", "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 2000)),
            "locate_method": G(lambda f: f.pick(["gps", "network", "wifi"])),
            "wifi_bssid": Y(lambda f: f.mac().lower(), "mac"),
            "lost_mode_enabled": G(lambda f: f.pick([True, False])),
            "battery_level": G(lambda f: f.r.randint(1, 100)),
            "requested_by_email": Y(lambda f: f.email_any(), "email"),
        },
        2,
    ),
    (
        "track",
        "Invoice Emailed",
        "ruby",
        {
            "invoice_number": G(lambda f: "FAT-" + f.digits(9)),
            "billing_period": G(lambda f: f.pick(["2024-05", "2024-06", "2024-07", "2024-08"])),
            "amount_due": G(lambda f: f.money(29, 600)),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "recipient_email": Y(lambda f: f.email_any(), "email"),
            "customer_cpf": RED(lambda f: f.cpf(), "national id"),
            "boleto_barcode": G(lambda f: " ".join(f.digits(n) for n in (11, 12, 12, 12))),
            "pdf_url": G(lambda f: f"https://faturas.lumamovel.example.com.br/{f.hexid(20)}.pdf"),
            "opened": G(lambda f: f.pick([True, False])),
            "autopay": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # SMS webhook relayed as track (Twilio-style PascalCase) -----------------------------------
    (
        "track",
        "SMS Delivered",
        "python",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+5511400040004", "29090", "+528001234567", "MGSVC"])),
            "To": Y(lambda f: f.pick([f.br_phone("e164"), f.mx_phone("e164")]), "phone"),
            "Body": RED(sms_body, "token", True),
            "SmsStatus": G(lambda f: f.pick(["delivered", "undelivered", "sent"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
        },
        2,
    ),
    # login / OTP ------------------------------------------------------------------------------
    (
        "track",
        "Login Verified",
        "flutter",
        {
            "method": G(lambda f: f.pick(["sms_otp", "password", "biometric", "whatsapp_otp"])),
            "verificationCode": RED(lambda f: f.digits(6), "token"),
            "otpLength": G(lambda f: 6),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "biometricEnabled": G(lambda f: f.pick([True, False])),
            "rememberDevice": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "ipAddress": Y(lambda f: f.ip_any(), "ip"),
            "sessionId": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": G(lambda f: f.pick(["cadastro_chip", "portabilidade_web", "registro_linea"])),
            "field_name": G(lambda f: f.pick(["whatsapp", "celular_contato", "telefono_alterno"])),
            "input": Y(lambda f: f.phone_any(), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(400, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
            "error_shown": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Contact Preference Saved",
        "kotlin",
        {
            "preference": {
                "field": G(lambda f: f.pick(["backup_contact", "recovery", "billing_copy"])),
                "value": Y(lambda f: f.email_any(), "email", True),
            },
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "email_count": G(lambda f: f.r.randint(0, 3)),
            "phone_count": G(lambda f: f.r.randint(0, 3)),
        },
        2,
    ),
    # marketing vendors ------------------------------------------------------------------------
    (
        "track",
        "Conversions API Event Relayed",
        "node",
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "AddToCart"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Many(Y(lambda f: f.sha256(), "email"), 1),
                "ph": Many(Y(lambda f: f.sha256(), "phone"), 1),
                "external_id": G(lambda f: f.digits(8)),
                "client_ip_address": Y(lambda f: f.ip_any(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(15, 900)),
                "currency": G(lambda f: f.pick(["BRL", "MXN"])),
                "content_name": G(lambda f: f.pick(PLANS)),
            },
        },
        2,
    ),
    (
        "page",
        "Landing",
        "web",
        {
            "name": G(lambda f: "Landing"),
            "path": G(lambda f: f.pick(["/lp/portabilidade", "/lp/esim-viajero", "/lp/chip-gratis"])),
            "url": G(
                lambda f: (
                    "https://www.lumamovel.example.com.br/lp/" + f.pick(["portabilidade", "chip-gratis"])
                )
            ),
            "title": G(lambda f: f.pick(["Traga seu número", "Chip grátis", "eSIM Viajero"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com.br/", "https://l.facebook.com/"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(44), "advertising id"),
        },
        2,
    ),
    (
        "page",
        "Planos",
        "web",
        {
            "name": G(lambda f: f.pick(["Planos", "Recarga", "Portabilidad"])),
            "path": G(lambda f: f.pick(["/planos", "/recarga", "/es-mx/portabilidad"])),
            "url": G(lambda f: "https://www.lumamovel.example.com.br" + f.pick(["/planos", "/recarga"])),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com.br/"])),
            "search": G(lambda f: f.pick(["", "?plano=controle", "?utm_source=google"])),
        },
        3,
    ),
    (
        "screen",
        "Minha Linha",
        "kotlin",
        {
            "name": G(lambda f: f.pick(["Mi Línea", "Consumo", "Recargar"])),
            "previous_screen": G(lambda f: f.pick(["Home", "Ofertas", "Perfil"])),
            "data_remaining_mb": G(lambda f: f.r.randint(0, 30000)),
            "days_to_expiry": G(lambda f: f.r.randint(0, 30)),
            "balance": G(lambda f: f.money(0, 300)),
        },
        3,
    ),
    (
        "screen",
        "Perfil",
        "swift",
        {
            "name": G(lambda f: f.pick(["Perfil", "Dados pessoais", "Segurança"])),
            "tab": G(lambda f: f.pick(["dados", "enderecos", "pagamentos"])),
            "has_pending_kyc": G(lambda f: f.pick([True, False])),
            "lines_count": G(lambda f: f.r.randint(1, 5)),
        },
        2,
    ),
    (
        "track",
        "Application Opened",
        "rn",
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["2.30.1", "2.31.0"])),
            "build": G(lambda f: f.pick(["231", "233"])),
            "url": G(lambda f: f.pick(["", "pulso://recarga?promo=DOBRO", "pulso://portabilidade"])),
        },
        3,
    ),
    (
        "track",
        "Coverage Checked",
        "web",
        {
            "cep": Y(lambda f: f.cep(), "zipcode"),
            "endereco_consulta": Y(lambda f: f.br_address(), "address"),
            "has_5g": G(lambda f: f.pick([True, False])),
            "signal_quality": G(lambda f: f.pick(["excelente", "bom", "fraco"])),
            "technology": G(lambda f: f.pick(["5G", "4G", "3G"])),
        },
        2,
    ),
    # warehouse reverse-ETL (SCREAMING_SNAKE) --------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "SUBSCRIBER_ID": G(lambda f: f.digits(10)),
            "MSISDN": Y(lambda f: f.msisdn(), "phone"),
            "ICCID": Y(lambda f: f.iccid(), "serial"),
            "FIRST_NAME": Y(lambda f: f.first_any(), "name"),
            "EMAIL": Y(lambda f: f.email_any(), "email"),
            "EMAIL_SHA256": Y(lambda f: f.sha256(), "email"),
            "PLAN_CODE": G(lambda f: f.pick(["CTRL25", "PRE_TURBO", "POS100", "AMIGO300"])),
            "ARPU_BRL": G(lambda f: f.money(10, 250)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LAST_RECHARGE_AT": G(lambda f: f.iso()),
            "DAYS_SINCE_LAST_RECHARGE": G(lambda f: f.r.randint(0, 120)),
            "LIFETIME_VALUE": G(lambda f: f.money(20, 9000)),
            "AUDIENCE": G(lambda f: f.pick(["churn_risk_high", "upsell_5g", "winback"])),
        },
        2,
    ),
    # B2B: corporate accounts --------------------------------------------------------------------
    (
        "group",
        None,
        "node",
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Transportes Rápido Ltda",
                        "Grupo Bimbo",
                        "Padaria Pão Quente ME",
                        "Constructora del Norte SA de CV",
                    ]
                )
            ),
            "cnpj": G(lambda f: f.cnpj()),
            "industry": G(lambda f: f.pick(["logistics", "food", "construction", "retail"])),
            "employees": G(lambda f: f.r.randint(3, 5000)),
            "plan": G(lambda f: f.pick(["Empresa Flex", "Frota 50", "Negocio Plus"])),
            "lines": G(lambda f: f.r.randint(2, 800)),
            "company_phone": G(lambda f: f.pick(["+55 11 3456-7800", "(81) 3221-0000", "+52 81 8150 2000"])),
            "headquarters_city": G(lambda f: f.pick(STORE_CITIES)),
            "contact_name": Y(lambda f: f.any_name(), "name"),
            "contact_email": Y(lambda f: f.email_any(), "email"),
            "account_manager": Y(lambda f: f"{f.first_any()} {f.last_any()}", "name"),
        },
        2,
    ),
    ("alias", None, "web", {}, 1),
]


def build(seed: int, repeats: int):
    f = Tel(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body, weight in EVENTS:
            for _ in range(weight):
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "sub_" + f.digits(9),
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                section = "traits" if kind in ("identify", "group") else "properties"
                if body:
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=61, repeats=14)
    write(Path(__file__).parent, "holdout61_", events, labels)
