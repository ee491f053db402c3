"""Writes holdout74: tests/corpus/holdout74_events.jsonl and holdout74_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers only, without
reading the detection engine, its vocabularies, its docs, its tests or any other corpus's labels,
and without running the engine on these events. Nothing here is tuned to the engine.

Domain: "Rumbo", an online travel agency with its own airline ("Rumbo Air", code RB) selling in
the United States, Mexico and Colombia. Flight and hotel search, bookings with passengers
(adults, children, infants on lap), seat and meal selection (special meals by SSR code,
wheelchair and other assistance), check-in with passport / visa / APIS details, boarding passes,
loyalty miles, payments (cards, PSE, OXXO, ACH), refunds (CLABE, Colombian savings accounts,
IBAN), trip changes and name corrections, car rental and travel insurance add-ons, a co-branded
credit card application, corporate accounts (group calls), customer support chat, a call-centre
IVR, Twilio SMS callbacks, a Facebook Conversions API relay, a Stripe webhook, reverse-ETL
identify calls from the warehouse; travellers, bookers paying for others, emergency contacts,
staff (agents, crew).

Clients: analytics.js (web), analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and server libraries (python, node, go, java, ruby, php, .NET), each with the
`context` block that library really sends (ip, traits, device, app, library, locale, userAgent,
campaign, location, externalIds, instanceId). Message types: identify, track, page, screen,
group, alias.

Key conventions: mostly camelCase and snake_case English; about 15 % others: PascalCase (the
.NET booking engine and call-centre IVR), kebab-case (the chat vendor and HTTP header dumps),
SCREAMING_SNAKE (warehouse reverse-ETL traits) and Spanish keys from the Colombian and Mexican
back ends (pasajero, nombre, apellido, correo, fecha_nacimiento, numero_documento, celular...).

Values: names from many cultures (Spanish double surnames, Anglo, West African, East and South
Asian, Slavic, Arabic...), US / Mexican / Colombian / Spanish / British / Brazilian phone formats,
US / Mexican / Colombian street addresses, Luhn-valid cards, mod-97 IBANs, CLABEs with their
check digit, ABA routing numbers with their checksum, Colombian NITs with their DV, CURPs and
RFCs with their check characters, SSNs of valid structure.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (user, booker, passenger, dependant, emergency
  contact, staff member): names, contact details, the person's own address / precise location,
  birth dates, government ids, bank accounts, full card numbers, health and other special
  categories, credentials/secrets, IP addresses, advertising ids. Colour = the reference's default
  colour for the matcher; types outside the reference: red for credentials/secrets, card
  numbers, bank accounts, government ids, health; yellow otherwise.
- Green: ids we issue (user, booking / PNR, e-ticket, order, session, device ids, UUIDs, SKUs),
  versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans even under
  PII-sounding keys, product / fare / hotel / company / aircraft / pet names, places that are
  not the person's (searched origin/destination, airports, hotel address and city), country,
  state, locale, language, timezone, currency, user agents, OS-issued device ids. Card brand,
  last four, expiry, BIN and masked PANs (first six + last four) are green; routing numbers are
  green; the last four of an SSN are red.
- A boolean or enum that itself reveals a special category (wheelchair, service animal, veteran,
  religious meal, medical meal, pregnancy, MEDIF clearance) is PII of that category.
- Policy on contested cases: green for loyalty / frequent-flyer / member / claim numbers, ages
  and age bands (ADT/CHD/INF), marital status, job titles, employers, a business's own phone /
  e-mail / address (hotel, support line, our Twilio sender number, a corporate account's NIT),
  pets' names and data. Yellow: insurance policy numbers (`identification`), salaries and
  income (`salary`), rental-car plates (`license`) and VINs (`serial`), ad click / browser ids
  (gclid, fbclid, msclkid, fbp, fbc: `advertising id`), billing addresses (`address`). Red:
  payment and card tokens (Stripe `pm_`, `tok_`, vault tokens), one-time codes, reset tokens,
  session JWTs, API keys (`token` / `secret`).
- value_only is true when the key does not say what the value is (here `label`, `text`, `note`,
  `remarks`, `q`, `input`, `To`, `title`, `bcbp`, `special_meal_code`, `x-forwarded-for`,
  externalIds[].id; `value` carries e-commerce amounts, green) and only the value reveals it. A
  value_only PII path holds that PII in every one of its values; free text is labelled by what
  every one of its values carries (each PII free-text field here carries it in every value) and
  green when none does.
- Decisions taken where the brief is silent (what a careful privacy owner would want flagged):
  a passenger's passport issuing country and nationality are `citizenship` (yellow); visa type
  and visa foil numbers are `visa` (red); a Known Traveler Number, Colombian cédula, Mexican
  CURP and a person's RFC are `national id` (red), a company's RFC/NIT is green; a passenger's
  honorific (MR/MRS/MSTR/MISS) reveals gender: yellow `gender`, value_only; a document's expiry
  date is green like a card's; hashed e-mail / phone sent to an ad platform for matching is
  yellow `email|advertising id` / `phone|advertising id`; the APNs push token in
  context.device.token is red `token` (as in the main corpus); a boarding-pass barcode string
  embeds the passenger's name: yellow `name`, value_only; home airport and searched airports are
  green (places, not the person's address).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRST = [
    "María José",
    "Juan Pablo",
    "Valentina",
    "Santiago",
    "Camila",
    "Alejandro",
    "Ximena",
    "Guadalupe",
    "Jesús",
    "Luz Marina",
    "Andrés Felipe",
    "Daniela",
    "Sofía",
    "Mateo",
    "Isabella",
    "Emily",
    "Tyler",
    "DeShawn",
    "Brianna",
    "Megan",
    "Connor",
    "Wei",
    "Aiko",
    "Oluwaseun",
    "Siddharth",
    "Anastasia",
    "Mohammed",
    "Thi Hoa",
    "Seo-yeon",
    "Ngozi",
    "Kai",
    "Ayşe",
    "Giulia",
    "Ignacio",
    "Paola",
    "Yesenia",
    "Jhon Jairo",
    "Marisol",
    "Rodrigo",
    "Fernanda",
]
LAST = [
    "Hernández",
    "Rodríguez",
    "Gómez",
    "Martínez",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Torres",
    "Castillo",
    "Vargas",
    "Ospina",
    "Restrepo",
    "Quintero",
    "Zuluaga",
    "Johnson",
    "Williams",
    "Kim",
    "Nguyen",
    "Okonkwo",
    "Adeyemi",
    "Kowalczyk",
    "Papadopoulos",
    "Yılmaz",  # noqa: RUF001 (a real Turkish surname)
    "Tanaka",
    "Singh",
    "Cohen",
    "Schmidt",
    "O'Connor",
    "Jaramillo",
    "Villanueva",
    "de la Cruz",
    "Cárdenas",
    "Moreno",
]
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.es",
    "yahoo.com.mx",
    "icloud.com",
    "protonmail.com",
    "une.net.co",
    "prodigy.net.mx",
    "comcast.net",
    "live.com",
]
CO_CITIES = ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira"]
MX_CITIES = ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Mérida", "Tijuana", "León"]
US_CITIES = ["Miami", "Houston", "Los Angeles", "Chicago", "New York", "Orlando", "Dallas", "Newark"]
AIRPORTS = ["BOG", "MDE", "CLO", "CTG", "MEX", "GDL", "MTY", "CUN", "MIA", "JFK", "LAX", "IAH", "MCO", "ORD"]
AIRPORT_NAMES = [
    "Aeropuerto Internacional El Dorado",
    "Aeropuerto Internacional José María Córdova",
    "Aeropuerto Internacional de la Ciudad de México",
    "Aeropuerto Internacional de Cancún",
    "Miami International Airport",
    "John F. Kennedy International Airport",
]
HOTELS = [
    "Hotel Casa San Agustín",
    "Grand Fiesta Americana Coral Beach",
    "Hilton Bogotá Corferias",
    "Hyatt Regency Mexico City",
    "Marriott Medellín",
    "Hotel Las Américas Cartagena",
    "Courtyard Miami Airport",
    "Selina Chapinero",
    "City Express Plus Monterrey",
]
HOTEL_ADDRESSES = [
    "Calle de la Universidad 36-44, Cartagena",
    "Blvd. Kukulcán Km 9.5, Zona Hotelera, Cancún",
    "Av. Carrera 60 # 22-99, Bogotá",
    "Campos Elíseos 204, Polanco, CDMX",
    "3929 NW 79th Ave, Doral, FL 33166",
    "Carrera 42 # 7A Sur-92, Medellín",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.118 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
US_STREETS = ["NW 7th St", "Coral Way", "Westheimer Rd", "W Belmont Ave", "Sunset Dr", "Elm St"]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Durango", "Av. Vallarta", "Calz. de Tlalpan", "Av. Constitución"]
CO_STREETS = ["Calle", "Carrera", "Transversal", "Diagonal", "Avenida Calle"]
MX_CALLES = ["Calle Durango", "Av. Revolución", "Calle Morelos", "Av. Juárez"]
FARES = ["Basic", "Classic", "Flex", "Business Lite", "Business Flex"]
COMPANIES = ["Bancolombia", "Grupo Bimbo", "Ecopetrol", "Cemex", "Rappi", "Globant", "Walmart de México"]
JOBS = [
    "Gerente de Ventas",
    "Software Engineer",
    "Nurse Practitioner",
    "Contador Público",
    "Teacher",
    "Consultor SAP",
]


class TravelFake(Fake):
    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        if self.r.random() < 0.35:
            return f"{self.first()} {self.last()} {self.last()}"
        return f"{self.first()} {self.last()}"

    def email(self):
        def ascii_(s):
            table = str.maketrans("áéíóúñüçşıÁÉÍÓÚ' -", "aeiounucsiAEIOU___")
            return s.translate(table).lower().replace("_", "")

        user = ascii_(self.first().split()[0])
        last = ascii_(self.last())
        style = self.pick(["dot", "plain", "num", "initial", "under"])
        local = {
            "dot": f"{user}.{last}",
            "plain": f"{user}{last}",
            "num": f"{user}{last[:4]}{self.r.randint(1, 99)}",
            "initial": f"{user[0]}{last}{self.r.randint(70, 99)}",
            "under": f"{user}_{last}",
        }[style]
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def phone(self, country=None):
        r = self.r
        country = country or self.pick(["US", "MX", "CO", "CO", "MX", "US", "ES", "GB", "BR"])
        if country == "US":
            a, e, n = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
            return self.pick(
                [f"+1{a}{e}{n:04d}", f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"+1 {a} {e} {n:04d}"]
            )
        if country == "MX":
            area = self.pick(["55", "33", "81", "222", "999"])
            rest = self.digits(10 - len(area))
            half = len(rest) // 2
            return self.pick(
                [
                    f"+52 {area} {rest[:half]} {rest[half:]}",
                    f"+52{area}{rest}",
                    f"{area} {rest[:half]} {rest[half:]}",
                    f"+52 1 {area} {rest}",
                ]
            )
        if country == "CO":
            mobile = self.pick(["300", "301", "310", "311", "313", "315", "320", "321", "350"]) + self.digits(
                7
            )
            land = self.pick(["601", "604", "602", "605"]) + self.digits(7)
            return self.pick(
                [
                    f"+57 {mobile[:3]} {mobile[3:6]} {mobile[6:]}",
                    mobile,
                    f"+57{mobile}",
                    f"({land[:3]}) {land[3:6]} {land[6:]}",
                    f"+57 {land[:3]} {land[3:]}",
                ]
            )
        if country == "ES":
            return f"+34 6{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        if country == "GB":
            return f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}"
        return f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"

    def street(self):
        r = self.r
        kind = self.pick(["US", "MX", "CO", "CO"])
        if kind == "US":
            return f"{r.randint(100, 19999)} {self.pick(US_STREETS)}"
        if kind == "MX":
            return f"{self.pick(MX_STREETS)} {r.randint(10, 3000)}"
        suffix = self.pick(["", "A", "B", " Bis"])
        return f"{self.pick(CO_STREETS)} {r.randint(1, 170)}{suffix} # {r.randint(1, 120)}-{r.randint(1, 99)}"

    def unit(self):
        return self.pick(
            ["Apto 502", "Apt 4B", "Int. 3", "Torre 2 Apto 1104", "Casa 17", "Unit 210", "Depto. 8"]
        )

    def person_city(self):
        return self.pick(CO_CITIES + MX_CITIES + US_CITIES)

    def postal(self):
        return self.pick(
            [
                f"{self.r.randint(10000, 99999)}",
                f"{self.r.randint(110111, 760045)}",
                f"0{self.r.randint(1000, 9999)}",
            ]
        )

    def full_address(self):
        return f"{self.street()}, {self.unit()}, {self.person_city()} {self.postal()}"

    def dob(self, start=1950, end=2006):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])

    def future_date(self):
        return f"{self.r.randint(2024, 2025)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def pnr(self):
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def ticket(self):
        return self.pick(["134", "139", "001", "235"]) + self.digits(10)

    def flight(self):
        return f"{self.pick(['RB', 'AV', 'AM', 'Y4', 'CM', 'AA'])}{self.r.randint(10, 9999)}"

    def loyalty(self):
        return "RB" + self.digits(9)

    def passport(self):
        kind = self.pick(["US", "MX", "CO", "other"])
        if kind == "US":
            return self.pick([self.digits(9), self.pick(["A", "E"]) + self.digits(8)])
        if kind == "MX":
            return self.pick(["G", "N"]) + self.digits(8)
        if kind == "CO":
            return self.pick(["AU", "AT", "PE"]) + self.digits(6)
        return self.pick(["C", "L"]) + "".join(self.r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))

    def cedula(self):
        n = self.pick([self.digits(10), self.digits(8), "10" + self.digits(8)])
        return n if self.r.random() < 0.6 else f"{int(n):,}".replace(",", ".")

    def curp(self):
        consonants = "BCDFGHJKLMNPQRSTVWXZ"
        r = self.r
        head = (
            self.r.choice("GHMRSTVP")
            + self.r.choice("AEIOU")
            + self.r.choice("GHMRSTVP")
            + self.r.choice("AJMLRSEF")
        )
        body = f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        body += self.pick(["H", "M"]) + self.pick(["DF", "JC", "NL", "PL", "YN", "BC", "GT"])
        body += "".join(r.choice(consonants) for _ in range(3)) + str(r.randint(0, 9))
        s = head + body
        alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        total = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(s))
        return s + str((10 - total % 10) % 10)

    def rfc_person(self):
        r = self.r
        s = "".join(r.choice("ABCDEGHJLMNOPRSTVZ") for _ in range(4))
        s += f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        s += r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
        alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
        total = sum(alphabet.index(c) * (13 - i) for i, c in enumerate(s))
        rem = total % 11
        check = "0" if rem == 0 else ("A" if 11 - rem == 10 else str(11 - rem))
        return s + check

    def nit(self):
        body = self.pick(["890", "800", "900", "860", "830"]) + self.digits(6)
        weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
        total = sum(int(d) * weights[i] for i, d in enumerate(reversed(body)))
        rem = total % 11
        dv = rem if rem in (0, 1) else 11 - rem
        return f"{body}-{dv}"

    def clabe(self):
        body = (
            self.pick(["002", "012", "014", "072", "021"])
            + self.pick(["180", "320", "580", "010"])
            + self.digits(11)
        )
        weights = [3, 7, 1] * 6
        total = sum((int(d) * weights[i]) % 10 for i, d in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def aba(self):
        d = [int(c) for c in self.pick(["0210", "0260", "0670", "1110", "0630", "1220"]) + self.digits(4)]
        total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        check = (10 - total % 10) % 10
        return "".join(map(str, d)) + str(check)

    def co_account(self):
        return self.pick(
            [self.digits(11), f"{self.digits(3)}-{self.digits(6)}-{self.digits(2)}", "0" + self.digits(9)]
        )

    def idfa(self):
        if self.r.random() < 0.15:
            return "00000000-0000-0000-0000-000000000000"
        return self.uuid().upper()

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.r.choice(alnum) for _ in range(self.r.randint(70, 84))) + "_BwE"

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.r.choice(alnum) for _ in range(57))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def otp(self):
        return self.digits(6)

    def masked_pan(self):
        card = self.card(formatted=False)
        return card[:6] + "*" * (len(card) - 10) + card[-4:]

    def sha256(self):
        return self.hexid(64)

    def ktn(self):
        return self.pick(["98", "15", "TT"]) + self.digits(7)

    def visa_foil(self):
        return self.pick([self.digits(8), "M" + self.digits(7), self.digits(8)])

    def plate(self):
        return self.pick(
            [
                f"{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}-{self.digits(3)}",
                f"{self.digits(1)}{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.digits(4)}",
                f"{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}-{self.digits(2)}-{self.digits(2)}",
            ]
        )

    def vin(self):
        return self.pick(["1HGCV1F3", "3VW2B7AJ", "5YJ3E1EA", "9BWDB45U", "KMHCT4AE"]) + "".join(
            self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)
        )

    def e164(self):
        country = self.pick(["1", "52", "57"])
        if country == "1":
            return f"+1{self.r.randint(201, 989)}{self.r.randint(200, 999)}{self.r.randint(0, 9999):04d}"
        if country == "52":
            return "+52" + self.pick(["55", "33", "81"]) + self.digits(8)
        return "+573" + self.pick(["00", "10", "15", "20", "50"]) + self.digits(7)

    def money_cop(self):
        return self.r.randint(90, 4500) * 1000

    def mx_phone_company(self):
        return self.pick(["+525551234000", "+5218005550199", "+573017450000", "+13055550147"])


def bcbp(f: TravelFake) -> str:
    name = f"{f.last().upper().replace(' ', '')}/{f.first().upper().split()[0]}"
    name = name.translate(str.maketrans("ÁÉÍÓÚÑÜŞİ'", "AEIOUNUSI "))[:20].ljust(20)
    return (
        f"M1{name}E{f.pnr()} {f.pick(AIRPORTS)}{f.pick(AIRPORTS)}RB {f.r.randint(10, 9999):04d} "
        f"{f.r.randint(1, 365):03d}Y{f.r.randint(1, 40):03d}{f.pick('ABCDEF')}{f.r.randint(1, 300):04d} 100"
    )


# -- contexts sent by the client libraries ----------------------------------------------------------

WEB_PAGES = [
    ("/es-co/vuelos", "Vuelos baratos | Rumbo"),
    ("/es-mx/reservar/pasajeros", "Datos de pasajeros | Rumbo"),
    ("/en-us/checkout/payment", "Payment | Rumbo"),
    ("/es-co/hoteles/cartagena", "Hoteles en Cartagena | Rumbo"),
    ("/en-us/manage/trips", "My trips | Rumbo"),
    ("/es-mx/check-in", "Check-in en línea | Rumbo"),
]


def web_context(f: TravelFake):
    page = f.pick(WEB_PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.kayak.com.co/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?origen=BOG&destino=MIA&adultos=2", "?lang=en"]
                )
            ),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: "https://www.rumbo.travel" + page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["es-CO", "es-MX", "en-US", "es-419"])),
        "timezone": G(
            lambda f: f.pick(["America/Bogota", "America/Mexico_City", "America/New_York", "America/Chicago"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["hot_sale_mx", "black_friday_co", "verano2024", "brand_search"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(["vuelos baratos a cancun", "bogota miami", "cheap flights to medellin", ""])
            ),
            "content": G(lambda f: f.pick(["banner_home", "carousel_2", "text_cta"])),
        },
    }


def swift_context(f: TravelFake):
    return {
        "app": {
            "name": G(lambda f: "Rumbo"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: "travel.rumbo.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["es-CO", "es-MX", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Claro", "Movistar", "Telcel", "AT&T", "Tigo"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(lambda f: f.pick(["America/Bogota", "America/Mexico_City", "America/Los_Angeles"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def kotlin_context(f: TravelFake):
    return {
        "app": {
            "name": G(lambda f: "Rumbo"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.1"])),
            "build": G(lambda f: f.pick(["814000", "815010"])),
            "namespace": G(lambda f: "travel.rumbo.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "moto g54 5G", "Redmi Note 13", "Pixel 8"])),
            "name": G(lambda f: f.pick(["a54x", "cancunf", "sapphire", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["es-CO", "es-MX", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Claro", "Movistar", "Telcel", "T-Mobile", "WOM"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["America/Bogota", "America/Mexico_City", "America/Chicago"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g54 5G Build/T1TDS33.35-38-6)",
                ]
            )
        ),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def rn_context(f: TravelFake):
    return {
        "app": {
            "name": G(lambda f: "Rumbo Millas"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "331"])),
            "namespace": G(lambda f: "travel.rumbo.millas"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B", "moto e13"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["es-CO", "es-MX", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Bogota", "America/Mexico_City"])),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "loyaltyTier": G(lambda f: f.pick(["Blue", "Silver", "Gold", "Diamond"])),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(3.3, 25.8), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-100.4, -74.0), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0, 0.0, 1.2])),
        },
    }


def flutter_context(f: TravelFake):
    return {
        "app": {
            "name": G(lambda f: "Rumbo Check-in"),
            "version": G(lambda f: f.pick(["2.4.0", "2.5.0"])),
            "build": G(lambda f: f.pick(["40", "41"])),
            "namespace": G(lambda f: "travel.rumbo.checkin"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.hexid(16), f.uuid().upper()])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-A155M"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["es_CO", "es_MX", "en_US"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 360])), "height": G(lambda f: f.pick([844, 800]))},
        "timezone": G(lambda f: f.pick(["America/Bogota", "America/Mexico_City", "America/New_York"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2"],
    "@segment/analytics-node": ["2.1.3", "2.1.2"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.3"],
    "analytics-php": ["3.8.0", "3.7.3"],
    "Analytics.NET": ["3.8.1"],
}


def server_context(lib: str, extra: str = ""):
    def ctx(f: TravelFake):
        block = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if extra in ("fwd", "fwd_ext"):
            block["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            block["userAgent"] = G(lambda f: f.pick(UAS))
            block["locale"] = G(lambda f: f.pick(["es-CO", "es-MX", "en-US"]))
        if extra == "fwd_ext":
            block["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if extra == "traits":
            block["traits"] = {
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            }
        if extra == "group":
            block["groupId"] = G(lambda f: "corp_" + f.digits(6))
        return block

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "python_traits": server_context("analytics-python", "traits"),
    "node": server_context("@segment/analytics-node", "fwd"),
    "node_ext": server_context("@segment/analytics-node", "fwd_ext"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java", "group"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php", "fwd"),
    "dotnet": server_context("Analytics.NET"),
}

# -- reusable property blocks -----------------------------------------------------------------------


def flight_segment():
    return {
        "flight_number": G(lambda f: f.flight()),
        "origin": G(lambda f: f.pick(AIRPORTS)),
        "destination": G(lambda f: f.pick(AIRPORTS)),
        "departure_date": G(lambda f: f.future_date()),
        "cabin": G(lambda f: f.pick(["economy", "premium_economy", "business"])),
        "fare_class": G(lambda f: f.pick(["Y", "B", "M", "K", "Q", "J"])),
    }


def product():
    return {
        "product_id": G(lambda f: f.pick(["fare_", "bag_", "seat_", "ins_"]) + f.digits(6)),
        "sku": G(lambda f: f.pick(["RB-FARE-", "RB-BAG23-", "RB-SEAT-XL-", "RB-LOUNGE-"]) + f.digits(4)),
        "name": G(
            lambda f: f.pick(
                [
                    "Tarifa Classic BOG-MIA",
                    "Maleta 23 kg",
                    "Asiento Plus",
                    "Sala VIP El Dorado",
                    "Flex MEX-CUN",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["flight", "ancillary", "hotel", "insurance"])),
        "price": G(lambda f: f.money(15, 1200)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "currency": G(lambda f: f.pick(["USD", "MXN", "COP"])),
    }


def passenger():
    return {
        "passenger_id": G(lambda f: f.digits(8)),
        "type": G(lambda f: f.pick(["ADT", "ADT", "CHD", "INF"])),
        "title": Y(lambda f: f.pick(["MR", "MRS", "MS", "MSTR", "MISS"]), "gender", True),
        "first_name": Y(lambda f: f.first(), "name"),
        "last_name": Y(lambda f: f.last(), "name"),
        "date_of_birth": Y(lambda f: f.dob(1940, 2024), "birthdate"),
        "age": G(lambda f: f.r.randint(0, 84)),
        "frequent_flyer_number": G(lambda f: f.loyalty()),
        "known_traveler_number": RED(lambda f: f.ktn(), "national id"),
        "seat": G(lambda f: f"{f.r.randint(1, 38)}{f.pick('ABCDEF')}"),
    }


def emergency_contact():
    return {
        "name": Y(lambda f: f.full_name(), "name"),
        "phone": Y(lambda f: f.phone(), "phone"),
        "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend", "child"])),
        "country_code": G(lambda f: f.pick(["US", "MX", "CO"])),
    }


def survey_text(f: TravelFake) -> str:
    return f.pick(
        [
            "El vuelo salió a tiempo y la tripulación muy amable.",
            "Seat was broken, no recline on a 5h flight.",
            "La app se cerró dos veces en el pago.",
            "Great check-in experience, fast bag drop.",
            "Falta más espacio para el equipaje de mano.",
            "Would be nice to pick meals earlier.",
        ]
    )


def agent_note(f: TravelFake) -> str:
    name = f.full_name()
    return f.pick(
        [
            f"Pax {name} requests aisle, confirmed with supervisor.",
            f"Llamó {name}, se reprogramó por cambio de itinerario.",
            f"Waived change fee for {name} (weather disruption).",
            f"Cliente {name} pide factura a nombre de la empresa.",
            f"Spoke to {name}; will travel with infant on lap.",
        ]
    )


def chat_with_email(f: TravelFake) -> str:
    e = f.email()
    return f.pick(
        [
            f"mi correo es {e}",
            f"please send the receipt to {e}",
            f"No me llegó la confirmación a {e}",
            f"{e} es el correo de la reserva",
            f"can you change the email on my booking to {e}?",
        ]
    )


def chat_with_phone(f: TravelFake) -> str:
    p = f.phone()
    return f.pick(
        [
            f"Cliente pide que lo llamen al {p}",
            f"customer asked for callback on {p} after 6pm",
            f"Whatsapp del pasajero: {p}",
            f"Escalado. Contacto alterno {p}",
        ]
    )


def refund_note(f: TravelFake) -> str:
    return f.pick(
        [
            f"Reembolso a CLABE {f.clabe()} aprobado",
            f"Refund to IBAN {f.iban(f.pick(['ES', 'DE', 'FR', 'GB']))} (EU customer)",
            f"Consignar a cuenta de ahorros {f.co_account()} Bancolombia",
            f"Transferir a CLABE {f.clabe()} en 5 días hábiles",
        ]
    )


def bot_text(f: TravelFake) -> str:
    return f.pick(
        [
            "¿Cuál es tu código de reserva?",
            "I can help you change your flight.",
            "Tu vuelo está a tiempo.",
            "Do you want to add a bag?",
            "Gracias por volar con Rumbo.",
        ]
    )


# -- the events -------------------------------------------------------------------------------------

EVENTS = [
    # -- identify ------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.person_city(), "city"),
                "state": G(lambda f: f.pick(["Antioquia", "Jalisco", "FL", "TX", "Cundinamarca", "CDMX"])),
                "postalCode": Y(lambda f: f.postal(), "zipcode"),
                "country": G(lambda f: f.pick(["CO", "MX", "US"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "loyaltyNumber": G(lambda f: f.loyalty()),
            "loyaltyTier": G(lambda f: f.pick(["Blue", "Silver", "Gold", "Diamond"])),
            "milesBalance": G(lambda f: f.r.randint(0, 480000)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["es", "en"])),
            "homeAirport": G(lambda f: f.pick(AIRPORTS)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "avatar": Y(lambda f: f"https://cdn.rumbo.travel/avatars/{f.hexid(16)}.jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "gender": Y(lambda f: f.pick(["female", "male", "F", "M", "X"]), "gender"),
            "loyaltyNumber": G(lambda f: f.loyalty()),
            "pushOptIn": G(lambda f: f.pick([True, False])),
            "savedTravelersCount": G(lambda f: f.r.randint(0, 8)),
            "hasPassportOnFile": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "MOBILE_PHONE": Y(lambda f: f.phone(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "ZIP_CODE": Y(lambda f: f.postal(), "zipcode"),
            "COUNTRY_OF_RESIDENCE": G(lambda f: f.pick(["CO", "MX", "US"])),
            "LIFETIME_MILES": G(lambda f: f.r.randint(0, 2_000_000)),
            "TIER_STATUS": G(lambda f: f.pick(["BLUE", "SILVER", "GOLD", "DIAMOND"])),
            "LAST_BOOKING_DATE": G(lambda f: f.date(2023, 2024)),
            "CLV_USD": G(lambda f: f.money(0, 25000)),
            "PREDICTED_CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "HOME_AIRPORT": G(lambda f: f.pick(AIRPORTS)),
            "MARITAL_STATUS": G(lambda f: f.pick(["single", "married", "divorced", "unknown"])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "HAS_COBRAND_CARD": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "php",
        {
            "correo": Y(lambda f: f.email(), "email"),
            "nombre": Y(lambda f: f.first(), "name"),
            "apellido": Y(lambda f: f.last(), "name"),
            "celular": Y(lambda f: f.phone(f.pick(["CO", "MX"])), "phone"),
            "fecha_nacimiento": Y(lambda f: f.dob(), "birthdate"),
            "tipo_documento": G(lambda f: f.pick(["CC", "CE", "PA", "TI"])),
            "numero_documento": RED(lambda f: f.cedula(), "national id|passport"),
            "ciudad": Y(lambda f: f.pick(CO_CITIES), "city"),
            "direccion": Y(lambda f: f"{f.street()}, {f.unit()}", "address"),
            "acepta_terminos": G(lambda f: True),
            "fecha_registro": G(lambda f: f.iso()),
        },
    ),
    # -- page / screen -------------------------------------------------------------------------
    (
        "page",
        "Flights Results",
        "web",
        {
            "name": G(lambda f: "Flights Results"),
            "category": G(lambda f: "search"),
            "path": G(lambda f: "/es-co/vuelos/resultados"),
            "origin": G(lambda f: f.pick(AIRPORTS)),
            "destination": G(lambda f: f.pick(AIRPORTS)),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
        },
    ),
    (
        "page",
        "Landing",
        "web",
        {
            "name": G(lambda f: "Landing"),
            "path": G(lambda f: f.pick(["/promo/hot-sale", "/es-co/ofertas", "/en-us/deals"])),
            "referrer": G(lambda f: f.pick(["https://www.bing.com/", "https://www.google.com.mx/"])),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "utm_campaign": G(lambda f: f.pick(["hot_sale_mx", "verano2024"])),
            "utm_term": G(lambda f: f.pick(["vuelos a cancun", "hoteles cartagena", "flights to bogota"])),
        },
    ),
    (
        "screen",
        "Boarding Pass",
        "flutter",
        {
            "name": G(lambda f: "Boarding Pass"),
            "pnr": G(lambda f: f.pnr()),
            "bcbp": Y(bcbp, "name", True),
            "boarding_group": G(lambda f: f.pick(["A", "B", "C", "1", "2"])),
            "gate": G(lambda f: f.pick(["A12", "B7", "C24", "D3"])),
            "seat": G(lambda f: f"{f.r.randint(1, 38)}{f.pick('ABCDEF')}"),
            "tsa_precheck": G(lambda f: f.pick([True, False])),
            "brightness_boosted": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- search --------------------------------------------------------------------------------
    (
        "track",
        "Flights Searched",
        "web",
        {
            "search_id": G(lambda f: f.uuid()),
            "origin": G(lambda f: f.pick(AIRPORTS)),
            "destination": G(lambda f: f.pick(AIRPORTS)),
            "departure_date": G(lambda f: f.future_date()),
            "return_date": G(lambda f: f.future_date()),
            "trip_type": G(lambda f: f.pick(["round_trip", "one_way", "multi_city"])),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "infants": G(lambda f: f.r.randint(0, 1)),
            "cabin": G(lambda f: f.pick(["economy", "business"])),
            "flexible_dates": G(lambda f: f.pick([True, False])),
            "results_count": G(lambda f: f.r.randint(0, 180)),
            "query": G(lambda f: f.pick(["bogota a miami", "cdmx cancun", "medellin", "vuelos a cartagena"])),
        },
    ),
    (
        "track",
        "Nearby Airports Requested",
        "rn",
        {
            "user_lat": Y(lambda f: round(f.r.uniform(3.3, 25.8), 5), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-100.4, -74.0), 5), "geolocation"),
            "radius_km": G(lambda f: f.pick([50, 100, 150])),
            "airports_found": Many(G(lambda f: f.pick(AIRPORTS)), 3),
            "permission": G(lambda f: f.pick(["granted", "while_in_use"])),
        },
    ),
    (
        "track",
        "Hotels Searched",
        "kotlin",
        {
            "destination_city": G(
                lambda f: f.pick(["Cartagena", "Cancún", "Medellín", "Miami", "Playa del Carmen"])
            ),
            "destination_lat": G(lambda f: f.pick([10.3910, 21.1619, 6.2442, 25.7617, 20.6296])),
            "destination_lng": G(lambda f: f.pick([-75.4794, -86.8515, -75.5812, -80.1918, -87.0739])),
            "check_in": G(lambda f: f.future_date()),
            "check_out": G(lambda f: f.future_date()),
            "rooms": G(lambda f: f.r.randint(1, 3)),
            "guests": G(lambda f: f.r.randint(1, 6)),
            "query": G(
                lambda f: f.pick(["hotel con piscina cartagena", "all inclusive cancun", "near airport"])
            ),
        },
    ),
    (
        "track",
        "Hotel Viewed",
        "kotlin",
        {
            "hotel_id": G(lambda f: "H" + f.digits(7)),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "hotel_address": G(lambda f: f.pick(HOTEL_ADDRESSES)),
            "hotel_phone": G(
                lambda f: f.pick(
                    ["+57 605 650 4600", "+52 998 881 3200", "+1 305 477 8118", "+57 601 423 5900"]
                )
            ),
            "star_rating": G(lambda f: f.pick([3, 4, 5])),
            "review_score": G(lambda f: f.money(6, 10)),
            "price_per_night": G(lambda f: f.money(40, 600)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "COP"])),
            "latitude": G(lambda f: f.pick([10.4236, 21.1355, 4.6282])),
            "longitude": G(lambda f: f.pick([-75.5503, -86.7459, -74.1011])),
        },
    ),
    # -- booking funnel ------------------------------------------------------------------------
    (
        "track",
        "Flight Selected",
        "web",
        {
            "search_id": G(lambda f: f.uuid()),
            "offer_id": G(lambda f: f.hexid(20)),
            "segments": Many(flight_segment(), 3),
            "fare_family": G(lambda f: f.pick(FARES)),
            "price": G(lambda f: f.money(60, 1800)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "COP"])),
            "position": G(lambda f: f.r.randint(1, 40)),
            "stops": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Passenger Details Entered",
        "web",
        {
            "booking_session_id": G(lambda f: f.uuid()),
            "passengers": Many(passenger(), 5),
            "contact_email": Y(lambda f: f.email(), "email"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "booker_is_traveler": G(lambda f: f.pick([True, False])),
            "emergency_contact": emergency_contact(),
            "lap_infant": G(lambda f: f.pick([True, False])),
            "unaccompanied_minor": G(lambda f: f.pick([True, False])),
            "step": G(lambda f: 2),
        },
    ),
    (
        "track",
        "Saved Traveler Selected",
        "swift",
        {
            "traveler_id": G(lambda f: f.uuid()),
            "label": Y(lambda f: f.full_name(), "name", True),
            "position": G(lambda f: f.r.randint(1, 6)),
            "is_self": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Input Validated",
        "web",
        {
            "form": G(lambda f: f.pick(["price_alert", "newsletter", "guest_checkout"])),
            "field": G(lambda f: "email"),
            "input": Y(lambda f: f.email(), "email", True),
            "valid": G(lambda f: f.pick([True, True, False])),
            "error_code": G(lambda f: f.pick(["", "E_FORMAT", "E_DOMAIN"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Seat Selected",
        "swift",
        {
            "pnr": G(lambda f: f.pnr()),
            "flight_number": G(lambda f: f.flight()),
            "seat": G(lambda f: f"{f.r.randint(1, 38)}{f.pick('ABCDEF')}"),
            "seat_type": G(lambda f: f.pick(["standard", "extra_legroom", "exit_row", "front"])),
            "seat_price": G(lambda f: f.money(0, 80)),
            "passenger_type": G(lambda f: f.pick(["ADT", "CHD"])),
        },
    ),
    (
        "track",
        "Meal Selected",
        "kotlin",
        {
            "pnr": G(lambda f: f.pnr()),
            "flight_number": G(lambda f: f.flight()),
            "meal_preference": G(
                lambda f: f.pick(["standard", "vegetarian", "vegan", "pescatarian", "child_meal"])
            ),
            "special_meal_code": Y(
                lambda f: f.pick(["KSML", "MOML", "HNML", "DBML", "GFML", "LSML"]), "religion|condition", True
            ),
            "food_allergies": Many(
                Y(lambda f: f.pick(["peanuts", "shellfish", "tree nuts", "lactose", "gluten"]), "allergy"), 2
            ),
            "pre_ordered": G(lambda f: f.pick([True, False])),
            "meal_price": G(lambda f: f.money(0, 25)),
        },
    ),
    (
        "track",
        "Special Assistance Requested",
        "web",
        {
            "pnr": G(lambda f: f.pnr()),
            "passenger_id": G(lambda f: f.digits(8)),
            "wheelchairRequired": RED(lambda f: f.pick([True, False]), "disability"),
            "mobility_aid": RED(
                lambda f: f.pick(["manual wheelchair", "electric wheelchair", "walker", "crutches"]),
                "disability",
            ),
            "mobility_aid_battery": G(lambda f: f.pick(["lithium-ion", "dry cell", "none"])),
            "service_animal": RED(lambda f: f.pick([True, False]), "disability"),
            "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "weeks_pregnant": Y(lambda f: f.r.randint(12, 35), "condition"),
            "medif_required": Y(lambda f: f.pick([True, False]), "condition"),
            "assistance_airports": Many(G(lambda f: f.pick(AIRPORTS)), 2),
        },
    ),
    (
        "track",
        "Pet Added",
        "rn",
        {
            "pnr": G(lambda f: f.pnr()),
            "pet_name": G(lambda f: f.pick(["Luna", "Max", "Toby", "Canela", "Rocky", "Nala"])),
            "species": G(lambda f: f.pick(["dog", "cat"])),
            "breed": G(lambda f: f.pick(["French Bulldog", "Criollo", "Siamese", "Chihuahua"])),
            "pet_weight_kg": G(lambda f: f.money(1, 10)),
            "vaccination_certificate": G(lambda f: f.pick([True, False])),
            "fee": G(lambda f: f.pick([125, 150, 200])),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "RB" + f.digits(10)),
            "value": G(lambda f: f.money(60, 3500)),
            "revenue": G(lambda f: f.money(60, 3500)),
            "tax": G(lambda f: f.money(5, 300)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "COP"])),
            "coupon": G(lambda f: f.pick(["", "HOTSALE24", "VERANO10", "BIENVENIDA"])),
            "products": Many(product(), 4),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "order_id": G(lambda f: "RB" + f.digits(10)),
            "payment_method": G(lambda f: f.pick(["card", "pse", "oxxo", "paypal", "nequi"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "diners"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["411111", "450903", "520416", "377812", "601100"])),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "installments": G(lambda f: f.pick([1, 3, 6, 12, 24, 36])),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "payment_method_id": RED(lambda f: "pm_1" + f.hexid(23), "token"),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.person_city(), "city"),
                "postal_code": Y(lambda f: f.postal(), "zipcode"),
                "country": G(lambda f: f.pick(["CO", "MX", "US"])),
            },
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: "RB" + f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "pnr": G(lambda f: f.pnr()),
            "affiliation": G(lambda f: f.pick(["rumbo.travel", "Rumbo App", "Call Center"])),
            "total": G(lambda f: f.money(60, 3500)),
            "revenue": G(lambda f: f.money(60, 3500)),
            "tax": G(lambda f: f.money(5, 300)),
            "discount": G(lambda f: f.money(0, 80)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "COP"])),
            "products": Many(product(), 4),
            "email": Y(lambda f: f.email(), "email"),
            "booker": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "company": G(lambda f: f.pick([*COMPANIES, ""])),
            },
            "traveler_count": G(lambda f: f.r.randint(1, 6)),
            "miles_earned": G(lambda f: f.r.randint(0, 12000)),
            "is_gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Booking Ticketed",
        "dotnet",
        {
            "PnrLocator": G(lambda f: f.pnr()),
            "TicketNumbers": Many(G(lambda f: f.ticket()), 4),
            "FareBasis": G(lambda f: f.pick(["YLOWCO", "KRT3MX", "QOWUS", "JFLEX"])),
            "TotalFare": G(lambda f: f.money(60, 3500)),
            "Currency": G(lambda f: f.pick(["USD", "MXN", "COP"])),
            "IssuingOffice": G(lambda f: f.pick(["BOGRB08AA", "MEXRB0100", "MIARB2100"])),
            "LeadPassenger": {
                "GivenName": Y(lambda f: f.first(), "name"),
                "Surname": Y(lambda f: f.last(), "name"),
                "Email": Y(lambda f: f.email(), "email"),
                "PhoneNumber": Y(lambda f: f.phone(), "phone"),
            },
            "Passengers": Many(
                {
                    "GivenName": Y(lambda f: f.first(), "name"),
                    "Surname": Y(lambda f: f.last(), "name"),
                    "DateOfBirth": Y(lambda f: f.dob(1940, 2024), "birthdate"),
                    "PassengerType": G(lambda f: f.pick(["ADT", "CHD", "INF"])),
                    "FrequentFlyerNumber": G(lambda f: f.loyalty()),
                },
                4,
            ),
            "TicketingAgentName": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Reserva Creada",
        "php",
        {
            "codigo_reserva": G(lambda f: f.pnr()),
            "ruta": G(lambda f: f"{f.pick(AIRPORTS)}-{f.pick(AIRPORTS)}"),
            "tarifa": G(lambda f: f.pick(FARES)),
            "valor_total": G(lambda f: f.money_cop()),
            "moneda": G(lambda f: "COP"),
            "pasajero": {
                "nombre": Y(lambda f: f.first(), "name"),
                "apellido": Y(lambda f: f"{f.last()} {f.last()}", "name"),
                "correo": Y(lambda f: f.email(), "email"),
                "fecha_nacimiento": Y(lambda f: f.dob(), "birthdate"),
                "tipo_documento": G(lambda f: f.pick(["CC", "CE", "PA", "TI"])),
                "numero_documento": RED(lambda f: f.cedula(), "national id|passport"),
                "celular": Y(lambda f: f.phone("CO"), "phone"),
                "genero": Y(lambda f: f.pick(["F", "M"]), "gender"),
            },
            "contacto_emergencia": {
                "nombre": Y(lambda f: f.full_name(), "name"),
                "telefono": Y(lambda f: f.phone("CO"), "phone"),
                "parentesco": G(lambda f: f.pick(["madre", "esposo", "hermana", "hijo", "amigo"])),
            },
            "medio_pago": G(lambda f: f.pick(["PSE", "tarjeta_credito", "efecty", "nequi"])),
        },
    ),
    (
        "track",
        "Factura Solicitada",
        "php",
        {
            "codigo_reserva": G(lambda f: f.pnr()),
            "rfc_receptor": RED(lambda f: f.rfc_person(), "national id"),
            "uso_cfdi": G(lambda f: f.pick(["G03", "S01", "D04"])),
            "regimen_fiscal": G(lambda f: f.pick(["605", "612", "626"])),
            "codigo_postal_fiscal": Y(lambda f: f"{f.r.randint(1000, 99999):05d}", "zipcode"),
            "correo_factura": Y(lambda f: f.email(), "email"),
            "folio_fiscal": G(lambda f: f.uuid().upper()),
            "monto": G(lambda f: f.money(800, 60000)),
            "moneda": G(lambda f: "MXN"),
        },
    ),
    (
        "track",
        "PSE Payment Started",
        "php",
        {
            "order_id": G(lambda f: "RB" + f.digits(10)),
            "bank_code": G(lambda f: f.pick(["1007", "1051", "1013", "1507"])),
            "bank_name": G(lambda f: f.pick(["Bancolombia", "Davivienda", "BBVA Colombia", "Nequi"])),
            "person_type": G(lambda f: f.pick(["N", "J"])),
            "payer_document": RED(lambda f: f.cedula(), "national id"),
            "payer_email": Y(lambda f: f.email(), "email"),
            "amount": G(lambda f: f.money_cop()),
            "cus": G(lambda f: f.digits(9)),
        },
    ),
    # -- check-in / documents -------------------------------------------------------------------
    (
        "track",
        "Travel Document Added",
        "flutter",
        {
            "pnr": G(lambda f: f.pnr()),
            "document_type": G(lambda f: f.pick(["passport", "passport", "national_id"])),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "issuing_country": Y(lambda f: f.pick(["USA", "MEX", "COL", "ESP", "VEN"]), "citizenship"),
            "nationality": Y(lambda f: f.pick(["USA", "MEX", "COL", "VEN", "ARG"]), "citizenship"),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "gender": Y(lambda f: f.pick(["M", "F", "X"]), "gender"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "scanned_with_camera": G(lambda f: f.pick([True, False])),
            "mrz_confidence": G(lambda f: round(f.r.uniform(0.7, 1.0), 3)),
            "document_image_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "APIS Submitted",
        "java",
        {
            "pnr": G(lambda f: f.pnr()),
            "flight_number": G(lambda f: f.flight()),
            "destination_country": G(lambda f: f.pick(["US", "MX", "CO"])),
            "traveler": {
                "givenNames": Y(lambda f: f.first(), "name"),
                "surname": Y(lambda f: f.last(), "name"),
                "birthDate": Y(lambda f: f.date(1945, 2020), "birthdate"),
                "passportNumber": RED(lambda f: f.passport(), "passport"),
                "countryOfResidence": G(lambda f: f.pick(["COL", "MEX", "USA"])),
                "visaNumber": RED(lambda f: f.visa_foil(), "visa"),
                "visaType": RED(lambda f: f.pick(["B1/B2", "F1", "H1B", "ESTA"]), "visa"),
                "redressOrKtnProvided": G(lambda f: f.pick([True, False])),
            },
            "destinationAddress": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(lambda f: f.pick(["FL", "TX", "CA", "NY", "IL"])),
                "zip": Y(lambda f: f"{f.r.randint(10001, 99950)}", "zipcode"),
            },
            "submittedAt": G(lambda f: f.iso()),
            "validationStatus": G(lambda f: f.pick(["accepted", "warning", "rejected"])),
        },
    ),
    (
        "track",
        "Check-in Completed",
        "flutter",
        {
            "pnr": G(lambda f: f.pnr()),
            "flight_number": G(lambda f: f.flight()),
            "passengers_checked_in": G(lambda f: f.r.randint(1, 6)),
            "bags_checked": G(lambda f: f.r.randint(0, 4)),
            "hazmat_declaration_accepted": G(lambda f: True),
            "boarding_pass_delivery": G(lambda f: f.pick(["wallet", "email", "sms", "print"])),
            "boarding_pass_email": Y(lambda f: f.email(), "email"),
            "boarding_pass_sms": Y(lambda f: f.phone(), "phone"),
            "duration_sec": G(lambda f: f.r.randint(30, 900)),
        },
    ),
    # -- loyalty -------------------------------------------------------------------------------
    (
        "track",
        "Miles Earned",
        "ruby",
        {
            "member_number": G(lambda f: f.loyalty()),
            "miles": G(lambda f: f.r.randint(100, 15000)),
            "source": G(lambda f: f.pick(["flight", "cobrand_card", "hotel_partner", "promo"])),
            "partner_name": G(lambda f: f.pick(["Marriott Bonvoy", "Rappi", "Uber", "Rumbo Visa"])),
            "tier_after": G(lambda f: f.pick(["Silver", "Gold", "Diamond"])),
            "balance": G(lambda f: f.r.randint(0, 480000)),
        },
    ),
    (
        "track",
        "Miles Transferred",
        "rn",
        {
            "miles": G(lambda f: f.r.randint(1000, 50000)),
            "fee": G(lambda f: f.money(0, 60)),
            "recipient_member_number": G(lambda f: f.loyalty()),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "message": G(lambda f: f.pick(["Feliz cumpleaños!", "para tu viaje", "Enjoy!", ""])),
        },
    ),
    (
        "track",
        "Family Account Member Added",
        "swift",
        {
            "household_id": G(lambda f: f.uuid()),
            "member": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob(2008, 2023), "birthdate"),
                "relationship": G(lambda f: f.pick(["child", "spouse", "parent"])),
                "age": G(lambda f: f.r.randint(0, 17)),
            },
            "members_count": G(lambda f: f.r.randint(2, 8)),
        },
    ),
    # -- trip changes and refunds -----------------------------------------------------------------
    (
        "track",
        "Trip Changed",
        "node",
        {
            "pnr": G(lambda f: f.pnr()),
            "old_flight": G(lambda f: f.flight()),
            "new_flight": G(lambda f: f.flight()),
            "old_departure": G(lambda f: f.iso()),
            "new_departure": G(lambda f: f.iso()),
            "change_fee": G(lambda f: f.money(0, 250)),
            "fare_difference": G(lambda f: f.money(-200, 600)),
            "reason": G(lambda f: f.pick(["voluntary", "schedule_change", "weather", "missed_connection"])),
            "changed_by": G(lambda f: f.pick(["customer", "agent", "system"])),
        },
    ),
    (
        "track",
        "Name Correction Requested",
        "node_ext",
        {
            "pnr": G(lambda f: f.pnr()),
            "ticket_number": G(lambda f: f.ticket()),
            "old_name": Y(lambda f: f"{f.last().upper()}/{f.first().upper()}", "name"),
            "new_name": Y(lambda f: f"{f.last().upper()}/{f.first().upper()}", "name"),
            "characters_changed": G(lambda f: f.r.randint(1, 4)),
            "correction_type": G(lambda f: f.pick(["typo", "legal_name_change", "swapped_names"])),
            "approved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Refund Requested",
        "python_traits",
        {
            "refund_id": G(lambda f: "RF-" + f.digits(8)),
            "pnr": G(lambda f: f.pnr()),
            "amount": G(lambda f: f.money(20, 3000)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "COP"])),
            "method": G(lambda f: f.pick(["original_payment", "bank_transfer", "travel_credit"])),
            "clabe": RED(lambda f: f.clabe(), "bank account"),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "bank_name": G(lambda f: f.pick(["BBVA México", "Banorte", "Santander", "Banamex"])),
            "note": RED(refund_note, "bank account", True),
            "reason_code": G(lambda f: f.pick(["CANX_24H", "SCHED_CHG", "DEATH_CERT", "VISA_DENIED"])),
        },
    ),
    (
        "track",
        "Refund Issued",
        "ruby",
        {
            "refund_id": G(lambda f: "RF-" + f.digits(8)),
            "order_id": G(lambda f: "RB" + f.digits(10)),
            "amount": G(lambda f: f.money(20, 3000)),
            "ach": {
                "routing_number": G(lambda f: f.aba()),
                "account_number": RED(lambda f: f.digits(f.pick([8, 10, 12])), "bank account"),
                "account_type": G(lambda f: f.pick(["checking", "savings"])),
            },
            "cuenta_ahorros": RED(lambda f: f.co_account(), "bank account"),
            "processed_at": G(lambda f: f.iso()),
            "claim_number": G(lambda f: "CLM" + f.digits(7)),
        },
    ),
    # -- add-ons -------------------------------------------------------------------------------
    (
        "track",
        "Hotel Booked",
        "node",
        {
            "reservation_id": G(lambda f: f.digits(10)),
            "hotel_id": G(lambda f: "H" + f.digits(7)),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "hotel_address": G(lambda f: f.pick(HOTEL_ADDRESSES)),
            "hotel_email": G(
                lambda f: f.pick(
                    [
                        "reservas@casasanagustin.com.co",
                        "frontdesk@courtyardmia.example.com",
                        "reservaciones@fiestamericana.example.mx",
                    ]
                )
            ),
            "nights": G(lambda f: f.r.randint(1, 14)),
            "room_type": G(lambda f: f.pick(["Deluxe King", "Doble Estándar", "Junior Suite"])),
            "board": G(lambda f: f.pick(["room_only", "breakfast", "all_inclusive"])),
            "room_guests": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "is_child": G(lambda f: f.pick([True, False])),
                    "age": G(lambda f: f.r.randint(1, 70)),
                },
                4,
            ),
            "special_requests": G(
                lambda f: f.pick(["late check-in", "cama extra", "high floor please", "", "cuna para bebé"])
            ),
            "total": G(lambda f: f.money(80, 5000)),
            "currency": G(lambda f: f.pick(["USD", "MXN", "COP"])),
        },
    ),
    (
        "track",
        "Car Rental Booked",
        "go",
        {
            "rental_id": G(lambda f: f.digits(9)),
            "supplier": G(lambda f: f.pick(["Localiza", "Hertz", "Avis", "Europcar"])),
            "pickup_location": G(lambda f: f.pick(AIRPORT_NAMES)),
            "driver_name": Y(lambda f: f.full_name(), "name"),
            "driver_license_number": Y(
                lambda f: f.pick([f.digits(10), "D" + f.digits(7), f.pick("ABCDEF") + f.digits(12)]),
                "license",
            ),
            "driver_age": G(lambda f: f.r.randint(21, 75)),
            "vehicle_class": G(lambda f: f.pick(["ECAR", "CCAR", "IFAR", "SFAR"])),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_vin": Y(lambda f: f.vin(), "serial"),
            "daily_rate": G(lambda f: f.money(20, 140)),
            "insurance_included": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Travel Insurance Purchased",
        "java",
        {
            "policy_number": Y(lambda f: f.pick(["ASV-", "TIP-", "AC-"]) + f.digits(9), "identification"),
            "insurer": G(lambda f: f.pick(["Assist Card", "AXA Assistance", "SURA", "Allianz Travel"])),
            "plan": G(lambda f: f.pick(["Basic", "Plus", "Premium"])),
            "premium": G(lambda f: f.money(10, 180)),
            "covers_preexisting": G(lambda f: f.pick([True, False])),
            "declared_conditions": Many(
                Y(lambda f: f.pick(["hypertension", "asthma", "type 1 diabetes", "epilepsy"]), "condition"), 2
            ),
            "insured_travelers": G(lambda f: f.r.randint(1, 6)),
            "beneficiary_name": Y(lambda f: f.full_name(), "name"),
            "beneficiary_relationship": G(lambda f: f.pick(["spouse", "child", "parent"])),
        },
    ),
    (
        "track",
        "Co-brand Card Application Submitted",
        "python",
        {
            "application_id": G(lambda f: f.uuid()),
            "card_product": G(lambda f: f.pick(["Rumbo Visa Signature", "Rumbo Visa Infinite"])),
            "applicant": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "dob": Y(lambda f: f.date(1950, 2003), "birthdate"),
                "home_address": Y(lambda f: f.full_address(), "address"),
                "annual_income": Y(lambda f: f.r.randint(18000, 350000), "salary"),
                "employer": G(lambda f: f.pick([*COMPANIES, "Self-employed"])),
                "job_title": G(lambda f: f.pick(JOBS)),
                "housing_status": G(lambda f: f.pick(["own", "rent", "other"])),
                "marital_status": G(lambda f: f.pick(["single", "married"])),
            },
            "bonus_miles_offer": G(lambda f: f.pick([40000, 60000, 75000])),
            "decision": G(lambda f: f.pick(["approved", "pending", "declined"])),
            "veteran_discount_applied": RED(lambda f: f.pick([True, False]), "veteran"),
        },
    ),
    (
        "track",
        "Identity Check Failed",
        "python",
        {
            "application_id": G(lambda f: f.uuid()),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "ssn_match": G(lambda f: f.pick([True, False])),
            "dob_match": G(lambda f: f.pick([True, False])),
            "address_match": G(lambda f: f.pick([True, False])),
            "reason_codes": Many(G(lambda f: f.pick(["R201", "R207", "I610", "R932"])), 3),
        },
    ),
    # -- payments back office -------------------------------------------------------------------
    (
        "track",
        "IVR Payment Taken",
        "dotnet",
        {
            "CallId": G(lambda f: f.uuid()),
            "CallerPhone": Y(lambda f: f.phone(), "phone"),
            "AgentId": G(lambda f: "AG" + f.digits(5)),
            "AgentName": Y(lambda f: f.full_name(), "name"),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
            "Cvv": RED(lambda f: str(f.r.randint(100, 9999)), "credit card"),
            "CardholderName": Y(lambda f: f.full_name(), "name"),
            "Amount": G(lambda f: f.money(60, 3500)),
            "Currency": G(lambda f: f.pick(["USD", "MXN", "COP"])),
            "PnrLocator": G(lambda f: f.pnr()),
            "Approved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Failed",
        "go",
        {
            "order_id": G(lambda f: "RB" + f.digits(10)),
            "gateway": G(lambda f: f.pick(["stripe", "payu", "mercadopago", "adyen"])),
            "masked_pan": G(lambda f: f.masked_pan()),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "05", "51"])),
            "three_ds_status": G(lambda f: f.pick(["Y", "N", "A", "U"])),
            "vault_token": RED(lambda f: f.pick(["tok_", "card_"]) + f.hexid(24), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "amount": G(lambda f: f.money(60, 3500)),
            "avs_result": G(lambda f: f.pick(["Y", "N", "Z", "U"])),
        },
    ),
    (
        "track",
        "Stripe Webhook Received",
        "node",
        {
            "id": G(lambda f: "evt_" + f.hexid(24)),
            "type": G(lambda f: f.pick(["charge.succeeded", "charge.refunded", "charge.dispute.created"])),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + f.hexid(24)),
                    "amount": G(lambda f: f.r.randint(5000, 350000)),
                    "currency": G(lambda f: f.pick(["usd", "mxn"])),
                    "payment_method": RED(lambda f: "pm_" + f.hexid(24), "token"),
                    "receipt_email": Y(lambda f: f.email(), "email"),
                    "billing_details": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "phone": Y(lambda f: f.phone(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "city": Y(lambda f: f.person_city(), "city"),
                            "postal_code": Y(lambda f: f.postal(), "zipcode"),
                            "country": G(lambda f: f.pick(["US", "MX", "CO"])),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "fingerprint": G(lambda f: f.hexid(16)),
                            "country": G(lambda f: f.pick(["US", "MX", "CO"])),
                        }
                    },
                }
            },
        },
    ),
    (
        "track",
        "Conversion Relayed",
        "node",
        {
            "event_name": G(lambda f: f.pick(["Purchase", "InitiateCheckout", "Search"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email|advertising id"),
                "ph": Y(lambda f: f.sha256(), "phone|advertising id"),
                "external_id": G(lambda f: f.sha256()),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
                "country": G(lambda f: f.sha256()),
            },
            "custom_data": {
                "value": G(lambda f: f.money(60, 3500)),
                "currency": G(lambda f: f.pick(["USD", "MXN", "COP"])),
                "content_ids": Many(G(lambda f: f"{f.pick(AIRPORTS)}-{f.pick(AIRPORTS)}"), 2),
            },
            "pixel_id": G(lambda f: f.digits(15)),
        },
    ),
    # -- account and security ----------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        "kotlin",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "passwordStrength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "password_length": G(lambda f: f.r.randint(8, 24)),
            "country": G(lambda f: f.pick(["CO", "MX", "US"])),
        },
    ),
    (
        "track",
        "Login Challenge Issued",
        "node",
        {
            "challenge_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "otp_code": RED(lambda f: f.otp(), "token|secret"),
            "otp_length": G(lambda f: 6),
            "expires_in_sec": G(lambda f: f.pick([300, 600])),
            "phone_count": G(lambda f: f.r.randint(0, 2)),
            "risk_score": G(lambda f: f.r.randint(0, 100)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "ruby",
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "reset_url": RED(lambda f: "https://www.rumbo.travel/reset?token=" + f.hexid(40), "token"),
            "requests_last_24h": G(lambda f: f.r.randint(1, 5)),
            "email_sent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Login Failed",
        "go",
        {
            "username": Y(lambda f: f.email(), "email"),
            "failure_reason": G(lambda f: f.pick(["bad_password", "locked", "mfa_timeout"])),
            "attempts": G(lambda f: f.r.randint(1, 10)),
            "headers": {
                "user-agent": G(lambda f: f.pick(UAS)),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip", True),
                "accept-language": G(lambda f: f.pick(["es-CO,es;q=0.9", "es-MX", "en-US,en;q=0.8"])),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-request-id": G(lambda f: f.uuid()),
            },
        },
    ),
    (
        "track",
        "Supplier API Error",
        "java",
        {
            "supplier": G(lambda f: f.pick(["amadeus", "sabre", "hotelbeds", "expedia_rapid"])),
            "endpoint": G(
                lambda f: f.pick(["/v2/shopping/flight-offers", "/hotel-api/1.0/bookings", "/v1/pnr"])
            ),
            "status_code": G(lambda f: f.pick([400, 401, 429, 500, 503])),
            "request_headers": {
                "x-api-key": RED(lambda f: f.secret(), "secret"),
                "content-type": G(lambda f: "application/json"),
                "x-correlation-id": G(lambda f: f.uuid()),
            },
        },
    ),
    # -- support -------------------------------------------------------------------------------
    (
        "track",
        "Chat Started",
        "web",
        {
            "conversation-id": G(lambda f: f.hexid(24)),
            "visitor-name": Y(lambda f: f.full_name(), "name"),
            "visitor-email": Y(lambda f: f.email(), "email"),
            "queue": G(lambda f: f.pick(["reservas", "equipaje", "millas", "english"])),
            "wait-seconds": G(lambda f: f.r.randint(0, 900)),
            "pre-chat-topic": G(
                lambda f: f.pick(["cambio de vuelo", "refund", "equipaje perdido", "millas"])
            ),
        },
    ),
    (
        "track",
        "Chat Escalated",
        "node",
        {
            "conversation-id": G(lambda f: f.hexid(24)),
            "agent-name": Y(lambda f: f.full_name(), "name"),
            "agent-id": G(lambda f: f.digits(6)),
            "agent-email": Y(
                lambda f: (
                    f.first().split()[0].lower()
                    + "."
                    + f.last().lower().replace(" ", "").replace("'", "")
                    + "@rumbo.travel"
                ),
                "email",
            ),
            "transcript-excerpt": Y(chat_with_phone, "phone", True),
            "csat-score": G(lambda f: f.r.randint(1, 5)),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "swift",
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "author": G(lambda f: "customer"),
            "text": Y(chat_with_email, "email", True),
            "length": G(lambda f: f.r.randint(10, 120)),
            "has_attachment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bot Reply Shown",
        "swift",
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "intent": G(lambda f: f.pick(["flight_status", "change_flight", "add_bag", "goodbye"])),
            "reply_text": G(bot_text),
            "confidence": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    (
        "track",
        "Customer Lookup",
        "java",
        {
            "q": Y(lambda f: f.email(), "email", True),
            "results": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "AG" + f.digits(5)),
            "console_version": G(lambda f: f.pick(["2024.05.1", "2024.06.0"])),
        },
    ),
    (
        "track",
        "Booking Note Added",
        "java",
        {
            "pnr": G(lambda f: f.pnr()),
            "remarks": Y(agent_note, "name", True),
            "agent_id": G(lambda f: "AG" + f.digits(5)),
            "visibility": G(lambda f: f.pick(["internal", "customer"])),
            "support_phone": G(lambda f: f.pick(["+57 601 745 0000", "+52 55 5123 4000", "+1 800 555 0199"])),
            "support_email": G(lambda f: f.pick(["ayuda@rumbo.travel", "help@rumbo.travel"])),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        "python",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+15305550147", "+573017450000", "RUMBO"])),
            "To": Y(lambda f: f.e164(), "phone", True),
            "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered", "failed"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
            "Body": G(
                lambda f: f.pick(
                    [
                        "Tu vuelo RB1234 sale de la sala B12 a las 14:05.",
                        "Your flight is now boarding at gate A7.",
                        "Check-in abierto para tu vuelo de mañana.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Survey Submitted",
        "rn",
        {
            "survey_id": G(lambda f: f.pick(["nps_postflight", "csat_chat"])),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(survey_text),
            "flight_number": G(lambda f: f.flight()),
            "crew_member_praised": Y(lambda f: f.first() + " " + f.last(), "name"),
        },
    ),
    # -- corporate ------------------------------------------------------------------------------
    (
        "group",
        None,
        "java",
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(lambda f: f.pick(["Banking", "Food", "Energy", "Construction", "Tech"])),
            "employees": G(lambda f: f.r.randint(50, 50000)),
            "plan": G(lambda f: f.pick(["Rumbo Corporate", "Rumbo PyME"])),
            "website": G(
                lambda f: f.pick(
                    ["https://www.grupobimbo.com", "https://www.ecopetrol.com.co", "https://www.globant.com"]
                )
            ),
            "nit": G(lambda f: f.nit()),
            "travel_policy": G(lambda f: f.pick(["economy_only", "business_over_6h"])),
            "travel_manager": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Corporate Trip Approved",
        "java",
        {
            "trip_request_id": G(lambda f: f.digits(8)),
            "cost_center": G(lambda f: "CC-" + f.digits(4)),
            "approver_name": Y(lambda f: f.full_name(), "name"),
            "approver_email": Y(lambda f: f.email(), "email"),
            "traveler_employee_id": G(lambda f: "E" + f.digits(6)),
            "traveler_job_title": G(lambda f: f.pick(JOBS)),
            "company_phone": G(lambda f: f.pick(["+57 601 343 0000", "+52 55 5268 6600"])),
            "out_of_policy": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- more travellers and dependants ----------------------------------------------------------
    (
        "track",
        "Unaccompanied Minor Registered",
        "web",
        {
            "pnr": G(lambda f: f.pnr()),
            "minor": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob(2010, 2019), "birthdate"),
                "age": G(lambda f: f.r.randint(5, 14)),
            },
            "pickup_adult": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "id_number": RED(
                    lambda f: f.pick([f.cedula(), f.passport(), f.curp()]), "national id|passport"
                ),
                "relationship": G(lambda f: f.pick(["grandmother", "uncle", "father", "tía"])),
            },
            "umnr_fee": G(lambda f: f.pick([100, 150])),
        },
    ),
    (
        "track",
        "Perfil Actualizado",
        "php",
        {
            "nombre_completo": Y(lambda f: f.full_name(), "name"),
            "correo_alterno": Y(lambda f: f.email(), "email"),
            "telefono_casa": Y(lambda f: f.phone("MX"), "phone"),
            "curp": RED(lambda f: f.curp(), "national id"),
            "domicilio": {
                "calle": Y(
                    lambda f: f"{f.pick(MX_CALLES)} {f.r.randint(1, 999)}",
                    "street|address",
                ),
                "colonia": Y(
                    lambda f: f.pick(
                        ["Roma Norte", "Del Valle", "Chapultepec", "Providencia", "San Pedro Garza García"]
                    ),
                    "address",
                ),
                "municipio": Y(lambda f: f.pick(MX_CITIES), "city"),
                "codigo_postal": Y(lambda f: f"{f.r.randint(1000, 99999):05d}", "zipcode"),
                "estado": G(lambda f: f.pick(["CDMX", "Jalisco", "Nuevo León", "Yucatán"])),
            },
        },
    ),
    (
        "track",
        "Group Quote Requested",
        "web",
        {
            "organizer_name": Y(lambda f: f.full_name(), "name"),
            "organizer_email": Y(lambda f: f.email(), "email"),
            "organizer_phone": Y(lambda f: f.phone(), "phone"),
            "group_size": G(lambda f: f.r.randint(10, 120)),
            "event_type": G(lambda f: f.pick(["wedding", "school trip", "congreso", "sports team"])),
            "route": G(lambda f: f"{f.pick(AIRPORTS)}-{f.pick(AIRPORTS)}"),
        },
    ),
    (
        "track",
        "Baggage Claim Filed",
        "rn",
        {
            "file_reference": G(lambda f: f.pick(AIRPORTS) + "RB" + f.digits(5)),
            "bag_tag_number": G(lambda f: "0" + f.pick(["134", "139"]) + f.digits(6)),
            "bag_description": G(
                lambda f: f.pick(["maleta negra Samsonite", "red hard-shell, 23 kg", "duffel azul con cinta"])
            ),
            "bag_photo_url": G(lambda f: f"https://cdn.rumbo.travel/claims/{f.hexid(12)}.jpg"),
            "contact_name": Y(lambda f: f.full_name(), "name"),
            "delivery_address": Y(lambda f: f.full_address(), "address"),
            "delivery_phone": Y(lambda f: f.phone(), "phone"),
            "temporary_hotel": G(lambda f: f.pick(HOTELS)),
            "claimed_value": G(lambda f: f.money(50, 2000)),
        },
    ),
    (
        "track",
        "Medical Clearance Submitted",
        "java",
        {
            "pnr": G(lambda f: f.pnr()),
            "medif_form_id": G(lambda f: "MEDIF-" + f.digits(6)),
            "diagnosis": Y(
                lambda f: f.pick(
                    ["COPD", "post-operative hip replacement", "pregnancy 34 weeks", "heart failure"]
                ),
                "diagnosis",
            ),
            "medications": Many(
                Y(lambda f: f.pick(["insulin", "warfarin", "salbutamol", "enoxaparin"]), "medication"), 3
            ),
            "rx_number": Y(lambda f: "RX" + f.digits(8), "medication"),
            "oxygen_required": Y(lambda f: f.pick([True, False]), "condition"),
            "stretcher_required": RED(lambda f: f.pick([True, False]), "disability"),
            "physician_name": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "fit_to_fly": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- other ---------------------------------------------------------------------------------
    (
        "track",
        "Price Alert Created",
        "web",
        {
            "alert_id": G(lambda f: f.uuid()),
            "route": G(lambda f: f"{f.pick(AIRPORTS)}-{f.pick(AIRPORTS)}"),
            "target_price": G(lambda f: f.money(50, 800)),
            "notify_email": Y(lambda f: f.email(), "email"),
            "notify_whatsapp": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Flight Status Viewed",
        "flutter",
        {
            "flight_number": G(lambda f: f.flight()),
            "status": G(lambda f: f.pick(["on_time", "delayed", "boarding", "cancelled"])),
            "captain_name": Y(lambda f: f.full_name(), "name"),
            "aircraft_registration": G(lambda f: f.pick(["HK-5300", "XA-VRB", "N912RB", "HK-5412"])),
            "aircraft_name": G(lambda f: f.pick(["Ciudad de Cartagena", "Sierra Nevada", "Tulum"])),
            "departure_airport": G(lambda f: f.pick(AIRPORT_NAMES)),
        },
    ),
    (
        "track",
        "Lounge Access Granted",
        "go",
        {
            "lounge": G(lambda f: f.pick(["Sala VIP El Dorado", "Salón Premier T1", "Club at MIA"])),
            "member_number": G(lambda f: f.loyalty()),
            "guest_count": G(lambda f: f.r.randint(0, 2)),
            "guest_names": Many(Y(lambda f: f.full_name(), "name"), 2),
            "access_type": G(lambda f: f.pick(["tier", "day_pass", "credit_card"])),
            "scanned_at": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, "swift", {}),
    ("alias", None, "web", {}),
]


def build(seed: int, repeats: int):
    f = TravelFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.pick(["", "ajs-next-"]) + f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["", "usr_"]) + f.digits(9),
            }
            if event and kind == "track":
                msg["event"] = event
            elif event:
                msg["name"] = event
            if kind == "group":
                msg["groupId"] = "corp_" + f.digits(6)
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            section = {"identify": "traits", "group": "traits", "alias": None}.get(kind, "properties")
            if section:
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=74, repeats=34)
    write(Path(__file__).parent, "holdout74_", events, labels)
