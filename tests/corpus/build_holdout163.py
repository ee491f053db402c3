"""Writes holdout163: tests/corpus/holdout163_events.jsonl and holdout163_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never run through the engine by its author. Only build.py's helpers, fake.py
and build_holdout3.py (for the format) were read.

Domain: a car maker ("Auren Motors") with a connected-car app and a dealer network in Germany,
South Korea and the US. Covered: account identify calls (app, German dealer site, Korean DMS),
vehicle registration with VINs and plates, remote commands, climate schedules, trips, parking,
home location, guest drivers, driver profiles, digital keys, valet PIN and Wi-Fi hotspot,
service appointments, recalls and recall letters, repair orders and technicians, financing
(.NET PascalCase), German leasing (German keys), Korean financing (Korean DMS
SCREAMING_SNAKE abbreviations) and a Korean test-drive form (Hangul keys), trade-ins, lease
returns, usage-based insurance quotes, military incentives, in-car payments for charging and
fuel, accessory e-commerce (spec events), roadside assistance with a Twilio-shaped call webhook,
eCall, emergency medical profile, voice commands, support chat, CSI survey (kebab-case), ESP
e-mail webhook, identity verification, vehicle health reports, subscriptions, page/screen/
group/alias calls. Contexts of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries.

Conventions: mostly camelCase and snake_case English keys; about one path in five is PascalCase
(.NET finance, Twilio webhook), kebab-case (survey vendor), SCREAMING_SNAKE (Korean DMS) or
German / Korean (Hangul) keys. Values are generated per message from a persona of the market
(German, Korean in Hangul or romanised, US names of many origins; national phone, address and
plate formats). Checksums where real ids have them: VIN check digit (position 9), Luhn cards,
mod-97 IBANs, Korean resident registration numbers, German Steuer-IDs (ISO 7064 MOD 11,10 and
the digit-repetition rule), German ID card numbers (7-3-1), SSA-structured SSNs.

Labelling (each leaf path: classification, type, value_only), the product's default colours:
- PII = personal data about a natural person (the user, a guest driver, a recipient, a
  co-applicant, an emergency contact, a dispatcher, an advisor, a technician). Types are the
  reference matcher names, else `bank account`, `geolocation`, `national id`, `advertising id`,
  `credit card`, `credit score`, `token`, `secret`; `a|b` when either is fair. Colours: the
  reference default; outside it red for credentials, secrets, tokens, cards, bank accounts,
  government ids and health ids, yellow otherwise.
- Green: ids we issue (customer, member, loyalty, claim, lease-account, repair-order,
  contract/eMAID numbers), UUIDs, SKUs, versions, timestamps, hashes of non-PII, amounts, enums,
  counters and booleans under PII-sounding keys (`emailVerified`, `pin_attempts`,
  `password_strength`, `SsnLast4Verified`), age and age bands, marital status, employers and
  job titles, products, vehicles' own names and pets' names; places that are not the person's
  (a dealer, a charging station, a searched destination, a dealer-locator query); business
  phone numbers and role mailboxes (service@, no-reply@) and the Twilio `To` number of our own
  hotline; bank codes and BICs; card brand, last four, BIN and expiry; UUID tokens (Places
  session token, appAccountToken); e-mail Message-IDs; OS-issued analytics device ids.
- Yellow by policy: VINs (`serial`) and plates (`license`) wherever they appear, insurance policy
  numbers (`identification`), salaries and hourly wages (`salary`), credit scores (`credit
  score`), gclid / fbp (`advertising id`), billing and shipping addresses (`address`).
- Red by policy: `pm_` payment-method ids, invite and one-time codes, sign-in link tokens, OAuth
  refresh tokens (`token`); SSNs; identity document numbers (`national id`, `passport`); visa
  type (`visa`); the valet PIN and the hotspot password (`password`).
- Special categories carried by booleans or enums are PII of that category: hand controls and
  hearing impairment (`disability`, red), military status and branch (`veteran`, red), German
  `anrede` (Herr/Frau) and Korean `SEX_CD` (M/F) reveal sex (`gender|sex`, yellow). The last
  four of an SSN are red (`social security number`); an allergy, condition or medication list
  in the emergency profile is yellow under its matcher.
- Decisions made here where the brief is silent (what a careful privacy owner would flag):
  a driving licence number is the reference's `license` (yellow), not an identity document;
  trip start/end coordinates and addresses, parking spots and the home location are the
  person's precise location (yellow); the trip end address is the person's, a destination sent
  from search is not; Twilio's FromCity / FromZip describe the caller (yellow), ToCity our line
  (green); a Korean residence region (시/도 level) is the person's `city`; the staff member's
  personal work e-mail (firstname.lastname@dealer) is personal; a birth year is `birthdate`
  (unlike an age); the ZIP a visitor types for local pricing is theirs (`zipcode`); an
  Android app-set `context.location` is the person's position; Twilio's CNAM `CallerName` is
  the caller's name; a parking/survey comment that never carries personal data is green.
- value_only is true when the key does not say what the value is (`value`, `text`, `input`,
  `label`, `comments`, `dispatch_notes`, `recipient`, `From`, `to`, `externalIds[].id`); every
  value of a value_only PII path carries that PII, and every free-text path is labelled by what
  all of its values carry.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places of the three markets --------------------------------------------------------

DE_FIRST = [
    "Lukas", "Anna", "Mehmet", "Leonie", "Jonas", "Sophie", "Emre", "Katharina", "Felix", "Marie",
    "Dragan", "Aylin", "Maximilian", "Zeynep", "Tobias", "Hannah", "Nikola", "Lena", "Jannik", "Ewa",
    "Jürgen", "Birgit", "Özlem", "Sven",
]  # fmt: skip
DE_LAST = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Y\u0131lmaz", "Becker", "Hoffmann", "Kowalski",
    "Schäfer", "Koch", "Richter", "Öztürk", "Wagner", "Nguyen", "Hartmann", "Krüger", "Popović",
    "Lehmann", "Zimmermann", "Wolf", "Schulze",
]  # fmt: skip
KR_FIRST = [
    ("민준", "Min-jun"), ("서연", "Seo-yeon"), ("지훈", "Ji-hoon"), ("수빈", "Su-bin"), ("하은", "Ha-eun"),
    ("도윤", "Do-yun"), ("예린", "Ye-rin"), ("서준", "Seo-jun"), ("지아", "Ji-a"), ("현우", "Hyun-woo"),
    ("소희", "So-hee"), ("태양", "Tae-yang"), ("지민", "Ji-min"), ("유나", "Yu-na"), ("은지", "Eun-ji"),
    ("성민", "Sung-min"), ("미영", "Mi-young"), ("재현", "Jae-hyun"),
]  # fmt: skip
KR_LAST = [
    ("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
    ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"),
    ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"),
]  # fmt: skip
US_FIRST = [
    "James", "Maria", "DeShawn", "Emily", "José", "Ashley", "Tyrone", "Megan", "Carlos", "Jennifer",
    "Thanh", "Aaliyah", "Michael", "Guadalupe", "Hiroshi", "Fatima", "Connor", "Priya", "Jamal",
    "Brittany", "Wei", "Olumide", "Dakota", "Svetlana",
]  # fmt: skip
US_LAST = [
    "Johnson", "Williams", "Garcia", "Rodriguez", "Nguyen", "Washington", "Patel", "Kim", "Martinez",
    "O'Connor", "Jackson", "Hernandez", "Thompson", "Okonkwo", "Nakamura", "Cohen", "Begay", "Lopez",
    "Anderson", "Murphy", "Kowalczyk", "Abdullah",
]  # fmt: skip

DE_STREETS = [
    "Leopoldstraße", "Hauptstr.", "Am Sonnenhang", "Bahnhofstraße", "Lindenallee", "Schillerstr.",
    "Königsallee", "Gartenweg", "Mozartstraße", "Kastanienweg", "Friedrichstraße", "Ringstr.",
]  # fmt: skip
DE_CITIES = [
    ("München", "80", "BY"), ("Berlin", "10", "BE"), ("Hamburg", "22", "HH"), ("Köln", "50", "NW"),
    ("Stuttgart", "70", "BW"), ("Frankfurt am Main", "60", "HE"), ("Leipzig", "04", "SN"),
    ("Düsseldorf", "40", "NW"), ("Nürnberg", "90", "BY"), ("Ingolstadt", "85", "BY"),
    ("Wolfsburg", "38", "NI"), ("Bremen", "28", "HB"),
]  # fmt: skip
DE_PLATE_PREFIX = ["M", "B", "HH", "K", "S", "F", "L", "D", "N", "IN", "WOB", "HB", "EBE", "FFB"]
KR_ROADS = [
    ("서울특별시", "강남구", "테헤란로"), ("서울특별시", "마포구", "월드컵북로"),
    ("부산광역시", "해운대구", "센텀중앙로"), ("경기도 성남시", "분당구", "판교역로"),
    ("인천광역시", "연수구", "컨벤시아대로"), ("대구광역시", "수성구", "달구벌대로"),
    ("경기도 수원시", "영통구", "광교중앙로"), ("대전광역시", "유성구", "대학로"),
    ("광주광역시", "서구", "상무대로"),
]  # fmt: skip
KR_CITY_ROMAN = ["Seoul", "Busan", "Seongnam", "Incheon", "Daegu", "Suwon", "Daejeon", "Gwangju"]
KR_PLATE_SYL = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호")
US_STREETS = [
    "Oak Ave", "Maple St", "W 55th St", "Peachtree Rd NE", "Woodward Ave", "Elm Dr", "Sunset Blvd",
    "Lakeshore Dr", "Mission St", "Cypress Creek Pkwy", "N Central Expy", "Juniper Ln",
]  # fmt: skip
US_CITIES = [
    ("Detroit", "MI", "482"), ("Dallas", "TX", "752"), ("Phoenix", "AZ", "850"), ("Atlanta", "GA", "303"),
    ("Columbus", "OH", "432"), ("Seattle", "WA", "981"), ("San Jose", "CA", "951"), ("Miami", "FL", "331"),
    ("Denver", "CO", "802"), ("Charlotte", "NC", "282"), ("Chattanooga", "TN", "374"),
    ("Brooklyn", "NY", "112"), ("Albuquerque", "NM", "871"),
]  # fmt: skip
US_STATES = [c[1] for c in US_CITIES]
US_AREA_CODES = [
    313,
    248,
    214,
    469,
    602,
    480,
    404,
    678,
    614,
    206,
    408,
    305,
    303,
    704,
    423,
    718,
    505,
    917,
    312,
    512,
]

MODELS = ["Auren E4", "Auren E6 Sport", "Auren Vela", "Auren Terra X", "Auren C3 Hybrid", "Auren E9 Grand"]
TRIMS = ["Base", "Comfort", "Premium", "GT Line", "Launch Edition"]
COLOURS = ["Polar White", "Graphite Grey", "Midnight Blue", "Ruby Red", "Forest Green", "Obsidian Black"]
DEALERS = {
    "de": [
        ("DE-1042", "Auren Zentrum München Nord", "+49 89 4520990", "München"),
        ("DE-2210", "Autohaus Brinkmann GmbH", "+49 40 6688120", "Hamburg"),
        ("DE-3307", "Auren Store Berlin Mitte", "+49 30 2091770", "Berlin"),
        ("DE-5120", "Autohaus Keller & Söhne", "+49 711 8830440", "Stuttgart"),
    ],
    "kr": [
        ("KR-0118", "오렌 강남 전시장", "02-3445-7100", "서울"),
        ("KR-0231", "오렌 분당 서비스센터", "031-708-5500", "성남"),
        ("KR-0407", "오렌 해운대 전시장", "051-740-2200", "부산"),
    ],
    "us": [
        ("US-31455", "Auren of Troy", "(248) 555-0142", "Troy"),
        ("US-44012", "Lone Star Auren", "(214) 555-0190", "Dallas"),
        ("US-51877", "Auren Peachtree", "(404) 555-0117", "Atlanta"),
        ("US-60233", "Bayview Auren", "(408) 555-0163", "San Jose"),
    ],
}
VIN_WMI = {"de": ["WA7", "WA8"], "kr": ["KA7", "KA8"], "us": ["5A7", "1A7"]}
VIN_VALUES = {**{str(d): d for d in range(10)}}
VIN_VALUES.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)))
VIN_VALUES.update({"P": 7, "R": 9})
VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Mobile Safari/537.36 NAVER(inapp; search; 2000; 12.3.6)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_fold(s: str) -> str:
    table = {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "\u0131": "i",
        "ç": "c",
        "ş": "s",
        "ğ": "g",
        "é": "e",
    }
    table.update({"ć": "c", "'": "", "-": "", " ": "", "Ö": "oe", "Ü": "ue", "Ä": "ae"})
    return "".join(table.get(c, c) for c in s.lower())


class Car(Fake):
    """Fake values for one message: `p` is the user, `q` another person, `s` a staff member."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.cc = "us"
        self.p: dict = {}
        self.q: dict = {}
        self.s: dict = {}
        self.d: tuple = DEALERS["us"][0]
        self.home: tuple = US_CITIES[0]

    def start(self, markets: list[str]) -> None:
        self.cc = self.pick(markets)
        self.p = self.person(self.cc)
        self.q = self.person(self.cc)
        self.s = self.person(self.cc)
        self.d = self.pick(DEALERS[self.cc])
        self.home = self.pick(DE_CITIES if self.cc == "de" else US_CITIES)

    # -- a person -------------------------------------------------------------------------------
    def person(self, cc: str) -> dict:
        r = self.r
        if cc == "de":
            first, last = self.pick(DE_FIRST), self.pick(DE_LAST)
            full = f"{first} {last}"
            rfirst, rlast = ascii_fold(first), ascii_fold(last)
            domain = self.pick(["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "icloud.com"])
        elif cc == "kr":
            (kf, rf), (kl, rl) = self.pick(KR_FIRST), self.pick(KR_LAST)
            if r.random() < 0.7:
                first, last, full = kf, kl, kl + kf
            else:
                first, last, full = rf, rl, f"{rf} {rl}"
            rfirst, rlast = ascii_fold(rf), ascii_fold(rl)
            domain = self.pick(["naver.com", "daum.net", "kakao.com", "gmail.com", "hanmail.net"])
        else:
            first, last = self.pick(US_FIRST), self.pick(US_LAST)
            full = f"{first} {last}"
            rfirst, rlast = ascii_fold(first), ascii_fold(last)
            domain = self.pick(
                ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"]
            )
        user = self.pick(
            [
                f"{rfirst}.{rlast}",
                f"{rfirst}{rlast}{r.randint(1, 99)}",
                f"{rfirst[0]}{rlast}",
                f"{rlast}.{rfirst}{r.randint(70, 99)}",
                f"{rfirst}_{r.randint(100, 9999)}",
            ]
        )
        return {"first": first, "last": last, "full": full, "email": f"{user}@{domain}", "cc": cc}

    def phone_cc(self, cc: str | None = None) -> str:
        r = self.r
        cc = cc or self.cc
        if cc == "de":
            pre = self.pick(["151", "152", "160", "162", "170", "171", "172", "175", "176", "179"])
            num = f"{r.randint(1000000, 99999999)}"
            return self.pick(
                [
                    f"+49 {pre} {num}",
                    f"0{pre} {num}",
                    f"+49{pre}{num}",
                    f"0{pre}/{num}",
                    f"+49 (0){pre} {num}",
                ]
            )
        if cc == "kr":
            a, b = r.randint(1000, 9999), r.randint(1000, 9999)
            return self.pick(
                [f"010-{a}-{b}", f"010{a}{b}", f"+82 10-{a}-{b}", f"+8210{a}{b}", f"010 {a} {b}"]
            )
        area = self.pick(US_AREA_CODES)
        ex, line = r.randint(201, 989), r.randint(0, 9999)
        return self.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"{area}.{ex}.{line:04d}",
                f"+1 {area} {ex} {line:04d}",
            ]
        )

    # -- addresses ------------------------------------------------------------------------------
    def street_cc(self, cc: str | None = None) -> str:
        r = self.r
        cc = cc or self.cc
        if cc == "de":
            return f"{self.pick(DE_STREETS)} {r.randint(1, 180)}{self.pick(['', '', '', 'a', 'b'])}"
        if cc == "kr":
            _, gu, road = self.pick(KR_ROADS)
            return f"{gu} {road} {r.randint(1, 400)}"
        unit = self.pick(
            ["", "", "", f" Apt {r.randint(1, 30)}{self.pick('ABCD')}", f" Unit {r.randint(100, 999)}"]
        )
        return f"{r.randint(10, 29999)} {self.pick(US_STREETS)}{unit}"

    def city_cc(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        if cc == "de":
            return self.home[0] if self.cc == "de" else self.pick(DE_CITIES)[0]
        if cc == "kr":
            return self.pick([k[0] for k in KR_ROADS] + KR_CITY_ROMAN)
        return self.home[0] if self.cc == "us" else self.pick(US_CITIES)[0]

    def zip_cc(self, cc: str | None = None) -> str:
        r = self.r
        cc = cc or self.cc
        if cc == "de":
            return (self.home[1] if self.cc == "de" else self.pick(DE_CITIES)[1]) + f"{r.randint(0, 999):03d}"
        if cc == "kr":
            return f"{r.randint(1, 63):02d}{r.randint(0, 999):03d}"
        return (self.home[2] if self.cc == "us" else self.pick(US_CITIES)[2]) + f"{r.randint(1, 99):02d}"

    def state_cc(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        if cc == "de":
            return self.home[2] if self.cc == "de" else self.pick(DE_CITIES)[2]
        if cc == "kr":
            return self.pick(["Seoul", "Gyeonggi-do", "Busan", "Incheon", "Daegu"])
        return self.home[1] if self.cc == "us" else self.pick(US_STATES)

    def full_address(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        r = self.r
        if cc == "de":
            city, plz, _ = self.pick(DE_CITIES)
            return f"{self.street_cc('de')}, {plz}{r.randint(0, 999):03d} {city}"
        if cc == "kr":
            si, gu, road = self.pick(KR_ROADS)
            return f"{si} {gu} {road} {r.randint(1, 400)}"
        city, st, z = self.pick(US_CITIES)
        return f"{self.street_cc('us')}, {city}, {st} {z}{r.randint(1, 99):02d}"

    def latlon(self, cc: str | None = None) -> tuple[float, float]:
        cc = cc or self.cc
        box = {
            "de": (47.4, 54.8, 6.0, 14.9),
            "kr": (34.8, 37.9, 126.5, 129.4),
            "us": (25.8, 47.5, -122.5, -71.0),
        }
        la0, la1, lo0, lo1 = box[cc]
        return round(self.r.uniform(la0, la1), 6), round(self.r.uniform(lo0, lo1), 6)

    def lat_(self) -> float:
        return self.latlon()[0]

    def lon_(self) -> float:
        return self.latlon()[1]

    # -- vehicles -------------------------------------------------------------------------------
    def vin(self) -> str:
        chars = self.pick(VIN_WMI[self.cc]) + "".join(self.r.choice(VIN_CHARS[:23]) for _ in range(5))
        chars += "0" + self.pick("NPRS") + self.pick("ABCMSU") + f"{self.r.randint(0, 999999):06d}"
        total = sum(VIN_VALUES[c] * w for c, w in zip(chars, VIN_WEIGHTS, strict=True))
        check = "X" if total % 11 == 10 else str(total % 11)
        return chars[:8] + check + chars[9:]

    def plate(self) -> str:
        r = self.r
        if self.cc == "de":
            letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.randint(1, 2)))
            sep = self.pick(["-", " "])
            return (
                f"{self.pick(DE_PLATE_PREFIX)}{sep}{letters} {r.randint(1, 9999)}{self.pick(['', '', 'E'])}"
            )
        if self.cc == "kr":
            head = f"{r.randint(10, 399)}" if r.random() < 0.6 else f"{r.randint(10, 99)}"
            return f"{head}{self.pick(KR_PLATE_SYL)}{self.pick(['', ' '])}{r.randint(1000, 9999)}"
        letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return self.pick(
            [
                f"{r.randint(5, 9)}{letters}{r.randint(100, 999)}",
                f"{letters}-{r.randint(1000, 9999)}",
                f"{letters} {r.randint(100, 999)}",
            ]
        )

    def dl_number(self) -> str:
        r = self.r
        if self.cc == "de":
            return "".join(r.choice("BCDFGHJKLMNPRTVWXYZ0123456789") for _ in range(10)) + str(
                r.randint(0, 9)
            )
        if self.cc == "kr":
            year = self.pick([r.randint(0, 24), r.randint(90, 99)])
            return f"{r.randint(11, 28)}-{year:02d}-{r.randint(0, 999999):06d}-{r.randint(10, 99)}"
        return self.pick(["D", "S", "F", "W"]) + self.digits(7) if r.random() < 0.5 else self.digits(9)

    # -- government and bank ids --------------------------------------------------------------
    def rrn(self) -> str:
        r = self.r
        year = r.randint(1955, 2004)
        g = (1 if year < 2000 else 3) + r.randint(0, 1)
        body = f"{year % 100:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{g}{r.randint(0, 99999):05d}"
        weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        check = (11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11) % 10
        return f"{body[:6]}-{body[6:]}{check}"

    def steuer_id(self) -> str:
        r = self.r
        while True:
            digits = r.sample(range(10), 9)
            digits.append(r.choice(digits))
            r.shuffle(digits)
            if digits[0] != 0:
                break
        product = 10
        for d in digits:
            s = (d + product) % 10 or 10
            product = (s * 2) % 11
        check = 11 - product
        return "".join(map(str, digits)) + str(0 if check == 10 else check)

    def ausweis(self) -> str:
        alphabet = "0123456789CFGHJKLMNPRTVWXYZ"
        body = self.pick("LMNPRTVWXYZ") + "".join(self.r.choice(alphabet) for _ in range(8))
        weights = [7, 3, 1]
        total = sum(int(c, 36) * weights[i % 3] for i, c in enumerate(body))
        return body + str(total % 10)

    def kr_account(self) -> str:
        r = self.r
        return self.pick(
            [
                f"110-{r.randint(100, 999)}-{r.randint(100000, 999999)}",
                f"1002-{r.randint(100, 999)}-{r.randint(100000, 999999)}",
                f"352-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}",
                f"{r.randint(100000, 999999)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}",
            ]
        )

    def passport(self) -> str:
        if self.cc == "kr":
            return "M" + self.digits(8)
        if self.cc == "de":
            return "C" + "".join(self.r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        return self.pick(["", "A"]) + self.digits(9 if self.r.random() < 0.5 else 8)

    def card_any(self) -> str:
        return self.card()

    def pm(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "pm_1" + "".join(self.r.choice(alnum) for _ in range(23))

    def token(self, n=32) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "".join(self.r.choice(alnum) for _ in range(n))

    def dealer(self):
        return self.d

    def currency(self) -> str:
        return {"de": "EUR", "kr": "KRW", "us": "USD"}[self.cc]

    def amount(self, lo: float, hi: float):
        if self.cc == "kr":
            return int(self.r.uniform(lo, hi) * 1300 // 100 * 100)
        return round(self.r.uniform(lo, hi), 2)

    def locale(self) -> str:
        return {"de": "de-DE", "kr": "ko-KR", "us": "en-US"}[self.cc]

    def tz(self) -> str:
        return {
            "de": "Europe/Berlin",
            "kr": "Asia/Seoul",
            "us": self.pick(
                ["America/Detroit", "America/Chicago", "America/Los_Angeles", "America/New_York"]
            ),
        }[self.cc]


# -- contexts of the client libraries ---------------------------------------------------------------


def web_ctx(page: str, title: str):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://search.naver.com/", "https://www.bing.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?model=e6", "?ref=nav"])
            ),
            "title": G(lambda f: title),
            "url": G(
                lambda f: (
                    {
                        "de": "https://www.auren.de",
                        "kr": "https://www.auren.co.kr",
                        "us": "https://www.aurenusa.com",
                    }[f.cc]
                    + page
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.locale()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["e6_launch", "service_spring", "lease_deals_q2"])),
            "source": G(lambda f: f.pick(["google", "naver", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(lambda f: f.pick(["electric suv", "auren e6 lease", "전기차 시승"])),
            "content": G(lambda f: f.pick(["hero_banner", "textlink", "carousel_2"])),
        },
    }


def swift_ctx(app="Auren Connect"):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.2", "6.6.0"])),
            "build": G(lambda f: f.pick(["6400", "6521", "6600"])),
            "namespace": G(lambda f: "com.aurenmotors.connect"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,5", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "traits": {
            "email": Y(lambda f: f.p["email"], "email"),
            "userId": G(lambda f: "AUR" + f.digits(8)),
        },
    }


def kotlin_ctx():
    return {
        "app": {
            "name": G(lambda f: "Auren Connect"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["640012", "651003"])),
            "namespace": G(lambda f: "com.aurenmotors.connect"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "LGE"])),
            "model": G(lambda f: f.pick(["SM-S918N", "SM-A546B", "Pixel 8", "2201116SG"])),
            "name": G(lambda f: f.pick(["dm3q", "a54x", "shiba", "veux"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.locale()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: {"de": "Telekom.de", "kr": f.pick(["SKTelecom", "KT", "LG U+"]), "us": "T-Mobile"}[
                    f.cc
                ]
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.tz()),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918N Build/UP1A.231005.007)"),
        "location": {
            "latitude": Y(lambda f: f.lat_(), "geolocation"),
            "longitude": Y(lambda f: f.lon_(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 3.4, 27.8])),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.p["email"], "email"),
        },
    }


def rn_ctx():
    return {
        "app": {
            "name": G(lambda f: "Auren Connect"),
            "version": G(lambda f: f.pick(["6.5.0", "6.5.3"])),
            "build": G(lambda f: f.pick(["1187", "1193"])),
            "namespace": G(lambda f: "com.aurenmotors.connect"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-S911U"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(lambda f: f.p["email"], "email"),
            "phone": Y(lambda f: f.phone_cc(), "phone"),
        },
    }


def flutter_ctx():
    return {
        "app": {
            "name": G(lambda f: "Auren Charge"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "com.aurenmotors.charge"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Google"])),
            "model": G(lambda f: f.pick(["SM-F946N", "iPhone15,3", "Pixel 7"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.4"])),
        },
        "screen": {"width": G(lambda f: f.pick([412, 393])), "height": G(lambda f: f.pick([915, 852]))},
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_ctx(lib: str):
    name, version = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if lib in ("node", "php"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS_WEB))
    if lib == "python":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.p["email"], "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "java":
        ctx["groupId"] = G(lambda f: f.dealer()[0])
    return ctx


# -- shared bits -----------------------------------------------------------------------------------

VIN = Y(lambda f: f.vin(), "serial")
PLATE = Y(lambda f: f.plate(), "license")
EMAIL = Y(lambda f: f.p["email"], "email")
PHONE = Y(lambda f: f.phone_cc(), "phone")
FIRST = Y(lambda f: f.p["first"], "name")
LAST = Y(lambda f: f.p["last"], "name")
FULL = Y(lambda f: f.p["full"], "name")
LAT = Y(lambda f: f.lat_(), "geolocation")
LON = Y(lambda f: f.lon_(), "geolocation")
CUR = G(lambda f: f.currency())
MODEL = G(lambda f: f.pick(MODELS))


def money(lo, hi):
    return G(lambda f: f.amount(lo, hi))


def ts():
    return G(lambda f: f.iso())


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f"ACC-{f.r.randint(1000, 9999)}-{f.pick(['BLK', 'GRY', 'UNI', '20IN'])}"),
        "name": G(
            lambda f: f.pick(
                [
                    "All-Weather Floor Mats",
                    "Roof Cargo Box 420L",
                    "Wallbox Home Charger 11 kW",
                    "Type 2 Charging Cable 7m",
                    'Winter Wheel Set 19"',
                    "Pet Travel Seat Cover",
                    "Auren Key Fob Cover",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Charging", "Interior", "Wheels & Tires", "Transport", "Lifestyle"])),
        "brand": G(lambda f: f.pick(["Auren Genuine Accessories", "Thule", "Juice Technology"])),
        "price": money(19, 1400),
        "quantity": G(lambda f: f.r.randint(1, 4)),
    }


def comment_with_phone(f: Car) -> str:
    ph = f.phone_cc()
    return f.pick(
        {
            "de": [
                f"Bitte vorher unter {ph} anrufen",
                f"Rückruf bitte an {ph}, tagsüber erreichbar",
                f"Bin nur mobil erreichbar: {ph}",
                f"Schlüssel liegt beim Nachbarn, Tel. {ph}",
            ],
            "kr": [
                f"방문 전에 {ph}로 연락 부탁드립니다",
                f"연락처 {ph} (퇴근 후 통화 가능)",
                f"대리 방문 예정, 연락 {ph}",
            ],
            "us": [
                f"Please call {ph} before starting any work",
                f"Text me at {ph} when the car is ready",
                f"My wife will drop it off, her cell is {ph}",
                f"Best number is {ph} after 3pm",
            ],
        }[f.cc]
    )


def dispatch_note(f: Car) -> str:
    ph = f.phone_cc()
    return f.pick(
        [
            f"Customer waiting inside gas station, alt number {ph}",
            f"Spouse will meet the driver, reach her on {ph}",
            f"Call {ph} on arrival, car is in the underground garage",
            f"Caller lost signal, call back on {ph}",
        ]
    )


def chat_text(f: Car) -> str:
    pl = f.plate()
    return f.pick(
        {
            "de": [
                f"Hallo, wie lange dauert die Inspektion für {pl}?",
                f"Mein Wagen {pl} zeigt eine Warnung zum Reifendruck",
                f"Kennzeichen {pl}, der Termin am Freitag passt leider nicht",
            ],
            "kr": [
                f"{pl} 차량 점검 예약 변경하고 싶어요",
                f"차량번호 {pl} 리콜 대상인가요?",
                f"{pl} 충전이 안 됩니다",
            ],
            "us": [
                f"Hi, is my car ({pl}) ready for pickup?",
                f"Plate {pl}, the app says the doors are unlocked",
                f"Can you check the recall status for {pl}",
            ],
        }[f.cc]
    )


def voice_input(f: Car) -> str:
    name = f.q["full"]
    return f.pick(
        {
            "de": [f"Ruf {name} an", f"Nachricht an {name}: bin in zehn Minuten da", f"{name} anrufen"],
            "kr": [f"{name}에게 전화해 줘", f"{name}한테 문자 보내줘", f"{name} 전화"],
            "us": [f"Call {name}", f"Text {name} I'm running late", f"Call {name} mobile"],
        }[f.cc]
    )


def key_label(f: Car) -> str:
    first = f.q["first"]
    return f.pick(
        {
            "de": [f"{first}s iPhone", f"Schlüssel {first}", f"{first} Handy"],
            "kr": [f"{first} 폰", f"{first}의 iPhone", f"{first} 키"],
            "us": [f"{first}'s iPhone", f"{first}'s Pixel", f"Key for {first}"],
        }[f.cc]
    )


# -- the events ------------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, markets, body)

ALL = ["de", "kr", "us"]

EVENTS = [
    # -- accounts ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin"],
        ALL,
        {
            "email": EMAIL,
            "firstName": FIRST,
            "lastName": LAST,
            "phone": PHONE,
            "birthday": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "diverse", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street_cc(), "address|street"),
                "city": Y(lambda f: f.city_cc(), "city"),
                "postalCode": Y(lambda f: f.zip_cc(), "zipcode"),
                "state": G(lambda f: f.state_cc()),
                "country": G(lambda f: {"de": "DE", "kr": "KR", "us": "US"}[f.cc]),
            },
            "createdAt": ts(),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "vehicleCount": G(lambda f: f.r.randint(0, 3)),
            "customerNumber": G(lambda f: "C" + f.digits(9)),
            "membershipTier": G(lambda f: f.pick(["Connect Basic", "Connect Plus", "Connect Premium"])),
            "age": G(lambda f: f.r.randint(19, 78)),
            "primaryVin": VIN,
            "preferredDealerId": G(lambda f: f.dealer()[0]),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        ["kr"],
        {
            "CUST_NO": G(lambda f: f.digits(10)),
            "CUST_NM": Y(lambda f: f.p["full"], "name"),
            "MBL_TEL_NO": Y(lambda f: f.phone_cc(), "phone"),
            "HOME_TEL_NO": Y(
                lambda f: (
                    f.pick(["02", "031", "051", "032"])
                    + f"-{f.r.randint(200, 9999)}-{f.r.randint(1000, 9999)}"
                ),
                "phone",
            ),
            "EMAIL_ADDR": Y(lambda f: f.p["email"], "email"),
            "BRTH_DT": Y(lambda f: f.date(1955, 2004).replace("-", ""), "birthdate"),
            "SEX_CD": Y(lambda f: f.pick(["M", "F"]), "gender|sex"),
            "ZIP_CD": Y(lambda f: f.zip_cc(), "zipcode"),
            "BASE_ADDR": Y(lambda f: " ".join(f.pick(KR_ROADS)) + f" {f.r.randint(1, 400)}", "address"),
            "DTL_ADDR": Y(
                lambda f: f"{f.r.randint(101, 120)}동 {f.r.randint(1, 25)}{f.r.randint(1, 4):02d}호",
                "address",
            ),
            "CAR_NO": Y(lambda f: f.plate(), "license"),
            "VIN_NO": Y(lambda f: f.vin(), "serial"),
            "DLR_CD": G(lambda f: f.dealer()[0]),
            "SALE_DT": G(lambda f: f.date(2019, 2024).replace("-", "")),
            "MKT_AGR_YN": G(lambda f: f.pick(["Y", "N"])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        ["de"],
        {
            "anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender|sex"),
            "vorname": FIRST,
            "nachname": LAST,
            "strasse": Y(lambda f: f.street_cc(), "address|street"),
            "plz": Y(lambda f: f.zip_cc(), "zipcode"),
            "ort": Y(lambda f: f.city_cc(), "city"),
            "telefon": PHONE,
            "email": EMAIL,
            "kundennummer": G(lambda f: "K" + f.digits(8)),
            "geburtsjahr": Y(lambda f: f.r.randint(1950, 2005), "birthdate"),
            "newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sign Up Completed",
        ["swift", "kotlin", "web"],
        ALL,
        {
            "method": G(lambda f: f.pick(["email", "apple", "google", "kakao"])),
            "email": EMAIL,
            "full_name": FULL,
            "phone": PHONE,
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: f.pick(["DRIVE50", "AUREN-FRIEND", "", "E6LAUNCH"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "terms_version": G(lambda f: f.pick(["2024-01", "2024-04"])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        ALL,
        {
            "email": EMAIL,
            "login_token": RED(lambda f: f.token(43), "token"),
            "link_expires_at": ts(),
            "method": G(lambda f: "magic_link"),
            "new_device": G(lambda f: f.pick([True, False])),
            "ip_country": G(lambda f: {"de": "DE", "kr": "KR", "us": "US"}[f.cc]),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["node", "kotlin"],
        ALL,
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "email", "kakao_alimtalk"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "alias",
        None,
        ["swift", "kotlin"],
        ALL,
        {},
    ),
    # -- vehicle ----------------------------------------------------------------------------------
    (
        "track",
        "Vehicle Registered",
        ["swift", "kotlin", "flutter"],
        ALL,
        {
            "vin": VIN,
            "licensePlate": PLATE,
            "registrationCountry": G(lambda f: {"de": "DE", "kr": "KR", "us": "US"}[f.cc]),
            "model": MODEL,
            "modelYear": G(lambda f: f.r.randint(2020, 2025)),
            "trim": G(lambda f: f.pick(TRIMS)),
            "odometerKm": G(lambda f: f.r.randint(5, 120000)),
            "ownershipType": G(lambda f: f.pick(["owned", "leased", "financed", "company_car"])),
            "vehicleNickname": G(
                lambda f: f.pick(["Silver Arrow", "Blue Whale", "Der Flitzer", "붕붕이", "Family Ride"])
            ),
            "vinDecoded": G(lambda f: f.pick([True, False])),
            "plateCountry": G(lambda f: {"de": "D", "kr": "ROK", "us": "USA"}[f.cc]),
        },
    ),
    (
        "track",
        "Remote Command Sent",
        ["kotlin", "swift", "rn"],
        ALL,
        {
            "command_id": G(lambda f: f.uuid()),
            "command": G(
                lambda f: f.pick(
                    ["lock", "unlock", "climate_start", "climate_stop", "horn_lights", "charge_start"]
                )
            ),
            "vehicle_id": G(lambda f: "veh_" + f.hexid(12)),
            "vin": VIN,
            "result": G(lambda f: f.pick(["success", "timeout", "vehicle_asleep", "rejected"])),
            "latency_ms": G(lambda f: f.r.randint(800, 24000)),
            "pin_verified": G(lambda f: f.pick([True, False])),
            "pin_attempts": G(lambda f: f.r.randint(0, 3)),
            "target_temp_c": G(lambda f: f.pick([19, 20, 21, 21.5, 22, 23])),
        },
    ),
    (
        "track",
        "Climate Preconditioning Scheduled",
        ["flutter", "swift"],
        ALL,
        {
            "scheduleId": G(lambda f: f.uuid()),
            "departureTime": G(lambda f: f"{f.r.randint(5, 9):02d}:{f.pick(['00', '15', '30', '45'])}"),
            "targetTempC": G(lambda f: f.pick([18, 20, 21, 22])),
            "days": Many(G(lambda f: f.pick(["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"])), 5),
            "seatHeating": {
                "driver": G(lambda f: f.r.randint(0, 3)),
            },
            "recurring": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Trip Completed",
        ["python"],
        ALL,
        {
            "trip_id": G(lambda f: f.uuid()),
            "vin": VIN,
            "vehicle_id": G(lambda f: "veh_" + f.hexid(12)),
            "start_location": {"lat": LAT, "lng": LON},
            "end_location": {"lat": LAT, "lng": LON},
            "waypoints": Many({"lat": LAT, "lng": LON}, 4),
            "start_address": Y(lambda f: f.full_address(), "address"),
            "end_address": Y(lambda f: f.full_address(), "address"),
            "distance_km": G(lambda f: round(f.r.uniform(0.8, 420), 1)),
            "duration_s": G(lambda f: f.r.randint(120, 16000)),
            "energy_used_kwh": G(lambda f: round(f.r.uniform(0.5, 80), 2)),
            "eco_score": G(lambda f: f.r.randint(30, 100)),
            "started_at": ts(),
            "ended_at": ts(),
            "driver_profile_id": G(lambda f: f.r.randint(1, 4)),
            "driver_name": Y(lambda f: f.pick([f.p["full"], f.q["first"]]), "name"),
        },
    ),
    (
        "track",
        "Parking Location Saved",
        ["kotlin", "swift"],
        ALL,
        {
            "latitude": LAT,
            "longitude": LON,
            "accuracyM": G(lambda f: f.pick([3.9, 5.0, 8.2, 12.5, 35.0])),
            "address": Y(lambda f: f.full_address(), "address"),
            "floorLevel": G(lambda f: f.pick(["P1", "P2", "B2", "-3", "", "Level 4"])),
            "note": G(
                lambda f: f.pick(
                    [
                        "Row F near elevator",
                        "next to pillar B4",
                        "P2 Ost",
                        "B2 기둥 옆",
                        "",
                        "by the exit ramp",
                    ]
                )
            ),
            "garageName": G(
                lambda f: f.pick(["", "Q-Park Oper", "코엑스 주차장", "SP+ 5th Ave Garage", "APCOA Hbf"])
            ),
            "savedAt": ts(),
        },
    ),
    (
        "track",
        "Destination Sent To Car",
        ["swift", "kotlin"],
        ALL,
        {
            "destinationName": G(
                lambda f: f.pick(
                    [
                        "IKEA Berlin-Tempelhof",
                        "Allianz Arena",
                        "롯데월드타워",
                        "인천국제공항 제1터미널",
                        "Detroit Metro Airport",
                        "Costco Wholesale",
                    ]
                )
            ),
            "destinationAddress": G(
                lambda f: f.pick(
                    [
                        "Sachsendamm 47, 10829 Berlin",
                        "Werner-Heisenberg-Allee 25, 80939 München",
                        "서울특별시 송파구 올림픽로 300",
                        "인천광역시 중구 공항로 272",
                        "2850 Lizzie Hwy, Detroit, MI 48242",
                    ]
                )
            ),
            "destinationCategory": G(
                lambda f: f.pick(["shopping", "airport", "stadium", "charging", "restaurant"])
            ),
            "placeId": G(lambda f: "ChIJ" + f.token(23)),
            "sessionToken": G(lambda f: f.uuid()),
            "searchQuery": G(
                lambda f: f.pick(["ikea", "airport", "롯데월드", "costco near me", "Schnellladesäule"])
            ),
        },
    ),
    (
        "track",
        "Home Location Set",
        ["rn"],
        ALL,
        {
            "formatted_address": Y(lambda f: f.full_address(), "address"),
            "lat": LAT,
            "lng": LON,
            "geofence_radius_m": G(lambda f: f.pick([100, 150, 250])),
            "source": G(lambda f: f.pick(["map_pin", "autocomplete", "current_location"])),
            "auto_precondition": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Guest Driver Invited",
        ["rn", "swift"],
        ALL,
        {
            "invite_id": G(lambda f: f.uuid()),
            "guest": {
                "firstName": Y(lambda f: f.q["first"], "name"),
                "lastName": Y(lambda f: f.q["last"], "name"),
                "email": Y(lambda f: f.q["email"], "email"),
                "mobile": Y(lambda f: f.phone_cc(), "phone"),
                "licenseNumber": Y(lambda f: f.dl_number(), "license"),
            },
            "permissions": Many(G(lambda f: f.pick(["unlock", "start", "climate", "location_view"])), 3),
            "validFrom": ts(),
            "validUntil": ts(),
            "speedLimitKmh": G(lambda f: f.pick([None, 100, 120, 130])),
            "relationship": G(lambda f: f.pick(["family", "friend", "colleague", "other"])),
            "inviteCode": RED(
                lambda f: "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
                "token|secret",
            ),
            "guestAgeBand": G(lambda f: f.pick(["18-24", "25-34", "35-54", "55+"])),
        },
    ),
    (
        "track",
        "Driver Profile Created",
        ["kotlin"],
        ALL,
        {
            "profile_id": G(lambda f: f.r.randint(1, 4)),
            "profile_name": Y(lambda f: f.pick([f.p["first"], f.q["first"]]), "name"),
            "seat_position": G(lambda f: f.pick(["memory_1", "memory_2", "memory_3"])),
            "is_primary": G(lambda f: f.pick([True, False])),
            "hand_controls_enabled": RED(lambda f: f.pick([True, False]), "disability"),
            "driver_age": G(lambda f: f.r.randint(18, 80)),
            "linked_key_id": G(lambda f: "dk_" + f.hexid(10)),
        },
    ),
    (
        "track",
        "Digital Key Shared",
        ["swift"],
        ALL,
        {
            "keyId": G(lambda f: "dk_" + f.hexid(10)),
            "recipient": Y(lambda f: f.phone_cc(), "phone", True),
            "recipientName": Y(lambda f: f.q["full"], "name"),
            "keyRole": G(lambda f: f.pick(["friend", "family", "owner"])),
            "expiresAt": ts(),
            "label": Y(key_label, "name", True),
            "deliveryChannel": G(lambda f: f.pick(["imessage", "sms", "kakaotalk", "whatsapp"])),
        },
    ),
    (
        "track",
        "Valet Mode Enabled",
        ["swift", "kotlin"],
        ALL,
        {
            "valetPin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "password"),
            "pinLength": G(lambda f: 4),
            "speedLimitKmh": G(lambda f: f.pick([None, 100, 120, 130])),
            "trunkLocked": G(lambda f: f.pick([True, False])),
            "gloveboxLocked": G(lambda f: f.pick([True, False])),
            "enabledAt": ts(),
        },
    ),
    (
        "track",
        "Wi-Fi Hotspot Configured",
        ["kotlin"],
        ALL,
        {
            "ssid": G(lambda f: "AUREN-" + f.hexid(4).upper()),
            "hotspot_password": RED(
                lambda f: (
                    f.pick(["Sommer2024!", "family-car-77", "qwerty1234", "Haru#0412", "BlueWhale99"])
                    + f.hexid(2)
                ),
                "password",
            ),
            "band": G(lambda f: f.pick(["2.4GHz", "5GHz"])),
            "max_clients": G(lambda f: f.pick([4, 8])),
            "data_remaining_gb": G(lambda f: round(f.r.uniform(0, 20), 1)),
        },
    ),
    (
        "track",
        "Dog Mode Activated",
        ["swift", "kotlin"],
        ALL,
        {
            "cabinTempC": G(lambda f: f.pick([20, 21, 22])),
            "petName": G(lambda f: f.pick(["Bello", "Luna", "Coco", "콩이", "Max", "Biscuit"])),
            "petType": G(lambda f: f.pick(["dog", "cat"])),
            "displayMessage": G(
                lambda f: f.pick(
                    ["My owner will be back soon", "Keine Sorge, mir geht's gut!", "주인이 곧 돌아옵니다"]
                )
            ),
        },
    ),
    (
        "track",
        "Voice Command Processed",
        ["python", "flutter"],
        ALL,
        {
            "utterance_id": G(lambda f: f.uuid()),
            "intent": G(lambda f: "call_or_message_contact"),
            "input": Y(voice_input, "name", True),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
            "language": G(lambda f: f.locale()),
            "handled_by": G(lambda f: f.pick(["onboard", "cloud"])),
            "latency_ms": G(lambda f: f.r.randint(200, 2500)),
        },
    ),
    (
        "track",
        "Vehicle Health Report Generated",
        ["python"],
        ALL,
        {
            "report_id": G(lambda f: f.uuid()),
            "vin": VIN,
            "dtc_codes": Many(G(lambda f: f.pick(["P0A80", "U0100", "C1201", "B1318", "P0420"])), 3),
            "battery_voltage": G(lambda f: round(f.r.uniform(11.8, 14.6), 2)),
            "hv_battery_soh_pct": G(lambda f: round(f.r.uniform(82, 100), 1)),
            "firmware_version": G(lambda f: f.pick(["24.12.3", "25.02.1", "24.08.7"])),
            "generated_at": ts(),
            "config_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["swift", "kotlin"],
        ALL,
        {
            "plan": G(lambda f: f.pick(["Connect Plus", "Connect Premium", "Performance Boost"])),
            "price": money(4.99, 99),
            "currency": CUR,
            "billing_period": G(lambda f: f.pick(["monthly", "yearly"])),
            "trial": G(lambda f: f.pick([True, False])),
            "store": G(lambda f: f.pick(["app_store", "play_store", "web"])),
            "transaction_id": G(lambda f: f.digits(15)),
            "app_account_token": G(lambda f: f.uuid()),
            "vin": VIN,
        },
    ),
    (
        "track",
        "Third-Party Account Linked",
        ["python"],
        ALL,
        {
            "provider": G(lambda f: f.pick(["google_home", "amazon_alexa", "kakao_i", "spotify"])),
            "scopes": Many(
                G(lambda f: f.pick(["vehicle.read", "vehicle.lock", "climate.write", "location.read"])), 3
            ),
            "linked_at": ts(),
            "account_email": EMAIL,
            "refresh_token": RED(lambda f: "1//0" + f.token(60), "token"),
            "expires_in": G(lambda f: 3600),
            "external_user_id": G(lambda f: f.digits(12)),
        },
    ),
    # -- dealer: sales, service, recalls ------------------------------------------------------------
    (
        "track",
        "Test Drive Requested",
        ["web"],
        ["de", "us"],
        {
            "dealer_id": G(lambda f: f.dealer()[0]),
            "model": MODEL,
            "preferred_date": G(lambda f: f.date(2024, 2025)),
            "first_name": FIRST,
            "last_name": LAST,
            "email": EMAIL,
            "phone": PHONE,
            "zip_code": Y(lambda f: f.zip_cc(), "zipcode"),
            "contact_preference": G(lambda f: f.pick(["phone", "email", "sms"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.token(70), "advertising id"),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "has_trade_in": G(lambda f: f.pick([True, False])),
            "driver_license_number": Y(lambda f: f.dl_number(), "license"),
            "trade_in_vin": VIN,
        },
    ),
    (
        "track",
        "시승 신청 완료",
        ["web"],
        ["kr"],
        {
            "이름": FULL,
            "휴대폰번호": PHONE,
            "이메일": EMAIL,
            "생년월일": Y(lambda f: f.date(1955, 2004).replace("-", "."), "birthdate"),
            "희망지점": G(lambda f: f.dealer()[1]),
            "희망일자": G(lambda f: f.date(2024, 2025)),
            "차종": MODEL,
            "거주지역": Y(lambda f: f.pick([k[0] for k in KR_ROADS]), "city"),
            "개인정보수집동의": G(lambda f: True),
            "마케팅수신동의": G(lambda f: f.pick([True, False])),
            "연령대": G(lambda f: f.pick(["20대", "30대", "40대", "50대 이상"])),
        },
    ),
    (
        "track",
        "Vehicle Configured",
        ["web"],
        ALL,
        {
            "model": MODEL,
            "trim": G(lambda f: f.pick(TRIMS)),
            "exterior_color": G(lambda f: f.pick(COLOURS)),
            "interior": G(lambda f: f.pick(["Black Vegan Leather", "Sand Beige", "Recycled Grey Textile"])),
            "options": Many(
                {
                    "code": G(lambda f: f.pick(["PAN01", "HUD02", "TOW03", "AUD07", "ADAS9"])),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Panoramic Roof",
                                "Head-Up Display",
                                "Tow Hitch",
                                "Premium Audio",
                                "Highway Assist",
                            ]
                        )
                    ),
                    "price": money(300, 3500),
                },
                4,
            ),
            "total_price": money(38000, 95000),
            "currency": CUR,
            "configuration_code": G(
                lambda f: "A" + "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
            ),
            "pricing_zip": Y(lambda f: f.zip_cc(), "zipcode"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
        },
    ),
    (
        "track",
        "Dealer Locator Searched",
        ["web", "kotlin"],
        ALL,
        {
            "q": G(
                lambda f: f.pick(
                    ["München", "Seoul Gangnam", "Dallas TX", "분당", "Hamburg Altona", "Atlanta"]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "radius_km": G(lambda f: f.pick([10, 25, 50, 100])),
            "filter_services": Many(
                G(lambda f: f.pick(["sales", "service", "ev_certified", "body_shop"])), 2
            ),
            "selected_dealer_id": G(lambda f: f.dealer()[0]),
            "selected_dealer_name": G(lambda f: f.dealer()[1]),
        },
    ),
    (
        "track",
        "Service Appointment Booked",
        ["web", "php"],
        ALL,
        {
            "appointment_id": G(lambda f: "APT-" + f.digits(8)),
            "dealer_id": G(lambda f: f.dealer()[0]),
            "dealer_name": G(lambda f: f.dealer()[1]),
            "dealer_phone": G(lambda f: f.dealer()[2]),
            "dealer_city": G(lambda f: f.dealer()[3]),
            "service_type": G(
                lambda f: f.pick(
                    ["annual_inspection", "tire_change", "recall", "brake_service", "hv_battery_check"]
                )
            ),
            "preferred_date": G(lambda f: f.date(2024, 2025)),
            "preferred_time_slot": G(lambda f: f.pick(["08:00-10:00", "10:00-12:00", "14:00-16:00"])),
            "mileage_km": G(lambda f: f.r.randint(1000, 160000)),
            "customer_name": FULL,
            "customer_email": EMAIL,
            "customer_phone": PHONE,
            "license_plate": PLATE,
            "vin": VIN,
            "loaner_requested": G(lambda f: f.pick([True, False])),
            "shuttle_requested": G(lambda f: f.pick([True, False])),
            "comments": Y(comment_with_phone, "phone", True),
            "estimated_cost": money(80, 1200),
            "recall_included": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Recall Notice Viewed",
        ["swift", "kotlin"],
        ALL,
        {
            "recall_id": G(lambda f: f.pick(["24V-312", "24V-588", "25V-041", "KBA-13402", "RC-2024-117"])),
            "component": G(
                lambda f: f.pick(
                    ["high-voltage battery", "rear-view camera", "seat belt pretensioner", "brake booster"]
                )
            ),
            "severity": G(lambda f: f.pick(["low", "medium", "high", "stop_drive"])),
            "vin": VIN,
            "remedy_available": G(lambda f: f.pick([True, False])),
            "notified_via": G(lambda f: f.pick(["push", "email", "letter", "sms"])),
            "stop_drive": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Recall Letter Mailed",
        ["java"],
        ["us"],
        {
            "campaignNumber": G(lambda f: f.pick(["24V-312", "24V-588", "25V-041"])),
            "vin": VIN,
            "recipient": {
                "name": FULL,
                "addressLine1": Y(
                    lambda f: f"{f.r.randint(10, 29999)} {f.pick(US_STREETS)}", "address|street"
                ),
                "addressLine2": Y(
                    lambda f: f.pick(
                        [
                            f"Apt {f.r.randint(1, 40)}{f.pick('ABC')}",
                            f"Unit {f.r.randint(100, 999)}",
                            f"#{f.r.randint(2, 60)}",
                        ]
                    ),
                    "address|street",
                ),
                "city": Y(lambda f: f.city_cc(), "city"),
                "postalCode": Y(lambda f: f.zip_cc(), "zipcode"),
                "state": G(lambda f: f.state_cc()),
                "country": G(lambda f: "US"),
            },
            "letterTemplate": G(lambda f: f.pick(["owner_notification_v2", "interim_notice"])),
            "mailedAt": ts(),
            "returnAddress": G(lambda f: "Auren Motors Recall Center, PO Box 9100, Troy, MI 48007"),
        },
    ),
    (
        "track",
        "Repair Order Closed",
        ["java"],
        ALL,
        {
            "repairOrderNumber": G(lambda f: "RO" + f.digits(7)),
            "dealerCode": G(lambda f: f.dealer()[0]),
            "advisor": {
                "id": G(lambda f: "ADV" + f.digits(4)),
                "name": Y(lambda f: f.s["full"], "name"),
                "email": Y(
                    lambda f: (
                        f"{ascii_fold(f.s['first'])}.{ascii_fold(f.s['last'])}@"
                        + f.pick(
                            [
                                "auren-troy.com",
                                "autohaus-brinkmann.de",
                                "lonestarauren.com",
                                "auren-dealer.co.kr",
                            ]
                        )
                    ),
                    "email",
                ),
            },
            "customer": {
                "customerNumber": G(lambda f: "C" + f.digits(9)),
                "name": FULL,
                "phone": PHONE,
            },
            "laborTotal": money(60, 2400),
            "warrantyClaimNumber": G(lambda f: f.pick(["", "WC" + f.digits(8)])),
            "payType": G(lambda f: f.pick(["customer", "warranty", "internal", "goodwill"])),
            "vin": VIN,
            "closedAt": ts(),
        },
    ),
    (
        "track",
        "Technician Clocked Out",
        ["java"],
        ALL,
        {
            "technician_id": G(lambda f: "T" + f.digits(5)),
            "technician_name": Y(lambda f: f.s["full"], "name"),
            "hourly_wage": Y(lambda f: f.amount(18, 48), "salary"),
            "flagged_hours": G(lambda f: round(f.r.uniform(2, 14), 1)),
            "efficiency_pct": G(lambda f: f.r.randint(60, 160)),
            "repair_order_id": G(lambda f: "RO" + f.digits(7)),
            "labor_op_codes": Many(G(lambda f: f.pick(["HV100", "BRK220", "TIR010", "DIAG01", "RC312"])), 3),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["web", "swift"],
        ALL,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "message_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["in_app", "web_widget"])),
            "text": Y(chat_text, "license", True),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
            "agent_id": G(lambda f: f.pick([None, "agt_" + f.digits(4)])),
            "sentiment": G(lambda f: f.pick(["neutral", "negative", "positive"])),
        },
    ),
    (
        "track",
        "Survey Submitted",
        ["node"],
        ALL,
        {
            "survey-id": G(lambda f: "csi-" + f.digits(5)),
            "nps-score": G(lambda f: f.r.randint(0, 10)),
            "dealer-code": G(lambda f: f.dealer()[0]),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Fast and friendly service",
                        "Waiting area was too cold",
                        "",
                        "Alles super, gerne wieder",
                        "설명이 친절했어요",
                        "Car wasn't washed",
                    ]
                )
            ),
            "contact-me": G(lambda f: f.pick([True, False])),
            "respondent-email": EMAIL,
            "advisor-name": Y(lambda f: f.s["full"], "name"),
            "visit-date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["node"],
        ALL,
        {
            "email_id": G(lambda f: f.hexid(20)),
            "to": Y(lambda f: f.p["email"], "email", True),
            "from": G(
                lambda f: f.pick(["no-reply@aurenmotors.com", "service@auren.de", "recall@aurenusa.com"])
            ),
            "subject": G(
                lambda f: f.pick(
                    ["Your service appointment is confirmed", "Important safety recall", "Ihre Rechnung"]
                )
            ),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.aurenmotors.com>"),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["java"],
        ALL,
        {
            "name": G(lambda f: f.dealer()[1]),
            "dealerCode": G(lambda f: f.dealer()[0]),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://www.auren-troy.com",
                        "https://www.autohaus-brinkmann.de",
                        "https://gangnam.auren.co.kr",
                    ]
                )
            ),
            "employees": G(lambda f: f.r.randint(12, 180)),
            "region": G(lambda f: f.pick(["Midwest", "Süd", "Nord", "수도권", "Southeast"])),
            "supportEmail": G(
                lambda f: f.pick(["service@auren-troy.com", "info@autohaus-brinkmann.de", "cs@auren.co.kr"])
            ),
            "mainPhone": G(lambda f: f.dealer()[2]),
            "showroomAddress": G(
                lambda f: f.pick(
                    [
                        "1800 W Maple Rd, Troy, MI 48084",
                        "Wandsbeker Chaussee 120, 22089 Hamburg",
                        "서울특별시 강남구 도산대로 318",
                    ]
                )
            ),
            "dealerPrincipal": Y(lambda f: f.s["full"], "name"),
            "createdAt": ts(),
        },
    ),
    (
        "track",
        "Trade-In Appraisal Completed",
        ["php", "web"],
        ["de", "us"],
        {
            "appraisal_id": G(lambda f: f.uuid()),
            "trade_in_vin": VIN,
            "trade_in_plate": PLATE,
            "mileage_km": G(lambda f: f.r.randint(1000, 160000)),
            "condition": G(lambda f: f.pick(["excellent", "good", "fair", "poor"])),
            "offer_amount": money(3000, 45000),
            "appraiser_id": G(lambda f: "AP" + f.digits(4)),
            "accident_history": G(lambda f: f.pick([True, False])),
            "lien_holder": G(
                lambda f: f.pick(["", "Ally Financial", "Santander Consumer", "Auren Bank GmbH"])
            ),
        },
    ),
    (
        "track",
        "Lease Return Inspection Completed",
        ["php"],
        ["de", "us"],
        {
            "inspection_id": G(lambda f: f.uuid()),
            "vin": VIN,
            "lease_account_number": G(lambda f: "LA" + f.digits(10)),
            "damage_items": Many(
                {
                    "area": G(lambda f: f.pick(["front bumper", "rear left door", "windshield", "wheel FL"])),
                    "severity": G(lambda f: f.pick(["minor", "moderate", "major"])),
                    "cost": money(50, 1800),
                },
                3,
            ),
            "inspector_name": Y(lambda f: f.s["full"], "name"),
            "excess_km_charge": money(0, 2500),
            "forwarding_address": Y(lambda f: f.full_address(), "address"),
        },
    ),
    # -- financing and insurance ---------------------------------------------------------------------
    (
        "track",
        "Finance Application Submitted",
        ["dotnet"],
        ["us"],
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "ProductType": G(lambda f: f.pick(["Retail Installment", "Lease"])),
            "VehiclePrice": money(32000, 98000),
            "DownPayment": money(0, 15000),
            "TermMonths": G(lambda f: f.pick([24, 36, 48, 60, 72])),
            "Apr": G(lambda f: round(f.r.uniform(0.9, 11.5), 2)),
            "DealerNumber": G(lambda f: f.dealer()[0]),
            "Applicant": {
                "FirstName": FIRST,
                "LastName": LAST,
                "DateOfBirth": Y(lambda f: f.date(1950, 2005), "birthdate"),
                "Ssn": RED(lambda f: f.ssn(), "social security number"),
                "Email": EMAIL,
                "MobilePhone": PHONE,
                "AnnualIncome": Y(lambda f: f.r.randint(28, 260) * 1000, "salary"),
                "EmployerName": G(
                    lambda f: f.pick(
                        [
                            "Ford Motor Company",
                            "Delta Air Lines",
                            "Self-employed",
                            "Kroger",
                            "Henry Ford Health",
                        ]
                    )
                ),
                "JobTitle": G(
                    lambda f: f.pick(
                        ["Nurse", "Software Engineer", "Teacher", "Electrician", "Sales Manager"]
                    )
                ),
                "HousingStatus": G(lambda f: f.pick(["Own", "Rent", "Live with family"])),
                "MonthlyHousingPayment": money(0, 4200),
                "MaritalStatus": G(lambda f: f.pick(["Single", "Married", "Divorced"])),
                "CitizenshipStatus": Y(
                    lambda f: f.pick(["US Citizen", "Permanent Resident", "Non-Resident Alien"]),
                    "citizenship",
                ),
                "VisaType": RED(lambda f: f.pick(["None", "H-1B", "L-1", "F-1 OPT", "E-2"]), "visa"),
                "DriversLicenseNumber": Y(lambda f: f.dl_number(), "license"),
                "DriversLicenseState": G(lambda f: f.pick(US_STATES)),
                "Address": {
                    "Street": Y(lambda f: f.street_cc(), "address|street"),
                    "City": Y(lambda f: f.city_cc(), "city"),
                    "State": G(lambda f: f.state_cc()),
                    "Zip": Y(lambda f: f.zip_cc(), "zipcode"),
                },
            },
            "CoApplicant": {
                "FirstName": Y(lambda f: f.q["first"], "name"),
                "LastName": Y(lambda f: f.q["last"], "name"),
                "Ssn": RED(lambda f: f.ssn(), "social security number"),
                "Relationship": G(lambda f: f.pick(["Spouse", "Parent", "Other"])),
            },
            "CreditScore": Y(lambda f: f.r.randint(540, 830), "credit score"),
            "SsnLast4Verified": G(lambda f: f.pick([True, False])),
            "BankRoutingNumber": G(lambda f: f.pick(["072000326", "111000614", "061000104", "121000248"])),
            "BankAccountNumber": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "SubmittedAt": ts(),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["node"],
        ["us"],
        {
            "verificationId": G(lambda f: f.uuid()),
            "documentType": G(lambda f: "Passport"),
            "issuingCountry": G(lambda f: f.pick(["USA", "KOR", "MEX", "IND", "DEU"])),
            "fullNameOnDocument": Y(lambda f: f.p["full"].upper(), "name"),
            "dateOfBirth": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "expirationDate": G(lambda f: f.date(2025, 2034)),
            "passportNumber": RED(lambda f: f.passport(), "passport"),
            "ssnLast4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "result": G(lambda f: f.pick(["Approved", "Review", "Declined"])),
            "matchScore": G(lambda f: round(f.r.uniform(0.4, 1.0), 3)),
            "vendor": G(lambda f: f.pick(["Socure", "Persona"])),
        },
    ),
    (
        "track",
        "Leasingantrag eingereicht",
        ["python"],
        ["de"],
        {
            "antragsnummer": G(lambda f: "LA-2024-" + f.digits(6)),
            "vorname": FIRST,
            "nachname": LAST,
            "geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "strasse": Y(lambda f: f.pick(DE_STREETS), "address|street"),
            "hausnummer": Y(lambda f: f"{f.r.randint(1, 180)}{f.pick(['', '', 'a', 'b'])}", "address|street"),
            "plz": Y(lambda f: f.zip_cc(), "zipcode"),
            "ort": Y(lambda f: f.city_cc(), "city"),
            "telefon": PHONE,
            "email": EMAIL,
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEDBMUC", "GENODEF1M01", "BYLADEM1001"])),
            "kreditinstitut": G(
                lambda f: f.pick(["Commerzbank", "Deutsche Bank", "Sparkasse München", "Volksbank"])
            ),
            "steuer_id": RED(lambda f: f.steuer_id(), "national id"),
            "ausweisnummer": RED(lambda f: f.ausweis(), "national id"),
            "nettoeinkommen_monatlich": Y(lambda f: f.r.randint(18, 90) * 100, "salary"),
            "arbeitgeber": G(
                lambda f: f.pick(
                    ["Siemens AG", "Stadtwerke München", "selbstständig", "BMW Group", "Charité"]
                )
            ),
            "beruf": G(
                lambda f: f.pick(["Ingenieurin", "Krankenpfleger", "Lehrerin", "Elektriker", "Kaufmann"])
            ),
            "familienstand": G(lambda f: f.pick(["ledig", "verheiratet", "geschieden"])),
            "anzahl_kinder": G(lambda f: f.r.randint(0, 4)),
            "schufa_score": Y(lambda f: round(f.r.uniform(80, 99.5), 2), "credit score"),
            "laufzeit_monate": G(lambda f: f.pick([24, 36, 48])),
            "monatsrate": money(290, 1100),
            "fahrzeug": MODEL,
            "haendlernummer": G(lambda f: f.dealer()[0]),
            "eingereicht_am": ts(),
        },
    ),
    (
        "track",
        "LOAN_APLY_CMPL",
        ["java"],
        ["kr"],
        {
            "APLY_NO": G(lambda f: "LN" + f.digits(12)),
            "CUST_NM": Y(lambda f: f.p["full"], "name"),
            "RRNO": RED(lambda f: f.rrn(), "national id"),
            "MBL_TEL_NO": Y(lambda f: f.phone_cc(), "phone"),
            "ANNL_INCM_AMT": Y(lambda f: f.r.randint(25, 150) * 1_000_000, "salary"),
            "CRDT_SCR": Y(lambda f: f.r.randint(450, 1000), "credit score"),
            "WRKPLC_NM": G(
                lambda f: f.pick(["삼성전자", "현대모비스", "서울대학교병원", "자영업", "카카오"])
            ),
            "LOAN_AMT": G(lambda f: f.r.randint(10, 60) * 1_000_000),
            "LOAN_PRD_MM": G(lambda f: f.pick([36, 48, 60])),
            "ACNT_NO": RED(lambda f: f.kr_account(), "bank account"),
            "BANK_CD": G(lambda f: f.pick(["088", "020", "004", "011", "090"])),
            "APLY_DTM": G(lambda f: f.iso().replace("T", " ")[:19]),
        },
    ),
    (
        "track",
        "Insurance Quote Requested",
        ["python", "node"],
        ALL,
        {
            "quote_id": G(lambda f: f.uuid()),
            "insurer": G(
                lambda f: f.pick(
                    ["Allianz", "HUK-Coburg", "삼성화재", "DB손해보험", "Progressive", "State Farm"]
                )
            ),
            "policy_number": Y(lambda f: f.pick(["AS-", "HK", "P", ""]) + f.digits(10), "identification"),
            "driving_score": G(lambda f: f.r.randint(40, 100)),
            "named_drivers": Many(
                {
                    "name": Y(lambda f: f.pick([f.p["full"], f.q["full"]]), "name"),
                    "date_of_birth": Y(lambda f: f.date(1950, 2006), "birthdate"),
                    "licence_number": Y(lambda f: f.dl_number(), "license"),
                    "years_licensed": G(lambda f: f.r.randint(0, 50)),
                },
                3,
            ),
            "premium_annual": money(380, 3200),
            "policyholder_email": EMAIL,
            "currency": CUR,
            "telematics_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Military Incentive Applied",
        ["web", "php"],
        ["us"],
        {
            "incentive_id": G(lambda f: "INC-" + f.digits(5)),
            "incentive_name": G(lambda f: "Auren Military Appreciation"),
            "amount": G(lambda f: f.pick([500, 750, 1000])),
            "military_status": RED(
                lambda f: f.pick(["active_duty", "veteran", "reserve", "retired"]), "veteran"
            ),
            "branch_of_service": RED(
                lambda f: f.pick(["Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"]), "veteran"
            ),
            "verification_provider": G(lambda f: f.pick(["ID.me", "SheerID"])),
            "verified": G(lambda f: f.pick([True, False])),
            "dealer_id": G(lambda f: f.dealer()[0]),
        },
    ),
    # -- payments: charging, fuel, accessories ------------------------------------------------------
    (
        "track",
        "Charging Session Completed",
        ["go", "flutter"],
        ALL,
        {
            "session_id": G(lambda f: f.uuid()),
            "evse_id": G(lambda f: f.pick(["DE*ION*E", "KR*EVS*E", "US*EVG*E"]) + f.digits(6)),
            "operator": G(
                lambda f: f.pick(
                    ["IONITY", "EnBW", "환경부", "Electrify America", "EVgo", "Tesla Supercharger"]
                )
            ),
            "station_name": G(
                lambda f: f.pick(
                    [
                        "IONITY Holzkirchen",
                        "EnBW Hyperhub Kamener Kreuz",
                        "이마트 성수점",
                        "Walmart Supercenter #2731",
                    ]
                )
            ),
            "station_address": G(
                lambda f: f.pick(
                    [
                        "Rosenheimer Str. 1, 83607 Holzkirchen",
                        "서울특별시 성동구 뚝섬로 379",
                        "4210 Cherry Ave, Long Beach, CA 90807",
                    ]
                )
            ),
            "kwh_delivered": G(lambda f: round(f.r.uniform(5, 95), 2)),
            "price_per_kwh": G(lambda f: f.amount(0.29, 0.79)),
            "amount": money(4, 75),
            "currency": CUR,
            "contract_id": G(
                lambda f: (
                    f.pick(["DE-AUR-C", "KR-AUR-C", "US-AUR-C"]) + f.digits(8) + "-" + str(f.r.randint(0, 9))
                )
            ),
            "payment": {
                "method": G(lambda f: f.pick(["card", "apple_pay", "plug_and_charge"])),
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "payment_method_id": RED(lambda f: f.pm(), "token"),
            },
            "vin": VIN,
            "plug_and_charge": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Fuel Payment Completed",
        ["kotlin"],
        ["de", "us"],
        {
            "transaction_id": G(lambda f: f.digits(12)),
            "station_brand": G(lambda f: f.pick(["Aral", "Shell", "Chevron", "Exxon", "JET"])),
            "pump_number": G(lambda f: f.r.randint(1, 16)),
            "liters": G(lambda f: round(f.r.uniform(8, 60), 2)),
            "fuel_type": G(lambda f: f.pick(["E10", "Super", "Regular 87", "Premium 91", "Diesel"])),
            "total": money(15, 110),
            "currency": CUR,
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "bin": G(lambda f: f.pick(["414720", "542418", "601100", "379764"])),
                "exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            },
            "loyalty_number": G(lambda f: f.digits(16)),
            "receipt_email": EMAIL,
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["swift", "web"],
        ALL,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "kakaopay", "klarna"])),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": FULL,
            "billing_address": {
                "line1": Y(lambda f: f.street_cc(), "address|street"),
                "city": Y(lambda f: f.city_cc(), "city"),
                "postal_code": Y(lambda f: f.zip_cc(), "zipcode"),
                "country": G(lambda f: {"de": "DE", "kr": "KR", "us": "US"}[f.cc]),
            },
            "is_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Card Added",
        ["php"],
        ["us", "de"],
        {
            "card_number": RED(lambda f: f.card_any(), "credit card"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "three_ds_required": G(lambda f: f.pick([True, False])),
            "source_page": G(lambda f: "/shop/checkout/payment"),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        ALL,
        {"query": G(lambda f: f.pick(["floor mats", "wallbox", "roof box", "겨울 타이어", "ladekabel"]))},
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        ALL,
        {
            **product(),
            "currency": CUR,
            "url": G(lambda f: "https://shop.aurenmotors.com/p/" + f.digits(5)),
            "image_url": G(lambda f: f"https://cdn.aurenmotors.com/acc/{f.hexid(8)}.webp"),
            "compatible_models": Many(MODEL, 3),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "swift"],
        ALL,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        ALL,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "revenue": money(20, 2000),
            "shipping": money(0, 40),
            "tax": money(0, 300),
            "coupon": G(lambda f: f.pick(["", "WINTER25", "OWNER10"])),
            "currency": CUR,
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        ALL,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: "Auren Accessories Shop"),
            "total": money(20, 2000),
            "subtotal": money(20, 2000),
            "tax": money(0, 300),
            "shipping": money(0, 40),
            "coupon": G(lambda f: f.pick(["", "WINTER25", "OWNER10"])),
            "currency": CUR,
            "products": Many(product(), 3),
            "shipping_address": {
                "name": FULL,
                "street": Y(lambda f: f.street_cc(), "address|street"),
                "city": Y(lambda f: f.city_cc(), "city"),
                "postal_code": Y(lambda f: f.zip_cc(), "zipcode"),
                "state": G(lambda f: f.state_cc()),
                "country": G(lambda f: {"de": "DE", "kr": "KR", "us": "US"}[f.cc]),
                "phone": PHONE,
            },
            "customer_email": EMAIL,
            "is_gift": G(lambda f: f.pick([True, False])),
            "tracking_number": G(lambda f: f.pick(["1Z" + f.hexid(16).upper(), "00340434" + f.digits(12)])),
        },
    ),
    # -- roadside and emergency ----------------------------------------------------------------------
    (
        "track",
        "Roadside Assistance Requested",
        ["ruby"],
        ALL,
        {
            "case_id": G(lambda f: "RSA-" + f.digits(8)),
            "case_type": G(lambda f: f.pick(["flat_tire", "battery", "tow", "lockout", "out_of_charge"])),
            "member_number": G(lambda f: "AR" + f.digits(9)),
            "caller_name": FULL,
            "callback_number": PHONE,
            "alternate_contact": {
                "name": Y(lambda f: f.q["full"], "name"),
                "phone": PHONE,
            },
            "vehicle": {
                "vin": VIN,
                "plate": PLATE,
                "color": G(lambda f: f.pick(COLOURS)),
                "model": MODEL,
            },
            "incident_location": {
                "lat": LAT,
                "lon": LON,
                "address": Y(lambda f: f.full_address(), "address"),
            },
            "tow_destination_dealer": G(lambda f: f.dealer()[1]),
            "provider_name": G(
                lambda f: f.pick(
                    {
                        "de": ["ADAC Straßenwacht", "ACE Pannenhilfe"],
                        "kr": ["삼성화재 긴급출동", "KB손해보험 긴급출동"],
                        "us": ["AAA Michigan", "Honk Technologies", "Agero"],
                    }[f.cc]
                )
            ),
            "eta_minutes": G(lambda f: f.r.randint(15, 120)),
            "passengers": G(lambda f: f.r.randint(0, 4)),
            "hearing_impaired": RED(lambda f: f.pick([True, False]), "disability"),
            "dispatcher_name": Y(lambda f: f.s["full"], "name"),
            "dispatch_notes": Y(dispatch_note, "phone", True),
            "priority": G(lambda f: f.pick(["P1", "P2", "P3"])),
            "created_at": ts(),
        },
    ),
    (
        "track",
        "Roadside Call Received",
        ["node"],
        ["us"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(
                lambda f: f"+1{f.r.randint(201, 989)}{f.r.randint(200, 999)}{f.r.randint(0, 9999):04d}",
                "phone",
                True,
            ),
            "To": G(lambda f: f.pick(["+18005550199", "+18885550123"])),
            "FromCity": Y(lambda f: f.city_cc().upper(), "city"),
            "FromState": G(lambda f: f.state_cc()),
            "FromZip": Y(lambda f: f.zip_cc(), "zipcode"),
            "FromCountry": G(lambda f: "US"),
            "CallerName": Y(
                lambda f: f"{ascii_fold(f.p['last']).upper()} {ascii_fold(f.p['first']).upper()}", "name"
            ),
            "ToCity": G(lambda f: "TROY"),
            "ToCountry": G(lambda f: "US"),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed"])),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: f.r.randint(0, 900)),
        },
    ),
    (
        "track",
        "eCall Triggered",
        ["java"],
        ALL,
        {
            "ecallId": G(lambda f: f.uuid()),
            "trigger": G(lambda f: f.pick(["automatic", "manual_sos"])),
            "latitude": LAT,
            "longitude": LON,
            "headingDeg": G(lambda f: f.r.randint(0, 359)),
            "callbackNumber": PHONE,
            "occupants": G(lambda f: f.r.randint(1, 5)),
            "airbagDeployed": G(lambda f: f.pick([True, False])),
            "vin": VIN,
            "psapCountry": G(lambda f: {"de": "DE", "kr": "KR", "us": "US"}[f.cc]),
            "callConnected": G(lambda f: f.pick([True, False])),
            "severityEstimate": G(lambda f: f.pick(["low", "medium", "high"])),
        },
    ),
    (
        "track",
        "Emergency Profile Updated",
        ["swift"],
        ALL,
        {
            "emergencyContacts": Many(
                {
                    "name": Y(lambda f: f.person(f.cc)["full"], "name"),
                    "phone": PHONE,
                    "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
                },
                2,
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["penicillin", "peanuts", "bee stings", "latex"]), "allergy"), 2
            ),
            "medicalConditions": Many(
                Y(
                    lambda f: f.pick(["epilepsy", "type 1 diabetes", "asthma", "heart arrhythmia"]),
                    "condition",
                ),
                2,
            ),
            "medications": Many(
                Y(lambda f: f.pick(["insulin", "levetiracetam", "warfarin", "salbutamol"]), "medication"), 2
            ),
            "shareWithResponders": G(lambda f: f.pick([True, False])),
            "updatedAt": ts(),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        ALL,
        {
            "form_id": G(lambda f: "cb_" + f.digits(3)),
            "topic": G(lambda f: f.pick(["financing", "service", "roadside", "purchase"])),
            "value": Y(lambda f: f.phone_cc(), "phone", True),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "page": G(lambda f: f.pick(["/financing", "/service", "/models/e6"])),
        },
    ),
    # -- page and screen calls ---------------------------------------------------------------------
    (
        "page",
        "Financing Calculator",
        ["web"],
        ALL,
        {
            "path": G(lambda f: "/financing/calculator"),
            "url": G(lambda f: "https://www.aurenmotors.com/financing/calculator"),
            "title": G(lambda f: "Financing Calculator | Auren"),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.aurenmotors.com/models/e6"])
            ),
            "search": G(lambda f: f.pick(["", "?term=48", "?model=vela"])),
            "category": G(lambda f: "financing"),
        },
    ),
    (
        "screen",
        "Vehicle Dashboard",
        ["swift", "kotlin", "flutter"],
        ALL,
        {
            "vehicle_id": G(lambda f: "veh_" + f.hexid(12)),
            "tab": G(lambda f: f.pick(["status", "climate", "charging", "location"])),
            "previous_screen": G(lambda f: f.pick(["Garage", "Login", "Notifications"])),
        },
    ),
]

CLIENT_CONTEXTS = {
    "swift": lambda e: swift_ctx(),
    "kotlin": lambda e: kotlin_ctx(),
    "rn": lambda e: rn_ctx(),
    "flutter": lambda e: flutter_ctx(),
}


def context_for(client: str, kind: str, event: str | None):
    if client == "web":
        slug = "/" + (event or "home").lower().replace(" ", "-")
        if not slug.isascii():
            slug = "/test-drive"
        return web_ctx(slug, (event or "Auren") + " | Auren Motors")
    if client in CLIENT_CONTEXTS:
        return CLIENT_CONTEXTS[client](event)
    return server_ctx(client)


def build(seed: int, repeats: int):
    f = Car(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, markets, body in EVENTS:
            client = f.pick(clients)
            f.start(markets)
            user_id = "AUR" + f.digits(8)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user_id,
            }
            if kind == "track":
                msg["event"] = event
            if kind in ("page", "screen"):
                msg["name"] = event
            if kind == "group":
                msg["groupId"] = f.dealer()[0]
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, kind, event), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=163, repeats=32)
    write(Path(__file__).parent, "holdout163_", events, labels)
