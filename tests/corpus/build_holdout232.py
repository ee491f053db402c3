"""Writes holdout232: tests/corpus/holdout232_events.jsonl and holdout232_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
corpora's labels; only build.py / fake.py (helpers) and build_holdout3.py (format) were read. It is
to be scored once, unseen; nothing here was tuned to the engine.

Domain: "Sonora Hearing Care", a hearing-aid and audiology clinic chain in Denmark, the US and
South Korea. Covers patient booking (web, Danish/Korean/US sites), online hearing screeners and
in-app hearing checks (audiogram points), hearing-aid fitting and Bluetooth pairing (serials,
BLE addresses, passkeys), remote adjustments by audiologists, tinnitus relief, battery shop
(Segment e-commerce spec, WooCommerce-shaped orders), repair orders, caregiver access (invites,
emergency contacts), insurance and reimbursement (US payers, Medicare, Medicaid, VA; Danish public
subsidy and Sygeforsikring; Korean NHIS disability subsidy), financing, careers, Twilio call and
SMS webhooks, Meta Conversions API forwards, Korean PASS identity verification, reverse-ETL
identifies from a warehouse, care-home accounts (group calls), alias calls.
Clients: analytics.js, analytics-swift, analytics-kotlin (with location), analytics-react-native,
analytics_flutter, and server libraries python, node, go, java, ruby, php and .NET (analytics-csharp).
Key conventions: mostly camelCase / snake_case English; about 15 % others: PascalCase (.NET ERP,
Twilio), kebab-case (Webflow form), SCREAMING_SNAKE (warehouse reverse ETL, Korean SI abbreviations
such as CUST_NM, HP_NO, BRTH_YMD), Danish keys (fornavn, cpr_nummer, konto_nr ...) and Korean keys
(환자명, 연락처, 장애등록여부 ...).

Labelling rules (Privacy Portal defaults, as in the brief; contested cases by the published policy):
- PII = personal data about a natural person: the user, a patient, caregiver, invitee, insurance
  subscriber, emergency contact, staff (audiologists, technicians, payer reviewers). Colour = the
  reference matcher's default; types outside the reference: red for secrets/tokens, card numbers,
  bank accounts, government ids (CPR, RRN, SSN) and health ids (MBI, Medicaid, Korean health
  insurance card number); yellow otherwise (geolocation, advertising id, credit score).
- Green: ids we issue, UUIDs, SKUs, versions, timestamps, amounts, enums, counters, booleans under
  PII-sounding keys, product / hearing-aid model / company / insurer names, clinic addresses,
  phones, coordinates and role mailboxes, searched places, country / state / region / locale,
  user agents, OS analytics device ids, card brand / last4 / expiry, bank registration and ABA
  routing numbers, company registration numbers (CVR), claim and prior-auth numbers, ages and age
  bands, marital status, employers and job titles, Twilio proxy / clinic numbers.
- Policy cases: insurer member numbers (US payer member id, Sygeforsikring medlemsnr) yellow
  `identification`; pay / income yellow `salary`; credit score yellow `credit score`; gclid / fbp /
  fbc yellow `advertising id`; billing / shipping / pickup addresses yellow `address`; Stripe pm_ ids,
  caregiver invite codes, Bluetooth pairing passkeys and password-reset tokens / links red `token`;
  Medicare MBI, Medicaid ids, Korean health-insurance card numbers red `health id`; visa and
  right-to-work answers red `visa`; last four of an SSN red `social security number`.
Rules this corpus had to settle (a careful privacy owner at a clinic chain would want them flagged):
- Hearing results are health data about the person: audiogram thresholds, pure-tone averages,
  degree / type of hearing loss, tinnitus presence or severity, screener results, questionnaire
  handicap scores: yellow `condition|diagnosis`. Frequencies, ears tested and ambient noise: green.
- The clinical service a person books or is billed for (hearing test, wax removal, tinnitus
  consultation; CPT/HCPCS codes) is yellow `procedure`; ICD-10 codes yellow `diagnosis`. Products
  sold (batteries, hearing-aid models, accessories) and program names stay green like any product.
- A hearing aid's manufacturer serial number is tied to its wearer like a VIN: yellow `serial`;
  its Bluetooth address yellow `mac`. Our own device / pairing ids are green.
- Korean disability registration (장애등록여부, 장애정도, IS_DISABLED_REGISTERED) and veteran flags
  reveal the category: red `disability` / `veteran`. Accessibility needs (wheelchair access) too.
- sha256 hashes of a person's e-mail / phone sent as ad-matching keys (Meta em / ph) remain
  personal data: labelled as the underlying type. Korean PASS CI / DI (derived from the resident
  registration number, linking a person across services) are red `national id`.
- A clinician's NPI and an audiologist's licence number identify a natural person professionally:
  yellow `identification` / `license|certificate`. Staff's personal work e-mails are yellow
  `email`; role mailboxes (repairs@, booking@, kontakt@) are green.
- A shared audiogram's link carries a UUID: green (UUID tokens are green by policy). A Danish
  referral's ydernummer identifies the GP practice (a business): green.
- Twilio FromCity (the caller's city) yellow `city`; FromState / FromCountry green.
- value_only is true only for neutral keys (`to`, `text`, `q`, `value`, `message_body`,
  `note_from_audiologist`, `unsubscribe_url`, `clinician_note`, `bemærkning`) whose every value
  carries that PII;
  free text whose values carry no PII (chatbot `input`, repair `note`, NPS `comment`, SMS `Body`,
  `customer_note`) is green.
"""

import base64
import hashlib
import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and ids of the three countries -----------------------------------------------

DK_FIRST = [
    "Mette",
    "Lars",
    "Søren",
    "Anne-Marie",
    "Jørgen",
    "Freja",
    "Mads",
    "Ida",
    "Rasmus",
    "Karen",
    "Birgit",
    "Niels",
    "Kirsten",
    "Henrik",
    "Bodil",
    "Poul",
    "Inge",
    "Asger",
    "Signe",
    "Ejnar",
    "Grethe",
    "Aksel",
    "Dorthe",
    "Bent",
]
DK_LAST = [
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Møller",
    "Østergaard",
    "Kjær",
    "Lund",
    "Holm",
    "Bech",
    "Dahl",
    "Skov",
]
KR_SURNAME = [
    ("김", "Kim"),
    ("이", "Lee"),
    ("박", "Park"),
    ("최", "Choi"),
    ("정", "Jung"),
    ("강", "Kang"),
    ("조", "Cho"),
    ("윤", "Yoon"),
    ("장", "Jang"),
    ("임", "Lim"),
    ("한", "Han"),
    ("오", "Oh"),
    ("서", "Seo"),
    ("신", "Shin"),
]
KR_GIVEN = [
    ("민준", "Min-jun"),
    ("서연", "Seo-yeon"),
    ("영수", "Young-soo"),
    ("순자", "Soon-ja"),
    ("영희", "Young-hee"),
    ("정숙", "Jung-sook"),
    ("미경", "Mi-kyung"),
    ("상철", "Sang-chul"),
    ("동현", "Dong-hyun"),
    ("은지", "Eun-ji"),
    ("지원", "Ji-won"),
    ("옥순", "Ok-soon"),
    ("광호", "Kwang-ho"),
    ("말순", "Mal-soon"),
    ("재훈", "Jae-hoon"),
    ("혜진", "Hye-jin"),
]
US_FIRST = [
    "Dorothy",
    "Robert",
    "Linda",
    "James",
    "Patricia",
    "Michael",
    "Barbara",
    "William",
    "Maria",
    "José",
    "Aaliyah",
    "DeShawn",
    "Rajesh",
    "Mei-Ling",
    "Fatima",
    "Chidi",
    "Ewa",
    "Hiroshi",
    "Esperanza",
    "Tyrone",
    "Siobhan",
    "Ahmed",
    "Gloria",
    "Walter",
    "Nnamdi",
    "Thanh",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Hernandez",
    "O'Connor",
    "Washington",
    "Nguyen",
    "Iyer",
    "Kowalczyk",
    "Tanaka",
    "Al-Sayed",
    "Okeke",
    "Goldberg",
    "Begay",
    "Morales",
    "Schmidt",
    "Lefebvre",
    "Kaur",
    "Thompson",
    "McAllister",
    "Fitzgerald",
    "Yazzie",
    "Delgado",
]
MAIL = {
    "DK": ["gmail.com", "hotmail.com", "mail.dk", "outlook.dk", "live.dk", "jubii.dk", "yahoo.dk"],
    "KR": ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com", "att.net"],
}
DK_STREETS = [
    "Vesterbrogade",
    "Nørrebrogade",
    "Østerbrogade",
    "Jernbanegade",
    "Strandvejen",
    "Skolevej",
    "Kirkevej",
    "Møllevej",
    "Søndergade",
    "Algade",
    "Bredgade",
    "Frederiksberg Allé",
    "Engvej",
    "Birkevej",
    "Rosenvænget",
    "Hyldebærvej",
]
DK_TOWNS = [
    ("2100", "København Ø"),
    ("1620", "København V"),
    ("8000", "Aarhus C"),
    ("5000", "Odense C"),
    ("9000", "Aalborg"),
    ("7100", "Vejle"),
    ("4000", "Roskilde"),
    ("6700", "Esbjerg"),
    ("3000", "Helsingør"),
    ("2800", "Kongens Lyngby"),
    ("8600", "Silkeborg"),
    ("4700", "Næstved"),
]
KR_ROADS = [
    ("서울특별시", "강남구", "테헤란로"),
    ("서울특별시", "마포구", "월드컵북로"),
    ("서울특별시", "노원구", "동일로"),
    ("부산광역시", "해운대구", "센텀중앙로"),
    ("대구광역시", "수성구", "달구벌대로"),
    ("인천광역시", "연수구", "컨벤시아대로"),
    ("경기도 성남시", "분당구", "판교역로"),
    ("광주광역시", "서구", "상무대로"),
]
US_PLACES = [
    ("Boston", "MA", "021"),
    ("Minneapolis", "MN", "554"),
    ("Seattle", "WA", "981"),
    ("Scottsdale", "AZ", "852"),
    ("Sarasota", "FL", "342"),
    ("Chicago", "IL", "606"),
    ("Flushing", "NY", "113"),
    ("San Antonio", "TX", "782"),
    ("Portland", "OR", "972"),
]
US_STREETS = [
    "Maple Ave",
    "Commonwealth Ave",
    "Lake Street",
    "N Clark St",
    "Oak Hill Rd",
    "Elm Street",
    "Sunset Dr",
    "W Broadway",
    "Pinecrest Ln",
    "Magnolia Blvd",
    "Park Ave S",
]

CLINICS = {
    "DK": [
        ("cl_dk_cph1", "Sonora Østerbro", "Østerbrogade 62, 2100 København Ø", "+45 33 12 40 00"),
        ("cl_dk_aar1", "Sonora Aarhus C", "Søndergade 31, 8000 Aarhus C", "+45 86 12 55 10"),
        ("cl_dk_ode1", "Sonora Odense", "Vestergade 18, 5000 Odense C", "+45 66 14 21 90"),
    ],
    "KR": [
        ("cl_kr_gn1", "소노라 강남점", "서울특별시 강남구 테헤란로 152 3층", "02-555-0142"),
        ("cl_kr_bs1", "소노라 해운대점", "부산광역시 해운대구 센텀중앙로 79", "051-740-2200"),
        ("cl_kr_bd1", "소노라 분당점", "경기도 성남시 분당구 판교역로 235", "031-8017-3300"),
    ],
    "US": [
        ("cl_us_bos1", "Sonora Hearing Back Bay", "500 Boylston St, Boston, MA 02116", "(617) 555-0190"),
        ("cl_us_msp1", "Sonora Hearing Uptown", "1300 Lagoon Ave, Minneapolis, MN 55408", "(612) 555-0137"),
        ("cl_us_sea1", "Sonora Hearing Fremont", "3501 Fremont Ave N, Seattle, WA 98103", "(206) 555-0115"),
    ],
}
CLINIC_COORDS = {
    "cl_dk_cph1": (55.6994, 12.5776),
    "cl_dk_aar1": (56.1527, 10.2049),
    "cl_dk_ode1": (55.3959, 10.3845),
    "cl_kr_gn1": (37.5045, 127.0490),
    "cl_kr_bs1": (35.1696, 129.1316),
    "cl_kr_bd1": (37.4012, 127.1086),
    "cl_us_bos1": (42.3503, -71.0746),
    "cl_us_msp1": (44.9495, -93.2984),
    "cl_us_sea1": (47.6533, -122.3502),
}
HA_MODELS = [
    ("Oticon", "Oticon Intent 1"),
    ("Oticon", "Oticon Real 2 miniRITE R"),
    ("Phonak", "Phonak Audéo Lumity L90"),
    ("Widex", "Widex Moment Sheer 440"),
    ("ReSound", "ReSound Nexia 9"),
    ("Signia", "Signia Pure Charge&Go IX"),
    ("Starkey", "Starkey Genesis AI 24"),
    ("GN", "Jabra Enhance Select 300"),
]
PROGRAMS = ["General", "Restaurant", "Music", "Outdoor", "TV Streamer", "Speech in Noise", "Tinnitus Relief"]
BATTERIES = [
    ("BAT-312-60", "Power One 312 (60 pcs)", "312"),
    ("BAT-13-60", "Power One 13 (60 pcs)", "13"),
    ("BAT-10-60", "Rayovac 10 (60 pcs)", "10"),
    ("BAT-675-30", "Rayovac 675 (30 pcs)", "675"),
    ("ACC-DRY-01", "Perfect Dry Lux dryer", None),
    ("ACC-DOME-8", "Open domes 8 mm (10 pcs)", None),
    ("ACC-WAX-10", "ProWax miniFit filters", None),
    ("ACC-TVS-3", "TV Adapter 3.0", None),
]
APPOINTMENT_TYPES = {
    "DK": ["Høretest", "Tilpasning af høreapparat", "Ørevoksfjernelse", "Tinnitus-samtale", "Efterkontrol"],
    "KR": ["청력검사", "보청기 피팅", "귀지 제거", "이명 상담", "사후 관리"],
    "US": [
        "Comprehensive hearing test",
        "Hearing aid fitting",
        "Earwax removal",
        "Tinnitus consultation",
        "Follow-up adjustment",
        "Cochlear implant evaluation",
    ],
}
ICD10 = ["H90.3", "H90.5", "H90.6", "H91.10", "H93.11", "H93.13", "H61.23"]
CPT = ["92557", "92567", "92591", "V5261", "V5256", "V5011", "V5020", "69210", "92625"]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 "
    "Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
]
LOCALES = {"DK": "da-DK", "KR": "ko-KR", "US": "en-US"}
TIMEZONES = {
    "DK": "Europe/Copenhagen",
    "KR": "Asia/Seoul",
    "US": ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Phoenix"],
}
SITES = {
    "DK": "https://www.sonora.dk",
    "KR": "https://www.sonora.co.kr",
    "US": "https://www.sonorahearing.com",
}
CURRENCY = {"DK": "DKK", "KR": "KRW", "US": "USD"}


def ascii_fold(s: str) -> str:
    table = {"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ó": "o", "á": "a", "ç": "c", "ü": "u", "'": ""}
    return "".join(table.get(c, c) for c in s.lower()).replace(" ", "")


class HFake(Fake):
    """Fake with a region (DK / KR / US) chosen per message, so people and formats fit the market."""

    region = "US"

    # people
    def _person(self) -> tuple[str, str, str]:
        """(first, last, display) for the region; display is how the market writes the full name."""
        if self.region == "DK":
            first, last = self.pick(DK_FIRST), self.pick(DK_LAST)
            return first, last, f"{first} {last}"
        if self.region == "KR":
            (sh, sr), (gh, gr) = self.pick(KR_SURNAME), self.pick(KR_GIVEN)
            if self.r.random() < 0.7:
                return gh, sh, sh + gh
            return gr, sr, f"{sr} {gr}"
        first, last = self.pick(US_FIRST), self.pick(US_LAST)
        if self.r.random() < 0.15:
            return first, last, f"{first} {self.pick(string.ascii_uppercase)}. {last}"
        return first, last, f"{first} {last}"

    def first(self):
        return self._person()[0]

    def last(self):
        return self._person()[1]

    def full_name(self):
        return self._person()[2]

    def email(self):
        if self.region == "KR":
            _, sr = self.pick(KR_SURNAME)
            _, gr = self.pick(KR_GIVEN)
            user = self.pick(
                [f"{gr.replace('-', '').lower()}.{sr.lower()}", f"{sr.lower()}{gr.replace('-', '').lower()}"]
            )
            user += str(self.r.randint(40, 99)) if self.r.random() < 0.6 else ""
        else:
            first, last, _ = self._person()
            user = self.pick(
                [
                    f"{ascii_fold(first)}.{ascii_fold(last)}",
                    f"{ascii_fold(first)[0]}{ascii_fold(last)}",
                    f"{ascii_fold(first)}{self.r.randint(1940, 1975)}",
                    f"{ascii_fold(first)}_{ascii_fold(last)[:5]}{self.r.randint(1, 99)}",
                ]
            )
        return f"{user}@{self.pick(MAIL[self.region])}"

    def phone(self, style=None):
        r = self.r
        if self.region == "DK":
            digits = str(r.choice([2, 3, 4, 5, 6, 7, 8, 9])) + "".join(str(r.randint(0, 9)) for _ in range(7))
            pairs = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
            return self.pick([f"+45 {pairs}", digits, f"+45{digits}", pairs, f"0045{digits}"])
        if self.region == "KR":
            mid, end = r.randint(1000, 9999), r.randint(1000, 9999)
            return self.pick(
                [f"010-{mid}-{end}", f"010{mid}{end}", f"+82 10-{mid}-{end}", f"+8210{mid}{end}"]
            )
        return super().phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))

    def birth(self, lo=1932, hi=1972):
        y, m, d = self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)
        if self.region == "DK":
            return self.pick([f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"])
        if self.region == "KR":
            return self.pick([f"{y}{m:02d}{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}"])
        return self.pick([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])

    # places
    def street(self):
        if self.region == "DK":
            line = f"{self.pick(DK_STREETS)} {self.r.randint(1, 180)}"
            if self.r.random() < 0.5:
                line += f", {self.r.randint(1, 5)}. {self.pick(['tv', 'th', 'mf'])}"
            return line
        if self.region == "KR":
            sido, gu, ro = self.pick(KR_ROADS)
            line = f"{sido} {gu} {ro} {self.r.randint(1, 400)}"
            if self.r.random() < 0.6:
                line += f", {self.r.randint(101, 120)}동 {self.r.randint(1, 25)}{self.r.randint(1, 8):02d}호"
            return line
        return f"{self.r.randint(10, 9999)} {self.pick(US_STREETS)}"

    def street2(self):
        if self.region == "DK":
            return self.pick(["2. tv", "st. th", "1. sal", "3. mf", "c/o Plejecenter Solgården"])
        if self.region == "KR":
            return f"{self.r.randint(101, 120)}동 {self.r.randint(1, 25)}{self.r.randint(1, 8):02d}호"
        return self.pick(["Apt 4B", "Unit 12", "Apt 210", "#3", "Suite 5"])

    def city(self):
        if self.region == "DK":
            return self.pick(DK_TOWNS)[1]
        if self.region == "KR":
            return self.pick(["서울", "부산", "대구", "인천", "성남", "광주", "Seoul", "Busan"])
        return self.pick(US_PLACES)[0]

    def zip(self):
        if self.region == "DK":
            return self.pick(DK_TOWNS)[0]
        if self.region == "KR":
            return f"{self.r.randint(1000, 63644):05d}"
        return self.pick(US_PLACES)[2] + f"{self.r.randint(1, 99):02d}"

    def address(self):
        if self.region == "DK":
            postnr, by = self.pick(DK_TOWNS)
            return f"{self.street()}, {postnr} {by}"
        if self.region == "KR":
            return self.street()
        city, state, z = self.pick(US_PLACES)
        return f"{self.street()}, {city}, {state} {z}{self.r.randint(1, 99):02d}"

    def home_lat_lon(self):
        base = {"DK": (55.9, 10.8, 1.2), "KR": (36.5, 127.5, 1.5), "US": (40.0, -95.0, 10.0)}[self.region]
        return (
            round(base[0] + self.r.uniform(-base[2], base[2]), 6),
            round(base[1] + self.r.uniform(-base[2], base[2]), 6),
        )

    # ids with checksums
    def cpr(self):
        weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
        while True:
            y, m, d = self.r.randint(1932, 1972), self.r.randint(1, 12), self.r.randint(1, 28)
            body = f"{d:02d}{m:02d}{y % 100:02d}" + "".join(str(self.r.randint(0, 9)) for _ in range(4))
            if sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11 == 0:
                return body[:6] + self.pick(["-", "", "-"]) + body[6:]

    def rrn(self):
        y, m, d = self.r.randint(1935, 1975), self.r.randint(1, 12), self.r.randint(1, 28)
        body = (
            f"{y % 100:02d}{m:02d}{d:02d}"
            + self.pick("12")
            + "".join(str(self.r.randint(0, 9)) for _ in range(5))
        )
        weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        check = (11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11) % 10
        return f"{body[:6]}-{body[6:]}{check}"

    def mbi(self):
        alpha = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]
        alnum = alpha + list(string.digits)
        r = self.r
        parts = [
            str(r.randint(1, 9)),
            r.choice(alpha),
            r.choice(alnum),
            str(r.randint(0, 9)),
            r.choice(alpha),
            r.choice(alnum),
            str(r.randint(0, 9)),
            r.choice(alpha),
            r.choice(alpha),
            str(r.randint(0, 9)),
            str(r.randint(0, 9)),
        ]
        mbi = "".join(parts)
        return mbi if r.random() < 0.7 else f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"

    def ssn_fmt(self):
        s = self.ssn()
        return s if self.r.random() < 0.6 else s.replace("-", "")

    def aba_routing(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.pick([0, 1, 2, 3])
            for last in range(10):
                n = [*d, last]
                if (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0:
                    return "".join(map(str, n))

    def mod97_iban(self, country: str, bban: str) -> str:
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def dk_iban(self):
        return self.mod97_iban("DK", self.digits(4) + self.digits(10))

    def kr_account(self):
        return self.pick(
            [
                f"110-{self.digits(3)}-{self.digits(6)}",
                f"{self.digits(6)}-{self.r.randint(1, 99):02d}-{self.digits(6)}",
                f"1002-{self.digits(3)}-{self.digits(6)}",
                f"3333{self.digits(9)}",
            ]
        )

    def ha_serial(self):
        return self.pick(
            [
                f"{self.r.randint(19, 24)}{self.r.randint(1, 52):02d}{self.digits(5)}",
                f"{self.digits(10)}",
                f"SN{self.r.randint(19, 24)}{self.hexid(6).upper()}",
            ]
        )

    def pm_token(self):
        alnum = string.ascii_letters + string.digits
        return "pm_" + "".join(self.r.choice(alnum) for _ in range(24))

    def sha256(self, s: str) -> str:
        return hashlib.sha256(s.strip().lower().encode()).hexdigest()

    def local_iso(self):
        h = {"DK": "+01:00", "KR": "+09:00", "US": "-05:00"}[self.region]
        r = self.r
        day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return f"{day}T{r.randint(8, 17):02d}:{r.choice(['00', '15', '30', '45'])}:00{h}"

    def clinic(self):
        return self.pick(CLINICS[self.region])

    def cvr(self):
        weights = [2, 7, 6, 5, 4, 3, 2, 1]
        while True:
            body = self.digits(8)
            if sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11 == 0:
                return body


# -- contexts of the client libraries -----------------------------------------------------------


def tz(f: HFake) -> str:
    t = TIMEZONES[f.region]
    return t if isinstance(t, str) else f.pick(t)


def web_context(page: str, title: str):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.google.dk/",
                        "https://search.naver.com/",
                        "https://www.facebook.com/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "", "?utm_source=newsletter&utm_medium=email", "?lang=en"])),
            "title": G(lambda f: title),
            "url": G(lambda f: SITES[f.region] + page),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick([LOCALES[f.region], LOCALES[f.region], "en-GB"])),
        "timezone": G(tz),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_hearing_check", "battery_subscription", "tinnitus_week"])),
            "source": G(lambda f: f.pick(["google", "facebook", "naver", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "term": G(
                lambda f: f.pick(
                    ["hearing test near me", "høreapparat", "보청기 가격", "hearing aid batteries"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "text_ad_2", "carousel"])),
        },
    }


def ios_context():
    return {
        "app": {
            "name": G(lambda f: "Sonora Connect"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4200", "4310", "4322"])),
            "namespace": G(lambda f: "care.sonora.connect"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,8", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(
                lambda f: f.pick(
                    [f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]
                ),
                "advertising id",
            ),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: LOCALES[f.region]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: True),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "userId": G(lambda f: "usr_" + f.digits(8)),
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def android_context():
    return {
        "app": {
            "name": G(lambda f: "Sonora Connect"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["40200", "40310"])),
            "namespace": G(lambda f: "care.sonora.connect"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S918N", "SM-A546B", "Pixel 8", "CPH2451", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["dm3q", "a54x", "shiba", "cupid"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "locale": G(lambda f: LOCALES[f.region]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: {"DK": "TDC", "KR": "SKTelecom", "US": "T-Mobile"}[f.region]),
            "bluetooth": G(lambda f: True),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(tz),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918N Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "usr_" + f.digits(8)),
            "email": Y(lambda f: f.email(), "email"),
        },
        "location": {
            "latitude": Y(lambda f: f.home_lat_lon()[0], "geolocation"),
            "longitude": Y(lambda f: f.home_lat_lon()[1], "geolocation"),
            "speed": G(lambda f: 0.0),
        },
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Sonora Family"),
            "version": G(lambda f: f.pick(["2.0.4", "2.1.0"])),
            "build": G(lambda f: f.pick(["204", "210"])),
            "namespace": G(lambda f: "care.sonora.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-S911B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: LOCALES[f.region]),
        "timezone": G(tz),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "소노라 리모트"),
            "version": G(lambda f: f.pick(["1.8.0", "1.9.2"])),
            "build": G(lambda f: f.pick(["180", "192"])),
            "namespace": G(lambda f: "kr.co.sonora.remote"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "LGE", "Apple"])),
            "model": G(lambda f: f.pick(["SM-G991N", "SM-A356N", "LM-V500N", "iPhone14,7"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "13", "17.4"])),
        },
        "screen": {"width": G(lambda f: 1080), "height": G(lambda f: 2340), "density": G(lambda f: 2.625)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["SKT", "KT", "LG U+"])),
        },
        "locale": G(lambda f: "ko-KR"),
        "timezone": G(lambda f: "Asia/Seoul"),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "analytics-csharp": "2.4.1",
}


def server_context(lib: str, ip: bool = False, traits: bool = False, external: bool = False):
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])},
    }
    if ip:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    if traits:
        ctx["traits"] = {"email": Y(lambda f: f.email(), "email")}
    if external:
        ctx["externalIds"] = Many(
            {
                "id": G(lambda f: f.pick(["003" + f.hexid(15), str(f.r.randint(10**8, 10**9))])),
                "type": G(lambda f: f.pick(["salesforce_contact_id", "hubspot_contact_id"])),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            2,
        )
        ctx["groupId"] = G(lambda f: "grp_" + f.digits(5))
    return ctx


# -- shared fragments -----------------------------------------------------------------------------


def battery_product():
    return {
        "product_id": G(lambda f: f.pick(BATTERIES)[0]),
        "sku": G(lambda f: f.pick(BATTERIES)[0] + "-" + f.pick(["DK", "US", "KR"])),
        "name": G(lambda f: f.pick(BATTERIES)[1]),
        "brand": G(lambda f: f.pick(["Power One", "Rayovac", "Sonora", "Oticon"])),
        "category": G(lambda f: f.pick(["Batteries", "Accessories", "Care & Cleaning"])),
        "variant": G(lambda f: f.pick(["312", "13", "10", "675", "standard"])),
        "price": G(lambda f: f.money(4, 90)),
        "quantity": G(lambda f: f.r.randint(1, 6)),
        "position": G(lambda f: f.r.randint(1, 24)),
        "url": G(lambda f: SITES[f.region] + "/shop/" + f.pick(BATTERIES)[0].lower()),
        "image_url": G(lambda f: f"https://cdn.sonora.care/products/{f.hexid(10)}.webp"),
    }


def note_with_name(f: HFake) -> str:
    first = f.first()
    return f.pick(
        [
            f"Hi {first}, I've raised the high frequencies a little on both sides. Let me know how it feels.",
            f"Hej {first}, jeg har skruet lidt ned for støjreduktionen i restaurantprogrammet.",
            f"{first}님, 오른쪽 보청기 음량을 조금 올렸습니다. 불편하시면 연락 주세요.",
            f"{first} - added a quieter TV program as we discussed. Best, Sonora",
        ]
    )


def reminder_body(f: HFake) -> str:
    first = f.first()
    d = f"{f.r.randint(1, 28)}/{f.r.randint(1, 12)}"
    t = f"{f.r.randint(8, 16)}:{f.pick(['00', '30'])}"
    return {
        "DK": f"Hej {first}, husk din tid hos Sonora d. {d} kl. {t}. Svar JA for at bekræfte.",
        "KR": f"[소노라] {first}님, {d} {t} 예약이 확정되었습니다. 변경은 1588-0000",
        "US": f"Hi {first}, reminder: your Sonora Hearing appointment is on {d} at {t}. Reply C to confirm.",
    }[f.region]


def contact_text(f: HFake) -> str:
    return f.pick(
        [
            f"Please call me back on {f.phone()}, my hearing aid stopped working",
            f"Kan I ringe til mig på {f.phone()}? Min datter hjælper mig.",
            f"My email changed, use {f.email()} from now on",
            f"배터리 주문 관련 문의입니다. 연락처 {f.phone()}",
            f"You can reach my son at {f.email()} about the invoice",
        ]
    )


def clinician_note(f: HFake) -> str:
    return f.pick(
        [
            "Reports difficulty following speech in restaurants; moderate sloping loss both ears.",
            "Tinnitus worse in left ear at night, interferes with sleep.",
            "Sudden hearing loss right ear 3 weeks ago, referred to ENT.",
            "이명 증상 지속, 우측 고음역 청력 저하 확인.",
            "Otitis externa left ear, fitting postponed until healed.",
            "Cerumen impaction both ears removed; mild presbycusis.",
        ]
    )


# -- event templates: (kind, event, clients, regions, body, repeats) ------------------------------

WEB = ["web"]
APP = ["ios", "android"]
ALL = ["DK", "KR", "US"]

EVENTS: list[tuple[str, str | None, list[str], list[str], dict, int]] = [
    # -- web booking ---------------------------------------------------------------------------------
    (
        "page",
        "Find a Clinic",
        WEB,
        ALL,
        {
            "path": G(lambda f: "/clinics"),
            "url": G(lambda f: SITES[f.region] + "/clinics"),
            "title": G(lambda f: "Find a clinic | Sonora"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?near=me", "?city=aarhus"])),
        },
        30,
    ),
    (
        "track",
        "Clinic Searched",
        WEB + APP,
        ALL,
        {
            "search_term": G(
                lambda f: f.pick(["Aarhus", "강남", "Boston hearing test", "2100", "해운대", "Seattle"])
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "radius_km": G(lambda f: f.pick([5, 10, 25, 50])),
            "used_current_location": G(lambda f: f.pick([True, False])),
            "search_origin": {
                "lat": Y(lambda f: f.home_lat_lon()[0], "geolocation"),
                "lng": Y(lambda f: f.home_lat_lon()[1], "geolocation"),
            },
            "nearest_clinic": {
                "id": G(lambda f: f.clinic()[0]),
                "name": G(lambda f: f.clinic()[1]),
                "address": G(lambda f: f.clinic()[2]),
                "phone": G(lambda f: f.clinic()[3]),
                "lat": G(lambda f: CLINIC_COORDS[f.clinic()[0]][0]),
                "lng": G(lambda f: CLINIC_COORDS[f.clinic()[0]][1]),
                "distance_km": G(lambda f: f.money(0, 40)),
            },
        },
        40,
    ),
    (
        "track",
        "Appointment Booked",
        WEB,
        ALL,
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "clinic_id": G(lambda f: f.clinic()[0]),
            "clinic_name": G(lambda f: f.clinic()[1]),
            "appointment_type": Y(lambda f: f.pick(APPOINTMENT_TYPES[f.region]), "procedure"),
            "start_time": G(lambda f: f.local_iso()),
            "duration_min": G(lambda f: f.pick([30, 45, 60, 90])),
            "is_first_visit": G(lambda f: f.pick([True, False])),
            "booked_for": G(lambda f: f.pick(["self", "parent", "spouse", "other"])),
            "patient": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "date_of_birth": Y(lambda f: f.birth(), "birthdate"),
            },
            "needs_wheelchair_access": RED(lambda f: f.pick([True, False, False]), "disability"),
            "reminder_channel": G(lambda f: f.pick(["sms", "email", "kakao_alimtalk"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "_BwE", "advertising id"),
            "consent_marketing": G(lambda f: f.pick([True, False])),
            "referral_source": G(lambda f: f.pick(["google", "doctor", "friend", "tv_ad", "naver_blog"])),
        },
        45,
    ),
    (
        "track",
        "Hearing Screener Completed",
        WEB,
        ALL,
        {
            "screener_id": G(lambda f: f.uuid()),
            "screener_version": G(lambda f: f.pick(["v3.1", "v3.2"])),
            "questions_answered": G(lambda f: f.r.randint(5, 12)),
            "headphones_used": G(lambda f: f.pick(["wired", "airpods", "speaker", "unknown"])),
            "age_band": G(lambda f: f.pick(["45-54", "55-64", "65-74", "75+"])),
            "result": Y(
                lambda f: f.pick(["normal", "mild loss", "moderate loss", "see a specialist"]),
                "condition|diagnosis",
            ),
            "score": Y(lambda f: f.r.randint(20, 100), "condition|diagnosis"),
            "duration_s": G(lambda f: f.r.randint(120, 600)),
            "email_results_to": Y(lambda f: f.email(), "email"),
            "wants_callback": G(lambda f: f.pick([True, False])),
        },
        35,
    ),
    (
        "identify",
        None,
        WEB,
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.birth(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "age": G(lambda f: f.r.randint(52, 91)),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.region),
            },
            "preferredClinic": G(lambda f: f.clinic()[0]),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["none", "care_plus", "battery_subscription"])),
        },
        40,
    ),
    (
        "track",
        "Account Created",
        WEB,
        ALL,
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "kakao", "mitid"])),
            "email_verified": G(lambda f: False),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "terms_version": G(lambda f: f.pick(["2023-11", "2024-03"])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "track",
        "Support Message Sent",
        WEB + APP,
        ALL,
        {
            "conversation_id": G(lambda f: "conv_" + f.digits(9)),
            "channel": G(lambda f: f.pick(["web_chat", "in_app"])),
            "topic": G(lambda f: f.pick(["repair", "billing", "battery_order", "pairing"])),
            "text": Y(contact_text, "phone|email", True),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
        },
        30,
    ),
    # -- staff back office (analytics.js on admin.sonora) ------------------------------------------------
    (
        "track",
        "Patient Lookup",
        WEB,
        ALL,
        {
            "q": Y(lambda f: f.pick([f.full_name(), f.phone(), f.last()]), "name|phone", True),
            "results": G(lambda f: f.r.randint(0, 8)),
            "filter": G(lambda f: f.pick(["all", "active", "this_clinic"])),
            "staff_user_id": G(lambda f: "stf_" + f.digits(4)),
            "staff_role": G(lambda f: f.pick(["audiologist", "front_desk", "clinic_manager"])),
        },
        25,
    ),
    (
        "track",
        "Intake Field Updated",
        WEB,
        ALL,
        {
            "form": G(lambda f: f.pick(["new_patient_intake", "contact_details"])),
            "field": G(lambda f: setattr(f, "_field", f.pick(["email", "mobile"])) or f._field),
            "value": Y(lambda f: f.email() if f._field == "email" else f.phone(), "email|phone", True),
            "edit_ms": G(lambda f: f.r.randint(300, 9000)),
        },
        25,
    ),
    # -- careers ---------------------------------------------------------------------------------
    (
        "track",
        "Job Application Submitted",
        WEB,
        ["US", "DK"],
        {
            "job_id": G(lambda f: "req-" + f.digits(4)),
            "position": G(
                lambda f: f.pick(["Audiologist", "Hearing Instrument Specialist", "Front Desk Coordinator"])
            ),
            "location": G(lambda f: f.clinic()[1]),
            "applicant_email": Y(lambda f: f.email(), "email"),
            "applicant_phone": Y(lambda f: f.phone(), "phone"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "authorized_to_work": RED(lambda f: f.pick(["yes", "no", "yes - EU citizen"]), "visa"),
            "years_experience": G(lambda f: f.r.randint(0, 25)),
            "expected_hourly_rate": Y(lambda f: f.pick([28, 32.5, 41, 45, 52]), "salary"),
            "license_number": Y(lambda f: f.pick(["AUD-", "HIS-", ""]) + f.digits(6), "license"),
            "license_state": G(lambda f: f.pick(["MA", "MN", "WA", "DK"])),
            "resume_uploaded": G(lambda f: True),
        },
        20,
    ),
    # -- web form forwarded from Webflow (kebab-case) --------------------------------------------------
    (
        "track",
        "Webflow Form Submitted",
        ["analytics-node"],
        ["US", "DK"],
        {
            "form-name": G(lambda f: f.pick(["Free Hearing Test", "Contact Us"])),
            "site-id": G(lambda f: f.hexid(24)),
            "data": {
                "full-name": Y(lambda f: f.full_name(), "name"),
                "email-2": Y(lambda f: f.email(), "email"),
                "phone-number": Y(lambda f: f.phone(), "phone"),
                "zip-code": Y(lambda f: f.zip(), "zipcode"),
                "preferred-time": G(lambda f: f.pick(["Morning", "Afternoon", "Any"])),
                "hearing-aid-user": G(lambda f: f.pick(["Yes", "No", "Not sure"])),
                "message": G(
                    lambda f: f.pick(["", "Is parking available?", "Do you accept Medicare Advantage?"])
                ),
            },
            "submitted-at": G(lambda f: f.iso()),
        },
        25,
    ),
    # -- battery shop (e-commerce spec) -----------------------------------------------------------
    (
        "track",
        "Products Searched",
        WEB,
        ALL,
        {"query": G(lambda f: f.pick(["312 batteries", "dome 8mm", "dryer", "filter", "tv adapter"]))},
        25,
    ),
    (
        "track",
        "Product Viewed",
        WEB + APP,
        ALL,
        {**battery_product(), "currency": G(lambda f: CURRENCY[f.region])},
        30,
    ),
    (
        "track",
        "Product Added",
        WEB + APP,
        ALL,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in battery_product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
        30,
    ),
    (
        "track",
        "Checkout Started",
        WEB,
        ALL,
        {
            "order_id": G(lambda f: f.digits(6)),
            "revenue": G(lambda f: f.money(10, 400)),
            "shipping": G(lambda f: f.pick([0, 39, 49.0, 3000])),
            "tax": G(lambda f: f.money(0, 80)),
            "coupon": G(lambda f: f.pick(["", "BATTERI10", "WELCOME", "SENIOR15"])),
            "currency": G(lambda f: CURRENCY[f.region]),
            "products": Many(battery_product(), 3),
        },
        30,
    ),
    (
        "track",
        "Payment Info Entered",
        WEB,
        ALL,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(6)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "mobilepay", "kakaopay", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "dankort", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "payment_method_id": RED(lambda f: f.pm_token(), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
            "billing_postal_code": Y(lambda f: f.zip(), "zipcode"),
        },
        30,
    ),
    (
        "track",
        "Order Completed",
        ["analytics-php"],
        ["DK"],
        {
            "order_id": G(lambda f: f.digits(6)),
            "order_key": G(lambda f: "wc_order_" + f.hexid(13)),
            "total": G(lambda f: f.money(60, 900)),
            "subtotal": G(lambda f: f.money(60, 900)),
            "tax": G(lambda f: f.money(10, 180)),
            "shipping": G(lambda f: f.pick([0, 39, 49])),
            "currency": G(lambda f: "DKK"),
            "coupon": G(lambda f: f.pick(["", "BATTERI10"])),
            "products": Many(battery_product(), 3),
            "billing": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "address_1": Y(lambda f: f.street(), "address|street"),
                "address_2": Y(lambda f: f.street2(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postcode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: "DK"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "shipping_method": G(lambda f: f.pick(["gls_pakkeshop", "postnord_home", "local_pickup"])),
            "pakkeshop_id": G(lambda f: f.digits(5)),
            "customer_note": G(lambda f: f.pick(["", "Stil pakken ved døren", "Ring på hos naboen", "Tak!"])),
        },
        35,
    ),
    (
        "track",
        "Payment Card Entered",
        ["analytics-php"],
        ["DK"],
        {
            "order_id": G(lambda f: f.digits(6)),
            "gateway": G(lambda f: "legacy_quickpay_form"),
            "cardnumber": RED(lambda f: f.card(), "credit card"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "card_holder": Y(lambda f: f.full_name(), "name"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
        15,
    ),
    (
        "track",
        "Order Refunded",
        ["analytics-php"],
        ["DK"],
        {
            "order_id": G(lambda f: f.digits(6)),
            "total": G(lambda f: f.money(20, 400)),
            "currency": G(lambda f: "DKK"),
            "reason": G(lambda f: f.pick(["wrong size", "damaged", "duplicate order"])),
        },
        20,
    ),
    (
        "track",
        "Subscription Renewed",
        ["analytics-node"],
        ["US", "DK"],
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "plan": G(lambda f: f.pick(["battery_monthly", "battery_quarterly", "care_plus"])),
            "interval": G(lambda f: f.pick(["month", "quarter"])),
            "amount": G(lambda f: f.money(9, 60)),
            "battery_size": G(lambda f: f.pick(["312", "13", "10", "675"])),
            "packs": G(lambda f: f.r.randint(1, 4)),
            "next_billing_date": G(lambda f: f.date(2024, 2025)),
            "status": G(lambda f: f.pick(["active", "past_due"])),
        },
        25,
    ),
    # -- app: pairing, programs, remote care ------------------------------------------------------
    (
        "screen",
        "Programs",
        APP,
        ALL,
        {
            "previous_screen": G(lambda f: f.pick(["Home", "Battery", "Settings"])),
            "tab": G(lambda f: f.pick(["programs", "volume"])),
        },
        30,
    ),
    (
        "track",
        "Hearing Aid Paired",
        APP,
        ALL,
        {
            "pairing_id": G(lambda f: f.uuid()),
            "side": G(lambda f: f.pick(["left", "right", "both"])),
            "manufacturer": G(lambda f: f.pick(HA_MODELS)[0]),
            "model": G(lambda f: f.pick(HA_MODELS)[1]),
            "firmware_version": G(lambda f: f.pick(["2.4.1", "1.12.0", "3.0.7"])),
            "serial_number": Y(lambda f: f.ha_serial(), "serial"),
            "ble_address": Y(lambda f: f.mac(), "mac"),
            "protocol": G(lambda f: f.pick(["MFi", "ASHA", "LE Audio"])),
            "passkey": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "pairing_duration_ms": G(lambda f: f.r.randint(1500, 40000)),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "success": G(lambda f: f.pick([True, True, False])),
            "rssi_dbm": G(lambda f: f.r.randint(-90, -40)),
        },
        40,
    ),
    (
        "track",
        "Program Changed",
        APP,
        ALL,
        {
            "program_name": G(lambda f: f.pick(PROGRAMS)),
            "program_index": G(lambda f: f.r.randint(1, 5)),
            "source": G(lambda f: f.pick(["app", "button", "auto"])),
            "volume_left": G(lambda f: f.r.randint(-8, 8)),
            "volume_right": G(lambda f: f.r.randint(-8, 8)),
            "environment": G(lambda f: f.pick(["quiet", "speech", "noise", "music"])),
            "hearing_aid_id": G(lambda f: "ha_" + f.hexid(10)),
        },
        40,
    ),
    (
        "track",
        "Remote Adjustment Received",
        APP,
        ALL,
        {
            "session_id": G(lambda f: f.uuid()),
            "audiologist_id": G(lambda f: "stf_" + f.digits(4)),
            "audiologist_name": Y(lambda f: f.full_name(), "name"),
            "changes": Many(
                {
                    "parameter": G(lambda f: f.pick(["gain", "compression", "noise_reduction", "feedback"])),
                    "band_hz": G(lambda f: f.pick([250, 500, 1000, 2000, 4000, 6000])),
                    "delta_db": G(lambda f: f.pick([-3, -2, -1, 1, 2, 3])),
                },
                4,
            ),
            "applied": G(lambda f: f.pick([True, False])),
            "note_from_audiologist": Y(note_with_name, "name", True),
        },
        35,
    ),
    (
        "track",
        "Battery Status Reported",
        APP,
        ALL,
        {
            "level_left_pct": G(lambda f: f.r.randint(0, 100)),
            "level_right_pct": G(lambda f: f.r.randint(0, 100)),
            "charging": G(lambda f: f.pick([True, False])),
            "battery_type": G(lambda f: f.pick(["li-ion", "312", "13"])),
            "hours_worn_today": G(lambda f: f.money(0, 16)),
            "estimated_hours_left": G(lambda f: f.r.randint(0, 30)),
        },
        30,
    ),
    (
        "track",
        "Tinnitus Relief Started",
        APP,
        ALL,
        {
            "sound": G(lambda f: f.pick(["ocean", "white noise", "rain", "zen chime"])),
            "duration_min": G(lambda f: f.pick([10, 20, 30, 60])),
            "tinnitus_severity": Y(lambda f: f.r.randint(1, 10), "condition"),
            "started_from": G(lambda f: f.pick(["app", "schedule"])),
        },
        25,
    ),
    (
        "track",
        "Hearing Check Completed",
        APP,
        ALL,
        {
            "test_id": G(lambda f: f.uuid()),
            "test_type": G(lambda f: "pure_tone"),
            "thresholds": Many(
                {
                    "frequency_hz": G(lambda f: f.pick([250, 500, 1000, 2000, 4000, 8000])),
                    "ear": G(lambda f: f.pick(["left", "right"])),
                    "db_hl": Y(lambda f: f.pick([10, 15, 25, 35, 40, 55, 60, 70]), "condition|diagnosis"),
                },
                6,
            ),
            "pta_left_db": Y(lambda f: f.money(5, 80), "condition|diagnosis"),
            "pta_right_db": Y(lambda f: f.money(5, 80), "condition|diagnosis"),
            "hearing_loss_degree": Y(
                lambda f: f.pick(["none", "mild", "moderate", "severe"]), "condition|diagnosis"
            ),
            "ambient_noise_db": G(lambda f: f.r.randint(25, 45)),
            "headphone_model": G(
                lambda f: f.pick(["AirPods Pro (2nd generation)", "Galaxy Buds2", "EarPods"])
            ),
            "valid": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Video Consultation Joined",
        APP,
        ALL,
        {
            "consultation_id": G(lambda f: "vc_" + f.hexid(10)),
            "audiologist_id": G(lambda f: "stf_" + f.digits(4)),
            "provider": G(lambda f: "twilio_video"),
            "duration_s": G(lambda f: f.r.randint(60, 2400)),
            "network_quality": G(lambda f: f.pick(["good", "fair", "poor"])),
            "camera_on": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "track",
        "Address Saved",
        APP,
        ALL,
        {
            "label": G(lambda f: f.pick(["Home", "Work", "Mom's place", "Summer house", "집"])),
            "street": Y(lambda f: f.street(), "address|street"),
            "postal_code": Y(lambda f: f.zip(), "zipcode"),
            "city": Y(lambda f: f.city(), "city"),
            "country_code": G(lambda f: f.region),
            "is_default": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "track",
        "Chatbot Question Asked",
        APP,
        ALL,
        {
            "input": G(
                lambda f: f.pick(
                    [
                        "How do I change the battery?",
                        "Can I shower with them?",
                        "book appointment",
                        "보청기 소리가 안 나요",
                        "Hvordan parrer jeg med min iPhone?",
                        "whistling noise",
                    ]
                )
            ),
            "intent": G(lambda f: f.pick(["battery_help", "water_resistance", "booking", "troubleshoot"])),
            "confidence": G(lambda f: round(f.r.random(), 3)),
            "resolved": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "identify",
        None,
        APP,
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "hearingLossDegree": Y(
                lambda f: f.pick(["mild", "moderate", "moderately severe", "severe"]), "condition"
            ),
            "tinnitus": Y(lambda f: f.pick([True, False]), "condition"),
            "fittedSince": G(lambda f: f.date(2018, 2024)),
            "deviceModel": G(lambda f: f.pick(HA_MODELS)[1]),
            "clinicId": G(lambda f: f.clinic()[0]),
            "insuranceProvider": G(
                lambda f: f.pick(["UnitedHealthcare", "Sygeforsikring danmark", "국민건강보험", "Aetna"])
            ),
            "dateOfBirth": Y(lambda f: f.birth(), "birthdate"),
            "pushEnabled": G(lambda f: f.pick([True, False])),
        },
        35,
    ),
    (
        "alias",
        None,
        APP + WEB,
        ALL,
        {},
        15,
    ),
    # -- caregiver app (React Native) ----------------------------------------------------------
    (
        "track",
        "Caregiver Invited",
        ["rn", *APP],
        ALL,
        {
            "invite_id": G(lambda f: "inv_" + f.hexid(10)),
            "invitee_name": Y(lambda f: f.full_name(), "name"),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_phone": Y(lambda f: f.phone(), "phone"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "neighbour", "care worker"])),
            "permissions": Many(G(lambda f: f.pick(["battery", "programs", "appointments", "location"])), 3),
            "expires_at": G(lambda f: f.iso()),
            "invite_code": RED(
                lambda f: "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(8)),
                "token",
            ),
        },
        30,
    ),
    (
        "track",
        "Caregiver Access Granted",
        ["rn"],
        ALL,
        {
            "patient_user_id": G(lambda f: "usr_" + f.digits(8)),
            "caregiver_user_id": G(lambda f: "usr_" + f.digits(8)),
            "access_level": G(lambda f: f.pick(["view", "manage"])),
            "granted_by": G(lambda f: f.pick(["patient", "clinic"])),
            "patient_display_name": Y(lambda f: f.full_name(), "name"),
        },
        25,
    ),
    (
        "track",
        "Care Alert Viewed",
        ["rn"],
        ALL,
        {
            "alert_id": G(lambda f: f.uuid()),
            "alert_type": G(
                lambda f: f.pick(["battery_low", "not_worn_24h", "hearing_aid_lost", "fall_detected"])
            ),
            "patient_first_name": Y(lambda f: f.first(), "name"),
            "seconds_to_view": G(lambda f: f.r.randint(2, 7200)),
            "last_seen_location": {
                "lat": Y(lambda f: f.home_lat_lon()[0], "geolocation"),
                "lon": Y(lambda f: f.home_lat_lon()[1], "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(5, 80)),
            },
        },
        25,
    ),
    (
        "track",
        "Emergency Contact Updated",
        ["rn", *APP],
        ALL,
        {
            "contact_name": Y(lambda f: f.full_name(), "name"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "neighbour", "care worker"])),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "identify",
        None,
        ["rn"],
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "relationshipToPatient": G(lambda f: f.pick(["daughter", "son", "spouse"])),
            "patientsManaged": G(lambda f: f.r.randint(1, 3)),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    # -- Korean app (flutter) ---------------------------------------------------------------------
    (
        "track",
        "Reservation Completed",
        ["flutter"],
        ["KR"],
        {
            "예약번호": G(lambda f: "R" + f.digits(9)),
            "지점명": G(lambda f: f.clinic()[1]),
            "예약일시": G(lambda f: f.local_iso()),
            "상담유형": Y(lambda f: f.pick(APPOINTMENT_TYPES["KR"]), "procedure"),
            "환자명": Y(lambda f: f.full_name(), "name"),
            "연락처": Y(lambda f: f.phone(), "phone"),
            "생년월일": Y(lambda f: f.birth(), "birthdate"),
            "보호자연락처": Y(lambda f: f.phone(), "phone"),
            "방문경로": G(lambda f: f.pick(["네이버 검색", "지인 소개", "TV 광고", "병원 추천"])),
        },
        35,
    ),
    (
        "identify",
        None,
        ["flutter"],
        ["KR"],
        {
            "fullName": Y(lambda f: f.full_name(), "name"),
            "phoneNumber": Y(lambda f: f.phone(), "phone"),
            "birthYear": Y(lambda f: f.r.randint(1935, 1975), "birthdate"),
            "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
            "kakaoUserId": G(lambda f: f.r.randint(10**9, 4 * 10**9)),
            "marketingAgree": G(lambda f: f.pick([True, False])),
            "pushAgree": G(lambda f: f.pick([True, False])),
            "region": G(lambda f: f.pick(["서울", "경기", "부산", "대구"])),
        },
        30,
    ),
    (
        "track",
        "Subsidy Eligibility Checked",
        ["flutter"],
        ["KR"],
        {
            "장애등록여부": RED(lambda f: f.pick([True, False]), "disability"),
            "장애정도": RED(lambda f: f.pick(["심한 장애", "심하지 않은 장애", "해당없음"]), "disability"),
            "건강보험종류": G(lambda f: f.pick(["직장가입자", "지역가입자", "의료급여"])),
            "건강보험증번호": RED(lambda f: f.digits(11), "health id"),
            "지원금액": G(lambda f: f.pick([1310000, 1110000, 0])),
            "본인부담금": G(lambda f: f.r.randint(0, 40) * 10000),
            "checkedAt": G(lambda f: f.local_iso()),
        },
        25,
    ),
    (
        "track",
        "Identity Verified",
        ["analytics-node"],
        ["KR"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["PASS", "kakao_cert", "naver_cert"])),
            "carrier": G(lambda f: f.pick(["SKT", "KT", "LGU+", "SKT_MVNO"])),
            "result": {
                "name": Y(lambda f: f.full_name(), "name"),
                "birthdate": Y(lambda f: f.birth(), "birthdate"),
                "gender": Y(lambda f: f.pick(["1", "2"]), "gender"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "ci": RED(lambda f: base64.b64encode(f.r.randbytes(64)).decode(), "national id"),
                "di": RED(lambda f: f.hexid(64).upper(), "national id"),
                "foreigner": G(lambda f: False),
            },
            "latency_ms": G(lambda f: f.r.randint(300, 4000)),
        },
        25,
    ),
    # -- DK backend (python, Danish keys) ---------------------------------------------------------
    (
        "identify",
        None,
        ["analytics-python"],
        ["DK"],
        {
            "fornavn": Y(lambda f: f.first(), "name"),
            "efternavn": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "mobil": Y(lambda f: f.phone(), "phone"),
            "adresse": Y(lambda f: f.street(), "address"),
            "postnummer": Y(lambda f: f.zip(), "zipcode"),
            "by": Y(lambda f: f.city(), "city"),
            "fødselsdato": Y(lambda f: f.birth(), "birthdate"),
            "cpr_nummer": RED(lambda f: f.cpr(), "national id"),
            "region": G(lambda f: f.pick(["Region Hovedstaden", "Region Midtjylland", "Region Syddanmark"])),
            "foretrukken_klinik": G(lambda f: f.clinic()[1]),
            "samtykke_markedsfoering": G(lambda f: f.pick([True, False])),
            "oprettet": G(lambda f: f.iso()),
        },
        35,
    ),
    (
        "track",
        "Tilskud Ansøgt",
        ["analytics-python"],
        ["DK"],
        {
            "sag_id": G(lambda f: "SAG-" + f.digits(7)),
            "tilskudsbeloeb": G(lambda f: f.pick([4000, 6000, 6300])),
            "egenbetaling": G(lambda f: f.r.randint(2, 30) * 500),
            "hoereapparat_model": G(lambda f: f.pick(HA_MODELS)[1]),
            "sygeforsikring_medlemsnr": Y(lambda f: f.digits(8), "identification"),
            "sygeforsikring_gruppe": G(lambda f: f.pick(["1", "2", "5", "Basis"])),
            "udbetaling": {
                "reg_nr": G(lambda f: f.digits(4)),
                "konto_nr": RED(lambda f: f.digits(10), "bank account"),
                "iban": RED(lambda f: f.dk_iban(), "bank account"),
            },
            "indsendt": G(lambda f: f.local_iso()),
        },
        30,
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ["analytics-python"],
        ALL,
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "channel": G(lambda f: setattr(f, "_channel", f.pick(["sms", "email"])) or f._channel),
            "to": Y(lambda f: f.phone() if f._channel == "sms" else f.email(), "phone|email", True),
            "message_body": Y(reminder_body, "name", True),
            "provider": G(lambda f: f.pick(["twilio", "sendgrid", "aligo"])),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "sent_at": G(lambda f: f.iso()),
        },
        35,
    ),
    (
        "track",
        "Booking Cancelled",
        ["analytics-python"],
        ALL,
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "cancelled_by": G(lambda f: f.pick(["patient", "clinic", "system"])),
            "reason": G(lambda f: f.pick(["illness", "transport", "rescheduled", "no_reason"])),
            "hours_before": G(lambda f: f.r.randint(0, 240)),
            "fee_charged": G(lambda f: f.pick([0, 0, 150, 250])),
            "rebooked": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "track",
        "Password Reset Requested",
        ["analytics-python"],
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "reset_url": RED(lambda f: SITES[f.region] + "/account/reset?token=" + f.hexid(40), "token"),
            "expires_in_min": G(lambda f: 30),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UA_WEB)),
        },
        20,
    ),
    (
        "track",
        "Newsletter Unsubscribed",
        ["analytics-python"],
        ALL,
        {
            "list_id": G(lambda f: f.pick(["nl_dk_general", "nl_us_tips", "nl_kr_event"])),
            "reason": G(lambda f: f.pick(["too_many", "not_relevant", "other"])),
            "unsubscribe_url": Y(
                lambda f: SITES[f.region] + "/newsletter/unsubscribe?email=" + f.email().replace("@", "%40"),
                "email",
                True,
            ),
            "source": G(lambda f: f.pick(["email_footer", "preference_center"])),
        },
        20,
    ),
    (
        "track",
        "Inbound Call",
        ["analytics-python"],
        ["US", "DK"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.phone(), "phone"),
            "To": G(lambda f: f.pick(["+16175550190", "+16125550137", "+4533124000"])),
            "CallStatus": G(lambda f: f.pick(["ringing", "completed", "no-answer"])),
            "Direction": G(lambda f: "inbound"),
            "FromCity": Y(lambda f: f.city().upper(), "city"),
            "FromState": G(lambda f: f.pick(["MA", "MN", "WA", ""])),
            "FromCountry": G(lambda f: f.region),
            "CallerName": Y(lambda f: f.full_name().upper(), "name"),
            "CallDuration": G(lambda f: f.r.randint(0, 900)),
        },
        25,
    ),
    (
        "track",
        "SMS Reply Received",
        ["analytics-python"],
        ALL,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "From": Y(lambda f: f.phone(), "phone"),
            "To": G(lambda f: f.pick(["+16175550190", "+4533124000", "+4528550000"])),
            "Body": G(lambda f: f.pick(["JA", "Ja tak", "NEJ", "C", "Y", "STOP", "예", "1"])),
            "NumMedia": G(lambda f: "0"),
        },
        25,
    ),
    # -- US claims (node), payers (java), financing --------------------------------------------------
    (
        "track",
        "Insurance Claim Submitted",
        ["analytics-node"],
        ["US"],
        {
            "claimId": G(lambda f: f.uuid()),
            "claimNumber": G(lambda f: "CLM" + f.digits(10)),
            "payer": G(
                lambda f: f.pick(["Aetna", "UnitedHealthcare", "BCBS of Minnesota", "Humana", "Medicare"])
            ),
            "memberId": Y(lambda f: f.pick(["W", "XJH", "U"]) + f.digits(9), "identification"),
            "groupNumber": G(lambda f: f.digits(6)),
            "subscriber": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "dateOfBirth": Y(lambda f: f.birth(), "birthdate"),
                "relationshipToPatient": G(lambda f: f.pick(["self", "spouse", "child"])),
            },
            "patient": {
                "dob": Y(lambda f: f.birth(), "birthdate"),
                "sex": Y(lambda f: f.pick(["M", "F", "U"]), "sex|gender"),
            },
            "diagnosisCodes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 3),
            "procedureCodes": Many(Y(lambda f: f.pick(CPT), "procedure"), 3),
            "billedAmount": G(lambda f: f.money(150, 7000)),
            "placeOfService": G(lambda f: "11"),
            "renderingProviderNpi": Y(
                lambda f: f.luhn_complete("80840" + "1" + f.digits(8))[5:], "identification"
            ),
            "referringProviderName": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "priorAuthNumber": G(lambda f: f.pick(["", "PA" + f.digits(8)])),
            "status": G(lambda f: f.pick(["submitted", "accepted", "rejected"])),
        },
        35,
    ),
    (
        "track",
        "Eligibility Checked",
        ["analytics-node"],
        ["US"],
        {
            "requestId": G(lambda f: f.uuid()),
            "payer": G(lambda f: f.pick(["Aetna", "UnitedHealthcare", "Medicare", "Medicaid NY", "VA"])),
            "memberId": Y(lambda f: f.pick(["W", "XJH", "U"]) + f.digits(9), "identification"),
            "medicareMbi": RED(lambda f: f.mbi(), "health id"),
            "medicaidId": RED(
                lambda f: (
                    f"{f.pick(string.ascii_uppercase)}{f.pick(string.ascii_uppercase)}{f.digits(5)}{f.pick(string.ascii_uppercase)}"
                ),
                "health id",
            ),
            "ssnLast4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "eligible": G(lambda f: f.pick([True, False])),
            "hearingAidBenefitUsd": G(lambda f: f.pick([500, 1000, 1500, 3000])),
            "benefitPeriodMonths": G(lambda f: f.pick([12, 24, 36])),
            "copay": G(lambda f: f.pick([0, 25, 40])),
            "isVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
        },
        30,
    ),
    (
        "track",
        "Reimbursement Paid",
        ["analytics-node"],
        ["US"],
        {
            "claimId": G(lambda f: f.uuid()),
            "payoutMethod": G(lambda f: f.pick(["ach", "check"])),
            "amount": G(lambda f: f.money(100, 3000)),
            "currency": G(lambda f: "USD"),
            "bankAccount": {
                "routingNumber": G(lambda f: f.aba_routing()),
                "accountNumber": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
                "accountType": G(lambda f: f.pick(["checking", "savings"])),
                "accountHolder": Y(lambda f: f.full_name(), "name"),
            },
            "paidAt": G(lambda f: f.iso()),
        },
        25,
    ),
    (
        "track",
        "Prior Authorization Updated",
        ["analytics-java"],
        ["US"],
        {
            "authorizationId": G(lambda f: "PA" + f.digits(8)),
            "status": G(lambda f: f.pick(["approved", "denied", "pended"])),
            "payerName": G(lambda f: f.pick(["Aetna", "Humana", "BCBS of Minnesota"])),
            "decisionDate": G(lambda f: f.date(2024, 2024)),
            "approvedUnits": G(lambda f: f.r.randint(0, 2)),
            "reviewerName": Y(lambda f: f.full_name(), "name"),
            "memberDob": Y(lambda f: f.birth(), "birthdate"),
        },
        20,
    ),
    (
        "track",
        "Financing Application Submitted",
        ["analytics-node"],
        ["US"],
        {
            "application_id": G(lambda f: "fin_" + f.hexid(12)),
            "lender": G(lambda f: f.pick(["CareCredit", "Allegro Credit", "Sunbit"])),
            "amount_requested": G(lambda f: f.money(1500, 7000)),
            "term_months": G(lambda f: f.pick([12, 24, 36, 48])),
            "annual_income": Y(lambda f: f.r.randint(18, 140) * 1000, "salary"),
            "employer": G(lambda f: f.pick(["Retired", "Target", "Mayo Clinic", "Boeing", "Self-employed"])),
            "job_title": G(lambda f: f.pick(["Retired", "Teacher", "Nurse", "Engineer"])),
            "marital_status": G(lambda f: f.pick(["married", "widowed", "single", "divorced"])),
            "credit_score": Y(lambda f: f.r.randint(540, 830), "credit score"),
            "ssn": RED(lambda f: f.ssn_fmt(), "social security number"),
            "approved": G(lambda f: f.pick([True, False])),
            "apr": G(lambda f: f.pick([0, 14.9, 26.99])),
        },
        20,
    ),
    (
        "track",
        "Conversion Forwarded",
        ["analytics-node"],
        ["US", "DK"],
        {
            "destination": G(lambda f: "facebook_capi"),
            "event_name": G(lambda f: f.pick(["Lead", "Schedule", "Purchase"])),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha256(f.email()), "email"),
                "ph": Y(lambda f: f.sha256(f.phone()), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(28)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "external_id": G(lambda f: "usr_" + f.digits(8)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(0, 400)),
                "currency": G(lambda f: f.pick(["USD", "DKK"])),
                "content_name": G(lambda f: f.pick(["Free hearing test", "Battery subscription"])),
            },
        },
        25,
    ),
    # -- device telemetry (go) --------------------------------------------------------------------
    (
        "track",
        "Device Telemetry Uploaded",
        ["analytics-go"],
        ALL,
        {
            "device_id": G(lambda f: "ha_" + f.hexid(10)),
            "serial": Y(lambda f: f.ha_serial(), "serial"),
            "firmware": G(lambda f: f.pick(["2.4.1", "1.12.0", "3.0.7"])),
            "uptime_h": G(lambda f: f.r.randint(0, 2000)),
            "feedback_events": G(lambda f: f.r.randint(0, 40)),
            "program_switches": G(lambda f: f.r.randint(0, 60)),
            "wear_time_min": G(lambda f: f.r.randint(0, 960)),
            "avg_input_level_dbspl": G(lambda f: f.money(40, 80)),
            "own_voice_pct": G(lambda f: f.money(0, 30)),
            "battery_cycles": G(lambda f: f.r.randint(0, 900)),
            "gateway": G(lambda f: f.pick(["ios_app", "android_app", "tv_streamer"])),
        },
        35,
    ),
    (
        "track",
        "Firmware Update Completed",
        ["analytics-go"],
        ALL,
        {
            "device_id": G(lambda f: "ha_" + f.hexid(10)),
            "from_version": G(lambda f: f.pick(["2.3.0", "1.11.2"])),
            "to_version": G(lambda f: f.pick(["2.4.1", "1.12.0"])),
            "duration_s": G(lambda f: f.r.randint(60, 900)),
            "outcome": G(lambda f: f.pick(["success", "failed", "rolled_back"])),
            "image_sha256": G(lambda f: f.hexid(64)),
        },
        25,
    ),
    # -- repairs (ruby) ---------------------------------------------------------------------------
    (
        "track",
        "Repair Order Created",
        ["analytics-ruby"],
        ALL,
        {
            "repair_id": G(lambda f: "RMA-" + f.digits(7)),
            "ha_serial": Y(lambda f: f.ha_serial(), "serial"),
            "model": G(lambda f: f.pick(HA_MODELS)[1]),
            "issue_category": G(
                lambda f: f.pick(["no_sound", "crackling", "bluetooth", "charging", "shell_cracked"])
            ),
            "note": G(
                lambda f: f.pick(
                    [
                        "Left receiver crackles",
                        "Dropped in water",
                        "Won't charge overnight",
                        "Dome stuck in ear canal tube",
                    ]
                )
            ),
            "warranty": G(lambda f: f.pick([True, False])),
            "loaner_provided": G(lambda f: f.pick([True, False])),
            "pickup_address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "zip": Y(lambda f: f.zip(), "zipcode"),
                "state": G(
                    lambda f: {"DK": "", "KR": "서울특별시", "US": f.pick(["MA", "MN", "WA"])}[f.region]
                ),
                "country": G(lambda f: f.region),
            },
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "estimated_cost": G(lambda f: f.pick([0, 450, 900, 1200])),
            "courier": G(lambda f: f.pick(["GLS", "UPS", "CJ대한통운"])),
        },
        30,
    ),
    (
        "track",
        "Repair Status Changed",
        ["analytics-ruby"],
        ALL,
        {
            "repair_id": G(lambda f: "RMA-" + f.digits(7)),
            "from_status": G(lambda f: f.pick(["received", "diagnosing", "repairing"])),
            "to_status": G(lambda f: f.pick(["diagnosing", "repairing", "shipped"])),
            "technician_name": Y(lambda f: f.full_name(), "name"),
            "technician_email": Y(
                lambda f: ascii_fold(f.first())[0] + "." + ascii_fold(f.last()) + "@sonora.care", "email"
            ),
            "workshop": G(lambda f: f.pick(["Aarhus Lab", "Seoul Lab", "Minneapolis Lab"])),
            "workshop_email": G(lambda f: f.pick(["repairs@sonora.care", "repairs.kr@sonora.care"])),
            "updated_at": G(lambda f: f.iso()),
        },
        25,
    ),
    (
        "track",
        "NPS Survey Answered",
        ["analytics-ruby"],
        ALL,
        {
            "survey_id": G(lambda f: "srv_" + f.digits(5)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(["Very friendly staff", "Waited 30 minutes", "", "친절해요", "Alt var fint"])
            ),
            "respondent_age_band": G(lambda f: f.pick(["55-64", "65-74", "75+"])),
            "hhie_s_score": Y(lambda f: f.r.randint(0, 40), "condition"),
            "clinic_id": G(lambda f: f.clinic()[0]),
        },
        25,
    ),
    (
        "track",
        "Visit Summary Recorded",
        ["analytics-ruby"],
        ALL,
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(10)),
            "clinic_id": G(lambda f: f.clinic()[0]),
            "audiologist_id": G(lambda f: "stf_" + f.digits(4)),
            "clinician_note": Y(clinician_note, "condition|diagnosis", True),
            "procedures_performed": Many(
                Y(
                    lambda f: f.pick(
                        ["tympanometry", "pure-tone audiometry", "cerumen removal", "REM verification"]
                    ),
                    "procedure",
                ),
                3,
            ),
            "hearing_loss_type": Y(
                lambda f: f.pick(["sensorineural", "conductive", "mixed"]), "condition|diagnosis"
            ),
            "follow_up_weeks": G(lambda f: f.pick([2, 4, 6, 12])),
        },
        25,
    ),
    (
        "track",
        "Audiogram Shared",
        APP,
        ALL,
        {
            "share_id": G(lambda f: f.uuid()),
            "share_link": G(lambda f: "https://sonora.care/s/" + f.uuid()),
            "recipient_name": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "recipient_type": G(lambda f: f.pick(["ent_doctor", "gp", "family", "employer_hr"])),
            "include_notes": G(lambda f: f.pick([True, False])),
            "expires_at": G(lambda f: f.iso()),
        },
        25,
    ),
    (
        "track",
        "Henvisning Modtaget",
        ["analytics-python"],
        ["DK"],
        {
            "henvisning_id": G(lambda f: "HV" + f.digits(8)),
            "laege_navn": Y(lambda f: "Læge " + f.full_name(), "name"),
            "ydernummer": G(lambda f: f.digits(6)),
            "cpr": RED(lambda f: f.cpr(), "national id"),
            "diagnosekode": Y(lambda f: "D" + f.pick(ICD10).replace(".", ""), "diagnosis"),
            "prioritet": G(lambda f: f.pick(["normal", "hastende"])),
            "bemærkning": Y(
                lambda f: f.pick(
                    [
                        "Høretab venstre øre efter mellemørebetændelse.",
                        "Tinnitus begge sider, generende om natten.",
                        "Asymmetrisk høretab, akustikusneurinom udelukket ved MR.",
                        "Presbyacusis, ønsker høreapparat til begge ører.",
                        "Pludseligt høretab højre øre for 2 uger siden.",
                    ]
                ),
                "condition|diagnosis",
                True,
            ),
            "modtaget": G(lambda f: f.local_iso()),
        },
        25,
    ),
    (
        "track",
        "Order Shipped",
        ["analytics-ruby"],
        ALL,
        {
            "order_id": G(lambda f: f.digits(6)),
            "tracking_number": G(
                lambda f: f.pick(["1Z" + f.hexid(16).upper(), f.digits(12), "CJ" + f.digits(10)])
            ),
            "carrier": G(lambda f: f.pick(["GLS", "PostNord", "UPS", "CJ대한통운"])),
            "service": G(lambda f: f.pick(["standard", "express", "parcel_shop"])),
            "recipient": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "parcel_weight_g": G(lambda f: f.r.randint(40, 900)),
        },
        25,
    ),
    # -- Korean ERP (.NET, PascalCase) ------------------------------------------------------------
    (
        "track",
        "Patient Registered",
        ["analytics-csharp"],
        ["KR"],
        {
            "PatientId": G(lambda f: f.r.randint(100000, 999999)),
            "PatientName": Y(lambda f: f.full_name(), "name"),
            "MobilePhone": Y(lambda f: f.phone(), "phone"),
            "BirthDate": Y(lambda f: f.birth(), "birthdate"),
            "Gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
            "ResidentRegistrationNo": RED(lambda f: f.rrn(), "national id"),
            "Address": Y(lambda f: f.address(), "address"),
            "ZipCode": Y(lambda f: f.zip(), "zipcode"),
            "BranchCode": G(lambda f: f.pick(["GN01", "BS01", "BD01"])),
            "RegisteredBy": G(lambda f: "EMP" + f.digits(4)),
            "ReferralSource": G(lambda f: f.pick(["Naver", "Hospital", "Friend"])),
            "GuardianName": Y(lambda f: f.full_name(), "name"),
            "GuardianPhone": Y(lambda f: f.phone(), "phone"),
            "GuardianRelation": G(lambda f: f.pick(["자녀", "배우자", "기타"])),
        },
        30,
    ),
    (
        "track",
        "Fitting Completed",
        ["analytics-csharp"],
        ["KR", "US"],
        {
            "FittingId": G(lambda f: f.uuid()),
            "PatientId": G(lambda f: f.r.randint(100000, 999999)),
            "LeftModel": G(lambda f: f.pick(HA_MODELS)[1]),
            "RightModel": G(lambda f: f.pick(HA_MODELS)[1]),
            "LeftSerialNo": Y(lambda f: f.ha_serial(), "serial"),
            "RightSerialNo": Y(lambda f: f.ha_serial(), "serial"),
            "PrescriptionFormula": G(lambda f: f.pick(["NAL-NL2", "DSL v5.0", "VAC+", "ReSound Audiogram+"])),
            "AudiologistName": Y(lambda f: f.full_name(), "name"),
            "AudiologistLicenseNo": Y(
                lambda f: f.pick(["청능사 ", "AUD-"]) + f.digits(5), "license|certificate"
            ),
            "FittingDurationMin": G(lambda f: f.r.randint(30, 120)),
            "FollowUpDate": G(lambda f: f.date(2024, 2025)),
            "RealEarMeasured": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    # -- warehouse reverse ETL (SCREAMING_SNAKE) --------------------------------------------------
    (
        "identify",
        None,
        ["analytics-java"],
        ["KR"],
        {
            "CUST_NO": G(lambda f: f.digits(9)),
            "CUST_NM": Y(lambda f: f.full_name(), "name"),
            "HP_NO": Y(lambda f: f.phone(), "phone"),
            "BRTH_YMD": Y(lambda f: f.birth(), "birthdate"),
            "EMAIL_ADDR": Y(lambda f: f.email(), "email"),
            "ZIP_CD": Y(lambda f: f.zip(), "zipcode"),
            "ADDR1": Y(lambda f: f.street(), "address"),
            "ADDR2": Y(lambda f: f.street2(), "address"),
            "LTV_KRW": G(lambda f: f.r.randint(0, 900) * 10000),
            "LAST_VISIT_DT": G(lambda f: f.date(2023, 2024)),
            "HA_CNT": G(lambda f: f.r.randint(0, 2)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "CUST_GRADE": G(lambda f: f.pick(["VIP", "GOLD", "NORMAL"])),
            "IS_DISABLED_REGISTERED": RED(lambda f: f.pick(["Y", "N"]), "disability"),
            "DW_LOAD_TS": G(lambda f: f.iso()),
        },
        30,
    ),
    # -- care-home accounts (group) ---------------------------------------------------------------
    (
        "group",
        None,
        ["analytics-python", "web"],
        ["DK", "US"],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Plejecenter Solgården",
                        "Aarhus Kommune Hjemmepleje",
                        "Sunrise of Edina",
                        "Brookdale Back Bay",
                    ]
                )
            ),
            "industry": G(lambda f: "Elder care"),
            "employees": G(lambda f: f.r.randint(20, 400)),
            "plan": G(lambda f: f.pick(["care_home_basic", "care_home_plus"])),
            "website": G(lambda f: f.pick(["https://solgaarden.dk", "https://www.sunriseseniorliving.com"])),
            "cvr": G(lambda f: f.cvr()),
            "main_phone": G(lambda f: f.pick(["+45 86 12 34 00", "(952) 555-0172"])),
            "contact_email": G(lambda f: f.pick(["kontakt@solgaarden.dk", "frontdesk@sunrise-edina.com"])),
            "account_manager": Y(lambda f: f.full_name(), "name"),
            "residents_enrolled": G(lambda f: f.r.randint(3, 120)),
            "contract_start": G(lambda f: f.date(2021, 2024)),
        },
        20,
    ),
]


PAGES = {
    "Find a Clinic": ("/clinics", "Find a clinic | Sonora"),
    "Clinic Searched": ("/clinics", "Find a clinic | Sonora"),
    "Appointment Booked": ("/book/confirm", "Booking confirmed | Sonora"),
    "Hearing Screener Completed": ("/online-hearing-test", "Free online hearing test | Sonora"),
    "Account Created": ("/account/signup", "Create account | Sonora"),
    "Support Message Sent": ("/help", "Help & contact | Sonora"),
    "Patient Lookup": ("/admin/patients", "Patients - Sonora Admin"),
    "Intake Field Updated": ("/admin/intake", "Intake - Sonora Admin"),
    "Job Application Submitted": ("/careers/apply", "Careers | Sonora"),
    "Products Searched": ("/shop/search", "Shop | Sonora"),
    "Product Viewed": ("/shop/batteries", "Batteries | Sonora Shop"),
    "Product Added": ("/shop/batteries", "Batteries | Sonora Shop"),
    "Checkout Started": ("/shop/checkout", "Checkout | Sonora Shop"),
    "Payment Info Entered": ("/shop/checkout/payment", "Payment | Sonora Shop"),
}


def make_context(f: HFake, client: str, event: str | None):
    if client == "web":
        page, title = PAGES.get(event or "", ("/", "Sonora Hearing Care"))
        return web_context(page, title)
    if client == "ios":
        return ios_context()
    if client == "android":
        return android_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(
        client,
        ip=client in ("analytics-python", "analytics-node"),
        traits=client == "analytics-python",
        external=client in ("analytics-ruby", "analytics-node"),
    )


def build(seed: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, event, clients, regions, body, repeats in EVENTS:
        for _ in range(repeats):
            f.region = f.pick(regions)
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(make_context(f, client, event), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=232)
    write(Path(__file__).parent, "holdout232_", events, labels)
