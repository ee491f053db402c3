"""Writes holdout29: tests/corpus/holdout29_events.jsonl and holdout29_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py for the format), and
never scored by its author. Run with `.venv/bin/python -m tests.corpus.build_holdout29`;
deterministic (seed 2929).

Domain: consumer on-demand apps in Latin America and Europe, the everyday traffic of three
Segment customers.
- Comida Ya, food delivery (Mexico, Colombia, Spain): identify, address book with delivery
  references, restaurant search and menus, e-commerce spec cart and checkout, promo codes, tips,
  order tracking with couriers, ratings, support chat and a Zendesk-shaped ticket, push
  notifications, CFDI invoices (RFC), courier onboarding (CURP / DNI / NIE / cedula, CLABE /
  IBAN / account), a partner portal (group calls, kebab-case lead form), a reverse-ETL identify
  in SCREAMING_SNAKE from the warehouse. Clients: analytics.js, analytics-swift,
  analytics-kotlin, @segment/analytics-node, analytics-python.
- Viaja, ride hailing (Brazil, Mexico), Portuguese and English keys: rider identify (CPF),
  destination search, ride requests with pickup / drop-off coordinates and addresses, rides for
  someone else, trips with encoded route polylines, fares, cash and PIX (copia e cola, payer),
  safety (shared trips, emergency contacts, emergency button, audio recording, trip PIN),
  wheelchair-accessible rides, teen accounts, drivers (CNH, plates, IMEI, PIX payout keys,
  deaf-or-hard-of-hearing flag, document OCR), Sift-shaped risk payload, AppsFlyer-shaped
  install attribution. Clients: @segment/analytics-react-native, analytics-kotlin (driver app),
  analytics-go, analytics-java.
- Frescura, grocery delivery (Italy, France), Italian, French and English keys: delivery slots,
  substitutions, loyalty cards, Club Bebe (children, due date), pets, recipes, HTML-autocomplete
  form autocapture (kebab keys such as `cc-number`), B2C fattura elettronica from a .NET backend
  (PascalCase: FiscalCode, PEC), French business invoices (SIRET, TVA), SEPA mandates, age checks
  at the door for alcohol, call-centre notes, Meta Conversions API user_data (hashed), group
  calls for business accounts. Clients: analytics.js, analytics_flutter, Analytics.NET,
  analytics-php, analytics-ruby.

Conventions: mostly camelCase and snake_case English keys; the rest are Spanish, Portuguese,
Italian and French keys, PascalCase (.NET), kebab-case (autocapture, a partner lead form),
SCREAMING_SNAKE (warehouse), Sift's `$` keys, Meta's abbreviations (`em`, `ph`, `fn`). Values
are generated per country: names from many cultures (two surnames where usual), national phone
formats, street addresses with colonias / barrios / CEPs / CAPs, coordinates around real cities,
and ids with their real checksums (CURP and RFC check characters, DNI / NIE letters, CPF and
CNPJ digits, codice fiscale check letter, partita IVA and SIRET by Luhn, CLABE weights, IBAN
mod-97, Luhn cards and IMEIs, EAN-13 loyalty cards).

Labelling rules (Privacy Portal default colours):
- PII = personal data about a natural person: the user, a recipient, a contact, a dependant, a
  courier / driver / shopper / agent. Type is the reference matcher name where one fits, else
  `national id`, `bank account`, `geolocation`, `advertising id`, `credit card`, `token`,
  `health`, `password|secret`; colour is the reference default (yellow for name, email, phone,
  address, street, city, zipcode, birthdate, gender, citizenship, photo, license, serial, ip,
  allergy; red for credit card, password, token, disability); outside the reference: red for
  national ids (CPF, CURP, RFC, DNI/NIE, cedula, codice fiscale, CIE), bank accounts (IBAN,
  CLABE, account numbers, PIX keys), health and secrets; yellow for geolocation and
  advertising ids.
- Green: ids we issue (orders, trips, couriers, loyalty card numbers, invoice numbers, PIX txid
  and end-to-end ids), SKUs, versions, timestamps, hashes of non-PII, amounts (fares, tips,
  payouts), enums, counters and booleans under PII-sounding keys (`emailVerified`,
  `contatos_total`, `cpf_validado`), product / dish / restaurant / store / company / pet names,
  places that are not a person's (a searched destination, a POI name, a restaurant's or
  store's address, coordinates and phone, a company's registered office), country, state,
  locale, timezone, currency, user agents, OS-issued device ids (IDFV, Android id, device.id),
  SDK install ids. Card brand, BIN, last four and expiry are green; BIC, bank codes and branch
  (agencia) identify the bank: green. Company identifiers (SIRET, partita IVA, CNPJ, NIT, TVA,
  RFC of a persona moral) are green; a person's tax id is red.
- Judgement calls, as a careful privacy owner at a mid-size company would want them:
  the pickup and drop-off addresses and coordinates of a trip, a courier's or driver's live
  position and a route polyline are the person's precise whereabouts (yellow); the name a
  destination search typed (`q`) and POI names are green. Delivery references
  (`referencias`: "casa azul, porton negro") and interior numbers are part of the person's
  address (yellow address). A vehicle plate of a driver or courier is `license`. The rider's
  trip PIN and a French door code (`code_porte`) are credentials they hold (red
  `password|secret`). A device push token is red
  `token` (as build.py labels it). Hashed e-mail, phone, name, city and postcode sent to Meta
  are still that person's data for matching and keep the plain type and colour (hashed country
  and hashed user id are green). A field whose type is a reference matcher takes that matcher's colour
  (free-text `alergias` is yellow allergy); a flag revealing a special category with a red
  matcher or none is red (wheelchair-accessible ride and a driver's hearing impairment:
  disability; a due date: health). Document-type enums and business identifiers are green.
- value_only is true only under keys that do not say what they hold (`field_value`, `input`,
  `text`, `body`, `message`, `notes`, `dedica`, `mensaje_repartidor`, `ticket.description`,
  `externalIds[].id`); every value of a value_only PII path carries that PII (a phone, an
  address, an e-mail or a first name in every message). Free text is labelled by what every
  value carries: free text whose values never carry PII (order notes, dish instructions, gift
  messages, rating comments, lost-item descriptions, substitution notes) is green. Keys are
  never reused across events with a different meaning (a path is one inventory field).
"""

import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- per-country value generators ---------------------------------------------------------------

FIRST = {
    "mx": [
        "José Luis",
        "María Guadalupe",
        "Ximena",
        "Itzel",
        "Diego",
        "Fernanda",
        "Emiliano",
        "Valeria",
        "Luis Ángel",
        "Citlali",
        "Rodrigo",
        "Renata",
        "Juan Pablo",
        "Yareli",
        "Miguel",
        "Dulce María",
    ],
    "co": [
        "Andrés Felipe",
        "Laura Valentina",
        "Juan David",
        "María José",
        "Yeison",
        "Leidy Johana",
        "Sebastián",
        "Daniela",
        "Wilmer",
        "Natalia",
        "Santiago",
        "Paola",
        "Jhon Jairo",
        "Yuliana",
    ],
    "es": [
        "Lucía",
        "Hugo",
        "Martina",
        "Álvaro",
        "Nerea",
        "Iker",
        "Aitana",
        "Jordi",
        "Montserrat",
        "Xabier",
        "Ainhoa",
        "Mohamed",
        "Ioana",
        "Wei",
        "Pilar",
        "Begoña",
    ],
    "br": [
        "Ana Clara",
        "João Pedro",
        "Maria Eduarda",
        "Thiago",
        "Larissa",
        "Francisca",
        "Raimundo",
        "Kauã",
        "Yasmin",
        "Hiroshi",
        "Jéssica",
        "Antônio",
        "Beatriz",
        "Luiz Fernando",
        "Thaís",
        "Wellington",
    ],
    "it": [
        "Giulia",
        "Francesco",
        "Alessandro",
        "Chiara",
        "Lorenzo",
        "Aurora",
        "Giuseppe",
        "Rosaria",
        "Gianluca",
        "Ilaria",
        "Xiaoming",
        "Ahmed",
        "Federica",
        "Salvatore",
        "Nicolò",
        "Bianca",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Théo",
        "Inès",
        "Mohamed",
        "Amadou",
        "Aïssatou",
        "Élodie",
        "Mathis",
        "Thi Lan",
        "Yanis",
        "Gaëlle",
        "Jean-Baptiste",
        "Margaux",
        "Rémi",
    ],
}
LAST = {
    "mx": [
        "Hernández",
        "García",
        "Martínez",
        "López",
        "González",
        "Ramírez",
        "Cruz",
        "Flores",
        "Chávez",
        "Nava",
        "Kuri",
        "Canul",
        "Tzab",
        "Yáñez",
        "Chong",
        "Mendoza",
        "Ortiz",
        "Zúñiga",
    ],
    "co": [
        "Rodríguez",
        "Gómez",
        "Restrepo",
        "Uribe",
        "Ospina",
        "Cárdenas",
        "Mosquera",
        "Palacios",
        "Valencia",
        "Zapata",
        "Quintero",
        "Arango",
        "Córdoba",
        "Rentería",
        "Betancur",
    ],
    "es": [
        "Fernández",
        "García",
        "Martín",
        "Ruiz",
        "Jiménez",
        "Moreno",
        "Navarro",
        "Puig",
        "Etxeberria",
        "Ferrer",
        "Iglesias",
        "El Amrani",
        "Popescu",
        "Wang",
        "Sáez",
        "Vidal",
    ],
    "br": [
        "da Silva",
        "Santos",
        "Oliveira",
        "Souza",
        "Pereira",
        "Lima",
        "Carvalho",
        "Ferreira",
        "Almeida",
        "Nascimento",
        "Yamamoto",
        "Haddad",
        "Gonçalves",
        "dos Santos",
        "Tanaka",
        "Araújo",
    ],
    "it": [
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "De Luca",
        "Hu",
        "Mancini",
        "Lombardi",
        "Caruso",
        "D'Angelo",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Petit",
        "Durand",
        "Lefebvre",
        "Moreau",
        "Diallo",
        "Benali",
        "Nguyen",
        "Traoré",
        "Fontaine",
        "Girard",
        "Le Goff",
        "Mercier",
    ],
}
MAIL = {
    "mx": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "icloud.com", "prodigy.net.mx"],
    "co": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.es", "une.net.co"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "outlook.com"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it", "tiscali.it", "icloud.com"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "hotmail.fr"],
}
CITIES = {
    "mx": [
        ("Ciudad de México", 19.4326, -99.1332, "CDMX"),
        ("Guadalajara", 20.6597, -103.3496, "Jalisco"),
        ("Monterrey", 25.6866, -100.3161, "Nuevo León"),
        ("Puebla", 19.0414, -98.2063, "Puebla"),
    ],
    "co": [
        ("Bogotá", 4.7110, -74.0721, "Cundinamarca"),
        ("Medellín", 6.2442, -75.5812, "Antioquia"),
        ("Cali", 3.4516, -76.5320, "Valle del Cauca"),
        ("Barranquilla", 10.9685, -74.7813, "Atlántico"),
    ],
    "es": [
        ("Madrid", 40.4168, -3.7038, "Madrid"),
        ("Barcelona", 41.3874, 2.1686, "Cataluña"),
        ("Valencia", 39.4699, -0.3763, "Comunidad Valenciana"),
        ("Sevilla", 37.3891, -5.9845, "Andalucía"),
    ],
    "br": [
        ("São Paulo", -23.5505, -46.6333, "SP"),
        ("Rio de Janeiro", -22.9068, -43.1729, "RJ"),
        ("Belo Horizonte", -19.9167, -43.9345, "MG"),
        ("Curitiba", -25.4284, -49.2733, "PR"),
    ],
    "it": [
        ("Milano", 45.4642, 9.1900, "MI"),
        ("Roma", 41.9028, 12.4964, "RM"),
        ("Torino", 45.0703, 7.6869, "TO"),
        ("Bologna", 44.4949, 11.3426, "BO"),
    ],
    "fr": [
        ("Paris", 48.8566, 2.3522, "Île-de-France"),
        ("Lyon", 45.7640, 4.8357, "Auvergne-Rhône-Alpes"),
        ("Marseille", 43.2965, 5.3698, "Provence-Alpes-Côte d'Azur"),
        ("Toulouse", 43.6047, 1.4442, "Occitanie"),
    ],
}
# streets and neighbourhoods of each city, so an address holds together
STREETS = {
    "Ciudad de México": [
        "Av. Insurgentes Sur",
        "Calle Orizaba",
        "Av. Álvaro Obregón",
        "Calle Durango",
        "Calle Río Lerma",
    ],
    "Guadalajara": ["Av. Vallarta", "Av. Chapultepec", "Calle Libertad", "Av. de la Paz"],
    "Monterrey": ["Av. Constitución", "Calle Padre Mier", "Av. Hidalgo"],
    "Puebla": ["Calle 5 de Mayo", "Av. Juárez", "Calle 14 Sur"],
    "Bogotá": ["Calle 93", "Carrera 7", "Carrera 15", "Transversal 6", "Calle 53"],
    "Medellín": ["Carrera 43A", "Calle 10", "Calle 33", "Diagonal 40A"],
    "Cali": ["Avenida 6N", "Calle 5", "Carrera 100"],
    "Barranquilla": ["Carrera 53", "Calle 84", "Carrera 43"],
    "Madrid": ["Calle de Serrano", "Calle Mayor", "Calle de Alcalá", "Calle de Bravo Murillo"],
    "Barcelona": ["Carrer de Mallorca", "Carrer de Sants", "Carrer de Verdi"],
    "Valencia": ["Avenida del Puerto", "Carrer de Sueca", "Calle de Colón"],
    "Sevilla": ["Calle Feria", "Calle Betis", "Avenida de la Constitución"],
    "São Paulo": ["Rua Augusta", "Av. Paulista", "Rua Oscar Freire", "Rua da Consolação", "Rua Haddock Lobo"],
    "Rio de Janeiro": ["Rua Voluntários da Pátria", "Av. Nossa Senhora de Copacabana", "Rua Conde de Bonfim"],
    "Belo Horizonte": ["Av. Afonso Pena", "Rua da Bahia", "Rua Pernambuco"],
    "Curitiba": ["Rua XV de Novembro", "Av. Sete de Setembro", "Rua Comendador Araújo"],
    "Milano": ["Via Torino", "Corso Buenos Aires", "Viale Monza", "Via Paolo Sarpi"],
    "Roma": ["Via del Corso", "Via Nazionale", "Viale di Trastevere", "Via Cola di Rienzo"],
    "Torino": ["Via Po", "Via Garibaldi", "Corso Vittorio Emanuele II"],
    "Bologna": ["Via Zamboni", "Via dell'Indipendenza", "Via Mascarella"],
    "Paris": [
        "rue de la Roquette",
        "boulevard Voltaire",
        "rue Mouffetard",
        "rue Oberkampf",
        "rue du Faubourg Saint-Antoine",
    ],
    "Lyon": ["cours Lafayette", "rue de la République", "montée de la Grande-Côte"],
    "Marseille": ["rue Paradis", "boulevard Longchamp", "rue de Rome"],
    "Toulouse": ["rue d'Alsace-Lorraine", "allées Jean Jaurès", "rue des Filatiers"],
}
HOODS = {
    "Ciudad de México": [
        "Roma Norte",
        "Condesa",
        "Del Valle Centro",
        "Narvarte Poniente",
        "Polanco V Sección",
        "Coyoacán",
    ],
    "Guadalajara": ["Americana", "Providencia", "Chapalita"],
    "Monterrey": ["Obispado", "Mitras Centro", "Cumbres"],
    "Puebla": ["La Paz", "Centro Histórico", "Anzures"],
    "Bogotá": ["Chapinero", "Usaquén", "Cedritos", "Teusaquillo"],
    "Medellín": ["El Poblado", "Laureles", "Belén"],
    "Cali": ["Granada", "San Fernando"],
    "Barranquilla": ["El Prado", "Alto Prado"],
    "Madrid": ["Salamanca", "Malasaña", "Chamberí", "Lavapiés"],
    "Barcelona": ["Gràcia", "Eixample", "Sants"],
    "Valencia": ["Ruzafa", "El Carmen"],
    "Sevilla": ["Triana", "Nervión"],
    "São Paulo": ["Bela Vista", "Pinheiros", "Moema", "Vila Madalena"],
    "Rio de Janeiro": ["Copacabana", "Botafogo", "Tijuca"],
    "Belo Horizonte": ["Savassi", "Lourdes", "Funcionários"],
    "Curitiba": ["Batel", "Água Verde", "Centro"],
    "Milano": ["Brera", "Isola", "Città Studi"],
    "Roma": ["Trastevere", "Prati", "Monteverde"],
    "Torino": ["San Salvario", "Crocetta"],
    "Bologna": ["Bolognina", "Santo Stefano"],
    "Paris": ["Bastille", "Belleville", "Montmartre"],
    "Lyon": ["Croix-Rousse", "Part-Dieu"],
    "Marseille": ["Le Panier", "Castellane"],
    "Toulouse": ["Capitole", "Saint-Cyprien"],
}
INTERIOR = {
    "mx": ["Int. 4", "Depto 302", "Casa 12", "Int. B", "Depto 1101", "Edificio C, Depto 5"],
    "co": ["Apto 502", "Torre 3 Apto 1204", "Casa 8", "Apto 301", "Interior 2 Apto 404"],
    "es": ["3º B", "2º 1ª", "Bajo A", "5º izq.", "Ático", "1º D"],
    "br": ["Apto 82", "Bloco B, apto 1304", "Casa 2", "Apto 1501", "Fundos"],
    "it": ["scala B, int. 7", "int. 12", "piano 3", "scala A"],
    "fr": ["bât. B, 3e étage", "escalier 2, porte 14", "4e gauche", "appt 21"],
}
REFERENCES = {
    "mx": [
        "Casa azul con portón negro, frente a la tiendita",
        "Entre Orizaba y Jalapa, tocar el timbre 2",
        "Edificio con farmacia abajo, interfón 302",
        "A un lado del Oxxo, zaguán gris",
        "Casa de dos pisos con bugambilias, junto al taller",
    ],
    "co": [
        "Conjunto Los Cerezos, torre 3, dejar en portería",
        "Frente al parque, casa esquinera blanca",
        "Edificio de ladrillo al lado de la panadería",
        "Entrada por la carrera, timbre 404",
    ],
    "es": [
        "Portal con puerta verde, 3º B, el timbre no funciona, llamar",
        "Junto a la farmacia, portal 2",
        "Edificio azul esquina con la plaza",
        "Entrar por el garaje, escalera derecha",
    ],
}


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
    )
)


class Fx(Fake):
    """Fake with a country chosen per event (Fx.country) and Latin American / European formats."""

    country = "mx"
    city_row = CITIES["mx"][0]

    def set_country(self, country: str) -> None:
        self.country = country
        self.city_row = self.pick(CITIES[country])

    # people
    def first(self):
        return self.pick(FIRST[self.country])

    def last(self):
        return self.pick(LAST[self.country])

    def surnames(self):
        if self.country in ("mx", "co", "es"):
            return f"{self.last()} {self.last()}"
        return self.last()

    def full_name(self):
        return f"{self.first()} {self.surnames()}"

    def email(self):
        first = fold(self.first()).lower().split(" ")[0].replace("-", "")
        last = fold(self.last()).lower().replace(" ", "").replace("'", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(70, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{local}@{self.pick(MAIL[self.country])}"

    def work_email(self, domain):
        first = fold(self.first()).lower().split(" ")[0].replace("-", "")
        last = fold(self.last()).lower().replace(" ", "").replace("'", "")
        return f"{self.pick([first + '.' + last, first[0] + last, first])}@{domain}"

    def nd(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def phone(self, style=None):
        c, d = self.country, self.nd
        if c == "mx":
            area = self.pick(["55", "33", "81", "222", "998"])
            rest = d(10 - len(area))
            cut = 4 if len(area) == 2 else 3
            return self.pick(
                [
                    f"+52 {area} {rest[:cut]} {rest[cut:]}",
                    f"{area}{rest}",
                    f"+521{area}{rest}",
                    f"({area}) {rest[:cut]} {rest[cut:]}",
                ]
            )
        if c == "co":
            p = "3" + self.pick(["00", "01", "10", "12", "14", "15", "20", "23", "50"])
            rest = d(7)
            return self.pick([f"+57 {p} {rest[:3]} {rest[3:]}", f"{p}{rest}", f"+57{p}{rest}", f"{p} {rest}"])
        if c == "es":
            p = self.pick(["6", "7"]) + d(2)
            rest = d(6)
            return self.pick(
                [
                    f"+34 {p} {rest[:3]} {rest[3:]}",
                    f"{p} {rest[:2]} {rest[2:4]} {rest[4:]}",
                    f"+34{p}{rest}",
                    f"{p}{rest}",
                ]
            )
        if c == "br":
            ddd = self.pick(["11", "21", "31", "41", "71", "85"])
            rest = "9" + d(8)
            return self.pick(
                [
                    f"+55 {ddd} {rest[:5]}-{rest[5:]}",
                    f"({ddd}) {rest[:5]}-{rest[5:]}",
                    f"+55{ddd}{rest}",
                    f"{ddd}{rest}",
                ]
            )
        if c == "it":
            p = "3" + self.pick(["33", "35", "39", "40", "47", "49", "66", "88"])[:2]
            rest = d(7)
            return self.pick([f"+39 {p} {rest[:3]} {rest[3:]}", f"{p} {rest}", f"+39{p}{rest}", f"{p}{rest}"])
        p = self.pick(["6", "7"])
        pairs = [d(2) for _ in range(4)]
        return self.pick(
            [
                f"+33 {p} {' '.join(pairs)}",
                f"0{p} {' '.join(pairs)}",
                f"+33{p}{''.join(pairs)}",
                f"0{p}.{'.'.join(pairs)}",
            ]
        )

    # places
    def city(self):
        return self.city_row[0]

    def region(self):
        return self.city_row[3]

    def zip(self):
        c, city, r = self.country, self.city_row[0], self.r
        if c == "mx":
            return {
                "Ciudad de México": f"{r.randint(1000, 16999):05d}",
                "Guadalajara": f"44{r.randint(100, 990)}",
                "Monterrey": f"64{r.randint(100, 990)}",
                "Puebla": f"72{r.randint(100, 990)}",
            }[city]
        if c == "co":
            return {"Bogotá": "11", "Medellín": "05", "Cali": "76", "Barranquilla": "08"}[
                city
            ] + f"{r.randint(1, 8)}0{r.randint(10, 99)}"
        if c == "es":
            return {"Madrid": "28", "Barcelona": "08", "Valencia": "46", "Sevilla": "41"}[
                city
            ] + f"{r.randint(1, 52):03d}"
        if c == "br":
            pre = {"São Paulo": "0", "Rio de Janeiro": "2", "Belo Horizonte": "30", "Curitiba": "80"}[city]
            body = pre + self.nd(5 - len(pre))
            return f"{body}-{self.nd(3)}"
        if c == "it":
            return {"Milano": "201", "Roma": "001", "Torino": "101", "Bologna": "401"}[
                city
            ] + f"{r.randint(0, 99):02d}"
        if city == "Paris":
            return f"750{r.randint(1, 20):02d}"
        return {"Lyon": "6900", "Marseille": "1300", "Toulouse": "3100"}[city] + str(r.randint(1, 9))

    def street_name(self):
        return self.pick(STREETS[self.city_row[0]])

    def house_number(self):
        if self.country == "co":
            return f"{self.r.randint(1, 120)}-{self.r.randint(2, 99)}"
        if self.country == "fr":
            return self.pick([str(self.r.randint(1, 180)), f"{self.r.randint(1, 60)} bis"])
        return str(self.r.randint(1, 2400 if self.country in ("mx", "br") else 180))

    def street(self):
        c = self.country
        if c == "co":
            return f"{self.street_name()} # {self.house_number()}"
        if c == "fr":
            return f"{self.house_number()} {self.street_name()}"
        if c == "br":
            return f"{self.street_name()}, {self.house_number()}"
        return f"{self.street_name()} {self.house_number()}"

    def hood(self):
        return self.pick(HOODS[self.city_row[0]])

    def interior(self):
        return self.pick(INTERIOR[self.country])

    def references(self):
        return self.pick(REFERENCES[self.country if self.country in REFERENCES else "mx"])

    def full_address(self):
        c = self.country
        if c == "br":
            return f"{self.street()} - {self.hood()}, {self.city()} - {self.region()}, {self.zip()}"
        if c in ("it", "fr"):
            return f"{self.street()}, {self.zip()} {self.city()}"
        if c == "mx":
            return f"{self.street()}, {self.hood()}, {self.zip()} {self.city()}, {self.region()}"
        return f"{self.street()}, {self.hood()}, {self.city()}"

    def plat(self, spread=0.06):
        return round(self.city_row[1] + self.r.uniform(-spread, spread), 6)

    def plng(self, spread=0.06):
        return round(self.city_row[2] + self.r.uniform(-spread, spread), 6)

    def polyline(self):
        lat, lng = self.plat(), self.plng()
        points = [(lat, lng)]
        for _ in range(self.r.randint(6, 14)):
            lat += self.r.uniform(-0.004, 0.004)
            lng += self.r.uniform(-0.004, 0.004)
            points.append((lat, lng))
        out, plat, plng = [], 0, 0
        for lat, lng in points:
            ilat, ilng = round(lat * 1e5), round(lng * 1e5)
            for delta in (ilat - plat, ilng - plng):
                v = ~(delta << 1) if delta < 0 else delta << 1
                while v >= 0x20:
                    out.append(chr((0x20 | (v & 0x1F)) + 63))
                    v >>= 5
                out.append(chr(v + 63))
            plat, plng = ilat, ilng
        return "".join(out)

    # government ids
    def curp(self):
        U = string.ascii_uppercase
        cons = "BCDFGHJKLMNPQRSTVWXYZ"
        year = self.r.randint(1960, 2005)
        base = (
            self.pick(U)
            + self.pick("AEIOU")
            + self.pick(U)
            + self.pick(U)
            + f"{year % 100:02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            + self.pick("HM")
            + self.pick(["DF", "JC", "NL", "PL", "MC", "VZ", "GT", "YN", "OC"])
            + self.pick(cons)
            + self.pick(cons)
            + self.pick(cons)
            + (str(self.r.randint(0, 9)) if year < 2000 else self.pick("ABC"))
        )
        alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(base))
        return base + str((10 - total % 10) % 10)

    def _rfc_check(self, base):
        alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
        padded = base if len(base) == 12 else " " + base
        total = sum(alphabet.index(ch) * (13 - i) for i, ch in enumerate(padded))
        rem = total % 11
        check = 0 if rem == 0 else 11 - rem
        return "A" if check == 10 else str(check)

    def rfc_person(self):
        U = string.ascii_uppercase
        base = (
            self.pick(U)
            + self.pick("AEIOU")
            + self.pick(U)
            + self.pick(U)
            + f"{self.r.randint(60, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            + self.pick(U + "123456789")
            + self.pick(U + "123456789")
        )
        return base + self._rfc_check(base)

    def rfc_company(self):
        U = string.ascii_uppercase
        base = (
            self.pick(U)
            + self.pick(U)
            + self.pick(U)
            + f"{self.r.randint(5, 23):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            + self.pick(U + "123456789")
            + self.pick(U + "123456789")
        )
        return base + self._rfc_check(base)

    def dni(self):
        n = self.r.randint(10_000_000, 79_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self):
        prefix = self.pick("XYZ")
        n = self.r.randint(0, 9_999_999)
        full = int(str("XYZ".index(prefix)) + f"{n:07d}")
        return f"{prefix}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[full % 23]}"

    def cedula(self):
        n = str(
            self.r.choice(
                [self.r.randint(10_000_000, 99_999_999), self.r.randint(1_000_000_000, 1_152_999_999)]
            )
        )
        if self.r.random() < 0.4:
            return f"{int(n):,}".replace(",", ".")
        return n

    def national_id(self):
        """The government id a courier in this country uploads."""
        return {"mx": self.curp, "co": self.cedula, "es": lambda: self.pick([self.dni, self.nie])()}[
            self.country
        ]()

    def cpf(self):
        d = [self.r.randint(0, 9) for _ in range(9)]
        for k in (10, 11):
            s = sum(v * w for v, w in zip(d, range(k, 1, -1)))
            d.append(s * 10 % 11 % 10)
        n = "".join(map(str, d))
        return self.pick([f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}", n])

    def cnpj(self):
        d = [self.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
        w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
        for w in (w1, [6, *w1]):
            s = sum(v * x for v, x in zip(d, w))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        n = "".join(map(str, d))
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"

    def cnh(self):
        d = [self.r.randint(0, 9) for _ in range(9)]
        s1 = sum(v * (9 - i) for i, v in enumerate(d))
        dv1, dsc = s1 % 11, 0
        if dv1 >= 10:
            dv1, dsc = 0, 2
        s2 = sum(v * (1 + i) for i, v in enumerate(d))
        dv2 = (s2 % 11 - dsc) % 11
        dv2 = 0 if dv2 >= 10 else dv2
        return "".join(map(str, d)) + f"{dv1}{dv2}"

    def codice_fiscale(self):
        def part(s, is_name):
            s = fold(s).upper()
            cons = [c for c in s if c.isalpha() and c not in "AEIOU"]
            vows = [c for c in s if c in "AEIOU"]
            if is_name and len(cons) >= 4:
                cons = [cons[0], cons[2], cons[3]]
            return "".join((cons + vows + ["X", "X", "X"])[:3])

        saved = self.country
        self.country = "it"
        female = self.r.random() < 0.5
        day = self.r.randint(1, 28) + (40 if female else 0)
        base = (
            part(self.last(), False)
            + part(self.first(), True)
            + f"{self.r.randint(50, 99):02d}"
            + self.pick("ABCDEHLMPRST")
            + f"{day:02d}"
            + self.pick(["F205", "H501", "L219", "A944", "F839", "G273", "Z210", "Z330", "Z600"])
        )
        self.country = saved
        total = 0
        for i, ch in enumerate(base):
            if i % 2 == 0:
                total += CF_ODD[ch]
            else:
                total += int(ch) if ch.isdigit() else ord(ch) - 65
        return base + chr(65 + total % 26)

    def partita_iva(self):
        return self.luhn_complete(
            f"{self.r.randint(0, 9999999):07d}" + self.pick(["015", "037", "058", "096", "001"])
        )

    def siren(self):
        return self.luhn_complete(self.nd(8))

    def siret(self):
        while True:
            siren = self.siren()
            s = self.luhn_complete(siren + f"{self.r.randint(1, 99):04d}")
            if luhn_ok(siren):
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"])

    def tva_fr(self, siren):
        return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"

    def cie(self):
        if self.country == "it":
            return (
                "C"
                + self.pick("ABD")
                + self.nd(5)
                + self.pick(string.ascii_uppercase)
                + self.pick(string.ascii_uppercase)
            )
        return "".join(self.pick(string.ascii_uppercase + string.digits) for _ in range(9))

    def nit(self):
        base = "9" + self.nd(8)
        weights = [3, 7, 13, 17, 19, 23, 29, 37, 41]
        s = sum(int(c) * w for c, w in zip(reversed(base), weights))
        dv = s % 11
        dv = dv if dv < 2 else 11 - dv
        return f"{base[:3]}.{base[3:6]}.{base[6:]}-{dv}"

    # money
    def iban_for(self, country):
        if country == "ES":
            bank_branch, account = (
                self.pick(["2100", "0049", "0182", "2080", "1465"]) + self.nd(4),
                self.nd(10),
            )

            def control(digits):
                d = 11 - sum(int(c) * w for c, w in zip(digits, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
                return {11: 0, 10: 1}.get(d, d)

            bban = f"{bank_branch}{control('00' + bank_branch)}{control(account)}{account}"
        elif country == "IT":
            bban = (
                self.pick(string.ascii_uppercase)
                + self.pick(["03069", "02008", "05034", "03111"])
                + self.nd(5)
                + self.nd(12)
            )
        else:
            bank, guichet, account = self.pick(["30004", "30003", "20041", "10278"]), self.nd(5), self.nd(11)
            key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97
            bban = f"{bank}{guichet}{account}{key:02d}"
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def clabe(self):
        body = self.pick(["002", "012", "014", "072", "021", "127", "646"]) + self.nd(3) + self.nd(11)
        w = [3, 7, 1] * 6
        s = sum(int(c) * w[i] % 10 for i, c in enumerate(body))
        return body + str((10 - s % 10) % 10)

    def bank_account(self):
        c = self.country
        if c == "mx":
            return self.clabe()
        if c == "co":
            n = self.nd(11)
            return self.pick([n, f"{n[:3]}-{n[3:9]}-{n[9:]}"])
        return self.iban_for("ES")

    def pix_key(self):
        kind = self.pick(["cpf", "email", "phone", "evp"])
        saved = self.country
        self.country = "br"
        value = {
            "cpf": self.cpf,
            "email": self.email,
            "phone": lambda: "+55" + self.pick(["11", "21", "31"]) + "9" + self.nd(8),
            "evp": self.uuid,
        }[kind]()
        self.country = saved
        return value

    def ean13(self, prefix):
        body = prefix + self.nd(12 - len(prefix))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - s % 10) % 10)

    def imei(self):
        return self.luhn_complete(self.pick(["35", "86", "49"]) + self.nd(12))

    def plate(self):
        U = "ABCDEFGHJKLMNPRSTUVWXYZ"
        c = self.country

        def letters(n, alphabet=U):
            return "".join(self.pick(alphabet) for _ in range(n))

        if c == "br":
            mercosul = f"{letters(3)}{self.r.randint(0, 9)}{letters(1)}{self.nd(2)}"
            return self.pick([mercosul, f"{letters(3)}-{self.nd(4)}"])
        if c == "mx":
            return f"{letters(3)}-{self.nd(3)}-{letters(1)}"
        if c == "co":
            return self.pick([f"{letters(3)}{self.nd(3)}", f"{letters(3)}{self.nd(2)}{letters(1)}"])
        return f"{self.nd(4)} {letters(3, 'BCDFGHJKLMNPRSTVWXYZ')}"

    def pix_brcode(self):
        """A PIX 'copia e cola' payload (EMV QR) for the merchant's key, with its CRC16."""

        def field(tag, value):
            return f"{tag}{len(value):02d}{value}"

        amount = f"{self.amount(30, 260):.2f}"
        account = field("00", "br.gov.bcb.pix") + field("01", self.uuid())
        payload = (
            "000201"
            + field("26", account)
            + "52040000"
            + "5303986"
            + field("54", amount)
            + "5802BR"
            + field("59", "VIAJA PAGTOS")
            + field("60", "SAO PAULO")
            + field("62", field("05", "***"))
            + "6304"
        )
        crc = 0xFFFF
        for byte in payload.encode():
            crc ^= byte << 8
            for _ in range(8):
                crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
                crc &= 0xFFFF
        return payload + f"{crc:04X}"

    def sha256(self):
        return self.hexid(64)

    def local_iso(self):
        off = {
            "mx": "-06:00",
            "co": "-05:00",
            "es": "+02:00",
            "br": "-03:00",
            "it": "+01:00",
            "fr": "+01:00",
        }[self.country]
        return self.iso()[:19] + off

    def currency(self):
        return {"mx": "MXN", "co": "COP", "es": "EUR", "br": "BRL", "it": "EUR", "fr": "EUR"}[self.country]

    def amount(self, lo=80, hi=600):
        if self.country == "co":
            return self.r.randint(lo * 100, hi * 100) // 100 * 100
        if self.country in ("es", "it", "fr"):
            return round(self.r.uniform(lo / 15, hi / 15), 2)
        if self.country == "br":
            return round(self.r.uniform(lo / 4, hi / 4), 2)
        return round(self.r.uniform(lo, hi), 2)

    def locale(self):
        return {"mx": "es-MX", "co": "es-CO", "es": "es-ES", "br": "pt-BR", "it": "it-IT", "fr": "fr-FR"}[
            self.country
        ]

    def tz(self):
        return {
            "mx": "America/Mexico_City",
            "co": "America/Bogota",
            "es": "Europe/Madrid",
            "br": "America/Sao_Paulo",
            "it": "Europe/Rome",
            "fr": "Europe/Paris",
        }[self.country]

    def carrier(self):
        return self.pick(
            {
                "mx": ["Telcel", "AT&T", "Movistar"],
                "co": ["Claro", "Movistar", "Tigo"],
                "es": ["Movistar", "Vodafone ES", "Orange", "DIGI"],
                "br": ["VIVO", "Claro BR", "TIM"],
                "it": ["TIM", "Vodafone IT", "WINDTRE", "Iliad"],
                "fr": ["Orange F", "SFR", "Bouygues Telecom", "Free"],
            }[self.country]
        )


# -- rendering with optional keys ------------------------------------------------------------------


@dataclass
class Opt:
    """A key present in about `p` of the messages."""

    item: Any
    p: float = 0.5


@dataclass
class When:
    """A key present only when `cond(f)` holds (e.g. a Brazilian user)."""

    cond: Callable[[Fx], bool]
    item: Any


def render(template: Any, f: Fx, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            elif isinstance(value, When):
                if not value.cond(f):
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def is_br(f):
    return f.country == "br"


def is_mx(f):
    return f.country == "mx"


# -- contexts of the client libraries ------------------------------------------------------------

HOSTS = {
    "cy": {"mx": "comidaya.mx", "co": "comidaya.co", "es": "comidaya.es"},
    "vj": {"br": "viaja.com.br", "mx": "viaja.mx"},
    "fr": {"it": "frescura.it", "fr": "frescura.fr"},
}
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A145M) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.118 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
PAGES = {
    "cy": [
        ("/", "Comida Ya | Comida a domicilio"),
        ("/restaurantes", "Restaurantes cerca de ti"),
        ("/checkout", "Pagar pedido - Comida Ya"),
        ("/mis-pedidos", "Mis pedidos"),
        ("/socios/registro", "Registra tu restaurante"),
    ],
    "fr": [
        ("/", "Frescura - La spesa a casa tua"),
        ("/spesa/frutta-e-verdura", "Frutta e verdura"),
        ("/checkout", "Checkout | Frescura"),
        ("/compte/commandes", "Mes commandes"),
        ("/ricette", "Ricette Frescura"),
    ],
}


def web_context(app):
    def page_pick(f):
        return f.pick(PAGES[app])

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: page_pick(f)[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://l.instagram.com/", "https://www.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=instagram&utm_medium=paid_social", "?ref=app_banner"])
            ),
            "title": G(lambda f: page_pick(f)[1]),
            "url": G(lambda f: f"https://www.{HOSTS[app][f.country]}{page_pick(f)[0]}"),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": Opt(
            {
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
            0.6,
        ),
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(
                        ["hot_sale_2024", "buen_fin", "black_friday", "rientro_settembre", "soldes_ete"]
                    )
                ),
                "source": G(lambda f: f.pick(["google", "instagram", "facebook", "newsletter", "tiktok"])),
                "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
                "term": G(
                    lambda f: f.pick(
                        ["comida a domicilio", "tacos cerca", "spesa online", "courses en ligne"]
                    )
                ),
                "content": G(lambda f: f.pick(["carrusel_a", "video_15s", "banner_top"])),
            },
            0.35,
        ),
    }


def swift_context(app_name, namespace, traits):
    return {
        "app": {
            "name": G(lambda f: app_name),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: namespace),
        },
        "device": {
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "id": G(lambda f: f.uuid().upper()),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "bluetooth": G(lambda f: False),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(lambda f: f.tz()),
        "instanceId": G(lambda f: f.uuid()),
        "traits": traits,
    }


def kotlin_context(app_name, namespace, traits, location=False):
    ctx = {
        "app": {
            "name": G(lambda f: app_name),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.1", "4.2.3"])),
            "build": G(lambda f: f.pick(["814000", "815100", "40203"])),
            "namespace": G(lambda f: namespace),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Google"])),
            "model": G(
                lambda f: f.pick(["SM-A145M", "moto g54 5G", "Redmi Note 12", "Pixel 7a", "SM-A346M"])
            ),
            "name": G(lambda f: f.pick(["a14", "cancunf", "tapas", "lynx", "a34x"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "carrier": G(lambda f: f.carrier()),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: f.pick([2340, 2400])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.tz()),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android "
                + f.pick(["14", "13"])
                + "; "
                + f.pick(["SM-A145M", "moto g54 5G", "Redmi Note 12"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": traits,
    }
    if location:
        ctx["location"] = {
            "latitude": Y(lambda f: f.plat(), "geolocation"),
            "longitude": Y(lambda f: f.plng(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 16), 1)),
        }
    return ctx


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Viaja"),
            "version": G(lambda f: f.pick(["5.31.0", "5.32.1"])),
            "build": G(lambda f: f.pick(["2024053101", "2024061402"])),
            "namespace": G(lambda f: "br.com.viaja.rider"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546E", "moto e22"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "hawaiipl"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.3"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"height": G(lambda f: f.pick([844, 915])), "width": G(lambda f: f.pick([390, 412]))},
        "timezone": G(lambda f: f.tz()),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.plat(), "geolocation"),
                "longitude": Y(lambda f: f.plng(), "geolocation"),
                "city": Y(lambda f: f.city(), "city"),
                "country": G(lambda f: {"br": "Brazil", "mx": "Mexico"}[f.country]),
            },
            0.6,
        ),
        "traits": {
            "nome": Y(lambda f: f.first(), "name"),
            "celular": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            "nivel_fidelidade": Opt(G(lambda f: f.pick(["bronze", "prata", "ouro", "diamante"])), 0.5),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Frescura"),
            "version": G(lambda f: f.pick(["3.4.0", "3.5.2"])),
            "build": G(lambda f: f.pick(["340", "352"])),
            "namespace": G(lambda f: "it.frescura.app"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SM-S918B", "2201117TG", "CPH2449"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "spes", "OP5958L1"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.5", "1.1.6"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5.1", "14", "13"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([852, 915, 800])),
            "width": G(lambda f: f.pick([393, 412, 360])),
            "density": G(lambda f: f.pick([3.0, 2.625])),
        },
        "timezone": G(lambda f: f.tz()),
        "traits": {
            "givenName": Y(lambda f: f.first(), "name"),
            "emailAddress": Opt(Y(lambda f: f.email(), "email"), 0.7),
            "loyaltyTier": G(lambda f: f.pick(["base", "silver", "gold"])),
        },
    }


SERVER_LIBS = {
    "node": ("@segment/analytics-node", ["2.1.2", "2.0.0"]),
    "python": ("analytics-python", ["2.3.3", "2.2.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0"]),
}


def server_context(lib, extra=None):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib == "php":
        ctx["library"]["consumer"] = G(lambda f: f.pick(["LibCurl", "ForkCurl"]))
    ctx.update(extra or {})
    return ctx


CY_TRAITS = {
    "email": Opt(Y(lambda f: f.email(), "email"), 0.7),
    "firstName": Opt(Y(lambda f: f.first(), "name"), 0.6),
    "anonymousId": G(lambda f: f.uuid()),
}
DRIVER_TRAITS = {
    "full_name": Y(lambda f: f.full_name(), "name"),
    "driver_tier": G(lambda f: f.pick(["standard", "gold", "platinum"])),
}


def context_for(client):
    return {
        "cy_web": lambda: web_context("cy"),
        "cy_ios": lambda: swift_context("Comida Ya", "com.comidaya.app", CY_TRAITS),
        "cy_android": lambda: kotlin_context("Comida Ya", "com.comidaya.android", CY_TRAITS),
        "cy_courier": lambda: kotlin_context(
            "Comida Ya Repartidores",
            "com.comidaya.courier",
            {"anonymousId": G(lambda f: f.uuid())},
            location=True,
        ),
        "cy_node": lambda: server_context(
            "node",
            {
                "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.6),
                "userAgent": Opt(G(lambda f: f.pick(WEB_UAS)), 0.5),
                "traits": Opt({"email": Y(lambda f: f.email(), "email")}, 0.4),
            },
        ),
        "cy_python": lambda: server_context("python"),
        "vj_rn": rn_context,
        "vj_driver": lambda: kotlin_context(
            "Viaja Motorista", "br.com.viaja.driver", DRIVER_TRAITS, location=True
        ),
        "vj_go": lambda: server_context(
            "go", {"groupId": Opt(G(lambda f: "city_" + f.pick(["sao", "rio", "cdmx", "gdl"])), 0.5)}
        ),
        "vj_java": lambda: server_context(
            "java", {"ip": Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.5)}
        ),
        "fr_web": lambda: web_context("fr"),
        "fr_flutter": flutter_context,
        "fr_dotnet": lambda: server_context("dotnet"),
        "fr_php": lambda: server_context(
            "php",
            {
                "ip": Y(lambda f: f.ipv4(), "ip"),
                "externalIds": Opt(
                    Many(
                        {
                            "id": Y(lambda f: f.email(), "email", True),
                            "type": G(lambda f: "email"),
                            "collection": G(lambda f: "users"),
                            "encoding": G(lambda f: "none"),
                        },
                        1,
                    ),
                    0.5,
                ),
            },
        ),
        "fr_ruby": lambda: server_context("ruby"),
    }[client]()


# -- shared property blocks --------------------------------------------------------------------

DISHES = [
    "Tacos al pastor (orden de 5)",
    "Pozole rojo grande",
    "Bandeja paisa",
    "Ajiaco santafereño",
    "Paella valenciana (2 pers.)",
    "Hamburguesa doble con queso",
    "Ramen tonkotsu",
    "Pizza margarita",
    "Chilaquiles verdes con pollo",
    "Arepa de choclo",
    "Bowl de poke de salmón",
    "Tortilla de patatas",
    "Enchiladas suizas",
    "Sushi roll California x10",
    "Empanadas de pipián (6)",
]
RESTAURANTS = [
    "Taquería Los Cocuyos",
    "El Califa de León",
    "Casa Jacinto",
    "La Puerta Falsa",
    "Crepes & Waffles",
    "Pizzeria da Michele",
    "Mercado 19",
    "Sushi Itto",
    "Burger Bar Joe",
    "Andrés Carne de Res",
    "Casa Lucio",
    "Bar Tomate",
    "Pollos Hermanos Gómez",
    "Cocina de Doña Lupe",
]
GROCERIES = [
    "Latte fresco intero 1L",
    "Parmigiano Reggiano 24 mesi 300g",
    "Passata di pomodoro 700g",
    "Baguette tradition",
    "Pâtes Barilla n.5 500g",
    "Comté AOP 18 mois",
    "Mozzarella di bufala 250g",
    "Croquettes chat stérilisé 2kg",
    "Pannolini taglia 4 x46",
    "Eau de source 6x1,5L",
    "Mele Golden Val di Non 1kg",
    "Yaourt nature bio x4",
    "Caffè macinato 250g",
    "Vin rouge Côtes du Rhône",
]
CUISINES = [
    "mexicana",
    "colombiana",
    "española",
    "japonesa",
    "italiana",
    "hamburguesas",
    "pollo",
    "saludable",
    "postres",
]


def dish_line():
    return {
        "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
        "sku": G(lambda f: "CY-" + f.nd(6)),
        "name": G(lambda f: f.pick(DISHES)),
        "category": G(lambda f: f.pick(["Platos fuertes", "Entradas", "Bebidas", "Postres", "Combos"])),
        "price": G(lambda f: f.amount(40, 300)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "position": Opt(G(lambda f: f.r.randint(1, 30)), 0.5),
        "restaurant_id": G(lambda f: f.uuid()),
    }


def grocery_line():
    return {
        "product_id": G(lambda f: f.nd(8)),
        "sku": G(lambda f: f.ean13(f.pick(["80", "300", "376"]))),
        "name": G(lambda f: f.pick(GROCERIES)),
        "brand": G(
            lambda f: f.pick(
                ["Granarolo", "Barilla", "Frescura Bio", "Lavazza", "Danone", "Président", "Mutti"]
            )
        ),
        "category": G(
            lambda f: f.pick(["Latticini", "Frutta e verdura", "Épicerie", "Animalerie", "Bébé", "Cave"])
        ),
        "variant": G(lambda f: f.pick(["1 kg", "500 g", "x6", "bio", "1 L"])),
        "price": G(lambda f: f.amount(15, 300)),
        "quantity": G(lambda f: f.r.randint(1, 6)),
        "weight_g": Opt(G(lambda f: f.r.randint(100, 2000)), 0.5),
    }


COURIER_MSG = [
    "Estoy afuera, no abren. Le marco al {p}",
    "Ya llegué, ¿me contesta al {p}? Es el repartidor",
    "Hola, soy su repartidor, mi número es {p} por si no me ve",
    "Estoy en la portería, llámeme al {p}",
]
SUPPORT_ADDR = [
    "El repartidor fue a otra dirección, la correcta es {a}",
    "Cambien la dirección por favor: {a}",
    "No es mi casa, yo vivo en {a}",
    "Quiero que me lo entreguen en {a}, gracias",
]
TICKET_DESC = [
    "Me cobraron dos veces el pedido. Escríbanme a {e}",
    "No me llegó la factura, mi correo es {e}",
    "Quiero borrar mi cuenta, el correo registrado es {e}",
    "Please reply to {e}, I don't speak Spanish",
]
PUSH_BODY = [
    "{n}, tu pedido de {r} ya va en camino 🛵",
    "¡{n}! Tu repartidor está a 2 minutos",
    "{n}, ¿se te antoja {r}? Hoy envío gratis",
    "Gracias {n}, califica tu pedido de {r}",
]
CS_NOTES_FR = [
    "Mme {l} signale un produit manquant (yaourts), avoir de 3,20 € accordé",
    "M. {l} rappellera demain, commande livrée en retard",
    "Appel de Mme {l}: changement de créneau pour samedi",
    "{f} {l} conteste les frais de livraison",
]
CS_NOTES_IT = [
    "Sig.ra {l} segnala uova rotte, rimborso parziale",
    "Il sig. {l} chiede fattura con codice fiscale",
    "{f} {l} non era in casa, riconsegna domani",
    "Chiamata del sig. {l}: cambio fascia oraria",
]


def fmt(f, pattern, **kw):
    return pattern.format(**kw)


# -- the events --------------------------------------------------------------------------------
# (type, event or page/screen name, clients, weight, body)

COMIDA_YA = [
    (
        "identify",
        None,
        ["cy_ios", "cy_android", "cy_web"],
        3,
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.surnames(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Opt(Y(lambda f: f.date(1960, 2006), "birthdate"), 0.6),
            "city": Opt(Y(lambda f: f.city(), "city"), 0.7),
            "country": G(lambda f: f.country.upper()),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["es", "en", "ca"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "ordersCount": G(lambda f: f.r.randint(0, 240)),
            "plusMember": G(lambda f: f.pick([True, False])),
            "avatarUrl": Opt(
                Y(lambda f: f"https://cdn.comidaya.com/avatars/{f.hexid(20)}.jpg", "photo"), 0.5
            ),
            "referralCode": G(
                lambda f: "CY" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(6))
            ),
            "defaultPaymentMethod": G(lambda f: f.pick(["card", "cash", "oxxo", "pse", "bizum", "paypal"])),
        },
    ),
    (
        "track",
        "Address Added",
        ["cy_ios", "cy_android"],
        2,
        {
            "addressId": G(lambda f: f.uuid()),
            "label": G(lambda f: f.pick(["Casa", "Oficina", "Casa de mamá", "Gym", "Otro"])),
            "isDefault": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["autocomplete", "map_pin", "manual", "current_location"])),
            "addressCount": G(lambda f: f.r.randint(1, 7)),
            "address": {
                "street": Y(lambda f: f.street_name(), "address|street"),
                "number": Y(lambda f: f.house_number(), "address|street"),
                "interior": Opt(Y(lambda f: f.interior(), "address|street"), 0.6),
                "neighborhood": Y(lambda f: f.hood(), "address"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.region()),
                "country": G(lambda f: f.country.upper()),
                "references": Opt(Y(lambda f: f.references(), "address"), 0.7),
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plng(), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["cy_web"],
        1,
        {
            "input": Y(lambda f: f.street(), "address|street", True),
            "resultsCount": G(lambda f: f.r.randint(0, 5)),
            "selectedIndex": G(lambda f: f.r.randint(0, 4)),
            "provider": G(lambda f: "google_places"),
            "sessionToken": G(lambda f: f.uuid()),
            "latencyMs": G(lambda f: f.r.randint(80, 900)),
        },
    ),
    (
        "track",
        "Restaurants Searched",
        ["cy_ios", "cy_android", "cy_web"],
        2,
        {
            "query": G(
                lambda f: f.pick(
                    ["tacos", "sushi", "pizza", "pollo frito", "arepas", "hamburguesa", "vegano", "paella"]
                )
            ),
            "resultsCount": G(lambda f: f.r.randint(0, 140)),
            "sortBy": G(lambda f: f.pick(["relevance", "delivery_time", "rating", "distance"])),
            "filters": {
                "cuisine": Opt(G(lambda f: f.pick(CUISINES)), 0.5),
                "dietary": Opt(
                    Many(G(lambda f: f.pick(["vegetariano", "vegano", "sin gluten", "halal", "kosher"])), 2),
                    0.4,
                ),
                "priceRange": G(lambda f: f.pick(["$", "$$", "$$$"])),
                "freeDelivery": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Restaurant Viewed",
        ["cy_ios", "cy_android", "cy_web"],
        2,
        {
            "source": G(lambda f: f.pick(["home_carousel", "search", "push", "favorites"])),
            "position": G(lambda f: f.r.randint(1, 40)),
            "restaurant": {
                "id": G(lambda f: f.uuid()),
                "name": G(lambda f: f.pick(RESTAURANTS)),
                "cuisine": G(lambda f: f.pick(CUISINES)),
                "rating": G(lambda f: round(f.r.uniform(3.6, 4.9), 1)),
                "deliveryFee": G(lambda f: f.amount(0, 45)),
                "etaMinutes": G(lambda f: f.r.randint(15, 70)),
                "address": G(lambda f: f.street()),
                "phone": Opt(G(lambda f: f.phone()), 0.5),
                "lat": G(lambda f: f.plat()),
                "lng": G(lambda f: f.plng()),
            },
        },
    ),
    (
        "track",
        "Product Added",
        ["cy_ios", "cy_android", "cy_web"],
        2,
        {
            **dish_line(),
            "currency": G(lambda f: f.currency()),
            "cart_id": G(lambda f: f.uuid()),
            "modifiers": Opt(
                Many(
                    {
                        "name": G(
                            lambda f: f.pick(["Extra queso", "Sin cebolla", "Salsa verde", "Papas grandes"])
                        ),
                        "price": G(lambda f: f.amount(0, 30)),
                    },
                    3,
                ),
                0.6,
            ),
            "special_instructions": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "sin cebolla",
                            "bien dorado por favor",
                            "salsa aparte",
                            "sin picante, es para un niño",
                            "cubiertos extra",
                        ]
                    )
                ),
                0.5,
            ),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["cy_ios", "cy_android", "cy_web"],
        2,
        {
            "order_id": G(lambda f: "CY" + f.nd(10)),
            "value": G(lambda f: f.amount()),
            "revenue": G(lambda f: f.amount()),
            "subtotal": G(lambda f: f.amount()),
            "delivery_fee": G(lambda f: f.amount(0, 45)),
            "tax": G(lambda f: f.amount(5, 60)),
            "discount": G(lambda f: f.amount(0, 80)),
            "coupon": Opt(G(lambda f: f.pick(["BIENVENIDA50", "HOTSALE", "ENVIOGRATIS", "CYPLUS15"])), 0.4),
            "currency": G(lambda f: f.currency()),
            "payment_method": G(
                lambda f: f.pick(["card", "cash", "oxxo", "pse", "bizum", "paypal", "nequi"])
            ),
            "products": Many(dish_line(), 4),
        },
    ),
    (
        "track",
        "Promo Code Applied",
        ["cy_ios", "cy_android", "cy_web"],
        1,
        {
            "promo_code": G(
                lambda f: f.pick(["BIENVENIDA50", "HOTSALE", "ENVIOGRATIS", "CYPLUS15", "MUNDIAL24"])
            ),
            "discount_type": G(lambda f: f.pick(["percent", "fixed", "free_delivery"])),
            "discount_value": G(lambda f: f.pick([15, 50, 100, 5])),
            "success": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Method Added",
        ["cy_ios", "cy_android", "cy_web"],
        1,
        {
            "payment_type": G(lambda f: f.pick(["card", "paypal", "mercadopago"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "carnet"])),
            "card_bin": G(lambda f: f.pick(["414720", "547046", "376701", "455511", "520416"])),
            "card_last4": G(lambda f: f.nd(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "payment_method_id": G(
                lambda f: "pm_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(24))
            ),
            "is_default": G(lambda f: f.pick([True, False])),
            "three_ds": G(lambda f: f.pick(["challenge", "frictionless", "not_required"])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["cy_node"],
        3,
        {
            "order_id": G(lambda f: "CY" + f.nd(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "order_number": G(lambda f: f.nd(8)),
            "total": G(lambda f: f.amount()),
            "subtotal": G(lambda f: f.amount()),
            "tip": G(lambda f: f.amount(0, 60)),
            "currency": G(lambda f: f.currency()),
            "coupon": Opt(G(lambda f: f.pick(["BIENVENIDA50", "HOTSALE", "ENVIOGRATIS"])), 0.3),
            "payment_method": G(
                lambda f: f.pick(["card", "cash", "oxxo", "pse", "bizum", "paypal", "nequi"])
            ),
            "products": Many(dish_line(), 4),
            "restaurant": {"id": G(lambda f: f.uuid()), "name": G(lambda f: f.pick(RESTAURANTS))},
            "para_otra_persona": G(lambda f: f.pick([True, False])),
            "note": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Sin cebolla por favor",
                            "Tocar fuerte, el timbre no sirve",
                            "Traer cambio de 500",
                            "No llamar, bebé dormido",
                            "Dejar en recepción",
                        ]
                    )
                ),
                0.5,
            ),
            "alergias": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            "Alergia al maní",
                            "Alérgico a los mariscos",
                            "Celiaca, nada con gluten",
                            "Alergia a la nuez y al cacahuate",
                            "Intolerancia a la lactosa",
                        ]
                    ),
                    "allergy",
                ),
                0.25,
            ),
            "direccion_entrega": {
                "calle": Y(lambda f: f.street_name(), "address|street"),
                "numero_exterior": Y(lambda f: f.house_number(), "address|street"),
                "numero_interior": Opt(Y(lambda f: f.interior(), "address|street"), 0.6),
                "colonia": Y(lambda f: f.hood(), "address"),
                "codigo_postal": Y(lambda f: f.zip(), "zipcode"),
                "ciudad": Y(lambda f: f.city(), "city"),
                "referencias": Opt(Y(lambda f: f.references(), "address"), 0.6),
                "latitud": Y(lambda f: f.plat(), "geolocation"),
                "longitud": Y(lambda f: f.plng(), "geolocation"),
            },
            "estimated_delivery_at": G(lambda f: f.local_iso()),
        },
    ),
    (
        "track",
        "Order Placed For Someone Else",
        ["cy_ios", "cy_android"],
        1,
        {
            "order_id": G(lambda f: "CY" + f.nd(10)),
            "recipient": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "notifyBySms": G(lambda f: f.pick([True, False])),
            },
            "giftMessage": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "¡Feliz cumpleaños!",
                            "Para que no cocines hoy",
                            "Ánimo con el examen",
                            "Te quiero mucho",
                        ]
                    )
                ),
                0.6,
            ),
            "occasion": G(lambda f: f.pick(["birthday", "get_well", "thanks", "none"])),
        },
    ),
    (
        "track",
        "Order Status Updated",
        ["cy_node"],
        3,
        {
            "order_id": G(lambda f: "CY" + f.nd(10)),
            "status": G(
                lambda f: f.pick(["accepted", "preparing", "picked_up", "arriving", "delivered", "cancelled"])
            ),
            "eta_minutes": G(lambda f: f.r.randint(1, 55)),
            "distance_m": G(lambda f: f.r.randint(50, 6000)),
            "courier": {
                "id": G(lambda f: "rep_" + f.nd(6)),
                "name": Y(lambda f: f.first() + " " + f.last()[0] + ".", "name"),
                "vehicle": G(lambda f: f.pick(["moto", "bici", "carro", "a_pie"])),
                "plate": Opt(Y(lambda f: f.plate(), "license"), 0.6),
                "rating": G(lambda f: round(f.r.uniform(4.2, 5.0), 2)),
                "photoUrl": Y(lambda f: f"https://cdn.comidaya.com/couriers/{f.uuid()}.jpg", "photo"),
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plng(), "geolocation"),
            },
        },
    ),
    (
        "screen",
        "Order Tracking",
        ["cy_ios", "cy_android"],
        2,
        {
            "order_id": G(lambda f: "CY" + f.nd(10)),
            "eta_minutes": G(lambda f: f.r.randint(1, 55)),
            "courier_visible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Courier Chat Message Sent",
        ["cy_courier"],
        1,
        {
            "order_id": G(lambda f: "CY" + f.nd(10)),
            "conversation_id": G(lambda f: f.uuid()),
            "text": Y(lambda f: fmt(f, f.pick(COURIER_MSG), p=f.phone()), "phone", True),
        },
    ),
    (
        "track",
        "Courier Tipped",
        ["cy_ios", "cy_android"],
        1,
        {
            "order_id": G(lambda f: "CY" + f.nd(10)),
            "tip_amount": G(lambda f: f.amount(10, 80)),
            "tip_percent": G(lambda f: f.pick([0, 10, 15, 20])),
            "courier_id": G(lambda f: "rep_" + f.nd(6)),
            "mensaje_repartidor": Y(
                lambda f: f.pick(
                    [
                        "Gracias {n}, llegó calientito",
                        "{n} eres un crack 🙌",
                        "Muchas gracias {n}!",
                        "{n}, gracias por esperar",
                    ]
                ).format(n=f.first()),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Order Rated",
        ["cy_ios", "cy_android", "cy_web"],
        2,
        {
            "order_id": G(lambda f: "CY" + f.nd(10)),
            "food_rating": G(lambda f: f.r.randint(1, 5)),
            "delivery_rating": G(lambda f: f.r.randint(1, 5)),
            "comment": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Todo delicioso",
                            "Llegó frío",
                            "Faltó la salsa",
                            "Muy buena porción",
                            "Tardó demasiado",
                            "10/10 los tacos",
                        ]
                    )
                ),
                0.7,
            ),
            "tags": Opt(
                Many(G(lambda f: f.pick(["rapido", "caliente", "amable", "frio", "incompleto"])), 3), 0.6
            ),
            "courier": {"id": G(lambda f: "rep_" + f.nd(6)), "firstName": Y(lambda f: f.first(), "name")},
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["cy_web", "cy_ios"],
        1,
        {
            "ticket_id": G(lambda f: str(f.r.randint(1_000_000, 9_999_999))),
            "conversation_id": G(lambda f: f.uuid()),
            "topic": G(lambda f: f.pick(["wrong_address", "missing_item", "late_order", "refund"])),
            "message": Y(
                lambda f: f.pick(SUPPORT_ADDR).format(a=f.street() + ", " + f.hood()), "address", True
            ),
            "agent": {"id": G(lambda f: "ag_" + f.nd(4)), "name": Y(lambda f: f.first(), "name")},
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["cy_node"],
        1,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(["Cobro duplicado", "Factura", "Eliminar cuenta", "Pedido incompleto"])
                ),
                "description": Y(lambda f: f.pick(TICKET_DESC).format(e=f.email()), "email", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: "new"),
                "tags": Many(G(lambda f: f.pick(["pagos", "facturacion", "cuenta", "pedido", "vip"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "chat"]))},
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                },
                "created_at": G(lambda f: f.iso()),
            },
        },
    ),
    (
        "track",
        "Push Notification Received",
        ["cy_ios", "cy_android"],
        2,
        {
            "campaign_id": G(lambda f: "cmp_" + f.nd(5)),
            "title": G(
                lambda f: f.pick(
                    [
                        "¡Tu pedido va en camino!",
                        "Envío gratis hoy",
                        "¿Qué tal estuvo?",
                        "Tu repartidor llegó",
                    ]
                )
            ),
            "body": Y(lambda f: f.pick(PUSH_BODY).format(n=f.first(), r=f.pick(RESTAURANTS)), "name", True),
            "deep_link": G(
                lambda f: f.pick(["comidaya://orders/current", "comidaya://promos", "comidaya://rate"])
            ),
            "category": G(lambda f: f.pick(["transactional", "marketing"])),
        },
    ),
    (
        "track",
        "Factura Solicitada",
        ["cy_web"],
        1,
        {
            "order_id": G(lambda f: "CY" + f.nd(10)),
            "rfc": RED(lambda f: f.rfc_person(), "national id"),
            "razon_social": Y(lambda f: f.full_name().upper(), "name"),
            "regimen_fiscal": G(lambda f: f.pick(["605", "612", "626"])),
            "uso_cfdi": G(lambda f: f.pick(["G03", "S01", "G01"])),
            "codigo_postal_fiscal": Y(lambda f: f.zip(), "zipcode"),
            "email_factura": Y(lambda f: f.email(), "email"),
            "folio_fiscal": G(lambda f: f.uuid().upper()),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ["cy_ios", "cy_android"],
        1,
        {
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "contacts"])),
            "referral_code": G(
                lambda f: "CY" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(6))
            ),
            "invitee_phone": Y(lambda f: f.phone(), "phone"),
            "invitee_name": Opt(Y(lambda f: f.first(), "name"), 0.6),
            "invites_sent_total": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Courier Signed Up",
        ["cy_python"],
        1,
        {
            "courier_id": G(lambda f: "rep_" + f.nd(6)),
            "nombre_completo": Y(lambda f: f.full_name(), "name"),
            "telefono": Y(lambda f: f.phone(), "phone"),
            "correo": Y(lambda f: f.email(), "email"),
            "fecha_nacimiento": Y(lambda f: f.date(1970, 2005), "birthdate"),
            "nacionalidad": Y(
                lambda f: f.pick(
                    {
                        "mx": ["mexicana", "venezolana", "hondureña"],
                        "co": ["colombiana", "venezolana"],
                        "es": ["española", "marroquí", "rumana", "venezolana", "colombiana"],
                    }[f.country]
                ),
                "citizenship",
            ),
            "documento": {
                "tipo": G(lambda f: {"mx": "CURP", "co": "CC", "es": "DNI/NIE"}[f.country]),
                "numero": RED(lambda f: f.national_id(), "national id"),
                "verificado": G(lambda f: f.pick([True, False])),
            },
            "vehiculo": {
                "tipo": G(lambda f: f.pick(["moto", "bici", "carro"])),
                "placa": Opt(Y(lambda f: f.plate(), "license"), 0.7),
                "marca": G(lambda f: f.pick(["Italika", "Honda", "Yamaha", "AKT", "Bajaj"])),
            },
            "cuenta_bancaria": {
                "banco": G(
                    lambda f: f.pick(
                        {
                            "mx": ["BBVA", "Banorte", "Santander", "Azteca"],
                            "co": ["Bancolombia", "Davivienda", "Nequi"],
                            "es": ["CaixaBank", "BBVA", "Santander"],
                        }[f.country]
                    )
                ),
                "tipo": G(
                    lambda f: {"mx": "clabe", "co": f.pick(["ahorros", "corriente"]), "es": "iban"}[f.country]
                ),
                "numero": RED(lambda f: f.bank_account(), "bank account"),
            },
            "selfie_url": Y(lambda f: f"https://kyc.comidaya.com/selfies/{f.uuid()}.jpg", "photo"),
            "ciudad_operacion": G(lambda f: f.city()),
            "acepto_terminos": G(lambda f: True),
        },
    ),
    (
        "track",
        "Courier Shift Started",
        ["cy_courier"],
        2,
        {
            "shift_id": G(lambda f: f.uuid()),
            "courier_id": G(lambda f: "rep_" + f.nd(6)),
            "zone": G(
                lambda f: f.pick(
                    ["cdmx-roma", "cdmx-polanco", "bog-chapinero", "med-poblado", "mad-centro", "bcn-gracia"]
                )
            ),
            "vehicle_type": G(lambda f: f.pick(["moto", "bici", "carro"])),
            "start_lat": Y(lambda f: f.plat(), "geolocation"),
            "start_lng": Y(lambda f: f.plng(), "geolocation"),
        },
    ),
    (
        "group",
        None,
        ["cy_web"],
        1,
        {
            "name": G(lambda f: f.pick(RESTAURANTS) + f.pick(["", " S.A. de C.V.", " S.A.S.", " S.L."])),
            "industry": G(lambda f: "restaurants"),
            "plan": G(lambda f: f.pick(["basico", "pro", "marketplace_plus"])),
            "employees": G(lambda f: f.r.randint(3, 80)),
            "taxId": G(
                lambda f: {"mx": f.rfc_company, "co": f.nit, "es": lambda: "B" + f.nd(8)}[f.country]()
            ),
            "website": G(
                lambda f: f.pick(
                    ["https://loscocuyos.mx", "https://casajacinto.es", "", "https://crepesywaffles.com"]
                )
            ),
            "ownerName": Y(lambda f: f.full_name(), "name"),
            "ownerEmail": Y(lambda f: f.email(), "email"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Menu Item Updated",
        ["cy_web"],
        1,
        {
            "restaurant_id": G(lambda f: f.uuid()),
            "item_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "item_name": G(lambda f: f.pick(DISHES)),
            "price": G(lambda f: f.amount(40, 300)),
            "menu_version": G(lambda f: f"v{f.r.randint(10, 90)}"),
            "updated_by": {
                "user_id": G(lambda f: "usr_" + f.nd(5)),
                "email": Y(lambda f: f.email(), "email"),
            },
        },
    ),
    (
        "track",
        "Partner Lead Submitted",
        ["cy_web"],
        1,
        {
            "restaurant-name": G(lambda f: f.pick(RESTAURANTS)),
            "contact-name": Y(lambda f: f.full_name(), "name"),
            "contact-phone": Y(lambda f: f.phone(), "phone"),
            "contact-email": Y(lambda f: f.email(), "email"),
            "restaurant-city": G(lambda f: f.city()),
            "num-locations": G(lambda f: f.pick(["1", "2-5", "6-20", "20+"])),
            "pos-system": G(lambda f: f.pick(["ninguno", "Soft Restaurant", "Revo", "Toast"])),
        },
    ),
    (
        "identify",
        None,
        ["cy_python"],
        2,
        {
            "CUSTOMER_ID": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "HOME_POSTAL_CODE": Y(lambda f: f.zip(), "zipcode"),
            "LIFETIME_ORDERS": G(lambda f: f.r.randint(1, 400)),
            "LTV_LOCAL_CCY": G(lambda f: f.amount(100, 40000)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "FAVORITE_CUISINE": G(lambda f: f.pick(CUISINES)),
            "RFM_SEGMENT": G(lambda f: f.pick(["champions", "at_risk", "hibernating", "new"])),
            "IS_PLUS_MEMBER": G(lambda f: f.pick([True, False])),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        "Checkout",
        ["cy_web"],
        1,
        {
            "path": G(lambda f: "/checkout"),
            "url": G(lambda f: f"https://www.{HOSTS['cy'][f.country]}/checkout"),
            "title": G(lambda f: "Pagar pedido - Comida Ya"),
            "referrer": G(lambda f: f.pick(["", f"https://www.{HOSTS['cy'][f.country]}/restaurantes"])),
            "search": G(lambda f: ""),
        },
    ),
    ("alias", None, ["cy_ios", "cy_android"], 1, None),
]

VIAJA = [
    (
        "identify",
        None,
        ["vj_rn"],
        3,
        {
            "nome": Y(lambda f: f.first(), "name"),
            "sobrenome": Y(lambda f: f.surnames(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "celular": Y(lambda f: f.phone(), "phone"),
            "cpf": When(is_br, RED(lambda f: f.cpf(), "national id")),
            "cpf_validado": When(is_br, G(lambda f: f.pick([True, False]))),
            "data_nascimento": Opt(Y(lambda f: f.date(1955, 2006), "birthdate"), 0.6),
            "genero": Opt(
                Y(lambda f: f.pick(["feminino", "masculino", "nao_binario", "prefiro_nao_dizer"]), "gender"),
                0.5,
            ),
            "cidade": Y(lambda f: f.city(), "city"),
            "criado_em": G(lambda f: f.iso()),
            "nivel_fidelidade": G(lambda f: f.pick(["bronze", "prata", "ouro", "diamante"])),
            "avaliacao_media": G(lambda f: round(f.r.uniform(4.3, 5.0), 2)),
            "viagens_total": G(lambda f: f.r.randint(0, 900)),
            "email_verificado": G(lambda f: f.pick([True, False])),
            "metodo_pagamento_padrao": G(lambda f: f.pick(["cartao", "dinheiro", "pix", "viaja_cash"])),
            "foto_perfil": Opt(Y(lambda f: f"https://img.viaja.com.br/u/{f.hexid(24)}.jpeg", "photo"), 0.5),
        },
    ),
    (
        "track",
        "Signup Step Completed",
        ["vj_rn"],
        1,
        {
            "step": G(lambda f: "telefone"),
            "field_value": Y(lambda f: f.phone(), "phone", True),
            "valid": G(lambda f: f.pick([True, True, False])),
            "country_code": G(lambda f: {"br": "+55", "mx": "+52"}[f.country]),
        },
    ),
    (
        "track",
        "Saved Place Added",
        ["vj_rn"],
        1,
        {
            "place_id": G(lambda f: f.uuid()),
            "apelido": G(lambda f: f.pick(["Casa", "Trabalho", "Academia", "Casa da vó", "Faculdade"])),
            "local": {
                "endereco": Y(lambda f: f.street(), "address|street"),
                "complemento": Opt(Y(lambda f: f.interior(), "address|street"), 0.6),
                "bairro": Y(lambda f: f.hood(), "address"),
                "cep": Y(lambda f: f.zip(), "zipcode"),
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plng(), "geolocation"),
            },
            "total_salvos": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Destination Searched",
        ["vj_rn"],
        2,
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "aeroporto gru",
                        "shopping ibirapuera",
                        "rodoviaria tiete",
                        "parque do ibirapuera",
                        "aeropuerto cdmx t1",
                        "estadio azteca",
                        "hospital das clinicas",
                        "rua augusta",
                        "allianz parque",
                        "maracana",
                    ]
                )
            ),
            "resultados": G(lambda f: f.r.randint(0, 10)),
            "fonte": G(lambda f: f.pick(["google", "recentes", "salvos"])),
            "latitude_atual": Y(lambda f: f.plat(), "geolocation"),
            "longitude_atual": Y(lambda f: f.plng(), "geolocation"),
        },
    ),
    (
        "track",
        "Ride Requested",
        ["vj_rn"],
        3,
        {
            "corrida_id": G(lambda f: f.uuid()),
            "categoria": G(lambda f: f.pick(["ViajaX", "Viaja Moto", "Comfort", "Viaja Acessível", "Black"])),
            "origem": {
                "endereco": Y(lambda f: f.full_address(), "address"),
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plng(), "geolocation"),
            },
            "destino": {
                "endereco": Y(lambda f: f.full_address(), "address"),
                "nome_local": Opt(
                    G(
                        lambda f: f.pick(
                            [
                                "Aeroporto de Guarulhos - Terminal 2",
                                "Shopping Morumbi",
                                "Allianz Parque",
                                "Aeropuerto Internacional CDMX T1",
                                "Estação da Luz",
                                "Hospital Sírio-Libanês",
                            ]
                        )
                    ),
                    0.5,
                ),
                "lat": Y(lambda f: f.plat(), "geolocation"),
                "lng": Y(lambda f: f.plng(), "geolocation"),
            },
            "preco_estimado": G(lambda f: f.amount(30, 260)),
            "moeda": G(lambda f: f.currency()),
            "tarifa_dinamica": G(lambda f: f.pick([1.0, 1.0, 1.2, 1.5, 1.8])),
            "forma_pagamento": G(lambda f: f.pick(["cartao", "dinheiro", "pix"])),
            "cupom": Opt(G(lambda f: f.pick(["VIAJA10", "PRIMEIRA", "MOTO5"])), 0.3),
            "para_outra_pessoa": G(lambda f: f.pick([True, False])),
            "acessibilidade_cadeira_rodas": RED(lambda f: f.pick([True, False, False]), "disability"),
        },
    ),
    (
        "track",
        "Ride Requested For Someone Else",
        ["vj_rn"],
        1,
        {
            "corrida_id": G(lambda f: f.uuid()),
            "passageiro": {
                "nome": Y(lambda f: f.full_name(), "name"),
                "telefone": Y(lambda f: f.phone(), "phone"),
            },
            "avisar_por_sms": G(lambda f: f.pick([True, False])),
            "relacao": G(lambda f: f.pick(["familia", "amigo", "trabalho"])),
        },
    ),
    (
        "track",
        "Trip Started",
        ["vj_go"],
        2,
        {
            "trip_id": G(lambda f: f.uuid()),
            "driver_id": G(lambda f: "drv_" + f.nd(7)),
            "rider_id": G(lambda f: "rdr_" + f.nd(8)),
            "driver_name": Y(lambda f: f.first() + " " + f.last(), "name"),
            "vehicle": {
                "plate": Y(lambda f: f.plate(), "license"),
                "model": G(
                    lambda f: f.pick(
                        ["Chevrolet Onix", "Hyundai HB20", "Fiat Argo", "Nissan Versa", "Renault Kwid"]
                    )
                ),
                "color": G(lambda f: f.pick(["prata", "branco", "preto", "vermelho"])),
                "year": G(lambda f: f.r.randint(2015, 2024)),
            },
            "pickup_lat": Y(lambda f: f.plat(), "geolocation"),
            "pickup_lng": Y(lambda f: f.plng(), "geolocation"),
            "verification_pin": RED(lambda f: f.nd(4), "password|secret"),
            "pin_verified": G(lambda f: f.pick([True, False])),
            "started_at": G(lambda f: f.local_iso()),
        },
    ),
    (
        "track",
        "Trip Completed",
        ["vj_go"],
        3,
        {
            "trip_id": G(lambda f: f.uuid()),
            "driver_id": G(lambda f: "drv_" + f.nd(7)),
            "distance_km": G(lambda f: round(f.r.uniform(1, 40), 2)),
            "duration_min": G(lambda f: f.r.randint(4, 95)),
            "dropoff_lat": Y(lambda f: f.plat(), "geolocation"),
            "dropoff_lng": Y(lambda f: f.plng(), "geolocation"),
            "route_polyline": Y(lambda f: f.polyline(), "geolocation"),
            "fare": {
                "base": G(lambda f: f.amount(5, 20)),
                "distancia": G(lambda f: f.amount(10, 120)),
                "tempo": G(lambda f: f.amount(5, 60)),
                "tarifa_dinamica": G(lambda f: f.pick([1.0, 1.2, 1.5])),
                "pedagio": G(lambda f: f.pick([0, 0, 8.7])),
                "total": G(lambda f: f.amount(30, 260)),
                "moeda": G(lambda f: f.currency()),
            },
            "payment_method": G(lambda f: f.pick(["cartao", "dinheiro", "pix"])),
            "completed_at": G(lambda f: f.local_iso()),
        },
    ),
    (
        "track",
        "Trip Shared",
        ["vj_rn"],
        1,
        {
            "trip_id": G(lambda f: f.uuid()),
            "canal": G(lambda f: f.pick(["whatsapp", "sms", "link"])),
            "contatos": Many(
                {
                    "nome": Y(lambda f: f.first() + " " + f.last(), "name"),
                    "telefone": Y(lambda f: f.phone(), "phone"),
                },
                3,
            ),
            "compartilhamento_automatico": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["vj_rn"],
        1,
        {
            "contato": {
                "nome": Y(lambda f: f.full_name(), "name"),
                "telefone": Y(lambda f: f.phone(), "phone"),
                "parentesco": G(lambda f: f.pick(["mãe", "pai", "irmão", "irmã", "cônjuge", "amiga"])),
            },
            "contatos_total": G(lambda f: f.r.randint(1, 5)),
            "origem_tela": G(lambda f: f.pick(["central_seguranca", "onboarding"])),
        },
    ),
    (
        "track",
        "Emergency Button Pressed",
        ["vj_java"],
        1,
        {
            "trip_id": G(lambda f: f.uuid()),
            "latitude": Y(lambda f: f.plat(), "geolocation"),
            "longitude": Y(lambda f: f.plng(), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "called_police": G(lambda f: f.pick([True, False])),
            "reason": G(lambda f: f.pick(["acidente", "assedio", "rota_estranha", "outro"])),
            "driver_id": G(lambda f: "drv_" + f.nd(7)),
        },
    ),
    (
        "track",
        "Audio Recording Started",
        ["vj_rn"],
        1,
        {
            "trip_id": G(lambda f: f.uuid()),
            "recording_id": G(lambda f: f.uuid()),
            "consent_given": G(lambda f: True),
        },
    ),
    (
        "track",
        "PIX Payment Created",
        ["vj_java"],
        2,
        {
            "txid": G(lambda f: "".join(f.pick(string.ascii_letters + string.digits) for _ in range(32))),
            "valor": G(lambda f: f.amount(30, 260)),
            "chave_recebedor": G(lambda f: "pagamentos@viaja.com.br"),
            "pix_copia_e_cola": G(lambda f: f.pix_brcode()),
            "expira_em": G(lambda f: f.iso()),
            "pagador": {
                "nome": Y(lambda f: f.full_name(), "name"),
                "cpf": RED(lambda f: f.cpf(), "national id"),
            },
            "status": G(lambda f: f.pick(["ATIVA", "CONCLUIDA", "REMOVIDA_PELO_USUARIO_RECEBEDOR"])),
            "end_to_end_id": G(
                lambda f: (
                    "E"
                    + f.nd(8)
                    + "2024"
                    + f.nd(7)
                    + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(11))
                )
            ),
        },
    ),
    (
        "track",
        "Cash Payment Collected",
        ["vj_driver"],
        1,
        {
            "trip_id": G(lambda f: f.uuid()),
            "valor_cobrado": G(lambda f: f.amount(30, 260)),
            "troco": G(lambda f: f.amount(0, 40)),
            "moeda": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Trip Rated",
        ["vj_rn"],
        2,
        {
            "trip_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "tags": Opt(
                Many(G(lambda f: f.pick(["carro_limpo", "boa_conversa", "direcao_segura", "rota_ruim"])), 3),
                0.6,
            ),
            "comentario": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Motorista muito educado",
                            "Carro com cheiro de cigarro",
                            "Ótima viagem",
                            "Ar condicionado não funcionava",
                            "Dirigiu rápido demais",
                        ]
                    )
                ),
                0.6,
            ),
            "gorjeta": G(lambda f: f.pick([0, 0, 2, 5, 10])),
            "driver_first_name": Y(lambda f: f.first(), "name"),
        },
    ),
    (
        "track",
        "Lost Item Reported",
        ["vj_rn"],
        1,
        {
            "trip_id": G(lambda f: f.uuid()),
            "item_category": G(lambda f: f.pick(["celular", "carteira", "mochila", "chaves", "documentos"])),
            "description": G(
                lambda f: f.pick(
                    [
                        "Mochila preta da Nike no banco de trás",
                        "Celular Samsung com capinha rosa",
                        "Guarda-chuva azul",
                        "Chaveiro com três chaves",
                        "Carteira marrom",
                    ]
                )
            ),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "track",
        "Teen Account Invited",
        ["vj_rn"],
        1,
        {
            "teen": {
                "nome": Y(lambda f: f.first(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "data_nascimento": Y(lambda f: f.date(2007, 2010), "birthdate"),
            },
            "responsavel_id": G(lambda f: "rdr_" + f.nd(8)),
            "familia_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "identify",
        None,
        ["vj_driver"],
        2,
        {
            "full_name": Y(lambda f: f.full_name(), "name"),
            "cpf": When(is_br, RED(lambda f: f.cpf(), "national id")),
            "cnh_number": When(is_br, Y(lambda f: f.cnh(), "license")),
            "cnh_categoria": When(is_br, G(lambda f: f.pick(["B", "AB"]))),
            "cnh_validade": When(is_br, G(lambda f: f.date(2025, 2033))),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_model": G(
                lambda f: f.pick(["Chevrolet Onix", "Hyundai HB20", "Fiat Argo", "Nissan Versa"])
            ),
            "rating": G(lambda f: round(f.r.uniform(4.5, 5.0), 2)),
            "acceptance_rate": G(lambda f: round(f.r.uniform(0.5, 1.0), 2)),
            "chave_pix": When(is_br, RED(lambda f: f.pix_key(), "bank account")),
            "tipo_chave_pix": When(is_br, G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"]))),
            "banco": G(
                lambda f: (
                    f.pick(["341", "237", "260", "001", "033"])
                    if f.country == "br"
                    else f.pick(["BBVA", "Banorte"])
                )
            ),
            "agencia": When(is_br, G(lambda f: f.nd(4))),
            "conta": RED(
                lambda f: f.nd(7) + "-" + str(f.r.randint(0, 9)) if f.country == "br" else f.clabe(),
                "bank account",
            ),
            "is_deaf_or_hard_of_hearing": RED(lambda f: f.pick([True, False, False, False]), "disability"),
            "profile_photo_url": Y(lambda f: f"https://img.viaja.com.br/d/{f.hexid(24)}.jpeg", "photo"),
            "device_imei": Opt(Y(lambda f: f.imei(), "serial"), 0.5),
            "onboarded_at": G(lambda f: f.iso()),
            "trips_completed": G(lambda f: f.r.randint(0, 12000)),
        },
    ),
    (
        "track",
        "Driver Location Updated",
        ["vj_driver"],
        3,
        {
            "driver_id": G(lambda f: "drv_" + f.nd(7)),
            "lat": Y(lambda f: f.plat(), "geolocation"),
            "lng": Y(lambda f: f.plng(), "geolocation"),
            "heading": G(lambda f: f.r.randint(0, 359)),
            "speed_kmh": G(lambda f: round(f.r.uniform(0, 80), 1)),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "status": G(lambda f: f.pick(["online", "en_route", "on_trip"])),
        },
    ),
    (
        "track",
        "Driver Document Uploaded",
        ["vj_driver"],
        1,
        {
            "document_type": G(lambda f: f.pick(["cnh", "crlv", "antecedentes", "comprovante_residencia"])),
            "file_name": G(
                lambda f: f.pick(
                    [f"IMG_2024{f.nd(4)}_{f.nd(6)}.jpg", f"scan_{f.nd(4)}.pdf", f"PXL_2024{f.nd(4)}.jpg"]
                )
            ),
            "sha256": G(lambda f: f.sha256()),
            "ocr": {
                "nome": Y(lambda f: f.full_name().upper(), "name"),
                "numero_registro": Y(lambda f: f.cnh(), "license"),
                "data_nascimento": Y(lambda f: f.date(1960, 2003), "birthdate"),
                "confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            },
            "provider": G(lambda f: f.pick(["idwall", "unico"])),
        },
    ),
    (
        "track",
        "Risk Evaluated",
        ["vj_java"],
        2,
        {
            "$type": G(lambda f: f.pick(["$create_order", "$transaction", "$login"])),
            "$user_id": G(lambda f: "rdr_" + f.nd(8)),
            "$session_id": G(lambda f: f.uuid()),
            "$ip": Y(lambda f: f.ipv4(), "ip"),
            "$user_email": Y(lambda f: f.email(), "email"),
            "$browser": {"$user_agent": G(lambda f: f.pick(WEB_UAS))},
            "$payment_methods": Many(
                {
                    "$payment_type": G(lambda f: f.pick(["$credit_card", "$cash", "$pix"])),
                    "$card_bin": G(lambda f: f.pick(["516292", "406655", "650485"])),
                    "$card_last4": G(lambda f: f.nd(4)),
                },
                2,
            ),
            "$billing_address": {
                "$name": Y(lambda f: f.full_name(), "name"),
                "$phone": Y(lambda f: f.phone(), "phone"),
                "$address_1": Y(lambda f: f.street(), "address|street"),
                "$city": Y(lambda f: f.city(), "city"),
                "$zipcode": Y(lambda f: f.zip(), "zipcode"),
                "$country": G(lambda f: f.country.upper()),
            },
            "score": G(lambda f: round(f.r.random(), 4)),
            "decision": G(lambda f: f.pick(["accept", "review", "block"])),
            "device_fingerprint": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["vj_go"],
        2,
        {
            "appsflyer_id": G(
                lambda f: f"{f.r.randint(10**12, 10**13 - 1)}-{f.r.randint(10**18, 10**19 - 1)}"
            ),
            "idfa": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.5),
            "idfv": Opt(G(lambda f: f.uuid().upper()), 0.5),
            "advertising_id": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
            "android_id": Opt(G(lambda f: f.hexid(16)), 0.4),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "campaign": G(lambda f: f.pick(["br_rider_acq_q2", "mx_moto_launch", "retarget_lapsed"])),
            "af_adset": G(lambda f: f.pick(["lookalike_1pct", "broad_18_45", ""])),
            "install_time": G(lambda f: f.iso()),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "city": Y(lambda f: f.city(), "city"),
            "country_code": G(lambda f: f.country.upper()),
        },
    ),
    (
        "screen",
        "Mapa Inicial",
        ["vj_rn"],
        1,
        {
            "zoom": G(lambda f: f.pick([14, 15, 16])),
            "categorias_disponiveis": Many(
                G(lambda f: f.pick(["ViajaX", "Viaja Moto", "Comfort", "Black"])), 4
            ),
        },
    ),
    ("alias", None, ["vj_rn"], 1, None),
]

FRESCURA = [
    (
        "identify",
        None,
        ["fr_web", "fr_flutter"],
        3,
        {
            "givenName": Y(lambda f: f.first(), "name"),
            "familyName": Y(lambda f: f.last(), "name"),
            "emailAddress": Y(lambda f: f.email(), "email"),
            "mobileNumber": Opt(Y(lambda f: f.phone(), "phone"), 0.7),
            "dateOfBirth": Opt(Y(lambda f: f.date(1950, 2005), "birthdate"), 0.4),
            "loyaltyCardNumber": Opt(G(lambda f: f.ean13(f.pick(["2990", "2660"]))), 0.6),
            "loyaltyTier": G(lambda f: f.pick(["base", "silver", "gold"])),
            "householdSize": G(lambda f: f.r.randint(1, 6)),
            "hasChildren": G(lambda f: f.pick([True, False])),
            "preferredStoreId": G(lambda f: "st_" + f.nd(4)),
            "newsletter": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.country),
            "signupDate": G(lambda f: f.date(2019, 2024)),
        },
    ),
    (
        "track",
        "Delivery Slot Selected",
        ["fr_web", "fr_flutter"],
        2,
        {
            "slot_id": G(lambda f: f.uuid()),
            "slot_start": G(lambda f: f.local_iso()),
            "slot_end": G(lambda f: f.local_iso()),
            "slot_fee": G(lambda f: f.pick([0, 1.99, 2.99, 4.99])),
            "store_id": G(lambda f: "st_" + f.nd(4)),
            "is_express": G(lambda f: f.pick([True, False])),
            "cap": Y(lambda f: f.zip(), "zipcode"),
        },
    ),
    (
        "track",
        "Products Searched",
        ["fr_web", "fr_flutter"],
        2,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "latte senza lattosio",
                        "pâtes",
                        "croquettes chat",
                        "pannolini",
                        "mozzarella",
                        "vin rouge",
                        "uova bio",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 300)),
            "store_id": G(lambda f: "st_" + f.nd(4)),
        },
    ),
    (
        "track",
        "Product Added",
        ["fr_web", "fr_flutter"],
        3,
        {
            **grocery_line(),
            "currency": G(lambda f: "EUR"),
            "cart_id": G(lambda f: f.uuid()),
            "unit_price": G(lambda f: f.amount(15, 300)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["fr_web", "fr_flutter"],
        2,
        {
            "order_id": G(lambda f: "FR-" + f.nd(8)),
            "value": G(lambda f: f.amount(200, 2500)),
            "revenue": G(lambda f: f.amount(200, 2500)),
            "shipping": G(lambda f: f.pick([0, 1.99, 4.99])),
            "currency": G(lambda f: "EUR"),
            "coupon": Opt(G(lambda f: f.pick(["BENVENUTO10", "RENTREE5", "SPESA20"])), 0.3),
            "products": Many(grocery_line(), 6),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["fr_web"],
        1,
        {
            "form_id": G(lambda f: f.pick(["checkout-payment", "checkout_paiement"])),
            "fields": {
                "cc-name": Y(lambda f: f.full_name(), "name"),
                "cc-number": RED(lambda f: f.card(), "credit card"),
                "cc-exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
                "cc-csc": RED(lambda f: str(f.r.randint(100, 999)), "credit card"),
                "postal-code": Y(lambda f: f.zip(), "zipcode"),
                "save-card": G(lambda f: f.pick(["on", "off"])),
            },
            "duration_ms": G(lambda f: f.r.randint(8000, 90000)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["fr_php"],
        3,
        {
            "order_id": G(lambda f: "FR-" + f.nd(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.amount(200, 2500)),
            "subtotal": G(lambda f: f.amount(200, 2500)),
            "shipping": G(lambda f: f.pick([0, 1.99, 4.99])),
            "tax": G(lambda f: f.amount(10, 200)),
            "currency": G(lambda f: "EUR"),
            "payment_method": G(
                lambda f: f.pick(["card", "paypal", "satispay", "ticket_restaurant", "sepa"])
            ),
            "products": Many(grocery_line(), 6),
            "shipping_address": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "address1": Y(lambda f: f.street(), "address|street"),
                "address2": Opt(Y(lambda f: f.interior(), "address|street"), 0.5),
                "zip": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.city(), "city"),
                "province": G(lambda f: f.region()),
                "country_code": G(lambda f: f.country.upper()),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "nome_citofono": When(lambda f: f.country == "it", Y(lambda f: f.last(), "name")),
            "code_porte": When(
                lambda f: f.country == "fr", RED(lambda f: f"{f.pick('AB')}{f.nd(4)}", "password|secret")
            ),
            "substitutions_allowed": G(lambda f: f.pick([True, False])),
            "delivery_slot_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Substitution Proposed",
        ["fr_ruby"],
        2,
        {
            "order_id": G(lambda f: "FR-" + f.nd(8)),
            "original_sku": G(lambda f: f.ean13("80")),
            "substitute_sku": G(lambda f: f.ean13("80")),
            "reason": G(lambda f: f.pick(["out_of_stock", "damaged", "expiring"])),
            "price_difference": G(lambda f: round(f.r.uniform(-2, 3), 2)),
            "shopper": {"id": G(lambda f: "sh_" + f.nd(5)), "nome": Y(lambda f: f.first(), "name")},
            "customer_response": G(lambda f: f.pick(["accepted", "rejected", "pending", "timeout"])),
            "nota_cliente": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Va bene anche un'altra marca",
                            "Solo se bio",
                            "Pas de substitution pour le lait",
                            "Prendre le format familial",
                        ]
                    )
                ),
                0.5,
            ),
        },
    ),
    (
        "track",
        "Loyalty Card Linked",
        ["fr_flutter", "fr_web"],
        1,
        {
            "loyalty_card_number": G(lambda f: f.ean13(f.pick(["2990", "2660"]))),
            "programme": G(lambda f: f.pick(["Carta Frescura", "Carte Frescura+"])),
            "points_balance": G(lambda f: f.r.randint(0, 9000)),
            "card_holder_name": Y(lambda f: f.full_name(), "name"),
            "family_members": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Club Bebe Joined",
        ["fr_web", "fr_flutter"],
        1,
        {
            "programme": G(lambda f: "Club Bébé"),
            "date_prevue_accouchement": Opt(RED(lambda f: f.date(2024, 2025), "health"), 0.5),
            "enfants": Many(
                {
                    "prenom": Y(lambda f: f.first(), "name"),
                    "date_naissance": Y(lambda f: f.date(2019, 2024), "birthdate"),
                    "sexe": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
                },
                2,
            ),
            "nombre_enfants": G(lambda f: f.r.randint(0, 3)),
            "marques_preferees": Opt(
                Many(G(lambda f: f.pick(["Pampers", "Blédina", "Mellin", "Huggies"])), 2), 0.6
            ),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["fr_web"],
        1,
        {
            "gift_card_id": G(lambda f: "GC-" + f.nd(10)),
            "amount": G(lambda f: f.pick([25, 50, 100])),
            "currency": G(lambda f: "EUR"),
            "recipient_name": Y(lambda f: f.first() + " " + f.last(), "name"),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "dedica": Y(
                lambda f: f.pick(
                    [
                        "Tanti auguri {n}!",
                        "Joyeux anniversaire {n} !",
                        "Per {n}, buona spesa",
                        "{n}, merci pour tout",
                    ]
                ).format(n=f.first()),
                "name",
                True,
            ),
            "send_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Pet Profile Created",
        ["fr_flutter", "fr_web"],
        1,
        {
            "animale": {
                "nome": G(
                    lambda f: f.pick(["Fido", "Luna", "Milo", "Pepita", "Oscar", "Nala", "Biscotto", "Minou"])
                ),
                "specie": G(lambda f: f.pick(["cane", "gatto", "chien", "chat"])),
                "razza": G(lambda f: f.pick(["meticcio", "labrador", "européen", "maine coon", "bassotto"])),
                "data_nascita": G(lambda f: f.date(2012, 2024)),
                "peso_kg": G(lambda f: round(f.r.uniform(2, 40), 1)),
            },
            "alimentazione": G(lambda f: f.pick(["crocchette", "umido", "misto"])),
        },
    ),
    (
        "track",
        "Recipe Viewed",
        ["fr_web", "fr_flutter"],
        1,
        {
            "recipe_id": G(lambda f: f.nd(5)),
            "titolo": G(
                lambda f: f.pick(
                    ["Carbonara della nonna", "Quiche lorraine", "Risotto alla milanese", "Ratatouille"]
                )
            ),
            "tempo_preparazione_min": G(lambda f: f.pick([15, 30, 45, 90])),
            "porzioni": G(lambda f: f.r.randint(2, 6)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["fr_web"],
        1,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "FR-" + f.nd(8)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "satispay", "sepa"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "cb", "amex"])),
            "card_last4": G(lambda f: f.nd(4)),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "three_ds": G(lambda f: f.pick(["challenge", "frictionless", "not_required"])),
        },
    ),
    (
        "track",
        "Invoice Issued",
        ["fr_dotnet"],
        2,
        {
            "InvoiceNumber": G(lambda f: f"2024/FE/{f.r.randint(1, 99999):05d}"),
            "InvoiceDate": G(lambda f: f.date(2024, 2024)),
            "OrderId": G(lambda f: "FR-" + f.nd(8)),
            "CustomerType": G(lambda f: "privato"),
            "FiscalCode": RED(lambda f: f.codice_fiscale(), "national id"),
            "FullName": Y(lambda f: f.full_name(), "name"),
            "PecAddress": Opt(
                Y(
                    lambda f: (
                        fold(f.first()).lower().split(" ")[0]
                        + "."
                        + fold(f.last()).lower().replace("'", "").replace(" ", "")
                        + "@"
                        + f.pick(["pec.it", "legalmail.it", "pec.libero.it"])
                    ),
                    "email",
                ),
                0.5,
            ),
            "SdiCode": G(lambda f: "0000000"),
            "BillingAddress": {
                "Street": Y(lambda f: f.street(), "address|street"),
                "City": Y(lambda f: f.city(), "city"),
                "PostalCode": Y(lambda f: f.zip(), "zipcode"),
                "Province": G(lambda f: f.region()),
                "Country": G(lambda f: "IT"),
            },
            "TotalAmount": G(lambda f: f.amount(200, 2500)),
            "VatAmount": G(lambda f: f.amount(10, 300)),
            "Currency": G(lambda f: "EUR"),
            "PaymentMethod": G(lambda f: f.pick(["MP05", "MP08", "MP02"])),
            "DocumentHash": G(lambda f: f.sha256()),
        },
    ),
    (
        "track",
        "Facture Entreprise Emise",
        ["fr_ruby"],
        1,
        {
            "numero_facture": G(lambda f: f"F{f.r.randint(2024, 2024)}-{f.nd(6)}"),
            "raison_sociale": G(
                lambda f: f.pick(
                    [
                        "Boulangerie Martin SARL",
                        "Cabinet Dubois & Associés",
                        "Le Petit Zinc SAS",
                        "Crèche Les Lutins",
                        "Atelier Nguyen EURL",
                    ]
                )
            ),
            "siret": G(lambda f: f.siret()),
            "numero_tva": G(lambda f: f.tva_fr(f.siren())),
            "adresse_siege": {
                "rue": G(lambda f: f.street()),
                "code_postal": G(lambda f: f.zip()),
                "ville": G(lambda f: f.city()),
            },
            "contact": {
                "nom": Y(lambda f: f.full_name(), "name"),
                "courriel": Y(
                    lambda f: f.work_email(
                        f.pick(["boulangerie-martin.fr", "lepetitzinc.fr", "cabinet-dubois.fr"])
                    ),
                    "email",
                ),
                "telephone": Y(lambda f: f.phone(), "phone"),
            },
            "montant_ht": G(lambda f: f.amount(500, 9000)),
            "montant_ttc": G(lambda f: f.amount(500, 9000)),
            "taux_tva": G(lambda f: f.pick([5.5, 20])),
            "bon_de_commande": Opt(G(lambda f: "BC-" + f.nd(5)), 0.5),
        },
    ),
    (
        "group",
        None,
        ["fr_web"],
        1,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Trattoria da Mario srl",
                        "Studio Legale Ferrari",
                        "Boulangerie Martin SARL",
                        "Le Petit Zinc SAS",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["ristorazione", "ufficio", "restauration", "services"])),
            "plan": G(lambda f: f.pick(["Frescura Business", "Frescura Business Plus"])),
            "employees": G(lambda f: f.r.randint(2, 120)),
            "partita_iva": When(lambda f: f.country == "it", G(lambda f: f.partita_iva())),
            "siret": When(lambda f: f.country == "fr", G(lambda f: f.siret())),
            "admin_email": Y(
                lambda f: f.work_email(f.pick(["trattoriadamario.it", "studioferrari.it", "lepetitzinc.fr"])),
                "email",
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Mandat SEPA Signe",
        ["fr_ruby"],
        1,
        {
            "reference_mandat": G(lambda f: "RUM-FRES-" + f.nd(8)),
            "iban": RED(lambda f: f.iban_for(f.pick(["FR", "IT"])), "bank account"),
            "bic": G(lambda f: f.pick(["BNPAFRPPXXX", "SOGEFRPP", "UNCRITMMXXX", "BCITITMM", "CRLYFRPP"])),
            "titulaire": Y(lambda f: f.full_name(), "name"),
            "date_signature": G(lambda f: f.date(2024, 2024)),
            "type_paiement": G(lambda f: f.pick(["RCUR", "OOFF"])),
        },
    ),
    (
        "track",
        "Age Verified At Door",
        ["fr_flutter"],
        1,
        {
            "order_id": G(lambda f: "FR-" + f.nd(8)),
            "rider_id": G(lambda f: "rd_" + f.nd(5)),
            "verifica_eta": {
                "documento_tipo": G(lambda f: f.pick(["CIE", "patente", "passaporto", "CNI"])),
                "documento_numero": RED(lambda f: f.cie(), "national id"),
                "anno_nascita": Y(lambda f: f.r.randint(1950, 2005), "birthdate"),
                "esito": G(lambda f: f.pick(["ok", "ok", "rifiutato"])),
            },
            "prodotti_alcolici": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Order Delivered",
        ["fr_flutter"],
        2,
        {
            "order_id": G(lambda f: "FR-" + f.nd(8)),
            "consegnato_a": G(lambda f: f.pick(["cliente", "portinaio", "vicino", "gardien"])),
            "firma_nome": Y(lambda f: f.first() + " " + f.last(), "name"),
            "rider_lat": Y(lambda f: f.plat(0.03), "geolocation"),
            "rider_lon": Y(lambda f: f.plng(0.03), "geolocation"),
            "minuti_ritardo": G(lambda f: f.r.randint(-10, 45)),
            "borse_consegnate": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Delivery Feedback Submitted",
        ["fr_web", "fr_flutter"],
        1,
        {
            "order_id": G(lambda f: "FR-" + f.nd(8)),
            "voto": G(lambda f: f.r.randint(1, 5)),
            "commento": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Rider gentilissimo",
                            "Uova rotte",
                            "Livraison parfaite",
                            "Manquait le pain",
                            "Tutto perfetto, grazie",
                        ]
                    )
                ),
                0.6,
            ),
            "contattami": G(lambda f: f.pick([True, False])),
            "telefono_richiamata": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
        },
    ),
    (
        "track",
        "Customer Service Call Logged",
        ["fr_ruby"],
        1,
        {
            "call_id": G(lambda f: f.uuid()),
            "agent_id": G(lambda f: "agt_" + f.nd(3)),
            "agent_name": Y(lambda f: f.first() + " " + f.last()[0] + ".", "name"),
            "caller_number": Y(lambda f: f.phone(), "phone"),
            "call_duration_s": G(lambda f: f.r.randint(30, 1500)),
            "motif": G(lambda f: f.pick(["produit_manquant", "retard", "facturation", "remboursement"])),
            "notes": Y(
                lambda f: f.pick(CS_NOTES_FR if f.country == "fr" else CS_NOTES_IT).format(
                    f=f.first(), l=f.last()
                ),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["fr_php"],
        1,
        {
            "email": Y(lambda f: f.email(), "email"),
            "source": G(lambda f: f.pick(["footer", "popup", "checkout"])),
            "double_opt_in": G(lambda f: True),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "email_domain_valid": G(lambda f: True),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        ["fr_php"],
        2,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "AddToCart", "InitiateCheckout"])),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Opt(Y(lambda f: f.sha256(), "phone"), 0.7),
                "fn": Opt(Y(lambda f: f.sha256(), "name"), 0.6),
                "ln": Opt(Y(lambda f: f.sha256(), "name"), 0.6),
                "ct": Opt(Y(lambda f: f.sha256(), "city"), 0.5),
                "zp": Opt(Y(lambda f: f.sha256(), "zipcode"), 0.5),
                "country": G(
                    lambda f: f.pick(
                        [
                            "a56145270ce6b3bebd1dd012b73948677dd618d496488bc608a3cb43ce3547dd",
                            "3d3a9aa8e9f4a7bd8b3d1e3a63c7b7e9c0cbb7b86c2e6a5ef8ef1c0a3fefb7d2",
                        ]
                    )
                ),
                "external_id": G(lambda f: f.sha256()),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": G(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10 - 1)}"),
                "fbc": Opt(G(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(20)}"), 0.4),
            },
            "custom_data": {
                "value": G(lambda f: f.amount(200, 2500)),
                "currency": G(lambda f: "EUR"),
                "num_items": G(lambda f: f.r.randint(1, 30)),
            },
        },
    ),
    (
        "page",
        "Catalogo",
        ["fr_web"],
        2,
        {
            "path": G(lambda f: f.pick(["/spesa/frutta-e-verdura", "/spesa/latticini", "/courses/epicerie"])),
            "url": G(
                lambda f: (
                    f"https://www.{HOSTS['fr'][f.country]}"
                    + f.pick(["/spesa/frutta-e-verdura", "/courses/epicerie"])
                )
            ),
            "title": G(lambda f: f.pick(["Frutta e verdura", "Épicerie"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.it/"])),
            "search": G(lambda f: f.pick(["", "?sort=prezzo"])),
            "category": G(lambda f: f.pick(["frutta-e-verdura", "latticini", "epicerie"])),
        },
    ),
]

# Events only one market sends (CFDI is Mexican, PIX Brazilian, fattura elettronica Italian ...).
FIXED_COUNTRY = {
    "Factura Solicitada": "mx",
    "PIX Payment Created": "br",
    "Driver Document Uploaded": "br",
    "Invoice Issued": "it",
    "Facture Entreprise Emise": "fr",
    "Mandat SEPA Signe": "fr",
    "Club Bebe Joined": "fr",
}

APPS = [
    ("cy", ["mx", "mx", "co", "es"], COMIDA_YA),
    ("vj", ["br", "br", "mx"], VIAJA),
    ("fr", ["it", "fr"], FRESCURA),
]


def message(f: Fx, kind, name, client, body, labels):
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    msg["anonymousId"] = f.uuid()
    if kind != "alias" and f.r.random() < 0.85:
        msg["userId"] = f.pick(["", "u_", "usr_"]) + f.nd(f.pick([7, 8, 9]))
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "org_" + f.nd(6)
        msg["userId"] = "u_" + f.nd(8)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
        msg["userId"] = "u_" + f.nd(8)
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    if client.endswith(("ios", "android", "rn", "flutter", "driver", "courier")):
        msg["integrations"] = {}
        msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = Fx(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for _app, countries, templates in APPS:
            for kind, name, clients, weight, body in templates:
                for _ in range(weight):
                    f.set_country(FIXED_COUNTRY.get(name) or f.pick(countries))
                    events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=2929, repeats=16)
    write(Path(__file__).parent, "holdout29_", events, labels)
