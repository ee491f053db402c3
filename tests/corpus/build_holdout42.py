"""Writes holdout42: tests/corpus/holdout42_events.jsonl and holdout42_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py (for the
format) only, without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and without running the engine on these events. Nothing here is tuned to it.

Domain: trains, buses and activities in Europe, Japan and India.
- RailGo, rail and bus tickets: identify with railcards, journey search, fare selection,
  passenger details (railcards, student discount ids, ID documents that Renfe/Trenitalia-style
  operators require), seat reservations, e-tickets with signed barcode payloads, ticket
  inspection, refunds to IBAN and UPI, accessibility assistance booking, bus tickets with pets,
  Twilio SMS webhooks, a Japanese-language shinkansen backend (Japanese keys), a Japanese flutter
  app (romanised Japanese keys), an Indian backend with Hindi-romanised keys, a driver-shift app.
- Klookly, tours and activities: bookings with participants (names, ages, passports), lead
  travellers, emergency contacts, pickup hotels, dependants, health declarations for dives and
  paragliding, guide chat messages, reviews, a kebab-case supplier channel-manager webhook,
  SendGrid event webhooks, B2B agency group calls, supplier API key rotation.
- CityCar, city car sharing: licence checks (a .NET PascalCase backend, a Veriff-shaped
  decision webhook), trips with the user's start/end positions, nearby fleet cars, damage
  reports, payment methods, and an Italian regional backend (Italian keys: codice fiscale,
  patente, multe).
- Shared: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
  analytics_flutter and python/node/go/java/ruby/php/.NET server contexts (context.ip,
  context.traits, device, app, library, locale, userAgent, campaign, location), page/screen/
  group/alias calls, e-commerce spec events, a warehouse (reverse-ETL) identify in
  SCREAMING_SNAKE, AppsFlyer-shaped install attribution, a back-office search tool.

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET, Twilio),
kebab-case (supplier webhook), SCREAMING_SNAKE (warehouse) and Japanese (kanji/katakana and
romanised), Hindi-romanised and Italian keys. Values are fake but valid-looking for many
countries: Luhn card numbers (Visa, Mastercard, Amex, JCB, RuPay), mod-97 IBANs (IT, DE, FR, ES,
NL), Aadhaar numbers with a Verhoeff check digit, codici fiscali with their check letter, PESEL
and Swedish personnummer with checksums, DNI/NIE with check letters, DVLA licence numbers,
national phone formats (IN, JP, IT, DE, FR, ES, GB, NL, PL, CH, SE, US ...).

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the user, a passenger, a participant, a dependant,
  an emergency contact, a recipient, or staff (guides, drivers, inspectors, support agents).
  Colour and type are the reference's default matcher (name, email, phone, address|street, city,
  zipcode, birthdate, gender, citizenship, license, identification, certificate, photo, ip,
  passport, token, password, credit card, condition, medication, disability, religion ...);
  outside the table: geolocation and advertising id yellow; secret, bank account, national id red.
- Green: ids we issue (order, booking, PNR, ticket, voucher, trip, user, device ids), SKUs,
  versions, timestamps, amounts, counters, booleans and enums under PII-sounding keys
  (`emailVerified`, `aadhaar_linked`, `licenceVerified`), ages, stations, trains, hotels (name,
  address and coordinates of a hotel are the hotel's, not the guest's), searched destinations,
  products, companies (a company's name, address and VAT number), pets, fleet cars (plate, VIN,
  the cars' positions on the map), photos of a damaged car, country, state/province/prefecture,
  locale, timezone, currency, user agents, OS-issued device ids (IDFV, Android id). Card brand,
  last four, masked PAN, BIN and expiry are green; IFSC, BIC and sort codes identify a bank: green.
  A company sender number (Twilio `From`) is the company's: green.
- A boolean or enum that itself discloses a special category is PII of that category, red
  (`wheelchair_user`, `is_pregnant`, an assistance type). Undecidable cases, resolved as a
  careful privacy owner would want them flagged: an enum where some values disclose a special
  category (a railcard type list that includes the Disabled Persons Railcard, an IRCTC meal
  choice that includes the Jain meal) is labelled as that category, red, value_only false (the
  field as a whole is the disclosure). A third-party membership or discount number that
  identifies its holder (BahnCard/railcard number, ISIC student card) is yellow identification.
  A signed e-ticket barcode payload and a magic-login link are bearer credentials: red token.
  A diving certification number is yellow certificate. A UPI VPA is a payment account: red
  bank account. A hashed e-mail sent for ad matching is still the person's e-mail: yellow email.
  An ID document number that may be a national id or a passport is `national id|passport`.
- value_only is true when the key is neutral or generic (`value`, `label`, `text`, `q`,
  `Body`, `description`, `recipient`, `login_link`, `assistance.note`) and only the value tells;
  such a PII path carries that PII in every value. Free text is labelled by what every value
  carries, green when none does (review bodies, refund comments, special requests, gift messages).
"""

import base64
import json
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and documents -------------------------------------------------------------------

GIVEN = {
    "IN": ["Aarav", "Ananya", "Vihaan", "Diya", "Arjun", "Ishita", "Rohan", "Kavya", "Gurpreet", "Lakshmi"],
    "JP": ["Haruto", "Yui", "Ren", "Aoi", "Kenji", "Sakura", "Takumi", "Misaki", "Hiroto", "Hina"],
    "IT": ["Giulia", "Lorenzo", "Francesca", "Matteo", "Chiara", "Alessandro", "Sofia", "Davide"],
    "DE": ["Lukas", "Hannah", "Jonas", "Lea", "Felix", "Marie", "Jürgen", "Sabine"],
    "FR": ["Camille", "Louis", "Léa", "Hugo", "Chloé", "Théo", "Manon", "Gabriel"],
    "ES": ["Lucía", "Hugo", "Martina", "Pablo", "Carmen", "Álvaro", "Paula", "Javier"],
    "GB": ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Callum", "Niamh"],
    "NL": ["Daan", "Emma", "Sem", "Tess", "Bram", "Fenna"],
    "PL": ["Jakub", "Zuzanna", "Kacper", "Małgorzata", "Wojciech", "Agnieszka"],
    "CN": ["Wei", "Xiu Ying", "Hao", "Li Na", "Jun", "Mei Lin"],
    "KR": ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon"],
    "NG": ["Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Emeka"],
    "AR": ["Omar", "Fatima", "Youssef", "Layla", "Karim", "Nour"],
    "TR": ["Emre", "Elif", "Burak", "Zeynep", "Mehmet"],
    "BR": ["João", "Ana Clara", "Gabriel", "Beatriz", "Rafael"],
    "SE": ["Elsa", "Nils", "Astrid", "Erik", "Saga"],
    "US": ["Madison", "Tyler", "Jasmine", "Brandon", "Kayla"],
}
FAMILY = {
    "IN": ["Sharma", "Iyer", "Patel", "Reddy", "Singh", "Nair", "Banerjee", "Qureshi", "Deshpande", "Menon"],
    "JP": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kato"],
    "IT": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "De Luca"],
    "DE": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker"],
    "FR": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard"],
    "ES": ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez"],
    "GB": ["Smith", "Jones", "Taylor", "Brown", "Evans", "O'Connor", "Walker"],
    "NL": ["de Jong", "Jansen", "van den Berg", "Bakker", "Visser"],
    "PL": ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński"],
    "CN": ["Wang", "Li", "Zhang", "Liu", "Chen"],
    "KR": ["Kim", "Lee", "Park", "Choi", "Jung"],
    "NG": ["Okafor", "Adeyemi", "Eze", "Balogun", "Okonkwo"],
    "AR": ["Haddad", "Al-Sayed", "Mansour", "Khalil", "Nasser"],
    "TR": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"],  # noqa: RUF001 (Turkish dotless i)
    "BR": ["Silva", "Santos", "Oliveira", "Souza", "Costa"],
    "SE": ["Andersson", "Johansson", "Lindqvist", "Nilsson"],
    "US": ["Johnson", "Williams", "Miller", "Davis", "Rodriguez"],
}
EU = ["IT", "DE", "FR", "ES", "GB", "NL", "PL", "SE"]
WORLD = list(GIVEN)
JP_FAMILY = [
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("渡辺", "ワタナベ"),
    ("伊藤", "イトウ"),
    ("山本", "ヤマモト"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
]
JP_GIVEN = [
    ("陽翔", "ハルト"),
    ("結衣", "ユイ"),
    ("蓮", "レン"),
    ("葵", "アオイ"),
    ("健二", "ケンジ"),
    ("さくら", "サクラ"),
    ("拓海", "タクミ"),
    ("美咲", "ミサキ"),
    ("陽菜", "ヒナ"),
]
JP_AREAS = [
    "東京都渋谷区神宮前",
    "東京都新宿区西新宿",
    "大阪府大阪市北区梅田",
    "京都府京都市東山区祇園町南側",
    "神奈川県横浜市中区山下町",
    "北海道札幌市中央区北一条西",
    "福岡県福岡市博多区博多駅前",
    "愛知県名古屋市中村区名駅",
]
MAIL = {
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "JP": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "hotmail.it"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
}
DEFAULT_MAIL = ["gmail.com", "outlook.com", "icloud.com", "yahoo.com", "proton.me"]
CITIES = {
    "IT": ["Milano", "Roma", "Torino", "Napoli", "Bologna", "Firenze"],
    "DE": ["Berlin", "München", "Hamburg", "Köln", "Leipzig"],
    "FR": ["Paris", "Lyon", "Marseille", "Lille", "Bordeaux"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"],
    "GB": ["London", "Manchester", "Leeds", "Bristol", "Glasgow"],
    "NL": ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag"],
    "PL": ["Warszawa", "Kraków", "Gdańsk", "Wrocław"],
    "SE": ["Stockholm", "Göteborg", "Malmö", "Uppsala"],
    "IN": ["Mumbai", "New Delhi", "Bengaluru", "Chennai", "Pune", "Kolkata", "Jaipur"],
    "JP": ["Tokyo", "Osaka", "Kyoto", "Yokohama", "Sapporo", "Fukuoka"],
}
EU_STATIONS = [
    "Milano Centrale",
    "Roma Termini",
    "Firenze S.M.N.",
    "Paris Gare de Lyon",
    "Berlin Hbf",
    "München Hbf",
    "Amsterdam Centraal",
    "Bruxelles-Midi",
    "Madrid Puerta de Atocha",
    "Barcelona Sants",
    "London St Pancras",
    "Wien Hbf",
    "Zürich HB",
]
OPERATORS = ["Trenitalia", "Italo", "SNCF", "DB", "Eurostar", "Renfe", "ÖBB", "SBB", "NS", "FlixBus"]
IN_STATIONS = ["NDLS", "MMCT", "SBC", "MAS", "HWH", "PUNE", "ADI", "JP", "LKO", "BPL"]
IN_TRAINS = [
    ("12951", "Mumbai Rajdhani"),
    ("12002", "Bhopal Shatabdi"),
    ("22436", "Vande Bharat Express"),
    ("12124", "Deccan Queen"),
    ("12213", "Duronto Express"),
    ("12628", "Karnataka Express"),
]
JP_STATIONS = ["東京", "新大阪", "京都", "名古屋", "博多", "広島", "仙台", "新横浜", "金沢"]
JP_TRAINS = ["のぞみ", "ひかり", "こだま", "はやぶさ", "さくら", "みずほ", "かがやき"]
ACTIVITIES = [
    ("ACT-JP-0192", "Mt Fuji & Hakone Day Tour from Tokyo", "Tokyo"),
    ("ACT-IN-0077", "Taj Mahal Sunrise Tour from Delhi", "Agra"),
    ("ACT-IT-0311", "Colosseum Underground Guided Tour", "Rome"),
    ("ACT-IT-0108", "Vatican Museums Skip-the-Line", "Rome"),
    ("ACT-JP-0044", "Kyoto Tea Ceremony in a Machiya", "Kyoto"),
    ("ACT-JP-0520", "Okinawa Discover Scuba Dive", "Okinawa"),
    ("ACT-IN-0231", "Jaipur Hot Air Balloon Ride", "Jaipur"),
    ("ACT-CH-0019", "Interlaken Tandem Paragliding", "Interlaken"),
    ("ACT-IT-0450", "Amalfi Coast Small-Group Boat Trip", "Positano"),
    ("ACT-ES-0087", "Sagrada Família Fast-Track Tour", "Barcelona"),
]
HOTELS = [
    ("Park Hyatt Tokyo", "3-7-1-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo", 35.6856, 139.6907),
    ("Hotel Gracery Shinjuku", "1-19-1 Kabukicho, Shinjuku-ku, Tokyo", 35.6951, 139.7020),
    ("The Oberoi New Delhi", "Dr Zakir Hussain Marg, New Delhi 110003", 28.5918, 77.2400),
    ("ITC Rajputana", "Palace Road, Gopalbari, Jaipur 302006", 26.9196, 75.7950),
    ("Hotel Artemide", "Via Nazionale 22, 00184 Roma", 41.9008, 12.4934),
    ("Hotel Granvia Kyoto", "JR Kyoto Station, Karasuma Chuo-guchi, Kyoto", 34.9858, 135.7588),
    ("Hotel Santa Lucia", "Via Partenope 46, 80121 Napoli", 40.8313, 14.2474),
    ("Hotel Arts Barcelona", "Carrer de la Marina 19-21, 08005 Barcelona", 41.3870, 2.1966),
]
CARS = [
    "Fiat 500e",
    "Renault Zoe",
    "VW ID.3",
    "BMW i3",
    "smart EQ fortwo",
    "Toyota Yaris Hybrid",
    "Nissan Leaf",
]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_upper(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if c.isascii() and c.isalpha()).upper()


def _verhoeff_digit(number: str) -> str:
    d = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    p = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    return str(inv[c])


# Codice fiscale check character: the values of characters in odd positions (even ones count as 0-25).
CF_ODD_VALUES = [
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
]
CF_ODD_VALUES += [12, 14, 16, 10, 22, 25, 24, 23]
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", CF_ODD_VALUES, strict=True))
COMUNI = ["F205", "H501", "L219", "F839", "A944", "D612", "G273", "L736"]


class F(Fake):
    """Fake, plus the countries, documents and formats this domain needs."""

    def country(self, pool=None):
        return self.pick(pool or WORLD)

    def given(self, cc=None):
        return self.pick(GIVEN[cc or self.country()])

    def family(self, cc=None):
        return self.pick(FAMILY[cc or self.country()])

    def person(self, cc=None):
        cc = cc or self.country()
        return f"{self.given(cc)} {self.family(cc)}"

    def eu_person(self):
        return self.person(self.pick(EU))

    def jp_name(self):
        (fk, _), (gk, _) = self.pick(JP_FAMILY), self.pick(JP_GIVEN)
        return f"{fk} {gk}"

    def jp_kana(self):
        (_, fk), (_, gk) = self.pick(JP_FAMILY), self.pick(JP_GIVEN)
        return f"{fk} {gk}"

    def mail(self, cc=None):
        cc = cc or self.country()
        g = ascii_upper(self.given(cc)).lower()
        fam = ascii_upper(self.family(cc)).lower()
        local = self.pick(
            [
                f"{g}.{fam}",
                f"{g}{fam[:1]}{self.r.randint(1, 99)}",
                f"{fam}.{g}",
                f"{g}_{fam}{self.r.randint(70, 99)}",
            ]
        )
        return f"{local}@{self.pick(MAIL.get(cc, DEFAULT_MAIL))}"

    def tel(self, cc=None):
        cc = cc or self.pick(["IN", "JP", "IT", "DE", "FR", "ES", "GB", "NL", "PL", "CH", "SE", "US"])
        d = self.digits
        if cc == "IN":
            m = self.pick(["98", "97", "96", "99", "88", "70", "63", "81"]) + d(8)[:8]
            return self.pick([f"+91 {m[:5]} {m[5:]}", f"0{m}", f"+91{m}", f"+91-{m}"])
        if cc == "JP":
            a, b = d(4), d(4)
            return self.pick([f"090-{a}-{b}", f"080-{a}-{b}", f"+81 70-{a}-{b}", f"03-{a}-{b}"])
        if cc == "IT":
            p = self.pick(["347", "333", "320", "349", "366"])
            return self.pick([f"+39 {p} {d(3)} {d(4)}", f"{p} {d(7)}", f"+39{p}{d(7)}"])
        if cc == "DE":
            return self.pick([f"+49 151 {d(8)}", f"0171 {d(7)}", f"+49 (0)160 {d(7)}"])
        if cc == "FR":
            pairs = " ".join(f"{self.r.randint(0, 99):02d}" for _ in range(4))
            return self.pick([f"06 {pairs}", f"+33 7 {pairs}"])
        if cc == "ES":
            return f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}"
        if cc == "GB":
            return self.pick([f"07700 900{self.r.randint(0, 999):03d}", f"+44 7911 {d(6)}"])
        if cc == "NL":
            return self.pick([f"06-{d(8)}", f"+31 6 {d(8)}"])
        if cc == "PL":
            return f"+48 {self.pick(['601', '512', '698'])} {d(3)} {d(3)}"
        if cc == "CH":
            return f"+41 79 {d(3)} {d(2)} {d(2)}"
        if cc == "SE":
            return f"070-{d(3)} {d(2)} {d(2)}"
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash"]))

    def addr(self, cc=None):
        cc = cc or self.pick(["IT", "DE", "FR", "ES", "GB", "NL", "IN", "JP"])
        n = self.r.randint(1, 180)
        if cc == "IT":
            return f"Via {self.pick(['Roma', 'Garibaldi', 'Dante Alighieri', 'Torino', 'Mazzini'])} {n}"
        if cc == "DE":
            return f"{self.pick(['Hauptstraße', 'Bahnhofstraße', 'Goethestraße', 'Schillerstr.'])} {n}"
        if cc == "FR":
            return f"{n} rue {self.pick(['de Rivoli', 'Victor Hugo', 'des Lilas', 'Pasteur', 'de la Paix'])}"
        if cc == "ES":
            street = self.pick(["Calle Mayor", "Calle de Alcalá", "Gran Vía", "Calle del Carmen"])
            return f"{street} {n}, {self.r.randint(1, 8)}º"
        if cc == "GB":
            return f"{n} {self.pick(['High Street', 'Station Road', 'Church Lane', 'Victoria Road'])}"
        if cc == "NL":
            return f"{self.pick(['Prinsengracht', 'Kerkstraat', 'Dorpsstraat', 'Molenweg'])} {n}"
        if cc == "IN":
            flat = f"Flat {self.r.randint(101, 1204)}"
            soc = self.pick(["Shanti Apartments", "Lokhandwala Complex", "Prestige Lakeside", "DLF Phase 3"])
            return f"{flat}, {soc}, {self.pick(['Andheri West', 'Koramangala', 'Sector 15', 'Salt Lake'])}"
        return self.jp_addr()

    def jp_addr(self):
        a = f"{self.pick(JP_AREAS)}{self.r.randint(1, 5)}-{self.r.randint(1, 30)}-{self.r.randint(1, 20)}"
        return a + self.pick(["", " グランドメゾン301号", " コーポ桜 102", ""])

    def postcode(self, cc=None):
        cc = cc or self.pick(["IT", "DE", "FR", "ES", "GB", "NL", "IN", "JP"])
        if cc == "GB":
            out = self.pick(["SW1A", "EC1V", "M1", "B33", "LS6", "EH8", "G12", "BS8", "NW3"])
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            return f"{out} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"
        if cc == "NL":
            letters = "ABCDEGHJKLMNPRSTVWXZ"
            return f"{self.r.randint(1000, 9999)} {self.pick(letters)}{self.pick(letters)}"
        if cc == "IN":
            return f"{self.r.randint(1, 8)}{self.r.randint(10000, 99999)}"
        if cc == "JP":
            return f"{self.r.randint(100, 999)}-{self.r.randint(0, 9999):04d}"
        return f"{self.r.randint(1000, 98999):05d}"

    def city_of(self, cc=None):
        return self.pick(CITIES[cc or self.pick(list(CITIES))])

    def dob(self, start=1950, end=2006):
        y, m, day = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick([f"{y}-{m:02d}-{day:02d}", f"{day:02d}/{m:02d}/{y}", f"{y}/{m:02d}/{day:02d}"])

    def day(self, year=2024):
        return f"{year}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def hhmm(self):
        return f"{self.r.randint(5, 22):02d}:{self.pick(['00', '05', '15', '22', '30', '41', '50'])}"

    def upper(self, n):
        return "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def alnum(self, n):
        return "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))

    # documents

    def aadhaar(self):
        body = str(self.r.randint(2, 9)) + self.digits(11)[:10]
        n = body + _verhoeff_digit(body)
        return self.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}"])

    def pan(self):
        return self.upper(3) + "P" + self.upper(1) + self.digits(4) + self.upper(1)

    def codice_fiscale(self):
        def part(word, first_name):
            w = ascii_upper(word)
            cons = [c for c in w if c not in "AEIOU"]
            vow = [c for c in w if c in "AEIOU"]
            if first_name and len(cons) >= 4:
                return cons[0] + cons[2] + cons[3]
            return ("".join(cons + vow) + "XXX")[:3]

        female = self.r.random() < 0.5
        y, m, day = self.r.randint(1950, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        body = (
            part(self.family("IT"), False)
            + part(self.given("IT"), True)
            + f"{y % 100:02d}"
            + "ABCDEHLMPRST"[m - 1]
            + f"{day + (40 if female else 0):02d}"
            + self.pick(COMUNI)
        )
        total = 0
        for i, c in enumerate(body):
            total += CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
        return body + chr(65 + total % 26)

    def pesel(self):
        y, m, day = self.r.randint(1950, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{day:02d}{self.r.randint(0, 9999):04d}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return body + str((10 - sum(int(c) * k for c, k in zip(body, w, strict=True)) % 10) % 10)

    def personnummer(self):
        y, m, day = self.r.randint(1950, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        full = self.luhn_complete(f"{y % 100:02d}{m:02d}{day:02d}{self.r.randint(0, 999):03d}")
        return f"{full[:6]}-{full[6:]}"

    def dni(self):
        n = self.r.randint(10_000_000, 99_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self):
        k, n = self.r.randint(0, 2), self.r.randint(1_000_000, 9_999_999)
        return f"{'XYZ'[k]}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(f'{k}{n}') % 23]}"

    def national_id(self):
        return self.pick(
            [self.codice_fiscale, self.dni, self.nie, self.pesel, self.personnummer, self.aadhaar]
        )()

    def passport(self):
        kind = self.pick(["DE", "IT", "JP", "IN", "GB", "FR", "US", "ES"])
        return {
            "DE": "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
            "IT": self.upper(2) + self.digits(7),
            "JP": self.pick(["TK", "TZ", "MU", "TR"]) + self.digits(7),
            "IN": self.upper(1) + self.digits(7),
            "GB": self.digits(9),
            "FR": f"{self.r.randint(10, 99)}{self.upper(2)}{self.digits(5)}",
            "US": self.digits(9),
            "ES": "PA" + self.upper(1) + self.digits(6),
        }[kind]

    def dvla(self):
        sur = (ascii_upper(self.family("GB")) + "99999")[:5]
        y, m, day = self.r.randint(1950, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        m += 50 if self.r.random() < 0.5 else 0
        initials = ascii_upper(self.given("GB"))[:1] + self.pick(["9", ascii_upper(self.given("GB"))[:1]])
        return f"{sur}{(y // 10) % 10}{m:02d}{day:02d}{y % 10}{initials}9{self.alnum(2)}"

    def licence(self):
        kind = self.pick(["GB", "IT", "DE", "JP", "FR", "ES", "IN"])
        return {
            "GB": self.dvla,
            "IT": lambda: self.upper(2) + self.digits(7) + self.upper(1),
            "DE": lambda: "B" + self.digits(3) + self.alnum(6) + self.digits(1),
            "JP": lambda: self.digits(12),
            "FR": lambda: self.digits(12),
            "ES": self.dni,
            "IN": lambda: (
                f"{self.pick(['MH12', 'KA03', 'DL04', 'TN09'])} {self.r.randint(2005, 2023)}{self.digits(7)}"
            ),
        }[kind]()

    def iban_any(self, cc=None):
        cc = cc or self.pick(["IT", "DE", "FR", "ES", "NL"])
        if cc == "IT":
            bban = self.upper(1) + self.digits(10) + self.digits(12)
        elif cc == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO"]) + self.digits(10)
        elif cc == "FR":
            bban = self.digits(10) + self.alnum(11) + self.digits(2)
        elif cc == "ES":
            bban = self.digits(20)
        else:
            bban = self.digits(18)
        numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
        raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def card_any(self):
        prefix, length = self.pick(
            [
                ("4", 16),
                ("53", 16),
                ("2221", 16),
                ("37", 15),
                ("3528", 16),
                ("3566", 16),
                ("6521", 16),
                ("6070", 16),
            ]
        )
        return self.luhn_complete(prefix + self.digits(length - len(prefix) - 1))

    def upi(self):
        g = ascii_upper(self.given("IN")).lower()
        handle = self.pick(["okicici", "oksbi", "ybl", "paytm", "okhdfcbank", "axl"])
        return self.pick(
            [f"{g}.{ascii_upper(self.family('IN')).lower()}@{handle}", f"{self.digits(10)}@{handle}"]
        )

    def ifsc(self):
        return self.pick(["SBIN", "HDFC", "ICIC", "UTIB", "KKBK"]) + "0" + self.digits(6)

    def ticket_barcode(self):
        blob = bytes(self.r.getrandbits(8) for _ in range(self.r.randint(90, 140)))
        return "#UT01" + self.pick(["1080", "3076", "1184"]) + "00001" + base64.b64encode(blob).decode()

    def plate(self):
        kind = self.pick(["IT", "DE", "ES", "JP"])
        if kind == "IT":
            return f"{self.upper(2)} {self.digits(3)}{self.upper(2)}"
        if kind == "DE":
            return f"{self.pick(['M', 'B', 'HH', 'K'])}-CC {self.r.randint(100, 9999)}"
        if kind == "ES":
            return f"{self.digits(4)} {self.upper(3)}"
        office, kana = self.pick(["品川", "練馬", "横浜"]), self.pick(["さ", "わ", "れ"])
        return f"{office} 500 {kana} {self.r.randint(10, 99)}-{self.r.randint(10, 99)}"

    def pos_city(self):
        """A point in one of the cities where CityCar operates, to 6 decimals."""
        lat, lon = self.pick(
            [(45.4642, 9.19), (41.9028, 12.4964), (45.0703, 7.6869), (52.52, 13.405), (40.4168, -3.7038)]
        )
        return round(lat + self.r.uniform(-0.05, 0.05), 6), round(lon + self.r.uniform(-0.07, 0.07), 6)

    def b64json(self, obj):
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


# -- contexts of the client libraries --------------------------------------------------------------

BRAND_WEB = {
    "railgo": ("https://www.railgo.eu", ["/", "/search", "/checkout/passengers", "/my-trips", "/assistance"]),
    "klookly": (
        "https://www.klookly.com",
        ["/", "/en-GB/activity/192", "/checkout", "/bookings", "/reviews"],
    ),
    "citycar": ("https://citycar.app", ["/", "/signup", "/pricing", "/business", "/account"]),
    "backoffice": ("https://ops.railgo.eu", ["/bookings", "/customers", "/refunds", "/search"]),
}


def web_context(brand: str):
    host, pages = BRAND_WEB[brand]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "npm:next-1.72.1", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://www.bing.com/", "https://t.co/x1"])
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?ref=home", "?lang=it"])),
            "title": G(
                lambda f: f.pick(["RailGo - Trains & Buses", "Klookly | Things to do", "CityCar", "Checkout"])
            ),
            "url": G(lambda f: host + f.pick(pages)),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "8", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(
            lambda f: f.pick(["en-GB", "it-IT", "de-DE", "ja-JP", "hi-IN", "en-IN", "fr-FR", "es-ES"])
        ),
        "timezone": G(
            lambda f: f.pick(["Europe/Rome", "Europe/Berlin", "Asia/Tokyo", "Asia/Kolkata", "Europe/London"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["summer_rail_sale", "japan-spring-24", "diwali_offers", "citycar_launch_to"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "newsletter", "facebook", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "affiliate"])),
            "term": G(
                lambda f: f.pick(
                    ["frecciarossa tickets", "kyoto day tour", "rajdhani booking", "car sharing milano"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "textlink", "carousel_2"])),
        },
    }


def swift_context(app: str):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.2", "7.5.0"])),
            "build": G(lambda f: f.pick(["7400", "7421", "7503"])),
            "namespace": G(lambda f: "com." + app.lower() + ".ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "ja-JP", "it-IT", "en-IN", "de-DE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["TIM", "NTT DOCOMO", "Jio", "Vodafone IT", "Telekom.de", "SoftBank"])
            ),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Asia/Tokyo", "Asia/Kolkata", "Europe/Berlin"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "name": Y(lambda f: f.person(), "name"),
        },
    }


def kotlin_context(app: str):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.0", "7.3.8"])),
            "build": G(lambda f: f.pick(["70400", "70500", "70308"])),
            "namespace": G(lambda f: "com." + app.lower() + ".android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus", "SONY"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "Redmi Note 13", "CPH2581", "SO-51D"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "emerald", "aston"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["it-IT", "en-IN", "hi-IN", "ja-JP", "de-DE"])),
        "location": {
            "latitude": Y(lambda f: f.pos_city()[0], "geolocation"),
            "longitude": Y(lambda f: f.pos_city()[1], "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.4, 8.3])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Jio", "Airtel", "WINDTRE", "o2 - de"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Asia/Kolkata", "Asia/Tokyo", "Europe/Berlin"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S918B Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; Redmi Note 13 Build/SKQ1.211006.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(app: str):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.1.7"])),
            "build": G(lambda f: f.pick(["420", "431", "417"])),
            "namespace": G(lambda f: "com." + app.lower()),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.18.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "ja-JP", "it-IT", "en-IN"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 851])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Tokyo", "Europe/Rome", "Asia/Kolkata", "Europe/Madrid"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(lambda f: f.mail(), "email"), "phone": Y(lambda f: f.tel(), "phone")},
    }


def flutter_context(app: str):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["3.0.4", "3.1.0", "3.1.2"])),
            "build": G(lambda f: f.pick(["304", "310", "312"])),
            "namespace": G(lambda f: "jp.co." + app.lower()),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "SHARP", "SONY", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SH-53D", "XQ-DQ44", "Pixel 8a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.9"])),
        },
        "locale": G(lambda f: "ja-JP"),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "16.7"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 360, 412])),
            "height": G(lambda f: f.pick([852, 800, 915])),
        },
        "timezone": G(lambda f: "Asia/Tokyo"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["NTT DOCOMO", "au", "SoftBank", "Rakuten"])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.0.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_context(lib: str, forwarded: bool):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if forwarded:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        ctx["locale"] = G(lambda f: f.pick(["en-GB", "it-IT", "ja-JP", "hi-IN", "de-DE"]))
    return ctx


APP_OF = {"railgo": "RailGo", "klookly": "Klookly", "citycar": "CityCar", "backoffice": "RailGo"}


def context_for(client: str, brand: str, f: F):
    if client == "web":
        return web_context(brand)
    if client == "swift":
        return swift_context(APP_OF[brand])
    if client == "kotlin":
        return kotlin_context(APP_OF[brand])
    if client == "rn":
        return rn_context(APP_OF[brand])
    if client == "flutter":
        return flutter_context("RailGoJapan")
    return server_context(client, forwarded=f.r.random() < 0.5)


# -- shared building blocks ---------------------------------------------------------------------------


def money(lo=5, hi=400):
    return lambda f: f.money(lo, hi)


def one_of(*items):
    return lambda f: f.pick(list(items))


def rail_product():
    return {
        "product_id": G(lambda f: "fare_" + f.hexid(12)),
        "sku": G(one_of("ADV-STD-SGL", "FLEX-1ST-RTN", "SUPER-ECO-SGL", "BASE-STD-RTN", "BUS-STD-SGL")),
        "name": G(one_of("Advance Single", "Flexible Return", "Super Economy", "Base", "Bus Standard")),
        "category": G(one_of("rail/advance", "rail/flex", "bus/intercity")),
        "variant": G(one_of("Standard", "First", "Business")),
        "brand": G(lambda f: f.pick(OPERATORS)),
        "price": G(money(9, 250)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "coupon": G(one_of("", "SPRING15", "STUDENT10")),
        "position": G(lambda f: f.r.randint(1, 12)),
    }


def activity_product():
    return {
        "product_id": G(lambda f: f.pick(ACTIVITIES)[0]),
        "sku": G(lambda f: f.pick(ACTIVITIES)[0] + "-" + f.pick(["ADULT", "CHILD", "PRIVATE"])),
        "name": G(lambda f: f.pick(ACTIVITIES)[1]),
        "category": G(one_of("tours", "attractions", "water-sports", "adventure", "culture")),
        "price": G(money(20, 380)),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "url": G(lambda f: f"https://www.klookly.com/activity/{f.r.randint(100, 999)}"),
        "image_url": G(lambda f: f"https://res.klookly.com/image/{f.hexid(10)}.webp"),
    }


def web_rail_search():
    return {
        "origin": G(lambda f: f.pick(EU_STATIONS)),
        "destination": G(lambda f: f.pick(EU_STATIONS)),
        "departure_date": G(lambda f: f.day()),
        "return_date": G(lambda f: f.pick(["", f.day(), f.day()])),
        "passengers": {
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "seniors": G(lambda f: f.r.randint(0, 2)),
            "youths": G(lambda f: f.r.randint(0, 2)),
        },
        "railcards": Many(
            G(one_of("16-25 Railcard", "BahnCard 25", "Carta Verde", "Senior Railcard", "Interrail")), 2
        ),
        "travel_class": G(one_of("standard", "first", "business")),
        "search_id": G(lambda f: f.uuid()),
        "results_count": G(lambda f: f.r.randint(0, 40)),
        "direct_only": G(lambda f: f.pick([True, False])),
    }


# -- events: (type, event or screen/page name, brand, clients, body, weight) ---------------------------

RAILGO = [
    (
        "identify",
        None,
        "railgo",
        ["web", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.mail(f.pick(EU)), "email"),
            "firstName": Y(lambda f: f.given(f.pick(EU)), "name"),
            "lastName": Y(lambda f: f.family(f.pick(EU)), "name"),
            "phone": Y(lambda f: f.tel(f.pick(EU)), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.addr(f.pick(EU)), "address|street"),
                "city": Y(lambda f: f.city_of(f.pick(EU)), "city"),
                "postalCode": Y(lambda f: f.postcode(f.pick(EU)), "zipcode"),
                "country": G(one_of("IT", "DE", "FR", "ES", "GB", "NL", "PL", "SE")),
            },
            "avatar": Y(lambda f: f"https://cdn.railgo.eu/avatars/{f.hexid(16)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(one_of("it", "de", "en", "fr", "es")),
            "railcardType": G(
                one_of(
                    "16-25 Railcard", "Two Together", "Senior Railcard", "BahnCard 50", "Carta Verde", "none"
                )
            ),
            "railcardExpiry": G(lambda f: f.day(f.pick([2024, 2025, 2026]))),
            "loyaltyTier": G(one_of("blue", "silver", "gold")),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "totalTrips": G(lambda f: f.r.randint(0, 240)),
            "age": G(lambda f: f.r.randint(16, 88)),
        },
        2,
    ),
    (
        "page",
        "Search Results",
        "railgo",
        ["web"],
        {
            "path": G(one_of("/search", "/search/results", "/it/cerca")),
            "url": G(
                lambda f: (
                    "https://www.railgo.eu/search?from="
                    + f.pick(["MIL", "ROM", "PAR", "BER"])
                    + "&to="
                    + f.pick(["FLR", "NAP", "LYS", "MUC"])
                )
            ),
            "title": G(one_of("Search results | RailGo", "Risultati | RailGo", "Suchergebnisse | RailGo")),
            "referrer": G(one_of("", "https://www.railgo.eu/", "https://www.google.com/")),
            "search": G(lambda f: "?from=" + f.pick(["MIL", "ROM", "PAR", "BER"]) + "&date=" + f.day()),
            "name": G(one_of("Search Results", "Checkout", "Manage Booking")),
        },
        2,
    ),
    ("track", "Journey Searched", "railgo", ["web", "swift", "kotlin", "rn"], web_rail_search(), 2),
    (
        "track",
        "Product Added",
        "railgo",
        ["web", "swift", "kotlin"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **rail_product(),
            "train_number": G(
                lambda f: f.pick(["FR 9527", "ICE 1007", "TGV 6611", "AVE 03063", "ES 9311", "IC 518"])
            ),
            "departure_time": G(lambda f: f.iso()),
            "origin": G(lambda f: f.pick(EU_STATIONS)),
            "destination": G(lambda f: f.pick(EU_STATIONS)),
        },
        2,
    ),
    (
        "track",
        "Passenger Details Entered",
        "railgo",
        ["web", "rn"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "passengers": Many(
                {
                    "first_name": Y(lambda f: f.given(), "name"),
                    "last_name": Y(lambda f: f.family(), "name"),
                    "date_of_birth": Y(lambda f: f.dob(1940, 2020), "birthdate"),
                    "passenger_type": G(one_of("adult", "child", "senior", "youth")),
                    "railcard_number": Y(
                        lambda f: f.pick(
                            [
                                "7081 4110 " + f.digits(4) + " " + f.digits(4),
                                "7081411" + f.digits(9),
                                "RC" + f.digits(8),
                            ]
                        ),
                        "identification",
                    ),
                    "discount_id": Y(
                        lambda f: (
                            f.pick(["S", "E"])
                            + f" {f.digits(3)} {f.digits(3)} {f.digits(3)} {f.digits(3)} {f.upper(1)}"
                        ),
                        "identification",
                    ),
                    "document_type": G(one_of("DNI", "NIE", "passport", "carta_identita")),
                    "document_number": RED(
                        lambda f: f.pick(
                            [f.dni(), f.nie(), f.passport(), "C" + f.upper(1) + f.digits(5) + f.upper(2)]
                        ),
                        "national id|passport",
                    ),
                    "nationality": Y(one_of("ES", "IT", "FR", "DE", "IN", "JP", "US", "BR"), "citizenship"),
                    "seat_preference": G(one_of("window", "aisle", "table", "no_preference")),
                },
                4,
            ),
            "lead_passenger_email": Y(lambda f: f.mail(), "email"),
            "lead_passenger_phone": Y(lambda f: f.tel(), "phone"),
            "contact_consent": G(lambda f: f.pick([True, False])),
            "passenger_count": G(lambda f: f.r.randint(1, 4)),
        },
        2,
    ),
    (
        "track",
        "Seat Reserved",
        "railgo",
        ["web", "swift", "kotlin"],
        {
            "booking_id": G(lambda f: "RG" + f.upper(6)),
            "coach": G(lambda f: str(f.r.randint(1, 12))),
            "seat": G(lambda f: f"{f.r.randint(1, 88)}{f.pick('ABCD')}"),
            "seat_type": G(one_of("window", "aisle", "table", "quiet")),
            "seat_holder_name": Y(lambda f: f.person(), "name"),
            "supplement": G(money(0, 12)),
            "passenger_index": G(lambda f: f.r.randint(0, 3)),
            "quiet_coach": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        "railgo",
        ["web", "swift"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(one_of("card", "paypal", "apple_pay", "satispay", "ideal")),
            "card_brand": G(one_of("visa", "mastercard", "amex", "jcb")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["4", "53", "37"]) + f.digits(4)),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.person(), "name"),
            "billing_postcode": Y(lambda f: f.postcode(), "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
            "three_ds_result": G(one_of("authenticated", "frictionless", "challenge_failed")),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        "railgo",
        ["node", "java"],
        {
            "order_id": G(lambda f: f.uuid()),
            "booking_reference": G(lambda f: "RG" + f.upper(6)),
            "total": G(money(9, 900)),
            "revenue": G(money(9, 900)),
            "tax": G(money(0, 40)),
            "discount": G(money(0, 30)),
            "coupon": G(one_of("", "SPRING15", "STUDENT10", "WELCOME5")),
            "currency": G(one_of("EUR", "GBP", "CHF", "SEK")),
            "products": Many(rail_product(), 3),
            "billing": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "address": {
                    "line1": Y(lambda f: f.addr(), "address|street"),
                    "city": Y(lambda f: f.city_of(), "city"),
                    "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                    "country": G(one_of("IT", "DE", "FR", "ES", "GB", "NL", "JP", "IN")),
                },
            },
            "card": {
                "brand": G(one_of("visa", "mastercard", "amex")),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            },
            "hashed_email": Y(lambda f: f.hexid(64), "email"),
            "channel": G(one_of("web", "ios", "android")),
        },
        2,
    ),
    (
        "track",
        "E-Ticket Issued",
        "railgo",
        ["python"],
        {
            "ticket_id": G(lambda f: f.uuid()),
            "pnr": G(lambda f: f.upper(6)),
            "barcode_format": G(one_of("AZTEC", "QR", "PDF417")),
            "qr_payload": RED(lambda f: f.ticket_barcode(), "token|secret"),
            "passenger_name": Y(lambda f: f.person(), "name"),
            "valid_from": G(lambda f: f.iso()),
            "valid_until": G(lambda f: f.iso()),
            "delivery_email": Y(lambda f: f.mail(), "email"),
            "pdf_url": G(lambda f: f"https://tickets.railgo.eu/t/{f.uuid()}.pdf"),
            "wallet_added": G(lambda f: f.pick([True, False])),
            "operator": G(lambda f: f.pick(OPERATORS)),
        },
        2,
    ),
    (
        "track",
        "Ticket Inspected",
        "railgo",
        ["kotlin"],
        {
            "ticket_id": G(lambda f: f.uuid()),
            "inspected_at": G(lambda f: f.iso()),
            "station_code": G(one_of("MI-C", "RM-T", "FI-SMN", "NA-C", "BO-C")),
            "train_number": G(
                lambda f: f.pick(["FR 9527", "ICE 1007", "TGV 6611", "AVE 03063", "ES 9311", "IC 518"])
            ),
            "inspector_id": G(lambda f: "INS" + f.digits(5)),
            "inspector_name": Y(lambda f: f.person(f.pick(["IT", "DE", "FR"])), "name"),
            "result": G(one_of("valid", "invalid", "already_used", "fare_upgrade")),
            "scanner_device_id": G(lambda f: f.hexid(16)),
            "offline_mode": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Refund Requested",
        "railgo",
        ["web", "rn"],
        {
            "order_id": G(lambda f: f.uuid()),
            "refund_amount": G(money(5, 300)),
            "reason": G(
                one_of("strike", "cancelled_train", "changed_plans", "missed_connection", "duplicate")
            ),
            "refund_method": G(one_of("iban", "original_card", "voucher")),
            "refund_iban": RED(lambda f: f.iban_any(), "bank account"),
            "account_holder": Y(lambda f: f.eu_person(), "name"),
            "bic": G(one_of("UNCRITMMXXX", "DEUTDEFFXXX", "BNPAFRPPXXX", "INGBNL2AXXX", "CAIXESBBXXX")),
            "comment": G(
                one_of(
                    "Train cancelled due to the strike",
                    "Changed my plans, sorry",
                    "Booked the same journey twice by mistake",
                    "Connection missed after 70 min delay",
                )
            ),
        },
        1,
    ),
    (
        "track",
        "Assistance Booked",
        "railgo",
        ["web", "rn"],
        {
            "booking_reference": G(lambda f: "RG" + f.upper(6)),
            "station": G(lambda f: f.pick(EU_STATIONS)),
            "departure_time": G(lambda f: f.iso()),
            "assistance_type": RED(
                one_of(
                    "wheelchair",
                    "visual_impairment",
                    "hearing_impairment",
                    "reduced_mobility",
                    "learning_disability",
                ),
                "disability",
            ),
            "wheelchair": {
                "needs_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
                "own_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
                "wheelchair_type": RED(one_of("manual", "electric", "mobility_scooter"), "disability"),
            },
            "assistance_dog": RED(lambda f: f.pick([True, False]), "disability"),
            "companion_name": Y(lambda f: f.person(), "name"),
            "companion_phone": Y(lambda f: f.tel(), "phone"),
            "contact_mobile": Y(lambda f: f.tel(), "phone"),
            "meeting_point": G(one_of("Main entrance", "Assistance desk", "Platform 1", "Taxi rank")),
            "assistance": {
                "note": RED(
                    one_of(
                        "Uses a wheelchair, can transfer to a seat with help",
                        "Blind passenger travelling with a guide dog",
                        "Hearing impaired, please show written platform changes",
                        "Recovering from hip surgery, cannot manage stairs",
                        "Autistic, needs a quiet place to wait",
                    ),
                    "disability",
                    True,
                ),
                "ramp_required": RED(lambda f: f.pick([True, False]), "disability"),
            },
        },
        1,
    ),
    (
        "track",
        "Railcard Added",
        "railgo",
        ["swift", "kotlin"],
        {
            "railcard": {
                "type": RED(
                    one_of(
                        "16-25 Railcard",
                        "Disabled Persons Railcard",
                        "Senior Railcard",
                        "Two Together",
                        "Family & Friends",
                    ),
                    "disability",
                ),
                "number": Y(lambda f: "7081 4110 " + f.digits(4) + " " + f.digits(4), "identification"),
                "holder_name": Y(lambda f: f.person(f.pick(["GB", "DE", "IN", "PL"])), "name"),
                "expiry": G(lambda f: f.day(f.pick([2024, 2025, 2026]))),
                "photo_url": Y(lambda f: f"https://cdn.railgo.eu/railcards/{f.hexid(20)}.jpg", "photo"),
            },
            "discount_pct": G(one_of(25, 33, 50)),
            "source": G(one_of("manual", "scan", "import")),
        },
        1,
    ),
    (
        "screen",
        "Ticket Wallet",
        "railgo",
        ["swift", "kotlin"],
        {
            "ticket_count": G(lambda f: f.r.randint(0, 9)),
            "has_active_ticket": G(lambda f: f.pick([True, False])),
            "sort": G(one_of("date", "operator", "status")),
        },
        1,
    ),
    (
        "screen",
        "Saved Passengers",
        "railgo",
        ["swift", "kotlin"],
        {
            "saved_passengers": Many(
                {
                    "id": G(lambda f: "sp_" + f.hexid(10)),
                    "label": Y(lambda f: f.person(), "name", True),
                    "type": G(one_of("adult", "child", "senior")),
                    "has_railcard": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "count": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Bus Ticket Purchased",
        "railgo",
        ["rn", "web"],
        {
            "order_id": G(lambda f: f.uuid()),
            "line": G(lambda f: f.pick(["N", "FLX", "B"]) + str(f.r.randint(10, 999))),
            "from_stop": G(
                one_of(
                    "Milano Lampugnano",
                    "München ZOB",
                    "Paris Bercy Seine",
                    "Wien Erdberg",
                    "Praha ÚAN Florenc",
                )
            ),
            "to_stop": G(
                one_of("Venezia Tronchetto", "Berlin ZOB", "Lyon Perrache", "Budapest Népliget", "Zagreb")
            ),
            "luggage_count": G(lambda f: f.r.randint(0, 3)),
            "bike_slot": G(lambda f: f.pick([True, False])),
            "pet": {
                "name": G(one_of("Luna", "Bella", "Max", "Kiki", "Rocky")),
                "species": G(one_of("dog", "cat", "rabbit")),
                "weight_kg": G(lambda f: round(f.r.uniform(2, 28), 1)),
            },
            "passenger": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
            },
            "price": G(money(4, 80)),
            "currency": G(one_of("EUR", "CZK", "HUF")),
        },
        1,
    ),
    (
        "track",
        "SMS Delivered",
        "railgo",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.tel(), "phone"),
            "From": G(one_of("RailGo", "+393399000111", "+447480000123", "+4915888000222")),
            "Body": Y(
                lambda f: f.pick(
                    [
                        f"RailGo: {f.person()}, your ticket {f.upper(6)} for {f.pick(EU_STATIONS)} is ready.",
                        f"Ciao {f.person('IT')}, treno {f.upper(6)}: binario {f.r.randint(1, 22)}.",
                        f"Hi {f.person()}, platform {f.r.randint(1, 22)} for {f.pick(EU_STATIONS)}.",
                    ]
                ),
                "name",
                True,
            ),
            "SmsStatus": G(one_of("delivered", "sent", "undelivered")),
            "NumSegments": G(one_of("1", "2", "3")),
            "ApiVersion": G(lambda f: "2010-04-01"),
            "ErrorCode": G(one_of("", "30003", "30005")),
        },
        1,
    ),
    (
        "track",
        "Magic Link Requested",
        "railgo",
        ["node"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "login_link": RED(
                lambda f: (
                    "https://www.railgo.eu/auth/magic?token="
                    + f.b64json({"sub": f.uuid(), "n": f.hexid(16)})
                    + "."
                    + f.hexid(43)
                ),
                "token",
                True,
            ),
            "expires_in": G(one_of(600, 900, 1800)),
            "client": G(one_of("web", "ios", "android")),
        },
        1,
    ),
    (
        "track",
        "Account Created",
        "railgo",
        ["web"],
        {
            "signup_method": G(one_of("email", "google", "apple")),
            "form_values": {
                "first_name": Y(lambda f: f.given(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "password": RED(
                    one_of("Treno2024!", "milano1987", "Sakura#88", "qwerty123", "P@ssw0rd-RG"), "password"
                ),
                "newsletter": G(lambda f: f.pick([True, False])),
            },
            "referral_code": G(lambda f: f.upper(8)),
            "password_strength": G(one_of("weak", "medium", "strong")),
        },
        1,
    ),
    (
        "track",
        "Backoffice Search Performed",
        "backoffice",
        ["web"],
        {
            "q": Y(lambda f: f.pick([f.mail(), f.tel(), f.mail()]), "email|phone", True),
            "results": G(lambda f: f.r.randint(0, 12)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "scope": G(one_of("customers", "bookings", "refunds")),
        },
        1,
    ),
    (
        "track",
        "Journey Shared",
        "railgo",
        ["swift", "kotlin", "rn"],
        {
            "booking_id": G(lambda f: "RG" + f.upper(6)),
            "share_channel": G(one_of("whatsapp", "sms", "email")),
            "recipient": Y(lambda f: f.pick([f.tel(), f.mail()]), "phone|email", True),
            "includes_live_tracking": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Driver Shift Started",
        "railgo",
        ["kotlin"],
        {
            "driver_id": G(lambda f: "DRV-" + f.digits(5)),
            "driver_name": Y(lambda f: f.eu_person(), "name"),
            "driver_licence_number": Y(lambda f: f.licence(), "license"),
            "depot": G(one_of("Milano Lampugnano", "München Fröttmaning", "Lyon Perrache")),
            "vehicle_fleet_number": G(lambda f: "BUS-" + f.digits(4)),
            "start_odometer_km": G(lambda f: f.r.randint(120000, 900000)),
            "device_location": {
                "lat": Y(lambda f: f.pos_city()[0], "geolocation"),
                "lng": Y(lambda f: f.pos_city()[1], "geolocation"),
            },
            "breathalyser_passed": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Bus Delay Notification Sent",
        "railgo",
        ["go"],
        {
            "line": G(lambda f: f.pick(["N", "FLX", "B"]) + str(f.r.randint(10, 999))),
            "stop": G(one_of("Milano Lampugnano", "München ZOB", "Paris Bercy Seine", "Wien Erdberg")),
            "delay_min": G(lambda f: f.r.randint(5, 180)),
            "recipients_count": G(lambda f: f.r.randint(1, 60)),
            "channel": G(one_of("push", "sms", "email")),
            "trigger": G(one_of("gps", "manual", "operator_feed")),
        },
        1,
    ),
    (
        "alias",
        None,
        "railgo",
        ["web", "swift", "kotlin"],
        None,
        1,
    ),
]

RAILGO_INDIA = [
    (
        "identify",
        None,
        "railgo",
        ["web", "kotlin"],
        {
            "full_name": Y(lambda f: f.person("IN"), "name"),
            "mobile": Y(lambda f: f.tel("IN"), "phone"),
            "email_id": Y(lambda f: f.mail("IN"), "email"),
            "irctc_username": Y(
                lambda f: (
                    ascii_upper(f.given("IN")).lower() + f.pick(["_", ".", ""]) + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "pin_code": Y(lambda f: f.postcode("IN"), "zipcode"),
            "shahar": Y(lambda f: f.city_of("IN"), "city"),
            "rajya": G(one_of("Maharashtra", "Karnataka", "Delhi", "Tamil Nadu", "West Bengal", "Rajasthan")),
            "bhasha": G(one_of("hi", "en", "mr", "ta", "bn")),
            "aadhaar_linked": G(lambda f: f.pick([True, False])),
            "wallet_balance": G(money(0, 5000)),
        },
        1,
    ),
    (
        "track",
        "Ticket Booked",
        "railgo",
        ["python"],
        {
            "pnr_sankhya": G(lambda f: f.digits(10)),
            "gaadi_sankhya": G(lambda f: f.pick(IN_TRAINS)[0]),
            "gaadi_naam": G(lambda f: f.pick(IN_TRAINS)[1]),
            "yatra_tithi": G(lambda f: f.day()),
            "prasthan_station": G(lambda f: f.pick(IN_STATIONS)),
            "gantavya_station": G(lambda f: f.pick(IN_STATIONS)),
            "shreni": G(one_of("1A", "2A", "3A", "SL", "CC", "EC")),
            "kota": G(one_of("GN", "TQ", "LD", "SS")),
            "kiraya": G(money(180, 5200)),
            "yatri": Many(
                {
                    "naam": Y(lambda f: f.person("IN"), "name"),
                    "umr": G(lambda f: f.r.randint(1, 88)),
                    "ling": Y(one_of("M", "F", "T"), "gender"),
                    "berth_pasand": G(one_of("LB", "MB", "UB", "SL", "SU", "NP")),
                    "bhojan_vikalp": RED(one_of("VEG", "NON_VEG", "JAIN", "NO_FOOD"), "religion"),
                    "pahchan_patra_prakar": G(one_of("AADHAAR", "PAN", "PASSPORT", "VOTER_ID")),
                    "pahchan_patra_sankhya": RED(
                        lambda f: f.pick([f.aadhaar(), f.aadhaar(), f.pan()]), "national id"
                    ),
                    "varishth_nagrik": G(lambda f: f.pick([True, False])),
                    "sthiti": G(one_of("CNF", "RAC", "WL", "RLWL")),
                },
                4,
            ),
            "mobile_sankhya": Y(lambda f: f.tel("IN"), "phone"),
            "email": Y(lambda f: f.mail("IN"), "email"),
            "bhugtan_madhyam": G(one_of("UPI", "NETBANKING", "CARD", "WALLET")),
            "upi_id": RED(lambda f: f.upi(), "bank account"),
        },
        2,
    ),
    (
        "track",
        "Refund Processed",
        "railgo",
        ["go"],
        {
            "refund_id": G(lambda f: "RF" + f.digits(12)),
            "pnr": G(lambda f: f.digits(10)),
            "amount_inr": G(money(50, 4000)),
            "mode": G(one_of("UPI", "NEFT", "SOURCE")),
            "upi_vpa": RED(lambda f: f.upi(), "bank account"),
            "beneficiary_name": Y(lambda f: f.person("IN"), "name"),
            "account_number": RED(lambda f: f.digits(f.pick([11, 12, 14])), "bank account"),
            "ifsc": G(lambda f: f.ifsc()),
            "utr_number": G(lambda f: f.pick(["SBIN", "HDFC", "UTIB"]) + "R5" + f.digits(14)),
            "status": G(one_of("SUCCESS", "PENDING", "FAILED")),
        },
        1,
    ),
    (
        "track",
        "Payment Failed",
        "railgo",
        ["php"],
        {
            "txn_id": G(lambda f: "TXN" + f.digits(12)),
            "gateway": G(one_of("PayU", "Razorpay", "CCAvenue")),
            "card_no": RED(lambda f: f.card_any(), "credit card"),
            "name_on_card": Y(lambda f: f.person("IN").upper(), "name"),
            "error_code": G(one_of("E308", "BANK_DECLINED", "3DS_TIMEOUT", "INSUFFICIENT_FUNDS")),
            "bank_ref_no": G(lambda f: f.digits(12)),
            "amount": G(money(180, 5200)),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
        },
        1,
    ),
]

RAILGO_JAPAN = [
    (
        "track",
        "予約完了",
        "railgo",
        ["java"],
        {
            "予約番号": G(lambda f: "JR" + f.digits(8)),
            "列車名": G(lambda f: f"{f.pick(JP_TRAINS)} {f.r.randint(1, 99)}号"),
            "乗車日": G(lambda f: f.day().replace("-", "/")),
            "出発駅": G(lambda f: f.pick(JP_STATIONS)),
            "到着駅": G(lambda f: f.pick(JP_STATIONS)),
            "座席": G(lambda f: f"{f.r.randint(1, 16)}号車 {f.r.randint(1, 20)}{f.pick('ABCDE')}"),
            "人数": G(lambda f: f.r.randint(1, 5)),
            "合計金額": G(lambda f: f.r.randint(2000, 60000)),
            "氏名": Y(lambda f: f.jp_name(), "name"),
            "氏名カナ": Y(lambda f: f.jp_kana(), "name"),
            "メールアドレス": Y(lambda f: f.mail("JP"), "email"),
            "電話番号": Y(lambda f: f.tel("JP"), "phone"),
            "生年月日": Y(lambda f: f.dob(1945, 2006), "birthdate"),
            "郵便番号": Y(lambda f: f.pick(["〒", ""]) + f.postcode("JP"), "zipcode"),
            "住所": Y(lambda f: f.jp_addr(), "address"),
            "会員番号": G(lambda f: f.digits(10)),
            "支払方法": G(one_of("クレジットカード", "コンビニ払い", "PayPay")),
        },
        2,
    ),
    (
        "identify",
        None,
        "railgo",
        ["flutter"],
        {
            "shimei": Y(lambda f: f.jp_name(), "name"),
            "furigana": Y(lambda f: f.jp_kana(), "name"),
            "denwa_bango": Y(lambda f: f.tel("JP"), "phone"),
            "yubin_bango": Y(lambda f: f.postcode("JP"), "zipcode"),
            "jusho": Y(lambda f: f.jp_addr(), "address"),
            "seinengappi": Y(lambda f: f.dob(1945, 2006), "birthdate"),
            "seibetsu": Y(one_of("男性", "女性", "回答しない"), "gender"),
            "todofuken": G(one_of("東京都", "大阪府", "京都府", "北海道", "福岡県")),
            "kaiin_rank": G(one_of("レギュラー", "シルバー", "ゴールド")),
            "mail_haishin": G(lambda f: f.pick([True, False])),
            "ekinet_renkei": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "screen",
        "乗車券一覧",
        "railgo",
        ["flutter"],
        {
            "表示件数": G(lambda f: f.r.randint(0, 12)),
            "タブ": G(one_of("予約中", "乗車済み", "払戻済み")),
        },
        1,
    ),
]

KLOOKLY = [
    (
        "identify",
        None,
        "klookly",
        ["web", "swift", "rn"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "phone_number": Y(lambda f: f.tel(), "phone"),
            "nationality": Y(
                one_of("Indian", "Japanese", "Italian", "German", "American", "Korean", "Brazilian"),
                "citizenship",
            ),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "preferred_currency": G(one_of("EUR", "JPY", "INR", "USD", "GBP")),
            "language": G(one_of("en", "ja", "hi", "it", "ko", "zh-TW")),
            "is_guest": G(lambda f: f.pick([True, False])),
            "membership": G(one_of("Klookly Basic", "Klookly Gold", "Klookly Platinum")),
            "signup_source": G(one_of("google", "apple", "email", "facebook")),
            "credits_balance": G(lambda f: f.r.randint(0, 3000)),
        },
        2,
    ),
    (
        "track",
        "Products Searched",
        "klookly",
        ["web", "swift", "rn"],
        {
            "query": G(
                one_of(
                    "fuji day trip",
                    "taj mahal sunrise",
                    "colosseum tickets",
                    "tea ceremony kyoto",
                    "amalfi boat",
                    "paragliding",
                )
            ),
            "destination_city": G(lambda f: f.pick(ACTIVITIES)[2]),
            "date_from": G(lambda f: f.day()),
            "pax": G(lambda f: f.r.randint(1, 6)),
            "category": G(one_of("tours", "attractions", "water-sports", "transport")),
            "results": G(lambda f: f.r.randint(0, 120)),
        },
        2,
    ),
    (
        "track",
        "Product Viewed",
        "klookly",
        ["web", "swift", "rn"],
        {
            **activity_product(),
            "currency": G(one_of("EUR", "JPY", "INR", "USD")),
            "rating": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
            "review_count": G(lambda f: f.r.randint(0, 18000)),
            "duration_hours": G(one_of(1.5, 3, 8, 10)),
            "destination_city": G(lambda f: f.pick(ACTIVITIES)[2]),
            "instant_confirmation": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Checkout Started",
        "klookly",
        ["web", "swift", "rn"],
        {
            "order_id": G(lambda f: f.uuid()),
            "revenue": G(money(20, 900)),
            "currency": G(one_of("EUR", "JPY", "INR", "USD")),
            "products": Many(activity_product(), 3),
            "coupon": G(one_of("", "KLOOK10", "JAPAN15", "DIWALI500")),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        "klookly",
        ["node"],
        {
            "order_id": G(lambda f: f.uuid()),
            "booking_ref": G(lambda f: "KLK" + f.digits(9)),
            "total": G(money(20, 1500)),
            "currency": G(one_of("EUR", "JPY", "INR", "USD")),
            "products": Many(activity_product(), 2),
            "participants": Many(
                {
                    "first_name": Y(lambda f: f.given(), "name"),
                    "last_name": Y(lambda f: f.family(), "name"),
                    "age": G(lambda f: f.r.randint(2, 80)),
                    "type": G(one_of("adult", "child", "infant", "senior")),
                    "passport_number": RED(lambda f: f.passport(), "passport"),
                    "nationality": Y(one_of("IN", "JP", "IT", "DE", "US", "KR", "BR", "NG"), "citizenship"),
                },
                5,
            ),
            "lead_traveller": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "whatsapp": Y(lambda f: f.tel(), "phone"),
            },
            "pickup": {
                "hotel_name": G(lambda f: f.pick(HOTELS)[0]),
                "hotel_address": G(lambda f: f.pick(HOTELS)[1]),
                "pickup_time": G(lambda f: f.hhmm()),
                "area": G(one_of("Shinjuku", "Connaught Place", "Termini", "Gion", "Eixample")),
            },
            "emergency_contact": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "relationship": G(one_of("spouse", "parent", "friend", "sibling")),
            },
        },
        2,
    ),
    (
        "track",
        "Pickup Hotel Selected",
        "klookly",
        ["web", "swift"],
        {
            "booking_ref": G(lambda f: "KLK" + f.digits(9)),
            "hotel_id": G(lambda f: "htl_" + f.digits(6)),
            "hotel_name": G(lambda f: f.pick(HOTELS)[0]),
            "hotel_lat": G(lambda f: f.pick(HOTELS)[2]),
            "hotel_lng": G(lambda f: f.pick(HOTELS)[3]),
            "pickup_point": G(one_of("Hotel lobby", "Main entrance", "Bus bay 3", "Opposite the front gate")),
            "selected_from": G(one_of("list", "map", "search")),
        },
        1,
    ),
    (
        "track",
        "Dependant Added",
        "klookly",
        ["swift", "rn"],
        {
            "dependant": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "date_of_birth": Y(lambda f: f.dob(2008, 2023), "birthdate"),
                "relationship": G(one_of("child", "spouse", "parent", "grandparent")),
                "passport_number": RED(lambda f: f.passport(), "passport"),
                "passport_expiry": G(lambda f: f.day(f.pick([2025, 2027, 2030]))),
                "nationality": Y(one_of("IN", "JP", "IT", "DE", "US", "KR"), "citizenship"),
            },
            "dependants_total": G(lambda f: f.r.randint(1, 5)),
        },
        1,
    ),
    (
        "track",
        "Health Declaration Submitted",
        "klookly",
        ["web", "rn"],
        {
            "booking_ref": G(lambda f: "KLK" + f.digits(9)),
            "activity": G(one_of("scuba", "paragliding", "hot_air_balloon", "white_water_rafting")),
            "participant_index": G(lambda f: f.r.randint(0, 4)),
            "medical_conditions": Many(
                Y(one_of("asthma", "epilepsy", "heart condition", "diabetes", "none"), "condition"), 2
            ),
            "medications": Many(
                Y(one_of("salbutamol", "insulin", "metformin", "none", "levothyroxine"), "medication"), 2
            ),
            "is_pregnant": RED(lambda f: f.pick([True, False]), "condition"),
            "has_heart_condition": RED(lambda f: f.pick([True, False]), "condition"),
            "diver_cert_level": G(one_of("none", "PADI Open Water", "PADI Advanced", "SSI Open Water")),
            "diver_cert_number": Y(
                lambda f: f.pick([f.digits(10), "SSI-" + f.digits(7), f.upper(2) + f.digits(6)]),
                "certificate",
            ),
            "signature_name": Y(lambda f: f.person(), "name"),
            "declared_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Guide Message Received",
        "klookly",
        ["swift", "kotlin"],
        {
            "booking_ref": G(lambda f: "KLK" + f.digits(9)),
            "guide_id": G(lambda f: "gd_" + f.digits(5)),
            "guide_name": Y(lambda f: f.person(f.pick(["JP", "IN", "IT", "ES"])), "name"),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi, this is {f.given('JP')} from Klookly. See you in the lobby at {f.hhmm()}."
                        f" WhatsApp: {f.tel('JP')}",
                        f"Namaste! Driver {f.person('IN')} ({f.tel('IN')}) will pick you up at {f.hhmm()}",
                        f"Ciao! Sono {f.given('IT')}, la vostra guida. Per qualsiasi cosa: {f.tel('IT')}",
                        f"Running 10 min late, call me on {f.tel()} if you can't find the bus",
                    ]
                ),
                "phone|name",
                True,
            ),
            "sent_at": G(lambda f: f.iso()),
            "unread_count": G(lambda f: f.r.randint(0, 6)),
        },
        1,
    ),
    (
        "track",
        "Review Submitted",
        "klookly",
        ["web", "rn"],
        {
            "product_id": G(lambda f: f.pick(ACTIVITIES)[0]),
            "booking_ref": G(lambda f: "KLK" + f.digits(9)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "guide_rating": G(lambda f: f.r.randint(1, 5)),
            "title": G(one_of("Unforgettable!", "Worth the early start", "Too crowded", "Great value")),
            "body": G(
                one_of(
                    "Amazing views of Fuji, the lunch was great too.",
                    "Pickup was late but the tour itself was lovely.",
                    "Skip-the-line really saved us two hours.",
                    "Too many people in the group, could not hear anything.",
                    "The tea ceremony was calm and beautifully explained.",
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{f.given()} {f.family()[:1]}.", "name"),
            "traveller_type": G(one_of("solo", "couple", "family", "friends", "business")),
            "photos_count": G(lambda f: f.r.randint(0, 8)),
            "content_hash": G(lambda f: f.hexid(64)),
            "language": G(one_of("en", "ja", "it", "hi", "ko")),
        },
        2,
    ),
    (
        "track",
        "Partner Booking Received",
        "klookly",
        ["ruby"],
        {
            "booking-ref": G(lambda f: "CM-" + f.digits(8)),
            "supplier-id": G(lambda f: "sup_" + f.digits(4)),
            "product-code": G(lambda f: f.pick(ACTIVITIES)[0]),
            "lead-traveller-name": Y(lambda f: f.person(), "name"),
            "lead-traveller-email": Y(lambda f: f.mail(), "email"),
            "lead-traveller-mobile": Y(lambda f: f.tel(), "phone"),
            "pax-adult": G(lambda f: f.r.randint(1, 6)),
            "pax-child": G(lambda f: f.r.randint(0, 3)),
            "tour-date": G(lambda f: f.day()),
            "pickup-hotel": G(lambda f: f.pick(HOTELS)[0]),
            "net-rate": G(money(10, 600)),
            "currency": G(one_of("EUR", "JPY", "INR")),
            "special-requests": G(
                one_of(
                    "Late pickup if possible",
                    "Celebrating our anniversary",
                    "Window seat on the bus",
                    "",
                    "Stroller on board",
                )
            ),
            "voucher-url": G(lambda f: f"https://vouchers.klookly.com/v/{f.uuid()}"),
        },
        1,
    ),
    (
        "track",
        "Voucher Emailed",
        "klookly",
        ["python"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "event": G(one_of("delivered", "open", "click", "bounce")),
            "sg_event_id": G(lambda f: f.b64json({"e": f.hexid(8)})[:22]),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.hexid(8)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UA_WEB)),
            "category": Many(G(one_of("voucher", "transactional", "klookly-jp", "klookly-in")), 2),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
        1,
    ),
    (
        "track",
        "Voucher Redeemed",
        "klookly",
        ["kotlin"],
        {
            "voucher_code": G(lambda f: "KV" + f.alnum(8)),
            "redeemed_at": G(lambda f: f.iso()),
            "venue_name": G(
                one_of("Colosseo", "Kinkaku-ji", "Taj Mahal East Gate", "Sagrada Família", "Hakone Ropeway")
            ),
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
            "staff_name": Y(lambda f: f.person(f.pick(["IT", "JP", "IN", "ES"])), "name"),
            "scan_method": G(one_of("qr", "manual", "nfc")),
        },
        1,
    ),
    (
        "group",
        None,
        "klookly",
        ["node"],
        {
            "name": G(
                one_of(
                    "Sakura Travel KK",
                    "Wanderlust Holidays Pvt Ltd",
                    "Viaggi Bellini S.r.l.",
                    "Nomad Corporate Travel GmbH",
                )
            ),
            "industry": G(one_of("travel agency", "corporate travel", "tour operator")),
            "employees": G(lambda f: f.r.randint(3, 900)),
            "plan": G(one_of("agent", "agent_plus", "enterprise")),
            "vatNumber": G(
                lambda f: f.pick(["IT" + f.digits(11), "DE" + f.digits(9), "27AAPFU" + f.digits(4) + "R1ZV"])
            ),
            "headquarters": {
                "street": G(
                    one_of(
                        "Via del Corso 120",
                        "2-11-3 Meguro, Meguro-ku",
                        "Bandra Kurla Complex, Block G",
                        "Friedrichstraße 68",
                    )
                ),
                "city": G(one_of("Roma", "Tokyo", "Mumbai", "Berlin")),
            },
            "billing_contact": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
            },
            "createdAt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Supplier API Key Rotated",
        "klookly",
        ["ruby"],
        {
            "supplier_id": G(lambda f: "sup_" + f.digits(4)),
            "key_id": G(lambda f: "key_" + f.hexid(12)),
            "api_key": RED(lambda f: "klk_live_" + f.alnum(32), "secret"),
            "rotated_by_email": Y(lambda f: f.mail(), "email"),
            "expires_at": G(lambda f: f.iso()),
            "scopes": Many(G(one_of("bookings:read", "availability:write", "vouchers:read")), 3),
        },
        1,
    ),
    (
        "track",
        "Form Field Completed",
        "klookly",
        ["rn", "web"],
        {
            "form": G(one_of("checkout_contact", "traveller_details", "account_profile")),
            "field_name": G(one_of("email", "phone", "contact")),
            "label": G(one_of("Email address", "Mobile number", "Contact details")),
            "value": Y(lambda f: f.pick([f.mail(), f.tel()]), "email|phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(300, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Gift Card Sent",
        "klookly",
        ["web"],
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(10)),
            "amount": G(one_of(25, 50, 100, 200)),
            "currency": G(one_of("EUR", "USD", "JPY")),
            "recipient_name": Y(lambda f: f.person(), "name"),
            "recipient_email": Y(lambda f: f.mail(), "email"),
            "sender_name": Y(lambda f: f.person(), "name"),
            "gift_message": G(
                one_of(
                    "Happy birthday! Enjoy Kyoto",
                    "For your next adventure",
                    "Congrats on the new job!",
                    "Buon viaggio!",
                )
            ),
            "delivery_date": G(lambda f: f.day()),
            "design": G(one_of("sakura", "diwali", "classic")),
        },
        1,
    ),
    (
        "track",
        "Support Ticket Created",
        "klookly",
        ["php"],
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(
                one_of(
                    "Pickup did not arrive",
                    "Change date",
                    "Refund for cancelled tour",
                    "Voucher not received",
                )
            ),
            "channel": G(one_of("email", "web_form", "chat")),
            "priority": G(one_of("low", "normal", "high", "urgent")),
            "requester": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
            },
            "assignee_name": Y(lambda f: f.person(f.pick(["IN", "JP", "IT"])), "name"),
            "tags": Many(G(one_of("pickup", "refund", "japan", "india", "vip")), 3),
            "description": Y(
                lambda f: f.pick(
                    [
                        f"Hello, nobody came to the hotel this morning. Please refund. Regards, {f.person()}",
                        f"Can I move my booking to Friday? Thanks, {f.person()}",
                        f"I never received the voucher for my tour.\n\n{f.person()}\nSent from my iPhone",
                        f"Hi team, my name is {f.person()} and the tour was cancelled by the operator.",
                    ]
                ),
                "name",
                True,
            ),
        },
        1,
    ),
    (
        "track",
        "Install Attributed",
        "klookly",
        ["go"],
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(one_of("googleadwords_int", "Facebook Ads", "tiktokglobal_int", "Organic")),
            "campaign": G(one_of("JP_Spring_Tours", "IN_Diwali_UA", "IT_Summer_Retarget")),
            "af_adset": G(one_of("lookalike_1pct", "broad_18_45", "interest_travel")),
            "install_time": G(lambda f: f.iso()),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "city": Y(lambda f: f.city_of(), "city"),
            "country_code": G(one_of("JP", "IN", "IT", "DE", "US")),
            "device_model": G(one_of("iPhone15,2", "SM-S918B", "Pixel 8")),
            "os_version": G(one_of("17.4.1", "14", "13")),
        },
        1,
    ),
    (
        "page",
        "Activity Detail",
        "klookly",
        ["web"],
        {
            "path": G(one_of("/en-GB/activity/192", "/ja/activity/44", "/en-IN/activity/77")),
            "url": G(
                lambda f: (
                    "https://www.klookly.com"
                    + f.pick(["/en-GB/activity/192", "/ja/activity/44", "/en-IN/activity/77"])
                )
            ),
            "title": G(
                one_of("Mt Fuji Day Tour | Klookly", "京都 茶道体験 | Klookly", "Taj Mahal Sunrise | Klookly")
            ),
            "referrer": G(one_of("", "https://www.google.com/", "https://www.klookly.com/")),
            "search": G(one_of("", "?utm_source=newsletter", "?aid=4451")),
            "name": G(one_of("Search Results", "Checkout", "Manage Booking")),
        },
        1,
    ),
]

CITYCAR = [
    (
        "identify",
        None,
        "citycar",
        ["swift", "kotlin"],
        {
            "email": Y(lambda f: f.mail(f.pick(["IT", "DE", "ES"])), "email"),
            "firstName": Y(lambda f: f.given(f.pick(["IT", "DE", "ES"])), "name"),
            "lastName": Y(lambda f: f.family(f.pick(["IT", "DE", "ES"])), "name"),
            "phone": Y(lambda f: f.tel(f.pick(["IT", "DE", "ES"])), "phone"),
            "dateOfBirth": Y(lambda f: f.dob(1950, 2005), "birthdate"),
            "licenceVerified": G(lambda f: f.pick([True, False])),
            "membershipPlan": G(one_of("pay_per_minute", "citycar_plus", "business")),
            "homeZone": G(one_of("Milano Centro", "Roma Nord", "Berlin Mitte", "Madrid Centro")),
            "referralCode": G(lambda f: "CC" + f.upper(6)),
            "tripsCount": G(lambda f: f.r.randint(0, 400)),
        },
        1,
    ),
    (
        "track",
        "Licence Check Started",
        "citycar",
        ["swift", "kotlin"],
        {
            "licence_country": G(one_of("IT", "DE", "ES", "FR", "GB")),
            "document_type": G(one_of("driving_licence", "international_permit", "eu_licence_card")),
            "capture_method": G(one_of("camera", "upload", "nfc")),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "LicenceCheckCompleted",
        "citycar",
        ["dotnet"],
        {
            "DriverId": G(lambda f: f.uuid()),
            "FullName": Y(lambda f: f.eu_person(), "name"),
            "LicenceNumber": Y(lambda f: f.licence(), "license"),
            "IssuingCountry": G(one_of("IT", "DE", "ES", "GB", "FR", "JP", "IN")),
            "DateOfBirth": Y(lambda f: f.dob(1950, 2005), "birthdate"),
            "AddressOnLicence": Y(lambda f: f.addr(), "address"),
            "LicenceCategories": Many(G(one_of("B", "AM", "A2", "BE")), 2),
            "ExpiryDate": G(lambda f: f.day(f.pick([2026, 2029, 2033]))),
            "CheckResult": G(one_of("Approved", "Rejected", "ManualReview")),
            "PenaltyPoints": G(lambda f: f.r.randint(0, 20)),
            "SelfieImageUrl": Y(lambda f: f"https://kyc.citycar.app/selfies/{f.uuid()}.jpg", "photo"),
            "FaceMatchScore": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "ProviderReference": G(lambda f: "chk_" + f.hexid(20)),
            "Attempts": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Identity Verification Decision",
        "citycar",
        ["node"],
        {
            "verification": {
                "id": G(lambda f: f.uuid()),
                "status": G(one_of("approved", "declined", "resubmission_requested")),
                "code": G(one_of(9001, 9102, 9103)),
                "reason": G(one_of("", "Document expired", "Face mismatch", "Poor image quality")),
                "person": {
                    "firstName": Y(lambda f: f.given(f.pick(["IT", "ES", "PL", "SE"])).upper(), "name"),
                    "lastName": Y(lambda f: f.family(f.pick(["IT", "ES", "PL", "SE"])).upper(), "name"),
                    "dateOfBirth": Y(lambda f: f.day(f.r.randint(1955, 2005)), "birthdate"),
                    "idNumber": RED(
                        lambda f: f.pick([f.codice_fiscale(), f.dni(), f.pesel(), f.personnummer()]),
                        "national id",
                    ),
                    "nationality": Y(one_of("IT", "ES", "PL", "SE"), "citizenship"),
                    "gender": Y(one_of("M", "F"), "gender"),
                },
                "document": {
                    "number": Y(lambda f: f.licence(), "license"),
                    "type": G(lambda f: "DRIVERS_LICENSE"),
                    "country": G(one_of("IT", "ES", "PL", "SE")),
                    "validFrom": G(lambda f: f.day(f.r.randint(2014, 2023))),
                    "validUntil": G(lambda f: f.day(f.r.randint(2025, 2034))),
                },
                "decisionTime": G(lambda f: f.iso()),
            },
            "technicalData": {"ip": Y(lambda f: f.ipv4(), "ip")},
        },
        1,
    ),
    (
        "track",
        "Trip Started",
        "citycar",
        ["kotlin", "swift"],
        {
            "trip_id": G(lambda f: f.uuid()),
            "vehicle": {
                "id": G(lambda f: "veh_" + f.digits(5)),
                "plate": G(lambda f: f.plate()),
                "vin": G(lambda f: f.pick(["ZFA312", "VF1AG0", "WVWZZZ", "WBY1Z2"]) + f.alnum(11)),
                "model": G(lambda f: f.pick(CARS)),
                "battery_pct": G(lambda f: f.r.randint(12, 100)),
            },
            "start_location": {
                "lat": Y(lambda f: f.pos_city()[0], "geolocation"),
                "lng": Y(lambda f: f.pos_city()[1], "geolocation"),
            },
            "zone": G(one_of("Milano Centro", "Roma Nord", "Berlin Mitte", "Madrid Centro")),
            "unlock_method": G(one_of("app_bluetooth", "app_remote", "card")),
        },
        2,
    ),
    (
        "track",
        "Trip Ended",
        "citycar",
        ["kotlin", "swift"],
        {
            "trip_id": G(lambda f: f.uuid()),
            "duration_min": G(lambda f: f.r.randint(4, 240)),
            "distance_km": G(lambda f: round(f.r.uniform(0.5, 90), 1)),
            "end_location": {
                "lat": Y(lambda f: f.pos_city()[0], "geolocation"),
                "lng": Y(lambda f: f.pos_city()[1], "geolocation"),
            },
            "parking_address": Y(lambda f: f.addr(f.pick(["IT", "DE", "ES"])), "address|street"),
            "fee": G(money(2, 120)),
            "currency": G(lambda f: "EUR"),
            "co2_saved_g": G(lambda f: f.r.randint(0, 9000)),
            "ended_in_zone": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Nearby Cars Viewed",
        "citycar",
        ["swift", "kotlin"],
        {
            "user_location": {
                "latitude": Y(lambda f: f.pos_city()[0], "geolocation"),
                "longitude": Y(lambda f: f.pos_city()[1], "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
            "cars": Many(
                {
                    "id": G(lambda f: "veh_" + f.digits(5)),
                    "plate": G(lambda f: f.plate()),
                    "lat": G(lambda f: f.pos_city()[0]),
                    "lng": G(lambda f: f.pos_city()[1]),
                    "battery_pct": G(lambda f: f.r.randint(12, 100)),
                    "distance_m": G(lambda f: f.r.randint(40, 2500)),
                },
                5,
            ),
            "radius_m": G(one_of(500, 1000, 2000)),
        },
        1,
    ),
    (
        "track",
        "Damage Reported",
        "citycar",
        ["swift", "kotlin"],
        {
            "trip_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: "veh_" + f.digits(5)),
            "damage_type": G(one_of("scratch", "dent", "broken_mirror", "interior_dirty", "flat_tyre")),
            "photo_urls": Many(G(lambda f: f"https://media.citycar.app/damage/{f.hexid(16)}.jpg"), 3),
            "details": G(
                one_of(
                    "Scratch on the rear bumper",
                    "Side mirror cracked",
                    "Crumbs on the back seat",
                    "Front left tyre flat",
                )
            ),
            "drivable": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "PaymentMethodAdded",
        "citycar",
        ["dotnet"],
        {
            "PaymentMethodId": G(lambda f: "pm_" + f.alnum(24)),
            "Brand": G(one_of("Visa", "Mastercard", "Amex", "Maestro")),
            "MaskedPan": G(lambda f: f.pick(["4", "5", "3"]) + f.digits(3) + " **** **** " + f.digits(4)),
            "ExpiryMonth": G(lambda f: f.r.randint(1, 12)),
            "ExpiryYear": G(lambda f: f.r.randint(2025, 2031)),
            "HolderName": Y(lambda f: f.eu_person(), "name"),
            "IsDefault": G(lambda f: f.pick([True, False])),
            "Country": G(one_of("IT", "DE", "ES", "FR")),
            "WalletType": G(one_of("None", "ApplePay", "GooglePay")),
        },
        1,
    ),
    (
        "identify",
        None,
        "citycar",
        ["php"],
        {
            "nome": Y(lambda f: f.given("IT"), "name"),
            "cognome": Y(lambda f: f.family("IT"), "name"),
            "email": Y(lambda f: f.mail("IT"), "email"),
            "cellulare": Y(lambda f: f.tel("IT"), "phone"),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
            "data_di_nascita": Y(lambda f: f.dob(1950, 2005), "birthdate"),
            "luogo_di_nascita": Y(lambda f: f.city_of("IT"), "city"),
            "sesso": Y(one_of("M", "F"), "gender|sex"),
            "indirizzo": Y(lambda f: f.addr("IT"), "address|street"),
            "cap": Y(lambda f: f.postcode("IT"), "zipcode"),
            "citta": Y(lambda f: f.city_of("IT"), "city"),
            "provincia": G(one_of("MI", "RM", "TO", "NA", "BO", "FI")),
            "consenso_marketing": G(lambda f: f.pick([True, False])),
            "piano_tariffario": G(one_of("base", "plus", "business")),
            "patente_verificata": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Multa Ricevuta",
        "citycar",
        ["go"],
        {
            "numero_verbale": G(lambda f: f"{f.r.randint(2023, 2024)}/{f.digits(6)}"),
            "targa": G(lambda f: f"{f.upper(2)} {f.digits(3)}{f.upper(2)}"),
            "importo": G(money(29, 430)),
            "data_infrazione": G(lambda f: f.iso()),
            "luogo_infrazione": Y(lambda f: f.addr("IT") + ", " + f.city_of("IT"), "address|street"),
            "tipo_infrazione": G(
                one_of("eccesso di velocità", "accesso ZTL", "divieto di sosta", "semaforo rosso")
            ),
            "conducente": {
                "nome": Y(lambda f: f.given("IT"), "name"),
                "cognome": Y(lambda f: f.family("IT"), "name"),
                "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
                "numero_patente": Y(lambda f: f.upper(2) + f.digits(7) + f.upper(1), "license"),
                "data_nascita": Y(lambda f: f.dob(1950, 2005), "birthdate"),
                "indirizzo_residenza": Y(lambda f: f.addr("IT"), "address|street"),
                "cap": Y(lambda f: f.postcode("IT"), "zipcode"),
                "comune": Y(lambda f: f.city_of("IT"), "city"),
                "provincia": G(one_of("MI", "RM", "TO", "NA", "BO")),
                "pec": Y(
                    lambda f: (
                        ascii_upper(f.given("IT")).lower()
                        + "."
                        + ascii_upper(f.family("IT")).lower()
                        + "@pec.it"
                    ),
                    "email",
                ),
            },
            "addebitato": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Push Token Registered",
        "citycar",
        ["kotlin"],
        {
            "fcm_token": RED(
                lambda f: (
                    f.alnum(11)
                    + ":APA91b"
                    + "".join(
                        f.pick("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
                        for _ in range(134)
                    )
                ),
                "token",
            ),
            "notifications_enabled": G(lambda f: f.pick([True, False])),
            "channel_count": G(lambda f: f.r.randint(1, 6)),
        },
        1,
    ),
]

WAREHOUSE = [
    (
        "identify",
        None,
        "railgo",
        ["python"],
        {
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "PHONE_E164": Y(lambda f: f.tel().replace(" ", "").replace("-", ""), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.day(f.r.randint(1950, 2005)), "birthdate"),
            "HOME_CITY": Y(lambda f: f.city_of(), "city"),
            "COUNTRY_CODE": G(one_of("IT", "DE", "IN", "JP", "FR", "ES")),
            "LIFETIME_BOOKINGS": G(lambda f: f.r.randint(0, 300)),
            "LTV_EUR": G(money(0, 9000)),
            "LAST_BOOKING_AT": G(lambda f: f.iso()),
            "PREFERRED_BRAND": G(one_of("RailGo", "Klookly", "CityCar")),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 4)),
            "IS_RAILCARD_HOLDER": G(lambda f: f.pick([True, False])),
            "RFM_SEGMENT": G(one_of("champions", "at_risk", "new", "hibernating")),
        },
        1,
    ),
]

TEMPLATES = RAILGO + RAILGO_INDIA + RAILGO_JAPAN + KLOOKLY + CITYCAR + WAREHOUSE


def message(f: F, kind: str, name: str | None, brand: str, client: str, body, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32), f.uuid()]),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["usr_" + f.digits(8), f.uuid(), f.digits(9)]),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "grp_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client, brand, f), f, "context", labels)
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, brand, clients, body, weight in TEMPLATES:
            for _ in range(weight):
                events.append(message(f, kind, name, brand, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=42, repeats=24)
    write(Path(__file__).parent, "holdout42_", events, labels)
