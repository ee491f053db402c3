"""Writes holdout239: tests/corpus/holdout239_events.jsonl and holdout239_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and never scored by its author. Run once
(`.venv/bin/python -m tests.corpus.build_holdout239`); the output is committed.

What it covers: "Mochila", a hostel and backpacker tour-booking platform in Peru, Vietnam and
Portugal. Dorm-bed bookings through the e-commerce spec (search, product, cart, checkout, order),
online check-in with passport scans (MRZ with valid check digits), police / border guest
registrations in Vietnamese (khai báo tạm trú) and Portuguese (boletim de alojamento), Peruvian
invoices (boleta / factura) in Spanish, refunds to CCI and Vietnamese accounts, Inca Trail
permit requests with passengers' passports and student cards, trek health questionnaires and
altitude checks logged by guides,
SOS alerts, emergency contacts, group chats and an off-platform contact filter, deposits and card
payments shaped like Stripe, VNPay, Yape and MB WAY payloads, reviews and replies, volunteers'
applications, shifts and stipend payouts (.NET PascalCase), a staff React Native app, a guides'
Flutter app, a PHP property-management system with kebab-case keys, a warehouse reverse-ETL sync
with SCREAMING_SNAKE traits, a Meta Conversions API relay, SendGrid and Twilio webhooks relayed
as track events, group calls for partner agencies and alias calls.

Clients: analytics.js (web), analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries, each with
the context block its library really sends (context.ip, context.traits, device, app, library,
locale, userAgent, campaign, location).

Conventions: mostly camelCase and snake_case English keys; about a fifth of paths in other
conventions real customers have: PascalCase (.NET), kebab-case (PHP PMS, HTTP headers),
SCREAMING_SNAKE (warehouse sync), vendor casing (Twilio, VNPay) and Spanish, Vietnamese and
Portuguese keys. Values come from many cultures (names, national phone formats, addresses and
postcodes of 22 countries); ids carry valid checksums where real ones do: Luhn card numbers,
mod-97 IBANs (Portuguese NIBs with their own check digits), Portuguese NIFs (mod 11), Brazilian
CPFs, Chilean RUTs, Spanish DNIs, Vietnamese CCCD structure, passport MRZ check digits.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person (the user, a fellow traveller, a recipient, an
  emergency contact, a child, a guide, a driver, a volunteer): names (including usernames, chat
  display names and social handles), contact details, the person's own address, city of
  residence, postcode or precise location, birth dates and places of birth, government ids,
  financial accounts and full card numbers, health and other special categories, credentials and
  secrets the person holds, IP addresses, advertising and ad-click ids. Colour: the reference's
  default for the matcher; outside the reference: red for credentials / secrets / tokens, card
  numbers, bank accounts, government ids and health ids, yellow otherwise (geolocation,
  advertising id).
- Green: ids we or a vendor issue (user, booking, order, payment intent, charge, refund, shift,
  message ids, UUIDs, Stripe `pi_` / `ch_` ids), SKUs, booking references, permit numbers,
  invoice series, versions, timestamps, hashes of non-PII (VNPay's secure hash, checksums,
  an external id that hashes our own user id), amounts, counters, enums and booleans even under
  PII-sounding keys (`emailVerified`, `passport_scanned`, `phone_country_code`,
  `PassportHeldAsDeposit`), product, tour, hostel, operator, company and pet names (hostels named
  after people, "Casa Elena", are still green), places that are not the person's (searched
  destinations, a hostel's city and coordinates, meeting points, trek checkpoints and their
  coordinates, next destination), country, nationality-free country of residence, locale,
  language, timezone, currency, user agents, OS-issued device ids (IDFV, Android id), card
  brand / last four / expiry / BIN, BIC and bank names. A card's CVC is red `credit card`.
- Contested cases follow the product's published policy: loyalty, Hostelling International
  member and frequent-flyer numbers green; ages and age bands green; job titles, roles and
  employers green; businesses' own phone numbers, e-mails (role mailboxes) and addresses green
  (hostels, tour operators, insurers' hotlines, the platform's own Twilio / WhatsApp number);
  pets green; UUID tokens (Places session token, appAccountToken) green; e-mail Message-IDs
  green. Yellow: travel-insurance policy numbers (`identification`), pay and stipends
  (`salary`), vehicle plates (`license`), frame numbers / VINs (`serial`), gclid / fbclid / fbp
  / fbc (`advertising id`), the person's billing address (`address`). Red: payment-method and
  card tokens (`pm_`, Culqi `tkn_`, push tokens), one-time and approval codes, sign-in links'
  tokens (`token`), locker PINs (`secret`), identity-document numbers (`passport`,
  `national id`), right-to-work and visa-sponsorship answers and visa numbers (`visa`).
- Special categories: a boolean or enum that itself reveals one (wheelchair user: `disability`,
  red; pregnant, heart condition, altitude-sickness history, SpO2 and pulse readings, AMS
  symptoms, fit-to-continue verdicts: `condition`, yellow; blood type: `condition`) takes that
  matcher's colour.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `excerpt`, Twilio's `From` and `WaId`, a sign-in `login_url` whose value
  carries a token) and only the value reveals it. Every value of a value_only PII path holds that
  PII; free text is labelled by what every one of its values carries, green when none does (chat
  messages, reviews, special requests, gift messages and WhatsApp bodies here carry none).

Where a case was genuinely undecidable, the rule chosen (what a careful privacy owner at a
mid-size company would want flagged) is:
- the country that issued the person's passport reveals their nationality: yellow `citizenship`,
  like `nationality`; a country of residence stays green.
- a passport's expiry date is green (like a card's expiry); the number and the MRZ are red.
- a student card number (ISIC) is not a government document: yellow `identification`.
- a diet enum that includes religious or medical diets (halal, kosher, coeliac) is yellow
  `religion|allergy`; a fitness level is green.
- hashed e-mail and phone sent for ad matching (Meta `em` / `ph`, a warehouse `EMAIL_SHA256`)
  stay personal data: yellow `email` / `phone` (the key says what was hashed).
- a place of birth is yellow `city`; the city of the device's location (context.location.city)
  is yellow `city`.
- a staff member's payout amount is pay: yellow `salary`.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

PASSPORT_LETTERS = "CFGHJKLMNPRTVWXYZ"


def _digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _pe_phone(r, fmt):
    n = "9" + _digits(r, 8)
    return f"+51 {n[:3]} {n[3:6]} {n[6:]}" if fmt else f"+51{n}"


def _vn_phone(r, fmt):
    n = r.choice(["90", "91", "93", "96", "97", "98", "32", "35", "70", "77", "86", "88"]) + _digits(r, 7)
    return f"+84 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}" if fmt else f"+84{n}"


def _pt_phone(r, fmt):
    n = "9" + r.choice("1236") + _digits(r, 7)
    return f"+351 {n[:3]} {n[3:6]} {n[6:]}" if fmt else f"+351{n}"


def _br_phone(r, fmt):
    ddd = r.choice(["11", "21", "31", "41", "51", "61"])
    n = "9" + _digits(r, 8)
    return f"+55 {ddd} {n[:5]}-{n[5:]}" if fmt else f"+55{ddd}{n}"


def _de_phone(r, fmt):
    p = r.choice(["151", "152", "157", "160", "170", "176"])
    n = _digits(r, 8)
    return f"+49 {p} {n}" if fmt else f"+49{p}{n}"


def _nl_phone(r, fmt):
    n = _digits(r, 8)
    return f"+31 6 {n[:4]} {n[4:]}" if fmt else f"+316{n}"


def _uk_phone(r, fmt):
    n = "7" + r.choice("4579") + _digits(r, 8)
    return f"+44 {n[:4]} {n[4:]}" if fmt else f"+44{n}"


def _us_phone(r, fmt):
    a = r.choice(["512", "303", "503", "312", "415", "617", "206"])
    x, line = r.randint(201, 989), _digits(r, 4)
    return f"+1 ({a}) {x}-{line}" if fmt else f"+1{a}{x}{line}"


def _au_phone(r, fmt):
    n = "4" + _digits(r, 8)
    return f"+61 {n[:3]} {n[3:6]} {n[6:]}" if fmt else f"+61{n}"


def _il_phone(r, fmt):
    n = "5" + r.choice("02348") + _digits(r, 7)
    return f"+972 {n[:2]}-{n[2:5]}-{n[5:]}" if fmt else f"+972{n}"


def _kr_phone(r, fmt):
    n = _digits(r, 8)
    return f"+82 10-{n[:4]}-{n[4:]}" if fmt else f"+8210{n}"


def _fr_phone(r, fmt):
    n = r.choice("67") + _digits(r, 8)
    return "+33 " + n[0] + " " + " ".join(n[i : i + 2] for i in range(1, 9, 2)) if fmt else f"+33{n}"


def _ar_phone(r, fmt):
    n = _digits(r, 8)
    return f"+54 9 11 {n[:4]}-{n[4:]}" if fmt else f"+54911{n}"


def _cl_phone(r, fmt):
    n = _digits(r, 8)
    return f"+56 9 {n[:4]} {n[4:]}" if fmt else f"+569{n}"


def _in_phone(r, fmt):
    n = r.choice("6789") + _digits(r, 9)
    return f"+91 {n[:5]} {n[5:]}" if fmt else f"+91{n}"


def _jp_phone(r, fmt):
    n = _digits(r, 8)
    return f"+81 90-{n[:4]}-{n[4:]}" if fmt else f"+8190{n}"


def _ie_phone(r, fmt):
    n = "8" + r.choice("3567") + _digits(r, 7)
    return f"+353 {n[:2]} {n[2:5]} {n[5:]}" if fmt else f"+353{n}"


def _pl_phone(r, fmt):
    n = r.choice("5678") + _digits(r, 8)
    return f"+48 {n[:3]} {n[3:6]} {n[6:]}" if fmt else f"+48{n}"


def _se_phone(r, fmt):
    n = "7" + r.choice("0236") + _digits(r, 7)
    return f"+46 {n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}" if fmt else f"+46{n}"


def _ng_phone(r, fmt):
    n = r.choice(["803", "806", "813", "703", "905"]) + _digits(r, 7)
    return f"+234 {n[:3]} {n[3:6]} {n[6:]}" if fmt else f"+234{n}"


def _cn_phone(r, fmt):
    n = r.choice(["138", "139", "186", "158"]) + _digits(r, 8)
    return f"+86 {n[:3]} {n[3:7]} {n[7:]}" if fmt else f"+86{n}"


def _es_phone(r, fmt):
    n = "6" + _digits(r, 8)
    return f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}" if fmt else f"+34{n}"


def _pass_alpha9(r):
    return r.choice(PASSPORT_LETTERS) + "".join(r.choice(PASSPORT_LETTERS + "0123456789") for _ in range(8))


# code, ISO3, demonym, phone, passport, first names, last names, cities, postcode, street template,
# e-mail domains
CULTURES = {
    "PE": (
        "PER",
        "Peruvian",
        _pe_phone,
        lambda r: _digits(r, 9),
        ["María", "Lucía", "Rosa", "Ximena", "Milagros", "José", "Luis", "Renzo", "Diego", "Jhon"],
        ["Quispe", "Mamani", "Huamán", "Flores", "Chávez", "Rojas", "Condori", "Vargas"],
        ["Lima", "Arequipa", "Trujillo", "Cusco", "Piura"],
        lambda r: "15" + _digits(r, 3),
        [
            "Av. José Larco {n}, Miraflores",
            "Jr. Ucayali {n}",
            "Calle Los Pinos {n}, Surco",
            "Av. Ejército {n}",
        ],
        ["gmail.com", "hotmail.com", "outlook.com"],
    ),
    "VN": (
        "VNM",
        "Vietnamese",
        _vn_phone,
        lambda r: r.choice("BCN") + _digits(r, 7),
        ["Lan", "Mai", "Hương", "Thảo", "Linh", "Minh", "Huy", "Tuấn", "Khoa", "Dũng"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"],
        ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ"],
        lambda r: r.choice(["10", "70", "55", "18"]) + _digits(r, 4),
        ["Số {n} ngõ 45 Hàng Bạc, Hoàn Kiếm", "{n} Lê Lợi, Quận 1", "{n}/7 Nguyễn Trãi, Thanh Xuân"],
        ["gmail.com", "yahoo.com.vn"],
    ),
    "PT": (
        "PRT",
        "Portuguese",
        _pt_phone,
        lambda r: r.choice("CNP") + _digits(r, 6),
        ["Inês", "Beatriz", "Mariana", "Joana", "João", "Gonçalo", "Tiago", "Rui", "Afonso"],
        ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Rodrigues", "Martins", "Sousa"],
        ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro"],
        lambda r: f"{r.randint(1000, 4999)}-{r.randint(0, 999):03d}",
        ["Rua Augusta {n}, 3.º Esq.", "Avenida da Liberdade {n}", "Rua de Santa Catarina {n}, 2.º"],
        ["gmail.com", "sapo.pt", "outlook.pt"],
    ),
    "BR": (
        "BRA",
        "Brazilian",
        _br_phone,
        lambda r: r.choice(["FZ", "GA", "YB"]) + _digits(r, 6),
        ["Ana", "Juliana", "Camila", "Larissa", "Lucas", "Gabriel", "Rafael", "Thiago"],
        ["Oliveira", "Souza", "Lima", "Carvalho", "Almeida", "Ribeiro", "Gomes"],
        ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Florianópolis"],
        lambda r: f"{_digits(r, 5)}-{_digits(r, 3)}",
        ["Rua Oscar Freire, {n}, apto 34", "Av. Atlântica, {n}", "Rua da Bahia, {n}"],
        ["gmail.com", "hotmail.com", "uol.com.br"],
    ),
    "DE": (
        "DEU",
        "German",
        _de_phone,
        _pass_alpha9,
        ["Lena", "Hannah", "Marie", "Lukas", "Jonas", "Felix", "Maximilian", "Sophie"],
        ["Müller", "Schmidt", "Becker", "Wagner", "Hoffmann", "Schäfer", "Weiß"],
        ["Berlin", "München", "Hamburg", "Köln", "Leipzig"],
        lambda r: _digits(r, 5),
        ["Kastanienallee {n}", "Schönhauser Allee {n}", "Sonnenstraße {n}"],
        ["gmx.de", "web.de", "gmail.com", "posteo.de"],
    ),
    "NL": (
        "NLD",
        "Dutch",
        _nl_phone,
        lambda r: "".join(r.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(2)) + _digits(r, 7),
        ["Sanne", "Fleur", "Anouk", "Daan", "Sem", "Bram", "Lotte"],
        ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "de Jong"],
        ["Amsterdam", "Utrecht", "Rotterdam", "Groningen"],
        lambda r: (
            f"{r.randint(1000, 9999)} {r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.choice('ABCDEHJKLMNPRSTVWXZ')}"
        ),
        ["Prinsengracht {n}", "Oudegracht {n}", "Witte de Withstraat {n}"],
        ["gmail.com", "hotmail.nl", "ziggo.nl"],
    ),
    "GB": (
        "GBR",
        "British",
        _uk_phone,
        lambda r: "1" + _digits(r, 8),
        ["Emily", "Olivia", "Chloe", "James", "Oliver", "Harry", "Amelia", "George"],
        ["Smith", "Jones", "Taylor", "Brown", "Evans", "O'Connor", "Hughes"],
        ["London", "Manchester", "Bristol", "Leeds", "Edinburgh"],
        lambda r: (
            f"{r.choice(['SW', 'E', 'M', 'BS', 'LS', 'EH'])}{r.randint(1, 20)} {r.randint(1, 9)}"
            + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        ),
        ["{n} Kingsland Road", "Flat {n}, 22 Gloucester Road", "{n} Mill Lane"],
        ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"],
    ),
    "US": (
        "USA",
        "American",
        _us_phone,
        lambda r: r.choice(["5", "6", "A"]) + _digits(r, 8),
        ["Madison", "Emma", "Ashley", "Tyler", "Ethan", "Jacob", "Hailey"],
        ["Johnson", "Williams", "Miller", "Davis", "Rodriguez", "Anderson"],
        ["Austin", "Denver", "Portland", "Chicago", "Boston", "Seattle"],
        lambda r: _digits(r, 5),
        ["{n} Maple Ave", "{n} N Lamar Blvd, Apt 12", "{n} Pearl St"],
        ["gmail.com", "yahoo.com", "icloud.com"],
    ),
    "AU": (
        "AUS",
        "Australian",
        _au_phone,
        lambda r: r.choice(["PA", "PB", "RA", "N"]) + _digits(r, 7),
        ["Chloe", "Matilda", "Isla", "Jack", "Liam", "Cooper", "Mia"],
        ["Wilson", "Thompson", "Walker", "Kelly", "Ryan", "Campbell"],
        ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"],
        lambda r: str(r.randint(2000, 6999)),
        ["{n} Bondi Rd", "Unit {n}/14 Smith St", "{n} Brunswick St"],
        ["gmail.com", "bigpond.com", "outlook.com"],
    ),
    "IL": (
        "ISR",
        "Israeli",
        _il_phone,
        lambda r: _digits(r, 8),
        ["Noa", "Maya", "Tamar", "Itai", "Yonatan", "Omer", "Shira"],
        ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman"],
        ["Tel Aviv", "Haifa", "Jerusalem", "Be'er Sheva"],
        lambda r: _digits(r, 7),
        ["Dizengoff St {n}", "Herzl St {n}", "Ben Yehuda St {n}"],
        ["gmail.com", "walla.co.il"],
    ),
    "KR": (
        "KOR",
        "South Korean",
        _kr_phone,
        lambda r: "M" + _digits(r, 8),
        ["Ji-woo", "Seo-yeon", "Min-seo", "Min-jun", "Seo-jun", "Do-yun"],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang"],
        ["Seoul", "Busan", "Incheon", "Daegu"],
        lambda r: _digits(r, 5),
        ["{n} Teheran-ro, Gangnam-gu", "{n} Itaewon-ro, Yongsan-gu"],
        ["naver.com", "gmail.com", "daum.net"],
    ),
    "FR": (
        "FRA",
        "French",
        _fr_phone,
        lambda r: (
            _digits(r, 2)
            + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") * 1
            + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            + _digits(r, 5)
        ),
        ["Camille", "Léa", "Manon", "Hugo", "Louis", "Théo", "Chloé"],
        ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent"],
        ["Paris", "Lyon", "Marseille", "Nantes", "Toulouse"],
        lambda r: _digits(r, 5),
        ["{n} rue de la Roquette", "{n} boulevard Voltaire", "{n} rue Sainte-Catherine"],
        ["gmail.com", "orange.fr", "free.fr", "laposte.net"],
    ),
    "AR": (
        "ARG",
        "Argentine",
        _ar_phone,
        lambda r: "AA" + r.choice("ABCDE") + _digits(r, 6),
        ["Valentina", "Sofía", "Martina", "Santiago", "Mateo", "Joaquín"],
        ["González", "Fernández", "López", "Díaz", "Pérez", "Romero"],
        ["Buenos Aires", "Córdoba", "Rosario", "Mendoza"],
        lambda r: "C" + _digits(r, 4) + "".join(r.choice("ABCDEFGHJK") for _ in range(3)),
        ["Av. Corrientes {n}, 4° B", "Thames {n}", "Av. Santa Fe {n}"],
        ["gmail.com", "hotmail.com.ar", "yahoo.com.ar"],
    ),
    "CL": (
        "CHL",
        "Chilean",
        _cl_phone,
        lambda r: "F" + _digits(r, 8),
        ["Catalina", "Antonia", "Florencia", "Benjamín", "Vicente", "Tomás"],
        ["Muñoz", "Rojas", "Soto", "Contreras", "Silva", "Morales"],
        ["Santiago", "Valparaíso", "Concepción"],
        lambda r: _digits(r, 7),
        ["Av. Providencia {n}, depto 502", "Calle Merced {n}"],
        ["gmail.com", "hotmail.com"],
    ),
    "IN": (
        "IND",
        "Indian",
        _in_phone,
        lambda r: r.choice("JKLMNPRSTUVZ") + _digits(r, 7),
        ["Priya", "Ananya", "Kavya", "Arjun", "Rohan", "Aditya", "Ishaan"],
        ["Sharma", "Iyer", "Reddy", "Gupta", "Nair", "Banerjee"],
        ["Mumbai", "Bengaluru", "Pune", "Delhi", "Chennai"],
        lambda r: str(r.randint(110001, 600099)),
        ["Flat {n}, Sea View Apts, Bandra West", "{n} 12th Main, Indiranagar"],
        ["gmail.com", "yahoo.co.in", "rediffmail.com"],
    ),
    "JP": (
        "JPN",
        "Japanese",
        _jp_phone,
        lambda r: r.choice(["TK", "TR", "MU"]) + _digits(r, 7),
        ["Yui", "Haruka", "Sakura", "Haruto", "Ren", "Sota"],
        ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito"],
        ["Tokyo", "Osaka", "Kyoto", "Fukuoka"],
        lambda r: f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}",
        ["{n}-3-2 Jingumae, Shibuya-ku", "{n}-1 Nishi-Shinjuku"],
        ["gmail.com", "yahoo.co.jp", "docomo.ne.jp"],
    ),
    "IE": (
        "IRL",
        "Irish",
        _ie_phone,
        lambda r: r.choice(["P", "L", "T"]) + r.choice("ABCDEFG") + _digits(r, 7),
        ["Aoife", "Siobhán", "Niamh", "Cian", "Oisín", "Seán"],
        ["Murphy", "Kelly", "O'Sullivan", "Byrne", "Walsh", "McCarthy"],
        ["Dublin", "Cork", "Galway", "Limerick"],
        lambda r: (
            f"D{r.randint(1, 24):02d} {r.choice('ACDEFHKNPRTVWXY')}"
            + f"{_digits(r, 2)}{r.choice('ACDEFHKNPRTVWXY')}"
        ),
        ["{n} Camden Street Lower", "Apt {n}, Grand Canal Dock", "{n} Shop Street"],
        ["gmail.com", "eircom.net", "outlook.ie"],
    ),
    "PL": (
        "POL",
        "Polish",
        _pl_phone,
        lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + _digits(r, 7),
        ["Zuzanna", "Katarzyna", "Julia", "Jakub", "Kacper", "Mikołaj"],
        ["Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska"],
        ["Warszawa", "Kraków", "Wrocław", "Gdańsk"],
        lambda r: f"{r.randint(0, 99):02d}-{r.randint(0, 999):03d}",
        ["ul. Mokotowska {n}/4", "ul. Floriańska {n}"],
        ["gmail.com", "wp.pl", "onet.pl", "o2.pl"],
    ),
    "SE": (
        "SWE",
        "Swedish",
        _se_phone,
        lambda r: _digits(r, 8),
        ["Elsa", "Alva", "Ebba", "William", "Elias", "Oskar"],
        ["Andersson", "Johansson", "Lindqvist", "Karlsson", "Nilsson"],
        ["Stockholm", "Göteborg", "Malmö", "Uppsala"],
        lambda r: f"{r.randint(100, 999)} {r.randint(10, 99)}",
        ["Götgatan {n}", "Vasagatan {n}, lgh 1102"],
        ["gmail.com", "hotmail.se", "telia.com"],
    ),
    "NG": (
        "NGA",
        "Nigerian",
        _ng_phone,
        lambda r: "A" + _digits(r, 8),
        ["Chiamaka", "Ngozi", "Adaeze", "Chinedu", "Tunde", "Emeka"],
        ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze"],
        ["Lagos", "Abuja", "Port Harcourt", "Ibadan"],
        lambda r: _digits(r, 6),
        ["{n} Admiralty Way, Lekki", "Plot {n}, Adeola Odeku St, Victoria Island"],
        ["gmail.com", "yahoo.com"],
    ),
    "CN": (
        "CHN",
        "Chinese",
        _cn_phone,
        lambda r: "E" + _digits(r, 8),
        ["Xinyi", "Yuxuan", "Zihan", "Hao", "Wei", "Jiahui"],
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Zhao"],
        ["Shanghai", "Beijing", "Chengdu", "Shenzhen"],
        lambda r: _digits(r, 6),
        ["{n} Nanjing West Rd, Jing'an", "Room {n}, Building 3, Wangjing SOHO"],
        ["qq.com", "163.com", "gmail.com"],
    ),
    "ES": (
        "ESP",
        "Spanish",
        _es_phone,
        lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + _digits(r, 6),
        ["Lucía", "Paula", "Carmen", "Pablo", "Álvaro", "Hugo", "Marta"],
        ["García", "Martínez", "Sánchez", "Romero", "Navarro", "Torres"],
        ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao"],
        lambda r: f"{r.randint(1, 52):02d}{_digits(r, 3)}",
        ["Calle de Fuencarral {n}, 3º B", "Carrer de Verdi {n}", "Calle Feria {n}"],
        ["gmail.com", "hotmail.es", "yahoo.es"],
    ),
}
# Who stays in the hostels: many foreigners, some locals.
WEIGHTS = {
    "PE": 8,
    "VN": 6,
    "PT": 6,
    "BR": 6,
    "DE": 8,
    "NL": 5,
    "GB": 8,
    "US": 8,
    "AU": 6,
    "IL": 5,
    "KR": 3,
    "FR": 6,
    "AR": 4,
    "CL": 3,
    "IN": 2,
    "JP": 2,
    "IE": 4,
    "PL": 3,
    "SE": 3,
    "NG": 1,
    "CN": 2,
    "ES": 5,
}


FEMALE = set(
    [
        "María",
        "Lucía",
        "Rosa",
        "Ximena",
        "Milagros",
        "Lan",
        "Mai",
        "Hương",
        "Thảo",
        "Linh",
        "Inês",
        "Beatriz",
        "Mariana",
        "Joana",
        "Ana",
        "Juliana",
        "Camila",
        "Larissa",
        "Lena",
        "Hannah",
        "Marie",
        "Sophie",
        "Sanne",
        "Fleur",
        "Anouk",
        "Lotte",
        "Emily",
        "Olivia",
        "Chloe",
        "Amelia",
        "Madison",
        "Emma",
        "Ashley",
        "Hailey",
        "Matilda",
        "Isla",
        "Mia",
        "Noa",
        "Maya",
        "Tamar",
        "Shira",
        "Ji-woo",
        "Seo-yeon",
        "Min-seo",
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Valentina",
        "Sofía",
        "Martina",
        "Catalina",
        "Antonia",
        "Florencia",
        "Priya",
        "Ananya",
        "Kavya",
        "Yui",
        "Haruka",
        "Sakura",
        "Aoife",
        "Siobhán",
        "Niamh",
        "Zuzanna",
        "Katarzyna",
        "Julia",
        "Elsa",
        "Alva",
        "Ebba",
        "Chiamaka",
        "Ngozi",
        "Adaeze",
        "Xinyi",
        "Yuxuan",
        "Zihan",
        "Jiahui",
        "Paula",
        "Carmen",
        "Marta",
    ]
)


def ascii_fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("'", "").replace(" ", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def mrz_check(s: str) -> str:
    def val(c):
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - 55

    return str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


class Person:
    def __init__(self, f: "HFake"):
        r = f.r
        self.cc = r.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        c = CULTURES[self.cc]
        self.iso3, self.nationality, self._phone, self._passport = c[0], c[1], c[2], c[3]
        self.first = r.choice(c[4])
        self.last = r.choice(c[5])
        if self.cc == "VN":
            self.middle = r.choice(["Thị", "Văn", "Ngọc", "Đức", "Minh"])
            self.full = f"{self.last} {self.middle} {self.first}"
        elif self.cc in ("PE", "AR", "CL", "ES") and r.random() < 0.5:
            self.last = f"{self.last} {r.choice(c[5])}"
            self.full = f"{self.first} {self.last}"
        else:
            self.full = f"{self.first} {self.last}"
        self.city = r.choice(c[6])
        self.postcode = c[7](r)
        self.street = r.choice(c[8]).format(n=r.randint(2, 980))
        self.email = self._email(f, c[9])
        self.phone_fmt = self._phone(r, True)
        self.phone_e164 = self._phone(r, False)
        self.passport = self._passport(r)
        self.dob = f"{r.randint(1972, 2006)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        self.gender = "female" if self.first in FEMALE else "male"
        if r.random() < 0.04:
            self.gender = "non_binary"
        self.sex = {"female": "F", "male": "M"}.get(self.gender, "X")

    def _email(self, f, domains):
        r = f.r
        first, last = ascii_fold(self.first), ascii_fold(self.last.split(" ")[0])
        local = r.choice(
            [
                f"{first}.{last}",
                f"{first}{last}{r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{r.randint(80, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{local}@{r.choice(domains)}"

    def mrz(self, f) -> str:
        number = (self.passport + "<" * 9)[:9]
        surname = ascii_fold(self.last).upper().replace("-", "<")
        given = ascii_fold(self.first).upper().replace("-", "<")
        line1 = (f"P<{self.iso3}{surname}<<{given}" + "<" * 44)[:44]
        dob = self.dob[2:4] + self.dob[5:7] + self.dob[8:10]
        expiry = f"{f.r.randint(26, 34)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        optional = "<" * 14
        body = (
            number
            + mrz_check(number)
            + self.iso3
            + dob
            + mrz_check(dob)
            + self.sex
            + expiry
            + mrz_check(expiry)
        )
        body += optional + mrz_check(optional)
        composite = body[0:10] + body[13:20] + body[21:43]
        return f"{line1}\n{body}{mrz_check(composite)}"


class HFake(Fake):
    def __init__(self, seed: int):
        super().__init__(seed)
        self.p = Person(self)
        self.o = Person(self)

    def person(self) -> Person:
        return Person(self)

    def phone_local_pe(self):
        n = "9" + _digits(self.r, 8)
        return f"{n[:3]} {n[3:6]} {n[6:]}"

    def phone_local_pt(self):
        n = "9" + self.r.choice("1236") + _digits(self.r, 7)
        return f"{n[:3]} {n[3:6]} {n[6:]}"

    def phone_local_vn(self):
        n = "0" + self.r.choice(["90", "91", "93", "96", "97", "98", "32", "86", "88"]) + _digits(self.r, 7)
        return f"{n[:4]} {n[4:7]} {n[7:]}"

    # -- ids with checksums --------------------------------------------------------------------------

    def nif_pt(self):
        body = self.r.choice("12") + _digits(self.r, 7)
        s = sum(int(d) * (9 - i) for i, d in enumerate(body))
        check = 11 - s % 11
        return body + str(0 if check >= 10 else check)

    def nif_pt_company(self):
        body = self.r.choice("5") + _digits(self.r, 7)
        s = sum(int(d) * (9 - i) for i, d in enumerate(body))
        check = 11 - s % 11
        return body + str(0 if check >= 10 else check)

    def cpf(self):
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(v * (n - i) for i, v in enumerate(d))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        s = "".join(map(str, d))
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"

    def rut(self):
        n = self.r.randint(8_000_000, 24_999_999)
        total, factor = 0, 2
        for c in reversed(str(n)):
            total += int(c) * factor
            factor = 2 if factor == 7 else factor + 1
        check = 11 - total % 11
        dv = {10: "K", 11: "0"}.get(check, str(check))
        return f"{n:,}".replace(",", ".") + "-" + dv

    def dni_es(self):
        n = self.r.randint(10_000_000, 79_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def dni_pe(self):
        return str(self.r.randint(10_000_000, 79_999_999))

    def cccd_vn(self):
        province = self.r.choice(["001", "031", "048", "079", "092", "038"])
        century_sex = self.r.choice("0123")
        return province + century_sex + f"{self.r.randint(70, 99) % 100:02d}" + _digits(self.r, 6)

    def id_doc(self, p: Person):
        """The number a guest gives at check-in: Peruvians their DNI, others their passport."""
        if p.cc == "PE":
            return self.dni_pe()
        if p.cc == "VN":
            return self.cccd_vn()
        if p.cc == "BR" and self.r.random() < 0.3:
            return self.cpf()
        if p.cc == "ES" and self.r.random() < 0.5:
            return self.dni_es()
        return p.passport

    def iban_any(self, country=None):
        country = country or self.pick(["PT", "PT", "ES", "DE", "FR", "NL", "GB", "IE", "IT"])
        r = self.r
        if country == "PT":
            nib = r.choice(["0035", "0033", "0007", "0010", "0036"]) + _digits(r, 4) + _digits(r, 11)
            check = 98 - (int(nib) * 100) % 97
            bban = nib + f"{check:02d}"
        elif country == "GB":
            bban = r.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + _digits(r, 14)
        elif country == "IE":
            bban = r.choice(["AIBK", "BOFI"]) + _digits(r, 14)
        elif country == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO"]) + _digits(r, 10)
        elif country == "IT":
            bban = r.choice("ABCDX") + _digits(r, 10) + _digits(r, 12)
        else:
            n = {"ES": 20, "DE": 18, "FR": 23}[country]
            bban = _digits(r, n)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def cci_pe(self):
        return self.r.choice(["002", "003", "011", "009"]) + _digits(self.r, 17)

    def card_num(self):
        return self.card()

    # -- misc ----------------------------------------------------------------------------------------

    def booking_ref(self):
        return "MCH-" + "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def date_in(self, y0=2024, y1=2025):
        return f"{self.r.randint(y0, y1)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def ip_any(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def b62(self, n):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.r.choice(alnum) for _ in range(n))

    def sha256(self):
        return self.hexid(64)


# -- rendering: build.render plus optional keys and per-item people -----------------------------------


class Opt:
    """A key present in only some messages (probability p)."""

    def __init__(self, item: Any, p: float = 0.6):
        self.item, self.p = item, p


class Each:
    """Renders `item` about a fresh person (f.o), e.g. each passenger of a permit request."""

    def __init__(self, item: Any):
        self.item = item


def render(template: Any, f: HFake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Each):
        f.o = f.person()
        return render(template.item, f, path, labels)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- the platform's own things (all green) ------------------------------------------------------------

HOSTELS = [
    # id, name, city, country, address, phone, lat, lng
    (
        "CUZ01",
        "Casa Elena Hostel",
        "Cusco",
        "PE",
        "Calle Tecsecocha 474, Cusco",
        "+51 84 241877",
        -13.5163,
        -71.9803,
    ),
    (
        "LIM01",
        "Mochila Miraflores",
        "Lima",
        "PE",
        "Calle Bellavista 215, Miraflores",
        "+51 1 4451234",
        -12.1219,
        -77.0297,
    ),
    (
        "AQP01",
        "Wayra Backpackers",
        "Arequipa",
        "PE",
        "Calle Jerusalén 309, Arequipa",
        "+51 54 283210",
        -16.3960,
        -71.5360,
    ),
    (
        "HUA01",
        "Oasis Doña Rosa",
        "Huacachina",
        "PE",
        "Balneario de Huacachina s/n, Ica",
        "+51 56 215430",
        -14.0875,
        -75.7626,
    ),
    (
        "HAN01",
        "Mochila Old Quarter",
        "Hà Nội",
        "VN",
        "48 Hàng Bè, Hoàn Kiếm, Hà Nội",
        "+84 24 3926 1234",
        21.0333,
        105.8530,
    ),
    (
        "HUE01",
        "Sông Hương Backpackers",
        "Huế",
        "VN",
        "7 Phạm Ngũ Lão, Huế",
        "+84 234 3819 555",
        16.4710,
        107.5950,
    ),
    (
        "HOI01",
        "Hội An Riverside Dorms",
        "Hội An",
        "VN",
        "112 Nguyễn Phúc Chu, Hội An",
        "+84 235 3911 220",
        15.8760,
        108.3270,
    ),
    (
        "SGN01",
        "Saigon Rooftop Hostel",
        "Ho Chi Minh City",
        "VN",
        "241 Phạm Ngũ Lão, Quận 1",
        "+84 28 3837 0101",
        10.7675,
        106.6930,
    ),
    (
        "HAG01",
        "Hà Giang Loop Base",
        "Hà Giang",
        "VN",
        "15 Nguyễn Trãi, Hà Giang",
        "+84 219 3866 123",
        22.8230,
        104.9840,
    ),
    (
        "LIS01",
        "Casa do João Hostel",
        "Lisboa",
        "PT",
        "Rua dos Remédios 47, Alfama, Lisboa",
        "+351 218 870 123",
        38.7116,
        -9.1296,
    ),
    (
        "OPO01",
        "Porto Ribeira Dorms",
        "Porto",
        "PT",
        "Rua da Fonte Taurina 12, Porto",
        "+351 222 013 456",
        41.1406,
        -8.6128,
    ),
    (
        "LAG01",
        "Lagos Surf Hostel",
        "Lagos",
        "PT",
        "Rua Cândido dos Reis 8, Lagos",
        "+351 282 762 900",
        37.1020,
        -8.6750,
    ),
    (
        "SIN01",
        "Sintra Hill House",
        "Sintra",
        "PT",
        "Rua Dr. Alfredo Costa 20, Sintra",
        "+351 219 240 330",
        38.7980,
        -9.3840,
    ),
]
HOSTEL_MAIL = ["reservas@{d}", "hola@{d}", "frontdesk@{d}", "info@{d}", "reception@{d}"]
COUNTRY_CURRENCY = {"PE": "PEN", "VN": "VND", "PT": "EUR"}
ROOMS = [
    ("DORM4F", "4-Bed Female Dorm", "female_only"),
    ("DORM6M", "6-Bed Mixed Dorm", "mixed"),
    ("DORM8M", "8-Bed Mixed Dorm with Lockers", "mixed"),
    ("DORM10", "10-Bed Party Dorm", "mixed"),
    ("PRIV2", "Private Double with Shared Bathroom", "private"),
    ("FAM4", "Family Room (4 beds)", "private"),
]
TOURS = [
    ("T-INCA4", "Classic Inca Trail 4D/3N", "PE", "Qhapaq Ñan Expeditions", 690, "USD"),
    ("T-SALK5", "Salkantay Trek 5D/4N", "PE", "Andes Treks SAC", 260, "USD"),
    ("T-RAIN1", "Rainbow Mountain Day Trip", "PE", "Vinicunca Tours EIRL", 35, "USD"),
    ("T-COLC2", "Colca Canyon 2D/1N", "PE", "Colca Adventure Travel", 55, "USD"),
    ("T-HALO2", "Ha Long Bay 2D/1N Cruise", "VN", "Bai Tu Long Cruises", 3200000, "VND"),
    ("T-HAGI4", "Ha Giang Loop 4 Days with Easy Rider", "VN", "Ha Giang Riders Co.", 6500000, "VND"),
    ("T-PHNG2", "Phong Nha Cave Expedition", "VN", "Oxalis Adventure", 4100000, "VND"),
    ("T-SINT1", "Sintra & Cascais Day Trip", "PT", "Lisbon Walker Tours Lda", 59, "EUR"),
    ("T-DOUR1", "Douro Valley Wine Tour", "PT", "Douro Experience Lda", 95, "EUR"),
    ("T-BENA1", "Benagil Cave Kayak", "PT", "Algarve Kayak Adventures", 39, "EUR"),
]
TOUR_IDS = [t[0] for t in TOURS]
MEETING_POINTS = [
    ("Plaza de Armas, Cusco (fountain)", -13.5167, -71.9785),
    ("Km 82, Piscacucho checkpoint", -13.1890, -72.4520),
    ("Hostel reception", None, None),
    ("Tuần Châu International Marina", 20.9270, 106.9880),
    ("Praça do Comércio, Lisboa", 38.7075, -9.1364),
    ("Ribeira Square, Porto", 41.1407, -8.6130),
]
CHECKPOINTS = [
    ("Km 82 Piscacucho", -13.1890, -72.4520, 2720),
    ("Wayllabamba", -13.2560, -72.4680, 3000),
    ("Warmiwañusca (Dead Woman's Pass)", -13.2630, -72.5200, 4215),
    ("Runkurakay", -13.2520, -72.5360, 3950),
    ("Wiñay Wayna", -13.1950, -72.5360, 2650),
    ("Salkantay Pass", -13.3390, -72.5590, 4630),
    ("Soraypampa", -13.3870, -72.5790, 3850),
]
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
LOCALES = [
    "en-US",
    "en-GB",
    "es-PE",
    "es-ES",
    "pt-PT",
    "pt-BR",
    "vi-VN",
    "de-DE",
    "fr-FR",
    "he-IL",
    "nl-NL",
    "ko-KR",
]
TIMEZONES = [
    "America/Lima",
    "Asia/Ho_Chi_Minh",
    "Europe/Lisbon",
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
]


def hostel_email(f):
    slug = ascii_fold(f.h[1]).replace("hostel", "")
    return f.pick(HOSTEL_MAIL).format(d=f"{slug}.{f.h[3].lower()}")


def cur(f):
    return COUNTRY_CURRENCY[f.h[3]]


def bed_price(f):
    return {
        "PEN": round(f.r.uniform(28, 95), 2),
        "VND": f.r.randint(12, 45) * 10000,
        "EUR": round(f.r.uniform(16, 48), 2),
    }[cur(f)]


# -- contexts sent by the client libraries ----------------------------------------------------------


def web_context(f: HFake):
    path = f.pick(
        ["/", "/es/cusco", "/en/hostels/lisboa", "/vi/ha-noi", "/checkout", "/tours/inca-trail", "/account"]
    )
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0", "npm:next-1.70.2"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.instagram.com/",
                        "https://www.hostelworld.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=instagram&utm_medium=social", "?lang=es", "?ref=footer"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Mochila \u2013 Hostels & Tours",
                        "Checkout | Mochila",
                        "Inca Trail permits | Mochila",
                        "Dorms in Lisboa | Mochila",
                    ]
                )
            ),
            "url": G(lambda f: "https://www.mochila.travel" + path),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": Opt(
            {
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
            0.6,
        ),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.ip_any(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["inca_trail_2025", "summer_portugal", "vn_tet_deals", "retarget_cart"])
                ),
                "source": G(lambda f: f.pick(["google", "instagram", "newsletter", "tiktok"])),
                "medium": G(lambda f: f.pick(["cpc", "social", "email", "paid_social"])),
                "term": G(
                    lambda f: f.pick(
                        ["hostel cusco", "inca trail permits", "cheap dorm lisbon", "ha giang loop tour"]
                    )
                ),
                "content": G(lambda f: f.pick(["carousel_2", "video_15s", "textlink", "hero_banner"])),
            },
            0.35,
        ),
        "consent": Opt(
            {
                "categoryPreferences": {
                    "Advertising": G(lambda f: f.pick([True, False])),
                    "Analytics": G(lambda f: True),
                    "Functional": G(lambda f: f.pick([True, False])),
                    "DataSharing": G(lambda f: f.pick([True, False])),
                }
            },
            0.5,
        ),
    }


def swift_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Mochila"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["4200", "4211", "4305"])),
            "namespace": G(lambda f: "travel.mochila.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.35),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {
                "email": Y(lambda f: f.p.email, "email"),
                "firstName": Opt(Y(lambda f: f.p.first, "name"), 0.7),
                "userId": G(lambda f: "usr_" + f.digits(8)),
            },
            0.7,
        ),
        "ip": Y(lambda f: f.ip_any(), "ip"),
    }


def kotlin_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Mochila"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["40200", "40300", "40301"])),
            "namespace": G(lambda f: "travel.mochila.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "motorola", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Redmi Note 12", "moto g54 5G", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "cancunf", "lynx"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(["Claro PE", "Movistar", "Entel", "Viettel", "MEO", "Vodafone P", "NOS"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2408])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-A546E", "Pixel 7a"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": Opt(
            {
                "latitude": Y(lambda f: round(f.r.uniform(-16.5, 41.2), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-77.1, 108.4), 6), "geolocation"),
                "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
                "city": Y(lambda f: f.pick(["Cusco", "Lisboa", "Hà Nội", "Porto", "Lima", "Huế"]), "city"),
                "country": G(lambda f: f.pick(["Peru", "Portugal", "Vietnam"])),
            },
            0.4,
        ),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Opt(Y(lambda f: f.p.email, "email"), 0.6),
            "phone": Opt(Y(lambda f: f.p.phone_e164, "phone"), 0.4),
            "lastName": Opt(Y(lambda f: f.p.last, "name"), 0.4),
        },
        "ip": Y(lambda f: f.ip_any(), "ip"),
    }


def rn_context(f: HFake):
    """The staff and volunteers' app (React Native)."""
    return {
        "app": {
            "name": G(lambda f: "Mochila Staff"),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.3", "2.9.0"])),
            "build": G(lambda f: f.pick(["280", "283", "290"])),
            "namespace": G(lambda f: "travel.mochila.staff"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-A145M", "Redmi 13C"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([375, 393, 412])),
            "height": G(lambda f: f.pick([812, 873, 915])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["es-PE", "pt-PT", "vi-VN", "en-GB"])),
        "timezone": G(lambda f: f.pick(TIMEZONES[:3])),
        "traits": {
            "email": Y(lambda f: f.p.email, "email"),
            "name": Y(lambda f: f.p.full, "name"),
        },
        "ip": Y(lambda f: f.ip_any(), "ip"),
    }


def flutter_context(f: HFake):
    """The trek guides' app (Flutter)."""
    return {
        "app": {
            "name": G(lambda f: "Mochila Guide"),
            "version": G(lambda f: f.pick(["1.4.2", "1.5.0", "1.5.1"])),
            "build": G(lambda f: f.pick(["142", "150", "151"])),
            "namespace": G(lambda f: "travel.mochila.guide"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "HONOR"])),
            "model": G(lambda f: f.pick(["SM-G991B", "moto e22", "HONOR X7a"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "12", "11"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: f.pick([1600, 1612]))},
        "network": {"wifi": G(lambda f: False), "cellular": G(lambda f: f.pick([True, False]))},
        "locale": G(lambda f: f.pick(["es-PE", "qu-PE", "en-US"])),
        "timezone": G(lambda f: "America/Lima"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.4"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.4.0", "2.3.9"]),
}


def server_context(f: HFake, client: str):
    name, versions = SERVER_LIBS[client]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("python", "node", "ruby"):
        # forwarded from the browser by the booking backends
        ctx["ip"] = Opt(Y(lambda f: f.ip_any(), "ip"), 0.5)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(WEB_UAS)), 0.4)
    if client == "python":
        ctx["traits"] = Opt({"email": Y(lambda f: f.p.email, "email")}, 0.4)
    if client == "dotnet":
        ctx["channel"] = G(lambda f: "server")
    return ctx


def context_for(f: HFake, client: str):
    return {
        "web": web_context,
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda f: server_context(f, client))(f)


# -- events -------------------------------------------------------------------------------------------


def line_item():
    return {
        "product_id": G(lambda f: f"{f.h[0]}-{f.room[0]}"),
        "sku": G(lambda f: f"{f.h[0]}-{f.room[0]}-{f.r.randint(1, 12):02d}"),
        "name": G(lambda f: f.room[1]),
        "category": G(lambda f: f.pick(["Dorm bed", "Private room", "Tour", "Add-on"])),
        "brand": G(lambda f: f.h[1]),
        "price": G(lambda f: bed_price(f)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "check_in": G(lambda f: f.date_in(2025, 2025)),
        "check_out": G(lambda f: f.date_in(2025, 2025)),
    }


def billing_address(country_green=True):
    return {
        "line1": Y(lambda f: f.p.street, "address|street"),
        "line2": Opt(
            Y(lambda f: f.pick(["Apt 3B", "2.º Dto", "Piso 4", "Flat 12", "depto 801"]), "address|street"),
            0.4,
        ),
        "city": Y(lambda f: f.p.city, "city"),
        "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
        "country": G(lambda f: f.p.cc),
    }


CHAT_LINES = [
    "anyone keen for pisco sours tonight?",
    "what time do we meet for the trek tomorrow?",
    "I left my charger in dorm 4, top bunk 😅",
    "the bus to Aguas Calientes leaves at 6:10",
    "who's up for the free walking tour at 10?",
    "xin chào! first time in Hà Nội, any street food tips?",
    "bora praia amanhã? surf lessons at 9",
    "altitude is no joke, drink the coca tea",
    "can someone share the photos from Rainbow Mountain",
    "we're 4 for the Ha Giang loop, need 1 more rider",
]
REVIEWS = [
    "Super social hostel, the family dinner was the highlight.",
    "Beds were comfy and the lockers big enough for a 65L pack.",
    "Great location near the Plaza, a bit noisy on weekends.",
    "Staff helped us sort the Salkantay trek last minute. 10/10",
    "Hot showers, good wifi, breakfast could be better.",
    "Rooftop bar is amazing, sunset over the river!",
    "Clean, quiet, perfect for an early start to the trail.",
]
GUEST_NOTE = [
    "Guest called from {phone} about a late arrival after midnight",
    "Left a voicemail on {phone}, no answer yet",
    "Asked us to e-mail the invoice to {email}",
    "Lost passport, embassy will contact {email}",
    "Mum rang from {phone}, worried about the trek, passed the message on",
]
CONTACT_LEAKS = [
    "add me on whatsapp {phone} so we skip the fees",
    "my email is {email}, send me the details",
    "call me {phone}",
    "write to {email} and I'll give you a better price",
    "{phone} whatsapp me",
]


def new_password(f):
    f.pw = f.pick(
        ["Machu!Picchu2025", "mochila123", "Lisboa#88", "hanoi-2024", "Qwerty!9", "surfLagos!7", "Cuy4ever"]
    )
    if f.r.random() < 0.5:
        f.pw += str(f.r.randint(1, 99))
    return f.pw


def leak(f, templates):
    o = f.person()
    return f.pick(templates).format(phone=f.pick([o.phone_fmt, o.phone_e164]), email=o.email)


EVENTS: list[tuple[str, str | None, str, int, dict]] = [
    # ---------------------------------------------------------------- web booking funnel (analytics.js)
    (
        "page",
        "Hostel",
        "web",
        5,
        {
            "path": G(lambda f: "/hostels/" + ascii_fold(f.h[1])),
            "url": G(lambda f: "https://www.mochila.travel/hostels/" + ascii_fold(f.h[1])),
            "title": G(lambda f: f"{f.h[1]} \u2013 {f.h[2]} | Mochila"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.mochila.travel/"])),
            "search": G(lambda f: f.pick(["", "?checkin=2025-06-12&nights=3", "?lang=pt"])),
            "hostel_id": G(lambda f: f.h[0]),
            "hostel_name": G(lambda f: f.h[1]),
            "destination": G(lambda f: f.h[2]),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        5,
        {
            "query": G(
                lambda f: f.pick(
                    ["cusco", "Hostel in Lisboa", "hoi an", "Huacachina", "porto ribeira", "ha giang loop"]
                )
            ),
            "destination_country": G(lambda f: f.pick(["PE", "VN", "PT"])),
            "check_in": G(lambda f: f.date_in(2025, 2025)),
            "check_out": G(lambda f: f.date_in(2025, 2025)),
            "nights": G(lambda f: f.r.randint(1, 9)),
            "guests": G(lambda f: f.r.randint(1, 6)),
            "female_only_dorms": G(lambda f: f.pick([True, False])),
            "max_price": G(lambda f: f.pick([20, 35, 50, 100])),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        5,
        {
            "product_id": G(lambda f: f"{f.h[0]}-{f.room[0]}"),
            "sku": G(lambda f: f"{f.h[0]}-{f.room[0]}-{f.r.randint(1, 12):02d}"),
            "name": G(lambda f: f.room[1]),
            "category": G(lambda f: f.pick(["Dorm bed", "Private room"])),
            "brand": G(lambda f: f.h[1]),
            "variant": G(lambda f: f.pick(["Bed only", "Bed + breakfast", "Bed + breakfast + locker"])),
            "price": G(lambda f: bed_price(f)),
            "currency": G(lambda f: cur(f)),
            "url": G(
                lambda f: f"https://www.mochila.travel/hostels/{ascii_fold(f.h[1])}/{f.room[0].lower()}"
            ),
            "image_url": G(lambda f: f"https://img.mochila.travel/rooms/{f.hexid(12)}.webp"),
            "gender_policy": G(lambda f: f.room[2]),
            "beds_left": G(lambda f: f.r.randint(0, 10)),
            "hostel": {
                "id": G(lambda f: f.h[0]),
                "name": G(lambda f: f.h[1]),
                "city": G(lambda f: f.h[2]),
                "country": G(lambda f: f.h[3]),
                "address": G(lambda f: f.h[4]),
                "phone": G(lambda f: f.h[5]),
                "email": G(lambda f: hostel_email(f)),
                "latitude": G(lambda f: f.h[6]),
                "longitude": G(lambda f: f.h[7]),
                "rating": G(lambda f: round(f.r.uniform(7.8, 9.7), 1)),
                "resident_pet": Opt(
                    {
                        "name": G(lambda f: f.pick(["Paco", "Michi", "Lua", "Bún", "Tito", "Canela"])),
                        "species": G(lambda f: f.pick(["dog", "cat"])),
                    },
                    0.5,
                ),
            },
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        4,
        {
            "cart_id": G(lambda f: f.uuid()),
            **line_item(),
            "currency": G(lambda f: cur(f)),
            "nights": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        4,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "value": G(lambda f: f.money(20, 900)),
            "revenue": G(lambda f: f.money(20, 900)),
            "currency": G(lambda f: cur(f)),
            "coupon": Opt(G(lambda f: f.pick(["INCA10", "PRIMAVERA", "HOSTELLIFE", "TET2025"])), 0.4),
            "deposit_percent": G(lambda f: f.pick([10, 15, 100])),
            "products": Many(line_item(), 3),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        "web",
        4,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "step_name": G(lambda f: "guest_details"),
            "guest": {
                "first_name": Y(lambda f: f.p.first, "name"),
                "last_name": Y(lambda f: f.p.last, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.pick([f.p.phone_fmt, f.p.phone_e164]), "phone"),
                "nationality": Y(lambda f: f.p.nationality, "citizenship"),
                "date_of_birth": Opt(Y(lambda f: f.p.dob, "birthdate"), 0.6),
                "country_of_residence": G(lambda f: f.p.cc),
            },
            "arrival_time_estimate": G(
                lambda f: f.pick(["14:00-16:00", "after 22:00", "morning", "18:00-20:00"])
            ),
            "special_requests": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Lower bunk please",
                            "Arriving on the night bus",
                            "Quiet room if possible",
                            "Celebrating a birthday!",
                            "Can we store luggage after the trek?",
                        ]
                    )
                ),
                0.6,
            ),
            "travellers_count": G(lambda f: f.r.randint(1, 5)),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "phone_country_code": G(lambda f: f.pick(["+51", "+44", "+49", "+1", "+351", "+84", "+972"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        4,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "yape", "mbway"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["411111", "455636", "520082", "377935", "549184"])),
            "cardholder_name": Y(lambda f: f.p.full.upper(), "name"),
            "payment_method_id": RED(lambda f: "pm_" + f.b62(24), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
            "billing_address": billing_address(),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        5,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "booking_reference": G(lambda f: f.booking_ref()),
            "total": G(lambda f: f.money(20, 900)),
            "revenue": G(lambda f: f.money(20, 900)),
            "deposit_paid": G(lambda f: f.money(2, 120)),
            "balance_due_at_property": G(lambda f: f.money(0, 800)),
            "tax": G(lambda f: f.money(0, 60)),
            "discount": G(lambda f: f.money(0, 30)),
            "coupon": Opt(G(lambda f: f.pick(["INCA10", "PRIMAVERA", "HOSTELLIFE", "TET2025"])), 0.3),
            "currency": G(lambda f: cur(f)),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "yape", "mbway"])),
            "products": Many(line_item(), 3),
            "customer_email": Y(lambda f: f.p.email, "email"),
            "customer_phone": Opt(Y(lambda f: f.p.phone_e164, "phone"), 0.7),
            "hostel_name": G(lambda f: f.h[1]),
            "hostel_city": G(lambda f: f.h[2]),
            "nights": G(lambda f: f.r.randint(1, 9)),
            "is_first_booking": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Booking Lookup Submitted",
        "web",
        2,
        {
            "q": Y(lambda f: f.p.email, "email", True),
            "lookup_method": G(lambda f: "email"),
            "result": G(lambda f: f.pick(["found", "not_found", "multiple"])),
        },
    ),
    (
        "track",
        "Form Submitted",
        "web",
        2,
        {
            "form_id": G(lambda f: f.pick(["nl-footer", "nl-popup", "nl-blog"])),
            "form_name": G(lambda f: "newsletter"),
            "input": Y(lambda f: f.p.email, "email", True),
            "page_section": G(lambda f: f.pick(["footer", "exit_intent", "blog_sidebar"])),
        },
    ),
    (
        "identify",
        None,
        "web",
        4,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Opt(Y(lambda f: f.p.phone_fmt, "phone"), 0.7),
            "birthday": Opt(Y(lambda f: f.p.dob, "birthdate"), 0.5),
            "nationality": Opt(Y(lambda f: f.p.nationality, "citizenship"), 0.6),
            "address": Opt(
                {
                    "street": Y(lambda f: f.p.street, "street|address"),
                    "city": Y(lambda f: f.p.city, "city"),
                    "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
                    "country": G(lambda f: f.p.cc),
                },
                0.4,
            ),
            "gender": Opt(Y(lambda f: f.p.gender, "gender"), 0.4),
            "avatar": Opt(
                Y(lambda f: f"https://lh3.googleusercontent.com/a/{f.b62(40)}=s96-c", "photo"), 0.5
            ),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "pt", "vi", "de", "he"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "loyaltyNumber": G(lambda f: "MCH" + f.digits(8)),
            "hiMemberNumber": Opt(G(lambda f: f.pick(["HI", "IYHF"]) + "-" + f.digits(9)), 0.3),
            "age": Opt(G(lambda f: f.r.randint(18, 52)), 0.5),
            "totalBookings": G(lambda f: f.r.randint(0, 30)),
            "country": G(lambda f: f.p.cc),
        },
    ),
    (
        "track",
        "Account Created",
        "web",
        2,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "password": RED(new_password, "password"),
            "confirm_password": RED(lambda f: f.pw, "password"),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "signup_method": G(lambda f: f.pick(["email", "google", "apple"])),
            "referral_code": Opt(G(lambda f: f.b62(8).upper()), 0.4),
            "newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "web",
        2,
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(16)),
            "amount": G(lambda f: f.pick([25, 50, 100, 150])),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "recipient_name": Y(lambda f: f.o.full, "name"),
            "recipient_email": Y(lambda f: f.o.email, "email"),
            "sender_name": Y(lambda f: f.p.first, "name"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Happy birthday! Go see Machu Picchu",
                        "For your big trip 🎒",
                        "Enjoy Portugal!",
                        "Bon voyage",
                    ]
                )
            ),
            "delivery_date": G(lambda f: f.date_in(2025, 2025)),
        },
    ),
    (
        "track",
        "Airport Transfer Booked",
        "web",
        2,
        {
            "transfer_id": G(lambda f: f.uuid()),
            "airport": G(lambda f: f.pick(["LIM", "CUZ", "HAN", "SGN", "LIS", "OPO"])),
            "flight_number": G(
                lambda f: f.pick(["LA2045", "H2 5431", "VN 215", "TP1351", "FR 8354", "VJ 135"])
            ),
            "arrival_at": G(lambda f: f.iso()),
            "passengers": G(lambda f: f.r.randint(1, 4)),
            "luggage_pieces": G(lambda f: f.r.randint(1, 6)),
            "name_on_sign": Y(lambda f: f.p.full, "name"),
            "contact_whatsapp": Y(lambda f: f.p.phone_e164, "phone"),
            "frequent_flyer_number": Opt(G(lambda f: f.pick(["LA", "TP", "VN"]) + f.digits(9)), 0.3),
            "hostel_name": G(lambda f: f.h[1]),
            "price": G(lambda f: f.money(8, 45)),
        },
    ),
    (
        "track",
        "Family Room Booked",
        "web",
        2,
        {
            "booking_id": G(lambda f: f.digits(9)),
            "adults": G(lambda f: f.r.randint(1, 2)),
            "children": Many(
                Each(
                    {
                        "first_name": Y(lambda f: f.o.first, "name"),
                        "age": G(lambda f: f.r.randint(2, 15)),
                        "date_of_birth": Y(lambda f: f.date(2010, 2022), "birthdate"),
                    }
                ),
                3,
            ),
            "cot_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Accessibility Needs Updated",
        "web",
        2,
        {
            "booking_id": G(lambda f: f.digits(9)),
            "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
            "mobility_assistance": RED(lambda f: f.pick([True, False]), "disability"),
            "hearing_impaired": RED(lambda f: f.pick([True, False]), "disability"),
            "lower_bunk_requested": G(lambda f: f.pick([True, False])),
            "ground_floor_preferred": G(lambda f: f.pick([True, False])),
            "dietary_requirements": Y(
                lambda f: f.pick(
                    ["vegetarian", "vegan", "halal", "kosher", "gluten_free_coeliac", "none", "nut_allergy"]
                ),
                "religion|allergy",
            ),
        },
    ),
    (
        "track",
        "Trek Health Questionnaire Submitted",
        "web",
        3,
        {
            "booking_id": G(lambda f: f.digits(9)),
            "tour_id": G(lambda f: f.t[0]),
            "tour_name": G(lambda f: f.t[1]),
            "altitude_sickness_history": Y(lambda f: f.pick([True, False]), "condition"),
            "chronic_conditions": Many(
                Y(
                    lambda f: f.pick(["asthma", "type 1 diabetes", "hypertension", "epilepsy", "none"]),
                    "condition",
                ),
                2,
            ),
            "current_medications": Y(
                lambda f: f.pick(
                    ["salbutamol inhaler", "insulin", "none", "acetazolamide 125 mg", "sertraline 50mg"]
                ),
                "medication",
            ),
            "allergies": Y(
                lambda f: f.pick(["penicillin", "none", "bee stings", "peanuts", "ibuprofen"]), "allergy"
            ),
            "is_pregnant": Y(lambda f: f.pick([False, False, True]), "condition"),
            "heart_condition": Y(lambda f: f.pick([True, False]), "condition"),
            "blood_type": Y(lambda f: f.pick(["O+", "A+", "B-", "AB+", "O-"]), "condition"),
            "fitness_level": G(lambda f: f.pick(["beginner", "moderate", "fit", "very_fit"])),
            "days_acclimatised_in_cusco": G(lambda f: f.r.randint(0, 5)),
            "has_travel_insurance": G(lambda f: f.pick([True, False])),
            "insurance_provider": G(
                lambda f: f.pick(["World Nomads", "SafetyWing", "Allianz Travel", "Heymondo"])
            ),
            "insurance_policy_number": Y(
                lambda f: f.pick(["WN-", "SW", "ALZ", "HEY-"]) + f.digits(8), "identification"
            ),
            "insurance_emergency_line": G(
                lambda f: f.pick(["+1 844 207 1930", "+44 20 3880 9860", "+34 911 230 430"])
            ),
            "emergency_contact": {
                "name": Y(lambda f: f.o.full, "name"),
                "relationship": G(lambda f: f.pick(["mother", "father", "partner", "sister", "friend"])),
                "phone": Y(lambda f: f.o.phone_fmt, "phone"),
                "email": Opt(Y(lambda f: f.o.email, "email"), 0.5),
            },
        },
    ),
    (
        "track",
        "Ad Click Landed",
        "web",
        2,
        {
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.b62(60), "advertising id"), 0.6),
            "fbclid": Opt(Y(lambda f: "IwAR" + f.b62(50), "advertising id"), 0.5),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["inca_trail_2025", "summer_portugal", "vn_tet_deals"])),
            "landing_page": G(lambda f: f.pick(["/tours/inca-trail", "/en/hostels/lisboa", "/vi/ha-noi"])),
        },
    ),
    # ------------------------------------------------------------------ traveller app (swift / kotlin)
    (
        "screen",
        "Booking Details",
        "swift",
        4,
        {
            "booking_id": G(lambda f: f.digits(9)),
            "booking_reference": G(lambda f: f.booking_ref()),
            "hostel_name": G(lambda f: f.h[1]),
            "nights": G(lambda f: f.r.randint(1, 9)),
            "bed_label": G(lambda f: f.pick(["4A", "12B", "7 top", "3 bottom"])),
            "screen_class": G(lambda f: "BookingDetailViewController"),
        },
    ),
    (
        "track",
        "Online Check-in Completed",
        "swift",
        4,
        {
            "booking_id": G(lambda f: f.digits(9)),
            "document_type": G(lambda f: f.pick(["passport", "national_id"])),
            "passport_number": RED(lambda f: f.p.passport, "passport"),
            "passport_issuing_country": Y(lambda f: f.p.iso3, "citizenship"),
            "passport_expiry": G(lambda f: f.date_in(2026, 2034)),
            "nationality": Y(lambda f: f.p.nationality, "citizenship"),
            "date_of_birth": Y(lambda f: f.p.dob, "birthdate"),
            "gender": Y(lambda f: f.p.gender, "gender"),
            "full_name_on_passport": Y(
                lambda f: ascii_fold(f.p.first).upper() + " " + f.p.last.upper(), "name"
            ),
            "mrz": RED(lambda f: f.p.mrz(f), "passport"),
            "passport_photo_url": Y(
                lambda f: f"https://docs.mochila.travel/checkin/{f.uuid()}/passport.jpg", "photo"
            ),
            "selfie_url": Opt(
                Y(lambda f: f"https://docs.mochila.travel/checkin/{f.uuid()}/selfie.jpg", "photo"), 0.5
            ),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.71, 0.99), 3)),
            "passport_scanned": G(lambda f: True),
            "estimated_arrival": G(lambda f: f.pick(["13:00", "15:30", "22:45", "06:10"])),
            "arrival_flight": Opt(G(lambda f: f.pick(["LA2045", "VN 215", "TP1351", "H2 5431"])), 0.5),
            "home_address": Y(lambda f: f"{f.p.street}, {f.p.postcode} {f.p.city}", "address"),
            "next_destination": G(
                lambda f: f.pick(["Puno", "Arequipa", "Ninh Bình", "Sapa", "Porto", "Lagos", "La Paz"])
            ),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "kotlin",
        2,
        {
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + f.b62(23)),
            "description": Y(lambda f: f"{f.p.street}, {f.p.city}", "address"),
            "types": Many(G(lambda f: f.pick(["street_address", "premise", "route", "geocode"])), 2),
            "field": G(lambda f: "home_address"),
            "keystrokes": G(lambda f: f.r.randint(4, 30)),
        },
    ),
    (
        "track",
        "Locker Assigned",
        "swift",
        2,
        {
            "booking_id": G(lambda f: f.digits(9)),
            "locker_number": G(lambda f: f.r.randint(1, 80)),
            "locker_pin": RED(lambda f: f.digits(4), "secret"),
            "room": G(lambda f: f.pick(["Dorm 3", "Dorm 4", "Condor", "Sen", "Azulejo"])),
            "bed": G(lambda f: f.pick(["3A", "3B", "7 top", "12 bottom"])),
        },
    ),
    (
        "track",
        "Tour Booked",
        "kotlin",
        4,
        {
            "tour_id": G(lambda f: f.t[0]),
            "tour_name": G(lambda f: f.t[1]),
            "operator_name": G(lambda f: f.t[3]),
            "operator_phone": G(
                lambda f: f.pick(
                    ["+51 84 233 770", "+84 203 3846 618", "+351 912 000 441", "+51 984 120 330"]
                )
            ),
            "meeting_point": G(lambda f: f.mp[0]),
            "meeting_point_lat": G(lambda f: f.mp[1]),
            "meeting_point_lng": G(lambda f: f.mp[2]),
            "departure_date": G(lambda f: f.date_in(2025, 2025)),
            "travellers": G(lambda f: f.r.randint(1, 6)),
            "price": G(lambda f: f.t[4]),
            "currency": G(lambda f: f.t[5]),
            "deposit": G(lambda f: round(f.t[4] * 0.2, 2)),
            "pickup_hostel": G(lambda f: f.h[1]),
            "lead_traveller_name": Y(lambda f: f.p.full, "name"),
            "lead_traveller_email": Opt(Y(lambda f: f.p.email, "email"), 0.6),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "swift",
        2,
        {
            "contacts": Many(
                Each(
                    {
                        "label": G(
                            lambda f: f.pick(["Mum", "Dad", "Partner", "Mamá", "Irmã", "Best friend"])
                        ),
                        "value": Y(lambda f: f.pick([f.o.phone_fmt, f.o.phone_e164]), "phone", True),
                    }
                ),
                2,
            ),
            "contact_count": G(lambda f: f.r.randint(1, 2)),
            "source": G(lambda f: f.pick(["address_book", "manual"])),
        },
    ),
    (
        "track",
        "Saved Traveller Selected",
        "kotlin",
        2,
        {
            "traveller_id": G(lambda f: f.digits(7)),
            "label": Y(lambda f: f.o.full, "name", True),
            "position": G(lambda f: f.r.randint(0, 4)),
            "is_self": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Buddy Invited",
        "swift",
        2,
        {
            "trip_id": G(lambda f: f.uuid()),
            "invitee_email": Y(lambda f: f.o.email, "email"),
            "invitee_name": Y(lambda f: f.o.first, "name"),
            "invite_channel": G(lambda f: f.pick(["email", "whatsapp_link", "qr"])),
            "invites_sent": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Phone Verified",
        "kotlin",
        2,
        {
            "phone_number": Y(lambda f: f.p.phone_e164, "phone"),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        "kotlin",
        2,
        {
            "email_enabled": G(lambda f: f.pick([True, False])),
            "sms_enabled": G(lambda f: f.pick([True, False])),
            "whatsapp_enabled": G(lambda f: f.pick([True, False])),
            "push_enabled": G(lambda f: f.pick([True, False])),
            "quiet_hours_start": G(lambda f: f.pick(["22:00", "23:00", None])),
        },
    ),
    (
        "track",
        "Profile Updated",
        "swift",
        3,
        {
            "fields_changed": Many(G(lambda f: f.pick(["email", "phone", "avatar", "bio", "pronouns"])), 3),
            "email_verified": G(lambda f: f.pick([True, False])),
            "profile_completion": G(lambda f: round(f.r.uniform(0.2, 1), 2)),
            "avatar_url": Y(lambda f: f"https://img.mochila.travel/avatars/{f.hexid(20)}.jpg", "photo"),
            "bio": G(
                lambda f: f.pick(
                    [
                        "6 months through South America 🌎",
                        "Slow travel, cheap eats, big hikes",
                        "Surf + coffee",
                        "Backpacking SE Asia on a budget",
                    ]
                )
            ),
            "instagram": Opt(
                Y(
                    lambda f: (
                        "@" + ascii_fold(f.p.first) + f.pick(["_travels", ".wanders", "onthemove", "_abroad"])
                    ),
                    "name",
                ),
                0.6,
            ),
            "pronouns": Opt(Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"), 0.6),
            "home_city": Opt(Y(lambda f: f.p.city, "city"), 0.6),
        },
    ),
    (
        "track",
        "Subscription Started",
        "swift",
        2,
        {
            "product_id": G(lambda f: f.pick(["travel.mochila.plus.yearly", "travel.mochila.plus.monthly"])),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
            "price": G(lambda f: f.pick([2.99, 24.99])),
            "currency": G(lambda f: f.pick(["EUR", "USD", "GBP"])),
            "storefront": G(lambda f: f.pick(["PRT", "USA", "DEU", "GBR", "AUS"])),
            "is_trial": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, "kotlin", 2, {}),
    ("alias", None, "swift", 1, {}),
]

EVENTS += [
    # ------------------------------------------------------------------------ chat service (node)
    (
        "track",
        "Group Chat Message Sent",
        "node",
        5,
        {
            "chat_id": G(lambda f: "chat_" + f.hexid(12)),
            "group_name": G(
                lambda f: f.pick(
                    [
                        "Salkantay Trek 12 Jun",
                        "Casa Elena \u2013 Dorm 4",
                        "Ha Giang Loop crew",
                        "Lisboa pub crawl Fri",
                    ]
                )
            ),
            "message": G(lambda f: f.pick(CHAT_LINES)),
            "message_length": G(lambda f: f.r.randint(5, 140)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "attachment_type": Opt(G(lambda f: f.pick(["image", "location", "voice"])), 0.3),
            "sender_display_name": Y(
                lambda f: f.p.first + f.pick(["", " " + f.p.last[0] + ".", " 🇵🇪", " 🏄"]), "name"
            ),
            "mentions_count": G(lambda f: f.r.randint(0, 3)),
            "language": G(lambda f: f.pick(["en", "es", "pt", "vi", "he", "de"])),
        },
    ),
    (
        "track",
        "Off-Platform Contact Detected",
        "node",
        2,
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
            "detector_version": G(lambda f: f.pick(["contact-filter@3.2.0", "contact-filter@3.3.1"])),
            "matched_type": G(lambda f: f.pick(["phone", "email", "whatsapp"])),
            "excerpt": Y(lambda f: leak(f, CONTACT_LEAKS), "phone|email", True),
            "action": G(lambda f: f.pick(["masked", "warned", "blocked"])),
            "sender_role": G(lambda f: f.pick(["guest", "tour_operator"])),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        "node",
        3,
        {
            # Twilio's inbound webhook, relayed as-is
            "From": Y(lambda f: "whatsapp:" + f.p.phone_e164, "phone", True),
            "To": G(
                lambda f: f.pick(["whatsapp:+51987000111", "whatsapp:+351910000222", "whatsapp:+84908000333"])
            ),
            "Body": G(
                lambda f: f.pick(
                    [
                        "Hi! Can I check in late, around 11pm?",
                        "Is breakfast included?",
                        "Hola, ¿tienen camas para mañana?",
                        "Olá, têm cacifos?",
                        "Do you store bags after checkout?",
                    ]
                )
            ),
            "ProfileName": Y(lambda f: f.p.first + f.pick(["", " " + f.p.last]), "name"),
            "WaId": Y(lambda f: f.p.phone_e164.lstrip("+"), "phone", True),
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "NumMedia": G(lambda f: f.pick(["0", "0", "1"])),
            "SmsStatus": G(lambda f: "received"),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "API Request Failed",
        "node",
        2,
        {
            "method": G(lambda f: f.pick(["GET", "POST", "PATCH"])),
            "path": G(lambda f: f.pick(["/v2/bookings", "/v2/checkin", "/v2/tours/availability", "/v2/me"])),
            "status_code": G(lambda f: f.pick([401, 409, 422, 500, 502])),
            "duration_ms": G(lambda f: f.r.randint(12, 9000)),
            "error_code": G(
                lambda f: f.pick(["BED_UNAVAILABLE", "TOKEN_EXPIRED", "UPSTREAM_TIMEOUT", "VALIDATION"])
            ),
            "headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "user-agent": G(
                    lambda f: f.pick(
                        ["Mochila/4.2.0 (iPhone; iOS 17.4.1)", "okhttp/4.12.0", "Mochila/4.3.0 (Android 14)"]
                    )
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "x-forwarded-for": Y(
                    lambda f: f"{f.ipv4()}, 10.0.{f.r.randint(0, 9)}.{f.r.randint(2, 250)}", "ip"
                ),
            },
        },
    ),
    (
        "track",
        "Conversion Sent to Meta",
        "node",
        3,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "InitiateCheckout", "Lead"])),
            "event_id": G(lambda f: "evt_" + f.hexid(16)),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Opt(Y(lambda f: f.sha256(), "phone"), 0.6),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.b62(40)}", "advertising id"), 0.5),
                "client_ip_address": Y(lambda f: f.ip_any(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "external_id": G(lambda f: f.sha256()),
            },
            "custom_data": {
                "value": G(lambda f: f.money(10, 700)),
                "currency": G(lambda f: f.pick(["USD", "EUR", "PEN"])),
                "content_ids": Many(G(lambda f: f.pick([*TOUR_IDS, "CUZ01-DORM6M", "LIS01-DORM8M"])), 2),
                "content_type": G(lambda f: "product"),
            },
        },
    ),
    # ---------------------------------------------------------------------- payments (go, Stripe-shaped)
    (
        "track",
        "Deposit Paid",
        "go",
        4,
        {
            "booking_id": G(lambda f: f.digits(9)),
            "payment_intent_id": G(lambda f: "pi_3" + f.b62(23)),
            "payment_method_id": RED(lambda f: "pm_1" + f.b62(23), "token"),
            "amount": G(lambda f: f.r.randint(500, 50000)),
            "amount_received": G(lambda f: f.r.randint(500, 50000)),
            "currency": G(lambda f: f.pick(["usd", "eur", "pen"])),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "country": G(lambda f: f.pick(["DE", "GB", "US", "BR", "PE", "AU"])),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            },
            "billing_details": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Opt(Y(lambda f: f.p.phone_e164, "phone"), 0.5),
                "address": billing_address(),
            },
            "receipt_email": Y(lambda f: f.p.email, "email"),
            "three_d_secure": G(lambda f: f.pick(["authenticated", "attempt_acknowledged", "not_required"])),
            "risk_level": G(lambda f: f.pick(["normal", "elevated"])),
            "risk_score": G(lambda f: f.r.randint(0, 80)),
        },
    ),
    (
        "track",
        "Refund Issued",
        "go",
        2,
        {
            "refund_id": G(lambda f: "re_3" + f.b62(23)),
            "charge_id": G(lambda f: "ch_3" + f.b62(23)),
            "booking_id": G(lambda f: f.digits(9)),
            "amount": G(lambda f: f.r.randint(500, 50000)),
            "currency": G(lambda f: f.pick(["usd", "eur", "pen"])),
            "reason": G(lambda f: f.pick(["requested_by_customer", "duplicate", "trek_cancelled_weather"])),
        },
    ),
    (
        "track",
        "Card Payment Failed",
        "go",
        2,
        {
            "booking_id": G(lambda f: f.digits(9)),
            "decline_code": G(
                lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc"])
            ),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cvc": RED(lambda f: f.digits(f.pick([3, 3, 4])), "credit card"),
            "cardholder": Y(lambda f: f.p.full.upper(), "name"),
            "card_fingerprint_match": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "gateway": G(lambda f: f.pick(["legacy_pos_bridge", "culqi"])),
        },
    ),
    (
        "track",
        "Yape Payment Received",
        "node",
        2,
        {
            "operation_id": G(lambda f: f.digits(8)),
            "yape_phone": Y(lambda f: f.phone_local_pe(), "phone"),
            "payer_name": Y(lambda f: f.p.full, "name"),
            "approval_code": RED(lambda f: f.digits(6), "token"),
            "amount": G(lambda f: f.r.randint(3000, 90000)),
            "currency": G(lambda f: "PEN"),
            "culqi_token": RED(lambda f: "tkn_live_" + f.b62(16), "token"),
            "status": G(lambda f: f.pick(["approved", "pending", "rejected"])),
        },
    ),
    # ---------------------------------------------------------------- Vietnam backend (python)
    (
        "track",
        "VNPay Return",
        "python",
        3,
        {
            "vnp_Amount": G(lambda f: str(f.r.randint(12, 650) * 1000000)),
            "vnp_BankCode": G(lambda f: f.pick(["NCB", "VCB", "TCB", "VNPAYQR"])),
            "vnp_BankTranNo": G(lambda f: "VNP" + f.digits(8)),
            "vnp_OrderInfo": G(lambda f: "Thanh toan dat phong " + f.booking_ref()),
            "vnp_ResponseCode": G(lambda f: f.pick(["00", "24", "51"])),
            "vnp_TmnCode": G(lambda f: "MCHVN01"),
            "vnp_TransactionNo": G(lambda f: f.digits(8)),
            "vnp_TxnRef": G(lambda f: f.digits(10)),
            "vnp_SecureHash": G(lambda f: f.hexid(128)),
        },
    ),
    (
        "track",
        "Guest Registration Submitted",
        "python",
        4,
        {
            # khai báo tạm trú: the hostel declares foreign guests to the local police
            "ma_dat_phong": G(lambda f: f.booking_ref()),
            "ho_ten": Y(lambda f: ascii_fold(f.p.first).upper() + " " + ascii_fold(f.p.last).upper(), "name"),
            "ngay_sinh": Y(lambda f: "/".join(reversed(f.p.dob.split("-"))), "birthdate"),
            "gioi_tinh": Y(lambda f: {"female": "Nữ", "male": "Nam"}.get(f.p.gender, "Khác"), "gender"),
            "quoc_tich": Y(lambda f: f.p.iso3, "citizenship"),
            "so_dien_thoai": Opt(Y(lambda f: f.pick([f.p.phone_e164, f.phone_local_vn()]), "phone"), 0.6),
            "dia_chi_thuong_tru": Y(lambda f: f"{f.p.street}, {f.p.city}", "address"),
            "so_ho_chieu": RED(lambda f: f.p.passport, "passport"),
            "so_thi_thuc": Opt(RED(lambda f: "EV" + f.digits(9), "visa"), 0.6),
            "ngay_den": G(lambda f: f.date_in(2025, 2025)),
            "ngay_di": G(lambda f: f.date_in(2025, 2025)),
            "so_phong": G(lambda f: f.pick(["P201", "P305", "Dorm 2", "Dorm 6"])),
            "co_so_luu_tru": G(lambda f: f.pick([h[1] for h in HOSTELS if h[3] == "VN"])),
            "trang_thai": G(lambda f: f.pick(["da_gui", "cho_duyet", "loi"])),
        },
    ),
    (
        "track",
        "Motorbike Rental Signed",
        "python",
        3,
        {
            "rental_id": G(lambda f: "MB-" + f.digits(6)),
            "rider_name": Y(lambda f: f.p.full, "name"),
            "driving_permit_number": Y(lambda f: f.pick(["IDP ", ""]) + f.p.cc + f.digits(7), "license"),
            "plate_number": Y(
                lambda f: (
                    f"{f.r.randint(11, 99)}-{f.pick(['B1', 'G1', 'H1', 'K1'])} "
                    + f"{f.r.randint(100, 999)}.{f.r.randint(10, 99)}"
                ),
                "license",
            ),
            "frame_number": Y(
                lambda f: "RLHJC" + f.pick(["5", "6"]) + f.digits(2) + "X" + f.digits(8), "serial"
            ),
            "bike_model": G(
                lambda f: f.pick(["Honda XR150", "Honda Wave 110", "Yamaha Exciter 155", "Honda Blade"])
            ),
            "deposit_vnd": G(lambda f: f.pick([2000000, 3000000, 5000000])),
            "passport_held_as_deposit": G(lambda f: f.pick([True, False])),
            "rental_days": G(lambda f: f.r.randint(1, 7)),
            "easy_rider": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Refund Bank Details Added",
        "python",
        2,
        {
            "booking_reference": G(lambda f: f.booking_ref()),
            "account_number": RED(
                lambda f: f.pick(["0071", "1903", "0491"]) + f.digits(f.pick([6, 9, 10])), "bank account"
            ),
            "bank_name": G(lambda f: f.pick(["Vietcombank", "Techcombank", "MB Bank", "BIDV"])),
            "account_holder": Y(lambda f: ascii_fold(f.p.full).upper(), "name"),
            "amount_vnd": G(lambda f: f.r.randint(10, 300) * 10000),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "python",
        2,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "login_url": RED(
                lambda f: "https://www.mochila.travel/auth/magic?token=" + f.b62(43), "token", True
            ),
            "expires_in": G(lambda f: 900),
            "client": G(lambda f: f.pick(["web", "ios", "android"])),
        },
    ),
    (
        "track",
        "Email Event",
        "python",
        4,
        {
            # SendGrid event webhook, one track per event
            "email": Y(lambda f: f.p.email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.b62(22)),
            "sg_message_id": G(lambda f: f.b62(22) + ".filterdrecv-" + f.digits(5)),
            "smtp-id": G(lambda f: f"<{f.b62(22)}@geopod-ismtpd-{f.r.randint(1, 9)}>"),
            "category": Many(
                G(lambda f: f.pick(["booking_confirmation", "pre_arrival", "review_request"])), 2
            ),
            "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.6),
            "useragent": Opt(G(lambda f: f.pick(WEB_UAS)), 0.6),
            "url": Opt(
                G(
                    lambda f: f.pick(
                        ["https://www.mochila.travel/bookings", "https://www.mochila.travel/tours/inca-trail"]
                    )
                ),
                0.4,
            ),
            "template_name": G(lambda f: f.pick(["confirm_v7", "prearrival_v3", "review_v2"])),
        },
    ),
    (
        "identify",
        None,
        "python",
        3,
        {
            # nightly reverse-ETL sync from the warehouse
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.last, "name"),
            "PHONE_E164": Opt(Y(lambda f: f.p.phone_e164, "phone"), 0.7),
            "DATE_OF_BIRTH": Opt(Y(lambda f: f.p.dob, "birthdate"), 0.5),
            "EMAIL_SHA256": Y(lambda f: f.sha256(), "email"),
            "HOME_COUNTRY": G(lambda f: f.p.cc),
            "LIFETIME_BOOKINGS": G(lambda f: f.r.randint(1, 40)),
            "LIFETIME_VALUE_USD": G(lambda f: f.money(20, 4000)),
            "LAST_BOOKING_AT": G(lambda f: f.iso()),
            "IS_REPEAT_GUEST": G(lambda f: f.pick([True, False])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(["en", "es", "pt", "vi", "de"])),
        },
    ),
    (
        "group",
        None,
        "python",
        2,
        {
            # partner travel agencies
            "name": G(
                lambda f: f.pick(
                    [
                        "Inka Backpackers Travel SAC",
                        "Viet Vibes Travel JSC",
                        "Lusa Nomads Lda",
                        "Gringo Trail Agency",
                    ]
                )
            ),
            "industry": G(lambda f: "Travel agency"),
            "plan": G(lambda f: f.pick(["partner", "partner_plus"])),
            "website": G(
                lambda f: f.pick(
                    ["https://inkabackpackers.pe", "https://vietvibes.vn", "https://lusanomads.pt"]
                )
            ),
            "tax_id": G(lambda f: f.pick(["20" + f.digits(9), f.nif_pt_company(), "0" + f.digits(9)])),
            "support_email": G(
                lambda f: f.pick(
                    ["reservas@inkabackpackers.pe", "booking@vietvibes.vn", "geral@lusanomads.pt"]
                )
            ),
            "office_phone": G(lambda f: f.pick(["+51 84 221 908", "+84 28 3925 7788", "+351 213 460 220"])),
            "office_address": G(
                lambda f: f.pick(["Av. El Sol 812, Cusco", "22 Bùi Viện, Quận 1", "Rua do Ouro 88, Lisboa"])
            ),
            "contact_name": Y(lambda f: f.p.full, "name"),
            "contact_email": Y(lambda f: f.p.email, "email"),
            "contact_phone": Opt(Y(lambda f: f.p.phone_fmt, "phone"), 0.6),
            "country": G(lambda f: f.pick(["PE", "VN", "PT"])),
        },
    ),
    # --------------------------------------------------------------------- Peru backend (java, Spanish)
    (
        "track",
        "Solicitud Permiso Camino Inca",
        "java",
        4,
        {
            "reserva_id": G(lambda f: f.digits(9)),
            "ruta": G(
                lambda f: f.pick(
                    ["Camino Inca Clásico 4D", "Camino Inca Corto 2D", "Salkantay + Camino Inca 7D"]
                )
            ),
            "fecha_salida": G(lambda f: f.date_in(2025, 2025)),
            "operador": G(lambda f: f.pick(["Qhapaq Ñan Expeditions", "Andes Treks SAC"])),
            "numero_permiso": G(lambda f: "CI-2025-" + f.digits(6)),
            "pasajeros": Many(
                Each(
                    {
                        "nombre_completo": Y(lambda f: f.o.full, "name"),
                        "tipo_documento": G(lambda f: f.pick(["PASAPORTE", "DNI", "CE"])),
                        "numero_pasaporte": RED(lambda f: f.o.passport, "passport"),
                        "nacionalidad": Y(lambda f: f.o.nationality, "citizenship"),
                        "fecha_nacimiento": Y(lambda f: f.o.dob, "birthdate"),
                        "sexo": Y(lambda f: f.o.sex, "sex|gender"),
                        "edad": G(lambda f: f.r.randint(18, 60)),
                        "es_estudiante": G(lambda f: f.pick([True, False])),
                        "carne_estudiante": Opt(
                            Y(
                                lambda f: (
                                    "S "
                                    + f.digits(3)
                                    + " "
                                    + f.digits(3)
                                    + " "
                                    + f.digits(3)
                                    + " "
                                    + f.digits(3)
                                    + " "
                                    + f.pick("ABCDEFGHJ")
                                ),
                                "identification",
                            ),
                            0.4,
                        ),
                    }
                ),
                4,
            ),
            "porteadores_extra": G(lambda f: f.r.randint(0, 2)),
            "estado": G(lambda f: f.pick(["enviado", "aprobado", "rechazado"])),
        },
    ),
    (
        "track",
        "Comprobante Emitido",
        "java",
        3,
        {
            "tipo_comprobante": G(lambda f: f.pick(["boleta", "factura"])),
            "serie": G(lambda f: f.pick(["B001", "B002", "F001"])),
            "numero": G(lambda f: f.r.randint(1000, 99999)),
            "cliente": {
                "tipo_documento": G(lambda f: f.pick(["1", "7", "4"])),
                "numero_documento": RED(lambda f: f.id_doc(f.p), "passport|national id"),
                "nombres": Y(lambda f: f.p.first, "name"),
                "apellidos": Y(lambda f: f.p.last, "name"),
                "direccion": Opt(Y(lambda f: f.p.street, "address|street"), 0.5),
                "correo": Opt(Y(lambda f: f.p.email, "email"), 0.7),
                "telefono": Opt(Y(lambda f: f.pick([f.p.phone_fmt, f.phone_local_pe()]), "phone"), 0.5),
            },
            "monto_total": G(lambda f: round(f.r.uniform(30, 1200), 2)),
            "igv": G(lambda f: round(f.r.uniform(5, 200), 2)),
            "moneda": G(lambda f: f.pick(["PEN", "USD"])),
            "ruc_emisor": G(lambda f: "20" + f.digits(9)),
            "hash_cpe": G(lambda f: f.b62(28) + "="),
        },
    ),
    (
        "track",
        "Refund Requested",
        "java",
        2,
        {
            "booking_id": G(lambda f: f.digits(9)),
            "cci": RED(lambda f: f.cci_pe(), "bank account"),
            "bank": G(lambda f: f.pick(["BCP", "Interbank", "BBVA Perú", "Scotiabank"])),
            "account_holder": Y(lambda f: f.p.full, "name"),
            "amount": G(lambda f: f.r.randint(500, 50000)),
            "reason_text": G(
                lambda f: f.pick(
                    ["trek cancelled (weather)", "permit rejected", "duplicate booking", "changed plans"]
                )
            ),
        },
    ),
    # ------------------------------------------------------------- Portugal PMS (php, pt / kebab-case)
    (
        "track",
        "Boletim de Alojamento Enviado",
        "php",
        4,
        {
            "nome": Y(lambda f: f.p.first, "name"),
            "apelido": Y(lambda f: f.p.last, "name"),
            "data_nascimento": Y(lambda f: f.p.dob, "birthdate"),
            "local_nascimento": Y(lambda f: f.pick([f.p.city, f.person().city]), "city"),
            "nacionalidade": Y(lambda f: f.p.iso3, "citizenship"),
            "pais_residencia": G(lambda f: f.p.iso3),
            "tipo_documento": G(lambda f: f.pick(["P", "ID", "O"])),
            "numero_documento": RED(lambda f: f.id_doc(f.p), "passport|national id"),
            "pais_emissor_documento": Y(lambda f: f.p.iso3, "citizenship"),
            "data_entrada": G(lambda f: f.date_in(2025, 2025)),
            "data_saida": G(lambda f: f.date_in(2025, 2025)),
            "estabelecimento": G(lambda f: f.pick([h[1] for h in HOSTELS if h[3] == "PT"])),
            "numero_registo_al": G(lambda f: f"{f.r.randint(10000, 150000)}/AL"),
            "estado_envio": G(lambda f: f.pick(["aceite", "pendente", "erro_validacao"])),
        },
    ),
    (
        "track",
        "reservation-created",
        "php",
        4,
        {
            "reservation-id": G(lambda f: f.digits(7)),
            "guest-name": Y(lambda f: f.p.full, "name"),
            "guest-email": Y(lambda f: f.p.email, "email"),
            "guest-phone": Opt(Y(lambda f: f.p.phone_fmt, "phone"), 0.7),
            "check-in-date": G(lambda f: f.date_in(2025, 2025)),
            "check-out-date": G(lambda f: f.date_in(2025, 2025)),
            "room-type": G(lambda f: f.room[0]),
            "bed-id": G(lambda f: f.pick(["A1", "A2", "B4", "C7"])),
            "channel": G(lambda f: f.pick(["booking.com", "hostelworld", "direct", "airbnb"])),
            "channel-commission": G(lambda f: f.pick([0.15, 0.17, 0.0])),
            "nif-cliente": Opt(RED(lambda f: f.nif_pt(), "national id"), 0.3),
            "total-eur": G(lambda f: round(f.r.uniform(16, 400), 2)),
        },
    ),
    (
        "track",
        "Pagamento MB WAY Pedido",
        "php",
        3,
        {
            "telemovel": Y(lambda f: f.phone_local_pt(), "phone"),
            "valor": G(lambda f: round(f.r.uniform(16, 400), 2)),
            "referencia_pedido": G(lambda f: f.digits(9)),
            "estado": G(lambda f: f.pick(["pendente", "pago", "expirado"])),
        },
    ),
    (
        "track",
        "Multibanco Reference Generated",
        "php",
        2,
        {
            "entity": G(lambda f: f.pick(["21312", "11249", "12345"])),
            "reference": G(lambda f: f"{f.digits(3)} {f.digits(3)} {f.digits(3)}"),
            "amount_eur": G(lambda f: round(f.r.uniform(16, 400), 2)),
            "expires_on": G(lambda f: f.date_in(2025, 2025)),
        },
    ),
]

EVENTS += [
    # ------------------------------------------------------------------------ reviews (ruby)
    (
        "track",
        "Review Submitted",
        "ruby",
        4,
        {
            "review_id": G(lambda f: f.r.randint(100000, 999999)),
            "hostel_id": G(lambda f: f.h[0]),
            "booking_id": G(lambda f: f.digits(9)),
            "rating_overall": G(lambda f: round(f.r.uniform(5, 10), 1)),
            "ratings": {
                "cleanliness": G(lambda f: f.r.randint(5, 10)),
                "location": G(lambda f: f.r.randint(5, 10)),
                "staff": G(lambda f: f.r.randint(5, 10)),
            },
            "title": G(
                lambda f: f.pick(
                    ["Best hostel in Cusco", "Great vibes", "Good value", "Would stay again", "Noisy but fun"]
                )
            ),
            "body": G(lambda f: f.pick(REVIEWS)),
            "reviewer_display_name": Y(lambda f: f"{f.p.first} {f.p.last[0]}.", "name"),
            "reviewer_country": G(lambda f: f.p.cc),
            "reviewer_age_group": G(lambda f: f.pick(["18-24", "25-30", "31-40", "41+"])),
            "reviewer_gender": Opt(Y(lambda f: f.p.gender, "gender"), 0.6),
            "trip_type": G(lambda f: f.pick(["solo", "couple", "friends", "family"])),
            "language": G(lambda f: f.pick(["en", "es", "pt", "de", "fr"])),
            "moderation_status": G(lambda f: f.pick(["approved", "pending", "rejected"])),
        },
    ),
    (
        "track",
        "Review Reply Posted",
        "ruby",
        2,
        {
            "review_id": G(lambda f: f.r.randint(100000, 999999)),
            "reply_text": G(
                lambda f: f.pick(
                    [
                        "Thanks for staying with us!",
                        "¡Gracias! Vuelve pronto",
                        "Obrigado pela visita!",
                        "Cảm ơn bạn!",
                    ]
                )
            ),
            "responder_role": G(lambda f: f.pick(["manager", "reception"])),
            "responder_first_name": Y(lambda f: f.o.first, "name"),
            "hostel_id": G(lambda f: f.h[0]),
        },
    ),
    # ----------------------------------------------------------------- volunteers and staff (.NET)
    (
        "track",
        "Volunteer Application Submitted",
        "web",
        3,
        {
            "applicationId": G(lambda f: f.uuid()),
            "fullName": Y(lambda f: f.p.full, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "whatsAppNumber": Y(lambda f: f.p.phone_fmt, "phone"),
            "nationality": Y(lambda f: f.p.nationality, "citizenship"),
            "dateOfBirth": Y(lambda f: f.p.dob, "birthdate"),
            "languages": Many(
                G(lambda f: f.pick(["English", "Spanish", "Portuguese", "German", "Hebrew", "French"])), 3
            ),
            "preferredHostel": G(lambda f: f.h[0]),
            "availableFrom": G(lambda f: f.date_in(2025, 2025)),
            "availableWeeks": G(lambda f: f.pick([4, 6, 8, 12])),
            "rightToWorkInEu": RED(lambda f: f.pick([True, False]), "visa"),
            "needsVisaSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "instagramHandle": Opt(
                Y(lambda f: "@" + ascii_fold(f.p.first) + "." + ascii_fold(f.p.last.split(" ")[0]), "name"),
                0.6,
            ),
            "previousHostelExperienceYears": G(lambda f: f.r.randint(0, 4)),
            "motivation": G(
                lambda f: f.pick(
                    [
                        "I love meeting travellers and want to learn Spanish",
                        "Looking to stay longer in Portugal and surf",
                        "Experience in bar work, keen to help with events",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Volunteer Shift Scheduled",
        "dotnet",
        4,
        {
            "ShiftId": G(lambda f: f.r.randint(10000, 99999)),
            "HostelCode": G(lambda f: f.h[0]),
            "StaffMemberId": G(lambda f: "STF-" + f.digits(4)),
            "StaffFullName": Y(lambda f: f.p.full, "name"),
            "StaffPhone": Y(lambda f: f.p.phone_e164, "phone"),
            "Role": G(lambda f: f.pick(["Reception", "Bar", "Housekeeping", "Night shift", "Events"])),
            "ShiftStart": G(lambda f: f.iso()),
            "ShiftEnd": G(lambda f: f.iso()),
            "HoursPlanned": G(lambda f: f.pick([4, 5, 6, 8])),
            "HourlyStipendEur": Y(lambda f: f.pick([0, 3.5, 4.0, 5.25]), "salary"),
            "FreeBed": G(lambda f: True),
            "MealsIncluded": G(lambda f: f.pick([1, 2])),
            "SupervisorName": Y(lambda f: f.o.full, "name"),
        },
    ),
    (
        "track",
        "Staff Payout Processed",
        "dotnet",
        2,
        {
            "PayoutId": G(lambda f: f.uuid()),
            "StaffMemberId": G(lambda f: "STF-" + f.digits(4)),
            "PayPeriod": G(lambda f: f.pick(["2025-04", "2025-05", "2025-06"])),
            "GrossPayEur": Y(lambda f: round(f.r.uniform(80, 1100), 2), "salary"),
            "Iban": RED(lambda f: f.iban_any(), "bank account"),
            "Bic": G(lambda f: f.pick(["CGDIPTPL", "BCOMPTPL", "TOTAPTPL", "INGDDEFFXXX", "NWBKGB2L"])),
            "BankName": G(
                lambda f: f.pick(["Caixa Geral de Depósitos", "Millennium bcp", "Santander Totta", "ING"])
            ),
            "Nif": RED(lambda f: f.nif_pt(), "national id"),
            "PayoutStatus": G(lambda f: f.pick(["Paid", "Pending", "Failed"])),
        },
    ),
    # --------------------------------------------------------------------- staff app (react native)
    (
        "identify",
        None,
        "rn",
        2,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "role": G(lambda f: f.pick(["volunteer", "receptionist", "manager", "guide"])),
            "hostel_code": G(lambda f: f.h[0]),
            "employee_number": G(lambda f: "STF-" + f.digits(4)),
            "start_date": G(lambda f: f.date_in(2023, 2025)),
            "emergency_contact_phone": Y(lambda f: f.o.phone_e164, "phone"),
            "phone": Y(lambda f: f.p.phone_fmt, "phone"),
            "date_of_birth": Opt(Y(lambda f: f.p.dob, "birthdate"), 0.5),
            "home_address": Opt(Y(lambda f: f"{f.p.street}, {f.p.postcode} {f.p.city}", "address"), 0.5),
            "tshirt_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
        },
    ),
    (
        "track",
        "Shift Clocked In",
        "rn",
        4,
        {
            "shift_id": G(lambda f: f.r.randint(10000, 99999)),
            "hostel_code": G(lambda f: f.h[0]),
            "clocked_in_at": G(lambda f: f.iso()),
            "method": G(lambda f: f.pick(["qr", "geofence", "manual"])),
            "late_minutes": G(lambda f: f.r.randint(0, 25)),
            "position": {
                "lat": Y(lambda f: round(f.h[6] + f.r.uniform(-0.002, 0.002), 6), "geolocation"),
                "lng": Y(lambda f: round(f.h[7] + f.r.uniform(-0.002, 0.002), 6), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
        },
    ),
    (
        "track",
        "Guest Note Added",
        "rn",
        3,
        {
            "guest_id": G(lambda f: f.digits(8)),
            "booking_id": G(lambda f: f.digits(9)),
            "note": Y(lambda f: leak(f, GUEST_NOTE), "phone|email", True),
            "category": G(lambda f: f.pick(["arrival", "billing", "lost_and_found", "family"])),
            "author_staff_id": G(lambda f: "STF-" + f.digits(4)),
            "pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Airport Pickup Sign Created",
        "rn",
        2,
        {
            "pickup_id": G(lambda f: f.uuid()),
            "flight_number": G(lambda f: f.pick(["LA2045", "H2 5431", "VN 215", "TP1351", "FR 8354"])),
            "terminal": G(lambda f: f.pick(["T1", "T2", "Domestic", "International"])),
            "text": Y(
                lambda f: f.pick(["MOCHILA \u2013 ", "Mochila Hostels · ", ""]) + f.p.full.upper(),
                "name",
                True,
            ),
            "driver_name": Y(lambda f: f.o.full, "name"),
            "driver_phone": Y(lambda f: f.o.phone_fmt, "phone"),
            "vehicle_plate": Y(
                lambda f: f.pick(
                    [
                        f"{f.pick('ABCDEF')}{f.pick('ABCDEFG')}{f.pick('ABCDEFG')}-{f.digits(3)}",
                        f"51A-{f.digits(3)}.{f.digits(2)}",
                        f"{f.digits(2)}-{f.pick(['AB', 'RT', 'XZ'])}-{f.digits(2)}",
                    ]
                ),
                "license",
            ),
            "passengers": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # ----------------------------------------------------------------------- guides' app (flutter)
    (
        "track",
        "Checkpoint Reached",
        "flutter",
        4,
        {
            "trek_id": G(lambda f: f.pick(["T-INCA4", "T-SALK5"])),
            "departure_id": G(lambda f: "DEP-" + f.digits(6)),
            "checkpoint_name": G(lambda f: f.cp[0]),
            "checkpoint_lat": G(lambda f: f.cp[1]),
            "checkpoint_lng": G(lambda f: f.cp[2]),
            "altitude_m": G(lambda f: f.cp[3]),
            "arrived_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Altitude Check Logged",
        "flutter",
        4,
        {
            "trekker_id": G(lambda f: "usr_" + f.digits(8)),
            "checkpoint_name": G(lambda f: f.cp[0]),
            "spo2_percent": Y(lambda f: f.r.randint(78, 98), "condition"),
            "heart_rate_bpm": Y(lambda f: f.r.randint(62, 128), "condition"),
            "ams_symptoms": Many(
                Y(lambda f: f.pick(["headache", "nausea", "dizziness", "fatigue", "insomnia"]), "condition"),
                3,
            ),
            "lake_louise_score": Y(lambda f: f.r.randint(0, 9), "condition"),
            "cleared_to_continue": Y(lambda f: f.pick([True, True, False]), "condition"),
            "altitude_m": G(lambda f: f.cp[3]),
        },
    ),
    (
        "track",
        "SOS Alert Triggered",
        "flutter",
        2,
        {
            "alert_id": G(lambda f: f.uuid()),
            "trekker_id": G(lambda f: "usr_" + f.digits(8)),
            "trekker_name": Y(lambda f: f.p.full, "name"),
            "trekker_allergies": Opt(
                Y(lambda f: f.pick(["penicillin", "none", "sulfa drugs", "latex"]), "allergy"), 0.6
            ),
            "alert_type": G(lambda f: f.pick(["manual", "fall_detected", "geofence_exit"])),
            "guide_name": Y(lambda f: f.o.full, "name"),
            "guide_phone": Y(lambda f: f.o.phone_fmt, "phone"),
            "lat": Y(lambda f: round(f.cp[1] + f.r.uniform(-0.01, 0.01), 6), "geolocation"),
            "lng": Y(lambda f: round(f.cp[2] + f.r.uniform(-0.01, 0.01), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 120)),
            "battery_pct": G(lambda f: f.r.randint(4, 100)),
            "satellite_device_imei": Y(lambda f: f.luhn_complete("30" + f.digits(12)), "serial"),
        },
    ),
    (
        "track",
        "Roll Call Completed",
        "flutter",
        2,
        {
            "departure_id": G(lambda f: "DEP-" + f.digits(6)),
            "present_count": G(lambda f: f.r.randint(4, 16)),
            "absent_names": Many(Each(Y(lambda f: f.o.full, "name")), 2),
            "checked_by_guide_id": G(lambda f: "GD-" + f.digits(3)),
            "checkpoint_name": G(lambda f: f.cp[0]),
        },
    ),
]


def message(f: HFake, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    f.p, f.o = f.person(), f.person()
    f.h, f.room, f.t = f.pick(HOSTELS), f.pick(ROOMS), f.pick(TOURS)
    f.mp, f.cp = f.pick(MEETING_POINTS), f.pick(CHECKPOINTS)
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client not in ("web",) else "ajs-next-" + f.hexid(32),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": "usr_" + f.digits(8),
    }
    if client in ("rn",):
        msg["userId"] = "STF-" + f.digits(4)
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "agency_" + f.digits(5)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if kind != "alias":
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(f, client), f, "context", labels)
    return msg


def build(seed: int, rounds: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(rounds):
        for kind, event, client, weight, body in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, event, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=239, rounds=10)
    write(Path(__file__).parent, "holdout239_", events, labels)
